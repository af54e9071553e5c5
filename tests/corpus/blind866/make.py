#!/usr/bin/env python3
"""Blind set 866: ticket systems and threads.

Zendesk / Freshdesk / Jira / HelpScout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, from Telegram, X, YouTube (Google), NAVER,
Discord and Kakao (Daum, Tistory). Every email, name, id and URL is invented.
Expected results were written from each email's meaning before the reader
was run on this set.

    python3 tests/corpus/blind866/make.py

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

# ---------------------------------------------------------------- requests

TISTORY_RAW = "https://moonlight-note.tistory.com/entry/이벤트-후기"
TISTORY = "https://moonlight-note.tistory.com/entry/%EC%9D%B4%EB%B2%A4%ED%8A%B8-%ED%9B%84%EA%B8%B0"

T = [
    "https://t.me/night_lotto_kr/118",
    "https://t.me/night_lotto_kr/121",
    "https://t.me/night_lotto_kr/125",
    "https://t.me/bluefog_market/2041",
    "https://t.me/bluefog_market/2046",
    "https://t.me/bluefog_market/2050",
    "https://t.me/sonagi_leaks/77",
    "https://t.me/sonagi_leaks/79",
    "https://t.me/hanriver_deals/3302",
    "https://t.me/hanriver_deals/3310",
    "https://t.me/moonjar_vip/9",
    "https://t.me/moonjar_vip/14",
]
X = [
    "https://x.com/mint_rumor_kr/status/1830412209981112321",
    "https://x.com/mint_rumor_kr/status/1830412877710045184",
    "https://x.com/ddalgi_talk/status/1829987001234567890",
    "https://x.com/ppuri_archive/status/1830001112223334445",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3xT8vLp2A",
    "https://www.youtube.com/watch?v=zR7nK0wYb4E",
    "https://www.youtube.com/shorts/h5JdW2cUq9M",
]
N = [
    "https://blog.naver.com/haneul_store/223560011122",
    "https://blog.naver.com/haneul_store/223560011187",
    "https://cafe.naver.com/dalbit2024/5512",
    "https://cafe.naver.com/dalbit2024/5519",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471122334",
]
D = [
    "https://discord.gg/bamhaneul",
    "https://discord.com/channels/1101122334455667788/1101122334455667790/1281234567890123456",
    "https://discord.com/channels/1101122334455667788/1101122334455667791/1281234567890199999",
]
K = [
    "https://cafe.daum.net/nightmarket77/Bq1x/412",
    TISTORY,
]
X7 = "https://x.com/soju_signal/status/1833300044455566677"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240902-01", "telegram", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     "drug-trade", T, "twelve channel posts, five channels"),
    ("KCSC-240903-02", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "deepfake-sexual-abuse", X, "four posts"),
    ("KCSC-240904-03", "youtube", "2024-09-04T10:00:00+09:00", "2024-09-11T23:59:59+09:00",
     "illegal-gambling", Y, "two videos and a short"),
    ("KCSC-240905-04", "naver", "2024-09-05T10:00:00+09:00", "2024-09-12T23:59:59+09:00",
     "illegal-gambling", N, "blog, cafe and kin posts"),
    ("KCSC-240906-05", "discord", "2024-09-06T10:00:00+09:00", "2024-09-13T23:59:59+09:00",
     "deepfake-sexual-abuse", D, "server invite and two messages"),
    ("KCSC-240909-06", "kakao", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "drug-trade", K, "daum cafe post and tistory post"),
    ("KCSC-240910-07", "x", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "deepfake-sexual-abuse", [X7], "single post"),
]


def req_mid(ref):
    return f"req.{ref}.1"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers

def h(s):
    """RFC 2047-encode a header value that is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def b64(s):
    data = s if isinstance(s, bytes) else s.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def our_request(ref, urls, who):
    lines = [
        f"Dear {who} team,",
        "",
        "The Korea Communications Standards Commission asks you to remove the",
        f"following content (our reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please tell us the action taken for each link.", "", "KCSC Takedown Desk"]
    return lines


def our_reminder(ref, urls):
    lines = [
        "Hello,",
        "",
        f"Our request {ref} is past its deadline and these links are still",
        "online as far as we can tell:",
        "",
    ]
    lines += [f"- {u}" for u in urls]
    lines += ["", "Please let us know what was done.", "", "KCSC Takedown Desk"]
    return lines


def quote(lines):
    return "\n".join((">" if not l else "> " + l) for l in lines)


def alt(text, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(text)}\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(html)}\n"
        f"--{boundary}--\n"
    )


CASES = []


def case(**kw):
    CASES.append(kw)


TG_FROM = "abuse@telegram.org"

# ================================================================ Telegram

case(
    name="tg-zendesk-receipt-echoes-request",
    **{"from": TG_FROM},
    name_from="Telegram Support",
    date="Mon, 02 Sep 2024 10:03:12 +0300",
    subject="[Case #5581203] Re: Removal request KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""
##- Please type your reply above this line -##

Thank you for contacting Telegram Support.

Your request has been received and assigned Case #5581203. A member of
our abuse team will look into it and reply in this thread. You can add
information by replying to this email.

Please do not change the subject line, it keeps your messages in the same case.

------------------------------------------------------------
Your message:

"""
    + quote(our_request("KCSC-240902-01", T[:4], "Telegram"))
    + "\n\n[ZD-5581203-7Q1]\n",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk-style automatic ticket receipt that quotes the requester's own message",
    why="pure receipt with a case number; the URLs are only in the quoted copy of our request",
    items={u: "pending" for u in T[:4]},
)

case(
    name="tg-case-solved-numbered-list",
    **{"from": TG_FROM},
    name_from="Telegram Support",
    date="Thu, 05 Sep 2024 11:14:40 +0300",
    subject="[Case #5581203] Re: Removal request KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
##- Please type your reply above this line -##

Your request (Case #5581203) has been updated and marked as solved.

Alexei K. (Telegram Support)
Sep 5, 2024, 11:14 GMT+3

Hello,

We have reviewed the first five links of your request and taken the
following actions:

1. {T[0]} - removed
2. {T[1]} - removed
3. {T[2]} - we could not find this message, the post ID does not exist in that channel
4. {T[3]} - removed, and the channel has been banned
5. {T[4]} - reviewed, no violation of the Telegram Terms of Service found; the post stays available

The other links of your request are still with our moderators; we will
write to you separately about them.

Best regards,
Alexei
Telegram Support

This email is a service from Telegram Support. [ZD-5581203-8B2]
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk 'request solved' notice carrying the agent's numbered per-link results",
    why="five links each with an unhedged outcome; the rest only mentioned without URLs",
    items={T[0]: "removed", T[1]: "removed", T[2]: "not_found", T[3]: "removed", T[4]: "rejected"},
)

case(
    name="tg-followup-bare-url-status-below",
    **{"from": TG_FROM},
    name_from="Telegram Support",
    date="Fri, 06 Sep 2024 16:40:02 +0300",
    subject="Re: [Case #5581203] Re: Removal request KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello again,

Following up on Case #5581203 about the links that were still open:

{T[5]}
Removed.

{T[6]}
Removed.

{T[7]}
Not found. This message ID does not exist.

Kind regards,
Telegram Support

On Thu, 5 Sep 2024 at 11:14, Telegram Support <abuse@telegram.org> wrote:
> Hello,
>
> We have reviewed the first five links of your request and taken the
> following actions:
>
> 1. {T[0]} - removed
> 5. {T[4]} - reviewed, no violation of the Telegram Terms of Service found
>
> The other links of your request are still with our moderators.
""",
    outcome="applied",
    classification="confirmation",
    imitates="follow-up in the same ticket thread, bare URL with its status on the next line, earlier reply quoted",
    why="three new unquoted statements; the quoted earlier reply must not be re-read as new statements",
    items={T[5]: "removed", T[6]: "removed", T[7]: "not_found", T[0]: "pending", T[4]: "pending"},
)

case(
    name="tg-reply-to-reminder-gmail-quote",
    **{"from": TG_FROM},
    name_from="Telegram Support",
    date="Wed, 11 Sep 2024 15:22:09 +0300",
    subject="Re: Reminder: KCSC-240902-01 overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240902-01.1@kcsc.example>",
                   "References: <reminder.KCSC-240902-01.1@kcsc.example>"],
    body=f"""
Apologies for the delay. Our moderators finished the review today:

- {T[8]} and {T[9]} have been taken down.
- {T[10]} and {T[11]} do not violate our Terms of Service and remain available.

Telegram Support

On Wed, 11 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
"""
    + quote(our_reminder("KCSC-240902-01", [T[7], T[8], T[9], T[10], T[11]])),
    outcome="applied",
    classification="confirmation",
    imitates="agent's top-posted answer to our overdue reminder, reminder quoted Gmail-style",
    why="two removals and two refusals with their reason; the quoted reminder's other link stays as it was",
    items={T[8]: "removed", T[9]: "removed", T[10]: "rejected", T[11]: "rejected", T[7]: "pending"},
)

CSV_TG = (
    "link,action_taken,date\r\n"
    f"{T[6]},removed,2024-09-06\r\n"
    f"{T[7]},not found,2024-09-06\r\n"
    f"{T[8]},removed,2024-09-07\r\n"
    f"{T[10]},no violation,2024-09-07\r\n"
)
case(
    name="tg-freshdesk-csv-attachment",
    **{"from": "legal-desk@telegram.org"},
    name_from="Telegram Legal Desk",
    date="Sat, 07 Sep 2024 09:05:51 +0000",
    subject="Re: [#TS-44871] KCSC-240902-01 removal request - results attached",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["X-FD-Ticket: TS-44871"],
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="fd-mixed-44871"

--fd-mixed-44871
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear KCSC team,

The outcome for the links we have processed so far is in the attached
file (one row per link). Ticket status: Resolved.

Telegram Legal Desk
Ticket TS-44871

--fd-mixed-44871
Content-Type: text/csv; charset=utf-8; name="TS-44871-results.csv"
Content-Disposition: attachment; filename="TS-44871-results.csv"
Content-Transfer-Encoding: base64

{b64(CSV_TG)}
--fd-mixed-44871--
""",
    outcome="applied",
    classification="confirmation",
    imitates="Freshdesk-style resolved ticket with the per-link outcome as a CSV attachment",
    why="CSV rows: two removed, one not found, one 'no violation' refusal",
    items={T[6]: "removed", T[7]: "not_found", T[8]: "removed", T[10]: "rejected"},
)

TG_HTML = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Update on Case #5581203 (your reference KCSC-240902-01):</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Decision</th><th>Note</th></tr>
<tr><td><a href="{T[3]}">{T[3]}</a></td><td>Removed</td><td>&nbsp;</td></tr>
<tr><td><a href="{T[4]}">{T[4]}</a></td><td>Restricted</td><td>Unavailable to users in South Korea</td></tr>
<tr><td><a href="{T[9]}">{T[9]}</a></td><td>No action</td><td>Content does not breach our ToS</td></tr>
<tr><td><a href="{T[1]}">{T[1]}</a></td><td>Not found</td><td>Message does not exist</td></tr>
</table>
<p>Our Terms of Service: <a href="https://telegram.org/tos">https://telegram.org/tos</a></p>
<p>Telegram Support</p>
</body></html>
"""
case(
    name="tg-html-table-update",
    **{"from": TG_FROM},
    name_from="Telegram Support",
    date="Mon, 09 Sep 2024 13:30:00 +0300",
    subject="[Case #5581203] Update on your request",
    reply_to_req=req_mid("KCSC-240902-01"),
    type="html",
    body=TG_HTML,
    outcome="applied",
    classification="confirmation",
    imitates="HTML ticket update with a decision table, ToS link in the footer",
    why="table gives removed, restricted (South Korea), no action (rejected), not found; ToS link is no item",
    items={T[3]: "removed", T[4]: "restricted", T[9]: "rejected", T[1]: "not_found"},
)

case(
    name="tg-echoed-report-decisions",
    **{"from": "noreply@telegram.org"},
    name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 08:12:44 +0000",
    subject="Decision on your report KCSC-240902-01",
    body=f"""
Hello,

Here is the decision on the report you submitted.

Your report
Reference: KCSC-240902-01
Link: {T[10]}
Category: Illegal goods
Our decision: The message was deleted.

Link: {T[11]}
Category: Illegal goods
Our decision: No violation found. The message remains online.

Link: {T[2]}
Category: Illegal goods
Our decision: The message could not be located.

This is an automated message. Please do not reply.
Telegram
""",
    outcome="applied",
    classification="confirmation",
    imitates="report-outcome mail that echoes the submitted report fields with a decision per link",
    why="each echoed link carries its own decision line",
    items={T[10]: "removed", T[11]: "rejected", T[2]: "not_found"},
)

case(
    name="tg-receipt-plus-blocked",
    **{"from": TG_FROM},
    name_from="Telegram Support",
    date="Tue, 03 Sep 2024 07:48:19 +0300",
    subject="[Case #5581377] KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Thank you for contacting Telegram. We have received your report and
opened Case #5581377.

Our team has already blocked the following messages:
{T[0]}, {T[1]}

We are reviewing the rest and will get back to you.

Telegram Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="ticket receipt that already reports the first actions",
    why="acknowledgement phrase plus an unhedged 'already blocked' for two named links",
    items={T[0]: "removed", T[1]: "removed"},
)

TG_TABLE = f"""
Case #5581203 - final summary for your request KCSC-240902-01

 #  | Link                              | Result
----+-----------------------------------+------------------------------
 1  | {T[0]:<33} | Removed
 2  | {T[1]:<33} | Removed
 3  | {T[2]:<33} | Not found
 4  | {T[3]:<33} | Removed
 5  | {T[4]:<33} | No violation - left up
 6  | {T[5]:<33} | Removed
 7  | {T[6]:<33} | Restricted in South Korea
 8  | {T[7]:<33} | Not found
 9  | {T[8]:<33} | Removed
 10 | {T[9]:<33} | Removed
 11 | {T[10]:<33} | No violation - left up
 12 | {T[11]:<33} | Removed

This case is now closed. Reply to this email to reopen it.

Telegram Support
"""
case(
    name="tg-final-summary-text-table",
    **{"from": TG_FROM},
    name_from="Telegram Support",
    date="Fri, 13 Sep 2024 18:02:33 +0300",
    subject="[Case #5581203] Closed: Removal request KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=TG_TABLE,
    outcome="applied",
    classification="confirmation",
    imitates="closing summary of a ticket as a plain-text table covering every link",
    why="all twelve links with a result each",
    items={T[0]: "removed", T[1]: "removed", T[2]: "not_found", T[3]: "removed", T[4]: "rejected",
           T[5]: "removed", T[6]: "restricted", T[7]: "not_found", T[8]: "removed", T[9]: "removed",
           T[10]: "rejected", T[11]: "removed"},
)

case(
    name="tg-promise-will-be-removed",
    **{"from": TG_FROM},
    name_from="Telegram Support",
    date="Wed, 04 Sep 2024 12:10:00 +0300",
    subject="[Case #5581203] Re: Removal request KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your patience. Your request has been escalated to the
responsible team. The messages at {T[6]} and
{T[7]} will be removed once their review is complete.

We will update this case as soon as we have news.

Telegram Support
""",
    outcome="review",
    review="not_understood",
    imitates="escalation note in a ticket thread promising future removal",
    why="'will be removed once review is complete' is a promise, not a statement",
    items={T[6]: "pending", T[7]: "pending"},
)

case(
    name="tg-bulk-all-removed-solved",
    **{"from": TG_FROM},
    name_from="Telegram Support",
    date="Thu, 12 Sep 2024 10:55:00 +0300",
    subject="[Case #5581203] Solved: Removal request KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    body="""
##- Please type your reply above this line -##

Your request (Case #5581203) has been solved.

Hello,

All of the content reported in your request KCSC-240902-01 has been
removed from Telegram. Thank you for your report.

Telegram Support
""",
    outcome="review",
    review="bulk",
    imitates="Zendesk solved notice with a one-line blanket outcome",
    why="one statement about all twelve items without naming them",
    items={u: "pending" for u in T},
)

case(
    name="tg-freshdesk-vendor-domain",
    **{"from": "abuse@tg-support.freshdesk.com"},
    name_from="Telegram Abuse Desk",
    date="Sun, 08 Sep 2024 21:17:40 +0000",
    subject="Re: [#TS-44902] KCSC-240902-01",
    body=f"""
Dear requester,

The message {T[5]} has been removed.

Ticket #TS-44902 is now resolved.

Telegram Abuse Desk
Powered by Freshdesk
""",
    outcome="review",
    review="unknown_sender",
    imitates="help-desk vendor domain sending on a platform's behalf",
    why="sender domain is not Telegram's; the statement cannot change the item",
    items={T[5]: "pending"},
)

case(
    name="tg-mailbox-retired-notice",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Mon, 16 Sep 2024 09:00:00 +0000",
    subject="Change to how Telegram receives legal notices",
    body="""
Hello,

From 1 October 2024 this mailbox will no longer be monitored. Authorities
should submit legal notices through the form at https://telegram.org/dsa
so that they reach the right team quickly.

Messages already sent to this address will still be handled.

Telegram
""",
    outcome="review",
    review="no_claims",
    imitates="platform circular about a new submission channel",
    why="trusted Telegram mail naming no item and no request",
    items={},
)

case(
    name="dsn-reminder-user-unknown",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Wed, 11 Sep 2024 10:00:07 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-B7C1E2"

--dsn-B7C1E2
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mail.telegram.org[203.0.113.40] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--dsn-B7C1E2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 10:00:03 +0900

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.telegram.org
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-B7C1E2
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: Reminder: KCSC-240902-01 overdue
Message-ID: <reminder.KCSC-240902-01.2@kcsc.example>
Date: Wed, 11 Sep 2024 10:00:03 +0900

--dsn-B7C1E2--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN for a reminder sent to a dead address",
    why="delivery failure report",
    items={},
)

# ================================================================ X

case(
    name="x-helpscout-partial-withheld",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Thu, 05 Sep 2024 02:31:10 +0000",
    subject="Re: Removal request KCSC-240903-02 [#70311]",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hi KCSC team,

Thanks for your request KCSC-240903-02. Here is where things stand:

{X[0]} — withheld in South Korea under local law.
{X[1]} — withheld in South Korea under local law.

The two other posts in your request are still with our specialist team;
we'll get back to you on those.

Mina
X Legal Support

---
Conversation #70311 · Reply to this email to continue the conversation.
""",
    outcome="applied",
    classification="confirmation",
    imitates="HelpScout-style partial answer: two posts decided, the others still open",
    why="two posts withheld in Korea; the other two are not named",
    items={X[0]: "restricted", X[1]: "restricted"},
)

case(
    name="x-jira-resolved-status-lines",
    **{"from": "jira@x.com"},
    name_from="Global Legal Ops (Jira)",
    date="Mon, 09 Sep 2024 19:44:02 +0000",
    subject="[JIRA] (LGL-20931) KCSC-240903-02 - Korea takedown request",
    body=f"""
Global Legal Ops resolved LGL-20931 as Done.

----------------------------------------------------------------------
Comment by Daniel R.:

Reviewed all four reported posts.

{X[0]}
Status: deleted for violating the X Rules (non-consensual nudity)

{X[1]}
Status: withheld in KR

{X[2]}
Status: not found, the post no longer exists

{X[3]}
Status: no action, the post does not violate the X Rules

----------------------------------------------------------------------
Reply above this line to add a comment.
You are receiving this because you are a participant in LGL-20931.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Jira Service Management 'resolved' notification carrying the agent's comment",
    why="every post with its own status line",
    items={X[0]: "removed", X[1]: "restricted", X[2]: "not_found", X[3]: "rejected"},
)

case(
    name="x-one-item-request-blanket",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Wed, 11 Sep 2024 04:05:00 +0000",
    subject="Re: Removal request KCSC-240910-07",
    reply_to_req=req_mid("KCSC-240910-07"),
    body="""
Hello,

The reported content has been removed. Ticket #0932-118 is now closed.

X Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="short closing reply without links, answering a one-post request",
    why="a blanket statement answering a request of a single item applies to it",
    items={X7: "removed"},
)

case(
    name="x-outlook-top-posted",
    **{"from": "j.holloway@x.com"},
    name_from="Jenna Holloway",
    date="Fri, 06 Sep 2024 17:20:45 +0000",
    subject="RE: Removal request KCSC-240903-02",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

An update on your request: the post {X[2]} was deleted by the account
holder before our review, so no action was needed from us.
{X[3]} has been removed for violating our synthetic and manipulated
media policy.

Regards,
Jenna Holloway
Legal Policy, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: Removal request KCSC-240903-02

"""
    + "\n".join(our_request("KCSC-240903-02", X, "X")),
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted reply over the unquoted original request",
    why="one post deleted by its author (not found), one removed; the original request below is ours",
    items={X[2]: "not_found", X[3]: "removed", X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-statement-then-url-below",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Sat, 07 Sep 2024 01:02:03 +0000",
    subject="Re: Removal request KCSC-240903-02 [#70311]",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hi,

The following post has been withheld in South Korea in response to your request:
{X[2]}

The following post was removed globally for violating the X Rules:
{X[3]}

Mina
X Legal Support
---
Conversation #70311
""",
    outcome="applied",
    classification="confirmation",
    imitates="HelpScout-style reply with each statement followed by its URL on the next line",
    why="URL on the line below the sentence that states its outcome",
    items={X[2]: "restricted", X[3]: "removed"},
)

case(
    name="x-solved-auth-fail",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    auth="fail",
    date="Sun, 08 Sep 2024 11:11:11 +0000",
    subject="Your ticket has been solved - KCSC-240903-02",
    body=f"""
Hello,

Your ticket has been solved. The following posts have been removed:

{X[0]}
{X[1]}

X Support
""",
    outcome="review",
    review="untrusted",
    imitates="solved-ticket notice from an x.com address failing DKIM/SPF/DMARC",
    why="platform domain but authentication failed",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-agent-text-vs-macro-summary",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Tue, 10 Sep 2024 06:30:00 +0000",
    subject="Re: Removal request KCSC-240903-02 [#70355]",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hi KCSC team,

We've reviewed {X[1]} and withheld it in South Korea.

Mina
X Legal Support

==== Case summary ====
Reported URL: {X[1]}
Outcome: No violation - content remains available
Policy: X Rules
======================
""",
    outcome="review",
    review="conflicting_statements",
    imitates="HelpScout reply whose agent text and auto-filled case summary disagree",
    why="the same post is called withheld and left available in one email",
    items={X[1]: "pending"},
)

case(
    name="x-agent-out-of-office",
    **{"from": "mina.park@x.com"},
    name_from="Mina Park",
    date="Thu, 12 Sep 2024 00:00:31 +0000",
    subject="Automatic reply: Reminder: KCSC-240903-02 overdue",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent legal matters please write to
legal@x.com, where the team will pick up your message.

Mina
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office reply to our reminder",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ YouTube / Google

YT_FROM = "youtube-legal-support@google.com"

case(
    name="yt-gmail-quote-three-outcomes",
    **{"from": YT_FROM},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 09:41:00 +0900",
    subject="Re: [3-8812000031977] Removal request KCSC-240904-03",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hello,

Thanks for reaching out. After review of the content referenced in your
request KCSC-240904-03:

- {Y[0]} has been removed from YouTube for violating our Community Guidelines.
- {Y[1]} has been age-restricted.
- {Y[2]}: we did not find a violation of our policies or of local law and have not taken action.

More about our policies: https://support.google.com/youtube/answer/2801939

Regards,
The YouTube Team

On Wed, Sep 4, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
"""
    + quote(our_request("KCSC-240904-03", Y, "YouTube")),
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal support reply per video, Gmail-quoted request below",
    why="removed, age-restricted, refused with reason; help link is no item",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected"},
)

YT_QP_TEXT = (
    "Hello,\n\n"
    "Following our review under local law we have blocked the video "
    f"{Y[0]} and the video {Y[1]} for viewers in South Korea \u2014 "
    "both remain available in other countries.\n\n"
    "Ticket 3-8812000031977 is now closed.\n\n"
    "The YouTube Team\n"
)
case(
    name="yt-qp-geoblock-soft-breaks",
    **{"from": YT_FROM},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 14:02:00 +0900",
    subject="[3-8812000031977] Update on your request KCSC-240904-03",
    reply_to_req=req_mid("KCSC-240904-03"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP_TEXT)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="quoted-printable ticket update, long sentence wrapped with soft line breaks",
    why="both videos blocked for viewers in South Korea only",
    items={Y[0]: "restricted", Y[1]: "restricted"},
)

case(
    name="yt-angle-bracket-short",
    **{"from": YT_FROM},
    name_from="YouTube Legal Support",
    date="Sun, 08 Sep 2024 10:15:00 +0900",
    subject="Re: [3-8812000031977] Removal request KCSC-240904-03",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hi there,

The Short <{Y[2]}> has been removed for violating our Community
Guidelines on gambling content.

Learn about our policies: <https://support.google.com/youtube/answer/9054257>

The YouTube Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="short agent reply with URLs in angle brackets and a policy link",
    why="one named Short removed; policy link is no item",
    items={Y[2]: "removed"},
)

YT_ALT_TEXT = f"""Hello,

Here is the outcome of your request KCSC-240904-03:

{Y[0]} - Removed (Community Guidelines)
{Y[1]} - Video unavailable: it had already been deleted by the uploader before our review

The YouTube Team
"""
YT_ALT_HTML = f"""<div dir="ltr"><p>Hello,</p>
<p>Here is the outcome of your request KCSC-240904-03:</p>
<ul>
<li><a href="{Y[0]}">{Y[0]}</a> - <b>Removed</b> (Community Guidelines)</li>
<li><a href="{Y[1]}">{Y[1]}</a> - <b>Video unavailable</b>: it had already been deleted by the uploader before our review</li>
</ul>
<p>The YouTube Team</p></div>
"""
case(
    name="yt-multipart-alternative",
    **{"from": YT_FROM},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 11:20:00 +0900",
    subject="Re: [3-8812000031977] Removal request KCSC-240904-03",
    reply_to_req=req_mid("KCSC-240904-03"),
    raw_mime=alt(YT_ALT_TEXT, YT_ALT_HTML, "yt-alt-000231977"),
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-composed multipart/alternative reply, text and HTML list",
    why="one removed, one already deleted by its uploader (not found)",
    items={Y[0]: "removed", Y[1]: "not_found"},
)

case(
    name="yt-reply-to-reminder-partial",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal KR",
    date="Thu, 12 Sep 2024 16:45:00 +0900",
    subject="Re: Reminder: KCSC-240904-03 overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240904-03.1@kcsc.example>",
                   "References: <reminder.KCSC-240904-03.1@kcsc.example>"],
    body=f"""
Hi,

Apologies for the delay. The video {Y[0]} was removed on 6 September.
The remaining two are still under review with our legal team; we'll
follow up.

Best,
Google Legal KR

On Thu, Sep 12, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
"""
    + quote(our_reminder("KCSC-240904-03", Y)),
    outcome="applied",
    classification="confirmation",
    imitates="reply to our reminder: one item done, the others 'still under review'",
    why="one removal stated; the other two are under review and only quoted",
    items={Y[0]: "removed", Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="google-search-delisting-x-url",
    **{"from": "removals@google.com"},
    name_from="Google Legal Removals",
    date="Thu, 12 Sep 2024 03:12:00 +0000",
    subject="[3-9011000042210] Your Google Search removal request",
    body=f"""
Hello,

We have reviewed your request about content appearing in Google Search.
The URL {X[2]} has been removed from Google Search results for users in
South Korea. The content itself is hosted by a third party; to have it
removed from the web, please contact the site owner.

Regards,
Google Legal Removals
""",
    outcome="review",
    review="wrong_platform",
    imitates="Google Search delisting notice about a URL hosted on another platform",
    why="Google states an outcome for an X item",
    items={X[2]: "pending"},
)

case(
    name="yt-legal-request-received",
    **{"from": YT_FROM},
    name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 10:04:00 +0900",
    subject="[3-8812000031977] We received your request KCSC-240904-03",
    reply_to_req=req_mid("KCSC-240904-03"),
    body="""
Thanks for contacting Google.

This is an automated message confirming that we received your legal
request (reference 3-8812000031977). We review every request carefully
and will reply once we have reached a decision. There is no need to send
your request again.

The Google Team
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal-request automated receipt",
    why="pure receipt; no item named",
    items={},
)

# ================================================================ NAVER

NV_FROM = "help@navercorp.com"
NV_NAME = "네이버 고객센터"

case(
    name="naver-ticket-result-five",
    **{"from": NV_FROM},
    name_from=h(NV_NAME),
    date="Mon, 09 Sep 2024 14:00:00 +0900",
    subject=h("[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240905-04)"),
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

1) {N[0]} : 블라인드 처리 완료
2) {N[1]} : 임시조치(30일)
3) {N[2]} : 게시물 삭제
4) {N[3]} : 작성자가 이미 삭제하여 존재하지 않는 게시물입니다
5) {N[4]} : 검토 결과 운영정책 위반 사항이 확인되지 않아 게시중단이 불가합니다

문의번호: 2024090511223344
감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 with a numbered 처리 결과 list",
    why="블라인드, 임시조치, 삭제, already deleted by author, refusal with reason",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "removed", N[3]: "not_found", N[4]: "rejected"},
)

NV_HTML = f"""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>요청번호 KCSC-240905-04 시정요구 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N[2]}</td><td>삭제</td><td>2024-09-10</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>접속차단</td><td>2024-09-10</td></tr>
</table>
<p>나머지 건은 처리 완료 후 별도로 회신드리겠습니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>
"""
case(
    name="naver-base64-html-table",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Tue, 10 Sep 2024 17:30:00 +0900",
    subject=h("Re: 시정요구 조치결과 회신 (KCSC-240905-04)"),
    reply_to_req=req_mid("KCSC-240905-04"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NV_HTML)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="시정요구 조치결과 회신 as a base64 HTML table",
    why="삭제 (removed) and 접속차단 (restricted); the rest promised later",
    items={N[2]: "removed", N[1]: "restricted"},
)

case(
    name="naver-followup-korean-particles",
    **{"from": NV_FROM},
    name_from=h(NV_NAME),
    date="Wed, 11 Sep 2024 11:05:00 +0900",
    subject=h("Re: [네이버 고객센터] 추가 처리 결과 안내 (KCSC-240905-04)"),
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

지난 답변에서 검토 중으로 안내드린 게시물의 추가 처리 결과입니다.

- {N[3]}는 작성자가 직접 삭제하여 현재 존재하지 않습니다.
- 지식iN 게시물（{N[4]}）은 운영정책에 따라 비공개 처리하였습니다。

감사합니다.

--- 이전 답변 ---
> 1) {N[0]} : 검토 중
> 2) {N[3]} : 검토 중
> 3) {N[4]} : 검토 중
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER follow-up in the same ticket, URLs glued to Korean particles and full-width brackets",
    why="cafe post gone by its author (not found), kin post 비공개 (removed); quoted '검토 중' lines change nothing",
    items={N[3]: "not_found", N[4]: "removed", N[0]: "pending"},
)

case(
    name="naver-ticket-fields-one-item",
    **{"from": "noreply_right@naver.com"},
    name_from=h("네이버 권리보호센터"),
    date="Thu, 12 Sep 2024 09:30:00 +0900",
    subject=h("[네이버] 게시중단 요청 처리 완료 안내"),
    body=f"""
게시중단 요청에 대한 처리가 완료되었습니다.

요청번호: KCSC-240905-04
문의번호: 2024091200045512
처리상태: 답변완료
대상 URL: {N[0]}
처리결과: 게시중단

본 메일은 발신 전용입니다.
네이버 권리보호센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 완료 notice as field lines",
    why="field block naming one URL with 처리결과 게시중단",
    items={N[0]: "removed"},
)

case(
    name="naver-hedge-seems-deleted",
    **{"from": NV_FROM},
    name_from=h(NV_NAME),
    date="Fri, 06 Sep 2024 15:10:00 +0900",
    subject=h("Re: 게시물 삭제 요청 (KCSC-240905-04)"),
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 {N[1]} 게시물은 이미 삭제된 것으로 보입니다.
정확한 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="NAVER 고객센터 interim answer with a hedge (…것으로 보입니다)",
    why="'appears to have been deleted', to be confirmed later: a hedge, not a statement",
    items={N[1]: "pending"},
)

case(
    name="naver-asks-for-documents",
    **{"from": NV_FROM},
    name_from=h(NV_NAME),
    date="Fri, 06 Sep 2024 10:20:00 +0900",
    subject=h("[네이버 고객센터] 추가 자료 요청 (KCSC-240905-04)"),
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 {N[2]} 외 4건의 게시중단 처리를 위해 아래 자료를
추가로 보내주시기 바랍니다.

- 시정요구 공문 사본
- 게시물별 위반 근거

자료가 확인되는 대로 처리하겠습니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="NAVER 고객센터 request for supporting documents",
    why="asks for documents before acting; nothing stated about the items",
    items={N[2]: "pending"},
)

NV_MDN = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-77aa01"

--mdn-77aa01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.
제목: 게시물 삭제 요청 KCSC-240905-04

--mdn-77aa01
Content-Type: message/disposition-notification

Reporting-UA: mail.naver.com; NAVER Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req.KCSC-240905-04.1@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-77aa01--
"""
case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Thu, 05 Sep 2024 13:02:00 +0900",
    subject=h("읽음 확인: 게시물 삭제 요청 KCSC-240905-04"),
    raw_mime=NV_MDN,
    outcome="ignored",
    classification="read_receipt",
    imitates="NAVER Mail read receipt (MDN)",
    why="read receipt",
    items={},
)

# ================================================================ Discord

DC_FROM = "safety@discord.com"

case(
    name="discord-zendesk-solved-bullets",
    **{"from": DC_FROM},
    name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 02:41:00 -0700",
    subject="[Discord] Re: KCSC-240906-05 - reported server and messages",
    reply_to_req=req_mid("KCSC-240906-05"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
##- Please type your reply above this line -##

Your request (#31877204) has been solved. To reopen it, reply to this email.

Sam (Discord Trust & Safety)
Sep 10, 2024, 02:41 PDT

Hi there,

Thanks for your report. Our team investigated and took these actions:

• Server reached through {D[0]}: the server has been removed from Discord
  for violating our Community Guidelines.
• {D[1]}: message deleted.
• {D[2]}: we couldn't locate this message; it no longer exists.

Sam
Discord Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Discord Trust & Safety Zendesk 'solved' email with bulleted actions",
    why="server removed, message deleted, message not found",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found"},
)

case(
    name="discord-partial-wrapped-link",
    **{"from": DC_FROM},
    name_from="Discord Trust & Safety",
    date="Mon, 09 Sep 2024 08:15:00 -0700",
    subject="[Discord] Re: KCSC-240906-05 - reported server and messages",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""
Hi,

Quick update on ticket #31877204: the message
<{D[1].rsplit("/", 1)[0]}/
{D[1].rsplit("/", 1)[1]}> has been deleted and the author's account has been actioned.

We're still investigating the server behind {D[0]} and will follow up.

Discord Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk agent update; long message link in angle brackets wrapped by the mail client",
    why="one message deleted (URL wrapped inside <>), the server still under investigation",
    items={D[1]: "removed", D[0]: "pending"},
)

case(
    name="discord-bulk-taken-action",
    **{"from": DC_FROM},
    name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 10:00:00 -0700",
    subject="[Discord] Re: KCSC-240906-05 - reported server and messages",
    reply_to_req=req_mid("KCSC-240906-05"),
    body="""
Hi there,

We've taken action on the content you reported in ticket #31877204
(your reference KCSC-240906-05). Thanks for helping keep Discord safe.

Discord Trust & Safety
""",
    outcome="review",
    review="bulk",
    imitates="Discord templated 'we've taken action' closing reply",
    why="one statement for a three-item request, nothing named",
    items={u: "pending" for u in D},
)

case(
    name="discord-forwarded-escalation",
    **{"from": "k.ortiz@discord.com"},
    name_from="Kai Ortiz",
    date="Thu, 12 Sep 2024 12:30:00 -0700",
    subject="Fwd: LE escalation result - KCSC-240906-05",
    body=f"""
Hi KCSC team,

Forwarding the note from our escalations team below for your records.

Kai

---------- Forwarded message ---------
From: T&S Escalations <escalations@discord.com>
Date: Thu, Sep 12, 2024 at 11:02 AM
Subject: LE escalation result - KCSC-240906-05
To: Kai Ortiz <k.ortiz@discord.com>

Kai, for the Korean regulator's ticket: the server at {D[0]} was removed
today and {D[2]} could not be found.
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="agent forwarding an internal escalation note (Gmail 'Forwarded message')",
    why="the statements are in the forwarded internal note, not the sender's own",
    items={D[0]: "pending", D[2]: "pending"},
)

case(
    name="discord-closed-no-answer",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    date="Fri, 13 Sep 2024 02:00:00 -0700",
    subject="[Discord] Request #31877204 closed: KCSC-240906-05 - reported server and messages",
    body="""
Your request #31877204 "KCSC-240906-05 - reported server and messages"
has been closed.

If you feel your question was not answered, you can open a new request
at our help center.

Discord
""",
    outcome="review",
    review="not_understood",
    imitates="Zendesk automation notice that a ticket was closed, no outcome given",
    why="references our request but says nothing about any item",
    items={},
)

case(
    name="discord-zendesk-receipt-copy",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    date="Fri, 06 Sep 2024 10:01:30 +0900",
    subject="[Discord] We've received your request (#31877204)",
    reply_to_req=req_mid("KCSC-240906-05"),
    body="""
Thanks for reaching out! We've received your request (#31877204) and our
team will get back to you as soon as possible.

Here's a copy of what you sent:

"""
    + "\n".join(our_request("KCSC-240906-05", D, "Discord"))
    + "\n\nDiscord Support\n",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk receipt that pastes the requester's message unquoted",
    why="pure receipt; the URLs belong to the pasted copy of our own request",
    items={u: "pending" for u in D},
)

# ================================================================ Kakao

KK_FROM = "right@kakaocorp.com"

case(
    name="kakao-daum-result-raw-korean-url",
    **{"from": KK_FROM},
    name_from=h("카카오 권리침해신고센터"),
    date="Wed, 11 Sep 2024 16:20:00 +0900",
    subject=h("[카카오] 권리침해 신고 처리 결과 안내 (KCSC-240909-06)"),
    reply_to_req=req_mid("KCSC-240909-06"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물에 대해 아래와 같이 조치하였음을 알려드립니다.

■ 요청번호: KCSC-240909-06
■ 처리 결과
 - {K[0]} → 임시조치 (30일간 게시물 접근 차단)
 - {TISTORY_RAW} → 삭제 완료

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 권리침해신고센터 처리 결과 안내, Tistory URL written with its raw Korean path",
    why="임시조치 (restricted) and 삭제 (removed); the raw Korean path is the percent-encoded item",
    items={K[0]: "restricted", K[1]: "removed"},
)

case(
    name="kakao-reply-to-reminder-outlook",
    **{"from": "policy@kakaocorp.com"},
    name_from=h("카카오 운영정책팀"),
    date="Mon, 16 Sep 2024 10:40:00 +0900",
    subject="RE: Reminder: KCSC-240909-06 overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240909-06.1@kcsc.example>"],
    body=f"""
안녕하세요, 카카오 운영정책팀입니다.

독촉 메일 확인하였습니다.
{K[1]} 게시물은 확인 결과 존재하지 않는 주소입니다.
다음 카페 게시물은 현재 검토 중이며 결과가 나오는 대로 회신드리겠습니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 10:00 AM
To: right@kakaocorp.com
Subject: Reminder: KCSC-240909-06 overdue

"""
    + "\n".join(our_reminder("KCSC-240909-06", K)),
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply to our reminder over the unquoted original",
    why="Tistory post does not exist (not found); the cafe post is under review",
    items={K[1]: "not_found", K[0]: "pending"},
)

case(
    name="kakao-out-of-office-korean",
    **{"from": "jiwoo.han@kakaocorp.com"},
    name_from=h("한지우"),
    date="Mon, 16 Sep 2024 10:00:40 +0900",
    subject=h("[자동응답] 부재중입니다: Reminder: KCSC-240909-06 overdue"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 한지우입니다.

추석 연휴로 9월 19일까지 부재중입니다.
급한 용무는 right@kakaocorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    why="out-of-office auto-reply",
    items={},
)

# ---------------------------------------------------------------- write

HEADER = """# Blind set 866 (ticket systems and threads), written from each email's
# meaning before the reader was run. See NOTES.md. Generated by make.py.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind866", HEADER, CASES)
