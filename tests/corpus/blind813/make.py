#!/usr/bin/env python3
"""Blind set 813: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Inven, Clien), Korean and English mixed, with the
doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind813/make.py

Writes requests.csv, cases/*.eml and expected.toml beside this script.
Deterministic: no clock, no randomness. Every person, board, post id and
ticket number is invented. Expected results were written from each email's
meaning before the reader was ever run on this set.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
K3_RAW = "https://maple-ink.tistory.com/entry/여름-사진-모음"
K3 = "https://maple-ink.tistory.com/entry/" + quote("여름-사진-모음")

N = {
    1: "https://blog.naver.com/moonlit_harbor77/223561100401",
    2: "https://blog.naver.com/moonlit_harbor77/223561100415",
    3: "https://blog.naver.com/pinecone_diary/223560987702",
    4: "https://cafe.naver.com/silvercreekmarket/88213",
    5: "https://cafe.naver.com/silvercreekmarket/88240",
    6: "https://cafe.naver.com/dawnfoxclub/5521",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230045",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38012277&memberNo=51230981",
    9: "https://m.blog.naver.com/gray_lantern/223559870011",
    10: "https://blog.naver.com/ivory_tern/223558800123",
    11: "https://cafe.naver.com/dawnfoxclub/5530",
    12: "https://tv.naver.com/v/59120334",
    13: "https://blog.naver.com/ivory_tern/223558800188",
    14: "https://cafe.naver.com/silvercreekmarket/88302",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=dcbest&no=228431",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=nightcity_m&no=90112",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=nightcity_m&no=90127",
    4: "https://gall.dcinside.com/mini/board/view/?id=cloverlane&no=3318",
    5: "https://gall.dcinside.com/board/view/?id=stock_new2&no=1187720",
}
K = {
    1: "https://cafe.daum.net/bluepeak0909/Ab3K/1204",
    2: "https://cafe.daum.net/bluepeak0909/Ab3K/1219",
    3: K3,
    4: "https://quietriver.tistory.com/118",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131877402",
    2: "https://vod.sooplive.co.kr/player/131880915",
    3: "https://ch.sooplive.co.kr/lunarbj77/post/98821044",
}
F = {1: "https://www.fmkorea.com/7321188404", 2: "https://www.fmkorea.com/7321190517"}
I1 = "https://www.inven.co.kr/board/lostark/5355/44812"
C = {
    1: "https://www.clien.net/service/board/park/18790231",
    2: "https://www.clien.net/service/board/cm_car/18790877",
}

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T10:04:00+09:00", "2024-09-09T23:59:59+09:00",
     [N[i] for i in range(1, 15)], "illegal-sexual-content", "kcsc-240902-01.req",
     "NAVER blog/cafe/kin/post/tv; largest request"),
    ("KCSC-240903-02", "dcinside", "2024-09-03T09:30:00+09:00", "2024-09-10T23:59:59+09:00",
     [D[i] for i in range(1, 6)], "defamation", "kcsc-240903-02.req", "DC Inside galleries"),
    ("KCSC-240904-03", "daum", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     [K[i] for i in range(1, 5)], "illegal-sexual-content", "kcsc-240904-03.req",
     "Daum cafe and Tistory (Kakao)"),
    ("KCSC-240905-04", "soop", "2024-09-05T15:10:00+09:00", "2024-09-12T23:59:59+09:00",
     [S[i] for i in range(1, 4)], "obscenity", "kcsc-240905-04.req", "SOOP VODs and a channel post"),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T10:20:00+09:00", "2024-09-13T23:59:59+09:00",
     [F[1], F[2]], "privacy", "kcsc-240906-05.req", "FM Korea posts"),
    ("KCSC-240909-06", "inven", "2024-09-09T09:45:00+09:00", "2024-09-16T23:59:59+09:00",
     [I1], "gambling", "kcsc-240909-06.req", "one Inven board post"),
    ("KCSC-240910-07", "clien", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00",
     [C[1], C[2]], "defamation", "kcsc-240910-07.req", "Clien posts"),
]


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
def enc(s):
    """RFC 2047 B-encoding of a header text."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64(s):
    data = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


QUOTED_REQUEST_KO = "\n".join(
    ["아래 게시물은 정보통신망법 제44조의7에 따른 불법정보로, 삭제 등 필요한 조치를 요청합니다."]
    + [f"{i}. {N[i]}" for i in range(1, 15)]
    + ["조치 결과를 2024-09-09까지 회신하여 주시기 바랍니다.", "방송통신심의위원회 통신심의국"]
)

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
case(
    name="naver-siljeong-result-html-table",
    date="Thu, 05 Sep 2024 16:40:12 +0900",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("[NAVER] 시정요구(KCSC-240902-01) 조치 결과 회신"),
    reply_to_req="kcsc-240902-01.req",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>2024년 9월 2일 요청하신 시정요구(KCSC-240902-01) 중 7건에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>게시중단(삭제)</td><td>9/4 조치</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>게시중단(삭제)</td><td>9/4 조치</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>게시물 없음</td><td>요청 이전 작성자 삭제</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>블라인드 처리</td><td>카페 매니저 통보 완료</td></tr>
<tr><td>5</td><td>{N[5]}</td><td>임시조치(30일)</td><td>제44조의2</td></tr>
<tr><td>6</td><td>{N[6]}</td><td>조치 불가</td><td>운영원칙 및 관련 법령 위반 사항 확인되지 않음</td></tr>
<tr><td>7</td><td>{N[7].replace("&", "&amp;")}</td><td>게시중단(삭제)</td><td>-</td></tr>
</table>
<p>나머지 7건은 확인 중이며, 결과가 나오는 대로 별도로 회신드리겠습니다.</p>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER reply to a KCSC 시정요구 with a 조치 결과 table (HTML)",
    why="table row per URL: 게시중단/블라인드 removed, 게시물 없음 not_found, 임시조치 restricted, 조치 불가 with reason rejected; the other 7 are not named",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found", N[4]: "removed",
           N[5]: "restricted", N[6]: "rejected", N[7]: "removed"},
)

case(
    name="naver-blog-numbered-arrows",
    date="Fri, 06 Sep 2024 11:02:40 +0900",
    **{"from": "blog_cs@naver.com"},
    name_from=enc("네이버 블로그 고객센터"),
    subject="Re: [KCSC-240902-01] 불법정보 삭제 요청",
    body=f"""안녕하세요, 네이버 블로그 게시중단 담당자입니다.

KCSC-240902-01 요청 건 중 블로그 게시물 3건의 처리 결과를 안내드립니다.

1. {N[1]} → 게시중단 완료
2. {N[9]} → 비공개 처리 (작성자 외 열람 불가)
3. {N[10]} → 국내 접속 차단

문의 사항은 이 메일에 회신해 주시면 확인하겠습니다.
감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER blog 게시중단 result notice, numbered list with arrows",
    why="three named blog posts: 게시중단 removed, 비공개 처리 removed, 국내 접속 차단 restricted",
    items={N[1]: "removed", N[9]: "removed", N[10]: "restricted"},
)

case(
    name="naver-cafe-url-then-status-below",
    date="Fri, 06 Sep 2024 17:25:03 +0900",
    **{"from": "cafe_report@navercorp.com"},
    name_from="NAVER Cafe",
    subject=enc("[네이버 카페] KCSC-240902-01 게시물 처리 결과"),
    body=f"""KCSC 담당자님께,

요청하신 카페 게시물 및 동영상 처리 결과입니다.

{N[11]}
- 블라인드 처리되었습니다.

{N[14]}
- 작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.

{N[12]}
- 청소년 유해 판정에 따라 19세 이상 로그인 이용자만 재생할 수 있도록 연령 제한하였습니다.

네이버 카페 운영지원
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER cafe operator reply, bare URL with the result on the line below",
    why="status on the line below each URL: 블라인드 removed, author-deleted not_found, 19+ age limit restricted",
    items={N[11]: "removed", N[14]: "not_found", N[12]: "restricted"},
)

case(
    name="naver-english-outlook-top-posted",
    date="Mon, 09 Sep 2024 09:12:55 +0900",
    **{"from": "jiwon.baek@navercorp.com"},
    name_from="Jiwon Baek",
    subject="RE: [KCSC-240902-01] 불법정보 삭제 요청",
    reply_to_req="kcsc-240902-01.req",
    body=f"""Hello,

Regarding KCSC-240902-01: the cafe post {N[4]} has been taken down for
violating our cafe operating principles, and {N[5]} has been
restricted so that it can no longer be viewed from Korea.

We are still looking into the other links and will reply separately.

Best regards,
Jiwon Baek
Trust & Safety, NAVER Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:04 AM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 불법정보 삭제 요청

{QUOTED_REQUEST_KO}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted English reply from a NAVER T&S employee over the quoted Korean request",
    why="two cafe posts named in the reply: taken down removed, not viewable from Korea restricted; the 14 quoted URLs are the request itself",
    items={N[4]: "removed", N[5]: "restricted"},
)

case(
    name="naver-quoted-printable-followup",
    date="Tue, 10 Sep 2024 14:31:09 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원"),
    subject=enc("KCSC-240902-01 추가 처리 결과"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(
        f"""KCSC-240902-01 관련 추가 처리 결과를 알려드립니다.

- {N[13]} : 운영정책 위반으로 삭제하였습니다.
- {N[1]} : 확인 결과 작성자가 이미 삭제한 글로, 별도 조치가 필요하지 않았습니다.

감사합니다.
네이버 정책지원 드림
"""),
    outcome="applied",
    classification="confirmation",
    imitates="NAVER follow-up result mail, quoted-printable Korean body",
    why="QP body: one post deleted by NAVER (removed), one already deleted by its author (not_found)",
    items={N[13]: "removed", N[1]: "not_found"},
)

CSV_NAVER = (
    "URL,처리결과,비고\n"
    f"{N[2]},게시중단,\n"
    f"{N[3]},게시물 없음,작성자 삭제\n"
    f"{N[6]},기각,위반 사항 없음 - 게시 유지\n"
    f"\"{N[7]}\",게시중단,\n"
    f"\"{N[8]}\",접근 제한(국내),해외 접속은 유지\n"
)
case(
    name="naver-csv-attachment",
    date="Wed, 11 Sep 2024 10:05:33 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원"),
    subject=enc("[회신] KCSC-240902-01 조치 결과 송부"),
    reply_to_req="kcsc-240902-01.req",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv813_csv"

--=_nv813_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요.
KCSC-240902-01 요청 건의 조치 결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

네이버 정책지원 드림

--=_nv813_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_NAVER)}
--=_nv813_csv--
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER result sheet sent as a CSV attachment",
    why="CSV rows: 게시중단 removed, 게시물 없음 not_found, 기각 rejected, 접근 제한(국내) restricted",
    items={N[2]: "removed", N[3]: "not_found", N[6]: "rejected", N[7]: "removed", N[8]: "restricted"},
)

case(
    name="naver-kin-kept-with-reason",
    date="Thu, 12 Sep 2024 15:47:20 +0900",
    **{"from": "kin_help@naver.com"},
    name_from=enc("네이버 지식iN"),
    subject="Re: [KCSC-240902-01] 지식iN 답변 게시물 검토 결과",
    body=f"""안녕하세요, 네이버 지식iN 운영팀입니다.

요청하신 지식iN 답변
{N[7]}
에 대해 검토한 결과, 일반적인 의료 정보를 설명하는 내용으로 관련 법령 및 지식iN 운영정책에
위반되지 않는다고 판단하여 게시를 유지하기로 하였습니다.

운영정책 전문: https://kin.naver.com/help/policy.naver
이의가 있으시면 근거 자료와 함께 회신해 주시기 바랍니다.

네이버 지식iN 운영팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 지식iN refusal with its reason (게시 유지)",
    why="kept up because it breaks no rule, with a reason: rejected; the policy page is no item",
    items={N[7]: "rejected"},
)

case(
    name="naver-statement-above-urls",
    date="Fri, 13 Sep 2024 09:58:41 +0900",
    **{"from": "cafe_report@navercorp.com"},
    name_from="NAVER Cafe",
    subject=enc("[네이버 카페] 임시조치 안내 (KCSC-240902-01)"),
    body=f"""요청하신 게시물 중 아래 2건은 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)하였습니다.
{N[5]}
{N[14]}

임시조치 기간 중 게시자의 재게시 요청이 접수되면 별도로 안내드리겠습니다.

네이버 카페 운영지원
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 임시조치 (30-day temporary measure) notice, statement above the URLs",
    why="statement on the line above the two URLs: 30일 임시조치 (접근 차단) restricted",
    items={N[5]: "restricted", N[14]: "restricted"},
)

case(
    name="dc-operator-deleted-tags",
    date="Wed, 04 Sep 2024 18:20:07 +0900",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject=enc("[디시인사이드] KCSC-240903-02 요청 게시물 처리 내역"),
    body=f"""디시인사이드 운영팀입니다.

KCSC-240903-02 요청 게시물 처리 내역을 알려드립니다.

[운영자 삭제] {D[1]}
[운영자 삭제] {D[2]}
[운영자 삭제] {D[3]}
[게시물 없음] {D[4]} (요청 접수 전에 삭제된 글입니다)

삭제된 글의 작성자 IP는 해당 갤러리 글쓰기가 차단되었습니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside operations reply with [운영자 삭제] tags per post",
    why="운영자 삭제 removed for three posts; 게시물 없음 (deleted before the request) not_found",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found"},
)

case(
    name="dc-english-one-of-five",
    date="Thu, 05 Sep 2024 14:51:30 +0900",
    **{"from": "global@dcinside.com"},
    name_from="DC Inside Operations",
    subject="Re: KCSC-240903-02 removal request",
    reply_to_req="kcsc-240903-02.req",
    body=f"""Hi,

This is DC Inside's operations team. The post
{D[5]} was deleted today at 14:20 KST and the poster is
blocked from writing in that gallery.

We'll send you the result for the remaining four posts once the gallery
managers have responded.

Regards,
DC Inside Operations
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside English reply about one post, the rest promised later",
    why="one named post deleted: removed; the other four are not named (a promise only)",
    items={D[5]: "removed"},
)

case(
    name="dc-kept-and-deleted-particles",
    date="Fri, 06 Sep 2024 11:33:18 +0900",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject=enc("Re: [KCSC-240903-02] 게시물 삭제 요청"),
    body=f"""안녕하세요.

nightcity 마이너 갤러리 글 <{D[2]}>은 삭제했습니다.

주식 갤러리 글 {D[5]} 은 특정 기업 실적에 대한 이용자 의견으로,
명예훼손이나 운영원칙 위반에 해당하지 않아 삭제하지 않았습니다.

디시인사이드 운영팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside reply mixing a deletion and a reasoned refusal, URLs followed by Korean particles",
    why="<URL>은 삭제했습니다 removed; URL 은 ... 해당하지 않아 삭제하지 않았습니다 rejected",
    items={D[2]: "removed", D[5]: "rejected"},
)

case(
    name="daum-right-center-temp-measure",
    date="Thu, 05 Sep 2024 13:14:00 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    subject=enc("[Daum 카페] 요청하신 게시물 조치 결과 안내 (KCSC-240904-03)"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 Daum 카페 게시물에 대해 아래와 같이 조치하였습니다.

{K[1]} : 임시조치 (30일간 게시물 접근 차단)
{K[2]} : 삭제

임시조치된 게시물은 게시자의 이의제기가 없으면 30일 경과 후 삭제됩니다.
카카오 운영정책: https://www.kakao.com/policy/oppolicy

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치/삭제 result notice for Daum cafe",
    why="URL : 임시조치 (access blocked 30 days) restricted; URL : 삭제 removed; the later deletion is conditional",
    items={K[1]: "restricted", K[2]: "removed"},
)

case(
    name="daum-tistory-particles-raw-korean",
    date="Fri, 06 Sep 2024 10:40:26 +0900",
    **{"from": "tistory_cs@kakaocorp.com"},
    name_from=enc("티스토리 운영팀"),
    subject=enc("[티스토리] KCSC-240904-03 게시물 처리 결과"),
    body=f"""안녕하세요, 티스토리 운영팀입니다.
요청하신 티스토리 게시물 두 건의 처리 결과입니다.

{K[4]}은 운영정책 위반으로 게시물을 삭제했습니다.
<{K3_RAW}>은 관리자 권한으로 비공개 처리하여 외부에서 볼 수 없습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Tistory (Kakao) result mail with a raw Korean entry slug and particles glued to URLs",
    why="URL은 삭제했습니다 removed; raw Korean slug (percent-encoded in requests.csv) 비공개 처리 removed",
    items={K[4]: "removed", K[3]: "removed"},
)

DAUM_HTML = f"""<html><body>
<p>안녕하세요. Daum 고객센터입니다.</p>
<p>KCSC-240904-03 요청 건 처리 결과를 안내해 드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>대상 URL</th><th>처리 상태</th></tr></thead>
<tbody>
<tr><td><a href="{K[1]}">{K[1]}</a></td><td>삭제</td></tr>
<tr><td><a href="{K[2]}">{K[2]}</a></td><td>삭제</td></tr>
<tr><td><a href="{K3}">{K3_RAW}</a></td><td>존재하지 않는 게시물 (블로그 폐쇄)</td></tr>
<tr><td><a href="{K[4]}">{K[4]}</a></td><td>위반사항 없음 - 게시 유지</td></tr>
</tbody></table>
<p>본 메일은 발신 전용입니다. 문의는 <a href="https://cs.daum.net/faq/1.html">고객센터</a>를 이용해 주세요.</p>
</body></html>
"""
case(
    name="daum-base64-html-table",
    date="Mon, 09 Sep 2024 16:02:11 +0900",
    **{"from": "noreply-cs@daum.net"},
    name_from=enc("Daum 고객센터"),
    subject=enc("[Daum] 게시물 처리 결과 안내"),
    reply_to_req="kcsc-240904-03.req",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(DAUM_HTML),
    outcome="applied",
    classification="confirmation",
    imitates="Daum customer-centre result mail, base64 HTML table",
    why="rows: 삭제 removed x2, 존재하지 않는 게시물 not_found, 위반사항 없음 - 게시 유지 rejected; the help link is no item",
    items={K[1]: "removed", K[2]: "removed", K[3]: "not_found", K[4]: "rejected"},
)

case(
    name="soop-english-bullets",
    date="Fri, 06 Sep 2024 20:16:45 +0900",
    **{"from": "safety@sooplive.com"},
    name_from="SOOP Trust & Safety",
    subject="Result of your request KCSC-240905-04",
    body=f"""Dear KCSC team,

Here is the result of your request KCSC-240905-04.

* VOD {S[1]} - deleted.
* VOD {S[2]} - set to 19+ (adult verification required); it is no longer
  shown to minors or to logged-out viewers.
* Channel post {S[3]} - removed. The streamer has also
  received a 7-day broadcast suspension.

You can find our community guidelines at https://www.sooplive.co.kr/policy.

SOOP Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) trust & safety result mail in English",
    why="deleted removed; 19+ age restriction restricted; channel post removed",
    items={S[1]: "removed", S[2]: "restricted", S[3]: "removed"},
)

CSV_SOOP = (
    "no,url,result\n"
    f"1,{S[1]},삭제\n"
    f"2,{S[2]},삭제\n"
    f"3,{S[3]},유지(위반 아님)\n"
)
case(
    name="soop-csv-attachment",
    date="Mon, 09 Sep 2024 11:45:00 +0900",
    **{"from": "legal@sooplive.co.kr"},
    name_from=enc("SOOP 법무팀"),
    subject=enc("RE: [KCSC-240905-04] 게시물 조치 요청 회신"),
    reply_to_req="kcsc-240905-04.req",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_Part_813_soop"

------=_Part_813_soop
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. SOOP 법무팀입니다.
요청하신 3건의 조치 결과를 첨부 파일로 보내드립니다.

------=_Part_813_soop
Content-Type: text/csv; name="result_0909.csv"
Content-Disposition: attachment; filename="result_0909.csv"
Content-Transfer-Encoding: base64

{b64(CSV_SOOP)}
------=_Part_813_soop--
""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP legal team reply with a CSV result sheet",
    why="CSV: 삭제 removed x2, 유지(위반 아님) rejected",
    items={S[1]: "removed", S[2]: "removed", S[3]: "rejected"},
)

case(
    name="fmk-ack-phrase-plus-results",
    date="Sat, 07 Sep 2024 02:14:37 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영진"),
    subject=enc("Re: [KCSC-240906-05] 게시물 삭제 요청"),
    body=f"""신고 접수 확인했고 처리 끝났습니다.

「{F[1]}」 → 삭제 및 작성자 30일 이용정지
「{F[2]}」 → 작성자가 먼저 지운 글이라 남아 있지 않습니다.

에펨코리아 운영진 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="FM Korea volunteer admin reply, URLs in full-width corner brackets",
    why="receipt phrase but unhedged item statements: 삭제 removed; deleted by its author not_found",
    items={F[1]: "removed", F[2]: "not_found"},
)

case(
    name="inven-sole-statement-one-item",
    date="Tue, 10 Sep 2024 17:03:52 +0900",
    **{"from": "cs@inven.co.kr"},
    name_from=enc("인벤 고객지원"),
    subject=enc("[인벤] 문의하신 내용에 대한 답변입니다 (KCSC-240909-06)"),
    reply_to_req="kcsc-240909-06.req",
    body="""안녕하세요, 인벤 고객지원팀입니다.

요청하신 게시물은 운영정책(불법 사행성 홍보) 위반으로 삭제 처리 완료되었습니다.
해당 작성자 계정은 영구 이용정지되었습니다.

더 궁금하신 점은 1:1 문의(https://www.inven.co.kr/member/help/)로 남겨주세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Inven 1:1 inquiry answer, no URL, answering a one-item request",
    why="one-item request referenced by ref and thread: 'the requested post was deleted' applies to it (removed)",
    items={I1: "removed"},
)

case(
    name="clien-listed-then-both-deleted",
    date="Wed, 11 Sep 2024 09:21:14 +0900",
    **{"from": "admin@clien.net"},
    name_from=enc("클리앙 운영진"),
    subject=enc("Re: [KCSC-240910-07] 게시물 삭제 요청"),
    body=f"""클리앙 운영진입니다.

요청하신
- {C[1]}
- {C[2]}
두 글 모두 삭제했습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Clien admin short reply listing both URLs above one sentence",
    why="both URLs are named right above '두 글 모두 삭제했습니다': removed each (named, so not bulk)",
    items={C[1]: "removed", C[2]: "removed"},
)

case(
    name="clien-english-wrapped-angle-url",
    date="Thu, 12 Sep 2024 13:40:05 +0900",
    **{"from": "support@clien.net"},
    name_from="CLIEN Support",
    subject="Re: KCSC-240910-07",
    reply_to_req="kcsc-240910-07.req",
    body=f"""Hello,

Regarding the post <{C[2].rsplit("/", 1)[0]}/
{C[2].rsplit("/", 1)[1]}>: we reviewed it and decided to keep it up.
It is a user's review of a used car dealer and does not break our rules.

CLIEN Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="Clien English reply with a long URL in angle brackets wrapped by the mailer",
    why="kept up, breaks no rule: rejected; the URL is wrapped inside <...>",
    items={C[2]: "rejected"},
)

case(
    name="naver-sor-structured-english",
    date="Sat, 14 Sep 2024 10:30:00 +0900",
    **{"from": "noreply-sor@navercorp.com"},
    name_from="NAVER Corp.",
    subject="Statement of reasons - your notice KCSC-240902-01",
    body=f"""Statement of reasons - NAVER Corp.

Notice reference: KCSC-240902-01

Item 1
  Content:  {N[12]}
  Decision: Visibility restricted - age-gated (19+), not available to minors
  Ground:   Youth Protection Act, harmful to minors

Item 2
  Content:  {N[9]}
  Decision: Content removed
  Ground:   Illegal content (Network Act, Art. 44-7)

Automated means were not used in taking these decisions.
Redress: https://help.naver.com/appeal
""",
    outcome="applied",
    classification="confirmation",
    imitates="DSA-style statement of reasons laid out field by field (Content / Decision / Ground)",
    why="Decision field per Content URL: age-gated restricted, removed; the appeal link is no item",
    items={N[12]: "restricted", N[9]: "removed"},
)

case(
    name="naver-gmail-quoted-request",
    date="Tue, 10 Sep 2024 18:07:44 +0900",
    **{"from": "sua.han@navercorp.com"},
    name_from=enc("한수아"),
    subject="Re: [KCSC-240902-01] 불법정보 삭제 요청",
    reply_to_req="kcsc-240902-01.req",
    body=f"""담당자님 안녕하세요.

말씀하신 {N[10]} 게시물은 오늘 게시중단 처리했습니다.
나머지 건은 담당 부서에서 아직 검토 중입니다.

한수아 드림

2024년 9월 2일 (월) 오전 10:04, KCSC Takedown <takedown@kcsc.example>님이 작성:

""" + "\n".join("> " + l for l in QUOTED_REQUEST_KO.split("\n")) + "\n",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-style Korean reply over the '>'-quoted request",
    why="one URL in the author's text: 게시중단 removed; quoted URLs are the request; 검토 중 is no statement",
    items={N[10]: "removed"},
)

case(
    name="dc-html-table-plain",
    date="Mon, 09 Sep 2024 10:11:29 +0900",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject=enc("[디시인사이드] 처리 결과 회신 - KCSC-240903-02"),
    type="html",
    body=f"""<div>KCSC 담당자님, 요청 게시물 처리 결과를 회신드립니다.</div>
<br>
<table border="1">
<tr><td><b>게시물</b></td><td><b>결과</b></td></tr>
<tr><td>{D[1].replace("&", "&amp;")}</td><td>운영자 삭제</td></tr>
<tr><td>{D[3].replace("&", "&amp;")}</td><td>작성자 삭제 (이미 없는 글)</td></tr>
<tr><td>{D[5].replace("&", "&amp;")}</td><td>운영자 삭제</td></tr>
</table>
<div>디시인사이드 운영팀</div>
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside HTML result table",
    why="운영자 삭제 removed; 작성자 삭제 (already gone) not_found",
    items={D[1]: "removed", D[3]: "not_found", D[5]: "removed"},
)

case(
    name="daum-echoed-report-fields",
    date="Tue, 10 Sep 2024 15:25:48 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    subject=enc("[카카오] 신고 처리 결과 안내 (KCSC-240904-03)"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.
접수하신 신고의 처리 결과를 안내드립니다.

접수번호: R-20240904-55102
신고 유형: 불법정보 (방송통신심의위원회 요청)
신고 URL: {K[2]}
처리 결과: 게시중단(삭제)

접수번호: R-20240904-55103
신고 유형: 불법정보 (방송통신심의위원회 요청)
신고 URL: {K[4]}
처리 결과: 임시조치 (30일)

카카오 권리침해신고센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao report-outcome notice echoing the report fields (접수번호/신고 URL/처리 결과)",
    why="each echoed report block: 게시중단(삭제) removed, 임시조치 restricted",
    items={K[2]: "removed", K[4]: "restricted"},
)

case(
    name="naver-done-and-promised",
    date="Wed, 11 Sep 2024 16:50:31 +0900",
    **{"from": "blog_cs@naver.com"},
    name_from=enc("네이버 블로그 고객센터"),
    subject="Re: [KCSC-240902-01] 불법정보 삭제 요청",
    body=f"""안녕하세요, 네이버 블로그 고객센터입니다.

1) {N[1]} : 게시중단 완료
2) {N[2]} : 게시자 소명 자료 검토 후 9월 12일까지 조치 예정

2번 게시물은 결과가 나오는 대로 다시 알려드리겠습니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER blog reply with one result and one promise",
    why="게시중단 완료 removed; 조치 예정 is a promise, so the second post stays pending",
    items={N[1]: "removed", N[2]: "pending"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-sequential",
    date="Wed, 04 Sep 2024 11:26:10 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원"),
    subject=enc("Re: [KCSC-240902-01] 불법정보 삭제 요청"),
    body=f"""안녕하세요. 네이버 정책지원입니다.

요청하신 {N[3]}, {N[4]} 게시물은
내부 확인 후 순차적으로 게시중단 조치할 예정입니다.
조치가 완료되면 다시 연락드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="NAVER interim reply promising 순차적 게시중단",
    why="'조치할 예정' is a promise, no statement; names two requested items",
    items={N[3]: "pending", N[4]: "pending"},
)

case(
    name="dc-hedge-seems-deleted",
    date="Thu, 05 Sep 2024 09:40:52 +0900",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject=enc("Re: [KCSC-240903-02] 게시물 삭제 요청"),
    body=f"""안녕하세요.

말씀하신 글({D[1]})은 이미 삭제된 것으로 보입니다.
저희 쪽 기록에서는 삭제 주체가 확인되지 않아, 추가 확인이 필요하시면 알려주세요.

디시인사이드 운영팀
""",
    outcome="review",
    review="not_understood",
    imitates="DC Inside reply hedging that a post 'seems already deleted'",
    why="'삭제된 것으로 보입니다' is a hedge, not a statement",
    items={D[1]: "pending"},
)

case(
    name="naver-bulk-all-done-korean",
    date="Thu, 12 Sep 2024 17:55:09 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원"),
    subject=enc("[회신] KCSC-240902-01 조치 완료"),
    reply_to_req="kcsc-240902-01.req",
    body="""안녕하세요. 네이버 정책지원입니다.

KCSC-240902-01 건으로 요청하신 게시물 전체에 대해 게시중단 조치를 완료하였습니다.
협조에 감사드립니다.
""",
    outcome="review",
    review="bulk",
    classification="confirmation",
    imitates="NAVER one-line 'all requested posts 게시중단 완료' reply",
    why="one statement covering all 14 items without naming any: bulk, nothing applied",
    items={N[i]: "pending" for i in range(1, 15)},
)

case(
    name="daum-bulk-all-four-english",
    date="Wed, 11 Sep 2024 12:00:40 +0900",
    **{"from": "trustsafety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    subject="Re: KCSC-240904-03",
    reply_to_req="kcsc-240904-03.req",
    body="""Hello,

All four posts reported under KCSC-240904-03 have been actioned in line with
our operating policy.

Kind regards,
Kakao Trust & Safety
""",
    outcome="review",
    review="bulk",
    classification="confirmation",
    imitates="Kakao English 'all reported posts have been actioned' reply",
    why="a statement about all four items without naming each: bulk",
    items={K[i]: "pending" for i in range(1, 5)},
)

case(
    name="naver-auth-fail-claims",
    date="Sat, 07 Sep 2024 03:12:19 +0900",
    **{"from": "help@navercorp.com"},
    name_from=enc("NAVER 고객센터"),
    auth="fail",
    subject=enc("[NAVER] KCSC-240902-01 처리 완료 안내"),
    body=f"""KCSC 담당자님께,

아래 게시물은 게시중단 처리되었습니다.
{N[1]}
{N[2]}

처리 내역 확인: https://naver-notice.example/kcsc/login
""",
    outcome="review",
    review="untrusted",
    classification="confirmation",
    imitates="mail claiming to be NAVER but failing DKIM/SPF/DMARC",
    why="NAVER domain but authentication failed: claims kept for a person",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="soop-lookalike-domain",
    date="Sat, 07 Sep 2024 15:33:08 +0900",
    **{"from": "support@soop-helpdesk.co.kr"},
    name_from=enc("SOOP 고객지원"),
    subject="Re: [KCSC-240905-04] VOD removal",
    body=f"""안녕하세요, SOOP 고객지원입니다.

요청하신 VOD {S[1]} 는 삭제되었습니다.
나머지 건은 확인 후 안내드리겠습니다.
""",
    outcome="review",
    review="unknown_sender",
    classification="confirmation",
    imitates="reply from a look-alike helpdesk domain that is not SOOP's",
    why="soop-helpdesk.co.kr is no platform's sender domain",
    items={S[1]: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    date="Fri, 06 Sep 2024 23:48:02 +0900",
    **{"from": "nightcity.manager@gmail.com"},
    name_from=enc("나이트시티 매니저"),
    subject=enc("KCSC-240903-02 관련 갤러리 매니저입니다"),
    body=f"""안녕하세요. nightcity 마이너 갤러리 매니저입니다.
운영팀에서 전달받은 요청 보고 아래 글 두 개 삭제했습니다.

{D[2]}
{D[3]}

추가로 필요하신 거 있으면 이 메일로 연락 주세요.
""",
    outcome="review",
    review="unknown_sender",
    classification="confirmation",
    imitates="volunteer DC Inside gallery manager writing from a personal Gmail address",
    why="the statement is plain but gmail.com is not DC Inside's domain",
    items={D[2]: "pending", D[3]: "pending"},
)

case(
    name="daum-about-naver-cafe",
    date="Fri, 06 Sep 2024 14:09:37 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    subject=enc("Re: [KCSC-240904-03] 추가 문의 건"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

추가로 보내주신 {N[6]} 주소는 Daum 카페가 아니라 네이버 카페입니다.
참고로 확인해 보니 해당 게시물은 현재 삭제되어 열리지 않습니다.
네이버 측에 직접 문의해 주시기 바랍니다.
""",
    outcome="review",
    review="wrong_platform",
    classification="confirmation",
    imitates="Kakao pointing out a NAVER cafe link and remarking on its state",
    why="Kakao states a status for a NAVER item: wrong platform, nothing applied",
    items={N[6]: "pending"},
)

case(
    name="naver-asks-for-documents",
    date="Tue, 03 Sep 2024 15:18:22 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원"),
    subject=enc("Re: [KCSC-240902-01] 불법정보 삭제 요청 - 자료 요청"),
    reply_to_req="kcsc-240902-01.req",
    body="""안녕하세요. 네이버 정책지원입니다.

KCSC-240902-01 요청 건 처리를 위해 시정요구 공문(PDF)과 게시물별 위반 근거 조항을
회신해 주시기 바랍니다. 자료 확인 전까지 처리가 보류됩니다.

감사합니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="NAVER request for the official letter and legal grounds before acting",
    why="asks for documents before acting; no statement",
    items={},
)

case(
    name="soop-under-review",
    date="Fri, 06 Sep 2024 10:02:15 +0900",
    **{"from": "safety@sooplive.com"},
    name_from="SOOP Trust & Safety",
    subject="Re: KCSC-240905-04",
    body=f"""Hello,

Thanks for the report. The two VODs
  {S[1]}
  {S[2]}
are currently under review by our content policy team. We expect to reach a
decision within three business days and will let you know.

SOOP Trust & Safety
""",
    outcome="review",
    review="not_understood",
    imitates="SOOP English 'under review' interim reply naming two VODs",
    why="'under review' is no statement; names requested items, so a person reads it",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="naver-transparency-newsletter",
    date="Mon, 16 Sep 2024 10:00:00 +0900",
    **{"from": "news@navercorp.com"},
    name_from="NAVER Corp.",
    subject=enc("[NAVER] 2024년 상반기 투명성 보고서 발간 안내"),
    body="""안녕하세요, 네이버입니다.

2024년 상반기 투명성 보고서를 발간하였습니다.
정부 기관 요청에 따른 게시물 조치 현황과 이용자 보호 활동 통계를 확인하실 수 있습니다.

보고서 보기: https://privacy.naver.com/transparency/report_2024h1

본 메일은 기관 담당자께 발송되는 안내 메일입니다.
""",
    outcome="review",
    review="no_claims",
    classification="other",
    imitates="NAVER transparency-report announcement to institutional contacts",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="clien-conditional-deletion",
    date="Wed, 11 Sep 2024 18:44:50 +0900",
    **{"from": "admin@clien.net"},
    name_from=enc("클리앙 운영진"),
    subject=enc("Re: [KCSC-240910-07] 게시물 삭제 요청"),
    body=f"""클리앙 운영진입니다.

{C[1]} 글은 작성자에게 실명 부분을 24시간 안에 수정하도록 안내했습니다.
기한 안에 수정되지 않으면 삭제하겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Clien admin reply with a conditional deletion",
    why="deletion only if the author does not edit: a condition, no statement",
    items={C[1]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-ooo-korean",
    date="Mon, 09 Sep 2024 08:30:02 +0900",
    **{"from": "jiwon.baek@navercorp.com"},
    name_from=enc("백지원"),
    subject=enc("[자동회신] Re: [KCSC-240902-01] 불법정보 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 백지원입니다.
9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 건은 policy@navercorp.com 으로 보내주시면 담당자가 확인합니다.
복귀 후 회신드리겠습니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply (자동회신, 부재중)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="dc-dsn-user-unknown",
    date="Tue, 03 Sep 2024 09:30:41 +0900",
    **{"from": "MAILER-DAEMON@mx2.dcinside.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="8A1C4E2F0.1725323441/mx2.dcinside.com"

--8A1C4E2F0.1725323441/mx2.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@dcinside.com>: host mx2.dcinside.com[203.0.113.41] said:
    550 5.1.1 <abuse-kr@dcinside.com>: Recipient address rejected: User unknown

--8A1C4E2F0.1725323441/mx2.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.dcinside.com
Arrival-Date: Tue,  3 Sep 2024 09:30:40 +0900 (KST)

Final-Recipient: rfc822; abuse-kr@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--8A1C4E2F0.1725323441/mx2.dcinside.com
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@dcinside.com
Subject: [KCSC-240903-02] {enc("게시물 삭제 요청")}
Message-ID: <kcsc-240903-02.req@kcsc.example>
Date: Tue, 03 Sep 2024 09:30:00 +0900

--8A1C4E2F0.1725323441/mx2.dcinside.com--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) for the request sent to DC Inside",
    why="delivery failure report",
    items={},
)

case(
    name="soop-mdn-read-receipt",
    date="Thu, 05 Sep 2024 16:02:33 +0900",
    **{"from": "legal@sooplive.co.kr"},
    name_from=enc("SOOP 법무팀"),
    subject=enc("읽음: [KCSC-240905-04] 게시물 조치 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-813-soop"

--mdn-813-soop
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.
받는 사람: legal@sooplive.co.kr
제목: [KCSC-240905-04] 게시물 조치 요청
읽은 시간: 2024-09-05 (목) 오후 4:02

--mdn-813-soop
Content-Type: message/disposition-notification

Reporting-UA: sooplive.co.kr; Microsoft Outlook 16.0
Final-Recipient: rfc822; legal@sooplive.co.kr
Original-Message-ID: <kcsc-240905-04.req@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-813-soop--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (읽음) in Korean, multipart/report MDN",
    why="read receipt only",
    items={},
)

case(
    name="kakao-ticket-receipt",
    date="Wed, 04 Sep 2024 11:01:19 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    subject=enc("[카카오 고객센터] 문의가 정상적으로 접수되었습니다 - [KCSC-240904-03] 게시물 조치 요청"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: 8812401

담당자가 확인 후 순차적으로 답변드리겠습니다. 문의량에 따라 답변이 늦어질 수 있는 점 양해 부탁드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt echoing the request's subject",
    why="pure receipt with a ticket number; no item, no statement",
    items={},
)

case(
    name="fmk-ooo-english",
    date="Fri, 06 Sep 2024 10:20:58 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="FMKorea Admin",
    subject="Automatic reply: [KCSC-240906-05] removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""Thank you for your email.

Our admin team is away for the Chuseok holidays until 18 September and will
read your message when we return. For urgent account issues please use the
in-site report button.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="English out-of-office auto-reply over the Chuseok holidays",
    why="auto-reply",
    items={},
)

case(
    name="naver-helpdesk-receipt-english",
    date="Mon, 02 Sep 2024 10:05:12 +0900",
    **{"from": "help_noreply@navercorp.com"},
    name_from="NAVER Help",
    subject="[NAVER Help] We've received your inquiry (NV-2409-331870)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We have received your inquiry.
Ticket number: NV-2409-331870

A representative will reply by email within 3 business days.
Please do not reply to this message.

NAVER Help Center
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER help-centre ticket receipt in English",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="inven-bounce-korean",
    date="Mon, 09 Sep 2024 09:46:05 +0900",
    **{"from": "postmaster@inven.co.kr"},
    name_from=enc("메일 관리자"),
    subject=enc("메일 전송 실패 안내 (Delivery Status Notification)"),
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="inv813dsn"

--inv813dsn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일이 아래 수신자에게 전달되지 못했습니다.

받는 사람: report@inven.co.kr
실패 사유: 수신자의 메일함 용량이 초과되었습니다. (552 5.2.2 Mailbox full)
원본 제목: [KCSC-240909-06] 게시물 삭제 요청

--inv813dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.inven.co.kr

Final-Recipient: rfc822; report@inven.co.kr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--inv813dsn--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Korean-language DSN (메일 전송 실패 안내, mailbox full)",
    why="delivery failure report",
    items={},
)

HEADER = """# Blind set 813 (Korean portals and community sites), written from each
# email's meaning before the reader was run. Generated by make.py."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind813", HEADER, cases)
