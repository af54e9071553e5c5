#!/usr/bin/env python3
"""Blind corpus set 140: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts and
results, solved tickets, follow-ups in the same thread, replies to our
reminders, partial answers and forwarded mail. Every email is fictional and
written in our own sentences; expected results were written from each
email's meaning before the reader was ever run on them.

    python3 tests/corpus/blind140/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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


def d(day, hh, mm, ss=0, tz=KST):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=tz))


# ---------------------------------------------------------------- requests
YT = [
    "https://www.youtube.com/watch?v=Qm7rT2xLpa1",
    "https://www.youtube.com/watch?v=Hn4vB8cWe0z",
    "https://www.youtube.com/@moonlit-casino-kr",
    "https://www.youtube.com/shorts/Zk3pL9sYt6w",
]
DC = [
    "https://discord.gg/bluepill-kr",
    "https://discord.gg/Xr7mQ2kd",
    "https://discord.gg/nightmarket24",
    "https://discord.gg/h8TzLw3P",
    "https://discord.com/channels/918273645501928374/918273645501928399/1281736450019283746",
    "https://discord.com/channels/918273645501928374/918273645501928399/1281739981203746817",
    "https://discord.com/channels/918273645501928374/918273645501928411/1281802265339211786",
    "https://discord.com/channels/1022937465019283740/1022937465019283745/1282015573826617404",
    "https://discord.com/channels/1022937465019283740/1022937465019283745/1282017740923904100",
    "https://discord.com/channels/1022937465019283740/1022937465019283752/1282230011462225961",
    "https://discord.com/channels/1136601928374650112/1136601928374650119/1282441857210974208",
    "https://discord.com/channels/1136601928374650112/1136601928374650119/1282443309175636010",
    "https://discord.com/channels/1136601928374650112/1136601928374650125/1282519920385904721",
]
NV = [
    "https://blog.naver.com/haneul_shop77/223560114872",
    "https://cafe.naver.com/greenleafmarket/48213",
    "https://cafe.naver.com/greenleafmarket/48290",
]
# Korean slug 직구-대행-후기, stored percent-encoded
KK_TISTORY_RAW = "https://hanbit-review.tistory.com/entry/직구-대행-후기"
KK = [
    "https://hanbit-review.tistory.com/entry/%EC%A7%81%EA%B5%AC-%EB%8C%80%ED%96%89-%ED%9B%84%EA%B8%B0",
    "https://cafe.daum.net/moonriver77/Lf9K/1123",
    "https://cafe.daum.net/moonriver77/Lf9K/1187",
    "https://blue-sale.tistory.com/52",
    "https://brunch.co.kr/@quietpine/88",
]
XX = [
    "https://x.com/dalbit_trade/status/1832004481726550017",
    "https://x.com/dalbit_trade/status/1832117730092216333",
]
TG = ["https://t.me/nightferry_kr/318"]
YT1 = ["https://www.youtube.com/watch?v=Rr8cN2mTqv4"]

REQUESTS = [
    ("KCSC-240902-01", "youtube", "2024-09-02T01:30:00Z", "2024-09-09T14:59:59Z", YT, "gambling",
     "illegal online casino promotion"),
    ("KCSC-240903-02", "discord", "2024-09-03T02:00:00Z", "2024-09-10T14:59:59Z", DC, "drugs",
     "drug trading servers and messages"),
    ("KCSC-240905-03", "naver", "2024-09-05T06:20:00Z", "2024-09-12T14:59:59Z", NV, "medicine",
     "unapproved medicine sales"),
    ("KCSC-240909-04", "kakao", "2024-09-09T01:00:00Z", "2024-09-16T14:59:59Z", KK, "medicine",
     "purchase-agency posts for prohibited goods"),
    ("KCSC-240910-05", "x", "2024-09-10T00:45:00Z", "2024-09-17T14:59:59Z", XX, "fraud",
     "fake ticket resale"),
    ("KCSC-240911-06", "telegram", "2024-09-11T05:00:00Z", "2024-09-18T14:59:59Z", TG, "drugs",
     "single channel post"),
    ("KCSC-240913-07", "youtube", "2024-09-13T02:10:00Z", "2024-09-20T14:59:59Z", YT1, "gambling",
     "single video"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def b64(text, width=76):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + width] for i in range(0, len(raw), width))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


ZD_HEAD = "##- Please type your reply above this line -##\n"

CASES = []


def case(**kw):
    CASES.append(kw)

# ======================================================================
# APPLIED
# ======================================================================

case(
    name="dc-zendesk-solved-first-part",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d(6, 14, 12), reply_to_req=mid("KCSC-240903-02"),
    subject="[Discord Safety] Re: KCSC-240903-02 - Request #29113847 has been solved",
    body=ZD_HEAD + f"""
Your request (29113847) has been solved. To reopen it, reply to this email.

Mina (Discord Trust & Safety)
Sep 6, 2024, 14:12 GMT+9

Hello,

Thank you for your report concerning the links in KCSC-240903-02. Our team
has finished reviewing the first part of your list and took these actions:

- {DC[4]} : message deleted, author account banned
- {DC[5]} : message deleted
- {DC[6]} : we could not locate this message anywhere on Discord
- {DC[0]} : the server behind this invite has been removed from Discord
- {DC[7]} : reviewed, no violation of our Community Guidelines found, no action taken

The other links are still with the team and we will follow up on them in
this ticket.

Kind regards,
Mina
Discord Trust & Safety

--------------------------------
This email is a service from Discord Safety. [RQ4W2-8ZK1]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request has been solved' notification with agent comment (Discord T&S)",
    why="trusted Discord ticket lists five links with unhedged outcomes; rest announced for later",
    items={DC[4]: "removed", DC[5]: "removed", DC[6]: "not_found", DC[0]: "removed", DC[7]: "rejected"},
)

case(
    name="dc-zendesk-followup-over-quote",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d(9, 10, 3), reply_to_req=mid("KCSC-240903-02"),
    subject="[Discord Safety] Re: KCSC-240903-02 - Request #29113847",
    body=ZD_HEAD + f"""
Mina (Discord Trust & Safety)
Sep 9, 2024, 10:03 GMT+9

Hello again,

Following up on the remaining links from your report. Results:

{DC[8]} - removed
{DC[9]} - removed
{DC[10]} - this message does not exist (the link returns "Unknown Message")
{DC[1]} - the server this invite pointed to has been deleted by our team

{DC[11]} and {DC[12]} are still under review.

Mina

On Sep 6, 2024, 14:12 GMT+9, Discord Trust & Safety wrote:
> Our team has finished reviewing the first part of your list and took
> these actions:
> - {DC[4]} : message deleted, author account banned
> - {DC[5]} : message deleted
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up comment in the same ticket with the previous comment quoted",
    why="new comment states four links; two still under review stay pending; quoted earlier results are not statements",
    items={DC[8]: "removed", DC[9]: "removed", DC[10]: "not_found", DC[1]: "removed",
           DC[11]: "pending", DC[12]: "pending", DC[4]: "pending", DC[5]: "pending"},
)

DC_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#999">##- Please type your reply above this line -##</p>
<p>Hello KCSC team,</p>
<p>Here is the resolution summary for the remaining items of KCSC-240903-02.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported link</th><th>Action taken</th></tr>
<tr><td><a href="{DC[2]}">{DC[2]}</a></td><td>Server removed</td></tr>
<tr><td><a href="{DC[3]}">{DC[3]}</a></td><td>Invite expired; no server could be found</td></tr>
<tr><td><a href="{DC[11]}">{DC[11]}</a></td><td>Message removed</td></tr>
<tr><td><a href="{DC[12]}">{DC[12]}</a></td><td>No violation found; content remains up</td></tr>
</table>
<p>With this, request #29113847 is marked as solved.</p>
<p>Discord Trust &amp; Safety</p>
</body></html>"""
DC_HTML_TXT = f"""##- Please type your reply above this line -##

Hello KCSC team,

Here is the resolution summary for the remaining items of KCSC-240903-02.

Reported link | Action taken
{DC[2]} | Server removed
{DC[3]} | Invite expired; no server could be found
{DC[11]} | Message removed
{DC[12]} | No violation found; content remains up

With this, request #29113847 is marked as solved.

Discord Trust & Safety
"""
case(
    name="dc-html-table-resolution-summary",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d(10, 16, 40), reply_to_req=mid("KCSC-240903-02"),
    subject="[Discord Safety] Re: KCSC-240903-02 - resolution summary (#29113847)",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="zd-alt-7731"

--zd-alt-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{DC_HTML_TXT}
--zd-alt-7731
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{DC_HTML}
--zd-alt-7731--
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk HTML notification with a two-column resolution table",
    why="table gives one unhedged action per link: removed, not found, removed, stays up",
    items={DC[2]: "removed", DC[3]: "not_found", DC[11]: "removed", DC[12]: "rejected"},
)

case(
    name="yt-freshdesk-resolved-outcome-lines",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d(5, 11, 25), reply_to_req=mid("KCSC-240902-01"),
    subject="Ticket #YT-48211 has been resolved [KCSC-240902-01]",
    body=f"""Hello KCSC team,

Your ticket about request KCSC-240902-01 has been set to Resolved. The
outcome for each URL you submitted is listed below.

URL: {YT[0]}
Outcome: Removed - violation of our Community Guidelines (harmful or dangerous content)

URL: {YT[1]}
Outcome: Age-restricted

URL: {YT[2]}
Outcome: Channel terminated

URL: {YT[3]}
Outcome: No action - the content does not violate our policies or local law

More about how we handle government requests:
https://support.google.com/youtube/answer/7523341

If you reply to this message the ticket will be reopened.

YouTube Legal Support
Ticket #YT-48211 | Status: Resolved | Priority: Medium
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with URL/Outcome pairs (YouTube legal support)",
    why="each requested URL has an outcome on the next line; help-centre link is not an item",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "removed", YT[3]: "rejected"},
)

case(
    name="yt-one-item-request-no-url",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date=d(16, 9, 48), reply_to_req=mid("KCSC-240913-07"),
    subject="Re: KCSC-240913-07 [Ticket 48377] - Resolved",
    body="""Hello,

We have reviewed the video in your request KCSC-240913-07. It has been
removed from YouTube for violating our policy on regulated goods and
services.

This ticket is now marked as resolved. If you reply, it will be reopened.

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style resolved ticket for a one-item legal request (Google)",
    why="single-item request; the video in it is stated removed without its URL",
    items={YT1[0]: "removed"},
)

case(
    name="naver-cs-answer-numbered-korean",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=d(10, 17, 2), reply_to_req=mid("KCSC-240905-03"),
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240905-03)",
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 시정요구(KCSC-240905-03)에 대하여
아래와 같이 조치하였음을 알려드립니다.

1. {NV[0]}
 - 조치 결과: 게시중단
2. {NV[1]}
 - 조치 결과: 임시조치(30일)
3. {NV[2]}
 - 조치 결과: 작성자가 이미 삭제한 게시물로 확인되어 별도 조치하지 않았습니다.

문의번호: 2409-0611-3382

본 메일은 발신 전용입니다. 추가 문의는 고객센터(https://help.naver.com/service/5600/contact)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 메일 with 조치 결과 per URL",
    why="게시중단 = removed, 임시조치 = restricted, already deleted by the author = not_found",
    items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "not_found"},
)

NV_QP_TEXT = f"""안녕하세요, 네이버 카페 운영정책 담당자입니다.

요청하신 건 중 아래 게시글은 카페 운영원칙 위반으로 블라인드 처리되었습니다.
{NV[1]}

나머지 두 건은 현재 검토 중이며, 결과가 나오는 대로 이 메일로 다시
안내드리겠습니다.
{NV[0]}
{NV[2]}

감사합니다.
네이버 카페 운영정책팀
"""
case(
    name="naver-qp-partial-blind",
    **{"from": "cafe_policy@navercorp.com"}, name_from="네이버 카페 운영정책팀",
    date=d(7, 13, 30), reply_to_req=mid("KCSC-240905-03"),
    subject="RE: [KCSC-240905-03] 시정요구 조치 요청",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(NV_QP_TEXT)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe policy team partial reply (quoted-printable Korean)",
    why="one post 블라인드 처리 = removed; the other two explicitly still 검토 중",
    items={NV[1]: "removed", NV[0]: "pending", NV[2]: "pending"},
)

case(
    name="kakao-cs-fullwidth-and-particle",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(12, 15, 8), reply_to_req=mid("KCSC-240909-04"),
    subject="[카카오 고객센터] 문의 답변 안내 (문의번호 1093384721) - KCSC-240909-04",
    body=f"""안녕하세요, 카카오 고객센터입니다.

문의하신 시정요구 건(KCSC-240909-04)에 대한 처리 결과를 안내드립니다.

■ 티스토리 게시글（{KK_TISTORY_RAW}）
  → 운영정책 위반으로 게시중단 처리되었습니다.

■ 브런치 글 {KK[4]}은 운영자에 의해 비공개 처리되었습니다.

■ {KK[3]} 게시글은 현재 담당 부서에서 검토 중입니다.

나머지 다음 카페 게시글 2건은 카페 담당 부서에서 별도로 회신드릴 예정입니다.

더 궁금하신 점은 이 메일에 회신해 주세요.
카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 문의 답변 안내 (help-desk answer) with 게시중단 and 비공개 처리",
    why="raw Korean Tistory path in full-width brackets 게시중단; Brunch URL followed by particle 은 비공개 처리; one still 검토 중",
    items={KK[0]: "removed", KK[4]: "removed", KK[3]: "pending"},
)

KK_CSV = "\ufeff번호,URL,처리결과,처리일시\n" + "\n".join([
    f"1,{KK_TISTORY_RAW},게시중단,2024-09-13 10:12",
    f"2,{KK[1]},삭제,2024-09-13 10:15",
    f"3,{KK[2]},임시조치(30일),2024-09-13 10:16",
    f"4,{KK[3]},게시물 없음(작성자 삭제),2024-09-13 10:20",
    f"5,{KK[4]},위반사항 없음 - 조치 불가,2024-09-13 10:31",
]) + "\n"
case(
    name="kakao-csv-attachment-results",
    **{"from": "cafe-help@daum.net"}, name_from="Daum 카페 고객센터",
    date=d(13, 11, 0), reply_to_req=mid("KCSC-240909-04"),
    subject="Re: [KCSC-240909-04] 시정요구 처리 결과 송부",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kk-mix-4410"

--kk-mix-4410
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 카카오 Daum 카페 고객센터입니다.

요청하신 KCSC-240909-04 건의 처리 결과를 첨부 파일(CSV)로 보내드립니다.
각 게시물의 처리 결과와 처리 일시를 확인해 주시기 바랍니다.

감사합니다.

--kk-mix-4410
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240909-04.csv"
Content-Disposition: attachment; filename="result_KCSC-240909-04.csv"
Content-Transfer-Encoding: base64

{b64(KK_CSV)}
--kk-mix-4410--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal result sheet sent as a CSV attachment to a ticket reply",
    why="CSV row per item: 게시중단, 삭제, 임시조치, 작성자 삭제(없음), 위반사항 없음",
    items={KK[0]: "removed", KK[1]: "removed", KK[2]: "restricted", KK[3]: "not_found", KK[4]: "rejected"},
)

case(
    name="x-reply-to-reminder-both-withheld",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d(19, 18, 22),
    subject="Re: Reminder: request KCSC-240910-05 is past its deadline",
    body=f"""Hello,

Apologies for the delay. Both posts listed in your request have now been
withheld in South Korea in accordance with local law:

{XX[0]}
{XX[1]}

Regards,
X Legal Team

On Thu, 19 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X,
>
> Our request KCSC-240910-05 of 10 September is past its deadline. The
> following items are still pending on our side:
> {XX[0]}
> {XX[1]}
>
> Please let us know what action was taken.
""",
    outcome="applied", classification="confirmation",
    imitates="Reply to our reminder, top-posted over the quoted reminder (X legal desk)",
    why="unquoted top part states both URLs withheld in South Korea = restricted",
    items={XX[0]: "restricted", XX[1]: "restricted"},
)

case(
    name="x-case-partial-one-rejected",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d(12, 8, 51), reply_to_req=mid("KCSC-240910-05"),
    subject="Case 0412938871 - KCSC-240910-05",
    body=f"""Hello,

We reviewed the reported post {XX[0]} and did not find it to be in
violation of the X Rules or of applicable local law. The post remains
available.

The second post ({XX[1]}) is still being assessed by our team; we will
write again when we have a decision.

Thanks,
X Legal
Case 0412938871
""",
    outcome="applied", classification="confirmation",
    imitates="X legal case reply with one refusal and one item still open",
    why="first post refused with reason = rejected; second still being assessed = pending",
    items={XX[0]: "rejected", XX[1]: "pending"},
)

case(
    name="tg-reply-to-reminder-taken-down",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(19, 21, 14),
    subject="Re: Reminder: KCSC-240911-06",
    body=f"""Hi,

The message at {TG[0]} was taken down on 14 September. Sorry for not
confirming earlier.

Best,
Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 19, 2024 9:00 AM
To: dsa@telegram.org
Subject: Reminder: KCSC-240911-06

Our request KCSC-240911-06 ({TG[0]}) is still pending. Please confirm the
action taken.
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply to a reminder, Outlook-style original below",
    why="unquoted sentence states the requested message taken down",
    items={TG[0]: "removed"},
)

case(
    name="dc-helpscout-numbered-invites",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date=d(8, 12, 19), reply_to_req=mid("KCSC-240903-02"),
    subject="Re: KCSC-240903-02 [Conversation #88123]",
    body=f"""Hi KCSC team,

Jae here from Discord Support. I checked the four invite links from your
request with our safety team:

1. {DC[0]} - server deleted
2. {DC[1]} - invite is invalid and we could not find any server linked to it
3. {DC[2]} - server reviewed, no violation of our Community Guidelines; it remains available
4. {DC[3]} - server removed

The message links are handled separately by Trust & Safety.

Cheers,
Jae
Discord Support

-- 
Conversation #88123 - reply to this email to continue the conversation.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout style conversation reply with a numbered list",
    why="numbered list gives an unhedged status to each invite",
    items={DC[0]: "removed", DC[1]: "not_found", DC[2]: "rejected", DC[3]: "removed"},
)

DC_B64_TEXT = f"""Hello KCSC,

Update on KCSC-240903-02 (our request 29113847).

We have actioned the following messages under our policies and they are
no longer available:
{DC[5]}
{DC[6]}

We were unable to locate the message below. The link returns "Unknown
Message" and there is no record of it in the channel:
{DC[12]}

Regards,
Discord Trust & Safety
"""
case(
    name="dc-base64-actioned-and-missing",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d(9, 19, 45), reply_to_req=mid("KCSC-240903-02"),
    subject="[Discord Safety] Update on request #29113847 (KCSC-240903-02)",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DC_B64_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="Ticket update sent with a base64 body (Discord T&S)",
    why="'actioned ... no longer available' = removed for two; 'unable to locate' = not_found",
    items={DC[5]: "removed", DC[6]: "removed", DC[12]: "not_found"},
)

case(
    name="yt-outlook-toppost-over-original",
    **{"from": "jiwoo.han@google.com"}, name_from="Jiwoo Han",
    date=d(6, 10, 5), reply_to_req=mid("KCSC-240902-01"),
    subject="RE: [KCSC-240902-01] 시정요구 / removal request",
    body=f"""Dear KCSC team,

Following our review, the video {YT[1]} has been removed globally, and the
channel {YT[2]} has been blocked in Korea.

We are still looking at the other two links in your request.

Best regards,
Jiwoo Han
Legal Specialist, YouTube Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:30 AM
To: legal-kr@google.com
Subject: [KCSC-240902-01] 시정요구 / removal request

Please remove or block the following content:
1. {YT[0]}
2. {YT[1]}
3. {YT[2]}
4. {YT[3]}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply by a legal specialist over our original request",
    why="video removed globally; channel blocked in Korea = restricted; other two pending, our list below is quoted",
    items={YT[1]: "removed", YT[2]: "restricted", YT[0]: "pending", YT[3]: "pending"},
)

case(
    name="naver-gmail-quote-two-of-three",
    **{"from": "soyeon.park@navercorp.com"}, name_from="박소연",
    date=d(9, 16, 44), reply_to_req=mid("KCSC-240905-03"),
    subject="Re: [KCSC-240905-03] 시정요구 조치 요청",
    body=f"""안녕하세요, 네이버 정책지원팀 박소연입니다.
요청하신 3건 중 2건에 대한 조치 결과를 회신드립니다.

{NV[0]}
→ 블로그 운영정책 위반으로 비공개 처리되었습니다.

{NV[2]}
→ 해당 게시물은 존재하지 않는 게시물입니다.

나머지 1건은 카페 매니저 소명 절차가 진행 중이며, 완료되면 별도로 안내드리겠습니다.

박소연 드림

2024년 9월 5일 (목) 오후 3:20, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하세요. 방송통신심의위원회입니다.
> 아래 게시물에 대하여 시정요구 하오니 조치 후 결과를 회신하여 주시기 바랍니다.
> 1. {NV[0]}
> 2. {NV[1]}
> 3. {NV[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply over the quoted request (NAVER policy staff)",
    why="비공개 처리 = removed; 존재하지 않는 게시물 = not_found; third in progress, quoted list not statements",
    items={NV[0]: "removed", NV[2]: "not_found", NV[1]: "pending"},
)

case(
    name="dc-statement-then-url-below",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d(7, 9, 12), reply_to_req=mid("KCSC-240903-02"),
    subject="[Discord Safety] Re: KCSC-240903-02 - Request #29113847",
    body=ZD_HEAD + f"""
Daniel (Discord Trust & Safety)
Sep 7, 2024, 09:12 GMT+9

Hi,

The following message has been removed for violating Discord's Community
Guidelines:
{DC[9]}

The following message was reviewed and does not break our rules, so it
remains up:
{DC[10]}

Daniel
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent comment with each URL on the line below its statement",
    why="statement line, then the URL it applies to: removed, then stays up = rejected",
    items={DC[9]: "removed", DC[10]: "rejected"},
)

case(
    name="dc-bare-url-status-below",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d(18, 15, 31),
    subject="Re: Reminder: KCSC-240903-02 overdue items",
    body=f"""Hello,

Thanks for the reminder. Current status of the items you listed:

{DC[4]}
Status: Removed

{DC[7]}
Status: Removed

{DC[8]}
Status: Not found - deleted by the user before our review

{DC[2]}
Status: Pending review

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reply to our reminder with bare URLs and a Status line under each",
    why="two removed, one deleted by its author = not_found, one pending review",
    items={DC[4]: "removed", DC[7]: "removed", DC[8]: "not_found", DC[2]: "pending"},
)

case(
    name="kakao-angle-bracket-wrapped",
    **{"from": "safety@kakaocorp.com"}, name_from="Kakao Safety",
    date=d(11, 14, 37), reply_to_req=mid("KCSC-240909-04"),
    subject="Re: [KCSC-240909-04] 시정요구",
    body=f"""안녕하세요, 카카오 세이프티팀입니다.

요청하신 게시물 중 다음 게시물이 삭제 처리되었습니다.
<{KK[1]}>
<https://hanbit-review.tistory.com/entry/%EC%A7%81%EA%B5%AC-%EB%8C%80%ED%96%89-
%ED%9B%84%EA%B8%B0>

나머지 게시물은 확인 후 다시 연락드리겠습니다.

카카오 세이프티팀
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao safety team reply with URLs in angle brackets, one wrapped by the mailer",
    why="both bracketed URLs (one wrapped inside its brackets) 삭제 처리 = removed",
    items={KK[1]: "removed", KK[0]: "removed"},
)

JSM_BODY = f"""------------------------------------------------------------
Reply above this line.

Seoyeon Lim commented:

Hi KCSC team,

The video {YT[0]} has been made unavailable in South Korea following our
legal review.

The Short {YT[3]} has been removed for violating our spam, deceptive
practices and scams policy.

We are closing this request. You can reopen it within 14 days.

View request - Turn off this request's notifications

This is shared with KCSC Takedown.

LRO-5521  KCSC-240902-01 removal request
Powered by Jira Service Management
"""
case(
    name="yt-jira-servicedesk-comment",
    **{"from": "legal-ops@youtube.com"}, name_from="YouTube Legal Operations",
    date=d(11, 18, 2), reply_to_req=mid("KCSC-240902-01"),
    subject="[JIRA] (LRO-5521) KCSC-240902-01 removal request",
    body=JSM_BODY,
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification ('Reply above this line', 'X commented')",
    why="unavailable in South Korea = restricted; Short removed = removed",
    items={YT[0]: "restricted", YT[3]: "removed"},
)

case(
    name="dc-echoed-report-decisions",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date=d(8, 20, 50),
    subject="Update on your reports (KCSC-240903-02)",
    body=f"""Here's an update on your reports.

Report ID: 5522190
Reported content: {DC[11]}
Reported for: Illegal activity
Submitted: Sep 3, 2024

Decision: We removed this content because it violates our Community Guidelines.

Report ID: 5522191
Reported content: {DC[3]}
Reported for: Illegal activity
Submitted: Sep 3, 2024

Decision: We did not find a violation. This content remains available.

Thanks for helping keep Discord safe.
https://discord.com/safety
""",
    outcome="applied", classification="confirmation",
    imitates="Platform 'update on your report' mail echoing each report and its decision",
    why="each echoed report has its decision: removed, and no violation = rejected",
    items={DC[11]: "removed", DC[3]: "rejected"},
)

NV_HTML = f"""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240905-03)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>연번</th><th>URL</th><th>조치내용</th><th>조치일</th></tr>
<tr><td>1</td><td>{NV[0]}</td><td>삭제</td><td>2024.09.11</td></tr>
<tr><td>2</td><td>{NV[1]}</td><td>국내 접근 제한</td><td>2024.09.11</td></tr>
<tr><td>3</td><td>{NV[2]}</td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
</table>
<p>감사합니다.<br>NAVER Corp. 정책지원팀</p>
</body></html>"""
case(
    name="naver-html-table-korean",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(11, 17, 15), reply_to_req=mid("KCSC-240905-03"),
    subject="[회신] 시정요구 조치 결과 (KCSC-240905-03)",
    type="html", body=NV_HTML,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치 결과 HTML table (NAVER)",
    why="삭제 = removed; 국내 접근 제한 = restricted; 작성자 삭제 = not_found",
    items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "not_found"},
)

case(
    name="tg-one-item-blocked-no-url",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(12, 22, 3),
    subject="Re: KCSC-240911-06",
    body="""Hello,

Thank you for your report. The content you reported has been blocked and
is no longer accessible to Telegram users.

Best,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk short outcome reply",
    why="one-item request; 'the content you reported has been blocked' covers its only item",
    items={TG[0]: "removed"},
)

case(
    name="x-ack-phrase-plus-outcomes",
    **{"from": "support@x.com"}, name_from="X Support",
    date=d(13, 3, 17), reply_to_req=mid("KCSC-240910-05"),
    subject="Your report - Case #0452291177 [KCSC-240910-05]",
    body=f"""Hello,

We received your report. After review, we have withheld the following post
in South Korea:
{XX[1]}

The other post you reported, {XX[0]}, had already been deleted by the
account holder before our review.

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support case reply opening with a receipt phrase, then outcomes",
    why="receipt phrase does not make it an acknowledgement: withheld in KR = restricted; deleted by author = not_found",
    items={XX[1]: "restricted", XX[0]: "not_found"},
)

case(
    name="kakao-reply-to-reminder-more-results",
    **{"from": "safety@kakaocorp.com"}, name_from="Kakao Safety",
    date=d(20, 10, 40),
    subject="Re: [독촉] KCSC-240909-04 미회신 항목 안내",
    body=f"""안녕하세요, 카카오 세이프티팀입니다.
지난 회신 이후 추가로 조치된 결과를 알려드립니다.

- {KK[2]} : 운영자 삭제
- {KK[3]} : 블로그 운영자가 자진 삭제하여 게시물이 확인되지 않습니다

감사합니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <safety@kakaocorp.com>
Sent: 2024-09-20 (금) 09:00:00 (GMT+09:00)
Subject: [독촉] KCSC-240909-04 미회신 항목 안내

아래 항목에 대한 조치 결과가 아직 회신되지 않았습니다.
{KK[2]}
{KK[3]}
{KK[4]}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply to a reminder (독촉) over the Daum-mail style original",
    why="운영자 삭제 = removed; deleted by its own author, not found = not_found; brunch only in our quoted reminder",
    items={KK[2]: "removed", KK[3]: "not_found", KK[4]: "pending"},
)

case(
    name="dc-solved-with-policy-links",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d(10, 11, 58), reply_to_req=mid("KCSC-240903-02"),
    subject="[Discord Safety] Re: KCSC-240903-02 - Request #29113847 has been solved",
    body=ZD_HEAD + f"""
Your request (29113847) has been solved.

Hana (Discord Trust & Safety)
Sep 10, 2024, 11:58 GMT+9

Hello,

We removed {DC[4]} and {DC[12]}; both broke our rules on the sale of
regulated and illegal goods (https://discord.com/guidelines).

You can read how we enforce these rules here:
https://support.discord.com/hc/en-us/articles/360035969312
Users affected by our decisions can appeal at https://dis.gd/appeals

Hana
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk solved ticket citing the platform's own guidelines, help and appeal pages",
    why="two named message links removed; the guidelines, help and appeal links are not items",
    items={DC[4]: "removed", DC[12]: "removed"},
)

# ======================================================================
# REVIEW
# ======================================================================

case(
    name="dc-promise-within-48h",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d(17, 11, 11),
    subject="Re: Reminder: KCSC-240903-02 overdue items",
    body=f"""Hello,

Thanks for the reminder. Our team has confirmed that the messages below
break our policies, and they will be removed within the next 48 hours:

{DC[6]}
{DC[7]}

We will confirm in this thread once done.

Discord Trust & Safety
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Reply to a reminder promising removal",
    why="'will be removed' is a promise, not a statement: items stay pending",
    items={DC[6]: "pending", DC[7]: "pending"},
)

case(
    name="yt-hedge-appears-removed",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date=d(14, 9, 2), reply_to_req=mid("KCSC-240913-07"),
    subject="Re: KCSC-240913-07 [Ticket 48377]",
    body=f"""Hello,

It appears that {YT1[0]} may already have been taken down by the uploader.
We are checking with the relevant team and will confirm shortly.

Google Legal Support
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Ticket update with a hedged first look",
    why="'appears ... may already have been' is a hedge: pending",
    items={YT1[0]: "pending"},
)

case(
    name="dc-bulk-all-actioned-solved",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d(15, 13, 20), reply_to_req=mid("KCSC-240903-02"),
    subject="[Discord Safety] Re: KCSC-240903-02 - Request #29113847 has been solved",
    body=ZD_HEAD + """
Your request (29113847) has been solved.

Mina (Discord Trust & Safety)
Sep 15, 2024, 13:20 GMT+9

Hello,

We have reviewed all of the content in your report KCSC-240903-02 and
taken action on all of it. We are marking this request as solved.

Mina
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Zendesk solved notification with a blanket statement",
    why="'action on all of it' for a 13-item request without naming items: bulk",
    items={},
)

case(
    name="naver-bulk-korean-all-three",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=d(12, 10, 10), reply_to_req=mid("KCSC-240905-03"),
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240905-03)",
    body="""안녕하세요. 네이버 고객센터입니다.

요청하신 시정요구 건(KCSC-240905-03)의 게시물 3건은 모두 게시중단 조치하였습니다.

이용해 주셔서 감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="NAVER 고객센터 answer with one sentence for the whole request",
    why="three-item request, all stated 게시중단 without naming each: bulk",
    items={},
)

case(
    name="x-auth-fail-removed",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date=d(11, 4, 40),
    subject="Re: KCSC-240910-05",
    body=f"""Hello,

The post {XX[0]} has been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="Short legal desk reply failing DMARC",
    why="x.com sender fails DKIM/SPF/DMARC: untrusted, nothing applied",
    items={XX[0]: "pending"},
)

case(
    name="dc-zendesk-hosted-domain",
    **{"from": "support@discordsafety.zendesk.com"}, name_from="Discord Safety",
    date=d(8, 15, 0), reply_to_req=mid("KCSC-240903-02"),
    subject="[Discord Safety] Re: KCSC-240903-02 - Request #29113847",
    body=ZD_HEAD + f"""
Kai (Discord Safety)
Sep 8, 2024, 15:00 GMT+9

Hello,

{DC[0]} - the server has been removed.

Kai
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk reply sent from the desk's own zendesk.com subdomain",
    why="authenticated but from zendesk.com, not a Discord sender domain: unknown sender",
    items={DC[0]: "pending"},
)

case(
    name="yt-asks-for-legal-basis",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d(4, 16, 30), reply_to_req=mid("KCSC-240902-01"),
    subject="Ticket #YT-48211 - more information needed [KCSC-240902-01]",
    body=f"""Hello KCSC team,

Before we can process your request, we need some more information about
{YT[1]}: please send the timestamps of the content you consider unlawful
and the provision of Korean law it breaches.

The ticket status is now "Waiting on customer". Reply to this email with
the details.

YouTube Legal Support
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Freshdesk 'waiting on customer' request for more information",
    why="platform asks us for timestamps and legal basis; no statement",
    items={YT[1]: "pending"},
)

case(
    name="naver-search-delisting-tistory",
    **{"from": "search_policy@navercorp.com"}, name_from="네이버 검색 정책",
    date=d(12, 14, 0),
    subject="[네이버 검색] 검색 결과 제외 요청 처리 안내",
    body=f"""안녕하세요, 네이버 검색 정책 담당자입니다.

요청하신 아래 문서는 네이버 검색 결과에서 제외(삭제) 처리되었습니다.
{KK_TISTORY_RAW}

원문 게시물의 삭제는 해당 서비스 운영사에 요청해 주시기 바랍니다.
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="NAVER search 검색 결과 제외 notice about a page hosted elsewhere",
    why="NAVER states removal of a Tistory (Kakao) item: another platform's item, nothing applied",
    items={KK[0]: "pending"},
)

case(
    name="dc-satisfaction-survey",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d(16, 9, 0),
    subject="How would you rate the support you received?",
    body="""Hello,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
https://discordsafety.zendesk.example/requests/29113847/satisfaction/good

Bad, I'm unsatisfied
https://discordsafety.zendesk.example/requests/29113847/satisfaction/bad

Discord Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer satisfaction survey after a solved ticket",
    why="trusted Discord mail naming no item and no request of ours: no claims (not an auto-reply, bounce, MDN or receipt)",
    items={},
)

case(
    name="tg-still-under-review",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(19, 11, 50),
    subject="Re: Reminder: KCSC-240911-06",
    body=f"""Hi,

The channel post {TG[0]} is still under review by our moderators. We will
update you once a decision has been made.

Telegram Abuse Team
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Reply to a reminder saying the item is still under review",
    why="'still under review' names the item but states nothing: pending",
    items={TG[0]: "pending"},
)

case(
    name="dc-law-firm-voluntary-deletion",
    **{"from": "hkim@hanul-law.example"}, name_from="Hyunwoo Kim (Hanul Law)",
    date=d(9, 18, 5),
    subject="KCSC-240903-02 - on behalf of the server administrators",
    body=f"""Dear Sir or Madam,

We act for the administrators of the community server referred to in your
request KCSC-240903-02 to Discord.

Our clients have voluntarily deleted the following messages:
{DC[4]}
{DC[5]}

We ask that the Commission take this into account.

Yours faithfully,
Hyunwoo Kim
Hanul Law
""",
    outcome="review", review="unknown_sender",
    imitates="Third-party (law firm) letter about a request sent to a platform",
    why="sender is no platform; its claim cannot change statuses",
    items={DC[4]: "pending", DC[5]: "pending"},
)

case(
    name="dc-agent-forwards-ts-outcome",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date=d(11, 13, 13), reply_to_req=mid("KCSC-240903-02"),
    subject="Fwd: KCSC-240903-02 outcome",
    body=f"""Hi KCSC team,

Please see below the outcome from our Trust & Safety team.

Jae

---------- Forwarded message ---------
From: T&S Escalations <tns-escalations@discord.com>
Date: Wed, Sep 11, 2024 at 12:40 PM
Subject: KCSC-240903-02 outcome
To: Discord Support <support@discord.com>

{DC[0]} - server removed
{DC[2]} - server removed
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="Support agent forwarding an internal team's result (Gmail forward block)",
    why="the statements are in the forwarded part, not the agent's own words: review forwarded",
    items={DC[0]: "pending", DC[2]: "pending"},
)

# ======================================================================
# IGNORED
# ======================================================================

case(
    name="dc-zendesk-receipt",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d(3, 11, 2), reply_to_req=mid("KCSC-240903-02"),
    subject="[Discord Safety] Re: KCSC-240903-02 - Request #29113847 received",
    body=ZD_HEAD + """
Your request (29113847) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from Discord Safety. [RQ4W2-8ZK1]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk automatic 'request received' notification",
    why="pure receipt: ticket created, nothing said about items",
    items={},
)

case(
    name="yt-freshdesk-receipt-echo",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d(2, 10, 31), reply_to_req=mid("KCSC-240902-01"),
    subject="Ticket received: [#YT-48211] KCSC-240902-01",
    body=f"""Dear KCSC Takedown,

Thank you for contacting YouTube Legal Support. A ticket has been created
with the details below, and a member of our team will respond as soon as
possible.

Ticket ID: YT-48211
Subject: KCSC-240902-01
Your message:
  Please remove or block the following content:
  1. {YT[0]}
  2. {YT[1]}
  3. {YT[2]}
  4. {YT[3]}

You can check the status of your ticket at
https://legal-support.youtube.example/support/tickets/48211

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk new-ticket auto-acknowledgement echoing the submitted message",
    why="receipt that only echoes our own request; no statement about any item",
    items={},
)

case(
    name="naver-out-of-office-korean",
    **{"from": "soyeon.park@navercorp.com"}, name_from="박소연",
    date=d(5, 15, 21), reply_to_req=mid("KCSC-240905-03"),
    subject="[자동회신] 부재중입니다 - Re: [KCSC-240905-03] 시정요구 조치 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요, 박소연입니다.
9월 5일부터 9월 8일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.
복귀 후 확인하여 회신드리겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto reply (부재중 자동회신)",
    why="out-of-office auto reply",
    items={},
)

case(
    name="dc-dsn-reminder-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date=d(17, 9, 1),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="dsn-b140-0917"

--dsn-b140-0917
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<safety@discord.com>: host mx1.discord.com[203.0.113.25] said: 552 5.2.2
    <safety@discord.com>: Mailbox full (in reply to RCPT TO command)

--dsn-b140-0917
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4WxK2R0mZ3
Arrival-Date: Tue, 17 Sep 2024 09:00:02 +0900 (KST)

Final-Recipient: rfc822; safety@discord.com
Original-Recipient: rfc822;safety@discord.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.discord.com
Diagnostic-Code: smtp; 552 5.2.2 <safety@discord.com>: Mailbox full

--dsn-b140-0917
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: safety@discord.com
Subject: Reminder: KCSC-240903-02 overdue items
Date: Tue, 17 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240903-02.1@kcsc.example>

The following items of KCSC-240903-02 are past their deadline:
{DC[6]}
{DC[7]}
Please remove them or tell us why they remain.

--dsn-b140-0917--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for a reminder (mailbox full) with the original attached",
    why="delivery status notification; the URLs are our own reminder",
    items={},
)

case(
    name="kakao-mdn-read-receipt",
    **{"from": "hj.choi@kakaocorp.com"}, name_from="최희진",
    date=d(9, 10, 14),
    subject="읽음 확인: [KCSC-240909-04] 시정요구",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-b140-kk"

--mdn-b140-kk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

2024-09-09 10:00에 takedown@kcsc.example 님이 보낸 메일 "[KCSC-240909-04] 시정요구"를
2024-09-09 10:14에 읽었습니다.

--mdn-b140-kk
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822; hj.choi@kakaocorp.com
Original-Message-ID: <req.KCSC-240909-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b140-kk--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Message disposition notification (읽음 확인) from a corporate mail client",
    why="read receipt says only that our request was displayed",
    items={},
)

case(
    name="x-out-of-office",
    **{"from": "mkang@x.com"}, name_from="Minseo Kang",
    date=d(10, 9, 46), reply_to_req=mid("KCSC-240910-05"),
    subject="Automatic reply: [KCSC-240910-05] Removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Hello,

I am out of the office until 23 September with limited access to email.
For urgent legal requests please use our legal request portal; your
message will not be forwarded.

Minseo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto reply",
    items={},
)

case(
    name="tg-ack-case-registered",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date=d(11, 14, 58), reply_to_req=mid("KCSC-240911-06"),
    subject="Re: KCSC-240911-06 - Case #88123457",
    body="""Hello,

Thank you for your report. It has been registered as Case #88123457 and
will be handled by our moderation team. Please quote the case number in
any further correspondence.

Telegram
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram DSA desk receipt with a case number",
    why="pure receipt: case registered, nothing about the item",
    items={},
)


HEADER = """# blind140: ticket systems and threads (Zendesk/Freshdesk/Jira/Help Scout
# receipts and results, solved tickets, follow-ups, replies to reminders,
# partial answers, forwarded mail). Written from each email's meaning before
# any run of the reader. Generated by make.py; do not edit by hand.
"""

def encode_headers(cases):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, the way
    Korean mailers send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode(maxlinelen=76, linesep="\n")


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind140", HEADER, CASES)
    print(len(CASES), "cases")
