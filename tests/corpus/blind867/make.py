#!/usr/bin/env python3
"""Blind set 867: Korean portals and community sites (DC Inside, NAVER,
Daum/Kakao, SOOP, FM Korea, Ppomppu, Inven, Clien), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind867/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before
the reader was run on any of it. All names, URLs and ids are fictional.
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

# ---------------------------------------------------------------- requests
DC = [
    "https://gall.dcinside.com/board/view/?id=stockus&no=4410231",
    "https://gall.dcinside.com/board/view/?id=stockus&no=4410388",
    "https://gall.dcinside.com/board/view/?id=stockus&no=4411502",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=902117",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=902160",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=903044",
    "https://gall.dcinside.com/mgallery/board/view/?id=leadingroom&no=15520",
    "https://gall.dcinside.com/mgallery/board/view/?id=leadingroom&no=15534",
    "https://gall.dcinside.com/mini/board/view/?id=richsignal&no=2231",
    "https://gall.dcinside.com/mini/board/view/?id=richsignal&no=2245",
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=77812034",
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=77812990",
    "https://gall.dcinside.com/mgallery/board/view/?id=pennyhunter&no=61209",
    "https://gall.dcinside.com/mgallery/board/view/?id=pennyhunter&no=61233",
]
D = dict(enumerate(DC, 1))  # D[1] .. D[14]

N = {
    1: "https://blog.naver.com/goldtiger_88/223571104455",
    2: "https://cafe.naver.com/richleaders/103377",
    3: "https://cafe.naver.com/richleaders/103391",
    4: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40302&docId=472210985",
    5: "https://m.blog.naver.com/PostView.naver?blogId=moneytalk_kr&logNo=223570882214",
}

A_RAW1 = "https://cafe.daum.net/주식리딩방/Rk2w/1188"
A = {
    1: "https://cafe.daum.net/" + quote("주식리딩방") + "/Rk2w/1188",
    2: "https://cafe.daum.net/stockclub7/JhP3/20411",
    3: "https://moneyflow-kr.tistory.com/148",
    4: "https://cafe.daum.net/stockclub7/JhP3/20437",
}

S = {
    1: "https://vod.sooplive.co.kr/player/138845210",
    2: "https://vod.sooplive.co.kr/player/138851077",
    3: "https://ch.sooplive.co.kr/goldbj2024/post/140022917",
}

F = {1: "https://www.fmkorea.com/7520113842", 2: "https://www.fmkorea.com/7520190311"}

P = {
    1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9123345",
    2: "https://www.ppomppu.co.kr/zboard/view.php?id=stock&no=611782",
}

I1 = "https://www.inven.co.kr/board/lostark/5355/1203441"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "dcinside", "2024-09-03T15:00:00+09:00", "2024-09-06T18:00:00+09:00",
     DC, "illegal_finance", "주식·코인 리딩방 불법 투자자문 홍보 (통신심의 제2024-61차)"),
    ("KCSC-240905-02", "naver", "2024-09-05T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     list(N.values()), "illegal_finance", "유사투자자문 사칭 블로그·카페·지식iN"),
    ("KCSC-240909-03", "daum", "2024-09-09T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
     list(A.values()), "illegal_finance", "Daum 카페·티스토리 리딩방 모집글"),
    ("KCSC-240910-04", "soop", "2024-09-10T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
     list(S.values()), "obscene", "VOD 2건, 방송국 게시글 1건"),
    ("KCSC-240911-05", "fmkorea", "2024-09-11T16:20:00+09:00", "2024-09-16T18:00:00+09:00",
     list(F.values()), "illegal_finance", "리딩방 홍보글"),
    ("KCSC-240912-06", "ppomppu", "2024-09-12T13:10:00+09:00", "2024-09-19T18:00:00+09:00",
     list(P.values()), "gambling", "불법 도박 사이트 홍보"),
    ("KCSC-240913-07", "inven", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [I1], "gambling", "게임 아이템 현금 도박 홍보"),
]


def req_mid(ref):
    return ref + ".req@kcsc.example"


def write_requests():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encoded header value (deterministic)."""
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text, bom=False):
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    return base64.encodebytes(data).decode("ascii")


def dc_request_text(prefix=""):
    """Our own request, as it would be quoted back to us."""
    lines = [
        "방송통신심의위원회 통신심의국입니다.",
        "",
        "아래 정보에 대하여 「정보통신망법」 제44조의7에 따른 시정요구(해당 정보의 삭제)를",
        "통보하오니 조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
        "요청번호: KCSC-240903-01 / 조치기한: 2024. 9. 6.(금) 18:00",
        "",
    ]
    for i, u in D.items():
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def naver_request_text():
    lines = [
        "NAVER 담당자님께,",
        "",
        "요청번호 KCSC-240905-02 관련 아래 게시물 5건에 대한 게시중단을 요청드립니다.",
        "",
    ]
    lines += [f"- {u}" for u in N.values()]
    lines += ["", "조치기한: 2024-09-10 18:00", "방송통신심의위원회"]
    return "\n".join(lines)


# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ======== DC Inside (KCSC-240903-01, 14 items) ========

rows = [
    (1, "삭제", ""), (2, "삭제", ""), (3, "삭제", ""), (4, "삭제", ""),
    (5, "게시물 없음", "작성자 자진 삭제(조치 전)"), (6, "삭제", ""), (7, "삭제", ""),
    (8, "삭제", ""), (9, "삭제", ""), (10, "게시물 없음", "작성자 삭제"),
    (11, "미조치", "특정 종목에 대한 개인 의견으로 위법 정보로 보기 어려움"),
    (12, "삭제", ""), (13, "삭제", ""), (14, "삭제", ""),
]
table = "\n".join(
    f"<tr><td>{i}</td><td>{D[i].replace('&', '&amp;')}</td><td>{st}</td><td>{note or '-'}</td></tr>" for i, st, note in rows
)
case(
    name="dc-kcsc-result-table-html",
    date="Thu, 05 Sep 2024 11:42:10 +0900",
    **{"from": "legal@dcinside.com"},
    name_from="디시인사이드 법무팀",
    subject=enc("RE: [KCSC-240903-01] 시정요구 조치결과 회신"),
    reply_to_req=req_mid("KCSC-240903-01").split("@")[0],
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic'">
<p>방송통신심의위원회 통신심의국 담당자님께</p>
<p>안녕하세요. (주)디시인사이드 법무팀입니다.<br>
2024. 9. 3.자 시정요구(요청번호 KCSC-240903-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eee"><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{table}
</table>
<p>미조치 1건(11번)은 내부 게시물 운영정책 및 관련 법령 검토 결과 삭제 사유에 해당하지 않는다고 판단하였습니다.
이견이 있으시면 회신 주시기 바랍니다.</p>
<p>감사합니다.<br>디시인사이드 법무팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (번호/URL/조치결과/비고) from a community site's legal team",
    why="trusted DC reply; per-row results: 11 deleted, 2 already deleted by the author, 1 kept with a reason",
    items={D[i]: {"삭제": "removed", "게시물 없음": "not_found", "미조치": "rejected"}[st] for i, st, _ in rows},
)

case(
    name="dc-numbered-plain",
    date="Wed, 04 Sep 2024 17:05:44 +0900",
    **{"from": "report@dcinside.com"},
    name_from="DCinside 신고센터",
    subject="[KCSC-240903-01] 처리 결과 (1차)",
    reply_to_req=req_mid("KCSC-240903-01").split("@")[0],
    body=f"""안녕하세요, 디시인사이드 신고센터입니다.

요청하신 게시물 중 1차로 확인된 5건의 처리 결과입니다.

1. {D[1]} - 삭제 완료
2. {D[2]} - 삭제 완료
3. {D[3]} - 작성자가 먼저 삭제하여 게시물이 존재하지 않습니다
4. {D[4]} - 삭제 완료
5. {D[5]} - 삭제 완료

나머지 게시물은 확인이 끝나는 대로 2차로 회신드리겠습니다.

디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="community-site report desk's numbered first-batch result list",
    why="numbered list with a result per URL; the remaining items are only promised",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed", D[5]: "removed"},
)

csv_rows = [
    (7, "삭제", "2024-09-05 10:12"), (8, "삭제", "2024-09-05 10:12"), (9, "삭제", "2024-09-05 10:15"),
    (10, "삭제", "2024-09-05 10:15"), (11, "유지(위반 아님)", "2024-09-05 10:20"),
    (12, "삭제", "2024-09-05 10:21"), (13, "해당 게시물 없음", "2024-09-05 10:22"),
    (14, "삭제", "2024-09-05 10:22"),
]
csv_text = "번호,URL,처리상태,처리일시\r\n" + "".join(
    f"{i},{D[i]},{st},{t}\r\n" for i, st, t in csv_rows
)
case(
    name="dc-csv-attachment",
    date="Thu, 05 Sep 2024 10:40:02 +0900",
    **{"from": "legal@dcinside.com"},
    name_from="디시인사이드 법무팀",
    subject=enc("RE: [KCSC-240903-01] 조치결과 (첨부)"),
    reply_to_req=req_mid("KCSC-240903-01").split("@")[0],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_dc_csv_8812"

--=_dc_csv_8812
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''안녕하세요. 디시인사이드 법무팀입니다.

요청번호 KCSC-240903-01 중 7~14번 게시물의 처리 결과를 첨부 CSV 파일로 보내드립니다.
1~6번은 어제 별도로 회신드렸습니다.

감사합니다.''')}
--=_dc_csv_8812
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text, bom=True)}
--=_dc_csv_8812--
""",
    outcome="applied", classification="confirmation",
    imitates="legal-team reply carrying an Excel-exported CSV result sheet (UTF-8 with BOM, CRLF)",
    why="CSV attachment gives one status per URL: 6 deleted, 1 kept, 1 not found",
    items={D[i]: {"삭제": "removed", "유지(위반 아님)": "rejected", "해당 게시물 없음": "not_found"}[st]
           for i, st, _ in csv_rows},
)

case(
    name="dc-outlook-top-posted",
    date="Wed, 04 Sep 2024 09:31:18 +0900",
    **{"from": "support@dcinside.com"},
    name_from="DCinside 운영지원",
    subject="RE: [KCSC-240903-01] 시정요구 통보",
    reply_to_req=req_mid("KCSC-240903-01").split("@")[0],
    body=f"""안녕하세요, 디시인사이드 운영지원팀입니다.

요청하신 건 중 코인마켓 마이너 갤러리 게시물 3건은 오늘 오전 삭제하였습니다.

{D[4]}
{D[5]}
{D[6]}

나머지 게시물은 갤러리별로 확인 중이며 완료되는 대로 다시 회신드리겠습니다.

운영지원팀 드림

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 3:00 PM
To: legal@dcinside.com
Subject: [KCSC-240903-01] 시정요구 통보

{dc_request_text()}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's quoted request (-----Original Message-----)",
    why="three URLs above the quote are stated deleted; the 14 URLs in the quoted request are not statements",
    items={**{D[i]: "pending" for i in D}, D[4]: "removed", D[5]: "removed", D[6]: "removed"},
)

case(
    name="dc-url-then-arrow-line",
    date="Thu, 05 Sep 2024 15:02:51 +0900",
    **{"from": "report@dcinside.com"},
    name_from="DCinside 신고센터",
    subject="[KCSC-240903-01] 야구 갤러리 / 페니헌터 갤러리 처리 결과",
    body=f"""담당자님 안녕하세요.

요청번호 KCSC-240903-01 관련, 아래와 같이 처리하였습니다.

{D[11]}
→ 삭제 처리 (불법 도박 사이트 홍보)

{D[12]}
→ 삭제 처리 (동일 작성자 반복 게시)

{D[13]}
→ 존재하지 않는 게시물입니다.

감사합니다.
디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="report desk reply with the bare URL and its result on the next line after an arrow",
    why="each status is on the line below its URL: two deleted, one does not exist",
    items={D[11]: "removed", D[12]: "removed", D[13]: "not_found"},
)

case(
    name="dc-global-english",
    date="Thu, 05 Sep 2024 08:15:09 +0900",
    **{"from": "global@dcinside.com"},
    name_from="DCInside Global Support",
    subject="Re: KCSC-240903-01 correction request",
    reply_to_req=req_mid("KCSC-240903-01").split("@")[0],
    body=f"""Dear KCSC team,

Thank you for your notice (ref. KCSC-240903-01). Our moderators reviewed the
posts in the leading-room and rich-signal galleries and acted on them today.

The post {D[7]} has been deleted for advertising an unregistered investment
advisory service. We also deleted {D[8]}, which
carried the same text from the same writer.

As for {D[9]}, its writer had
removed it before our review, so there was nothing left for us to act on.

Kind regards,
Global Support, DCInside
""",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk reply from a Korean community site's global support",
    why="two posts stated deleted, one removed by its writer before review (not_found)",
    items={D[7]: "removed", D[8]: "removed", D[9]: "not_found"},
)

case(
    name="dc-mixed-with-promise",
    date="Wed, 04 Sep 2024 19:48:00 +0900",
    **{"from": "report@dcinside.com"},
    name_from="DCinside 신고센터",
    subject="[KCSC-240903-01] 주식 갤러리 건",
    body=f"""안녕하세요. 신고센터입니다.

미국 주식 갤러리 게시물 2건은 삭제 완료했습니다.
- {D[1]}
- {D[2]}

페니헌터 마이너 갤러리의 {D[14]} 건은
갤러리 매니저 확인 후 조치할 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean report-desk note mixing done deletions and a pending promise",
    why="two URLs under an unhedged '삭제 완료'; the third is only a promise and stays pending",
    items={D[1]: "removed", D[2]: "removed", D[14]: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    date="Wed, 04 Sep 2024 22:10:37 +0900",
    **{"from": "coinmkt.manager@gmail.com"},
    name_from="코인마켓갤 매니저",
    subject="디시 코인마켓 갤러리 삭제 건 (KCSC-240903-01)",
    body=f"""안녕하세요. 디시 코인마켓 마이너 갤러리 매니저입니다.

운영진 통해서 위원회 요청 내용 전달받았습니다.
아래 두 글은 제가 매니저 권한으로 삭제했습니다.

{D[4]}
{D[5]}

903044번 글은 제 권한으로는 안 지워져서 운영진에 넘겼습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal webmail account",
    why="deletion claims from a gmail.com address, not DC Inside's domain: a person must check",
    items={D[4]: "pending", D[5]: "pending"},
)

case(
    name="dc-bulk-all-done",
    date="Fri, 06 Sep 2024 14:30:00 +0900",
    **{"from": "legal@dcinside.com"},
    name_from="디시인사이드 법무팀",
    subject=enc("RE: [KCSC-240903-01] 시정요구 조치 완료"),
    reply_to_req=req_mid("KCSC-240903-01").split("@")[0],
    body="""안녕하세요. 디시인사이드 법무팀입니다.

요청번호 KCSC-240903-01로 통보해 주신 게시물 14건에 대하여
모두 삭제 조치를 완료하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line 'all N items deleted' completion notice",
    why="a statement about all 14 items of a multi-item request without naming any: bulk review",
    items={},
)

case(
    name="dc-promise-this-week",
    date="Wed, 04 Sep 2024 11:20:45 +0900",
    **{"from": "support@dcinside.com"},
    name_from="DCinside 운영지원",
    subject="RE: [KCSC-240903-01] 시정요구 통보",
    reply_to_req=req_mid("KCSC-240903-01").split("@")[0],
    body=f"""안녕하세요. 디시인사이드 운영지원팀입니다.

보내주신 요청 잘 받았습니다. 아래 게시물은 내부 검토 절차를 거쳐
이번 주 중으로 삭제될 예정입니다.

  {D[6]}
  {D[7]}
  {D[8]}

처리가 끝나면 결과를 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="receipt-plus-promise reply ('will be deleted this week')",
    why="names three requested URLs but only promises deletion: nothing to apply",
    items={D[6]: "pending", D[7]: "pending", D[8]: "pending"},
)

case(
    name="dc-gmail-quote-by-number",
    date="Wed, 04 Sep 2024 15:44:12 +0900",
    **{"from": "ops.kim@dcinside.com"},
    name_from="김운영",
    subject="Re: [KCSC-240903-01] 시정요구 통보",
    reply_to_req=req_mid("KCSC-240903-01").split("@")[0],
    body=f"""말씀하신 목록 중 1번, 2번, 5번은 지웠고 나머지는 좀 더 보고 말씀드릴게요.

김운영 드림

2024년 9월 3일 (화) 오후 3:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{dc_request_text('> ')}
""",
    outcome="review", review="not_understood",
    imitates="Gmail reply ('…님이 작성:') referring to items only by their number in the quoted list",
    why="the statement names items only by list numbers inside our quoted request; a person maps them",
    items={D[i]: "pending" for i in D},
)

case(
    name="dc-read-receipt",
    date="Tue, 03 Sep 2024 16:02:33 +0900",
    **{"from": "legal@dcinside.com"},
    name_from="디시인사이드 법무팀",
    subject=enc("읽음: [KCSC-240903-01] 시정요구 통보"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn_5c1e"

--mdn_5c1e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240903-01] 시정요구 통보"을(를) 받는 사람이 2024-09-03 16:02에 읽었습니다.

--mdn_5c1e
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Hiworks Mail
Final-Recipient: rfc822;legal@dcinside.com
Original-Message-ID: <KCSC-240903-01.req@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_5c1e--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean groupware read receipt (읽음: …) as multipart/report MDN",
    why="a read receipt says nothing about any item",
    items={},
)

case(
    name="dc-dsn-mailbox-full",
    date="Tue, 03 Sep 2024 15:00:41 +0900",
    **{"from": "MAILER-DAEMON@dcinside.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="dsn.7Q2.1725343241"

--dsn.7Q2.1725343241
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@dcinside.com>: host store2.dcinside.com said: 552 5.2.2
    Mailbox full: quota exceeded

--dsn.7Q2.1725343241
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Tue,  3 Sep 2024 15:00:39 +0900 (KST)

Final-Recipient: rfc822; abuse@dcinside.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: quota exceeded

--dsn.7Q2.1725343241
Content-Type: text/rfc822-headers

From: takedown@kcsc.example
To: abuse@dcinside.com, legal@dcinside.com
Subject: {enc("[KCSC-240903-01] 시정요구 통보")}
Message-ID: <KCSC-240903-01.req@kcsc.example>
Date: Tue, 3 Sep 2024 15:00:00 +0900

--dsn.7Q2.1725343241--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN from the platform's MX (552 mailbox full) for one copy of our request",
    why="a delivery failure for one recipient of the request; no item statement",
    items={},
)

rows2 = [(9, "블라인드 처리"), (10, "삭제"), (13, "갤러리 폐쇄로 게시물 확인 불가")]
case(
    name="dc-mini-gallery-closed",
    date="Fri, 06 Sep 2024 10:05:27 +0900",
    **{"from": "report@dcinside.com"},
    name_from="DCinside 신고센터",
    subject="[KCSC-240903-01] 미니·마이너 갤러리 잔여 건",
    body=f"""안녕하세요. 디시인사이드 신고센터입니다.

남아 있던 미니·마이너 갤러리 게시물 처리 결과를 알려드립니다.

| 대상 | 결과 |
|------|------|
| {D[9]} | 블라인드 처리 |
| {D[10]} | 삭제 |
| {D[13]} | 갤러리 폐쇄로 게시물 확인 불가 |

페니헌터 마이너 갤러리는 운영원칙 위반 누적으로 9월 5일자로 폐쇄되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text pipe table from a report desk; a gallery closed by the operator",
    why="blinded and deleted are removals; a post that cannot be found because its gallery was closed is not_found",
    items={D[9]: "removed", D[10]: "removed", D[13]: "not_found"},
)

# ======== NAVER (KCSC-240905-02, 5 items) ========

case(
    name="naver-gsc-notice-mixed",
    date="Fri, 06 Sep 2024 16:20:11 +0900",
    **{"from": "noreply-right@navercorp.com"},
    name_from="NAVER 게시중단요청서비스",
    subject=enc("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240905-02)"),
    reply_to_req=req_mid("KCSC-240905-02").split("@")[0],
    body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

요청번호 KCSC-240905-02 관련하여 아래 게시물에 대한 조치 결과를 안내드립니다.

■ 블로그
 - {N[1]}
   : 게시중단(블라인드) 처리

■ 카페
 - {N[2]}
   : 임시조치(30일)
 - {N[3]}
   : 임시조치(30일)

임시조치된 게시물은 게시자가 30일 이내 재게시를 요청할 수 있으며, 기간 내 요청이 없으면 삭제됩니다.
관련 안내: https://help.naver.com/service/5614/contents/18964

네이버 주식회사
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result notice (블라인드 / 임시조치 30일)",
    why="blog post blinded (removed); two cafe posts under 30-day temporary measure (restricted); help link is no item",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "restricted"},
)

case(
    name="naver-kin-kept-blog-deleted",
    date="Mon, 09 Sep 2024 10:11:02 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="RE: [KCSC-240905-02] 게시중단 요청",
    reply_to_req=req_mid("KCSC-240905-02").split("@")[0],
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

지식iN 답변 {N[4]} 은
검토 결과 운영원칙 위반 사항이 확인되지 않아 게시를 유지합니다.
해당 답변은 특정 서비스 가입을 권유하지 않는 일반적인 투자 정보 안내로 판단하였습니다.

한편, 모바일 블로그 게시물
{N[5]}
은 유사투자자문 무단 광고로 확인되어 삭제하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal policy-team reply: one item kept with its reason, one deleted",
    why="kin answer kept for a stated reason (rejected); blog post deleted (removed), URL on its own line",
    items={N[4]: "rejected", N[5]: "removed"},
)

case(
    name="naver-qp-cafe",
    date="Mon, 09 Sep 2024 13:47:55 +0900",
    **{"from": "cafe-report@naver.com"},
    name_from="네이버 카페 고객센터",
    subject=enc("[네이버 카페] 신고 게시글 처리 안내"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. 네이버 카페 고객센터입니다.

방송통신심의위원회에서 요청하신 카페 게시글 2건(요청번호 KCSC-240905-02)의 처리 결과를 알려드립니다.

{N[2]} — 삭제
{N[3]} — 작성자가 이미 삭제하여 존재하지 않는 게시글입니다.

카페 운영 관련 문의는 고객센터로 연락 주시기 바랍니다.
감사합니다.''')}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe customer-centre notice sent quoted-printable",
    why="one cafe post deleted, the other already deleted by its author (not_found)",
    items={N[2]: "removed", N[3]: "not_found"},
)

case(
    name="naver-outlook-restricted",
    date="Tue, 10 Sep 2024 09:02:40 +0900",
    **{"from": "trustsafety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="RE: [KCSC-240905-02] Request for takedown",
    reply_to_req=req_mid("KCSC-240905-02").split("@")[0],
    body=f"""Dear KCSC,

Access to the two blog posts below has been restricted for users in Korea
under a 30-day temporary measure:

{N[1]}
{N[5]}

We will report back on the cafe and Knowledge iN items separately.

Best regards,
NAVER Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:30 AM
To: policy@navercorp.com
Subject: [KCSC-240905-02] 게시중단 요청

{naver_request_text()}
""",
    outcome="applied", classification="confirmation",
    imitates="English Outlook reply from a portal's trust & safety team over the quoted request",
    why="two blog posts restricted in Korea; the other three URLs only appear in our quoted request",
    items={N[1]: "restricted", N[5]: "restricted", N[2]: "pending", N[3]: "pending", N[4]: "pending"},
)

case(
    name="naver-hedged-already-gone",
    date="Fri, 06 Sep 2024 18:30:09 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="RE: [KCSC-240905-02] 게시중단 요청",
    reply_to_req=req_mid("KCSC-240905-02").split("@")[0],
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

확인해 보니 {N[3]} 게시글은 이미 삭제된 것으로 보입니다.
정확한 처리 이력은 카페 담당 부서 확인 후 다시 안내드리겠습니다.

나머지 게시물은 검토 중입니다.
""",
    outcome="review", review="not_understood",
    imitates="portal reply hedging ('…삭제된 것으로 보입니다') before checking its own records",
    why="'appears to be deleted' is a hedge, not a statement; the item stays pending",
    items={N[3]: "pending"},
)

case(
    name="naver-dkim-fail",
    date="Sat, 07 Sep 2024 02:14:50 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    auth="fail",
    subject="RE: [KCSC-240905-02] 게시중단 요청 처리 완료",
    body=f"""안녕하세요. 요청하신 게시물 5건 모두 삭제 처리하였습니다.

{N[1]} 삭제
{N[2]} 삭제
{N[3]} 삭제
{N[4]} 삭제
{N[5]} 삭제

확인 부탁드립니다.
""",
    outcome="review", review="untrusted",
    imitates="plausible NAVER completion notice whose DKIM/DMARC fail at our MX",
    why="from navercorp.com but authentication fails: statements cannot be trusted",
    items={N[i]: "pending" for i in N},
)

case(
    name="naver-out-of-office",
    date="Thu, 05 Sep 2024 10:30:22 +0900",
    **{"from": "jiyoon.park@navercorp.com"},
    name_from="박지윤",
    subject=enc("자동 회신: [KCSC-240905-02] 게시중단 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 9월 5일(목)부터 9월 9일(월)까지 휴가로 부재중입니다.
게시중단 관련 긴급 건은 policy@navercorp.com 으로 보내 주시기 바랍니다.

I am out of the office until Monday, 9 September, with limited access to email.
For urgent takedown matters please write to policy@navercorp.com.

박지윤 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Outlook out-of-office (자동 회신)",
    why="auto-reply; no statement about items",
    items={},
)

naver_html = f"""<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>요청번호 <b>KCSC-240905-02</b> 게시물에 대해 아래와 같이 처리되었음을 알려드립니다.</p>
<ul>
<li><a href="{N[2]}">{N[2]}</a> &ndash; 삭제</li>
<li><a href="{N[3]}">{N[3]}</a> &ndash; 삭제</li>
<li><a href="{N[4].replace('&', '&amp;')}">{N[4].replace('&', '&amp;')}</a> &ndash; 게시중단</li>
</ul>
<p>네이버 서비스 운영정책은 <a href="https://policy.naver.com/policy/service.html">여기</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.</p>
</body></html>"""
case(
    name="naver-base64-html-list",
    date="Tue, 10 Sep 2024 14:05:33 +0900",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    subject=enc("[네이버 고객센터] 요청하신 게시물 처리 결과"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="----=_NvPart_0_18231"

------=_NvPart_0_18231
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(naver_html)}
------=_NvPart_0_18231--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre HTML notice sent base64 (entity-escaped query strings)",
    why="three list items with a status each; the policy link is no item",
    items={N[2]: "removed", N[3]: "removed", N[4]: "removed"},
)

# ======== Daum / Kakao (KCSC-240909-03, 4 items) ========

case(
    name="daum-korean-path-temporary",
    date="Tue, 10 Sep 2024 17:21:04 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    subject=enc("[Daum] 요청하신 게시물 처리 결과 안내"),
    reply_to_req=req_mid("KCSC-240909-03").split("@")[0],
    body=f"""안녕하세요. 카카오 Daum 권리침해신고센터입니다.

요청번호 KCSC-240909-03 게시물 처리 결과를 안내드립니다.

1) {A_RAW1} 게시물은 정보통신망법 제44조의2에 따라
   임시조치(30일간 접근 차단)되었습니다.
2) {A[3]} 게시물은 티스토리 운영정책 위반으로 삭제되었습니다.

나머지 카페 게시물 2건은 카페지기 소명 절차가 진행 중입니다.

카카오 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 notice (임시조치 30일 under 정보통신망법 44조의2), raw Korean path",
    why="cafe post under 30-day temporary blocking (restricted); tistory post deleted; raw Korean path matches its percent-encoded form",
    items={A[1]: "restricted", A[3]: "removed", A[2]: "pending", A[4]: "pending"},
)

daum_rows = [(1, "삭제", "-"), (2, "삭제", "-"), (3, "게시물 없음", "블로그 폐쇄(운영자 탈퇴)"),
             (4, "삭제 불가", "위반 사항 확인되지 않음")]
daum_table = "\n".join(f"<tr><td>{A[i]}</td><td>{st}</td><td>{r}</td></tr>" for i, st, r in daum_rows)
case(
    name="daum-html-table",
    date="Thu, 12 Sep 2024 11:00:00 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    subject=enc("RE: [KCSC-240909-03] 시정요구 조치결과"),
    reply_to_req=req_mid("KCSC-240909-03").split("@")[0],
    type="html",
    body=f"""<div>안녕하세요. 카카오입니다.<br>요청하신 게시물 4건의 최종 조치 결과입니다.</div>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>게시물 주소</th><th>조치</th><th>사유</th></tr></thead>
<tbody>
{daum_table}
</tbody></table>
<div>감사합니다.</div>""",
    outcome="applied", classification="confirmation",
    imitates="Kakao HTML result table (주소/조치/사유)",
    why="two deleted, one blog already closed by its owner (not_found), one refused for no violation (rejected)",
    items={A[1]: "removed", A[2]: "removed", A[3]: "not_found", A[4]: "rejected"},
)

case(
    name="daum-english-statement-of-reasons",
    date="Wed, 11 Sep 2024 09:12:45 +0900",
    **{"from": "dsa-noreply@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    subject="Statement of reasons - your notice KCSC-240909-03",
    body=f"""Kakao Corp. - Notice of action taken

Your notice: KCSC-240909-03 (received 9 September 2024)

Item 1
  Content: {A[3]}
  Decision: Access restricted in the Republic of Korea
  Ground: Illegal content under the Act on Promotion of Information and
          Communications Network Utilization, art. 44-7
  Automated means used: No

Item 2
  Content: {A[4]}
  Decision: Removed
  Ground: Violation of Daum Cafe operating policy (unlicensed investment advice)
  Automated means used: No

The uploaders have been informed and may appeal through
https://cs.kakao.com/appeal .
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (Content/Decision/Ground blocks)",
    why="one item restricted in Korea, one removed; appeal page is no item",
    items={A[3]: "restricted", A[4]: "removed"},
)

case(
    name="daum-about-naver-url",
    date="Wed, 11 Sep 2024 15:40:19 +0900",
    **{"from": "cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject=enc("[카카오 고객센터] 문의하신 내용에 대한 답변"),
    body=f"""안녕하세요. 카카오 고객센터입니다.

문의하신 {N[1]} 게시물은
삭제 처리되었습니다.

이용에 불편을 드려 죄송합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="generic customer-centre answer from one portal about another portal's URL",
    why="Kakao states a status for a NAVER item: not its platform",
    items={N[1]: "pending"},
)

case(
    name="daum-ticket-receipt",
    date="Mon, 09 Sep 2024 11:00:52 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject=enc("[카카오 고객센터] 문의가 접수되었습니다 (KCSC-240909-03)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 카카오 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
접수번호: 2409-118203
접수일시: 2024.09.09 11:00

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt (접수번호)",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="daum-under-review-may",
    date="Tue, 10 Sep 2024 10:25:00 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    subject="RE: [KCSC-240909-03] 게시물 조치 요청",
    reply_to_req=req_mid("KCSC-240909-03").split("@")[0],
    body=f"""안녕하세요. Daum 권리침해신고센터입니다.

신고하신 게시물 {A[2]} 은 현재 검토 중이며,
운영정책 위반이 확인될 경우 삭제될 수 있습니다.

검토에는 영업일 기준 3~5일이 소요됩니다.
""",
    outcome="review", review="not_understood",
    imitates="'under review, may be deleted' interim reply",
    why="under review and conditional: no status",
    items={A[2]: "pending"},
)

# ======== SOOP (KCSC-240910-04, 3 items) ========

case(
    name="soop-english-mixed",
    date="Wed, 11 Sep 2024 20:14:37 +0900",
    **{"from": "trust@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    subject="[SOOP] Result of your report KCSC-240910-04",
    reply_to_req=req_mid("KCSC-240910-04").split("@")[0],
    body=f"""Hello,

This is SOOP Trust & Safety. Here is the outcome of our review of the content you reported.

- VOD {S[1]}: deleted (sexual content)
- VOD {S[2]}: restricted to verified adult viewers (19+)
- Station post {S[3]}: we could not find this post; the link does not lead to any existing content.

If you have further questions, reply to this email.

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="streaming platform's English trust & safety outcome list",
    why="deleted, age-restricted (restricted), not found",
    items={S[1]: "removed", S[2]: "restricted", S[3]: "not_found"},
)

case(
    name="soop-korean-bullets",
    date="Thu, 12 Sep 2024 13:30:08 +0900",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP 정책팀",
    subject=enc("[SOOP] 시정요구 건 처리 결과 회신"),
    body=f"""안녕하세요. SOOP 정책팀입니다.
시정요구(KCSC-240910-04)에 대한 처리 결과를 회신드립니다.

• VOD 138845210 ({S[1]}) : 운영자 권한으로 비공개 처리
• 방송국 게시글 ({S[3]}) : 삭제

해당 BJ에게는 7일 방송 정지 제재를 함께 부과하였습니다.

감사합니다.
SOOP 정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) policy team reply with bullets; URLs in parentheses",
    why="VOD made private by the operator (removed) and station post deleted",
    items={S[1]: "removed", S[3]: "removed"},
)

case(
    name="soop-receipt-plus-result",
    date="Tue, 10 Sep 2024 16:55:10 +0900",
    **{"from": "help@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject=enc("[SOOP 고객센터] 신고 접수 및 처리 안내"),
    body=f"""안녕하세요, SOOP 고객센터입니다.

신고가 정상 접수되었습니다. (접수번호 SP-240910-0457)

확인 결과 {S[2]} VOD는
청소년 유해 사유로 삭제 조치되었습니다.

더 나은 서비스를 위해 노력하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk mail that opens with a ticket receipt and then gives the result",
    why="acknowledgement phrase plus an unhedged deletion of a named VOD: not a mere acknowledgement",
    items={S[2]: "removed"},
)

case(
    name="soop-asks-for-document",
    date="Tue, 10 Sep 2024 14:02:19 +0900",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP 정책팀",
    subject="RE: [KCSC-240910-04] 시정요구",
    reply_to_req=req_mid("KCSC-240910-04").split("@")[0],
    body=f"""안녕하세요. SOOP 정책팀입니다.

아래 콘텐츠 조치를 위해 시정요구 공문(PDF)과 해당 위반 법령 조항을
회신해 주시기 바랍니다. 공문 확인 후 바로 처리하겠습니다.

- {S[1]}
- {S[3]}

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform asking the regulator for the official letter before acting",
    why="asks for a document; the items stay pending",
    items={S[1]: "pending", S[3]: "pending"},
)

case(
    name="soop-lookalike-domain",
    date="Wed, 11 Sep 2024 01:33:45 +0900",
    **{"from": "help@soop-support.kr"},
    name_from="SOOP 고객센터",
    subject="[SOOP] KCSC-240910-04 처리 완료",
    body=f"""안녕하세요 SOOP 고객센터입니다.

요청하신 VOD {S[1]} 는 삭제되었습니다.
처리 내역 확인은 아래 링크에서 로그인 후 가능합니다.
https://soop-support.kr/login
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain posing as the platform's help desk",
    why="soop-support.kr is no SOOP sender domain",
    items={S[1]: "pending"},
)

case(
    name="soop-english-ticket-receipt",
    date="Tue, 10 Sep 2024 09:41:03 +0900",
    **{"from": "noreply@sooplive.com"},
    name_from="SOOP Support",
    subject="[SOOP Support] We received your request #88123",
    extra_headers=["Auto-Submitted: auto-generated", "X-Zendesk-From-Account-Id: a81c3f"],
    body="""Your request (#88123) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

Subject: [KCSC-240910-04] 시정요구
Status: Open

This email is a service from SOOP Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style 'we received your request' receipt",
    why="pure ticket receipt",
    items={},
)

# ======== FM Korea (KCSC-240911-05, 2 items) ========

case(
    name="fmkorea-particles-and-brackets",
    date="Thu, 12 Sep 2024 21:07:30 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영팀",
    subject="RE: [KCSC-240911-05] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240911-05").split("@")[0],
    body=f"""안녕하세요 에펨코리아 운영팀입니다.

{F[1]}는 불법 리딩방 홍보글로 확인되어 삭제했습니다.
<{F[2]}>은 이미 작성자가 지운 글이라 저희 쪽에서 조치할 것이 없었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community admin's short Korean reply, Korean particle glued to the URL, URL in angle brackets",
    why="first post deleted; second already deleted by its writer (not_found)",
    items={F[1]: "removed", F[2]: "not_found"},
)

case(
    name="fmkorea-fullwidth-brackets",
    date="Fri, 13 Sep 2024 10:48:14 +0900",
    **{"from": "report@fmkorea.com"},
    name_from="FM코리아 신고처리",
    subject=enc("[FM코리아] 신고 처리 결과"),
    body=f"""【처리 결과 안내】 요청번호 KCSC-240911-05

「{F[2]}」：블라인드 처리 완료
「{F[1]}」：유지 — 광고성 글이나 위법 정보로 볼 근거가 확인되지 않음

문의: report@fmkorea.com
""",
    outcome="applied", classification="confirmation",
    imitates="notice with full-width brackets and colons around URLs",
    why="one blinded (removed), one kept with its reason (rejected)",
    items={F[2]: "removed", F[1]: "rejected"},
)

case(
    name="fmkorea-out-of-office-en",
    date="Wed, 11 Sep 2024 16:20:40 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="FMKorea Admin",
    subject="Automatic reply: [KCSC-240911-05] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""Thank you for your email. Our admin team is away for the Chuseok holidays
(14-18 September) and will answer when we are back on 19 September.

추석 연휴(9/14~9/18) 기간 동안 답변이 늦어질 수 있습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="holiday auto-reply (Chuseok)",
    why="auto-reply",
    items={},
)

# ======== Ppomppu (KCSC-240912-06, 2 items) ========

case(
    name="ppomppu-wrapped-angle-url",
    date="Fri, 13 Sep 2024 11:55:21 +0900",
    **{"from": "admin@ppomppu.co.kr"},
    name_from="뽐뿌 운영자",
    subject="Re: [KCSC-240912-06] 불법 도박 홍보 게시물",
    reply_to_req=req_mid("KCSC-240912-06").split("@")[0],
    body=f"""안녕하세요. 뽐뿌 운영자입니다.

요청하신 게시물 두 건 모두 운영자 삭제 처리했습니다.

 - 자유게시판: <https://www.ppomppu.co.kr/zboard/view.php?id=freeboard
   &no=9123345>
 - 주식포럼: <{P[2]}>

동일 작성자 아이디는 영구 이용정지 했습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="admin reply whose long URL was wrapped inside angle brackets by the mail client",
    why="both named posts deleted by the operator; the first URL is wrapped across two lines inside <>",
    items={P[1]: "removed", P[2]: "removed"},
)

case(
    name="ppomppu-conditional",
    date="Thu, 12 Sep 2024 18:40:02 +0900",
    **{"from": "admin@ppomppu.co.kr"},
    name_from="뽐뿌 운영자",
    subject="Re: [KCSC-240912-06] 불법 도박 홍보 게시물",
    reply_to_req=req_mid("KCSC-240912-06").split("@")[0],
    body=f"""안녕하세요.

{P[1]}
{P[2]}

위 게시물은 수사기관 또는 법원의 요청 공문이 있을 경우 삭제가 가능합니다.
공문이 접수되면 처리하도록 하겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="community admin's conditional answer ('if a court or police asks')",
    why="a condition, not a decision: items pending, a person decides whether it is a refusal",
    items={P[1]: "pending", P[2]: "pending"},
)

dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: admin@ppomppu-corp.co.kr
Subject: {enc("[KCSC-240912-06] 불법 도박 홍보 게시물")}
Message-ID: <KCSC-240912-06.req@kcsc.example>
Date: Thu, 12 Sep 2024 13:10:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

뽐뿌 담당자님께, 아래 게시물 2건의 삭제를 요청드립니다.

1. {P[1]}
2. {P[2]}

방송통신심의위원회"""
case(
    name="ppomppu-dsn-user-unknown",
    date="Thu, 12 Sep 2024 13:10:07 +0900",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="B2C4.1726114207/mail.kcsc.example"

--B2C4.1726114207/mail.kcsc.example
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

Your message could not be delivered to one or more recipients.

<admin@ppomppu-corp.co.kr>: host mx.ppomppu-corp.co.kr[203.0.113.40] said:
    550 5.1.1 <admin@ppomppu-corp.co.kr>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)

--B2C4.1726114207/mail.kcsc.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example

Final-Recipient: rfc822; admin@ppomppu-corp.co.kr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.ppomppu-corp.co.kr
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--B2C4.1726114207/mail.kcsc.example
Content-Type: message/rfc822

{dsn_orig}

--B2C4.1726114207/mail.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="our own MTA's Postfix DSN (550 user unknown) carrying the original request",
    why="bounce; the URLs are only in the returned original",
    items={P[1]: "pending", P[2]: "pending"},
)

ppomppu_html = f"""<p>안녕하세요, 뽐뿌 운영팀입니다.</p>
<p>KCSC-240912-06 요청 건 처리 결과입니다.</p>
<p><a href="{P[1].replace('&', '&amp;')}">자유게시판 게시물</a>은 삭제하였고,
<a href="{P[2].replace('&', '&amp;')}">주식포럼 게시물</a>은 작성자 탈퇴로 이미 삭제되어 확인되지 않습니다.</p>
<p>감사합니다.</p>"""
case(
    name="ppomppu-html-link-text",
    date="Fri, 13 Sep 2024 15:12:40 +0900",
    **{"from": "support@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    subject="[KCSC-240912-06] 처리 결과",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="pp_alt_1726208"

--pp_alt_1726208
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 뽐뿌 운영팀입니다.
KCSC-240912-06 요청 건 처리 결과입니다.
자유게시판 게시물({P[1]})은 삭제하였고,
주식포럼 게시물({P[2]})은 작성자 탈퇴로 이미 삭제되어 확인되지 않습니다.
감사합니다.

--pp_alt_1726208
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(ppomppu_html)}
--pp_alt_1726208--
""",
    outcome="applied", classification="confirmation",
    imitates="multipart/alternative reply: HTML hides URLs behind link text, plain part shows them in parentheses",
    why="one post deleted; the other gone with its author's account (not_found)",
    items={P[1]: "removed", P[2]: "not_found"},
)

# ======== Inven (KCSC-240913-07, 1 item) ========

case(
    name="inven-echoed-report",
    date="Fri, 13 Sep 2024 16:33:12 +0900",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객센터",
    subject=enc("[인벤] 신고하신 게시물 처리 결과 안내"),
    body=f"""인벤 고객센터입니다.

[신고 내용]
신고 번호 : INV-2409-33871
신고 URL  : {I1}
신고 사유 : 불법 정보 (KCSC-240913-07)

[처리 결과]
해당 게시물은 운영정책 위반으로 삭제되었으며, 작성자에게는 30일 이용 제한이 적용되었습니다.

인벤을 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-outcome template that echoes the report then states the result",
    why="the echoed report names the URL; the result section states it deleted",
    items={I1: "removed"},
)

case(
    name="inven-sole-no-url",
    date="Mon, 16 Sep 2024 10:02:55 +0900",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객센터",
    subject="RE: [KCSC-240913-07] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240913-07").split("@")[0],
    body="""안녕하세요, 인벤 고객센터입니다.

요청하신 게시물은 확인 즉시 삭제 처리했습니다.
추가로 필요하신 사항이 있으면 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line deletion confirmation in a reply thread",
    why="reply to a one-item request stating the requested post deleted",
    items={I1: "removed"},
)

# ======== Clien (no request) ========

case(
    name="clien-policy-newsletter",
    date="Wed, 11 Sep 2024 09:00:00 +0900",
    **{"from": "notice@clien.net"},
    name_from="클리앙",
    subject=enc("[클리앙] 운영정책 개정 안내 (2024.10.01 시행)"),
    body="""안녕하세요, 클리앙입니다.

2024년 10월 1일부터 개정된 운영정책이 시행됩니다.

주요 변경 사항
1. 불법 투자자문·리딩방 홍보 게시물 즉시 삭제 기준 명시
2. 신고 처리 결과를 신고자에게 메일로 안내
3. 외부 기관 요청 처리 절차 공개

자세한 내용은 https://www.clien.net/service/board/rule 에서 확인하실 수 있습니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="community site's policy-change notice sent to registered institutional contacts",
    why="trusted platform mail naming no requested item and no request",
    items={},
)

HEADER = """# blind867: Korean portals and community sites, Korean/English mixed
# (written by tests/corpus/blind867/make.py; do not edit by hand).
# Expected results were written from each email's meaning before any run.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind867", HEADER, CASES)


if __name__ == "__main__":
    main()
