#!/usr/bin/env python3
"""Blind set 735: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Inven; Ppomppu as a misaddressed platform)
replying in Korean, English or both, plus the doubtful and ignorable mail a
regulator's mailbox receives.

Written before any run of the reader: every expected result below comes from
the email's meaning alone. Deterministic: running it twice changes nothing.

    python3 tests/corpus/blind735/make.py
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

SET = "blind735"

# ---------------------------------------------------------------- requests
R_DC, R_NV, R_DM, R_SP, R_FM, R_CL, R_IV = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07")

D1 = "https://gall.dcinside.com/board/view/?id=stockus&no=4412001"
D2 = "https://gall.dcinside.com/board/view/?id=stockus&no=4412377"
D3 = "https://gall.dcinside.com/board/view/?id=stockus&no=4413090"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=coinleading&no=88120"
D5 = "https://gall.dcinside.com/mgallery/board/view/?id=coinleading&no=88154"
D6 = "https://gall.dcinside.com/mgallery/board/view/?id=coinleading&no=88201"
D7 = "https://gall.dcinside.com/mgallery/board/view/?id=coinleading&no=88246"
D8 = "https://gall.dcinside.com/mgallery/board/view/?id=bitcoins_new1&no=2290411"
D9 = "https://gall.dcinside.com/mini/board/view/?id=ricecake&no=5512"
D10 = "https://gall.dcinside.com/mini/board/view/?id=ricecake&no=5530"
D11 = "https://gall.dcinside.com/board/view/?id=hit&no=210044"
D12 = "https://gall.dcinside.com/board/view/?id=programming&no=2777801"
D13 = "https://m.dcinside.com/board/stockus/4414555"
DC = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12, D13]

N1 = "https://blog.naver.com/moon_lake77/223456789012"
N2 = "https://cafe.naver.com/jjangstock/184422"
N3 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40308&docId=471234567"
N4 = "https://m.blog.naver.com/haneul_02/223498765432"
NV = [N1, N2, N3, N4]

K1 = "https://cafe.daum.net/bluechip-club/IRs2/4417"
K2 = "https://cafe.daum.net/bluechip-club/IRs2/4420"
K3 = "https://cafe.daum.net/yeoul-market/7Hqa/102938"
K4 = ("https://han-river-note.tistory.com/entry/"
      "%EB%A6%AC%EB%94%A9%EB%B0%A9-%EC%88%98%EC%9D%B5-%EC%9D%B8%EC%A6%9D")
K4_RAW = "https://han-river-note.tistory.com/entry/리딩방-수익-인증"
K5 = "https://gold-coin-diary.tistory.com/88"
DM = [K1, K2, K3, K4, K5]

S1 = "https://vod.sooplive.co.kr/player/131245678"
S2 = "https://ch.sooplive.co.kr/nightowl77/post/99881234"
S3 = "https://vod.sooplive.co.kr/player/131249012"
SP = [S1, S2, S3]

F1 = "https://www.fmkorea.com/7412345678"
F2 = "https://www.fmkorea.com/7412399001"
C1 = "https://www.clien.net/service/board/park/18712345"
I1 = "https://www.inven.co.kr/board/lostark/4811/1234567"
I2 = "https://www.inven.co.kr/board/maple/5974/3345678"

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    (R_DC, "dcinside", "2024-09-03", "2024-09-10", DC, "illegal_finance",
     "stock/coin 'leading room' solicitations across galleries"),
    (R_NV, "naver", "2024-09-04", "2024-09-11", NV, "illegal_finance",
     "unregistered investment advice"),
    (R_DM, "daum", "2024-09-05", "2024-09-12", DM, "illegal_finance",
     "Daum Cafe and Tistory posts; one Korean path"),
    (R_SP, "soop", "2024-09-06", "2024-09-13", SP, "obscene", "VODs and a channel post"),
    (R_FM, "fmkorea", "2024-09-09", "2024-09-16", [F1, F2], "gambling",
     "illegal sports betting promotion"),
    (R_CL, "clien", "2024-09-10", "2024-09-17", [C1], "defamation", ""),
    (R_IV, "inven", "2024-09-11", "2024-09-18", [I1, I2], "gambling",
     "cash trading / gambling promotion"),
]


def mid(ref):
    return ref + ".1"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64h(s):
    """RFC 2047 encoded-word, as most Korean mail systems write headers."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64body(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def pend(urls):
    return {u: "pending" for u in urls}


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ DC Inside
case(
    name="dc-result-html-table",
    **{"from": "report@dcinside.com"}, name_from=b64h("디시인사이드 운영팀"),
    date="Thu, 12 Sep 2024 11:04:52 +0900",
    subject=b64h("RE: [KCSC-240903-01] 시정요구 처리결과 회신"),
    reply_to_req=mid(R_DC), type="html",
    body=f"""<html><body>
<p>안녕하세요, 디시인사이드 운영팀입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(KCSC-240903-01)의 처리 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>번호</th><th>URL</th><th>처리 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{D1.replace('&', '&amp;')}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{D2.replace('&', '&amp;')}</td><td>삭제</td><td>-</td></tr>
<tr><td>3</td><td>{D3.replace('&', '&amp;')}</td><td>해당 게시물 없음</td><td>작성자 자진 삭제</td></tr>
<tr><td>4</td><td>{D4.replace('&', '&amp;')}</td><td>삭제</td><td>-</td></tr>
<tr><td>5</td><td>{D5.replace('&', '&amp;')}</td><td>삭제</td><td>-</td></tr>
<tr><td>6</td><td>{D6.replace('&', '&amp;')}</td><td>삭제</td><td>-</td></tr>
<tr><td>7</td><td>{D7.replace('&', '&amp;')}</td><td>유지</td><td>단순 시황 토론 글로 위법 사항이 확인되지 않음</td></tr>
<tr><td>8</td><td>{D8.replace('&', '&amp;')}</td><td>삭제</td><td>작성자 차단 병행</td></tr>
</table>
<p>나머지 게시물은 갤러리별로 확인 중이며, 처리되는 대로 따로 회신드리겠습니다.</p>
<p>감사합니다.<br>디시인사이드 운영팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean community operator's 시정요구 처리결과 table (번호/URL/처리 결과/비고)",
    why="HTML table, one row per post: 삭제 removed, 해당 게시물 없음 (author deleted) not_found, 유지 with reason rejected",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "removed", D5: "removed",
           D6: "removed", D7: "rejected", D8: "removed"},
)

case(
    name="dc-numbered-arrows-korean",
    **{"from": "report@dcinside.com"}, name_from=b64h("디시인사이드 운영팀"),
    date="Fri, 13 Sep 2024 16:40:03 +0900",
    subject=b64h("[디시인사이드] KCSC-240903-01 미니갤러리 외 처리 결과"),
    reply_to_req=mid(R_DC),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

KCSC-240903-01 건 가운데 미니 갤러리 및 기타 게시물의 처리 결과를 안내드립니다.

1. {D9}
   → 삭제 완료
2. {D10}
   → 삭제 완료
3. {D11}
   → 유지 (초개념 선정 게시물로, 검토 결과 불법정보에 해당하지 않는다고 판단하였습니다)
4. {D12}
   → 작성자가 이미 삭제하여 존재하지 않는 게시물입니다
5. {D13}
   → 삭제 완료 (모바일 주소이며 PC 게시물과 동일한 글입니다)

추가 문의는 본 메일로 회신 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team reply, numbered list with the result on an arrow line below each URL",
    why="five numbered URLs, each with its own result line below: 삭제 완료, 유지 with reason, author-deleted",
    items={D9: "removed", D10: "removed", D11: "rejected", D12: "not_found", D13: "removed"},
)

_dc_csv = "no,url,result,memo\n" + "".join(
    f"{i},{u},{r},{m}\n" for i, (u, r, m) in enumerate([
        (D1, "삭제", ""), (D2, "삭제", ""), (D3, "삭제", ""), (D4, "삭제", ""),
        (D5, "삭제", ""), (D6, "삭제", ""), (D7, "유지", "위법성 불충분"), (D8, "삭제", ""),
        (D9, "게시물 없음", "작성자 삭제"), (D10, "삭제", ""), (D11, "삭제", ""),
        (D12, "게시물 없음", "작성자 삭제"), (D13, "삭제", "")], 1))
case(
    name="dc-csv-attachment",
    **{"from": "report@dcinside.com"}, name_from=b64h("디시인사이드 운영팀"),
    date="Tue, 17 Sep 2024 10:12:44 +0900",
    subject=b64h("RE: [KCSC-240903-01] 게시물 삭제 요청 - 처리 결과 첨부"),
    reply_to_req=mid(R_DC),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="dc-735-csv-boundary"

--dc-735-csv-boundary
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64body('''안녕하세요, 디시인사이드 운영팀입니다.

KCSC-240903-01 요청 13건 전체의 처리 결과를 첨부한 CSV 파일로 송부드립니다.
result 열이 처리 결과이며, memo 열에 참고 사항을 적었습니다.

문의 사항은 회신 주시면 확인하겠습니다.
''')}
--dc-735-csv-boundary
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64body(_dc_csv)}
--dc-735-csv-boundary--
""",
    outcome="applied", classification="confirmation",
    imitates="operator's result sheet sent as a CSV attachment (no,url,result,memo) with a short base64 Korean cover note",
    why="CSV rows each name a post and its result: 삭제 removed, 유지 rejected, 게시물 없음 (작성자 삭제) not_found",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "removed", D5: "removed",
           D6: "removed", D7: "rejected", D8: "removed", D9: "not_found", D10: "removed",
           D11: "removed", D12: "not_found", D13: "removed"},
)

case(
    name="dc-english-status-below",
    **{"from": "safety@dcinside.com"}, name_from="DC Inside Trust & Safety",
    date="Thu, 12 Sep 2024 18:21:09 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid(R_DC),
    body=f"""Dear KCSC team,

Thank you for your notice (ref. KCSC-240903-01). Our review is complete for
the following posts:

{D1}
Status: Deleted

{D4}
Status: Deleted

{D8}
Status: Deleted - the posting account has also been blocked from writing

{D13}
Status: Not found (this post number does not exist on our service)

Posts not listed above are still being checked with the gallery operators.

Best regards,
Trust & Safety, DC Inside
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply, bare URL with 'Status:' on the line below",
    why="each bare URL is followed by its own Status line; the closing line about other posts names none",
    items={D1: "removed", D4: "removed", D8: "removed", D13: "not_found"},
)

case(
    name="dc-echoed-report-fields",
    **{"from": "report@dcinside.com"}, name_from=b64h("디시인사이드 신고센터"),
    date="Sat, 14 Sep 2024 09:02:31 +0900",
    subject=b64h("[디시인사이드 신고센터] 신고 처리 결과 안내 (KCSC-240903-01)"),
    body=f"""디시인사이드 신고센터입니다.
접수하신 신고의 처리 결과를 안내드립니다.

[신고 내용]
신고번호: DC-RPT-20240912-0441
신고 URL: {D2}
신고 사유: 불법 금융투자 (유사투자자문 / 리딩방)
처리 결과: 삭제

[신고 내용]
신고번호: DC-RPT-20240912-0442
신고 URL: {D5}
신고 사유: 불법 금융투자 (유사투자자문 / 리딩방)
처리 결과: 삭제 및 작성자 IP 차단

[신고 내용]
신고번호: DC-RPT-20240912-0443
신고 URL: {D6}
신고 사유: 불법 금융투자 (유사투자자문 / 리딩방)
처리 결과: 삭제 불가 - 갤러리 공지 성격의 글로 위반 내용이 확인되지 않았습니다

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-centre result mail that echoes each report's fields (신고번호/신고 URL/신고 사유/처리 결과)",
    why="each echoed report block ends with its own 처리 결과: two deletions, one refusal with a reason",
    items={D2: "removed", D5: "removed", D6: "rejected"},
)

case(
    name="dc-bilingual-headed-lists",
    **{"from": "safety@dcinside.com"}, name_from="DC Inside Trust & Safety",
    date="Mon, 16 Sep 2024 14:55:17 +0900",
    subject="Re: KCSC-240903-01 / 처리 결과",
    reply_to_req=mid(R_DC),
    body=f"""Hello, 안녕하세요.

Results for request KCSC-240903-01 (partial).

Deleted / 삭제:
- {D1}
- {D3}
- {D10}

Not found / 게시물 없음:
- {D12}
- {D13}

Regards,
DC Inside Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual English/Korean result mail with status headings over bulleted URL lists",
    why="a heading states the status of the bulleted URLs under it",
    items={D1: "removed", D3: "removed", D10: "removed", D12: "not_found", D13: "not_found"},
)

case(
    name="dc-fullwidth-brackets",
    **{"from": "report@dcinside.com"}, name_from=b64h("디시인사이드 운영팀"),
    date="Wed, 18 Sep 2024 13:30:00 +0900",
    subject=b64h("RE: [KCSC-240903-01] 추가 처리 안내"),
    reply_to_req=mid(R_DC),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 가운데 「{D11}」는 운영자 삭제되었고,
게시물（{D7}）도 재검토 후 삭제 처리하였습니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator note with URLs in corner brackets and full-width parentheses",
    why="two URLs each in one unhedged sentence: 운영자 삭제 and 삭제 처리",
    items={D11: "removed", D7: "removed"},
)

# ================================================================ NAVER
case(
    name="naver-gesijungdan-notice",
    **{"from": "right-notice@navercorp.com"}, name_from=b64h("네이버 권리보호센터"),
    date="Wed, 11 Sep 2024 17:12:40 +0900",
    subject=b64h("[NAVER] 게시중단 요청 처리 결과 안내"),
    reply_to_req=mid(R_NV),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시중단 건(요청번호 KCSC-240904-02)의 처리 결과를 알려드립니다.

■ 처리 결과
 · 대상 게시물: {N1}
   조치 내용: 게시중단 (블라인드)
 · 대상 게시물: {N2}
   조치 내용: 임시조치 (30일)

■ 안내 사항
임시조치된 게시물은 30일 동안 게시가 중단되며, 이 기간 중 게시자는 재게시를
요청할 수 있습니다. 재게시 요청이 접수되는 경우 관련 절차에 따라 다시
안내드리겠습니다.

자세한 절차는 https://right.naver.example/help/notice 에서 확인하실 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 notice (대상 게시물 / 조치 내용)",
    why="게시중단 (블라인드) removed; 임시조치 (30일) restricted; the help link is not an item",
    items={N1: "removed", N2: "restricted"},
)

case(
    name="naver-gmail-topposted-quote",
    **{"from": "policy@navercorp.com"}, name_from=b64h("네이버 정책지원팀"),
    date="Thu, 12 Sep 2024 10:48:22 +0900",
    subject=b64h("Re: [KCSC-240904-02] 불법정보 게시물 삭제 요청"),
    reply_to_req=mid(R_NV),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

지식iN 질문({N3})은 작성자가 이미 삭제하여 확인되지 않습니다.
모바일 블로그 글 {N4} 은 검토하였으나 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.
사유: 개인 투자 후기이며 특정 종목의 매수를 권유하는 내용으로 보기 어렵습니다.

나머지 2건은 별도 메일로 안내드리겠습니다.

2024년 9월 4일 (수) 오후 3:12, KCSC 삭제요청 <takedown@kcsc.example>님이 작성:
> 안녕하십니까, 방송통신심의위원회입니다.
> 아래 게시물의 삭제를 요청합니다 (KCSC-240904-02).
> 1. {N1}
> 2. {N2}
> 3. {N3}
> 4. {N4}
> 조치 결과를 9월 11일까지 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean top-posted reply above the quoted request ('...님이 작성:')",
    why="N3 author-deleted not_found, N4 kept with a reason rejected; N1/N2 appear only in the quoted request",
    items={N3: "not_found", N4: "rejected", N1: "pending", N2: "pending"},
)

case(
    name="naver-angle-and-particles",
    **{"from": "policy@navercorp.com"}, name_from=b64h("네이버 정책지원팀"),
    date="Fri, 13 Sep 2024 15:03:51 +0900",
    subject=b64h("Re: [KCSC-240904-02] 나머지 2건 처리 결과"),
    reply_to_req=mid(R_NV),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

<{N1}>은 블라인드 처리되었습니다.
{N2}의 게시글은 카페 매니저의 조치와 별도로 당사에서 삭제했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team reply, URL in angle brackets and raw URL followed directly by a Korean particle",
    why="블라인드 처리 and 삭제 are removals, each about its own URL",
    items={N1: "removed", N2: "removed"},
)

case(
    name="naver-qp-html-list",
    **{"from": "policy@navercorp.com"}, name_from=b64h("네이버 정책지원팀"),
    date="Mon, 16 Sep 2024 11:20:05 +0900",
    subject=b64h("[NAVER] KCSC-240904-02 추가 조치 결과"),
    reply_to_req=mid(R_NV),
    raw_mime="""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""<html><body style="font-family:'Nanum Gothic',sans-serif">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>요청번호 KCSC-240904-02 관련 추가 조치 결과를 안내드립니다.</p>
<ul>
<li><a href="{N4}">{N4}</a> &mdash; 비공개 처리 완료</li>
<li><a href="{N1}">moon_lake77 블로그 게시물</a> &mdash; 국내 접근 제한 (청소년 유해 정보로 성인 인증 후 열람 가능)</li>
</ul>
<p>운영정책 안내: <a href="https://policy.naver.example/rules/blog">블로그 운영정책</a></p>
</body></html>
"""),
    outcome="applied", classification="confirmation",
    imitates="quoted-printable HTML notice with linked list items (anchor text differs from href for one)",
    why="비공개 처리 removed; 국내 접근 제한 / adult verification restricted; policy link is no item",
    items={N4: "removed", N1: "restricted"},
)

case(
    name="naver-sor-english",
    **{"from": "dsa-notice@navercorp.com"}, name_from="NAVER Content Moderation",
    date="Tue, 17 Sep 2024 09:15:33 +0900",
    subject="Statement of reasons - your notice KCSC-240904-02",
    body=f"""Statement of reasons

Notifier: Korea Communications Standards Commission (KCSC)
Notice reference: KCSC-240904-02

Decision 1
Content: {N2}
Decision: Content removed
Territorial scope: All regions
Ground: NAVER Cafe operating policy (solicitation of unregistered investment advice)

Decision 2
Content: {N3}
Decision: Visibility restricted
Territorial scope: Republic of Korea
Ground: Correction request of the notifier under Korean law

Automated means were not used in taking these decisions. Redress options are
described at https://help.naver.example/appeal.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (Content / Decision / Territorial scope / Ground)",
    why="decision 1 removed in all regions; decision 2 visibility restricted in Korea only",
    items={N2: "removed", N3: "restricted"},
)

# ================================================================ Daum / Kakao
case(
    name="daum-tistory-raw-korean-path",
    **{"from": "cs-policy@kakaocorp.com"}, name_from=b64h("Daum 고객센터"),
    date="Thu, 12 Sep 2024 14:07:19 +0900",
    subject=b64h("[Daum] 티스토리 게시글 조치 결과 안내 (KCSC-240905-03)"),
    reply_to_req=mid(R_DM),
    body=f"""안녕하세요, Daum 고객센터입니다.

요청하신 티스토리 게시글에 대한 조치 결과를 안내드립니다.

- {K4_RAW} : 게시중단 처리
- {K5} : 해당 주소의 글이 존재하지 않습니다 (블로그 운영자가 먼저 삭제한 글)

카페 게시물 3건은 카페 운영 담당 부서에서 따로 회신드릴 예정입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 고객센터 Tistory 조치 결과 mail, Korean path written raw",
    why="raw Korean path matches the percent-encoded item: 게시중단 removed; the other no longer exists",
    items={K4: "removed", K5: "not_found"},
)

case(
    name="daum-cafe-blind-statement-above",
    **{"from": "cleancafe@daum.net"}, name_from=b64h("Daum 카페 클린센터"),
    date="Fri, 13 Sep 2024 10:30:44 +0900",
    subject=b64h("[Daum 카페] 게시물 조치 안내"),
    reply_to_req=mid(R_DM),
    body=f"""Daum 카페 클린센터입니다.

KCSC-240905-03 요청에 따라 아래 게시물을 블라인드 조치하였음을 알려드립니다.
{K1}
{K2}

아래 게시물은 임시조치(30일) 되었습니다.
{K3}

클린카페 운영 기준은 https://cafe.daum.example/clean/policy 를 참고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe 클린센터 블라인드/임시조치 notice, statement line above the URLs",
    why="statement above its URLs: 블라인드 removed (two posts), 임시조치 restricted",
    items={K1: "removed", K2: "removed", K3: "restricted"},
)

case(
    name="daum-base64-english",
    **{"from": "trust-safety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Mon, 16 Sep 2024 19:44:02 +0900",
    subject="Re: KCSC-240905-03 removal request",
    reply_to_req=mid(R_DM),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64body(f"""Hello,

This is Kakao Trust & Safety replying to request KCSC-240905-03.

The Daum Cafe post {K3} was deleted for violating the Daum Cafe operating
policy.

Access to {K4} from Korea has been blocked. The post remains reachable
from outside Korea.

Kind regards,
Kakao Trust & Safety
"""),
    outcome="applied", classification="confirmation",
    imitates="base64-encoded English trust-and-safety reply",
    why="K3 deleted; K4 blocked from Korea only (restricted)",
    items={K3: "removed", K4: "restricted"},
)

case(
    name="daum-receipt-plus-result",
    **{"from": "noreply-cs@daum.net"}, name_from=b64h("Daum 고객센터"),
    date="Sat, 14 Sep 2024 08:11:27 +0900",
    subject=b64h("[Daum 고객센터] 문의 접수 및 처리 안내"),
    body=f"""[Daum 고객센터] 문의 접수 및 처리 안내

고객님의 문의가 접수되었습니다. (접수번호 2409-118-55021)

확인 결과, 요청하신 {K1} 게시물은
카페 이용제한 정책에 따라 삭제되었습니다.

이 메일은 발신 전용이며 회신되지 않습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="customer-centre receipt that already carries the result (접수 + 처리 안내)",
    why="acknowledgement phrase plus an unhedged statement about a named post: it applies",
    items={K1: "removed"},
)

# ================================================================ SOOP
case(
    name="soop-qp-korean-arrows",
    **{"from": "policy@sooplive.co.kr"}, name_from=b64h("SOOP 운영정책팀"),
    date="Thu, 12 Sep 2024 17:55:10 +0900",
    subject=b64h("RE: [KCSC-240906-04] 게시물 삭제 요청 처리결과"),
    reply_to_req=mid(R_SP),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""안녕하세요. SOOP 운영정책팀입니다.
KCSC-240906-04 요청 건의 처리결과를 안내드립니다.

VOD {S1} → 삭제
방송국 게시글 {S2} → 유지 (게시글 내용이 운영정책 및 관련 법령에 위반되지 않는 것으로 판단했습니다)
VOD {S3} → 비공개 처리

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) policy team result mail, quoted-printable, 'URL → 결과' lines",
    why="삭제 and 비공개 처리 removed; 유지 with a reason rejected",
    items={S1: "removed", S2: "rejected", S3: "removed"},
)

case(
    name="soop-english-age-gate",
    **{"from": "trust@sooplive.com"}, name_from="SOOP Trust & Safety",
    date="Fri, 13 Sep 2024 20:02:48 +0900",
    subject="Re: [KCSC-240906-04] Removal request - VOD review result",
    reply_to_req=mid(R_SP),
    body=f"""Hello KCSC team,

We reviewed the VODs in your request KCSC-240906-04.

The VOD at {S1} is now age-restricted: only viewers aged 19 or over with
verified age can play it.

{S3} could not be found. The streamer deleted this VOD before our review.

The channel post in your request is handled by a separate team.

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English streaming-platform review result (age gate, VOD gone)",
    why="S1 age-restricted (restricted); S3 deleted by the streamer before review (not_found); S2 only alluded to",
    items={S1: "restricted", S3: "not_found"},
)

case(
    name="soop-html-table",
    **{"from": "policy@sooplive.co.kr"}, name_from=b64h("SOOP 운영정책팀"),
    date="Tue, 17 Sep 2024 15:26:37 +0900",
    subject=b64h("[SOOP] 시정요구 조치 결과 (KCSC-240906-04)"),
    reply_to_req=mid(R_SP), type="html",
    body=f"""<html><body>
<p>SOOP 운영정책팀입니다. 요청하신 3건의 조치 결과입니다.</p>
<table border="1">
<thead><tr><th>대상</th><th>조치 내용</th><th>조치 일시</th></tr></thead>
<tbody>
<tr><td><a href="{S1}">{S1}</a></td><td>다시보기(VOD) 삭제</td><td>2024-09-17 14:02</td></tr>
<tr><td><a href="{S2}">{S2}</a></td><td>게시글 블라인드</td><td>2024-09-17 14:05</td></tr>
<tr><td><a href="{S3}">{S3}</a></td><td>19세 이상 시청 제한 설정</td><td>2024-09-17 14:09</td></tr>
</tbody></table>
<p>운영정책: <a href="https://www.sooplive.example/policy">SOOP 운영정책</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치 결과 HTML table (대상 / 조치 내용 / 조치 일시)",
    why="VOD 삭제 and 블라인드 removed; 19세 이상 시청 제한 restricted",
    items={S1: "removed", S2: "removed", S3: "restricted"},
)

# ================================================================ FM Korea
case(
    name="fmkorea-short-korean",
    **{"from": "admin@fmkorea.com"}, name_from=b64h("에펨코리아 운영팀"),
    date="Thu, 12 Sep 2024 12:01:14 +0900",
    subject="Re: [KCSC-240909-05]",
    reply_to_req=mid(R_FM),
    body=f"""에펨코리아 운영팀입니다.

{F1} 삭제 처리했습니다.
{F2} 는 작성자가 이미 삭제한 글입니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="terse Korean community-admin reply, one line per URL",
    why="F1 deleted; F2 already deleted by its author (not_found)",
    items={F1: "removed", F2: "not_found"},
)

case(
    name="fmkorea-url-below-statement",
    **{"from": "admin@fmkorea.com"}, name_from=b64h("에펨코리아 운영팀"),
    date="Fri, 13 Sep 2024 18:19:56 +0900",
    subject=b64h("RE: [KCSC-240909-05] 불법 도박 홍보 게시물 삭제 요청"),
    reply_to_req=mid(R_FM),
    body=f"""안녕하세요, 에펨코리아 운영팀입니다.

아래 게시물은 커뮤니티 규정 위반(불법 도박 홍보)으로 삭제되었습니다.
{F1}

아래 게시물은 검토 결과 규정 위반이 확인되지 않아 유지됩니다.
{F2}
(스포츠 경기 결과 토론 글이며 도박 사이트 링크는 포함되어 있지 않았습니다.)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community operator reply with each statement on the line above its URL",
    why="statement above each URL: deleted; kept because no rule broken, with reason",
    items={F1: "removed", F2: "rejected"},
)

# ================================================================ Clien
case(
    name="clien-sole-no-url",
    **{"from": "admin@clien.net"}, name_from=b64h("클리앙 운영자"),
    date="Wed, 11 Sep 2024 21:14:09 +0900",
    subject=b64h("Re: [KCSC-240910-06] 게시물 삭제 요청"),
    reply_to_req=mid(R_CL),
    body="""안녕하세요, 클리앙 운영자입니다.

공문(KCSC-240910-06)으로 요청하신 게시물은 금일 삭제 처리했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="small-community admin's one-sentence reply naming only the request",
    why="one-item request; a sole unhedged statement about 'the requested post' applies to it",
    items={C1: "removed"},
)

case(
    name="clien-outlook-quoted-request",
    **{"from": "admin@clien.net"}, name_from=b64h("클리앙 운영자"),
    date="Thu, 12 Sep 2024 09:33:41 +0900",
    subject=b64h("RE: [KCSC-240910-06] 게시물 삭제 요청"),
    reply_to_req=mid(R_CL),
    body=f"""안녕하세요,

해당 게시물은 작성자 본인이 이미 삭제하여 현재 존재하지 않습니다.

클리앙 운영자 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 4:20 PM
To: admin@clien.net
Subject: [KCSC-240910-06] 게시물 삭제 요청

안녕하십니까, 방송통신심의위원회입니다.
아래 게시물은 타인의 명예를 훼손하는 정보로 판단되어 삭제를 요청드립니다.
{C1}
조치 결과를 9월 17일까지 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----'",
    why="one-item request; the reply says the post was already deleted by its author (not_found); URL only in the quote",
    items={C1: "not_found"},
)

# ================================================================ Inven
case(
    name="inven-bulleted-colon",
    **{"from": "webmaster@inven.co.kr"}, name_from=b64h("인벤 운영팀"),
    date="Fri, 13 Sep 2024 14:42:00 +0900",
    subject=b64h("RE: [KCSC-240911-07] 게시물 처리 결과"),
    reply_to_req=mid(R_IV),
    body=f"""인벤 운영팀입니다. 요청 주신 2건에 대한 처리 결과입니다.

- {I1} : 삭제 완료
- {I2} : 게시물 유지 (사유: 게임 내 거래 후기로 현금 거래를 유도하는 내용이 없음)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="game community operator's bulleted 'URL : 결과' reply",
    why="I1 삭제 완료 removed; I2 유지 with reason rejected",
    items={I1: "removed", I2: "rejected"},
)

case(
    name="inven-wrapped-angle-url",
    **{"from": "support@inven.co.kr"}, name_from="Inven Support",
    date="Mon, 16 Sep 2024 16:08:25 +0900",
    subject="Re: KCSC-240911-07",
    reply_to_req=mid(R_IV),
    body="""Dear Sir or Madam,

Both posts listed in your letter have been removed from Inven:
<https://www.inven.co.kr/board/lostark/4811/1234567> and
<https://www.inven.co.kr/board/maple/5974/
3345678>.

The members who wrote them received a posting ban.

Inven Support
""",
    outcome="applied", classification="confirmation",
    imitates="English support reply with URLs in angle brackets, one wrapped by the mail client",
    why="both posts named, one in a wrapped <...> URL; both removed",
    items={I1: "removed", I2: "removed"},
)

# ================================================================ reviews
case(
    name="naver-promise-will-act",
    **{"from": "policy@navercorp.com"}, name_from=b64h("네이버 정책지원팀"),
    date="Mon, 09 Sep 2024 10:05:12 +0900",
    subject=b64h("Re: [KCSC-240904-02] 불법정보 게시물 삭제 요청"),
    reply_to_req=mid(R_NV),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 가운데 {N1} 와
{N2} 는 담당 부서에서 검토 후 조치될 예정입니다.
처리 결과는 영업일 기준 3일 이내에 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal policy team's interim reply promising action",
    why="'검토 후 조치될 예정' is a promise, not a statement: items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="dc-hedge-appears-english",
    **{"from": "safety@dcinside.com"}, name_from="DC Inside Trust & Safety",
    date="Tue, 10 Sep 2024 13:12:58 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid(R_DC),
    body=f"""Hello,

The post at {D4} appears to have been deleted by the
gallery manager already. We will review {D5} together
with the gallery operator and come back to you.

Regards,
DC Inside Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="hedged English interim reply ('appears to have been', 'we will review')",
    why="a hedge and a promise about named posts: nothing stated, review",
    items={D4: "pending", D5: "pending"},
)

case(
    name="soop-under-review-korean",
    **{"from": "policy@sooplive.co.kr"}, name_from=b64h("SOOP 운영정책팀"),
    date="Mon, 09 Sep 2024 11:45:30 +0900",
    subject=b64h("RE: [KCSC-240906-04] 게시물 삭제 요청"),
    reply_to_req=mid(R_SP),
    body=f"""안녕하세요. SOOP 운영정책팀입니다.

{S1} 및 {S2} 는 현재 모니터링팀에서 검토 중입니다.
검토 결과에 따라 삭제 또는 이용 제한 조치가 이루어질 수 있습니다.
""",
    outcome="review", review="not_understood",
    imitates="streaming platform interim reply: 검토 중, 조치가 이루어질 수 있습니다",
    why="under review plus a conditional outcome: no status",
    items={S1: "pending", S2: "pending"},
)

case(
    name="dc-bulk-all-korean",
    **{"from": "report@dcinside.com"}, name_from=b64h("디시인사이드 운영팀"),
    date="Thu, 19 Sep 2024 10:00:18 +0900",
    subject=b64h("RE: [KCSC-240903-01] 처리 완료"),
    reply_to_req=mid(R_DC),
    body="""안녕하세요. 디시인사이드 운영팀입니다.

KCSC-240903-01 요청 게시물 13건 모두 삭제 처리 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="operator's one-line 'all N posts deleted' reply",
    why="a statement about all thirteen posts naming none, for a multi-item request: bulk",
    items=pend(DC),
)

case(
    name="fmkorea-bulk-english",
    **{"from": "admin@fmkorea.com"}, name_from="FM Korea Admin",
    date="Tue, 17 Sep 2024 22:31:05 +0900",
    subject="Re: KCSC-240909-05",
    reply_to_req=mid(R_FM),
    body="""Hi,

All of the posts reported under KCSC-240909-05 have been taken down.

FM Korea admin team
""",
    outcome="review", review="bulk",
    imitates="terse English 'all reported posts taken down' reply",
    why="two-item request, statement names no post: bulk",
    items=pend([F1, F2]),
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"}, name_from=b64h("네이버 정책지원팀"),
    auth="fail",
    date="Sat, 14 Sep 2024 03:17:44 +0900",
    subject=b64h("[NAVER] 게시물 삭제 완료 안내 (KCSC-240904-02)"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

{N1} 삭제 완료되었습니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking notice failing DKIM/SPF/DMARC",
    why="sender domain is NAVER's but authentication fails: untrusted",
    items={N1: "pending"},
)

case(
    name="daum-cafe-manager-gmail",
    **{"from": "bluechip.manager77@gmail.com"}, name_from=b64h("블루칩클럽 카페지기"),
    date="Fri, 13 Sep 2024 23:48:12 +0900",
    subject=b64h("카페 게시글 삭제했습니다 (KCSC-240905-03)"),
    body=f"""안녕하세요 블루칩클럽 카페 매니저입니다.
Daum 고객센터에서 연락받고 아래 글 두 개 제가 직접 삭제했습니다.
{K1}
{K2}
앞으로 이런 글 안 올라오게 관리하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Daum Cafe manager writing from a personal Gmail account",
    why="not a platform domain; a cafe manager is not the platform",
    items={K1: "pending", K2: "pending"},
)

case(
    name="ppomppu-misaddressed-fmkorea",
    **{"from": "help@ppomppu.co.kr"}, name_from=b64h("뽐뿌 고객센터"),
    date="Wed, 11 Sep 2024 15:22:36 +0900",
    subject=b64h("Re: [KCSC-240909-05] 불법 도박 홍보 게시물 삭제 요청"),
    reply_to_req=mid(R_FM),
    body=f"""안녕하세요, 뽐뿌 고객센터입니다.

요청하신 주소
{F1}
{F2}
는 뽐뿌 게시물이 아니어서 당사에서는 확인되지 않습니다.
에펨코리아 측에 문의하시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="misaddressed request answered by another community site",
    why="Ppomppu says it cannot find FM Korea's posts: a statement about another platform's items",
    items={F1: "pending", F2: "pending"},
)

case(
    name="daum-asks-for-documents",
    **{"from": "cs-policy@kakaocorp.com"}, name_from=b64h("Daum 고객센터"),
    date="Tue, 10 Sep 2024 16:30:21 +0900",
    subject=b64h("Re: [KCSC-240905-03] 자료 요청"),
    reply_to_req=mid(R_DM),
    body=f"""안녕하세요, Daum 고객센터입니다.

{K3} 게시물의 조치를 위해 시정요구 결정서(공문) 사본과
해당 게시물이 위반한 법조항을 회신해 주시기 바랍니다.
자료를 확인한 후 조치 여부를 안내드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="portal asking for the official correction-request document before acting",
    why="asks for documents before acting; no status",
    items={K3: "pending"},
)

case(
    name="dc-contact-change-notice",
    **{"from": "report@dcinside.com"}, name_from=b64h("디시인사이드 운영팀"),
    date="Wed, 18 Sep 2024 09:00:00 +0900",
    subject=b64h("[디시인사이드] 기관 신고 접수 창구 변경 안내"),
    body="""관계 기관 담당자님께,

10월 1일부터 기관 신고 및 시정요구 접수 창구가 아래와 같이 변경됩니다.

- 변경 전: report@dcinside.com
- 변경 후: 기관 전용 접수 페이지 https://agency.dcinside.example/submit

기존 주소로 보내신 메일도 10월 31일까지는 처리됩니다.

디시인사이드 운영팀
""",
    outcome="review", review="no_claims",
    imitates="platform circular to agencies about a new reporting channel",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="inven-outsourced-moderator",
    **{"from": "ops@cleanboard-ops.co.kr"}, name_from=b64h("클린보드 모니터링센터"),
    date="Fri, 13 Sep 2024 11:11:11 +0900",
    subject=b64h("[인벤 위탁] KCSC-240911-07 처리 보고"),
    body=f"""안녕하세요. 인벤 게시판 모니터링 위탁업체 클린보드입니다.

{I1} 게시물은 당사 모니터링 요원이 삭제 처리했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor reporting on a platform's behalf from its own domain",
    why="vendor domain is not Inven's configured sender",
    items={I1: "pending"},
)

case(
    name="inven-hedge-korean",
    **{"from": "webmaster@inven.co.kr"}, name_from=b64h("인벤 운영팀"),
    date="Thu, 12 Sep 2024 17:37:02 +0900",
    subject=b64h("RE: [KCSC-240911-07] 게시물 처리 결과"),
    reply_to_req=mid(R_IV),
    body=f"""인벤 운영팀입니다.

말씀하신 {I2} 게시물은 확인해 보니 이미 삭제된 것으로 보입니다.
정확한 내용은 담당자 확인 후 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="informal hedged operator reply ('삭제된 것으로 보입니다')",
    why="'것으로 보입니다' is a hedge and the rest is a promise: pending",
    items={I2: "pending"},
)

# ================================================================ ignored
case(
    name="naver-ooo-chuseok",
    **{"from": "jiyoon.park@navercorp.com"}, name_from=b64h("박지윤"),
    date="Mon, 16 Sep 2024 08:00:03 +0900",
    subject=b64h("자동 회신: [KCSC-240904-02] 불법정보 게시물 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""추석 연휴(9/16~9/18)로 부재중입니다. 9월 19일부터 순차적으로 확인하겠습니다.
급한 건은 policy@navercorp.com 으로 보내 주세요.

I am out of office for the Chuseok holidays until 19 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply (자동 회신) during Chuseok",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="dc-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@dcinside.com"}, name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 15:02:11 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-735-b"

--dsn-735-b
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-old@dcinside.com>: host mailstore.dcinside.com said:
    550 5.1.1 <report-old@dcinside.com>: Recipient address rejected:
    User unknown in virtual mailbox table

--dsn-735-b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.dcinside.com
Arrival-Date: Tue,  3 Sep 2024 15:02:09 +0900

Final-Recipient: rfc822; report-old@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table

--dsn-735-b
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report-old@dcinside.com
Subject: [KCSC-240903-01] request for removal
Message-ID: <{mid(R_DC)}@kcsc.example>
Date: Tue, 03 Sep 2024 15:01:58 +0900
Content-Type: text/plain; charset=us-ascii

Please remove the following posts (KCSC-240903-01):
{D1}
{D2}
{D3}
Please reply with the result by 10 September.

--dsn-735-b--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) with the original request attached",
    why="delivery failure report; the URLs are only in the returned request",
    items={},
)

case(
    name="soop-mdn-read",
    **{"from": "policy@sooplive.co.kr"}, name_from=b64h("SOOP 운영정책팀"),
    date="Fri, 06 Sep 2024 14:22:09 +0900",
    subject=b64h("읽음: [KCSC-240906-04] 게시물 삭제 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-735-b"

--mdn-735-b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.
제목: [KCSC-240906-04] 게시물 삭제 요청
읽은 시간: 2024-09-06 오후 2:22

--mdn-735-b
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; Webmail
Final-Recipient: rfc822; policy@sooplive.co.kr
Original-Message-ID: <{mid(R_SP)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-735-b--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (읽음:) as an RFC 8098 MDN",
    why="read receipt",
    items={},
)

case(
    name="daum-ticket-receipt",
    **{"from": "noreply-cs@daum.net"}, name_from=b64h("Daum 고객센터"),
    date="Thu, 05 Sep 2024 16:03:40 +0900",
    subject=b64h("[Daum 고객센터] 문의가 접수되었습니다 (KCSC-240905-03)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, Daum 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409-105-40177

담당자가 내용을 확인한 후 순차적으로 답변드리겠습니다.
이 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="customer-centre ticket receipt (접수번호)",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="fmkorea-office-hours-autoreply",
    **{"from": "admin@fmkorea.com"}, name_from=b64h("에펨코리아 운영팀"),
    date="Mon, 09 Sep 2024 19:30:01 +0900",
    subject=b64h("[자동응답] Re: [KCSC-240909-05] 불법 도박 홍보 게시물 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""에펨코리아 운영팀 자동응답입니다.

보내주신 메일은 정상적으로 수신되었으며, 운영 시간(평일 10:00~18:00) 내에
순차적으로 확인합니다. 주말 및 공휴일에는 답변이 늦어질 수 있습니다.
""",
    outcome="ignored",
    imitates="helpdesk after-hours auto-response",
    why="automatic reply saying the mail arrived; nothing about items",
    items={},
)

case(
    name="clien-vacation-english",
    **{"from": "sungmin.lee@clien.net"}, name_from="Sungmin Lee",
    date="Tue, 10 Sep 2024 16:21:30 +0900",
    subject="Automatic reply: [KCSC-240910-06] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Hello,

I am away until 23 September with limited access to email.
For urgent board matters please write to admin@clien.net.

9월 23일까지 휴가 중입니다. 급한 건은 admin@clien.net 으로 연락 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual vacation responder",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="inven-helpdesk-receipt-echo",
    **{"from": "support@inven.co.kr"}, name_from="Inven Support",
    date="Wed, 11 Sep 2024 10:40:12 +0900",
    subject="[Inven Support] Request #48213 received: [KCSC-240911-07]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""##- Please type your reply above this line -##

Your request (#48213) has been received and is being reviewed by our
support staff. To add comments, reply to this email.

---------------------------------------------

KCSC Takedown
Sep 11, 2024, 10:39 KST

아래 게시물의 삭제를 요청드립니다 (KCSC-240911-07).
{I1}
{I2}

This email is a service from Inven Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt echoing the request",
    why="ticket receipt; the URLs are only in the echoed request",
    items={},
)


HEADER = """# blind735: Korean portals and community sites (NAVER, Daum/Kakao, DC Inside,
# SOOP, FM Korea, Clien, Inven; Ppomppu misaddressed), Korean/English mixed,
# with doubtful and ignorable mail. Written by make.py before any run of the
# reader; expected results come from each email's meaning alone.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
