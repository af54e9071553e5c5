#!/usr/bin/env python3
"""Blind set blind434: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in one thread, replies to our reminders, partial
answers and forwarded mail. Written from each email's meaning before any
run of the reader. Deterministic: `python3 tests/corpus/blind434/make.py`
rewrites requests.csv, cases/*.eml and expected.toml.
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
Y1 = "https://www.youtube.com/watch?v=qT4mZr8LpXa"
Y2 = "https://www.youtube.com/watch?v=Hb29dKcV0sE"
Y3 = "https://www.youtube.com/watch?v=w7NfPq1JtuY"
Y4 = "https://www.youtube.com/watch?v=Zk3LmRa9VbQ"
Y5 = "https://www.youtube.com/watch?v=cP0xTe6HnWd"
Y6 = "https://www.youtube.com/shorts/Lr8sYv2QmKo"
Y7 = "https://www.youtube.com/shorts/Ja5GdW1tXeN"
Y8 = "https://www.youtube.com/@moonlit-ledger7"
Y9 = "https://www.youtube.com/watch?v=Rg6uBy3KoPz"
Y10 = "https://www.youtube.com/watch?v=nE1vCq8DsLh"
Y11 = "https://www.youtube.com/watch?v=Tx9aKm2WfUj"
Y12 = "https://www.youtube.com/channel/UCf3kQp9Zr1mNx7Lb2Vd0sYw"
YT = [Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8, Y9, Y10, Y11, Y12]

X1 = "https://x.com/amber_tidewell/status/1831140021187654321"
X2 = "https://x.com/amber_tidewell/status/1831172093348812800"
X3 = "https://x.com/nightcrane_04/status/1830958824411230209"
X4 = "https://x.com/seolmae_k/status/1831421876025180160"
XS = "https://x.com/yellowkite_99/status/1836604422751420416"

T1 = "https://t.me/grey_lantern_market/418"
T2 = "https://t.me/grey_lantern_market/433"
T3 = "https://t.me/pinecove_deals"

N1 = "https://blog.naver.com/sunny_orchard21/223571904412"
N2 = "https://blog.naver.com/sunny_orchard21/223572118035"
N3 = "https://cafe.naver.com/%EB%B0%94%EB%8B%A4%EC%B9%B4%ED%8E%98/1042"
N3_RAW = "https://cafe.naver.com/바다카페/1042"
N4 = "https://cafe.naver.com/junggo4u/88731"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471920385"

D1 = "https://discord.gg/vQ7mPx3R"
D2 = "https://discord.com/channels/1102938475610293847/1102938475610293850/1283746501928374651"

K1 = "https://cafe.daum.net/saebyeokjang/Ab1X/377"
K2 = "https://cafe.daum.net/saebyeokjang/Ab1X/392"

REQUESTS = [
    ("KCSC-240903-01", "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", YT,
     "gambling", "illegal gambling promotion videos and channels"),
    ("KCSC-240905-02", "x", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00", [X1, X2, X3, X4],
     "drugs", "drug sale posts"),
    ("KCSC-240909-03", "telegram", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00", [T1, T2, T3],
     "drugs", "drug sale channel and posts"),
    ("KCSC-240910-04", "naver", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", [N1, N2, N3, N4, N5],
     "fraud", "fake ticket resale posts"),
    ("KCSC-240912-05", "discord", "2024-09-12T10:15:00+09:00", "2024-09-19T18:00:00+09:00", [D1, D2],
     "obscenity", "server invite and message"),
    ("KCSC-240916-06", "kakao", "2024-09-16T15:00:00+09:00", "2024-09-23T18:00:00+09:00", [K1, K2],
     "defamation", "cafe posts"),
    ("KCSC-240919-07", "x", "2024-09-19T16:00:00+09:00", "2024-09-26T18:00:00+09:00", [XS],
     "gambling", "single post"),
]


def req_mid(ref):
    return "req-" + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="yt-zendesk-solved-bulleted",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 16:02:11 +0900",
    subject="[Request #7-4412093] Re: KCSC-240903-01 removal request",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
##- Please type your reply above this line -##

Your request (7-4412093) has been solved. To reopen it, just reply to this email.

Dana (YouTube Legal Support)
6 Sep 2024, 16:02 GMT+9

Hello,

Thank you for your notice of 3 September (your reference KCSC-240903-01).
We have now reviewed the first five URLs in your list. The outcome for
each one is below.

- {Y1} : removed from YouTube for violating our Community Guidelines.
- {Y2} : removed from YouTube for violating our Community Guidelines.
- {Y3} : access to this video has been restricted in South Korea on the basis of local law.
- {Y4} : we did not find a violation of our policies or of local law, so we are not taking action on this video.
- {Y5} : we could not locate this video. Please check that the URL is correct.

The remaining URLs are still with our team and we will write again in
this ticket.

You can read more about how we handle legal requests at
https://support.google.com/legal/answer/3110420

Regards,
Dana
YouTube Legal Support

--------------------------------
This email is a service from YouTube Legal Support.
[7Q1KX-40EWD]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification carrying a YouTube legal-removal outcome list",
    why="trusted YouTube agent comment giving one outcome per URL in a bulleted list",
    items={Y1: "removed", Y2: "removed", Y3: "restricted", Y4: "rejected", Y5: "not_found"},
)

case(
    name="yt-followup-thread-gmail-quote",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 11:47:30 +0900",
    subject="[Request #7-4412093] Re: KCSC-240903-01 removal request",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello again,

Further to my message of 6 September, here are the results for two more
URLs from KCSC-240903-01:

{Y6}
Removed - violates our spam, deceptive practices and scams policy.

{Y7}
Removed - violates our spam, deceptive practices and scams policy.

The others are still being reviewed.

Dana
YouTube Legal Support

On Fri, Sep 6, 2024 at 4:02 PM YouTube Legal Support <legal-support@youtube.com> wrote:
> Hello,
>
> Thank you for your notice of 3 September (your reference KCSC-240903-01).
> - {Y1} : removed from YouTube for violating our Community Guidelines.
> - {Y4} : we did not find a violation of our policies or of local law, so we are not taking action on this video.
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up agent reply in the same Zendesk thread, earlier reply Gmail-quoted",
    why="two new URL/status pairs on separate lines; the '>' quoted earlier outcomes must not be applied",
    items={Y6: "removed", Y7: "removed", Y1: "pending", Y4: "pending"},
)

case(
    name="yt-reply-to-reminder-outlook",
    **{"from": "legal-kr@google.com"}, name_from="Seo Min-jun",
    date="Thu, 12 Sep 2024 10:05:44 +0900",
    subject="RE: Reminder: KCSC-240903-01 - 7 items still pending",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>",
                   "References: <" + req_mid("KCSC-240903-01") + "@kcsc.example> <reminder.KCSC-240903-01.1@kcsc.example>"],
    body=f"""
Hi KCSC team,

Sorry for the slow reply on this one. An update on two of the URLs in your reminder:

The channel {Y8} has been terminated for repeated violations of our Community Guidelines, so neither the channel nor its videos are available any more.
{Y9} was removed on 11 September.

We will come back to you on the rest.

Best regards,
Seo Min-jun
Legal Operations, Google Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:00 AM
To: legal-kr@google.com
Subject: Reminder: KCSC-240903-01 - 7 items still pending

Dear YouTube,

Our request KCSC-240903-01 of 3 September is past its deadline. We have no outcome yet for these items:

{Y8}
{Y9}
{Y10}
{Y11}
{Y12}

Please let us know what action was taken on each.

KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from a platform's legal team to a regulator's reminder",
    why="two statements above the Outlook original; the reminder's list below is our own text",
    items={Y8: "removed", Y9: "removed", Y10: "pending", Y11: "pending", Y12: "pending"},
)

yt_table_text = f"""Hello,

Ticket 7-4412093 (your ref. KCSC-240903-01) has been updated by Priya.

URL | Action taken
{Y10} | Age-restricted (viewers must be signed in and 18+)
{Y11} | No action: the video does not violate our policies or local law
{Y12} | Channel terminated

Kind regards,
YouTube Legal Support
"""
yt_table_html = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Ticket <b>7-4412093</b> (your ref. KCSC-240903-01) has been updated by Priya.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Action taken</th></tr>
<tr><td><a href="{Y10}">{Y10}</a></td><td>Age-restricted (viewers must be signed in and 18+)</td></tr>
<tr><td><a href="{Y11}">{Y11}</a></td><td>No action: the video does not violate our policies or local law</td></tr>
<tr><td><a href="{Y12}">{Y12}</a></td><td>Channel terminated</td></tr>
</table>
<p>Kind regards,<br>YouTube Legal Support</p>
</body></html>"""
case(
    name="yt-helpscout-html-table",
    **{"from": "legal-support@youtube.com"}, name_from="Priya via YouTube Legal Support",
    date="Fri, 13 Sep 2024 09:30:02 +0900",
    subject="Re: KCSC-240903-01 removal request [#7-4412093]",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="hs-alt-7f3c"

--hs-alt-7f3c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{yt_table_text}
--hs-alt-7f3c
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{yt_table_html}
--hs-alt-7f3c--
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style conversation update with an HTML outcome table (plain-text alternative)",
    why="table rows: age-restricted, no action (not violating), channel terminated",
    items={Y10: "restricted", Y11: "rejected", Y12: "removed"},
)

yt_csv = (
    "url,action_taken,policy\r\n"
    f"{Y1},Removed,Community Guidelines - illegal gambling\r\n"
    f"{Y2},Removed,Community Guidelines - illegal gambling\r\n"
    f"{Y3},Blocked in KR (local law),Local law\r\n"
    f"{Y4},Removed,Spam and scams\r\n"
    f"{Y5},Video not found,-\r\n"
    f"{Y6},No action - content does not violate policy,-\r\n"
)
case(
    name="yt-csv-attachment-outcome",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 17:20:00 +0900",
    subject="[Request #7-4412093] Outcome report for KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="zd-mix-a19b"

--zd-mix-a19b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome report for the first six URLs of your
request KCSC-240903-01 (ticket 7-4412093). One row per URL.

Regards,
YouTube Legal Support

--zd-mix-a19b
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(yt_csv)}
--zd-mix-a19b--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply with the per-URL outcome as a CSV attachment",
    why="CSV rows from the platform's own reply: removed, KR-blocked, not found, no action",
    items={Y1: "removed", Y2: "removed", Y3: "restricted", Y4: "removed", Y5: "not_found", Y6: "rejected"},
)

case(
    name="x-freshdesk-resolved-prose",
    **{"from": "legal@x.com"}, name_from="X Legal Support",
    date="Mon, 09 Sep 2024 20:14:09 +0900",
    subject="[#88120] Ticket Resolved - KCSC-240905-02",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
Hello KCSC,

Your ticket [#88120] has been marked as Resolved. A summary of the outcome
from our legal team follows.

We have withheld the following posts in South Korea in response to your
request: {X1} and {X2}.

The post at {X3} does not violate the X Rules or applicable local law, and
we have not taken action on it.

{X4} was removed for violating our rules on the sale of illegal goods.

If you believe we got something wrong, simply reply to this email and the
ticket will be reopened.

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with an X legal-request outcome in prose",
    why="two posts withheld in Korea in one sentence, one refused with its reason, one removed",
    items={X1: "restricted", X2: "restricted", X3: "rejected", X4: "removed"},
)

case(
    name="x-partial-answer-rest-under-review",
    **{"from": "legal@x.com"}, name_from="X Legal Support",
    date="Fri, 06 Sep 2024 15:41:26 +0900",
    subject="Re: KCSC-240905-02 request for removal of posts",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
Hello,

Thank you for your patience. An initial update on your request
KCSC-240905-02:

We have withheld https://x.com/nightcrane_04/status/1830958824411230209 in South Korea.

Our team is still reviewing the other reported posts and we will follow
up in this thread once that review is finished.

Regards,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer in a ticket thread: one post actioned, the rest still in review",
    why="one unhedged statement for one post; the unnamed rest stay pending",
    items={X3: "restricted", X1: "pending", X2: "pending", X4: "pending"},
)

x_qp_text = f"""Hello,

Regarding ticket [#88120] (KCSC-240905-02), we have two more results for you.

The post at {X4} is no longer available: it was deleted by the account holder before our review was complete, so there is nothing left for us to act on.

We reviewed {X2} and found no violation of the X Rules or of Korean law. The post will stay up.

Kind regards,
X Legal Support
"""
case(
    name="x-quoted-printable-long-lines",
    **{"from": "legal@x.com"}, name_from="X Legal Support",
    date="Wed, 11 Sep 2024 13:02:51 +0900",
    subject="[#88120] Update - KCSC-240905-02",
    reply_to_req=req_mid("KCSC-240905-02"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(x_qp_text)}""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk agent reply sent quoted-printable with soft line breaks",
    why="deleted by its author -> not_found; no violation and stays up -> rejected",
    items={X4: "not_found", X2: "rejected"},
)

case(
    name="tg-jira-comment-done",
    **{"from": "abuse-desk@telegram.org"}, name_from="Sasha Belov (Jira)",
    date="Wed, 11 Sep 2024 02:18:40 +0900",
    subject="[JIRA] (ABUSE-22917) KCSC-240909-03 removal request: grey_lantern_market / pinecove_deals",
    reply_to_req=req_mid("KCSC-240909-03"),
    body=f"""
Sasha Belov commented on ABUSE-22917
----------------------------------------------------------------
Re: KCSC-240909-03 removal request

Both posts in grey_lantern_market ({T1} and
{T2}) were deleted today.

The channel {T3} has been blocked for users in South Korea.

----------------------------------------------------------------
Status: Done
Assignee: Sasha Belov
Reporter: takedown@kcsc.example

This message was sent by Atlassian Jira (v9.12.4#9120004)
""",
    outcome="applied", classification="confirmation",
    imitates="Atlassian Jira 'commented on' notification from a platform abuse desk",
    why="two posts named in parentheses of one 'were deleted' sentence; channel blocked in Korea",
    items={T1: "removed", T2: "removed", T3: "restricted"},
)

case(
    name="tg-reminder-reply-status-below-url",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Tue, 17 Sep 2024 19:55:03 +0900",
    subject="Re: Reminder: KCSC-240909-03 - 3 items still pending",
    extra_headers=["In-Reply-To: <reminder.KCSC-240909-03.1@kcsc.example>"],
    body=f"""
Hello,

Answers for the links in your reminder:

{T1}
Status: deleted

{T3}
Status: no action - the channel does not break Telegram's Terms of Service

The third link is still with the moderation team.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply to a reminder: bare URL with a 'Status:' line below it",
    why="status lines under each URL; the unnamed third link stays pending",
    items={T1: "removed", T3: "rejected", T2: "pending"},
)

case(
    name="naver-cs-answer-numbered-korean",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 16:40:12 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240910-04)",
    reply_to_req=req_mid("KCSC-240910-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240910-04)의 처리 결과를 안내드립니다.

1. {N1}
 → 게시중단 조치하였습니다.
2. {N2}
 → 임시조치(30일)하였습니다.
3. {N3_RAW} 의 게시글은 카페 운영원칙에 따라 삭제하였습니다.

나머지 게시물은 확인 후 다시 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림

※ 본 메일은 발신 전용입니다. 추가 문의는 고객센터 문의하기를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 with a numbered 게시중단/임시조치/삭제 result list",
    why="게시중단 -> removed, 임시조치 -> restricted, 삭제 for a raw Korean cafe path -> removed",
    items={N1: "removed", N2: "restricted", N3: "removed"},
)

case(
    name="naver-kcsc-result-html-table",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 11:12:00 +0900",
    subject="[회신] 시정요구 조치결과 통보 (KCSC-240910-04)",
    reply_to_req=req_mid("KCSC-240910-04"),
    type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>KCSC-240910-04 시정요구에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>2024-09-12</td></tr>
<tr><td>2</td><td>{N4}</td><td>블라인드</td><td>2024-09-12</td></tr>
<tr><td>3</td><td>{N5.replace('&', '&amp;')}</td><td>게시물 없음 (작성자 삭제)</td><td>-</td></tr>
</table>
<p>네이버 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table",
    why="삭제 -> removed, 블라인드 -> removed, 게시물 없음(작성자 삭제) -> not_found",
    items={N1: "removed", N4: "removed", N5: "not_found"},
)

naver_b64 = f"""안녕하세요. 네이버 고객센터입니다.

KCSC-240910-04 건에 대해 추가로 답변드립니다.

- {N2} : 임시조치 이후 게시중단 처리가 완료되었습니다.
- {N4} : 검토 결과 운영정책 위반 사항이 확인되지 않아 게시물을 유지합니다.

감사합니다.

> 2024. 9. 12. 오후 4:40, 네이버 고객센터 <help@navercorp.com> 작성:
> 1. {N1}
>  → 게시중단 조치하였습니다.
"""
case(
    name="naver-base64-additional-answer",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Mon, 16 Sep 2024 10:03:33 +0900",
    subject="Re: [네이버 고객센터] 문의하신 내용에 대한 추가 답변입니다",
    reply_to_req=req_mid("KCSC-240910-04"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(naver_b64)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 추가 답변 in the same thread, base64-encoded body",
    why="게시중단 완료 -> removed; 위반 사항 없음, 유지 -> rejected; quoted earlier answer not applied",
    items={N2: "removed", N4: "rejected", N1: "pending"},
)

case(
    name="discord-ticket-updated",
    **{"from": "tns-legal@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 07:22:19 +0900",
    subject="[Discord T&S] Re: KCSC-240912-05 (ticket 31928374)",
    reply_to_req=req_mid("KCSC-240912-05"),
    body=f"""
##- Please type your reply above this line -##

Your ticket 31928374 has been updated.

Alex (Discord Trust & Safety)

Hi there,

Thanks for your report. We've completed our review.

Invite {D1}: the server behind this invite broke our Community
Guidelines. We have disabled the invite and removed the server.

Message {D2}: we reviewed this message and it does not violate our
Community Guidelines or Terms of Service, so no action has been taken.

Best,
Alex
Discord Trust & Safety
https://discord.com/safety
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk-hosted Discord Trust & Safety ticket update",
    why="invite disabled and server removed -> removed; no violation, no action -> rejected; safety link not an item",
    items={D1: "removed", D2: "rejected"},
)

case(
    name="kakao-cs-answer-brackets",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 18 Sep 2024 14:25:50 +0900",
    subject="[카카오 고객센터] 문의 답변 드립니다 (KCSC-240916-06)",
    reply_to_req=req_mid("KCSC-240916-06"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 다음 카페 게시물에 대한 처리 결과를 안내드립니다.

「{K1}」 게시물은 운영정책 위반으로 블라인드 처리되었습니다.
「{K2}」 게시물은 확인 결과 이미 작성자가 삭제한 게시물입니다.

더 궁금하신 사항은 고객센터로 문의해 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 고객센터 답변 with URLs in 「」 brackets",
    why="블라인드 -> removed; already deleted by its author -> not_found",
    items={K1: "removed", K2: "not_found"},
)

case(
    name="x-single-item-sole-statement",
    **{"from": "legal@x.com"}, name_from="X Legal Support",
    date="Fri, 20 Sep 2024 10:11:12 +0900",
    subject="[#90415] Ticket Resolved - KCSC-240919-07",
    reply_to_req=req_mid("KCSC-240919-07"),
    body="""
Hello,

Your ticket [#90415] has been resolved.

We reviewed the post reported under KCSC-240919-07 and removed it for
violating our rules on illegal and regulated goods and services.

Reply to this email if you have any further questions.

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk resolved-ticket notice for a one-post request, URL not repeated",
    why="a sole unhedged 'removed' statement answering a one-item request applies",
    items={XS: "removed"},
)

case(
    name="yt-ack-phrase-plus-statement",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 09:58:07 +0900",
    subject="[Request #7-5529114] Re: KCSC-240903-01 follow-up",
    body=f"""
Hello,

Thanks for your email. We have logged it under request 7-5529114.

I checked the Short you flagged in your follow-up to KCSC-240903-01:
{Y7} has been removed for violating our Community Guidelines.

Best,
Marco
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply that opens like a ticket receipt but states an outcome",
    why="receipt wording plus an unhedged item-level statement is a confirmation, not an acknowledgement",
    items={Y7: "removed"},
)

case(
    name="x-gmail-topposted-over-request",
    **{"from": "legal@x.com"}, name_from="Hana Lee",
    date="Tue, 10 Sep 2024 18:30:00 +0900",
    subject="Re: KCSC-240905-02 request for removal of posts",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
Hi,

X2: removed.
{X2}

X4: withheld in South Korea.
{X4}

Hana
X Legal

On Thu, Sep 5, 2024 at 11:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X,
>
> Under Article 44-7 we request the removal of the following posts
> (our reference KCSC-240905-02):
>
> 1. {X1}
> 2. {X2}
> 3. {X3}
> 4. {X4}
>
> Please tell us the action taken on each.
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted terse agent reply over the quoted request",
    why="statement line then the URL on the line below; the quoted request's list is not a statement",
    items={X2: "removed", X4: "restricted", X1: "pending", X3: "pending"},
)

case(
    name="tg-numbered-list-invalid-link",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Thu, 12 Sep 2024 21:09:55 +0900",
    subject="Re: KCSC-240909-03",
    reply_to_req=req_mid("KCSC-240909-03"),
    body=f"""
Hello,

Results for your request KCSC-240909-03:

1. {T1} - removed.
2. {T2} - this message does not exist; the link is invalid.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a numbered result list",
    why="removed; 'does not exist, link invalid' -> not_found",
    items={T1: "removed", T2: "not_found"},
)

case(
    name="yt-angle-bracket-urls-help-link",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 15:15:15 +0900",
    subject="[Request #7-4412093] Re: KCSC-240903-01 removal request",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

<{Y9}> - this video has been removed for violating our harassment and
cyberbullying policy.

<{Y10}> - this video has also been removed, under the same policy.

Our policy is described at <https://support.google.com/youtube/answer/2802268>.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply with URLs in angle brackets and a help-centre policy link",
    why="two removals; the support.google.com policy page is not an item",
    items={Y9: "removed", Y10: "removed"},
)

case(
    name="naver-fullwidth-parentheses",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 17:48:21 +0900",
    subject="Re: 게시물 조치 요청 (KCSC-240910-04)",
    reply_to_req=req_mid("KCSC-240910-04"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

문의하신 블로그 게시물（{N1}）은 비공개 처리되었습니다.
카페 게시글（{N4}）은 국내 접근 제한 조치하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 reply with URLs inside full-width parentheses followed by particles",
    why="비공개 처리 -> removed; 국내 접근 제한 -> restricted",
    items={N1: "removed", N4: "restricted"},
)

case(
    name="discord-helpscout-followup",
    **{"from": "tns-legal@discord.com"}, name_from="Jamie at Discord",
    date="Sat, 14 Sep 2024 03:44:10 +0900",
    subject="Re: KCSC-240912-05 [Conversation #48213]",
    reply_to_req=req_mid("KCSC-240912-05"),
    body=f"""
Jamie replied to conversation #48213
-------------------------------------

Hi,

Following up on your report KCSC-240912-05.

The message at {D2} has been removed.

The invite {D1} is invalid - it has either expired or been revoked, and
we cannot find a server attached to it.

Jamie
Discord Trust & Safety

-------------------------------------
Reply to this email or view the conversation at https://support.discord.com/hc/requests/48213
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style 'replied to conversation' notification from a platform T&S desk",
    why="message removed; invalid invite, no server found -> not_found; conversation link not an item",
    items={D2: "removed", D1: "not_found"},
)

case(
    name="yt-statement-then-url-below",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 19:01:40 +0900",
    subject="[Request #7-4412093] Re: KCSC-240903-01 removal request",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

The following video has been restricted in South Korea:
{Y2}

The following video has been removed from YouTube:
{Y3}

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="short agent comment with each statement above the URL it concerns",
    why="URL on the line below its statement: restricted and removed",
    items={Y2: "restricted", Y3: "removed"},
)

x_csv = (
    "post_url,decision\n"
    f"{X1},Removed\n"
    f"{X2},Withheld in KR\n"
    f"{X3},No violation - not actioned\n"
    f"{X4},Not found\n"
)
case(
    name="x-csv-attachment-decisions",
    **{"from": "legal@x.com"}, name_from="X Legal Support",
    date="Thu, 12 Sep 2024 12:00:30 +0900",
    subject="[#88120] Outcome report - KCSC-240905-02",
    reply_to_req=req_mid("KCSC-240905-02"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fd-88120-mix"

--fd-88120-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the outcome report for ticket [#88120] (KCSC-240905-02).

X Legal Support

--fd-88120-mix
Content-Type: text/csv; name="outcome_88120.csv"
Content-Disposition: attachment; filename="outcome_88120.csv"
Content-Transfer-Encoding: 7bit

{x_csv}
--fd-88120-mix--
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk ticket reply with a plain CSV outcome attachment",
    why="CSV: removed, withheld in KR, no violation, not found",
    items={X1: "removed", X2: "restricted", X3: "rejected", X4: "not_found"},
)

case(
    name="kakao-html-imsi-notice",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Thu, 19 Sep 2024 10:20:00 +0900",
    subject="[카카오] 게시물 조치 결과 안내 (KCSC-240916-06)",
    reply_to_req=req_mid("KCSC-240916-06"),
    type="html",
    body=f"""
<html><body>
<p>안녕하세요, 카카오 정책팀입니다.</p>
<p>요청하신 건(KCSC-240916-06)에 대하여 아래와 같이 조치하였습니다.</p>
<ul>
<li><a href="{K1}">{K1}</a> : 정보통신망법 제44조의2에 따른 임시조치(30일)</li>
<li><a href="{K2}">{K2}</a> : 게시물 삭제</li>
</ul>
<p>감사합니다.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 게시물 조치 결과 안내 HTML list (임시조치 / 삭제)",
    why="임시조치 -> restricted; 삭제 -> removed",
    items={K1: "restricted", K2: "removed"},
)

case(
    name="yt-zendesk-history-unquoted",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 14:06:12 +0900",
    subject="[Request #7-4412093] Re: KCSC-240903-01 removal request",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
##- Please type your reply above this line -##

Dana (YouTube Legal Support)
17 Sep 2024, 14:06 GMT+9

Hello,

Last update on this ticket: {Y11} has been removed, and the channel
{Y12} has been terminated.

Dana

Priya (YouTube Legal Support)
13 Sep 2024, 09:30 GMT+9

Hello,

{Y10} has been age-restricted. Viewers must be signed in and over 18.

KCSC Takedown
3 Sep 2024, 10:00 GMT+9

Please remove the 12 URLs listed in our request KCSC-240903-01.

--------------------------------
This email is a service from YouTube Legal Support.
[7Q1KX-40EWD]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk notification with the ticket history appended unquoted (newest comment first)",
    why="newest comment: removed and terminated; the platform's own earlier comment in the history still states Y10 age-restricted (arguable, see NOTES)",
    items={Y11: "removed", Y12: "removed", Y10: "restricted"},
)

# ================================================================ REVIEW

case(
    name="yt-on-hold-promise",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 12:12:12 +0900",
    subject="[Request #7-4412093] Your request is on hold",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Your request 7-4412093 (KCSC-240903-01) has been placed on hold while
our legal team confirms the legal basis.

Once that is confirmed, {Y1} and {Y2} will be removed. We
expect to update you within five business days.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Zendesk on-hold status notice with a conditional promise",
    why="'will be removed' once confirmed is a promise, not a statement",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="x-hedged-may-have-been-deleted",
    **{"from": "legal@x.com"}, name_from="X Legal Support",
    date="Sat, 07 Sep 2024 09:09:09 +0900",
    subject="[#88120] Re: KCSC-240905-02",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
Hello,

It appears that {X3} may have already been deleted by its author, but we
have not been able to confirm this yet. We are still looking at the other
posts in your request.

X Legal Support
""",
    outcome="review", review="not_understood",
    imitates="ticket reply hedging about one post ('appears', 'may have')",
    why="hedged, unconfirmed: not a statement, the post stays pending",
    items={X3: "pending"},
)

case(
    name="tg-bulk-all-links-blocked",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Wed, 11 Sep 2024 23:30:00 +0900",
    subject="Re: KCSC-240909-03",
    reply_to_req=req_mid("KCSC-240909-03"),
    body="""
Hello,

All links reported in your request KCSC-240909-03 have been blocked.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="one-line abuse-desk closure covering a whole request",
    why="one statement for a three-item request without naming each item",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="naver-under-review-korean",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 09:15:00 +0900",
    subject="Re: 게시물 조치 요청 (KCSC-240910-04)",
    reply_to_req=req_mid("KCSC-240910-04"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 카페 게시글({N3_RAW})은 현재 담당 부서에서 검토 중이며,
검토가 끝나는 대로 게시중단 처리될 예정입니다.

처리 결과는 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 고객센터 interim answer: 검토 중, 게시중단 예정",
    why="under review and 'will be' 게시중단: no statement yet",
    items={N3: "pending"},
)

case(
    name="yt-dmarc-fail-solved",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    auth="fail",
    date="Sat, 07 Sep 2024 03:03:03 +0900",
    subject="[Request #7-4412093] Re: KCSC-240903-01 removal request",
    body=f"""
Your request (7-4412093) has been solved.

Hello,

{Y1} has been removed from YouTube.
{Y5} has been removed from YouTube.

YouTube Legal Support
""",
    outcome="review", review="untrusted",
    imitates="solved-ticket notice claiming to be from YouTube but failing DMARC",
    why="youtube.com sender failing authentication: nothing applies",
    items={Y1: "pending", Y5: "pending"},
)

case(
    name="discord-zendesk-subdomain-sender",
    **{"from": "support@discord.zendesk.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 06:10:00 +0900",
    subject="[Discord T&S] Your request 31928374 has been solved",
    reply_to_req=req_mid("KCSC-240912-05"),
    body=f"""
Your request (31928374) has been solved. To reopen it, reply to this email.

Hi there,

We have disabled the invite {D1} and deleted the message
{D2}.

Discord Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from the vendor's own subdomain instead of the platform's domain",
    why="discord.zendesk.com is not a configured Discord sender domain",
    items={D1: "pending", D2: "pending"},
)

case(
    name="naver-answers-about-daum-url",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Tue, 17 Sep 2024 11:00:00 +0900",
    subject="Re: 게시물 삭제 요청 (KCSC-240916-06)",
    reply_to_req=req_mid("KCSC-240916-06"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 URL({K1})은 다음(Daum) 카페 게시물로,
네이버에서 운영하는 서비스가 아니므로 네이버에서는 해당 게시물을 찾을 수 없습니다.

카카오 고객센터로 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER 고객센터 reply about a URL on another portal",
    why="NAVER speaks about a Kakao item; only Kakao can state its status",
    items={K1: "pending"},
)

case(
    name="kakao-asks-for-documents",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 17 Sep 2024 16:30:00 +0900",
    subject="[카카오 고객센터] 추가 자료 요청 (KCSC-240916-06)",
    reply_to_req=req_mid("KCSC-240916-06"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 게시물({K1})의 조치를 검토하기 위해
심의 의결서 사본 또는 권리침해를 소명할 수 있는 자료가 필요합니다.

이 메일에 회신으로 자료를 첨부해 주시면 검토 후 안내드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal 추가 자료 요청 (소명 자료) before acting",
    why="the platform asks for documents; nothing has been done yet",
    items={K1: "pending"},
)

case(
    name="yt-solved-no-details",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 08:00:00 +0900",
    subject="[Request #7-6610042] has been solved",
    body="""
##- Please type your reply above this line -##

Your request (7-6610042) has been solved. To reopen it, just reply to this email.

Hello,

We consider this matter resolved. Thank you for contacting YouTube Legal Support.

--------------------------------
This email is a service from YouTube Legal Support.
""",
    outcome="review", review="no_claims",
    imitates="bare Zendesk 'request solved' notification with no details",
    why="trusted YouTube mail naming no item and none of our references",
    items={},
)

case(
    name="staff-forwards-naver-answer",
    **{"from": "jiwon.kim@kcsc.example"}, name_from="Kim Ji-won",
    date="Fri, 13 Sep 2024 09:02:00 +0900",
    subject="Fwd: [네이버 고객센터] 문의하신 내용에 대한 답변입니다",
    body=f"""
받은편지함에 온 네이버 답변 전달합니다.

---------- Forwarded message ---------
From: 네이버 고객센터 <help@navercorp.com>
Date: 2024년 9월 12일 (목) 오후 5:10
Subject: [네이버 고객센터] 문의하신 내용에 대한 답변입니다
To: Kim Ji-won <jiwon.kim@kcsc.example>

안녕하세요, 네이버 고객센터입니다.

KCSC-240910-04 건 중 {N5} 게시물은 삭제 조치하였습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="staff member forwarding a platform answer received in a personal mailbox (Gmail forward)",
    why="the statement is inside forwarded text, not from NAVER's own authenticated mail",
    items={N5: "pending"},
)

case(
    name="x-law-firm-for-account-holder",
    **{"from": "j.park@hanul-law.example"}, name_from="Park Jun-ho (Hanul Law)",
    date="Fri, 13 Sep 2024 15:00:00 +0900",
    subject="KCSC-240905-02 - on behalf of the account holder",
    body=f"""
Dear KCSC,

We act for the holder of the account behind {X4}. Our client
has voluntarily deleted the post and asks that the matter be closed.

Yours faithfully,
Park Jun-ho
Hanul Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="third-party (law firm) email about a request's item",
    why="not a platform domain: a claim about a requested item from an unknown sender",
    items={X4: "pending"},
)

case(
    name="naver-bulk-five-posts",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Sat, 14 Sep 2024 10:00:00 +0900",
    subject="[회신] KCSC-240910-04 조치 완료",
    reply_to_req=req_mid("KCSC-240910-04"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240910-04로 요청하신 게시물 5건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean portal one-line 조치 완료 for a whole request",
    why="'all five posts' without naming each, for a five-item request",
    items={N1: "pending", N2: "pending", N3: "pending", N4: "pending", N5: "pending"},
)

# ================================================================ IGNORED

case(
    name="yt-zendesk-receipt-echo",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 03 Sep 2024 10:01:05 +0900",
    subject="[Request #7-4412093] Received: KCSC-240903-01 removal request",
    reply_to_req=req_mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Your request (7-4412093) has been received and is being reviewed by our
support staff. To add more information, reply to this email.

KCSC Takedown
3 Sep 2024, 10:00 GMT+9

Please remove the following content (reference KCSC-240903-01):
{Y1}
{Y2}
{Y3}

--------------------------------
This email is a service from YouTube Legal Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-notification echoing the request text",
    why="pure receipt; the echoed request carries no statement",
    items={Y1: "pending", Y2: "pending", Y3: "pending"},
)

case(
    name="x-freshdesk-ticket-received",
    **{"from": "legal@x.com"}, name_from="X Legal Support",
    date="Thu, 05 Sep 2024 11:31:10 +0900",
    subject="Ticket Received - [#88120] KCSC-240905-02 request for removal of posts",
    reply_to_req=req_mid("KCSC-240905-02"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a
ticket has been created. A support representative will be reviewing your
request and will send you a personal response, usually within 3 business
days.

To view the status of the ticket or add comments, please reply to this
email.

Ticket ID: #88120

Thank you for your patience.
X Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk default new-ticket auto-acknowledgement",
    why="ticket created, no statement about any item",
    items={},
)

case(
    name="tg-agent-out-of-office",
    **{"from": "s.belov@telegram.org"}, name_from="Sasha Belov",
    date="Tue, 17 Sep 2024 09:00:05 +0900",
    subject="Automatic reply: Reminder: KCSC-240909-03 - 3 items still pending",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   "In-Reply-To: <reminder.KCSC-240909-03.1@kcsc.example>"],
    body="""
I am out of the office until 23 September with limited access to email.
For urgent abuse matters please write to abuse@telegram.org.

Sasha
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply to our reminder",
    why="recognized auto-reply",
    items={},
)

discord_bounce = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-5521"

--dsn-5521
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<tns-legal-kr@discord.com>: host mx1.discord.com[203.0.113.25] said: 550 5.1.1
    The email account that you tried to reach does not exist.

--dsn-5521
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 19 Sep 2024 09:00:01 +0900

Final-Recipient: rfc822; tns-legal-kr@discord.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--dsn-5521
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: tns-legal-kr@discord.com
Subject: Reminder: KCSC-240912-05 - 2 items still pending
Message-ID: <reminder.KCSC-240912-05.1@kcsc.example>
Date: Thu, 19 Sep 2024 09:00:00 +0900

Dear Discord,

We have no outcome yet for:
{D1}
{D2}

--dsn-5521--
"""
case(
    name="discord-reminder-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Thu, 19 Sep 2024 09:00:04 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=discord_bounce,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for a reminder sent to a wrong Discord address",
    why="delivery failure report; the returned reminder's URLs are our own text",
    items={D1: "pending", D2: "pending"},
)

naver_mdn = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7781"

--mdn-7781
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "게시물 조치 요청 (KCSC-240910-04)"을(를) 수신자가 2024-09-10 오후 3:02에 읽었습니다.

--mdn-7781
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-KCSC-240910-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7781--
"""
case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Tue, 10 Sep 2024 15:02:40 +0900",
    subject="읽음: 게시물 조치 요청 (KCSC-240910-04)",
    reply_to_req=req_mid("KCSC-240910-04"),
    raw_mime=naver_mdn,
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read receipt (MDN) for our request",
    why="read receipt: nothing about any item",
    items={},
)

case(
    name="kakao-ticket-received-korean",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 16 Sep 2024 15:01:30 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    reply_to_req=req_mid("KCSC-240916-06"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409-168842

순차적으로 확인 후 답변드리겠습니다. 답변은 영업일 기준 3~5일 정도 소요될 수 있습니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 문의 접수 안내 (receipt with 접수번호)",
    why="pure receipt, no item named",
    items={},
)

case(
    name="tg-case-number-receipt",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Mon, 09 Sep 2024 09:41:00 +0900",
    subject="Your report has been received - Case #4471902",
    reply_to_req=req_mid("KCSC-240909-03"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hello,

Thank you for your report. It has been registered as Case #4471902.
Our moderators will review it and get back to you if needed.

Please keep the case number in the subject line of any further messages.

Telegram
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse-desk case-number receipt",
    why="pure acknowledgement with a case number",
    items={},
)

# ---------------------------------------------------------------- write
HEADER = """# blind434: ticket systems and threads (Zendesk/Freshdesk/Jira/Help Scout
# receipts and results, solved tickets, follow-ups in one thread, replies to
# reminders, partial answers, forwarded mail). Written by tests/corpus/blind434/make.py
# from each email's meaning, before any run of the reader.
"""

def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    real mail clients send them."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind434", HEADER, CASES)
    from collections import Counter
    print(len(CASES), "cases", dict(Counter(c["outcome"] for c in CASES)))
