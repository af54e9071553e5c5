#!/usr/bin/env python3
"""Blind set 422: ticket systems and threads.

Replies that platforms send through help-desk software (Zendesk, Freshdesk,
Help Scout, Jira Service Management style): receipts, then results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; expected results come from each email's meaning alone, written
before the reader was ever run on them.

    python3 tests/corpus/blind422/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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
# Discord, KCSC-240903-01 (largest, 12 items)
D1 = "https://discord.gg/nightbazaar77"
D2 = "https://discord.gg/Qm4vTr2x"
D3 = "https://discord.gg/silverlocker"
D4 = "https://discord.gg/hX8pLw3n"
D5 = "https://discord.com/channels/1148203958473920512/1148203958473920515/1281934756102938471"
D6 = "https://discord.com/channels/1148203958473920512/1148203958473920515/1282001938475610293"
D7 = "https://discord.com/channels/1193847560192837465/1193847560192837470/1283374650192837461"
D8 = "https://discord.com/channels/1193847560192837465/1193847560192837470/1283380019283746510"
D9 = "https://discord.com/channels/1201928374650192837/1201928374650192840/1284019283746501928"
D10 = "https://discord.gg/pinecrate"
D11 = "https://discord.gg/R7vKw2Ly"
D12 = "https://discord.com/channels/1201928374650192837/1201928374650192840/1284022837465019283"
DISCORD = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12]

# Reddit, KCSC-240905-02
R1 = "https://www.reddit.com/r/kr_deals_after_dark/comments/1f8q2xz/fresh_batch_this_week/"
R2 = "https://www.reddit.com/r/kr_deals_after_dark/comments/1f9a7kd/dm_for_list/"
R3 = "https://www.reddit.com/user/lumen_parcel_88/comments/1f9c0te/new_drop/"
R4 = "https://www.reddit.com/r/seoulnightlife_unfiltered/comments/1fa3m2p/links_inside/"
REDDIT = [R1, R2, R3, R4]

# Kakao (Daum cafe, Tistory, Brunch), KCSC-240906-03
K1 = "https://cafe.daum.net/moonlit-market/Xy9k/211"
K2 = "https://haneul-note.tistory.com/entry/%EB%AC%B4%EB%A3%8C-%EB%B3%B4%EA%B8%B0-%EB%A7%81%ED%81%AC"
K2_RAW = "https://haneul-note.tistory.com/entry/무료-보기-링크"
K3 = "https://brunch.co.kr/@greyfinch/48"
KAKAO = [K1, K2, K3]

# X, KCSC-240909-04
X1 = "https://x.com/parcel_owl_kr/status/1832550019283746519"
X2 = "https://x.com/parcel_owl_kr/status/1832901928374650112"

# Telegram, KCSC-240910-05
T1 = "https://t.me/harbor_goods_kr/412"
T2 = "https://t.me/harbor_goods_kr/415"
T3 = "https://t.me/gloomlane_shop"
T4 = "https://t.me/gloomlane_shop/88"
T5 = "https://t.me/+Zx81PqLmW2c3NjQ1"
TELEGRAM = [T1, T2, T3, T4, T5]

# YouTube, KCSC-240911-06 (one item)
Y1 = "https://www.youtube.com/watch?v=Qe7Lm2Xc9Tb"

# NAVER, KCSC-240912-07
N1 = "https://blog.naver.com/dawnpier_77/223567890123"
N2 = "https://cafe.naver.com/quietmarket2024/5521"

REQUESTS = [
    ("KCSC-240903-01", "discord", "2024-09-03T10:12:00+09:00", "2024-09-10", DISCORD, "gambling",
     "servers and messages advertising unlicensed betting"),
    ("KCSC-240905-02", "reddit", "2024-09-05T14:30:00+09:00", "2024-09-12", REDDIT, "drugs",
     "posts offering narcotics"),
    ("KCSC-240906-03", "kakao", "2024-09-06T09:40:00+09:00", "2024-09-13", KAKAO, "obscenity", ""),
    ("KCSC-240909-04", "x", "2024-09-09T11:05:00+09:00", "2024-09-16", [X1, X2], "drugs", ""),
    ("KCSC-240910-05", "telegram", "2024-09-10T16:20:00+09:00", "2024-09-17", TELEGRAM, "drugs",
     "channel and invite link included"),
    ("KCSC-240911-06", "youtube", "2024-09-11T10:00:00+09:00", "2024-09-18", [Y1], "gambling", ""),
    ("KCSC-240912-07", "naver", "2024-09-12T13:15:00+09:00", "2024-09-19", [N1, N2], "obscenity", ""),
]


def req_mid(ref):
    return "req." + ref[len("KCSC-"):]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def part(ctype, body, enc="8bit", extra=""):
    if enc == "base64":
        body = b64(body)
    elif enc == "quoted-printable":
        body = qp(body)
    head = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {enc}\n" + extra
    return head + "\n" + body.strip("\n") + "\n"


def multipart(kind, boundary, parts, extra_params=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra_params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def single(ctype, body, enc):
    return part(ctype, body, enc)


ZD_TOP = "##- Please type your reply above this line -##"
ZD_RULE = "-" * 46

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= Discord (Zendesk-style ticket 4829113) =========

case(
    name="dc-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk trigger auto-reply on a new ticket (Discord Trust & Safety)",
    why="automatic receipt: ticket opened, nothing said about any link",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 03 Sep 2024 10:14:02 +0900",
    subject="[Discord Safety] Request received: KCSC-240903-01 unlawful content report",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""{ZD_TOP}

Hello,

Thanks for reaching out to Discord Trust & Safety. This is an automated
message to let you know that your request has reached us and that ticket
#4829113 has been opened for it.

Someone from our team will get back to you as soon as possible. If you
want to add anything, just reply to this email and keep the ticket number
in the subject line.

Discord Trust & Safety

This email is a service from Discord Trust & Safety. Delivered by Zendesk
[QW7E2R-K0P9]
""",
    items={},
)

case(
    name="dc-solved-list-mixed",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent public reply listing an outcome per reported link",
    why="per-link outcomes: two servers removed, expired invite, message deleted, one message kept as not violating",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 09 Sep 2024 18:22:41 +0900",
    subject="[Discord Safety] Re: KCSC-240903-01 unlawful content report",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""{ZD_TOP}

Mina R. (Discord Trust & Safety)

Sep 9, 2024, 09:22 UTC

Hello KCSC team,

Thank you for your patience while we looked into the links from your
report. Here is where each of the first five stands:

- {D1} : server removed from Discord for violating our Community Guidelines
- {D2} : server removed, same reason
- {D3} : this invite is invalid or has expired, and we could not identify any server behind it
- {D5} : message deleted and the author's account disabled
- {D6} : we reviewed this message and it does not violate our Community Guidelines or Terms of Service, so it stays up

We are still working through the remaining links and will reply on this
ticket separately.

Best,
Mina
Discord Trust & Safety

This email is a service from Discord Trust & Safety. Delivered by Zendesk
[QW7E2R-K0P9]
""",
    items={D1: "removed", D2: "removed", D3: "not_found", D5: "removed", D6: "rejected"},
)

case(
    name="dc-thread-followup-partial",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been updated' notification carrying the whole conversation history",
    why="latest comment: two messages deleted, two others still in review; our own request below is history, not a statement",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 16:40:09 +0900",
    subject="[Discord Safety] Re: KCSC-240903-01 unlawful content report",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""{ZD_TOP}

Your request (4829113) has been updated. To add additional comments, reply to this email.
{ZD_RULE}

Mina R. (Discord Trust & Safety)

Sep 12, 2024, 07:40 UTC

Hi again,

A short update on the next batch. We deleted these two messages and
removed the server they were posted in:

{D7}
{D8}

The two messages below are still with our specialist team. We'll come
back to you on this ticket once that review is finished:

{D9}
{D12}

Mina

{ZD_RULE}

KCSC Takedown

Sep 3, 2024, 01:12 UTC

Dear Discord Trust & Safety,

Under our reference KCSC-240903-01 we request the removal of the
following content, which advertises unlicensed betting to users in Korea:

{chr(10).join(DISCORD)}

Kind regards,
KCSC Takedown desk

This email is a service from Discord Trust & Safety. Delivered by Zendesk
[QW7E2R-K0P9]
""",
    items={D7: "removed", D8: "removed", D9: "pending", D12: "pending"},
)

_dc_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#b5b5b5">{ZD_TOP}</p>
<p><b>Jae P. (Discord Trust &amp; Safety)</b><br>Sep 13, 2024, 02:05 UTC</p>
<p>Hello,</p>
<p>We have finished reviewing three more links from ticket #4829113 (your reference KCSC-240903-01):</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported link</th><th>Outcome</th></tr>
<tr><td><a href="{D4}">{D4}</a></td><td>Server deleted for violating our Community Guidelines</td></tr>
<tr><td><a href="{D10}">{D10}</a></td><td>No violation found. The server does not break our rules and remains on Discord</td></tr>
<tr><td><a href="{D11}">{D11}</a></td><td>Invite link is invalid or expired; no server found</td></tr>
</table>
<p>Thanks,<br>Jae<br>Discord Trust &amp; Safety</p>
<p style="color:#999">This email is a service from Discord Trust &amp; Safety. Delivered by Zendesk</p>
</body></html>"""
_dc_text = f"""{ZD_TOP}

Jae P. (Discord Trust & Safety)
Sep 13, 2024, 02:05 UTC

Hello,

We have finished reviewing three more links from ticket #4829113 (your
reference KCSC-240903-01):

Reported link | Outcome
{D4} | Server deleted for violating our Community Guidelines
{D10} | No violation found. The server does not break our rules and remains on Discord
{D11} | Invite link is invalid or expired; no server found

Thanks,
Jae
Discord Trust & Safety
"""
case(
    name="dc-html-table-ticket",
    outcome="applied", classification="confirmation",
    imitates="Zendesk HTML agent reply with a results table (multipart/alternative)",
    why="table: one server deleted, one kept as not violating with reason, one invite invalid",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 11:05:30 +0900",
    subject="[Discord Safety] Re: KCSC-240903-01 unlawful content report",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=multipart("alternative", "--==_zd_4829113_a", [
        part("text/plain; charset=utf-8", _dc_text, "quoted-printable"),
        part("text/html; charset=utf-8", _dc_html, "quoted-printable"),
    ]),
    items={D4: "removed", D10: "rejected", D11: "not_found"},
)

_csv = f"""link,outcome,notes
{D9},Removed,Message deleted; account terminated
{D12},No violation,Content does not breach our Community Guidelines - left up
{D7},Removed,Server deleted
"""
case(
    name="dc-reply-to-reminder-csv",
    outcome="applied", classification="confirmation",
    imitates="agent reply to a reminder with a CSV export of per-link outcomes attached",
    why="attached CSV: two removed, one left up as not violating (reason given)",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 17 Sep 2024 09:48:12 +0900",
    subject="Re: Reminder: KCSC-240903-01 items still pending",
    raw_mime=multipart("mixed", "zd-mixed-7731", [
        part("text/plain; charset=utf-8", """Hello,

Thanks for the reminder. The status of each link that was still open on
ticket #4829113 is in the attached file.

Regards,
Discord Trust & Safety
"""),
        part('text/csv; charset=utf-8; name="4829113_outcomes.csv"', _csv, "base64",
             'Content-Disposition: attachment; filename="4829113_outcomes.csv"\n'),
    ]),
    items={D9: "removed", D12: "rejected", D7: "removed"},
)

case(
    name="dc-wrapped-angle-urls",
    outcome="applied", classification="confirmation",
    imitates="plain-text agent follow-up with long links in angle brackets, one wrapped across lines",
    why="both messages deleted; the first link is wrapped inside its angle brackets",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 08:15:44 +0900",
    subject="Re: [Discord Safety] KCSC-240903-01 unlawful content report",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""Hi,

Following up on ticket 4829113. We deleted the two messages below and
removed the server they had been posted in:

<https://discord.com/channels/1193847560192837465/
1193847560192837470/1283374650192837461>
<{D8}>

Regards,
Sven K.
Discord Trust & Safety
""",
    items={D7: "removed", D8: "removed"},
)

case(
    name="dc-freshdesk-bare-url-status-below",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style ticket update: each link on its own line, its status on the line below",
    why="two invites removed, one invite code resolves to nothing",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 16 Sep 2024 14:02:19 +0900",
    subject="Ticket #4829113 updated: KCSC-240903-01",
    body=f"""Ticket #4829113 - update from Discord Safety

Hello,

Please find below the outcome for the invite links in your report.

{D2}
Status: Removed (server deleted)

{D4}
Status: Removed (server deleted)

{D11}
Status: Not found - the invite code does not resolve to any server

If you have any further questions, reply to this email and your message
will be added to the ticket.

Discord Safety
""",
    items={D2: "removed", D4: "removed", D11: "not_found"},
)

case(
    name="dc-html-only-notfound-author",
    outcome="applied", classification="confirmation",
    imitates="Zendesk solved notification sent as HTML only (no text part)",
    why="one message removed and its author banned; the other was deleted by its author before review",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 18 Sep 2024 19:30:05 +0900",
    subject="[Discord Safety] Solved: KCSC-240903-01 unlawful content report",
    reply_to_req=req_mid("KCSC-240903-01"),
    type="html",
    body=f"""<html><body>
<p style="color:#aaa">{ZD_TOP}</p>
<p>Your request (4829113) has been solved. To reopen this request, reply to this email.</p>
<hr>
<p><b>Mina R. (Discord Trust &amp; Safety)</b><br>Sep 18, 2024, 10:29 UTC</p>
<p>Hello,</p>
<p>Here are the last two messages from your report:</p>
<ul>
<li><a href="{D9}">{D9}</a> &ndash; we removed this message and banned the account that posted it.</li>
<li><a href="{D12}">{D12}</a> &ndash; this message had already been deleted by its author before we reviewed it, so there was nothing left for us to act on.</li>
</ul>
<p>That closes out ticket #4829113 on our side. Thank you for reporting.</p>
<p>Mina<br>Discord Trust &amp; Safety</p>
</body></html>""",
    items={D9: "removed", D12: "not_found"},
)

case(
    name="dc-all-actioned-bulk",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Zendesk solved notification with a one-line summary for the whole report",
    why="'all of the servers and messages you reported have been removed' for a 12-item request names none of them",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 19 Sep 2024 10:11:00 +0900",
    subject="[Discord Safety] Solved: KCSC-240903-01 unlawful content report",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""{ZD_TOP}

Your request (4829113) has been solved. To reopen this request, reply to this email.
{ZD_RULE}

Sven K. (Discord Trust & Safety)

Sep 19, 2024, 01:10 UTC

Hello,

We've completed our review of your report. All of the servers and
messages you reported have been removed from Discord.

Thank you for helping keep Discord safe.

Sven

This email is a service from Discord Trust & Safety. Delivered by Zendesk
[QW7E2R-K0P9]
""",
    items={u: "pending" for u in DISCORD},
)

case(
    name="dc-promise-will-remove",
    outcome="review", review="not_understood",
    imitates="agent reply announcing scheduled enforcement",
    why="'scheduled for removal and will be taken down' is a promise, not a statement of removal",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 12:44:31 +0900",
    subject="[Discord Safety] Re: KCSC-240903-01 unlawful content report",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""{ZD_TOP}

Jae P. (Discord Trust & Safety)

Sep 10, 2024, 03:44 UTC

Hello,

Our team has confirmed that the servers behind the following invites
break our rules. They are scheduled for removal and will be taken down
within the next 48 hours:

  {D1}
  {D2}
  {D10}

We'll let you know on this ticket (#4829113) when that is done.

Jae
Discord Trust & Safety
""",
    items={D1: "pending", D2: "pending", D10: "pending"},
)

case(
    name="dc-zendesk-subdomain-sender",
    outcome="review", review="unknown_sender",
    imitates="help-desk reply sent from the vendor's hosted subdomain instead of the platform's own domain",
    why="sender domain discordsafety.zendesk.com is not a configured Discord domain",
    **{"from": "support@discordsafety.zendesk.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 15:20:17 +0900",
    subject="[Discord Safety] Re: KCSC-240903-01 unlawful content report",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""{ZD_TOP}

Mina R. (Discord Trust & Safety)

Sep 11, 2024, 06:19 UTC

Hello,

The message at {D5} has been deleted
and the account that posted it has been disabled.

Mina
""",
    items={D5: "pending"},
)

case(
    name="dc-asks-court-order",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk 'pending' status: agent asks the requester for the legal basis",
    why="the platform asks for the statute and any decision before acting; nothing decided",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 05 Sep 2024 17:03:50 +0900",
    subject="[Discord Safety] Awaiting your reply: KCSC-240903-01 unlawful content report",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""{ZD_TOP}

Your request (4829113) is awaiting your reply.
{ZD_RULE}

Jae P. (Discord Trust & Safety)

Sep 5, 2024, 08:03 UTC

Hello,

Thank you for your report. Before we can act on the links it lists, we
need a little more from you:

1. the specific provision of Korean law that the content breaches, and
2. a copy of the decision of your commission, if one has been issued.

Once we have these we will continue our review. If we don't hear back
within 14 days, this ticket will be closed automatically.

Jae
Discord Trust & Safety
""",
    items={},
)

case(
    name="dc-ooo-reminder",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply from an agent to our reminder",
    why="out-of-office auto-reply",
    **{"from": "mina.r@discord.com"}, name_from="Mina R.",
    date="Tue, 17 Sep 2024 09:00:41 +0900",
    subject="Automatic reply: Reminder: KCSC-240903-01 items still pending",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Hi,

I'm out of the office until Monday 23 September with limited access to
email. Your message has not been forwarded. For anything urgent please
write to safety@discord.com so that a ticket is opened for the team.

Mina
""",
    items={},
)

case(
    name="dc-csat-survey",
    outcome="review", review="no_claims",
    imitates="Zendesk customer satisfaction survey sent after a ticket is solved",
    why="trusted Discord mail that names no link and no request of ours (only the platform's own ticket number)",
    **{"from": "noreply@discord.com"}, name_from="Discord Support",
    date="Thu, 19 Sep 2024 22:00:03 +0900",
    subject="How would you rate the support you received?",
    body="""Hello,

We'd love to hear what you think of our support. Please take a moment to
answer one question by clicking one of the links below:

How would you rate the support you received on request #4829113?

Good, I'm satisfied
https://support.discord.com/requests/4829113/satisfaction/good?token=Hx93kQ

Bad, I'm unsatisfied
https://support.discord.com/requests/4829113/satisfaction/bad?token=Hx93kQ

Thank you,
Discord Support
""",
    items={},
)

# ======================= Reddit (ticket 01928374) ========================

case(
    name="rd-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket receipt that echoes the submitted form, links included",
    why="receipt; the links are only our submission copied back",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 05 Sep 2024 14:33:27 +0900",
    subject="[Reddit Legal] Ticket 01928374 received - KCSC-240905-02",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""Thank you for contacting Reddit.

We have received your submission and a member of our team will review it.
Your ticket number is 01928374. Please quote it in any further
correspondence about this matter.

For your records, a copy of your submission follows.

--- Submission ---
Reporter: Korea Communications Standards Commission
Reference: KCSC-240905-02
Description: Posts offering narcotics for sale to users in Korea. We
request their removal.
URLs:
{R1}
{R2}
{R3}
{R4}
--- End of submission ---

Reddit Legal
""",
    items={},
)

case(
    name="rd-solved-url-then-status",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal/safety outcome email, each URL followed by its outcome on the next line",
    why="two removed, one kept with reason, one restricted in South Korea",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 03:12:55 +0900",
    subject="Re: [Reddit Legal] Ticket 01928374 - KCSC-240905-02",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""Hi there,

Thanks for your report (ticket 01928374). After review, here are the
outcomes for each link:

{R1}
Removed for violating Reddit's Content Policy.

{R2}
Removed for violating Reddit's Content Policy.

{R3}
We did not find a violation of Reddit's Content Policy, so this content
remains up.

{R4}
Access to this content has been restricted in South Korea in response to
your legal request.

You can read more about how we handle government requests in our
Transparency Report: https://www.redditinc.com/policies/transparency-report

Reddit Legal
""",
    items={R1: "removed", R2: "removed", R3: "rejected", R4: "restricted"},
)

case(
    name="rd-helpscout-partial-answer",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply ('X replied to your conversation')",
    why="one post removed (URL on the line below the statement); the others still being reviewed",
    **{"from": "safety@reddit.com"}, name_from="Reddit Safety",
    date="Mon, 09 Sep 2024 07:51:36 +0900",
    subject="Re: KCSC-240905-02 [#88213]",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""Jordan from Reddit Safety replied to your conversation #88213

Hello,

Thanks for flagging these. The following post has been removed from
Reddit:
{R4}

We're still looking at the other links in your request and will follow
up in this conversation.

Jordan
Reddit Safety

--
Conversation #88213 - reply to this email to respond.
""",
    items={R4: "removed"},
)

case(
    name="rd-bracket-labels",
    outcome="applied", classification="confirmation",
    imitates="agent reply to a reminder with bracketed outcome labels, Gmail-quoted reminder below",
    why="one removed, one deleted by its author, one kept as not violating; the fourth link is only in our quoted reminder",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 23:40:02 +0900",
    subject="Re: Reminder: KCSC-240905-02 items still pending",
    body=f"""Hi,

Here is where things stand on ticket 01928374:

[Removed] {R2}
[Already deleted by the author] {R1}
[No action - no violation of Reddit's rules found; stays up] {R3}

Thanks,
Reddit Legal

On Fri, 13 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Reddit Legal,
>
> Our request KCSC-240905-02 of 5 September is past its deadline. The
> following items are still pending on our side:
>
> {R1}
> {R2}
> {R3}
> {R4}
>
> Please let us know what action has been taken.
>
> KCSC Takedown desk
""",
    items={R2: "removed", R1: "not_found", R3: "rejected", R4: "pending"},
)

case(
    name="rd-ticket-closed-no-detail",
    outcome="review", review="not_understood",
    imitates="help-desk 'ticket closed' notification without any outcome",
    why="references our request but says nothing about any link; closing a ticket is not a status",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 18 Sep 2024 02:00:11 +0900",
    subject="[Reddit Legal] Ticket 01928374 closed - KCSC-240905-02",
    body="""Hello,

Your ticket 01928374 (KCSC-240905-02) has been marked as closed.

If you believe it was closed in error, reply to this email within 7 days
and it will be reopened. After that, please submit a new request.

Reddit Legal
""",
    items={},
)

case(
    name="rd-dmarc-fail",
    outcome="review", review="untrusted",
    imitates="Reddit outcome email whose authentication fails",
    why="From reddit.com but DKIM/SPF/DMARC fail",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal", auth="fail",
    date="Thu, 12 Sep 2024 05:27:48 +0900",
    subject="Re: [Reddit Legal] Ticket 01928374 - KCSC-240905-02",
    body=f"""Hello,

The posts at {R1} and {R2} have been removed
for violating Reddit's Content Policy.

Reddit Legal
""",
    items={R1: "pending", R2: "pending"},
)

case(
    name="rd-internal-forward",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform employee forwarding a colleague's internal note (Gmail 'Forwarded message')",
    why="the only statement is inside a forwarded internal message, not the sender's own word",
    **{"from": "swhitfield@reddit.com"}, name_from="Sam Whitfield",
    date="Mon, 16 Sep 2024 11:14:40 +0900",
    subject="Fwd: Re: KCSC-240905-02",
    body=f"""FYI, see the note below from our Safety team about your report.

Sam

---------- Forwarded message ---------
From: Reddit Safety Ops <safety-ops@reddit.com>
Date: Sun, Sep 15, 2024 at 6:02 PM
Subject: Re: KCSC-240905-02
To: Sam Whitfield <swhitfield@reddit.com>

Sam - {R3} was reviewed again and removed under Rule 3.
""",
    items={R3: "pending"},
)

# ======================= Kakao ==========================================

case(
    name="kakao-korean-ticket-result",
    outcome="applied", classification="confirmation",
    imitates="카카오 고객센터 문의 답변 메일 (게시중단 / 임시조치 / 작성자 삭제)",
    why="게시중단 -> removed, 임시조치 -> restricted, 작성자가 이미 삭제 -> not_found; raw Korean path",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 15:31:09 +0900",
    subject="[카카오 고객센터] 문의번호 2409100137 답변 안내 (KCSC-240906-03)",
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240906-03)에 대한
처리 결과를 아래와 같이 안내드립니다.

1. {K1}
   → 운영정책 위반이 확인되어 게시중단 처리하였습니다.
2. {K2_RAW}
   → 관련 법령에 따라 임시조치(30일)하였습니다.
3. {K3}
   → 작성자가 이미 삭제한 글로 확인되어 별도 조치가 필요하지 않습니다.

본 메일은 발신 전용입니다. 추가 문의는 고객센터 문의하기를 이용해 주세요.
감사합니다.
""",
    items={K1: "removed", K2: "restricted", K3: "not_found"},
)

_kk_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. Daum 고객센터입니다.</p>
<p>문의번호 2409100137 (KCSC-240906-03) 건의 시정요구 조치결과를 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치 결과</th></tr>
<tr><td>1</td><td>{K1}</td><td>블라인드</td></tr>
<tr><td>2</td><td>{K2}</td><td>비공개 처리</td></tr>
<tr><td>3</td><td>{K3}</td><td>위반사항 미확인 (운영정책 위반 아님, 게시 유지)</td></tr>
</table>
<p>감사합니다.<br>Daum 고객센터 드림</p>
</body></html>"""
case(
    name="kakao-base64-html-table",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 시정요구 조치결과 HTML 표 (base64 본문)",
    why="블라인드 -> removed, 비공개 처리 -> removed, 위반 아님 게시 유지 -> rejected",
    **{"from": "noreply@daum.net"}, name_from="Daum 고객센터",
    date="Fri, 13 Sep 2024 10:02:44 +0900",
    subject="[Daum 고객센터] 문의 답변: KCSC-240906-03 조치결과",
    reply_to_req=req_mid("KCSC-240906-03"),
    raw_mime=single("text/html; charset=utf-8", _kk_html, "base64"),
    items={K1: "removed", K2: "removed", K3: "rejected"},
)

case(
    name="kakao-fullwidth-particles",
    outcome="applied", classification="confirmation",
    imitates="카카오 권리보호센터 담당자 회신 (URL 뒤에 조사·전각 괄호)",
    why="K1 게시중단, K3 운영자 삭제; URLs run into a particle and full-width parentheses",
    **{"from": "rights@kakaocorp.com"}, name_from="카카오 권리보호센터",
    date="Wed, 11 Sep 2024 17:45:20 +0900",
    subject="RE: [KCSC-240906-03] 불법정보 처리 요청",
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""안녕하세요. 카카오 권리보호센터 박지호입니다.

요청하신 게시물 중 {K1}은 2024년 9월 11일 게시중단 조치하였으며,
브런치 글（{K3}）은 운영자 삭제 처리되었습니다.

나머지 티스토리 게시물은 확인 후 별도로 회신드리겠습니다.

박지호 드림
""",
    items={K1: "removed", K3: "removed"},
)

_kk_qp = f"""안녕하세요, 카카오 권리보호센터입니다.

지난 답변에서 검토 중으로 안내드린 티스토리 게시글
{K2}
은 블라인드 처리를 완료하였습니다.

감사합니다.

2024년 9월 10일 (화) 오후 3:31, 카카오 권리보호센터 <rights@kakaocorp.com>님이 작성:
> 안녕하세요.
> 1. {K1} → 임시조치
> 2. {K2_RAW} → 검토 중
"""
case(
    name="kakao-qp-followup",
    outcome="applied", classification="confirmation",
    imitates="같은 스레드의 추가 답변 (quoted-printable, 이전 답변 인용)",
    why="블라인드 처리 완료 for the Tistory post; K1's 임시조치 is only in the quoted earlier answer",
    **{"from": "rights@kakaocorp.com"}, name_from="카카오 권리보호센터",
    date="Mon, 16 Sep 2024 10:20:00 +0900",
    subject="RE: RE: [KCSC-240906-03] 불법정보 처리 요청",
    reply_to_req=req_mid("KCSC-240906-03"),
    raw_mime=single("text/plain; charset=utf-8", _kk_qp, "quoted-printable"),
    items={K2: "removed", K1: "pending"},
)

case(
    name="kakao-under-review-korean",
    outcome="review", review="not_understood",
    imitates="카카오 고객센터 '검토 중' 중간 답변",
    why="검토 중 / 조치 후 안내 예정: a promise, no status",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 11:08:32 +0900",
    subject="[카카오 고객센터] 문의번호 2409100137 중간 답변 (KCSC-240906-03)",
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""안녕하세요, 카카오 고객센터입니다.

접수하신 게시물
- {K1}
- {K2_RAW}
에 대해서는 현재 담당 부서에서 검토 중이며, 검토가 완료되는 대로
조치 후 결과를 안내드리겠습니다.

이용에 불편을 드려 죄송합니다.
""",
    items={K1: "pending", K2: "pending"},
)

case(
    name="kakao-ooo",
    outcome="ignored", classification="auto_reply",
    imitates="추석 연휴 부재중 자동응답",
    why="out-of-office auto-reply in Korean",
    **{"from": "haneul.lee@kakaocorp.com"}, name_from="이하늘",
    date="Mon, 16 Sep 2024 09:01:10 +0900",
    subject="[자동응답] 부재중입니다: RE: [KCSC-240906-03] 불법정보 처리 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 이하늘입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 rights@kakaocorp.com 으로 보내 주시면 담당자가 확인합니다.

감사합니다.
""",
    items={},
)

# ======================= X =============================================

case(
    name="x-ticket-withheld-and-notfound",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome (country-withheld post, post not located)",
    why="opens with 'we have received' but then states: X1 withheld in South Korea, X2 not located",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 06:18:52 +0900",
    subject="Case# 0192837465: KCSC-240909-04",
    reply_to_req=req_mid("KCSC-240909-04"),
    body=f"""Hello,

We have received your request and reviewed the reported content.

{X1}
We have withheld this post in South Korea in accordance with local law.

{X2}
We were unable to locate this post. Please check that the URL is
correct.

Thank you,
X Legal
""",
    items={X1: "restricted", X2: "not_found"},
)

case(
    name="x-reply-gmail-quoted",
    outcome="applied", classification="confirmation",
    imitates="agent reply to our reminder, Gmail 'On ... wrote:' quoting below",
    why="X2 removed in the reply; X1 appears only in our quoted reminder",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 17 Sep 2024 04:40:16 +0900",
    subject="Re: Reminder: KCSC-240909-04 items still pending",
    body=f"""Hello,

Thank you for following up. We have removed {X2} for violating
our rules on illegal goods and services.

X Legal

On Mon, Sep 16, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> The following items of our request KCSC-240909-04 are still pending:
> {X1}
> {X2}
>
> KCSC Takedown desk
""",
    items={X2: "removed", X1: "pending"},
)

case(
    name="x-both-withheld-bulk",
    outcome="review", review="bulk", classification="confirmation",
    imitates="short X outcome covering all reported posts at once",
    why="'both of the posts you reported' for a two-item request, neither named",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 02:09:31 +0900",
    subject="Case# 0192837465: KCSC-240909-04",
    reply_to_req=req_mid("KCSC-240909-04"),
    body="""Hello,

Both of the posts you reported have been withheld in South Korea.

Thank you,
X Legal
""",
    items={X1: "pending", X2: "pending"},
)

case(
    name="x-uploader-gmail",
    outcome="review", review="unknown_sender",
    imitates="the account holder writing back after being notified of the request",
    why="from gmail.com, not X; a user's claim that he deleted his post",
    **{"from": "parcelowl.kr@gmail.com"}, name_from="parcel owl",
    date="Sat, 14 Sep 2024 21:55:03 +0900",
    subject="Re: KCSC-240909-04",
    body=f"""hello

X told me about your request. I already deleted my post
{X1} yesterday, please close this.
""",
    items={X1: "pending"},
)

case(
    name="x-mdn",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) for our reminder",
    why="message disposition notification",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 10:31:27 +0900",
    subject="Read: Reminder: KCSC-240909-04 items still pending",
    raw_mime=multipart("report", "mdn-b1-240916", [
        part("text/plain; charset=utf-8", """Your message

To: legal@x.com
Subject: Reminder: KCSC-240909-04 items still pending
Sent: Monday, September 16, 2024 10:00:00 AM (UTC+09:00) Seoul

was read on Monday, September 16, 2024 10:31:20 AM (UTC+09:00) Seoul.
""", "7bit"),
        part("message/disposition-notification", """Reporting-UA: mail.x.com; Microsoft Exchange Server
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <rem.240909-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
""", "7bit"),
    ], '; report-type=disposition-notification'),
    items={},
)

# ======================= Telegram (Case #5510293) ======================

case(
    name="tg-receipt-case",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse desk automatic case receipt",
    why="receipt with a case number, nothing about any item",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 16:25:48 +0900",
    subject="Case #5510293: your report KCSC-240910-05",
    reply_to_req=req_mid("KCSC-240910-05"),
    body="""Hello,

Thank you for your report. It has been registered as Case #5510293 and
passed to the team that handles it.

Please do not reply to this message. To add information, send a new email
with the case number in the subject.

Telegram Abuse Team
""",
    items={},
)

_tg_qp = f"""Hello,

Case #5510293 (your reference KCSC-240910-05).

Following our review, the following content has been blocked on Telegram
for violating our Terms of Service:

— {T1}
— {T2}
— the channel {T3}

The invite link {T5} does not lead to any existing chat, so there was
nothing to act on.

Telegram Abuse Team
"""
case(
    name="tg-followup-qp",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk outcome in quoted-printable with em-dash bullets",
    why="two posts and the channel blocked; the invite link leads to no chat",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sun, 15 Sep 2024 20:12:05 +0900",
    subject="Re: Case #5510293: your report KCSC-240910-05",
    reply_to_req=req_mid("KCSC-240910-05"),
    raw_mime=single("text/plain; charset=utf-8", _tg_qp, "quoted-printable"),
    items={T1: "removed", T2: "removed", T3: "removed", T5: "not_found"},
)

case(
    name="tg-partial-answer-bare-tme",
    outcome="applied", classification="confirmation",
    imitates="Telegram partial answer naming one channel without a scheme",
    why="channel blocked (written as t.me/... without https); the other links still under review",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 01:44:19 +0900",
    subject="Re: Case #5510293: your report KCSC-240910-05",
    reply_to_req=req_mid("KCSC-240910-05"),
    body="""Hello,

Regarding Case #5510293: we have blocked t.me/gloomlane_shop for
violating Telegram's Terms of Service. The remaining links in your report
are still being reviewed.

Telegram Abuse Team
""",
    items={T3: "removed"},
)

case(
    name="tg-top-posted-over-reminder",
    outcome="applied", classification="confirmation",
    imitates="top-posted reply over our quoted reminder",
    why="two posts taken down; the other three links appear only in our quoted reminder",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 03:27:40 +0900",
    subject="Re: Reminder: KCSC-240910-05 items still pending",
    body=f"""Hello,

Both {T1} and {T2} have been taken down.

Telegram Abuse Team

On Tue, 17 Sep 2024 at 10:02, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Reminder for our request KCSC-240910-05 (Case #5510293). These items
> are still pending:
>
> {T1}
> {T2}
> {T3}
> {T4}
> {T5}
>
> KCSC Takedown desk
""",
    items={T1: "removed", T2: "removed", T3: "pending", T4: "pending", T5: "pending"},
)

case(
    name="tg-echoed-report-verdicts",
    outcome="applied", classification="confirmation",
    imitates="report echoed item by item with a decision line under each",
    why="one post removed, one left up as not breaking the ToS",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 16 Sep 2024 13:05:57 +0900",
    subject="Re: Case #5510293: your report KCSC-240910-05",
    reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""Case #5510293
Reported items and decisions:

Item: {T4}
Decision: Removed - violates Telegram's Terms of Service

Item: {T2}
Decision: No violation found. The post does not break Telegram's Terms of
Service and stays available.

Telegram Abuse Team
""",
    items={T4: "removed", T2: "rejected"},
)

case(
    name="tg-hedge-may-be-deleted",
    outcome="review", review="not_understood",
    imitates="abuse-desk interim note with a guess about an invite link",
    why="'seems to belong to a group that may already have been deleted' is a hedge",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 18:36:22 +0900",
    subject="Re: Case #5510293: your report KCSC-240910-05",
    reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""Hello,

Case #5510293: the private invite link {T5} seems to belong to a group
that may already have been deleted by its owner. We are checking further.

Telegram Abuse Team
""",
    items={T5: "pending"},
)

case(
    name="tg-bounce-dsn",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for our reminder (mailbox full)",
    why="bounce of our own reminder",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Tue, 17 Sep 2024 10:05:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "4E1A2C0B31.1726535112/mx.kcsc.example", [
        part("text/plain; charset=us-ascii", """This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<dsa@telegram.org>: host mx1.telegram.org[203.0.113.25] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)
""", "7bit", "Content-Description: Notification\n"),
        part("message/delivery-status", """Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4E1A2C0B31
Arrival-Date: Tue, 17 Sep 2024 10:02:00 +0900

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.telegram.org
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
""", "7bit", "Content-Description: Delivery report\n"),
        part("text/rfc822-headers", """From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: KCSC-240910-05 items still pending
Date: Tue, 17 Sep 2024 10:02:00 +0900
Message-ID: <rem.240910-05@kcsc.example>
""", "7bit", "Content-Description: Undelivered Message Headers\n"),
    ], '; report-type=delivery-status'),
    items={},
)

# ======================= YouTube (one item) ============================

case(
    name="yt-solved-single-bulk",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support ticket reply summarising the outcome for the whole request",
    why="'removed all the content you reported' for a one-item request applies to that item",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sun, 15 Sep 2024 08:50:37 +0900",
    subject="[8-1930284756] Re: KCSC-240911-06",
    reply_to_req=req_mid("KCSC-240911-06"),
    body="""Hi,

Thanks for your report. After review, we've removed all the content you
reported in this request.

For more information about how we handle legal removals, see
https://support.google.com/youtube/answer/6154230

Regards,
The YouTube Legal Team
""",
    items={Y1: "removed"},
)

case(
    name="yt-jira-comment-restricted",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management comment notification ('Reply above this line', status Resolved)",
    why="video restricted in South Korea (still available elsewhere)",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 14:22:08 +0900",
    subject="LGL-48211 KCSC-240911-06 removal request",
    body=f"""---- Reply above this line.

YouTube Legal Support commented:

We have restricted access to {Y1} in South Korea, in line with
local law. The video remains available in other countries.

Status: Resolved

View request . Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    items={Y1: "restricted"},
)

# ======================= NAVER =========================================

case(
    name="naver-ticket-numbered-list",
    outcome="applied", classification="confirmation",
    imitates="네이버 고객센터 문의 답변 (접수번호, 번호 목록)",
    why="게시중단 처리 완료 -> removed; 국내 접근 제한 -> restricted",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Sat, 14 Sep 2024 10:40:55 +0900",
    subject="[네이버 고객센터] 문의 답변 (접수번호 NV-240912-55810)",
    reply_to_req=req_mid("KCSC-240912-07"),
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청번호 KCSC-240912-07 관련 처리 결과를 안내드립니다.

1) {N1} : 게시중단 처리 완료
2) {N2} : 국내 접근 제한 조치 완료

더 궁금하신 점은 고객센터로 문의해 주세요.
감사합니다.
""",
    items={N1: "removed", N2: "restricted"},
)

case(
    name="naver-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="담당자 Outlook 회신 (-----Original Message----- 아래 원 요청)",
    why="cafe post kept (no policy violation found); the blog post is only in our quoted request",
    **{"from": "seoyeon.kim@navercorp.com"}, name_from="김서연",
    date="Wed, 18 Sep 2024 16:12:33 +0900",
    subject="RE: [KCSC-240912-07] 불법정보 삭제 요청",
    reply_to_req=req_mid("KCSC-240912-07"),
    body=f"""안녕하세요. 네이버 정책지원팀 김서연입니다.

카페 게시글 {N2} 은 검토 결과 운영정책 위반 사항이 확인되지 않아
게시를 유지하기로 하였습니다. 블로그 게시글은 검토를 마치는 대로 다시 회신드리겠습니다.

김서연 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 1:15 PM
To: policy@navercorp.com
Subject: [KCSC-240912-07] 불법정보 삭제 요청

안녕하세요. 방송통신심의위원회입니다.
아래 게시물의 삭제를 요청드립니다.

{N1}
{N2}
""",
    items={N2: "rejected", N1: "pending"},
)

_nv_html = f"""<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>요청번호 KCSC-240912-07 처리 결과입니다.</p>
<table border="1" cellpadding="5">
<tr><th>게시물 주소</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td><a href="{N1}">{N1}</a></td><td>임시조치</td><td>2024-09-16</td></tr>
<tr><td><a href="{N2}">{N2}</a></td><td>운영자 삭제</td><td>2024-09-16</td></tr>
</table>
<p>감사합니다.</p>
</body></html>"""
_nv_text = f"""안녕하세요. 네이버 고객센터입니다.
요청번호 KCSC-240912-07 처리 결과입니다.

게시물 주소 / 처리 결과 / 처리일
{N1} / 임시조치 / 2024-09-16
{N2} / 운영자 삭제 / 2024-09-16

감사합니다.
"""
case(
    name="naver-html-table",
    outcome="applied", classification="confirmation",
    imitates="네이버 고객센터 HTML 처리결과 표 (multipart/alternative, base64)",
    why="임시조치 -> restricted; 운영자 삭제 -> removed",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Mon, 16 Sep 2024 18:03:14 +0900",
    subject="[네이버 고객센터] 처리 결과 안내 (KCSC-240912-07)",
    reply_to_req=req_mid("KCSC-240912-07"),
    raw_mime=multipart("alternative", "nv_alt_55810", [
        part("text/plain; charset=utf-8", _nv_text, "base64"),
        part("text/html; charset=utf-8", _nv_html, "base64"),
    ]),
    items={N1: "restricted", N2: "removed"},
)

case(
    name="naver-states-daum-item",
    outcome="review", review="wrong_platform",
    imitates="네이버 회신: 잘못 보낸 독촉에 '네이버에서 확인되지 않습니다'",
    why="NAVER states 'not found' for a Daum cafe item of the Kakao request (our reminder went to the wrong desk)",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Tue, 17 Sep 2024 11:26:48 +0900",
    subject="RE: [KCSC-240906-03] 불법정보 처리 요청 (재안내)",
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물({K1})은 네이버에서 확인되지 않습니다.
네이버 서비스의 게시물이 아닌 것으로 보이니 해당 서비스 운영사에 문의해 주시기 바랍니다.

감사합니다.
""",
    items={K1: "pending"},
)

HEADER = """# Blind set 422: ticket systems and threads (Zendesk / Freshdesk / Help
# Scout / Jira Service Management style receipts, results, solved tickets,
# follow-ups in the same thread, replies to reminders, partial answers,
# forwarded mail). Written by tests/corpus/blind422/make.py from each email's
# meaning, before any run of the reader. See NOTES.md.
"""

def encode_headers(cases):
    """RFC 2047-encode non-ASCII display names and subjects, as mailers do."""
    from email.header import Header
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind422", HEADER, CASES)
