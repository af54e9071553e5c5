#!/usr/bin/env python3
"""Blind set 609: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Inven, FM Korea, Nate), Korean and English mixed, with the
doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind609/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before any
run of the reader. All names, ids and URLs are fictional.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind609"


def pct(url):
    """Percent-encode the non-ASCII characters of a URL (as stored in requests.csv)."""
    return quote(url, safe=":/?&=%#~+-._")


# ---------------------------------------------------------------- requests
CAFE_KO = "https://cafe.daum.net/부동산투자방/Xk2p/"

R_NAVER = "KCSC-240902-01"
N = {
    1: "https://blog.naver.com/luckyseven_kr/223561204471",
    2: "https://blog.naver.com/luckyseven_kr/223561209935",
    3: "https://blog.naver.com/toto_master99/223559870112",
    4: "https://cafe.naver.com/sportsbetzone/48213",
    5: "https://cafe.naver.com/sportsbetzone/48297",
    6: "https://cafe.naver.com/sportsbetzone/48305",
    7: "https://cafe.naver.com/casinonight/9921",
    8: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40302&docId=471298830",
    9: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40302&docId=471301277",
    10: "https://m.blog.naver.com/bigwin_daily/223560002318",
    11: "https://post.naver.com/viewer/postView.naver?volumeNo=38812455&memberNo=61220931",
    12: "https://blog.naver.com/slotqueen_/223562777014",
    13: "https://cafe.naver.com/casinonight/9934",
}
R_DC = "KCSC-240903-02"
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812034",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=vcoin_trade&no=551209",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=vcoin_trade&no=551377",
    4: "https://gall.dcinside.com/mini/board/view/?id=nightlife&no=10342",
}
R_DAUM = "KCSC-240905-03"
A_RAW = {1: CAFE_KO + "3381", 2: CAFE_KO + "3390", 3: "https://nightowl-diary.tistory.com/214"}
A = {k: pct(v) for k, v in A_RAW.items()}
R_SOOP = "KCSC-240909-04"
S = {
    1: "https://vod.sooplive.co.kr/player/139284711",
    2: "https://ch.sooplive.co.kr/velvetcat22/post/118273645",
}
R_INVEN = "KCSC-240910-05"
I1 = "https://www.inven.co.kr/board/lineagem/5019/382211"
R_FM = "KCSC-240911-06"
F = {
    1: "https://www.fmkorea.com/7410295531",
    2: "https://www.fmkorea.com/7410318802",
    3: "https://www.fmkorea.com/7410322019",
    4: "https://www.fmkorea.com/index.php?mid=free&document_srl=7410330187",
    5: "https://www.fmkorea.com/7410341566",
}
R_NATE = "KCSC-240912-07"
T = {1: "https://pann.nate.com/talk/372918406", 2: "https://pann.nate.com/talk/372920177"}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R_NAVER, "naver", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     [N[i] for i in range(1, 14)], "gambling",
     'NAVER 블로그·카페·지식iN·포스트, 13건 ("불법 도박" 홍보, 제2024-31차 통신소위)'),
    (R_DC, "dcinside", "2024-09-03T09:10:00+09:00", "2024-09-10T18:00:00+09:00",
     [D[i] for i in range(1, 5)], "drugs", "DC Inside 갤러리 게시물 4건, 마약류 판매 광고"),
    (R_DAUM, "daum", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [A[i] for i in range(1, 4)], "privacy", "Daum 카페 2건, 티스토리 1건: 개인정보 유포"),
    (R_SOOP, "soop", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [S[1], S[2]], "obscenity", "SOOP VOD and station post, obscene broadcast"),
    (R_INVEN, "inven", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [I1], "gambling", "Inven 게시판, 불법 사설 서버 홍보, 1건"),
    (R_FM, "fmkorea", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00",
     [F[i] for i in range(1, 6)], "drugs", "FM Korea, 5 posts, drug ads"),
    (R_NATE, "nate", "2024-09-12T15:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [T[1], T[2]], "defamation", "네이트판 톡 2건, 명예훼손"),
]


def msgid(ref):
    return f"req-{ref}@kcsc.example"


def thread(ref):
    """The local part corpuslib puts in In-Reply-To (it appends @kcsc.example)."""
    return f"req-{ref}"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encode a header value (as Korean mail clients do)."""
    return Header(s, "utf-8").encode()


REQ_INTRO = {
    R_NAVER: ("2024년 9월 2일 (월) 오전 10:30", "[방송통신심의위원회] 시정요구 통지 (KCSC-240902-01)"),
    R_DC: ("2024년 9월 3일 (화) 오전 9:10", "[방송통신심의위원회] 시정요구 통지 (KCSC-240903-02)"),
    R_DAUM: ("2024년 9월 5일 (목) 오후 2:00", "[방송통신심의위원회] 시정요구 통지 (KCSC-240905-03)"),
    R_FM: ("2024년 9월 11일 (수) 오전 9:30", "[방송통신심의위원회] 시정요구 통지 (KCSC-240911-06)"),
    R_SOOP: ("2024년 9월 9일 (월) 오전 11:00", "[방송통신심의위원회] 시정요구 통지 (KCSC-240909-04)"),
}


def request_text(ref, urls):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "",
        f"위원회 의결에 따라 아래 정보에 대한 시정요구를 통지합니다 (문서번호 {ref}).",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return lines


def gmail_quote(ref, urls):
    when, _ = REQ_INTRO[ref]
    out = [f"{when}, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:"]
    out += [("> " + l).rstrip() for l in request_text(ref, urls)]
    return "\n".join(out)


def outlook_quote(ref, urls, when):
    _, subj = REQ_INTRO[ref]
    out = [
        "-----Original Message-----",
        "From: 방송통신심의위원회 <takedown@kcsc.example>",
        f"Sent: {when}",
        "To: (수신처)",
        f"Subject: {subj}",
        "",
    ]
    return "\n".join(out + request_text(ref, urls))


def qp_plain(text, ctype="plain"):
    body = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + body)


def b64_lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def b64_plain(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n"
            + b64_lines(text.strip("\n").encode("utf-8") + b"\n") + "\n")


def alternative(plain, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n" + qp_plain(plain) + "\n"
            f"--{boundary}\n" + b64_plain(html, "html") + "\n"
            f"--{boundary}--\n")


def with_attachment(text, data, filename, ctype, boundary):
    fn = enc(filename) if not filename.isascii() else filename
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            "This is a multi-part message in MIME format.\n\n"
            f"--{boundary}\n" + qp_plain(text) + "\n"
            f"--{boundary}\n"
            f'Content-Type: {ctype}; name="{fn}"\n'
            f'Content-Disposition: attachment; filename="{fn}"\n'
            "Content-Transfer-Encoding: base64\n\n"
            + b64_lines(data) + "\n\n"
            f"--{boundary}--\n")


CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== APPLIED
# ---- NAVER
html_rows = [
    (N[1], "삭제", "2024.09.04 16:20"),
    (N[2], "삭제", "2024.09.04 16:20"),
    (N[3], "게시중단", "2024.09.04 16:41"),
    (N[4], "블라인드", "2024.09.04 17:02"),
    (N[5], "게시물 없음 (작성자 삭제)", "-"),
    (N[6], "임시조치 (30일)", "2024.09.04 17:05"),
]
table = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{s}</td><td>{t}</td></tr>'
    for i, (u, s, t) in enumerate(html_rows, 1))
case(
    name="naver-result-table-html",
    date="Wed, 04 Sep 2024 17:40:12 +0900",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("NAVER 정책지원팀"),
    subject=enc("RE: [방송통신심의위원회] 시정요구 통지 (KCSC-240902-01) 조치결과 회신"),
    reply_to_req=thread(R_NAVER),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:10pt">
<p>방송통신심의위원회 통신심의국 담당자님께,</p>
<p>귀 위원회의 시정요구(문서번호 KCSC-240902-01)에 대하여 네이버(주)의 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>대상 URL</th><th>조치 결과</th><th>조치 일시</th></tr>
{table}
</table>
<p>나머지 7건은 서비스별 확인이 끝나는 대로 추가로 회신드리겠습니다.</p>
<p>네이버(주) 정책지원팀 드림<br>
<a href="https://policy.naver.com/policy/service_group.html">네이버 운영정책</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 회신 (HTML table: 번호/URL/조치 결과/조치 일시)",
    why="trusted NAVER table, one status per row: 삭제/게시중단/블라인드 removed, 게시물 없음 not_found, 임시조치 restricted",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed",
           N[5]: "not_found", N[6]: "restricted"},
)

case(
    name="naver-english-numbered-outcomes",
    date="Thu, 05 Sep 2024 09:12:44 +0900",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Outcome of your request KCSC-240902-01 (Cafe / Knowledge iN)",
    body=f"""Dear KCSC team,

Thank you for your correction request KCSC-240902-01. Our Trust & Safety
team has reviewed the Cafe and Knowledge iN posts in it. The outcomes are:

1. {N[7]}
   Removed for breaching the Cafe operating policy (promotion of illegal
   gambling).
2. {N[13]}
   Removed for the same reason.
3. {N[8]}
   We could not locate this question. The author had already deleted it
   before our review.
4. {N[9]}
   This question asks how to report gambling sites and promotes nothing.
   It does not breach our policies, so we have left it in place.

The blog and Post items of your request are handled by another team and
will be answered separately.

Kind regards,
Jiwoo Han
NAVER Trust & Safety
Policies: https://policy.naver.com/rules/service.html
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Trust & Safety English outcome letter (numbered list, reason under each URL)",
    why="each URL has its own plain outcome on the lines below it; the policy link is not an item",
    items={N[7]: "removed", N[13]: "removed", N[8]: "not_found", N[9]: "rejected"},
)

csv_data = (
    "번호,URL,처리결과,처리일시\n"
    f"1,{N[10]},삭제,2024-09-05 14:02\n"
    f"2,{N[11]},게시물 없음,2024-09-05 14:05\n"
    f"3,{N[12]},비공개 처리,2024-09-05 14:09\n"
).encode("utf-8")
case(
    name="naver-csv-attachment",
    date="Thu, 05 Sep 2024 15:03:27 +0900",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("NAVER 정책지원팀"),
    subject=enc("[NAVER] KCSC-240902-01 블로그·포스트 처리 결과 송부"),
    reply_to_req=thread(R_NAVER),
    raw_mime=with_attachment(
        """안녕하세요, 네이버 정책지원팀입니다.

시정요구 KCSC-240902-01 중 블로그 및 포스트 게시물 3건의 처리 결과를
첨부 파일(CSV)로 송부드립니다.

감사합니다.
""", csv_data, "KCSC-240902-01_처리결과.csv", "text/csv; charset=utf-8", "----=_NV_5d1c0e_0905"),
    outcome="applied", classification="confirmation",
    imitates="NAVER result sheet sent as a CSV attachment (번호/URL/처리결과/처리일시)",
    why="CSV rows from NAVER: 삭제 removed, 게시물 없음 not_found, 비공개 처리 removed",
    items={N[10]: "removed", N[11]: "not_found", N[12]: "removed"},
)

case(
    name="naver-cafe-url-then-arrow-status",
    date="Fri, 06 Sep 2024 11:25:09 +0900",
    **{"from": "cafe_help@naver.com"},
    name_from=enc("네이버 카페 고객센터"),
    subject=enc("Re: [방송통신심의위원회] 시정요구 통지 (KCSC-240902-01)"),
    reply_to_req=thread(R_NAVER),
    body=f"""안녕하세요. 네이버 카페 운영팀입니다.
요청하신 sportsbetzone 카페 게시물의 처리 결과를 안내드립니다.

{N[4]}
→ 카페 운영원칙 위반(불법 사행성 홍보)으로 삭제되었습니다.

{N[5]}
→ 같은 사유로 삭제되었습니다.

{N[6]}
→ 스포츠 경기 결과에 대한 일반 토론글로, 운영원칙 위반 사항이 확인되지 않아
   게시물을 유지합니다.

추가 문의는 본 메일로 회신해 주세요.
네이버 카페 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 고객센터 reply: bare URL, outcome on the line below with an arrow",
    why="each outcome sits on the line under its URL: two deletions and one refusal with its reason",
    items={N[4]: "removed", N[5]: "removed", N[6]: "rejected"},
)

case(
    name="naver-kin-quoted-printable",
    date="Fri, 06 Sep 2024 16:48:51 +0900",
    **{"from": "kin_admin@naver.com"},
    name_from=enc("지식iN 운영팀"),
    subject=enc("[지식iN] 시정요구(KCSC-240902-01) 관련 조치 안내"),
    raw_mime=qp_plain(f"""방송통신심의위원회 담당자님, 안녕하세요.
지식iN 운영팀입니다.

KCSC-240902-01 관련하여 지식iN 질문 2건의 조치 내용을 알려드립니다.

- 질문 {N[8]} :
  불법 도박 사이트로 유도하는 답변이 달려 있어 질문과 답변 전체를 삭제했습니다.
- 질문 {N[9]} :
  작성자가 9월 3일 직접 삭제한 질문으로, 현재 존재하지 않는 게시물입니다.

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN 운영팀 조치 안내 (quoted-printable Korean body)",
    why="one deletion, one question already deleted by its author (not_found)",
    items={N[8]: "removed", N[9]: "not_found"},
)

case(
    name="naver-top-posted-over-outlook-quote",
    date="Mon, 09 Sep 2024 10:05:33 +0900",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("NAVER 정책지원팀"),
    subject=enc("RE: [방송통신심의위원회] 시정요구 통지 (KCSC-240902-01)"),
    reply_to_req=thread(R_NAVER),
    body=f"""안녕하세요.

아래 요청 중 luckyseven_kr 블로그 게시물 2건의 조치 완료를 알려드립니다.

{N[1]} - 삭제
{N[2]} - 삭제

나머지 건은 각 서비스 담당 부서에서 확인하고 있으며 별도로 회신드리겠습니다.

네이버 정책지원팀 박서연 드림

{outlook_quote(R_NAVER, [N[i] for i in range(1, 14)], "Monday, September 2, 2024 10:30 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's quoted request (-----Original Message-----)",
    why="two items deleted in the reply; the 13 URLs of the quoted request below say nothing",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="naver-corner-brackets-fullwidth",
    date="Tue, 10 Sep 2024 13:17:02 +0900",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("NAVER 정책지원팀"),
    subject=enc("[회신] KCSC-240902-01 잔여 건 조치 결과"),
    body=f"""수신: 방송통신심의위원회 통신심의국
제목: 시정요구 KCSC-240902-01 잔여 건 조치 결과

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 위 시정요구 중 잔여 건에 대하여 아래와 같이 조치하였음을 알려드립니다.
  가. 「{N[7]}」은 삭제하였습니다.
  나. 「{N[13]}」 역시 삭제하였습니다.
  다. {N[3]}（토토 홍보 블로그 게시물）：게시중단 완료.

네이버(주) 정책지원팀장
""",
    outcome="applied", classification="confirmation",
    imitates="Korean official-letter style reply (수신/제목, 1. 2. 가. 나.) with 「」 and full-width punctuation",
    why="three items, each with its own statement; URLs wrapped in corner brackets or followed by full-width parentheses",
    items={N[7]: "removed", N[13]: "removed", N[3]: "removed"},
)

case(
    name="naver-receipt-plus-already-actioned",
    date="Tue, 03 Sep 2024 09:02:41 +0900",
    **{"from": "noreply-right@naver.com"},
    name_from=enc("네이버 게시중단요청서비스"),
    subject=enc("[네이버] 게시중단 요청이 접수되었습니다 (접수번호 NV-240903-55821)"),
    body=f"""방송통신심의위원회 님, 게시중단 요청이 정상적으로 접수되었습니다.

접수번호 : NV-240903-55821
관련 문서 : KCSC-240902-01
접수일시 : 2024.09.03 09:02

아울러 요청하신 게시물 중 아래 2건은 다른 신고로 이미 게시중단 조치가
완료된 게시물임을 알려드립니다.

 - {N[1]}
 - {N[2]}

나머지 게시물의 처리 결과는 검토가 끝나는 대로 안내해 드립니다.
처리 현황 조회: https://right.naver.com/mypage/status
""",
    outcome="applied", classification="confirmation",
    imitates="네이버 게시중단요청서비스 접수 안내 with an added line on posts already taken down",
    why="an acknowledgement that also states two named items are already 게시중단: the statement applies",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="naver-statement-of-reasons-blocks",
    date="Wed, 11 Sep 2024 11:31:20 +0900",
    **{"from": "dsa-notice@navercorp.com"},
    name_from="NAVER Content Moderation",
    subject=enc("[NAVER] 조치 사유 통지 / Statement of reasons - KCSC-240902-01"),
    body=f"""조치 사유 통지 (Statement of reasons)

■ 대상 콘텐츠: {N[11]}
■ 조치 내용: 대한민국 내 접근 제한 (restricted in Korea)
■ 조치 근거: 국민체육진흥법 위반 (불법 사행성 정보)
■ 조치 일시: 2024-09-11 10:58 KST
■ 자동화 수단 사용: 없음

■ 대상 콘텐츠: {N[12]}
■ 조치 내용: 삭제 (content removed)
■ 조치 근거: 국민체육진흥법 위반 (불법 사행성 정보)
■ 조치 일시: 2024-09-11 11:02 KST
■ 자동화 수단 사용: 없음

이의 제기: https://help.naver.com/appeal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (content / decision / ground / date / automation fields)",
    why="two blocks, each naming its URL and decision: restricted in Korea, then removed; appeal link is not an item",
    items={N[11]: "restricted", N[12]: "removed"},
)

# ---- DC Inside
case(
    name="dc-operator-deleted-list",
    date="Wed, 04 Sep 2024 14:22:10 +0900",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject=enc("[디시인사이드] 시정요구(KCSC-240903-02) 처리 결과"),
    reply_to_req=thread(R_DC),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 4건에 대한 처리 결과입니다.

1) {D[1]}
   운영자 삭제 완료
2) {D[2]}
   운영자 삭제 완료
3) {D[3]}
   운영자 삭제 완료
4) {D[4]}
   작성자가 이미 삭제한 게시물이라 확인할 수 없습니다.

해당 작성자들의 IP는 게시판 이용 차단 처리하였습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 처리 결과 (numbered URL list, 운영자 삭제 / 작성자 삭제)",
    why="three 운영자 삭제 and one post already deleted by its author",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found"},
)

case(
    name="dc-korean-particles-after-urls",
    date="Thu, 05 Sep 2024 10:40:55 +0900",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject=enc("Re: [방송통신심의위원회] 시정요구 통지 (KCSC-240903-02)"),
    reply_to_req=thread(R_DC),
    body=f"""안녕하세요, 디시인사이드입니다.

{D[1]}의 경우 갤러리 이용 규칙 위반으로 삭제 처리했습니다.

{D[2]} 은 마이너 갤러리 매니저가 먼저 삭제했고, 운영팀에서 삭제 상태를 확인했습니다.

<{D[3]}>는 코인 시세에 관한 일반 토론글로, 신고 사유(마약류 판매 광고)에 해당하지 않아 삭제하지 않았습니다.

문의사항은 회신 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside reply in running Korean with particles (의/은/는) right after the URLs",
    why="two deletions and one refusal with its reason; the particles are not part of the URLs",
    items={D[1]: "removed", D[2]: "removed", D[3]: "rejected"},
)

case(
    name="dc-base64-mini-gallery",
    date="Fri, 06 Sep 2024 18:03:12 +0900",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject=enc("[디시인사이드] 미니 갤러리 게시물 조치 안내"),
    raw_mime=b64_plain(f"""방송통신심의위원회 담당자님께

시정요구 KCSC-240903-02 중 미니 갤러리 게시물
{D[4]}
은 운영자 권한으로 삭제하였고, 같은 목적의 글이 반복 게시되어 해당 미니 갤러리도 폐쇄하였습니다.

디시인사이드 운영팀
"""),
    outcome="applied", classification="confirmation",
    imitates="DC Inside notice sent with a base64 text body (Korean mail client default)",
    why="the one named post was deleted by the operator",
    items={D[4]: "removed"},
)

# ---- Daum / Kakao
case(
    name="daum-temporary-measure-korean-path",
    date="Fri, 06 Sep 2024 10:15:47 +0900",
    **{"from": "rights-center@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    subject=enc("[Daum] 임시조치 안내 (KCSC-240905-03)"),
    reply_to_req=thread(R_DAUM),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

방송통신심의위원회의 요청(KCSC-240905-03)에 따라, 정보통신망법 제44조의2에 근거하여
아래 Daum 카페 게시물에 30일간 임시조치(접근 차단)를 하였습니다.

- {A_RAW[1]}
- {A_RAW[2]}

임시조치 기간 중 게시자의 재게시 요청이 없으면 기간 만료 후 게시물은 삭제됩니다.
티스토리 게시물은 티스토리 운영팀에서 별도로 회신드릴 예정입니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 임시조치 안내 (30일 접근 차단), raw Korean cafe path",
    why="임시조치 (30-day access block) is restricted; the later deletion is conditional and not a statement",
    items={A[1]: "restricted", A[2]: "restricted"},
)

case(
    name="daum-tistory-admin-delete",
    date="Mon, 09 Sep 2024 15:26:30 +0900",
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from=enc("티스토리 운영팀"),
    subject=enc("[티스토리] 게시글 조치 결과 안내 (KCSC-240905-03)"),
    body=f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 게시글
{A[3]}
은 타인의 개인정보(연락처, 주소)를 노출한 게시물로 확인되어 관리자 삭제 처리하였습니다.

관련 운영정책: https://policy.daum.net/tistory/operation
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) 관리자 삭제 notice, URL on the line above its statement",
    why="the named Tistory post was deleted by the administrator; the policy link is not an item",
    items={A[3]: "removed"},
)

case(
    name="daum-english-kept-and-closed",
    date="Tue, 10 Sep 2024 09:48:02 +0900",
    **{"from": "trust-kr@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    subject="Re: KCSC-240905-03 - follow-up",
    reply_to_req=thread(R_DAUM),
    body=f"""Hello,

Following our Rights Center's first reply, here is the final outcome for two
items of KCSC-240905-03:

* {A[2]} - after review the post only repeats a court notice that
  is already public and exposes no further personal data. It does not breach
  the Daum Cafe policy and will stay accessible once the temporary measure
  ends.
* {A[3]} - the blog has been closed for repeated policy breaches; none of
  its posts can be reached any more.

Best regards,
Kakao Trust & Safety (Korea)
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Trust & Safety English follow-up (bulleted, percent-encoded cafe URL)",
    why="one refusal with reasons (rejected), one blog closed so the post is gone (removed)",
    items={A[2]: "rejected", A[3]: "removed"},
)

case(
    name="daum-gmail-quote-cafe-blind",
    date="Fri, 06 Sep 2024 16:02:18 +0900",
    **{"from": "cafe_admin@daum.net"},
    name_from=enc("Daum 카페 운영팀"),
    subject=enc("Re: [방송통신심의위원회] 시정요구 통지 (KCSC-240905-03)"),
    reply_to_req=thread(R_DAUM),
    body=f"""안녕하세요. Daum 카페 운영팀입니다.

'부동산투자방' 카페에 운영원칙 위반으로 카페 전체 블라인드 조치를 하였습니다.
따라서 요청하신 {A_RAW[1]}, {A_RAW[2]} 게시물은 현재 열람할 수 없습니다.

티스토리 게시물은 담당 부서에 전달하였습니다.

감사합니다.

{gmail_quote(R_DAUM, [A_RAW[1], A_RAW[2], A[3]])}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply ('…님이 작성:' and > quoting) from Daum Cafe on a cafe-wide blind",
    why="cafe-wide 블라인드 makes both named posts unavailable (removed); the Tistory item was only passed on, so it stays pending",
    items={A[1]: "removed", A[2]: "removed", A[3]: "pending"},
)

# ---- SOOP
case(
    name="soop-vod-deleted-post-blinded",
    date="Tue, 10 Sep 2024 14:33:09 +0900",
    **{"from": "safety@sooplive.co.kr"},
    name_from=enc("SOOP 운영정책팀"),
    subject=enc("[SOOP] KCSC-240909-04 조치 결과 회신"),
    reply_to_req=thread(R_SOOP),
    body=f"""안녕하세요. SOOP 운영정책팀입니다.

요청하신 콘텐츠 2건에 대하여 아래와 같이 조치하였습니다.

1. VOD {S[1]}
   - 음란성 콘텐츠로 확인되어 VOD 삭제, 해당 BJ 방송국 이용정지 7일
2. 방송국 게시글 {S[2]}
   - 게시글 블라인드 처리

감사합니다.
SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) 운영정책팀 조치 결과 (VOD 삭제, 게시글 블라인드)",
    why="VOD deleted and post blinded: both removed",
    items={S[1]: "removed", S[2]: "removed"},
)

case(
    name="soop-age-gate-and-missing-vod",
    date="Wed, 11 Sep 2024 10:11:45 +0900",
    **{"from": "noreply@sooplive.com"},
    name_from="SOOP Content Safety",
    subject="[SOOP] Result of review / 검토 결과 - KCSC-240909-04",
    body=f"""[SOOP Content Safety]

KCSC-240909-04 검토 결과 (Result of review)

- {S[1]}
  존재하지 않는 VOD입니다. (This VOD does not exist - it was removed by the
  streamer before our review.)
- {S[2]}
  19세 이상 시청 가능 게시물로 변경했습니다. (Age-restricted: viewers must be
  verified adults.)

문의: https://help.sooplive.co.kr/
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP bilingual Korean/English review result (존재하지 않는 VOD, 19세 이상 연령 제한)",
    why="a VOD that no longer exists (not_found) and a post put behind an adult age gate (restricted)",
    items={S[1]: "not_found", S[2]: "restricted"},
)

# ---- Inven
case(
    name="inven-single-item-no-url",
    date="Wed, 11 Sep 2024 17:20:31 +0900",
    **{"from": "cs@inven.co.kr"},
    name_from=enc("인벤 운영팀"),
    subject=enc("Re: [방송통신심의위원회] 시정요구 통지 (KCSC-240910-05)"),
    reply_to_req=thread(R_INVEN),
    body="""안녕하세요, 인벤 운영팀입니다.

요청하신 게시물은 운영정책 위반(불법 사설 서버 홍보)으로 삭제 처리하였으며,
작성자 계정은 30일 이용 제한 조치하였습니다.

감사합니다.
인벤 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Inven 운영팀 short reply on the request thread, no URL",
    why="one-item request answered on its thread with a plain deletion: applies to the single item",
    items={I1: "removed"},
)

case(
    name="inven-kept-with-reason",
    date="Thu, 12 Sep 2024 11:05:57 +0900",
    **{"from": "report@inven.co.kr"},
    name_from=enc("인벤 신고센터"),
    subject=enc("[인벤] 신고 게시물 검토 결과 안내"),
    body=f"""방송통신심의위원회 담당자님께,

KCSC-240910-05로 요청하신 {I1} 게시물을 검토하였습니다.

해당 글은 사설 서버 홍보가 아니라 공식 서버의 사냥터 공략글이며, 본문과 댓글 어디에도
외부 서버 주소나 가입 안내가 없습니다. 이용약관 위반 사항이 확인되지 않아 게시를 유지합니다.

위원회에서 별도 의결 자료가 있으시면 보내 주십시오. 재검토하겠습니다.

인벤 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Inven 신고센터 refusal with its reason (게시 유지)",
    why="a clear refusal with reasons: rejected; the offer to reconsider on new evidence does not undo it",
    items={I1: "rejected"},
)

# ---- FM Korea
case(
    name="fm-bulleted-mixed",
    date="Thu, 12 Sep 2024 13:44:00 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영진"),
    subject=enc("[에펨코리아] KCSC-240911-06 처리 결과"),
    reply_to_req=thread(R_FM),
    body=f"""안녕하세요, 에펨코리아 운영진입니다.

요청 게시물 처리 결과 알려드립니다.

• {F[1]} — 삭제
• {F[2]} — 삭제
• {F[3]} — 이미 삭제된 게시물 (작성자 삭제)
• {F[4]} — 삭제
• {F[5]} — 마약 판매 광고가 아닌 보도 기사 공유글로 확인되어 유지

작성자 계정 3개는 영구 정지했습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea 운영진 bulleted result list (URL — 처리 결과)",
    why="five bullets each with a status: three deletions, one already deleted by its author, one kept with a reason",
    items={F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "removed", F[5]: "rejected"},
)

case(
    name="fm-headings-then-urls",
    date="Fri, 13 Sep 2024 09:26:14 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영진"),
    subject=enc("Re: [방송통신심의위원회] 시정요구 통지 (KCSC-240911-06)"),
    reply_to_req=thread(R_FM),
    body=f"""안녕하세요.

아래 게시물은 삭제 조치를 완료했습니다:

{F[1]}
{F[2]}

아래 게시물은 존재하지 않는 게시물입니다 (조회 시 '삭제된 게시물입니다' 표시):

{F[5]}

나머지 두 건은 확인 후 다시 연락드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea reply with a statement line ending in ':' and the URLs on the lines below",
    why="two URLs under a deletion heading, one under a does-not-exist heading; the last two items are not spoken about",
    items={F[1]: "removed", F[2]: "removed", F[5]: "not_found"},
)

case(
    name="fm-outlook-wrapped-angle-url",
    date="Fri, 13 Sep 2024 16:50:39 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영진"),
    subject=enc("RE: [방송통신심의위원회] 시정요구 통지 (KCSC-240911-06)"),
    reply_to_req=thread(R_FM),
    body=f"""자유게시판 문의 건 답변드립니다. 아래 글은 오늘 삭제했습니다.
<https://www.fmkorea.com/index.php?mid=free&
document_srl=7410330187>

에펨코리아 운영진

{outlook_quote(R_FM, [F[i] for i in range(1, 6)], "Wednesday, September 11, 2024 9:30 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply with an angle-bracketed URL wrapped across two lines",
    why="the deletion sentence points at the wrapped <...> URL below it; the quoted request says nothing",
    items={F[4]: "removed"},
)

# ---- Nate
case(
    name="nate-pann-deleted-and-temporary",
    date="Fri, 13 Sep 2024 14:12:26 +0900",
    **{"from": "pann-report@skcomms.co.kr"},
    name_from=enc("네이트판 운영팀"),
    subject=enc("[네이트판] KCSC-240912-07 조치 결과 안내"),
    reply_to_req=thread(R_NATE),
    body=f"""안녕하세요, SK커뮤니케이션즈 네이트판 운영팀입니다.

시정요구하신 판 톡 게시물 처리 결과입니다.

{T[1]} : 게시물 삭제
{T[2]} : 임시조치(30일 게시 중단, 명예훼손 분쟁 게시물)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann 운영팀 조치 결과 (URL : 처리)",
    why="one deletion and one 30-day 임시조치, which the rules read as restricted",
    items={T[1]: "removed", T[2]: "restricted"},
)

case(
    name="nate-english-one-of-two",
    date="Mon, 16 Sep 2024 10:01:10 +0900",
    **{"from": "help@nate.com"},
    name_from="Nate Help",
    subject="Your request KCSC-240912-07",
    body=f"""Hello,

The Pann post https://pann.nate.com/talk/372920177 has been taken down after
our review. We have not finished with the other post in your request and will
write again.

Nate Help Center
""",
    outcome="applied", classification="confirmation",
    imitates="Nate help-centre short English reply",
    why="one named post taken down; the other is only said to be still in progress",
    items={T[2]: "removed", T[1]: "pending"},
)

# =================================================================== REVIEW
case(
    name="naver-promise-will-delete",
    date="Wed, 04 Sep 2024 11:30:00 +0900",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("NAVER 정책지원팀"),
    subject=enc("Re: [방송통신심의위원회] 시정요구 통지 (KCSC-240902-01)"),
    reply_to_req=thread(R_NAVER),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중
{N[3]}
{N[10]}
두 건은 담당 부서에서 검토 후 운영정책에 따라 삭제 조치될 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising deletion (삭제 조치될 예정)",
    why="'will be deleted after review' is a promise, not a statement: both items stay pending",
    items={N[3]: "pending", N[10]: "pending"},
)

case(
    name="dc-hedged-seems-deleted",
    date="Wed, 04 Sep 2024 09:05:18 +0900",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject=enc("Re: [방송통신심의위원회] 시정요구 통지 (KCSC-240903-02)"),
    reply_to_req=thread(R_DC),
    body=f"""안녕하세요.

{D[1]}
게시물은 확인해 보니 이미 삭제된 것으로 보입니다. 정확한 삭제 시점과 삭제 주체는
로그 확인 후 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside first-line reply with a hedge (삭제된 것으로 보입니다)",
    why="'appears to have been deleted' is a hedge, not a statement",
    items={D[1]: "pending"},
)

case(
    name="fm-bulk-all-deleted",
    date="Thu, 12 Sep 2024 10:08:40 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영진"),
    subject=enc("Re: [방송통신심의위원회] 시정요구 통지 (KCSC-240911-06)"),
    reply_to_req=thread(R_FM),
    body="""안녕하세요. 에펨코리아입니다.

KCSC-240911-06 으로 요청하신 게시물 전부 삭제 처리하였습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="community-site one-line reply: all requested posts deleted",
    why="one statement for a five-item request without naming any item: bulk",
    items={F[i]: "pending" for i in range(1, 6)},
)

case(
    name="daum-english-bulk",
    date="Mon, 09 Sep 2024 18:22:05 +0900",
    **{"from": "trust-kr@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    subject="Re: KCSC-240905-03",
    reply_to_req=thread(R_DAUM),
    body="""Hi,

All of the posts listed in your request KCSC-240905-03 have been removed from
Daum and Tistory.

Regards,
Kakao Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="Kakao English one-liner covering a whole request",
    why="'all of the posts' for a three-item request names none of them: bulk",
    items={A[i]: "pending" for i in range(1, 4)},
)

case(
    name="naver-dmarc-fail",
    date="Thu, 05 Sep 2024 20:14:51 +0900",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("NAVER 정책지원팀"),
    auth="fail",
    subject=enc("[NAVER] 조치 완료 안내 (KCSC-240902-01)"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

{N[4]} 게시물 삭제 완료되었습니다.
{N[5]} 게시물 삭제 완료되었습니다.

조치 내역 확인: http://naver-policy-check.example/login
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking notice whose DKIM/SPF/DMARC fail",
    why="claims from navercorp.com that fail authentication are not trusted",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="dc-dkim-fail",
    date="Sat, 07 Sep 2024 02:41:09 +0900",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    auth="fail",
    subject=enc("[디시인사이드] 처리 결과"),
    body=f"""KCSC-240903-02 처리 결과

{D[2]} 삭제
{D[3]} 삭제
""",
    outcome="review", review="untrusted",
    imitates="DC Inside-looking result whose authentication fails",
    why="platform domain but dkim/spf/dmarc fail: untrusted",
    items={D[2]: "pending", D[3]: "pending"},
)

case(
    name="clien-admin-unknown-sender",
    date="Thu, 12 Sep 2024 08:55:30 +0900",
    **{"from": "admin@clien.net"},
    name_from=enc("클리앙 운영진"),
    subject=enc("Re: [방송통신심의위원회] 시정요구 통지 (KCSC-240911-06)"),
    reply_to_req=thread(R_FM),
    body=f"""안녕하세요, 클리앙 운영진입니다.

KCSC-240911-06 메일이 저희 쪽으로 잘못 온 것 같습니다. 말씀하신 글들은 클리앙이 아니라
에펨코리아 게시물입니다.

참고로 {F[1]} 글은 지금 열어 보니 삭제된 게시물로 나옵니다.
""",
    outcome="review", review="unknown_sender",
    imitates="another community site's admin answering a misdirected request",
    why="clien.net is no configured platform; what it says about an FM Korea post is not that platform's statement",
    items={F[1]: "pending"},
)

case(
    name="law-firm-for-blogger",
    date="Mon, 09 Sep 2024 13:37:22 +0900",
    **{"from": "jh.lee@hanbit-law.co.kr"},
    name_from=enc("법무법인 한빛 이정훈 변호사"),
    subject=enc("KCSC-240902-01 관련 의견서 제출"),
    body=f"""방송통신심의위원회 귀중

본 법인은 블로그 'toto_master99' 운영자의 대리인입니다.

귀 위원회가 시정요구한 {N[3]} 게시물은 의뢰인이 9월 6일 스스로
삭제하였음을 알려드리며, 의뢰인에 대한 추가 조치는 자제해 주실 것을 요청드립니다.

법무법인 한빛 변호사 이정훈
""",
    outcome="review", review="unknown_sender",
    imitates="law firm's letter for the author of a requested post",
    why="the author's lawyer is not the platform; the deletion claim needs a person to check",
    items={N[3]: "pending"},
)

case(
    name="daum-answers-for-naver-items",
    date="Wed, 04 Sep 2024 15:44:12 +0900",
    **{"from": "cafe_admin@daum.net"},
    name_from=enc("Daum 카페 운영팀"),
    subject=enc("[Daum] 카페 게시물 블라인드 처리 안내"),
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

방송통신심의위원회에서 전달받은 KCSC-240902-01 목록의 카페 게시물을 블라인드 처리했습니다.

- {N[4]} : 블라인드
- {N[5]} : 블라인드
""",
    outcome="review", review="wrong_platform",
    imitates="Daum Cafe notice that lists NAVER cafe URLs",
    why="Daum states statuses for NAVER's items; it cannot act on NAVER cafes",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    date="Mon, 02 Sep 2024 17:00:00 +0900",
    **{"from": "policy-support@navercorp.com"},
    name_from=enc("NAVER 정책지원팀"),
    subject=enc("[NAVER] 시정요구 회신 담당 창구 변경 안내"),
    body="""방송통신심의위원회 담당자님께,

9월 9일부터 네이버의 시정요구 회신은 정책지원팀 공용 주소(policy-support@navercorp.com)에서
발송됩니다. 기존 개인 담당자 주소로는 더 이상 회신이 나가지 않으니 참고 부탁드립니다.

긴급 건은 02-0000-0000(정책지원팀 대표)으로 연락 주십시오.

네이버(주) 정책지원팀
""",
    outcome="review", review="no_claims", classification="other",
    imitates="NAVER notice of a changed reply address",
    why="trusted NAVER mail that names no item and no request",
    items={},
)

case(
    name="inven-under-review",
    date="Tue, 10 Sep 2024 16:40:08 +0900",
    **{"from": "cs@inven.co.kr"},
    name_from=enc("인벤 운영팀"),
    subject=enc("Re: [방송통신심의위원회] 시정요구 통지 (KCSC-240910-05)"),
    reply_to_req=thread(R_INVEN),
    body=f"""안녕하세요, 인벤 운영팀입니다.

{I1} 게시물은 현재 내부 검토 중입니다. 서버 주소가 이미지 안에 들어 있어
확인에 시간이 걸리고 있으며, 9월 13일까지 결과를 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Inven interim 'under review' reply naming the post",
    why="'under review' with a date for the answer: no status; the named item stays pending",
    items={I1: "pending"},
)

case(
    name="nate-asks-for-decision-document",
    date="Fri, 13 Sep 2024 09:15:44 +0900",
    **{"from": "pann-report@skcomms.co.kr"},
    name_from=enc("네이트판 운영팀"),
    subject=enc("[네이트판] KCSC-240912-07 관련 자료 요청"),
    reply_to_req=thread(R_NATE),
    body=f"""안녕하세요, 네이트판 운영팀입니다.

아래 게시물의 처리를 위해 위원회 의결서 사본과 명예훼손 대상자를 특정할 수 있는 자료를
보내 주시면 확인 후 조치하겠습니다.

{T[1]}
{T[2]}

자료는 본 메일로 회신 부탁드립니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Nate Pann request for the decision document before acting",
    why="asks for documents and promises action afterwards: no status, needs a person to answer",
    items={T[1]: "pending", T[2]: "pending"},
)

# =================================================================== IGNORED
case(
    name="naver-out-of-office",
    date="Mon, 02 Sep 2024 10:31:02 +0900",
    **{"from": "sy.park@navercorp.com"},
    name_from=enc("박서연"),
    subject=enc("[부재중] Re: [방송통신심의위원회] 시정요구 통지 (KCSC-240902-01)"),
    reply_to_req=thread(R_NAVER),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요, 박서연입니다.
9월 2일부터 9월 4일까지 휴가로 부재중입니다. 메일은 복귀 후 확인하겠습니다.
급한 건은 정책지원팀 공용 메일 policy-support@navercorp.com 으로 보내 주세요.

I am out of the office until 4 September with limited access to e-mail.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange 부재중 자동 회신 (Korean and English)",
    why="out-of-office auto-reply",
    items={},
)

dsn_orig = "\n".join(request_text(R_SOOP, [S[1], S[2]]))
case(
    name="soop-bounce-dsn",
    date="Mon, 09 Sep 2024 11:00:41 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="7A1B2C3D.1725847241/mx.kcsc.example"

This is a MIME-encapsulated message.

--7A1B2C3D.1725847241/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<safety-old@sooplive.co.kr>: host mx1.sooplive.co.kr[203.0.113.25] said:
    550 5.1.1 <safety-old@sooplive.co.kr>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)

--7A1B2C3D.1725847241/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon,  9 Sep 2024 11:00:39 +0900 (KST)

Final-Recipient: rfc822; safety-old@sooplive.co.kr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.sooplive.co.kr
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--7A1B2C3D.1725847241/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: takedown@kcsc.example
To: safety-old@sooplive.co.kr
Subject: {enc(REQ_INTRO[R_SOOP][1])}
Message-ID: <{msgid(R_SOOP)}>
Date: Mon, 9 Sep 2024 11:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--7A1B2C3D.1725847241/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning our request with its URLs",
    why="delivery failure report; the URLs are in our own returned request",
    items={},
)

case(
    name="dc-read-receipt",
    date="Tue, 03 Sep 2024 09:47:13 +0900",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject=enc("읽음: [방송통신심의위원회] 시정요구 통지 (KCSC-240903-02)"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_dc_0903"

--mdn_dc_0903
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

귀하가 보낸 메일을 수신자가 2024-09-03 오전 9:47에 읽었습니다.

제목: [방송통신심의위원회] 시정요구 통지 (KCSC-240903-02)

--mdn_dc_0903
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; report@dcinside.com
Original-Message-ID: <{msgid(R_DC)}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_dc_0903--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, disposition-notification)",
    why="read receipt: says only that the request was opened",
    items={},
)

case(
    name="kakao-ticket-receipt",
    date="Thu, 05 Sep 2024 14:01:20 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    subject=enc("[카카오 고객센터] 문의가 접수되었습니다."),
    type="html",
    body="""<html><body>
<p>안녕하세요, 카카오 고객센터입니다.</p>
<p>보내주신 문의가 정상적으로 접수되었습니다.</p>
<table>
<tr><td>접수번호</td><td>#5581203</td></tr>
<tr><td>문의 유형</td><td>권리침해 신고 &gt; 개인정보 침해</td></tr>
<tr><td>접수일시</td><td>2024.09.05 14:01</td></tr>
</table>
<p>문의 순서대로 확인 후 답변드리겠습니다. 답변은 <a href="https://cs.kakao.com/requests">내 문의 내역</a>에서도 확인하실 수 있습니다.</p>
<p>본 메일은 발신 전용입니다.</p>
</body></html>""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 ticket receipt (접수번호 / 문의 유형 / 접수일시)",
    why="pure ticket receipt, no item, no status",
    items={},
)

case(
    name="fm-auto-reply-with-quote",
    date="Wed, 11 Sep 2024 09:30:52 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영진"),
    subject=enc("자동 응답: [방송통신심의위원회] 시정요구 통지 (KCSC-240911-06)"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body=f"""[자동 응답] 에펨코리아 운영진 메일함입니다.
추석 연휴(9월 14일~18일) 동안 답변이 늦어질 수 있습니다. 연휴 이후 순차적으로 처리해 드립니다.
This is an automatic reply.

{gmail_quote(R_FM, [F[i] for i in range(1, 6)])}
""",
    outcome="ignored", classification="auto_reply",
    imitates="holiday auto-reply (추석 연휴) that quotes the incoming request",
    why="auto-reply; the URLs are only in the quoted request",
    items={},
)

case(
    name="nate-report-received",
    date="Thu, 12 Sep 2024 15:02:09 +0900",
    **{"from": "noreply@skcomms.co.kr"},
    name_from=enc("네이트 고객센터"),
    subject=enc("[네이트] 신고가 접수되었습니다 (KCSC-240912-07)"),
    body="""안녕하세요, 네이트 고객센터입니다.

방송통신심의위원회에서 보내주신 신고(KCSC-240912-07)가 접수되었습니다.
접수번호: NT-0912-77310

담당자가 확인한 후 처리 결과를 메일로 안내해 드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Nate 고객센터 automatic report receipt with a ticket number",
    why="pure acknowledgement of receipt with a ticket number; nothing about any item",
    items={},
)


HEADER = """# Blind set 609: Korean portals and community sites (NAVER, Daum/Kakao,
# DC Inside, SOOP, Inven, FM Korea, Nate), Korean and English mixed, with the
# doubtful and ignorable mail a regulator's mailbox receives.
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. See NOTES.md."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
