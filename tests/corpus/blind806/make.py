#!/usr/bin/env python3
"""Blind set 806: ticket systems and threads.

Zendesk / Freshdesk / Jira / HelpScout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; the expected results were written from each email's meaning
before the reader was ever run on them.

    python3 tests/corpus/blind806/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
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

corpuslib.DOMAIN_NAMES.update({"discord.com": "Discord", "kakaocorp.com": "Kakao"})

# ---------------------------------------------------------------- requests
D01 = "https://discord.gg/nightowlvault"
D02 = "https://discord.gg/k7PqR2mZ"
D03 = "https://discord.com/invite/glasslantern"
D04 = "https://discord.com/channels/1182400000000000001/1182400000000000017/1283300000000000041"
D05 = "https://discord.com/channels/1182400000000000001/1182400000000000017/1283300000000000042"
D06 = "https://discord.com/channels/1182400000000000001/1182400000000000023/1283300000000000107"
D07 = "https://discord.com/channels/1190500000000000009/1190500000000000031/1283900000000000555"
D08 = "https://cdn.discordapp.com/attachments/1190500000000000031/1283900000000000556/clip_0412.mp4"
D09 = "https://discord.gg/moonrivercrew"
D10 = "https://discord.com/channels/1190500000000000009/1190500000000000031/1283900000000000601"
D11 = "https://discord.gg/Tz9wLmQ4"
D12 = "https://discord.com/invite/paperkitehub"

X1 = "https://x.com/dfk_lumen_77/status/1831200000000000011"
X2 = "https://x.com/dfk_lumen_77/status/1831200000000000012"
X3 = "https://x.com/harbor_mist_kr/status/1831200000000000345"
X4 = "https://x.com/quietpine_03/status/1833900000000000777"

N1 = "https://blog.naver.com/silverfox_diary/223560001111"
N2 = "https://blog.naver.com/silverfox_diary/223560001122"
N3 = "https://cafe.naver.com/yellowbirdclub/88123"
N4 = "https://cafe.naver.com/yellowbirdclub/88157"

Y1 = "https://www.youtube.com/watch?v=Qm3vT8kLp2A"
Y2 = "https://www.youtube.com/shorts/Hn5wZr7Xc4E"

T1 = "https://t.me/velvet_orchard/412"
T2 = "https://t.me/velvet_orchard/415"
T3 = "https://t.me/velvet_orchard/420"
T4 = "https://t.me/pinecone_relay/77"
T5 = "https://t.me/pinecone_relay/81"

# Daum cafe 비밀방: stored percent-encoded, written raw in the emails.
K1 = "https://cafe.daum.net/%EB%B9%84%EB%B0%80%EB%B0%A9/Zx1K/204"
K2 = "https://cafe.daum.net/%EB%B9%84%EB%B0%80%EB%B0%A9/Zx1K/219"
K3 = "https://cafe.daum.net/hanbyeolstudy/AbC9/55"
K1_RAW = "https://cafe.daum.net/비밀방/Zx1K/204"
K2_RAW = "https://cafe.daum.net/비밀방/Zx1K/219"

REQUESTS = [
    ("KCSC-240903-01", "discord", "2024-09-03T10:20:00+09:00", "2024-09-10T23:59:59+09:00",
     [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12],
     "deepfake-sexual-abuse", "req-240903-01@kcsc.example", "servers and messages sharing synthetic images"),
    ("KCSC-240904-02", "x", "2024-09-04T11:30:00+09:00", "2024-09-11T23:59:59+09:00",
     [X1, X2, X3], "deepfake-sexual-abuse", "req-240904-02@kcsc.example", ""),
    ("KCSC-240905-03", "naver", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00",
     [N1, N2, N3, N4], "illegal-gambling", "req-240905-03@kcsc.example", "blog and cafe posts"),
    ("KCSC-240906-04", "youtube", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     [Y1, Y2], "deepfake-sexual-abuse", "req-240906-04@kcsc.example", ""),
    ("KCSC-240909-05", "telegram", "2024-09-09T10:05:00+09:00", "2024-09-16T23:59:59+09:00",
     [T1, T2, T3, T4, T5], "deepfake-sexual-abuse", "req-240909-05@kcsc.example", "two channels"),
    ("KCSC-240910-06", "daum", "2024-09-10T15:10:00+09:00", "2024-09-17T23:59:59+09:00",
     [K1, K2, K3], "illegal-gambling", "req-240910-06@kcsc.example", "Daum cafe posts"),
    ("KCSC-240911-07", "x", "2024-09-11T16:45:00+09:00", "2024-09-18T23:59:59+09:00",
     [X4], "defamation", "req-240911-07@kcsc.example", "single post"),
]


def write_requests():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def single_qp(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text))


def single_b64(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text) + "\n")


ZD_TOP = "##- Please type your reply above this line -##"
ZD_SUBJ = "[Discord Support] Re: KCSC-240903-01 removal request (12 links)"

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ Discord (Zendesk)
case(
    name="dc-zendesk-receipt",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Tue, 03 Sep 2024 10:24:51 +0900", subject=ZD_SUBJ, reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Your request (48213377) has been received and is being reviewed by our
Trust & Safety team.

Hello KCSC Takedown,

This is an automatic message to let you know that your report reached us
and that a ticket was opened for it. Someone from the team will answer in
this thread, so there is no need to send the same report a second time.

To add anything to this request, just reply to this email.
You can follow the request here: https://support.discord.com/hc/requests/48213377

Discord Trust & Safety

[ZD4K1-7QW3M]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'Your request (#) has been received' auto-acknowledgement (Discord support)",
    why="automatic ticket receipt; names no item and states nothing",
    items={},
)

case(
    name="dc-zendesk-solved-list",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Sat, 07 Sep 2024 10:12:40 +0900", subject=ZD_SUBJ, reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Your request (48213377) has been solved. To reopen this request, reply to this email.

Mira (Discord Trust & Safety)
Sep 6, 2024, 18:12 PDT

Hello,

Thanks for your report. Our team went through the first six links of
your request and this is what we did:

1. {D01} - the server behind this invite has been removed from Discord.
2. {D02} - server removed.
3. {D03} - this invite is invalid or expired, so we could not locate the server it pointed to.
4. {D04} - message deleted and the author's account disabled.
5. {D05} - message deleted.
6. {D06} - we reviewed this message and it does not break our Community Guidelines or Terms of Service, so no action was taken.

The remaining links of your report are handled in a separate ticket and
you will hear from us there.

How we enforce our rules: https://discord.com/safety/360044103651

Best,
Mira
Discord Trust & Safety

[ZD4K1-7QW3M]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been solved' notification carrying an agent's numbered answer",
    why="numbered list, one unhedged outcome per link",
    items={D01: "removed", D02: "removed", D03: "not_found", D04: "removed", D05: "removed", D06: "rejected"},
)

case(
    name="dc-zendesk-thread-followup",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Fri, 13 Sep 2024 18:40:02 +0900", subject=ZD_SUBJ, reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Tomas (Discord Trust & Safety)
Sep 13, 2024, 02:40 PDT

Hi there,

Following up on your reminder, here is where the remaining links stand.

{D07}
Removed. The message was deleted and the server owner received a warning.

{D08}
Removed; the file is no longer served from our CDN.

{D10}
Removed.

{D09}
Our specialist team is still looking at this server. I will reply here once they are done.

Thanks,
Tomas

--------------------------------

KCSC Takedown
Sep 12, 2024, 17:05 GMT+9

Dear Discord Trust & Safety,

This is a reminder about our request KCSC-240903-01 of 3 September. The
following items are still pending on our side:
{D07}
{D08}
{D09}
{D10}
{D11}
{D12}

Korea Communications Standards Commission

--------------------------------

Tomas (Discord Trust & Safety)
Sep 5, 2024, 11:02 PDT

Hi, thanks for the report. We are looking into the links and will get
back to you in this ticket.

[ZD4K1-7QW3M]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk comment-update email with the full ticket history below the newest comment (newest first)",
    why="newest comment: three links removed, the server still with specialists; the history below is our reminder and an earlier holding reply",
    items={D07: "removed", D08: "removed", D10: "removed", D09: "pending"},
)

case(
    name="dc-bulk-all-actioned",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Mon, 16 Sep 2024 09:03:11 +0900", subject=ZD_SUBJ, reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Your request (48213377) has been solved. To reopen this request, reply to this email.

Priya (Discord Trust & Safety)
Sep 15, 2024, 17:01 PDT

Hello,

We have finished reviewing the links in request KCSC-240903-01 and have
taken action on all of the reported content in line with our Community
Guidelines. Under our privacy policy we cannot share the details of the
action taken against each individual account.

Thank you for helping keep Discord safe.

Priya
Discord Trust & Safety

[ZD4K1-7QW3M]
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Trust & Safety closing reply that confirms action on 'all reported content' without per-link detail",
    why="one statement for a 12-item request, no link named",
    items={},
)

case(
    name="dc-promise-will-remove",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Wed, 11 Sep 2024 08:55:30 +0900", subject=ZD_SUBJ, reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Jin (Discord Trust & Safety)
Sep 10, 2024, 16:55 PDT

Hi KCSC team,

Thanks for following up. I have escalated the two invite links below to
our Safety team. Once their investigation is complete, the servers will be
removed if they are found to break our rules.

{D01}
{D02}

I'll update this ticket as soon as I hear back from them.

Jin

[ZD4K1-7QW3M]
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Zendesk agent reply escalating links ('will be removed if found to violate')",
    why="a conditional promise, no outcome; the two named items stay pending",
    items={D01: "pending", D02: "pending"},
)

case(
    name="dc-untrusted-solved",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    auth="fail",
    date="Tue, 17 Sep 2024 11:20:45 +0900", subject=ZD_SUBJ, reply_to_req="req-240903-01",
    body=f"""
{ZD_TOP}

Your request (48213377) has been solved. To reopen this request, reply to this email.

Hello,

Update on the links still open in your request:

- {D09} : server removed
- {D11} : server removed

Discord Trust & Safety

[ZD4K1-7QW3M]
""",
    outcome="review", review="untrusted",
    imitates="Zendesk solved notification, but arriving with failed DKIM/SPF/DMARC for discord.com",
    why="statements look clear but the sender domain fails authentication",
    items={D09: "pending", D11: "pending"},
)

case(
    name="dc-ooo-agent",
    **{"from": "tomas.k@discord.com"}, name_from="Tomas K.",
    date="Thu, 19 Sep 2024 02:14:09 +0900",
    subject="Automatic reply: " + ZD_SUBJ,
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hi,

I'm out of the office until Monday 23 September with limited access to
email. Tickets in the Trust & Safety queue are still being worked on by the
team. For anything urgent please write to safety@discord.com.

Thanks,
Tomas
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange out-of-office reply from an individual agent",
    why="out-of-office auto-reply",
    items={},
)

CSV_DC = f"""reported_url,outcome,detail
{D09},server_removed,Server deleted for violating Community Guidelines
{D11},invalid_invite,Invite expired or never existed; no server could be found
{D12},no_action,Reviewed: no violation of Community Guidelines found
{D06},content_removed,Message deleted
"""

case(
    name="dc-csv-attachment",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Wed, 18 Sep 2024 07:31:00 +0900", subject=ZD_SUBJ, reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="zd-7QW3M-mixed"

--zd-7QW3M-mixed
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{ZD_TOP}

Priya (Discord Trust & Safety)
Sep 17, 2024, 15:31 PDT

Hello,

The outcome for the links of your request that were still open is in the
attached CSV, one row per link.

Priya
Discord Trust & Safety

[ZD4K1-7QW3M]

--zd-7QW3M-mixed
Content-Type: text/csv; charset=utf-8; name="48213377_outcomes.csv"
Content-Disposition: attachment; filename="48213377_outcomes.csv"
Content-Transfer-Encoding: base64

{b64(CSV_DC)}
--zd-7QW3M-mixed--
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent reply with a per-link outcome export attached as CSV",
    why="CSV rows: server removed, invalid invite (not found), no violation (rejected), message deleted",
    items={D09: "removed", D11: "not_found", D12: "rejected", D06: "removed"},
)

HTML_DC = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#999">{ZD_TOP}</p>
<p><b>Mira</b> (Discord Trust &amp; Safety)<br>Sep 9, 2024, 22:47 PDT</p>
<p>Hello,</p>
<p>Here are the results for the message links in your request KCSC-240903-01:</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Link</th><th>Result</th></tr>
<tr><td><a href="{D04}">{D04}</a></td><td>Content removed</td></tr>
<tr><td><a href="{D05}">{D05}</a></td><td>Content removed</td></tr>
<tr><td><a href="{D07}">{D07}</a></td><td>Channel age-restricted (18+ gate applied)</td></tr>
<tr><td><a href="{D10}">{D10}</a></td><td>No violation found &ndash; left in place</td></tr>
</table>
<p>You can read about age-restricted channels at <a href="https://support.discord.com/hc/articles/115000084051">our Help Center</a>.</p>
<p>Best,<br>Mira<br>Discord Trust &amp; Safety</p>
<p style="color:#999">[ZD4K1-7QW3M]</p>
</body></html>
"""

case(
    name="dc-html-table-solved",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Tue, 10 Sep 2024 14:47:20 +0900", subject=ZD_SUBJ, reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    raw_mime=single_qp(HTML_DC, "html"),
    outcome="applied", classification="confirmation",
    imitates="Zendesk HTML notification (quoted-printable) with an agent's results table",
    why="table: two removed, one age-restricted (restricted), one no violation (rejected)",
    items={D04: "removed", D05: "removed", D07: "restricted", D10: "rejected"},
)

case(
    name="dc-partial-answer",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Thu, 05 Sep 2024 16:02:33 +0900", subject=ZD_SUBJ, reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Mira (Discord Trust & Safety)
Sep 5, 2024, 00:02 PDT

Hello,

We have finished part of the review. The three invite links at the top of
your report have been disabled and the servers behind them removed:

<{D01}>
<{D02}>
<{D03}>

The message links and the attachment are still with a specialist team.
I'll reply in this thread as soon as I have their decision.

Mira

[ZD4K1-7QW3M]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent's partial answer in an open ticket (some links done, the rest still in review)",
    why="three named invites disabled and servers removed; the rest not named and still in review",
    items={D01: "removed", D02: "removed", D03: "removed"},
)

case(
    name="dc-forwarded-by-colleague",
    **{"from": "jiyoon.park@kcsc.example"}, name_from="Park Jiyoon",
    date="Fri, 13 Sep 2024 09:12:00 +0900",
    subject="Fwd: Re: KCSC-240903-01 removal request (12 links)",
    body=f"""
FYI - this reached my own inbox instead of the takedown mailbox. Forwarding
so it gets recorded.

Jiyoon

---------- Forwarded message ---------
From: Discord Trust & Safety <safety@discord.com>
Date: Thu, Sep 12, 2024 at 6:30 PM
Subject: Re: KCSC-240903-01 removal request (12 links)
To: Park Jiyoon <jiyoon.park@kcsc.example>

Hello,

Two of the links from your request:

{D11} - this invite is no longer valid and we could not find a server behind it.
{D12} - server removed.

Discord Trust & Safety
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail forward by a colleague of a platform reply sent to her personal address",
    why="the statements come from a forwarded message, not from Discord's authenticated mail",
    items={D11: "pending", D12: "pending"},
)

case(
    name="dc-auto-solved-no-detail",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Thu, 19 Sep 2024 12:00:04 +0900", subject="[Discord Support] Request #48213377 solved: KCSC-240903-01 removal request (12 links)",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Hello,

Your request #48213377 "KCSC-240903-01 removal request (12 links)" has been
set to solved because we have not heard from you in a while.

If you still need help, reply to this email within 7 days and the request
will reopen. After that, please open a new request at
https://support.discord.com/hc/requests/new

Discord Support

[ZD4K1-7QW3M]
""",
    outcome="review", review="not_understood",
    imitates="Zendesk automation 'request set to solved' after inactivity",
    why="names our request but says nothing about any link: a clerk should see the ticket was closed without a full answer",
    items={},
)

case(
    name="dc-agent-prose-mixed",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Sat, 14 Sep 2024 04:21:55 +0900", subject=ZD_SUBJ, reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Jin (Discord Trust & Safety)
Sep 13, 2024, 12:21 PDT

Hi KCSC team,

Jin here, I've picked up ticket 48213377 from my colleague. I checked the
three links you asked about in your last message.

The invite {D11} has expired and does not lead to any server, so there is
nothing we can locate behind it. We reviewed the server at
{D12} and did not find anything that breaks our Community Guidelines,
so it stays up. As for {D09}, that server was removed on 11 September.

Let me know if there is anything else.

Jin

[ZD4K1-7QW3M]
""",
    outcome="applied", classification="confirmation",
    imitates="HelpScout/Zendesk agent writing prose in an ongoing ticket",
    why="expired invite (not found), reviewed and stays up (rejected), server removed",
    items={D11: "not_found", D12: "rejected", D09: "removed"},
)

case(
    name="dc-ack-plus-result",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Sun, 15 Sep 2024 03:10:10 +0900", subject=ZD_SUBJ, reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_TOP}

Tomas (Discord Trust & Safety)
Sep 14, 2024, 11:10 PDT

Hi,

Thanks for your patience, we received your follow-up. The attachment you
pointed to,
{D08}
has been deleted and the account that uploaded it is banned.

Tomas

[ZD4K1-7QW3M]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent reply opening with a receipt phrase and carrying a result",
    why="'we received your follow-up' plus an unhedged deletion: not a pure acknowledgement",
    items={D08: "removed"},
)

QP_DC = f"""
Hello,

Thank you for the report (request 48213377). After review, the following
messages were deleted from the server:

{D04}
{D05}
{D06}

The remaining links are still being looked at.

Discord Trust & Safety
https://discord.com/guidelines
"""

case(
    name="dc-qp-long-links",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Sun, 08 Sep 2024 13:44:00 +0900", subject=ZD_SUBJ, reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    raw_mime=single_qp(QP_DC),
    outcome="applied", classification="confirmation",
    imitates="ticket reply in quoted-printable whose long message links are split by soft line breaks",
    why="three named message links deleted; the rest unnamed and still in review",
    items={D04: "removed", D05: "removed", D06: "removed"},
)

case(
    name="dc-bulleted-reminder-reply",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 11:26:40 +0900",
    subject="Re: Reminder: KCSC-240903-01 - items still pending", reply_to_req="req-240903-01",
    body=f"""
Hello,

Thanks for the reminder. Status of the links you listed:

\u2022 {D07} \u2014 removed
\u2022 {D08} \u2014 deleted from our CDN
\u2022 {D10} \u2014 reviewed, no violation, left in place

Regards,
Discord Trust & Safety

On Thu, Sep 12, 2024 at 5:05\u202fPM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Discord Trust & Safety,
>
> Our request KCSC-240903-01 of 3 September is past its deadline. These
> items are still pending:
> {D07}
> {D08}
> {D10}
> {D11}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply to our reminder, bulleted answer over the quoted reminder",
    why="bullets: removed, deleted, no violation (rejected); the fourth link appears only in the quoted reminder",
    items={D07: "removed", D08: "removed", D10: "rejected"},
)

# ================================================================ X
case(
    name="x-case-receipt",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Wed, 04 Sep 2024 11:33:02 +0900",
    subject="Case# 0231977654: KCSC-240904-02 [ ref:_00Dx0Kq._5004Wq8Zt:ref ]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thanks for reaching out. We have received your report and opened a case
for it.

Case number: 0231977654

Our team will review it and contact you if we need more information.
Please keep the case number in the subject line if you write to us about
this matter.

X Support
https://help.x.com/en/forms
""",
    outcome="ignored",
    imitates="X (Salesforce case system) automatic case-opened receipt",
    why="pure receipt with a case number; no item, no outcome",
    items={},
)

case(
    name="x-withheld-kr-thread",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 20:15:44 +0900",
    subject="Re: KCSC-240904-02 removal request (3 posts) Case# 0231977654", reply_to_req="req-240904-02",
    body=f"""
Hello,

We have reviewed your request (case 0231977654) and taken the following action.

Withheld in South Korea:
{X1}
{X2}

We did not find the following post to be in violation of the X Rules or
local law, and it has not been actioned:
{X3}

Regards,
X Legal

On Wed, Sep 4, 2024 at 11:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Under our procedure we request the removal of the following posts:
> 1. {X1}
> 2. {X2}
> 3. {X3}
>
> Reference: KCSC-240904-02
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team's country-withheld answer top-posted over the quoted request",
    why="two posts withheld in Korea (restricted), one found not violating (rejected)",
    items={X1: "restricted", X2: "restricted", X3: "rejected"},
)

case(
    name="x-single-bulk-one-item",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 10:02:10 +0900",
    subject="Re: KCSC-240911-07 removal request (1 post)", reply_to_req="req-240911-07",
    body="""
Hello,

Following our review, the reported content has been removed for violating
the X Rules.

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X short outcome email ('the reported content has been removed') answering a one-post request",
    why="one statement, one-item request: it can only be about that post",
    items={X4: "removed"},
)

case(
    name="x-reply-to-reminder",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 17 Sep 2024 09:47:31 +0900",
    subject="RE: Reminder: KCSC-240904-02 - items still pending", reply_to_req="req-240904-02",
    body=f"""
Hi,

Following your reminder: after a second review, the post
{X3} has now been removed.

The other items of this request were answered in our earlier reply in
case 0231977654.

Best regards,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 4:00 PM
To: legal@x.com
Subject: Reminder: KCSC-240904-02 - items still pending

Dear X Legal,

The following item of our request KCSC-240904-02 is still pending:
{X3}

Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style reply to our reminder over an '-----Original Message-----' block",
    why="one named post removed after a second review; no new statement on the others",
    items={X3: "removed"},
)

case(
    name="x-hedge-appears",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 13:05:09 +0900",
    subject="Re: KCSC-240904-02 removal request (3 posts) Case# 0231977654", reply_to_req="req-240904-02",
    body=f"""
Hello,

We looked into the two posts below. They appear to have been deleted by the
account holder before our review, but we are not able to confirm this from
our side at the moment.

{X1}
{X2}

We will follow up once we have more information.

X Legal
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="X legal reply with a hedged 'appear to have been deleted' and a promise to follow up",
    why="hedge and no confirmation: the two named posts stay pending",
    items={X1: "pending", X2: "pending"},
)

MDN_X = """
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-x-5521"

--mdn-x-5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

This is a receipt for the mail you sent to legal@x.com at 9/4/2024 11:30 AM.

This receipt verifies that the message has been displayed on the recipient's
computer at 9/4/2024 3:12 PM.

--mdn-x-5521
Content-Type: message/disposition-notification
Content-Transfer-Encoding: 7bit

Reporting-UA: mail.x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <req-240904-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-x-5521--
"""

case(
    name="x-mdn-read",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 15:12:30 +0900",
    subject="Read: KCSC-240904-02 removal request (3 posts)", reply_to_req="req-240904-02",
    raw_mime=MDN_X,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (message/disposition-notification)",
    why="read receipt only",
    items={},
)

case(
    name="x-echoed-report-result",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Tue, 10 Sep 2024 22:40:00 +0900",
    subject="Case# 0231977654: update on your report [ ref:_00Dx0Kq._5004Wq8Zt:ref ]",
    body=f"""
Hello,

Thanks for your report. Here is a summary:

Report ID: 0231977654
Reported content: {X2}
Reported for: Illegal content under local law (South Korea)

Our decision: after reviewing the reported content against the applicable
local law, we have withheld this post in South Korea. It remains available
in other countries.

More about country-withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome notice that echoes the reported URL above 'Our decision'",
    why="decision for the echoed post: withheld in Korea (restricted)",
    items={X2: "restricted"},
)

HTML_X = f"""<html><body>
<div style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#0f1419">
<p>Hello,</p>
<p>We have completed our review of case 0231977654 (your reference KCSC-240904-02).</p>
<ul>
<li><a href="{X1}">{X1}</a><br>We removed this post for violating our synthetic and manipulated media policy.</li>
<li><a href="{X3}">{X3}</a><br>Withheld in: South Korea</li>
</ul>
<p>This case is now closed. If you have further questions, reply to this email.</p>
<p>X Legal<br><a href="https://help.x.com/en/rules-and-policies">X Rules and policies</a></p>
</div>
</body></html>
"""

case(
    name="x-html-solved",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 08:20:00 +0900",
    subject="Re: KCSC-240904-02 removal request (3 posts) Case# 0231977654", reply_to_req="req-240904-02",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="alt-x-0231"

--alt-x-0231
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HTML_X)}
--alt-x-0231--
""",
    outcome="applied", classification="confirmation",
    imitates="X case-closed HTML email listing each post with its outcome",
    why="one post removed, one withheld in South Korea (restricted)",
    items={X1: "removed", X3: "restricted"},
)

# ================================================================ YouTube
YT_LEGAL = f"""
Hello,

Thanks for contacting Google.

In response to your legal request we have blocked the following content
from view in South Korea:

- {Y1}

In addition, on review we removed the following content for violating
YouTube's Community Guidelines:

- {Y2}

Please note that we may send a copy of legal notices we receive to the
Lumen project (https://www.lumendatabase.org) for publication.

Regards,
The Google Team
"""

case(
    name="yt-legal-ticket-outcome",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 03:22:18 +0900",
    subject="[5-8812000031877] Re: KCSC-240906-04 YouTube content", reply_to_req="req-240906-04",
    raw_mime=single_b64(YT_LEGAL),
    outcome="applied", classification="confirmation",
    imitates="Google legal removals ticket reply ('[5-...]' subject), base64 body",
    why="one video blocked in Korea (restricted), one short removed",
    items={Y1: "restricted", Y2: "removed"},
)

case(
    name="yt-followup-more-info",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 06:10:44 +0900",
    subject="[5-8812000031877] Re: KCSC-240906-04 YouTube content", reply_to_req="req-240906-04",
    body=f"""
Hello,

Thanks for your message. To process your request for
{Y1}
we need some additional information:

1. the time stamps in the video where the content you report appears;
2. the specific provision of Korean law you believe the content breaks.

We are unable to proceed with this item until we receive these details.
Please reply to this email keeping the ticket number in the subject.

Regards,
The Google Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal support asking for time stamps and legal basis before acting",
    why="asks for more information; nothing decided",
    items={Y1: "pending"},
)

case(
    name="yt-age-restricted-reply-reminder",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date="Tue, 17 Sep 2024 05:01:30 +0900",
    subject="[5-8812000031877] Re: Reminder: KCSC-240906-04", reply_to_req="req-240906-04",
    body=f"""
Hello,

Thank you for your reminder.

Following review, {Y1} has been age-restricted.

{Y2} is still under review by our team; we will follow up in this thread.

Regards,
The Google Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal reply to a reminder: one item age-restricted, one still under review",
    why="age-restricted (restricted); 'still under review' leaves the short pending",
    items={Y1: "restricted", Y2: "pending"},
)

case(
    name="yt-outlook-topreply",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 02:44:02 +0900",
    subject="RE: KCSC-240906-04 removal request (2 items)", reply_to_req="req-240906-04",
    body=f"""
Hello,

The short {Y2} has been actioned under our policies.

Regards,
The Google Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 2:00 PM
To: legal-kr@google.com
Subject: KCSC-240906-04 removal request (2 items)

Dear YouTube Legal team,

Please remove the following content:
{Y1}
{Y2}

Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Google reply over an Outlook '-----Original Message-----' block, using the configured 'actioned under our policies' phrase",
    why="the short actioned (removed); the video appears only in our quoted request",
    items={Y2: "removed"},
)

case(
    name="yt-unknown-sender",
    **{"from": "removals@yt-legal-desk.com"}, name_from="YouTube Legal Removals Desk",
    date="Sat, 14 Sep 2024 17:30:00 +0900",
    subject="Completed: KCSC-240906-04",
    body=f"""
Dear KCSC,

Your request KCSC-240906-04 has been completed. Both items below were
removed from YouTube:

{Y1}
{Y2}

Removals Desk
""",
    outcome="review", review="unknown_sender",
    imitates="removals-vendor style completion notice from a domain that is not YouTube's",
    why="claims outcomes for our request but comes from no platform's domain",
    items={Y1: "pending", Y2: "pending"},
)

# ================================================================ NAVER
case(
    name="naver-receipt-echo",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Thu, 05 Sep 2024 09:42:10 +0900",
    subject="[네이버 고객센터] 문의 접수 완료 안내 (접수번호 2409-0512-7781)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
담당 부서에서 내용을 확인한 뒤 순차적으로 답변드리겠습니다.

■ 접수번호: 2409-0512-7781
■ 접수일시: 2024.09.05 09:41
■ 문의 내용:
[KCSC-240905-03] 게시물 삭제 요청
{N1}
{N2}
{N3}
{N4}

※ 본 메일은 발신 전용입니다. 추가 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="ignored",
    imitates="NAVER 고객센터 문의 접수 완료 안내, echoing the submitted request text",
    why="pure receipt; the URLs are only our own request echoed back",
    items={},
)

case(
    name="naver-result-list-korean",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 17:20:00 +0900",
    subject="[네이버 고객센터] 답변 안내 (접수번호 2409-0512-7781)", reply_to_req="req-240905-03",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240905-03)의 처리 결과를 안내드립니다.

1) {N1} 게시물은 게시중단 처리되었습니다.
2) 블로그 게시물（{N2}）은 임시조치(30일) 되었습니다.
3) {N3} 게시글은 카페 운영원칙 위반으로 운영자 삭제되었습니다.
4) {N4}은 게시물이 존재하지 않아 조치가 불가합니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 답변: 게시중단 / 임시조치 / 운영자 삭제 / 게시물 없음 per URL",
    why="게시중단 (removed), 임시조치 (restricted), 운영자 삭제 (removed), 존재하지 않음 (not found)",
    items={N1: "removed", N2: "restricted", N3: "removed", N4: "not_found"},
)

case(
    name="naver-followup-thread-partial",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 14:05:51 +0900",
    subject="RE: [독촉] KCSC-240905-03 미처리 게시물", reply_to_req="req-240905-03",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

재요청 주신 건 회신드립니다.

- {N1} : 블라인드 처리 완료
- {N4} : 현재 검토 중이며 결과는 추후 안내드리겠습니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 10:00 AM
To: policy@navercorp.com
Subject: [독촉] KCSC-240905-03 미처리 게시물

아래 게시물이 아직 처리되지 않았습니다. 조치 결과를 회신해 주시기 바랍니다.
{N1}
{N4}

방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team's reply to our reminder (독촉) over an Outlook original-message block",
    why="블라인드 (removed) for one; the other still 검토 중 (pending)",
    items={N1: "removed", N4: "pending"},
)

case(
    name="naver-bulk-korean",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 11:11:11 +0900",
    subject="RE: KCSC-240905-03 게시물 삭제 요청", reply_to_req="req-240905-03",
    body="""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 4건에 대해 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="short Korean portal reply: 요청하신 게시물 N건 모두 게시중단 완료",
    why="one statement about all four items without naming any",
    items={},
)

CSV_NV = f"""URL,조치결과,비고
{N1},삭제,작성자 이용정지
{N2},게시중단,
{N3},임시조치,30일
{N4},해당 게시물 없음,작성자가 이미 삭제
"""

case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Tue, 10 Sep 2024 16:30:00 +0900",
    subject="RE: KCSC-240905-03 게시물 삭제 요청 - 조치결과", reply_to_req="req-240905-03",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="nv-result-0910"

--nv-result-0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요, 네이버 정책지원팀입니다.

KCSC-240905-03 건의 조치결과를 첨부 파일로 보내드립니다.

감사합니다.
''')}

--nv-result-0910
Content-Type: text/csv; charset=utf-8; name="KCSC-240905-03_result.csv"
Content-Disposition: attachment; filename="KCSC-240905-03_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_NV)}
--nv-result-0910--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 조치결과 spreadsheet sent as a CSV attachment",
    why="CSV: 삭제, 게시중단 (removed), 임시조치 (restricted), 해당 게시물 없음 (not found)",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found"},
)

# ================================================================ Telegram
case(
    name="tg-case-results-bare-urls",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 21:08:00 +0900",
    subject="Re: KCSC-240909-05 report (5 links) - Case #5531207", reply_to_req="req-240909-05",
    body=f"""
Hello,

Thank you for your report, Case #5531207.
We have reviewed the links you sent. Results:

{T1}
Blocked.

{T2}
Blocked for users in South Korea.

{T3}
No violation of the Telegram Terms of Service was found.

{T4}
Could not be found - this post does not exist.

{T5}
Blocked.

--
The Telegram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk case reply: bare URL, status on the line below",
    why="blocked (removed), blocked in Korea (restricted), no violation (rejected), does not exist (not found), blocked",
    items={T1: "removed", T2: "restricted", T3: "rejected", T4: "not_found", T5: "removed"},
)

case(
    name="tg-followup-reply-to-reminder",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 19:45:30 +0900",
    subject="Re: Reminder: KCSC-240909-05 - Case #5531207", reply_to_req="req-240909-05",
    body=f"""
Hi,

Case #5531207. Regarding your reminder: the posts
{T4} and {T5}
have been taken down together with the channel that carried them.

--
The Telegram Team

On Tue, Sep 17, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> The following items of request KCSC-240909-05 are still pending:
> {T1}
> {T2}
> {T3}
> {T4}
> {T5}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply to our reminder above the Gmail-quoted reminder",
    why="two named posts taken down; the other three only in the quoted reminder",
    items={T4: "removed", T5: "removed"},
)

case(
    name="tg-hedge-may",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 12:30:00 +0900",
    subject="Re: KCSC-240909-05 report (5 links) - Case #5531207", reply_to_req="req-240909-05",
    body=f"""
Hello,

Some of the posts you listed, for example {T1} and
{T2}, may already have been deleted by the channel owner.
We will check the remaining ones and let you know.

--
The Telegram Team
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Telegram holding reply with 'may already have been deleted' and a promise",
    why="hedge ('may have been') plus a promise: nothing stated",
    items={T1: "pending", T2: "pending"},
)

DSN_TG = f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-8F1A2B"

--dsn-8F1A2B
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mail.telegram.org[203.0.113.25] said: 550 5.1.1
    <dsa@telegram.org>: Recipient address rejected: mailbox full (in reply to
    RCPT TO command)

--dsn-8F1A2B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 17 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.telegram.org
Diagnostic-Code: smtp; 550 5.1.1 <dsa@telegram.org>: Recipient address rejected

--dsn-8F1A2B
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: KCSC-240909-05
Date: Tue, 17 Sep 2024 10:00:00 +0900
Message-ID: <reminder.KCSC-240909-05.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear Telegram,

The following items of request KCSC-240909-05 are still pending:
{T1}
{T2}
{T3}

--dsn-8F1A2B--
"""

case(
    name="tg-bounce-dsn",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Tue, 17 Sep 2024 10:00:05 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=DSN_TG,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for our reminder to Telegram, with the returned message",
    why="delivery failure report; the URLs are our own returned reminder",
    items={},
)

case(
    name="tg-no-claims",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 16 Sep 2024 15:00:00 +0900",
    subject="Reporting channels for authorities",
    body="""
Hello,

To help us handle reports from government agencies faster, please submit
future reports through the form at https://telegram.org/dsa-report and
include one link per line, the legal basis, and a contact address.

Reports sent to other addresses may take longer to process.

Kind regards,
The Telegram Team
""",
    outcome="review", review="no_claims",
    imitates="platform notice about its reporting channel, outside any ticket",
    why="trusted Telegram mail naming no item and no request",
    items={},
)

case(
    name="tg-jira-style-update",
    **{"from": "jira@telegram.org"}, name_from="Telegram Abuse Desk (Jira)",
    date="Sat, 14 Sep 2024 01:20:00 +0900",
    subject="[JIRA] (ABUSE-4417) KCSC-240909-05 velvet_orchard / pinecone_relay",
    extra_headers=["X-JIRA-FingerPrint: 5b1f0c2e9d7a4c88a1f0e3d2b6c4a9e1"],
    body=f"""
Nadia Petrova commented on ABUSE-4417
---------------------------------------------------------------

Re: KCSC-240909-05 velvet_orchard / pinecone_relay

Nadia Petrova commented:

Status of the reported posts in velvet_orchard:
 * {T1} - removed
 * {T3} - removed
 * {T2} - unable to locate, this post ID does not exist in the channel

Reply to this email to add a comment to ABUSE-4417.

---------------------------------------------------------------
This message was sent by Atlassian Jira (v9.12.4#912004)
""",
    outcome="applied", classification="confirmation",
    imitates="Atlassian Jira Service Management comment notification",
    why="two posts removed, one unable to locate (not found)",
    items={T1: "removed", T3: "removed", T2: "not_found"},
)

# ================================================================ Daum (Kakao)
HTML_KK = f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 카카오 고객센터입니다.</p>
<p>방송통신심의위원회 요청(KCSC-240910-06)에 대한 처리 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>처리결과</th><th>사유</th></tr>
<tr><td>1</td><td><a href="{K1_RAW}">{K1_RAW}</a></td><td>삭제</td><td>불법 도박 홍보</td></tr>
<tr><td>2</td><td><a href="{K2_RAW}">{K2_RAW}</a></td><td>임시조치</td><td>권리침해 신고 접수</td></tr>
<tr><td>3</td><td><a href="{K3}">{K3}</a></td><td>조치불가</td><td>운영정책 위반사항 없음</td></tr>
</table>
<p>운영정책은 <a href="https://www.daum.net/policy">다음 운영정책</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>카카오 고객센터 드림</p>
</body></html>
"""

case(
    name="daum-result-table-korean",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 10:30:00 +0900",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240910-06)", reply_to_req="req-240910-06",
    raw_mime=single_qp(HTML_KK, "html"),
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 HTML answer with a 처리결과 table (raw Korean cafe path)",
    why="삭제 (removed), 임시조치 (restricted), 조치불가 / 위반사항 없음 (rejected)",
    items={K1: "removed", K2: "restricted", K3: "rejected"},
)

case(
    name="daum-followup-freshdesk-style",
    **{"from": "support@kakaocorp.com"}, name_from="Kakao 권리보호센터",
    date="Wed, 18 Sep 2024 15:40:00 +0900",
    subject="[Ticket #88412] RE: [독촉] KCSC-240910-06 미처리 게시물", reply_to_req="req-240910-06",
    body=f"""
티켓 #88412에 새 답변이 등록되었습니다.

담당자: 김하늘 (권리보호센터)

안녕하세요. 재요청 주신 게시물에 대해 답변드립니다.

{K1_RAW} 게시글은 블라인드 처리하였습니다.
{K2_RAW} 게시글은 현재 확인 중입니다.

----- 이전 대화 -----

KCSC Takedown, 2024-09-17 10:00
아래 게시물의 처리 결과를 회신해 주시기 바랍니다.
{K1_RAW}
{K2_RAW}

이 메일에 회신하시면 티켓에 답변이 추가됩니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style 'new reply on ticket #' notification with the earlier conversation below",
    why="블라인드 (removed) for one post; the other 확인 중 (pending)",
    items={K1: "removed", K2: "pending"},
)

case(
    name="daum-ooo-korean",
    **{"from": "haneul.kim@kakaocorp.com"}, name_from="김하늘",
    date="Thu, 19 Sep 2024 09:00:12 +0900",
    subject="[자동회신] RE: [독촉] KCSC-240910-06 미처리 게시물",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 김하늘입니다.

9월 19일(목)부터 9월 23일(월)까지 휴가로 부재중입니다.
급한 용무는 권리보호센터 대표 메일(support@kakaocorp.com)로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="daum-single-line-reject",
    **{"from": "support@kakaocorp.com"}, name_from="Kakao 권리보호센터",
    date="Thu, 12 Sep 2024 17:55:00 +0900",
    subject="[Ticket #88412] RE: KCSC-240910-06 게시중단 요청", reply_to_req="req-240910-06",
    body=f"""
안녕하세요. 카카오 권리보호센터입니다.

요청하신 {K3} 게시글은 검토 결과 운영정책 위반 사항이 확인되지 않아 게시중단 요청을 수용하기 어려운 점 양해 부탁드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리보호센터 refusal: no policy violation, request not accepted",
    why="refusal with its reason: rejected",
    items={K3: "rejected"},
)

HEADER = """# Blind set 806 (focus: ticket systems and threads). Written by make.py.
# Expected results written from each email's meaning before any run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind806", HEADER, cases)
