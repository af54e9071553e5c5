#!/usr/bin/env python3
"""Blind set 627: Korean portals and community sites (NAVER, Daum, DC Inside,
SOOP, FM Korea, Clien, Ppomppu), Korean and English mixed, with the doubtful
and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind627/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before the
reader was ever run on this set. All names, ids and URLs are fictional.
"""
import base64
import csv
import datetime
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind627"
KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def subj(s):
    """RFC 2047 encoded subject (base64, UTF-8)."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
BIMIL = "비밀장터"
JUNGGO = "중고장터"
N = [
    None,
    "https://blog.naver.com/moonlit_k7/223561002211",
    "https://blog.naver.com/moonlit_k7/223561004580",
    "https://blog.naver.com/greyfox_pharm/223558810034",
    "https://cafe.naver.com/quietmarket77/40125",
    "https://cafe.naver.com/quietmarket77/40131",
    "https://cafe.naver.com/quietmarket77/40188",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=8020&docId=471230558",
    "https://m.blog.naver.com/sunny_vapor/223560077412",
    "https://blog.naver.com/sunny_vapor/223560079901",
    "https://cafe.naver.com/" + quote(BIMIL) + "/9912",
    "https://post.naver.com/viewer/postView.naver?volumeNo=36120044&memberNo=51230987",
    "https://blog.naver.com/night_ledger/223559901236",
    "https://blog.naver.com/night_ledger/223559902118",
    "https://tv.naver.com/v/58120374",
]
N10_RAW = "https://cafe.naver.com/" + BIMIL + "/9912"
D = [
    None,
    "https://cafe.daum.net/bluemoonclub/Kx7P/1532",
    "https://cafe.daum.net/bluemoonclub/Kx7P/1547",
    "https://cafe.daum.net/hanbit-trade/ZrQ1/88",
    "https://cafe.daum.net/" + quote(JUNGGO) + "/AbC9/204",
]
D4_RAW = "https://cafe.daum.net/" + JUNGGO + "/AbC9/204"
C = [
    None,
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9081231",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=551203",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=551377",
    "https://gall.dcinside.com/mini/board/view/?id=nightowl&no=3321",
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=7712094",
]
S = [
    None,
    "https://vod.sooplive.co.kr/player/128830417",
    "https://ch.sooplive.co.kr/redtiger99/post/140221873",
    "https://vod.sooplive.co.kr/player/128831002",
]
F = [None, "https://www.fmkorea.com/7281930412", "https://www.fmkorea.com/7281955203"]
CL1 = "https://www.clien.net/service/board/park/18812345"
P = [
    None,
    "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120331",
    "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120388",
    "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410752",
]

REQ = {
    "KCSC-240902-01": ("naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00"),
    "KCSC-240903-02": ("daum", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00"),
    "KCSC-240904-03": ("dcinside", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00"),
    "KCSC-240905-04": ("soop", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00"),
    "KCSC-240906-05": ("fmkorea", "2024-09-06T10:15:00+09:00", "2024-09-13T18:00:00+09:00"),
    "KCSC-240909-06": ("clien", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00"),
    "KCSC-240910-07": ("ppomppu", "2024-09-10T16:20:00+09:00", "2024-09-17T18:00:00+09:00"),
}
ITEMS = [
    ("KCSC-240902-01", N[1], "drugs", "blog, sale of sleeping pills"),
    ("KCSC-240902-01", N[2], "drugs", "blog, same author as above"),
    ("KCSC-240902-01", N[3], "drugs", 'blog "greyfox_pharm", prescription drugs'),
    ("KCSC-240902-01", N[4], "drugs", "cafe quietmarket77, sale post"),
    ("KCSC-240902-01", N[5], "drugs", "cafe quietmarket77, sale post"),
    ("KCSC-240902-01", N[6], "drugs", "cafe quietmarket77, price list"),
    ("KCSC-240902-01", N[7], "forgery", "Knowledge iN question offering forged certificates"),
    ("KCSC-240902-01", N[8], "drugs", "mobile blog URL as reported"),
    ("KCSC-240902-01", N[9], "drugs", ""),
    ("KCSC-240902-01", N[10], "drugs", "cafe with Korean id (percent-encoded)"),
    ("KCSC-240902-01", N[11], "forgery", "NAVER Post article"),
    ("KCSC-240902-01", N[12], "gambling", "blog, betting site promotion"),
    ("KCSC-240902-01", N[13], "gambling", "blog, betting site promotion"),
    ("KCSC-240902-01", N[14], "obscenity", "NAVER TV clip"),
    ("KCSC-240903-02", D[1], "gambling", "Daum cafe bluemoonclub"),
    ("KCSC-240903-02", D[2], "gambling", "Daum cafe bluemoonclub"),
    ("KCSC-240903-02", D[3], "fraud", "ticket resale fraud"),
    ("KCSC-240903-02", D[4], "fraud", "cafe with Korean id, percent-encoded"),
    ("KCSC-240904-03", C[1], "defamation", "stock gallery"),
    ("KCSC-240904-03", C[2], "fraud", "coin minor gallery, pump group invite"),
    ("KCSC-240904-03", C[3], "fraud", "coin minor gallery"),
    ("KCSC-240904-03", C[4], "privacy", "mini gallery, doxxing"),
    ("KCSC-240904-03", C[5], "gambling", "baseball gallery, betting ad"),
    ("KCSC-240905-04", S[1], "obscenity", "VOD replay"),
    ("KCSC-240905-04", S[2], "obscenity", "channel post"),
    ("KCSC-240905-04", S[3], "obscenity", "VOD replay"),
    ("KCSC-240906-05", F[1], "privacy", "personal data posted"),
    ("KCSC-240906-05", F[2], "privacy", ""),
    ("KCSC-240909-06", CL1, "fraud", "phishing link, one item"),
    ("KCSC-240910-07", P[1], "fraud", "fake deal, counterfeit goods"),
    ("KCSC-240910-07", P[2], "fraud", "fake deal"),
    ("KCSC-240910-07", P[3], "fraud", "phone board, stolen handset sale"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, url, cat, note in ITEMS:
            plat, sent, due = REQ[ref]
            w.writerow([ref, plat, sent, due, url, cat, ref + "@kcsc.example", note])


def allpending(urls):
    return {u: "pending" for u in urls}


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
# ---- NAVER (KCSC-240902-01, 14 items)
case(
    name="naver-gesijungdan-numbered-arrows",
    **{"from": "right-center@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date=d(4, 15, 12, 9),
    subject=subj("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)"),
    reply_to_req="KCSC-240902-01",
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 2024년 9월 2일 요청하신 건(KCSC-240902-01)의
1차 처리 결과를 아래와 같이 안내드립니다.

1. {N[1]}
   → 삭제 완료
2. {N[2]}
   → 삭제 완료
3. {N[3]}
   → 임시조치 (30일간 접근 제한)

요청 목록의 나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.
네이버 운영정책: https://policy.naver.com/rules/service.html

감사합니다.
네이버 권리보호센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 notice, numbered list with result arrows",
    why="three URLs each followed by an arrow result: two 삭제 완료, one 임시조치 (access limited)",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted"},
)

case(
    name="naver-html-table-four-results",
    **{"from": "noreply-safety@navercorp.com"},
    name_from="NAVER 고객센터",
    date=d(5, 11, 40),
    subject=subj("[NAVER] 불법정보 시정요구 조치결과 회신 - KCSC-240902-01"),
    reply_to_req="KCSC-240902-01",
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>요청번호 <b>KCSC-240902-01</b> 중 카페 및 지식iN 게시물에 대한 조치결과를 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>No</th><th>URL</th><th>처리결과</th><th>비고</th></tr>
<tr><td>4</td><td><a href="{N[4]}">{N[4]}</a></td><td>삭제</td><td>운영원칙 위반(의약품 판매)</td></tr>
<tr><td>5</td><td><a href="{N[5]}">{N[5]}</a></td><td>블라인드</td><td>카페 게시판 비노출</td></tr>
<tr><td>6</td><td><a href="{N[6]}">{N[6]}</a></td><td>게시물 없음</td><td>작성자가 이미 삭제함</td></tr>
<tr><td>7</td><td><a href="{N[7].replace('&', '&amp;')}">{N[7].replace('&', '&amp;')}</a></td><td>조치 불가</td><td>운영원칙 위반 사항이 확인되지 않아 게시 유지</td></tr>
</table>
<p>처리 기준은 <a href="https://help.naver.com/service/5626/contents/19040">네이버 고객센터 도움말</a>을 참고해 주십시오.</p>
<p>네이버 고객센터 드림</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean 시정요구 조치결과 HTML table reply from a portal help centre",
    why="table rows: 삭제 and 블라인드 (removed), 게시물 없음 (not found), 조치 불가 with no violation found (rejected)",
    items={N[4]: "removed", N[5]: "removed", N[6]: "not_found", N[7]: "rejected"},
)

CSV_ROWS = [
    ["번호", "URL", "처리결과", "처리일시"],
    ["8", N[8], "삭제", "2024-09-05 14:02"],
    ["9", N[9], "삭제", "2024-09-05 14:02"],
    ["10", N[10], "국내 접근 제한", "2024-09-05 14:10"],
    ["11", N[11], "게시물 없음(작성자 삭제)", ""],
    ["12", N[12], "위반 사항 없음(게시 유지)", "2024-09-05 15:31"],
    ["13", N[13], "블라인드", "2024-09-05 15:31"],
    ["14", N[14], "19세 연령 제한", "2024-09-05 16:05"],
]


def csv_bytes(rows):
    import io
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return ("\ufeff" + s.getvalue()).encode("utf-8")


case(
    name="naver-csv-attachment-seven-rows",
    **{"from": "right-center@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date=d(5, 17, 3),
    subject=subj("RE: [KCSC-240902-01] 불법정보 시정요구 (네이버)"),
    reply_to_req="KCSC-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_NV_20240905_b627"

------=_NV_20240905_b627
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 권리보호센터입니다.

요청번호 KCSC-240902-01 의 8~14번 게시물에 대한 처리 결과를
첨부한 CSV 파일로 보내드립니다. 확인 부탁드립니다.

감사합니다.

------=_NV_20240905_b627
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240902-01.csv"
Content-Transfer-Encoding: base64

{b64lines(csv_bytes(CSV_ROWS))}
------=_NV_20240905_b627--
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (처리결과 column)",
    why="CSV rows: 삭제 x2 and 블라인드 (removed), 국내 접근 제한 and 19세 연령 제한 (restricted), 게시물 없음 (not found), 위반 사항 없음 게시 유지 (rejected)",
    items={N[8]: "removed", N[9]: "removed", N[10]: "restricted", N[11]: "not_found",
           N[12]: "rejected", N[13]: "removed", N[14]: "restricted"},
)

case(
    name="naver-english-prose-and-status-line",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=d(4, 9, 55),
    subject="Re: KCSC-240902-01 removal request (NAVER)",
    reply_to_req="KCSC-240902-01",
    body=f"""
Dear KCSC team,

Thank you for request KCSC-240902-01. We have gone through the first part
of your list.

The blog post {N[3]} has been deleted for breaching our Operating
Principles on the sale of prescription medicine.

The Cafe post at {N[4]} was made private by the Cafe operations team
(비공개 처리) and can no longer be seen by anyone.

{N[7]}
Status: removed (question and answers deleted)

We are still working on the remaining links and will write again.

Kind regards,
Minji Seo
NAVER Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER Trust & Safety English reply to a regulator, prose plus a status line",
    why="deleted, made private (비공개 처리) and 'Status: removed' on the line under a bare URL; the rest is a promise naming nothing",
    items={N[3]: "removed", N[4]: "removed", N[7]: "removed"},
)

QUOTED_REQ = "\n".join(f"> {i}. {N[i] if i != 10 else N10_RAW}" for i in range(1, 15))
case(
    name="naver-top-posted-over-gmail-quote",
    **{"from": "cafe-support@navercorp.com"},
    name_from="네이버 카페 운영지원",
    date=d(3, 16, 21),
    subject=subj("Re: [KCSC-240902-01] 불법정보 유통 게시물 삭제 요청"),
    reply_to_req="KCSC-240902-01",
    body=f"""
안녕하세요. 네이버 카페 운영지원팀입니다.

요청하신 목록 중 {N[6]} 게시물은 카페 운영원칙
위반으로 블라인드 처리하였습니다.
블로그 게시물은 블로그 담당 부서에서 별도로 안내드릴 예정입니다.

감사합니다.

2024년 9월 2일 (월) 오전 10:00, KCSC 불법정보대응팀 <takedown@kcsc.example>님이 작성:
> 네이버 담당자님께,
>
> 방송통신심의위원회 의결에 따라 아래 게시물의 삭제를 요청드립니다.
> 조치 결과는 9월 9일까지 회신해 주시기 바랍니다.
>
{QUOTED_REQ}
>
> KCSC 불법정보대응팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-style top-posted Korean reply over the regulator's quoted request",
    why="only the cafe post 40188 is stated blinded above the quote; the 14 quoted URLs say nothing",
    items={N[6]: "removed"},
)

QP_BODY = f"""안녕하세요, 네이버 지식iN 운영팀입니다.

KCSC-240902-01 관련 아래와 같이 처리하였음을 알려드립니다.

- 지식iN 질문 {N[7]}
  : 위조 증명서 거래 게시물로 확인되어 질문과 답변을 모두 삭제하였습니다.

- 네이버 포스트 {N[11]}
  : 해당 URL의 게시물이 존재하지 않습니다. (작성자 탈퇴로 삭제된 것으로 확인)

감사합니다.
"""
case(
    name="naver-qp-kin-and-post",
    **{"from": "kin-ops@navercorp.com"},
    name_from="네이버 지식iN",
    date=d(6, 10, 8),
    subject=subj("[지식iN] 요청하신 게시물 처리 안내"),
    reply_to_req="KCSC-240902-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_BODY)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 지식iN operations notice, quoted-printable Korean body",
    why="kin question deleted (removed); the Post article's URL has no post, deleted when its author left (not found)",
    items={N[7]: "removed", N[11]: "not_found"},
)

case(
    name="naver-raw-korean-path-and-fullwidth",
    **{"from": "right-center@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date=d(6, 14, 30),
    subject=subj("[NAVER] KCSC-240902-01 추가 처리 결과"),
    reply_to_req="KCSC-240902-01",
    body=f"""
안녕하세요. 네이버 권리보호센터 한지훈입니다.

말씀하신 {N10_RAW}의 게시글은 불법 의약품 판매 게시물로 확인되어 삭제 조치하였습니다.

{N[8]}，{N[9]} 두 건은 작성자가 이미 삭제하여 게시물이 존재하지 않습니다。

이상입니다. 감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean portal staff reply with a raw Korean cafe path, a particle glued to the URL and full-width punctuation",
    why="the 비밀장터 post (percent-encoded in our request) was deleted; two sunny_vapor posts already deleted by their author (not found)",
    items={N[10]: "removed", N[8]: "not_found", N[9]: "not_found"},
)

case(
    name="naver-one-done-one-promised",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=d(9, 13, 45),
    subject="RE: KCSC-240902-01 - betting promotion posts",
    reply_to_req="KCSC-240902-01",
    body=f"""
Hello,

Update on KCSC-240902-01:

- {N[13]} : deleted today (불법 도박 홍보 게시물, 삭제 완료).
- {N[14]} : this NAVER TV clip is with the NAVER TV team. They will review
  it this week and take action if it breaks our rules.

Best regards,
NAVER Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="English status update from a portal's trust and safety desk with one item still open",
    why="the night_ledger post is deleted; the TV clip only gets a promise to review (pending)",
    items={N[13]: "removed", N[14]: "pending"},
)

case(
    name="naver-receipt-plus-urgent-deletion",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date=d(2, 17, 12),
    subject=subj("[네이버 고객센터] 문의 접수 및 긴급 조치 안내"),
    reply_to_req="KCSC-240902-01",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

문의하신 내용이 접수되었습니다. (접수번호: NV-20240902-58121)

접수하신 게시물 가운데 긴급 건으로 분류된 아래 게시물은 즉시 삭제 처리되었습니다.
{N[5]}

나머지 게시물은 담당 부서에서 확인 후 순차적으로 답변드리겠습니다.

※ 본 메일은 발신 전용이며, 추가 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 고객센터 receipt that also reports an immediate deletion",
    why="a receipt phrase, but it also states plainly that cafe post 40131 was deleted: not a pure acknowledgement",
    items={N[5]: "removed"},
)

case(
    name="naver-wrapped-angle-urls",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=d(10, 8, 50),
    subject="Re: KCSC-240902-01 (Knowledge iN / NAVER Post)",
    reply_to_req="KCSC-240902-01",
    body="""
Dear KCSC,

We deleted the following Knowledge iN question, which offered forged
graduation certificates:

  <https://kin.naver.com/qna/detail.naver?d1id=8&dirId=8020&
  docId=471230558>

The NAVER Post article
<https://post.naver.com/viewer/postView.naver?volumeNo=36120044&memberNo=51230987>
has been age-restricted: it is now shown only to logged-in users who have
passed adult (19+) verification.

Regards,
Daniel Cho, NAVER Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="English reply whose long URLs are wrapped inside angle brackets by the mail client",
    why="the kin question (URL wrapped over two lines in <>) was deleted; the Post article is age-restricted (restricted)",
    items={N[7]: "removed", N[11]: "restricted"},
)

# ---- Daum / Kakao (KCSC-240903-02, 4 items)
case(
    name="daum-right-center-imsijochi",
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    date=d(5, 10, 2),
    subject=subj("[Daum] 권리침해 신고 처리 결과 안내"),
    reply_to_req="KCSC-240903-02",
    body=f"""
안녕하세요, Daum 권리침해신고센터입니다.

KCSC-240903-02 로 신고하신 게시물에 대하여 아래와 같이 조치하였습니다.

■ 게시물 주소: {D[1]}
  조치 내용: 임시조치 (30일간 게시물 접근 차단)

■ 게시물 주소: {D[2]}
  조치 내용: 삭제

임시조치 이후 게시자의 재게시 요청이 있을 경우 관련 법령에 따라 처리될 수 있습니다.
자세한 내용은 https://cs.daum.net/faq/95/7580.html 을 참고해 주세요.

카카오 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum 권리침해신고센터 임시조치/삭제 result notice (■ blocks)",
    why="bluemoonclub/1532 under 임시조치 (30-day access block: restricted), 1547 삭제 (removed)",
    items={D[1]: "restricted", D[2]: "removed"},
)

case(
    name="daum-english-bullets-korean-path",
    **{"from": "safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date=d(6, 18, 20),
    subject="Re: [KCSC-240903-02] Daum Cafe posts",
    reply_to_req="KCSC-240903-02",
    body=f"""
Hi,

Results for the two Daum Cafe posts still open in KCSC-240903-02:

  * {D[3]} - removed (the cafe post was deleted by Kakao)
  * {D4_RAW} - not found; the author had deleted this post before our review

Thanks,
Kakao Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao trust and safety English bullet list",
    why="hanbit-trade/88 removed; the 중고장터 post (raw Korean path) deleted by its author before review (not found)",
    items={D[3]: "removed", D[4]: "not_found"},
)

case(
    name="daum-fullwidth-parens-rejected",
    **{"from": "cafe-ops@daum.net"},
    name_from="Daum 카페 운영팀",
    date=d(4, 15, 55),
    subject=subj("Re: [KCSC-240903-02] 다음 카페 게시물 시정요구"),
    reply_to_req="KCSC-240903-02",
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

① 카페 게시글（{D[1]}）은 운영정책 위반으로 삭제하였습니다。
② 카페 게시글（{D[2]}）은 검토 결과 불법성이 확인되지 않아 게시를 유지합니다。

문의 사항은 회신 주시기 바랍니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum cafe operations reply with circled numbers and full-width brackets",
    why="1532 deleted (removed); 1547 kept because no illegality was found (rejected)",
    items={D[1]: "removed", D[2]: "rejected"},
)

case(
    name="daum-short-mobile-reply",
    **{"from": "yujin.park@kakaocorp.com"},
    name_from="박유진",
    date=d(7, 21, 4),
    subject="Re: [KCSC-240903-02]",
    reply_to_req="KCSC-240903-02",
    body=f"""
{D4_RAW} 삭제했습니다.

iPhone에서 보냄
""",
    outcome="applied",
    classification="confirmation",
    imitates="one-line reply from a staff member's phone",
    why="a Kakao employee states plainly that the 중고장터 post was deleted",
    items={D[4]: "removed"},
)

# ---- DC Inside (KCSC-240904-03, 5 items)
case(
    name="dc-operator-deleted-list",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=d(5, 13, 17),
    subject=subj("[디시인사이드] 시정요구 게시물 처리 결과 (KCSC-240904-03)"),
    reply_to_req="KCSC-240904-03",
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.
시정요구하신 게시물의 처리 결과를 알려드립니다.

- {C[1]} : 운영자 삭제
- {C[2]} : 운영자 삭제
- {C[3]} : 운영자 삭제
- {C[4]} : 해당 게시물 확인 불가 (이미 삭제된 글)

갤러리 이용 안내: https://www.dcinside.com/policy/gallery_rules

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside operations team result list (운영자 삭제)",
    why="three posts 운영자 삭제 (removed); the mini gallery post cannot be found, already deleted (not found)",
    items={C[1]: "removed", C[2]: "removed", C[3]: "removed", C[4]: "not_found"},
)

case(
    name="dc-statement-then-url-below",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=d(6, 11, 26),
    subject=subj("Re: [KCSC-240904-03] 게시물 삭제 요청"),
    reply_to_req="KCSC-240904-03",
    body=f"""
안녕하세요. 디시인사이드입니다.

아래 게시물은 삭제 조치 완료했습니다.
{C[5]}

아래 게시물은 검토 결과 신고 사유에 해당하지 않아 삭제하지 않았습니다.
(특정 종목에 대한 개인 의견으로 판단됨)
{C[1]}

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean community moderator reply with the decision line above each URL",
    why="baseball gallery post deleted (removed); stock gallery post not deleted as it breaks no rule (rejected)",
    items={C[5]: "removed", C[1]: "rejected"},
)

DC_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>디시인사이드 운영팀입니다. KCSC-240904-03 처리 내역입니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>게시물</th><th>조치</th></tr></thead>
<tbody>
<tr><td>{C[2].replace('&', '&amp;')}</td><td>삭제</td></tr>
<tr><td>{C[3].replace('&', '&amp;')}</td><td>삭제</td></tr>
<tr><td>{C[5].replace('&', '&amp;')}</td><td>삭제 불가 - 규정 위반 아님</td></tr>
</tbody></table>
<p style="color:#888">운영 정책: <a href="https://www.dcinside.com/policy/gallery_rules">https://www.dcinside.com/policy/gallery_rules</a></p>
</body></html>
"""
case(
    name="dc-base64-html-table",
    **{"from": "noreply@dcinside.com"},
    name_from="dcinside",
    date=d(6, 16, 40),
    subject=subj("[디시인사이드] 처리 내역 안내"),
    reply_to_req="KCSC-240904-03",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64lines(DC_HTML.encode('utf-8'))}
""",
    outcome="applied",
    classification="confirmation",
    imitates="HTML ticket-system notice sent base64-encoded, two-column result table",
    why="two coin gallery posts 삭제 (removed); baseball post 삭제 불가, no rule broken (rejected); the policy link is not an item",
    items={C[2]: "removed", C[3]: "removed", C[5]: "rejected"},
)

DC_QUOTE = "\n".join(f"> - {C[i]}" for i in range(1, 6))
case(
    name="dc-english-reply-over-quote",
    **{"from": "global@dcinside.com"},
    name_from="DCinside Global Support",
    date=d(9, 10, 31),
    subject="Re: [KCSC-240904-03] Request for removal of illegal information",
    reply_to_req="KCSC-240904-03",
    body=f"""
Hello,

The minor gallery post {C[4]} was deleted by the
gallery manager at our request, and {C[2]} has been
blocked and is no longer accessible.

Regards,
DCinside Global Support

On Wed, 4 Sep 2024 at 09:30, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear DCinside,
> Please remove the following posts under KCSC-240904-03:
{DC_QUOTE}
> Thank you.
""",
    outcome="applied",
    classification="confirmation",
    imitates="English support reply above a quoted request (Gmail 'On ... wrote:')",
    why="mini gallery post deleted and coin post blocked (both removed); the five quoted URLs say nothing",
    items={C[4]: "removed", C[2]: "removed"},
)

# ---- SOOP (KCSC-240905-04, 3 items)
case(
    name="soop-trust-safety-english",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date=d(6, 19, 2),
    subject="[SOOP] Outcome of your report KCSC-240905-04",
    reply_to_req="KCSC-240905-04",
    body=f"""
Dear Korea Communications Standards Commission,

We have reviewed the content you reported under KCSC-240905-04.

- Replay VOD {S[1]} has been deleted.
- The channel post {S[2]} has been hidden from public view (비공개 처리)
  and the broadcaster's posting rights have been suspended for 7 days.
- Replay VOD {S[3]} has been age-restricted (viewable by 19+ only).

You can read our community guidelines at https://www.sooplive.co.kr/policy/guideline.

SOOP Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) trust and safety outcome letter",
    why="VOD deleted and channel post hidden (비공개 처리: removed); the other VOD age-restricted (restricted)",
    items={S[1]: "removed", S[2]: "removed", S[3]: "restricted"},
)

case(
    name="soop-korean-headings-url-below",
    **{"from": "cs@afreecatv.com"},
    name_from="SOOP 고객센터",
    date=d(9, 14, 15),
    subject=subj("[SOOP] 신고 처리 결과 안내 (KCSC-240905-04)"),
    reply_to_req="KCSC-240905-04",
    body=f"""
안녕하세요, SOOP 고객센터입니다.

[처리 완료] 다시보기 삭제
{S[1]}

[처리 완료] 연령 제한(19세 이상) 설정
{S[3]}

[처리 불가] 방송국 게시글은 운영정책 위반으로 보기 어려워 유지됩니다.
{S[2]}

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP 고객센터 result notice with bracketed result headings, sent from the legacy afreecatv.com domain",
    why="VOD 삭제 (removed), other VOD 19+ 연령 제한 (restricted), channel post kept as no violation (rejected)",
    items={S[1]: "removed", S[3]: "restricted", S[2]: "rejected"},
)

# ---- FM Korea (KCSC-240906-05, 2 items)
case(
    name="fmkorea-two-items-arrows",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    date=d(9, 11, 2),
    subject=subj("에펨코리아 게시물 처리 결과 회신드립니다"),
    reply_to_req="KCSC-240906-05",
    body=f"""
안녕하세요 에펨코리아 운영진입니다.
KCSC-240906-05 건 처리 결과 회신드립니다.

{F[1]} → 개인정보 노출 확인되어 삭제 처리
{F[2]} → 개인정보 노출 부분 없음, 규정 위반 사항이 없어 유지

수고하세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="community site admin's short Korean result reply with arrows",
    why="first post deleted (removed); second kept as no rule is broken (rejected)",
    items={F[1]: "removed", F[2]: "rejected"},
)

case(
    name="fmkorea-angle-bracket-one",
    **{"from": "report@fmkorea.com"},
    name_from="FM Korea",
    date=d(10, 9, 12),
    subject="Re: KCSC-240906-05",
    reply_to_req="KCSC-240906-05",
    body="""
Hello,

Post <https://www.fmkorea.com/7281955203> was removed by our moderators this morning.

FM Korea
""",
    outcome="applied",
    classification="confirmation",
    imitates="terse English moderator reply with the URL in angle brackets",
    why="the second post is stated removed; the first one is not mentioned",
    items={F[2]: "removed"},
)

# ---- Clien (KCSC-240909-06, 1 item)
case(
    name="clien-sole-one-item-no-url",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    date=d(10, 15, 33),
    subject=subj("Re: [KCSC-240909-06] 게시물 삭제 요청"),
    reply_to_req="KCSC-240909-06",
    body="""
안녕하세요. 클리앙 운영진입니다.

요청하신 게시물(KCSC-240909-06)은 확인 후 삭제 조치하였습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="one-sentence Korean community admin reply naming only the request",
    why="a request of one item: 'the requested post was deleted' is that item's statement",
    items={CL1: "removed"},
)

case(
    name="clien-english-author-deleted",
    **{"from": "support@clien.net"},
    name_from="CLIEN Support",
    date=d(10, 11, 0),
    subject="Re: KCSC-240909-06 phishing link on CLIEN",
    reply_to_req="KCSC-240909-06",
    body=f"""
Hi,

The link you sent, {CL1}, shows only "삭제된 게시물입니다": the member removed
the post himself on 9 September, before our moderators saw your mail. There is
nothing left on our side to take down.

CLIEN Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="English support reply: the post was deleted by its author first",
    why="deleted by its author before the platform acted: not found",
    items={CL1: "not_found"},
)

# ---- Ppomppu (KCSC-240910-07, 3 items)
case(
    name="ppomppu-list-mixed",
    **{"from": "webmaster@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    date=d(11, 14, 48),
    subject=subj("[뽐뿌] 요청하신 게시물 처리 안내 (KCSC-240910-07)"),
    reply_to_req="KCSC-240910-07",
    body=f"""
안녕하세요 뽐뿌 운영팀입니다.

{P[1]} - 삭제
{P[2]} - 블라인드 처리
{P[3]} - 작성자가 이미 삭제한 게시물입니다

좋은 하루 되세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Ppomppu webmaster result list, URL - result",
    why="삭제 and 블라인드 (removed); phone board post already deleted by its author (not found)",
    items={P[1]: "removed", P[2]: "removed", P[3]: "not_found"},
)

case(
    name="ppomppu-outlook-top-posted",
    **{"from": "jh.lee@ppomppu.co.kr"},
    name_from="이정훈",
    date=d(12, 10, 5),
    subject="RE: [KCSC-240910-07] 불법정보 삭제 요청",
    reply_to_req="KCSC-240910-07",
    body=f"""
안녕하세요, 뽐뿌 이정훈입니다.

휴대폰 게시판 게시물({P[3]})은 오늘 오전 삭제하였습니다.
나머지 두 건은 자유게시판 담당자가 확인하고 있습니다.

-----Original Message-----
From: KCSC 불법정보대응팀 <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 4:20 PM
To: webmaster@ppomppu.co.kr
Subject: [KCSC-240910-07] 불법정보 삭제 요청

뽐뿌 담당자님께,

아래 게시물 3건의 삭제를 요청드립니다.
1. {P[1]} (삭제 요청)
2. {P[2]} (삭제 요청)
3. {P[3]} (삭제 요청)

KCSC 불법정보대응팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted reply with '-----Original Message-----' block",
    why="only the phone board post is stated deleted; the other two are under check and the quoted request says nothing",
    items={P[3]: "removed", P[1]: "pending", P[2]: "pending"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-review-korean",
    **{"from": "right-center@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date=d(3, 14, 0),
    subject=subj("[NAVER] KCSC-240902-01 처리 진행 안내"),
    reply_to_req="KCSC-240902-01",
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물
{N[1]}
{N[2]}
은 담당 부서에서 검토 후 조치할 예정입니다.
처리 결과는 추후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Korean portal interim notice (검토 후 조치 예정)",
    why="names two requested posts but only promises a review and action later: no status",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-bulk-all-fourteen",
    **{"from": "right-center@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date=d(11, 9, 20),
    subject=subj("[NAVER] KCSC-240902-01 처리 완료"),
    reply_to_req="KCSC-240902-01",
    body="""
안녕하세요, 네이버 권리보호센터입니다.

KCSC-240902-01 로 요청하신 게시물 14건 모두 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="portal one-line 'all done' completion notice",
    why="one statement about all 14 items of the request without naming any: bulk, each item needs checking",
    items=allpending(N[1:]),
)

case(
    name="soop-bulk-english",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date=d(7, 12, 10),
    subject="Re: KCSC-240905-04",
    reply_to_req="KCSC-240905-04",
    body="""
Hello,

All of the content you reported under KCSC-240905-04 has been taken down.

SOOP Trust & Safety
""",
    outcome="review",
    review="bulk",
    imitates="short English 'all reported content removed' reply",
    why="a three-item request answered with one statement naming no item: bulk",
    items=allpending(S[1:]),
)

case(
    name="naver-dmarc-fail-claims",
    **{"from": "right-center@navercorp.com"},
    name_from="NAVER 권리보호센터",
    auth="fail",
    date=d(8, 23, 51),
    subject=subj("[NAVER] 게시중단 처리 결과"),
    reply_to_req="KCSC-240902-01",
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

아래 게시물은 삭제 처리되었습니다.
- {N[12]}
- {N[13]}

감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="NAVER result notice whose DKIM/SPF/DMARC checks failed",
    why="a navercorp.com From that fails authentication cannot change statuses",
    items={N[12]: "pending", N[13]: "pending"},
)

case(
    name="gmail-cafe-manager-says-deleted",
    **{"from": "quietmarket77.mgr@gmail.com"},
    name_from="조용한장터 매니저",
    date=d(4, 22, 13),
    subject=subj("방심위 삭제요청 건 관련 (quietmarket77 카페)"),
    body=f"""
안녕하세요. 네이버 카페 quietmarket77 매니저입니다.
네이버에서 연락 받고 카페에서 아래 글들 제가 직접 삭제했습니다.

{N[4]}
{N[5]}

앞으로 관리 잘 하겠습니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="cafe manager writing from a personal webmail address",
    why="a gmail.com sender is no platform: its statements about two NAVER cafe posts need a person",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="daum-speaks-of-naver-url",
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    date=d(4, 10, 45),
    subject=subj("[Daum] 문의 회신"),
    body=f"""
안녕하세요, Daum 권리침해신고센터입니다.

보내주신 메일의 URL({N[5]})은 Daum 카페가 아닌 네이버 카페 주소로,
당사에서 조치할 수 있는 게시물이 아닙니다.
참고로 해당 링크는 현재 '삭제되었거나 존재하지 않는 게시물입니다'라는 안내가 나오며
게시물이 존재하지 않는 것으로 확인됩니다.

네이버 카페 게시물은 네이버 고객센터로 요청해 주시기 바랍니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="Kakao reply to a mail about another portal's URL",
    why="Daum states a NAVER cafe post does not exist: not its own platform's item",
    items={N[5]: "pending"},
)

case(
    name="ppomppu-asks-for-decision-copy",
    **{"from": "webmaster@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    date=d(11, 10, 30),
    subject=subj("Re: [KCSC-240910-07] 자료 요청"),
    reply_to_req="KCSC-240910-07",
    body=f"""
안녕하세요 뽐뿌 운영팀입니다.

요청하신 아래 3건의 게시물과 관련하여 조치를 위해
시정요구 의결서 사본과 각 게시물의 위반 조항을 회신해 주시기 바랍니다.

1) {P[1]}
2) {P[2]}
3) {P[3]}

자료 확인 후 처리하겠습니다. 감사합니다.
""",
    outcome="review",
    classification="request_for_info",
    review="asks_more",
    imitates="community site asking for the commission's decision before acting",
    why="asks for the decision copy and violated provisions; no status for the three posts",
    items=allpending(P[1:]),
)

case(
    name="naver-policy-notice-no-items",
    **{"from": "partner-notice@navercorp.com"},
    name_from="NAVER 정책지원",
    date=d(12, 9, 0),
    subject=subj("[NAVER] 유관기관 신고 채널 운영 시간 변경 안내"),
    body="""
안녕하세요, 네이버 정책지원팀입니다.

추석 연휴 기간(9월 16일 ~ 9월 18일) 동안 유관기관 전용 신고 채널의
응대 시간이 아래와 같이 변경됩니다.

- 평일: 09:00 ~ 18:00 (변경 없음)
- 연휴 기간: 10:00 ~ 16:00 (긴급 건만 처리)

유관기관 신고 절차는 https://help.naver.com/service/5626/contents/19040 에서 확인하실 수 있습니다.

감사합니다.
""",
    outcome="review",
    review="no_claims",
    imitates="portal notice to partner agencies about holiday service hours",
    why="trusted NAVER mail that names no item and no request: nothing to record, a person files it",
    items={},
)

case(
    name="dc-hedged-english",
    **{"from": "global@dcinside.com"},
    name_from="DCinside Global Support",
    date=d(5, 18, 2),
    subject="Re: [KCSC-240904-03] follow-up",
    reply_to_req="KCSC-240904-03",
    body=f"""
Hello,

{C[5]} appears to have been deleted already, and
{C[1]} may have been moved to the gallery archive.
We will check with the gallery managers and get back to you.

Regards,
DCinside Global Support
""",
    outcome="review",
    review="not_understood",
    imitates="English support reply full of hedges",
    why="'appears to have been' and 'may have been' are not statements: both posts stay pending",
    items={C[5]: "pending", C[1]: "pending"},
)

case(
    name="daum-conditional-deletion",
    **{"from": "cafe-ops@daum.net"},
    name_from="Daum 카페 운영팀",
    date=d(4, 17, 30),
    subject=subj("Re: [KCSC-240903-02] hanbit-trade 카페 게시물"),
    reply_to_req="KCSC-240903-02",
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

{D[3]} 게시물은 카페 운영자에게 삭제를 요청하였으며,
24시간 안에 조치되지 않을 경우 당사에서 직접 삭제할 예정입니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Daum cafe team notice of a conditional deletion",
    why="only a condition and a plan to delete: the post stays pending",
    items={D[3]: "pending"},
)

case(
    name="fmkorea-under-review",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    date=d(7, 16, 44),
    subject=subj("Re: KCSC-240906-05 확인 중입니다"),
    reply_to_req="KCSC-240906-05",
    body=f"""
안녕하세요 에펨코리아 운영진입니다.

{F[1]}
{F[2]}

위 두 게시물은 현재 검토 중(under review)입니다. 결론 나면 바로 회신드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="community admin 'under review' interim reply",
    why="both posts are only under review: no status",
    items={F[1]: "pending", F[2]: "pending"},
)

case(
    name="soop-forwarded-monitoring-answer",
    **{"from": "partner@sooplive.co.kr"},
    name_from="SOOP 대외협력",
    date=d(8, 11, 11),
    subject="Fwd: [모니터링] KCSC-240905-04 처리 결과",
    reply_to_req="KCSC-240905-04",
    body=f"""
담당자님, 모니터링팀 회신 아래 전달드립니다.

---------- Forwarded message ---------
From: SOOP 모니터링팀 <monitoring@sooplive.co.kr>
Date: 2024년 9월 7일 (토) 오후 5:02
Subject: [모니터링] KCSC-240905-04 처리 결과
To: SOOP 대외협력 <partner@sooplive.co.kr>

{S[1]} 삭제 완료
{S[3]} 19세 연령제한 설정 완료

모니터링팀
""",
    outcome="review",
    classification="forwarded",
    review="forwarded",
    imitates="platform liaison forwarding an internal team's answer (Gmail 'Forwarded message')",
    why="the statements are inside a forwarded message, not said by the sender itself: a person confirms them",
    items={S[1]: "pending", S[3]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-ooo-korean",
    **{"from": "jihoon.han@navercorp.com"},
    name_from="한지훈",
    date=d(9, 8, 0),
    subject=subj("[자동응답] 부재중입니다: [KCSC-240902-01] 불법정보 유통 게시물 삭제 요청"),
    reply_to_req="KCSC-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 한지훈입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 메일 확인이 어렵습니다.
게시중단 관련 긴급 문의는 right-center@navercorp.com 으로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto reply (부재중 자동응답)",
    why="an out-of-office reply: nothing about the items",
    items={},
)

case(
    name="kakao-ooo-english",
    **{"from": "sean.kim@kakaocorp.com"},
    name_from="Sean Kim",
    date=d(13, 18, 1),
    subject="Automatic reply: Re: [KCSC-240903-02] Daum Cafe posts",
    reply_to_req="KCSC-240903-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office for the Chuseok holidays and will be back on
19 September. For urgent takedown matters please write to
right@kakaocorp.com.

추석 연휴로 9월 19일까지 부재중입니다. 긴급 건은 right@kakaocorp.com 으로 연락 부탁드립니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office, English and Korean",
    why="out-of-office auto reply",
    items={},
)

case(
    name="clien-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx1.clien.net"},
    name_from="Mail Delivery System",
    date=d(9, 10, 1),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.b627.clien"

--DSN.b627.clien
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.clien.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse@clien.net>: host mx1.clien.net said: 550 5.1.1 <abuse@clien.net>:
    Recipient address rejected: User unknown in local recipient table

--DSN.b627.clien
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.clien.net
Arrival-Date: Mon,  9 Sep 2024 10:00:58 +0900 (KST)

Final-Recipient: rfc822; abuse@clien.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse@clien.net>: Recipient address rejected:
    User unknown in local recipient table

--DSN.b627.clien
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@clien.net
Subject: [KCSC-240909-06] Removal request: {CL1}
Message-ID: <KCSC-240909-06@kcsc.example>
Date: Mon, 9 Sep 2024 10:00:00 +0900

--DSN.b627.clien--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) with the returned headers",
    why="a delivery failure report: the request's URL appears only in the returned headers",
    items={},
)

case(
    name="dc-mdn-read-receipt",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=d(4, 11, 2),
    subject=subj("읽음: [KCSC-240904-03] 불법정보 삭제 요청"),
    reply_to_req="KCSC-240904-03",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="MDN_b627_dc"

--MDN_b627_dc
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240904-03] 불법정보 삭제 요청"을(를)
2024-09-04 오전 11:02에 수신자가 읽었습니다.

--MDN_b627_dc
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; report@dcinside.com
Original-Message-ID: <KCSC-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--MDN_b627_dc--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="webmail read receipt (MDN, 읽음 확인)",
    why="a read receipt says nothing about the posts",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date=d(5, 14, 3),
    subject=subj("[SOOP 고객센터] 문의 접수 완료 안내 (접수번호 SP-240905-10482)"),
    reply_to_req="KCSC-240905-04",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

- 접수번호: SP-240905-10482
- 문의 유형: 신고/제재 > 유관기관 요청
- 제목: [KCSC-240905-04] 불법정보 삭제 요청

담당자 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="help-desk ticket receipt (문의 접수 완료)",
    why="a pure receipt with a ticket number: no statement about any item",
    items={},
)

case(
    name="fmkorea-ack-english",
    **{"from": "report@fmkorea.com"},
    name_from="FM Korea",
    date=d(6, 10, 16),
    subject="[FMK-77120] We received your report",
    reply_to_req="KCSC-240906-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We have received your report (KCSC-240906-05) and created ticket FMK-77120.
A moderator will look at it within 3 business days.

Please do not reply to this automated message.
FM Korea
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="English automated report receipt with a ticket id",
    why="acknowledges receipt and gives a ticket number; nothing about the posts",
    items={},
)

case(
    name="naver-receipt-echoing-urls",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date=d(2, 10, 4),
    subject=subj("[네이버 고객센터] 문의가 접수되었습니다"),
    reply_to_req="KCSC-240902-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 네이버 고객센터입니다.
문의하신 내용이 정상적으로 접수되었습니다.

접수번호: NV-20240902-58121
접수일시: 2024.09.02 10:04

[접수 내용]
제목: [KCSC-240902-01] 불법정보 유통 게시물 삭제 요청
내용: 방송통신심의위원회 의결에 따라 아래 게시물의 삭제를 요청드립니다.
{N[1]}
{N[2]}
{N[3]}
(이하 생략)

답변이 등록되면 메일로 알려드리겠습니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER 고객센터 automatic receipt echoing the submitted inquiry",
    why="a receipt that echoes our own request text (삭제를 요청드립니다); the platform states nothing",
    items={},
)

HEADER = """# Blind set 627: Korean portals and community sites (NAVER, Daum, DC Inside,
# SOOP, FM Korea, Clien, Ppomppu), Korean and English mixed, with doubtful and
# ignorable mail. Written from each email's meaning before any run of the
# reader. Generated by make.py; do not edit by hand.
"""

def encode_names(cases):
    # Korean display names go out RFC 2047-encoded, as real mailers send them.
    for c in cases:
        n = c.get("name_from")
        if n and not n.isascii():
            c["name_from"] = subj(n)


if __name__ == "__main__":
    write_requests()
    encode_names(CASES)
    corpuslib.write_set(HERE, SET, HEADER, CASES)
