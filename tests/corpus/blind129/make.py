#!/usr/bin/env python3
"""Blind set 129: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Ppomppu, Nate, plus Inven and Clien as senders),
Korean and English mixed, with the doubtful and ignorable mail a regulator's
mailbox receives.

    python3 tests/corpus/blind129/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning, before the reader
was ever run on this set. Every name, id and URL is invented.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "daum.net": "Daum",
    "kakaocorp.com": "Kakao",
    "tistory.com": "Tistory",
    "dcinside.com": "DC Inside",
    "sooplive.co.kr": "SOOP",
    "fmkorea.com": "FM Korea",
    "ppomppu.co.kr": "Ppomppu",
    "nate.com": "Nate",
    "inven.co.kr": "Inven",
    "clien.net": "Clien",
})

# ---------------------------------------------------------------- requests
N = [
    "https://blog.naver.com/luckyseven_kr/223540011201",
    "https://blog.naver.com/luckyseven_kr/223540011388",
    "https://blog.naver.com/toto_bada/223541200917",
    "https://cafe.naver.com/sportsmatchup/88121",
    "https://cafe.naver.com/sportsmatchup/88140",
    "https://cafe.naver.com/sportsmatchup/88177",
    "https://cafe.naver.com/casinohouse77/4410",
    "https://cafe.naver.com/casinohouse77/4452",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60401&docId=471203355",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38112045&memberNo=55120931",
    "https://blog.naver.com/bet_jinu/223542987654",
    "https://blog.naver.com/bet_jinu/223543001122",
    "https://tv.naver.com/v/58120334",
]
N = [None] + N  # N[1] .. N[13]

D3_RAW = "https://betlog77.tistory.com/entry/먹튀-없는-사이트-추천"
D = [None,
     "https://cafe.daum.net/toto-mania/Xq3f/112",
     "https://cafe.daum.net/toto-mania/Xq3f/118",
     "https://betlog77.tistory.com/entry/%EB%A8%B9%ED%8A%80-%EC%97%86%EB%8A%94-%EC%82%AC%EC%9D%B4%ED%8A%B8-%EC%B6%94%EC%B2%9C",
     "https://cafe.daum.net/casinoland/K2mP/3021"]
C = [None,
     "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120455",
     "https://gall.dcinside.com/mgallery/board/view/?id=nightlife&no=30217",
     "https://gall.dcinside.com/mgallery/board/view/?id=nightlife&no=30244"]
S = [None,
     "https://vod.sooplive.co.kr/player/128734512",
     "https://vod.sooplive.co.kr/player/128734999"]
F1 = "https://www.fmkorea.com/7412345678"
P = [None,
     "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9012345",
     "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9012377",
     "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410221",
     "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410290",
     "https://www.ppomppu.co.kr/zboard/view.php?id=money&no=771203"]
T = [None,
     "https://pann.nate.com/talk/372112345",
     "https://pann.nate.com/talk/372112388"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00",
     N[1:], "gambling", "req-240903-01@kcsc.example", "불법 도박 홍보 게시물 (블로그/카페/지식iN/포스트/TV)"),
    ("KCSC-240904-02", "daum", "2024-09-04T14:30:00+09:00", "2024-09-11T18:00:00+09:00",
     D[1:], "gambling", "req-240904-02@kcsc.example", "Daum 카페 및 티스토리 도박 사이트 홍보"),
    ("KCSC-240905-03", "dcinside", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     C[1:], "fraud", "req-240905-03@kcsc.example", "유사투자자문 리딩방 및 성매매 알선 게시물"),
    ("KCSC-240906-04", "soop", "2024-09-06T11:05:00+09:00", "2024-09-13T18:00:00+09:00",
     S[1:], "obscenity", "req-240906-04@kcsc.example", "SOOP VOD 음란 방송 다시보기"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [F1], "drugs", "req-240909-05@kcsc.example", "마약류 판매 광고 게시물 (긴급)"),
    ("KCSC-240909-06", "ppomppu", "2024-09-09T15:20:00+09:00", "2024-09-13T18:00:00+09:00",
     P[1:], "illegal_trade", "req-240909-06@kcsc.example", "대포폰·유심 및 불법 대출 광고"),
    ("KCSC-240910-07", "nate", "2024-09-10T13:45:00+09:00", "2024-09-19T18:00:00+09:00",
     T[1:], "privacy", "req-240910-07@kcsc.example", "네이트판 개인정보 노출 게시물"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(text):
    return base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def part(body, ctype="text/plain", cte="8bit", filename=None, disposition=None):
    lines = [f"Content-Type: {ctype}" + ("; charset=utf-8" if ctype.startswith("text/") else "")]
    if filename:
        lines[0] += f'; name="{filename}"'
        lines.append(f'Content-Disposition: {disposition or "attachment"}; filename="{filename}"')
    if cte:
        lines.append(f"Content-Transfer-Encoding: {cte}")
    lines.append("")
    if cte == "quoted-printable":
        lines.append(qp(body).rstrip("\n"))
    elif cte == "base64":
        lines.append(b64(body).rstrip("\n"))
    else:
        lines.append(body.strip("\n"))
    return "\n".join(lines)


def multipart(subtype, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p)
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def single(body, ctype="text/plain", cte="quoted-printable"):
    return part(body, ctype, cte)


REQUEST_QUOTE_KO = "\n".join(
    ["안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
     "아래 게시물은 불법 도박 홍보 정보로 심의·의결되어 삭제 또는 접속차단을",
     "요청드리오니 조치 후 결과를 2024년 9월 10일까지 회신하여 주시기 바랍니다.",
     "요청번호: KCSC-240903-01", ""]
    + [f"{i}. {N[i]}" for i in range(1, 14)]
)

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================= NAVER (KCSC-240903-01, 13 items)
case(
    name="naver-html-result-table",
    from_="right-noreply@navercorp.com", name_from="NAVER 게시중단요청서비스",
    date="Thu, 05 Sep 2024 17:42:10 +0900",
    subject="[NAVER] 시정요구(KCSC-240903-01) 조치 결과 회신",
    reply_to_req="req-240903-01",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시중단요청서비스 담당자입니다.</p>
<p>방송통신심의위원회 시정요구 <b>KCSC-240903-01</b>에 대한 1차 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>번호</th><th>URL</th><th>처리 결과</th><th>처리 일시</th></tr>
<tr><td>1</td><td><a href="{N[1]}">{N[1]}</a></td><td>삭제</td><td>2024-09-05 14:10</td></tr>
<tr><td>2</td><td><a href="{N[2]}">{N[2]}</a></td><td>삭제</td><td>2024-09-05 14:10</td></tr>
<tr><td>3</td><td><a href="{N[3]}">{N[3]}</a></td><td>게시중단</td><td>2024-09-05 14:22</td></tr>
<tr><td>4</td><td><a href="{N[4]}">{N[4]}</a></td><td>블라인드</td><td>2024-09-05 15:03</td></tr>
<tr><td>5</td><td><a href="{N[5]}">{N[5]}</a></td><td>임시조치(30일)</td><td>2024-09-05 15:03</td></tr>
<tr><td>6</td><td><a href="{N[6]}">{N[6]}</a></td><td>게시물 없음(확인 불가)</td><td>-</td></tr>
<tr><td>7</td><td><a href="{N[7]}">{N[7]}</a></td><td>작성자 삭제(기 삭제)</td><td>-</td></tr>
</table>
<p>나머지 6건은 서비스별 담당 부서 확인 후 별도로 회신드리겠습니다.</p>
<p>게시중단 정책 안내: <a href="https://right.naver.com/guide/policy">https://right.naver.com/guide/policy</a></p>
<p>NAVER 게시중단요청서비스 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 처리 결과 안내 (HTML table, Korean)",
    why="trusted NAVER table: 삭제/게시중단/블라인드 removed, 임시조치 restricted, 게시물 없음 and 작성자 삭제 not_found",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed",
           N[5]: "restricted", N[6]: "not_found", N[7]: "not_found"},
)

case(
    name="naver-korean-prose-partial",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 11:05:33 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 KCSC-240903-01 (불법 도박)",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

방송통신심의위원회에서 9월 3일 요청하신 KCSC-240903-01 건에 대하여
처리 결과를 알려드립니다.

아래 4건은 불법 도박 홍보 게시물로 확인되어 비공개 처리하였습니다.
 - {N[8]}
 - {N[9]}
 - {N[10]}
 - {N[11]}

{N[12]} 은 요청 접수 이전에 작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다.

그 밖의 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.
감사합니다.

네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team e-mail reply to a KCSC 시정요구 (Korean prose, bulleted list)",
    why="four listed posts 비공개 처리 (removed); one deleted by its author beforehand (not_found); the rest only promised",
    items={N[8]: "removed", N[9]: "removed", N[10]: "removed", N[11]: "removed", N[12]: "not_found"},
)

CSV_NAVER = f"""url,action,detail,actioned_at
{N[1]},Removed,Unlicensed gambling promotion,2024-09-06 09:12 KST
{N[3]},Removed,Unlicensed gambling promotion,2024-09-06 09:15 KST
{N[13]},Restricted (KR),Access blocked from Korea following KCSC request,2024-09-06 10:02 KST
"{N[9]}",No action,No violation of Knowledge iN operating policy found,2024-09-06 10:40 KST
"""
case(
    name="naver-csv-attachment-english",
    from_="trust-safety@navercorp.com", name_from="NAVER Trust & Safety",
    date="Fri, 06 Sep 2024 13:20:00 +0900",
    subject="Outcome of KCSC-240903-01",
    raw_mime=multipart("mixed", "=_nv_7731a", [
        part("""Dear KCSC team,

Please find attached the outcome of our review for your request
KCSC-240903-01 (4 of the 13 URLs). The remaining URLs are still with
the responsible service teams.

Kind regards,
NAVER Trust & Safety
""", cte="7bit"),
        part(CSV_NAVER, ctype="text/csv", cte="base64", filename="KCSC-240903-01_result.csv"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety reply with a CSV outcome sheet attached (base64 text/csv)",
    why="CSV rows: two Removed, one Restricted (KR), one No action with a reason (rejected)",
    items={N[1]: "removed", N[3]: "removed", N[13]: "restricted", N[9]: "rejected"},
)

case(
    name="naver-promise-scheduled",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 16:48:02 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 관련하여 중간 회신드립니다.
아래 카페 게시물 3건은 카페 운영원칙 위반 여부를 확인한 뒤
9월 13일까지 게시중단될 예정입니다.

1) {N[4]}
2) {N[5]}
3) {N[6]}

처리가 완료되면 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="interim reply announcing a future 게시중단 (promise, not an outcome)",
    why="'게시중단될 예정' after a check is a promise: items stay pending, the email names them",
    items={N[4]: "pending", N[5]: "pending", N[6]: "pending"},
)

case(
    name="naver-hedged-english",
    from_="trust-safety@navercorp.com", name_from="NAVER Trust & Safety",
    date="Thu, 05 Sep 2024 09:31:47 +0900",
    subject="RE: KCSC-240903-01 cafe posts",
    body=f"""Hello,

Regarding KCSC-240903-01: our cafe team looked at the two posts below.
It appears that they may already have been taken down by the cafe
manager, but we are not able to confirm this from our side yet.

- {N[7]}
- {N[8]}

We will come back to you once this has been verified.

Best regards,
NAVER Trust & Safety
""",
    outcome="review", review="not_understood", classification="other",
    imitates="abuse-desk reply that hedges about the state of reported posts",
    why="'appears', 'may already have been', 'not able to confirm': no statement, items pending",
    items={N[7]: "pending", N[8]: "pending"},
)

case(
    name="naver-top-posted-gmail-quote",
    from_="seoyeon.kim@navercorp.com", name_from="김서연",
    date="Wed, 04 Sep 2024 10:03:15 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요.

말씀하신 카지노 카페 게시물({N[8]})은 오늘 오전 블라인드 처리 완료했습니다.
나머지 건은 블로그·카페 담당 부서에서 확인 중입니다.

김서연 드림
NAVER 정책협력팀

2024년 9월 3일 (화) 오전 10:12, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
""" + "\n".join("> " + l if l else ">" for l in REQUEST_QUOTE_KO.split("\n")) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a NAVER staff member over the quoted request",
    why="only the one post in the reply text is 블라인드 (removed); the 13 URLs below are our quoted request",
    items={N[8]: "removed", N[1]: "pending", N[13]: "pending"},
)

case(
    name="naver-forged-auth-fail",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀", auth="fail",
    date="Sat, 07 Sep 2024 02:14:09 +0900",
    subject="[NAVER] KCSC-240903-01 처리 완료",
    body=f"""KCSC-240903-01 요청 게시물 처리 완료 안내

{N[1]} - 삭제 완료
{N[2]} - 삭제 완료

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result notice whose DKIM/SPF/DMARC fail",
    why="NAVER domain but authentication fails: claims are not applied",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-lookalike-domain",
    from_="notice@navercorp-help.com", name_from="NAVER 고객센터",
    date="Mon, 09 Sep 2024 08:50:41 +0900",
    subject="[NAVER 고객센터] 게시물 삭제 처리 완료 안내",
    body=f"""안녕하세요 NAVER 고객센터입니다.

요청하신 게시물 {N[3]} 이(가) 삭제 처리되었음을 알려드립니다.
처리 내역은 아래 링크에서 로그인 후 확인하실 수 있습니다.
https://navercorp-help.com/result/view?case=KCSC-240903-01

본 메일은 발신 전용입니다.
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike 'NAVER 고객센터' notice from a domain that is not NAVER's",
    why="sender domain navercorp-help.com is no platform's: statement not trusted",
    items={N[3]: "pending"},
)

case(
    name="naver-url-then-result-line",
    from_="right-noreply@navercorp.com", name_from="NAVER 게시중단요청서비스",
    date="Mon, 09 Sep 2024 15:27:36 +0900",
    subject="[NAVER] 게시물 조치 결과 안내 (KCSC-240903-01)",
    body=f"""[NAVER] 게시물 조치 결과 안내

요청번호 : KCSC-240903-01
요청기관 : 방송통신심의위원회

■ 대상 게시물

{N[11]}
  → 처리결과: 삭제

{N[12]}
  → 처리결과: 임시조치 (30일간 접근 차단)

{N[13]}
  → 처리결과: 위반 사항 없음 (게시 유지)

* 임시조치 게시물은 게시자의 재게시 요청이 없으면 30일 경과 후 삭제됩니다.
* 문의: https://help.naver.com/service/5632/contents/18944
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 result notice with each URL followed by its result line",
    why="삭제 removed, 임시조치 (접근 차단) restricted, 위반 사항 없음 / 게시 유지 rejected",
    items={N[11]: "removed", N[12]: "restricted", N[13]: "rejected"},
)

case(
    name="naver-statement-of-reasons",
    from_="dsa-noreply@navercorp.com", name_from="NAVER Corp.",
    date="Tue, 10 Sep 2024 18:02:55 +0900",
    subject="Statement of reasons - KCSC-240903-01",
    body=f"""NAVER Corp. - Statement of reasons

Reference: KCSC-240903-01
Notifier: Korea Communications Standards Commission

Content: {N[2]}
Decision: Access to the content has been restricted in the Republic of Korea.
Ground: illegal content (unlicensed gambling promotion)
Automated means used for the decision: No

Content: {N[3]}
Decision: The content has been removed.
Ground: illegal content (unlicensed gambling promotion)
Automated means used for the decision: No

Information on redress: https://policy.naver.com/policy/service_appeal.html
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons, one block per content item",
    why="first item restricted in Korea, second removed",
    items={N[2]: "restricted", N[3]: "removed"},
)

case(
    name="naver-ticket-receipt",
    from_="help-noreply@navercorp.com", name_from="네이버 고객센터",
    date="Tue, 03 Sep 2024 10:14:02 +0900",
    subject="[네이버 고객센터] 문의하신 내용이 정상적으로 접수되었습니다",
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호 : 2409031188420
접수일시 : 2024.09.03 10:13
문의제목 : [방송통신심의위원회] 시정요구 KCSC-240903-01

담당자가 확인 후 순차적으로 답변드리겠습니다.
답변은 문의하신 메일 주소로 발송됩니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 접수 완료 receipt",
    why="pure receipt with a ticket number; says nothing about any item",
    items={},
)

case(
    name="naver-asks-official-letter",
    from_="legal@navercorp.com", name_from="네이버 법무실",
    date="Thu, 05 Sep 2024 14:11:20 +0900",
    subject="RE: 시정요구 KCSC-240903-01 관련 자료 요청",
    body=f"""안녕하세요, 네이버 법무실입니다.

KCSC-240903-01 중 지식iN 답변 게시물
{N[9]}
에 대해서는 작성자의 이의 제기 가능성이 있어, 조치 전 아래 자료를 요청드립니다.

 1. 시정요구 공문 원본(PDF)
 2. 해당 게시물에 대한 심의 의결서 사본

자료를 보내주시면 검토 후 회신드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="portal legal team asking for the official letter before acting",
    why="asks for documents before acting; item stays pending",
    items={N[9]: "pending"},
)

case(
    name="naver-quoted-printable-cafe",
    from_="cafe-policy@navercorp.com", name_from="네이버 카페 운영팀",
    date="Fri, 06 Sep 2024 16:03:44 +0900",
    subject="[네이버 카페] KCSC-240903-01 카페 게시물 처리 결과",
    raw_mime=single(f"""안녕하세요. 네이버 카페 운영팀입니다.
카페 게시물 처리 결과를 알려드립니다 (KCSC-240903-01).

{N[4]} : 게시중단
{N[5]} : 게시중단
{N[6]} : 이미 삭제된 게시물로 확인되지 않음

카페 운영원칙: https://cafe.naver.com/ArticleRead.nhn?clubid=10000000&articleid=1
감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe operations result, quoted-printable Korean body",
    why="two 게시중단 (removed), one already deleted / cannot be found (not_found); the cafe rules link is no item",
    items={N[4]: "removed", N[5]: "removed", N[6]: "not_found"},
)

case(
    name="naver-outlook-english-quote",
    from_="daniel.cho@navercorp.com", name_from="Daniel Cho",
    date="Wed, 04 Sep 2024 11:37:09 +0900",
    subject="RE: [KCSC] Removal request KCSC-240903-01",
    body=f"""Hi,

The NAVER TV clip {N[13]} was taken down this morning (KST).
The blog and cafe items are with the respective service teams and they
will reply separately.

Best,
Daniel Cho | Legal, NAVER Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:12 AM
To: policy@navercorp.com
Subject: [KCSC] Removal request KCSC-240903-01

{REQUEST_QUOTE_KO}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a NAVER lawyer above an unquoted -----Original Message----- block",
    why="only the clip in the reply is taken down; the request below Original Message is ours",
    items={N[13]: "removed", N[1]: "pending", N[11]: "pending"},
)

case(
    name="naver-read-receipt",
    from_="minji.park@navercorp.com", name_from="박민지",
    date="Tue, 03 Sep 2024 10:40:12 +0900",
    subject="읽음: [방송통신심의위원회] 시정요구 KCSC-240903-01",
    raw_mime=multipart("report", "=_mdn_4410", [
        part("""박민지 님이 메시지를 읽었습니다.

받는 사람: minji.park@navercorp.com
제목: [방송통신심의위원회] 시정요구 KCSC-240903-01
읽은 시간: 2024-09-03 오전 10:40
""", cte="8bit"),
        """Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER Works Mail
Final-Recipient: rfc822; minji.park@navercorp.com
Original-Message-ID: <req-240903-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed""",
    ], extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (읽음 확인) from a NAVER Works mailbox",
    why="a read receipt says nothing about the items",
    items={},
)

case(
    name="naver-out-of-office",
    from_="jh.lee@navercorp.com", name_from="이재훈",
    date="Mon, 09 Sep 2024 09:00:03 +0900",
    subject="[자동응답] Re: 시정요구 KCSC-240903-01 조치 결과 회신 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 이재훈입니다.
9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

I am out of the office until 13 September with limited access to e-mail.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="naver-kin-rejected-post-private",
    from_="trust-safety@navercorp.com", name_from="NAVER Trust & Safety",
    date="Wed, 11 Sep 2024 10:22:31 +0900",
    subject="KCSC-240903-01: Knowledge iN and Post items",
    body=f"""Dear KCSC,

Following our review of the remaining items in KCSC-240903-01:

1. Knowledge iN answer
   {N[9]}
   The answer describes the legal risks of online betting and does not
   promote any gambling site. It does not violate our operating policy
   and will remain available.

2. NAVER Post
   {N[10]}
   The post has been set to private (비공개 처리) by our operations team.

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk outcome: one refusal with its reason, one item made private",
    why="first item stays up with a reason (rejected); second 비공개 처리 (removed)",
    items={N[9]: "rejected", N[10]: "removed"},
)

case(
    name="naver-text-table",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 14:05:18 +0900",
    subject="[네이버] 시정요구 조치결과 (KCSC-240903-01, 2차)",
    body=f"""방송통신심의위원회 귀중

시정요구(KCSC-240903-01)에 대한 2차 조치결과를 아래와 같이 회신합니다.

| No | 게시물 URL | 조치 내용 |
|----|------------|-----------|
| 1 | {N[1]} | 삭제 |
| 2 | {N[2]} | 삭제 |
| 4 | {N[4]} | 삭제 |
| 5 | {N[5]} | 접속 차단(국내) |
| 6 | {N[6]} | 삭제 |

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table in plain text",
    why="four 삭제 (removed), one 접속 차단(국내) (restricted)",
    items={N[1]: "removed", N[2]: "removed", N[4]: "removed", N[5]: "restricted", N[6]: "removed"},
)

case(
    name="naver-mobile-links",
    from_="blog-help@navercorp.com", name_from="네이버 블로그 고객센터",
    date="Fri, 06 Sep 2024 19:40:27 +0900",
    subject="Re: [방송통신심의위원회] 블로그 게시물 조치 요청 (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    body="""안녕하세요, 네이버 블로그 고객센터입니다.

요청하신 블로그 게시물 중 아래 두 건을 운영정책 위반(불법 도박 홍보)으로 삭제하였습니다.
(모바일 주소로 안내드리는 점 양해 부탁드립니다.)

- https://m.blog.naver.com/luckyseven_kr/223540011201
- https://m.blog.naver.com/luckyseven_kr/223540011388

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Blog help-desk reply quoting the posts by their m.blog mobile addresses",
    why="m.blog.naver.com is the same post as blog.naver.com; both deleted (removed)",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="cafe-manager-gmail",
    from_="sportsmatchup.mgr@gmail.com", name_from="스포츠매치업 카페매니저",
    date="Thu, 05 Sep 2024 23:18:40 +0900",
    subject="카페 게시글 삭제했습니다",
    body=f"""방심위 담당자님 안녕하세요.
저는 네이버 카페 '스포츠매치업' 매니저입니다.
네이버에서 연락받고 확인해보니 요청 목록에 있던
{N[4]} 글하고
{N[5]} 글은 제가 직접 삭제했습니다.
앞으로 카페 관리 더 신경쓰겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a cafe manager writing from a personal webmail address",
    why="not a platform domain: the manager's word is not the platform's statement",
    items={N[4]: "pending", N[5]: "pending"},
)

# ================================================================= Daum / Kakao (KCSC-240904-02, 4 items)
case(
    name="daum-kakao-temporary-measure",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 10:44:51 +0900",
    subject="[카카오] 시정요구(KCSC-240904-02) 처리 결과 안내",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회 시정요구(KCSC-240904-02)에 따른 처리 결과를 알려드립니다.

1. {D[1]}는 임시조치(30일간 접근 차단)되었습니다.
2. {D[2]} : 임시조치(30일간 접근 차단)
3. {D3_RAW} : 티스토리 운영정책 위반으로 게시물 삭제
4. {D[4]} : 검토 결과 도박 사이트 홍보에 해당하지 않아 별도 조치하지 않았습니다.

임시조치 안내: https://cs.daum.net/faq/95/7580.html

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치 notice (Daum cafe and Tistory)",
    why="임시조치 접근 차단 restricted (URL glued to a particle), raw-Korean Tistory path deleted, last one refused with reason",
    items={D[1]: "restricted", D[2]: "restricted", D[3]: "removed", D[4]: "rejected"},
)

case(
    name="daum-bulk-english",
    from_="trust-safety@kakaocorp.com", name_from="Kakao Trust & Safety",
    date="Mon, 09 Sep 2024 17:05:12 +0900",
    subject="RE: KCSC-240904-02",
    reply_to_req="req-240904-02",
    body="""Hello,

We have completed our action on your request KCSC-240904-02.
All of the reported content has been removed from Daum Cafe and Tistory.

Regards,
Kakao Trust & Safety
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-sentence 'all reported content removed' reply",
    why="statement about all items without naming them, request of 4 items: bulk review",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending", D[4]: "pending"},
)

HTML_DAUM = f"""<html><body>
<div style="font-size:14px">
<p><strong>요청번호 KCSC-240904-02 처리 안내</strong></p>
<ul>
<li><a href="{D[4]}">{D[4]}</a><br>운영자에 의하여 삭제되었습니다.</li>
<li><a href="{D[1]}">{D[1]}</a><br>요청하신 게시물을 찾을 수 없습니다. 이미 삭제되었거나 잘못된 주소입니다.</li>
</ul>
<p>Daum 카페 고객센터 | <a href="https://cs.daum.net/faq/43.html">도움말</a></p>
</div></body></html>"""
case(
    name="daum-base64-html",
    from_="cafe-help@daum.net", name_from="Daum 카페 고객센터",
    date="Tue, 10 Sep 2024 11:12:40 +0900",
    subject="[Daum 카페] 요청하신 게시물 처리 안내",
    raw_mime=single(HTML_DAUM, ctype="text/html", cte="base64"),
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe help-desk HTML notice, base64-encoded",
    why="운영자에 의하여 삭제 (removed); 게시물을 찾을 수 없습니다 (not_found)",
    items={D[4]: "removed", D[1]: "not_found"},
)

case(
    name="daum-wrapped-angle-url",
    from_="ops@tistory.com", name_from="Tistory Operations",
    date="Mon, 09 Sep 2024 13:30:02 +0900",
    subject="Re: KCSC-240904-02 Tistory entry",
    body="""Hello,

Regarding KCSC-240904-02, the Tistory entry
<https://betlog77.tistory.com/entry/%EB%A8%B9%ED%8A%80-%EC%97%86%EB%8A%94-%EC%82%AC%EC%9D%B4
%ED%8A%B8-%EC%B6%94%EC%B2%9C>
has been deleted by the Tistory operations team and the blog has been
suspended. The Daum Cafe posts in the same request are handled by the
Daum Cafe team.

Tistory Operations, Kakao Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations reply with a long percent-encoded URL wrapped inside angle brackets",
    why="the wrapped <...> URL is the Tistory item; deleted (removed)",
    items={D[3]: "removed"},
)

case(
    name="daum-english-removed-age-restricted",
    from_="trust-safety@kakaocorp.com", name_from="Kakao Trust & Safety",
    date="Wed, 11 Sep 2024 15:50:37 +0900",
    subject="KCSC-240904-02 - outcome",
    body=f"""Dear KCSC team,

{D[2]} - this cafe post has been removed for promoting an unlicensed
betting site.

{D[4]} - this post was designated as harmful to minors (청소년 유해);
it is now age-restricted and can only be viewed after adult verification.

Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao trust & safety English outcome, one paragraph per URL",
    why="first removed; second age-restricted (restricted)",
    items={D[2]: "removed", D[4]: "restricted"},
)

case(
    name="daum-out-of-office",
    from_="hyein.song@kakaocorp.com", name_from="Hyein Song",
    date="Thu, 05 Sep 2024 08:01:59 +0900",
    subject="Automatic reply: [KCSC] 시정요구 KCSC-240904-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Wednesday 18 September (추석 연휴).
For urgent rights-infringement matters please contact right@kakaocorp.com.

9월 18일까지 부재중입니다. 급한 건은 right@kakaocorp.com 으로 보내주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' before the Chuseok holiday",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================= DC Inside (KCSC-240905-03, 3 items)
case(
    name="dc-numbered-operator-deleted",
    from_="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 14:37:22 +0900",
    subject="[디시인사이드] 시정요구 KCSC-240905-03 처리 결과",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물에 대한 처리 결과입니다.

1. {C[1]}
   - 운영자 삭제 (리딩방 홍보, 작성 IP 차단)
2. {C[2]}
   - 삭제 처리
3. {C[3]}
   - 작성자 본인이 삭제하여 존재하지 않는 게시물입니다.

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team numbered result list",
    why="운영자 삭제 and 삭제 are removed; deleted by its author is not_found",
    items={C[1]: "removed", C[2]: "removed", C[3]: "not_found"},
)

case(
    name="dc-promise-and-hedge",
    from_="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 18:10:05 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""안녕하세요. 디시인사이드입니다.

신고하신 마이너 갤러리 게시물
{C[2]}
{C[3]}
은 갤러리 매니저와 확인 후 순차적으로 처리될 예정이며,
일부는 이미 삭제되었을 수도 있습니다.

처리가 끝나면 결과를 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="community-site reply that promises processing and hedges",
    why="'처리될 예정' and '삭제되었을 수도': no statement, items pending",
    items={C[2]: "pending", C[3]: "pending"},
)

case(
    name="dc-fullwidth-punctuation",
    from_="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 11:55:48 +0900",
    subject="[디시인사이드] KCSC-240905-03 조치 결과 안내",
    body=f"""안녕하세요, 디시인사이드 운영팀입니다。

신고하신 게시물（{C[2]}，{C[3]}）은 성매매 알선 게시물로 확인되어 삭제 처리하였습니다。

{C[1]} 의 경우 특정 종목에 대한 이용자 개인의 의견으로, 유사투자자문 홍보에 해당하지 않아 삭제하지 않았습니다。

갤러리 운영 원칙: https://gall.dcinside.com/notice/rule
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside reply with URLs inside full-width brackets and commas",
    why="two URLs in （，） deleted (removed); the stock post not deleted, with a reason (rejected)",
    items={C[2]: "removed", C[3]: "removed", C[1]: "rejected"},
)

case(
    name="dc-html-notice",
    from_="noreply@dcinside.com", name_from="디시인사이드",
    date="Tue, 10 Sep 2024 09:14:30 +0900",
    subject="[디시인사이드] 게시물 조치 안내",
    type="html",
    body=f"""<html><body>
<table width="600" style="border:1px solid #3b4890"><tr><td style="background:#3b4890;color:#fff;padding:8px">dcinside 게시물 조치 안내</td></tr>
<tr><td style="padding:12px">
요청번호: KCSC-240905-03<br><br>
조치 대상: <a href="{C[1]}">주식 갤러리 게시물 (no.9120455)</a><br>
조치 내용: <b>운영자 삭제</b> 및 작성자 차단<br>
조치 일시: 2024-09-10 09:02
</td></tr></table>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside HTML notice where the URL sits only in an href",
    why="the linked post is 운영자 삭제 (removed)",
    items={C[1]: "removed"},
)

# ================================================================= SOOP (KCSC-240906-04, 2 items)
case(
    name="soop-bilingual-vod",
    from_="policy@sooplive.co.kr", name_from="SOOP 정책팀",
    date="Mon, 09 Sep 2024 16:21:07 +0900",
    subject="[SOOP] KCSC-240906-04 조치 결과 / Action taken",
    body=f"""안녕하세요, SOOP 정책팀입니다. (English below)

- {S[1]} : 다시보기(VOD) 삭제
- {S[2]} : 19세 이상 시청 제한 적용

Hello, this is the SOOP policy team.
- {S[1]} : VOD deleted
- {S[2]} : age restriction (19+) applied

SOOP 운영정책: https://www.sooplive.co.kr/policy/operation
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) bilingual policy-team reply",
    why="first VOD deleted (removed), second 19+ age restriction (restricted)",
    items={S[1]: "removed", S[2]: "restricted"},
)

case(
    name="soop-station-suspended",
    from_="policy@sooplive.co.kr", name_from="SOOP 정책팀",
    date="Wed, 11 Sep 2024 10:09:14 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요. SOOP 정책팀입니다.

해당 스트리머의 방송국은 운영정책(음란) 위반으로 영구 이용정지되었으며,
요청하신 다시보기 {S[1]} 및 {S[2]} 를
포함한 방송국의 VOD 전체가 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP station suspension notice (방송국 영구정지, VOD 삭제)",
    why="both requested VODs named and deleted with the station (removed)",
    items={S[1]: "removed", S[2]: "removed"},
)

case(
    name="soop-conditional",
    from_="policy@sooplive.co.kr", name_from="SOOP Policy",
    date="Mon, 09 Sep 2024 10:30:00 +0900",
    subject="KCSC-240906-04 status",
    body=f"""Hello,

{S[1]} will be taken down if the streamer does not file an objection
within 7 days of our notice. {S[2]} is still under review by our
monitoring team.

We will update you by 16 September.
SOOP Policy
""",
    outcome="review", review="not_understood", classification="other",
    imitates="platform status update with a condition and 'under review'",
    why="conditional future takedown and 'under review': no statement, items pending",
    items={S[1]: "pending", S[2]: "pending"},
)

SOOP_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@sooplive.co.kr
Subject: =?utf-8?b?W+uwqeyGoe2GteyLoOyLrOydmOychOybkO2ajF0g7Iuc7KCV7JqU6rWs?=
 KCSC-240906-04
Message-ID: <req-240906-04@kcsc.example>
Date: Fri, 06 Sep 2024 11:05:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 다시보기는 음란 정보로 심의·의결되어 삭제를 요청드립니다.
1. {S[1]}
2. {S[2]}
"""
case(
    name="soop-bounce",
    from_="MAILER-DAEMON@mx1.sooplive.co.kr", name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 11:05:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "=_dsn_8812", [
        part("""This is the mail system at host mx1.sooplive.co.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@sooplive.co.kr>: host mail.sooplive.co.kr[203.0.113.45] said:
    550 5.1.1 <abuse-kr@sooplive.co.kr>: Recipient address rejected:
    User unknown in virtual mailbox table
""", cte="7bit"),
        """Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.sooplive.co.kr
Arrival-Date: Fri,  6 Sep 2024 11:05:40 +0900 (KST)

Final-Recipient: rfc822; abuse-kr@sooplive.co.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown""",
        "Content-Type: message/rfc822\n\n" + SOOP_ORIG.rstrip("\n"),
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our request (User unknown)",
    why="a bounce; the URLs are in our own returned request",
    items={},
)

case(
    name="soop-ticket-receipt",
    from_="help@sooplive.co.kr", name_from="SOOP 고객센터",
    date="Fri, 06 Sep 2024 11:20:18 +0900",
    subject="[SOOP 고객센터] 문의 접수 완료 안내 (접수번호 SP-2409061187)",
    body="""안녕하세요, SOOP 고객센터입니다.

보내주신 문의가 접수되었습니다.
 - 접수번호: SP-2409061187
 - 문의 제목: [방송통신심의위원회] 시정요구 KCSC-240906-04

담당자 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
문의 내역은 고객센터 > 나의 문의내역에서 확인하실 수 있습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="SOOP 고객센터 ticket receipt",
    why="pure receipt with a ticket number",
    items={},
)

# ================================================================= FM Korea (KCSC-240909-05, 1 item) / Inven
case(
    name="fmk-sole-statement",
    from_="admin@fmkorea.com", name_from="에펨코리아 운영팀",
    date="Mon, 09 Sep 2024 10:52:03 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 KCSC-240909-05 (긴급)",
    reply_to_req="req-240909-05",
    body="""안녕하세요. 에펨코리아 운영팀입니다.

요청하신 게시물은 확인 즉시 삭제 조치하였으며, 작성자 계정은 영구 이용정지하였습니다.
비슷한 게시물이 추가로 올라오는지 모니터링하겠습니다.

에펨코리아 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea operator reply in the request's thread, no URL",
    why="unhedged deletion of 'the requested post' for a one-item request: applies",
    items={F1: "removed"},
)

case(
    name="inven-wrong-platform",
    from_="cs@inven.co.kr", name_from="인벤 고객지원",
    date="Mon, 09 Sep 2024 14:40:55 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 KCSC-240909-05 (긴급)",
    body=f"""안녕하세요, 인벤 고객지원팀입니다.

보내주신 주소({F1})는 인벤이 아니라 에펨코리아 게시물입니다.
참고로 확인해 보니 해당 게시물은 이미 삭제된 상태입니다.
인벤 게시물에 대한 요청은 cs@inven.co.kr 로 보내주시면 처리하겠습니다.
""",
    outcome="review", review="wrong_platform",
    imitates="misaddressed request answered by another community site (Inven)",
    why="Inven states the status of an FM Korea item: not its own, review",
    items={F1: "pending"},
)

# ================================================================= Ppomppu (KCSC-240909-06, 5 items)
case(
    name="ppomppu-bulk-korean",
    from_="admin@ppomppu.co.kr", name_from="뽐뿌 운영자",
    date="Tue, 10 Sep 2024 17:33:21 +0900",
    subject="Re: 시정요구 KCSC-240909-06",
    reply_to_req="req-240909-06",
    body="""방심위 담당자님 안녕하세요. 뽐뿌 운영자입니다.
요청하신 게시물 모두 삭제 조치 완료하였습니다.
작성자들은 전원 이용정지 처리했습니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="short Ppomppu operator reply 'all requested posts deleted'",
    why="'모두 삭제' for a 5-item request without naming them: bulk review",
    items={P[1]: "pending", P[2]: "pending", P[3]: "pending", P[4]: "pending", P[5]: "pending"},
)

case(
    name="ppomppu-bullets-mixed",
    from_="admin@ppomppu.co.kr", name_from="뽐뿌 운영자",
    date="Wed, 11 Sep 2024 12:08:49 +0900",
    subject="[뽐뿌] KCSC-240909-06 게시물 처리 결과",
    body=f"""안녕하세요, 뽐뿌 운영팀입니다. KCSC-240909-06 처리 결과 보내드립니다.

* {P[1]} → 삭제
* {P[2]} → 삭제
* {P[3]} → 유지 (개인 간 중고폰 거래글로 대포폰·유심 판매에 해당하지 않음)
* {P[4]} → 회원 탈퇴로 이미 삭제되어 없는 글입니다
* {P[5]} → 비공개 처리

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site operator bullet list with arrows",
    why="삭제/비공개 removed; 유지 with a reason rejected; already gone with the account not_found",
    items={P[1]: "removed", P[2]: "removed", P[3]: "rejected", P[4]: "not_found", P[5]: "removed"},
)

case(
    name="ppomppu-angle-brackets-english",
    from_="help@ppomppu.co.kr", name_from="Ppomppu Help",
    date="Thu, 12 Sep 2024 09:47:15 +0900",
    subject="KCSC-240909-06 (phone / money boards)",
    body=f"""Hello,

<{P[4]}>: removed. The seller's account was also suspended.

<{P[5]}>: we found no violation. The post is a question about a bank
loan and does not advertise illegal lending, so it stays up.

Ppomppu Help Desk
""",
    outcome="applied", classification="confirmation",
    imitates="short English reply with URLs in angle brackets",
    why="first removed; second no violation, stays up (rejected)",
    items={P[4]: "removed", P[5]: "rejected"},
)

case(
    name="ppomppu-receipt-with-result",
    from_="help@ppomppu.co.kr", name_from="뽐뿌 고객센터",
    date="Tue, 10 Sep 2024 10:05:37 +0900",
    subject="[뽐뿌 고객센터] 문의가 접수되었습니다 - KCSC-240909-06",
    body=f"""안녕하세요. 뽐뿌 고객센터입니다. 문의가 접수되었습니다. (접수번호 PP-88213)

우선 확인된 건을 안내드립니다.
{P[1]} 게시물은 대포폰 판매 글로 확인되어 삭제하였습니다.
나머지 게시물은 담당자가 확인 중이며 확인되는 대로 답변드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also carries a first result",
    why="receipt phrase plus an unhedged deletion of one named post: not a pure acknowledgement",
    items={P[1]: "removed"},
)

# ================================================================= Nate (KCSC-240910-07, 2 items)
case(
    name="nate-pann-result",
    from_="pann_admin@nate.com", name_from="네이트판 운영팀",
    date="Wed, 11 Sep 2024 16:12:00 +0900",
    subject="[네이트판] 시정요구 KCSC-240910-07 조치 결과",
    body=f"""안녕하세요. 네이트판 운영팀입니다.
개인정보 노출 게시물에 대한 조치 결과를 안내드립니다.

{T[1]} : 게시물 삭제
{T[2]} : 블라인드 처리 (댓글 포함)

네이트 고객센터: https://helpdesk.nate.com/userinfo/faq.html
""",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann operator result notice",
    why="삭제 and 블라인드 are both removed",
    items={T[1]: "removed", T[2]: "removed"},
)

case(
    name="nate-english-invalid-link",
    from_="abuse@nate.com", name_from="Nate Abuse Desk",
    date="Thu, 12 Sep 2024 11:30:44 +0900",
    subject="RE: KCSC-240910-07",
    body=f"""Hello,

We checked the two Pann threads in KCSC-240910-07.

The first link ({T[1]}) is invalid - there is no thread with this
number, so we could not locate the content.
The second thread ({T[2]}) has been deleted.

Nate Abuse Desk, SK Communications
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply: one link invalid, one deleted",
    why="invalid link / could not locate is not_found; deleted is removed",
    items={T[1]: "not_found", T[2]: "removed"},
)

case(
    name="nate-contact-change",
    from_="helpdesk@nate.com", name_from="네이트 고객센터",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject="[네이트] 불법정보 관련 요청 접수 창구 변경 안내",
    body="""안녕하세요. SK커뮤니케이션즈 네이트 고객센터입니다.

2024년 10월 1일부터 방송통신심의위원회 및 수사기관의 불법정보 관련
요청은 아래 전용 창구로 접수해 주시기 바랍니다.

 - 전용 메일: legal-request@nate.com
 - 접수 시간: 평일 09:00 ~ 18:00

기존 창구로 보내신 요청도 9월 30일까지는 정상 처리됩니다.
감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="Korean portal notice of a new contact address for regulators",
    why="trusted Nate mail naming no item and no request",
    items={},
)

# ================================================================= Clien
case(
    name="clien-qmail-bounce",
    from_="MAILER-DAEMON@mail.clien.net", name_from="MAILER-DAEMON",
    date="Tue, 10 Sep 2024 13:46:10 +0900",
    subject="failure notice",
    body=f"""Hi. This is the qmail-send program at mail.clien.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<report@clien.net>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <takedown@kcsc.example>
From: KCSC Takedown <takedown@kcsc.example>
To: report@clien.net
Subject: [방송통신심의위원회] 협조 요청 KCSC-240910-07
Date: Tue, 10 Sep 2024 13:45:00 +0900

네이트판 게시물이 퍼나른 글로 확인되어 참고로 알려드립니다.
{T[1]}
{T[2]}
""",
    outcome="ignored", classification="bounce",
    imitates="qmail 'failure notice' bounce with the copied message",
    why="a bounce; the URLs are in our own returned message",
    items={},
)


def enc(text):
    """RFC 2047 encoded-word for non-ASCII header text, as Korean mailers send it."""
    if all(ord(ch) < 128 for ch in text):
        return text
    return Header(text, "utf-8").encode(linesep="\n")


def render_fix():
    for c in cases:
        c["from"] = c.pop("from_")
        if "name_from" in c:
            name = c["name_from"]
            c["name_from"] = enc(name) if any(ord(ch) > 127 for ch in name) else '"%s"' % name
        c["subject"] = enc(c["subject"])


HEADER = """# Blind set 129 (Korean portals and community sites). Written from each
# email's meaning before the reader was run on it. Generated by make.py."""

if __name__ == "__main__":
    render_fix()
    write_requests()
    corpuslib.write_set(HERE, "blind129", HEADER, cases)
