#!/usr/bin/env python3
"""Blind set 399: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Inven, Clien, plus Ppomppu and Nate in the
configuration), mixing Korean and English, with the doubtful and ignorable
mail a regulator's mailbox receives.

Deterministic: `python3 tests/corpus/blind399/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every email is fictional and
written for this set; each expected result was written from the email's
meaning alone, before any run of the reader.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "dcinside.com": "DC Inside",
    "sooplive.co.kr": "SOOP",
    "afreecatv.com": "AfreecaTV",
    "inven.co.kr": "Inven",
    "clien.net": "Clien",
    "ppomppu.co.kr": "Ppomppu",
    "fmkorea.com": "FM Korea",
})

KST = timezone(timedelta(hours=9))


def d(day, hh, mm, ss=0):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


def h(s):
    """RFC 2047 encoding for a Korean header value."""
    return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
KOR_SLUG = "코인박사"

N = {
    1: "https://blog.naver.com/lucky_bet777/223566012345",
    2: "https://blog.naver.com/lucky_bet777/223566019876",
    3: "https://blog.naver.com/sportstoto_king/223567700211",
    4: "https://cafe.naver.com/casinofriends24/3381",
    5: "https://cafe.naver.com/casinofriends24/3394",
    6: "https://cafe.naver.com/casinofriends24/3402",
    7: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60308&docId=471122093",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38220114&memberNo=55120931",
    9: "https://in.naver.com/" + quote(KOR_SLUG) + "/contents/internal/718202215661568",
    10: "https://blog.naver.com/moonbet_club/223570441200",
    11: "https://tv.naver.com/v/58812034",
    12: "https://cafe.naver.com/casinofriends24/3410",
}
N9_RAW = "https://in.naver.com/" + KOR_SLUG + "/contents/internal/718202215661568"

D = {
    1: "https://gall.dcinside.com/board/view/?id=stockus&no=7712045",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=aespa&no=1182203",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=aespa&no=1182290",
    4: "https://gall.dcinside.com/mini/board/view/?id=rumorhouse&no=55120",
    5: "https://gall.dcinside.com/board/view/?id=dcbest&no=298811",
}
K = {
    1: "https://cafe.daum.net/greenleaf420/Ab1x/2201",
    2: "https://cafe.daum.net/greenleaf420/Ab1x/2217",
    3: "https://cafe.daum.net/icefactory88/Qm0P/45",
    4: "https://icefactory88.tistory.com/12",
}
S = {
    1: "https://vod.sooplive.co.kr/player/139200411",
    2: "https://vod.sooplive.co.kr/player/139200587",
    3: "https://ch.sooplive.co.kr/nightowl_bj/post/118330921",
}
F = {
    1: "https://www.fmkorea.com/7391044201",
    2: "https://www.fmkorea.com/7391108815",
}
I1 = "https://www.inven.co.kr/board/lineagem/5019/338812"
C = {
    1: "https://www.clien.net/service/board/park/18630011",
    2: "https://www.clien.net/service/board/cm_stock/18630477",
}

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T10:12:00+09:00", "2024-09-10T23:59:59+09:00",
     [N[i] for i in range(1, 13)], "illegal gambling promotion", "req-240903-01@kcsc.example",
     "NAVER blog/cafe/KnowledgeiN/post/influencer/TV; largest request"),
    ("KCSC-240905-02", "dcinside", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00",
     [D[i] for i in range(1, 6)], "personal information exposure", "req-240905-02@kcsc.example",
     "DC Inside galleries (main, minor, mini)"),
    ("KCSC-240906-03", "daum", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     [K[i] for i in range(1, 5)], "drug sales advertising", "req-240906-03@kcsc.example",
     "Daum cafe and a Tistory blog (Kakao)"),
    ("KCSC-240909-04", "soop", "2024-09-09T11:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [S[i] for i in range(1, 4)], "obscene broadcast", "req-240909-04@kcsc.example",
     "SOOP replays and a channel post"),
    ("KCSC-240910-05", "fmkorea", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     [F[1], F[2]], "illegal gambling promotion", "req-240910-05@kcsc.example", ""),
    ("KCSC-240911-06", "inven", "2024-09-11T15:20:00+09:00", "2024-09-18T23:59:59+09:00",
     [I1], "private game server advertising", "req-240911-06@kcsc.example", "one item"),
    ("KCSC-240912-07", "clien", "2024-09-12T11:05:00+09:00", "2024-09-19T23:59:59+09:00",
     [C[1], C[2]], "fraudulent investment advertising", "req-240912-07@kcsc.example", ""),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request_naver(prefix="> "):
    lines = ["Reference: KCSC-240903-01",
             "",
             "The Korea Communications Standards Commission asks you to remove the",
             "following items, which promote unlicensed gambling sites:",
             ""]
    for i in range(1, 13):
        u = N[i]
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply with the action taken for each item by 10 September.", "",
              "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


CASES = []


def case(**c):
    CASES.append(c)


# ====================================================================== APPLIED

# 1 NAVER: KCSC-style 조치결과 table, HTML, every item of the large request.
rows = [
    (1, N[1], "삭제", ""),
    (2, N[2], "삭제", ""),
    (3, N[3], "게시물 없음", "요청 접수 전 작성자가 직접 삭제"),
    (4, N[4], "블라인드", "카페 운영원칙 위반"),
    (5, N[5], "블라인드", "카페 운영원칙 위반"),
    (6, N[6], "삭제", ""),
    (7, N[7], "삭제", "질문 및 답변 포함"),
    (8, N[8], "비공개 처리", ""),
    (9, N9_RAW, "삭제", ""),
    (10, N[10], "게시물 없음", "존재하지 않는 주소"),
    (11, N[11], "연령 제한", "19세 미만 이용자 시청 제한 설정"),
    (12, N[12], "조치 불가", "운영원칙 위반 사항이 확인되지 않아 게시 유지"),
]
tr = "\n".join(
    f"<tr><td>{n}</td><td>{u.replace('&', '&amp;')}</td><td>{r}</td><td>{note}</td></tr>"
    for n, u, r, note in rows)
case(
    name="naver-result-table-html-all-items",
    **{"from": "policy@navercorp.com"},
    name_from=h("NAVER 정책지원팀"),
    date=d(5, 16, 20, 11),
    subject=h("[NAVER] 시정요구 조치결과 회신 (KCSC-240903-01)"),
    reply_to_req="req-240903-01",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>안녕하십니까. 네이버 정책지원팀입니다.<br>
2024년 9월 3일 요청하신 불법 도박 광고 게시물(요청번호 KCSC-240903-01) 12건에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{tr}
</table>
<p>조치 기준은 <a href="https://policy.naver.com/policy/service_group.html">네이버 서비스 운영정책</a>을 참고해 주시기 바랍니다.</p>
<p>감사합니다.<br>NAVER 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="a NAVER reply to a KCSC 시정요구 with a per-URL 조치결과 table (삭제/블라인드/비공개/게시물 없음/조치 불가)",
    why="trusted NAVER table stating a result for each of the 12 items; the raw Korean influencer URL matches its encoded form; age restriction is restricted, 조치 불가 is rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found", N[4]: "removed", N[5]: "removed",
           N[6]: "removed", N[7]: "removed", N[8]: "removed", N[9]: "removed", N[10]: "not_found",
           N[11]: "restricted", N[12]: "rejected"},
)

# 2 NAVER: Korean numbered list, partial answer.
case(
    name="naver-korean-numbered-partial",
    **{"from": "naver_report@navercorp.com"},
    name_from=h("네이버 고객센터"),
    date=d(4, 11, 2, 40),
    subject=h("Re: [KCSC-240903-01] 불법 도박 광고 게시물 삭제 요청"),
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 고객센터 게시중단 담당자입니다.

위원회에서 요청하신 건(KCSC-240903-01) 가운데 블로그 게시물 3건의 처리 결과를 먼저 알려드립니다.

1. {N[1]} - 삭제 완료
2. {N[2]} - 삭제 완료
3. {N[3]} - 작성자가 이미 삭제하여 확인되지 않음

나머지 게시물은 담당 부서에서 확인하고 있으며, 결과가 나오는 대로 따로 회신드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre 게시중단 reply answering part of a request in a numbered list",
    why="three named blog posts: two 삭제 완료, one already deleted by its author (not_found); the rest is only a promise naming no item",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found"},
)

# 3 NAVER: English, top-posted over the Gmail-quoted request.
case(
    name="naver-english-top-post-over-quote",
    **{"from": "trust-safety@navercorp.com"},
    name_from="Jiwoo Han (NAVER Trust & Safety)",
    date=d(5, 9, 47, 3),
    subject="Re: [KCSC-240903-01] Removal request - illegal gambling promotion",
    reply_to_req="req-240903-01",
    body=f"""Dear KCSC team,

About the two cafe posts in your request: our cafe operations team blinded
both this morning, and they can no longer be viewed by any user.

{N[4]}
{N[5]}

We are still looking at the other links and will come back to you.

Best regards,
Jiwoo Han
NAVER Trust & Safety

On Tue, 3 Sep 2024 at 10:12, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request_naver()}
""",
    outcome="applied", classification="confirmation",
    imitates="an English NAVER trust-and-safety reply top-posted over a Gmail-quoted request",
    why="the two cafe posts above the quote were blinded (removed); the twelve URLs in the quoted request are not statements",
    items={N[4]: "removed", N[5]: "removed"},
)

# 4 NAVER: base64 body, KnowledgeiN and Post.
body4 = f"""안녕하세요, 네이버 지식iN·포스트 운영 담당자입니다.
요청번호 KCSC-240903-01 관련하여 아래와 같이 조치하였습니다.

- 지식iN 질문: {N[7]}
  → 질문과 달린 답변 모두 삭제
- 네이버 포스트: {N[8]}
  → 해당 포스트 비공개 처리 (작성자 본인 외 열람 불가)

추가로 확인이 필요하시면 이 메일로 회신 주십시오.
"""
case(
    name="naver-base64-kin-and-post",
    **{"from": "kin_help@navercorp.com"},
    name_from=h("네이버 지식iN 운영팀"),
    date=d(6, 14, 5, 19),
    subject=h("KCSC-240903-01 지식iN/포스트 게시물 조치 결과"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(body4),
    outcome="applied", classification="confirmation",
    imitates="NAVER KnowledgeiN/Post operator notice sent base64-encoded by a Korean webmail client",
    why="the KnowledgeiN question was deleted and the Post made private (비공개 처리 = removed); the reference is in the subject",
    items={N[7]: "removed", N[8]: "removed"},
)

# 5 NAVER: quoted-printable, raw Korean URL in angle brackets + particle; TV age limit.
body5 = f"""KCSC-240903-01 요청 건 중 인플루언서 콘텐츠와 네이버TV 영상의 처리 결과입니다.

<{N9_RAW}>은 불법 사행성 홍보로 판단되어 삭제하였습니다.

{N[11]} 영상은 삭제 대상에는 해당하지 않지만 청소년에게 부적절한 장면이 있어 19세 이상만 볼 수 있도록 연령 제한을 설정하였습니다.

네이버 콘텐츠운영팀 드림
"""
case(
    name="naver-qp-influencer-and-tv",
    **{"from": "content_ops@navercorp.com"},
    name_from=h("네이버 콘텐츠운영팀"),
    date=d(6, 17, 31, 2),
    subject=h("Re: [KCSC-240903-01] 조치 결과"),
    reply_to_req="req-240903-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(body5),
    outcome="applied", classification="confirmation",
    imitates="NAVER content-operations reply in quoted-printable with a Korean-path URL in angle brackets followed by a particle",
    why="influencer post deleted (raw Korean path matches the encoded item); NAVER TV video kept but age-restricted (restricted)",
    items={N[9]: "removed", N[11]: "restricted"},
)

# 6 NAVER: CSV attachment.
csv6 = ("\ufeffurl,처리결과,비고\n"
        f"{N[6]},삭제,\n"
        f"{N[10]},게시물 없음,존재하지 않는 게시물\n"
        f"{N[12]},조치 불가,운영원칙 위반 아님\n")
text6 = """안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 요청 건 중 3건의 처리 결과를 첨부 파일(CSV)로 보내드립니다.
파일을 확인하시고 문의사항이 있으면 회신 부탁드립니다.

감사합니다.
"""
case(
    name="naver-csv-attachment-three-rows",
    **{"from": "policy@navercorp.com"},
    name_from=h("NAVER 정책지원팀"),
    date=d(9, 10, 15, 44),
    subject=h("[NAVER] KCSC-240903-01 처리결과 (첨부)"),
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_NV_399_06"

------=_NV_399_06
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(text6)}

------=_NV_399_06
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv6)}

------=_NV_399_06--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy-team reply carrying its results as a UTF-8 (BOM) CSV attachment",
    why="CSV rows: one deleted (removed), one nonexistent (not_found), one kept as not violating (rejected)",
    items={N[6]: "removed", N[10]: "not_found", N[12]: "rejected"},
)

# 7 DC Inside: Korean prose.
case(
    name="dc-korean-prose-three-posts",
    **{"from": "cs@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date=d(6, 13, 12, 9),
    subject=h("Re: [KCSC-240905-02] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req="req-240905-02",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

보내주신 개인정보 노출 게시물 삭제 요청(KCSC-240905-02)에 대해 말씀드립니다.

{D[1]} 게시물은 삭제하였고,
{D[2]} 게시물은 삭제와 함께 작성자 IP를 7일간 차단하였습니다.
{D[3]} 게시물은 저희가 확인했을 때 이미 작성자가 지운 상태였습니다.

나머지 두 건은 갤러리 매니저와 확인 중입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team reply in Korean prose, one URL per sentence",
    why="two posts deleted, one already deleted by its author (not_found); the remaining two are only 'being checked' and unnamed",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

# 8 DC Inside: bare URL, status on the line below.
case(
    name="dc-url-then-result-lines",
    **{"from": "cs@dcinside.com"},
    name_from=h("디시인사이드 고객센터"),
    date=d(9, 15, 40, 27),
    subject=h("[디시인사이드] 게시물 처리 결과 안내 - KCSC-240905-02"),
    body=f"""[처리 결과 안내]

대상 URL: {D[4]}
처리 결과: 삭제 완료 (미니 갤러리 매니저 권한 회수)

대상 URL: {D[5]}
처리 결과: 삭제 불가
사유: 게시물에 적힌 이름은 공인의 활동명으로, 개인정보 노출에 해당하지 않는다고 판단했습니다.

디시인사이드 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside help-desk result notice with 대상 URL / 처리 결과 / 사유 blocks",
    why="minor-gallery post deleted (removed); the other refused with a reason (rejected)",
    items={D[4]: "removed", D[5]: "rejected"},
)

# 9 DC Inside: URL wrapped inside angle brackets (RFC 3986 appendix C style).
case(
    name="dc-english-wrapped-angle-url",
    **{"from": "abuse@dcinside.com"},
    name_from="DC Inside Operations",
    date=d(10, 8, 55, 0),
    subject="Re: [KCSC-240905-02] Removal of posts exposing personal information",
    reply_to_req="req-240905-02",
    body="""Hello,

Following your request KCSC-240905-02, the post below has been deleted by
our moderation staff:

<https://gall.dcinside.com/mgallery/board/view/
 ?id=aespa&no=1182290>

Kind regards,
DC Inside Operations
""",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk reply from a Korean community whose mail client wrapped a long URL inside angle brackets",
    why="one post deleted; the URL is split across two lines inside <...> and reassembles to the requested minor-gallery post",
    items={D[3]: "removed"},
)

# 10 Daum/Kakao: HTML notice with a list.
case(
    name="daum-kakao-html-notice",
    **{"from": "cafe_report@kakaocorp.com"},
    name_from=h("카카오 고객센터"),
    date=d(9, 16, 3, 51),
    subject=h("[Daum 카페] 게시물 조치 결과 안내 (KCSC-240906-03)"),
    reply_to_req="req-240906-03",
    type="html",
    body=f"""<html><body>
<div style="padding:20px;font-size:14px">
<h3>Daum 카페 게시물 조치 결과 안내</h3>
<p>안녕하세요, 카카오 고객센터입니다.<br>
요청하신 게시물에 대해 다음과 같이 조치하였음을 알려드립니다.</p>
<ul>
<li><a href="{K[1]}">{K[1]}</a> : 게시중단</li>
<li><a href="{K[2]}">{K[2]}</a> : 임시조치 (30일)</li>
<li><a href="{K[3]}">{K[3]}</a> : 삭제</li>
</ul>
<p>운영정책은 <a href="https://cs.kakao.com/helps?service=7&amp;category=102">카카오 고객센터 도움말</a>에서 보실 수 있습니다.</p>
<p style="color:#888">본 메일은 발신 전용이 아니며 회신하시면 담당자가 확인합니다.</p>
</div></body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre HTML notice of Daum cafe actions (게시중단 / 임시조치 / 삭제)",
    why="게시중단 and 삭제 are removed, 임시조치 is restricted; the help-centre link is not an item",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "removed"},
)

# 11 Kakao: English, Tistory post.
case(
    name="kakao-english-tistory-removed",
    **{"from": "trust@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date=d(10, 18, 22, 37),
    subject="Re: [KCSC-240906-03] Drug sales advertising",
    reply_to_req="req-240906-03",
    body=f"""Hello,

The Tistory post {K[4]} was removed on 10 September 2024,
and the blog has been suspended for repeated breaches of our operating policy
(https://www.kakao.com/policy/oppolicy).

Regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao trust-and-safety English reply about a Tistory blog post",
    why="the Tistory item was removed; the policy link in parentheses is not an item",
    items={K[4]: "removed"},
)

# 12 Daum: statement, then the URLs on the lines below.
case(
    name="daum-statement-then-urls-below",
    **{"from": "cafe_report@kakaocorp.com"},
    name_from=h("Daum 카페 운영팀"),
    date=d(11, 10, 7, 12),
    subject=h("Re: [KCSC-240906-03] 마약류 판매 광고 게시물 삭제 요청"),
    reply_to_req="req-240906-03",
    body=f"""안녕하세요. Daum 카페 운영팀입니다.

다음 게시물은 확인 후 삭제 조치하였습니다.
{K[1]}
{K[3]}

다음 게시물은 이미 삭제되어 존재하지 않는 게시물입니다.
{K[2]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operator reply with each statement followed by its URLs on the lines below",
    why="two posts deleted (removed), one no longer exists (not_found)",
    items={K[1]: "removed", K[3]: "removed", K[2]: "not_found"},
)

# 13 SOOP: English prose.
case(
    name="soop-english-prose-all-three",
    **{"from": "tns@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date=d(10, 20, 14, 5),
    subject="Re: [KCSC-240909-04] Obscene broadcast replays",
    reply_to_req="req-240909-04",
    body=f"""Dear Commission,

Both replays, {S[1]} and
{S[2]}, have been deleted, and the
streamer's broadcasting rights are suspended for 30 days.

The channel post {S[3]} has been
hidden (블라인드) and can no longer be viewed.

SOOP Trust & Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) trust-and-safety reply in English prose",
    why="both VODs deleted and the channel post blinded: all three removed",
    items={S[1]: "removed", S[2]: "removed", S[3]: "removed"},
)

# 14 SOOP: fixed-width text table.
case(
    name="soop-korean-text-table",
    **{"from": "tns@sooplive.co.kr"},
    name_from=h("SOOP 운영정책팀"),
    date=d(11, 9, 30, 0),
    subject=h("[SOOP] KCSC-240909-04 처리 결과"),
    body=f"""안녕하세요. SOOP 운영정책팀입니다. 요청하신 3건의 처리 결과입니다.

번호  대상                                                   처리
----  -----------------------------------------------------  ------------------------------
1     {S[1]}            삭제
2     {S[2]}            19세 이상 시청 제한 적용
3     {S[3]}   위반사항 없음 (게시 유지)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP operations-policy result in a fixed-width text table",
    why="one deleted (removed), one 19+ viewing restriction (restricted), one kept with no violation (rejected)",
    items={S[1]: "removed", S[2]: "restricted", S[3]: "rejected"},
)

# 15 SOOP legacy AfreecaTV domain: echoed report.
case(
    name="afreeca-echoed-report-not-found",
    **{"from": "report@afreecatv.com"},
    name_from=h("SOOP 신고센터"),
    date=d(11, 16, 48, 30),
    subject=h("[SOOP 신고센터] 신고 처리 결과 안내"),
    extra_headers=["X-Report-No: R-24091100871"],
    body=f"""SOOP 신고센터에서 알려드립니다.

■ 신고 접수 내용
 - 신고 번호: R-24091100871
 - 신고자: 방송통신심의위원회 (KCSC-240909-04)
 - 신고 대상: {S[2]}
 - 신고 사유: 음란물

■ 처리 결과
 - 해당 VOD는 신고가 접수되기 전에 BJ가 직접 삭제하여 현재 존재하지 않습니다.

※ 본 메일은 SOOP 신고센터에서 발송되었습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP/AfreecaTV report-centre notice echoing the report form (신고 대상/사유) above its 처리 결과",
    why="the legacy afreecatv.com domain is SOOP's; the VOD was deleted by the streamer before the report: not_found",
    items={S[2]: "not_found"},
)

# 16 FM Korea: arrows.
case(
    name="fmk-arrow-list",
    **{"from": "admin@fmkorea.com"},
    name_from=h("에펨코리아 운영진"),
    date=d(10, 15, 3, 58),
    subject=h("Re: [KCSC-240910-05] 불법 도박 광고 게시물"),
    reply_to_req="req-240910-05",
    body=f"""에펨코리아 운영진입니다.

1) {F[1]} → 삭제 및 작성자 영구 이용정지
2) {F[2]} → 작성자가 먼저 지운 글이라 저희 쪽에서도 확인되지 않습니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea administrators' terse reply with arrows after each URL",
    why="first post deleted (removed); second was deleted by its author before they looked (not_found)",
    items={F[1]: "removed", F[2]: "not_found"},
)

# 17 FM Korea: English, one removed, one refused.
case(
    name="fmk-english-removed-and-kept",
    **{"from": "report@fmkorea.com"},
    name_from="FMKorea Operations",
    date=d(11, 11, 19, 25),
    subject="KCSC-240910-05 - outcome",
    body=f"""Thank you for your request KCSC-240910-05.

We deleted {F[1]}, which advertised an unlicensed betting site.

We did not remove {F[2]}: it is a member's comment on a news article about
betting regulation, with no link to or promotion of any site, so it does not
break our community rules.

FMKorea Operations
""",
    outcome="applied", classification="confirmation",
    imitates="English moderation outcome from a Korean community: one removal, one refusal with its reason",
    why="one deleted (removed), one kept because it breaks no rule (rejected)",
    items={F[1]: "removed", F[2]: "rejected"},
)

# 18 Inven: sole statement for a one-item request.
case(
    name="inven-sole-statement-one-item",
    **{"from": "cs@inven.co.kr"},
    name_from=h("인벤 운영팀"),
    date=d(12, 10, 2, 14),
    subject=h("Re: [KCSC-240911-06] 불법 사설서버 홍보 게시물 삭제 요청"),
    reply_to_req="req-240911-06",
    body="""안녕하세요, 인벤 운영팀입니다.

요청하신 게시물은 불법 사설서버 홍보로 확인되어 오늘 오전 삭제 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Inven operator reply in the request's thread, naming no URL",
    why="the request has one item; an unhedged 'the requested post was deleted' in its thread applies to it",
    items={I1: "removed"},
)

# 19 Inven: URL with a Korean particle attached.
case(
    name="inven-url-with-particle-not-found",
    **{"from": "cs@inven.co.kr"},
    name_from=h("인벤 고객지원"),
    date=d(12, 14, 41, 3),
    subject=h("KCSC-240911-06 요청 관련 회신"),
    body=f"""안녕하세요. 인벤 고객지원입니다.

{I1}의 게시물은 확인 결과 이미 게시자 본인이 삭제한 상태입니다.
따라서 별도의 조치는 하지 않았습니다.

인벤 고객지원 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Inven customer-support reply with a Korean particle (의) glued to the URL",
    why="the post had already been deleted by its author: not_found",
    items={I1: "not_found"},
)

# 20 Clien: Korean prose, one deleted, one kept.
case(
    name="clien-prose-deleted-and-kept",
    **{"from": "admin@clien.net"},
    name_from=h("클리앙 운영자"),
    date=d(12, 17, 25, 40),
    subject=h("Re: [KCSC-240912-07] 허위 투자 광고 게시물 삭제 요청"),
    reply_to_req="req-240912-07",
    body=f"""안녕하세요, 클리앙 운영자입니다.

모두의공원 게시물({C[1]})은 리딩방 광고로 판단하여 삭제하고 작성자 계정을 이용정지했습니다.

주식한당 게시물({C[2]})은 회원 본인의 투자 경험담으로, 광고나 권유로 보기 어려워 삭제하지 않고 유지하기로 했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Clien administrator reply in Korean prose with URLs in parentheses",
    why="first post deleted (removed), second kept as not an advertisement (rejected)",
    items={C[1]: "removed", C[2]: "rejected"},
)

# 21 Clien: top-posted over a Korean Gmail quote.
case(
    name="clien-top-post-gmail-korean-quote",
    **{"from": "moderator@clien.net"},
    name_from=h("클리앙 운영진"),
    date=d(13, 9, 12, 2),
    subject=h("Re: [KCSC-240912-07] 허위 투자 광고 게시물 삭제 요청"),
    reply_to_req="req-240912-07",
    body=f"""주식한당 게시판 글 {C[2]} 은 방금 삭제했습니다.
다른 한 건은 다른 운영진이 보고 있습니다.

2024년 9월 12일 (목) 오전 11:05, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하십니까. 방송통신심의위원회입니다.
> 아래 게시물은 허위 투자 광고에 해당하여 삭제를 요청드립니다. (KCSC-240912-07)
>
> 1. {C[1]}
> 2. {C[2]}
>
> 조치 결과를 9월 19일까지 회신해 주십시오.
""",
    outcome="applied", classification="confirmation",
    imitates="a Clien moderator's short top-posted reply over the Korean Gmail quote of the request",
    why="only the stock-board post is stated deleted; the other is 'being looked at' and the quoted list is not a statement",
    items={C[2]: "removed"},
)

# 22 NAVER: Outlook quoting below.
case(
    name="naver-outlook-original-message-below",
    **{"from": "legal_kr@navercorp.com"},
    name_from=h("네이버 법무지원"),
    date=d(9, 18, 2, 31),
    subject=h("RE: [KCSC-240903-01] 불법 도박 광고 게시물 삭제 요청"),
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 요청하신 12건 중 3건에 대한 처리 결과를 회신드립니다.

{N[3]} : 삭제
{N[10]} : 임시조치 (30일)
{N[12]} : 삭제

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:12 AM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 불법 도박 광고 게시물 삭제 요청

{quoted_request_naver(prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="an Outlook reply from NAVER legal support above '-----Original Message-----' with the unquoted request",
    why="three statements above the original message (two 삭제, one 임시조치 = restricted); the request's list below is not a statement",
    items={N[3]: "removed", N[10]: "restricted", N[12]: "removed"},
)

# 23 NAVER: acknowledgement phrase plus unhedged statements.
case(
    name="naver-receipt-plus-immediate-deletions",
    **{"from": "naver_report@navercorp.com"},
    name_from=h("네이버 고객센터"),
    date=d(3, 15, 44, 8),
    subject=h("[네이버] 요청 접수 및 긴급 조치 안내 (KCSC-240903-01)"),
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 고객센터입니다.

위원회의 요청이 정상적으로 접수되었습니다. (접수번호 NV-2409-55812)

긴급 건으로 분류되어 아래 2건은 접수 즉시 삭제되었습니다.
- {N[1]}
- {N[2]}

나머지 게시물은 검토 후 결과를 회신드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER receipt notice that also reports urgent deletions made on receipt",
    why="an acknowledgement phrase with unhedged statements about two named items is not a pure acknowledgement",
    items={N[1]: "removed", N[2]: "removed"},
)

# 24 DC Inside: HTML table, English headers, Korean values.
dc_rows = [(D[1], "삭제"), (D[2], "삭제"), (D[3], "해당 게시물 없음"), (D[4], "삭제"),
           (D[5], "유지 (위반 아님)")]
dc_tr = "\n".join(f"<tr><td>{u.replace('&', '&amp;')}</td><td>{r}</td></tr>" for u, r in dc_rows)
case(
    name="dc-html-table-five-posts",
    **{"from": "cs@dcinside.com"},
    name_from="DCInside Customer Service",
    date=d(11, 12, 0, 45),
    subject="[DCInside] Action report KCSC-240905-02",
    reply_to_req="req-240905-02",
    type="html",
    body=f"""<html><body>
<p>Dear KCSC,</p>
<p>Please find below the action taken on each post in your request (KCSC-240905-02).</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>Post URL</th><th>Action</th></tr></thead>
<tbody>
{dc_tr}
</tbody></table>
<p>DCInside Customer Service<br><a href="https://gall.dcinside.com/board/view/?id=notice&amp;no=1">Operating policy</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside customer-service HTML action report, English headers and Korean results",
    why="three deleted, one absent (not_found), one kept as not violating (rejected); the policy link is not an item",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed", D[5]: "rejected"},
)

# 25 NAVER: 가/나/다/라 list, reference only in the subject.
case(
    name="naver-ganada-list-cafe-posts",
    **{"from": "cafe_ops@navercorp.com"},
    name_from=h("네이버 카페 운영팀"),
    date=d(10, 11, 38, 16),
    subject=h("KCSC-240903-01 시정요구 처리 결과 (카페)"),
    body=f"""안녕하십니까. 네이버 카페 운영팀입니다.
카페 게시물 4건에 대한 처리 결과를 알려드립니다.

가. {N[4]} — 카페 운영원칙 위반으로 블라인드 처리
나. {N[5]} — 권리침해 신고 절차에 따라 임시조치(30일)
다. {N[6]} — 삭제
라. {N[12]} — 게시물 없음 (작성자 탈퇴로 이미 삭제됨)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations 시정요구 result with a 가/나/다/라 list and em dashes",
    why="블라인드 and 삭제 are removed, 임시조치 restricted, a post gone with its author's withdrawn account is not_found",
    items={N[4]: "removed", N[5]: "restricted", N[6]: "removed", N[12]: "not_found"},
)

# ====================================================================== REVIEW

case(
    name="naver-promise-to-delete",
    **{"from": "policy@navercorp.com"},
    name_from=h("NAVER 정책지원팀"),
    date=d(4, 17, 30, 0),
    subject=h("Re: [KCSC-240903-01] 불법 도박 광고 게시물 삭제 요청"),
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 건은 현재 검토 중이며, 운영정책 위반이 확인되면 순차적으로 삭제될 예정입니다.

- {N[1]}
- {N[2]}
- {N[3]}

처리가 끝나면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 'under review, will be deleted in turn' interim reply",
    why="conditional promise and 'under review' are not statements; names requested items, so not_understood",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="soop-hedged-english",
    **{"from": "tns@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date=d(9, 19, 5, 50),
    subject="Re: [KCSC-240909-04] Obscene broadcast replays",
    reply_to_req="req-240909-04",
    body=f"""Hi,

{S[1]} appears to have been taken down by the streamer already, but we are
still confirming this with the content team.

{S[2]} is under review.

We will update you once we have a final answer.

SOOP Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="SOOP interim reply with a hedge ('appears to') and 'under review'",
    why="a hedge and an 'under review' are not statements; both items stay pending",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="dc-bulk-all-deleted",
    **{"from": "cs@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date=d(7, 10, 20, 0),
    subject=h("Re: [KCSC-240905-02] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req="req-240905-02",
    body="""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 전부 삭제 처리 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="DC Inside one-line 'all deleted' reply",
    why="'all the requested posts deleted' for a five-item request without naming each: bulk",
    items={u: "pending" for u in D.values()},
)

case(
    name="daum-bulk-four-of-four",
    **{"from": "cafe_report@kakaocorp.com"},
    name_from=h("카카오 고객센터"),
    date=d(10, 9, 15, 0),
    subject=h("[Daum 카페] KCSC-240906-03 조치 완료"),
    body="""안녕하세요, 카카오 고객센터입니다.

KCSC-240906-03으로 신고하신 4건 모두 게시중단 조치를 완료했습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Kakao short notice 'all four taken down' with the reference",
    why="a count ('all 4') is not each item named: bulk, items stay pending",
    items={u: "pending" for u in K.values()},
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"},
    name_from=h("NAVER 정책지원팀"),
    auth="fail",
    date=d(4, 3, 12, 55),
    subject=h("Re: [KCSC-240903-01] 처리 완료"),
    reply_to_req="req-240903-01",
    body=f"""요청하신 아래 게시물은 삭제 완료되었습니다.

{N[1]}
{N[2]}

상세 내역은 첨부 링크에서 확인하십시오.
""",
    outcome="review", review="untrusted",
    imitates="a message claiming to be from NAVER's policy team whose DKIM/SPF/DMARC fail",
    why="NAVER domain but authentication fails: untrusted, nothing applied",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-lookalike-domain",
    **{"from": "notice@navercorp-policy.com"},
    name_from="NAVER Policy Notice",
    date=d(5, 2, 40, 10),
    subject="[NAVER] Your request KCSC-240903-01 has been processed",
    body=f"""Dear requester,

The content at {N[4]} has been deleted.

To view the full report, sign in at http://navercorp-policy.com/verify

NAVER Policy Notice
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike-domain phishing imitating a NAVER processing notice",
    why="navercorp-policy.com is no platform's domain: unknown_sender, nothing applied",
    items={N[4]: "pending"},
)

case(
    name="blogger-gmail-says-deleted",
    **{"from": "moonbet.owner@gmail.com"},
    name_from=h("달빛"),
    date=d(6, 22, 13, 7),
    subject=h("블로그 글 신고 관련 문의"),
    body=f"""안녕하세요.
제 블로그 글 {N[10]} 을 신고하셨다고 네이버에서 연락을 받았는데요,
그 글은 제가 어제 이미 지웠습니다. 더 이상 문제 삼지 말아 주셨으면 합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a blogger writing from a personal mailbox after NAVER told them of the report",
    why="the author is not the platform; a personal gmail sender naming a requested URL: unknown_sender",
    items={N[10]: "pending"},
)

case(
    name="ppomppu-about-fmkorea-post",
    **{"from": "admin@ppomppu.co.kr"},
    name_from=h("뽐뿌 운영팀"),
    date=d(10, 16, 30, 2),
    subject=h("Re: [KCSC-240910-05] 불법 도박 광고 게시물"),
    body=f"""안녕하세요. 뽐뿌 운영팀입니다.

보내주신 {F[1]} 은 뽐뿌 게시물이 아닙니다.
저희 서비스에는 해당 주소가 존재하지 않습니다.
해당 사이트 운영자에게 요청하셔야 할 것 같습니다.
""",
    outcome="review", review="wrong_platform",
    imitates="a community operator answering a request meant for another site ('not on our service')",
    why="Ppomppu states 'does not exist on our service' about an FM Korea item: wrong_platform, nothing applied",
    items={F[1]: "pending"},
)

case(
    name="naver-asks-for-resolution-copy",
    **{"from": "legal_kr@navercorp.com"},
    name_from=h("네이버 법무지원"),
    date=d(5, 11, 0, 0),
    subject=h("Re: [KCSC-240903-01] 자료 요청"),
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 법무지원입니다.

{N[11]} 영상의 삭제 여부를 판단하기 위해 심의 의결서 사본과 위반 법조항을 보내주시기 바랍니다.
자료를 받은 뒤 검토하여 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER legal support asking for the resolution copy and legal basis before acting",
    why="a request for documents before deciding: asks_more, the video stays pending",
    items={N[11]: "pending"},
)

case(
    name="clien-contact-change-notice",
    **{"from": "admin@clien.net"},
    name_from=h("클리앙 운영자"),
    date=d(13, 14, 0, 0),
    subject=h("클리앙 게시물 조치 요청 접수 창구 변경 안내"),
    body="""안녕하세요, 클리앙 운영자입니다.

10월 1일부터 공공기관의 게시물 조치 요청은 report@clien.net 으로 보내주시기 바랍니다.
기존 주소로 오는 메일은 10월 말까지만 확인합니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Clien notice changing its takedown-request contact address",
    why="trusted Clien mail naming no item and no request: no_claims",
    items={},
)

case(
    name="soop-forwarded-internal-note",
    **{"from": "jhpark@sooplive.co.kr"},
    name_from=h("박지훈"),
    date=d(11, 15, 20, 0),
    subject=h("Fwd: KCSC-240909-04 처리"),
    body=f"""담당자님, 아래 모더레이션팀 메일 전달드립니다.

---------- Forwarded message ---------
From: SOOP 모더레이션팀 <moderation@sooplive.co.kr>
Date: 2024년 9월 11일 (수) 오후 3:02
Subject: KCSC-240909-04 처리
To: 박지훈 <jhpark@sooplive.co.kr>

{S[3]} 게시글 삭제 완료했습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="a SOOP employee forwarding an internal moderation-team note",
    why="the only statement is inside a forwarded message: forwarded, to be confirmed by a person",
    items={S[3]: "pending"},
)

case(
    name="fmk-english-will-delete",
    **{"from": "report@fmkorea.com"},
    name_from="FMKorea Operations",
    date=d(10, 13, 10, 0),
    subject="Re: [KCSC-240910-05] Illegal gambling promotion",
    reply_to_req="req-240910-05",
    body=f"""Hello,

Thanks for the report. The posts {F[1]} and {F[2]}
will be deleted within 24 hours once the board moderator signs off.

FMKorea Operations
""",
    outcome="review", review="not_understood",
    imitates="a community moderator promising deletion within 24 hours",
    why="'will be deleted' is a promise, not a statement; both named items stay pending",
    items={F[1]: "pending", F[2]: "pending"},
)

# ====================================================================== IGNORED

case(
    name="naver-out-of-office-chuseok",
    **{"from": "sjlee@navercorp.com"},
    name_from=h("이수진"),
    date=d(13, 18, 1, 0),
    subject=h("[자동회신] Re: [KCSC-240903-01] 불법 도박 광고 게시물 삭제 요청"),
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락해 주시기 바랍니다.

I am out of the office for the Chuseok holidays until 18 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="NAVER employee's bilingual Chuseok out-of-office auto-reply",
    why="a recognized auto-reply, ignored",
    items={},
)

dsn_dc = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.399.dc"

--dsn.399.dc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host mail.dcinside.com[198.51.100.77] said: 550 5.1.1
    <report@dcinside.com>: Recipient address rejected: User unknown

--dsn.399.dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: {d(5, 9, 30, 2)}

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report@dcinside.com>: Recipient address rejected: User unknown

--dsn.399.dc
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report@dcinside.com
Subject: [KCSC-240905-02] Removal of posts exposing personal information
Message-ID: <req-240905-02@kcsc.example>
Date: {d(5, 9, 30, 0)}

--dsn.399.dc--
"""
case(
    name="dc-bounce-user-unknown",
    **{"from": "MAILER-DAEMON@mail.dcinside.com"},
    name_from="Mail Delivery System",
    date=d(5, 9, 30, 5),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn_dc,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (5.1.1 user unknown) returning our request to DC Inside",
    why="a delivery status notification, ignored",
    items={},
)

mdn_soop = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn.399.soop"

--mdn.399.soop
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.
제목: [KCSC-240909-04] 음란 방송 다시보기 삭제 요청
읽은 시간: 2024-09-09 11:40

--mdn.399.soop
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; WorksMail
Original-Recipient: rfc822;tns@sooplive.co.kr
Final-Recipient: rfc822;tns@sooplive.co.kr
Original-Message-ID: <req-240909-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn.399.soop--
"""
case(
    name="soop-read-receipt",
    **{"from": "tns@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date=d(9, 11, 40, 12),
    subject=h("읽음 확인: [KCSC-240909-04] 음란 방송 다시보기 삭제 요청"),
    raw_mime=mdn_soop,
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, 읽음 확인) from SOOP's desk",
    why="a read receipt, ignored",
    items={},
)

case(
    name="kakao-ticket-receipt",
    **{"from": "noreply@kakaocorp.com"},
    name_from=h("카카오 고객센터"),
    date=d(6, 14, 1, 30),
    subject=h("[카카오 고객센터] 문의 접수 완료 안내"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 24090610023871
접수일시: 2024-09-06 14:01

답변은 영업일 기준 3일 이내에 이메일로 보내드립니다.
이 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre automatic ticket receipt (문의 접수 완료)",
    why="a pure ticket receipt with no statement: ignored",
    items={},
)

case(
    name="fmk-english-out-of-office",
    **{"from": "ops_jin@fmkorea.com"},
    name_from="Jin Seo",
    date=d(10, 10, 0, 40),
    subject="Automatic reply: [KCSC-240910-05] Illegal gambling promotion",
    reply_to_req="req-240910-05",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I'm away until Monday 16 September with limited access to email.
For moderation matters please write to report@fmkorea.com.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from an FM Korea staffer",
    why="a recognized out-of-office auto-reply, ignored",
    items={},
)

case(
    name="clien-report-received",
    **{"from": "report@clien.net"},
    name_from=h("클리앙 신고센터"),
    date=d(12, 11, 6, 10),
    subject=h("Re: [KCSC-240912-07] 허위 투자 광고 게시물 삭제 요청 - 접수 완료"),
    reply_to_req="req-240912-07",
    body="""신고가 정상적으로 접수되었습니다. (접수번호 CL-77120)
담당 운영자가 확인한 뒤 처리 결과를 안내드리겠습니다.

클리앙 신고센터
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Clien report-centre receipt in the request's thread",
    why="a receipt with a ticket number and a promise to report back: pure acknowledgement",
    items={},
)

dsn_naver_body = f"""안녕하세요. 네이버 메일 시스템입니다.

아래 수신자에게 메일을 전달하지 못했습니다.
수신자: hwkim@navercorp.com
사유: 받는 사람의 메일함 용량이 가득 찼습니다.
"""
dsn_naver = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.399.nv"

--dsn.399.nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(dsn_naver_body)}

--dsn.399.nv
Content-Type: message/delivery-status

Reporting-MTA: dns; mailout.navercorp.com

Final-Recipient: rfc822; hwkim@navercorp.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--dsn.399.nv
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: hwkim@navercorp.com
Subject: [KCSC-240903-01] Removal request - illegal gambling promotion
Message-ID: <req-240903-01@kcsc.example>
Date: {d(3, 10, 12, 0)}
Content-Type: text/plain; charset=utf-8

{quoted_request_naver(prefix="")}

--dsn.399.nv--
"""
case(
    name="naver-bounce-mailbox-full",
    **{"from": "mailer-daemon@navercorp.com"},
    name_from=h("네이버 메일 시스템"),
    date=d(3, 10, 13, 2),
    subject=h("메일 전송 실패 안내: [KCSC-240903-01] Removal request"),
    raw_mime=dsn_naver,
    outcome="ignored", classification="bounce",
    imitates="NAVER mail-system DSN (552 mailbox full) carrying our whole request with its 12 URLs",
    why="a bounce, ignored even though the returned request lists every URL",
    items={},
)


HEADER = """# Blind set 399: Korean portals and community sites (see NOTES.md).
# Written by make.py from each email's meaning, before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind399", HEADER, CASES)
    print(len(CASES), "cases")
