#!/usr/bin/env python3
"""Blind set 447: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, FM Korea, Clien; Inven and Ppomppu as bystanders),
Korean and English mixed, with the doubtful and ignorable mail a regulator's
mailbox receives.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind447/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind447"

# ---------------------------------------------------------------- requests
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=11802341",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=11802519",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=11803077",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinfuture&no=552301",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinfuture&no=552388",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinfuture&no=552740",
    "https://gall.dcinside.com/mgallery/board/view/?id=tarotcard&no=90211",
    "https://gall.dcinside.com/mini/board/view/?id=nightowl&no=3318",
    "https://gall.dcinside.com/mini/board/view/?id=nightowl&no=3402",
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=7720915",
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=7721030",
    "https://m.dcinside.com/board/hiphop/4419023",
    "https://m.dcinside.com/board/hiphop/4419877",
    "https://gall.dcinside.com/mgallery/board/view/?id=lostark_fan&no=1203385",
]
N = [
    "https://blog.naver.com/moonlit_tea/223561234567",
    "https://blog.naver.com/moonlit_tea/223561299001",
    "https://cafe.naver.com/greenstockclub/412233",
    "https://cafe.naver.com/greenstockclub/412580",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60203&docId=471234567",
]
SLUG = "신용카드-할인-정보"
K3_RAW = "https://haneul-log.tistory.com/entry/" + SLUG
K3 = "https://haneul-log.tistory.com/entry/" + urllib.parse.quote(SLUG)
K = [
    "https://cafe.daum.net/silverfox77/Hs3q/2231",
    "https://cafe.daum.net/silverfox77/Hs3q/2245",
    K3,
    "https://haneul-log.tistory.com/118",
]
S = [
    "https://vod.sooplive.co.kr/player/133402918",
    "https://vod.sooplive.co.kr/player/133417700",
    "https://ch.sooplive.co.kr/nightdrive77/post/88012345",
]
T = [
    "https://pann.nate.com/talk/372904411",
    "https://pann.nate.com/talk/372911082",
]
F = ["https://www.fmkorea.com/7412093381"]
C = [
    "https://www.clien.net/service/board/park/18761234",
    "https://www.clien.net/service/board/cm_car/18762001",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, msgid-local, note
    ("KCSC-240903-01", "dcinside", "2024-09-03T10:15:00+09:00", "2024-09-10T18:00:00+09:00", D,
     "illegal-gambling-promotion", "kcsc-req-240903-01",
     "갤러리 6곳, 모바일 주소 2건 포함 (\"m.dcinside\")"),
    ("KCSC-240905-02", "naver", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", N,
     "stock-manipulation", "kcsc-req-240905-02", "blog, cafe, Knowledge iN"),
    ("KCSC-240909-03", "daum", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00", K,
     "personal-data-trade", "kcsc-req-240909-03", "Daum cafe + Tistory; Korean slug stored percent-encoded"),
    ("KCSC-240911-04", "soop", "2024-09-11T10:05:00+09:00", "2024-09-18T18:00:00+09:00", S,
     "obscenity", "kcsc-req-240911-04", "VOD x2, channel post x1"),
    ("KCSC-240912-05", "nate", "2024-09-12T11:20:00+09:00", "2024-09-19T18:00:00+09:00", T,
     "defamation", "kcsc-req-240912-05", "Nate Pann"),
    ("KCSC-240913-06", "fmkorea", "2024-09-13T16:40:00+09:00", "2024-09-20T18:00:00+09:00", F,
     "illegal-gambling-promotion", "kcsc-req-240913-06", "single post"),
    ("KCSC-240916-07", "clien", "2024-09-16T09:00:00+09:00", "2024-09-23T18:00:00+09:00", C,
     "counterfeit-goods", "kcsc-req-240916-07", "park, cm_car"),
]
REQ = {r[0]: r for r in REQUESTS}
K3_LINK = '<a href="' + K3 + '">' + K3_RAW + '</a>'


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def h(s):
    """Encode a header value the way real mailers do for Korean text."""
    if all(ord(ch) < 128 for ch in s):
        return s
    return Header(s, "utf-8").encode()


def pend(urls, **over):
    d = {u: "pending" for u in urls}
    d.update(over)
    return d


def quoted_request(ref, urls, prefix="> "):
    lines = [
        f"[{ref}] 불법정보 시정요구 / Request to remove illegal content",
        "",
        "안녕하십니까, 방송통신심의위원회입니다.",
        "아래 정보는 불법정보로 심의·의결되어 삭제 또는 접속차단을 요청드립니다.",
        "Please remove or block access to the items below.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "KCSC 통신심의국 디지털성범죄·불법정보 대응팀"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def html_doc(inner):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:'Malgun Gothic',sans-serif;font-size:13px\">\n"
            + inner.strip("\n") + "\n</body></html>")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rows_html(rows):
    out = []
    for cells in rows:
        out.append("<tr>" + "".join(f"<td style=\"border:1px solid #ccc;padding:4px\">{c}</td>" for c in cells) + "</tr>")
    return "\n".join(out)


def a(url, text=None):
    href = url if text is None else url
    return f"<a href=\"{esc(href)}\">{esc(text if text is not None else url)}</a>"


CASES = []


def case(**c):
    c["subject"] = h(c["subject"])
    if "name_from" in c:
        c["name_from"] = h(c["name_from"])
    CASES.append(c)


def irt(ref):
    return REQ[ref][6]


# ================================================================ APPLIED
case(
    name="dc-result-table-html-14",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    date="Fri, 06 Sep 2024 17:42:09 +0900",
    subject="[디시인사이드] 시정요구 조치결과 회신 (KCSC-240903-01)",
    reply_to_req=irt("KCSC-240903-01"),
    type="html",
    body=html_doc(f"""
<p>안녕하세요. 디시인사이드 신고센터입니다.</p>
<p>귀 위원회에서 요청하신 시정요구(KCSC-240903-01) 14건에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table style="border-collapse:collapse">
<tr><th>번호</th><th>게시물 주소</th><th>조치결과</th><th>비고</th></tr>
{rows_html([
    ("1", a(D[0]), "삭제", "도박 사이트 홍보"),
    ("2", a(D[1]), "삭제", ""),
    ("3", a(D[2]), "해당 게시물 없음", "요청 접수 전 작성자 자진 삭제"),
    ("4", a(D[3]), "삭제", ""),
    ("5", a(D[4]), "삭제", ""),
    ("6", a(D[5]), "미조치(게시 유지)", "시세 관련 개인 의견으로 불법성 확인되지 않음"),
    ("7", a(D[6]), "삭제", ""),
    ("8", a(D[7]), "해당 게시물 없음", "존재하지 않는 글번호"),
    ("9", a(D[8]), "삭제", ""),
    ("10", a(D[9]), "삭제", ""),
    ("11", a(D[10]), "삭제", ""),
    ("12", a(D[11]), "접근 제한", "성인인증 후 열람 가능"),
    ("13", a(D[12]), "삭제", ""),
    ("14", a(D[13]), "미조치(게시 유지)", "게임 공략글로 위반사항 없음"),
])}
</table>
<p>운영원칙은 <a href="https://www.dcinside.com/policy/operation">디시인사이드 운영원칙</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>디시인사이드 신고센터 드림</p>
"""),
    outcome="applied", classification="confirmation",
    imitates="Korean community 시정요구 조치결과 table (번호/주소/조치결과/비고) sent as HTML",
    why="every row names its URL and an unhedged result: 삭제, 게시물 없음, 미조치(게시 유지) with reason, 접근 제한(성인인증)",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found", D[3]: "removed", D[4]: "removed",
           D[5]: "rejected", D[6]: "removed", D[7]: "not_found", D[8]: "removed", D[9]: "removed",
           D[10]: "removed", D[11]: "restricted", D[12]: "removed", D[13]: "rejected"},
)

case(
    name="dc-numbered-bilingual-partial",
    **{"from": "ops@dcinside.com"},
    name_from="DCInside Operations",
    date="Thu, 05 Sep 2024 11:03:51 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=irt("KCSC-240903-01"),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.
Hello, this is the DCInside operations team.

요청하신 14건 중 1차 처리 결과를 알려드립니다.
First-round results for your request are below.

1) {D[0]}
   - 삭제 완료 (Deleted)
2) {D[3]}
   - 삭제 완료 (Deleted)
3) {D[6]}
   - 해당 글을 찾을 수 없습니다 (Post not found)
4) {D[9]}
   - 삭제 완료 (Deleted)
5) {D[13]}
   - 삭제 완료 (Deleted)

나머지 9건은 각 갤러리 매니저 확인 후 추가로 회신드리겠습니다.
We will reply about the remaining nine posts separately.

디시인사이드 운영팀 / DCInside Ops
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual abuse-desk partial reply, numbered list with the result on the line below each URL",
    why="five URLs each followed by an unhedged result line; the promise about the other nine names none of them",
    items={D[0]: "removed", D[3]: "removed", D[6]: "not_found", D[9]: "removed", D[13]: "removed"},
)

case(
    name="dc-url-then-arrow-line",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    date="Mon, 09 Sep 2024 15:20:00 +0900",
    subject="Re: [KCSC-240903-01] 처리 내역",
    reply_to_req=irt("KCSC-240903-01"),
    body=f"""
요청번호 KCSC-240903-01 관련 처리 내역입니다.

{D[1]}
→ 운영자 삭제

{D[2]}
→ 운영자 삭제

{D[4]}
→ 운영자 삭제

{D[5]}
→ 게시 유지 (특정 코인에 대한 개인 의견으로, 불법정보에 해당하지 않는다고 판단했습니다)

확인 부탁드립니다.
디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="terse Korean community moderator log: bare URL, arrow and result on the next line",
    why="운영자 삭제 is removal; 게시 유지 with a reason is a refusal",
    items={D[1]: "removed", D[2]: "removed", D[4]: "removed", D[5]: "rejected"},
)

csv_buf = io.StringIO()
cw = csv.writer(csv_buf, lineterminator="\r\n")
cw.writerow(["번호", "URL", "조치", "비고"])
cw.writerow(["8", D[7], "삭제", ""])
cw.writerow(["9", D[8], "삭제", ""])
cw.writerow(["10", D[9], "성인인증 적용", "청소년 열람 제한"])
cw.writerow(["11", D[10], "게시물 없음", "작성자가 이미 삭제"])
cw.writerow(["12", D[11], "삭제", ""])
cw.writerow(["13", D[12], "삭제", ""])
case(
    name="dc-csv-attachment",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    date="Tue, 10 Sep 2024 10:11:30 +0900",
    subject="[디시인사이드] KCSC-240903-01 조치 결과 (첨부)",
    reply_to_req=irt("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="dc-b447-mix"

--dc-b447-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("안녕하세요, 디시인사이드 신고센터입니다." + chr(10) + chr(10) + "KCSC-240903-01 건 중 8~13번 게시물의 조치 결과를 첨부 CSV 파일로 보내드립니다." + chr(10) + "확인 부탁드립니다." + chr(10))}
--dc-b447-mix
Content-Type: text/csv; charset=utf-8; name="{h('조치결과_KCSC-240903-01.csv')}"
Content-Disposition: attachment; filename="result_KCSC-240903-01.csv"
Content-Transfer-Encoding: base64

{b64(csv_buf.getvalue())}
--dc-b447-mix--
""",
    outcome="applied", classification="confirmation",
    imitates="result sheet exported from a moderation tool and attached as CSV (번호,URL,조치,비고)",
    why="CSV rows give per-URL results: 삭제, 성인인증 적용 (age gate), 게시물 없음",
    items={D[7]: "removed", D[8]: "removed", D[9]: "restricted", D[10]: "not_found",
           D[11]: "removed", D[12]: "removed"},
)

case(
    name="naver-imsi-joch-notice",
    **{"from": "nv_right@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date="Fri, 06 Sep 2024 09:15:44 +0900",
    subject="[NAVER] 게시물 임시조치 결과 안내 (KCSC-240905-02)",
    reply_to_req=irt("KCSC-240905-02"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240905-02)에 대하여 아래와 같이 조치하였음을 알려드립니다.

■ 조치 대상
 - {N[0]}
 - {N[1]}

■ 조치 내용 : 임시조치 (30일간 해당 게시물에 대한 접근 차단)
■ 근거 : 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2

게시자가 임시조치 기간 안에 재게시를 요청하지 않으면 게시물은 기간 만료 후 삭제됩니다.

문의: https://help.naver.com/service/5600/contents/19118
네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 임시조치 notice (정보통신망법 제44조의2, 30일 접근 차단)",
    why="임시조치 (30일 접근 차단) is restriction, applied to both listed blog posts; the help link is not an item",
    items={N[0]: "restricted", N[1]: "restricted"},
)

case(
    name="naver-english-three-outcomes",
    **{"from": "trustsafety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Mon, 09 Sep 2024 18:02:13 +0900",
    subject="Re: Removal request KCSC-240905-02",
    reply_to_req=irt("KCSC-240905-02"),
    body=f"""
Dear KCSC team,

Thank you for your request. Our review of the Cafe and Knowledge iN items is complete.

- {N[2]} (NAVER Cafe): removed for violating the Cafe operating policy.
- {N[3]}: we could not locate this post. It was deleted by its author on 4 September, before our review.
- {N[4]}: after review, this Knowledge iN answer does not violate Korean law or our policies, so it stays online.

The two blog posts were handled separately by our rights protection centre.

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety outcome email from a Korean portal, one bullet per URL",
    why="removed, not_found (deleted by author), rejected (no violation, stays online); the blog sentence names no URL",
    items={N[2]: "removed", N[3]: "not_found", N[4]: "rejected"},
)

case(
    name="daum-tistory-korean-particles",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Wed, 11 Sep 2024 14:30:27 +0900",
    subject="[카카오] 게시물 처리 결과 안내 (KCSC-240909-03)",
    reply_to_req=irt("KCSC-240909-03"),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시물 {K3_RAW} 는 운영정책 위반으로 블라인드 처리되었습니다.
또한 같은 블로그의 {K[3]}은 게시자 계정에 대한 조치와 함께 비공개 처리하였음을 알려드립니다.

Daum 카페 게시글 2건은 카페 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 result notice for Tistory posts, URLs inline in Korean prose",
    why="블라인드 and 비공개 처리 are removal; the Korean slug is written raw and the second URL has the particle 은 glued on",
    items={K[2]: "removed", K[3]: "removed"},
)

case(
    name="daum-cafe-quoted-printable",
    **{"from": "cafe_report@daum.net"},
    name_from="Daum 카페",
    date="Thu, 12 Sep 2024 10:48:02 +0900",
    subject="[Daum 카페] 신고 게시글 처리 결과",
    reply_to_req=irt("KCSC-240909-03"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. Daum 카페 고객센터입니다.

신고하신 카페 게시글의 처리 결과를 안내드립니다. (요청번호 KCSC-240909-03)

[삭제] {K[0]}
[임시조치 - 30일간 열람 제한] {K[1]}

카페 운영원칙: https://cs.daum.net/faq/15/4412.html

Daum 카페 드림
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe report result, status tag in brackets before each URL, quoted-printable body",
    why="[삭제] removes the first post; [임시조치 - 30일간 열람 제한] restricts the second",
    items={K[0]: "removed", K[1]: "restricted"},
)

case(
    name="daum-html-table-four",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Fri, 13 Sep 2024 16:05:40 +0900",
    subject="RE: [KCSC-240909-03] 개인정보 거래 게시물 삭제 요청",
    reply_to_req=irt("KCSC-240909-03"),
    type="html",
    body=html_doc(f"""
<p>안녕하세요. 카카오 권리침해신고센터입니다.<br>요청하신 4건의 처리 결과입니다.</p>
<table style="border-collapse:collapse">
<tr><th>No</th><th>URL</th><th>처리 결과</th></tr>
{rows_html([
    ("1", a(K[0]), "삭제"),
    ("2", a(K[1]), "삭제"),
    ("3", K3_LINK, "게시물 없음 (존재하지 않는 주소)"),
    ("4", a(K[3]), "조치 불가 &ndash; 정보통신망법상 불법정보에 해당하지 않아 게시를 유지합니다"),
])}
</table>
<p>카카오 운영정책: <a href="https://www.kakao.com/policy/oppolicy">https://www.kakao.com/policy/oppolicy</a></p>
"""),
    outcome="applied", classification="confirmation",
    imitates="Kakao HTML result table; Korean-slug link shown raw with a percent-encoded href",
    why="two deletions, one address that does not exist, one refusal with its reason",
    items={K[0]: "removed", K[1]: "removed", K[2]: "not_found", K[3]: "rejected"},
)

case(
    name="soop-english-vod-review",
    **{"from": "tns@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Fri, 13 Sep 2024 20:14:55 +0900",
    subject="[SOOP] Result of your report KCSC-240911-04",
    reply_to_req=irt("KCSC-240911-04"),
    body=f"""
Hello,

We've reviewed the VODs you reported under KCSC-240911-04.

{S[0]} - This VOD has been deleted and the streamer received a 7-day broadcast suspension.
{S[1]} - This VOD is now limited to viewers aged 19+ who have completed adult verification.

We are still looking into the channel post and will update you separately.

SOOP Trust & Safety
(formerly AfreecaTV)
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (AfreecaTV) trust-and-safety report result in English",
    why="deleted VOD is removed, 19+ adult-verification gate is restricted; the channel post is only promised",
    items={S[0]: "removed", S[1]: "restricted"},
)

case(
    name="soop-korean-angle-brackets",
    **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Mon, 16 Sep 2024 11:27:08 +0900",
    subject="[SOOP 고객센터] 요청하신 게시물 처리 결과 안내",
    reply_to_req=irt("KCSC-240911-04"),
    body=f"""
안녕하세요, SOOP 고객센터입니다.
요청하신 게시물에 대한 처리 결과를 안내드립니다. (KCSC-240911-04)

1. <{S[2]}> : 방송국 게시글 삭제 조치 완료
2. <{S[0]}> : BJ가 이미 삭제한 VOD로, 현재 존재하지 않습니다.

더 나은 서비스를 위해 노력하겠습니다.
SOOP 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 고객센터 reply with URLs in angle brackets and the result after a colon",
    why="channel post deleted; VOD already deleted by the streamer is not_found",
    items={S[2]: "removed", S[0]: "not_found"},
)

case(
    name="soop-top-posted-over-request",
    **{"from": "tns@sooplive.co.kr"},
    name_from="Minji Seo (SOOP Trust & Safety)",
    date="Wed, 18 Sep 2024 09:41:17 +0900",
    subject="Re: [KCSC-240911-04] 불법정보 시정요구 / Request to remove illegal content",
    reply_to_req=irt("KCSC-240911-04"),
    body=f"""
Hi,

Quick update on your request: we removed {S[1]} this morning.

We also reviewed {S[0]} and {S[2]} and found no violation of our Community Guidelines, so both will stay up.

Best,
Minji Seo
SOOP Trust & Safety

On Wed, 11 Sep 2024 at 10:05, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240911-04", S)}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail-style staff reply over the quoted request",
    why="removal of one VOD, refusal (no violation, stays up) for the two others; the quoted request changes nothing",
    items={S[1]: "removed", S[0]: "rejected", S[2]: "rejected"},
)

case(
    name="nate-pann-two-results",
    **{"from": "pann_help@nate.com"},
    name_from="네이트 고객센터",
    date="Fri, 13 Sep 2024 13:33:21 +0900",
    subject="[네이트판] 게시물 조치 결과 (KCSC-240912-05)",
    reply_to_req=irt("KCSC-240912-05"),
    body=f"""
안녕하세요, 네이트 고객센터입니다.

요청하신 네이트판 게시물의 조치 결과입니다.

- {T[0]} : 게시중단 처리하였습니다.
- {T[1]} : 작성자가 이미 삭제한 게시물이어서 별도 조치가 필요하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann 고객센터 게시중단 result",
    why="게시중단 is removal; already deleted by its author is not_found",
    items={T[0]: "removed", T[1]: "not_found"},
)

case(
    name="nate-url-below-statement",
    **{"from": "pann_help@nate.com"},
    name_from="네이트 고객센터",
    date="Tue, 17 Sep 2024 10:02:45 +0900",
    subject="Re: [KCSC-240912-05] 명예훼손 게시물 조치 요청",
    reply_to_req=irt("KCSC-240912-05"),
    body=f"""
안녕하세요. 네이트 고객센터입니다.

아래 게시물은 삭제 조치하였습니다.
    {T[0]}

아래 게시물은 권리침해 여부를 판단하기 어려워 임시조치(30일간 접근 제한)하였습니다.
    {T[1]}

임시조치 기간 중 게시자의 이의제기가 있으면 결과를 다시 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal notice with each statement on its own line and the URL indented below it",
    why="statement above, URL below: first removed, second 임시조치(접근 제한) restricted",
    items={T[0]: "removed", T[1]: "restricted"},
)

case(
    name="fmkorea-sole-item-no-url",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영팀",
    date="Sat, 14 Sep 2024 12:09:36 +0900",
    subject="Re: [KCSC-240913-06] 게시물 삭제 요청",
    reply_to_req=irt("KCSC-240913-06"),
    body="""
안녕하세요. 에펨코리아 운영팀입니다.

신고해 주신 게시물은 확인 후 삭제 처리하였습니다.
해당 회원은 이용 정지 조치되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short community-site admin reply about the one reported post",
    why="a one-item request: 'the reported post was deleted' without a URL covers its only item",
    items={F[0]: "removed"},
)

case(
    name="fmkorea-fullwidth-parens",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영팀",
    date="Tue, 17 Sep 2024 17:55:12 +0900",
    subject="[에펨코리아] 요청 게시물 조치 안내",
    reply_to_req=irt("KCSC-240913-06"),
    body=f"""
안녕하세요, 에펨코리아 운영팀입니다.

요청하신 게시물（{F[0]}）은 성인 게시판으로 옮기고 19세 미만 회원의 열람을 제한하였습니다.

이용에 참고 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean admin reply with the URL inside full-width parentheses followed by a particle",
    why="moved to an adult board with under-19 viewing blocked: age restriction",
    items={F[0]: "restricted"},
)

case(
    name="clien-dash-results",
    **{"from": "admin@clien.net"},
    name_from="CLIEN 운영진",
    date="Tue, 17 Sep 2024 21:40:03 +0900",
    subject="Re: [KCSC-240916-07] 게시물 삭제 요청",
    reply_to_req=irt("KCSC-240916-07"),
    body=f"""
KCSC-240916-07 관련 답변입니다.

{C[0]} — 삭제했습니다.
{C[1]} — 차량 구매 후기 글로, 운영규칙 위반 사항이 없어 그대로 둡니다.

클리앙 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="small community-site admin answering by hand, one line per URL with an em dash",
    why="first deleted; second kept with a reason (no rule broken) is a refusal",
    items={C[0]: "removed", C[1]: "rejected"},
)

case(
    name="clien-base64-body",
    **{"from": "admin@clien.net"},
    name_from="CLIEN 운영진",
    date="Wed, 18 Sep 2024 08:12:44 +0900",
    subject="Re: KCSC-240916-07",
    reply_to_req=irt("KCSC-240916-07"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요, 클리앙입니다.

모두의공원 글은 신고 접수 전에 작성자가 직접 삭제하여 현재 없는 글입니다: {C[0]}
자동차 게시판 글 {C[1]} 은 운영자 권한으로 삭제했습니다.

감사합니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="webmail reply with a base64-encoded UTF-8 body",
    why="first post already deleted by its author (not_found, URL after the colon); second deleted by the admins",
    items={C[0]: "not_found", C[1]: "removed"},
)

case(
    name="dc-top-posted-gmail-korean",
    **{"from": "legal@dcinside.com"},
    name_from="디시인사이드 법무팀",
    date="Wed, 11 Sep 2024 16:26:50 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 / Request to remove illegal content",
    reply_to_req=irt("KCSC-240903-01"),
    body=f"""
12번, 13번 항목(힙합 갤러리) 삭제 처리 완료했습니다.
{D[11]}
{D[12]}

나머지 항목은 신고센터에서 회신드릴 예정입니다.

디시인사이드 법무팀 드림

2024년 9월 3일 (화) 오전 10:15, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240903-01", D)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Gmail top-post (…님이 작성:) over the quoted 14-item request",
    why="two URLs under a 삭제 처리 완료 sentence; the other twelve only appear in the quoted request",
    items=pend(D, **{D[11]: "removed", D[12]: "removed"}),
)

case(
    name="dc-outlook-original-message-en",
    **{"from": "legal@dcinside.com"},
    name_from="DCInside Legal",
    date="Thu, 12 Sep 2024 10:30:00 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구 / Request to remove illegal content",
    reply_to_req=irt("KCSC-240903-01"),
    body=f"""
Dear KCSC,

Please find our update below.

- {D[6]} : deleted by DCInside staff.
- {D[13]} : we applied an adult-verification gate; the post is no longer visible to minors or logged-out users.

Regards,
DCInside Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:15 AM
To: report@dcinside.com
Subject: [KCSC-240903-01] 불법정보 시정요구 / Request to remove illegal content

{quoted_request("KCSC-240903-01", D, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the unquoted original below -----Original Message-----",
    why="statements above the separator: one deletion, one age gate (restricted); the original request below changes nothing",
    items=pend(D, **{D[6]: "removed", D[13]: "restricted"}),
)

case(
    name="soop-statement-of-reasons",
    **{"from": "dsa-notice@sooplive.com"},
    name_from="SOOP Global",
    date="Thu, 19 Sep 2024 03:12:09 +0000",
    subject="Statement of reasons - reference KCSC-240911-04",
    reply_to_req=irt("KCSC-240911-04"),
    body=f"""
Statement of reasons

Your reference: KCSC-240911-04

Content: {S[1]}
Decision: access disabled for users in the Republic of Korea (geo-restriction)
Ground: content illegal under national law, notified by a competent authority
Automated means used: no

Content: {S[2]}
Decision: removal of content
Ground: incompatible with the SOOP Terms of Service (sexual content)
Automated means used: no

Redress: the uploader may appeal at https://www.sooplive.com/help/appeal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (content / decision / ground / redress blocks)",
    why="geo-restriction to Korea is restricted, removal of content is removed; the appeal link is not an item",
    items={S[1]: "restricted", S[2]: "removed"},
)

case(
    name="naver-receipt-plus-results",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 19:21:33 +0900",
    subject="[네이버 고객센터] 문의 접수 및 처리 결과 안내",
    reply_to_req=irt("KCSC-240905-02"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

보내주신 요청(KCSC-240905-02)이 접수번호 NV-20240906-55812로 접수되었습니다.
아울러 접수 직후 확인한 처리 결과를 함께 안내드립니다.

- {N[0]} : 게시물 삭제 완료
- {N[2]} : 게시중단 완료

나머지 게시물은 확인이 끝나는 대로 안내드리겠습니다.

네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 receipt that also carries results",
    why="an acknowledgement phrase plus unhedged item statements is not a pure acknowledgement",
    items={N[0]: "removed", N[2]: "removed"},
)

case(
    name="dc-ticket-echoed-report",
    **{"from": "helpdesk@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Sat, 07 Sep 2024 14:02:18 +0900",
    subject="[티켓 #DC-88213] 답변이 등록되었습니다",
    body=f"""
[티켓 #DC-88213] 문의에 답변이 등록되었습니다.

── 고객님 문의 내용 ──
보낸 사람: takedown@kcsc.example
제목: [KCSC-240903-01] 불법정보 시정요구
아래 게시물은 불법정보로 심의·의결되어 삭제를 요청합니다.
{chr(10).join(D[6:11])}

── 답변 내용 ──
담당: 운영지원팀

요청하신 게시물 중 아래 2건을 먼저 삭제 처리했습니다.
 - {D[8]}
 - {D[10]}
나머지 게시물은 확인 중입니다.

이 메일은 발신 전용입니다. 추가 문의는 티켓 페이지에서 남겨 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk ticket notification echoing the customer's report above the agent's answer",
    why="only the answer section states results (two deletions); the echoed report's URLs are our own request",
    items={D[6]: "pending", D[7]: "pending", D[8]: "removed", D[9]: "pending", D[10]: "removed"},
)

case(
    name="daum-bullets-bilingual",
    **{"from": "kakao_safety@kakaocorp.com"},
    name_from="Kakao Safety",
    date="Tue, 10 Sep 2024 18:44:51 +0900",
    subject="[Kakao] Action taken on KCSC-240909-03 (Daum Cafe)",
    reply_to_req=irt("KCSC-240909-03"),
    body=f"""
Hello KCSC,

Outcome for the two Daum Cafe posts in your request:

• {K[0]} : Deleted (삭제)
• {K[1]} : Access blocked from Korea under your request (국내 접속 차단)

Policy reference: https://www.kakao.com/policy/oppolicy

Kakao Safety
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Kakao safety bullet list",
    why="Deleted is removed; access blocked from Korea (접속 차단) is restricted",
    items={K[0]: "removed", K[1]: "restricted"},
)

case(
    name="naver-cafe-policy-links",
    **{"from": "cafe_help@naver.com"},
    name_from="네이버 카페",
    date="Tue, 10 Sep 2024 15:17:26 +0900",
    subject="[네이버 카페] 신고 게시글 처리 안내",
    reply_to_req=irt("KCSC-240905-02"),
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다.

요청하신 {N[3]} 게시글은 네이버 카페 운영정책(https://policy.naver.com/policy/cafe.html) 위반으로 삭제되었습니다.

이의가 있으시면 https://help.naver.com/inquiry/cafe.html 에서 문의해 주세요.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe notice citing its operating policy and an inquiry page",
    why="one cafe post deleted; the policy and inquiry links are not items",
    items={N[3]: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-korean",
    **{"from": "nv_right@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date="Fri, 06 Sep 2024 10:02:00 +0900",
    subject="Re: [KCSC-240905-02] 게시물 삭제 요청",
    reply_to_req=irt("KCSC-240905-02"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물
{N[0]}
{N[1]}
은 관련 부서 검토 후 7영업일 이내에 조치될 예정입니다.

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean portal interim reply promising action after internal review",
    why="'조치될 예정' is a promise, not a statement; the named items stay pending",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="dc-hedge-english",
    **{"from": "ops@dcinside.com"},
    name_from="DCInside Operations",
    date="Fri, 06 Sep 2024 22:15:37 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=irt("KCSC-240903-01"),
    body=f"""
Hi,

It looks like {D[2]} may already have been removed by the gallery manager,
and {D[5]} appears to be deleted as well.
We'll confirm once our moderation logs have been checked.

Thanks,
DCInside Ops
""",
    outcome="review", review="not_understood",
    imitates="hedged interim abuse-desk reply",
    why="'may have been' and 'appears to be' are hedges; nothing is stated",
    items={D[2]: "pending", D[5]: "pending"},
)

case(
    name="dc-bulk-all-deleted",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    date="Thu, 12 Sep 2024 09:00:12 +0900",
    subject="[디시인사이드] KCSC-240903-01 처리 완료",
    reply_to_req=irt("KCSC-240903-01"),
    body="""
안녕하세요. 디시인사이드 신고센터입니다.

KCSC-240903-01 건으로 요청하신 게시물은 모두 삭제 처리 완료되었습니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line 'all done' closure from a Korean community report desk",
    why="'all the requested posts were deleted' for a 14-item request names no item: bulk",
    items=pend(D),
)

case(
    name="daum-bulk-actioned-en",
    **{"from": "kakao_safety@kakaocorp.com"},
    name_from="Kakao Safety",
    date="Mon, 16 Sep 2024 11:11:11 +0900",
    subject="Re: [KCSC-240909-03] request",
    reply_to_req=irt("KCSC-240909-03"),
    body="""
Hello,

All the content reported in your request KCSC-240909-03 has been actioned in accordance with our operating policy.

Kakao Safety
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="generic 'all reported content has been actioned' closure",
    why="a statement about all four items without naming any of them",
    items=pend(K),
)

case(
    name="naver-dmarc-fail",
    **{"from": "nv_right@navercorp.com"},
    auth="fail",
    name_from="NAVER 권리보호센터",
    date="Sat, 07 Sep 2024 02:44:19 +0900",
    subject="[NAVER] 게시물 삭제 완료 안내 (KCSC-240905-02)",
    reply_to_req=irt("KCSC-240905-02"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물의 삭제를 완료하였습니다.
- {N[2]} : 삭제 완료
- {N[4]} : 삭제 완료

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking notice failing DKIM/SPF/DMARC",
    why="a navercorp.com sender failing authentication cannot change statuses",
    items={N[2]: "pending", N[4]: "pending"},
)

case(
    name="fmkorea-gmail-unknown-sender",
    **{"from": "fmkorea.admin.team@gmail.com"},
    name_from="에펨코리아 운영자",
    date="Sun, 15 Sep 2024 23:08:40 +0900",
    subject="Re: [KCSC-240913-06] 게시물 삭제 요청",
    reply_to_req=irt("KCSC-240913-06"),
    body=f"""
안녕하세요 에펨코리아 운영자입니다.
{F[0]} 글 삭제했습니다. 확인 부탁드려요.
""",
    outcome="review", review="unknown_sender",
    imitates="site moderator answering from a personal webmail account",
    why="gmail.com is no platform's domain; the statement cannot be trusted",
    items={F[0]: "pending"},
)

case(
    name="ppomppu-about-clien-post",
    **{"from": "webmaster@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    date="Wed, 18 Sep 2024 14:50:05 +0900",
    subject="Re: 게시물 삭제 요청 건 문의",
    body=f"""
안녕하세요, 뽐뿌 운영팀입니다.

보내주신 주소는 저희 뽐뿌가 아니라 클리앙 게시물입니다.
참고로 확인해 보니 {C[0]} 글은 이미 삭제되어 열리지 않습니다.

클리앙 측에 직접 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="misdirected request answered by another community site",
    why="Ppomppu states the status of a Clien item; only Clien may change it",
    items={C[0]: "pending"},
)

case(
    name="soop-conditional-deletion",
    **{"from": "tns@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Thu, 12 Sep 2024 17:30:48 +0900",
    subject="Re: [KCSC-240911-04] status",
    reply_to_req=irt("KCSC-240911-04"),
    body=f"""
Hello,

We have notified the broadcaster. If no objection is filed within 7 days, the VOD
{S[0]} will be permanently deleted.
Until then it remains under review.

SOOP Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="notice-and-objection interim reply (deletion conditional on no objection)",
    why="a condition and 'under review' are not statements",
    items={S[0]: "pending"},
)

case(
    name="nate-asks-for-documents",
    **{"from": "pann_help@nate.com"},
    name_from="네이트 고객센터",
    date="Fri, 13 Sep 2024 09:25:10 +0900",
    subject="[네이트] 요청 처리를 위한 추가 자료 요청 (KCSC-240912-05)",
    reply_to_req=irt("KCSC-240912-05"),
    body=f"""
안녕하세요. 네이트 고객센터입니다.

아래 게시물을 처리하기 위해서는 시정요구 공문(PDF)과 담당자 연락처가 필요합니다.
 - {T[0]}
 - {T[1]}

자료를 회신해 주시면 확인 후 조치하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal request for the official letter before acting",
    why="asks for supporting documents; no status is stated",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="clien-contact-change-no-claims",
    **{"from": "admin@clien.net"},
    name_from="CLIEN 운영진",
    date="Thu, 19 Sep 2024 10:00:00 +0900",
    subject="클리앙 신고 접수 메일 주소 변경 안내",
    body="""
안녕하세요. 클리앙 운영진입니다.

앞으로 공문 및 게시물 삭제 요청은 legal@clien.net 대신 admin@clien.net 으로 보내주시기 바랍니다.
담당자 변경에 따른 안내이며, 기존 주소는 10월 1일부터 사용하지 않습니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="platform notice of a changed contact address",
    why="trusted Clien mail naming no item and no request",
    items={},
)

case(
    name="dc-forwarded-manager-note",
    **{"from": "legal@dcinside.com"},
    name_from="디시인사이드 법무팀",
    date="Sun, 08 Sep 2024 13:45:29 +0900",
    subject="Fwd: 신고글 처리",
    reply_to_req=irt("KCSC-240903-01"),
    body=f"""
참고로 갤러리 매니저 답변을 전달드립니다.

---------- Forwarded message ---------
From: 코인선물 마이너 갤러리 매니저 <coinfuture.mgr@dcinside.com>
Date: 2024년 9월 8일 (일) 오후 1:20
Subject: 신고글 처리
To: <legal@dcinside.com>

{D[3]} 글 삭제했습니다.
{D[4]} 도 삭제했어요.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform staff forwarding a volunteer moderator's note",
    why="the statements are in the forwarded part, written by a gallery manager, not by DCInside in its own words",
    items={D[3]: "pending", D[4]: "pending"},
)

case(
    name="daum-template-conflict",
    **{"from": "cafe_report@daum.net"},
    name_from="Daum 카페",
    date="Wed, 18 Sep 2024 16:40:33 +0900",
    subject="[Daum 카페] 신고 처리 결과 안내",
    reply_to_req=irt("KCSC-240909-03"),
    body=f"""
안녕하세요. Daum 카페 고객센터입니다.

■ 대상 게시물 : {K[0]}
■ 처리 결과 : 삭제
■ 상세 내용 : 신고하신 게시물은 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

Daum 카페 드림
""",
    outcome="review", review="conflicting_statements",
    imitates="templated result notice whose result field contradicts its free-text detail",
    why="'처리 결과: 삭제' and 'stays up, no violation' about the same post",
    items={K[0]: "pending"},
)

# ================================================================ IGNORED
case(
    name="dc-ooo-chuseok",
    **{"from": "jh.park@dcinside.com"},
    name_from="박지훈",
    date="Mon, 16 Sep 2024 08:00:03 +0900",
    subject="[자동응답] Re: [KCSC-240903-01] 불법정보 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    reply_to_req=irt("KCSC-240903-01"),
    body="""
안녕하세요. 박지훈입니다.
9월 16일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 건은 report@dcinside.com 으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office reply over the Chuseok holiday",
    why="auto-reply (Auto-Submitted: auto-replied), no statement",
    items={},
)

case(
    name="naver-receipt-only",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date="Thu, 05 Sep 2024 14:03:09 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (KCSC-240905-02)",
    extra_headers=["Auto-Submitted: auto-generated"],
    reply_to_req=irt("KCSC-240905-02"),
    body="""
안녕하세요. 네이버 고객센터입니다.

문의하신 내용이 정상적으로 접수되었습니다.
접수번호 : 2024090511223

담당자가 확인한 뒤 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 automatic receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="clien-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Mon, 16 Sep 2024 09:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b447-1"

--dsn-b447-1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@clien.net>: host mail.clien.net[203.0.113.44] said: 550 5.1.1
    <legal@clien.net>: Recipient address rejected: User unknown

--dsn-b447-1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon, 16 Sep 2024 09:00:38 +0900

Final-Recipient: rfc822; legal@clien.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@clien.net>: Recipient address rejected: User unknown

--dsn-b447-1
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@clien.net
Subject: [KCSC-240916-07] =?UTF-8?B?6rKM7Iuc66y8IOyCreygnCDsmpTssq0=?=
Date: Mon, 16 Sep 2024 09:00:00 +0900
Message-ID: <kcsc-req-240916-07@kcsc.example>

--dsn-b447-1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for a request sent to a dead address",
    why="delivery status notification: ignored whoever sent it",
    items={},
)

case(
    name="soop-mdn-read",
    **{"from": "tns@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Wed, 11 Sep 2024 10:37:22 +0900",
    subject="읽음: [KCSC-240911-04] 불법정보 시정요구 / Request to remove illegal content",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b447-2"

--mdn-b447-2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("보낸 메시지를 받는 사람이 읽었습니다." + chr(10) + "Your message was displayed on Wed, 11 Sep 2024 10:37 +0900." + chr(10))}
--mdn-b447-2
Content-Type: message/disposition-notification

Reporting-UA: tns-mail.sooplive.co.kr; Microsoft Outlook 16.0
Final-Recipient: rfc822;tns@sooplive.co.kr
Original-Message-ID: <kcsc-req-240911-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b447-2--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="read receipt: no statement",
    items={},
)

case(
    name="inven-ooo-english",
    **{"from": "biz@inven.co.kr"},
    name_from="Inven Business Team",
    date="Tue, 17 Sep 2024 07:30:00 +0900",
    subject="Automatic reply: 게시물 조치 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"],
    body="""
Thank you for your email. I am out of the office until 23 September with limited access to email.
For takedown and legal matters please write to legal@inven.co.kr.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange 'Automatic reply' from a platform with no request in this set",
    why="out-of-office reply",
    items={},
)

case(
    name="fmkorea-auto-en",
    **{"from": "support@fmkorea.com"},
    name_from="FMKorea Support",
    date="Fri, 13 Sep 2024 16:41:05 +0900",
    subject="Auto: Re: [KCSC-240913-06] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    reply_to_req=irt("KCSC-240913-06"),
    body="""
This is an automatic reply. Our support team is away until Monday 16 September.
Your message has been kept and will be read when we are back.
""",
    outcome="ignored", classification="auto_reply",
    imitates="weekend auto-reply of a community site's support mailbox",
    why="auto-reply; promises only that the message will be read",
    items={},
)

case(
    name="daum-ticket-receipt",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 09:31:12 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    reply_to_req=irt("KCSC-240909-03"),
    type="html",
    body=html_doc("""
<p>안녕하세요, 카카오 고객센터입니다.</p>
<p>고객님의 문의가 접수되었습니다.</p>
<table><tr><td>접수번호</td><td>KK-2409090318</td></tr>
<tr><td>문의 제목</td><td>[KCSC-240909-03] 개인정보 거래 게시물 삭제 요청</td></tr></table>
<p>담당자 확인 후 영업일 기준 3일 이내에 순차적으로 답변드리겠습니다.</p>
<p>※ 본 메일은 발신 전용입니다.</p>
"""),
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 HTML ticket receipt",
    why="pure receipt: ticket number and a promise to answer",
    items={},
)

HEADER = """# Blind set 447: Korean portals and community sites, Korean/English mixed,
# with doubtful and ignorable mail. Written from each email's meaning before
# any run of the reader. Generated by make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
