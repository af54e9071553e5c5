#!/usr/bin/env python3
"""Blind set 654: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position.

    python3 tests/corpus/blind654/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before the reader
was ever run on them. All names, channels, accounts and ids are invented.
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
CAFE_RAW = "밤하늘모임"
CAFE_ENC = quote(CAFE_RAW)

Y1 = "https://www.youtube.com/watch?v=Qm3vT8pLx2A"
Y2 = "https://www.youtube.com/watch?v=bN7kR2wZc4E"
Y3 = "https://www.youtube.com/watch?v=Hd9sPq1uV0k"
Y4 = "https://www.youtube.com/watch?v=Zt5mW8yBn3J"
Y5 = "https://www.youtube.com/watch?v=pL2xC6vQe7R"
Y6 = "https://www.youtube.com/watch?v=Ve4gN1sKa9T"
Y7 = "https://www.youtube.com/shorts/kR8fJ3mYt6D"
Y8 = "https://www.youtube.com/shorts/Wc1hL5nXp2S"
Y9 = "https://www.youtube.com/watch?v=eG6tB9rUo4M"
Y10 = "https://www.youtube.com/watch?v=Ny3jD7wHq8F"
Y11 = "https://www.youtube.com/@luckyspin_kr7"
Y12 = "https://www.youtube.com/watch?v=aX0sF4kPm1Z"
YT = [Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8, Y9, Y10, Y11, Y12]

X1 = "https://x.com/moonbet_kor/status/1831200455120934911"
X2 = "https://x.com/moonbet_kor/status/1831208812044406785"
X3 = "https://x.com/jackpot_daily88/status/1831515590338212002"
X4 = "https://x.com/jackpot_daily88/status/1831522077610946560"
X5 = "https://x.com/seoul_leaks_22/status/1833901127745511424"
X6 = "https://x.com/seoul_leaks_22/status/1833904450913968136"

T1 = "https://t.me/greenleaf_market/412"
T2 = "https://t.me/greenleaf_market/419"
T3 = "https://t.me/snowline_delivery"
T4 = "https://t.me/nightowl_pharm/2291"

N1 = "https://blog.naver.com/sunny_daybreak/223561004417"
N2 = "https://blog.naver.com/sunny_daybreak/223561009952"
N3 = "https://cafe.naver.com/mommytalk2020/884213"
N4 = "https://cafe.naver.com/mommytalk2020/884290"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=6010101&docId=471230958"
NV = [N1, N2, N3, N4, N5]

K1 = "https://cafe.daum.net/" + CAFE_ENC + "/Ahq1/77"
K2 = "https://cafe.daum.net/" + CAFE_ENC + "/Ahq1/81"
K1_RAW = "https://cafe.daum.net/" + CAFE_RAW + "/Ahq1/77"
K2_RAW = "https://cafe.daum.net/" + CAFE_RAW + "/Ahq1/81"
K3 = "https://tv.kakao.com/v/448120931"

REQUESTS = [
    ("KCSC-240902-01", "youtube", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     YT, "illegal gambling promotion", "largest request: eleven videos and the channel"),
    ("KCSC-240904-02", "x", "2024-09-04T14:03:00+09:00", "2024-09-11T18:00:00+09:00",
     [X1, X2, X3, X4], "illegal gambling promotion", ""),
    ("KCSC-240905-03", "telegram", "2024-09-05T09:15:00+09:00", "2024-09-12T18:00:00+09:00",
     [T1, T2, T3], "drug trade", "two posts and one channel"),
    ("KCSC-240909-04", "naver", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00",
     NV, "defamation / privacy", "blog, cafe and 지식iN posts"),
    ("KCSC-240910-05", "kakao", "2024-09-10T16:20:00+09:00", "2024-09-17T18:00:00+09:00",
     [K1, K2, K3], "obscenity", "cafe path stored percent-encoded"),
    ("KCSC-240911-06", "telegram", "2024-09-11T10:12:00+09:00", "2024-09-18T18:00:00+09:00",
     [T4], "unlicensed medicine sale", "one item"),
    ("KCSC-240912-07", "x", "2024-09-12T15:40:00+09:00", "2024-09-19T18:00:00+09:00",
     [X5, X6], "privacy (leaked personal data)", ""),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, ref + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def qp_part(ctype, text):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{enc}")


def b64_part(ctype, text, extra=""):
    enc = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8{extra}\n"
            f"Content-Transfer-Encoding: base64\n\n{enc}")


def pending(*urls):
    return {u: "pending" for u in urls}


YT_SIG = """
Regards,
The YouTube Legal Support Team

YouTube, a Google company
Legal request help: https://support.google.com/youtube/answer/7781142
"""

X_SIG = """
Regards,
X Legal Operations
https://help.x.com/en/rules-and-policies/legal-requests-faq
"""

TG_SIG = """
--
Telegram Abuse Team
"""

NV_SIG = """
감사합니다.
네이버 권리보호센터 드림
https://right.naver.com/guide/policy
"""

KK_SIG = """
감사합니다.
카카오 권리침해신고센터
https://cs.kakao.com/helps?service=right
"""

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ applied
case(
    name="yt-one-sentence-four-outcomes",
    frm="legal-support@google.com", date="Fri, 13 Sep 2024 09:41:07 +0000",
    subject="Re: [KCSC-240902-01] Legal removal request - outcome (part 1)",
    reply_to_req="KCSC-240902-01",
    body=f"""Hello,

Thank you for your legal request (your reference KCSC-240902-01).

Following our review, we removed {Y1} and {Y2} from YouTube for violating our Community Guidelines, restricted {Y3} so that it can no longer be viewed in South Korea, and took no action on {Y4}, because it does not violate our policies or the local law cited in your notice.

We have not yet completed our review of the other URLs in your request and will contact you again once we have.
{YT_SIG}""",
    outcome="applied", classification="confirmation",
    items={Y1: "removed", Y2: "removed", Y3: "restricted", Y4: "rejected"},
    imitates="YouTube/Google legal-removal outcome email (global removal, local block, no action)",
    why="one sentence carries three different outcomes; the refusal's reason is in a 'because' clause",
)

case(
    name="yt-numbered-items-by-position",
    frm="legal-support@google.com", date="Mon, 16 Sep 2024 02:12:55 +0000",
    subject="Re: [KCSC-240902-01] Legal removal request - outcome (part 2)",
    body=f"""Hello,

You asked us to review the following URLs under reference KCSC-240902-01:

1. {Y5}
2. {Y6}
3. {Y7}

Items 1 and 3 have been removed for violating our policy on spam, deceptive practices and scams. Item 2 does not violate our Community Guidelines; however, we have restricted it in South Korea on the basis of local law.
{YT_SIG}""",
    outcome="applied", classification="confirmation",
    items={Y5: "removed", Y6: "restricted", Y7: "removed"},
    imitates="YouTube legal-request partial response with a numbered URL list",
    why="statuses are given by list position ('Items 1 and 3', 'Item 2'); item 2 is negated for policy but blocked locally",
)

case(
    name="x-not-removed-but-withheld",
    frm="legal@x.com", date="Thu, 12 Sep 2024 22:05:31 +0000",
    subject="Re: KCSC-240904-02 Request for removal of illegal gambling advertisements",
    reply_to_req="KCSC-240904-02",
    body=f"""Hello,

We are writing in response to your request KCSC-240904-02.

We have not removed the post at {X1} from X globally; it is withheld in the Republic of Korea only, in accordance with local law.

The post at {X2} violated our rules on illegal or certain regulated goods and services and has been removed.

We are still reviewing the remaining posts in your request.
{X_SIG}""",
    outcome="applied", classification="confirmation",
    items={X1: "restricted", X2: "removed"},
    imitates="X country-withheld-content notice to a government requester",
    why="'have not removed ... globally' is followed by 'withheld in Korea only': restricted, not removed nor rejected",
)

case(
    name="x-refusal-with-reason",
    frm="legal@x.com", date="Fri, 13 Sep 2024 18:44:02 +0000",
    subject="Re: KCSC-240904-02 Request for removal of illegal gambling advertisements",
    body=f"""Hello,

After careful review, we have determined that the post at {X3} does not violate the X Rules, and the information you supplied does not show that it is unlawful in Korea. We are therefore not taking action on it.

The post at {X4} has been removed for violating our rules on illegal or certain regulated goods and services.

Your reference: KCSC-240904-02
{X_SIG}""",
    outcome="applied", classification="confirmation",
    items={X3: "rejected", X4: "removed"},
    imitates="X legal team decision email: refusal with reasons plus one removal",
    why="a refusal with its reason ('does not violate ... not taking action') and a removal in the next paragraph",
)

case(
    name="tg-correction-later-sentence",
    frm="abuse@telegram.org", date="Mon, 09 Sep 2024 07:30:18 +0000",
    subject="Re: KCSC-240905-03",
    reply_to_req="KCSC-240905-03",
    body=f"""Hello,

Regarding your report KCSC-240905-03: the posts {T1} and {T2} have been blocked.

Correction to the above: on checking again, {T2} had already been deleted by the channel's administrators before our moderators reached it, so there was nothing left for us to block. Only post 412 was blocked by us.

The channel {T3} is still being reviewed.
{TG_SIG}""",
    outcome="applied", classification="confirmation",
    items={T1: "removed", T2: "not_found", T3: "pending"},
    imitates="Telegram abuse-desk reply with a follow-up correction paragraph",
    why="a later 'Correction' revises /419 from blocked to already deleted by its author; the channel is still under review",
)

case(
    name="naver-korean-one-sentence-mixed",
    frm="right@navercorp.com", date="Fri, 13 Sep 2024 06:02:44 +0000",
    subject="[네이버] KCSC-240909-04 게시중단 요청 처리 결과 안내",
    reply_to_req="KCSC-240909-04",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

귀 위원회에서 요청하신 건(KCSC-240909-04)에 대한 처리 결과를 안내드립니다.

{N1}, {N2} 게시물은 게시중단(블라인드) 처리하였고, {N3} 게시물은 30일간 임시조치하였으며, {N4} 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.

나머지 지식iN 게시물은 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.
{NV_SIG}""",
    outcome="applied", classification="confirmation",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found"},
    imitates="NAVER 권리보호센터 게시중단/임시조치 처리 결과 메일",
    why="one Korean sentence chains 블라인드, 임시조치 and 작성자 삭제 for four URLs; the 지식iN post is not named and stays pending",
)

case(
    name="naver-refusal-korean",
    frm="right@navercorp.com", date="Wed, 18 Sep 2024 01:15:09 +0000",
    subject="[네이버] KCSC-240909-04 지식iN 게시물 검토 결과",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 지식iN 게시물({N5})은 검토 결과, 특정인을 식별할 수 있는 정보가 포함되어 있지 않아 당사 운영정책상 게시중단 대상에 해당하지 않는 것으로 판단하였습니다.

따라서 해당 게시물은 별도 조치 없이 게시를 유지함을 알려드립니다. 추가 소명 자료가 있으시면 회신 부탁드립니다.
{NV_SIG}""",
    outcome="applied", classification="confirmation",
    items={N5: "rejected"},
    imitates="NAVER 게시중단 요청 불수용(게시 유지) 안내",
    why="a refusal with its reason (no identifiable person); the URL has a query string and is wrapped in parentheses followed by 은",
)

case(
    name="kakao-raw-korean-path-particles",
    frm="right@kakaocorp.com", name_from="Kakao", date="Fri, 13 Sep 2024 08:20:00 +0000",
    subject="[카카오] 요청번호 KCSC-240910-05 처리 결과",
    reply_to_req="KCSC-240910-05",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청번호 KCSC-240910-05 관련하여 아래와 같이 조치하였습니다.

- {K1_RAW}은 운영정책 위반으로 삭제 조치되었습니다.
- 「{K2_RAW}」은 국내 이용자 대상 접근 제한(임시조치 30일) 처리하였습니다.

카카오TV 동영상에 대해서는 별도로 안내드리겠습니다.
{KK_SIG}""",
    outcome="applied", classification="confirmation",
    items={K1: "removed", K2: "restricted"},
    imitates="Daum/Kakao 권리침해신고 처리 결과 (삭제, 임시조치)",
    why="raw Korean cafe path, one URL glued to the particle 은, the other in full-width 「」; Kakao TV item not named",
)

case(
    name="kakao-tv-not-deleted",
    frm="right@kakaocorp.com", name_from="Kakao", date="Tue, 24 Sep 2024 03:48:12 +0000",
    subject="[카카오] 요청번호 KCSC-240910-05 카카오TV 동영상 검토 결과",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

신고하신 동영상({K3})은 검토 결과 카카오TV 운영정책에 위반되는 내용이 확인되지 않았습니다. 이에 따라 해당 동영상은 삭제하지 않고 게시 상태를 유지합니다.
{KK_SIG}""",
    outcome="applied", classification="confirmation",
    items={K3: "rejected"},
    imitates="Kakao TV 신고 검토 결과 (위반 없음, 게시 유지)",
    why="the only verb about the video is negated (삭제하지 않고): a refusal with a reason, not a removal",
)

CSV_OUT = f"""url,decision,scope,notes
{Y8},Removed,Global,Community Guidelines - spam deceptive practices and scams
{Y9},Blocked,KR,Local law (Korea)
{Y10},No action,-,No violation of policy or local law found
"""
case(
    name="yt-csv-attachment",
    frm="legal-support@google.com", date="Wed, 18 Sep 2024 11:03:27 +0000",
    subject="Re: [KCSC-240902-01] Legal removal request - outcome (part 3)",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b654-yt-csv"

--b654-yt-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please see the attached file for the outcome of our review of the URLs in
your request KCSC-240902-01 that we have completed so far.
{YT_SIG}
--b654-yt-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(CSV_OUT.encode("utf-8")).decode("ascii")}
--b654-yt-csv--
""",
    outcome="applied", classification="confirmation",
    items={Y8: "removed", Y9: "restricted", Y10: "rejected"},
    imitates="Google legal-request outcome sent as a CSV attachment",
    why="statuses only in the attached CSV: Removed, Blocked in KR, No action with its reason",
)

case(
    name="yt-table-then-correction",
    frm="legal-support@google.com", date="Thu, 19 Sep 2024 05:27:40 +0000",
    subject="Re: [KCSC-240902-01] Legal removal request - outcome (part 4)",
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Here is the outcome for two further URLs from your request KCSC-240902-01.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{Y11}</td><td>Channel terminated</td></tr>
<tr><td>{Y12}</td><td>Removed</td></tr>
</table>
<p><b>Correction:</b> the second row of the table above is wrong. The video {Y12} was not removed from YouTube; it was blocked in South Korea only and remains available in other countries.</p>
<p>Regards,<br>The YouTube Legal Support Team<br>
<a href="https://support.google.com/youtube/answer/7781142">Legal request help</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    items={Y11: "removed", Y12: "restricted"},
    imitates="YouTube outcome table with a reviewer's correction below it",
    why="the note explicitly corrects the table's second row: the video is blocked in Korea, not removed",
)

case(
    name="yt-bare-url-status-below",
    frm="legal-support@google.com", date="Fri, 20 Sep 2024 07:55:03 +0000",
    subject="Re: [KCSC-240902-01] Legal removal request - outcome (part 5)",
    body=f"""Hello,

Outcome for the following URLs from your request KCSC-240902-01:

{Y6}
Status: Removed under our Community Guidelines (spam, deceptive practices and scams)

{Y9}
Status: Not removed. After review, this video does not violate our Community Guidelines and we found no basis under local law to restrict it.
{YT_SIG}""",
    outcome="applied", classification="confirmation",
    items={Y6: "removed", Y9: "rejected"},
    imitates="Google legal-request outcome, one URL per block with a Status line",
    why="bare URL with its status on the line below; 'Not removed' with its reason is a refusal",
)

case(
    name="x-statement-then-url-below",
    frm="legal@x.com", date="Tue, 17 Sep 2024 20:10:45 +0000",
    subject="Re: KCSC-240912-07 Request concerning leaked personal data",
    reply_to_req="KCSC-240912-07",
    body=f"""Hello,

In response to your request KCSC-240912-07, the following post has been withheld in South Korea:

<{X5}>

We reviewed the following post and found no violation of the X Rules or of the local law you cited. It will remain available:

<{X6}>

If you believe we have made an error, you may reply to this email with additional legal context.
{X_SIG}""",
    outcome="applied", classification="confirmation",
    items={X5: "restricted", X6: "rejected"},
    imitates="X withheld-in-country notice plus no-violation decision",
    why="each statement stands above its URL in angle brackets; 'will remain available' after a finding of no violation is a refusal",
)

case(
    name="tg-top-posted-one-item",
    frm="abuse@telegram.org", date="Fri, 13 Sep 2024 12:01:19 +0000",
    subject="Re: KCSC-240911-06 Unlicensed sale of prescription medicine",
    reply_to_req="KCSC-240911-06",
    body=f"""Hi,

The content you reported has been taken down. Thank you for helping keep Telegram safe.

--
Telegram Abuse Team

On Wed, 11 Sep 2024 at 10:12, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Request KCSC-240911-06. Please remove the following post, which sells
> prescription medicine without a licence:
>
> {T4}
>
> Korea Communications Standards Commission""",
    outcome="applied", classification="confirmation",
    items={T4: "removed"},
    imitates="Telegram abuse-desk short reply top-posted over the quoted request",
    why="the only unquoted statement names no URL but answers a one-item request: it applies to that item",
)

case(
    name="x-outlook-quoting-mixed",
    frm="legal@x.com", date="Wed, 18 Sep 2024 16:37:52 +0000",
    subject="RE: KCSC-240904-02 Request for removal of illegal gambling advertisements",
    body=f"""Hello,

Thank you for your patience. Update on your request:

- {X2}: removed (illegal goods and services).
- {X4}: removed (illegal goods and services).
- {X1}: we cannot find this post. The ID does not exist in our systems.
- {X3}: still under review; we will follow up.

Regards,
X Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 2:03 PM
To: legal@x.com
Subject: KCSC-240904-02 Request for removal of illegal gambling advertisements

Please remove the following posts, which advertise unlicensed online gambling:
{X1}
{X2}
{X3}
{X4}

Korea Communications Standards Commission""",
    outcome="applied", classification="confirmation",
    items={X1: "not_found", X2: "removed", X3: "pending", X4: "removed"},
    imitates="X legal reply in Outlook style over the quoted request",
    why="bulleted URL: status lines above an Outlook-quoted request that repeats all four URLs with 'Please remove'",
)

NV_TABLE = f"""<html><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240909-04)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N2}</td><td>블라인드</td><td>-</td></tr>
<tr><td>3</td><td>{N3}</td><td>접속차단(국내)</td><td>-</td></tr>
<tr><td>4</td><td>{N4}</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>5</td><td>{N5}</td><td>조치 불가</td><td>위반사항 없음</td></tr>
</table>
<p>감사합니다.<br>네이버 권리보호센터</p>
</body></html>
"""
case(
    name="naver-html-table-qp",
    frm="right@navercorp.com", date="Mon, 23 Sep 2024 02:40:00 +0000",
    subject="[네이버] 시정요구 조치결과 회신 (KCSC-240909-04)",
    raw_mime=qp_part("text/html", NV_TABLE),
    outcome="applied", classification="confirmation",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "rejected"},
    imitates="Korean 시정요구 조치결과 table (HTML, quoted-printable)",
    why="five rows, five different wordings: 삭제, 블라인드, 접속차단(국내), 게시물 없음, 조치 불가(위반사항 없음)",
)

YT_B64 = f"""Hello,

This is an update on your request KCSC-240902-01.

We removed {Y1} for violating our policy on spam, deceptive practices and scams.

We have age-restricted {Y2}. It remains on YouTube but can no longer be watched by viewers who are signed out or under 18.
{YT_SIG}"""
case(
    name="yt-base64-age-restricted",
    frm="legal-support@google.com", date="Sat, 14 Sep 2024 04:18:36 +0000",
    subject="Re: [KCSC-240902-01] Legal removal request - update",
    raw_mime=b64_part("text/plain", YT_B64),
    outcome="applied", classification="confirmation",
    items={Y1: "removed", Y2: "restricted"},
    imitates="YouTube update email with a base64-encoded body",
    why="base64 body; age restriction with 'remains on YouTube' is restricted, not removed or rejected",
)

case(
    name="yt-hedge-in-relative-clause",
    frm="legal-support@google.com", date="Tue, 17 Sep 2024 10:09:14 +0000",
    subject="Re: [KCSC-240902-01] Legal removal request",
    body=f"""Hello,

The video {Y5}, which may have been re-uploaded by other channels, has been removed. We cannot act on re-uploads unless they are reported to us separately.

The Short {Y8}, which you flagged as promoting illegal gambling, has also been removed.

Reference: KCSC-240902-01
{YT_SIG}""",
    outcome="applied", classification="confirmation",
    items={Y5: "removed", Y8: "removed"},
    imitates="YouTube legal-support reply with side remarks on re-uploads",
    why="the hedge 'may have been re-uploaded' sits in a relative clause about copies; the main clause 'has been removed' is unhedged",
)

case(
    name="yt-negations-both-ways",
    frm="legal-support@google.com", date="Wed, 25 Sep 2024 08:31:50 +0000",
    subject="Re: [KCSC-240902-01] Legal removal request",
    body=f"""Hello,

We did not find that {Y6} violates our Community Guidelines or Korean law, so it has not been removed or restricted.

{Y7}, by contrast, has not only been removed; the channel that uploaded it has been terminated as well.
{YT_SIG}""",
    outcome="applied", classification="confirmation",
    items={Y6: "rejected", Y7: "removed"},
    imitates="YouTube legal-support decision email",
    why="'not removed or restricted' after no violation found is a refusal; 'has not only been removed' is a removal",
)

case(
    name="x-wrapped-angle-urls",
    frm="legal@x.com", date="Thu, 19 Sep 2024 13:22:08 +0000",
    subject="Re: KCSC-240904-02",
    body=f"""Hello,

The post <https://x.com/jackpot_daily88/status/
1831515590338212002> has been removed for violating our rules on
illegal or certain regulated goods and services.

We were unable to locate <{X4}>;
it may have been deleted by the account holder before our review.
{X_SIG}""",
    outcome="applied", classification="confirmation",
    items={X3: "removed", X4: "not_found"},
    imitates="X legal reply from a client that wraps long lines inside angle brackets",
    why="first URL wrapped across two lines inside <>; 'unable to locate' is unhedged, only its cause is hedged",
)

case(
    name="tg-positions-from-quoted-request",
    frm="abuse@telegram.org", date="Tue, 10 Sep 2024 15:44:21 +0000",
    subject="Re: KCSC-240905-03",
    body=f"""Hello,

Results for the three links in your request, in the order you sent them:
1) blocked
2) blocked
3) not found - no such channel exists

Telegram Abuse Team

On Thu, Sep 5, 2024 at 9:15 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Request KCSC-240905-03. Please remove the following content, which
> advertises the sale of narcotics:
>
> 1. {T1}
> 2. {T2}
> 3. {T3}
>
> Korea Communications Standards Commission""",
    outcome="applied", classification="confirmation",
    items={T1: "removed", T2: "removed", T3: "not_found"},
    imitates="Telegram abuse-desk terse reply answering by position over a Gmail-quoted request",
    why="statuses by position; the positions resolve only against the numbered list in the quoted request (arguable, see NOTES)",
)

case(
    name="naver-later-revision-korean",
    frm="right@navercorp.com", date="Thu, 26 Sep 2024 05:05:05 +0000",
    subject="[네이버] KCSC-240909-04 카페 게시물 조치 안내",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

{N3} 게시물은 권리침해 신고에 따라 30일간 임시조치하였습니다.
{N4} 게시물도 임시조치하였습니다.

[추가 안내] 위 884213 게시물은 재검토 결과 명예훼손이 명백하여, 임시조치 기간 중 삭제 처리로 변경되었음을 알려드립니다.
{NV_SIG}""",
    outcome="applied", classification="confirmation",
    items={N3: "removed", N4: "restricted"},
    imitates="NAVER 임시조치 안내 with an appended 추가 안내 changing one post to 삭제",
    why="the later paragraph revises 884213 from 임시조치 to 삭제, naming it by its post number only",
)

case(
    name="kakao-one-sentence-three-outcomes",
    frm="right@kakaocorp.com", name_from="Kakao", date="Thu, 19 Sep 2024 07:12:33 +0000",
    subject="[카카오] KCSC-240910-05 처리 결과 안내",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 게시물 중 {K1} 은 삭제하였고, {K2} 은 작성자가 이미 삭제하여 존재하지 않으며, {K3} 은 운영정책 위반이 확인되지 않아 조치하지 않았습니다.
{KK_SIG}""",
    outcome="applied", classification="confirmation",
    items={K1: "removed", K2: "not_found", K3: "rejected"},
    imitates="Kakao 권리침해신고 처리 결과 in one Korean sentence",
    why="one sentence: 삭제, 이미 삭제되어 존재하지 않음, 위반 없어 조치하지 않음 (percent-encoded cafe URLs)",
)

case(
    name="x-statement-of-reasons",
    frm="no-reply@x.com", date="Sat, 14 Sep 2024 03:00:12 +0000",
    subject="Statement of reasons - your report KCSC-240912-07",
    body=f"""Statement of reasons

Your reference: KCSC-240912-07
Content: {X5}
Decision: Withheld in country (KR)
Facts and circumstances: the decision was taken following a notice from a government authority.
Legal ground: Act on Promotion of Information and Communications Network Utilization and Information Protection, Article 44-7
Automated means: no automated means were used to take this decision.

You can appeal this decision at https://help.x.com/forms/kr-appeal-9931
Learn more: https://help.x.com/en/rules-and-policies/country-withheld-content""",
    outcome="applied", classification="confirmation",
    items={X5: "restricted"},
    imitates="DSA-style statement of reasons (X)",
    why="structured SoR fields: 'Decision: Withheld in country (KR)'; the appeal and help links are not items",
)

case(
    name="yt-ack-plus-statement",
    frm="legal-support@google.com", date="Mon, 16 Sep 2024 23:50:41 +0000",
    subject="[7-4412009331] Re: KCSC-240902-01",
    body=f"""Hi there,

Thanks for reaching out. We've received your message and your ticket number is 7-4412009331.

The video {Y9} has already been removed from YouTube for violating our Community Guidelines.

We're still looking into the rest of the URLs in your request and will get back to you.
{YT_SIG}""",
    outcome="applied", classification="confirmation",
    items={Y9: "removed"},
    imitates="Google support ticket reply that opens like a receipt",
    why="receipt wording plus an unhedged removal: not a pure acknowledgement",
)

case(
    name="tg-not-blocked-already-deleted",
    frm="abuse@telegram.org", date="Wed, 11 Sep 2024 09:09:09 +0000",
    subject="Re: KCSC-240905-03",
    body=f"""Hello,

We did not block {T1} because the post had already been deleted by the channel administrator before we received your report. {T2} has been blocked.
{TG_SIG}""",
    outcome="applied", classification="confirmation",
    items={T1: "not_found", T2: "removed"},
    imitates="Telegram abuse-desk reply",
    why="'did not block ... because already deleted by the administrator' is not_found, not rejected; the next sentence is a removal",
)

# ================================================================ review
case(
    name="yt-promise-within-24h",
    frm="legal-support@google.com", date="Tue, 10 Sep 2024 06:45:00 +0000",
    subject="Re: [KCSC-240902-01] Legal removal request",
    body=f"""Hello,

Thank you for your request. Our team has confirmed that the videos {Y2} and {Y3} will be removed within 24 hours.

The remaining URLs are under review.
{YT_SIG}""",
    outcome="review", review="not_understood",
    items=pending(Y2, Y3),
    imitates="YouTube interim reply announcing a future removal",
    why="'will be removed within 24 hours' is a promise, not a statement; the confirmed thing is the plan",
)

case(
    name="x-hedge-in-relative-status",
    frm="legal@x.com", date="Mon, 09 Sep 2024 19:27:13 +0000",
    subject="Re: KCSC-240904-02",
    body=f"""Hello,

The post {X1}, which appears to have been deleted by the account holder, is not something we are able to take further action on.

We will look into {X2} and let you know the result.
{X_SIG}""",
    outcome="review", review="not_understood",
    items=pending(X1, X2),
    imitates="X legal interim reply",
    why="the only status word about X1 is hedged ('appears to have been deleted') inside a relative clause; X2 is a promise",
)

case(
    name="yt-bulk-all-removed",
    frm="legal-support@google.com", date="Mon, 23 Sep 2024 09:14:26 +0000",
    subject="Re: [KCSC-240902-01] Legal removal request - completed",
    body=f"""Hello,

We have completed our review of your request KCSC-240902-01. All of the videos and the channel you reported have been removed from YouTube for violating our Community Guidelines.
{YT_SIG}""",
    outcome="review", review="bulk",
    items=pending(*YT),
    imitates="YouTube 'request completed' closing email",
    why="one statement about all twelve items of a twelve-item request, naming none",
)

case(
    name="naver-bulk-korean",
    frm="right@navercorp.com", date="Fri, 20 Sep 2024 04:30:00 +0000",
    subject="[네이버] KCSC-240909-04 처리 완료 안내",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청번호 KCSC-240909-04로 요청하신 게시물 5건에 대하여 모두 게시중단(블라인드) 조치를 완료하였습니다.
{NV_SIG}""",
    outcome="review", review="bulk",
    items=pending(*NV),
    imitates="NAVER 게시중단 처리 완료 안내 (건수만 표기)",
    why="'5건 ... 모두 블라인드' covers a five-item request without naming any post",
)

case(
    name="tg-auth-fail",
    frm="abuse@telegram.org", auth="fail", date="Sat, 07 Sep 2024 11:11:11 +0000",
    subject="Re: KCSC-240905-03",
    body=f"""Hello,

The posts {T1} and {T2} have been deleted.
{TG_SIG}""",
    outcome="review", review="untrusted",
    items=pending(T1, T2),
    imitates="Telegram abuse-desk reply failing DKIM/SPF/DMARC",
    why="clear statements, but the telegram.org sender fails authentication",
)

case(
    name="unknown-sender-channel-admin",
    frm="greenleaf.admin@lumenmail.example", name_from="greenleaf admin",
    date="Sun, 08 Sep 2024 14:02:37 +0000",
    subject="About KCSC-240905-03",
    body=f"""Hello,

I run the greenleaf_market channel. Telegram forwarded me your complaint KCSC-240905-03. I have deleted {T1} myself, it is gone now. Please close the case.""",
    outcome="review", review="unknown_sender",
    items=pending(T1),
    imitates="channel owner writing to the regulator directly",
    why="a statement about a requested item from an address that belongs to no platform",
)

case(
    name="naver-policy-notice-no-claims",
    frm="right@navercorp.com", date="Wed, 25 Sep 2024 00:30:00 +0000",
    subject="[네이버] 기관 게시중단 요청 접수 채널 변경 안내",
    body="""안녕하세요. 네이버 권리보호센터입니다.

2024년 10월 14일부터 공공기관의 게시중단 요청은 전용 접수 페이지(https://right.naver.com/agency/request)를 통해서만 접수됩니다. 이메일로 보내주신 요청은 같은 날부터 처리가 지연될 수 있으니 양해 부탁드립니다.

자세한 내용은 https://right.naver.com/notice/2024/0925 를 참고해 주세요.
""" + NV_SIG,
    outcome="review", review="no_claims",
    items={},
    imitates="NAVER notice to agencies about a new intake channel",
    why="trusted NAVER mail that names no item and no request; its links are NAVER's own pages",
)

case(
    name="yt-table-contradicted-by-note",
    frm="legal-support@google.com", date="Thu, 26 Sep 2024 10:40:19 +0000",
    subject="Re: [KCSC-240902-01] Legal removal request - channel",
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Outcome for the channel in your request KCSC-240902-01:</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action taken</th></tr>
<tr><td>{Y11}</td><td>Channel terminated</td></tr>
</table>
<p>Reviewer's note: the channel {Y11} is still live. We reviewed it against our Community Guidelines and found no violation, so no action was taken on it.</p>
<p>Regards,<br>The YouTube Legal Support Team</p>
</body></html>""",
    outcome="review", review="conflicting_statements",
    items=pending(Y11),
    imitates="YouTube outcome table with a reviewer's note",
    why="the table says terminated, the note says still live with no action; neither says it corrects the other",
)

case(
    name="x-asks-for-court-order",
    frm="legal@x.com", date="Mon, 16 Sep 2024 17:02:48 +0000",
    subject="Re: KCSC-240912-07 Request concerning leaked personal data",
    body=f"""Hello,

To continue processing your request KCSC-240912-07 concerning {X5} and {X6}, please provide a copy of the decision or the specific provision of Korean law that the posts violate, together with an English translation.

Until we receive this, we cannot take action on these posts.
{X_SIG}""",
    outcome="review", review="asks_more", classification="request_for_info",
    items=pending(X5, X6),
    imitates="X legal request for the underlying legal decision",
    why="asks for documents; 'cannot take action until' is a condition, not a refusal",
)

case(
    name="tg-hedge-may-have-one-item",
    frm="abuse@telegram.org", date="Sun, 15 Sep 2024 08:48:02 +0000",
    subject="Re: KCSC-240911-06",
    body=f"""Hi,

We looked at {T4}. It may already have been removed by the channel owner, but we could not confirm this on our side. We will take another look in the coming days.
{TG_SIG}""",
    outcome="review", review="not_understood",
    items=pending(T4),
    imitates="Telegram abuse-desk inconclusive reply",
    why="hedged ('may already have been removed', 'could not confirm') and a promise; nothing stated",
)

case(
    name="x-conditional-withhold",
    frm="legal@x.com", date="Fri, 20 Sep 2024 21:13:57 +0000",
    subject="Re: KCSC-240912-07",
    body=f"""Hello,

{X5} may be withheld in Korea once our review is complete.

{X6}: provided that it is confirmed to be unlawful under local law, our team will withhold this post in Korea.
{X_SIG}""",
    outcome="review", review="not_understood",
    items=pending(X5, X6),
    imitates="X legal interim reply with conditional outcomes",
    why="'may be withheld' and 'provided that ... will withhold' are a hedge and a condition; no status stated",
)

# ================================================================ ignored
case(
    name="yt-out-of-office",
    frm="jiwon.park@google.com", name_from="Jiwon Park", date="Mon, 02 Sep 2024 01:31:00 +0000",
    subject="Automatic reply: [KCSC-240902-01] Legal removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until 23 September with limited access to email.

For urgent legal requests concerning YouTube, please use the legal request form at https://support.google.com/legal/contact/lr_kr_gov. Your message will not be forwarded.

Jiwon Park""",
    outcome="ignored", classification="auto_reply",
    items={},
    imitates="Outlook/Gmail out-of-office reply from a platform employee",
    why="automatic reply (Auto-Submitted: auto-replied) carrying no statement",
)

DSN = """Content-Type: multipart/report; report-type=delivery-status; boundary="b654-dsn"

--b654-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mail.telegram.org[198.51.100.44] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)

--b654-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.telegram.org
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--b654-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: KCSC-240905-03 overdue
Date: Fri, 13 Sep 2024 10:00:01 +0900
Message-ID: <reminder-240905-03-1@kcsc.example>

The following items of request KCSC-240905-03 are still online:
https://t.me/greenleaf_market/412
https://t.me/greenleaf_market/419
https://t.me/snowline_delivery
Please remove them.

--b654-dsn--
"""
case(
    name="dsn-mailbox-full",
    frm="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System", auth="none",
    date="Fri, 13 Sep 2024 01:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=DSN,
    outcome="ignored", classification="bounce",
    items={},
    imitates="Postfix DSN for a reminder to Telegram (mailbox full)",
    why="delivery failure report; the URLs are only in the returned reminder",
)

MDN = """Content-Type: multipart/report; report-type=disposition-notification; boundary="b654-mdn"

--b654-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

제목: KCSC-240909-04 게시물 게시중단 요청
받는 사람: policy@navercorp.com
읽은 시간: 2024-09-09 13:02

--b654-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <KCSC-240909-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b654-mdn--
"""
case(
    name="naver-read-receipt",
    frm="policy@navercorp.com", date="Mon, 09 Sep 2024 04:02:10 +0000",
    subject="읽음 확인: KCSC-240909-04 게시물 게시중단 요청",
    raw_mime=MDN,
    outcome="ignored", classification="read_receipt",
    items={},
    imitates="MDN read receipt from a Korean webmail client",
    why="message/disposition-notification 'displayed': only says the request was read",
)

case(
    name="x-ticket-receipt-lists-urls",
    frm="no-reply@x.com", date="Wed, 04 Sep 2024 05:05:41 +0000",
    subject="Your legal request has been received [Case 0428817733]",
    body=f"""Hello,

Thanks for your report. We have received your legal request regarding the following content:

{X1}
{X2}
{X3}
{X4}

Your case number is 0428817733. We will review your request and may contact you if we need more information.

Please do not reply to this email; this mailbox is not monitored.""",
    outcome="ignored", classification="acknowledgement",
    items=pending(X1, X2, X3, X4),
    imitates="X legal-request intake receipt echoing the reported URLs",
    why="pure receipt: it lists the URLs but states nothing about them beyond 'we will review'",
)

case(
    name="kakao-receipt-korean",
    frm="noreply@kakaocorp.com", name_from="Kakao", date="Tue, 10 Sep 2024 07:21:00 +0000",
    subject="[카카오] 권리침해 신고가 접수되었습니다 (KCSC-240910-05)",
    body="""안녕하세요, 카카오 권리침해신고센터입니다.

귀하의 권리침해 신고가 정상적으로 접수되었습니다.
접수번호: 2024-0910-55812

신고하신 내용은 담당 부서에서 순차적으로 검토한 후 처리 결과를 이메일로 안내드릴 예정입니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    items={},
    imitates="Kakao 권리침해 신고 접수 완료 자동 메일",
    why="receipt with a ticket number; no statement about any item",
)

case(
    name="tg-unattended-autoreply",
    frm="dsa@telegram.org", date="Thu, 12 Sep 2024 01:40:03 +0000",
    subject="Re: KCSC-240911-06 Unlicensed sale of prescription medicine",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This is an automated response.

Thank you for contacting Telegram. Due to the volume of messages we receive, we are not able to reply to every message individually. Reports of illegal content can also be submitted at https://telegram.org/dsa-report.

Telegram""",
    outcome="ignored", classification="auto_reply",
    items={},
    imitates="Telegram automated response from its DSA mailbox",
    why="automated response with no statement",
)

case(
    name="naver-ooo-korean",
    frm="minseo.kim@navercorp.com", name_from=Header("김민서", "utf-8").encode(), date="Mon, 16 Sep 2024 00:05:00 +0000",
    subject="[자동회신] Re: [네이버] KCSC-240909-04 게시중단 요청 처리 결과 안내",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""[자동회신] 추석 연휴(9월 14일~18일)로 부재중입니다.

9월 19일부터 순차적으로 확인하겠습니다. 급한 용무는 권리보호센터 대표 메일(right@navercorp.com)로 보내주시기 바랍니다.

김민서 드림""",
    outcome="ignored", classification="auto_reply",
    items={},
    imitates="Korean 부재중 자동회신 during Chuseok",
    why="out-of-office auto-reply",
)

HEADER = """# Blind set 654 (what a program gets wrong), written by tests/corpus/blind654/make.py.
# Expected results written from each email's meaning before any run of the reader.
# Each case is judged alone on a fresh ledger holding requests.csv."""


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("frm")
        if not c["subject"].isascii():
            # Korean mailers send RFC 2047 encoded-words
            c["subject"] = Header(c["subject"], "utf-8").encode()
    corpuslib.write_set(HERE, "blind654", HEADER, cases)


if __name__ == "__main__":
    main()
