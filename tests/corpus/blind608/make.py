#!/usr/bin/env python3
"""Blind set 608: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written for this
set; expected results come from each email's meaning alone, written before
the reader was run on it.

    python3 tests/corpus/blind608/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402
from email.header import Header  # noqa: E402

# ---------------------------------------------------------------- requests
# Telegram, KCSC-240902-01 (largest, 12 items)
T1 = "https://t.me/bluefinch_market/118"
T2 = "https://t.me/bluefinch_market/124"
T3 = "https://t.me/bluefinch_market/131"
T4 = "https://t.me/nightowl_deals/7"
T5 = "https://t.me/nightowl_deals/19"
T6 = "https://t.me/nightowl_deals/23"
T7 = "https://t.me/copperlane_club/402"
T8 = "https://t.me/copperlane_club/415"
T9 = "https://t.me/s/quietmoss_kr/88"
T10 = "https://t.me/quietmoss_kr/90"
T11 = "https://t.me/+Qm7xTz2LpWk4NjE1"
T12 = "https://t.me/ravenport_shop/3301"
TG = [T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12]
# X, KCSC-240903-02
X1 = "https://x.com/lumen_drift77/status/1829911203345678901"
X2 = "https://x.com/lumen_drift77/status/1829911877712345602"
X3 = "https://x.com/pocket_orbit_kr/status/1830022334455667703"
X4 = "https://x.com/pocket_orbit_kr"
# YouTube, KCSC-240905-03
Y1 = "https://www.youtube.com/watch?v=Qx7LmT2aB9c"
Y2 = "https://www.youtube.com/watch?v=Hn4Rk8wZ0pE"
Y3 = "https://www.youtube.com/@sunkenlantern5521"
# NAVER, KCSC-240906-04
N1 = "https://blog.naver.com/greenwillow_22/223561234001"
N2 = "https://blog.naver.com/greenwillow_22/223561234777"
N3 = "https://cafe.naver.com/mossyroad/55120"
N4 = "https://cafe.naver.com/mossyroad/55187"
N5_RAW = "https://in.naver.com/은하수/contents/internal/712233445566"
N5 = "https://in.naver.com/" + quote("은하수") + "/contents/internal/712233445566"
NV = [N1, N2, N3, N4, N5]
# Kakao (Daum cafe, Tistory), KCSC-240909-05
K1 = "https://cafe.daum.net/stonebridge77/Fk3a/1402"
K2 = "https://cafe.daum.net/stonebridge77/Fk3a/1419"
K3 = "https://pebblenote.tistory.com/86"
# TikTok, KCSC-240910-06
TT1 = "https://www.tiktok.com/@mango_tide.kr/video/7409912345678901234"
TT2 = "https://www.tiktok.com/@mango_tide.kr/video/7410023456789012345"
# Discord, KCSC-240911-07 (one item)
D1 = "https://discord.gg/velvetharbor"

REQUESTS = [
    ("KCSC-240902-01", "telegram", "2024-09-02T01:30:00Z", "2024-09-09T14:59:59Z", TG,
     "illegal_goods", "req-240902-01@kcsc.example",
     'drug sales channels, "VIP" rooms included'),
    ("KCSC-240903-02", "x", "2024-09-03T02:00:00Z", "2024-09-10T14:59:59Z", [X1, X2, X3, X4],
     "gambling", "req-240903-02@kcsc.example", "posts and one account"),
    ("KCSC-240905-03", "youtube", "2024-09-05T05:10:00Z", "2024-09-12T14:59:59Z", [Y1, Y2, Y3],
     "obscenity", "req-240905-03@kcsc.example", "two videos, one channel"),
    ("KCSC-240906-04", "naver", "2024-09-06T00:45:00Z", "2024-09-13T14:59:59Z", NV,
     "privacy", "req-240906-04@kcsc.example", "blog, cafe and in.naver posts; one Korean path"),
    ("KCSC-240909-05", "kakao", "2024-09-09T03:20:00Z", "2024-09-16T14:59:59Z", [K1, K2, K3],
     "defamation", "req-240909-05@kcsc.example", "Daum cafe, Tistory"),
    ("KCSC-240910-06", "tiktok", "2024-09-10T06:00:00Z", "2024-09-17T14:59:59Z", [TT1, TT2],
     "illegal_goods", "req-240910-06@kcsc.example", "two videos, same account"),
    ("KCSC-240911-07", "discord", "2024-09-11T01:00:00Z", "2024-09-18T14:59:59Z", [D1],
     "obscenity", "req-240911-07@kcsc.example", "server invite"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def multipart_with_csv(boundary, text, csv_name, csv_text, csv_charset="utf-8"):
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

This is a multi-part message in MIME format.

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text.strip()}

--{boundary}
Content-Type: text/csv; charset={csv_charset}; name="{csv_name}"
Content-Disposition: attachment; filename="{csv_name}"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--{boundary}--
"""


AUTO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="tg-zendesk-solved-first-batch",
    from_="support@telegram.org", name_from="Telegram Support",
    date="Fri, 13 Sep 2024 16:02:11 +0000",
    subject="[Case #4812207] Re: KCSC-240902-01 Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""
##- Please type your reply above this line -##

Your request (Case #4812207) has been solved. To reopen it, simply reply to this email.

Lena (Telegram Abuse Team)
Sep 13, 2024, 16:02 UTC

Hello,

We have gone through the first part of the list you sent under KCSC-240902-01.

The following posts were blocked and are no longer accessible on Telegram:
{T1}
{T2}
{T3}

We could not find {T4} - the message does not exist in that channel, so no action was possible.

Kind regards,
Lena

--------------------------------
This email is a service from Telegram Support. [ZX7Q2-KM4D]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification with an agent comment (Telegram abuse desk)",
    why="three posts blocked, one message that does not exist; each named by URL",
    items={T1: "removed", T2: "removed", T3: "removed", T4: "not_found"},
)

case(
    name="tg-followup-top-posted-over-gmail-quote",
    from_="support@telegram.org", name_from="Telegram Support",
    date="Tue, 17 Sep 2024 09:40:55 +0000",
    subject="Re: [Case #4812207] Re: KCSC-240902-01 Request for removal of illegal content",
    extra_headers=["In-Reply-To: <blind608-tg-zendesk-solved-first-batch@telegram.org>"],
    body=f"""
Hello again,

Following up on the remaining links from KCSC-240902-01:

- {T7} and {T8} have been blocked.
- {T9}: the owner had already deleted this post before our review, so there was nothing left for us to act on.

The other links are still being looked at by the moderators.

Lena
Telegram Abuse Team

On Fri, 13 Sep 2024 at 16:02, Telegram Support <support@telegram.org> wrote:
> Your request (Case #4812207) has been solved. To reopen it, simply reply to this email.
>
> The following posts were blocked and are no longer accessible on Telegram:
> {T1}
> {T2}
> {T3}
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up top-posted in the same Zendesk thread, Gmail-style '>' quote of the earlier reply",
    why="new text: two posts blocked, one deleted by its owner (not_found); the quoted earlier reply changes nothing",
    items={T7: "removed", T8: "removed", T9: "not_found", T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="tg-reply-to-our-reminder",
    from_="dsa@telegram.org", name_from="Telegram DSA Team",
    date="Wed, 18 Sep 2024 13:21:04 +0000",
    subject="RE: Reminder: KCSC-240902-01 - 3 items still open",
    extra_headers=["In-Reply-To: <reminder.KCSC-240902-01.1@kcsc.example>"],
    body=f"""
Dear KCSC team,

Apologies for the delay. The status of the three links in your reminder:

{T10} - blocked on 14 September.
{T12} - blocked on 14 September.
{T11} - this invite link is invalid or has expired; it does not lead to any chat.

Best regards,
Telegram DSA Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 10:00 AM
To: dsa@telegram.org
Subject: Reminder: KCSC-240902-01 - 3 items still open

Our request KCSC-240902-01 of 2 September 2024 asked for the removal of the
following items, for which we have not yet received an outcome:

{T10}
{T11}
{T12}

Please tell us what was done with each of them.
""",
    outcome="applied", classification="confirmation",
    imitates="reply to a regulator's reminder, Outlook '-----Original Message-----' quote below",
    why="two blocked, one invalid invite link; our reminder quoted below says nothing of status",
    items={T10: "removed", T12: "removed", T11: "not_found"},
)

TG_CSV = f"""link,decision,date
{T5},blocked,2024-09-16
{T6},blocked,2024-09-16
{T7},no violation found - left up,2024-09-16
"""
case(
    name="tg-freshdesk-closed-csv-attachment",
    from_="compliance@telegram.org", name_from="Telegram Compliance",
    date="Mon, 16 Sep 2024 11:05:30 +0000",
    subject="Ticket Closed - [#53019] KCSC-240902-01",
    raw_mime=multipart_with_csv(
        "fd-53019-b608",
        """Dear requester,

Your ticket [#53019] "KCSC-240902-01" has been closed.

The decision for each link we reviewed is in the attached file results_53019.csv.

If the issue has not been resolved, you can reply to this email to reopen the ticket.

Telegram Compliance
""", "results_53019.csv", TG_CSV),
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket closed' notification with a CSV of per-link decisions",
    why="CSV: two links blocked, one left up for lack of violation",
    items={T5: "removed", T6: "removed", T7: "rejected"},
)

TG_ROWS = [
    (T1, "Blocked"), (T2, "Blocked"), (T3, "Not found"), (T4, "Blocked"),
    (T5, "Unavailable in South Korea"), (T6, "No violation - remains available"),
    (T7, "Blocked"), (T8, "Blocked"), (T9, "Already deleted by the channel owner"),
    (T10, "Geo-restricted (KR)"), (T11, "Invalid invite link"), (T12, "Blocked"),
]
rows_html = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{s}</td></tr>'
    for i, (u, s) in enumerate(TG_ROWS, 1))
case(
    name="tg-html-table-all-twelve",
    from_="dsa@telegram.org", name_from="Telegram DSA Team",
    date="Thu, 19 Sep 2024 07:30:00 +0000",
    subject="[Case #4812207] Final outcome for KCSC-240902-01",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC,</p>
<p>Please find below the final outcome of Case #4812207 (your reference KCSC-240902-01).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Link</th><th>Outcome</th></tr>
{rows_html}
</table>
<p>This closes the case on our side.</p>
<p>Telegram DSA Team<br>
<a href="https://telegram.org/tos">Terms of Service</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="closing summary table of a case, one row per link (Telegram DSA team)",
    why="every row names its link and an outcome: blocked, geo-restricted, not found, deleted by owner, no violation",
    items={T1: "removed", T2: "removed", T3: "not_found", T4: "removed", T5: "restricted",
           T6: "rejected", T7: "removed", T8: "removed", T9: "not_found", T10: "restricted",
           T11: "not_found", T12: "removed"},
)

case(
    name="tg-jira-service-desk-comment",
    from_="jira@telegram.org", name_from="Telegram Abuse Desk (Jira)",
    date="Mon, 16 Sep 2024 15:47:12 +0000",
    subject="TSA-5512 KCSC-240902-01 Korean regulator removal request",
    body=f"""
—-—-—-—-—

Reply above this line.

Aiko Tanner commented:

Done for the nightowl_deals batch:

* {T4} - blocked earlier under Case #4812207, stays blocked
* {T5} - blocked
* {T6} - blocked
* {T8} - not found, that message id does not exist in the channel

Aiko Tanner
Telegram Abuse Desk

View request · Turn off this request's notifications

This is shared with KCSC Takedown.

Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification of an agent comment",
    why="bulleted list, one status per link",
    items={T4: "removed", T5: "removed", T6: "removed", T8: "not_found"},
)

case(
    name="tg-echoed-report-then-decision",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Sat, 14 Sep 2024 18:12:45 +0000",
    subject="Your report KCSC-240902-01: decision",
    body=f"""
Hello,

Thank you for your report. Below is a copy of what you submitted, followed by our decision.

--- Your report ---
Reference: KCSC-240902-01
Reported links:
  {T11}
  {T12}
Reason: illegal goods (Republic of Korea)
--- End of your report ---

Decision:
{T12} - the channel ravenport_shop has been blocked for violating Telegram's Terms of Service.
{T11} - we could not open this invite link; it is not valid.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="report-outcome email that echoes the submitted report before the decision",
    why="decision lines: one blocked, one invalid link; the echo gives no status",
    items={T12: "removed", T11: "not_found"},
)

case(
    name="tg-numbered-angle-brackets-wrapped",
    from_="dsa@telegram.org", name_from="Telegram DSA",
    date="Fri, 20 Sep 2024 10:00:09 +0000",
    subject="Case #4812207 - decisions",
    body=f"""
Dear Sir or Madam,

Regarding Case #4812207 (your reference KCSC-240902-01), our moderators reached
the following decisions:

1. <{T7}>: the message was removed for breaching our
   Terms of Service (sale of illegal goods).
2. <{T8}>: we did not find a breach of our Terms of
   Service or of applicable law in this message, and it remains available.
3. <{T2}>: removed.

If you disagree with a decision, you may reply to this email.

Telegram DSA
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style decision notice with numbered items, URLs in angle brackets, hard-wrapped lines",
    why="two removals and one refusal with its reason",
    items={T7: "removed", T8: "rejected", T2: "removed"},
)

case(
    name="x-case-resolved-withheld-and-refused",
    from_="legal-support@x.com", name_from="X Legal Support",
    date="Wed, 11 Sep 2024 04:18:00 +0000",
    subject="[Case 0912-KR-33071] Resolved: KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

We have reviewed the content identified in your request KCSC-240903-02.

In response to your request, we have withheld the following posts in the Republic of Korea (KR):
{X1}
{X2}

We have not taken action on the following, because we did not find them to be in violation of the X Rules and did not find a sufficient legal basis to withhold them:
{X3}
{X4}

Case status: Resolved

Thank you,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome: country-withheld content and a refusal, case marked resolved",
    why="statement lines followed by the URLs they cover: two withheld in KR, two refused",
    items={X1: "restricted", X2: "restricted", X3: "rejected", X4: "rejected"},
)

case(
    name="x-partial-answer-two-of-four",
    from_="legal-support@x.com", name_from="X Legal Support",
    date="Tue, 10 Sep 2024 08:33:20 +0000",
    subject="Re: [Case 0912-KR-33071] KCSC-240903-02 - update",
    reply_to_req="req-240903-02",
    body=f"""
Hi,

Quick update on KCSC-240903-02 - we've finished reviewing two of the four URLs:

• {X1} was removed for violating our rules on illegal goods and services.
• {X3} is now withheld in South Korea.

The remaining two (the second lumen_drift77 post and the pocket_orbit_kr account) are still with the team. We'll write again once we have a decision.

Thanks,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer in an open ticket: some decisions, rest still under review",
    why="two URLs decided; the other two described without URL and still under review",
    items={X1: "removed", X3: "restricted", X2: "pending", X4: "pending"},
)

case(
    name="x-outlook-top-post-over-our-request",
    from_="dana.ortiz@x.com", name_from="Dana Ortiz",
    date="Thu, 12 Sep 2024 22:05:41 +0000",
    subject="RE: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req="req-240903-02",
    body=f"""
Hello KCSC,

Please see the outcome below.

{X2} - removed
{X4} - account suspended for repeated violations

Regards,
Dana
X Global Government Affairs

From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:00 AM
To: legal@x.com
Subject: [KCSC-240903-02] Request for removal of illegal content

Dear X,

Under the Act on Promotion of Information and Communications Network Utilization,
we request the removal of the following content:

1. {X1}
2. {X2}
3. {X3}
4. {X4}

KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="employee reply top-posted over our request, Outlook 'From:/Sent:' header block quote",
    why="one post removed, account suspended (globally unavailable: removed); the quoted request changes nothing",
    items={X2: "removed", X4: "removed", X1: "pending", X3: "pending"},
)

case(
    name="yt-helpscout-status-below-url",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 02:14:33 +0000",
    subject="Re: KCSC-240905-03 [Conversation #228190]",
    reply_to_req="req-240905-03",
    body=f"""
Hi KCSC team,

Thanks for your patience while we reviewed the items in KCSC-240905-03. Here's where each one landed:

{Y1}
Removed from YouTube for violating our Community Guidelines.

{Y2}
Age-restricted. The video stays up but can only be watched by signed-in viewers over 18.

{Y3}
The channel has been terminated.

Best,
Priya
YouTube Legal Support

---
Conversation #228190 · Reply to this email to continue the conversation
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply, bare URL with its outcome on the line below",
    why="removed, age-restricted, channel terminated",
    items={Y1: "removed", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-actioned-phrase-and-refusal",
    from_="legal-kr@google.com", name_from="Google Legal",
    date="Mon, 16 Sep 2024 06:00:00 +0000",
    subject="[6-2381000039921] KCSC-240905-03",
    body=f"""
Hello,

Thank you for contacting YouTube regarding KCSC-240905-03.

After review, the content at {Y2} has been actioned under our policies.

We reviewed {Y1} and did not find a violation of our Community Guidelines, nor grounds to restrict it under local law. It remains available on YouTube.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support ticket reply using the 'actioned under our policies' wording",
    why="configured phrase 'has been actioned under our policies' means removed; the other video refused with a reason",
    items={Y2: "removed", Y1: "rejected"},
)

case(
    name="yt-gmail-quote-status-line-below",
    from_="minseo.han@google.com", name_from="Minseo Han",
    date="Tue, 10 Sep 2024 05:55:10 +0000",
    subject="Re: KCSC-240905-03 Request for removal",
    reply_to_req="req-240905-03",
    body=f"""
Hi,

Update on two of the URLs:

{Y2}
Status: Blocked in South Korea (local law)

{Y3}
Status: No action - the channel does not violate our policies

Thanks,
Minseo
Google Legal Removals

On Thu, Sep 5, 2024 at 2:10 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Reference: KCSC-240905-03
> Please remove the following content:
> {Y1}
> {Y2}
> {Y3}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply by a removals specialist, 'Status:' line under each URL, our request quoted with '>'",
    why="one geo-blocked in KR, one refused; the first video appears only in the quote",
    items={Y2: "restricted", Y3: "rejected", Y1: "pending"},
)

case(
    name="naver-helpdesk-answer-korean-list",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 09:12:00 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240906-04)",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240906-04)에 대한 처리 결과를 안내드립니다.

1. {N1}
 → 게시중단 처리되었습니다.
2. {N2}
 → 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
3. {N3}
 → 카페 운영원칙 위반으로 블라인드 처리되었습니다.
4. {N4}
 → 작성자가 이미 삭제한 게시물로 확인되어 별도 조치가 필요하지 않습니다.

문의번호: 2024091312345
추가 문의는 고객센터 도움말(https://help.naver.com/service/5600/)을 이용해 주세요.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 메일 (1:1 문의 티켓 답변)",
    why="게시중단(removed), 임시조치(restricted), 블라인드(removed), 작성자 삭제(not_found); help link is no item",
    items={N1: "removed", N2: "restricted", N3: "removed", N4: "not_found"},
)

NAVER_QP = f"""안녕하십니까, 네이버 정책지원팀입니다.

요청번호 KCSC-240906-04 관련하여 회신드립니다.

1) {N1}의 게시물은 게시중단 조치하였습니다.
2) {N5_RAW} : 국내 이용자 접근 제한(접속 차단) 조치 완료

나머지 게시물은 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 정책지원팀 드림
"""
case(
    name="naver-qp-korean-path-and-particle",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 17:40:00 +0900",
    subject="RE: [KCSC-240906-04] 불법정보 게시중단 요청",
    reply_to_req="req-240906-04",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(NAVER_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 정책지원팀 회신 (quoted-printable), 부분 회신",
    why="URL directly followed by the particle 의 (removed); raw Korean path matches the percent-encoded item (restricted in Korea)",
    items={N1: "removed", N5: "restricted"},
)

NV_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>KCSC-240906-04 시정요구에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>2024-09-11</td></tr>
<tr><td>2</td><td>{N2}</td><td>임시조치</td><td>2024-09-11</td></tr>
<tr><td>3</td><td>{N3}</td><td>블라인드</td><td>2024-09-11</td></tr>
<tr><td>4</td><td>{N4}</td><td>조치 불가 (위반 사항 없음)</td><td>-</td></tr>
<tr><td>5</td><td><a href="{N5}">{N5_RAW}</a></td><td>해당 게시물 없음</td><td>-</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
"""
case(
    name="naver-base64-html-correction-result-table",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 18:02:00 +0900",
    subject="[조치결과] KCSC-240906-04 시정요구 조치결과 회신",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NV_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 표 (base64 HTML)",
    why="table rows: 삭제, 임시조치, 블라인드, 조치 불가(위반 없음), 해당 게시물 없음",
    items={N1: "removed", N2: "restricted", N3: "removed", N4: "rejected", N5: "not_found"},
)

case(
    name="naver-cafe-fullwidth-punctuation",
    from_="cafe_help@naver.com", name_from="네이버 카페 운영지원",
    date="Tue, 10 Sep 2024 14:25:00 +0900",
    subject="[네이버 카페] 게시중단 요청 처리 결과 안내 (KCSC-240906-04)",
    body=f"""
안녕하세요, 네이버 카페 운영지원입니다.

요청하신 카페 게시글（{N3}）은 카페 이용약관 위반이 확인되어 운영자 삭제 처리되었습니다。

게시글({N4})，검토 결과 법령 및 운영정책 위반 사항이 확인되지 않아 게시중단 요청을 받아들이지 않았습니다. 해당 게시글은 계속 게시됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 게시중단 요청 처리 결과 안내, full-width punctuation around URLs",
    why="운영자 삭제 (removed); refusal with reason that mentions 게시중단 only as the refused request (rejected)",
    items={N3: "removed", N4: "rejected"},
)

NV_CSV = f"""URL,처리결과,비고
{N1},게시중단,
{N2},임시조치(30일),권리침해 신고 절차에 따름
{N3},조치불가,위반 사항 없음
{N5_RAW},게시물 없음,작성자 삭제
"""
case(
    name="naver-csv-attachment-korean-headers",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Mon, 23 Sep 2024 10:30:00 +0900",
    subject="[네이버 고객센터] KCSC-240906-04 처리 결과 송부",
    raw_mime=multipart_with_csv(
        "nv-csv-b608",
        """안녕하세요. 네이버 고객센터입니다.

KCSC-240906-04 건의 게시물별 처리 결과를 첨부 파일(result_KCSC-240906-04.csv)로 보내드립니다.
확인 부탁드립니다.

감사합니다.
""", "result_KCSC-240906-04.csv", NV_CSV),
    outcome="applied", classification="confirmation",
    imitates="고객센터 처리 결과 CSV 첨부 회신",
    why="CSV: 게시중단, 임시조치, 조치불가(위반 없음), 게시물 없음(작성자 삭제)",
    items={N1: "removed", N2: "restricted", N3: "rejected", N5: "not_found"},
)

case(
    name="kakao-zendesk-solved-korean",
    from_="cs-noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 16:10:00 +0900",
    subject="[카카오 고객센터] 문의(#2031447)가 해결되었습니다",
    reply_to_req="req-240909-05",
    body=f"""
##- 회신은 이 줄 위에 작성해 주세요 -##

문의(#2031447)가 '해결됨' 상태로 변경되었습니다. 추가 문의가 있으시면 이 메일에 회신해 주세요.

카카오 고객센터 운영정책팀
2024년 9월 12일 16:08

안녕하세요, 카카오 고객센터입니다.
KCSC-240909-05로 요청해 주신 게시물 3건에 대한 조치 결과입니다.

- {K1} : 삭제
- {K2} : 삭제
- {K3} : 비공개 처리

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 Zendesk '해결됨' 알림 (한국어)",
    why="each of the three named: 삭제, 삭제, 비공개 처리 (all removed)",
    items={K1: "removed", K2: "removed", K3: "removed"},
)

case(
    name="kakao-daum-statement-then-url-below",
    from_="cafe-cs@daum.net", name_from="다음 카페 고객센터",
    date="Fri, 13 Sep 2024 11:00:00 +0900",
    subject="Re: [KCSC-240909-05] 게시물 조치 요청",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요. 다음 카페 고객센터입니다.

아래 게시물은 정보통신망법에 따른 임시조치(30일)를 하였습니다.
{K1}

아래 게시물은 검토 결과 운영정책 위반 사항이 없어 게시물을 유지합니다.
{K3}

나머지 1건은 검토가 끝나는 대로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 고객센터 회신, statement line with the URL on the line below",
    why="임시조치 (restricted), 위반 없음 유지 (rejected); the third item is still under review and not named",
    items={K1: "restricted", K3: "rejected"},
)

case(
    name="kakao-reply-to-reminder-korean",
    from_="seoyun.park@kakaocorp.com", name_from="박서윤",
    date="Fri, 20 Sep 2024 15:32:00 +0900",
    subject="RE: [독촉] KCSC-240909-05 조치 결과 회신 요청",
    body=f"""
안녕하세요, 카카오 정책팀 박서윤입니다.
회신이 늦어 죄송합니다.

{K2} 게시물은 9월 12일 삭제 완료하였습니다.
{K3} 은 블로그 자체가 이미 폐쇄되어 해당 게시물을 찾을 수 없습니다.

감사합니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <report@kakaocorp.com>
Sent: 2024-09-19 (목) 10:00:00 (GMT+09:00)
Subject: [독촉] KCSC-240909-05 조치 결과 회신 요청

9월 9일 요청드린 아래 게시물의 조치 결과를 아직 받지 못하였습니다.
{K1}
{K2}
{K3}
조치 결과를 회신해 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="담당자 회신 over a quoted 독촉 (reminder), Korean Outlook-style original message block",
    why="삭제 완료 (removed); 게시물을 찾을 수 없음 (not_found); the first item appears only in our quoted reminder",
    items={K2: "removed", K3: "not_found", K1: "pending"},
)

case(
    name="tiktok-freshdesk-resolved",
    from_="gov-response@tiktok.com", name_from="TikTok Government Relations",
    date="Sat, 14 Sep 2024 03:44:00 +0000",
    subject="[#88120] Your ticket has been resolved",
    reply_to_req="req-240910-06",
    body=f"""
Dear KCSC,

Your ticket #88120 (KCSC-240910-06) has been marked as Resolved.

Outcome:
1) {TT1}
   Removed for violating our Community Guidelines.
2) {TT2}
   Restricted in South Korea in accordance with local law.

If you believe the ticket is not resolved, simply reply to this email within 7 days and the ticket will be reopened.

TikTok Government Relations
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with per-item outcomes",
    why="one removed, one restricted in Korea",
    items={TT1: "removed", TT2: "restricted"},
)

case(
    name="tiktok-zendesk-update-with-history",
    from_="support@tiktok.com", name_from="TikTok Trust & Safety",
    date="Fri, 20 Sep 2024 02:42:00 +0000",
    subject="[TikTok] Re: KCSC-240910-06 removal request",
    reply_to_req="req-240910-06",
    body=f"""
##- Please type your reply above this line -##

Your request (#88457) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Joon (TikTok Trust & Safety)

Sep 20, 2024, 11:42 GMT+9

Hello, we have completed our review.
{TT1} has been removed from TikTok.
{TT2} does not violate our Community Guidelines or local law and will stay up.

----------------------------------------------

Joon (TikTok Trust & Safety)

Sep 12, 2024, 09:15 GMT+9

Thank you for your report. Both videos are currently under review and we will update you once a decision is made.

----------------------------------------------

KCSC Takedown

Sep 10, 2024, 15:00 GMT+9

Please remove the following videos under request KCSC-240910-06:
{TT1}
{TT2}

----------------------------------------------

This email is a service from TikTok Trust & Safety.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk update notification that carries the whole conversation history, newest first",
    why="latest comment decides: one removed, one refused (no violation); the older 'under review' comment is superseded",
    items={TT1: "removed", TT2: "rejected"},
)

case(
    name="discord-one-item-server-removed",
    from_="safety@discord.com", name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 20:05:00 +0000",
    subject="Re: KCSC-240911-07 [Ticket #3390218]",
    reply_to_req="req-240911-07",
    body="""
Hi there,

Thanks for reaching out about your request KCSC-240911-07.

We investigated the server you reported and took action: the server has been removed from Discord and the invite no longer works.

Discord Trust & Safety
Ticket #3390218
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply: action taken on a reported server",
    why="one-item request; a single unhedged statement of removal applies to it without the URL",
    items={D1: "removed"},
)

case(
    name="discord-invite-invalid",
    from_="safety@discord.com", name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 17:30:00 +0000",
    subject="Re: KCSC-240911-07 [Ticket #3390218]",
    reply_to_req="req-240911-07",
    body=f"""
Hello,

We looked into the invite you reported (<{D1}>). This invite is invalid or has expired, and we could not find a server associated with it. No further action is possible on our side.

Best,
Discord Trust & Safety
https://discord.com/safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply: invite invalid, nothing found",
    why="URL in angle brackets inside parentheses; not_found; the safety-centre link is no item",
    items={D1: "not_found"},
)

# ================================================================ REVIEW
case(
    name="tg-promise-will-block",
    from_="dsa@telegram.org", name_from="Telegram DSA Team",
    date="Wed, 11 Sep 2024 12:00:00 +0000",
    subject="RE: Reminder: KCSC-240902-01",
    body=f"""
Hello,

Thanks for the reminder about KCSC-240902-01. Our moderators have your list and will block {T5} and {T6} within the next 24 hours. We'll confirm once it is done.

Telegram DSA Team
""",
    outcome="review", review="not_understood",
    imitates="reply to a reminder that promises action",
    why="'will block' is a promise, not a statement; items named, nothing to apply",
    items={T5: "pending", T6: "pending"},
)

case(
    name="x-zendesk-in-progress-under-review",
    from_="legal-support@x.com", name_from="X Legal Support",
    date="Thu, 05 Sep 2024 09:12:00 +0000",
    subject="[Case 0912-KR-33071] Your case is in progress",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

We are writing to let you know that the following reported posts are currently under review by the appropriate team:

{X1}
{X2}

We will contact you again when the review is complete. You don't need to resend your request.

X Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Zendesk 'case in progress' notice listing the posts under review",
    why="'under review' names items but states nothing; not a pure receipt since it speaks of items",
    items={X1: "pending", X2: "pending"},
)

case(
    name="yt-hedged-may-have-been",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 07:45:00 +0000",
    subject="Re: KCSC-240905-03 [Conversation #228190]",
    reply_to_req="req-240905-03",
    body=f"""
Hi,

Our records indicate that {Y1} may have already been removed by the uploader, and the channel {Y3} appears to be inactive. We're checking with the relevant team and will follow up.

Best,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Help Scout reply with hedged, provisional findings",
    why="'may have been', 'appears to' are hedges; nothing is stated",
    items={Y1: "pending", Y3: "pending"},
)

case(
    name="tg-bulk-all-links-blocked",
    from_="dsa@telegram.org", name_from="Telegram DSA Team",
    date="Tue, 24 Sep 2024 08:00:00 +0000",
    subject="[Case #4812207] KCSC-240902-01 closed",
    reply_to_req="req-240902-01",
    body="""
Dear KCSC,

All links listed in your request KCSC-240902-01 have been blocked. We consider Case #4812207 closed.

Telegram DSA Team
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line closing of a case covering the whole request",
    why="statement about all twelve items without naming any",
    items={u: "pending" for u in TG},
)

case(
    name="naver-bulk-korean-all-five",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 18:20:00 +0900",
    subject="[네이버 고객센터] KCSC-240906-04 처리 완료 안내",
    reply_to_req="req-240906-04",
    body="""
안녕하세요. 네이버 고객센터입니다.

KCSC-240906-04로 요청하신 게시물 5건 모두에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="NAVER 고객센터 처리 완료 안내 (일괄)",
    why="'5건 모두' covers a five-item request without naming each",
    items={u: "pending" for u in NV},
)

case(
    name="x-dmarc-fail-removed",
    from_="legal-support@x.com", name_from="X Legal Support",
    auth="fail",
    date="Wed, 11 Sep 2024 03:03:03 +0000",
    subject="[Case 0912-KR-33071] KCSC-240903-02 outcome",
    body=f"""
Hello,

The following posts have been removed:
{X1}
{X3}

X Legal Support
""",
    outcome="review", review="untrusted",
    imitates="X case outcome whose authentication fails",
    why="platform domain but DKIM/SPF/DMARC fail",
    items={X1: "pending", X3: "pending"},
)

case(
    name="kakao-outsourced-helpdesk-unknown-sender",
    from_="cs@cafeops-partner.co.kr", name_from="다음카페 운영대행",
    date="Thu, 12 Sep 2024 13:13:00 +0900",
    subject="[KCSC-240909-05] stonebridge77 카페 게시물 처리",
    body=f"""
안녕하세요, 다음카페 운영대행 담당자입니다.

KCSC-240909-05 요청 건 중 stonebridge77 카페 게시물 2건은 삭제하였습니다.
{K1}
{K2}

감사합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced community-operations contractor answering on a portal's behalf",
    why="sender domain is no platform's domain",
    items={K1: "pending", K2: "pending"},
)

case(
    name="kakao-says-naver-link-not-theirs",
    from_="report@kakaocorp.com", name_from="카카오 신고센터",
    date="Wed, 11 Sep 2024 10:50:00 +0900",
    subject="RE: 게시물 조치 요청 건 문의",
    body=f"""
안녕하세요, 카카오 신고센터입니다.

보내주신 링크 {N2} 는 카카오 서비스의 게시물이 아니어서 당사에서 확인하거나 조치할 수 없습니다. 해당 서비스 운영사에 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal's reply to a misdirected item: 'not our service'",
    why="Kakao speaks about a NAVER item; no status may come from another platform",
    items={N2: "pending"},
)

case(
    name="yt-asks-for-timestamps",
    from_="legal-kr@google.com", name_from="Google Legal",
    date="Mon, 09 Sep 2024 01:20:00 +0000",
    subject="[6-2381000039921] KCSC-240905-03 - more information needed",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

To process your request KCSC-240905-03 we need more information.

For {Y2}, please tell us the timestamp(s) at which the content you consider unlawful appears, and the specific provision of Korean law it violates.

Once we receive this information we will continue our review.

Regards,
Google Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal support request for timestamps and legal basis",
    why="asks for more information about one item; no status",
    items={Y2: "pending"},
)

case(
    name="discord-ticket-closed-no-reference",
    from_="safety@discord.com", name_from="Discord Trust & Safety",
    date="Sun, 22 Sep 2024 04:00:00 +0000",
    subject="Your ticket has been closed",
    body="""
Hi there,

We're closing this ticket as we've done everything we can on our side. Thank you for helping keep Discord safe.

If you have a new issue, please open a new request at https://dis.gd/request.

Discord Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="Zendesk 'ticket closed' message with no reference and no item",
    why="trusted platform email naming no item and no request",
    items={},
)

case(
    name="x-summary-contradicts-detail",
    from_="legal-support@x.com", name_from="X Legal Support",
    date="Sun, 15 Sep 2024 11:11:00 +0000",
    subject="[Case 0912-KR-33071] KCSC-240903-02 - final",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

Summary: {X3} has been withheld in the Republic of Korea.

Details
-------
{X3}
Action: No action taken. The post does not violate the X Rules.

X Legal Support
""",
    outcome="review", review="conflicting_statements",
    imitates="case closure whose summary and detail section disagree (template copy error)",
    why="same post stated withheld and not actioned in one email",
    items={X3: "pending"},
)

case(
    name="staff-forwards-tiktok-reply",
    from_="jhlee@kcsc.example", name_from="이지훈",
    date="Mon, 16 Sep 2024 09:05:00 +0900",
    subject="Fwd: [#88120] Your ticket has been resolved",
    body=f"""
TikTok 회신이 제 개인 메일로 와서 전달합니다.

---------- Forwarded message ---------
From: TikTok Government Relations <gov-response@tiktok.com>
Date: Sat, Sep 14, 2024 at 12:44 PM
Subject: [#88120] Your ticket has been resolved
To: Lee Jihoon <jhlee@kcsc.example>

Dear KCSC,

Your ticket #88120 (KCSC-240910-06) has been marked as Resolved.

{TT1}
Removed for violating our Community Guidelines.

TikTok Government Relations
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="colleague forwarding a platform reply received in a personal mailbox (Gmail forward)",
    why="forwarded mail: the platform's statement is not authenticated by this message",
    items={TT1: "pending"},
)

# ================================================================ IGNORED
case(
    name="tg-zendesk-receipt",
    from_="support@telegram.org", name_from="Telegram Support",
    date="Mon, 02 Sep 2024 01:31:10 +0000",
    subject="[Case #4812207] Received: KCSC-240902-01 Request for removal of illegal content",
    reply_to_req="req-240902-01",
    extra_headers=AUTO,
    body="""
##- Please type your reply above this line -##

Your request (Case #4812207) has been received and will be reviewed by our support staff.

To add additional comments, reply to this email.

This email is a service from Telegram Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk automatic 'request received' reply",
    why="pure receipt; names no item",
    items={},
)

case(
    name="naver-receipt-korean",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 09:46:00 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (KCSC-240906-04)",
    reply_to_req="req-240906-04",
    extra_headers=AUTO,
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2024090600871
답변은 영업일 기준 3일 이내에 메일로 보내드립니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 자동 안내",
    why="pure receipt with a 접수번호",
    items={},
)

case(
    name="x-out-of-office",
    from_="dana.ortiz@x.com", name_from="Dana Ortiz",
    date="Tue, 03 Sep 2024 02:00:40 +0000",
    subject="Automatic reply: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req="req-240903-02",
    extra_headers=AUTO,
    body="""
Thank you for your email. I am out of the office until 23 September with limited access to email.

For urgent legal requests, please write to legal@x.com.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office)",
    why="out-of-office auto-reply",
    items={},
)

TT_ORIG = f"""Date: Tue, 10 Sep 2024 15:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: [KCSC-240910-06] Request for removal of illegal content
Message-ID: <req-240910-06@kcsc.example>
Content-Type: text/plain; charset=utf-8

Please remove the following videos:
{TT1}
{TT2}
"""
case(
    name="tiktok-dsn-user-unknown",
    from_="MAILER-DAEMON@tiktok.com", name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 06:00:12 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b608-tt"

This is a MIME-encapsulated message.

--dsn-b608-tt
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host mx2.tiktok.com said: 550 5.1.1 User unknown

--dsn-b608-tt
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.tiktok.com

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-b608-tt
Content-Type: message/rfc822

{TT_ORIG}
--dsn-b608-tt--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our request (user unknown)",
    why="bounce; the returned request's URLs are ours, not statements",
    items={},
)

case(
    name="kakao-read-receipt",
    from_="report@kakaocorp.com", name_from="카카오 신고센터",
    date="Mon, 09 Sep 2024 14:02:00 +0900",
    subject="읽음: [KCSC-240909-05] 게시물 조치 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b608-kk"

--mdn-b608-kk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: report@kakaocorp.com
제목: [KCSC-240909-05] 게시물 조치 요청

2024-09-09 (월) 오후 2:02에 메시지를 읽었습니다.

--mdn-b608-kk
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;report@kakaocorp.com
Original-Message-ID: <req-240909-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b608-kk--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="read receipt",
    items={},
)

case(
    name="discord-receipt-echoes-request",
    from_="noreply@discord.com", name_from="Discord",
    date="Wed, 11 Sep 2024 01:00:50 +0000",
    subject="[Ticket #3390218] We've received your request: KCSC-240911-07",
    reply_to_req="req-240911-07",
    extra_headers=AUTO,
    body=f"""
##- Please type your reply above this line -##

Hi there,

We've received your request (#3390218). A member of our Trust & Safety team will review it and get back to you. Response times vary depending on volume.

Your request:
-------------
Request KCSC-240911-07. Please remove the server behind the invite {D1}.

Discord
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk automatic receipt that echoes the submitted request",
    why="pure receipt; the echoed request gives no status",
    items={},
)

case(
    name="yt-ooo-chuseok-korean",
    from_="minseo.han@google.com", name_from="Minseo Han",
    date="Mon, 16 Sep 2024 00:00:05 +0000",
    subject="자동 회신: Re: KCSC-240905-03 Request for removal",
    reply_to_req="req-240905-03",
    extra_headers=AUTO,
    body="""
안녕하세요. 9월 16일부터 18일까지 추석 연휴로 부재중입니다.
19일부터 순차적으로 회신드리겠습니다. 급한 건은 legal-kr@google.com 으로 보내주세요.

I am out of office for the Chuseok holidays (16-18 Sep) and will reply from 19 Sep.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder, Korean and English",
    why="out-of-office auto-reply",
    items={},
)


HEADER = """# Blind set 608 (tests/corpus/blind608): ticket systems and threads.
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. Each case is judged alone on a fresh ledger
# holding requests.csv.
"""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        # Non-ASCII display names and subjects as RFC 2047 encoded words,
        # as real mailers send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
        cases.append(c)
    corpuslib.write_set(HERE, "blind608", HEADER, cases)


if __name__ == "__main__":
    main()
