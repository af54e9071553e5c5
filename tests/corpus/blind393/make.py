#!/usr/bin/env python3
"""Blind set 393: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, FM Korea, Clien, Ppomppu), mixing Korean and English,
with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind393/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email, name, URL and id is fictional. Expected results were written from
each email's meaning alone, before any run of the reader.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/hwasan_daily/223561044718",
    2: "https://blog.naver.com/hwasan_daily/223561090235",
    3: "https://blog.naver.com/sorrel_kite/223559871120",
    4: "https://cafe.naver.com/greyharbor/58213",
    5: "https://cafe.naver.com/greyharbor/58240",
    6: "https://cafe.naver.com/moonwell2020/1187",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471203388",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38127744&memberNo=5512093",
    9: "https://tv.naver.com/v/58810327",
    10: "https://blog.naver.com/quietpine77/223560212904",
    11: "https://cafe.naver.com/moonwell2020/1192",
    12: "https://m.blog.naver.com/amber_stoat/223562318870",
    13: "https://cafe.naver.com/greyharbor/58277",
    14: "https://blog.naver.com/sorrel_kite/223560004417",
}
D3_RAW = "https://moonlit-ledger.tistory.com/entry/여름-정산-내역"
D = {
    1: "https://cafe.daum.net/sseulhae/Dk2P/4410",
    2: "https://cafe.daum.net/sseulhae/Dk2P/4427",
    3: "https://moonlit-ledger.tistory.com/entry/%EC%97%AC%EB%A6%84-%EC%A0%95%EC%82%B0-%EB%82%B4%EC%97%AD",
    4: "https://moonlit-ledger.tistory.com/88",
}
G = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=1029384",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=nightride&no=20417",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=nightride&no=20433",
    4: "https://gall.dcinside.com/mini/board/view/?id=pebbleshop&no=912",
    5: "https://gall.dcinside.com/board/view/?id=stock_new2&no=1029511",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131804452",
    2: "https://ch.sooplive.co.kr/nightowl_bj/post/98123011",
    3: "https://vod.sooplive.co.kr/player/131807719",
}
F = {
    1: "https://www.fmkorea.com/7410238815",
    2: "https://www.fmkorea.com/7410290041",
}
C1 = "https://www.clien.net/service/board/park/18723345"
T1 = "https://pann.nate.com/talk/372918455"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id stem, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     [N[i] for i in range(1, 15)], "defamation", "req-240903-01", "largest request: NAVER blogs, cafes, KiN, Post, TV"),
    ("KCSC-240905-02", "daum", "2024-09-05T09:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [D[i] for i in range(1, 5)], "privacy", "req-240905-02", "Daum cafe and Tistory (Kakao)"),
    ("KCSC-240905-03", "dcinside", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [G[i] for i in range(1, 6)], "gambling", "req-240905-03", "DC Inside galleries"),
    ("KCSC-240909-04", "soop", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [S[i] for i in range(1, 4)], "obscenity", "req-240909-04", "SOOP VODs and a station post"),
    ("KCSC-240910-05", "fmkorea", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [F[1], F[2]], "drugs", "req-240910-05", "FM Korea posts"),
    ("KCSC-240911-06", "clien", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [C1], "privacy", "req-240911-06", "one Clien post"),
    ("KCSC-240912-07", "nate", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [T1], "defamation", "req-240912-07", "one Nate Pann post"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


def quote_request(ref, urls, prefix="> "):
    """Our own request, as platforms quote it back."""
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 통보하오니,",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 드림"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


cases = []


def case(**kw):
    cases.append(kw)


# ======================================================================
# APPLIED
# ======================================================================

case(
    name="naver-gesijungdan-result-notice",
    **{"from": "noreply_right@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date="Wed, 04 Sep 2024 16:12:40 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240903-01)에 대한
1차 처리 결과를 아래와 같이 안내드립니다.

1) {N[1]}
   - 처리 결과: 게시중단 (삭제)
2) {N[2]}
   - 처리 결과: 게시중단 (삭제)
3) {N[3]}
   - 처리 결과: 임시조치 (30일간 접근 차단)
4) {N[4]}
   - 처리 결과: 게시물 없음 (작성자가 직접 삭제한 게시물입니다)

나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.

※ 본 메일은 발신 전용입니다. 문의는 권리보호센터 고객센터를 이용해 주세요.
네이버 주식회사 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (numbered notice per URL)",
    why="four NAVER items each with an explicit result: two deleted, one 임시조치, one already deleted by its author",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found"},
)

case(
    name="naver-trust-safety-html-table",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Thu, 05 Sep 2024 11:03:18 +0900",
    subject="RE: KCSC-240903-01 Correction request - result of review",
    reply_to_req="req-240903-01",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Korea Communications Standards Commission,</p>
<p>Thank you for your request <b>KCSC-240903-01</b>. Our team has completed its review of the
following Cafe and KiN items. The result for each is shown below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>No.</th><th>URL</th><th>Result</th></tr>
<tr><td>1</td><td><a href="{N[5]}">{N[5]}</a></td><td>Removed</td></tr>
<tr><td>2</td><td><a href="{N[6]}">{N[6]}</a></td><td>Access restricted in Korea</td></tr>
<tr><td>3</td><td><a href="{N[7].replace('&', '&amp;')}">{N[7].replace('&', '&amp;')}</a></td><td>No action &ndash; the question does not violate the KiN operating policy or applicable law</td></tr>
</table>
<p>If you have further questions please reply to this email.</p>
<p>Best regards,<br>Jiwoo Han<br>Trust &amp; Safety, NAVER Corp.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER English-language Trust & Safety reply with an HTML result table",
    why="three rows, each URL with its own result: removed, restricted in Korea, no action with a reason",
    items={N[5]: "removed", N[6]: "restricted", N[7]: "rejected"},
)

csv_naver = (
    "번호,게시물 URL,처리결과,처리일시\r\n"
    f"1,{N[8]},게시중단(삭제),2024-09-05 14:20\r\n"
    f"2,{N[9]},삭제,2024-09-05 14:22\r\n"
    f"3,{N[10]},임시조치,2024-09-05 14:25\r\n"
    f"4,{N[11]},조치 불가 - 위반 사항 없음,2024-09-05 14:31\r\n"
    f"5,{N[12]},존재하지 않는 게시물,2024-09-05 14:33\r\n"
    f"6,{N[13]},블라인드,2024-09-05 14:35\r\n"
)
case(
    name="naver-csv-attachment-results",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Thu, 05 Sep 2024 15:02:07 +0900",
    subject="[회신] KCSC-240903-01 시정요구 조치결과 송부",
    reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="==nv_csv_0905"

--==nv_csv_0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240903-01 중 6건의 조치 결과를 첨부 파일로 송부드립니다.
처리결과 열을 확인해 주시기 바랍니다.

감사합니다.
정책지원팀 드림

--==nv_csv_0905
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_naver)}
--==nv_csv_0905--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 sent as a CSV attachment",
    why="CSV rows, one per URL, with Korean results: 게시중단/삭제/블라인드 removed, 임시조치 restricted, 위반 사항 없음 rejected, 존재하지 않는 게시물 not_found",
    items={N[8]: "removed", N[9]: "removed", N[10]: "restricted", N[11]: "rejected",
           N[12]: "not_found", N[13]: "removed"},
)

case(
    name="naver-top-posted-over-quoted-request",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Fri, 06 Sep 2024 10:44:51 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요.

요청하신 14건 중 아래 1건은 블라인드 처리하였습니다.
{N[14]}

나머지 건은 아직 검토 중이며 결과가 나오면 다시 알려드리겠습니다.

정책지원팀 김서연 드림

2024년 9월 3일 (화) 오전 10:30, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quote_request("KCSC-240903-01", [N[i] for i in range(1, 15)])}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted Korean reply over the quoted 시정요구",
    why="only the one URL above the quote is 블라인드 처리; the rest are said to be under review, and the quoted list is our own text",
    items={N[14]: "removed", N[1]: "pending", N[9]: "pending", N[13]: "pending"},
)

case(
    name="naver-bare-url-status-below",
    **{"from": "tvcast_help@naver.com"},
    name_from="네이버TV 운영팀",
    date="Fri, 06 Sep 2024 17:20:33 +0900",
    subject="KCSC-240903-01 관련 네이버TV/블로그 처리 내역",
    body=f"""
방송통신심의위원회 담당자님께,

KCSC-240903-01 건 중 네이버TV와 블로그 게시물 처리 내역입니다.

{N[9]}
→ 19세 이상 시청 가능 영상으로 변경 (연령 제한 적용)

{N[10]}
→ 비공개 처리 완료

{N[1]}
→ 삭제 완료

네이버TV 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="terse Korean operations-team reply: bare URL with the result on the line below",
    why="each URL followed by its own result line: age restriction is restricted, 비공개 처리 and 삭제 are removed",
    items={N[9]: "restricted", N[10]: "removed", N[1]: "removed"},
)

case(
    name="naver-statement-then-url-below",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Mon, 09 Sep 2024 09:15:02 +0900",
    subject="Update on KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Following our review under Korean law, the following cafe post has been
withheld in Korea and can no longer be viewed by users accessing from Korea:
{N[6]}

We could not locate the following KiN question. The link returns no
document on our side and there is no record of it in our system:
{N[7]}

Regards,
Minjun Seo
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk update where the URL stands on the line after its sentence",
    why="withheld in Korea = restricted; could not locate / no record = not_found",
    items={N[6]: "restricted", N[7]: "not_found"},
)

qp_body = f"""안녕하세요, 네이버 카페 운영정책팀입니다.

요청번호 KCSC-240903-01에 대한 카페 게시물 처리 결과를 알려드립니다.

- {N[11]} : 운영정책 위반으로 삭제 완료
- {N[13]} : 운영정책 위반으로 삭제 완료
- {N[12]} : 요청 접수 전에 작성자가 이미 삭제하여 조치할 게시물이 없습니다

감사합니다.
네이버 카페 운영정책팀
"""
case(
    name="naver-cafe-quoted-printable",
    **{"from": "cafe_policy@navercorp.com"},
    name_from="네이버 카페",
    date="Mon, 09 Sep 2024 14:48:29 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[네이버 카페] 게시물 처리 결과 안내".encode()).decode() + "?=",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe 게시물 처리 결과 안내 in a quoted-printable body",
    why="two cafe posts 삭제 완료 and one already deleted by its author (not_found), each on its own line",
    items={N[11]: "removed", N[13]: "removed", N[12]: "not_found"},
)

case(
    name="naver-url-with-korean-particle",
    **{"from": "cafe_policy@navercorp.com"},
    name_from="네이버 카페",
    date="Tue, 10 Sep 2024 11:30:12 +0900",
    subject="RE: KCSC-240903-01 greyharbor 카페 게시물 건",
    reply_to_req="req-240903-01",
    body=f"""
담당자님 안녕하세요.

{N[4]}은 카페 운영원칙 위반이 확인되어 삭제했습니다.

<{N[5]}>의 경우, 내부 검토 결과 특정인을 지칭하거나 허위 사실을 담고 있다고 보기
어려워 게시를 유지하기로 결정했습니다. 관련 법원 결정이나 추가 자료가 있으시면
다시 검토하겠습니다.

네이버 카페 운영정책팀 이도현
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe reply in running Korean prose, URL followed by a particle and in angle brackets",
    why="first URL (followed by 은) 삭제 = removed; second kept up after review with a reason = rejected; the offer to look again does not undo the refusal",
    items={N[4]: "removed", N[5]: "rejected"},
)

case(
    name="daum-rights-center-echoed-report",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 13:05:44 +0900",
    subject="[Daum] 권리침해 신고 처리 결과 안내",
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

■ 접수 내용
 - 신고 기관: 방송통신심의위원회
 - 요청 번호: KCSC-240905-02
 - 신고 사유: 개인정보 노출

■ 처리 결과
 - {D[1]}
   게시물에 대한 접근을 30일간 차단하는 임시조치를 하였습니다.
 - {D[2]}
   운영정책 위반으로 게시물을 삭제하였습니다.

임시조치 기간 중 게시자의 재게시 요청이 있을 경우 관련 법령에 따라 처리됩니다.
자세한 내용은 고객센터 도움말(https://cs.daum.net/faq/95/7580.html)을 참고해 주세요.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 권리침해신고 처리 결과 안내 that echoes the report (■ 접수 내용 / ■ 처리 결과)",
    why="the cafe post got a 30-day 임시조치 (restricted), the other was deleted (removed); the help page link is not an item",
    items={D[1]: "restricted", D[2]: "removed"},
)

case(
    name="daum-tistory-raw-korean-url",
    **{"from": "tistory_help@kakaocorp.com"},
    name_from="티스토리 고객센터",
    date="Mon, 09 Sep 2024 10:17:26 +0900",
    subject="Re: KCSC-240905-02 티스토리 게시물 조치 결과",
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

요청하신 티스토리 게시물 2건에 대한 조치 결과입니다.

1. {D3_RAW}
   개인정보가 포함된 글로 확인되어 삭제 조치하였습니다.

2. {D[4]}
   해당 주소로는 글이 존재하지 않습니다. 주소를 다시 확인 부탁드립니다.

티스토리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) operations reply with a raw Korean URL slug",
    why="the raw Korean slug is the percent-encoded requested URL: deleted; the numbered post does not exist (not_found)",
    items={D[3]: "removed", D[4]: "not_found"},
)

case(
    name="daum-english-outlook-original-message",
    **{"from": "trustandsafety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Tue, 10 Sep 2024 18:40:09 +0900",
    subject="RE: [KCSC-240905-02] Correction request",
    reply_to_req="req-240905-02",
    body=f"""
Dear KCSC team,

Please find our outcome for your request below.

The two Daum Cafe posts listed here have been removed:
  {D[1]}
  {D[2]}

The Tistory post {D[4]} was reviewed by our team and will remain
available. It does not disclose personal information and does not
violate our operating policy or Korean law.

Kind regards,
Soo-ah Park
Trust & Safety | Kakao Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 9:00 AM
To: right@kakaocorp.com
Subject: [KCSC-240905-02] Correction request

{quote_request("KCSC-240905-02", [D[i] for i in range(1, 5)], prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a Kakao Trust & Safety agent above -----Original Message-----",
    why="two cafe posts named and removed; the Tistory post kept with a reason (rejected); the request below the Original Message line is our own text",
    items={D[1]: "removed", D[2]: "removed", D[4]: "rejected", D[3]: "pending"},
)

case(
    name="daum-fullwidth-punctuation",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Wed, 11 Sep 2024 09:52:37 +0900",
    subject="[카카오] KCSC-240905-02 추가 처리 결과",
    body=f"""
안녕하세요.

KCSC-240905-02 관련 추가 처리 결과를 알려드립니다.

· {D[2]}（삭제 완료）
· {D[1]}，카페 관리자가 먼저 게시판을 정리하여 현재 해당 글은 존재하지 않습니다。

감사합니다.
카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao notice written with full-width punctuation glued to the URLs",
    why="（삭제 완료） after the first URL = removed; the second no longer exists (cafe manager cleaned the board) = not_found",
    items={D[2]: "removed", D[1]: "not_found"},
)

case(
    name="dc-operator-deleted-list",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 19:22:15 +0900",
    subject="[디시인사이드] KCSC-240905-03 요청 건 처리 결과",
    subject_enc=None,
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

방심위 요청 건(KCSC-240905-03) 처리 결과 회신드립니다.

* {G[1]}
  - 운영자 삭제 완료
* {G[2]}
  - 운영자 삭제 완료
* {G[3]}
  - 작성자가 이미 삭제한 글로 확인되지 않습니다

불법 도박 홍보글은 발견 즉시 삭제 및 IP 차단으로 대응하고 있습니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations reply, bulleted 운영자 삭제 results",
    why="two posts 운영자 삭제 (removed) and one already deleted by its author (not_found); the closing policy sentence names nothing",
    items={G[1]: "removed", G[2]: "removed", G[3]: "not_found"},
)

case(
    name="dc-english-korean-mixed",
    **{"from": "admin@dcinside.com"},
    name_from="DCinside Admin",
    date="Mon, 09 Sep 2024 12:08:44 +0900",
    subject="Re: KCSC-240905-03 (mini gallery / stock gallery)",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Answer for 2 links from your request.

{G[4]}
: deleted (삭제) and the writer's IP is blocked from the mini gallery.

{G[5]}
: 검토 결과 not a gambling ad. It is a user complaining about a gambling site,
it does not break our rules, so we keep it (게시 유지).

Thanks.
DCinside admin team
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside admin answering in mixed English and Korean, result after a colon on the next line",
    why="G4 deleted = removed; G5 kept because it breaks no rule, reason given = rejected",
    items={G[4]: "removed", G[5]: "rejected"},
)

dc_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>요청번호 <b>KCSC-240905-03</b> 조치 결과를 아래 표와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>게시물 주소</th><th>조치 결과</th></tr>
<tr><td>1</td><td>{G[1].replace('&', '&amp;')}</td><td>삭제</td></tr>
<tr><td>2</td><td>{G[2].replace('&', '&amp;')}</td><td>삭제</td></tr>
<tr><td>3</td><td>{G[3].replace('&', '&amp;')}</td><td>해당 글 없음 (작성자 삭제)</td></tr>
<tr><td>4</td><td>{G[4].replace('&', '&amp;')}</td><td>삭제 및 작성자 차단</td></tr>
<tr><td>5</td><td>{G[5].replace('&', '&amp;')}</td><td>성인 인증 후 열람 가능하도록 제한</td></tr>
</table>
<p>(주)디시인사이드 운영팀</p>
</body></html>
"""
case(
    name="dc-html-table-base64",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 16:31:50 +0900",
    subject="KCSC-240905-03 조치 결과 회신",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(dc_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치 결과 table sent as a base64 HTML body",
    why="five rows: three deletions, one post already deleted by its author, one put behind adult verification (restricted)",
    items={G[1]: "removed", G[2]: "removed", G[3]: "not_found", G[4]: "removed", G[5]: "restricted"},
)

case(
    name="dc-gmail-top-posted",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 10:02:11 +0900",
    subject="Re: [KCSC-240905-03] 불법 도박 홍보 게시물 시정요구",
    reply_to_req="req-240905-03",
    body=f"""
{G[5]} 게시물 블라인드 처리 완료했습니다.
나머지 링크는 앞서 회신드린 내용과 같습니다.

2024년 9월 5일 (목) 오후 2:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quote_request("KCSC-240905-03", [G[i] for i in range(1, 6)])}
""",
    outcome="applied", classification="confirmation",
    imitates="one-line Gmail-style top-posted reply over the quoted request",
    why="the one URL in the reply itself is 블라인드 처리 완료 (removed); 'same as our earlier reply' states nothing new; the quoted URLs are ours",
    items={G[5]: "removed", G[1]: "pending", G[2]: "pending"},
)

case(
    name="soop-vod-private-korean",
    **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Tue, 10 Sep 2024 15:45:03 +0900",
    subject="[SOOP] 시정요구(KCSC-240909-04) 조치 결과 안내",
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요, SOOP 고객센터입니다.

요청하신 건에 대해 아래와 같이 조치하였습니다.

1. VOD {S[1]}
   → 음란물 규정 위반으로 VOD 비공개 처리 (스트리머 및 시청자 모두 재생 불가)
2. 방송국 게시글 {S[2]}
   → 게시글 삭제

해당 스트리머에게는 운영정책에 따라 이용정지 7일이 적용되었습니다.
운영정책 전문은 https://www.sooplive.co.kr/policy 에서 확인하실 수 있습니다.

SOOP 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (AfreecaTV) 조치 결과 안내: VOD 비공개, station post deleted",
    why="VOD made private so nobody can play it = removed; post deleted = removed; the policy link and the streamer's suspension are not items",
    items={S[1]: "removed", S[2]: "removed"},
)

case(
    name="soop-english-geo-restricted",
    **{"from": "legal@sooplive.com"},
    name_from="SOOP Legal",
    date="Wed, 11 Sep 2024 11:12:27 +0900",
    subject="Re: KCSC-240909-04",
    reply_to_req="req-240909-04",
    body=f"""
Dear Sir or Madam,

Regarding the two VODs in KCSC-240909-04:

- {S[3]} has been geo-restricted. It is no longer available to viewers in
  the Republic of Korea; it remains available in other regions where it is lawful.
- {S[1]} was reviewed and we found it does not violate our Community
  Guidelines (the content is a clothed fitness stream). We will not take action on it.

Sincerely,
SOOP Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP global legal team reply in English: geo-restriction and a refusal with reasons",
    why="S3 geo-restricted in Korea = restricted; S1 no violation, no action = rejected",
    items={S[3]: "restricted", S[1]: "rejected"},
)

csv_soop = (
    "No,URL,Result,Date\r\n"
    f"1,{S[1]},삭제(Deleted),2024-09-12\r\n"
    f"2,{S[2]},게시글 없음(Not found - deleted by author),2024-09-12\r\n"
    f"3,{S[3]},국내 접속 제한(Restricted in KR),2024-09-12\r\n"
)
case(
    name="soop-csv-attachment",
    **{"from": "legal@sooplive.co.kr"},
    name_from="SOOP 법무팀",
    date="Thu, 12 Sep 2024 17:26:58 +0900",
    subject="KCSC-240909-04 처리 결과 (첨부)",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="soop-b0912"

--soop-b0912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. SOOP 법무팀입니다.
KCSC-240909-04 건의 최종 처리 결과를 첨부드립니다.

--soop-b0912
Content-Type: text/csv; charset=utf-8
Content-Disposition: attachment; filename="soop_KCSC-240909-04.csv"
Content-Transfer-Encoding: base64

{b64(csv_soop)}
--soop-b0912--
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP legal team result sheet as a CSV attachment with bilingual results",
    why="three CSV rows: deleted, not found (deleted by author), restricted in Korea",
    items={S[1]: "removed", S[2]: "not_found", S[3]: "restricted"},
)

fm_body = f"""안녕하세요. 에펨코리아 관리자입니다.

{F[1]} 글은 마약류 판매 홍보로 확인되어 삭제 처리했고 작성자는 영구 차단했습니다.
{F[2]} 글은 마약 관련 뉴스 기사를 공유한 글로 신고 사유에 해당하지 않아 그대로 둡니다.

에펨코리아 운영진
"""
case(
    name="fmkorea-admin-base64-plain",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아",
    date="Wed, 11 Sep 2024 22:41:05 +0900",
    subject="RE: 방송통신심의위원회 KCSC-240910-05",
    reply_to_req="req-240910-05",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(fm_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="short community-admin reply (base64 plain body) deciding each post",
    why="F1 삭제 처리 = removed; F2 shares a news article, not a violation, left up = rejected",
    items={F[1]: "removed", F[2]: "rejected"},
)

case(
    name="clien-sole-statement-one-item",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영자",
    date="Thu, 12 Sep 2024 09:31:40 +0900",
    subject="Re: [KCSC-240911-06] 개인정보 노출 게시물 시정요구",
    reply_to_req="req-240911-06",
    body="""
안녕하세요, 클리앙 운영진입니다.

요청하신 게시물은 개인정보(전화번호, 주소) 노출이 확인되어 삭제 조치하였습니다.
작성자에게는 이용 규칙에 따라 경고를 부과했습니다.

클리앙 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Clien operator reply confirming deletion without repeating the URL",
    why="reply to a one-item request; 'the requested post was deleted' is an unhedged statement about that single item",
    items={C1: "removed"},
)

case(
    name="nate-pann-english-removed",
    **{"from": "legal@skcomms.co.kr"},
    name_from="SK Communications Legal",
    date="Fri, 13 Sep 2024 14:55:19 +0900",
    subject="Nate Pann: KCSC-240912-07 outcome",
    reply_to_req="req-240912-07",
    body=f"""
Dear KCSC,

We have removed the Pann post at {T1} following your request
KCSC-240912-07. The post contained unverified allegations naming a private
individual and was taken down under Pann's operating rules.

Best regards,
Legal Affairs, SK Communications (Nate)
""",
    outcome="applied", classification="confirmation",
    imitates="Nate (SK Communications) legal team confirmation in English",
    why="the named Pann post has been removed",
    items={T1: "removed"},
)

case(
    name="naver-receipt-plus-immediate-action",
    **{"from": "kin_help@naver.com"},
    name_from="네이버 지식iN",
    date="Wed, 04 Sep 2024 09:05:33 +0900",
    subject="[지식iN] 신고 접수 및 처리 안내 (KCSC-240903-01)",
    body=f"""
안녕하세요, 네이버 지식iN입니다.

방송통신심의위원회의 요청이 정상적으로 접수되었습니다. (접수번호 KIN-0904-33817)

접수된 요청 중 아래 질문은 확인 즉시 게시중단 처리하였습니다.
{N[7]}

그 밖의 서비스 게시물은 각 서비스 담당 부서에서 검토 후 회신드릴 예정입니다.

네이버 지식iN 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER KiN receipt (접수 완료) that also reports an immediate 게시중단",
    why="despite the receipt phrase, the KiN question is stated as 게시중단 처리 (removed); the promise for the rest names nothing",
    items={N[7]: "removed"},
)

case(
    name="naver-wrapped-url-angle-brackets",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Thu, 12 Sep 2024 13:37:45 +0900",
    subject="KCSC-240903-01 - KiN question",
    reply_to_req="req-240903-01",
    body="""
Hello,

The following KiN question has been restricted (접근 제한) so that it can no
longer be viewed from Korea:
<https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&
docId=471203388>

Regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply from a client that wraps a long URL inside angle brackets",
    why="the wrapped URL inside <...> is the requested KiN question; restricted from Korea = restricted",
    items={N[7]: "restricted"},
)

case(
    name="naver-dsa-style-statement-of-reasons",
    **{"from": "noreply_right@navercorp.com"},
    name_from="NAVER",
    date="Fri, 13 Sep 2024 08:20:00 +0900",
    subject="Statement of reasons - decision on reported content (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    body=f"""
STATEMENT OF REASONS

Reference: KCSC-240903-01 / NAVER case NV-SR-2409-5521
Content: {N[10]}
Decision: restriction of visibility
Territorial scope: Republic of Korea only
Ground: notice from a competent authority (Korean law: defamation)
Facts: the blog post names a private person and repeats allegations found
unsubstantiated by the notifying authority.
Automated means: not used in the decision.
Redress: the uploader may appeal through https://help.naver.com/alias/blog/appeal

NAVER Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision / territorial scope / ground / redress)",
    why="decision is restriction of visibility limited to Korea = restricted; the appeal link is not an item",
    items={N[10]: "restricted"},
)

case(
    name="naver-blog-notice-with-help-links",
    **{"from": "noreply_right@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date="Wed, 18 Sep 2024 10:10:10 +0900",
    subject="[네이버] 블로그 게시물 심사 결과 안내",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청번호 KCSC-240903-01 중 블로그 게시물 2건의 심사 결과입니다.

[게시중단] {N[3]}
  명예훼손 정보로 판단되어 게시물을 삭제하였습니다.

[게시 유지] {N[14]}
  검토 결과 공익 목적의 사실 보도를 인용한 게시물로, 불법정보에 해당한다고
  보기 어려워 게시를 유지합니다.

게시중단 기준: https://right.naver.com/guide/defamation
이의제기 안내: https://help.naver.com/service/5614/contents/2046

네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 심사 결과 with bracketed labels and policy/appeal links",
    why="[게시중단] 삭제 = removed; [게시 유지] with reason = rejected; the guide and appeal links are not items",
    items={N[3]: "removed", N[14]: "rejected"},
)

case(
    name="naver-mixed-bilingual-bullets",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Thu, 19 Sep 2024 16:02:48 +0900",
    subject="RE: KCSC-240903-01 remaining items / 잔여 건 처리 결과",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요 / Hello,

잔여 건 처리 결과입니다. Results for the remaining items:

• {N[8]} — 삭제 / deleted
• {N[2]} — not found. 블로그 자체가 탈퇴 처리되어 게시물이 존재하지 않습니다.
• {N[12]} — 임시조치 / temporarily blocked for 30 days

이로써 본 요청 건은 종결 처리하겠습니다.

NAVER Policy team
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English bullet list from a NAVER policy mailbox closing a request",
    why="deleted = removed; blog account closed so post does not exist = not_found; 임시조치 30 days = restricted",
    items={N[8]: "removed", N[2]: "not_found", N[12]: "restricted"},
)

# ======================================================================
# REVIEW
# ======================================================================

case(
    name="naver-promise-sequential-action",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Wed, 04 Sep 2024 18:30:02 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요.

보내주신 목록 중 아래 게시물은 담당 부서 검토 후 순차적으로 조치될 예정입니다.
{N[1]}
{N[2]}

조치가 완료되면 결과를 다시 안내드리겠습니다.

정책지원팀 드림
""",
    outcome="review", review="not_understood",
    imitates="Korean 'will be handled in order after review' holding reply",
    why="names two items but only promises action (조치될 예정); no status yet",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="daum-hedged-appears-removed",
    **{"from": "trustandsafety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Mon, 09 Sep 2024 16:44:12 +0900",
    subject="RE: [KCSC-240905-02] Correction request",
    reply_to_req="req-240905-02",
    body=f"""
Hi,

Quick update while the formal review is pending. From our side,
{D[1]} appears to have been hidden by the cafe manager already, and
{D[2]} may no longer be publicly visible either. We are confirming this
with the Cafe team and will send a formal answer.

Thanks,
Soo-ah
""",
    outcome="review", review="not_understood",
    imitates="informal English interim update from a Trust & Safety agent",
    why="both items are only hedged (appears to, may no longer) and the formal answer is promised later",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="dc-bulk-all-deleted",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Sat, 07 Sep 2024 11:15:09 +0900",
    subject="Re: [KCSC-240905-03] 불법 도박 홍보 게시물 시정요구",
    reply_to_req="req-240905-03",
    body="""
안녕하세요.
요청하신 게시물 전부 삭제 처리 완료하였습니다.
감사합니다.

디시인사이드 운영팀
""",
    outcome="review", review="bulk",
    imitates="one-line Korean 'all requested posts deleted' reply",
    why="a statement about all five items of the request without naming any of them",
    items={G[1]: "pending", G[2]: "pending", G[3]: "pending", G[4]: "pending", G[5]: "pending"},
)

case(
    name="fmkorea-bulk-both-posts",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아",
    date="Thu, 12 Sep 2024 08:03:51 +0900",
    subject="RE: 방송통신심의위원회 KCSC-240910-05",
    reply_to_req="req-240910-05",
    body="""
신고하신 글 두 개 모두 지웠습니다. 작성자 계정도 정지했습니다.
- 에펨코리아 관리자
""",
    outcome="review", review="bulk",
    imitates="terse community-admin reply 'both posts deleted'",
    why="a two-item request answered with 'both deleted' and no URL: a bulk statement",
    items={F[1]: "pending", F[2]: "pending"},
)

case(
    name="naver-forged-auth-fail",
    **{"from": "noreply_right@navercorp.com"},
    name_from="NAVER 권리보호센터",
    auth="fail",
    date="Tue, 10 Sep 2024 03:14:27 +0900",
    subject="[네이버] 게시중단 처리 완료 안내",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물이 아래와 같이 게시중단 처리되었습니다.

{N[1]} : 게시중단 완료
{N[5]} : 게시중단 완료

네이버 권리보호센터
""",
    outcome="review", review="untrusted",
    imitates="NAVER 게시중단 notice arriving with failed DKIM/SPF/DMARC",
    why="looks like a NAVER notice but fails authentication; nothing may change",
    items={N[1]: "pending", N[5]: "pending"},
)

case(
    name="cafe-manager-gmail-unknown-sender",
    **{"from": "greyharbor.manager@gmail.com"},
    name_from="그레이하버 카페 매니저",
    date="Sat, 07 Sep 2024 21:48:30 +0900",
    subject="카페 게시글 삭제했습니다 (KCSC-240903-01)",
    body=f"""
안녕하세요. 네이버 카페 '그레이하버' 매니저입니다.
네이버에서 연락을 받고 저희 카페 글 두 개를 제가 직접 삭제했습니다.

{N[4]}
{N[5]}

앞으로 회원들 글 관리 더 신경 쓰겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a cafe manager writing from a personal Gmail account",
    why="statements about NAVER items from a sender outside any platform's domain",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="naver-search-exclusion-of-tistory",
    **{"from": "search_policy@navercorp.com"},
    name_from="NAVER 검색정책팀",
    date="Tue, 10 Sep 2024 15:27:03 +0900",
    subject="[네이버 검색] 외부 게시물 검색 노출 제한 안내",
    body=f"""
안녕하세요, 네이버 검색정책팀입니다.

방송통신심의위원회 시정요구 목록에 포함된 외부 사이트 게시물에 대해
네이버 검색 결과에서 노출되지 않도록 조치하였음을 알려드립니다.

- {D[4]} : 네이버 검색 노출 제한

원문 게시물의 삭제는 해당 서비스 사업자에게 요청해 주시기 바랍니다.

네이버 검색정책팀
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER search-exclusion notice for an external (Tistory) post",
    why="NAVER states a restriction of a Kakao/Tistory item (only in its own search); the item belongs to daum",
    items={D[4]: "pending"},
)

case(
    name="ppomppu-service-notice-no-claims",
    **{"from": "report@ppomppu.co.kr"},
    name_from="뽐뿌",
    date="Mon, 16 Sep 2024 10:00:00 +0900",
    subject="[뽐뿌] 신고센터 운영 시간 변경 안내",
    body="""
안녕하세요, 뽐뿌 운영팀입니다.

추석 연휴(9월 16일~18일) 동안 신고센터 운영 시간이 아래와 같이 변경됩니다.

- 연휴 기간: 10:00 ~ 17:00 (긴급 신고만 처리)
- 9월 19일부터 정상 운영

기관 요청은 연휴 이후 순차적으로 회신드리겠습니다.
자세한 내용은 https://www.ppomppu.co.kr/notice/ 에서 확인해 주세요.

뽐뿌 운영팀 드림
""",
    outcome="review", review="no_claims",
    imitates="community site's holiday operating-hours notice to institutions",
    why="authenticated platform mail naming no requested item and no request of ours",
    items={},
)

case(
    name="naver-asks-power-of-attorney",
    **{"from": "noreply_right@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date="Thu, 05 Sep 2024 14:02:55 +0900",
    subject="[네이버] KCSC-240903-01 추가 자료 요청",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물 중 아래 포스트는 명예훼손 피해 당사자가 확인되지 않아 처리가 어렵습니다.
{N[8]}

심의 의결서 사본 또는 피해 당사자 확인 자료를 회신해 주시면 검토를 이어가겠습니다.
자료 제출 전까지 해당 건은 보류됩니다.

네이버 권리보호센터
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal request for supporting documents (추가 자료 요청)",
    why="asks for documents before acting; the item is on hold, not refused",
    items={N[8]: "pending"},
)

case(
    name="soop-forwarded-internal-thread",
    **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Wed, 11 Sep 2024 09:40:21 +0900",
    subject="Fwd: [내부] KCSC-240909-04 VOD 건",
    body=f"""
참고로 내부 처리 내역 전달드립니다.

---------- Forwarded message ---------
보낸사람: 콘텐츠모니터링팀 <monitoring@sooplive.co.kr>
Date: 2024년 9월 10일 (화) 오후 6:12
Subject: [내부] KCSC-240909-04 VOD 건
To: 고객센터 <cs@sooplive.co.kr>

{S[1]} 비공개 처리했습니다.
{S[3]} 건은 법무팀 판단 기다리는 중입니다.
""",
    outcome="review", review="forwarded",
    imitates="customer-service agent forwarding an internal moderation thread",
    why="the only statement is inside a forwarded internal message, not the platform's own reply to us",
    items={S[1]: "pending", S[3]: "pending"},
)

case(
    name="nate-legal-decision-pending",
    **{"from": "pann_help@nate.com"},
    name_from="네이트 판 고객센터",
    date="Fri, 13 Sep 2024 10:20:45 +0900",
    subject="Re: [KCSC-240912-07] 명예훼손 게시물 시정요구",
    subject_enc=None,
    reply_to_req="req-240912-07",
    body=f"""
안녕하세요, 네이트 판 고객센터입니다.

{T1} 게시물은 확인하였으며, 법무 검토 결과에 따라 이번 주 금요일까지
삭제 여부가 결정될 예정입니다. 삭제가 결정되면 즉시 조치하겠습니다.

네이트 판 고객센터
""",
    outcome="review", review="not_understood",
    imitates="Nate Pann holding reply: decision pending legal review",
    why="names the item but only says a decision will be made and what will follow if so",
    items={T1: "pending"},
)

# ======================================================================
# IGNORED
# ======================================================================

case(
    name="naver-out-of-office",
    **{"from": "seoyeon.kim@navercorp.com"},
    name_from="김서연",
    date="Mon, 16 Sep 2024 09:00:02 +0900",
    subject="[부재중] Re: [KCSC-240903-01] 불법정보 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 김서연입니다.
9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주세요.

I am out of the office until 19 September with limited access to email.
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Korean/English out-of-office reply (추석 연휴 부재중)",
    why="an automatic out-of-office reply; no statement about any item",
    items={},
)

dsn_kakao = f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-kk-0905"

--dsn-kk-0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<daum_right@kakaocorp.com>: host inbound.kakaocorp.com[203.0.113.45] said:
    550 5.1.1 <daum_right@kakaocorp.com>: Recipient address rejected:
    User unknown in virtual mailbox table

--dsn-kk-0905
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Thu, 5 Sep 2024 09:00:04 +0900

Final-Recipient: rfc822; daum_right@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table

--dsn-kk-0905
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: daum_right@kakaocorp.com
Subject: [KCSC-240905-02] Correction request
Message-ID: <req-240905-02@kcsc.example>
Date: Thu, 5 Sep 2024 09:00:00 +0900
Content-Type: text/plain; charset=utf-8

{quote_request("KCSC-240905-02", [D[i] for i in range(1, 5)], prefix="")}

--dsn-kk-0905--
"""
case(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 09:00:05 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn_kakao,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 5.1.1 user unknown) with the original request attached",
    why="a bounce of our own request; the URLs are in our returned message",
    items={},
)

case(
    name="dc-read-receipt-mdn",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 14:37:12 +0900",
    subject="읽음: [KCSC-240905-03] 불법 도박 홍보 게시물 시정요구",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dc-0905"

--mdn-dc-0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240905-03] 불법 도박 홍보 게시물 시정요구"을(를)
2024-09-05 14:37에 수신자가 읽었습니다.

--mdn-dc-0905
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; report@dcinside.com
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dc-0905--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, message/disposition-notification)",
    why="a read receipt for our request says nothing about items",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Mon, 09 Sep 2024 11:00:40 +0900",
    subject="[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 CS-20240909-004417)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: CS-20240909-004417
 - 문의 유형: 기관 요청 / 시정요구
 - 접수 일시: 2024-09-09 11:00

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="SOOP help-desk ticket receipt (문의 접수 완료, 접수번호)",
    why="a pure receipt: ticket number and 'we will answer in turn', no statement about any item",
    items={},
)

case(
    name="naver-english-auto-acknowledgement",
    **{"from": "noreply@navercorp.com"},
    name_from="NAVER Support",
    date="Tue, 03 Sep 2024 10:31:09 +0900",
    subject="We received your request [Ticket NV-240903-77120] KCSC-240903-01",
    extra_headers=["Auto-Submitted: auto-generated", "Precedence: bulk"],
    body="""
Thank you for contacting NAVER.

This is an automatic confirmation that we have received your request
(ticket NV-240903-77120). A member of our team will look into it and get
back to you. Please do not reply to this email; replies to this address are
not monitored.

NAVER Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="English ticket-system auto-acknowledgement with a ticket number",
    why="automatic receipt; references the request but states nothing",
    items={},
)

case(
    name="fmkorea-admin-vacation-reply",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아",
    date="Tue, 10 Sep 2024 10:00:31 +0900",
    subject="자동 응답: 방송통신심의위원회 KCSC-240910-05",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
[자동응답] 담당 관리자가 9월 13일까지 휴가 중입니다.
게시물 신고는 사이트 내 신고 게시판을 이용해 주시면 다른 운영진이 확인합니다.

(Auto-reply) The administrator is on leave until 13 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="community admin vacation auto-reply (자동 응답)",
    why="an automatic reply; nothing about the posts",
    items={},
)

dsn_gmail = f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000088c1f20621b3aa01"

--00000000000088c1f20621b3aa01
Content-Type: text/plain; charset=UTF-8

** Address not found **

Your message wasn't delivered to clien.ops.help@gmail.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--00000000000088c1f20621b3aa01
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 11 Sep 2024 06:00:03 -0700 (PDT)

Final-Recipient: rfc822; clien.ops.help@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--00000000000088c1f20621b3aa01
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: clien.ops.help@gmail.com
Subject: [KCSC-240911-06] 개인정보 노출 게시물 시정요구
Message-ID: <req-240911-06@kcsc.example>
Date: Wed, 11 Sep 2024 15:00:00 +0900

--00000000000088c1f20621b3aa01--
"""
case(
    name="gmail-dsn-address-not-found",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Wed, 11 Sep 2024 06:00:04 -0700",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn_gmail,
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' DSN for a copy sent to a wrong contact address",
    why="a bounce from a foreign domain; bounces are ignored whoever sends them",
    items={},
)


HEADER = """# Blind set 393: Korean portals and community sites (NAVER, Daum/Kakao,
# DC Inside, SOOP, Nate, FM Korea, Clien, Ppomppu), Korean and English.
# Written by tests/corpus/blind393/make.py; expected results from each
# email's meaning alone, before any run of the reader. See NOTES.md."""

def encode_words(c):
    """Korean display names and subjects as RFC 2047 encoded words, as the
    platforms' mailers send them (a few subjects stay raw UTF-8, RFC 6532)."""
    for key, style in (("name_from", "B"), ("subject", c.get("subject_enc", "B"))):
        v = c.get(key, "")
        if style and not v.isascii():
            if style == "B":
                c[key] = "=?UTF-8?B?" + base64.b64encode(v.encode()).decode() + "?="
            else:
                c[key] = "=?UTF-8?Q?" + quopri.encodestring(v.encode(), header=True).decode().replace("=\n", "").replace("?", "=3F") + "?="


if __name__ == "__main__":
    for c in cases:
        encode_words(c)
    write_requests()
    corpuslib.write_set(HERE, "blind393", HEADER, cases)
    counts = {}
    for c in cases:
        counts[c["outcome"]] = counts.get(c["outcome"], 0) + 1
    print(len(cases), "cases", counts)
