#!/usr/bin/env python3
"""Blind set 947 (focus: Korean replies from NAVER, Kakao/Daum, YouTube Korea,
DC Inside and BAND: 공문-style answers, 임시조치 notices, 시정요구 조치결과
tables, informal operator replies).

Deterministic: `python3 tests/corpus/blind947/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from each email's meaning alone, before the reader was run on this set.
All names, URLs and ids are fictional.
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

SET = "blind947"


def h(s):
    """RFC 2047-encode a header value (UTF-8, base64)."""
    return Header(s, "utf-8").encode(linesep="\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def single(body, cte="quoted-printable", ctype="plain"):
    enc = qp(body) if cte == "quoted-printable" else b64(body)
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n" + enc)


# ---------------------------------------------------------------- requests
K3_SLUG = "제보-사진-정리"
S1_SLUG = "병원-후기-실명-공개"

N = {
    1: "https://blog.naver.com/haneul_toto88/223561100001",
    2: "https://blog.naver.com/haneul_toto88/223561100002",
    3: "https://blog.naver.com/haneul_toto88/223561100017",
    4: "https://blog.naver.com/bitgaram_win/223559870412",
    5: "https://blog.naver.com/bitgaram_win/223559870455",
    6: "https://cafe.naver.com/sportsbetclub7/10482",
    7: "https://cafe.naver.com/sportsbetclub7/10491",
    8: "https://cafe.naver.com/sportsbetclub7/10533",
    9: "https://m.blog.naver.com/jjokbak_2024/223570001234",
    10: "https://post.naver.com/viewer/postView.naver?volumeNo=38120457&memberNo=5510293",
    11: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40401&docId=471230566",
    12: "https://cafe.naver.com/sportsbetclub7/10540",
}
K = {
    1: "https://cafe.daum.net/moonlightfan/Ab3x/1127",
    2: "https://cafe.daum.net/moonlightfan/Ab3x/1139",
    3: "https://jigeum-ilgi.tistory.com/entry/" + quote(K3_SLUG),
    4: "https://jigeum-ilgi.tistory.com/58",
    5: "https://cafe.daum.net/moonlightfan/Ab3x/1152",
}
K3_RAW = "https://jigeum-ilgi.tistory.com/entry/" + K3_SLUG
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8kLx2A",
    2: "https://www.youtube.com/watch?v=dR7pZ0nWq4E",
    3: "https://youtu.be/Hs9kB2cYt1M",
    4: "https://www.youtube.com/shorts/pL4xN8eRr0c",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=baseball_new11&no=8812034",
    2: "https://gall.dcinside.com/board/view/?id=baseball_new11&no=8812077",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=jusik_talk&no=305519",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=jusik_talk&no=305602",
    5: "https://gall.dcinside.com/mini/board/view/?id=ssul_moeum&no=4410",
}
B = {
    1: "https://band.us/band/84412093/post/1207",
    2: "https://band.us/band/84412093/post/1215",
    3: "https://band.us/band/90017325/post/88",
}
M = {
    1: "https://blog.naver.com/PostView.naver?blogId=sori_mart&logNo=223580441100",
    2: "https://cafe.naver.com/ca-fe/cafes/30114472/articles/2215",
}
S1 = "https://kkuljaem-review.tistory.com/entry/" + quote(S1_SLUG)
S1_RAW = "https://kkuljaem-review.tistory.com/entry/" + S1_SLUG

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     [N[i] for i in range(1, 13)], "illegal_gambling", "req-240902-01@kcsc.example",
     "불법 도박 홍보 게시물 (블로그·카페·포스트·지식iN)"),
    ("KCSC-240903-02", "kakao", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [K[i] for i in range(1, 6)], "privacy", "req-240903-02@kcsc.example",
     "Daum 카페·티스토리 개인정보 노출"),
    ("KCSC-240904-03", "youtube", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     [Y[i] for i in range(1, 5)], "defamation", "req-240904-03@kcsc.example",
     "유튜브 영상 4건"),
    ("KCSC-240905-04", "dcinside", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [D[i] for i in range(1, 6)], "privacy", "req-240905-04@kcsc.example",
     "갤러리 게시물 신상정보 노출"),
    ("KCSC-240906-05", "band", "2024-09-06T10:10:00+09:00", "2024-09-13T18:00:00+09:00",
     [B[i] for i in range(1, 4)], "drugs", "req-240906-05@kcsc.example",
     "밴드 게시글 마약류 판매 광고"),
    ("KCSC-240909-06", "naver", "2024-09-09T15:20:00+09:00", "2024-09-16T18:00:00+09:00",
     [M[1], M[2]], "illegal_gambling", "req-240909-06@kcsc.example",
     "블로그·카페 도박 광고 2건"),
    ("KCSC-240910-07", "kakao", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [S1], "defamation", "req-240910-07@kcsc.example",
     "티스토리 글 1건"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- senders
NAVER_POLICY = dict(frm="policy@navercorp.com", name=h("네이버 정책지원팀"))
NAVER_CAFE = dict(frm="cafe_help@naver.com", name=h("네이버 카페 고객센터"))
NAVER_BLOG = dict(frm="blog_help@naver.com", name=h("네이버 블로그 고객센터"))
KAKAO_RIGHT = dict(frm="right@kakaocorp.com", name=h("카카오 권리침해신고센터"))
DAUM_CAFE = dict(frm="cafe_op@daum.net", name=h("Daum 카페 운영팀"))
YT_LEGAL = dict(frm="legal-kr@google.com", name="YouTube Legal Support")
YT_KO = dict(frm="yt-legal-noreply@youtube.com", name=h("YouTube 법무지원팀"))
DC_OP = dict(frm="help@dcinside.com", name=h("디시인사이드 운영팀"))
BAND_CS = dict(frm="cs@band.us", name=h("BAND 고객센터"))


def case(name, sender, date, subject, outcome, imitates, why, items=None, body=None,
         raw_mime=None, classification=None, review=None, reply_to=None, auth="pass",
         extra_headers=None):
    c = {
        "name": name, "from": sender["frm"], "name_from": sender["name"], "date": date,
        "subject": h(subject) if any(ord(ch) > 127 for ch in subject) else subject,
        "outcome": outcome, "imitates": imitates, "why": why, "items": items or {},
        "auth": auth,
    }
    if body is not None:
        c["body"] = body
    if raw_mime is not None:
        c["raw_mime"] = raw_mime
    if classification:
        c["classification"] = classification
    if review:
        c["review"] = review
    if reply_to:
        c["reply_to_req"] = reply_to
    if extra_headers:
        c["extra_headers"] = extra_headers
    return c


CASES = []
add = CASES.append

# ======================================================== APPLIED
# 1. NAVER 공문-style 조치결과 회신 with a plain-text table of all 12 items.
add(case(
    "naver-gongmun-result-table-all12", NAVER_POLICY, "Fri, 06 Sep 2024 16:42:10 +0900",
    "[네이버] 시정요구(KCSC-240902-01)에 대한 조치결과 회신", "applied",
    "NAVER 공문-style reply to a KCSC 시정요구: 조치결과 table (삭제/임시조치/청소년 접근제한/미조치)",
    "trusted NAVER reply listing every item of the request with an explicit result",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found", N[4]: "restricted",
           N[5]: "removed", N[6]: "removed", N[7]: "removed", N[8]: "removed",
           N[9]: "rejected", N[10]: "removed", N[11]: "not_found", N[12]: "restricted"},
    reply_to="req-240902-01",
    raw_mime=single(f"""수신: 방송통신심의위원회 통신심의국
참조: 불법정보 삭제요청 담당자
발신: 네이버(주) 정책지원팀
제목: 시정요구에 대한 조치결과 회신 (귀 위원회 요청번호 KCSC-240902-01)

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 2024. 9. 2.자 귀 위원회의 시정요구와 관련하여, 당사 서비스에 게재된
   정보에 대한 조치결과를 아래와 같이 회신합니다.

 연번 | URL                                                                        | 조치결과
------+----------------------------------------------------------------------------+------------------------------
  1   | {N[1]}          | 삭제
  2   | {N[2]}          | 삭제
  3   | {N[3]}          | 게시물 없음(작성자 삭제)
  4   | {N[4]}           | 임시조치(30일)
  5   | {N[5]}           | 삭제
  6   | {N[6]}                | 게시중단
  7   | {N[7]}                | 게시중단
  8   | {N[8]}                | 비공개 처리
  9   | {N[9]}         | 미조치(운영정책 위반 확인되지 않음)
  10  | {N[10]} | 삭제
  11  | {N[11]} | 존재하지 않는 URL
  12  | {N[12]}                | 청소년 접근 제한

3. 미조치 건(연번 9)은 게시물 내용을 재검토하였으나 도박 사이트 안내·홍보로
   볼 만한 내용이 확인되지 않아 게시를 유지하였습니다. 추가 자료가 있으시면
   회신 주시기 바랍니다.

붙임: 없음.  끝.

네이버 주식회사 정책지원팀
경기도 성남시 분당구 (가상주소) | policy@navercorp.com
""")))

# 2. NAVER HTML table, base64.
html2 = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요, 네이버 카페 고객센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 카페 게시글에 대한 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>번호</th><th>게시글 주소</th><th>처리 결과</th><th>처리 일시</th></tr>
<tr><td>1</td><td><a href="{N[6]}">{N[6]}</a></td><td>게시중단</td><td>2024-09-04 11:02</td></tr>
<tr><td>2</td><td><a href="{N[7]}">{N[7]}</a></td><td>블라인드</td><td>2024-09-04 11:05</td></tr>
<tr><td>3</td><td><a href="{N[8]}">{N[8]}</a></td><td>블라인드</td><td>2024-09-04 11:05</td></tr>
<tr><td>4</td><td><a href="{N[12]}">{N[12]}</a></td><td>접근 제한(19세 이상)</td><td>2024-09-04 11:09</td></tr>
</table>
<p>카페 운영원칙은 <a href="https://cafe.naver.com/cafesupport/policy">카페 운영원칙 안내</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>네이버 카페 고객센터 드림</p>
</body></html>
"""
add(case(
    "naver-cafe-html-table-base64", NAVER_CAFE, "Wed, 04 Sep 2024 11:31:55 +0900",
    "Re: [KCSC-240902-01] 불법정보 시정요구 - 카페 게시글 처리 결과", "applied",
    "NAVER Cafe help-centre result notice as an HTML table (게시중단/블라인드/접근 제한)",
    "HTML table rows each give a URL and an unhedged result; the policy link is not an item",
    items={N[6]: "removed", N[7]: "removed", N[8]: "removed", N[12]: "restricted"},
    reply_to="req-240902-01",
    raw_mime=single(html2, cte="base64", ctype="html")))

# 3. NAVER CSV attachment.
csv3 = ("연번,신고URL,처리결과,처리일자\n"
        f"1,{N[1]},삭제,2024-09-05\n"
        f"2,{N[2]},삭제,2024-09-05\n"
        f"3,{N[4]},임시조치,2024-09-05\n"
        f"4,{N[5]},삭제,2024-09-05\n")
CSV3_B64 = b64(b"\xef\xbb\xbf" + csv3.encode("utf-8"))
add(case(
    "naver-blog-csv-attachment", NAVER_BLOG, "Thu, 05 Sep 2024 17:20:03 +0900",
    "RE: [KCSC-240902-01] 블로그 게시물 조치결과", "applied",
    "NAVER Blog operator reply with the 조치결과 as a CSV attachment (Excel-exported, BOM)",
    "the CSV gives each URL its result (삭제 = removed, 임시조치 = restricted)",
    items={N[1]: "removed", N[2]: "removed", N[4]: "restricted", N[5]: "removed"},
    reply_to="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==nv-blog-0905"

--==nv-blog-0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''안녕하세요. 네이버 블로그 고객센터입니다.

요청하신 블로그 게시물 4건에 대한 조치 결과를 첨부 파일로 보내드립니다.
엑셀에서 열어 확인해 주세요.

감사합니다.
''')}
--==nv-blog-0905
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240902-01.csv"
Content-Transfer-Encoding: base64

{CSV3_B64}
--==nv-blog-0905--
"""))

# 4. NAVER cafe informal operator reply with arrows.
add(case(
    "naver-cafe-informal-arrows", NAVER_CAFE, "Tue, 03 Sep 2024 20:14:37 +0900",
    "Re: [KCSC-240902-01] 카페 게시글 삭제 요청", "applied",
    "informal reply from a NAVER Cafe operations staffer (URL → result lines)",
    "two URLs each followed by an arrow and a plain result",
    items={N[7]: "removed", N[8]: "not_found"},
    reply_to="req-240902-01",
    body=f"""안녕하세요, 네이버 카페 운영팀 박지훈입니다.
보내주신 목록 중 카페 쪽 건 먼저 확인해서 말씀드려요.

{N[7]} → 삭제 완료했습니다
{N[8]} → 이미 작성자가 지운 글이라 남아 있는 게 없습니다

나머지 카페 글은 담당 매니저 확인이 끝나면 따로 메일 드리겠습니다.
수고하세요.
"""))

# 5. NAVER QP prose (R6).
add(case(
    "naver-qp-prose-two-items", NAVER_POLICY, "Wed, 11 Sep 2024 10:05:41 +0900",
    "[네이버] KCSC-240909-06 처리 결과 안내", "applied",
    "NAVER 게시중단/임시조치 result notice in prose, quoted-printable",
    "each sentence names one URL and states its result",
    items={M[1]: "removed", M[2]: "restricted"},
    reply_to="req-240909-06",
    raw_mime=single(f"""안녕하세요. 네이버 정책지원팀입니다.

귀 위원회에서 2024년 9월 9일 요청하신 건(KCSC-240909-06)의 처리 결과를 알려드립니다.

블로그 게시물 {M[1]} 은(는) 불법 도박 사이트를 홍보하는 내용으로 확인되어 2024년 9월 10일 게시중단 조치하였습니다.

카페 게시글 {M[2]} 은(는) 권리침해 여부 판단이 어려워 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.

감사합니다.
""")))

# 6. NAVER Outlook top-post over the quoted request (R6).
add(case(
    "naver-outlook-toppost-one-of-two", NAVER_BLOG, "Tue, 10 Sep 2024 09:12:00 +0900",
    "RE: [KCSC-240909-06] 불법 도박 광고 게시물 삭제 요청", "applied",
    "Outlook top-posted operator reply above the regulator's -----Original Message-----",
    "only the blog post is named above the quote; the cafe item appears only in the quoted request",
    items={M[1]: "removed", M[2]: "pending"},
    reply_to="req-240909-06",
    body=f"""안녕하세요.

{M[1]}
위 블로그 게시물은 삭제 처리 완료했습니다.
카페 게시글 1건은 카페 매니저에게 확인 요청해 두었고, 결과 나오면 회신드리겠습니다.

네이버 블로그 고객센터 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 3:20 PM
To: blog_help@naver.com
Subject: [KCSC-240909-06] 불법 도박 광고 게시물 삭제 요청

안녕하십니까. 방송통신심의위원회입니다.
아래 게시물은 불법 도박 사이트 광고로 심의 결과 시정요구(삭제) 대상으로 결정되었습니다.

1. {M[1]}
2. {M[2]}

2024. 9. 16.까지 조치결과를 회신하여 주시기 바랍니다.
"""))

# 7. Kakao 공문 style numbered list (R2).
add(case(
    "kakao-gongmun-numbered", KAKAO_RIGHT, "Fri, 06 Sep 2024 15:03:29 +0900",
    "[카카오] 시정요구 조치결과 회신 (KCSC-240903-02)", "applied",
    "Kakao 권리침해신고센터 공문-style 조치결과 회신 with a numbered list",
    "each numbered line gives a URL (one Tistory slug written raw in Korean) and a result",
    items={K[1]: "removed", K[2]: "removed", K[3]: "restricted", K[4]: "not_found",
           K[5]: "removed"},
    reply_to="req-240903-02",
    raw_mime=single(f"""수신: 방송통신심의위원회
제목: 시정요구 조치결과 회신

귀 위원회의 2024. 9. 3.자 시정요구(요청번호 KCSC-240903-02)에 대하여
당사가 운영하는 Daum 카페 및 티스토리 게시물의 조치결과를 다음과 같이 회신합니다.

  1. {K[1]}
     - 조치결과: 게시중단
  2. {K[2]}
     - 조치결과: 게시중단
  3. {K3_RAW}
     - 조치결과: 임시조치 (2024. 9. 5. ~ 2024. 10. 4.)
  4. {K[4]}
     - 조치결과: 게시물이 존재하지 않음 (게시자 삭제)
  5. {K[5]}
     - 조치결과: 삭제

※ 임시조치 기간 중 게시자의 재게시 요청이 있는 경우 별도로 안내드리겠습니다.

주식회사 카카오 권리침해신고센터
""", cte="base64")))

# 8. Kakao Tistory, raw Korean slug in angle brackets, 비공개 처리 (R7).
add(case(
    "kakao-tistory-korean-slug-private", KAKAO_RIGHT, "Thu, 12 Sep 2024 11:47:15 +0900",
    "Re: [KCSC-240910-07] 티스토리 게시글 게시중단 요청", "applied",
    "Kakao Tistory 비공개 처리 notice; raw Korean URL in angle brackets followed by a particle",
    "비공개 처리 of the one requested post is a removal; raw Korean path matches its encoded form",
    items={S1: "removed"},
    reply_to="req-240910-07",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시글 <{S1_RAW}>에 대하여
특정인의 실명과 진료 내역이 포함된 것을 확인하여 2024년 9월 12일 비공개 처리하였습니다.
게시자에게는 조치 사실과 이의제기 방법을 함께 안내하였습니다.

감사합니다.
"""))

# 9. Daum cafe informal, bullets (R2).
add(case(
    "daum-cafe-informal-bullets", DAUM_CAFE, "Wed, 04 Sep 2024 18:33:50 +0900",
    "Re: [KCSC-240903-02] 카페 게시글 관련", "applied",
    "informal Daum Cafe operations reply, bulleted URLs under one 블라인드 sentence",
    "a heading sentence states 블라인드 for the two bulleted URLs below it",
    items={K[1]: "removed", K[2]: "removed"},
    reply_to="req-240903-02",
    body=f"""안녕하세요~ Daum 카페 운영팀입니다.

말씀하신 moonlightfan 카페 게시글 중 아래 두 건은 오늘 오후 블라인드 처리했습니다.
 • {K[1]}
 • {K[2]}

1152번 글은 카페지기 쪽 확인이 아직이라 조금만 기다려 주세요.
"""))

# 10. YouTube Korean legal notice, mixed (R3).
add(case(
    "yt-legal-ko-mixed", YT_KO, "Mon, 09 Sep 2024 08:15:22 +0900",
    "[YouTube] 법적 요청 검토 결과 안내 - KCSC-240904-03", "applied",
    "YouTube legal-removal outcome notice in Korean (국가별 액세스 제한 / 가이드 위반 삭제 / 조치 없음)",
    "four URLs, each with an unhedged outcome: two restricted in Korea, one removed, one refused",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed", Y[4]: "rejected"},
    reply_to="req-240904-03",
    raw_mime=single(f"""안녕하세요.

YouTube에 법적 삭제 요청을 보내주셔서 감사합니다. 검토 결과를 알려드립니다.

[한국 내 액세스 제한]
아래 콘텐츠는 대한민국 현지 법률에 따라 한국에서 액세스할 수 없도록 제한했습니다.
- {Y[1]}
- {Y[2]}

[삭제]
{Y[3]} 은(는) YouTube 커뮤니티 가이드 위반으로 확인되어 삭제했습니다.

[조치하지 않음]
{Y[4]} 은(는) 검토 결과 YouTube 정책이나 관련 법률 위반 사항을 찾지 못해 별도의 조치를 취하지 않았습니다.

YouTube의 법적 정책에 대한 자세한 내용은 https://support.google.com/youtube/answer/6154230 을 참고하시기 바랍니다.

YouTube 법무지원팀
""")))

# 11. YouTube English geo-block (R3).
add(case(
    "yt-english-geoblock-shorts", YT_LEGAL, "Tue, 10 Sep 2024 02:41:09 +0900",
    "Re: Legal request KCSC-240904-03", "applied",
    "YouTube Legal Support English outcome: content blocked in South Korea under local law",
    "one Shorts URL withheld in Korea = restricted; the help-centre link is not an item",
    items={Y[4]: "restricted"},
    reply_to="req-240904-03",
    body=f"""Hello,

Thank you for your patience. Following our review of your request, we have
blocked access to the following content for viewers in South Korea, based on
local law:

  {Y[4]}

The content remains available in other countries. You can learn more about
how we handle government requests at
https://support.google.com/youtube/answer/2802032

Regards,
The YouTube Legal Team
"""))

# 12. YouTube age-restricted + uploader deleted (R3).
add(case(
    "yt-ko-age-restriction-and-gone", YT_KO, "Fri, 06 Sep 2024 13:58:44 +0900",
    "[YouTube] 요청하신 동영상 관련 안내 (KCSC-240904-03)", "applied",
    "YouTube Korean notice: 연령 제한 applied; video already removed by its uploader",
    "age restriction = restricted; a video its uploader already deleted = not_found",
    items={Y[2]: "restricted", Y[1]: "not_found"},
    reply_to="req-240904-03",
    body=f"""안녕하세요. YouTube 법무지원팀입니다.

신고하신 동영상을 검토했습니다.

{Y[2]}
→ 폭력적이거나 선정적인 장면이 포함되어 있어 연령 제한을 적용했습니다. 로그인하지 않았거나 만 18세 미만인 사용자는 시청할 수 없습니다.

{Y[1]}
→ 업로더가 이미 삭제한 동영상으로, 현재 YouTube에 존재하지 않습니다.

나머지 요청 건은 검토가 끝나는 대로 별도 안내드리겠습니다.
"""))

# 13. DC Inside operator list, all five (R4).
add(case(
    "dc-operator-list-all5", DC_OP, "Fri, 06 Sep 2024 11:20:08 +0900",
    "Re: [KCSC-240905-04] 게시물 삭제 요청의 건", "applied",
    "DC Inside 운영팀 reply listing each gallery post with its 처리 결과 (삭제, 작성자 차단, 이미 삭제)",
    "five URLs, each with a plain result",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found",
           D[5]: "removed"},
    reply_to="req-240905-04",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물의 처리 결과를 안내드립니다.

1) {D[1]}
   처리 결과: 삭제
2) {D[2]}
   처리 결과: 삭제
3) {D[3]}
   처리 결과: 삭제 및 작성자 IP 차단(30일)
4) {D[4]}
   처리 결과: 이미 삭제된 게시물(작성자 삭제)
5) {D[5]}
   처리 결과: 삭제

앞으로도 유사 게시물이 발견되면 알려주시기 바랍니다.
감사합니다.

디시인사이드 운영팀 드림
"""))

# 14. DC Gmail-style quoted request, one item stated (R4).
add(case(
    "dc-gmail-quote-one-stated", DC_OP, "Thu, 05 Sep 2024 17:48:30 +0900",
    "Re: [KCSC-240905-04] 게시물 삭제 요청의 건", "applied",
    "short operator answer above a Gmail-style quoted request ('…님이 작성:' then '>' lines)",
    "only one URL is stated outside the quote; the rest are promised later, quoted URLs are not statements",
    items={D[3]: "removed", D[1]: "pending", D[2]: "pending", D[4]: "pending", D[5]: "pending"},
    reply_to="req-240905-04",
    body=f"""주식 마이너갤 글({D[3]})은 방금 삭제했습니다.
나머지 게시물은 갤러리 관리자 확인 후 다시 안내드리겠습니다.

디시인사이드 운영팀

2024년 9월 5일 (목) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하십니까. 방송통신심의위원회입니다.
> 아래 게시물은 특정인의 신상정보를 노출하여 시정요구(삭제) 대상으로 결정되었습니다.
>
> 1. {D[1]}
> 2. {D[2]}
> 3. {D[3]}
> 4. {D[4]}
> 5. {D[5]}
>
> 2024. 9. 12.까지 조치결과를 회신하여 주시기 바랍니다.
"""))

# 15. BAND notice, mixed incl. rejection (R5).
add(case(
    "band-result-mixed-keep", BAND_CS, "Mon, 09 Sep 2024 14:06:51 +0900",
    "[BAND] 신고하신 게시글 처리 결과 안내 (KCSC-240906-05)", "applied",
    "BAND 고객센터 신고 처리 결과 안내 (운영정책 위반 삭제 / 위반 미확인으로 유지)",
    "two posts deleted, one kept with its reason = rejected",
    items={B[1]: "removed", B[2]: "removed", B[3]: "rejected"},
    reply_to="req-240906-05",
    raw_mime=single(f"""안녕하세요. BAND 고객센터입니다.

방송통신심의위원회에서 신고하신 게시글을 BAND 운영정책에 따라 검토하였습니다.

■ 삭제된 게시글 (마약류 판매·구매 유도)
  {B[1]}
  {B[2]}

■ 유지된 게시글
  {B[3]}
  → 게시글과 댓글을 확인하였으나 마약류 거래를 알선하는 내용이 확인되지 않아 운영정책 위반으로 보기 어렵습니다. 게시글은 유지됩니다.

BAND 운영정책: https://band.us/policy/operation

감사합니다.
BAND 고객센터
""")))

# 16. Kakao sole statement for a one-item request (R7).
add(case(
    "kakao-sole-statement-one-item", KAKAO_RIGHT, "Wed, 11 Sep 2024 16:22:40 +0900",
    "Re: [KCSC-240910-07] 티스토리 게시글 게시중단 요청", "applied",
    "Kakao 권리침해신고센터 short result notice that names no URL",
    "the request has a single item and the reply states, without hedging, that the reported post was taken down",
    items={S1: "removed"},
    reply_to="req-240910-07",
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

신고하신 게시물을 검토한 결과, 특정인의 명예를 훼손하는 내용이 확인되어
2024년 9월 11일 게시중단 조치하였음을 알려드립니다.

감사합니다.
"""))

# 17. NAVER: statement line, URLs on the line(s) below (R1).
add(case(
    "naver-statement-then-urls-below", NAVER_BLOG, "Wed, 04 Sep 2024 15:10:02 +0900",
    "[네이버 블로그] 게시물 처리 안내 (KCSC-240902-01)", "applied",
    "NAVER Blog 게시중단 notice grouping URLs under the sentence that states their result",
    "three URLs, each on the line(s) below its statement",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found"},
    reply_to="req-240902-01",
    body=f"""안녕하세요. 네이버 블로그 고객센터입니다.

아래 게시물은 블로그 운영정책(불법 도박 홍보)에 따라 삭제되었습니다.
{N[1]}
{N[2]}

아래 게시물은 게시자가 이미 삭제하여 확인되지 않습니다.
{N[3]}

감사합니다.
"""))

# 18. NAVER cafe: bare URL, result on the line below (R1).
add(case(
    "naver-cafe-bare-url-result-below", NAVER_CAFE, "Thu, 05 Sep 2024 10:44:18 +0900",
    "Re: [KCSC-240902-01] 카페 게시글 처리", "applied",
    "NAVER Cafe 처리 결과 form: bare URL, then '- 처리결과:' line",
    "bare URL followed by its own result line",
    items={N[8]: "removed", N[12]: "restricted"},
    reply_to="req-240902-01",
    body=f"""네이버 카페 고객센터입니다. 처리 결과 안내드립니다.

{N[8]}
- 처리결과: 게시중단
- 사유: 불법 도박 사이트 홍보

{N[12]}
- 처리결과: 임시조치(30일)
- 사유: 위반 여부 판단 보류
"""))

# 19. NAVER post/kin/m.blog, QP with soft-wrapped long URL (R1).
add(case(
    "naver-post-kin-qp-wrapped", NAVER_POLICY, "Fri, 06 Sep 2024 09:30:45 +0900",
    "[네이버] 포스트·지식iN·모바일 블로그 게시물 처리 결과 (KCSC-240902-01)", "applied",
    "NAVER 정책지원팀 result notice, quoted-printable with soft line breaks inside long URLs",
    "비공개 처리 and 삭제 are removals; a 미조치 with its reason is a rejection",
    items={N[10]: "removed", N[11]: "removed", N[9]: "rejected"},
    reply_to="req-240902-01",
    raw_mime=single(f"""안녕하세요. 네이버 정책지원팀입니다. 요청하신 게시물 중 포스트, 지식iN, 모바일 블로그 건의 처리 결과입니다.

· 네이버 포스트 {N[10]} : 비공개 처리 완료
· 지식iN 답변 {N[11]} : 답변 삭제 완료
· 블로그 {N[9]} : 도박 사이트 링크나 홍보 문구가 없어 운영정책 위반으로 보기 어렵습니다. 게시중단하지 않았습니다.

감사합니다.
""")))

# 20. Kakao HTML table, QP (R2).
html20 = f"""<html><body style="font-family:'Malgun Gothic'">
<p>안녕하세요. 카카오 권리침해신고센터입니다.<br>
요청번호 KCSC-240903-02 관련 처리 현황을 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>No</th><th>URL</th><th>서비스</th><th>조치</th></tr></thead>
<tbody>
<tr><td>1</td><td>{K[1]}</td><td>Daum 카페</td><td>게시중단</td></tr>
<tr><td>2</td><td>{K3_RAW}</td><td>티스토리</td><td>비공개 전환</td></tr>
<tr><td>3</td><td>{K[5]}</td><td>Daum 카페</td><td>게시 유지 (개인정보 노출 확인 불가)</td></tr>
</tbody></table>
<p>게시 유지 건은 게시물 본문과 첨부 이미지를 모두 확인하였으나 특정인을 식별할 수 있는 정보가 없었습니다.</p>
</body></html>
"""
add(case(
    "kakao-html-table-qp", KAKAO_RIGHT, "Thu, 05 Sep 2024 19:02:13 +0900",
    "RE: [KCSC-240903-02] 처리 현황 회신", "applied",
    "Kakao 처리 현황 HTML table (게시중단 / 비공개 전환 / 게시 유지)",
    "three rows: taken down, made private (removed), kept with a reason (rejected)",
    items={K[1]: "removed", K[3]: "removed", K[5]: "rejected"},
    reply_to="req-240903-02",
    raw_mime=single(html20, ctype="html")))

# 21. YouTube English, URLs in angle brackets (R3).
add(case(
    "yt-english-angle-brackets", YT_LEGAL, "Sat, 07 Sep 2024 04:12:37 +0900",
    "Re: Legal request KCSC-240904-03", "applied",
    "YouTube Legal Support English outcome with URLs in angle brackets",
    "one video removed globally for a guidelines violation; one link could not be located",
    items={Y[1]: "removed", Y[3]: "not_found"},
    reply_to="req-240904-03",
    body=f"""Hi there,

We reviewed the content you reported.

<{Y[1]}> has been removed from YouTube for violating our Community
Guidelines on harassment. It is no longer available in any country.

We were unable to locate any video at <{Y[3]}>. Please check that the
link is correct; if you have the full URL or the channel name, you can reply
to this email.

Sincerely,
YouTube Legal Support
"""))

# 22. DC full-width brackets and punctuation (R4).
add(case(
    "dc-fullwidth-brackets", DC_OP, "Mon, 09 Sep 2024 10:03:27 +0900",
    "Re: [KCSC-240905-04] 야구 갤러리 게시물", "applied",
    "DC Inside operator reply with URLs in full-width brackets and full-width punctuation",
    "two URLs in 「」/（） each stated deleted",
    items={D[1]: "removed", D[2]: "removed"},
    reply_to="req-240905-04",
    body=f"""디시인사이드 운영팀입니다.

「{D[1]}」 게시물은 개인정보 노출로 삭제 처리하였습니다。
（{D[2]}） 역시 동일한 사유로 삭제되었습니다．

감사합니다.
"""))

# 23. BAND base64 single item (R5).
add(case(
    "band-base64-one-deleted", BAND_CS, "Sat, 07 Sep 2024 12:30:19 +0900",
    "[BAND] 게시글 삭제 안내", "applied",
    "BAND 고객센터 deletion notice, base64-encoded body",
    "one named post deleted; the others are not mentioned",
    items={B[3]: "removed"},
    reply_to="req-240906-05",
    raw_mime=single(f"""안녕하세요, BAND 고객센터입니다.

요청번호 KCSC-240906-05로 신고해 주신 게시글 중
{B[3]} 게시글은 마약류 판매 광고로 확인되어 삭제하였고, 작성자의 밴드 이용을 제한하였습니다.

신고해 주셔서 감사합니다.
""", cte="base64")))

# 24. NAVER echoed report fields (R6).
add(case(
    "naver-echoed-report-fields", NAVER_CAFE, "Thu, 12 Sep 2024 14:55:03 +0900",
    "[네이버 고객센터] 신고 처리 결과 안내", "applied",
    "NAVER help-centre 신고 처리 결과 mail echoing the report form fields",
    "echoed 신고 URL + 처리 결과 blocks: one deleted, one no longer existing",
    items={M[2]: "removed", M[1]: "not_found"},
    reply_to="req-240909-06",
    body=f"""[네이버 고객센터] 신고 처리 결과 안내

안녕하세요. 고객님께서 접수하신 신고의 처리 결과를 안내드립니다.

━━━━━━━━━━━━━━━━━━━━
접수번호 : 20240910-0048812
신고 URL : {M[2]}
신고 유형 : 불법 정보(도박)
처리 결과 : 삭제
━━━━━━━━━━━━━━━━━━━━
접수번호 : 20240910-0048813
신고 URL : {M[1]}
신고 유형 : 불법 정보(도박)
처리 결과 : 해당 게시물이 존재하지 않습니다
━━━━━━━━━━━━━━━━━━━━

본 메일은 발신 전용입니다.
"""))

# 25. Kakao acknowledgement phrase plus a statement (R2).
add(case(
    "kakao-receipt-plus-one-result", KAKAO_RIGHT, "Tue, 03 Sep 2024 15:40:00 +0900",
    "[카카오] 시정요구 접수 안내 (KCSC-240903-02)", "applied",
    "Kakao 접수 안내 that also reports one item already taken down",
    "an acknowledgement phrase plus an unhedged item-level statement is not a pure acknowledgement",
    items={K[4]: "removed"},
    reply_to="req-240903-02",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

귀 위원회의 시정요구가 정상적으로 접수되었습니다(접수번호 RC-2409-03117).

참고로 요청 목록 중 {K[4]} 은 다른 신고 건으로
이미 게시중단 조치되어 현재 게시되어 있지 않습니다.

나머지 건은 순차적으로 검토하여 회신드리겠습니다.
"""))

# ======================================================== REVIEW
add(case(
    "naver-promise-will-be-taken-down", NAVER_BLOG, "Tue, 03 Sep 2024 11:18:40 +0900",
    "Re: [KCSC-240902-01] 블로그 게시물 삭제 요청", "review",
    "NAVER Blog reply promising 게시중단 after internal review",
    "'조치될 예정입니다' is a promise, not a statement: named items stay pending",
    classification="confirmation", review="not_understood",
    items={N[1]: "pending", N[2]: "pending"},
    reply_to="req-240902-01",
    body=f"""안녕하세요. 네이버 블로그 고객센터입니다.

요청하신 아래 게시물은 내부 검토를 거쳐 이번 주 중 게시중단 조치될 예정입니다.
{N[1]}
{N[2]}

조치가 완료되면 결과를 다시 안내드리겠습니다.
"""))

add(case(
    "kakao-hedged-seems-deleted", DAUM_CAFE, "Thu, 05 Sep 2024 13:07:22 +0900",
    "Re: [KCSC-240903-02] 카페 게시글 관련 문의", "review",
    "informal Daum Cafe reply guessing the post was already deleted",
    "'삭제된 것으로 보입니다' is a hedge: no status",
    classification="confirmation", review="not_understood",
    items={K[2]: "pending"},
    reply_to="req-240903-02",
    body=f"""안녕하세요. Daum 카페 운영팀입니다.

{K[2]} 글은 확인해 보니 작성자가 이미 삭제한 것으로 보입니다.
정확한 삭제 시점은 로그 확인이 필요해서 다시 알려드릴게요.
"""))

add(case(
    "yt-english-under-review", YT_LEGAL, "Thu, 05 Sep 2024 07:25:58 +0900",
    "Re: Legal request KCSC-240904-03", "review",
    "YouTube Legal Support 'we are reviewing / may take action' update",
    "under review and 'may' are not statements; named items stay pending",
    classification="confirmation", review="not_understood",
    items={Y[1]: "pending", Y[2]: "pending"},
    reply_to="req-240904-03",
    body=f"""Hello,

Thanks for your report. Our team is currently reviewing the following videos
against our policies and local law:

{Y[1]}
{Y[2]}

If we find that the content violates our policies, we may remove it or
restrict it in Korea. We will follow up once our review is complete.

YouTube Legal Support
"""))

add(case(
    "naver-bulk-all-12", NAVER_POLICY, "Mon, 09 Sep 2024 17:02:11 +0900",
    "[네이버] 시정요구 조치 완료 알림 (KCSC-240902-01)", "review",
    "NAVER 조치 완료 알림 that reports all items together without listing them",
    "'12건 전건 게시중단' for a 12-item request names no item: bulk",
    classification="confirmation", review="bulk",
    reply_to="req-240902-01",
    body="""안녕하세요. 네이버 정책지원팀입니다.

귀 위원회에서 2024. 9. 2. 시정요구하신 게시물 12건에 대하여
전건 게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
"""))

add(case(
    "dc-bulk-all-deleted", DC_OP, "Tue, 10 Sep 2024 09:41:36 +0900",
    "Re: [KCSC-240905-04] 게시물 삭제 요청의 건", "review",
    "DC Inside one-line '전부 삭제' operator reply",
    "a statement about all the request's five items without naming any: bulk",
    classification="confirmation", review="bulk",
    reply_to="req-240905-04",
    body="""요청하신 게시물 전부 삭제 처리했습니다.
감사합니다.

디시인사이드 운영팀
"""))

add(case(
    "naver-untrusted-dmarc-fail", NAVER_POLICY, "Tue, 10 Sep 2024 19:30:05 +0900",
    "[네이버] KCSC-240909-06 조치결과", "review",
    "NAVER-looking result notice whose DKIM/SPF/DMARC fail",
    "statements from a platform domain that fails authentication are untrusted",
    classification="confirmation", review="untrusted", auth="fail",
    items={M[1]: "pending", M[2]: "pending"},
    reply_to="req-240909-06",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물의 조치 결과입니다.
- {M[1]} : 삭제
- {M[2]} : 삭제

감사합니다.
"""))

add(case(
    "unknown-sender-monitoring-vendor",
    dict(frm="report@cleanwave-monitor.co.kr", name=h("클린웨이브 모니터링")),
    "Fri, 06 Sep 2024 16:10:44 +0900",
    "RE: [KCSC-240905-04] 디시인사이드 게시물 처리", "review",
    "outsourced moderation vendor replying on a portal's behalf",
    "sender domain belongs to no configured platform",
    classification="confirmation", review="unknown_sender",
    items={D[1]: "pending", D[2]: "pending"},
    reply_to="req-240905-04",
    body=f"""안녕하세요. 디시인사이드 게시판 모니터링 위탁업체 클린웨이브입니다.

운영사 요청에 따라 아래 게시물 삭제를 완료하여 회신드립니다.
{D[1]}
{D[2]}

문의는 본 메일로 회신 부탁드립니다.
"""))

add(case(
    "band-states-naver-cafe-item", BAND_CS, "Wed, 04 Sep 2024 10:20:00 +0900",
    "문의 답변: 네이버 카페 게시글 삭제 요청", "review",
    "BAND customer service answering about a NAVER Cafe post (same corporate group)",
    "a band.us sender states a status for a NAVER item: wrong_platform",
    classification="confirmation", review="wrong_platform",
    items={N[7]: "pending"},
    body=f"""안녕하세요, BAND 고객센터입니다.

네이버 카페 관련 문의가 BAND 고객센터로 접수되어 대신 확인해 드립니다.
문의하신 {N[7]} 게시글은 네이버 카페 측에서 삭제 처리된 것을 확인했습니다.

향후 네이버 카페 관련 문의는 네이버 고객센터로 접수해 주시면 더 빠르게 도와드릴 수 있습니다.
"""))

add(case(
    "naver-asks-for-documents", NAVER_POLICY, "Tue, 10 Sep 2024 10:02:50 +0900",
    "Re: [KCSC-240909-06] 요청 관련 추가 자료 요청", "review",
    "NAVER request for the 의결서 and 공문 original before acting",
    "the platform asks for documents; nothing is stated about the items",
    classification="request_for_info", review="asks_more",
    items={M[1]: "pending", M[2]: "pending"},
    reply_to="req-240909-06",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 건(KCSC-240909-06)의 처리를 위해 아래 자료를 추가로 보내 주시기 바랍니다.

1. 해당 게시물에 대한 심의 의결서 사본
2. 기관 직인이 날인된 공문 원본(PDF)

대상 게시물:
{M[1]}
{M[2]}

자료가 확인되는 대로 검토하여 처리하겠습니다.
"""))

add(case(
    "yt-ko-no-reference", YT_KO, "Thu, 12 Sep 2024 09:00:31 +0900",
    "[YouTube] 요청 처리 완료 안내", "review",
    "YouTube Korean generic completion notice with no case reference",
    "trusted, but names no item, no reference and no thread: no_claims",
    classification="confirmation", review="no_claims",
    body="""안녕하세요.

YouTube 법무지원팀입니다. 귀하께서 제출하신 요청에 대한 처리가 완료되었음을 알려드립니다.
추가 문의 사항은 YouTube 고객센터를 통해 접수해 주시기 바랍니다.

감사합니다.
"""))

add(case(
    "dc-conflicting-delete-and-keep", DC_OP, "Wed, 11 Sep 2024 15:15:15 +0900",
    "Re: [KCSC-240905-04] 미니갤러리 게시물 건", "review",
    "hurried DC Inside operator reply whose result line and explanation disagree",
    "the same URL is said to be deleted and to be kept: conflicting statements",
    classification="confirmation", review="conflicting_statements",
    items={D[5]: "pending"},
    reply_to="req-240905-04",
    body=f"""디시인사이드 운영팀입니다.

{D[5]}
처리 결과: 삭제

위 미니갤러리 게시물은 검토 결과 실명이나 연락처 등 개인을 특정할 수 있는 정보가 없어
운영원칙 위반으로 보기 어려워 게시물을 유지하기로 했습니다.
"""))

add(case(
    "band-conditional-deletion", BAND_CS, "Mon, 09 Sep 2024 16:40:12 +0900",
    "[BAND] 신고 게시글 처리 진행 안내", "review",
    "BAND notice that the author was given a chance to respond before deletion",
    "deletion only if the author does not answer within 7 days: a condition, item stays pending",
    classification="confirmation", review="not_understood",
    items={B[1]: "pending"},
    reply_to="req-240906-05",
    body=f"""안녕하세요, BAND 고객센터입니다.

신고하신 게시글 {B[1]} 에 대하여
작성자에게 소명 기회를 부여하였습니다. 7일 이내 소명이 없거나 소명이 타당하지 않을 경우
해당 게시글은 삭제될 예정입니다.

처리 결과는 확정되는 대로 다시 안내드리겠습니다.
"""))

# ======================================================== IGNORED
add(case(
    "naver-ooo-korean", dict(frm="kim.sy@navercorp.com", name=h("김서연")),
    "Mon, 02 Sep 2024 10:31:02 +0900",
    "[자동응답] 부재중입니다: [KCSC-240902-01] 불법정보 시정요구", "ignored",
    "Korean Outlook 부재중 자동응답",
    "out-of-office auto-reply",
    classification="auto_reply",
    reply_to="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 김서연입니다.

9월 2일(월)부터 9월 6일(금)까지 하계 휴가로 부재중입니다.
급한 업무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

복귀 후 확인하여 회신드리겠습니다.
"""))

add(case(
    "google-ooo-english", dict(frm="jhpark@google.com", name="Jae-hyun Park"),
    "Wed, 04 Sep 2024 09:41:18 +0900",
    "Automatic reply: Legal request KCSC-240904-03", "ignored",
    "Gmail/Workspace vacation responder",
    "out-of-office auto-reply",
    classification="auto_reply",
    reply_to="req-240904-03",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""I'm out of the office until Thursday, 12 September, with limited access to
email. For urgent legal requests from Korea, please use legal-kr@google.com.

Thanks,
Jae-hyun
"""))

dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: right-team@kakaocorp.com
Subject: [KCSC-240903-02] =?UTF-8?B?7Iuc7KCV7JqU6rWs?=
Date: Tue, 03 Sep 2024 11:00:00 +0900
Message-ID: <req-240903-02@kcsc.example>
Content-Type: text/plain; charset=utf-8

{K[1]}
{K[2]}
{K[4]}
"""
add(case(
    "kakao-dsn-bounce", dict(frm="mailer-daemon@kakaocorp.com", name="Mail Delivery System"),
    "Tue, 03 Sep 2024 11:00:41 +0900",
    "Undelivered Mail Returned to Sender", "ignored",
    "Postfix DSN: recipient mailbox unknown, original request attached",
    "delivery failure report; the URLs are only in the returned request",
    classification="bounce",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0903-kk"

--dsn-0903-kk
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-team@kakaocorp.com>: host mbox.kakaocorp.com[203.0.113.25] said: 550
    5.1.1 <right-team@kakaocorp.com>: Recipient address rejected: User unknown

--dsn-0903-kk
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Tue,  3 Sep 2024 11:00:39 +0900

Final-Recipient: rfc822; right-team@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-0903-kk
Content-Type: message/rfc822

{dsn_orig}
--dsn-0903-kk--
"""))

add(case(
    "dc-mdn-read-receipt", dict(frm="lee.op@dcinside.com", name="lee.op"),
    "Thu, 05 Sep 2024 15:02:09 +0900",
    h("읽음: [KCSC-240905-04] 게시물 삭제 요청의 건"), "ignored",
    "Outlook/Thunderbird read receipt (MDN, disposition-notification)",
    "read receipt",
    classification="read_receipt",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dc-0905"

--mdn-dc-0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''보낸 메시지를 받는 사람이 열어 보았습니다.

받는 사람: lee.op@dcinside.com
제목: [KCSC-240905-04] 게시물 삭제 요청의 건
읽은 날짜: 2024-09-05 오후 3:02
''')}
--mdn-dc-0905
Content-Type: message/disposition-notification

Reporting-UA: dcinside.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; lee.op@dcinside.com
Original-Message-ID: <req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dc-0905--
"""))

add(case(
    "band-ticket-receipt", BAND_CS, "Fri, 06 Sep 2024 10:11:30 +0900",
    "[BAND] 문의가 접수되었습니다", "ignored",
    "BAND 고객센터 automatic 문의 접수 안내 with a ticket number",
    "pure acknowledgement",
    classification="acknowledgement",
    reply_to="req-240906-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, BAND 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: BD240906-771204
 - 접수일시: 2024-09-06 10:11

접수된 문의는 순서대로 확인하여 답변드리며, 답변은 영업일 기준 2~3일 정도 소요될 수 있습니다.
본 메일은 발신 전용입니다.
"""))

add(case(
    "yt-legal-auto-ack", dict(frm="legal-noreply@google.com", name="Google Legal"),
    "Wed, 04 Sep 2024 09:40:52 +0900",
    "[3-1047732000641] Your legal request KCSC-240904-03", "ignored",
    "Google/YouTube legal webform automatic receipt",
    "automated acknowledgement with a case number, nothing about items",
    classification="acknowledgement",
    reply_to="req-240904-03",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thank you for contacting Google. We have received your request and assigned
it the reference number [3-1047732000641]. Please keep this number in the
subject line of any further correspondence about this request.

This is an automatically generated message; replies to it are not monitored.

The Google Legal Team
"""))

add(case(
    "kakao-cs-receipt", dict(frm="noreply@kakaocorp.com", name=h("카카오 고객센터")),
    "Tue, 10 Sep 2024 16:01:12 +0900",
    "[카카오 고객센터] 문의 접수 완료 안내 (KCSC-240910-07)", "ignored",
    "Kakao 고객센터 문의 접수 완료 automatic mail",
    "pure acknowledgement",
    classification="acknowledgement",
    reply_to="req-240910-07",
    extra_headers=["Auto-Submitted: auto-generated"],
    raw_mime=single("""[카카오 고객센터] 문의 접수 완료 안내

안녕하세요, 카카오 고객센터입니다.
보내주신 문의가 접수되었습니다.

■ 문의번호: KK-0910-553281
■ 문의유형: 권리침해 신고 > 게시중단 요청

담당자가 내용을 확인한 후 등록하신 이메일로 답변드리겠습니다.
이 메일은 발신 전용이므로 회신하실 수 없습니다.
""")))


HEADER = """# Blind set 947: Korean replies (NAVER, Kakao/Daum, YouTube Korea, DC Inside,
# BAND): 공문-style answers, 임시조치 notices, 시정요구 조치결과 tables,
# informal operator replies. Written by make.py; expected results were
# written from each email's meaning before any run of the reader."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(len(CASES), "cases")
