#!/usr/bin/env python3
"""Blind set 849: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Ppomppu), Korean and English mixed, plus the
doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind849/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own sentences; expected results were
written from each email's meaning before the reader was ever run on them.
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

SET = "blind849"

# ---------------------------------------------------------------- requests
DAUM_CAFE_KO = "중고장터"
DAUM_CAFE_ENC = quote(DAUM_CAFE_KO)

N = [
    "https://blog.naver.com/moonlit_trader77/223561100401",
    "https://blog.naver.com/moonlit_trader77/223561100588",
    "https://cafe.naver.com/quickloanzone/48213",
    "https://cafe.naver.com/quickloanzone/48260",
    "https://cafe.naver.com/quickloanzone/48301",
    "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40308&docId=471203398",
    "https://blog.naver.com/hanul_deal/223560987112",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38110472&memberNo=51200731",
    "https://cafe.naver.com/quickloanzone/48377",
    "https://blog.naver.com/sunrise_credit/223559004321",
    "https://tv.naver.com/v/58120334",
    "https://blog.naver.com/sunrise_credit/223559004777",
]
D_RAW = [
    f"https://cafe.daum.net/{DAUM_CAFE_KO}/Xk2p/318",
    f"https://cafe.daum.net/{DAUM_CAFE_KO}/Xk2p/341",
    "https://gamblehouse77.tistory.com/112",
    "https://cafe.daum.net/rentbridge/aB9x/77",
]
D = [
    f"https://cafe.daum.net/{DAUM_CAFE_ENC}/Xk2p/318",
    f"https://cafe.daum.net/{DAUM_CAFE_ENC}/Xk2p/341",
    D_RAW[2],
    D_RAW[3],
]
C = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9931204",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=552310",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=552377",
    "https://gall.dcinside.com/mini/board/view/?id=sidejob&no=4410",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9931388",
]
S = [
    "https://vod.sooplive.co.kr/player/138822410",
    "https://ch.sooplive.co.kr/nightbet_tv/post/129904411",
    "https://vod.sooplive.co.kr/player/138823077",
]
F = [
    "https://www.fmkorea.com/7412209981",
    "https://www.fmkorea.com/7412233054",
]
L = ["https://www.clien.net/service/board/park/18822931"]
P = [
    "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120334",
    "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4411029",
    "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120519",
]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03", "2024-09-10", N, "illegal_loan_ad",
     "blogs, cafe, KnowledgeiN, Post and TV items advertising unregistered loans"),
    ("KCSC-240905-02", "daum", "2024-09-05", "2024-09-12", D, "gambling",
     "Daum cafe (Korean cafe path) and TISTORY items"),
    ("KCSC-240909-03", "dcinside", "2024-09-09", "2024-09-16", C, "illegal_finance",
     "gallery posts touting a fake investment room"),
    ("KCSC-240910-04", "soop", "2024-09-10", "2024-09-17", S, "gambling",
     "VODs and a station post promoting an illegal betting site"),
    ("KCSC-240911-05", "fmkorea", "2024-09-11", "2024-09-18", F, "privacy",
     "posts exposing personal data"),
    ("KCSC-240912-06", "clien", "2024-09-12", "2024-09-19", L, "illegal_drug",
     "one post advertising prescription drugs"),
    ("KCSC-240913-07", "ppomppu", "2024-09-13", "2024-09-20", P, "illegal_sale",
     "market posts selling unlicensed goods"),
]


def msgid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def rid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def subj(s):
    """RFC 2047 encoded subject (some platforms send them encoded)."""
    return Header(s, "utf-8").encode()


def multipart_mixed(boundary, text, attach_name, attach_body, attach_type="text/csv"):
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(text)}
--{boundary}
Content-Type: {attach_type}; charset=utf-8; name="{attach_name}"
Content-Disposition: attachment; filename="{attach_name}"
Content-Transfer-Encoding: base64

{b64(attach_body)}
--{boundary}--
"""


def html_alt(boundary, text, html, enc="base64"):
    def part(ctype, body):
        if enc == "base64":
            return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{b64(body)}"
        return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp(body)}"
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
{part("text/plain", text)}
--{boundary}
{part("text/html", html)}
--{boundary}--
"""


REQ_QUOTE_N = "\n".join(f"> {i + 1}. {u}" for i, u in enumerate(N))

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= APPLIED =======================

case(
    name="naver-gsc-result-numbered-mixed",
    **{"from": "right-noreply@navercorp.com"},
    name_from="NAVER 게시중단 요청 서비스",
    date="Thu, 05 Sep 2024 16:42:10 +0900",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 게시중단 요청 서비스 담당자입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240903-01) 중 아래 5건의
처리 결과를 먼저 안내드립니다.

1. {N[0]}
   - 처리 결과: 삭제
2. {N[1]}
   - 처리 결과: 임시조치 (30일)
3. {N[2]}
   - 처리 결과: 게시물 없음 (작성자가 이미 삭제한 게시물입니다)
4. {N[3]}
   - 처리 결과: 조치 불가 - 운영원칙 및 관련 법령 위반 사항이 확인되지 않아
     게시를 유지합니다.
5. {N[4]}
   - 처리 결과: 블라인드

나머지 게시물은 확인 중이며, 처리가 끝나는 대로 별도로 안내드리겠습니다.

※ 본 메일은 발신 전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.

네이버 주식회사 | 경기도 성남시 분당구 정자일로 95
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 서비스 result notice (numbered list, status line under each URL)",
    why="five items each with its own result line: 삭제, 임시조치, author-deleted, kept for no violation, 블라인드",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "not_found", N[3]: "rejected", N[4]: "removed"},
)

HTML_ROWS = [
    (N[0], "블로그", "삭제"), (N[1], "블로그", "삭제"),
    (N[2], "카페", "게시물 없음(작성자 삭제)"), (N[3], "카페", "삭제"),
    (N[4], "카페", "블라인드"), (N[5], "지식iN", "삭제"),
    (N[6], "블로그", "비공개 처리"), (N[7], "포스트", "삭제"),
    (N[8], "카페", "접근 제한(성인 인증 후 열람)"), (N[9], "블로그", "삭제"),
    (N[10], "네이버TV", "삭제"), (N[11], "블로그", "미조치(위반 사항 없음)"),
]
_rows_html = "\n".join(
    f'<tr><td>{i + 1}</td><td><a href="{u.replace("&", "&amp;")}">{u.replace("&", "&amp;")}</a></td>'
    f"<td>{svc}</td><td>{res}</td><td>2024-09-09</td></tr>"
    for i, (u, svc, res) in enumerate(HTML_ROWS)
)
_rows_text = "\n".join(f"{i + 1}. {u} | {svc} | {res}" for i, (u, svc, res) in enumerate(HTML_ROWS))
case(
    name="naver-kcsc-table-html-all-twelve",
    **{"from": "gov-request@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 18:05:33 +0900",
    subject=subj("Re: [방송통신심의위원회] 시정요구 조치결과 회신 요청 (KCSC-240903-01)"),
    reply_to_req=rid("KCSC-240903-01"),
    raw_mime=html_alt("nv-alt-0909", f"""안녕하세요, 네이버 정책지원팀입니다.
시정요구(KCSC-240903-01) 12건에 대한 조치 결과를 회신드립니다.

{_rows_text}

감사합니다.
""", f"""<html><body style="font-family:Malgun Gothic,sans-serif">
<p>안녕하세요, 네이버 정책지원팀입니다.<br>
시정요구(KCSC-240903-01) 12건에 대한 조치 결과를 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>서비스</th><th>조치결과</th><th>조치일자</th></tr>
{_rows_html}
</table>
<p>감사합니다.<br>NAVER 정책지원팀</p>
</body></html>"""),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (HTML with plain-text alternative)",
    why="one row per item of the 12-item request, each with its own 조치결과",
    items={N[0]: "removed", N[1]: "removed", N[2]: "not_found", N[3]: "removed", N[4]: "removed",
           N[5]: "removed", N[6]: "removed", N[7]: "removed", N[8]: "restricted", N[9]: "removed",
           N[10]: "removed", N[11]: "rejected"},
)

case(
    name="naver-bilingual-statement-above-url",
    **{"from": "trust.safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Fri, 06 Sep 2024 11:20:45 +0900",
    subject="Re: KCSC-240903-01 removal request / 삭제 요청",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Dear KCSC team,
안녕하세요.

Regarding your request KCSC-240903-01, we have finished reviewing three
of the URLs.

The following KnowledgeiN question was deleted for breaching our policy
on illegal financial advertising:
{N[5]}

The blog post below has also been removed:
{N[6]}

Access to the following Post is now limited to verified adult users
(age restriction applied):
{N[7]}

[요약] 지식iN 질문 1건 삭제, 블로그 게시물 1건 삭제, 포스트 1건 연령 제한.

Kind regards,
Minji Seo
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER English/Korean trust-and-safety reply, statement line above each URL",
    why="each URL stands under the sentence that states its result",
    items={N[5]: "removed", N[6]: "removed", N[7]: "restricted"},
)

CSV_N = "번호,URL,처리결과,처리일\n" + "\n".join([
    f"1,{N[8]},삭제,2024-09-10",
    f"2,{N[9]},삭제,2024-09-10",
    f"3,{N[10]},게시물 없음,2024-09-10",
    f"4,{N[11]},유지(위반 아님),2024-09-10",
]) + "\n"
case(
    name="naver-csv-attachment-four",
    **{"from": "gov-request@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Tue, 10 Sep 2024 17:31:02 +0900",
    subject=subj("[NAVER] KCSC-240903-01 처리 결과 송부"),
    raw_mime=multipart_mixed("nv-mix-0910", """안녕하세요.

요청번호 KCSC-240903-01 중 4건의 처리 결과를 첨부 파일(CSV)로
송부드립니다. 확인 부탁드립니다.

네이버 정책지원팀 드림
""", "KCSC-240903-01_result.csv", CSV_N),
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as CSV attachment",
    why="the CSV gives one result per URL: two deleted, one missing, one kept as not violating",
    items={N[8]: "removed", N[9]: "removed", N[10]: "not_found", N[11]: "rejected"},
)

case(
    name="naver-top-posted-over-korean-quote",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우",
    date="Wed, 11 Sep 2024 10:02:18 +0900",
    subject="Re: [KCSC-240903-01] 불법 대부 광고 게시물 삭제 요청",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 한지우입니다.

아래 2건은 오늘 오전 삭제 완료했습니다.
{N[9]}
{N[10]}

나머지 건은 아직 담당 부서에서 보고 있습니다.

한지우 드림

2024년 9월 3일 (화) 오후 6:10, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
> 안녕하세요. 방송통신심의위원회입니다.
> 아래 게시물은 미등록 대부업 광고로 심의 결과 시정요구가 의결되었기에
> 삭제를 요청드립니다. (요청번호 KCSC-240903-01, 기한 9월 10일)
>
{REQ_QUOTE_N}
>
> 조치 결과를 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean top-posted reply over the regulator's quoted request",
    why="only the two URLs above the quote are stated deleted; the quoted list is our own request",
    items={N[9]: "removed", N[10]: "removed"},
)

case(
    name="naver-quoted-printable-private-and-kept",
    **{"from": "cafe-policy@naver.com"},
    name_from="네이버 카페 운영정책",
    date="Thu, 12 Sep 2024 09:47:30 +0900",
    subject=subj("네이버 카페/블로그 신고 게시물 검토 결과 (KCSC-240903-01)"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. 네이버 운영정책 담당자입니다.

KCSC-240903-01 관련 2건의 검토 결과입니다.

- {N[6]}
  : 게시자 블로그 운영원칙 위반으로 비공개 처리되었습니다.
- {N[11]}
  : 대부업 등록 정보를 안내하는 정보성 글로 판단되어 게시를 유지합니다.
    (광고성 문구나 연락처가 포함되어 있지 않습니다.)

이의가 있으시면 회신 주시기 바랍니다.
감사합니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy desk reply, quoted-printable Korean body",
    why="one post made private (removed), the other kept with its reason (rejected)",
    items={N[6]: "removed", N[11]: "rejected"},
)

case(
    name="naver-gmail-quote-english",
    **{"from": "kr-legal@navercorp.com"},
    name_from="NAVER Legal",
    date="Fri, 13 Sep 2024 15:12:09 +0900",
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

We have taken down the blog post {N[0]} .
The author has been notified.

Best,
NAVER Legal

On Tue, Sep 3, 2024 at 6:10 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear NAVER,
> Please remove the following content (KCSC-240903-01):
> {N[0]}
> {N[1]}
> {N[2]}
> (9 more items listed in the attached sheet)
""",
    outcome="applied", classification="confirmation",
    imitates="English reply over Gmail 'On ... wrote:' quote",
    why="one named URL taken down above the quote; the quoted URLs are ours",
    items={N[0]: "removed"},
)

case(
    name="naver-dsa-style-statement-of-reasons",
    **{"from": "noreply-sor@navercorp.com"},
    name_from="NAVER",
    date="Mon, 09 Sep 2024 21:40:00 +0900",
    subject="Statement of reasons - content decision (ref. KCSC-240903-01)",
    body=f"""
STATEMENT OF REASONS

Reference: KCSC-240903-01
Content: {N[1]}
Decision: Visibility restricted. The post can no longer be viewed from
the Republic of Korea; it has not been deleted.
Ground: Breach of NAVER Blog operating principles (illegal financial
advertising) and a correction request from the competent authority.
Facts relied on: the post advertised loans without a registration number.
Automated means used: No.
Redress: the author may object via https://help.naver.com/support/appeal.help

NAVER Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision / ground / redress fields)",
    why="decision field states the item is restricted in Korea, expressly not deleted; help/appeal link is not an item",
    items={N[1]: "restricted"},
)

case(
    name="naver-bullets-author-deleted-private",
    **{"from": "cafe-policy@naver.com"},
    name_from="네이버 카페 운영정책",
    date="Tue, 10 Sep 2024 13:15:40 +0900",
    subject="Re: [KCSC-240903-01] 카페 게시물 조치 결과",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 카페 운영정책 담당자입니다.

요청하신 카페 게시물 2건의 확인 결과를 알려드립니다.

• {N[4]}
  작성자에 의해 이미 삭제된 게시물로, 현재 존재하지 않습니다.
• {N[8]}
  카페 운영원칙 위반이 확인되어 비공개 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations reply, bullet list with result under each URL",
    why="one post already deleted by its author (not_found), one made private (removed)",
    items={N[4]: "not_found", N[8]: "removed"},
)

case(
    name="naver-angle-bracket-wrapped-url",
    **{"from": "support-kin@naver.com"},
    name_from="네이버 지식iN",
    date="Wed, 11 Sep 2024 16:55:12 +0900",
    subject="[지식iN/네이버TV] 요청 게시물 삭제 완료 안내 - KCSC-240903-01",
    body=f"""
안녕하세요. 네이버 지식iN·네이버TV 운영 담당입니다.

요청번호 KCSC-240903-01 중 아래 게시물의 삭제를 완료하였습니다.

- 지식iN 질문: <{N[5][:58]}
  {N[5][58:]}>
- 네이버TV 동영상: <{N[10]}>

삭제된 게시물은 복구되지 않으며, 작성자에게는 운영정책 위반 사실이
통지되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER service-desk notice with long URL wrapped inside angle brackets (RFC 3986 app. C)",
    why="both named items are stated deleted; the KnowledgeiN URL is wrapped inside <...>",
    items={N[5]: "removed", N[10]: "removed"},
)

# ---- Daum / Kakao
case(
    name="daum-cafe-korean-path-arrows",
    **{"from": "cafe-report@daum.net"},
    name_from="Daum 카페",
    date="Mon, 09 Sep 2024 14:03:27 +0900",
    subject="[Daum 카페] 게시물 처리 결과 안내 - KCSC-240905-02",
    reply_to_req=rid("KCSC-240905-02"),
    body=f"""
[Daum 카페] 게시물 처리 결과 안내

요청번호: KCSC-240905-02
요청기관: 방송통신심의위원회

{D_RAW[0]} → 게시물 삭제 및 작성자 카페 활동 정지
{D_RAW[1]} → 임시조치(30일)

Daum 카페는 운영정책에 따라 신고된 게시물을 처리하고 있습니다.
운영정책 보기: https://cafe.daum.net/_policy

Kakao Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 게시물 처리 결과 notice, raw Korean cafe path with arrows",
    why="raw Korean path URLs each followed by their result: deleted and 임시조치",
    items={D[0]: "removed", D[1]: "restricted"},
)

case(
    name="kakao-tistory-english-removed-notfound",
    **{"from": "ts-report@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Tue, 10 Sep 2024 19:26:51 +0900",
    subject="Re: KCSC-240905-02 - Daum / TISTORY content",
    reply_to_req=rid("KCSC-240905-02"),
    body=f"""
Hello KCSC,

Thank you for your report. Our findings:

The TISTORY post {D_RAW[2]} has been taken down and the blog has
received a policy strike.

We could not locate {D_RAW[3]} - there is no post at that address
on Daum Cafe.

Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao trust-and-safety English reply",
    why="one item taken down, one stated not to exist",
    items={D[2]: "removed", D[3]: "not_found"},
)

_daum_rows = [(D_RAW[0], D[0], "삭제"), (D_RAW[1], D[1], "삭제"), (D_RAW[2], D[2], "블라인드"),
              (D_RAW[3], D[3], "게시물 없음")]
_daum_tr = "\n".join(f'<tr><td><a href="{enc}">{raw}</a></td><td>{res}</td></tr>' for raw, enc, res in _daum_rows)
_daum_html = f"""<html><body>
<p>안녕하세요, 카카오 고객센터입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240905-02)에 대한 조치 결과를 아래와 같이 알려드립니다.</p>
<table border="1">
<tr><th>대상 URL</th><th>조치결과</th></tr>
{_daum_tr}
</table>
<p>카카오 운영정책: <a href="https://www.kakao.com/policy/oppolicy">https://www.kakao.com/policy/oppolicy</a></p>
</body></html>"""
case(
    name="daum-base64-html-table",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 10:11:05 +0900",
    subject=subj("[카카오] 시정요구 조치결과 (KCSC-240905-02)"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_daum_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 시정요구 조치결과 HTML table, base64 body, percent-encoded hrefs",
    why="table gives each of the four items its result; policy link is not an item",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="daum-outlook-original-message",
    **{"from": "sohee.park@kakaocorp.com"},
    name_from="Park Sohee (박소희)",
    date="Fri, 13 Sep 2024 11:48:22 +0900",
    subject="RE: [KCSC-240905-02] 도박 광고 게시물 삭제 요청",
    reply_to_req=rid("KCSC-240905-02"),
    body=f"""
안녕하세요, 카카오 박소희입니다.

요청 주신 건 중 {D_RAW[1]} 게시물은 Daum 검색 노출에서 제외하고,
성인 인증을 거친 회원만 열람할 수 있도록 접근 제한 조치하였습니다.

감사합니다.
박소희 | Kakao Corp. 정책협력팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 5:30 PM
To: report@kakaocorp.com
Subject: [KCSC-240905-02] 도박 광고 게시물 삭제 요청

아래 4건의 게시물 삭제를 요청드립니다.
1. {D[0]}
2. {D[1]}
3. {D[2]}
4. {D[3]}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over '-----Original Message-----' block",
    why="one item restricted (access limited to verified adults) above the quoted request",
    items={D[1]: "restricted"},
)

# ---- DC Inside
case(
    name="dc-operator-deleted-squares",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 15:30:00 +0900",
    subject="[디시인사이드] 요청 게시물 처리 결과입니다 (KCSC-240909-03)",
    reply_to_req=rid("KCSC-240909-03"),
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물 처리 결과입니다.

■ {C[0]}
  → 운영자 삭제 완료
■ {C[1]}
  → 삭제 완료 (작성자 IP 7일 이용 차단)
■ {C[2]}
  → 해당 게시물은 작성자가 이미 삭제한 상태입니다.

나머지 2건은 갤러리 관리자 확인 후 다시 회신드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team reply, result line under each URL",
    why="two posts deleted by the operator, one already deleted by its author; the 7-day block is about the writer",
    items={C[0]: "removed", C[1]: "removed", C[2]: "not_found"},
)

case(
    name="dc-mini-gallery-deleted-and-kept",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Fri, 13 Sep 2024 18:22:41 +0900",
    subject="Re: [디시인사이드] 요청 게시물 처리 결과입니다 (KCSC-240909-03)",
    reply_to_req=rid("KCSC-240909-03"),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

지난번 회신에서 남았던 2건 결과를 알려드립니다.

미니 갤러리 게시물 {C[3]} 은(는) 갤러리 매니저 확인 후 삭제되었습니다.

{C[4]} 은(는) 개인의 투자 의견을 적은 글로, 불법 정보에 해당한다고 보기
어려워 삭제하지 않고 게시를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside follow-up reply, prose with URL followed by Korean particle 은(는)",
    why="one post deleted, the other kept with a reason (rejected)",
    items={C[3]: "removed", C[4]: "rejected"},
)

case(
    name="dc-english-angle-brackets",
    **{"from": "global@dcinside.com"},
    name_from="DCInside Global Support",
    date="Thu, 12 Sep 2024 20:05:14 +0900",
    subject="Your request KCSC-240909-03",
    body=f"""
Hello,

Both posts below were deleted by our moderation team on 12 Sep 2024:

<{C[0]}>
<{C[3]}>

Regards,
DCInside Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside English support reply, URLs in angle brackets",
    why="two named posts stated deleted",
    items={C[0]: "removed", C[3]: "removed"},
)

case(
    name="dc-echoed-report-then-result",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    date="Thu, 12 Sep 2024 09:14:55 +0900",
    subject="[디시인사이드 신고센터] 신고 처리 완료 안내",
    body=f"""
디시인사이드 신고센터에서 알려드립니다.

[신고 내용]
신고자: 방송통신심의위원회
신고 사유: 불법 금융 광고 (요청번호 KCSC-240909-03)
신고 대상:
 {C[1]}
 {C[2]}
요청 사항: 위 게시물의 삭제를 요청합니다.

[처리 결과]
 {C[1]} : 삭제
 {C[2]} : 이미 삭제된 게시물(작성자 삭제)

신고에 감사드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community report-centre notice echoing the report before the result",
    why="the echoed report asks for deletion; the result section states deleted and author-deleted",
    items={C[1]: "removed", C[2]: "not_found"},
)

# ---- SOOP
case(
    name="soop-pipe-table-vod-post",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP 운영정책팀",
    date="Thu, 12 Sep 2024 13:40:19 +0900",
    subject="[SOOP] 불법정보 시정요구 조치 결과 회신 (KCSC-240910-04)",
    reply_to_req=rid("KCSC-240910-04"),
    body=f"""
안녕하세요. SOOP 운영정책팀입니다.
시정요구하신 콘텐츠에 대한 조치 결과를 회신드립니다.

No | URL | 조치 내용
1 | {S[0]} | VOD 삭제
2 | {S[1]} | 방송국 게시글 블라인드 처리
3 | {S[2]} | 19세 이상 시청 가능으로 연령 제한 설정

해당 방송국(BJ)에는 운영정책 위반에 따른 이용 정지 7일이 함께 적용되었습니다.

SOOP Corp. 운영정책팀
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) 조치 결과 회신, pipe-separated text table",
    why="VOD deleted, station post blinded, third VOD age-restricted",
    items={S[0]: "removed", S[1]: "removed", S[2]: "restricted"},
)

CSV_S = "url,action,actioned_at\n" + "\n".join([
    f"{S[0]},VOD deleted,2024-09-13 10:02",
    f"{S[1]},Post hidden (blind),2024-09-13 10:05",
    f"{S[2]},Age restriction applied (19+),2024-09-13 10:07",
]) + "\n"
case(
    name="soop-csv-attachment-english",
    **{"from": "trust@sooplive.com"},
    name_from="SOOP Trust & Safety",
    date="Fri, 13 Sep 2024 10:30:12 +0900",
    subject="KCSC-240910-04 - action report",
    reply_to_req=rid("KCSC-240910-04"),
    raw_mime=multipart_mixed("soop-mix-0913", """Hello,

Please find attached the action report for request KCSC-240910-04.

SOOP Trust & Safety
""", "action_report_KCSC-240910-04.csv", CSV_S),
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety action report as CSV attachment",
    why="CSV rows state deleted, hidden, age-restricted",
    items={S[0]: "removed", S[1]: "removed", S[2]: "restricted"},
)

# ---- FM Korea
case(
    name="fmkorea-particles-fullwidth",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    date="Fri, 13 Sep 2024 22:17:08 +0900",
    subject="Re: [KCSC-240911-05] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=rid("KCSC-240911-05"),
    body=f"""
안녕하세요, 에펨코리아 운영진입니다.

요청하신 {F[0]}은 확인 후 삭제 조치하였고, 작성자는 이용 정지되었습니다.
두 번째 게시물（{F[1]}）은 작성자가 이미 지운 글이라 확인되지 않습니다.

빠르게 처리하지 못해 죄송합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="small community admin reply, URL glued to a Korean particle and inside full-width parentheses",
    why="first post deleted; second already deleted by its writer (not_found)",
    items={F[0]: "removed", F[1]: "not_found"},
)

case(
    name="fmkorea-ack-phrase-plus-results",
    **{"from": "report@fmkorea.com"},
    name_from="에펨코리아 신고센터",
    date="Sat, 14 Sep 2024 09:05:44 +0900",
    subject="[에펨코리아] 신고 접수 및 처리 결과 (FM-2409-55120)",
    body=f"""
신고가 정상적으로 접수되었습니다. (접수번호 FM-2409-55120 / 요청번호 KCSC-240911-05)

검토 결과
- {F[0]} : 삭제
- {F[1]} : 존재하지 않는 게시물 (작성자 삭제)

에펨코리아 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that carries the results in the same message",
    why="receipt wording, but unhedged per-item results follow: not a pure acknowledgement",
    items={F[0]: "removed", F[1]: "not_found"},
)

# ---- Clien (one-item request)
case(
    name="clien-sole-item-no-url",
    **{"from": "help@clien.net"},
    name_from="클리앙 운영팀",
    date="Fri, 13 Sep 2024 12:00:31 +0900",
    subject="Re: [KCSC-240912-06] 의약품 불법 판매 게시물 삭제 요청",
    reply_to_req=rid("KCSC-240912-06"),
    body="""
안녕하세요, 클리앙 운영팀입니다.

요청하신 게시물은 운영규칙 위반으로 삭제 처리하였고,
작성자 계정은 영구 정지하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Clien admin reply to a one-item request, no URL repeated",
    why="reply in the thread of a one-item request: 'the requested post was deleted' covers its only item",
    items={L[0]: "removed"},
)

# ---- Ppomppu
case(
    name="ppomppu-numbered-mixed-reason",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    date="Mon, 16 Sep 2024 14:25:36 +0900",
    subject="Re: [KCSC-240913-07] 게시물 삭제 요청",
    reply_to_req=rid("KCSC-240913-07"),
    body=f"""
안녕하세요. 뽐뿌 운영팀입니다. 요청 건 처리 결과 안내드립니다.

1) {P[0]}
   삭제했습니다.
2) {P[1]}
   개인 간 중고 거래 글로, 판매 금지 품목이나 광고 규정 위반이 없어
   게시를 유지합니다.
3) {P[2]}
   존재하지 않는 게시물입니다.

추석 연휴 잘 보내십시오.
""",
    outcome="applied", classification="confirmation",
    imitates="Ppomppu admin reply, numbered list with result line under each URL",
    why="deleted; kept with reason (rejected); does not exist (not_found)",
    items={P[0]: "removed", P[1]: "rejected", P[2]: "not_found"},
)

case(
    name="ppomppu-url-below-statement",
    **{"from": "admin@ppomppu.co.kr"},
    name_from="뽐뿌",
    date="Tue, 17 Sep 2024 11:08:03 +0900",
    subject="뽐뿌 게시물 조치 안내 (KCSC-240913-07)",
    body=f"""
아래 게시물은 삭제하였습니다.
{P[0]}

아래 게시물은 찾을 수 없습니다. (잘못된 주소이거나 이미 삭제된 글)
{P[2]}

- 뽐뿌 운영자
""",
    outcome="applied", classification="confirmation",
    imitates="terse community admin note, URL on the line below its statement",
    why="each statement is followed by the URL it concerns",
    items={P[0]: "removed", P[2]: "not_found"},
)

# ======================= REVIEW =======================

case(
    name="naver-promise-will-delete",
    **{"from": "gov-request@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Wed, 04 Sep 2024 17:55:02 +0900",
    subject="Re: [KCSC-240903-01] 불법 대부 광고 게시물 삭제 요청",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 건 중 아래 블로그 게시물 2건은 담당 부서에서 검토하고 있으며,
위반이 확인되는 대로 삭제 조치할 예정입니다.

{N[0]}
{N[1]}

결과는 기한 내에 회신드리겠습니다.
""",
    outcome="review", classification="other", review="not_understood",
    imitates="portal interim reply promising action after review",
    why="'검토하고 있으며 … 삭제 조치할 예정' is a conditional promise, not a statement",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="dc-hedge-appears-deleted",
    **{"from": "global@dcinside.com"},
    name_from="DCInside Global Support",
    date="Wed, 11 Sep 2024 08:40:19 +0900",
    subject="Re: KCSC-240909-03",
    reply_to_req=rid("KCSC-240909-03"),
    body=f"""
Hi,

It appears that the following posts may already have been deleted, but
our system is still syncing so we will double-check and get back to you:

{C[0]}
{C[1]}

Thanks for your patience.
DCInside Global Support
""",
    outcome="review", classification="other", review="not_understood",
    imitates="support agent interim reply with hedged wording",
    why="'appears … may already have been deleted … will double-check' is a hedge",
    items={C[0]: "pending", C[1]: "pending"},
)

case(
    name="naver-bulk-all-deleted",
    **{"from": "gov-request@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 16:30:48 +0900",
    subject="Re: [KCSC-240903-01] 불법 대부 광고 게시물 삭제 요청",
    reply_to_req=rid("KCSC-240903-01"),
    body="""
안녕하세요, 네이버 정책지원팀입니다.

KCSC-240903-01 요청 건에 대하여 요청하신 게시물 전체 삭제 조치를
완료하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="portal one-line completion reply for a multi-item request",
    why="'요청하신 게시물 전체 삭제' covers the 12-item request without naming any item",
    items={u: "pending" for u in N},
)

case(
    name="soop-bulk-english",
    **{"from": "trust@sooplive.com"},
    name_from="SOOP Trust & Safety",
    date="Wed, 11 Sep 2024 19:02:37 +0900",
    subject="Re: KCSC-240910-04",
    reply_to_req=rid("KCSC-240910-04"),
    body="""
Hello,

All VODs and posts listed in your request KCSC-240910-04 have been
removed from SOOP.

Best regards,
SOOP Trust & Safety
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="trust-and-safety blanket 'all reported content removed' reply",
    why="one sentence about all three items of the request, naming none",
    items={u: "pending" for u in S},
)

case(
    name="kakao-dmarc-fail-claims",
    **{"from": "ts-report@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    auth="fail",
    date="Fri, 13 Sep 2024 02:14:09 +0900",
    subject="Re: KCSC-240905-02 - Daum / TISTORY content",
    body=f"""
Hello,

The following items have been deleted:
{D_RAW[0]}
{D_RAW[2]}

Kakao Trust & Safety
""",
    outcome="review", review="untrusted",
    imitates="Kakao-style reply failing DKIM/SPF/DMARC",
    why="platform domain but authentication failed: statements not trusted",
    items={D[0]: "pending", D[2]: "pending"},
)

case(
    name="naver-outsourced-vendor-unknown",
    **{"from": "moderation@clearsafe-bpo.example"},
    name_from="ClearSafe Moderation (on behalf of NAVER)",
    date="Wed, 11 Sep 2024 12:44:30 +0900",
    subject="KCSC-240903-01 - NAVER cafe items actioned",
    body=f"""
Dear KCSC,

On behalf of NAVER, we confirm that the following cafe posts were
removed today:

{N[2]}
{N[3]}

ClearSafe Moderation Services
Contracted moderation partner
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing on a platform's behalf",
    why="sender domain belongs to no configured platform",
    items={N[2]: "pending", N[3]: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "sidejob.manager@gmail.com"},
    name_from="부업갤 매니저",
    date="Sat, 14 Sep 2024 23:51:02 +0900",
    subject="부업 미니갤 게시물 관련",
    body=f"""
안녕하세요 부업 미니갤러리 매니저입니다.
운영팀에서 연락받고 {C[3]} 글 제가 삭제했습니다.
참고 부탁드려요.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal webmail address",
    why="a personal gmail.com sender is not DC Inside, however plausible the claim",
    items={C[3]: "pending"},
)

case(
    name="daum-says-naver-url-missing",
    **{"from": "cafe-report@daum.net"},
    name_from="Daum 카페",
    date="Fri, 06 Sep 2024 10:20:00 +0900",
    subject="[Daum 카페] 문의하신 게시물 확인 결과",
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

문의하신 {N[2]} 는 Daum 카페에서 찾을 수 없는 주소입니다.
(존재하지 않는 게시물)

Daum 카페 고객센터
""",
    outcome="review", review="wrong_platform",
    imitates="portal reply saying a URL is not found on its service",
    why="Daum states not_found for a NAVER cafe item, which is not its own",
    items={N[2]: "pending"},
)

case(
    name="naver-asks-for-documents",
    **{"from": "kr-legal@navercorp.com"},
    name_from="NAVER Legal",
    date="Thu, 05 Sep 2024 14:12:26 +0900",
    subject="Re: [KCSC-240903-01] 추가 자료 요청",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 법무지원팀입니다.

요청 건 중 {N[6]} 게시물은 특정인에 대한 권리침해
주장이 포함되어 있어, 처리를 위해 심의 의결서 사본과 근거 법령을
추가로 보내주시기 바랍니다.

자료를 받는 대로 검토하겠습니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="portal legal team asking for the decision document before acting",
    why="asks for supporting documents; no result for the named item",
    items={N[6]: "pending"},
)

case(
    name="soop-contact-change-no-items",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP 운영정책팀",
    date="Mon, 16 Sep 2024 09:00:00 +0900",
    subject="[SOOP] 공공기관 요청 접수 창구 변경 안내",
    body="""
안녕하세요. SOOP 운영정책팀입니다.

10월 1일부터 공공기관의 시정요구 및 자료 요청은
gov-request@sooplive.co.kr 로 보내 주시기 바랍니다.
기존 주소로 보내신 메일도 9월 말까지는 정상 처리됩니다.

감사합니다.
""",
    outcome="review", classification="other", review="no_claims",
    imitates="platform notice of a changed contact address",
    why="trusted SOOP mail naming no item and no request",
    items={},
)

case(
    name="fmkorea-conditional-deletion",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    date="Thu, 12 Sep 2024 18:33:50 +0900",
    subject="Re: [KCSC-240911-05] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=rid("KCSC-240911-05"),
    body=f"""
안녕하세요, 에펨코리아 운영진입니다.

{F[0]} 작성자에게 소명을 요청해 두었습니다.
7일 안에 소명이 없으면 삭제할 예정이며, 그 사이에는 글이 그대로
노출됩니다.
""",
    outcome="review", classification="other", review="not_understood",
    imitates="community admin reply announcing a conditional deletion",
    why="deletion depends on a condition in the future; the post is expressly still visible",
    items={F[0]: "pending"},
)

case(
    name="clien-forwarded-moderator-note",
    **{"from": "help@clien.net"},
    name_from="클리앙 운영팀",
    date="Fri, 13 Sep 2024 09:25:14 +0900",
    subject="Fwd: 신고 게시물 처리",
    body=f"""
KCSC-240912-06 건 참고로 전달드립니다.

---------- Forwarded message ---------
From: 클리앙 모더레이터 <mod-team@clien.net>
Date: 2024년 9월 13일 (금) 오전 8:50
Subject: 신고 게시물 처리
To: <help@clien.net>

{L[0]} 게시물 삭제했습니다. 작성자 정지는 운영팀에서 판단 부탁드립니다.
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="platform staff forwarding an internal moderator note",
    why="the only statement is inside a forwarded message, not the sender's own",
    items={L[0]: "pending"},
)

# ======================= IGNORED =======================

case(
    name="naver-chuseok-out-of-office",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우",
    date="Mon, 16 Sep 2024 08:00:12 +0900",
    subject="[자동 회신] Re: [KCSC-240903-01] 불법 대부 광고 게시물 삭제 요청",
    reply_to_req=rid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
추석 연휴(9월 16일~18일) 기간 동안 부재중입니다.
급한 용무는 gov-request@navercorp.com 으로 보내 주시기 바랍니다.

I am out of office for the Chuseok holidays until 18 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply (Chuseok holidays)",
    why="Auto-Submitted: auto-replied, holiday absence notice",
    items={},
)

case(
    name="fmkorea-ooo-english",
    **{"from": "admin@fmkorea.com"},
    name_from="FMKorea Admin",
    date="Thu, 12 Sep 2024 07:30:00 +0900",
    subject="Automatic reply: [KCSC-240911-05] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=rid("KCSC-240911-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for your message. I am away until 20 September with limited
access to email. Reports about posts will be handled when I return.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' away message",
    why="auto-reply; 'will be handled' is about the future anyway",
    items={},
)

case(
    name="dc-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"},
    name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 17:41:03 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0909"

--dsn-0909
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: mailbox full, quota exceeded (552 5.2.2)

--dsn-0909
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Mon,  9 Sep 2024 17:40:58 +0900

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-0909
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report@dcinside.com
Subject: [KCSC-240909-03] 불법 금융 광고 게시물 삭제 요청
Message-ID: <{msgid("KCSC-240909-03")}>
Date: Mon, 09 Sep 2024 17:40:50 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물의 삭제를 요청드립니다.
{C[0]}
{C[1]}
{C[2]}

--dsn-0909--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) with our request returned",
    why="delivery failure report; the URLs are in our own returned request",
    items={},
)

case(
    name="naver-korean-bounce",
    **{"from": "mailer-daemon@navercorp.com"},
    name_from="Mail Delivery Subsystem",
    date="Tue, 03 Sep 2024 18:12:44 +0900",
    subject=subj("메일 발송 실패 안내 (Delivery Status Notification - Failure)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="nvdsn-0903"

--nvdsn-0903
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''보내신 메일이 아래 수신자에게 전달되지 못했습니다.

수신자: policy-kr@navercorp.com
사유: 존재하지 않는 계정입니다. (550 5.1.1 User unknown)

제목: [KCSC-240903-01] 불법 대부 광고 게시물 삭제 요청
''')}
--nvdsn-0903
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.navercorp.com

Final-Recipient: rfc822; policy-kr@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--nvdsn-0903
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@navercorp.com
Subject: {subj("[KCSC-240903-01] 불법 대부 광고 게시물 삭제 요청")}
Message-ID: <{msgid("KCSC-240903-01")}>
Date: Tue, 03 Sep 2024 18:10:00 +0900

--nvdsn-0903--
""",
    outcome="ignored", classification="bounce",
    imitates="Korean-language portal bounce (550 user unknown), base64 human part",
    why="delivery failure notice for our own request",
    items={},
)

case(
    name="soop-read-receipt",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP 운영정책팀",
    date="Tue, 10 Sep 2024 18:44:20 +0900",
    subject="읽음 확인: [KCSC-240910-04] 불법 도박 홍보 콘텐츠 삭제 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0910"

--mdn-0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람 policy@sooplive.co.kr 이(가) 2024-09-10 오후 6:44 에 메일을 읽었습니다.
제목: [KCSC-240910-04] 불법 도박 홍보 콘텐츠 삭제 요청

--mdn-0910
Content-Type: message/disposition-notification

Reporting-UA: sooplive.co.kr; Outlook
Final-Recipient: rfc822; policy@sooplive.co.kr
Original-Message-ID: <{msgid("KCSC-240910-04")}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0910--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (multipart/report disposition-notification), Korean human part",
    why="read receipt only",
    items={},
)

case(
    name="kakao-cs-ticket-receipt-echo",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Thu, 05 Sep 2024 17:31:40 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (접수번호 2409-0517-8831)",
    body=f"""
안녕하세요, 카카오 고객센터입니다.
문의가 정상적으로 접수되었습니다. 담당자가 확인 후 순차적으로 답변드리겠습니다.

접수번호: 2409-0517-8831
접수일시: 2024-09-05 17:31

[접수 내용]
요청번호 KCSC-240905-02 - 도박 광고 게시물 4건 삭제 요청
{D_RAW[0]}
{D_RAW[1]}
{D_RAW[2]}
{D_RAW[3]}

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao help-centre ticket receipt echoing the submitted text",
    why="pure receipt; the URLs are our own submission echoed back, with no result",
    items={},
)

case(
    name="ppomppu-inquiry-receipt",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 고객지원",
    date="Fri, 13 Sep 2024 17:02:11 +0900",
    subject="[뽐뿌] 1:1 문의 접수 완료 - KCSC-240913-07",
    reply_to_req=rid("KCSC-240913-07"),
    body="""
1:1 문의가 접수되었습니다.

접수번호: PP-20240913-0412
영업일 기준 3일 이내에 답변드리겠습니다.
(추석 연휴 기간에는 답변이 늦어질 수 있습니다.)

뽐뿌 고객지원
""",
    outcome="ignored", classification="acknowledgement",
    imitates="community 1:1 inquiry receipt with ticket number",
    why="receipt with ticket number and expected answer time; nothing about items",
    items={},
)


HEADER = """# Blind set 849: Korean portals and community sites (NAVER, Daum/Kakao,
# DC Inside, SOOP, FM Korea, Clien, Ppomppu), written by make.py from the
# case list; expected results from each email's meaning, before any run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print("%d cases" % len(CASES))
