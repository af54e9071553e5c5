#!/usr/bin/env python3
"""Blind set 585: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, Clien, FM Korea, Ppomppu), Korean and English
mixed, with the doubtful and ignorable mail a regulator's mailbox receives.

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
Expected results were written from each email's meaning alone, before any
run of the reader.
"""
import base64
import csv
import datetime
import email.header
import email.utils
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KST)
    return email.utils.format_datetime(dt)


def enc(s):
    if s.isascii():
        return s
    return email.header.Header(s, "utf-8").encode()


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# --------------------------------------------------------------- requests
N = [
    "https://blog.naver.com/moonlit_kite/223551100201",
    "https://blog.naver.com/moonlit_kite/223551100388",
    "https://blog.naver.com/gray_otter77/223549870012",
    "https://cafe.naver.com/sunsetbazaar/48211",
    "https://cafe.naver.com/sunsetbazaar/48219",
    "https://cafe.naver.com/sunsetbazaar/48230",
    "https://cafe.naver.com/ArticleRead.nhn?clubid=31200456&articleid=9921",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122334",
    "https://blog.naver.com/PostView.naver?blogId=paper_lantern_x&logNo=223540012345",
    "https://m.blog.naver.com/gray_otter77/223549871190",
    "https://cafe.naver.com/sunsetbazaar/48302",
    "https://blog.naver.com/night_ferry_21/223560077001",
    "https://blog.naver.com/night_ferry_21/223560077145",
]
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=10422871",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=10422990",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk7&no=55012",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk7&no=55038",
    "https://gall.dcinside.com/mini/board/view/?id=quietroom&no=3301",
]
K3_RAW = "https://bluepebble.tistory.com/entry/사진-유출-정리"
K = [
    "https://cafe.daum.net/riverstone/Fx3k/1182",
    "https://cafe.daum.net/riverstone/Fx3k/1190",
    "https://bluepebble.tistory.com/entry/%EC%82%AC%EC%A7%84-%EC%9C%A0%EC%B6%9C-%EC%A0%95%EB%A6%AC",
]
S = [
    "https://vod.sooplive.co.kr/player/131550227",
    "https://ch.sooplive.co.kr/wavecrest22/post/99812340",
]
F = ["https://www.fmkorea.com/7319905512"]
C = [
    "https://www.clien.net/service/board/park/18801234",
    "https://www.clien.net/service/board/park/18801297",
    "https://www.clien.net/service/board/cm_car/18799010",
]
T = [
    "https://pann.nate.com/talk/372110845",
    "https://pann.nate.com/talk/372110902",
]

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T14:00:00+09:00", "2024-09-10T18:00:00+09:00",
     N, "illegal_gambling", "<req-240903-01@kcsc.example>",
     'largest request; blogs, cafe and 지식iN, "urgent" flag set'),
    ("KCSC-240904-02", "dcinside", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00",
     D, "privacy_violation", "<req-240904-02@kcsc.example>", "main, minor and mini galleries"),
    ("KCSC-240905-03", "daum", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     K, "non_consensual_images", "<req-240905-03@kcsc.example>",
     "Daum cafe, Tistory (Kakao) entry with a Korean path"),
    ("KCSC-240906-04", "soop", "2024-09-06T09:00:00+09:00", "2024-09-13T18:00:00+09:00",
     S, "obscenity", "<req-240906-04@kcsc.example>", "VOD and channel post"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T15:00:00+09:00", "2024-09-16T18:00:00+09:00",
     F, "drugs", "<req-240909-05@kcsc.example>", "single post"),
    ("KCSC-240910-06", "clien", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     C, "defamation", "<req-240910-06@kcsc.example>", "park, cm_car boards"),
    ("KCSC-240911-07", "nate", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     T, "privacy_violation", "<req-240911-07@kcsc.example>", "Nate Pann, two talk posts"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def quoted_request(ref, urls, prefix="> "):
    lines = [
        f"안녕하십니까, 방송통신심의위원회 통신심의 담당입니다.",
        f"아래 정보에 대하여 시정요구(삭제)를 요청드립니다. (접수번호 {ref})",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다."]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
# --- NAVER (KCSC-240903-01) ----------------------------------------------
case(
    name="naver-kr-result-numbered-list",
    **{"from": "noreply_policy@navercorp.com"},
    name_from=enc("네이버 정책지원"),
    date=d("2024-09-06 16:20:11"),
    subject=enc("[네이버] 시정요구 조치결과 안내 (KCSC-240903-01)"),
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 시정요구 건(KCSC-240903-01)에 대한 1차 조치결과를 아래와 같이 알려드립니다.

1. {N[0]}
   - 조치결과: 삭제
2. {N[1]}
   - 조치결과: 게시중단
3. {N[3]}
   - 조치결과: 임시조치(30일)
4. {N[4]}
   - 조치결과: 해당 게시물 없음 (작성자가 이미 삭제)

나머지 요청 건은 확인이 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 notice, Korean numbered list",
    why="four named items, each with an unhedged Korean result",
    items={N[0]: "removed", N[1]: "removed", N[3]: "restricted", N[4]: "not_found"},
)

html_rows = [
    (N[2], "Removed", "Violation of Blog operating policy (illegal gambling promotion)"),
    (N[5], "Temporarily blocked for 30 days (임시조치)", "Temporary measure under Art. 44-2"),
    (N[6], "No action – remains accessible", "No violation of law or Cafe policy found"),
    (N[7], "Deleted", "Answer and question removed"),
]
tr = "\n".join(
    f"<tr><td><a href=\"{u.replace('&', '&amp;')}\">{u.replace('&', '&amp;')}</a></td>"
    f"<td>{a}</td><td>{r}</td></tr>" for u, a, r in html_rows)
case(
    name="naver-en-html-table",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=d("2024-09-07 10:05:40"),
    subject=enc("RE: KCSC-240903-01 removal request – results"),
    reply_to_req="req-240903-01",
    type="html",
    body=f"""<html><body style="font-family:Arial">
<p>Dear KCSC team,</p>
<p>Thank you for your request KCSC-240903-01. Our review of the following URLs is complete:</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th><th>Reason</th></tr>
{tr}
</table>
<p>For questions about our policies, see <a href="https://policy.naver.com/policy/service.html">NAVER service policy</a>.</p>
<p>Kind regards,<br>NAVER Trust &amp; Safety</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER English reply to a foreign authority, HTML results table",
    why="table rows: removed, 30-day temporary measure (restricted), no violation (rejected), deleted",
    items={N[2]: "removed", N[5]: "restricted", N[6]: "rejected", N[7]: "removed"},
)

csv_att = "\ufeff번호,URL,처리결과,비고\n" + "\n".join([
    f"1,{N[8]},삭제,청소년유해/불법도박 홍보",
    f"2,{N[9]},게시물 없음,작성자 삭제",
    f"3,{N[10]},접근제한(국내),임시조치",
    f"4,{N[11]},유지,위반사항 확인되지 않음",
    f"5,{N[12]},블라인드,운영원칙 위반",
]) + "\n"
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원"),
    date=d("2024-09-09 17:44:02"),
    subject=enc("Re: [KCSC-240903-01] 조치결과 회신 (첨부)"),
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_585_mix"

--=_nv_585_mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버입니다.
KCSC-240903-01 건의 남은 5건 조치결과를 첨부 파일(CSV)로 보내드립니다.
확인 부탁드립니다.

--=_nv_585_mix
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--=_nv_585_mix--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER result sheet sent as CSV attachment",
    why="CSV rows: 삭제, 게시물 없음, 접근제한(국내), 유지(no violation), 블라인드",
    items={N[8]: "removed", N[9]: "not_found", N[10]: "restricted", N[11]: "rejected",
           N[12]: "removed"},
)

case(
    name="naver-topposted-over-gmail-quote",
    **{"from": "cafe_support@naver.com"},
    name_from=enc("네이버 카페 고객지원"),
    date=d("2024-09-05 13:12:55"),
    subject=enc("Re: [KCSC-240903-01] 불법정보 시정요구"),
    reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 카페/블로그 고객지원 담당입니다.

요청하신 13건 중 아래 2건은 블라인드 처리를 완료했습니다.
- {N[0]}
- {N[3]}

나머지 11건은 담당 부서에서 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

2024년 9월 3일 (화) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240903-01", N)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted KCSC request",
    why="two named posts 블라인드 (removed); the rest 'under review' stay pending, quote is not a statement",
    items={**{u: "pending" for u in N}, N[0]: "removed", N[3]: "removed"},
)

body_qp = f"""안녕하세요. 네이버 고객센터입니다.

문의하신 카페 게시물에 대한 확인 결과를 안내드립니다.

{N[5]} 게시물은 카페 운영원칙 및 관련 법령 위반으로 확인되어 삭제되었습니다.
{N[4]} 게시물은 확인 당시 이미 작성자에 의해 삭제되어 존재하지 않습니다.

더 궁금하신 사항은 고객센터로 문의해 주세요.
"""
case(
    name="naver-quoted-printable-kr",
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    date=d("2024-09-08 09:31:20"),
    subject=enc("[네이버 고객센터] 문의하신 내용에 대한 답변입니다."),
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(body_qp)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 answer mail (quoted-printable Korean)",
    why="one post deleted (removed), one already deleted by its author (not_found)",
    items={N[5]: "removed", N[4]: "not_found"},
)

case(
    name="naver-en-url-then-result-line",
    **{"from": "legal@navercorp.com"},
    name_from="NAVER Legal",
    date=d("2024-09-06 11:47:09"),
    subject="KCSC-240903-01: outcome per URL",
    body=f"""Hello,

Please find the outcome for each URL of your request KCSC-240903-01 below.

{N[2]}
Result: Removed for breach of the Blog operating policy.

{N[7]}
Result: We could not find this question on Knowledge iN. It may have been deleted by the user who posted it.

{N[9]}
Result: Access from Korea restricted (temporary measure, 30 days).

The other URLs are still being reviewed.

Best regards,
NAVER Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Legal English per-URL outcome, status on the line below each URL",
    why="removed; could not find (not_found, the 'may have been' only guesses the cause); restricted in Korea",
    items={N[2]: "removed", N[7]: "not_found", N[9]: "restricted"},
)

case(
    name="naver-en-statement-of-reasons",
    **{"from": "dsa-notices@navercorp.com"},
    name_from="NAVER Corp.",
    date=d("2024-09-10 08:02:33"),
    subject="Statement of reasons – KCSC-240903-01",
    body=f"""STATEMENT OF REASONS

Reference: KCSC-240903-01
Notifier: Korea Communications Standards Commission

Item 1
  Content: {N[12]}
  Decision: content disabled
  Territorial scope: worldwide
  Ground: illegal content (unlicensed gambling advertising)
  Automated detection: no

Item 2
  Content: {N[11]}
  Decision: access restricted
  Territorial scope: Republic of Korea only
  Ground: illegal content under Korean law
  Automated detection: no

Redress: the uploader may appeal via https://help.naver.com/appeal .
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons with per-item decision and territorial scope",
    why="disabled worldwide (removed); restricted in Korea only (restricted); help link is not an item",
    items={N[12]: "removed", N[11]: "restricted"},
)

case(
    name="naver-echoed-report-imsijochi",
    **{"from": "right@navercorp.com"},
    name_from=enc("네이버 권리보호센터"),
    date=d("2024-09-04 15:08:27"),
    subject=enc("[네이버 권리보호센터] 게시중단 요청 처리결과 안내"),
    body=f"""네이버 권리보호센터입니다.

귀하께서 접수하신 게시중단 요청의 처리결과를 안내드립니다.

■ 접수 내용
 - 요청자: 방송통신심의위원회 (KCSC-240903-01)
 - 대상 게시물: {N[1]}
 - 요청 사유: 불법정보(도박)

■ 처리 결과
 - 임시조치 (30일간 게시물 접근 차단)
 - 처리일시: 2024.09.04 14:55

게시자가 재게시를 요청하는 경우 관련 절차에 따라 처리됩니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리결과 notice echoing the request",
    why="echoed report names the post; result 임시조치(접근 차단) is restricted",
    items={N[1]: "restricted"},
)

case(
    name="naver-fullwidth-punctuation",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원"),
    date=d("2024-09-09 10:10:10"),
    subject=enc("RE: KCSC-240903-01 카페 게시물 조치 결과"),
    reply_to_req="req-240903-01",
    body=f"""위원회 담당자님께,

카페 게시물（{N[4]}）은 카페 운영자 확인 후 삭제되었습니다。
또한 {N[10]}、이 게시물은 국내 접속 차단 조치를 완료했습니다。

네이버 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER short Korean reply using full-width brackets and punctuation",
    why="full-width brackets/comma around URLs; deleted (removed) and 국내 접속 차단 (restricted)",
    items={N[4]: "removed", N[10]: "restricted"},
)

# --- DC Inside (KCSC-240904-02) -----------------------------------------
case(
    name="dcinside-operator-deleted",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d("2024-09-05 18:40:00"),
    subject=enc("Re: [KCSC-240904-02] 게시물 삭제 요청의 건"),
    reply_to_req="req-240904-02",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물에 대해 아래와 같이 처리하였습니다.

[운영자 삭제]
{D[0]}
{D[1]}
{D[2]}

[확인 불가]
{D[3]}
→ 작성자가 이미 삭제한 글로, 현재 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 reply grouping URLs under result headings",
    why="three URLs under 운영자 삭제 (removed); one deleted by its author (not_found)",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dcinside-html-amp-urls",
    **{"from": "report@dcinside.com"},
    name_from="DCinside",
    date=d("2024-09-06 14:02:19"),
    subject=enc("[디시인사이드] 신고 처리 결과 (KCSC-240904-02)"),
    type="html",
    body=f"""<html><body>
<p>안녕하세요, 디시인사이드입니다.</p>
<p>KCSC-240904-02 건 중 아래 2건의 처리 결과입니다.</p>
<ul>
<li><a href="{D[4].replace('&', '&amp;')}">{D[4].replace('&', '&amp;')}</a> &mdash; <b>삭제</b> (개인정보 노출)</li>
<li><a href="{D[1].replace('&', '&amp;')}">{D[1].replace('&', '&amp;')}</a> &mdash; <b>삭제 불가</b>: 검토 결과 특정인을 식별할 수 있는 정보가 포함되어 있지 않아 운영원칙 위반에 해당하지 않습니다.</li>
</ul>
<p>디시인사이드 운영팀</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside HTML result mail, &amp;-escaped gallery URLs",
    why="one deleted (removed); one refused with its reason (rejected)",
    items={D[4]: "removed", D[1]: "rejected"},
)

case(
    name="dcinside-url-korean-particle",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d("2024-09-07 11:25:44"),
    subject=enc("Re: [KCSC-240904-02] 마이너 갤러리 게시물"),
    reply_to_req="req-240904-02",
    body=f"""담당자님 안녕하세요.

마이너 갤러리 건 회신드립니다.
{D[3]}은 오늘 오전 운영자 삭제 처리했습니다.
<{D[2]}>에 해당하는 글은 조회해 보니 존재하지 않는 글번호입니다.

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside short Korean reply, URL directly followed by a particle",
    why="'…no=55038은' deleted (removed); URL in angle brackets does not exist (not_found)",
    items={D[3]: "removed", D[2]: "not_found"},
)

html_dc = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 디시인사이드 운영팀입니다.</p>
<p>요청번호 KCSC-240904-02 처리 결과를 알려드립니다.</p>
<table border="1">
<tr><th>게시물 주소</th><th>처리</th></tr>
<tr><td>{D[0].replace('&', '&amp;')}</td><td>삭제 완료</td></tr>
<tr><td>{D[2].replace('&', '&amp;')}</td><td>삭제 완료</td></tr>
<tr><td>{D[3].replace('&', '&amp;')}</td><td>게시물 없음</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="dcinside-base64-html-table",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d("2024-09-08 16:00:02"),
    subject=enc("[디시인사이드] 처리 결과 안내"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html_dc)}""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside result table in a base64 HTML body",
    why="two rows 삭제 완료 (removed), one 게시물 없음 (not_found)",
    items={D[0]: "removed", D[2]: "removed", D[3]: "not_found"},
)

# --- Daum / Kakao (KCSC-240905-03) ---------------------------------------
case(
    name="kakao-daum-cafe-imsijochi",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date=d("2024-09-06 10:45:13"),
    subject=enc("[카카오] 권리침해 신고 처리 결과 안내 (KCSC-240905-03)"),
    reply_to_req="req-240905-03",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 Daum 카페 게시물의 처리 결과를 알려드립니다.

○ {K[0]}
  : 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)하였습니다.
○ {K[1]}
  : 운영정책 위반이 확인되어 게시물을 삭제하였습니다.

Tistory 게시물은 확인 후 별도로 회신드리겠습니다.

카카오 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 처리 결과 notice for Daum cafe posts",
    why="임시조치(접근 차단) = restricted; 삭제 = removed; Tistory left for later (pending, not named)",
    items={K[0]: "restricted", K[1]: "removed"},
)

case(
    name="kakao-tistory-raw-korean-path",
    **{"from": "tistory-support@kakaocorp.com"},
    name_from=enc("티스토리 고객센터"),
    date=d("2024-09-09 13:33:48"),
    subject=enc("Re: [KCSC-240905-03] 티스토리 게시물 조치"),
    reply_to_req="req-240905-03",
    body=f"""안녕하세요, 티스토리입니다.

요청하신 {K3_RAW} 게시물을 비공개 처리하였습니다.
해당 블로그 운영자에게는 운영정책 위반 안내가 발송되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) support reply with a raw Korean path",
    why="raw Korean path matches the percent-encoded item; 비공개 처리 = removed",
    items={K[2]: "removed"},
)

case(
    name="kakao-en-wrapped-url",
    **{"from": "trust@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date=d("2024-09-10 19:02:36"),
    subject="Re: KCSC-240905-03 request outcome",
    reply_to_req="req-240905-03",
    body=f"""Hello KCSC team,

Following your request KCSC-240905-03, the Tistory post at
<https://bluepebble.tistory.com/entry/%EC%82%AC%EC%A7%84-%EC%9C%A0%EC%B6%9C-
%EC%A0%95%EB%A6%AC>
has been made unavailable to all users.

We were unable to find the cafe post at {K[0]} ; the article
number does not exist in that cafe.

Regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao English reply with a long URL wrapped inside angle brackets",
    why="wrapped bracketed URL made unavailable (removed); cafe post not found",
    items={K[2]: "removed", K[0]: "not_found"},
)

# --- SOOP (KCSC-240906-04) ----------------------------------------------
case(
    name="soop-en-vod-and-post-removed",
    **{"from": "trustsafety@sooplive.com"},
    name_from="SOOP Trust & Safety",
    date=d("2024-09-07 20:14:59"),
    subject="Re: [KCSC-240906-04] Removal request",
    reply_to_req="req-240906-04",
    body=f"""Dear Sir or Madam,

We have reviewed the content in your request KCSC-240906-04.

- The VOD {S[0]} has been deleted.
- The channel post {S[1]} has been hidden from public view by our moderators.

The broadcaster has been notified of the action taken.

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) Trust & Safety English outcome",
    why="VOD deleted and post hidden from public view: both removed",
    items={S[0]: "removed", S[1]: "removed"},
)

case(
    name="soop-kr-age-restricted-and-kept",
    **{"from": "cs@sooplive.co.kr"},
    name_from=enc("SOOP 고객센터"),
    date=d("2024-09-09 12:00:31"),
    subject=enc("[SOOP] 요청하신 콘텐츠 조치 결과 안내"),
    reply_to_req="req-240906-04",
    body=f"""안녕하세요, SOOP 고객센터입니다.

KCSC-240906-04 건 조치 결과입니다.

1) VOD: {S[0]}
   → 19세 이상 시청 가능 콘텐츠로 변경(연령 제한)하였습니다.
2) 채널 게시글: {S[1]}
   → 검토 결과 운영정책 위반 사항이 확인되지 않아 별도 조치 없이 유지됩니다.

SOOP 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 고객센터 결과 안내 (age restriction, kept)",
    why="age restriction = restricted; no violation, kept = rejected",
    items={S[0]: "restricted", S[1]: "rejected"},
)

case(
    name="soop-ticket-receipt-with-result",
    **{"from": "help@sooplive.co.kr"},
    name_from=enc("SOOP 고객센터"),
    date=d("2024-09-08 09:20:45"),
    subject=enc("[SOOP] 1:1 문의 답변 (접수번호 SP-2409-77120)"),
    body=f"""안녕하세요, SOOP 고객센터입니다.
문의가 접수되었습니다. (접수번호 SP-2409-77120)

KCSC-240906-04 관련하여 우선 확인된 내용을 안내드립니다.
VOD {S[0]} 는 삭제 조치가 완료되었습니다.
채널 게시글 {S[1]} 는 추가 확인이 필요하여 검토 중입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 1:1 inquiry receipt carrying a first result",
    why="receipt phrase plus an unhedged removal is not a pure acknowledgement; post under review stays pending",
    items={S[0]: "removed", S[1]: "pending"},
)

# --- FM Korea (KCSC-240909-05) ------------------------------------------
case(
    name="fmkorea-sole-statement-in-thread",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영팀"),
    date=d("2024-09-10 10:02:17"),
    subject=enc("Re: [KCSC-240909-05] 게시물 삭제 요청"),
    reply_to_req="req-240909-05",
    body="""안녕하세요. 에펨코리아 운영팀입니다.

요청하신 게시물은 확인 후 삭제 처리하였습니다.
작성자 계정에는 이용 제한 조치가 함께 적용되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea admin one-line reply in the request's thread",
    why="one-item request; the sole statement (deleted) applies to it",
    items={F[0]: "removed"},
)

case(
    name="fmkorea-refusal-angle-brackets",
    **{"from": "report@fmkorea.com"},
    name_from="FMKorea",
    date=d("2024-09-11 15:47:03"),
    subject=enc("[에펨코리아] KCSC-240909-05 검토 결과"),
    body=f"""방송통신심의위원회 담당자님께

요청 주신 게시물 <{F[0]}>은
검토 결과 커뮤니티 규정 및 관련 법령 위반 사항이 확인되지 않아 삭제하지 않고 유지합니다.
의약품 정보 공유 목적의 글로 판매·알선 내용은 포함되어 있지 않습니다.

이의가 있으시면 회신 부탁드립니다.
에펨코리아 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea refusal with reason, URL in angle brackets then particle",
    why="kept because no rule is broken, reason given: rejected",
    items={F[0]: "rejected"},
)

# --- Clien (KCSC-240910-06) ---------------------------------------------
case(
    name="clien-plain-colon-list",
    **{"from": "admin@clien.net"},
    name_from=enc("클리앙 운영자"),
    date=d("2024-09-11 09:15:00"),
    subject=enc("Re: [KCSC-240910-06] 게시물 삭제 요청"),
    reply_to_req="req-240910-06",
    body=f"""안녕하세요. 클리앙 운영진입니다.

- {C[0]} : 삭제
- {C[1]} : 삭제
- {C[2]} : 해당 글 없음 (작성자 본인 삭제)

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Clien admin terse 'URL : result' list",
    why="two deleted, one deleted by its author (not_found)",
    items={C[0]: "removed", C[1]: "removed", C[2]: "not_found"},
)

case(
    name="clien-ordinal-reply-over-quote",
    **{"from": "moderator@clien.net"},
    name_from=enc("클리앙 운영자"),
    date=d("2024-09-12 22:41:08"),
    subject=enc("Re: [KCSC-240910-06] 게시물 삭제 요청"),
    reply_to_req="req-240910-06",
    body=f"""요청하신 세 건 확인했습니다.
첫 번째 글은 삭제했습니다.
두 번째 글은 규정 위반이 아니라고 판단해서 남겨두었습니다.
세 번째 글은 작성자가 이미 지워서 없는 글입니다.

2024년 9월 10일 (화) 오전 11:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240910-06", C)}
""",
    outcome="applied", classification="confirmation",
    imitates="small-community admin answering by order of the quoted request list",
    why="ordinals point to the quoted numbered list: removed, rejected (not a violation, kept), not_found",
    items={C[0]: "removed", C[1]: "rejected", C[2]: "not_found"},
)

case(
    name="clien-html-adult-restricted",
    **{"from": "admin@clien.net"},
    name_from="CLIEN",
    date=d("2024-09-13 11:03:51"),
    subject="Re: [KCSC-240910-06]",
    reply_to_req="req-240910-06",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="clien585alt"

--clien585alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 클리앙입니다.
{C[2]}
- 청소년 유해 게시물로 분류하여 성인인증 후에만 열람할 수 있도록 제한했습니다.
{C[0]}
- 삭제했습니다.

--clien585alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><p>안녕하세요, 클리앙입니다.</p>
<p><a href="{C[2]}">{C[2]}</a><br>- 청소년 유해 게시물로 분류하여 성인인증 후에만 열람할 수 있도록 제한했습니다.</p>
<p><a href="{C[0]}">{C[0]}</a><br>- 삭제했습니다.</p>
</body></html>

--clien585alt--
""",
    outcome="applied", classification="confirmation",
    imitates="Clien multipart/alternative reply, status under each URL",
    why="adult-verification only = age-restricted (restricted); deleted (removed)",
    items={C[2]: "restricted", C[0]: "removed"},
)

# --- Nate (KCSC-240911-07) ----------------------------------------------
case(
    name="nate-pann-kr-result",
    **{"from": "pann_cs@nate.com"},
    name_from=enc("네이트 고객센터"),
    date=d("2024-09-12 17:30:22"),
    subject=enc("[네이트판] 게시물 처리 결과 안내 - KCSC-240911-07"),
    body=f"""안녕하세요. 네이트 고객센터입니다.

요청하신 네이트판 게시물의 처리 결과를 안내해 드립니다.

· {T[0]} → 삭제
· {T[1]} → 블라인드

※ 블라인드 처리된 게시물은 작성자 외 누구도 열람할 수 없습니다.

SK커뮤니케이션즈 네이트 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann 게시물 처리 결과 notice",
    why="삭제 and 블라인드 both removed",
    items={T[0]: "removed", T[1]: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-sequential",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원"),
    date=d("2024-09-04 18:05:00"),
    subject=enc("Re: [KCSC-240903-01] 시정요구 접수 확인 및 처리 계획"),
    reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

보내주신 시정요구 건 중 블로그 게시물
{N[0]}
{N[1]}
{N[2]}
은 내부 검토를 거쳐 순차적으로 게시중단 조치될 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="NAVER plan-of-action reply (promise, no result yet)",
    why="'조치될 예정' is a promise: named items stay pending",
    items={N[0]: "pending", N[1]: "pending", N[2]: "pending"},
)

case(
    name="dcinside-hedged-already-deleted",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d("2024-09-05 10:12:40"),
    subject=enc("Re: [KCSC-240904-02] 확인 중 안내"),
    reply_to_req="req-240904-02",
    body=f"""안녕하세요.

말씀하신 주식 갤러리 글 두 건
{D[0]}
{D[1]}
은 이미 삭제되었을 가능성이 있어 보입니다.
로그를 확인한 뒤 정확한 결과를 다시 알려드리겠습니다.

디시인사이드 운영팀
""",
    outcome="review", review="not_understood",
    imitates="DC Inside interim reply with a hedged guess",
    why="'삭제되었을 가능성이 있어 보입니다' is a hedge; items pending",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="naver-en-bulk-all-removed",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=d("2024-09-11 09:40:00"),
    subject="KCSC-240903-01 completed",
    reply_to_req="req-240903-01",
    body="""Dear KCSC,

We are writing to confirm that all of the content reported under
KCSC-240903-01 has now been removed from NAVER services.

Thank you for your cooperation.
NAVER Trust & Safety
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="NAVER closing note confirming a whole request without listing items",
    why="'all of the content' for a 13-item request names no item: bulk, items pending",
    items={u: "pending" for u in N},
)

case(
    name="nate-bulk-outlook-quote",
    **{"from": "pann_cs@nate.com"},
    name_from=enc("네이트 고객센터"),
    date=d("2024-09-12 09:05:12"),
    subject=enc("RE: [KCSC-240911-07] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req="req-240911-07",
    body=f"""안녕하세요. 요청하신 게시물 모두 삭제 조치 완료하였습니다.
감사합니다.

네이트 고객센터 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 10:00 AM
To: pann_cs@nate.com
Subject: [KCSC-240911-07] 개인정보 노출 게시물 삭제 요청

안녕하십니까, 방송통신심의위원회입니다.
아래 게시물 2건의 삭제를 요청드립니다.

1. {T[0]}
2. {T[1]}
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Outlook reply 'all removed' above the original request",
    why="'모두 삭제' for a two-item request without naming each: bulk; URLs only in the quoted original",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="dcinside-untrusted-dmarc-fail",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    auth="fail",
    date=d("2024-09-06 02:14:09"),
    subject=enc("[디시인사이드] KCSC-240904-02 처리 완료"),
    body=f"""처리 결과 안내

{D[0]} - 삭제 완료
{D[1]} - 삭제 완료

디시인사이드 운영팀
""",
    outcome="review", review="untrusted",
    imitates="DC Inside-looking result mail failing DMARC",
    why="platform domain but authentication fails: nothing applied",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="cafe-manager-gmail-unknown-sender",
    **{"from": "sunsetbazaar.mgr@gmail.com"},
    name_from=enc("선셋바자 카페매니저"),
    date=d("2024-09-05 21:47:30"),
    subject=enc("카페 게시글 삭제했습니다 (KCSC-240903-01)"),
    body=f"""안녕하세요. 네이버 카페 '선셋바자' 매니저입니다.
네이버에서 연락을 받고 말씀하신 글 {N[3]} 삭제했습니다.
앞으로 회원 글 관리 더 신경 쓰겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="cafe manager (a user, not NAVER) writing from a personal Gmail",
    why="sender is not a platform domain: nothing applied",
    items={N[3]: "pending"},
)

case(
    name="naver-about-daum-cafe-item",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원"),
    date=d("2024-09-06 15:55:18"),
    subject=enc("다음 카페 게시물 관련 회신 (KCSC-240905-03)"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

참조로 전달받은 {K[1]} 은 당사 서비스가 아닌 Daum 카페 게시물입니다.
다만 네이버 검색 결과에서는 해당 주소가 노출되지 않도록 검색 제외 처리를 완료했습니다.
게시물 자체에 대한 조치는 카카오에 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER reply about a Daum cafe URL (search exclusion only)",
    why="NAVER stating something about a Daum item: wrong_platform, item pending",
    items={K[1]: "pending"},
)

case(
    name="soop-asks-for-resolution-document",
    **{"from": "cs@sooplive.co.kr"},
    name_from=enc("SOOP 고객센터"),
    date=d("2024-09-06 17:21:00"),
    subject=enc("[SOOP] KCSC-240906-04 관련 추가 자료 요청"),
    reply_to_req="req-240906-04",
    body=f"""안녕하세요, SOOP 고객센터입니다.

요청하신 VOD({S[0]}) 조치를 위해 시정요구 의결서 사본 또는 공문 번호를
이 메일에 회신으로 보내주시기 바랍니다.
서류가 확인되면 바로 처리하겠습니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="SOOP request for the formal decision document before acting",
    why="asks for documents; no status stated",
    items={S[0]: "pending"},
)

case(
    name="ppomppu-policy-notice-no-claims",
    **{"from": "notice@ppomppu.co.kr"},
    name_from=enc("뽐뿌"),
    date=d("2024-09-12 10:00:00"),
    subject=enc("[뽐뿌] 게시판 운영정책 개정 안내 (2024.10.01 시행)"),
    body="""협력기관 담당자님께

뽐뿌 게시판 운영정책이 2024년 10월 1일부터 아래와 같이 개정됩니다.

- 불법 촬영물 등 신고 접수 채널 일원화
- 기관 요청 처리 기한 안내 (접수 후 영업일 기준 3일 이내)
- 이용 제한 단계 조정

자세한 내용은 https://www.ppomppu.co.kr/policy/notice.php 에서 확인하실 수 있습니다.

뽐뿌 운영팀
""",
    outcome="review", review="no_claims",
    imitates="Ppomppu policy-change notice to partner institutions",
    why="trusted platform mail naming no item and no request; policy link is not an item",
    items={},
)

case(
    name="kakao-conditional-after-explanation",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date=d("2024-09-07 14:30:00"),
    subject=enc("[카카오] KCSC-240905-03 진행 안내"),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

{K[0]} 게시물과 관련하여 현재 게시자에게 소명 기회를 부여하였습니다.
기한(7일) 내에 소명이 없을 경우 해당 게시물은 삭제될 예정입니다.

결과는 추후 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao progress notice: removal conditional on the poster's silence",
    why="conditional future removal is no statement: item pending",
    items={K[0]: "pending"},
)

case(
    name="dcinside-forwards-gallery-manager",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d("2024-09-09 11:11:11"),
    subject=enc("Fwd: 미니 갤러리 게시물 처리 (KCSC-240904-02)"),
    body=f"""미니 갤러리 매니저에게서 받은 답변을 그대로 전달드립니다.

---------- Forwarded message ---------
From: quietroom 매니저 <quietroom.keeper@gmail.com>
Date: 2024년 9월 8일 (일) 오후 9:02
Subject: Re: 게시물 확인 요청
To: <cs@dcinside.com>

말씀하신 글 {D[4]} 제가 지웠습니다.
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="DC Inside forwarding a minor/mini gallery manager's answer",
    why="the only statement is a third party's (gallery manager), forwarded: review",
    items={D[4]: "pending"},
)

case(
    name="dcinside-unmatched-post-numbers",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d("2024-09-06 19:30:48"),
    subject=enc("Re: [KCSC-240904-02] 처리 결과"),
    reply_to_req="req-240904-02",
    body="""안녕하세요. 아래 게시물 삭제했습니다.

https://gall.dcinside.com/board/view/?id=stock_new2&no=10422817
https://gall.dcinside.com/board/view/?id=stock_new2&no=10422909

디시인사이드 운영팀
""",
    outcome="review", review="unmatched_claims",
    imitates="DC Inside result naming post numbers that are not in the request",
    why="removal stated for URLs that are not requested items (digits transposed): no item changes",
    items={},
)

# ================================================================ IGNORED
case(
    name="naver-inquiry-receipt",
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    date=d("2024-09-03 14:02:05"),
    subject=enc("[네이버 고객센터] 문의가 접수되었습니다. (접수번호 NV240903-55817)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: NV240903-55817
담당자가 순차적으로 확인 후 답변드리겠습니다.

※ 본 메일은 발신전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 automatic receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="dcinside-out-of-office",
    **{"from": "legal@dcinside.com"},
    name_from=enc("디시인사이드 법무팀"),
    date=d("2024-09-04 10:31:00"),
    subject=enc("[자동회신] 부재중입니다 / Out of office"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 9월 4일부터 9월 9일까지 휴가로 부재중입니다.
급한 건은 cs@dcinside.com 으로 보내주세요.

I am out of the office until 9 September. For urgent matters please write to cs@dcinside.com.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto reply",
    why="out-of-office",
    items={},
)

dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: moderator@clien.ne
Subject: {enc("[KCSC-240910-06] 게시물 삭제 요청")}
Message-ID: <req-240910-06@kcsc.example>
Content-Type: text/plain; charset=utf-8

1. {C[0]}
2. {C[1]}
3. {C[2]}
"""
case(
    name="clien-bounce-dsn",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date=d("2024-09-10 11:00:09"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn585b"

--dsn585b
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<moderator@clien.ne>: Host or domain name not found. Name service error for
    name=clien.ne type=MX: Host not found

--dsn585b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: {d("2024-09-10 11:00:02")}

Final-Recipient: rfc822; moderator@clien.ne
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found

--dsn585b
Content-Type: message/rfc822

{dsn_orig}
--dsn585b--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for a mistyped recipient, original request attached",
    why="bounce; URLs only in the returned request",
    items={C[0]: "pending", C[1]: "pending", C[2]: "pending"},
)

case(
    name="kakao-read-receipt",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date=d("2024-09-05 11:20:40"),
    subject=enc("읽음: [KCSC-240905-03] 게시물 삭제 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn585k"

--mdn585k
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240905-03] 게시물 삭제 요청"을 수신자가 {d("2024-09-05 11:20:38")}에 읽었습니다.

--mdn585k
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn585k--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (Korean 읽음 notice)",
    why="read receipt",
    items={},
)

case(
    name="soop-helpdesk-receipt-en",
    **{"from": "support@sooplive.com"},
    name_from="SOOP Support",
    date=d("2024-09-06 09:01:12"),
    subject="[SOOP Support] We've received your request (#88124)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hi,

Thanks for reaching out. Your request #88124 has been received and a member
of our team will get back to you as soon as possible.

You can add comments to this request by replying to this email.

SOOP Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket receipt (Helpshift/Zendesk style)",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="nate-ooo-quoting-request",
    **{"from": "kim.sy@skcomms.co.kr"},
    name_from=enc("김선영"),
    date=d("2024-09-11 10:00:40"),
    subject=enc("자동 회신: [KCSC-240911-07] 개인정보 노출 게시물 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""9월 13일까지 외근으로 메일 확인이 늦어질 수 있습니다.
게시물 관련 요청은 pann_cs@nate.com 으로 보내주시면 빠르게 처리됩니다.

{quoted_request("KCSC-240911-07", T)}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 자동 회신 quoting the original request",
    why="auto-reply; the URLs are only in the quoted request",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="fmkorea-report-received",
    **{"from": "noreply@fmkorea.com"},
    name_from="FMKorea",
    date=d("2024-09-09 15:01:30"),
    subject=enc("[에펨코리아] 신고가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""에펨코리아 신고센터입니다.

보내주신 신고가 접수되었습니다. (접수번호 FMK-R-2024-090911)
담당자가 확인 후 처리하며, 처리 결과는 영업일 기준 3일 이내에 안내드립니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="FM Korea report-centre automatic receipt",
    why="pure receipt; no statement",
    items={},
)

HEADER = """# Blind set 585: Korean portals and community sites (NAVER, Daum/Kakao,
# DC Inside, SOOP, Nate, Clien, FM Korea, Ppomppu), Korean and English
# mixed. Written by tests/corpus/blind585/make.py from the meaning of each
# email, before any run of the reader. Each case is judged alone on a fresh
# ledger holding requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind585", HEADER, CASES)
    print(len(CASES), "cases")
