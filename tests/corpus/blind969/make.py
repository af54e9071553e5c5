#!/usr/bin/env python3
"""Blind set 969: Korean portals and community sites (DC Inside, NAVER,
Daum/Kakao incl. Tistory, SOOP, Clien, FM Korea, Inven; Nate and Ppomppu
configured without requests), mixing Korean and English, with the doubtful
and ignorable mail a regulator's mailbox receives.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind969/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
D = {
    1: "https://gall.dcinside.com/board/view/?id=moonbyul_stock&no=8812031",
    2: "https://gall.dcinside.com/board/view/?id=moonbyul_stock&no=8812577",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinbridge&no=402113",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coinbridge&no=402160",
    5: "https://gall.dcinside.com/mgallery/board/view/?id=totolab_x&no=55021",
    6: "https://gall.dcinside.com/mgallery/board/view/?id=totolab_x&no=55098",
    7: "https://gall.dcinside.com/mgallery/board/view/?id=totolab_x&no=55140",
    8: "https://gall.dcinside.com/board/view/?id=dramaroom_new&no=1290044",
    9: "https://gall.dcinside.com/mini/board/view/?id=hanbitfan&no=3321",
    10: "https://gall.dcinside.com/mini/board/view/?id=hanbitfan&no=3390",
    11: "https://m.dcinside.com/board/yagu_lounge/9930172",
    12: "https://m.dcinside.com/board/yagu_lounge/9931005",
    13: "https://gall.dcinside.com/board/view/?id=bitsignal_new&no=3120087",
}
N = {
    1: "https://blog.naver.com/moonlit_fox77/223551208841",
    2: "https://cafe.naver.com/jjinpanclub/184402",
    3: "https://cafe.naver.com/jjinpanclub/184455",
    4: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122093",
    5: "https://blog.naver.com/PostView.naver?blogId=greenhill_22&logNo=223560017733",
}
K3_RAW = "https://gold-signal.tistory.com/entry/리딩방-무료-참여"
K = {
    1: "https://cafe.daum.net/goldstock119/Xq3f/2281",
    2: "https://cafe.daum.net/goldstock119/Xq3f/2290",
    3: "https://gold-signal.tistory.com/entry/%EB%A6%AC%EB%94%A9%EB%B0%A9-%EB%AC%B4%EB%A3%8C-%EC%B0%B8%EC%97%AC",
    4: "https://cafe.daum.net/dreamtoto/QqLm/915",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131877204",
    2: "https://ch.sooplive.co.kr/nightowl77bj",
    3: "https://vod.sooplive.co.kr/player/131902551",
}
C = {
    1: "https://www.clien.net/service/board/park/18822104",
    2: "https://www.clien.net/service/board/sold/18823390",
}
F = {
    1: "https://www.fmkorea.com/7421108832",
    2: "https://www.fmkorea.com/7421236610",
}
I1 = "https://www.inven.co.kr/board/lineagem/5019/2284411"

REQ = [
    ("KCSC-240903-01", "dcinside", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00",
     [D[i] for i in range(1, 14)], "illegal_gambling",
     "req-240903-01", "사설 토토·리딩방 홍보 게시물 (갤러리 7곳)"),
    ("KCSC-240905-02", "naver", "2024-09-05T14:30:00+09:00", "2024-09-12T18:00:00+09:00",
     [N[i] for i in range(1, 6)], "illegal_finance",
     "req-240905-02", "불법 투자자문 홍보 블로그·카페·지식iN"),
    ("KCSC-240909-03", "daum", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00",
     [K[i] for i in range(1, 5)], "illegal_finance",
     "req-240909-03", "Daum 카페 및 티스토리 리딩방 모집"),
    ("KCSC-240911-04", "soop", "2024-09-11T11:05:00+09:00", "2024-09-18T18:00:00+09:00",
     [S[i] for i in range(1, 4)], "obscenity",
     "req-240911-04", "SOOP VOD 2건과 방송국 1곳"),
    ("KCSC-240912-05", "clien", "2024-09-12T16:20:00+09:00", "2024-09-19T18:00:00+09:00",
     [C[1], C[2]], "privacy",
     "req-240912-05", "개인정보 노출 게시물"),
    ("KCSC-240913-06", "fmkorea", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [F[1], F[2]], "defamation",
     "req-240913-06", "허위사실 유포 게시물"),
    ("KCSC-240916-07", "inven", "2024-09-16T09:15:00+09:00", "2024-09-23T18:00:00+09:00",
     [I1], "illegal_trade",
     "req-240916-07", "게임 계정 불법 거래 홍보"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQ:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def request_text(ref, urls, prefix=""):
    """Our own request as platforms quote it back."""
    lines = [
        "안녕하십니까, 방송통신심의위원회 불법정보 삭제요청 담당입니다.",
        "",
        f"아래 정보는 위원회 심의 결과 불법정보로 의결되어 시정요구합니다 (참조번호 {ref}).",
        "조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC 통신심의국 / takedown@kcsc.example"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def enc(subject):
    return Header(subject, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def single(ctype, cte, payload):
    return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{payload}"


CASES = []


def case(**kw):
    CASES.append(kw)


DC_FROM = "report@dcinside.com"
DC_NAME = "디시인사이드 운영팀"

# ================================================================ DC Inside
case(
    name="dc-first-batch-numbered",
    date="Wed, 04 Sep 2024 11:02:45 +0900",
    **{"from": DC_FROM}, name_from=DC_NAME,
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 (게시물 삭제)",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

방송통신심의위원회에서 보내주신 시정요구 건(KCSC-240903-01) 중 1차 처리분의
결과를 안내드립니다.

1. {D[1]} - 삭제 완료
2. {D[2]} - 삭제 완료
3. {D[3]} - 삭제 완료
4. {D[4]} - 삭제 완료
5. {D[5]} - 삭제 완료

나머지 게시물은 갤러리 관리자 확인 중이며, 처리되는 대로 다시 회신드리겠습니다.

감사합니다.
디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community-site operator reply listing processed posts (1차 처리 결과)",
    why="five posts each followed by '삭제 완료'; the promise about the rest names nothing",
    items={D[i]: "removed" for i in range(1, 6)},
)

rows = []
dc_table = [(1, "삭제"), (2, "삭제"), (3, "삭제"), (4, "삭제"), (5, "삭제"), (6, "삭제"),
            (7, "게시물 없음 (작성자 삭제)"), (8, "삭제"), (9, "삭제"), (10, "삭제"), (11, "삭제"),
            (12, "미조치 (운영원칙 위반 사항 없음)"), (13, "삭제")]
for i, res in dc_table:
    gal = D[i].split("id=")[-1].split("&")[0] if "id=" in D[i] else D[i].rsplit("/", 2)[-2]
    rows.append(f'<tr><td>{i}</td><td>{gal}</td><td><a href="{D[i]}">{D[i]}</a></td>'
                f'<td>{res}</td><td>2024-09-05</td></tr>')
dc_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Malgun Gothic,sans-serif;font-size:13px">
<p>안녕하세요. 디시인사이드 운영팀입니다.</p>
<p>KCSC-240903-01 시정요구 건의 최종 조치 결과를 아래 표로 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eee"><th>번호</th><th>갤러리</th><th>게시물 주소</th><th>조치 결과</th><th>조치일</th></tr>
""" + "\n".join(rows) + """
</table>
<p>12번 게시물은 기사 링크만 공유된 글로, 운영원칙상 삭제 사유가 확인되지 않아 게시 상태를 유지합니다.<br>
이의가 있으시면 본 메일로 회신 부탁드립니다.</p>
<p>디시인사이드 운영팀</p>
</body></html>"""
case(
    name="dc-final-html-table",
    date="Thu, 05 Sep 2024 17:40:02 +0900",
    **{"from": DC_FROM}, name_from=DC_NAME,
    subject="[디시인사이드] KCSC-240903-01 조치 결과 회신",
    reply_to_req="req-240903-01",
    type="html", body=dc_html,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (번호/게시물 주소/조치 결과) sent as HTML",
    why="table row per post: 삭제 -> removed, 게시물 없음(작성자 삭제) -> not_found, 미조치 with reason -> rejected",
    items={D[i]: ("removed" if r == "삭제" else "not_found" if r.startswith("게시물 없음") else "rejected")
           for i, r in dc_table},
)

csv_att = "\ufeff" + "번호,게시물 URL,처리결과,처리일시\n" + "".join(
    f"{n},{D[i]},{r},2024-09-05 15:{10 + n:02d}\n"
    for n, (i, r) in enumerate([(6, "삭제"), (7, "게시물 없음(작성자 삭제)"), (8, "삭제"),
                                (9, "삭제"), (10, "삭제")], 1))
case(
    name="dc-csv-attachment",
    date="Thu, 05 Sep 2024 15:31:10 +0900",
    **{"from": DC_FROM}, name_from=DC_NAME,
    subject="RE: [KCSC-240903-01] 2차 처리 결과 (첨부)",
    reply_to_req="req-240903-01",
    raw_mime="""Content-Type: multipart/mixed; boundary="=_dc_2409_csv"

--=_dc_2409_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 디시인사이드 운영팀입니다.

KCSC-240903-01 건 중 2차 처리분(5건)의 결과를 첨부 CSV 파일로 보내드립니다.
파일의 처리결과 열을 확인해 주세요.

감사합니다.

--=_dc_2409_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_2nd.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_2nd.csv"
Content-Transfer-Encoding: base64

""" + b64(csv_att) + """
--=_dc_2409_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply with the result sheet exported as a UTF-8 (BOM) CSV attachment",
    why="CSV rows: four 삭제 -> removed, one 게시물 없음(작성자 삭제) -> not_found",
    items={D[6]: "removed", D[7]: "not_found", D[8]: "removed", D[9]: "removed", D[10]: "removed"},
)

gmail_quote = ("2024년 9월 3일 (화) 오전 10:12, KCSC 불법정보 삭제요청 <takedown@kcsc.example>님이 작성:\n"
               + request_text("KCSC-240903-01", [D[i] for i in range(1, 14)], "> "))
case(
    name="dc-top-posted-two-more",
    date="Fri, 06 Sep 2024 09:14:33 +0900",
    **{"from": "kim.seoyeon@dcinside.com"}, name_from="김서연",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 (게시물 삭제)",
    reply_to_req="req-240903-01",
    body=f"""담당자님 안녕하세요.

누락되었던 아래 두 게시물도 오늘 오전 삭제했습니다.

{D[11]}
{D[13]}

확인 부탁드립니다.
김서연 드림 / 디시인사이드 서비스운영팀

{gmail_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="staff member's top-posted Gmail reply over the quoted request (Korean '님이 작성:' header)",
    why="two URLs under '삭제했습니다'; the 13 quoted URLs below the Gmail header are our own request",
    items={D[11]: "removed", D[13]: "removed"},
)

case(
    name="dc-url-then-arrow-status",
    date="Wed, 04 Sep 2024 19:55:07 +0900",
    **{"from": DC_FROM}, name_from=DC_NAME,
    subject="[KCSC-240903-01] 코인 갤러리 게시물 처리 안내",
    body=f"""안녕하세요. 디시인사이드입니다.
문의하신 게시물 처리 현황입니다.

{D[3]}
→ 삭제 처리되었습니다.

{D[4]}
→ 해당 번호의 게시물이 존재하지 않습니다. (주소 오류 또는 이미 삭제된 글)

{D[13]}
→ 삭제 처리되었습니다.

※ 갤러리 이용 관련 안내: https://gall.dcinside.com/policy/operation
디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply with each URL on its own line and the result on the line below ('→')",
    why="status on the line below each URL; the policy page link is not an item",
    items={D[3]: "removed", D[4]: "not_found", D[13]: "removed"},
)

outlook_quote = f"""-----Original Message-----
From: KCSC 불법정보 삭제요청 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:12 AM
To: report@dcinside.com
Subject: [KCSC-240903-01] 불법정보 시정요구 (게시물 삭제)

{request_text("KCSC-240903-01", [D[i] for i in range(1, 14)])}
"""
case(
    name="dc-outlook-age-restricted",
    date="Fri, 06 Sep 2024 14:02:19 +0900",
    **{"from": "partner@dcinside.com"}, name_from="디시인사이드 제휴운영",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구 (게시물 삭제)",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요.

미니 갤러리 게시물 2건은 아래와 같이 조치하였습니다.

- {D[9]} : 성인인증 게시물로 전환 (만 19세 미만 열람 제한)
- {D[10]} : 삭제

감사합니다.

{outlook_quote}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' with the full request quoted unmarked",
    why="age-restricted -> restricted, 삭제 -> removed; the unmarked quoted request below Original Message is ours",
    items={D[9]: "restricted", D[10]: "removed"},
)

case(
    name="dc-gmail-three-totolab",
    date="Thu, 05 Sep 2024 10:21:50 +0900",
    **{"from": DC_FROM}, name_from=DC_NAME,
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 (게시물 삭제)",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 토토 관련 마이너 갤러리 3건 처리 결과입니다.

{D[5]} 삭제 완료.
{D[6]} 삭제 완료.
{D[7]} 은(는) 작성자가 먼저 삭제하여 조치할 게시물이 남아 있지 않았습니다.

{gmail_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean operator reply over a Gmail-quoted request",
    why="two '삭제 완료', one deleted by its author before action -> not_found",
    items={D[5]: "removed", D[6]: "removed", D[7]: "not_found"},
)

case(
    name="dc-promise-after-review",
    date="Tue, 03 Sep 2024 18:47:00 +0900",
    **{"from": DC_FROM}, name_from=DC_NAME,
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 (게시물 삭제)",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

보내주신 시정요구 공문 잘 받았습니다.
아래 게시물은 갤러리 관리자 확인 절차를 거쳐 금일 중 삭제될 예정이며,
처리가 끝나면 결과를 다시 안내드리겠습니다.

{D[1]}
{D[2]}

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="operator's same-day reply promising deletion after the gallery manager's check",
    why="'삭제될 예정' is a promise, not a statement: items stay pending",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="dc-bulk-all-thirteen",
    date="Sat, 07 Sep 2024 10:03:12 +0900",
    **{"from": DC_FROM}, name_from=DC_NAME,
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 (게시물 삭제)",
    reply_to_req="req-240903-01",
    body="""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 13건의 게시물은 모두 삭제 조치를 완료하였습니다.
추가로 해당 작성자들에 대해서는 갤러리 이용 차단을 적용하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="operator's one-line 'all N posts deleted' confirmation",
    why="one statement about all 13 items without naming any: bulk, items pending",
    items={D[i]: "pending" for i in range(1, 14)},
)

case(
    name="dc-spf-fail-claim",
    date="Thu, 05 Sep 2024 02:11:40 +0900",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀", auth="fail",
    subject="[KCSC-240903-01] 처리 완료 안내",
    body=f"""시정요구하신 게시물 처리 완료되었습니다.

{D[1]} 삭제
{D[2]} 삭제
{D[3]} 삭제

문의: report@dcinside.com
""",
    outcome="review", review="untrusted",
    imitates="platform-looking result notice whose DKIM/SPF/DMARC all fail",
    why="sender domain is DC Inside's but authentication fails: nothing applies",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending"},
)

case(
    name="dc-lookalike-gmail",
    date="Wed, 04 Sep 2024 22:30:05 +0900",
    **{"from": "dcinside.report.team@gmail.com"}, name_from="DCinside 신고센터",
    subject="Re: [KCSC-240903-01] 게시물 삭제 결과",
    body=f"""방심위 담당자님께

디시인사이드 신고센터입니다. 아래 게시물은 삭제 처리 완료 되었음을 알려드립니다.

{D[11]}
{D[12]}

추가 요청은 이 메일로 주시면 빠르게 처리해 드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="free-mail account posing as a platform's report centre",
    why="gmail.com is no platform's sender domain: unknown sender, nothing applies",
    items={D[11]: "pending", D[12]: "pending"},
)

dsn_orig = request_text("KCSC-240903-01", [D[i] for i in range(1, 6)])
case(
    name="dc-dsn-bad-mailbox",
    date="Tue, 03 Sep 2024 10:12:41 +0900",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.2409.mx1"

--DSN.2409.mx1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@dcinside.com>: host store.dcinside.com said: 550 5.1.1
    User unknown (in reply to RCPT TO command)

--DSN.2409.mx1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Tue,  3 Sep 2024 10:12:38 +0900

Final-Recipient: rfc822; abuse-kr@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--DSN.2409.mx1
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: abuse-kr@dcinside.com
Subject: {enc("[KCSC-240903-01] 불법정보 시정요구")}
Message-ID: <req-240903-01-cc@kcsc.example>
Date: Tue, 3 Sep 2024 10:12:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(dsn_orig)}
--DSN.2409.mx1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning our request with its URLs",
    why="a bounce; the URLs are in our own returned message",
    items={},
)

# Nate, wrong platform
case(
    name="nate-not-our-service",
    date="Wed, 04 Sep 2024 13:25:44 +0900",
    **{"from": "pann_help@skcomms.co.kr"}, name_from="네이트 고객센터",
    subject="[네이트] 요청하신 게시물 확인 결과 (KCSC-240903-01)",
    body=f"""안녕하세요, 네이트 고객센터입니다.

요청하신 게시물을 네이트판에서 확인해 보았으나, 아래 주소의 게시물은
당사 서비스에 존재하지 않는 게시물입니다.

  {D[8]}

해당 주소는 타사(디시인사이드) 게시물로 보이므로 해당 사업자에게 요청해 주시기 바랍니다.

네이트 고객센터 드림
""",
    outcome="review", review="wrong_platform",
    imitates="portal help-desk reply to a misrouted request: 'not on our service'",
    why="Nate (a configured platform) states not_found for a DC Inside item: wrong platform",
    items={D[8]: "pending"},
)

# ================================================================ NAVER
NV = "policy@navercorp.com"
case(
    name="naver-temporary-measure",
    date="Fri, 06 Sep 2024 10:30:00 +0900",
    **{"from": "noreply-right@navercorp.com"}, name_from="네이버 게시중단요청서비스",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240905-02)",
    body=f"""안녕하세요. 네이버 게시중단요청서비스 담당자입니다.

요청하신 게시물에 대한 처리 결과를 알려드립니다.

■ 대상 게시물: {N[1]}
■ 처리 결과: 임시조치 (30일간 게시물 접근 차단)
■ 처리 일시: 2024.09.06 10:21

정보통신망법 제44조의2에 따라 권리침해 여부를 판단하기 어려운 게시물은 30일간 임시조치되며,
게시자는 이 기간 동안 재게시를 요청할 수 있습니다.

게시중단 요청 안내: https://right.naver.com/guide
네이버 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 result notice (■ 대상/처리 결과)",
    why="임시조치 (30-day access block) -> restricted; the guide link is not an item",
    items={N[1]: "restricted"},
)

naver_qp = f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 신고하신 내용이 정상적으로 접수되었습니다(접수번호 NV-20240906-77412).

접수된 게시물을 확인한 결과, 아래 카페 게시글 2건은 카페 운영원칙 및
네이버 운영정책 위반으로 블라인드 처리되었습니다.

- {N[2]}
- {N[3]}

블라인드 처리된 게시글은 작성자 외에는 볼 수 없습니다.
감사합니다.
"""
case(
    name="naver-receipt-plus-blind-qp",
    date="Fri, 06 Sep 2024 16:02:51 +0900",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject=enc("[네이버] 신고 접수 및 처리 결과 안내"),
    reply_to_req="req-240905-02",
    raw_mime=single("text/plain", "quoted-printable", qp(naver_qp)),
    outcome="applied", classification="confirmation",
    imitates="NAVER help-centre receipt that also reports the blind result (quoted-printable body)",
    why="'접수되었습니다' plus unhedged '블라인드 처리되었습니다' for two named posts: not a pure acknowledgement",
    items={N[2]: "removed", N[3]: "removed"},
)

case(
    name="naver-bullets-mixed",
    date="Mon, 09 Sep 2024 11:48:10 +0900",
    **{"from": NV}, name_from="NAVER 정책지원",
    subject="RE: [KCSC-240905-02] 불법정보 시정요구",
    reply_to_req="req-240905-02",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.
KCSC-240905-02 건 처리 결과 회신드립니다.

• {N[2]}
  카페 게시글 블라인드 처리 완료
• {N[3]}
  작성자가 이미 삭제한 게시글로, 현재 존재하지 않습니다.
• {N[4]}
  지식iN 답변 삭제 완료

나머지 블로그 게시물은 별도 메일로 안내드리겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team reply with bullets and the result indented under each URL",
    why="블라인드 -> removed, already deleted by author -> not_found, 삭제 -> removed",
    items={N[2]: "removed", N[3]: "not_found", N[4]: "removed"},
)

case(
    name="naver-english-statement",
    date="Tue, 10 Sep 2024 09:05:33 +0900",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    subject="Outcome of your request KCSC-240905-02",
    reply_to_req="req-240905-02",
    body=f"""Dear KCSC team,

Thank you for your request. Having reviewed the two blog posts, we have
reached the following decisions.

1) {N[5]}
   Decision: removed. The post has been made unavailable on all NAVER
   services for violating our Operating Policy (unregistered investment
   advice).

2) {N[1]}
   Decision: no action. Our review found that the post does not violate
   NAVER policies or Korean law; it remains available.

If you disagree with a decision you may reply to this email.

NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English statement-of-reasons style decision letter (Decision: removed / no action)",
    why="N5 made unavailable -> removed; N1 refused with reason, remains available -> rejected",
    items={N[5]: "removed", N[1]: "rejected"},
)

case(
    name="naver-echoed-report-form",
    date="Tue, 10 Sep 2024 18:20:00 +0900",
    **{"from": "noreply-right@navercorp.com"}, name_from="네이버 게시중단요청서비스",
    subject="[네이버] 신고하신 게시물 처리 결과",
    body=f"""[신고 내용]
신고 유형 : 불법정보 (불법 투자자문)
신고 URL : {N[5]}
신고자 : 방송통신심의위원회 (KCSC-240905-02)
접수 일시 : 2024.09.05 14:35

[처리 결과]
처리 상태 : 게시중단 완료
처리 일시 : 2024.09.10 18:12

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER report-form echo with a [처리 결과] block",
    why="the echoed report names the URL; '게시중단 완료' -> removed",
    items={N[5]: "removed"},
)

case(
    name="naver-appears-deleted-hedge",
    date="Fri, 06 Sep 2024 09:40:12 +0900",
    **{"from": NV}, name_from="NAVER 정책지원",
    subject="RE: [KCSC-240905-02] 불법정보 시정요구",
    reply_to_req="req-240905-02",
    body=f"""안녕하세요.

{N[2]} 게시글은 저희가 확인했을 때 이미 삭제된 것으로 보입니다.
카페 측 로그를 확인한 뒤 정확한 처리 결과를 다시 안내드리겠습니다.

네이버 정책지원팀
""",
    outcome="review", review="not_understood",
    imitates="policy team's preliminary reply with a hedge ('삭제된 것으로 보입니다')",
    why="a hedge ('appears to') awaiting log checks is no statement: pending",
    items={N[2]: "pending"},
)

case(
    name="naver-forwarded-cafe-team",
    date="Mon, 09 Sep 2024 15:12:00 +0900",
    **{"from": "jiho.park@navercorp.com"}, name_from="박지호",
    subject="Fwd: [카페] 신고 게시글 처리 결과",
    body=f"""위원회 담당자님, 카페운영팀에서 받은 회신 전달드립니다.

---------- Forwarded message ---------
보낸사람: 네이버 카페운영팀 <cafe-ops@navercorp.com>
Date: 2024년 9월 9일 (월) 오후 2:58
Subject: [카페] 신고 게시글 처리 결과
To: 박지호 <jiho.park@navercorp.com>

지호님, 문의하신 게시글 처리 결과입니다.
{N[2]} → 블라인드 처리 완료
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="staff forward ('---------- Forwarded message ---------') of an internal team's result",
    why="the statement is inside a forwarded internal message: review, nothing applied",
    items={N[2]: "pending"},
)

case(
    name="naver-ooo-chuseok",
    date="Mon, 16 Sep 2024 08:00:02 +0900",
    **{"from": NV}, name_from="NAVER 정책지원",
    subject="[자동응답] RE: [KCSC-240905-02] 불법정보 시정요구",
    reply_to_req="req-240905-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요.
추석 연휴(9월 14일~9월 18일) 기간 동안 부재중입니다.
긴급한 건은 네이버 고객센터(https://help.naver.com)로 문의해 주시기 바랍니다.
9월 19일부터 순차적으로 답변드리겠습니다.

This is an automatic reply. I am out of office for the Chuseok holidays until 18 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Korean out-of-office reply over the Chuseok holidays",
    why="an out-of-office auto-reply",
    items={},
)

case(
    name="naver-request-received",
    date="Thu, 05 Sep 2024 14:36:20 +0900",
    **{"from": "noreply-right@navercorp.com"}, name_from="네이버 게시중단요청서비스",
    subject="[네이버] 게시중단 요청이 접수되었습니다",
    body=f"""안녕하세요. 네이버입니다.

요청하신 게시중단 요청이 정상적으로 접수되었습니다.

접수번호 : R2409-0518833
접수 게시물 : {N[1]}
요청 사유 : 불법정보

담당자가 검토한 뒤 처리 결과를 메일로 안내해 드립니다.
처리 현황은 게시중단요청서비스 마이페이지(https://right.naver.com/mypage)에서 확인하실 수 있습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 '접수되었습니다' receipt with case number",
    why="pure receipt: case number and a promise to review, no status",
    items={},
)

# ================================================================ Daum / Kakao
case(
    name="daum-tistory-raw-korean-url",
    date="Tue, 10 Sep 2024 17:15:40 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject="[카카오] 시정요구 처리 결과 안내 (KCSC-240909-03)",
    reply_to_req="req-240909-03",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 게시물의 처리 결과를 안내드립니다.

티스토리 게시글 <{K3_RAW}>는 운영정책(불법 금융 정보) 위반으로 삭제되었습니다.

다음 카페 게시글 <{K[1]}>는 정보통신망법에 따라 30일간 임시조치(접근 제한)되었습니다.

감사합니다.
카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 result notice covering a Tistory entry and a Daum cafe post",
    why="raw Korean Tistory path matches its percent-encoded form: removed; 임시조치(접근 제한) -> restricted",
    items={K[3]: "removed", K[1]: "restricted"},
)

case(
    name="daum-cafe-mixed-dash",
    date="Wed, 11 Sep 2024 10:44:02 +0900",
    **{"from": "cafe_help@daum.net"}, name_from="Daum 카페 고객센터",
    subject="RE: [KCSC-240909-03] 불법정보 시정요구",
    reply_to_req="req-240909-03",
    body=f"""안녕하세요. Daum 카페 고객센터입니다.

요청하신 카페 게시글 처리 결과입니다.

{K[1]} — 블라인드 처리
{K[2]} — 이미 삭제되어 존재하지 않는 게시글입니다.
{K[4]} — 운영자 삭제

블라인드된 게시글은 카페 회원을 포함한 모든 이용자에게 노출되지 않습니다.
Daum 카페 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe help-desk reply, one line per post with an em dash",
    why="블라인드 -> removed, 존재하지 않는 게시글 -> not_found, 운영자 삭제 -> removed",
    items={K[1]: "removed", K[2]: "not_found", K[4]: "removed"},
)

daum_html = f"""<html><body>
<p>안녕하세요. 카카오 Daum 서비스 운영팀입니다.</p>
<p>KCSC-240909-03 건의 처리 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>대상 URL</th><th>서비스</th><th>처리 결과</th></tr></thead>
<tbody>
<tr><td>{K[2]}</td><td>Daum 카페</td><td>게시글 없음</td></tr>
<tr><td>{K[3]}</td><td>티스토리</td><td>삭제</td></tr>
<tr><td>{K[4]}</td><td>Daum 카페</td><td>위반사항 없음 (유지) &ndash; 토토 관련 뉴스 인용글로 홍보 목적이 확인되지 않음</td></tr>
</tbody></table>
<p>운영정책 보기: <a href="https://policy.daum.net/operation">https://policy.daum.net/operation</a></p>
</body></html>
"""
case(
    name="daum-base64-html-table",
    date="Thu, 12 Sep 2024 14:09:55 +0900",
    **{"from": "daum_service@kakaocorp.com"}, name_from="Daum 서비스 운영팀",
    subject="[Daum] KCSC-240909-03 처리 결과",
    raw_mime=single("text/html", "base64", b64(daum_html)),
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum HTML result table sent base64-encoded",
    why="게시글 없음 -> not_found, 삭제 -> removed, 위반사항 없음(유지) with reason -> rejected",
    items={K[2]: "not_found", K[3]: "removed", K[4]: "rejected"},
)

case(
    name="daum-english-wrapped-url",
    date="Thu, 12 Sep 2024 20:31:18 +0900",
    **{"from": "trust@kakao.com"}, name_from="Kakao Trust & Safety",
    subject="Re: KCSC-240909-03 - result",
    reply_to_req="req-240909-03",
    body="""Hello,

The Tistory entry below has been deleted for violating the Kakao
Operation Policy (illegal financial solicitation):

<https://gold-signal.tistory.com/entry/%EB%A6%AC%EB%94%A9%EB%B0%A9-
%EB%AC%B4%EB%A3%8C-%EC%B0%B8%EC%97%AC>

The Daum cafe post <https://cafe.daum.net/goldstock119/Xq3f/2281> has
been blinded and is no longer visible to any user.

Regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English Kakao T&S reply with a long URL wrapped inside angle brackets",
    why="a URL wrapped inside <...> is one URL: removed; 'blinded, no longer visible to any user' -> removed",
    items={K[3]: "removed", K[1]: "removed"},
)

case(
    name="daum-bulk-temporary",
    date="Wed, 11 Sep 2024 09:12:30 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject="[카카오] 시정요구 처리 결과 안내 (KCSC-240909-03)",
    reply_to_req="req-240909-03",
    body="""안녕하세요, 카카오 권리침해신고센터입니다.

KCSC-240909-03으로 요청하신 게시물 전체에 대해 조치를 완료하였습니다.
게시자에게는 조치 사실과 이의제기 방법을 안내하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Kakao one-paragraph 'all requested posts actioned' notice",
    why="a single statement about all four items, none named: bulk, items pending",
    items={K[i]: "pending" for i in range(1, 5)},
)

case(
    name="daum-mdn-read",
    date="Mon, 09 Sep 2024 10:02:00 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject="읽음: [KCSC-240909-03] 불법정보 시정요구",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_kakao_0909"

--mdn_kakao_0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240909-03] 불법정보 시정요구"을(를) 2024-09-09 10:01에 수신자가 읽었습니다.

--mdn_kakao_0909
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <req-240909-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_kakao_0909--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt ('읽음:') as an RFC 8098 MDN",
    why="a read receipt",
    items={},
)

# ================================================================ SOOP
SOOP = "safety@sooplive.co.kr"
case(
    name="soop-english-three-outcomes",
    date="Thu, 12 Sep 2024 16:40:00 +0900",
    **{"from": SOOP}, name_from="SOOP Trust & Safety",
    subject="RE: [KCSC-240911-04] Request for removal",
    reply_to_req="req-240911-04",
    body=f"""Dear Sir or Madam,

We have completed our review of request KCSC-240911-04.

- VOD {S[1]}
  The video has been deleted.
- Station {S[2]}
  The station has been permanently suspended and its page is no longer
  accessible.
- VOD {S[3]}
  We applied an age restriction: the video can now only be watched by
  verified adult users (19+).

For our community guidelines see https://www.sooplive.co.kr/policy.

Best regards,
SOOP Trust & Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) English T&S reply with one outcome per VOD/station",
    why="deleted -> removed, station suspended and inaccessible -> removed, 19+ -> restricted",
    items={S[1]: "removed", S[2]: "removed", S[3]: "restricted"},
)

case(
    name="soop-korean-numbered",
    date="Fri, 13 Sep 2024 11:20:44 +0900",
    **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
    subject="[SOOP] 요청하신 VOD 처리 결과 안내",
    body=f"""안녕하세요, SOOP 고객센터입니다.
방송통신심의위원회 KCSC-240911-04 건 관련 VOD 처리 결과 안내드립니다.

1) {S[1]}：삭제 완료
2) {S[3]}：존재하지 않는 VOD입니다. (업로더가 직접 삭제)

방송국 관련 조치는 별도 안내드릴 예정입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP customer-centre Korean reply, URLs followed by a full-width colon",
    why="URL ends at the full-width colon; 삭제 -> removed, uploader deleted -> not_found; station promise names nothing",
    items={S[1]: "removed", S[3]: "not_found"},
)

soop_html = f"""<div style="font-family:'Apple SD Gothic Neo',sans-serif">
<h3>SOOP 운영정책 위반 콘텐츠 처리 결과</h3>
<p>요청번호: KCSC-240911-04</p>
<table style="border-collapse:collapse" border="1">
<tr><th>콘텐츠</th><th>조치</th></tr>
<tr><td><a href="{S[1]}">{S[1]}</a></td><td>삭제</td></tr>
<tr><td><a href="{S[2]}">{S[2]}</a></td><td>19세 이상 시청 제한</td></tr>
<tr><td><a href="{S[3]}">{S[3]}</a></td><td>삭제</td></tr>
</table>
<p style="color:#888">본 메일은 발신 전용입니다. &copy; SOOP Corp.</p>
</div>"""
case(
    name="soop-html-only-table",
    date="Fri, 13 Sep 2024 18:02:09 +0900",
    **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP",
    subject="[SOOP] 콘텐츠 처리 결과 (KCSC-240911-04)",
    type="html", body=soop_html,
    outcome="applied", classification="confirmation",
    imitates="SOOP HTML-only notification table (콘텐츠/조치)",
    why="삭제 -> removed (two VODs), 19세 이상 시청 제한 -> restricted",
    items={S[1]: "removed", S[2]: "restricted", S[3]: "removed"},
)

case(
    name="soop-asks-official-letter",
    date="Wed, 11 Sep 2024 15:33:00 +0900",
    **{"from": SOOP}, name_from="SOOP Trust & Safety",
    subject="RE: [KCSC-240911-04] Request for removal",
    reply_to_req="req-240911-04",
    body=f"""안녕하세요, SOOP 운영정책팀입니다.

보내주신 요청(KCSC-240911-04)과 관련하여, 방송국 전체 이용정지 조치를 위해서는
위원회 의결서 사본(시정요구서 공문)이 필요합니다.

대상: {S[2]}

공문을 본 메일에 첨부하여 회신해 주시면 확인 후 절차를 진행하겠습니다.
감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform asking for the formal decision letter before acting",
    why="asks for a document before acting on the station: no status",
    items={S[2]: "pending"},
)

case(
    name="soop-ticket-receipt",
    date="Wed, 11 Sep 2024 11:05:40 +0900",
    **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
    subject="[SOOP 고객센터] 문의가 접수되었습니다 (#SP240911-55812)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: #SP240911-55812
문의 유형: 신고 / 권리침해

영업일 기준 3일 이내에 답변드리겠습니다.
답변이 등록되면 메일로 알려드립니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt ('문의가 접수되었습니다', 접수번호)",
    why="pure ticket receipt",
    items={},
)

# ================================================================ Clien
case(
    name="clien-admin-prose",
    date="Fri, 13 Sep 2024 10:11:27 +0900",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    subject="Re: [KCSC-240912-05] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240912-05",
    body=f"""안녕하세요, 클리앙 운영진입니다.

요청하신 두 게시물 확인했습니다.
모두의공원 게시물 {C[1]} 은 운영자 삭제했고,
회원중고장터 게시물 {C[2]} 은 회원이 이미 스스로 지워서 남아 있지 않습니다.

해당 회원들에게는 개인정보 관련 규정을 안내했습니다.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="small community admin's informal prose reply",
    why="운영자 삭제 -> removed; deleted by the member himself -> not_found",
    items={C[1]: "removed", C[2]: "not_found"},
)

case(
    name="clien-sold-kept",
    date="Sat, 14 Sep 2024 13:50:02 +0900",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    subject="Re: [KCSC-240912-05] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240912-05",
    body=f"""안녕하세요.

회원중고장터 글({C[2]})은 확인해 보니 판매자 본인의 연락처만 적힌 정상 거래글입니다.
제3자 개인정보 노출이 없어 삭제하지 않고 그대로 둡니다.

클리앙 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="community admin refusing with a reason",
    why="not removed because no third-party data: refusal with reason -> rejected",
    items={C[2]: "rejected"},
)

case(
    name="clien-call-me",
    date="Fri, 13 Sep 2024 09:02:11 +0900",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    subject="문의 드립니다",
    body="""안녕하세요, 클리앙 운영진입니다.

위원회 공문 관련해서 몇 가지 여쭤볼 것이 있어 연락드립니다.
편하신 시간에 02-0000-0000 으로 전화 부탁드립니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="admin asking for a phone call, without naming anything",
    why="trusted Clien mail naming no item and no request reference: no_claims",
    items={},
)

case(
    name="clien-member-hanmail",
    date="Sat, 14 Sep 2024 23:41:00 +0900",
    **{"from": "blue_keyboard88@hanmail.net"}, name_from="이준호",
    subject="KCSC-240912-05 관련 게시자입니다",
    body=f"""안녕하세요. 클리앙에 글 올린 사람입니다.

제 글 {C[1]} 에 대해 삭제 요청이 들어갔다고 해서 연락드립니다.
문제가 된 부분은 제가 이미 다 지웠고 글은 삭제됐습니다.
더 이상 조치는 안 하셔도 될 것 같습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="the poster writing from a personal webmail address",
    why="a private hanmail.net address is no platform's sender: nothing applies",
    items={C[1]: "pending"},
)

case(
    name="clien-dsn-delayed",
    date="Fri, 13 Sep 2024 16:20:30 +0900",
    **{"from": "postmaster@clien.net"}, name_from="Mail Delivery System",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dly.clien.0913"

--dly.clien.0913
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     report@clien.net

Message will be retried for 2 more day(s).

--dly.clien.0913
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.clien.net

Final-Recipient: rfc822; report@clien.net
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
Will-Retry-Until: Sun, 15 Sep 2024 16:20:00 +0900

--dly.clien.0913
Content-Type: text/rfc822-headers

From: KCSC <takedown@kcsc.example>
To: report@clien.net
Subject: [KCSC-240912-05] privacy
Message-ID: <req-240912-05-cc@kcsc.example>

--dly.clien.0913--
""",
    outcome="ignored", classification="bounce",
    imitates="delayed-delivery warning DSN (4.2.2 mailbox full)",
    why="a delivery-status warning",
    items={},
)

# ================================================================ FM Korea
FM = "report@fmkorea.com"
case(
    name="fmkorea-statement-then-url",
    date="Mon, 16 Sep 2024 14:10:00 +0900",
    **{"from": FM}, name_from="에펨코리아 운영팀",
    subject="Re: [KCSC-240913-06] 허위사실 게시물 시정요구",
    reply_to_req="req-240913-06",
    body=f"""안녕하세요. 에펨코리아 운영팀입니다.

다음 게시물은 허위사실 유포로 판단되어 삭제 처리되었습니다.
{F[1]}

다음 게시물은 신고 사유에 해당하지 않아 게시를 유지합니다.
(특정인을 지칭하지 않은 일반적인 의견 글로 판단됨)
{F[2]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply with each statement above its URL",
    why="statement on the line above each URL: removed, and kept with a reason -> rejected",
    items={F[1]: "removed", F[2]: "rejected"},
)

case(
    name="fmkorea-triangle-bullets",
    date="Tue, 17 Sep 2024 10:30:21 +0900",
    **{"from": FM}, name_from="에펨코리아 운영팀",
    subject="[에펨코리아] 시정요구 처리 결과 KCSC-240913-06",
    body=f"""■ 요청번호：KCSC-240913-06
■ 처리결과

▶ {F[1]}：삭제
▶ {F[2]}：삭제

작성자 2명에게는 30일 이용정지를 적용했습니다.
에펨코리아 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="terse Korean result sheet with ■/▶ markers and full-width colons",
    why="each URL ends at '：' and is followed by 삭제 -> removed",
    items={F[1]: "removed", F[2]: "removed"},
)

case(
    name="fmkorea-after-appeal-window",
    date="Sat, 14 Sep 2024 12:00:40 +0900",
    **{"from": FM}, name_from="에펨코리아 운영팀",
    subject="Re: [KCSC-240913-06] 허위사실 게시물 시정요구",
    reply_to_req="req-240913-06",
    body=f"""안녕하세요.

아래 게시물은 작성자에게 소명 기회를 부여하였으며, 7일 내에 소명이 없으면 삭제됩니다.
소명이 접수되는 경우 내부 검토 후 결과를 안내드리겠습니다.

- {F[1]}
- {F[2]}

에펨코리아 운영팀
""",
    outcome="review", review="not_understood",
    imitates="operator notice of a 7-day appeal window before deletion",
    why="a conditional future deletion is no statement: pending",
    items={F[1]: "pending", F[2]: "pending"},
)

case(
    name="fmkorea-ooo-english",
    date="Fri, 13 Sep 2024 10:00:31 +0900",
    **{"from": "sungmin.lee@fmkorea.com"}, name_from="Sungmin Lee",
    subject="Automatic reply: [KCSC-240913-06] 허위사실 게시물 시정요구",
    reply_to_req="req-240913-06",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until Wednesday, 18 September,
with limited access to email. For urgent reports please write to report@fmkorea.com.

감사합니다. 9월 18일까지 부재중입니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply:' out-of-office message",
    why="an out-of-office auto-reply",
    items={},
)

case(
    name="ppomppu-own-posts",
    date="Mon, 16 Sep 2024 17:05:00 +0900",
    **{"from": "help@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    subject="뽐뿌 게시물 삭제 처리 안내",
    body="""안녕하세요. 뽐뿌 운영팀입니다.

방송통신심의위원회에서 전달해 주신 게시물 2건 삭제 처리했습니다.

https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120445
https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410281

감사합니다.
""",
    outcome="review", review="unmatched_claims",
    imitates="community operator confirming deletion of posts we never asked it about",
    why="trusted Ppomppu statements about URLs in no request: unmatched claims",
    items={},
)

# ================================================================ Inven
INV = "cs@inven.co.kr"
case(
    name="inven-sole-item-no-url",
    date="Tue, 17 Sep 2024 15:22:10 +0900",
    **{"from": INV}, name_from="인벤 고객지원",
    subject="Re: [KCSC-240916-07] 게임 계정 불법 거래 게시물",
    reply_to_req="req-240916-07",
    body="""안녕하세요, 인벤 고객지원팀입니다.

KCSC-240916-07로 요청하신 리니지M 게시판 게시물은 삭제 조치 완료하였습니다.
작성자 계정에는 게시판 이용 제한을 적용하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="game-community support reply naming the request but not the URL",
    why="request of one item; an unhedged deletion statement for it applies",
    items={I1: "removed"},
)

case(
    name="inven-angle-bracket-blind",
    date="Wed, 18 Sep 2024 09:48:00 +0900",
    **{"from": "board_admin@inven.co.kr"}, name_from="인벤 게시판 운영",
    subject="[인벤] 요청 게시물 처리 결과",
    body=f"""안녕하세요.

위원회에서 요청하신 <{I1}>은 블라인드 처리하였습니다.
현재 일반 이용자에게는 "운영 정책에 의해 블라인드된 게시물입니다"로 표시됩니다.

인벤 게시판 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="board admin reply with the URL in angle brackets followed by a Korean particle",
    why="블라인드 -> removed",
    items={I1: "removed"},
)


HEADER = """# Blind set 969: Korean portals and community sites (DC Inside, NAVER,
# Daum/Kakao incl. Tistory, SOOP, Clien, FM Korea, Inven; Nate and Ppomppu
# configured without requests). Written by tests/corpus/blind969/make.py from
# each email's meaning, before any run of the reader. Do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind969", HEADER, CASES)


if __name__ == "__main__":
    main()
