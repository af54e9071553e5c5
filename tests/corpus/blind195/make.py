#!/usr/bin/env python3
"""Blind set 195: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Inven, Clien), Korean and English mixed, with the
doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind195/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Every
expected result was written from the meaning of the email alone, before the
reader was run. All names, URLs, ids and domains are fictional.
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

KST = timezone(timedelta(hours=9))


def d(s):
    """'2024-09-03 16:12' (KST) -> RFC 5322 date."""
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=KST))


def h(s):
    """RFC 2047-encode a header text when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def tistory(host, slug):
    return f"https://{host}/entry/" + quote(slug)


# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/luckyseven_tips/223560112301",
    2: "https://blog.naver.com/luckyseven_tips/223560112377",
    3: "https://blog.naver.com/pado_gamble/223561004218",
    4: "https://cafe.naver.com/totoheaven/48211",
    5: "https://cafe.naver.com/totoheaven/48215",
    6: "https://cafe.naver.com/totoheaven/48230",
    7: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60211&docId=471230981",
    8: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60211&docId=471231544",
    9: "https://blog.naver.com/moonbet_korea/223562998410",
    10: "https://cafe.naver.com/slotnight/10377",
    11: "https://post.naver.com/viewer/postView.naver?volumeNo=38201177&memberNo=5501273",
    12: "https://blog.naver.com/casino_rush88/223563120045",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120381",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120455",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=idolfanclub&no=77231",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=idolfanclub&no=77240",
    5: "https://gall.dcinside.com/mini/board/view/?id=whisperlog&no=3318",
}
K3_SLUG = "판매-안내-2024"
K4_SLUG = "직거래-후기"
K = {
    1: "https://cafe.daum.net/greenleaf420/Zx8f/1032",
    2: "https://cafe.daum.net/greenleaf420/Zx8f/1047",
    3: tistory("moonlit-notes.tistory.com", K3_SLUG),
    4: tistory("tea-garden-log.tistory.com", K4_SLUG),
}
K3_RAW = "https://moonlit-notes.tistory.com/entry/" + K3_SLUG
K4_RAW = "https://tea-garden-log.tistory.com/entry/" + K4_SLUG
S = {
    1: "https://vod.sooplive.co.kr/player/138772051",
    2: "https://vod.sooplive.co.kr/player/138772199",
    3: "https://ch.sooplive.co.kr/nightowl77/post/120334582",
}
F = {
    1: "https://www.fmkorea.com/7301882214",
    2: "https://www.fmkorea.com/7301890357",
}
I1 = "https://www.inven.co.kr/board/lineagem/5019/884102"
C = {
    1: "https://www.clien.net/service/board/park/18622047",
    2: "https://www.clien.net/service/board/park/18622310",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "naver", "2024-09-02T14:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [N[i] for i in range(1, 13)], "illegal_gambling", "req-240902-01@kcsc.example",
     "blogs, cafes, KnowledgeiN and Post advertising unlicensed betting sites"),
    ("KCSC-240903-02", "dcinside", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     [D[i] for i in range(1, 6)], "defamation", "req-240903-02@kcsc.example",
     "gallery posts naming private persons"),
    ("KCSC-240904-03", "daum", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     [K[i] for i in range(1, 5)], "drugs", "req-240904-03@kcsc.example",
     "Daum cafe and Tistory posts (Korean slugs stored percent-encoded)"),
    ("KCSC-240905-04", "soop", "2024-09-05T16:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [S[i] for i in range(1, 4)], "obscenity", "req-240905-04@kcsc.example",
     "two VODs and one channel post"),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
     [F[1], F[2]], "privacy", "req-240906-05@kcsc.example",
     "personal data exposed in two documents"),
    ("KCSC-240909-06", "inven", "2024-09-09T13:20:00+09:00", "2024-09-16T18:00:00+09:00",
     [I1], "illegal_trade", "req-240909-06@kcsc.example",
     "account trading post"),
    ("KCSC-240910-07", "clien", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [C[1], C[2]], "defamation", "req-240910-07@kcsc.example",
     "two posts on the park board"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, pf, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, pf, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "안녕하십니까. 방송통신심의위원회입니다.",
        f"아래 정보에 대하여 시정요구(요청번호 {ref})를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def plain_request(ref, urls):
    return quoted_request(ref, urls, prefix="")


cases = []


def case(**kw):
    cases.append(kw)


# ======================================================== APPLIED (26)

NAVER_TABLE_ROWS = [
    (N[1], "게시중단", "2024-09-04"),
    (N[2], "게시중단", "2024-09-04"),
    (N[3], "블라인드 처리", "2024-09-04"),
    (N[4], "삭제", "2024-09-05"),
    (N[5], "게시물 없음 (작성자 삭제)", "-"),
    (N[6], "조치 불가 - 위반사항 확인되지 않음 (사행성 광고 아님)", "-"),
]
rows_html = "\n".join(
    f"<tr><td>{i}</td><td>{u.replace('&', '&amp;')}</td><td>{r}</td><td>{dt}</td></tr>"
    for i, (u, r, dt) in enumerate(NAVER_TABLE_ROWS, 1)
)
case(
    name="naver-kcsc-result-table-html",
    **{"from": "policy@navercorp.com"},
    name_from=h("NAVER 정책지원"),
    date=d("2024-09-05 17:20"),
    subject=h("[회신] KCSC-240902-01 시정요구에 대한 조치결과 통보"),
    reply_to_req="req-240902-01",
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(요청번호 KCSC-240902-01) 중 블로그·카페 게시물 6건에 대한 조치결과를 아래와 같이 통보합니다.</p>
<table border="1" cellpadding="4">
<tr><th>연번</th><th>URL</th><th>조치내용</th><th>조치일</th></tr>
{rows_html}
</table>
<p>나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="KCSC 시정요구 조치결과 통보 table (NAVER policy team)",
    why="HTML table: 게시중단/블라인드/삭제 removed, author-deleted not_found, no violation rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed",
           N[5]: "not_found", N[6]: "rejected"},
)

case(
    name="naver-kin-korean-numbered",
    **{"from": "kin-help@navercorp.com"},
    name_from=h("네이버 지식iN 운영팀"),
    date=d("2024-09-05 10:02"),
    subject=h("Re: [KCSC-240902-01] 불법 사행성 정보 시정요구"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 네이버 지식iN 운영팀입니다.

방송통신심의위원회에서 요청하신 지식iN 게시물(요청번호 KCSC-240902-01)의 처리 결과를 알려드립니다.

1. {N[7]}
   - 질문과 달린 답변 전체를 삭제했습니다 (9월 5일).
2. {N[8]}
   - 작성자가 이미 삭제한 질문으로, 현재 존재하지 않는 게시물입니다.

블로그와 카페 게시물은 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.

감사합니다.
네이버 지식iN 운영팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER KnowledgeiN operator reply to a removal request",
    why="numbered list, status on the line under each URL; the forward-looking last line names no item",
    items={N[7]: "removed", N[8]: "not_found"},
)

case(
    name="naver-english-top-posted",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=d("2024-09-06 11:45"),
    subject="Re: [KCSC-240902-01] Request for correction - illegal gambling content",
    reply_to_req="req-240902-01",
    body=f"""Dear KCSC team,

Following up on your request KCSC-240902-01, two more items have been handled:

- The blog post {N[9]} has been deleted for advertising an unlicensed betting site.
- {N[10]} : a temporary measure (임시조치) was applied, so access to the post is blocked for 30 days.

The other links are still with the Blog and Cafe teams. We will write again when they have an outcome.

Best regards,
Jiwon Seo
NAVER Trust & Safety

On Mon, Sep 2, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240902-01", [N[i] for i in range(1, 13)])}
""",
    outcome="applied",
    classification="confirmation",
    imitates="English trust-and-safety reply top-posted over a Gmail-quoted request",
    why="two items stated above the quote; the quoted request's URLs must not change",
    items={N[9]: "removed", N[10]: "restricted", N[1]: "pending", N[4]: "pending",
           N[12]: "pending"},
)

csv_naver = (
    "\ufeff요청번호,URL,처리결과,비고\r\n"
    f"KCSC-240902-01,{N[11]},삭제,포스트 비공개 후 삭제\r\n"
    f"KCSC-240902-01,{N[12]},유지,운영정책 위반 아님 (게임 리뷰 글)\r\n"
    f"KCSC-240902-01,{N[1]},삭제,\r\n"
)
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    name_from=h("NAVER 정책지원"),
    date=d("2024-09-09 15:30"),
    subject=h("[회신] KCSC-240902-01 추가 처리결과 (첨부)"),
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_5a1c"

--=_nv_5a1c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("안녕하세요. 네이버 정책지원팀입니다." + chr(10) + chr(10) + "요청번호 KCSC-240902-01 중 추가로 처리된 3건의 결과를 첨부 파일(CSV)로 보내드립니다." + chr(10) + "확인 부탁드립니다." + chr(10))}
--=_nv_5a1c
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_naver)}
--=_nv_5a1c--
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment",
    why="CSV: 삭제 removed, 유지 with its reason rejected",
    items={N[11]: "removed", N[12]: "rejected", N[1]: "removed"},
)

case(
    name="naver-url-then-status-line",
    **{"from": "blog-policy@navercorp.com"},
    name_from=h("네이버 블로그 운영팀"),
    date=d("2024-09-04 18:10"),
    subject=h("RE: KCSC-240902-01 처리 결과 회신"),
    reply_to_req="req-240902-01",
    body=f"""담당자님 안녕하세요.
블로그 게시물 2건 처리 결과 공유드립니다.

{N[2]}
→ 비공개 처리 완료 (운영정책 위반: 불법 사행성 홍보)

{N[3]}
→ 임시조치 (30일간 접근 차단, 게시자 이의제기 가능)

네이버 블로그 운영팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER blog team reply, bare URL with the result on the next line",
    why="비공개 처리 is removed; 임시조치 (access blocked 30 days) is restricted",
    items={N[2]: "removed", N[3]: "restricted"},
)

case(
    name="dc-operator-deleted-korean",
    **{"from": "help@dcinside.com"},
    name_from=h("디시인사이드 고객센터"),
    date=d("2024-09-04 09:15"),
    subject=h("[디시인사이드] 게시물 삭제 요청 처리 결과 안내 (KCSC-240903-02)"),
    reply_to_req="req-240903-02",
    body=f"""안녕하세요. 디시인사이드 고객센터입니다.

요청 주신 게시물에 대한 처리 결과를 안내드립니다.

- {D[1]} : 운영자 삭제 및 작성자 IP 차단
- {D[2]} : 운영자 삭제
- {D[3]} : 작성자 본인이 이미 삭제한 글로 확인됩니다.

나머지 2건은 마이너 갤러리 매니저 확인 후 답변드리겠습니다.

감사합니다.
디시인사이드 고객센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside help-desk result notice (운영자 삭제)",
    why="운영자 삭제 removed twice; deleted by its author is not_found; the other two are only promised",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "pending"},
)

case(
    name="dc-english-quoted-printable",
    **{"from": "report@dcinside.com"},
    name_from="DCInside Report Team",
    date=d("2024-09-05 14:03"),
    subject="Re: KCSC-240903-02 removal request",
    reply_to_req="req-240903-02",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''Hello,

Regarding KCSC-240903-02, here is the outcome for the two minor/mini gallery posts.

The post at {D[4]} could not be found. That post number does not exist in the gallery, so please check the link.

The post at {D[5]} was deleted by our monitoring team on 5 September, and the mini gallery itself has been closed.

Kind regards,
DCInside Report Team
''')}
""",
    outcome="applied",
    classification="confirmation",
    imitates="English abuse-desk reply in quoted-printable (long URLs soft-wrapped)",
    why="cannot be found / does not exist is not_found; deleted by monitoring team is removed",
    items={D[4]: "not_found", D[5]: "removed"},
)

case(
    name="dc-rejected-outlook-original",
    **{"from": "legal@dcinside.com"},
    name_from=h("디시인사이드 법무팀"),
    date=d("2024-09-06 16:40"),
    subject=h("RE: [KCSC-240903-02] 명예훼손 게시물 시정요구"),
    reply_to_req="req-240903-02",
    body=f"""위원회 담당자님께,

{D[1]} 게시물은 특정 상장사의 공시 내용에 대한 의견을 적은 글로, 허위사실이나 개인정보가 포함되어 있지 않아 삭제하지 않았습니다.

{D[2]} 게시물은 개인 연락처가 포함되어 있어 삭제하였습니다.

이의가 있으시면 회신 부탁드립니다.

디시인사이드 법무팀 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:30 AM
To: legal@dcinside.com
Subject: [KCSC-240903-02] 명예훼손 게시물 시정요구

{plain_request("KCSC-240903-02", [D[i] for i in range(1, 6)])}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply with the request under -----Original Message-----",
    why="refusal with its reason is rejected, contact data post removed; items in the original message stay",
    items={D[1]: "rejected", D[2]: "removed", D[3]: "pending", D[5]: "pending"},
)

case(
    name="daum-imsi-jochi-base64",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    date=d("2024-09-05 13:00"),
    subject=h("[Daum] 게시물 임시조치 처리 안내 (KCSC-240904-03)"),
    reply_to_req="req-240904-03",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회의 요청(KCSC-240904-03)에 따라 아래 게시물에 정보통신망법 제44조의2에 의한 임시조치를 하였습니다.

 ■ 대상 게시물: {K[1]}
 ■ 대상 게시물: {K[2]}
 ■ 조치 내용: 임시조치 (30일간 게시물 접근 차단)
 ■ 조치 일자: 2024-09-05

게시자가 30일 안에 복원을 요청하지 않으면 해당 게시물은 삭제됩니다.

카카오 권리침해신고센터
''')}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum 권리침해신고센터 임시조치 notice, base64 body",
    why="임시조치 (access blocked 30 days) listed for both named posts: restricted each; the later deletion is conditional",
    items={K[1]: "restricted", K[2]: "restricted"},
)

case(
    name="daum-tistory-raw-korean-path",
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from=h("티스토리 운영팀"),
    date=d("2024-09-06 10:30"),
    subject=h("Re: [KCSC-240904-03] 티스토리 게시물 처리 결과"),
    reply_to_req="req-240904-03",
    body=f"""안녕하세요, 티스토리 운영팀입니다.
요청하신 티스토리 게시물 처리 결과를 안내드립니다.

{K3_RAW}
- 이용약관 위반으로 게시물을 삭제하고 블로그 이용을 제한했습니다.

{K4_RAW}
- 확인해 보니 이미 없는 페이지입니다 (게시물 없음). 별도 조치는 하지 않았습니다.

티스토리 운영팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Tistory (Kakao) operator reply with raw Korean URL paths",
    why="raw Korean paths match the percent-encoded request URLs; deleted removed, page does not exist not_found",
    items={K[3]: "removed", K[4]: "not_found"},
)

case(
    name="daum-english-one-done-one-pending",
    **{"from": "dsa-contact@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date=d("2024-09-06 19:05"),
    subject="Re: KCSC-240904-03 - reported Daum Cafe posts",
    reply_to_req="req-240904-03",
    body=f"""Dear Sir or Madam,

We have reviewed the Daum Cafe posts you reported under KCSC-240904-03.

{K[1]} - removed. The post broke the Daum Cafe operating policy on illegal goods and is no longer available.

{K[2]} - this post is still with our specialist team. We will update you once a decision has been made.

Kind regards,
Kakao Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao English moderation outcome email",
    why="one unhedged removal applies; the other is a promise and stays pending",
    items={K[1]: "removed", K[2]: "pending"},
)

case(
    name="soop-vod-korean-list",
    **{"from": "cs@sooplive.co.kr"},
    name_from=h("SOOP 고객센터"),
    date=d("2024-09-06 12:00"),
    subject=h("[SOOP] 요청하신 콘텐츠 조치 결과 안내 (KCSC-240905-04)"),
    reply_to_req="req-240905-04",
    body=f"""안녕하세요. SOOP 고객센터입니다.
요청하신 콘텐츠에 대한 조치 결과를 알려드립니다.

1) VOD {S[1]} — 영구 삭제
2) VOD {S[2]} — 영구 삭제, 해당 스트리머 방송 7일 정지
3) 채널 게시글 {S[3]} — 19세 이상 이용 가능 게시물로 전환 (연령 제한)

SOOP 운영정책: https://www.sooplive.co.kr/policy/operation

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP (AfreecaTV) customer-centre result notice",
    why="VODs deleted: removed; post switched to 19+ only: restricted; the policy link is not an item",
    items={S[1]: "removed", S[2]: "removed", S[3]: "restricted"},
)

case(
    name="soop-english-bullets",
    **{"from": "trust@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date=d("2024-09-09 09:30"),
    subject="Re: [KCSC-240905-04] Obscene content on SOOP",
    reply_to_req="req-240905-04",
    body=f"""Hello,

Update on KCSC-240905-04:

* {S[3]}
  Removed for breaking our adult content policy.

* {S[1]}
  Not found. The streamer deleted this VOD before our review and no copy remains on our servers.

Regards,
SOOP Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="English trust-and-safety update with bullets, status under each URL",
    why="removed; deleted by the streamer before review is not_found",
    items={S[3]: "removed", S[1]: "not_found"},
)

case(
    name="fmkorea-korean-particles",
    **{"from": "admin@fmkorea.com"},
    name_from=h("에펨코리아 운영팀"),
    date=d("2024-09-07 11:20"),
    subject=h("Re: [KCSC-240906-05] 개인정보 노출 게시물 시정요구"),
    reply_to_req="req-240906-05",
    body=f"""안녕하세요, 에펨코리아 운영팀입니다.

{F[1]} 는 실명과 연락처가 노출된 글로 확인되어 삭제 처리하였습니다.
{F[2]} 은 언론 보도 내용을 인용한 글이며 개인정보 노출에 해당하지 않아 게시를 유지합니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="community site operator reply, URL followed by a Korean particle",
    why="deleted: removed; kept because no personal data: rejected",
    items={F[1]: "removed", F[2]: "rejected"},
)

case(
    name="inven-sole-one-item",
    **{"from": "support@inven.co.kr"},
    name_from=h("인벤 고객지원"),
    date=d("2024-09-10 10:10"),
    subject=h("Re: [KCSC-240909-06] 게시물 삭제 요청"),
    reply_to_req="req-240909-06",
    body="""안녕하세요. 인벤 고객지원팀입니다.

요청하신 게시물은 확인 후 삭제 조치하였으며, 작성자에게는 게시판 이용 제한 7일을 적용했습니다.

인벤 고객지원팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Inven support reply to a one-item request",
    why="a statement without URL about the only item of a one-item request applies",
    items={I1: "removed"},
)

case(
    name="clien-glued-particle",
    **{"from": "admin@clien.net"},
    name_from=h("클리앙 운영진"),
    date=d("2024-09-11 17:35"),
    subject=h("Re: [KCSC-240910-07] 게시물 조치 요청"),
    reply_to_req="req-240910-07",
    body=f"""요청번호 KCSC-240910-07 관련하여 회신드립니다.

{C[1]}은 회원 간 정치 토론 글로, 특정인을 지목한 허위사실이 확인되지 않아 삭제하지 않고 유지하기로 했습니다.

{C[2]} 게시물은 실명을 들어 비방한 글이어서 운영진이 삭제했습니다.

클리앙 운영진
""",
    outcome="applied",
    classification="confirmation",
    imitates="Clien admin reply, Korean particle glued to the URL",
    why="kept with a reason: rejected; deleted by admins: removed",
    items={C[1]: "rejected", C[2]: "removed"},
)

case(
    name="naver-ack-plus-statements",
    **{"from": "help@naver.com"},
    name_from=h("네이버 고객센터"),
    date=d("2024-09-05 09:05"),
    subject=h("[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240902-01)"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버 고객센터입니다.
문의가 접수되었습니다. (접수번호 NV-8830117)

카페 담당 부서 확인 결과, 아래 두 게시물은 카페 운영원칙 위반(불법 도박 홍보)으로 삭제되었습니다.
{N[4]}
{N[5]}

더 궁금하신 점은 고객센터로 문의해 주세요.
https://help.naver.com/service/5626/

네이버 고객센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER customer-centre answer opening with a receipt line",
    why="receipt phrase plus unhedged statement naming both URLs: not an acknowledgement; help link is not an item",
    items={N[4]: "removed", N[5]: "removed"},
)

case(
    name="naver-angle-brackets-original-message",
    **{"from": "cafe-policy@navercorp.com"},
    name_from=h("네이버 카페 운영팀"),
    date=d("2024-09-06 15:50"),
    subject=h("RE: [KCSC-240902-01] 시정요구"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 아래 두 건의 처리 결과입니다.

<{N[6]}> 블라인드 처리되었습니다.
<{N[7]}> 해당 주소의 게시물을 찾을 수 없습니다 (잘못된 주소이거나 이미 삭제된 질문).

네이버 카페 운영팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 2:00 PM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 시정요구

{plain_request("KCSC-240902-01", [N[i] for i in range(1, 13)])}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply, URLs in angle brackets, request below -----Original Message-----",
    why="블라인드 removed, cannot be found not_found; the unquoted original request changes nothing",
    items={N[6]: "removed", N[7]: "not_found", N[8]: "pending", N[11]: "pending"},
)

DC_ROWS = [
    (D[1], "Deleted", "운영자 삭제"),
    (D[2], "Deleted", "운영자 삭제"),
    (D[3], "Not found", "already deleted by the author"),
    (D[4], "Kept", "no violation found after review"),
    (D[5], "Restricted", "성인인증 게시물로 전환 (adult verification required)"),
]
dc_text = "Results for KCSC-240903-02\n\n" + "\n".join(
    f"{i}. {u} | {r} | {n}" for i, (u, r, n) in enumerate(DC_ROWS, 1)) + "\n\nDCInside Report Team\n"
dc_html = ("<html><body><p>Results for KCSC-240903-02</p>\n<table border=\"1\">\n"
           "<tr><th>No</th><th>URL</th><th>Result</th><th>Note</th></tr>\n" +
           "\n".join(f"<tr><td>{i}</td><td><a href=\"{u.replace('&', '&amp;')}\">"
                     f"{u.replace('&', '&amp;')}</a></td><td>{r}</td><td>{n}</td></tr>"
                     for i, (u, r, n) in enumerate(DC_ROWS, 1)) +
           "\n</table>\n<p>DCInside Report Team</p></body></html>")
case(
    name="dc-html-table-alternative",
    **{"from": "report@dcinside.com"},
    name_from="DCInside Report Team",
    date=d("2024-09-09 11:00"),
    subject="[DCInside] KCSC-240903-02 processing results",
    reply_to_req="req-240903-02",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="dc-alt-7731"

--dc-alt-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dc_text}
--dc-alt-7731
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{dc_html}
--dc-alt-7731--
""",
    outcome="applied",
    classification="confirmation",
    imitates="abuse-desk result table, multipart/alternative text + HTML",
    why="Deleted removed, Not found not_found, Kept (no violation) rejected, adult verification restricted",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "rejected",
           D[5]: "restricted"},
)

N8_WRAP = N[8].replace("&docId=", "&\n  docId=")
case(
    name="naver-wrapped-url-in-brackets",
    **{"from": "kin-help@navercorp.com"},
    name_from=h("네이버 지식iN 운영팀"),
    date=d("2024-09-09 16:25"),
    subject=h("Re: [KCSC-240902-01] 지식iN 게시물 처리"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 지식iN 운영팀입니다.

다음 두 질문은 운영원칙 위반으로 삭제되었습니다.

 <{N[7]}>
 <{N8_WRAP}>

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="reply whose mail client wrapped a long URL inside angle brackets",
    why="both questions stated deleted; the second URL is wrapped inside <> at '&'",
    items={N[7]: "removed", N[8]: "removed"},
)

soop_html = f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:'Malgun Gothic'">
<p>안녕하세요, SOOP 운영팀입니다.</p>
<p>KCSC-240905-04 요청 건의 처리 결과입니다.</p>
<ul>
<li><a href="{S[2]}">{S[2]}</a> : 운영정책 위반(음란물)으로 영구 삭제했습니다.</li>
<li><a href="{S[1]}">{S[1]}</a> : 19세 미만 이용자의 접근을 제한했습니다 (청소년 이용불가 설정).</li>
</ul>
<p>감사합니다.<br>SOOP 운영팀</p>
</div></body></html>
"""
case(
    name="soop-html-quoted-printable",
    **{"from": "operation@sooplive.co.kr"},
    name_from=h("SOOP 운영팀"),
    date=d("2024-09-10 14:45"),
    subject=h("[SOOP] KCSC-240905-04 처리 결과"),
    reply_to_req="req-240905-04",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(soop_html)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="HTML notice in quoted-printable (Korean webmail style)",
    why="permanent deletion removed; access limited for minors (age restriction) restricted",
    items={S[2]: "removed", S[1]: "restricted"},
)

case(
    name="fmkorea-english-gmail-quote",
    **{"from": "report@fmkorea.com"},
    name_from="FM Korea Admin",
    date=d("2024-09-08 20:15"),
    subject="Re: [KCSC-240906-05] Personal data exposure",
    reply_to_req="req-240906-05",
    body=f"""Hi,

Thanks for the notice.

{F[1]} - we cannot find this document. It does not exist in our database, maybe the number was mistyped.
{F[2]} - taken down, and the author's account is suspended.

FM Korea Admin

2024년 9월 6일 (금) 오전 9:40, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240906-05", [F[1], F[2]])}
""",
    outcome="applied",
    classification="confirmation",
    imitates="English reply over a Korean Gmail quote header (님이 작성:)",
    why="does not exist is not_found; taken down is removed",
    items={F[1]: "not_found", F[2]: "removed"},
)

case(
    name="clien-fullwidth-punctuation",
    **{"from": "cs@clien.net"},
    name_from=h("클리앙 고객센터"),
    date=d("2024-09-12 10:40"),
    subject=h("[클리앙] 요청 게시물 처리 안내"),
    reply_to_req="req-240910-07",
    body=f"""안녕하세요, 클리앙입니다.

신고해 주신 게시물（{C[2]}）은 운영진이 삭제 처리했습니다.
다른 게시물（{C[1]}）은 검토 결과 운영규칙 위반이 아니어서 그대로 둡니다.

클리앙 고객센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean notice with URLs inside full-width parentheses",
    why="deleted removed; not a rule violation, left up: rejected",
    items={C[2]: "removed", C[1]: "rejected"},
)

csv_daum = (
    "url,status,reason\n"
    f"{K[1]},removed,illegal goods (cafe policy)\n"
    f"{K[2]},removed,illegal goods (cafe policy)\n"
    f"{K[3]},temporarily restricted,임시조치 30 days\n"
    f"{K[4]},not found,page does not exist\n"
)
case(
    name="daum-csv-english",
    **{"from": "dsa-contact@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date=d("2024-09-11 09:00"),
    subject="KCSC-240904-03 - outcome report (CSV)",
    reply_to_req="req-240904-03",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kk-b-20240911"

--kk-b-20240911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear KCSC,

Please find attached the outcome for every URL of request KCSC-240904-03.

Kakao Trust & Safety

--kk-b-20240911
Content-Type: text/csv; name="outcome_KCSC-240904-03.csv"
Content-Disposition: attachment; filename="outcome_KCSC-240904-03.csv"
Content-Transfer-Encoding: base64

{b64(csv_daum)}
--kk-b-20240911--
""",
    outcome="applied",
    classification="confirmation",
    imitates="outcome report as a CSV attachment (percent-encoded Tistory URLs)",
    why="CSV rows: removed, removed, temporarily restricted, not found",
    items={K[1]: "removed", K[2]: "removed", K[3]: "restricted", K[4]: "not_found"},
)

case(
    name="naver-echoed-report-form",
    **{"from": "noreply-report@navercorp.com"},
    name_from=h("네이버 신고센터"),
    date=d("2024-09-10 11:30"),
    subject=h("[네이버 신고센터] 신고하신 게시물 처리 결과 안내"),
    body=f"""[네이버 신고센터] 처리 결과 안내

방송통신심의위원회 님, 신고하신 게시물의 처리 결과를 알려드립니다.

신고번호: KCSC-240902-01
신고 URL: {N[9]}
처리 결과: 게시중단 완료

신고 URL: {N[10]}
처리 결과: 조치 불가 - 운영정책 위반 사항이 확인되지 않았습니다.

신고 URL: {N[11]}
처리 결과: 존재하지 않는 게시물 (작성자 삭제)

본 메일은 발신 전용입니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="report-centre result mail echoing the report form fields",
    why="게시중단 removed, no violation rejected, non-existent post not_found",
    items={N[9]: "removed", N[10]: "rejected", N[11]: "not_found"},
)

# ======================================================== REVIEW (12)

case(
    name="naver-promise-sequential",
    **{"from": "policy@navercorp.com"},
    name_from=h("NAVER 정책지원"),
    date=d("2024-09-03 10:20"),
    subject=h("Re: [KCSC-240902-01] 시정요구 관련"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

아래 게시물은 내부 검토를 거쳐 순차적으로 게시중단 조치될 예정입니다.
{N[1]}
{N[2]}

조치가 끝나면 결과를 다시 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="portal reply promising removal (조치될 예정)",
    why="only a promise about named items: nothing changes",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="dc-under-review",
    **{"from": "report@dcinside.com"},
    name_from="DCInside Report Team",
    date=d("2024-09-04 15:00"),
    subject="Re: KCSC-240903-02 removal request",
    reply_to_req="req-240903-02",
    body=f"""Hello,

The following posts are under review by the gallery managers:
{D[1]}
{D[2]}

We will let you know the outcome once the review is finished.

DCInside Report Team
""",
    outcome="review",
    review="not_understood",
    imitates="English 'under review' holding reply naming items",
    why="under review is not a statement; the named items stay pending",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="soop-hedged-appears-deleted",
    **{"from": "cs@sooplive.co.kr"},
    name_from=h("SOOP 고객센터"),
    date=d("2024-09-06 09:10"),
    subject=h("Re: [KCSC-240905-04] VOD 확인 요청"),
    reply_to_req="req-240905-04",
    body=f"""안녕하세요. SOOP 고객센터입니다.

확인해 보니 아래 VOD들은 이미 삭제된 것으로 보입니다.
(It appears that these VODs have already been removed.)

{S[1]}
{S[2]}

정확한 처리 내역은 담당 부서 확인 후 다시 알려드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="customer-centre hedged answer (삭제된 것으로 보입니다)",
    why="'appears to' is a hedge, and the sender says the exact outcome will follow",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "policy@navercorp.com"},
    name_from=h("NAVER 정책지원"),
    date=d("2024-09-12 18:00"),
    subject=h("[회신] KCSC-240902-01 조치 완료"),
    reply_to_req="req-240902-01",
    body="""안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240902-01로 요청하신 12건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
네이버 정책지원팀
""",
    outcome="review",
    review="bulk",
    imitates="portal one-line 'all done' reply to a multi-item request",
    why="one statement for all twelve items without naming them: bulk review",
    items={N[i]: "pending" for i in range(1, 13)},
)

case(
    name="daum-bulk-english",
    **{"from": "dsa-contact@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date=d("2024-09-09 17:45"),
    subject="Re: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body="""Dear KCSC,

All of the content reported under KCSC-240904-03 has been removed from Daum Cafe and Tistory.

Kind regards,
Kakao Trust & Safety
""",
    outcome="review",
    review="bulk",
    imitates="English 'all reported content removed' reply",
    why="statement about all four items without naming any: bulk review",
    items={K[i]: "pending" for i in range(1, 5)},
)

case(
    name="dc-dmarc-fail",
    **{"from": "help@dcinside.com"},
    name_from=h("디시인사이드 고객센터"),
    auth="fail",
    date=d("2024-09-05 08:20"),
    subject=h("[디시인사이드] 게시물 삭제 완료 안내 (KCSC-240903-02)"),
    reply_to_req="req-240903-02",
    body=f"""안녕하세요. 디시인사이드 고객센터입니다.

요청하신 게시물을 삭제하였습니다.
- {D[1]}
- {D[2]}

감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="DC Inside result notice arriving with failed DKIM/SPF/DMARC",
    why="platform domain but authentication failed: untrusted, nothing applied",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="lawfirm-unknown-sender",
    **{"from": "jh.lee@hangyeol-law.example"},
    name_from=h("법무법인 한결 이정훈 변호사"),
    date=d("2024-09-04 13:30"),
    subject=h("KCSC-240902-01 관련 게시자 측 의견 전달"),
    body=f"""방송통신심의위원회 담당자님께,

저희 법무법인은 블로그 운영자 박모 씨를 대리하고 있습니다.
의뢰인은 {N[3]} 게시물을 9월 3일 스스로 삭제하였음을 알려드립니다.
관련하여 의견 진술 기회를 요청드립니다.

법무법인 한결 변호사 이정훈 드림
""",
    outcome="review",
    review="unknown_sender",
    imitates="law firm writing for a blogger about a requested post",
    why="not from any platform: cannot change the item, goes to review",
    items={N[3]: "pending"},
)

case(
    name="daum-search-wrong-platform",
    **{"from": "search-policy@kakaocorp.com"},
    name_from=h("Daum 검색 정책팀"),
    date=d("2024-09-05 16:10"),
    subject=h("[Daum 검색] 검색결과 삭제 처리 안내"),
    body=f"""안녕하세요, Daum 검색 정책팀입니다.

방송통신심의위원회에서 공유해 주신 게시물과 관련하여, 아래 주소를 Daum 검색 결과에서 삭제하였습니다.

{N[3]}

원본 게시물은 네이버 블로그에 있으므로 원문 삭제는 해당 서비스에 요청해 주시기 바랍니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="search engine de-indexing notice about another portal's post",
    why="Kakao states a removal for a NAVER item: wrong platform, not applied",
    items={N[3]: "pending"},
)

case(
    name="naver-asks-for-documents",
    **{"from": "cafe-policy@navercorp.com"},
    name_from=h("네이버 카페 운영팀"),
    date=d("2024-09-04 11:15"),
    subject=h("Re: [KCSC-240902-01] 추가 자료 요청"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버 카페 운영팀입니다.

아래 두 게시물은 사행성 여부 판단을 위해 추가 확인이 필요합니다.
{N[5]}
{N[6]}

위원회 심의 의결서 사본을 보내 주시면 확인 후 조치하겠습니다.

감사합니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="portal asking for the deliberation decision before acting",
    why="asks for documents; no statement about the two items",
    items={N[5]: "pending", N[6]: "pending"},
)

case(
    name="naver-policy-newsletter",
    **{"from": "partner-news@navercorp.com"},
    name_from=h("NAVER 파트너 소식"),
    date=d("2024-09-11 10:00"),
    subject=h("[NAVER] 운영정책 개정 안내 (2024년 10월 시행)"),
    body="""안녕하세요, 네이버입니다.

2024년 10월 1일부터 블로그·카페 운영정책 일부가 개정됩니다.
주요 변경 사항은 불법 사행성 광고에 대한 제재 기준 강화와 신고 처리 절차 안내 개선입니다.

자세한 내용은 운영정책 페이지에서 확인하실 수 있습니다.
https://policy.naver.com/policy/service_operation.html

감사합니다.
NAVER
""",
    outcome="review",
    review="no_claims",
    imitates="platform policy-change newsletter sent to the takedown mailbox",
    why="trusted platform mail naming no item and no request: no_claims",
    items={},
)

case(
    name="soop-bilingual-conflict",
    **{"from": "trust@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date=d("2024-09-11 13:20"),
    subject=h("[SOOP] KCSC-240905-04 결과 / Result"),
    reply_to_req="req-240905-04",
    body=f"""[한국어]
{S[2]} VOD는 운영정책 위반으로 삭제 완료되었습니다.

[English]
{S[2]} : no violation was found after review; the VOD remains available.

SOOP Trust & Safety
""",
    outcome="review",
    review="conflicting_statements",
    imitates="bilingual notice whose Korean and English parts disagree",
    why="the same item is stated removed and kept in one email",
    items={S[2]: "pending"},
)

case(
    name="naver-zendesk-dmarc-fail",
    **{"from": "support@naver.com"},
    name_from="NAVER Support",
    auth="fail",
    date=d("2024-09-06 21:10"),
    subject="[NAVER Support] Update on your request KCSC-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""Hello,

The following blog posts have been taken down:
{N[1]}
{N[12]}

Thank you for your patience.
NAVER Support
""",
    outcome="review",
    review="untrusted",
    imitates="support desk mail sent through a ticketing tool, failing DMARC for naver.com",
    why="authentication failed for the platform's domain: untrusted",
    items={N[1]: "pending", N[12]: "pending"},
)

# ======================================================== IGNORED (7)

case(
    name="naver-inquiry-receipt",
    **{"from": "help@naver.com"},
    name_from=h("네이버 고객센터"),
    date=d("2024-09-02 14:03"),
    subject=h("[네이버 고객센터] 문의 접수 완료 안내"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: NV-8829954
 - 문의 제목: [KCSC-240902-01] 불법 사행성 정보 시정요구

영업일 기준 3일 이내에 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER customer-centre 문의 접수 완료 receipt",
    why="pure receipt with a ticket number, no item",
    items={},
)

case(
    name="dc-out-of-office",
    **{"from": "minsu.kang@dcinside.com"},
    name_from=h("강민수"),
    date=d("2024-09-03 10:31"),
    subject=h("[부재중] Re: [KCSC-240903-02] 명예훼손 게시물 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 강민수입니다.
9월 3일부터 9월 6일까지 휴가로 부재중입니다.
급한 용무는 help@dcinside.com 으로 연락 주시기 바랍니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중)",
    why="out-of-office reply",
    items={},
)

fm_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: admin@fmkorea.com
Subject: {h("[KCSC-240906-05] 개인정보 노출 게시물 시정요구")}
Message-ID: <req-240906-05@kcsc.example>
Date: {d("2024-09-06 09:40")}

{plain_request("KCSC-240906-05", [F[1], F[2]])}
"""
case(
    name="fmkorea-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.fmkorea.com"},
    name_from="Mail Delivery System",
    date=d("2024-09-06 09:41"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-fm-0906"

--dsn-fm-0906
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.fmkorea.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<admin@fmkorea.com>: host mail.fmkorea.com[203.0.113.40] said: 550 5.1.1
    <admin@fmkorea.com>: Recipient address rejected: User unknown

--dsn-fm-0906
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.fmkorea.com
Arrival-Date: {d("2024-09-06 09:40")}

Final-Recipient: rfc822; admin@fmkorea.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-fm-0906
Content-Type: message/rfc822

{fm_orig}
--dsn-fm-0906--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN returning the request (user unknown)",
    why="delivery failure report; the URLs are in the returned request",
    items={F[1]: "pending", F[2]: "pending"},
)

case(
    name="soop-mdn-read",
    **{"from": "cs@sooplive.co.kr"},
    name_from=h("SOOP 고객센터"),
    date=d("2024-09-05 16:22"),
    subject=h("읽음: [KCSC-240905-04] 음란 콘텐츠 시정요구"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-soop-1"

--mdn-soop-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.
제목: [KCSC-240905-04] 음란 콘텐츠 시정요구
읽은 시각: 2024-09-05 16:22

--mdn-soop-1
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; Webmail
Final-Recipient: rfc822; cs@sooplive.co.kr
Original-Message-ID: <req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-soop-1--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="webmail read receipt (읽음) as an RFC 8098 MDN",
    why="read receipt",
    items={},
)

case(
    name="daum-ticket-receipt-english",
    **{"from": "no-reply@kakaocorp.com"},
    name_from="Kakao Customer Service",
    date=d("2024-09-04 11:02"),
    subject="[Kakao] We received your report (Ticket #KR-20240904-55102)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thank you for contacting Kakao. We have received your report regarding KCSC-240904-03.
Ticket number: KR-20240904-55102

Our team will review it and reply to this address. Please do not reply to this email.

Kakao Customer Service
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="ticket-system receipt (Zendesk-like)",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="clien-ooo-quoting-request",
    **{"from": "park.admin@clien.net"},
    name_from="Clien Admin (Park)",
    date=d("2024-09-10 15:01"),
    subject=h("Automatic reply: [KCSC-240910-07] 게시물 조치 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""I am out of the office until 16 September with limited access to email.
9월 16일까지 부재중입니다. 급한 건은 cs@clien.net 으로 보내 주세요.

> {C[1]}
> {C[2]}
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' quoting the request URLs",
    why="out-of-office auto-reply, the quoted URLs say nothing",
    items={C[1]: "pending", C[2]: "pending"},
)

daum_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: greenleaf420@daum.net
Subject: [KCSC-240904-03] notice to cafe manager
Message-ID: <req-240904-03-cc@kcsc.example>
Date: {d("2024-09-04 11:00")}

{plain_request("KCSC-240904-03", [K[1], K[2]])}
"""
case(
    name="daum-bounce-quota",
    **{"from": "MAILER-DAEMON@daum.net"},
    name_from="Mail Delivery Subsystem",
    date=d("2024-09-04 11:05"),
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="daum-dsn-44"

--daum-dsn-44
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일을 전달하지 못했습니다. 수신자의 메일함 용량이 가득 찼습니다.
Delivery to greenleaf420@daum.net failed: mailbox quota exceeded.

--daum-dsn-44
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.daum.net

Final-Recipient: rfc822; greenleaf420@daum.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--daum-dsn-44
Content-Type: message/rfc822

{daum_orig}
--daum-dsn-44--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Daum mail DSN (mailbox full) returning a copy of the request",
    why="bounce; the returned request's URLs change nothing",
    items={K[1]: "pending", K[2]: "pending"},
)


HEADER = """# Blind set 195 (Korean portals and community sites): expected results
# written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind195", HEADER, cases)
    print(f"{len(cases)} cases")
