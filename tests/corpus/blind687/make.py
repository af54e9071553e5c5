#!/usr/bin/env python3
"""Blind set blind687: Korean portals and community sites (NAVER, Daum, DC
Inside, SOOP, FM Korea, Inven, Clien; Nate and Ppomppu in config only),
mixing Korean and English, with the doubtful and ignorable mail a
regulator's mailbox receives.

    python3 tests/corpus/blind687/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Expected
results were written from each email's meaning alone, before any run.
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


def d(day, hh, mm, ss=0):
    return email.utils.format_datetime(datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/luckyseven_pick/223561204417"
N2 = "https://blog.naver.com/luckyseven_pick/223561209953"
N3 = "https://blog.naver.com/sportsdata_k/223558871020"
N4 = "https://cafe.naver.com/betinfoclub/58213"
N5 = "https://cafe.naver.com/betinfoclub/58240"
N6 = "https://cafe.naver.com/%EB%B2%A0%ED%8C%85%EC%A0%95%EB%B3%B4%EB%B0%A9/7731"
N6RAW = "https://cafe.naver.com/베팅정보방/7731"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60216&docId=471203985"
N8 = "https://blog.naver.com/casino_hwang/223560017745"
N9 = "https://cafe.naver.com/freepick24/1102"
N10 = "https://in.naver.com/totomaster/contents/internal/713300528431296"
N11 = "https://blog.naver.com/sportsdata_k/223559930112"
N12 = "https://post.naver.com/viewer/postView.naver?volumeNo=38201957&memberNo=51220873"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9182736"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=idolgossip&no=448812"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=idolgossip&no=448851"
D4 = "https://gall.dcinside.com/mini/board/view/?id=leakpics&no=2031"
DC = [D1, D2, D3, D4]

M1 = "https://cafe.daum.net/ddmoney77/Ab3K/1184"
M2 = "https://cafe.daum.net/ddmoney77/Ab3K/1190"
M3 = "https://cafe.daum.net/pillmarket/Zq1t/52"

S1 = "https://vod.sooplive.co.kr/player/138822471"
S2 = "https://ch.sooplive.co.kr/nightbj99/post/129930412"

F1 = "https://www.fmkorea.com/7412098833"
F2 = "https://www.fmkorea.com/7412113520"
F3 = "https://www.fmkorea.com/best/7410087715"
F4 = "https://www.fmkorea.com/index.php?mid=hotdeal&document_srl=7409981276"
F5 = "https://m.fmkorea.com/7412240091"
FM = [F1, F2, F3, F4, F5]

I1 = "https://www.inven.co.kr/board/lostark/6271/884120"

C1 = "https://www.clien.net/service/board/park/18723044"
C2 = "https://www.clien.net/service/board/sold/11823977"
C3 = "https://www.clien.net/service/board/park/18723190"

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T01:30:00Z", "2024-09-10T14:59:59Z", NAVER,
     "illegal_gambling", "불법 도박 사이트 홍보 게시물 (블로그, 카페, 지식iN, 인플루언서, 포스트)"),
    ("KCSC-240905-02", "dcinside", "2024-09-05T02:00:00Z", "2024-09-12T14:59:59Z", DC,
     "privacy", "사생활 침해 및 불법촬영물 의심 게시물"),
    ("KCSC-240909-03", "daum", "2024-09-09T01:10:00Z", "2024-09-16T14:59:59Z", [M1, M2, M3],
     "illegal_trade", "불법 대출 및 의약품 불법 판매 카페 게시물"),
    ("KCSC-240910-04", "soop", "2024-09-10T05:00:00Z", "2024-09-17T14:59:59Z", [S1, S2],
     "obscene", "음란 방송 다시보기 및 홍보 게시글"),
    ("KCSC-240911-05", "fmkorea", "2024-09-11T00:40:00Z", "2024-09-18T14:59:59Z", FM,
     "illegal_gambling", "스포츠 토토 리딩방 홍보 게시물"),
    ("KCSC-240912-06", "inven", "2024-09-12T03:20:00Z", "2024-09-19T14:59:59Z", [I1],
     "illegal_trade", "게임 계정 불법 거래 알선"),
    ("KCSC-240913-07", "clien", "2024-09-13T01:00:00Z", "2024-09-20T14:59:59Z", [C1, C2, C3],
     "defamation", "명예훼손 및 불법 중고 판매 게시물"),
]


def mid(ref):
    return ref.lower() + "@kcsc.example"


def rq(ref):
    """reply_to_req value for corpuslib (it appends @kcsc.example)."""
    return ref.lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def html_b64(html):
    return ("Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(html) + "\n")


def plain_qp(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text) + "\n")


def alternative(text, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n"
            f"--{boundary}\n"
            "Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{html.strip()}\n\n"
            f"--{boundary}--\n")


def with_csv(text, csv_text, filename, boundary):
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n"
            f"--{boundary}\n"
            f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            "Content-Transfer-Encoding: base64\n\n"
            f"{b64(csv_text)}\n\n"
            f"--{boundary}--\n")


def enc(text):
    """RFC 2047-encode a header value that is not pure ASCII, as mail clients do."""
    if text.isascii():
        return text
    return email.header.Header(text, "utf-8").encode()


CASES = []


def case(**kw):
    CASES.append(kw)


SIG_NAVER = """
네이버 주식회사 정책지원팀
운영정책: https://policy.naver.com/rules/service.html
"""

# =================================================================== APPLIED
# --- NAVER ---------------------------------------------------------------
case(
    name="naver-kcsc-result-table-html",
    date=d(6, 17, 42, 10), **{"from": "policy-kr@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="[NAVER] 시정요구(KCSC-240903-01) 조치 결과 회신",
    reply_to_req=rq("KCSC-240903-01"),
    raw_mime=html_b64(f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>2024년 9월 3일 접수된 시정요구(KCSC-240903-01)에 대하여 1차 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#f2f2f2"><th>번호</th><th>대상 URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>불법 도박 사이트 홍보</td></tr>
<tr><td>2</td><td>{N2}</td><td>삭제</td><td>불법 도박 사이트 홍보</td></tr>
<tr><td>3</td><td>{N3}</td><td>게시중단</td><td>블로그 운영정책 위반</td></tr>
<tr><td>4</td><td>{N4}</td><td>블라인드</td><td>카페 운영원칙 위반</td></tr>
<tr><td>5</td><td>{N5}</td><td>국내 접속 제한</td><td>해외 운영 카페</td></tr>
<tr><td>6</td><td>{N6RAW}</td><td>게시물 없음</td><td>조치 전 작성자 삭제</td></tr>
</table>
<p>나머지 6건은 관련 부서에서 검토하고 있으며, 결과가 확인되는 대로 별도로 회신드리겠습니다.</p>
<p>네이버 주식회사 정책지원팀 드림<br>
<a href="https://policy.naver.com/rules/service.html">네이버 서비스 운영정책</a></p>
</body></html>
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 회신 (HTML table, base64 body)",
    why="trusted NAVER table: 삭제/삭제/게시중단/블라인드 removed, 국내 접속 제한 restricted, 게시물 없음 (author deleted) not_found; other six not named",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "restricted", N6: "not_found"},
)

case(
    name="naver-korean-prose-three-services",
    date=d(9, 10, 5), **{"from": "policy-kr@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구 - 지식iN/블로그/카페 처리 결과",
    reply_to_req=rq("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

9월 3일 보내주신 시정요구(KCSC-240903-01) 가운데 지식iN, 블로그, 카페 게시물 3건의 처리 결과를 알려드립니다.

지식iN 질문 {N7} 은 운영정책 위반으로 삭제하였습니다.

블로그 게시물 {N8} 에 대해서는 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다. 게시자가 이의를 제기하지 않으면 기간 만료 후 삭제됩니다.

카페 게시물 {N9} 는 확인 결과 작성자가 9월 2일에 스스로 삭제하여 현재 존재하지 않는 게시물입니다.

문의 사항은 이 메일로 회신 부탁드립니다.
감사합니다.
{SIG_NAVER}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 정책지원팀 Korean prose reply (지식iN 삭제, 블로그 임시조치, 카페 작성자 삭제)",
    why="삭제 removed; 임시조치 is restricted by the rules (the later deletion is only conditional); already deleted by its author before the request: not_found",
    items={N7: "removed", N8: "restricted", N9: "not_found"},
)

NAVER_CSV = "\n".join([
    "번호,URL,처리결과,처리일시,비고",
    f"1,{N1},삭제,2024-09-05 14:10,",
    f"2,{N2},삭제,2024-09-05 14:11,",
    f"3,{N3},게시중단,2024-09-05 15:02,",
    f"4,{N4},블라인드,2024-09-05 16:40,카페 운영원칙 위반",
    f"5,{N5},접근제한(국내),2024-09-06 09:12,",
    f"6,{N6RAW},게시물없음,-,작성자 삭제",
    f"7,{N7},삭제,2024-09-06 10:30,",
    f"8,{N8},임시조치,2024-09-06 11:05,30일",
    f"9,{N9},게시물없음,-,작성자 삭제",
    f"10,{N10},검토중,-,법무 검토",
    f"11,{N11},유지,2024-09-09 17:20,위반사항 없음(경기 기록 분석 글)",
    f"12,{N12},비공개 처리,2024-09-09 17:31,",
]) + "\n"

case(
    name="naver-csv-attachment-full-list",
    date=d(10, 9, 15), **{"from": "policy-kr@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="[NAVER] KCSC-240903-01 처리 결과 송부 (첨부)",
    reply_to_req=rq("KCSC-240903-01"),
    raw_mime=with_csv("""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 건(KCSC-240903-01, 12건)의 처리 결과를 첨부 파일(CSV)로 송부드립니다.
처리결과가 '검토중'인 항목은 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 정책지원팀
""", NAVER_CSV, "KCSC-240903-01_result.csv", "nv-csv-0910"),
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 CSV attachment for a whole request",
    why="CSV rows: 삭제/게시중단/블라인드/비공개 removed, 접근제한(국내) and 임시조치 restricted, 게시물없음 not_found, 유지(위반사항 없음) rejected, 검토중 stays pending",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "restricted",
           N6: "not_found", N7: "removed", N8: "restricted", N9: "not_found", N10: "pending",
           N11: "rejected", N12: "removed"},
)

QUOTED_REQ_OUTLOOK = "\n".join(
    ["-----Original Message-----",
     "From: KCSC Takedown <takedown@kcsc.example>",
     "Sent: Tuesday, September 3, 2024 10:30 AM",
     "To: policy-kr@navercorp.com",
     "Subject: [KCSC-240903-01] 불법정보 시정요구 (12건)",
     "",
     "NAVER 담당자님께,",
     "",
     "아래 게시물은 불법 도박 사이트를 홍보하는 정보로 심의 의결되었으므로 삭제 등 필요한 조치를 요청합니다.",
     ""] + [f"{i}. {u}" for i, u in enumerate([N1, N2, N3, N4, N5, N6RAW, N7, N8, N9, N10, N11, N12], 1)]
    + ["", "조치 결과를 9월 10일까지 회신해 주시기 바랍니다.", "방송통신심의위원회 통신심의팀"])

case(
    name="naver-english-topposted-outlook",
    date=d(11, 16, 20), **{"from": "global-policy@navercorp.com"}, name_from="Lee Seo-yeon (NAVER Global Policy)",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구 (12건)",
    reply_to_req=rq("KCSC-240903-01"),
    body=f"""
Dear KCSC team,

Following up on the two items that were still open in your request KCSC-240903-01:

The In post at {N10} has been taken down today for breaching our gambling-promotion policy, and the creator's In page has been suspended.

The blog post {N11} was reviewed again by our legal team. It is a match-statistics article with no betting links or promotion, and it does not violate our policies or Korean law, so we have decided to leave it online.

Please let me know if you need anything else.

Best regards,
Lee Seo-yeon
Global Policy, NAVER Corp.

{QUOTED_REQ_OUTLOOK}
""",
    outcome="applied", classification="confirmation",
    imitates="English top-posted reply from a portal's global policy staff over an Outlook-quoted request",
    why="N10 taken down (removed), N11 left online because it breaks no rule (rejected); the twelve URLs below -----Original Message----- are our own quoted request",
    items={N10: "removed", N11: "rejected"},
)

case(
    name="naver-qp-post-and-blog",
    date=d(7, 11, 48), **{"from": "noreply-policy@naver.com"}, name_from="네이버 고객센터",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)",
    reply_to_req=rq("KCSC-240903-01"),
    raw_mime=plain_qp(f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 처리 결과
- {N12} : 비공개 처리 완료
- {N3} : 게시중단 완료

■ 안내 사항
게시자는 조치에 대하여 이의를 제기할 수 있으며, 이의가 제기되는 경우 그 결과를 별도로 알려드립니다.
자세한 내용은 네이버 고객센터(https://help.naver.com/service/5640/contents/10001)를 참고해 주세요.

본 메일은 발신 전용입니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="네이버 게시중단 요청 처리 결과 안내 (quoted-printable notice)",
    why="비공개 처리 완료 and 게시중단 완료 are both removed; the help-centre link is not an item",
    items={N12: "removed", N3: "removed"},
)

case(
    name="naver-bare-url-status-below",
    date=d(5, 18, 3), **{"from": "cafe-policy@navercorp.com"}, name_from="네이버 카페 운영팀",
    subject="RE: [KCSC-240903-01] 처리 결과",
    reply_to_req=rq("KCSC-240903-01"),
    body=f"""
[처리 결과 안내]

{N1}
→ 삭제 (불법 도박 사이트 홍보)

{N2}
→ 삭제 (불법 도박 사이트 홍보)

{N4}
→ 게시 유지. 해당 글은 경기 일정과 배당률 변동을 정리한 글로, 도박 사이트 주소나 가입 유도 문구가 없어 카페 운영원칙 위반으로 보지 않았습니다.

판단에 이견이 있으시면 회신 주세요.

네이버 카페 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe team reply with bare URLs and the result on the line below",
    why="two 삭제 removed; 게시 유지 with its reason (no rule broken) is rejected",
    items={N1: "removed", N2: "removed", N4: "rejected"},
)

case(
    name="naver-global-angle-brackets",
    date=d(8, 20, 11), **{"from": "global-policy@navercorp.com"}, name_from="NAVER Global Policy",
    subject="Re: KCSC-240903-01 - cafe posts",
    reply_to_req=rq("KCSC-240903-01"),
    body=f"""
Hello,

Quick update on two of the cafe posts in KCSC-240903-01.

- <{N5}>: access to this post from Korea has been blocked. The cafe is run from abroad, so it stays visible outside Korea.
- <{N6RAW}>: the cafe manager deleted this post on 6 September after our notice, and it is no longer available.

The other posts will be covered in our consolidated reply.

Kind regards,
NAVER Global Policy
""",
    outcome="applied", classification="confirmation",
    imitates="English portal update with URLs in angle brackets, one a raw Korean path",
    why="blocked from Korea only is restricted; deleted by the cafe manager after the notice is removed (not an author deletion before the request)",
    items={N5: "restricted", N6: "removed"},
)

case(
    name="naver-receipt-plus-already-deleted",
    date=d(4, 9, 2), **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    subject="[네이버 고객센터] 신고 접수 안내 - KCSC-240903-01",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 보내주신 신고가 정상적으로 접수되었습니다. (접수번호 NV-2409-118274)

참고로 신고하신 게시물 중 아래 2건은 다른 이용자의 신고로 이미 삭제 조치가 완료된 게시물입니다.
 · {N8}
 · {N12}

나머지 게시물은 담당 부서에서 확인 후 순차적으로 답변드리겠습니다.

네이버 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 신고 접수 안내 that also reports items already actioned",
    why="acknowledgement phrase plus unhedged statements: two posts already removed by NAVER on another report (removed, not author-deleted)",
    items={N8: "removed", N12: "removed"},
)

# --- DC Inside --------------------------------------------------------------
case(
    name="dc-numbered-list-korean",
    date=d(6, 14, 25), **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="[디시인사이드] KCSC-240905-02 게시물 처리 결과",
    reply_to_req=rq("KCSC-240905-02"),
    body=f"""
디시인사이드 운영팀입니다.

요청하신 게시물의 처리 결과를 안내드립니다.

1) {D1} — 운영자 삭제
2) {D2} — 운영자 삭제, 작성자 IP 30일 차단
3) {D3} — 이미 삭제된 게시물입니다 (작성자 본인 삭제, 9월 4일)
4) {D4} — 미니 갤러리 폐쇄 (갤러리 전체 접근 불가)

추가 요청은 이 메일로 회신해 주시면 됩니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 numbered result list (운영자 삭제, 작성자 삭제, 갤러리 폐쇄)",
    why="운영자 삭제 removed twice; deleted by its author before the request is not_found; a closed gallery makes the post unavailable: removed",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "removed"},
)

case(
    name="dc-gmail-quoted-korean",
    date=d(7, 13, 40), **{"from": "gallery-ops@dcinside.com"}, name_from="DC Inside 갤러리 운영",
    subject="Re: [KCSC-240905-02] 게시물 삭제 요청",
    reply_to_req=rq("KCSC-240905-02"),
    body=f"""
말씀하신 idolgossip 마이너 갤러리 2건 처리 결과입니다.

- {D2}
  블라인드 처리했습니다.
- {D3}
  검토해 보니 연예인 관련 일반적인 의견 글이고 개인정보나 사진이 없어 갤러리 규정 위반 사항이 없습니다. 삭제하지 않습니다.

나머지 2건은 정식 갤러리 담당자가 따로 답변드릴 예정입니다.

2024년 9월 5일 (목) 오전 11:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 디시인사이드 담당자님께,
>
> 아래 게시물에 대하여 삭제를 요청합니다.
> 1. {D1}
> 2. {D2}
> 3. {D3}
> 4. {D4}
>
> 방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply (…님이 작성:) over the quoted request",
    why="블라인드 removed; refusal with its reason rejected; the four quoted URLs say nothing",
    items={D2: "removed", D3: "rejected"},
)

case(
    name="dc-english-one-of-four",
    date=d(6, 22, 14), **{"from": "support@dcinside.com"}, name_from="DC Inside Support",
    subject="Re: [KCSC-240905-02] removal request",
    reply_to_req=rq("KCSC-240905-02"),
    body=f"""
Hello,

Regarding KCSC-240905-02: the post {D4} has been deleted and the mini gallery it was in has been shut down.

The remaining posts are still with the gallery operations team, and we will write again once they have been checked.

DC Inside Support
""",
    outcome="applied", classification="confirmation",
    imitates="short English support-desk reply, one item done, the rest under review",
    why="D4 deleted (removed); 'the remaining posts' are under review and not named",
    items={D4: "removed"},
)

case(
    name="dc-echoed-report-form",
    date=d(7, 11, 5), **{"from": "noreply@dcinside.com"}, name_from="디시인사이드",
    subject="[디시인사이드] 신고 처리 결과 안내",
    body=f"""
[신고 처리 결과]

신고 번호 : DC-R-20240907-55120
신고 대상 : {D1}
신고 사유 : 불법 정보 (방송통신심의위원회 시정요구 KCSC-240905-02)
신고 내용 : 주식 리딩방 사칭 및 개인 연락처 게시
처리 결과 : 삭제 완료
처리 일시 : 2024-09-07 11:02

디시인사이드 고객센터 https://www.dcinside.com/customer
본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside report-system notice echoing the report form with its result",
    why="echoed report with 처리 결과: 삭제 완료 for the named URL",
    items={D1: "removed"},
)

# --- Daum / Kakao ------------------------------------------------------------
case(
    name="daum-kakao-imsi-notice",
    date=d(10, 15, 30), **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[카카오] 권리침해 신고 처리 안내 (KCSC-240909-03)",
    reply_to_req=rq("KCSC-240909-03"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

신고하신 Daum 카페 게시물에 대하여 아래와 같이 조치하였음을 알려드립니다.

[대상 게시물 1]
주소 : {M1}
조치 내용 : 임시조치
조치 근거 : 정보통신망법 제44조의2

[대상 게시물 2]
주소 : {M2}
조치 내용 : 삭제 (운영정책 위반 - 불법 대출 광고)

나머지 게시물에 대해서는 확인 중이며 확인이 끝나면 안내드리겠습니다.
Daum 운영정책 : https://cs.daum.net/faq/site/cafe.html

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 권리침해 신고 처리 안내 (임시조치 / 삭제 blocks)",
    why="임시조치 restricted, 삭제 removed; the policy link is not an item",
    items={M1: "restricted", M2: "removed"},
)

case(
    name="daum-base64-html-cafe-blind",
    date=d(11, 10, 50), **{"from": "cafe-policy@daum.net"}, name_from="Daum 카페 운영",
    subject="[Daum 카페] 게시물 조치 결과 안내",
    reply_to_req=rq("KCSC-240909-03"),
    raw_mime=html_b64(f"""<html><body>
<div style="font-size:14px">
<p>안녕하세요. Daum 카페 운영 담당자입니다.</p>
<p>요청하신 카페 게시물 <a href="{M3}">{M3}</a>은(는) 의약품 불법 판매 글로 확인되어 삭제하였으며, 해당 카페(pillmarket)에는 카페 블라인드 조치를 함께 적용하였습니다.</p>
<p>카페 블라인드 정책은 <a href="https://cs.daum.net/faq/15/2344.html">고객센터 도움말</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.</p>
</div>
</body></html>
"""),
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 운영 HTML notice (base64) on a post deleted and its cafe blinded",
    why="the post was deleted: removed; the help link is not an item",
    items={M3: "removed"},
)

case(
    name="daum-url-below-statement",
    date=d(12, 14, 8), **{"from": "policy-kr@kakaocorp.com"}, name_from="카카오 정책팀",
    subject="RE: [KCSC-240909-03] 카페 게시물 삭제 요청",
    reply_to_req=rq("KCSC-240909-03"),
    body=f"""
안녕하세요. 카카오 정책팀입니다.

검토 결과 아래 게시물은 삭제하였습니다.
{M1}

아래 게시물은 회원 간 중고 물품 거래 안내 글로 확인되며 대출 광고나 불법 정보가 없어 운영정책 위반 사항이 없으므로 게시를 유지합니다.
{M2}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy team reply with each statement and its URL on the line below",
    why="M1 deleted (removed); M2 kept because it breaks no rule (rejected)",
    items={M1: "removed", M2: "rejected"},
)

case(
    name="daum-korean-particles-fullwidth",
    date=d(13, 9, 40), **{"from": "policy-kr@kakaocorp.com"}, name_from="카카오 정책팀 김도윤",
    subject="RE: [KCSC-240909-03] 처리 결과 회신",
    reply_to_req=rq("KCSC-240909-03"),
    body=f"""
담당자님 안녕하세요，카카오 정책팀 김도윤입니다．

요청하신 3건 처리 결과 말씀드립니다．
{M1}는 어제 삭제했고，{M2}도 같은 작성자의 광고 글이라 함께 삭제했습니다．
{M3}의 경우，해당 카페가 이미 폐쇄된 상태라 게시물을 찾을 수 없었습니다（카페 주소 자체가 존재하지 않음）．

감사합니다．
김도윤 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal Kakao staff reply, URLs followed by Korean particles and full-width punctuation",
    why="M1 and M2 deleted (removed); M3 cannot be found because the cafe no longer exists (not_found)",
    items={M1: "removed", M2: "removed", M3: "not_found"},
)

# --- SOOP ---------------------------------------------------------------
case(
    name="soop-angle-bracket-bilingual",
    date=d(11, 18, 2), **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 운영팀",
    subject="[SOOP] KCSC-240910-04 조치 결과 / Action taken",
    reply_to_req=rq("KCSC-240910-04"),
    body=f"""
안녕하세요, SOOP 운영팀입니다. (English below)

<{S1}>
 - VOD 삭제 완료, 해당 BJ 방송 7일 정지
<{S2}>
 - 운영자 권한으로 게시글 비공개 처리

---
Hello, this is the SOOP operations team.
The VOD above has been deleted and the channel post above has been hidden by an operator.

SOOP 운영정책: https://www.sooplive.co.kr/policy/operation
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) bilingual operations reply, URLs in angle brackets",
    why="VOD 삭제 removed; 운영자 비공개 처리 removed",
    items={S1: "removed", S2: "removed"},
)

case(
    name="soop-age-restricted-and-missing",
    date=d(12, 10, 17), **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 운영팀",
    subject="RE: [KCSC-240910-04] 음란 방송 다시보기 조치 요청",
    reply_to_req=rq("KCSC-240910-04"),
    body=f"""
안녕하세요, SOOP 운영팀입니다.

1. 다시보기 {S1}
   문제 구간을 확인하였고 해당 VOD는 19세 이상 이용자만 시청할 수 있도록 연령 제한을 설정하였습니다.

2. 채널 게시글 {S2}
   확인 당시 BJ 본인이 이미 삭제하여 존재하지 않는 게시글이었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP operations reply: age restriction on a VOD, channel post already gone",
    why="19세 이상 연령 제한 is restricted; already deleted by the BJ (its author) and gone: not_found",
    items={S1: "restricted", S2: "not_found"},
)

case(
    name="soop-html-table-mixed",
    date=d(13, 16, 45), **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP",
    subject="[SOOP] 신고 처리 결과 안내 (KCSC-240910-04)",
    reply_to_req=rq("KCSC-240910-04"),
    raw_mime=alternative(
        f"""
SOOP 신고 처리 결과

대상: {S1}
결과: 삭제

대상: {S2}
결과: 유지 - 방송 일정 홍보 게시글로 운영정책 위반 사항 없음
""",
        f"""<html><body>
<h3>SOOP 신고 처리 결과</h3>
<table border="1" cellpadding="5">
<tr><th>대상</th><th>결과</th><th>사유</th></tr>
<tr><td><a href="{S1}">{S1}</a></td><td>삭제</td><td>음란물 유포</td></tr>
<tr><td><a href="{S2}">{S2}</a></td><td>유지</td><td>방송 일정 홍보 게시글로 운영정책 위반 사항 없음</td></tr>
</table>
<p><a href="https://www.sooplive.co.kr/policy/operation">운영정책 보기</a></p>
</body></html>
""", "soop-alt-0913"),
    outcome="applied", classification="confirmation",
    imitates="SOOP automated report-result notice (multipart/alternative with an HTML table)",
    why="삭제 removed; 유지 with 'no policy breach' rejected",
    items={S1: "removed", S2: "rejected"},
)

# --- FM Korea ------------------------------------------------------------
case(
    name="fm-numbered-english",
    date=d(12, 23, 10), **{"from": "admin@fmkorea.com"}, name_from="FM Korea Admin",
    subject="Re: [KCSC-240911-05] Removal request - 5 posts",
    reply_to_req=rq("KCSC-240911-05"),
    body=f"""
Hello,

Here is what we did with the five posts in KCSC-240911-05:

1. {F1} - removed
2. {F2} - removed, the author has been banned
3. {F3} - not removed. It is a repost of a news article about a betting crackdown and does not break our community rules.
4. {F4} - we could not find this document; the link shows "document does not exist".
5. {F5} - removed

Regards,
FM Korea admin team
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea admin English numbered reply",
    why="three removed; a refusal with its reason is rejected; a link that cannot be found is not_found",
    items={F1: "removed", F2: "removed", F3: "rejected", F4: "not_found", F5: "removed"},
)

case(
    name="fm-korean-particles-adult-board",
    date=d(12, 15, 33), **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    subject="RE: [KCSC-240911-05] 게시물 조치 요청",
    reply_to_req=rq("KCSC-240911-05"),
    body=f"""
안녕하세요 에펨코리아 운영진입니다.

{F1}은 리딩방 홍보 글로 확인되어 삭제했습니다.
{F2}는 도박 광고는 아니지만 선정적인 이미지가 있어 성인 인증 회원만 볼 수 있도록 열람을 제한했습니다.

나머지 글은 확인 중입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea operator reply in Korean with particles glued to the URLs",
    why="F1 삭제 removed; F2 limited to adult-verified members is age-restricted: restricted",
    items={F1: "removed", F2: "restricted"},
)

case(
    name="fm-text-table",
    date=d(13, 11, 0), **{"from": "admin@fmkorea.com"}, name_from="FM Korea",
    subject="[에펨코리아] KCSC-240911-05 잔여 3건 처리 결과",
    reply_to_req=rq("KCSC-240911-05"),
    body=f"""
잔여 3건 처리 결과입니다.

+----+-----------------------------------------------------------------------+------------------------+
| No | URL                                                                   | 결과                   |
+----+-----------------------------------------------------------------------+------------------------+
| 1  | {F3:<69} | 삭제                   |
| 2  | {F4:<69} | 삭제                   |
| 3  | {F5:<69} | 게시물 없음 (작성자 삭제) |
+----+-----------------------------------------------------------------------+------------------------+

에펨코리아 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text result table from a community site admin",
    why="two 삭제 removed; 게시물 없음 (작성자 삭제) not_found",
    items={F3: "removed", F4: "removed", F5: "not_found"},
)

# --- Inven ---------------------------------------------------------------
case(
    name="inven-sole-item-korean",
    date=d(13, 14, 22), **{"from": "cs@inven.co.kr"}, name_from="인벤 운영팀",
    subject="RE: [KCSC-240912-06] 게시물 삭제 요청",
    reply_to_req=rq("KCSC-240912-06"),
    body="""
안녕하세요, 인벤 운영팀입니다.

요청하신 로스트아크 게시판 게시물은 확인 후 운영정책(계정 거래 알선 금지)에 따라 삭제 처리했습니다.
작성자 계정에는 30일 이용 정지를 함께 적용했습니다.

감사합니다.
인벤 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Inven operations reply naming no URL for a one-item request",
    why="one-item request referenced by subject and thread; the single post is deleted: removed",
    items={I1: "removed"},
)

# --- Clien ---------------------------------------------------------------
case(
    name="clien-informal-three",
    date=d(14, 1, 12), **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    subject="Re: [KCSC-240913-07] 게시물 삭제 요청",
    reply_to_req=rq("KCSC-240913-07"),
    body=f"""
안녕하세요, 클리앙 운영진입니다. 늦은 시간에 답장 드립니다.

- {C1}
  삭제했습니다.
- {C2}
  판매자가 이미 글을 지워서 없는 글입니다. (9월 12일 작성자 삭제)
- {C3}
  내용 확인했는데 특정인을 지목하지 않은 개인 의견 글이라 이용규칙 위반으로 볼 수 없어 그대로 둡니다.

클리앙 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="Clien operators' informal bulleted reply",
    why="C1 deleted (removed); C2 already deleted by its author (not_found); C3 left up, no rule broken (rejected)",
    items={C1: "removed", C2: "not_found", C3: "rejected"},
)

case(
    name="clien-wrapped-angle-url",
    date=d(16, 10, 30), **{"from": "admin@clien.net"}, name_from="Clien Admin",
    subject="Re: [KCSC-240913-07] 추가 검토 결과",
    reply_to_req=rq("KCSC-240913-07"),
    body="""
안녕하세요, 클리앙 운영진입니다.

지난번 유지하기로 했던 글
<https://www.clien.net/service/board/park/
18723190>
은 작성자가 댓글에 실명을 추가로 적은 것이 확인되어 오늘 삭제했습니다.

클리앙 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="operator follow-up with a URL wrapped inside angle brackets by the mail client",
    why="the wrapped, angle-bracketed URL is C3; it was deleted today: removed",
    items={C3: "removed"},
)

# =================================================================== REVIEW
case(
    name="naver-promise-korean",
    date=d(5, 11, 20), **{"from": "policy-kr@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=rq("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

보내주신 게시물 중 {N1} 및 {N2} 에 대해서는 내부 검토를 거쳐 9월 10일까지 삭제 등 필요한 조치를 취할 예정입니다.
조치가 완료되면 결과를 다시 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising action by a date",
    why="'조치를 취할 예정입니다' is a promise, not a statement; named items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="dc-hedge-seems-author-deleted",
    date=d(6, 9, 55), **{"from": "gallery-ops@dcinside.com"}, name_from="DC Inside 갤러리 운영",
    subject="Re: [KCSC-240905-02] 게시물 삭제 요청",
    reply_to_req=rq("KCSC-240905-02"),
    body=f"""
안녕하세요.

{D3} 는 현재 조회되지 않는 것으로 보아 작성자가 삭제한 것으로 보입니다.
정확한 내용은 마이너 갤러리 매니저에게 확인한 뒤 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside staff guess about a post that no longer loads",
    why="'삭제한 것으로 보입니다' is a hedge and confirmation is promised later; item stays pending",
    items={D3: "pending"},
)

case(
    name="fm-bulk-korean",
    date=d(12, 9, 5), **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    subject="RE: [KCSC-240911-05] 게시물 조치 요청",
    reply_to_req=rq("KCSC-240911-05"),
    body="""
안녕하세요, 에펨코리아 운영진입니다.

신고해 주신 게시물 5건은 모두 삭제 처리를 완료했습니다.
작성자들에게는 영구 이용 정지를 적용했습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="community admin one-line 'all five deleted' reply",
    why="one statement about all five items without naming each; bulk confirmations go to review",
    items={F1: "pending", F2: "pending", F3: "pending", F4: "pending", F5: "pending"},
)

case(
    name="clien-bulk-english",
    date=d(14, 17, 48), **{"from": "admin@clien.net"}, name_from="Clien Admin",
    subject="Re: [KCSC-240913-07] removal request",
    reply_to_req=rq("KCSC-240913-07"),
    body="""
Hi,

This is the Clien admin team. All of the posts listed in your request KCSC-240913-07 have been removed from the site.

Thanks,
Clien admin
""",
    outcome="review", review="bulk",
    imitates="short English admin reply covering a whole request",
    why="'all of the posts' in a three-item request, none named: bulk",
    items={C1: "pending", C2: "pending", C3: "pending"},
)

case(
    name="naver-auth-fail-spoof",
    date=d(6, 3, 14), **{"from": "policy-kr@navercorp.com"}, name_from="NAVER 정책지원팀",
    auth="fail",
    subject="RE: [KCSC-240903-01] 처리 완료",
    reply_to_req=rq("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 카페 게시물 {N5} 은 삭제 완료되었습니다.
추가 자료 확인을 위해 첨부된 링크에서 로그인해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="spoofed NAVER reply failing DKIM/SPF/DMARC",
    why="From a NAVER domain but authentication fails: nothing applied",
    items={N5: "pending"},
)

case(
    name="blogger-gmail-unknown-sender",
    date=d(7, 22, 31), **{"from": "sportsdata.kim@gmail.com"}, name_from="김스포츠",
    subject="제 블로그 글 게시중단 관련 문의 (KCSC-240903-01)",
    body=f"""
안녕하세요. 네이버에서 블로그를 운영하는 사람입니다.

오늘 네이버로부터 제 글 {N3} 이 방송통신심의위원회 요청으로 게시중단되었다는 안내를 받았습니다.
경기 분석 글일 뿐인데 왜 불법정보인지 근거를 알려주시기 바랍니다. 재게시를 요청할 생각입니다.
""",
    outcome="review", review="unknown_sender",
    imitates="blogger writing from a webmail address about a 게시중단 notice he received",
    why="a statement about the item, but from a sender that is no platform: unknown_sender, item pending",
    items={N3: "pending"},
)

case(
    name="daum-answers-naver-url",
    date=d(10, 11, 3), **{"from": "policy-kr@kakaocorp.com"}, name_from="카카오 정책팀",
    subject="RE: 카페 게시물 확인 요청",
    body=f"""
안녕하세요, 카카오 정책팀입니다.

보내주신 카페 게시물 {N5} 은 확인 결과 존재하지 않는 게시물입니다.
다른 게시물이 있으시면 주소를 다시 보내주세요.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao policy team answering about a NAVER cafe URL sent to it by mistake",
    why="Daum states not_found for a NAVER item; only NAVER may change it",
    items={N5: "pending"},
)

case(
    name="soop-asks-documents",
    date=d(11, 9, 30), **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 운영팀",
    subject="RE: [KCSC-240910-04] 추가 자료 요청",
    reply_to_req=rq("KCSC-240910-04"),
    body=f"""
안녕하세요, SOOP 운영팀입니다.

다시보기 {S1} 에 대한 조치를 검토하기 위해 아래 자료를 보내주시기 바랍니다.
 1. 시정요구 공문 사본 (의결 번호 포함)
 2. 문제가 되는 장면의 재생 시각 (예: 01:12:30 ~ 01:15:00)

자료가 확인되는 대로 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="SOOP request for the official letter and timestamps before acting",
    why="the platform asks for documents before acting; item stays pending",
    items={S1: "pending"},
)

case(
    name="daum-contact-change-no-claims",
    date=d(9, 14, 0), **{"from": "policy-kr@kakaocorp.com"}, name_from="카카오 정책팀",
    subject="[카카오] 정책 협력 창구 변경 안내",
    body="""
안녕하세요, 카카오 정책팀입니다.

9월 23일부터 관계 기관의 게시물 조치 요청 접수 창구가 변경됩니다.
앞으로는 policy-kr@kakaocorp.com 으로 요청을 보내 주시고, 긴급한 건은 제목에 [긴급]을 붙여 주시기 바랍니다.

기존 주소로 보내신 요청도 10월 말까지는 정상적으로 처리됩니다.

감사합니다.
카카오 정책팀
""",
    outcome="review", review="no_claims",
    imitates="Kakao notice of a changed contact address for authorities' requests",
    why="trusted platform mail that names no item and references no request",
    items={},
)

case(
    name="fm-may-have-been-english",
    date=d(11, 19, 12), **{"from": "admin@fmkorea.com"}, name_from="FM Korea Admin",
    subject="Re: [KCSC-240911-05] Removal request - 5 posts",
    reply_to_req=rq("KCSC-240911-05"),
    body=f"""
Hi,

The two posts below may have been removed by their authors already, as they no longer show up in the board list:

{F1}
{F2}

Our moderators will check the logs tomorrow and confirm.

FM Korea admin
""",
    outcome="review", review="not_understood",
    imitates="community admin's hedged first answer",
    why="'may have been removed' is a hedge with confirmation promised; items stay pending",
    items={F1: "pending", F2: "pending"},
)

case(
    name="clien-conditional-removal",
    date=d(13, 20, 5), **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    subject="Re: [KCSC-240913-07] 게시물 삭제 요청",
    reply_to_req=rq("KCSC-240913-07"),
    body=f"""
안녕하세요, 클리앙 운영진입니다.

{C1} 글은 작성자에게 실명 부분을 수정하라고 쪽지를 보냈습니다.
24시간 안에 수정하지 않으면 운영진이 삭제하겠습니다.

나머지 두 건은 내일 확인해서 답변드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Clien operator's conditional answer",
    why="deletion only on a condition in the future: not a statement; item stays pending",
    items={C1: "pending"},
)

# =================================================================== IGNORED
case(
    name="naver-ooo-chuseok",
    date=d(16, 8, 0), **{"from": "seoyeon.lee@navercorp.com"}, name_from="이서연",
    subject="[자동 회신] 부재중: RE: [KCSC-240903-01] 불법정보 시정요구 (12건)",
    reply_to_req=rq("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 이서연입니다.

9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 정책지원팀 대표 메일 policy-kr@navercorp.com 으로 보내주시기 바랍니다.

I am out of the office for the Chuseok holidays until 18 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook-style Korean/English out-of-office reply (추석 연휴 부재중)",
    why="out-of-office auto-reply, even in the request's thread",
    items={},
)

DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0913-clien"

--dsn-0913-clien
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@clien.net>: host mx1.clien.net[203.0.113.45] said: 550 5.1.1
    <abuse@clien.net>: Recipient address rejected: User unknown in
    local recipient table (in reply to RCPT TO command)

--dsn-0913-clien
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; abuse@clien.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.clien.net
Diagnostic-Code: smtp; 550 5.1.1 <abuse@clien.net>: Recipient address rejected:
    User unknown in local recipient table

--dsn-0913-clien
Content-Type: text/rfc822-headers

Date: Fri, 13 Sep 2024 10:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: abuse@clien.net
Subject: {enc('[KCSC-240913-07] 게시물 삭제 요청')}
Message-ID: <{mid("KCSC-240913-07")}>

--dsn-0913-clien--
"""

case(
    name="dsn-clien-user-unknown",
    date=d(13, 10, 0, 5), **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for our request to a wrong Clien address",
    why="delivery status notification: bounce",
    items={},
)

MDN = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0909-kakao"

--mdn-0909-kakao
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

다음 메시지에 대한 확인 메일입니다.

받는 사람: policy-kr@kakaocorp.com
제목: [KCSC-240909-03] 카페 게시물 삭제 요청
읽은 시간: 2024년 9월 9일 월요일 오후 1:22

참고: 이 확인 메일은 받는 사람의 컴퓨터에 메시지가 표시되었다는 것만 의미합니다. 받는 사람이 메시지 내용을 읽거나 이해했다는 보장은 없습니다.

--mdn-0909-kakao
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;policy-kr@kakaocorp.com
Original-Message-ID: <{mid("KCSC-240909-03")}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0909-kakao--
"""

case(
    name="daum-mdn-read",
    date=d(9, 13, 22), **{"from": "policy-kr@kakaocorp.com"}, name_from="카카오 정책팀",
    subject="읽음: [KCSC-240909-03] 카페 게시물 삭제 요청",
    reply_to_req=rq("KCSC-240909-03"),
    raw_mime=MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음:) from Kakao",
    why="message disposition notification: read receipt",
    items={},
)

case(
    name="fm-ticket-receipt-korean",
    date=d(11, 9, 41), **{"from": "help@fmkorea.com"}, name_from="에펨코리아 고객센터",
    subject="[에펨코리아] 문의가 접수되었습니다 - RE: [KCSC-240911-05]",
    reply_to_req=rq("KCSC-240911-05"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
문의 접수 완료 안내

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수 번호 : FMK-24091100427
 - 접수 일시 : 2024-09-11 09:41

담당자가 확인 후 순차적으로 답변드리겠습니다. 문의량에 따라 답변이 늦어질 수 있는 점 양해 부탁드립니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk receipt (문의 접수 완료 안내) with a ticket number",
    why="pure acknowledgement: received, ticket number, no statement",
    items={},
)

case(
    name="soop-zendesk-receipt-english",
    date=d(10, 14, 2), **{"from": "support@sooplive.co.kr"}, name_from="SOOP Support",
    subject="[SOOP Support] Request received: [KCSC-240910-04] 음란 방송 다시보기 조치 요청 (#48211)",
    reply_to_req=rq("KCSC-240910-04"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (#48211) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

요청(#48211)이 접수되었습니다. 담당자가 확인 후 답변드리겠습니다.

SOOP Support
https://support.sooplive.co.kr/hc/ko
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style 'Request received' auto-notification",
    why="ticket receipt with no item-level statement",
    items={},
)

case(
    name="inven-ooo-english",
    date=d(12, 12, 30), **{"from": "jh.park@inven.co.kr"}, name_from="Park Jihoon",
    subject="Automatic reply: [KCSC-240912-06] 게시물 삭제 요청",
    reply_to_req=rq("KCSC-240912-06"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Thank you for your email. I am away at G-STAR preparations until 15 September with limited access to mail.
For urgent matters about community posts, please contact cs@inven.co.kr.

감사합니다. 9월 15일까지 외근 중이라 메일 확인이 늦을 수 있습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from an Inven employee",
    why="out-of-office auto-reply",
    items={},
)

HEADER = """# Blind set blind687: Korean portals and community sites (NAVER, Daum,
# DC Inside, SOOP, FM Korea, Inven, Clien) mixing Korean and English, with
# doubtful and ignorable mail. Generated by make.py; expected results written
# from each email's meaning alone, before any run of the reader.
"""


def main():
    write_requests()
    for c in CASES:
        c["subject"] = enc(c["subject"])
        if "name_from" in c:
            c["name_from"] = enc(c["name_from"])
    corpuslib.write_set(HERE, "blind687", HEADER, CASES)


if __name__ == "__main__":
    main()
