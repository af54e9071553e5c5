#!/usr/bin/env python3
"""Blind set 260: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; the expected results were written from each email's meaning
before the reader was run on it.

    python3 tests/corpus/blind260/make.py

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

# ---------------------------------------------------------------- requests

X = {
    1: "https://x.com/hanul_coinpick/status/1829104455660011201",
    2: "https://x.com/hanul_coinpick/status/1829104455660011202",
    3: "https://x.com/gold_seoul_tips/status/1829227781234500013",
    4: "https://x.com/gold_seoul_tips/status/1829227781234500014",
    5: "https://x.com/bluefin_lotto/status/1829300012345678905",
    6: "https://x.com/bluefin_lotto",
    7: "https://x.com/nightmarket_kr/status/1829411122233344407",
    8: "https://x.com/nightmarket_kr/status/1829411122233344408",
    9: "https://x.com/dalbit_signal/status/1829522233344455509",
    10: "https://x.com/dalbit_signal/status/1829522233344455510",
    11: "https://x.com/pyeongtaek_deal/status/1829633344455566611",
    12: "https://x.com/pyeongtaek_deal/status/1829633344455566612",
}
D = {
    1: "https://discord.gg/qT7mZk2P",
    2: "https://discord.gg/seoulpumpers",
    3: "https://discord.com/channels/1123456789012345601/1123456789012345699/1281111111111111101",
    4: "https://discord.com/channels/1123456789012345601/1123456789012345699/1281111111111111102",
}
N = {
    1: "https://blog.naver.com/haneul_pharm77/223561230011",
    2: "https://blog.naver.com/haneul_pharm77/223561230012",
    3: "https://cafe.naver.com/dalmaeul/58213",
    4: "https://cafe.naver.com/dalmaeul/58240",
    5: "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471234567",
}
TISTORY_TITLE = "정품-도매-판매"
K_RAW1 = "https://sunny-deal.tistory.com/entry/" + TISTORY_TITLE
K = {
    1: "https://sunny-deal.tistory.com/entry/" + quote(TISTORY_TITLE),
    2: "https://cafe.daum.net/moonlight_trade/Qx7a/1024",
    3: "https://cafe.daum.net/moonlight_trade/Qx7a/1031",
}
R = {
    1: "https://www.reddit.com/r/kpopmarket_kr/comments/1f3abcd/selling_verified_accounts_cheap/",
    2: "https://www.reddit.com/user/sunmoon_vendor/",
}
T = {1: "https://t.me/jeju_signal_room"}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3kT8vLp2A",
    2: "https://www.youtube.com/watch?v=Zr8nW1cYx4E",
    3: "https://www.youtube.com/@bitgoldmaster_tv",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, items, category, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", X,
     "illegal-gambling", "investment and lottery scam posts; largest request"),
    ("KCSC-240904-02", "discord", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00", D,
     "fraud", "pump-and-dump server invites and messages"),
    ("KCSC-240905-03", "naver", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00", N,
     "illegal-drugs", "blog, cafe and 지식iN posts selling unapproved medicine"),
    ("KCSC-240906-04", "kakao", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00", K,
     "counterfeit", "Tistory entry with a Korean path and two Daum cafe posts"),
    ("KCSC-240909-05", "reddit", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", R,
     "fraud", "account-selling post and its seller's profile"),
    ("KCSC-240909-06", "telegram", "2024-09-09T15:00:00+09:00", "2024-09-16T23:59:59+09:00", T,
     "illegal-gambling", "one public channel"),
    ("KCSC-240910-07", "youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00", Y,
     "fraud", "two videos and the channel"),
]


def req_id(ref):
    # KCSC-240903-01 -> req-240903-01.b260 (the request's Message-ID is this @kcsc.example)
    return "req-" + ref[5:] + ".b260"


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, items, cat, note in REQUESTS:
            for k in sorted(items):
                w.writerow([ref, plat, sent, due, items[k], cat, req_id(ref) + "@kcsc.example", note])


def thread(ref, reminder=None):
    """In-Reply-To/References headers for a reply to our reminder."""
    rid = req_id(ref)
    if reminder is None:
        return []
    return [
        f"In-Reply-To: <{reminder}@kcsc.example>",
        f"References: <{rid}@kcsc.example> <{reminder}@kcsc.example>",
    ]


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp_plain(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text.strip("\n") + "\n"))


def b64_html(html):
    return ("Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(html.strip("\n") + "\n"))


def alternative(boundary, text, html):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{text.strip(chr(10))}\n\n"
            f"--{boundary}\n"
            "Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{html.strip(chr(10))}\n\n"
            f"--{boundary}--\n")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


HEADER = """\
# Blind set 260: ticket systems and threads (Zendesk/Freshdesk/Jira/Help
# Scout-style receipts then results, solved tickets, follow-ups in the same
# thread, replies to our reminders, partial answers, forwarded mail).
# Written by tests/corpus/blind260/make.py before the reader was run on it;
# expected results come from each email's meaning alone (see NOTES.md).
"""

REMINDER_X = f"""\
Dear X Legal team,

Our request KCSC-240903-01 of 3 September 2024 asked you to act on the
posts below by 10 September 2024. We have not yet had a reply about them:

{X[6]}
{X[7]}
{X[8]}
{X[9]}
{X[10]}
{X[11]}
{X[12]}

Please let us know what has been done with each of them.

Korea Communications Standards Commission
Takedown desk"""

REMINDER_Y = f"""\
Dear YouTube Legal team,

This is a reminder about our request KCSC-240910-07 (sent 10 September
2024, deadline 17 September 2024). We have no answer yet for:

{Y[1]}
{Y[2]}
{Y[3]}

Kind regards,
KCSC Takedown desk"""

REQUEST_D = f"""\
Dear Discord Trust & Safety,

Request KCSC-240904-02. The Korea Communications Standards Commission has
found that the following content offers a fraudulent investment scheme to
users in Korea, contrary to the Act on the Establishment and Operation of
the KCSC. We ask you to act on it by 11 September 2024.

{D[1]}
{D[2]}
{D[3]}
{D[4]}

KCSC Takedown desk"""

CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== X (12)

case(
    name="x-zendesk-update-partial-bullets",
    from_="support@x.com", name_from="X Support",
    date="Fri, 06 Sep 2024 07:41:12 +0000",
    subject="[X Support] Re: Removal request KCSC-240903-01 (Case 0451-2290-18)",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
##- Please type your reply above this line -##

Your request (0451-2290-18) has been updated. To add additional comments,
reply to this email.

Sam R. (X Support)
Sep 6, 2024, 07:41 UTC

Hello,

Thanks for your patience while our team looked into the posts listed in
your request KCSC-240903-01. We have finished reviewing the first three:

 * {X[1]} - removed for violating the X Rules on illegal goods and services
 * {X[2]} - removed for the same reason
 * {X[3]} - withheld in South Korea in response to your legal demand

The other posts in your request are still with the team and we will reply
separately once we have an outcome.

Regards,
Sam
X Support

This email is a service from X Support.
[K7RX3N-9QW2]
""",
    outcome="applied",
    imitates="Zendesk agent-update notification (reply-above-this-line marker, agent header) carrying an X legal-demand outcome for part of the request",
    why="three posts each with an unhedged action on their own bullet; the rest is a promise about unnamed posts",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted"},
)

PREV_X = f"""\
Hello,

Thanks for your patience while our team looked into the posts listed in
your request KCSC-240903-01. We have finished reviewing the first three:

 * {X[1]} - removed for violating the X Rules on illegal goods and services
 * {X[2]} - removed for the same reason
 * {X[3]} - withheld in South Korea in response to your legal demand

Regards,
Sam"""

case(
    name="x-solved-followup-over-own-quote",
    from_="support@x.com", name_from="X Support",
    date="Mon, 09 Sep 2024 02:15:40 +0000",
    subject="[X Support] Re: Removal request KCSC-240903-01 (Case 0451-2290-18)",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello again,

Following up on case 0451-2290-18 with two more review results.

{X[4]}
We did not find a violation of the X Rules or of local law in this post, so
no action was taken and it stays available.

{X[5]}
This post no longer exists. It was deleted by the account holder before our
review.

We are marking this case as solved. Replying to this email will reopen it.

Sam R.
X Support

On Fri, Sep 6, 2024 at 07:41 UTC, X Support <support@x.com> wrote:
{quoted(PREV_X)}
""",
    outcome="applied",
    imitates="Zendesk 'solved' follow-up in the same ticket, URL on its own line with the outcome below, the agent's earlier update quoted under it",
    why="post 14 refused (no violation), post 905 deleted by its author; the three statements in the quoted earlier update must not be read again",
    items={X[4]: "rejected", X[5]: "not_found", X[1]: "pending", X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-reply-to-reminder-outlook",
    from_="d.moreno@x.com", name_from="Dana Moreno",
    date="Thu, 12 Sep 2024 05:20:03 +0000",
    subject="RE: Reminder: KCSC-240903-01 - items awaiting response",
    extra_headers=thread("KCSC-240903-01", "rem-240903-01-1.b260")
    + ["Thread-Topic: Reminder: KCSC-240903-01 - items awaiting response", "Thread-Index: AdsE3kq9Yb1mTzQ8R0eW2bqv5kZ1Ww=="],
    body=f"""
Hi KCSC team,

Sorry for the slow reply on this one. Here is where the open posts stand:

- {X[7]} and {X[8]} have been withheld in South Korea.
- {X[9]} has been removed for violating our rules on illegal goods and services.

The rest are still being reviewed; we will get back to you in this thread.

Best,
Dana
X Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 10:02 AM
To: legal@x.com
Subject: Reminder: KCSC-240903-01 - items awaiting response

{REMINDER_X}
""",
    outcome="applied",
    imitates="Outlook top-posted reply from a legal-operations employee to our reminder, the reminder kept below '-----Original Message-----'",
    why="two posts withheld in Korea by a shared sentence, one removed; the four others appear only in our quoted reminder",
    items={X[7]: "restricted", X[8]: "restricted", X[9]: "removed",
           X[6]: "pending", X[10]: "pending", X[11]: "pending", X[12]: "pending"},
)

case(
    name="x-freshdesk-status-lines",
    from_="legal-support@x.com", name_from="X Global Legal Support",
    date="Fri, 13 Sep 2024 09:02:55 +0000",
    subject="Ticket #88231 - Case update [KCSC-240903-01]",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Dear Sir or Madam,

The following is an update to your ticket #88231.

Reported content: {X[10]}
Status: Removed - violation of the X Rules (illegal or certain regulated goods)

Reported content: {X[11]}
Status: No action - the content does not violate the X Rules or applicable law

Reported content: {X[12]}
Status: Unable to locate - the post could not be found

You can view this ticket at any time at https://legalsupport.x.com/tickets/88231

Kind regards,
X Global Legal Support
""",
    outcome="applied",
    imitates="Freshdesk ticket update with one 'Reported content / Status' block per URL",
    why="each URL carries its own Status line: removed, refused, not found; the ticket portal link is no item",
    items={X[10]: "removed", X[11]: "rejected", X[12]: "not_found"},
)

case(
    name="x-account-suspended-angle-brackets",
    from_="support@x.com", name_from="X Support",
    date="Sat, 07 Sep 2024 11:30:00 +0000",
    subject="[X Support] Re: Removal request KCSC-240903-01 (Case 0451-2290-18)",
    reply_to_req=req_id("KCSC-240903-01"),
    body="""
##- Please type your reply above this line -##

Hello,

We wanted to let you know that the account <https://x.com/bluefin_lotto>
has been permanently suspended for repeated violations of our rules on
illegal gambling. Suspended accounts and their posts are not visible on X.

If the account holder believes this was in error, they can appeal at
<https://help.x.com/forms/account-access/appeals>.

Thanks,
X Support
""",
    outcome="applied",
    imitates="X Support ticket update announcing an account suspension, URLs in angle brackets",
    why="the reported account is suspended (removed); the appeal form is a help page, not an item; the separately listed post of that account is not named",
    items={X[6]: "removed"},
)

X_TABLE_HTML = f"""
<html><body>
<p style="color:#999">##- Please type your reply above this line -##</p>
<p><b>KRLEGAL-2291</b> Removal request KCSC-240903-01 &mdash; status changed to <b>Resolved</b></p>
<p>Hi KCSC team,</p>
<p>Our review of the following posts is complete:</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Outcome</th><th>Notes</th></tr>
<tr><td><a href="{X[7]}">{X[7]}</a></td><td>Withheld in KR</td><td>Local law (Republic of Korea)</td></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Withheld in KR</td><td>Local law (Republic of Korea)</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>No action</td><td>No violation of the X Rules found; the post remains available</td></tr>
</table>
<p>More about country-withheld content: <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">help.x.com</a></p>
<p>&mdash; X Legal Operations (Jira Service Management)</p>
</body></html>
"""
X_TABLE_TEXT = f"""
##- Please type your reply above this line -##

KRLEGAL-2291 Removal request KCSC-240903-01 - status changed to Resolved

Hi KCSC team,

Our review of the following posts is complete:

Reported URL | Outcome | Notes
{X[7]} | Withheld in KR | Local law (Republic of Korea)
{X[8]} | Withheld in KR | Local law (Republic of Korea)
{X[11]} | No action | No violation of the X Rules found; the post remains available

More about country-withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

- X Legal Operations (Jira Service Management)
"""
case(
    name="x-jira-resolved-html-table",
    from_="jira@x.com", name_from="X Legal Operations",
    date="Wed, 11 Sep 2024 14:05:19 +0000",
    subject="[JIRA] (KRLEGAL-2291) Removal request KCSC-240903-01 - Resolved",
    reply_to_req=req_id("KCSC-240903-01"),
    raw_mime=alternative("b260-xjira-alt", X_TABLE_TEXT, X_TABLE_HTML),
    outcome="applied",
    imitates="Jira Service Management 'status changed to Resolved' customer notification with a per-URL outcome table (text and HTML parts)",
    why="two posts withheld in Korea, one left up with its reason; the help-centre link is no item",
    items={X[7]: "restricted", X[8]: "restricted", X[11]: "rejected"},
)

X_CSV = f"""ticket,reported_url,action_taken,policy,actioned_at_utc
0451-2290-18,{X[1]},Removed,Illegal or certain regulated goods or services,2024-09-07 03:12
0451-2290-18,{X[2]},Removed,Illegal or certain regulated goods or services,2024-09-07 03:12
0451-2290-18,{X[3]},Withheld (KR),Local law - Republic of Korea,2024-09-07 03:15
0451-2290-18,{X[4]},No action,No violation found,
0451-2290-18,{X[5]},Not found,Post deleted by the account holder,
"""
case(
    name="x-csv-export-attachment",
    from_="support@x.com", name_from="X Support",
    date="Tue, 10 Sep 2024 01:48:27 +0000",
    subject="[X Support] Case 0451-2290-18: results export (KCSC-240903-01)",
    reply_to_req=req_id("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b260-xcsv-mix"

--b260-xcsv-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

As requested, the per-URL outcomes recorded so far under case
0451-2290-18 are in the attached export (CSV, one row per reported URL).

Regards,
X Support

--b260-xcsv-mix
Content-Type: text/csv; charset=utf-8; name="case-0451-2290-18.csv"
Content-Disposition: attachment; filename="case-0451-2290-18.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV)}
--b260-xcsv-mix--
""",
    outcome="applied",
    imitates="ticket-system export attached as CSV (one row per reported URL with action and policy)",
    why="the CSV states removed twice, withheld in KR, no action (no violation) and not found (deleted by the account holder)",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "rejected", X[5]: "not_found"},
)

X_FRESH_QP = f"""
Dear KCSC,

Ticket #88240 – Update

The posts below were reviewed against the X Rules and Korean law. Results:

1) {X[11]} – withheld in South Korea (country withheld content)
2) {X[12]} – withheld in South Korea (country withheld content)
3) {X[10]} – removed globally (violation of the X Rules)

Kind regards,
X Global Legal Support

--
Please reply above this line to add to ticket #88240.
"""
case(
    name="x-freshdesk-numbered-quoted-printable",
    from_="legal-support@x.com", name_from="X Global Legal Support",
    date="Fri, 13 Sep 2024 12:40:00 +0000",
    subject="Ticket #88240 - Update [KCSC-240903-01]",
    reply_to_req=req_id("KCSC-240903-01"),
    raw_mime=qp_plain(X_FRESH_QP),
    outcome="applied",
    imitates="Freshdesk ticket update, numbered results, body sent quoted-printable (soft line breaks in the long result lines)",
    why="two posts withheld in Korea and one removed globally, one numbered line each",
    items={X[11]: "restricted", X[12]: "restricted", X[10]: "removed"},
)

case(
    name="x-gmail-reply-over-quoted-reminder",
    from_="hyejin.park@x.com", name_from="Hyejin Park",
    date="Thu, 12 Sep 2024 01:12:44 +0000",
    subject="Re: Reminder: KCSC-240903-01 - items awaiting response",
    extra_headers=thread("KCSC-240903-01", "rem-240903-01-2.b260"),
    body=f"""
Hello,

Both posts by @gold_seoul_tips have now been removed:
{X[3]}
{X[4]}

Hyejin Park
Trust & Safety, X Korea

On Wed, Sep 11, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal team,
>
> We have not yet had a reply about the following posts of request
> KCSC-240903-01:
>
> {X[3]}
> {X[4]}
> {X[10]}
>
> Please let us know what has been done with each of them.
""",
    outcome="applied",
    imitates="Gmail top-posted reply from a regional trust-and-safety employee to our reminder, statement first and the URLs on the lines below it",
    why="the statement covers the two URLs listed right under it; the third URL appears only in our quoted reminder",
    items={X[3]: "removed", X[4]: "removed", X[10]: "pending"},
)

case(
    name="x-promise-will-remove",
    from_="support@x.com", name_from="X Support",
    date="Thu, 05 Sep 2024 08:00:31 +0000",
    subject="[X Support] Re: Removal request KCSC-240903-01 (Case 0451-2290-18)",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
##- Please type your reply above this line -##

Hello,

Our team has confirmed that the posts below fall within the scope of your
legal demand. They will be removed within the next 24 hours and we will
confirm in this ticket once that is done.

{X[10]}
{X[11]}

Thanks,
X Support
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent update announcing an action still to come",
    why="'will be removed' is a promise, not a statement: both posts stay pending",
    items={X[10]: "pending", X[11]: "pending"},
)

case(
    name="x-solved-bulk-no-urls",
    from_="support@x.com", name_from="X Support",
    date="Fri, 13 Sep 2024 16:22:09 +0000",
    subject="[X Support] Your request 0451-2290-18 has been solved (KCSC-240903-01)",
    reply_to_req=req_id("KCSC-240903-01"),
    body="""
##- Please type your reply above this line -##

Your request (0451-2290-18) has been solved. To reopen this request, reply
to this email.

Sam R. (X Support)

Hello,

We have completed our review of your request KCSC-240903-01. All of the
reported posts have been removed from X.

Thank you for helping keep X safe.

Sam
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'your request has been solved' notification with a blanket outcome",
    why="one sentence about all reported posts of a twelve-item request without naming any: bulk, all pending",
    items={u: "pending" for u in X.values()},
)

case(
    name="x-asks-for-court-order",
    from_="legal-support@x.com", name_from="X Global Legal Support",
    date="Wed, 04 Sep 2024 06:33:12 +0000",
    subject="Ticket #88231 - Additional information required [KCSC-240903-01]",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Dear Sir or Madam,

Thank you for your submission. Before we can assess the following items we
need more information:

  {X[5]}
  {X[6]}

Please reply to this ticket with a copy of the decision or court order that
covers these items and the specific provision of Korean law they are said
to violate. We are unable to proceed with these two items until we receive
it.

Kind regards,
X Global Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Freshdesk 'additional information required' reply from a legal-request desk",
    why="asks for documents about two items and states nothing about them",
    items={X[5]: "pending", X[6]: "pending"},
)

case(
    name="x-zendesk-receipt",
    from_="support@x.com", name_from="X Support",
    date="Tue, 03 Sep 2024 01:02:10 +0000",
    subject="[X Support] Case 0451-2290-18 received: Removal request KCSC-240903-01",
    reply_to_req=req_id("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Thanks for contacting X Support.

This is an automated message to confirm that we have received your request.
Your case number is 0451-2290-18. A member of our team will review it and
reply in this thread. You do not need to submit the same request again.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk auto-acknowledgement trigger with the case number",
    why="pure receipt: a case number, no statement about any item",
    items={},
)

case(
    name="x-out-of-office",
    from_="d.moreno@x.com", name_from="Dana Moreno",
    date="Wed, 11 Sep 2024 01:02:30 +0000",
    subject="Automatic reply: Reminder: KCSC-240903-01 - items awaiting response",
    extra_headers=thread("KCSC-240903-01", "rem-240903-01-1.b260")
    + ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your message. I am out of the office until 16 September with
limited access to email. Legal requests are being handled by the team at
legal@x.com in the meantime.

Dana Moreno
X Legal Operations
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office) to our reminder",
    why="out-of-office auto-reply",
    items={},
)

# ============================================================= Discord (4)

case(
    name="discord-zendesk-messages-removed",
    from_="safety@discord.com", name_from="Discord Trust & Safety",
    date="Fri, 06 Sep 2024 03:10:00 +0000",
    subject="[Discord] Re: KCSC-240904-02 removal request [#3345120]",
    reply_to_req=req_id("KCSC-240904-02"),
    body=f"""
##- Please type your reply above this line -##

Your request (3345120) has been updated. To add additional comments, reply
to this email.

Riley (Discord Trust & Safety)

Hi there,

Thanks for reaching out to Discord Trust & Safety. We reviewed the two
message links in your report and removed both messages:

{D[3]}
{D[4]}

We are still looking into the servers behind the invite links in your
report and will update this ticket when we have finished.

Best,
Riley
Discord Trust & Safety
""",
    outcome="applied",
    imitates="Discord Trust & Safety Zendesk ticket update, statement followed by the URLs it covers",
    why="both message links removed by the sentence right above them; the invites are only mentioned as still being looked at",
    items={D[3]: "removed", D[4]: "removed"},
)

case(
    name="discord-jira-invites-server-deleted",
    from_="tns-desk@discord.com", name_from="Discord T&S Desk",
    date="Mon, 09 Sep 2024 18:44:02 +0000",
    subject="[TNS-5512] KCSC-240904-02: status changed to Resolved",
    reply_to_req=req_id("KCSC-240904-02"),
    body=f"""
—-—-—-—
Reply above this line.

TNS-5512  Resolution: Done

Morgan commented:

The server these invites pointed to has been deleted for breaking our
Community Guidelines, so both invite links are now dead:
  <{D[1]}>
  <{D[2]}>

View request: https://support.discord.com/servicedesk/customer/portal/4/TNS-5512
Turn off this request's notifications
""",
    outcome="applied",
    imitates="Jira Service Management 'Resolved' customer notification with the agent's comment, invites in angle brackets",
    why="the server behind both invites was deleted (removed); the portal link is no item",
    items={D[1]: "removed", D[2]: "removed"},
)

case(
    name="discord-followup-removed-and-author-deleted",
    from_="safety@discord.com", name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 07:25:45 +0000",
    subject="[Discord] Re: KCSC-240904-02 removal request [#3345120]",
    reply_to_req=req_id("KCSC-240904-02"),
    body=f"""
Hi again,

A quick follow-up on ticket #3345120.

The message at {D[3]} was removed by our team.

The message at {D[4]} had already been deleted by the user who posted it
before we got to it, so there was nothing left for us to action.

Riley
Discord Trust & Safety

On Wed, Sep 4, 2024 at 02:00 UTC, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REQUEST_D)}
""",
    outcome="applied",
    imitates="Discord follow-up in the same ticket with our original request quoted with '>'",
    why="one message removed, one already deleted by its author (not_found); the invites appear only in the quoted request",
    items={D[3]: "removed", D[4]: "not_found", D[1]: "pending", D[2]: "pending"},
)

case(
    name="discord-hedged-invites",
    from_="safety@discord.com", name_from="Discord Trust & Safety",
    date="Sat, 07 Sep 2024 22:03:17 +0000",
    subject="[Discord] Re: KCSC-240904-02 removal request [#3345120]",
    reply_to_req=req_id("KCSC-240904-02"),
    body=f"""
Hi there,

Looking at the invite links you sent: {D[2]} may already have
expired, and the server behind {D[1]} appears to have been
deleted by its owner. We will confirm once our records have caught up.

Riley
Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord Trust & Safety interim ticket reply, hedged",
    why="'may already have expired' and 'appears to have been deleted' are hedges, followed by a promise to confirm",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="discord-receipt-echoes-request",
    from_="noreply@discord.com", name_from="Discord",
    date="Wed, 04 Sep 2024 02:01:05 +0000",
    subject="[Discord] We've received your request [#3345120]",
    reply_to_req=req_id("KCSC-240904-02"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Hey! We've received your request and a member of our Trust & Safety team
will get back to you as soon as possible. Your ticket number is #3345120.

----------------------------------------------

KCSC Takedown, Sep 4, 2024, 02:00 UTC

{REQUEST_D}

----------------------------------------------

This email is a service from Discord.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk auto-acknowledgement that echoes the requester's first comment below a divider",
    why="receipt with a ticket number; the four URLs are only our own request echoed back",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending", D[4]: "pending"},
)

case(
    name="discord-owner-forwards-notice",
    from_="minho.trade88@gmail.com", name_from="Minho Lee",
    date="Tue, 10 Sep 2024 13:15:00 +0900",
    subject="Fwd: Your server has been removed",
    body=f"""
Hello KCSC,

I think your office reported my server. Discord sent me the mail below.
Why was it deleted? We only discuss coins.

---------- Forwarded message ---------
From: Discord <noreply@discord.com>
Date: Mon, Sep 9, 2024 at 6:40 PM
Subject: Your server has been removed
To: <minho.trade88@gmail.com>

Hi,

Your server "Seoul Pumpers" (invite {D[2]}) has been removed
for violating Discord's Community Guidelines.

The Discord Team
""",
    outcome="review", review="unknown_sender",
    imitates="a server owner forwarding Discord's removal notice from a personal mailbox",
    why="sender is not Discord (gmail.com); the Discord text is forwarded content, so nothing applies",
    items={D[2]: "pending"},
)

# =============================================================== NAVER (5)

case(
    name="naver-cs-answer-numbered",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 06:12:00 +0000",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240905-03)",
    reply_to_req=req_id("KCSC-240905-03"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 검토 결과를 아래와 같이 안내드립니다.

1. {N[1]}
 → 관련 법령 위반이 확인되어 게시중단 처리하였습니다.
2. {N[2]}
 → 권리침해 신고 절차에 따라 30일간 임시조치되었습니다.
3. {N[3]}
 → 카페 운영원칙 위반으로 블라인드 처리하였습니다.

나머지 게시물은 검토가 끝나는 대로 추가로 안내드리겠습니다.

문의번호: 20240906-0012345
네이버 고객센터 드림
""",
    outcome="applied",
    imitates="NAVER 고객센터 문의 답변 메일, 번호 목록에 URL과 그 아래 줄의 처리 결과",
    why="게시중단 (removed), 임시조치 (restricted), 블라인드 (removed), each on the line below its URL; the rest is a promise about unnamed posts",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "removed"},
)

NAVER_QP = f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 게시물의 처리 결과입니다.

- {N[4]} : 검토 결과 운영정책 및 관련 법령에 위반되는 내용이 확인되지 않아 게시물을 유지합니다.
- {N[5]} : 해당 질문은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
문의번호: 20240906-0012345
"""
case(
    name="naver-qp-kept-and-author-deleted",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 02:30:00 +0000",
    subject="[네이버 고객센터] 추가 답변 안내 (KCSC-240905-03)",
    reply_to_req=req_id("KCSC-240905-03"),
    raw_mime=qp_plain(NAVER_QP),
    outcome="applied",
    imitates="NAVER 고객센터 추가 답변, quoted-printable (the query-string URL's '=' encoded as =3D)",
    why="cafe post kept with its reason (rejected); 지식iN question already deleted by its author (not_found)",
    items={N[4]: "rejected", N[5]: "not_found"},
)

NAVER_PREV = f"""\
안녕하세요, 네이버 고객센터입니다.

- {N[4]} : 위반 사항이 확인되지 않아 게시물을 유지합니다.
- {N[5]} : 현재 검토 중입니다.

문의번호: 20240906-0012345"""
case(
    name="naver-followup-over-quoted-answer",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 04:05:00 +0000",
    subject="Re: [네이버 고객센터] 추가 답변 안내 (KCSC-240905-03)",
    reply_to_req=req_id("KCSC-240905-03"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

지난 답변에서 검토 중으로 안내드렸던 {N[5]} 는 운영자에 의해 비공개 처리되었습니다.

추가로 궁금하신 점은 이 메일에 회신해 주세요.

2024년 9월 10일 (화) 오전 11:30, 네이버 고객센터 <help@navercorp.com>님이 작성:
{quoted(NAVER_PREV)}
""",
    outcome="applied",
    imitates="NAVER 고객센터 follow-up over its own earlier answer, quoted Gmail-style (…님이 작성:)",
    why="the 지식iN question was made private by the operator (비공개 처리: removed); the cafe post appears only in the quoted earlier answer",
    items={N[5]: "removed", N[4]: "pending"},
)

NAVER_TABLE = f"""
<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240905-03)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N[1]}">{N[1]}</a></td><td>삭제</td><td>불법 의약품 판매</td></tr>
<tr><td>2</td><td><a href="{N[2]}">{N[2]}</a></td><td>게시중단</td><td>-</td></tr>
<tr><td>3</td><td><a href="{N[4]}">{N[4]}</a></td><td>미조치</td><td>위반 사항 없음 (게시물 유지)</td></tr>
</table>
<p>접수번호 PS-2024-0911-044</p>
</body></html>
"""
case(
    name="naver-policy-html-result-table",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 08:20:00 +0000",
    subject="[회신] 시정요구 조치 결과 (KCSC-240905-03)",
    reply_to_req=req_id("KCSC-240905-03"),
    type="html",
    body=NAVER_TABLE,
    outcome="applied",
    imitates="Korean 시정요구 조치결과 회신, HTML table (번호, URL, 조치 결과, 비고)",
    why="삭제 and 게시중단 (removed), 미조치 with 위반 사항 없음 (rejected)",
    items={N[1]: "removed", N[2]: "removed", N[4]: "rejected"},
)

case(
    name="naver-dmarc-fail",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    auth="fail",
    date="Mon, 09 Sep 2024 23:50:00 +0000",
    subject="[네이버 고객센터] 처리 완료 안내 (KCSC-240905-03)",
    reply_to_req=req_id("KCSC-240905-03"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 아래 게시물은 모두 삭제 처리되었습니다.

{N[1]}
{N[3]}

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER 고객센터 처리 완료 안내 arriving with DKIM/SPF/DMARC failing",
    why="platform domain but authentication fails: nothing applies",
    items={N[1]: "pending", N[3]: "pending"},
)

case(
    name="naver-chuseok-out-of-office",
    from_="jy.han@navercorp.com", name_from="한지영",
    date="Fri, 13 Sep 2024 09:00:05 +0900",
    subject="[자동회신] 부재중입니다: KCSC-240905-03 처리 요청",
    reply_to_req=req_id("KCSC-240905-03"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 한지영입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신 over the 추석 holiday",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="naver-satisfaction-survey",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Sat, 14 Sep 2024 01:00:00 +0000",
    subject="[네이버 고객센터] 상담 만족도 평가를 부탁드립니다",
    body="""
안녕하세요, 네이버 고객센터입니다.

최근 문의(문의번호 20240906-0012345)에 대한 상담은 만족스러우셨나요?
아래 링크에서 1분 정도 소요되는 만족도 평가에 참여해 주시면 서비스 개선에 큰 도움이 됩니다.

https://help.naver.com/survey/csat?case=20240906-0012345

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="post-ticket customer-satisfaction survey from a help desk",
    why="trusted NAVER mail naming no requested item and none of our references; the survey link is a help page",
    items={},
)

# =============================================================== Kakao (3)

case(
    name="kakao-ticket-korean-url-particles",
    from_="cs-noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 05:45:00 +0000",
    subject="[카카오 고객센터] 요청하신 게시물 처리 결과 안내 (KCSC-240906-04)",
    reply_to_req=req_id("KCSC-240906-04"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의번호 #K2409-77812 건에 대한 처리 결과를 안내드립니다.

{K_RAW1} 게시물은 상표권 침해 및 관련 법령 위반으로 게시중단되었습니다.

{K[2]}에 대해서는 30일간 임시조치(게시물 접근 제한)를 하였습니다.

처리 결과에 이의가 있으시면 고객센터(https://cs.kakao.com/helps)를 통해 문의해 주세요.

감사합니다.
""",
    outcome="applied",
    imitates="Kakao 고객센터 처리 결과 안내: a Tistory URL written with its raw Korean path, a cafe URL with the particle '에' glued to it",
    why="Tistory entry 게시중단 (removed); cafe post 임시조치 (restricted); the help-centre link is no item",
    items={K[1]: "removed", K[2]: "restricted"},
)

KAKAO_HTML = f"""
<html><body>
<p>안녕하세요. Daum 카페 고객센터입니다.</p>
<p>신고하신 게시글의 처리 결과를 알려드립니다：</p>
<ul>
<li>게시글（{K[2]}）은 카페 운영자에 의해 삭제되었습니다.</li>
<li>{K[3]} ： 작성자가 이미 삭제한 게시글로, 현재 존재하지 않습니다.</li>
</ul>
<p>문의번호 #K2409-77812</p>
</body></html>
"""
case(
    name="kakao-base64-html-fullwidth",
    from_="cafe-help@daum.net", name_from="Daum 카페 고객센터",
    date="Thu, 12 Sep 2024 07:10:00 +0000",
    subject="[Daum 카페] 신고 처리 결과 안내 (KCSC-240906-04)",
    reply_to_req=req_id("KCSC-240906-04"),
    raw_mime=b64_html(KAKAO_HTML),
    outcome="applied",
    imitates="Daum 카페 신고 처리 결과 안내, HTML sent base64, URLs inside full-width parentheses and before a full-width colon",
    why="cafe post 1024 deleted by the cafe operator (removed); 1031 already deleted by its author (not_found)",
    items={K[2]: "removed", K[3]: "not_found"},
)

case(
    name="kakao-receipt-korean",
    from_="cs-noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 05:01:00 +0000",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (KCSC-240906-04)",
    reply_to_req=req_id("KCSC-240906-04"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: #K2409-77812
문의 제목: 게시물 삭제 요청 (KCSC-240906-04)

접수된 순서에 따라 확인 후 답변드리겠습니다. 답변은 영업일 기준 3~5일 정도 소요될 수 있습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean ticket-system 접수 완료 안내 (접수번호, 발신 전용)",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="kakao-answers-about-naver-url",
    from_="cs-noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 03:30:00 +0000",
    subject="[카카오 고객센터] 문의 답변 (KCSC-240906-04)",
    reply_to_req=req_id("KCSC-240906-04"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

함께 문의 주신 주소 {N[3]} 는 네이버 카페의 게시글로, 카카오(Daum) 서비스가 아닙니다.
참고로 확인해 보니 해당 게시글은 현재 삭제되어 존재하지 않습니다.

다음 카페 게시글에 대한 결과는 별도로 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao 고객센터 reply about a URL of another portal that reached its ticket",
    why="Kakao states that a NAVER item no longer exists: a claim about another platform's item, so nothing applies",
    items={N[3]: "pending"},
)

KAKAO_PREV = """\
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: #K2409-77812"""
case(
    name="kakao-followup-over-own-receipt",
    from_="cs-noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 02:40:00 +0000",
    subject="Re: [카카오 고객센터] 문의가 접수되었습니다 (KCSC-240906-04)",
    reply_to_req=req_id("KCSC-240906-04"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.
접수번호 #K2409-77812 건의 처리 결과를 안내드립니다.

■ {K[1]}
  - 처리 결과: 삭제 완료 (티스토리 운영정책 위반)

■ {K[3]}
  - 처리 결과: 작성자 탈퇴로 게시글이 존재하지 않아 조치할 대상이 없습니다.

감사합니다.

2024년 9월 6일 (금) 오후 2:01, 카카오 고객센터 <cs-noreply@kakaocorp.com>님이 작성:
{quoted(KAKAO_PREV)}
""",
    outcome="applied",
    imitates="Kakao 고객센터 result in the thread of its own receipt (■ blocks, 처리 결과 lines), Tistory URL percent-encoded",
    why="Tistory entry deleted (removed); cafe post 1031 gone with its author's account (not_found)",
    items={K[1]: "removed", K[3]: "not_found"},
)

# ============================================================== Reddit (2)

case(
    name="reddit-safety-removed-and-suspended",
    from_="safety-noreply@reddit.com", name_from="Reddit Safety",
    date="Wed, 11 Sep 2024 20:14:00 +0000",
    subject="Re: KCSC-240909-05 - Reddit ticket #7731092",
    reply_to_req=req_id("KCSC-240909-05"),
    body=f"""
Hi KCSC,

Thanks for your report (ticket #7731092). After investigating, we've
removed the post at {R[1]} and permanently suspended the account
{R[2]} for violating Reddit's Content Policy.

You can read the policy at https://www.redditinc.com/policies/content-policy

Thanks,
Reddit Safety
""",
    outcome="applied",
    imitates="Reddit Safety ticket reply: post removed and account suspended",
    why="post removed; account suspended (removed); the policy link is no item",
    items={R[1]: "removed", R[2]: "removed"},
)

case(
    name="reddit-legal-georestrict-and-refusal",
    from_="legal@reddit.com", name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 17:30:00 +0000",
    subject="Re: KCSC-240909-05 [Help Scout #40215]",
    reply_to_req=req_id("KCSC-240909-05"),
    body=f"""
Hello,

We have geo-restricted the following post so that it is no longer visible
to users in South Korea:

{R[1]}

Regarding the profile {R[2]}, our review did not identify a violation of
our Content Policy or of the law you cited, so we are not taking action on
the account.

Best regards,
Reddit Legal

--
Reply to this email to continue the conversation (conversation #40215).
""",
    outcome="applied",
    imitates="Help Scout-style reply from a legal desk: country restriction plus a refusal with its reason",
    why="post geo-restricted in Korea (restricted); profile refused, no violation found (rejected)",
    items={R[1]: "restricted", R[2]: "rejected"},
)

case(
    name="reddit-zendesk-subdomain-sender",
    from_="support@redditlegal.zendesk.com", name_from="Reddit Legal Support",
    date="Thu, 12 Sep 2024 10:00:00 +0000",
    subject="[Reddit Legal] Re: KCSC-240909-05 (#58821)",
    reply_to_req=req_id("KCSC-240909-05"),
    body=f"""
##- Please type your reply above this line -##

Hi,

We've removed the post you reported:
{R[1]}

Reddit Legal Support
""",
    outcome="review", review="unknown_sender",
    imitates="ticket reply sent from a hosted help-desk subdomain instead of the platform's own domain",
    why="redditlegal.zendesk.com is none of Reddit's sender domains: unknown sender, nothing applies",
    items={R[1]: "pending"},
)

REMINDER_R = f"""\
From: KCSC Takedown <takedown@kcsc.example>
To: legal@reddit.com
Subject: Reminder: KCSC-240909-05 - items awaiting response
Date: Tue, 17 Sep 2024 10:00:00 +0900
Message-ID: <rem-240909-05-1.b260@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear Reddit Legal team,

We have no answer yet about these items of request KCSC-240909-05:

{R[1]}
{R[2]}

KCSC Takedown desk
"""
case(
    name="reddit-reminder-bounced",
    from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
    auth="none",
    date="Tue, 17 Sep 2024 10:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b260-dsn-r"

--b260-dsn-r
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal@reddit.com>: host mx1.reddit.com[203.0.113.25] said: 552 5.2.2
    Mailbox full, try again later (in reply to RCPT TO command)

--b260-dsn-r
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4WxR2k1Zq9z9
Arrival-Date: Tue, 17 Sep 2024 10:00:02 +0900 (KST)

Final-Recipient: rfc822; legal@reddit.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.reddit.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full, try again later

--b260-dsn-r
Content-Type: message/rfc822

{REMINDER_R}
--b260-dsn-r--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our reminder (message/rfc822 attached)",
    why="bounce; the URLs are only in our returned reminder",
    items={R[1]: "pending", R[2]: "pending"},
)

# ============================================================ Telegram (1)

case(
    name="telegram-case-closed-one-item",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 12:00:00 +0000",
    subject="Re: Removal request KCSC-240909-06 [Case #48213377]",
    reply_to_req=req_id("KCSC-240909-06"),
    body="""
Hello,

Thank you for your report. The channel you reported was reviewed by our
moderators and is no longer accessible on Telegram.

Case #48213377 is now closed.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk case closure naming no URL, answering a one-item request",
    why="the request has one item; 'no longer accessible on Telegram' after moderation is a removal",
    items={T[1]: "removed"},
)

case(
    name="telegram-receipt-plus-not-found",
    from_="dsa@telegram.org", name_from="Telegram",
    date="Tue, 10 Sep 2024 09:30:00 +0000",
    subject="Re: Removal request KCSC-240909-06 [Case #48213391]",
    reply_to_req=req_id("KCSC-240909-06"),
    body=f"""
Hello,

We have received your report (Case #48213391).

We could not find a public channel or group at {T[1]}; the username is not
in use on Telegram at the moment.

Telegram
""",
    outcome="applied",
    imitates="Telegram receipt line followed by an outcome in the same message",
    why="an acknowledgement phrase plus an unhedged statement that the channel cannot be found: not_found",
    items={T[1]: "not_found"},
)

case(
    name="telegram-appears-deleted",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 15:05:00 +0000",
    subject="Re: Removal request KCSC-240909-06 [Case #48213377]",
    reply_to_req=req_id("KCSC-240909-06"),
    body=f"""
Hello,

The channel {T[1]} appears to have been deleted already, but we are
checking this with the moderation team and will write again.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk interim reply, hedged",
    why="'appears to have been deleted' is a hedge and a further answer is promised",
    items={T[1]: "pending"},
)

# ============================================================= YouTube (3)

case(
    name="youtube-legal-two-outcomes",
    from_="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 04:50:00 +0000",
    subject="Re: [7-3390000041827] KCSC-240910-07",
    reply_to_req=req_id("KCSC-240910-07"),
    body=f"""
Hello,

Thank you for your legal request (KCSC-240910-07). After review, we have
restricted access in South Korea, based on local law, to:

{Y[1]}

The following video has been removed from YouTube for violating our
Community Guidelines:

{Y[2]}

For more information about how we handle government requests, see
https://support.google.com/youtube/answer/2802032

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    imitates="YouTube legal-support ticket reply, each statement followed by the URL it covers",
    why="first video restricted in Korea, second removed; the support.google.com page is no item",
    items={Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="youtube-reply-to-reminder-gmail",
    from_="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 02:30:00 +0000",
    subject="Re: Reminder: KCSC-240910-07 - items awaiting response",
    extra_headers=thread("KCSC-240910-07", "rem-240910-07-1.b260"),
    body=f"""
Hello,

Following up on your reminder: {Y[2]} has been actioned under our policies.

In addition, the channel {Y[3]} has been terminated for severe violations
of our spam, deceptive practices and scams policies.

We are still reviewing the remaining video under Korean law and will reply
separately.

Regards,
YouTube Legal Support

On Wed, Sep 18, 2024 at 10:05 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REMINDER_Y)}
""",
    outcome="applied",
    imitates="YouTube reply in the thread of our reminder (Gmail quoting), with the platform's 'actioned under our policies' phrase",
    why="video actioned (removed, configured phrase) and channel terminated (removed); the remaining video is only in the quote and in a promise",
    items={Y[2]: "removed", Y[3]: "removed", Y[1]: "pending"},
)

case(
    name="youtube-helpscout-age-restricted-channel-kept",
    from_="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 05:15:00 +0000",
    subject="Re: [7-3390000041827] KCSC-240910-07 (conversation #771204)",
    reply_to_req=req_id("KCSC-240910-07"),
    body=f"""
Hello,

An update on conversation #771204.

{Y[1]} has been age-restricted.

We also reviewed the channel {Y[3]}. We found no violation of our
Community Guidelines or of the Korean law cited in your request, so the
channel remains available.

Regards,
YouTube Legal Support

--
Reply to this email to continue the conversation.
""",
    outcome="applied",
    imitates="Help Scout-style conversation reply from a legal desk: one restriction, one refusal with its reason",
    why="video age-restricted (restricted); channel left up, no violation found (rejected)",
    items={Y[1]: "restricted", Y[3]: "rejected"},
)

case(
    name="youtube-employee-forwards-outcome",
    from_="s.kwon@google.com", name_from="Soyeon Kwon",
    date="Wed, 18 Sep 2024 06:45:00 +0000",
    subject="Fwd: Re: KCSC-240910-07",
    reply_to_req=req_id("KCSC-240910-07"),
    body=f"""
Hi KCSC team,

Forwarding the outcome below from our removals team, since it seems the
original reply did not reach you.

Soyeon

---------- Forwarded message ---------
From: Legal Removals <legal-removals@google.com>
Date: Mon, Sep 16, 2024 at 4:12 PM
Subject: Re: KCSC-240910-07
To: <takedown@kcsc.example>

Hello,

The video {Y[1]} has been age-restricted and
can no longer be viewed by signed-out users or users under 18.

Regards,
Legal Removals
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail forward by a platform employee of the legal team's earlier reply",
    why="the only statement is inside a forwarded message; a person should check it before it counts",
    items={Y[1]: "pending"},
)

case(
    name="youtube-conditional-counter-notice",
    from_="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 08:10:00 +0000",
    subject="Re: [7-3390000041827] KCSC-240910-07",
    reply_to_req=req_id("KCSC-240910-07"),
    body=f"""
Hello,

We have notified the uploader of {Y[1]} about your request.
If they do not remove the video themselves or send a valid response within
7 days, we will restrict it in South Korea.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal-support interim reply with a conditional outcome",
    why="a condition and a future action, no statement: the video stays pending",
    items={Y[1]: "pending"},
)

case(
    name="youtube-read-receipt",
    from_="legal-kr@google.com", name_from="YouTube Legal KR",
    date="Wed, 18 Sep 2024 02:20:00 +0000",
    subject="Read: Reminder: KCSC-240910-07 - items awaiting response",
    extra_headers=thread("KCSC-240910-07", "rem-240910-07-1.b260"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b260-mdn-y"

--b260-mdn-y
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: Reminder: KCSC-240910-07 - items awaiting response
  Sent: Wednesday, September 18, 2024 10:05:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 18, 2024 11:20:00 AM (UTC+09:00) Seoul.

--b260-mdn-y
Content-Type: message/disposition-notification

Reporting-UA: google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <rem-240910-07-1.b260@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b260-mdn-y--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) for our reminder",
    why="read receipt",
    items={},
)


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        # Non-ASCII display names and subjects go out RFC 2047-encoded, as
        # real mail clients and ticket systems send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode(linesep="\n")
        cases.append(c)
    corpuslib.write_set(HERE, "blind260", HEADER, cases)


if __name__ == "__main__":
    main()
