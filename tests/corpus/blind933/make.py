#!/usr/bin/env python3
"""Blind set 933: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, Inven, Clien, Ppomppu, FM Korea), Korean and English
mixed, with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind933/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own sentences; expected results were
written from each email's meaning before the reader was ever run on them.
"""
import base64
import csv
import html
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "dcinside.com": "DC Inside",
    "sooplive.co.kr": "SOOP",
    "fmkorea.com": "FM Korea",
    "clien.net": "Clien",
    "ppomppu.co.kr": "Ppomppu",
    "inven.co.kr": "Inven",
    "nate.com": "Nate",
})


def enc(s):
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(s):
    data = s.encode("utf-8") if isinstance(s, str) else s
    raw = base64.b64encode(data).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812034",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812977",
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_kr&no=40211",
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_kr&no=40218",
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_kr&no=40302",
    "https://gall.dcinside.com/mgallery/board/view/?id=casinoinfo&no=1177",
    "https://gall.dcinside.com/mgallery/board/view/?id=casinoinfo&no=1190",
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=5523190",
    "https://gall.dcinside.com/mini/board/view/?id=slotpang&no=388",
    "https://gall.dcinside.com/mini/board/view/?id=slotpang&no=391",
    "https://m.dcinside.com/board/toto_kr/40355",
    "https://m.dcinside.com/board/stock_new2/8813501",
]
N = [
    "https://blog.naver.com/moonlit_tb/223540118812",
    "https://blog.naver.com/PostView.naver?blogId=hanul_88&logNo=223551002917",
    "https://cafe.naver.com/joonggonara77/1029384",
    "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40102&docId=471128830",
]
TISTORY_SLUG = "슬롯-무료-쿠폰-정보"
TISTORY_RAW = "https://slotmania24.tistory.com/entry/" + TISTORY_SLUG
K = [
    "https://cafe.daum.net/bitcoinsquare/Ka9x/2207",
    "https://cafe.daum.net/soonjung-love/3Fzq/118",
    "https://slotmania24.tistory.com/entry/" + quote(TISTORY_SLUG),
]
S = [
    "https://vod.sooplive.co.kr/player/131552087",
    "https://ch.sooplive.co.kr/nightowl0909/post/99120331",
]
F = [
    "https://www.fmkorea.com/7401188823",
    "https://www.fmkorea.com/7401209456",
    "https://www.fmkorea.com/best/7401311002",
    "https://www.fmkorea.com/index.php?mid=free&document_srl=7401377210",
    "https://m.fmkorea.com/7401402118",
]
C = ["https://www.clien.net/service/board/park/18770345"]
P = [
    "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9021457",
    "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9021502",
    "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410821",
]

REQUESTS = [
    ("KCSC-240903-01", "dcinside", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", D,
     "illegal_gambling", "사설 토토·카지노 홍보 게시물"),
    ("KCSC-240905-02", "naver", "2024-09-05T10:10:00+09:00", "2024-09-12T23:59:59+09:00", N,
     "illegal_gambling", "블로그·카페·지식iN 도박 광고"),
    ("KCSC-240910-03", "daum", "2024-09-10T14:30:00+09:00", "2024-09-17T23:59:59+09:00", K,
     "obscene", "카페 게시글 및 티스토리 게시물"),
    ("KCSC-240911-04", "soop", "2024-09-11T09:40:00+09:00", "2024-09-18T23:59:59+09:00", S,
     "obscene", "VOD 및 방송국 게시글"),
    ("KCSC-240912-05", "fmkorea", "2024-09-12T11:00:00+09:00", "2024-09-19T23:59:59+09:00", F,
     "privacy", "개인정보 노출 게시물"),
    ("KCSC-240918-06", "clien", "2024-09-18T16:20:00+09:00", "2024-09-25T23:59:59+09:00", C,
     "defamation", "모두의공원 게시물 1건"),
    ("KCSC-240919-07", "ppomppu", "2024-09-19T10:05:00+09:00", "2024-09-26T23:59:59+09:00", P,
     "illegal_trade", "불법 유심·대포폰 거래 글"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, ref + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, gmail_ko=None, prefix="> "):
    """Our own request as a reply quotes it."""
    lines = [
        "안녕하세요. 방송통신심의위원회 불법정보 삭제요청 담당입니다.",
        "",
        f"아래 게시물에 대하여 시정요구(삭제)를 요청드립니다. 요청번호: {ref}",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "KCSC 통신심의국"]
    out = []
    if gmail_ko:
        out.append(gmail_ko)
    out += [(prefix + l).rstrip() for l in lines]
    return "\n".join(out)


def outlook_quote(ref, urls, sent):
    lines = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {sent}",
        "To: admin@clien.net",
        f"Subject: [{ref}] 불법정보 삭제 요청",
        "",
        "안녕하세요. 방송통신심의위원회입니다.",
        "아래 게시물에 대한 삭제를 요청드립니다.",
        "",
    ]
    lines += urls
    lines += ["", "감사합니다."]
    return "\n".join(lines)


cases = []


def add(**c):
    c["subject"] = enc(c["subject"])
    if "name_from" in c:
        c["name_from"] = enc(c["name_from"])
    cases.append(c)


# ================================================================ DC Inside
rows = [
    (D[0], "삭제", "불법 도박 홍보"),
    (D[1], "삭제", "불법 도박 홍보"),
    (D[2], "삭제", "사설 토토 링크"),
    (D[3], "삭제", "사설 토토 링크"),
    (D[4], "게시물 없음", "작성자 본인 삭제"),
    (D[5], "삭제", "카지노 홍보"),
    (D[6], "삭제", "카지노 홍보"),
    (D[7], "유지", "운영원칙 위반 사항 확인되지 않음"),
    (D[8], "삭제", ""),
    (D[9], "삭제", ""),
    (D[10], "게시물 없음", "존재하지 않는 글 번호"),
    (D[11], "검토 중", "추가 확인 필요"),
]
trs = "\n".join(
    f"<tr><td>{i}</td><td>{html.escape(u)}</td><td>{r}</td><td>{n}</td></tr>"
    for i, (u, r, n) in enumerate(rows, 1)
)
add(
    name="dc-html-result-table-12", date="Fri, 06 Sep 2024 17:42:10 +0900",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구 처리 결과", reply_to_req="KCSC-240903-01",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 디시인사이드 운영팀입니다.</p>
<p>귀 위원회에서 요청하신 시정요구(요청번호 KCSC-240903-01) 건의 처리 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No</th><th>게시물 URL</th><th>처리 결과</th><th>비고</th></tr>
{trs}
</table>
<p>'검토 중' 항목은 확인이 끝나는 대로 별도로 안내드리겠습니다.<br>
운영원칙: <a href="https://www.dcinside.com/policy/operation">https://www.dcinside.com/policy/operation</a></p>
<p>감사합니다.<br>디시인사이드 운영팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations-team reply to a KCSC 시정요구 with an HTML result table (삭제/게시물 없음/유지/검토 중)",
    why="trusted DC Inside mail gives one result per URL; 검토 중 stays pending, 유지 with a reason is a refusal",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found",
           D[5]: "removed", D[6]: "removed", D[7]: "rejected", D[8]: "removed", D[9]: "removed",
           D[10]: "not_found", D[11]: "pending"},
)
add(
    name="dc-gmail-top-post-four-deleted", date="Wed, 04 Sep 2024 11:05:33 +0900",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240903-01] 불법정보 삭제 요청", reply_to_req="KCSC-240903-01",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 건 중 토토 마이너 갤러리 게시물 4건을 우선 삭제 조치하였습니다.

1. {D[2]}
2. {D[3]}
3. {D[4]}
4. {D[10]}

나머지 게시물은 확인 후 다시 회신드리겠습니다.
감사합니다.

{quoted_request("KCSC-240903-01", D, gmail_ko="2024년 9월 3일 (화) 오전 10:00, KCSC 불법정보 삭제요청 <takedown@kcsc.example>님이 작성:")}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator reply top-posted in Gmail over the quoted request (Korean Gmail attribution line)",
    why="four URLs above the quote are stated deleted; the twelve URLs of the quoted request below say nothing",
    items={D[2]: "removed", D[3]: "removed", D[4]: "removed", D[10]: "removed"},
)

add(
    name="dc-english-mobile-links", date="Mon, 09 Sep 2024 09:12:47 +0900",
    **{"from": "abuse@dcinside.com"}, name_from="DCinside Abuse Desk",
    subject="Re: KCSC-240903-01 / mobile links", reply_to_req="KCSC-240903-01",
    body=f"""Dear KCSC team,

Regarding request KCSC-240903-01, here is the outcome for the two mobile
links you listed.

- {D[11]} : deleted by an administrator on 2024-09-08.
- {D[10]} : no post exists at this address. The author had already
  deleted it before our review.

The desktop links are handled by our Korean operations team and will be
answered separately.

Best regards,
J. Han
DCinside Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk reply from a Korean community site, bullet per URL",
    why="one URL deleted by an administrator, one does not exist (author deleted it first)",
    items={D[11]: "removed", D[10]: "not_found"},
)

csv_rows = "\ufeff번호,URL,처리결과,처리일\n" + "".join(
    f"{i},{u},{r},2024-09-10\n" for i, (u, r) in enumerate(
        [(D[0], "삭제"), (D[1], "삭제"), (D[5], "삭제"), (D[6], "게시물 없음"), (D[7], "유지(위반 아님)")], 1)
)
add(
    name="dc-csv-attachment-five", date="Tue, 10 Sep 2024 16:30:05 +0900",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="[디시인사이드] KCSC-240903-01 처리 결과 송부", reply_to_req="KCSC-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_DC_933_0001"

------=_DC_933_0001
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 디시인사이드 운영팀입니다.

KCSC-240903-01 건 중 일반 갤러리 및 카지노 마이너 갤러리 게시물 5건의
처리 결과를 첨부 파일(CSV)로 송부드립니다.

감사합니다.

------=_DC_933_0001
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_rows)}
------=_DC_933_0001--
""",
    outcome="applied", classification="confirmation",
    imitates="operator result sheet sent as an Excel-exported CSV (UTF-8 with BOM) attachment",
    why="CSV rows give a result per URL: three 삭제, one 게시물 없음, one 유지(위반 아님)",
    items={D[0]: "removed", D[1]: "removed", D[5]: "removed", D[6]: "not_found", D[7]: "rejected"},
)

add(
    name="dc-receipt-plus-two-deleted", date="Tue, 03 Sep 2024 15:48:20 +0900",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="[접수 안내] KCSC-240903-01 신고가 접수되었습니다", reply_to_req="KCSC-240903-01",
    body=f"""안녕하세요. 디시인사이드입니다.

보내주신 시정요구가 접수번호 DC-2409-7781 로 접수되었습니다.

이 중 슬롯팡 미니 갤러리의 아래 게시물 2건은 확인 즉시 삭제하였습니다.
  - {D[8]}
  - {D[9]}

그 밖의 게시물은 순서대로 검토하여 결과를 알려드리겠습니다.

디시인사이드 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also reports an immediate action on part of the request",
    why="a receipt phrase plus an unhedged 삭제하였습니다 about two named URLs is not a pure acknowledgement",
    items={D[8]: "removed", D[9]: "removed"},
)

add(
    name="dc-manager-and-author-deleted", date="Thu, 05 Sep 2024 13:21:09 +0900",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="RE: [KCSC-240903-01] 카지노 마이너 갤러리 게시물 관련", reply_to_req="KCSC-240903-01",
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

카지노 마이너 갤러리 게시물 2건 확인 결과입니다.

{D[5]}
해당 게시물은 갤러리 매니저가 삭제하였으며 현재 열람되지 않습니다.

{D[6]}
작성자가 직접 삭제한 글로, 현재 존재하지 않는 게시물입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside reply distinguishing a moderator (매니저) deletion from an author's own deletion",
    why="URL then its statement on the line below: deleted by the gallery's manager (removed), deleted by its author (not_found)",
    items={D[5]: "removed", D[6]: "not_found"},
)

tbl = [
    (D[0], "삭제"), (D[1], "삭제"), (D[7], "삭제(재검토)"), (D[8], "삭제"),
    (D[9], "해당 글 없음"), (D[11], "삭제"),
]
w = max(len(u) for u, _ in tbl)
text_table = "No  " + "URL".ljust(w) + "  조치결과\n" + "--  " + "-" * w + "  --------\n" + "".join(
    f"{i:>2}  {u.ljust(w)}  {r}\n" for i, (u, r) in enumerate(tbl, 1))
add(
    name="dc-fixed-width-text-table", date="Thu, 12 Sep 2024 10:02:44 +0900",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240903-01] 잔여 게시물 처리 결과", reply_to_req="KCSC-240903-01",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.
지난번 회신 이후 재검토한 결과를 포함하여 최종 처리 결과를 알려드립니다.

{text_table}
야구 갤러리 게시물은 재검토 결과 도박 사이트 홍보로 판단되어 삭제하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text fixed-width result table pasted from an internal tool",
    why="each row names a URL and its result; 해당 글 없음 is not_found",
    items={D[0]: "removed", D[1]: "removed", D[7]: "removed", D[8]: "removed", D[9]: "not_found",
           D[11]: "removed"},
)

add(
    name="dc-promise-sequential-deletion", date="Wed, 04 Sep 2024 09:30:15 +0900",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240903-01] 불법정보 삭제 요청", reply_to_req="KCSC-240903-01",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 주식 갤러리 게시물은 내부 검토를 거쳐 순차적으로 삭제될 예정입니다.
{D[0]}
{D[1]}

처리가 끝나면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="operator reply promising deletion 'in order' after internal review",
    why="삭제될 예정 is a promise, not a statement: both named items stay pending",
    items={D[0]: "pending", D[1]: "pending"},
)

add(
    name="dc-dmarc-fail-deleted", date="Thu, 05 Sep 2024 22:14:51 +0900",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀", auth="fail",
    subject="Re: [KCSC-240903-01] 처리 완료", reply_to_req="KCSC-240903-01",
    body=f"""안녕하세요. 디시인사이드입니다.
아래 게시물은 모두 삭제 처리 완료되었습니다.

{D[2]}
{D[3]}
{D[4]}
""",
    outcome="review", review="untrusted",
    imitates="DC Inside-looking reply whose SPF/DKIM/DMARC fail at our gateway",
    why="claims come from dcinside.com but authentication fails: nothing applied",
    items={D[2]: "pending", D[3]: "pending", D[4]: "pending"},
)

add(
    name="dc-gallery-manager-from-gmail", date="Wed, 04 Sep 2024 23:51:02 +0900",
    **{"from": "toto.mgr.kr@gmail.com"}, name_from="토토갤 매니저",
    subject="방심위 삭제요청 건 (토토 마이너 갤러리)",
    body=f"""안녕하세요 토토 마이너 갤러리 매니저입니다.
운영자님께서 방심위 요청 건이라고 알려주셔서 아래 글 제가 지웠습니다.

{D[2]}
{D[3]}

앞으로 비슷한 글 올라오면 바로 정리하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal webmail account",
    why="a personal gmail.com sender is no platform's domain, however plausible the statement",
    items={D[2]: "pending", D[3]: "pending"},
)

add(
    name="dc-delivery-delayed-dsn", date="Wed, 04 Sep 2024 14:00:31 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    subject="Delivery Status Notification (Delay)",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn933delay"

--dsn933delay
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.

<abuse@dcinside.com>: connect to mx1.dcinside.com[203.0.113.44]:25:
    Connection timed out

--dsn933delay
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed,  4 Sep 2024 10:00:12 +0900 (KST)

Final-Recipient: rfc822; abuse@dcinside.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx1.dcinside.com[203.0.113.44]:25:
    Connection timed out
Will-Retry-Until: Mon,  9 Sep 2024 10:00:12 +0900 (KST)

--dsn933delay
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@dcinside.com
Subject: [KCSC-240903-01] Reminder
Message-ID: <KCSC-240903-01-r1@kcsc.example>

--dsn933delay--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning (multipart/report, Action: delayed)",
    why="a delivery-status report from our own MTA: nothing about any item",
    items={},
)

# ================================================================ NAVER
add(
    name="naver-takedown-result-notice", date="Fri, 06 Sep 2024 14:03:00 +0900",
    **{"from": "noreply_right@navercorp.com"}, name_from="네이버 권리보호센터",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240905-02)", reply_to_req="KCSC-240905-02",
    body=f"""[네이버 권리보호센터] 게시중단 요청 처리 결과 안내

요청번호 : KCSC-240905-02
요청기관 : 방송통신심의위원회

■ 처리 결과

대상 게시물 : {N[0]}
조치 내용   : 게시중단 (블로그 운영정책 위반 - 불법 도박)

대상 게시물 : {N[2]}
조치 내용   : 임시조치 (30일간 접근 차단)

나머지 게시물은 담당 부서에서 확인 중입니다.

※ 본 메일은 발신 전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주십시오.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 안내 (field: value layout, send-only footer)",
    why="게시중단 = removed; 임시조치 (30-day access block) = restricted; the help-centre link is not an item",
    items={N[0]: "removed", N[2]: "restricted"},
)

add(
    name="naver-kin-author-deleted-qp", date="Mon, 09 Sep 2024 11:47:30 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    subject="RE: [KCSC-240905-02] 지식iN 및 블로그 게시물 확인 결과", reply_to_req="KCSC-240905-02",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물에 대한 확인 결과를 안내드립니다.

지식iN 문서({N[3]})는 작성자가 이미 삭제하여 확인되지 않습니다.

블로그 게시물 {N[1]} 은 운영정책 위반으로 비공개 처리하였습니다.

감사합니다.
네이버 정책지원팀 드림
''')}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy-support reply in quoted-printable Korean",
    why="지식iN document already deleted by its author (not_found); blog post 비공개 처리 (removed)",
    items={N[3]: "not_found", N[1]: "removed"},
)

add(
    name="naver-english-restricted-and-kept", date="Tue, 10 Sep 2024 18:20:12 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    subject="Re: KCSC-240905-02 - result of review", reply_to_req="KCSC-240905-02",
    body=f"""Dear Sir or Madam,

Thank you for your request KCSC-240905-02.

Access from Korea to the following blog post has been restricted:
{N[1]}

The cafe post below was reviewed by our policy team. We found no violation
of the NAVER Cafe operating policy or of applicable law, so it remains
available:
{N[2]}

For more information on our policies, please see
https://policy.naver.com/policy/service_en.html

Kind regards,
NAVER Policy Team
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER English policy reply, statement line followed by the URL on the next line",
    why="blog post restricted in Korea; cafe post kept for no violation (rejected); the policy link is not an item",
    items={N[1]: "restricted", N[2]: "rejected"},
)

add(
    name="naver-structured-fields", date="Thu, 12 Sep 2024 09:05:41 +0900",
    **{"from": "noreply_right@navercorp.com"}, name_from="네이버 권리보호센터",
    subject="[네이버] 시정요구 조치결과 회신 (KCSC-240905-02)", reply_to_req="KCSC-240905-02",
    body=f"""시정요구 조치결과 회신

요청번호: KCSC-240905-02

1)
처리 대상: {N[0]}
처리 결과: 게시중단
처리 사유: 불법정보(사행행위) 게시

2)
처리 대상: {N[3]}
처리 결과: 해당 문서 없음 (삭제된 문서)

네이버 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 with 처리 대상 / 처리 결과 fields",
    why="게시중단 = removed; 해당 문서 없음 = not_found",
    items={N[0]: "removed", N[3]: "not_found"},
)

add(
    name="naver-gmail-korean-attribution", date="Wed, 11 Sep 2024 15:33:08 +0900",
    **{"from": "cafe_policy@navercorp.com"}, name_from="네이버 카페 운영정책",
    subject="Re: [KCSC-240905-02] 불법정보 삭제 요청", reply_to_req="KCSC-240905-02",
    body=f"""안녕하세요. 네이버 카페 운영정책 담당자입니다.

카페 게시글({N[2]})은 카페 운영원칙 위반으로 삭제했습니다.
지식iN 문서 {N[3]} 는 존재하지 않는 문서입니다.

감사합니다.

{quoted_request("KCSC-240905-02", N, gmail_ko="2024년 9월 5일 (목) 오전 10:10, KCSC 불법정보 삭제요청 <takedown@kcsc.example>님이 작성:")}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff reply top-posted over a Gmail-quoted request, URL in parentheses followed by a Korean particle",
    why="cafe post deleted (removed), 지식iN document does not exist (not_found); the quoted request changes nothing",
    items={N[2]: "removed", N[3]: "not_found"},
)

add(
    name="naver-hedged-already-private", date="Sat, 07 Sep 2024 10:14:55 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    subject="RE: [KCSC-240905-02] 문의하신 블로그 게시물", reply_to_req="KCSC-240905-02",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

말씀하신 블로그 게시물({N[0]})은 이미 비공개로 전환된 것으로 보입니다.
정확한 처리 상태는 블로그 담당 부서 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="NAVER staff reply with a hedged observation (~것으로 보입니다) and a promise to confirm",
    why="'appears to have been made private' is a hedge, not a statement: item stays pending",
    items={N[0]: "pending"},
)

add(
    name="naver-lookalike-domain", date="Sun, 08 Sep 2024 03:12:40 +0900",
    **{"from": "right-center@navercorp-help.com"}, name_from="NAVER 권리보호센터",
    subject="[NAVER] KCSC-240905-02 게시중단 완료 - 확인 필요",
    body=f"""방송통신심의위원회 담당자님께,

요청하신 아래 게시물의 게시중단이 완료되었습니다.
{N[0]}
{N[1]}

처리 내역 확인을 위해 아래 링크에서 기관 계정으로 로그인해 주십시오.
https://navercorp-help.com/kcsc/verify?id=240905

NAVER 권리보호센터
""",
    outcome="review", review="unknown_sender",
    imitates="phishing mail imitating a NAVER notice from a look-alike domain, asking for a login",
    why="navercorp-help.com is not a NAVER sender domain: its claims are not applied",
    items={N[0]: "pending", N[1]: "pending"},
)

add(
    name="naver-out-of-office", date="Thu, 05 Sep 2024 10:11:02 +0900",
    **{"from": "jihoon.kim@navercorp.com"}, name_from="김지훈",
    subject="[자동응답] Re: [KCSC-240905-02] 불법정보 삭제 요청", reply_to_req="KCSC-240905-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: bulk"],
    body="""안녕하세요. 김지훈입니다.

9월 5일(목)부터 9월 9일(월)까지 휴가로 부재중입니다.
게시중단 관련 긴급 요청은 정책지원팀(policy@navercorp.com)으로 보내 주시기 바랍니다.

I am out of the office until 9 September with limited access to email.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply from a NAVER employee",
    why="an out-of-office auto-reply says nothing about any item",
    items={},
)

# ================================================================ Daum / Kakao
add(
    name="daum-tistory-raw-korean-url", date="Thu, 12 Sep 2024 11:26:19 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject="Re: [KCSC-240910-03] 티스토리 게시물 처리 결과", reply_to_req="KCSC-240910-03",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시물({TISTORY_RAW})은 불법 도박 홍보 게시물로 확인되어 삭제 조치하였습니다.

다음 카페 게시글 2건은 카페 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 reply with a tistory URL written with its raw Korean slug inside parentheses",
    why="the raw Korean slug matches the percent-encoded request URL; 삭제 조치하였습니다 = removed; the cafe posts are only promised",
    items={K[2]: "removed"},
)

add(
    name="daum-cafe-blind-base64", date="Fri, 13 Sep 2024 17:55:03 +0900",
    **{"from": "cafe_notice@kakaocorp.com"}, name_from="Daum 카페",
    subject="[Daum 카페] 시정요구 게시물 조치 안내 (KCSC-240910-03)", reply_to_req="KCSC-240910-03",
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. Daum 카페 운영팀입니다.

방송통신심의위원회에서 요청하신 카페 게시글에 대해 아래와 같이 조치하였습니다.

{K[0]} : 블라인드 처리 완료
{K[1]} : 임시조치(30일) 적용

블라인드 처리된 게시글은 카페 회원을 포함한 모든 이용자에게 노출되지 않습니다.

Daum 카페 운영팀
''')}""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 블라인드/임시조치 notice, base64-encoded UTF-8 body",
    why="블라인드 처리 = removed; 임시조치 = restricted",
    items={K[0]: "removed", K[1]: "restricted"},
)

add(
    name="daum-inline-replies-under-quotes", date="Fri, 13 Sep 2024 10:40:27 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject="Re: [KCSC-240910-03] 불법정보 삭제 요청", reply_to_req="KCSC-240910-03",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다. 요청 항목별로 답변드립니다.

> 1. {K[0]}

카페 운영정책 위반으로 해당 게시글을 삭제하였습니다.

> 2. {K[1]}

해당 게시글은 이미 작성자가 삭제한 상태로 확인됩니다.

> 3. {K[2]}

티스토리 담당 부서로 전달하였으며, 결과는 별도로 회신드릴 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="agent answering inline, one unquoted answer below each quoted line of our request",
    why="each unquoted answer speaks of the quoted URL right above it: deleted, deleted by its author, forwarded (promise)",
    items={K[0]: "removed", K[1]: "not_found", K[2]: "pending"},
)

add(
    name="daum-states-on-naver-cafe", date="Sat, 14 Sep 2024 12:02:16 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject="Re: [KCSC-240910-03] 추가 문의 게시물", reply_to_req="KCSC-240910-03",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

함께 문의하신 카페 게시물 {N[2]} 은
확인 결과 현재 존재하지 않는 게시물입니다.

참고로 해당 주소는 Daum 카페가 아닌 타사 서비스의 주소입니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao agent checking a NAVER cafe link sent to them by mistake",
    why="Kakao states not_found for an item of the NAVER request: wrong platform, nothing applied",
    items={N[2]: "pending"},
)

add(
    name="daum-read-receipt", date="Wed, 11 Sep 2024 08:47:10 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject="읽음 확인: [KCSC-240910-03] 불법정보 삭제 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn933kakao"

--mdn933kakao
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지가 2024-09-11 08:47 (KST)에 수신자 화면에 표시되었습니다.
이 확인은 메시지가 읽혔거나 내용이 이해되었음을 보장하지 않습니다.

--mdn933kakao
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <KCSC-240910-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn933kakao--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean read receipt (읽음 확인) as an RFC 8098 MDN",
    why="a read receipt only says the request was displayed",
    items={},
)

# ================================================================ SOOP
add(
    name="soop-english-echoed-report", date="Fri, 13 Sep 2024 20:14:38 +0900",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    subject="[SOOP] Outcome of your report KCSC-240911-04", reply_to_req="KCSC-240911-04",
    body=f"""Hello,

We have completed our review of your report.

--- Your report ---
Reference: KCSC-240911-04
Reported content:
  {S[0]}
  {S[1]}
Reason given: obscene content
-------------------

Outcome:
The VOD {S[0]} has been removed for violating the SOOP Community Guidelines.
The post {S[1]} has been restricted to logged-in viewers aged 19 and over.

You can read the Community Guidelines at https://www.sooplive.co.kr/policy/guideline

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="platform outcome mail that first echoes the report, then gives the outcome per URL",
    why="echoed report lines state nothing; outcome: VOD removed, post age-restricted (restricted)",
    items={S[0]: "removed", S[1]: "restricted"},
)

add(
    name="soop-korean-html-notice", date="Sat, 14 Sep 2024 13:30:00 +0900",
    **{"from": "notice@sooplive.co.kr"}, name_from="SOOP 운영팀",
    subject="[SOOP] 시정요구 조치 결과 안내", reply_to_req="KCSC-240911-04",
    type="html",
    body=f"""<html><body>
<div style="max-width:600px;font-family:sans-serif">
<h3 style="color:#0545b1">SOOP 시정요구 조치 결과 안내</h3>
<p>안녕하세요. SOOP 운영팀입니다. 요청번호 <b>KCSC-240911-04</b>에 대한 조치 결과입니다.</p>
<ul>
<li>방송국 게시글 <a href="{S[1]}">{S[1]}</a><br>→ 운영정책 위반으로 삭제 조치 완료</li>
<li>VOD <a href="{S[0]}">{S[0]}</a><br>→ BJ가 이미 삭제하여 존재하지 않는 VOD입니다.</li>
</ul>
<p style="font-size:11px;color:#888">본 메일은 발신 전용입니다. | <a href="https://www.sooplive.co.kr/help">고객센터</a></p>
</div>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) HTML notice with a bulleted result list",
    why="post deleted (removed); VOD already deleted by the streamer (not_found)",
    items={S[1]: "removed", S[0]: "not_found"},
)

soop_csv = ("content_url,action,action_date,note\n"
            f"{S[0]},Removed,2024-09-15,Community Guidelines 4.2\n"
            f"{S[1]},No action,2024-09-15,No violation found\n")
add(
    name="soop-csv-english", date="Mon, 16 Sep 2024 10:08:51 +0900",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    subject="RE: KCSC-240911-04 action report", reply_to_req="KCSC-240911-04",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="soop-933-b1"

--soop-933-b1
Content-Type: text/plain; charset=utf-8

Hello,

Please find attached the action report for request KCSC-240911-04.

SOOP Trust & Safety

--soop-933-b1
Content-Type: text/csv; name="action_report_KCSC-240911-04.csv"
Content-Disposition: attachment; filename="action_report_KCSC-240911-04.csv"
Content-Transfer-Encoding: base64

{b64(soop_csv)}
--soop-933-b1--
""",
    outcome="applied", classification="confirmation",
    imitates="English CSV action report attached to a trust-and-safety reply",
    why="CSV: VOD Removed; post 'No action - no violation found' (rejected)",
    items={S[0]: "removed", S[1]: "rejected"},
)

add(
    name="soop-asks-for-decision-document", date="Thu, 12 Sep 2024 15:19:44 +0900",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 운영팀",
    subject="Re: [KCSC-240911-04] 추가 자료 요청", reply_to_req="KCSC-240911-04",
    body=f"""안녕하세요. SOOP 운영팀입니다.

요청하신 VOD({S[0]})의 조치를 위해 아래 자료를 추가로 보내 주시기 바랍니다.

1. 심의 의결서 사본
2. 문제 구간의 타임코드 (예: 01:12:30 ~ 01:15:00)

자료를 받는 대로 검토하겠습니다.
감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform asking for the decision document and timecodes before acting",
    why="asks us for documents; no status is stated",
    items={S[0]: "pending"},
)

add(
    name="soop-helpdesk-receipt", date="Wed, 11 Sep 2024 09:41:05 +0900",
    **{"from": "support@sooplive.co.kr"}, name_from="SOOP 고객센터",
    subject="[SOOP 고객센터] 문의가 접수되었습니다 (#48211)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: #48211

담당자가 순서대로 확인 후 답변드릴 예정입니다.
이 메일에 회신하시면 같은 문의에 내용이 추가됩니다.

Your request (#48211) has been received.

SOOP 고객센터
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (Zendesk-style) in Korean and English",
    why="a pure receipt with a ticket number, nothing about any item",
    items={},
)

# ================================================================ FM Korea
add(
    name="fm-heading-then-url-lines", date="Fri, 13 Sep 2024 16:44:12 +0900",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    subject="Re: [KCSC-240912-05] 개인정보 노출 게시물 삭제 요청", reply_to_req="KCSC-240912-05",
    body=f"""안녕하세요. 에펨코리아 운영진입니다.

아래 게시물은 삭제 처리했습니다.
{F[0]}
{F[1]}
{F[2]}

아래 게시물은 이미 작성자가 지운 글입니다.
{F[3]}

아래 게시물은 개인정보가 포함되어 있지 않아 사이트 규정 위반이 아니라고 판단하여 유지합니다.
{F[4]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site admin grouping URLs under one statement line each",
    why="three deleted, one already deleted by its author, one kept with a reason",
    items={F[0]: "removed", F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "rejected"},
)

add(
    name="fm-bare-url-status-below", date="Sat, 14 Sep 2024 11:03:27 +0900",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    subject="Re: [KCSC-240912-05] 처리 결과", reply_to_req="KCSC-240912-05",
    body=f"""처리 결과 공유드립니다.

{F[0]}
→ 삭제

{F[3]}
→ 삭제

{F[4]}
→ 해당 게시물 없음

- 에펨코리아 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="terse admin reply: bare URL, its result on the line below after an arrow",
    why="삭제 = removed; 해당 게시물 없음 = not_found",
    items={F[0]: "removed", F[3]: "removed", F[4]: "not_found"},
)

add(
    name="fm-html-list-english", date="Mon, 16 Sep 2024 09:27:58 +0900",
    **{"from": "admin@fmkorea.com"}, name_from="FM Korea Admin",
    subject="Re: KCSC-240912-05", reply_to_req="KCSC-240912-05",
    type="html",
    body=f"""<div dir="ltr">Hello,<br><br>Results for the posts in KCSC-240912-05:<br>
<ul>
<li><a href="{F[1]}">{F[1]}</a> &ndash; removed</li>
<li><a href="{F[2]}">{F[2]}</a> &ndash; restricted: visible only to logged-in adult (19+) members</li>
<li><a href="{F[4]}">{F[4]}</a> &ndash; removed</li>
</ul>
Regards,<br>FM Korea admin team</div>""",
    outcome="applied", classification="confirmation",
    imitates="short English HTML reply with a bulleted link list",
    why="two removed, one age-restricted (restricted)",
    items={F[1]: "removed", F[2]: "restricted", F[4]: "removed"},
)

add(
    name="fm-all-five-deleted-bulk", date="Fri, 13 Sep 2024 09:58:40 +0900",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    subject="Re: [KCSC-240912-05] 개인정보 노출 게시물 삭제 요청", reply_to_req="KCSC-240912-05",
    body="""안녕하세요. 에펨코리아 운영진입니다.

요청하신 게시물 5건 모두 삭제 완료했습니다.
추가로 확인이 필요한 사항이 있으면 알려주세요.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="admin reply confirming 'all N posts' deleted without listing them",
    why="a statement about all five items of a five-item request without naming each: bulk, items pending",
    items={F[0]: "pending", F[1]: "pending", F[2]: "pending", F[3]: "pending", F[4]: "pending"},
)

add(
    name="fm-out-of-office-english", date="Thu, 12 Sep 2024 11:00:09 +0900",
    **{"from": "park.sy@fmkorea.com"}, name_from="Park Soyeon",
    subject="Automatic reply: [KCSC-240912-05] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="KCSC-240912-05",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email.

I am away from 12 to 16 September (Chuseok holidays) and will reply after
I return. For urgent moderation matters please write to admin@fmkorea.com.

추석 연휴로 9월 16일까지 부재중입니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' during the Chuseok holidays",
    why="an out-of-office auto-reply",
    items={},
)

# ================================================================ Clien
add(
    name="clien-sole-statement", date="Thu, 19 Sep 2024 10:12:35 +0900",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    subject="Re: [KCSC-240918-06] 불법정보 삭제 요청", reply_to_req="KCSC-240918-06",
    body="""안녕하세요, 클리앙 운영진입니다.

요청하신 게시물은 운영규칙 위반으로 삭제 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line operator confirmation in reply to a one-item request",
    why="one statement, no URL, reply to a request of one item: the item is removed",
    items={C[0]: "removed"},
)

add(
    name="clien-kept-outlook-quote", date="Fri, 20 Sep 2024 14:26:03 +0900",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    subject="RE: [KCSC-240918-06] 불법정보 삭제 요청", reply_to_req="KCSC-240918-06",
    body=f"""안녕하세요. 클리앙 운영진입니다.

말씀하신 게시물({C[0]})은 내부 검토 결과 관련 법령 및 클리앙 이용규칙에
위배되는 내용이 확인되지 않아 삭제하지 않고 유지하기로 하였습니다.
법원 판결 등 추가 근거가 있으시면 다시 검토하겠습니다.

{outlook_quote("KCSC-240918-06", C, "Wednesday, September 18, 2024 4:20 PM")}
""",
    outcome="applied", classification="confirmation",
    imitates="operator refusal with its reason, top-posted over an Outlook -----Original Message----- quote",
    why="kept because no rule or law is broken: rejected (an offer to look again is not a hedge on the decision)",
    items={C[0]: "rejected"},
)

add(
    name="clien-forwarded-moderator-note", date="Thu, 19 Sep 2024 18:05:50 +0900",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    subject="Fwd: 모두의공원 신고 글 처리", reply_to_req="KCSC-240918-06",
    body=f"""참고로 게시판 관리자 답변 전달드립니다.

---------- Forwarded message ---------
보낸사람: 모두의공원 관리자 <park.mod@clien.net>
Date: 2024년 9월 19일 (목) 오후 5:40
Subject: 모두의공원 신고 글 처리
To: <admin@clien.net>

{C[0]} 글은 확인하고 지웠습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform admin forwarding an internal moderator's note with a Gmail-style forward header",
    why="the only statement is inside a forwarded internal message: left to a person",
    items={C[0]: "pending"},
)

# ================================================================ Ppomppu
add(
    name="ppomppu-prose-three", date="Fri, 20 Sep 2024 11:34:22 +0900",
    **{"from": "webmaster@ppomppu.co.kr"}, name_from="뽐뿌 운영자",
    subject="Re: [KCSC-240919-07] 불법 거래 게시물 삭제 요청", reply_to_req="KCSC-240919-07",
    body=f"""안녕하세요. 뽐뿌 운영자입니다.

자유게시판 {P[0]} 는 삭제했습니다. 같은 게시판 {P[1]} 은 작성자가 먼저 삭제한 글이라 확인되지 않습니다.
휴대폰 포럼 {P[2]} 는 블라인드 처리했습니다.

해당 작성자들은 이용 정지 조치했습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community operator prose reply with URLs followed by Korean particles",
    why="deleted (removed), deleted by its author first (not_found), 블라인드 (removed)",
    items={P[0]: "removed", P[1]: "not_found", P[2]: "removed"},
)

add(
    name="ppomppu-angle-brackets-wrapped", date="Mon, 23 Sep 2024 09:50:17 +0900",
    **{"from": "webmaster@ppomppu.co.kr"}, name_from="뽐뿌 운영자",
    subject="Re: [KCSC-240919-07] 처리 결과 재안내", reply_to_req="KCSC-240919-07",
    body="""안녕하세요. 뽐뿌 운영자입니다. 지난주 회신이 누락되어 다시 안내드립니다.

다음 두 게시물을 모두 삭제하였습니다: 자유게시판 글 <https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&
no=9021457> 및 휴대폰 포럼 글 <https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410821>.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="hard-wrapped plain text with URLs in angle brackets, one broken across lines",
    why="one statement about two named URLs (the wrapped one rejoins inside its angle brackets): both removed",
    items={P[0]: "removed", P[2]: "removed"},
)

add(
    name="ppomppu-conditional-deletion", date="Fri, 20 Sep 2024 17:02:39 +0900",
    **{"from": "webmaster@ppomppu.co.kr"}, name_from="뽐뿌 운영자",
    subject="Re: [KCSC-240919-07] 불법 거래 게시물 삭제 요청", reply_to_req="KCSC-240919-07",
    body=f"""안녕하세요. 뽐뿌 운영자입니다.

{P[0]}
{P[1]}

위 두 게시물의 작성자에게 소명 기회를 부여하였습니다.
7일 이내에 소명이 없으면 삭제할 예정이며, 결과는 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="operator reply giving the author a chance to answer, deletion conditional on silence",
    why="a conditional future deletion is not a statement: both items stay pending",
    items={P[0]: "pending", P[1]: "pending"},
)

add(
    name="ppomppu-inquiry-receipt", date="Thu, 19 Sep 2024 10:06:44 +0900",
    **{"from": "noreply@ppomppu.co.kr"}, name_from="뽐뿌 고객센터",
    subject="[뽐뿌] 문의 접수 완료 안내 (접수번호 PP-240919-0042)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""[뽐뿌 고객센터] 문의 접수 완료 안내

접수번호 : PP-240919-0042
접수일시 : 2024-09-19 10:06

문의하신 내용이 정상 접수되었습니다.
영업일 기준 1~3일 이내에 답변드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="automatic inquiry receipt with a ticket number (접수번호)",
    why="pure receipt: nothing about any item",
    items={},
)

add(
    name="ppomppu-user-unknown-bounce", date="Thu, 19 Sep 2024 10:05:31 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn933pp"

--dsn933pp
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@ppomppu.co.kr>: host mx.ppomppu.co.kr[198.51.100.77] said: 550 5.1.1
    <abuse@ppomppu.co.kr>: Recipient address rejected: User unknown

--dsn933pp
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 19 Sep 2024 10:05:02 +0900 (KST)

Final-Recipient: rfc822; abuse@ppomppu.co.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse@ppomppu.co.kr>: Recipient address
    rejected: User unknown

--dsn933pp
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@ppomppu.co.kr
Subject: {enc("[KCSC-240919-07] 불법 거래 게시물 삭제 요청")}
Message-ID: <KCSC-240919-07-a@kcsc.example>
Date: Thu, 19 Sep 2024 10:05:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 방송통신심의위원회입니다. 아래 게시물의 삭제를 요청드립니다.
{P[0]}
{P[1]}
{P[2]}

--dsn933pp--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' with the original request attached",
    why="a bounce, even though the returned request names the URLs",
    items={},
)

# ================================================================ Nate / Inven
add(
    name="nate-policy-newsletter", date="Fri, 20 Sep 2024 10:00:00 +0900",
    **{"from": "notice@nate.com"}, name_from="네이트",
    subject="[네이트] 네이트판 운영정책 개정 안내",
    body="""안녕하세요. 네이트입니다.

네이트판 운영정책이 2024년 10월 1일부터 아래와 같이 개정됩니다.

- 불법촬영물 등 신고 절차 간소화
- 게시중단 요청 처리 기간 안내 문구 변경
- 기관 요청 전용 접수 창구 신설 (agency@nate.com)

자세한 내용은 https://helpdesk.nate.com/policy 에서 확인하실 수 있습니다.

감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="portal policy-change notice sent to a registered agency address",
    why="trusted Nate mail naming no item and no request: no claims",
    items={},
)

add(
    name="inven-unrequested-posts", date="Tue, 17 Sep 2024 15:12:26 +0900",
    **{"from": "help@inven.co.kr"}, name_from="인벤 운영팀",
    subject="[인벤] 요청하신 게시물 삭제 완료",
    body="""안녕하세요. 인벤 운영팀입니다.

요청하신 아래 게시물을 삭제하였습니다.

https://www.inven.co.kr/board/lol/4625/2281934
https://www.inven.co.kr/board/maple/5974/801122

감사합니다.
""",
    outcome="review", review="unmatched_claims", classification="confirmation",
    imitates="Inven operations reply about posts that are in none of our requests",
    why="trusted Inven statements, but neither URL is a requested item",
    items={},
)

# Sort not needed: order of definition is the set's order.
HEADER = """# Blind set 933 (Korean portals and community sites), written from each
# email's meaning before the reader was run. Generated by make.py."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind933", HEADER, cases)
