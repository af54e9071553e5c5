#!/usr/bin/env python3
"""Blind set 440: ticket systems and threads.

Zendesk / Freshdesk / Jira / Help Scout style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, from X, Telegram, YouTube, NAVER, Discord, Kakao
and TikTok. Every email and every expected result was written from the
email's meaning alone, before the reader was ever run on it.

    python3 tests/corpus/blind440/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime
import email.header
import email.utils
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402


def d(stamp, offset="+0900"):
    """RFC 5322 date from 'YYYY-MM-DD HH:MM:SS' in the given offset."""
    sign = 1 if offset[0] == "+" else -1
    tz = datetime.timezone(sign * datetime.timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    dt = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
    return email.utils.format_datetime(dt)


def b64(text, charset="utf-8"):
    return base64.encodebytes(text.encode(charset)).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------

KOREAN_CAFE = "https://cafe.naver.com/진짜할인/7731"
KOREAN_CAFE_PCT = "https://cafe.naver.com/" + quote("진짜할인") + "/7731"

X = [
    "https://x.com/lucky_spin_kr/status/1831000000000000101",   # 0
    "https://x.com/lucky_spin_kr/status/1831000000000000145",   # 1
    "https://x.com/lucky_spin_kr/status/1831000000000000199",   # 2
    "https://x.com/jackpot_bora/status/1831200000000000310",    # 3
    "https://x.com/jackpot_bora/status/1831200000000000322",    # 4
    "https://x.com/jackpot_bora",                               # 5
    "https://x.com/toto_insider9/status/1831350000000000401",   # 6
    "https://x.com/toto_insider9/status/1831350000000000402",   # 7
    "https://x.com/toto_insider9/status/1831350000000000477",   # 8
    "https://x.com/casino_mina_kr/status/1831400000000000520",  # 9
    "https://x.com/casino_mina_kr/status/1831400000000000533",  # 10
    "https://x.com/betmaster_ko/status/1831500000000000611",    # 11
    "https://x.com/betmaster_ko/status/1831500000000000690",    # 12
]
TG = [
    "https://t.me/pill_corner_kr/118",
    "https://t.me/pill_corner_kr/121",
    "https://t.me/nightmarket_drop",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3xT8rLp2A",
    "https://www.youtube.com/watch?v=bH7nW0ce9Zk",
    "https://www.youtube.com/shorts/Vd4kP1sNa0E",
    "https://www.youtube.com/@fakeclinic_tv",
]
NV = [
    "https://blog.naver.com/slotking77/223560011223",
    "https://blog.naver.com/slotking77/223560011987",
    "https://cafe.naver.com/pricehackers/48211",
    "https://cafe.naver.com/pricehackers/48230",
    KOREAN_CAFE_PCT,
]
DC = [
    "https://discord.com/invite/slotvip88",
    "https://discord.com/channels/1180000000000000001/1180000000000000002/1283000000000000003",
]
KK = [
    "https://cafe.daum.net/moneyloan24/AbCd/311",
    "https://cafe.daum.net/moneyloan24/AbCd/318",
    "https://open.kakao.com/o/gQx7Lp2e",
]
TT = ["https://www.tiktok.com/@quickcash.kr/video/7412000000000000777"]

REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03", "2024-09-10", X, "illegal_gambling",
     "req-240903-01", "gambling promotion accounts, reported by the police liaison"),
    ("KCSC-240905-02", "telegram", "2024-09-05", "2024-09-12", TG, "drugs",
     "req-240905-02", "drug sales channel"),
    ("KCSC-240909-03", "youtube", "2024-09-09", "2024-09-16", YT, "medical_fraud",
     "req-240909-03", "fake clinic, unapproved treatment ads"),
    ("KCSC-240911-04", "naver", "2024-09-11", "2024-09-18", NV, "illegal_gambling",
     "req-240911-04", "blog and cafe posts"),
    ("KCSC-240912-05", "discord", "2024-09-12", "2024-09-19", DC, "illegal_gambling",
     "req-240912-05", "invite and one message"),
    ("KCSC-240917-06", "kakao", "2024-09-17", "2024-09-24", KK, "illegal_lending",
     "req-240917-06", "unregistered lenders, Daum cafe and open chat"),
    ("KCSC-240919-07", "tiktok", "2024-09-19", "2024-09-26", TT, "illegal_lending",
     "req-240919-07", "single video"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def reminder_headers(req, n):
    return [
        f"In-Reply-To: <reminder-{req}-{n}@kcsc.example>",
        f"References: <{req}@kcsc.example> <reminder-{req}-{n}@kcsc.example>",
    ]


# Our own reminder text for KCSC-240903-01, as platforms quote it back.
X_REMINDER = (
    "Dear X Legal team,\n\n"
    "This is a reminder about our request KCSC-240903-01 of 3 September 2024.\n"
    "The following posts were still reachable from Korea on 11 September:\n\n"
    + "\n".join(X[6:]) + "\n\n"
    "Please tell us what action was taken on each URL.\n\n"
    "KCSC Takedown Desk"
)

TG_REQUEST = (
    "Dear Telegram team,\n\n"
    "Under request KCSC-240905-02 we ask you to remove the following content,\n"
    "which offers narcotics for sale to users in Korea:\n\n"
    + "\n".join(TG) + "\n\n"
    "Regards,\nKCSC Takedown Desk"
)

NV_REMINDER = (
    "안녕하세요. 방송통신심의위원회 게시물 삭제 요청 담당입니다.\n"
    "9월 11일 요청드린 KCSC-240911-04 건 중 아래 게시물이 아직 확인됩니다.\n\n"
    + "\n".join(NV[:4]) + "\n\n"
    "조치 결과를 회신해 주시기 바랍니다."
)

ZD_LINE = "##- Please type your reply above this line -##"


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------

CASES = []


def enc(text):
    """RFC 2047 encoded-word for a non-ASCII header value, as mailers send it."""
    if text.isascii():
        return text
    return email.header.Header(text, "utf-8").encode()


def case(**c):
    if "name_from" in c:
        c["name_from"] = enc(c["name_from"])
    c["subject"] = enc(c["subject"])
    CASES.append(c)


# ---------------------------------------------------------------- X (13)

case(
    name="x-zendesk-solved-two-groups",
    **{"from": "support@x.com"},
    name_from="X Support",
    date=d("2024-09-09 17:41:09", "+0000"),
    subject="[X Support] Re: KCSC-240903-01 - Request #4412093 has been solved",
    reply_to_req="req-240903-01",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk 'request has been solved' notification carrying the agent's last public comment (X legal support)",
    why="agent's comment lists three posts under 'removed' and two under 'withheld in the Republic of Korea'",
    items={X[0]: "removed", X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "restricted"},
    body=f"""{ZD_LINE}

Your request (#4412093) has been solved. To reopen it, reply to this email.

Dana R. (X Support)
Sep 9, 2024, 17:40 UTC

Hello,

Thank you for your report concerning KCSC-240903-01. We reviewed the first
group of posts you sent.

The following posts have been removed for violating the X Rules on
illegal or certain regulated goods and services:
{X[0]}
{X[1]}
{X[2]}

The following posts are now withheld in the Republic of Korea in response
to your legal demand:
{X[3]}
{X[4]}

We will reply separately about the remaining URLs in your request.

Regards,
Dana
X Support

--------------------------------
This email is a service from X Support. [ZD-1V8K2-7QW0]
""",
)

case(
    name="x-followup-url-then-status",
    **{"from": "support@x.com"},
    name_from="X Support",
    date=d("2024-09-12 09:03:55", "+0000"),
    subject="Re: [X Support] Re: KCSC-240903-01 reminder",
    extra_headers=reminder_headers("req-240903-01", 1),
    outcome="applied",
    classification="confirmation",
    imitates="follow-up agent reply in the same Zendesk thread answering our reminder, URL then outcome on the next line",
    why="four URLs each followed by its own outcome line: withheld, no action, not found, removed",
    items={X[6]: "restricted", X[7]: "rejected", X[8]: "not_found", X[9]: "removed"},
    body=f"""{ZD_LINE}

Hello again,

Following up on your reminder. Outcome for each URL we have closed so far:

{X[6]}
Withheld in South Korea in response to your legal demand.

{X[7]}
No action taken. We did not find this post to violate the X Rules or
applicable local law.

{X[8]}
Not found. The post had been deleted by the account holder before our review.

{X[9]}
Removed for violating our rules on gambling promotion.

Best,
Dana
X Support

On Wed, Sep 11, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(X_REMINDER)}
""",
)

case(
    name="x-reminder-reply-partial",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal Operations",
    date=d("2024-09-13 02:17:40", "+0000"),
    subject="RE: KCSC-240903-01 reminder",
    extra_headers=reminder_headers("req-240903-01", 1),
    outcome="applied",
    classification="confirmation",
    imitates="partial answer to a reminder, Outlook top-post over the quoted reminder",
    why="two posts named as withheld in South Korea; the rest said to be still with the team, so pending",
    items={X[10]: "restricted", X[11]: "restricted", X[12]: "pending"},
    body=f"""Hi KCSC team,

Of the posts in your reminder, these two are now withheld in South Korea:
{X[10]}
{X[11]}

The others are still with our team and we will update this thread.

Thanks,
M. Okafor
Legal Operations, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 10:02 AM
To: legal@x.com
Subject: KCSC-240903-01 reminder

{X_REMINDER}
""",
)

case(
    name="x-account-suspended",
    **{"from": "support@x.com"},
    name_from="X Support",
    date=d("2024-09-10 21:55:12", "+0000"),
    subject="[X Support] Request #4412107: account review completed",
    reply_to_req="req-240903-01",
    outcome="applied",
    classification="confirmation",
    imitates="X account-level enforcement reply (permanent suspension) in a support ticket",
    why="the reported account is permanently suspended, i.e. made unavailable: removed; its posts are not spoken about",
    items={X[5]: "removed"},
    body=f"""{ZD_LINE}

Hello,

We reviewed the account you reported under KCSC-240903-01.

The account {X[5]} has been permanently suspended for
violating the X Rules, and its profile is no longer available on X.

This request (#4412107) is now marked as solved.

X Support
""",
)

X_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#888">&mdash;&mdash;-&mdash; Reply above this line.</p>
<p>Hello KCSC Takedown,</p>
<p><b>Your request KSD-2291 &quot;KCSC-240903-01 / legal demand&quot; has been resolved.</b></p>
<p>Our legal team has completed its review. The result for each reported post:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Date</th></tr>
<tr><td><a href="{X[0]}">{X[0]}</a></td><td>Removed</td><td>2024-09-09</td></tr>
<tr><td><a href="{X[1]}">{X[1]}</a></td><td>Removed</td><td>2024-09-09</td></tr>
<tr><td><a href="{X[2]}">{X[2]}</a></td><td>Withheld (KR)</td><td>2024-09-10</td></tr>
<tr><td><a href="{X[12]}">{X[12]}</a></td><td>No violation found &ndash; content remains available</td><td>2024-09-10</td></tr>
</table>
<p>If you disagree with an outcome you can comment on this request.</p>
<p style="color:#888;font-size:11px">View request &middot; <a href="https://help.x.com/servicedesk/customer/portal/4/KSD-2291">help.x.com/servicedesk/customer/portal/4/KSD-2291</a><br>
This message was sent by X Legal Service Desk.</p>
</body></html>"""

case(
    name="x-jira-resolved-html-table-qp",
    **{"from": "jira@x.com"},
    name_from="X Legal Service Desk",
    date=d("2024-09-10 08:30:00", "+0000"),
    subject="[JIRA] (KSD-2291) KCSC-240903-01 / legal demand",
    reply_to_req="req-240903-01",
    outcome="applied",
    classification="confirmation",
    imitates="Jira Service Management 'request resolved' customer notification with an HTML result table, quoted-printable",
    why="table rows: two removed, one withheld in KR, one no violation (stays up); the portal link is not an item",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[12]: "rejected"},
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(X_HTML)}
""",
)

X_CSV = (
    "ticket,url,action,reason\n"
    f"4412093,{X[3]},removed,illegal gambling promotion\n"
    f"4412093,{X[4]},removed,illegal gambling promotion\n"
    f"4412093,{X[8]},not found,post no longer exists\n"
)

case(
    name="x-solved-csv-attachment",
    **{"from": "support@x.com"},
    name_from="X Support",
    date=d("2024-09-16 11:12:31", "+0000"),
    subject="[X Support] Request #4412093: outcome file",
    reply_to_req="req-240903-01",
    outcome="applied",
    classification="confirmation",
    imitates="ticket reply whose outcome is only in an attached CSV export",
    why="attached CSV gives two posts removed and one not found; the body names no URL",
    items={X[3]: "removed", X[4]: "removed", X[8]: "not_found"},
    raw_mime=f"""Content-Type: multipart/mixed; boundary="zd-att-4412093"

--zd-att-4412093
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{ZD_LINE}

Hello,

Please find attached the outcome for each URL we actioned under your
request KCSC-240903-01. This ticket (#4412093) is now solved.

X Support

--zd-att-4412093
Content-Type: text/csv; charset=utf-8; name="4412093_outcome.csv"
Content-Disposition: attachment; filename="4412093_outcome.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV)}
--zd-att-4412093--
""",
)

case(
    name="x-korean-fullwidth-brackets",
    **{"from": "kr-support@x.com"},
    name_from="X 고객지원",
    date=d("2024-09-11 15:20:44"),
    subject="[X 고객지원] KCSC-240903-01 처리 결과 안내 (티켓 #4412120)",
    reply_to_req="req-240903-01",
    outcome="applied",
    classification="confirmation",
    imitates="Korean-language X support ticket reply, URLs in full-width parentheses followed by particles",
    why="one post restricted in Korea, one deleted; URLs sit in full-width brackets and before 은(는)",
    items={X[11]: "restricted", X[12]: "removed"},
    body=f"""안녕하세요, X 고객지원팀입니다.

KCSC-240903-01 요청 건에 대해 검토를 마쳤기에 결과를 안내드립니다.

1. 게시물（{X[11]}）은(는) 현지 법률에 따라 대한민국 내에서 접근이 제한되었습니다.
2. 게시물（{X[12]}）은(는) X 규칙 위반으로 삭제되었습니다.

추가 문의는 이 메일에 회신해 주세요. 티켓 번호: #4412120

감사합니다.
X 고객지원팀 드림
""",
)

case(
    name="x-untrusted-solved",
    **{"from": "support@x.com"},
    name_from="X Support",
    auth="fail",
    date=d("2024-09-10 04:02:10", "+0000"),
    subject="[X Support] Request #4412093 has been solved",
    reply_to_req="req-240903-01",
    outcome="review",
    review="untrusted",
    imitates="Zendesk solved notification that fails DKIM/SPF/DMARC for x.com",
    why="clear item statements, but the x.com sender fails authentication",
    items={X[0]: "pending", X[9]: "pending"},
    body=f"""{ZD_LINE}

Your request (#4412093) has been solved.

Hello, the posts below have been removed:
{X[0]}
{X[9]}

X Support
""",
)

case(
    name="x-bulk-all-withheld",
    **{"from": "support@x.com"},
    name_from="X Support",
    date=d("2024-09-18 06:45:00", "+0000"),
    subject="[X Support] Request #4412093 has been solved",
    reply_to_req="req-240903-01",
    outcome="review",
    review="bulk",
    imitates="Zendesk solved ticket closing a multi-URL legal demand in one sentence",
    why="'all of the reported posts' for a 13-item request without naming any: bulk",
    items={u: "pending" for u in X},
    body=f"""{ZD_LINE}

Your request (#4412093) has been solved. To reopen it, reply to this email.

Hello,

Thank you for your patience. All of the reported posts in KCSC-240903-01
have now been removed or withheld in Korea, and we consider this request
complete.

X Support
""",
)

case(
    name="x-zendesk-receipt-echo",
    **{"from": "support@x.com"},
    name_from="X Support",
    date=d("2024-09-03 10:05:12", "+0000"),
    subject="[X Support] Re: KCSC-240903-01 - we received your request (#4412093)",
    reply_to_req="req-240903-01",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk new-ticket auto-acknowledgement echoing the submitted form",
    why="a receipt: ticket created, submission echoed, no statement about any post",
    items={},
    body=f"""{ZD_LINE}

Thank you for contacting X Support. This is an automatic confirmation that
we received your request. Your ticket number is #4412093.

A member of our team will review your report and respond by email. You do
not need to submit it again.

Summary of your submission
--------------------------
Reporter: KCSC Takedown Desk
Reference: KCSC-240903-01
Reported URLs:
{X[0]}
{X[1]}
{X[2]}
(+10 more)

This email is a service from X Support.
""",
)

# ---------------------------------------------------------------- Telegram

case(
    name="tg-freshdesk-resolved",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date=d("2024-09-07 19:12:40", "+0000"),
    subject="Ticket #190233 status changed to Resolved [KCSC-240905-02]",
    reply_to_req="req-240905-02",
    outcome="applied",
    classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with the agent's reply (Telegram abuse desk)",
    why="channel blocked and no longer accessible (removed); one post removed; the third not mentioned",
    items={TG[2]: "removed", TG[0]: "removed"},
    body=f"""Hello,

Thank you for your report. Ticket #190233 has been resolved.

The channel {TG[2]} has been blocked and is no longer accessible on
Telegram. The post {TG[0]} was removed.

If this issue has not been resolved, reply to this email and the ticket
will be reopened.

Telegram Abuse Team
""",
)

case(
    name="tg-outlook-reply-bare-domain",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date=d("2024-09-13 08:40:02", "+0000"),
    subject="RE: KCSC-240905-02",
    reply_to_req="req-240905-02",
    outcome="applied",
    classification="confirmation",
    imitates="short top-posted agent reply over an Outlook-quoted request, links written without scheme",
    why="121 already deleted by the channel admin (not_found); 118 taken down; quoted request below changes nothing",
    items={TG[1]: "not_found", TG[0]: "removed"},
    body=f"""Hi,

t.me/pill_corner_kr/121 - we could not find this message, it was already
deleted by the channel admin before our review.
t.me/pill_corner_kr/118 was taken down on 10 September.

Regards,
Telegram

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:00 AM
To: dsa@telegram.org
Subject: KCSC-240905-02

{TG_REQUEST}
""",
)

TG_QP = f"""Hello,

Regarding your request KCSC-240905-02, here is the outcome of our review:

  * {TG[2]} – blocked for users in South Korea; the channel remains visible elsewhere.
  * {TG[0]} – removed.
  * {TG[1]} – we did not find a violation of our Terms of Service; no action taken.

Telegram Support
"""

case(
    name="tg-qp-bullets-three-statuses",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date=d("2024-09-14 12:00:19", "+0000"),
    subject="Re: KCSC-240905-02 [Case #5530217]",
    reply_to_req="req-240905-02",
    outcome="applied",
    classification="confirmation",
    imitates="Telegram abuse-desk reply in quoted-printable with a bulleted outcome list",
    why="one channel geo-blocked in Korea (restricted), one post removed, one left up (rejected)",
    items={TG[2]: "restricted", TG[0]: "removed", TG[1]: "rejected"},
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(TG_QP),
)

case(
    name="tg-terse-done",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date=d("2024-09-16 07:31:50", "+0000"),
    subject="Re: Re: KCSC-240905-02",
    reply_to_req="req-240905-02",
    outcome="applied",
    classification="confirmation",
    imitates="one-line agent answer in a long thread, Gmail quote below",
    why="'removed' stated for one named post; the quoted thread is not read",
    items={TG[1]: "removed"},
    body=f"""Done. {TG[1]} removed.

On Fri, Sep 13, 2024 at 5:40 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Thank you. Could you also check the remaining post?
> {TG[1]}
>
> On Fri, Sep 13, 2024 at 8:40 AM Telegram DSA <dsa@telegram.org> wrote:
>> t.me/pill_corner_kr/121 - we could not find this message
""",
)

case(
    name="tg-still-looking",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date=d("2024-09-19 10:14:27", "+0000"),
    subject="Re: KCSC-240905-02 reminder",
    extra_headers=reminder_headers("req-240905-02", 1),
    outcome="review",
    review="not_understood",
    imitates="agent reply to a reminder saying the case is still being looked at",
    why="names the request, states nothing about any item: a promise to update later",
    items={},
    body="""Hello,

Thanks for the reminder. We are still looking into KCSC-240905-02 together
with our moderation team and will update you on all three links this week.

Telegram DSA
""",
)

case(
    name="tg-outsourced-vendor",
    **{"from": "tns-desk@tasklane-bpo.com"},
    name_from="Trust & Safety Desk (on behalf of Telegram)",
    date=d("2024-09-12 13:48:00", "+0000"),
    subject="KCSC-240905-02 - action taken",
    reply_to_req="req-240905-02",
    outcome="review",
    review="unknown_sender",
    imitates="outsourced support vendor answering from its own domain on a platform's behalf",
    why="statuses for Telegram items but the sender domain belongs to no platform",
    items={TG[0]: "pending", TG[2]: "pending"},
    body=f"""Dear KCSC,

We handle abuse reports on behalf of Telegram in the APAC region.

The following have been removed:
- {TG[0]}
- {TG[2]}

Kind regards,
Tasklane Trust & Safety Desk
""",
)

case(
    name="tg-agent-out-of-office",
    **{"from": "r.hakimi@telegram.org"},
    name_from="Rami Hakimi",
    date=d("2024-09-13 01:05:44", "+0000"),
    subject="Automatic reply: KCSC-240905-02 reminder",
    extra_headers=reminder_headers("req-240905-02", 1)
    + ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office reply from an agent, over our quoted reminder",
    why="out-of-office reply; the URLs are only in our quoted reminder",
    items={},
    body=f"""I am out of the office until 23 September with limited access to email.
For urgent abuse matters please write to abuse@telegram.org.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Subject: KCSC-240905-02 reminder

Please tell us what action was taken on:
{TG[0]}
{TG[1]}
""",
)

# ---------------------------------------------------------------- YouTube

case(
    name="yt-helpscout-numbered",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date=d("2024-09-13 16:22:10", "+0900"),
    subject="Re: [#1-7733] KCSC-240909-03",
    reply_to_req="req-240909-03",
    outcome="applied",
    classification="confirmation",
    imitates="Help Scout conversation reply from a legal support agent, numbered outcome list",
    why="video removed, video blocked in KR, short age-restricted, channel terminated",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "restricted", YT[3]: "removed"},
    body=f"""Hello,

Thank you for your notice. After review we took the following actions:

1. {YT[0]} - removed for violating our medical misinformation policy.
2. {YT[1]} - blocked from view in South Korea on the basis of local law.
3. {YT[2]} - age-restricted; it is no longer shown to signed-out or under-18 viewers.
4. {YT[3]} - the channel has been terminated.

You can learn more about our policies at https://support.google.com/youtube/answer/2801973.

Best regards,
Joon
YouTube Legal Support

---
Conversation #1-7733 | Reply to this email to add a message.
""",
)

case(
    name="yt-partial-two-of-four",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date=d("2024-09-12 11:09:33", "+0900"),
    subject="Re: [#1-7733] KCSC-240909-03 (partial update)",
    reply_to_req="req-240909-03",
    outcome="applied",
    classification="confirmation",
    imitates="partial answer in a ticket thread: two URLs decided, two still pending",
    why="one video blocked in Korea, one short left up; the other two only promised",
    items={YT[0]: "restricted", YT[2]: "rejected"},
    body=f"""Hello,

We've completed our review of two of the four URLs in your notice.

{YT[0]}
We have blocked this video from view in South Korea.

{YT[2]}
After careful review we did not find that this Short violates our Community
Guidelines or local law, so it remains on YouTube.

We are still reviewing the other two URLs and will follow up in this
conversation.

Joon
YouTube Legal Support
""",
)

YT_HTML = f"""<!DOCTYPE html><html><body>
<div style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of your request <b>KCSC-240909-03</b>.</p>
<p>The following content has been actioned under our policies:<br>
<a href="{YT[1]}">{YT[1]}</a></p>
<p>For the channel <a href="{YT[3]}">{YT[3]}</a>, we did not find a violation
of our policies, and the channel remains available.</p>
<p>&mdash; The YouTube Team</p>
<p style="font-size:11px;color:#777">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</div></body></html>"""

case(
    name="yt-base64-html-actioned",
    **{"from": "noreply@youtube.com"},
    name_from="YouTube",
    date=d("2024-09-14 03:30:00", "+0000"),
    subject="Update on your legal request KCSC-240909-03",
    reply_to_req="req-240909-03",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal removal outcome notice in base64 HTML ('actioned under our policies')",
    why="one video actioned (removed), the channel kept (rejected)",
    items={YT[1]: "removed", YT[3]: "rejected"},
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(YT_HTML)}
""",
)

case(
    name="yt-jira-comment-update",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date=d("2024-09-17 10:45:12", "+0900"),
    subject="[LGL-KR-6621] New comment: KCSC-240909-03",
    reply_to_req="req-240909-03",
    outcome="applied",
    classification="confirmation",
    imitates="Jira-style comment notification: new comment on top, earlier comment below",
    why="new comment: channel terminated (removed); the earlier comment below is only a promise",
    items={YT[3]: "removed", YT[1]: "pending"},
    body=f"""---- Reply above this line ----

Seo-yeon Park commented:

Update: {YT[3]} - the channel was terminated today under our
spam, deceptive practices and scams policy.

---- Previous comment ----
Seo-yeon Park, 13/Sep/24 09:12:
We are escalating {YT[1]} to the local legal team
and expect to decide on it shortly.

View request: https://support.google.com/legal/request/LGL-KR-6621
""",
)

case(
    name="yt-promise-will-remove",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date=d("2024-09-11 18:02:41", "+0900"),
    subject="Re: [#1-7733] KCSC-240909-03",
    reply_to_req="req-240909-03",
    outcome="review",
    review="not_understood",
    imitates="agent reply promising action after sign-off by the legal team",
    why="names two videos but only promises removal; nothing stated as done",
    items={YT[0]: "pending", YT[1]: "pending"},
    body=f"""Hello,

Thanks for your patience. Our reviewers agree that
{YT[0]} and
{YT[1]}
are likely in breach of our policies. They will be removed once our legal
team signs off, which we expect within 24 hours.

Joon
YouTube Legal Support
""",
)

case(
    name="yt-asks-legal-basis",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date=d("2024-09-10 14:15:00", "+0900"),
    subject="Re: [#1-7733] KCSC-240909-03 - additional information needed",
    reply_to_req="req-240909-03",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Help Scout agent reply asking for the legal basis and timestamps before acting",
    why="asks for more information about two named items, states no outcome",
    items={YT[0]: "pending", YT[2]: "pending"},
    body=f"""Hello,

To proceed with your request we need some additional information:

- the specific provision of Korean law that you believe is violated by
  {YT[0]}
- the timestamp at which the content you object to appears in
  {YT[2]}

Once we receive this we will continue our review. The conversation stays
open in the meantime.

Joon
YouTube Legal Support
""",
)

# ---------------------------------------------------------------- NAVER

case(
    name="naver-result-text-table",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date=d("2024-09-13 14:00:00"),
    subject="[NAVER] KCSC-240911-04 게시물 조치 결과 회신",
    reply_to_req="req-240911-04",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER policy team result reply with a plain-text table (게시중단 / 임시조치 / 삭제)",
    why="blog post 게시중단 (removed), blog post 임시조치 (restricted), cafe post 삭제 (removed)",
    items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "removed"},
    body=f"""안녕하세요. NAVER 정책지원팀입니다.

귀 위원회에서 요청하신 KCSC-240911-04 건의 처리 결과를 아래와 같이 회신드립니다.

번호 | URL | 조치 결과
1 | {NV[0]} | 게시중단
2 | {NV[1]} | 임시조치(30일)
3 | {NV[2]} | 삭제

나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
NAVER 정책지원팀 드림
""",
)

case(
    name="naver-raw-korean-url-author-deleted",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date=d("2024-09-16 10:31:07"),
    subject="RE: [KCSC-240911-04] 카페 게시물 확인 결과",
    reply_to_req="req-240911-04",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER cafe team reply with a raw Korean cafe path followed by a particle",
    why="Korean-path post already deleted by its author (not_found); cafe post 48211 blinded (removed)",
    items={KOREAN_CAFE_PCT: "not_found", NV[2]: "removed"},
    body=f"""안녕하세요, 네이버 카페 운영팀입니다.

요청하신 카페 게시물을 확인하였습니다.

- {KOREAN_CAFE} 은 작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.
- {NV[2]} 은 운영정책 위반으로 블라인드 처리하였습니다.

감사합니다.
""",
)

case(
    name="naver-gmail-quoted-reminder",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date=d("2024-09-20 17:05:40"),
    subject="Re: [KCSC-240911-04] 미조치 게시물 재요청",
    extra_headers=reminder_headers("req-240911-04", 1),
    outcome="applied",
    classification="confirmation",
    imitates="NAVER reply to a Korean reminder, top-posted over a Gmail-style quote (님이 작성:)",
    why="cafe post 48230 kept (rejected); blog post 987 access-restricted under 임시조치 (restricted)",
    items={NV[3]: "rejected", NV[1]: "restricted"},
    body=f"""안녕하세요. 재요청 주신 건 회신드립니다.

{NV[3]} 게시물은 검토 결과 운영정책 및 관련 법령 위반 소지가 확인되지 않아 게시를 유지합니다.
{NV[1]} 게시물은 접근 제한(임시조치) 처리하였습니다.

NAVER 정책지원팀

2024년 9월 19일 (목) 오전 10:12, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(NV_REMINDER)}
""",
)

NV_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>시정요구(KCSC-240911-04)에 대한 조치결과를 아래와 같이 통보합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{NV[0]}</td><td>게시중단</td><td>2024.09.13</td></tr>
<tr><td>2</td><td>{NV[1]}</td><td>임시조치</td><td>2024.09.13</td></tr>
<tr><td>3</td><td>{NV[2]}</td><td>삭제</td><td>2024.09.14</td></tr>
<tr><td>4</td><td>{NV[3]}</td><td>삭제</td><td>2024.09.14</td></tr>
<tr><td>5</td><td>{KOREAN_CAFE_PCT}</td><td>해당 게시물 없음</td><td>-</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>"""

case(
    name="naver-sijeong-html-table",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date=d("2024-09-23 09:00:00"),
    subject="[조치결과] KCSC-240911-04 시정요구 조치결과 통보",
    reply_to_req="req-240911-04",
    outcome="applied",
    classification="confirmation",
    imitates="Korean 시정요구 조치결과 통보 as an HTML table",
    why="five rows: 게시중단, 임시조치, 삭제, 삭제, 해당 게시물 없음",
    items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "removed", NV[3]: "removed", KOREAN_CAFE_PCT: "not_found"},
    type="html",
    body=NV_HTML,
)

case(
    name="naver-hedge-appears-private",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date=d("2024-09-12 16:40:12"),
    subject="RE: [KCSC-240911-04] 블로그 게시물 문의",
    reply_to_req="req-240911-04",
    outcome="review",
    review="not_understood",
    imitates="NAVER agent's preliminary reply with a hedge ('처리된 것으로 보입니다')",
    why="'appears to have been made private', exact result promised later: a hedge, not a statement",
    items={NV[0]: "pending"},
    body=f"""안녕하세요.

문의 주신 {NV[0]} 게시물은 이미 비공개 처리된 것으로 보입니다.
정확한 처리 여부는 담당 부서 확인 후 다시 안내드리겠습니다.

감사합니다.
NAVER 정책지원팀
""",
)

case(
    name="naver-ticket-receipt-ko",
    **{"from": "help@navercorp.com"},
    name_from="NAVER 고객센터",
    date=d("2024-09-11 11:02:15"),
    subject="[NAVER 고객센터] 문의가 접수되었습니다 (접수번호 2024091100381)",
    reply_to_req="req-240911-04",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER customer-centre inquiry receipt (문의 접수 안내)",
    why="pure receipt: inquiry number issued, answer promised",
    items={},
    body="""안녕하세요. NAVER 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
접수번호: 2024091100381
문의제목: KCSC-240911-04 게시물 삭제 요청

담당자가 내용을 확인한 뒤 순차적으로 답변드릴 예정입니다.
답변은 영업일 기준 3~5일 정도 소요될 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
)

case(
    name="naver-read-receipt",
    **{"from": "h.jung@navercorp.com"},
    name_from="정혜린",
    date=d("2024-09-19 10:40:00"),
    subject="읽음: [KCSC-240911-04] 미조치 게시물 재요청",
    extra_headers=["In-Reply-To: <reminder-req-240911-04-1@kcsc.example>"],
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN) for our Korean reminder",
    why="message disposition notification: our reminder was displayed",
    items={},
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7741"

--mdn-7741
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지
  받는 사람: 정혜린
  제목: [KCSC-240911-04] 미조치 게시물 재요청
  보낸 날짜: 2024-09-19 오전 10:12

를 2024-09-19 오전 10:40에 읽었습니다.

--mdn-7741
Content-Type: message/disposition-notification

Reporting-UA: navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;h.jung@navercorp.com
Original-Message-ID: <reminder-req-240911-04-1@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7741--
""",
)

# ---------------------------------------------------------------- Discord

case(
    name="discord-zendesk-solved",
    **{"from": "legal@discord.com"},
    name_from="Discord Trust & Safety",
    date=d("2024-09-14 22:10:03", "+0000"),
    subject="[Discord] Your request #29881310 has been solved (KCSC-240912-05)",
    reply_to_req="req-240912-05",
    outcome="applied",
    classification="confirmation",
    imitates="Discord Trust & Safety Zendesk solved notification",
    why="server behind the invite removed; the message link could not be found (deleted before review)",
    items={DC[0]: "removed", DC[1]: "not_found"},
    body=f"""{ZD_LINE}

Your request (29881310) has been solved. To reopen this request, reply to this email.

Hi there,

Thanks for reaching out to Discord Trust & Safety.

We've reviewed the invite {DC[0]} and the server it led to
has been removed from Discord for violating our Community Guidelines.

The message link you shared could not be found; it was deleted before our
team looked at it:
{DC[1]}

You can read more about how we enforce our rules at
https://discord.com/safety/our-policies.

Discord Trust & Safety
""",
)

case(
    name="discord-reply-with-echoed-report",
    **{"from": "legal@discord.com"},
    name_from="Discord Trust & Safety",
    date=d("2024-09-13 05:44:51", "+0000"),
    subject="Re: [Discord] Report #29881388 KCSC-240912-05 message report",
    reply_to_req="req-240912-05",
    outcome="applied",
    classification="confirmation",
    imitates="agent reply that echoes the submitted web-form report below the answer",
    why="the one reported message, whose link is in the echoed form, was deleted: removed",
    items={DC[1]: "removed"},
    body=f"""Hi,

Thanks for the report. The message you reported has been deleted and the
user who posted it has been actioned.

Discord Trust & Safety

--- Report details ---
Report type: Illegal content (message)
Reference provided: KCSC-240912-05
Message link: {DC[1]}
Description: promotion of an unlicensed online casino
""",
)

case(
    name="discord-bulk-actioned",
    **{"from": "legal@discord.com"},
    name_from="Discord Trust & Safety",
    date=d("2024-09-15 09:00:00", "+0000"),
    subject="[Discord] Your request #29881310 has been solved",
    reply_to_req="req-240912-05",
    outcome="review",
    review="bulk",
    imitates="Zendesk solved notice closing a two-URL report with one generic sentence",
    why="'the content you reported' for a two-item request, naming neither",
    items={DC[0]: "pending", DC[1]: "pending"},
    body=f"""{ZD_LINE}

Your request (29881310) has been solved.

Hi there,

We've taken action on the content you reported under KCSC-240912-05.
Thanks for helping keep Discord safe.

Discord Trust & Safety
""",
)

case(
    name="discord-freshdesk-receipt",
    **{"from": "legal@discord.com"},
    name_from="Discord Trust & Safety",
    date=d("2024-09-12 03:01:29", "+0000"),
    subject="Ticket Received - KCSC-240912-05 [#88213]",
    reply_to_req="req-240912-05",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Freshdesk 'Ticket Received' auto-acknowledgement",
    why="ticket created, nothing decided",
    items={},
    body="""Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a
ticket has been created. Ticket ID: #88213.

A support representative will be reviewing your request and will send you
a personal response, usually within 3 business days.

To view the status of the ticket or add comments, please reply to this
email.

Thank you for your patience.

Discord Trust & Safety
""",
)

# ---------------------------------------------------------------- Kakao

case(
    name="kakao-cs-answer-ko",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date=d("2024-09-20 15:12:09"),
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240917-06)",
    reply_to_req="req-240917-06",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao customer-centre answer mail (문의하신 내용에 대한 답변입니다)",
    why="Daum cafe post deleted, second post under 임시조치, open chat closed (deleted)",
    items={KK[0]: "removed", KK[1]: "restricted", KK[2]: "removed"},
    body=f"""안녕하세요, 카카오 고객센터입니다.

문의번호 #KC-20240917-5512 에 대한 답변드립니다.

요청하신 게시물과 오픈채팅방에 대해 아래와 같이 조치하였습니다.

▶ {KK[0]}
  : 운영정책 위반으로 게시물을 삭제하였습니다.
▶ {KK[1]}
  : 권리침해 신고에 따라 임시조치(30일간 접근 차단)하였습니다.
▶ {KK[2]}
  : 해당 오픈채팅방은 운영정책 위반으로 폐쇄(삭제) 조치되었습니다.

답변이 도움이 되셨나요? 고객센터 도움말(https://cs.kakao.com/helps)에서 더 많은 안내를 확인하실 수 있습니다.

※ 본 메일은 발신 전용이므로 회신되지 않습니다.
""",
)

KK_CSV = (
    "번호,URL,처리결과,비고\n"
    f"1,{KK[0]},삭제,운영정책 위반\n"
    f"2,{KK[1]},삭제,운영정책 위반\n"
    f"3,{KK[2]},존재하지 않는 URL,이미 종료된 오픈채팅방\n"
)

case(
    name="kakao-euckr-csv-attachment",
    **{"from": "kr-policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date=d("2024-09-24 11:20:00"),
    subject="RE: KCSC-240917-06 처리결과 송부",
    reply_to_req="req-240917-06",
    outcome="applied",
    classification="confirmation",
    imitates="Korean policy team reply with the result sheet as an EUC-KR CSV attachment",
    why="CSV: two Daum cafe posts deleted, open chat URL does not exist",
    items={KK[0]: "removed", KK[1]: "removed", KK[2]: "not_found"},
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kk-240924"

--kk-240924
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 정책팀입니다.
요청하신 건의 처리결과를 첨부 파일로 송부드립니다.

--kk-240924
Content-Type: text/csv; charset=euc-kr; name="KCSC-240917-06_result.csv"
Content-Disposition: attachment; filename="KCSC-240917-06_result.csv"
Content-Transfer-Encoding: base64

{b64(KK_CSV, "euc-kr")}
--kk-240924--
""",
)

case(
    name="kakao-about-naver-url",
    **{"from": "kr-policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date=d("2024-09-18 14:02:33"),
    subject="RE: KCSC-240917-06 문의 URL 확인",
    reply_to_req="req-240917-06",
    outcome="review",
    review="wrong_platform",
    imitates="Kakao reply pointing out that a URL belongs to another portal",
    why="Kakao states a NAVER cafe URL is not in its service: not Kakao's item to decide",
    items={NV[2]: "pending"},
    body=f"""안녕하세요, 카카오 정책팀입니다.

함께 보내주신 {NV[2]} 는 다음 카페가 아닌 네이버 카페 주소로,
당사 서비스에서는 확인되지 않는 게시물입니다. 해당 사업자에게 문의 부탁드립니다.

감사합니다.
""",
)

case(
    name="kakao-dsn-reminder",
    **{"from": "MAILER-DAEMON@mx2.kakaocorp.com"},
    name_from="Mail Delivery System",
    date=d("2024-09-25 09:01:12"),
    subject="Undelivered Mail Returned to Sender",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification for our reminder to Kakao",
    why="a bounce; the URLs are only in the returned original",
    items={},
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-BD31"

--dsn-BD31
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kr-policy-old@kakaocorp.com>: host inbound.kakaocorp.com[203.0.113.25]
    said: 550 5.1.1 User unknown (in reply to RCPT TO command)

--dsn-BD31
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Wed, 25 Sep 2024 09:01:10 +0900

Final-Recipient: rfc822; kr-policy-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-BD31
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: kr-policy-old@kakaocorp.com
Subject: KCSC-240917-06 reminder
Message-ID: <reminder-req-240917-06-1@kcsc.example>
Date: Wed, 25 Sep 2024 09:00:58 +0900

Please report the action taken on:
{KK[0]}
{KK[1]}
{KK[2]}

--dsn-BD31--
""",
)

# ---------------------------------------------------------------- TikTok

case(
    name="tiktok-sole-statement",
    **{"from": "kr-legal@tiktok.com"},
    name_from="TikTok Legal",
    date=d("2024-09-21 13:30:00", "+0000"),
    subject="Re: KCSC-240919-07",
    reply_to_req="req-240919-07",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok legal reply naming no URL, answering a one-video request",
    why="one-item request; 'we've removed the video you reported' is about that item",
    items={TT[0]: "removed"},
    body="""Hello,

Thank you for contacting TikTok. We've reviewed your request KCSC-240919-07
and removed the video you reported for violating our Community Guidelines.

Best regards,
TikTok Legal Team
""",
)

case(
    name="tiktok-wrapped-angle-url",
    **{"from": "kr-legal@tiktok.com"},
    name_from="TikTok Legal",
    date=d("2024-09-23 04:12:19", "+0000"),
    subject="[Ticket 55120] Your report KCSC-240919-07",
    reply_to_req="req-240919-07",
    outcome="applied",
    classification="confirmation",
    imitates="ticket reply with the URL in angle brackets wrapped over two lines",
    why="the video is restricted in the reporter's country/region",
    items={TT[0]: "restricted"},
    body="""Hello,

Following our review, the video
<https://www.tiktok.com/@quickcash.kr/video/
7412000000000000777> is now restricted in your country/region under local
law. It remains visible in other regions.

TikTok Legal Team
Ticket 55120
""",
)

case(
    name="tiktok-chuseok-autoreply",
    **{"from": "kr-legal@tiktok.com"},
    name_from="TikTok Legal",
    date=d("2024-09-19 12:00:40"),
    subject="Re: KCSC-240919-07 [Ticket 55120]",
    reply_to_req="req-240919-07",
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored",
    classification="auto_reply",
    imitates="Help Scout holiday auto-reply (Chuseok office closure)",
    why="automatic holiday notice, nothing about the video",
    items={},
    body="""Hello,

Thanks for your email. Because of the Chuseok holiday our Seoul office is
answering with a delay this week. Your message has been added to ticket
55120 and we will get back to you as soon as possible.

This is an automated message.
TikTok Legal Team
""",
)

case(
    name="tiktok-csat-survey",
    **{"from": "feedback@tiktok.com"},
    name_from="TikTok Support",
    date=d("2024-09-24 02:00:00", "+0000"),
    subject="How did we do? Rate your recent support conversation",
    outcome="review",
    review="no_claims",
    imitates="ticket-system satisfaction survey sent after a ticket is solved",
    why="trusted TikTok mail naming no item and no request",
    items={},
    body="""Hello,

Your recent support ticket (55120) was marked as solved. We'd love to hear
how we did.

How would you rate the support you received?
  Good, I'm satisfied:  https://support.tiktok.com/survey/55120?r=good
  Bad, I'm unsatisfied: https://support.tiktok.com/survey/55120?r=bad

Thanks,
TikTok Support
""",
)

case(
    name="tiktok-colleague-forward",
    **{"from": "lee.minji@kcsc.example"},
    name_from="이민지",
    date=d("2024-09-22 09:14:00"),
    subject="Fwd: Re: KCSC-240919-07",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="a colleague forwarding a platform's answer to the shared takedown mailbox",
    why="the statement is inside a forwarded message sent by a non-platform address",
    items={TT[0]: "pending"},
    body=f"""개인 메일함으로 온 답변이라 공용 메일로 전달합니다.

---------- Forwarded message ---------
From: TikTok Legal <kr-legal@tiktok.com>
Date: Sat, Sep 21, 2024 at 10:30 PM
Subject: Re: KCSC-240919-07
To: 이민지 <lee.minji@kcsc.example>

Hello,

The video {TT[0]} has been removed for violating our
Community Guidelines.

TikTok Legal Team
""",
)


HEADER = """# Blind set 440 (ticket systems and threads): expected results written
# from each email's meaning before the reader was run. Generated by make.py.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind440", HEADER, CASES)


if __name__ == "__main__":
    main()
