#!/usr/bin/env python3
"""Blind set 135: Korean portals and community sites (DC Inside, NAVER,
Daum/Kakao, SOOP, FM Korea, Nate, Ppomppu), Korean mixed with English, and
the doubtful and ignorable mail a regulator's mailbox receives.

Every email is fictional and written in our own sentences; the expected
result of each case was written from the email's meaning alone, before the
reader was run. Deterministic: rewrites requests.csv, cases/ and
expected.toml.

    python3 tests/corpus/blind135/make.py
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07")

# DC Inside, 14 items (the largest request)
D1 = "https://gall.dcinside.com/board/view/?id=baseball_new11&no=8812301"
D2 = "https://gall.dcinside.com/board/view/?id=baseball_new11&no=8812377"
D3 = "https://gall.dcinside.com/board/view/?id=football_new8&no=6654012"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=sportstoto_x&no=44120"
D5 = "https://gall.dcinside.com/mgallery/board/view/?id=sportstoto_x&no=44138"
D6 = "https://gall.dcinside.com/mgallery/board/view/?id=sportstoto_x&no=44197"
D7 = "https://gall.dcinside.com/mgallery/board/view/?id=powerball_k&no=10233"
D8 = "https://gall.dcinside.com/mgallery/board/view/?id=powerball_k&no=10251"
D9 = "https://gall.dcinside.com/mini/board/view/?id=toto_talk2&no=3310"
D10 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9901544"
D11 = "https://gall.dcinside.com/board/view/?id=etc_entertainment1&no=1187720"
D12 = "https://gall.dcinside.com/mgallery/board/view/?id=casino_rev&no=702"
D13 = "https://gall.dcinside.com/mgallery/board/view/?id=casino_rev&no=715"
D14 = "https://m.dcinside.com/board/powerball_k/10302"
DC = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12, D13, D14]

# NAVER, 4 items
N1 = "https://blog.naver.com/ice_delivery_kr/223560114871"
N2 = "https://blog.naver.com/ice_delivery_kr/223561009932"
N3 = "https://cafe.naver.com/nightmarket77/15420"
N4 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471122305"
NV = [N1, N2, N3, N4]

# Daum / Kakao (cafe and Tistory), 5 items; K3 is stored percent-encoded
K1 = "https://cafe.daum.net/hotpick365/Rt2K/1187"
K2 = "https://cafe.daum.net/hotpick365/Rt2K/1190"
K3_RAW = "https://luckyday-pick.tistory.com/entry/스포츠토토-분석방"
K3 = ("https://luckyday-pick.tistory.com/entry/"
      "%EC%8A%A4%ED%8F%AC%EC%B8%A0%ED%86%A0%ED%86%A0-%EB%B6%84%EC%84%9D%EB%B0%A9")
K4 = "https://luckyday-pick.tistory.com/41"
K5 = "https://cafe.daum.net/hotpick365/Qp9a/77"
DM = [K1, K2, K3, K4, K5]

# SOOP, 3 items
S1 = "https://vod.sooplive.co.kr/player/138204511"
S2 = "https://vod.sooplive.co.kr/player/138209977"
S3 = "https://ch.sooplive.co.kr/nightowl_bj/post/92218840"
SP = [S1, S2, S3]

# FM Korea, 2 items
F1 = "https://www.fmkorea.com/7390112458"
F2 = "https://www.fmkorea.com/best/7390220017"
FM = [F1, F2]

# Nate Pann, 1 item
P1 = "https://pann.nate.com/talk/372901554"

# Ppomppu, 2 items
U1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9123456"
U2 = "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410987"
PP = [U1, U2]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, note, urls
    (R1, "dcinside", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", "gambling",
     "req-240902-01@kcsc.example", "불법 도박 사이트 홍보 게시물 14건", DC),
    (R2, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", "drugs",
     "req-240903-02@kcsc.example", "마약류 판매 광고", NV),
    (R3, "daum", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00", "gambling",
     "req-240904-03@kcsc.example", "Daum 카페 및 티스토리 도박 홍보", DM),
    (R4, "soop", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00", "obscenity",
     "req-240905-04@kcsc.example", "음란 방송 VOD 및 방송국 게시글", SP),
    (R5, "fmkorea", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", "privacy",
     "req-240906-05@kcsc.example", "개인정보 노출 (실명, 연락처)", FM),
    (R6, "nate", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", "defamation",
     "req-240909-06@kcsc.example", "네이트 판 명예훼손 게시물", [P1]),
    (R7, "ppomppu", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", "fraud",
     "req-240910-07@kcsc.example", "피싱 링크 및 불법 유심 판매", PP),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def h(u):
    """A URL as it appears in HTML."""
    return u.replace("&", "&amp;")


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ DC Inside
rows = []
dc_table = {
    D11: ("해당없음", "작성자 자진 삭제로 게시물 없음"),
    D13: ("미조치", "일반 이용 후기로, 도박 사이트 홍보·링크 확인되지 않음"),
}
for i, u in enumerate(DC, 1):
    res, note = dc_table.get(u, ("삭제", "운영자 삭제 및 작성자 IP 차단"))
    rows.append(f'<tr><td>{i}</td><td><a href="{h(u)}">{h(u)}</a></td><td>{res}</td><td>{note}</td></tr>')
case(
    name="dc-html-table-all14",
    **{"from": "legal@dcinside.com"}, name_from="디시인사이드 법무팀",
    date="Fri, 06 Sep 2024 16:40:12 +0900",
    subject=f"Re: [{R1}] 불법 도박 홍보 게시물 시정요구 조치결과 회신",
    reply_to_req="req-240902-01", type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하십니까, 디시인사이드 법무팀입니다.</p>
<p>귀 위원회의 시정요구({R1})에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{chr(10).join(rows)}
</table>
<p>조치일시: 2024.09.05 ~ 2024.09.06</p>
<p>감사합니다.<br>디시인사이드 법무팀 드림<br>※ 본 회신 관련 문의는 legal@dcinside.com 으로 부탁드립니다.</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 as an HTML table (No / URL / 조치결과 / 비고)",
    why="one row per item: 12 삭제, one 해당없음 because the writer deleted it (not_found), one 미조치 with its reason (rejected)",
    items={u: ("not_found" if u == D11 else "rejected" if u == D13 else "removed") for u in DC},
)

case(
    name="dc-numbered-first-batch",
    **{"from": "ops@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 04 Sep 2024 11:02:45 +0900",
    subject=f"[{R1}] 1차 처리 결과 안내",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

{R1} 건 중 1차로 처리된 게시물을 먼저 알려드립니다.

1) {D1} → 삭제 완료
2) {D2} → 삭제 완료
3) {D3} → 삭제 완료
4) {D4} → 이미 삭제된 글 (작성자 본인 삭제)
5) {D5} → 삭제 완료

나머지 9건은 갤러리별 확인이 끝나는 대로 따로 회신드리겠습니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="community-site operator reply with a numbered list 'URL → 처리결과'",
    why="four 삭제 완료 and one post already deleted by its writer; the promise about the other nine names none of them",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "not_found", D5: "removed"},
)

csv_dc = "번호,게시물 URL,처리결과,처리일\n" + "\n".join([
    f"6,{D6},삭제,2024-09-05",
    f"7,{D7},삭제,2024-09-05",
    f"8,{D8},삭제,2024-09-05",
    f"9,{D9},삭제(미니 갤러리 폐쇄),2024-09-05",
    f"10,{D10},삭제,2024-09-06",
    f"11,{D11},게시물 없음,",
    f"12,{D12},삭제,2024-09-06",
    f"13,{D13},삭제,2024-09-06",
]) + "\n"
case(
    name="dc-csv-attachment",
    **{"from": "legal@dcinside.com"}, name_from="디시인사이드 법무팀",
    date="Fri, 06 Sep 2024 18:05:31 +0900",
    subject=f"[{R1}] 조치 결과 송부 (2차)",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="dcB0undary135"

--dcB0undary135
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 디시인사이드 법무팀입니다.

{R1} 건의 2차 조치 결과(6~13번)를 첨부 CSV 파일로 송부드립니다.
파일을 확인해 주시기 바랍니다.

감사합니다.

--dcB0undary135
Content-Type: text/csv; charset=utf-8; name="{R1}_result_2.csv"
Content-Disposition: attachment; filename="{R1}_result_2.csv"
Content-Transfer-Encoding: base64

{b64(csv_dc)}
--dcB0undary135--
""",
    outcome="applied", classification="confirmation",
    imitates="regulator-facing result sheet sent as a CSV attachment (번호, URL, 처리결과, 처리일)",
    why="the CSV gives a result per row: seven 삭제 and one 게시물 없음",
    items={D6: "removed", D7: "removed", D8: "removed", D9: "removed", D10: "removed",
           D11: "not_found", D12: "removed", D13: "removed"},
)

case(
    name="dc-bare-url-status-below",
    **{"from": "gallery@dcinside.com"}, name_from="디시인사이드 갤러리 운영팀",
    date="Thu, 05 Sep 2024 15:21:09 +0900",
    subject=f"RE: [{R1}] 파워볼 마이너 갤러리 게시물",
    reply_to_req="req-240902-01",
    body=f"""KCSC 담당자님께,

파워볼 갤러리 게시물 처리 결과입니다.

{D7}
  └ 처리: 운영자 삭제 (불법 도박 사이트 홍보)

{D8}
  └ 처리: 운영자 삭제 (불법 도박 사이트 홍보)

{D14}
  └ 처리: 미조치 - 회차별 결과 통계를 정리한 글로, 사이트 홍보 문구나 외부 링크가 없어 게시를 유지합니다.

디시인사이드 갤러리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="gallery operator reply: bare URL line, its 처리 result on the line below",
    why="two 운영자 삭제 and one 미조치 with a reason (rejected), each result on the line under its URL",
    items={D7: "removed", D8: "removed", D14: "rejected"},
)

case(
    name="dc-english-global-desk",
    **{"from": "global@dcinside.com"}, name_from="DCinside Global Support",
    date="Wed, 04 Sep 2024 19:47:00 +0900",
    subject=f"Your notice {R1}",
    body=f"""Hello KCSC team,

Thanks for your notice (ref. {R1}). Our moderators removed the following
posts today for promoting illegal gambling sites:

- {D1}
- {D2}

We could not locate the post below. The page shows "삭제된 게시물입니다" and
our logs say the writer deleted it on September 1:

{D3}

We are still working through the remaining links and will write again.

Best regards,
Jiho Park
DCinside Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk reply: statement line, URLs on the lines below it",
    why="two posts removed under a heading sentence, one could not be located (deleted by its writer)",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-echoed-report-result",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Fri, 06 Sep 2024 09:41:17 +0900",
    subject="[디시인사이드 신고센터] 신고 처리 결과 안내 (DCR-20240902-00417)",
    body=f"""[디시인사이드 신고센터] 신고 처리 결과 안내

접수번호 : DCR-20240902-00417
접수일시 : 2024-09-02 11:04
신고자 : 방송통신심의위원회 (takedown@kcsc.example)
신고 유형 : 불법정보(도박)
신고 게시물 : {D10}
신고 내용 : {R1} 시정요구 대상 게시물

처리 결과 : 게시물 삭제 및 작성자 이용 제한(30일)
처리 일시 : 2024-09-06 09:40

본 메일은 발신 전용입니다. 추가 문의는 신고센터 1:1 문의를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="report-centre ticket result that echoes the submitted report form, then 처리 결과",
    why="the echoed form names the post and the platform's own result line says it was deleted",
    items={D10: "removed"},
)

case(
    name="dc-two-removed-one-promised",
    **{"from": "ops@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 10:12:33 +0900",
    subject=f"[{R1}] 스포츠토토 갤러리 게시물 3건",
    body=f"""안녕하세요, 디시인사이드입니다.
스포츠토토 마이너 갤러리 관련 요청 3건 처리 내용입니다.

- {D4} : 갤러리 매니저 확인 후 삭제되었습니다.
- {D5} : 삭제되었습니다.
- {D6} : 본문 링크가 도박 사이트인지 확인이 더 필요하여, 확인되면 삭제할 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply mixing done actions with a promise",
    why="44120 and 44138 deleted; 44197 only promised on a condition, so it stays pending",
    items={D4: "removed", D5: "removed", D6: "pending"},
)

case(
    name="dc-angle-brackets-wrapped",
    **{"from": "legal@dcinside.com"}, name_from="DCinside Legal",
    date="Sat, 07 Sep 2024 13:30:02 +0900",
    subject=f"RE: {R1} casino review gallery",
    body=f"""Dear KCSC,

Regarding the casino review gallery posts in {R1}:

The post <{D12}> has been deleted
by the gallery manager and the writer's account was blocked.

The post
<https://gall.dcinside.com/mgallery/board/view/?id=casino_rev&
no=715> was deleted as well.

Kind regards,
DCinside Legal
""",
    outcome="applied", classification="confirmation",
    imitates="English reply with URLs in angle brackets, one wrapped inside the brackets by the mail client",
    why="both casino_rev posts are stated deleted; the second URL is wrapped after '&' inside its angle brackets",
    items={D12: "removed", D13: "removed"},
)

case(
    name="dc-receipt-plus-results",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Sun, 08 Sep 2024 14:05:44 +0900",
    subject="[디시인사이드] 신고 접수 및 처리 결과 (DCR-20240903-00102)",
    body=f"""신고가 정상적으로 접수되어 처리되었습니다. (접수번호 DCR-20240903-00102)

신고하신 게시물 3건에 대한 처리 결과입니다.

■ 토토톡 미니 갤러리 글（{D9}）: 삭제
■ 주식 갤러리 글（{D10}）: 삭제
■ 연예 갤러리 글（{D11}）: 확인 중 (담당 부서 검토 후 안내 예정)

디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also carries per-post results, URLs in full-width parentheses",
    why="an acknowledgement phrase plus unhedged 삭제 for two posts; the third is still 확인 중 and stays pending",
    items={D9: "removed", D10: "removed", D11: "pending"},
)

case(
    name="dc-promise-only",
    **{"from": "ops@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 03 Sep 2024 17:20:10 +0900",
    subject=f"RE: [{R1}] 불법 도박 홍보 게시물 시정요구",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

보내주신 시정요구({R1}) 잘 받았습니다. 목록의 게시물 중 아래 건은 우선 확인하였으며,
내부 검토를 거쳐 이번 주 안에 삭제 조치될 예정입니다.

{D1}
{D2}
{D3}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="operator reply that promises deletion 'this week'",
    why="names three posts but only promises (삭제 조치될 예정): nothing has happened yet",
    items={D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="dc-bulk-english",
    **{"from": "global@dcinside.com"}, name_from="DCinside Global Support",
    date="Mon, 09 Sep 2024 10:03:51 +0900",
    subject=f"{R1} - completed",
    body=f"""Hello,

All 14 posts listed in your request {R1} have now been taken down, and
the uploaders' IP ranges were blocked from the galleries concerned.

Regards,
DCinside Global Support
""",
    outcome="review", review="bulk",
    imitates="short English 'all reported content has been removed' closure",
    why="a statement about all fourteen items of a many-item request without naming any of them",
    items={},
)

case(
    name="dc-unmatched-post-numbers",
    **{"from": "ops@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 18:44:20 +0900",
    subject=f"[{R1}] 야구/해외축구 갤러리 게시물",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

{R1} 관련하여 아래 게시물을 삭제하였습니다.

https://gall.dcinside.com/board/view/?id=baseball_new11&no=8812302
https://gall.dcinside.com/board/view/?id=football_new8&no=6654021

감사합니다.
""",
    outcome="review", review="unmatched_claims",
    imitates="operator reply whose post numbers do not match the request (typed by hand)",
    why="deletions are stated for post numbers that are not in the request (8812302, 6654021); none of our items is named",
    items={},
)

case(
    name="naver-user-about-dc-post",
    **{"from": "minsu.k88@naver.com"}, name_from="김민수",
    date="Sat, 07 Sep 2024 23:10:05 +0900",
    subject="디시 게시글 신고 건 문의드립니다",
    body=f"""안녕하세요.
디시인사이드 파워볼 갤러리에 올라간 글
{D8}
작성자입니다. 문제가 된다는 연락을 받고 글은 제가 지웠습니다.
도박 사이트와는 관계가 없으니 신고 건 종결해 주시면 감사하겠습니다.
""",
    outcome="review", review="wrong_platform",
    imitates="a private person writing from a naver.com mailbox about a DC Inside post",
    why="naver.com passes authentication as NAVER, but the statement is about a DC Inside item and comes from the poster, not the platform",
    items={D8: "pending"},
)

case(
    name="dc-ticket-receipt",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Mon, 02 Sep 2024 11:04:52 +0900",
    subject="[디시인사이드 신고센터] 신고가 접수되었습니다 (DCR-20240902-00417)",
    body=f"""[디시인사이드 신고센터] 신고 접수 안내

접수번호 : DCR-20240902-00417
신고 유형 : 불법정보(도박)
신고 게시물 : {D10}

신고가 정상적으로 접수되었습니다.
처리 결과는 담당자 검토가 끝나면 이 메일 주소로 안내해 드립니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="report-centre automatic receipt with a ticket number",
    why="pure receipt: the report was received, nothing is said about the post's status",
    items={D10: "pending"},
)

# ================================================================ NAVER
case(
    name="naver-gesijungdan-notice",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 게시물 정책 담당",
    date="Thu, 05 Sep 2024 14:15:00 +0900",
    subject=f"[NAVER] 방송통신심의위원회 시정요구 조치결과 안내 ({R2})",
    body=f"""안녕하세요. 네이버 게시물 정책 담당자입니다.
요청하신 게시물에 대한 조치 결과를 아래와 같이 안내드립니다.

■ 블로그
 - {N1} : 게시중단
 - {N2} : 게시중단
■ 카페
 - {N3} : 임시조치(30일)
■ 지식iN
 - {N4} : 조치 전 이미 삭제된 게시물(작성자 삭제)

블로그 운영원칙은 https://blog.naver.com/post/blogpolicy.htm 에서 확인하실 수 있습니다.

감사합니다.
NAVER 게시물 정책 담당 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 notice grouped by service (블로그 / 카페 / 지식iN)",
    why="게시중단 twice (removed), 임시조치 (restricted), a post already deleted by its writer (not_found); the policy link is no item",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found"},
)

case(
    name="naver-top-posted-over-original",
    **{"from": "cafe_policy@navercorp.com"}, name_from="네이버 카페 운영정책",
    date="Wed, 04 Sep 2024 16:02:38 +0900",
    subject=f"RE: [{R2}] 마약류 판매 광고 게시물 시정요구",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요, 네이버 카페 운영정책 담당입니다.

문의하신 건 중 카페 게시글 {N3} 은 확인 즉시 블라인드 처리하였습니다.
블로그 및 지식iN 게시물은 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-03 (화) 10:00:00 (GMT+09:00)
Subject: [{R2}] 마약류 판매 광고 게시물 시정요구

네이버 담당자님께,

아래 게시물은 마약류 판매를 광고하는 불법정보로, 삭제를 요청합니다.

1. {N1}
2. {N2}
3. {N3}
4. {N4}

조치 결과를 2024년 9월 10일까지 회신해 주시기 바랍니다.
방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Works top-posted reply over an unquoted '-----Original Message-----' block",
    why="only the cafe post is stated 블라인드; the other three appear only in our own request below the Original Message line",
    items={N3: "removed", N1: "pending", N2: "pending", N4: "pending"},
)

case(
    name="naver-qp-removed-and-kept",
    **{"from": "trust@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Fri, 06 Sep 2024 11:48:27 +0900",
    subject=f"Outcome for {R2}",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''Dear KCSC,

Please find below the outcome for request {R2}.

1. {N1}
   결과: 삭제 (마약류 매매 광고, 블로그 운영정책 위반)

2. {N4}
   결과: 게시 유지 — 질문자가 처벌 수위를 묻는 글로 판매·알선 내용이 없어 운영원칙 위반으로 보기 어렵습니다.

Kind regards,
NAVER Trust & Safety
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="quoted-printable reply, English frame with Korean result lines",
    why="the blog post 삭제; the 지식iN question stays up with a reason (rejected)",
    items={N1: "removed", N4: "rejected"},
)

case(
    name="naver-english-removed-and-kept",
    **{"from": "trust@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Mon, 09 Sep 2024 09:30:14 +0900",
    subject=f"Re: {R2} follow-up",
    body=f"""Hello,

NAVER Trust & Safety here, following up on {R2}.

The blog post {N2} has been taken down, and the blog can no longer
publish new posts for 30 days.

For the cafe post {N3}, our review found it to be a news clipping
about a drug case with no sales offer or contact details. It does not break
the Cafe operating policy and will stay up.

If you disagree, you can ask for a second review at
https://help.naver.com/inquiry/input.help?categoryNo=5748

Best regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety outcome with a refusal and an appeal link",
    why="one post taken down, one kept because it breaks no rule; the help-centre link is no item",
    items={N2: "removed", N3: "rejected"},
)

case(
    name="naver-hedge-appears-private",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 게시물 정책 담당",
    date="Thu, 05 Sep 2024 17:55:41 +0900",
    subject=f"RE: [{R2}] 블로그 게시물 확인",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요. 네이버입니다.

요청하신 블로그 게시물 {N2} 을 확인해 보니,
현재 외부에서 열람되지 않는 상태로 작성자가 비공개로 전환한 것으로 보입니다.
정확한 처리 이력은 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal staff first look: 'appears to have been made private'",
    why="'…한 것으로 보입니다' is a hedge and the history is still to be checked: no statement",
    items={N2: "pending"},
)

case(
    name="naver-asks-for-documents",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 게시물 정책 담당",
    date="Wed, 04 Sep 2024 10:25:09 +0900",
    subject=f"[{R2}] 추가 자료 요청",
    body=f"""안녕하세요. 네이버 게시물 정책 담당입니다.

{R2} 건과 관련하여 블로그 게시물 2건
({N1},
{N2})
에 대한 조치 검토를 위해 시정요구 결정서 사본과 위반 판단 근거(화면 캡처 등)를
추가로 보내주시기 바랍니다. 자료 확인 후 처리 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="portal request for the 결정서 and evidence before acting",
    why="asks for documents before deciding; nothing said about the posts' status",
    items={N1: "pending", N2: "pending"},
)

case(
    name="naver-out-of-office",
    **{"from": "jiyeon.han@navercorp.com"}, name_from="한지연",
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject=f"자동 회신: [{R2}] 마약류 판매 광고 게시물 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""[자동응답]
9월 3일(화)부터 9월 6일(금)까지 휴가로 부재중입니다.
긴급한 게시물 조치 요청은 policy@navercorp.com 으로 보내주시기 바랍니다.

한지연 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (자동 회신 / 부재중)",
    why="an auto-reply says nothing about any item",
    items={},
)

# ================================================================ Daum / Kakao
case(
    name="daum-tistory-korean-url",
    **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 13:12:50 +0900",
    subject="[카카오] 티스토리 게시물 불법정보 신고 처리 결과 안내",
    body=f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 티스토리 게시물({R3})에 대한 처리 결과를 안내드립니다.

대상 : {K3_RAW}
결과 : 게시중단 (불법 도박 사이트 홍보)

대상 : {K4}
결과 : 삭제

해당 블로그에는 운영정책에 따라 추가 이용제한이 적용되었습니다.
자세한 기준은 https://www.tistory.com/guide/policy 를 참고해 주세요.

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre 신고 처리 결과 for Tistory posts (대상 / 결과 pairs)",
    why="raw Korean path matches the percent-encoded item: 게시중단; the numeric post: 삭제",
    items={K3: "removed", K4: "removed"},
)

case(
    name="daum-cafe-korean-particles",
    **{"from": "cafe_cs@kakaocorp.com"}, name_from="Daum 카페 운영팀",
    date="Thu, 05 Sep 2024 15:33:27 +0900",
    subject=f"[Daum 카페] {R3} 처리 결과",
    body=f"""안녕하세요. Daum 카페 운영팀입니다.

요청 건({R3}) 중 카페 게시물 처리 결과 알려드립니다.

{K1}은 확인 후 블라인드 처리되었고, {K2}의 경우 확인 시점에 이미 작성자가 삭제하여 게시물이 존재하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operator prose with Korean particles glued to the URLs",
    why="1187 블라인드 (removed); 1190 already deleted by its writer (not_found)",
    items={K1: "removed", K2: "not_found"},
)

daum_rows = [
    (K1, K1, "블라인드", "운영정책 위반(도박 홍보)"),
    (K2, K2, "삭제", "운영정책 위반(도박 홍보)"),
    (K3, K3_RAW, "청소년 접근 제한", "성인 인증 후 열람 가능하도록 설정"),
    (K4, K4, "유지", "도박 관련 뉴스 요약으로 위반 사항 없음"),
    (K5, K5, "게시물 없음", "요청 시점 이전에 삭제됨"),
]
daum_html = f"""<html><body>
<p>안녕하세요. 카카오 고객센터입니다.</p>
<p>{R3} 시정요구 건의 최종 처리 결과를 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>게시물</th><th>처리 결과</th><th>사유</th></tr></thead>
<tbody>
""" + "\n".join(f'<tr><td><a href="{u}">{t}</a></td><td>{r}</td><td>{w}</td></tr>' for u, t, r, w in daum_rows) + """
</tbody></table>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="daum-base64-html-final",
    **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 17:02:11 +0900",
    subject=f"[카카오] {R3} 최종 처리 결과",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(daum_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao final result as a base64-encoded HTML table",
    why="블라인드 and 삭제 (removed), 청소년 접근 제한 (restricted), 유지 with reason (rejected), 게시물 없음 (not_found)",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "rejected", K5: "not_found"},
)

case(
    name="daum-bulk-korean",
    **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 11:20:00 +0900",
    subject=f"RE: [{R3}] 도박 홍보 게시물 시정요구",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요, 카카오 고객센터입니다.

{R3} 관련하여 요청하신 게시물 5건은 모두 삭제 조치하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line Korean closure 'all N posts were deleted'",
    why="one statement about all five items of a five-item request, none named",
    items={},
)

case(
    name="daum-about-naver-post",
    **{"from": "cafe_cs@kakaocorp.com"}, name_from="Daum 카페 운영팀",
    date="Thu, 05 Sep 2024 09:48:36 +0900",
    subject="문의하신 카페 게시물 관련",
    body=f"""안녕하세요. Daum 카페 운영팀입니다.

문의하신 {N3} 게시물은 Daum 카페가 아닌 네이버 카페의 게시물입니다.
참고로 확인해 보니 해당 글은 현재 블라인드 처리되어 있습니다.

Daum 카페 게시물에 대해서는 별도로 회신드리겠습니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal saying a post belongs to another portal, with a remark on its state",
    why="Kakao remarks on a NAVER item: a platform cannot state another platform's item",
    items={N3: "pending"},
)

case(
    name="daum-out-of-office-english",
    **{"from": "hana.seo@kakaocorp.com"}, name_from="Hana Seo",
    date="Wed, 04 Sep 2024 10:00:22 +0900",
    subject=f"Automatic reply: [{R3}] Daum cafe / Tistory gambling posts",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Hello,

I am out of the office until Monday 9 September with limited access to email.
For content removal requests please write to cs-policy@kakaocorp.com.

Thank you,
Hana Seo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook English out-of-office 'Automatic reply'",
    why="an out-of-office reply",
    items={},
)

# ================================================================ SOOP
case(
    name="soop-english-vods-deleted",
    **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Sat, 07 Sep 2024 12:01:45 +0900",
    subject=f"[SOOP] Result of your request {R4}",
    body=f"""Hello,

This is SOOP Trust & Safety regarding your request {R4}.
We have reviewed the two VODs and took the following actions:

• {S1} — deleted for obscene content (음란물 정책 위반).
• {S2} — deleted; the streamer's channel has also been suspended for 30 days.

The channel post in your request is still being reviewed by our team.

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (AfreecaTV) trust-and-safety outcome in English, bulleted",
    why="both VODs deleted; the channel post is under review and stays pending",
    items={S1: "removed", S2: "removed", S3: "pending"},
)

case(
    name="soop-korean-private-and-age",
    **{"from": "service@sooplive.co.kr"}, name_from="SOOP 서비스운영팀",
    date="Fri, 06 Sep 2024 18:22:10 +0900",
    subject=f"[SOOP] {R4} 처리 결과 안내",
    body=f"""안녕하세요, SOOP 서비스운영팀입니다.
{R4} 요청에 대한 처리 결과입니다.

- 방송국 게시글 {S3} : 비공개 처리 (운영자 조치)
- VOD {S2} : 19세 이상 시청 가능(연령 제한)으로 변경

나머지 VOD 1건은 검토 중입니다.

SOOP 서비스운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 서비스운영팀 result in Korean: 비공개 처리 and a 19+ age limit",
    why="the post made private by the operator (removed); the VOD age-restricted (restricted); the other VOD under review",
    items={S3: "removed", S2: "restricted", S1: "pending"},
)

csv_soop = "request_ref,content_url,action,action_date,note\n" + "\n".join([
    f"{R4},{S1},DELETED,2024-09-08,",
    f"{R4},{S2},DELETED,2024-09-08,",
    f"{R4},{S3},NO ACTION,2024-09-08,No policy violation found (fan art without adult content)",
]) + "\n"
case(
    name="soop-csv-result-sheet",
    **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Mon, 09 Sep 2024 10:40:00 +0900",
    subject=f"{R4} result sheet",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_soop_135_a"

--=_soop_135_a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the result sheet for {R4}.

SOOP Trust & Safety

--=_soop_135_a
Content-Type: text/csv; charset=utf-8
Content-Disposition: attachment; filename="soop_{R4}.csv"
Content-Transfer-Encoding: 7bit

{csv_soop}
--=_soop_135_a--
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety result sheet as a plain CSV attachment",
    why="two rows DELETED, one NO ACTION with 'no policy violation found' (rejected)",
    items={S1: "removed", S2: "removed", S3: "rejected"},
)

case(
    name="soop-auth-fail",
    **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety", auth="fail",
    date="Fri, 06 Sep 2024 08:14:03 +0900",
    subject=f"[SOOP] Result of your request {R4}",
    body=f"""Hello,

Regarding {R4}: the VOD {S1} has been deleted.

SOOP Trust & Safety
""",
    outcome="review", review="untrusted",
    imitates="SOOP-looking outcome whose DKIM/SPF/DMARC fail",
    why="sender domain is SOOP's but authentication fails",
    items={S1: "pending"},
)

case(
    name="soop-policy-newsletter",
    **{"from": "notice@sooplive.co.kr"}, name_from="SOOP",
    date="Wed, 11 Sep 2024 09:00:00 +0900",
    subject="[SOOP] 청소년 보호 정책 개정 안내",
    body="""안녕하세요, SOOP입니다.

2024년 10월 1일부터 청소년 보호 정책이 아래와 같이 개정됩니다.

1. 19세 이상 시청 가능 방송의 성인 인증 주기 변경 (1년 → 6개월)
2. 선정적 썸네일 사전 검수 대상 확대
3. 신고 처리 결과 안내 방식 개선

자세한 내용은 https://www.sooplive.co.kr/policy/youth 에서 확인하실 수 있습니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="platform policy-change notice sent to partner addresses",
    why="trusted SOOP mail that names no item and no request",
    items={},
)

case(
    name="soop-read-receipt",
    **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Thu, 05 Sep 2024 14:12:30 +0900",
    subject=f"읽음: [{R4}] 음란 방송 VOD 시정요구",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn135soop"

--mdn135soop
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 '[{R4}] 음란 방송 VOD 시정요구'를
2024-09-05 14:12에 수신자(trust@sooplive.co.kr)가 읽었습니다.

--mdn135soop
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr
Final-Recipient: rfc822; trust@sooplive.co.kr
Original-Message-ID: <req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn135soop--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (multipart/report; disposition-notification), Korean text part",
    why="a read receipt",
    items={},
)

# ================================================================ FM Korea
case(
    name="fmkorea-gmail-quote",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Sat, 07 Sep 2024 20:31:12 +0900",
    subject=f"Re: [{R5}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240906-05",
    body=f"""안녕하세요, 에펨코리아 운영진입니다.

말씀하신 두 게시물 모두 삭제 처리했습니다. 포텐 게시판에 올라간 글({F2})도
원글 삭제와 함께 내려갔고, {F1} 역시 삭제 및 작성자 영구 정지 처리했습니다.

2024년 9월 6일 (금) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 에펨코리아 담당자님께,
>
> 아래 게시물 2건에 개인정보(실명, 연락처)가 노출되어 있어 삭제를 요청합니다.
> {F1}
> {F2}
> 참조번호: {R5}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply above a '>'-quoted request ('…님이 작성:')",
    why="both posts stated deleted in the reply's own text",
    items={F1: "removed", F2: "removed"},
)

case(
    name="fmkorea-one-kept",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Mon, 09 Sep 2024 13:05:58 +0900",
    subject=f"[{R5}] 회신",
    body=f"""{R5} 건 회신드립니다.

{F1}
→ 삭제했습니다. 연락처가 그대로 노출되어 있었습니다.

{F2}
→ 확인 결과 이름과 얼굴이 모자이크되어 있고 개인을 특정할 정보가 없어 게시를 유지합니다.
   다른 근거 자료가 있으시면 보내주세요.

에펨코리아 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="community admin reply: URL line, arrow result below, refusal with its reason",
    why="one deleted, one kept because nothing identifies the person (rejected); the closing offer is no request for information",
    items={F1: "removed", F2: "rejected"},
)

case(
    name="fmkorea-conditional",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Sun, 08 Sep 2024 11:47:20 +0900",
    subject=f"[{R5}] 진행 상황",
    body=f"""안녕하세요. 에펨코리아 운영진입니다.

{F1} 글 작성자에게 소명 요청을 보냈습니다.
24시간 안에 소명이 없으면 삭제됩니다.

결과 나오면 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="admin progress note with a conditional deletion",
    why="deletion depends on a condition and has not happened",
    items={F1: "pending"},
)

case(
    name="fmkorea-inquiry-receipt",
    **{"from": "noreply@fmkorea.com"}, name_from="에펨코리아",
    date="Fri, 06 Sep 2024 10:00:35 +0900",
    subject="[에펨코리아] 문의가 접수되었습니다 (#FM-240906-3381)",
    body=f"""문의가 정상적으로 접수되었습니다.

문의번호 : #FM-240906-3381
문의 제목 : [{R5}] 개인정보 노출 게시물 삭제 요청

관리자가 확인 후 순서대로 답변드립니다. 답변까지 영업일 기준 1~3일이 걸릴 수 있습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk automatic 'your inquiry was received' receipt",
    why="pure receipt with a ticket number",
    items={},
)

# ================================================================ Nate
case(
    name="nate-sole-statement-by-ref",
    **{"from": "pann_cs@skcomms.co.kr"}, name_from="네이트 판 운영팀",
    date="Wed, 11 Sep 2024 15:40:00 +0900",
    subject=f"RE: [{R6}] 명예훼손 게시물 삭제 요청",
    reply_to_req="req-240909-06",
    body="""안녕하세요, 네이트 판 운영팀입니다.

요청하신 게시물은 검토 결과 운영정책(명예훼손·허위사실 유포)에 해당하여
2024년 9월 11일 삭제 조치를 완료하였습니다.

감사합니다.
네이트 판 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann short reply: '요청하신 게시물은 … 삭제 조치를 완료하였습니다'",
    why="the request has one item, so 'the requested post was deleted' applies to it",
    items={P1: "removed"},
)

case(
    name="nate-author-deleted-english",
    **{"from": "pann_ops@nate.com"}, name_from="Nate Pann Operations",
    date="Tue, 10 Sep 2024 16:18:09 +0900",
    subject=f"Re: {R6}",
    body=f"""Hi,

Re: {R6} - the Pann post {P1} no longer
exists. Its author deleted it before our team reviewed it, so there was
nothing left for us to act on.

Regards,
Nate Pann Operations (SK Communications)
""",
    outcome="applied", classification="confirmation",
    imitates="English operations reply: post deleted by its author before review",
    why="deleted by its author: not_found",
    items={P1: "not_found"},
)

case(
    name="nate-under-legal-review",
    **{"from": "pann_cs@skcomms.co.kr"}, name_from="네이트 판 운영팀",
    date="Tue, 10 Sep 2024 11:02:47 +0900",
    subject=f"RE: [{R6}] 명예훼손 게시물 삭제 요청",
    reply_to_req="req-240909-06",
    body=f"""안녕하세요, 네이트 판 운영팀입니다.

요청하신 게시물({P1})은 현재 법무 검토 중이며,
결과가 나오는 대로 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean 'currently under legal review' holding reply",
    why="under review is no statement; the item is named so it is not a bare acknowledgement either",
    items={P1: "pending"},
)

case(
    name="nate-outlook-read-receipt",
    **{"from": "pann_cs@skcomms.co.kr"}, name_from="네이트 판 운영팀",
    date="Mon, 09 Sep 2024 13:27:04 +0900",
    subject=f"읽음: [{R6}] 명예훼손 게시물 삭제 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="----=_NextPart_135_nate"

------=_NextPart_135_nate
Content-Type: text/plain; charset="ks_c_5601-1987"
Content-Transfer-Encoding: base64

{base64.encodebytes(f'''메시지

  받는 사람: pann_cs@skcomms.co.kr
  제목: [{R6}] 명예훼손 게시물 삭제 요청
  보낸 날짜: 2024-09-09 월요일 오전 10:00

이(가) 2024-09-09 월요일 오후 1:27에 읽음 처리되었습니다.
'''.encode('cp949')).decode('ascii').rstrip(chr(10))}

------=_NextPart_135_nate
Content-Type: message/disposition-notification

Reporting-UA: skcomms.co.kr; Microsoft Exchange Server 2016
Final-Recipient: rfc822;pann_cs@skcomms.co.kr
Original-Message-ID: <req-240909-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_135_nate--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean Outlook/Exchange read receipt ('읽음:'), body in ks_c_5601-1987 base64",
    why="a read receipt",
    items={},
)

# ================================================================ Ppomppu
case(
    name="ppomppu-bulleted",
    **{"from": "help@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date="Thu, 12 Sep 2024 10:15:20 +0900",
    subject=f"[뽐뿌] {R7} 조치 결과",
    body=f"""안녕하세요 뽐뿌입니다.
{R7} 요청 게시물 조치 결과입니다.

- {U1} : 삭제 (피싱 링크 포함)
- {U2} : 삭제 후 작성자 아이디 영구 정지

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community operator bulleted result 'URL : 처리'",
    why="both posts deleted",
    items={U1: "removed", U2: "removed"},
)

case(
    name="ppomppu-outlook-original-message",
    **{"from": "admin@ppomppu.co.kr"}, name_from="뽐뿌 관리자",
    date="Fri, 13 Sep 2024 09:20:33 +0900",
    subject=f"RE: [{R7}] 피싱 링크 및 불법 유심 판매 게시물 삭제 요청",
    reply_to_req="req-240910-07",
    body=f"""휴대폰 포럼 글({U2})은 삭제했습니다.

자유게시판 글({U1})은 작성자가 이미 문제의 링크를 지우고 글을 고쳐서,
지금은 문제 되는 내용이 없어 게시물을 그대로 두었습니다.

뽐뿌 관리자 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:00 AM
To: help@ppomppu.co.kr
Subject: [{R7}] 피싱 링크 및 불법 유심 판매 게시물 삭제 요청

뽐뿌 담당자님께,

아래 2건의 게시물 삭제를 요청합니다.
{U1}
{U2}

방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----'",
    why="the phone-forum post deleted; the free-board post kept because the link is gone (rejected); the quoted request changes nothing",
    items={U2: "removed", U1: "rejected"},
)

case(
    name="ppomppu-poster-gmail",
    **{"from": "deal.hunter.kim@gmail.com"}, name_from="김도윤", auth="pass",
    date="Wed, 11 Sep 2024 21:44:18 +0900",
    subject="뽐뿌 자유게시판 글 관련",
    body=f"""안녕하세요. 뽐뿌 자유게시판에 글 올렸던 사람입니다.

제 글({U1})은 어제 제가 직접 삭제했습니다.
사기 의도는 전혀 없었고, 링크는 친구가 보내준 이벤트 페이지였습니다.
처리 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="the poster writing to the regulator from a personal mailbox",
    why="gmail.com is no platform's domain; a user's word is no platform statement",
    items={U1: "pending"},
)

dsn_original = f"""From: KCSC Takedown <takedown@kcsc.example>
To: abuse@ppomppu.co.kr
Subject: [{R7}] 피싱 링크 및 불법 유심 판매 게시물 삭제 요청
Date: Tue, 10 Sep 2024 10:00:00 +0900
Message-ID: <req-240910-07-cc@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

뽐뿌 담당자님께,

아래 2건의 게시물 삭제를 요청합니다.
{U1}
{U2}

방송통신심의위원회
"""
case(
    name="ppomppu-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Tue, 10 Sep 2024 10:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="9C1E22D3A.1725930009/mx.kcsc.example"

--9C1E22D3A.1725930009/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse@ppomppu.co.kr>: host mx1.ppomppu.co.kr[203.0.113.25] said: 550 5.1.1
    <abuse@ppomppu.co.kr>: Recipient address rejected: User unknown (in reply
    to RCPT TO command)

--9C1E22D3A.1725930009/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 10:00:01 +0900

Final-Recipient: rfc822; abuse@ppomppu.co.kr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.ppomppu.co.kr
Diagnostic-Code: smtp; 550 5.1.1 <abuse@ppomppu.co.kr>: Recipient address
    rejected: User unknown

--9C1E22D3A.1725930009/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

{dsn_original}
--9C1E22D3A.1725930009/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (User unknown) carrying our own request with its URLs",
    why="a bounce; the URLs are only in our returned message",
    items={U1: "pending", U2: "pending"},
)

HEADER = """# Blind set 135 (Korean portals and community sites), written by make.py.
# Expected results written from each email's meaning before any run of the reader.
# Each case is ingested alone into a fresh ledger holding requests.csv."""


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    Korean mail clients send them."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, "blind135", HEADER, CASES)


if __name__ == "__main__":
    main()
