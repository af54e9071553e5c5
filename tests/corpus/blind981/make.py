#!/usr/bin/env python3
"""Blind set 981: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Inven, FM Korea, Clien), Korean and English mixed, with the
doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind981/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Every
expected result below was written from the meaning of the email alone,
before the reader was ever run on it.
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

# ---------------------------------------------------------------- requests
KOR_CAFE = "바람소리"
N = [
    "https://blog.naver.com/moonlit_ferry77/223551200101",
    "https://blog.naver.com/moonlit_ferry77/223551200188",
    "https://cafe.naver.com/greenpinehill/48211",
    "https://cafe.naver.com/greenpinehill/48230",
    "https://cafe.naver.com/slowtidecafe/9917",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470011223",
    "https://blog.naver.com/paper_kite_03/223560004412",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38110245&memberNo=55501234",
    "https://cafe.naver.com/greenpinehill/48302",
    "https://blog.naver.com/quietlantern/223571188030",
    "https://tv.naver.com/v/60112233",
    "https://cafe.naver.com/" + urllib.parse.quote(KOR_CAFE) + "/1204",
]
N12_RAW = "https://cafe.naver.com/" + KOR_CAFE + "/1204"
D = [
    "https://cafe.daum.net/amberfield/Kq3s/1182",
    "https://cafe.daum.net/amberfield/Kq3s/1190",
    "https://cafe.daum.net/nightowlmarket/AbC1/77",
    "https://tv.kakao.com/v/441209876",
]
C = [
    "https://gall.dcinside.com/mgallery/board/view/?id=riverlamp&no=55120",
    "https://gall.dcinside.com/mgallery/board/view/?id=riverlamp&no=55134",
    "https://gall.dcinside.com/board/view/?id=stonebridge&no=910233",
    "https://gall.dcinside.com/mini/board/view/?id=paperboat&no=4402",
    "https://m.dcinside.com/board/stonebridge/910240",
]
S = [
    "https://vod.sooplive.co.kr/player/138220551",
    "https://ch.sooplive.co.kr/greybadger9/post/102233",
    "https://vod.sooplive.co.kr/player/138220987",
]
I = [
    "https://www.inven.co.kr/board/lostark/4821/889012",
    "https://www.inven.co.kr/board/maple/5974/1102334",
]
F = ["https://www.fmkorea.com/7311200456"]
L = [
    "https://www.clien.net/service/board/park/18770123",
    "https://www.clien.net/service/board/cm_car/18771004",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, msgid-local, note
    ("KCSC-240909-01", "naver", "2024-09-09T16:00:00+09:00", "2024-09-16T23:59:59+09:00", N,
     "illegal_gambling", "req-240909-01", "NAVER blog/cafe/kin/post/tv, 12 items"),
    ("KCSC-240910-02", "daum", "2024-09-10T10:30:00+09:00", "2024-09-17T23:59:59+09:00", D,
     "obscenity", "req-240910-02", "Daum cafe and Kakao TV"),
    ("KCSC-240911-03", "dcinside", "2024-09-11T11:00:00+09:00", "2024-09-18T23:59:59+09:00", C,
     "defamation", "req-240911-03", "DC Inside galleries"),
    ("KCSC-240912-04", "soop", "2024-09-12T09:40:00+09:00", "2024-09-19T23:59:59+09:00", S,
     "obscenity", "req-240912-04", "SOOP VODs and a station post"),
    ("KCSC-240913-05", "inven", "2024-09-13T14:00:00+09:00", "2024-09-20T23:59:59+09:00", I,
     "illegal_trade", "req-240913-05", "Inven boards"),
    ("KCSC-240913-06", "fmkorea", "2024-09-13T14:10:00+09:00", "2024-09-20T23:59:59+09:00", F,
     "privacy", "req-240913-06", "FM Korea, one post"),
    ("KCSC-240916-07", "clien", "2024-09-16T10:00:00+09:00", "2024-09-23T23:59:59+09:00", L,
     "drugs", "req-240916-07", "Clien boards"),
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


def request_text(ref, urls, prefix=""):
    """Our own request as platforms quote it back."""
    lines = [
        "안녕하십니까. 방송통신심의위원회 통신심의 담당입니다.",
        "아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 하오니 조치 후 결과를",
        "회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="naver-kcsc-result-html-table",
    **{"from": "policy-support@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Tue, 10 Sep 2024 15:42:10 +0900",
    subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    type="html",
    body=f"""<html><body>
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(요청번호 KCSC-240909-01)에 대한 1차 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>대상 URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>게시중단</td><td>2024.09.10 조치</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>삭제</td><td>2024.09.10 조치</td></tr>
<tr><td>3</td><td>{N[2]}</td><td>임시조치(30일)</td><td>정보통신망법 제44조의2</td></tr>
<tr><td>4</td><td>{N[3]}</td><td>해당 게시물 없음</td><td>요청 접수 전 작성자가 자진 삭제</td></tr>
<tr><td>5</td><td>{N[4]}</td><td>미조치</td><td>검토 결과 운영원칙 위반 사항이 확인되지 않아 게시 유지</td></tr>
<tr><td>6</td><td>{N[5].replace('&', '&amp;')}</td><td>블라인드</td><td></td></tr>
</table>
<p>나머지 6건은 확인 후 별도로 회신드리겠습니다.</p>
<p>네이버 운영정책: <a href="https://policy.naver.com/rules/service.html">https://policy.naver.com/rules/service.html</a></p>
<p>NAVER Corp. 정책지원팀 드림</p>
</body></html>""",
    outcome="applied",
    imitates="Korean portal 시정요구 조치결과 table (NAVER-style HTML reply to a KCSC request)",
    why="HTML table, one row per URL: 게시중단/삭제/블라인드 removed, 임시조치 restricted, author-deleted not_found, 미조치 with reason rejected",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "not_found",
           N[4]: "rejected", N[5]: "removed"},
)

case(
    name="naver-korean-prose-brackets",
    **{"from": "rights@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Wed, 11 Sep 2024 17:05:44 +0900",
    subject="RE: [KCSC-240909-01] 시정요구 (12건) - 추가 처리 결과",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요. 네이버 권리보호센터 담당자입니다.

KCSC-240909-01 건 관련하여 추가로 처리된 결과를 안내드립니다.

1) 블로그 게시물({N[6]})은 9월 11일 게시중단 처리되었습니다.
2) 카페 게시글「{N[8]}」은 카페 매니저 확인 후 운영자 삭제되었습니다.

그 밖의 게시물은 순서대로 검토하고 있으며, 결과가 나오는 대로 다시 연락드리겠습니다.

감사합니다.
네이버 권리보호센터
""",
    outcome="applied",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 안내 (Korean prose)",
    why="two URLs inside parentheses and 「」 brackets followed by Korean particles, each with a done statement (게시중단, 운영자 삭제)",
    items={N[6]: "removed", N[8]: "removed"},
)

case(
    name="naver-english-url-then-outcome",
    **{"from": "jiwon.seo@navercorp.com"}, name_from="Jiwon Seo",
    date="Thu, 12 Sep 2024 10:14:03 +0900",
    subject="Re: [KCSC-240909-01] Request for correction (12 items)",
    reply_to_req="req-240909-01",
    body=f"""Dear KCSC team,

Re: KCSC-240909-01. Please find below the outcome for three of the URLs.

{N[7]}
Outcome: access blocked for users in Korea (국내 접속 차단). The post stays visible outside Korea.

{N[9]}
Outcome: deleted.

{N[10]}
Outcome: not found. This clip ID does not exist on NAVER TV.

Kind regards,
Jiwon Seo
Trust & Safety, NAVER Corp.
""",
    outcome="applied",
    imitates="English abuse-desk reply, bare URL line with its outcome on the line below",
    why="each bare URL is followed by an 'Outcome:' line: blocked in Korea restricted, deleted removed, does not exist not_found",
    items={N[7]: "restricted", N[9]: "removed", N[10]: "not_found"},
)

CSV_ROWS = [
    ("1", N[0], "게시중단", "2024-09-10", ""),
    ("2", N[1], "게시중단", "2024-09-10", ""),
    ("3", N[2], "임시조치", "2024-09-10", "30일"),
    ("4", N[3], "게시물 없음", "", "작성자 자진 삭제"),
    ("5", N[4], "조치 불가", "", "운영원칙 위반 아님"),
    ("6", N[5], "블라인드", "2024-09-11", ""),
    ("7", N[6], "게시중단", "2024-09-11", ""),
    ("8", N[7], "접속차단(국내)", "2024-09-12", "해외 노출 유지"),
    ("9", N[8], "삭제", "2024-09-11", "운영자 삭제"),
    ("10", N[9], "삭제", "2024-09-12", ""),
    ("11", N[10], "게시물 없음", "", "존재하지 않는 영상 번호"),
    ("12", N[11], "삭제", "2024-09-12", ""),
]


def csv_attachment():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["번호", "URL", "조치결과", "조치일", "비고"])
    for r in CSV_ROWS:
        w.writerow(r)
    return "\ufeff" + buf.getvalue()


case(
    name="naver-csv-attachment-full",
    **{"from": "policy-support@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Fri, 13 Sep 2024 11:30:00 +0900",
    subject="[NAVER] KCSC-240909-01 조치결과 (첨부)",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==nv_b981_csv=="

--==nv_b981_csv==
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240909-01 12건 전체에 대한 최종 조치결과를 첨부 파일로 송부드립니다.
확인 부탁드립니다.

NAVER Corp. 정책지원팀

--==nv_b981_csv==
Content-Type: text/csv; charset=UTF-8; name="KCSC-240909-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_attachment())}
--==nv_b981_csv==--
""",
    outcome="applied",
    imitates="Korean portal result sheet sent as a CSV attachment (Excel export with BOM)",
    why="CSV attachment with a status for each of the 12 URLs; the percent-encoded Korean cafe URL is listed as stored",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "not_found",
           N[4]: "rejected", N[5]: "removed", N[6]: "removed", N[7]: "restricted",
           N[8]: "removed", N[9]: "removed", N[10]: "not_found", N[11]: "removed"},
)

case(
    name="naver-cafe-korean-path-raw",
    **{"from": "cafe_notice@naver.com"}, name_from="네이버 카페",
    date="Thu, 12 Sep 2024 14:25:31 +0900",
    subject="[네이버 카페] 게시중단 요청 처리 결과 안내",
    body=f"""[네이버 카페] 게시중단 요청 처리 결과 안내

요청번호 : KCSC-240909-01
대상 게시물 : {N12_RAW}
처리 결과 : 운영자 삭제 (카페 운영정책 위반)
처리 일시 : 2024-09-12 14:20

게시자는 처리 결과에 대해 이의를 제기할 수 있습니다.
이의제기 안내: https://help.naver.com/service/5633/contents/18900

본 메일은 발신 전용입니다.
""",
    outcome="applied",
    imitates="NAVER cafe 게시중단 처리 결과 form notice",
    why="form with the raw Korean-path cafe URL and 처리 결과 운영자 삭제; the help link is not an item",
    items={N[11]: "removed"},
)

case(
    name="naver-top-posted-outlook-original",
    **{"from": "hyunwoo.kang@navercorp.com"}, name_from="강현우",
    date="Tue, 10 Sep 2024 09:51:17 +0900",
    subject="RE: [KCSC-240909-01] 시정요구 (12건)",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, 요청하신 건 중 아래 두 건 먼저 회신드립니다.

- {N[0]} : 삭제 완료
- {N[2]} : 삭제 완료

나머지 10건은 확인 중입니다.

강현우 드림
NAVER 정책지원팀

-----Original Message-----
From: KCSC 삭제요청 <takedown@kcsc.example>
Sent: Monday, September 9, 2024 4:00 PM
To: policy@navercorp.com
Subject: [KCSC-240909-01] 시정요구 (12건)

{request_text("KCSC-240909-01", N)}
""",
    outcome="applied",
    imitates="Outlook top-posted reply over the regulator's quoted request",
    why="two bulleted URLs with 삭제 완료 above -----Original Message-----; the 12 URLs of the quoted request say nothing",
    items={N[0]: "removed", N[2]: "removed"},
)

QP_TEXT = f"""Hello,

Following up on your request KCSC-240909-01, we have completed our review of two of the listed URLs.

After review, the blog post at {N[1]} does not violate NAVER's operating policy or Korean law as far as we can assess, so we have decided to leave it up and take no action on it.

The cafe post at {N[4]} could not be located: that article number does not exist in the cafe.

Best regards,
NAVER Trust & Safety
"""

case(
    name="naver-qp-english-rejected-notfound",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Fri, 13 Sep 2024 09:02:48 +0900",
    subject="Re: [KCSC-240909-01] Review outcome",
    reply_to_req="req-240909-01",
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(QP_TEXT),
    outcome="applied",
    imitates="English trust-and-safety decision mail, quoted-printable with soft line breaks",
    why="quoted-printable long paragraphs: one post left up because it breaks no rule (rejected), one cafe article does not exist (not_found)",
    items={N[1]: "rejected", N[4]: "not_found"},
)

case(
    name="daum-kakao-notice-korean",
    **{"from": "report-notice@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 16:40:09 +0900",
    subject="[카카오] 게시물 게시중단 요청 처리 결과 안내 (KCSC-240910-02)",
    body=f"""안녕하세요, 카카오 고객센터 권리침해 신고 담당입니다.

방송통신심의위원회에서 요청하신 KCSC-240910-02 건에 대한 처리 결과를 알려드립니다.

■ 대상 1: {D[0]}
  - 결과: 게시중단(삭제)

■ 대상 2: {D[1]}
  - 결과: 임시조치 (정보통신망법 제44조의2에 따라 30일간 접근 제한)

■ 대상 3: {D[2]}
  - 결과: 기각 - 신고 사유에 해당하는 내용이 확인되지 않아 게시물을 유지합니다.

대상 4(카카오TV 영상)는 담당 부서에서 확인 중입니다.

카카오 고객센터 드림
""",
    outcome="applied",
    imitates="Kakao/Daum 게시중단 요청 처리 결과 안내 notice",
    why="per-target 결과 lines: 게시중단(삭제) removed, 임시조치 restricted, 기각 with reason rejected; target 4 is still being checked",
    items={D[0]: "removed", D[1]: "restricted", D[2]: "rejected", D[3]: "pending"},
)

DAUM_HTML = f"""<html><body style="font-family:'Apple SD Gothic Neo',sans-serif">
<p>안녕하세요. Daum 고객센터입니다.</p>
<p>요청번호 <b>KCSC-240910-02</b> 관련 처리 결과를 안내드립니다.</p>
<ul>
<li>카카오TV 영상 <a href="{D[3]}">{D[3]}</a> &rarr; 삭제 조치 완료</li>
<li>Daum 카페 게시글 <a href="{D[0]}">{D[0]}</a> &rarr; 삭제 조치 완료</li>
</ul>
<p>Daum 운영정책 보기: <a href="https://policy.daum.net/operation">policy.daum.net</a></p>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</body></html>
"""

case(
    name="daum-base64-html-list",
    **{"from": "noreply-report@daum.net"}, name_from="Daum 고객센터",
    date="Fri, 13 Sep 2024 10:05:55 +0900",
    subject="[Daum] 신고 처리 결과 안내 - KCSC-240910-02",
    raw_mime="Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(DAUM_HTML),
    outcome="applied",
    imitates="Daum customer-centre HTML result notice, base64 encoded",
    why="base64 HTML list: two linked URLs each followed by 삭제 조치 완료; the policy link is not an item",
    items={D[3]: "removed", D[0]: "removed"},
)

case(
    name="dcinside-numbered-korean",
    **{"from": "operation@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 18:22:40 +0900",
    subject="Re: [KCSC-240911-03] 게시물 삭제 요청",
    reply_to_req="req-240911-03",
    body=f"""디시인사이드 운영팀입니다.
KCSC-240911-03 요청 건 처리 결과입니다.

1. {C[0]}
   → 삭제 완료
2. {C[1]}
   → 삭제 완료
3. {C[2]}
   → 이미 작성자가 삭제한 글입니다.
4. {C[3]}
   → 미니 갤러리 운영 기준상 삭제 대상에 해당하지 않아 유지합니다.

5번 게시물은 아직 확인 중입니다.

감사합니다.
""",
    outcome="applied",
    imitates="DC Inside 운영팀 numbered reply with an arrow line under each URL",
    why="numbered URLs with result on the next line: two deletions, one deleted by its author (not_found), one kept with a reason (rejected); item 5 still being checked",
    items={C[0]: "removed", C[1]: "removed", C[2]: "not_found", C[3]: "rejected", C[4]: "pending"},
)

case(
    name="dcinside-mobile-adult-only",
    **{"from": "help@dcinside.com"}, name_from="DCinside Help",
    date="Fri, 13 Sep 2024 13:11:02 +0900",
    subject="KCSC-240911-03 mobile gallery post",
    body=f"""Hello KCSC,

Regarding KCSC-240911-03: the post {C[4]} has been switched to 성인 인증 필요 (adults only, age-verified access). It is no longer visible to minors or to logged-out visitors.

Best regards,
DCinside Help Desk
""",
    outcome="applied",
    imitates="DC Inside help-desk reply in mixed English and Korean about an adults-only switch",
    why="the named mobile URL was made adults-only with age verification: age-restricted, so restricted",
    items={C[4]: "restricted"},
)

case(
    name="soop-english-trust-safety",
    **{"from": "trustsafety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Fri, 13 Sep 2024 15:48:26 +0900",
    subject="Outcome of request KCSC-240912-04",
    body=f"""SOOP Trust & Safety - outcome of request KCSC-240912-04

1) VOD {S[0]}
   Removed from the service. The uploader received a policy strike.

2) Station post {S[1]}
   We could not find this post. The link opens an empty page and our records
   show no post with this number.

3) VOD {S[2]}
   Set to 19+ (age-restricted). Viewers now have to verify their age.

Our operating policy: https://www.sooplive.co.kr/policy/operation

SOOP Co., Ltd.
""",
    outcome="applied",
    imitates="SOOP (AfreecaTV) trust-and-safety outcome mail in English",
    why="numbered items: removed, could not find (not_found), 19+ age-restricted (restricted); policy link not an item",
    items={S[0]: "removed", S[1]: "not_found", S[2]: "restricted"},
)

case(
    name="soop-korean-html-table",
    **{"from": "report@sooplive.co.kr"}, name_from="SOOP 신고센터",
    date="Mon, 16 Sep 2024 10:20:00 +0900",
    subject="[SOOP] 방송통신심의위원회 요청 처리 결과 (KCSC-240912-04)",
    type="html",
    body=f"""<div>
<p>안녕하세요, SOOP 신고센터입니다.</p>
<p>KCSC-240912-04 요청 건 중 VOD 2건의 처리 결과입니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>URL</th><th>처리 내용</th><th>처리일</th></tr></thead>
<tbody>
<tr><td><a href="{S[0]}">{S[0]}</a></td><td>국내 접속 차단 (해외 서비스 지역은 유지)</td><td>2024-09-14</td></tr>
<tr><td><a href="{S[2]}">{S[2]}</a></td><td>삭제</td><td>2024-09-14</td></tr>
</tbody></table>
<p>SOOP 신고센터 드림</p>
</div>
""",
    outcome="applied",
    imitates="SOOP 신고센터 HTML result table",
    why="HTML table rows: 국내 접속 차단 restricted, 삭제 removed",
    items={S[0]: "restricted", S[2]: "removed"},
)

case(
    name="inven-korean-reply",
    **{"from": "webmaster@inven.co.kr"}, name_from="인벤 운영팀",
    date="Mon, 16 Sep 2024 11:03:19 +0900",
    subject="[인벤] 요청번호 KCSC-240913-05 회신",
    body=f"""인벤 운영팀입니다. 요청번호 KCSC-240913-05에 대해 회신드립니다.

- 로스트아크 자유게시판 글 ({I[0]}) : 블라인드 처리 완료
- 메이플스토리 게시판 글 ({I[1]}) : 검토 결과 게임 공략 정보로 확인되어 삭제하지 않습니다.

추가 문의는 이 메일로 회신해 주세요.
인벤 운영팀
""",
    outcome="applied",
    imitates="Inven 운영팀 short bulleted reply",
    why="one post blinded (removed), the other refused with its reason (rejected)",
    items={I[0]: "removed", I[1]: "rejected"},
)

case(
    name="fmkorea-sole-statement",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
    date="Sat, 14 Sep 2024 09:45:12 +0900",
    subject="Re: [KCSC-240913-06] 게시물 삭제 요청",
    reply_to_req="req-240913-06",
    body="""안녕하세요, 에펨코리아 운영팀입니다.

요청하신 게시물은 확인 후 삭제 처리하였습니다.

감사합니다.
""",
    outcome="applied",
    imitates="small community site operator's one-line reply",
    why="threaded reply to a one-item request, unhedged 삭제 처리하였습니다 without the URL: applies to the sole item",
    items={F[0]: "removed"},
)

case(
    name="clien-mixed-languages",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date="Tue, 17 Sep 2024 20:12:44 +0900",
    subject="Re: [KCSC-240916-07] 게시물 조치 요청",
    reply_to_req="req-240916-07",
    body=f"""클리앙 운영진입니다 / Clien admin team.

KCSC-240916-07 관련:

{L[0]} - 삭제했습니다 (deleted).
{L[1]} - 존재하지 않는 게시물입니다 (no such post).

클리앙 운영진
""",
    outcome="applied",
    imitates="Clien admin reply mixing Korean and English",
    why="URL then dash then statement: one deleted, one does not exist (not_found)",
    items={L[0]: "removed", L[1]: "not_found"},
)

case(
    name="naver-gmail-korean-quote",
    **{"from": "kin_ops@navercorp.com"}, name_from="네이버 지식iN 운영",
    date="Wed, 11 Sep 2024 11:37:50 +0900",
    subject="Re: [KCSC-240909-01] 시정요구 (12건)",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, 네이버 지식iN 운영 담당입니다.

요청하신 지식iN 답변글은 청소년 유해 정보로 판단하여 19세 미만 이용자에게는 노출되지 않도록 연령 제한 처리하였습니다.
{N[5]}

감사합니다.

2024년 9월 9일 (월) 오후 4:00, KCSC 삭제요청 <takedown@kcsc.example>님이 작성:
{request_text("KCSC-240909-01", N, prefix="> ")}
""",
    outcome="applied",
    imitates="Gmail-style Korean reply (…님이 작성:) over the quoted request",
    why="statement first, kin URL on the line below: age restriction for under-19s is restricted; the quoted request says nothing",
    items={N[5]: "restricted"},
)

case(
    name="naver-receipt-plus-result",
    **{"from": "help_report@naver.com"}, name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 08:30:21 +0900",
    subject="[네이버 고객센터] 신고 접수 및 처리 안내",
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 보내주신 신고(KCSC-240909-01)가 접수되었습니다. 접수번호: NV-20240912-00731

접수와 함께 확인한 결과, 아래 게시물은 이미 게시중단 처리되었습니다.
{N[9]}

그 밖의 게시물은 담당 부서에서 확인 후 안내드리겠습니다.

네이버 고객센터
""",
    outcome="applied",
    imitates="NAVER help-centre receipt that also carries a result",
    why="an acknowledgement phrase plus an unhedged 'already 게시중단 처리되었습니다' about a named URL: not a pure acknowledgement",
    items={N[9]: "removed"},
)

case(
    name="dcinside-angle-brackets-english",
    **{"from": "report@dcinside.com"}, name_from="DCinside Report Team",
    date="Thu, 12 Sep 2024 12:00:37 +0900",
    subject="Re: [KCSC-240911-03] Removal request",
    reply_to_req="req-240911-03",
    body=f"""Hi,

Thanks for the request (KCSC-240911-03).

The following post has been deleted by our moderation team:
<{C[0]}>

The following one had already been deleted by its author before we got to it:
<{C[1]}>

We will get back to you on the other three.

DCinside Report Team
""",
    outcome="applied",
    imitates="English moderation reply with URLs in angle brackets on the line below their statement",
    why="statement then <URL> below: deleted by moderators removed; deleted by its author not_found",
    items={C[0]: "removed", C[1]: "not_found"},
)

case(
    name="naver-structured-response-form",
    **{"from": "legal-response@navercorp.com"}, name_from="NAVER Legal Response",
    date="Fri, 13 Sep 2024 17:55:03 +0900",
    subject="NAVER response to regulatory request KCSC-240909-01",
    body=f"""NAVER Corp. - Response to regulatory request

Request reference: KCSC-240909-01
Date of response: 2024-09-13

Item: {N[10]}
Action taken: Restricted - access withheld in the Republic of Korea
Ground: Article 44-7 of the Information and Communications Network Act

Item: {N[3]}
Action taken: Removed
Ground: NAVER cafe operating policy

Remaining items of this request will be answered separately.

NAVER Legal Response Team
""",
    outcome="applied",
    imitates="structured statement-of-reasons style response (Item / Action taken / Ground)",
    why="form blocks: withheld in Korea restricted, Removed removed",
    items={N[10]: "restricted", N[3]: "removed"},
)

case(
    name="soop-korean-url-below",
    **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Sat, 14 Sep 2024 14:07:50 +0900",
    subject="RE: [KCSC-240912-04] 시정요구 회신",
    reply_to_req="req-240912-04",
    body=f"""안녕하세요. SOOP 고객센터입니다.

아래 VOD는 삭제 처리되었습니다.
{S[2]}

아래 방송국 게시글은 존재하지 않는 게시물입니다.
{S[1]}

감사합니다.
""",
    outcome="applied",
    imitates="SOOP customer-centre Korean reply, statement line then URL",
    why="Korean statement then URL below: VOD deleted removed, station post does not exist not_found",
    items={S[2]: "removed", S[1]: "not_found"},
)

case(
    name="daum-fullwidth-colon-angle",
    **{"from": "cafe-report@daum.net"}, name_from="Daum 카페",
    date="Sat, 14 Sep 2024 10:31:09 +0900",
    subject="[Daum 카페] 게시물 조치 결과 (KCSC-240910-02)",
    body=f"""[Daum 카페] 게시물 조치 결과

게시물 주소：<{D[1]}>
처리 결과：삭제

게시물 주소：<{D[2]}>
처리 결과：삭제

Daum 카페 운영팀
""",
    outcome="applied",
    imitates="Daum cafe form notice with full-width colons",
    why="two form blocks, URL in angle brackets after a full-width colon, 처리 결과 삭제 below each",
    items={D[1]: "removed", D[2]: "removed"},
)

case(
    name="naver-outlook-english-bullets",
    **{"from": "minji.han@navercorp.com"}, name_from="Minji Han",
    date="Mon, 16 Sep 2024 18:03:33 +0900",
    subject="RE: [KCSC-240909-01] 시정요구 (12건)",
    reply_to_req="req-240909-01",
    body=f"""Hi KCSC team,

Update on KCSC-240909-01:

• {N[6]} – reviewed, no violation found; the post stays up.
• {N[8]} – age-restricted (visible to verified 19+ members only).
• {N[9]} – removed.

Best,
Minji Han | NAVER Policy

________________________________
From: KCSC 삭제요청 <takedown@kcsc.example>
Sent: Monday, September 9, 2024 16:00
To: NAVER Policy <policy@navercorp.com>
Subject: [KCSC-240909-01] 시정요구 (12건)

{request_text("KCSC-240909-01", N)}
""",
    outcome="applied",
    imitates="Outlook reply (underscore separator header block) with bullets over the quoted request",
    why="bullets above the Outlook header block: no violation stays up (rejected), 19+ only (restricted), removed; quoted request below says nothing",
    items={N[6]: "rejected", N[8]: "restricted", N[9]: "removed"},
)

case(
    name="dcinside-text-table",
    **{"from": "operation@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 17 Sep 2024 10:44:18 +0900",
    subject="[디시인사이드] KCSC-240911-03 처리 결과 (3~5번)",
    body=f"""디시인사이드 운영팀입니다. KCSC-240911-03 중 나머지 3건의 처리 결과입니다.

No | URL | 조치 | 비고
---+-----+------+-----
3 | {C[2]} | 삭제 |
4 | {C[3]} | 성인인증 전환 | 청소년 열람 제한
5 | {C[4]} | 삭제 |

디시인사이드 운영팀
""",
    outcome="applied",
    imitates="plain-text pipe table of results (DC Inside operator)",
    why="text table rows: 삭제 removed, 성인인증 전환/청소년 열람 제한 restricted",
    items={C[2]: "removed", C[3]: "restricted", C[4]: "removed"},
)

CLIEN_B64 = f"""안녕하세요, 클리앙 운영진입니다.

KCSC-240916-07 건 회신드립니다.

요청하신 두 게시물 중 {L[1]} 은 이용규칙 위반으로 삭제하였고, {L[0]} 은 검토 결과 삭제 사유에 해당하지 않아 그대로 유지합니다.

클리앙 운영진 드림
"""

case(
    name="clien-base64-one-sentence",
    **{"from": "cs@clien.net"}, name_from="클리앙",
    date="Wed, 18 Sep 2024 21:15:40 +0900",
    subject="Re: [KCSC-240916-07] 게시물 조치 요청",
    reply_to_req="req-240916-07",
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(CLIEN_B64),
    outcome="applied",
    imitates="Clien admin reply, base64 plain text, two results in one sentence",
    why="one sentence, two clauses: the first URL deleted, the second kept as it breaks no rule (rejected)",
    items={L[1]: "removed", L[0]: "rejected"},
)

# ================================================================ REVIEW

case(
    name="naver-promise-will-remove",
    **{"from": "policy-support@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Tue, 10 Sep 2024 10:12:00 +0900",
    subject="RE: [KCSC-240909-01] 시정요구 (12건)",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 {N[0]} 및 {N[1]} 은 내부 검토를 거쳐 순차적으로 게시중단 조치할 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal reply promising a future 게시중단",
    why="조치할 예정입니다 is a promise, not a statement: both named items stay pending",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="daum-hedge-english",
    **{"from": "safety@kakaocorp.com"}, name_from="Kakao Safety",
    date="Wed, 11 Sep 2024 15:20:45 +0900",
    subject="Re: [KCSC-240910-02] Request",
    reply_to_req="req-240910-02",
    body=f"""Hello,

Thank you for your request. From a first look, {D[0]} appears to have been removed already, and {D[1]} may have been hidden by the cafe manager.

We are still reviewing both and will confirm the final status once our check is complete.

Kakao Safety Team
""",
    outcome="review", review="not_understood",
    imitates="Kakao safety team first-look reply with hedges",
    why="'appears to have been removed' and 'may have been hidden' are hedges, and the review is ongoing",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="naver-bulk-all-done",
    **{"from": "policy-support@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Sat, 14 Sep 2024 09:00:12 +0900",
    subject="[NAVER] KCSC-240909-01 조치 완료",
    body="""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240909-01로 요청하신 게시물 12건에 대해 모두 게시중단 조치를 완료하였습니다.

감사합니다.
NAVER Corp. 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="portal 조치 완료 notice covering a whole request",
    why="a statement about all 12 items of a multi-item request without naming them: bulk, all pending",
    items={u: "pending" for u in N},
)

case(
    name="inven-bulk-two-items",
    **{"from": "webmaster@inven.co.kr"}, name_from="인벤 운영팀",
    date="Sat, 14 Sep 2024 16:26:31 +0900",
    subject="Re: [KCSC-240913-05] 게시물 조치 요청",
    reply_to_req="req-240913-05",
    body="""인벤 운영팀입니다.

신고하신 게시물 2건 모두 블라인드 처리하였습니다. (KCSC-240913-05)

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Inven short reply covering both posts at once",
    why="'both posts blinded' for a two-item request without naming each: bulk",
    items={I[0]: "pending", I[1]: "pending"},
)

case(
    name="naver-auth-fail",
    **{"from": "policy-support@naver.com"}, name_from="NAVER 정책지원팀",
    auth="fail",
    date="Wed, 11 Sep 2024 02:14:09 +0900",
    subject="[NAVER] KCSC-240909-01 처리 결과",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240909-01 관련하여 아래 게시물을 삭제하였습니다.

{N[2]} - 삭제
{N[3]} - 삭제

NAVER 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="result notice claiming to be NAVER but failing DKIM/SPF/DMARC",
    why="sender domain is NAVER's but authentication fails: nothing applied",
    items={N[2]: "pending", N[3]: "pending"},
)

case(
    name="daum-cafe-manager-hanmail",
    **{"from": "amberfield_mgr@hanmail.net"}, name_from="앰버필드 카페매니저",
    date="Wed, 11 Sep 2024 22:48:13 +0900",
    subject="다음카페 게시글 삭제했습니다",
    body=f"""안녕하세요. 다음 카페 '앰버필드' 매니저입니다.

카카오 쪽에서 연락을 받았는데, 위원회에서 요청하신 글({D[0]}) 제가 확인하고 삭제했습니다.
나머지 글도 확인해 보겠습니다.

앰버필드 매니저 드림
""",
    outcome="review", review="unknown_sender",
    imitates="cafe manager writing from a personal webmail address",
    why="a cafe volunteer on hanmail.net is not the platform's sender domain: unknown sender, nothing applied",
    items={D[0]: "pending"},
)

case(
    name="inven-about-fmkorea-post",
    **{"from": "webmaster@inven.co.kr"}, name_from="인벤 운영팀",
    date="Mon, 16 Sep 2024 14:02:55 +0900",
    subject="Re: [KCSC-240913-06] 게시물 삭제 요청",
    body=f"""인벤 운영팀입니다.

문의 주신 게시물({F[0]})은 인벤이 아니라 에펨코리아의 게시물로, 저희가 관리하는 사이트가 아닙니다.
참고로 방금 확인해 보니 해당 주소는 현재 삭제된 게시물로 표시됩니다.

해당 사이트 운영진에게 문의하시기 바랍니다.
인벤 운영팀
""",
    outcome="review", review="wrong_platform",
    imitates="community operator answering a request misdirected to it about another site's post",
    why="Inven states the status of an FM Korea item: not that item's platform",
    items={F[0]: "pending"},
)

case(
    name="soop-asks-for-resolution",
    **{"from": "legal@sooplive.co.kr"}, name_from="SOOP 법무팀",
    date="Fri, 13 Sep 2024 11:18:40 +0900",
    subject="Re: [KCSC-240912-04] 시정요구 관련 자료 요청",
    reply_to_req="req-240912-04",
    body=f"""안녕하세요, SOOP 법무팀입니다.

요청하신 아래 VOD 2건과 관련하여, 심의 의결서 사본과 위반 조항을 회신해 주시면 검토 후 조치하겠습니다.

- {S[0]}
- {S[2]}

감사합니다.
SOOP 법무팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform legal team asking for the deliberation resolution before acting",
    why="asks for documents before acting; no status stated",
    items={S[0]: "pending", S[2]: "pending"},
)

case(
    name="clien-contact-change-notice",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date="Tue, 17 Sep 2024 09:00:00 +0900",
    subject="[클리앙] 기관 협조 창구 변경 안내",
    body="""안녕하세요, 클리앙 운영진입니다.

2024년 10월 1일부터 수사기관 및 공공기관 협조 요청 창구가 아래 주소로 변경됩니다.

- 변경 전: admin@clien.net
- 변경 후: gov-request@clien.net

기존 주소로 보내주신 메일도 당분간 함께 확인합니다.

클리앙 운영진
""",
    outcome="review", review="no_claims",
    imitates="community site's notice of a new contact address for authorities",
    why="trusted platform mail that names no item and references no request",
    items={},
)

case(
    name="dcinside-hedge-english",
    **{"from": "report@dcinside.com"}, name_from="DCinside Report Team",
    date="Fri, 13 Sep 2024 19:33:12 +0900",
    subject="Re: [KCSC-240911-03] Removal request",
    reply_to_req="req-240911-03",
    body=f"""Hi,

Quick note on {C[2]}: it may have already been deleted by the uploader. We will confirm and update you.

DCinside Report Team
""",
    outcome="review", review="not_understood",
    imitates="moderation desk's provisional note",
    why="'may have already been deleted' is a hedge and a confirmation is still to come",
    items={C[2]: "pending"},
)

case(
    name="fmkorea-conditional-deletion",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
    date="Fri, 13 Sep 2024 18:40:26 +0900",
    subject="Re: [KCSC-240913-06] 게시물 삭제 요청",
    reply_to_req="req-240913-06",
    body=f"""안녕하세요, 에펨코리아 운영팀입니다.

해당 게시물({F[0]})은 법원의 판결 또는 수사기관의 요청으로 위법성이 확인되는 경우 즉시 삭제 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="operator answering with a conditional promise",
    why="a condition plus a promise: not a removal and not a plain refusal, the item stays pending",
    items={F[0]: "pending"},
)

case(
    name="kakao-lookalike-domain",
    **{"from": "notice@kakao-safety-center.com"}, name_from="Kakao 신고센터",
    date="Sun, 15 Sep 2024 03:12:44 +0900",
    subject="[카카오] KCSC-240910-02 처리 완료 안내",
    body=f"""[카카오 신고센터] 처리 완료 안내

요청번호 KCSC-240910-02 건 중 아래 게시물이 삭제되었습니다.

- {D[2]}
- {D[3]}

처리 내역 확인: https://kakao-safety-center.com/login

카카오 신고센터
""",
    outcome="review", review="unknown_sender",
    imitates="phishing-style notice from a Kakao look-alike domain",
    why="the sender domain is not Kakao's; its statements are not trusted",
    items={D[2]: "pending", D[3]: "pending"},
)

# ================================================================ IGNORED

case(
    name="naver-out-of-office-korean",
    **{"from": "sora.yoon@navercorp.com"}, name_from="윤소라",
    date="Mon, 09 Sep 2024 16:00:41 +0900",
    subject="자동 회신: [KCSC-240909-01] 시정요구 (12건)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 윤소라입니다.

9월 9일(월)부터 9월 13일(금)까지 해외 출장으로 메일 확인이 어렵습니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office reply (자동 회신)",
    why="out-of-office auto-reply with Auto-Submitted; says nothing about items",
    items={},
)

DSN_ORIG = f"""Return-Path: <takedown@kcsc.example>
Date: Wed, 11 Sep 2024 11:00:00 +0900
From: {Header("KCSC 삭제요청", "utf-8").encode()} <takedown@kcsc.example>
To: report-old@dcinside.com
Subject: {Header("[KCSC-240911-03] 게시물 삭제 요청", "utf-8").encode(maxlinelen=998)}
Message-ID: <req-240911-03@kcsc.example>"""

case(
    name="dcinside-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mail.dcinside.com"}, name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 11:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="B981DSN.1726020009/mail.dcinside.com"

This is a MIME-encapsulated message.

--B981DSN.1726020009/mail.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-old@dcinside.com>: host mail.dcinside.com[198.51.100.77] said:
    550 5.1.1 <report-old@dcinside.com>: Recipient address rejected:
    User unknown in virtual mailbox table

--B981DSN.1726020009/mail.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: Wed, 11 Sep 2024 11:00:05 +0900

Final-Recipient: rfc822; report-old@dcinside.com
Original-Recipient: rfc822;report-old@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table

--B981DSN.1726020009/mail.dcinside.com
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{DSN_ORIG}

--B981DSN.1726020009/mail.dcinside.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) for a request sent to an old address",
    why="delivery status notification: ignored whoever sent it",
    items={},
)

case(
    name="soop-read-receipt",
    **{"from": "jh.park@sooplive.co.kr"}, name_from="박정훈",
    date="Thu, 12 Sep 2024 10:02:31 +0900",
    subject="읽음: [KCSC-240912-04] 시정요구 (3건)",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_b981_mdn_0912"

------=_b981_mdn_0912
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

메시지를 읽었습니다.

받는 사람: 박정훈 <jh.park@sooplive.co.kr>
제목: [KCSC-240912-04] 시정요구 (3건)
읽은 날짜: 2024-09-12 오전 10:02

------=_b981_mdn_0912
Content-Type: message/disposition-notification

Reporting-UA: jh.park-pc; Microsoft Outlook 16.0
Final-Recipient: rfc822;jh.park@sooplive.co.kr
Original-Message-ID: <req-240912-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_b981_mdn_0912--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (읽음:) as an MDN",
    why="message disposition notification: says only that the request was opened",
    items={},
)

case(
    name="inven-ticket-receipt",
    **{"from": "helpdesk@inven.co.kr"}, name_from="인벤 고객센터",
    date="Fri, 13 Sep 2024 14:00:52 +0900",
    subject="[인벤 고객센터] 문의가 접수되었습니다 (#INV-2409-55812)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 인벤 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: #INV-2409-55812
접수일시: 2024-09-13 14:00

담당자가 확인한 후 순차적으로 답변드리겠습니다.
답변은 평일 기준 1~3일 정도 소요될 수 있습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket receipt (문의 접수 완료)",
    why="pure receipt with a ticket number; nothing about items",
    items={},
)

case(
    name="clien-out-of-office-english",
    **{"from": "ops-lead@clien.net"}, name_from="Clien Ops",
    date="Mon, 16 Sep 2024 10:00:33 +0900",
    subject="Automatic reply: [KCSC-240916-07] 게시물 조치 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Thank you for your email.

I am out of the office for the Chuseok holidays and will return on Thursday, 19 September. I will have limited access to email until then.

For urgent matters please write to admin@clien.net.
""",
    outcome="ignored", classification="auto_reply",
    imitates="English out-of-office reply over the Chuseok holidays",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="daum-helpdesk-ack-echo",
    **{"from": "no-reply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 10:31:12 +0900",
    subject="[카카오 고객센터] 문의 접수 완료 안내",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요, 카카오 고객센터입니다.

문의가 접수되었습니다. 상담 번호는 2409-1030-88213 입니다.
담당자가 내용을 확인한 후 이메일로 답변을 드리겠습니다.

----- 접수하신 내용 -----
제목: [KCSC-240910-02] 게시물 시정요구 (4건)
{request_text("KCSC-240910-02", D)}
-------------------------

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre automatic receipt echoing the submitted report",
    why="pure acknowledgement with a case number; the URLs are only the echoed copy of our own report",
    items={},
)

case(
    name="kcsc-mta-delay-notice",
    **{"from": "MAILER-DAEMON@mx2.kcsc.example"}, name_from="Mail Delivery System",
    date="Sat, 14 Sep 2024 14:10:30 +0900",
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="B981DELAY.1726290630/mx2.kcsc.example"

This is a MIME-encapsulated message.

--B981DELAY.1726290630/mx2.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 24 hours.
It will be retried until it is 5 days old.

<report@fmkorea.com>: connect to mx.fmkorea.com[203.0.113.41]:25:
    Connection timed out

--B981DELAY.1726290630/mx2.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 14:10:02 +0900

Final-Recipient: rfc822; report@fmkorea.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.fmkorea.com[203.0.113.41]:25:
    Connection timed out
Will-Retry-Until: Wed, 18 Sep 2024 14:10:02 +0900

--B981DELAY.1726290630/mx2.kcsc.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: {Header("KCSC 삭제요청", "utf-8").encode()} <takedown@kcsc.example>
To: report@fmkorea.com
Subject: {Header("[KCSC-240913-06] 게시물 삭제 요청", "utf-8").encode(maxlinelen=998)}
Message-ID: <req-240913-06@kcsc.example>

--B981DELAY.1726290630/mx2.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delay warning (Action: delayed) from our own outgoing MTA",
    why="delivery delay DSN: ignored",
    items={},
)


HEADER = """# Blind set 981 (Korean portals and community sites), written by
# tests/corpus/blind981/make.py before any run of the reader. Each case is
# ingested alone into a fresh ledger holding requests.csv.
"""


def encode_headers(cases):
    """Korean display names and subjects as RFC 2047 encoded words, as the
    portals' mail systems send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode(maxlinelen=998)


def main():
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind981", HEADER, CASES)


if __name__ == "__main__":
    main()
