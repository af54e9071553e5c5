#!/usr/bin/env python3
"""Blind set blind512: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts
and results, solved tickets, follow-ups in the same thread, replies to our
reminders, partial answers and forwarded mail. Every email is fictional and
written in our own sentences; expected results come from each email's
meaning alone, written before any run of the reader.

    python3 tests/corpus/blind512/make.py

is deterministic: it rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))
UTC = timezone.utc


def d(y, mo, da, h, mi, s=0, tz=UTC):
    return format_datetime(datetime(y, mo, da, h, mi, s, tzinfo=tz))


# ---------------------------------------------------------------- requests
DC = "https://discord.com/channels/1190011122233344455/1190011122233344460/"
DC2 = "https://discord.com/channels/1201234567890123456/1201234567890123499/"
D1 = DC + "1279900000000000011"
D2 = DC + "1279900000000000012"
D3 = DC + "1279900000000000013"
D4 = "https://discord.com/channels/1190011122233344455/1190011122233344471/1279900000000000024"
D5 = DC2 + "1280000000000000355"
D6 = "https://discord.gg/QmPz7tRx"
D7 = "https://discord.gg/nightcargo"
D8 = "https://discord.com/invite/Hf3kLwq9"
D9 = "https://discord.com/users/1087766554433221100"
D10 = DC2 + "1280000000000000362"
D11 = "https://discord.com/channels/1201234567890123456/1201234567890123510/1280000000000000377"
D12 = "https://cdn.discordapp.com/attachments/1201234567890123499/1280000000000000400/price_list.png"

T1 = "https://t.me/foggy_lantern_shop/118"
T2 = "https://t.me/foggy_lantern_shop/131"
T3 = "https://t.me/s/greyheron_deals/2045"
T4 = "https://t.me/+AbCdEfGh1234xyz"

X1 = "https://x.com/pale_orchid_77/status/1831002003004005006"
X2 = "https://x.com/pale_orchid_77/status/1831002003004005119"
X3 = "https://twitter.com/coldbrook_mkt/status/1830998877665544332"
X4 = "https://x.com/tin_lantern_kr/status/1832200300400500600"

Y1 = "https://www.youtube.com/watch?v=Lr8fKd2PqWz"
Y2 = "https://youtu.be/Zt4nBq9XmEo"

N1 = "https://blog.naver.com/moonlit_ferry/223561100021"
N2 = "https://blog.naver.com/moonlit_ferry/223561100087"
N3 = "https://cafe.naver.com/quietriverclub/4411"
N4 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470012345"
N5 = "https://blog.naver.com/moonlit_ferry/223561100150"

K1_RAW = "https://lanternfish.tistory.com/entry/연말-특가-안내"
K1 = "https://lanternfish.tistory.com/entry/" + quote("연말-특가-안내")
K2 = "https://brunch.co.kr/@slowtide/52"
K3 = "https://cafe.daum.net/bluefernclub/Kx9Q/305"
K4 = "https://pf.kakao.com/_xkQzpLb/104211"

REQUESTS = [
    # ref, platform, sent_at (UTC), days to due, category, note, urls
    ("KCSC-240902-01", "discord", datetime(2024, 9, 2, 1, 0, tzinfo=UTC), 7, "drug_sale",
     "servers selling controlled substances; messages, invites, a profile and a CDN file",
     [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12]),
    ("KCSC-240903-02", "telegram", datetime(2024, 9, 3, 2, 30, tzinfo=UTC), 7, "gambling",
     "two channels, one private invite", [T1, T2, T3, T4]),
    ("KCSC-240904-03", "x", datetime(2024, 9, 4, 5, 0, tzinfo=UTC), 7, "privacy",
     "doxxing posts, \"pale_orchid_77\" and coldbrook_mkt", [X1, X2, X3]),
    ("KCSC-240905-04", "youtube", datetime(2024, 9, 5, 0, 45, tzinfo=UTC), 10, "obscene",
     "two uploads of the same clip", [Y1, Y2]),
    ("KCSC-240906-05", "naver", datetime(2024, 9, 6, 1, 10, tzinfo=UTC), 7, "gambling",
     "blog, cafe and KnowledgeiN posts", [N1, N2, N3, N4, N5]),
    ("KCSC-240909-06", "kakao", datetime(2024, 9, 9, 0, 20, tzinfo=UTC), 7, "drug_sale",
     "Tistory, Brunch, Daum cafe, Kakao channel", [K1, K2, K3, K4]),
    ("KCSC-240910-07", "x", datetime(2024, 9, 10, 6, 0, tzinfo=UTC), 7, "defamation",
     "single post", [X4]),
]


def msgid(ref):
    return "req." + ref + "@kcsc.example"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, days, cat, note, urls in REQUESTS:
            due = sent + timedelta(days=days)
            for u in urls:
                w.writerow([ref, plat, sent.strftime("%Y-%m-%dT%H:%M:%SZ"),
                            due.strftime("%Y-%m-%dT%H:%M:%SZ"), u, cat, msgid(ref), note])


# ---------------------------------------------------------------- MIME helpers
def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def part(body, ctype="text/plain", cte="8bit", extra=""):
    if cte == "quoted-printable":
        enc = qp(body)
    elif cte == "base64":
        enc = b64(body)
    else:
        enc = body
    cs = "; charset=utf-8" if ctype.startswith("text/") else ""
    head = f"Content-Type: {ctype}{cs}\nContent-Transfer-Encoding: {cte}\n"
    if extra:
        head += extra.rstrip("\n") + "\n"
    return head + "\n" + enc.rstrip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


ZD_LINE = "##- Please type your reply above this line -##"

# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ===================== Discord (KCSC-240902-01, 12 items) =====================
case(
    name="dc-zendesk-receipt",
    date=d(2024, 9, 2, 1, 4, 12),
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: KCSC-240902-01 Request for removal of content",
    reply_to_req="req.KCSC-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_LINE}

Your request (48213377) has been received and is being reviewed by our
Trust & Safety team.

To add any additional comments, reply to this email.

Please note that we handle reports in the order they are received and may
not be able to send a personal response to every report. You can follow the
status of your request at https://support.discord.com/hc/requests/48213377

Discord Trust & Safety

[Y8K2PM-9QZ4]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'your request has been received' auto-receipt (Discord support)",
    why="pure receipt: ticket number, no item named, no statement",
    items={},
)

case(
    name="dc-solved-bulleted",
    date=d(2024, 9, 4, 9, 31, 40),
    **{"from": "safety@discord.com"},
    name_from="Aiden (Discord Trust & Safety)",
    subject="[Discord] Re: KCSC-240902-01 Request for removal of content",
    reply_to_req="req.KCSC-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_LINE}

Your request (48213377) has been updated. To add additional comments, reply
to this email.
----------------------------------------------

Aiden (Discord Trust & Safety)

Sep 4, 2024, 09:31 UTC

Hello,

Thank you for reaching out to us. We investigated the first part of your
report and have taken the following actions:

- {D1} - message removed
- {D2} - message removed
- {D3} - message removed
- {D6} - the server behind this invite has been removed from Discord
- {D9} - this account has been permanently disabled

We are continuing to work through the remaining links in your report and
will reply on this ticket.

Regards,
Aiden
Discord Trust & Safety

This email is a service from Discord. Delivered by Zendesk
[Y8K2PM-9QZ4]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent update on a Discord Trust & Safety ticket, bulleted results",
    why="five bulleted URLs each with an unhedged action; the rest is a promise about unnamed links",
    items={D1: "removed", D2: "removed", D3: "removed", D6: "removed", D9: "removed"},
)

case(
    name="dc-followup-remaining-with-history",
    date=d(2024, 9, 6, 14, 2, 9),
    **{"from": "safety@discord.com"},
    name_from="Aiden (Discord Trust & Safety)",
    subject="[Discord] Re: KCSC-240902-01 Request for removal of content",
    reply_to_req="req.KCSC-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_LINE}

Your request (48213377) has been updated.
----------------------------------------------

Aiden (Discord Trust & Safety)

Sep 6, 2024, 14:02 UTC

Hi again,

Following up on the rest of your report.

The message at {D5} has been deleted and the user who posted it was warned.

We looked at {D11} and it does not violate our Community Guidelines or Terms
of Service, so no action was taken on it.

For {D4}, we were unable to locate the message; the link does not
resolve to any message we can see.

Let us know if there is anything else.

Aiden
----------------------------------------------

Aiden (Discord Trust & Safety)

Sep 4, 2024, 09:31 UTC

> - {D1} - message removed
> - {D2} - message removed
> We are continuing to work through the remaining links in your report.

[Y8K2PM-9QZ4]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up comment with the earlier comment quoted below it",
    why="three new statements in prose; the earlier, '>'-quoted comment is history and changes nothing",
    items={D5: "removed", D11: "rejected", D4: "not_found", D1: "pending", D2: "pending"},
)

case(
    name="dc-reminder-reply-all-actioned",
    date=d(2024, 9, 10, 3, 15, 0),
    **{"from": "safety@discord.com"},
    name_from="Priya (Discord Trust & Safety)",
    subject="[Discord] Re: [Reminder] KCSC-240902-01 overdue removal request",
    reply_to_req="req.KCSC-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_LINE}

Your request (48213377) has been solved. Reply to this email to reopen it.
----------------------------------------------

Priya (Discord Trust & Safety)

Sep 10, 2024, 03:15 UTC

Hello,

Thanks for the reminder. Our team has completed its review and all of the
content listed in your report has been actioned in line with our policies.
We are marking this ticket as solved.

Best,
Priya
Discord Trust & Safety

[Y8K2PM-9QZ4]
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Zendesk 'solved' reply to a reminder, one sentence about all reported content",
    why="'all of the content ... actioned' for a 12-item request, no item named: bulk",
    items={},
)

CSV_DC = "reported_link,action_taken,notes\n" + "\n".join([
    f"{D6},server_removed,",
    f"{D7},server_removed,server deleted for drug sales",
    f"{D8},not_found,\"invite invalid or expired, no server found\"",
    f"{D12},content_removed,attachment purged from CDN",
]) + "\n"
case(
    name="dc-csv-attachment-results",
    date=d(2024, 9, 5, 7, 48, 30),
    **{"from": "safety@discord.com"},
    name_from="Marcus (Discord Trust & Safety)",
    subject="[Discord] Re: KCSC-240902-01 Request for removal of content",
    reply_to_req="req.KCSC-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    raw_mime=multipart("mixed", "zd-9f31c0a7", [
        part(f"""{ZD_LINE}

Your request (48213377) has been updated.
----------------------------------------------

Marcus (Discord Trust & Safety)

Sep 5, 2024, 07:48 UTC

Hello,

Because your report lists several invite links and files, we have put the
outcome for each of them in the attached spreadsheet (results_48213377.csv).
Invites and files not listed there are still being looked at.

Marcus
Discord Trust & Safety
"""),
        part(CSV_DC, "text/csv", "8bit",
             'Content-Disposition: attachment; filename="results_48213377.csv"'),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent comment with a CSV of per-link outcomes attached",
    why="CSV gives an action per URL: two servers removed, one invite not found, one file removed",
    items={D6: "removed", D7: "removed", D8: "not_found", D12: "removed"},
)

case(
    name="dc-escalated-promise",
    date=d(2024, 9, 3, 11, 20, 0),
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: KCSC-240902-01 Request for removal of content",
    reply_to_req="req.KCSC-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_LINE}

Your request (48213377) has been updated.
----------------------------------------------

Discord Trust & Safety

Sep 3, 2024, 11:20 UTC

Hi there,

We've escalated your report to a specialist team. The messages at

{D1}
{D2}

will be reviewed by that team, and if they are found to break our rules the
appropriate enforcement action will be taken. We'll update this ticket once
they have finished.

Discord Trust & Safety
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Zendesk 'escalated to a specialist team' update",
    why="two URLs named but only a conditional promise: nothing stated",
    items={D1: "pending", D2: "pending"},
)

case(
    name="dc-forged-dmarc-fail",
    date=d(2024, 9, 4, 22, 5, 0),
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    auth="fail",
    subject="Re: KCSC-240902-01 Request for removal of content - RESOLVED",
    body=f"""
Hello KCSC team,

Your ticket 48213377 is resolved. We removed these messages:

{D1}
{D2}
{D3}
{D10}

No further action is needed from you.

Discord Trust & Safety
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="Discord ticket result whose DKIM/SPF/DMARC checks fail",
    why="clear removal statements but the mail fails authentication",
    items={D1: "pending", D2: "pending", D3: "pending", D10: "pending"},
)

case(
    name="dc-agent-out-of-office",
    date=d(2024, 9, 9, 0, 21, 3),
    **{"from": "m.okafor@discord.com"},
    name_from="Marcus Okafor",
    subject="Automatic reply: [Reminder] KCSC-240902-01 overdue removal request",
    reply_to_req="req.KCSC-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hi,

I'm out of the office until Monday 16 September with limited access to
email. For anything about an open Trust & Safety ticket please write to
safety@discord.com so the team can pick it up.

Thanks,
Marcus
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from an agent who handled the ticket",
    why="out-of-office auto-reply",
    items={},
)

HTML_DC = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="color:#999">{ZD_LINE}</div>
<p>Your request (48213377) has been updated.</p>
<hr>
<p><b>Priya (Discord Trust &amp; Safety)</b><br>Sep 7, 2024, 05:12 UTC</p>
<p>Hello,</p>
<p>Here is where things stand on the message links from your report:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Outcome</th></tr>
<tr><td><a href="{D4}">{D4}</a></td><td>Not found &ndash; no such message</td></tr>
<tr><td><a href="{D5}">{D5}</a></td><td>Message removed</td></tr>
<tr><td><a href="{D10}">{D10}</a></td><td>Message removed, author banned</td></tr>
<tr><td><a href="{D11}">{D11}</a></td><td>No violation found &ndash; left up</td></tr>
</table>
<p>You can read about the actions we take at
<a href="https://discord.com/safety/what-actions-we-take">our Safety Center</a>.</p>
<p>Priya<br>Discord Trust &amp; Safety</p>
<div style="color:#aaa;font-size:11px">[Y8K2PM-9QZ4]</div>
</body></html>
"""
case(
    name="dc-html-table-qp",
    date=d(2024, 9, 7, 5, 12, 44),
    **{"from": "safety@discord.com"},
    name_from="Priya (Discord Trust & Safety)",
    subject="[Discord] Re: KCSC-240902-01 Request for removal of content",
    reply_to_req="req.KCSC-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    raw_mime=part(HTML_DC, "text/html", "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="Zendesk HTML comment with a results table, quoted-printable",
    why="table row per link: not found, removed, removed, no violation; Safety Center link is not an item",
    items={D4: "not_found", D5: "removed", D10: "removed", D11: "rejected"},
)

case(
    name="dc-partial-two-of-twelve",
    date=d(2024, 9, 3, 16, 40, 0),
    **{"from": "safety@discord.com"},
    name_from="Aiden (Discord Trust & Safety)",
    subject="[Discord] Re: KCSC-240902-01 Request for removal of content",
    reply_to_req="req.KCSC-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_LINE}

Your request (48213377) has been updated.
----------------------------------------------

Aiden (Discord Trust & Safety)

Sep 3, 2024, 16:40 UTC

Hello,

A quick partial update so you are not left waiting: we have already
deleted two of the messages you reported, {D1} and
{D3}. The other links are still with the team and we will get back to
you on this ticket when we have outcomes for them.

Aiden
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk partial update on an open ticket",
    why="'deleted two of the messages ..., D1 and D3' names both; the rest is a promise",
    items={D1: "removed", D3: "removed"},
)

case(
    name="dc-csat-survey",
    date=d(2024, 9, 11, 3, 15, 0),
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    subject="How would you rate the support you received? [Request 48213377: KCSC-240902-01]",
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body="""
Hello,

Your request 48213377, "KCSC-240902-01 Request for removal of content", was
marked as solved.

We'd love to hear what you think of our support. How would you rate the
support you received?

Good, I'm satisfied:  https://support.discord.com/hc/requests/48213377/satisfaction/good
Bad, I'm unsatisfied: https://support.discord.com/hc/requests/48213377/satisfaction/bad

Here's a reminder of what your request was about:

  Request for removal of content under the Korean
  Communications Standards Commission's correction request.

Discord
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Zendesk customer-satisfaction survey sent after a ticket is solved",
    why="names our request, says only 'marked as solved': no item status; survey links are not items",
    items={},
)

case(
    name="dc-jira-sd-comment",
    date=d(2024, 9, 8, 2, 33, 0),
    **{"from": "jira@discord.com"},
    name_from="Discord Legal Operations (Jira)",
    subject="[JIRA] (LEGOPS-7720) KCSC-240902-01 Korea removal request",
    extra_headers=["X-JIRA-FingerPrint: 3e0a17c2b9d4f5a6", "Auto-Submitted: auto-generated"],
    body=f"""
Hana Cho commented on LEGOPS-7720
-----------------------------------

LEGOPS-7720: KCSC-240902-01 Korea removal request
Status: In Progress   Assignee: Hana Cho

Comment:

Update for the regulator:

* User profile {D9}
  Account terminated for selling regulated goods.
* File {D12}
  We deleted the attachment and it is no longer served from our CDN.

Remaining items are with Trust & Safety.

-----------------------------------
View request: https://discord-legal.atlassian.example/servicedesk/customer/portal/4/LEGOPS-7720
This message was sent by Atlassian Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'commented on' notification with the agent's comment",
    why="notification text around a real comment naming two items with unhedged actions",
    items={D9: "removed", D12: "removed"},
)

case(
    name="dc-angle-bracket-below",
    date=d(2024, 9, 6, 20, 10, 0),
    **{"from": "safety@discord.com"},
    name_from="Leo (Discord Trust & Safety)",
    subject="[Discord] Re: KCSC-240902-01 Request for removal of content",
    reply_to_req="req.KCSC-240902-01",
    body=f"""
{ZD_LINE}

Leo (Discord Trust & Safety)

Hello,

The following message was removed for violating our Community Guidelines:
<{D5}>

The following message was reviewed and left up, as it did not break our
rules:
<{D11}>

The following invite link does not lead to any server:
<{D8}>

Leo
""",
    outcome="applied", classification="confirmation",
    imitates="Help-desk reply with each URL in angle brackets on the line below its statement",
    why="each statement is followed by its URL on the next line",
    items={D5: "removed", D11: "rejected", D8: "not_found"},
)

case(
    name="dc-qp-wrapped-long-url",
    date=d(2024, 9, 7, 9, 0, 0),
    **{"from": "safety@discord.com"},
    name_from="Marcus (Discord Trust & Safety)",
    subject="[Discord] Re: KCSC-240902-01 Request for removal of content",
    reply_to_req="req.KCSC-240902-01",
    raw_mime=part(f"""{ZD_LINE}

Marcus (Discord Trust & Safety)

Hi,

Two more outcomes for you. Message link: {D10} -- we removed this message and the channel it was posted in.

Message link: {D4} -- we could not find this message; it no longer exists on Discord.

Thank you for your patience.
Marcus
""", "text/plain", "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="Help-desk plain-text reply in quoted-printable, long URLs split by soft line breaks",
    why="QP soft breaks inside the URLs; decoded, each URL has a plain statement",
    items={D10: "removed", D4: "not_found"},
)

# ===================== Telegram (KCSC-240903-02, 4 items) =====================
case(
    name="tg-reminder-reply-top-posted",
    date=d(2024, 9, 10, 8, 2, 0),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: [Reminder] KCSC-240903-02 removal request overdue",
    reply_to_req="req.KCSC-240903-02",
    body=f"""
Hello,

Apologies for the delay. The posts {T1} and {T2} have been taken down.
The channel greyheron_deals, including {T3}, is now blocked for users in
South Korea.

Telegram Abuse Team
Case #2024090455123

On Tue, Sep 10, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Our request KCSC-240903-02 of 3 September is past its deadline. The
> following items are still listed as pending:
>
> {T1}
> {T2}
> {T3}
> {T4}
>
> Please tell us what action was taken on each.
>
> KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Abuse-desk reply top-posted over our quoted reminder (Gmail quoting)",
    why="two taken down, one geo-blocked in KR; T4 only in the quoted reminder",
    items={T1: "removed", T2: "removed", T3: "restricted", T4: "pending"},
)

case(
    name="tg-case-receipt",
    date=d(2024, 9, 3, 2, 31, 30),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: KCSC-240903-02 Removal request [Case #2024090455123]",
    reply_to_req="req.KCSC-240903-02",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for your report. It has been registered as Case #2024090455123.

Our moderators will look into it. Please keep the case number in the
subject line of any further messages about this report.

This is an automatic message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse desk automatic case receipt",
    why="pure receipt with a case number",
    items={},
)

case(
    name="tg-case-number-followup",
    date=d(2024, 9, 5, 13, 0, 0),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Case #2024090455123",
    body=f"""
Hello,

Regarding Case #2024090455123.

The invite link {T4} is invalid or has expired. We could not locate any
chat behind it.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk follow-up quoting only its own case number",
    why="no ref and no thread headers, but the URL and an unhedged not-found statement",
    items={T4: "not_found"},
)

case(
    name="tg-lookalike-domain",
    date=d(2024, 9, 4, 6, 30, 0),
    **{"from": "support@telegram-abusedesk.com"},
    name_from="Telegram Abuse Desk",
    subject="Re: KCSC-240903-02 Removal request",
    body=f"""
Dear KCSC,

We confirm that the following were removed:

{T1}
{T2}
{T3}

Telegram Abuse Desk
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="Abuse result from a look-alike domain that is not Telegram's",
    why="names our request and URLs, sender domain is not any platform's",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="tg-bare-url-status-below",
    date=d(2024, 9, 6, 10, 25, 0),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: KCSC-240903-02 Removal request [Case #2024090455123]",
    reply_to_req="req.KCSC-240903-02",
    body=f"""
Case #2024090455123 - results

{T1}
Status: removed

{T2}
Status: removed

{T4}
Status: link invalid, nothing found

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Ticket result listing each bare URL with a 'Status:' line under it",
    why="status line under each URL",
    items={T1: "removed", T2: "removed", T4: "not_found"},
)

case(
    name="tg-partial-and-under-review",
    date=d(2024, 9, 4, 9, 45, 0),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: KCSC-240903-02 Removal request [Case #2024090455123]",
    reply_to_req="req.KCSC-240903-02",
    body=f"""
Hello,

{T1} was removed by our moderators today.

{T2} and {T3} are still under review. We will write again on this case
when a decision has been made.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Partial answer on an abuse case: one result, two still under review",
    why="T1 removed; 'under review' for T2/T3 is no statement",
    items={T1: "removed", T2: "pending", T3: "pending"},
)

# ===================== X (KCSC-240904-03, 3 items; KCSC-240910-07, 1 item) =====================
case(
    name="x-jira-style-fields",
    date=d(2024, 9, 6, 17, 0, 0),
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject="[LGL-48812] Update: KCSC-240904-03",
    reply_to_req="req.KCSC-240904-03",
    body=f"""
Ticket LGL-48812 has been updated.

Summary:     KCSC-240904-03 Korea Communications Standards Commission
Status:      Resolved
Resolution:  Done

Items
-----
1. {X1}
   Action: Withheld in South Korea (KR)

2. {X2}
   Action: Pending further review

3. {X3}
   Action: No action - content does not violate the X Rules

Reply to this email to add a comment to LGL-48812.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira-style ticket update with fields and a numbered item list",
    why="withheld in KR, pending review (no statement), no violation",
    items={X1: "restricted", X2: "pending", X3: "rejected"},
)

case(
    name="x-single-item-closed",
    date=d(2024, 9, 11, 4, 10, 0),
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240910-07 Request for removal",
    reply_to_req="req.KCSC-240910-07",
    body="""
Hello,

We have removed the reported post for violating our rules on abuse and
harassment. This ticket is now closed.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Short 'we removed the reported post, ticket closed' reply",
    why="one-item request, sole unhedged statement about 'the reported post'",
    items={X4: "removed"},
)

case(
    name="x-hedged-suspension",
    date=d(2024, 9, 7, 1, 30, 0),
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240904-03 Request for removal [LGL-48812]",
    reply_to_req="req.KCSC-240904-03",
    body=f"""
Hi,

Thanks for following up. It appears that the account coldbrook_mkt may
have been suspended in the meantime, which would mean that
{X3}
is no longer visible. We are confirming this internally and will let you
know.

X Legal
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Agent reply that hedges ('it appears', 'may have been') and promises to confirm",
    why="hedge plus promise: no statement",
    items={X3: "pending"},
)

case(
    name="x-about-telegram-link",
    date=d(2024, 9, 5, 3, 0, 0),
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject="Re: Removal request [LGL-48830]",
    body=f"""
Hello,

We received your ticket about the link below.

{T3}

We were unable to locate this content on X: the link points to a different
service, and X can only act on content hosted on x.com. You may wish to
contact the service concerned.

X Legal
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="Platform reply saying a reported link is not on its service",
    why="X states a not-found for a Telegram item",
    items={T3: "pending"},
)

case(
    name="x-mdn-read-receipt",
    date=d(2024, 9, 4, 5, 40, 0),
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject="Read: KCSC-240904-03 Request for removal",
    raw_mime=multipart("report", "mdn-77a1", [
        part("""This is a receipt for the mail you sent to legal@x.com at
9/4/2024 2:00 PM.

This receipt verifies that the message has been displayed on the
recipient's computer at 9/4/2024 2:40 PM.
"""),
        part("""Reporting-UA: mail.x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <req.KCSC-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
""", "message/disposition-notification", "7bit"),
    ], params="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) for our request",
    why="read receipt",
    items={},
)

case(
    name="x-helpscout-gmail-quote",
    date=d(2024, 9, 11, 7, 55, 0),
    **{"from": "legal@x.com"},
    name_from="Dana at X Legal",
    subject="Re: KCSC-240904-03 Request for removal [LGL-48812]",
    reply_to_req="req.KCSC-240904-03",
    extra_headers=["X-HelpScout-Thread: 88120455"],
    body=f"""
Hi KCSC team,

Thanks for following up. {X2} was removed for violating our private
information and media policy. There is nothing further on this ticket.

Dana
X Legal

On Wed, Sep 11, 2024 at 10:02 AM, KCSC Takedown <takedown@kcsc.example> wrote:
> Hello,
>
> Could you tell us the outcome for these posts from our request
> KCSC-240904-03?
>
> {X1}
> {X2}
> {X3}
>
> Thank you.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout agent reply over our Gmail-quoted follow-up",
    why="X2 removed; X1 and X3 appear only in the quote",
    items={X2: "removed", X1: "pending", X3: "pending"},
)

case(
    name="x-portal-notice-no-claims",
    date=d(2024, 9, 12, 2, 0, 0),
    **{"from": "noreply@x.com"},
    name_from="X Legal Requests",
    subject="A new response has been posted to your case",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

There is a new response to one of your cases. For your security we do not
include it in this email. Sign in to the legal request portal to read it:

https://legalrequests.x.com/case/view/LR-0917-4471

X Legal Requests
""",
    outcome="review", review="no_claims", classification="other",
    imitates="Portal notification that a response is waiting (content not in the mail)",
    why="trusted, names no item and no request; the portal link is not an item",
    items={},
)

# ===================== YouTube (KCSC-240905-04, 2 items) =====================
case(
    name="yt-support-thread-restricted-actioned",
    date=d(2024, 9, 9, 6, 20, 0),
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="Re: [8-1234000031234] KCSC-240905-04 YouTube removal request",
    reply_to_req="req.KCSC-240905-04",
    body=f"""
Hello,

Thank you for your patience on this case.

After review, the video {Y1} has been restricted from view in South Korea
on the basis of local law.

The video {Y2} has been actioned under our policies.

Regards,
The Google Team

Please reply to this email with case ID [8-1234000031234] in the subject.
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support case reply (case id in the subject)",
    why="KR restriction for Y1; configured phrase 'has been actioned under our policies' for Y2",
    items={Y1: "restricted", Y2: "removed"},
)

case(
    name="yt-asks-more",
    date=d(2024, 9, 6, 4, 0, 0),
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="Re: [8-1234000031234] KCSC-240905-04 YouTube removal request",
    reply_to_req="req.KCSC-240905-04",
    body=f"""
Hello,

We need more information before we can process your request about
{Y2}.

Please reply with the timestamp(s) in the video where the content appears
and the specific provision of Korean law that you consider it to violate.
Without these details we cannot proceed.

Regards,
The Google Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal support request for more information",
    why="asks for timestamps and legal basis; no status",
    items={Y2: "pending"},
)

BOUNCE_TEXT = """** Address not found **

Your message wasn't delivered to legal-kr@google.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
"""
case(
    name="yt-dsn-bounce-reminder",
    date=d(2024, 9, 15, 0, 1, 0),
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "dsn-4c2e", [
        part(BOUNCE_TEXT),
        part("""Reporting-MTA: dns; googlemail.com
Arrival-Date: Sun, 15 Sep 2024 00:00:58 +0000

Final-Recipient: rfc822; legal-kr@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.
""", "message/delivery-status", "7bit"),
        "Content-Type: message/rfc822\n\n" + f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: [Reminder] KCSC-240905-04 overdue removal request
Date: Sun, 15 Sep 2024 00:00:55 +0000
Message-ID: <reminder.KCSC-240905-04.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Our request KCSC-240905-04 is past its deadline. Items still pending:
{Y1}
{Y2}
""",
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Gmail-style delivery failure for our reminder, with the reminder attached",
    why="bounce (DSN); the URLs are in our own returned reminder",
    items={},
)

case(
    name="yt-freshdesk-resolved",
    date=d(2024, 9, 12, 11, 11, 0),
    **{"from": "support@youtube.com"},
    name_from="YouTube Partner Support",
    subject="Ticket #55120 has been resolved - KCSC-240905-04",
    reply_to_req="req.KCSC-240905-04",
    body=f"""
Please type your reply above this line
______________________________________

Ticket #55120 has been resolved.

Agent reply:

Hello,

The first video ({Y1}) was removed for violating our Community
Guidelines on nudity and sexual content. The second ({Y2}) has been
age-restricted.

If you believe this ticket has not been resolved, simply reply to this
email and it will be reopened.

YouTube Partner Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket has been resolved' email with the agent reply",
    why="Y1 removed, Y2 age-restricted (restricted), each URL in parentheses",
    items={Y1: "removed", Y2: "restricted"},
)

# ===================== NAVER (KCSC-240906-05, 5 items) =====================
case(
    name="naver-temp-measure-notice",
    date=d(2024, 9, 9, 2, 0, 0, KST),
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240906-05)",
    reply_to_req="req.KCSC-240906-05",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 게시물 주소: {N1}
■ 조치 내용: 임시조치(30일)

■ 게시물 주소: {N2}
■ 조치 내용: 임시조치(30일)

임시조치 기간 동안 해당 게시물은 외부에 공개되지 않습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 notice (임시조치)",
    why="임시조치 for two named posts",
    items={N1: "restricted", N2: "restricted"},
)

HTML_NAVER = f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240906-05)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N3}</td><td>삭제</td><td>2024-09-10</td></tr>
<tr><td>2</td><td>{N4.replace('&', '&amp;')}</td><td>게시중단</td><td>2024-09-10</td></tr>
<tr><td>3</td><td>{N5}</td><td>해당 게시물 없음(작성자 삭제)</td><td>-</td></tr>
</table>
<p>네이버 정책지원팀 드림</p>
</body></html>
"""
case(
    name="naver-result-table-html",
    date=d(2024, 9, 10, 15, 30, 0, KST),
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="RE: [시정요구] KCSC-240906-05 조치결과 회신",
    reply_to_req="req.KCSC-240906-05",
    type="html",
    body=HTML_NAVER,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply as an HTML table",
    why="삭제, 게시중단 (removed) and 작성자 삭제 / 게시물 없음 (not_found)",
    items={N3: "removed", N4: "removed", N5: "not_found"},
)

case(
    name="naver-under-review-echo",
    date=d(2024, 9, 6, 10, 40, 0, KST),
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버] 게시중단 요청 접수 안내 (KCSC-240906-05)",
    reply_to_req="req.KCSC-240906-05",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 아래 게시물에 대해 현재 검토가 진행 중입니다.

- {N3}
- {N4}
- {N5}

검토가 완료되면 처리 결과를 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood", classification="acknowledgement",
    imitates="NAVER 접수 안내 that lists the posts and says review is in progress",
    why="names three items but only 'under review' and a promise: not_understood (see NOTES)",
    items={N3: "pending", N4: "pending", N5: "pending"},
)

case(
    name="naver-outlook-reminder-reply",
    date=d(2024, 9, 13, 10, 5, 0, KST),
    **{"from": "policy@navercorp.com"},
    name_from="김서연 (네이버 정책지원팀)",
    subject="RE: [독촉] KCSC-240906-05 게시중단 요청 미처리 건",
    reply_to_req="req.KCSC-240906-05",
    extra_headers=["X-Mailer: Microsoft Outlook 16.0"],
    body=f"""
담당자님 안녕하세요.

회신이 늦어 죄송합니다. 아래 두 건은 처리 완료되었습니다.

{N1} : 블라인드 처리
{N2} : 비공개 처리

나머지 건은 별도로 회신드리겠습니다.

김서연 드림
네이버 정책지원팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 9:00 AM
To: policy@navercorp.com
Subject: [독촉] KCSC-240906-05 게시중단 요청 미처리 건

안녕하세요. 방송통신심의위원회입니다.
9월 6일 요청드린 아래 게시물의 처리 결과를 아직 받지 못했습니다.

{N1}
{N2}
{N3}
{N4}
{N5}

조치 결과를 회신해 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply to our reminder, our reminder quoted below '-----Original Message-----' without '>'",
    why="블라인드 / 비공개 처리 for two; N3-N5 only in the quoted reminder",
    items={N1: "removed", N2: "removed", N3: "pending", N4: "pending", N5: "pending"},
)

case(
    name="naver-fullwidth-brackets",
    date=d(2024, 9, 11, 17, 20, 0, KST),
    **{"from": "cs@naver.com"},
    name_from="네이버 고객센터",
    subject="Re: KCSC-240906-05 게시중단 요청",
    reply_to_req="req.KCSC-240906-05",
    body=f"""
안녕하세요.

「{N3}」 게시글은 카페 운영원칙 위반으로 삭제되었습니다.

지식iN 게시물（{N4}）은 게시중단 조치하였습니다.

감사합니다.
네이버 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Korean prose reply with URLs inside full-width brackets and parentheses",
    why="삭제 and 게시중단 (both removed); URLs end at the full-width punctuation",
    items={N3: "removed", N4: "removed"},
)

case(
    name="naver-korean-out-of-office",
    date=d(2024, 9, 13, 9, 1, 0, KST),
    **{"from": "seoyeon.kim@navercorp.com"},
    name_from="김서연",
    subject="[자동응답] RE: [독촉] KCSC-240906-05 게시중단 요청 미처리 건",
    reply_to_req="req.KCSC-240906-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요, 김서연입니다.

9월 12일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주십시오.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 (Chuseok holiday)",
    why="out-of-office auto-reply",
    items={},
)

# ===================== Kakao (KCSC-240909-06, 4 items) =====================
case(
    name="kakao-raw-korean-url-particles",
    date=d(2024, 9, 11, 14, 0, 0, KST),
    **{"from": "report@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오] 문의하신 내용에 대한 답변입니다 (#88213) KCSC-240909-06",
    reply_to_req="req.KCSC-240909-06",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물에 대한 조치 결과를 안내드립니다.

1) {K1_RAW} → 게시중단
2) {K2}의 경우 국내 접속 차단 조치되었습니다.

감사합니다.
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao help-desk answer, raw Korean path and a URL followed by a particle",
    why="K1 게시중단 (removed; raw Korean path = percent-encoded URL); K2 국내 접속 차단 (restricted)",
    items={K1: "removed", K2: "restricted"},
)

case(
    name="kakao-freshdesk-rejected-notfound",
    date=d(2024, 9, 12, 10, 30, 0, KST),
    **{"from": "support@daum.net"},
    name_from="Daum 고객센터",
    subject="티켓 #88213 답변 등록 안내 - KCSC-240909-06",
    reply_to_req="req.KCSC-240909-06",
    body=f"""
이 줄 위에 답장을 작성해 주세요
______________________________

티켓 #88213 에 새 답변이 등록되었습니다.

담당자 답변:

{K3}
→ 검토 결과 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

{K4}
→ 해당 채널 게시물이 확인되지 않습니다. 이미 삭제된 게시물입니다.

Daum 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style Korean ticket reply ('이 줄 위에 답장을 작성해 주세요')",
    why="K3 no violation, not actioned (rejected); K4 not found / already deleted (not_found)",
    items={K3: "rejected", K4: "not_found"},
)

case(
    name="kakao-base64-body",
    date=d(2024, 9, 10, 16, 45, 0, KST),
    **{"from": "report@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="=?UTF-8?B?W+y5tOy5tOyYpF0g7KGw7LmYIOqysOqzvCDslYjrgrQ=?= KCSC-240909-06",
    reply_to_req="req.KCSC-240909-06",
    raw_mime=part(f"""안녕하세요, 카카오 고객센터입니다.

브런치 게시글 {K2} 은 서비스 운영정책에 따라 삭제되었습니다.

다른 게시물은 확인 후 별도로 안내드리겠습니다.

카카오 고객센터 드림
""", "text/plain", "base64"),
    outcome="applied", classification="confirmation",
    imitates="Kakao 조치 결과 안내 with a base64-encoded body and encoded subject",
    why="K2 삭제 (removed); the rest is a promise about unnamed posts",
    items={K2: "removed"},
)

case(
    name="kakao-internal-forward",
    date=d(2024, 9, 11, 9, 10, 0, KST),
    **{"from": "jiho.park@kakaocorp.com"},
    name_from="박지호",
    subject="Fwd: 처리 완료 보고 - KCSC-240909-06",
    body=f"""
방송통신심의위원회 담당자님,

내부 처리 결과 공유드립니다.

---------- Forwarded message ---------
From: 티스토리 운영팀 <tistory-ops@kakaocorp.com>
Date: 2024년 9월 10일 (화) 오후 6:12
Subject: 처리 완료 보고 - KCSC-240909-06
To: 박지호 <jiho.park@kakaocorp.com>

지호님, 방심위 요청 건 중 아래 게시물은 운영자 삭제 처리했습니다.

{K1}

티스토리 운영팀
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail-style forward of an internal team's completion note",
    why="the statement is inside a forwarded message, not the sender's own",
    items={K1: "pending"},
)

CSV_KAKAO = "\ufeffURL,처리결과,비고\n" + f"{K3},삭제,카페 운영자 요청 반영\n{K4},임시조치,30일\n"
case(
    name="kakao-csv-attachment",
    date=d(2024, 9, 13, 11, 0, 0, KST),
    **{"from": "report@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="RE: KCSC-240909-06 시정요구 조치결과",
    reply_to_req="req.KCSC-240909-06",
    raw_mime=multipart("mixed", "kk-0b7d", [
        part("""안녕하세요.

요청하신 건 중 다음 카페·채널 게시물의 조치 결과를 첨부 파일로 송부드립니다.

카카오 고객센터
"""),
        part(CSV_KAKAO, "text/csv", "base64",
             'Content-Disposition: attachment; filename="result_KCSC-240909-06.csv"'),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Korean 조치결과 sent as a CSV attachment (UTF-8 with BOM, base64)",
    why="CSV: K3 삭제 (removed), K4 임시조치 (restricted)",
    items={K3: "removed", K4: "restricted"},
)

# ---------------------------------------------------------------- header
HEADER = """# blind512: ticket systems and threads (written before any run of the reader).
# Generated by make.py; edit the case list there, not this file.
"""


def encode_names(cases):
    # Korean display names go out RFC 2047-encoded, as real mailers send them.
    for c in cases:
        n = c.get("name_from")
        if n and not n.isascii():
            c["name_from"] = Header(n, "utf-8").encode()


def main():
    write_requests()
    encode_names(C)
    corpuslib.write_set(HERE, "blind512", HEADER, C)


if __name__ == "__main__":
    main()
