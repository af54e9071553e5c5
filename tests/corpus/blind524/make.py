#!/usr/bin/env python3
"""Blind set 524: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail. Every email is fictional and written in our own sentences;
expected results were written from each email's meaning before any run of
the reader.

    python3 tests/corpus/blind524/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind524"

# ---------------------------------------------------------------- requests
T = [
    "https://t.me/lucky_bet_kr/1184",        # T1
    "https://t.me/lucky_bet_kr/1190",        # T2
    "https://t.me/lucky_bet_kr/1203",        # T3
    "https://t.me/nightpill_shop/77",        # T4
    "https://t.me/nightpill_shop/81",        # T5
    "https://t.me/nightpill_shop/95",        # T6
    "https://t.me/seoul_toto_vip",           # T7
    "https://t.me/seoul_toto_vip/402",       # T8
    "https://t.me/gangnam_deal_room/15",     # T9
    "https://t.me/gangnam_deal_room/16",     # T10
    "https://t.me/c_ice_market/3021",        # T11
    "https://t.me/c_ice_market/3022",        # T12
]
X = [
    "https://x.com/bet_king_77/status/1830112233445566778",
    "https://x.com/bet_king_77/status/1830112233445566901",
    "https://x.com/pillmart_kr/status/1830555000111222333",
    "https://x.com/pillmart_kr",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3xT7pLw0A",
    "https://www.youtube.com/watch?v=bZ81kDe4uRs",
    "https://www.youtube.com/@toto_tv_live",
]
N = [
    "https://blog.naver.com/sunny_bet22/223561234567",
    "https://blog.naver.com/sunny_bet22/223561299001",
    "https://cafe.naver.com/pillclub/8812",
    "https://cafe.naver.com/pillclub/8830",
    "https://blog.naver.com/sunny_bet22/223561300777",
]
K1_SLUG = "스포츠-토토-사이트"
K1_RAW = "https://lucky-777.tistory.com/entry/" + K1_SLUG
K = [
    "https://lucky-777.tistory.com/entry/" + quote(K1_SLUG),
    "https://cafe.daum.net/nightpharm/Ab12/88",
]
D = ["https://discord.gg/kbet7777"]
G = [
    "https://gall.dcinside.com/mgallery/board/view/?id=sportstoto&no=51234",
    "https://gall.dcinside.com/mgallery/board/view/?id=sportstoto&no=51240",
    "https://gall.dcinside.com/board/view/?id=drug_free&no=9021",
]

REQUESTS = [
    ("KCSC-240902-01", "telegram", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", T, "gambling",
     'Telegram network: "lucky bet", pill shop, toto channels, deal rooms'),
    ("KCSC-240903-02", "x", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00", X, "gambling",
     "two accounts, one reported as a whole"),
    ("KCSC-240904-03", "youtube", "2024-09-04T09:15:00+09:00", "2024-09-11T18:00:00+09:00", Y, "gambling",
     "two videos and a channel"),
    ("KCSC-240905-04", "naver", "2024-09-05T15:00:00+09:00", "2024-09-12T18:00:00+09:00", N, "drugs",
     "blog posts, cafe posts"),
    ("KCSC-240906-05", "kakao", "2024-09-06T10:20:00+09:00", "2024-09-13T18:00:00+09:00", K, "gambling",
     "Tistory post (Korean path), Daum cafe post"),
    ("KCSC-240909-06", "discord", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00", D, "gambling",
     "server invite"),
    ("KCSC-240910-07", "dcinside", "2024-09-10T16:45:00+09:00", "2024-09-17T18:00:00+09:00", G, "drugs",
     "gallery posts, URLs with query strings"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"req.{ref}@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers
def qp_part(text, ctype="plain"):
    enc = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{enc}")


def b64_part(text, ctype="plain"):
    enc = base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: base64\n\n{enc}")


def pending(urls):
    return {u: "pending" for u in urls}


def items(*pairs, **kw):
    d = {}
    for u, s in pairs:
        d[u] = s
    return d


ZD_LINE = "##- Please type your reply above this line -##"
ZD = ["X-Mailer: Zendesk Mailer"]
JIRA = ["Auto-Submitted: auto-generated", "Precedence: bulk", "X-JIRA-FingerPrint: 5c1e0f7a2b"]
FD = ["X-Mailer: Freshdesk"]


def remind(ref, n=1):
    return [f"In-Reply-To: <reminder.{ref}.{n}@kcsc.example>",
            f"References: <req.{ref}@kcsc.example> <reminder.{ref}.{n}@kcsc.example>"]


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ Telegram
T_ALL_LIST = "\n".join(f"{i}. {u}" for i, u in enumerate(T, 1))

case(
    name="tg-zendesk-receipt-echo",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Mon, 02 Sep 2024 01:06:41 +0000",
    subject="[Telegram Support] Re: KCSC-240902-01 Removal request (12 items)",
    reply_to_req="req.KCSC-240902-01", extra_headers=ZD,
    body=f"""{ZD_LINE}

Your request (#48213) has been received and will be reviewed by our support
staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 2, 2024, 10:00 GMT+9

Dear Telegram,

Under the Act on Promotion of Information and Communications Network
Utilization, the Korea Communications Standards Commission asks you to remove
the following content (reference KCSC-240902-01):

{T_ALL_LIST}

Please reply to this address with the action taken for each link.

----------------------------------------------

This email is a service from Telegram Support.
[KQ7R2M-88PL]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'Your request (#N) has been received' receipt echoing the submitted report",
    why="pure ticket receipt; the URLs are only the echo of our own request",
    items=pending(T),
)

case(
    name="tg-zendesk-solved-bullets",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Wed, 11 Sep 2024 09:12:30 +0000",
    subject="[Telegram Support] Re: KCSC-240902-01 Removal request (12 items)",
    reply_to_req="req.KCSC-240902-01", extra_headers=ZD,
    body=f"""{ZD_LINE}

Your request (#48213) has been solved. To reopen it, simply reply to this
email.

Aiden (Telegram Support)
Sep 11, 2024, 09:12 UTC

Hello,

Thank you for your report. Our moderators looked at the first channel group
in your list and took the following action:

\u2022 {T[0]} \u2014 removed
\u2022 {T[1]} \u2014 removed
\u2022 {T[2]} \u2014 removed
\u2022 {T[3]} \u2014 we could not find this message; the link does not lead
  to any existing post.

The other links in your request are being handled in separate tickets and you
will hear from us on them.

Kind regards,
Aiden
Telegram Support

--------------------------------
This email is a service from Telegram Support.
[KQ7R2M-88PL]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request has been solved' notification with the agent's bulleted result",
    why="each link has its own result; the last one cannot be found",
    items=items((T[0], "removed"), (T[1], "removed"), (T[2], "removed"), (T[3], "not_found")),
)

case(
    name="tg-followup-same-thread",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Fri, 13 Sep 2024 16:40:02 +0000",
    subject="[Telegram Support] Re: KCSC-240902-01 Removal request (12 items)",
    reply_to_req="req.KCSC-240902-01", extra_headers=ZD,
    body=f"""{ZD_LINE}

You are receiving this because you are the requester of request #48213.

Mira (Telegram Support)
Sep 13, 2024, 16:40 UTC

Hello again,

Following up on your request: the messages {T[4]} and
{T[5]} have been taken down for breaching our Terms of Service on the
sale of illegal goods.

The channel {T[6]} is still with our review team. We'll update this
ticket once a decision has been made.

Best,
Mira

Aiden (Telegram Support)
Sep 11, 2024, 09:12 UTC

Thank you for your report. We have passed it on to the moderation team.

--------------------------------
This email is a service from Telegram Support.
[KQ7R2M-88PL]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up comment in an open ticket, earlier comments shown below",
    why="two messages taken down; the channel is still under review (stays pending)",
    items=items((T[4], "removed"), (T[5], "removed"), (T[6], "pending")),
)

case(
    name="tg-reminder-reply-topposted",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Mon, 16 Sep 2024 05:31:19 +0000",
    subject="Re: Reminder: KCSC-240902-01 - 4 items still pending",
    extra_headers=remind("KCSC-240902-01"),
    body=f"""Hello,

The channel {T[6]} has been terminated and can no longer be opened
from any Telegram app or from the web. Post {T[7]} was in that channel
and has been removed along with it.

Regards,
Telegram DSA Team

On Mon, 16 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> The following items of our request KCSC-240902-01 are still pending
> after the deadline of 9 September:
>
> {T[6]}
> {T[7]}
> {T[9]}
> {T[11]}
>
> Please let us know the action taken for each.
>
> KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted answer to a regulator reminder, reminder quoted with '>'",
    why="channel terminated and its post removed; the other two links appear only in our quoted reminder",
    items=items((T[6], "removed"), (T[7], "removed"), (T[9], "pending"), (T[11], "pending")),
)

TG_TABLE = f"""<html><body>
<p>Dear KCSC team,</p>
<p>Below is the outcome for ticket #48213 (your reference KCSC-240902-01),
channel group 4 and 5.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Decision</th><th>Date (UTC)</th></tr>
<tr><td><a href="{T[8]}">{T[8]}</a></td><td>Removed</td><td>2024-09-14</td></tr>
<tr><td><a href="{T[9]}">{T[9]}</a></td><td>Removed</td><td>2024-09-14</td></tr>
<tr><td><a href="{T[10]}">{T[10]}</a></td><td>Restricted for users in South Korea</td><td>2024-09-14</td></tr>
<tr><td><a href="{T[11]}">{T[11]}</a></td><td>No action &ndash; no violation of the Telegram Terms of Service found</td><td>2024-09-14</td></tr>
</table>
<p>Kind regards,<br>Telegram Support</p>
<p style="color:#999">This email is a service from Telegram Support. [KQ7R2M-88PL]</p>
</body></html>"""

case(
    name="tg-html-table-qp",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Sat, 14 Sep 2024 11:03:44 +0000",
    subject="[Telegram Support] Re: KCSC-240902-01 Removal request (12 items)",
    reply_to_req="req.KCSC-240902-01", extra_headers=ZD,
    raw_mime=qp_part(TG_TABLE, "html"),
    outcome="applied", classification="confirmation",
    imitates="HTML ticket reply with a result table, quoted-printable",
    why="table rows: two removed, one restricted in Korea, one refused (no violation)",
    items=items((T[8], "removed"), (T[9], "removed"), (T[10], "restricted"), (T[11], "rejected")),
)

TG_CSV = f"""link,outcome,comment
{T[0]},removed,
{T[1]},removed,
{T[2]},geo-restricted (KR),"withheld for users in South Korea, available elsewhere"
{T[3]},not found,message does not exist
{T[4]},no action,"reviewed, no violation found; content stays up"
{T[5]},removed,
"""
TG_CSV_B64 = base64.encodebytes(TG_CSV.encode("utf-8")).decode("ascii")

case(
    name="tg-csv-attachment",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Thu, 12 Sep 2024 07:45:10 +0000",
    subject="Outcome - KCSC-240902-01 (groups 1-2)",
    reply_to_req="req.KCSC-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_tg_csv_5521"

--=_tg_csv_5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the first six links of your request
KCSC-240902-01. The remaining links are still being processed.

Telegram DSA Team

--=_tg_csv_5521
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{TG_CSV_B64}
--=_tg_csv_5521--
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply carrying its per-link outcome as a CSV attachment",
    why="CSV rows give one result per link: removed, restricted, not found, refused",
    items=items((T[0], "removed"), (T[1], "removed"), (T[2], "restricted"), (T[3], "not_found"),
                (T[4], "rejected"), (T[5], "removed")),
)

case(
    name="tg-base64-korean-particles",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Thu, 12 Sep 2024 03:20:00 +0000",
    subject="Re: KCSC-240902-01 처리 결과",
    reply_to_req="req.KCSC-240902-01",
    raw_mime=b64_part(f"""안녕하세요, 방송통신심의위원회 담당자님.

요청번호 KCSC-240902-01 관련하여 일부 링크의 처리 결과를 알려드립니다.

{T[3]}은 이용약관 위반으로 삭제되었습니다.
{T[4]}의 경우 존재하지 않는 메시지로 확인되었습니다.

나머지 링크는 확인되는 대로 별도로 회신드리겠습니다.

감사합니다.
Telegram 지원팀
"""),
    outcome="applied", classification="confirmation",
    imitates="Korean-language abuse-desk reply, base64 body, URLs followed directly by particles",
    why="'삭제되었습니다' for the first link; 'does not exist' for the second",
    items=items((T[3], "removed"), (T[4], "not_found")),
)

case(
    name="tg-echoed-report-solved",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Sun, 15 Sep 2024 12:10:55 +0000",
    subject="[Telegram Support] Request #48230 solved: Report - @gangnam_deal_room (KCSC-240902-01)",
    reply_to_req="req.KCSC-240902-01", extra_headers=ZD,
    body=f"""{ZD_LINE}

Your request (#48230) has been solved. To reopen it, simply reply to this
email.

Noor (Telegram Support)
Sep 15, 2024, 12:10 UTC

Hello,

We have reviewed the report below. Both reported messages have been removed
from Telegram.

Thank you for helping keep Telegram safe.

--- Your report ---
Channel: @gangnam_deal_room
Links:
{T[8]}
{T[9]}
Reason: sale of narcotics
Reference: KCSC-240902-01

--------------------------------
This email is a service from Telegram Support.
[PL3N7D-20QX]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk solved notice for a per-channel sub-ticket, the submitted report echoed below",
    why="'both reported messages have been removed' and the ticket's own report lists exactly those two links",
    items=items((T[8], "removed"), (T[9], "removed")),
)

case(
    name="tg-outlook-original-message",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 17 Sep 2024 08:02:13 +0000",
    subject="RE: KCSC-240902-01 Removal request (12 items)",
    reply_to_req="req.KCSC-240902-01",
    body=f"""Hi,

Update on your request:

{T[10]} and {T[11]} - deleted.
{T[8]} - we couldn't locate this message, the channel history no longer
contains it.

Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: abuse@telegram.org
Subject: KCSC-240902-01 Removal request (12 items)

Dear Telegram,

Please remove the following content (reference KCSC-240902-01):

{T[8]}
{T[9]}
{T[10]}
{T[11]}

KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----' (request quoted without '>')",
    why="two deleted, one not located; gangnam_deal_room/16 appears only in our quoted request",
    items=items((T[10], "removed"), (T[11], "removed"), (T[8], "not_found"), (T[9], "pending")),
)

case(
    name="tg-promise-48h",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Tue, 10 Sep 2024 14:55:00 +0000",
    subject="[Telegram Support] Re: KCSC-240902-01 Removal request (12 items)",
    reply_to_req="req.KCSC-240902-01", extra_headers=ZD,
    body=f"""{ZD_LINE}

Aiden (Telegram Support)
Sep 10, 2024, 14:55 UTC

Hello,

Thank you for your patience. Our moderation team has looked at the links
below and will be taking them down within the next 48 hours:

- {T[0]}
- {T[1]}
- {T[2]}

We will confirm in this ticket once this is done.

Aiden
Telegram Support
[KQ7R2M-88PL]
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent comment announcing an upcoming action",
    why="'will be taking them down' is a promise, not a statement of what happened",
    items=pending(T[0:3]),
)

case(
    name="tg-auth-fail-all-removed",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team", auth="fail",
    date="Wed, 11 Sep 2024 22:14:09 +0000",
    subject="Re: KCSC-240902-01 Removal request (12 items) - completed",
    reply_to_req="req.KCSC-240902-01",
    body="Hello,\n\nAll links from your request KCSC-240902-01 have been processed:\n\n"
         + "\n".join(f"{u} - removed" for u in T)
         + "\n\nTelegram DSA Team\n",
    outcome="review", review="untrusted",
    imitates="per-link result list from the platform's domain, failing DKIM/SPF/DMARC",
    why="the sender domain is Telegram's but authentication failed",
    items=pending(T),
)

case(
    name="tg-bulk-all-removed",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Wed, 18 Sep 2024 06:40:00 +0000",
    subject="Re: KCSC-240902-01 Removal request (12 items)",
    reply_to_req="req.KCSC-240902-01",
    body="""Hello,

Regarding your request KCSC-240902-01: all of the reported content has now
been removed. We are closing this case on our side.

Telegram DSA Team
""",
    outcome="review", review="bulk",
    imitates="short closing reply from an abuse desk covering a whole request",
    why="one statement for a 12-item request naming none of them",
    items=pending(T),
)

case(
    name="tg-hedge-may-have",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 02:12:44 +0000",
    subject="Re: KCSC-240902-01 Removal request (12 items)",
    reply_to_req="req.KCSC-240902-01",
    body=f"""Hi,

We checked {T[10]} and {T[11]}.
It looks like these posts may already have been deleted by the channel owner,
but we cannot confirm this from our side at the moment.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk reply hedging about content possibly deleted by its owner",
    why="'may already have been deleted ... cannot confirm' is a hedge, not a statement",
    items=pending(T[10:12]),
)

case(
    name="tg-conflicting-summary-table",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Mon, 16 Sep 2024 10:20:31 +0000",
    subject="[Telegram Support] Re: KCSC-240902-01 Removal request (12 items)",
    reply_to_req="req.KCSC-240902-01", extra_headers=ZD,
    body=f"""{ZD_LINE}

Mira (Telegram Support)
Sep 16, 2024, 10:20 UTC

Summary: {T[9]} has been removed.

Details
Link                                   | Result
{T[9]}      | Reviewed - no violation found, content remains available

Mira
Telegram Support
[KQ7R2M-88PL]
""",
    outcome="review", review="conflicting_statements",
    imitates="agent comment whose summary line and detail table disagree",
    why="the same link is called removed and also kept available",
    items=pending([T[9]]),
)

case(
    name="tg-out-of-office",
    **{"from": "aiden.park@telegram.org"}, name_from="Aiden Park",
    date="Mon, 02 Sep 2024 01:01:12 +0000",
    subject="Automatic reply: KCSC-240902-01 Removal request (12 items)",
    reply_to_req="req.KCSC-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your message.

I am out of the office until 23 September with limited access to email.
For abuse reports please write to abuse@telegram.org; the team there will
pick up your message.

Aiden
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ X
case(
    name="x-jira-request-created",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date="Tue, 03 Sep 2024 02:35:00 +0000",
    subject="[LGL-55120] KCSC-240903-02 Removal request (4 items)",
    reply_to_req="req.KCSC-240903-02", extra_headers=JIRA,
    body="""\u2014\u2014-\u2014\u2014-\u2014\u2014-\u2014\u2014
Reply above this line.

Your request has been received and ticket LGL-55120 has been created.
A member of the legal operations team will review it and get back to you.

View request \u00b7 Turn off this request's notifications

This is shared with KCSC Takedown.

Powered by Jira Service Management
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' customer notification",
    why="ticket created, nothing said about any item",
    items={},
)

case(
    name="x-jira-resolved-mixed",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date="Thu, 12 Sep 2024 09:03:21 +0000",
    subject="[LGL-55120] KCSC-240903-02 Removal request (4 items)",
    reply_to_req="req.KCSC-240903-02", extra_headers=JIRA,
    body=f"""\u2014\u2014-\u2014\u2014-\u2014\u2014-\u2014\u2014
Reply above this line.

Dana from X Legal Operations resolved this as Done.

Hello,

We have reviewed the content reported under your reference KCSC-240903-02
and taken the following action:

{X[0]}
Withheld in: South Korea

{X[1]}
Withheld in: South Korea

{X[2]}
Removed globally for violating the X Rules on illegal or certain regulated
goods and services.

{X[3]}
No action on the account itself: we did not find that the account as a whole
breaches the X Rules.

View request \u00b7 Turn off this request's notifications

This is shared with KCSC Takedown.

Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved' notification with the agent's comment, status under each URL",
    why="two withheld in Korea, one removed, the account left up",
    items=items((X[0], "restricted"), (X[1], "restricted"), (X[2], "removed"), (X[3], "rejected")),
)

case(
    name="x-url-next-line",
    **{"from": "safety-noreply@x.com"}, name_from="X Safety",
    date="Fri, 13 Sep 2024 04:17:00 +0000",
    subject="Your report KCSC-240903-02",
    reply_to_req="req.KCSC-240903-02",
    body=f"""Hello,

Following your report KCSC-240903-02, the post below was removed for
violating our rules on illegal goods:
{X[2]}

The following account has also been permanently suspended:
{X[3]}

Thanks,
X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X report outcome notice, each URL on the line after its statement",
    why="post removed; account permanently suspended (no longer available anywhere)",
    items=items((X[2], "removed"), (X[3], "removed")),
)

case(
    name="x-partial-answer",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date="Mon, 09 Sep 2024 08:50:12 +0000",
    subject="[LGL-55120] KCSC-240903-02 Removal request (4 items)",
    reply_to_req="req.KCSC-240903-02", extra_headers=JIRA,
    body=f"""\u2014\u2014-\u2014\u2014-\u2014\u2014-\u2014\u2014
Reply above this line.

Dana commented:

Hi, a partial update on LGL-55120. We have withheld
{X[0]} in South Korea in response to your
request. The second post from the same account
({X[1]}) is still being reviewed and we
will update you shortly.

View request \u00b7 Turn off this request's notifications

Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management public comment with a partial answer",
    why="first post withheld in Korea; second still under review (pending)",
    items=items((X[0], "restricted"), (X[1], "pending")),
)

case(
    name="x-forwarded-by-colleague",
    **{"from": "jwkim@kcsc.example"}, name_from="Kim Jiwoo",
    date="Fri, 13 Sep 2024 01:12:40 +0000",
    subject="Fwd: [LGL-55120] KCSC-240903-02 Removal request (4 items)",
    body=f"""FYI - this landed in my own inbox instead of the takedown box.

Jiwoo

---------- Forwarded message ---------
From: X Legal Requests <legal-requests@x.com>
Date: Thu, 12 Sep 2024 at 18:03
Subject: [LGL-55120] KCSC-240903-02 Removal request (4 items)
To: Kim Jiwoo <jwkim@kcsc.example>

Hello,

{X[1]} has been withheld in South Korea.
{X[2]} has been removed for violating the X Rules.

X Legal Operations
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail 'Forwarded message' from a colleague at the regulator",
    why="the platform's statement reaches us only inside a colleague's forward; its authenticity cannot be checked",
    items=pending(X[1:3]),
)

case(
    name="x-asks-more",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date="Wed, 04 Sep 2024 07:30:00 +0000",
    subject="[LGL-55120] KCSC-240903-02 Removal request (4 items)",
    reply_to_req="req.KCSC-240903-02", extra_headers=JIRA,
    body=f"""\u2014\u2014-\u2014\u2014-\u2014\u2014-\u2014\u2014
Reply above this line.

Dana is waiting for your response.

Hello,

To process LGL-55120 we need additional information. Please provide the
specific provision of Korean law and a copy of the Commission's decision for
each of the following posts:

{X[0]}
{X[1]}

We are unable to proceed with these two items until we receive it.

View request \u00b7 Turn off this request's notifications

Powered by Jira Service Management
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Jira Service Management 'waiting for customer' comment asking for legal basis",
    why="asks for documents before acting; no status given",
    items=pending(X[0:2]),
)

# ================================================================ YouTube
case(
    name="yt-helpscout-result",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 06:25:48 +0000",
    subject="Re: KCSC-240904-03 Removal request (3 items) [#88812]",
    reply_to_req="req.KCSC-240904-03",
    extra_headers=["X-HelpScout-Conversation: 88812"],
    body=f"""Hi KCSC team,

Thanks for your patience. We've completed our review of the content in your
notice:

1. {Y[0]} - removed for violating our Community
   Guidelines on regulated goods.
2. {Y[1]} - age-restricted; the video remains
   available only to signed-in adult viewers.
3. {Y[2]} - channel terminated.

If you have further questions, simply reply to this email.

Best,
Hana
YouTube Legal Support

--
Hana replied to conversation #88812.
View the conversation: https://legal-support.youtube.com/conversations/88812
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style conversation reply with a numbered result list",
    why="removed, age-restricted, channel terminated; the conversation link is no item",
    items=items((Y[0], "removed"), (Y[1], "restricted"), (Y[2], "removed")),
)

case(
    name="yt-localized-and-rejected",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 02:41:10 +0000",
    subject="Re: [0-5528000031447] KCSC-240904-03 Removal request (3 items)",
    reply_to_req="req.KCSC-240904-03",
    body=f"""Hello,

Thank you for your legal notice (KCSC-240904-03).

Following review, we have blocked the following content from view in South
Korea based on local law:

  {Y[1]}

We have decided not to take action on the following content, as it does not
violate our policies and we did not find sufficient basis under local law to
restrict it:

  {Y[0]}

For more information on how we handle legal requests, see
https://support.google.com/legal/answer/3110420

Regards,
The Google Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removal outcome with localized block and refusal",
    why="one video blocked in Korea, the other left up with a reason; help link is no item",
    items=items((Y[1], "restricted"), (Y[0], "rejected")),
)

case(
    name="yt-actioned-phrase",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Fri, 13 Sep 2024 05:00:33 +0000",
    subject="Re: [0-5528000031447] KCSC-240904-03 Removal request (3 items)",
    reply_to_req="req.KCSC-240904-03",
    body=f"""Hello,

The content at {Y[2]} has been actioned under our policies.

We will write separately about the remaining items of your notice.

Regards,
The Google Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'has been actioned under our policies' outcome line",
    why="the configured phrase for YouTube means removed",
    items=items((Y[2], "removed")),
)

case(
    name="yt-ticket-history-latest-top",
    **{"from": "trust-safety@youtube.com"}, name_from="YouTube Trust & Safety",
    date="Tue, 17 Sep 2024 11:02:00 +0000",
    subject="[YouTube] Re: KCSC-240904-03 Removal request (3 items)",
    reply_to_req="req.KCSC-240904-03", extra_headers=ZD,
    body=f"""{ZD_LINE}

Jun (YouTube Trust & Safety)
Sep 17, 2024, 11:02 UTC

Update: the channel {Y[2]} has been terminated for
repeated violations of our spam and deceptive practices policy.

Jun (YouTube Trust & Safety)
Sep 12, 2024, 08:30 UTC

We are reviewing {Y[0]} and will get back to you.

--------------------------------
[ZD7W1Q-3K0M]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk thread notification: newest comment on top, older comments under it",
    why="channel terminated; the older comment only says a video is under review",
    items=items((Y[2], "removed"), (Y[0], "pending")),
)

case(
    name="yt-under-review-reminder-reply",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Mon, 16 Sep 2024 03:14:00 +0000",
    subject="Re: Reminder: KCSC-240904-03 - 2 items still pending",
    extra_headers=remind("KCSC-240904-03"),
    body=f"""Hi,

Thanks for the reminder. Both {Y[0]} and
{Y[1]} are still under review with our policy
specialists; we expect to have an answer by the end of next week.

Regards,
Google Legal Support

On Mon, Sep 16, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> The following items of request KCSC-240904-03 are still pending:
> {Y[0]}
> {Y[1]}
""",
    outcome="review", review="not_understood",
    imitates="reply to a regulator reminder saying review is still ongoing",
    why="'still under review' is no status; the email names requested items",
    items=pending(Y[0:2]),
)

YT_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: Reminder: KCSC-240904-03 - 3 items still pending
Date: Mon, 16 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240904-03.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

The following items of request KCSC-240904-03 are still pending:
{Y[0]}
{Y[1]}
{Y[2]}
"""

case(
    name="yt-dsn-mailbox-full",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date="Mon, 16 Sep 2024 00:01:07 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied",
                   "In-Reply-To: <reminder.KCSC-240904-03.1@kcsc.example>"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000077aa41dsn"

--00000000000077aa41dsn
Content-Type: text/plain; charset=utf-8

** Message not delivered **

Your message couldn't be delivered to legal-kr@google.com because the
recipient's mailbox is full. Try again later.

--00000000000077aa41dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 16 Sep 2024 00:00:58 +0000

Final-Recipient: rfc822; legal-kr@google.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552-5.2.2 The recipient's inbox is out of storage space.

--00000000000077aa41dsn
Content-Type: message/rfc822

{YT_ORIG}
--00000000000077aa41dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style DSN (mailbox full) returning our reminder",
    why="delivery failure report; the URLs are in our own returned reminder",
    items=pending(Y),
)

# ================================================================ NAVER
case(
    name="naver-receipt-korean",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Thu, 05 Sep 2024 06:10:00 +0000",
    subject="[네이버] 게시중단 요청이 접수되었습니다 (접수번호 2024090500342)",
    reply_to_req="req.KCSC-240905-04",
    body="""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 보내주신 게시중단 요청(KCSC-240905-04)이 정상적으로
접수되었습니다.

접수번호: 2024090500342
접수일시: 2024.09.05 15:10

처리 결과는 검토 후 이 메일 주소로 안내드리겠습니다.

※ 본 메일은 발신전용입니다. 문의는 고객센터를 이용해 주세요.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer centre 접수 완료 receipt",
    why="receipt with a ticket number, nothing about any item",
    items={},
)

case(
    name="naver-korean-numbered",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Thu, 12 Sep 2024 08:30:00 +0000",
    subject="[네이버] 시정요구 조치결과 안내 (KCSC-240905-04)",
    reply_to_req="req.KCSC-240905-04",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 건(KCSC-240905-04, 접수번호 2024090500342)에 대한
조치 결과를 아래와 같이 회신드립니다.

1) {N[0]}
   → 게시중단 완료 (9/12)
2) {N[1]}
   → 임시조치(30일)
3) {N[2]}
   → 삭제
4) {N[3]}
   → 해당 게시물 없음 (작성자 삭제)

나머지 1건은 확인 후 별도로 안내드리겠습니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 회신, numbered list with '→' result lines",
    why="게시중단/삭제 = removed, 임시조치 = restricted, post already deleted by its author = not_found",
    items=items((N[0], "removed"), (N[1], "restricted"), (N[2], "removed"), (N[3], "not_found")),
)

case(
    name="naver-fullwidth-parens",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Fri, 13 Sep 2024 07:05:00 +0000",
    subject="RE: KCSC-240905-04 게시중단 요청",
    reply_to_req="req.KCSC-240905-04",
    body=f"""안녕하세요.

요청하신 대상 게시물（{N[4]}）은 블라인드 처리되었습니다.

한편 {N[0]} 게시물은 검토 결과
정보통신망법상 불법정보에 해당한다고 보기 어려워 별도 조치하지 않았음을
알려드립니다.

네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply in prose, URL in full-width parentheses followed by a particle",
    why="블라인드 = removed; the second post was left up with a stated reason (rejected)",
    items=items((N[4], "removed"), (N[0], "rejected")),
)

case(
    name="naver-gmail-quoted-korean",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Tue, 10 Sep 2024 05:44:00 +0000",
    subject="Re: KCSC-240905-04 게시중단 요청 (5건)",
    reply_to_req="req.KCSC-240905-04",
    body=f"""안녕하세요.

요청하신 건 중 카페 게시글 2건({N[2]}, {N[3]})은
카페 운영 정책 위반으로 운영자 삭제 처리되었습니다.
나머지 블로그 게시글 3건은 확인 중입니다.

감사합니다.

2024년 9월 5일 (목) 오후 3:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 네이버 담당자님께,
>
> 아래 게시물에 대해 게시중단을 요청드립니다 (KCSC-240905-04).
>
> {N[0]}
> {N[1]}
> {N[2]}
> {N[3]}
> {N[4]}
>
> 방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Gmail-quoted reply ('…님이 작성:') with a partial answer",
    why="both cafe posts deleted by the operator; the three blog posts are 'being checked' and otherwise only quoted",
    items=items((N[2], "removed"), (N[3], "removed"), (N[0], "pending"), (N[1], "pending"), (N[4], "pending")),
)

NAVER_HTML = f"""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>KCSC-240905-04 건에 대한 조치 내역을 아래 표로 알려드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치 내용</th><th>조치 일자</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>삭제</td><td>2024.09.13</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>비공개 처리</td><td>2024.09.13</td></tr>
<tr><td>3</td><td>{N[4]}</td><td>접근 제한(국내)</td><td>2024.09.13</td></tr>
</table>
<p>감사합니다.</p>
</body></html>"""

case(
    name="naver-html-base64-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Fri, 13 Sep 2024 09:12:00 +0000",
    subject="[네이버] KCSC-240905-04 조치 내역",
    reply_to_req="req.KCSC-240905-04",
    raw_mime=b64_part(NAVER_HTML, "html"),
    outcome="applied", classification="confirmation",
    imitates="KCSC-style 조치 내역 HTML table from a Korean portal, base64 body",
    why="삭제 and 비공개 처리 = removed; 접근 제한(국내) = restricted",
    items=items((N[0], "removed"), (N[1], "removed"), (N[4], "restricted")),
)

case(
    name="naver-promise-korean",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Mon, 09 Sep 2024 02:00:00 +0000",
    subject="RE: KCSC-240905-04 게시중단 요청",
    reply_to_req="req.KCSC-240905-04",
    body=f"""안녕하세요.

요청하신 게시물 {N[0]} 및
{N[1]} 에 대해서는 내부 검토 후
순차적으로 조치할 예정입니다. 조치가 완료되면 다시 안내드리겠습니다.

네이버 정책지원팀
""",
    outcome="review", review="not_understood",
    imitates="Korean portal reply promising action after internal review",
    why="'조치할 예정입니다' is a promise; nothing has happened yet",
    items=pending(N[0:2]),
)

case(
    name="naver-mdn-read",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Thu, 05 Sep 2024 06:31:00 +0000",
    subject="읽음 확인: KCSC-240905-04 게시중단 요청 (5건)",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_nv_0905"

--mdn_nv_0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 'KCSC-240905-04 게시중단 요청 (5건)'을(를) 수신인이 2024-09-05 15:31에 읽었습니다.

--mdn_nv_0905
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Works Mail
Original-Recipient: rfc822;policy@navercorp.com
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req.KCSC-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_nv_0905--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (multipart/report; disposition-notification)",
    why="read receipt only",
    items={},
)

case(
    name="naver-wrong-platform-tistory",
    **{"from": "search-help@navercorp.com"}, name_from="네이버 검색 고객센터",
    date="Wed, 11 Sep 2024 04:20:00 +0000",
    subject="[네이버 검색] 검색결과 제외 처리 안내",
    body=f"""안녕하세요, 네이버 검색 고객센터입니다.

문의하신 티스토리 게시물
{K[0]}
은 원문이 삭제된 상태이며, 네이버 검색 결과에서도 제외 처리하였습니다.

티스토리 게시물 자체에 대한 조치는 카카오에 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER search help reply about another portal's post (search exclusion)",
    why="NAVER states the status of a Kakao (Tistory) item",
    items=pending([K[0]]),
)

# ================================================================ Kakao
case(
    name="kakao-tistory-raw-korean",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Wed, 11 Sep 2024 01:30:00 +0000",
    subject="[카카오] KCSC-240906-05 처리 결과 안내",
    reply_to_req="req.KCSC-240906-05",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

KCSC-240906-05 요청 건 처리 결과를 안내드립니다.

- {K1_RAW} : 게시중단
- {K[1]} : 임시조치 (30일간 게시 제한)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고 처리 결과, Tistory URL written with its raw Korean path",
    why="게시중단 = removed; 임시조치 = restricted; the raw Korean path is the percent-encoded requested URL",
    items=items((K[0], "removed"), (K[1], "restricted")),
)

case(
    name="kakao-qp-author-deleted",
    **{"from": "cafe_help@daum.net"}, name_from="Daum 카페 고객센터",
    date="Thu, 12 Sep 2024 02:02:00 +0000",
    subject="Re: KCSC-240906-05 게시중단 요청",
    reply_to_req="req.KCSC-240906-05",
    raw_mime=qp_part(f"""안녕하세요, Daum 카페 고객센터입니다.

요청하신 {K[1]} 게시글은 작성자가 이미 삭제하여
더 이상 존재하지 않습니다.

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="Daum cafe help reply, quoted-printable Korean body",
    why="post already deleted by its author = not_found",
    items=items((K[1], "not_found")),
)

case(
    name="kakao-angle-bracket-particle",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Fri, 13 Sep 2024 06:45:00 +0000",
    subject="[카카오] KCSC-240906-05 추가 안내",
    reply_to_req="req.KCSC-240906-05",
    body=f"""안녕하세요.

<{K[0]}>에 대해
임시조치(30일)를 하였습니다.

Daum 카페 게시글은 별도로 회신드리겠습니다.

카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao notice with the URL in angle brackets followed by a particle",
    why="임시조치 = restricted; the cafe post is not named and not answered",
    items=items((K[0], "restricted"), (K[1], "pending")),
)

case(
    name="kakao-unknown-sender-owner",
    **{"from": "lucky.seven.777@gmail.com"}, name_from="lucky777",
    date="Thu, 12 Sep 2024 13:10:00 +0000",
    subject="KCSC-240906-05 관련",
    body=f"""안녕하세요 티스토리 블로그 운영자입니다.

티스토리에서 통보받은 글 {K1_RAW} 은
제가 직접 삭제했습니다. 확인 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="content owner writing to the regulator from a webmail address",
    why="not from any platform's domain",
    items=pending([K[0]]),
)

# ================================================================ Discord
case(
    name="discord-solved-one-item",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 19:22:00 +0000",
    subject="[Discord] Re: KCSC-240909-06 Removal request (1 item)",
    reply_to_req="req.KCSC-240909-06", extra_headers=ZD,
    body=f"""{ZD_LINE}

Your request (#3318842) has been solved. To reopen it, reply to this email.

Sam (Discord Trust & Safety)
Sep 12, 2024, 19:22 UTC

Hi there,

Thanks for flagging this. We investigated the server you reported and took
action: it has been removed from Discord for violating our Community
Guidelines, and its invite link no longer works.

Sam
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Zendesk solved notice, no URL, answering a one-item request",
    why="one-item request; 'the server you reported ... has been removed'",
    items=items((D[0], "removed")),
)

# ================================================================ DCInside
case(
    name="dc-freshdesk-ack",
    **{"from": "helpdesk@dcinside.com"}, name_from="디시인사이드 고객센터",
    date="Tue, 10 Sep 2024 07:46:00 +0000",
    subject="Ticket Received - KCSC-240910-07 게시물 삭제 요청 [#20931]",
    reply_to_req="req.KCSC-240910-07", extra_headers=FD,
    body="""안녕하세요,

요청이 접수되어 티켓(#20931)이 생성되었습니다. 담당자가 확인 후 회신드릴
예정입니다(보통 영업일 기준 1~2일).

We would like to acknowledge that we have received your request and a ticket
has been created. A support representative will review your request and send
you a personal response.

티켓 상태 확인: https://helpdesk.dcinside.com/support/tickets/20931

디시인사이드 고객센터
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk default 'Ticket Received' acknowledgement",
    why="ticket created; the helpdesk link is no item",
    items={},
)

case(
    name="dc-freshdesk-result",
    **{"from": "helpdesk@dcinside.com"}, name_from="디시인사이드 고객센터",
    date="Thu, 12 Sep 2024 05:10:00 +0000",
    subject="Re: KCSC-240910-07 게시물 삭제 요청 [#20931]",
    reply_to_req="req.KCSC-240910-07", extra_headers=FD,
    body=f"""안녕하세요, 디시인사이드 고객센터입니다.
티켓 #20931 (KCSC-240910-07) 처리 결과입니다.

1. {G[0]} - 삭제 완료
2. {G[1]} - 삭제 완료
3. {G[2]} - 위반 사항이 확인되지 않아 게시물 유지

티켓 상태: 해결됨

디시인사이드 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk agent reply marking a ticket resolved, Korean numbered list",
    why="two deleted; the third kept because no violation was found",
    items=items((G[0], "removed"), (G[1], "removed"), (G[2], "rejected")),
)

case(
    name="dc-angle-wrapped",
    **{"from": "helpdesk@dcinside.com"}, name_from="디시인사이드 고객센터",
    date="Fri, 13 Sep 2024 03:33:00 +0000",
    subject="Re: KCSC-240910-07 게시물 삭제 요청 [#20931]",
    reply_to_req="req.KCSC-240910-07", extra_headers=FD,
    body="""안녕하세요.

요청하신 게시물 <https://gall.dcinside.com/mgallery/board/view/?id=sportstoto
&no=51240> 은 갤러리 관리자에 의해 삭제되었습니다.

디시인사이드 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk reply with a long URL in angle brackets wrapped across two lines",
    why="deleted by the gallery manager (operator deletion) = removed",
    items=items((G[1], "removed")),
)

case(
    name="dc-reminder-reply",
    **{"from": "helpdesk@dcinside.com"}, name_from="디시인사이드 고객센터",
    date="Wed, 18 Sep 2024 02:15:00 +0000",
    subject="Re: Reminder: KCSC-240910-07 - 2 items still pending [#20931]",
    extra_headers=FD + remind("KCSC-240910-07"),
    body=f"""안녕하세요.

{G[0]} 삭제 처리 완료했습니다.
{G[2]} 는 법무팀 검토 중이며 결과가
나오는 대로 회신드리겠습니다.

디시인사이드 고객센터

On Wed, Sep 18, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> 아래 항목이 기한(9월 17일) 이후에도 처리되지 않았습니다 (KCSC-240910-07):
> {G[0]}
> {G[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk reply to a regulator reminder, reminder quoted below",
    why="first post deleted; the other is with the legal team (pending)",
    items=items((G[0], "removed"), (G[2], "pending")),
)


HEADER = """# blind524: ticket systems and threads (Zendesk/Freshdesk/Jira/Help Scout
# receipts and results, solved tickets, follow-ups, replies to reminders,
# partial answers, forwarded mail). Written by make.py; do not edit by hand.
# Expected results written from each email's meaning before any run."""


def encode_headers(cases):
    # Korean display names and subjects go out as RFC 2047 encoded words,
    # as real mailers send them.
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


def main():
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
