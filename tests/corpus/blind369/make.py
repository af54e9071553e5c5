#!/usr/bin/env python3
"""Blind set 369: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Inven, Clien), mixing Korean and English, plus
the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind369/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written for this set; the expected results were
written from each email's meaning before any run of the reader.
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
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=KST))


# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/haneul_trip77/223561100201",
    2: "https://blog.naver.com/haneul_trip77/223561100344",
    3: "https://blog.naver.com/greenpepper_k/223559870012",
    4: "https://cafe.naver.com/moonlitmarket/104522",
    5: "https://cafe.naver.com/moonlitmarket/104530",
    6: "https://cafe.naver.com/dalbitlounge/55817",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471200318",
    8: "https://m.blog.naver.com/sunset_kiosk/223560004417",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38120055&memberNo=5120044",
    10: "https://in.naver.com/yeoreum_s/contents/internal/731220050114",
    11: "https://blog.naver.com/greenpepper_k/223559871150",
    12: "https://cafe.naver.com/dalbitlounge/55902",
}
D = {
    1: "https://cafe.daum.net/starlit77/Ab3x/512",
    2: "https://cafe.daum.net/starlit77/Ab3x/530",
    3: "https://hodu-log.tistory.com/entry/%EB%B9%84%EB%B0%80-%ED%9B%84%EA%B8%B0-%EA%B3%B5%EC%9C%A0",
    4: "https://hodu-log.tistory.com/88",
}
D3_RAW = "https://hodu-log.tistory.com/entry/비밀-후기-공유"
C = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812345",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812399",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=moonbit&no=44120",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=moonbit&no=44187",
    5: "https://gall.dcinside.com/mini/board/view/?id=nightcoin&no=3021",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131415161",
    2: "https://ch.sooplive.co.kr/nightowl88/post/99887766",
}
F = {
    1: "https://www.fmkorea.com/7312004455",
    2: "https://www.fmkorea.com/7312009981",
    3: "https://www.fmkorea.com/best/7312100017",
}
I = {1: "https://www.inven.co.kr/board/lostark/5355/223344"}
L = {
    1: "https://www.clien.net/service/board/park/18765432",
    2: "https://www.clien.net/service/board/jirum/18770011",
    3: "https://www.clien.net/service/board/cm_car/18771234",
}

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     N, "illegal_gambling", "blogs, cafes, Knowledge iN, Post and Influencer pages promoting gambling sites"),
    ("KCSC-240905-02", "daum", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00",
     D, "privacy", "Daum cafe posts and Tistory entries sharing personal data"),
    ("KCSC-240909-03", "dcinside", "2024-09-09T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
     C, "illegal_finance", "gallery posts advertising unregistered investment schemes"),
    ("KCSC-240910-04", "soop", "2024-09-10T14:00:00+09:00", "2024-09-19T18:00:00+09:00",
     S, "obscenity", "a VOD and a channel post"),
    ("KCSC-240911-05", "fmkorea", "2024-09-11T10:20:00+09:00", "2024-09-19T18:00:00+09:00",
     F, "defamation", "posts naming a private person"),
    ("KCSC-240912-06", "inven", "2024-09-12T15:00:00+09:00", "2024-09-19T18:00:00+09:00",
     I, "illegal_trade", "account trading post"),
    ("KCSC-240913-07", "clien", "2024-09-13T10:10:00+09:00", "2024-09-20T18:00:00+09:00",
     L, "drug_trade", "posts linking to drug sale channels"),
]


def msgid(ref):
    return "kcsc-" + ref[5:].lower() + "@kcsc.example"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for k in sorted(urls):
            w.writerow([ref, plat, sent, due, urls[k], cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = [f"[{ref}] 불법정보 시정요구 / Request for removal",
             "",
             "방송통신심의위원회는 아래 정보에 대하여 시정요구를 결정하였으므로",
             "조치 후 결과를 회신하여 주시기 바랍니다.",
             ""]
    for k in sorted(urls):
        lines.append(f"{k}. {urls[k]}")
    lines += ["", "KCSC 통신심의국 / takedown@kcsc.example"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


cases = []


def add(**c):
    cases.append(c)


# =================================================================== NAVER
add(
    name="naver-kcsc-result-table-html",
    outcome="applied", classification="confirmation",
    imitates="Korean portal's 시정요구 조치결과 reply as an HTML table (번호/URL/조치결과/비고)",
    why="six rows, each a URL with its result: 삭제 x2, 게시중단, 임시조치, 조치불가 because the post is gone, 조치불가 because no violation; the other six are still being checked",
    date=d("2024-09-06 17:12"), frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    subject="[NAVER] 시정요구(KCSC-240903-01) 조치결과 회신", reply_to_req=msgid("KCSC-240903-01"),
    type="html",
    body=f"""<html><body>
<p>안녕하세요, 방송통신심의위원회 담당자님.</p>
<p>2024. 9. 3. 요청하신 시정요구(KCSC-240903-01) 12건 중 6건의 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>9/5 처리</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>삭제</td><td>9/5 처리</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>게시중단</td><td></td></tr>
<tr><td>4</td><td>{N[4]}</td><td>임시조치</td><td>정보통신망법 제44조의2</td></tr>
<tr><td>5</td><td>{N[5]}</td><td>조치불가</td><td>게시물 없음 (작성자 삭제)</td></tr>
<tr><td>6</td><td>{N[6]}</td><td>조치불가</td><td>위반사항 확인되지 않아 게시 유지</td></tr>
</table>
<p>나머지 6건은 현재 확인 중이며, 결과가 나오는 대로 별도로 회신드리겠습니다.</p>
<p>참고: <a href="https://policy.naver.com/policy/service.html">네이버 서비스 운영정책</a></p>
<p>네이버 정책지원팀 드림</p>
</body></html>""",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted",
           N[5]: "not_found", N[6]: "rejected"},
)

add(
    name="naver-blind-two-posts",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 answer that reported posts were 블라인드 처리",
    why="two named posts 블라인드 처리되었습니다: removed",
    date=d("2024-09-05 10:41"), frm="help@naver.com", name_from="네이버 고객센터",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구", reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청해 주신 게시물 가운데 아래 2건은 서비스 운영정책 위반이 확인되어
블라인드 처리되었습니다.

- 지식iN: {N[7]}
- 블로그: {N[8]}

블라인드 처리된 게시물은 작성자 본인 외에는 열람할 수 없으며, 검색 결과에서도
노출되지 않습니다.

더 궁금하신 사항은 고객센터(https://help.naver.com)로 문의해 주세요.
감사합니다.
""",
    items={N[7]: "removed", N[8]: "removed"},
)

csv_att = (
    "번호,URL,처리결과,처리일\n"
    f"9,{N[9]},삭제,2024-09-09\n"
    f"10,{N[10]},국내 접근 제한,2024-09-09\n"
    f"11,{N[11]},해당 게시물 없음,2024-09-09\n"
    f"12,{N[12]},삭제,2024-09-10\n"
)
add(
    name="naver-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="portal reply sending its processing results as a CSV attachment",
    why="CSV rows: 삭제 x2 (removed), 국내 접근 제한 (restricted), 해당 게시물 없음 (not_found)",
    date=d("2024-09-10 16:05"), frm="policy@navercorp.com", name_from="NAVER Policy",
    subject="KCSC-240903-01 처리결과 (9~12번)", reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_369_csv"

--=_nv_369_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

KCSC-240903-01 요청 건 중 9번~12번 게시물의 처리 결과를 첨부 파일(CSV)로
보내드립니다. 확인 부탁드립니다.

감사합니다.

--=_nv_369_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--=_nv_369_csv--
""",
    items={N[9]: "removed", N[10]: "restricted", N[11]: "not_found", N[12]: "removed"},
)

add(
    name="naver-outlook-top-posted-english",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety employee's top-posted Outlook reply over the regulator's request",
    why="two cafe posts named above the quote were deleted; the quoted request below -----Original Message----- says nothing",
    date=d("2024-09-06 18:30"), frm="jiwoo.han@navercorp.com", name_from="Jiwoo Han",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구 / Request for removal",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Dear KCSC team,

Following your request, the two cafe posts below were deleted by our cafe
operations team on 6 September:

{N[5]}
{N[12]}

We are still looking at the rest of the list and will come back to you
separately.

Best regards,
Jiwoo Han
Trust & Safety | NAVER Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 불법정보 시정요구 / Request for removal

{quoted_request("KCSC-240903-01", N, prefix="")}
""",
    items={N[5]: "removed", N[12]: "removed"},
)

qp_body = f"""안녕하세요, 네이버 블로그 운영팀입니다.

요청번호 KCSC-240903-01 관련 처리 내역을 안내드립니다.

{N[1]}
→ 처리결과: 비공개 처리 완료

{N[3]}
→ 처리결과: 국내 접속 제한 조치

그 밖의 게시물은 담당 부서에서 별도로 회신드릴 예정입니다.
감사합니다.
"""
add(
    name="naver-qp-url-then-result",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team notice with each URL followed by a '→ 처리결과' line, quoted-printable",
    why="비공개 처리 완료 (removed) for the first URL, 국내 접속 제한 (restricted) for the second",
    date=d("2024-09-07 09:15"), frm="blog_help@naver.com", name_from="네이버 블로그",
    subject="[네이버 블로그] 게시물 처리 안내 (KCSC-240903-01)",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}""",
    items={N[1]: "removed", N[3]: "restricted"},
)

add(
    name="naver-kin-author-deleted",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 answer that a post was already deleted by its author",
    why="the Knowledge iN question was deleted by its author and no longer exists: not_found",
    date=d("2024-09-04 14:02"), frm="help@naver.com", name_from="네이버 고객센터",
    subject="Re: [KCSC-240903-01] 지식iN 게시물 관련 문의", reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 고객센터입니다.

문의하신 지식iN 질문({N[7]})은
작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다.
따라서 별도의 조치가 필요하지 않음을 안내드립니다.

감사합니다.
""",
    items={N[7]: "not_found"},
)

add(
    name="naver-url-result-pairs-outlook",
    outcome="applied", classification="confirmation",
    imitates="English 'URL: / Result:' pairs over an Outlook-quoted request",
    why="Post article removed, Influencer page not viewable from Korea (restricted); the quoted list below says nothing",
    date=d("2024-09-11 11:48"), frm="legal-kr@navercorp.com", name_from="NAVER Legal",
    subject="RE: [KCSC-240903-01] Request for removal - partial result",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Hello,

Please find the results for two more items of KCSC-240903-01.

URL: {N[9]}
Result: Removed (violation of the NAVER Post operating policy)

URL: {N[10]}
Result: Restricted - access from the Republic of Korea is blocked

Kind regards,
NAVER Legal Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal-kr@navercorp.com
Subject: [KCSC-240903-01] Request for removal

{quoted_request("KCSC-240903-01", N, prefix="")}
""",
    items={N[9]: "removed", N[10]: "restricted"},
)

add(
    name="naver-angle-bracket-wrapped",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply with URLs in angle brackets, one wrapped across two lines",
    why="Knowledge iN question deleted; Post article limited to verified adults (age-restricted = restricted)",
    date=d("2024-09-12 10:20"), frm="jiwoo.han@navercorp.com", name_from="Jiwoo Han",
    subject="Re: KCSC-240903-01 follow-up", reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Hello again,

The Knowledge iN question
<https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101
&docId=471200318>
was deleted by our operations team on 9 September.

The NAVER Post article
<{N[9]}> is now
limited to verified adult users (19+ age restriction).

Best,
Jiwoo
""",
    items={N[7]: "removed", N[9]: "restricted"},
)

add(
    name="naver-echoed-report-result",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 '신고 처리 결과 안내' that echoes the report before the result",
    why="the echoed report names one blog post; 처리 결과: 게시중단",
    date=d("2024-09-11 15:52"), frm="report_noreply@navercorp.com", name_from="네이버 신고센터",
    subject="[네이버 신고센터] 신고 처리 결과 안내",
    body=f"""[네이버 신고센터] 신고 처리 결과 안내

■ 신고 접수번호: 2024091100412
■ 신고 대상: {N[2]}
■ 신고 사유: 불법 사행성(도박) 홍보
■ 신고자: 방송통신심의위원회 (KCSC-240903-01)

■ 처리 결과: 게시중단
■ 처리 일시: 2024.09.11 15:40

게시중단된 게시물은 더 이상 다른 이용자에게 노출되지 않습니다.
본 메일은 발신 전용입니다. 문의는 네이버 고객센터를 이용해 주세요.
""",
    items={N[2]: "removed"},
)

add(
    name="naver-bullets-kr-en",
    outcome="applied", classification="confirmation",
    imitates="bilingual status update as a bulleted list 'URL : status / 상태'",
    why="not found / 존재하지 않는 게시물, removed / 삭제, and no violation, remains online (rejected)",
    date=d("2024-09-13 13:37"), frm="policy@navercorp.com", name_from="NAVER Policy",
    subject="Update on KCSC-240903-01 / 처리 현황 공유", reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요. 처리 현황 공유드립니다. (English below each line)

• {N[11]} : not found / 존재하지 않는 게시물
• {N[6]} : removed (삭제)
• {N[4]} : no violation found, remains online (위반 사항 없음 – 게시 유지)

문의: policy@navercorp.com
""",
    items={N[11]: "not_found", N[6]: "removed", N[4]: "rejected"},
)

add(
    name="naver-receipt-plus-immediate-action",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt ('접수번호 … 로 접수되었습니다') that also reports one urgent takedown",
    why="receipt phrase plus an unhedged statement that one named post was 게시중단 처리: not a pure acknowledgement",
    date=d("2024-09-03 16:44"), frm="help@naver.com", name_from="네이버 고객센터",
    subject="[접수완료] KCSC-240903-01 시정요구", reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 고객센터입니다.

귀 위원회의 요청이 접수번호 NV-20240903-3321로 접수되었습니다.

이 중 {N[8]} 게시물은 긴급 사안으로
확인되어 즉시 게시중단 처리하였습니다.

나머지 게시물은 검토 후 결과를 안내드리겠습니다.
감사합니다.
""",
    items={N[8]: "removed"},
)

# ==================================================================== Daum
add(
    name="daum-right-center-notice",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 result notice (임시조치 30일 / 삭제)",
    why="first cafe post 임시조치 (access blocked for 30 days: restricted), second 삭제 (removed)",
    date=d("2024-09-06 10:05"), frm="right@kakaocorp.com", name_from="Daum 권리침해신고센터",
    subject="[Daum] 게시물 조치 결과 안내 (KCSC-240905-02)", reply_to_req=msgid("KCSC-240905-02"),
    body=f"""안녕하세요. Daum 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 알려드립니다.

1) {D[1]}
   - 조치: 임시조치 (30일간 게시물 접근 차단)
2) {D[2]}
   - 조치: 삭제

임시조치에 대한 안내는 Daum 고객센터 도움말(https://cs.daum.net/faq/95.html)을
참고해 주시기 바랍니다.

Daum 권리침해신고센터 드림
""",
    items={D[1]: "restricted", D[2]: "removed"},
)

add(
    name="daum-tistory-raw-korean-path",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations reply naming one entry by its raw Korean slug and refusing another",
    why="raw-Korean-path entry deleted; the numbered entry shows no violation and stays up (rejected)",
    date=d("2024-09-09 14:28"), frm="tistory-cs@kakaocorp.com", name_from="티스토리 운영팀",
    subject="Re: [KCSC-240905-02] 티스토리 게시물 시정요구", reply_to_req=msgid("KCSC-240905-02"),
    body=f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 티스토리 게시물({D3_RAW})은 운영정책 위반으로 삭제 처리되었습니다.

반면 {D[4]} 은 검토 결과 위반 사항이 확인되지 않아 게시를 유지합니다.
(We found no violation in this entry, so it stays up.)

티스토리 운영정책: https://www.tistory.com/policy
""",
    items={D[3]: "removed", D[4]: "rejected"},
)

daum_html = f"""<html><body>
<p>안녕하세요. 카카오 안전센터입니다.</p>
<p>KCSC-240905-02 건의 처리 결과는 다음과 같습니다.</p>
<table border="1">
<tr><th>대상 URL</th><th>처리 결과</th></tr>
<tr><td><a href="{D[1]}">{D[1]}</a></td><td>삭제</td></tr>
<tr><td><a href="{D[2]}">{D[2]}</a></td><td>삭제</td></tr>
<tr><td><a href="{D[3]}">{D3_RAW}</a></td><td>블라인드</td></tr>
<tr><td><a href="{D[4]}">{D[4]}</a></td><td>게시물 없음 (작성자 삭제)</td></tr>
</table>
<p>감사합니다.<br>카카오 안전센터</p>
</body></html>
"""
add(
    name="daum-base64-html-table",
    outcome="applied", classification="confirmation",
    imitates="Kakao safety centre HTML result table, base64-encoded",
    why="every row named: 삭제, 삭제, 블라인드 (removed) and 게시물 없음 (작성자 삭제) (not_found)",
    date=d("2024-09-12 09:30"), frm="safety@kakaocorp.com", name_from="카카오 안전센터",
    subject="[카카오] KCSC-240905-02 처리 결과", reply_to_req=msgid("KCSC-240905-02"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(daum_html)}""",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found"},
)

add(
    name="daum-english-kakao-bullets",
    outcome="applied", classification="confirmation",
    imitates="Kakao trust-and-safety English reply with dash bullets",
    why="cafe post temporarily restricted (임시조치) for 30 days; Tistory entry already deleted by its author",
    date=d("2024-09-10 17:55"), frm="trust.safety@kakaocorp.com", name_from="Kakao Trust & Safety",
    subject="KCSC-240905-02: outcome", reply_to_req=msgid("KCSC-240905-02"),
    body=f"""Dear KCSC,

Outcome of our review:

- {D[2]} -- temporarily restricted (임시조치) for 30 days;
  the poster may object within that period
- {D[4]} -- already deleted by its author before our review

Regards,
Kakao Trust & Safety
""",
    items={D[2]: "restricted", D[4]: "not_found"},
)

# =============================================================== DC Inside
add(
    name="dcinside-numbered-korean",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team numbered reply (운영자 삭제 / 이미 삭제된 게시물)",
    why="four posts deleted (운영자 삭제, 매니저 통해 삭제, 삭제); one already deleted by its author (not_found)",
    date=d("2024-09-10 11:11"), frm="cs@dcinside.com", name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240909-03] 불법정보 시정요구", reply_to_req=msgid("KCSC-240909-03"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물 처리 결과 안내드립니다.

1. {C[1]}
   - 운영자 삭제 완료
2. {C[2]}
   - 운영자 삭제 완료
3. {C[3]}
   - 마이너 갤러리 매니저를 통해 삭제 완료
4. {C[4]}
   - 이미 삭제된 게시물입니다 (작성자 삭제)
5. {C[5]}
   - 삭제 완료

감사합니다.
""",
    items={C[1]: "removed", C[2]: "removed", C[3]: "removed", C[4]: "not_found", C[5]: "removed"},
)

add(
    name="dcinside-english-partial",
    outcome="applied", classification="confirmation",
    imitates="community site's English reply deleting two posts and refusing one with its reason",
    why="two posts deleted; the mini-gallery post breaks no rule and remains available (rejected)",
    date=d("2024-09-11 10:02"), frm="global@dcinside.com", name_from="DCInside Support",
    subject="Re: [KCSC-240909-03] Request for removal", reply_to_req=msgid("KCSC-240909-03"),
    body=f"""Hello,

We have deleted the following two gallery posts today:
{C[1]}
{C[2]}

The mini gallery post {C[5]} only discusses
coin prices and does not advertise any investment scheme; it does not break
our rules and remains available.

DCInside Support
""",
    items={C[1]: "removed", C[2]: "removed", C[5]: "rejected"},
)

add(
    name="dcinside-statement-then-urls",
    outcome="applied", classification="confirmation",
    imitates="short Korean reply with the statement first and the URL on the line below",
    why="'아래 게시물은 삭제 처리하였습니다:' then one URL (removed); '존재하지 않는 게시물' then the other (not_found)",
    date=d("2024-09-12 16:26"), frm="manager@dcinside.com", name_from="디시인사이드 갤러리 관리",
    subject="[KCSC-240909-03] 마이너 갤러리 게시물 처리",
    body=f"""아래 게시물은 삭제 처리하였습니다:
{C[3]}

아래 게시물은 확인되지 않습니다 (존재하지 않는 게시물):
{C[4]}

- 디시인사이드 갤러리 관리팀
""",
    items={C[3]: "removed", C[4]: "not_found"},
)

# ==================================================================== SOOP
add(
    name="soop-vod-and-post",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) policy team bilingual numbered reply",
    why="VOD 삭제 완료 (removed); channel post switched to 19+ viewing only (age-restricted = restricted)",
    date=d("2024-09-12 13:45"), frm="policy@sooplive.co.kr", name_from="SOOP 운영정책팀",
    subject="Re: [KCSC-240910-04] 시정요구 조치 결과", reply_to_req=msgid("KCSC-240910-04"),
    body=f"""안녕하세요, SOOP 운영정책팀입니다.

1. VOD {S[1]}
   → 삭제 완료 (VOD deleted)
2. 방송국 게시글 {S[2]}
   → 19세 이상 이용자만 볼 수 있도록 연령 제한 (age-restricted to 19+)

SOOP 운영정책: https://www.sooplive.co.kr/policy
""",
    items={S[1]: "removed", S[2]: "restricted"},
)

add(
    name="soop-vod-blocked-in-korea",
    outcome="applied", classification="confirmation",
    imitates="platform reply that content was made unavailable in one country",
    why="the VOD 'made unavailable to viewers connecting from Korea': restricted (country block)",
    date=d("2024-09-11 20:10"), frm="global-policy@sooplive.co.kr", name_from="SOOP Global Policy",
    subject="KCSC-240910-04 VOD", reply_to_req=msgid("KCSC-240910-04"),
    body=f"""Dear KCSC,

The VOD at {S[1]} has been made unavailable to
viewers connecting from Korea, in line with your request.

Thank you,
SOOP Global Policy
""",
    items={S[1]: "restricted"},
)

# ================================================================ FM Korea
add(
    name="fmkorea-html-table",
    outcome="applied", classification="confirmation",
    imitates="community admin HTML table reply (게시물/조치)",
    why="three named posts: 삭제, 삭제, 블라인드 처리 (all removed)",
    date=d("2024-09-12 22:03"), frm="admin@fmkorea.com", name_from="에펨코리아 관리자",
    subject="Re: [KCSC-240911-05] 게시물 삭제 요청", reply_to_req=msgid("KCSC-240911-05"),
    type="html",
    body=f"""<div>안녕하세요, 에펨코리아 관리자입니다.</div>
<div>요청하신 게시물 조치 결과입니다.</div>
<table border="1">
<tr><td><b>게시물</b></td><td><b>조치</b></td></tr>
<tr><td>{F[1]}</td><td>삭제</td></tr>
<tr><td>{F[2]}</td><td>삭제</td></tr>
<tr><td>{F[3]}</td><td>블라인드 처리 (포텐 게시판)</td></tr>
</table>
<div>감사합니다.</div>""",
    items={F[1]: "removed", F[2]: "removed", F[3]: "removed"},
)

add(
    name="fmkorea-removed-and-refused",
    outcome="applied", classification="confirmation",
    imitates="Korean refusal with reason (위반 확인되지 않아 삭제 요청을 수용하지 않습니다) beside a removal",
    why="one post 삭제 완료 (removed); the other refused, no rule or law broken (rejected)",
    date=d("2024-09-13 10:31"), frm="admin@fmkorea.com", name_from="에펨코리아 관리자",
    subject="Re: [KCSC-240911-05] 게시물 삭제 요청", reply_to_req=msgid("KCSC-240911-05"),
    body=f"""안녕하세요.

{F[1]} - 삭제 완료했습니다.

{F[2]} - 검토 결과 본 게시물은 공개된 기사에 대한
단순 의견 게시로, 사이트 이용규칙 및 관련 법령 위반이 확인되지 않아 삭제
요청을 수용하지 않습니다.

에펨코리아 관리자 드림
""",
    items={F[1]: "removed", F[2]: "rejected"},
)

# =================================================================== Inven
add(
    name="inven-one-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="short Korean reply 'the requested post was deleted' answering a one-item request",
    why="no URL, but the reply answers KCSC-240912-06, which has one item: the statement covers it",
    date=d("2024-09-13 09:50"), frm="cs@inven.co.kr", name_from="인벤 고객지원",
    subject="Re: [KCSC-240912-06] 불법정보 시정요구", reply_to_req=msgid("KCSC-240912-06"),
    body="""안녕하세요, 인벤 고객지원팀입니다.

요청하신 게시물은 삭제 조치 완료되었습니다.
작성자에게는 운영정책에 따라 이용 제한 조치를 함께 적용하였습니다.

감사합니다.
""",
    items={I[1]: "removed"},
)

add(
    name="inven-fullwidth-brackets",
    outcome="applied", classification="confirmation",
    imitates="Korean reply quoting the URL in full-width 「」 brackets",
    why="the post 「…」 does not exist (존재하지 않는 게시물): not_found",
    date=d("2024-09-12 18:20"), frm="lostark@inven.co.kr", name_from="인벤 로스트아크 게시판 운영",
    subject="[KCSC-240912-06] 게시물 확인 결과", reply_to_req=msgid("KCSC-240912-06"),
    body=f"""안녕하세요. 인벤 로스트아크 게시판 운영 담당입니다.

문의하신 게시물 「{I[1]}」은 확인 결과 존재하지 않는 게시물입니다.
게시물 번호를 다시 확인해 주시기 바랍니다.

감사합니다.
""",
    items={I[1]: "not_found"},
)

# =================================================================== Clien
add(
    name="clien-english-three",
    outcome="applied", classification="confirmation",
    imitates="small community admin's terse English reply, one line per URL",
    why="deleted; kept (legal product, no rule broken: rejected); cannot find, no such post (not_found)",
    date=d("2024-09-14 12:12"), frm="admin@clien.net", name_from="Clien Admin",
    subject="Re: [KCSC-240913-07] Request for removal", reply_to_req=msgid("KCSC-240913-07"),
    body=f"""Hello, Clien admin here.

{L[1]} - deleted.
{L[2]} - this is a deal post for a legal product, no rule broken, we keep it.
{L[3]} - cannot find it, no such post on our side.

Clien
""",
    items={L[1]: "removed", L[2]: "rejected", L[3]: "not_found"},
)

add(
    name="clien-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="Korean Gmail-style top-posted reply ('…님이 작성:') over the '>'-quoted request",
    why="only the one URL written above the quote was deleted; the quoted list below says nothing",
    date=d("2024-09-13 15:40"), frm="jung.mod@clien.net", name_from="정 운영자",
    subject="Re: [KCSC-240913-07] 불법정보 시정요구", reply_to_req=msgid("KCSC-240913-07"),
    body=f"""{L[3]} 게시물 삭제했습니다.
나머지 두 건은 확인 후 다시 연락드릴게요.

2024년 9월 13일 (금) 오전 10:10, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240913-07", L)}
""",
    items={L[3]: "removed"},
)

# ================================================================== REVIEW
add(
    name="naver-promise-will-remove",
    outcome="review", review="not_understood",
    imitates="Korean reply promising removal after review (검토 후 삭제될 예정)",
    why="'삭제될 예정입니다' is a promise, not a statement: both named posts stay pending",
    date=d("2024-09-04 11:20"), frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구", reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중
{N[3]}
{N[11]}
두 건은 내부 검토 후 삭제될 예정입니다. 처리가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    items={N[3]: "pending", N[11]: "pending"},
)

add(
    name="dcinside-hedges",
    outcome="review", review="not_understood",
    imitates="English reply full of hedges ('appears to', 'may have been', 'we will check')",
    why="'appears to have been removed' and 'may have been deleted' are hedges: nothing stated, items pending",
    date=d("2024-09-10 15:33"), frm="global@dcinside.com", name_from="DCInside Support",
    subject="Re: [KCSC-240909-03] Request for removal", reply_to_req=msgid("KCSC-240909-03"),
    body=f"""Hi,

{C[1]} appears to have been removed already, and
{C[2]} may have been deleted by the gallery
manager, but our logs are not conclusive. We will check with the gallery team
and confirm next week.

DCInside Support
""",
    items={C[1]: "pending", C[2]: "pending"},
)

add(
    name="naver-bulk-all-removed",
    outcome="review", review="bulk",
    imitates="Korean one-liner 'all requested posts removed' for a large request",
    why="'요청하신 게시물 전체 삭제' without naming any of the 12 items: bulk, items stay pending",
    date=d("2024-09-14 10:00"), frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    subject="Re: [KCSC-240903-01] 조치 완료", reply_to_req=msgid("KCSC-240903-01"),
    body="""안녕하세요.

KCSC-240903-01 건으로 요청하신 게시물 전체에 대해 삭제 조치를 완료하였습니다.

네이버 정책지원팀 드림
""",
    items={N[1]: "pending", N[7]: "pending", N[12]: "pending"},
)

add(
    name="fmkorea-bulk-english",
    outcome="review", review="bulk",
    imitates="English 'all the posts you reported have been taken down' reply",
    why="a statement about all three posts without naming them, for a three-item request: bulk",
    date=d("2024-09-13 21:14"), frm="admin@fmkorea.com", name_from="FM Korea Admin",
    subject="Re: [KCSC-240911-05] Request for removal", reply_to_req=msgid("KCSC-240911-05"),
    body="""Hello,

All the posts you reported under KCSC-240911-05 have been taken down.

FM Korea admin
""",
    items={F[1]: "pending", F[2]: "pending", F[3]: "pending"},
)

add(
    name="daum-auth-fail",
    outcome="review", review="untrusted",
    imitates="Daum result notice arriving with failed DKIM/SPF/DMARC",
    why="from kakaocorp.com but authentication fails: the claims are not applied",
    date=d("2024-09-08 08:12"), frm="right@kakaocorp.com", name_from="Daum 권리침해신고센터",
    auth="fail",
    subject="[Daum] 게시물 조치 결과 안내 (KCSC-240905-02)", reply_to_req=msgid("KCSC-240905-02"),
    body=f"""안녕하세요. Daum 권리침해신고센터입니다.

요청하신 게시물은 아래와 같이 처리되었습니다.

{D[1]} : 삭제
{D[2]} : 삭제

Daum 권리침해신고센터 드림
""",
    items={D[1]: "pending", D[2]: "pending"},
)

add(
    name="soop-lookalike-domain",
    outcome="review", review="unknown_sender",
    imitates="reply from a look-alike support domain that is not the platform's",
    why="sooplive-support.com is no platform domain: the 삭제 claim is not applied",
    date=d("2024-09-11 09:05"), frm="cs@sooplive-support.com", name_from="SOOP 고객센터",
    subject="Re: [KCSC-240910-04] 시정요구", reply_to_req=msgid("KCSC-240910-04"),
    body=f"""안녕하세요, SOOP 고객센터입니다.

{S[1]} VOD는 삭제 처리했습니다.
{S[2]} 게시글도 삭제 처리했습니다.

감사합니다.
""",
    items={S[1]: "pending", S[2]: "pending"},
)

add(
    name="inven-claims-fmkorea-post",
    outcome="review", review="wrong_platform",
    imitates="platform answering a request that was meant for another site",
    why="Inven (authenticated) says an FM Korea post was deleted: Inven cannot speak for FM Korea's item",
    date=d("2024-09-12 11:40"), frm="cs@inven.co.kr", name_from="인벤 고객지원",
    subject="Re: [KCSC-240911-05] 게시물 삭제 요청", reply_to_req=msgid("KCSC-240911-05"),
    body=f"""안녕하세요, 인벤 고객지원팀입니다.

요청하신 게시물 {F[3]} 은 삭제 처리되었습니다.

감사합니다.
""",
    items={F[3]: "pending"},
)

add(
    name="naver-asks-documents",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="portal asking for the 심의 의결서 before acting",
    why="NAVER asks for the decision document before acting on two named posts; nothing stated",
    date=d("2024-09-04 17:03"), frm="legal-kr@navercorp.com", name_from="NAVER Legal",
    subject="Re: [KCSC-240903-01] 자료 요청", reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 법무팀입니다.

아래 두 게시물에 대한 조치를 진행하기 위해 해당 시정요구의 심의 의결서 사본과
위반 법령 조항을 회신해 주시기 바랍니다.

- {N[3]}
- {N[4]}

자료를 받는 대로 검토하겠습니다.
""",
    items={N[3]: "pending", N[4]: "pending"},
)

add(
    name="naver-channel-change-notice",
    outcome="review", review="no_claims",
    imitates="portal notice to public agencies about a new request channel",
    why="trusted NAVER mail naming no item and no request: nothing to apply, a person should see it",
    date=d("2024-09-09 10:00"), frm="public-agency@navercorp.com", name_from="NAVER 공공기관 협조센터",
    subject="[NAVER] 공공기관 협조요청 접수 채널 변경 안내",
    body="""안녕하세요. 네이버 공공기관 협조센터입니다.

2024년 10월 1일부터 공공기관의 게시물 조치 요청은 이메일 대신 전용 접수 포털
(https://agency.naver.com/request)로 받습니다. 기존 이메일 주소는 10월 31일까지
병행 운영한 뒤 종료됩니다.

이용에 참고하시기 바랍니다.
""",
)

add(
    name="clien-under-review",
    outcome="review", review="not_understood",
    imitates="short '검토 중입니다, 결과는 추후 안내' reply naming the posts",
    why="'검토 중' is no statement: named items stay pending and the mail needs a person",
    date=d("2024-09-14 09:22"), frm="admin@clien.net", name_from="클리앙 운영진",
    subject="Re: [KCSC-240913-07] 불법정보 시정요구", reply_to_req=msgid("KCSC-240913-07"),
    body=f"""안녕하세요, 클리앙 운영진입니다.

{L[1]}
{L[2]}
위 두 게시물은 현재 운영진이 검토 중입니다. 결과는 추후 알려드리겠습니다.
""",
    items={L[1]: "pending", L[2]: "pending"},
)

add(
    name="daum-conditional-deletion",
    outcome="review", review="not_understood",
    imitates="임시조치 follow-up notice saying the post will be deleted if no objection is filed",
    why="only a condition ('이의제기가 없을 경우 … 삭제됩니다'); no present status stated",
    date=d("2024-09-07 13:16"), frm="right@kakaocorp.com", name_from="Daum 권리침해신고센터",
    subject="[Daum] KCSC-240905-02 추가 안내", reply_to_req=msgid("KCSC-240905-02"),
    body=f"""안녕하세요. Daum 권리침해신고센터입니다.

{D[2]} 게시물은 게시자의 소명 절차가
진행 중입니다. 30일 이내에 이의제기가 없을 경우 해당 게시물은 삭제됩니다.

Daum 권리침해신고센터 드림
""",
    items={D[2]: "pending"},
)

# ================================================================= IGNORED
add(
    name="naver-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual [자동응답] out-of-office reply (Chuseok holiday)",
    why="an out-of-office auto-reply, whatever it quotes",
    date=d("2024-09-13 18:02"), frm="sora.kim@navercorp.com", name_from="김소라",
    subject="[자동응답] 부재중 / Out of office: Re: [KCSC-240903-01] Request for removal",
    reply_to_req=msgid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 추석 연휴로 9월 19일(목)까지 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

I am out of the office until 19 September (Chuseok holidays) with no access
to e-mail. For urgent matters please write to policy@navercorp.com.
""",
)

dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: report@dcinside.com
Subject: [KCSC-240909-03] 불법정보 시정요구
Message-ID: <{msgid("KCSC-240909-03")}>
Date: {d("2024-09-09 09:40")}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{quoted_request("KCSC-240909-03", C, prefix="")}
"""
add(
    name="dcinside-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (5.1.1 user unknown) returning the request",
    why="a bounce carrying our own request; the URLs in it are ours",
    date=d("2024-09-09 09:41"), frm="MAILER-DAEMON@mx.dcinside.com", name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="=_dsn_369_dc"

--=_dsn_369_dc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host mx.dcinside.com said: 550 5.1.1
    <report@dcinside.com>: Recipient address rejected: User unknown

--=_dsn_369_dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.dcinside.com
Arrival-Date: {d("2024-09-09 09:40")}

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--=_dsn_369_dc
Content-Type: message/rfc822

{dsn_orig}
--=_dsn_369_dc--
""",
)

add(
    name="fmkorea-mdn",
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 read receipt (message/disposition-notification) from a mail client",
    why="a read receipt says nothing about items",
    date=d("2024-09-11 13:07"), frm="admin@fmkorea.com", name_from="에펨코리아 관리자",
    subject="읽음 확인: [KCSC-240911-05] 게시물 삭제 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="=_mdn_369_fm"

--=_mdn_369_fm
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{d("2024-09-11 10:20")}에 takedown@kcsc.example 에게 보낸 메일
"[KCSC-240911-05] 게시물 삭제 요청"을(를) 수신자가 읽었습니다.

--=_mdn_369_fm
Content-Type: message/disposition-notification

Reporting-UA: fmkorea-mail; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@fmkorea.com
Original-Message-ID: <{msgid("KCSC-240911-05")}>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_369_fm--
""",
)

add(
    name="soop-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket receipt ('문의가 접수되었습니다, 접수번호 #…')",
    why="pure acknowledgement with a ticket number, no statement about any item",
    date=d("2024-09-10 14:01"), frm="noreply@sooplive.co.kr", name_from="SOOP 고객센터",
    subject="[SOOP 고객센터] 문의가 접수되었습니다 (#SP-2409-88120)",
    reply_to_req=msgid("KCSC-240910-04"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, SOOP 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
접수번호: #SP-2409-88120
제목: [KCSC-240910-04] 시정요구

담당자가 확인 후 순차적으로 답변드리겠습니다. 이 메일은 발신 전용입니다.
""",
)

add(
    name="clien-vacation-autoreply",
    outcome="ignored", classification="auto_reply",
    imitates="Korean vacation auto-reply from a community admin mailbox",
    why="an auto-reply announcing the admin is away; it quotes nothing and states nothing",
    date=d("2024-09-13 10:11"), frm="admin@clien.net", name_from="클리앙 운영진",
    subject="자동 회신: [KCSC-240913-07] 불법정보 시정요구",
    reply_to_req=msgid("KCSC-240913-07"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""클리앙 운영진 휴가 기간(9월 13일~9월 18일)입니다.
보내주신 메일은 휴가 이후 순서대로 확인하겠습니다.
""",
)

add(
    name="daum-kakao-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 '문의 접수 완료 안내' receipt",
    why="a receipt naming our request but saying nothing about items",
    date=d("2024-09-05 11:32"), frm="noreply@kakaocorp.com", name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의 접수 완료 안내",
    body="""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 접수되었습니다.

- 접수번호: 2409051132-0077
- 서비스: Daum 카페 / 티스토리
- 문의 제목: [KCSC-240905-02] 개인정보 노출 게시물 시정요구

답변은 영업일 기준 3일 이내에 이메일로 드립니다.
""",
)

nv_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: kcsc-desk@navercorp.com
Subject: [KCSC-240903-01] 불법정보 시정요구
Message-ID: <{msgid("KCSC-240903-01")}>
Date: {d("2024-09-03 10:00")}
"""
add(
    name="naver-dsn-failed",
    outcome="ignored", classification="bounce",
    imitates="delivery failure report with only the returned headers (text/rfc822-headers)",
    why="a bounce; the only reference in it is our own request's subject",
    date=d("2024-09-03 10:02"), frm="mailer-daemon@navercorp.com", name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="=_dsn_369_nv"

--=_dsn_369_nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일을 전송하지 못했습니다. 수신자 주소가 존재하지 않습니다.
Your message to kcsc-desk@navercorp.com could not be delivered.

--=_dsn_369_nv
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.navercorp.com

Final-Recipient: rfc822; kcsc-desk@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox not found

--=_dsn_369_nv
Content-Type: text/rfc822-headers

{nv_orig}
--=_dsn_369_nv--
""",
)


# ----------------------------------------------------------------- write
def enc(text):
    """RFC 2047 B-encoding for a header text that is not ASCII."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode()


for n, c in enumerate(cases):
    c["from"] = c.pop("frm")
    # Display names are always encoded (an 8-bit From breaks older parsers);
    # every other non-ASCII Subject is left as raw UTF-8 (RFC 6532), as some
    # Korean mail systems send it.
    if "name_from" in c:
        c["name_from"] = enc(c["name_from"])
    if n % 2 == 0:
        c["subject"] = enc(c["subject"])

HEADER = """# Blind set 369: Korean portals and community sites (NAVER, Daum/Kakao,
# DC Inside, SOOP, FM Korea, Inven, Clien), Korean and English mixed, with the
# doubtful and ignorable mail a regulator's mailbox receives.
# Written by tests/corpus/blind369/make.py; do not edit by hand.
# Expected results were written from each email's meaning before any run."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind369", HEADER, cases)
    print(f"{len(cases)} cases")
