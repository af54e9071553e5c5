#!/usr/bin/env python3
"""Blind corpus set 717: Korean portals and community sites (NAVER, Daum,
DC Inside, SOOP, Inven, FM Korea, Ppomppu; Nate as a wrong platform),
Korean and English mixed, with the doubtful and ignorable mail a
regulator's mailbox receives.

    python3 tests/corpus/blind717/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: fixed
MIME boundaries, no clock, no randomness. Every expected result below was
written from the meaning of the email alone, before any run of the reader.
All names, ids and URLs are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
N = {
    1: "https://blog.naver.com/moonlit_ferry/223561104817",
    2: "https://blog.naver.com/moonlit_ferry/223561109925",
    3: "https://cafe.naver.com/saltwindtraders/48213",
    4: "https://cafe.naver.com/saltwindtraders/48290",
    5: "https://cafe.naver.com/ArticleRead.nhn?clubid=31187452&articleid=9921",
    6: "https://m.blog.naver.com/greyheron_77/223570018264",
    7: "https://blog.naver.com/greyheron_77/223570021133",
    8: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471829361",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38122907&memberNo=55120334",
    10: "https://cafe.naver.com/saltwindtraders/48377",
    11: "https://blog.naver.com/paper_lantern_kr/223580442571",
    12: "https://in.naver.com/%EB%B0%A4%EB%B0%94%EB%8B%A4/contents/internal/771209348813344",
}
N12_RAW = "https://in.naver.com/밤바다/contents/internal/771209348813344"
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9183342",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9183517",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_dreams&no=55120",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coin_dreams&no=55187",
    5: "https://gall.dcinside.com/mini/board/view/?id=nightowls&no=3301",
}
M = {
    1: "https://cafe.daum.net/bluepinecrew/Ab3x/1182",
    2: "https://cafe.daum.net/bluepinecrew/Ab3x/1190",
    3: "https://cafe.daum.net/bluepinecrew/Ab3x/1205",
    4: "https://m.cafe.daum.net/ironkettle/Pq7u/64",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131840772",
    2: "https://ch.sooplive.co.kr/wildcard88/post/92310455",
    3: "https://vod.sooplive.co.kr/player/131851006",
}
I = {
    1: "https://www.inven.co.kr/board/lostark/4811/1029384",
    2: "https://www.inven.co.kr/board/maple/5974/612043",
    3: "https://m.inven.co.kr/board/webzine/2097/2210487",
}
F = {
    1: "https://www.fmkorea.com/7328815541",
    2: "https://www.fmkorea.com/7328904127",
}
P = {1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=8830142"}

REQUESTS = [
    # ref, platform, sent_at, due_at, items(dict), category, msgid, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", N,
     "illegal_gambling", "req.240902-01", "blogs, cafe posts, a KnowledgeiN question, a Post and an influencer page"),
    ("KCSC-240903-02", "dcinside", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", D,
     "fraud", "req.240903-02", "stock and coin gallery posts"),
    ("KCSC-240904-03", "daum", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", M,
     "privacy", "req.240904-03", "Daum cafe posts"),
    ("KCSC-240905-04", "soop", "2024-09-05T10:30:00+09:00", "2024-09-12T18:00:00+09:00", S,
     "obscenity", "req.240905-04", "two VODs and a station post"),
    ("KCSC-240906-05", "inven", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", I,
     "defamation", "req.240906-05", "game board posts"),
    ("KCSC-240909-06", "fmkorea", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00", F,
     "illegal_gambling", "req.240909-06", "two posts"),
    ("KCSC-240910-07", "ppomppu", "2024-09-10T09:00:00+09:00", "2024-09-17T18:00:00+09:00", P,
     "drugs", "req.240910-07", "one free-board post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, items, cat, mid, note in REQUESTS:
        for k in sorted(items):
            w.writerow([ref, plat, sent, due, items[k], cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def request_lines(ref, items, lang="ko"):
    if lang == "ko":
        out = [f"{ref} 시정요구(삭제 요청)",
               "",
               "아래 정보에 대하여 삭제 또는 접속차단 조치를 요청드립니다.",
               ""]
    else:
        out = [f"Removal request {ref}",
               "",
               "Please remove or disable access to the following content:",
               ""]
    for n, k in enumerate(sorted(items), 1):
        out.append(f"{n}. {items[k]}")
    out += ["", "방송통신심의위원회 통신심의 담당 / KCSC Takedown"]
    return out


def gt(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


H = "This file is generated by make.py; edit the case list there."

# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- applied --

html_rows = [
    (1, N[1], "삭제", ""),
    (2, N[2], "삭제", ""),
    (3, N[3], "블라인드", "카페 게시글"),
    (4, N[4], "게시물 없음", "작성자 자진 삭제"),
    (5, N[5], "임시조치", "30일"),
    (6, N[6], "삭제", "모바일 주소"),
    (7, N[7], "접근 제한(국내)", "해외 노출 유지"),
    (8, N[8], "삭제", "지식iN 질문 및 답변"),
    (9, N[9], "조치 불가", "위법성 미확인, 게시 유지"),
    (10, N[10], "삭제", ""),
    (11, N[11], "해당 없음", "존재하지 않는 게시물"),
    (12, N12_RAW, "비공개 처리", "인플루언서 콘텐츠"),
]
rows_html = "\n".join(
    f'<tr><td>{n}</td><td>{u}</td><td>{r}</td><td>{note}</td></tr>' for n, u, r, note in html_rows)
case(
    name="naver-kcsc-result-table-html",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Fri, 06 Sep 2024 16:40:12 +0900",
    subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240902-01)",
    reply_to_req="req.240902-01", type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240902-01)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4">
<tr><th>순번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{rows_html}
</table>
<p>조치 기준은 <a href="https://help.naver.com/service/5626/category/bookmark">네이버 운영정책</a>을 참고하여 주십시오.</p>
<p>NAVER 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal's 시정요구 조치결과 table (KCSC-style result return), HTML",
    why="one trusted table row per item; 블라인드/비공개 처리 are removals, 임시조치/국내 접근 제한 restrictions, author-deleted/nonexistent not_found, 조치 불가 with reason rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "not_found",
           N[5]: "restricted", N[6]: "removed", N[7]: "restricted", N[8]: "removed",
           N[9]: "rejected", N[10]: "removed", N[11]: "not_found", N[12]: "removed"},
)

case(
    name="naver-korean-prose-three",
    **{"from": "right@naver.com"}, name_from="네이버 권리보호센터",
    date="Wed, 04 Sep 2024 17:05:44 +0900",
    subject="Re: KCSC-240902-01 시정요구 처리 결과 (1차)",
    reply_to_req="req.240902-01",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

귀 위원회의 시정요구(KCSC-240902-01) 중 먼저 검토가 끝난 3건의 처리 결과를 알려드립니다.

블로그 게시물 {N[1]} 는 9월 4일 오후 삭제하였습니다.

카페 게시글 {N[3]} 은 블라인드 처리되어 카페 회원을 포함한 모든 이용자에게 더 이상 노출되지 않습니다.

지식iN 질문 {N[8]} 은 확인 결과 작성자가 이미 삭제한 게시물이어서 당사가 따로 조치할 대상이 없었습니다.

나머지 건은 검토가 끝나는 대로 다시 회신드리겠습니다.

네이버 권리보호센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 안내 (first partial answer)",
    why="three named items with plain past-tense outcomes; the promise covers only unnamed items",
    items={N[1]: "removed", N[3]: "removed", N[8]: "not_found"},
)

csv_text = (
    "번호,URL,조치결과,처리일\n"
    f"1,{N[2]},삭제,2024-09-05\n"
    f"2,{N[4]},게시중단,2024-09-05\n"
    f'3,"{N[5]}",임시조치(30일),2024-09-05\n'
    f"4,{N[6]},게시물 없음(작성자 삭제),2024-09-05\n"
    f"5,{N[7]},조치 불가(운영정책 위반 아님),2024-09-05\n"
)
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Thu, 05 Sep 2024 19:12:03 +0900",
    subject="KCSC-240902-01 조치 결과 송부 (첨부)",
    reply_to_req="req.240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b717-csv-01"

--b717-csv-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하십니까.
KCSC-240902-01 건 중 5건의 조치 결과를 첨부 CSV 파일로 송부드립니다.
파일 인코딩은 UTF-8입니다.

NAVER 정책지원팀
--b717-csv-01
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--b717-csv-01--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment",
    why="each CSV row names one item and its result: 삭제/게시중단 removed, 임시조치 restricted, author-deleted not_found, 조치 불가 (no violation) rejected",
    items={N[2]: "removed", N[4]: "removed", N[5]: "restricted", N[6]: "not_found", N[7]: "rejected"},
)

req_en = request_lines("KCSC-240902-01", N, "en")
case(
    name="naver-en-top-posted",
    **{"from": "global-policy@navercorp.com"}, name_from="NAVER Global Policy",
    date="Fri, 06 Sep 2024 09:31:27 +0900",
    subject="Re: Removal request KCSC-240902-01",
    reply_to_req="req.240902-01",
    body=f"""Dear KCSC team,

Following up on KCSC-240902-01, two of the links have now been handled:

- {N[9]}
  Access from Korea has been blocked. The post remains visible outside Korea.
- {N[11]}
  Removed on 5 September for violating our operating policy.

The other links are still with the Korean review team.

Best regards,
Hana Yoon
NAVER Global Policy

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{gt(req_en)}""",
    outcome="applied", classification="confirmation",
    imitates="English top-posted reply from a portal's global policy desk over the quoted request (Gmail quoting)",
    why="two items stated above the quote (Korea-only block = restricted, removed); the twelve quoted URLs are the regulator's own text",
    items={N[9]: "restricted", N[11]: "removed", N[1]: "pending", N[5]: "pending", N[12]: "pending"},
)

qp_body = f"""KCSC-240902-01 관련 카페 및 인플루언서 게시물 처리 결과입니다.

1. {N[10]}
   → 게시중단 완료

2. {N12_RAW}
   → 비공개 처리 완료 (작성자 본인 외 열람 불가)

3. {N[4]}
   → 카페 운영원칙 및 관련 법령 위반 소지가 확인되지 않아 게시를 유지합니다.

문의: 네이버 카페 운영팀
"""
case(
    name="naver-qp-numbered",
    **{"from": "cafe_policy@navercorp.com"}, name_from="네이버 카페 운영팀",
    date="Sat, 07 Sep 2024 11:48:50 +0900",
    subject="[네이버 카페] KCSC-240902-01 처리 결과",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations team result notice, quoted-printable, numbered list with the result under each URL",
    why="numbered list, status line under each URL; raw Korean path matches the percent-encoded item; keeping the post for no violation is a rejection",
    items={N[10]: "removed", N[12]: "removed", N[4]: "rejected"},
)

case(
    name="naver-url-status-below",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Tue, 10 Sep 2024 10:02:19 +0900",
    subject="KCSC-240902-01 update / 처리 현황",
    body=f"""KCSC-240902-01 update

{N[2]}
Status: 삭제 (Deleted)

{N[6]}
Status: 작성자 삭제 - the author had already deleted this post before our review, so we could not find it.

NAVER Policy Operations""",
    outcome="applied", classification="confirmation",
    imitates="bilingual status update, bare URL with a Status: line below",
    why="status line below each bare URL; the second post was gone by its author's hand before review (not_found)",
    items={N[2]: "removed", N[6]: "not_found"},
)

case(
    name="dc-admin-prose",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 04 Sep 2024 15:20:31 +0900",
    subject="[디시인사이드] 요청번호 KCSC-240903-02 처리 결과 안내",
    reply_to_req="req.240903-02",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청번호 KCSC-240903-02 관련 처리 결과 안내드립니다.

주식 갤러리 게시물 {D[1]} 와
{D[2]} 두 건은 9월 4일 운영자 삭제 처리하였으며, 작성자 IP에 대해서는 이용 차단을 적용하였습니다.

마이너 갤러리 게시물 {D[3]} 은 확인 시점에 작성자가 스스로 삭제하여 존재하지 않는 글입니다.

감사합니다.
디시인사이드 운영팀 드림""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team reply on a deletion request (운영자 삭제)",
    why="two named posts deleted by the operator in one sentence; the third deleted by its author before review",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dc-particles-attached",
    **{"from": "mgallery@dcinside.com"}, name_from="디시인사이드 마이너갤러리 관리팀",
    date="Thu, 05 Sep 2024 13:44:02 +0900",
    subject="RE: KCSC-240903-02 마이너·미니 갤러리 게시물",
    reply_to_req="req.240903-02",
    body=f"""담당자님 안녕하세요.

{D[4]}은 오늘 삭제했습니다.
{D[5]}의 경우 미니 갤러리 규정과 관련 법령 위반이 확인되지 않아 삭제하지 않았습니다.

마이너갤러리 관리팀 드림""",
    outcome="applied", classification="confirmation",
    imitates="short Korean gallery-admin reply with Korean particles glued to the URLs",
    why="URLs end in digits followed directly by 은/의; one deleted, one kept because no rule is broken",
    items={D[4]: "removed", D[5]: "rejected"},
)

case(
    name="daum-imsi-notice",
    **{"from": "right@kakaocorp.com"}, name_from="Daum 권리침해신고센터",
    date="Thu, 05 Sep 2024 10:15:40 +0900",
    subject="[Daum] 게시물 임시조치 결과 안내 (KCSC-240904-03)",
    body=f"""[Daum] 게시물 임시조치 결과 안내

신고번호: R-2409-118832
관련 요청: KCSC-240904-03

아래 게시물에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)를 하였습니다.

- {M[1]}
- {M[2]}

임시조치 기간 동안 게시자의 재게시 요청이 없으면 해당 게시물은 삭제됩니다.
임시조치 제도에 대한 안내: https://cs.daum.net/faq/95/7580.html

Daum 권리침해신고센터""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 30일 임시조치 notice (권리침해신고센터)",
    why="임시조치 (30-day access block) is a restriction; the later deletion is conditional; the help link is no item",
    items={M[1]: "restricted", M[2]: "restricted"},
)

case(
    name="daum-text-table",
    **{"from": "trustsafety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Fri, 06 Sep 2024 18:03:11 +0900",
    subject="Re: KCSC-240904-03 results",
    reply_to_req="req.240904-03",
    body=f"""Hello,

Results for KCSC-240904-03 so far:

+-----------------------------------------------+----------------------------------------+
| URL                                           | Result                                 |
+-----------------------------------------------+----------------------------------------+
| {M[1]:<45} | Removed                                |
| {M[3]:<45} | Not found (post does not exist)        |
| {M[4]:<45} | No action - does not violate our policy |
+-----------------------------------------------+----------------------------------------+

Kakao Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="English plain-text result table from a portal's trust and safety team",
    why="one row per URL: removed, not found, no action because no violation (rejected)",
    items={M[1]: "removed", M[3]: "not_found", M[4]: "rejected"},
)

case(
    name="soop-en-mixed",
    **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Fri, 06 Sep 2024 14:27:55 +0900",
    subject="Re: KCSC-240905-04 - review completed",
    reply_to_req="req.240905-04",
    body=f"""Hello,

Thank you for your report under KCSC-240905-04. Our review is complete.

• The VOD {S[1]} was deleted and the uploader's channel received a strike.
• The VOD {S[3]} is now limited to verified adult viewers (19+).
• We could not locate {S[2]}; this post ID does not exist in our system.

You can read our community guidelines at https://www.sooplive.co.kr/policy/guideline

Regards,
SOOP Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="streaming platform trust & safety outcome mail (bulleted)",
    why="deleted = removed; adults-only = age restriction (restricted); ID does not exist = not_found",
    items={S[1]: "removed", S[3]: "restricted", S[2]: "not_found"},
)

case(
    name="soop-korean-blind",
    **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Sat, 07 Sep 2024 12:10:09 +0900",
    subject="[SOOP] 방송국 게시글 처리 결과 (KCSC-240905-04)",
    body=f"""안녕하세요, SOOP 고객센터입니다.

요청번호 KCSC-240905-04 중 방송국 게시글
{S[2]}
블라인드 처리 완료했습니다.

다시보기(VOD) 2건은 현재 검토 중이며 결과가 나오는 대로 안내드리겠습니다.

SOOP 고객센터""",
    outcome="applied", classification="confirmation",
    imitates="SOOP/AfreecaTV 고객센터 블라인드 처리 안내",
    why="블라인드 of the named station post is removal; the two VODs are only under review and not named",
    items={S[2]: "removed"},
)

case(
    name="inven-wrapped-url",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 고객지원",
    date="Mon, 09 Sep 2024 11:32:44 +0900",
    subject="Re: KCSC-240906-05 게시물 삭제 요청",
    reply_to_req="req.240906-05",
    body=f"""안녕하세요. 인벤 고객지원팀입니다.

요청하신 KCSC-240906-05 건 처리 결과입니다.

로스트아크 게시판 글 <{I[1]}> 삭제 완료.
메이플스토리 게시판 글 <https://www.inven.co.kr/board/maple/
5974/612043> 역시 삭제 완료하였습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Inven customer-support reply with URLs in angle brackets, one wrapped by the mail client",
    why="both board posts named and deleted; the second URL is wrapped inside its angle brackets (RFC 3986 appendix C)",
    items={I[1]: "removed", I[2]: "removed"},
)

case(
    name="fmkorea-two-outcomes",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
    date="Tue, 10 Sep 2024 16:21:37 +0900",
    subject="[에펨코리아] 신고 게시물 처리 결과 - KCSC-240909-06",
    body=f"""신고하신 게시물 2건에 대한 처리 결과입니다. (KCSC-240909-06)

{F[1]} - 운영자 삭제
{F[2]} - 커뮤니티 규정 및 법령 위반으로 판단하기 어려워 유지하기로 결정했습니다.

에펨코리아 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="community site admin result list (URL - result)",
    why="one post deleted by the operator, the other kept with a reason (rejected)",
    items={F[1]: "removed", F[2]: "rejected"},
)

case(
    name="ppomppu-sole",
    **{"from": "help@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date="Tue, 10 Sep 2024 17:02:45 +0900",
    subject="Re: [KCSC-240910-07] 시정요구",
    reply_to_req="req.240910-07",
    body="""안녕하세요, 뽐뿌 운영팀입니다.

요청하신 자유게시판 게시물은 9월 10일 16시경 삭제 처리되었습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="short reply to a one-item request without repeating the URL",
    why="sole unhedged statement answering a one-item request (reference and thread)",
    items={P[1]: "removed"},
)

case(
    name="naver-ack-plus-statement",
    **{"from": "right@naver.com"}, name_from="네이버 권리보호센터",
    date="Tue, 03 Sep 2024 09:44:18 +0900",
    subject="[네이버] 시정요구 접수 안내 (KCSC-240902-01)",
    body=f"""귀 위원회의 시정요구(KCSC-240902-01)가 정상적으로 접수되었습니다. (접수번호 NV-2409-55712)

이 중 {N[2]} 는 접수 즉시 게시중단 조치하였습니다.

나머지 게시물은 검토 후 결과를 알려드리겠습니다.

네이버 권리보호센터""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 접수 안내 that already carries one 게시중단 result",
    why="receipt phrase plus an unhedged item statement: not a pure acknowledgement",
    items={N[2]: "removed"},
)

dc_req = request_lines("KCSC-240903-02", D)
case(
    name="dc-outlook-quoted",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 10:07:26 +0900",
    subject="RE: KCSC-240903-02 시정요구(삭제 요청)",
    reply_to_req="req.240903-02",
    body=f"""아래 요청 건 중 2건 처리 결과입니다.

{D[2]} 삭제 완료
{D[1]} 작성자가 이미 삭제한 글이라 조회되지 않습니다.

나머지 3건(마이너·미니 갤러리)은 관리자 확인 중입니다.

디시인사이드 운영팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:00 AM
To: report@dcinside.com
Subject: KCSC-240903-02 시정요구(삭제 요청)

""" + "\n".join(dc_req),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over the unindented original request (-----Original Message-----)",
    why="two items answered above the Outlook quote; the other three appear only in the regulator's quoted request and a 'checking' line",
    items={D[2]: "removed", D[1]: "not_found", D[3]: "pending", D[4]: "pending", D[5]: "pending"},
)

daum_req = request_lines("KCSC-240904-03", M)
case(
    name="daum-gmail-quote",
    **{"from": "right@kakaocorp.com"}, name_from="Daum 권리침해신고센터",
    date="Mon, 09 Sep 2024 14:51:03 +0900",
    subject="Re: KCSC-240904-03 시정요구(삭제 요청)",
    reply_to_req="req.240904-03",
    body=f"""안녕하세요.

{M[2]} 는 삭제 완료했습니다.
{M[4]} 는 국내 접속을 제한했습니다(해외에서는 계속 노출됩니다).

Daum 권리침해신고센터

2024년 9월 4일 (수) 오전 11:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{gt(daum_req)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean Gmail-style reply (님이 작성:) over the quoted request",
    why="two items answered above the quote: deleted, and blocked in Korea only (restricted); quoted URLs do not count",
    items={M[2]: "removed", M[4]: "restricted", M[1]: "pending", M[3]: "pending"},
)

case(
    name="soop-html-links",
    **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Tue, 10 Sep 2024 11:18:42 +0900",
    subject="[SOOP] 다시보기 처리 결과 안내",
    type="html",
    body=f"""<html><body style="font-family:sans-serif">
<p>안녕하세요, SOOP 고객센터입니다.</p>
<p>요청번호 <b>KCSC-240905-04</b>의 다시보기(VOD) 처리 결과를 안내드립니다.</p>
<ul>
<li><a href="{S[1]}">{S[1]}</a> : 삭제</li>
<li><a href="{S[3]}">{S[3]}</a> : 삭제</li>
</ul>
<p>운영정책 보기: <a href="https://www.sooplive.co.kr/policy/operation">https://www.sooplive.co.kr/policy/operation</a></p>
<p>SOOP 고객센터</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="HTML-only customer-centre result notice with linked URLs",
    why="two linked VODs each followed by 삭제; the policy link is no item",
    items={S[1]: "removed", S[3]: "removed"},
)

case(
    name="naver-statement-of-reasons",
    **{"from": "sor@navercorp.com"}, name_from="NAVER Content Moderation",
    date="Sat, 07 Sep 2024 08:12:57 +0900",
    subject="Statement of reasons - KCSC-240902-01",
    body=f"""STATEMENT OF REASONS

Reference: KCSC-240902-01
Content: {N[7]}
Decision: Visibility restricted - the content is unavailable to users in the Republic of Korea
Ground: content unlawful under Korean law (Information and Communications Network Act)
Automated detection: No
Automated decision: No
Redress: the uploader may appeal at https://help.naver.com/appeal/blog

NAVER Content Moderation""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, ground, redress)",
    why="decision restricts visibility in Korea only: restricted; the appeal page is no item",
    items={N[7]: "restricted"},
)

inven_b64 = f"""KCSC-240906-05 처리 결과

1) {I[1]} : 삭제
2) {I[2]} : 유지 (게시판 운영정책 위반 아님)
3) {I[3]} : 존재하지 않는 게시물 (잘못된 주소)

인벤 운영팀
"""
case(
    name="inven-base64",
    **{"from": "admin@inven.co.kr"}, name_from="인벤 운영팀",
    date="Tue, 10 Sep 2024 15:40:08 +0900",
    subject="KCSC-240906-05 처리 결과",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(inven_b64)}""",
    outcome="applied", classification="confirmation",
    imitates="base64-encoded Korean plain-text result list",
    why="deleted, kept for no violation (rejected), nonexistent / invalid address (not_found)",
    items={I[1]: "removed", I[2]: "rejected", I[3]: "not_found"},
)

case(
    name="fmkorea-echoed-report",
    **{"from": "report@fmkorea.com"}, name_from="에펨코리아 신고센터",
    date="Wed, 11 Sep 2024 09:05:33 +0900",
    subject="[에펨코리아] 신고 처리 완료 안내",
    body=f"""[신고 내역]
신고번호: FM-2409-33187
신고자: 방송통신심의위원회 (KCSC-240909-06)
신고 URL: {F[2]}
신고 사유: 불법 도박 홍보

[처리 결과]
삭제 완료 (2024-09-10 14:02)

본 메일은 발신 전용입니다.""",
    outcome="applied", classification="confirmation",
    imitates="report-form echo followed by its 처리 결과 section",
    why="the echoed report names one URL and the result section says 삭제 완료 for it",
    items={F[2]: "removed"},
)

case(
    name="naver-cafe-three",
    **{"from": "cafe_policy@navercorp.com"}, name_from="네이버 카페 운영팀",
    date="Mon, 09 Sep 2024 17:26:14 +0900",
    subject="카페 게시글 처리 결과 (KCSC-240902-01)",
    body=f"""카페 게시글 처리 결과를 알려드립니다.

- {N[3]} : 카페 매니저가 삭제 (운영자 삭제)
- {N[4]} : 비공개 처리
- {N[10]} : 국내 접근 제한

네이버 카페 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe bulleted result notice",
    why="deleted by the cafe manager and made private are removals; access restricted in Korea is restricted",
    items={N[3]: "removed", N[4]: "removed", N[10]: "restricted"},
)

case(
    name="daum-url-below-statement",
    **{"from": "trustsafety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Tue, 10 Sep 2024 10:44:29 +0900",
    subject="KCSC-240904-03 - further results",
    body=f"""Hello,

The following post has been taken down:
{M[3]}

We could not open the following link; the page does not exist:
{M[4]}

Kakao Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="English result mail with each URL on the line below its statement",
    why="statement ending in ':' with the URL on the next line: taken down; page does not exist (not_found)",
    items={M[3]: "removed", M[4]: "not_found"},
)

case(
    name="naver-kin-rejected",
    **{"from": "right@naver.com"}, name_from="네이버 권리보호센터",
    date="Thu, 05 Sep 2024 16:33:51 +0900",
    subject="[네이버] 지식iN 게시물 검토 결과 (KCSC-240902-01)",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

시정요구 KCSC-240902-01 중 지식iN 게시물
{N[8]}
에 대한 검토 결과, 해당 게시물은 공공의 이익에 관한 정보로서 서비스 운영정책상 게시중단 대상에 해당하지 않아 요청을 수용하지 않았습니다.

이의가 있으시면 회신 주시기 바랍니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 불수용 결과 안내 (refusal with its reason)",
    why="refusal with a stated reason: rejected",
    items={N[8]: "rejected"},
)

# ----------------------------------------------------------------- review --

case(
    name="dc-bulk-all-deleted",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 11:02:40 +0900",
    subject="Re: KCSC-240903-02",
    reply_to_req="req.240903-02",
    body="""안녕하세요.

KCSC-240903-02로 요청하신 게시물 전부 삭제 처리 완료했습니다.

디시인사이드 운영팀""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="one-line 'all deleted' reply",
    why="one statement about all items of a five-item request without naming them",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending", D[4]: "pending", D[5]: "pending"},
)

case(
    name="daum-bulk-english",
    **{"from": "trustsafety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Wed, 11 Sep 2024 09:20:06 +0900",
    subject="Re: KCSC-240904-03 results",
    reply_to_req="req.240904-03",
    body="""Hi,

All the reported content under KCSC-240904-03 was removed as of today.

Kakao Trust & Safety""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="English 'all reported content was removed' reply",
    why="statement about all items of a four-item request without naming each",
    items={M[1]: "pending", M[2]: "pending", M[3]: "pending", M[4]: "pending"},
)

case(
    name="naver-promise-24h",
    **{"from": "global-policy@navercorp.com"}, name_from="NAVER Global Policy",
    date="Wed, 04 Sep 2024 18:40:15 +0900",
    subject="Re: Removal request KCSC-240902-01",
    reply_to_req="req.240902-01",
    body=f"""Dear KCSC team,

We have confirmed policy violations in the following two items, and they will be removed within 24 hours:

{N[5]}
{N[6]}

We will send you a confirmation once this is done.

Best regards,
NAVER Global Policy""",
    outcome="review", classification="other", review="not_understood",
    imitates="English promise of removal within 24 hours",
    why="'will be removed' is a promise, not a statement; items stay pending",
    items={N[5]: "pending", N[6]: "pending"},
)

case(
    name="dc-hedge-appears",
    **{"from": "mgallery@dcinside.com"}, name_from="디시인사이드 마이너갤러리 관리팀",
    date="Fri, 06 Sep 2024 16:55:12 +0900",
    subject="RE: KCSC-240903-02 확인 중",
    reply_to_req="req.240903-02",
    body=f"""담당자님,

{D[4]} 게시물은 이미 삭제된 것으로 보이나, 서버 기록을 확인한 뒤 다시 안내드리겠습니다.

마이너갤러리 관리팀""",
    outcome="review", classification="other", review="not_understood",
    imitates="Korean hedged answer (삭제된 것으로 보이나 … 확인 후 안내)",
    why="'appears to have been deleted' plus a pending check is a hedge, not a statement",
    items={D[4]: "pending"},
)

case(
    name="soop-under-review",
    **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Mon, 09 Sep 2024 10:05:47 +0900",
    subject="Re: KCSC-240905-04 - status",
    reply_to_req="req.240905-04",
    body=f"""Hello,

The items below are currently under review by our policy team:

{S[1]}
{S[2]}

We expect to reach a decision by 11 September and will update you then.

SOOP Trust & Safety""",
    outcome="review", classification="other", review="not_understood",
    imitates="'under review' status update from a trust & safety desk",
    why="'under review' names two items but states no outcome",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="soop-conditional-age",
    **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Tue, 10 Sep 2024 19:30:02 +0900",
    subject="Re: KCSC-240905-04 - VOD 131851006",
    reply_to_req="req.240905-04",
    body=f"""Hello,

We have asked the streamer to cut the reported segment from {S[3]}.
If the segment is not removed by 12 September, the VOD will be age-restricted (19+).

SOOP Trust & Safety""",
    outcome="review", classification="other", review="not_understood",
    imitates="conditional outcome notice (action only if the uploader does not comply)",
    why="a condition and a future action: no statement yet",
    items={S[3]: "pending"},
)

case(
    name="naver-auth-fail",
    **{"from": "right@naver.com"}, name_from="네이버 권리보호센터", auth="fail",
    date="Thu, 05 Sep 2024 22:13:09 +0900",
    subject="[네이버] KCSC-240902-01 처리 완료",
    body=f"""귀 위원회의 요청 KCSC-240902-01 처리 결과입니다.

{N[1]} - 삭제
{N[2]} - 삭제

네이버 권리보호센터""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="NAVER-looking result mail failing DKIM/SPF/DMARC",
    why="naver.com sender failing authentication: its statements cannot be applied",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="blog-author-gmail",
    **{"from": "paperlantern.kr@gmail.com"}, name_from="종이등불",
    date="Fri, 06 Sep 2024 23:41:36 +0900",
    subject="블로그 글 삭제했습니다",
    body=f"""안녕하세요. 네이버에서 안내를 받고 연락드립니다.

제 블로그 글 {N[11]} 은 오늘 밤 제가 직접 삭제했습니다.
문제가 된 줄 몰랐습니다. 죄송합니다.""",
    outcome="review", classification="other", review="unknown_sender",
    imitates="the content's author writing in from a personal webmail address",
    why="a private person, not the platform: statement not trusted",
    items={N[11]: "pending"},
)

case(
    name="lawfirm-inven",
    **{"from": "kjlee@hanbit-law.example"}, name_from="법무법인 한빛 이경진 변호사",
    date="Wed, 11 Sep 2024 14:02:25 +0900",
    subject="KCSC-240906-05 관련 의견서 제출",
    body=f"""방송통신심의위원회 귀중

당 법인은 인벤 게시물 {I[1]} 작성자의 대리인입니다.

해당 게시물은 이미 삭제되었음을 알려드리며, 의뢰인은 위 게시물이 명예훼손에 해당하지 않는다는 의견을 별도로 제출할 예정입니다.

법무법인 한빛 이경진 변호사 드림""",
    outcome="review", classification="other", review="unknown_sender",
    imitates="law firm writing for the content's author",
    why="not the platform's domain; names our request and an item",
    items={I[1]: "pending"},
)

case(
    name="nate-wrong-platform",
    **{"from": "pann-cs@nate.com"}, name_from="네이트 고객센터",
    date="Wed, 11 Sep 2024 10:38:48 +0900",
    subject="Re: KCSC-240909-06 게시물 삭제 요청",
    body=f"""안녕하세요, 네이트 고객센터입니다.

전달받은 목록 중 {F[1]} 게시물은 삭제 처리가 완료되었습니다.

감사합니다.""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="reply from a portal that received a request meant for another site",
    why="Nate states a status for an FM Korea item; only FM Korea can state it",
    items={F[1]: "pending"},
)

case(
    name="naver-asks-more",
    **{"from": "right@naver.com"}, name_from="네이버 권리보호센터",
    date="Wed, 04 Sep 2024 14:20:33 +0900",
    subject="[네이버] 추가 자료 요청 (KCSC-240902-01)",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

시정요구 KCSC-240902-01 중 아래 게시물에 대하여 위법성 판단을 위해 시정요구 결정서 사본을 추가로 보내주시기 바랍니다.

{N[9]}

자료를 받는 대로 검토를 진행하겠습니다.""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="NAVER 추가 소명자료 요청",
    why="the platform asks for documents before deciding; no status",
    items={N[9]: "pending"},
)

case(
    name="daum-policy-notice",
    **{"from": "notice@kakaocorp.com"}, name_from="Kakao 권리침해신고센터",
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    subject="[안내] 권리침해 신고 접수 창구 변경 안내",
    body="""안녕하세요, 카카오 권리침해신고센터입니다.

2024년 10월 1일부터 기관 대상 권리침해 신고 접수 창구가 아래와 같이 바뀝니다.

- 기존: 이메일 접수
- 변경: 기관 전용 신고 페이지 https://cs.daum.net/redbell/agency

기존 이메일로 보내주신 건은 9월 30일까지 정상 처리됩니다.

카카오 권리침해신고센터""",
    outcome="review", classification="other", review="no_claims",
    imitates="portal notice about a change of reporting channel",
    why="trusted platform mail naming no item and no request",
    items={},
)

# ---------------------------------------------------------------- ignored --

case(
    name="naver-ooo-korean",
    **{"from": "sujin.kim@navercorp.com"}, name_from="김수진",
    date="Fri, 13 Sep 2024 09:00:04 +0900",
    subject="[자동응답] 부재중입니다: Re: KCSC-240902-01 처리 결과 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 김수진입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 보내주시기 바랍니다.

감사합니다.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    why="auto-reply; says nothing about items",
    items={},
)

case(
    name="soop-ooo-english",
    **{"from": "minho.park@sooplive.co.kr"}, name_from="Minho Park",
    date="Thu, 05 Sep 2024 10:30:41 +0900",
    subject="Automatic reply: Removal request KCSC-240905-04",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until 16 September with limited access to email.

For urgent trust and safety matters please contact trust@sooplive.co.kr.

Minho Park""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="auto-reply",
    items={},
)

case(
    name="fmkorea-dsn",
    **{"from": "MAILER-DAEMON@mail.fmkorea.com"}, name_from="Mail Delivery System", auth="none",
    date="Mon, 09 Sep 2024 09:31:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="b717-dsn-01"

--b717-dsn-01
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.fmkorea.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-team@fmkorea.com>: host mail.fmkorea.com[192.0.2.41] said: 550 5.1.1
    <legal-team@fmkorea.com>: Recipient address rejected: User unknown

--b717-dsn-01
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.fmkorea.com
Arrival-Date: Mon,  9 Sep 2024 09:31:10 +0900

Final-Recipient: rfc822; legal-team@fmkorea.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-team@fmkorea.com>: Recipient address rejected: User unknown

--b717-dsn-01
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-team@fmkorea.com
Subject: KCSC-240909-06 =?UTF-8?B?7Iuc7KCV7JqU6rWs?=
Message-ID: <req.240909-06@kcsc.example>
Date: Mon, 09 Sep 2024 09:30:00 +0900

--b717-dsn-01--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) with the returned headers",
    why="bounce of our own request",
    items={},
)

case(
    name="dc-mdn",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 03 Sep 2024 13:12:50 +0900",
    subject="읽음 확인: KCSC-240903-02 시정요구(삭제 요청)",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b717-mdn-01"

--b717-mdn-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: report@dcinside.com
제목: KCSC-240903-02 시정요구(삭제 요청)
읽은 시간: 2024년 9월 3일 화요일 오후 1:12

--b717-mdn-01
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;report@dcinside.com
Original-Message-ID: <req.240903-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b717-mdn-01--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean Outlook read receipt (읽음 확인) MDN",
    why="read receipt",
    items={},
)

case(
    name="daum-ticket-receipt",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 04 Sep 2024 11:01:15 +0900",
    subject="[카카오 고객센터] 문의 접수 완료 안내 (KCSC-240904-03)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: #KKO-240904-771203
접수 제목: KCSC-240904-03 시정요구(삭제 요청)

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket receipt (문의 접수 완료 안내)",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="inven-receipt-echo",
    **{"from": "noreply@inven.co.kr"}, name_from="인벤 신고센터",
    date="Fri, 06 Sep 2024 14:02:37 +0900",
    subject="[인벤] 신고가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""인벤 신고센터입니다. 아래 신고가 정상적으로 접수되었습니다.

접수번호: INV-R-0906-2281
관련 요청: KCSC-240906-05
접수된 신고 내역:
  {I[1]}
  {I[2]}
  {I[3]}
처리 상태: 접수 완료 (처리 대기)

처리 결과는 담당자 검토 후 별도로 안내드립니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="automated report receipt echoing the reported URLs",
    why="receipt that lists the URLs only as received, waiting; no statement about them",
    items={I[1]: "pending", I[2]: "pending", I[3]: "pending"},
)

naver_orig = "\n".join(request_lines("KCSC-240902-01", {k: N[k] for k in (1, 2, 3)}))
case(
    name="naver-dsn-korean",
    **{"from": "MAILER-DAEMON@navercorp.com"}, name_from="메일 전송 시스템", auth="none",
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    subject="[발송 실패 안내] KCSC-240902-01 시정요구(삭제 요청)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b717-dsn-02"

--b717-dsn-02
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일이 다음 수신자에게 전달되지 못했습니다.

받는 사람: policy-team@navercorp.com
실패 사유: 존재하지 않는 수신자 주소입니다. (550 5.1.1)

원본 메일을 첨부합니다.

--b717-dsn-02
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.navercorp.com

Final-Recipient: rfc822; policy-team@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 recipient does not exist

--b717-dsn-02
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-team@navercorp.com
Subject: KCSC-240902-01
Message-ID: <req.240902-01.retry@kcsc.example>
Date: Mon, 02 Sep 2024 10:00:30 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{naver_orig}

--b717-dsn-02--
""",
    outcome="ignored", classification="bounce",
    imitates="Korean DSN (발송 실패 안내) returning the original request with its URLs",
    why="bounce; the URLs are only in our own returned message",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)


HEADER = """# Blind set 717 (Korean portals and community sites, mixed): expected
# results written from each email's meaning before any run of the reader.
# Generated by make.py."""


def encode_headers(c):
    """Korean display names and subjects go out RFC 2047-encoded, as mail
    clients send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode(maxlinelen=76)


def main():
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind717", HEADER, CASES)


if __name__ == "__main__":
    main()
