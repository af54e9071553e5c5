#!/usr/bin/env python3
"""Blind set 572: ticket systems and threads.

Receipts from Zendesk/Freshdesk/Jira/Help Scout-style desks, the results
that follow them, solved-ticket notices, follow-ups in the same thread,
replies to our reminders, partial answers and forwarded mail. Every email is
written in our own sentences with fictional names, ids and URLs; each case's
expected result was written from the email's meaning alone, before any run
of the reader.

    python3 tests/corpus/blind572/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
T = [
    "https://t.me/lucky_spin_kr/101",
    "https://t.me/lucky_spin_kr/102",
    "https://t.me/lucky_spin_kr/215",
    "https://t.me/pharma_direct_24/7",
    "https://t.me/pharma_direct_24/19",
    "https://t.me/night_market_kr/3301",
    "https://t.me/night_market_kr/3302",
    "https://t.me/bluepill_dealer",
    "https://t.me/jackpot_hub_kor/12",
    "https://t.me/jackpot_hub_kor/13",
    "https://t.me/mirror_leaks_kr/450",
    "https://t.me/+Xk4vQ9pLmN2aB7cD",
]
X = [
    "https://x.com/coin_doubler_kr/status/1831002233445566778",
    "https://x.com/coin_doubler_kr/status/1831002299887766554",
    "https://twitter.com/fast_loan_dm/status/1830118822334455667",
    "https://x.com/fast_loan_dm",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3xT7bLp2A",
    "https://youtu.be/Zr8kV1nHw4E",
    "https://www.youtube.com/@slot_master_live",
]
N = [
    "https://blog.naver.com/greenleaf_77/223567001122",
    "https://cafe.naver.com/jusikclub/48213",
    "https://cafe.naver.com/jusikclub/48250",
    "https://blog.naver.com/healthmall_kr/223570554433",
    "https://m.blog.naver.com/PostView.naver?blogId=sunny_days&logNo=223571234567",
]
K = [
    "https://moneytalk.tistory.com/entry/%EB%A6%AC%EB%94%A9%EB%B0%A9-%EB%AC%B4%EB%A3%8C-%EC%B4%88%EB%8C%80",
    "https://cafe.daum.net/stockfreeroom/Jk2a/731",
]
K1_RAW = "https://moneytalk.tistory.com/entry/리딩방-무료-초대"
D = ["https://discord.gg/slotvip77"]
X2 = [
    "https://x.com/pill_shop_kr/status/1833550011223344556",
    "https://x.com/pill_shop_kr/status/1833550099887766001",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "telegram", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", T,
     "gambling", "req.240903.01@kcsc.example", 'Illegal gambling and drug channels, batch "A" (12 URLs)'),
    ("KCSC-240905-02", "x", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00", X,
     "illegal_finance", "req.240905.02@kcsc.example", "Crypto doubling scam, loan fraud; two accounts"),
    ("KCSC-240906-03", "youtube", "2024-09-06T09:15:00+09:00", "2024-09-13T18:00:00+09:00", Y,
     "gambling", "req.240906.03@kcsc.example", "Slot streaming channel, two videos"),
    ("KCSC-240909-04", "naver", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00", N,
     "illegal_finance", "req.240909.04@kcsc.example", "리딩방 홍보, 의약품 불법 판매"),
    ("KCSC-240910-05", "kakao", "2024-09-10T10:20:00+09:00", "2024-09-17T18:00:00+09:00", K,
     "illegal_finance", "req.240910.05@kcsc.example", "Tistory entry, Daum cafe post"),
    ("KCSC-240911-06", "discord", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00", D,
     "gambling", "req.240911.06@kcsc.example", "Server invite, one item"),
    ("KCSC-240912-07", "x", "2024-09-12T09:00:00+09:00", "2024-09-19T18:00:00+09:00", X2,
     "drugs", "req.240912.07@kcsc.example", "Pill shop, two posts"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def numbered(urls):
    return "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))


def req_en(ref, pname, urls):
    return (
        f"Dear {pname} Trust & Safety team,\n\n"
        "The Korea Communications Standards Commission (KCSC) has found that the\n"
        "content at the addresses below breaks Korean law. We ask you to remove it\n"
        "or to block access to it from Korea, and to tell us what was done for\n"
        "each address.\n\n"
        f"Reference: {ref}\n\n{numbered(urls)}\n\n"
        "Kind regards,\nTakedown desk, KCSC\ntakedown@kcsc.example"
    )


def req_ko(ref, urls):
    return (
        "방송통신심의위원회입니다.\n\n"
        "아래 정보는 관련 법령에 위반되는 것으로 심의·의결되었기에 시정요구(삭제)를\n"
        "통보하오니, 조치 후 그 결과를 회신하여 주시기 바랍니다.\n\n"
        f"요청번호: {ref}\n\n{numbered(urls)}\n\n"
        "방송통신심의위원회 통신심의국\ntakedown@kcsc.example"
    )


def reminder_en(ref, sent, urls):
    return (
        "Hello,\n\n"
        f"Our request {ref} of {sent} is past its deadline and we have no answer yet\n"
        "for the following addresses:\n\n"
        f"{numbered(urls)}\n\n"
        "Please let us know what action was taken on each.\n\nTakedown desk, KCSC"
    )


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def alt(text, html, b="----=_b572_alt_0"):
    return (
        f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n--{b}--\n"
    )


def qp(text, ctype="plain"):
    enc = quopri.encodestring(text.strip().encode("utf-8")).decode("ascii")
    return (
        f"Content-Type: text/{ctype}; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + enc + "\n"
    )


def b64(text, ctype="plain"):
    enc = base64.encodebytes(text.strip().encode("utf-8")).decode("ascii")
    return (
        f"Content-Type: text/{ctype}; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n" + enc
    )


def with_csv(text, fname, data, b="----=_b572_mixed_0"):
    enc = base64.encodebytes(data.encode("utf-8")).decode("ascii")
    return (
        f'Content-Type: multipart/mixed; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f'--{b}\nContent-Type: text/csv; charset=utf-8; name="{fname}"\n'
        f'Content-Disposition: attachment; filename="{fname}"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{enc}\n--{b}--\n"
    )


ZD_LINE = "##- Please type your reply above this line -##"

REQ1 = req_en("KCSC-240903-01", "Telegram", T)
REQ2 = req_en("KCSC-240905-02", "X", X)
REQ3 = req_en("KCSC-240906-03", "YouTube", Y)
REQ4 = req_ko("KCSC-240909-04", N)
REQ5 = req_ko("KCSC-240910-05", K)
REQ7 = req_en("KCSC-240912-07", "X", X2)

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ Telegram
case(
    name="tg-receipt-echoes-request",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Tue, 03 Sep 2024 01:14:09 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req="req.240903.01",
    body=f"""
Hello,

This is an automatic confirmation. Your report has been registered as
Case #5503318 and will be handled by the moderation team. Please keep the
case number in the subject line if you write to us about it again.

For your records, a copy of the report we received is included below.

------------------------------------------------------------
{REQ1}
------------------------------------------------------------

Telegram Abuse Team
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="abuse-desk auto-receipt that echoes the submitted report under a divider",
    why="pure receipt with a case number; the URLs are only the echo of our own request",
    items={},
)

case(
    name="tg-case-outcome-all-twelve",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 07:41:55 +0000",
    subject="Case #5503318 - outcome [KCSC-240903-01]",
    reply_to_req="req.240903.01",
    body="""
Hello,

Our moderators have finished reviewing Case #5503318. The result for each
link in your report is given below.

1) https://t.me/lucky_spin_kr/101
   Result: blocked
2) https://t.me/lucky_spin_kr/102
   Result: blocked
3) https://t.me/lucky_spin_kr/215
   Result: blocked
4) https://t.me/pharma_direct_24/7
   Result: removed
5) https://t.me/pharma_direct_24/19
   Result: removed
6) https://t.me/night_market_kr/3301
   Result: no violation of the Telegram Terms of Service found, no action taken
7) https://t.me/night_market_kr/3302
   Result: no violation of the Telegram Terms of Service found, no action taken
8) https://t.me/bluepill_dealer
   Result: account banned
9) https://t.me/jackpot_hub_kor/12
   Result: message not found
10) https://t.me/jackpot_hub_kor/13
   Result: message not found
11) https://t.me/mirror_leaks_kr/450
   Result: channel unavailable to users in South Korea
12) https://t.me/+Xk4vQ9pLmN2aB7cD
   Result: invite link is invalid or has expired

"Blocked" means the content is no longer available to anyone on Telegram.

Regards,
Telegram Abuse Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="Telegram abuse-desk case outcome, one result line under each link",
    why="every one of the 12 links has its own result on the line below it",
    items={T[0]: "removed", T[1]: "removed", T[2]: "removed", T[3]: "removed",
           T[4]: "removed", T[5]: "rejected", T[6]: "rejected", T[7]: "removed",
           T[8]: "not_found", T[9]: "not_found", T[10]: "restricted", T[11]: "not_found"},
)

case(
    name="tg-followup-same-thread-gmail-quote",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 05:02:31 +0000",
    subject="Re: Reminder: KCSC-240903-01 - Case #5503318",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>",
                   "References: <req.240903.01@kcsc.example> <reminder.KCSC-240903-01.1@kcsc.example>"],
    body=f"""
Hello again,

Following up on Case #5503318. Our moderators have now looked at the
pharmacy and night market links:

- t.me/pharma_direct_24/7 and t.me/pharma_direct_24/19: removed for the sale
  of prescription drugs without a licence.
- https://t.me/night_market_kr/3301: removed.
- https://t.me/night_market_kr/3302: we found nothing in this message that
  breaks our Terms of Service, so it stays up.

The other links in the case are still with the team.

Best,
Daria
Telegram Abuse Team

On Wed, 11 Sep 2024 at 09:12, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(reminder_en("KCSC-240903-01", "3 September 2024", T))}
""",
    outcome="applied",
    classification="confirmation",
    imitates="follow-up from an abuse desk in the same thread, top-posted over a Gmail-quoted reminder",
    why="four links get unhedged results (two written without https://); the quoted reminder below says nothing",
    items={T[3]: "removed", T[4]: "removed", T[5]: "removed", T[6]: "rejected"},
)

case(
    name="tg-promise-will-be-taken-down",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Wed, 04 Sep 2024 10:20:12 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req="req.240903.01",
    body="""
Hello,

Thank you for the report (Case #5503318). We have confirmed that the
following messages go against our Terms of Service, and they will be taken
down shortly:

https://t.me/jackpot_hub_kor/12
https://t.me/jackpot_hub_kor/13

We will write again once the remaining links have been reviewed.

Telegram Abuse Team
""",
    outcome="review",
    review="not_understood",
    imitates="interim abuse-desk reply announcing an action to come",
    why="'will be taken down shortly' is a promise, not a statement; the two links stay pending",
    items={T[8]: "pending", T[9]: "pending"},
)

case(
    name="tg-hedge-may-have-been-deleted",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Thu, 05 Sep 2024 12:48:40 +0000",
    subject="Case #5503318 [KCSC-240903-01] - update",
    body="""
Dear KCSC team,

A short update on your report. It seems that https://t.me/lucky_spin_kr/215
and https://t.me/mirror_leaks_kr/450 may have been deleted by the channel
owners before our moderators got to them. We are double-checking this and
will confirm the final status in our next message.

Kind regards,
Telegram DSA Team
""",
    outcome="review",
    review="not_understood",
    imitates="abuse-desk status update with hedged wording",
    why="'it seems ... may have been deleted' and 'double-checking' are hedges; nothing stated",
    items={T[2]: "pending", T[10]: "pending"},
)

case(
    name="tg-forwarded-moderation-note",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Tue, 10 Sep 2024 08:03:17 +0000",
    subject="Fwd: Case #5503318",
    body="""
Hello,

Please see our moderation team's note below regarding your request
KCSC-240903-01.

Regards,
Telegram DSA Team

---------- Forwarded message ---------
From: Telegram Moderation <moderation@telegram.org>
Date: Mon, 9 Sep 2024 at 22:51
Subject: Case #5503318
To: <dsa@telegram.org>

Done on our side:
https://t.me/bluepill_dealer - account banned
https://t.me/mirror_leaks_kr/450 - channel blocked
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="platform staff forwarding an internal moderation note to the requester",
    why="the only statements are inside a forwarded message; the sender's own words state nothing",
    items={T[7]: "pending", T[10]: "pending"},
)

case(
    name="tg-solved-from-vendor-domain",
    **{"from": "support@telegramsupport.zendesk.com"},
    name_from="Telegram Support",
    date="Sat, 07 Sep 2024 03:30:00 +0000",
    subject="[Telegram Support] Re: KCSC-240903-01",
    body=f"""
{ZD_LINE}

Your request (88120) has been solved. To reopen it, reply to this email.

Alex (Telegram Support)
Sep 7, 2024, 06:29 GMT+3

Hi,

The two posts https://t.me/lucky_spin_kr/101 and https://t.me/lucky_spin_kr/102
have been removed.

Thanks,
Alex
""",
    outcome="review",
    review="unknown_sender",
    imitates="Zendesk 'request solved' notification sent from a hosted helpdesk domain",
    why="the sender's domain is not one of Telegram's configured domains, whatever the name says",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="tg-out-of-office",
    **{"from": "m.kovalenko@telegram.org"},
    name_from="Marta Kovalenko",
    date="Tue, 03 Sep 2024 01:05:44 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request for removal of content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your message. I am out of the office until 16 September with
no access to email. Your message will not be forwarded.

For abuse reports please write to abuse@telegram.org; for DSA matters,
dsa@telegram.org.

Marta
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="an out-of-office reply states nothing",
    items={},
)

case(
    name="tg-url-below-its-statement",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sun, 08 Sep 2024 15:12:03 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of content",
    reply_to_req="req.240903.01",
    body="""
Hello,

Update on Case #5503318.

The following account has been banned from Telegram:
https://t.me/bluepill_dealer

We were unable to locate the following messages on our platform:
https://t.me/jackpot_hub_kor/12
https://t.me/jackpot_hub_kor/13

If you have other links for the same content, please send them in a new
report.

Telegram Abuse Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="abuse-desk reply with each statement followed by its links on the lines below",
    why="one account banned, two messages not located: three item-level statements",
    items={T[7]: "removed", T[8]: "not_found", T[9]: "not_found"},
)

case(
    name="tg-bare-url-status-below",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 09:55:20 +0000",
    subject="Case #5503318 - status",
    reply_to_req="req.240903.01",
    body="""
Case #5503318 - status of the links still open

https://t.me/mirror_leaks_kr/450
Status: Removed

https://t.me/+Xk4vQ9pLmN2aB7cD
Status: Not found (the invite link is invalid or has expired)

https://t.me/lucky_spin_kr/215
Status: Removed

--
Telegram Abuse Team
This message was sent from a notification-only address.
""",
    outcome="applied",
    classification="confirmation",
    imitates="ticket status digest: bare URL, status on the line below",
    why="three links, each with a plain status line under it",
    items={T[10]: "removed", T[11]: "not_found", T[2]: "removed"},
)

case(
    name="tg-toppost-outlook-original",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Thu, 12 Sep 2024 06:40:09 +0000",
    subject="RE: [KCSC-240903-01] Request for removal of content",
    reply_to_req="req.240903.01",
    body=f"""
Dear KCSC,

We have restricted the channel night_market_kr for users in South Korea.
Both posts, https://t.me/night_market_kr/3301 and
https://t.me/night_market_kr/3302, can no longer be viewed from Korea.

Best regards,
Telegram DSA Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: dsa@telegram.org
Subject: [KCSC-240903-01] Request for removal of content

{REQ1}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted reply over the unquoted original request",
    why="both night_market_kr posts restricted in Korea; the original request below the divider states nothing",
    items={T[5]: "restricted", T[6]: "restricted"},
)

case(
    name="tg-zendesk-comment-history",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 14:27:50 +0000",
    subject="[Case #5503318] Update: KCSC-240903-01",
    reply_to_req="req.240903.01",
    body=f"""
{ZD_LINE}

Ilya (Telegram Abuse)
Sep 5, 2024, 17:27 GMT+3

Hello,

The posts https://t.me/lucky_spin_kr/101 and https://t.me/lucky_spin_kr/102
have been removed for promoting illegal gambling.

Ilya

--------------------------------

Telegram Abuse
Sep 3, 2024, 04:14 GMT+3

Thanks, we have received your list and our team is reviewing it.

--------------------------------

This email is a service from Telegram Abuse. [GV7Q2-58KD]
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk ticket update showing the newest agent comment above the earlier ones",
    why="the newest comment states two removals; the older 'reviewing it' comment changes nothing",
    items={T[0]: "removed", T[1]: "removed"},
)

# ================================================================ X
case(
    name="x-freshdesk-receipt",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Thu, 05 Sep 2024 02:31:07 +0000",
    subject="[#XT-558120] Ticket received: KCSC-240905-02",
    reply_to_req="req.240905.02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Dear Requester,

We would like to acknowledge that we have received your request and a
ticket has been created.

Ticket ID: #XT-558120
Subject: KCSC-240905-02
Status: Open

A member of our team will review it and respond as soon as possible. You
can check the status of your ticket at any time at
https://legalrequests.x.com/support/tickets/558120

Please do not reply to this email.

X Legal Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Freshdesk 'ticket received' auto-acknowledgement",
    why="only a receipt; the link is the platform's ticket page, not an item",
    items={},
)

XTABLE_HTML = """
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your ticket <b>#XT-558120</b> (KCSC-240905-02) has been <b>resolved</b>.
The action taken on each reported URL is shown below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td><a href="https://x.com/coin_doubler_kr/status/1831002233445566778">https://x.com/coin_doubler_kr/status/1831002233445566778</a></td><td>Removed</td></tr>
<tr><td><a href="https://x.com/coin_doubler_kr/status/1831002299887766554">https://x.com/coin_doubler_kr/status/1831002299887766554</a></td><td>Withheld in South Korea</td></tr>
<tr><td><a href="https://twitter.com/fast_loan_dm/status/1830118822334455667">https://twitter.com/fast_loan_dm/status/1830118822334455667</a></td><td>No violation &ndash; content remains available</td></tr>
<tr><td><a href="https://x.com/fast_loan_dm">https://x.com/fast_loan_dm</a></td><td>Account suspended</td></tr>
</table>
<p>If you think we got something wrong, you can reply to this email to reopen the ticket.</p>
<p>X Legal Support</p>
</body></html>
"""

case(
    name="x-resolved-html-table",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Tue, 10 Sep 2024 19:04:33 +0000",
    subject="[#XT-558120] Ticket resolved: KCSC-240905-02",
    reply_to_req="req.240905.02",
    type="html",
    body=XTABLE_HTML,
    outcome="applied",
    classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with an HTML results table",
    why="table gives each of the four URLs its action: removed, withheld in KR, no violation, suspended",
    items={X[0]: "removed", X[1]: "restricted", X[2]: "rejected", X[3]: "removed"},
)

case(
    name="x-reminder-reply-angle-brackets",
    **{"from": "legal-support@x.com"},
    name_from="Jordan from X Legal",
    date="Fri, 13 Sep 2024 22:15:48 +0000",
    subject="RE: Reminder: KCSC-240905-02 is overdue [#XT-558120]",
    extra_headers=["In-Reply-To: <reminder.KCSC-240905-02.1@kcsc.example>"],
    body=f"""
Hi,

Apologies for the delay on this one. Both posts by @coin_doubler_kr are now
withheld in South Korea:

<https://x.com/coin_doubler_kr/status/1831002233445566778>
<https://x.com/coin_doubler_kr/status/1831002299887766554>

We'll come back to you on the @fast_loan_dm items separately.

Jordan
X Legal Support

From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 9:00 AM
To: legal-support@x.com
Subject: Reminder: KCSC-240905-02 is overdue

{reminder_en("KCSC-240905-02", "5 September 2024", X)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="agent's reply to our overdue reminder, URLs in angle brackets, Outlook header block above the reminder",
    why="the two coin_doubler_kr posts are withheld in KR; the fast_loan_dm items are left for later",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-bulk-all-reported-posts",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Wed, 11 Sep 2024 04:44:10 +0000",
    subject="[#XT-558120] Ticket resolved: KCSC-240905-02",
    reply_to_req="req.240905.02",
    body="""
Hello,

Thank you for your patience. We've reviewed the content reported in
KCSC-240905-02 and have removed all of the reported posts and accounts for
violating the X Rules.

This ticket is now resolved. Reply to this email to reopen it.

X Legal Support
""",
    outcome="review",
    review="bulk",
    imitates="Freshdesk 'ticket resolved' reply with a blanket outcome",
    why="'all of the reported posts and accounts' for a four-item request: bulk, nothing applied",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending", X[3]: "pending"},
)

XCONF_HTML = """
<html><body style="font-family:Arial,sans-serif">
<p>Hi,</p>
<p>Update on ticket #XT-558120. Regarding the post
https://twitter.com/fast_loan_dm/status/1830118822334455667: having looked at it
again, it does not violate the X Rules and remains available.</p>
<p>Thanks,<br>Sam<br>X Legal Support</p>
<hr>
<p style="color:#666">Ticket summary</p>
<table border="1" cellpadding="4" cellspacing="0" style="color:#666">
<tr><th>URL</th><th>Resolution</th></tr>
<tr><td>https://twitter.com/fast_loan_dm/status/1830118822334455667</td><td>Removed</td></tr>
</table>
</body></html>
"""

case(
    name="x-conflicting-prose-and-summary",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Thu, 12 Sep 2024 08:20:00 +0000",
    subject="[#XT-558120] Update: KCSC-240905-02",
    reply_to_req="req.240905.02",
    type="html",
    body=XCONF_HTML,
    outcome="review",
    review="conflicting_statements",
    imitates="helpdesk reply whose ticket-summary field disagrees with the agent's text",
    why="the agent says the post stays up, the summary table says 'Removed': a person must decide",
    items={X[2]: "pending"},
)

case(
    name="x-ack-phrase-plus-statements",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Mon, 09 Sep 2024 13:02:29 +0000",
    subject="[#XT-558120] KCSC-240905-02",
    reply_to_req="req.240905.02",
    body="""
Hello,

Thank you for your report, which we received on 5 September and logged as
ticket #XT-558120.

After review, we suspended the account @fast_loan_dm
(https://x.com/fast_loan_dm) for violating our rules on financial scams. As
a result, the post
https://twitter.com/fast_loan_dm/status/1830118822334455667 is no longer
available on X.

The remaining URLs in your request are still being reviewed.

X Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="helpdesk reply that opens with a receipt phrase and then gives results",
    why="a receipt phrase followed by unhedged statements: account suspended, its post no longer available",
    items={X[3]: "removed", X[2]: "removed", X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-jira-style-comment",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal Operations",
    date="Mon, 16 Sep 2024 03:12:45 +0000",
    subject="LEGAL-20931 KCSC-240912-07 removal request",
    reply_to_req="req.240912.07",
    body="""
—-—-—-—
Reply above this line.

Priya Nair commented:

Hello,

We have removed https://x.com/pill_shop_kr/status/1833550011223344556 for
violating our policy on illegal and regulated goods.

The second post (https://x.com/pill_shop_kr/status/1833550099887766001) no
longer exists: it was deleted by the account holder before we reviewed it.

Regards,
Priya

View request: https://legalops.x.com/servicedesk/customer/portal/3/LEGAL-20931
Turn off this request's notifications

This is shared with KCSC Takedown.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Jira Service Management 'commented' customer notification",
    why="one post removed, the other deleted by its author (not_found); the portal link is not an item",
    items={X2[0]: "removed", X2[1]: "not_found"},
)

case(
    name="x-helpscout-bullets-second-request",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Tue, 17 Sep 2024 09:41:02 +0000",
    subject="Re: [KCSC-240912-07] Request for removal of content",
    reply_to_req="req.240912.07",
    body=f"""
Hi KCSC team,

Thanks for flagging these. The following posts have been removed:

  • https://x.com/pill_shop_kr/status/1833550011223344556
  • https://x.com/pill_shop_kr/status/1833550099887766001

The account itself stays active for now; it has been warned.

Cheers,
Lena | X Legal Support

Conversation #604412

On Thu, Sep 12, 2024 at 9:00 AM, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REQ7)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Help Scout-style agent reply with a bulleted list, over the quoted request",
    why="both posts listed under 'have been removed'; the account is not a requested item",
    items={X2[0]: "removed", X2[1]: "removed"},
)

# ================================================================ YouTube
YT_CSV = (
    "url,action,detail\n"
    "https://www.youtube.com/watch?v=Qm3xT7bLp2A,Removed,Violates policy on online gambling\n"
    "https://youtu.be/Zr8kV1nHw4E,Age-restricted,Not suitable for viewers under 18\n"
    "https://www.youtube.com/@slot_master_live,No action,Does not violate our Community Guidelines\n"
)

case(
    name="yt-legal-csv-attachment",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 17:20:14 +0000",
    subject="Your legal removal request [4-1837000029455] KCSC-240906-03",
    reply_to_req="req.240906.03",
    raw_mime=with_csv("""
Hello,

Thank you for your request. We have completed our review of the URLs you
submitted; the outcome for each is in the attached file.

Regards,
The YouTube Legal Support Team
""", "outcome_4-1837000029455.csv", YT_CSV),
    outcome="applied",
    classification="confirmation",
    imitates="Google legal removal outcome delivered as a CSV attachment",
    why="the CSV gives each URL its action: removed, age-restricted, no action",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected"},
)

case(
    name="yt-outlook-original-below",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Korea",
    date="Tue, 10 Sep 2024 02:55:31 +0000",
    subject="RE: [KCSC-240906-03] Request for removal of content",
    reply_to_req="req.240906.03",
    body=f"""
Hello,

The video https://youtu.be/Zr8kV1nHw4E has been removed for violating our
policy on regulated goods.

We also reviewed the channel https://www.youtube.com/@slot_master_live and
found that it does not violate our Community Guidelines, so we have not taken
action on it.

Kind regards,
YouTube Legal Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 9:15 AM
To: legal-kr@google.com
Subject: [KCSC-240906-03] Request for removal of content

{REQ3}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply over the original request (no '>' quoting)",
    why="one video removed, the channel kept with its reason; the request under the divider says nothing",
    items={Y[1]: "removed", Y[2]: "rejected"},
)

case(
    name="yt-partial-answer",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 05:10:09 +0000",
    subject="Re: [4-1837000029455] KCSC-240906-03",
    reply_to_req="req.240906.03",
    body="""
Hello,

We have removed the video https://www.youtube.com/watch?v=Qm3xT7bLp2A from
YouTube.

Our team is still reviewing the other two URLs in your request and will
follow up once that review is finished.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="partial answer from a legal support desk",
    why="one video removed; the other two are explicitly still under review",
    items={Y[0]: "removed", Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-qp-restricted-and-terminated",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 10:33:58 +0000",
    subject="Update on your request [4-1837000029455]",
    reply_to_req="req.240906.03",
    raw_mime=qp("""
Hello,

We’ve completed our review of your request KCSC-240906-03.

We’ve blocked access to https://youtu.be/Zr8kV1nHw4E in South Korea on the basis of local law. The video remains available in other countries.

The channel https://www.youtube.com/@slot_master_live has been terminated for repeated violations of our spam, deceptive practices and scams policies.

You can find more about how we handle legal requests at https://support.google.com/legal/answer/3110420 .

Regards,
The YouTube Legal Support Team
"""),
    outcome="applied",
    classification="confirmation",
    imitates="Google legal outcome email, quoted-printable with long lines and curly apostrophes",
    why="one video blocked in KR (restricted), the channel terminated (removed); the help link is no item",
    items={Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-hedge-appears-unavailable",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Sun, 08 Sep 2024 23:59:12 +0000",
    subject="Re: [4-1837000029455] KCSC-240906-03",
    reply_to_req="req.240906.03",
    body="""
Hello,

The video at https://www.youtube.com/watch?v=Qm3xT7bLp2A appears to be
unavailable at the moment; it may have been made private by the uploader.
We'll verify this and update you.

Regards,
The YouTube Legal Support Team
""",
    outcome="review",
    review="not_understood",
    imitates="legal support interim note with hedged wording",
    why="'appears to be', 'may have been' and 'we'll verify' are hedges; the video stays pending",
    items={Y[0]: "pending"},
)

case(
    name="yt-ooo-korean",
    **{"from": "hyejin.song@google.com"},
    name_from="Hyejin Song",
    date="Fri, 06 Sep 2024 00:20:00 +0000",
    subject="자동 회신: [KCSC-240906-03] Request for removal of content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 9월 19일까지 휴가로 부재중입니다.
복귀 후 순차적으로 회신드리겠습니다. 급한 법률 요청은 legal-kr@google.com 으로
보내 주시기 바랍니다.

I am out of the office until 19 September. For urgent legal requests please
write to legal-kr@google.com.

송혜진 드림
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="bilingual Gmail vacation responder",
    why="out-of-office reply",
    items={},
)

case(
    name="yt-korean-gmail-quote",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Korea",
    date="Wed, 11 Sep 2024 07:05:41 +0000",
    subject="Re: [KCSC-240906-03] Request for removal of content",
    reply_to_req="req.240906.03",
    body=f"""
안녕하세요, 방송통신심의위원회 담당자님.

요청하신 동영상 https://www.youtube.com/watch?v=Qm3xT7bLp2A 은(는) 현지 법률에
따라 대한민국에서 접근이 제한되었습니다. 다른 국가에서는 계속 시청할 수 있습니다.

나머지 URL은 검토가 끝나는 대로 별도로 안내드리겠습니다.

YouTube 법무팀 드림

2024년 9월 6일 (금) 오전 9:15, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote(REQ3)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean-language YouTube legal reply over a Gmail-quoted request",
    why="the first video is restricted in Korea; the rest is promised for later",
    items={Y[0]: "restricted", Y[1]: "pending", Y[2]: "pending"},
)

# ================================================================ NAVER
case(
    name="naver-receipt-korean",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 05:02:10 +0000",
    subject="[네이버 고객센터] 문의가 정상적으로 접수되었습니다 (접수번호 2024090911873)",
    reply_to_req="req.240909.04",
    body="""
안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

■ 접수번호: 2024090911873
■ 문의 제목: [KCSC-240909-04] 게시물 시정요구
■ 접수일시: 2024.09.09 14:02

담당자가 내용을 확인한 후 순차적으로 답변드릴 예정입니다.
답변은 영업일 기준 3~5일 정도 소요될 수 있습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Korean portal customer-centre receipt (접수 완료 안내)",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="naver-ticket-answer-numbered",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 06:48:27 +0000",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (접수번호 2024090911873)",
    reply_to_req="req.240909.04",
    body="""
안녕하세요, 네이버 고객센터입니다.

요청번호 KCSC-240909-04 관련하여 검토한 결과를 아래와 같이 안내드립니다.

1. https://blog.naver.com/greenleaf_77/223567001122
   → 게시중단 조치 완료
2. https://cafe.naver.com/jusikclub/48213
   → 블라인드 처리
3. https://cafe.naver.com/jusikclub/48250
   → 임시조치(30일)
4. https://blog.naver.com/healthmall_kr/223570554433
   → 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

추가 문의사항은 고객센터(https://help.naver.com)로 접수해 주시기 바랍니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER customer-centre answer to a ticket, numbered list with arrows",
    why="게시중단/블라인드 = removed, 임시조치 = restricted, deleted by its author = not_found",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

NTABLE_HTML = """
<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240909-04)에 대한 조치 결과를 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td>https://blog.naver.com/greenleaf_77/223567001122</td><td>삭제</td></tr>
<tr><td>2</td><td>https://cafe.naver.com/jusikclub/48213</td><td>블라인드</td></tr>
<tr><td>3</td><td>https://cafe.naver.com/jusikclub/48250</td><td>미조치 (운영정책 위반 사항 없음)</td></tr>
<tr><td>4</td><td>https://blog.naver.com/healthmall_kr/223570554433</td><td>접속 차단 (국내)</td></tr>
<tr><td>5</td><td>https://m.blog.naver.com/PostView.naver?blogId=sunny_days&amp;logNo=223571234567</td><td>게시물 없음</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
"""

case(
    name="naver-html-table-five",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 02:15:00 +0000",
    subject="[네이버 고객센터] 시정요구 조치 결과 회신 (접수번호 2024090911873)",
    reply_to_req="req.240909.04",
    raw_mime=alt(
        "이 메일은 HTML 형식으로 작성되었습니다. HTML을 지원하는 메일 프로그램에서 확인해 주세요.",
        NTABLE_HTML,
    ),
    outcome="applied",
    classification="confirmation",
    imitates="Korean 시정요구 조치 결과 table sent as HTML with a stub text part",
    why="five rows: 삭제, 블라인드, no violation, 접속 차단 (KR), 게시물 없음",
    items={N[0]: "removed", N[1]: "removed", N[2]: "rejected", N[3]: "restricted", N[4]: "not_found"},
)

case(
    name="naver-qp-korean-particles",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Tue, 10 Sep 2024 09:30:44 +0000",
    subject="Re: [KCSC-240909-04] 게시물 시정요구",
    reply_to_req="req.240909.04",
    raw_mime=qp("""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 https://cafe.naver.com/jusikclub/48213은 운영정책 위반으로 삭제되었으며, https://m.blog.naver.com/PostView.naver?blogId=sunny_days&logNo=223571234567의 경우 접근 제한 조치하였습니다.

나머지 게시물은 확인 중이며 완료되는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 정책지원팀 드림
"""),
    outcome="applied",
    classification="confirmation",
    imitates="Korean policy-team reply in quoted-printable, particles glued to URLs",
    why="48213은 ... 삭제 (removed); ...logNo=223571234567의 경우 접근 제한 (restricted)",
    items={N[1]: "removed", N[4]: "restricted"},
)

case(
    name="naver-fullwidth-parentheses",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 01:12:33 +0000",
    subject="[네이버 고객센터] 답변 드립니다 (접수번호 2024090911873)",
    reply_to_req="req.240909.04",
    body="""
안녕하세요, 네이버 고객센터입니다.
요청하신 블로그 게시물의 처리 현황입니다.

① https://blog.naver.com/greenleaf_77/223567001122（게시중단）
② https://blog.naver.com/healthmall_kr/223570554433（게시중단）
③ https://cafe.naver.com/jusikclub/48250（검토 중）

검토 중인 건은 결과가 나오는 대로 안내드리겠습니다.
감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean customer-centre status list with full-width parentheses after each URL",
    why="two posts 게시중단 (removed); the third is 검토 중 (under review) and stays pending",
    items={N[0]: "removed", N[3]: "removed", N[2]: "pending"},
)

case(
    name="naver-untrusted-auth-fail",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    auth="fail",
    date="Sat, 14 Sep 2024 04:00:00 +0000",
    subject="[네이버 고객센터] 시정요구 조치 완료 안내",
    body="""
안녕하세요, 네이버 고객센터입니다.

요청번호 KCSC-240909-04 의 게시물은 아래와 같이 삭제 완료되었습니다.

- https://blog.naver.com/greenleaf_77/223567001122 : 삭제
- https://cafe.naver.com/jusikclub/48250 : 삭제

감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="Korean portal completion notice arriving with failed authentication",
    why="NAVER's domain but DKIM/SPF/DMARC fail: nothing may change",
    items={N[0]: "pending", N[2]: "pending"},
)

case(
    name="naver-satisfaction-survey",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Mon, 16 Sep 2024 00:30:00 +0000",
    subject="[네이버 고객센터] 상담 만족도 조사에 참여해 주세요",
    body="""
안녕하세요, 네이버 고객센터입니다.

최근 고객센터를 이용해 주셔서 감사합니다.
받으신 답변이 도움이 되셨는지 간단한 설문에 참여해 주시면
더 나은 서비스를 위해 소중히 활용하겠습니다.

설문 참여하기: https://help.naver.com/survey/csat?t=7f3a91

본 메일은 발신 전용입니다.
""",
    outcome="review",
    review="no_claims",
    imitates="customer-centre satisfaction survey sent after a ticket is closed",
    why="trusted NAVER mail that names no item and no request",
    items={},
)

DSN_ORIG = f"""Date: Tue, 17 Sep 2024 09:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@navercorp.com
Subject: [KCSC-240909-04] 조치 결과 회신 요청 (독촉)
Message-ID: <reminder.KCSC-240909-04.1@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

요청번호 KCSC-240909-04에 대한 회신 기한이 지났습니다.
아래 게시물의 조치 결과를 알려 주시기 바랍니다.

{numbered(N)}
"""

case(
    name="naver-reminder-bounce-dsn",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Tue, 17 Sep 2024 00:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b572.dsn.1"

--b572.dsn.1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<policy-kr@navercorp.com>: host mx1.navercorp.com[203.0.113.25] said: 550
    5.1.1 <policy-kr@navercorp.com>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)

--b572.dsn.1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 17 Sep 2024 09:00:00 +0900

Final-Recipient: rfc822; policy-kr@navercorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.navercorp.com
Diagnostic-Code: smtp; 550 5.1.1 <policy-kr@navercorp.com>: Recipient address
    rejected: User unknown

--b572.dsn.1
Content-Type: message/rfc822

{DSN_ORIG}
--b572.dsn.1--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification returning our reminder",
    why="a bounce of our own reminder; the URLs are in the returned message",
    items={},
)

case(
    name="naver-reminder-reply-plain",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Tue, 17 Sep 2024 05:25:16 +0000",
    subject="RE: [KCSC-240909-04] 조치 결과 회신 요청 (독촉)",
    extra_headers=["In-Reply-To: <reminder.KCSC-240909-04.2@kcsc.example>"],
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.
회신이 늦어 죄송합니다.

https://cafe.naver.com/jusikclub/48250 게시물은 재검토 결과 불법 금융 광고에
해당하여 9월 16일자로 삭제하였습니다.

감사합니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-17 (화) 09:05:00 (GMT+09:00)
Subject: [KCSC-240909-04] 조치 결과 회신 요청 (독촉)

요청번호 KCSC-240909-04에 대한 회신 기한이 지났습니다.
아래 게시물의 조치 결과를 알려 주시기 바랍니다.

{numbered(N)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean reply to a reminder over a NAVER-mail-style original-message block",
    why="one cafe post deleted after re-review; the reminder below is our own text",
    items={N[2]: "removed"},
)

# ================================================================ Kakao
case(
    name="kakao-base64-raw-korean-url",
    **{"from": "cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 08:08:08 +0000",
    subject="[카카오 고객센터] 문의 답변 안내 (KCSC-240910-05)",
    reply_to_req="req.240910.05",
    raw_mime=b64(f"""
안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회 요청(KCSC-240910-05)에 대해 아래와 같이 답변드립니다.

- {K1_RAW} 게시글은 운영정책 위반으로 비공개 처리되었습니다.
- https://cafe.daum.net/stockfreeroom/Jk2a/731 게시글은 확인 결과 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

문의하신 내용에 대한 답변이 되었기를 바랍니다.
감사합니다.
"""),
    outcome="applied",
    classification="confirmation",
    imitates="Kakao customer-centre answer, base64 body, Tistory URL written in raw Hangul",
    why="the Tistory entry made private (removed); the cafe post kept, no violation found (rejected)",
    items={K[0]: "removed", K[1]: "rejected"},
)

case(
    name="kakao-reminder-reply-gt-quote",
    **{"from": "report@kakaocorp.com"},
    name_from="Kakao 신고센터",
    date="Wed, 18 Sep 2024 02:40:19 +0000",
    subject="Re: [KCSC-240910-05] 조치 결과 회신 요청 (독촉)",
    extra_headers=["In-Reply-To: <reminder.KCSC-240910-05.1@kcsc.example>"],
    body=f"""
안녕하세요, 카카오 신고센터입니다.

지난 회신에서 누락된 https://cafe.daum.net/stockfreeroom/Jk2a/731 게시글은
9월 13일자로 임시조치(30일)되었습니다.

감사합니다.

> 요청번호 KCSC-240910-05에 대한 회신 기한이 지났습니다.
> 아래 게시물의 조치 결과를 알려 주시기 바랍니다.
>
{quote(numbered(K))}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean reply to our reminder with the reminder '>'-quoted below",
    why="the Daum cafe post was put under 임시조치 (restricted); the quoted reminder states nothing",
    items={K[1]: "restricted"},
)

case(
    name="kakao-read-receipt",
    **{"from": "jiwoo.han@kakaocorp.com"},
    name_from="한지우",
    date="Tue, 10 Sep 2024 02:01:00 +0000",
    subject="읽음 확인: [KCSC-240910-05] 게시물 시정요구",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b572.mdn.1"

--b572.mdn.1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: jiwoo.han@kakaocorp.com
제목: [KCSC-240910-05] 게시물 시정요구
보낸 날짜: 2024-09-10 10:20

이 메시지를 2024-09-10 11:00에 읽었습니다.

--b572.mdn.1
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com
Final-Recipient: rfc822; jiwoo.han@kakaocorp.com
Original-Message-ID: <req.240910.05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b572.mdn.1--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean mail client read receipt (MDN)",
    why="a read receipt states nothing",
    items={},
)

case(
    name="kakao-about-naver-item",
    **{"from": "report@kakaocorp.com"},
    name_from="Kakao 신고센터",
    date="Thu, 12 Sep 2024 03:33:00 +0000",
    subject="Re: [KCSC-240909-04] 게시물 시정요구",
    body="""
안녕하세요, 카카오 신고센터입니다.

보내주신 요청(KCSC-240909-04)은 네이버 블로그 게시물로, 당사 서비스가 아닙니다.
참고로 확인해 보니 https://blog.naver.com/healthmall_kr/223570554433 게시물은
이미 삭제되어 존재하지 않습니다.

네이버에 직접 문의해 주시기 바랍니다. 감사합니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="Korean portal reply to a request sent to the wrong operator",
    why="Kakao states the status of a NAVER item; only NAVER can change it",
    items={N[3]: "pending"},
)

KTABLE_HTML = """
<html><body>
<div style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 카카오 고객센터입니다.</p>
<p>문의번호 <b>#KK-7730152</b> 에 대한 처리 결과입니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td>대상 URL</td><td>처리 결과</td></tr>
<tr><td>https://moneytalk.tistory.com/entry/%EB%A6%AC%EB%94%A9%EB%B0%A9-%EB%AC%B4%EB%A3%8C-%EC%B4%88%EB%8C%80</td><td>게시중단</td></tr>
<tr><td>https://cafe.daum.net/stockfreeroom/Jk2a/731</td><td>게시중단</td></tr>
</table>
<p>처리 결과에 이의가 있으신 경우 <a href="https://cs.kakao.com/requests">고객센터</a>를 통해 문의해 주세요.</p>
</div>
</body></html>
"""

case(
    name="kakao-html-ticket-result",
    **{"from": "cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 16 Sep 2024 06:06:06 +0000",
    subject="[카카오 고객센터] 문의(#KK-7730152) 처리 결과 안내",
    reply_to_req="req.240910.05",
    type="html",
    body=KTABLE_HTML,
    outcome="applied",
    classification="confirmation",
    imitates="Kakao customer-centre HTML result table for a ticket",
    why="both rows say 게시중단 (removed); the customer-centre link is no item",
    items={K[0]: "removed", K[1]: "removed"},
)

# ================================================================ Discord
case(
    name="discord-zendesk-solved-sole",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 23:41:10 +0000",
    subject="[Request received] KCSC-240911-06",
    reply_to_req="req.240911.06",
    body=f"""
{ZD_LINE}

Your request (2231904) has been solved. To reopen this request, reply to
this email.

Morgan (Discord Trust & Safety)
Sep 12, 2024, 4:40 PM PDT

Hello,

Thanks for reaching out about KCSC-240911-06. We investigated the server
you reported and have removed it from Discord for violating our Community
Guidelines on gambling and fraud.

You can read our Community Guidelines at https://discord.com/guidelines.

Best,
Morgan
Discord Trust & Safety

This email is a service from Discord. [J4WXR-7Q2M]
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk 'request solved' notification whose subject still says 'Request received'",
    why="one-item request; 'the server you reported ... removed' is an unhedged statement about it",
    items={D[0]: "removed"},
)

case(
    name="discord-asks-for-server-id",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 18:02:44 +0000",
    subject="[Request received] KCSC-240911-06",
    reply_to_req="req.240911.06",
    body=f"""
{ZD_LINE}

Your request (2231904) has been updated. To add additional comments, reply
to this email.

Sasha (Discord Trust & Safety)
Sep 11, 2024, 11:01 AM PDT

Hello,

To investigate this report we need a little more information. Could you
reply with the server ID, or links to the specific messages, that you are
reporting? Our help article explains how to find them:
https://support.discord.com/hc/en-us/articles/206346498

Once we have this we'll be able to continue.

Sasha
Discord Trust & Safety
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Zendesk 'request updated' notification asking the reporter for more details",
    why="the platform asks us for the server ID before acting; nothing stated",
    items={D[0]: "pending"},
)

case(
    name="discord-invite-with-policy-links",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 16:20:00 +0000",
    subject="Re: KCSC-240911-06 [#2231904]",
    reply_to_req="req.240911.06",
    body="""
Hi there,

Following our review, the server behind the invite
<https://discord.gg/slotvip77> has been removed from Discord, and the invite
no longer works.

If the owner believes this was a mistake, they can appeal through
https://dis.gd/appeal. More about how we enforce our rules:
https://discord.com/safety/our-approach-to-content-moderation

Discord Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="trust-and-safety outcome with appeal and policy links",
    why="the invited server was removed; the appeal and policy links are not items",
    items={D[0]: "removed"},
)

case(
    name="x-unknown-sender-counsel",
    **{"from": "j.baek@hanbit-law.example"},
    name_from="Baek Jaemin (Hanbit Law)",
    date="Sat, 14 Sep 2024 01:15:00 +0000",
    subject="KCSC-240905-02 - posts by @coin_doubler_kr",
    body="""
Dear Sir or Madam,

We act for the holder of the X account @coin_doubler_kr. Our client has
voluntarily deleted the two posts mentioned in your request KCSC-240905-02:

https://x.com/coin_doubler_kr/status/1831002233445566778
https://x.com/coin_doubler_kr/status/1831002299887766554

We trust the matter is now closed.

Yours faithfully,
Baek Jaemin
Hanbit Law
""",
    outcome="review",
    review="unknown_sender",
    imitates="letter from the account holder's counsel",
    why="not from X: statements about X posts from a third party change nothing",
    items={X[0]: "pending", X[1]: "pending"},
)


HEADER = """# Blind set 572 (ticket systems and threads): one [[case]] per email,
# each judged alone on a fresh ledger holding requests.csv.
# Written by tests/corpus/blind572/make.py from each email's meaning,
# before any run of the reader. Do not edit by hand.
"""


def encode_headers(cases):
    """Non-ASCII display names and subjects go out RFC 2047-encoded, as
    real mail clients send them."""
    from email.header import Header
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


def main():
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, "blind572", HEADER, CASES)


if __name__ == "__main__":
    main()
