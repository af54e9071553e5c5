#!/usr/bin/env python3
"""Blind set 194: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; expected results were written from each email's meaning alone,
before any run of the reader.

    python3 tests/corpus/blind194/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind194"

# ---------------------------------------------------------------- items
T118 = "https://t.me/gold_rain_signals/118"
T121 = "https://t.me/gold_rain_signals/121"
T127 = "https://t.me/gold_rain_signals/127"
T4402 = "https://t.me/nightferry_market/4402"
T4410 = "https://t.me/nightferry_market/4410"
T4415 = "https://t.me/nightferry_market/4415"
T4431 = "https://t.me/nightferry_market/4431"
T90 = "https://t.me/pale_lantern_chat/90"
T93 = "https://t.me/pale_lantern_chat/93"
TMO = "https://t.me/mirror_orchard"
TMO7 = "https://t.me/mirror_orchard/7"
TQL = "https://t.me/s/quietloom_drop/2256"
TG = [T118, T121, T127, T4402, T4410, T4415, T4431, T90, T93, TMO, TMO7, TQL]

X101 = "https://x.com/velvet_kite88/status/1830418800000000101"
X145 = "https://x.com/velvet_kite88/status/1830418800000000145"
XTP = "https://x.com/tidepool_nora/status/1830511200000000007"
XAF = "https://x.com/amberfield_k"
XLR = "https://x.com/lowtide_relay/status/1833300000000000222"

YQ = "https://www.youtube.com/watch?v=Qm7rT2xLp0a"
YZ = "https://www.youtube.com/watch?v=Zb41kYw9HcE"
YH = "https://www.youtube.com/@hollowcrane_tv"

NB1 = "https://blog.naver.com/sunbird_0412/223561234501"
NB2 = "https://blog.naver.com/sunbird_0412/223561234577"
NC1 = "https://cafe.naver.com/greenpier/88104"
NC2 = "https://cafe.naver.com/greenpier/88131"
NPV = "https://blog.naver.com/PostView.naver?blogId=mooncrest_77&logNo=223570001122"
NV = [NB1, NB2, NC1, NC2, NPV]

KC = "https://cafe.daum.net/silverpine/Qx2R/311"
KT = "https://hollowbay.tistory.com/entry/%ED%9B%84%EA%B8%B0-%EB%AA%A8%EC%9D%8C"
KT_RAW = "https://hollowbay.tistory.com/entry/후기-모음"
K52 = "https://hollowbay.tistory.com/52"

DM = "https://discord.com/channels/1100000000000000001/1100000000000000077/1280000000000000555"
DI = "https://discord.gg/velvetden"

REQUESTS = [
    ("KCSC-240902-01", "telegram", "2024-09-02", "2024-09-09", TG, "gambling",
     "req.b194.0902.01@kcsc.example", "gambling promotion channels"),
    ("KCSC-240903-02", "x", "2024-09-03", "2024-09-10", [X101, X145, XTP, XAF], "gambling",
     "req.b194.0903.02@kcsc.example", ""),
    ("KCSC-240904-03", "youtube", "2024-09-04", "2024-09-11", [YQ, YZ, YH], "gambling",
     "req.b194.0904.03@kcsc.example", ""),
    ("KCSC-240905-04", "naver", "2024-09-05", "2024-09-12", NV, "defamation",
     "req.b194.0905.04@kcsc.example", "blog and cafe posts"),
    ("KCSC-240906-05", "kakao", "2024-09-06", "2024-09-13", [KC, KT, K52], "privacy",
     "req.b194.0906.05@kcsc.example", "Daum cafe and Tistory"),
    ("KCSC-240909-06", "discord", "2024-09-09", "2024-09-16", [DM, DI], "drugs",
     "req.b194.0909.06@kcsc.example", ""),
    ("KCSC-240910-07", "x", "2024-09-10", "2024-09-17", [XLR], "drugs",
     "req.b194.0910.07@kcsc.example", "one post"),
]

R_TG = "req.b194.0902.01"
R_X = "req.b194.0903.02"
R_YT = "req.b194.0904.03"
R_NV = "req.b194.0905.04"
R_KK = "req.b194.0906.05"
R_DC = "req.b194.0909.06"
R_X1 = "req.b194.0910.07"


def pend(urls):
    return {u: "pending" for u in urls}


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


OUR_TG_REQUEST = "\n".join(
    ["Dear Telegram,", "",
     "Under the Act on the Establishment and Operation of the Korea Communications",
     "Standards Commission we request the removal of the following 12 items",
     "(reference KCSC-240902-01), which promote an unlicensed gambling site:", ""]
    + [f"{i}. {u}" for i, u in enumerate(TG, 1)]
    + ["", "Please reply by 9 September 2024.", "", "KCSC Takedown team"])

cases = []

# ======================================================================
# APPLIED
# ======================================================================

cases.append(dict(
    name="tg-zendesk-solved-numbered",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Wed, 04 Sep 2024 11:02:17 +0300",
    subject="[Case #4410021] Re: KCSC-240902-01 Removal request (gambling promotion)",
    reply_to_req=R_TG,
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""
##- Please type your reply above this line -##

Your request (Case #4410021) has been updated and marked as Solved.

Aleksei M. (Telegram Abuse Desk)
Sep 4, 2024, 11:02 GMT+3

Hello,

Thank you for your report. We have reviewed the first four links listed in
your request and taken the following action:

1. https://t.me/gold_rain_signals/118 - removed
2. https://t.me/gold_rain_signals/121 - removed
3. https://t.me/gold_rain_signals/127 - we could not find this post; the link does not lead to any message
4. https://t.me/nightferry_market/4402 - removed

The other links of your request are being handled by a colleague, who will
send you a separate update.

Regards,
Aleksei
Telegram Abuse Desk

--------------------------------
This email is a service from Telegram Abuse Desk. If this does not resolve
your request, simply reply to this email to reopen it.
[Z4K8Q-1P9R]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification with the agent's comment (abuse desk)",
    why="Numbered list, one status per link: three removed, one not found.",
    items={T118: "removed", T121: "removed", T127: "not_found", T4402: "removed"},
))

cases.append(dict(
    name="tg-zendesk-followup-quoted-earlier",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Fri, 06 Sep 2024 16:40:02 +0300",
    subject="[Case #4410021] Re: KCSC-240902-01 Removal request (gambling promotion)",
    reply_to_req=R_TG,
    body="""
##- Please type your reply above this line -##

Your request (Case #4410021) has been updated.

Dmitri V. (Telegram Abuse Desk)
Sep 6, 2024, 16:40 GMT+3

Hello again,

Following up on my colleague's message, here is the result for the
nightferry_market links:

https://t.me/nightferry_market/4410 - removed
https://t.me/nightferry_market/4415 - removed
https://t.me/nightferry_market/4431 - we found no violation of our Terms of Service in this post, so it stays up.

Best,
Dmitri

On Wed, Sep 4, 2024 at 11:02 AM, Telegram Abuse Desk <abuse@telegram.org> wrote:
> Hello,
>
> 1. https://t.me/gold_rain_signals/118 - removed
> 2. https://t.me/gold_rain_signals/121 - removed
> 3. https://t.me/gold_rain_signals/127 - we could not find this post
> 4. https://t.me/nightferry_market/4402 - removed
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up comment in the same ticket, earlier comment quoted",
    why="New comment: two removed, one refused; the earlier comment is quoted with '>' and changes nothing.",
    items={T4410: "removed", T4415: "removed", T4431: "rejected",
           T118: "pending", T121: "pending", T127: "pending", T4402: "pending"},
))

cases.append(dict(
    name="tg-reply-to-reminder-geo",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Wed, 11 Sep 2024 13:20:45 +0400",
    subject="Re: Reminder: KCSC-240902-01 overdue (3 items pending)",
    extra_headers=["In-Reply-To: <reminder.b194.0910.tg@kcsc.example>",
                   "References: <req.b194.0902.01@kcsc.example> <reminder.b194.0910.tg@kcsc.example>"],
    body="""
Dear KCSC team,

Apologies for the late answer on the remaining items.

The channel https://t.me/mirror_orchard has been restricted and is no longer
accessible to users in the Republic of Korea. For the same reason
https://t.me/pale_lantern_chat/93 was geo-blocked in Korea.

We also checked https://t.me/mirror_orchard/7: there is no message with that
number in the channel.

Kind regards,
Telegram DSA Team

On Tue, 10 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> This is a reminder that request KCSC-240902-01 (sent 2 September 2024) is
> past its deadline. The following items have no answer yet:
>
> https://t.me/pale_lantern_chat/93
> https://t.me/mirror_orchard
> https://t.me/mirror_orchard/7
""",
    outcome="applied", classification="confirmation",
    imitates="Abuse-desk reply to a regulator's reminder, top-posted over the quoted reminder",
    why="Channel and one post geo-restricted in Korea; the /7 post does not exist.",
    items={TMO: "restricted", T93: "restricted", TMO7: "not_found"},
))

CSV_TG = """link,decision,comment
https://t.me/pale_lantern_chat/90,blocked,post deleted by moderators
https://t.me/s/quietloom_drop/2256,blocked in KR,channel geo-restricted for users in South Korea
https://t.me/nightferry_market/4431,no action,does not break Telegram Terms of Service
https://t.me/gold_rain_signals/127,not found,message id does not exist
"""

cases.append(dict(
    name="tg-freshdesk-csv-outcome",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Mon, 09 Sep 2024 10:12:00 +0300",
    subject="Ticket #88213 - outcome sheet for KCSC-240902-01",
    reply_to_req=R_TG,
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="fd-b194-csv"

--fd-b194-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the per-link outcome for your request KCSC-240902-01
(ticket #88213). Links not in the sheet are still open on our side.

Regards,
Telegram Abuse Desk

--fd-b194-csv
Content-Type: text/csv; charset=utf-8; name="outcome_88213.csv"
Content-Disposition: attachment; filename="outcome_88213.csv"
Content-Transfer-Encoding: base64

{b64(CSV_TG)}
--fd-b194-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk agent reply with a CSV outcome sheet attached",
    why="CSV rows: blocked (removed), blocked in KR (restricted), no action (rejected), not found.",
    items={T90: "removed", TQL: "restricted", T4431: "rejected", T127: "not_found"},
))

cases.append(dict(
    name="x-helpscout-top-posted",
    **{"from": "legal@x.com"}, name_from="X Legal Support",
    date="Fri, 06 Sep 2024 02:31:09 +0000",
    subject="Re: KCSC-240903-02 - Request to remove content (illegal gambling)",
    reply_to_req=R_X,
    body="""
Hello,

Thank you for your patience. Please find our answers below.

We have withheld the following posts in South Korea in response to your request:
https://x.com/velvet_kite88/status/1830418800000000101
https://x.com/velvet_kite88/status/1830418800000000145

After review, the post https://x.com/tidepool_nora/status/1830511200000000007
was not found to violate the X Rules or the local law you cited, and we will
not take action on it.

The account https://x.com/amberfield_k has been permanently suspended for
violating our platform manipulation and spam policy.

More about country-withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Kind regards,
Maya
X Legal Support

On Tue, Sep 3, 2024 at 10:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X,
>
> We request the removal of the following 4 items (reference KCSC-240903-02):
>
> 1. https://x.com/velvet_kite88/status/1830418800000000101
> 2. https://x.com/velvet_kite88/status/1830418800000000145
> 3. https://x.com/tidepool_nora/status/1830511200000000007
> 4. https://x.com/amberfield_k
>
> KCSC Takedown team
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style agent reply top-posted over the Gmail-quoted request",
    why="Two withheld in KR, one refused with a reason, the account suspended (removed); help link is no item.",
    items={X101: "restricted", X145: "restricted", XTP: "rejected", XAF: "removed"},
))

cases.append(dict(
    name="x-jira-resolved-one-item",
    **{"from": "jira@legalops.x.com"}, name_from="X Legal Ops (Jira)",
    date="Thu, 12 Sep 2024 07:45:31 +0000",
    subject="[JIRA] (KRLEG-2291) KCSC-240910-07 removal request - Resolved",
    reply_to_req=R_X1,
    extra_headers=["Auto-Submitted: auto-generated", "Precedence: bulk",
                   "X-JIRA-FingerPrint: 5c1e0a77b2d94f1e8a03b6c2d9e4f711"],
    body="""
—-—-—-—-
Reply above this line.

Hana Seo resolved this as Done.

KRLEG-2291 KCSC-240910-07 removal request

Status: Resolved
Resolution: Done

Hana Seo commented:

The reported post https://x.com/lowtide_relay/status/1833300000000000222 has
been removed for violating our policy on illegal or certain regulated goods
and services.

View request · Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' customer notification",
    why="An automated notification, but it carries the agent's unhedged statement: removed.",
    items={XLR: "removed"},
))

cases.append(dict(
    name="x-partial-two-of-four",
    **{"from": "legal-requests@twitter.com"}, name_from="Twitter Legal",
    date="Thu, 05 Sep 2024 09:03:44 +0000",
    subject="Case 0917-KR-4471: update on KCSC-240903-02",
    reply_to_req=R_X,
    body="""
Hello,

This is an interim update on your request KCSC-240903-02.

Our review is complete for two of the four reported URLs:

- https://x.com/velvet_kite88/status/1830418800000000101 : withheld in Korea (KR)
- https://x.com/amberfield_k : we did not find a violation of our rules or of the cited law; the account remains available.

The remaining two URLs are still being reviewed by our team. We will write
again once we have a decision.

Thank you,
X Legal
Case 0917-KR-4471
""",
    outcome="applied", classification="confirmation",
    imitates="Partial answer from a legal-request desk (interim update)",
    why="One withheld in KR, the account refused; the two others still under review stay pending.",
    items={X101: "restricted", XAF: "rejected", X145: "pending", XTP: "pending"},
))

cases.append(dict(
    name="yt-html-table-resolved",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 18:22:10 -0700",
    subject="Your YouTube legal request [7-2281004318] has been resolved",
    reply_to_req=R_YT,
    type="html",
    body="""
<html><body>
<p>Hello,</p>
<p>Thanks for contacting YouTube. We've completed our review of the content you identified in request KCSC-240904-03. The outcome for each URL is shown below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>https://www.youtube.com/watch?v=Qm7rT2xLp0a</td><td>Removed for violating YouTube Community Guidelines</td></tr>
<tr><td>https://www.youtube.com/watch?v=Zb41kYw9HcE</td><td>Blocked from view in South Korea based on local law</td></tr>
<tr><td>https://www.youtube.com/@hollowcrane_tv</td><td>No action taken &ndash; the channel does not violate our policies</td></tr>
</table>
<p>If you have questions, you can reply to this email. To learn more about how we handle legal removal requests, visit <a href="https://support.google.com/legal/answer/3110420">our Help Center</a>.</p>
<p>Regards,<br>The YouTube Legal Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome, HTML table per URL",
    why="Removed, blocked in KR (restricted), no action (rejected); Help Center link is no item.",
    items={YQ: "removed", YZ: "restricted", YH: "rejected"},
))

YT_QP = """Hi,

Following up on our earlier reply about request KCSC-240904-03: after a second review by our policy specialists, the channel https://www.youtube.com/@hollowcrane_tv has been terminated for repeated violations of our spam and deceptive practices policy. It is no longer available on YouTube.

Best regards,
YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 14:03
To: youtube-legal@google.com
Subject: RE: [7-2281004318] Your YouTube legal request has been resolved

Could you please look again at https://www.youtube.com/@hollowcrane_tv? The channel now hosts the same videos as https://www.youtube.com/watch?v=Qm7rT2xLp0a, which you removed.
"""

cases.append(dict(
    name="yt-qp-second-review",
    **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 08:14:55 -0700",
    subject="RE: [7-2281004318] Your YouTube legal request has been resolved",
    reply_to_req=R_YT,
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="Follow-up after a re-review in a resolved YouTube legal ticket (quoted-printable, Outlook quoting)",
    why="Channel terminated (removed); the video is only named in our quoted message.",
    items={YH: "removed", YQ: "pending"},
))

cases.append(dict(
    name="naver-helpdesk-answer-ko",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 15:40:12 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240905-04)",
    reply_to_req=R_NV,
    body="""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240905-04)에 대한 처리 결과를 안내드립니다.

■ 게시중단 완료
- https://blog.naver.com/sunbird_0412/223561234501
- https://blog.naver.com/sunbird_0412/223561234577

■ 임시조치(30일)
- https://cafe.naver.com/greenpier/88104

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

네이버를 이용해 주셔서 감사합니다.
※ 이 메일에 회신하시면 같은 문의로 접수됩니다.
문의번호: 2024090911223344
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 메일 (게시중단·임시조치 결과)",
    why="Headed lists: two 게시중단 (removed), one 임시조치 (restricted); the rest stays pending.",
    items={NB1: "removed", NB2: "removed", NC1: "restricted", NC2: "pending", NPV: "pending"},
))

cases.append(dict(
    name="naver-followup-particles-ko",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 11:05:37 +0900",
    subject="RE: [KCSC-240905-04] 추가 회신",
    reply_to_req=R_NV,
    body="""
안녕하세요, 네이버 정책지원팀입니다.

지난 답변에서 안내드리지 못한 2건의 처리 결과입니다.

https://cafe.naver.com/greenpier/88131은 작성자가 이미 삭제한 게시물로 확인되어 별도 조치가 필요하지 않습니다.
https://blog.naver.com/PostView.naver?blogId=mooncrest_77&logNo=223570001122의 경우 운영원칙 위반이 확인되어 블라인드 처리하였습니다（10일 오전 기준）.

감사합니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-05 (목) 10:00:00
Subject: [KCSC-240905-04] 게시물 삭제 요청

아래 게시물 5건의 삭제를 요청합니다.
https://blog.naver.com/sunbird_0412/223561234501
https://blog.naver.com/sunbird_0412/223561234577
https://cafe.naver.com/greenpier/88104
https://cafe.naver.com/greenpier/88131
https://blog.naver.com/PostView.naver?blogId=mooncrest_77&logNo=223570001122
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 정책지원팀 follow-up reply, Korean particles glued to URLs, Outlook quoting",
    why="Cafe post already deleted by its author (not_found); blog post 블라인드 (removed); quoted request changes nothing.",
    items={NC2: "not_found", NPV: "removed", NB1: "pending", NB2: "pending", NC1: "pending"},
))

NV_HTML = """<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. NAVER 게시중단 처리센터입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240905-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="https://blog.naver.com/sunbird_0412/223561234501">https://blog.naver.com/sunbird_0412/223561234501</a></td><td>게시중단</td><td>명예훼손</td></tr>
<tr><td>2</td><td><a href="https://blog.naver.com/sunbird_0412/223561234577">https://blog.naver.com/sunbird_0412/223561234577</a></td><td>삭제</td><td>&nbsp;</td></tr>
<tr><td>3</td><td><a href="https://cafe.naver.com/greenpier/88104">https://cafe.naver.com/greenpier/88104</a></td><td>임시조치</td><td>30일</td></tr>
<tr><td>4</td><td><a href="https://cafe.naver.com/greenpier/88131">https://cafe.naver.com/greenpier/88131</a></td><td>게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>5</td><td><a href="https://blog.naver.com/PostView.naver?blogId=mooncrest_77&amp;logNo=223570001122">https://blog.naver.com/PostView.naver?blogId=mooncrest_77&amp;logNo=223570001122</a></td><td>조치 불가</td><td>운영원칙 위반사항 없음(게시 유지)</td></tr>
</table>
<p>문의: 게시중단 처리센터 (<a href="https://right.naver.com/">right.naver.com</a>)</p>
</body></html>
"""

cases.append(dict(
    name="naver-base64-html-table",
    **{"from": "noreply@navercorp.com"}, name_from="NAVER 게시중단 처리센터",
    date="Thu, 12 Sep 2024 17:30:00 +0900",
    subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240905-04)",
    reply_to_req=R_NV,
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NV_HTML)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (base64 HTML)",
    why="Five rows: 게시중단, 삭제, 임시조치, 게시물 없음, 조치 불가 (no violation, stays up).",
    items={NB1: "removed", NB2: "removed", NC1: "restricted", NC2: "not_found", NPV: "rejected"},
))

cases.append(dict(
    name="kakao-ticket-answer-ko",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 14:12:09 +0900",
    subject="[카카오 고객센터] 문의 답변 안내 (KCSC-240906-05)",
    reply_to_req=R_KK,
    body=f"""
안녕하세요, 카카오 고객센터입니다.
문의하신 내용에 대해 아래와 같이 답변드립니다.

━━━━━━━━━━━━━━━━━━━━
[답변 내용]
요청하신 게시물 3건을 검토하였습니다.

1) Daum 카페 게시물 https://cafe.daum.net/silverpine/Qx2R/311 → 게시중단 조치 완료
2) 티스토리 게시글 {KT_RAW} → 비공개 처리
3) 티스토리 게시글 https://hollowbay.tistory.com/52 → 임시조치(30일)
━━━━━━━━━━━━━━━━━━━━

추가 문의는 이 메일에 회신해 주세요.
[답변 만족도 평가하기] https://cs.kakao.com/survey?ticket=9900231
""",
    outcome="applied", classification="confirmation",
    imitates="카카오 고객센터 문의 답변 (helpdesk answer with numbered results)",
    why="게시중단 and 비공개 처리 (removed), 임시조치 (restricted); raw Korean path matches the encoded item; survey link is no item.",
    items={KC: "removed", KT: "removed", K52: "restricted"},
))

cases.append(dict(
    name="kakao-solved-english-quoted",
    **{"from": "tistory-support@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Thu, 12 Sep 2024 10:48:20 +0900",
    subject="Re: KCSC-240906-05 [Ticket 9900231] solved",
    reply_to_req=R_KK,
    body=f"""
Hello,

Your ticket 9900231 has been marked as solved.

Agent note:
We have deleted the post https://hollowbay.tistory.com/52 after confirming that
it breaches the TISTORY operating policy.

Kind regards,
Kakao Trust & Safety

On Fri, Sep 6, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Please remove the following items (KCSC-240906-05):
> https://cafe.daum.net/silverpine/Qx2R/311
> {KT_RAW}
> https://hollowbay.tistory.com/52
""",
    outcome="applied", classification="confirmation",
    imitates="Ticket 'solved' notification with an agent note (English desk of a Korean portal)",
    why="One post deleted; the two others appear only in our quoted request.",
    items={K52: "removed", KC: "pending", KT: "pending"},
))

cases.append(dict(
    name="discord-zendesk-solved",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 03:14:40 -0700",
    subject="[Discord] Re: KCSC-240909-06 Removal request",
    reply_to_req=R_DC,
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""
##- Please type your reply above this line -##

Your request (2204517) has been solved. To reopen it, reply to this email.

Sami (Discord Trust & Safety)
Sep 12, 2024, 03:14 PDT

Hi there,

Thanks for reaching out. Our Safety team reviewed both links:

* The message at https://discord.com/channels/1100000000000000001/1100000000000000077/1280000000000000555 has been deleted.
* The server behind the invite https://discord.gg/velvetden has been removed from Discord, so the invite no longer works.

You can read more about our Community Guidelines at https://discord.com/guidelines.

Best,
Sami
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Zendesk 'request solved' email with the agent's comment",
    why="Message deleted, server behind the invite removed; guidelines link is no item.",
    items={DM: "removed", DI: "removed"},
))

cases.append(dict(
    name="discord-partial-wrapped-url",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Tue, 10 Sep 2024 16:02:11 -0700",
    subject="Re: [Discord] KCSC-240909-06 Removal request (#2204517)",
    reply_to_req=R_DC,
    body="""
Hi,

Quick update on ticket #2204517. We took action on the reported message, which
has been removed:
<https://discord.com/channels/1100000000000000001/1100000000000000077/
1280000000000000555>

The server linked by https://discord.gg/velvetden is still being investigated
and we'll let you know once we reach a decision.

Thanks,
Discord Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Partial agent update; long URL wrapped inside angle brackets on the line below its statement",
    why="Message removed; the invite's server is still under investigation (pending).",
    items={DM: "removed", DI: "pending"},
))

cases.append(dict(
    name="tg-outlook-original-message",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Compliance",
    date="Thu, 05 Sep 2024 12:00:31 +0200",
    subject="RE: KCSC-240902-01 Removal request (gambling promotion)",
    reply_to_req=R_TG,
    body=f"""
Dear Sir or Madam,

Please see the status of the nightferry_market links below.

https://t.me/nightferry_market/4402 – taken down
https://t.me/nightferry_market/4410 – taken down
https://t.me/nightferry_market/4415 – not found (deleted by the channel owner before our review)
https://t.me/nightferry_market/4431 – taken down

Kind regards,
Telegram DSA Compliance

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:05 AM
To: dsa@telegram.org
Subject: KCSC-240902-01 Removal request (gambling promotion)

{OUR_TG_REQUEST}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----' with the whole request",
    why="Three taken down, one deleted by its owner (not_found); the other requested URLs only in the quoted request.",
    items={T4402: "removed", T4410: "removed", T4415: "not_found", T4431: "removed",
           T118: "pending", TQL: "pending", TMO: "pending"},
))

cases.append(dict(
    name="tg-url-then-status-line",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Sat, 07 Sep 2024 09:41:00 +0300",
    subject="[Case #4410021] Update on pale_lantern_chat",
    reply_to_req=R_TG,
    body="""
##- Please type your reply above this line -##

Hello,

Below is the review result for the two pale_lantern_chat posts from
KCSC-240902-01.

https://t.me/pale_lantern_chat/90
Status: Blocked (removed for all users)

https://t.me/pale_lantern_chat/93
Status: No violation - content remains available

Regards,
Telegram Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Ticket comment with a bare URL and its status on the line below",
    why="One blocked for all users (removed), one with no violation (rejected).",
    items={T90: "removed", T93: "rejected"},
))

cases.append(dict(
    name="tg-statement-then-url-below",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Sun, 08 Sep 2024 20:15:00 +0400",
    subject="KCSC-240902-01: mirror_orchard",
    reply_to_req=R_TG,
    body="""
Hello,

The following channel was blocked on Telegram for all users for distributing
illegal gambling advertisements:
https://t.me/mirror_orchard

The following link does not point to an existing message, so there was
nothing to act on:
https://t.me/mirror_orchard/7

Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="Abuse-desk reply with each statement above its URL",
    why="Channel blocked for all users (removed); the /7 link leads to no message (not_found).",
    items={TMO: "removed", TMO7: "not_found"},
))

cases.append(dict(
    name="x-reply-to-reminder-angle",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 01:09:12 +0000",
    subject="Re: Reminder: KCSC-240903-02 overdue (2 items pending)",
    extra_headers=["In-Reply-To: <reminder.b194.0911.x@kcsc.example>",
                   "References: <req.b194.0903.02@kcsc.example> <reminder.b194.0911.x@kcsc.example>"],
    body="""
Hi KCSC team,

Sorry for the delay, and thanks for the reminder. Both remaining posts have now
been reviewed:

  <https://x.com/velvet_kite88/status/1830418800000000145> has been removed for violating the X Rules.
  <https://x.com/tidepool_nora/status/1830511200000000007> is withheld in South Korea.

Best regards,
X Legal

On Wed, Sep 11, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:

> This is a reminder that request KCSC-240903-02 (sent 3 September 2024) is past
> its deadline. The following items have no answer yet:
>
> https://x.com/velvet_kite88/status/1830418800000000145
> https://x.com/tidepool_nora/status/1830511200000000007
""",
    outcome="applied", classification="confirmation",
    imitates="Reply to our reminder, URLs in angle brackets, Gmail quoting",
    why="One removed, one withheld in KR (restricted).",
    items={X145: "removed", XTP: "restricted"},
))

cases.append(dict(
    name="x-sole-statement-one-item",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 06:30:00 +0000",
    subject="Case 0923-KR-1188 - KCSC-240910-07",
    reply_to_req=R_X1,
    body="""
Hello,

Thank you for your report regarding KCSC-240910-07.

We reviewed the reported post and found that it violates the X Rules. The post
has been removed and is no longer visible on X.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Short legal-desk answer naming only the reference of a one-item request",
    why="No URL, but the request has a single item and the statement is unhedged: removed.",
    items={XLR: "removed"},
))

cases.append(dict(
    name="tg-receipt-with-statements",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Tue, 03 Sep 2024 08:55:00 +0300",
    subject="[Case #4410021] We received your request",
    reply_to_req=R_TG,
    body="""
Hello,

We received your request KCSC-240902-01 and it has been assigned Case #4410021.

Some of the links had already been handled before your report reached us:
https://t.me/gold_rain_signals/121 and https://t.me/gold_rain_signals/127 were
blocked following earlier user reports. The remaining links are now in our
review queue.

Telegram Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Ticket receipt that also reports links already handled",
    why="An acknowledgement phrase plus an unhedged statement: two posts blocked (removed); the rest stays pending.",
    items={T121: "removed", T127: "removed"},
))

cases.append(dict(
    name="yt-agent-forwards-reviewer-note",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Korea",
    date="Tue, 10 Sep 2024 17:02:00 +0900",
    subject="Fwd: [7-2281004318] reviewer outcome",
    reply_to_req=R_YT,
    body="""
Hello KCSC,

Our reviewer has finished checking https://www.youtube.com/watch?v=Zb41kYw9HcE:
the video has been age-restricted and can no longer be watched by signed-out
users or users under 18. I am forwarding her note below for your records.

Jiyoon
YouTube Legal, Korea

---------- Forwarded message ---------
From: T&S Reviewer <tns-review@google.com>
Date: Tue, Sep 10, 2024 at 4:11 PM
Subject: [7-2281004318] reviewer outcome
To: <legal-kr@google.com>

Zb41kYw9HcE - age-restricted (graphic content). No further action.
""",
    outcome="applied", classification="confirmation",
    imitates="Platform agent forwarding an internal reviewer note with her own statement above it",
    why="The YouTube agent states it herself above the forward: age-restricted (restricted).",
    items={YZ: "restricted"},
))

cases.append(dict(
    name="naver-reply-to-reminder-ko",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 10:20:00 +0900",
    subject="RE: [독촉] KCSC-240905-04 처리결과 회신 요청",
    extra_headers=["In-Reply-To: <reminder.b194.0912.nv@kcsc.example>"],
    body="""
안녕하세요. 네이버 정책지원팀입니다.
회신이 늦어 죄송합니다. 요청하신 5건 중 아래 3건의 처리 결과를 먼저 알려드립니다.

1. https://blog.naver.com/sunbird_0412/223561234577 : 게시중단
2. https://cafe.naver.com/greenpier/88104 : 운영자 삭제
3. https://cafe.naver.com/greenpier/88131 : 게시물이 존재하지 않음

나머지 2건은 법무 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-12 (목) 09:00:00
Subject: [독촉] KCSC-240905-04 처리결과 회신 요청

기한이 지난 요청 KCSC-240905-04의 처리 결과를 회신하여 주시기 바랍니다.
https://blog.naver.com/sunbird_0412/223561234501
https://blog.naver.com/sunbird_0412/223561234577
https://cafe.naver.com/greenpier/88104
https://cafe.naver.com/greenpier/88131
https://blog.naver.com/PostView.naver?blogId=mooncrest_77&logNo=223570001122
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply to a 독촉 (reminder) e-mail, partial results, Outlook quoting",
    why="게시중단 and 운영자 삭제 (removed), 게시물이 존재하지 않음 (not_found); two still under legal review.",
    items={NB2: "removed", NC1: "removed", NC2: "not_found", NB1: "pending", NPV: "pending"},
))

cases.append(dict(
    name="tg-mixed-prose",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Mon, 09 Sep 2024 19:44:00 +0400",
    subject="Re: KCSC-240902-01 - outcome for gold_rain_signals and quietloom_drop",
    reply_to_req=R_TG,
    body="""
Dear KCSC,

Regarding the gold_rain_signals posts in your request,
https://t.me/gold_rain_signals/118 was removed by our moderators on
5 September, while https://t.me/gold_rain_signals/127 did not break our rules
and remains available. The preview link https://t.me/s/quietloom_drop/2256 now
shows nothing to users in Korea, because the channel has been geo-restricted
there following your request.

Best wishes,
Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="Prose reply from a DSA contact point, several statuses in running sentences",
    why="Removed, rejected (stays up), restricted in Korea.",
    items={T118: "removed", T127: "rejected", TQL: "restricted"},
))

# ======================================================================
# REVIEW
# ======================================================================

cases.append(dict(
    name="tg-promise-within-24h",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Wed, 04 Sep 2024 18:30:00 +0300",
    subject="[Case #4410021] Re: KCSC-240902-01 Removal request (gambling promotion)",
    reply_to_req=R_TG,
    body="""
##- Please type your reply above this line -##

Hello,

Thank you for the additional details. Our moderators confirmed that the
gold_rain_signals posts fall within scope, and the following will be removed
within the next 24 hours:

https://t.me/gold_rain_signals/118
https://t.me/gold_rain_signals/121

We will confirm once this is done.

Telegram Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="Ticket comment promising removal",
    why="'will be removed within 24 hours' is a promise, not a statement.",
    items={T118: "pending", T121: "pending"},
))

cases.append(dict(
    name="x-hedged-appears",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 11:12:00 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req=R_X,
    body="""
Hi,

We looked at the reported posts. The post
https://x.com/tidepool_nora/status/1830511200000000007 appears to have been
deleted by the account holder, and
https://x.com/velvet_kite88/status/1830418800000000145 may already be
unavailable in your region; we are confirming with the team that handles
country withholding.

I'll follow up once I have a definite answer.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="Agent's hedged interim answer",
    why="'appears to have been', 'may already be': hedges, nothing to apply.",
    items={XTP: "pending", X145: "pending"},
))

cases.append(dict(
    name="yt-status-in-progress",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 09:00:00 -0700",
    subject="[7-2281004318] Status update: In progress",
    reply_to_req=R_YT,
    body="""
Hello,

The status of your request [7-2281004318] (KCSC-240904-03) has changed from
"New" to "In progress".

Our specialists are reviewing the following URLs:
https://www.youtube.com/watch?v=Qm7rT2xLp0a
https://www.youtube.com/watch?v=Zb41kYw9HcE
https://www.youtube.com/@hollowcrane_tv

No action is needed from you right now. We will notify you of the outcome.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Ticket status-change notification (New -> In progress) listing the URLs",
    why="'are reviewing' is no statement; names the items, so a person looks (arguable: could be an acknowledgement).",
    items={YQ: "pending", YZ: "pending", YH: "pending"},
))

cases.append(dict(
    name="tg-bulk-all-blocked",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Fri, 13 Sep 2024 12:00:00 +0400",
    subject="RE: KCSC-240902-01 Removal request (gambling promotion) - closed",
    reply_to_req=R_TG,
    body="""
Dear KCSC,

We are writing to let you know that all the links reported in KCSC-240902-01
have been blocked on Telegram. We consider this request closed.

Regards,
Telegram DSA Team
""",
    outcome="review", review="bulk",
    imitates="Ticket closing note covering the whole request",
    why="One statement about all twelve links without naming them: bulk.",
    items=pend(TG),
))

cases.append(dict(
    name="naver-bulk-ko",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Tue, 10 Sep 2024 16:00:00 +0900",
    subject="[NAVER] KCSC-240905-04 조치 완료 안내",
    reply_to_req=R_NV,
    body="""
안녕하세요. 네이버 정책지원팀입니다.

방송통신심의위원회 시정요구(KCSC-240905-04)에 따라 요청하신 게시물 5건 모두
게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean 조치 완료 안내 covering every post of a request",
    why="'게시물 5건 모두 게시중단': whole request without naming items: bulk.",
    items=pend(NV),
))

cases.append(dict(
    name="x-dmarc-fail-list-relay",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    date="Sun, 08 Sep 2024 04:40:00 +0000",
    subject="Re: KCSC-240903-02 outcome",
    reply_to_req=R_X,
    extra_headers=["List-Id: <kr-legal-relay.lists.example>"],
    body="""
Hello,

Outcome for KCSC-240903-02:

https://x.com/velvet_kite88/status/1830418800000000101 - removed
https://x.com/tidepool_nora/status/1830511200000000007 - removed

X Legal
""",
    outcome="review", review="untrusted",
    imitates="Platform reply relayed through a mailing list, DKIM/DMARC broken",
    why="From x.com but DMARC fails: untrusted, nothing applied.",
    items={X101: "pending", XTP: "pending"},
))

cases.append(dict(
    name="discord-zendesk-hosted-domain",
    **{"from": "support@discordsafety.zendesk.com"}, name_from="Discord Safety",
    date="Wed, 11 Sep 2024 12:30:00 -0700",
    subject="[Discord Safety] Re: KCSC-240909-06 Removal request",
    reply_to_req=R_DC,
    body="""
##- Please type your reply above this line -##

Your request (2204517) has been updated.

Noor (Discord Safety)
Sep 11, 2024, 12:30 PDT

Hello,

The message
https://discord.com/channels/1100000000000000001/1100000000000000077/1280000000000000555
has been deleted by our team.

Discord Safety
""",
    outcome="review", review="unknown_sender",
    imitates="Helpdesk mail sent from the helpdesk vendor's own domain instead of the platform's",
    why="zendesk.com subdomain is no Discord sender domain: unknown sender.",
    items={DM: "pending"},
))

cases.append(dict(
    name="kakao-daum-search-naver-item",
    **{"from": "searchpolicy@kakaocorp.com"}, name_from="카카오 검색정책",
    date="Wed, 11 Sep 2024 15:00:00 +0900",
    subject="[Daum 검색] 검색결과 노출 제한 안내 (KCSC-240905-04)",
    body="""
안녕하세요. 카카오 검색정책 담당자입니다.

요청하신 게시물 중 아래 게시물은 Daum 검색 결과에 노출되지 않도록 제한 조치하였습니다.

- https://blog.naver.com/sunbird_0412/223561234501

원 게시물의 삭제는 해당 서비스 운영사(네이버)에 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Search engine's notice that a third-party post was removed from its results",
    why="Kakao states a status for a NAVER item: wrong platform, nothing applied.",
    items={NB1: "pending"},
))

cases.append(dict(
    name="x-needs-more-information",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 14:00:00 +0000",
    subject="Re: KCSC-240903-02 - additional information needed",
    reply_to_req=R_X,
    body="""
Hello,

Thank you for your request. Before we can act on https://x.com/amberfield_k,
we need some more information:

1. the specific provision of Korean law the account is alleged to violate, and
2. examples of posts from the account that you consider unlawful.

Please reply to this email with these details so that we can continue our
review. The other three URLs are being reviewed as usual.

X Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Legal desk asking for the legal basis before acting",
    why="Asks for more information about a requested item; nothing decided.",
    items={XAF: "pending"},
))

cases.append(dict(
    name="staff-forwards-naver-answer",
    **{"from": "jiwoo.park@kcsc.example"}, name_from="박지우",
    date="Fri, 13 Sep 2024 09:12:00 +0900",
    subject="Fwd: [네이버 고객센터] 문의하신 내용에 대한 답변입니다.",
    body="""
개인 메일함으로 온 답변이라 전달합니다. 확인 부탁드립니다.

---------- Forwarded message ---------
보낸사람: 네이버 고객센터 <help@naver.com>
Date: 2024년 9월 12일 (목) 오후 6:02
Subject: [네이버 고객센터] 문의하신 내용에 대한 답변입니다.
To: <jiwoo.park@kcsc.example>

안녕하세요. 네이버 고객센터입니다.
요청하신 게시물(KCSC-240905-04) 중 https://blog.naver.com/sunbird_0412/223561234501 은
게시중단 처리되었습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Colleague forwarding a platform answer received in a personal mailbox",
    why="The NAVER text is only inside a forward by our own staff: a person checks it.",
    items={NB1: "pending"},
))

cases.append(dict(
    name="tg-ticket-closed-inactivity",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Wed, 18 Sep 2024 10:00:00 +0300",
    subject="Your ticket has been closed",
    body="""
Hello,

Your ticket #4410388 has been closed because we did not hear back from you
for 7 days.

If you still need help, simply reply to this email and the ticket will be
reopened.

Telegram Support
""",
    outcome="review", review="no_claims",
    imitates="Helpdesk auto-close-for-inactivity notice",
    why="Trusted Telegram mail naming no item and no request of ours: no claims.",
    items={},
))

cases.append(dict(
    name="kakao-promise-ko",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 17:25:00 +0900",
    subject="[카카오 고객센터] 문의 답변 안내 (KCSC-240906-05)",
    reply_to_req=R_KK,
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 티스토리 게시글 {KT_RAW} 및 https://hollowbay.tistory.com/52 에
대해서는 담당 부서에서 운영정책 위반 여부를 확인한 후 조치할 예정입니다.
처리 결과는 확인되는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="카카오 고객센터 interim answer (조치할 예정)",
    why="'확인한 후 조치할 예정': a promise, nothing to apply.",
    items={KT: "pending", K52: "pending"},
))

# ======================================================================
# IGNORED
# ======================================================================

cases.append(dict(
    name="tg-zendesk-receipt",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Mon, 02 Sep 2024 11:06:00 +0300",
    subject="[Case #4410021] Received: KCSC-240902-01 Removal request (gambling promotion)",
    reply_to_req=R_TG,
    extra_headers=["Auto-Submitted: auto-replied", "X-Mailer: Zendesk Mailer"],
    body="""
##- Please type your reply above this line -##

Thank you for contacting the Telegram Abuse Desk. This is an automatic
confirmation that we have received your message and opened Case #4410021.

A member of our team will get back to you. You can add information to this
case by replying to this email; please keep the case number in the subject.

Telegram Abuse Desk
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk autoresponder receipt",
    why="Pure receipt: case opened, nothing about any item.",
    items={},
))

cases.append(dict(
    name="x-out-of-office",
    **{"from": "minji.kang@x.com"}, name_from="Minji Kang",
    date="Wed, 11 Sep 2024 00:00:05 +0000",
    subject="Automatic reply: Reminder: KCSC-240903-02 overdue (2 items pending)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent legal requests please write to
legal@x.com.

Minji
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply to our reminder",
    why="Out-of-office auto-reply.",
    items={},
))

cases.append(dict(
    name="reminder-bounce-dsn",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Tue, 10 Sep 2024 09:00:04 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b194-1"

This is a MIME-encapsulated message.

--dsn-b194-1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-escalations@telegram.org>: host mail1.telegram.org[198.51.100.7] said:
    550 5.1.1 <dsa-escalations@telegram.org>: Recipient address rejected:
    User unknown (in reply to RCPT TO command)

--dsn-b194-1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 09:00:01 +0900

Final-Recipient: rfc822; dsa-escalations@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-b194-1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-escalations@telegram.org
Subject: Reminder: KCSC-240902-01 overdue (3 items pending)
Date: Tue, 10 Sep 2024 09:00:00 +0900
Message-ID: <reminder.b194.0910.tg2@kcsc.example>

This is a reminder that request KCSC-240902-01 (sent 2 September 2024) is
past its deadline. The following items have no answer yet:

https://t.me/pale_lantern_chat/93
https://t.me/mirror_orchard
https://t.me/mirror_orchard/7

--dsn-b194-1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for a reminder",
    why="Bounce of our own reminder; the URLs are ours.",
    items={TMO: "pending", T93: "pending", TMO7: "pending"},
))

cases.append(dict(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 10:31:00 +0900",
    subject="읽음 확인: [독촉] KCSC-240905-04 처리결과 회신 요청",
    extra_headers=["In-Reply-To: <reminder.b194.0912.nv@kcsc.example>"],
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b194-1"

--mdn-b194-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[독촉] KCSC-240905-04 처리결과 회신 요청"을 수신자가 2024-09-12 10:31에 열어 보았습니다.

--mdn-b194-1
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <reminder.b194.0912.nv@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b194-1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Message disposition notification (읽음 확인) for our reminder",
    why="Read receipt.",
    items={},
))

cases.append(dict(
    name="yt-receipt-echoes-submission",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 02:10:00 -0700",
    subject="We've received your legal request [7-2281004318]",
    reply_to_req=R_YT,
    body="""
Thanks for contacting YouTube.

We've received your request and assigned it the reference number
7-2281004318. Below is a copy of what you submitted, for your records.

--- Your submission ---
Organisation: Korea Communications Standards Commission
Reference: KCSC-240904-03
URLs:
https://www.youtube.com/watch?v=Qm7rT2xLp0a
https://www.youtube.com/watch?v=Zb41kYw9HcE
https://www.youtube.com/@hollowcrane_tv
Description: Videos promoting an unlicensed online gambling site.
--- End of submission ---

Please don't reply to this message; this mailbox is not monitored.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Web-form receipt echoing the submitted report",
    why="Pure receipt with a copy of our own submission; no statement about any URL.",
    items={YQ: "pending", YZ: "pending", YH: "pending"},
))

cases.append(dict(
    name="kakao-receipt-ko",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 10:01:00 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    reply_to_req=R_KK,
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 9900231
접수일시: 2024-09-06 10:01

접수된 순서대로 확인하여 답변 드리겠습니다. 답변은 이 메일 주소로 발송됩니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="카카오 고객센터 문의 접수 안내 (ticket receipt)",
    why="Pure receipt with a ticket number.",
    items={},
))

HEADER = """# Blind set 194 (ticket systems and threads): written from each email's
# meaning before any run of the reader. Generated by make.py; do not edit.
"""


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def encode_headers(cs):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as mail clients send them."""
    for c in cs:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    encode_headers(cases)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
