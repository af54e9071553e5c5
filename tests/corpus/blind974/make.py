#!/usr/bin/env python3
"""Blind set 974: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail. Written without reading the reader (src/) nor any other
corpus set; every expected result comes from the email's meaning.

    python3 tests/corpus/blind974/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind974"


def enc(s):
    """RFC 2047 encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
TISTORY_RAW = "https://sunnyroom.tistory.com/entry/무료-쿠폰-나눔"
TISTORY = "https://sunnyroom.tistory.com/entry/" + quote("무료-쿠폰-나눔")

T = {
    1: "https://t.me/moonlit_bazaar/4411",
    2: "https://t.me/moonlit_bazaar/4415",
    3: "https://t.me/moonlit_bazaar/4420",
    4: "https://t.me/greyfox_deals/88",
    5: "https://t.me/greyfox_deals/91",
    6: "https://t.me/greyfox_deals/97",
    7: "https://t.me/paper_lantern_kr/1502",
    8: "https://t.me/paper_lantern_kr/1507",
    9: "https://t.me/ironwell_market/306",
    10: "https://t.me/ironwell_market/311",
    11: "https://t.me/sodam_relay/77",
    12: "https://t.me/sodam_relay/79",
}
X = {
    1: "https://x.com/quill_harbor/status/1831100000000000011",
    2: "https://x.com/quill_harbor/status/1831100000000000024",
    3: "https://x.com/rustymaple88/status/1831200000000000037",
    4: "https://x.com/nightjar_ko/status/1831300000000000042",
    5: "https://x.com/blue_ember_kr/status/1833400000000000055",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vTz8LpaE",
    2: "https://www.youtube.com/watch?v=Hd7Kx2Rw0sN",
    3: "https://www.youtube.com/shorts/Zp4Lw9cYt1M",
}
N = {
    1: "https://blog.naver.com/hanbit_gil/223561001234",
    2: "https://blog.naver.com/hanbit_gil/223561005678",
    3: "https://cafe.naver.com/mintcoupon/88213",
    4: "https://cafe.naver.com/mintcoupon/88240",
    5: "https://blog.naver.com/hanbit_gil/223561009012",
}
K = {1: TISTORY, 2: "https://cafe.daum.net/goldleaf22/Ab3k/1457"}
D = {1: "https://discord.gg/mPq7vRa2"}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "telegram", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     [T[i] for i in range(1, 13)], "gambling", "five channels, illegal gambling adverts"),
    ("KCSC-240903-02", "x", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [X[i] for i in range(1, 5)], "privacy", "doxxing posts"),
    ("KCSC-240904-03", "youtube", "2024-09-04T14:00:00+09:00", "2024-09-11T18:00:00+09:00",
     [Y[i] for i in range(1, 4)], "drugs", "drug sale videos"),
    ("KCSC-240905-04", "naver", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     [N[i] for i in range(1, 6)], "fraud", "coupon fraud blog and cafe posts"),
    ("KCSC-240906-05", "kakao", "2024-09-06T16:20:00+09:00", "2024-09-13T18:00:00+09:00",
     [K[1], K[2]], "fraud", "Tistory entry and Daum cafe post"),
    ("KCSC-240909-06", "discord", "2024-09-09T10:10:00+09:00", "2024-09-16T18:00:00+09:00",
     [D[1]], "drugs", "server invite"),
    ("KCSC-240910-07", "x", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [X[5]], "privacy", "single post"),
]


def req_mid(ref):
    return "req." + ref[5:].lower() + "@kcsc.example"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)


def thread(ref):
    """reply_to_req value for corpuslib (Message-ID of the request, no domain)."""
    return req_mid(ref).split("@")[0]


def reminder_thread(ref):
    return [
        f"In-Reply-To: <reminder.{ref}.1@kcsc.example>",
        f"References: <{req_mid(ref)}> <reminder.{ref}.1@kcsc.example>",
    ]


def pend(*urls):
    return {u: "pending" for u in urls}


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ Telegram
ZD_TOP = "##- Please type your reply above this line -##"
ZD_FOOT = ("--------------------------------\n"
           "This email is a service from Telegram Support.\n")

case(
    name="tg-zendesk-update-mixed-with-history",
    **{"from": "dsa-support@telegram.org"}, name_from="Telegram Support",
    date="Fri, 06 Sep 2024 14:02:51 +0000",
    subject=f"[Telegram] Re: Removal request {R1} (Request #48213)",
    reply_to_req=thread(R1),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Your request (48213) has been updated. To add a comment, reply to this email.

----------------------------------------------

Daria K. (Telegram Support)

Sep 6, 2024, 14:02 UTC

Hello,

Thank you for your patience. Our moderators have finished the first part of
request {R1}. Results per link:

1. {T[1]} - the post was deleted.
2. {T[2]} - the post was deleted.
3. {T[3]} - we could not locate this post; this message ID does not exist in the channel.
4. {T[4]} - blocked for users in South Korea.
5. {T[5]} - blocked for users in South Korea.
6. {T[6]} - we reviewed this post and found no violation of the Telegram Terms of Service, so it remains available.

The other six links are still with the team. We will post a separate update here.

Best regards,
Daria
Telegram Support

----------------------------------------------

KCSC Takedown

Sep 2, 2024, 01:31 UTC

Dear Telegram team,

The Korea Communications Standards Commission asks you to remove the
following 12 items (our reference {R1}), which advertise illegal gambling:

{chr(10).join(T[i] for i in range(1, 13))}

Please reply with the action taken on each link.

KCSC Takedown

{ZD_FOOT}[R8QZ1K-4PL2]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request (N) has been updated' notification with the ticket history (agent reply above our original request)",
    why="numbered per-link results from Telegram; the six links that only appear in the ticket history (our request) stay pending",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found", T[4]: "restricted",
           T[5]: "restricted", T[6]: "rejected",
           **pend(T[7], T[8], T[9], T[10], T[11], T[12])},
)

case(
    name="tg-followup-remaining-headings",
    **{"from": "dsa-support@telegram.org"}, name_from="Telegram Support",
    date="Tue, 10 Sep 2024 08:44:10 +0000",
    subject=f"[Telegram] Re: Removal request {R1} (Request #48213)",
    reply_to_req=thread(R1),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Hello again,

Here is the update on the remaining links of request #48213 (your reference
{R1}).

Removed:
{T[7]}
{T[8]}

These two no longer exist. The channel admin deleted them before our review
reached them:
{T[9]}
{T[10]}

Still being reviewed, we will come back to you on these:
{T[11]}
{T[12]}

Best regards,
Daria
Telegram Support

{ZD_FOOT}[R8QZ1K-4PL2]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up comment in the same ticket: results grouped under headings, one group still under review",
    why="headings carry the status to the URL lines under them; the 'still being reviewed' group stays pending",
    items={T[7]: "removed", T[8]: "removed", T[9]: "not_found", T[10]: "not_found",
           T[11]: "pending", T[12]: "pending"},
)

case(
    name="tg-topposted-reply-to-reminder",
    **{"from": "abuse@telegram.org"}, name_from="Timur (Telegram Abuse Desk)",
    date="Fri, 13 Sep 2024 06:17:42 +0000",
    subject=f"Re: Reminder: {R1} - 4 items still without an answer",
    extra_headers=reminder_thread(R1),
    body=f"""
Hi,

Apologies for the delay on these. {T[11]} and {T[12]} are now blocked for users in South Korea.

The two ironwell_market links are still open on our side.

Regards,
Timur
Telegram Abuse Desk

On Fri, 13 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Our request {R1} of 2 September 2024 still has items without an
> answer:
>
> {T[9]}
> {T[10]}
> {T[11]}
> {T[12]}
>
> Please tell us what action was taken on each.
>
> KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted agent reply over our reminder (On ... wrote: with > quoting)",
    why="two URLs named in one sentence 'are now blocked for users in South Korea'; the ironwell links are only quoted or mentioned as still open",
    items={T[11]: "restricted", T[12]: "restricted", T[9]: "pending", T[10]: "pending"},
)

case(
    name="tg-helpdesk-dkim-fail",
    **{"from": "dsa-support@telegram.org"}, name_from="Telegram Support", auth="fail",
    date="Sat, 07 Sep 2024 03:20:05 +0000",
    subject=f"[Telegram] Request #48213 has been solved - {R1}",
    reply_to_req=thread(R1),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Your request (48213) has been solved. To reopen it, reply to this email.

Hello,

The following links from your request were deleted:

{T[1]}
{T[2]}
{T[3]}
{T[4]}
{T[5]}
{T[6]}

Best regards,
Telegram Support

{ZD_FOOT}""",
    outcome="review", review="untrusted",
    imitates="Zendesk 'request solved' notice sent from a help desk whose mail fails DKIM/SPF/DMARC for the platform domain",
    why="telegram.org From but dmarc=fail: the statements cannot be trusted",
    items=pend(T[1], T[2], T[3], T[4], T[5], T[6]),
)

case(
    name="tg-solved-all-content-removed",
    **{"from": "dsa-support@telegram.org"}, name_from="Telegram Support",
    date="Wed, 11 Sep 2024 11:05:37 +0000",
    subject=f"[Telegram] Request #48213 has been solved - {R1}",
    reply_to_req=thread(R1),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Your request (48213) has been solved. To reopen it, reply to this email.

----------------------------------------------

Alina M. (Telegram Support)

Sep 11, 2024, 11:05 UTC

Hello,

This is to let you know that all the content listed in your request {R1}
has now been removed from Telegram. We consider this request resolved.

If you believe something was missed, just reply and the request will reopen.

Kind regards,
Alina
Telegram Support

{ZD_FOOT}[R8QZ1K-4PL2]
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'request solved' notice with a one-line blanket outcome",
    why="'all the content ... has been removed' for a 12-item request names no item: bulk",
    items={},
)

csv_tg = (
    "url,action,date\n"
    f"{T[7]},removed,2024-09-07\n"
    f"{T[8]},removed,2024-09-07\n"
    f"{T[9]},not found,2024-09-07\n"
    f"{T[10]},geo-restricted (KR),2024-09-07\n"
    f"{T[11]},no violation - no action,2024-09-07\n"
    f"{T[12]},removed,2024-09-07\n"
)
case(
    name="tg-zendesk-csv-attachment",
    **{"from": "dsa-support@telegram.org"}, name_from="Telegram Support",
    date="Sat, 07 Sep 2024 09:31:12 +0000",
    subject=f"[Telegram] Re: Removal request {R1} (Request #48213)",
    reply_to_req=thread(R1),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="zd-mixed-7Q2"

--zd-mixed-7Q2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{ZD_TOP}

Your request (48213) has been updated. To add a comment, reply to this email.

Hello,

Please find the outcome for each of the remaining links in the attached file
(one row per link).

Best regards,
Daria
Telegram Support

Attachment(s)
KCSC-240902-01_results.csv

{ZD_FOOT}
--zd-mixed-7Q2
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_results.csv"
Content-Transfer-Encoding: base64

{b64(csv_tg)}
--zd-mixed-7Q2--
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent comment with a CSV attachment of per-link outcomes",
    why="each CSV row states one URL's action: removed / not found / geo-restricted / no violation",
    items={T[7]: "removed", T[8]: "removed", T[9]: "not_found", T[10]: "restricted",
           T[11]: "rejected", T[12]: "removed"},
)

JSM_TOP = "\u2014-\u2014-\u2014-\u2014\nReply above this line."
case(
    name="tg-jira-in-progress-promise",
    **{"from": "legal-desk@telegram.org"}, name_from="Ilya Sorokin (Telegram Legal Service Desk)",
    date="Thu, 05 Sep 2024 07:12:00 +0000",
    subject=f"LEGAL-5521 Removal request {R1}",
    reply_to_req=thread(R1),
    body=f"""
{JSM_TOP}

Ilya Sorokin changed the status to In Progress.

Ilya Sorokin commented:

We have passed the following links to our moderation team for priority review:

{T[1]}
{T[2]}
{T[3]}

They will be taken down if the team confirms a breach of our Terms of Service.
You will get a notification on this request as soon as there is an outcome.

View request: https://legal-desk.telegram.org/portal/3/LEGAL-5521
Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="review", review="not_understood",
    imitates="Jira Service Management 'status changed to In Progress' customer notification with an agent comment",
    why="'will be taken down if ...' is a conditional promise: the three links stay pending",
    items=pend(T[1], T[2], T[3]),
)

case(
    name="tg-forwarded-moderation-note",
    **{"from": "nikita.ilyin@telegram.org"}, name_from="Nikita Ilyin",
    date="Fri, 06 Sep 2024 02:40:19 +0000",
    subject=f"Fwd: Outcome: greyfox_deals batch (ext. ref {R1})",
    body=f"""
Hi KCSC team,

Forwarding our moderation team's note below for your records.

Nikita

---------- Forwarded message ---------
From: Moderation Queue <modqueue@telegram.org>
Date: Thu, 5 Sep 2024 at 19:40
Subject: Outcome: greyfox_deals batch (ext. ref {R1})
To: Nikita Ilyin <nikita.ilyin@telegram.org>

Batch closed.
{T[4]} -- deleted
{T[5]} -- deleted
{T[6]} -- deleted
Closed by: reviewer #117
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail 'Forwarded message' of an internal moderation-queue note, forwarded by a platform employee",
    why="the statements are inside a forwarded internal note, not the sender's own statement: a person decides",
    items=pend(T[4], T[5], T[6]),
)

reminder_rfc822 = f"""From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: {R1} - 4 items still without an answer
Date: Fri, 13 Sep 2024 10:00:00 +0900
Message-ID: <reminder.{R1}.1@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear Telegram,

Our request {R1} of 2 September 2024 still has items without an answer:

{T[9]}
{T[10]}
{T[11]}
{T[12]}

Please tell us what action was taken on each.

KCSC Takedown
"""
case(
    name="tg-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mx2.telegram.org"}, name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 01:00:41 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="9F2C1A0B44.1726189241/mx2.telegram.org"

This is a MIME-encapsulated message.

--9F2C1A0B44.1726189241/mx2.telegram.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<dsa@telegram.org>: host store3.telegram.org said: 552 5.2.2 Mailbox
    quota exceeded (in reply to RCPT TO command)

--9F2C1A0B44.1726189241/mx2.telegram.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.telegram.org
Arrival-Date: Fri, 13 Sep 2024 01:00:39 +0000 (UTC)

Final-Recipient: rfc822; dsa@telegram.org
Original-Recipient: rfc822;dsa@telegram.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded

--9F2C1A0B44.1726189241/mx2.telegram.org
Content-Description: Undelivered Message
Content-Type: message/rfc822

{reminder_rfc822}
--9F2C1A0B44.1726189241/mx2.telegram.org--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report; delivery-status) returning our reminder, mailbox quota exceeded",
    why="a delivery failure report; the URLs are only in our own returned reminder",
    items=pend(T[9], T[10], T[11], T[12]),
)

case(
    name="tg-jira-resolved-angle-brackets",
    **{"from": "legal-desk@telegram.org"}, name_from="Ilya Sorokin (Telegram Legal Service Desk)",
    date="Mon, 09 Sep 2024 12:48:30 +0000",
    subject=f"LEGAL-5530 Removal request {R1} - ironwell_market",
    reply_to_req=thread(R1),
    body=f"""
{JSM_TOP}

Ilya Sorokin resolved this as Done.

Ilya Sorokin commented:

Both messages in ironwell_market that you reported have been deleted and the
channel has received a strike:
<{T[9]}>
<{T[10]}>

View request: https://legal-desk.telegram.org/portal/3/LEGAL-5530
Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved this as Done' notification with the agent's closing comment",
    why="one sentence 'both messages ... have been deleted' followed by exactly those two URLs in angle brackets; the portal link is not an item",
    items={T[9]: "removed", T[10]: "removed"},
)

case(
    name="tg-bare-url-status-below",
    **{"from": "dsa-support@telegram.org"}, name_from="Telegram Support",
    date="Sun, 08 Sep 2024 10:02:44 +0000",
    subject=f"[Telegram] Re: Removal request {R1} (Request #48213)",
    reply_to_req=thread(R1),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Your request (48213) has been updated. To add a comment, reply to this email.

Hello,

Update on request {R1}:

{T[5]}
Status: Deleted

{T[6]}
Status: Deleted

{T[7]}
Status: Not found (invalid message ID)

{T[8]}
Status: Restricted (KR)

Best regards,
Daria
Telegram Support

{ZD_FOOT}""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent comment pasted from an internal tool: bare URL, status on the line below",
    why="each 'Status:' line belongs to the URL just above it",
    items={T[5]: "removed", T[6]: "removed", T[7]: "not_found", T[8]: "restricted"},
)

case(
    name="tg-echoed-reports-with-outcome",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Sun, 08 Sep 2024 16:25:03 +0000",
    subject=f"Re: {R1} - outcome of your reports",
    reply_to_req=thread(R1),
    body=f"""
Hello,

Thanks for your report. The outcome of each reported item is below.

-- Report 1 of 2 --
Link: {T[7]}
Reported for: illegal gambling promotion
Outcome: Removed

-- Report 2 of 2 --
Link: {T[8]}
Reported for: illegal gambling promotion
Outcome: No action. We did not find a violation of our Terms of Service.

Telegram Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply echoing each report (link, reason) with an Outcome line",
    why="each block states its link's outcome: removed, and no violation (rejected)",
    items={T[7]: "removed", T[8]: "rejected"},
)

case(
    name="tg-zendesk-merged-notice",
    **{"from": "dsa-support@telegram.org"}, name_from="Telegram Support",
    date="Fri, 13 Sep 2024 02:11:55 +0000",
    subject="[Telegram] Request #48290 closed (merged into #48213)",
    extra_headers=reminder_thread(R1) + ["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated"],
    body=f"""
{ZD_TOP}

Request #48290 "Reminder: {R1} - 4 items still without an answer" was
closed and merged into request #48213 "Removal request {R1}".

Any further correspondence on this matter will take place in request #48213.

{ZD_FOOT}""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk automatic notice that a ticket was closed and merged into another",
    why="ticket housekeeping: says only where our reminder was filed, nothing about any item",
    items={},
)

case(
    name="tg-zendesk-history-reversed",
    **{"from": "dsa-support@telegram.org"}, name_from="Telegram Support",
    date="Thu, 12 Sep 2024 09:15:27 +0000",
    subject=f"[Telegram] Re: Removal request {R1} (Request #48213)",
    reply_to_req=thread(R1),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Your request (48213) has been updated. To add a comment, reply to this email.

----------------------------------------------

Alina M. (Telegram Support)

Sep 12, 2024, 09:15 UTC

Hello,

Following your objection, a senior moderator looked at the post again.
{T[6]} has now been removed.

Kind regards,
Alina

----------------------------------------------

KCSC Takedown

Sep 9, 2024, 00:40 UTC

We disagree with the decision on {T[6]}: the post
gives the address of an unlicensed betting site. Please reconsider.

----------------------------------------------

Daria K. (Telegram Support)

Sep 6, 2024, 14:02 UTC

Hello,

We reviewed {T[6]} and found no violation of the
Telegram Terms of Service, so it remains available.

Best regards,
Daria

{ZD_FOOT}[R8QZ1K-4PL2]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk update notification showing the whole ticket history, newest comment first",
    why="the newest comment (top) removes the post; the older refusal is earlier ticket history, superseded",
    items={T[6]: "removed"},
)

# ================================================================ X
SF_REF = "ref:_00D1x2Ab._5003x01ZqK:ref"

case(
    name="x-case-receipt-echo",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal Support",
    date="Tue, 03 Sep 2024 02:05:14 +0000",
    subject=f"Case# 0198234417: Your report has been received [{SF_REF}]",
    reply_to_req=thread(R2),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
Hello,

Thank you for contacting X. We have received your report and assigned it
case number 0198234417. Please keep this number for any follow-up.

What you reported:
Reference: {R2}
Reported URLs:
{X[1]}
{X[2]}
{X[3]}
{X[4]}

Our team reviews reports in the order they are received. Replies to this
address are not monitored.

X Legal Support
{SF_REF}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="case-management auto-acknowledgement with a case number and an echo of the reported URLs",
    why="a receipt: the echoed URLs carry no statement about any item",
    items=pend(X[1], X[2], X[3], X[4]),
)

case(
    name="x-withheld-url-below-statement",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal Support",
    date="Fri, 06 Sep 2024 18:40:02 +0000",
    subject=f"Re: Case# 0198234417 - {R2} [{SF_REF}]",
    reply_to_req=thread(R2),
    body=f"""
Hello,

We are writing in response to your request regarding case 0198234417.

After review, we have withheld the following content in South Korea under
local law:
{X[1]}
{X[2]}

We have also reviewed the following post and found that it does not violate
the X Rules; we are therefore not taking action on it at this time:
{X[3]}

You can learn more about country-withheld content at
https://help.x.com/en/rules-and-policies/tweet-withheld-by-country.

Regards,
X Legal
{SF_REF}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal 'withheld in country' outcome with the URLs on the lines below each statement",
    why="two URLs withheld in South Korea, one reviewed and not actioned; the help-centre link is not an item",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected"},
)

case(
    name="x-gmail-quoted-followup-suspended",
    **{"from": "aiden.park@x.com"}, name_from="Aiden Park",
    date="Tue, 10 Sep 2024 05:30:48 +0000",
    subject=f"Re: {R2} - one item outstanding",
    extra_headers=[f"In-Reply-To: <followup.{R2}.1@kcsc.example>",
                   f"References: <{req_mid(R2)}> <followup.{R2}.1@kcsc.example>"],
    body=f"""
Hi,

The account @nightjar_ko has been permanently suspended, so its post
{X[4]} is no longer available on X.

Best,
Aiden
X Trust & Safety

On Tue, Sep 10, 2024 at 9:12 AM KCSC Takedown <takedown@kcsc.example> wrote:

> Hello,
>
> Thank you for your answer on {R2}. We have not yet had a result
> for one item:
> {X[4]}
>
> Could you let us know what was done?
>
> KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="X Trust & Safety employee's top-posted Gmail reply to our follow-up",
    why="account suspended, so the named post 'is no longer available': made unavailable, removed",
    items={X[4]: "removed"},
)

case(
    name="x-sole-one-item-closed",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal Support",
    date="Thu, 12 Sep 2024 21:14:36 +0000",
    subject=f"Case# 0198301122: {R7} [ref:_00D1x2Ab._5003x02Hw7:ref]",
    reply_to_req=thread(R7),
    body=f"""
Hello,

Thanks for your report (your reference {R7}).

We've reviewed the reported post and removed it for violating our rules on
private information. This case is now closed.

X Legal
ref:_00D1x2Ab._5003x02Hw7:ref
""",
    outcome="applied", classification="confirmation",
    imitates="case closed notice naming no URL, in the thread of a one-item request",
    why="unhedged 'removed it' about the one item of a one-item request",
    items={X[5]: "removed"},
)

case(
    name="x-hedged-appears-removed",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Mon, 09 Sep 2024 03:02:11 +0000",
    subject=f"Re: {R2}",
    reply_to_req=thread(R2),
    body=f"""
Hi there,

A quick note on {X[3]}: from what we can see, the post appears to have
been removed already, possibly by the account holder. We're double-checking with
the enforcement team and will confirm once we have a definitive answer.

Thanks for your patience,
X Support
""",
    outcome="review", review="not_understood",
    imitates="support agent's interim reply with a hedged observation",
    why="'appears to have been removed ... will confirm' is a hedge, not a statement",
    items=pend(X[3]),
)

case(
    name="x-outsourced-vendor-unknown-sender",
    **{"from": "escalations@trustdesk-partners.com"}, name_from="TrustDesk Partners (on behalf of X)",
    date="Sat, 07 Sep 2024 07:55:20 +0000",
    subject=f"RE: Case# 0198234417 {R2} result",
    reply_to_req=thread(R2),
    body=f"""
Dear KCSC,

We handle content escalations for X in the APAC region. The outcome of case
0198234417 is as follows. All four URLs below have been removed:

{X[1]}
{X[2]}
{X[3]}
{X[4]}

Kind regards,
Escalations Team
TrustDesk Partners
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced trust-and-safety vendor replying on a platform's behalf from its own domain",
    why="the sender's domain is not one of X's sender domains",
    items=pend(X[1], X[2], X[3], X[4]),
)

case(
    name="x-mdn-displayed",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 02:40:09 +0000",
    subject=f"Read: Reminder: {R2} - items still pending",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_mdn_4C1E"

------=_NextPart_mdn_4C1E
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to
legal@x.com at 9/10/2024 9:12 AM

This receipt verifies that the message has been displayed on the recipient's
computer at 9/10/2024 11:40 AM

------=_NextPart_mdn_4C1E
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Exchange Server
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <reminder.{R2}.1@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_mdn_4C1E--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook/Exchange read receipt (MDN, disposition-notification)",
    why="a read receipt says nothing about any item",
    items={},
)

x_bullets = f"""Hello,

Update on case 0198234417 (your reference {R2}). Our review is complete:

\u2022 {X[1]} \u2014 removed for violating the X Rules.
\u2022 {X[2]} \u2014 we were unable to locate this post. Please check that the link is correct.
\u2022 {X[3]} \u2014 no violation found; the post remains available.
\u2022 {X[4]} \u2014 withheld in South Korea.

If you disagree with any of these decisions, you may reply to this email with
additional information.

X Legal
{SF_REF}
"""
case(
    name="x-bulleted-mixed-qp",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal Support",
    date="Wed, 11 Sep 2024 13:27:50 +0000",
    subject=f"Re: Case# 0198234417 - {R2} [{SF_REF}]",
    reply_to_req=thread(R2),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(x_bullets)}""",
    outcome="applied", classification="confirmation",
    imitates="case update with a bulleted per-URL decision list, quoted-printable body (soft line breaks inside URLs)",
    why="each bullet states its URL's outcome: removed, cannot locate, no violation, withheld in Korea",
    items={X[1]: "removed", X[2]: "not_found", X[3]: "rejected", X[4]: "restricted"},
)

case(
    name="x-followup-ack-plus-statement",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Thu, 12 Sep 2024 04:10:33 +0000",
    subject=f"Re: Case# 0198234417 - {R2} follow-up [{SF_REF}]",
    reply_to_req=thread(R2),
    body=f"""
Hi,

Thanks, we received your follow-up on case 0198234417.

The post {X[2]} has been removed for violating our
private information policy. The other items on this case were answered in our
earlier email.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply that opens with a receipt line and then states an outcome",
    why="the receipt phrase is followed by an unhedged removal of a named URL",
    items={X[2]: "removed"},
)

# ================================================================ YouTube
yt_text = f"""Hello,

Thanks for your legal request ({R3}). After review, we have taken the
following action:

URL | Action
{Y[1]} | Removed globally - Community Guidelines violation
{Y[2]} | Blocked in South Korea (local law)
{Y[3]} | Age-restricted

Regards,
The YouTube Legal Team
"""
yt_html = f"""<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thanks for your legal request ({R3}). After review, we have taken the following action:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>URL</th><th>Action</th></tr>
<tr><td><a href="{Y[1]}">{Y[1]}</a></td><td>Removed globally - Community Guidelines violation</td></tr>
<tr><td><a href="{Y[2]}">{Y[2]}</a></td><td>Blocked in South Korea (local law)</td></tr>
<tr><td><a href="{Y[3]}">{Y[3]}</a></td><td>Age-restricted</td></tr>
</table>
<p>Regards,<br>The YouTube Legal Team</p>
<p style="color:#777;font-size:11px">&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</body></html>
"""
case(
    name="yt-legal-outcome-html-table",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 09:03:27 +0000",
    subject=f"[8-4127000036619] {R3} - Legal removal request outcome",
    reply_to_req=thread(R3),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="000000000000b7e4a1062198c3f0"

--000000000000b7e4a1062198c3f0
Content-Type: text/plain; charset="UTF-8"

{yt_text}
--000000000000b7e4a1062198c3f0
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(yt_html)}
--000000000000b7e4a1062198c3f0--
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-support case outcome, multipart/alternative with an HTML table (URL | Action)",
    why="one row per URL: removed globally, blocked in South Korea, age-restricted",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "restricted"},
)

case(
    name="yt-partial-two-of-three",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 04:44:12 +0000",
    subject=f"[8-4127000036619] {R3} - partial update",
    reply_to_req=thread(R3),
    body=f"""
Hi,

We've finished reviewing 2 of the 3 URLs in your request {R3}:

- {Y[1]}: we removed this video for violating our policy on harmful or dangerous content.
- {Y[3]}: after careful review we've decided not to take action, as the Short does not violate our Community Guidelines and we did not find it unlawful under the Korean law cited.

The remaining URL ({Y[2]}) is still under review with our legal team. We'll get back to you as soon as possible.

Thanks,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="legal-support partial answer: two URLs decided, one still under review",
    why="removed, and no action because it breaks no rule (rejected); the third is explicitly under review",
    items={Y[1]: "removed", Y[3]: "rejected", Y[2]: "pending"},
)

case(
    name="yt-asks-more-info",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 01:20:09 +0000",
    subject=f"[8-4127000036619] {R3} - additional information needed",
    reply_to_req=thread(R3),
    body=f"""
Hello,

Thanks for your request regarding {Y[2]} ({R3}).

To proceed, we need more information. Please reply with:
1. The specific law or provision you believe the content violates;
2. Timestamps in the video where the content appears;
3. A copy of the decision, if a court or administrative decision exists.

Once we receive these details, we can continue reviewing your request. If we
do not hear back within 14 days, we may close this case.

YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal-support 'additional information needed' reply",
    why="the platform asks us for more information before deciding",
    items=pend(Y[2]),
)

yt_ko = f"""안녕하세요, 방송통신심의위원회 담당자님.

보내주신 요청({R3})에 대한 검토 결과를 알려드립니다.

{Y[3]}
→ 커뮤니티 가이드 위반으로 삭제되었습니다.

{Y[1]}
→ 현지 법률에 따라 대한민국에서 접근이 제한되었습니다.

나머지 URL에 대한 결과는 별도로 안내드리겠습니다.

감사합니다.
YouTube 법률 지원팀
"""
case(
    name="yt-korean-base64-arrows",
    **{"from": "youtube-kr-legal@google.com"}, name_from=enc("YouTube 법률 지원팀"),
    date="Tue, 10 Sep 2024 06:51:40 +0000",
    subject=enc(f"[7-3318000022145] 삭제 요청 처리 결과 안내 ({R3})"),
    reply_to_req=thread(R3),
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(yt_ko)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean-language legal-support outcome, base64 body, URL then '→ result' line",
    why="Short deleted (삭제); video access restricted in Korea (접근 제한); the rest announced for later",
    items={Y[3]: "removed", Y[1]: "restricted", Y[2]: "pending"},
)

case(
    name="yt-out-of-office-bilingual",
    **{"from": "minji.seo@google.com"}, name_from="Minji Seo",
    date="Wed, 04 Sep 2024 05:21:12 +0000",
    subject=enc(f"자동 회신: {R3} Legal removal request"),
    reply_to_req=thread(R3),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 9월 4일부터 9월 18일까지 휴가로 부재중입니다.
긴급한 법률 요청은 legal-kr@google.com 으로 보내주시기 바랍니다.

Hello, I am out of the office from 4 to 18 September with limited access to
email. For urgent legal requests please write to legal-kr@google.com.

Minji
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook bilingual (Korean/English) out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="yt-outlook-quoted-reminder-restricted",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 07:33:21 +0000",
    subject=f"RE: Reminder: {R3}",
    extra_headers=reminder_thread(R3),
    body=f"""
Hello,

Following up on your message: the video {Y[2]} has now been blocked from view in South Korea in line with local law. It remains available in other countries.

Kind regards,
Jae-won
YouTube Legal Support

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 10:02 AM
To: legal-kr@google.com
Subject: Reminder: {R3}

Dear YouTube team,

We are still waiting for a result for:
{Y[2]}
{Y[3]}

KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over our reminder (underscore rule, From/Sent/To/Subject block, no > quoting)",
    why="the video is blocked in South Korea only; the Short appears only in our quoted reminder",
    items={Y[2]: "restricted", Y[3]: "pending"},
)

# ================================================================ NAVER
naver_tbl = f"""방송통신심의위원회 귀중

귀 위원회의 시정요구({R4})에 대한 조치결과를 아래와 같이 회신합니다.

번호 | URL | 조치결과 | 비고
1 | {N[1]} | 삭제 |
2 | {N[2]} | 임시조치 | 30일
3 | {N[3]} | 블라인드 |
4 | {N[4]} | 게시물 없음 | 작성자 삭제
5 | {N[5]} | 미조치 | 운영정책 위반사항 확인되지 않음

문의사항은 본 메일로 회신 주시기 바랍니다.

네이버 주식회사 정책지원팀 드림
"""
case(
    name="naver-correction-result-text-table",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    date="Tue, 10 Sep 2024 01:30:00 +0000",
    subject=enc(f"[네이버] 시정요구 조치결과 회신 ({R4})"),
    reply_to_req=thread(R4),
    body=naver_tbl,
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 with a pipe-separated text table",
    why="삭제 and 블라인드 are removals, 임시조치 a restriction, 게시물 없음(작성자 삭제) not found, 미조치(위반 아님) a refusal",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "not_found", N[5]: "rejected"},
)

case(
    name="naver-helpdesk-receipt",
    **{"from": "help@naver.com"}, name_from=enc("네이버 고객센터"),
    date="Thu, 05 Sep 2024 01:02:40 +0000",
    subject=enc("[네이버 고객센터] 문의하신 내용이 접수되었습니다."),
    reply_to_req=thread(R4),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409-0517-33821
접수일시: 2024.09.05 10:02

담당자 확인 후 순차적으로 답변 드리겠습니다.
답변까지 영업일 기준 3~5일이 소요될 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 안내 (ticket receipt with 접수번호)",
    why="pure receipt: 접수되었습니다, an answer will follow",
    items={},
)

case(
    name="naver-cafe-particles-partial",
    **{"from": "cafe-support@navercorp.com"}, name_from=enc("네이버 카페 운영지원"),
    date="Mon, 09 Sep 2024 05:12:09 +0000",
    subject=enc(f"RE: [{R4}] 카페 게시물 조치 요청"),
    reply_to_req=thread(R4),
    body=f"""
안녕하세요. 네이버 카페 운영지원 담당자입니다.

요청하신 건 중 {N[3]}은 카페 운영원칙 위반으로 삭제 처리되었습니다.

{N[4]}의 경우 해당 카페 매니저에게 소명을 요청한 상태이며, 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe support prose reply, URLs followed directly by Korean particles (은, 의)",
    why="88213 삭제 처리되었습니다 (removed); 88240 awaits the cafe manager's explanation (pending)",
    items={N[3]: "removed", N[4]: "pending"},
)

case(
    name="naver-promise-under-review",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    date="Fri, 06 Sep 2024 08:20:31 +0000",
    subject=enc(f"Re: {R4} 처리 현황 문의"),
    reply_to_req=thread(R4),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청 주신 블로그 게시물 3건(「{N[1]}」, 「{N[2]}」, 「{N[5]}」)은 현재 내부 검토 중이며, 검토가 끝나는 대로 게시중단 등 필요한 조치를 취할 예정입니다.

처리 결과는 이번 주 중 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean portal interim reply: 검토 중, 조치를 취할 예정",
    why="under review and a promise (조치를 취할 예정): no status for the three named posts",
    items=pend(N[1], N[2], N[5]),
)

case(
    name="naver-auth-fail-done",
    **{"from": "no-reply@naver.com"}, name_from=enc("네이버 고객센터"), auth="fail",
    date="Sun, 08 Sep 2024 11:45:00 +0000",
    subject=enc(f"[네이버] 게시중단 처리 완료 안내 ({R4})"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 게시물에 대한 게시중단 처리가 완료되었습니다.

- {N[1]} : 삭제 완료
- {N[3]} : 삭제 완료

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking 게시중단 처리 완료 notice whose mail fails DMARC for naver.com",
    why="naver.com From but dmarc=fail: not trustworthy",
    items=pend(N[1], N[3]),
)

naver_html = f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:'Malgun Gothic',sans-serif;font-size:10pt">
<div>안녕하세요, 네이버 정책지원팀입니다.</div>
<div><br></div>
<div>미회신 항목에 대한 조치 결과를 알려드립니다.</div>
<div>- <a href="{N[2]}">{N[2]}</a> : 게시중단 완료</div>
<div>- <a href="{N[5]}">{N[5]}</a> : 게시물 비공개 처리 완료</div>
<div>나머지 항목은 확인 후 다시 회신드리겠습니다.</div>
<div><br></div>
<div>감사합니다.</div>
<div><br></div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p>-----Original Message-----<br>
From: KCSC Takedown &lt;takedown@kcsc.example&gt;<br>
Sent: Thursday, September 12, 2024 10:00 AM<br>
To: policy@navercorp.com<br>
Subject: [리마인더] {R4} 미회신 항목 안내</p>
<p>아래 항목에 대한 조치 결과를 회신하여 주시기 바랍니다.<br>
<a href="{N[1]}">{N[1]}</a><br>
<a href="{N[2]}">{N[2]}</a><br>
<a href="{N[4]}">{N[4]}</a><br>
<a href="{N[5]}">{N[5]}</a><br>
방송통신심의위원회</p>
</div></div></body></html>
"""
case(
    name="naver-qp-html-reply-over-reminder",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    date="Thu, 12 Sep 2024 06:08:14 +0000",
    subject=enc(f"RE: [리마인더] {R4} 미회신 항목 안내"),
    extra_headers=reminder_thread(R4),
    raw_mime=f"""
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(naver_html)}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook HTML reply (quoted-printable) above '-----Original Message-----' quoting our reminder",
    why="게시중단 완료 and 비공개 처리 완료 are removals; the other two URLs are only in our quoted reminder",
    items={N[2]: "removed", N[5]: "removed", N[1]: "pending", N[4]: "pending"},
)

csv_naver = (
    "\ufeff순번,URL,처리결과,처리일자,비고\n"
    f"1,{N[1]},삭제,2024-09-09,\n"
    f"2,{N[2]},임시조치(30일),2024-09-09,\n"
    f"3,{N[3]},해당 게시물 없음,2024-09-09,작성자 삭제\n"
    f"4,{N[4]},삭제,2024-09-09,\n"
    f"5,{N[5]},미조치,2024-09-09,운영정책 위반 아님\n"
)
csv_naver_name = f"조치결과_{R4}.csv"
case(
    name="naver-csv-attachment-korean-headers",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    date="Mon, 09 Sep 2024 08:00:55 +0000",
    subject=enc(f"[네이버] {R4} 조치결과 송부 (첨부)"),
    reply_to_req=thread(R4),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_Part_2214_77013.1725868855"

------=_Part_2214_77013.1725868855
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64("안녕하세요. 네이버 정책지원팀입니다." + chr(10) + chr(10) + "요청하신 게시물 5건에 대한 조치결과를 첨부 파일로 송부드립니다." + chr(10) + "확인 부탁드립니다." + chr(10) + chr(10) + "감사합니다." + chr(10))}
------=_Part_2214_77013.1725868855
Content-Type: text/csv; charset=UTF-8; name="{enc(csv_naver_name)}"
Content-Disposition: attachment; filename*=UTF-8''{quote(csv_naver_name)}
Content-Transfer-Encoding: base64

{b64(csv_naver)}
------=_Part_2214_77013.1725868855--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal result sent as an Excel-exported CSV attachment (BOM, Korean column names)",
    why="one row per post: 삭제 / 임시조치 / 해당 게시물 없음 / 삭제 / 미조치(위반 아님)",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[4]: "removed", N[5]: "rejected"},
)

# ================================================================ Kakao
case(
    name="kakao-freshdesk-tistory-korean-path",
    **{"from": "cs-report@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Tue, 10 Sep 2024 02:25:37 +0000",
    subject=enc(f"[#KK-30417] Re: {R5} 게시물 조치 결과 안내"),
    reply_to_req=thread(R5),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

1) 티스토리 게시물 {TISTORY_RAW} 은 운영정책 위반으로 게시중단 조치되었습니다.
2) Daum 카페 게시물（{K[2]}）은 이미 작성자가 삭제하여 확인할 수 없습니다.

감사합니다.
카카오 고객센터 드림

티켓 번호: #KK-30417
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style ticket reply '[#KK-N] Re:' from a Korean portal; raw Korean Tistory path, full-width parentheses",
    why="Tistory entry 게시중단 (removed); Daum cafe post already deleted by its author (not found)",
    items={K[1]: "removed", K[2]: "not_found"},
)

case(
    name="kakao-freshdesk-resolved-bulk",
    **{"from": "cs-report@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Wed, 11 Sep 2024 09:40:02 +0000",
    subject=enc("[#KK-30417] 티켓이 해결되었습니다"),
    reply_to_req=thread(R5),
    body=f"""
안녕하세요,

문의하신 티켓 #KK-30417 ({R5} 게시물 조치 요청)이 해결 상태로 변경되었습니다.

담당자 답변:
요청하신 게시물은 모두 삭제 조치 완료하였습니다.

추가 문의가 있으시면 이 메일에 회신해 주세요. 7일 이내 회신이 없으면 티켓은 자동으로 종료됩니다.
""",
    outcome="review", review="bulk",
    imitates="Freshdesk 'ticket resolved' notification quoting the agent's one-line answer",
    why="'요청하신 게시물은 모두 삭제' for a two-item request names neither item: bulk",
    items={},
)

case(
    name="kakao-says-naver-post-not-theirs",
    **{"from": "cs-report@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Mon, 09 Sep 2024 04:18:45 +0000",
    subject=enc("[#KK-30422] Re: 게시물 조치 요청"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의하신 {N[2]} 게시물은 당사 서비스에서 확인되지 않습니다.
카카오에서 운영하는 서비스의 게시물이 아니므로 해당 서비스 운영사에 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal help desk answering about another portal's URL ('not found on our service')",
    why="Kakao speaks about a NAVER item; its 'not found' cannot set a NAVER item's status",
    items=pend(N[2]),
)

case(
    name="kakao-daum-cafe-access-blocked",
    **{"from": "cafe-admin@daum.net"}, name_from=enc("Daum 카페 운영팀"),
    date="Thu, 12 Sep 2024 03:03:03 +0000",
    subject=enc(f"[Daum 카페] 게시글 조치 결과 안내 ({R5})"),
    reply_to_req=thread(R5),
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

요청하신 게시글
{K[2]}
에 대하여 국내 접속 차단 조치를 완료하였습니다.

티스토리 게시물은 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations notice with the URL on its own line inside the sentence",
    why="국내 접속 차단 = restricted in Korea; the Tistory entry is left to another team (pending)",
    items={K[2]: "restricted", K[1]: "pending"},
)

# ================================================================ Discord
case(
    name="discord-helpscout-closed-removed",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 17:52:10 +0000",
    subject=f"Re: {R6} removal request [#88412]",
    reply_to_req=thread(R6),
    body=f"""
Hi there,

Thanks for flagging this. We investigated the server behind {D[1]} and removed it from Discord for violating our Community Guidelines. The invite link no longer works.

We're marking this conversation as closed. If you have anything to add, just reply and it will reopen.

Discord Trust & Safety
Conversation #88412
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style agent reply closing a conversation",
    why="the server behind the invite was removed and the invite no longer works",
    items={D[1]: "removed"},
)

case(
    name="discord-helpscout-autoreply-receipt",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 09 Sep 2024 01:11:44 +0000",
    subject="We've received your request [#88412]",
    reply_to_req=thread(R6),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
Hi,

We've received your message, and a member of our Trust & Safety team will get
back to you as soon as possible. Your conversation number is #88412.

For reference, here's a copy of what you sent:

  Subject: {R6} removal request
  Please remove {D[1]} (sale of illegal drugs).

Discord Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Help Scout mailbox auto-reply with a copy of the customer's message",
    why="automatic receipt; the URL is only in the echo of our own message",
    items=pend(D[1]),
)

case(
    name="discord-satisfaction-survey",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 18:00:00 +0000",
    subject="How did we do? [#88412]",
    body="""
Hi,

Your recent conversation with Discord Trust & Safety (#88412) has been closed.
How would you rate the support you received?

Great: https://support-feedback.discord.com/r/88412?score=great
Okay: https://support-feedback.discord.com/r/88412?score=okay
Not good: https://support-feedback.discord.com/r/88412?score=bad

Thanks for helping us improve.
""",
    outcome="review", review="no_claims",
    imitates="help-desk customer satisfaction survey sent after a conversation is closed",
    why="trusted Discord mail naming no item and no request reference (the survey links are not items)",
    items={},
)

case(
    name="discord-reply-to-reminder-no-violation",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 16 Sep 2024 08:31:26 +0000",
    subject=f"Re: Reminder: {R6} - no answer yet [#88412]",
    extra_headers=reminder_thread(R6),
    body=f"""
Hi,

Sorry for the slow reply. We looked into the server behind that invite and did
not find a violation of our Community Guidelines or Terms of Service, so we
won't be taking action and the invite stays active. If you have a court order
or other context you'd like us to consider, feel free to share it.

Discord Trust & Safety

On Mon, Sep 16, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Discord,
>
> We have not received a result for our request {R6} of 9 September:
> {D[1]}
>
> Please let us know what action was taken.
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply to our reminder, refusal with its reason, over Gmail '>' quoting",
    why="one-item request: 'no violation ... invite stays active' is a refusal about that item, named only in our quote",
    items={D[1]: "rejected"},
)


HEADER = f"""# Blind set 974 (ticket systems and threads). Written from each email's
# meaning, without reading the reader or any other corpus set, before any run.
# Generated by make.py; do not edit by hand.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
