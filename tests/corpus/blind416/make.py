#!/usr/bin/env python3
"""Blind set 416: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved
tickets, follow-ups in one thread (with the ticket's own history below the
newest comment), replies to our reminders, partial answers and forwarded
mail. Every email is written from scratch with fictional URLs, names and
ids; the expected results were written from each email's meaning before
the reader was ever run on them.

    python3 tests/corpus/blind416/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def D(s, tz=9):
    """'2024-09-06 08:14' in the given UTC offset -> RFC 5322 date."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=tz)))
    return format_datetime(dt)


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240910-03", "KCSC-240911-04",
    "KCSC-240912-05", "KCSC-240912-06", "KCSC-240913-07",
)

# Discord, the largest request (12 items)
D1 = "https://discord.gg/moonbet77"
D2 = "https://discord.gg/Xq4pLr2"
D3 = "https://discord.com/channels/903311245608112233/903311245608112240/1281999000111222333"
D4 = "https://discord.com/channels/903311245608112233/903311245608112240/1281999000111222400"
D5 = "https://discord.com/channels/811722009145300011/811722009145300019/1282004411223344556"
D6 = "https://discord.com/invite/seoulcasinohub"
D7 = "https://discord.gg/pillmarket"
D8 = "https://discord.com/channels/811722009145300011/811722009145300025/1282007788990011223"
D9 = "https://discord.gg/kr-toto-vip"
D10 = "https://cdn.discordapp.com/attachments/903311245608112240/1282000012345678901/flyer.png"
D11 = "https://discord.gg/nightpass"
D12 = "https://discord.com/channels/977001234500001111/977001234500001118/1282111122223333444"
DALL = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12]
# X (4)
X1 = "https://x.com/luckyspin_kr/status/1831200000000000101"
X2 = "https://x.com/luckyspin_kr/status/1831200000000000257"
X3 = "https://x.com/bluepill_seoul"
X4 = "https://x.com/toto_daily_kr/status/1831288888000000042"
XALL = [X1, X2, X3, X4]
# Kakao (5); K4 is stored percent-encoded, K4RAW is how a person writes it
K1 = "https://cafe.daum.net/nightmarket77/Bx1c/231"
K2 = "https://cafe.daum.net/nightmarket77/Bx1c/240"
K3 = "https://moonlit-shop.tistory.com/48"
K4 = "https://moonlit-shop.tistory.com/entry/%EC%8B%A0%EC%83%81-%ED%8C%90%EB%A7%A4-%EC%95%88%EB%82%B4"
K4RAW = "https://moonlit-shop.tistory.com/entry/신상-판매-안내"
K5 = "https://open.kakao.com/o/gBx7Lp2f"
KALL = [K1, K2, K3, K4, K5]
# Telegram (3)
T1 = "https://t.me/seoul_lucky_room"
T2 = "https://t.me/pillbox_kr/1183"
T3 = "https://t.me/pillbox_kr/1190"
TALL = [T1, T2, T3]
# YouTube (2)
Y1 = "https://www.youtube.com/watch?v=Qm7bT2xLp0A"
Y2 = "https://www.youtube.com/@jackpot-tv-kr"
# NAVER (3)
N1 = "https://blog.naver.com/silverfox_22/223588100417"
N2 = "https://cafe.naver.com/moneytree88/5120"
N3 = "https://post.naver.com/viewer/postView.naver?volumeNo=38811234&memberNo=5512390"
NALL = [N1, N2, N3]
# Discord, one item
S1 = "https://discord.gg/hanriver-bets"

REQUESTS = [
    (R1, "discord", "2024-09-03T10:00:00+09:00", "gambling", DALL, "servers, messages and a flyer advertising illegal betting"),
    (R2, "x", "2024-09-05T11:00:00+09:00", "gambling", XALL, "betting promotion posts and a drug sales account"),
    (R3, "kakao", "2024-09-10T14:00:00+09:00", "drugs", KALL, "Daum cafe posts, Tistory posts and an open chat room"),
    (R4, "telegram", "2024-09-11T10:30:00+09:00", "drugs", TALL, "channel and two sales posts"),
    (R5, "youtube", "2024-09-12T15:05:00+09:00", "gambling", [Y1, Y2], "video and channel"),
    (R6, "naver", "2024-09-12T16:20:00+09:00", "fraud", NALL, "blog, cafe and post entries"),
    (R7, "discord", "2024-09-13T09:40:00+09:00", "gambling", [S1], "one server invite"),
]


def mid(ref):
    return "req." + ref  # Message-ID of our request email is <req.REF@kcsc.example>


def write_requests():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, cat, urls, note in REQUESTS:
        s = datetime.fromisoformat(sent)
        due = (s + timedelta(days=7)).isoformat()
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text_or_bytes):
    b = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    return base64.encodebytes(b).decode("ascii")


def single(ctype, cte, body):
    return f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n\n{body.rstrip(chr(10))}\n"


def multipart(ctype, boundary, parts, preamble=""):
    s = f"Content-Type: {ctype}; boundary=\"{boundary}\"\n\n"
    if preamble:
        s += preamble + "\n"
    for p in parts:
        s += f"--{boundary}\n{p.rstrip(chr(10))}\n\n"
    s += f"--{boundary}--\n"
    return s


def reply(ref):
    return mid(ref)


CASES = []


def enc(s):
    """RFC 2047-encode a header value that is not ASCII, as mail clients do."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode(linesep="\n")


def case(**kw):
    for k in ("subject", "name_from"):
        if k in kw:
            kw[k] = enc(kw[k])
    n = kw.get("name_from", "")
    if n.isascii() and any(ch in n for ch in "(),"):
        kw["name_from"] = '"' + n + '"'  # parentheses would be a comment
    CASES.append(kw)


def pend(urls):
    return {u: "pending" for u in urls}


# ================================================================ Discord
case(
    name="dc-zendesk-receipt",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date=D("2024-09-03 10:41"),
    subject=f"[Discord Safety] Request received: {R1} removal request",
    reply_to_req=reply(R1),
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body=f"""
##- Please type your reply above this line -##

Hello,

Thanks for getting in touch with Discord Trust & Safety. This automatic
message confirms that your request has reached us and has been given the
ticket number #48213377.

Someone from our team will look at the information you sent and answer in
this thread. There is no need to send the same request again; if you want
to add something, just reply to this email.

Summary of your request
Subject: {R1} removal request (12 URLs)
Submitted: September 3, 2024

Discord Trust & Safety
https://discord.com/safety

This email is a service from Discord Trust & Safety. [XR7Q2-9LK0P]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-acknowledgement with the reply-above-this-line marker",
    why="pure ticket receipt: confirms receipt and a ticket number, says nothing about any item",
    items={},
)

case(
    name="dc-zendesk-first-results",
    **{"from": "support@discord.com"}, name_from="Rafael (Discord Trust & Safety)",
    date=D("2024-09-06 08:14", tz=0),
    subject=f"[Discord Safety] Re: {R1} removal request",
    reply_to_req=reply(R1),
    body=f"""
##- Please type your reply above this line -##

Your request (48213377) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Rafael (Discord Trust & Safety)

Sep 6, 2024, 08:14 UTC

Hello,

Thank you for your patience. We have gone through the first group of links
in your request and this is what we did:

- {D1} - server removed from Discord; the invite no longer resolves.
- {D2} - server removed.
- {D3} - message deleted and the author's account disabled.
- {D7} - this invite was already invalid when we checked it, and we could not find any server it belonged to.
- {D4} - we looked at this message and did not find a violation of our Community Guidelines, so we have not taken action on it.

We are still working through the rest of the links and will update this
ticket when that review is finished.

More about how we enforce our rules: https://discord.com/guidelines

Best,
Rafael
Discord Trust & Safety

[XR7Q2-9LK0P]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been updated' agent comment with a dashed list of links",
    why="five links, each with an unhedged outcome; the remaining links are only promised",
    items={D1: "removed", D2: "removed", D3: "removed", D7: "not_found", D4: "rejected"},
)

case(
    name="dc-zendesk-thread-history",
    **{"from": "support@discord.com"}, name_from="Rafael (Discord Trust & Safety)",
    date=D("2024-09-10 05:02", tz=0),
    subject=f"[Discord Safety] Re: {R1} removal request",
    reply_to_req=reply(R1),
    body=f"""
##- Please type your reply above this line -##

Your request (48213377) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Rafael (Discord Trust & Safety)

Sep 10, 2024, 05:02 UTC

Hi again,

Here is the second part. For these links:

{D5}
Message deleted.

{D6}
We deleted the server behind this invite.

{D8}
The channel this message is in is now age-restricted, so it is only
shown to users who have confirmed they are adults.

{D11}
The invite had expired and we could not identify a server for it.

That leaves the flyer and two other links, which are still with the
team.

----------------------------------------------

KCSC Takedown

Sep 9, 2024, 01:00 UTC

Hello, could you let us know where the other links of our request stand?
Our deadline has passed. Thank you.

----------------------------------------------

Rafael (Discord Trust & Safety)

Sep 6, 2024, 08:14 UTC

Hello,

Thank you for your patience. We have gone through the first group of links
in your request and this is what we did:

- {D1} - server removed from Discord; the invite no longer resolves.
- {D2} - server removed.

We are still working through the rest of the links.

[XR7Q2-9LK0P]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk update notification that prints the whole ticket history (newest comment first) below dashed separators",
    why="newest comment gives four statuses (URL line, status on the line below); the earlier comment in the history is the same platform's own unquoted statement, so D1 and D2 are removed as well",
    items={D5: "removed", D6: "removed", D8: "restricted", D11: "not_found", D1: "removed", D2: "removed"},
)

case(
    name="dc-helpscout-reminder-reply",
    **{"from": "mina.okafor@discord.com"}, name_from="Mina at Discord",
    date=D("2024-09-16 14:37"),
    subject=f"Re: Reminder: {R1} - items still pending",
    extra_headers=[
        f"In-Reply-To: <reminder.{R1}.1@kcsc.example>",
        f"References: <{mid(R1)}@kcsc.example> <reminder.{R1}.1@kcsc.example>",
        "X-HelpScout-Conversation: 2231907",
    ],
    body=f"""
Hi there,

Thanks for the nudge, and sorry this one sat in our queue longer than it
should have.

I went through the links that were still open on {R1}. The server behind
discord.gg/kr-toto-vip has been deleted together with its invite. The
attachment you flagged is no longer served by our CDN; we removed the file:
{D10}

As for the message at
{D12}
our moderators looked at it twice and concluded that it does not break our
rules (it is a news article being discussed, not an offer), so it stays up.

Let me know if you need anything else.

Mina
Discord Legal Operations

Conversation #2231907 · Reply to this email to continue the conversation.

On Mon, Sep 16, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: the following items of request {R1} are still pending
> after the deadline of 2024-09-10:
>
> {D5}
> {D6}
> {D8}
> {D9}
> {D10}
> {D11}
> {D12}
>
> Please tell us what was done with each of them.
""",
    outcome="applied", classification="confirmation",
    imitates="HelpScout-style personal reply to a reminder, prose, Gmail '>' quoting of the reminder below",
    why="D9 (scheme-less) deleted, D10 removed (URL on the line below), D12 stays up with a reason; the reminder's list is quoted and changes nothing",
    items={D9: "removed", D10: "removed", D12: "rejected",
           D5: "pending", D6: "pending", D8: "pending", D11: "pending"},
)

case(
    name="dc-html-table-update",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date=D("2024-09-11 16:20"),
    subject=f"[Discord Safety] Update on request #48213377 ({R1})",
    reply_to_req=reply(R1),
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#b5b5b5">##- Please type your reply above this line -##</p>
<p>Hello,</p>
<p>We have finished reviewing the following links from your request. The outcome for each one is shown below.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>Reported link</th><th>Action taken</th></tr>
<tr><td><a href="{D3}">{D3}</a></td><td>Message deleted</td></tr>
<tr><td><a href="{D5}">{D5}</a></td><td>Message deleted</td></tr>
<tr><td><a href="{D6}">{D6}</a></td><td>Server deleted</td></tr>
<tr><td><a href="{D8}">{D8}</a></td><td>Channel age-restricted</td></tr>
<tr><td><a href="{D12}">{D12}</a></td><td>No violation found &ndash; no action</td></tr>
</table>
<p>If you disagree with one of these decisions you can ask us to take another look through our
<a href="https://support.discord.com/hc/en-us/requests/new?ticket_form_id=360000029731">appeal form</a>.</p>
<p>Discord Trust &amp; Safety</p>
<p style="color:#b5b5b5">[XR7Q2-9LK0P]</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk HTML ticket update with a two-column outcome table and an appeal-form link",
    why="HTML table, one outcome per link; the appeal form is a help link, not an item",
    items={D3: "removed", D5: "removed", D6: "removed", D8: "restricted", D12: "rejected"},
)

_csv = "url,outcome,notes\n" + "\n".join([
    f"{D1},Removed,Server deleted",
    f"{D2},Removed,Server deleted",
    f"{D3},Removed,Message deleted",
    f"{D4},No action,Does not violate Community Guidelines",
    f"{D5},Removed,Message deleted",
    f"{D6},Removed,Server deleted",
    f"{D7},Not found,Invite was invalid before review",
    f"{D8},Restricted,Channel age-restricted",
    f"{D9},Removed,Server deleted",
    f"{D10},Removed,File purged from CDN",
    f"{D11},Not found,Invite expired; no server identified",
    f"{D12},No action,Does not violate Community Guidelines",
]) + "\n"
case(
    name="dc-freshdesk-csv-report",
    **{"from": "legalops@discord.com"}, name_from="Discord Legal Operations",
    date=D("2024-09-17 11:05"),
    subject=f"Ticket #DS-77120 resolved - {R1} outcome report",
    reply_to_req=reply(R1),
    raw_mime=multipart("multipart/mixed", "=_fd_77120_b1", [
        single("text/plain; charset=utf-8", "8bit", f"""
Dear KCSC team,

Your ticket #DS-77120 ({R1}) has been marked as Resolved.

The outcome for every link in your request is in the attached file
(one row per link). Replying to this email will reopen the ticket.

Kind regards,
Discord Legal Operations
"""),
        "Content-Type: text/csv; charset=utf-8; name=\"DS-77120-outcomes.csv\"\n"
        "Content-Disposition: attachment; filename=\"DS-77120-outcomes.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(_csv),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with a per-URL CSV outcome report attached",
    why="CSV attachment gives a status for each of the 12 links",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "rejected", D5: "removed",
           D6: "removed", D7: "not_found", D8: "restricted", D9: "removed", D10: "removed",
           D11: "not_found", D12: "rejected"},
)

case(
    name="dc-solved-bulk",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date=D("2024-09-12 09:30"),
    subject=f"[Discord Safety] Request #48213377 has been solved",
    reply_to_req=reply(R1),
    body=f"""
##- Please type your reply above this line -##

Your request (48213377) has been solved. If you believe it is not
resolved, reply to this email within 7 days to reopen it.
----------------------------------------------

Discord Trust & Safety

Sep 12, 2024, 00:30 UTC

Hello,

We have completed our review of the content reported in {R1} and
have taken action on all of it in line with our Community Guidelines.

Thank you for helping keep Discord safe.

Discord Trust & Safety
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Zendesk 'request solved' notification with a blanket outcome sentence",
    why="'taken action on all of it' for a 12-item request without naming each link",
    items=pend(DALL),
)

case(
    name="dc-escalated-promise",
    **{"from": "support@discord.com"}, name_from="Priya (Discord Trust & Safety)",
    date=D("2024-09-09 18:12"),
    subject=f"[Discord Safety] Re: {R1} removal request",
    reply_to_req=reply(R1),
    body=f"""
##- Please type your reply above this line -##

Your request (48213377) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Priya (Discord Trust & Safety)

Sep 9, 2024, 09:12 UTC

Hi,

A quick update: the servers behind {D11} and
{D9} have been escalated to our specialist team. If the
violation is confirmed they will be removed, and we will let you know in
this ticket. Other links are still being reviewed.

Thanks for bearing with us,
Priya
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Zendesk agent progress update (escalation, conditional promise)",
    why="names two links but only promises a conditional removal: no statement",
    items={D11: "pending", D9: "pending"},
)

case(
    name="dc-zendesk-subdomain-sender",
    **{"from": "support@discord-tns.zendesk.com"}, name_from="Discord Support",
    date=D("2024-09-08 13:44"),
    subject=f"[Discord] Re: {R1} removal request",
    reply_to_req=reply(R1),
    body=f"""
##- Please type your reply above this line -##

Hello,

We have removed the following servers:

{D1}
{D2}

Regards,
Discord Support
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from the helpdesk's default *.zendesk.com address",
    why="sender domain discord-tns.zendesk.com is not one of Discord's configured domains",
    items={D1: "pending", D2: "pending"},
)

case(
    name="dc-forwarded-from-colleague",
    **{"from": "legal@discord.com"}, name_from="Discord Legal",
    date=D("2024-09-13 10:02"),
    subject=f"Fwd: {R1} - outcome from Safety Ops",
    reply_to_req=reply(R1),
    body=f"""
Hi KCSC team,

Forwarding below what our Safety Ops colleagues sent us on your request.

Best,
Daniel
Discord Legal

---------- Forwarded message ---------
From: Safety Ops <safety-ops@discord.com>
Date: Thu, Sep 12, 2024 at 7:40 PM
Subject: {R1} outcome
To: Discord Legal <legal@discord.com>

Both servers have been deleted:
{D6} - deleted
{D9} - deleted
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail 'Forwarded message' from a platform's legal team passing on an internal note",
    why="the statements are in a forwarded message whose own sender is not authenticated; a person decides",
    items={D6: "pending", D9: "pending"},
)

case(
    name="dc-ack-with-outcome",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date=D("2024-09-13 15:26"),
    subject=f"[Discord Safety] Re: {R7}",
    reply_to_req=reply(R7),
    body=f"""
##- Please type your reply above this line -##

Hello,

Thanks for reaching out. We've received your report about the server at
{S1} (ticket #48299410).

Our team has already reviewed it: the server has been removed and its
owner banned from Discord.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk reply opening like a receipt but carrying an outcome",
    why="receipt phrase plus an unhedged removal of the named link: not a pure acknowledgement",
    items={S1: "removed"},
)

case(
    name="dc-one-item-solved",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date=D("2024-09-14 11:48"),
    subject=f"[Discord Safety] Request #48299410 solved: {R7}",
    reply_to_req=reply(R7),
    body=f"""
##- Please type your reply above this line -##

Your request (48299410) has been solved. Reply to this email to reopen it.
----------------------------------------------

Hello,

We reviewed the server you reported and removed it from Discord for
breaking our rules on regulated and illegal goods.

Discord Trust & Safety
https://discord.com/guidelines
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification for a single reported server",
    why="one-item request; 'the server you reported ... removed' is about its only item",
    items={S1: "removed"},
)

case(
    name="dc-csat-survey",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date=D("2024-09-19 09:00"),
    subject="How did we do? Request #48213377",
    body="""
##- Please type your reply above this line -##

Hello,

We'd love to hear what you thought of the support you received on your
recent request. How would you rate it?

Good, I'm satisfied:
https://support.discord.com/hc/requests/48213377/satisfaction/new/k9PqR2?satisfaction=good

Bad, I'm unsatisfied:
https://support.discord.com/hc/requests/48213377/satisfaction/new/k9PqR2?satisfaction=bad

Thanks,
Discord Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer satisfaction survey sent after a ticket is solved",
    why="trusted Discord mail naming no item and no request of ours; only survey links",
    items={},
)

case(
    name="dc-jira-resolved",
    **{"from": "jira@discord.com"}, name_from="Soyeon Kim (Jira)",
    date=D("2024-09-15 17:21"),
    subject=f"[JIRA] (LGL-4412) {R1} - Korea KCSC removal request",
    reply_to_req=reply(R1),
    body=f"""
—— Reply above this line.

Soyeon Kim changed the status to Resolved.
Resolution: Done

Soyeon Kim commented:

Per the KCSC request, actions taken today:
# {D6} -> guild deleted
# discord.gg/kr-toto-vip -> guild deleted
# {D11} -> invite invalid, no matching guild found

View request · Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'changed the status to Resolved' customer notification with a comment",
    why="numbered ('#') list, each link with an outcome; D9 written without scheme",
    items={D6: "removed", D9: "removed", D11: "not_found"},
)

# ================================================================ X
case(
    name="x-case-received",
    **{"from": "no-reply@x.com"}, name_from="X Legal",
    date=D("2024-09-05 11:16"),
    subject=f"Case# 0451337789: We received your report ({R2})",
    reply_to_req=reply(R2),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hello,

Thanks for your report. We've received it and will review it as soon as
possible. Your case number is 0451337789; please keep it for your records.

Here is what you reported:

Reported content:
{X1}
{X2}
{X3}
{X4}

Reason: Illegal content under local law (Republic of Korea)

Please do not reply to this message; it comes from an unmonitored address.

X Corp.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request receipt echoing the reported URLs",
    why="receipt that only echoes what we reported; no statement about any post",
    items=pend(XALL),
)

case(
    name="x-case-echoed-outcomes",
    **{"from": "no-reply@x.com"}, name_from="X Legal",
    date=D("2024-09-09 03:55", tz=0),
    subject="Case# 0451337789: Update on your report",
    reply_to_req=reply(R2),
    body=f"""
Hello,

We've completed our review of your report. Here is the outcome for each
piece of content.

Reported content: {X1}
Outcome: Withheld in: South Korea (KR)

Reported content: {X2}
Outcome: Withheld in: South Korea (KR)

Reported content: {X3}
Outcome: Account suspended for violating the X Rules

Reported content: {X4}
Outcome: No action. We reviewed the reported post and did not find it to
be in violation of the X Rules or of the local law you cited.

Learn more about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal case update echoing each reported item with an 'Outcome:' line",
    why="each echoed item carries its own outcome line; help link is not an item",
    items={X1: "restricted", X2: "restricted", X3: "removed", X4: "rejected"},
)

case(
    name="x-partial-answer",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=D("2024-09-10 19:30"),
    subject=f"Re: {R2} [Case# 0451337789]",
    reply_to_req=reply(R2),
    body=f"""
Hello KCSC team,

Partial update on your request:

The account @bluepill_seoul <{X3}> has been withheld in South Korea.

The post <{X4}> is no longer available: it was deleted by the account
holder before we reviewed it.

We are still reviewing the two posts from @luckyspin_kr and will come back
to you on those.

Regards,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal support partial answer in the case thread",
    why="X3 withheld in KR, X4 deleted by its author; the two remaining posts are only promised",
    items={X3: "restricted", X4: "not_found", X1: "pending", X2: "pending"},
)

case(
    name="x-hedged-under-review",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=D("2024-09-08 10:02"),
    subject=f"Re: {R2} [Case# 0451337789]",
    reply_to_req=reply(R2),
    body=f"""
Hi,

Thank you for following up. It appears that
{X1} may already have been taken
down, but we are still confirming this with the enforcement team.
The post {X4} is currently under review.

We'll be in touch.

X Legal Support
""",
    outcome="review", review="not_understood", classification="other",
    imitates="X legal support interim reply (hedge and 'under review')",
    why="'appears ... may already have been taken down' and 'under review' are not statements",
    items={X1: "pending", X4: "pending"},
)

case(
    name="x-warning-conditional",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=D("2024-09-11 13:15"),
    subject=f"Re: {R2} [Case# 0451337789]",
    reply_to_req=reply(R2),
    body=f"""
Hello,

Regarding {X3} and {X2}:
we have sent the account holders a warning. If either account continues
to post this kind of content, it will be suspended.

Regards,
X Legal Support
""",
    outcome="review", review="not_understood", classification="other",
    imitates="X legal support reply describing a warning and a conditional suspension",
    why="a warning is no status and the suspension is conditional; names two items",
    items={X3: "pending", X2: "pending"},
)

case(
    name="x-vendor-portal-unknown",
    **{"from": "notifications@lrm-portal.example"}, name_from="Legal Request Portal (on behalf of X)",
    date=D("2024-09-09 08:45"),
    subject=f"Your request {R2} has been processed",
    reply_to_req=reply(R2),
    body=f"""
Dear requester,

The platform has processed your request {R2}.

  {X1}  -> Removed
  {X2}  -> Removed

This notification was generated by the Legal Request Portal.
""",
    outcome="review", review="unknown_sender",
    imitates="third-party legal-request portal notification relaying a platform's outcome",
    why="sender is a vendor domain, not X; statements cannot be trusted automatically",
    items={X1: "pending", X2: "pending"},
)

case(
    name="x-outlook-reminder-reply",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=D("2024-09-17 16:48"),
    subject=f"RE: Reminder: {R2} - items still pending",
    extra_headers=[
        f"In-Reply-To: <reminder.{R2}.1@kcsc.example>",
        f"References: <{mid(R2)}@kcsc.example> <reminder.{R2}.1@kcsc.example>",
    ],
    body=f"""
Hello,

Following up on your reminder.

@bluepill_seoul (x.com/bluepill_seoul) has been suspended.

We could not locate x.com/toto_daily_kr/status/1831288888000000042; it may
have been deleted by its author.

Best,
X Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 9:00 AM
To: legal@x.com
Subject: Reminder: {R2} - items still pending

The following items of request {R2} are still pending after the
deadline of 2024-09-12:

{X1}
{X2}
{X3}
{X4}

Please tell us what was done with each of them.
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply to a reminder, original message below '-----Original Message-----'",
    why="X3 suspended, X4 could not be located (the 'may have been deleted' only guesses the cause); the quoted reminder changes nothing",
    items={X3: "removed", X4: "not_found", X1: "pending", X2: "pending"},
)

case(
    name="x-numbered-resolved",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=D("2024-09-12 21:03"),
    subject=f"Case# 0451337789 resolved ({R2})",
    reply_to_req=reply(R2),
    body=f"""
Hello,

Your case 0451337789 is now closed. Result per reported item:

1. {X1}
   Removed - deleted for violating our rules on illegal gambling.
2. {X2}
   Removed - deleted for the same reason.

The other two items of your request were answered in our earlier message.

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X case closure message with a numbered list, status indented on the line below",
    why="two posts deleted; the other two are only referred to an earlier message",
    items={X1: "removed", X2: "removed"},
)

# ================================================================ Kakao
case(
    name="kakao-receipt",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=D("2024-09-10 14:03"),
    subject=f"[카카오 고객센터] 문의 접수 완료 안내 ({R3})",
    reply_to_req=reply(R3),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409101234567

접수된 순서대로 확인한 뒤 답변을 드리겠습니다.
답변은 이 메일 주소로 발송되며, 고객센터 > 나의 문의내역에서도 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer centre 문의 접수 완료 auto-receipt",
    why="pure ticket receipt in Korean, no item statement",
    items={},
)

case(
    name="kakao-ticket-answer",
    **{"from": "cs-answer@kakaocorp.com"}, name_from="카카오 고객센터",
    date=D("2024-09-12 17:40"),
    subject=f"[카카오 고객센터] 문의하신 내용에 대한 답변입니다 ({R3})",
    reply_to_req=reply(R3),
    body=f"""
안녕하세요, 카카오 고객센터입니다.
방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

1. {K1} : 게시중단
2. {K2} : 삭제 완료
3. {K3} : 임시조치(30일)
4. {K4RAW} : 블라인드 처리
5. {K5} : 해당 오픈채팅방은 개설자가 이미 종료하여 확인되지 않습니다.

처리 결과에 대한 문의는 본 메일에 회신해 주시기 바랍니다.
카카오 운영정책: https://www.kakao.com/policy/oppolicy

감사합니다.
카카오 고객센터 드림
접수번호: 2409101234567
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer centre answer mail with a numbered 처리 결과 list",
    why="five links each with a Korean result (게시중단, 삭제, 임시조치, 블라인드, closed by its owner); item 4 written with its raw Korean path",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "removed", K5: "not_found"},
)

_kk_qp = f"""안녕하세요, 카카오 정책지원팀입니다.

지난 회신에서 누락된 1건 안내드립니다.
{K5} 오픈채팅방은 운영정책 위반으로 국내 이용자의 접근이 제한되었습니다.

감사합니다.
한지우 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 2:00 PM
To: policy@kakaocorp.com
Subject: [{R3}] 게시물 삭제 요청

아래 게시물에 대한 삭제(접속차단)를 요청드립니다.

{K1}
{K2}
{K3}
{K4}
{K5}

처리 결과를 회신해 주시기 바랍니다.
방송통신심의위원회
"""
case(
    name="kakao-qp-outlook-followup",
    **{"from": "jiwoo.han@kakaocorp.com"}, name_from="한지우",
    date=D("2024-09-13 10:15"),
    subject=f"RE: [{R3}] 게시물 삭제 요청",
    reply_to_req=reply(R3),
    raw_mime=single("text/plain; charset=utf-8", "quoted-printable", qp(_kk_qp)),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a Kakao policy staffer in quoted-printable Korean, our request quoted below '-----Original Message-----'",
    why="the open chat room is access-restricted for Korean users (restricted); the quoted request's URLs change nothing",
    items={K5: "restricted", K1: "pending", K2: "pending", K3: "pending", K4: "pending"},
)

case(
    name="kakao-bulk-all-done",
    **{"from": "cs-answer@kakaocorp.com"}, name_from="카카오 고객센터",
    date=D("2024-09-11 16:02"),
    subject=f"[카카오 고객센터] 문의하신 내용에 대한 답변입니다 ({R3})",
    reply_to_req=reply(R3),
    body="""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물 5건에 대해 모두 게시중단 조치를 완료하였습니다.

추가 문의 사항은 본 메일에 회신해 주세요.
감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Kakao customer centre answer with a blanket 모두 게시중단 sentence",
    why="'5건 모두 게시중단' for a five-item request without naming any link",
    items=pend(KALL),
)

case(
    name="kakao-chuseok-ooo",
    **{"from": "jiwoo.han@kakaocorp.com"}, name_from="한지우",
    date=D("2024-09-13 18:05"),
    subject=f"[자동응답] RE: [{R3}] 게시물 삭제 요청",
    reply_to_req=reply(R3),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요.
9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일부터 순차적으로 확인하겠습니다.
급한 건은 policy@kakaocorp.com 으로 보내 주시기 바랍니다.

한지우 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="out-of-office auto-reply",
    items={},
)

_kk_b64 = f"""안녕하세요, 카카오 고객센터입니다.

티켓 #KA-240914-0031 처리가 완료되어 종료되었습니다.

[처리 결과]
- {K1} → 카페 운영자에 의해 삭제됨
- {K3} → 비공개 처리 완료

나머지 게시물은 앞서 드린 답변을 참고해 주시기 바랍니다.
티켓에 회신하시면 다시 열립니다.

카카오 고객센터
"""
case(
    name="kakao-ticket-closed-base64",
    **{"from": "help@kakao.com"}, name_from="카카오 고객센터",
    date=D("2024-09-14 09:20"),
    subject=f"[#KA-240914-0031] 처리 완료 안내 ({R3})",
    reply_to_req=reply(R3),
    raw_mime=single("text/plain; charset=utf-8", "base64", b64(_kk_b64)),
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style Korean 'ticket closed' notification, base64 body, arrow list",
    why="K1 deleted by the cafe operator (removed), K3 made private (removed)",
    items={K1: "removed", K3: "removed"},
)

case(
    name="kakao-wrapped-encoded-url",
    **{"from": "policy@kakaocorp.com"}, name_from="Kakao 정책지원팀",
    date=D("2024-09-16 11:11"),
    subject=f"RE: [{R3}] 게시물 삭제 요청 - 추가 처리 결과",
    reply_to_req=reply(R3),
    body=f"""
안녕하세요, 카카오 정책지원팀입니다.

추가 처리 결과를 안내드립니다.

<https://moonlit-shop.tistory.com/entry/%EC%8B%A0%EC%83%81-%ED%8C%90
%EB%A7%A4-%EC%95%88%EB%82%B4>
위 티스토리 게시글은 게시중단 처리되었습니다.

<{K2}>
위 카페 게시글은 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy team follow-up, percent-encoded URL in angle brackets wrapped by the mailer",
    why="the wrapped bracketed URL is K4 (게시중단, removed), K2 deleted; status on the line below each URL",
    items={K4: "removed", K2: "removed"},
)

# ================================================================ Telegram
case(
    name="tg-abuse-case-bullets",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=D("2024-09-12 02:17", tz=0),
    subject=f"Re: {R4} [Case #4481207]",
    reply_to_req=reply(R4),
    body=f"""
Hello,

Thank you for your report. After review, the following actions were taken:

• {T1} — channel blocked
• {T2} — message deleted
• {T3} — message deleted

Case #4481207 is now closed.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk case reply with a bullet list",
    why="three links, each blocked/deleted",
    items={T1: "removed", T2: "removed", T3: "removed"},
)

case(
    name="tg-url-then-status",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date=D("2024-09-13 08:40", tz=0),
    subject=f"Re: {R4} [Case #4481207] - results",
    reply_to_req=reply(R4),
    body=f"""
Dear KCSC,

Results of our review for Case #4481207:

{T1}
Status: Blocked for users in South Korea

{T3}
Status: Not found - the message does not exist

We will reply separately about the remaining link.

Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk reply, bare URL then 'Status:' line below",
    why="T1 blocked in Korea (restricted), T3 does not exist (not_found); T2 not addressed",
    items={T1: "restricted", T3: "not_found"},
)

case(
    name="tg-auth-fail",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    auth="fail",
    date=D("2024-09-12 12:05"),
    subject=f"Re: {R4} [Case #4481207]",
    reply_to_req=reply(R4),
    body=f"""
Hello,

All three items have been removed:
{T1}
{T2}
{T3}

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse-desk reply whose DKIM/SPF/DMARC fail",
    why="sender domain is Telegram's but authentication fails",
    items=pend(TALL),
)

case(
    name="tg-ooo-quoted-request",
    **{"from": "m.petrov@telegram.org"}, name_from="Mikhail Petrov",
    date=D("2024-09-11 10:31"),
    subject=f"Automatic reply: {R4} removal request",
    reply_to_req=reply(R4),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
I am out of the office until 23 September with limited access to email.
For urgent legal matters please write to dsa@telegram.org.

> {R4} removal request
> {T1}
> {T2}
> {T3}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office quoting the start of our request",
    why="out-of-office auto-reply; the quoted URLs are ours",
    items=pend(TALL),
)

case(
    name="tg-dsa-statement-of-reasons",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date=D("2024-09-14 07:00", tz=0),
    subject=f"Statement of reasons - {R4}",
    reply_to_req=reply(R4),
    body=f"""
STATEMENT OF REASONS

Reference: {R4} / Case #4481207

Content: {T1}
Decision: access to the channel disabled in the Republic of Korea
Ground: illegal content under the law of the notifying State
Automated means used: no

Content: {T2}
Decision: message removed
Ground: incompatible with the Telegram Terms of Service
Automated means used: no

Redress: the notifying authority may contact dsa@telegram.org.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA statement of reasons (decision, ground, automated means) per item",
    why="T1 disabled in Korea (restricted), T2 removed",
    items={T1: "restricted", T2: "removed"},
)

# ================================================================ YouTube
case(
    name="yt-legal-ticket",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=D("2024-09-13 06:12", tz=0),
    subject=f"[2-8871000045523] {R5}",
    reply_to_req=reply(R5),
    body=f"""
Hello,

Thank you for contacting YouTube. Following our review of your request:

We have blocked access to {Y1} in South Korea on the basis of local law.

We did not take action on {Y2}: the channel as a whole does not violate
our Community Guidelines, and the request did not identify any other
specific videos.

You can find more information about our legal removals process at
https://support.google.com/youtube/answer/6154230

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support ticket reply (local-law block plus a refusal)",
    why="video blocked in KR (restricted); channel not actioned with a reason (rejected)",
    items={Y1: "restricted", Y2: "rejected"},
)

case(
    name="yt-asks-more",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=D("2024-09-13 09:40", tz=0),
    subject=f"[2-8871000045523] {R5} - more information needed",
    reply_to_req=reply(R5),
    body=f"""
Hello,

To continue with your request, we need more information about
{Y1}.

Please reply with:
- the timestamps in the video where the content you are reporting appears;
- the specific provision of Korean law that you consider it breaks.

Once we receive these details we will continue our review.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal support request for timestamps and the legal basis",
    why="asks us for more information about a named item",
    items={Y1: "pending"},
)

case(
    name="yt-top-posted-gmail",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=D("2024-09-16 02:30", tz=0),
    subject=f"Re: {R5} removal request",
    reply_to_req=reply(R5),
    body=f"""
Hello,

The channel {Y2} has been terminated for violating our spam, deceptive
practices and scams policies.

Regards,
YouTube Legal Support

On Thu, Sep 12, 2024 at 3:05 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube,
>
> Please remove the following content (request {R5}):
> {Y1}
> {Y2}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support top-posted reply over the Gmail-quoted request",
    why="channel terminated (removed); the video appears only in our quoted request",
    items={Y2: "removed", Y1: "pending"},
)

case(
    name="yt-dashboard-links",
    **{"from": "noreply@google.com"}, name_from="Google Legal Removals",
    date=D("2024-09-17 04:05", tz=0),
    subject=f"Your legal removal request has been processed [{R5}]",
    reply_to_req=reply(R5),
    body=f"""
Hello,

We've finished processing your request {R5}.

YouTube URL: {Y1}
Result: removed from YouTube for violating our Community Guidelines

You can follow all your requests in the Legal Removals dashboard:
https://reportcontent.google.com/dashboard

To learn how we handle legal requests, see
https://support.google.com/legal/answer/3110420

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals 'request processed' mail with dashboard and help links",
    why="the video is removed; dashboard and help links are not items",
    items={Y1: "removed"},
)

case(
    name="dsn-reminder-bounce",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    auth="none",
    date=D("2024-09-19 09:01"),
    subject="Delivery Status Notification (Failure)",
    raw_mime=multipart("multipart/report; report-type=delivery-status", "00000000000077aa1c0622b1", [
        single("text/plain; charset=UTF-8", "7bit", """
** Address not found **

Your message wasn't delivered to legal-kr-old@google.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
"""),
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; googlemail.com\n"
        "Arrival-Date: Thu, 19 Sep 2024 00:00:58 -0000\n\n"
        "Final-Recipient: rfc822; legal-kr-old@google.com\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.\n",
        "Content-Type: message/rfc822\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: legal-kr-old@google.com\n"
        f"Subject: Reminder: {R5} - items still pending\n"
        f"Message-ID: <reminder.{R5}.1@kcsc.example>\n"
        "Date: Thu, 19 Sep 2024 09:00:57 +0900\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        f"The following items of request {R5} are still pending:\n\n{Y1}\n{Y2}\n",
    ]),
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Delivery Status Notification (Failure)' with the bounced reminder attached",
    why="DSN for our own reminder; the URLs are in the returned message",
    items={Y1: "pending", Y2: "pending"},
)

# ================================================================ NAVER
case(
    name="naver-ticket-text-table",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=D("2024-09-13 15:32"),
    subject=f"[네이버 고객센터] 문의하신 내용에 대한 답변입니다 ({R6})",
    reply_to_req=reply(R6),
    body=f"""
안녕하세요, 네이버 고객센터입니다.
요청하신 게시물의 처리 결과를 아래와 같이 안내드립니다.

+---------------------------------------------------------------------------------+------------------------+
| URL                                                                             | 처리결과               |
+---------------------------------------------------------------------------------+------------------------+
| {N1:<79} | 게시중단               |
| {N2:<79} | 임시조치               |
| {N3:<79} | 게시물 없음(작성자 삭제) |
+---------------------------------------------------------------------------------+------------------------+

네이버 고객센터 운영정책: https://policy.naver.com/policy/service.html
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer centre answer with an ASCII text table of 처리결과",
    why="게시중단 (removed), 임시조치 (restricted), 게시물 없음/작성자 삭제 (not_found)",
    items={N1: "removed", N2: "restricted", N3: "not_found"},
)

_nv_html = f"""<html><body>
<p>안녕하세요, 네이버 고객센터입니다.</p>
<p>요청번호 {R6} 건의 검토 결과를 안내드립니다.</p>
<ul>
<li><a href="{N1}">{N1}</a> : 운영정책 위반이 확인되어 삭제하였습니다.</li>
<li><a href="{N2}">{N2}</a> : 검토 결과 위반 사항이 확인되지 않아 게시중단 요청을 받아들이지 않았습니다. 게시물은 유지됩니다.</li>
</ul>
<p>감사합니다.<br>네이버 고객센터</p>
</body></html>
"""
case(
    name="naver-base64-html",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=D("2024-09-14 10:05"),
    subject=f"[네이버 고객센터] 검토 결과 안내 ({R6})",
    reply_to_req=reply(R6),
    raw_mime=single("text/html; charset=utf-8", "base64", b64(_nv_html)),
    outcome="applied", classification="confirmation",
    imitates="NAVER customer centre HTML answer sent base64-encoded",
    why="N1 deleted, N2 refused with a reason and kept (rejected)",
    items={N1: "removed", N2: "rejected"},
)

case(
    name="naver-korean-particles",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=D("2024-09-16 13:50"),
    subject=f"Re: [{R6}] 게시물 삭제 요청",
    reply_to_req=reply(R6),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

{N1}의 게시물은 작성자 블로그에서 비공개 처리되었습니다.
포스트 게시글（{N3}）은 임시조치되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER answer in running Korean text, URL followed by a particle and by full-width parentheses",
    why="N1 made private (removed), N3 임시조치 (restricted)",
    items={N1: "removed", N3: "restricted"},
)

case(
    name="naver-promise",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=D("2024-09-13 11:20"),
    subject=f"[네이버 고객센터] 문의 답변 ({R6})",
    reply_to_req=reply(R6),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

{N2} 게시물은 현재 관련 부서에서 검토 중이며,
검토가 끝나는 대로 게시중단 조치될 예정입니다.

조금만 기다려 주시기 바랍니다. 감사합니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="NAVER interim answer: under review, 조치될 예정",
    why="'검토 중' and '조치될 예정' are a review-in-progress and a promise, not a statement",
    items={N2: "pending"},
)

case(
    name="naver-reminder-reply",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=D("2024-09-19 10:30"),
    subject=f"Re: 리마인드: {R6} 미처리 게시물",
    extra_headers=[
        f"In-Reply-To: <reminder.{R6}.1@kcsc.example>",
        f"References: <{mid(R6)}@kcsc.example> <reminder.{R6}.1@kcsc.example>",
    ],
    body=f"""
안녕하세요, 네이버 고객센터입니다.

회신이 늦어 죄송합니다.
{N2} 게시물은 게시중단 처리되었습니다.
{N3} 게시물은 작성자가 이미 삭제하여 존재하지 않습니다.

감사합니다.

2024. 9. 19. 오전 9:00, KCSC Takedown <takedown@kcsc.example> 작성:
> 요청번호 {R6}의 아래 게시물이 기한이 지났으나 아직 처리 결과를 받지 못했습니다.
> {N1}
> {N2}
> {N3}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply to our reminder, Korean Gmail-style '작성:' quote header with '>' lines",
    why="N2 게시중단 (removed), N3 already deleted by its author (not_found); N1 only in the quoted reminder",
    items={N2: "removed", N3: "not_found", N1: "pending"},
)

case(
    name="naver-read-receipt",
    **{"from": "soyun.park@navercorp.com"}, name_from="박소윤",
    date=D("2024-09-12 16:45"),
    subject=f"읽음: [{R6}] 게시물 삭제 요청",
    reply_to_req=reply(R6),
    raw_mime=multipart("multipart/report; report-type=disposition-notification", "----=_MDN_240912_1645", [
        single("text/plain; charset=utf-8", "8bit", f"""
보낸 메시지를 수신자가 읽었습니다.

제목: [{R6}] 게시물 삭제 요청
읽은 시간: 2024-09-12 (목) 16:45
"""),
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.navercorp.com; Outlook\n"
        "Final-Recipient: rfc822;soyun.park@navercorp.com\n"
        f"Original-Message-ID: <{mid(R6)}@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ]),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean 읽음 read receipt (MDN)",
    why="read receipt",
    items={},
)


HEADER = f"""# Blind set 416 (ticket systems and threads). Written from each email's
# meaning before the reader was run. Generated by make.py; do not edit.
# Requests: {R1} (12 discord), {R2} (4 x), {R3} (5 kakao), {R4} (3 telegram),
# {R5} (2 youtube), {R6} (3 naver), {R7} (1 discord).
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind416", HEADER, CASES)


if __name__ == "__main__":
    main()
