#!/usr/bin/env python3
"""Blind set 482: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts
and results, solved tickets, follow-ups in the same thread, replies to our
reminders, partial answers and forwarded mail. Every email is fictional and
written for this set; expected results come from each email's meaning alone,
written before any run of the reader.

    python3 tests/corpus/blind482/make.py

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

SET = "blind482"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/bluepine_trade/status/1830412257790012416",   # x1
    "https://x.com/bluepine_trade/status/1830412901126549504",   # x2
    "https://x.com/moonlit_deals/status/1829977310456721408",    # x3
    "https://x.com/moonlit_deals/status/1830002285511368704",    # x4
    "https://x.com/ggoppi_0421/status/1830120876543219712",      # x5
    "https://x.com/ggoppi_0421/status/1830135520098877440",      # x6
    "https://x.com/seoul_nightlist/status/1829650412873003008",  # x7
    "https://x.com/seoul_nightlist/status/1829655097712230400",  # x8
    "https://x.com/rainycat_shop",                               # x9 (account)
    "https://x.com/quick_pill_kr/status/1830301119987654656",    # x10
    "https://x.com/quick_pill_kr/status/1830309932214763520",    # x11
    "https://x.com/dalbit_store/status/1830455612345678848",     # x12
    "https://x.com/dalbit_store/status/1830460078123409408",     # x13
    "https://x.com/ttukttak_99/status/1830511206660423680",      # x14
]
T = [
    "https://t.me/hidden_orchard/412",
    "https://t.me/hidden_orchard/415",
    "https://t.me/nightbazaar_kr",
    "https://t.me/nightbazaar_kr/1207",
]
Y = [
    "https://www.youtube.com/watch?v=Qx7fK2mLp9A",
    "https://www.youtube.com/watch?v=bT4nR8wZc1E",
    "https://www.youtube.com/@gamdong_tv",
]
N = [
    "https://blog.naver.com/sunflower_1984/223567012345",
    "https://blog.naver.com/sunflower_1984/223567019876",
    "https://cafe.naver.com/dalmaeul/58213",
    "https://cafe.naver.com/dalmaeul/58240",
    "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471234567",
]
K2_RAW = "https://haneul-log.tistory.com/entry/직구-대행-후기"
K = [
    "https://cafe.daum.net/bamsijang/Kz1a/3381",
    "https://haneul-log.tistory.com/entry/" + quote("직구-대행-후기"),
    "https://haneul-log.tistory.com/12",
]
RD = "https://www.reddit.com/r/seoulswap/comments/1f6xk2q/selling_bulk_items_dm/"
X7 = [
    "https://x.com/hoshi_trade/status/1833201456789012480",
    "https://x.com/hoshi_trade/status/1833209987654321152",
]

REQUESTS = [
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", X,
     "illegal_goods", "req-240902-01@kcsc.example", "largest request; 13 posts and one account"),
    ("KCSC-240903-02", "telegram", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", T,
     "illegal_goods", "req-240903-02@kcsc.example", 'channel "nightbazaar_kr", two posts'),
    ("KCSC-240904-03", "youtube", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00", Y,
     "fraud", "req-240904-03@kcsc.example", "two videos, one channel"),
    ("KCSC-240905-04", "naver", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00", N,
     "illegal_goods", "req-240905-04@kcsc.example", "blog, cafe, kin"),
    ("KCSC-240906-05", "kakao", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", K,
     "gambling", "req-240906-05@kcsc.example", "Daum cafe and Tistory, one Korean path"),
    ("KCSC-240909-06", "reddit", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", [RD],
     "illegal_goods", "req-240909-06@kcsc.example", "one post"),
    ("KCSC-240910-07", "x", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", X7,
     "illegal_goods", "req-240910-07@kcsc.example", "second X request, two posts"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def alt(text, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n"
        f"--{boundary}--\n"
    )


QUOTED_X_REQUEST = "\n".join(f"{i}. {u}" for i, u in enumerate(X, 1))

CASES = []


def enc(s):
    """RFC 2047 encoded-word for a non-ASCII header value."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def case(**kw):
    # Display names are always RFC 2047 encoded; NAVER subjects too, the
    # other Korean subjects stay raw UTF-8 (RFC 6532), as both occur.
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    if kw["name"].startswith("naver"):
        kw["subject"] = enc(kw["subject"])
    CASES.append(kw)


# ================================================================ X (KCSC-240902-01)
case(
    name="x-zendesk-solved-numbered",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Fri, 06 Sep 2024 14:02:41 +0900",
    subject="[X Support] Re: KCSC-240902-01 Request for removal of illegal content [Request #192834]",
    reply_to_req="req-240902-01",
    body=f"""
##- Please type your reply above this line -##

Your request (#192834) has been solved. To reopen it, reply to this email.

Sam (X Support)
Sep 6, 2024, 14:02 KST

Hello,

Thank you for your report. We reviewed the first five URLs of your request
and have taken the following action:

1. {X[0]}
   Withheld in South Korea (KR) under local law.
2. {X[1]}
   Withheld in South Korea (KR) under local law.
3. {X[2]}
   Removed: violation of the X Rules on illegal or regulated goods and services.
4. {X[3]}
   No action: we found no violation of the X Rules or of local law. The post remains available.
5. {X[4]}
   Not found: the post had already been deleted by the account holder.

We will write to you separately about the remaining URLs.

More about our enforcement options: https://help.x.com/en/rules-and-policies/enforcement-options

--------------------------------
This email is a service from X Support.
[ZX4Y2K-09W1]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification carrying an agent's numbered list of decisions",
    why="trusted X, each URL followed on the next line by its decision: two withheld in KR, one removed, one no violation, one already deleted",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "rejected", X[4]: "not_found"},
)

case(
    name="x-followup-top-posted-over-own-reply",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Tue, 10 Sep 2024 11:20:05 +0900",
    subject="Re: [X Support] Re: KCSC-240902-01 Request for removal of illegal content [Request #192834]",
    reply_to_req="req-240902-01",
    body=f"""
Hi,

Following up on our earlier message in this thread: the two posts we had
still been reviewing have now been withheld in the Republic of Korea.

{X[6]}
{X[7]}

They remain visible outside Korea.

Regards,
Sam
X Support

On Thu, Sep 5, 2024 at 4:12 PM X Support <support@x.com> wrote:
> Hello,
>
> A short status update on request KCSC-240902-01. The following posts are
> still under review with our legal team:
>
> {X[6]}
> {X[7]}
>
> We expect to get back to you within a few days.
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up posted in the same ticket thread above the agent's own earlier status update",
    why="the unquoted top part withholds both seoul_nightlist posts in Korea; the quoted 'under review' is an older message",
    items={X[6]: "restricted", X[7]: "restricted"},
)

case(
    name="x-reply-to-reminder-gmail-quote",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Wed, 11 Sep 2024 09:41:17 +0900",
    subject="Re: Reminder: KCSC-240902-01 - items still pending",
    reply_to_req="req-240902-01",
    body=f"""
Hello KCSC team,

Thanks for the reminder. Two updates from our side:

{X[5]} - removed for violating our rules.
{X[8]} - this account has been suspended.

We are still working through the rest and will follow up.

X Legal

On Tue, Sep 10, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X,
>
> Our request KCSC-240902-01 of 2 September 2024 was due on 9 September.
> The following items are still pending on our side:
>
> {X[5]}
> {X[6]}
> {X[7]}
> {X[8]}
> {X[9]}
> {X[10]}
> {X[11]}
> {X[12]}
> {X[13]}
>
> Please let us know what action has been taken on each of them.
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply to a regulator's reminder, top-posted over a Gmail-style quote of the reminder",
    why="two statements in the unquoted part (post removed, account suspended); the other items appear only in the quoted reminder",
    items={X[5]: "removed", X[8]: "removed", X[6]: "pending", X[9]: "pending", X[13]: "pending"},
)

case(
    name="x-html-table-results",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Fri, 13 Sep 2024 17:05:44 +0900",
    subject="[Request #192834] Outcome of your report KCSC-240902-01 (part 2)",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please find below our decisions on the remaining URLs of your request KCSC-240902-01.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Action</th><th>Notes</th></tr>
<tr><td>10</td><td><a href="{X[9]}">{X[9]}</a></td><td>Removed</td><td>Illegal or regulated goods</td></tr>
<tr><td>11</td><td><a href="{X[10]}">{X[10]}</a></td><td>Withheld in KR</td><td>Local law</td></tr>
<tr><td>12</td><td><a href="{X[11]}">{X[11]}</a></td><td>Removed</td><td>Illegal or regulated goods</td></tr>
<tr><td>13</td><td><a href="{X[12]}">{X[12]}</a></td><td>No action</td><td>No violation found</td></tr>
<tr><td>14</td><td><a href="{X[13]}">{X[13]}</a></td><td>Unable to locate</td><td>The link does not lead to an existing post</td></tr>
</table>
<p>If you disagree with a decision, reply to this email and the ticket will reopen.</p>
<p style="color:#888">X Support &middot; <a href="https://help.x.com/en/forms">help.x.com</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk agent reply with an HTML table of reported URLs and actions",
    why="HTML table row per URL: two removed, one withheld in KR, one no violation, one cannot be located",
    items={X[9]: "removed", X[10]: "restricted", X[11]: "removed", X[12]: "rejected", X[13]: "not_found"},
)

CSV_X = "\n".join([
    "reported_url,action,scope,reason",
    f"{X[0]},removed,global,Illegal or regulated goods",
    f"{X[1]},removed,global,Illegal or regulated goods",
    f"{X[2]},withheld,KR,Country withheld content (local law)",
    f"{X[3]},no_action,,No violation found",
]) + "\n"
case(
    name="x-csv-attachment-results",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Mon, 09 Sep 2024 10:15:00 +0900",
    subject="KCSC-240902-01 - results attached",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_x482_csv"

--=_x482_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

The results for the first four URLs listed in your request KCSC-240902-01
are in the attached CSV file, one row per URL.

Best regards,
X Legal

--=_x482_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_results.csv"
Content-Transfer-Encoding: base64

{b64(CSV_X)}
--=_x482_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="legal-desk reply sending per-URL outcomes as a CSV export",
    why="CSV rows: two removed globally, one withheld in KR, one no action (no violation)",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "rejected"},
)

case(
    name="x-echoed-report-decisions",
    **{"from": "no-reply@x.com"},
    name_from="X",
    date="Thu, 12 Sep 2024 08:30:12 +0900",
    subject="Your report #193550 - decision",
    body=f"""
Hello,

We've reviewed your report. Below is a copy of what you submitted, each
followed by our decision.

--- Your report ---
Reporter: Korea Communications Standards Commission
Reference: KCSC-240902-01
Reported content: {X[11]}
Reason given: Sale of illegal goods
--- Our decision ---
We have withheld this post in South Korea. It remains available elsewhere.

--- Your report ---
Reporter: Korea Communications Standards Commission
Reference: KCSC-240902-01
Reported content: {X[12]}
Reason given: Sale of illegal goods
--- Our decision ---
We removed this post because it violates the X Rules.

Thanks for helping keep X safe.
X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X-style report outcome that echoes the submitted report fields before each decision",
    why="each echoed report is followed by an unquoted decision: first withheld in KR, second removed",
    items={X[11]: "restricted", X[12]: "removed"},
)

case(
    name="x-inline-answers-under-quoted-urls",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Thu, 12 Sep 2024 16:48:30 +0900",
    subject="Re: KCSC-240902-01 - two posts",
    reply_to_req="req-240902-01",
    body=f"""
Hi KCSC team,

Answers inline below.

On Wed, Sep 11, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Could you tell us the status of these two posts from our request
> KCSC-240902-01?
>
> {X[9]}

Removed for violating our rules on illegal goods and services.

> {X[10]}

Withheld in South Korea in response to your request.

> Thank you.

Best,
Jordan
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="agent answering inline, each answer under the quoted question's URL (Gmail interleaved reply)",
    why="the answers are the agent's own unquoted lines, each directly under the quoted URL it answers: removed, withheld in KR",
    items={X[9]: "removed", X[10]: "restricted"},
)

case(
    name="x-received-and-actions-bulleted",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Wed, 04 Sep 2024 19:22:03 +0900",
    subject="Re: KCSC-240902-01 Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Thanks for your report. We received it on 2 September and have completed
our review of the following posts. Actions taken:

  * {X[0]} — removed
  * {X[13]} — not found; the author deleted this post before we reviewed it

The other URLs in your request are still with our team.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="receipt wording followed by a bulleted list of actions (Zendesk public comment)",
    why="the 'we received it' opening is followed by unhedged per-URL results: removed, deleted by its author",
    items={X[0]: "removed", X[13]: "not_found"},
)

case(
    name="x-promise-withheld-after-review",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Thu, 05 Sep 2024 13:10:00 +0900",
    subject="Re: KCSC-240902-01 Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""
Dear KCSC,

Our team has looked at your request KCSC-240902-01. The two posts below
will be withheld in Korea once our legal review is finalised, which we
expect within 48 hours:

{X[2]}
{X[3]}

We will confirm in this thread when that is done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="legal-desk interim reply promising action after review",
    why="'will be withheld once our legal review is finalised' is a promise, not a statement; both posts stay pending",
    items={X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-dmarc-fail-results",
    **{"from": "support@x.com"},
    name_from="X Support",
    auth="fail",
    date="Sat, 07 Sep 2024 02:14:55 +0900",
    subject="[Request #192834] KCSC-240902-01 resolved",
    body=f"""
Hello,

The following posts from your request KCSC-240902-01 have been removed:

{X[4]}
{X[5]}

X Support
""",
    outcome="review", review="untrusted",
    imitates="Zendesk-style resolution notice that fails DMARC for x.com",
    why="states removals but the x.com sender fails authentication, so nothing is applied",
    items={X[4]: "pending", X[5]: "pending"},
)

case(
    name="x-generic-action-no-reference",
    **{"from": "no-reply@x.com"},
    name_from="X",
    date="Sat, 14 Sep 2024 06:02:19 +0900",
    subject="An update on your report",
    body="""
Hello,

Thanks for your recent report. We've completed our review and taken action
where we found violations of the X Rules.

We appreciate you helping to keep X a safe place for everyone.

Learn more about how we enforce our rules: https://help.x.com/en/rules-and-policies/x-rules

X
""",
    outcome="review", review="no_claims",
    imitates="X generic 'we took action on your report' notification without any ticket details",
    why="trusted X mail, but it names no item, no reference and is not threaded to any request",
    items={},
)

case(
    name="x-zendesk-receipt",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Mon, 02 Sep 2024 10:03:11 +0900",
    subject="[X Support] Re: KCSC-240902-01 Request for removal of illegal content [Request #192834]",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (#192834) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

--------------------------------
This email is a service from X Support.
[ZX4Y2K-09W1]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk default 'request received' auto-reply",
    why="pure ticket receipt: a request number and nothing about any item",
    items={},
)

case(
    name="x-out-of-office",
    **{"from": "h.moreau@x.com"},
    name_from="Hélène Moreau",
    date="Tue, 10 Sep 2024 09:00:41 +0900",
    subject="Automatic reply: Reminder: KCSC-240902-01 - items still pending",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent legal requests please write to
legal@x.com, where a colleague will pick up your message.

Hélène
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply to our reminder",
    why="auto-reply, says nothing about any item",
    items={},
)

# ================================================================ X (KCSC-240910-07)
case(
    name="x-second-request-dash-lines",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Fri, 13 Sep 2024 11:11:11 +0900",
    subject="Re: KCSC-240910-07",
    reply_to_req="req-240910-07",
    body=f"""
Hello,

Outcome for KCSC-240910-07:

{X7[0]} – Withheld in: KR
{X7[1]} – Removed (violation: illegal or regulated goods)

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="terse legal-desk reply, one URL and outcome per line",
    why="one withheld in KR, one removed",
    items={X7[0]: "restricted", X7[1]: "removed"},
)

# ================================================================ Telegram
case(
    name="tg-freshdesk-resolved-url-then-status",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Fri, 06 Sep 2024 21:45:09 +0900",
    subject="[Ticket #58211] Status changed to Resolved: KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""
Dear requester,

Your ticket #58211 has been marked as Resolved.

Agent reply:

We have checked the links you sent.

{T[0]}
Blocked. The message was deleted.

{T[1]}
Blocked. The message was deleted.

{T[2]}
The channel is no longer available to users in South Korea.

{T[3]}
We could not find this message. It does not exist.

If you feel this ticket has not been resolved, reply to this email and it
will be reopened.

--
Telegram DSA Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification quoting the agent's reply, each URL with its status on the line below",
    why="two deleted, channel unavailable in South Korea, one message does not exist",
    items={T[0]: "removed", T[1]: "removed", T[2]: "restricted", T[3]: "not_found"},
)

case(
    name="tg-partial-answer-one-link",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Wed, 04 Sep 2024 18:02:30 +0900",
    subject="Re: KCSC-240903-02 [Ticket #58211]",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

A quick update on your ticket: the message {T[0]} has been
taken down. We are still looking into the remaining links in your request
and will reply in this thread.

Thanks,
Telegram DSA Support
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer in a ticket thread: one item done, the rest promised",
    why="one link taken down; the rest are only promised and not named",
    items={T[0]: "removed"},
)

case(
    name="tg-outlook-top-post-over-request",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 15:31:48 +0900",
    subject="RE: KCSC-240903-02 Request for removal of illegal content",
    reply_to_req="req-240903-02",
    body=f"""
Dear KCSC,

The channel t.me/nightbazaar_kr has been blocked on Telegram for all users
and is no longer accessible.

Regards,
Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: dsa@telegram.org
Subject: KCSC-240903-02 Request for removal of illegal content

Dear Telegram,

Under the Act on Promotion of Information and Communications Network
Utilization, we request the removal of the following content:

1. {T[0]}
2. {T[1]}
3. {T[2]}
4. {T[3]}

Please reply by 10 September 2024.

Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over our own request ('-----Original Message-----')",
    why="the channel (written without scheme) is blocked for all users; the other links appear only in our quoted request",
    items={T[2]: "removed", T[0]: "pending", T[1]: "pending", T[3]: "pending"},
)

case(
    name="tg-forwarded-from-abuse-team-qp",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Fri, 06 Sep 2024 12:40:02 +0900",
    subject="Fwd: KCSC-240903-02",
    reply_to_req="req-240903-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""Hello,

Forwarding the outcome from our abuse team for your request KCSC-240903-02, see below.

Kind regards,
Mirela
Telegram Support

---------- Forwarded message ---------
From: Telegram Abuse <abuse@telegram.org>
Date: Fri, Sep 6, 2024 at 11:02 AM
Subject: KCSC-240903-02
To: Telegram Support <support@telegram.org>

Checked the four links from the Korean regulator's request:

{T[1]} — message deleted, channel admins warned.
{T[3]} — no such message; this post ID does not exist in the channel.

The other two are still with the legal team.
"""),
    outcome="applied", classification="confirmation",
    imitates="support agent forwarding an internal abuse-team note to the reporter (Gmail forward, quoted-printable)",
    why="the whole chain is Telegram's own (telegram.org forwarding telegram.org); deleted and does-not-exist stated for two named links",
    items={T[1]: "removed", T[3]: "not_found"},
)

case(
    name="tg-all-links-blocked-thread-only",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Sat, 07 Sep 2024 10:05:00 +0900",
    subject="Re: Request for removal of illegal content",
    reply_to_req="req-240903-02",
    body="""
Hi,

All the links you reported have been blocked.

Best,
Telegram DSA Support
""",
    outcome="review", review="bulk",
    imitates="one-line closing reply in the request thread",
    why="a statement about all links of a four-item request without naming them (found only by thread): bulk",
    items={T[0]: "pending", T[1]: "pending", T[2]: "pending", T[3]: "pending"},
)

case(
    name="tg-zendesk-hosted-domain",
    **{"from": "dsa-support@telegramdsa.zendesk.com"},
    name_from="Telegram DSA Support",
    date="Sun, 08 Sep 2024 20:12:44 +0900",
    subject="[Telegram DSA] Re: KCSC-240903-02 [#4410]",
    body=f"""
##- Please type your reply above this line -##

Hello,

The following messages have been removed:

{T[0]}
{T[1]}

Telegram DSA Support
""",
    outcome="review", review="unknown_sender",
    imitates="ticket notification sent from a helpdesk vendor's hosted subdomain instead of the platform's domain",
    why="zendesk.com is not a sender domain of Telegram (or any platform); statements are not applied",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="tg-freshdesk-receipt-echo",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Tue, 03 Sep 2024 10:01:12 +0900",
    subject="Ticket Received - KCSC-240903-02 Request for removal of illegal content",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Dear requester,

We would like to acknowledge that we have received your request and a
ticket has been created.

Ticket ID: #58211
Subject: KCSC-240903-02 Request for removal of illegal content

A summary of your submission:
{T[0]}
{T[1]}
{T[2]}
{T[3]}

A support representative will review your request and send you a personal
response, usually within 48 hours.

Telegram DSA Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk 'ticket received' auto-acknowledgement echoing the submitted links",
    why="pure receipt; the echoed URLs carry no status",
    items={T[0]: "pending", T[1]: "pending", T[2]: "pending", T[3]: "pending"},
)

# ================================================================ YouTube
case(
    name="yt-jira-resolved-three",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 16:20:00 +0900",
    subject="LEGAL-KR-4471 KCSC-240904-03 removal request - Resolved",
    reply_to_req="req-240904-03",
    body=f"""
—-—-—-—
Reply above this line.

Min-ji Park resolved this as Done.

Hello,

Thanks for your patience. Our legal team has reviewed the three URLs in
your request:

- {Y[0]} has been actioned under our policies.
- {Y[1]} has been restricted in South Korea on the basis of local law. It
  remains available in other countries.
- {Y[2]}: we did not find a violation of our Community Guidelines or of
  local law, so the channel remains available.

View request · Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' customer notification with the agent's comment",
    why="video actioned (configured removed phrase), video restricted in South Korea, channel stays up with no violation",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected"},
)

YT_HTML = f"""<html><body>
<p>Hi there,</p>
<p>Regarding the video <a href="{Y[1]}">{Y[1]}</a> from your request KCSC-240904-03:
after review we have applied an age restriction. It can no longer be viewed by
signed-out users or by users under 18.</p>
<p>You can read about age-restricted content here:
<a href="https://support.google.com/youtube/answer/2802167">YouTube Help</a>.</p>
<p>Best,<br>Daniel<br>YouTube Trust &amp; Safety</p>
<hr>
<p style="font-size:11px;color:#777">Conversation #8812 &middot; Reply to this email to continue the conversation.</p>
</body></html>
"""
case(
    name="yt-helpscout-age-restricted-base64",
    **{"from": "trust-safety@youtube.com"},
    name_from="YouTube Trust & Safety",
    date="Tue, 10 Sep 2024 09:12:33 +0900",
    subject="Re: KCSC-240904-03 [#8812]",
    reply_to_req="req-240904-03",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(YT_HTML),
    outcome="applied", classification="confirmation",
    imitates="Help Scout style conversation reply, HTML body in base64",
    why="age restriction applied to the named video; the help link is not an item",
    items={Y[1]: "restricted"},
)

case(
    name="yt-removed-and-promise",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    date="Sat, 07 Sep 2024 11:55:10 +0900",
    subject="Re: KCSC-240904-03 Request for removal of illegal content",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

The video {Y[0]} was removed for violating our policy on
the sale of regulated goods.

For the channel {Y[2]}, we will review the channel as a
whole and follow up in this thread.

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="legal-support reply with one decision and one promise",
    why="the video is removed; the channel is only promised a review and stays pending",
    items={Y[0]: "removed", Y[2]: "pending"},
)

case(
    name="yt-channel-terminated-no-scheme",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    date="Wed, 18 Sep 2024 14:44:02 +0900",
    subject="Re: KCSC-240904-03 - channel",
    reply_to_req="req-240904-03",
    body="""
Hello,

Following our earlier note: the channel youtube.com/@gamdong_tv has been
terminated for repeated violations of our Community Guidelines.

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up reply in the request thread closing the remaining item",
    why="channel terminated = removed; URL written without scheme or www",
    items={Y[2]: "removed"},
)

case(
    name="yt-hedged-and-under-review",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    date="Thu, 05 Sep 2024 17:30:00 +0900",
    subject="Re: KCSC-240904-03 Request for removal of illegal content",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

Based on our records, the video at {Y[0]} appears to have
been removed by the uploader. The second video,
{Y[1]}, is currently under review by our legal team.

We'll update you once the review is complete.

Google Legal Support
""",
    outcome="review", review="not_understood",
    imitates="interim legal-support reply with a hedge and an 'under review'",
    why="'appears to have been removed' is a hedge and 'under review' is no decision: both stay pending",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="yt-asks-for-timestamps",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    date="Fri, 06 Sep 2024 10:02:00 +0900",
    subject="Re: KCSC-240904-03 Request for removal of illegal content - more information needed",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

Before we can act on {Y[0]} we need some more information:

  - the timestamp(s) in the video where the content appears, and
  - the specific provision of Korean law the content is said to violate.

Please reply to this email with these details so that we can continue
processing your request.

Google Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="legal-support request for additional information before acting",
    why="asks for timestamps and legal basis; no decision on the video",
    items={Y[0]: "pending"},
)

case(
    name="yt-mdn-read-receipt",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    date="Wed, 04 Sep 2024 10:20:00 +0900",
    subject="Read: KCSC-240904-03 Request for removal of illegal content",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn482"

--=_mdn482
Content-Type: text/plain; charset=utf-8

The message sent on 4 Sep 2024 10:00 to legal-kr@google.com with subject
"KCSC-240904-03 Request for removal of illegal content" has been displayed.
This is no guarantee that the message has been read or understood.

--=_mdn482
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn482--
""",
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 read receipt (MDN)",
    why="read receipt, nothing about any item",
    items={},
)

case(
    name="yt-jira-request-created",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 10:01:40 +0900",
    subject="LEGAL-KR-4471 KCSC-240904-03 Request for removal of illegal content",
    reply_to_req="req-240904-03",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
—-—-—-—
Reply above this line.

We've received your request and a member of our team will look at it soon.

Reference: LEGAL-KR-4471
Summary: KCSC-240904-03 Request for removal of illegal content

You can view and track your request here:
https://legal-support.youtube.com/servicedesk/customer/portal/4/LEGAL-KR-4471

View request · Turn off this request's notifications
Powered by Jira Service Management
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request created' customer notification",
    why="pure receipt with a tracking link (the portal link is not an item)",
    items={},
)

# ================================================================ NAVER
case(
    name="naver-cs-answer-numbered-arrows",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 15:10:00 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 불법정보 게시물(요청번호 KCSC-240905-04)에 대한
처리 결과를 아래와 같이 안내드립니다.

1. {N[0]}
 → 게시중단 처리 완료
2. {N[1]}
 → 임시조치(30일) 처리
3. {N[2]}
 → 삭제 처리 완료
4. {N[3]}
 → 작성자가 이미 삭제한 게시물로 확인됨
5. {N[4]}
 → 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시 유지

문의번호: 2024090512345678

본 메일에 회신하시면 같은 문의로 이어서 접수됩니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer mail with a numbered result list (게시중단/임시조치/삭제/게시 유지)",
    why="게시중단 and 삭제 = removed, 임시조치 = restricted, author already deleted = not_found, no violation so kept = rejected",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "removed", N[3]: "not_found", N[4]: "rejected"},
)

NAVER_TABLE_TEXT = f"""
안녕하세요. NAVER 정책지원팀입니다.

귀 위원회의 시정요구(KCSC-240905-04)에 대한 조치결과를 회신드립니다.

번호 | URL | 조치결과 | 조치일자
1 | {N[2]} | 블라인드 | 2024-09-10
2 | {N[3]} | 비공개 처리 | 2024-09-10

감사합니다.
"""
NAVER_TABLE_HTML = f"""
<html><body>
<p>안녕하세요. NAVER 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240905-04)에 대한 조치결과를 회신드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{N[2]}</td><td>블라인드</td><td>2024-09-10</td></tr>
<tr><td>2</td><td>{N[3]}</td><td>비공개 처리</td><td>2024-09-10</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="naver-correction-result-html-table",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Tue, 10 Sep 2024 18:00:00 +0900",
    subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    raw_mime=alt(NAVER_TABLE_TEXT, NAVER_TABLE_HTML, "=_naver482_alt"),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply with a result table (plain and HTML alternatives)",
    why="블라인드 and 비공개 처리 both make the posts unavailable = removed",
    items={N[2]: "removed", N[3]: "removed"},
)

case(
    name="naver-followup-top-post-particle",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 10:25:00 +0900",
    subject="Re: [네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

추가로 안내드립니다. 지난 답변에서 검토 중이라고 말씀드린 지식iN 게시물
{N[4]}은 검토를 마치고 블라인드 처리하였습니다.

감사합니다.

2024년 9월 9일 (월) 오후 3:10, 네이버 고객센터 <help@navercorp.com>님이 작성:
> 안녕하세요. 네이버 고객센터입니다.
>
> 요청하신 게시물 중 {N[4]} 는 현재 검토 중이며,
> 결과가 나오는 대로 다시 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up in the same ticket, top-posted over a Korean Gmail quote",
    why="the kin post (URL with the particle 은 attached) is now 블라인드 = removed; the quoted 'under review' is older",
    items={N[4]: "removed"},
)

CSV_NAVER = "\ufeff" + "\n".join([
    "번호,URL,조치결과,비고",
    f"1,{N[0]},삭제,",
    f"2,{N[1]},임시조치,30일",
    f"3,{N[2]},게시중단,",
]) + "\n"
FN = "조치결과_KCSC-240905-04.csv"
case(
    name="naver-csv-attachment-korean-headers",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Mon, 09 Sep 2024 11:00:00 +0900",
    subject="KCSC-240905-04 조치결과 회신",
    reply_to_req="req-240905-04",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_naver482_mix"

--=_naver482_mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. NAVER 정책지원팀입니다.

요청하신 KCSC-240905-04 건 중 3건의 조치 결과를 첨부 파일로 보내드립니다.
나머지 건은 확인 후 별도로 회신드리겠습니다.

감사합니다.

--=_naver482_mix
Content-Type: text/csv; charset=utf-8
Content-Disposition: attachment; filename*=UTF-8''{quote(FN)}
Content-Transfer-Encoding: base64

{b64(CSV_NAVER)}
--=_naver482_mix--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal reply with a CSV of results (Korean column headers, BOM, RFC 2231 filename)",
    why="CSV: 삭제 and 게시중단 = removed, 임시조치 = restricted",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "removed"},
)

case(
    name="naver-all-posts-taken-down",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 09:30:00 +0900",
    subject="[네이버 고객센터] KCSC-240905-04 처리 완료 안내",
    reply_to_req="req-240905-04",
    body="""
안녕하세요. 네이버 고객센터입니다.

요청번호 KCSC-240905-04로 요청하신 게시물 전체에 대하여 게시중단 조치를
완료하였습니다.

이용해 주셔서 감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean portal 'processing complete' notice covering the whole request",
    why="'all posts of the request were taken down' without naming them, for a five-item request: bulk",
    items={N[0]: "pending", N[1]: "pending", N[2]: "pending", N[3]: "pending", N[4]: "pending"},
)

case(
    name="naver-conditional-deletion",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 16:45:00 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 블로그 게시물 {N[1]} 에 대해서는
게시자에게 소명 기회를 부여하였습니다. 7일 이내에 소명이 없을 경우
해당 게시물은 삭제될 예정입니다.

결과가 확정되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean portal interim answer: author given a chance to explain, deletion planned",
    why="'삭제될 예정' under a condition is a promise; the post stays pending",
    items={N[1]: "pending"},
)

case(
    name="naver-forwarded-by-colleague",
    **{"from": "jiyoung.kim@kcsc.example"},
    name_from="김지영",
    date="Tue, 10 Sep 2024 13:02:00 +0900",
    subject="Fwd: [네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240905-04)",
    body=f"""
팀 메일함으로 전달합니다. 개인 메일로 회신이 왔네요.

---------- Forwarded message ---------
보낸사람: 네이버 고객센터 <help@navercorp.com>
Date: 2024년 9월 10일 (화) 오전 11:40
Subject: [네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240905-04)
To: 김지영 <jiyoung.kim@kcsc.example>

안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 {N[0]} 은 게시중단 처리를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="a colleague forwarding a platform's answer from her own mailbox",
    why="the statement is NAVER's, but it arrives forwarded by a person, not from NAVER's authenticated domain",
    items={N[0]: "pending"},
)

case(
    name="naver-out-of-office-korean",
    **{"from": "sumin.lee@navercorp.com"},
    name_from="이수민",
    date="Fri, 13 Sep 2024 09:00:05 +0900",
    subject="[자동회신] Re: KCSC-240905-04 처리 결과 문의",
    reply_to_req="req-240905-04",
    body="""
안녕하세요. 이수민입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

※ 본 메일은 자동으로 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동회신) without an Auto-Submitted header",
    why="auto-reply, nothing about any item",
    items={},
)

# ================================================================ Kakao
case(
    name="kakao-result-korean-brackets-particles",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 14:00:00 +0900",
    subject="[카카오] 게시물 조치 결과 안내 (KCSC-240906-05)",
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청번호 KCSC-240906-05로 접수된 건에 대한 조치 결과를 알려드립니다.

■ Daum 카페 게시글 <{K[0]}>은 삭제 처리되었습니다.
■ 티스토리 게시글 {K2_RAW} 는 국내 접근 제한 조치되었습니다.
■ 티스토리 게시글（{K[2]}）은 존재하지 않는 게시글로 확인되었습니다.

문의 접수번호: 8837261
카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre result notice with bullet marks, angle brackets, raw Korean path and full-width parentheses",
    why="cafe post deleted, Tistory post (raw Korean path) access-limited in Korea = restricted, second Tistory post does not exist",
    items={K[0]: "removed", K[1]: "restricted", K[2]: "not_found"},
)

case(
    name="kakao-reply-to-reminder-outlook",
    **{"from": "trust-safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Mon, 16 Sep 2024 10:40:00 +0900",
    subject="RE: [Reminder] KCSC-240906-05 items still pending",
    reply_to_req="req-240906-05",
    body=f"""
Dear KCSC,

Sorry for the delay. Status of the items:

* {K[0]} : deleted by the cafe operator at our request
* {K[2]} : deleted by Kakao (운영자 삭제)

Best regards,
Kakao Trust & Safety

From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 6:00 PM
To: abuse-kr@kakaocorp.com
Subject: [Reminder] KCSC-240906-05 items still pending

Dear Kakao,

The following items of our request KCSC-240906-05 are still pending:

{K[0]}
{K[1]}
{K[2]}

Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="English reply to our reminder above an Outlook header block (no '>' quoting)",
    why="two items stated deleted above the quoted reminder; the Tistory entry is only in the quoted reminder",
    items={K[0]: "removed", K[2]: "removed", K[1]: "pending"},
)

KAKAO_B64 = f"""안녕하세요, 카카오 티스토리 운영팀입니다.

{K[1]}
위 게시물에 대해 게시중단 조치를 완료했습니다.

감사합니다.
"""
case(
    name="kakao-base64-percent-encoded",
    **{"from": "tistory@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date="Thu, 12 Sep 2024 17:20:00 +0900",
    subject="Re: KCSC-240906-05 티스토리 게시물 조치",
    reply_to_req="req-240906-05",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(KAKAO_B64),
    outcome="applied", classification="confirmation",
    imitates="short Korean operator reply in base64, URL on the line above its statement",
    why="게시중단 for the percent-encoded Tistory entry = removed",
    items={K[1]: "removed"},
)

case(
    name="kakao-states-naver-item",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 15:30:00 +0900",
    subject="Re: [KCSC-240905-04] 불법정보 게시물 삭제 요청",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 카페 게시글 {N[2]} 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Korean portal result notice sent by the wrong portal (cafe confusion)",
    why="Kakao states a status for a NAVER cafe item: not its platform",
    items={N[2]: "pending"},
)

case(
    name="kakao-dsn-reminder-bounce",
    **{"from": "MAILER-DAEMON@mx1.kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 18:00:20 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn482"

--=_dsn482
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@kakaocorp.com>: mailbox is full; try again later

--=_dsn482
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
Arrival-Date: Fri, 13 Sep 2024 18:00:03 +0900

Final-Recipient: rfc822; abuse-kr@kakaocorp.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--=_dsn482
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@kakaocorp.com
Subject: [Reminder] KCSC-240906-05 items still pending
Message-ID: <reminder.KCSC-240906-05.1@kcsc.example>
Date: Fri, 13 Sep 2024 18:00:00 +0900

--=_dsn482--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for our reminder (mailbox full)",
    why="delivery failure report; nothing about any item",
    items={},
)

# ================================================================ Reddit
case(
    name="reddit-zendesk-solved-no-url",
    **{"from": "support@reddithelp.com"},
    name_from="Reddit Help",
    date="Wed, 11 Sep 2024 05:12:00 +0900",
    subject="[Reddit Help] Re: KCSC-240909-06 Request for removal of illegal content",
    reply_to_req="req-240909-06",
    body="""
##- Please type your reply above this line -##

Hi there,

Thanks for reaching out. We've reviewed the content you reported and
removed it for violating Reddit's Content Policy.

This request was marked as solved. If you need anything else, reply to this
email and the request will reopen.

Reddit Help
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Help (Zendesk) solved-ticket reply that names no URL",
    why="the request has one item; 'removed the content you reported' is its sole statement",
    items={RD: "removed"},
)

case(
    name="reddit-wrapped-angle-url",
    **{"from": "safety@reddit.com"},
    name_from="Reddit Safety",
    date="Thu, 12 Sep 2024 03:48:00 +0900",
    subject="Re: KCSC-240909-06",
    reply_to_req="req-240909-06",
    body="""
Hello,

The post you reported,
<https://www.reddit.com/r/seoulswap/comments/1f6xk2q/
selling_bulk_items_dm/>, has been removed by Reddit's Safety team.

Thanks,
Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="safety-team reply with the URL wrapped inside angle brackets (RFC 3986 appendix C)",
    why="the named post is removed",
    items={RD: "removed"},
)


# ---------------------------------------------------------------- write
HEADER = """# Blind set 482: ticket systems and threads (Zendesk / Freshdesk / Jira /
# Help Scout style receipts and results, solved tickets, follow-ups in the
# same thread, replies to reminders, partial answers, forwarded mail).
# Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
