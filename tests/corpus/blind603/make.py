#!/usr/bin/env python3
"""Blind set 603: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Ppomppu; Inven and Nate in config only),
Korean and English mixed, with the doubtful and ignorable mail a regulator's
mailbox receives.

    python3 tests/corpus/blind603/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before the
reader was ever run on this set.
"""
import base64
import csv
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind603"

# ---------------------------------------------------------------- requests

TISTORY_RAW = "https://haneul-note.tistory.com/entry/무료-코인-리딩방"
TISTORY = "https://haneul-note.tistory.com" + urllib.parse.quote("/entry/무료-코인-리딩방")

N = {
    1: "https://blog.naver.com/moonlit_kettle/223561001",
    2: "https://blog.naver.com/moonlit_kettle/223561047",
    3: "https://blog.naver.com/greyfinch_88/223570210",
    4: "https://cafe.naver.com/dalbitjangteo/48211",
    5: "https://cafe.naver.com/dalbitjangteo/48230",
    6: "https://cafe.naver.com/dalbitjangteo/48302",
    7: "https://cafe.naver.com/hanbit_stocks/119034",
    8: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471120935",
    9: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471120988",
    10: "https://post.naver.com/viewer/postView.naver?volumeNo=38110427&memberNo=55120931",
    11: "https://tv.naver.com/v/58120344",
    12: "https://m.blog.naver.com/sunhwa_lab/223577712",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812034",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812577",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=301245",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=301290",
    5: "https://gall.dcinside.com/mini/board/view/?id=nightowl&no=7721",
}
K = {
    1: "https://cafe.daum.net/greenpine77/Ab3X/1542",
    2: "https://cafe.daum.net/greenpine77/Ab3X/1561",
    3: "https://tv.kakao.com/v/448120771",
    4: TISTORY,
}
S = {
    1: "https://vod.sooplive.co.kr/player/131204558",
    2: "https://vod.sooplive.co.kr/player/131204901",
    3: "https://ch.sooplive.co.kr/redpanda77/post/88120345",
}
F = {
    1: "https://www.fmkorea.com/7421190345",
    2: "https://www.fmkorea.com/7421195512",
}
C1 = "https://www.clien.net/service/board/park/18820341"
P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120457"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [N[i] for i in range(1, 13)], "gambling", "req-240902-01@kcsc.example",
     "NAVER blog, cafe, Knowledge iN, post, TV: illegal gambling promotion, \"리딩방\" ads"),
    ("KCSC-240904-02", "dcinside", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00",
     [D[i] for i in range(1, 6)], "fraud", "req-240904-02@kcsc.example",
     "DC Inside galleries (main, minor, mini), stock/coin fraud"),
    ("KCSC-240905-03", "daum", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [K[i] for i in range(1, 5)], "fraud", "req-240905-03@kcsc.example",
     "Daum cafe, Kakao TV, Tistory (Korean path, stored percent-encoded)"),
    ("KCSC-240906-04", "soop", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [S[i] for i in range(1, 4)], "obscenity", "req-240906-04@kcsc.example",
     "SOOP VODs and a channel post"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [F[1], F[2]], "defamation", "req-240909-05@kcsc.example",
     "FM Korea posts, personal data exposure, defamation"),
    ("KCSC-240910-06", "clien", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [C1], "drugs", "req-240910-06@kcsc.example", "Clien 모두의공원 post, one item"),
    ("KCSC-240911-07", "ppomppu", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [P1], "gambling", "req-240911-07@kcsc.example", "Ppomppu free board, one item"),
]

REQ_SUBJ = {
    "KCSC-240902-01": "[KCSC-240902-01] 불법정보 시정요구 (NAVER, 12건)",
    "KCSC-240904-02": "[KCSC-240904-02] 불법정보 시정요구 (디시인사이드, 5건)",
    "KCSC-240905-03": "[KCSC-240905-03] 불법정보 시정요구 (Daum/Kakao, 4건)",
    "KCSC-240906-04": "[KCSC-240906-04] 불법정보 시정요구 (SOOP, 3건)",
    "KCSC-240909-05": "[KCSC-240909-05] 불법정보 시정요구 (에펨코리아, 2건)",
    "KCSC-240910-06": "[KCSC-240910-06] 불법정보 시정요구 (클리앙, 1건)",
    "KCSC-240911-07": "[KCSC-240911-07] 불법정보 시정요구 (뽐뿌, 1건)",
}


def req_body(ref, raw=False):
    """Our request as it is quoted back (no prefix)."""
    urls = next(r[4] for r in REQUESTS if r[0] == ref)
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의 담당입니다.",
        "",
        f"아래 정보에 대하여 시정요구(요청번호 {ref})를 드리오니,",
        "조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        if raw and u == TISTORY:
            u = TISTORY_RAW
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 드림"]
    return lines


def quoted(ref, raw=False):
    return "\n".join("> " + l if l else ">" for l in req_body(ref, raw))


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- cases

cases = []


def case(**kw):
    cases.append(kw)


# ======================= applied ========================================

case(
    name="naver-kr-blind-numbered",
    **{"from": "right@navercorp.com"}, name_from="NAVER 권리보호센터",
    date="Wed, 04 Sep 2024 15:12:40 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구 (NAVER, 12건)",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240902-01) 중 블로그 게시물에 대한
처리 결과를 먼저 알려드립니다.

1. {N[1]}
   - 조치결과: 블라인드 처리 (불법 도박 홍보)
2. {N[2]}
   - 조치결과: 블라인드 처리 (불법 도박 홍보)
3. {N[3]}
   - 조치결과: 임시조치 (30일)

나머지 카페, 지식iN, 포스트, TV 게시물은 확인 중이며 결과가 나오는 대로
별도로 회신드리겠습니다.

감사합니다.
네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 안내 (numbered list, result on the line below)",
    why="blind -> removed for two blog posts, 임시조치 -> restricted for the third; the rest is only promised",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted"},
)

html_table = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 카페 운영정책 담당자입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240902-01)에 따른 카페 게시물 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N[4]}">{N[4]}</a></td><td>삭제</td><td>운영원칙 위반</td></tr>
<tr><td>2</td><td><a href="{N[5]}">{N[5]}</a></td><td>삭제</td><td>운영원칙 위반</td></tr>
<tr><td>3</td><td><a href="{N[6]}">{N[6]}</a></td><td>국내 접속차단</td><td>해외 서버 이미지 포함</td></tr>
<tr><td>4</td><td><a href="{N[7]}">{N[7]}</a></td><td>조치 불가</td><td>주식 정보 공유 글로 운영원칙 및 법령 위반 사항 확인되지 않음</td></tr>
</table>
<p>운영정책 안내: <a href="https://cafe.naver.com/cafesupport/policy">https://cafe.naver.com/cafesupport/policy</a></p>
<p>감사합니다.<br>NAVER Cafe 운영팀</p>
</body></html>
"""
case(
    name="naver-cafe-html-table-b64",
    **{"from": "cafe_policy@navercorp.com"}, name_from="NAVER Cafe",
    date="Thu, 05 Sep 2024 11:03:27 +0900",
    subject="[네이버 카페] 시정요구 조치 결과 회신 (KCSC-240902-01)",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(html_table),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table sent as base64 HTML by a portal's cafe team",
    why="table rows: 삭제 x2 -> removed, 국내 접속차단 -> restricted, 조치 불가 with reason -> rejected; policy link is not an item",
    items={N[4]: "removed", N[5]: "removed", N[6]: "restricted", N[7]: "rejected"},
)

case(
    name="naver-kin-english-quoted-request",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Thu, 05 Sep 2024 17:40:02 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구 (NAVER, 12건)",
    reply_to_req="req-240902-01",
    body=f"""
Dear KCSC team,

Regarding the two Knowledge iN questions in your request:

- The question at <{N[8]}> had already been deleted by the person who posted it before our team looked at it, so there was nothing left for us to act on.
- The question at <{N[9]}> has been removed for promoting an unlicensed betting site.

Kind regards,
Jiwon Seo
NAVER Trust & Safety

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240902-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk reply from a Korean portal, top-posted over the quoted request",
    why="author-deleted before review -> not_found; removed -> removed; the quoted list speaks about nothing",
    items={N[8]: "not_found", N[9]: "removed"},
)

csv_att = "\ufeff번호,URL,조치결과,비고\n" \
    f"1,{N[10]},삭제,불법 도박 사이트 홍보\n" \
    f"2,{N[11]},연령제한(19세 이상),청소년 유해 판정 / 성인 인증 후 시청 가능\n" \
    f"3,{N[12]},조치 불가,\"위반 사항 없음, 게시 유지\"\n"
case(
    name="naver-csv-attachment",
    **{"from": "right@navercorp.com"}, name_from="NAVER 권리보호센터",
    date="Fri, 06 Sep 2024 10:21:55 +0900",
    subject="RE: [KCSC-240902-01] 조치결과 회신 (포스트/TV/모바일 블로그)",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-603-csv"

--nv-603-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 권리보호센터입니다.

요청번호 KCSC-240902-01 중 포스트, 네이버TV, 모바일 블로그 게시물 3건의
조치 결과를 첨부 파일(CSV)로 보내드립니다.

감사합니다.

--nv-603-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--nv-603-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment with a one-paragraph cover note",
    why="CSV rows: 삭제 -> removed, 연령제한(19세 이상) -> restricted, 조치 불가/위반 사항 없음 -> rejected",
    items={N[10]: "removed", N[11]: "restricted", N[12]: "rejected"},
)

case(
    name="naver-bare-url-status-below",
    **{"from": "right@navercorp.com"}, name_from="NAVER 권리보호센터",
    date="Mon, 09 Sep 2024 09:47:13 +0900",
    subject="Re: [KCSC-240902-01] 추가 처리 결과",
    reply_to_req="req-240902-01",
    body=f"""
담당자님 안녕하세요.

지난 회신 이후 추가로 확인된 건 알려드립니다.

{N[1]}
→ 게시중단 완료

{N[12]}
→ 해당 게시물을 찾을 수 없습니다 (존재하지 않는 글)

{N[10]}
→ 검토 중

검토 중인 건은 이번 주 안에 다시 연락드리겠습니다.

네이버 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="short follow-up from a portal's rights centre, bare URL with the result on the next line",
    why="게시중단 완료 -> removed; 찾을 수 없습니다 -> not_found; 검토 중 is no statement -> pending",
    items={N[1]: "removed", N[12]: "not_found", N[10]: "pending"},
)

qp_text = f"""안녕하세요. 네이버 카페 고객센터입니다.

요청번호 KCSC-240902-01 관련하여 아래와 같이 알려드립니다.

{N[6]}는 카페 운영원칙 위반으로 운영자 삭제 처리되었습니다.
{N[7]} 게시글은 카페 매니저가 비공개로 전환하여 현재 외부에서 열람할 수 없습니다.

문의사항은 회신 주시기 바랍니다.
감사합니다.
"""
case(
    name="naver-qp-particle-after-url",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 고객센터",
    date="Fri, 06 Sep 2024 16:30:00 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[네이버 카페] 시정요구 처리 안내".encode()).decode() + "?=",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(qp_text),
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe customer-centre notice, quoted-printable Korean, a particle glued to a URL",
    why="운영자 삭제 -> removed (URL followed directly by the particle 는); 비공개 전환 -> removed",
    items={N[6]: "removed", N[7]: "removed"},
)

case(
    name="dc-operator-deleted-kr",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 13:05:44 +0900",
    subject="Re: [KCSC-240904-02] 불법정보 시정요구 (디시인사이드, 5건)",
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 중 주식 갤러리 글 2건은 확인 후 삭제 처리하였습니다.
 - {D[1]}
 - {D[2]}

코인 마이너 갤러리의 {D[3]} 글은 저희가 확인하기 전에 이미 작성자가 삭제한 게시물입니다.

나머지 2건은 갤러리 관리자와 확인 중입니다.

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team reply (운영자 삭제), a statement followed by a bulleted URL list",
    why="statement above a two-item list -> both removed; already deleted by author -> not_found; two left unmentioned",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dc-english-angle-brackets",
    **{"from": "global@dcinside.com"}, name_from="DCinside Global Support",
    date="Fri, 06 Sep 2024 18:22:09 +0900",
    subject="Re: [KCSC-240904-02] remaining two posts",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Following up on the two posts that were still open.

<{D[4]}>: removed by our moderators today for advertising a fake exchange.

<{D[5]}>: we reviewed it with the mini-gallery owner and it does not break our community rules or Korean law (it is a user's complaint about a coin, with no solicitation), so it stays up.

Gallery rules for reference: <https://gall.dcinside.com/board/lists/?id=rules>

Best,
DCinside Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="English support reply with URLs in angle brackets, one decision per paragraph",
    why="removed -> removed; does not break rules, stays up -> rejected; rules link is not an item",
    items={D[4]: "removed", D[5]: "rejected"},
)

case(
    name="dc-top-posted-kr-gmail-quote",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Sat, 07 Sep 2024 11:11:11 +0900",
    subject="Re: [KCSC-240904-02] 불법정보 시정요구 (디시인사이드, 5건)",
    reply_to_req="req-240904-02",
    body=f"""
미니 갤러리 건({D[5]})은 미니 갤러리 매니저 권한으로 비공개 처리되었습니다.
참고 부탁드립니다.

디시인사이드 운영팀

2024년 9월 4일 (수) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted("KCSC-240904-02")}
""",
    outcome="applied", classification="confirmation",
    imitates="one-line top-posted reply over a Korean Gmail quote (…님이 작성:)",
    why="비공개 처리 -> removed for the one URL named above the quote; quoted list ignored",
    items={D[5]: "removed"},
)

case(
    name="daum-tistory-korean-path-fullwidth",
    **{"from": "right@kakaocorp.com"}, name_from="Kakao 권리침해신고센터",
    date="Fri, 06 Sep 2024 14:02:31 +0900",
    subject="Re: [KCSC-240905-03] 불법정보 시정요구 (Daum/Kakao, 4건)",
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

시정요구하신 티스토리 게시물（{TISTORY_RAW}）은 서비스 운영정책 위반으로 게시중단 처리되었습니다.

다음 카페 및 카카오TV 건은 담당 부서 확인 후 별도로 안내드리겠습니다.

감사합니다.
카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Daum/Tistory) 권리침해신고센터 게시중단 notice",
    why="raw Korean path inside full-width parentheses matches the percent-encoded request URL; 게시중단 -> removed",
    items={TISTORY: "removed"},
)

case(
    name="daum-cafe-temporary-measure",
    **{"from": "cafe_right@daum.net"}, name_from="Daum 카페",
    date="Mon, 09 Sep 2024 10:15:00 +0900",
    subject="[Daum 카페] 게시물 임시조치 안내 (KCSC-240905-03)",
    body=f"""
안녕하세요. Daum 카페입니다.

방송통신심의위원회 요청에 따라 아래 게시물에 대해 정보통신망법 제44조의2에 근거한
임시조치(30일간 접근 차단)를 하였습니다.

  · {K[1]}
  · {K[2]}

임시조치 기간 중 게시자의 재게시 요청이 있을 경우 관련 절차에 따라 처리됩니다.

Daum 카페 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 임시조치 안내 (30-day access block under 정보통신망법 44조의2)",
    why="임시조치 (30일 접근 차단) -> restricted for both bulleted cafe posts",
    items={K[1]: "restricted", K[2]: "restricted"},
)

case(
    name="daum-kakaotv-rejected-en",
    **{"from": "tv-policy@kakaocorp.com"}, name_from="Kakao TV Policy",
    date="Tue, 10 Sep 2024 16:48:20 +0900",
    subject="Re: [KCSC-240905-03] Kakao TV video",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

We reviewed the video at {K[3]}
against the Kakao operating policy and the Information and Communications Network Act. The
video is a news-style commentary and we did not find a violation, so it remains available.
If the Commission adopts a formal decision on this video, please send it to us and we will
look at it again.

Kakao TV Policy Team
""",
    outcome="applied", classification="confirmation",
    imitates="platform refusal with reasons (no violation found), with an offer to reconsider on a formal decision",
    why="no violation, remains available -> rejected; the offer to look again is conditional and changes nothing",
    items={K[3]: "rejected"},
)

case(
    name="soop-vod-deleted-en",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Safety Center",
    date="Sat, 07 Sep 2024 20:03:10 +0900",
    subject="Re: [KCSC-240906-04] 불법정보 시정요구 (SOOP, 3건)",
    reply_to_req="req-240906-04",
    body=f"""
Dear KCSC,

Thank you for your request. Our moderators reviewed the two replays you listed and
both have been deleted, and the broadcaster's VOD upload right has been suspended for 30 days:

  {S[1]}
  {S[2]}

The channel post will be handled separately.

SOOP Safety Center
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) safety-centre reply: VOD deleted plus a sanction on the broadcaster",
    why="'both have been deleted' followed by exactly the two URLs it names -> removed; the channel post is not spoken about",
    items={S[1]: "removed", S[2]: "removed"},
)

case(
    name="soop-channel-post-age-limit-kr",
    **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Tue, 10 Sep 2024 11:37:51 +0900",
    subject="[SOOP] 요청번호 KCSC-240906-04 채널 게시물 처리 결과",
    body=f"""
안녕하세요. SOOP 고객센터입니다.

요청하신 방송국 게시글 {S[3]} 에 대해 19세 이상 연령제한을 설정하였습니다.
현재 성인 인증을 하지 않은 이용자와 청소년은 해당 글을 볼 수 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 고객센터 notice that a channel post was made 19+ only",
    why="19세 이상 연령제한 -> restricted",
    items={S[3]: "restricted"},
)

case(
    name="fmkorea-both-named",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Tue, 10 Sep 2024 13:20:00 +0900",
    subject="Re: [KCSC-240909-05] 불법정보 시정요구 (에펨코리아, 2건)",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요 에펨코리아 운영진입니다.

말씀하신 게시물 두 건 모두 개인정보 노출로 삭제했고 작성자는 이용정지했습니다.
{F[1]}
{F[2]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="terse community-site admin reply: statement line then the URLs",
    why="'두 건 모두 삭제' with both URLs listed individually -> both removed (not a bulk claim)",
    items={F[1]: "removed", F[2]: "removed"},
)

case(
    name="fmkorea-wrapped-angle-url",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Wed, 11 Sep 2024 09:02:45 +0900",
    subject="Re: [KCSC-240909-05] 처리 결과 정정",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요, 어제 회신 내용 중 정정이 있어 다시 보내드립니다.

1) {F[1]} - 운영진 삭제 완료
2) <https://www.fmkorea.com/
   7421195512> - 저희가 조치하기 전에 작성자 본인이 글을 지워서
   게시물이 존재하지 않습니다

혼선을 드려 죄송합니다.
에펨코리아 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="admin correction mail, numbered list, one URL wrapped inside angle brackets",
    why="1) removed; 2) author deleted it first, post does not exist -> not_found (URL wrapped over two lines in <>)",
    items={F[1]: "removed", F[2]: "not_found"},
)

case(
    name="clien-sole-statement-ref",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영자",
    date="Wed, 11 Sep 2024 15:44:00 +0900",
    subject="Re: [KCSC-240910-06] 불법정보 시정요구 (클리앙, 1건)",
    reply_to_req="req-240910-06",
    body="""
안녕하세요, 클리앙 운영자입니다.

요청하신 게시물은 확인 후 삭제 조치하였고, 작성자 계정은 이용 제한하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="small community site admin reply naming no URL, answering a one-item request",
    why="one-item request, unhedged 삭제 조치하였고 -> removed",
    items={C1: "removed"},
)

case(
    name="ppomppu-rejected-with-reason",
    **{"from": "help@ppomppu.co.kr"}, name_from="뽐뿌 고객센터",
    date="Thu, 12 Sep 2024 17:05:30 +0900",
    subject="[뽐뿌] KCSC-240911-07 검토 결과",
    body=f"""
안녕하세요. 뽐뿌 고객센터입니다.

자유게시판 게시글 {P1} 을(를) 검토하였습니다.
해당 글은 스포츠 경기 결과에 대한 잡담이며 도박 사이트 주소나 홍보 문구가 없어
운영정책 위반 사항이 확인되지 않았습니다. 따라서 게시물은 유지됩니다.

추가 자료가 있으시면 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community help-desk refusal with its reason (위반 사항 확인되지 않아 유지)",
    why="no violation found, post kept -> rejected; URL followed by 을(를)",
    items={P1: "rejected"},
)

case(
    name="ppomppu-thread-only-sole",
    **{"from": "help@ppomppu.co.kr"}, name_from="뽐뿌 고객센터",
    date="Fri, 13 Sep 2024 10:10:10 +0900",
    subject="문의하신 내용에 대한 답변입니다",
    reply_to_req="req-240911-07",
    body="""
안녕하세요. 뽐뿌 고객센터입니다.

신고하신 게시글은 운영진 재검토 결과 불법 도박 사이트로 연결되는 단축 링크가
본문 이미지에 포함된 것이 확인되어 삭제 처리되었습니다.

이용에 불편을 드려 죄송합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk answer with a generic subject, matched only by In-Reply-To",
    why="thread matches the one-item request; 삭제 처리되었습니다 -> removed",
    items={P1: "removed"},
)

case(
    name="naver-ack-plus-statements",
    **{"from": "right@navercorp.com"}, name_from="NAVER 권리보호센터",
    date="Tue, 03 Sep 2024 14:30:00 +0900",
    subject="[네이버] 게시중단 요청 접수 및 처리 안내 (접수번호 2024-0903-11873)",
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회의 게시중단 요청(KCSC-240902-01)이 접수번호 2024-0903-11873으로 접수되었습니다.

긴급 건으로 분류되어 아래 게시물은 접수 즉시 블라인드 처리되었습니다.
- {N[2]}
- {N[3]}

그 외 게시물은 순차적으로 검토 후 결과를 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER receipt notice (접수 안내) that also reports immediate blind actions",
    why="acknowledgement phrase plus unhedged 블라인드 처리되었습니다 for two named URLs -> removed; not a pure acknowledgement",
    items={N[2]: "removed", N[3]: "removed"},
)

case(
    name="naver-dsa-style-statement",
    **{"from": "dsa-notices@navercorp.com"}, name_from="NAVER Legal",
    date="Wed, 04 Sep 2024 22:10:05 +0900",
    subject="Statement of reasons - KCSC-240902-01 - item 5",
    body=f"""
STATEMENT OF REASONS

Reference: KCSC-240902-01
Content: {N[5]}
Decision: access to the content has been disabled for users in the Republic of Korea
Territorial scope: Republic of Korea only
Ground: illegal under local law (Act on Promotion of Information and Communications
Network Utilization, Art. 44-7)
Use of automated means: none, decided by a human reviewer
Redress: the uploader may object through the NAVER help centre.

NAVER Legal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, territorial scope, ground, redress)",
    why="access disabled in Korea only -> restricted (territorial), not removed",
    items={N[5]: "restricted"},
)

dc_table = f"""
안녕하세요, 디시인사이드 운영팀입니다. 요청번호 KCSC-240904-02 전체 조치 현황입니다.

No | URL                                                              | 처리결과
---+------------------------------------------------------------------+------------------------------
1  | {D[1]}   | 삭제
2  | {D[2]}   | 삭제
3  | {D[3]} | 해당 글 없음 (작성자 삭제)
4  | {D[4]} | 유지 (운영원칙 위반 아님)
5  | {D[5]}  | 접근 제한 (성인 인증 필요)

디시인사이드 운영팀
"""
case(
    name="dc-text-table-all-five",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 19:55:12 +0900",
    subject="[KCSC-240904-02] 조치 현황 (전체)",
    body=dc_table,
    outcome="applied", classification="confirmation",
    imitates="plain-text result table pasted by a community operations team",
    why="per-row: 삭제 x2 -> removed, 해당 글 없음 -> not_found, 유지 -> rejected, 접근 제한 -> restricted",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "rejected", D[5]: "restricted"},
)

case(
    name="naver-tv-outlook-original",
    **{"from": "tv_operation@navercorp.com"}, name_from="네이버TV 운영팀",
    date="Fri, 06 Sep 2024 08:50:33 +0900",
    subject="RE: [KCSC-240902-01] 불법정보 시정요구 (NAVER, 12건)",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버TV 운영팀 김하늘입니다.

요청 목록 11번 영상({N[11]})은 오늘 오전 삭제되었습니다.
채널에 남아 있던 같은 내용의 클립도 함께 정리했습니다.

김하늘 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: {REQ_SUBJ["KCSC-240902-01"]}

""" + "\n".join(req_body("KCSC-240902-01")),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply (-----Original Message-----) with the unprefixed request below",
    why="삭제되었습니다 -> removed for the one URL above the Outlook header; the request below is ours",
    items={N[11]: "removed"},
)

soop_html = f"""<!DOCTYPE html><html><body style="font-family:sans-serif">
<div style="border-bottom:2px solid #0545b1;padding:8px"><b>SOOP</b> 고객센터</div>
<p>안녕하세요. SOOP 고객센터입니다.</p>
<p>요청번호 <b>KCSC-240906-04</b>의 다시보기(VOD) 처리 결과를 안내드립니다.</p>
<ul>
<li><a href="{S[1]}">{S[1]}</a> : 삭제 완료</li>
<li><a href="{S[2]}">{S[2]}</a> : 검토 결과 게임 방송 중 일부 노출로 운영정책 위반이 아니라고 판단하여 조치하지 않았습니다.</li>
</ul>
<p><a href="https://help.sooplive.co.kr/policy">SOOP 운영정책 보기</a></p>
</body></html>
"""
case(
    name="soop-html-b64-list",
    **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Mon, 09 Sep 2024 15:15:15 +0900",
    subject="[SOOP] 처리 결과 안내",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="soop-603-alt"

--soop-603-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("이 메일은 HTML 형식입니다. HTML을 지원하는 메일 프로그램에서 확인해 주세요.")}
--soop-603-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(soop_html)}
--soop-603-alt--
""",
    outcome="applied", classification="confirmation",
    imitates="templated HTML helpdesk notice with an empty plain-text alternative, both base64",
    why="삭제 완료 -> removed; 운영정책 위반이 아니라고 판단, 조치하지 않음 -> rejected",
    items={S[1]: "removed", S[2]: "rejected"},
)

case(
    name="daum-bilingual-cafe",
    **{"from": "right@kakaocorp.com"}, name_from="Kakao 권리침해신고센터",
    date="Wed, 11 Sep 2024 10:40:00 +0900",
    subject="Re: [KCSC-240905-03] Daum 카페 2건 / two Daum cafe posts",
    reply_to_req="req-240905-03",
    body=f"""
[한국어]
{K[1]} : 카페 운영자와 협의하여 삭제하였습니다.
{K[2]} : 이미 작성자가 탈퇴하면서 삭제되어 존재하지 않는 게시물입니다.

[English]
{K[1]} : deleted after consulting the cafe owner.
{K[2]} : this post no longer exists; it was deleted when its author left the cafe.

카카오 권리침해신고센터 / Kakao Rights Protection
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English notice from a Korean platform, same statements twice",
    why="삭제 -> removed; already deleted by its author, does not exist -> not_found; both languages agree",
    items={K[1]: "removed", K[2]: "not_found"},
)

# ======================= review =========================================

case(
    name="naver-promise-kr",
    **{"from": "right@navercorp.com"}, name_from="NAVER 권리보호센터",
    date="Tue, 03 Sep 2024 11:00:00 +0900",
    subject="Re: [KCSC-240902-01] 카페 게시물 관련",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요.

요청하신 카페 게시물 {N[4]} 는 현재 카페 매니저에게 소명 기회를 부여한 상태이며,
소명 기간(3일)이 지나면 운영원칙에 따라 삭제될 예정입니다.

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal notice that a post will be deleted after the owner's objection period",
    why="'삭제될 예정' is a promise, no statement; names a requested URL -> review not_understood",
    items={N[4]: "pending"},
)

case(
    name="dc-hedge-appears-deleted",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 09:30:00 +0900",
    subject="Re: [KCSC-240904-02] 문의 건",
    reply_to_req="req-240904-02",
    body=f"""
안녕하세요.

{D[3]} 글은 현재 접속 시 '삭제된 게시물입니다'로 표시되어
이미 삭제된 것으로 보입니다. 다만 작성자 삭제인지 관리자 삭제인지는
서버 로그를 확인해야 정확히 말씀드릴 수 있습니다.

확인되면 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="operations reply that only reports what the page looks like, hedged (…인 것으로 보입니다)",
    why="'삭제된 것으로 보입니다' is a hedge, and who deleted it is left open -> pending, review not_understood",
    items={D[3]: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "right@navercorp.com"}, name_from="NAVER 권리보호센터",
    date="Tue, 10 Sep 2024 18:00:00 +0900",
    subject="Re: [KCSC-240902-01] 최종 처리 결과",
    reply_to_req="req-240902-01",
    body="""
안녕하세요, 네이버 권리보호센터입니다.

요청번호 KCSC-240902-01로 요청하신 게시물 12건은 모두 삭제 처리가 완료되었습니다.

협조에 감사드립니다.
""",
    outcome="review", review="bulk",
    imitates="final summary notice: all N reported posts deleted, no per-item list",
    why="one statement covering a 12-item request without naming each item -> bulk review, items pending",
    items={},
)

case(
    name="dc-bulk-english",
    **{"from": "global@dcinside.com"}, name_from="DCinside Global Support",
    date="Wed, 11 Sep 2024 12:12:12 +0900",
    subject="Re: [KCSC-240904-02] 불법정보 시정요구 (디시인사이드, 5건)",
    reply_to_req="req-240904-02",
    body=f"""
Hi,

All of the posts reported in your request have now been removed from DCinside.

Thanks,
DCinside Global Support

On Wed, Sep 4, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240904-02")}
""",
    outcome="review", review="bulk",
    imitates="English one-liner 'all reported posts removed' top-posted over the quoted list",
    why="'all of the posts' for a 5-item request; the URLs appear only in the quote -> bulk, items pending",
    items={},
)

case(
    name="naver-auth-fail-untrusted",
    **{"from": "right@navercorp.com"}, name_from="NAVER 권리보호센터",
    auth="fail",
    date="Wed, 04 Sep 2024 03:14:00 +0900",
    subject="Re: [KCSC-240902-01] 처리 완료",
    body=f"""
안녕하세요.

아래 게시물은 삭제 완료되었습니다.
{N[4]}
{N[5]}

자세한 사항은 첨부한 링크에서 로그인 후 확인해 주세요.
https://naver-right-center.example/login
""",
    outcome="review", review="untrusted",
    imitates="phishing-like mail using a NAVER address that fails DKIM/SPF/DMARC",
    why="NAVER domain but authentication fails -> untrusted, nothing applied",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="blogger-gmail-unknown",
    **{"from": "moonlit.kettle@gmail.com"}, name_from="달빛주전자",
    date="Thu, 05 Sep 2024 23:41:09 +0900",
    subject="블로그 글 삭제했습니다",
    body=f"""
안녕하세요. 네이버 블로그 moonlit_kettle 운영자입니다.

블로그 글이 신고됐다는 통지를 받고 연락드립니다.
{N[2]} 글은 제가 직접 삭제했습니다.
광고 대행사가 올려 달라고 해서 올린 글인데 문제가 되는 줄 몰랐습니다. 죄송합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="the uploader writing to the regulator from a personal webmail address",
    why="sender is not a platform; states the post was deleted -> unknown_sender, pending",
    items={N[2]: "pending"},
)

case(
    name="lawfirm-unknown-sender",
    **{"from": "lee.jh@hangyeol-law.example"}, name_from="법무법인 한결 이정훈 변호사",
    date="Tue, 10 Sep 2024 14:00:00 +0900",
    subject="KCSC-240906-04 관련 의견서 제출 (SOOP 방송인 대리)",
    body=f"""
방송통신심의위원회 귀중

당 법무법인은 SOOP 방송인 redpanda77의 대리인입니다.

귀 위원회가 SOOP에 시정요구하신 다시보기 {S[1]} 은 의뢰인이
9월 7일 스스로 삭제하였음을 알려드립니다. 채널 게시글({S[3]})은
성인 대상 공지로서 불법정보에 해당하지 않는다는 의견서를 별도로 제출하겠습니다.

법무법인 한결
변호사 이정훈
""",
    outcome="review", review="unknown_sender",
    imitates="law-firm letter on behalf of a streamer, sent to the regulator",
    why="not the platform: its statements about the VOD and post cannot change statuses -> unknown_sender",
    items={S[1]: "pending", S[3]: "pending"},
)

case(
    name="inven-about-ppomppu-wrong-platform",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 고객지원",
    date="Thu, 12 Sep 2024 11:25:00 +0900",
    subject="Re: 게시물 삭제 요청 건 문의",
    body=f"""
안녕하세요, 인벤 고객지원팀입니다.

보내주신 링크 {P1} 는 인벤이 아닌 뽐뿌 자유게시판의 주소입니다.
참고로 저희가 열어 보았을 때 해당 글은 이미 삭제되어 있었습니다.

인벤 게시물에 대한 요청이시라면 인벤 게시물 주소를 다시 보내 주세요.
""",
    outcome="review", review="wrong_platform",
    imitates="support desk of another site answering a link that is not theirs",
    why="Inven speaks about a Ppomppu item (already deleted) -> wrong_platform, p1 pending",
    items={P1: "pending"},
)

case(
    name="kakao-contact-change-no-claims",
    **{"from": "right@kakaocorp.com"}, name_from="Kakao 권리침해신고센터",
    date="Mon, 16 Sep 2024 09:00:00 +0900",
    subject="[카카오] 기관 협조 요청 접수 창구 변경 안내",
    body="""
안녕하세요, 카카오 권리침해신고센터입니다.

2024년 10월 1일부터 수사기관 및 행정기관의 협조 요청 접수 창구가
기관 전용 포털(https://gov-request.kakaocorp.com)로 일원화됩니다.
기존 이메일 접수는 10월 31일까지 병행 운영됩니다.

이용에 참고 부탁드립니다.
""",
    outcome="review", review="no_claims",
    imitates="platform notice to authorities about a change of submission channel",
    why="trusted Kakao mail that names no item and no request; its portal link is not an item -> no_claims",
    items={},
)

case(
    name="fmkorea-asks-documents",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Mon, 09 Sep 2024 17:30:00 +0900",
    subject="Re: [KCSC-240909-05] 불법정보 시정요구 (에펨코리아, 2건)",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요, 에펨코리아 운영진입니다.

{F[1]} 글과 관련하여, 개인정보 침해 여부를 판단하기 위해
심의 의결서 사본과 피해자 본인 확인 자료를 보내 주실 수 있을까요?
자료를 받는 대로 검토하여 조치하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="community admin asking for the decision document before acting",
    why="asks for documents before acting; no statement about the named post -> asks_more, pending",
    items={F[1]: "pending"},
)

case(
    name="soop-under-review-en",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Safety Center",
    date="Mon, 09 Sep 2024 10:05:00 +0900",
    subject="Re: [KCSC-240906-04] status",
    reply_to_req="req-240906-04",
    body=f"""
Dear KCSC,

The channel post {S[3]} is currently under review by our policy team,
who may restrict it to adult viewers depending on the outcome. We expect a
decision by Thursday.

SOOP Safety Center
""",
    outcome="review", review="not_understood",
    imitates="interim status update: under review, possible restriction",
    why="'under review' and 'may restrict' are no statements -> pending, review not_understood",
    items={S[3]: "pending"},
)

case(
    name="ppomppu-will-delete-after-notice",
    **{"from": "help@ppomppu.co.kr"}, name_from="뽐뿌 고객센터",
    date="Wed, 11 Sep 2024 18:40:00 +0900",
    subject="[뽐뿌] KCSC-240911-07 접수 확인 및 처리 예정 안내",
    body="""
안녕하세요. 뽐뿌 고객센터입니다.

요청번호 KCSC-240911-07 건 확인하였습니다.
작성자에게 수정 요청 쪽지를 보냈으며, 24시간 안에 수정되지 않으면
해당 게시글은 삭제될 예정입니다.
""",
    outcome="review", review="not_understood",
    imitates="help-desk notice: author warned, post to be deleted if not edited",
    why="conditional promise about the one item of a one-item request; nothing has happened yet -> not_understood",
    items={P1: "pending"},
)

# ======================= ignored ========================================

case(
    name="naver-out-of-office-kr",
    **{"from": "sy.park@navercorp.com"}, name_from="박소연",
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    subject="[자동응답] Re: [KCSC-240902-01] 불법정보 시정요구 (NAVER, 12건)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요, 박소연입니다.

9월 2일(월)부터 9월 4일(수)까지 휴가로 부재중입니다.
급한 게시중단 요청은 권리보호센터 공용 메일(right@navercorp.com)로 보내 주시면
담당자가 처리해 드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office reply (부재중 자동응답) with Auto-Submitted",
    why="out-of-office auto reply: ignored even though it quotes the request subject",
    items={},
)

dsn_text = """This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@dcinside.com>: mailbox full, try again later
"""
case(
    name="dc-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@dcinside.com"}, name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 10:02:10 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-603-dc"

--dsn-603-dc
Content-Type: text/plain; charset=us-ascii

{dsn_text}
--dsn-603-dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: Wed, 04 Sep 2024 10:00:05 +0900

Final-Recipient: rfc822; abuse@dcinside.com
Action: failed
Status: 4.2.2
Diagnostic-Code: smtp; 552 4.2.2 mailbox full

--dsn-603-dc
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@dcinside.com
Subject: [KCSC-240904-02] =?UTF-8?B?{base64.b64encode('불법정보 시정요구'.encode()).decode()}?=
Message-ID: <req-240904-02@kcsc.example>
Date: Wed, 04 Sep 2024 10:00:00 +0900

--dsn-603-dc--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning our request",
    why="delivery status notification -> ignored",
    items={},
)

case(
    name="daum-mdn-read-receipt",
    **{"from": "j.kang@kakaocorp.com"}, name_from="강지훈",
    date="Thu, 05 Sep 2024 10:32:00 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("읽음 확인: [KCSC-240905-03] 불법정보 시정요구".encode()).decode() + "?=",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-603"

--mdn-603
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("보낸 메일을 수신자가 2024-09-05 오전 10:32에 읽었습니다." + chr(10) + "(이 확인은 메일이 표시되었다는 뜻이며, 내용을 읽었거나 이해했다는 뜻은 아닙니다.)" + chr(10))}
--mdn-603
Content-Type: message/disposition-notification

Reporting-UA: Kakao Mail; webmail
Final-Recipient: rfc822; j.kang@kakaocorp.com
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-603--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, disposition-notification) in Korean",
    why="message disposition notification -> ignored",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Fri, 06 Sep 2024 10:01:30 +0900",
    subject="[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 SP-20240906-55821)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
  - 접수번호: SP-20240906-55821
  - 문의유형: 신고/권리침해
  - 접수일시: 2024-09-06 10:01

담당자가 순서대로 확인 후 답변드리겠습니다. 답변은 영업일 기준 1~3일 정도 걸릴 수 있습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket-system receipt (접수번호, 발신 전용)",
    why="pure receipt: ticket number, no item, nothing decided -> ignored",
    items={},
)

case(
    name="fmkorea-autoreply-en",
    **{"from": "admin@fmkorea.com"}, name_from="FMKorea",
    date="Mon, 09 Sep 2024 10:00:20 +0900",
    subject="Auto: Re: [KCSC-240909-05] 불법정보 시정요구 (에펨코리아, 2건)",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Thank you for contacting FMKorea.

This is an automatic reply. Your e-mail has reached our admin mailbox and will be
reviewed by a staff member. Reports about posts are usually answered within three
business days. Please do not reply to this message.
""",
    outcome="ignored", classification="auto_reply",
    imitates="English automatic reply of a community admin mailbox",
    why="auto-reply with a promise to review; no item -> ignored",
    items={},
)

case(
    name="clien-ack-ref-only",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영자",
    date="Tue, 10 Sep 2024 13:00:00 +0900",
    subject="Re: [KCSC-240910-06] 불법정보 시정요구 (클리앙, 1건)",
    reply_to_req="req-240910-06",
    body="""
안녕하세요, 클리앙 운영자입니다.

보내주신 시정요구 메일(KCSC-240910-06) 잘 받았습니다.
확인 후 결과 회신드리겠습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="human acknowledgement of receipt by a small site's admin",
    why="receipt only, a promise to reply, no statement -> ignored as an acknowledgement",
    items={},
)

naver_bounce = """안녕하세요. 네이버 메일 시스템입니다.

보내신 메일이 아래 사유로 전달되지 못했습니다.

 - 받는 사람: policy-kr@navercorp.com
 - 사유: 존재하지 않는 메일 주소입니다 (550 5.1.1 User unknown)
 - 원본 메일 제목: [KCSC-240902-01] 불법정보 시정요구 (NAVER, 12건)
 - 보낸 시각: 2024-09-02 10:00

주소를 확인하신 후 다시 보내 주세요.
"""
case(
    name="naver-bounce-kr-user-unknown",
    **{"from": "mailer-daemon@navercorp.com"}, name_from="NAVER Mail",
    date="Mon, 02 Sep 2024 10:00:09 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("메일 전송 실패 안내 (Undelivered Mail)".encode()).decode() + "?=",
    extra_headers=["Auto-Submitted: auto-replied", "X-Failed-Recipients: policy-kr@navercorp.com"],
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(naver_bounce),
    outcome="ignored", classification="bounce",
    imitates="Korean webmail non-delivery notice (전송 실패 안내), single text part",
    why="bounce of our request to a wrong address -> ignored",
    items={},
)

HEADER = """# Blind set 603 (Korean portals and community sites). Written from each
# email's meaning before the reader was run; see NOTES.md.
"""


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def enc(text):
    """RFC 2047 encoded word for a Korean display name, as mail clients send it."""
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def main():
    write_requests()
    for c in cases:
        if not c.get("name_from", "").isascii():
            c["name_from"] = enc(c["name_from"])
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
