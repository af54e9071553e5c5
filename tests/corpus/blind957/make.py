#!/usr/bin/env python3
"""Blind set 957: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Clien, Ppomppu, FM Korea; Nate and Inven configured but
without requests), Korean and English mixed, with the doubtful and ignorable
mail a regulator's mailbox receives.

Written from each email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind957/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind957"

# ---------------------------------------------------------------- requests
D = [
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=10123401",
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=10123588",
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_talk&no=55012",
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_talk&no=55047",
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_talk&no=55102",
    "https://gall.dcinside.com/mgallery/board/view/?id=sportsbet2&no=9081",
    "https://gall.dcinside.com/mgallery/board/view/?id=sportsbet2&no=9123",
    "https://gall.dcinside.com/mini/board/view/?id=casinohub&no=771",
    "https://gall.dcinside.com/mini/board/view/?id=casinohub&no=802",
    "https://m.dcinside.com/board/programming/2450981",
    "https://m.dcinside.com/board/stock_new2/8812345",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812990",
    "https://gall.dcinside.com/board/view/?id=dcbest&no=240117",
    "https://gall.dcinside.com/mgallery/board/view/?id=slotmachine&no=1204",
]
N = [
    "https://blog.naver.com/moonlit_dev/223561204417",
    "https://cafe.naver.com/momsboard22/418822",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122334",
    "https://blog.naver.com/haneul_story/223570018832",
]
K_TISTORY_RAW = "https://stockguru.tistory.com/entry/급등주-리딩방"
K = [
    "https://cafe.daum.net/stockleaders/Ab3k/7781",
    "https://stockguru.tistory.com/entry/%EA%B8%89%EB%93%B1%EC%A3%BC-%EB%A6%AC%EB%94%A9%EB%B0%A9",
    "https://cafe.daum.net/stockleaders/Ab3k/7802",
]
S = [
    "https://vod.sooplive.co.kr/player/134221087",
    "https://ch.sooplive.co.kr/bj_redfox77/post/118834201",
]
C = ["https://www.clien.net/service/board/park/18771234"]
F = [
    "https://www.fmkorea.com/7412233001",
    "https://www.fmkorea.com/7412233458",
    "https://www.fmkorea.com/best/7412240019",
    "https://m.fmkorea.com/7412251177",
    "https://www.fmkorea.com/index.php?mid=football_world&document_srl=7412260334",
]
P = [
    "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9123401",
    "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4412280",
    "https://m.ppomppu.co.kr/new/bbs_view.php?id=stock&no=771200",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "dcinside", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", D,
     "illegal_gambling", "kcsc-240903-01.d7c1@kcsc.example", "toto/casino ads across galleries"),
    ("KCSC-240905-02", "naver", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00", N,
     "privacy", "kcsc-240905-02.a90e@kcsc.example", "personal data of a private person"),
    ("KCSC-240906-03", "daum", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00", K,
     "financial_fraud", "kcsc-240906-03.4b12@kcsc.example", "stock 'reading room' scam"),
    ("KCSC-240909-04", "soop", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00", S,
     "illegal_gambling", "kcsc-240909-04.e5f0@kcsc.example", "gambling promotion in VOD"),
    ("KCSC-240910-05", "clien", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", C,
     "defamation", "kcsc-240910-05.77aa@kcsc.example", ""),
    ("KCSC-240911-06", "fmkorea", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", F,
     "obscenity", "kcsc-240911-06.19cd@kcsc.example", "leaked photos"),
    ("KCSC-240912-07", "ppomppu", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", P,
     "drugs", "kcsc-240912-07.c3d8@kcsc.example", "drug sale posts"),
]
MID = {r[0]: r[6].split("@")[0] for r in REQUESTS}


def write_requests():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def ew(s):
    """RFC 2047 encoded word (UTF-8, base64)."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def our_request(ref, urls, lang="ko"):
    """The regulator's own request text, as it appears quoted in replies."""
    lines = "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
    if lang == "ko":
        return (f"안녕하십니까, 방송통신심의위원회입니다.\n\n"
                f"아래 정보에 대하여 삭제 또는 접속차단 등 필요한 조치를 요청드립니다.\n"
                f"(요청번호 {ref})\n\n{lines}\n\n처리 결과를 회신하여 주시기 바랍니다.")
    return (f"Dear team,\n\nPlease remove or disable access to the items below "
            f"(our reference {ref}) and tell us what was done.\n\n{lines}\n\nKCSC Takedown")


cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
# --- DC Inside (KCSC-240903-01, 14 items)
rows = [
    (D[0], "삭제", ""), (D[1], "삭제", ""), (D[2], "삭제", ""),
    (D[3], "게시물 없음", "작성자 본인이 이미 삭제한 게시물"),
    (D[4], "삭제", ""), (D[5], "삭제", ""),
    (D[6], "게시물 없음", "존재하지 않는 글 번호"),
    (D[7], "삭제", ""), (D[8], "삭제", ""),
    (D[9], "유지", "게시판 운영원칙 및 관련 법령 위반 사항이 확인되지 않음"),
    (D[10], "삭제", ""), (D[11], "삭제", ""), (D[12], "삭제", ""), (D[13], "삭제", ""),
]
trs = "\n".join(
    f"<tr><td>{i}</td><td>{html_esc(u)}</td><td>{r}</td><td>{n}</td></tr>"
    for i, (u, r, n) in enumerate(rows, 1))
case(
    name="dc-result-table-html",
    **{"from": "report@dcinside.com"}, name_from=ew("디시인사이드 신고센터"),
    date="Thu, 05 Sep 2024 16:42:10 +0900",
    subject=ew("[디시인사이드] 게시물 처리 결과 안내 (KCSC-240903-01)"),
    reply_to_req=MID["KCSC-240903-01"], type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 디시인사이드 신고센터입니다.</p>
<p>방송통신심의위원회 요청번호 <b>KCSC-240903-01</b> 건의 게시물 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 주소</th><th>처리 결과</th><th>비고</th></tr>
{trs}
</table>
<p>갤러리 운영원칙은 <a href="https://www.dcinside.com/policy/operation">운영원칙 안내</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>디시인사이드 신고센터 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean community 게시물 처리 결과 table (KCSC 시정요구 조치결과 style)",
    why="trusted DC Inside table, one result per requested post: 삭제 removed, 게시물 없음 not_found, 유지 with reason rejected",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed",
           D[5]: "removed", D[6]: "not_found", D[7]: "removed", D[8]: "removed", D[9]: "rejected",
           D[10]: "removed", D[11]: "removed", D[12]: "removed", D[13]: "removed"},
)

case(
    name="dc-numbered-plain-korean",
    **{"from": "report@dcinside.com"}, name_from="DCinside Report",
    date="Wed, 04 Sep 2024 11:05:33 +0900",
    subject="Re: [KCSC-240903-01] " + ew("불법 도박 홍보 게시물 삭제 요청"),
    reply_to_req=MID["KCSC-240903-01"],
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

요청번호 KCSC-240903-01 중 국내야구 갤러리와 토토 마이너 갤러리 게시물 처리 내역입니다.

1. {D[0]} - 삭제 완료
2. {D[1]} - 삭제 완료
3. {D[2]} - 삭제 완료
4. {D[3]} - 이미 작성자에 의해 삭제된 게시물입니다
5. {D[4]} - 삭제 완료

나머지 게시물은 갤러리별 확인 후 별도로 회신드리겠습니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="community-site operator reply listing numbered posts with 삭제 완료",
    why="five numbered posts each with an unhedged result; the rest of the request is only promised",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed"},
)

csv_rows = [
    ("번호", "URL", "처리결과", "사유"),
    ("6", D[5], "삭제", "불법 도박 홍보"),
    ("7", D[6], "삭제", "불법 도박 홍보"),
    ("8", D[7], "삭제", "불법 도박 홍보"),
    ("9", D[8], "게시물 없음", "조회 시 존재하지 않는 게시물"),
    ("10", D[9], "유지", "위반 아님 - 프로그래밍 질문 글"),
    ("11", D[10], "삭제", "불법 도박 홍보"),
    ("12", D[11], "삭제", "불법 도박 홍보"),
    ("13", D[12], "삭제", "불법 도박 홍보"),
    ("14", D[13], "삭제", "불법 도박 홍보"),
]
cbuf = io.StringIO(newline="")
csv.writer(cbuf, lineterminator="\r\n").writerows(csv_rows)
DC_CSV_B64 = b64(b"\xef\xbb\xbf" + cbuf.getvalue().encode("utf-8"))
case(
    name="dc-csv-attachment",
    **{"from": "report@dcinside.com"}, name_from="DCinside Report",
    date="Fri, 06 Sep 2024 10:14:52 +0900",
    subject="Re: [KCSC-240903-01] " + ew("처리 결과 회신 (2차)"),
    reply_to_req=MID["KCSC-240903-01"],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_dc_b957_03"

--=_dc_b957_03
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 디시인사이드 운영팀입니다.

KCSC-240903-01 건 중 6번~14번 게시물의 처리 결과를 첨부 파일(CSV)로
보내드립니다. 확인 부탁드립니다.

--=_dc_b957_03
Content-Type: text/csv; charset=utf-8; name="dc_result_0906.csv"
Content-Disposition: attachment; filename="dc_result_0906.csv"
Content-Transfer-Encoding: base64

{DC_CSV_B64}
--=_dc_b957_03--
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply with a CSV result sheet attached (UTF-8 with BOM, CRLF)",
    why="CSV rows: 삭제 removed, 게시물 없음 not_found, 유지(위반 아님) rejected",
    items={D[5]: "removed", D[6]: "removed", D[7]: "removed", D[8]: "not_found", D[9]: "rejected",
           D[10]: "removed", D[11]: "removed", D[12]: "removed", D[13]: "removed"},
)

case(
    name="dc-topposted-gmail-quote",
    **{"from": "jw.park@dcinside.com"}, name_from=ew("박정우"),
    date="Tue, 03 Sep 2024 17:31:08 +0900",
    subject="Re: [KCSC-240903-01] " + ew("불법 도박 홍보 게시물 삭제 요청"),
    reply_to_req=MID["KCSC-240903-01"],
    body=f"""안녕하세요, 디시인사이드 신고센터 박정우입니다.

보내주신 목록 중 아래 두 건은 오늘 오후에 삭제했습니다.

{D[2]}
{D[7]}

나머지 게시물은 확인 중이며 처리되는 대로 다시 회신드리겠습니다.

2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote(our_request("KCSC-240903-01", D))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted staff reply over the quoted request (Korean quote header)",
    why="two posts named above the quote are deleted; the quoted list below '님이 작성:' states nothing",
    items={D[2]: "removed", D[7]: "removed"},
)

case(
    name="dc-inline-answers",
    **{"from": "jw.park@dcinside.com"}, name_from=ew("박정우"),
    date="Mon, 09 Sep 2024 13:02:44 +0900",
    subject="Re: [KCSC-240903-01] " + ew("불법 도박 홍보 게시물 삭제 요청"),
    reply_to_req=MID["KCSC-240903-01"],
    body=f"""문의하신 두 건에 대해 본문 사이에 답변드립니다.

> 6. {D[5]}

삭제했습니다.

> 7. {D[6]}

해당 번호의 글은 존재하지 않습니다. 글 번호를 다시 확인 부탁드립니다.

디시인사이드 신고센터 박정우 드림
""",
    outcome="applied", classification="confirmation",
    imitates="staff answering inline below each quoted line of the request",
    why="the URLs are quoted but the answers under them are the staff's own unquoted words: deleted / does not exist",
    items={D[5]: "removed", D[6]: "not_found"},
)

case(
    name="dc-english-access-restricted",
    **{"from": "global@dcinside.com"}, name_from="DC Inside Global Support",
    date="Tue, 10 Sep 2024 09:48:19 +0900",
    subject="Re: Request KCSC-240903-01 - result for remaining posts",
    reply_to_req=MID["KCSC-240903-01"],
    body=f"""Hello,

Thank you for your patience. For the remaining posts in your request
KCSC-240903-01:

The post {D[11]} has been deleted
by the gallery administrator team.

The following two posts have been set to restricted access (접근 제한):
they can no longer be viewed by logged-out users and are excluded from
search.

  * {D[12]}
  * {D[13]}

Regards,
DC Inside Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="English support reply from a Korean community site, 접근 제한 in brackets",
    why="one post deleted; two set to restricted access (접근 제한), which the rules count as restricted",
    items={D[11]: "removed", D[12]: "restricted", D[13]: "restricted"},
)

# --- NAVER (KCSC-240905-02, 4 items)
case(
    name="naver-result-url-then-status",
    **{"from": "policy@navercorp.com"}, name_from=ew("네이버 고객센터"),
    date="Mon, 09 Sep 2024 14:20:00 +0900",
    subject=ew("[네이버] 게시물 조치 결과 안내 (KCSC-240905-02)"),
    reply_to_req=MID["KCSC-240905-02"],
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240905-02)에 대하여 아래와 같이
조치하였음을 알려드립니다.

■ 대상 게시물 및 조치 내용

{N[0]}
→ 게시중단

{N[1]}
→ 임시조치 (30일)

{N[2]}
→ 삭제

{N[3]}
→ 존재하지 않는 게시물

임시조치 제도에 대한 안내: https://help.naver.com/service/5600/contents/19411

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 결과 notice, status on the line below each URL",
    why="게시중단 removed, 임시조치 restricted, 삭제 removed, 존재하지 않는 게시물 not_found; help link is not an item",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "removed", N[3]: "not_found"},
)

case(
    name="naver-english-blind-and-keep",
    **{"from": "trustsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Tue, 10 Sep 2024 18:03:27 +0900",
    subject="[NAVER] Outcome of your request KCSC-240905-02",
    reply_to_req=MID["KCSC-240905-02"],
    body=f"""Dear KCSC team,

This is an update on your request KCSC-240905-02.

The cafe post {N[1]} has been blinded
(블라인드 처리) and is no longer visible to any user.

The blog post {N[3]}
remains published. After review we concluded that it does not violate the
NAVER Operating Policy or Korean law: it is a product review that names no
private individual.

If you have further material about the second post, you can reply to this
email.

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER English trust-and-safety outcome email",
    why="블라인드 counts as removed; the blog post stays up with a stated reason: rejected",
    items={N[1]: "removed", N[3]: "rejected"},
)

case(
    name="naver-outlook-topposted-english",
    **{"from": "hyejin.seo@navercorp.com"}, name_from="Seo Hyejin",
    date="Fri, 06 Sep 2024 15:47:02 +0900",
    subject="RE: [KCSC-240905-02] Request for removal of personal data",
    reply_to_req=MID["KCSC-240905-02"],
    body=f"""Hello,

Following your request, the two posts below were removed today:

 - {N[0]}
 - {N[2]}

The other two items are still being reviewed by the service team.

Best regards,
Seo Hyejin | NAVER Legal Affairs

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240905-02] Request for removal of personal data

{our_request("KCSC-240905-02", N, "en")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the original message",
    why="two URLs named as removed above the Original Message; the other two are only under review (pending)",
    items={N[0]: "removed", N[2]: "removed"},
)

case(
    name="naver-kin-kept-blog-private",
    **{"from": "policy@navercorp.com"}, name_from=ew("네이버 고객센터"),
    date="Wed, 11 Sep 2024 10:31:45 +0900",
    subject="Re: [KCSC-240905-02] " + ew("개인정보 노출 게시물 조치 요청"),
    reply_to_req=MID["KCSC-240905-02"],
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물 중 2건에 대한 결과를 안내드립니다.

지식iN 질문 {N[2]} 은
권리침해 요건이 확인되지 않아 게시를 유지합니다. 질문 본문에 특정인을
알아볼 수 있는 정보가 포함되어 있지 않습니다.

블로그 글 {N[3]} 은 비공개 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Korean reply: 게시 유지 with reason, 비공개 처리",
    why="지식iN question kept with a reason (rejected); blog post 비공개 처리 (removed)",
    items={N[2]: "rejected", N[3]: "removed"},
)

# --- Daum / Kakao (KCSC-240906-03, 3 items)
case(
    name="daum-tistory-korean-path",
    **{"from": "cleancenter@kakaocorp.com"}, name_from=ew("Daum 클린센터"),
    date="Mon, 09 Sep 2024 11:12:30 +0900",
    subject=ew("[카카오] 요청하신 게시물 처리 결과 (KCSC-240906-03)"),
    reply_to_req=MID["KCSC-240906-03"],
    body=f"""안녕하세요. 카카오 Daum 클린센터입니다.

요청번호 KCSC-240906-03 관련 처리 결과입니다.

- 티스토리 게시글 <{K_TISTORY_RAW}> : 게시중단 처리 완료
- Daum 카페 게시글 {K[0]}에 대해서는 카페 운영정책 위반으로 블라인드 처리하였습니다.

세 번째 게시글은 카페 운영자 확인 후 다시 알려드리겠습니다.

카카오 Daum 클린센터
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 클린센터 게시중단·블라인드 notice",
    why="Tistory entry (raw Korean path = the percent-encoded requested URL) 게시중단; cafe post 블라인드 (URL followed by particle 에)",
    items={K[1]: "removed", K[0]: "removed"},
)

qp_body = f"""안녕하세요. 카카오 Daum 클린센터입니다.

KCSC-240906-03 건으로 요청하신 카페 게시글에 대한 조치 결과입니다.

{K[2]} 게시글은 삭제 조치되었습니다.

{K[0]} 게시글은 정보통신망법에 따른 임시조치(30일)를 하였습니다.

감사합니다.
"""
case(
    name="daum-qp-cafe",
    **{"from": "cleancenter@kakaocorp.com"}, name_from=ew("Daum 클린센터"),
    date="Tue, 10 Sep 2024 16:55:04 +0900",
    subject=ew("[카카오] 카페 게시글 조치 결과"),
    reply_to_req=MID["KCSC-240906-03"],
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao notice in quoted-printable UTF-8",
    why="one cafe post deleted, the other under 임시조치 (restricted)",
    items={K[2]: "removed", K[0]: "restricted"},
)

case(
    name="daum-dsa-style-sor",
    **{"from": "noreply-legal@kakaocorp.com"}, name_from="Kakao Legal Notice",
    date="Wed, 11 Sep 2024 09:00:12 +0900",
    subject="Statement of reasons - Tistory content (KCSC-240906-03)",
    reply_to_req=MID["KCSC-240906-03"],
    body=f"""STATEMENT OF REASONS

Notice reference: KCSC-240906-03
Service: Tistory (Kakao Corp.)
Content: {K[1]}

Decision: the content was removed.
Territorial scope: all users, worldwide.
Facts relied on: the post invites readers to a paid stock "reading room"
and promises guaranteed returns.
Ground: Kakao Operating Policy, section on fraud and illegal financial
solicitation.
Automated means: none; the decision was taken by a reviewer.

Redress: the uploader may appeal at https://cs.kakao.com/appeal/tistory

Kakao Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, scope, ground, redress)",
    why="a structured decision 'the content was removed' for one named URL (percent-encoded form); appeal link is not an item",
    items={K[1]: "removed"},
)

case(
    name="daum-english-withheld-and-gone",
    **{"from": "cleancenter@kakaocorp.com"}, name_from="Daum Clean Center",
    date="Thu, 12 Sep 2024 13:40:41 +0900",
    subject="Re: KCSC-240906-03 - update",
    reply_to_req=MID["KCSC-240906-03"],
    body=f"""Hello,

Update on KCSC-240906-03:

1) {K[2]}
   Status: access restricted in Korea (국내 접근 제한). The post is hidden
   from users connecting from Korea.

2) {K_TISTORY_RAW}
   Status: not found. The blog was closed by its owner before our review,
   so there is nothing left for us to act on.

Daum Clean Center
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao English per-item status update",
    why="cafe post restricted in Korea; Tistory entry not found (blog closed by owner)",
    items={K[2]: "restricted", K[1]: "not_found"},
)

# --- SOOP (KCSC-240909-04, 2 items)
case(
    name="soop-english-vod-deleted",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Wed, 11 Sep 2024 20:15:49 +0900",
    subject="[SOOP] Result of your request KCSC-240909-04",
    reply_to_req=MID["KCSC-240909-04"],
    body=f"""Hello,

We reviewed the two links in your request KCSC-240909-04.

The VOD at {S[0]} has been deleted and the
streamer received a policy warning.

We could not locate the channel post
{S[1]}. It does not exist on our service
(it may have been removed by the streamer before our review).

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) English moderation result",
    why="VOD deleted; post could not be located / does not exist (the hedge is only about why it is gone)",
    items={S[0]: "removed", S[1]: "not_found"},
)

case(
    name="soop-korean-age-limit",
    **{"from": "safety@sooplive.co.kr"}, name_from=ew("SOOP 운영팀"),
    date="Thu, 12 Sep 2024 10:22:05 +0900",
    subject=ew("[SOOP] 신고 게시물 처리 결과 안내"),
    reply_to_req=MID["KCSC-240909-04"],
    body=f"""안녕하세요, SOOP 운영팀입니다.

요청번호 KCSC-240909-04 처리 결과를 안내드립니다.

VOD({S[0]})는 19세 이상 시청 가능하도록 연령 제한 조치하였으며,
방송국 게시글 {S[1]} 은 삭제하였습니다.

SOOP 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP Korean moderation result (연령 제한, 삭제)",
    why="VOD age-restricted (restricted); channel post deleted (URL in brackets, then a separate line)",
    items={S[0]: "restricted", S[1]: "removed"},
)

case(
    name="soop-receipt-with-result",
    **{"from": "help@sooplive.co.kr"}, name_from=ew("SOOP 고객센터"),
    date="Tue, 10 Sep 2024 15:01:37 +0900",
    subject=ew("[SOOP 고객센터] 신고 처리 안내 #SP-0910-3381"),
    body=f"""신고가 정상적으로 접수되었습니다. 접수번호 #SP-0910-3381

[신고 내용]
요청기관: 방송통신심의위원회 (KCSC-240909-04)
신고 대상:
{S[0]}
{S[1]}
신고 사유: 불법 도박 사이트 홍보

[처리 결과]
확인 결과 {S[0]} VOD는 운영정책 위반으로 삭제 처리되었습니다.
방송국 게시글은 담당 부서에서 확인 중입니다.

SOOP 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk receipt that echoes the report and adds a result section",
    why="acknowledgement phrase plus an unhedged statement (VOD deleted); the echoed report and '확인 중' leave the post pending",
    items={S[0]: "removed", S[1]: "pending"},
)

# --- Clien (KCSC-240910-05, 1 item)
case(
    name="clien-sole-deleted",
    **{"from": "admin@clien.net"}, name_from=ew("클리앙 운영진"),
    date="Wed, 11 Sep 2024 12:40:18 +0900",
    subject="Re: [KCSC-240910-05] " + ew("명예훼손 게시물 삭제 요청"),
    reply_to_req=MID["KCSC-240910-05"],
    body="""안녕하세요, 클리앙 운영진입니다.

KCSC-240910-05로 요청하신 게시물은 운영진 확인 후 삭제 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short community-admin reply without the URL",
    why="one-item request; 'the requested post was deleted' applies to its only item",
    items={C[0]: "removed"},
)

case(
    name="clien-kept-with-reason",
    **{"from": "admin@clien.net"}, name_from=ew("클리앙 운영진"),
    date="Thu, 12 Sep 2024 17:09:55 +0900",
    subject="Re: [KCSC-240910-05] " + ew("명예훼손 게시물 삭제 요청"),
    reply_to_req=MID["KCSC-240910-05"],
    body=f"""안녕하세요, 클리앙 운영진입니다.

요청하신 {C[0]} 게시물을
검토하였으나, 특정 개인을 식별할 수 있는 정보가 없고 사이트 이용규칙
위반으로 판단되지 않아 게시물을 유지하기로 하였습니다.

판단에 이견이 있으시면 근거 자료와 함께 회신 부탁드립니다.

클리앙 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="community-admin refusal with its reason (게시물 유지)",
    why="a decision to keep the post because it breaks no rule: rejected (the closing invitation does not undo it)",
    items={C[0]: "rejected"},
)

# --- FM Korea (KCSC-240911-06, 5 items)
case(
    name="fmkorea-numbered-mixed",
    **{"from": "report@fmkorea.com"}, name_from="FM Korea",
    date="Fri, 13 Sep 2024 11:30:00 +0900",
    subject="[FM Korea] Report result / " + ew("신고 처리 결과") + " (KCSC-240911-06)",
    reply_to_req=MID["KCSC-240911-06"],
    body=f"""안녕하세요. 에펨코리아 운영팀입니다. / Hello, this is the FM Korea team.

KCSC-240911-06 처리 결과 / result:

1) {F[0]} — 삭제 (removed)
2) {F[1]} — 삭제 (removed)
3) {F[2]} — 원글 삭제로 베스트 게시판에서도 삭제됨
4) {F[3]} — 작성자가 이미 삭제한 글 (already deleted by its author)
5) {F[4]}
   — 유지: 해외축구 게시판 이용규칙 위반 아님 (kept: no rule violation)

에펨코리아 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English numbered result list",
    why="three removed, one already deleted by its author (not_found), one kept with a reason (rejected)",
    items={F[0]: "removed", F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "rejected"},
)

fm_html = f"""<html><body>
<p>안녕하세요. 에펨코리아 운영팀입니다.</p>
<p>요청번호 KCSC-240911-06 중 아래 게시물의 조치 내역을 알려드립니다.</p>
<table border="1">
<thead><tr><th>URL</th><th>조치</th></tr></thead>
<tbody>
<tr><td><a href="{html_esc(F[0])}">{html_esc(F[0])}</a></td><td>삭제</td></tr>
<tr><td><a href="{html_esc(F[1])}">{html_esc(F[1])}</a></td><td>삭제</td></tr>
<tr><td><a href="{html_esc(F[4])}">{html_esc(F[4])}</a></td><td>성인 인증 후 열람으로 전환 (연령 제한)</td></tr>
</tbody></table>
<p>에펨코리아 운영팀 드림</p>
</body></html>
"""
case(
    name="fmkorea-base64-html",
    **{"from": "report@fmkorea.com"}, name_from="FM Korea",
    date="Thu, 12 Sep 2024 19:44:21 +0900",
    subject=ew("[에펨코리아] 게시물 조치 내역"),
    reply_to_req=MID["KCSC-240911-06"],
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(fm_html.encode("utf-8"))}
""",
    outcome="applied", classification="confirmation",
    imitates="base64-encoded HTML table from a board's mail system",
    why="two posts deleted, one switched to adult-verification viewing (age-restricted: restricted)",
    items={F[0]: "removed", F[1]: "removed", F[4]: "restricted"},
)

case(
    name="fmkorea-fullwidth-brackets",
    **{"from": "report@fmkorea.com"}, name_from="FM Korea",
    date="Fri, 13 Sep 2024 15:18:09 +0900",
    subject="Re: KCSC-240911-06",
    reply_to_req=MID["KCSC-240911-06"],
    body=f"""에펨코리아 운영팀입니다.

문의하신 두 게시물 건입니다.
게시물（{F[1]}）은 삭제되었고, 게시물（{F[3]}）은 존재하지 않는 글입니다．

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean reply typed with full-width brackets (IME)",
    why="URLs inside full-width brackets: one deleted, one does not exist",
    items={F[1]: "removed", F[3]: "not_found"},
)

# --- Ppomppu (KCSC-240912-07, 3 items)
case(
    name="ppomppu-wrapped-angle-url",
    **{"from": "report@ppomppu.co.kr"}, name_from=ew("뽐뿌 운영팀"),
    date="Fri, 13 Sep 2024 10:05:17 +0900",
    subject="Re: [KCSC-240912-07] " + ew("마약류 판매 게시물 삭제 요청"),
    reply_to_req=MID["KCSC-240912-07"],
    body=f"""뽐뿌 운영팀입니다.

요청하신 게시물 2건 처리 결과입니다.

<https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&
no=9123401>
  삭제 처리 완료

<{P[1]}>
  삭제 처리 완료

나머지 1건은 모바일 게시판 담당자가 확인 후 회신드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose mail client wrapped a long URL inside angle brackets",
    why="both posts deleted; the first URL is wrapped inside <...> (RFC 3986 app. C) and is still the requested one",
    items={P[0]: "removed", P[1]: "removed"},
)

case(
    name="ppomppu-statement-then-url",
    **{"from": "report@ppomppu.co.kr"}, name_from=ew("뽐뿌 운영팀"),
    date="Mon, 16 Sep 2024 14:27:40 +0900",
    subject="Re: [KCSC-240912-07] " + ew("추가 처리 결과"),
    reply_to_req=MID["KCSC-240912-07"],
    body=f"""안녕하세요, 뽐뿌 운영팀입니다.

아래 게시물은 운영정책(불법 거래 금지) 위반으로 삭제하였습니다:
{P[2]}

아래 게시물은 이미 삭제되어 더 이상 확인되지 않습니다:
{P[0]}

뽐뿌 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="statement first, URL on the line below it",
    why="stock-board post deleted; free-board post already gone (not_found)",
    items={P[2]: "removed", P[0]: "not_found"},
)

csv_pp = ("게시물주소,처리결과,처리일\r\n"
          f"{P[0]},삭제,2024-09-13\r\n"
          f"{P[1]},게시중단,2024-09-13\r\n"
          f"{P[2]},해당 게시물 없음,2024-09-13\r\n")
PP_TEXT_B64 = b64("요청번호 KCSC-240912-07 처리 결과 파일을 첨부합니다.\r\n뽐뿌 운영팀\r\n".encode("euc-kr"))
case(
    name="ppomppu-csv-euckr",
    **{"from": "report@ppomppu.co.kr"}, name_from="Ppomppu",
    date="Fri, 13 Sep 2024 18:50:02 +0900",
    subject="[KCSC-240912-07] result.csv",
    reply_to_req=MID["KCSC-240912-07"],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_PP_957_1"

------=_PP_957_1
Content-Type: text/plain; charset=euc-kr
Content-Transfer-Encoding: base64

{PP_TEXT_B64}
------=_PP_957_1
Content-Type: text/csv; charset=euc-kr; name="result.csv"
Content-Disposition: attachment; filename="result.csv"
Content-Transfer-Encoding: base64

{b64(csv_pp.encode("euc-kr"))}
------=_PP_957_1--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean office export: EUC-KR text and CSV attachment",
    why="CSV in EUC-KR (declared): 삭제 and 게시중단 removed, 해당 게시물 없음 not_found",
    items={P[0]: "removed", P[1]: "removed", P[2]: "not_found"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-korean",
    **{"from": "policy@navercorp.com"}, name_from=ew("네이버 고객센터"),
    date="Fri, 06 Sep 2024 09:41:26 +0900",
    subject="Re: [KCSC-240905-02] " + ew("개인정보 노출 게시물 조치 요청"),
    reply_to_req=MID["KCSC-240905-02"],
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 아래 게시물 4건은 담당 부서에서 검토 후 9월 12일까지 조치할
예정입니다.

- {N[0]}
- {N[1]}
- {N[2]}
- {N[3]}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="NAVER interim reply promising action by a date",
    why="a promise (조치할 예정) about named items is no statement; nothing applies",
    items={N[0]: "pending", N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="dc-hedge-english",
    **{"from": "global@dcinside.com"}, name_from="DC Inside Global Support",
    date="Wed, 04 Sep 2024 18:22:50 +0900",
    subject="Re: Request KCSC-240903-01",
    reply_to_req=MID["KCSC-240903-01"],
    body=f"""Hi,

Quick note on two of the posts in KCSC-240903-01:

{D[0]}
{D[1]}

Both appear to have been deleted already, possibly by the gallery manager.
We will confirm once our log check is finished.

DC Inside Global Support
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="English support note with a hedged observation",
    why="'appear to have been deleted' plus 'we will confirm' is a hedge, not a statement",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="dc-bulk-all-14",
    **{"from": "report@dcinside.com"}, name_from=ew("디시인사이드 신고센터"),
    date="Thu, 05 Sep 2024 09:12:03 +0900",
    subject="Re: [KCSC-240903-01] " + ew("처리 완료"),
    reply_to_req=MID["KCSC-240903-01"],
    body="""안녕하세요. 디시인사이드 신고센터입니다.

KCSC-240903-01 요청 14건 전부 삭제 완료했습니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line bulk completion from a community site",
    why="all fourteen said deleted without naming any: bulk, items stay pending",
    items={u: "pending" for u in D},
)

case(
    name="fmkorea-bulk-korean",
    **{"from": "report@fmkorea.com"}, name_from="FM Korea",
    date="Thu, 12 Sep 2024 14:00:41 +0900",
    subject="Re: KCSC-240911-06",
    reply_to_req=MID["KCSC-240911-06"],
    body="""에펨코리아 운영팀입니다.

KCSC-240911-06 건으로 신고하신 게시물은 모두 삭제 처리하였습니다.
작성자 계정은 이용 정지되었습니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="bulk completion naming only the reference",
    why="'all reported posts deleted' for a five-item request: bulk",
    items={u: "pending" for u in F},
)

case(
    name="dc-forged-auth-fail",
    **{"from": "report@dcinside.com"}, name_from=ew("디시인사이드 신고센터"), auth="fail",
    date="Wed, 04 Sep 2024 02:17:59 +0900",
    subject=ew("[디시인사이드] 게시물 처리 결과 안내 (KCSC-240903-01)"),
    body=f"""안녕하세요. 디시인사이드 신고센터입니다.

요청하신 게시물은 아래와 같이 삭제되었습니다.

{D[0]} 삭제
{D[1]} 삭제
{D[2]} 삭제

처리 내역 확인: http://dcinside-report.example.net/check?ref=KCSC-240903-01
""",
    outcome="review", review="untrusted",
    imitates="spoofed platform notice (DMARC fail) with an outside link",
    why="From dcinside.com but DKIM/SPF/DMARC fail: nothing applies",
    items={D[0]: "pending", D[1]: "pending", D[2]: "pending"},
)

case(
    name="gallery-manager-gmail",
    **{"from": "totomanager.gall@gmail.com"}, name_from=ew("토토톡 매니저"),
    date="Wed, 04 Sep 2024 22:48:15 +0900",
    subject="Re: " + ew("디시 토토 마이너갤 게시물 건"),
    body=f"""안녕하세요. 디시인사이드 토토톡 마이너 갤러리 매니저입니다.

운영팀에서 협조 요청을 전달받아 아래 두 글은 제가 직접 삭제했습니다.

{D[2]}
{D[3]}

확인 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal webmail address",
    why="a gmail.com sender is not DC Inside; the claims are kept for a person to judge",
    items={D[2]: "pending", D[3]: "pending"},
)

case(
    name="daum-about-naver-cafe",
    **{"from": "cleancenter@kakaocorp.com"}, name_from=ew("Daum 클린센터"),
    date="Fri, 06 Sep 2024 16:09:33 +0900",
    subject="Re: [KCSC-240905-02] " + ew("개인정보 노출 게시물 조치 요청"),
    reply_to_req=MID["KCSC-240905-02"],
    body=f"""안녕하세요, 카카오 Daum 클린센터입니다.

보내주신 주소 {N[1]} 는 Daum 카페가 아닌
네이버 카페 게시물로, 당사 서비스에는 존재하지 않는 게시물입니다.
해당 서비스 사업자에게 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="portal telling the regulator the link belongs to another service",
    why="Kakao states 'does not exist on our service' about a NAVER item: wrong platform, nothing applies",
    items={N[1]: "pending"},
)

case(
    name="naver-conditional-notice",
    **{"from": "policy@navercorp.com"}, name_from=ew("네이버 고객센터"),
    date="Mon, 09 Sep 2024 10:03:18 +0900",
    subject="Re: [KCSC-240905-02] " + ew("개인정보 노출 게시물 조치 요청"),
    reply_to_req=MID["KCSC-240905-02"],
    body=f"""안녕하세요, 네이버 고객센터입니다.

{N[0]} 게시물에 대하여 게시자에게 소명 기회를 부여하였습니다.
7일 이내에 소명이 없을 경우 해당 게시물은 게시중단될 예정입니다.

결과는 추후 안내드리겠습니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="NAVER notice of a pending author hearing (소명 기회)",
    why="게시중단 is conditional and in the future: the item stays pending",
    items={N[0]: "pending"},
)

case(
    name="soop-asks-documents",
    **{"from": "safety@sooplive.co.kr"}, name_from=ew("SOOP 운영팀"),
    date="Tue, 10 Sep 2024 11:26:52 +0900",
    subject="Re: [KCSC-240909-04] " + ew("자료 요청"),
    reply_to_req=MID["KCSC-240909-04"],
    body=f"""안녕하세요, SOOP 운영팀입니다.

아래 두 건의 검토를 위해 심의 의결서(공문) 원본과 위반 법령 조항을
보내주시면 확인 후 조치하겠습니다.

{S[0]}
{S[1]}

자료는 본 메일에 회신으로 첨부해 주시기 바랍니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform asking the regulator for the official decision document",
    why="a request for documents about named items; nothing stated",
    items={S[0]: "pending", S[1]: "pending"},
)

case(
    name="clien-policy-newsletter",
    **{"from": "admin@clien.net"}, name_from=ew("클리앙"),
    date="Fri, 13 Sep 2024 08:00:00 +0900",
    subject=ew("[클리앙] 사이트 이용규칙 개정 안내"),
    body="""안녕하세요, 클리앙입니다.

2024년 10월 1일부터 사이트 이용규칙 일부가 개정됩니다.

- 홍보성 게시물 기준 명확화
- 신고 처리 절차 및 이의제기 방법 안내 추가

개정 전문: https://www.clien.net/service/board/rule/policy-2024

감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="site-wide policy-change notice mailed to registered contacts",
    why="trusted Clien mail that names no item and no request",
    items={},
)

case(
    name="ppomppu-forged-auth-fail",
    **{"from": "report@ppomppu.co.kr"}, name_from=ew("뽐뿌 운영팀"), auth="fail",
    date="Sat, 14 Sep 2024 03:33:12 +0900",
    subject="Re: [KCSC-240912-07] " + ew("처리 완료"),
    body=f"""뽐뿌 운영팀입니다.

{P[0]} , {P[1]} 두 게시물 삭제했습니다.
""",
    outcome="review", review="untrusted",
    imitates="Korean notice from a platform domain failing DMARC",
    why="authentication fails for ppomppu.co.kr: nothing applies",
    items={P[0]: "pending", P[1]: "pending"},
)

case(
    name="daum-table-vs-text",
    **{"from": "cleancenter@kakaocorp.com"}, name_from=ew("Daum 클린센터"),
    date="Fri, 13 Sep 2024 10:10:10 +0900",
    subject=ew("[카카오] 처리 결과 정정 안내 (KCSC-240906-03)"),
    reply_to_req=MID["KCSC-240906-03"],
    body=f"""안녕하세요, 카카오 Daum 클린센터입니다.

[처리 결과]
게시물: {K[0]}
조치: 삭제

[검토 의견]
위 카페 게시글은 재검토 결과 운영정책 위반 사항이 확인되지 않아
정상 게시 유지됩니다. 앞서 안내드린 결과와 다를 수 있는 점 양해 부탁드립니다.
""",
    outcome="review", review="conflicting_statements", classification="confirmation",
    imitates="template result block contradicted by the reviewer's comment below it",
    why="the same post is called deleted (삭제) and kept (유지): a person must decide",
    items={K[0]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-ooo-korean",
    **{"from": "hyejin.seo@navercorp.com"}, name_from="Seo Hyejin",
    date="Mon, 09 Sep 2024 09:00:05 +0900",
    subject=ew("[자동회신] Re: [KCSC-240905-02] 개인정보 노출 게시물 조치 요청"),
    reply_to_req=MID["KCSC-240905-02"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 서혜진입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
게시물 조치 관련 긴급한 건은 policy@navercorp.com 으로 보내주시기 바랍니다.

I am out of the office until 13 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply (부재중 자동회신)",
    why="auto-reply; nothing about items",
    items={},
)

case(
    name="daum-ooo-english",
    **{"from": "minsoo.kang@kakaocorp.com"}, name_from="Minsoo Kang",
    date="Sat, 07 Sep 2024 08:14:00 +0900",
    subject="Automatic reply: KCSC-240906-03",
    reply_to_req=MID["KCSC-240906-03"],
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Thank you for your email. I am out of the office until Monday,
16 September, with limited access to email. For urgent Daum Clean Center
matters please contact cleancenter@kakaocorp.com.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="auto-reply quoting only the reference",
    items={},
)

dsn_orig = our_request("KCSC-240911-06", F)
case(
    name="fmkorea-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Wed, 11 Sep 2024 10:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B957.1726016441/mx.kcsc.example"

--B957.1726016441/mx.kcsc.example
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<reports@fmkorea.com>: host mx1.fmkorea.com[203.0.113.45] said: 550 5.1.1
    <reports@fmkorea.com>: Recipient address rejected: User unknown

--B957.1726016441/mx.kcsc.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 10:00:39 +0900

Final-Recipient: rfc822; reports@fmkorea.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.fmkorea.com
Diagnostic-Code: smtp; 550 5.1.1 <reports@fmkorea.com>: Recipient address
    rejected: User unknown

--B957.1726016441/mx.kcsc.example
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: reports@fmkorea.com
Subject: [KCSC-240911-06] request
Message-ID: <{MID["KCSC-240911-06"]}@kcsc.example>
Date: Wed, 11 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--B957.1726016441/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning our request",
    why="bounce of our own request; the URLs are in the returned copy",
    items={},
)

pp_orig = our_request("KCSC-240912-07", P)
case(
    name="ppomppu-bounce-korean",
    **{"from": "postmaster@ppomppu.co.kr"}, name_from=ew("메일 시스템"),
    date="Thu, 12 Sep 2024 10:01:15 +0900",
    subject=ew("[반송] 메일이 전달되지 않았습니다"),
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="=_ppbounce_957"

--=_ppbounce_957
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일이 아래 수신자에게 전달되지 못하고 반송되었습니다.

수신자: report@ppomppu.co.kr
사유: 수신자 메일함 용량 초과 (552 5.2.2 Mailbox full)

원본 메일 일부:
{pp_orig}

--=_ppbounce_957
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.ppomppu.co.kr

Final-Recipient: rfc822; report@ppomppu.co.kr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--=_ppbounce_957--
""",
    outcome="ignored", classification="bounce",
    imitates="Korean mail server bounce (반송 안내) with the original text inline",
    why="a bounce from the platform's own postmaster; ignored whoever sends it",
    items={},
)

case(
    name="dc-read-receipt",
    **{"from": "report@dcinside.com"}, name_from="DCinside Report",
    date="Tue, 03 Sep 2024 10:26:30 +0900",
    subject=ew("읽음: [KCSC-240903-01] 불법 도박 홍보 게시물 삭제 요청"),
    reply_to_req=MID["KCSC-240903-01"],
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn_dc_957"

--mdn_dc_957
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신인이 2024-09-03 10:26 에 읽었습니다.

--mdn_dc_957
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; report@dcinside.com
Original-Message-ID: <{MID["KCSC-240903-01"]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_dc_957--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, 읽음 확인)",
    why="read receipt only",
    items={},
)

case(
    name="clien-ticket-receipt",
    **{"from": "noreply@clien.net"}, name_from=ew("클리앙 고객센터"),
    date="Tue, 10 Sep 2024 10:00:49 +0900",
    subject=ew("[클리앙] 문의가 접수되었습니다 (접수번호 CLN-0910-2231)"),
    reply_to_req=MID["KCSC-240910-05"],
    body="""문의가 정상적으로 접수되었습니다.

접수번호: CLN-0910-2231
제목: [KCSC-240910-05] 명예훼손 게시물 삭제 요청

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt (문의 접수 완료)",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="soop-zendesk-receipt",
    **{"from": "support@sooplive.com"}, name_from="SOOP Support",
    date="Mon, 09 Sep 2024 09:31:20 +0900",
    subject="[SOOP Support] Re: KCSC-240909-04 (Request #88123)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (#88123) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

SOOP Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style request-received notification",
    why="ticket receipt; no item named",
    items={},
)

HEADER = """# blind957: Korean portals and community sites (see NOTES.md).
# Written from each email's meaning alone, before any run of the reader.
# Generated by make.py; do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
