#!/usr/bin/env python3
"""Blind set 621: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Inven, Clien, FM Korea, with Nate and Ppomppu configured),
mixing Korean and English, plus the doubtful and ignorable mail a
regulator's mailbox receives.

    python3 tests/corpus/blind621/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before any run of
the reader. All names, ids and URLs are fictional.
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(s):
    """'2024-09-05 14:22' (KST) -> RFC 5322 date."""
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=KST))


# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/dalbit_story/223551904417",
    2: "https://blog.naver.com/dalbit_story/223551907788",
    3: "https://blog.naver.com/moon_river88/223560014422",
    4: "https://cafe.naver.com/joonggomarket77/481223",
    5: "https://cafe.naver.com/joonggomarket77/481301",
    6: "https://cafe.naver.com/hanbit_invest/20931",
    7: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40402&docId=471882231",
    8: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40402&docId=471890017",
    9: "https://in.naver.com/%EB%8B%AC%EB%B9%9B%EB%8B%A4%EB%B0%A9/contents/internal/712330",
    10: "https://blog.naver.com/PostView.naver?blogId=grayowl_02&logNo=223571100998",
    11: "https://m.blog.naver.com/grayowl_02/223571102345",
    12: "https://post.naver.com/viewer/postView.naver?volumeNo=38110225&memberNo=55120931",
    13: "https://cafe.naver.com/hanbit_invest/20955",
}
N9_RAW = "https://in.naver.com/달빛다방/contents/internal/712330"
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120334",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120871",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=551023",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=551190",
    5: "https://gall.dcinside.com/mini/board/view/?id=moonlight_diary&no=3310",
}
K = {
    1: "https://cafe.daum.net/silverwave/Zt8k/10233",
    2: "https://cafe.daum.net/silverwave/Zt8k/10251",
    3: "https://cafe.daum.net/gogo_trade/7Hq2/5512",
    4: "https://brunch.co.kr/@inkpot/214",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131250447",
    2: "https://vod.sooplive.co.kr/player/131250902",
    3: "https://ch.sooplive.co.kr/nightowl_kr/post/94412017",
}
F = {
    1: "https://www.fmkorea.com/7421503318",
    2: "https://www.fmkorea.com/best/7421588120",
}
I1 = "https://www.inven.co.kr/board/lostark/5355/998217"
C = {
    1: "https://www.clien.net/service/board/park/18771234",
    2: "https://www.clien.net/service/board/cm_car/18770021",
}

REQUESTS = [
    # ref, platform, sent, due, urls, category, msgid-local, note
    ("KCSC-240903-01", "naver", "2024-09-03", "2024-09-10", [N[i] for i in range(1, 14)],
     "불법정보", "req-240903-01",
     "블로그·카페·지식iN·인플루언서·포스트 13건, one Korean path (달빛다방)"),
    ("KCSC-240905-02", "dcinside", "2024-09-05", "2024-09-12", [D[i] for i in range(1, 6)],
     "불법정보", "req-240905-02", "갤러리, 마이너 갤러리, 미니 갤러리"),
    ("KCSC-240906-03", "daum", "2024-09-06", "2024-09-13", [K[i] for i in range(1, 5)],
     "권리침해", "req-240906-03", "Daum cafe and brunch (Kakao), \"same desk\""),
    ("KCSC-240909-04", "soop", "2024-09-09", "2024-09-16", [S[i] for i in range(1, 4)],
     "유해정보", "req-240909-04", "two VODs, one channel post"),
    ("KCSC-240910-05", "fmkorea", "2024-09-10", "2024-09-17", [F[1], F[2]],
     "불법정보", "req-240910-05", ""),
    ("KCSC-240911-06", "inven", "2024-09-11", "2024-09-18", [I1],
     "권리침해", "req-240911-06", "one post"),
    ("KCSC-240912-07", "clien", "2024-09-12", "2024-09-19", [C[1], C[2]],
     "불법정보", "req-240912-07", "park, cm_car"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의 담당입니다.",
        "",
        f"아래 정보에 대하여 시정요구(참조: {ref})를 드리오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC 통신심의국 드림"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def alt(text, html, boundary, html_b64=False, text_qp=False):
    tenc, tbody = ("quoted-printable", qp(text)) if text_qp else ("8bit", text)
    henc, hbody = ("base64", b64(html)) if html_b64 else ("8bit", html)
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: {tenc}

{tbody.rstrip()}

--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: {henc}

{hbody.rstrip()}

--{boundary}--
"""


CASES = []


def case(**c):
    # Real mailers encode a non-ASCII display name (RFC 2047).
    nm = c.get("name_from")
    if nm and not nm.isascii():
        c["name_from"] = "=?UTF-8?B?" + base64.b64encode(nm.encode("utf-8")).decode("ascii") + "?="
    CASES.append(c)


# ======================================================================
# NAVER (KCSC-240903-01, 13 items)
# ======================================================================

naver_table_text = f"""방송통신심의위원회 귀중

2024. 9. 3.자 시정요구(KCSC-240903-01)에 대한 조치 결과를 아래와 같이 회신드립니다.

번호 | URL | 서비스 | 조치 결과 | 조치일
1 | {N[1]} | 블로그 | 삭제 | 2024-09-05
2 | {N[2]} | 블로그 | 임시조치(30일) | 2024-09-05
3 | {N[4]} | 카페 | 게시중단 | 2024-09-05
4 | {N[7]} | 지식iN | 게시물 없음(작성자 삭제) | -
5 | {N9_RAW} | 인플루언서 | 삭제 | 2024-09-05

나머지 8건은 검토가 진행 중이며, 결과는 확인되는 대로 별도로 회신드리겠습니다.
네이버 운영정책: https://policy.naver.com/policy/service.html

네이버 주식회사 정책지원팀 드림
"""
naver_table_rows = "".join(
    f"<tr><td>{n}</td><td><a href=\"{u}\">{u}</a></td><td>{svc}</td><td>{res}</td><td>{day}</td></tr>\n"
    for n, u, svc, res, day in [
        (1, N[1], "블로그", "삭제", "2024-09-05"),
        (2, N[2], "블로그", "임시조치(30일)", "2024-09-05"),
        (3, N[4], "카페", "게시중단", "2024-09-05"),
        (4, N[7].replace("&", "&amp;"), "지식iN", "게시물 없음(작성자 삭제)", "-"),
        (5, N9_RAW, "인플루언서", "삭제", "2024-09-05"),
    ]
)
naver_table_html = f"""<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 귀중</p>
<p>2024. 9. 3.자 시정요구(KCSC-240903-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>서비스</th><th>조치 결과</th><th>조치일</th></tr>
{naver_table_rows}</table>
<p>나머지 8건은 검토가 진행 중이며, 결과는 확인되는 대로 별도로 회신드리겠습니다.<br>
<a href="https://policy.naver.com/policy/service.html">네이버 운영정책</a></p>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>"""
case(
    name="naver-siljeong-result-html-table",
    **{"from": "policy@navercorp.com"},
    date=d("2024-09-05 17:40"),
    subject="[네이버] 시정요구 조치결과 회신 (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    raw_mime=alt(naver_table_text, naver_table_html, "nv-5f1a-0905", html_b64=True),
    outcome="applied",
    imitates="시정요구 조치결과 회신 table from a Korean portal's policy team (HTML base64 + text)",
    why="five rows with item-level results; 임시조치 is restricted; the raw Korean path matches the encoded item; the other 8 are only promised",
    items={N[1]: "removed", N[2]: "restricted", N[4]: "removed", N[7]: "not_found", N[9]: "removed"},
)

case(
    name="naver-blind-prose-ko",
    **{"from": "right-help@naver.com"},
    name_from="네이버 게시중단 요청 서비스",
    date=d("2024-09-06 10:15"),
    subject="Re: KCSC-240903-01 게시중단 요청 처리 안내",
    body=f"""안녕하세요, 네이버 게시중단 요청 서비스 담당자입니다.

KCSC-240903-01 건으로 요청하신 게시물에 대해 안내드립니다.

{N[3]} 및
{N[10]}
두 게시물은 오늘 오전 블라인드 처리되었습니다.

{N[11]} 는 검토 결과 관련 법령이나 블로그 운영정책을 위반한 사항이 확인되지 않아 게시를 유지하기로 하였습니다. 해당 글은 제품 사용 후기로, 특정인을 식별할 수 있는 정보가 포함되어 있지 않습니다.

추가 자료가 있으시면 회신 주십시오.
감사합니다.
""",
    outcome="applied",
    imitates="NAVER 게시중단 요청 서비스 result mail (블라인드 / 게시 유지)",
    why="two posts 블라인드 처리 (removed); the mobile-blog post kept with a reason (rejected)",
    items={N[3]: "removed", N[10]: "removed", N[11]: "rejected"},
)

naver_csv = f"""번호,URL,조치결과,비고
1,{N[4]},삭제,
2,{N[5]},삭제,
3,{N[6]},접근 제한,청소년 유해 - 성인 인증 후 열람
4,{N[13]},게시물 없음,작성자가 이미 삭제
"""
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    date=d("2024-09-06 16:02"),
    subject="KCSC-240903-01 카페 게시물 조치 결과 (첨부)",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-mix-0906"

--nv-mix-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하십니까. 네이버 정책지원팀입니다.

KCSC-240903-01 중 카페 게시물 4건의 처리 결과를 첨부 파일로 보내드립니다.
확인 부탁드립니다.

--nv-mix-0906
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240903-01_cafe.csv"
Content-Disposition: attachment; filename="result_KCSC-240903-01_cafe.csv"
Content-Transfer-Encoding: base64

{b64(naver_csv).rstrip()}
--nv-mix-0906--
""",
    outcome="applied",
    imitates="portal policy team sending results as a spreadsheet attachment",
    why="CSV rows: two 삭제 (removed), one 접근 제한 for minors (restricted), one 게시물 없음 (not_found)",
    items={N[4]: "removed", N[5]: "removed", N[6]: "restricted", N[13]: "not_found"},
)

case(
    name="naver-en-top-posted-over-request",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="Jiwoo Han",
    date=d("2024-09-06 18:31"),
    subject="Re: [KCSC-240903-01] 시정요구",
    reply_to_req="req-240903-01",
    body=f"""Dear KCSC team,

An update on two of the posts in your request:

- {N[8]} has been deleted for breaching the Knowledge iN operating policy.
- {N[12]} was reviewed and will stay up. It is a summary of a published news article and does not break Korean law or our policies.

Best regards,
Jiwoo Han
Trust & Safety, NAVER Corp.

On Tue, Sep 3, 2024 at 10:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", [N[i] for i in range(1, 14)])}
""",
    outcome="applied",
    imitates="English reply of a portal's trust & safety staff, top-posted over the quoted request",
    why="one deleted, one refused with its reason; the 13 quoted URLs below say nothing",
    items={N[8]: "removed", N[12]: "rejected"},
)

case(
    name="naver-url-then-status-below",
    **{"from": "policy@navercorp.com"},
    date=d("2024-09-07 09:20"),
    subject="KCSC-240903-01 처리 결과",
    body=f"""요청 건별 처리 결과입니다.

{N[1]}
→ 게시중단 완료

{N[2]}
→ 게시중단 완료

{N[6]}
→ 해당 게시물 없음 (작성자가 이미 삭제함)

네이버 정책지원팀
""",
    outcome="applied",
    imitates="short per-URL result list from a portal desk, status on the line below each URL",
    why="two 게시중단 (removed), one already deleted by its author (not_found)",
    items={N[1]: "removed", N[2]: "removed", N[6]: "not_found"},
)

case(
    name="naver-kin-angle-brackets",
    **{"from": "kin-help@naver.com"},
    name_from="네이버 지식iN",
    date=d("2024-09-05 13:05"),
    subject="[지식iN] 신고 게시물 처리 안내 - KCSC-240903-01",
    body=f"""안녕하세요. 네이버 지식iN 운영팀입니다.

방송통신심의위원회에서 요청하신 질문 <{N[7]}>과
<{N[8]}>은 운영원칙 위반으로 운영자 삭제 처리되었습니다.

삭제된 게시물은 작성자에게 사유가 안내되며 복구되지 않습니다.

네이버 지식iN 운영팀 드림
""",
    outcome="applied",
    imitates="NAVER 지식iN operator-deletion notice",
    why="both questions, in angle brackets followed by particles, are 운영자 삭제 (removed)",
    items={N[7]: "removed", N[8]: "removed"},
)

case(
    name="naver-qp-age-restricted",
    **{"from": "policy@navercorp.com"},
    date=d("2024-09-09 11:48"),
    subject="=?UTF-8?B?" + base64.b64encode("KCSC-240903-01 블로그 게시물 조치 안내".encode()).decode() + "?=",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""안녕하십니까, 네이버 정책지원팀입니다.

요청하신 블로그 게시물 2건의 조치 내용을 알려드립니다.

{N[11]}
위 게시물은 청소년에게 부적합한 내용이 포함되어 있어, 19세 미만 이용자는 볼 수 없도록 성인 인증 후 열람으로 접근을 제한했습니다.

{N[10]}
위 게시물은 삭제되었습니다.

감사합니다.
"""),
    outcome="applied",
    imitates="Korean portal notice in a quoted-printable body with an encoded subject",
    why="age gate for minors (restricted) and a plain deletion (removed), each under its URL",
    items={N[11]: "restricted", N[10]: "removed"},
)

case(
    name="naver-wrapped-angle-url",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="Jiwoo Han",
    date=d("2024-09-10 15:10"),
    subject="KCSC-240903-01 - two more items",
    body=f"""Hello,

Two more items from KCSC-240903-01 have been taken down today:

<https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40402&
docId=471890017>

<{N[13]}>

Regards,
Jiwoo Han
NAVER Trust & Safety
""",
    outcome="applied",
    imitates="English note from a portal staffer whose client wrapped a long URL inside angle brackets",
    why="both taken down (removed); the first URL is wrapped inside <> as RFC 3986 appendix C allows",
    items={N[8]: "removed", N[13]: "removed"},
)

case(
    name="naver-statement-of-reasons-en",
    **{"from": "dsa-notice@navercorp.com"},
    name_from="NAVER Content Moderation",
    date=d("2024-09-08 20:02"),
    subject="Statement of reasons - your request KCSC-240903-01",
    body=f"""Statement of reasons

Content: {N[6]}
Decision: access to the content has been restricted in the Republic of Korea.
Facts and circumstances: the post was reported by the Korea Communications Standards Commission.
Ground: information prohibited under Article 44-7 of the Act on Promotion of Information and Communications Network Utilization.
Automated means: no automated means were used in taking this decision.
Redress: the uploader may appeal through https://help.naver.com/service/5600/contents/19224

NAVER Corporation, 95 Jeongjail-ro, Seongnam-si, Gyeonggi-do
""",
    outcome="applied",
    imitates="DSA-style statement of reasons adapted by a Korean portal",
    why="access restricted in Korea (restricted); the help-centre link is not an item",
    items={N[6]: "restricted"},
)

case(
    name="naver-receipt-plus-result",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date=d("2024-09-09 09:30"),
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240903-01)",
    body=f"""안녕하세요, 네이버 고객센터입니다.

보내주신 요청은 정상적으로 접수되었습니다. (접수번호 NV-2024-0909-44718)

담당 부서에서 확인한 결과, 아래 게시물은 삭제 완료되었습니다.
- {N[12]}
- {N[5]}

더 궁금하신 점은 고객센터(https://help.naver.com)로 문의해 주세요.
""",
    outcome="applied",
    imitates="NAVER customer-centre answer that opens with a receipt line",
    why="receipt phrase plus unhedged 삭제 완료 for two named items: not a mere acknowledgement",
    items={N[12]: "removed", N[5]: "removed"},
)

# ======================================================================
# DC Inside (KCSC-240905-02, 5 items)
# ======================================================================

case(
    name="dc-numbered-list-ko",
    **{"from": "legal@dcinside.com"},
    name_from="디시인사이드 법무팀",
    date=d("2024-09-06 11:12"),
    subject="RE: KCSC-240905-02 게시물 조치 결과",
    reply_to_req="req-240905-02",
    body=f"""안녕하세요. 디시인사이드입니다.
요청하신 게시물 처리 결과 회신드립니다.

1. {D[1]} - 삭제 완료
2. {D[2]} - 삭제 완료
3. {D[3]} - 이미 삭제된 게시물입니다 (작성자 본인 삭제)

나머지 2건은 해당 마이너 갤러리 매니저 확인 후 다시 연락드리겠습니다.

(주)디시인사이드 법무팀
""",
    outcome="applied",
    imitates="DC Inside legal desk numbered result list",
    why="two 삭제 완료 (removed), one deleted earlier by its author (not_found); the rest only promised",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dc-en-adult-and-refusal",
    **{"from": "support@dcinside.com"},
    name_from="DCInside Support",
    date=d("2024-09-07 14:40"),
    subject="Your request KCSC-240905-02",
    body=f"""Dear Sir or Madam,

Thank you for your patience. Our results for the remaining two posts:

{D[4]}
This post has been switched to adult-only viewing; users who have not verified they are 19 or older can no longer open it.

{D[5]}
We reviewed this post and will not remove it. It is a personal diary entry in a mini gallery, it names no one, and it breaks none of our rules.

Sincerely,
DCInside Support Team
""",
    outcome="applied",
    imitates="English support reply from a Korean community site",
    why="adult-only gate (restricted); refusal with a reason (rejected)",
    items={D[4]: "restricted", D[5]: "rejected"},
)

case(
    name="dc-korean-particles-fullwidth",
    **{"from": "legal@dcinside.com"},
    name_from="디시인사이드 법무팀",
    date=d("2024-09-06 19:05"),
    subject="KCSC-240905-02 관련",
    body=f"""담당자님 안녕하세요.

{D[2]}은 오늘 오후 게시중단 처리했습니다。
미니 갤러리 글（{D[5]}）도 삭제했습니다.

확인 부탁드립니다.
디시인사이드 법무팀 김도윤
""",
    outcome="applied",
    imitates="informal one-line replies of a community site's legal staff",
    why="URL glued to the particle 은 and one inside full-width parentheses; both removed",
    items={D[2]: "removed", D[5]: "removed"},
)

case(
    name="dc-echoed-report-form",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    date=d("2024-09-07 11:25"),
    subject="[디시인사이드] 신고 처리 결과 안내",
    body=f"""디시인사이드 신고센터입니다. 접수하신 신고의 처리 결과를 알려드립니다.

[신고 내용]
신고 번호: DCR-0907-2231
신고 URL: {D[3]}
신고 사유: 불법정보 (KCSC-240905-02)

[처리 결과]
처리 상태: 삭제 완료
처리 일시: 2024-09-07 11:20

[신고 내용]
신고 번호: DCR-0907-2232
신고 URL: {D[4]}
신고 사유: 불법정보 (KCSC-240905-02)

[처리 결과]
처리 상태: 게시물 없음 (존재하지 않는 게시물)
처리 일시: 2024-09-07 11:21

본 메일은 발신 전용입니다.
""",
    outcome="applied",
    imitates="report-centre result mail echoing the submitted report form",
    why="each echoed report block ends with its result: 삭제 완료 (removed), 게시물 없음 (not_found)",
    items={D[3]: "removed", D[4]: "not_found"},
)

# ======================================================================
# Daum / Kakao (KCSC-240906-03, 4 items)
# ======================================================================

case(
    name="daum-imsijochi-notice",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=d("2024-09-07 10:00"),
    subject="[카카오] 게시물 임시조치 결과 안내 (KCSC-240906-03)",
    body=f"""[카카오] 게시물 임시조치 결과 안내

요청 번호: KCSC-240906-03
서비스: Daum 카페

아래 게시물은 정보통신망법 제44조의2에 따라 임시조치되어 30일간 접근이 제한됩니다.

- {K[1]}
- {K[2]}

게시자가 30일 이내에 재게시를 요청하지 않으면 게시물은 삭제됩니다.
자세한 안내: https://cs.kakao.com/helps?service=98

Kakao Corp.
""",
    outcome="applied",
    imitates="Kakao/Daum 임시조치 result notice",
    why="임시조치, access limited 30 days: restricted now; the later deletion is only conditional",
    items={K[1]: "restricted", K[2]: "restricted"},
)

case(
    name="daum-brunch-en",
    **{"from": "trust@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date=d("2024-09-09 16:22"),
    subject="Re: KCSC-240906-03",
    reply_to_req="req-240906-03",
    body=f"""Hello,

Following your request:

The brunch story at {K[4]} has been unpublished by our team and is no longer publicly accessible.

We could not locate the cafe post at {K[3]}. The cafe "gogo_trade" was closed by its own manager on 4 September, before your request reached us, and the post no longer exists.

Kind regards,
Kakao Trust & Safety
""",
    outcome="applied",
    imitates="English reply of a Korean portal's trust & safety desk",
    why="unpublished and no longer accessible (removed); post no longer exists after the cafe closed (not_found)",
    items={K[4]: "removed", K[3]: "not_found"},
)

case(
    name="daum-outlook-quoted",
    **{"from": "seoyeon.park@kakaocorp.com"},
    name_from="박서연",
    date=d("2024-09-10 09:44"),
    subject="RE: [KCSC-240906-03] 시정요구",
    reply_to_req="req-240906-03",
    body=f"""안녕하세요, 카카오 박서연입니다.

{K[3]} 건은 블라인드 처리 완료했습니다.
게시자에게는 처리 사유가 별도로 안내되었습니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 2:10 PM
To: policy@kakaocorp.com
Subject: [KCSC-240906-03] 시정요구

{quoted_request("KCSC-240906-03", [K[i] for i in range(1, 5)], prefix="")}
""",
    outcome="applied",
    imitates="Outlook reply of a portal staffer over the un-prefixed original request",
    why="one item 블라인드 처리 (removed); the original request below the Outlook separator says nothing",
    items={K[3]: "removed"},
)

case(
    name="daum-bulleted-mixed",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date=d("2024-09-11 13:30"),
    subject="KCSC-240906-03 처리 현황",
    body=f"""KCSC-240906-03 처리 현황 공유드립니다.

• {K[1]} : 삭제 (임시조치 기간 중 게시자 소명 없음)
• {K[2]} : 게시물 없음 — 게시자가 직접 삭제
• {K[4]} : 발행 취소 (비공개 처리)

카카오 정책팀
""",
    outcome="applied",
    imitates="Kakao policy team bulleted status update",
    why="삭제 (removed), deleted by its author (not_found), 비공개 처리 (removed)",
    items={K[1]: "removed", K[2]: "not_found", K[4]: "removed"},
)

# ======================================================================
# SOOP (KCSC-240909-04, 3 items)
# ======================================================================

case(
    name="soop-en-vod-deleted",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP Policy Team",
    date=d("2024-09-10 12:05"),
    subject="[SOOP] Result of your request KCSC-240909-04",
    body=f"""Dear KCSC,

We have completed our review of the three items in your request.

* VOD {S[1]} - deleted
* VOD {S[2]} - deleted
* Channel post {S[3]} - set to private (비공개 처리) by our operations team

The streamer's account has also been suspended for 30 days under the SOOP operating policy.

SOOP Corp. Policy Team
""",
    outcome="applied",
    imitates="SOOP (formerly AfreecaTV) policy team result in English",
    why="two VODs deleted and a post made private: all removed",
    items={S[1]: "removed", S[2]: "removed", S[3]: "removed"},
)

soop_html = f"""<html><body>
<p>안녕하세요. SOOP 운영정책팀입니다.<br>요청번호 KCSC-240909-04에 대한 처리 결과를 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>대상</th><th>처리 결과</th></tr></thead>
<tbody>
<tr><td>{S[1]}</td><td>삭제</td></tr>
<tr><td>{S[2]}</td><td>19세 이상 시청 가능으로 변경 (연령 제한)</td></tr>
<tr><td>{S[3]}</td><td>위반 사항 없음 &mdash; 게시 유지</td></tr>
</tbody></table>
<p>처리 결과에 이의가 있으시면 본 메일로 회신해 주세요.</p>
<p style="color:#888">SOOP 운영정책팀 | <a href="https://www.sooplive.co.kr/policy">운영정책</a></p>
</body></html>"""
case(
    name="soop-html-table-ko",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP 운영정책팀",
    date=d("2024-09-11 17:20"),
    subject="[SOOP] 처리 결과 안내 (KCSC-240909-04)",
    type="html",
    body=soop_html,
    outcome="applied",
    imitates="HTML-only result table of a streaming platform's policy team",
    why="삭제 (removed), 19+ age limit (restricted), no violation kept up (rejected)",
    items={S[1]: "removed", S[2]: "restricted", S[3]: "rejected"},
)

case(
    name="soop-base64-plain-ko",
    **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date=d("2024-09-10 18:45"),
    subject="[SOOP] 문의 답변 - KCSC-240909-04",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""안녕하세요, SOOP 고객센터입니다.

채널 게시글 {S[3]} 은(는) 운영정책 위반으로 삭제 조치하였습니다.

VOD {S[1]} 은(는) 확인 결과 BJ 본인이 이미 삭제한 영상으로, 현재 존재하지 않습니다.

감사합니다.
"""),
    outcome="applied",
    imitates="customer-centre answer sent as a base64 plain-text body",
    why="post deleted (removed); VOD already deleted by the streamer himself (not_found)",
    items={S[3]: "removed", S[1]: "not_found"},
)

# ======================================================================
# FM Korea (KCSC-240910-05, 2 items)
# ======================================================================

case(
    name="fmk-two-lines",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영팀",
    date=d("2024-09-11 08:55"),
    subject="Re: KCSC-240910-05",
    reply_to_req="req-240910-05",
    body=f"""{F[1]} 삭제했습니다.
{F[2]} 는 작성자가 먼저 지운 글이라 이미 없습니다.

에펨코리아 운영팀
""",
    outcome="applied",
    imitates="two-line reply of a community site's admin",
    why="one deleted (removed), the other already deleted by its author (not_found)",
    items={F[1]: "removed", F[2]: "not_found"},
)

case(
    name="fmk-url-below-statement",
    **{"from": "report@fmkorea.com"},
    name_from="FM Korea",
    date=d("2024-09-12 10:10"),
    subject="[FM Korea] KCSC-240910-05 검토 결과",
    body=f"""안녕하세요. 에펨코리아입니다.

다음 게시물은 삭제 처리되었습니다:
{F[1]}

다음 게시물은 검토 결과 사이트 규정 위반으로 보기 어려워 유지합니다 (스포츠 경기 결과에 대한 의견 글):
{F[2]}

감사합니다.
""",
    outcome="applied",
    imitates="community site review result with each URL under its statement",
    why="statement line then URL: first removed, second kept with a reason (rejected)",
    items={F[1]: "removed", F[2]: "rejected"},
)

# ======================================================================
# Inven (KCSC-240911-06, 1 item)
# ======================================================================

case(
    name="inven-sole-no-url",
    **{"from": "help@inven.co.kr"},
    name_from="인벤 고객지원",
    date=d("2024-09-12 14:00"),
    subject="Re: [KCSC-240911-06] 게시물 삭제 요청",
    reply_to_req="req-240911-06",
    body="""안녕하세요, 인벤 고객지원팀입니다.

요청하신 게시물은 금일 삭제 처리되었습니다.

감사합니다.
인벤 고객지원팀
""",
    outcome="applied",
    imitates="one-sentence result from a game community's support desk",
    why="one-item request; 'the requested post was deleted' needs no URL",
    items={I1: "removed"},
)

case(
    name="inven-rejected-gmail-quote",
    **{"from": "legal@inven.co.kr"},
    name_from="인벤 법무",
    date=d("2024-09-13 11:30"),
    subject="Re: [KCSC-240911-06] 게시물 삭제 요청",
    reply_to_req="req-240911-06",
    body=f"""담당자님께,

검토 결과 {I1} 게시물은 삭제하지 않기로 하였습니다.
게임사 운영 정책에 대한 비판 글로, 허위 사실이나 개인정보가 포함되어 있지 않아 운영정책 위반으로 볼 수 없습니다.

인벤 법무 담당 드림

2024년 9월 11일 (수) 오전 10:05, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240911-06", [I1])}
""",
    outcome="applied",
    imitates="Gmail-style Korean reply with 님이 작성: quote header",
    why="refusal with its reason (rejected); the quoted request is ignored",
    items={I1: "rejected"},
)

# ======================================================================
# Clien (KCSC-240912-07, 2 items)
# ======================================================================

case(
    name="clien-deleted-and-members-only",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    date=d("2024-09-13 09:12"),
    subject="Re: KCSC-240912-07",
    reply_to_req="req-240912-07",
    body=f"""안녕하세요, 클리앙 운영진입니다.

- {C[1]}
  모두의공원 게시물은 삭제했습니다.
- {C[2]}
  회원 전용 게시판으로 옮겨 비회원의 접근을 제한했습니다.

클리앙 운영진
""",
    outcome="applied",
    imitates="community admin's bulleted reply, statement indented under each URL",
    why="deleted (removed); access limited to members (restricted)",
    items={C[1]: "removed", C[2]: "restricted"},
)

case(
    name="clien-ko-short-mixed",
    **{"from": "help@clien.net"},
    name_from="클리앙",
    date=d("2024-09-14 16:40"),
    subject="[클리앙] KCSC-240912-07 답변",
    body=f"""cm_car 게시판의 글({C[2]})은 삭제했습니다.
모두의공원 글 {C[1]} 에 대해서는 규정 위반이 아니라고 판단하여 그대로 둡니다. 개인 경험담이며 특정인을 비방하는 내용이 없습니다.
""",
    outcome="applied",
    imitates="terse Korean reply from a community helpdesk",
    why="one deleted (removed), the other left up with a reason (rejected)",
    items={C[2]: "removed", C[1]: "rejected"},
)

# ======================================================================
# Review
# ======================================================================

case(
    name="naver-promise-ko",
    **{"from": "policy@navercorp.com"},
    date=d("2024-09-04 15:00"),
    subject="KCSC-240903-01 진행 상황 안내",
    body=f"""안녕하십니까, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 두 건은 담당 부서에서 검토한 뒤 순차적으로 삭제 조치할 예정입니다.

{N[1]}
{N[2]}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="portal progress notice promising action",
    why="'will be deleted after review' is a promise: items stay pending",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="dc-hedge-en",
    **{"from": "support@dcinside.com"},
    name_from="DCInside Support",
    date=d("2024-09-06 09:30"),
    subject="RE: KCSC-240905-02",
    body=f"""Hello,

It appears that the posts at
{D[1]}
and {D[2]}
may already have been deleted by the gallery manager, but we are still confirming this with the gallery team.

We will write again once we know more.

DCInside Support Team
""",
    outcome="review",
    review="not_understood",
    imitates="support reply hedging about a moderator's action",
    why="'appears … may have been deleted … still confirming': a hedge, no statement",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="inven-conditional",
    **{"from": "help@inven.co.kr"},
    name_from="인벤 고객지원",
    date=d("2024-09-12 10:20"),
    subject="Re: [KCSC-240911-06] 게시물 삭제 요청",
    body=f"""안녕하세요, 인벤 고객지원팀입니다.

{I1} 게시물의 작성자에게 소명 기회를 부여했습니다.
7일 이내에 소명이 없으면 해당 게시물은 삭제될 예정입니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="notice that the author was given a chance to explain",
    why="deletion conditional on the author's silence: not yet a statement",
    items={I1: "pending"},
)

case(
    name="clien-under-review",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    date=d("2024-09-12 18:00"),
    subject="Re: KCSC-240912-07",
    body=f"""안녕하세요.

보내주신 두 게시물
{C[1]}
{C[2]}
은 현재 운영진 내부에서 검토 중입니다. 검토가 끝나는 대로 결과를 알려드리겠습니다.

클리앙 운영진
""",
    outcome="review",
    review="not_understood",
    imitates="admin reply saying the named posts are under review",
    why="names both items but only says 'under review': pending, a clerk should look",
    items={C[1]: "pending", C[2]: "pending"},
)

case(
    name="naver-bulk-all-removed",
    **{"from": "policy@navercorp.com"},
    date=d("2024-09-12 17:00"),
    subject="KCSC-240903-01 조치 완료",
    reply_to_req="req-240903-01",
    body="""안녕하십니까, 네이버 정책지원팀입니다.

KCSC-240903-01로 요청하신 게시물 13건은 모두 삭제 조치가 완료되었습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="one-line 'all done' reply of a portal",
    why="a statement about all 13 items naming none of them: bulk",
    items={N[i]: "pending" for i in range(1, 14)},
)

case(
    name="daum-bulk-all-actioned-en",
    **{"from": "trust@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date=d("2024-09-12 11:11"),
    subject="Re: KCSC-240906-03",
    body="""Hello,

All four posts listed in your request KCSC-240906-03 have been actioned in line with our operating policy.

Kind regards,
Kakao Trust & Safety
""",
    outcome="review",
    review="bulk",
    imitates="English 'all reported content actioned' reply",
    why="'all four … actioned' for a four-item request, no item named: bulk",
    items={K[i]: "pending" for i in range(1, 5)},
)

case(
    name="naver-untrusted-dkim-fail",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    date=d("2024-09-07 22:14"),
    subject="KCSC-240903-01 처리 결과",
    body=f"""안녕하세요, 네이버입니다.

{N[3]} 게시물은 삭제 처리되었습니다.
""",
    outcome="review",
    review="untrusted",
    imitates="platform-looking result mail failing DKIM/SPF/DMARC",
    why="sender domain is NAVER's but authentication fails: nothing applied",
    items={N[3]: "pending"},
)

case(
    name="gmail-cafe-manager-claims",
    **{"from": "joonggo.manager77@gmail.com"},
    name_from="중고마켓 카페매니저",
    date=d("2024-09-06 21:30"),
    subject="방심위 시정요구 관련 (KCSC-240903-01) 카페 게시물",
    body=f"""안녕하세요, 네이버 카페 '중고마켓77' 매니저입니다.
네이버로부터 안내를 받고 연락드립니다.

{N[4]}
{N[5]}
두 글은 제가 카페 관리 메뉴에서 직접 삭제했습니다. 확인 부탁드립니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="a cafe manager writing from a personal webmail account",
    why="not the platform's domain: the claims must wait for NAVER or a clerk",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="ppomppu-wrong-platform",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 고객센터",
    date=d("2024-09-07 15:00"),
    subject="Re: 게시물 삭제 요청 (KCSC-240905-02)",
    body=f"""안녕하세요, 뽐뿌 고객센터입니다.

보내주신 주소
{D[3]}
{D[4]}
의 게시물은 확인 결과 존재하지 않는 게시물입니다. 뽐뿌에 게시된 글이 아니므로 저희 쪽에서 조치할 수 없습니다.

뽐뿌 고객센터
""",
    outcome="review",
    review="wrong_platform",
    imitates="another site's helpdesk answering a request sent to the wrong desk",
    why="Ppomppu states 'does not exist' about DC Inside items: wrong platform",
    items={D[3]: "pending", D[4]: "pending"},
)

case(
    name="soop-asks-more",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP 운영정책팀",
    date=d("2024-09-09 17:30"),
    subject="[SOOP] 추가 자료 요청 (KCSC-240909-04)",
    body=f"""안녕하세요, SOOP 운영정책팀입니다.

요청하신 VOD 2건은 각각 3시간이 넘는 분량이라 문제 구간을 특정하기 어렵습니다.

{S[1]}
{S[2]}

각 영상에서 문제가 되는 구간의 재생 시각(예: 01:12:30~01:15:00)을 알려주시면 확인 후 처리하겠습니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="platform asking for timestamps before acting on long VODs",
    why="asks for the problem time ranges; nothing decided",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="dc-contact-change-no-claims",
    **{"from": "legal@dcinside.com"},
    name_from="디시인사이드 법무팀",
    date=d("2024-09-13 10:00"),
    subject="[디시인사이드] 공공기관 요청 접수 창구 변경 안내",
    body="""안녕하세요. 디시인사이드 법무팀입니다.

9월 23일부터 공공기관의 게시물 관련 요청은 legal-public@dcinside.com 으로 보내주시기 바랍니다.
기존 주소로 보내신 요청도 당분간은 자동으로 전달됩니다.

감사합니다.
""",
    outcome="review",
    review="no_claims",
    classification="other",
    imitates="platform notice of a changed contact address",
    why="trusted DC Inside mail naming no item and no request",
    items={},
)

case(
    name="daum-forwarded-internal",
    **{"from": "minjun.lee@kakaocorp.com"},
    name_from="이민준",
    date=d("2024-09-08 10:30"),
    subject="Fwd: [카페운영] silverwave 게시물 조치 완료",
    body=f"""참고로 카페 운영팀에서 받은 내용 전달드립니다.

---------- Forwarded message ---------
보낸사람: 카페운영팀 <cafe-ops@kakaocorp.com>
Date: 2024년 9월 7일 (토) 오후 6:02
Subject: [카페운영] silverwave 게시물 조치 완료
To: 이민준 <minjun.lee@kakaocorp.com>

민준님, KCSC-240906-03 건 중 silverwave 카페 글
{K[1]}
은 운영자 삭제 처리했습니다.
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="staffer forwarding an internal team's note",
    why="the statement is in a forwarded internal message, not the sender's own: review",
    items={K[1]: "pending"},
)

# ======================================================================
# Ignored
# ======================================================================

case(
    name="naver-ooo-ko",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="Jiwoo Han",
    date=d("2024-09-03 10:13"),
    subject="[부재중] Re: [KCSC-240903-01] 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 한지우입니다.
9월 3일부터 9월 5일까지 휴가로 부재중입니다. 급한 건은 policy@navercorp.com 으로 보내주세요.

I am out of the office until 5 September. For urgent matters please write to policy@navercorp.com.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="bilingual Korean/English out-of-office reply",
    why="auto-reply: nothing about items",
    items={},
)

case(
    name="dc-dsn-bounce",
    **{"from": "MAILER-DAEMON@mail.dcinside.com"},
    name_from="Mail Delivery System",
    date=d("2024-09-05 10:31"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0905-dc"

--dsn-0905-dc
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<takedown-desk@dcinside.com>: host mail.dcinside.com said: 550 5.1.1
    User unknown

--dsn-0905-dc
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: {d("2024-09-05 10:30")}

Final-Recipient: rfc822; takedown-desk@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-0905-dc
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: takedown-desk@dcinside.com
Subject: [KCSC-240905-02] 시정요구
Message-ID: <req-240905-02@kcsc.example>
Date: {d("2024-09-05 10:30")}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{quoted_request("KCSC-240905-02", [D[i] for i in range(1, 6)], prefix="")}

--dsn-0905-dc--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN returning our request with its URLs",
    why="delivery failure; the URLs are only in the returned request",
    items={},
)

case(
    name="soop-mdn-read-receipt",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP 운영정책팀",
    date=d("2024-09-09 13:02"),
    subject="읽음: [KCSC-240909-04] 시정요구",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-soop-0909"

--mdn-soop-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.

받는 사람: policy@sooplive.co.kr
제목: [KCSC-240909-04] 시정요구
읽은 시간: 2024-09-09 오후 1:02

--mdn-soop-0909
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; Microsoft Outlook 16.0
Final-Recipient: rfc822;policy@sooplive.co.kr
Original-Message-ID: <req-240909-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-soop-0909--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="read receipt only",
    items={},
)

case(
    name="daum-ticket-receipt",
    **{"from": "noreply@daum.net"},
    name_from="Daum 고객센터",
    date=d("2024-09-06 14:11"),
    subject="[Daum 고객센터] 문의가 접수되었습니다 (KCSC-240906-03)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, Daum 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: DA-20240906-77120

담당자가 확인한 뒤 순서대로 답변드리겠습니다. 답변은 영업일 기준 3일 이내에 메일로 보내드립니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Daum customer-centre ticket receipt",
    why="pure receipt with a ticket number, no statement",
    items={},
)

case(
    name="clien-ooo-en",
    **{"from": "admin@clien.net"},
    name_from="Clien Admin",
    date=d("2024-09-12 10:01"),
    subject="Automatic reply: KCSC-240912-07",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am away until Monday 16 September with limited access to email.
Your message will be read when I return.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="English out-of-office reply",
    why="auto-reply",
    items={},
)

case(
    name="fmk-helpdesk-receipt",
    **{"from": "support@fmkorea.com"},
    name_from="FM Korea Support",
    date=d("2024-09-10 11:00"),
    subject="[FM Korea] Request received: #48812 KCSC-240910-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (#48812) has been received and is being reviewed by our support staff.
요청이 접수되었습니다. 담당자가 확인 후 답변드리겠습니다.

To add more information, reply to this email.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk-style helpdesk receipt, bilingual",
    why="ticket receipt; 'being reviewed' refers to the whole ticket, no item named",
    items={},
)

HEADER = """# Blind set 621: Korean portals and community sites (NAVER, Daum/Kakao,
# DC Inside, SOOP, Inven, Clien, FM Korea; Nate and Ppomppu configured),
# Korean and English mixed, with doubtful and ignorable mail.
# Written by tests/corpus/blind621/make.py from each email's meaning,
# before any run of the reader. Do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind621", HEADER, CASES)


if __name__ == "__main__":
    main()
