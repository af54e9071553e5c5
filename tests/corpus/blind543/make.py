#!/usr/bin/env python3
"""Blind set 543: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Nate Pann), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

Deterministic: `python3 tests/corpus/blind543/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every expected result was
written from the meaning of the email alone, before any run of the reader.
All names, ids and URLs are fictional.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind543"

# ---------------------------------------------------------------- requests
TISTORY_RAW = "https://sunny-haru.tistory.com/entry/오늘의-제보"
TISTORY = "https://sunny-haru.tistory.com/entry/" + quote("오늘의-제보")

N = {  # NAVER, KCSC-240903-01, the largest request (12 items)
    "moon1": "https://blog.naver.com/moonlit_path77/223561204881",
    "moon2": "https://blog.naver.com/moonlit_path77/223561209934",
    "dosi1": "https://cafe.naver.com/dosirak2020/88412",
    "dosi2": "https://cafe.naver.com/dosirak2020/88415",
    "stock": "https://cafe.naver.com/stockhanul/510293",
    "kin": "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=470112358",
    "ggoom": "https://blog.naver.com/ggoomtree/223570011245",
    "tv": "https://tv.naver.com/v/58821407",
    "junggo": "https://cafe.naver.com/junggomaeul/1148823",
    "haneul": "https://blog.naver.com/PostView.naver?blogId=haneul_sori&logNo=223571122010",
    "post": "https://post.naver.com/viewer/postView.naver?volumeNo=38120554&memberNo=51230077",
    "mblog": "https://m.blog.naver.com/ggoomtree/223570019981",
}
DC = {  # DC Inside, KCSC-240904-02 (4 items)
    "stock": "https://gall.dcinside.com/board/view/?id=stock_new2&no=11823304",
    "c1": "https://gall.dcinside.com/mgallery/board/view/?id=cryptoreal&no=402218",
    "c2": "https://gall.dcinside.com/mgallery/board/view/?id=cryptoreal&no=402231",
    "mini": "https://gall.dcinside.com/mini/board/view/?id=hanbitcircle&no=7719",
}
DA = {  # Daum / Kakao, KCSC-240905-03 (3 items)
    "saju": "https://cafe.daum.net/sajoolove/Lf1k/2841",
    "tis": TISTORY,
    "bean": "https://cafe.daum.net/redbeanshop/Yq3a/10552",
}
SO = {  # SOOP, KCSC-240906-04 (2 items)
    "vod": "https://vod.sooplive.co.kr/player/131552078",
    "post": "https://ch.sooplive.co.kr/moonbj0921/post/88120431",
}
FM = {  # FM Korea, KCSC-240909-05 (3 items)
    "a": "https://www.fmkorea.com/7318829104",
    "b": "https://www.fmkorea.com/7318903377",
    "best": "https://www.fmkorea.com/best/7319011258",
}
CL = "https://www.clien.net/service/board/park/18771203"  # Clien, KCSC-240910-06 (1 item)
NA = {  # Nate Pann, KCSC-240910-07 (2 items)
    "a": "https://pann.nate.com/talk/372019584",
    "b": "https://pann.nate.com/talk/372020117",
}

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03", "2024-09-10", list(N.values()),
     "불법정보(도박·불법 금융)", "kcsc-240903-01@kcsc.example",
     "NAVER blog, cafe, 지식iN, TV and Post; sent to policy@navercorp.com, \"긴급\" flagged"),
    ("KCSC-240904-02", "dcinside", "2024-09-04", "2024-09-11", list(DC.values()),
     "불법정보(불법 금융)", "kcsc-240904-02@kcsc.example",
     "DC Inside galleries: main, minor, mini"),
    ("KCSC-240905-03", "daum", "2024-09-05", "2024-09-12", list(DA.values()),
     "권리침해(개인정보)", "kcsc-240905-03@kcsc.example",
     "Daum cafe and Tistory; Tistory path stored percent-encoded"),
    ("KCSC-240906-04", "soop", "2024-09-06", "2024-09-13", list(SO.values()),
     "청소년유해", "kcsc-240906-04@kcsc.example", "SOOP VOD and channel post"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09", "2024-09-16", list(FM.values()),
     "불법정보(도박)", "kcsc-240909-05@kcsc.example", "FM Korea, one in the best board"),
    ("KCSC-240910-06", "clien", "2024-09-10", "2024-09-17", [CL],
     "권리침해(명예훼손)", "kcsc-240910-06@kcsc.example", "Clien 모두의공원, one item"),
    ("KCSC-240910-07", "nate", "2024-09-10", "2024-09-17", list(NA.values()),
     "권리침해(개인정보)", "kcsc-240910-07@kcsc.example", "Nate Pann, two talk posts"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def gmail_quote_ko(when, lines):
    return f"{when} KCSC 통신심의 <takedown@kcsc.example>님이 작성:\n" + "\n".join(
        ("> " + l) if l else ">" for l in lines)


REQ_NAVER_LINES = [
    "안녕하세요. 방송통신심의위원회입니다.",
    "",
    "아래 게시물에 대하여 정보통신망법 제44조의7에 따른 시정요구(삭제)를",
    "전달드리오니 조치 후 결과를 회신하여 주시기 바랍니다. (KCSC-240903-01)",
    "",
] + [f"{i}. {u}" for i, u in enumerate(N.values(), 1)] + [
    "",
    "조치기한: 2024. 9. 10.",
]

# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======== APPLIED ========================================================

case(
    name="naver-result-table-html",
    **{"from": "noreply-right@naver.com"}, name_from="네이버 게시중단요청서비스",
    date="Mon, 09 Sep 2024 11:02:17 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)",
    reply_to_req="kcsc-240903-01", type="html",
    body=f"""<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시중단요청서비스입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240903-01)의 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No</th><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td>1</td><td>{N['moon1']}</td><td>게시중단(삭제)</td></tr>
<tr><td>2</td><td>{N['moon2']}</td><td>임시조치(30일)</td></tr>
<tr><td>3</td><td>{N['dosi1']}</td><td>블라인드 처리</td></tr>
<tr><td>4</td><td>{N['dosi2']}</td><td>게시물 없음(작성자 삭제)</td></tr>
<tr><td>5</td><td>{N['kin']}</td><td>조치 불가 &ndash; 운영정책 위반 사항이 확인되지 않음</td></tr>
</table>
<p>나머지 게시물은 확인 후 별도로 안내드리겠습니다.</p>
<p style="color:#888">본 메일은 발신 전용입니다. 게시중단 관련 운영정책은
<a href="https://right.naver.com/policy/guide">https://right.naver.com/policy/guide</a>에서 확인하실 수 있습니다.</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 처리 결과 안내 (HTML table of URL and result)",
    why="item-level table from NAVER: 게시중단(삭제), 임시조치, 블라인드, author-deleted, refusal with reason",
    items={N["moon1"]: "removed", N["moon2"]: "restricted", N["dosi1"]: "removed",
           N["dosi2"]: "not_found", N["kin"]: "rejected"},
)

case(
    name="naver-numbered-korean",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Tue, 10 Sep 2024 16:40:05 +0900",
    subject="RE: [KCSC-240903-01] 시정요구 조치 결과",
    reply_to_req="kcsc-240903-01",
    body=f"""안녕하세요, 네이버 정책지원팀 박도윤입니다.

요청하신 건 중 아래 3건의 조치 결과를 먼저 회신드립니다.

1. {N['tv']}
   - 영상 삭제 완료
2. {N['post']}
   - 포스트 비공개 처리 완료
3. {N['stock']}
   - 게시 유지: 특정 종목에 대한 개인 투자 의견으로, 불법 금융 정보나 운영원칙 위반 사항이 확인되지 않았습니다.

감사합니다.
박도윤 드림
NAVER 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team reply to a 시정요구, numbered list with result under each URL",
    why="three statements, one per URL: 삭제 -> removed, 비공개 처리 -> removed, 게시 유지 with reason -> rejected",
    items={N["tv"]: "removed", N["post"]: "removed", N["stock"]: "rejected"},
)

CSV_ROWS = [
    ("1", N["moon1"], "삭제", ""),
    ("2", N["moon2"], "임시조치", "30일"),
    ("3", N["dosi1"], "삭제", ""),
    ("4", N["dosi2"], "게시물 없음", "작성자 삭제"),
    ("5", N["stock"], "유지", "위반 아님"),
    ("6", N["kin"], "삭제", ""),
    ("7", N["ggoom"], "삭제", ""),
    ("8", N["tv"], "검토중", ""),
    ("9", N["junggo"], "임시조치", "30일, 게시자 이의제기 가능"),
    ("10", N["haneul"], "삭제", ""),
    ("11", N["post"], "비공개", ""),
    ("12", N["mblog"], "검토중", ""),
]


def csv_text(rows, head):
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(head)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


case(
    name="naver-csv-all-items",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Thu, 12 Sep 2024 10:15:44 +0900",
    subject="[KCSC-240903-01] 처리 결과 회신 (첨부)",
    reply_to_req="kcsc-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_5a1c9e"

--=_nv_5a1c9e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

KCSC-240903-01 건 12개 게시물의 처리 결과를 첨부 파일로 송부드립니다.
'검토중' 2건은 결과가 확정되는 대로 다시 안내드리겠습니다.

감사합니다.

--=_nv_5a1c9e
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text(CSV_ROWS, ["번호", "URL", "처리결과", "비고"]))}
--=_nv_5a1c9e--
""",
    outcome="applied", classification="confirmation",
    imitates="portal's result spreadsheet attached as CSV (번호, URL, 처리결과, 비고)",
    why="CSV rows state each item's result; the two 검토중 rows stay pending",
    items={N["moon1"]: "removed", N["moon2"]: "restricted", N["dosi1"]: "removed",
           N["dosi2"]: "not_found", N["stock"]: "rejected", N["kin"]: "removed",
           N["ggoom"]: "removed", N["tv"]: "pending", N["junggo"]: "restricted",
           N["haneul"]: "removed", N["post"]: "removed", N["mblog"]: "pending"},
)

case(
    name="naver-english-topposted-gmail",
    **{"from": "jiwoo.han@navercorp.com"}, name_from="Jiwoo Han",
    date="Wed, 11 Sep 2024 09:31:20 +0900",
    subject="Re: [KCSC-240903-01] 시정요구(삭제) 요청",
    reply_to_req="kcsc-240903-01",
    body=f"""Hello,

Following up on your request. The blog post
{N['ggoom']} has been deleted for violating our operating policy.

The cafe post {N['junggo']} is now restricted: access to it from Korea is blocked under a temporary measure (임시조치), pending the author's response.

We are still looking at the other links and will write again.

Best regards,
Jiwoo Han | Trust & Safety, NAVER Corp.

{gmail_quote_ko("2024년 9월 3일 (화) 오후 4:05,", REQ_NAVER_LINES)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a portal T&S staffer over the quoted request",
    why="two items stated above the quote; the quoted request lists all twelve but states nothing",
    items={N["ggoom"]: "removed", N["junggo"]: "restricted", N["moon1"]: "pending", N["tv"]: "pending"},
)

case(
    name="naver-base64-single",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 14:22:09 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[네이버 고객센터] 게시물 임시조치 안내".encode()).decode() + "?=",
    reply_to_req="kcsc-240903-01",
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. 네이버 고객센터입니다.

요청하신 블로그 게시물
{N['haneul']}
에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 제한)를 하였음을 알려드립니다.

임시조치 기간 중 게시자의 재게시 요청이 있는 경우 별도로 안내드립니다.

네이버 고객센터 드림
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 안내 mail, base64-encoded body",
    why="one item, 임시조치(접근 제한) stated -> restricted; the later re-posting remark is about the author's right, not a condition on the measure",
    items={N["haneul"]: "restricted"},
)

case(
    name="naver-url-below-statement",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Fri, 13 Sep 2024 17:05:51 +0900",
    subject="RE: [KCSC-240903-01] 추가 조치 결과",
    reply_to_req="kcsc-240903-01",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

아래 게시물은 삭제 조치되었습니다.
{N['dosi1']}
{N['dosi2']}

아래 영상은 국내 접속 차단 조치되었습니다.
{N['tv']}

아래 주소는 확인 결과 존재하지 않는 게시물입니다.
{N['mblog']}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal reply: heading sentence, then the URLs it covers on the lines below",
    why="each heading applies to the URLs under it: removed x2, 국내 접속 차단 -> restricted, 존재하지 않는 -> not_found",
    items={N["dosi1"]: "removed", N["dosi2"]: "removed", N["tv"]: "restricted", N["mblog"]: "not_found"},
)

case(
    name="naver-ack-plus-statement",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 18:44:02 +0900",
    subject="[네이버 고객센터] 문의 접수 및 답변 안내",
    body=f"""고객님의 문의가 정상적으로 접수되었습니다. (접수번호 2409-118273)

[문의 내용]
지식iN 게시물 삭제 요청 (방송통신심의위원회, KCSC-240903-01)

[답변]
안녕하세요. 네이버 고객센터입니다.
문의하신 지식iN 게시물 {N['kin']} 은 운영정책 위반(불법 금융 홍보)으로 삭제되었습니다.

더 궁금하신 사항은 고객센터 https://help.naver.com 로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 '문의 접수 및 답변 안내' (receipt and answer in one mail)",
    why="receipt wording plus an unhedged item statement: not a pure acknowledgement; kin -> removed",
    items={N["kin"]: "removed"},
)

case(
    name="naver-wrapped-url",
    **{"from": "dl_safety@navercorp.com"}, name_from="NAVER Safety",
    date="Tue, 10 Sep 2024 12:03:37 +0900",
    subject="Re: KCSC-240903-01",
    reply_to_req="kcsc-240903-01",
    body="""Dear KCSC team,

The NAVER Post entry at
https://post.naver.com/viewer/postView.naver?volumeNo=38120554&
memberNo=51230077 has been made unavailable to all users.

The blog post https://blog.naver.com/moonlit_path77/223561209934 has
been restricted in Korea.

Regards,
NAVER Safety Operations
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text mail wrapped at 72 columns by the sender's client, breaking a long URL",
    why="the 80-character Post URL is cut after '&' by line wrapping; a clerk rejoins it -> removed; the blog post -> restricted",
    items={N["post"]: "removed", N["moon2"]: "restricted"},
)

case(
    name="naver-two-statuses-one-sentence",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Wed, 11 Sep 2024 15:12:48 +0900",
    subject="RE: [KCSC-240903-01] 블로그 게시물 조치",
    reply_to_req="kcsc-240903-01",
    body=f"""안녕하세요.

요청하신 블로그 게시물 중 {N['moon1']} 은 삭제하였고, {N['moon2']} 은 임시조치하였습니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean staff reply with two results in one sentence",
    why="one sentence, two clauses: first URL 삭제 -> removed, second 임시조치 -> restricted",
    items={N["moon1"]: "removed", N["moon2"]: "restricted"},
)

case(
    name="dc-operator-deleted",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 15:30:10 +0900",
    subject="[디시인사이드] KCSC-240904-02 처리 결과",
    reply_to_req="kcsc-240904-02",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 4건 처리 결과입니다.

- {DC['stock']} : 운영자 삭제
- {DC['c1']} : 운영자 삭제
- {DC['c2']} : 운영자 삭제
- {DC['mini']} : 작성자가 이미 삭제한 글로 확인되어 별도 조치 없음

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team reply, dash list 'URL : 결과'",
    why="three 운영자 삭제 -> removed; one already deleted by its author -> not_found",
    items={DC["stock"]: "removed", DC["c1"]: "removed", DC["c2"]: "removed", DC["mini"]: "not_found"},
)

case(
    name="dc-bare-url-status-below",
    **{"from": "abuse@dcinside.com"}, name_from="DCInside",
    date="Fri, 06 Sep 2024 10:48:29 +0900",
    subject="Re: [KCSC-240904-02] 마이너 갤러리 게시물",
    reply_to_req="kcsc-240904-02",
    body=f"""{DC['c1']}
→ 삭제 완료

{DC['c2']}
→ 삭제하지 않음 (코인 시세에 대한 단순 의견글로, 갤러리 규정 및 이용약관 위반이 아닙니다)

--
DCInside 신고처리 담당
""",
    outcome="applied", classification="confirmation",
    imitates="terse DC Inside abuse-desk answer: bare URL, result on the next line",
    why="status line under each URL: 삭제 완료 -> removed; 삭제하지 않음 with reason -> rejected",
    items={DC["c1"]: "removed", DC["c2"]: "rejected"},
)

case(
    name="dc-english-abuse-desk",
    **{"from": "abuse@dcinside.com"}, name_from="DCInside Abuse",
    date="Mon, 09 Sep 2024 13:20:00 +0900",
    subject="Re: Request KCSC-240904-02",
    reply_to_req="kcsc-240904-02",
    body=f"""Hello,

The post at {DC['stock']} was removed by our moderation team today.

We could not find the post at {DC['mini']}. The mini gallery has no post with that number.

DCInside Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk reply from a Korean community site",
    why="removed; 'could not find' with no such post number -> not_found",
    items={DC["stock"]: "removed", DC["mini"]: "not_found"},
)

case(
    name="dc-echoed-report",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Tue, 10 Sep 2024 11:11:11 +0900",
    subject="[디시인사이드] 신고 처리 결과 안내",
    reply_to_req="kcsc-240904-02",
    body=f"""디시인사이드 신고센터에서 신고하신 내용의 처리 결과를 안내드립니다.

[신고 내역 1]
신고 URL: {DC['stock']}
신고 사유: 불법정보 (방송통신심의위원회 시정요구)
처리 결과: 게시물 삭제 및 작성자 이용 차단

[신고 내역 2]
신고 URL: {DC['mini']}
신고 사유: 불법정보 (방송통신심의위원회 시정요구)
처리 결과: 해당 게시물 없음

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-centre result mail echoing each report's fields (신고 URL / 신고 사유 / 처리 결과)",
    why="each block pairs the URL with its 처리 결과: 삭제 -> removed; 게시물 없음 -> not_found",
    items={DC["stock"]: "removed", DC["mini"]: "not_found"},
)

case(
    name="daum-imsijochi-tistory",
    **{"from": "rights-desk@kakaocorp.com"}, name_from="Kakao 권리침해신고센터",
    date="Fri, 06 Sep 2024 09:55:33 +0900",
    subject="[티스토리] 게시물 임시조치 안내",
    reply_to_req="kcsc-240905-03",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

귀 기관에서 신고하신 티스토리 게시물
{TISTORY_RAW} 에 대하여
정보통신망법 제44조의2 제4항에 따라 30일간 임시조치(접근 제한)하였음을 알려드립니다.

게시자가 이의를 제기하지 않으면 임시조치 기간 만료 후 게시물은 삭제됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 30일 임시조치 안내 (Tistory)",
    why="raw Korean path matches the percent-encoded request URL; 임시조치(접근 제한) now -> restricted; the later deletion is only a condition",
    items={DA["tis"]: "restricted"},
)

case(
    name="daum-cafe-blind",
    **{"from": "cafe-notice@daum.net"}, name_from="Daum 카페",
    date="Mon, 09 Sep 2024 10:02:40 +0900",
    subject="[Daum 카페] 신고 게시물 처리 결과 (KCSC-240905-03)",
    reply_to_req="kcsc-240905-03",
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

요청하신 카페 게시물의 처리 결과입니다.

· {DA['saju']}
  유해 게시물로 확인되어 블라인드 처리하였습니다.
· {DA['bean']}
  이미 삭제되어 존재하지 않는 게시물입니다.

카페 운영정책: https://cafe.daum.net/_policy
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations notice: middle-dot list, result under each URL",
    why="블라인드 -> removed; 이미 삭제되어 존재하지 않는 -> not_found; policy link is not an item",
    items={DA["saju"]: "removed", DA["bean"]: "not_found"},
)

DAUM_QP_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<div>안녕하세요. 카카오 권리침해신고센터입니다.</div>
<div>KCSC-240905-03 건에 대한 검토 결과를 알려드립니다.</div>
<br>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>대상 게시물</th><th>조치</th><th>사유</th></tr></thead>
<tbody>
<tr><td><a href="{DA['saju']}">{DA['saju']}</a></td><td>삭제</td><td>개인정보 노출</td></tr>
<tr><td><a href="{TISTORY}">{TISTORY_RAW}</a></td><td>게시 유지</td><td>개인을 특정할 수 있는 정보가 포함되어 있지 않아 운영정책 위반에 해당하지 않음</td></tr>
<tr><td><a href="{DA['bean']}">{DA['bean']}</a></td><td>삭제</td><td>개인정보 노출</td></tr>
</tbody></table>
<br><div>카카오 드림</div>
</body></html>"""

case(
    name="daum-qp-html-table",
    **{"from": "rights-desk@kakaocorp.com"}, name_from="Kakao 권리침해신고센터",
    date="Tue, 10 Sep 2024 14:37:19 +0900",
    subject="[카카오] 권리침해 신고 검토 결과 (KCSC-240905-03)",
    reply_to_req="kcsc-240905-03",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(DAUM_QP_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao rights-centre review result, quoted-printable HTML table (대상/조치/사유)",
    why="table rows: 삭제 -> removed x2; 게시 유지 with reason -> rejected (Tistory link text raw Korean, href encoded)",
    items={DA["saju"]: "removed", DA["tis"]: "rejected", DA["bean"]: "removed"},
)

case(
    name="daum-english-tistory-raw",
    **{"from": "ts-global@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Wed, 11 Sep 2024 20:14:56 +0900",
    subject="Re: [KCSC-240905-03] Tistory entry",
    reply_to_req="kcsc-240905-03",
    body=f"""Hi,

The Tistory entry at {TISTORY_RAW}, which you reported on 5 September, has been taken down and is no longer accessible.

Kind regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao English T&S reply with a raw-Korean URL followed by a comma",
    why="one statement about the Tistory entry -> removed (the comma after the raw URL is punctuation)",
    items={DA["tis"]: "removed"},
)

case(
    name="soop-vod-deleted",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Mon, 09 Sep 2024 16:27:03 +0900",
    subject="[SOOP] 시정요구 처리 결과 안내 / Result of your request (KCSC-240906-04)",
    reply_to_req="kcsc-240906-04",
    body=f"""안녕하세요, SOOP 고객센터입니다. / Hello, this is SOOP Customer Care.

요청하신 콘텐츠의 처리 결과를 안내드립니다.
Below is the result for the content you reported.

VOD: {SO['vod']}
  - 삭제 (Deleted)
채널 게시글 / Channel post: {SO['post']}
  - 비공개 처리 (Hidden from public)

SOOP 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) bilingual Korean/English result notice",
    why="VOD 삭제 -> removed; channel post 비공개 처리 -> removed",
    items={SO["vod"]: "removed", SO["post"]: "removed"},
)

case(
    name="soop-age-restricted",
    **{"from": "cs@sooplive.co.kr"}, name_from="SOOP",
    date="Tue, 10 Sep 2024 11:50:46 +0900",
    subject="Re: [KCSC-240906-04] 청소년유해 콘텐츠",
    reply_to_req="kcsc-240906-04",
    body=f"""안녕하세요.

{SO['vod']} VOD는 19세 이상만 시청할 수 있도록 연령 제한을 설정하였습니다. 성인 인증을 하지 않은 이용자는 재생할 수 없습니다.

{SO['post']} 게시글은 검토 결과 청소년유해 기준에 해당하지 않아 게시를 유지합니다.

감사합니다.
SOOP 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP operations reply: 19+ age gate on a VOD, refusal for the channel post",
    why="연령 제한 -> restricted; 기준에 해당하지 않아 게시 유지 -> rejected",
    items={SO["vod"]: "restricted", SO["post"]: "rejected"},
)

case(
    name="soop-statement-of-reasons",
    **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Wed, 11 Sep 2024 08:30:00 +0900",
    subject="Statement of reasons - content decision SR-2409-00417",
    reply_to_req="kcsc-240906-04",
    body=f"""STATEMENT OF REASONS

Reference: SR-2409-00417 (your ref. KCSC-240906-04)
Content: {SO['vod']}
Decision: access to the content disabled in the Republic of Korea
Territorial scope: Republic of Korea
Ground: illegal content under Korean law, based on a correction request of the KCSC
Facts and circumstances relied on: the notice received on 6 September 2024
Automated means used: no

You can contest this decision through https://help.sooplive.co.kr/appeal.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, territorial scope, ground, redress)",
    why="access disabled in one country only -> restricted; appeal link is not an item",
    items={SO["vod"]: "restricted"},
)

case(
    name="fmkorea-particles",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Wed, 11 Sep 2024 22:03:19 +0900",
    subject="Re: [KCSC-240909-05] 게시물 삭제 요청",
    reply_to_req="kcsc-240909-05",
    body=f"""안녕하세요 에펨코리아 운영진입니다.

{FM['a']} 게시물은 삭제 처리하였습니다.
{FM['b']}은 신고 사유(도박 홍보)에 해당하지 않는 스포츠 경기 결과 글이라 유지합니다.
{FM['best']}（이미 작성자가 삭제한 글입니다）

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site admin reply, URLs glued to Korean particles and full-width parentheses",
    why="삭제 -> removed; 해당하지 않아 유지 -> rejected; 이미 작성자가 삭제 -> not_found",
    items={FM["a"]: "removed", FM["b"]: "rejected", FM["best"]: "not_found"},
)

case(
    name="fmkorea-html-list",
    **{"from": "admin@fmkorea.com"}, name_from="FMKorea",
    date="Fri, 13 Sep 2024 13:13:13 +0900",
    subject="[에펨코리아] 요청 건 처리 완료 (KCSC-240909-05)",
    reply_to_req="kcsc-240909-05", type="html",
    body=f"""<div>안녕하세요, 에펨코리아입니다.</div>
<div>요청하신 게시물 처리 결과입니다.</div>
<ul>
<li><a href="{FM['a']}">{FM['a']}</a> &ndash; 삭제</li>
<li><a href="{FM['b']}">{FM['b']}</a> &ndash; 삭제</li>
<li><a href="{FM['best']}">{FM['best']}</a> &ndash; 성인 인증 후 열람 가능하도록 제한</li>
</ul>
<div>에펨코리아 운영진 드림</div>
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea HTML reply with a bulleted list of links",
    why="삭제 x2 -> removed; adult verification gate -> restricted",
    items={FM["a"]: "removed", FM["b"]: "removed", FM["best"]: "restricted"},
)

case(
    name="clien-angle-brackets",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date="Thu, 12 Sep 2024 09:09:41 +0900",
    subject="Re: [KCSC-240910-06] 게시물 삭제 요청",
    reply_to_req="kcsc-240910-06",
    body=f"""안녕하세요. 클리앙 운영진입니다.

<{CL}> 글은 운영 규칙(특정인 비방) 위반으로 삭제했습니다.

클리앙 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Clien admin reply with the URL in angle brackets",
    why="one URL in <>, 삭제 -> removed",
    items={CL: "removed"},
)

case(
    name="clien-sole-ref",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date="Fri, 13 Sep 2024 19:20:02 +0900",
    subject="Re: [KCSC-240910-06] 게시물 삭제 요청",
    reply_to_req="kcsc-240910-06",
    body="""안녕하세요. 클리앙 운영진입니다.

요청하신 게시물은 확인 후 블라인드 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="two-line Clien admin reply naming no URL, in the request's thread",
    why="the request has one item and the reply (reference in subject and thread) states it was blinded -> removed",
    items={CL: "removed"},
)

case(
    name="nate-pann-english",
    **{"from": "pann_help@nate.com"}, name_from="Nate Pann Help",
    date="Thu, 12 Sep 2024 17:45:30 +0900",
    subject="Re: [KCSC-240910-07] Pann posts",
    reply_to_req="kcsc-240910-07",
    body=f"""Hello,

The Pann post {NA['a']} has been deleted.

The other post, {NA['b']}, had already been deleted by its author before we got to it, so no action was needed on our side.

Nate Pann Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann operations reply in English",
    why="deleted -> removed; already deleted by its author -> not_found",
    items={NA["a"]: "removed", NA["b"]: "not_found"},
)

case(
    name="nate-outlook-quote",
    **{"from": "trust@skcomms.co.kr"}, name_from="SK커뮤니케이션즈 판 운영팀",
    date="Fri, 13 Sep 2024 10:26:14 +0900",
    subject="RE: [KCSC-240910-07] 네이트 판 게시물 삭제 요청",
    reply_to_req="kcsc-240910-07",
    body=f"""안녕하세요. 네이트 판 운영팀입니다.

말씀하신 게시글 중 {NA['b']} 는 성인 인증 후에만 볼 수 있도록 연령 제한을 적용하였습니다.

감사합니다.

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 3:40 PM
To: pann_help@nate.com
Subject: [KCSC-240910-07] 네이트 판 게시물 삭제 요청

안녕하세요. 방송통신심의위원회입니다.
아래 게시물의 삭제를 요청드리며, 조치 후 결과를 회신해 주시기 바랍니다.

1. {NA['a']}
2. {NA['b']}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----' with the request below",
    why="only 372020117 is stated (age gate -> restricted); 372019584 appears only in the quoted request",
    items={NA["b"]: "restricted", NA["a"]: "pending"},
)

# ======== REVIEW =========================================================

case(
    name="naver-promise-review",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Wed, 04 Sep 2024 18:02:00 +0900",
    subject="RE: [KCSC-240903-01] 시정요구 관련",
    reply_to_req="kcsc-240903-01",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 3건은 현재 담당 부서에서 검토 중입니다.

{N['stock']}
{N['junggo']}
{N['tv']}

검토가 끝나는 대로 조치 결과를 회신드리겠으며, 위반이 확인되면 삭제될 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal interim reply: items under review, deletion promised if a violation is found",
    why="under review and a conditional promise: no statement; names requested items -> not_understood",
    items={N["stock"]: "pending", N["junggo"]: "pending", N["tv"]: "pending"},
)

case(
    name="naver-bulk-english",
    **{"from": "dl_safety@navercorp.com"}, name_from="NAVER Safety",
    date="Sat, 14 Sep 2024 09:00:12 +0900",
    subject="Re: KCSC-240903-01",
    reply_to_req="kcsc-240903-01",
    body="""Dear KCSC,

We have actioned all the content listed in your notice KCSC-240903-01 in line with our operating policies.

Regards,
NAVER Safety Operations
""",
    outcome="review", review="bulk",
    imitates="one-line 'all content actioned' confirmation to a multi-item notice",
    why="one statement for a 12-item request without naming any item -> bulk, all pending",
    items={u: "pending" for u in N.values()},
)

case(
    name="naver-forwarded-cafe-manager",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Thu, 12 Sep 2024 13:40:27 +0900",
    subject="Fwd: 중고마을 카페 게시글 관련",
    reply_to_req="kcsc-240903-01",
    body=f"""카페 매니저로부터 받은 회신을 참고로 전달드립니다.

---------- Forwarded message ---------
보낸사람: 중고마을 매니저 <junggo.maeul.mgr@gmail.com>
Date: 2024년 9월 11일 (수) 오후 9:12
Subject: Re: 카페 게시글 관련
To: <policy@navercorp.com>

안녕하세요 중고마을 카페 매니저입니다.
말씀하신 글 {N['junggo']} 는 제가 오늘 지웠습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="portal staffer forwarding a cafe manager's own message (Gmail 'Forwarded message')",
    why="the deletion is stated by the cafe manager in the forwarded part, not by NAVER -> review forwarded",
    items={N["junggo"]: "pending"},
)

case(
    name="unknown-sender-cafe-manager",
    **{"from": "dosirak.manager2020@gmail.com"}, name_from="도시락카페 매니저",
    date="Sun, 08 Sep 2024 23:15:40 +0900",
    subject="도시락 카페 게시글 삭제했습니다",
    body=f"""안녕하세요 네이버 도시락 카페 매니저입니다.
네이버에서 연락받고 요청하신 글 {N['dosi2']} 지웠습니다.
확인 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="cafe volunteer manager writing from a personal Gmail account",
    why="gmail.com is no platform's sender domain; names a requested URL -> unknown_sender",
    items={N["dosi2"]: "pending"},
)

case(
    name="dc-hedge-may-have-been",
    **{"from": "abuse@dcinside.com"}, name_from="DCInside Abuse",
    date="Thu, 05 Sep 2024 11:25:09 +0900",
    subject="Re: Request KCSC-240904-02",
    reply_to_req="kcsc-240904-02",
    body=f"""Hello,

Minor galleries are moderated by their own volunteer managers. The posts you listed may have already been removed by the gallery manager.

It appears that {DC['c1']} is no longer displayed, but we cannot confirm this on our side yet.

DCInside Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="abuse desk deflecting to volunteer gallery managers, hedged",
    why="'may have been', 'appears', 'cannot confirm': hedges, no statement -> not_understood",
    items={DC["c1"]: "pending"},
)

case(
    name="dc-wrong-platform-fmkorea",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 16:16:16 +0900",
    subject="Re: [KCSC-240909-05] 게시물 삭제 요청",
    reply_to_req="kcsc-240909-05",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

보내주신 요청서의 게시물은 디시인사이드가 아닌 에펨코리아 게시물입니다.
참고로 확인해 보니 {FM['a']} 는 이미 삭제되어 열리지 않습니다.

에펨코리아 측으로 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="misdirected request answered by another community site",
    why="DC Inside states the status of an FM Korea item -> wrong_platform, pending",
    items={FM["a"]: "pending"},
)

case(
    name="daum-auth-fail",
    **{"from": "rights-desk@kakaocorp.com"}, name_from="Kakao 권리침해신고센터",
    auth="fail",
    date="Sat, 07 Sep 2024 02:14:50 +0900",
    subject="[카카오] 게시물 삭제 완료 안내",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240905-03 건 게시물을 모두 확인하여 아래와 같이 삭제하였습니다.

- {DA['saju']} 삭제
- {TISTORY_RAW} 삭제

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="Kakao rights-centre notice whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails -> untrusted, nothing applied",
    items={DA["saju"]: "pending", DA["tis"]: "pending"},
)

case(
    name="soop-asks-more",
    **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Mon, 09 Sep 2024 10:10:10 +0900",
    subject="Re: [KCSC-240906-04] 추가 자료 요청",
    reply_to_req="kcsc-240906-04",
    body=f"""안녕하세요. SOOP 고객센터입니다.

요청하신 VOD {SO['vod']} 는 재생 시간이 6시간이 넘어 문제 구간을 특정하기 어렵습니다.
해당 구간의 시작 시각과 심의 의결서 사본을 회신해 주시면 검토 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform asking for timestamps and the decision document before acting",
    why="asks for more information; no statement about the VOD -> asks_more",
    items={SO["vod"]: "pending"},
)

case(
    name="fmkorea-bulk-all-removed",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Tue, 10 Sep 2024 21:40:00 +0900",
    subject="Re: [KCSC-240909-05] 게시물 삭제 요청",
    reply_to_req="kcsc-240909-05",
    body="""안녕하세요 에펨코리아 운영진입니다.

KCSC-240909-05 관련 신고하신 게시물은 모두 삭제 처리했습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="'모두 삭제 처리' one-liner to a three-item request",
    why="a statement about all items without naming them, request has 3 items -> bulk",
    items={FM["a"]: "pending", FM["b"]: "pending", FM["best"]: "pending"},
)

case(
    name="clien-conditional",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date="Wed, 11 Sep 2024 11:30:30 +0900",
    subject="Re: [KCSC-240910-06] 게시물 삭제 요청",
    reply_to_req="kcsc-240910-06",
    body=f"""안녕하세요. 클리앙 운영진입니다.

{CL} 게시물은 작성자에게 소명 기회를 안내하였습니다.
7일 이내에 소명이 없으면 삭제할 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="community admin giving the author a chance to answer before deletion",
    why="deletion only promised and conditional -> no statement, not_understood, pending",
    items={CL: "pending"},
)

case(
    name="nate-no-claims",
    **{"from": "pann_help@nate.com"}, name_from="네이트 고객센터",
    date="Sat, 14 Sep 2024 12:00:00 +0900",
    subject="[네이트] 문의 답변 안내",
    body="""안녕하세요. 네이트 고객센터입니다.

문의하신 건은 처리가 완료되었습니다.
자세한 사항은 고객센터 https://help.nate.com/inquiry/list 에서 확인하실 수 있습니다.

네이트 고객센터 드림
""",
    outcome="review", review="no_claims",
    imitates="generic help-desk answer notification with a link to the inquiry list",
    why="trusted Nate mail, no reference, no thread, no item: nothing to link it to -> no_claims",
    items={},
)

# ======== IGNORED ========================================================

case(
    name="naver-ooo-korean",
    **{"from": "seoyeon.kim@navercorp.com"}, name_from="김서연",
    date="Fri, 13 Sep 2024 08:00:03 +0900",
    subject="[부재중] Re: [KCSC-240903-01] 시정요구(삭제) 요청",
    reply_to_req="kcsc-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 김서연입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일에 복귀하여 확인 후 회신드리겠습니다.
급한 건은 정책지원팀 policy@navercorp.com 으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 (Chuseok holiday)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="soop-ooo-english-quoted",
    **{"from": "jh.lee@sooplive.co.kr"}, name_from="Junho Lee",
    date="Fri, 06 Sep 2024 18:30:41 +0900",
    subject="Automatic reply: [KCSC-240906-04] 청소년유해 콘텐츠 삭제 요청",
    reply_to_req="kcsc-240906-04",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: jh.lee@sooplive.co.kr"],
    body=f"""I am out of the office until Wednesday 11 September with limited access to email.
For content reports please contact cs@sooplive.co.kr.

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Subject: [KCSC-240906-04] 청소년유해 콘텐츠 삭제 요청

1. {SO['vod']}
2. {SO['post']}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' carrying the original request below",
    why="auto-reply; the URLs are only in the quoted request",
    items={},
)

case(
    name="fmkorea-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 15:02:11 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="B7F2C1A0.1725861731/mx.kcsc.example"

--B7F2C1A0.1725861731/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@fmkorea.com>: host mx1.fmkorea.com[203.0.113.44] said: 550 5.1.1
    <report@fmkorea.com>: Recipient address rejected: User unknown (in reply
    to RCPT TO command)

--B7F2C1A0.1725861731/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon,  9 Sep 2024 15:02:09 +0900 (KST)

Final-Recipient: rfc822; report@fmkorea.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.fmkorea.com
Diagnostic-Code: smtp; 550 5.1.1 <report@fmkorea.com>: Recipient address
    rejected: User unknown

--B7F2C1A0.1725861731/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC 통신심의 <takedown@kcsc.example>
To: report@fmkorea.com
Subject: [KCSC-240909-05] 게시물 삭제 요청
Message-ID: <kcsc-240909-05@kcsc.example>
Date: Mon, 9 Sep 2024 15:02:05 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물의 삭제를 요청드립니다.
1. {FM['a']}
2. {FM['b']}
3. {FM['best']}

--B7F2C1A0.1725861731/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) with the undelivered request attached",
    why="bounce of our own request; URLs only in the returned message",
    items={},
)

case(
    name="daum-mdn-read",
    **{"from": "rights-desk@kakaocorp.com"}, name_from="Kakao 권리침해신고센터",
    date="Thu, 05 Sep 2024 17:44:20 +0900",
    subject="읽음 확인: [KCSC-240905-03] 게시물 삭제 요청",
    reply_to_req="kcsc-240905-03",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_kk_7e21"

--mdn_kk_7e21
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240905-03] 게시물 삭제 요청"을(를) 수신인이 2024-09-05 17:44에 읽었습니다.

--mdn_kk_7e21
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822; rights-desk@kakaocorp.com
Original-Message-ID: <kcsc-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_kk_7e21--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (읽음 확인) from a corporate webmail",
    why="read receipt",
    items={},
)

case(
    name="dc-ticket-receipt",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드",
    date="Wed, 04 Sep 2024 17:20:45 +0900",
    subject="[디시인사이드] 신고 접수 완료 안내 (KCSC-240904-02)",
    reply_to_req="kcsc-240904-02",
    body="""안녕하세요. 디시인사이드입니다.

신고가 정상적으로 접수되었습니다.
접수번호: DCR-240904-0371

담당자가 확인 후 순차적으로 처리하며, 처리 결과는 메일로 안내드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt (접수 완료, 접수번호)",
    why="pure acknowledgement, no statement",
    items={},
)

case(
    name="soop-receipt-echo",
    **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Fri, 06 Sep 2024 14:05:12 +0900",
    subject="[SOOP] 문의가 접수되었습니다",
    body=f"""SOOP 고객센터에 문의해 주셔서 감사합니다.
고객님의 문의가 아래와 같이 접수되었습니다. 답변은 영업일 기준 2~3일 내에 드립니다.

접수번호: 20240906-88213
문의 유형: 신고 > 청소년유해
문의 내용:
[KCSC-240906-04] 아래 콘텐츠의 삭제를 요청드립니다.
{SO['vod']}
{SO['post']}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk receipt echoing the inquiry text",
    why="receipt; the URLs are only in the echoed inquiry, which asks for deletion and states nothing",
    items={},
)

# ---------------------------------------------------------------- write
HEADER = """# Blind set 543: Korean portals and community sites (NAVER, Daum/Kakao,
# DC Inside, SOOP, FM Korea, Clien, Nate Pann), Korean and English mixed.
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. Each case is judged alone on a fresh ledger."""

def encoded_word(text, q=False):
    """RFC 2047 encoded word, as Korean mailers write non-ASCII headers."""
    if q:
        return "=?UTF-8?Q?" + "".join(
            ch if (ch.isascii() and ch.isalnum()) else
            ("_" if ch == " " else "".join("=%02X" % b for b in ch.encode("utf-8")))
            for ch in text) + "?="
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def encode_headers():
    # Display names are always encoded; subjects alternate between B and Q
    # encoding, and every fourth stays raw UTF-8 (as SMTPUTF8 mailers send).
    for n, c in enumerate(cases):
        name = c.get("name_from")
        if name and not name.isascii():
            c["name_from"] = encoded_word(name)
        subj = c["subject"]
        if not subj.isascii() and n % 4 != 3:
            c["subject"] = encoded_word(subj, q=(n % 2 == 1))


if __name__ == "__main__":
    encode_headers()
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
