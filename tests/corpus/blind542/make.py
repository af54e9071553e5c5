#!/usr/bin/env python3
"""Blind set 542: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, from X, Discord, Kakao (Daum/Tistory), YouTube,
Telegram, Reddit and NAVER. Every email is fictional and written for this
set; the expected results were written from each email's meaning before
any run of the reader.

    python3 tests/corpus/blind542/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind542"

# ---------------------------------------------------------------- requests
K5_RAW = "https://blue-ledger.tistory.com/entry/정보-공유"
K5 = "https://blue-ledger.tistory.com/entry/" + quote("정보-공유")

X = {i: u for i, u in enumerate([
    "https://x.com/dunmore_rx/status/1831100000000000101",
    "https://x.com/dunmore_rx/status/1831100000000000102",
    "https://x.com/pillbox_kr/status/1831100000000000203",
    "https://x.com/pillbox_kr/status/1831100000000000204",
    "https://x.com/nightpharm_24/status/1831100000000000305",
    "https://x.com/nightpharm_24/status/1831100000000000306",
    "https://x.com/nightpharm_24/status/1831100000000000307",
    "https://x.com/rx_courier99/status/1831100000000000408",
    "https://x.com/rx_courier99/status/1831100000000000409",
    "https://x.com/yakguk_direct/status/1831100000000000510",
    "https://x.com/yakguk_direct/status/1831100000000000511",
    "https://x.com/med_onsale/status/1831100000000000612",
    "https://x.com/med_onsale/status/1831100000000000613",
], start=1)}
D = {
    1: "https://discord.com/invite/moonlitbazaar",
    2: "https://discord.gg/k7RtQ2vw",
    3: "https://discord.com/channels/1180000000000000011/1180000000000000022/1283000000000000033",
    4: "https://discord.com/channels/1180000000000000011/1180000000000000044/1283000000000000055",
}
K = {
    1: "https://cafe.daum.net/greyriver77/AbCd/1042",
    2: "https://cafe.daum.net/greyriver77/AbCd/1057",
    3: "https://blue-ledger.tistory.com/88",
    4: "https://blue-ledger.tistory.com/91",
    5: K5,
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm4rT8wLp2A",
    2: "https://www.youtube.com/watch?v=Zx9bN1cVk7E",
    3: "https://www.youtube.com/@hanbit_signals",
}
T = {1: "https://t.me/silverdock_market", 2: "https://t.me/silverdock_market/418"}
R = {1: "https://www.reddit.com/r/kdealz_underground/comments/1fbq7xz/weekly_pickup_thread/"}
N = {
    1: "https://blog.naver.com/moonsalt_22/223571100001",
    2: "https://cafe.naver.com/greenpipe/55120",
    3: "https://blog.naver.com/moonsalt_22/223571100019",
}

REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", X,
     "drugs", 'Online sale of prescription drugs, 13 posts from 6 accounts ("pharmacy" sellers)'),
    ("KCSC-240904-02", "discord", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00", D,
     "gambling", "Illegal gambling server: two invites, two messages"),
    ("KCSC-240905-03", "kakao", "2024-09-05T10:30:00+09:00", "2024-09-12T23:59:59+09:00", K,
     "fraud", "Daum cafe posts and Tistory entries, phishing, fake loans"),
    ("KCSC-240906-04", "youtube", "2024-09-06T09:30:00+09:00", "2024-09-13T23:59:59+09:00", Y,
     "gambling", "Two videos and one channel advertising illegal betting"),
    ("KCSC-240909-05", "telegram", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", T,
     "drugs", "Channel and one post"),
    ("KCSC-240910-06", "reddit", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00", R,
     "drugs", "One thread, pick-up arrangements"),
    ("KCSC-240910-07", "naver", "2024-09-10T15:00:00+09:00", "2024-09-17T23:59:59+09:00", N,
     "fraud", "Blog posts and a cafe post, fake investment, \"guaranteed returns\""),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for _, u in sorted(urls.items()):
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def mp_alternative(plain, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(plain)}\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(html)}"
        f"--{boundary}--\n"
    )


# ---------------------------------------------------------------- quoted requests
def quoted_request_gmail(ref, urls, when):
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:",
             "> Dear Trust & Safety team,",
             ">",
             f"> Under our reference {ref} we ask you to remove or restrict access to",
             "> the following content, which is illegal under Korean law:",
             ">"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">", "> Please reply to this address with the result for each URL.", ">",
              "> Korea Communications Standards Commission", "> Takedown desk"]
    return "\n".join(lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ X (KCSC-240903-01, 13 items)
case(
    name="x-zendesk-receipt",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Tue, 03 Sep 2024 10:04:31 +0900",
    subject="Request received: KCSC-240903-01 [#0912345]",
    reply_to_req=req_mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    body="""
Hello,

This automated message confirms that your request has reached X and has
been given case number 0912345. You don't need to reply to this email.

A member of our team will look at your request and get back to you. If
you want to add information, reply to this email and keep the case number
in the subject line so your message lands on the same case.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style 'request received' auto-acknowledgement with a case number",
    why="pure receipt: case created, nothing said about any post",
    items={},
)

case(
    name="x-solved-withheld-and-rejected",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Wed, 11 Sep 2024 14:03:12 +0900",
    subject="Re: KCSC-240903-01 [#0912345] Your request has been solved",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
##- Write your reply above this line to add it to case 0912345 -##

Hello,

We've finished reviewing part of the posts listed in your request.

In response to your legal demand, we have withheld the following posts in
South Korea:

{X[1]}
{X[2]}

We did not take action on {X[3]}, because after review we did not
find it to violate the X Rules or applicable local law.

The remaining posts in your request are still being looked at and you will
hear from us in a separate update.

Thanks,
X Support

Case 0912345 | status: Solved
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk-style 'your request has been solved' reply from X legal support, withheld-in-country wording",
    why="two posts withheld in KR (restricted), one refused with a reason (rejected), others announced for later",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected"},
)

case(
    name="x-followup-same-thread",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Thu, 12 Sep 2024 16:40:55 +0900",
    subject="Re: KCSC-240903-01 [#0912345] Your request has been updated",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
##- Write your reply above this line to add it to case 0912345 -##

Hi again,

A follow-up on the rest of your request. We have removed the posts below
for breaking our rules on illegal and regulated goods and services:

  - {X[5]}
  - {X[6]}
  - {X[7]}

This leaves the posts from @rx_courier99, @yakguk_direct and @med_onsale,
which are still open on our side.

X Support

----------------------------------------------
X Support, 11 Sep 2024, 14:03 KST

> In response to your legal demand, we have withheld the following posts in
> South Korea:
>
> {X[1]}
> {X[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk ticket follow-up comment with the previous comment quoted below",
    why="three posts removed in the new comment; the withheld posts appear only in the quoted earlier comment",
    items={X[5]: "removed", X[6]: "removed", X[7]: "removed", X[1]: "pending", X[2]: "pending"},
)

reminder_list = "\n".join(X[i] for i in (3, 4, 8, 9, 10, 11, 12, 13))
case(
    name="x-reminder-reply-outlook",
    **{"from": "dana.whitfield@x.com"},
    name_from="Dana Whitfield",
    date="Tue, 17 Sep 2024 18:22:09 +0900",
    subject="RE: [Reminder] KCSC-240903-01 - 8 item(s) still pending after the deadline",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>",
                   "References: <req.KCSC-240903-01@kcsc.example> <reminder.KCSC-240903-01.1@kcsc.example>"],
    body=f"""
Hi team,

Sorry this one took longer than it should have. Where we are on the posts
you list as outstanding:

{X[8]} - removed
{X[9]} - removed
{X[10]} - withheld in Korea
{X[11]} - we could not find this post; the ID does not resolve to any post on X

The others are still with the reviewing team, I'll chase them.

Best,
Dana
X Legal Operations

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 09:00
To: legal@x.com
Subject: [Reminder] KCSC-240903-01 - 8 item(s) still pending after the deadline

Our request KCSC-240903-01 of 3 September 2024 passed its deadline on
10 September 2024. We have no result yet for:

{reminder_list}

Please tell us what was done with each of them.

KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="employee's Outlook reply to a regulator's reminder, top-posted over the reminder",
    why="four posts stated one per line (removed, removed, withheld, not found); the reminder below only lists pending URLs",
    items={X[8]: "removed", X[9]: "removed", X[10]: "restricted", X[11]: "not_found",
           X[12]: "pending", X[13]: "pending"},
)

CSV_ATT = (
    "url,action,policy,notes\r\n"
    f"{X[12]},Removed,Illegal or regulated goods,\r\n"
    f"{X[13]},No action,-,\"Reviewed twice, no violation found\"\r\n"
)
case(
    name="x-jira-resolved-csv",
    **{"from": "jira-noreply@x.com"},
    name_from="X Legal Ops (Jira)",
    date="Fri, 13 Sep 2024 11:15:40 +0900",
    subject="[LGLOPS-20931] KCSC-240903-01: med_onsale posts - RESOLVED",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_jira_20931"

--=_jira_20931
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Mira Kovac resolved LGLOPS-20931 as Done.

  Request:    KCSC-240903-01 (external)
  Resolution: Done
  Status:     Open -> Resolved

Comment (Mira Kovac):
  Outcome for each URL of the @med_onsale part of this request is in the
  attached sheet. Replies to this email are added to the issue as comments.

--=_jira_20931
Content-Type: text/csv; charset=utf-8; name="LGLOPS-20931_outcomes.csv"
Content-Disposition: attachment; filename="LGLOPS-20931_outcomes.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(CSV_ATT.encode()).decode()}
--=_jira_20931--
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'issue resolved' notification with a CSV of outcomes attached",
    why="CSV attachment gives one post removed and one left up after review (rejected)",
    items={X[12]: "removed", X[13]: "rejected"},
)

case(
    name="x-ack-then-statement",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Mon, 09 Sep 2024 20:11:02 +0900",
    subject="Re: KCSC-240903-01 [#0912411]",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your report; we received it and filed it under case 0912411.

Having looked at it, we have removed {X[4]} for violating our rules on
the sale of regulated goods.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply that opens with a receipt sentence and then states an action",
    why="receipt phrase plus an unhedged removal of one named post: not a pure acknowledgement",
    items={X[4]: "removed"},
)

case(
    name="x-url-below-statement",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Wed, 11 Sep 2024 09:48:30 +0900",
    subject="KCSC-240903-01: outcome",
    body=f"""
Dear KCSC,

Your request KCSC-240903-01 has been processed for the following items.

The following post has been withheld in the Republic of Korea in response to
your request:
{X[1]}

The following post was reviewed and does not violate the X Rules or
Korean law as presented; it will stay available:
{X[3]}

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome email with each URL on the line below its statement",
    why="one post withheld in Korea, one refused with a reason; each URL follows its own statement",
    items={X[1]: "restricted", X[3]: "rejected"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Thu, 12 Sep 2024 10:02:44 +0900",
    subject="Update on case 0912345 (KCSC-240903-01)",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Case 0912345 - results so far

{X[5]}
Status: Removed

{X[10]}
Status: Withheld - KR

{X[11]}
Status: Not found (no post at this address)

Other URLs in the case: in progress.

-- X Support
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system results block: bare URL, status on the line below",
    why="three URLs each with a status line: removed, restricted, not found; the rest said to be in progress",
    items={X[5]: "removed", X[10]: "restricted", X[11]: "not_found"},
)

QP_BODY = f"""Hello KCSC,

Request KCSC-240903-01 (our case 0912345) - summary of outcomes so far:

1. {X[1]} - withheld in South Korea
2. {X[2]} - withheld in South Korea
3. {X[3]} - no violation found; the post remains available
4. {X[4]} - removed
5. {X[5]} - removed
6. {X[6]} - removed
7. {X[7]} - removed
8. {X[8]} - removed

Items 9 to 13 of your request are still under review.

Kind regards,
X Legal Operations
"""
case(
    name="x-qp-numbered-summary",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal Operations",
    date="Fri, 13 Sep 2024 17:30:00 +0900",
    subject="KCSC-240903-01 / case 0912345: summary of outcomes",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(QP_BODY),
    outcome="applied", classification="confirmation",
    imitates="numbered summary of outcomes from a legal operations team, quoted-printable",
    why="eight numbered URLs, each with its own outcome; items 9 to 13 said to be under review",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected", X[4]: "removed",
           X[5]: "removed", X[6]: "removed", X[7]: "removed", X[8]: "removed",
           X[9]: "pending", X[10]: "pending", X[11]: "pending", X[12]: "pending", X[13]: "pending"},
)

X_HTML = f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>Your report (case 0912345) has been resolved. Here is what we did:</p>
<ul>
<li><a href="{X[9]}">{X[9]}</a>: <b>removed</b> for violating our rules on regulated goods.</li>
<li><a href="{X[13]}">{X[13]}</a>: <b>no action</b>. The post does not violate the X Rules.</li>
</ul>
<p>You can see the policy we applied in our <a href="https://help.x.com/en/rules-and-policies/regulated-goods">Help Center</a>.</p>
<p>X Support</p>
</body></html>"""
X_PLAIN = f"""Hello,

Your report (case 0912345) has been resolved. Here is what we did:

* {X[9]}: removed for violating our rules on regulated goods.
* {X[13]}: no action. The post does not violate the X Rules.

Policy: https://help.x.com/en/rules-and-policies/regulated-goods

X Support
"""
case(
    name="x-html-base64-resolved",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Sat, 14 Sep 2024 08:12:19 +0900",
    subject="Your report has been resolved [#0912345]",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=mp_alternative(X_PLAIN, X_HTML, "=_x_alt_0912345"),
    outcome="applied", classification="confirmation",
    imitates="HTML 'your report has been resolved' notice (base64 HTML, quoted-printable text part)",
    why="one post removed, one post left up as not violating; the Help Center link is not an item",
    items={X[9]: "removed", X[13]: "rejected"},
)

case(
    name="x-promise-once-review-done",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Mon, 09 Sep 2024 15:27:51 +0900",
    subject="Re: KCSC-240903-01 [#0912345] Your request is being processed",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thanks for your patience. Your case is with our specialist team.

Based on the information provided so far, the posts
{X[5]} and
{X[6]}
will be removed once our review is complete. We'll update this case when
that happens.

X Support
""",
    outcome="review", classification="other", review="not_understood",
    imitates="Zendesk 'pending' update with a promise of future action",
    why="'will be removed once our review is complete' is a promise, not a statement: items stay pending",
    items={X[5]: "pending", X[6]: "pending"},
)

case(
    name="x-solved-all-actioned",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Wed, 18 Sep 2024 13:05:00 +0900",
    subject="[#0912345] Solved: KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    body="""
Hello,

We have taken action on all of the content reported in your request
KCSC-240903-01. This case is now marked as solved.

If you think something was missed, reply to this email within 7 days and
the case will reopen.

X Support
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Zendesk 'solved' notice with a blanket statement for the whole request",
    why="one blanket statement for a 13-item request, no post named: bulk, items stay pending",
    items={u: "pending" for u in X.values()},
)

case(
    name="x-asks-for-legal-basis",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Thu, 05 Sep 2024 11:44:18 +0900",
    subject="Re: KCSC-240903-01 - additional information needed [#0912345]",
    reply_to_req=req_mid("KCSC-240903-01"),
    body="""
Hello,

Before we can act on request KCSC-240903-01 we need a little more from you:

  - the provision of Korean law that each reported post is said to violate;
  - a copy of the decision of the Commission, if one was issued.

Please reply to this email with the documents attached. Your case will stay
on hold (status: Pending) until we receive them.

X Legal
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="ticket set to 'Pending - awaiting requester' asking for the legal basis",
    why="asks for documents before acting; nothing stated about any post",
    items={},
)

# ================================================================ Discord (KCSC-240904-02, 4 items)
case(
    name="discord-receipt-echoes-request",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    date="Wed, 04 Sep 2024 11:02:37 +0900",
    subject="[Discord] Your request #3391822 has been received - KCSC-240904-02",
    reply_to_req=req_mid("KCSC-240904-02"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
Hi there,

Thanks for reaching out to Discord. Your request (#3391822) has been
received and our Trust & Safety team will review it. Responses can take a
few days; replying to this email adds to the same request.

Here is a copy of what you sent us:

  Subject: KCSC-240904-02 removal request
  Please remove the following content, which promotes illegal gambling:
  {D[1]}
  {D[2]}
  {D[3]}
  {D[4]}

Discord Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-powered receipt that echoes the submitted request text",
    why="receipt with an echo of our own request; no statement about any item",
    items={},
)

case(
    name="discord-solved-invites",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 07:55:12 +0900",
    subject="Re: [Discord] Your request #3391822 - KCSC-240904-02",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

Thank you for your report. Our team has reviewed it.

The server that {D[1]} pointed to has been removed from
Discord for violating our Community Guidelines.

The second invite, {D[2]}, was already invalid when we checked it:
it does not lead to any server.

We're still looking at the two message links and will reply on this
ticket.

Discord Trust & Safety
This request is now set to Pending. Reply to this email to add a comment.
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply on a Zendesk ticket about reported invites",
    why="server behind the first invite removed; the second invite leads nowhere (not found); messages still open",
    items={D[1]: "removed", D[2]: "not_found", D[3]: "pending", D[4]: "pending"},
)

DISCORD_HTML = f"""<!DOCTYPE html>
<html><body>
<p>Hi,</p>
<p>Here is the outcome for the message links in ticket <b>#3391822</b> (your ref. KCSC-240904-02):</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported link</th><th>Outcome</th></tr>
<tr><td>{D[3]}</td><td>Message deleted</td></tr>
<tr><td>{D[4]}</td><td>No violation of our Community Guidelines &mdash; no action taken</td></tr>
</table>
<p>Thanks,<br>Discord Trust &amp; Safety</p>
<p style="color:#999">This ticket has been marked as solved. <a href="https://support.discord.com/hc/en-us/requests/3391822">View ticket</a></p>
</body></html>"""
case(
    name="discord-html-table-messages",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 02:14:45 +0900",
    subject="Re: [Discord] Your request #3391822 has been solved",
    reply_to_req=req_mid("KCSC-240904-02"),
    type="html",
    body=DISCORD_HTML,
    outcome="applied", classification="confirmation",
    imitates="HTML ticket reply with an outcome table, Zendesk 'solved' footer",
    why="table: one message deleted (removed), one left up as not violating (rejected); the ticket link is not an item",
    items={D[3]: "removed", D[4]: "rejected"},
)

case(
    name="discord-partial-angle-brackets",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 05:31:20 +0900",
    subject="Re: [Discord] Your request #3391822 - KCSC-240904-02",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello again,

Quick update on ticket #3391822.

The message at <{D[3]}> has been deleted by our Safety team.

The message at <{D[4]}> is still being reviewed. We'll update this
ticket once that's done.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer on a ticket: one result, one still under review",
    why="one message deleted; the other explicitly still under review, stays pending",
    items={D[3]: "removed", D[4]: "pending"},
)

case(
    name="discord-reminder-reply-gmail",
    **{"from": "j.okafor@discord.com"},
    name_from="Jade Okafor",
    date="Tue, 17 Sep 2024 23:48:03 +0900",
    subject="Re: [Reminder] KCSC-240904-02 - 4 item(s) still pending after the deadline",
    extra_headers=["In-Reply-To: <reminder.KCSC-240904-02.1@kcsc.example>",
                   "References: <req.KCSC-240904-02@kcsc.example> <reminder.KCSC-240904-02.1@kcsc.example>"],
    body=f"""
Hi,

Apologies, this one slipped between two queues. Results:

- discord.com/invite/moonlitbazaar: the server was removed on 12 Sep.
- discord.gg/k7RtQ2vw: invalid invite, there is no server behind it.
- {D[3]}
  deleted.
- {D[4]}
  we've left this message up; it doesn't break our guidelines.

Jade
Discord Trust & Safety

On Tue, 17 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Our request KCSC-240904-02 of 4 September 2024 passed its deadline on
> 11 September 2024. We have no result yet for:
>
> {D[1]}
> {D[2]}
> {D[3]}
> {D[4]}
>
> Please tell us what was done with each of them.
""",
    outcome="applied", classification="confirmation",
    imitates="staff member's Gmail reply to a regulator's reminder, bulleted results",
    why="four results, invites written without scheme: removed, not found, removed, rejected",
    items={D[1]: "removed", D[2]: "not_found", D[3]: "removed", D[4]: "rejected"},
)

case(
    name="discord-zendesk-hosted-sender",
    **{"from": "support@discordapp.zendesk.com"},
    name_from="Discord Support",
    date="Tue, 10 Sep 2024 08:20:00 +0900",
    subject="[Discord] Re: Your request #3391822",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
##- Please reply above this line -##

Hi,

We removed the server behind {D[1]} from Discord.

Discord Support
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="ticket reply sent from a help-desk vendor's hosted domain instead of the platform's own",
    why="statement about a requested item from a domain that is not Discord's",
    items={D[1]: "pending"},
)

case(
    name="discord-hedged-may-have-expired",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Sat, 07 Sep 2024 04:09:58 +0900",
    subject="Re: [Discord] Your request #3391822 - KCSC-240904-02",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hi,

Thanks for your patience. It looks like the invite {D[2]} may have
expired on its own, though we haven't confirmed that yet. We are still
looking into the server and the message links from your report.

Discord Trust & Safety
""",
    outcome="review", classification="other", review="not_understood",
    imitates="ticket progress update with a hedged observation",
    why="'looks like ... may have expired, not confirmed' is a hedge, not a statement",
    items={D[2]: "pending"},
)

# ================================================================ Kakao (KCSC-240905-03, 5 items)
case(
    name="kakao-answer-korean-list",
    **{"from": "cs_noreply@kakaocorp.com"},
    name_from="Daum 고객센터",
    date="Wed, 11 Sep 2024 16:20:11 +0900",
    subject="[Daum 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240905-03)",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
안녕하세요, Daum 고객센터입니다.
문의번호 [#2409110047] 관련하여 답변드립니다.

방송통신심의위원회에서 요청하신 게시물에 대해 아래와 같이 조치하였습니다.

- {K[1]} : 게시중단
- {K[2]} : 임시조치(30일)

나머지 Tistory 게시물은 담당 부서에서 확인 후 별도로 안내드리겠습니다.

본 메일은 발신 전용입니다. 추가 문의는 고객센터(https://cs.daum.net/)를 이용해 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum customer-centre answer notice ('문의하신 내용에 대한 답변입니다')",
    why="게시중단 = removed, 임시조치 = restricted; Tistory items announced for later",
    items={K[1]: "removed", K[2]: "restricted"},
)

case(
    name="kakao-tistory-particles",
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date="Fri, 13 Sep 2024 10:05:37 +0900",
    subject="Re: KCSC-240905-03 티스토리 게시물 조치 결과 안내",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

요청하신 티스토리 게시물 3건의 처리 결과를 안내드립니다.

{K[3]} 게시물은 작성자가 이미 삭제하여 현재 존재하지 않습니다.
https://blue-ledger.tistory.com/91은 운영정책 위반으로 삭제 처리하였습니다.
<{K5_RAW}>는 비공개 처리되었습니다.

감사합니다.
티스토리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations team result notice, URLs followed by Korean particles",
    why="author already deleted one (not found), one 삭제 (removed), one 비공개 처리 (removed); raw Korean path matches the encoded one",
    items={K[3]: "not_found", K[4]: "removed", K5: "removed"},
)

OUTLOOK_KAKAO = "\n".join(K[i] if i != 5 else K5_RAW for i in range(1, 6))
case(
    name="kakao-outlook-partial",
    **{"from": "jiyoon.han@kakaocorp.com"},
    name_from="한지윤",
    date="Thu, 12 Sep 2024 14:48:00 +0900",
    subject="RE: [방송통신심의위원회] 불법정보 삭제 요청 (KCSC-240905-03)",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
안녕하세요, 카카오 정책지원팀 한지윤입니다.

요청하신 5건 중 2건은 조치를 완료하였습니다.
 - {K[1]} 삭제
 - {K[4]} 삭제

나머지 3건은 담당 부서에서 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
한지윤 드림

-----Original Message-----
From: "KCSC Takedown" <takedown@kcsc.example>
To: <policy@kakaocorp.com>
Sent: 2024-09-05 (목) 10:30:00
Subject: [방송통신심의위원회] 불법정보 삭제 요청 (KCSC-240905-03)

안녕하십니까. 방송통신심의위원회입니다.
아래 정보는 정보통신망법에 따른 불법정보로, 삭제 또는 접속차단을 요청드립니다.

{OUTLOOK_KAKAO}

처리 결과를 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean staff Outlook reply ('-----Original Message-----') with a partial result",
    why="two items 삭제 (removed) above the quote; the other three explicitly under review; the quoted request states nothing",
    items={K[1]: "removed", K[4]: "removed", K[2]: "pending", K[3]: "pending", K5: "pending"},
)

case(
    name="kakao-bulk-all-done",
    **{"from": "cs_noreply@kakaocorp.com"},
    name_from="Daum 고객센터",
    date="Mon, 16 Sep 2024 09:12:40 +0900",
    subject="[Daum 고객센터] 처리 완료 안내 (KCSC-240905-03)",
    reply_to_req=req_mid("KCSC-240905-03"),
    body="""
안녕하세요, Daum 고객센터입니다.

KCSC-240905-03 요청 건의 게시물 전체에 대해 게시중단 조치를 완료하였습니다.
문의가 처리 완료 상태로 변경되었습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Korean ticket 'processing completed' notice with a blanket statement",
    why="'게시물 전체 게시중단' for a five-item request without naming any: bulk",
    items={u: "pending" for u in K.values()},
)

case(
    name="kakao-forwarded-ops-reply",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책지원",
    date="Fri, 13 Sep 2024 18:30:12 +0900",
    subject="Fwd: 카페 게시물 조치 결과 (KCSC-240905-03)",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
안녕하세요.
담당 부서의 회신 내용을 아래와 같이 전달드립니다.

---------- Forwarded message ---------
From: 카페운영팀 <cafe-ops@kakaocorp.com>
Date: 2024년 9월 13일 (금) 오후 5:02
Subject: 카페 게시물 조치 결과
To: 정책지원 <policy@kakaocorp.com>

{K[1]} 게시중단 완료
{K[2]} 임시조치 완료 (30일)
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="staff forwarding an internal department's reply ('Forwarded message')",
    why="the statements sit only in a forwarded internal message, the sender states nothing itself; a clerk checks it (arguable, see NOTES)",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="kakao-forward-with-own-statement",
    **{"from": "jiyoon.han@kakaocorp.com"},
    name_from="한지윤",
    date="Tue, 17 Sep 2024 11:40:27 +0900",
    subject="Fwd: [Daum 고객센터] 문의가 접수되었습니다 (KCSC-240905-03)",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
안녕하세요, 한지윤입니다.

고객센터 접수 건 추가 안내드립니다.
{K[3]} 은 작성자 본인이 삭제한 글로 확인되어 존재하지 않습니다.
{K5_RAW} 은 비공개 처리 완료하였습니다.

참고로 고객센터 접수 메일을 아래에 첨부합니다.

---------- Forwarded message ---------
From: Daum 고객센터 <cs_noreply@kakaocorp.com>
Date: 2024년 9월 5일 (목) 오전 10:41
Subject: [Daum 고객센터] 문의가 접수되었습니다
To: <takedown@kcsc.example>

문의가 정상적으로 접수되었습니다. (문의번호 #2409110047)
답변은 영업일 기준 3일 이내에 메일로 안내드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="staff's own result above a forwarded ticket-receipt email",
    why="the sender states two results herself (author-deleted = not found, 비공개 = removed); the forwarded part is only a receipt",
    items={K[3]: "not_found", K5: "removed"},
)

case(
    name="kakao-about-naver-item",
    **{"from": "cs_noreply@kakaocorp.com"},
    name_from="Daum 고객센터",
    date="Thu, 12 Sep 2024 13:01:55 +0900",
    subject="[Daum 고객센터] 문의하신 내용에 대한 답변입니다",
    body=f"""
안녕하세요, Daum 고객센터입니다.

방송통신심의위원회 요청번호 KCSC-240910-07 관련 문의에 답변드립니다.

문의하신 {N[2]} 게시물은 Daum 서비스에 존재하지 않는 게시물입니다.
해당 서비스 운영사로 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="Korean portal answering about another portal's URL",
    why="Kakao (Daum) states a status for a NAVER cafe post: wrong platform",
    items={N[2]: "pending"},
)

case(
    name="kakao-out-of-office-chuseok",
    **{"from": "jiyoon.han@kakaocorp.com"},
    name_from="한지윤",
    date="Fri, 13 Sep 2024 19:00:03 +0900",
    subject="[자동회신] 부재중입니다: RE: [방송통신심의위원회] 불법정보 삭제 요청 (KCSC-240905-03)",
    reply_to_req=req_mid("KCSC-240905-03"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 한지윤입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@kakaocorp.com)로 연락 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ YouTube (KCSC-240906-04, 3 items)
case(
    name="yt-legal-support-mixed",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 03:17:09 +0900",
    subject="[6-2185000031472] Your Google Legal Support request (KCSC-240906-04)",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your request, we have blocked the following content from
view on YouTube in South Korea:
    {Y[1]}

We have also removed the following video from YouTube globally for
violating our Community Guidelines:
    {Y[2]}

We will let you know about the remaining URL in a separate message.

Regards,
The Google Team

[6-2185000031472] Please keep this number in the subject of any reply.
""",
    outcome="applied", classification="confirmation",
    imitates="Google Legal Support case reply (local block plus global removal)",
    why="one video blocked in KR (restricted), one removed globally; the channel deferred",
    items={Y[1]: "restricted", Y[2]: "removed", Y[3]: "pending"},
)

case(
    name="yt-followup-channel-rejected",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Sat, 14 Sep 2024 06:40:51 +0900",
    subject="Re: [6-2185000031472] Your Google Legal Support request (KCSC-240906-04)",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
Hello,

Following up on your request: we reviewed the channel
{Y[3]} and did not find that it violates our policies
or local law. We are not taking action on it at this time.

Regards,
The Google Team

On Wed, Sep 11, 2024 at 3:17 AM Google Legal Support wrote:
> In response to your request, we have blocked the following content from
> view on YouTube in South Korea:
>     {Y[1]}
>
> We have also removed the following video from YouTube globally for
> violating our Community Guidelines:
>     {Y[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="Google Legal Support follow-up in the same case, earlier reply quoted",
    why="channel refused with a reason (rejected); the two videos appear only in the quoted earlier reply",
    items={Y[3]: "rejected", Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-echoed-submission",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal",
    date="Tue, 10 Sep 2024 22:09:33 +0900",
    subject="YouTube legal request - KCSC-240906-04 - decision",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
Hi,

Here is a copy of your submission:

    Requester: Korea Communications Standards Commission
    Reference: KCSC-240906-04
    URLs:
      {Y[1]}
      {Y[2]}
      {Y[3]}
    Reason: illegal gambling advertising

Our decision:

{Y[1]} - restricted in South Korea on the basis of local law.
{Y[2]} - has been actioned under our policies.

Your request about the channel is still open; we will respond to it separately.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal notice echoing the submission, then the decision per URL",
    why="echoed URL list is our own; decisions: one restricted in KR, one 'actioned under our policies' (removed); channel still open",
    items={Y[1]: "restricted", Y[2]: "removed", Y[3]: "pending"},
)

case(
    name="yt-dmarc-fail",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 12:00:00 +0900",
    subject="Re: [6-2185000031472] Your Google Legal Support request (KCSC-240906-04)",
    reply_to_req=req_mid("KCSC-240906-04"),
    auth="fail",
    body=f"""
Hello,

We have removed the following videos from YouTube:
{Y[1]}
{Y[2]}

Regards,
The Google Team
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="Google Legal Support reply, failing DKIM/SPF/DMARC",
    why="google.com sender failing authentication: untrusted, nothing applied",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-table-contradicts-prose",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Fri, 13 Sep 2024 04:25:16 +0900",
    subject="[6-2185000031498] Your Google Legal Support request (KCSC-240906-04)",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
Hello,

After careful review we've decided to leave
{Y[2]} up, as it does not violate our Community Guidelines or
local law.

Summary
  URL                                                Outcome
  {Y[2]}        Removed

Regards,
The Google Team
""",
    outcome="review", classification="confirmation", review="conflicting_statements",
    imitates="case reply whose template summary contradicts the agent's own sentence",
    why="prose says the video stays up, the summary says removed: conflicting statements for one item",
    items={Y[2]: "pending"},
)

MDN = f"""
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="=_mdn_7741"

--=_mdn_7741
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is a read receipt for the message you sent to legal-kr@google.com.

Subject: [KCSC] Removal request KCSC-240906-04
Read: Friday, 6 September 2024 10:12 (UTC+09:00)

--=_mdn_7741
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <req.KCSC-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_7741--
"""
case(
    name="yt-read-receipt",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal KR",
    date="Fri, 06 Sep 2024 10:12:44 +0900",
    subject="Read: [KCSC] Removal request KCSC-240906-04",
    reply_to_req=req_mid("KCSC-240906-04"),
    raw_mime=MDN,
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (multipart/report; disposition-notification)",
    why="read receipt",
    items={},
)

# ================================================================ Telegram (KCSC-240909-05, 2 items)
case(
    name="tg-abuse-geo-and-author-deleted",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 21:33:48 +0900",
    subject="Re: KCSC-240909-05",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""
Hello,

The channel {T[1]} has been blocked for users in South Korea.

The message {T[2]} had already been deleted by the channel's admins
before our moderators reached it, so there was nothing left to act on.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply: country block plus already-deleted message",
    why="channel blocked in KR (restricted); message deleted by its own admins before review (not found)",
    items={T[1]: "restricted", T[2]: "not_found"},
)

case(
    name="tg-top-posted-over-request",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Thu, 12 Sep 2024 02:05:10 +0900",
    subject="Re: [KCSC] Removal request KCSC-240909-05",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""
Hi,

We have terminated t.me/silverdock_market for selling prohibited goods. It is
no longer accessible anywhere on Telegram.

Regards,
Telegram Support

{quoted_request_gmail("KCSC-240909-05", [T[1], T[2]], "Mon, Sep 9, 2024 at 10:00 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request",
    why="channel terminated everywhere (removed), URL without scheme; the post appears only in the quoted request",
    items={T[1]: "removed", T[2]: "pending"},
)

DSN = """
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="=_dsn_0917"

--=_dsn_0917
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: mailbox is full, message rejected (quota exceeded)

--=_dsn_0917
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.telegram.org
Arrival-Date: Tue, 17 Sep 2024 09:00:04 +0900 (KST)

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--=_dsn_0917
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: [Reminder] KCSC-240909-05 - 2 item(s) still pending
Message-ID: <reminder.KCSC-240909-05.1@kcsc.example>
Date: Tue, 17 Sep 2024 09:00:00 +0900

--=_dsn_0917--
"""
case(
    name="tg-reminder-bounced",
    **{"from": "MAILER-DAEMON@mx2.telegram.org"},
    name_from="Mail Delivery System",
    date="Tue, 17 Sep 2024 09:00:06 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report; delivery-status) for our reminder",
    why="delivery failure report for our reminder",
    items={},
)

# ================================================================ Reddit (KCSC-240910-06, 1 item)
case(
    name="reddit-receipt",
    **{"from": "support@reddit.com"},
    name_from="Reddit Help",
    date="Tue, 10 Sep 2024 14:03:00 +0900",
    subject="We've got your message (#88213) - KCSC-240910-06",
    reply_to_req=req_mid("KCSC-240910-06"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hi,

Thanks for getting in touch. We've got your message and it's now in our
queue as conversation #88213. Someone from our Safety team will reply,
usually within two business days.

Reddit Help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Help Scout-style 'we've got your message' auto-reply",
    why="pure receipt with a conversation number",
    items={},
)

case(
    name="reddit-solved-one-item",
    **{"from": "legal-requests@reddit.com"},
    name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 03:41:22 +0900",
    subject="Re: KCSC-240910-06 [#88213] - solved",
    reply_to_req=req_mid("KCSC-240910-06"),
    body="""
Hello,

Thank you for your report. We have reviewed the content you reported and
removed it for violating Reddit's rules.

This conversation is now marked as solved; replying will reopen it.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit 'we removed the content you reported' ticket closure",
    why="single clear removal for a one-item request, no URL needed",
    items={R[1]: "removed"},
)

case(
    name="reddit-wrapped-angle-url",
    **{"from": "safety@reddit.com"},
    name_from="Reddit Safety",
    date="Sat, 14 Sep 2024 07:18:59 +0900",
    subject="Re: KCSC-240910-06 [#88213]",
    reply_to_req=req_mid("KCSC-240910-06"),
    body="""
Hi there,

Following up on your ticket: our team removed the post
<https://www.reddit.com/r/kdealz_underground/comments/1fbq7xz/
weekly_pickup_thread/> from Reddit on Friday.

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="ticket follow-up with a long URL wrapped inside angle brackets",
    why="the wrapped URL in angle brackets is the requested thread; removed",
    items={R[1]: "removed"},
)

case(
    name="reddit-satisfaction-survey",
    **{"from": "support@reddit.com"},
    name_from="Reddit Help",
    date="Wed, 18 Sep 2024 05:00:00 +0900",
    subject="How did we do?",
    body="""
Hi,

Your recent conversation with us (#88213) was marked as solved. Would you
take a moment to tell us how we did?

  Great:     https://support.reddit.com/survey/88213?r=good
  Not good:  https://support.reddit.com/survey/88213?r=bad

Thanks,
Reddit Help
""",
    outcome="review", classification="other", review="no_claims",
    imitates="help-desk customer satisfaction survey after a solved ticket",
    why="trusted Reddit mail naming no item and no request reference: no claims (survey links are the platform's own)",
    items={},
)

# ================================================================ NAVER (KCSC-240910-07, 3 items)
case(
    name="naver-answer-partial",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 15:44:02 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240910-07)",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대해 아래와 같이 처리되었음을 알려드립니다.

1) {N[1]}
   → 게시중단 처리 완료
2) {N[2]}
   → 임시조치(30일) 처리 완료
3) {N[3]}
   → 현재 검토 중이며, 결과는 추가로 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer listing 게시중단 / 임시조치 results",
    why="게시중단 = removed, 임시조치 = restricted; the third still under review, pending",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "pending"},
)

NAVER_HTML = f"""<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>요청번호 KCSC-240910-07 건의 조치 결과를 아래 표와 같이 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>처리결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>게시중단</td><td>운영정책 위반</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>임시조치</td><td>30일간 접근 제한</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>조치 불가</td><td>위반 사항이 확인되지 않음</td></tr>
</table>
<p>이의가 있으신 경우 <a href="https://help.naver.com/inquiry">고객센터</a>로 문의해 주세요.</p>
</body></html>"""
case(
    name="naver-html-table",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Tue, 17 Sep 2024 10:10:10 +0900",
    subject="[네이버 고객센터] 조치 결과 안내 (KCSC-240910-07)",
    reply_to_req=req_mid("KCSC-240910-07"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(NAVER_HTML),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과-style HTML table (번호/URL/처리결과/비고), base64",
    why="게시중단 = removed, 임시조치 = restricted, 조치 불가 with 'no violation found' = rejected",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "rejected"},
)

case(
    name="naver-hedge-and-promise",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 17:25:30 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240910-07)",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 블로그 게시물은 담당 부서 확인 후 삭제될 예정입니다.
{N[3]} 는 이미 삭제된 것으로 보이나, 정확한 확인을 위해 시간이 조금 더 필요합니다.

확인이 끝나는 대로 다시 안내드리겠습니다.
감사합니다.
""",
    outcome="review", classification="other", review="not_understood",
    imitates="Korean customer-centre interim answer with a promise and a hedge",
    why="'삭제될 예정' is a promise and '삭제된 것으로 보이나' a hedge: nothing stated",
    items={N[3]: "pending"},
)

# ================================================================ other senders
case(
    name="x-out-of-office",
    **{"from": "dana.whitfield@x.com"},
    name_from="Dana Whitfield",
    date="Wed, 04 Sep 2024 09:01:10 +0900",
    subject="Automatic reply: [KCSC] Removal request KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: dana.whitfield@x.com"],
    body="""
Thank you for your email. I'm out of the office until Monday 9 September with
limited access to email. For urgent legal requests, please write to
legal@x.com and a colleague will pick it up.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office message",
    why="out-of-office auto-reply",
    items={},
)


HEADER = """# Blind set 542 (tests/corpus/blind542/): ticket systems and threads.
# Written from each email's meaning before any run of the reader; see NOTES.md.
# Generated by make.py: do not edit by hand.
"""


def enc(s):
    """RFC 2047 encoded-word for non-ASCII header text, as mail clients send it."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        for key in ("name_from", "subject"):
            c[key] = enc(c[key])
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
