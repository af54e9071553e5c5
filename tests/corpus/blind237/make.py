#!/usr/bin/env python3
"""Blind set 237: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Inven, Ppomppu), Korean and English mixed, with
the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind237/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning alone, before any
run of the reader.
"""
import base64
import csv
import io
import os
import quopri
from email.header import Header
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# --- requests -------------------------------------------------------------
N1 = "https://blog.naver.com/bluefinch_77/223540011201"
N2 = "https://blog.naver.com/bluefinch_77/223540011388"
N3 = "https://blog.naver.com/hanul_stone/223538870045"
N4 = "https://cafe.naver.com/quietmarsh/48211"
N5 = "https://cafe.naver.com/quietmarsh/48237"
N6 = "https://cafe.naver.com/quietmarsh/48302"
N7 = "https://cafe.naver.com/silverpine2019/90517"
N8 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=81302&docId=472019553"
N9 = "https://blog.naver.com/mossy_lantern/223541209977"
N10 = "https://m.blog.naver.com/mossy_lantern/223541210450"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120457&memberNo=51920384"
N12 = "https://tv.naver.com/v/59013372"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

D1 = "https://gall.dcinside.com/board/view/?id=dcbest&no=281934"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=nightowl_talk&no=120488"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=nightowl_talk&no=120503"
D4 = "https://gall.dcinside.com/mini/board/view/?id=fogbell&no=7741"
D5 = "https://gall.dcinside.com/board/view/?id=hit&no=55012"
DC = [D1, D2, D3, D4, D5]

A1 = "https://cafe.daum.net/dalbit-moim/Xk3p/1182"
A2 = "https://cafe.daum.net/dalbit-moim/Xk3p/1207"
A3 = "https://hanbit-diary.tistory.com/entry/%EC%82%AC%EC%A7%84-%EB%AA%A8%EC%9D%8C-2024"
A3_RAW = "https://hanbit-diary.tistory.com/entry/사진-모음-2024"
A4 = "https://greyfern.tistory.com/318"
DAUM = [A1, A2, A3, A4]

S1 = "https://vod.sooplive.co.kr/player/131884027"
S2 = "https://vod.sooplive.co.kr/player/131890155"
S3 = "https://ch.sooplive.co.kr/mintcloud22/post/98812034"
SOOP = [S1, S2, S3]

F1 = "https://www.fmkorea.com/7401125573"
F2 = "https://www.fmkorea.com/7401130018"

I1 = "https://www.inven.co.kr/board/lostark/4811/1093342"

P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=8893021"

REQUESTS = [
    ("KCSC-240909-01", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     NAVER, "non-consensual-intimate-images", "req-240909-01@kcsc.example",
     "blogs, cafes, KnowledgeiN, Post and NAVER TV"),
    ("KCSC-240910-02", "dcinside", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     DC, "defamation-privacy", "req-240910-02@kcsc.example", "galleries (main, minor, mini)"),
    ("KCSC-240911-03", "daum", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00",
     DAUM, "illegal-gambling", "req-240911-03@kcsc.example", "Daum cafe and Tistory"),
    ("KCSC-240912-04", "soop", "2024-09-12T10:00:00+09:00", "2024-09-19T23:59:59+09:00",
     SOOP, "obscene-broadcast", "req-240912-04@kcsc.example", "VODs and a channel post"),
    ("KCSC-240913-05", "fmkorea", "2024-09-13T10:00:00+09:00", "2024-09-20T23:59:59+09:00",
     [F1, F2], "drug-trade", "req-240913-05@kcsc.example", ""),
    ("KCSC-240913-06", "inven", "2024-09-13T11:00:00+09:00", "2024-09-20T23:59:59+09:00",
     [I1], "illegal-gambling", "req-240913-06@kcsc.example", "single post"),
    ("KCSC-240916-07", "ppomppu", "2024-09-16T10:00:00+09:00", "2024-09-23T23:59:59+09:00",
     [P1], "fraud-phishing", "req-240916-07@kcsc.example", "single post"),
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


# --- MIME helpers -----------------------------------------------------------
def qp(text, ctype="plain"):
    body = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + body)


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def b64part(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text.strip("\n") + "\n"))


def quoted_request(ref, urls, lead):
    lines = [lead, ">", f"> [{ref}] 불법정보 시정요구 / Removal request", ">",
             "> 아래 게시물에 대하여 시정요구(삭제 또는 접속차단)를 요청합니다.", ">"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">", "> 방송통신심의위원회 통신심의 담당", "> takedown@kcsc.example"]
    return "\n".join(lines)


def request_block_outlook(ref, urls):
    lines = ["-----Original Message-----",
             "From: KCSC Takedown <takedown@kcsc.example>",
             "Sent: Tuesday, September 10, 2024 10:00 AM",
             "To: report@dcinside.com",
             f"Subject: [{ref}] 시정요구 요청 / Removal request", "",
             "안녕하십니까, 방송통신심의위원회입니다.",
             "아래 게시물에 대한 삭제를 요청드립니다.", ""]
    for u in urls:
        lines.append(u)
    lines += ["", "회신 부탁드립니다.", "KCSC"]
    return "\n".join(lines)


def enc(subject):
    return Header(subject, "utf-8").encode()


CASES = []


def case(**kw):
    CASES.append(kw)


# ===== NAVER (KCSC-240909-01, 12 items) ====================================
case(
    name="naver-kcsc-result-table-html",
    **{"from": "cleanbot-report@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Tue, 10 Sep 2024 16:42:10 +0900",
    subject="RE: [KCSC-240909-01] 시정요구 조치결과 회신",
    reply_to_req="req-240909-01",
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>KCSC-240909-01 시정요구 건에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>2024-09-10 14:05 처리</td></tr>
<tr><td>2</td><td>{N2}</td><td>게시중단</td><td>작성자 이의제기 불가 유형</td></tr>
<tr><td>3</td><td>{N3}</td><td>임시조치(30일)</td><td>권리침해 여부 판단 불가</td></tr>
<tr><td>4</td><td>{N4}</td><td>블라인드</td><td>카페 운영원칙 위반</td></tr>
<tr><td>5</td><td>{N5}</td><td>해당 게시물 없음</td><td>요청 접수 전 작성자가 삭제</td></tr>
<tr><td>6</td><td>{N6}</td><td>조치 불가</td><td>검토 결과 운영정책 위반 사항 확인되지 않음</td></tr>
</table>
<p>나머지 6건은 확인 중이며 처리되는 대로 별도로 안내드리겠습니다.</p>
<p>감사합니다.<br>NAVER 정책지원팀</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table returned by a portal (번호/URL/조치결과/비고)",
    why="Trusted NAVER table with one status per URL; the other six are promised later",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "rejected", N7: "pending"},
)

case(
    name="naver-korean-prose-blog",
    **{"from": "blog_help@naver.com"},
    name_from="네이버 블로그 고객센터",
    date="Wed, 11 Sep 2024 09:15:44 +0900",
    subject="[네이버 블로그] 요청하신 게시물 처리 결과 안내 (KCSC-240909-01)",
    body=f"""안녕하세요, 네이버 블로그 고객센터입니다.

방송통신심의위원회에서 요청하신 블로그 게시물에 대해 확인한 결과를 안내드립니다.

{N9} 게시물은 불법촬영물 유통 금지 정책에 따라 삭제하였습니다.
{N10} 게시물은 정보통신망법 제44조의2에 따라 임시조치(30일간 접근 차단)하였습니다.

추가로 문의하실 사항이 있으시면 본 메일에 회신해 주세요.
네이버 블로그 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog customer-centre result notice (삭제 / 임시조치 under 정보통신망법 44조의2)",
    why="Two blog posts each named with an unhedged outcome: deleted and 30-day temporary measure",
    items={N9: "removed", N10: "restricted"},
)

case(
    name="naver-bare-url-status-below",
    **{"from": "cafe_policy@navercorp.com"},
    name_from="NAVER Cafe Policy",
    date="Wed, 11 Sep 2024 13:30:02 +0900",
    subject="Re: [KCSC-240909-01] Takedown request - cafe / KnowledgeiN",
    reply_to_req="req-240909-01",
    body=f"""Hello KCSC team,

Please find the results for the cafe and KnowledgeiN items below.

{N7}
→ 처리결과: 게시중단 완료 (taken down)

{N8}
→ 처리결과: 이미 삭제된 게시물입니다 (deleted by its author before our review)

Best regards,
Jiwoo Han
NAVER Cafe & KnowledgeiN Policy
""",
    outcome="applied", classification="confirmation",
    imitates="Portal policy-desk reply listing each bare URL with its result on the line below",
    why="Each URL is followed by its own result line: taken down; already deleted by its author",
    items={N7: "removed", N8: "not_found"},
)

CSV_ATT = (
    "no,url,result,result_en,processed_at\n"
    f"1,{N11},삭제,removed,2024-09-11 17:20\n"
    f"2,{N12},연령 제한(19세 이상),age-restricted,2024-09-11 17:24\n"
    f"3,{N1},삭제,removed,2024-09-10 14:05\n"
)
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Thu, 12 Sep 2024 10:02:51 +0900",
    subject="[KCSC-240909-01] 처리 결과 파일 송부",
    reply_to_req="req-240909-01",
    raw_mime="""Content-Type: multipart/mixed; boundary="nv-csv-7731"

--nv-csv-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. NAVER 정책팀입니다.
Post 및 NAVER TV 대상 건 처리 결과를 첨부 파일(CSV)로 보내드립니다.
각 행의 result 열을 확인해 주세요.

--nv-csv-7731
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_result.csv"
Content-Transfer-Encoding: base64

""" + b64(CSV_ATT) + """--nv-csv-7731--
""",
    outcome="applied", classification="confirmation",
    imitates="Portal sending its processing results as a CSV attachment",
    why="CSV rows state removed / age-restricted / removed for three requested URLs",
    items={N11: "removed", N12: "restricted", N1: "removed"},
)

case(
    name="naver-top-posted-over-quoted-request",
    **{"from": "cafe_policy@navercorp.com"},
    name_from="NAVER Cafe Policy",
    date="Thu, 12 Sep 2024 15:48:19 +0900",
    subject="Re: [KCSC-240909-01] 불법정보 시정요구 / Removal request",
    reply_to_req="req-240909-01",
    body=f"""담당자님 안녕하세요.

요청 주신 게시물 가운데 아래 2건은 카페 운영원칙 위반으로 삭제하였습니다.
- {N3}
- {N4}

나머지 게시물은 아직 검토 중입니다.

네이버 카페 정책 담당 드림

{quoted_request("KCSC-240909-01", NAVER, "2024년 9월 9일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply above the regulator's quoted request",
    why="Only the two URLs of the reply are deleted; the quoted list below says nothing new and the rest is under review",
    items={N3: "removed", N4: "removed", N5: "pending", N12: "pending"},
)

case(
    name="naver-ack-plus-statements",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 11:05:37 +0900",
    subject="[접수번호 2409-118274] 문의 답변 드립니다",
    body=f"""안녕하세요, 네이버 고객센터입니다.
보내주신 시정요구(KCSC-240909-01)는 정상적으로 접수되었습니다.

확인 결과 다음과 같이 조치하였습니다.
  · {N5} : 게시중단 조치
  · {N6} : 비공개 처리

이용에 불편을 드려 죄송합니다.
※ 본 메일은 발신 전용이 아니며 회신하실 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer that opens with a receipt line and then states actions",
    why="Receipt phrase plus unhedged per-URL statements is a confirmation, not an acknowledgement",
    items={N5: "removed", N6: "removed"},
)

case(
    name="naver-url-line-below-statement",
    **{"from": "youth-protect@navercorp.com"},
    name_from="NAVER 청소년보호",
    date="Fri, 13 Sep 2024 17:40:00 +0900",
    subject="RE: [KCSC-240909-01] 청소년유해정보 관련 조치 결과",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요. NAVER 청소년보호 담당입니다.

아래 카페 게시물은 청소년유해정보로 판단하여 19세 미만 이용자의 접근을 제한했습니다.
{N7}

아래 블로그 게시물은 운영정책 위반이 확인되어 삭제했습니다.
{N2}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER youth-protection reply with the statement first and the URL on the next line",
    why="Statement then URL on the following line: N7 age-restricted, N2 deleted",
    items={N7: "restricted", N2: "removed"},
)

case(
    name="naver-wrapped-kin-url",
    **{"from": "kin_help@naver.com"},
    name_from="네이버 지식iN",
    date="Sat, 14 Sep 2024 10:12:33 +0900",
    subject="[지식iN] 신고 게시물 처리 안내 - KCSC-240909-01",
    body="""안녕하세요, 네이버 지식iN 운영팀입니다.

요청하신 질문 게시물은 지식iN 운영원칙 제4조(불법정보) 위반으로
운영자 삭제 처리되었습니다.
대상: https://kin.naver.com/qna/detail.naver?d1id=8&dirId=81302&
docId=472019553

재게시 요청은 받지 않습니다.
네이버 지식iN 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="KnowledgeiN operator-deletion notice whose long URL the mailer wrapped after '&'",
    why="The wrapped URL is the requested KnowledgeiN question and it was deleted by the operator",
    items={N8: "removed"},
)

case(
    name="naver-english-statement-of-reasons",
    **{"from": "global-policy@navercorp.com"},
    name_from="NAVER Global Policy",
    date="Sat, 14 Sep 2024 14:20:41 +0900",
    subject="Statement of reasons - KCSC-240909-01 (NAVER Post / NAVER TV)",
    body=f"""Dear KCSC,

This is the statement of reasons for the content you notified under KCSC-240909-01.

Content: {N11}
Decision: removed from NAVER Post worldwide.
Ground: sharing of intimate images without consent (Community Guidelines 3.2).

Content: {N12}
Decision: access disabled for users in the Republic of Korea only; the clip
remains available elsewhere pending a separate review.
Ground: local law (Act on Promotion of Information and Communications
Network Utilization, art. 44-7).

Automated means were not used in taking these decisions.
You can read more about our process at https://policy.naver.com/rules/notice_procedure.html

NAVER Global Policy
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (content / decision / ground) written by a portal in English",
    why="Post removed worldwide; TV clip withheld in Korea only; the policy link is no item",
    items={N11: "removed", N12: "restricted"},
)

case(
    name="naver-echoed-report-form",
    **{"from": "noreply-report@naver.com"},
    name_from="NAVER 신고센터",
    date="Sun, 15 Sep 2024 09:01:12 +0900",
    subject="[NAVER 신고센터] 신고하신 게시물의 처리 결과입니다",
    body=f"""NAVER 신고센터 처리 결과 안내

────────── 신고 내용 ──────────
신고자: 방송통신심의위원회 (KCSC-240909-01)
신고 유형: 불법촬영물 등
신고 URL: {N9}
────────── 처리 결과 ──────────
결과: 삭제
처리일시: 2024-09-14 22:31

────────── 신고 내용 ──────────
신고 URL: {N2}
────────── 처리 결과 ──────────
결과: 위반 아님 (게시 유지) - 신고된 이미지는 본인이 직접 촬영한 풍경 사진으로 확인됨
처리일시: 2024-09-14 22:40

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Report-centre mail echoing the submitted report form with a result block under each",
    why="Each echoed URL has its own result: N9 deleted, N2 kept with a reason (rejected)",
    items={N9: "removed", N2: "rejected"},
)

case(
    name="naver-promise-will-remove",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Tue, 10 Sep 2024 18:20:00 +0900",
    subject="RE: [KCSC-240909-01] 시정요구 관련",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, NAVER 정책팀입니다.

보내주신 목록 중 {N1} 및
{N2} 는 내부 검토를 거쳐 순차적으로 삭제될 예정입니다.
처리가 완료되면 다시 연락드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Portal interim reply promising deletion after internal review",
    why="'삭제될 예정' is a promise, not a statement; the named items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="naver-bulk-all-removed",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Mon, 16 Sep 2024 11:11:11 +0900",
    subject="RE: [KCSC-240909-01] 조치 완료",
    reply_to_req="req-240909-01",
    body="""안녕하세요.
KCSC-240909-01 요청 건의 게시물은 모두 삭제 조치를 완료하였습니다.
협조에 감사드립니다.

NAVER 정책팀
""",
    outcome="review", review="bulk",
    imitates="Short portal reply closing a request with a single 'all removed' sentence",
    why="Statement about all items of a 12-item request without naming any: bulk, items pending",
    items={N1: "pending", N12: "pending"},
)

case(
    name="naver-forged-auth-fail",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    auth="fail",
    date="Mon, 16 Sep 2024 03:14:09 +0900",
    subject="[KCSC-240909-01] 처리완료 통보",
    body=f"""처리 완료 통보

{N3} - 삭제 완료
{N10} - 삭제 완료

NAVER
""",
    outcome="review", review="untrusted",
    imitates="Result notice claiming to come from navercorp.com but failing DKIM/SPF/DMARC",
    why="The sender domain fails authentication, so its statements cannot change statuses",
    items={N3: "pending", N10: "pending"},
)

case(
    name="naver-asks-more-info",
    **{"from": "right@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date="Tue, 17 Sep 2024 10:30:00 +0900",
    subject="RE: [KCSC-240909-01] 추가 자료 요청",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, NAVER 권리보호센터입니다.

{N10} 게시물에 대해서는 불법성 판단을 위해
심의 의결서 사본 또는 피해자 확인 자료가 필요합니다.
자료를 본 메일 회신으로 보내주시면 확인 후 조치 여부를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Portal rights-protection desk asking for the deliberation decision before acting",
    why="The platform asks for documents about a named item; nothing has been done to it",
    items={N10: "pending"},
)

case(
    name="naver-policy-newsletter",
    **{"from": "news@navercorp.com"},
    name_from="NAVER 정책 소식",
    date="Wed, 18 Sep 2024 08:00:00 +0900",
    subject="[NAVER] 2024년 상반기 투명성 보고서 발간 안내",
    body="""관계기관 담당자님께,

NAVER의 2024년 상반기 투명성 보고서가 발간되었습니다.
게시중단 요청 처리 현황, 임시조치 건수, 수사기관 요청 통계 등을 확인하실 수 있습니다.

보고서 보기: https://privacy.naver.com/transparency/report_2024h1
문의: policy@navercorp.com

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Portal transparency-report announcement mailed to authorities",
    why="Trusted NAVER mail that names no requested item and no request",
    items={},
)

case(
    name="naver-out-of-office",
    **{"from": "minji.seo@navercorp.com"},
    name_from="서민지",
    date="Mon, 09 Sep 2024 10:00:31 +0900",
    subject="[자동응답] 부재중입니다: [KCSC-240909-01] 불법정보 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 서민지입니다.
9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
긴급한 건은 policy@navercorp.com 으로 보내주시기 바랍니다.

I am out of the office until 13 September with limited access to email.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply from a portal employee",
    why="Recognized auto-reply (Auto-Submitted, 부재중); says nothing about items",
    items={},
)

# ===== Daum / Kakao (KCSC-240911-03, 4 items) ===============================
case(
    name="daum-wrong-platform-naver-url",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Thu, 12 Sep 2024 09:40:00 +0900",
    subject="[카카오] 요청 게시물 확인 결과",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

보내주신 URL {N7} 는
Daum 및 카카오 서비스에서 확인되지 않는 게시물입니다(존재하지 않는 게시물).
해당 서비스 운영사로 요청해 주시기 바랍니다.

카카오 권리침해신고센터
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao rights centre answering about a URL that belongs to another portal",
    why="Kakao states 'not found' about a NAVER item: another platform's item, cannot apply",
    items={N7: "pending"},
)

case(
    name="daum-tistory-korean-url-raw",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Thu, 12 Sep 2024 15:22:48 +0900",
    subject="RE: [KCSC-240911-03] 티스토리 게시물 조치 결과",
    reply_to_req="req-240911-03",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시물 처리 결과를 알려드립니다.

1) {A3_RAW} 게시물은 정보통신망법 제44조의2에 따라
   30일간 임시조치(접근 차단)되었습니다.
2) {A4} 게시물은 불법 도박 홍보로 확인되어 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Tistory 권리침해신고센터 임시조치 notice with a raw Korean URL path",
    why="Raw Korean Tistory path matches the percent-encoded request URL; 임시조치 = restricted, the other deleted",
    items={A3: "restricted", A4: "removed"},
)

case(
    name="daum-cafe-blind-html",
    **{"from": "cafe_clean@daum.net"},
    name_from="Daum 카페 클린센터",
    date="Fri, 13 Sep 2024 10:55:00 +0900",
    subject="[Daum 카페] 시정요구 게시물 처리 결과 (KCSC-240911-03)",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="dm-alt-22"

--dm-alt-22
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Daum 카페 클린센터입니다. HTML 메일을 지원하는 환경에서 확인해 주세요.

--dm-alt-22
""" + qp(f"""<html><body>
<p>안녕하세요, Daum 카페 클린센터입니다.</p>
<p>KCSC-240911-03 요청 게시물의 처리 결과입니다.</p>
<ul>
<li><a href="{A1}">{A1}</a> &ndash; <b>블라인드</b> (불법 사행성 정보)</li>
<li><a href="{A2}">{A2}</a> &ndash; 게시물을 찾을 수 없습니다 (이미 삭제되었거나 존재하지 않는 주소)</li>
</ul>
<p>카페 운영원칙: <a href="https://cafe.daum.net/_c21_/info/rules">운영원칙 보기</a></p>
</body></html>""", "html") + """
--dm-alt-22--
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe clean-centre HTML notice (블라인드 / 게시물 없음) with a rules link",
    why="HTML list: A1 blinded (removed), A2 cannot be found (not_found); the rules link is no item",
    items={A1: "removed", A2: "not_found"},
)

case(
    name="daum-url-with-particle",
    **{"from": "tistory_help@kakaocorp.com"},
    name_from="티스토리 고객센터",
    date="Fri, 13 Sep 2024 16:03:27 +0900",
    subject="Re: [KCSC-240911-03] 시정요구",
    reply_to_req="req-240911-03",
    body=f"""담당자님, 티스토리 고객센터입니다.
{A4}은 어제 오후 운영자 권한으로 삭제 처리했습니다.
나머지 건은 다른 부서에서 회신드릴 예정입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Terse Tistory helpdesk reply with a Korean particle glued to the URL",
    why="'URL은 … 삭제 처리했습니다': the particle is not part of the URL; A4 removed",
    items={A4: "removed"},
)

case(
    name="daum-gmail-quoted-reply",
    **{"from": "cafe_clean@daum.net"},
    name_from="Daum 카페 클린센터",
    date="Sat, 14 Sep 2024 11:47:02 +0900",
    subject="Re: [KCSC-240911-03] 불법정보 시정요구 / Removal request",
    reply_to_req="req-240911-03",
    body=f"""아래 카페 게시물 2건은 카페 이용 제한과 함께 삭제하였습니다.

{A1}
{A2}

Daum 카페 클린센터

{quoted_request("KCSC-240911-03", DAUM, "2024년 9월 11일 (수) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:")}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum reply top-posted over a Gmail-quoted request",
    why="Sentence before the two URLs says both were deleted; the quoted request lists all four but is not a statement",
    items={A1: "removed", A2: "removed", A3: "pending"},
)

case(
    name="daum-ack-receipt",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 10:00:58 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (KCSC-240911-03)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.
보내주신 권리침해 신고가 정상적으로 접수되었습니다.
접수번호: 2409-KR-0058172

담당자가 확인 후 순차적으로 답변드리겠습니다.
이 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre automatic receipt with a ticket number",
    why="Pure receipt: ticket number and a promise to answer, no statement about any item",
    items={},
)

# ===== DC Inside (KCSC-240910-02, 5 items) ==================================
case(
    name="dc-operator-deleted-list",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 14:10:09 +0900",
    subject="RE: [KCSC-240910-02] 게시물 삭제 요청 처리 결과",
    reply_to_req="req-240910-02",
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.
요청하신 게시물에 대한 처리 결과를 안내드립니다.

1. {D1}
   - 운영자에 의해 삭제되었습니다.
2. {D2}
   - 운영자에 의해 삭제되었습니다. (작성자 IP 차단 병행)
3. {D3}
   - 국내 접속 차단 처리
4. {D4}
   - 이미 삭제된 게시물입니다. (작성자 본인 삭제)
5. {D5}
   - 삭제 요청 사유에 해당하지 않아 게시물을 유지합니다. 특정인을 식별할 수 있는 정보가 포함되어 있지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations-team numbered result list (운영자 삭제 / 이미 삭제 / 유지)",
    why="Every URL has its own unhedged result: deleted, deleted, blocked in Korea, author-deleted, kept with reason",
    items={D1: "removed", D2: "removed", D3: "restricted", D4: "not_found", D5: "rejected"},
)

case(
    name="dc-english-short",
    **{"from": "global@dcinside.com"},
    name_from="DCInside Global",
    date="Thu, 12 Sep 2024 09:02:44 +0900",
    subject="Re: KCSC-240910-02",
    reply_to_req="req-240910-02",
    body=f"""Hi,

The following posts have been deleted:
{D2}
{D3}

Thanks,
DCInside Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="Short English support reply listing deleted posts under one sentence",
    why="Two named URLs under 'have been deleted'",
    items={D2: "removed", D3: "removed"},
)

case(
    name="dc-quoted-printable-korean",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 17:31:50 +0900",
    subject=enc("[KCSC-240910-02] 처리 결과"),
    reply_to_req="req-240910-02",
    raw_mime=qp(f"""방송통신심의위원회 담당자님께

{D1}
위 게시물은 삭제 완료되었습니다.

{D5}
위 게시물은 검토 결과 명예훼손으로 볼 만한 내용이 확인되지 않아 게시를 유지합니다.

디시인사이드 운영팀 드림"""),
    outcome="applied", classification="confirmation",
    imitates="DC Inside reply in a quoted-printable body with 'above post' statements",
    why="QP-encoded body: D1 deleted, D5 kept because no defamation found (rejected)",
    items={D1: "removed", D5: "rejected"},
)

case(
    name="dc-outlook-quoted-reply",
    **{"from": "legal@dcinside.com"},
    name_from="DCInside Legal",
    date="Fri, 13 Sep 2024 13:13:13 +0900",
    subject="RE: [KCSC-240910-02] 시정요구 요청 / Removal request",
    reply_to_req="req-240910-02",
    body=f"""담당자님,

{D4} — 삭제 완료
{D1} — 검토 결과 위반 사항 없음, 유지

법무팀 박서준 드림

{request_block_outlook("KCSC-240910-02", DC)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the full request below",
    why="Two statements above the original message; the quoted request lists every URL but states nothing",
    items={D4: "removed", D1: "rejected", D3: "pending"},
)

case(
    name="dc-hedge-may-have",
    **{"from": "global@dcinside.com"},
    name_from="DCInside Global",
    date="Fri, 13 Sep 2024 18:45:00 +0900",
    subject="Re: KCSC-240910-02 follow-up",
    reply_to_req="req-240910-02",
    body=f"""Hello,

Regarding {D3}, it appears the post may have been removed by the gallery
manager already, but we could not confirm this from our logs yet.
We will check again and get back to you.

DCInside Global Support
""",
    outcome="review", review="not_understood",
    imitates="Support reply that hedges ('appears', 'may have been', 'could not confirm')",
    why="Hedged and unconfirmed: no statement, D3 stays pending",
    items={D3: "pending"},
)

case(
    name="dc-bulk-english",
    **{"from": "global@dcinside.com"},
    name_from="DCInside Global",
    date="Mon, 16 Sep 2024 10:20:00 +0900",
    subject="Re: KCSC-240910-02 done",
    reply_to_req="req-240910-02",
    body="""Hello KCSC,

All the reported posts in your request KCSC-240910-02 have been deleted.

Regards,
DCInside Global Support
""",
    outcome="review", review="bulk",
    imitates="One-line 'all reported content deleted' closure",
    why="Covers a 5-item request without naming any post: bulk, items pending",
    items={D1: "pending", D5: "pending"},
)

case(
    name="dc-manager-gmail-unknown",
    **{"from": "nightowl.manager@gmail.com"},
    name_from="올빼미갤 매니저",
    date="Fri, 13 Sep 2024 22:05:17 +0900",
    subject="올빼미 마이너갤 매니저입니다 (KCSC-240910-02)",
    body=f"""안녕하세요. 나이트아울 마이너 갤러리 매니저입니다.
운영팀 공지를 보고 연락드립니다.

{D2}
{D3}
두 글 모두 제가 매니저 권한으로 삭제했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Volunteer gallery manager writing from a personal webmail address",
    why="Gmail is no platform's domain; the statements cannot change statuses",
    items={D2: "pending", D3: "pending"},
)

DSN_DC = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-dc-01"

--dsn-dc-01
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-old@dcinside.com>: host mx1.dcinside.com said: 550 5.1.1 User unknown

--dsn-dc-01
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Tue, 10 Sep 2024 10:00:04 +0900

Final-Recipient: rfc822; report-old@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report-old@dcinside.com>: Recipient address rejected

--dsn-dc-01
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report-old@dcinside.com
Subject: [KCSC-240910-02] 시정요구 요청 / Removal request
Message-ID: <req-240910-02@kcsc.example>
Date: Tue, 10 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8

아래 게시물의 삭제를 요청합니다.
{D1}
{D2}
{D3}
{D4}
{D5}

--dsn-dc-01--
"""
case(
    name="dc-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@dcinside.com"},
    name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 10:00:05 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=DSN_DC,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning the request with its URLs",
    why="Delivery failure report; the URLs are in the returned request only",
    items={},
)

# ===== SOOP (KCSC-240912-04, 3 items) =======================================
case(
    name="soop-vod-english-bullets",
    **{"from": "trustsafety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Fri, 13 Sep 2024 11:30:00 +0900",
    subject="[SOOP] Outcome of your report KCSC-240912-04",
    reply_to_req="req-240912-04",
    body=f"""Dear KCSC,

Thank you for your report. After review, we have taken the following actions:

* {S1} — VOD deleted; the broadcaster received a 7-day streaming suspension.
* {S2} — VOD set to 19+ (adult verification required to view).
* {S3} — No violation of the SOOP Operating Policy was found. The post shows a
  cooking broadcast schedule and will remain available.

If you disagree with a decision you may reply to this email.

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Streaming platform trust-and-safety outcome with one bullet per reported URL",
    why="Deleted / 19+ age-restricted / no violation with reason (rejected)",
    items={S1: "removed", S2: "restricted", S3: "rejected"},
)

case(
    name="soop-korean-base64",
    **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Sat, 14 Sep 2024 09:44:10 +0900",
    subject=enc("[SOOP] 신고 처리 결과 안내"),
    reply_to_req="req-240912-04",
    raw_mime=b64part(f"""안녕하세요, SOOP 고객센터입니다.

재검토 요청하신 방송국 게시글
{S3}
에 대해 다시 확인한 결과, 게시글 내 외부 링크가 불법 도박 사이트로 연결되는 것이 확인되어
해당 게시글을 삭제했습니다.

SOOP 고객센터 드림"""),
    outcome="applied", classification="confirmation",
    imitates="SOOP customer-centre answer in a base64-encoded Korean body",
    why="Base64 body: the channel post is deleted after re-check",
    items={S3: "removed"},
)

case(
    name="soop-under-review",
    **{"from": "trustsafety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Thu, 12 Sep 2024 18:02:00 +0900",
    subject="[SOOP] Your report KCSC-240912-04 is under review",
    reply_to_req="req-240912-04",
    body=f"""Dear KCSC,

The VODs below are currently under review by our policy team:
{S1}
{S2}

We expect to complete the review within 3 business days and will update you then.

SOOP Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Trust-and-safety interim 'under review' notice naming the reported items",
    why="'Under review' is no outcome; named items stay pending",
    items={S1: "pending", S2: "pending"},
)

case(
    name="soop-unmatched-vod-ids",
    **{"from": "trustsafety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Mon, 16 Sep 2024 15:15:15 +0900",
    subject="[SOOP] Actions taken - KCSC-240912-04",
    reply_to_req="req-240912-04",
    body="""Dear KCSC,

We removed the following VODs:
https://vod.sooplive.co.kr/player/131884072
https://vod.sooplive.co.kr/player/131890515

SOOP Trust & Safety
""",
    outcome="review", review="unmatched_claims",
    imitates="Outcome notice whose VOD numbers do not match the request (digits transposed)",
    why="Both URLs differ from the requested VODs (…027/…155); nothing can be applied to requested items",
    items={S1: "pending", S2: "pending"},
)

case(
    name="soop-mdn-read",
    **{"from": "trustsafety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Thu, 12 Sep 2024 10:20:00 +0900",
    subject="읽음: [KCSC-240912-04] 불법정보 시정요구",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-soop"

--mdn-soop
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신인이 2024-09-12 오전 10:19에 읽었습니다.
제목: [KCSC-240912-04] 불법정보 시정요구

--mdn-soop
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; Webmail
Final-Recipient: rfc822; trustsafety@sooplive.co.kr
Original-Message-ID: <req-240912-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-soop--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Webmail read receipt (MDN, 'displayed') for the request",
    why="A read receipt says nothing about items",
    items={},
)

# ===== FM Korea (KCSC-240913-05, 2 items) ===================================
case(
    name="fmkorea-both-named-fullwidth",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 관리자",
    date="Fri, 13 Sep 2024 19:21:00 +0900",
    subject="RE: [KCSC-240913-05] 게시물 조치 요청",
    reply_to_req="req-240913-05",
    body=f"""안녕하세요. 에펨코리아 관리자입니다.

대상 URL：{F1}
대상 URL：{F2}

위 두 게시물 모두 삭제 처리하였고, 작성자 계정은 영구 이용정지하였습니다。
""",
    outcome="applied", classification="confirmation",
    imitates="Community admin reply typed with full-width colon and full stop (IME)",
    why="Both URLs named, then 'both deleted' about exactly those two",
    items={F1: "removed", F2: "removed"},
)

case(
    name="fmkorea-text-table",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 관리자",
    date="Sat, 14 Sep 2024 12:00:40 +0900",
    subject="[KCSC-240913-05] 처리 결과",
    body=f"""처리 결과 공유드립니다.

| URL                                   | 결과                          |
|---------------------------------------|-------------------------------|
| {F1}    | 삭제                          |
| {F2}    | 유지 (신고 사유 확인 불가)    |

에펨코리아 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="Admin reply with a plain-text pipe table",
    why="Text table: F1 deleted, F2 kept because the reported reason could not be confirmed (rejected)",
    items={F1: "removed", F2: "rejected"},
)

case(
    name="fmkorea-conditional",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 관리자",
    date="Fri, 13 Sep 2024 15:00:00 +0900",
    subject="RE: [KCSC-240913-05] 게시물 조치 요청",
    reply_to_req="req-240913-05",
    body=f"""안녕하세요.

{F1} 게시물 작성자에게 소명 요청을 보냈습니다.
24시간 안에 소명이 없으면 삭제하겠습니다.
{F2} 는 확인 중입니다.
""",
    outcome="review", review="not_understood",
    imitates="Admin reply with a condition ('if no explanation within 24h we will delete')",
    why="Conditional promise and 'checking': neither item has an outcome",
    items={F1: "pending", F2: "pending"},
)

case(
    name="fmkorea-ticket-receipt",
    **{"from": "noreply@fmkorea.com"},
    name_from="에펨코리아",
    date="Fri, 13 Sep 2024 10:00:20 +0900",
    subject="[에펨코리아] 문의 접수 완료 #FM-20240913-0042",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""문의가 접수되었습니다.
접수번호: #FM-20240913-0042
접수일시: 2024-09-13 10:00

답변은 영업일 기준 1~2일 내에 등록된 이메일로 발송됩니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Help-desk ticket receipt",
    why="Pure acknowledgement with a ticket number",
    items={},
)

# ===== Inven (KCSC-240913-06, 1 item) =======================================
case(
    name="inven-sole-ref-only",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객지원",
    date="Sat, 14 Sep 2024 10:10:10 +0900",
    subject="RE: [KCSC-240913-06] 게시물 삭제 요청",
    reply_to_req="req-240913-06",
    body="""안녕하세요, 인벤 고객지원팀입니다.

요청하신 게시물(KCSC-240913-06)은 확인 후 삭제 조치되었습니다.
작성자에게는 게시판 이용 제한 30일이 적용되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Gaming-community support reply that names the request reference but not the URL",
    why="The request has one item; an unhedged 'deleted' about the requested post applies to it",
    items={I1: "removed"},
)

case(
    name="inven-out-of-office-en",
    **{"from": "daniel.kwon@inven.co.kr"},
    name_from="Daniel Kwon",
    date="Fri, 13 Sep 2024 11:00:40 +0900",
    subject="Automatic reply: [KCSC-240913-06] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: daniel.kwon@inven.co.kr"],
    body="""I am away on a business trip until 20 September.
For urgent matters about posts on our boards please contact cs@inven.co.kr.

9월 20일까지 출장 중입니다. 급한 건은 cs@inven.co.kr 로 문의 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange 'Automatic reply' out-of-office",
    why="Auto-reply, nothing about the item",
    items={},
)

# ===== Ppomppu (KCSC-240916-07, 1 item) =====================================
case(
    name="ppomppu-angle-bracket-url",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    date="Tue, 17 Sep 2024 14:30:00 +0900",
    subject="RE: [KCSC-240916-07] 피싱 게시물 조치",
    reply_to_req="req-240916-07",
    body=f"""안녕하세요. 뽐뿌 운영팀입니다.

<{P1}>
해당 게시물은 피싱 사이트 유도 글로 확인되어 블라인드 처리 완료했습니다.
작성자 아이디는 이용 정지되었습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Community operations reply with the URL in angle brackets",
    why="The bracketed URL is the requested post; blinded = removed",
    items={P1: "removed"},
)

case(
    name="ppomppu-dsn-mailbox-full",
    **{"from": "postmaster@ppomppu.co.kr"},
    name_from="Mail Delivery Subsystem",
    date="Mon, 16 Sep 2024 10:01:00 +0900",
    subject="메일 발송 실패 안내 (Delivery Status Notification (Failure))",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-pp"

--dsn-pp
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

수신자의 메일함 용량이 초과되어 메일을 전달하지 못했습니다.
The recipient's mailbox is full and can't accept messages now.

--dsn-pp
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.ppomppu.co.kr

Final-Recipient: rfc822; help@ppomppu.co.kr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-pp
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: help@ppomppu.co.kr
Subject: [KCSC-240916-07] 피싱 게시물 시정요구 {P1}
Message-ID: <req-240916-07@kcsc.example>

--dsn-pp--
""",
    outcome="ignored", classification="bounce",
    imitates="Korean/English DSN for a full mailbox (552 5.2.2)",
    why="Bounce; the URL appears only in the returned headers",
    items={},
)

# ===== more applied, mixed ==================================================
case(
    name="daum-english-tistory-restricted",
    **{"from": "trust@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Tue, 17 Sep 2024 09:09:09 +0900",
    subject="Re: [KCSC-240911-03] Tistory posts",
    reply_to_req="req-240911-03",
    body=f"""Dear KCSC team,

The Tistory entry {A3} is now
hidden from public view for 30 days (temporary measure under Korean law) while
the blog owner may file an objection.

Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao English notice of a 30-day temporary measure on a Tistory entry (percent-encoded URL)",
    why="Temporary measure (임시조치) stated for the percent-encoded Tistory URL: restricted",
    items={A3: "restricted"},
)

case(
    name="dc-mixed-ko-en-hangul-after-url",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Tue, 17 Sep 2024 11:45:00 +0900",
    subject="RE: [KCSC-240910-02] 추가 회신",
    reply_to_req="req-240910-02",
    body=f"""추가 회신드립니다.

- {D4} : 존재하지 않는 게시물입니다 (invalid link)
- {D5}, 재검토 결과 삭제 조치함 (deleted after re-review)
""",
    outcome="applied", classification="confirmation",
    imitates="Follow-up reply mixing Korean and English with a comma glued to a URL",
    why="D4 does not exist (not_found); D5 deleted after re-review",
    items={D4: "not_found", D5: "removed"},
)

HEADER = """# Blind set 237 (Korean portals and community sites). Written from each
# email's meaning alone, before any run of the reader. Generated by make.py.
"""


def main():
    write_requests()
    for c in CASES:
        # Real mailers encode non-ASCII display names (RFC 2047).
        if "name_from" in c and not c["name_from"].isascii():
            c["name_from"] = enc(c["name_from"])
    corpuslib.write_set(HERE, "blind237", HEADER, CASES)


if __name__ == "__main__":
    main()
