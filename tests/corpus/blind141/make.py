#!/usr/bin/env python3
"""Blind set 141: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Inven; Nate and Ppomppu as senders only),
mixing Korean and English, with the doubtful and ignorable mail a
regulator's mailbox receives.

    python3 tests/corpus/blind141/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before any run of
the reader. Everything is fictional (URLs, names, ids).
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

SET = "blind141"

# ---------------------------------------------------------------- requests
R_DC, R_NV, R_DM, R_SP, R_FM, R_CL, R_IV = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240906-03", "KCSC-240910-04",
    "KCSC-240911-05", "KCSC-240912-06", "KCSC-240913-07")

D = {
    1: "https://gall.dcinside.com/board/view/?id=stockus&no=4410021",
    2: "https://gall.dcinside.com/board/view/?id=stockus&no=4410388",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket7&no=88120",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket7&no=88154",
    5: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket7&no=88302",
    6: "https://gall.dcinside.com/mini/board/view/?id=nightcity_k&no=1203",
    7: "https://gall.dcinside.com/board/view/?id=baseball_new11&no=90211345",
    8: "https://gall.dcinside.com/board/view/?id=baseball_new11&no=90219872",
    9: "https://m.dcinside.com/board/aoegame/30551882",
    10: "https://m.dcinside.com/board/aoegame/30552017",
    11: "https://gall.dcinside.com/mgallery/board/view/?id=fakenews_watch&no=5521",
    12: "https://gall.dcinside.com/mgallery/board/view/?id=fakenews_watch&no=5590",
}
N = {
    1: "https://blog.naver.com/haneul_edit/223561200841",
    2: "https://blog.naver.com/haneul_edit/223561377120",
    3: "https://cafe.naver.com/jusikgoldroom/518220",
    4: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=470112233",
    5: "https://cafe.naver.com/jusikgoldroom/518907",
}
K3_SLUG = "추천종목-무료방"
K3_RAW = "https://moonriver-notes.tistory.com/entry/" + K3_SLUG
K = {
    1: "https://cafe.daum.net/dreamstock77/Fk2a/3310",
    2: "https://cafe.daum.net/dreamstock77/Fk2a/3342",
    3: "https://moonriver-notes.tistory.com/entry/" + quote(K3_SLUG),
    4: "https://cafe.daum.net/dreamstock77/Fk2a/3398",
}
S = {
    1: "https://vod.sooplive.co.kr/player/138820451",
    2: "https://vod.sooplive.co.kr/player/138822907",
    3: "https://ch.sooplive.co.kr/nightowl_bj/post/99120345",
}
F = {
    1: "https://www.fmkorea.com/7412205531",
    2: "https://www.fmkorea.com/7412290018",
}
C1 = "https://www.clien.net/service/board/park/18845120"
I = {
    1: "https://www.inven.co.kr/board/lostark/4811/1102233",
    2: "https://www.inven.co.kr/board/maple/5974/3390112",
}

REQUESTS = [
    (R_DC, "dcinside", "2024-09-03T10:20:00+09:00", "2024-09-10T18:00:00+09:00",
     [D[i] for i in range(1, 13)], "illegal_gambling", "stock/coin gallery gambling and pump adverts"),
    (R_NV, "naver", "2024-09-05T14:05:00+09:00", "2024-09-12T18:00:00+09:00",
     [N[i] for i in range(1, 6)], "fraud", "fake investment lounge adverts"),
    (R_DM, "daum", "2024-09-06T11:40:00+09:00", "2024-09-13T18:00:00+09:00",
     [K[i] for i in range(1, 5)], "fraud", "paid stock-tip rooms; tistory entry has a Korean path"),
    (R_SP, "soop", "2024-09-10T16:30:00+09:00", "2024-09-17T18:00:00+09:00",
     [S[i] for i in range(1, 4)], "obscenity", "two VODs and one channel post"),
    (R_FM, "fmkorea", "2024-09-11T09:15:00+09:00", "2024-09-18T18:00:00+09:00",
     [F[1], F[2]], "privacy", "personal data of a private person"),
    (R_CL, "clien", "2024-09-12T13:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [C1], "defamation", "one post"),
    (R_IV, "inven", "2024-09-13T10:45:00+09:00", "2024-09-20T18:00:00+09:00",
     [I[1], I[2]], "illegal_trade", "account/item cash trade for private servers"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- helpers
def h(s):
    """RFC 2047 encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted_request(ref, urls, intro="아래 정보에 대하여 삭제 등 시정을 요구합니다."):
    lines = [f"[{ref}] 불법정보 시정요구", "", "안녕하십니까, 방송통신심의위원회 통신심의 담당입니다.",
             intro, ""]
    for n, u in enumerate(urls, 1):
        lines.append(f"{n}. {u}")
    lines += ["", "조치 결과를 7일 이내에 회신하여 주시기 바랍니다.", "KCSC 통신심의국 드림"]
    return lines


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="dc-numbered-result-below-url",
    date="Tue, 10 Sep 2024 15:42:10 +0900",
    **{"from": "report@dcinside.com"}, name_from=h("디시인사이드 운영팀"),
    subject=h(f"Re: [{R_DC}] 불법정보 시정요구 조치 결과 회신"), reply_to_req=mid(R_DC),
    body="\n".join([
        "안녕하세요. 디시인사이드 운영팀입니다.",
        "",
        f"귀 위원회에서 요청하신 시정요구({R_DC}) 12건에 대한 처리 결과를 아래와 같이 회신드립니다.",
        "",
        f"1) {D[1]}", "   → 처리결과: 삭제",
        f"2) {D[2]}", "   → 처리결과: 삭제",
        f"3) {D[3]}", "   → 처리결과: 삭제",
        f"4) {D[4]}", "   → 처리결과: 해당 없음 (작성자가 이미 삭제한 게시물)",
        f"5) {D[5]}", "   → 처리결과: 삭제",
        f"6) {D[6]}", "   → 처리결과: 성인 인증 게시물로 전환 (미성년자 열람 제한)",
        f"7) {D[7]}", "   → 처리결과: 미조치 – 검토 결과 운영원칙 위반 사항이 확인되지 않아 게시를 유지합니다",
        f"8) {D[8]}", "   → 처리결과: 삭제",
        f"9) {D[9]}", "   → 처리결과: 삭제",
        f"10) {D[10]}", "   → 처리결과: 존재하지 않는 게시물 번호",
        f"11) {D[11]}", "   → 처리결과: 삭제",
        f"12) {D[12]}", "   → 처리결과: 삭제",
        "",
        "추가 문의 사항은 본 메일로 회신 부탁드립니다.",
        "감사합니다.",
        "",
        "디시인사이드 운영팀 드림",
    ]),
    outcome="applied", classification="confirmation",
    imitates="Korean community operator's reply to a KCSC 시정요구: numbered URL list, result on the line below each",
    why="each URL is followed by its own result line; mixed 삭제 / 작성자 삭제 / 성인 인증 / 유지 / 없는 번호",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found", D[5]: "removed",
           D[6]: "restricted", D[7]: "rejected", D[8]: "removed", D[9]: "removed", D[10]: "not_found",
           D[11]: "removed", D[12]: "removed"},
)

a = D[3].replace("&", "&amp;")
case(
    name="dc-html-table-coin-gallery",
    date="Wed, 11 Sep 2024 11:05:37 +0900",
    **{"from": "cs@dcinside.com"}, name_from=h("디시인사이드 고객센터"),
    subject=h(f"[디시인사이드] 시정요구 처리 결과 안내 ({R_DC})"),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 디시인사이드 고객센터입니다.</p>
<p>요청번호 <b>{R_DC}</b> 중 마이너·미니 갤러리 게시물 4건의 처리 결과입니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr bgcolor="#eeeeee"><th>No</th><th>게시물 주소</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td>1</td><td><a href="{a}">{a}</a></td><td>삭제</td><td>2024-09-10</td></tr>
<tr><td>2</td><td><a href="{D[4].replace('&', '&amp;')}">{D[4].replace('&', '&amp;')}</a></td><td>삭제</td><td>2024-09-10</td></tr>
<tr><td>3</td><td><a href="{D[5].replace('&', '&amp;')}">{D[5].replace('&', '&amp;')}</a></td><td>게시물 없음</td><td>-</td></tr>
<tr><td>4</td><td><a href="{D[6].replace('&', '&amp;')}">{D[6].replace('&', '&amp;')}</a></td><td>청소년 열람 제한(성인 인증 필요)</td><td>2024-09-11</td></tr>
</table>
<p>나머지 게시물은 일반 갤러리 담당자가 별도로 회신드릴 예정입니다.</p>
<p style="color:#888">본 메일은 발신 전용이 아닙니다. 회신 시 요청번호를 유지해 주세요.<br>
운영원칙 안내: <a href="https://gall.dcinside.com/policy/rules">https://gall.dcinside.com/policy/rules</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="portal customer-centre HTML result table (게시물 주소 / 처리 결과 / 처리일)",
    why="one row per URL with its result; the rules page link is not an item; the promise covers no named item",
    items={D[3]: "removed", D[4]: "removed", D[5]: "not_found", D[6]: "restricted"},
)

orig = "\n".join(quoted_request(R_DC, [D[i] for i in range(1, 13)]))
case(
    name="dc-top-posted-outlook-original",
    date="Thu, 12 Sep 2024 09:12:44 +0900",
    **{"from": "jh.park@dcinside.com"}, name_from="Park Jihoon",
    subject=h(f"RE: [{R_DC}] 불법정보 시정요구"), reply_to_req=mid(R_DC),
    body=f"""담당자님 안녕하세요,

주식 갤러리 2건은 오늘 오전에 삭제 완료했습니다.
{D[1]}
{D[2]}

나머지 건은 각 갤러리 매니저 확인 후 따로 말씀드리겠습니다.

박지훈 / 디시인사이드 서비스운영팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:20 AM
To: report@dcinside.com
Subject: [{R_DC}] 불법정보 시정요구

{orig}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from an operations employee over the regulator's original request",
    why="two URLs under an unhedged 삭제 완료; the 12 URLs below -----Original Message----- are our own request",
    items={D[1]: "removed", D[2]: "removed", D[3]: "pending", D[7]: "pending"},
)

case(
    name="dc-english-angle-brackets-mobile",
    date="Fri, 13 Sep 2024 17:30:02 +0900",
    **{"from": "global@dcinside.com"}, name_from="DCInside Global Support",
    subject=f"Re: [{R_DC}] Correction request - result",
    reply_to_req=mid(R_DC),
    body=f"""Dear KCSC team,

Regarding your request {R_DC}, the two posts below in the AOE game gallery
were deleted by the gallery manager on 12 September after our review:

  - <{D[9]}>
  - <{D[10]}>

The writer's account has also received a 7-day posting ban.

Kind regards,
Seo-yeon Han
DCInside Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk reply from a Korean community's global support address",
    why="plain past-tense deletion of the two URLs in angle brackets; the account ban is not an item",
    items={D[9]: "removed", D[10]: "removed"},
)

csv_text = "\ufeff번호,URL,처리결과,처리일시\r\n" \
    f"1,{D[11]},삭제,2024-09-12 14:10\r\n" \
    f"2,{D[12]},존재하지 않는 게시물,-\r\n"
case(
    name="dc-csv-attachment-results",
    date="Fri, 13 Sep 2024 14:22:51 +0900",
    **{"from": "report@dcinside.com"}, name_from=h("디시인사이드 운영팀"),
    subject=h(f"Re: [{R_DC}] 시정요구 처리결과 (첨부)"), reply_to_req=mid(R_DC),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_dc_7f31a2"

--=_dc_7f31a2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 디시인사이드 운영팀입니다.

가짜뉴스 감시 갤러리 게시물 2건의 처리 결과를 첨부 파일로 보내드립니다.
확인 부탁드립니다.

--=_dc_7f31a2
Content-Type: text/csv; charset=utf-8; name="result_{R_DC}.csv"
Content-Disposition: attachment; filename="result_{R_DC}.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_dc_7f31a2--
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply with an Excel-made UTF-8 (BOM) CSV of results attached",
    why="the CSV gives one result per URL: 삭제 and 존재하지 않는 게시물",
    items={D[11]: "removed", D[12]: "not_found"},
)

case(
    name="dc-wrapped-url-in-brackets",
    date="Mon, 16 Sep 2024 10:03:19 +0900",
    **{"from": "minor-gall@dcinside.com"}, name_from=h("디시인사이드 마이너갤 관리"),
    subject=h(f"Re: [{R_DC}] 코인 갤러리 게시물 건"), reply_to_req=mid(R_DC),
    body="""안녕하세요.
문의하신 코인 마이너 갤러리 게시물은 갤러리 운영자 권한으로 삭제 처리되었습니다.

<https://gall.dcinside.com/mgallery/board/view/?id=coinmarket7
 &no=88120>

감사합니다.
마이너 갤러리 관리 담당
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose long URL the mail client wrapped inside angle brackets",
    why="the wrapped URL in <> is one URL (RFC 3986 app. C); it was deleted by the gallery operator (운영자 삭제)",
    items={D[3]: "removed"},
)

case(
    name="dc-echoed-report-form",
    date="Tue, 17 Sep 2024 13:48:00 +0900",
    **{"from": "noreply-report@dcinside.com"}, name_from=h("디시인사이드 신고센터"),
    subject=h("[디시인사이드 신고센터] 신고하신 게시물의 처리가 완료되었습니다"),
    body=f"""디시인사이드 신고센터입니다.
접수하신 신고 건의 처리가 완료되어 안내드립니다.

■ 신고 내용
 - 신고자: 방송통신심의위원회 (takedown@kcsc.example)
 - 신고 유형: 불법정보(허위사실 유포)
 - 신고 게시물: {D[12]}
 - 신고 사유: {R_DC} 시정요구 (삭제 요청)

■ 처리 결과
 - 처리 상태: 처리 완료
 - 조치 내용: 게시물 삭제 및 작성자 이용 제한 3일
 - 처리 일시: 2024-09-17 13:41

이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-centre result notice that echoes the submitted report form above the result",
    why="the result block states deletion of the one reported post; the echoed 삭제 요청 is only the report",
    items={D[12]: "removed"},
)

case(
    name="naver-imsijochi-two-posts",
    date="Mon, 09 Sep 2024 16:20:33 +0900",
    **{"from": "inoti@navercorp.com"}, name_from=h("네이버 권리보호센터"),
    subject=h(f"[NAVER] 게시물 임시조치 결과 안내 ({R_NV})"),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 {R_NV} 건과 관련하여,
아래 블로그 게시물 2건에 대해 정보통신망법 제44조의2에 따라
30일간 임시조치하였습니다. 해당 기간 동안 게시물의 열람이 제한됩니다.

- {N[1]}
- {N[2]}

게시자가 재게시를 요청하는 경우 관련 절차에 따라 처리되며,
결과가 달라지면 다시 안내드리겠습니다.

네이버 권리보호센터 드림
https://right.naver.com/guide
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 (temporary measure, 30 days) notice under 정보통신망법 제44조의2",
    why="임시조치: access to the posts is restricted now; the re-posting procedure is only a possibility",
    items={N[1]: "restricted", N[2]: "restricted"},
)

case(
    name="naver-cafe-deleted-kin-author-gone",
    date="Tue, 10 Sep 2024 11:02:45 +0900",
    **{"from": "cafe-safety@naver.com"}, name_from=h("네이버 카페 운영팀"),
    subject=h(f"Re: [{R_NV}] 시정요구 건 회신"), reply_to_req=mid(R_NV),
    body=f"""안녕하세요, 네이버 카페 운영팀입니다.

요청하신 카페 게시글 {N[3]} 은 운영정책 위반으로 확인되어 9월 9일자로 삭제 조치하였습니다.

함께 요청하신 지식iN 질문
{N[4]}
은 확인 결과 작성자 본인이 이미 삭제하여 현재 존재하지 않는 글입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe team reply in Korean prose: one deleted, one already deleted by its author",
    why="삭제 조치하였습니다 for the cafe post; 작성자 본인이 이미 삭제 / 존재하지 않는 for the 지식iN URL on its own line",
    items={N[3]: "removed", N[4]: "not_found"},
)

case(
    name="naver-english-no-violation",
    date="Wed, 11 Sep 2024 18:15:09 +0900",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    subject=f"Re: [{R_NV}] Request for removal of illegal information",
    reply_to_req=mid(R_NV),
    body=f"""Hello,

Thank you for your request {R_NV}.

We reviewed the cafe post at {N[5]} against our Cafe Operation
Policy and the laws you cited. The post is a discussion thread about
investment scams and does not itself advertise a service, so it does not
violate our policies and it will remain available.

If you have additional information, such as a court order, you may send it
to us at any time. Our policy is published at
https://policy.naver.com/policy/cafe_operation.html

Best regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety refusal with its reason (no violation, content stays up)",
    why="an explicit refusal with its reason for the one named post; the policy link is not an item",
    items={N[5]: "rejected"},
)

html_b64 = f"""<html><body>
<div style="font-size:14px">
<p>안녕하세요. <b>NAVER</b> 고객센터입니다.</p>
<p>요청하신 게시물에 대한 처리 결과를 알려드립니다.</p>
<ul>
<li><a href="{N[2]}">{N[2]}</a> : 블라인드 처리 완료</li>
<li><a href="{N[5]}">{N[5]}</a> : 비공개 처리 완료</li>
</ul>
<p>요청번호: {R_NV}</p>
<p>※ 본 메일은 <a href="https://help.naver.com/service/blog">네이버 고객센터</a>에서 발송되었습니다.</p>
</div>
</body></html>
"""
case(
    name="naver-base64-html-blind",
    date="Thu, 12 Sep 2024 10:40:27 +0900",
    **{"from": "help@naver.com"}, name_from=h("네이버 고객센터"),
    subject=h(f"[네이버 고객센터] 요청하신 게시물 처리 결과 ({R_NV})"),
    raw_mime=f"""Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(html_b64)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre result mail sent as a base64 HTML body",
    why="블라인드 처리 완료 and 비공개 처리 완료 are both removals; the help-centre link is not an item",
    items={N[2]: "removed", N[5]: "removed"},
)

na = lambda u: u.replace("&", "&amp;")  # noqa: E731
case(
    name="naver-kcsc-style-result-table",
    date="Fri, 13 Sep 2024 15:55:41 +0900",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"),
    subject=h(f"[회신] 시정요구 조치결과 통보 ({R_NV})"),
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구({R_NV})에 대한 조치 결과를 다음과 같이 통보합니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>연번</th><th>시정요구 URL</th><th>조치결과</th><th>조치일자</th></tr></thead>
<tbody>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>2024.09.12</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>비공개 전환</td><td>2024.09.12</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
<tr><td>4</td><td>{N[5]}</td><td>임시조치(30일)</td><td>2024.09.13</td></tr>
</tbody></table>
<p>{na(N[4])} 건은 지식iN 담당 부서에서 검토 중이며 확인되는 대로 별도 회신드리겠습니다.</p>
<p>네이버 주식회사 정책지원팀</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 통보 table (연번 / URL / 조치결과 / 조치일자) from a portal's policy team",
    why="four rows, four results; the 지식iN URL is only 검토 중 and stays pending",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found", N[5]: "restricted", N[4]: "pending"},
)

case(
    name="tistory-korean-path-particle",
    date="Wed, 11 Sep 2024 14:30:00 +0900",
    **{"from": "cleancenter@kakaocorp.com"}, name_from=h("카카오 클린센터"),
    subject=h(f"[카카오] 게시물 처리 결과 안내 - {R_DM}"),
    body=f"""안녕하세요. 카카오 클린센터입니다.

신고해 주신 티스토리 게시글 <{K3_RAW}>은
유료 투자 리딩방 홍보 게시물로 확인되어 블라인드 처리되었습니다.

블라인드 처리된 게시물은 게시자를 포함한 모든 이용자에게 노출되지 않습니다.

더 안전한 서비스를 만들기 위해 노력하겠습니다.
카카오 클린센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 클린센터 블라인드 notice for a tistory entry whose path is Korean",
    why="raw Korean path in <> followed by the particle 은 matches the percent-encoded request URL; 블라인드 처리되었습니다",
    items={K[3]: "removed"},
)

case(
    name="daum-cafe-bullets-three-results",
    date="Thu, 12 Sep 2024 16:18:22 +0900",
    **{"from": "cafe-policy@daum.net"}, name_from=h("Daum 카페 운영정책팀"),
    subject=h(f"Re: [{R_DM}] Daum 카페 게시물 시정요구"), reply_to_req=mid(R_DM),
    body=f"""안녕하세요. Daum 카페 운영정책팀입니다.

요청하신 게시물 3건의 처리 결과입니다.

 * {K[1]}
   - 유료 리딩방 광고로 확인, 게시물 삭제
 * {K[2]}
   - 권리침해 신고 병합 건으로 30일 임시조치(접근 제한) 적용
 * {K[4]}
   - 신고 내용 검토 결과 운영정책 위반이 확인되지 않아 게시물을 유지합니다.
     (주식 정보 공유 게시물로, 유료 서비스 홍보 내용이 없음)

티스토리 게시글은 카카오 클린센터에서 따로 안내드릴 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe policy team bulleted reply, result indented under each URL",
    why="삭제 / 임시조치(접근 제한) / 유지 with reason; the tistory entry is not named, only a promise",
    items={K[1]: "removed", K[2]: "restricted", K[4]: "rejected"},
)

qp_body = f"""안녕하세요, Daum 고객센터입니다.

{R_DM} 시정요구와 관련하여 다음과 같이 처리하였습니다.

1. {K[2]} : 운영자 삭제
2. {K[4]} : 게시자가 이미 삭제하여 확인되지 않는 게시물입니다

문의 사항이 있으시면 회신 주시기 바랍니다.
Daum 고객센터 드림
"""
case(
    name="daum-quoted-printable-two",
    date="Fri, 13 Sep 2024 09:58:14 +0900",
    **{"from": "cs@daum.net"}, name_from=h("Daum 고객센터"),
    subject=h(f"Re: [{R_DM}] 처리 결과"), reply_to_req=mid(R_DM),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum customer-centre reply sent quoted-printable",
    why="운영자 삭제 for one URL; the other was already deleted by its poster (not_found)",
    items={K[2]: "removed", K[4]: "not_found"},
)

case(
    name="kakao-english-sor-encoded-path",
    date="Mon, 16 Sep 2024 19:07:55 +0900",
    **{"from": "dsa-notice@kakao.com"}, name_from="Kakao Trust & Safety",
    subject=f"Decision on your notice {R_DM}",
    body=f"""Statement of reasons

Notice reference: {R_DM}
Date of decision: 16 September 2024

1. Content: {K[3]}
   Decision: removed. The entry promotes a paid stock-tip chat room, which
   breaches the Tistory Operation Policy (commercial fraud).
   Detection: notice from a trusted authority. Automated means: none.

2. Content: {K[4]}
   Decision: no action. After review we found no breach of law or of our
   policies; the post stays visible.

You can find more information about how we handle notices at
https://www.kakao.com/policy/oppolicy
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (content / decision / ground / automated means) in English",
    why="one removed (percent-encoded path as requested), one 'no action ... stays visible' (rejected)",
    items={K[3]: "removed", K[4]: "rejected"},
)

case(
    name="soop-vod-three-results",
    date="Fri, 13 Sep 2024 13:25:08 +0900",
    **{"from": "safety@sooplive.co.kr"}, name_from=h("SOOP 세이프티팀"),
    subject=h(f"Re: [{R_SP}] 음란정보 시정요구 회신"), reply_to_req=mid(R_SP),
    body=f"""안녕하세요. SOOP 세이프티팀입니다.
보내주신 시정요구({R_SP})에 대한 처리 내역을 전달드립니다.

[VOD]
{S[1]} - 다시보기 영상 삭제 완료
{S[2]} - 스트리머 채널에서 비공개 처리 완료

[채널 게시글]
{S[3]} - 해당 게시글을 찾을 수 없습니다 (URL 확인 결과 존재하지 않는 글)

해당 스트리머에게는 방송 정지 7일 제재가 함께 적용되었습니다.

SOOP 세이프티팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) safety-team reply grouping VODs and channel posts",
    why="삭제 완료, 비공개 처리 완료 (both removed) and 찾을 수 없습니다 (not_found); the broadcast ban is not an item",
    items={S[1]: "removed", S[2]: "removed", S[3]: "not_found"},
)

case(
    name="soop-age-restricted-url-below",
    date="Mon, 16 Sep 2024 10:11:40 +0900",
    **{"from": "vod-ops@sooplive.co.kr"}, name_from="SOOP VOD Operations",
    subject=h(f"Re: [{R_SP}] VOD 조치 안내"), reply_to_req=mid(R_SP),
    body=f"""담당자님 안녕하세요.

아래 다시보기 영상은 삭제 대상에는 해당하지 않는다고 판단하였으나,
선정적인 장면이 포함되어 19세 이상만 시청할 수 있도록 연령 제한을 설정하였습니다.
{S[2]}

Regards,
SOOP VOD Operations
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP VOD team reply: not deleted but age-restricted (19세 이상 시청)",
    why="statement precedes the URL on the line below; age restriction is restricted, not rejected",
    items={S[2]: "restricted"},
)

case(
    name="soop-helpdesk-answer-registered",
    date="Tue, 17 Sep 2024 15:03:29 +0900",
    **{"from": "helpdesk@sooplive.co.kr"}, name_from=h("SOOP 고객센터"),
    subject=h("[SOOP 고객센터] 문의하신 내용에 답변이 등록되었습니다 (#SP-0917-22841)"),
    body=f"""SOOP 고객센터입니다.
고객님께서 남겨주신 문의에 대한 답변이 등록되었습니다.

문의번호: #SP-0917-22841
문의제목: {R_SP} 시정요구 관련 조치 요청

──────── 답변 내용 ────────
안녕하세요, SOOP 고객센터 상담원 김하린입니다.

요청하신 VOD {S[1]} 는 확인 후 삭제하였습니다.
채널 게시글 {S[3]} 는 성인 대상 홍보글이기는 하나 운영정책상 제재 기준에
해당하지 않아 삭제하지 않기로 결정하였습니다.
─────────────────────────

답변 내역은 고객센터 > 나의 문의내역에서 확인하실 수 있습니다.
https://help.sooplive.co.kr/mypage/inquiry
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system notification carrying the agent's answer (답변이 등록되었습니다)",
    why="the answer body states a deletion and a refusal with its reason; not a bare receipt",
    items={S[1]: "removed", S[3]: "rejected"},
)

case(
    name="fmkorea-particles-after-urls",
    date="Fri, 13 Sep 2024 20:44:17 +0900",
    **{"from": "admin@fmkorea.com"}, name_from=h("에펨코리아 운영진"),
    subject=h(f"Re: [{R_FM}] 개인정보 노출 게시물 삭제 요청"), reply_to_req=mid(R_FM),
    body=f"""안녕하세요 에펨코리아 운영진입니다.

- {F[2]} 게시물은 실명과 연락처가 노출되어 있어 삭제했습니다.
- {F[1]}의 경우 게시글에 특정인을 식별할 수 있는 정보가 없어서
  삭제하지 않고 그대로 두었습니다. 다른 근거가 있으시면 알려주세요.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community admin's short Korean reply, a particle written right after a URL",
    why="F2 deleted; F1 (followed by 의) left up with a reason = rejected",
    items={F[2]: "removed", F[1]: "rejected"},
)

quoted = "\n".join("> " + l if l else ">" for l in quoted_request(R_FM, [F[1], F[2]]))
case(
    name="fmkorea-gmail-quoted-reply",
    date="Sat, 14 Sep 2024 11:26:03 +0900",
    **{"from": "mod.yoon@fmkorea.com"}, name_from=h("윤도현"),
    subject=h(f"Re: [{R_FM}] 불법정보 시정요구"), reply_to_req=mid(R_FM),
    body=f"""말씀하신 {F[1]} 글은 운영자 권한으로 삭제했습니다.
나머지 한 건은 아직 확인 중입니다.

2024년 9월 11일 (수) 오전 9:15, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail Korean-locale reply (…님이 작성:) with the request quoted in '>' lines",
    why="one URL deleted by the operator; the other is only 확인 중 and appears only in the quoted request",
    items={F[1]: "removed", F[2]: "pending"},
)

case(
    name="clien-sole-item-no-url",
    date="Fri, 13 Sep 2024 16:09:50 +0900",
    **{"from": "admin@clien.net"}, name_from=h("클리앙 운영자"),
    subject=h(f"Re: [{R_CL}] 명예훼손 게시물 시정요구"), reply_to_req=mid(R_CL),
    body="""안녕하세요, 클리앙 운영자입니다.

요청하신 게시물은 확인 후 삭제 조치를 완료했습니다.
작성자에게도 관련 규정 위반 사실을 안내했습니다.

클리앙 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short operator reply to a one-item request, naming no URL",
    why="one-item request referenced by subject and In-Reply-To; unhedged 삭제 조치를 완료",
    items={C1: "removed"},
)

case(
    name="clien-fullwidth-parens-author-deleted",
    date="Sat, 14 Sep 2024 10:31:12 +0900",
    **{"from": "help@clien.net"}, name_from="Clien Help",
    subject=h(f"[클리앙] 시정요구({R_CL}) 확인 결과"),
    body=f"""안녕하세요. 클리앙 고객지원입니다.

신고하신 글（{C1}）은 저희가 확인하기 전에 작성자가 스스로 삭제한 상태입니다。
따라서 별도의 조치는 하지 않았습니다．

감사합니다。
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply typed with full-width punctuation around the URL",
    why="the post was already deleted by its author before review = not_found; full-width brackets are not part of the URL",
    items={C1: "not_found"},
)

case(
    name="inven-two-items-mixed",
    date="Tue, 17 Sep 2024 14:14:14 +0900",
    **{"from": "cs@inven.co.kr"}, name_from=h("인벤 고객센터"),
    subject=h(f"Re: [{R_IV}] 불법 거래 게시물 시정요구"), reply_to_req=mid(R_IV),
    body=f"""안녕하세요. 인벤 고객센터입니다.

요청하신 2건에 대한 처리 결과 안내드립니다.

1. 로스트아크 게시판 {I[1]}
   처리: 삭제 (현금 거래 및 프리서버 홍보)

2. 메이플스토리 게시판 {I[2]}
   처리: 미삭제 - 게임 내 정상 거래 문의 글로 운영정책 위반 사항 없음

감사합니다.
인벤 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="game community customer-centre numbered reply with 처리: lines",
    why="삭제 for the first; 미삭제 with reason (no violation) = rejected for the second",
    items={I[1]: "removed", I[2]: "rejected"},
)

case(
    name="inven-receipt-plus-result",
    date="Wed, 18 Sep 2024 09:40:02 +0900",
    **{"from": "help@inven.co.kr"}, name_from=h("인벤 고객센터"),
    subject=h(f"[인벤] 문의 접수 및 처리 안내 ({R_IV})"),
    body=f"""인벤 고객센터입니다. 문의가 정상적으로 접수되었습니다.
접수번호: IVN-240918-0193

접수 즉시 확인한 결과, 아래 게시물은 메이플스토리 게시판 관리자가 삭제하였습니다.
{I[2]}

다른 게시물에 대한 결과는 확인 후 접수번호로 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that already carries a result for one item",
    why="a receipt phrase plus an unhedged deletion of a named URL is not a pure acknowledgement",
    items={I[2]: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-will-review",
    date="Fri, 06 Sep 2024 17:45:00 +0900",
    **{"from": "inoti@navercorp.com"}, name_from=h("네이버 권리보호센터"),
    subject=h(f"Re: [{R_NV}] 시정요구 관련"), reply_to_req=mid(R_NV),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

보내주신 요청 중 아래 블로그 게시물은 담당 부서에서 내용을 검토한 후
운영정책에 따라 게시중단 등 필요한 조치가 이루어질 예정입니다.

{N[1]}
{N[2]}

처리 결과는 완료되는 대로 다시 알려드리겠습니다.
""",
    outcome="review", classification="other", review="not_understood",
    imitates="portal reply promising action after internal review (조치가 이루어질 예정)",
    why="names two requested URLs but only promises; nothing has happened yet",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="dc-hedged-seems-deleted",
    date="Wed, 11 Sep 2024 19:20:41 +0900",
    **{"from": "jh.park@dcinside.com"}, name_from="Park Jihoon",
    subject=h(f"RE: [{R_DC}] 주식 갤러리 게시물 문의"), reply_to_req=mid(R_DC),
    body=f"""안녕하세요,

문의하신 {D[2]} 는
제가 열어보니 이미 삭제된 것으로 보이는데, 로그상으로 누가 언제 지웠는지는
아직 확인이 안 됩니다. 확인되면 다시 말씀드릴게요.

박지훈 드림
""",
    outcome="review", classification="other", review="not_understood",
    imitates="employee's informal hedged answer (삭제된 것으로 보이는데)",
    why="'appears to be deleted' with unconfirmed logs is a hedge, not a statement",
    items={D[2]: "pending"},
)

case(
    name="daum-bulk-all-deleted",
    date="Mon, 09 Sep 2024 13:00:12 +0900",
    **{"from": "cs@daum.net"}, name_from=h("Daum 고객센터"),
    subject=h(f"Re: [{R_DM}] 게시물 삭제 요청"), reply_to_req=mid(R_DM),
    body="""안녕하세요, Daum 고객센터입니다.

요청하신 게시물은 모두 확인하여 삭제 조치를 완료하였습니다.
협조 요청에 감사드립니다.

Daum 고객센터 드림
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="blanket 'all reported posts deleted' reply to a multi-item request",
    why="four-item request; the statement covers 'all' without naming or counting each item",
    items={K[1]: "pending", K[2]: "pending", K[3]: "pending", K[4]: "pending"},
)

case(
    name="soop-bulk-three-done",
    date="Thu, 12 Sep 2024 21:05:30 +0900",
    **{"from": "safety@sooplive.co.kr"}, name_from=h("SOOP 세이프티팀"),
    subject=h(f"Re: [{R_SP}] 음란정보 시정요구"), reply_to_req=mid(R_SP),
    body=f"""안녕하세요 SOOP 세이프티팀입니다.

{R_SP} 로 요청하신 VOD 및 게시글 3건은 모두 삭제 처리하였습니다.
해당 스트리머의 방송 권한도 정지하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="safety team summary 'all 3 items deleted' without listing URLs",
    why="a count and 'all' for a three-item request, no item named: bulk",
    items={S[1]: "pending", S[2]: "pending", S[3]: "pending"},
)

case(
    name="naver-dkim-fail-lookalike",
    date="Tue, 10 Sep 2024 08:14:03 +0900",
    **{"from": "notice@navercorp.com"}, name_from=h("네이버 권리보호센터"), auth="fail",
    subject=h(f"[NAVER] 시정요구 처리 완료 ({R_NV})"),
    body=f"""방송통신심의위원회 담당자님께,

요청하신 카페 게시물 {N[3]} 은 삭제 처리가 완료되었습니다.
처리 내역 확인: https://naver-right-center.example/result?ref={R_NV}

네이버 권리보호센터
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="look-alike NAVER notice failing DKIM/SPF/DMARC, with an off-site 'result' link",
    why="platform domain but authentication fails: the deletion claim cannot be trusted",
    items={N[3]: "pending"},
)

case(
    name="dc-outsourced-moderation-vendor",
    date="Thu, 12 Sep 2024 12:12:12 +0900",
    **{"from": "ops@cleanboard-partners.co.kr"}, name_from=h("클린보드 모니터링센터"),
    subject=h(f"[{R_DC}] 디시인사이드 위탁 모니터링 처리 보고"),
    body=f"""안녕하세요. 디시인사이드의 게시물 모니터링을 위탁 수행하고 있는 클린보드입니다.

요청 건 중 아래 게시물은 당사 모니터링 요원이 삭제하였습니다.
 - {D[1]}
 - {D[2]}

문의는 본 메일로 회신 부탁드립니다.
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="outsourced moderation contractor reporting on behalf of a community site",
    why="sender domain belongs to no configured platform, even if its claim may be true",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="nate-about-inven-url",
    date="Wed, 18 Sep 2024 11:47:36 +0900",
    **{"from": "report@skcomms.co.kr"}, name_from=h("네이트 고객센터"),
    subject=h(f"Re: [{R_IV}] 시정요구 관련 회신"),
    body=f"""안녕하세요, SK커뮤니케이션즈 네이트 고객센터입니다.

보내주신 메일의 {I[1]} 게시물은
네이트(판, 뉴스 댓글) 서비스에 존재하지 않는 게시물로, 당사에서 조치할 수 없습니다.
해당 사이트 운영사로 요청하시기 바랍니다.

감사합니다.
""",
    outcome="review", classification="other", review="wrong_platform",
    imitates="portal telling a regulator that the URL is not on its service (mis-addressed request)",
    why="Nate (a configured platform) speaks of an Inven item; 'not on our service' must not become not_found",
    items={I[1]: "pending"},
)

case(
    name="naver-contact-change-no-items",
    date="Thu, 19 Sep 2024 10:00:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"),
    subject=h("[안내] 시정요구 회신 담당 창구 변경 안내"),
    body="""방송통신심의위원회 통신심의 담당자님께,

10월 1일부터 네이버의 시정요구 접수 및 회신 창구가
policy-desk@navercorp.com 으로 변경됩니다.
기존 주소로 보내주신 요청은 9월 말까지 함께 확인합니다.

업무 협조에 감사드립니다.
네이버 정책지원팀
""",
    outcome="review", classification="other", review="no_claims",
    imitates="portal's administrative notice of a new contact address",
    why="trusted NAVER mail that names no item and references no request",
    items={},
)

case(
    name="soop-asks-official-letter",
    date="Wed, 11 Sep 2024 15:36:48 +0900",
    **{"from": "legal@sooplive.co.kr"}, name_from=h("SOOP 법무팀"),
    subject=h(f"Re: [{R_SP}] 추가 자료 요청"), reply_to_req=mid(R_SP),
    body=f"""안녕하세요, SOOP 법무팀입니다.

요청하신 다시보기 영상
{S[1]}
{S[2]}
에 대하여 내부 검토를 진행하려면 다음 자료가 필요합니다.

 1. 위원회 의결서 또는 시정요구 공문(PDF)
 2. 각 영상에서 문제가 되는 구간의 재생 시각

자료를 보내주시면 검토 후 결과를 회신드리겠습니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="legal team asking for the official decision letter and timestamps before acting",
    why="a request for documents; nothing is decided about the two VODs",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="inven-under-review-named",
    date="Mon, 16 Sep 2024 18:02:26 +0900",
    **{"from": "cs@inven.co.kr"}, name_from=h("인벤 고객센터"),
    subject=h(f"Re: [{R_IV}] 처리 현황"), reply_to_req=mid(R_IV),
    body=f"""안녕하세요. 인벤 고객센터입니다.

요청하신 게시물
 {I[1]}
 {I[2]}
은 현재 각 게시판 운영 담당자가 검토 중입니다.
영업일 기준 5일 이내에 결과를 다시 안내드리겠습니다.
""",
    outcome="review", classification="other", review="not_understood",
    imitates="status update naming the URLs as 'under review'",
    why="names both requested items but they are only 검토 중: no statement",
    items={I[1]: "pending", I[2]: "pending"},
)

case(
    name="dc-conditional-deletion",
    date="Sat, 14 Sep 2024 13:13:40 +0900",
    **{"from": "minor-gall@dcinside.com"}, name_from=h("디시인사이드 마이너갤 관리"),
    subject=h(f"Re: [{R_DC}] 코인 갤러리 추가 2건"), reply_to_req=mid(R_DC),
    body=f"""안녕하세요.

아래 2건은 작성자에게 자진 삭제를 요청해 둔 상태입니다.
{D[4]}
{D[5]}
7일 안에 작성자가 지우지 않으면 갤러리 운영자 권한으로 삭제할 예정입니다.

마이너 갤러리 관리 담당
""",
    outcome="review", classification="other", review="not_understood",
    imitates="operator reply that asked the poster to self-delete, with a conditional later removal",
    why="a request to the author and a conditional promise: both items stay pending",
    items={D[4]: "pending", D[5]: "pending"},
)

case(
    name="dc-wrong-post-number",
    date="Tue, 10 Sep 2024 17:55:02 +0900",
    **{"from": "report@dcinside.com"}, name_from=h("디시인사이드 운영팀"),
    subject=h(f"Re: [{R_DC}] 주식 갤러리 처리"), reply_to_req=mid(R_DC),
    body="""안녕하세요, 디시인사이드 운영팀입니다.

주식 갤러리 게시물 https://gall.dcinside.com/board/view/?id=stockus&no=4410012 는
삭제 처리하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="unmatched_claims",
    imitates="operator result for a post number that is not the one requested (digits transposed)",
    why="a trusted deletion of no=4410012, which is not in the request (we asked for 4410021 and 4410388)",
    items={D[1]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-ooo-korean",
    date="Fri, 06 Sep 2024 09:01:15 +0900",
    **{"from": "sy.kang@navercorp.com"}, name_from=h("강수연"),
    subject=h(f"[자동응답] 부재중입니다: [{R_NV}] 불법정보 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   "X-Naver-Autoreply: yes"],
    body="""안녕하세요, 강수연입니다.
9월 6일(금)부터 9월 18일(수)까지 추석 연휴 및 휴가로 부재중입니다.
시정요구 등 급한 업무는 policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="Auto-Submitted: auto-replied, 부재중: an auto-reply, whatever request it answers",
    items={},
)

dsn_orig = "\n".join(quoted_request(R_DC, [D[1], D[2], D[3]]))
case(
    name="dc-dsn-user-unknown",
    date="Tue, 03 Sep 2024 10:20:41 +0900",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="1A2B3C4D.1725326441/mx1.dcinside.com"

--1A2B3C4D.1725326441/mx1.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@dcinside.com>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <legal@dcinside.com>: Recipient address rejected: User unknown in
    local recipient table

--1A2B3C4D.1725326441/mx1.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Tue,  3 Sep 2024 10:20:39 +0900 (KST)

Final-Recipient: rfc822; legal@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@dcinside.com>: Recipient address
    rejected: User unknown in local recipient table

--1A2B3C4D.1725326441/mx1.dcinside.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@dcinside.com
Subject: {h(f'[{R_DC}] 불법정보 시정요구')}
Message-ID: <{mid(R_DC)}.cc@kcsc.example>
Date: Tue, 03 Sep 2024 10:20:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--1A2B3C4D.1725326441/mx1.dcinside.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) with the undelivered request attached",
    why="a delivery failure report; the URLs are in our own returned message",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="soop-outlook-read-receipt",
    date="Wed, 11 Sep 2024 08:47:12 +0900",
    **{"from": "minji.oh@sooplive.co.kr"}, name_from="Oh Minji",
    subject=h(f"읽음: [{R_SP}] 음란정보 시정요구"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_mdn_0911"

------=_NextPart_mdn_0911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지

    받는 사람: safety@sooplive.co.kr
    제목: [{R_SP}] 음란정보 시정요구
    보낸 날짜: 2024-09-10 화요일 오후 4:30

이(가) 2024-09-11 수요일 오전 8:47에 읽혔습니다.

------=_NextPart_mdn_0911
Content-Type: message/disposition-notification

Reporting-UA: sooplive.co.kr; Microsoft Outlook 16.0
Final-Recipient: rfc822;minji.oh@sooplive.co.kr
Original-Message-ID: <{mid(R_SP)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_mdn_0911--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean-locale Outlook read receipt (읽음:, …에 읽혔습니다)",
    why="an MDN says only that the request was displayed",
    items={},
)

case(
    name="inven-ticket-receipt",
    date="Fri, 13 Sep 2024 10:46:30 +0900",
    **{"from": "noreply@inven.co.kr"}, name_from=h("인벤 고객센터"),
    subject=h(f"[인벤] 문의가 접수되었습니다 - {R_IV}"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요. 인벤 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호: IVN-240913-0042
 - 문의 제목: [{R_IV}] 불법 거래 게시물 시정요구
 - 접수 일시: 2024-09-13 10:46

담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (문의가 접수되었습니다, 접수번호)",
    why="pure receipt: ticket number and a reply time, nothing about any item",
    items={},
)

fm_orig = "\n".join(quoted_request(R_FM, [F[1], F[2]]))
case(
    name="fmkorea-ooo-bilingual-with-original",
    date="Wed, 11 Sep 2024 09:15:40 +0900",
    **{"from": "ops@fmkorea.com"}, name_from="FMKorea Ops",
    subject=f"Automatic reply: [{R_FM}] " + "불법정보 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: ops@fmkorea.com"],
    body=f"""현재 부재중입니다. 9월 19일에 복귀하여 순차적으로 확인하겠습니다.
I am out of the office until 19 September with limited access to email.
For urgent moderation issues please use admin@fmkorea.com.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:15 AM
To: ops@fmkorea.com
Subject: [{R_FM}] 불법정보 시정요구

{fm_orig}
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Exchange out-of-office carrying the original request below",
    why="out-of-office auto-reply; the URLs are only in our quoted request",
    items={F[1]: "pending", F[2]: "pending"},
)

case(
    name="kakao-cs-auto-receipt",
    date="Fri, 06 Sep 2024 11:41:05 +0900",
    **{"from": "noreply@kakaocorp.com"}, name_from=h("카카오 고객센터"),
    subject=h("[카카오 고객센터] 문의 접수 완료 안내"),
    extra_headers=["Auto-Submitted: auto-generated", "Precedence: bulk"],
    body=f"""안녕하세요. 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
문의번호: #KK240906-558102
문의 유형: Daum 카페 > 게시물 신고
문의 제목: [{R_DM}] Daum 카페 게시물 시정요구

답변은 순차적으로 진행되며, 주말 및 공휴일에는 답변이 지연될 수 있습니다.
답변이 등록되면 메일로 알려드리겠습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre automatic 문의 접수 완료 receipt",
    why="automatic receipt echoing only the inquiry title",
    items={},
)

case(
    name="clien-gmail-dsn-delay",
    date="Fri, 13 Sep 2024 17:00:22 +0900",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="000000000000dsn0913"

--000000000000dsn0913
Content-Type: text/plain; charset="UTF-8"

** Delivery incomplete **

There was a temporary problem delivering your message to admin@clien.net.
Gmail will retry for 44 more hours. You'll be notified if the delivery
fails permanently.

The response from the remote server was:
451 4.3.0 Mailbox temporarily unavailable, try again later

--000000000000dsn0913
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 12 Sep 2024 04:00:03 -0700 (PDT)

Final-Recipient: rfc822; admin@clien.net
Action: delayed
Status: 4.3.0
Diagnostic-Code: smtp; 451 4.3.0 Mailbox temporarily unavailable
Will-Retry-Until: Sun, 15 Sep 2024 04:00:03 -0700 (PDT)

--000000000000dsn0913
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: admin@clien.net
Subject: {h(f'[{R_CL}] 명예훼손 게시물 시정요구')}
Message-ID: <{mid(R_CL)}@kcsc.example>

--000000000000dsn0913--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delay DSN (Delivery incomplete, will retry) with the original headers",
    why="a delay notice, not a statement; ignored whoever sends it",
    items={},
)

HEADER = f"""# blind141: Korean portals and community sites (written before any run of the reader).
# Generated by make.py; do not edit by hand.
# Requests: {R_DC} dcinside 12, {R_NV} naver 5, {R_DM} daum 4, {R_SP} soop 3,
# {R_FM} fmkorea 2, {R_CL} clien 1, {R_IV} inven 2 (largest: {R_DC}).
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(len(CASES), "cases")
