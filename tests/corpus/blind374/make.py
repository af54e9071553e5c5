#!/usr/bin/env python3
"""Blind set 374: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Written from each email's meaning alone, before
any run of the reader. Deterministic: rewrites requests.csv, cases/*.eml and
expected.toml.

    python3 tests/corpus/blind374/make.py
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

# X (largest request, 14 items)
X1 = "https://x.com/hollow_mint/status/1830412200000000101"
X2 = "https://x.com/hollow_mint/status/1830412200000000102"
X3 = "https://x.com/quiet_ferry88/status/1830455500000000203"
X4 = "https://x.com/quiet_ferry88/status/1830455500000000204"
X5 = "https://x.com/dawn_lattice/status/1830501100000000305"
X6 = "https://x.com/dawn_lattice/status/1830501100000000306"
X7 = "https://x.com/ember_pylon/status/1830556600000000407"
X8 = "https://x.com/ember_pylon/status/1830556600000000408"
X9 = "https://x.com/ember_pylon/status/1830556600000000409"
X10 = "https://x.com/tin_orchard_kr/status/1830602200000000510"
X11 = "https://x.com/tin_orchard_kr/status/1830602200000000511"
X12 = "https://x.com/velvet_sluice"
X13 = "https://x.com/moss_relay_7/status/1830648800000000613"
X14 = "https://x.com/moss_relay_7/status/1830648800000000614"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13, X14]

# Telegram (5)
T1 = "https://t.me/northgate_dealz/418"
T2 = "https://t.me/northgate_dealz/422"
T3 = "https://t.me/pale_lantern_chat/1907"
T4 = "https://t.me/s/amber_wharf/55"
T5 = "https://t.me/amber_wharf_backup"
TS = [T1, T2, T3, T4, T5]

# YouTube (4)
Y1 = "https://www.youtube.com/watch?v=Qm3vT8rLx2A"
Y2 = "https://www.youtube.com/watch?v=Hn7pW0eKs4c"
Y3 = "https://youtu.be/Zr5bN1dYo9E"
Y4 = "https://www.youtube.com/@cinder_bay_tv"
YS = [Y1, Y2, Y3, Y4]

# NAVER (3)
N1 = "https://blog.naver.com/dalbit_moon77/223561234567"
N2 = "https://cafe.naver.com/greenstall/88412"
N3 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471234567"
NS = [N1, N2, N3]

# Kakao / Daum (2): the first has a Korean cafe name, stored percent-encoded
K1_RAW = "https://cafe.daum.net/바람길장터/Ab3x/77"
K1 = "https://cafe.daum.net/" + quote("바람길장터") + "/Ab3x/77"
K2 = "https://cafe.daum.net/silverreed/K9pQ/2031"
KS = [K1, K2]

# TikTok (1)
TK1 = "https://www.tiktok.com/@glass_heron_kr/video/7410023344556677889"

# DCinside (3)
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981234"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinlab&no=332211"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinlab&no=332219"
DS = [D1, D2, D3]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "x", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00", XS,
     "illegal_gambling", "req-240902-01@kcsc.example", "posts and one account"),
    ("KCSC-240903-02", "telegram", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00", TS,
     "drug_trade", "req-240903-02@kcsc.example", "channel posts and a backup channel"),
    ("KCSC-240904-03", "youtube", "2024-09-04T09:40:00+09:00", "2024-09-11T23:59:59+09:00", YS,
     "defamation", "req-240904-03@kcsc.example", "three videos and a channel"),
    ("KCSC-240905-04", "naver", "2024-09-05T14:10:00+09:00", "2024-09-12T23:59:59+09:00", NS,
     "privacy", "req-240905-04@kcsc.example", "blog, cafe and KnowledgeiN posts"),
    ("KCSC-240906-05", "kakao", "2024-09-06T10:00:00+09:00", "2024-09-13T23:59:59+09:00", KS,
     "illegal_gambling", "req-240906-05@kcsc.example", "Daum cafe posts"),
    ("KCSC-240909-06", "tiktok", "2024-09-09T16:20:00+09:00", "2024-09-16T23:59:59+09:00", [TK1],
     "obscenity", "req-240909-06@kcsc.example", "one video"),
    ("KCSC-240910-07", "dcinside", "2024-09-10T13:00:00+09:00", "2024-09-17T23:59:59+09:00", DS,
     "defamation", "req-240910-07@kcsc.example", "gallery posts"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers

def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def reminder_quote(prefix, urls, ref, when):
    """Our own reminder, as a Gmail-style quote under 'On ... wrote:'."""
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:",
             f"{prefix}Dear team,",
             f"{prefix}",
             f"{prefix}This is a reminder about our request {ref}. The following items",
             f"{prefix}are still shown as pending on our side:",
             f"{prefix}"]
    for u in urls:
        lines.append(f"{prefix}- {u}")
    lines += [f"{prefix}", f"{prefix}Please let us know the action taken on each item.",
              f"{prefix}", f"{prefix}Korea Communications Standards Commission"]
    return "\n".join(lines)


def ko(name):
    """A Korean display name as an RFC 2047 encoded word, as mail clients send it."""
    return "=?UTF-8?B?" + base64.b64encode(name.encode("utf-8")).decode("ascii") + "?="


def pend(*urls):
    return {u: "pending" for u in urls}


# ---------------------------------------------------------------- cases

CASES = []


def case(**kw):
    CASES.append(kw)


# ===== X (KCSC-240902-01), Zendesk-style support desk =====

case(
    name="x-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk new-ticket auto-acknowledgement ('Your request has been received')",
    why="pure receipt with a ticket number; says nothing about any item",
    date="Mon, 02 Sep 2024 01:41:07 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Re: KCSC-240902-01 removal request - Request #4471203 received",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Mailer: Zendesk Mailer"],
    body="""
##- Please type your reply above this line -##

Hello,

Thanks for reaching out. Your request (#4471203) has been received and is
being routed to the appropriate team. A member of our staff will reply as
soon as possible; response times vary with volume.

You can add information to this request by replying to this email. Please
keep the request number in the subject line.

X Support

This email is a service from X Support. Delivered by Zendesk
[7GQ2M1-W8K0E]
""",
    items={},
)

case(
    name="x-zendesk-solved-bulleted",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification carrying the agent's last comment (X legal removals)",
    why="agent comment lists six posts with an unhedged outcome each; header Auto-Submitted: auto-generated is normal for ticket notifications and it is no out-of-office",
    date="Wed, 04 Sep 2024 07:12:55 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Your request #4471203 has been solved",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body=f"""
##- Please type your reply above this line -##

Your request (#4471203) has been solved. To reopen it, reply to this email.

Jae-won (X Support)
Sep 4, 2024, 16:12 GMT+9

Hello,

We reviewed the posts listed in your request KCSC-240902-01. Results:

  * {X1} - removed for violating the X Rules
  * {X2} - removed for violating the X Rules
  * {X3} - withheld in South Korea in response to your legal demand
  * {X4} - withheld in South Korea in response to your legal demand
  * {X5} - no action: we did not find a violation of the X Rules or of
    local law as stated, so the post remains available
  * {X6} - we could not locate this post at the link provided

The remaining posts in your request are still with our team.

Kind regards,
Jae-won
X Support

This email is a service from X Support. Delivered by Zendesk
[7GQ2M1-W8K0E]
""",
    items={X1: "removed", X2: "removed", X3: "restricted", X4: "restricted",
           X5: "rejected", X6: "not_found"},
)

case(
    name="x-followup-top-posted-over-earlier-reply",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same Zendesk thread, earlier reply quoted with '>'",
    why="new statements on x7-x10 above the quote; the quoted earlier results (x1, x3) must not be re-read as new statements",
    date="Fri, 06 Sep 2024 02:03:41 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="Re: [X Support] Your request #4471203 has been solved",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
Hello again,

Following up on the posts that were still open on this request:

{X7} has been removed.
{X8} has been removed.
{X9} has been removed.
{X10} has been withheld in South Korea.

That completes our review of the ember_pylon and tin_orchard_kr posts.

Jae-won
X Support

On Wed, Sep 4, 2024 at 4:12 PM X Support <support@x.com> wrote:
> Hello,
>
> We reviewed the posts listed in your request KCSC-240902-01. Results:
>
>   * {X1} - removed for violating the X Rules
>   * {X3} - withheld in South Korea in response to your legal demand
>
> The remaining posts in your request are still with our team.
""",
    items={X7: "removed", X8: "removed", X9: "removed", X10: "restricted",
           X1: "pending", X3: "pending"},
)

case(
    name="x-reply-to-reminder-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="agent reply to a regulator's reminder, Gmail 'On ... wrote:' quoting",
    why="reply answers three of the four items our reminder listed; x11 is only in our quoted reminder",
    date="Wed, 11 Sep 2024 05:30:12 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    subject="Re: Reminder: KCSC-240902-01 - items still pending",
    reply_to_req="reminder-240902-01-1",
    body=f"""
Hi,

Apologies for the delay. Outcome for the items in your reminder:

The account {X12} has been suspended for repeated violations of our rules.
{X13} was reviewed and is not in violation of the X Rules; it remains available.
We were unable to find {X14} - it does not exist on X.

Best,
Minseo
X Legal Support

{reminder_quote("> ", [X11, X12, X13, X14], "KCSC-240902-01", "Tue, Sep 10, 2024 at 9:00 AM")}
""",
    items={X12: "removed", X13: "rejected", X14: "not_found", X11: "pending"},
)

case(
    name="x-jira-html-table",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' customer notification with a results table",
    why="HTML table: one row per post with its action",
    date="Thu, 05 Sep 2024 09:48:20 +0000",
    **{"from": "jira@x.com"}, name_from="X Legal Requests (Jira)",
    subject="[JIRA] LEGAL-8812 KCSC-240902-01 - Resolved",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Your request <b>LEGAL-8812</b> has been resolved.</p>
<p>Comment from <b>Daniel O.</b>:</p>
<p>Please find the outcome for the posts in KCSC-240902-01 below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Notes</th></tr>
<tr><td><a href="{X1}">{X1}</a></td><td>Removed</td><td>Violent speech policy</td></tr>
<tr><td><a href="{X3}">{X3}</a></td><td>Withheld (KR)</td><td>Country-withheld per local law</td></tr>
<tr><td><a href="{X13}">{X13}</a></td><td>No action</td><td>Does not violate our rules</td></tr>
</table>
<p style="color:#777">View request: <a href="https://help.x.com/portal/requests/LEGAL-8812">https://help.x.com/portal/requests/LEGAL-8812</a><br>
You're receiving this because you raised this request. Powered by Jira Service Management.</p>
</body></html>
""",
    items={X1: "removed", X3: "restricted", X13: "rejected"},
)

X_CSV = f"""reported_url,decision,scope,comment
{X5},Removed,Global,Violates policy
{X6},Removed,Global,Violates policy
{X7},Withheld,KR,Local law
{X8},Not found,,Deleted by the account holder before review
{X9},No action,,No violation found
"""

case(
    name="x-freshdesk-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk agent reply with a CSV export of per-URL decisions attached",
    why="CSV attachment with one decision per URL: removed, withheld in KR, deleted by its author, no violation",
    date="Sat, 07 Sep 2024 03:15:00 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    subject="Re: KCSC-240902-01 [#LR-55120]",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fd-5512-bnd"

--fd-5512-bnd
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

The decisions for part of request KCSC-240902-01 are in the attached
CSV file (one row per reported URL).

Regards,
Hana
X Legal Support

--fd-5512-bnd
Content-Type: text/csv; charset=utf-8; name="LR-55120_decisions.csv"
Content-Disposition: attachment; filename="LR-55120_decisions.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV)}
--fd-5512-bnd--
""",
    items={X5: "removed", X6: "removed", X7: "restricted", X8: "not_found", X9: "rejected"},
)

case(
    name="x-ticket-created-with-results",
    outcome="applied", classification="confirmation",
    imitates="ticket-created notice whose first agent comment already carries the result",
    why="starts like a receipt but states removals for two named posts, unhedged",
    date="Thu, 05 Sep 2024 23:02:11 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Request #4479920: KCSC-240902-01 (tin_orchard_kr)",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
##- Please type your reply above this line -##

Thank you for your report. Your request #4479920 has been created.

Update from our team:
We have removed the following posts for violating our rules:
{X10}
{X11}

If you need anything else, reply to this email.

X Support
""",
    items={X10: "removed", X11: "removed"},
)

case(
    name="x-angle-brackets-wrapped",
    outcome="applied", classification="confirmation",
    imitates="plain-text agent reply with URLs in angle brackets, one wrapped by the mail client",
    why="statements name x12 and x14 in <...>; the second URL breaks after '/' inside its brackets",
    date="Mon, 09 Sep 2024 08:21:40 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    subject="RE: KCSC-240902-01 follow-up",
    reply_to_req="req-240902-01",
    body=f"""
Dear KCSC,

Update on two items from KCSC-240902-01:

1. <{X12}> - account suspended.
2. <https://x.com/moss_relay_7/
   status/1830648800000000614> - withheld in Korea.

Kind regards,
X Legal Support
""",
    items={X12: "removed", X14: "restricted"},
)

case(
    name="x-promise-will-remove",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="agent reply promising action once an internal review completes",
    why="only future tense ('will be removed once confirmed'); no outcome yet",
    date="Tue, 03 Sep 2024 06:40:00 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="Re: [X Support] Request #4471203",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Thanks for your patience. Our team has escalated the following posts:

{X7}
{X8}

They will be removed within 24 hours once our policy specialists confirm
the violation. We will update this ticket when that is done.

X Support
""",
    items=pend(X7, X8),
)

case(
    name="x-bulk-solved-no-urls",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Zendesk solved notification with a generic 'we took action on the reported posts' comment",
    why="one statement for a 14-item request without naming any post",
    date="Sun, 08 Sep 2024 10:05:33 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Your request #4471203 (KCSC-240902-01) has been solved",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""
##- Please type your reply above this line -##

Your request (#4471203) has been solved.

Hello,

We have removed all of the reported posts in request KCSC-240902-01.
Thank you for helping keep X safe.

X Support
""",
    items=pend(X1, X5, X13),
)

case(
    name="x-dkim-fail",
    outcome="review", review="untrusted",
    imitates="X support reply whose DKIM/DMARC failed at our gateway",
    why="statements look normal but the x.com sender fails authentication",
    date="Fri, 06 Sep 2024 12:00:09 +0000",
    auth="fail",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="Re: KCSC-240902-01 - outcome",
    body=f"""
Hello,

The following posts have been removed:
{X2}
{X4}
{X6}

X Support
""",
    items=pend(X2, X4, X6),
)

case(
    name="x-forwarded-internal-result",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform employee forwarding an internal enforcement-team message without stating anything herself",
    why="the outcomes are only inside a forwarded message from another person; the trusted sender adds no statement of her own",
    date="Mon, 09 Sep 2024 01:17:52 +0000",
    **{"from": "hana.k@x.com"}, name_from="Hana Kim",
    subject="Fwd: LR-55120 enforcement notes (KCSC-240902-01)",
    body=f"""
FYI, see below.

Hana

---------- Forwarded message ---------
From: Trust & Safety Ops <tsops-internal@x.com>
Date: Sun, Sep 8, 2024 at 11:02 PM
Subject: LR-55120 enforcement notes
To: Hana Kim <hana.k@x.com>

Enforced:
{X5} - removed
{X6} - removed
""",
    items=pend(X5, X6),
)

case(
    name="x-wrong-platform-telegram-link",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="X agent answering about a link that belongs to another service",
    why="X states 'could not locate' for a t.me URL of our Telegram request; X cannot speak for Telegram",
    date="Wed, 11 Sep 2024 02:55:00 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="Re: [X Support] Request #4481377",
    body=f"""
Hello,

We looked into the link you sent us:

{T5}

We were unable to locate this content on X. The link does not point to
an X account or post, so there is nothing for us to action.

X Support
""",
    items=pend(T5),
)

# ===== Telegram (KCSC-240903-02) =====

case(
    name="tg-case-number-results",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with its own case number (Case #NNNNN)",
    why="prose naming four items: two messages blocked, backup channel banned, one message not found",
    date="Wed, 04 Sep 2024 15:09:44 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: KCSC-240903-02 [Case #5521907]",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

Regarding Case #5521907.

Messages {T1} and {T2} have been blocked.
The channel {T5} has been banned and is no longer available.
We could not find the message {T3}.

Telegram Abuse Team
""",
    items={T1: "removed", T2: "removed", T5: "removed", T3: "not_found"},
)

case(
    name="tg-partial-answer-rest-pending",
    outcome="applied", classification="confirmation",
    imitates="short partial answer in the same thread, the rest promised later",
    why="t4 taken down (stated); the other items are only 'still being checked'",
    date="Thu, 05 Sep 2024 04:22:10 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    subject="Re: KCSC-240903-02 [Case #5521907]",
    reply_to_req="req-240903-02",
    body=f"""
Hi,

{T4} has been taken down.

We are still checking the other links in your request and will get back
to you.

Telegram
""",
    items={T4: "removed", T1: "pending", T3: "pending"},
)

case(
    name="tg-url-then-status-line",
    outcome="applied", classification="confirmation",
    imitates="ticket-tool export pasted as bare URL with its status on the line below",
    why="each bare URL is followed by a 'Status:' line",
    date="Fri, 06 Sep 2024 09:31:27 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Case #5521907 - update",
    body=f"""
Case #5521907 (your ref. KCSC-240903-02)

{T1}
Status: blocked

{T3}
Status: reviewed, no violation of the Telegram Terms of Service found -
the message stays available

{T4}
Status: blocked for users in South Korea

--
Telegram Abuse Team
""",
    items={T1: "removed", T3: "rejected", T4: "restricted"},
)

case(
    name="tg-text-table-author-deleted",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style agent reply with a fixed-width text table",
    why="text table: t2 deleted by its owner before review (not_found), t5 blocked (removed)",
    date="Sat, 07 Sep 2024 11:11:11 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    subject="[Ticket #TG-88410] KCSC-240903-02",
    body=f"""
Dear KCSC,

Please see the outcome below.

URL                                   Outcome
------------------------------------  ----------------------------------
{T2}      Already deleted by the channel owner
{T5}       Blocked

Regards,
Telegram DSA Team
""",
    items={T2: "not_found", T5: "removed"},
)

case(
    name="tg-hedged-appears-deleted",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="abuse desk interim reply with hedged wording",
    why="'appear to have been deleted' is a hedge and 'still reviewing' is no outcome",
    date="Thu, 05 Sep 2024 18:40:03 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: KCSC-240903-02 [Case #5521907]",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

The messages {T1} and {T3} appear to have been deleted already, but we
cannot confirm this on our side yet. We are still reviewing {T4}.

Telegram Abuse Team
""",
    items=pend(T1, T3, T4),
)

case(
    name="tg-zendesk-hosted-sender",
    outcome="review", review="unknown_sender",
    imitates="help-desk notification sent from the vendor's hosted domain instead of the platform's",
    why="claims removals for Telegram items but comes from a zendesk.com address, not a Telegram domain",
    date="Fri, 06 Sep 2024 13:25:40 +0000",
    **{"from": "support@telegramhelp.zendesk.com"}, name_from="Telegram Support",
    subject="[Telegram Support] Update: KCSC-240903-02",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
##- Please type your reply above this line -##

Hello,

{T1} - blocked
{T2} - blocked

Telegram Support
""",
    items=pend(T1, T2),
)

case(
    name="tg-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply from a platform staff mailbox",
    why="automatic absence notice, quotes nothing about any item",
    date="Tue, 10 Sep 2024 00:02:00 +0000",
    **{"from": "legal.kr@telegram.org"}, name_from="Telegram Legal",
    subject="Automatic reply: Reminder: KCSC-240903-02 - items still pending",
    reply_to_req="reminder-240903-02-1",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Thank you for your message. I am out of the office until 16 September
with limited access to email. Your message has not been forwarded.

For urgent legal requests please write to dsa@telegram.org.
""",
    items={},
)

# ===== YouTube (KCSC-240904-03) =====

case(
    name="yt-helpscout-statement-line-above-url",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply (YouTube legal), each statement with the URL on the line below",
    why="three statements, each followed by its URL on the next line",
    date="Thu, 05 Sep 2024 06:18:29 +0000",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Re: KCSC-240904-03 [Conversation #88123]",
    reply_to_req="req-240904-03",
    body=f"""
-- Reply above this line --

Hello,

Thank you for your notice. After review:

The following video has been removed for violating our harassment policy:
{Y1}

The following video has been blocked from view in South Korea under local law:
{Y2}

The following video has been age-restricted:
{Y3}

Sincerely,
The YouTube Legal Support Team

Conversation #88123 - view the conversation history by replying to this email.
""",
    items={Y1: "removed", Y2: "restricted", Y3: "restricted"},
)

YT_QP = f"""Hello,

We have reviewed your request KCSC-240904-03.

Content from the channel {Y4} has been blocked from view in South Korea in response to your legal complaint.

For {Y2}: we did not find that this video violates our Community Guidelines or the local law cited, and it remains available on YouTube.

To learn more about our legal policies, visit https://support.google.com/youtube/answer/6154230.

Regards,
The YouTube Legal Team
"""

case(
    name="yt-quoted-printable-long-lines",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email sent quoted-printable with soft line breaks",
    why="QP body: channel geo-blocked in Korea (restricted), one video stays up (rejected); help link is no item",
    date="Fri, 06 Sep 2024 08:52:01 +0000",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal",
    subject="Your legal complaint - KCSC-240904-03",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP)}""",
    items={Y4: "restricted", Y2: "rejected"},
)

YT_HTML = f"""<html><body>
<div style="font-family:Roboto,Arial">
<h3>Legal removal request: outcome</h3>
<p>Reference: KCSC-240904-03 &middot; Ticket 3-1840022391</p>
<ul>
<li><a href="{Y1}">{Y1}</a> &mdash; Removed from YouTube.</li>
<li><a href="{Y3}">{Y3}</a> &mdash; Not found: this video had already been deleted by the uploader.</li>
</ul>
<p>If you have questions, reply to this email.</p>
<p>&copy; Google LLC</p>
</div>
</body></html>
"""

case(
    name="yt-base64-html-list",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome sent as base64-encoded HTML",
    why="HTML list: y1 removed, y3 already deleted by the uploader",
    date="Sat, 07 Sep 2024 02:40:55 +0000",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal",
    subject="Outcome of your request KCSC-240904-03",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(YT_HTML)}""",
    items={Y1: "removed", Y3: "not_found"},
)

case(
    name="yt-jira-comment-actioned",
    outcome="applied", classification="confirmation",
    imitates="Jira comment notification from a platform legal queue",
    why="'actioned under our policies' (configured phrase) for y1 and y2; the channel y4 does not violate",
    date="Mon, 09 Sep 2024 03:33:03 +0000",
    **{"from": "jira@google.com"}, name_from="Legal Queue (Jira)",
    subject="[JIRA] (LGL-4410) KCSC-240904-03 Korea removal request",
    body=f"""
Min-ji Park commented on LGL-4410
------------------------------------

Re: KCSC-240904-03

{Y1} has been actioned under our policies.
{Y2} has been actioned under our policies.
{Y4}: no action - the channel does not violate our guidelines.

------------------------------------
This message was sent by Atlassian Jira. Reply to this email to add a comment.
""",
    items={Y1: "removed", Y2: "removed", Y4: "rejected"},
)

case(
    name="yt-may-have-been-removed",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="support agent answer that cannot confirm what happened",
    why="'may have been removed' and 'cannot confirm' are hedges",
    date="Tue, 10 Sep 2024 07:14:20 +0000",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Re: KCSC-240904-03 [Conversation #88123]",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

The video {Y3} may have been removed by the uploader, but I cannot
confirm this from our tools at the moment. I have asked the team to
check and will come back to you.

Best regards,
YouTube Legal Support
""",
    items=pend(Y3),
)

case(
    name="yt-dsn-reminder-bounce",
    outcome="ignored", classification="bounce",
    imitates="Google mail delivery failure (DSN) for our reminder",
    why="delivery status notification; the URLs are only in our returned reminder",
    date="Wed, 11 Sep 2024 00:01:12 +0000",
    **{"from": "mailer-daemon@google.com"}, name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-7a1c"

--dsn-7a1c
Content-Type: text/plain; charset=utf-8

Your message wasn't delivered to legal-kr-old@google.com because the
address couldn't be found, or is unable to receive mail.

--dsn-7a1c
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.google.com
Arrival-Date: Wed, 11 Sep 2024 00:00:58 +0000

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--dsn-7a1c
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: Reminder: KCSC-240904-03 - items still pending
Date: Wed, 11 Sep 2024 09:00:00 +0900
Message-ID: <reminder-240904-03-1@kcsc.example>

Dear team,

The following items of our request KCSC-240904-03 are still pending:
- {Y1}
- {Y2}

Korea Communications Standards Commission

--dsn-7a1c--
""",
    items=pend(Y1, Y2),
)

# ===== NAVER (KCSC-240905-04) =====

case(
    name="naver-inquiry-answer-korean",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 '문의하신 내용에 대한 답변' email with 문의번호",
    why="게시중단 (removed), 임시조치 (restricted), 작성자가 이미 삭제 (not_found); URLs followed by Korean particles and full-width punctuation",
    date="Fri, 06 Sep 2024 05:02:33 +0000",
    **{"from": "help@navercorp.com"}, name_from=ko("네이버 고객센터"),
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호: 2024090512345)",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240905-04 건의 처리 결과를 안내드립니다.

1. {N1} 게시물은 게시중단 처리되었습니다。
2. {N2} 은(는) 권리침해 신고에 따라 임시조치(30일) 되었습니다.
3. {N3} 의 경우, 작성자가 이미 삭제한 게시물로 확인됩니다.

더 궁금하신 점은 고객센터(https://help.naver.com)로 문의해 주세요.

감사합니다.
네이버 고객센터 드림
""",
    items={N1: "removed", N2: "restricted", N3: "not_found"},
)

case(
    name="naver-followup-over-receipt",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up top-posted over its own earlier 접수 완료 notice",
    why="블라인드 처리 for the cafe post (removed); the quoted receipt only echoes the request",
    date="Mon, 09 Sep 2024 02:10:09 +0000",
    **{"from": "help@navercorp.com"}, name_from=ko("네이버 고객센터"),
    subject="Re: [네이버] 게시중단 요청 접수 완료 안내 (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요.

앞서 접수된 건의 처리 결과를 안내드립니다.
{N2} 게시물은 카페 운영원칙 위반으로 블라인드 처리되었습니다.

나머지 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.

네이버 고객센터

-----Original Message-----
From: 네이버 고객센터 <help@navercorp.com>
Sent: Thursday, September 5, 2024 3:30 PM
Subject: [네이버] 게시중단 요청 접수 완료 안내 (KCSC-240905-04)

요청하신 아래 게시물에 대한 게시중단 요청이 접수되었습니다.
- {N1}
- {N2}
- {N3}
담당자 검토 후 결과를 안내드리겠습니다.
""",
    items={N2: "removed", N1: "pending", N3: "pending"},
)

NAVER_B64 = f"""안녕하세요, 네이버 게시중단요청 서비스입니다.

요청번호 KCSC-240905-04 관련하여 아래와 같이 조치하였음을 알려드립니다.

■ {N1}
  → 비공개 처리 완료

■ {N3}
  → 존재하지 않는 게시물입니다 (URL 확인 불가)

감사합니다.
"""

case(
    name="naver-base64-korean",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청 서비스 결과 안내, base64 plain text",
    why="비공개 처리 완료 (removed), 존재하지 않는 게시물 (not_found), each status on the line below its URL",
    date="Tue, 10 Sep 2024 06:45:00 +0000",
    **{"from": "noreply@naver.com"}, name_from=ko("네이버"),
    subject="=?UTF-8?B?" + base64.b64encode("[네이버] 게시중단 요청 처리 결과 안내".encode()).decode() + "?=",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NAVER_B64)}""",
    items={N1: "removed", N3: "not_found"},
)

case(
    name="naver-bulk-all-korean",
    outcome="review", review="bulk", classification="confirmation",
    imitates="NAVER one-line result for a whole request ('요청하신 게시물 모두')",
    why="one statement about all items of a three-item request, naming none",
    date="Wed, 11 Sep 2024 01:20:00 +0000",
    **{"from": "help@navercorp.com"}, name_from=ko("네이버 고객센터"),
    subject="[네이버 고객센터] KCSC-240905-04 처리 완료",
    reply_to_req="req-240905-04",
    body="""
안녕하세요, 네이버 고객센터입니다.

KCSC-240905-04 건으로 요청하신 게시물은 모두 게시중단 처리하였습니다.

감사합니다.
""",
    items=pend(*NS),
)

case(
    name="naver-asks-for-documents",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 고객센터 asking for the official letter (공문) before acting",
    why="asks for supporting documents; no outcome stated",
    date="Fri, 06 Sep 2024 00:50:10 +0000",
    **{"from": "help@navercorp.com"}, name_from=ko("네이버 고객센터"),
    subject="[네이버 고객센터] 추가 자료 요청 (문의번호: 2024090512345)",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 {N1} 건의 검토를 위해 시정요구 공문(PDF) 사본을
회신 메일로 보내주시기 바랍니다.

자료가 확인되는 대로 검토를 진행하겠습니다.

감사합니다.
""",
    items=pend(N1),
)

case(
    name="naver-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="MDN (disposition-notification) from a NAVER staff mail client",
    why="read receipt only",
    date="Thu, 05 Sep 2024 06:01:00 +0000",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    subject="읽음 확인: KCSC-240905-04 시정요구",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-2b9"

--mdn-2b9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "KCSC-240905-04 시정요구"을(를) 2024-09-05 15:00에 읽었습니다.

--mdn-2b9
Content-Type: message/disposition-notification

Reporting-UA: works.navercorp.com; NAVER WORKS
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-2b9--
""",
    items={},
)

# ===== Kakao / Daum (KCSC-240906-05) =====

case(
    name="kakao-korean-path-particles",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Daum 카페) 신고 처리 결과 안내",
    why="raw Korean cafe path followed by 는: 접속 차단 (restricted); second post 게시중단 (removed)",
    date="Mon, 09 Sep 2024 04:30:00 +0000",
    **{"from": "cafe_report@daum.net"}, name_from=ko("Daum 카페 고객센터"),
    subject="[Daum 카페] 시정요구 처리 결과 안내 (KCSC-240906-05)",
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요. Daum 카페 고객센터입니다.

요청하신 게시물에 대한 조치 결과를 안내드립니다.

{K1_RAW}는 국내 접속 차단 조치하였습니다.
{K2}는 게시중단 처리되었습니다.

감사합니다.
카카오 고객센터 드림
""",
    items={K1: "restricted", K2: "removed"},
)

case(
    name="kakao-html-table-result",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 with an HTML table (번호/URL/조치결과)",
    why="table rows: 삭제 (removed) and 위반사항 없어 게시 유지 (rejected)",
    date="Tue, 10 Sep 2024 08:00:00 +0000",
    **{"from": "report@kakaocorp.com"}, name_from=ko("카카오 신고센터"),
    subject="RE: 시정요구 조치결과 회신 - KCSC-240906-05",
    reply_to_req="req-240906-05",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 카카오 신고센터입니다.<br>시정요구하신 건의 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{K1_RAW}</td><td>삭제</td><td>운영정책 위반</td></tr>
<tr><td>2</td><td>{K2}</td><td>조치 불가</td><td>위반사항이 확인되지 않아 게시를 유지합니다</td></tr>
</table>
<p>카카오 신고센터 드림</p>
</body></html>
""",
    items={K1: "removed", K2: "rejected"},
)

case(
    name="kakao-receipt-korean",
    outcome="ignored", classification="acknowledgement",
    imitates="카카오 고객센터 '문의가 접수되었습니다' automatic receipt",
    why="pure receipt with a 접수번호; no outcome",
    date="Fri, 06 Sep 2024 01:02:30 +0000",
    **{"from": "noreply@kakaocorp.com"}, name_from=ko("카카오 고객센터"),
    subject="[카카오 고객센터] 문의가 접수되었습니다 (KCSC-240906-05)",
    reply_to_req="req-240906-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: 240906-000417

담당자가 확인 후 순차적으로 답변드리겠습니다. 본 메일은 발신 전용입니다.
""",
    items={},
)

# ===== TikTok (KCSC-240909-06) =====

case(
    name="tiktok-sole-statement-one-item",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome email that names the request but not the URL",
    why="one-item request; 'we've removed the content you reported' applies to its only item",
    date="Tue, 10 Sep 2024 10:10:10 +0000",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: KCSC-240909-06 - content removal request",
    reply_to_req="req-240909-06",
    body="""
Hello,

Thank you for your report regarding KCSC-240909-06. We have reviewed it
and removed the content you reported for violating our Community
Guidelines.

TikTok Trust & Safety
""",
    items={TK1: "removed"},
)

case(
    name="tiktok-dsa-statement-restricted",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, scope, ground) sent by a platform",
    why="decision: restricted in the Republic of Korea, URL in angle brackets",
    date="Wed, 11 Sep 2024 06:00:00 +0000",
    **{"from": "dsa-notices@tiktok.com"}, name_from="TikTok",
    subject="Decision on your notice [Ticket 1-TTK-7781903]",
    body=f"""
Dear notifier,

Your reference: KCSC-240909-06
Content: <{TK1}>

Decision: Access to the content has been restricted in the Republic of
Korea.
Ground: illegal content under local law.
Automated means used: No.

You may contest this decision through our appeals form.

TikTok
""",
    items={TK1: "restricted"},
)

case(
    name="tiktok-freshdesk-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk new-ticket auto-acknowledgement echoing the original request",
    why="receipt only; the URL is in the echoed request under the receipt",
    date="Mon, 09 Sep 2024 07:21:00 +0000",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok Support",
    subject="Ticket Received - KCSC-240909-06 content removal request [#TT-20240909-4417]",
    reply_to_req="req-240909-06",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
Dear user,

We have received your request and a ticket (#TT-20240909-4417) has been
created. Our team will respond as soon as possible.

---- Your message ----
Dear TikTok,

Please remove the following video under Article 44-7 of the Network Act:
{TK1}

Korea Communications Standards Commission
""",
    items=pend(TK1),
)

case(
    name="tiktok-outsourced-vendor",
    outcome="review", review="unknown_sender",
    imitates="moderation outcome sent from an outsourcing vendor's own domain",
    why="states the video removed but the sender is no TikTok domain",
    date="Wed, 11 Sep 2024 11:45:00 +0000",
    **{"from": "ts-desk@moderation-partners.example"}, name_from="TikTok Trust & Safety (Partner Desk)",
    subject="Re: KCSC-240909-06",
    body=f"""
Hello,

On behalf of TikTok we confirm that {TK1}
has been removed.

Partner Desk
""",
    items=pend(TK1),
)

case(
    name="tiktok-csat-survey",
    outcome="review", review="no_claims",
    imitates="help-desk satisfaction survey sent after a ticket is solved",
    why="trusted platform mail that names no item and no request of ours",
    date="Thu, 12 Sep 2024 03:00:00 +0000",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok Support",
    subject="How did we do? Rate your support experience",
    body="""
Hello,

Your recent support ticket was marked as resolved. How would you rate the
support you received?

  Good, I'm satisfied: https://support.tiktok.com/survey/r?s=good&t=9f31c2
  Bad, I'm unsatisfied: https://support.tiktok.com/survey/r?s=bad&t=9f31c2

Thank you,
TikTok Support
""",
    items={},
)

# ===== DCinside (KCSC-240910-07) =====

case(
    name="dc-numbered-korean",
    outcome="applied", classification="confirmation",
    imitates="Korean community site 운영팀 reply with a numbered list",
    why="two 삭제 완료 (removed), one 존재하지 않는 게시물 (not_found)",
    date="Wed, 11 Sep 2024 02:30:00 +0000",
    **{"from": "cs@dcinside.com"}, name_from=ko("디시인사이드 운영팀"),
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240910-07)",
    reply_to_req="req-240910-07",
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

요청하신 게시물 처리 결과입니다.

1) {D1} : 삭제 완료
2) {D2} : 삭제 완료
3) {D3} : 존재하지 않는 게시물입니다.

감사합니다.
""",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-outlook-reply-to-reminder",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply to a regulator reminder, '-----Original Message-----' with our reminder below",
    why="refusal with reason for d3; d1 and d2 appear only in our quoted reminder",
    date="Fri, 13 Sep 2024 05:05:05 +0000",
    **{"from": "cs@dcinside.com"}, name_from=ko("디시인사이드 운영팀"),
    subject="RE: [독촉] 시정요구 처리 요청 (KCSC-240910-07)",
    reply_to_req="reminder-240910-07-1",
    body=f"""
안녕하세요.

{D3} 게시물은 검토 결과 삭제 요청 사유에 해당하지 않아 게시를 유지합니다.

디시인사이드 운영팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 9:00 AM
To: cs@dcinside.com
Subject: [독촉] 시정요구 처리 요청 (KCSC-240910-07)

아래 게시물에 대한 조치 결과를 아직 받지 못했습니다.
- {D1}
- {D2}
- {D3}
조치 결과를 회신하여 주시기 바랍니다.
""",
    items={D3: "rejected", D1: "pending", D2: "pending"},
)

case(
    name="dc-promise-korean-reminder-reply",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Korean reply to a reminder that only promises action",
    why="'조치 예정' (will act) is a promise; names the items but states no outcome",
    date="Thu, 12 Sep 2024 07:00:00 +0000",
    **{"from": "cs@dcinside.com"}, name_from=ko("디시인사이드 운영팀"),
    subject="RE: KCSC-240910-07 처리 현황",
    reply_to_req="req-240910-07",
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

{D1}
{D2}
위 게시물은 확인 후 금일 중 삭제 조치 예정입니다.

감사합니다.
""",
    items=pend(D1, D2),
)

case(
    name="dc-out-of-office-korean",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="absence auto-reply only",
    date="Wed, 11 Sep 2024 00:00:30 +0000",
    **{"from": "legal@dcinside.com"}, name_from=ko("디시인사이드 법무팀"),
    subject="[자동응답] 부재중입니다: 시정요구 (KCSC-240910-07)",
    reply_to_req="req-240910-07",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 9월 11일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 cs@dcinside.com 으로 보내주시기 바랍니다.
""",
    items={},
)

# One more X ticket-thread case: a partial answer over the quoted request.

case(
    name="x-helpscout-partial-over-request",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style reply over the quoted original request (quoted with '>')",
    why="two answered posts above the quote; the rest of the request is only quoted",
    date="Tue, 03 Sep 2024 09:09:09 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    subject="Re: KCSC-240902-01 Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""
-- Please reply above this line --

Hello KCSC team,

Quick partial update while we work on the rest:
- {X2}: removed
- {X4}: not available in Korea (country withheld)

Thanks,
Minseo

On Mon, Sep 2, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X,
>
> Please remove the following content (request KCSC-240902-01):
> {X1}
> {X2}
> {X3}
> {X4}
""",
    items={X2: "removed", X4: "restricted", X1: "pending", X3: "pending"},
)

HEADER = """# Blind set 374: ticket systems and threads (Zendesk/Freshdesk/Jira/Help
# Scout-style receipts and results, solved tickets, follow-ups in the same
# thread, replies to our reminders, partial answers, forwarded mail).
# Written by tests/corpus/blind374/make.py from each email's meaning alone,
# before any run of the reader. Each case is judged alone on a fresh ledger.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind374", HEADER, CASES)


if __name__ == "__main__":
    main()
