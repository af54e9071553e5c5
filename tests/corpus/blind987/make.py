#!/usr/bin/env python3
"""Blind set 987: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Ppomppu, plus Inven and Nate as
platforms that own none of the requested items), mixing Korean and English,
with the doubtful and ignorable mail a regulator's mailbox receives.

Written from each email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind987/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(s):
    """'2024-09-05 16:40:12' (KST) -> RFC 5322 date."""
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KST))


def enc(s):
    """RFC 2047 encoded word, as Korean mailers write non-ASCII headers."""
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


# ---------------------------------------------------------------- requests
# KCSC-240902-01 naver (13 items, the largest)
N1 = "https://blog.naver.com/lucky_slot77/223551000101"
N2 = "https://blog.naver.com/lucky_slot77/223551000102"
N3 = "https://blog.naver.com/winplay_kr/223551000203"
N4 = "https://cafe.naver.com/bettalk/184421"
N5 = "https://cafe.naver.com/bettalk/184422"
N6 = "https://cafe.naver.com/bettalk/184430"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60102&docId=471200331"
N8 = "https://m.blog.naver.com/toto_hub24/223551000408"
N9 = "https://cafe.naver.com/%EB%B2%A0%ED%8C%85%EB%B0%A9/5521"
N9_RAW = "https://cafe.naver.com/베팅방/5521"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38811204&memberNo=55120931"
N11 = "https://blog.naver.com/winplay_kr/223551000211"
N12 = "https://cafe.naver.com/bettalk/184455"
N13 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60102&docId=471200377"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13]

# KCSC-240904-02 daum (4 items: three Daum cafe posts, one Tistory post)
D1 = "https://cafe.daum.net/pillmarket/Hq2f/1187"
D2 = "https://cafe.daum.net/pillmarket/Hq2f/1190"
D3 = "https://cafe.daum.net/pillmarket/Hq2f/1203"
D4 = "https://pillmarket-kr.tistory.com/41"
DAUM = [D1, D2, D3, D4]

# KCSC-240905-03 dcinside (5 items)
G1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120331"
G2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120398"
G3 = "https://gall.dcinside.com/mgallery/board/view/?id=leakgall&no=55102"
G4 = "https://gall.dcinside.com/mgallery/board/view/?id=leakgall&no=55117"
G5 = "https://gall.dcinside.com/mini/board/view/?id=hiddencam&no=2031"
DC = [G1, G2, G3, G4, G5]

# KCSC-240906-04 soop (3 items)
S1 = "https://vod.sooplive.co.kr/player/131550221"
S2 = "https://ch.sooplive.co.kr/nightbet777/post/140220551"
S3 = "https://vod.sooplive.co.kr/player/131550987"
SOOP = [S1, S2, S3]

# KCSC-240909-05 fmkorea (2 items)
F1 = "https://www.fmkorea.com/7301188420"
F2 = "https://www.fmkorea.com/7301190553"

# KCSC-240910-06 clien (1 item), KCSC-240910-07 ppomppu (1 item)
C1 = "https://www.clien.net/service/board/park/18820455"
P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9210447"

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02", "2024-09-09", NAVER, "illegal-gambling",
     "req-240902-01@kcsc.example", "blogs, cafe posts and KnowledgeiN answers advertising betting sites"),
    ("KCSC-240904-02", "daum", "2024-09-04", "2024-09-11", DAUM, "drug-sales",
     "req-240904-02@kcsc.example", "Daum cafe and Tistory posts selling prescription drugs"),
    ("KCSC-240905-03", "dcinside", "2024-09-05", "2024-09-12", DC, "privacy",
     "req-240905-03@kcsc.example", "gallery posts exposing personal data / covert filming"),
    ("KCSC-240906-04", "soop", "2024-09-06", "2024-09-13", SOOP, "illegal-gambling",
     "req-240906-04@kcsc.example", "VODs and station post promoting a betting site"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09", "2024-09-16", [F1, F2], "fraud",
     "req-240909-05@kcsc.example", "investment scam posts"),
    ("KCSC-240910-06", "clien", "2024-09-10", "2024-09-17", [C1], "defamation",
     "req-240910-06@kcsc.example", "one post"),
    ("KCSC-240910-07", "ppomppu", "2024-09-10", "2024-09-17", [P1], "fraud",
     "req-240910-07@kcsc.example", "one resale-scam post"),
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


def amp(u):
    return u.replace("&", "&amp;")


AUTO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

CASES = []


def case(**c):
    CASES.append(c)


# ======================================================================
# APPLIED
# ======================================================================

case(
    name="naver-kcsc-result-table-html",
    imitates="NAVER 시정요구 조치결과 회신 (HTML table of URL / 조치 결과 / 조치일)",
    date=d("2024-09-05 16:40:12"),
    **{"from": "kcsc-reply@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("[NAVER] 시정요구 조치결과 회신 (KCSC-240902-01)"),
    reply_to_req="req-240902-01",
    type="html",
    body=f"""<html><body>
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>귀 위원회에서 요청하신 시정요구(KCSC-240902-01) 중 1차 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{amp(N1)}</td><td>삭제</td><td>2024-09-04</td></tr>
<tr><td>2</td><td>{amp(N2)}</td><td>삭제</td><td>2024-09-04</td></tr>
<tr><td>3</td><td>{amp(N3)}</td><td>게시중단</td><td>2024-09-04</td></tr>
<tr><td>4</td><td>{amp(N4)}</td><td>임시조치(30일)</td><td>2024-09-05</td></tr>
<tr><td>5</td><td>{amp(N5)}</td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
<tr><td>6</td><td>{amp(N6)}</td><td>국내 접속 차단</td><td>2024-09-05</td></tr>
</table>
<p>나머지 게시물은 검토가 끝나는 대로 별도 회신드리겠습니다.<br>
조치 기준은 <a href="https://help.naver.com/support/policy/kcsc-guide.help">네이버 게시물 운영정책</a>을 참고해 주십시오.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    why="trusted NAVER table: each URL row carries its own action (삭제/게시중단 removed, 임시조치/접속 차단 restricted, 게시물 없음 not_found)",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "not_found", N6: "restricted"},
)

case(
    name="naver-numbered-list-korean",
    imitates="NAVER 고객센터 처리결과 안내 (numbered list, result on the line below each URL)",
    date=d("2024-09-06 10:05:41"),
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    subject="Re: [KCSC-240902-01] 불법 도박 홍보 게시물 시정요구",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청번호 KCSC-240902-01 관련하여 아래 게시물의 처리 결과를 안내드립니다.

1. {N7}
   - 질문 및 답변 삭제 완료
2. {N8}
   - 작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.
3. {N9_RAW}
   - 카페 게시글 블라인드 처리

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    why="each numbered URL has its result on the next line; the raw Korean cafe path matches the percent-encoded request URL",
    items={N7: "removed", N8: "not_found", N9: "removed"},
)

case(
    name="naver-english-one-kept-one-deleted",
    imitates="NAVER Trust & Safety English reply to a government removal request",
    date=d("2024-09-06 18:22:03"),
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Re: [KCSC-240902-01] Removal request - illegal gambling promotion",
    reply_to_req="req-240902-01",
    body=f"""Dear KCSC team,

We have completed our review of two of the items in your request KCSC-240902-01.

The NAVER Post article at {N10} was reviewed against our
operating principles and applicable law. It is commentary on gambling
regulation and does not advertise or link to any betting service, so we
have decided not to take action and it remains available.

The blog post {N11} linked to an unlicensed betting site
and has been deleted.

The other items in your request are still being processed; we will write
again once they are done.

Kind regards,
Trust & Safety Operations
NAVER Corp.
""",
    outcome="applied", classification="confirmation",
    why="unhedged English statements: N10 reviewed and left up (rejected), N11 deleted; the rest is explicitly still open",
    items={N10: "rejected", N11: "removed"},
)

_qp_body = f"""KCSC 담당자님께,

시정요구 건(KCSC-240902-01) 중 아래 2건의 처리를 완료하였습니다.

- {N12} : 게시글 비공개 처리(카페 매니저 권한으로 복구 불가)
- {N13} : 질문글 및 달린 답변 전체 삭제

처리 내역에 이의가 있으시면 본 메일로 회신 부탁드립니다.

네이버 정책지원팀 드림
"""
case(
    name="naver-quoted-printable-two-items",
    imitates="NAVER policy team reply sent quoted-printable from a Korean webmail client",
    date=d("2024-09-09 09:14:27"),
    **{"from": "kcsc-reply@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("RE: [KCSC-240902-01] 처리 완료 안내"),
    reply_to_req="req-240902-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_qp_body),
    outcome="applied", classification="confirmation",
    why="quoted-printable body; 비공개 처리 and 삭제 are both removed",
    items={N12: "removed", N13: "removed"},
)

_quoted_req = "\n".join(f"{i}. {u}" for i, u in enumerate(NAVER, 1))
case(
    name="naver-top-posted-outlook-quote",
    imitates="Outlook top-posted reply over the regulator's own request (-----Original Message-----)",
    date=d("2024-09-04 17:51:09"),
    **{"from": "sungmin.lee@navercorp.com"},
    name_from=enc("이성민"),
    subject="RE: [KCSC-240902-01] 시정요구 (불법 도박)",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 네이버 이성민입니다.

아래 두 건은 오늘 게시중단 처리했습니다.
{N1}
{N2}

나머지 11건은 아직 검토 중이며 결과 나오는 대로 회신드리겠습니다.

이성민 | 네이버 정책지원팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 5:10 PM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 시정요구 (불법 도박)

안녕하십니까. 방송통신심의위원회입니다.
아래 게시물은 불법 도박 사이트를 홍보하는 정보로 심의 결과 삭제 대상으로 결정되었습니다.
9월 9일까지 조치 후 결과를 회신하여 주시기 바랍니다.

{_quoted_req}
""",
    outcome="applied", classification="confirmation",
    why="only the two URLs above the quote are stated as 게시중단; the 13 URLs below -----Original Message----- are our own request",
    items={N1: "removed", N2: "removed"},
)

_csv_att = "\ufeff순번,URL,처리결과,비고\n" + "\n".join([
    f"1,{N3},삭제,",
    f"2,{N4},삭제,",
    f"3,{N5},유지,불법정보 해당 없음(도박 관련 기사 인용)",
    f"4,{N6},확인불가,존재하지 않는 게시물",
]) + "\n"
case(
    name="naver-csv-attachment",
    imitates="NAVER bulk 처리결과 sent as a CSV attachment with a short cover note",
    date=d("2024-09-07 11:30:00"),
    **{"from": "kcsc-reply@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("[NAVER] KCSC-240902-01 처리결과 (첨부)"),
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_b987_csv"

This is a multi-part message in MIME format.

--=_nv_b987_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.
KCSC-240902-01 건의 처리결과를 첨부 CSV 파일로 회신드립니다.
감사합니다.

--=_nv_b987_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(_csv_att)}
--=_nv_b987_csv--
""",
    outcome="applied", classification="confirmation",
    why="CSV rows: 삭제 removed, 유지 with reason rejected, 확인불가/존재하지 않는 게시물 not_found",
    items={N3: "removed", N4: "removed", N5: "rejected", N6: "not_found"},
)

case(
    name="naver-statement-then-url-below",
    imitates="NAVER 임시조치 notice: sentence first, URL on the line below",
    date=d("2024-09-08 14:02:55"),
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    subject="[KCSC-240902-01] 게시물 조치 안내",
    body=f"""안녕하세요, 네이버입니다.

요청하신 게시물 중 아래 게시물은 30일간 임시조치(접근 제한)되었습니다.
{N7}

아래 게시물은 운영원칙 위반으로 삭제되었습니다.
{N8}

임시조치 기간이 끝난 뒤의 처리 여부는 별도로 알려드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    why="each statement is followed by its URL on the next line; 임시조치(접근 제한) is restricted, 삭제 removed",
    items={N7: "restricted", N8: "removed"},
)

case(
    name="naver-echoed-report-form",
    imitates="NAVER 신고센터 result mail echoing the submitted report form (신고 번호 / 신고 대상 URL / 처리 상태)",
    date=d("2024-09-10 08:45:10"),
    **{"from": "noreply-report@naver.com"},
    name_from=enc("네이버 신고센터"),
    subject=enc("[네이버 신고센터] 신고하신 게시물의 처리 결과 안내"),
    body=f"""[신고 처리 결과 안내]

기관 신고 건에 대한 처리 결과를 알려드립니다.

신고 번호: NV-2409-77120
신고 대상 URL: {N8}
신고 사유: 불법 도박 홍보
처리 상태: 처리 완료 - 게시물 삭제

신고 번호: NV-2409-77121
신고 대상 URL: {N9}
신고 사유: 불법 도박 홍보
처리 상태: 처리 완료 - 위반 사항 없음(게시 유지)

본 메일은 발신 전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    why="echoed report blocks each pair a URL with its 처리 상태: N8 deleted, N9 kept (rejected)",
    items={N8: "removed", N9: "rejected"},
)

case(
    name="naver-dsa-style-statement-of-reasons",
    imitates="DSA Article 17 statement of reasons, as a portal's English template",
    date=d("2024-09-11 13:00:00"),
    **{"from": "legal-notice@navercorp.com"},
    name_from="NAVER Legal",
    subject="Statement of reasons - your notice KCSC-240902-01",
    body=f"""Statement of reasons

Notice reference: KCSC-240902-01
Decision reference: NV-SOR-2024-0911-0042

Content: {N12}
Decision: content removed (no longer visible to any user)
Ground: illegal content - advertising of unlicensed gambling
Automated means used: no

Content: {N13}
Decision: access disabled for users in the Republic of Korea
Ground: illegal content under Korean law
Automated means used: no

Redress: the uploader may appeal at https://help.naver.com/appeal/decision.help
""",
    outcome="applied", classification="confirmation",
    why="statement of reasons blocks: N12 removed for everyone, N13 disabled only in Korea (restricted); the appeal link is not an item",
    items={N12: "removed", N13: "restricted"},
)

case(
    name="daum-cafe-notice-korean",
    imitates="Kakao 고객센터 Daum 카페 게시물 조치 안내 (■ bullets with arrows)",
    date=d("2024-09-06 15:17:44"),
    **{"from": "cs-notice@daum.net"},
    name_from=enc("카카오 고객센터"),
    subject=enc("[Daum 카페] 시정요구 게시물 처리 결과 (KCSC-240904-02)"),
    reply_to_req="req-240904-02",
    body=f"""안녕하세요, 카카오 고객센터입니다.

Daum 카페 게시물에 대한 시정요구(KCSC-240904-02)를 다음과 같이 처리하였음을 알려드립니다.

■ {D1} → 게시물 삭제 및 작성자 카페 활동 정지
■ {D2} → 게시물 삭제
■ {D3} → 작성자가 스스로 삭제하여 현재 존재하지 않는 게시물입니다.

Tistory 게시물은 담당 부서 확인 후 별도로 회신드리겠습니다.

카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    why="trusted daum.net notice; two posts deleted, one already deleted by its author (not_found); Tistory item left for later",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="daum-tistory-english",
    imitates="Kakao Tistory operations English reply on a blog post made private and the blog suspended",
    date=d("2024-09-09 10:41:30"),
    **{"from": "tistory-ops@kakaocorp.com"},
    name_from="Kakao Tistory Operations",
    subject="Re: [KCSC-240904-02] Request for removal",
    reply_to_req="req-240904-02",
    body=f"""Hello,

This is the Tistory operations team at Kakao, replying to your request
KCSC-240904-02.

The post at {D4} offered prescription drugs for sale
without a licence. We have made the post private (비공개 처리) so that it
can no longer be viewed by anyone, and the blog has been suspended.

Best regards,
Tistory Operations, Kakao Corp.
""",
    outcome="applied", classification="confirmation",
    why="kakaocorp.com is a Daum sender; 'made private so that it can no longer be viewed by anyone' is removed",
    items={D4: "removed"},
)

case(
    name="daum-html-table-mixed",
    imitates="Kakao 게시물 조치 결과 HTML table (삭제 / 청소년 접근 제한 / 유지)",
    date=d("2024-09-10 17:03:12"),
    **{"from": "kcsc-reply@kakaocorp.com"},
    name_from=enc("카카오 정책팀"),
    subject=enc("KCSC-240904-02 조치 결과 회신"),
    type="html",
    body=f"""<div style="font-family:'Malgun Gothic'">
<p>안녕하세요. 카카오 정책팀입니다.<br>요청하신 Daum 카페 게시물의 검토 결과를 회신드립니다.</p>
<table border="1">
<thead><tr><th>게시물</th><th>결과</th><th>사유</th></tr></thead>
<tbody>
<tr><td><a href="{D1}">{D1}</a></td><td>삭제</td><td>의약품 불법 판매</td></tr>
<tr><td><a href="{D2}">{D2}</a></td><td>청소년 접근 제한</td><td>성인 인증 후 열람 가능하도록 설정</td></tr>
<tr><td><a href="{D3}">{D3}</a></td><td>유지</td><td>판매 행위가 확인되지 않아 위반 사항 없음</td></tr>
</tbody></table>
<p>감사합니다.</p></div>""",
    outcome="applied", classification="confirmation",
    why="HTML table: 삭제 removed, 청소년 접근 제한 (age gate) restricted, 유지 with reason rejected",
    items={D1: "removed", D2: "restricted", D3: "rejected"},
)

case(
    name="daum-bilingual-korean-english",
    imitates="Kakao bilingual (Korean then English) decision mail",
    date=d("2024-09-12 09:30:00"),
    **{"from": "kcsc-reply@kakaocorp.com"},
    name_from="Kakao Policy",
    subject="[KCSC-240904-02] 검토 결과 / Review result",
    body=f"""[한국어]
{D2}
: 검토 결과 의약품 판매글이 아닌 복용 후기로 판단되어 게시를 유지합니다.
{D4}
: 해당 블로그 글을 삭제하였습니다.

[English]
{D2}
: After review this is a user's account of taking the medicine, not an
offer to sell it, so it stays up.
{D4}
: The blog post has been deleted.

Kakao Policy Team
""",
    outcome="applied", classification="confirmation",
    why="same two decisions stated in Korean and in English: D2 kept (rejected), D4 deleted",
    items={D2: "rejected", D4: "removed"},
)

case(
    name="dc-bullets-korean",
    imitates="DC Inside 운영팀 삭제 요청 처리 결과 (dash list, status after the URL)",
    date=d("2024-09-06 20:12:33"),
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject="Re: [KCSC-240905-03] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240905-03",
    body=f"""디시인사이드 운영팀입니다.

KCSC-240905-03 요청 건 처리 결과 알려드립니다.

- {G1} 삭제 완료
- {G2} 삭제 완료
- {G3} 해당 번호의 게시물이 존재하지 않습니다(이미 삭제된 글).

작성자에 대해서는 갤러리 이용 차단 조치도 함께 진행하였습니다.
""",
    outcome="applied", classification="confirmation",
    why="URL then status on the same line: two deletions and one post that no longer exists",
    items={G1: "removed", G2: "removed", G3: "not_found"},
)

_dc_html = f"""<html><body>
<p>안녕하세요, 디시인사이드입니다.</p>
<p>KCSC-240905-03 건 중 마이너/미니 갤러리 게시물 처리 결과입니다.</p>
<table border="1">
<tr><td>{amp(G4)}</td><td>삭제</td></tr>
<tr><td>{amp(G5)}</td><td>성인 인증 게시물로 전환(청소년 접근 제한)</td></tr>
</table>
<p>디시인사이드 운영팀</p>
</body></html>
"""
case(
    name="dc-base64-html-table",
    imitates="DC Inside reply from a web form mailer: base64-encoded HTML table",
    date=d("2024-09-09 12:00:21"),
    **{"from": "noreply@dcinside.com"},
    name_from=enc("디시인사이드"),
    subject=enc("[디시인사이드] 요청하신 게시물 처리 결과"),
    reply_to_req="req-240905-03",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_dc_html),
    outcome="applied", classification="confirmation",
    why="base64 HTML; G4 deleted, G5 turned into an adult-verification post (age-restricted: restricted)",
    items={G4: "removed", G5: "restricted"},
)

case(
    name="dc-url-followed-by-particles",
    imitates="DC Inside staff prose reply with Korean particles glued to the URLs",
    date=d("2024-09-07 11:48:06"),
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject="Re: [KCSC-240905-03] 삭제 요청",
    reply_to_req="req-240905-03",
    body=f"""안녕하세요. 디시인사이드입니다.

문의하신 {G1}은 갤러리 관리자 확인 후 삭제 조치하였습니다.

{G2}의 경우 특정인을 알아볼 수 있는 정보가 들어 있지 않아 삭제 대상에 해당하지 않는다고 판단하였고, 게시를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    why="particles 은/의 follow the URLs; G1 deleted, G2 kept with a reason (rejected)",
    items={G1: "removed", G2: "rejected"},
)

case(
    name="dc-angle-brackets-fullwidth",
    imitates="DC Inside 【처리결과】 notice with URLs in angle brackets and full-width punctuation",
    date=d("2024-09-08 09:03:40"),
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject="[KCSC-240905-03] 처리결과",
    body=f"""【처리결과】
<{G3}>：삭제 완료。
<{G4}>：삭제 완료。

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    why="URLs in angle brackets followed by a full-width colon and 삭제 완료",
    items={G3: "removed", G4: "removed"},
)

case(
    name="soop-english-actions",
    imitates="SOOP Trust & Safety English reply (VOD deleted, station post blinded, VOD re-rated 19+)",
    date=d("2024-09-09 16:20:00"),
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    subject="Re: [KCSC-240906-04] Removal request",
    reply_to_req="req-240906-04",
    body=f"""Dear KCSC,

Thank you for your request KCSC-240906-04. Our team has taken the following
actions:

* VOD {S1} - deleted.
* Station post {S2} - hidden from public view (blind).
* VOD {S3} - re-rated 19+; only age-verified adults can play it.

The broadcaster has also received a 7-day broadcasting suspension.

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    why="bulleted actions per URL: deleted and blinded are removed, 19+ re-rating is restricted",
    items={S1: "removed", S2: "removed", S3: "restricted"},
)

case(
    name="soop-afreecatv-domain-korean",
    imitates="SOOP (former AfreecaTV) operations reply sent from the old afreecatv.com domain",
    date=d("2024-09-10 11:11:11"),
    **{"from": "op@afreecatv.com"},
    name_from=enc("SOOP 운영팀"),
    subject="Re: [KCSC-240906-04] 시정요구",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요, SOOP 운영팀입니다.

{S1} 다시보기는 삭제 처리하였습니다.
{S2} 게시글은 방송국 게시판이 이미 삭제되어 존재하지 않는 게시글로 확인됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    why="afreecatv.com is a configured SOOP sender; S1 deleted, S2 does not exist (not_found)",
    items={S1: "removed", S2: "not_found"},
)

case(
    name="soop-bare-url-status-below",
    imitates="SOOP 처리 내역 (bare URL, arrow and result on the line below)",
    date=d("2024-09-11 19:40:02"),
    **{"from": "safety@sooplive.co.kr"},
    name_from=enc("SOOP 클린센터"),
    subject="[KCSC-240906-04] 처리 내역",
    body=f"""처리 내역

{S3}
→ 다시보기 영구 삭제

{S1}
→ 검토 결과 운영정책 위반 사항이 확인되지 않아 유지

SOOP 클린센터
""",
    outcome="applied", classification="confirmation",
    why="status on the line below each bare URL: S3 deleted, S1 kept with a reason (rejected)",
    items={S3: "removed", S1: "rejected"},
)

case(
    name="fmkorea-admin-prose",
    imitates="FM Korea 운영진 short prose reply listing both URLs in parentheses",
    date=d("2024-09-10 22:05:19"),
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영진"),
    subject="Re: [KCSC-240909-05] 게시물 삭제 요청",
    reply_to_req="req-240909-05",
    body=f"""안녕하세요 에펨코리아 운영진입니다.

요청하신 게시물 2건({F1}, {F2}) 모두 삭제하였고 작성자는 영구 이용정지 처리했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    why="one sentence names both URLs explicitly and says both were deleted",
    items={F1: "removed", F2: "removed"},
)

case(
    name="fmkorea-gmail-top-posted",
    imitates="Gmail top-posted reply over the quoted request (…님이 작성: and '>' lines)",
    date=d("2024-09-11 08:31:50"),
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영진"),
    subject="Re: [KCSC-240909-05] 투자 사기 게시물 삭제 요청",
    reply_to_req="req-240909-05",
    body=f"""{F1} → 삭제했습니다.
{F2} → 작성자가 먼저 지운 글이라 남아 있지 않습니다.

2024년 9월 9일 (월) 오후 2:03, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하십니까, 방송통신심의위원회입니다.
> 아래 게시물은 투자 사기 정보로 삭제를 요청합니다.
>
> {F1}
> {F2}
>
> 9월 16일까지 조치 결과를 회신하여 주십시오.
""",
    outcome="applied", classification="confirmation",
    why="top part states F1 deleted and F2 already deleted by its author (not_found); the quoted request states nothing",
    items={F1: "removed", F2: "not_found"},
)

case(
    name="clien-single-item-no-url",
    imitates="Clien 운영팀 one-line reply in the request's thread, naming no URL",
    date=d("2024-09-11 14:26:37"),
    **{"from": "help@clien.net"},
    name_from=enc("클리앙 운영팀"),
    subject="Re: [KCSC-240910-06] 게시물 삭제 요청",
    reply_to_req="req-240910-06",
    body="""안녕하세요, 클리앙입니다.

요청하신 게시물은 확인 후 삭제 처리하였습니다.

감사합니다.
클리앙 운영팀
""",
    outcome="applied", classification="confirmation",
    why="one-item request, reply in its thread with its reference: the sole statement applies to C1",
    items={C1: "removed"},
)

case(
    name="ppomppu-angle-url-next-line",
    imitates="Ppomppu 고객센터 블라인드 처리 안내 (statement, then <URL> on the next line)",
    date=d("2024-09-12 10:10:10"),
    **{"from": "cs@ppomppu.co.kr"},
    name_from=enc("뽐뿌 고객센터"),
    subject=enc("[뽐뿌] KCSC-240910-07 처리 안내"),
    body=f"""안녕하세요. 뽐뿌 고객센터입니다.

아래 게시물은 블라인드 처리되었습니다.
<{P1}>

작성자에게는 이용 제한 안내가 발송되었습니다.
""",
    outcome="applied", classification="confirmation",
    why="블라인드 처리 is removed; the URL in angle brackets follows on the next line",
    items={P1: "removed"},
)

case(
    name="ppomppu-gmail-quote-done",
    imitates="short staff reply 'Done' over a Gmail-quoted request",
    date=d("2024-09-11 16:44:02"),
    **{"from": "mod.kang@ppomppu.co.kr"},
    name_from=enc("강민호"),
    subject="Re: [KCSC-240910-07] 중고거래 사기 게시물 삭제 요청",
    reply_to_req="req-240910-07",
    body=f"""Done - 요청하신 글 삭제했습니다.

강민호 / 뽐뿌 운영팀

2024년 9월 10일 (화) 오후 3:12, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 아래 게시물의 삭제를 요청합니다.
> {P1}
> 조치 결과를 9월 17일까지 회신해 주십시오.
""",
    outcome="applied", classification="confirmation",
    why="one-item request; the unquoted sentence says the requested post was deleted",
    items={P1: "removed"},
)

# ======================================================================
# REVIEW
# ======================================================================

case(
    name="naver-promise-will-be-deleted",
    imitates="NAVER interim reply promising deletion within three business days",
    date=d("2024-09-04 10:02:00"),
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    subject="Re: [KCSC-240902-01] 시정요구",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버입니다.

보내주신 KCSC-240902-01 건 중 {N3} 및
{N4} 게시물은 내부 검토를 거쳐 영업일 기준 3일 이내에 삭제될 예정입니다.

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    why="'삭제될 예정입니다' is a promise, not a statement; both items stay pending",
    items={N3: "pending", N4: "pending"},
)

case(
    name="naver-bulk-all-done",
    imitates="NAVER one-line 조치 완료 covering the whole request",
    date=d("2024-09-09 18:00:45"),
    **{"from": "kcsc-reply@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject="Re: [KCSC-240902-01] 시정요구 (불법 도박)",
    reply_to_req="req-240902-01",
    body="""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01 시정요구 대상 게시물 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    why="'전체 게시중단' for a 13-item request without naming any item: bulk, nothing applied",
    items={u: "pending" for u in NAVER},
)

case(
    name="naver-under-review-english",
    imitates="NAVER English status update: items under legal review",
    date=d("2024-09-10 12:15:00"),
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Status update - KCSC-240902-01",
    body=f"""Hello,

A short status update on KCSC-240902-01. The following URLs are currently
under review by our legal team:

{N5}
{N6}

We expect to reach a decision by September 20 and will let you know.

NAVER Trust & Safety
""",
    outcome="review", review="not_understood",
    why="'under review' is no statement; names requested items so it goes to a person",
    items={N5: "pending", N6: "pending"},
)

case(
    name="naver-untrusted-dkim-fail",
    imitates="NAVER-looking result notice whose DKIM/DMARC fail",
    date=d("2024-09-07 03:12:09"),
    **{"from": "kcsc-reply@navercorp.com"},
    auth="fail",
    name_from=enc("네이버 정책지원팀"),
    subject="[KCSC-240902-01] 처리 결과",
    body=f"""안녕하세요. 네이버입니다.

아래 게시물을 모두 삭제하였습니다.
- {N1}
- {N2}
- {N10}

감사합니다.
""",
    outcome="review", review="untrusted",
    why="From navercorp.com but dmarc=fail: statements may not be applied",
    items={N1: "pending", N2: "pending", N10: "pending"},
)

case(
    name="kcsc-colleague-forwards-naver-reply",
    imitates="Gmail-style '---------- Forwarded message ---------' of a NAVER reply by a KCSC colleague",
    date=d("2024-09-12 09:58:31"),
    **{"from": "yj.choi@kcsc.example"},
    name_from=enc("최유진"),
    subject="Fwd: [NAVER] KCSC-240902-01 처리 결과",
    body=f"""담당자님, 제 메일함으로 잘못 온 회신이라 전달드립니다.

---------- Forwarded message ---------
보낸사람: 네이버 정책지원팀 <kcsc-reply@navercorp.com>
Date: 2024년 9월 11일 (수) 오후 4:20
Subject: [NAVER] KCSC-240902-01 처리 결과
To: <yj.choi@kcsc.example>

안녕하세요, 네이버입니다.
{N10} 게시물은 삭제 처리되었습니다.
""",
    outcome="review", review="forwarded",
    classification="forwarded",
    why="the NAVER statement reaches us only inside a colleague's forward; its origin cannot be checked",
    items={N10: "pending"},
)

case(
    name="daum-hedge-appears-deleted",
    imitates="Kakao 고객센터 reply guessing from the public view that a post seems gone",
    date=d("2024-09-05 13:45:00"),
    **{"from": "cs-notice@daum.net"},
    name_from=enc("카카오 고객센터"),
    subject="Re: [KCSC-240904-02] 시정요구",
    reply_to_req="req-240904-02",
    body=f"""안녕하세요, 카카오 고객센터입니다.

{D1} 게시물은 현재 조회되지 않는 것으로 보아 이미 삭제된 것으로 보입니다.
정확한 처리 내역은 카페 운영팀 확인 후 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    why="'삭제된 것으로 보입니다' is a hedge; D1 stays pending",
    items={D1: "pending"},
)

case(
    name="daum-cafe-owner-hanmail",
    imitates="a Daum cafe owner (a user, writing from a hanmail.net address) telling the regulator he deleted a post",
    date=d("2024-09-06 23:14:52"),
    **{"from": "pillmkt_owner@hanmail.net"},
    name_from=enc("필마켓 카페지기"),
    subject="Re: [KCSC-240904-02] 카페 게시글",
    body=f"""위원회에서 요청하신 카페 글 {D2} 지웠습니다.
카페 폐쇄는 하지 말아주세요. 앞으로 관리 잘 하겠습니다.
""",
    outcome="review", review="unknown_sender",
    why="hanmail.net is Daum's consumer mail, not a configured Daum sender: a user's word, not the platform's",
    items={D2: "pending"},
)

case(
    name="dc-bulk-english",
    imitates="DC Inside English one-liner saying all reported posts were removed",
    date=d("2024-09-07 15:32:10"),
    **{"from": "global@dcinside.com"},
    name_from="dcinside Global",
    subject="Re: [KCSC-240905-03] Request to remove posts",
    reply_to_req="req-240905-03",
    body="""Hello,

All of the posts listed in your request KCSC-240905-03 have been removed from
our galleries.

dcinside
""",
    outcome="review", review="bulk",
    why="'all of the posts' for a five-item request, none named: bulk",
    items={u: "pending" for u in DC},
)

case(
    name="dc-conditional-deletion",
    imitates="DC Inside reply making a deletion conditional on the author not removing the post himself",
    date=d("2024-09-06 14:08:00"),
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject="Re: [KCSC-240905-03] 삭제 요청",
    reply_to_req="req-240905-03",
    body=f"""디시인사이드 운영팀입니다.

{G4} 게시물은 작성자에게 자진 삭제를 안내하였으며,
24시간 안에 작성자가 삭제하지 않으면 운영팀에서 삭제할 예정입니다.
""",
    outcome="review", review="not_understood",
    why="a condition and a promise, no statement of what happened to G4",
    items={G4: "pending"},
)

case(
    name="lawfirm-author-deleted",
    imitates="letter from the author's law firm saying the author removed the post",
    date=d("2024-09-09 11:20:00"),
    **{"from": "jhpark@hangyeol-law.example"},
    name_from=enc("법무법인 한결 박정훈 변호사"),
    subject=enc("[KCSC-240905-03] 게시물 자진 삭제 통지"),
    body=f"""방송통신심의위원회 귀중

당 법인은 {G2} 게시물 작성자의 대리인입니다.
의뢰인은 2024. 9. 6. 해당 게시물을 자진하여 삭제하였음을 알려드립니다.

법무법인 한결 변호사 박정훈
""",
    outcome="review", review="unknown_sender",
    why="not DC Inside: an outside party's statement about a requested item",
    items={G2: "pending"},
)

case(
    name="soop-asks-for-documents",
    imitates="SOOP 클린센터 asking for the 시정요구 decision letter before acting",
    date=d("2024-09-07 10:30:30"),
    **{"from": "safety@sooplive.co.kr"},
    name_from=enc("SOOP 클린센터"),
    subject="Re: [KCSC-240906-04] 시정요구",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요, SOOP 클린센터입니다.

{S2} 게시글에 대한 조치를 위해
시정요구 결정문 사본과 해당 게시글이 불법정보에 해당하는 근거 조항을 회신해 주시기 바랍니다.
자료 확인 후 처리하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    why="SOOP asks for documents before acting; S2 stays pending",
    items={S2: "pending"},
)

case(
    name="inven-not-our-site",
    imitates="Inven 고객센터 reply to a misdirected request: the URLs belong to another site",
    date=d("2024-09-10 09:12:44"),
    **{"from": "cs@inven.co.kr"},
    name_from=enc("인벤 고객센터"),
    subject="Re: [KCSC-240909-05] 게시물 삭제 요청",
    body=f"""안녕하세요, 인벤 고객센터입니다.

보내주신 요청 메일에 적힌 {F1}, {F2}
주소는 인벤이 아닌 다른 사이트의 게시물입니다. 인벤 내에서는 해당 게시물을 찾을 수 없습니다.
""",
    outcome="review", review="wrong_platform",
    why="Inven (a configured platform) speaks about FM Korea's items; nothing may be applied",
    items={F1: "pending", F2: "pending"},
)

case(
    name="fmkorea-channel-change-notice",
    imitates="FM Korea circular to public agencies about a new report channel",
    date=d("2024-09-13 10:00:00"),
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영진"),
    subject=enc("[안내] 공공기관 게시물 조치 요청 접수 창구 변경"),
    body="""안녕하세요, 에펨코리아 운영진입니다.

10월 1일부터 공공기관의 게시물 조치 요청은 이메일 대신 아래 전용 페이지로 접수받습니다.
https://www.fmkorea.com/agency_report

기존 이메일로 보내주신 요청은 9월 30일까지 처리합니다.
""",
    outcome="review", review="no_claims",
    why="trusted FM Korea mail that names no item and no request; the page link is not an item",
    items={},
)

# ======================================================================
# IGNORED
# ======================================================================

case(
    name="naver-out-of-office-chuseok",
    imitates="Korean 부재중 자동회신 over the Chuseok holiday",
    date=d("2024-09-16 08:00:03"),
    **{"from": "sungmin.lee@navercorp.com"},
    name_from=enc("이성민"),
    subject=enc("[자동회신] 부재중입니다 (9/16~9/18)"),
    extra_headers=AUTO,
    body="""안녕하세요, 이성민입니다.

9월 16일부터 18일까지 추석 연휴로 부재중입니다.
게시중단 관련 긴급 건은 policy@navercorp.com 으로 보내주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="daum-ooo-english-with-quote",
    imitates="English out-of-office with our request quoted below it",
    date=d("2024-09-04 19:02:11"),
    **{"from": "jh.yoon@kakaocorp.com"},
    name_from="Jihoon Yoon",
    subject="Automatic reply: [KCSC-240904-02] 시정요구 (의약품 불법 판매)",
    reply_to_req="req-240904-02",
    extra_headers=AUTO,
    body=f"""I am out of the office until Monday, September 9, with limited access to
email. For urgent matters please contact kcsc-reply@kakaocorp.com.

> 아래 게시물의 삭제를 요청합니다.
> {D1}
> {D2}
> {D3}
> {D4}
""",
    outcome="ignored", classification="auto_reply",
    why="Automatic reply; the URLs are only in the quoted request",
    items={},
)

case(
    name="nate-customer-center-autoreply",
    imitates="NATE customer center automatic acknowledgement in English",
    date=d("2024-09-10 15:00:09"),
    **{"from": "noreply@nate.com"},
    name_from="NATE Customer Center",
    subject="[NATE] We have received your inquiry",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thank you for contacting NATE Customer Center.

This is an automated reply. Your inquiry has been received and our staff
will respond within 3 business days. Please do not reply to this email.
""",
    outcome="ignored", classification="auto_reply",
    why="automatic receipt from a platform owning none of our items",
    items={},
)

case(
    name="ppomppu-ticket-receipt",
    imitates="Ppomppu 고객센터 문의 접수 완료 (ticket number)",
    date=d("2024-09-10 15:20:40"),
    **{"from": "cs@ppomppu.co.kr"},
    name_from=enc("뽐뿌 고객센터"),
    subject=enc("[뽐뿌 고객센터] 문의가 접수되었습니다 (접수번호 PP-240910-0032)"),
    body="""안녕하세요. 뽐뿌 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
담당자 확인 후 순차적으로 답변드리겠습니다.

접수번호: PP-240910-0032
문의 제목: [KCSC-240910-07] 중고거래 사기 게시물 삭제 요청
""",
    outcome="ignored", classification="acknowledgement",
    why="pure receipt with a ticket number; nothing about the item",
    items={},
)

case(
    name="soop-helpdesk-receipt-english",
    imitates="help-desk ticket receipt ('Your request #… has been received')",
    date=d("2024-09-06 17:05:00"),
    **{"from": "support@sooplive.co.kr"},
    name_from="SOOP Support",
    subject="[SOOP] Request received: [KCSC-240906-04] Removal request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (#55102) has been received and will be handled by our support
staff. To add further details, reply to this email.

SOOP Support
""",
    outcome="ignored", classification="acknowledgement",
    why="ticket receipt only",
    items={},
)

case(
    name="clien-dsn-bounce",
    imitates="Postfix delivery status notification (multipart/report delivery-status)",
    date=d("2024-09-10 15:13:02"),
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B987DSN.1726038782/mx.kcsc.example"

This is a MIME-encapsulated message.

--B987DSN.1726038782/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@clien.net>: host mx.clien.net[203.0.113.44] said: 550 5.1.1
    <abuse@clien.net>: Recipient address rejected: User unknown

--B987DSN.1726038782/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 15:12:58 +0900

Final-Recipient: rfc822; abuse@clien.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.clien.net
Diagnostic-Code: smtp; 550 5.1.1 <abuse@clien.net>: Recipient address rejected: User unknown

--B987DSN.1726038782/mx.kcsc.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@clien.net
Subject: {enc("[KCSC-240910-06] 게시물 삭제 요청")}
Message-ID: <req-240910-06@kcsc.example>
Date: Tue, 10 Sep 2024 15:12:57 +0900

--B987DSN.1726038782/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    why="DSN for our request to a wrong Clien address",
    items={},
)

case(
    name="dc-read-receipt-mdn",
    imitates="MDN read receipt (multipart/report disposition-notification) from a Korean mail client",
    date=d("2024-09-05 18:30:12"),
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject=enc("읽음 확인: [KCSC-240905-03] 개인정보 노출 게시물 삭제 요청"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_MDN_b987_dc"

------=_MDN_b987_dc
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 2024-09-05 18:30에 읽었습니다.
이 확인은 메일이 열렸다는 것만 의미하며, 내용을 이해하거나 동의했다는 뜻은 아닙니다.

------=_MDN_b987_dc
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; WebMail
Final-Recipient: rfc822;report@dcinside.com
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_b987_dc--
""",
    outcome="ignored", classification="read_receipt",
    why="read receipt only",
    items={},
)


HEADER = """# Blind set 987 (Korean portals and community sites): expected results,
# written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind987", HEADER, CASES)


if __name__ == "__main__":
    main()
