#!/usr/bin/env python3
"""Blind set 633: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, Inven, Clien, Ppomppu, FM Korea), Korean and English
mixed, with the doubtful and ignorable mail a regulator's mailbox receives.

Written from each email's meaning before any run of the reader. Deterministic:
    python3 tests/corpus/blind633/make.py
writes requests.csv, cases/*.eml and expected.toml beside this file.
All names, ids and URLs are fictional.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

TISTORY_SLUG = "리딩방-수익-인증"
TISTORY_RAW = "https://hanbyeol-note.tistory.com/entry/" + TISTORY_SLUG
TISTORY = "https://hanbyeol-note.tistory.com/entry/" + quote(TISTORY_SLUG)

U = {
    # KCSC-240902-01 dcinside (14 items, the largest)
    "dc1": "https://gall.dcinside.com/board/view/?id=stock_new2&no=9183021",
    "dc2": "https://gall.dcinside.com/mgallery/board/view/?id=coinfuture&no=771204",
    "dc3": "https://gall.dcinside.com/mgallery/board/view/?id=coinfuture&no=771388",
    "dc4": "https://gall.dcinside.com/mgallery/board/view/?id=coinfuture&no=771402",
    "dc5": "https://gall.dcinside.com/mini/board/view/?id=haneul4&no=20931",
    "dc6": "https://gall.dcinside.com/board/view/?id=dcbest&no=245117",
    "dc7": "https://gall.dcinside.com/mgallery/board/view/?id=nightdrive&no=58110",
    "dc8": "https://gall.dcinside.com/mgallery/board/view/?id=nightdrive&no=58133",
    "dc9": "https://gall.dcinside.com/board/view/?id=tv_drama&no=3301877",
    "dc10": "https://m.dcinside.com/board/betzone/118204",
    "dc11": "https://m.dcinside.com/board/betzone/118219",
    "dc12": "https://gall.dcinside.com/mgallery/board/view/?id=pyeongsu&no=4402",
    "dc13": "https://gall.dcinside.com/board/view/?id=stock_new2&no=9183377",
    "dc14": "https://gall.dcinside.com/mgallery/board/view/?id=coinfuture&no=771511",
    # KCSC-240903-02 naver (5)
    "nv1": "https://blog.naver.com/moonlit_ferry/223561904417",
    "nv2": "https://cafe.naver.com/pinebenchclub/88213",
    "nv3": "https://cafe.naver.com/pinebenchclub/88240",
    "nv4": "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471188203",
    "nv5": "https://blog.naver.com/PostView.naver?blogId=seoraebox&logNo=223570015522",
    # KCSC-240904-03 daum (4)
    "dm1": "https://cafe.daum.net/sandglass21/Qx7p/1042",
    "dm2": "https://cafe.daum.net/sandglass21/Qx7p/1057",
    "dm3": TISTORY,
    "dm4": "https://cafe.daum.net/goldcrow77/5kEr/311",
    # KCSC-240905-04 soop (3)
    "sp1": "https://vod.sooplive.co.kr/player/138204551",
    "sp2": "https://vod.sooplive.co.kr/player/138210077",
    "sp3": "https://ch.sooplive.co.kr/gloomyduck7/post/118823011",
    # KCSC-240906-05 fmkorea (2)
    "fm1": "https://www.fmkorea.com/7482019331",
    "fm2": "https://www.fmkorea.com/best/7482133870",
    # KCSC-240909-06 clien (1)
    "cl1": "https://www.clien.net/service/board/park/18822104",
    # KCSC-240910-07 ppomppu (2)
    "pp1": "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120448",
    "pp2": "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4471902",
}

REQUESTS = [
    # ref, platform, sent, due, keys, category, note
    ("KCSC-240902-01", "dcinside", "2024-09-02", "2024-09-09",
     ["dc%d" % i for i in range(1, 15)], "gambling",
     'Galleries stock_new2, coinfuture, "nightdrive" and others; betting and fake investment ads'),
    ("KCSC-240903-02", "naver", "2024-09-03", "2024-09-10",
     ["nv1", "nv2", "nv3", "nv4", "nv5"], "illegal_finance", "blog, cafe and Knowledge iN"),
    ("KCSC-240904-03", "daum", "2024-09-04", "2024-09-11",
     ["dm1", "dm2", "dm3", "dm4"], "illegal_finance", "Daum cafe and Tistory, Korean path stored percent-encoded"),
    ("KCSC-240905-04", "soop", "2024-09-05", "2024-09-12",
     ["sp1", "sp2", "sp3"], "obscenity", "two VODs, one station post"),
    ("KCSC-240906-05", "fmkorea", "2024-09-06", "2024-09-13",
     ["fm1", "fm2"], "defamation", "posts, one reposted to the best board"),
    ("KCSC-240909-06", "clien", "2024-09-09", "2024-09-16",
     ["cl1"], "defamation", "one post"),
    ("KCSC-240910-07", "ppomppu", "2024-09-10", "2024-09-17",
     ["pp1", "pp2"], "fraud", "free board, phone board"),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, keys, cat, note in REQUESTS:
            for k in keys:
                w.writerow([ref, plat, sent, due, U[k], cat, ref + "@kcsc.example", note])


def request_text(ref, raw_korean=False):
    """Our request email's body, as a platform would quote it."""
    lines = [
        "수신: 게시물 신고 담당자",
        "제목: [%s] 불법정보 시정요구" % ref,
        "",
        "방송통신심의위원회는 아래 정보에 대하여 시정요구를 의결하였으므로",
        "해당 게시물의 삭제 또는 접속차단 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, k in enumerate(REQ[ref][4], 1):
        u = U[k]
        if raw_korean and u == TISTORY:
            u = TISTORY_RAW
        lines.append("%d. %s" % (i, u))
    lines += ["", "조치 기한: %s" % REQ[ref][3], "방송통신심의위원회 통신심의국 (takedown@kcsc.example)"]
    return "\n".join(lines)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def ew(s):
    """RFC 2047 encoded word, as most Korean mail systems send headers."""
    return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def dsn(boundary, explain, recipient, status, diag, original):
    return f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="{boundary}"

This is a MIME-encapsulated message.

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{explain}

--{boundary}
Content-Type: message/delivery-status

Reporting-MTA: dns; {recipient.split('@')[1]}
Arrival-Date: {original[0]}

Final-Recipient: rfc822; {recipient}
Original-Recipient: rfc822; {recipient}
Action: failed
Status: {status}
Diagnostic-Code: smtp; {diag}

--{boundary}
{original[1]}

--{boundary}--
"""


CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- DC Inside
R1 = "KCSC-240902-01"

case(
    name="dc-numbered-list-mixed",
    **{"from": "report@dcinside.com"},
    name_from=ew("디시인사이드 운영팀"),
    date="Thu, 05 Sep 2024 14:22:10 +0900",
    subject=ew("Re: [KCSC-240902-01] 불법정보 시정요구"),
    reply_to_req=R1,
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.
방송통신심의위원회에서 요청하신 건(KCSC-240902-01)에 대한 1차 조치 결과를 안내드립니다.

1. {U['dc1']}
   - 삭제 완료 (9/4)
2. {U['dc2']}
   - 삭제 완료 (9/4)
3. {U['dc3']}
   - 작성자가 이미 삭제한 게시물로 확인되어 별도 조치할 게시물이 없습니다.
4. {U['dc4']}
   - 검토 결과 운영원칙 및 관련 법령 위반 소지가 확인되지 않아 게시를 유지합니다.
     (코인 시세에 대한 단순 토론글입니다)

나머지 게시물은 갤러리별 담당자 확인 후 추가로 회신드리겠습니다.

감사합니다.
디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team reply to a KCSC correction request, numbered list with result under each URL",
    why="four items each with an unhedged result: two deleted, one already deleted by its author, one kept (no violation); the rest only promised",
    items={U["dc1"]: "removed", U["dc2"]: "removed", U["dc3"]: "not_found", U["dc4"]: "rejected"},
)

DC_HTML = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구 <b>KCSC-240902-01</b> 건의 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<thead><tr style="background:#3b4890;color:#fff"><th>번호</th><th>게시물 주소</th><th>처리 결과</th><th>처리일</th></tr></thead>
<tbody>
<tr><td>1</td><td><a href="{U['dc5']}">{U['dc5']}</a></td><td>삭제</td><td>2024.09.05</td></tr>
<tr><td>2</td><td><a href="{U['dc6']}">{U['dc6']}</a></td><td>삭제 (작성자 이용 차단 병행)</td><td>2024.09.05</td></tr>
<tr><td>3</td><td><a href="{U['dc7']}">{U['dc7']}</a></td><td>성인 인증 게시물로 전환 (청소년 열람 제한)</td><td>2024.09.05</td></tr>
<tr><td>4</td><td><a href="{U['dc8']}">{U['dc8']}</a></td><td>해당 게시물 없음</td><td>-</td></tr>
</tbody></table>
<p>디시인사이드 게시물 운영원칙은 <a href="https://www.dcinside.com/policy/operation">https://www.dcinside.com/policy/operation</a> 에서 확인하실 수 있습니다.</p>
<p>㈜디시인사이드 운영지원팀</p>
</body></html>"""

case(
    name="dc-html-table",
    **{"from": "report@dcinside.com"},
    name_from="DCinside",
    date="Fri, 06 Sep 2024 10:03:55 +0900",
    subject=ew("[디시인사이드] 시정요구 조치 결과 회신 - KCSC-240902-01"),
    type="html",
    body=DC_HTML,
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 table sent as HTML only (번호/주소/처리 결과/처리일)",
    why="HTML table with one result per row: two deleted, one turned into an adult-verification post (age restriction), one does not exist; the policy link is not an item",
    items={U["dc5"]: "removed", U["dc6"]: "removed", U["dc7"]: "restricted", U["dc8"]: "not_found"},
)

DC_CSV = "\ufeff번호,게시물 URL,처리결과,처리일시\n" + "\n".join([
    f"1,{U['dc9']},삭제,2024-09-06 11:02",
    f"2,{U['dc10']},삭제,2024-09-06 11:05",
    f"3,{U['dc11']},삭제,2024-09-06 11:05",
    f"4,{U['dc12']},유지(위반사항 없음),2024-09-06 11:20",
]) + "\n"
DC_CSV_TEXT = """담당자님 안녕하세요.

KCSC-240902-01 건 중 도박 홍보 게시물 처리 내역을 첨부 파일
(KCSC-240902-01_result.csv)로 송부드립니다. 파일의 처리결과 열을 확인해 주세요.

문의 사항은 본 메일로 회신 부탁드립니다.
디시인사이드 운영지원팀 정민호
"""
case(
    name="dc-csv-attachment",
    **{"from": "minho.jung@dcinside.com"},
    name_from=ew("정민호"),
    date="Fri, 06 Sep 2024 11:41:07 +0900",
    subject=ew("RE: [KCSC-240902-01] 처리 내역 송부"),
    reply_to_req=R1,
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_dc_csv_0906"

--=_dc_csv_0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(DC_CSV_TEXT)}

--=_dc_csv_0906
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(DC_CSV)}

--=_dc_csv_0906--
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply with an Excel-exported CSV result sheet attached (BOM, Korean headers), quoted-printable body",
    why="CSV rows: three posts 삭제, one 유지(위반사항 없음) = rejected; the body itself states nothing",
    items={U["dc9"]: "removed", U["dc10"]: "removed", U["dc11"]: "removed", U["dc12"]: "rejected"},
)

case(
    name="dc-bulk-all-deleted",
    **{"from": "report@dcinside.com"},
    name_from=ew("디시인사이드 운영팀"),
    date="Mon, 09 Sep 2024 17:30:12 +0900",
    subject=ew("Re: [KCSC-240902-01] 불법정보 시정요구"),
    reply_to_req=R1,
    body="""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 KCSC-240902-01 건의 게시물 14건은 모두 삭제 조치를 완료하였습니다.
향후 동일 작성자의 게시물이 확인되는 경우 추가로 이용 차단 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="short operator reply confirming the whole request without listing the posts",
    why="one sentence covers all 14 items without naming any: bulk confirmation for a multi-item request, nothing applied",
    items={U["dc%d" % i]: "pending" for i in range(1, 15)},
)

case(
    name="dc-promise-will-delete",
    **{"from": "report@dcinside.com"},
    name_from=ew("디시인사이드 운영팀"),
    date="Wed, 04 Sep 2024 09:12:44 +0900",
    subject=ew("Re: [KCSC-240902-01] 불법정보 시정요구"),
    reply_to_req=R1,
    body=f"""안녕하세요, 디시인사이드입니다.

신고해 주신 아래 게시물은 해당 마이너 갤러리 매니저 확인을 거쳐 삭제될 예정입니다.
처리 완료까지 영업일 기준 2~3일 정도 소요될 수 있는 점 양해 부탁드립니다.

- {U['dc13']}
- {U['dc14']}

처리가 끝나면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="operator reply promising deletion after a gallery manager's check",
    why="'삭제될 예정입니다' is a promise, not a statement: both named items stay pending",
    items={U["dc13"]: "pending", U["dc14"]: "pending"},
)

case(
    name="dc-top-posted-over-outlook-quote",
    **{"from": "seojin.park@dcinside.com"},
    name_from=ew("박서진"),
    date="Tue, 10 Sep 2024 11:05:39 +0900",
    subject=ew("RE: [KCSC-240902-01] 불법정보 시정요구"),
    reply_to_req=R1,
    body=f"""위원회 담당자님,

아래 요청 중 {U['dc13']} 게시물은 오늘 오전 삭제 완료했습니다.
나머지 13건은 아직 확인 중이며 완료되는 대로 회신드리겠습니다.

박서진 / 디시인사이드 운영지원팀
02-0000-0000

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 4:10 PM
To: report@dcinside.com
Subject: [KCSC-240902-01] 불법정보 시정요구

{request_text(R1)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's full request (-----Original Message-----, unquoted)",
    why="one item deleted in the author's own lines; the 13 others appear only in the quoted request and are 'still being checked'",
    items={U["dc13"]: "removed", U["dc1"]: "pending", U["dc10"]: "pending", U["dc14"]: "pending"},
)

case(
    name="dc-urls-with-korean-particles",
    **{"from": "report@dcinside.com"},
    name_from=ew("디시인사이드 운영팀"),
    date="Sat, 07 Sep 2024 13:48:20 +0900",
    subject=ew("[KCSC-240902-01] 추가 조치 결과"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

추가로 확인된 조치 결과를 알려드립니다.

{U['dc5']}의 게시물은 삭제 처리하였고, {U['dc7']}은 성인 인증 후에만 열람할 수 있도록 접근을 제한하였습니다.
또한 요청 목록의 베스트 게시물（{U['dc6']}）은 작성자가 스스로 삭제하여 현재 존재하지 않는 글입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean prose reply where particles (의, 은) and full-width brackets touch the URLs",
    why="deleted / restricted to adults / deleted by its author (not_found); the particle or bracket is not part of the URL",
    items={U["dc5"]: "removed", U["dc7"]: "restricted", U["dc6"]: "not_found"},
)

case(
    name="dc-forged-auth-fail",
    **{"from": "report@dcinside.com"},
    name_from=ew("디시인사이드 운영팀"),
    auth="fail",
    date="Sun, 08 Sep 2024 03:14:09 +0900",
    subject=ew("[긴급] KCSC-240902-01 처리 완료 안내"),
    extra_headers=["Reply-To: dc-report-center@mailbox-relay.example"],
    body=f"""방송통신심의위원회 담당자님께

요청하신 게시물은 모두 삭제 처리되었습니다.

{U['dc9']} - 삭제 완료
{U['dc10']} - 삭제 완료
{U['dc11']} - 삭제 완료

처리 확인서 발급을 원하시면 회신 주소로 기관 담당자 연락처를 보내주십시오.
""",
    outcome="review", review="untrusted",
    imitates="spoofed operator notice: DC Inside From address failing DKIM/SPF/DMARC, Reply-To elsewhere",
    why="platform domain but authentication fails: the three 'deleted' lines are not trusted, items stay pending",
    items={U["dc9"]: "pending", U["dc10"]: "pending", U["dc11"]: "pending"},
)

case(
    name="dc-out-of-office",
    **{"from": "seojin.park@dcinside.com"},
    name_from=ew("박서진"),
    date="Mon, 02 Sep 2024 16:11:02 +0900",
    subject=ew("[자동응답] Re: [KCSC-240902-01] 불법정보 시정요구"),
    reply_to_req=R1,
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"],
    body="""안녕하세요. 박서진입니다.

9월 2일(월)부터 9월 6일(금)까지 하계 휴가로 메일 확인이 어렵습니다.
게시물 신고 및 시정요구 관련 문의는 report@dcinside.com 으로 보내주시면
담당자가 순차적으로 처리해 드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office auto-reply ([자동응답]) with Auto-Submitted header",
    why="holiday auto-reply, states nothing about the items",
    items={},
)

case(
    name="dc-helpdesk-echoed-report",
    **{"from": "noreply-cs@dcinside.com"},
    name_from=ew("디시인사이드 고객센터"),
    date="Wed, 11 Sep 2024 15:20:33 +0900",
    subject=ew("[디시인사이드 고객센터] 문의하신 내용에 대한 답변입니다. (접수번호 DC-0911-55820)"),
    body=f"""━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■ 문의 내용
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
문의 유형 : 게시물 신고 > 불법 도박
제목 : [KCSC-240902-01] 도박 홍보 게시물 삭제 요청
내용 : 아래 게시물은 불법 도박 사이트 홍보물로 삭제를 요청합니다.
{U['dc9']}
(요청 기관: 방송통신심의위원회)

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■ 답변 내용
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
안녕하세요, 디시인사이드 고객센터입니다.

문의하신 게시물을 확인한 결과 불법 도박 사이트 홍보에 해당하여
해당 게시물을 삭제하고 작성자의 IP를 차단하였습니다.

더 궁금하신 사항은 고객센터(https://www.dcinside.com/cs)로 문의해 주세요.

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk ticket answer that echoes the submitted report (문의 내용 / 답변 내용)",
    why="the answer says the post asked about was deleted; the only post named is the one in the echoed report, of a 14-item request",
    items={U["dc9"]: "removed"},
)

case(
    name="dc-english-legal-mobile-links",
    **{"from": "legal@dcinside.com"},
    name_from="DC Inside Legal",
    date="Wed, 11 Sep 2024 18:02:15 +0900",
    subject="Re: [KCSC-240902-01] Correction request - betting gallery",
    reply_to_req=R1,
    body=f"""Dear KCSC team,

Regarding your request KCSC-240902-01, here is the status of the two
mobile links from the betzone gallery.

- {U['dc11']} : deleted on 11 September 2024 for promoting an
  unlicensed betting site.
- {U['dc10']} : we could not locate this post. The post number
  does not exist in the betzone gallery; the author probably removed it
  before our review.

Best regards,
Legal Affairs, DCinside Co., Ltd.
""",
    outcome="applied", classification="confirmation",
    imitates="English legal-desk reply with a bulleted status per link",
    why="one deleted, one 'could not locate / does not exist' (the 'probably' only guesses the cause)",
    items={U["dc11"]: "removed", U["dc10"]: "not_found"},
)

case(
    name="dc-hard-wrapped-url",
    **{"from": "report@dcinside.com"},
    name_from=ew("디시인사이드 운영팀"),
    date="Thu, 12 Sep 2024 10:44:51 +0900",
    subject=ew("[KCSC-240902-01] 조치 결과 안내 (코인/주식 갤러리)"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

코인선물 갤러리 및 주식 갤러리 게시물 처리 결과입니다.

- 삭제 완료: https://gall.dcinside.com/mgallery/board/view/?id=coinfuture&n
o=771511
- 게시 유지: {U['dc13']}
  (투자 의견 게시물로 불법 리딩방 홍보에 해당하지 않음)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket system that hard-wraps body lines at 76 columns, breaking a long URL",
    why="the wrapped URL rejoins to coinfuture 771511 (deleted); stock_new2 9183377 is kept with its reason (rejected)",
    items={U["dc14"]: "removed", U["dc13"]: "rejected"},
)

# ---------------------------------------------------------------- NAVER
R2 = "KCSC-240903-02"

case(
    name="naver-gejoongdan-result-notice",
    **{"from": "help@navercorp.com"},
    name_from=ew("네이버 고객센터"),
    date="Thu, 05 Sep 2024 16:40:00 +0900",
    subject=ew("[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240903-02)"),
    body=f"""안녕하세요. 네이버 고객센터입니다.
방송통신심의위원회의 시정요구(KCSC-240903-02)에 따른 처리 결과를 알려드립니다.

■ 처리 결과
 · 카페 게시글 {U['nv2']}
   → 삭제
 · 카페 게시글 {U['nv3']}
   → 임시조치 (게시자의 재게시 요청이 없으면 30일 후 삭제됩니다)
 · 블로그 {U['nv1']}
   → 검토 결과 게시중단 요건에 해당하지 않아 게시 유지

나머지 요청 건은 확인 중입니다.
처리 결과에 이의가 있으신 경우 네이버 권리보호센터(https://right.naver.com)를 통해
신청하실 수 있습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (권리보호센터 style notice)",
    why="삭제 = removed; 임시조치 = restricted (its possible later deletion is only a condition); 게시 유지 = rejected; right.naver.com is not an item",
    items={U["nv2"]: "removed", U["nv3"]: "restricted", U["nv1"]: "rejected"},
)

case(
    name="naver-english-kin-and-private-blog",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Fri, 06 Sep 2024 09:15:27 +0900",
    subject="Your request KCSC-240903-02",
    body=f"""Hello,

Thank you for your correction request KCSC-240903-02.

We reviewed the Knowledge iN question at
{U['nv4']}
It had already been deleted by its author when we looked at it, so
there is nothing left for us to act on.

The blog post {U['nv5']} has been set to private by our operators
(비공개 처리) and can no longer be viewed by other users.

We will report on the remaining items separately.

NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English Trust & Safety reply from a Korean portal, URL on the line after its sentence",
    why="Knowledge iN question already deleted by its author = not_found; operator 비공개 처리 = removed",
    items={U["nv4"]: "not_found", U["nv5"]: "removed"},
)

case(
    name="naver-cafe-blind-and-adult-gate",
    **{"from": "cafe_ops@navercorp.com"},
    name_from=ew("네이버 카페 운영팀"),
    date="Mon, 09 Sep 2024 14:02:48 +0900",
    subject=ew("RE: [KCSC-240903-02] 불법정보 시정요구 회신"),
    reply_to_req=R2,
    body=f"""안녕하세요, 네이버 카페·블로그 운영팀입니다.

요청하신 게시물에 대한 조치 내용을 안내드립니다.

카페 운영정책에 따라 {U['nv3']} 게시글은 블라인드 처리되었습니다.

블로그 게시물 {U['nv1']} 은 청소년유해 정보로 판단되어
19세 미만 이용자의 접근을 제한(성인 인증 후 열람)하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe/blog operations reply: 블라인드 and an adult-verification gate",
    why="블라인드 = removed; access limited to adults = restricted",
    items={U["nv3"]: "removed", U["nv1"]: "restricted"},
)

case(
    name="naver-bulk-english",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Tue, 10 Sep 2024 10:30:00 +0900",
    subject="Re: KCSC-240903-02",
    reply_to_req=R2,
    body="""Dear KCSC,

All of the URLs listed in your request KCSC-240903-02 have been removed
from NAVER services in accordance with our operating policy.

Kind regards,
NAVER Trust & Safety
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line English closure covering the whole request",
    why="'all of the URLs' for a five-item request without naming any: bulk, nothing applied",
    items={U["nv%d" % i]: "pending" for i in range(1, 6)},
)

case(
    name="naver-hedged-appears-private",
    **{"from": "help@navercorp.com"},
    name_from=ew("네이버 고객센터"),
    date="Wed, 04 Sep 2024 11:18:30 +0900",
    subject=ew("Re: [KCSC-240903-02] 불법정보 시정요구"),
    reply_to_req=R2,
    body=f"""안녕하세요. 네이버 고객센터입니다.

문의하신 블로그 게시물({U['nv1']})은 현재 확인 시점 기준으로
이미 비공개 전환된 것으로 보입니다.
정확한 처리 여부는 담당 부서 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="first-line help-desk reply guessing at an item's state pending the department's check",
    why="'비공개 전환된 것으로 보입니다' is a hedge and the check is promised later: pending",
    items={U["nv1"]: "pending"},
)

case(
    name="naver-read-receipt",
    **{"from": "haeun.lee@navercorp.com"},
    name_from=ew("이하은"),
    date="Wed, 04 Sep 2024 09:41:12 +0900",
    subject=ew("읽음: [KCSC-240903-02] 불법정보 시정요구"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_MDN_0904_0941"

------=_MDN_0904_0941
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 받는 사람이 열어 보았습니다.

  받는 사람: 이하은 <haeun.lee@navercorp.com>
  제목: [KCSC-240903-02] 불법정보 시정요구
  읽은 시간: 2024-09-04 (수) 오전 9:41

------=_MDN_0904_0941
Content-Type: message/disposition-notification

Reporting-UA: navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;haeun.lee@navercorp.com
Original-Message-ID: <KCSC-240903-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_0904_0941--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean, multipart/report disposition-notification",
    why="a read receipt says only that the request was opened",
    items={},
)

case(
    name="naver-ticket-received",
    **{"from": "help@navercorp.com"},
    name_from=ew("네이버 고객센터"),
    date="Tue, 03 Sep 2024 18:05:12 +0900",
    subject=ew("[네이버 고객센터] 문의가 정상적으로 접수되었습니다."),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 네이버 고객센터입니다.
고객님의 문의가 정상적으로 접수되었습니다.

접수번호 : 2409031588420
접수일시 : 2024.09.03 18:05
문의제목 : [KCSC-240903-02] 불법정보 시정요구

답변은 영업일 기준 1~3일 이내에 메일로 안내해 드립니다.
접수 내역은 고객센터 > 나의 문의내역에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-centre inquiry receipt (접수번호, 발신 전용)",
    why="pure receipt: the request was filed, nothing is said about any item",
    items={},
)

case(
    name="naver-asks-for-official-letter",
    **{"from": "right@navercorp.com"},
    name_from=ew("네이버 권리보호센터"),
    date="Thu, 05 Sep 2024 10:27:40 +0900",
    subject=ew("[네이버] KCSC-240903-02 처리를 위한 추가 자료 요청"),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 건(KCSC-240903-02)의 처리를 위해 아래 자료를 추가로 보내주시기 바랍니다.

1. 시정요구 공문 (기관 직인 날인본, PDF)
2. 지식iN 질문({U['nv4']})에 대한 위법 근거 조항

자료가 접수되면 검토 후 처리 결과를 안내드리겠습니다.
자료 제출 전까지 해당 건의 처리는 보류됩니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 권리보호센터 request for the official letter and legal grounds before acting",
    why="the platform asks for documents and holds the request; the named item stays pending",
    items={U["nv4"]: "pending"},
)

# ---------------------------------------------------------------- Daum / Kakao
R3 = "KCSC-240904-03"

case(
    name="daum-tistory-korean-path",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from=ew("카카오 고객센터"),
    date="Fri, 06 Sep 2024 13:12:09 +0900",
    subject=ew("[Daum/티스토리] 권리침해 신고 처리 결과 안내"),
    body=f"""안녕하세요. 카카오 고객센터입니다.
방송통신심의위원회 시정요구(KCSC-240904-03) 건의 처리 결과를 안내드립니다.

[신고 대상 1]
{TISTORY_RAW}
처리 결과: 게시중단 (블라인드)

[신고 대상 2]
{U['dm1']}
처리 결과: 삭제

카카오 운영정책: https://www.kakao.com/policy/oppolicy
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre 권리침해 신고 처리 결과 with the result on the line below each URL",
    why="the raw Korean Tistory path is the percent-encoded item; 게시중단(블라인드) and 삭제 are both removed",
    items={TISTORY: "removed", U["dm1"]: "removed"},
)

DAUM_QP = f"""안녕하세요, Daum 카페 운영팀입니다.

요청하신 게시글의 조치 결과입니다.

{U['dm2']} 게시글은 관련 법령에 따라 국내 이용자의 접근을 제한하였습니다.

{U['dm4']} 은 확인 결과 존재하지 않는 게시글입니다. (작성자 삭제)

감사합니다.
Daum 카페 운영팀 드림
"""
case(
    name="daum-cafe-quoted-printable",
    **{"from": "cafe@daum.net"},
    name_from=ew("Daum 카페"),
    date="Mon, 09 Sep 2024 09:55:31 +0900",
    subject=ew("Re: [KCSC-240904-03] 불법정보 시정요구"),
    reply_to_req=R3,
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(DAUM_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply, quoted-printable UTF-8 body",
    why="access limited for users in Korea = restricted; post does not exist (author deleted) = not_found",
    items={U["dm2"]: "restricted", U["dm4"]: "not_found"},
)

case(
    name="daum-text-table",
    **{"from": "policy@kakaocorp.com"},
    name_from=ew("카카오 정책팀"),
    date="Tue, 10 Sep 2024 15:08:14 +0900",
    subject=ew("[카카오] 시정요구 조치결과 회신 (KCSC-240904-03)"),
    body=f"""방송통신심의위원회 귀중

시정요구(KCSC-240904-03)에 대한 조치 결과를 아래와 같이 회신합니다.

 No | 대상 URL                                     | 조치 결과          | 조치일
----+----------------------------------------------+--------------------+-----------
  1 | {U['dm1']}  | 삭제               | 2024-09-06
  2 | {U['dm2']}  | 삭제               | 2024-09-06
  3 | {TISTORY} | 임시조치 | 2024-09-06
  4 | {U['dm4']}    | 유지 (위반 사항 없음) | -

주식회사 카카오 정책팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as a plain-text pipe table",
    why="two 삭제 (removed), 임시조치 (restricted), 유지 with its reason (rejected)",
    items={U["dm1"]: "removed", U["dm2"]: "removed", TISTORY: "restricted", U["dm4"]: "rejected"},
)

case(
    name="daum-english-statement-of-reasons",
    **{"from": "dsa-notice@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Wed, 11 Sep 2024 08:00:03 +0900",
    subject="Statement of reasons - your notice KCSC-240904-03",
    body=f"""Statement of reasons

Notice reference: KCSC-240904-03
Content: {U['dm2']}
Decision: access to the content has been restricted in the Republic of Korea
Territorial scope: Republic of Korea
Ground: illegal content under Korean law (Information and Communications
Network Act, article 44-7)
Facts and circumstances: notice from a public authority
Automated means used: no

The uploader has been informed and may appeal this decision through
https://cs.kakao.com/requests .
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, territorial scope, ground, redress) sent by a Korean portal",
    why="access restricted in Korea only = restricted; the appeal link is not an item",
    items={U["dm2"]: "restricted"},
)

case(
    name="daum-cafe-operator-from-hanmail",
    **{"from": "sandglass_op@hanmail.net"},
    name_from=ew("모래시계 카페지기"),
    date="Sat, 07 Sep 2024 22:41:50 +0900",
    subject=ew("Re: 카페 게시물 관련 (KCSC-240904-03)"),
    body=f"""안녕하세요 모래시계 카페 운영자입니다.
다음 고객센터에서 연락 받고 메일 드립니다.

말씀하신 글 두 개 제가 직접 삭제했습니다.
{U['dm1']}
{U['dm2']}

앞으로 리딩방 홍보글은 바로바로 지우겠습니다. 카페 폐쇄만은 말아주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="cafe owner (카페지기) writing from a personal webmail address after hearing from the portal",
    why="hanmail.net is not a platform sender domain: a user's word, not Daum's; items stay pending",
    items={U["dm1"]: "pending", U["dm2"]: "pending"},
)

case(
    name="daum-dsn-korean",
    **{"from": "MAILER-DAEMON@mx2.daum.net"},
    name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 17:02:11 +0900",
    subject=ew("[발송실패 안내] [KCSC-240904-03] 불법정보 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn(
        "0904170211.B2C1.mx2.daum.net",
        """메일 전송에 실패하였습니다.
받는 사람 주소(policy-report@daum.net)를 찾을 수 없습니다.
주소를 다시 확인하신 후 발송해 주세요.

Your message could not be delivered to one or more recipients.""",
        "policy-report@daum.net",
        "5.1.1",
        "550 5.1.1 <policy-report@daum.net>: Recipient address rejected: User unknown",
        ("Wed, 04 Sep 2024 17:02:09 +0900",
         """Content-Type: text/rfc822-headers

From: =?utf-8?b?67Cp7Iah7Ya17Iug7Ius7J2Y7JyE7JuQ7ZqM?= <takedown@kcsc.example>
To: policy-report@daum.net
Subject: [KCSC-240904-03] =?utf-8?b?67aI67KV7KCV67O0IOyLnOygleyalOq1rA==?=
Date: Wed, 04 Sep 2024 17:02:05 +0900
Message-ID: <KCSC-240904-03@kcsc.example>"""),
    ),
    outcome="ignored", classification="bounce",
    imitates="Korean delivery-failure notice (발송실패 안내) as a multipart/report DSN",
    why="our request did not reach the mailbox: a bounce, nothing about items",
    items={},
)

# ---------------------------------------------------------------- SOOP
R4 = "KCSC-240905-04"

case(
    name="soop-english-mixed",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Mon, 09 Sep 2024 11:20:45 +0900",
    subject="Re: [KCSC-240905-04] Correction request",
    reply_to_req=R4,
    body=f"""Hello KCSC,

We have completed our review of request KCSC-240905-04.

* VOD {U['sp1']} - deleted; the broadcaster's channel was suspended for 7 days.
* VOD {U['sp2']} - set to 19+ (age-restricted). Viewers must verify their age to watch it.
* Station post {U['sp3']} - no violation of our operating policy was found. The post stays up.

If you have questions, reply to this email.

SOOP Trust & Safety team
""",
    outcome="applied", classification="confirmation",
    imitates="English streaming-platform review outcome with one bullet per content item",
    why="deleted / age-restricted / no violation, stays up",
    items={U["sp1"]: "removed", U["sp2"]: "restricted", U["sp3"]: "rejected"},
)

case(
    name="soop-korean-notice",
    **{"from": "noreply@sooplive.co.kr"},
    name_from="SOOP",
    date="Tue, 10 Sep 2024 16:45:00 +0900",
    subject=ew("[SOOP] 신고하신 콘텐츠 처리 결과 안내"),
    body=f"""안녕하세요. SOOP 고객센터입니다.

방송통신심의위원회에서 요청하신 콘텐츠(KCSC-240905-04)의 처리 결과를 안내드립니다.

▶ VOD : {U['sp2']}
   처리 결과 : 운영정책(음란물) 위반으로 삭제 처리되었습니다.

▶ 방송국 게시글 : {U['sp3']}
   처리 결과 : 존재하지 않는 게시글입니다.

SOOP은 건전한 방송 환경을 위해 노력하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (AfreecaTV) 신고 처리 결과 안내 notice",
    why="VOD deleted; station post does not exist",
    items={U["sp2"]: "removed", U["sp3"]: "not_found"},
)

SOOP_CSV = "content_url,action,region,action_date\n" + "\n".join([
    f"{U['sp1']},removed,global,2024-09-09",
    f"{U['sp2']},geo-blocked,KR,2024-09-09",
    f"{U['sp3']},not found,,2024-09-09",
]) + "\n"
case(
    name="soop-csv-outcome-sheet",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Tue, 10 Sep 2024 09:02:33 +0900",
    subject="KCSC-240905-04 outcome sheet",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="soop-outcome-0910"

--soop-outcome-0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome sheet for request KCSC-240905-04.

SOOP Trust & Safety

--soop-outcome-0910
Content-Type: text/csv; name="KCSC-240905-04.csv"
Content-Disposition: attachment; filename="KCSC-240905-04.csv"
Content-Transfer-Encoding: base64

{b64(SOOP_CSV)}

--soop-outcome-0910--
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety outcome sheet as an English CSV attachment",
    why="CSV: removed globally, geo-blocked in KR (restricted), not found",
    items={U["sp1"]: "removed", U["sp2"]: "restricted", U["sp3"]: "not_found"},
)

case(
    name="soop-under-review",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Fri, 06 Sep 2024 17:35:20 +0900",
    subject=ew("Re: [KCSC-240905-04] 불법정보 시정요구"),
    reply_to_req=R4,
    body=f"""안녕하세요, SOOP 세이프티팀입니다.

요청하신 VOD({U['sp1']})는 현재 내부 검토 중이며,
검토가 끝나는 대로 결과를 안내드리겠습니다.

We are currently reviewing the VOD above and will update you once a decision is made.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="bilingual holding reply: content under review, decision to follow",
    why="'검토 중' / 'currently reviewing' is no statement: the named VOD stays pending",
    items={U["sp1"]: "pending"},
)

case(
    name="soop-out-of-office-english",
    **{"from": "daniel.cho@sooplive.co.kr"},
    name_from="Daniel Cho",
    date="Thu, 05 Sep 2024 18:20:00 +0900",
    subject="Automatic reply: [KCSC-240905-04] Correction request",
    reply_to_req=R4,
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"],
    body="""Thank you for your email.

I am out of the office until Monday 16 September with limited access to email.
For content reports, please contact safety@sooplive.co.kr.

Daniel Cho | Policy, SOOP Co., Ltd.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange 'Automatic reply' out-of-office message",
    why="out-of-office auto-reply",
    items={},
)

# ---------------------------------------------------------------- FM Korea
R5 = "KCSC-240906-05"

case(
    name="fmk-status-line-below-url",
    **{"from": "admin@fmkorea.com"},
    name_from=ew("에펨코리아 운영팀"),
    date="Mon, 09 Sep 2024 12:10:40 +0900",
    subject=ew("Re: [KCSC-240906-05] 게시물 조치 요청"),
    reply_to_req=R5,
    body=f"""안녕하세요 에펨코리아 운영팀입니다.
요청하신 게시물 조치 결과입니다.

{U['fm1']}
삭제

{U['fm2']}
이미 작성자가 삭제한 글입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="terse community-site admin reply: URL, then the result on the next line",
    why="삭제 = removed; already deleted by its author = not_found",
    items={U["fm1"]: "removed", U["fm2"]: "not_found"},
)

case(
    name="fmk-gmail-korean-quote",
    **{"from": "admin@fmkorea.com"},
    name_from=ew("에펨코리아 운영팀"),
    date="Tue, 10 Sep 2024 20:31:02 +0900",
    subject=ew("Re: [KCSC-240906-05] 불법정보 시정요구"),
    reply_to_req=R5,
    body=f"""말씀하신 베스트 게시판 글（{U['fm2']}）은 블라인드 처리했습니다.
다른 한 건은 원글 작성자 소명 확인 중입니다.

2024년 9월 6일 (금) 오후 3:12, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:

{quoted(request_text(R5))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply in Korean ('…님이 작성:') over the '>'-quoted request, full-width brackets around the URL",
    why="best-board post blinded (removed); the other item appears only in the quote and is 'being checked'",
    items={U["fm2"]: "removed", U["fm1"]: "pending"},
)

case(
    name="fmk-kept-no-violation",
    **{"from": "admin@fmkorea.com"},
    name_from=ew("에펨코리아 운영팀"),
    date="Thu, 12 Sep 2024 10:05:19 +0900",
    subject=ew("[KCSC-240906-05] 검토 결과 안내"),
    body=f"""안녕하세요 에펨코리아 운영팀입니다.

{U['fm1']} 게시물은 검토 결과 특정인을 비방하는 내용으로 보기 어렵고
커뮤니티 이용규칙 위반 사항도 없어 게시를 유지하기로 하였습니다.

이의가 있으시면 법원 판결문 등 관련 자료를 첨부해 회신해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site refusal with its reason and an invitation to send a court decision",
    why="kept with a reason (no rule broken) = rejected; the invitation to send more does not undo the decision",
    items={U["fm1"]: "rejected"},
)

FMK_ORIG = "\n".join([
    "Content-Type: message/rfc822",
    "",
    "From: =?utf-8?b?67Cp7Iah7Ya17Iug7Ius7J2Y7JyE7JuQ7ZqM?= <takedown@kcsc.example>",
    "To: report@fmkorea.com",
    "Subject: [KCSC-240906-05] reminder",
    "Date: Fri, 13 Sep 2024 09:00:02 +0900",
    "Message-ID: <KCSC-240906-05-reminder1@kcsc.example>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    "아래 게시물의 조치 기한이 도래하였습니다. 조치 결과를 회신해 주십시오.",
    "",
    f"1. {U['fm1']} - 조치 결과 미회신",
    f"2. {U['fm2']} - 조치 결과 미회신",
])
case(
    name="fmk-dsn-with-original",
    **{"from": "mailer-daemon@fmkorea.com"},
    name_from="Mail Delivery Subsystem",
    date="Fri, 13 Sep 2024 09:00:09 +0900",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn(
        "fmk-dsn-0913-0900",
        """** 메시지가 전송되지 않았습니다 / Message not delivered **

report@fmkorea.com 주소의 메일함 용량이 가득 차 메일을 전달할 수 없습니다.
The recipient's mailbox is full and cannot accept messages now.""",
        "report@fmkorea.com",
        "5.2.2",
        "552 5.2.2 Mailbox full",
        ("Fri, 13 Sep 2024 09:00:03 +0900", FMK_ORIG),
    ),
    outcome="ignored", classification="bounce",
    imitates="Gmail-style 'Delivery Status Notification (Failure)' carrying our whole reminder as message/rfc822",
    why="bounce of our own reminder; the URLs are in the returned original only",
    items={},
)

# ---------------------------------------------------------------- Clien
R6 = "KCSC-240909-06"

case(
    name="clien-sole-statement",
    **{"from": "admin@clien.net"},
    name_from=ew("클리앙 운영진"),
    date="Tue, 10 Sep 2024 19:40:11 +0900",
    subject=ew("Re: [KCSC-240909-06] 게시물 삭제 요청"),
    reply_to_req=R6,
    body="""안녕하세요, 클리앙 운영진입니다.

요청하신 게시물은 확인 후 운영 규칙 위반(불법 정보 게시)으로 삭제하였으며,
작성자에게는 이용 제한 조치를 하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short community admin reply answering a one-post request without repeating the URL",
    why="the only statement, unhedged, answering (In-Reply-To and ref) a request of one item: removed",
    items={U["cl1"]: "removed"},
)

case(
    name="clien-kept-news-quote",
    **{"from": "admin@clien.net"},
    name_from=ew("클리앙 운영진"),
    date="Wed, 11 Sep 2024 13:22:05 +0900",
    subject=ew("[KCSC-240909-06] 검토 결과"),
    body=f"""안녕하세요, 클리앙 운영진입니다.

{U['cl1']} 글은 언론 보도를 인용한 게시물로,
운영 규칙상 삭제 사유에 해당하지 않아 게시를 유지합니다.

운영 규칙: https://www.clien.net/service/board/rule/10707408
""",
    outcome="applied", classification="confirmation",
    imitates="community admin refusal with its reason and a link to the site rules",
    why="kept because it breaks no rule = rejected; the rules link is not an item",
    items={U["cl1"]: "rejected"},
)

case(
    name="clien-conditional-deletion",
    **{"from": "admin@clien.net"},
    name_from=ew("클리앙 운영진"),
    date="Tue, 10 Sep 2024 10:11:45 +0900",
    subject=ew("Re: [KCSC-240909-06] 게시물 삭제 요청"),
    reply_to_req=R6,
    body=f"""안녕하세요, 클리앙 운영진입니다.

{U['cl1']} 게시물에 대해서는 작성자에게 소명 기회를 부여하였습니다.
7일 이내에 소명이 없으면 삭제될 예정이며, 결과는 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="admin reply giving the author a chance to explain before deletion",
    why="deletion is conditional and in the future: the item stays pending",
    items={U["cl1"]: "pending"},
)

# ---------------------------------------------------------------- Ppomppu
R7 = "KCSC-240910-07"

PP_TEXT = f"""안녕하세요. 뽐뿌 운영팀입니다.

KCSC-240910-07 건 처리 결과를 알려드립니다.

1) {U['pp1']}
   운영자에 의해 삭제되었습니다.
2) {U['pp2']}
   확인 결과 중고폰 시세 문의글로 사기 정황이 없어 게시를 유지합니다.

감사합니다.
"""
PP_HTML = f"""<div style="font-family:dotum,sans-serif;font-size:12px">
<p>안녕하세요. 뽐뿌 운영팀입니다.</p>
<p>KCSC-240910-07 건 처리 결과를 알려드립니다.</p>
<ol>
<li><a href="{U['pp1']}">{U['pp1']}</a><br>운영자에 의해 삭제되었습니다.</li>
<li><a href="{U['pp2']}">{U['pp2']}</a><br>확인 결과 중고폰 시세 문의글로 사기 정황이 없어 게시를 유지합니다.</li>
</ol>
<p>감사합니다.</p>
</div>
"""
case(
    name="ppomppu-base64-alternative",
    **{"from": "admin@ppomppu.co.kr"},
    name_from=ew("뽐뿌 운영팀"),
    date="Thu, 12 Sep 2024 14:50:27 +0900",
    subject=ew("[뽐뿌] 게시물 조치 결과 안내"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="----=_Part_8812_pp"

------=_Part_8812_pp
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(PP_TEXT)}
------=_Part_8812_pp
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(PP_HTML)}
------=_Part_8812_pp--
""",
    outcome="applied", classification="confirmation",
    imitates="webmail-generated multipart/alternative with base64 text and HTML parts",
    why="free-board post deleted by the operator; phone-board post kept (no sign of fraud) = rejected",
    items={U["pp1"]: "removed", U["pp2"]: "rejected"},
)

case(
    name="ppomppu-receipt-then-statement",
    **{"from": "admin@ppomppu.co.kr"},
    name_from=ew("뽐뿌 운영팀"),
    date="Wed, 11 Sep 2024 09:30:00 +0900",
    subject=ew("Re: [KCSC-240910-07] 사기 의심 게시물 조치 요청"),
    reply_to_req=R7,
    body=f"""신고 접수해 주셔서 감사합니다 (접수번호 PP-240911-118).

확인 결과 아래 게시물은 블라인드 처리하였습니다.
<{U['pp2']}>

자유게시판 글은 추가 확인이 필요하여 검토 중입니다.

뽐뿌 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="reply opening with a receipt line, then an outcome for a URL in angle brackets",
    why="a thank-you/receipt phrase plus an unhedged 블라인드 for a named post is a confirmation; the free-board post is under review",
    items={U["pp2"]: "removed", U["pp1"]: "pending"},
)

case(
    name="ppomppu-forwarded-by-colleague",
    **{"from": "jiyoon.kim@kcsc.example"},
    name_from=ew("김지윤"),
    date="Fri, 13 Sep 2024 10:02:17 +0900",
    subject=ew("FW: [뽐뿌] 게시물 조치 결과 안내 (KCSC-240910-07)"),
    body=f"""지윤입니다. 뽐뿌에서 제 개인 메일로 회신이 와서 전달드립니다.
원장 반영 부탁드려요.

---------- Forwarded message ---------
보낸사람: 뽐뿌 운영팀 <admin@ppomppu.co.kr>
Date: 2024년 9월 12일 (목) 오후 6:14
Subject: [뽐뿌] 게시물 조치 결과 안내 (KCSC-240910-07)
To: <jiyoon.kim@kcsc.example>

안녕하세요. 뽐뿌 운영팀입니다.

{U['pp1']} - 삭제 완료
{U['pp2']} - 삭제 완료

감사합니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="colleague forwarding a platform reply from a personal mailbox (Gmail 'Forwarded message')",
    why="the platform's words arrive only inside a forward, unauthenticated: a person must check them",
    items={U["pp1"]: "pending", U["pp2"]: "pending"},
)

case(
    name="ppomppu-ticket-receipt-english",
    **{"from": "help@ppomppu.co.kr"},
    name_from="Ppomppu Help Desk",
    date="Tue, 10 Sep 2024 17:45:10 +0900",
    subject="[Ticket #PP-240910-0032] We have received your request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Your request has been received and a ticket has been created.

  Ticket number : PP-240910-0032
  Subject       : [KCSC-240910-07] Request for correction
  Status        : Open

Our team will respond within 3 business days. Please keep the ticket
number in the subject line of any reply.

This is an automated message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (ticket number, status Open, automated message)",
    why="pure acknowledgement: ticket created, no statement about any post",
    items={},
)

# ---------------------------------------------------------------- Inven, Nate
case(
    name="inven-contact-change-notice",
    **{"from": "youth@inven.co.kr"},
    name_from=ew("인벤 청소년보호책임자"),
    date="Thu, 12 Sep 2024 11:00:00 +0900",
    subject=ew("[인벤] 청소년보호책임자 및 불법정보 신고 창구 변경 안내"),
    body="""방송통신심의위원회 담당자님께

㈜인벤의 청소년보호책임자 및 불법정보 신고 창구가 2024년 10월 1일부로
아래와 같이 변경됨을 알려드립니다.

 - 청소년보호책임자: 운영본부 한도윤 이사
 - 불법정보 신고 및 시정요구 접수: report@inven.co.kr

변경 내용은 https://www.inven.co.kr/member/policy/youth.php 에도 게시되어 있습니다.
앞으로 시정요구 공문은 위 주소로 보내주시기 바랍니다.

㈜인벤 운영본부 드림
""",
    outcome="review", review="no_claims",
    imitates="portal notice to the regulator about a change of youth-protection officer and report address",
    why="trusted platform mail that names no requested item and no request: a person decides what to do with it",
    items={},
)

case(
    name="nate-speaks-for-fmkorea",
    **{"from": "help@nate.com"},
    name_from=ew("네이트 고객센터"),
    date="Wed, 11 Sep 2024 16:16:16 +0900",
    subject=ew("Re: 퍼온 게시물 관련 문의 (KCSC-240906-05)"),
    body=f"""안녕하세요. 네이트 고객센터입니다.

문의하신 건을 네이트판에 옮겨진 글과 함께 확인하였습니다.
말씀하신 원문 게시물 {U['fm2']} 은 삭제된 상태이며,
네이트판에 옮겨진 동일 게시글도 당사에서 삭제 조치하였습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal help-desk reply about a post copied from another community site",
    why="Nate states the status of an FM Korea item: not the item's own platform, nothing applied",
    items={U["fm2"]: "pending"},
)


HEADER = """# Blind set 633: Korean portals and community sites (NAVER, Daum/Kakao, DC Inside,
# SOOP, Nate, Inven, Clien, Ppomppu, FM Korea), Korean and English mixed.
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind633", HEADER, CASES)


if __name__ == "__main__":
    main()
