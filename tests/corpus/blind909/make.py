#!/usr/bin/env python3
"""Blind corpus set 909: Korean portals and community sites.

    python3 tests/corpus/blind909/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
email is fictional and written in our own sentences in the manner of what
NAVER, Daum/Kakao, DC Inside, SOOP, Nate, Inven, FM Korea, Clien and Ppomppu
send back to a regulator, plus the doubtful and ignorable mail such a
mailbox receives. Expected results were written from each email's meaning
before the reader was ever run on them.
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
DC = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812301",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812377",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=8813054",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinlab&no=220415",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinlab&no=220498",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinlab&no=220733",
    "https://gall.dcinside.com/mgallery/board/view/?id=nightmarket&no=41207",
    "https://gall.dcinside.com/mgallery/board/view/?id=nightmarket&no=41266",
    "https://gall.dcinside.com/mgallery/board/view/?id=nightmarket&no=41302",
    "https://gall.dcinside.com/mini/board/view/?id=gloomroom&no=3310",
    "https://gall.dcinside.com/mini/board/view/?id=gloomroom&no=3318",
    "https://gall.dcinside.com/board/view/?id=tradehub&no=1190021",
    "https://gall.dcinside.com/board/view/?id=tradehub&no=1190088",
    "https://gall.dcinside.com/board/view/?id=tradehub&no=1190154",
]
NV = [
    "https://blog.naver.com/dawnpier_07/223561204418",
    "https://cafe.naver.com/hanbitsale/518274",
    "https://cafe.naver.com/hanbitsale/518301",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471238812",
    "https://blog.naver.com/moonfield_kr/223560098731",
]
TISTORY_RAW = "https://greyharbor.tistory.com/entry/투자-리딩방-안내"
TISTORY = "https://greyharbor.tistory.com/entry/" + quote("투자-리딩방-안내")
DM = [
    "https://cafe.daum.net/saltbridge/Fq7k/10342",
    "https://cafe.daum.net/saltbridge/Fq7k/10388",
    TISTORY,
    "https://cafe.daum.net/nightowl22/JkL9/771",
]
NT = [
    "https://pann.nate.com/talk/372918455",
    "https://pann.nate.com/talk/372920108",
]
SP = [
    "https://vod.sooplive.co.kr/player/134772091",
    "https://vod.sooplive.co.kr/player/134790215",
    "https://ch.sooplive.co.kr/gold_tiger88/post/128830041",
]
FM = [
    "https://www.fmkorea.com/7281044391",
    "https://www.fmkorea.com/7281190027",
]
IV = ["https://www.inven.co.kr/board/lostark/5355/872014"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "dcinside", "2024-09-03T14:00:00+09:00", "2024-09-10T23:59:59+09:00", DC,
     "illegal_finance", "stock/coin pump-and-dump and account trading posts across galleries"),
    ("KCSC-240905-02", "naver", "2024-09-05T10:30:00+09:00", "2024-09-12T23:59:59+09:00", NV,
     "illegal_finance", "unregistered investment advice (blog, cafe, kin)"),
    ("KCSC-240909-03", "daum", "2024-09-09T11:00:00+09:00", "2024-09-16T23:59:59+09:00", DM,
     "illegal_finance", "reading-room recruitment posts (cafe, tistory)"),
    ("KCSC-240910-04", "nate", "2024-09-10T09:40:00+09:00", "2024-09-17T23:59:59+09:00", NT,
     "privacy", "personal data of a private person in Pann posts"),
    ("KCSC-240911-05", "soop", "2024-09-11T15:20:00+09:00", "2024-09-18T23:59:59+09:00", SP,
     "gambling", "illegal gambling site promotion in VODs and channel post"),
    ("KCSC-240912-06", "fmkorea", "2024-09-12T10:00:00+09:00", "2024-09-19T23:59:59+09:00", FM,
     "gambling", "gambling site referral codes"),
    ("KCSC-240912-07", "inven", "2024-09-12T10:05:00+09:00", "2024-09-19T23:59:59+09:00", IV,
     "illegal_trade", "game account sale with stolen identity"),
]
MSGID = {ref: ref.lower() for ref, *_ in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, MSGID[ref] + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def amp(u):
    return u.replace("&", "&amp;")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


DC_REQUEST_QUOTE = "\n".join(
    ["> 안녕하십니까. 방송통신심의위원회 통신심의국입니다.",
     "> 아래 게시물은 정보통신망법 제44조의7에 따른 불법정보로 심의·의결되어",
     "> 시정요구(삭제)를 통보하오니 2024. 9. 10.까지 조치 후 결과를 회신하여 주시기 바랍니다.",
     ">",
     "> 요청번호: KCSC-240903-01"]
    + [f"> {i + 1}. {u}" for i, u in enumerate(DC)]
    + [">", "> 방송통신심의위원회 드림"]
)

# ------------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- DC Inside
dc_rows = [
    (DC[0], "삭제 완료"), (DC[1], "삭제 완료"), (DC[2], "작성자 삭제 (요청 접수 전 이미 삭제됨)"),
    (DC[3], "삭제 완료"), (DC[4], "삭제 완료"), (DC[5], "유지 - 운영원칙 위반 사항 확인되지 않음"),
    (DC[6], "삭제 완료"), (DC[7], "삭제 완료"), (DC[8], "삭제 완료"),
    (DC[9], "성인 인증 게시물로 전환 (청소년 열람 제한)"), (DC[10], "성인 인증 게시물로 전환 (청소년 열람 제한)"),
    (DC[11], "삭제 완료"), (DC[12], "해당 게시물 없음 (존재하지 않는 글 번호)"), (DC[13], "삭제 완료"),
]
dc_table = "\n".join(
    f'<tr><td>{i + 1}</td><td><a href="{amp(u)}">{amp(u)}</a></td><td>{s}</td></tr>'
    for i, (u, s) in enumerate(dc_rows)
)
case(
    name="dc-html-table-fourteen",
    from_="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 17:42:10 +0900",
    subject="[디시인사이드] KCSC-240903-01 시정요구 조치 결과 회신",
    reply_to_req=MSGID["KCSC-240903-01"],
    raw_mime=f"""Content-Type: multipart/alternative; boundary="dc-alt-0906"

--dc-alt-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

본 메일은 HTML 형식입니다. 조치 결과 표는 HTML을 지원하는 메일 프로그램에서 확인해 주세요.

--dc-alt-0906
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Malgun Gothic,sans-serif;font-size:13px">
<p>안녕하세요, 디시인사이드 운영팀입니다.</p>
<p>방송통신심의위원회에서 통보하신 시정요구(요청번호 KCSC-240903-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No</th><th>URL</th><th>조치 결과</th></tr>
{dc_table}
</table>
<p>처리 일시: 2024-09-06 16:30 (KST)<br>
갤러리 운영원칙은 <a href="https://gall.dcinside.com/policy/rule">https://gall.dcinside.com/policy/rule</a> 에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>디시인사이드 운영팀 드림</p>
</body></html>

--dc-alt-0906--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community site's 시정요구 조치 결과 reply as an HTML table (URL / 조치 결과)",
    why="trusted DC Inside table naming all 14 items: 삭제 완료, author-deleted, kept (no violation), adult-gated, no such post",
    items={DC[0]: "removed", DC[1]: "removed", DC[2]: "not_found", DC[3]: "removed", DC[4]: "removed",
           DC[5]: "rejected", DC[6]: "removed", DC[7]: "removed", DC[8]: "removed",
           DC[9]: "restricted", DC[10]: "restricted", DC[11]: "removed", DC[12]: "not_found",
           DC[13]: "removed"},
)

case(
    name="dc-prose-partial-korean",
    from_="report@dcinside.com", name_from="디시인사이드 고객센터",
    date="Wed, 04 Sep 2024 11:05:33 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구 통보",
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""안녕하세요. 디시인사이드 고객센터입니다.

보내주신 시정요구 건 중 주식 갤러리(stock_new2) 게시물을 먼저 확인하였습니다.

{DC[0]} 및 {DC[1]} 두 게시물은 갤러리 이용 규칙 및 관련 법령 위반으로 금일 오전 삭제 처리하였습니다.

{DC[2]} 게시물은 확인 당시 작성자가 이미 직접 삭제한 상태여서 별도 조치할 내용이 없었습니다.

나머지 갤러리 게시물은 확인이 끝나는 대로 회신드리겠습니다.

디시인사이드 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="community site operator's prose reply handling part of a 시정요구 first",
    why="two posts stated deleted, one already deleted by its author; the rest only promised",
    items={DC[0]: "removed", DC[1]: "removed", DC[2]: "not_found"},
)

dc_csv = "\ufeffURL,처리결과,처리일시\n" + "\n".join([
    f"{DC[3]},삭제,2024-09-05 10:12",
    f"{DC[4]},삭제,2024-09-05 10:12",
    f"{DC[5]},미조치(위반 사항 없음),2024-09-05 10:20",
    f"{DC[9]},성인인증 전환,2024-09-05 10:31",
    f"{DC[11]},삭제,2024-09-05 10:40",
    f"{DC[12]},게시물 없음,2024-09-05 10:41",
]) + "\n"
case(
    name="dc-csv-attachment",
    from_="legal@dcinside.com", name_from="DC Inside Legal",
    date="Thu, 05 Sep 2024 18:20:00 +0900",
    subject="Re: [KCSC-240903-01] 조치 결과 (첨부 파일 참조)",
    reply_to_req=MSGID["KCSC-240903-01"],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="dc-mix-0905"

--dc-mix-0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 디시인사이드 법무팀입니다.

KCSC-240903-01 건 중 현재까지 처리한 6건의 결과를 첨부 CSV 파일로 보내드립니다.
나머지 건은 갤러리 매니저 확인 후 별도로 회신드리겠습니다.

법무팀 드림

--dc-mix-0905
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(dc_csv)}
--dc-mix-0905--
""",
    outcome="applied", classification="confirmation",
    imitates="legal team reply with the results in an Excel-exported CSV attachment (BOM, Korean headers)",
    why="CSV rows: three deleted, one not actioned (no violation), one adult-gated, one no such post",
    items={DC[3]: "removed", DC[4]: "removed", DC[5]: "rejected", DC[9]: "restricted",
           DC[11]: "removed", DC[12]: "not_found"},
)

case(
    name="dc-top-posted-gmail-quote",
    from_="kim.soyeon@dcinside.com", name_from="김소연 (디시인사이드)",
    date="Thu, 05 Sep 2024 09:12:48 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 통보",
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""안녕하세요, 디시인사이드 운영팀 김소연입니다.

거래 갤러리(tradehub) 건 먼저 말씀드립니다.
{DC[11]}
{DC[13]}
위 두 게시물은 어제 저녁 삭제했고 작성자 IP는 갤러리 이용 차단했습니다.

김소연 드림

2024년 9월 3일 (화) 오후 2:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{DC_REQUEST_QUOTE}
""",
    outcome="applied", classification="confirmation",
    imitates="staff member's top-posted Gmail reply above the quoted 시정요구 letter",
    why="two URLs above 'deleted' statement; the 14 URLs in the '>' quote are our own request",
    items={DC[11]: "removed", DC[13]: "removed"},
)

case(
    name="dc-english-angle-wrapped",
    from_="global@dcinside.com", name_from="DC Inside Global Support",
    date="Mon, 09 Sep 2024 15:03:11 +0900",
    subject="Re: [KCSC-240903-01] Notice of correction request",
    reply_to_req=MSGID["KCSC-240903-01"],
    body="""Dear KCSC team,

Regarding request KCSC-240903-01, the three posts in the nightmarket minor
gallery were deleted by our operations team on 9 September:

  <https://gall.dcinside.com/mgallery/board/view/?id=nightmarket&no=41207>
  <https://gall.dcinside.com/mgallery/board/view/?id=nightmarket&no=41266>
  <https://gall.dcinside.com/mgallery/board/view/
  ?id=nightmarket&no=41302>

The gallery manager has also been warned under our minor gallery rules.

Best regards,
DC Inside Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="English support-desk reply listing URLs in angle brackets, one wrapped by the mail client",
    why="three posts stated deleted; the third URL is wrapped inside its angle brackets",
    items={DC[6]: "removed", DC[7]: "removed", DC[8]: "removed"},
)

case(
    name="dc-bare-url-status-below",
    from_="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 10:48:02 +0900",
    subject="[디시인사이드] 미니 갤러리 게시물 조치 안내 (KCSC-240903-01)",
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.
미니 갤러리 gloomroom 게시물에 대한 조치 내용을 안내드립니다.

- {DC[9]}
  → 성인 인증 게시물로 전환 (청소년 열람 제한)

- {DC[10]}
  → 성인 인증 게시물로 전환 (청소년 열람 제한)

해당 미니 갤러리는 향후 신규 게시물도 모니터링 대상에 포함하였습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="bulleted operator notice: bare URL, its measure on the line below",
    why="both mini-gallery posts adult-gated (restricted to verified adults)",
    items={DC[9]: "restricted", DC[10]: "restricted"},
)

case(
    name="dc-outlook-numbered-mixed",
    from_="park.jh@dcinside.com", name_from="Park Jihoon",
    date="Wed, 11 Sep 2024 13:27:45 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구 통보",
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""안녕하세요, 디시인사이드 박지훈입니다.
코인 갤러리 및 야시장 갤러리 건 처리 결과입니다.

1. {DC[3]} : 삭제
2. {DC[4]} : 작성자가 이미 삭제한 글로 확인되지 않음
3. {DC[5]} : 검토 결과 위반 아님, 게시 유지
4. {DC[6]} : 삭제

박지훈 / 디시인사이드 운영팀

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 2:00 PM
To: report@dcinside.com
Subject: [KCSC-240903-01] 불법정보 시정요구 통보

안녕하십니까. 방송통신심의위원회 통신심의국입니다.
아래 게시물에 대하여 시정요구(삭제)를 통보합니다.

{DC[3]}
{DC[4]}
{DC[5]}
{DC[6]}
{DC[7]}
{DC[8]}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with a numbered result list over the unquoted original request",
    why="numbered list: deleted, already deleted by author, kept (no violation), deleted; the original below is ours",
    items={DC[3]: "removed", DC[4]: "not_found", DC[5]: "rejected", DC[6]: "removed"},
)

case(
    name="dc-statement-url-below",
    from_="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 16:10:20 +0900",
    subject="Re: [KCSC-240903-01] 잔여 건 처리 결과",
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.
KCSC-240903-01 잔여 건 처리 결과를 알려드립니다.

다음 게시물은 운영자 권한으로 삭제되었습니다.
{DC[12]}
{DC[13]}

다음 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.
{DC[0]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply with each statement on its own line and the URLs on the lines below",
    why="statement first, URLs below it: two deleted by operator, one gone (author deleted)",
    items={DC[12]: "removed", DC[13]: "removed", DC[0]: "not_found"},
)

case(
    name="dc-manager-promise",
    from_="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 09:31:00 +0900",
    subject="Re: [KCSC-240903-01] 마이너 갤러리 게시물 관련",
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

아래 마이너 갤러리 게시물은 해당 갤러리 매니저에게 먼저 삭제를 요청해 둔 상태입니다.
{DC[6]}
{DC[7]}
{DC[8]}

매니저가 9월 9일까지 조치하지 않을 경우 운영팀에서 직접 삭제할 예정이며,
처리되는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="operator reply deferring minor-gallery posts to the gallery manager",
    why="only a request passed on and a conditional promise ('will delete if not done by 9 Sep'): no status",
    items={DC[6]: "pending", DC[7]: "pending", DC[8]: "pending"},
)

case(
    name="dc-bulk-all-deleted",
    from_="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Wed, 04 Sep 2024 19:02:17 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 통보",
    reply_to_req=MSGID["KCSC-240903-01"],
    body="""안녕하세요, 디시인사이드 운영팀입니다.

KCSC-240903-01 관련하여 요청하신 게시물은 모두 삭제 처리하였습니다.
관련 갤러리 매니저들에게도 주의 공지를 전달하였습니다.

감사합니다.
디시인사이드 운영팀
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="short 'all requested posts deleted' operator reply",
    why="one sentence for all 14 items of the request, naming none: bulk",
    items={u: "pending" for u in DC},
)

case(
    name="dc-auth-fail",
    from_="report@dcinside.com", name_from="디시인사이드 운영팀", auth="fail",
    date="Sat, 07 Sep 2024 02:14:09 +0900",
    subject="[KCSC-240903-01] 조치 완료 안내",
    body=f"""방송통신심의위원회 담당자님께,

요청하신 아래 게시물은 삭제 완료되었습니다.
{DC[0]}
{DC[1]}

추가 문의는 첨부된 링크의 양식을 이용해 주세요.
디시인사이드
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="reply in DC Inside's name whose DKIM/SPF/DMARC fail",
    why="From dcinside.com but authentication fails: nothing applied",
    items={DC[0]: "pending", DC[1]: "pending"},
)

case(
    name="dc-chuseok-out-of-office",
    from_="kim.soyeon@dcinside.com", name_from="김소연 (디시인사이드)",
    date="Mon, 16 Sep 2024 08:00:03 +0900",
    subject="[자동응답] Re: [KCSC-240903-01] 불법정보 시정요구 통보",
    reply_to_req=MSGID["KCSC-240903-01"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 김소연입니다.
추석 연휴(9월 14일~18일) 기간 동안 부재중입니다. 9월 19일부터 순차적으로 확인 후 답변드리겠습니다.
긴급한 건은 운영팀 대표 메일(report@dcinside.com)로 보내주세요.

I am out of the office for the Chuseok holidays until 18 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Chuseok out-of-office auto-reply",
    why="Auto-Submitted out-of-office, no statement",
)

# ------------------------------------------------------------------- NAVER
case(
    name="naver-notice-box",
    from_="policy@navercorp.com", name_from="NAVER 게시중단 담당",
    date="Fri, 06 Sep 2024 15:20:41 +0900",
    subject="[NAVER] 시정요구(KCSC-240905-02) 처리 결과 안내",
    reply_to_req=MSGID["KCSC-240905-02"],
    body=f"""안녕하세요. 네이버 게시중단 담당자입니다.

방송통신심의위원회의 시정요구(KCSC-240905-02)에 따라 검토한 결과를 안내드립니다.

■ 대상: {NV[0]}
  처리: 임시조치 (30일간 해당 게시물에 대한 접근 차단)

■ 대상: {NV[1]}
  처리: 삭제

■ 대상: {NV[3]}
  처리: 블라인드 처리 완료

나머지 2건은 카페 운영진 확인이 필요하여 추가로 안내드리겠습니다.
네이버 고객센터 https://help.naver.com/

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 처리 결과 notice with ■ 대상 / 처리 blocks",
    why="blog post 임시조치 (restricted), cafe post 삭제 (removed), kin question 블라인드 (removed); help link is no item",
    items={NV[0]: "restricted", NV[1]: "removed", NV[3]: "removed"},
)

case(
    name="naver-rejected-and-author-deleted",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 11:02:55 +0900",
    subject="Re: [KCSC-240905-02] 불법정보 시정요구",
    reply_to_req=MSGID["KCSC-240905-02"],
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

{NV[3]}
검토 결과 해당 질문은 투자 일반에 관한 내용으로, 서비스 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.

{NV[4]}
요청 접수 시점에 이미 작성자가 삭제한 게시물로, 현재 존재하지 않습니다.

의견이 있으시면 회신 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team reply: refusal with its reason, and an author-deleted post",
    why="kin question kept (no violation: rejected); blog post deleted by its author before (not_found)",
    items={NV[3]: "rejected", NV[4]: "not_found"},
)

naver_qp_text = f"""안녕하세요. 네이버 카페 운영정책 담당입니다.

시정요구 KCSC-240905-02 건 중 아래 게시물에 대해 조치를 완료하였습니다.

{NV[2]} - 운영정책 위반으로 삭제
{NV[3]} - 블라인드 처리

감사합니다.
NAVER Cafe 운영정책 담당
"""
case(
    name="naver-quoted-printable",
    from_="cafe_policy@navercorp.com", name_from="NAVER Cafe",
    date="Sat, 07 Sep 2024 10:15:30 +0900",
    subject="[NAVER] KCSC-240905-02 카페/지식iN 게시물 조치 완료",
    reply_to_req=MSGID["KCSC-240905-02"],
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(naver_qp_text)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe policy notice sent quoted-printable (the '=' of the kin URL encoded)",
    why="cafe post deleted, kin question 블라인드: both removed",
    items={NV[2]: "removed", NV[3]: "removed"},
)

case(
    name="naver-echoed-report",
    from_="noreply-report@naver.com", name_from="네이버 신고센터",
    date="Tue, 10 Sep 2024 14:44:12 +0900",
    subject="[네이버 신고센터] 신고하신 게시물의 처리 결과를 알려드립니다",
    body=f"""네이버 신고센터 처리 결과 안내

신고하신 게시물에 대한 처리가 완료되었습니다.

[신고 내용]
- 신고번호: NR-2409-558102
- 신고자: 방송통신심의위원회 (KCSC-240905-02)
- 신고 URL: {NV[2]}
- 신고 사유: 불법 금융 정보 (미등록 투자자문)

[처리 결과]
- 처리 내용: 게시중단
- 처리 일시: 2024.09.10 14:31

본 메일은 발신 전용입니다. 문의는 네이버 고객센터를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER report-centre result mail echoing the report form (신고 내용 / 처리 결과)",
    why="the echoed report names the cafe post; 처리 내용 게시중단 (removed)",
    items={NV[2]: "removed"},
)

case(
    name="naver-mixed-language",
    from_="trust.safety@navercorp.com", name_from="NAVER Trust & Safety",
    date="Wed, 11 Sep 2024 17:33:08 +0900",
    subject="RE: [KCSC-240905-02] Correction request - result",
    reply_to_req=MSGID["KCSC-240905-02"],
    body=f"""Dear KCSC,

Please find our results for KCSC-240905-02 below.

* {NV[4]}
  Made private by NAVER (비공개 처리 완료) on 11 Sep 2024.
* {NV[1]}
  Already deleted by the cafe manager before our review (이미 삭제된 게시물).

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English/Korean Trust & Safety reply with Korean status glosses",
    why="blog post made private by NAVER (removed); cafe post already deleted by the cafe manager (not_found)",
    items={NV[4]: "removed", NV[1]: "not_found"},
)

case(
    name="naver-hedge-will-verify",
    from_="trust.safety@navercorp.com", name_from="NAVER Trust & Safety",
    date="Sun, 08 Sep 2024 12:01:44 +0900",
    subject="RE: [KCSC-240905-02] Correction request",
    reply_to_req=MSGID["KCSC-240905-02"],
    body=f"""Hello,

Thank you for your notice. It appears that the following cafe posts may have
already been removed by the cafe's own staff:

{NV[1]}
{NV[2]}

We will verify this with the Cafe team and send you a confirmed result early
next week.

Regards,
NAVER Trust & Safety
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="hedged Trust & Safety reply ('appears ... may have been removed', will verify)",
    why="hedge and promise only: the two cafe posts stay pending",
    items={NV[1]: "pending", NV[2]: "pending"},
)

case(
    name="naver-asks-official-letter",
    from_="policy@navercorp.com", name_from="NAVER 게시중단 담당",
    date="Fri, 06 Sep 2024 09:50:02 +0900",
    subject="Re: [KCSC-240905-02] 불법정보 시정요구 - 공문 재송부 요청",
    reply_to_req=MSGID["KCSC-240905-02"],
    body="""안녕하세요. 네이버 게시중단 담당자입니다.

보내주신 시정요구(KCSC-240905-02)와 관련하여, 내부 절차상 기관 직인이 날인된 공문(PDF)과
게시물별 위반 조항이 필요합니다. 메일 본문만으로는 처리가 어려워 번거로우시겠지만
해당 자료를 회신으로 보내주시면 확인 후 바로 검토하겠습니다.

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="NAVER reply asking for the sealed official letter and per-post legal grounds",
    why="asks for documents before acting; no status",
)

case(
    name="naver-read-receipt",
    from_="lee.minji@navercorp.com", name_from="이민지",
    date="Thu, 05 Sep 2024 16:12:40 +0900",
    subject="읽음: [KCSC-240905-02] 불법정보 시정요구",
    reply_to_req=MSGID["KCSC-240905-02"],
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="nv-mdn-1"

--nv-mdn-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240905-02] 불법정보 시정요구"을(를) 수신자가 2024-09-05 16:12에 읽었습니다.

--nv-mdn-1
Content-Type: message/disposition-notification

Reporting-UA: works.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; lee.minji@navercorp.com
Original-Message-ID: <kcsc-240905-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--nv-mdn-1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read receipt (MDN) for our request",
    why="a read receipt states nothing",
)

# -------------------------------------------------------------- Daum/Kakao
daum_rows = [
    (DM[0], DM[0], "블라인드"),
    (DM[1], DM[1], "임시조치 (30일)"),
    (TISTORY, TISTORY_RAW, "삭제"),
    (DM[3], DM[3], "게시물 없음 (카페지기가 카페를 폐쇄함)"),
]
daum_table = "\n".join(
    f'<tr><td><a href="{h}">{t}</a></td><td>{s}</td></tr>' for h, t, s in daum_rows
)
case(
    name="daum-right-center-html",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Wed, 11 Sep 2024 13:05:27 +0900",
    subject="[Daum] 시정요구 KCSC-240909-03 처리 결과",
    reply_to_req=MSGID["KCSC-240909-03"],
    type="html",
    body=f"""<html><body>
<div style="font-size:14px">
<p><b>Daum 권리침해신고센터</b> 처리 결과 안내</p>
<p>안녕하세요. 카카오 권리침해신고센터입니다.<br>
방송통신심의위원회 시정요구(KCSC-240909-03)에 대한 조치 결과를 안내드립니다.</p>
<table border="1" style="border-collapse:collapse">
<tr><th>게시물 주소</th><th>조치 내용</th></tr>
{daum_table}
</table>
<p>카카오 운영정책: <a href="https://www.kakao.com/policy/oppolicy">https://www.kakao.com/policy/oppolicy</a></p>
<p>본 메일은 발신 전용입니다.</p>
</div>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 권리침해신고센터 result notice as an HTML table",
    why="블라인드 (removed), 임시조치 (restricted), 삭제 (removed, raw Korean tistory path), cafe closed by its owner (not_found)",
    items={DM[0]: "removed", DM[1]: "restricted", TISTORY: "removed", DM[3]: "not_found"},
)

case(
    name="daum-korean-particles",
    from_="cs_tistory@kakaocorp.com", name_from="티스토리 운영팀",
    date="Thu, 12 Sep 2024 10:40:18 +0900",
    subject="RE: [KCSC-240909-03] 시정요구 조치 회신",
    reply_to_req=MSGID["KCSC-240909-03"],
    body=f"""안녕하세요, 티스토리/Daum 카페 운영팀입니다.

문의하신 {TISTORY}은 운영정책 위반으로 비공개 처리되었습니다.
또한 {DM[1]} 게시글은 임시조치(30일)되어 현재 열람이 제한되어 있습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao operator prose with Korean particles written straight after the URLs",
    why="tistory post (percent-encoded URL followed by 은) made private (removed); cafe post 임시조치 (restricted)",
    items={TISTORY: "removed", DM[1]: "restricted"},
)

case(
    name="daum-english-geo-block",
    from_="legal-notice@kakaocorp.com", name_from="Kakao Legal",
    date="Fri, 13 Sep 2024 18:02:51 +0900",
    subject="Re: [KCSC-240909-03] Correction request - Tistory and Daum Cafe",
    reply_to_req=MSGID["KCSC-240909-03"],
    body=f"""Dear Sir or Madam,

With regard to KCSC-240909-03:

- Access from Korea to the Tistory post below has been blocked. The blog
  owner is located abroad and the post remains visible outside Korea.
  {TISTORY_RAW}

- We could not locate the Daum Cafe post below; the cafe no longer exists.
  {DM[3]}

Kakao Legal
""",
    outcome="applied", classification="confirmation",
    imitates="English legal-team reply: country withholding and a 'could not locate'",
    why="tistory post blocked in Korea only (restricted, raw Korean URL); cafe post cannot be located (not_found)",
    items={TISTORY: "restricted", DM[3]: "not_found"},
)

case(
    name="daum-sequential-promise",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Tue, 10 Sep 2024 16:25:00 +0900",
    subject="Re: [KCSC-240909-03] 불법정보 시정요구",
    reply_to_req=MSGID["KCSC-240909-03"],
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 시정요구 중 Daum 카페 게시물
{DM[0]}
{DM[1]}
은 담당 부서에서 검토 중이며, 검토가 끝나는 대로 순차적으로 조치될 예정입니다.

처리 결과는 별도로 안내드리겠습니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Kakao 'under review, will be actioned in turn' interim reply",
    why="under review and a promise: no status for the two cafe posts",
    items={DM[0]: "pending", DM[1]: "pending"},
)

case(
    name="daum-ticket-receipt",
    from_="noreply@cs.daum.net", name_from="Daum 고객센터",
    date="Mon, 09 Sep 2024 11:00:41 +0900",
    subject="[Daum 고객센터] 문의가 정상적으로 접수되었습니다 (접수번호 2409-118273)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. Daum 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
- 접수번호: 2409-118273
- 문의 제목: [KCSC-240909-03] 불법정보 시정요구
- 접수일시: 2024.09.09 11:00

담당자가 확인 후 순차적으로 답변드리겠습니다. 답변은 영업일 기준 1~3일이 소요될 수 있습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Daum customer-centre ticket receipt (접수번호)",
    why="pure receipt: no item, no status",
)

case(
    name="daum-lookalike-domain",
    from_="notice@kakao-rightcenter.com", name_from="카카오 권리침해신고센터",
    date="Thu, 12 Sep 2024 21:47:36 +0900",
    subject="[카카오] KCSC-240909-03 조치 완료",
    body=f"""방송통신심의위원회 담당자님,

KCSC-240909-03 건의 아래 게시물을 삭제 완료하였습니다.
{DM[0]}
{DM[1]}

처리 확인서는 아래 링크에서 내려받으실 수 있습니다.
https://kakao-rightcenter.com/receipt/240909

카카오 권리침해신고센터
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="Kakao-styled notice from a look-alike domain that is no platform's",
    why="kakao-rightcenter.com is not a Daum/Kakao sender domain: nothing applied",
    items={DM[0]: "pending", DM[1]: "pending"},
)

# -------------------------------------------------------------------- Nate
nate_html = f"""<html><body>
<p>안녕하세요. 네이트 판 운영팀입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240910-04)에 대한 처리 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellpadding="3">
<tr><td>게시물</td><td>{NT[0]}</td></tr>
<tr><td>처리 결과</td><td>블라인드 처리 (개인정보 노출)</td></tr>
<tr><td>게시물</td><td>{NT[1]}</td></tr>
<tr><td>처리 결과</td><td>게시 유지 - 실명·연락처 등 개인을 식별할 수 있는 정보가 포함되어 있지 않음</td></tr>
</table>
<p>SK커뮤니케이션즈 네이트 판 운영팀</p>
</body></html>"""
case(
    name="nate-pann-html-pairs",
    from_="pann-report@skcomms.co.kr", name_from="네이트 판 운영팀",
    date="Wed, 11 Sep 2024 14:10:09 +0900",
    subject="[네이트] 시정요구 처리 결과 (KCSC-240910-04)",
    reply_to_req=MSGID["KCSC-240910-04"],
    type="html",
    body=nate_html,
    outcome="applied", classification="confirmation",
    imitates="Nate Pann HTML notice in label/value rows (게시물 / 처리 결과)",
    why="first post 블라인드 (removed); second kept because it holds no identifying data (rejected)",
    items={NT[0]: "removed", NT[1]: "rejected"},
)

nate_b64_text = f"""Hello,

This is the Nate Pann operations team replying to KCSC-240910-04.

{NT[0]} has been deleted for exposing personal information.

{NT[1]} has been changed to an adult-verified post: it can no longer be
viewed without logging in and verifying an age of 19 or older.

Best regards,
Nate Pann Operations
"""
case(
    name="nate-base64-english",
    from_="pann@nate.com", name_from="Nate Pann",
    date="Thu, 12 Sep 2024 09:58:31 +0900",
    subject="Re: [KCSC-240910-04] Correction request",
    reply_to_req=MSGID["KCSC-240910-04"],
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(nate_b64_text)}""",
    outcome="applied", classification="confirmation",
    imitates="base64-encoded English reply from the Pann operations team",
    why="one post deleted (removed), the other age-gated behind adult verification (restricted)",
    items={NT[0]: "removed", NT[1]: "restricted"},
)

case(
    name="nate-gmail-quote-below",
    from_="choi.yr@skcomms.co.kr", name_from="최유리",
    date="Fri, 13 Sep 2024 11:20:05 +0900",
    subject="Re: [KCSC-240910-04] 개인정보 노출 게시물 시정요구",
    reply_to_req=MSGID["KCSC-240910-04"],
    body=f"""안녕하세요, 네이트 판 최유리입니다.

{NT[0]} 글은 오늘 오전 운영자 삭제했습니다.
나머지 한 건은 법무 검토 중이라 결과 나오면 다시 연락드릴게요.

On Tue, Sep 10, 2024 at 9:40 AM KCSC Takedown <takedown@kcsc.example> wrote:
> 안녕하십니까. 방송통신심의위원회입니다.
> 아래 게시물에 대하여 시정요구(삭제)를 통보합니다.
> {NT[0]}
> {NT[1]}
> 2024. 9. 17.까지 조치 결과를 회신하여 주십시오.
""",
    outcome="applied", classification="confirmation",
    imitates="staff Gmail reply above the '>' quoted request",
    why="one post 운영자 삭제 (removed); the other only under legal review; quoted URLs are ours",
    items={NT[0]: "removed", NT[1]: "pending"},
)

# -------------------------------------------------------------------- SOOP
case(
    name="soop-english-vods",
    from_="safety@sooplive.co.kr", name_from="SOOP Safety Team",
    date="Thu, 12 Sep 2024 16:44:50 +0900",
    subject="[SOOP] Result of correction request KCSC-240911-05",
    reply_to_req=MSGID["KCSC-240911-05"],
    body=f"""Dear KCSC,

SOOP reviewed the VODs in request KCSC-240911-05.

VOD {SP[0]}
- Deleted. The streamer's broadcasting rights have been suspended for 7 days.

VOD {SP[1]}
- Set to 19+ (age-restricted); only age-verified adult users can play it.

The channel post in your request is being checked separately.

SOOP Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP safety team English result mail per VOD",
    why="first VOD deleted (removed), second set 19+ (restricted); the channel post only 'being checked'",
    items={SP[0]: "removed", SP[1]: "restricted", SP[2]: "pending"},
)

case(
    name="soop-channel-post-gone",
    from_="safety@sooplive.co.kr", name_from="SOOP 운영팀",
    date="Fri, 13 Sep 2024 10:02:13 +0900",
    subject="Re: [KCSC-240911-05] 방송국 게시글 확인 결과",
    reply_to_req=MSGID["KCSC-240911-05"],
    body=f"""안녕하세요. SOOP 운영팀입니다.

요청하신 방송국 게시글
<{SP[2]}>
은 존재하지 않는 게시글입니다. 확인 결과 작성자(BJ)가 9월 11일 직접 삭제한 것으로 확인됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP operator reply: channel post deleted by its author",
    why="the post does not exist, deleted by the streamer himself: not_found",
    items={SP[2]: "not_found"},
)

soop_html = f"""<html><body>
<h3>SOOP 시정요구 조치 결과</h3>
<p>요청번호: KCSC-240911-05</p>
<table border="1">
<thead><tr><th>대상</th><th>결과</th><th>비고</th></tr></thead>
<tbody>
<tr><td>{SP[0]}</td><td>삭제</td><td>해당 BJ 방송 정지 7일</td></tr>
<tr><td>{SP[1]}</td><td>유지</td><td>도박 사이트 홍보 내용 확인되지 않음</td></tr>
<tr><td>{SP[2]}</td><td>해당 없음</td><td>작성자 삭제로 게시글 없음</td></tr>
</tbody>
</table>
<p>문의: <a href="https://help.sooplive.co.kr/atv.php">SOOP 고객센터</a></p>
</body></html>"""
case(
    name="soop-html-table",
    from_="noreply@sooplive.co.kr", name_from="SOOP",
    date="Sat, 14 Sep 2024 12:30:00 +0900",
    subject="[SOOP] 시정요구 조치 결과 안내",
    reply_to_req=MSGID["KCSC-240911-05"],
    type="html",
    body=soop_html,
    outcome="applied", classification="confirmation",
    imitates="SOOP HTML result table (대상 / 결과 / 비고)",
    why="VOD deleted (removed), VOD kept with reason (rejected), channel post gone by author (not_found)",
    items={SP[0]: "removed", SP[1]: "rejected", SP[2]: "not_found"},
)

case(
    name="soop-conditional-deadline",
    from_="safety@sooplive.co.kr", name_from="SOOP Safety Team",
    date="Thu, 12 Sep 2024 09:15:22 +0900",
    subject="Re: [KCSC-240911-05] Correction request",
    reply_to_req=MSGID["KCSC-240911-05"],
    body=f"""Hello,

We have notified the streamer about the two VODs below and asked them to
delete the videos themselves:

{SP[0]}
{SP[1]}

If the VODs are not deleted within 24 hours, they will be removed by our
operations team and the channel may be restricted.

SOOP Safety Team
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="SOOP notice-to-streamer reply with a conditional removal",
    why="the streamer was asked; removal only 'if not deleted within 24 hours': no status",
    items={SP[0]: "pending", SP[1]: "pending"},
)

case(
    name="soop-delivery-failure",
    from_="MAILER-DAEMON@sooplive.co.kr", name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 08:01:10 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="soop-dsn-1"

--soop-dsn-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.sooplive.co.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@sooplive.co.kr>: host mx1.sooplive.co.kr said: 550 5.1.1
    <report@sooplive.co.kr>: Recipient address rejected: User unknown

--soop-dsn-1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.sooplive.co.kr
Arrival-Date: Fri, 13 Sep 2024 08:01:08 +0900

Final-Recipient: rfc822; report@sooplive.co.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--soop-dsn-1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report@sooplive.co.kr
Subject: [KCSC-240911-05] Reminder: correction request
Message-ID: <kcsc-240911-05.r1@kcsc.example>
Date: Fri, 13 Sep 2024 08:00:55 +0900
Content-Type: text/plain; charset=utf-8

Reminder: the following items of KCSC-240911-05 are still pending.
{SP[0]}
{SP[1]}
{SP[2]}

--soop-dsn-1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our reminder with the original attached",
    why="delivery failure; the URLs are in our own returned reminder",
)

# ---------------------------------------------------------------- FM Korea
case(
    name="fmkorea-both-deleted",
    from_="admin@fmkorea.com", name_from="에펨코리아 운영진",
    date="Fri, 13 Sep 2024 14:22:37 +0900",
    subject="Re: [KCSC-240912-06] 도박 사이트 홍보 게시물 시정요구",
    reply_to_req=MSGID["KCSC-240912-06"],
    body=f"""안녕하세요, 에펨코리아 운영진입니다.

요청하신 게시글 2건 모두 삭제 처리되었습니다.
 · {FM[0]}
 · {FM[1]}

작성자 계정은 도박 사이트 홍보로 영구 이용정지 하였습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community admin reply listing both posts under 'deleted'",
    why="both posts named under the deletion statement",
    items={FM[0]: "removed", FM[1]: "removed"},
)

case(
    name="fmkorea-fullwidth-punctuation",
    from_="admin@fmkorea.com", name_from="에펨코리아 운영진",
    date="Sat, 14 Sep 2024 10:05:59 +0900",
    subject="Re: [KCSC-240912-06] 처리 결과",
    reply_to_req=MSGID["KCSC-240912-06"],
    body=f"""안녕하세요. 에펨코리아입니다.

１．게시글（{FM[0]}）：추천인 코드가 포함된 도박 사이트 홍보 글로 확인되어 삭제하였습니다。
２．게시글（{FM[1]}）：스포츠 경기 결과에 대한 일반 토론 글로, 위반 내용이 없어 게시를 유지합니다。

감사합니다。
""",
    outcome="applied", classification="confirmation",
    imitates="admin reply typed with full-width numbers, parentheses and punctuation",
    why="first post deleted (removed); second kept as ordinary discussion (rejected)",
    items={FM[0]: "removed", FM[1]: "rejected"},
)

case(
    name="fmkorea-bulk-two",
    from_="admin@fmkorea.com", name_from="에펨코리아 운영진",
    date="Fri, 13 Sep 2024 09:40:00 +0900",
    subject="Re: [KCSC-240912-06] 도박 사이트 홍보 게시물 시정요구",
    reply_to_req=MSGID["KCSC-240912-06"],
    body="""안녕하세요. 에펨코리아 운영진입니다.
요청하신 건 모두 삭제했습니다. 감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="one-line 'all deleted' admin reply",
    why="'all requested deleted' for a two-item request, naming neither: bulk",
    items={FM[0]: "pending", FM[1]: "pending"},
)

case(
    name="fmkorea-dsn-mailbox-full",
    from_="mailer-daemon@fmkorea.com", name_from="Mail Delivery Subsystem",
    date="Sun, 15 Sep 2024 03:12:44 +0900",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="fm-dsn-7"

--fm-dsn-7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일 전송 실패 안내 / Delivery failure

수신자의 메일함 용량이 가득 차서 메일을 전달하지 못했습니다.
The recipient's mailbox is full.

  admin@fmkorea.com

원본 제목: [KCSC-240912-06] 도박 사이트 홍보 게시물 시정요구 (2차 안내)

--fm-dsn-7
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.fmkorea.com

Final-Recipient: rfc822; admin@fmkorea.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--fm-dsn-7
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: admin@fmkorea.com
Subject: [KCSC-240912-06] 도박 사이트 홍보 게시물 시정요구 (2차 안내)
Message-ID: <kcsc-240912-06.r1@kcsc.example>

--fm-dsn-7--
""",
    outcome="ignored", classification="bounce",
    imitates="bilingual 'mailbox full' DSN with the returned headers only",
    why="delivery failure; no statement",
)

case(
    name="citizen-gmail-says-deleted",
    from_="haneul.dad82@gmail.com", name_from="하늘아빠",
    date="Sat, 14 Sep 2024 22:18:03 +0900",
    subject="KCSC-240912-06 관련 제보",
    body=f"""안녕하세요. 지난번에 신고했던 사람입니다.
방금 들어가 보니 {FM[0]} 글은 지워진 것 같네요.
그런데 같은 사람이 다른 닉네임으로 또 올리고 있습니다. 확인 부탁드립니다.
""",
    outcome="review", classification="other", review="unknown_sender",
    imitates="citizen's follow-up from a free-mail address",
    why="not a platform sender (and only 'seems deleted'): nothing applied",
    items={FM[0]: "pending"},
)

# ------------------------------------------------------------------- Inven
case(
    name="inven-ack-plus-sole-statement",
    from_="cs@inven.co.kr", name_from="인벤 고객지원",
    date="Fri, 13 Sep 2024 15:55:20 +0900",
    subject="Re: [KCSC-240912-07] 게임 계정 불법 거래 게시물 시정요구",
    reply_to_req=MSGID["KCSC-240912-07"],
    body="""안녕하세요. 인벤 고객지원팀입니다.

보내주신 시정요구 잘 접수하여 확인하였습니다.
해당 게시물은 금일 15시 30분에 삭제 조치하였으며, 작성자 계정은 거래 게시판 이용이 제한되었습니다.

감사합니다.
인벤 고객지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Inven support reply: receipt phrase followed by the action taken",
    why="one-item request; 'the post was deleted' is an unhedged statement, not a mere receipt",
    items={IV[0]: "removed"},
)

case(
    name="inven-out-of-office",
    from_="jung.hs@inven.co.kr", name_from="정현수",
    date="Thu, 12 Sep 2024 10:06:00 +0900",
    subject="부재중 자동 회신: [KCSC-240912-07] 게임 계정 불법 거래 게시물 시정요구",
    reply_to_req=MSGID["KCSC-240912-07"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""9월 12일(목)부터 9월 19일(목)까지 휴가로 부재중입니다.
게시물 관련 문의는 cs@inven.co.kr 로 보내주시면 담당자가 처리해 드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook-style Korean out-of-office reply",
    why="automatic vacation reply",
)

case(
    name="inven-wrong-platform-link",
    from_="cs@inven.co.kr", name_from="인벤 고객지원",
    date="Fri, 13 Sep 2024 11:31:47 +0900",
    subject="Re: [KCSC-240912-07] 공문 내 링크 관련 문의",
    reply_to_req=MSGID["KCSC-240912-07"],
    body=f"""안녕하세요. 인벤 고객지원팀입니다.

보내주신 공문(KCSC-240912-07) 본문에 함께 기재된 아래 링크는 디시인사이드 게시물로,
당사 서비스가 아니어서 인벤에서 조치할 수 없습니다.
{DC[12]}
참고로 저희가 접속해 보니 현재 '삭제된 게시물입니다'라고 표시되고 있습니다.

인벤 게시물 건은 확인 후 별도로 회신드리겠습니다.
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="Inven reply about another site's link found in our letter",
    why="Inven reports on a DC Inside post (third-party observation); its own item is only promised",
    items={DC[12]: "pending", IV[0]: "pending"},
)

# ----------------------------------------------------- Clien / Ppomppu
case(
    name="clien-contact-change",
    from_="admin@clien.net", name_from="클리앙 운영진",
    date="Tue, 10 Sep 2024 17:00:00 +0900",
    subject="[클리앙] 기관 요청 접수 창구 변경 안내",
    body="""안녕하세요. 클리앙 운영진입니다.

2024년 10월 1일부터 수사기관 및 행정기관의 게시물 관련 요청은
legal@clien.net 으로만 접수받습니다. 기존 주소로 보내시는 요청은 처리가 늦어질 수 있습니다.

감사합니다.
""",
    outcome="review", classification="other", review="no_claims",
    imitates="community site's notice changing its contact address for authorities",
    why="trusted platform mail naming no item and no request of ours",
)

case(
    name="ppomppu-inquiry-receipt",
    from_="help@ppomppu.co.kr", name_from="뽐뿌 고객센터",
    date="Sat, 14 Sep 2024 09:00:12 +0900",
    subject="[뽐뿌] 1:1 문의가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""[뽐뿌] 1:1 문의 접수 안내

문의가 접수되었습니다. (접수번호 PP-240914-0067)
담당자 확인 후 순서대로 답변드리며, 답변 등록 시 메일로 알려드립니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="community site 1:1 inquiry receipt",
    why="pure receipt without any item or statement",
)


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
    header = (
        "# blind909: Korean portals and community sites (NAVER, Daum/Kakao, DC Inside,\n"
        "# SOOP, Nate, Inven, FM Korea, Clien, Ppomppu) with the doubtful and ignorable\n"
        "# mail a regulator's mailbox receives. Written by make.py; expected results\n"
        "# written from each email's meaning before any run of the reader."
    )
    corpuslib.write_set(HERE, "blind909", header, CASES)


if __name__ == "__main__":
    main()
