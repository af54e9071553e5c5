#!/usr/bin/env python3
"""Blind set 843: Korean portals and community sites (DC Inside, NAVER,
Daum/Kakao, SOOP, FM Korea, Clien, Inven, plus Nate and Ppomppu as senders of
stray mail), mixing Korean and English, with the doubtful and ignorable mail
a regulator's mailbox receives.

    python3 tests/corpus/blind843/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the email's meaning alone, before any run
of the reader. All names, ids and URLs are fictional.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind843"

# ---------------------------------------------------------------- requests
REQUESTS = [
    ("KCSC-240902-01", "dcinside", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", "gambling", [
        "https://gall.dcinside.com/board/view/?id=stockus&no=5120344",
        "https://gall.dcinside.com/board/view/?id=stockus&no=5120391",
        "https://gall.dcinside.com/board/view/?id=baseball_new11&no=9931207",
        "https://gall.dcinside.com/mgallery/board/view/?id=coin_wave&no=771203",
        "https://gall.dcinside.com/mgallery/board/view/?id=coin_wave&no=771288",
        "https://gall.dcinside.com/mgallery/board/view/?id=coin_wave&no=771302",
        "https://gall.dcinside.com/mgallery/board/view/?id=nightbus&no=20417",
        "https://gall.dcinside.com/mini/board/view/?id=lunaris&no=3310",
        "https://gall.dcinside.com/board/view/?id=dcbest&no=248861",
        "https://gall.dcinside.com/board/view/?id=hit&no=30412",
        "https://m.dcinside.com/board/stockus/5120455",
        "https://m.dcinside.com/board/coin_wave/771390",
        "https://gall.dcinside.com/mgallery/board/view/?id=pillbox&no=1182",
        "https://gall.dcinside.com/mgallery/board/view/?id=pillbox&no=1197",
    ]),
    ("KCSC-240903-02", "naver", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", "defamation", [
        "https://blog.naver.com/moonlit_ledger/223551208871",
        "https://cafe.naver.com/quietriver77/88213",
        "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471120385",
        "https://blog.naver.com/bluepine_92/223560019442",
    ]),
    ("KCSC-240905-03", "daum", "2024-09-05T14:30:00+09:00", "2024-09-12T18:00:00+09:00", "fraud", [
        "https://cafe.daum.net/silverfox22/Hx3k/512",
        "https://hangaram-note.tistory.com/entry/%EC%A3%BC%EC%8B%9D-%EB%A6%AC%EB%94%A9%EB%B0%A9-%EB%AC%B4%EB%A3%8C%EC%B4%88%EB%8C%80",
        "https://cafe.daum.net/silverfox22/Hx3k/530",
    ]),
    ("KCSC-240906-04", "soop", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00", "obscene", [
        "https://vod.sooplive.co.kr/player/133204455",
        "https://ch.sooplive.co.kr/nightowl77/post/99120341",
    ]),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T10:20:00+09:00", "2024-09-16T18:00:00+09:00", "gambling", [
        "https://www.fmkorea.com/7401238811",
        "https://www.fmkorea.com/7401240067",
        "https://www.fmkorea.com/best/7401251190",
        "https://www.fmkorea.com/7401262305",
        "https://www.fmkorea.com/index.php?mid=football_world&document_srl=7401270014",
    ]),
    ("KCSC-240910-06", "clien", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00", "privacy", [
        "https://www.clien.net/service/board/park/18812345",
    ]),
    ("KCSC-240911-07", "inven", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", "drugs", [
        "https://www.inven.co.kr/board/lostark/4811/2290331",
        "https://www.inven.co.kr/board/maple/5974/771204",
        "https://m.inven.co.kr/board/lostark/4811/2290402",
    ]),
]
U = {r[0]: r[5] for r in REQUESTS}
D = U["KCSC-240902-01"]
N = U["KCSC-240903-02"]
K = U["KCSC-240905-03"]
S = U["KCSC-240906-04"]
F = U["KCSC-240909-05"]
C = U["KCSC-240910-06"]
I = U["KCSC-240911-07"]
K2_RAW = "https://hangaram-note.tistory.com/entry/주식-리딩방-무료초대"


def mid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls in REQUESTS:
            for i, u in enumerate(urls, 1):
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", "item %d of %d" % (i, len(urls))])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def hdr(text):
    """RFC 2047 encoded word (UTF-8, base64)."""
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def quoted(text):
    return "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, platform_name):
    lines = [
        "%s 담당자님께," % platform_name,
        "",
        "방송통신심의위원회입니다. 아래 정보에 대하여 시정요구(삭제)를 통보하오니",
        "조치 후 결과를 회신하여 주시기 바랍니다. (요청번호 %s)" % ref,
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "KCSC 통신심의국 드림"]
    return "\n".join(lines)


cases = []


def add(**c):
    cases.append(c)


# ================================================================ DC Inside
dc_rows = [
    (D[0], "삭제", "불법 도박 광고"),
    (D[1], "삭제", "불법 도박 광고"),
    (D[2], "유지", "위반 사항 확인되지 않음"),
    (D[3], "삭제", "불법 도박 광고"),
    (D[4], "삭제", "불법 도박 광고"),
    (D[5], "게시물 없음", "작성자가 이미 삭제함"),
    (D[6], "삭제", "불법 도박 광고"),
    (D[7], "유지", "위반 사항 확인되지 않음"),
    (D[8], "삭제", "개념글 반복 게시"),
    (D[9], "게시물 없음", "작성자가 이미 삭제함"),
]
rows_html = "\n".join(
    '<tr><td>%d</td><td><a href="%s">%s</a></td><td>%s</td><td>%s</td></tr>' % (i, u, u, st, note)
    for i, (u, st, note) in enumerate(dc_rows, 1)
)
add(
    name="dc-html-table-ten-rows",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Wed, 04 Sep 2024 16:12:40 +0900",
    subject="[디시인사이드] 시정요구 조치 결과 회신 (KCSC-240902-01)",
    reply_to_req=mid("KCSC-240902-01"),
    type="html",
    body="""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 디시인사이드 운영팀입니다.</p>
<p>방송통신심의위원회에서 통보하신 시정요구 건(KCSC-240902-01)에 대한 1차 조치 결과를 아래와 같이 알려드립니다.
나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#3b4890;color:#fff"><th>번호</th><th>게시물 주소</th><th>조치 결과</th><th>비고</th></tr>
""" + rows_html + """
</table>
<p>'유지' 건은 게시물 내용을 검토하였으나 도박 사이트 홍보로 볼 만한 부분이 확인되지 않아 게시를 유지하였습니다.</p>
<p>감사합니다.<br>디시인사이드 운영팀 드림</p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean 시정요구 조치 결과 table sent by a community site's operations team (HTML, status per row)",
    why="trusted DC Inside HTML table: six 삭제 (removed), two 유지 with reason (rejected), two 게시물 없음/작성자 삭제 (not_found)",
    items={
        D[0]: "removed", D[1]: "removed", D[2]: "rejected", D[3]: "removed", D[4]: "removed",
        D[5]: "not_found", D[6]: "removed", D[7]: "rejected", D[8]: "removed", D[9]: "not_found",
    },
)

dc_csv_rows = [
    ("1", D[0], "삭제", "2024-09-05 10:02"),
    ("2", D[1], "삭제", "2024-09-05 10:02"),
    ("3", D[2], "삭제", "2024-09-05 10:04"),
    ("4", D[3], "삭제", "2024-09-05 10:05"),
    ("5", D[4], "임시조치(30일)", "2024-09-05 10:05"),
    ("6", D[5], "게시물 없음(작성자 삭제)", ""),
    ("7", D[6], "삭제", "2024-09-05 10:07"),
    ("8", D[7], "유지(위반 아님)", ""),
    ("9", D[8], "삭제", "2024-09-05 10:09"),
    ("10", D[9], "삭제", "2024-09-05 10:09"),
    ("11", D[10], "존재하지 않는 게시물", ""),
    ("12", D[11], "삭제", "2024-09-05 10:11"),
    ("13", D[12], "성인인증 적용(19세 미만 열람 제한)", "2024-09-05 10:12"),
    ("14", D[13], "삭제", "2024-09-05 10:12"),
]
csv_text = "번호,게시물URL,처리결과,처리일시\r\n" + "".join(
    '%s,"%s",%s,%s\r\n' % r for r in dc_csv_rows
)
add(
    name="dc-csv-attachment-all-fourteen",
    **{"from": "report@dcinside.com"},
    name_from="DCInside Report",
    date="Thu, 05 Sep 2024 11:30:05 +0900",
    subject=hdr("RE: [방송통신심의위원회] 시정요구 통보 KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime="""Content-Type: multipart/mixed; boundary="----=_DC_240905_8812"

------=_DC_240905_8812
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64("""안녕하세요. 디시인사이드입니다.

요청번호 KCSC-240902-01 건 14개 게시물의 처리 결과를 첨부 파일(CSV)로 보내드립니다.
파일의 '처리결과' 열을 확인해 주시기 바랍니다.

디시인사이드 신고센터
""") + """

------=_DC_240905_8812
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

""" + b64(csv_text) + """

------=_DC_240905_8812--
""",
    outcome="applied",
    classification="confirmation",
    imitates="ticket reply with the per-URL result exported as a CSV attachment (Korean column headers)",
    why="CSV lists all 14 items: 9 삭제, 임시조치 and 성인인증 열람 제한 (restricted), 작성자 삭제/존재하지 않는 게시물 (not_found), 유지(위반 아님) (rejected)",
    items={
        D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "restricted",
        D[5]: "not_found", D[6]: "removed", D[7]: "rejected", D[8]: "removed", D[9]: "removed",
        D[10]: "not_found", D[11]: "removed", D[12]: "restricted", D[13]: "removed",
    },
)

add(
    name="dc-prose-korean-particles",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Fri, 06 Sep 2024 09:48:11 +0900",
    subject="Re: 시정요구 KCSC-240902-01 관련 추가 회신",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요, 디시인사이드 고객센터입니다.

지난번 회신에서 빠진 게시물에 대해 말씀드립니다.

코인 마이너 갤러리의 {D[3]} 게시물은 9월 5일 오전 도박 사이트 홍보글로 확인되어 삭제했습니다.
같은 갤러리의 글（{D[4]}）은 동일 작성자의 반복 게시물이어서 함께 삭제하였습니다.
{D[10]}의 경우 작성자가 이미 지운 글이라 현재 존재하지 않는 게시물입니다.

추가로 확인이 필요하시면 이 메일로 회신 부탁드립니다.

디시인사이드 고객센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean customer-centre prose reply, URLs followed by particles and full-width brackets",
    why="three unhedged statements: 771203 삭제, 771288 (in full-width brackets) 삭제, stockus/5120455 author-deleted, does not exist",
    items={D[3]: "removed", D[4]: "removed", D[10]: "not_found"},
)

add(
    name="dc-bulk-all-fourteen",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 17:02:33 +0900",
    subject="[디시인사이드] KCSC-240902-01 처리 완료 안내",
    reply_to_req=mid("KCSC-240902-01"),
    body="""안녕하세요. 디시인사이드 운영팀입니다.

요청번호 KCSC-240902-01로 통보해 주신 게시물 14건은 모두 삭제 처리를 완료하였습니다.
관련 작성자 IP 및 계정에 대해서는 내부 기준에 따라 이용 제한 조치를 병행하였습니다.

협조에 감사드립니다.
디시인사이드 운영팀
""",
    outcome="review",
    review="bulk",
    classification="confirmation",
    imitates="short portal 'all items processed' completion notice",
    why="one statement covering all 14 items of a multi-item request without naming each: bulk, nothing applied",
    items={},
)

add(
    name="dc-promise-sequential",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Tue, 03 Sep 2024 15:20:00 +0900",
    subject="Re: [KCSC-240902-01] 시정요구 통보",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요. 디시인사이드 고객센터입니다.

보내주신 시정요구 목록 중 아래 게시물은 현재 담당 부서에서 내용을 확인하고 있으며,
확인이 끝나는 대로 순차적으로 삭제 조치할 예정입니다.

- {D[10]}
- {D[11]}
- {D[12]}
- {D[13]}

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    classification="confirmation",
    imitates="customer-centre interim reply: items under checking, deletion 'will' follow",
    why="only a promise ('삭제 조치할 예정'): no status for the four listed items",
    items={D[10]: "pending", D[11]: "pending", D[12]: "pending", D[13]: "pending"},
)

add(
    name="dc-forged-dmarc-fail",
    **{"from": "admin@dcinside.com"},
    name_from="DCInside Admin",
    auth="fail",
    date="Sat, 07 Sep 2024 02:14:51 +0900",
    subject="Re: [KCSC-240902-01] 삭제 완료",
    body=f"""위원회 담당자님

요청하신 게시물 삭제 완료되었습니다.

{D[0]} - 삭제
{D[1]} - 삭제
{D[8]} - 삭제

이후 문의는 텔레그램 @dc_admin_desk 로 연락 바랍니다.
""",
    outcome="review",
    review="untrusted",
    imitates="spoofed platform address (DMARC fail) imitating a deletion notice",
    why="From dcinside.com but DKIM/SPF/DMARC fail: statements not trusted, items stay pending",
    items={D[0]: "pending", D[1]: "pending", D[8]: "pending"},
)

orig_dc = request_text("KCSC-240902-01", D, "디시인사이드")
add(
    name="dc-top-posted-two-over-quote",
    **{"from": "jhkim@dcinside.com"},
    name_from="김지훈",
    date="Mon, 09 Sep 2024 10:05:27 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 통보 KCSC-240902-01",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""담당자님 안녕하세요.

말씀하신 약물 갤러리 2건 처리했습니다.
{D[12]} 삭제
{D[13]} 삭제

나머지는 앞서 보내드린 회신 참고 부탁드립니다.

김지훈 / 디시인사이드 운영지원팀

2024년 9월 2일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(orig_dc)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="staff reply top-posted over the regulator's quoted request (Gmail Korean quote header)",
    why="only the two URLs above the quote are stated 삭제; the 14 quoted URLs are our own request",
    items={D[12]: "removed", D[13]: "removed"},
)

add(
    name="dc-ticket-receipt",
    **{"from": "noreply@dcinside.com"},
    name_from="디시인사이드",
    date="Mon, 02 Sep 2024 10:01:12 +0900",
    subject="[디시인사이드] 문의가 접수되었습니다 (접수번호 DC-240902-7781)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 디시인사이드입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호 : DC-240902-7781
문의제목 : [방송통신심의위원회] 시정요구 통보 KCSC-240902-01
접수일시 : 2024-09-02 10:01

담당자가 확인 후 순서대로 답변드리며, 주말 및 공휴일에는 답변이 지연될 수 있습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="helpdesk ticket receipt (접수 완료 자동 메일)",
    why="pure receipt with a ticket number, no statement about any item",
    items={},
)

add(
    name="dc-echoed-report-blocks",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    date="Sat, 07 Sep 2024 13:40:09 +0900",
    subject="[디시인사이드 신고센터] 신고 처리 결과 안내",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""[신고 처리 결과 안내]

신고하신 내용에 대한 처리 결과를 안내드립니다.

■ 신고 URL : {D[11]}
■ 신고 사유 : 불법 도박 광고
■ 처리 결과 : 삭제
■ 처리 일시 : 2024-09-07 13:21

■ 신고 URL : {D[8]}
■ 신고 사유 : 불법 도박 광고
■ 처리 결과 : 19세 미만 이용 제한 (성인인증 갤러리로 이동)
■ 처리 일시 : 2024-09-07 13:25

운영원칙 안내: https://gall.dcinside.com/policy/operation
이의가 있으신 경우 https://www.dcinside.com/help/appeal 에서 신청해 주세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="report-centre result notice echoing the report fields (신고 URL / 신고 사유 / 처리 결과)",
    why="echoed report blocks: m.dcinside coin_wave/771390 삭제 (removed), dcbest/248861 19세 미만 이용 제한 (restricted); policy and appeal links are not items",
    items={D[11]: "removed", D[8]: "restricted"},
)

add(
    name="dc-receipt-plus-statement",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Tue, 03 Sep 2024 18:11:45 +0900",
    subject="[디시인사이드] 문의 답변 (접수번호 DC-240903-0192)",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요, 디시인사이드 고객센터입니다.

문의가 접수되었습니다. (접수번호 DC-240903-0192)

신고하신 게시물 {D[2]} 은
확인 결과 도박 사이트 홍보 게시물로 판단되어 삭제되었습니다.

나머지 게시물은 담당 부서 확인 후 별도로 안내드리겠습니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="ticket answer that opens with the receipt phrase and then gives a result",
    why="receipt phrase plus an unhedged statement: baseball_new11/9931207 삭제되었습니다 (removed); the rest only promised",
    items={D[2]: "removed"},
)

add(
    name="dc-outlook-original-message",
    **{"from": "global-support@dcinside.com"},
    name_from="DCInside Global Support",
    date="Thu, 05 Sep 2024 19:33:02 +0900",
    subject="RE: Correction request KCSC-240902-01",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""Dear KCSC team,

Thank you for your notice. The following posts were deleted by our moderation team today:

  * {D[4]}
  * {D[6]}

We will send the result for the other links separately.

Best regards,
Park Seoyeon
DCInside Global Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: report@dcinside.com
Subject: [방송통신심의위원회] 시정요구 통보 KCSC-240902-01

""" + orig_dc + "\n",
    outcome="applied",
    classification="confirmation",
    imitates="English Outlook reply with the request below '-----Original Message-----'",
    why="coin_wave/771288 and nightbus/20417 deleted; the URLs below the Outlook separator are our own request",
    items={D[4]: "removed", D[6]: "removed"},
)

# ================================================================ NAVER
add(
    name="naver-temporary-measure-and-delete",
    **{"from": "rights-noreply@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date="Thu, 05 Sep 2024 14:00:31 +0900",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240903-02)",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 알려드립니다.

1) 블로그 게시물
   {N[0]}
   → 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다.
     게시자가 재게시를 요청하지 않으면 기간 경과 후 삭제됩니다.

2) 카페 게시물
   {N[1]}
   → 카페 운영원칙 위반이 확인되어 삭제되었습니다.

처리 결과에 대한 문의는 네이버 고객센터(https://help.naver.com/)로 해주시기 바랍니다.

네이버 주식회사 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 notice (30-day temporary measure under 정보통신망법 44조의2)",
    why="blog post 임시조치 (restricted; the later deletion is only conditional), cafe post 삭제 (removed); help.naver.com is not an item",
    items={N[0]: "restricted", N[1]: "removed"},
)

add(
    name="naver-english-korean-mixed",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy Team",
    date="Fri, 06 Sep 2024 11:25:40 +0900",
    subject="RE: KCSC-240903-02 / 시정요구 결과",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""Dear KCSC,

Please find our result for two of the links in your request below.

- 지식iN answer: {N[2]}
  The answer has been made private (비공개 처리) and is no longer visible to anyone.

- Blog post: {N[3]}
  We reviewed this post against the 네이버 운영정책 and found that it does not identify
  the person concerned; it does not violate our policy and will remain available.

The other two links were answered by our 권리보호센터 separately.

Regards,
NAVER Policy Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="bilingual policy-team reply from a Korean portal to a regulator",
    why="지식iN answer made private (removed); blog post found not violating and left up (rejected)",
    items={N[2]: "removed", N[3]: "rejected"},
)

add(
    name="naver-hedged-appears-deleted",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy Team",
    date="Wed, 04 Sep 2024 16:48:19 +0900",
    subject="Re: KCSC-240903-02",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요, 네이버 정책팀입니다.

요청하신 게시물 중 {N[3]} 은 현재 접속해 보면 이미 삭제된 것으로 보입니다.
시스템상 최종 상태는 아직 확인 중이며,
{N[0]} 는 담당 부서에서 검토 중입니다.

확인되는 대로 정식 결과를 보내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    classification="confirmation",
    imitates="portal staff interim reply with a hedged observation ('삭제된 것으로 보입니다') and 'under review'",
    why="hedge ('보입니다', still being confirmed) and 검토 중: no status for either named item",
    items={N[3]: "pending", N[0]: "pending"},
)

add(
    name="naver-asks-official-letter",
    **{"from": "rights-noreply@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date="Wed, 04 Sep 2024 10:12:58 +0900",
    subject="[NAVER] 게시중단 요청 보완 요청 안내",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물에 대한 게시중단 처리를 위해 아래 자료의 보완을 요청드립니다.

대상 게시물
 - {N[1]}
 - {N[2]}

보완 요청 자료
 1. 귀 위원회 명의의 시정요구 공문 사본 (PDF)
 2. 담당자 성명 및 연락처

자료 접수 후 검토를 진행하며, 보완 기간(7일) 내 회신이 없으면 요청이 종료될 수 있습니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="NAVER 게시중단 요청 '보완 요청' notice asking for supporting documents",
    why="asks for the official letter before acting; no status for the two named items",
    items={N[1]: "pending", N[2]: "pending"},
)

add(
    name="naver-out-of-office-chuseok",
    **{"from": "yuna.choi@navercorp.com"},
    name_from="최유나",
    date="Fri, 13 Sep 2024 18:00:02 +0900",
    subject=hdr("[부재중] 자동 회신: [KCSC-240903-02] 시정요구 결과 재확인 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 최유나입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)부터 순차적으로 확인하여 회신드리겠습니다.

급한 게시중단 관련 문의는 policy@navercorp.com 으로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean 부재중 자동 회신 (Chuseok holiday out-of-office)",
    why="out-of-office auto-reply quoting our request's subject; no statement",
    items={},
)

add(
    name="naver-quoted-printable-result",
    **{"from": "rights-noreply@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date="Mon, 09 Sep 2024 09:30:44 +0900",
    subject=hdr("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240903-02, 추가)"),
    reply_to_req=mid("KCSC-240903-02"),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""안녕하세요. 네이버 권리보호센터입니다.

요청번호 KCSC-240903-02의 추가 처리 결과입니다.

[카페] {N[1]}
처리 결과: 게시물 삭제 (카페 매니저 확인 후 운영자 삭제)

[지식iN] {N[2]}
처리 결과: 존재하지 않는 게시물입니다. 작성자가 질문을 삭제하여 확인할 수 없습니다.

감사합니다.
""") + "\n",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER result notice sent as quoted-printable text",
    why="cafe post 운영자 삭제 (removed); 지식iN question deleted by its author, does not exist (not_found)",
    items={N[1]: "removed", N[2]: "not_found"},
)

naver_csv = "URL,조치결과,사유\r\n" + "".join(
    '%s,%s,%s\r\n' % r for r in [
        (N[0], "블라인드", "명예훼손 게시물"),
        (N[1], "삭제", "카페 운영원칙 위반"),
        (N[2], "게시물 없음", "작성자 삭제"),
        (N[3], "임시조치", "권리침해 주장 접수(30일)"),
    ]
)
add(
    name="naver-csv-four-statuses",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy Team",
    date="Tue, 10 Sep 2024 17:45:10 +0900",
    subject="[NAVER] KCSC-240903-02 최종 처리 결과",
    reply_to_req=mid("KCSC-240903-02"),
    raw_mime="""Content-Type: multipart/mixed; boundary="nv-b7c1e2"

--nv-b7c1e2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책팀입니다.
KCSC-240903-02 4건의 최종 처리 결과를 첨부드립니다.

--nv-b7c1e2
Content-Type: text/csv; charset=utf-8
Content-Disposition: attachment; filename="naver_KCSC-240903-02.csv"
Content-Transfer-Encoding: base64

""" + b64(naver_csv) + """

--nv-b7c1e2--
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal policy team's final result as a CSV attachment",
    why="CSV: 블라인드 (removed), 삭제 (removed), 게시물 없음/작성자 삭제 (not_found), 임시조치 (restricted)",
    items={N[0]: "removed", N[1]: "removed", N[2]: "not_found", N[3]: "restricted"},
)

add(
    name="naver-delivery-delayed-dsn",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 15:02:00 +0900",
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-3F2A"

--dsn-3F2A
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<policy@navercorp.com>: connect to mx1.navercorp.com[203.0.113.25]:25:
    Connection timed out

--dsn-3F2A
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue,  3 Sep 2024 11:00:04 +0900 (KST)

Final-Recipient: rfc822; policy@navercorp.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx1.navercorp.com[203.0.113.25]:25: Connection
    timed out
Will-Retry-Until: Sun,  8 Sep 2024 11:00:04 +0900 (KST)

--dsn-3F2A
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy@navercorp.com
Subject: =?UTF-8?B?7Iuc7KCV7JqU6rWsIO2GteuztCBLQ1NDLTI0MDkwMy0wMg==?=
Message-ID: <req.KCSC-240903-02@kcsc.example>
Date: Tue, 3 Sep 2024 11:00:00 +0900

--dsn-3F2A--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery-delay DSN (multipart/report, Action: delayed)",
    why="our own MTA's delay warning about the request to NAVER; a bounce, no statement",
    items={},
)

add(
    name="naver-lookalike-phishing",
    **{"from": "no-reply@naver-rightscenter.com"},
    name_from="NAVER 권리보호센터",
    date="Sun, 08 Sep 2024 03:27:19 +0900",
    subject="[NAVER] 게시중단 요청 KCSC-240903-02 처리 완료 - 결과 확인 필요",
    body=f"""방송통신심의위원회 담당자님,

요청하신 아래 게시물이 모두 삭제 처리되었습니다.

{N[0]}
{N[1]}

처리 결과 확인서를 받으시려면 48시간 이내에 아래 페이지에서 위원회 계정으로 로그인해 주십시오.
https://naver-rightscenter.com/kcsc/verify?case=KCSC-240903-02

네이버 권리보호센터
""",
    outcome="review",
    review="unknown_sender",
    imitates="look-alike domain phishing mail dressed as a NAVER rights-centre notice",
    why="sender domain naver-rightscenter.com is no platform's domain; names our request and two URLs",
    items={N[0]: "pending", N[1]: "pending"},
)

# ================================================================ Daum / Kakao
add(
    name="daum-raw-korean-tistory-url",
    **{"from": "notice@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 13:10:27 +0900",
    subject="[카카오] 시정요구 조치 결과 회신 - KCSC-240905-03",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물의 조치 결과를 알려드립니다.

· 티스토리 게시글 {K2_RAW} 은 운영정책 위반(투자 사기 유도)으로 비공개 처리하였습니다.
· 다음카페 게시글 {K[0]} 는 카페 운영정책에 따라 삭제하였습니다.
· 다음카페 게시글 {K[2]} 는 검토 결과 투자 정보 공유 글로서 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

감사합니다.
카카오 고객센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao customer-centre 조치 결과 reply; Tistory URL written with its raw Korean slug",
    why="raw Korean Tistory URL 비공개 처리 (removed; matches the percent-encoded request URL), cafe/512 삭제 (removed), cafe/530 유지 with reason (rejected)",
    items={K[1]: "removed", K[0]: "removed", K[2]: "rejected"},
)

add(
    name="daum-search-blocks-naver-url",
    **{"from": "search-policy@kakaocorp.com"},
    name_from="카카오 검색정책",
    date="Tue, 10 Sep 2024 10:40:00 +0900",
    subject="Daum 검색 노출 제한 조치 안내",
    body=f"""안녕하세요. 카카오 검색정책 담당자입니다.

귀 위원회에서 검토를 요청하신 아래 주소는 네이버 블로그 게시물로,
당사가 게시물 자체를 삭제할 수는 없으나 Daum 검색 결과에서 노출되지 않도록 차단 조치하였습니다.

{N[0]}

원 게시물의 삭제는 해당 서비스 제공자에게 요청해 주시기 바랍니다.
""",
    outcome="review",
    review="wrong_platform",
    classification="confirmation",
    imitates="search engine's notice that it delisted a third-party URL from its results",
    why="Kakao (Daum) states a measure on a NAVER blog item: another platform's item, review wrong_platform",
    items={N[0]: "pending"},
)

daum_html = f"""<html><body>
<div style="font-size:14px">
<p>안녕하세요, Daum 카페 운영팀입니다.</p>
<p>요청번호 <b>KCSC-240905-03</b> 관련하여 아래와 같이 조치하였습니다.</p>
<ul>
<li><a href="{K[0]}">{K[0]}</a><br>조치: <b>게시글 삭제</b></li>
<li><a href="{K[2]}">{K[2]}</a><br>조치: <b>청소년 유해 게시물 지정 &ndash; 19세 미만 열람 제한</b></li>
</ul>
<p>카페 운영정책: <a href="https://cs.daum.net/faq/cafe/policy">https://cs.daum.net/faq/cafe/policy</a></p>
<p>Daum 카페 운영팀 드림</p>
</div>
</body></html>
"""
add(
    name="daum-base64-html-list",
    **{"from": "cafe-ops@daum.net"},
    name_from="Daum 카페 운영팀",
    date="Thu, 12 Sep 2024 09:05:14 +0900",
    subject=hdr("Re: [KCSC-240905-03] 다음카페 게시글 재검토 결과"),
    reply_to_req=mid("KCSC-240905-03"),
    raw_mime="""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(daum_html) + "\n",
    outcome="applied",
    classification="confirmation",
    imitates="Daum cafe operations HTML notice, base64-encoded body",
    why="cafe/512 게시글 삭제 (removed); cafe/530 19세 미만 열람 제한 (restricted); policy FAQ link is not an item",
    items={K[0]: "removed", K[2]: "restricted"},
)

add(
    name="daum-read-receipt",
    **{"from": "jisoo.han@kakaocorp.com"},
    name_from="한지수",
    date="Fri, 06 Sep 2024 09:12:45 +0900",
    subject=hdr("읽음: [방송통신심의위원회] 시정요구 통보 KCSC-240905-03"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-77a1"

--mdn-77a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[방송통신심의위원회] 시정요구 통보 KCSC-240905-03"을(를)
받는 사람이 2024-09-06 09:12에 읽었습니다.

--mdn-77a1
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822; jisoo.han@kakaocorp.com
Original-Message-ID: <req.KCSC-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-77a1--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, disposition-notification)",
    why="read receipt for our request; no statement",
    items={},
)

add(
    name="daum-english-tistory-with-help-links",
    **{"from": "trust-safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Wed, 11 Sep 2024 20:02:36 +0900",
    subject="Tistory report outcome - KCSC-240905-03",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""Hello,

Following your correction request KCSC-240905-03, we have taken down the Tistory post below.
It is no longer accessible to any user.

  {K[1]}

The blog owner has been notified and may appeal through https://cs.kakao.com/appeal .
For our content rules, see https://www.tistory.com/guide/policy .

Kakao Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="English trust-and-safety outcome notice with appeal and policy links",
    why="Tistory post taken down (removed); the appeal and policy pages are not items",
    items={K[1]: "removed"},
)

# ================================================================ SOOP
add(
    name="soop-english-vod-and-post",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Safety Center",
    date="Mon, 09 Sep 2024 15:55:08 +0900",
    subject="[SOOP] Result of correction request KCSC-240906-04",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""Dear KCSC,

We have completed our review of the two items in your request.

VOD: {S[0]}
The VOD has been deleted, and the broadcaster's channel has been suspended for 7 days.

Channel post: {S[1]}
This post had already been deleted by the streamer before our review, so there was
nothing left for us to act on.

SOOP Safety Center
""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) safety-centre result mail in English",
    why="VOD deleted (removed); channel post already deleted by its author (not_found)",
    items={S[0]: "removed", S[1]: "not_found"},
)

add(
    name="soop-bulk-two-items",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP 안전센터",
    date="Sun, 08 Sep 2024 11:20:30 +0900",
    subject="[SOOP] 시정요구 처리 완료 (KCSC-240906-04)",
    reply_to_req=mid("KCSC-240906-04"),
    body="""안녕하세요. SOOP 안전센터입니다.

요청번호 KCSC-240906-04로 신고하신 다시보기 및 방송국 게시글 2건 모두 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    classification="confirmation",
    imitates="one-line Korean completion notice covering the whole request",
    why="'2건 모두 삭제' for a two-item request without naming each URL: bulk, nothing applied",
    items={},
)

add(
    name="soop-under-review-english",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Safety Center",
    date="Fri, 06 Sep 2024 18:30:11 +0900",
    subject="Re: [KCSC-240906-04] correction request",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""Dear KCSC,

Thank you for your request. The following items are currently under review by our policy team:

{S[0]}
{S[1]}

We will inform you of the outcome within three business days. If the content is found
to violate our Community Guidelines, it will be removed.
""",
    outcome="review",
    review="not_understood",
    classification="confirmation",
    imitates="English 'under review, we will inform you' interim reply",
    why="under review and a conditional promise: no status for either named item",
    items={S[0]: "pending", S[1]: "pending"},
)

add(
    name="soop-age-restricted-vod",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP 안전센터",
    date="Tue, 10 Sep 2024 10:14:52 +0900",
    subject="[SOOP] 다시보기 조치 결과 안내",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""안녕하세요. SOOP 안전센터입니다.

요청하신 다시보기({S[0]})에 대해
방송 중 선정적 장면이 일부 포함된 것으로 확인되어, 19세 이상 시청 가능하도록 연령 제한을 설정하였습니다.
성인 인증을 하지 않은 이용자는 해당 다시보기를 볼 수 없습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP 다시보기 연령 제한(19세) 조치 안내",
    why="VOD age-restricted to 19+ (restricted); URL inside parentheses followed by Korean particle",
    items={S[0]: "restricted"},
)

add(
    name="soop-statement-of-reasons",
    **{"from": "trust@sooplive.com"},
    name_from="SOOP Global Trust & Safety",
    date="Thu, 12 Sep 2024 08:00:00 +0900",
    subject="Statement of reasons - decision on reported content (KCSC-240906-04)",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""STATEMENT OF REASONS

Reference:        KCSC-240906-04
Content:          {S[1]}
Content type:     Channel post (text and image)
Decision:         Access restricted for users in the Republic of Korea
Ground:           Illegal content under the law of the Republic of Korea
                  (notice from the competent authority)
Automated means:  No automated means were used in taking this decision
Date of decision: 11 September 2024

Redress: the uploader may contest this decision through https://www.sooplive.com/help/appeal .
""",
    outcome="applied",
    classification="confirmation",
    imitates="DSA-style statement of reasons (decision, ground, automated means, redress)",
    why="channel post geo-restricted in Korea (restricted); appeal page is not an item",
    items={S[1]: "restricted"},
)

# ================================================================ FM Korea
add(
    name="fm-numbered-list-status-below",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    date="Wed, 11 Sep 2024 14:22:10 +0900",
    subject="[에펨코리아] KCSC-240909-05 처리 결과",
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""안녕하세요. 에펨코리아 운영진입니다.
요청하신 5건 처리 결과 아래와 같습니다.

1. {F[0]}
   → 삭제 완료 (작성자 영구 차단)

2. {F[1]}
   → 삭제 완료

3. {F[2]}
   → 해당 글 없음 (존재하지 않는 문서입니다)

4. {F[3]}
   → 유지: 스포츠 토토(합법) 구매 인증 글로 불법 도박 홍보에 해당하지 않습니다.

5. {F[4]}
   → 삭제 완료

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="community-site admin's numbered list with the result on the line below each URL",
    why="three 삭제 완료 (removed), one 존재하지 않는 문서 (not_found), one 유지 with reason (rejected)",
    items={F[0]: "removed", F[1]: "removed", F[2]: "not_found", F[3]: "rejected", F[4]: "removed"},
)

orig_fm = request_text("KCSC-240909-05", F, "에펨코리아")
add(
    name="fm-gmail-quote-two-of-five",
    **{"from": "mod.team@fmkorea.com"},
    name_from="에펨코리아 모더레이터팀",
    date="Tue, 10 Sep 2024 16:03:40 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 통보 KCSC-240909-05",
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""우선 확인된 2건 먼저 삭제했습니다.

{F[1]}
{F[3]}

위 두 글은 모두 삭제했고 나머지 3건은 확인 중입니다.

2024년 9월 9일 (월) 오전 10:20, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(orig_fm)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="short moderator reply above a Gmail-quoted request",
    why="two URLs, then '위 두 글은 모두 삭제했고' naming them just above (removed); the other three are 확인 중 and only quoted",
    items={F[1]: "removed", F[3]: "removed"},
)

add(
    name="fm-volunteer-moderator-gmail",
    **{"from": "fmk.football.mod@gmail.com"},
    name_from="해외축구 게시판 매니저",
    date="Wed, 11 Sep 2024 23:41:05 +0900",
    subject="KCSC-240909-05 관련",
    body=f"""안녕하세요, 에펨코리아 해외축구 게시판 매니저입니다.
운영진 메일로 전달받은 건 중 제 게시판 글 두 개는 제가 직접 지웠습니다.

{F[1]}
{F[4]}

나머지는 운영진이 답변드릴 거예요.
""",
    outcome="review",
    review="unknown_sender",
    imitates="volunteer board moderator writing from a personal Gmail address",
    why="gmail.com is no platform's domain; the statements name our request and two FM Korea URLs",
    items={F[1]: "pending", F[4]: "pending"},
)

add(
    name="fm-angle-brackets-wrapped",
    **{"from": "admin@fmkorea.com"},
    name_from="FMKorea Admin",
    date="Fri, 13 Sep 2024 11:11:11 +0900",
    subject="RE: KCSC-240909-05 remaining items",
    reply_to_req=mid("KCSC-240909-05"),
    body="""Hello,

Result for the two remaining posts:

<https://www.fmkorea.com/index.php?mid=football_world&document_
srl=7401270014> - deleted by admin on 12 Sep.

<https://www.fmkorea.com/7401238811> - kept. It is a news summary with no betting
site link, so it does not break our rules.

FMKorea Admin
""",
    outcome="applied",
    classification="confirmation",
    imitates="plain-text admin reply with URLs in angle brackets, one wrapped by the mail client",
    why="wrapped <…document_srl=7401270014> deleted (removed); 7401238811 kept with reason (rejected)",
    items={F[4]: "removed", F[0]: "rejected"},
)

fm_orig_mail = request_text("KCSC-240909-05", F, "에펨코리아")
add(
    name="fm-bounce-abuse-mailbox",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 10:20:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-9C4B"

--dsn-9C4B
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse@fmkorea.com>: host mx.fmkorea.com[198.51.100.77] said: 550 5.1.1
    <abuse@fmkorea.com>: Recipient address rejected: User unknown (in reply
    to RCPT TO command)

--dsn-9C4B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon,  9 Sep 2024 10:20:02 +0900 (KST)

Final-Recipient: rfc822; abuse@fmkorea.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse@fmkorea.com>: Recipient address
    rejected: User unknown

--dsn-9C4B
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@fmkorea.com
Subject: =?UTF-8?B?7Iuc7KCV7JqU6rWsIO2GteuztCBLQ1NDLTI0MDkwOS0wNQ==?=
Message-ID: <req.KCSC-240909-05@kcsc.example>
Date: Mon, 9 Sep 2024 10:20:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

""" + fm_orig_mail + """

--dsn-9C4B--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' DSN carrying our request",
    why="bounce of our own request (5.1.1 user unknown); the URLs are in our returned message",
    items={},
)

add(
    name="fm-english-bare-urls-status-below",
    **{"from": "admin@fmkorea.com"},
    name_from="FMKorea Admin",
    date="Thu, 12 Sep 2024 09:40:00 +0900",
    subject="Result of your request KCSC-240909-05",
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""Result of your request KCSC-240909-05:

{F[0]}
Removed

{F[3]}
No violation found - the post remains online

Other posts: see our earlier mail.
""",
    outcome="applied",
    classification="confirmation",
    imitates="terse English result list, bare URL with status on the next line",
    why="7401238811 Removed; 7401262305 no violation, remains online (rejected)",
    items={F[0]: "removed", F[3]: "rejected"},
)

# ================================================================ Clien
add(
    name="clien-sole-statement-no-url",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    date="Wed, 11 Sep 2024 10:30:00 +0900",
    subject="RE: [KCSC-240910-06] 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240910-06"),
    body="""안녕하세요. 클리앙 운영진입니다.

요청하신 게시글은 개인정보(실명 및 연락처) 노출이 확인되어 운영진이 삭제 처리하였습니다.
작성자에게는 이용규칙에 따라 30일 이용정지 조치를 하였습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="short community admin reply naming no URL, answering a one-item request",
    why="the request has one item; an unhedged '삭제 처리하였습니다' for 'the requested post' applies to it (removed)",
    items={C[0]: "removed"},
)

add(
    name="clien-rejected-with-reason",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    date="Thu, 12 Sep 2024 15:18:25 +0900",
    subject="RE: [KCSC-240910-06] 게시물 검토 결과",
    reply_to_req=mid("KCSC-240910-06"),
    body=f"""안녕하세요. 클리앙 운영진입니다.

{C[0]}

위 게시글을 다시 확인하였습니다. 게시글에 언급된 연락처는 업체의 대표 번호로 공개된 정보이며
특정 개인을 식별할 수 있는 내용이 없어 클리앙 이용규칙 위반에 해당하지 않습니다.
따라서 게시글은 삭제하지 않고 유지합니다.

이의가 있으시면 회신 주시기 바랍니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="community admin refusal with its reason, URL on the line above the statement",
    why="post reviewed, no rule broken, kept (rejected)",
    items={C[0]: "rejected"},
)

add(
    name="clien-out-of-office-english",
    **{"from": "sungmin.lee@clien.net"},
    name_from="Sungmin Lee",
    date="Tue, 10 Sep 2024 15:00:41 +0900",
    subject="Automatic reply: [KCSC-240910-06] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: sungmin.lee@clien.net"],
    body="""Thank you for your email.

I am out of the office until Monday, 23 September, with limited access to email.
For urgent matters about posts on Clien, please write to admin@clien.net.

감사합니다.
Sungmin Lee
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply to our request; no statement",
    items={},
)

# ================================================================ Inven
add(
    name="inven-text-table",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객센터",
    date="Fri, 13 Sep 2024 17:20:19 +0900",
    subject="[인벤] 시정요구(KCSC-240911-07) 조치 결과",
    reply_to_req=mid("KCSC-240911-07"),
    body=f"""안녕하세요, 인벤 고객센터입니다.
통보하신 게시물의 조치 결과입니다.

+----+------------------------------------------------------+---------------------------+
| No | 게시물 주소                                          | 조치 결과                 |
+----+------------------------------------------------------+---------------------------+
| 1  | {I[0]:<52} | 삭제                      |
| 2  | {I[1]:<52} | 임시조치 (30일 접근 제한) |
| 3  | {I[2]:<52} | 해당 게시물 없음          |
+----+------------------------------------------------------+---------------------------+

※ 3번은 신고 접수 전에 작성자가 삭제한 글입니다.

인벤 고객센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean game-portal reply with a fixed-width text table",
    why="text table: 삭제 (removed), 임시조치 30일 접근 제한 (restricted), 게시물 없음 / author-deleted (not_found)",
    items={I[0]: "removed", I[1]: "restricted", I[2]: "not_found"},
)

add(
    name="inven-conditional-if-confirmed",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객센터",
    date="Thu, 12 Sep 2024 11:02:36 +0900",
    subject="Re: [KCSC-240911-07] 시정요구 통보",
    reply_to_req=mid("KCSC-240911-07"),
    body=f"""안녕하세요, 인벤 고객센터입니다.

아래 게시물은 판매 글 여부를 게시판 담당자가 확인하고 있습니다.
의약품 불법 판매로 확인될 경우 즉시 삭제하고 작성자 계정을 정지하겠습니다.

{I[0]}
{I[1]}

확인 결과는 다음 주 중 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    classification="confirmation",
    imitates="game-portal interim reply with a conditional promise ('확인될 경우 삭제하겠습니다')",
    why="condition and promise only: no status for the two named items",
    items={I[0]: "pending", I[1]: "pending"},
)

add(
    name="inven-internal-forward",
    **{"from": "hyejin.oh@inven.co.kr"},
    name_from="오혜진",
    date="Mon, 16 Sep 2024 09:15:03 +0900",
    subject="FW: 로스트아크 게시판 신고 건 처리",
    body=f"""위원회 담당자님께,

운영팀에서 내부적으로 공유받은 내용을 그대로 전달드립니다.

---------- Forwarded message ---------
보낸 사람: 인벤 로스트아크 운영팀 <la-ops@inven.co.kr>
Date: 2024년 9월 13일 (금) 오후 6:40
Subject: 로스트아크 게시판 신고 건 처리
To: <hyejin.oh@inven.co.kr>

혜진님, 위원회 건 로스트아크 게시판 글 처리했어요.
{I[0]} 삭제
{I[2]} 는 이미 없는 글이에요.
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="staff member forwarding an internal team message to the regulator (Gmail-style forward header)",
    why="the statements are inside a forwarded internal message, not the sender's own: forwarded, nothing applied",
    items={I[0]: "pending", I[2]: "pending"},
)

add(
    name="inven-html-fullwidth-brackets",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객센터",
    date="Tue, 17 Sep 2024 14:44:50 +0900",
    subject="[인벤] 시정요구 KCSC-240911-07 추가 조치 안내",
    reply_to_req=mid("KCSC-240911-07"),
    type="html",
    body=f"""<html><body>
<p>안녕하세요, 인벤 고객센터입니다.</p>
<p>추가로 확인된 사항을 안내드립니다.</p>
<p>1. 로스트아크 인벤 자유게시판 글「{I[0]}」은 의약품 판매 유도 글로 확인되어 삭제하였습니다.</p>
<p>2. 모바일 주소로 통보하신 글「<a href="{I[2]}">{I[2]}</a>」도 동일 작성자의 글로 확인되어 운영자 삭제 처리하였습니다.</p>
<p>문의: <a href="https://www.inven.co.kr/member/cs/">인벤 고객센터</a></p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean HTML notice with URLs in 「」 corner brackets followed by particles",
    why="both named posts deleted (removed); the 고객센터 link is not an item",
    items={I[0]: "removed", I[2]: "removed"},
)

# ================================================================ stray mail
add(
    name="nate-policy-newsletter",
    **{"from": "news@nate.com"},
    name_from="네이트",
    date="Wed, 18 Sep 2024 10:00:00 +0900",
    subject="[네이트] 네이트판 청소년 보호정책 개정 안내",
    type="html",
    body="""<html><body>
<h3>네이트판 청소년 보호정책 개정 안내</h3>
<p>안녕하세요, 네이트입니다.</p>
<p>2024년 10월 1일부터 네이트판 청소년 보호정책이 아래와 같이 개정됩니다.</p>
<ul>
<li>청소년 유해 게시물 신고 시 처리 기한을 72시간에서 48시간으로 단축</li>
<li>신고 처리 결과 알림을 이메일과 앱 알림으로 함께 발송</li>
</ul>
<p>자세한 내용은 <a href="https://pann.nate.com/notice/policy2024">공지사항</a>에서 확인하실 수 있습니다.</p>
<p style="font-size:11px;color:#888">본 메일은 발신 전용입니다. 수신을 원하지 않으시면 <a href="https://member.nate.com/unsubscribe">수신 거부</a>를 눌러 주세요.</p>
</body></html>""",
    outcome="review",
    review="no_claims",
    imitates="portal policy-change newsletter sent to a business mailbox",
    why="trusted Nate mail naming no requested item and no request: no_claims",
    items={},
)

add(
    name="ppomppu-report-receipt",
    **{"from": "noreply@ppomppu.co.kr"},
    name_from="뽐뿌",
    date="Thu, 12 Sep 2024 13:37:00 +0900",
    subject="[뽐뿌] 신고가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 뽐뿌입니다.

보내주신 신고가 접수되었습니다.
접수번호: PP-2409-55120

신고 내용은 운영진이 확인 후 처리하며, 처리 결과는 별도로 안내드리지 않을 수 있습니다.
이 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="community site's automatic report receipt",
    why="pure receipt with a receipt number; nothing about any item",
    items={},
)


HEADER = """# Blind set 843 (tests/corpus/blind843/): Korean portals and community
# sites mixing Korean and English, with doubtful and ignorable mail.
# Written from each email's meaning before any run of the reader.
# Generated by make.py: edit the case list there, not this file."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
