#!/usr/bin/env python3
"""Blind set blind177: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Clien, Inven, FM Korea), Korean and English mixed, with the
doubtful and ignorable mail a regulator's mailbox receives.

Written without reading the reader (src/) or any other corpus set. Every
expected result below comes from the meaning of the email alone.

    python3 tests/corpus/blind177/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind177"

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
N = {
    1: "https://blog.naver.com/moonriver_77/223540118201",
    2: "https://blog.naver.com/moonriver_77/223540118355",
    3: "https://blog.naver.com/sky_lantern02/223538870014",
    4: "https://cafe.naver.com/greenstocks/48213",
    5: "https://cafe.naver.com/greenstocks/48240",
    6: "https://cafe.naver.com/joonggomart/771209",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471203388",
    8: "https://blog.naver.com/daily_haru_k/223541002417",
    9: "https://cafe.naver.com/joonggomart/771355",
    10: "https://tv.naver.com/v/58120734",
    11: "https://blog.naver.com/gold_signal99/223539911876",
    12: "https://cafe.naver.com/coinpark21/90311",
    13: "https://m.blog.naver.com/gold_signal99/223539912040",
    14: "https://post.naver.com/viewer/postView.naver?volumeNo=38201177&memberNo=5521904",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9081123",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9081377",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=lostark_x&no=552019",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=lostark_x&no=552044",
    5: "https://gall.dcinside.com/mini/board/view/?id=haneul_f&no=1207",
}
# A1 is stored percent-encoded; emails write its path raw (별빛직거래).
A1_RAW = "https://cafe.daum.net/별빛직거래/Ab1c/3308"
A = {
    1: "https://cafe.daum.net/%EB%B3%84%EB%B9%9B%EC%A7%81%EA%B1%B0%EB%9E%98/Ab1c/3308",
    2: "https://cafe.daum.net/sunnyloan/Qz9P/115",
    3: "https://tv.kakao.com/v/448120993",
    4: "https://cafe.daum.net/sunnyloan/Qz9P/121",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131402277",
    2: "https://vod.sooplive.co.kr/player/131409815",
    3: "https://ch.sooplive.co.kr/bjnightowl7/post/98112044",
}
C = {
    1: "https://www.clien.net/service/board/park/18760412",
    2: "https://www.clien.net/service/board/jirum/18760590",
}
I = {
    1: "https://www.inven.co.kr/board/lineagem/5021/441208",
    2: "https://www.inven.co.kr/board/lineagem/5021/441263",
}
F = {1: "https://www.fmkorea.com/7412093351"}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "naver", "2024-09-02", "2024-09-09", N, "illegal_finance",
     "주식·코인 리딩방 불법 투자권유 게시물"),
    ("KCSC-240903-02", "dcinside", "2024-09-03", "2024-09-10", D, "defamation",
     "갤러리 게시물 (명예훼손·개인정보 노출)"),
    ("KCSC-240904-03", "daum", "2024-09-04", "2024-09-11", A, "illegal_trade",
     "카페 불법 대출·거래 게시물, 카카오TV 클립"),
    ("KCSC-240905-04", "soop", "2024-09-05", "2024-09-12", S, "obscenity",
     "VOD 및 방송국 게시글"),
    ("KCSC-240906-05", "clien", "2024-09-06", "2024-09-13", C, "privacy",
     "개인정보 노출 게시물"),
    ("KCSC-240906-06", "inven", "2024-09-06", "2024-09-13", I, "gambling",
     "불법 사설 서버·도박 홍보"),
    ("KCSC-240909-07", "fmkorea", "2024-09-09", "2024-09-16", F, "gambling",
     "불법 도박 사이트 홍보"),
]


def req_mid(ref):
    return f"{ref}.req"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for k in sorted(urls):
            w.writerow([ref, plat, sent, due, urls[k], cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def request_text(ref, urls, prefix=""):
    """Our own request as it appears when a platform quotes it."""
    lines = [
        "방송통신심의위원회 디지털성범죄·불법정보 대응팀입니다.",
        f"아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 요청드립니다. (요청번호 {ref})",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 takedown@kcsc.example"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


# --------------------------------------------------------------------------
# MIME helpers (deterministic)
# --------------------------------------------------------------------------
def b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp_body(text, subtype="plain"):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: text/{subtype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{enc}")


def b64_body(text, subtype="plain"):
    return (f"Content-Type: text/{subtype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: base64\n\n{b64lines(text.encode('utf-8'))}\n")


def alternative(text, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{html.strip()}\n\n--{boundary}--\n")


def with_csv(text, csv_text, filename_q, boundary):
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n"
            f"--{boundary}\nContent-Type: text/csv; charset=utf-8; name*=UTF-8''{filename_q}\n"
            f"Content-Disposition: attachment; filename*=UTF-8''{filename_q}\n"
            f"Content-Transfer-Encoding: base64\n\n"
            f"{b64lines(csv_text.encode('utf-8'))}\n\n--{boundary}--\n")


def _b64w(t):
    return base64.b64encode(t.encode("utf-8")).decode("ascii")


def pend(*urls):
    return {u: "pending" for u in urls}


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
NAVER_RIGHT = "NAVER 게시중단 요청 서비스"
CASES = []


def case(**c):
    CASES.append(c)


# ---------------------------------------------------------------- NAVER ---
case(
    name="naver-result-notice-text-table",
    frm="right@navercorp.com", name_from=NAVER_RIGHT,
    date="Wed, 04 Sep 2024 10:31:07 +0900",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
안녕하세요. 네이버 게시중단 요청 서비스 담당자입니다.

방송통신심의위원회에서 9월 2일 요청하신 건(요청번호 KCSC-240902-01) 중
확인이 끝난 게시물의 처리 결과를 먼저 알려드립니다.

 번호 | 게시물 주소                                        | 처리 결과
 -----+----------------------------------------------------+---------------
 1    | {N[1]}   | 삭제
 2    | {N[2]}   | 게시중단
 3    | {N[3]}  | 임시조치(30일)

나머지 게시물은 검토가 끝나는 대로 따로 회신드리겠습니다.
임시조치된 게시물은 게시자가 30일 안에 재게시를 요청할 수 있으며, 요청이 없으면
기간이 끝난 뒤 삭제됩니다.

네이버 게시중단 요청 서비스 드림
https://right.naver.com
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 서비스 처리 결과 안내 (plain-text table)",
    why="trusted NAVER notice, one line per URL: 삭제 and 게시중단 are removals, 임시조치 is a restriction",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted"},
)

case(
    name="naver-sijeong-html-table",
    frm="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Thu, 05 Sep 2024 17:02:44 +0900",
    subject="RE: [KCSC-240902-01] 시정요구 조치결과 회신",
    reply_to_req=req_mid("KCSC-240902-01"),
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하십니까, 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240902-01)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>순번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>4</td><td><a href="{N[4]}">{N[4]}</a></td><td>게시중단</td><td>불법 금융투자 권유</td></tr>
<tr><td>5</td><td><a href="{N[5]}">{N[5]}</a></td><td>게시중단</td><td>불법 금융투자 권유</td></tr>
<tr><td>6</td><td><a href="{N[6]}">{N[6]}</a></td><td>게시물 없음</td><td>작성자가 요청 전 직접 삭제</td></tr>
<tr><td>7</td><td><a href="{N[7]}">{N[7].replace('&', '&amp;')}</a></td><td>미조치</td><td>운영정책 위반 사항 확인되지 않음</td></tr>
<tr><td>8</td><td><a href="{N[8]}">{N[8]}</a></td><td>19세 미만 접근 제한</td><td>청소년 유해</td></tr>
<tr><td>9</td><td><a href="{N[9]}">{N[9]}</a></td><td>블라인드</td><td>카페 운영원칙 위반</td></tr>
<tr><td>10</td><td><a href="{N[10]}">{N[10]}</a></td><td>비공개 처리</td><td>채널 운영자 제재</td></tr>
</table>
<p>나머지 4건(순번 11~14)은 확인 중이며 결과가 나오는 대로 안내드리겠습니다.</p>
<p>네이버 운영정책: <a href="https://policy.naver.com/rules/service.html">https://policy.naver.com/rules/service.html</a></p>
<p>감사합니다.<br>네이버 정책지원팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table (NAVER policy team)",
    why="one row per URL: 게시중단/블라인드/비공개 removed, 게시물 없음 not_found, 미조치 (no violation) rejected, 접근 제한 restricted; policy link is no item",
    items={N[4]: "removed", N[5]: "removed", N[6]: "not_found", N[7]: "rejected",
           N[8]: "restricted", N[9]: "removed", N[10]: "removed"},
)

NAVER_CSV = (
    "\ufeff요청번호,URL,조치결과,조치일자,비고\n"
    f"KCSC-240902-01,{N[11]},삭제,2024-09-06,\n"
    f"KCSC-240902-01,{N[12]},게시중단,2024-09-06,\n"
    f"KCSC-240902-01,{N[13]},게시물 없음,-,작성자 삭제\n"
    f'KCSC-240902-01,"{N[14]}",미조치,-,위반 사항 없음(단순 시황 의견)\n'
)
case(
    name="naver-csv-attachment-result",
    frm="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Fri, 06 Sep 2024 15:40:19 +0900",
    subject="[KCSC-240902-01] 조치결과 파일 송부 (11~14번)",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=with_csv(
        """
안녕하십니까, 네이버 정책지원팀입니다.

KCSC-240902-01 시정요구 건 중 11~14번 게시물의 조치결과를 첨부 파일로 보내드립니다.
확인 부탁드립니다.

네이버 정책지원팀 드림
""",
        NAVER_CSV,
        "%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC_KCSC-240902-01.csv",
        "==nv_240906_8812==",
    ),
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (조치결과 파일)",
    why="CSV rows: 삭제/게시중단 removed, 게시물 없음(작성자 삭제) not_found, 미조치 with its reason rejected",
    items={N[11]: "removed", N[12]: "removed", N[13]: "not_found", N[14]: "rejected"},
)

case(
    name="naver-policy-english-two-items",
    frm="policy@navercorp.com", name_from="NAVER Policy",
    date="Thu, 05 Sep 2024 09:12:55 +0900",
    subject="Re: KCSC-240902-01 - update on two URLs",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Dear KCSC team,

Following up on request KCSC-240902-01, here is where we stand on two of the URLs.

- {N[1]}
  The post was deleted on 4 September for breaching our operating policy on
  unlicensed investment solicitation.

- {N[7]}
  We reviewed this Q&A entry and found no breach of our policies or of Korean
  law (the question asks how to report a suspected scam). It remains available.

We will write again about the remaining URLs. Our operating policy can be read
at https://policy.naver.com/rules/service.html.

Kind regards,
NAVER Policy Team
""",
    outcome="applied", classification="confirmation",
    imitates="portal trust-and-safety reply in English, bulleted per URL with its reason",
    why="deleted = removed; reviewed, no breach, remains available = rejected",
    items={N[1]: "removed", N[7]: "rejected"},
)

case(
    name="naver-cafe-top-posted-over-gmail-quote",
    frm="cafe-op@navercorp.com", name_from="네이버 카페 운영팀",
    date="Tue, 03 Sep 2024 18:20:31 +0900",
    subject="Re: [KCSC-240902-01] 시정요구 (불법 금융투자 권유 게시물)",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다.

요청하신 게시물 중 아래 두 건은 카페 운영원칙 위반으로 블라인드 처리하였습니다.

{N[4]}
{N[5]}

나머지 게시물은 담당 부서에서 확인하고 있습니다.

감사합니다.

2024년 9월 2일 (월) 오후 3:05, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{request_text("KCSC-240902-01", [N[k] for k in sorted(N)], prefix="> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request",
    why="two URLs named above the quote are 블라인드 (removed); the quoted list below says nothing",
    items={N[4]: "removed", N[5]: "removed"},
)

case(
    name="naver-bare-url-status-below",
    frm="right@navercorp.com", name_from=NAVER_RIGHT,
    date="Mon, 09 Sep 2024 11:05:00 +0900",
    subject="[NAVER] 처리 결과 / Result of your request KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
[처리 결과 / Result]

{N[8]}
→ 삭제 (Deleted)

{N[9]}
→ 블라인드 (Hidden from all users)

{N[10]}
→ 19세 이상 연령 제한 적용 (Age-restricted, 19+)

문의: https://help.naver.com
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual portal result list, bare URL with its status on the line below",
    why="each status sits on the line under its URL: deleted, blinded (removed), age-restricted (restricted)",
    items={N[8]: "removed", N[9]: "removed", N[10]: "restricted"},
)

case(
    name="naver-qp-two-posts",
    frm="cafe-op@navercorp.com", name_from="네이버 카페 운영팀",
    date="Sat, 07 Sep 2024 10:44:12 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[네이버 카페] KCSC-240902-01 처리 안내".encode()).decode() + "?=",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=qp_body(f"""안녕하세요, 네이버 카페 운영팀입니다.

{N[12]} 게시물은 불법 투자권유에 해당하여 게시중단 처리하였습니다.

{N[13]} 게시물은 확인 결과 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations notice in a quoted-printable body with an encoded Subject",
    why="게시중단 = removed; deleted by its author before, does not exist = not_found",
    items={N[12]: "removed", N[13]: "not_found"},
)

case(
    name="naver-receipt-plus-statement",
    frm="right@navercorp.com", name_from=NAVER_RIGHT,
    date="Tue, 03 Sep 2024 09:15:48 +0900",
    subject="[NAVER] 요청 접수 및 1차 조치 안내 (접수번호 NR-2409-118842)",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
방송통신심의위원회 담당자님께,

귀 위원회의 시정요구가 정상적으로 접수되었습니다. (접수번호 NR-2409-118842)

아울러 {N[3]} 게시물은 오늘 자로
임시조치(30일)되었음을 알려드립니다.

나머지 게시물은 검토를 마친 뒤 회신드리겠습니다.

네이버 게시중단 요청 서비스
""",
    outcome="applied", classification="confirmation",
    imitates="receipt notice that also reports a first 임시조치",
    why="a receipt phrase plus an unhedged 임시조치 statement about one URL: not a pure acknowledgement; restricted",
    items={N[3]: "restricted"},
)

case(
    name="naver-outlook-original-message",
    frm="jhan@navercorp.com", name_from="Han Jiseok (NAVER Trust & Safety)",
    date="Fri, 06 Sep 2024 20:17:33 +0900",
    subject="RE: [KCSC-240902-01] 시정요구 (불법 금융투자 권유 게시물)",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Two more results on your request:

{N[11]} - removed on 6 Sep.
{N[14]} - the author had already deleted this post before we looked at it.

Best,
Jiseok Han
NAVER Trust & Safety

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 3:05 PM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 시정요구 (불법 금융투자 권유 게시물)

{request_text("KCSC-240902-01", [N[k] for k in sorted(N)])}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a trust-and-safety employee over -----Original Message-----",
    why="removed and already deleted by its author (not_found); the original request below the separator is quoted, not a statement",
    items={N[11]: "removed", N[14]: "not_found"},
)

case(
    name="naver-kin-wrapped-url",
    frm="kin-op@navercorp.com", name_from="네이버 지식iN 운영팀",
    date="Mon, 09 Sep 2024 14:27:09 +0900",
    subject="Re: [KCSC-240902-01] 지식iN·카페 게시물 처리 결과",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
안녕하세요. 네이버 지식iN 운영팀입니다.

요청하신 지식iN 질문
https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&
docId=471203388
은(는) 달린 답변을 포함하여 삭제되었습니다.

함께 요청하신 카페 게시물 {N[6]} 도
삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal notice whose long URL the sending system hard-wrapped at its '&'",
    why="the 지식iN URL is broken over two lines by the mail system but is plainly one URL; both posts deleted",
    items={N[7]: "removed", N[6]: "removed"},
)

case(
    name="naver-restricted-in-korea-english",
    frm="policy@navercorp.com", name_from="NAVER Policy",
    date="Wed, 11 Sep 2024 16:03:27 +0900",
    subject="Re: KCSC-240902-01 cafe posts",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Dear KCSC,

Access to {N[6]} has been restricted for users
in Korea (국내 접근 제한); the post remains visible to its cafe members abroad.

{N[9]} has been hidden from all users by the cafe
operations team (블라인드).

Regards,
NAVER Policy Team
""",
    outcome="applied", classification="confirmation",
    imitates="English portal reply separating a Korea-only restriction from a global blind",
    why="restricted in Korea = restricted; hidden from all users (블라인드) = removed",
    items={N[6]: "restricted", N[9]: "removed"},
)

# ------------------------------------------------------------ DC Inside ---
case(
    name="dc-numbered-list-ko",
    frm="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Wed, 04 Sep 2024 13:48:22 +0900",
    subject="[디시인사이드] KCSC-240903-02 요청 처리 결과",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.
KCSC-240903-02 요청 건 처리 결과를 알려드립니다.

1. {D[1]} - 삭제 완료
2. {D[2]} - 삭제 완료
3. {D[3]} - 해당 게시물이 존재하지 않습니다 (이미 삭제된 글)

나머지 2건은 갤러리 매니저 확인 후 안내드리겠습니다.

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 reply, numbered list with status after a dash",
    why="삭제 완료 = removed; does not exist / already deleted = not_found",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dc-english-removed-and-kept",
    frm="report@dcinside.com", name_from="DCInside Operations",
    date="Thu, 05 Sep 2024 11:30:04 +0900",
    subject="Re: [KCSC-240903-02] gallery posts",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Thank you for your request.

{D[4]}
This post was removed by our operations team and the posting IP range has
been barred from writing in that gallery.

{D[5]}
We reviewed this mini-gallery post. It is a personal opinion that names no
one and breaks none of our terms, so we have left it up.

DCInside Operations
""",
    outcome="applied", classification="confirmation",
    imitates="community-site operations reply in English, URL then its outcome paragraph",
    why="removed; reviewed and left up because it breaks no rule = rejected",
    items={D[4]: "removed", D[5]: "rejected"},
)

case(
    name="dc-statement-above-urls",
    frm="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 19:10:45 +0900",
    subject="Re: [KCSC-240903-02] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
안녕하세요.

운영자 권한으로 아래 게시물을 삭제하였습니다.

{D[1]}

{D[2]}

다음 게시물은 확인해 보니 작성자가 직접 삭제한 상태였습니다.

{D[4]}

감사합니다.
디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영자 삭제 notice with the statement above its URLs",
    why="운영자 권한 삭제 = removed for the two URLs under it; deleted by its author = not_found",
    items={D[1]: "removed", D[2]: "removed", D[4]: "not_found"},
)

DC_HTML = f"""<html><body>
<p>안녕하세요, 디시인사이드 운영팀입니다.</p>
<p>KCSC-240903-02 건 중 아래 게시물의 조치를 완료하였습니다.</p>
<ul>
<li><a href="{D[3].replace('&', '&amp;')}">{D[3].replace('&', '&amp;')}</a> : 삭제</li>
<li><a href="{D[4].replace('&', '&amp;')}">{D[4].replace('&', '&amp;')}</a> : 삭제</li>
<li><a href="{D[5].replace('&', '&amp;')}">{D[5].replace('&', '&amp;')}</a> : 삭제 (미니 갤러리 운영 중지 병행)</li>
</ul>
<p>갤러리 운영 원칙: <a href="https://www.dcinside.com/policy/rule">https://www.dcinside.com/policy/rule</a></p>
</body></html>
"""
case(
    name="dc-base64-html-list",
    frm="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 10:02:39 +0900",
    subject="[디시인사이드] 조치 완료 안내 (KCSC-240903-02)",
    reply_to_req=req_mid("KCSC-240903-02"),
    raw_mime=b64_body(DC_HTML, "html"),
    outcome="applied", classification="confirmation",
    imitates="ticket-system HTML notice sent base64-encoded",
    why="three named gallery posts each marked 삭제; policy link is no item",
    items={D[3]: "removed", D[4]: "removed", D[5]: "removed"},
)

case(
    name="dc-gmail-quote-korean",
    frm="manager.kim@dcinside.com", name_from="김도윤 (디시인사이드)",
    date="Mon, 09 Sep 2024 09:41:16 +0900",
    subject="Re: [KCSC-240903-02] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
{D[5]} 삭제 처리했습니다.
나머지는 운영팀에서 별도로 회신드릴 예정입니다.

김도윤 드림

2024년 9월 3일 (화) 오후 2:10, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{request_text("KCSC-240903-02", [D[k] for k in sorted(D)], prefix="> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="one-line Gmail reply from a staff member over the '>' quoted request",
    why="the one URL above the quote is deleted; the quoted five URLs are our own text",
    items={D[5]: "removed"},
)

# --------------------------------------------------------------- Daum ---
case(
    name="daum-raw-korean-path-particle",
    frm="cafe-report@kakaocorp.com", name_from="Daum 카페 고객센터",
    date="Thu, 05 Sep 2024 14:55:51 +0900",
    subject="[Daum 카페] 요청하신 게시물 처리 안내 (KCSC-240904-03)",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
안녕하세요. Daum 카페 고객센터입니다.

요청하신 {A1_RAW}은 카페 운영정책 위반(불법 거래 알선)으로 삭제 조치되었습니다.

카페 운영정책: https://cs.daum.net/faq/64.html

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 고객센터 notice, raw Korean cafe path with the particle 은 glued to it",
    why="the raw Korean path is the percent-encoded URL of the request; '은' is a particle, not part of the path; 삭제 = removed",
    items={A[1]: "removed"},
)

case(
    name="daum-pipe-table-text",
    frm="cs-report@kakaocorp.com", name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 16:12:08 +0900",
    subject="RE: [KCSC-240904-03] 시정요구 조치결과",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
안녕하십니까, 카카오 고객센터입니다.
시정요구(KCSC-240904-03) 조치결과를 아래와 같이 회신드립니다.

| 구분 | URL | 조치 결과 |
|---|---|---|
| 1 | {A[2]} | 게시물 삭제 |
| 2 | {A[4]} | 게시물 없음 (작성자 탈퇴로 삭제됨) |

카카오TV 클립 1건은 담당 부서 확인 후 별도 안내드리겠습니다.

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 시정요구 조치결과 as a markdown-like pipe table",
    why="게시물 삭제 = removed; 게시물 없음 (gone with the author's withdrawal) = not_found",
    items={A[2]: "removed", A[4]: "not_found"},
)

case(
    name="daum-kakaotv-private-english",
    frm="cs-report@kakaocorp.com", name_from="Kakao Operations",
    date="Mon, 09 Sep 2024 10:20:30 +0900",
    subject="Re: [KCSC-240904-03] Kakao TV clip",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Dear KCSC team,

The Kakao TV clip {A[3]} has been set to private
(비공개 처리) by our operations team and can no longer be viewed by anyone.

Kind regards,
Kakao Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao operations reply in English about a video made private",
    why="made private, viewable by no one = removed (비공개 처리)",
    items={A[3]: "removed"},
)

# --------------------------------------------------------------- SOOP ---
case(
    name="soop-vod-sections-ko",
    frm="safety@sooplive.co.kr", name_from="SOOP 운영팀",
    date="Fri, 06 Sep 2024 18:33:14 +0900",
    subject="[SOOP] 신고 게시물 조치 결과 안내 (KCSC-240905-04)",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
안녕하세요, SOOP 운영팀입니다.

방송통신심의위원회에서 요청하신 건의 조치 내역을 안내드립니다.

■ 조치 내역
- VOD {S[1]} : 삭제
- VOD {S[2]} : 삭제 (해당 스트리머 7일 방송 정지 병행)
- 방송국 게시글 {S[3]} : 블라인드

■ 참고
커뮤니티 가이드라인: https://www.sooplive.co.kr/policy/community

SOOP 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) 운영팀 조치 내역 notice",
    why="two VODs 삭제 and a station post 블라인드: all removed; the streamer suspension is not an item",
    items={S[1]: "removed", S[2]: "removed", S[3]: "removed"},
)

case(
    name="soop-english-angle-brackets",
    frm="trust@sooplive.com", name_from="SOOP Trust & Safety",
    date="Mon, 09 Sep 2024 12:08:41 +0900",
    subject="Re: [KCSC-240905-04] Report outcome",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
Hi,

Here is the outcome for two of the items you reported:

<{S[1]}> -- removed.
<{S[3]}> -- our review found the post does not violate the SOOP Community Guidelines, so no action was taken.

Thanks,
SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety outcome mail with URLs in angle brackets",
    why="removed; no violation, no action taken = rejected",
    items={S[1]: "removed", S[3]: "rejected"},
)

# -------------------------------------------------------------- Clien ---
case(
    name="clien-admin-short-ko",
    frm="admin@clien.net", name_from="클리앙 운영진",
    date="Sat, 07 Sep 2024 22:14:03 +0900",
    subject="Re: [KCSC-240906-05] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""
안녕하세요, 클리앙 운영진입니다.

모두의공원 글 {C[1]} 삭제했습니다.
알뜰구매 글({C[2]})은 확인해 보니 작성자가 이미 지운 글입니다.

클리앙 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short community-admin reply, one URL in parentheses followed by a Korean particle",
    why="deleted = removed; already removed by its author = not_found",
    items={C[1]: "removed", C[2]: "not_found"},
)

# -------------------------------------------------------------- Inven ---
case(
    name="inven-fullwidth-punctuation",
    frm="cs@inven.co.kr", name_from="인벤 고객지원",
    date="Mon, 09 Sep 2024 15:27:50 +0900",
    subject="[인벤] KCSC-240906-06 처리 결과",
    reply_to_req=req_mid("KCSC-240906-06"),
    body=f"""
안녕하세요。 인벤 고객지원팀입니다。

요청하신 게시물의 처리 결과입니다。

１）{I[1]}　→　삭제 처리 완료。
２）{I[2]}　→　삭제 처리 완료。

감사합니다。
""",
    outcome="applied", classification="confirmation",
    imitates="Korean notice typed with full-width punctuation and ideographic spaces",
    why="both named posts 삭제 처리 완료 = removed; the full-width space and arrow end each URL",
    items={I[1]: "removed", I[2]: "removed"},
)

INVEN_TEXT = f"""안녕하세요, 인벤 고객지원팀입니다.

- {I[1]} : 삭제 (사설 서버 홍보)
- {I[2]} : 유지 (게시판 규정 위반 아님 - 공식 서버 이용 후기)

인벤 고객지원팀
"""
INVEN_HTML = f"""<html><body>
<p>안녕하세요, 인벤 고객지원팀입니다.</p>
<table border="1"><tr><th>게시물</th><th>처리</th><th>사유</th></tr>
<tr><td><a href="{I[1]}">{I[1]}</a></td><td>삭제</td><td>사설 서버 홍보</td></tr>
<tr><td><a href="{I[2]}">{I[2]}</a></td><td>유지</td><td>게시판 규정 위반 아님 - 공식 서버 이용 후기</td></tr>
</table>
<p>인벤 고객지원팀</p>
</body></html>
"""
case(
    name="inven-alternative-kept-and-deleted",
    frm="cs@inven.co.kr", name_from="인벤 고객지원",
    date="Tue, 10 Sep 2024 11:51:36 +0900",
    subject="Re: [KCSC-240906-06] 불법 사설 서버 홍보 게시물",
    reply_to_req=req_mid("KCSC-240906-06"),
    raw_mime=alternative(INVEN_TEXT, INVEN_HTML, "inv-alt-0910"),
    outcome="applied", classification="confirmation",
    imitates="multipart/alternative helpdesk reply with an HTML table",
    why="삭제 = removed; 유지 with the reason that it breaks no board rule = rejected",
    items={I[1]: "removed", I[2]: "rejected"},
)

# ----------------------------------------------------------- FM Korea ---
case(
    name="fmkorea-sole-item-by-ref",
    frm="admin@fmkorea.com", name_from="에펨코리아 운영팀",
    date="Tue, 10 Sep 2024 17:45:02 +0900",
    subject="[에펨코리아] 요청번호 KCSC-240909-07 처리 안내",
    reply_to_req=req_mid("KCSC-240909-07"),
    body="""
안녕하세요, 에펨코리아 운영팀입니다.

요청번호 KCSC-240909-07 관련하여, 요청하신 게시물은 사이트 운영규정에 따라
삭제 조치하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short operator reply naming the request number only",
    why="request of one item; 'the requested post was deleted' is a statement about that item = removed",
    items={F[1]: "removed"},
)

case(
    name="fmkorea-rejected-no-violation",
    frm="admin@fmkorea.com", name_from="에펨코리아 운영팀",
    date="Wed, 11 Sep 2024 10:06:27 +0900",
    subject="Re: [KCSC-240909-07] 불법 도박 사이트 홍보 게시물",
    reply_to_req=req_mid("KCSC-240909-07"),
    body=f"""
안녕하세요.

{F[1]} 게시물을 검토하였으나, 특정 사이트를 홍보하는 내용이 아니라
도박 피해 사례를 공유하는 글로 확인되어 별도 조치하지 않았습니다.
이의가 있으시면 근거 자료와 함께 다시 요청해 주시기 바랍니다.

에펨코리아 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="community operator refusal with its reason",
    why="reviewed, breaks no rule, no action taken = rejected; the invitation to resubmit is no request for information",
    items={F[1]: "rejected"},
)

# ------------------------------------------------------------- Review ---
case(
    name="naver-promise-will-remove",
    frm="right@navercorp.com", name_from=NAVER_RIGHT,
    date="Tue, 03 Sep 2024 16:40:00 +0900",
    subject="[NAVER] KCSC-240902-01 검토 진행 안내",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
안녕하세요. 네이버 게시중단 요청 서비스입니다.

요청하신 아래 게시물은 관련 부서 검토를 거쳐 삭제될 예정입니다.

- {N[1]}
- {N[2]}
- {N[3]}

조치가 끝나면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal 'will be deleted after review' interim notice",
    why="'삭제될 예정' is a promise, not a statement: items stay pending and a person reads it",
    items=pend(N[1], N[2], N[3]),
)

case(
    name="dc-hedge-appears-removed",
    frm="report@dcinside.com", name_from="DCInside Operations",
    date="Wed, 04 Sep 2024 21:12:40 +0900",
    subject="Re: [KCSC-240903-02] gallery posts",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

It appears that {D[2]} may already
have been removed by the gallery manager. We will confirm with the manager
and let you know.

DCInside Operations
""",
    outcome="review", review="not_understood",
    imitates="operations reply hedging on a post's state",
    why="'appears ... may already have been removed' is a hedge, and confirmation is promised: pending",
    items=pend(D[2]),
)

case(
    name="naver-bulk-all-fourteen",
    frm="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Thu, 12 Sep 2024 09:30:00 +0900",
    subject="RE: [KCSC-240902-01] 조치 완료",
    reply_to_req=req_mid("KCSC-240902-01"),
    body="""
안녕하십니까, 네이버 정책지원팀입니다.

KCSC-240902-01 시정요구 게시물 14건 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-sentence '전체 조치 완료' reply to a many-item request",
    why="a statement about all 14 items without naming each: bulk review, items pending",
    items=pend(*[N[k] for k in sorted(N)]),
)

case(
    name="soop-bulk-english",
    frm="trust@sooplive.com", name_from="SOOP Trust & Safety",
    date="Wed, 11 Sep 2024 14:22:19 +0900",
    subject="Re: [KCSC-240905-04] Report outcome",
    reply_to_req=req_mid("KCSC-240905-04"),
    body="""
Hi,

All three items reported under KCSC-240905-04 have been removed from SOOP.

Thanks,
SOOP Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="trust-and-safety 'all reported items removed' reply",
    why="three-item request, none named: bulk review, items pending",
    items=pend(S[1], S[2], S[3]),
)

case(
    name="naver-dmarc-fail-forged",
    frm="policy@navercorp.com", name_from="NAVER 정책지원팀",
    auth="fail",
    date="Wed, 04 Sep 2024 02:14:55 +0900",
    subject="RE: [KCSC-240902-01] 조치결과 회신",
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

아래 게시물은 삭제 처리되었습니다.

{N[1]}
{N[2]}

조치 내역 확인: http://naver-policy-check.example/login
""",
    outcome="review", review="untrusted",
    imitates="mail claiming to be NAVER's policy team that fails DKIM/SPF/DMARC",
    why="NAVER's domain but authentication fails: nothing applied, a person reviews",
    items=pend(N[1], N[2]),
)

case(
    name="cafe-manager-gmail-unknown",
    frm="greenstocks.mgr@gmail.com", name_from="그린스탁스 카페매니저",
    date="Wed, 04 Sep 2024 23:05:12 +0900",
    subject="Re: [KCSC-240902-01] 카페 게시물 관련",
    body=f"""
안녕하세요. 네이버 카페 '그린스탁스' 매니저입니다.
네이버에서 연락을 받고 위원회에서 요청하신 글을 제가 직접 삭제했습니다.

{N[4]}
{N[5]}

앞으로 카페 관리 더 철저히 하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a cafe manager writing from a personal webmail account",
    why="a cafe manager is not NAVER and gmail.com is no platform domain: review, items pending",
    items=pend(N[4], N[5]),
)

case(
    name="kakao-about-naver-url",
    frm="cs-report@kakaocorp.com", name_from="카카오 고객센터",
    date="Thu, 05 Sep 2024 11:48:30 +0900",
    subject="RE: [KCSC-240904-03] 시정요구 조치결과",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
안녕하십니까, 카카오 고객센터입니다.

요청 목록에 포함된 아래 주소는 당사 서비스에서 확인되지 않습니다(게시물 없음).
Daum·카카오 서비스 주소가 아니므로 해당 서비스 운영사에 요청해 주시기 바랍니다.

{N[8]}

카카오 고객센터 드림
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply about a NAVER blog URL it cannot find",
    why="Kakao states 게시물 없음 for an item of the NAVER request: not Kakao's item to report on",
    items=pend(N[8]),
)

case(
    name="naver-asks-documents",
    frm="right@navercorp.com", name_from=NAVER_RIGHT,
    date="Wed, 04 Sep 2024 15:31:44 +0900",
    subject="[NAVER] 추가 자료 요청 (KCSC-240902-01)",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
안녕하세요. 네이버 게시중단 요청 서비스입니다.

아래 게시물의 검토를 위해 위원회의 심의 의결서 사본(또는 시정요구 공문)을
추가로 보내주시기 바랍니다. 자료가 확인되는 대로 처리하겠습니다.

{N[12]}
{N[13]}

회신 주소: right@navercorp.com
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="portal asking for the 심의 의결서 before acting",
    why="asks for documents; no statement about the two posts",
    items=pend(N[12], N[13]),
)

case(
    name="naver-transparency-notice-no-claims",
    frm="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Tue, 10 Sep 2024 10:00:00 +0900",
    subject="[NAVER] 2024년 상반기 투명성 보고서 발간 및 담당자 변경 안내",
    body="""
안녕하십니까, 네이버 정책지원팀입니다.

2024년 상반기 투명성 보고서를 발간하였습니다.
https://www.navercorp.com/privacy/transparency

또한 9월 16일부터 기관 요청 담당자가 변경됩니다. 이후 시정요구는
policy@navercorp.com 으로 보내주시면 됩니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal notice to agencies: transparency report published, contact changed",
    why="trusted NAVER mail naming no item and no request; the transparency link is NAVER's own page",
    items={},
)

case(
    name="dc-numbers-refer-to-quote",
    frm="manager.kim@dcinside.com", name_from="김도윤 (디시인사이드)",
    date="Wed, 04 Sep 2024 10:03:58 +0900",
    subject="Re: [KCSC-240903-02] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
1번, 2번 글 지웠습니다.

2024년 9월 3일 (화) 오후 2:10, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{request_text("KCSC-240903-02", [D[k] for k in sorted(D)], prefix="> ")}
""",
    # Changed after the reader's runs (2026-12-02, session 9), openly: first
    # written review `not_understood`. The project reads a place in our own
    # numbered request quoted below the reply as naming that item (as
    # blind8, blind120, blind126 and blind144 expect; blind90 and blind168
    # changed the same way), and this note already said a clerk could
    # match it. See NOTES.md.
    outcome="applied",
    imitates="terse Gmail reply pointing at numbers in the quoted request",
    why="'1번, 2번 글 지웠습니다' names items 1 and 2 of our own numbered request quoted below (first written review not_understood; changed, see NOTES.md)",
    items={D[1]: "removed", D[2]: "removed"},
)

case(
    name="daum-conditional-deletion",
    frm="cafe-report@kakaocorp.com", name_from="Daum 카페 고객센터",
    date="Fri, 06 Sep 2024 09:25:13 +0900",
    subject="[Daum 카페] KCSC-240904-03 진행 상황 안내",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
안녕하세요. Daum 카페 고객센터입니다.

{A[4]} 게시물은 게시자에게 소명 기회를 부여하였으며,
9월 13일까지 소명이 없을 경우 삭제될 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe notice of a deletion conditional on the poster's silence",
    why="deletion depends on a condition and lies in the future: pending",
    items=pend(A[4]),
)

case(
    name="soop-under-review",
    frm="safety@sooplive.co.kr", name_from="SOOP 운영팀",
    date="Fri, 06 Sep 2024 10:12:00 +0900",
    subject="[SOOP] KCSC-240905-04 검토 현황",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
안녕하세요, SOOP 운영팀입니다.

요청하신 VOD {S[2]} 는 현재 내부 검토 중입니다.
결과가 나오는 대로 안내드리겠습니다.

SOOP 운영팀 드림
""",
    outcome="review", review="not_understood",
    imitates="interim 'under review' notice naming one VOD",
    why="'검토 중' is no statement: pending, a person reads it",
    items=pend(S[2]),
)

# ------------------------------------------------------------ Ignored ---
case(
    name="naver-ooo-korean",
    frm="kim.jiwoo@navercorp.com", name_from="김지우",
    date="Mon, 02 Sep 2024 15:05:40 +0900",
    subject="[부재중] Re: [KCSC-240902-01] 시정요구 (불법 금융투자 권유 게시물)",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요, 김지우입니다.

9월 9일(월)까지 하계 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="naver-ooo-outlook-with-original",
    frm="lee.sora@navercorp.com", name_from="Lee Sora",
    date="Mon, 02 Sep 2024 15:05:52 +0900",
    subject="Automatic reply: [KCSC-240902-01] 시정요구 (불법 금융투자 권유 게시물)",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: lee.sora@navercorp.com"],
    body=f"""
I am out of the office until 16 September with limited access to email.
For urgent matters please contact policy@navercorp.com.

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 3:05 PM
Subject: [KCSC-240902-01] 시정요구 (불법 금융투자 권유 게시물)

{request_text("KCSC-240902-01", [N[k] for k in range(1, 6)])}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply that echoes the original message",
    why="out-of-office auto-reply; the URLs are only in the echoed request",
    items={},
)

DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0903-77a1"

--dsn-0903-77a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-old@dcinside.com>: host mx1.dcinside.com[198.51.100.31] said:
    550 5.1.1 <report-old@dcinside.com>: Recipient address rejected: User
    unknown in virtual mailbox table

--dsn-0903-77a1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Tue,  3 Sep 2024 14:10:22 +0900 (KST)

Final-Recipient: rfc822; report-old@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report-old@dcinside.com>: Recipient address
    rejected: User unknown in virtual mailbox table

--dsn-0903-77a1
Content-Type: message/rfc822

From: =?UTF-8?B?{_b64w("방송통신심의위원회")}?= <takedown@kcsc.example>
To: report-old@dcinside.com
Subject: [KCSC-240903-02] =?UTF-8?B?{_b64w("게시물 삭제 요청")}?=
Date: Tue, 3 Sep 2024 14:10:05 +0900
Message-ID: <KCSC-240903-02.req@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{request_text("KCSC-240903-02", [D[k] for k in sorted(D)])}

--dsn-0903-77a1--
"""
case(
    name="dc-postfix-bounce",
    frm="MAILER-DAEMON@mx1.dcinside.com", name_from="Mail Delivery System",
    auth="none",
    date="Tue, 03 Sep 2024 14:10:23 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 user unknown) carrying the original request",
    why="delivery failure report; the URLs are in the returned request",
    items={},
)

MDN = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-soop-0905"

--mdn-soop-0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.
수신자: jhpark@sooplive.co.kr
제목: [KCSC-240905-04] VOD 및 방송국 게시글 삭제 요청
읽은 시간: 2024-09-05 17:02:11 (KST)

--mdn-soop-0905
Content-Type: message/disposition-notification

Reporting-UA: sooplive.co.kr; Hiworks Mail
Final-Recipient: rfc822; jhpark@sooplive.co.kr
Original-Message-ID: <KCSC-240905-04.req@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-soop-0905--
"""
case(
    name="soop-read-receipt",
    frm="jhpark@sooplive.co.kr", name_from="박정훈",
    date="Thu, 05 Sep 2024 17:02:12 +0900",
    subject="읽음: [KCSC-240905-04] VOD 및 방송국 게시글 삭제 요청",
    reply_to_req=req_mid("KCSC-240905-04"),
    raw_mime=MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, displayed)",
    why="read receipt only",
    items={},
)

case(
    name="daum-ticket-receipt",
    frm="noreply-cs@kakaocorp.com", name_from="카카오 고객센터",
    date="Wed, 04 Sep 2024 11:02:33 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (접수번호 KC-240904-88123)",
    reply_to_req=req_mid("KCSC-240904-03"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
  - 접수번호: KC-240904-88123
  - 접수일시: 2024-09-04 11:02

담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="clien-ooo-english",
    frm="admin@clien.net", name_from="Clien Admin",
    date="Fri, 06 Sep 2024 11:00:05 +0900",
    subject="Out of Office: [KCSC-240906-05] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-05"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Thank you for your message. I am travelling until 9 September and will reply
when I am back. Board reports can also be made at https://www.clien.net/service/board/report.

(자동 응답) 9월 9일까지 출장 중입니다. 복귀 후 회신드리겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual out-of-office reply from a community admin",
    why="out-of-office auto-reply; the report-board link is Clien's own page",
    items={},
)

case(
    name="inven-helpdesk-receipt",
    frm="support@inven.co.kr", name_from="인벤 고객지원",
    date="Fri, 06 Sep 2024 11:20:48 +0900",
    subject="[인벤 고객지원] 문의 #40412 접수 완료 - Re: [KCSC-240906-06]",
    reply_to_req=req_mid("KCSC-240906-06"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- 이 줄 위에 답장을 작성해 주세요 / Please type your reply above this line -##

문의 #40412 가 접수되었습니다. / Your request (#40412) has been received.

담당자가 검토 후 이 메일로 답변드립니다.
A member of our support staff will respond as soon as possible.

인벤 고객지원 https://www.inven.co.kr/webzine/support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk (Zendesk-style) request receipt, bilingual",
    why="ticket receipt only",
    items={},
)

HEADER = """# Blind set blind177: Korean portals and community sites, Korean and English
# mixed, with the doubtful and ignorable mail a regulator's mailbox receives.
# Written by tests/corpus/blind177/make.py from the meaning of each email,
# before the reader was run on it. Each case is judged alone on a fresh ledger
# holding requests.csv.
"""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("frm")
        c["set"] = SET
        nf = c.get("name_from")
        if nf and not nf.isascii():
            c["name_from"] = "=?UTF-8?B?" + _b64w(nf) + "?="
        cases.append(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
