#!/usr/bin/env python3
"""Blind set 963: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, FM Korea, Inven), Korean and English mixed, with the
doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind963/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails. All names, URLs and ids are fictional.
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

SET = "blind963"


def enc(s):
    """RFC 2047 encoded-word (UTF-8, base64) for a header value."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def single(text, ctype="plain", cte="quoted-printable"):
    body = qp(text) if cte == "quoted-printable" else b64(text)
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{body}\n")


# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/goldhands77/223571120045",
    2: "https://blog.naver.com/goldhands77/223571198812",
    3: "https://blog.naver.com/seoul_bettingking/223560014477",
    4: "https://cafe.naver.com/stockleaders/88213",
    5: "https://cafe.naver.com/stockleaders/88240",
    6: "https://cafe.naver.com/%EC%A3%BC%EC%8B%9D%EB%A6%AC%EB%94%A9%EB%B0%A9/5521",
    7: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40308&docId=471203318",
    8: "https://tv.naver.com/v/58120331",
    9: "https://blog.naver.com/mintcoin_kr/223580077120",
    10: "https://cafe.naver.com/joonggomarketkr/1130284",
    11: "https://post.naver.com/viewer/postView.naver?volumeNo=38120554&memberNo=51200187",
    12: "https://blog.naver.com/seoul_bettingking/223560099310",
    13: "https://cafe.naver.com/stockleaders/88301",
    14: "https://in.naver.com/hanbyeol_toto/contents/internal/701554210338112",
}
N6_RAW = "https://cafe.naver.com/주식리딩방/5521"
D = {
    1: "https://cafe.daum.net/casinoroyale24/Rf7Q/311",
    2: "https://cafe.daum.net/casinoroyale24/Rf7Q/318",
    3: "https://cafe.daum.net/%ED%86%A0%ED%86%A0%EB%B6%84%EC%84%9D/abc1/77",
    4: "https://gamsung7.tistory.com/412",
}
D3_RAW = "https://cafe.daum.net/토토분석/abc1/77"
C = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=11823344",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=bitcoins_new1&no=2290415",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=bitcoins_new1&no=2290477",
    4: "https://gall.dcinside.com/mini/board/view/?id=sportstoto77&no=5120",
    5: "https://gall.dcinside.com/board/view/?id=dcbest&no=281455",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131772045",
    2: "https://ch.sooplive.co.kr/nightowl0912/post/145500321",
    3: "https://vod.sooplive.co.kr/player/131790512",
}
P = {
    1: "https://pann.nate.com/talk/373015221",
    2: "https://pann.nate.com/talk/373015988",
}
F = {1: "https://www.fmkorea.com/7302211845"}
I = {
    1: "https://www.inven.co.kr/board/lostark/5355/412077",
    2: "https://www.inven.co.kr/board/maple/5974/3390012",
}

R_NAVER, R_DAUM, R_DC, R_SOOP, R_NATE, R_FMK, R_INVEN = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07")

REQUESTS = [
    # ref, platform, sent_at, due_at, items, category, note
    (R_NAVER, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", N, "illegal_finance",
     "unregistered investment advice and betting promotion on blogs, cafes, KnowledgeiN, TV, Post, iN"),
    (R_DAUM, "daum", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", D, "gambling",
     "Daum cafes and a Tistory blog promoting an unlicensed casino"),
    (R_DC, "dcinside", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00", C, "illegal_finance",
     "gallery posts recruiting for a pump-and-dump chat room"),
    (R_SOOP, "soop", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", S, "obscenity",
     "two VODs and one channel post"),
    (R_NATE, "nate", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", P, "privacy",
     "Pann posts disclosing a private person's details"),
    (R_FMK, "fmkorea", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00", F, "drugs",
     "one post advertising drug sales via a messenger id"),
    (R_INVEN, "inven", "2024-09-11T10:30:00+09:00", "2024-09-18T18:00:00+09:00", I, "gambling",
     "game-board posts advertising illegal item-betting sites"),
]


def mid(ref):
    return f"{ref}.req@kcsc.example"


def rmid(ref):  # value for corpuslib's reply_to_req (adds @kcsc.example)
    return f"{ref}.req"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, items, cat, note in REQUESTS:
        for k in sorted(items):
            w.writerow([ref, plat, sent, due, items[k], cat, mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def our_request_lines(ref, urls):
    """The regulator's own request text (as quoted back by platforms)."""
    lines = [
        "안녕하십니까, 방송통신심의위원회입니다.",
        f"아래 정보에 대하여 시정요구(삭제)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다. (요청번호 {ref})",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return lines


def quoted(ref, urls, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in our_request_lines(ref, urls))


NAVER_POLICY = "https://help.naver.com/service/5633/contents/19009?lang=ko"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
# A1 ------------------------------------------------------------------------
rows = [
    (N[1], N[1], "삭제", "-"),
    (N[2], N[2], "삭제", "-"),
    (N[3], N[3], "게시중단", "블로그 게시물"),
    (N[4], N[4], "임시조치", "30일간 접근 차단"),
    (N[5], N[5], "블라인드", "카페 운영원칙 위반"),
    (N[6], N6_RAW, "해당 게시물 없음", "작성자 삭제(9/2)"),
]
tr = "\n".join(
    f'<tr><td>{i}</td><td><a href="{h}">{t}</a></td><td>{r}</td><td>{n}</td></tr>'
    for i, (h, t, r, n) in enumerate(rows, 1))
case(
    name="naver-kcsc-result-table-html", frm="policy@navercorp.com", name_from=enc("NAVER 정책지원"),
    date="Fri, 06 Sep 2024 17:42:05 +0900",
    subject=enc(f"[NAVER] 시정요구 조치결과 회신 ({R_NAVER})"), reply_to_req=rmid(R_NAVER),
    type="html",
    body=f"""<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회의 시정요구({R_NAVER})에 대한 조치결과를 아래와 같이 회신드립니다.
나머지 게시물은 처리 완료 후 별도로 회신드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{tr}
</table>
<p>네이버 게시물 운영정책: <a href="{NAVER_POLICY}">{NAVER_POLICY}</a></p>
<p>NAVER Corp. 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 table (삭제/게시중단/임시조치/블라인드/게시물 없음)",
    why="trusted NAVER table: four takedowns, one 임시조치 (restricted), one post already deleted by its author",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted", N[5]: "removed",
           N[6]: "not_found"},
)

# A2 ------------------------------------------------------------------------
csv_rows = [
    ["No", "URL", "처리결과", "사유"],
    ["7", N[7], "삭제", "미등록 투자자문 광고"],
    ["8", N[8], "연령 제한(19세)", "청소년 유해"],
    ["9", N[9], "삭제", ""],
    ["10", N[10], "게시물 없음", "이미 삭제된 게시물"],
    ["11", N[11], "조치 불가", "운영정책 위반 확인되지 않음, 게시 유지"],
    ["12", N[12], "게시중단", ""],
    ["13", N[13], "삭제", ""],
    ["14", N[14], "접근 제한", "19세 미만 이용자 접근 제한"],
]
cb = io.StringIO()
csv.writer(cb, lineterminator="\r\n").writerows(csv_rows)
csv_b64 = base64.encodebytes(("\ufeff" + cb.getvalue()).encode("utf-8")).decode("ascii").rstrip("\n")
case(
    name="naver-csv-attachment-remaining-eight", frm="policy@navercorp.com", name_from=enc("NAVER 정책지원"),
    date="Mon, 09 Sep 2024 11:05:40 +0900",
    subject=enc(f"RE: [NAVER] 시정요구 조치결과 회신 ({R_NAVER}) - 2차"), reply_to_req=rmid(R_NAVER),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_7f3a91"

--=_nv_7f3a91
{single(f'''안녕하세요. 네이버 정책지원팀입니다.

{R_NAVER} 건 중 나머지 8건(7번~14번)의 처리 결과를 첨부 파일(CSV)로 송부드립니다.
파일의 '처리결과' 열을 확인해 주시기 바랍니다.

감사합니다.
NAVER Corp. 정책지원팀''').rstrip()}
--=_nv_7f3a91
Content-Type: text/csv; charset=utf-8; name="result_{R_NAVER}_2.csv"
Content-Disposition: attachment; filename="result_{R_NAVER}_2.csv"
Content-Transfer-Encoding: base64

{csv_b64}
--=_nv_7f3a91--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result spreadsheet exported as CSV (Excel 'CSV UTF-8' with BOM) attached to a short cover note",
    why="CSV rows: deleted, age-restricted, deleted, not found, kept (refusal with reason), 게시중단, deleted, access restricted",
    items={N[7]: "removed", N[8]: "restricted", N[9]: "removed", N[10]: "not_found", N[11]: "rejected",
           N[12]: "removed", N[13]: "removed", N[14]: "restricted"},
)

# A3 ------------------------------------------------------------------------
case(
    name="naver-bare-url-status-below", frm="help@naver.com", name_from=enc("네이버 고객센터"),
    date="Thu, 05 Sep 2024 09:12:33 +0900",
    subject=enc("[네이버 고객센터] 블로그 게시물 처리 결과 안내"),
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 블로그 게시물의 처리 결과를 안내드립니다.

{N[3]}
→ 게시중단 처리 완료 (불법 도박 홍보)

{N[12]}
→ 게시중단 처리 완료 (불법 도박 홍보)

해당 블로그 운영자에게는 운영정책에 따른 이용 제한 안내가 함께 발송되었습니다.

※ 본 메일은 발신 전용이 아닙니다. 추가 문의는 회신해 주세요.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer: each bare URL with its 처리 결과 on the line below",
    why="two blog posts, each stated 게시중단 처리 완료 on the line under its URL",
    items={N[3]: "removed", N[12]: "removed"},
)

# A4 ------------------------------------------------------------------------
case(
    name="naver-outlook-top-posted-english", frm="jiyoon.park@navercorp.com", name_from="Jiyoon Park",
    date="Wed, 04 Sep 2024 16:20:11 +0900",
    subject=enc(f"RE: [{R_NAVER}] 불법정보 시정요구"),
    reply_to_req=rmid(R_NAVER),
    body=f"""Dear KCSC team,

Regarding your request {R_NAVER}: the NAVER TV clip {N[8]} has been
age-restricted. It can now only be played by signed-in users who are
verified as 19 or older.

The other items in your list are being handled by the respective service
teams (Blog, Cafe, KnowledgeiN); they will reply to you directly.

Best regards,
Jiyoon Park | NAVER TV Content Policy

From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [{R_NAVER}] 불법정보 시정요구

""" + "\n".join(our_request_lines(R_NAVER, [N[k] for k in sorted(N)])) + "\n",
    outcome="applied", classification="confirmation",
    imitates="English staff reply top-posted over an Outlook-style header block and the unquoted original request",
    why="only the TV clip is stated (age-restricted); the other 13 URLs are in the quoted original below 'From: ... Sent:'",
    items={N[8]: "restricted"},
)

# A5 ------------------------------------------------------------------------
case(
    name="naver-post-kept-with-reason", frm="post_help@navercorp.com", name_from=enc("네이버 포스트 운영팀"),
    date="Tue, 10 Sep 2024 14:48:02 +0900",
    subject=enc(f"[네이버 포스트] 게시중단 요청 검토 결과 ({R_NAVER})"),
    body=f"""안녕하세요. 네이버 포스트 운영팀입니다.

요청하신 포스트 게시물({N[11]})을 검토하였습니다.

해당 게시물은 공개된 공시 자료를 요약한 일반 투자 정보 글로, 특정 종목 매수를 권유하거나
유료 리딩방으로 유인하는 내용이 확인되지 않았습니다. 이에 따라 운영정책 위반에 해당하지 않아
게시를 유지하기로 결정하였습니다.

판단에 이의가 있으신 경우 본 메일로 회신해 주시면 다시 안내드리겠습니다.

네이버 포스트 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal refusal: 검토 결과 운영정책 위반 아님, 게시 유지, with the reason",
    why="a refusal with its reason for the one Post URL in parentheses: rejected",
    items={N[11]: "rejected"},
)

# A6 ------------------------------------------------------------------------
case(
    name="naver-cafe-qp-numbered-list", frm="cafe_admin@naver.com", name_from=enc("네이버 카페 운영팀"),
    date="Thu, 05 Sep 2024 18:03:55 +0900",
    subject=enc("[네이버 카페] 게시물 조치 결과 안내"),
    raw_mime=single(f"""[네이버 카페] 게시물 조치 결과 안내
요청번호: {R_NAVER}

1) {N[4]} : 삭제
2) {N[5]} : 삭제
3) {N[13]} : 게시물 없음 (작성자가 9월 4일 직접 삭제)

카페 'stockleaders'는 카페 운영원칙 위반 누적으로 신규 글쓰기가 제한되었습니다.
카페 운영원칙 안내: https://cafe.naver.com/cafesupport/policy

네이버 카페 운영팀
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe operations notice, quoted-printable, numbered list 'URL : 결과'",
    why="two cafe posts deleted, a third deleted by its author (not_found); the cafe-wide write limit is no item",
    items={N[4]: "removed", N[5]: "removed", N[13]: "not_found"},
)

# A7 ------------------------------------------------------------------------
case(
    name="naver-kin-author-deleted-raw-korean-path", frm="kin_help@naver.com", name_from=enc("지식iN 운영팀"),
    date="Fri, 06 Sep 2024 10:27:19 +0900",
    subject=enc(f"Re: [{R_NAVER}] 지식iN·카페 게시물 처리 결과"), reply_to_req=rmid(R_NAVER),
    body=f"""안녕하세요, 지식iN 운영팀입니다.

지식iN 질문 {N[7]} 은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.
별도의 조치는 필요하지 않습니다.

카페 게시물 {N6_RAW} 은 카페 담당 부서 확인 후 비공개 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER KnowledgeiN answer: question already deleted by its asker, cafe post 비공개 처리 (raw Korean cafe path)",
    why="kin question deleted by its author (not_found); the Korean-path cafe post made private (removed)",
    items={N[7]: "not_found", N[6]: "removed"},
)

# A8 ------------------------------------------------------------------------
case(
    name="naver-echoed-report-fields", frm="report@naver.com", name_from=enc("네이버 신고센터"),
    date="Sat, 07 Sep 2024 08:15:00 +0900",
    subject=enc("[네이버 신고센터] 신고 처리 결과 안내 (2건)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""네이버 신고센터 처리 결과 안내

[1]
신고 번호 : NV-2409-0031877
신고 URL  : {N[9]}
신고 사유 : 불법 금융 (미등록 가상자산 투자 권유)
처리 결과 : 게시중단
처리 일시 : 2024-09-06 16:20

[2]
신고 번호 : NV-2409-0031878
신고 URL  : {N[14]}
신고 사유 : 청소년 유해
처리 결과 : 19세 미만 이용자 접근 제한
처리 일시 : 2024-09-06 16:24

신고센터 이용 안내: https://help.naver.com/service/5633/category/bookmark
본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER report-centre system mail echoing the report form fields (신고 URL / 처리 결과)",
    why="system-generated result mail (not an auto-reply): one 게시중단, one age-based access restriction",
    items={N[9]: "removed", N[14]: "restricted"},
)

# A9 ------------------------------------------------------------------------
case(
    name="naver-gmail-quote-seller-deleted", frm="minseo.kang@navercorp.com", name_from="Minseo Kang",
    date="Wed, 04 Sep 2024 13:40:27 +0900",
    subject=f"Re: [{R_NAVER}] request", reply_to_req=rmid(R_NAVER),
    body=f"""Hi,

About the Joonggonara cafe listing in your request:
{N[10]} no longer exists. The seller deleted it on 3 September,
before our team reached it, so there was nothing left for us to act on.

Kind regards,
Minseo Kang
NAVER Cafe Trust & Safety

On Tue, 3 Sept 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(R_NAVER, [N[k] for k in sorted(N)])}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply in English over the '>'-quoted Korean request",
    why="the one listing is gone, deleted by its seller (not_found); every other URL is only quoted",
    items={N[10]: "not_found"},
)

# A10 -----------------------------------------------------------------------
case(
    name="naver-qp-long-urls-softwrapped", frm="post_help@navercorp.com", name_from=enc("네이버 포스트 운영팀"),
    date="Wed, 11 Sep 2024 15:30:44 +0900",
    subject=enc(f"[네이버] {R_NAVER} 포스트/블로그 조치 안내"),
    raw_mime=single(f"""안녕하세요. 네이버 포스트 운영팀입니다. 요청번호 {R_NAVER} 관련하여 안내드립니다. 네이버 포스트 게시물 {N[11]} 은 재검토 결과 유료 리딩방 유인 문구가 확인되어 발행 취소(비공개) 처리하였고, 블로그 게시물 {N[2]} 은 블로그팀에서 삭제하였습니다. 감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="one-paragraph Korean notice whose long lines and URLs are split by quoted-printable soft line breaks",
    why="Post unpublished/made private (removed) and blog post deleted; both URLs are whole once QP is decoded",
    items={N[11]: "removed", N[2]: "removed"},
)

# A11 -----------------------------------------------------------------------
case(
    name="daum-temporary-measure-notice", frm="right@kakaocorp.com", name_from=enc("Daum 권리침해신고센터"),
    date="Thu, 05 Sep 2024 10:02:37 +0900",
    subject=enc(f"[Daum] 게시물 임시조치 결과 안내 ({R_DAUM})"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청번호 {R_DAUM}로 요청하신 아래 게시물에 대하여 정보통신망법 제44조의2에 따라
30일간 임시조치(접근 차단)를 진행하였습니다.

 - {D[1]}
 - {D[2]}

임시조치 기간 동안 게시자의 재게시 요청이 없으면 해당 게시물은 삭제됩니다.
임시조치 안내: https://cs.daum.net/faq/95/7580.html

카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 권리침해신고센터 30-day 임시조치 notice",
    why="both cafe posts under 임시조치 (access blocked 30 days): restricted; the later deletion is only conditional",
    items={D[1]: "restricted", D[2]: "restricted"},
)

# A12 -----------------------------------------------------------------------
html12 = f"""<html><body>
<p>안녕하세요. 카카오 운영정책팀입니다.</p>
<p>요청번호 {R_DAUM} 중 아래 2건의 처리 결과를 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>서비스</th><th>게시물 주소</th><th>처리 결과</th></tr></thead>
<tbody>
<tr><td>Daum 카페</td><td><a href="{D[3]}">{D3_RAW}</a></td><td>삭제</td></tr>
<tr><td>티스토리</td><td><a href="{D[4]}">{D[4]}</a></td><td>블라인드 처리</td></tr>
</tbody></table>
<p style="color:#888">카카오 운영정책: <a href="https://www.kakao.com/policy/oppolicy">https://www.kakao.com/policy/oppolicy</a></p>
</body></html>"""
case(
    name="daum-base64-html-table", frm="policy@kakaocorp.com", name_from=enc("카카오 운영정책팀"),
    date="Fri, 06 Sep 2024 19:11:08 +0900",
    subject=enc(f"[카카오] {R_DAUM} 처리 결과"),
    raw_mime=single(html12, ctype="html", cte="base64"),
    outcome="applied", classification="confirmation",
    imitates="Kakao operations-policy result mail: base64 HTML table (service / address / result)",
    why="Korean-path Daum cafe post deleted, Tistory post blinded: both removed",
    items={D[3]: "removed", D[4]: "removed"},
)

# A13 -----------------------------------------------------------------------
case(
    name="daum-english-mixed-results", frm="safety@kakaocorp.com", name_from="Kakao Trust & Safety",
    date="Mon, 09 Sep 2024 09:45:50 +0900",
    subject=f"[Kakao] Results for {R_DAUM}", reply_to_req=rmid(R_DAUM),
    body=f"""Hello, this is Kakao Trust & Safety (카카오 세이프티).

Results for {R_DAUM}:

- {D[1]} : deleted (삭제)
- {D[2]} : we could not find this post. The link returns
  "존재하지 않는 게시물입니다" (post does not exist).

We are still looking at the other two links and will follow up.

Kakao Trust & Safety
https://www.kakao.com/trust
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Trust & Safety English reply with Korean glosses, bulleted",
    why="one cafe post deleted, one cannot be found; the other two links are only promised",
    items={D[1]: "removed", D[2]: "not_found"},
)

# A14 -----------------------------------------------------------------------
case(
    name="daum-tistory-statement-of-reasons", frm="dsa-notice@kakaocorp.com", name_from="Kakao",
    date="Tue, 10 Sep 2024 22:05:13 +0900",
    subject="Statement of reasons - content decision (Tistory)",
    body=f"""STATEMENT OF REASONS

Notice reference : {R_DAUM}
Service          : Tistory
Content          : {D[4]}

Decision         : Removal of the content
Territorial scope: All countries
Ground           : Illegal content - promotion of unlicensed online
                   gambling (Korean National Sports Promotion Act)
Automated means  : Not used for detection or decision
Date of decision : 2024-09-10

The blog owner has been informed and may appeal at
https://cs.kakao.com/helps?service=175
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision / territorial scope / ground / redress)",
    why="removal of the Tistory post in all countries: removed; the appeal link is no item",
    items={D[4]: "removed"},
)

# A15 -----------------------------------------------------------------------
case(
    name="dc-operator-bullets-five", frm="cs@dcinside.com", name_from=enc("디시인사이드 운영팀"),
    date="Mon, 09 Sep 2024 11:20:05 +0900",
    subject=enc(f"[디시인사이드] {R_DC} 조치 결과"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.
{R_DC} 건 조치 결과 알려드립니다.

· {C[1]} - 운영자 삭제
· {C[2]} - 삭제 및 작성자 IP 차단
· {C[3]} - 삭제
· {C[4]} - 작성자가 이미 삭제한 글로 확인됨
· {C[5]} - 검토 결과 위반 사항이 확인되지 않아 게시 유지

문의: https://gall.dcinside.com/board/lists/?id=helpdesk
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team list reply (운영자 삭제 / 작성자 삭제 / 게시 유지)",
    why="three deletions, one post already deleted by its author, one kept after review",
    items={C[1]: "removed", C[2]: "removed", C[3]: "removed", C[4]: "not_found", C[5]: "rejected"},
)

# A16 -----------------------------------------------------------------------
case(
    name="dc-statement-then-urls-below", frm="mgallery@dcinside.com", name_from=enc("디시인사이드 마이너갤러리 지원"),
    date="Fri, 06 Sep 2024 15:58:41 +0900",
    subject=enc(f"Re: [{R_DC}] 시정요구 건"), reply_to_req=rmid(R_DC),
    body=f"""안녕하세요.

아래 게시물은 운영자 권한으로 삭제하였습니다.
{C[2]}
{C[3]}

아래 게시물은 확인 당시 이미 삭제되어 있었습니다.
{C[1]}

나머지 2건은 갤러리 관리자와 협의 중이며 결과가 나오는 대로 회신드리겠습니다.

디시인사이드 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside reply grouping URLs under a statement line that precedes them",
    why="two URLs under 'deleted by operator', one under 'already deleted when checked' (not_found); two others only promised",
    items={C[2]: "removed", C[3]: "removed", C[1]: "not_found"},
)

# A17 -----------------------------------------------------------------------
case(
    name="dc-angle-brackets-korean-particles", frm="minigall@dcinside.com", name_from=enc("디시인사이드"),
    date="Tue, 10 Sep 2024 10:10:10 +0900",
    subject=enc("[디시인사이드] 미니갤러리·개념글 게시물 처리 안내"),
    body=f"""안녕하세요, 디시인사이드입니다.

요청하신 두 건 중 <{C[4]}>은 미니 갤러리 개설자 확인 후 삭제 조치하였고, <{C[5]}>는 블라인드 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean operator note with URLs in angle brackets followed by particles 은/는",
    why="mini-gallery post deleted, dcbest post blinded: both removed",
    items={C[4]: "removed", C[5]: "removed"},
)

# A18 -----------------------------------------------------------------------
case(
    name="dc-receipt-with-completed-deletion", frm="cs@dcinside.com", name_from=enc("디시인사이드 고객센터"),
    date="Thu, 05 Sep 2024 13:02:44 +0900",
    subject=enc("[디시인사이드] 문의 접수 및 처리 완료 안내 (접수번호 DC240905-0412)"),
    body=f"""고객님의 문의가 접수되었습니다.
접수번호: DC240905-0412

문의하신 게시물 {C[1]} 는 확인 후 즉시 삭제 처리하였습니다.

다른 문의 사항은 고객센터(https://dcinside.com/helpdesk)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk receipt that also reports the completed deletion",
    why="a receipt phrase plus an unhedged deletion of a named post is not a pure acknowledgement",
    items={C[1]: "removed"},
)

# A19 -----------------------------------------------------------------------
case(
    name="soop-english-three-results", frm="safety@sooplive.co.kr", name_from="SOOP Trust & Safety",
    date="Mon, 09 Sep 2024 17:31:26 +0900",
    subject=f"[SOOP] Outcome of request {R_SOOP}", reply_to_req=rmid(R_SOOP),
    body=f"""Hello,

Reference: {R_SOOP}

1. {S[1]}
   VOD deleted. The broadcaster has also received a 7-day broadcast suspension.
2. {S[2]}
   Post set to 19+ (age-restricted); it is hidden from logged-out and under-19 users.
3. {S[3]}
   VOD 비공개 처리 - made private by the operator, no longer viewable by anyone but staff.

SOOP Community Guidelines: https://www.sooplive.co.kr/policy/guideline

Regards,
SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) trust & safety outcome mail, numbered URLs with the decision indented below",
    why="VOD deleted (removed), channel post age-restricted (restricted), VOD made private by operator (removed)",
    items={S[1]: "removed", S[2]: "restricted", S[3]: "removed"},
)

# A20 -----------------------------------------------------------------------
case(
    name="soop-korean-html-post-deleted", frm="help@sooplive.co.kr", name_from=enc("SOOP 고객센터"),
    date="Wed, 11 Sep 2024 11:47:09 +0900",
    subject=enc("[SOOP] 신고하신 게시글 처리 결과"),
    type="html",
    body=f"""<div style="font-size:14px">
<p>안녕하세요. SOOP 고객센터입니다.</p>
<p>방송국 게시글 <a href="{S[2]}">{S[2]}</a>은 운영정책(청소년 유해) 위반으로 <b>삭제</b>되었습니다.</p>
<p>운영정책 보기: <a href="https://www.sooplive.co.kr/policy/operation">SOOP 운영정책</a></p>
<p>SOOP 고객센터 드림</p>
</div>""",
    outcome="applied", classification="confirmation",
    imitates="SOOP customer-centre HTML notice (방송국 게시글 삭제)",
    why="the channel post is stated deleted",
    items={S[2]: "removed"},
)

# A21 -----------------------------------------------------------------------
case(
    name="soop-original-message-below", frm="yj.seo@sooplive.co.kr", name_from="Yejin Seo",
    date="Fri, 06 Sep 2024 18:20:00 +0900",
    subject=f"RE: [{R_SOOP}] takedown request", reply_to_req=rmid(R_SOOP),
    body=f"""Hello,

{S[3]} was taken down this afternoon (KST).
I'll let you know about the rest once the review team is done.

Thanks,
Yejin

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 2:00 PM
To: safety@sooplive.co.kr
Subject: [{R_SOOP}] takedown request

""" + "\n".join(our_request_lines(R_SOOP, [S[1], S[2], S[3]])) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' with the request unquoted below",
    why="one VOD taken down; the other two are promised and otherwise only in the original message",
    items={S[3]: "removed"},
)

# A22 -----------------------------------------------------------------------
case(
    name="nate-pann-deleted-and-kept", frm="pann_admin@nate.com", name_from=enc("네이트 판 운영자"),
    date="Wed, 11 Sep 2024 14:14:14 +0900",
    subject=enc(f"[네이트 판] {R_NATE} 처리 결과"),
    body=f"""안녕하세요, 네이트 판 운영팀입니다.

1. {P[1]} → 삭제 완료
2. {P[2]} → 검토 결과 특정인을 식별할 수 있는 정보가 포함되어 있지 않아 게시를 유지합니다(삭제 불가).

감사합니다.
네이트 판 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann operator reply with arrows (삭제 완료 / 게시 유지)",
    why="first post deleted; second kept with a reason: rejected",
    items={P[1]: "removed", P[2]: "rejected"},
)

# A23 -----------------------------------------------------------------------
case(
    name="fmkorea-one-item-no-url", frm="admin@fmkorea.com", name_from=enc("에펨코리아 운영팀"),
    date="Wed, 11 Sep 2024 09:05:31 +0900",
    subject=enc(f"Re: [방송통신심의위원회] 불법정보 시정요구 ({R_FMK})"), reply_to_req=rmid(R_FMK),
    body="""에펨코리아 운영팀입니다.

요청하신 게시물은 금일 오전 삭제 조치 완료하였습니다.
작성자 계정은 영구 이용 정지되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="terse community-site reply in the request's thread, naming no URL",
    why="the request has one item; an unhedged 'the requested post was deleted' applies to it",
    items={F[1]: "removed"},
)

# A24 -----------------------------------------------------------------------
case(
    name="fmkorea-url-glued-particle-fullwidth", frm="report@fmkorea.com", name_from="FMKorea",
    date="Thu, 12 Sep 2024 16:44:08 +0900",
    subject=enc("[FM코리아] 신고 게시물 처리 안내"),
    body=f"""안녕하세요. FM코리아 신고 담당자입니다.

게시물 {F[1]}는 운영정책 제4조(불법 정보 게시) 위반으로 삭제했습니다．
동일 작성자의 다른 게시물도 확인 중입니다.

※ 게시물 삭제 기준：https://www.fmkorea.com/notice/policy
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea report desk note, URL glued to the particle 는, full-width punctuation",
    why="the post is stated deleted; the policy link is no item",
    items={F[1]: "removed"},
)

# A25 -----------------------------------------------------------------------
case(
    name="inven-html-table", frm="cs@inven.co.kr", name_from=enc("인벤 고객지원"),
    date="Fri, 13 Sep 2024 10:33:21 +0900",
    subject=enc(f"[인벤] 게시물 조치 결과 회신 ({R_INVEN})"),
    type="html",
    body=f"""<html><body>
<p>안녕하세요, 인벤 고객지원팀입니다. 요청하신 게시물의 조치 결과입니다.</p>
<table border="1">
<tr><th>게시판</th><th>URL</th><th>결과</th></tr>
<tr><td>로스트아크</td><td>{I[1]}</td><td>삭제</td></tr>
<tr><td>메이플스토리</td><td>{I[2]}</td><td>존재하지 않는 게시물<br>(작성자 삭제)</td></tr>
</table>
<p>인벤 이용약관: https://www.inven.co.kr/member/terms</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Inven support HTML table with plain-text URLs in cells",
    why="one post deleted, the other already deleted by its author (not_found)",
    items={I[1]: "removed", I[2]: "not_found"},
)

# A26 -----------------------------------------------------------------------
case(
    name="inven-mixed-language-kept-and-deleted", frm="moderation@inven.co.kr", name_from="Inven Moderation",
    date="Mon, 16 Sep 2024 20:02:17 +0900",
    subject=enc(f"Re: [{R_INVEN}] 게시물 삭제 요청"),
    reply_to_req=rmid(R_INVEN),
    body=f"""안녕하세요 / Hello,

Lost Ark 게시판 글 {I[1]} :
게시 유지 - 규정 위반 아님 (a raid guide; the site link in it is a fan wiki, not a betting site)

Maple 게시판 글 {I[2]} :
삭제 완료 (deleted)

인벤 모더레이션팀
""",
    outcome="applied", classification="confirmation",
    imitates="Inven moderation reply mixing Korean and English, status on the line after each URL",
    why="first post kept with its reason (rejected), second deleted",
    items={I[1]: "rejected", I[2]: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-within-three-days", frm="blog_help@naver.com", name_from=enc("네이버 블로그 고객센터"),
    date="Wed, 04 Sep 2024 10:15:47 +0900",
    subject=enc(f"[네이버 블로그] {R_NAVER} 관련 안내"),
    body=f"""안녕하세요. 네이버 블로그 고객센터입니다.

요청하신 블로그 게시물
{N[1]}
{N[2]}
에 대해서는 담당 부서 확인 후 영업일 기준 3일 이내에 게시중단 조치할 예정입니다.

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean portal holding reply: 확인 후 게시중단 조치할 예정",
    why="only a promise (조치할 예정) about two named posts: nothing is stated",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="daum-hedged-may-already-be-removed", frm="safety@kakaocorp.com", name_from="Kakao Trust & Safety",
    date="Thu, 05 Sep 2024 17:09:02 +0900",
    subject=f"Re: {R_DAUM}", reply_to_req=rmid(R_DAUM),
    body=f"""Hello,

It appears that {D[1]} may already have been removed by the
cafe manager. We are checking with the cafe's operator and will confirm
the status in a follow-up mail.

Kakao Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="English trust & safety holding reply with a hedge ('appears', 'may have been')",
    why="hedged: the post may have been removed, to be confirmed; no statement",
    items={D[1]: "pending"},
)

case(
    name="naver-bulk-all-fourteen", frm="policy@navercorp.com", name_from=enc("NAVER 정책지원"),
    date="Thu, 12 Sep 2024 18:30:00 +0900",
    subject=enc(f"[NAVER] {R_NAVER} 조치 완료 안내"), reply_to_req=rmid(R_NAVER),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

{R_NAVER}로 요청하신 게시물 14건 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="portal one-line completion notice for a whole request",
    why="one statement about all 14 items without naming any: bulk",
    items={N[k]: "pending" for k in sorted(N)},
)

case(
    name="soop-bulk-all-reported-content", frm="safety@sooplive.co.kr", name_from="SOOP Trust & Safety",
    date="Tue, 10 Sep 2024 12:00:45 +0900",
    subject=f"[SOOP] {R_SOOP} completed",
    body=f"""Hello,

All of the content reported under {R_SOOP} has been removed from SOOP.

Regards,
SOOP Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="English trust & safety 'all reported content removed' mail",
    why="a three-item request answered by a statement naming no item: bulk",
    items={S[1]: "pending", S[2]: "pending", S[3]: "pending"},
)

case(
    name="naver-dmarc-fail-deletion", frm="policy@navercorp.com", name_from=enc("NAVER 정책지원"),
    auth="fail",
    date="Sat, 07 Sep 2024 02:14:09 +0900",
    subject=enc(f"[NAVER] {R_NAVER} 처리 결과"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

{N[3]} 삭제 완료되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result mail whose DKIM/SPF/DMARC fail",
    why="From navercorp.com but authentication failed: nothing applied",
    items={N[3]: "pending"},
)

case(
    name="nate-lookalike-helpdesk-domain", frm="cs@nate-helpdesk.co.kr", name_from=enc("네이트 고객센터"),
    date="Tue, 10 Sep 2024 16:40:12 +0900",
    subject=enc(f"[네이트] {R_NATE} 처리 완료"),
    body=f"""안녕하세요, 네이트 고객센터입니다.

요청하신 판 게시물 {P[1]} 삭제 처리 완료되었습니다.

감사합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced help-desk (or impostor) domain that is not Nate's",
    why="nate-helpdesk.co.kr is no platform's sender domain",
    items={P[1]: "pending"},
)

case(
    name="daum-search-delists-naver-blog", frm="search-policy@kakaocorp.com", name_from=enc("Daum 검색 정책"),
    date="Mon, 09 Sep 2024 14:25:36 +0900",
    subject=enc("[Daum 검색] 검색 결과 노출 제외 처리 안내"),
    body=f"""안녕하세요, Daum 검색 정책 담당입니다.

위원회에서 공유해 주신 네이버 블로그 게시물 {N[3]} 은
Daum 검색 결과에서 노출 제외(차단) 처리하였습니다.

원문 게시물의 삭제는 해당 서비스(네이버)에 요청하셔야 합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="search engine delisting notice about another portal's page",
    why="Kakao states a status for a NAVER item; only NAVER can speak for it",
    items={N[3]: "pending"},
)

case(
    name="naver-asks-for-resolution-copy", frm="post_help@navercorp.com", name_from=enc("네이버 포스트 운영팀"),
    date="Thu, 05 Sep 2024 11:55:20 +0900",
    subject=enc(f"[네이버 포스트] {R_NAVER} 관련 자료 요청"),
    body=f"""안녕하세요. 네이버 포스트 운영팀입니다.

요청하신 게시물 {N[11]} 의 위법성 검토를 위하여
위원회 심의 의결서 사본과 적용 법조항을 회신해 주시기 바랍니다.

자료를 받는 대로 검토 후 결과를 안내드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal request for the 심의 의결서 before acting",
    why="asks for documents about a named item; no status",
    items={N[11]: "pending"},
)

case(
    name="dc-korean-hedge-seems-deleted", frm="mgallery@dcinside.com", name_from=enc("디시인사이드 마이너갤러리 지원"),
    date="Fri, 06 Sep 2024 09:40:03 +0900",
    subject=enc(f"Re: [{R_DC}] 시정요구 건"), reply_to_req=rmid(R_DC),
    body=f"""안녕하세요.

{C[2]} 게시물은 이미 삭제된 것으로 보이나,
마이너 갤러리 매니저가 삭제한 것인지 작성자가 삭제한 것인지 확인 중입니다.
확인되는 대로 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside holding reply with a Korean hedge (~것으로 보이나, 확인 중)",
    why="'seems deleted, still checking' is a hedge, not a statement",
    items={C[2]: "pending"},
)

case(
    name="nate-contact-change-notice", frm="noreply@skcomms.co.kr", name_from=enc("SK커뮤니케이션즈"),
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject=enc("[네이트] 게시물 삭제 요청 접수 창구 변경 안내"),
    body="""안녕하세요, SK커뮤니케이션즈입니다.

2024년 10월 1일부터 기관의 게시물 삭제 요청은 아래 전용 주소로만 접수됩니다.

 - 접수 메일: gov-request@nate.com
 - 처리 현황 조회: https://helpdesk.nate.com/gov/status

기존 주소로 보내주신 요청은 10월 31일까지 자동으로 이관됩니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal notice to authorities about a changed intake address",
    why="trusted Nate mail that names no item and no request",
    items={},
)

case(
    name="soop-deletion-after-appeal-period", frm="help@sooplive.co.kr", name_from=enc("SOOP 고객센터"),
    date="Mon, 09 Sep 2024 15:12:40 +0900",
    subject=enc(f"[SOOP] {R_SOOP} 진행 상황 안내"),
    body=f"""안녕하세요. SOOP 고객센터입니다.

방송국 게시글 {S[2]} 은 현재 게시자 소명 절차가 진행 중입니다.
소명 기간(7일) 내 소명이 없을 경우 삭제될 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="SOOP progress notice: creator appeal window, deletion conditional",
    why="a condition and a promise about a named post; no statement",
    items={S[2]: "pending"},
)

fwd_body = f"""팀장님, FM코리아 회신 전달드립니다.

김하늘 드림

---------- Forwarded message ---------
From: 에펨코리아 운영팀 <admin@fmkorea.com>
Date: 2024년 9월 11일 (수) 오전 9:05
Subject: Re: [방송통신심의위원회] 불법정보 시정요구 ({R_FMK})
To: <haneul.kim@kcsc.example>

에펨코리아 운영팀입니다.

요청하신 게시물 {F[1]} 은 금일 오전 삭제 조치 완료하였습니다.
"""
case(
    name="colleague-forwards-fmkorea-reply", frm="haneul.kim@kcsc.example", name_from=enc("김하늘"),
    date="Wed, 11 Sep 2024 10:02:12 +0900",
    subject=enc(f"Fwd: Re: [방송통신심의위원회] 불법정보 시정요구 ({R_FMK})"),
    body=fwd_body,
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail forward by a colleague of a platform reply",
    why="the statement is inside a forward from our own staff, not from FM Korea itself",
    items={F[1]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-chuseok-out-of-office", frm="sujin.lee@navercorp.com", name_from=enc("이수진"),
    date="Fri, 13 Sep 2024 09:00:02 +0900",
    subject=enc(f"[자동회신] Re: [{R_NAVER}] 불법정보 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 이수진입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
게시물 조치 관련 급한 건은 policy@navercorp.com 으로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="nate-outlook-automatic-reply", frm="jh.choi@skcomms.co.kr", name_from="Jaehyun Choi",
    date="Mon, 09 Sep 2024 10:00:41 +0900",
    subject=f"Automatic reply: [{R_NATE}] takedown request",
    extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 12 September with limited access to email.
For content removal requests please write to pann_admin@nate.com.

(자동 응답) 9월 12일까지 부재중입니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office in English and Korean",
    why="out-of-office auto-reply",
    items={},
)

bounce = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.4RkT9"

--dsn.4RkT9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.inven.co.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-report@inven.co.kr>: host mx2.inven.co.kr[203.0.113.41] said:
    550 5.1.1 <abuse-report@inven.co.kr>: Recipient address rejected:
    User unknown in virtual mailbox table

--dsn.4RkT9
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.inven.co.kr
Arrival-Date: Wed, 11 Sep 2024 10:30:05 +0900

Final-Recipient: rfc822; abuse-report@inven.co.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn.4RkT9
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-report@inven.co.kr
Subject: [{R_INVEN}] =?UTF-8?B?{base64.b64encode('불법정보 시정요구'.encode()).decode()}?=
Message-ID: <{mid(R_INVEN)}>
Date: Wed, 11 Sep 2024 10:30:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

""" + "\n".join(our_request_lines(R_INVEN, [I[1], I[2]])) + """

--dsn.4RkT9--
"""
case(
    name="inven-dsn-user-unknown", frm="MAILER-DAEMON@mx2.inven.co.kr", name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 10:30:06 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=bounce,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning our request with its URLs",
    why="a bounce; the URLs are in our own returned request",
    items={},
)

delay = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dly.81Qz"

--dly.81Qz
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     admin@fmkorea.com

Message will be retried for 4 more day(s).

--dly.81Qz
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.fmkorea.com

Final-Recipient: rfc822; admin@fmkorea.com
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
Will-Retry-Until: Sun, 15 Sep 2024 15:00:00 +0900

--dly.81Qz
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: admin@fmkorea.com
Subject: [{R_FMK}] request
Message-ID: <{mid(R_FMK)}>
Date: Tue, 10 Sep 2024 15:00:00 +0900

--dly.81Qz--
"""
case(
    name="fmkorea-delayed-delivery-warning", frm="postmaster@fmkorea.com", name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 19:00:12 +0900",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=delay,
    outcome="ignored", classification="bounce",
    imitates="delayed-delivery DSN warning (4.2.2 mailbox full, will retry)",
    why="a delivery-status notification, no statement from anyone",
    items={},
)

mdn = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_0a9c"

--mdn_0a9c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지 '[{R_DAUM}] 불법정보 시정요구'를 수신자가 2024-09-04 13:22에 읽었습니다.

--mdn_0a9c
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <{mid(R_DAUM)}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_0a9c--
"""
case(
    name="daum-read-receipt", frm="right@kakaocorp.com", name_from=enc("Daum 권리침해신고센터"),
    date="Wed, 04 Sep 2024 13:22:30 +0900",
    subject=enc(f"읽음: [{R_DAUM}] 불법정보 시정요구"),
    raw_mime=mdn,
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, disposition 'displayed')",
    why="a read receipt",
    items={},
)

case(
    name="dc-ticket-receipt", frm="cs@dcinside.com", name_from=enc("디시인사이드 고객센터"),
    date="Thu, 05 Sep 2024 09:31:10 +0900",
    subject=enc(f"[디시인사이드] 문의가 접수되었습니다 - Re: [{R_DC}] 시정요구"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""고객님의 문의가 정상적으로 접수되었습니다.

접수번호: DC240905-0388
접수일시: 2024-09-05 09:31

담당자가 확인 후 순차적으로 답변드리겠습니다.
답변은 영업일 기준 1~3일 정도 소요될 수 있습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (접수번호 issued)",
    why="a pure acknowledgement",
    items={},
)

case(
    name="soop-helpdesk-ticket-received", frm="support@sooplive.com", name_from="SOOP Support",
    date="Fri, 06 Sep 2024 14:01:55 +0900",
    subject=f"[SOOP Support] Request #1184502 received: {R_SOOP}",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hi,

Thanks for contacting SOOP Support. Your request #1184502 ("{R_SOOP}")
has been received and a member of our team will get back to you as soon as
possible.

To add information, simply reply to this email.

SOOP Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt (Zendesk/Helpshift style)",
    why="a pure acknowledgement naming the request but no item and no outcome",
    items={},
)

# ---------------------------------------------------------------- write
HEADER = f'''# Blind set 963 (Korean portals and community sites), written by
# tests/corpus/blind963/make.py. Expected results were written from each
# email's meaning alone, before the reader was run on these emails.
# Requests: {", ".join(f"{r[0]} ({r[1]}, {len(r[4])})" for r in REQUESTS)}.
'''


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
