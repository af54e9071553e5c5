#!/usr/bin/env python3
"""Blind set 417: Korean portals and community sites (DC Inside, NAVER,
Daum/Kakao, SOOP, Nate, FM Korea, Clien), Korean and English mixed, with the
doubtful and ignorable mail a regulator's mailbox receives.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind417/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
from email.header import Header
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)

DC = "https://gall.dcinside.com"
D = [
    None,
    DC + "/board/view/?id=stockus&no=5512031",
    DC + "/board/view/?id=stockus&no=5512088",
    DC + "/board/view/?id=stockus&no=5513420",
    DC + "/mgallery/board/view/?id=coinlab&no=204418",
    DC + "/mgallery/board/view/?id=coinlab&no=204433",
    DC + "/mgallery/board/view/?id=coinlab&no=204471",
    DC + "/mgallery/board/view/?id=coinlab&no=204502",
    DC + "/board/view/?id=baseball_new11&no=9018822",
    DC + "/board/view/?id=baseball_new11&no=9018907",
    DC + "/mgallery/board/view/?id=toto_free&no=77120",
    DC + "/mgallery/board/view/?id=toto_free&no=77135",
    DC + "/mgallery/board/view/?id=toto_free&no=77141",
    DC + "/mini/board/view/?id=sportsbet24&no=3310",
    DC + "/mini/board/view/?id=sportsbet24&no=3327",
]
N = [
    None,
    "https://blog.naver.com/silverpine_kr/223551204117",
    "https://blog.naver.com/silverpine_kr/223551209930",
    "https://cafe.naver.com/hanriver2030/88412",
    "https://cafe.naver.com/hanriver2030/88419",
    "https://blog.naver.com/dawnferry_77/223560011234",
]
TIS = "https://moonlit-arch.tistory.com/entry/"
K1_RAW = TIS + "신상-정리-1탄"
K2_RAW = TIS + "신상-정리-2탄"
K = [
    None,
    TIS + quote("신상-정리-1탄", safe="-"),
    TIS + quote("신상-정리-2탄", safe="-"),
    "https://cafe.daum.net/greenbench77/Kq3h/412",
    "https://cafe.daum.net/greenbench77/Kq3h/415",
]
S = [
    None,
    "https://vod.sooplive.co.kr/player/134455667",
    "https://vod.sooplive.co.kr/player/134455702",
    "https://ch.sooplive.co.kr/nightowl_tv/post/88123456",
]
T = [None, "https://pann.nate.com/talk/372815530", "https://pann.nate.com/talk/372816041"]
F = [None, "https://www.fmkorea.com/7312458801", "https://www.fmkorea.com/7312460175"]
C1 = "https://www.clien.net/service/board/park/18793412"

REQUESTS = [
    (R1, "dcinside", "2024-09-03T14:00:00+09:00", "2024-09-10T18:00:00+09:00", D[1:], "illegal_gambling"),
    (R2, "naver", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00", N[1:], "drug_sales"),
    (R3, "daum", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", K[1:], "privacy"),
    (R4, "soop", "2024-09-06T15:20:00+09:00", "2024-09-13T18:00:00+09:00", S[1:], "obscenity"),
    (R5, "nate", "2024-09-09T09:40:00+09:00", "2024-09-19T18:00:00+09:00", T[1:], "privacy"),
    (R6, "fmkorea", "2024-09-10T13:10:00+09:00", "2024-09-19T18:00:00+09:00", F[1:], "illegal_gambling"),
    (R7, "clien", "2024-09-11T16:00:00+09:00", "2024-09-20T18:00:00+09:00", [C1], "fraud"),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", "blind417"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def single_qp(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text.strip("\n") + "\n"))


def single_b64(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text.strip("\n") + "\n"))


def alternative(plain, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(plain.strip("\n") + "\n") +
            f"\n--{boundary}\n"
            "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(html.strip("\n") + "\n") +
            f"\n--{boundary}--\n")


def with_csv(body, csv_text, filename, boundary):
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            + body.strip("\n") + "\n"
            f"\n--{boundary}\n"
            f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            "Content-Transfer-Encoding: base64\n\n"
            + b64(csv_text.strip("\n") + "\n") +
            f"\n--{boundary}--\n")


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "안녕하십니까. 방송통신심의위원회 통신심의 담당입니다.",
        f"아래 정보에 대하여 시정요구(삭제 등)를 통보하오니 조치 후 결과를 회신하여 주시기 바랍니다. (문서번호 {ref})",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def h(url):
    return url.replace("&", "&amp;")


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= DC Inside (R1, 14 items) =======================
case(
    name="dc-numbered-list-all-fourteen",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 17:42:10 +0900",
    subject=f"RE: [방송통신심의위원회] 시정요구 통보 ({R1})",
    reply_to_req=req_mid(R1),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

{R1} 건으로 요청하신 게시물 14건에 대한 처리 결과를 아래와 같이 알려드립니다.

1. {D[1]} - 삭제 완료
2. {D[2]} - 삭제 완료
3. {D[3]} - 삭제 완료
4. {D[4]} - 삭제 완료
5. {D[5]} - 삭제 완료
6. {D[6]} - 작성자가 이미 삭제한 게시물입니다
7. {D[7]} - 삭제 완료
8. {D[8]} - 삭제 완료
9. {D[9]} - 미조치 (경기 결과에 대한 일반 토론글로 도박 홍보 내용이 확인되지 않아 게시를 유지합니다)
10. {D[10]} - 삭제 완료
11. {D[11]} - 삭제 완료
12. {D[12]} - 삭제 완료
13. {D[13]} - 삭제 완료
14. {D[14]} - 존재하지 않는 게시물 (잘못된 주소)

해당 작성자들에 대해서는 운영정책에 따라 이용 제한 조치도 함께 진행하였습니다.
감사합니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 reply to a KCSC 시정요구, numbered list with 처리 결과 per post",
    why="every URL named with its own result: 11 deleted, 1 already deleted by its author, 1 kept with a reason, 1 invalid address",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "removed", D[5]: "removed",
           D[6]: "not_found", D[7]: "removed", D[8]: "removed", D[9]: "rejected", D[10]: "removed",
           D[11]: "removed", D[12]: "removed", D[13]: "removed", D[14]: "not_found"},
)

case(
    name="dc-first-batch-top-posted",
    **{"from": "abuse@dcinside.com"}, name_from="DCInside Abuse Desk",
    date="Wed, 04 Sep 2024 11:05:33 +0900",
    subject=f"Re: KCSC removal request {R1}",
    reply_to_req=req_mid(R1),
    body=f"""Hello,

We have deleted the following three posts from the stock gallery today:

{D[1]}
{D[2]}
{D[3]}

The other posts in your list are still being reviewed by the gallery
operations team and we will write again when that is done.

Regards,
Abuse Desk | DCInside

On Tue, Sep 3, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R1, D[1:])}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply top-posted over the Gmail-quoted regulator request, first batch only",
    why="three posts stated deleted; the rest only 'still being reviewed' and otherwise quoted below with '>'",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed"},
)

case(
    name="dc-html-table-toto",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 10:12:48 +0900",
    subject=f"[디시인사이드] 시정요구 처리 결과 회신 - {R1}",
    reply_to_req=req_mid(R1),
    raw_mime=alternative(
        f"""안녕하세요. 디시인사이드 운영팀입니다.
{R1} 건 중 토토 관련 갤러리 게시물 처리 결과입니다.

{D[10]}  삭제
{D[11]}  삭제
{D[12]}  해당 게시물 없음(작성자 삭제)
{D[13]}  삭제
{D[14]}  삭제

감사합니다.
""",
        f"""<html><body>
<p>안녕하세요. 디시인사이드 운영팀입니다.<br>{R1} 건 중 토토 관련 갤러리 게시물 처리 결과입니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>게시물 URL</th><th>처리 결과</th></tr>
<tr><td>1</td><td><a href="{h(D[10])}">{h(D[10])}</a></td><td>삭제</td></tr>
<tr><td>2</td><td><a href="{h(D[11])}">{h(D[11])}</a></td><td>삭제</td></tr>
<tr><td>3</td><td><a href="{h(D[12])}">{h(D[12])}</a></td><td>해당 게시물 없음(작성자 삭제)</td></tr>
<tr><td>4</td><td><a href="{h(D[13])}">{h(D[13])}</a></td><td>삭제</td></tr>
<tr><td>5</td><td><a href="{h(D[14])}">{h(D[14])}</a></td><td>삭제</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
""", "dc-tbl-7731"),
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 처리 결과 as an HTML table (번호 / URL / 처리 결과)",
    why="five posts each with a result: four deleted, one already deleted by its author",
    items={D[10]: "removed", D[11]: "removed", D[12]: "not_found", D[13]: "removed", D[14]: "removed"},
)

case(
    name="dc-csv-attachment-coinlab",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 16:30:02 +0900",
    subject=f"RE: {R1} 처리결과 (첨부 참조)",
    reply_to_req=req_mid(R1),
    raw_mime=with_csv(
        f"""안녕하세요, 디시인사이드 운영팀입니다.

{R1} 중 코인 마이너 갤러리 게시물 4건의 처리 결과를 첨부 파일로 보내드립니다.
확인 부탁드립니다.
""",
        f"""번호,URL,처리결과,처리일시
1,{D[4]},삭제,2024-09-05 15:10
2,{D[5]},삭제,2024-09-05 15:11
3,{D[6]},게시물 없음(작성자 삭제),-
4,{D[7]},삭제,2024-09-05 15:14
""", "dcinside_result_0905.csv", "dc-csv-5512"),
    outcome="applied", classification="confirmation",
    imitates="ticket reply with the result list as a CSV attachment",
    why="the CSV gives each of four posts its result: three deleted, one already deleted by its author",
    items={D[4]: "removed", D[5]: "removed", D[6]: "not_found", D[7]: "removed"},
)

case(
    name="dc-outlook-quoted-baseball",
    **{"from": "jiyoon.park@dcinside.com"}, name_from="박지윤 (디시인사이드)",
    date="Tue, 10 Sep 2024 09:48:51 +0900",
    subject=f"RE: [KCSC] 시정요구 통보 {R1}",
    reply_to_req=req_mid(R1),
    body=f"""Hello,

Both posts in the baseball gallery were removed this morning:
- {D[8]}
- {D[9]}

Best regards,
Jiyoon Park
Community Operations, DCInside

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 2:00 PM
To: report@dcinside.com
Subject: [KCSC] 시정요구 통보 {R1}

{quoted_request(R1, D[1:], prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the original request below -----Original Message-----",
    why="two posts stated removed above the quote; the unprefixed quoted request below the Outlook separator is not a statement",
    items={D[8]: "removed", D[9]: "removed"},
)

case(
    name="dc-receipt-plus-results",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드 고객센터",
    date="Wed, 11 Sep 2024 14:02:17 +0900",
    subject=f"[디시인사이드] 문의 답변 안내 (접수번호 DC-2409-11873)",
    body=f"""디시인사이드 고객센터입니다.

문의가 접수되어 답변이 등록되었습니다. 접수번호: DC-2409-11873
문의 제목: 방송통신심의위원회 시정요구 {R1}

[답변 내용]
신고해 주신 게시물 중 아래 2건은 확인 후 삭제 조치하였습니다.
· {D[10]}
· {D[11]}

이용해 주셔서 감사합니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk 'your inquiry has been answered' mail carrying the agent's answer",
    why="a receipt frame, but the answer states two named posts were deleted: not a pure acknowledgement",
    items={D[10]: "removed", D[11]: "removed"},
)

case(
    name="dc-angle-brackets-sportsbet",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 18:20:40 +0900",
    subject=f"Re: {R1} mini gallery posts",
    reply_to_req=req_mid(R1),
    body=f"""Dear KCSC team,

Regarding the mini gallery 'sportsbet24' in your request {R1}:

Post <{D[13]}> was deleted by the gallery manager and the
gallery has been closed by us.
Post <{D[14]}> could not be found; the number does not
exist in that gallery.

Post <{D[12]}> in the toto gallery was also deleted.

Kind regards,
DCInside Operations
""",
    outcome="applied", classification="confirmation",
    imitates="English operations reply with URLs in angle brackets inside sentences",
    why="two deleted, one post number that does not exist",
    items={D[13]: "removed", D[14]: "not_found", D[12]: "removed"},
)

# ---- DC Inside: review / ignored
case(
    name="dc-bulk-all-deleted-ko",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Sat, 07 Sep 2024 12:00:09 +0900",
    subject=f"RE: [방송통신심의위원회] 시정요구 통보 ({R1})",
    reply_to_req=req_mid(R1),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

{R1} 건으로 요청하신 게시물은 전부 삭제 처리하였습니다.
관련 작성자는 갤러리 이용 차단 조치하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="short Korean '전부 삭제 처리' reply naming only the request",
    why="one statement for all fourteen posts of the request without naming any: a person must check",
    items={D[1]: "pending", D[9]: "pending", D[14]: "pending"},
)

case(
    name="dc-hedged-author-deleted",
    **{"from": "abuse@dcinside.com"}, name_from="DCInside Abuse Desk",
    date="Fri, 06 Sep 2024 09:15:00 +0900",
    subject=f"Re: KCSC removal request {R1}",
    reply_to_req=req_mid(R1),
    body=f"""Hi,

Quick note on two of the coin gallery links:

{D[5]}
{D[6]}

When we opened them they showed an error page, so it looks like the
writer may have removed them himself. We are asking the engineering team
to check the server logs to confirm before we close this part.

Thanks,
Abuse Desk | DCInside
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk interim note with a hedge ('looks like', 'may have removed')",
    why="a guess awaiting confirmation, not a statement: both posts stay pending",
    items={D[5]: "pending", D[6]: "pending"},
)

case(
    name="dc-out-of-office-chuseok",
    **{"from": "jiyoon.park@dcinside.com"}, name_from="박지윤 (디시인사이드)",
    date="Mon, 16 Sep 2024 08:00:12 +0900",
    subject=f"자동 회신: [KCSC] 시정요구 통보 {R1}",
    reply_to_req=req_mid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""추석 연휴로 9월 14일(토)부터 9월 18일(수)까지 부재중입니다.
급한 게시물 신고는 report@dcinside.com 으로 보내주시면 당직자가 처리합니다.

I am out of office for the Chuseok holidays until 18 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office (자동 회신) over the Chuseok holidays",
    why="auto-reply: nothing about any post",
    items={},
)

# ======================= NAVER (R2, 5 items) =======================
case(
    name="naver-imsi-jochi-blog",
    **{"from": "noreply@navercorp.com"}, name_from="NAVER 게시중단 요청 서비스",
    date="Thu, 05 Sep 2024 15:30:00 +0900",
    subject=f"[NAVER] 게시중단 요청 처리 결과 안내 ({R2})",
    reply_to_req=req_mid(R2),
    body=f"""안녕하세요. 네이버 게시중단 요청 서비스입니다.

요청하신 게시물에 대하여 정보통신망법 제44조의2에 따라 아래와 같이 임시조치(30일)를 하였음을 알려드립니다.

■ 대상 게시물
 - {N[1]}
 - {N[2]}

■ 처리 결과: 임시조치(게시중단)
■ 처리 일시: 2024.09.05 15:12

임시조치 기간 동안 게시물은 외부에 노출되지 않으며, 게시자가 재게시를 요청하지 않으면 기간 만료 후 삭제됩니다.
자세한 안내는 https://help.naver.com/service/5645/category/bookmark 에서 확인하실 수 있습니다.

네이버 주식회사
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 서비스 임시조치 result notice (정보통신망법 제44조의2)",
    why="two blog posts under 임시조치, the term the rules map to restricted; the help link is not an item",
    items={N[1]: "restricted", N[2]: "restricted"},
)

case(
    name="naver-cafe-deleted-and-kept",
    **{"from": "cafe_policy@navercorp.com"}, name_from="NAVER Cafe 운영정책",
    date="Fri, 06 Sep 2024 11:47:29 +0900",
    subject=f"RE: {R2} 카페 게시글 처리 결과",
    reply_to_req=req_mid(R2),
    body=f"""안녕하세요. 네이버 카페 운영정책 담당자입니다.

요청하신 카페 게시글 2건을 검토하였습니다.

{N[3]}
: 마약류 판매 광고로 확인되어 삭제하고, 해당 회원은 카페 활동이 정지되었습니다.

{N[4]}
: 검토 결과 판매 광고가 아닌 치료 경험을 나누는 글로 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe policy answer: bare URL with its result on the line below",
    why="one post deleted, the other kept with its reason (no rule broken)",
    items={N[3]: "removed", N[4]: "rejected"},
)

case(
    name="naver-author-already-deleted",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Fri, 06 Sep 2024 17:03:44 +0900",
    subject=f"RE: {R2}",
    reply_to_req=req_mid(R2),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

문의하신 블로그 게시물({N[5]})은 저희가 확인하기 전에 작성자가 이미 삭제한 글로, 현재 존재하지 않습니다.
나머지 게시물은 별도 메일로 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER policy reply: post already deleted by its author",
    why="the one post named no longer exists, deleted by its author: not_found",
    items={N[5]: "not_found"},
)

case(
    name="naver-qp-all-five",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Mon, 09 Sep 2024 10:20:15 +0900",
    subject=f"[NAVER] 방송통신심의위원회 시정요구 조치 결과 ({R2})",
    reply_to_req=req_mid(R2),
    raw_mime=single_qp(f"""방송통신심의위원회 담당자님께,

{R2} 시정요구에 대한 조치 결과를 회신드립니다.

1) {N[1]} → 블라인드 처리
2) {N[2]} → 블라인드 처리
3) {N[3]} → 삭제
4) {N[4]} → 국내 접속 차단
5) {N[5]} → 게시물 없음 (작성자 삭제)

문의 사항은 회신 주시기 바랍니다.
네이버 정책지원팀 드림
"""),
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치 결과 reply, numbered with arrows, quoted-printable body",
    why="every post named with its result: blind/delete are removed, 국내 접속 차단 is restricted, author-deleted is not_found",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted", N[5]: "not_found"},
)

case(
    name="naver-sor-english-restricted",
    **{"from": "legal@navercorp.com"}, name_from="NAVER Legal",
    date="Tue, 10 Sep 2024 19:41:06 +0900",
    subject=f"Notice of action taken - {R2}",
    reply_to_req=req_mid(R2),
    body=f"""Dear Sir or Madam,

Following your notice {R2}, we reviewed the following item:

  Content: {N[4]}
  Decision: access restricted in the Republic of Korea
  Ground: local law (Act on Promotion of Information and Communications
          Network Utilization, Art. 44-7)
  Scope: the post remains visible to users outside Korea

The uploader has been informed of this decision and of the possibility to
object through https://help.naver.com/inquiry/appeal.

NAVER Corporation, Legal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, ground, territorial scope)",
    why="the post is withheld in Korea only: restricted; the appeal page is not an item",
    items={N[4]: "restricted"},
)

case(
    name="naver-promise-sequential",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Thu, 05 Sep 2024 09:10:52 +0900",
    subject=f"RE: {R2}",
    reply_to_req=req_mid(R2),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

보내주신 시정요구 건({R2}) 잘 받았습니다.
아래 게시물은 담당 부서에서 내용을 검토하고 있으며, 확인되는 대로 순차적으로 조치할 예정입니다.

- {N[1]}
- {N[2]}
- {N[5]}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean 'reviewing, will act in order' interim reply naming the posts",
    why="names three posts but only promises action: nothing stated, all stay pending",
    items={N[1]: "pending", N[2]: "pending", N[5]: "pending"},
)

case(
    name="naver-asks-power-of-attorney",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Fri, 06 Sep 2024 14:25:30 +0900",
    subject=f"RE: {R2} 추가 자료 요청",
    reply_to_req=req_mid(R2),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

{N[5]} 게시물의 경우 블로그 이웃 공개 글이라 저희 쪽에서 신고 내용과 일치하는지 확인이 어렵습니다.
해당 게시물이 신고 사유에 해당하는 부분을 캡처한 화면과 심의 의결서 사본을 보내주시면 검토를 진행하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for supporting documents (캡처, 의결서 사본) before review",
    why="the platform asks for more material; the post stays pending",
    items={N[5]: "pending"},
)

case(
    name="naver-receipt-auto",
    **{"from": "noreply@navercorp.com"}, name_from="NAVER 게시중단 요청 서비스",
    date="Wed, 04 Sep 2024 10:31:12 +0900",
    subject="[NAVER] 게시중단 요청이 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요. 네이버 게시중단 요청 서비스입니다.

고객님의 게시중단 요청이 정상적으로 접수되었습니다.
 - 접수번호: NV-20240904-004417
 - 요청 건: {R2}

담당자가 검토 후 처리 결과를 메일로 안내드립니다.
처리 현황은 마이페이지에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단 요청 접수 완료 automatic receipt",
    why="pure receipt with a ticket number, no statement about any post",
    items={},
)

# ======================= Daum / Kakao (R3, 4 items) =======================
case(
    name="daum-tistory-raw-korean-path",
    **{"from": "tistory_policy@kakaocorp.com"}, name_from="카카오 티스토리 운영정책",
    date="Mon, 09 Sep 2024 13:33:01 +0900",
    subject=f"[카카오] 시정요구 처리 결과 안내 ({R3})",
    reply_to_req=req_mid(R3),
    body=f"""안녕하세요, 카카오 티스토리 운영정책 담당입니다.

{R3} 건으로 요청하신 티스토리 게시물 처리 결과입니다.

① {K1_RAW} 은 개인정보 노출 게시물로 확인되어 게시중단(삭제) 처리하였습니다.
② {K2_RAW} 역시 같은 사유로 삭제하였습니다.

해당 블로그는 운영정책에 따라 30일간 글쓰기가 제한됩니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Tistory policy reply with raw Korean entry paths followed by a particle",
    why="both Tistory posts named (raw Korean paths) and stated deleted",
    items={K[1]: "removed", K[2]: "removed"},
)

case(
    name="daum-cafe-blind-not-found",
    **{"from": "cafe_notice@daum.net"}, name_from="Daum 카페",
    date="Tue, 10 Sep 2024 10:02:45 +0900",
    subject=f"Re: {R3} Daum 카페 게시글",
    reply_to_req=req_mid(R3),
    body=f"""안녕하세요. Daum 카페 고객센터입니다.

요청하신 카페 게시글 확인 결과를 안내드립니다.

<{K[3]}>
해당 게시글은 개인정보 침해 게시물로 판단되어 블라인드 처리되었습니다.

<{K[4]}>
카페 내에서 해당 게시글을 찾을 수 없습니다. 이미 삭제되었거나 주소가 잘못되었을 수 있습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 customer-centre reply: URL in angle brackets, its result on the next line",
    why="one post blinded (removed); the other cannot be found (not_found)",
    items={K[3]: "removed", K[4]: "not_found"},
)

case(
    name="daum-base64-html-table",
    **{"from": "policy@kakaocorp.com"}, name_from="Kakao 정책팀",
    date="Wed, 11 Sep 2024 16:48:20 +0900",
    subject=f"[Kakao] 시정요구 조치결과 회신 - {R3}",
    reply_to_req=req_mid(R3),
    raw_mime=single_b64(f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>{R3} 시정요구에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>No</th><th>URL</th><th>조치 내용</th><th>조치일</th></tr>
<tr><td>1</td><td>{K[1]}</td><td>임시조치(30일)</td><td>2024-09-11</td></tr>
<tr><td>2</td><td>{K[2]}</td><td>임시조치(30일)</td><td>2024-09-11</td></tr>
<tr><td>3</td><td>{K[3]}</td><td>삭제</td><td>2024-09-10</td></tr>
<tr><td>4</td><td>{K[4]}</td><td>삭제</td><td>2024-09-10</td></tr>
</table>
<p>카카오 정책팀 드림</p>
</body></html>""", ctype="html"),
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 table sent as a base64 HTML body",
    why="table gives each of four posts its action: two 임시조치 (restricted), two 삭제 (removed)",
    items={K[1]: "restricted", K[2]: "restricted", K[3]: "removed", K[4]: "removed"},
)

case(
    name="daum-bilingual-bullets",
    **{"from": "policy@kakaocorp.com"}, name_from="Kakao Policy",
    date="Thu, 12 Sep 2024 11:11:11 +0900",
    subject=f"RE: {R3} / Daum cafe review result",
    reply_to_req=req_mid(R3),
    body=f"""Hello KCSC team / 안녕하세요,

Result of our review of the Daum cafe posts in {R3}:

* {K[3]}
  Removed for exposing personal information / 개인정보 노출로 삭제
* {K[4]}
  No violation found, the post stays up / 위반 사항 없음, 게시 유지
  (the phone number in it belongs to a business and is published on its own website)

Kakao Policy Team
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Kakao policy reply with bullets, result indented under each URL",
    why="one removed, one kept with a stated reason (rejected)",
    items={K[3]: "removed", K[4]: "rejected"},
)

case(
    name="daum-bulk-english",
    **{"from": "policy@kakaocorp.com"}, name_from="Kakao Policy",
    date="Fri, 13 Sep 2024 09:00:00 +0900",
    subject=f"RE: {R3}",
    reply_to_req=req_mid(R3),
    body=f"""Hello,

All of the reported content under {R3} has been taken down.

Kakao Policy Team
""",
    outcome="review", review="bulk",
    imitates="one-line 'all reported content taken down' reply",
    why="a four-item request answered by one statement naming no post",
    items={K[1]: "pending", K[4]: "pending"},
)

case(
    name="daum-misrouted-naver-urls",
    **{"from": "policy@kakaocorp.com"}, name_from="Kakao 정책팀",
    date="Thu, 05 Sep 2024 15:55:40 +0900",
    subject=f"RE: {R2} (수신처 확인 요청)",
    body=f"""안녕하세요, 카카오 정책팀입니다.

보내주신 {R2} 메일을 받았습니다만, 아래 주소는 카카오가 운영하는 서비스가 아닙니다.

{N[1]}
{N[2]}

저희 쪽에서는 해당 게시물을 찾을 수 없으니 네이버 측으로 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal's reply to a request sent to the wrong company",
    why="Kakao speaks about NAVER posts ('cannot find' them): another platform's items cannot be changed",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="kakao-ticket-receipt",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="Kakao Customer Service",
    date="Thu, 05 Sep 2024 11:02:03 +0900",
    subject="[Kakao] Your inquiry has been received (#2409050118823)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hello,

Thank you for contacting Kakao. Your inquiry has been received.

Inquiry number: #2409050118823
Title: {R3} 시정요구 통보

A member of our team will review it and reply by email. Replies can take
up to 3 business days.

카카오 고객센터 / Kakao Customer Service
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt (inquiry number, 'we will reply')",
    why="receipt only; no statement about any post",
    items={},
)

# ======================= SOOP (R4, 3 items) =======================
case(
    name="soop-vod-removed-post-reviewing",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Mon, 09 Sep 2024 18:25:50 +0900",
    subject=f"Re: [KCSC] {R4} removal request",
    reply_to_req=req_mid(R4),
    body=f"""Hello,

Thank you for your request {R4}.

The following VODs were deleted and the broadcaster's VOD upload right has
been suspended for 30 days:
  - {S[1]}
  - {S[2]}

The station post {S[3]} is still under review by our
policy team.

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) trust-and-safety reply, two VODs deleted, one still under review",
    why="two VODs deleted; the station post 'still under review' stays pending",
    items={S[1]: "removed", S[2]: "removed", S[3]: "pending"},
)

case(
    name="soop-post-adult-only",
    **{"from": "station_help@sooplive.co.kr"}, name_from="SOOP 방송국 운영팀",
    date="Tue, 10 Sep 2024 14:40:19 +0900",
    subject=f"[SOOP] 요청 게시물 처리 안내 ({R4})",
    reply_to_req=req_mid(R4),
    body=f"""안녕하세요. SOOP 방송국 운영팀입니다.

요청하신 방송국 게시글 {S[3]}은(는) 운영정책에 따라
19세 이상 이용자만 볼 수 있도록 연령 제한 처리하였습니다.
성인 인증을 하지 않은 이용자에게는 게시글이 노출되지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 19세 연령 제한 notice for a station post",
    why="age-restricted, not removed: restricted",
    items={S[3]: "restricted"},
)

case(
    name="soop-csv-attachment",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Thu, 12 Sep 2024 10:05:31 +0900",
    subject=f"[SOOP] {R4} 처리 결과 파일 송부",
    reply_to_req=req_mid(R4),
    raw_mime=with_csv(
        f"""안녕하세요, SOOP 안전정책팀입니다.
{R4} 처리 결과를 첨부 CSV로 송부드립니다.
""",
        f"""url,result,note
{S[1]},deleted,VOD removed; uploader sanctioned
{S[2]},deleted,VOD removed
{S[3]},no action,educational post without explicit material - not a policy violation
""", "soop_KCSC_result.csv", "soop-csv-0912"),
    outcome="applied", classification="confirmation",
    imitates="result list as a CSV attachment (url,result,note)",
    why="two deleted; the third kept as no violation (rejected)",
    items={S[1]: "removed", S[2]: "removed", S[3]: "rejected"},
)

case(
    name="soop-auth-fail-claims",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    auth="fail",
    date="Sun, 08 Sep 2024 02:44:10 +0900",
    subject=f"Re: [KCSC] {R4} removal request - completed",
    reply_to_req=req_mid(R4),
    body=f"""Hello,

All three items are removed:
{S[1]}
{S[2]}
{S[3]}

SOOP Trust & Safety
""",
    outcome="review", review="untrusted",
    imitates="completion reply whose DKIM/SPF/DMARC fail for the SOOP domain",
    why="platform domain failing authentication: nothing applied",
    items={S[1]: "pending", S[2]: "pending", S[3]: "pending"},
)

case(
    name="soop-under-review-ko",
    **{"from": "station_help@sooplive.co.kr"}, name_from="SOOP 방송국 운영팀",
    date="Sat, 07 Sep 2024 10:30:00 +0900",
    subject=f"[SOOP] 요청 건 검토 중 안내 ({R4})",
    reply_to_req=req_mid(R4),
    body=f"""안녕하세요. SOOP 방송국 운영팀입니다.

요청하신 VOD {S[1]}, {S[2]} 두 건은 현재 검토 중입니다.
위반이 확인될 경우 삭제 및 방송 제한 조치가 이루어질 수 있으며, 결과는 검토 완료 후 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="SOOP 'under review, may be deleted if confirmed' interim reply",
    why="under review plus a conditional: no statement, both stay pending",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="soop-dsn-bounce",
    **{"from": "MAILER-DAEMON@sooplive.co.kr"}, name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 15:21:07 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-soop-0906"

--dsn-soop-0906
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx1.sooplive.co.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kcsc_report@sooplive.co.kr>: host mbox.sooplive.co.kr said: 550 5.1.1
    User unknown in local recipient table

--dsn-soop-0906
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.sooplive.co.kr
Arrival-Date: Fri, 6 Sep 2024 15:21:05 +0900

Final-Recipient: rfc822; kcsc_report@sooplive.co.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-soop-0906
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: kcsc_report@sooplive.co.kr
Subject: [KCSC] {R4} removal request
Message-ID: <{req_mid(R4)}@kcsc.example>
Date: Fri, 6 Sep 2024 15:20:00 +0900
Content-Type: text/plain; charset=utf-8

Please remove the following content:
{S[1]}
{S[2]}
{S[3]}

--dsn-soop-0906--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning our request",
    why="delivery failure report; the URLs are in our own returned request",
    items={},
)

# ======================= Nate (R5, 2 items) =======================
case(
    name="nate-pann-deleted-and-kept",
    **{"from": "pann_help@skcomms.co.kr"}, name_from="네이트 판 운영팀",
    date="Wed, 11 Sep 2024 15:17:42 +0900",
    subject=f"[네이트] 게시물 처리 결과 회신 ({R5})",
    reply_to_req=req_mid(R5),
    body=f"""안녕하세요. 네이트 판 운영팀입니다.

요청하신 판 게시물 2건의 처리 결과를 알려드립니다.

- {T[1]} : 특정인의 연락처와 주소가 노출되어 삭제하였습니다.
- {T[2]} : 검토 결과 실명이나 연락처 등 개인을 특정할 수 있는 정보가 없어 삭제 사유에 해당하지 않습니다. 게시물은 유지됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Nate 판 운영팀 result reply, URL followed by ' : ' and its result",
    why="one deleted, one kept with its reason",
    items={T[1]: "removed", T[2]: "rejected"},
)

case(
    name="nate-url-below-statement",
    **{"from": "pann_help@skcomms.co.kr"}, name_from="네이트 판 운영팀",
    date="Thu, 12 Sep 2024 09:58:03 +0900",
    subject=f"RE: {R5} 추가 확인",
    reply_to_req=req_mid(R5),
    body=f"""안녕하세요, 네이트 판 운영팀입니다.

추가로 문의하신 아래 게시물은 확인 결과 작성자가 직접 삭제하여 현재 존재하지 않는 글입니다.
{T[2]}

참고 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean answer, statement first and URL on the line below",
    why="the post was deleted by its author before action: not_found",
    items={T[2]: "not_found"},
)

case(
    name="nate-mdn-read",
    **{"from": "pann_help@skcomms.co.kr"}, name_from="네이트 판 운영팀",
    date="Mon, 09 Sep 2024 10:02:11 +0900",
    subject=f"읽음 확인: [KCSC] 시정요구 통보 {R5}",
    reply_to_req=req_mid(R5),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-nate-1"

--mdn-nate-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람이 보낸 메일을 읽었습니다.
제목: [KCSC] 시정요구 통보 {R5}
읽은 시간: 2024-09-09 오전 10:02

--mdn-nate-1
Content-Type: message/disposition-notification

Reporting-UA: mail.skcomms.co.kr; Outlook
Final-Recipient: rfc822;pann_help@skcomms.co.kr
Original-Message-ID: <{req_mid(R5)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-nate-1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (읽음 확인) as an RFC 8098 MDN",
    why="read receipt only",
    items={},
)

case(
    name="nate-channel-change-notice",
    **{"from": "pann_help@skcomms.co.kr"}, name_from="네이트 판 운영팀",
    date="Fri, 13 Sep 2024 17:00:00 +0900",
    subject="[네이트] 기관 요청 접수 창구 변경 안내",
    body="""안녕하세요. 네이트 판 운영팀입니다.

10월 1일부터 기관 게시물 조치 요청은 이메일 대신 전용 접수 페이지
(https://helpdesk.nate.com/agency) 로만 받습니다.
기존에 보내주신 건은 그대로 처리되며, 담당자 연락처는 변경되지 않습니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="platform service notice about a new intake channel",
    why="trusted Nate mail naming no post and no request: a person files it",
    items={},
)

case(
    name="nate-unknown-sender-lawfirm",
    **{"from": "dhkim@hanul-law.example"}, name_from="김도현 변호사 (법무법인 한울)",
    date="Fri, 13 Sep 2024 11:31:45 +0900",
    subject=f"RE: {R5} 네이트 판 게시물 관련",
    body=f"""방송통신심의위원회 담당자님께,

저는 {T[1]} 게시물 작성자의 대리인입니다.
의뢰인은 해당 게시물을 이미 삭제하였고, {T[2]} 역시 어제 삭제 처리된 것으로 네이트 측에서 확인받았습니다.
심의 절차를 종결해 주시기 바랍니다.

법무법인 한울 변호사 김도현 드림
""",
    outcome="review", review="unknown_sender",
    imitates="a user's lawyer writing to the regulator about the request",
    why="statements from outside any platform's domain: only a person can weigh them",
    items={T[1]: "pending", T[2]: "pending"},
)

# ======================= FM Korea (R6, 2 items) =======================
case(
    name="fmkorea-fullwidth-parens",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Thu, 12 Sep 2024 22:14:37 +0900",
    subject=f"Re: [KCSC] {R6}",
    reply_to_req=req_mid(R6),
    body=f"""안녕하세요, 에펨코리아 운영진입니다.

요청하신 두 게시물（{F[1]}，{F[2]}）모두 불법 토토 홍보글로 확인되어 삭제했습니다.
작성자 계정은 영구 정지했습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="terse community admin reply, URLs in full-width parentheses and comma",
    why="both posts named and stated deleted",
    items={F[1]: "removed", F[2]: "removed"},
)

case(
    name="fmkorea-bare-url-status-below",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Fri, 13 Sep 2024 08:40:10 +0900",
    subject=f"RE: {R6} 처리결과",
    reply_to_req=req_mid(R6),
    body=f"""{F[1]}
→ 삭제 완료

{F[2]}
→ 해당 글 없음 (작성자 본인이 이미 삭제)

- 에펨코리아 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="bare URL with the status on the line below, no greeting",
    why="first deleted; second already deleted by its author (not_found)",
    items={F[1]: "removed", F[2]: "not_found"},
)

case(
    name="fmkorea-conditional-edit",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Wed, 11 Sep 2024 19:02:55 +0900",
    subject=f"Re: [KCSC] {R6}",
    reply_to_req=req_mid(R6),
    body=f"""안녕하세요, 에펨코리아 운영진입니다.

{F[1]} 글은 작성자에게 수정 요청 쪽지를 보냈습니다.
24시간 안에 토토 사이트 링크를 지우지 않으면 운영진이 삭제할 예정입니다.
""",
    outcome="review", review="not_understood",
    imitates="community admin's conditional answer (edit within 24h or it will be deleted)",
    why="a condition and a promise: the post stays pending",
    items={F[1]: "pending"},
)

case(
    name="fmkorea-chuseok-auto-reply",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Tue, 10 Sep 2024 13:11:02 +0900",
    subject=f"[자동응답] Re: [KCSC] {R6}",
    reply_to_req=req_mid(R6),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""[자동응답] 메일 주셔서 감사합니다.
운영진 메일은 순차적으로 확인하고 있으며, 답변까지 2~3일 정도 걸릴 수 있습니다.
추석 연휴(9/14~9/18) 기간에는 답변이 늦어집니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="community admin mailbox auto-responder",
    why="auto-reply: no statement",
    items={},
)

# ======================= Clien (R7, 1 item) =======================
case(
    name="clien-sole-statement",
    **{"from": "help@clien.net"}, name_from="클리앙 운영진",
    date="Thu, 12 Sep 2024 12:12:30 +0900",
    subject=f"Re: [KCSC] 시정요구 통보 {R7}",
    reply_to_req=req_mid(R7),
    body=f"""안녕하세요. 클리앙 운영진입니다.

보내주신 {R7} 건의 게시물은 확인 후 삭제 조치하였습니다.
해당 회원은 이용 규칙에 따라 활동 정지 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Clien admin reply naming only the request",
    why="a one-item request; the single statement covers its only post",
    items={C1: "removed"},
)

case(
    name="clien-rejected-reason",
    **{"from": "help@clien.net"}, name_from="클리앙 운영진",
    date="Fri, 13 Sep 2024 15:27:44 +0900",
    subject=f"Re: [KCSC] 시정요구 통보 {R7}",
    reply_to_req=req_mid(R7),
    body=f"""안녕하세요, 클리앙 운영진입니다.

{C1}
위 게시물을 검토했습니다. 중고 거래 후 실제 피해 경험을 적은 후기 글이며,
판매 사기 홍보나 유도에 해당하는 내용은 확인되지 않아 삭제하지 않기로 했습니다.
추가 근거가 있으시면 알려주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="community admin refusal with its reason",
    why="the post stays up because it breaks no rule: rejected",
    items={C1: "rejected"},
)

case(
    name="clien-own-mta-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery Subsystem",
    auth="none",
    date="Wed, 11 Sep 2024 16:00:41 +0900",
    subject="Delivery Status Notification (Delay)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-kcsc-0911"

--dsn-kcsc-0911
Content-Type: text/plain; charset=utf-8

Delivery to the following recipient has been delayed:

     help@clien.net

The remote server is busy (421 4.7.0 Try again later). We will keep
trying for up to 5 days. You do not need to send your message again.

--dsn-kcsc-0911
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; help@clien.net
Action: delayed
Status: 4.7.0
Diagnostic-Code: smtp; 421 4.7.0 Try again later

--dsn-kcsc-0911
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: help@clien.net
Subject: [KCSC] 시정요구 통보 {R7}
Message-ID: <{req_mid(R7)}@kcsc.example>

--dsn-kcsc-0911--
""",
    outcome="ignored", classification="bounce",
    imitates="our own MTA's delay DSN (421, still retrying) for the Clien request",
    why="delivery status notification, whoever sent it",
    items={},
)

# ======================= more DC Inside / mixed =======================
case(
    name="dc-gallery-manager-unknown-domain",
    **{"from": "coinlab.manager@gmail.com"}, name_from="코인랩 갤러리 매니저",
    date="Sat, 07 Sep 2024 23:50:31 +0900",
    subject=f"{R1} 관련 코인 갤러리 매니저입니다",
    body=f"""안녕하세요. 디시인사이드 코인랩 마이너 갤러리 매니저입니다.
공지 보고 연락드립니다.

{D[4]}
{D[7]}
두 글은 제가 매니저 권한으로 삭제했습니다.
나머지 글은 디시 본사에서 처리해야 하는 것 같습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal webmail address",
    why="a DC Inside gallery manager, but the mail is from gmail.com, not a platform domain",
    items={D[4]: "pending", D[7]: "pending"},
)

HEADER = f"""# Blind set 417: Korean portals and community sites (DC Inside, NAVER,
# Daum/Kakao, SOOP, Nate, FM Korea, Clien). Written by make.py from the
# meaning of each email, before any run of the reader.
# Requests: {R1} (14 items, largest), {R2} (5), {R3} (4), {R4} (3),
# {R5} (2), {R6} (2), {R7} (1).
"""


def mime_words(text):
    """RFC 2047-encode a header value that is not ASCII, as mail clients do."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode(linesep="\n")


def main():
    for c in CASES:
        if "name_from" in c:
            c["name_from"] = mime_words(c["name_from"])
        c["subject"] = mime_words(c["subject"])
    write_requests()
    corpuslib.write_set(HERE, "blind417", HEADER, CASES)


if __name__ == "__main__":
    main()
