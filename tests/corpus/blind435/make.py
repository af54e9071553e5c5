#!/usr/bin/env python3
"""Blind set 435: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Inven; Ppomppu only as a sender),
mixing Korean and English, with the doubtful and ignorable mail a
regulator's mailbox receives.

Written from each email's meaning, before any run of the reader.
Deterministic: `python3 tests/corpus/blind435/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import html
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
TISTORY_RAW = "https://lunapress.tistory.com/entry/전세-사기-수법-총정리"
TISTORY = "https://lunapress.tistory.com/entry/" + quote("전세-사기-수법-총정리")

# NAVER, KCSC-240903-01 (12 items, the largest)
B1 = "https://blog.naver.com/moonlit_dal/223561001"
B2 = "https://blog.naver.com/moonlit_dal/223561044"
B3 = "https://blog.naver.com/greyfox_88/223559870"
B4 = "https://blog.naver.com/greyfox_88/223560002"
B5 = "https://blog.naver.com/sky_pebble/223570512"
MB = "https://m.blog.naver.com/sky_pebble/223570777"
C1 = "https://cafe.naver.com/jeonse2024/88123"
C2 = "https://cafe.naver.com/jeonse2024/88140"
C3 = "https://cafe.naver.com/coinlounge/451207"
C4 = "https://cafe.naver.com/coinlounge/451388"
KIN = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40301&docId=470112233"
POST = "https://post.naver.com/viewer/postView.naver?volumeNo=38110422&memberNo=5510233"
NAVER_ITEMS = [B1, B2, B3, B4, B5, MB, C1, C2, C3, C4, KIN, POST]
# DC Inside, KCSC-240904-02 (4)
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120455"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=331207"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=331288"
D4 = "https://gall.dcinside.com/mini/board/view/?id=leaksroom&no=1402"
DC_ITEMS = [D1, D2, D3, D4]
# Daum / Kakao, KCSC-240905-03 (3)
K1 = "https://cafe.daum.net/moneytalk77/Zx9q/10452"
K2 = "https://cafe.daum.net/moneytalk77/Zx9q/10461"
K3 = TISTORY
# SOOP, KCSC-240906-04 (2)
S1 = "https://vod.sooplive.co.kr/player/133820457"
S2 = "https://ch.sooplive.co.kr/nightowl404/post/109882231"
# FM Korea, KCSC-240909-05 (1)
F1 = "https://www.fmkorea.com/7312905518"
# Clien, KCSC-240910-06 (3)
L1 = "https://www.clien.net/service/board/park/18790321"
L2 = "https://www.clien.net/service/board/cm_car/18790555"
L3 = "https://www.clien.net/service/board/sold/18791002"
CLIEN_ITEMS = [L1, L2, L3]
# Inven, KCSC-240911-07 (2)
V1 = "https://www.inven.co.kr/board/lostark/5355/412233"
V2 = "https://www.inven.co.kr/board/maple/5974/98811"

REQUESTS = [
    # ref, platform, sent, due, msgid, category, note, urls
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "req-240903-01@kcsc.example", "illegal_finance", "jeonse fraud promotion", NAVER_ITEMS),
    ("KCSC-240904-02", "dcinside", "2024-09-04T14:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "req-240904-02@kcsc.example", "privacy", "leaked personal data", DC_ITEMS),
    ("KCSC-240905-03", "daum", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "req-240905-03@kcsc.example", "illegal_finance", "", [K1, K2, K3]),
    ("KCSC-240906-04", "soop", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00",
     "req-240906-04@kcsc.example", "obscenity", "", [S1, S2]),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T16:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "req-240909-05@kcsc.example", "defamation", "", [F1]),
    ("KCSC-240910-06", "clien", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "req-240910-06@kcsc.example", "gambling", "", CLIEN_ITEMS),
    ("KCSC-240911-07", "inven", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "req-240911-07@kcsc.example", "gambling", "item-trade gambling ads", [V1, V2]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, mid, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def ko_request(ref, urls, due):
    lines = ["안녕하십니까. 방송통신심의위원회 통신심의국입니다.",
             "",
             "아래 정보에 대하여 시정요구(해당 정보의 삭제)를 통보하오니, 조치 후",
             "그 결과를 회신하여 주시기 바랍니다.",
             "",
             f"요청번호: {ref}",
             "대상 정보:"]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"회신 기한: {due}", "", "방송통신심의위원회 드림"]
    return lines


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def h(s):
    return html.escape(s, quote=True)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ NAVER
case(
    name="naver-cafe-blind-numbered",
    **{"from": "rights@navercorp.com"}, name_from="NAVER 권리보호센터",
    date="Thu, 05 Sep 2024 15:12:40 +0900",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 카페 게시물에 대한 처리 결과를
아래와 같이 알려드립니다.

요청번호: KCSC-240903-01

1) {C1}
   → 처리 결과: 블라인드 처리 완료 (2024.09.05 14:50)

2) {C2}
   → 처리 결과: 요청 접수 전에 작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다.

나머지 요청 건은 처리가 완료되는 대로 별도로 회신드리겠습니다.

네이버 권리보호센터 드림
게시중단 관련 정책 안내: https://right.naver.com/policy/guide
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 안내 (numbered list, result on the line below)",
    why="C1 blinded (removed); C2 already deleted by its author (not_found); the rest is a promise about unnamed items",
    items={C1: "removed", C2: "not_found"},
)

case(
    name="naver-blog-imsi-30days",
    **{"from": "noreply-right@naver.com"}, name_from="네이버 게시중단요청서비스",
    date="Fri, 06 Sep 2024 10:03:11 +0900",
    subject="[네이버] 블로그 게시물 임시조치 안내",
    body=f"""
방송통신심의위원회 담당자님께,

귀 위원회의 요청(KCSC-240903-01)에 따라 아래 블로그 게시물 3건에 대하여
정보통신망법 제44조의2 제2항에 따른 임시조치(30일)를 하였습니다.
임시조치 기간 동안 해당 게시물은 이용자에게 노출되지 않습니다.

- {B1}
- {B2}
- {B3}

게시자는 임시조치 기간 중 재게시를 요청할 수 있으며, 재게시 요청이
접수되는 경우 그 결과를 다시 안내드리겠습니다.
재게시 요청 절차: https://right.naver.com/report/repost

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치(30일) 안내",
    why="임시조치 of three named blog posts: restricted per the project's mapping; repost procedure link is no item",
    items={B1: "restricted", B2: "restricted", B3: "restricted"},
)

TABLE_ROWS = [
    (C3, "삭제", "불법금융 광고 (운영원칙 위반)"),
    (C4, "삭제", "불법금융 광고 (운영원칙 위반)"),
    (KIN, "조치 불가", "운영원칙 위반 사항이 확인되지 않아 게시 유지"),
    (POST, "비공개 처리", "게시자 소명 없음"),
]
rows_html = "\n".join(
    f"<tr><td>{i}</td><td><a href=\"{h(u)}\">{h(u)}</a></td><td><b>{h(r)}</b></td><td>{h(n)}</td></tr>"
    for i, (u, r, n) in enumerate(TABLE_ROWS, 1))
case(
    name="naver-html-table-results",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 17:40:02 +0900",
    subject="RE: [KCSC-240903-01] 시정요구 조치결과 회신",
    reply_to_req="req-240903-01",
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하십니까, 네이버 정책지원팀입니다.</p>
<p>요청번호 KCSC-240903-01 중 아래 4건의 조치 결과를 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{rows_html}
</table>
<p>문의 사항은 본 메일로 회신해 주시기 바랍니다.<br>
<a href="https://help.naver.com/service/5600/">네이버 고객센터</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table",
    why="table rows: two 삭제 (removed), one kept because no rule is broken (rejected), one 비공개 처리 (removed)",
    items={C3: "removed", C4: "removed", KIN: "rejected", POST: "removed"},
)

CSV_ATT = "번호,URL,처리결과,처리일시\n" + "\n".join([
    f"1,{B5},삭제,2024-09-09 11:20",
    f"2,{B4},게시물 없음(작성자 삭제),2024-09-09 11:21",
    f"3,{C1},블라인드,2024-09-09 11:25",
    f"4,{MB},임시조치,2024-09-09 11:30",
]) + "\n"
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 13:02:55 +0900",
    subject="[KCSC-240903-01] 조치결과 파일 송부",
    reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="nv-csv-7731"

--nv-csv-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.
KCSC-240903-01 요청 건 중 4건의 처리 결과를 첨부 파일(CSV)로 보내드립니다.
확인 부탁드립니다.

--nv-csv-7731
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240903-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240903-01.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--nv-csv-7731--
""",
    outcome="applied", classification="confirmation",
    imitates="portal sending a result sheet as a CSV attachment",
    why="CSV rows: 삭제 removed, 게시물 없음(작성자 삭제) not_found, 블라인드 removed, 임시조치 restricted",
    items={B5: "removed", B4: "not_found", C1: "removed", MB: "restricted"},
)

case(
    name="naver-english-top-posted",
    **{"from": "trust-safety@navercorp.com"}, name_from="Jiwon Han (NAVER Trust & Safety)",
    date="Tue, 10 Sep 2024 09:15:27 +0900",
    subject="Re: [KCSC-240903-01] 시정요구 통보",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Quick update on your request: the blog post at {B5} has been removed
from NAVER Blog as of this morning.

The other links are still with our review team and I will write again
once I have their outcome.

Best regards,
Jiwon Han
Trust & Safety, NAVER Corp.

On Tue, Sep 3, 2024 at 10:00 AM KCSC <takedown@kcsc.example> wrote:
{quoted(ko_request("KCSC-240903-01", NAVER_ITEMS, "2024-09-10"))}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted English reply from a T&S staffer over the Gmail-quoted Korean request",
    why="only B5 is stated removed above the quote; the quoted list and 'still with our review team' change nothing",
    items={B5: "removed"},
)

QP_BODY = f"""안녕하십니까. 네이버 정책지원팀입니다.

요청번호 KCSC-240903-01 관련하여 아래와 같이 조치하였음을 알려드립니다.

아래 게시물에 대해서는 국내 접속 차단(접근 제한) 조치를 하였습니다.
{C3}

아래 게시물은 확인 결과 삭제 처리하였습니다.
{KIN}

감사합니다.
"""
case(
    name="naver-qp-access-restricted",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 16:44:09 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[KCSC-240903-01] 조치 결과 안내".encode()).decode() + "?=",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_BODY)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 조치결과 notice, quoted-printable, statement line above its URL",
    why="C3 blocked for access from Korea (restricted); KIN deleted (removed); each URL on the line below its statement",
    items={C3: "restricted", KIN: "removed"},
)

case(
    name="naver-english-mixed-bullets",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Thu, 12 Sep 2024 11:30:00 +0900",
    subject="Outcome of removal request KCSC-240903-01 (partial)",
    body=f"""
Dear KCSC team,

We have completed our assessment of four of the URLs in request
KCSC-240903-01. Outcomes:

  * {B3}
    Taken down for violating the NAVER Blog operating principles
    (promotion of fraudulent financial schemes).
  * {C2}
    We could not locate this post. The link does not resolve to any
    existing article in the cafe.
  * {POST}
    No action taken. After review we found the post does not breach our
    policies or Korean law; it remains available.
  * {KIN}
    Access to this answer has been restricted for users in Korea.

Our policy on legal requests is published at
https://www.navercorp.com/en/policy/legal-requests

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English partial outcome notice with bulleted URLs and the statement on the lines below",
    why="B3 taken down (removed), C2 cannot be located (not_found), POST no action/no breach (rejected), KIN restricted in Korea (restricted)",
    items={B3: "removed", C2: "not_found", POST: "rejected", KIN: "restricted"},
)

case(
    name="naver-echoed-report",
    **{"from": "noreply-right@naver.com"}, name_from="네이버 게시중단요청서비스",
    date="Wed, 11 Sep 2024 08:05:31 +0900",
    subject="[네이버] 신고하신 게시물의 처리 결과를 알려드립니다",
    body=f"""
신고하신 게시물에 대한 검토가 완료되었습니다.

[신고 내역 1]
신고 번호 : RPT-20240906-33817
신고 URL  : {B4}
신고 사유 : 불법 금융 정보 (KCSC-240903-01)
처리 상태 : 처리 완료
처리 결과 : 게시중단(삭제)

[신고 내역 2]
신고 번호 : RPT-20240906-33818
신고 URL  : {B2}
신고 사유 : 불법 금융 정보 (KCSC-240903-01)
처리 상태 : 처리 완료
처리 결과 : 위반 사항 없음 - 게시물이 운영정책에 위반되지 않아 게시가 유지됩니다.

처리 결과에 이의가 있으시면 고객센터(https://help.naver.com/)로 문의해 주세요.
본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal report-form echo (신고 내역 / 처리 결과) from a no-reply system",
    why="echoed report blocks: B4 게시중단(삭제) removed, B2 no violation, kept up (rejected)",
    items={B4: "removed", B2: "rejected"},
)

case(
    name="naver-wrapped-kin-url",
    **{"from": "jisik-support@navercorp.com"}, name_from="네이버 지식iN 운영팀",
    date="Fri, 13 Sep 2024 14:21:48 +0900",
    subject="Re: [KCSC-240903-01] 지식iN 답변 및 모바일 블로그 게시물 조치",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 지식iN 운영팀입니다.

아래 지식iN 질문(답변 포함)은 운영정책 위반으로 삭제하였습니다.
<https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40301&
 docId=470112233>

함께 요청하신 모바일 블로그 게시물
<{MB}>
은 블로그팀 확인 후 비공개 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community-operator reply with URLs in angle brackets, one wrapped across lines (RFC 3986 appendix C style)",
    why="KIN deleted (removed) though its bracketed URL is wrapped; MB 비공개 처리 (removed)",
    items={KIN: "removed", MB: "removed"},
)

case(
    name="naver-prose-deleted-declined",
    **{"from": "trust-safety@navercorp.com"}, name_from="Minseo Kwak (NAVER)",
    date="Mon, 16 Sep 2024 10:48:17 +0900",
    subject="KCSC-240903-01: two more outcomes",
    body=f"""
Hi,

Following up on KCSC-240903-01 with two more results.

We deleted the blog post {B2} today, since the author had republished the
same scheme after our earlier notice.

We have declined to act on {C4}. The post quotes a published court
judgment about the fraud and does not itself advertise any scheme, so it
does not breach our cafe rules and stays up.

Regards,
Minseo Kwak
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English prose follow-up from a named T&S staffer",
    why="B2 deleted (removed); C4 declined with a reason (rejected)",
    items={B2: "removed", C4: "rejected"},
)

case(
    name="naver-promise-review-ko",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Thu, 05 Sep 2024 18:20:44 +0900",
    subject="RE: [KCSC-240903-01] 시정요구 통보",
    reply_to_req="req-240903-01",
    body=f"""
안녕하십니까. 네이버 정책지원팀입니다.

요청하신 {B1} 및
{C2} 게시물에 대해서는
현재 내부 검토를 진행하고 있습니다.

검토가 끝나는 대로 조치할 예정이며, 결과는 회신 기한 내에 다시
안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean interim reply: 검토 중 / 조치할 예정",
    why="names two requested URLs but only says they are under review and will be acted on: promise, no status",
    items={B1: "pending", C2: "pending"},
)

case(
    name="naver-bulk-all-ko",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Tue, 17 Sep 2024 09:30:12 +0900",
    subject="[KCSC-240903-01] 조치 완료 보고",
    reply_to_req="req-240903-01",
    body="""
안녕하십니까. 네이버 정책지원팀입니다.

귀 위원회에서 KCSC-240903-01로 요청하신 게시물 12건 전체에 대하여
게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean 조치 완료 보고 covering the whole request without listing URLs",
    why="one statement about all 12 items of a 12-item request, none named: bulk",
    items={u: "pending" for u in NAVER_ITEMS},
)

case(
    name="naver-unlisted-urls",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Wed, 18 Sep 2024 15:05:39 +0900",
    subject="[KCSC-240903-01] 동일 게시자 추가 게시물 조치",
    body="""
안녕하십니까. 네이버 정책지원팀입니다.

KCSC-240903-01 건과 관련하여, 동일 게시자가 새로 올린 아래 게시물도
확인되어 함께 삭제하였습니다.

- https://blog.naver.com/moonlit_dal/223581190
- https://blog.naver.com/moonlit_dal/223581207

참고 부탁드립니다.
""",
    outcome="review", review="unmatched_claims",
    imitates="portal reporting extra action on copies not in the request",
    why="trusted statements, but both URLs are not in the request (different post ids): nothing to apply",
    items={},
)

case(
    name="naver-channel-notice-no-claims",
    **{"from": "public-request@navercorp.com"}, name_from="NAVER 공공기관 협력창구",
    date="Fri, 13 Sep 2024 11:00:00 +0900",
    subject="[안내] 공공기관 게시중단 요청 접수 창구 변경 안내",
    body="""
안녕하십니까. 네이버 공공기관 협력창구입니다.

2024년 10월 1일부터 공공기관의 게시중단·시정요구 공문 접수 창구가
전용 포털(https://partners.navercorp.com/public)로 변경됩니다.
기존 메일 주소로 보내주신 요청은 10월 31일까지 병행 접수됩니다.

이용에 참고하시기 바랍니다.
""",
    outcome="review", review="no_claims",
    imitates="portal notice to public agencies about a new intake channel",
    why="trusted NAVER mail naming no item and no request: no_claims (a person may file it)",
    items={},
)

case(
    name="naver-ooo-ko",
    **{"from": "sohee.lim@navercorp.com"}, name_from="임소희",
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject="[자동 회신] [KCSC-240903-01] 시정요구 통보",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요, 임소희입니다.
9월 3일(화)부터 9월 6일(금)까지 휴가로 부재중입니다.
게시중단 관련 긴급 요청은 policy@navercorp.com 으로 보내주시기 바랍니다.
복귀 후 확인하겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동 회신)",
    why="recognized auto-reply, nothing about items",
    items={},
)

# ================================================================ DC Inside
case(
    name="dc-particles-prose",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 11:42:05 +0900",
    subject="Re: [KCSC-240904-02] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 중 {D1} 게시물은 개인정보 노출로 삭제 처리되었습니다.
{D2}은 작성자가 이미 삭제한 글이라 현재 존재하지 않습니다.
{D4}는 미니 갤러리 운영자 삭제로 처리했습니다.

나머지 한 건은 갤러리 매니저 확인 중입니다.

감사합니다.
디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 prose reply with Korean particles glued to the URLs",
    why="D1 deleted (removed); D2 already deleted by its author (not_found); D4 운영자 삭제 (removed); the unnamed fourth is pending",
    items={D1: "removed", D2: "not_found", D4: "removed"},
)

case(
    name="dc-url-then-status-below",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 16:10:59 +0900",
    subject="[디시인사이드] 게시물 처리 결과 (KCSC-240904-02)",
    body=f"""
방송통신심의위원회 담당자님, 처리 결과 알려드립니다.

{D1}
 └ 처리결과: 삭제 완료

{D2}
 └ 처리결과: 삭제 완료

{D3}
 └ 처리결과: 존재하지 않는 게시물 (번호 오류 또는 삭제된 글)

{D4}
 └ 처리결과: 신고 사유에 해당하지 않아 게시 유지

문의: https://gall.dcinside.com/board/lists/?id=notice
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside result list: bare URL with its status on the line below",
    why="D1, D2 삭제 완료 (removed); D3 does not exist (not_found); D4 kept, no rule broken (rejected); notice board link is no item",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "rejected"},
)

case(
    name="dc-gmail-quoted-ko",
    **{"from": "gm-support@dcinside.com"}, name_from="디시인사이드 갤러리지원",
    date="Sat, 07 Sep 2024 13:27:36 +0900",
    subject="Re: [KCSC-240904-02] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요.
코인마켓 마이너 갤러리 {D3} 글 삭제했습니다.
다른 글들은 운영팀에서 따로 회신드릴 예정입니다.

2024년 9월 4일 (수) 오후 2:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(ko_request("KCSC-240904-02", DC_ITEMS, "2024-09-11"))}
""",
    outcome="applied", classification="confirmation",
    imitates="short top-posted Korean reply over a Gmail-quoted request (님이 작성:)",
    why="D3 deleted above the quote; the quoted list and the promise about the others change nothing",
    items={D3: "removed"},
)

case(
    name="dc-hedge-already-deleted",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 10:05:50 +0900",
    subject="Re: [KCSC-240904-02] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

확인해 보니 {D1} 게시물은
이미 삭제된 것으로 보입니다. 나머지 게시물은 확인 후 다시 연락드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="operator's first look: 이미 삭제된 것으로 보입니다 (appears to be deleted)",
    why="'것으로 보입니다' is a hedge, not a statement; the rest is a promise: D1 stays pending",
    items={D1: "pending"},
)

DSN_ORIG = "\n".join(ko_request("KCSC-240904-02", DC_ITEMS, "2024-09-11"))
case(
    name="dcinside-dsn-bounce",
    **{"from": "MAILER-DAEMON@mail-gw.dcinside.com"}, name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 14:00:19 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-4d21"

--dsn-4d21
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-gw.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@dcinside.com>: host 192.0.2.31[192.0.2.31] said: 550 5.1.1
    <abuse@dcinside.com>: Recipient address rejected: User unknown

--dsn-4d21
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-gw.dcinside.com
Arrival-Date: Wed,  4 Sep 2024 14:00:17 +0900

Final-Recipient: rfc822; abuse@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-4d21
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: abuse@dcinside.com
Subject: [KCSC-240904-02] =?UTF-8?B?6rCc7J247KCV67O0IOuFuOy2nA==?=
Message-ID: <req-240904-02@kcsc.example>
Date: Wed, 04 Sep 2024 14:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{DSN_ORIG}

--dsn-4d21--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 user unknown) returning the request with its URLs",
    why="a bounce: the URLs are only in the returned request",
    items={},
)

case(
    name="ppomppu-wrong-platform",
    **{"from": "admin@ppomppu.co.kr"}, name_from="뽐뿌 운영자",
    date="Tue, 10 Sep 2024 12:14:03 +0900",
    subject="Re: 게시물 삭제 요청 건 (KCSC-240904-02)",
    body=f"""
안녕하세요 뽐뿌 운영자입니다.

보내주신 요청 건 확인했습니다.
{D1} 게시물은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="small community admin answering a request meant for another site",
    why="Ppomppu (trusted for ppomppu.co.kr) states a status for a DC Inside item: wrong_platform, D1 pending",
    items={D1: "pending"},
)

# ================================================================ Daum / Kakao
case(
    name="daum-tistory-raw-korean",
    **{"from": "rights@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 14:33:21 +0900",
    subject="[카카오] 권리침해 게시물 처리 결과 안내 (KCSC-240905-03)",
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청번호 KCSC-240905-03으로 접수된 게시물의 처리 결과를 안내드립니다.

■ 티스토리
 - 대상: {TISTORY_RAW}
 - 결과: 게시중단(블라인드) 처리

■ 다음 카페
 - 대상: {K1}
 - 결과: 삭제

남은 1건은 카페 운영진 확인 후 회신드리겠습니다.
권리침해 신고 안내: https://cs.kakao.com/helps?service=185
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 result notice (Tistory + Daum cafe), Korean URL path written raw",
    why="K3 (raw Korean path matches its percent-encoded form) blinded: removed; K1 deleted: removed",
    items={K3: "removed", K1: "removed"},
)

case(
    name="daum-html-imsi",
    **{"from": "cafe-admin@daum.net"}, name_from="Daum 카페 운영지원",
    date="Tue, 10 Sep 2024 10:12:44 +0900",
    subject="[Daum 카페] 시정요구 게시글 조치 결과",
    type="html",
    body=f"""
<html><body>
<div style="font-size:14px">
<p>방송통신심의위원회 담당자님께</p>
<p>KCSC-240905-03 요청에 대한 Daum 카페 조치 결과입니다.</p>
<ul>
<li><a href="{K1}">{K1}</a> : <strong>임시조치</strong> (30일간 게시글 접근 제한)</li>
<li><a href="{K2}">{K2}</a> : 게시글을 찾을 수 없습니다 (잘못된 주소이거나 이미 삭제된 글)</li>
</ul>
<p>Daum 카페 운영지원 드림 · <a href="https://cs.daum.net/faq/63.html">운영정책</a></p>
</div>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations HTML notice (임시조치 / 게시글 없음)",
    why="K1 임시조치: restricted; K2 cannot be found: not_found; policy link is no item",
    items={K1: "restricted", K2: "not_found"},
)

case(
    name="daum-english-angle-brackets",
    **{"from": "legal-request@kakaocorp.com"}, name_from="Kakao Legal Request Team",
    date="Wed, 11 Sep 2024 17:55:02 +0900",
    subject="Re: KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""
Dear Sir or Madam,

Regarding your request KCSC-240905-03:

The cafe post <{K2}> has been made inaccessible from the Republic of
Korea.

The Tistory article <{TISTORY}>
was reviewed and remains available. It summarises publicly reported fraud
methods as a warning to readers and does not violate the Tistory
operating policy.

Kakao Legal Request Team
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao legal team English reply, URLs in angle brackets, Tistory URL percent-encoded",
    why="K2 inaccessible from Korea: restricted; K3 kept with a reason: rejected",
    items={K2: "restricted", K3: "rejected"},
)

case(
    name="daum-untrusted-fail",
    **{"from": "rights@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    auth="fail",
    date="Thu, 12 Sep 2024 08:40:10 +0900",
    subject="[카카오] 처리 완료 안내 (KCSC-240905-03)",
    body=f"""
안녕하세요. 카카오입니다.
요청하신 아래 게시물을 모두 삭제하였습니다.

{K1}
{K2}
{TISTORY_RAW}
""",
    outcome="review", review="untrusted",
    imitates="Kakao-style result notice failing DKIM/SPF/DMARC",
    why="kakaocorp.com sender fails authentication: statements held for review, nothing applied",
    items={K1: "pending", K2: "pending", K3: "pending"},
)

case(
    name="daum-conditional-ko",
    **{"from": "cafe-admin@daum.net"}, name_from="Daum 카페 운영지원",
    date="Fri, 06 Sep 2024 16:02:33 +0900",
    subject="Re: [KCSC-240905-03] 시정요구 통보",
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요, Daum 카페 운영지원입니다.

{K2} 게시글에 대해 게시자에게 소명 기회를 부여하였습니다.
7일 이내에 소명이 없을 경우 해당 게시글은 삭제될 예정입니다.

결과는 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe interim reply: 소명 기회 부여, conditional deletion",
    why="a condition and a future deletion, no present status: K2 stays pending",
    items={K2: "pending"},
)

case(
    name="daum-ooo-english",
    **{"from": "daniel.yoo@kakaocorp.com"}, name_from="Daniel Yoo",
    date="Thu, 05 Sep 2024 11:00:35 +0900",
    subject="Automatic reply: [KCSC-240905-03] 시정요구 통보",
    reply_to_req="req-240905-03",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: daniel.yoo@kakaocorp.com"],
    body="""
Thank you for your email. I am out of the office until Monday 9 September
with limited access to email. For takedown requests please write to
legal-request@kakaocorp.com, where my colleagues will handle them.

Daniel Yoo | Kakao Corp.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange 'Automatic reply' out-of-office",
    why="recognized auto-reply",
    items={},
)

# ================================================================ SOOP
case(
    name="soop-vod-private-ko",
    **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Mon, 09 Sep 2024 19:25:14 +0900",
    subject="[SOOP] 신고 처리 결과 안내 (KCSC-240906-04)",
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요. SOOP 고객센터입니다.

요청하신 콘텐츠에 대한 처리 결과를 안내드립니다.

VOD「{S1}」는 음란성 콘텐츠로 확인되어 비공개 처리되었습니다.
방송국 게시글「{S2}」는 삭제 조치되었으며, 해당 BJ에게는 이용 정지 7일이 적용되었습니다.

SOOP 운영정책: https://www.sooplive.co.kr/policy
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) 고객센터 신고 처리 결과, URLs inside 「」 brackets",
    why="S1 비공개 처리 (removed); S2 삭제 (removed); the account suspension is not an item",
    items={S1: "removed", S2: "removed"},
)

case(
    name="soop-english-age-restricted",
    **{"from": "global-safety@sooplive.com"}, name_from="SOOP Safety Team",
    date="Tue, 10 Sep 2024 10:40:51 +0900",
    subject="Re: [KCSC-240906-04] Request for removal",
    reply_to_req="req-240906-04",
    body=f"""
Hello KCSC,

1. {S1}
   Result: age-restricted. The VOD is now available only to verified
   adult (19+) viewers.

2. {S2}
   Result: no action. The post is a schedule announcement and does not
   violate the SOOP community guidelines.

SOOP Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP global safety team numbered English outcomes",
    why="S1 19+ only: restricted; S2 no action, no violation: rejected",
    items={S1: "restricted", S2: "rejected"},
)

case(
    name="soop-hedge-english",
    **{"from": "global-safety@sooplive.com"}, name_from="SOOP Safety Team",
    date="Fri, 06 Sep 2024 15:12:09 +0900",
    subject="Re: [KCSC-240906-04] Request for removal",
    reply_to_req="req-240906-04",
    body=f"""
Hello,

Thanks for the report. The VOD at {S1} may
already have been deleted by the streamer. We will confirm with the
VOD team and get back to you with a definite answer.

SOOP Safety Team
""",
    outcome="review", review="not_understood",
    imitates="first-line safety reply: 'may already have been deleted', promise to confirm",
    why="hedge plus promise: S1 stays pending",
    items={S1: "pending"},
)

case(
    name="soop-mdn-read-receipt",
    **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Fri, 06 Sep 2024 09:47:02 +0900",
    subject="읽음: [KCSC-240906-04] 시정요구 통보",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-58a0"

--mdn-58a0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240906-04] 시정요구 통보"을(를) 수신자가 2024-09-06 09:47에 읽었습니다.

--mdn-58a0
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; Webmail
Final-Recipient: rfc822; cs@sooplive.co.kr
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-58a0--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음:) as an RFC 8098 MDN",
    why="read receipt",
    items={},
)

# ================================================================ FM Korea
case(
    name="fmkorea-sole-no-url",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Tue, 10 Sep 2024 11:18:40 +0900",
    subject="Re: [KCSC-240909-05] 명예훼손 게시물 삭제 요청",
    reply_to_req="req-240909-05",
    body="""
안녕하세요, 에펨코리아 운영진입니다.

요청번호 KCSC-240909-05 관련 게시물은 커뮤니티 규정 위반(특정인 비방)으로
확인되어 삭제 조치하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea operators' one-line Korean confirmation naming only the reference",
    why="one-item request; an unhedged statement about 'the post' of that request: applies (sole)",
    items={F1: "removed"},
)

case(
    name="fmkorea-english-not-found",
    **{"from": "support@fmkorea.com"}, name_from="FMKorea Support",
    date="Wed, 11 Sep 2024 09:02:26 +0900",
    subject="Re: [KCSC-240909-05]",
    reply_to_req="req-240909-05",
    body=f"""
Hello,

We looked for the post you reported:
<{F1}>
It cannot be found on our servers. It was deleted by its author before
we received your request.

FMKorea Support
""",
    outcome="applied", classification="confirmation",
    imitates="community support reply: URL in angle brackets on its own line, statement below",
    why="cannot be found, deleted by its author: not_found",
    items={F1: "not_found"},
)

case(
    name="fmkorea-unknown-sender",
    **{"from": "ykpark.lawoffice@gmail.com"}, name_from="박영권 변호사",
    date="Thu, 12 Sep 2024 14:51:07 +0900",
    subject="KCSC-240909-05 관련 게시물 삭제 완료 통지",
    body=f"""
방송통신심의위원회 귀중

본 변호사는 게시자 ○○○의 법률대리인입니다.
귀 위원회의 요청번호 KCSC-240909-05 관련하여, 의뢰인이 {F1} 게시물을
2024. 9. 11. 자진 삭제하였음을 알려드립니다.

변호사 박영권 드림
""",
    outcome="review", review="unknown_sender",
    imitates="poster's lawyer writing from a free-mail address",
    why="statement about a requested URL from a sender that is no platform: unknown_sender, F1 pending",
    items={F1: "pending"},
)

case(
    name="fmkorea-ack-english",
    **{"from": "support@fmkorea.com"}, name_from="FMKorea Support",
    date="Mon, 09 Sep 2024 16:02:15 +0900",
    subject="[Ticket #FMK-88213] We received your report",
    reply_to_req="req-240909-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for contacting FMKorea.

We have received your report regarding KCSC-240909-05 and created ticket
#FMK-88213. Our moderators will review it in the order received.
You can reply to this email to add information to the ticket.

FMKorea Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt",
    why="pure acknowledgement of receipt with a ticket number",
    items={},
)

# ================================================================ Clien
case(
    name="clien-bullets-ko",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date="Thu, 12 Sep 2024 20:11:45 +0900",
    subject="Re: [KCSC-240910-06] 도박 사이트 홍보 게시물",
    reply_to_req="req-240910-06",
    body=f"""
안녕하세요. 클리앙 운영진입니다. 요청 건 처리 결과입니다.

- {L1} : 삭제 (불법 도박 사이트 홍보)
- {L2} : 조치하지 않음. 도박 사이트 피해 경험을 공유한 글로, 홍보로 보기 어렵습니다.
- {L3} : 해당 번호의 게시물이 없습니다. 주소를 다시 확인해 주세요.

클리앙 이용규칙: https://www.clien.net/service/board/rule
""",
    outcome="applied", classification="confirmation",
    imitates="Clien operators' bulleted result list",
    why="L1 deleted (removed); L2 not actioned with a reason (rejected); L3 no such post (not_found); rules link is no item",
    items={L1: "removed", L2: "rejected", L3: "not_found"},
)

CLIEN_HTML = f"""<html><body>
<p>안녕하세요. 클리앙 운영진입니다.</p>
<p>모두의공원 게시물 <a href="{L1}">{L1}</a> 은(는) 블라인드 처리되었습니다.</p>
<p>요청번호: KCSC-240910-06</p>
</body></html>
"""
case(
    name="clien-base64-html",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date="Wed, 11 Sep 2024 13:06:18 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[클리앙] 게시물 처리 안내".encode()).decode() + "?=",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="cl-alt-1192"

--cl-alt-1192
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(CLIEN_HTML)}
--cl-alt-1192--
""",
    outcome="applied", classification="confirmation",
    imitates="webmail HTML-only message, base64 encoded",
    why="L1 블라인드 처리: removed",
    items={L1: "removed"},
)

OUTLOOK_REQ = "\n".join(ko_request("KCSC-240910-06", CLIEN_ITEMS, "2024-09-17"))
case(
    name="clien-outlook-quoted",
    **{"from": "moderator@clien.net"}, name_from="클리앙 운영진 김도윤",
    date="Fri, 13 Sep 2024 09:58:33 +0900",
    subject="RE: [KCSC-240910-06] 도박 사이트 홍보 게시물",
    reply_to_req="req-240910-06",
    body=f"""
안녕하세요.

자동차 게시판 {L2} 글은 재검토 결과 광고성 링크가 확인되어 오늘 삭제했습니다.

김도윤 드림

-----Original Message-----
From: KCSC <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:00 AM
To: admin@clien.net
Subject: [KCSC-240910-06] 도박 사이트 홍보 게시물

{OUTLOOK_REQ}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request under -----Original Message----- (not '>'-quoted)",
    why="L2 deleted above the Outlook separator; the unquoted request below it is our own text",
    items={L2: "removed"},
)

case(
    name="clien-bulk-english",
    **{"from": "admin@clien.net"}, name_from="Clien Admin",
    date="Sat, 14 Sep 2024 10:20:00 +0900",
    subject="Re: [KCSC-240910-06]",
    reply_to_req="req-240910-06",
    body="""
Hello,

All of the posts listed in your request KCSC-240910-06 have been removed.

Clien Admin
""",
    outcome="review", review="bulk",
    imitates="terse English 'all removed' reply",
    why="one statement about all three items of a three-item request, none named: bulk",
    items={L1: "pending", L2: "pending", L3: "pending"},
)

case(
    name="clien-ticket-receipt",
    **{"from": "help@clien.net"}, name_from="클리앙 고객지원",
    date="Tue, 10 Sep 2024 10:00:52 +0900",
    subject="[클리앙] 문의가 접수되었습니다 (접수번호 CL-20240910-0042)",
    reply_to_req="req-240910-06",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
문의가 정상적으로 접수되었습니다.

접수번호: CL-20240910-0042
접수일시: 2024-09-10 10:00

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean help-desk 접수 완료 receipt",
    why="pure acknowledgement",
    items={},
)

# ================================================================ Inven
case(
    name="inven-text-table",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 고객센터",
    date="Fri, 13 Sep 2024 15:37:29 +0900",
    subject="[인벤] 시정요구 조치결과 (KCSC-240911-07)",
    reply_to_req="req-240911-07",
    body=f"""
안녕하세요. 인벤 고객센터입니다. 조치 결과를 알려드립니다.

| 번호 | 게시물 주소                                        | 조치 결과                         |
|------|----------------------------------------------------|-----------------------------------|
| 1    | {V1} | 삭제                              |
| 2    | {V2}  | 성인 인증 게시물로 전환(청소년 열람 제한) |

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text pipe table of 조치 결과",
    why="V1 삭제 (removed); V2 adult-verification only (age-restricted: restricted)",
    items={V1: "removed", V2: "restricted"},
)

case(
    name="inven-ack-plus-statement",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 고객센터",
    date="Thu, 12 Sep 2024 11:44:10 +0900",
    subject="[인벤] 신고가 접수되었습니다 / 처리 결과",
    reply_to_req="req-240911-07",
    body=f"""
신고가 접수되었습니다. (접수번호 INV-0912-5521)

검토 결과 로스트아크 게시판 게시물 {V1} 은 삭제되었습니다.
메이플스토리 게시판 게시물（{V2}）은 신고 사유에 해당하지 않아 그대로 유지됩니다.

인벤 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt header followed by the outcome in the same mail",
    why="acknowledgement phrase plus unhedged statements: V1 removed, V2 kept with a reason (rejected); full-width brackets around V2",
    items={V1: "removed", V2: "rejected"},
)

case(
    name="inven-asks-more",
    **{"from": "legal@inven.co.kr"}, name_from="인벤 법무팀",
    date="Thu, 12 Sep 2024 17:03:51 +0900",
    subject="Re: [KCSC-240911-07] 시정요구 통보 - 공문 요청",
    reply_to_req="req-240911-07",
    body=f"""
안녕하십니까, 인벤 법무팀입니다.

요청번호 KCSC-240911-07 건과 관련하여, 내부 절차상 시정요구 공문(기관 직인
날인본) 사본이 필요합니다. 공문 사본을 본 메일로 회신해 주시면 확인 후
{V1} 및 {V2} 에 대한 조치를 진행하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean legal team asking for the official letter (공문) before acting",
    why="asks for a document; the items are only promised action: pending",
    items={V1: "pending", V2: "pending"},
)

DELAY_ORIG = "\n".join(ko_request("KCSC-240911-07", [V1, V2], "2024-09-18"))
case(
    name="inven-dsn-delayed",
    **{"from": "postmaster@kcsc.example"}, name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 19:00:08 +0900",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dly-0911"

--dly-0911
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<cs@inven.co.kr>: connect to mx.inven.co.kr[203.0.113.45]:25: Connection timed out

--dly-0911
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; cs@inven.co.kr
Action: delayed
Status: 4.4.1
Will-Retry-Until: Mon, 16 Sep 2024 15:00:00 +0900

--dly-0911
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: cs@inven.co.kr
Subject: [KCSC-240911-07] request
Message-ID: <req-240911-07@kcsc.example>
Date: Wed, 11 Sep 2024 15:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{DELAY_ORIG}

--dly-0911--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delay warning DSN from the regulator's own MTA",
    why="a delivery-delay DSN; the URLs are only in the returned request",
    items={},
)

HEADER = """# Blind set 435: Korean portals and community sites, mixing Korean and
# English, with doubtful and ignorable mail. Written by tests/corpus/blind435/make.py
# from each email's meaning, before any run of the reader. Each case is judged
# alone on a fresh ledger holding requests.csv."""


def encode_word(s):
    """RFC 2047 encoded-word for a non-ASCII display name or subject, as
    Korean webmail and ticket systems send them."""
    if s.isascii():
        return s
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def main():
    for c in CASES:
        if "name_from" in c:
            c["name_from"] = encode_word(c["name_from"])
        c["subject"] = encode_word(c["subject"])
    write_requests()
    corpuslib.write_set(HERE, "blind435", HEADER, CASES)


if __name__ == "__main__":
    main()
