#!/usr/bin/env python3
"""Blind set 218: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Written from each email's meaning alone, before
any run of the reader.

    python3 tests/corpus/blind218/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
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

SET = "blind218"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240917-01", "KCSC-240917-02", "KCSC-240918-03", "KCSC-240918-04",
    "KCSC-240919-05", "KCSC-240919-06", "KCSC-240920-07",
)


def mid(ref):
    return "req." + ref


G1 = "https://discord.com/channels/1130400112233445566"
G2 = "https://discord.com/channels/1141122233344455566"
G3 = "https://discord.com/channels/1152233344455566677"
D1 = G1 + "/1130400112233445570/1285001112223334401"
D2 = G1 + "/1130400112233445570/1285001112223334402"
D3 = G1 + "/1130400112233445571/1285001112223334403"
D4 = "https://discord.gg/moonlitbazaar"
D5 = "https://discord.gg/k7Rt2xQa"
D6 = G2 + "/1141122233344455570/1285114455667788001"
D7 = G2 + "/1141122233344455570/1285114455667788002"
D8 = G2 + "/1141122233344455570/1285114455667788003"
D9 = "https://discord.com/users/998877665544332211"
D10 = G3 + "/1152233344455566680/1285220011223344550"
D11 = "https://discord.gg/nightcargo"
D12 = G3 + "/1152233344455566681/1285220011223344551"
DISCORD = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12]

T1 = "https://t.me/amber_ledger_kr/311"
T2 = "https://t.me/amber_ledger_kr/312"
T3 = "https://t.me/cobalt_drift/57"
T4 = "https://t.me/lantern_swap"

X1 = "https://x.com/hollowmint_kr/status/1836001122334455001"
X2 = "https://x.com/hollowmint_kr/status/1836001122334455002"
X3 = "https://x.com/pebble_oracle/status/1836112233445566778"

Y1 = "https://www.youtube.com/watch?v=Qe7vLm2Kx0A"
Y2 = "https://www.youtube.com/shorts/Hn4pW8zRt1c"
Y3 = "https://www.youtube.com/watch?v=Zc3TfB9yUo2"

N1 = "https://blog.naver.com/silverfern77/223580011223"
N2 = "https://blog.naver.com/silverfern77/223580011224"
N3 = "https://cafe.naver.com/dawnmarket/48812"
N4 = "https://cafe.naver.com/dawnmarket/48817"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471122334"

K1_RAW = "https://gloomyharbor.tistory.com/entry/중고-거래-후기"
K1 = "https://gloomyharbor.tistory.com/entry/" + quote("중고-거래-후기")
K2 = "https://gloomyharbor.tistory.com/57"
K3 = "https://cafe.daum.net/rivertrade7/Xk2a/1093"

REQUESTS = [
    (R1, "discord", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", DISCORD,
     "illegal_gambling", "largest request: servers, invites, messages and one account"),
    (R2, "telegram", "2024-09-17T10:30:00+09:00", "2024-09-24T18:00:00+09:00", [T1, T2, T3, T4],
     "drug_trade", ""),
    (R3, "x", "2024-09-18T09:00:00+09:00", "2024-09-25T18:00:00+09:00", [X1, X2, X3],
     "defamation", ""),
    (R4, "youtube", "2024-09-18T14:00:00+09:00", "2024-09-25T18:00:00+09:00", [Y1, Y2],
     "illegal_gambling", ""),
    (R5, "naver", "2024-09-19T09:30:00+09:00", "2024-09-26T18:00:00+09:00", [N1, N2, N3, N4, N5],
     "fraud", ""),
    (R6, "kakao", "2024-09-19T11:00:00+09:00", "2024-09-26T18:00:00+09:00", [K1, K2, K3],
     "fraud", "first URL stored percent-encoded (Korean path)"),
    (R7, "youtube", "2024-09-20T10:00:00+09:00", "2024-09-27T18:00:00+09:00", [Y3],
     "defamation", "one-item request"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


ZD_LINE = "##- Please type your reply above this line -##"

# ------------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ============================ Discord (R1, 12 items) ============================

case(
    name="dc-zendesk-receipt",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Tue, 17 Sep 2024 01:14:09 +0000",
    subject="[Discord] Re: KCSC-240917-01 Request to remove unlawful content",
    reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_LINE}

Your request (48213377) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This is a ticket receipt. A member of the Trust & Safety team will follow up
in this thread once your report has been looked at. Please do not open a
second request for the same report, as that can slow things down.

Discord Trust & Safety
https://discord.com/safety

[RK9X2-7PLQ]
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk 'your request has been received' auto-acknowledgement (Discord support)",
    why="pure ticket receipt: ticket number and a promise to follow up, nothing about any item",
    items={},
)

case(
    name="dc-zendesk-solved-numbered",
    **{"from": "safety@discord.com"},
    name_from="Hana Lim (Discord Trust & Safety)",
    date="Tue, 24 Sep 2024 06:02:51 +0000",
    subject="[Discord] Re: KCSC-240917-01 Request to remove unlawful content",
    reply_to_req=mid(R1),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_LINE}

Your request (48213377) has been solved. To reopen this request, reply to
this email.

Hana Lim (Discord Trust & Safety)

Sep 23, 2024, 23:02 PDT

Hello,

Thank you for your patience while our team went through your report. Here
is the outcome for each link you listed:

1. {D1}
   Message deleted.
2. {D2}
   Message deleted.
3. {D3}
   Unable to locate this message (unknown message ID).
4. {D4}
   Server removed from Discord.
5. {D5}
   This invite is invalid or has expired; we could not identify a server.
6. {D6}
   Message deleted and the posting account suspended.
7. {D7}
   Message deleted.
8. {D8}
   Reviewed. We found no violation of our Community Guidelines, so no action
   was taken.
9. {D9}
   Account disabled.
10. {D10}
   Message deleted.
11. {D11}
   Server removed from Discord.
12. {D12}
   Reviewed. No violation found; no action taken.

If you believe we got any of these wrong, just reply to this email with the
item number and any context you can share.

Best,
Hana
Discord Trust & Safety

KCSC Takedown

Sep 16, 2024, 18:14 PDT

Request KCSC-240917-01: removal of 12 items, list in the request email.

--------------------------------
This email is a service from Discord Trust & Safety.
[RK9X2-7PLQ]
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification with the agent's comment and ticket history",
    why="numbered list, status on the line below each URL: deleted/removed/disabled, cannot locate/invalid invite, no violation",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "removed", D5: "not_found",
           D6: "removed", D7: "removed", D8: "rejected", D9: "removed", D10: "removed",
           D11: "removed", D12: "rejected"},
)

case(
    name="dc-followup-partial-actioned",
    **{"from": "safety@discord.com"},
    name_from="Marco Bellini (Discord Trust & Safety)",
    date="Fri, 20 Sep 2024 17:40:02 +0000",
    subject="[Discord] Re: KCSC-240917-01 Request to remove unlawful content",
    reply_to_req=mid(R1),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_LINE}

Marco Bellini (Discord Trust & Safety)

Sep 20, 2024, 10:40 PDT

Hi there,

A quick interim update on ticket 48213377. We have actioned the following
three messages, which are no longer visible on Discord:

- {D1}
- {D2}
- {D6}

The remaining links in your report are still with our specialist team. I
will keep this ticket open and write again as soon as I have their results.

Marco
Discord Trust & Safety

[RK9X2-7PLQ]
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk public agent comment: interim update in the same ticket thread",
    why="three named messages actioned (removed); the unnamed rest stay pending",
    items={D1: "removed", D2: "removed", D6: "removed"},
)

case(
    name="dc-reply-to-reminder-top-posted",
    **{"from": "h.lim@discord.com"},
    name_from="Hana Lim",
    date="Wed, 25 Sep 2024 02:11:37 +0000",
    subject="Re: Reminder: KCSC-240917-01 items still online",
    body=f"""
Hello,

Sorry for the delay. On the three links from your reminder:

{D10} has now been deleted.

{D12} was reviewed by our team and does not break our Community Guidelines,
so it stays up.

{D8} is still under review with a specialist; I will update you on it
separately.

Kind regards,
Hana Lim
Trust & Safety | Discord

On Tue, 24 Sep 2024 at 18:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Discord team,
>
> Our request KCSC-240917-01 of 17 September 2024 is past its deadline. The
> following items were still reachable when we checked today:
>
> {D8}
> {D10}
> {D12}
>
> Please tell us what action has been taken.
>
> KCSC Takedown desk
""",
    outcome="applied",
    classification="confirmation",
    imitates="agent's personal top-posted reply above a Gmail-quoted reminder",
    why="D10 deleted, D12 left up with no violation (rejected), D8 'still under review' stays pending",
    items={D10: "removed", D12: "rejected", D8: "pending"},
)

case(
    name="dc-zendesk-html-table",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Mon, 23 Sep 2024 09:25:10 +0000",
    subject="[Discord] Update on your request 48213377 (KCSC-240917-01)",
    reply_to_req=mid(R1),
    type="html",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
<!DOCTYPE html>
<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2c2f33">
<p style="color:#b5b5b5">{ZD_LINE}</p>
<p><b>Ji-woo Park</b> (Discord Trust &amp; Safety)<br>
<span style="color:#8e9297">Sep 23, 2024, 02:25 PDT</span></p>
<p>Hello KCSC team,</p>
<p>We have completed our review of part of your report. The table below shows
the action taken for each link.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>Reported link</th><th>Action taken</th></tr>
<tr><td><a href="{D1}">{D1}</a></td><td>Content deleted</td></tr>
<tr><td><a href="{D3}">{D3}</a></td><td>Not found &ndash; message does not exist</td></tr>
<tr><td><a href="{D10}">{D10}</a></td><td>Content deleted</td></tr>
<tr><td><a href="{D11}">{D11}</a></td><td>Server removed</td></tr>
</table>
<p>The other items of this request are still open and will be answered in
this ticket.</p>
<p>Discord Trust &amp; Safety<br>
<a href="https://discord.com/guidelines">Community Guidelines</a></p>
<p style="color:#b5b5b5;font-size:11px">[RK9X2-7PLQ]</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk HTML agent comment with an outcome table",
    why="HTML table: two messages deleted, one not found, one server removed; guidelines link is no item",
    items={D1: "removed", D3: "not_found", D10: "removed", D11: "removed"},
)

case(
    name="dc-zendesk-default-domain",
    **{"from": "support@discordapp.zendesk.com"},
    name_from="Discord Trust & Safety",
    date="Sat, 21 Sep 2024 04:51:19 +0000",
    subject="[Discord] Re: KCSC-240917-01 Request to remove unlawful content",
    reply_to_req=mid(R1),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_LINE}

Sam Okafor (Discord Trust & Safety)

Sep 20, 2024, 21:51 PDT

Hi,

The message at {D6} has been removed and the
account that posted it was suspended.

Thanks,
Sam

[RK9X2-7PLQ]
""",
    outcome="review",
    review="unknown_sender",
    imitates="Zendesk notification sent from the helpdesk's default *.zendesk.com address instead of the platform domain",
    why="sender domain zendesk.com is no Discord sender domain: a person must check it before the removal counts",
    items={D6: "pending"},
)

case(
    name="dc-zendesk-satisfaction-survey",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Thu, 26 Sep 2024 06:05:00 +0000",
    subject="[Discord] How would you rate the support you received? (KCSC-240917-01)",
    reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body="""
Hello,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
https://discord.zendesk.com/requests/48213377/satisfaction/new/good?locale=1

Bad, I'm unsatisfied
https://discord.zendesk.com/requests/48213377/satisfaction/new/bad?locale=1

Here's a reminder of what your request was about:

Request #48213377 "KCSC-240917-01 Request to remove unlawful content" was
solved on Sep 23, 2024.

Discord Trust & Safety
""",
    outcome="review",
    review="not_understood",
    imitates="Zendesk customer-satisfaction survey sent after a ticket is solved",
    why="references the request but says nothing about any item; 'solved' is a ticket state, not a status",
    items={},
)

case(
    name="dc-auth-fail",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    auth="fail",
    date="Sun, 22 Sep 2024 11:30:44 +0000",
    subject="[Discord] Re: KCSC-240917-01 Request to remove unlawful content",
    reply_to_req=mid(R1),
    body=f"""
{ZD_LINE}

Hello,

We deleted the message {D7}
after reviewing it against our policies.

Discord Trust & Safety
""",
    outcome="review",
    review="untrusted",
    imitates="Zendesk agent comment whose DKIM/SPF/DMARC all fail at our gateway",
    why="from a Discord address but authentication fails: the deletion is not applied",
    items={D7: "pending"},
)

case(
    name="dc-bulk-all-actioned",
    **{"from": "safety@discord.com"},
    name_from="Priya Nair (Discord Trust & Safety)",
    date="Mon, 23 Sep 2024 15:17:26 +0000",
    subject="[Discord] Re: KCSC-240917-01 Request to remove unlawful content",
    reply_to_req=mid(R1),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_LINE}

Your request (48213377) has been solved. To reopen this request, reply to
this email.

Priya Nair (Discord Trust & Safety)

Sep 23, 2024, 08:17 PDT

Hello,

Thanks for flagging this. We have taken action on all of the content
reported in this ticket in line with our Community Guidelines.

Regards,
Priya

[RK9X2-7PLQ]
""",
    outcome="review",
    review="bulk",
    classification="confirmation",
    imitates="Zendesk solved notification with a one-line blanket outcome",
    why="'action on all of the content' for a 12-item request without naming any item: bulk",
    items={u: "pending" for u in DISCORD},
)

_csv = (
    "message_link,action,notes\r\n"
    f"{D6},Removed,Author suspended\r\n"
    f"{D7},Removed,\r\n"
    f"{D8},No action,No violation of Community Guidelines\r\n"
    f"{D9},Account disabled,\r\n"
)
case(
    name="dc-freshdesk-csv-attachment",
    **{"from": "legal-requests@discord.com"},
    name_from="Discord Legal Requests",
    date="Tue, 24 Sep 2024 20:48:03 +0000",
    subject="Re: [Ticket #77431] KCSC-240917-01 - outcome report",
    reply_to_req=mid(R1),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="fd-77431-b1"

--fd-77431-b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome report for four of the links in your
request KCSC-240917-01 (our ticket #77431). Each row gives the link and the
action we took.

Kind regards,
Discord Legal Requests

--fd-77431-b1
Content-Type: text/csv; charset=utf-8; name="ticket-77431-outcomes.csv"
Content-Disposition: attachment; filename="ticket-77431-outcomes.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--fd-77431-b1--
""",
    outcome="applied",
    classification="confirmation",
    imitates="Freshdesk reply with a CSV outcome report attached",
    why="CSV rows: two removed, one 'No action / no violation' (rejected), one account disabled (removed)",
    items={D6: "removed", D7: "removed", D8: "rejected", D9: "removed"},
)

case(
    name="dc-agent-out-of-office",
    **{"from": "m.bellini@discord.com"},
    name_from="Marco Bellini",
    date="Thu, 19 Sep 2024 08:00:12 +0000",
    subject="Automatic reply: KCSC-240917-01 Request to remove unlawful content",
    reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hi,

I am out of the office until Monday 23 September with limited access to
email. Your message has not been forwarded.

For urgent safety matters please use the usual reporting channel, and the
on-call Trust & Safety team will pick it up.

Marco
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from a Trust & Safety agent",
    why="out-of-office auto-reply",
    items={},
)

_orig_list = "\n".join(DISCORD)
case(
    name="dc-outlook-original-message",
    **{"from": "j.park@discord.com"},
    name_from="Ji-woo Park",
    date="Thu, 19 Sep 2024 23:55:30 +0000",
    subject="RE: KCSC-240917-01 Request to remove unlawful content",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Small update ahead of our full answer: the message {D2}
has been deleted by our team today.

We are still working through the other links and will reply in the ticket.

Best regards,
Ji-woo Park
Trust & Safety, Discord Inc.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 10:00 AM
To: safety@discord.com
Subject: KCSC-240917-01 Request to remove unlawful content

Dear Discord Trust & Safety,

Under the Act on Promotion of Information and Communications Network
Utilization, we ask you to remove the following 12 items within 7 days:

{_orig_list}

KCSC Takedown desk
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply with our original request below '-----Original Message-----'",
    why="only D2 is stated deleted; the 12 URLs below the Original Message line are our own quoted request",
    items={D2: "removed"},
)

case(
    name="dc-no-claims-portal-notice",
    **{"from": "noreply@discord.com"},
    name_from="Discord Government Requests",
    date="Wed, 25 Sep 2024 16:00:00 +0000",
    subject="Changes to how government agencies submit requests to Discord",
    body="""
Hello,

You are receiving this email because your agency has contacted Discord
Trust & Safety in the last twelve months.

From 1 October 2024, requests from government agencies should be sent
through our dedicated portal at https://discord.com/government-requests.
Requests sent by email will still be accepted during a transition period,
but answers may take longer.

The portal lets you track each request, see the outcome for every link and
download outcome reports.

Thank you,
Discord Government Requests team
""",
    outcome="review",
    review="no_claims",
    classification="other",
    imitates="platform notice to government requesters about a new request portal",
    why="trusted Discord mail naming no requested item and no request",
    items={},
)

case(
    name="dc-helpscout-bulleted-next-line",
    **{"from": "gov-requests@discord.com"},
    name_from="Aiko Tanaka (Discord)",
    date="Wed, 25 Sep 2024 09:33:48 +0000",
    subject="Re: KCSC-240917-01 Request to remove unlawful content [#3391]",
    reply_to_req=mid(R1),
    body=f"""
Aiko Tanaka replied to your conversation #3391.

Hi KCSC team,

Here is where we landed on the last four links:

* {D9}
  Account disabled for repeated violations.
* {D10}
  Message deleted.
* {D11}
  The server owner had already deleted this server before we reviewed it.
* {D12}
  Left up: the content does not breach our Guidelines.

Let me know if anything is unclear.

Aiko

--
Reply to this email to continue the conversation (#3391).
Discord Government Requests
""",
    outcome="applied",
    classification="confirmation",
    imitates="Help Scout 'X replied to your conversation' notification with a bulleted answer",
    why="bulleted URLs with status on the next line: disabled, deleted, already deleted by its owner (not_found), left up (rejected)",
    items={D9: "removed", D10: "removed", D11: "not_found", D12: "rejected"},
)

case(
    name="dc-jira-comment-notification",
    **{"from": "jira@discord.com"},
    name_from="Ana Ruiz (Jira)",
    date="Sat, 21 Sep 2024 13:02:27 +0000",
    subject="[JIRA] (TSR-4471) Takedown request KCSC-240917-01",
    reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Ana Ruiz commented on TSR-4471
------------------------------

Re: Takedown request KCSC-240917-01

Ana Ruiz commented:

Invite {D5} is invalid, no server exists behind it, so
there is nothing to act on.
Invite {D4}: the server was deleted by T&S today for
repeated gambling promotion.

Reply above this line to comment on the request.

View request · Turn off this request's notifications

This is shared with KCSC Takedown.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Jira Service Management 'commented on' customer notification",
    why="invalid invite (not_found) and a server deleted by the platform (removed)",
    items={D5: "not_found", D4: "removed"},
)

# ============================ Telegram (R2, 4 items) ============================

case(
    name="tg-followup-same-thread",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 14:20:05 +0000",
    subject="Re: KCSC-240917-02 Removal request (Case #2409170045)",
    reply_to_req=mid(R2),
    body=f"""
Hello,

Following up on Case #2409170045.

The public channel {T4} has been blocked for users in the
Republic of Korea.

The following posts were deleted:
{T1}
{T2}

Telegram Abuse Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="Telegram abuse-desk follow-up in the same case thread",
    why="channel blocked in Korea (restricted); the URLs on the lines after 'were deleted' removed",
    items={T4: "restricted", T1: "removed", T2: "removed"},
)

case(
    name="tg-partial-one-pending",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 20 Sep 2024 09:45:00 +0000",
    subject="Re: KCSC-240917-02 Removal request (Case #2409170045)",
    reply_to_req=mid(R2),
    body=f"""
Hi,

{T3} - removed.

{T4} - our moderators are still checking this channel, we will come back to
you on it.

Regards,
Telegram Abuse Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="Telegram abuse-desk partial answer",
    why="one post removed; the channel is 'still checking' and stays pending",
    items={T3: "removed", T4: "pending"},
)

case(
    name="tg-promise-only",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 07:12:41 +0000",
    subject="Re: KCSC-240917-02 Removal request (Case #2409170045)",
    reply_to_req=mid(R2),
    body=f"""
Hello,

Thank you for your report. We have passed
{T3}
and {T4} to our moderators. They will be processed within
48 hours and the content will be removed if it breaks our Terms of Service.

Telegram Abuse Team
""",
    outcome="review",
    review="not_understood",
    classification="confirmation",
    imitates="Telegram abuse-desk reply promising processing",
    why="names two items but only promises and conditions ('will be removed if'): nothing to apply",
    items={T3: "pending", T4: "pending"},
)

_dsn_text = """This is the mail system at host mail-out2.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mx.telegram.org[192.0.2.45] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown
"""
case(
    name="tg-dsn-reminder-bounced",
    **{"from": "MAILER-DAEMON@telegram.org"},
    name_from="Mail Delivery System",
    date="Tue, 24 Sep 2024 09:01:07 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7F3A21C0E9.1727168467/mail-out2.telegram.org"

--7F3A21C0E9.1727168467/mail-out2.telegram.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

{_dsn_text}
--7F3A21C0E9.1727168467/mail-out2.telegram.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out2.telegram.org
Arrival-Date: Tue, 24 Sep 2024 09:01:05 +0000

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.telegram.org
Diagnostic-Code: smtp; 550 5.1.1 <dsa-kr@telegram.org>: Recipient address
    rejected: User unknown

--7F3A21C0E9.1727168467/mail-out2.telegram.org
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: Reminder: KCSC-240917-02 items still online
Date: Tue, 24 Sep 2024 18:00:00 +0900
Message-ID: <reminder.KCSC-240917-02.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear Telegram team,

The following items of request KCSC-240917-02 were still online today:

{T3}
{T4}

Please tell us what action has been taken.

KCSC Takedown desk

--7F3A21C0E9.1727168467/mail-out2.telegram.org--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN returning our reminder (multipart/report with the original message)",
    why="delivery failure report; the URLs are in our own returned reminder",
    items={},
)

case(
    name="tg-gmail-quote-scheme-less",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Wed, 25 Sep 2024 03:33:10 +0000",
    subject="Re: Reminder: KCSC-240917-02 items still online",
    body="""
Hello,

t.me/cobalt_drift/57 - the author deleted this post themselves before our
moderators reached it, so there was nothing left for us to act on.

Best,
Telegram DSA team

On Tue, 24 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:

> Dear Telegram team,
>
> The following item of request KCSC-240917-02 was still online today:
>
> https://t.me/cobalt_drift/57
>
> Please tell us what action has been taken.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-style reply to our reminder, URL written without scheme",
    why="post deleted by its author before review: not_found; the quoted reminder states nothing",
    items={T3: "not_found"},
)

case(
    name="tg-url-line-after-statement",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 23 Sep 2024 12:08:55 +0000",
    subject="Re: KCSC-240917-02 Removal request (Case #2409170045)",
    reply_to_req=mid(R2),
    body=f"""
Hello,

The following channel has been made unavailable on all Telegram apps:
{T4}

We could not find this post; the message ID does not exist in the channel:
{T2}

Telegram Abuse Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="Telegram abuse-desk reply with each URL on the line below its statement",
    why="channel unavailable everywhere (removed); post cannot be found (not_found)",
    items={T4: "removed", T2: "not_found"},
)

# ============================ X (R3, 3 items) ============================

case(
    name="x-case-receipt",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Wed, 18 Sep 2024 00:20:31 +0000",
    subject="Case# 0391823374: Your report to X [ref:KCSC-240918-03]",
    reply_to_req=mid(R3),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We've received your report and created case number 0391823374.

Our team reviews reports in the order they arrive. You will receive an
email in this thread once a decision has been made. Please do not reply to
this message with the same report, as this can delay our review.

Thanks,
X Legal
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="X legal case-number receipt",
    why="pure receipt with a case number, no item statement",
    items={},
)

case(
    name="x-echoed-report-withheld",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Fri, 20 Sep 2024 18:44:02 +0000",
    subject="Case# 0391823374: Your report to X [ref:KCSC-240918-03]",
    reply_to_req=mid(R3),
    body=f"""
Hello,

Thank you for your report. Here is a copy of what you reported:

Reported content: {X1}
Reported content: {X2}
Reported by: Korea Communications Standards Commission
Legal basis: Information and Communications Network Act

Outcome: after review, we have withheld both posts listed above in South
Korea in response to your request. They remain visible elsewhere.

Thanks,
X Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="X legal reply echoing the report fields, then the country-withheld outcome",
    why="both echoed posts withheld in Korea: restricted",
    items={X1: "restricted", X2: "restricted"},
)

case(
    name="x-angle-bracket-no-violation",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Mon, 23 Sep 2024 21:10:19 +0000",
    subject="Case# 0391823374: Your report to X [ref:KCSC-240918-03]",
    reply_to_req=mid(R3),
    body=f"""
Hello,

We have reviewed the post below:

<{X3}>

We have determined that it does not violate the X Rules or applicable local
law. We are therefore not taking any action on it at this time.

Thanks,
X Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="X legal 'no action' decision with the URL in angle brackets",
    why="refusal with its reason: rejected",
    items={X3: "rejected"},
)

case(
    name="x-mdn-read-receipt",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Wed, 18 Sep 2024 02:05:44 +0000",
    subject="Read: KCSC-240918-03 Request to remove unlawful content",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-0391823374"

--mdn-0391823374
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: KCSC-240918-03 Request to remove unlawful content
  Sent: Wednesday, September 18, 2024 9:00 AM

was read on Wednesday, September 18, 2024 2:05 AM (UTC).

--mdn-0391823374
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Exchange
Final-Recipient: rfc822; legal@x.com
Original-Message-ID: <{mid(R3)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0391823374--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="read receipt only",
    items={},
)

case(
    name="x-freshdesk-resolved-with-quote",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Tue, 24 Sep 2024 15:27:40 +0000",
    subject="Ticket #552190 has been resolved - KCSC-240918-03",
    reply_to_req=mid(R3),
    body=f"""
Hi KCSC Takedown,

Your ticket #552190 has been marked as resolved.

Agent note:
We removed {X2} for violating our rules on
abusive behaviour. The other posts in your report are handled under case
0391823374 by X Legal.

If you feel the issue is not resolved, simply reply to this email and the
ticket will be reopened.

Regards,
X Support

> On 18 Sep 2024, KCSC Takedown <takedown@kcsc.example> wrote:
> Please remove the following posts:
> {X1}
> {X2}
> {X3}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Freshdesk 'ticket has been resolved' notification with agent note and quoted request",
    why="only X2 is stated removed; the quoted request lines starting with '>' state nothing",
    items={X2: "removed"},
)

# ============================ YouTube (R4 2 items, R7 1 item) ============================

case(
    name="yt-legal-actioned-and-geo",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 20 Sep 2024 11:03:37 +0000",
    subject="Re: [7-3391004821543] KCSC-240918-04 Request to remove unlawful content",
    reply_to_req=mid(R4),
    body=f"""
Hello,

Thanks for reaching out to us.

After reviewing your request, the content at {Y1}
has been actioned under our policies.

We have also restricted access to {Y2} in South Korea,
based on local law. It remains available in other countries.

For more information about how YouTube handles legal requests, please see
https://support.google.com/youtube/answer/2802057.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal support outcome email (ticket-numbered subject)",
    why="Y1 'actioned under our policies' (removed); Y2 restricted in Korea; help link is no item",
    items={Y1: "removed", Y2: "restricted"},
)

case(
    name="yt-sole-item-no-url",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 24 Sep 2024 07:15:22 +0000",
    subject="Re: [7-3391008870112] KCSC-240920-07 Request to remove unlawful content",
    reply_to_req=mid(R7),
    body="""
Hello,

We have reviewed the video identified in your notice and removed it from
YouTube for violating our harassment policy.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal support outcome without repeating the URL",
    why="one-item request: 'the video ... removed' applies to its only item",
    items={Y3: "removed"},
)

_yt_qp = f"""Hi there,

Thanks for your patience. We=E2=80=99ve reviewed the video you reported at {Y2} and applied an age restriction to it. It can no longer be viewed by signed-out users or by users under 18.

You can learn more about age-restricted content here: https://support.google.com/youtube/answer/2802167

Sincerely,
The YouTube Team
"""
case(
    name="yt-age-restricted-qp",
    **{"from": "noreply@youtube.com"},
    name_from="YouTube",
    date="Mon, 23 Sep 2024 05:41:09 +0000",
    subject="Update on your report (KCSC-240918-04)",
    reply_to_req=mid(R4),
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(_yt_qp.replace("=E2=80=99", "\u2019")),
    outcome="applied",
    classification="confirmation",
    imitates="YouTube report-outcome email, quoted-printable body with soft line breaks",
    why="age restriction applied to the short: restricted",
    items={Y2: "restricted"},
)

case(
    name="yt-hedge-appears-removed",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 21 Sep 2024 02:50:00 +0000",
    subject="Re: [7-3391008870112] KCSC-240920-07 Request to remove unlawful content",
    reply_to_req=mid(R7),
    body=f"""
Hello,

Thanks for your request. When we checked, the video at
{Y3} appears to have been taken down by the uploader
already. We are confirming this with our systems and will let you know.

Regards,
The YouTube Legal Support Team
""",
    outcome="review",
    review="not_understood",
    classification="confirmation",
    imitates="YouTube legal support interim reply with a hedged observation",
    why="'appears to have been taken down' plus 'confirming': a hedge, the item stays pending",
    items={Y3: "pending"},
)

case(
    name="yt-asks-more-info",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 06:30:12 +0000",
    subject="Re: [7-3391004821543] KCSC-240918-04 Request to remove unlawful content",
    reply_to_req=mid(R4),
    body=f"""
Hello,

Thanks for your request regarding {Y1}.

To continue our review, please reply with the following:

- the timestamp(s) in the video where the content appears;
- the specific provision of Korean law the content is alleged to violate;
- a copy of any decision or order relating to this content, if available.

We are unable to proceed until we receive this information.

Regards,
The YouTube Legal Support Team
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="YouTube legal support request for more information",
    why="platform asks for timestamps, legal basis and order before acting",
    items={Y1: "pending"},
)

case(
    name="yt-dsa-statement-of-reasons",
    **{"from": "noreply-legal@google.com"},
    name_from="YouTube Legal",
    date="Wed, 25 Sep 2024 10:10:10 +0000",
    subject="Decision on your notice [7-3391004821543] (KCSC-240918-04)",
    reply_to_req=mid(R4),
    body=f"""
Decision on your notice

Reference: 7-3391004821543
Content: {Y1}
Decision: Visibility restriction - content blocked in the notifier's country
Territorial scope: KR (South Korea)
Ground: Illegal content under local law
Automated detection used: No
Automated decision used: No

The content remains available outside the territory listed above. You may
contest this decision through https://support.google.com/legal/contact/appeal.

YouTube Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="DSA-style statement of reasons with decision and territorial scope fields",
    why="visibility restriction blocked in KR: restricted; appeal link is no item",
    items={Y1: "restricted"},
)

case(
    name="yt-ooo-korean",
    **{"from": "minseo.kang@google.com"},
    name_from="Minseo Kang",
    date="Thu, 26 Sep 2024 00:02:03 +0000",
    subject="자동 회신: KCSC-240918-04 Request to remove unlawful content",
    reply_to_req=mid(R4),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요.

9월 30일(월)까지 휴가로 부재중입니다. 이 기간에는 메일 확인이 어렵습니다.
법률 요청 관련 문의는 팀 공용 창구로 보내 주시기 바랍니다.

감사합니다.
강민서 드림
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto reply (자동 회신 / 부재중)",
    why="out-of-office auto-reply",
    items={},
)

# ============================ NAVER (R5, 5 items) ============================

case(
    name="naver-jira-result-table",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Mon, 23 Sep 2024 08:12:40 +0000",
    subject="[POL-20931] 시정요구 조치결과 회신 (KCSC-240919-05)",
    reply_to_req=mid(R5),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

귀 위원회의 시정요구(KCSC-240919-05)에 대한 조치 결과를 아래와 같이
회신드립니다.

[조치 결과]
번호 | URL | 처리 내용
1 | {N1} | 게시중단
2 | {N2} | 게시중단
3 | {N3} | 블라인드 처리
4 | {N4} | 게시물 없음(작성자 삭제)
5 | {N5} | 위반사항 없음(게시 유지)

문의 사항은 본 메일에 회신해 주시기 바랍니다.

네이버 정책지원팀 드림
--
이 메일은 요청 관리 시스템(POL-20931)에서 발송되었습니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean 시정요구 조치결과 text table sent from a Jira-style request tracker",
    why="게시중단 x2 and 블라인드 (removed), 게시물 없음/작성자 삭제 (not_found), 위반사항 없음 (rejected)",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "not_found", N5: "rejected"},
)

case(
    name="naver-receipt",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date="Thu, 19 Sep 2024 00:41:18 +0000",
    subject="[네이버 고객센터] 문의가 정상적으로 접수되었습니다 (KCSC-240919-05)",
    reply_to_req=mid(R5),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
접수번호: 2024091900318827

담당자가 확인 후 순차적으로 답변드릴 예정입니다.
답변은 본 메일 주소로 발송됩니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER customer-centre ticket receipt (문의 접수 안내)",
    why="pure receipt with a receipt number",
    items={},
)

case(
    name="naver-temp-measure-particles",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Fri, 20 Sep 2024 05:30:00 +0000",
    subject="RE: KCSC-240919-05 불법정보 삭제 요청",
    reply_to_req=mid(R5),
    body=f"""
안녕하세요.

요청하신 카페 게시물 중 {N3}은 임시조치(30일)되었으며,
{N4}에 대해서도 동일하게 임시조치하였습니다.

나머지 게시물은 관련 부서에서 검토하고 있습니다.

감사합니다.
네이버 정책지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 임시조치 notice in a thread reply, URLs followed directly by Korean particles",
    why="임시조치 of both cafe posts: restricted; the unnamed rest under review",
    items={N3: "restricted", N4: "restricted"},
)

case(
    name="naver-forwarded-internal",
    **{"from": "jihoon.seo@navercorp.com"},
    name_from="서지훈",
    date="Sat, 21 Sep 2024 01:18:49 +0000",
    subject="Fwd: [블로그운영] KCSC-240919-05 처리 결과",
    body=f"""
위원회 담당자님께,

블로그 운영팀에서 받은 내용 전달드립니다.

---------- Forwarded message ---------
보낸사람: 블로그운영팀 <blog-ops@navercorp.com>
Date: 2024년 9월 20일 (금) 오후 6:02
Subject: [블로그운영] KCSC-240919-05 처리 결과
To: 서지훈 <jihoon.seo@navercorp.com>

지훈님,
요청 건 중 블로그 게시물 {N1} 삭제 완료했습니다.
{N2} 건은 내일 처리 예정입니다.

블로그운영팀
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="Gmail-style forward of an internal team note by a NAVER employee",
    why="the statement is inside a forwarded message; a person checks before applying (N2 only promised anyway)",
    items={N1: "pending", N2: "pending"},
)

_naver_html = f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<h3>처리 결과 안내</h3>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>요청번호 KCSC-240919-05 관련하여 처리 결과를 안내드립니다.</p>
<ul>
<li><a href="{N2}">{N2}</a><br>
해당 블로그 게시물은 운영정책 위반으로 비공개 처리되었습니다.</li>
<li><a href="{N5.replace('&', '&amp;')}">{N5.replace('&', '&amp;')}</a><br>
관련 법령 및 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.</li>
</ul>
<p>감사합니다.<br>네이버 고객센터</p>
<p style="font-size:11px;color:#999">본 메일은 발신 전용입니다. <a href="https://help.naver.com/">고객센터</a></p>
</body></html>
"""
case(
    name="naver-base64-html",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date="Tue, 24 Sep 2024 02:22:11 +0000",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다",
    reply_to_req=mid(R5),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_naver_html)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER customer-centre answer email, base64 HTML list",
    why="blog post 비공개 처리 (removed); KiN post kept as no violation (rejected)",
    items={N2: "removed", N5: "rejected"},
)

case(
    name="naver-receipt-plus-statement",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date="Fri, 20 Sep 2024 00:05:33 +0000",
    subject="[네이버 고객센터] 문의 접수 및 1차 답변 (KCSC-240919-05)",
    reply_to_req=mid(R5),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

보내주신 요청이 접수되었습니다(접수번호 2024091900318827).

우선 확인된 사항을 안내드립니다. {N4} 게시물은
작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.

나머지 게시물은 담당 부서에서 검토 중이며, 결과가 나오는 대로 다시
안내드리겠습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER receipt that already carries a first item-level answer",
    why="receipt phrase plus an unhedged statement: post deleted by its author (not_found)",
    items={N4: "not_found"},
)

# ============================ Kakao (R6, 3 items) ============================

case(
    name="kakao-korean-raw-path",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 23 Sep 2024 03:00:45 +0000",
    subject="[카카오] 권리침해 신고 처리 결과 안내 (KCSC-240919-06)",
    reply_to_req=mid(R6),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 티스토리 게시물에 대한 처리 결과를 안내드립니다.

{K1_RAW} 게시물은 게시중단 조치되었습니다.

{K2}：임시조치(30일간 접근 차단). 기간 내 게시자의 이의제기가 없으면
삭제됩니다.

문의번호: 1093-4471-2208

카카오 고객센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 권리침해 신고 처리 결과 안내 (Tistory 게시중단/임시조치)",
    why="raw Korean-path URL 게시중단 (removed); second URL followed by a full-width colon, 임시조치 (restricted)",
    items={K1: "removed", K2: "restricted"},
)

case(
    name="kakao-daum-cafe-author-deleted",
    **{"from": "cs@daum.net"},
    name_from="Daum 고객센터",
    date="Tue, 24 Sep 2024 06:40:15 +0000",
    subject="Re: KCSC-240919-06 불법정보 삭제 요청",
    reply_to_req=mid(R6),
    body=f"""
안녕하세요. Daum 고객센터입니다.

문의하신 {K3} 게시글은 작성자가 이미 삭제하여
확인되지 않습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum cafe customer-centre reply about a post deleted by its author",
    why="already deleted by its author: not_found",
    items={K3: "not_found"},
)

case(
    name="kakao-lookalike-domain",
    **{"from": "notice@kakaocorp-cs.com"},
    name_from="카카오 고객센터",
    date="Wed, 25 Sep 2024 11:11:11 +0000",
    subject="[카카오] KCSC-240919-06 처리 완료 안내",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물 3건이 모두 삭제 처리되었습니다.

- {K1}
- {K2}
- {K3}

처리 내역 확인: https://kakaocorp-cs.com/ticket/view?id=88213

카카오 고객센터
""",
    outcome="review",
    review="unknown_sender",
    imitates="look-alike domain imitating a Kakao processing notice",
    why="kakaocorp-cs.com is no Kakao sender domain",
    items={K1: "pending", K2: "pending", K3: "pending"},
)

case(
    name="kakao-promise-korean",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date="Fri, 20 Sep 2024 08:25:00 +0000",
    subject="Re: KCSC-240919-06 불법정보 삭제 요청",
    reply_to_req=mid(R6),
    body=f"""
안녕하세요, 카카오 정책팀입니다.

요청하신 아래 게시물은 담당 부서에서 검토 후 조치할 예정입니다.

1. {K1_RAW}
2. {K2}
3. {K3}

처리 결과는 이 메일 스레드로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    classification="confirmation",
    imitates="Kakao policy team interim reply (검토 후 조치 예정)",
    why="names all three items but only promises action",
    items={K1: "pending", K2: "pending", K3: "pending"},
)

case(
    name="kakao-wrong-platform-item",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date="Thu, 26 Sep 2024 02:45:30 +0000",
    subject="Re: Reminder: KCSC-240919-06 items still online",
    body=f"""
안녕하세요, 카카오 정책팀입니다.

리마인더에 포함된 {N3} 게시글은 확인 결과
삭제 처리되었습니다.

감사합니다.
카카오 정책팀

2024년 9월 25일 (수) 오후 6:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 요청번호 KCSC-240919-06 중 아래 게시물이 아직 게시되어 있습니다.
>
> {N3}
> {K2}
""",
    outcome="review",
    review="wrong_platform",
    classification="confirmation",
    imitates="Kakao reply to a reminder that wrongly listed a NAVER cafe post",
    why="Kakao states a removal of a NAVER item: wrong platform, nothing applied",
    items={N3: "pending"},
)


HEADER = f"""# Blind set 218 (ticket systems and threads), written from each email's
# meaning before any run of the reader. Generated by make.py; do not edit.
# Requests: {R1} (discord, 12 items, largest), {R2} (telegram, 4),
# {R3} (x, 3), {R4} (youtube, 2), {R5} (naver, 5), {R6} (kakao, 3),
# {R7} (youtube, 1).
"""


def main():
    write_requests()
    # remove stale .eml files so the directory matches the case list
    cdir = os.path.join(HERE, "cases")
    if os.path.isdir(cdir):
        names = {c["name"] + ".eml" for c in CASES}
        for f in os.listdir(cdir):
            if f.endswith(".eml") and f not in names:
                os.remove(os.path.join(cdir, f))
    # Non-ASCII display names and subjects as RFC 2047 encoded-words, as
    # real mailers send them.
    for c in CASES:
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
