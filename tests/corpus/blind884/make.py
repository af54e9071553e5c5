#!/usr/bin/env python3
"""Blind corpus set 884: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help-Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; the expected results were written from each email's meaning
before the reader was ever run on them.

    python3 tests/corpus/blind884/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

# ---------------------------------------------------------------- requests

D1 = "https://discord.com/channels/1180442077310001/1180442077310101/1279001100000001"
D2 = "https://discord.com/channels/1180442077310001/1180442077310101/1279001100000002"
D3 = "https://discord.com/channels/1180442077310001/1180442077310144/1279001100000017"
D4 = "https://discord.gg/moonlotto7"
D5 = "https://discord.gg/QpR4vX2n"
D6 = "https://discord.com/invite/slotnight"
D7 = "https://discord.com/channels/1194533021900007/1194533021900070/1279114400000333"
D8 = "https://discord.com/channels/1194533021900007/1194533021900070/1279114400000348"
D9 = "https://discord.com/users/1150009876543210"
D10 = "https://discord.gg/cardhouse88"
D11 = "https://discord.com/channels/1194533021900007/1194533021900099/1279114400000512"
D12 = "https://discord.gg/Zt8kLm3w"
DISCORD = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12]

X1 = "https://x.com/lucky_ace_kr/status/1831200000000000101"
X2 = "https://x.com/lucky_ace_kr/status/1831200000000000177"
X3 = "https://x.com/pill_courier9"
X4 = "https://x.com/hanbit_promo/status/1831455512300000042"

Y1 = "https://www.youtube.com/watch?v=Qm3tR8vLx0A"
Y2 = "https://www.youtube.com/watch?v=bN7yH2kPq5s"
Y3 = "https://www.youtube.com/@nightcasino_live"

N1 = "https://cafe.naver.com/bluepier/3381"
N2 = "https://cafe.naver.com/bluepier/3390"
N3 = "https://blog.naver.com/sunflower_deal/223560017788"
N4 = "https://blog.naver.com/sunflower_deal/223560019902"
N5 = "https://post.naver.com/%EB%B0%94%EB%8B%A4%EB%B0%94%EB%9E%8C/88120"
N5_RAW = "https://post.naver.com/바다바람/88120"

T1 = "https://t.me/jackpot_harbor/412"
T2 = "https://t.me/jackpot_harbor/415"

K1 = "https://cafe.daum.net/goldriver77/Xk2p/105"

R1 = "https://www.reddit.com/r/kr_deals_underground/comments/1fj2ab3/fresh_batch_this_week/"
R2 = "https://www.reddit.com/r/kr_deals_underground/comments/1fj5cc9/dm_for_prices/"
R3 = "https://www.reddit.com/user/quiet_courier_22/"

REQUESTS = [
    ("KCSC-240903-01", "discord", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     DISCORD, "gambling", "req-240903-01", "servers and messages advertising illegal gambling"),
    ("KCSC-240905-02", "x", "2024-09-05T10:30:00+09:00", "2024-09-12T23:59:59+09:00",
     [X1, X2, X3, X4], "drugs", "req-240905-02", "posts and an account selling narcotics"),
    ("KCSC-240909-03", "youtube", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [Y1, Y2, Y3], "gambling", "req-240909-03", "live-casino promotion videos and channel"),
    ("KCSC-240911-04", "naver", "2024-09-11T09:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [N1, N2, N3, N4, N5], "obscene", "req-240911-04", "cafe, blog and post pages"),
    ("KCSC-240912-05", "telegram", "2024-09-12T11:00:00+09:00", "2024-09-19T23:59:59+09:00",
     [T1, T2], "gambling", "req-240912-05", "two channel posts"),
    ("KCSC-240916-06", "kakao", "2024-09-16T10:00:00+09:00", "2024-09-23T23:59:59+09:00",
     [K1], "fraud", "req-240916-06", "one Daum cafe post"),
    ("KCSC-240918-07", "reddit", "2024-09-18T15:00:00+09:00", "2024-09-25T23:59:59+09:00",
     [R1, R2, R3], "drugs", "req-240918-07", "two posts and a user profile"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers

def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def alternative(boundary, plain, html, html_cte="8bit"):
    html_body = b64(html) if html_cte == "base64" else html.strip("\n")
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{plain.strip(chr(10))}

--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: {html_cte}

{html_body}

--{boundary}--
"""


def with_csv(boundary, plain, filename, csv_text, cte="base64"):
    att = b64(csv_text) if cte == "base64" else csv_text.strip("\n")
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{plain.strip(chr(10))}

--{boundary}
Content-Type: text/csv; charset=utf-8; name="{filename}"
Content-Disposition: attachment; filename="{filename}"
Content-Transfer-Encoding: {cte}

{att}

--{boundary}--
"""


ZD_LINE = "##- Please type your reply above this line -##"

# ---------------------------------------------------------------- cases

cases = []


def case(**kw):
    cases.append(kw)


# ===== Discord (Zendesk-style help desk) =====================================

case(
    name="dc-zendesk-receipt-echo",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 03 Sep 2024 01:12:40 +0000",
    subject="[Discord] Re: KCSC-240903-01 removal request - illegal gambling [#4418823]",
    reply_to_req="req-240903-01",
    body=f"""
{ZD_LINE}

Your request (4418823) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 3, 2024, 01:00 UTC

Dear Discord Trust & Safety,
Under request KCSC-240903-01 we ask you to remove the following content,
which advertises illegal online gambling to users in Korea:
{D1}
{D2}
... (10 further links)

This email is a service from Discord Trust & Safety.
[7KQ2D-M9W1E]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk new-request receipt that echoes the requester's first comment",
    why="ticket receipt; the URLs appear only inside the echo of our own request, no status",
    items={D1: "pending", D2: "pending"},
)

case(
    name="dc-zendesk-solved-mixed-list",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 09 Sep 2024 16:42:11 +0000",
    subject="[Discord] Re: KCSC-240903-01 removal request - illegal gambling [#4418823]",
    reply_to_req="req-240903-01",
    body=f"""
{ZD_LINE}

Your request (4418823) has been solved. To reopen it, simply reply to this
email.

Minjun (Discord Trust & Safety)
Sep 9, 2024, 16:41 UTC

Hello,

Thank you for contacting Discord about request KCSC-240903-01. Our team has
finished reviewing the first group of links you sent, and this is what we
did:

- {D1}
  Message deleted for violating our policy on illegal gambling.
- {D2}
  Message deleted for violating our policy on illegal gambling.
- {D4}
  The server behind this invite has been removed from Discord.
- {D5}
  This invite is invalid or has expired and we could not identify any
  server behind it, so there was nothing for us to act on.
- {D9}
  The account has been disabled.

We will write separately about the other links in your request.

You can read our rules at https://discord.com/guidelines.

Discord Trust & Safety

This email is a service from Discord Trust & Safety.
[ZN8Q4-R2K7P]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification with an agent's per-link results",
    why="five named links, each with its own outcome under a bullet; guidelines link is not an item",
    items={D1: "removed", D2: "removed", D4: "removed", D5: "not_found", D9: "removed"},
)

case(
    name="dc-zendesk-followup-history",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 09:05:37 +0000",
    subject="[Discord] Re: KCSC-240903-01 removal request - illegal gambling [#4418823]",
    reply_to_req="req-240903-01",
    body=f"""
{ZD_LINE}

Your request (4418823) has been updated. To add additional comments, reply
to this email.

----------------------------------------------

Minjun (Discord Trust & Safety)
Sep 13, 2024, 09:05 UTC

Hi again,

Following up on the rest of KCSC-240903-01 as promised. Results for the
remaining links we have finished:

{D3}
We looked at this message and its context. It is a user asking others
whether a site is legitimate; it does not advertise gambling itself, so it
does not break our Community Guidelines and we have left it up.

{D6}
Server removed.

{D7}
{D8}
Both messages were deleted and the author received a warning.

Best,
Minjun

----------------------------------------------

Minjun (Discord Trust & Safety)
Sep 9, 2024, 16:41 UTC

Hello,
First results: the messages {D1} and
{D2} were deleted. More to follow.

----------------------------------------------

KCSC Takedown, Sep 3, 2024, 01:00 UTC

Dear Discord Trust & Safety,
Under request KCSC-240903-01 we ask you to remove the following content:
{D4}
{D10}
{D11}
{D12}
(and eight more)

This email is a service from Discord Trust & Safety.
[ZN8Q4-R2K7P]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk update notification carrying the full ticket history (agent comments and the requester's first comment, unquoted)",
    why="new comment: D3 left up, D6/D7/D8 removed; the agent's own earlier comment in the history also states D1/D2 deleted; our request in the history states nothing",
    items={D3: "rejected", D6: "removed", D7: "removed", D8: "removed",
           D1: "removed", D2: "removed",
           D4: "pending", D10: "pending", D11: "pending", D12: "pending"},
)

case(
    name="dc-html-table-results",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 16 Sep 2024 11:20:05 +0000",
    subject="[Discord] Update on your report [#4418823]",
    reply_to_req="req-240903-01",
    raw_mime=alternative(
        "zd-alt-4418823-16",
        f"""
{ZD_LINE}

Hello,

Here is the outcome for three more links from KCSC-240903-01:

Link | Outcome
{D10} | Server deleted
{D11} | Not found - the message was deleted by its author before our review
{D12} | Invite revoked and server deleted

Regards,
Hana (Discord Trust & Safety)
""",
        f"""<html><body>
<p style="color:#b5b5b5">{ZD_LINE}</p>
<p>Hello,</p>
<p>Here is the outcome for three more links from KCSC-240903-01:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Link</th><th>Outcome</th></tr>
<tr><td><a href="{D10}">{D10}</a></td><td>Server deleted</td></tr>
<tr><td><a href="{D11}">{D11}</a></td><td>Not found &ndash; the message was deleted by its author before our review</td></tr>
<tr><td><a href="{D12}">{D12}</a></td><td>Invite revoked and server deleted</td></tr>
</table>
<p>Regards,<br>Hana (Discord Trust &amp; Safety)</p>
</body></html>
"""),
    outcome="applied", classification="confirmation",
    imitates="HTML help-desk reply with a link/outcome table and a plain-text alternative",
    why="three rows, each a requested link with its own outcome",
    items={D10: "removed", D11: "not_found", D12: "removed"},
)

case(
    name="dc-csv-export-attachment",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 20 Sep 2024 07:48:52 +0000",
    subject="[Discord] Final status for KCSC-240903-01 [#4418823]",
    reply_to_req="req-240903-01",
    raw_mime=with_csv(
        "zd-mixed-4418823-20",
        f"""
{ZD_LINE}

Your request (4418823) has been solved. To reopen it, simply reply to this
email.

Hello,

As requested, attached is the final status of every link in KCSC-240903-01,
exported from our case tool. "no_action" means we found no violation of our
Community Guidelines and the content stays up.

Regards,
Hana (Discord Trust & Safety)
""",
        "KCSC-240903-01_status.csv",
        "reported_url,action,notes\n"
        f"{D1},removed,message deleted\n"
        f"{D2},removed,message deleted\n"
        f"{D3},no_action,no violation found\n"
        f"{D4},removed,server deleted\n"
        f"{D5},not_found,invite invalid or expired\n"
        f"{D6},removed,server deleted\n"
        f"{D7},removed,message deleted\n"
        f"{D8},removed,message deleted\n"
        f"{D9},removed,account disabled\n"
        f"{D10},removed,server deleted\n"
        f"{D11},not_found,deleted by author\n"
        f"{D12},removed,server deleted\n"),
    outcome="applied", classification="confirmation",
    imitates="help-desk export attached as CSV to a solved ticket",
    why="CSV with one row per requested link; no_action is explained as 'no violation, stays up'",
    items={D1: "removed", D2: "removed", D3: "rejected", D4: "removed", D5: "not_found",
           D6: "removed", D7: "removed", D8: "removed", D9: "removed", D10: "removed",
           D11: "not_found", D12: "removed"},
)

case(
    name="dc-url-then-status-below",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 03:14:09 +0000",
    subject="[Discord] Re: KCSC-240903-01 [#4418823]",
    reply_to_req="req-240903-01",
    body=f"""
{ZD_LINE}

Hana (Discord Trust & Safety)
Sep 11, 2024, 03:13 UTC

Hi KCSC team,

Quick update on three of the links while the rest are still with the team.

{D6}
Status: Removed (server deleted)

{D12}
Status: Removed (server deleted)

{D3}
Status: No action taken - the message does not violate our Terms of
Service or Community Guidelines.

Thanks,
Hana
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply listing each link with a 'Status:' line under it",
    why="each URL is followed by its own status line",
    items={D6: "removed", D12: "removed", D3: "rejected"},
)

case(
    name="dc-jira-resolved-comment",
    **{"from": "tns-servicedesk@discord.com"}, name_from="Discord T&S Service Desk",
    date="Tue, 10 Sep 2024 22:31:44 +0000",
    subject="[JIRA] (TNS-5521) KCSC-240903-01 Korea Communications Standards Commission removal request",
    reply_to_req="req-240903-01",
    extra_headers=["X-JIRA-FingerPrint: 5b1f0c3e8d2a47b6a1c09e7f3d2b8a61"],
    body=f"""
Ahn Seojin commented on TNS-5521
---------------------------------

Re: KCSC-240903-01 Korea Communications Standards Commission removal request

Update for the regulator:

* {D9} - account disabled for promoting illegal gambling.
* {D10} - server taken down.

Ahn Seojin changed TNS-5521:
    Status: In Progress -> Resolved
    Resolution: Done

--
This message was sent by Atlassian Jira
(v9.12.2#9120002-sha1:1a2b3c4)
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management comment + status-change notification",
    why="two named links, each with an unhedged outcome; the ticket status line names no item",
    items={D9: "removed", D10: "removed"},
)

case(
    name="dc-echoed-report-outcome",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Thu, 12 Sep 2024 14:02:30 +0000",
    subject="Your report has been reviewed - Ticket #4431907",
    body=f"""
Ticket #4431907 - Status: Solved

YOUR REPORT
Reference given: KCSC-240903-01
Category: Illegal gambling
Links reported:
  {D2}
  {D5}
  {D6}

OUR DECISION
{D2} - Removed
{D5} - Not found (this invite link is invalid)
{D6} - Removed

Thank you for helping keep Discord safe.
Discord Trust & Safety - https://dis.gd/request
""",
    outcome="applied", classification="confirmation",
    imitates="report-outcome notification that repeats the report before the decision",
    why="the echoed 'Links reported' list has no statuses; the decision block states one for each link",
    items={D2: "removed", D5: "not_found", D6: "removed"},
)

case(
    name="dc-promise-escalated",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 05:40:19 +0000",
    subject="[Discord] Re: KCSC-240903-01 [#4418823]",
    reply_to_req="req-240903-01",
    body=f"""
{ZD_LINE}

Your request (4418823) has been updated. To add additional comments, reply
to this email.

Hana (Discord Trust & Safety)
Sep 12, 2024, 05:40 UTC

Hello,

Thanks for your patience. We have escalated the following to our
specialist team and they will be actioned within 24-48 hours:

{D11}
{D12}

We'll let you know once that's done.

Hana
""",
    outcome="review", review="not_understood", classification="other",
    imitates="agent update promising action after escalation",
    why="'will be actioned' is a promise, not a statement; items named, nothing settled",
    items={D11: "pending", D12: "pending"},
)

case(
    name="dc-bulk-all-actioned",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 17 Sep 2024 10:10:10 +0000",
    subject="[Discord] Re: KCSC-240903-01 removal request - illegal gambling [#4418823]",
    reply_to_req="req-240903-01",
    body=f"""
{ZD_LINE}

Your request (4418823) has been solved. To reopen it, simply reply to this
email.

Hello,

We have reviewed all of the links in request KCSC-240903-01 and taken
appropriate action on all of the reported content. We are closing this
ticket now; reply here if you need anything else.

Discord Trust & Safety
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-paragraph 'solved' reply covering a whole multi-link ticket",
    why="a statement about all twelve links without naming any; request has more than one item",
    items={},
)

case(
    name="dc-conflicting-same-link",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 18 Sep 2024 08:55:00 +0000",
    subject="[Discord] Re: KCSC-240903-01 [#4418823]",
    reply_to_req="req-240903-01",
    body=f"""
{ZD_LINE}

Hello,

Result for the invite you asked about in your last message:

{D10} - server removed.

Please note that {D10} is still active: after a
second review we found it does not violate our guidelines.

Regards,
Hana (Discord Trust & Safety)
""",
    outcome="review", review="conflicting_statements", classification="confirmation",
    imitates="agent reply assembled from two macros that contradict each other",
    why="the same link is said to be removed and to stay up",
    items={D10: "pending"},
)

# ===== X =====================================================================

case(
    name="x-withheld-kr-and-suspended",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 18:22:03 +0000",
    subject="Re: KCSC-240905-02 [ref:!00D5a0QmA.!500Hp02XyZq:ref]",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

We are writing in response to your request KCSC-240905-02.

After review we have withheld the following content in South Korea:

  <{X1}>
  <{X2}>

In addition, the account <{X3}> has been suspended for
violating the X Rules.

More about country-withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal

ref:!00D5a0QmA.!500Hp02XyZq:ref
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply (Salesforce-style case thread id) about country-withheld content",
    why="two posts withheld in KR, one account suspended; help-centre link is not an item",
    items={X1: "restricted", X2: "restricted", X3: "removed"},
)

case(
    name="x-reminder-reply-gmail-quote",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Thu, 19 Sep 2024 02:47:15 +0000",
    subject="Re: Reminder: KCSC-240905-02 - 1 item outstanding",
    reply_to_req="req-240905-02",
    body=f"""
Hi,

The post {X4} has now been withheld in Korea (KR).

Regards,
X Legal

On Wed, Sep 18, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> The following items of our request KCSC-240905-02 are still pending:
> {X1}
> {X4}
>
> We would be grateful for an update.
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted reply to our reminder over a Gmail-quoted original",
    why="X4 withheld in KR; X1 appears only in our quoted reminder",
    items={X4: "restricted", X1: "pending"},
)

case(
    name="x-receipt-plus-suspension",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 09:11:57 +0000",
    subject="Re: KCSC-240905-02 [ref:!00D5a0QmA.!500Hp02XyZq:ref]",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

Thank you, we have received your report and opened a case.

The account {X3} has been suspended. The
remaining reports in your request are still being reviewed by our team and
we will update this case when we have a result.

Regards,
X Legal

ref:!00D5a0QmA.!500Hp02XyZq:ref
""",
    outcome="applied", classification="confirmation",
    imitates="case-opened receipt that already carries one result",
    why="receipt wording plus an unhedged statement about one named account: not a pure acknowledgement",
    items={X3: "removed"},
)

case(
    name="x-wrapped-url-angle",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Tue, 24 Sep 2024 06:30:40 +0000",
    subject="Re: KCSC-240905-02 [ref:!00D5a0QmA.!500Hp02XyZq:ref]",
    reply_to_req="req-240905-02",
    body="""
Hello,

Following our further review, the following posts have been removed for
violating the X Rules on illegal and regulated goods:

  <https://x.com/lucky_ace_kr/status/1831200000000000177>
  <https://x.com/hanbit_promo/status/
  1831455512300000042>

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text legal reply whose long URL was wrapped inside angle brackets",
    why="two posts removed; the second URL is wrapped across two lines inside <...>",
    items={X2: "removed", X4: "removed"},
)

case(
    name="x-hedge-may-have-been",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 12:00:21 +0000",
    subject="Re: KCSC-240905-02 [ref:!00D5a0QmA.!500Hp02XyZq:ref]",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

It appears that the post {X1} may
already have been deleted by the account holder. We will confirm once our
check is complete.

Regards,
X Legal
""",
    outcome="review", review="not_understood", classification="other",
    imitates="hedged interim reply ('appears', 'may have been')",
    why="hedged wording; the agent says the check is not complete",
    items={X1: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "j.whitfield@x.com"}, name_from="Jamie Whitfield",
    date="Thu, 05 Sep 2024 02:31:00 +0000",
    subject="Automatic reply: KCSC-240905-02 request for removal",
    reply_to_req="req-240905-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 30 September with
limited access to email. Legal requests are handled by the team at
legal-support@x.com and do not need to be resent.

Jamie
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

# ===== YouTube / Google ======================================================

YT_QP_TEXT = f"""Hi there,

Thanks for reaching out to YouTube Legal Support regarding KCSC-240909-03. Following our review of the content you reported, here is the outcome for each item:

- {Y1} : this video has been actioned under our policies.
- {Y2} : this video is now age-restricted and can no longer be viewed by signed-out users or users under 18.
- {Y3} : this channel has been terminated for repeated violations of our policies on online gambling.

Your case is now closed (status: Solved). If you have questions about this decision, just reply to this email.

Regards,
The YouTube Legal Support Team
"""

case(
    name="yt-solved-ticket-qp",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 20:15:33 +0000",
    subject="[8-2341000035091] Re: KCSC-240909-03 legal removal request",
    reply_to_req="req-240909-03",
    raw_mime="Content-Type: text/plain; charset=utf-8\n"
             "Content-Transfer-Encoding: quoted-printable\n\n" + qp(YT_QP_TEXT) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Google legal-support case reply closed as Solved, quoted-printable body",
    why="Y1 'actioned under our policies' (configured removed phrase), Y2 age-restricted, Y3 channel terminated",
    items={Y1: "removed", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-outlook-top-posted-rejection",
    **{"from": "sypark@google.com"}, name_from="Seoyeon Park",
    date="Wed, 11 Sep 2024 07:02:18 +0000",
    subject="RE: KCSC-240909-03 legal removal request",
    reply_to_req="req-240909-03",
    body=f"""
Dear KCSC,

We reviewed the video {Y2}. It does not
violate our Community Guidelines and we did not find a legal basis to
restrict it in Korea, so it will stay available on YouTube. The other two
links in your request remain under review.

Kind regards,
Seoyeon Park
Legal Specialist, Google Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 2:00 PM
To: legal-kr@google.com
Subject: KCSC-240909-03 legal removal request

Dear YouTube Legal team,

Please remove the following content (request KCSC-240909-03):
1. {Y1}
2. {Y2}
3. {Y3}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over our request ('-----Original Message-----')",
    why="Y2 refused with a reason; Y1/Y3 'remain under review' and appear otherwise only in our quoted request",
    items={Y2: "rejected", Y1: "pending", Y3: "pending"},
)

case(
    name="yt-csv-attachment-b64",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 04:40:00 +0000",
    subject="[8-2341000035091] Outcome report: KCSC-240909-03",
    reply_to_req="req-240909-03",
    raw_mime=with_csv(
        "g-case-8-2341000035091",
        """
Hello,

Attached is the outcome report for your request KCSC-240909-03.

Regards,
The YouTube Legal Support Team
""",
        "outcome_8-2341000035091.csv",
        "URL,Outcome,Scope\n"
        f"{Y1},Removed,Global\n"
        f"{Y2},Blocked,KR only\n"
        f"{Y3},Channel terminated,Global\n"),
    outcome="applied", classification="confirmation",
    imitates="legal case outcome report as a base64 CSV attachment",
    why="one CSV row per link: removed, blocked in KR only, terminated",
    items={Y1: "removed", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-asks-for-legal-basis",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 09:27:45 +0000",
    subject="[8-2341000035091] Re: KCSC-240909-03 legal removal request - more information needed",
    reply_to_req="req-240909-03",
    body=f"""
Hello,

Thanks for your request. Before we can take a decision on
{Y2} and {Y3}
we need more information:

  1. the specific provision of Korean law that the content violates;
  2. for the video, the timestamps where the unlawful content appears.

Please reply to this email with these details. Until then we are unable to
proceed with these two items.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="legal-support 'we need more information' reply",
    why="platform asks for the legal basis and timestamps; nothing decided",
    items={Y2: "pending", Y3: "pending"},
)

case(
    name="yt-auth-fail-lookalike",
    **{"from": "legal-notices@youtube.com"}, name_from="YouTube Legal",
    auth="fail",
    date="Sat, 14 Sep 2024 23:05:12 +0000",
    subject="Re: KCSC-240909-03 completed",
    reply_to_req="req-240909-03",
    body=f"""
Hello KCSC,

Your request KCSC-240909-03 is complete:
{Y1} - removed
{Y3} - removed

YouTube Legal
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="result notice from a YouTube address that fails DKIM/SPF/DMARC",
    why="platform domain but authentication fails",
    items={Y1: "pending", Y3: "pending"},
)

case(
    name="yt-read-receipt",
    **{"from": "sypark@google.com"}, name_from="Seoyeon Park",
    date="Mon, 09 Sep 2024 05:31:02 +0000",
    subject="Read: KCSC-240909-03 legal removal request",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-77aa01"

--mdn-77aa01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your message

  To: legal-kr@google.com
  Subject: KCSC-240909-03 legal removal request
  Sent: Monday, September 9, 2024 2:00 PM

was read on Monday, September 9, 2024 2:31 PM.

--mdn-77aa01
Content-Type: message/disposition-notification

Reporting-UA: google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req-240909-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-77aa01--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

# ===== NAVER =================================================================

case(
    name="naver-receipt-korean",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 00:20:00 +0000",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (KCSC-240911-04)",
    reply_to_req="req-240911-04",
    body="""
안녕하세요, 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
접수번호: 20240911-0043127

담당 부서에서 내용을 확인한 뒤 순차적으로 답변 드리겠습니다.
답변은 이 메일 주소로 발송됩니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 안내 (ticket receipt)",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="naver-answer-numbered-korean",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 06:44:10 +0000",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (접수번호 20240911-0043127)",
    reply_to_req="req-240911-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240911-04)에 대해 아래와 같이
조치 결과를 안내드립니다.

1. {N1}
   → 게시중단 완료
2. {N2}
   → 임시조치(30일)
3. {N3}
   → 작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 답변 메일 with a numbered 조치 결과 list",
    why="게시중단 → removed, 임시조치 → restricted, deleted by author → not_found",
    items={N1: "removed", N2: "restricted", N3: "not_found"},
)

NAVER_HTML = f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240911-04)에 대한 조치결과를 다음과 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N1}</td><td>게시중단</td><td>2024-09-14</td></tr>
<tr><td>2</td><td>{N4}</td><td>블라인드</td><td>2024-09-14</td></tr>
<tr><td>3</td><td>{N5_RAW}</td><td>접속차단(국내)</td><td>2024-09-15</td></tr>
</table>
<p>문의: 네이버 정책지원팀 (<a href="https://help.naver.com/">고객센터</a>)</p>
</body></html>
"""

case(
    name="naver-html-table-base64",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 16 Sep 2024 02:05:00 +0000",
    subject="[회신] 시정요구 조치결과 (KCSC-240911-04)",
    reply_to_req="req-240911-04",
    raw_mime="Content-Type: text/html; charset=utf-8\n"
             "Content-Transfer-Encoding: base64\n\n" + b64(NAVER_HTML) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (base64 HTML)",
    why="게시중단/블라인드 → removed, 접속차단(국내) → restricted; the Korean-path URL is written raw",
    items={N1: "removed", N4: "removed", N5: "restricted"},
)

case(
    name="naver-particles-fullwidth",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Wed, 18 Sep 2024 05:12:33 +0000",
    subject="Re: [네이버 고객센터] 추가 답변 (접수번호 20240911-0043127)",
    reply_to_req="req-240911-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

추가로 확인된 내용을 안내드립니다.

{N3}은 작성자가 이미 삭제한 게시물이라 확인이 되지 않습니다.
{N2}의 경우 검토 결과 운영정책 위반 사항이 확인되지 않아 게시물을 유지합니다.
블로그 게시물（{N4}）는 비공개 처리하였습니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up answer with URLs followed by Korean particles and full-width brackets",
    why="N3 already deleted by author, N2 kept (no violation), N4 made private",
    items={N3: "not_found", N2: "rejected", N4: "removed"},
)

case(
    name="naver-reminder-reply-korean-quote",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 20 Sep 2024 03:30:00 +0000",
    subject="Re: [독촉] KCSC-240911-04 미조치 건 확인 요청",
    reply_to_req="req-240911-04",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

문의하신 {N5_RAW} 게시물은 국내 접속 제한 조치하였습니다.

감사합니다.

2024년 9월 20일 (금) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하세요. 방송통신심의위원회입니다.
> 시정요구(KCSC-240911-04) 중 아래 게시물의 조치 결과를 아직 받지 못했습니다.
> {N5}
> {N2}
> 확인 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply to our reminder above a Gmail-style Korean quote header ('님이 작성:')",
    why="N5 restricted in Korea (raw Korean path); N2 only in our quoted reminder",
    items={N5: "restricted", N2: "pending"},
)

case(
    name="naver-conditional-temporary",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject="[네이버 고객센터] 문의 답변 (접수번호 20240911-0043127)",
    reply_to_req="req-240911-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

문의하신 게시물
{N1}
{N2}
은 현재 담당 부서에서 검토 중이며, 권리침해 요건이 확인되는 경우
임시조치될 예정입니다.

결과가 나오면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="NAVER 'under review, will apply 임시조치 if conditions met' answer",
    why="under review plus a conditional promise; no status stated",
    items={N1: "pending", N2: "pending"},
)

case(
    name="naver-answers-daum-url",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 17 Sep 2024 07:15:00 +0000",
    subject="[회신] 시정요구 관련 문의",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

보내주신 목록 중 아래 URL은 당사 서비스에서 확인되지 않습니다.

{K1} : 해당 게시물 없음 (당사 서비스 아님)

다음(Daum) 서비스 게시물은 운영사인 카카오로 문의해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="Korean portal answering a list that contained another portal's URL",
    why="NAVER states 'not found' for a Kakao (Daum) item",
    items={K1: "pending"},
)

case(
    name="kcsc-colleague-forwards-naver",
    **{"from": "jiwon.lee@kcsc.example"}, name_from="이지원",
    date="Thu, 19 Sep 2024 01:02:03 +0000",
    subject="Fwd: [네이버] 조치 결과 안내 (KCSC-240911-04)",
    body=f"""
팀 메일함으로 전달합니다. 제 개인 메일로 회신이 왔네요.

---------- Forwarded message ---------
From: 네이버 정책지원팀 <policy@navercorp.com>
Date: 2024년 9월 18일 (수) 오후 5:40
Subject: [네이버] 조치 결과 안내 (KCSC-240911-04)
To: 이지원 <jiwon.lee@kcsc.example>

안녕하세요. 요청하신 게시물의 조치 결과입니다.
{N1} : 게시중단
{N2} : 삭제
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="a colleague's Gmail forward of a platform reply into the team mailbox",
    why="the statements are inside a forward by our own staff, not from NAVER itself",
    items={N1: "pending", N2: "pending"},
)

# ===== Telegram ==============================================================

case(
    name="tg-followup-angle-brackets",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 14 Sep 2024 10:41:20 +0000",
    subject="Re: KCSC-240912-05 - Case #5581274",
    reply_to_req="req-240912-05",
    body="""
Hello,

Regarding Case #5581274:

<https://t.me/jackpot_harbor/412> - this message has been removed.
<https://t.me/jackpot_harbor/415> - access to this message has been
restricted for users in South Korea.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply under a case number",
    why="T1 removed; T2 restricted for users in Korea (statement wraps onto the next line)",
    items={T1: "removed", T2: "restricted"},
)

case(
    name="tg-reminder-reply-outlook",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Mon, 23 Sep 2024 15:09:48 +0000",
    subject="RE: Reminder: KCSC-240912-05 - items outstanding",
    reply_to_req="req-240912-05",
    body=f"""
Hi,

{T2} - we could not find this message; there is no
post with this number in the channel.

{T1} was reviewed and does not break the Telegram
Terms of Service, so it remains available.

Telegram

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 23, 2024 10:00
To: dsa@telegram.org
Subject: Reminder: KCSC-240912-05 - items outstanding

The following items of KCSC-240912-05 are still pending:
{T1}
{T2}
""",
    outcome="applied", classification="confirmation",
    imitates="reply to our reminder above an Outlook '-----Original Message-----' quote",
    why="T2 cannot be found, T1 refused (no ToS breach); the quote below repeats our reminder",
    items={T2: "not_found", T1: "rejected"},
)

case(
    name="tg-channel-blocked-bulk",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 21:00:04 +0000",
    subject="Re: KCSC-240912-05 - Case #5581274",
    reply_to_req="req-240912-05",
    body="""
Hello,

Case #5581274: the channel @jackpot_harbor has been blocked.

Telegram Abuse Team
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line Telegram abuse-desk reply about a whole channel",
    why="a channel-level statement covering both requested posts without naming either",
    items={},
)

case(
    name="tg-gmail-impostor",
    **{"from": "telegram.abuse.desk@gmail.com"}, name_from="Telegram Support",
    date="Sun, 15 Sep 2024 04:18:30 +0000",
    subject="Re: KCSC-240912-05 Case resolved",
    body=f"""
Dear Sir/Madam,

We are happy to inform you that the following content has been removed:
{T1}
{T2}

Please confirm receipt of this email.

Telegram Support
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="result notice sent from a free-mail address using the platform's name",
    why="gmail.com is no platform's sender domain",
    items={T1: "pending", T2: "pending"},
)

# ===== Kakao (Daum) ==========================================================

case(
    name="kakao-sole-statement-one-item",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 19 Sep 2024 02:22:22 +0000",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (문의번호 2409-118832)",
    reply_to_req="req-240916-06",
    body="""
안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240916-06)과 관련하여 검토를
완료하였으며, 해당 게시물은 운영정책 위반으로 게시중단 처리되었습니다.

더 궁금하신 점은 이 메일에 회신해 주세요.

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 답변 메일 (ticket answer) naming the request, not the URL",
    why="one-item request; a single unhedged 게시중단 statement about 'the post'",
    items={K1: "removed"},
)

case(
    name="kakao-temporary-measure",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 18 Sep 2024 04:00:00 +0000",
    subject="[카카오 고객센터] 답변 (문의번호 2409-118832)",
    reply_to_req="req-240916-06",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

{K1} 게시물에 대해 임시조치(30일간 게시 제한)를 하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 임시조치 notice in a ticket answer",
    why="임시조치 → restricted",
    items={K1: "restricted"},
)

case(
    name="kakao-out-of-office",
    **{"from": "minseo.kang@kakaocorp.com"}, name_from="강민서",
    date="Mon, 16 Sep 2024 01:01:10 +0000",
    subject="[자동응답] Re: KCSC-240916-06 게시물 삭제 요청",
    reply_to_req="req-240916-06",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
[자동응답] 안녕하세요. 9월 16일부터 9월 18일까지 추석 연휴로 부재중입니다.
긴급한 건은 cs@kakaocorp.com 으로 보내주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

# ===== Reddit (Freshdesk-style) ==============================================

case(
    name="reddit-freshdesk-receipt",
    **{"from": "support@reddit.com"}, name_from="Reddit Support",
    date="Wed, 18 Sep 2024 06:05:00 +0000",
    subject="[#RS-88213] Received: KCSC-240918-07 removal request",
    reply_to_req="req-240918-07",
    body="""
Dear KCSC Takedown,

We have received your ticket and our Safety team will get back to you
within 3 business days. Your ticket number is #RS-88213; please keep it in
the subject line of any reply.

Reddit Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk new-ticket auto-acknowledgement",
    why="pure receipt with ticket number and a response-time promise",
    items={},
)

case(
    name="reddit-actioned-list",
    **{"from": "safety@reddit.com"}, name_from="Reddit Safety",
    date="Fri, 20 Sep 2024 19:33:00 +0000",
    subject="Re: [#RS-88213] KCSC-240918-07 removal request",
    reply_to_req="req-240918-07",
    body=f"""
Hi there,

Thanks for your report. After investigating, we've found that the
reported content violates Reddit's Content Policy and have taken the
following actions:

  * {R1} - post removed
  * {R2} - post removed
  * {R3} - account permanently suspended

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit 'we've taken action' report outcome",
    why="each of the three links has its own action",
    items={R1: "removed", R2: "removed", R3: "removed"},
)

case(
    name="reddit-freshdesk-partial",
    **{"from": "support@reddit.com"}, name_from="Reddit Support",
    date="Mon, 23 Sep 2024 10:12:00 +0000",
    subject="Ticket Updated [#RS-88213] KCSC-240918-07",
    reply_to_req="req-240918-07",
    body=f"""
Dear KCSC team,

Status update on your ticket:

{R1}
We reviewed this post and did not find a violation of Reddit's Content
Policy; it remains up.

{R2}
We could not find this post. The link returns "page not found" and we
have no record of a post with this ID.

{R3}
Still with our Safety team; we will update this ticket once it is done.

Kind regards,
Reddit Support

To view the ticket, visit https://support.reddit.com/tickets/RS-88213
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'Ticket Updated' agent reply with a partial answer",
    why="R1 refused, R2 not found, R3 still under review; ticket link is not an item",
    items={R1: "rejected", R2: "not_found", R3: "pending"},
)

case(
    name="reddit-html-only",
    **{"from": "safety@reddit.com"}, name_from="Reddit Safety",
    date="Tue, 24 Sep 2024 08:08:08 +0000",
    subject="Re: [#RS-88213] KCSC-240918-07",
    reply_to_req="req-240918-07",
    type="html",
    body=f"""<html><body>
<p>Hi there,</p>
<p>Here is where things stand with your report:</p>
<ul>
<li><a href="{R1}">r/kr_deals_underground: fresh batch this week</a> &ndash; removed by Reddit's Safety team.</li>
<li><a href="{R3}">u/quiet_courier_22</a> &ndash; this account was deleted by its owner before our review, so there was nothing left to act on.</li>
</ul>
<p>Reddit Safety</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="HTML-only report outcome whose links carry titles, not URLs, as text",
    why="R1 removed; R3 deleted by its owner → not_found; URLs only in href",
    items={R1: "removed", R3: "not_found"},
)

case(
    name="reddit-helpdesk-domain-unknown",
    **{"from": "support@reddithelp.com"}, name_from="Reddit Help",
    date="Sat, 21 Sep 2024 11:11:11 +0000",
    subject="[#RS-88213] KCSC-240918-07 update",
    reply_to_req="req-240918-07",
    body=f"""
Hello,

The post {R2} has been removed.

Reddit Help
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="a platform's help-desk domain that is not among its configured senders",
    why="reddithelp.com is not a configured Reddit sender domain",
    items={R2: "pending"},
)

case(
    name="reddit-satisfaction-survey",
    **{"from": "support@reddit.com"}, name_from="Reddit Support",
    date="Thu, 26 Sep 2024 10:00:00 +0000",
    subject="How did we do? Ticket #RS-88213 has been resolved",
    body="""
Hello,

Your ticket #RS-88213 has been marked as resolved. We'd love to hear how
we did - it takes less than a minute:

  Great   https://support.reddit.com/survey/RS-88213?r=3
  Okay    https://support.reddit.com/survey/RS-88213?r=2
  Not good https://support.reddit.com/survey/RS-88213?r=1

Reddit Support
""",
    outcome="review", review="no_claims", classification="other",
    imitates="Freshdesk customer-satisfaction survey sent after a ticket is resolved",
    why="trusted platform mail naming no item and none of our references; not a receipt, auto-reply, bounce or MDN",
    items={},
)

case(
    name="reddit-reminder-bounce",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Wed, 25 Sep 2024 01:00:09 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-5E1A0C"

--dsn-5E1A0C
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@reddit.com>: host mx.reddit.com[203.0.113.41] said: 552 5.2.2
    mailbox full (in reply to RCPT TO command)

--dsn-5E1A0C
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Wed, 25 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; legal@reddit.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--dsn-5E1A0C
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@reddit.com
Subject: Reminder: KCSC-240918-07 - items outstanding
Message-ID: <reminder-240918-07-1@kcsc.example>
Date: Wed, 25 Sep 2024 10:00:00 +0900

The following items of KCSC-240918-07 are still pending:
{R1}
{R2}
{R3}

--dsn-5E1A0C--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for our reminder",
    why="bounce; the URLs are in our returned reminder",
    items={},
)

# ---------------------------------------------------------------- write

HEADER = """# Blind set 884 (ticket systems and threads), written by make.py.
# Expected results were written from each email's meaning before any run of
# the reader. Each case is judged alone on a fresh ledger holding
# requests.csv. See NOTES.md."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind884", HEADER, cases)
    print(f"{len(cases)} cases")
