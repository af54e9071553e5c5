#!/usr/bin/env python3
"""Blind set 98: ticket systems and threads.

Zendesk/Freshdesk/Jira/ServiceNow-style receipts and results, follow-ups in
the same thread, replies to our reminders, partial answers and forwarded
mail. Every email is fictional and written for this set; the expected result
of each case was written from the email's meaning alone, before any run of
the reader.

    python3 tests/corpus/blind98/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402


def enc(s):
    """RFC 2047 encoded word for a non-ASCII header value."""
    return Header(s, "utf-8").encode()


# ---------------------------------------------------------------- items
T1 = "https://t.me/fict_lucky_slots/1184"
T2 = "https://t.me/fict_lucky_slots/1190"
T3 = "https://t.me/moonrise_pharma_fict"

X1 = "https://x.com/jinx_bettor_fict/status/1831104400187650561"
X2 = "https://x.com/jinx_bettor_fict/status/1831119873205248002"
X3 = "https://x.com/jinx_bettor_fict/status/1831290012876541953"
X4 = "https://x.com/seoul_odds_fict/status/1830877123409876994"
X5 = "https://x.com/seoul_odds_fict/status/1830901256701234565"
X6 = "https://x.com/seoul_odds_fict"
X7 = "https://x.com/casino_rain_fict/status/1831402230098761216"
X8 = "https://x.com/casino_rain_fict/status/1831455561234509877"
X9 = "https://x.com/toto_king_fict/status/1829987766554433208"
X10 = "https://x.com/toto_king_fict/status/1830012345678901249"
X11 = "https://x.com/toto_king_fict/status/1830098765432109870"
X12 = "https://x.com/baccarat_hana_fict/status/1831500011122233341"
X13 = "https://x.com/baccarat_hana_fict/status/1831533344455566672"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13]

Y1 = "https://www.youtube.com/watch?v=fIcT1a2b3C4"
Y2 = "https://www.youtube.com/watch?v=fIcT5d6e7F8"
Y3 = "https://www.youtube.com/@fict_pill_shop"
Y4 = "https://youtu.be/fIcT9g0h1I2"

N1 = "https://blog.naver.com/moonfict/223555001"
N2 = "https://blog.naver.com/moonfict/223555014"
N3 = "https://cafe.naver.com/%EB%8B%AC%EB%B9%9B%EC%9E%A5%ED%84%B0/5521"
N4 = "https://cafe.naver.com/%EB%8B%AC%EB%B9%9B%EC%9E%A5%ED%84%B0/5530"
N3_RAW = "https://cafe.naver.com/달빛장터/5521"
N4_RAW = "https://cafe.naver.com/달빛장터/5530"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471100234"

K1 = "https://cafe.daum.net/fictclub/Zx9q/118"
K2 = "https://brunch.co.kr/@fictwriter/52"

TT1 = "https://www.tiktok.com/@fict_dealer_kr/video/7410023456789012345"

D1 = "https://discord.gg/fictRaid77"
D2 = "https://discord.com/channels/1187730045512233001/1187730045512233017/1281442290016677890"
D3 = "https://discord.gg/fictMarket2"

# ref, platform, sent_at, due_at, urls, category, message_id local part, note
REQUESTS = [
    ("KCSC-240902-01", "telegram", "2024-09-02T01:30:00Z", "2024-09-09T14:59:59Z",
     [T1, T2, T3], "gambling_drugs", "kcsc.240902.01", "two channel posts and one channel"),
    ("KCSC-240903-02", "x", "2024-09-03T02:00:00Z", "2024-09-10T14:59:59Z",
     XS, "illegal_gambling", "kcsc.240903.02", "largest request: 12 posts and one account"),
    ("KCSC-240905-03", "youtube", "2024-09-05T00:40:00Z", "2024-09-12T14:59:59Z",
     [Y1, Y2, Y3, Y4], "drug_trade", "kcsc.240905.03", "videos and a channel"),
    ("KCSC-240909-04", "naver", "2024-09-09T05:10:00Z", "2024-09-16T14:59:59Z",
     [N1, N2, N3, N4, N5], "illegal_gambling", "kcsc.240909.04", "blog, cafe (Korean path) and KnowledgeiN"),
    ("KCSC-240910-05", "kakao", "2024-09-10T01:00:00Z", "2024-09-17T14:59:59Z",
     [K1, K2], "obscene", "kcsc.240910.05", "Daum cafe post and Brunch story"),
    ("KCSC-240911-06", "tiktok", "2024-09-11T06:20:00Z", "2024-09-18T14:59:59Z",
     [TT1], "drug_trade", "kcsc.240911.06", "one video"),
    ("KCSC-240912-07", "discord", "2024-09-12T02:15:00Z", "2024-09-19T14:59:59Z",
     [D1, D2, D3], "illegal_gambling", "kcsc.240912.07", "two invites and one message"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request(ref, team, urls, what="remove or block access to"):
    return (
        f"Dear {team},\n\n"
        f"The Korea Communications Standards Commission asks you to {what} the\n"
        f"content below, which violates Korean law. Our reference: {ref}.\n\n"
        + "\n".join(urls)
        + "\n\nPlease tell us, for each URL, what action you have taken.\n\n"
        "KCSC Takedown desk\n"
    )


def our_reminder(ref, sent, due, urls):
    return (
        f"Reminder: the items below of request {ref} (sent {sent}) were still\n"
        f"pending when the deadline of {due} passed.\n\n"
        + "\n".join(urls)
        + "\n\nPlease let us know what action has been taken.\n\nKCSC Takedown desk\n"
    )


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ Telegram
case(
    name="tg-ticket-receipt",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 02 Sep 2024 10:58:12 +0000",
    subject="Case #4410923 opened [KCSC-240902-01]",
    reply_to_req="kcsc.240902.01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thank you for writing to Telegram. Your message has been registered as
Case #4410923 and queued for the moderation team.

Please keep "Case #4410923" in the subject of any further message about
this matter so that it reaches the same case.

We will write to you again when a decision has been made.

This is an automatic confirmation.
Telegram Abuse Team
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Telegram abuse-desk automatic case receipt",
    why="pure receipt: a case number and a promise to write again, no item named",
    items={},
)

case(
    name="tg-case-resolved-mixed",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 14:20:41 +0000",
    subject="Re: Case #4410923 [KCSC-240902-01]",
    reply_to_req="kcsc.240902.01",
    body=f"""
Hello,

This is an update on Case #4410923 (your reference KCSC-240902-01).

Our moderators have looked at everything you reported and taken the
following action:

{T1} - the post has been deleted.
{T2} - the post has been deleted.
{T3} - we could not find any channel, group or bot with this username.

If you come across more material of this kind, please open a new report
rather than replying to this case.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk case update, one line per link",
    why="two posts deleted, the channel username not found",
    items={T1: "removed", T2: "removed", T3: "not_found"},
)

case(
    name="tg-reply-to-reminder-partial",
    **{"from": "abuse@telegram.org"},
    name_from="Ilya | Telegram Abuse",
    date="Wed, 11 Sep 2024 12:07:33 +0000",
    subject="Re: Reminder: KCSC-240902-01 overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240902-01.1@kcsc.example>",
                   "References: <kcsc.240902.01@kcsc.example> <reminder.KCSC-240902-01.1@kcsc.example>"],
    body=f"""
Hi,

Regarding your reminder: the post {T2} has been taken down.

The other two links from this case are still with the moderation team.
I will write again as soon as they have finished.

Regards,
Ilya
Telegram Abuse Team

On Wed, 11 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(our_reminder("KCSC-240902-01", "2 September 2024", "9 September 2024", [T1, T2, T3]))}
""",
    outcome="applied",
    imitates="abuse-desk agent's top-posted reply to a reminder, Gmail-style quote below",
    why="one post taken down; the other two only quoted from our reminder and said to be still in review",
    items={T2: "removed", T1: "pending", T3: "pending"},
)

case(
    name="tg-outlook-author-deleted",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 08:45:10 +0000",
    subject="RE: Case #4410923 [KCSC-240902-01]",
    reply_to_req="kcsc.240902.01",
    body=f"""
Dear KCSC team,

About the first link of your report in Case #4410923:
{T1}
This post was already deleted by the channel's own admins before our
moderators reached it, so there was nothing left for us to act on.

Kind regards,
Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 10:12 AM
To: abuse@telegram.org
Subject: RE: Case #4410923 [KCSC-240902-01]

Could you tell us what happened to the first link of our request? It is
not mentioned in your update.
{T1}

KCSC Takedown desk
""",
    outcome="applied",
    imitates="Outlook reply in an existing abuse case, answering our question below -----Original Message-----",
    why="the post was deleted by its author before review: not_found",
    items={T1: "not_found"},
)

case(
    name="tg-echo-bulk",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 17:02:55 +0000",
    subject="Case #4410923 - decision",
    reply_to_req="kcsc.240902.01",
    body=f"""
Case #4410923 - decision

YOUR REPORT
  Reference:  KCSC-240902-01
  Received:   2 September 2024
  Links:
    1. {T1}
    2. {T2}
    3. {T3}

DECISION
  The reported content has been blocked for violating the Telegram Terms
  of Service.

This case is now closed. To report something else, write to us again
with a new subject line.

Telegram Abuse Team
""",
    outcome="review",
    review="bulk",
    imitates="ticket-system decision notice that echoes the report and gives one decision for all of it",
    why="one statement for the whole report of three links, no link-level result: bulk",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="tg-forged-untrusted",
    **{"from": "abuse@telegram.org"},
    auth="fail",
    name_from="Telegram Abuse",
    date="Wed, 04 Sep 2024 03:11:09 +0000",
    subject="Case #4410923 closed [KCSC-240902-01]",
    body=f"""
Hello,

Case #4410923 is closed.

{T1} removed
{T2} removed

Telegram Abuse Team
""",
    outcome="review",
    review="untrusted",
    imitates="short case-closed notice, failing DKIM/SPF/DMARC for telegram.org",
    why="claims come from telegram.org but authentication failed",
    items={T1: "pending", T2: "pending"},
)

# ================================================================ X (largest request)
case(
    name="x-zendesk-receipt",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Tue, 03 Sep 2024 02:03:40 +0000",
    subject="Case# 0193847712: KCSC-240903-02 [ ref:_00Dfict1._500fict9:ref ]",
    reply_to_req="kcsc.240903.02",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
##- Please type your reply above this line -##

Hello,

Thanks for reaching out. We have received your report and assigned it
case number 0193847712. Our team reviews reports in the order they
arrive; we will contact you at this address once we have an update.

Please do not open a new case for the same report: reply to this email
instead so that your message is added to the case.

Thanks,
X Legal
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Salesforce/Zendesk-style automatic case receipt from a legal-requests desk",
    why="receipt with case number only, nothing about any post",
    items={},
)

case(
    name="x-numbered-update",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Fri, 06 Sep 2024 07:41:18 +0000",
    subject="Re: Case# 0193847712: KCSC-240903-02 [ ref:_00Dfict1._500fict9:ref ]",
    reply_to_req="kcsc.240903.02",
    body=f"""
##- Please type your reply above this line -##

Hello,

We have reviewed the first six items of your request KCSC-240903-02.
The outcome for each, in the order you sent them:

1. {X1} - withheld in South Korea
2. {X2} - withheld in South Korea
3. {X3} - removed for violating our policy on illegal or certain regulated goods and services
4. {X4} - withheld in South Korea
5. {X5} - no action: we did not find this post in violation of the X Rules or of local law
6. {X6} - account suspended

The remaining items are still being reviewed and we will follow up in
this case.

Withheld content stays available outside the country concerned. More
about country-withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal
""",
    outcome="applied",
    imitates="X legal-request update with a numbered per-URL outcome list",
    why="six items: three withheld in Korea, one removed, one kept up, one account suspended",
    items={X1: "restricted", X2: "restricted", X3: "removed", X4: "restricted",
           X5: "rejected", X6: "removed"},
)

_first_batch = f"""
1. {X1} - withheld in South Korea
2. {X2} - withheld in South Korea
3. {X3} - removed
4. {X4} - withheld in South Korea
5. {X5} - no action
6. {X6} - account suspended
"""

case(
    name="x-followup-second-batch",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Mon, 09 Sep 2024 09:15:02 +0000",
    subject="Re: Case# 0193847712: KCSC-240903-02 [ ref:_00Dfict1._500fict9:ref ]",
    reply_to_req="kcsc.240903.02",
    body=f"""
Hello again,

Following up on our message of 6 September in this case: our review of
the remaining posts from KCSC-240903-02 is now complete.

- {X7}: removed
- {X8}: removed
- {X9}: withheld in South Korea
- {X10}: this link does not lead to any existing post
- {X11}: withheld in South Korea
- {X12}: removed
- {X13}: no violation found, the post remains available

This completes our handling of your request.

X Legal

On Fri, Sep 6, 2024 at 4:41 PM X Legal <legal@x.com> wrote:
{quote(_first_batch)}
""",
    outcome="applied",
    imitates="second reply in the same legal-request thread, earlier reply quoted with '>'",
    why="seven new outcomes; the six earlier ones are only quoted and change nothing on a fresh ledger",
    items={X7: "removed", X8: "removed", X9: "restricted", X10: "not_found",
           X11: "restricted", X12: "removed", X13: "rejected",
           X1: "pending", X2: "pending", X3: "pending", X4: "pending", X5: "pending",
           X6: "pending"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Sun, 08 Sep 2024 11:30:00 +0000",
    subject="Re: Case# 0193847712: KCSC-240903-02",
    reply_to_req="kcsc.240903.02",
    body="""
Hello,

Regarding your request KCSC-240903-02: after review, all of the posts
and the account you reported have been withheld in South Korea in
accordance with local law.

This case is now closed. If you reply, it will be reopened.

Thanks,
X Legal
""",
    outcome="review",
    review="bulk",
    imitates="case-closed reply with a single outcome for the whole request",
    why="one sentence for thirteen items, none named: bulk",
    items={u: "pending" for u in XS},
)

_csv = (
    "post_url,decision,country,decided_on\n"
    f"{X1},Withheld,KR,2024-09-07\n"
    f"{X2},Withheld,KR,2024-09-07\n"
    f"{X4},Withheld,KR,2024-09-07\n"
    f"{X12},Removed,GLOBAL,2024-09-07\n"
    f"{X13},No violation,,2024-09-07\n"
)
case(
    name="x-csv-attachment",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Sat, 07 Sep 2024 06:12:44 +0000",
    subject="Case# 0193847712: results attached",
    reply_to_req="kcsc.240903.02",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_b98_csv_01"

--=_b98_csv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the decisions taken so far on case 0193847712
(your reference KCSC-240903-02), one row per reported post.

Thanks,
X Legal

--=_b98_csv_01
Content-Type: text/csv; charset=utf-8; name="0193847712_decisions.csv"
Content-Disposition: attachment; filename="0193847712_decisions.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(_csv.encode()).decode().strip()}
--=_b98_csv_01--
""",
    outcome="applied",
    imitates="legal-request desk sending its decisions as a CSV export attached to the ticket",
    why="CSV rows: three withheld in KR, one removed, one no violation",
    items={X1: "restricted", X2: "restricted", X4: "restricted", X12: "removed",
           X13: "rejected"},
)

case(
    name="x-promise-will-withhold",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Thu, 05 Sep 2024 22:04:19 +0000",
    subject="Re: Case# 0193847712: KCSC-240903-02",
    reply_to_req="kcsc.240903.02",
    body=f"""
Hello,

We have decided to withhold the posts below in South Korea. The
withholding will take effect within the next 24 hours:

{X9}
{X10}
{X11}

We will confirm once this is done.

X Legal
""",
    outcome="review",
    review="not_understood",
    imitates="legal desk announcing a decision that will take effect later",
    why="'will take effect within 24 hours' is a promise, not a statement that the posts are withheld",
    items={X9: "pending", X10: "pending", X11: "pending"},
)

_reminder_x = our_reminder("KCSC-240903-02", "3 September 2024", "10 September 2024", [X12, X13])
case(
    name="x-still-reviewing-named",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Wed, 11 Sep 2024 03:27:51 +0000",
    subject="Re: Reminder: KCSC-240903-02 overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-02.1@kcsc.example>",
                   "References: <kcsc.240903.02@kcsc.example> <reminder.KCSC-240903-02.1@kcsc.example>"],
    body=f"""
Thanks for the reminder.

{X12} and
{X13} are still under review by our team. We expect to reach a
decision by the end of this week.

X Legal

On Wed, Sep 11, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(_reminder_x)}
""",
    outcome="review",
    review="not_understood",
    imitates="reply to our reminder saying the named posts are still under review",
    why="names two posts but only says they are under review: nothing to record",
    items={X12: "pending", X13: "pending"},
)

case(
    name="x-account-suspended",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Thu, 05 Sep 2024 05:55:03 +0000",
    subject="Re: Case# 0193847712: KCSC-240903-02",
    reply_to_req="kcsc.240903.02",
    body=f"""
Hello,

Thank you for your report. We have permanently suspended the account
@seoul_odds_fict ({X6}) for repeated violations of the X Rules.

We are still reviewing the other items in your request.

X Legal
""",
    outcome="applied",
    imitates="X notice that a reported account was suspended",
    why="account suspended: removed; nothing said about the other items",
    items={X6: "removed"},
)

case(
    name="x-servicenow-resolved",
    **{"from": "legalrequests-noreply@x.com"},
    name_from="X Legal Requests",
    date="Tue, 10 Sep 2024 13:40:27 +0000",
    subject="Incident LR0048812 has been resolved",
    reply_to_req="kcsc.240903.02",
    body=f"""
Incident LR0048812 has been resolved.

Short description: KCSC-240903-02 - removal request, Republic of Korea
State: Resolved
Resolution code: Completed

Resolution notes:
{X12} was removed for violating the X Rules.
{X13} was reviewed and does not violate the X Rules or Korean law; no
action was taken.

If you believe this incident has not been resolved, reply to this email
within 7 days to reopen it.

View the incident: https://legalrequests.x.com/nav_to.do?uri=incident.do?sys_id=LR0048812

Ref:MSG0091234
""",
    outcome="applied",
    imitates="ServiceNow-style 'incident resolved' notification with resolution notes",
    why="resolution notes: one post removed, one kept up with its reason",
    items={X12: "removed", X13: "rejected"},
)

case(
    name="x-html-table",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Sat, 07 Sep 2024 10:18:36 +0000",
    subject="Case# 0193847712: outcome",
    reply_to_req="kcsc.240903.02",
    type="html",
    body=f"""
<!DOCTYPE html>
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please see below the action taken on the posts from your request
KCSC-240903-02 that we have finished reviewing.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{X1}">{X1}</a></td><td>Withheld</td><td>KR</td></tr>
<tr><td><a href="{X2}">{X2}</a></td><td>Withheld</td><td>KR</td></tr>
<tr><td><a href="{X3}">{X3}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X5}">{X5}</a></td><td>No action (no violation)</td><td>-</td></tr>
</table>
<p>Thanks,<br>X Legal</p>
<p style="color:#888;font-size:11px">X Corp. &middot; <a href="https://help.x.com/en/forms/legal">Legal request forms</a></p>
</body></html>
""",
    outcome="applied",
    imitates="HTML ticket reply with an outcome table (URL, action, scope)",
    why="table: two withheld in KR, one removed globally, one no violation",
    items={X1: "restricted", X2: "restricted", X3: "removed", X5: "rejected"},
)

case(
    name="x-outlook-top-posted",
    **{"from": "dana.ortiz@x.com"},
    name_from="Dana Ortiz",
    date="Mon, 09 Sep 2024 18:02:11 -0700",
    subject="RE: [KCSC-240903-02] Removal request - 13 items",
    reply_to_req="kcsc.240903.02",
    body=f"""
Hi,

The following posts were removed today:
{X7}
{X8}

We could not find the following post; it does not exist or has been
deleted by its author:
{X9}

Best,
Dana
X Legal Operations

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:00 AM
To: legal@x.com
Subject: [KCSC-240903-02] Removal request - 13 items

{our_request("KCSC-240903-02", "X legal team", XS)}
""",
    outcome="applied",
    imitates="Outlook top-posted reply by a legal-operations employee over our unquoted original request",
    why="statement lines above the URLs: two removed, one not found; our own request below states nothing",
    items={X7: "removed", X8: "removed", X9: "not_found"},
)

case(
    name="x-reminder-ack-with-result",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Wed, 11 Sep 2024 08:33:09 +0000",
    subject="Re: Reminder: KCSC-240903-02 overdue [ ref:_00Dfict1._500fict9:ref ]",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-02.1@kcsc.example>",
                   "References: <kcsc.240903.02@kcsc.example> <reminder.KCSC-240903-02.1@kcsc.example>"],
    body=f"""
##- Please type your reply above this line -##

Hello,

Thank you for your reminder about KCSC-240903-02. We have received it
and added it to case 0193847712.

Update: the posts <{X10}> and
<{X11}> have been withheld in South Korea.

Thanks,
X Legal
""",
    outcome="applied",
    imitates="ticket reply acknowledging a reminder and giving a result in the same message",
    why="acknowledgement phrase plus an unhedged statement: two posts withheld in Korea",
    items={X10: "restricted", X11: "restricted"},
)

case(
    name="x-kcsc-staff-forward",
    **{"from": "jiwon.park@kcsc.example"},
    name_from="Park Jiwon",
    date="Mon, 09 Sep 2024 16:20:45 +0900",
    subject="Fwd: Case# 0193847712 update",
    body=f"""
FYI - X sent this to my own address instead of the desk.

Jiwon

---------- Forwarded message ---------
From: X Legal <legal@x.com>
Date: Mon, Sep 9, 2024 at 3:05 PM
Subject: Case# 0193847712 update
To: <jiwon.park@kcsc.example>


Hello,

{X4} and {X5} have been withheld in South Korea.

Thanks,
X Legal
""",
    outcome="review",
    review="forwarded",
    imitates="a colleague forwarding a platform reply into the desk mailbox (Gmail forward)",
    why="the statements are X's, but they reach us forwarded by a person whose mail proves nothing about X",
    items={X4: "pending", X5: "pending"},
)

case(
    name="x-contractor-gmail",
    **{"from": "xlegal.ops.kr@gmail.com"},
    name_from="X Legal Ops KR",
    date="Sun, 08 Sep 2024 02:10:00 +0000",
    subject="KCSC-240903-02 done",
    body=f"""
Hello KCSC,

I handle Korean legal requests for X as a contractor. The two posts
below from your request KCSC-240903-02 have been removed:

{X7}
{X8}

Best regards,
Minho
""",
    outcome="review",
    review="unknown_sender",
    imitates="someone claiming to work for the platform writing from a free-mail address",
    why="gmail.com is no platform's domain: the claims cannot be trusted",
    items={X7: "pending", X8: "pending"},
)

case(
    name="google-wrong-platform",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 04:50:12 +0000",
    subject="Re: [KCSC-240903-02] Removal request - 13 items",
    reply_to_req="kcsc.240903.02",
    body=f"""
Hello,

Following up on your request, the URLs below have been removed:

{X1}
{X2}

Regards,
Google Legal Support
""",
    outcome="review",
    review="wrong_platform",
    imitates="a legal-support agent answering in the wrong ticket, with another service's URLs",
    why="google.com stating statuses for X posts: wrong platform",
    items={X1: "pending", X2: "pending"},
)

# ================================================================ YouTube
case(
    name="yt-jira-transition",
    **{"from": "lr-jira-noreply@google.com"},
    name_from="Min-seo Yoon (Jira)",
    date="Fri, 06 Sep 2024 05:12:48 +0000",
    subject="[JIRA] (LRKR-8812) KCSC-240905-03: removal request from KCSC",
    extra_headers=["Auto-Submitted: auto-generated", "X-JIRA-FingerPrint: 3f9b2cfict"],
    body=f"""
Min-seo Yoon updated LRKR-8812
------------------------------

Change By: Min-seo Yoon
Status:      In Progress -> Done
Resolution:  Actioned

Comment:
Hello KCSC,

{Y1} has been removed for violating YouTube's policy on the sale of
illegal or regulated goods.

{Y2} has been age-restricted. It stays available to signed-in viewers
over 18.

------------------------------
This message was sent by Atlassian Jira (v9.12.2#912002-sha1:fict01)
""",
    outcome="applied",
    imitates="Jira Service Management notification of a status transition with the agent's public comment",
    why="one video removed, one age-restricted; auto-generated header but carries the agent's statement",
    items={Y1: "removed", Y2: "restricted"},
)

_yt_qp = f"""Hello,

Thank you for your notice KCSC-240905-03. We have taken the following action:

The channel {Y3} has been terminated for repeated violations of our Community Guidelines.

The video {Y4} has been blocked from view in South Korea under local law. It remains available in other countries.

Sincerely,
The YouTube Legal Support Team
"""
case(
    name="yt-quoted-printable",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 01:05:59 +0000",
    subject="Re: [KCSC-240905-03] Removal request",
    reply_to_req="kcsc.240905.03",
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + quopri.encodestring(_yt_qp.encode("utf-8")).decode("ascii"),
    outcome="applied",
    imitates="YouTube legal-support reply in quoted-printable with soft line breaks",
    why="channel terminated; video blocked in South Korea",
    items={Y3: "removed", Y4: "restricted"},
)

case(
    name="yt-actioned-phrase",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Sun, 08 Sep 2024 06:30:20 +0000",
    subject="Re: [KCSC-240905-03] Removal request [ref:_00Dyt1._500yt77:ref]",
    reply_to_req="kcsc.240905.03",
    body=f"""
Hello,

Thanks for your patience. The content at
{Y2}
has been actioned under our policies.

Sincerely,
The YouTube Legal Support Team

[ref:_00Dyt1._500yt77:ref]
""",
    outcome="applied",
    imitates="YouTube legal-support one-line result using its 'actioned' wording",
    why="'has been actioned under our policies' is a configured removed phrase",
    items={Y2: "removed"},
)

case(
    name="yt-freshdesk-angle",
    **{"from": "support@youtube.com"},
    name_from="YouTube Support",
    date="Mon, 09 Sep 2024 02:44:03 +0000",
    subject="[Ticket #YT-553201] Update on your request KCSC-240905-03",
    reply_to_req="kcsc.240905.03",
    body=f"""
Ticket #YT-553201 has been updated.

Agent reply (Joon, YouTube Support):

Hi there,

Here is where things stand for the links in your request:

  * <{Y1}> - removed (Community Guidelines)
  * <{Y3}> - reviewed; we found no policy violation, so the channel stays up
  * <{Y4}> - we couldn't find this video; the link is invalid

You can view the ticket at https://support.youtube.com/helpdesk/tickets/553201

--
Status: Resolved
Priority: Medium
""",
    outcome="applied",
    imitates="Freshdesk-style 'ticket updated' email with the agent reply and URLs in angle brackets",
    why="three links: removed, kept up with a reason, not found",
    items={Y1: "removed", Y3: "rejected", Y4: "not_found"},
)

case(
    name="yt-hedge",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 09:09:09 +0000",
    subject="Re: [KCSC-240905-03] Removal request",
    reply_to_req="kcsc.240905.03",
    body=f"""
Hello,

It looks like {Y1} may already have been taken
down by the uploader, and {Y2} appears to be
set to private at the moment.

We will confirm the status of both once our review is finished.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="review",
    review="not_understood",
    imitates="legal-support interim reply with hedged observations",
    why="'may already have been', 'appears to be' are hedges; a confirmation is promised",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="yt-ooo",
    **{"from": "seoyeon.han@google.com"},
    name_from="Seo-yeon Han",
    date="Thu, 05 Sep 2024 00:41:30 +0000",
    subject="Automatic reply: [KCSC-240905-03] Removal request",
    reply_to_req="kcsc.240905.03",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent removal requests please write to
legal-kr@google.com.

Seo-yeon Han
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook/Gmail out-of-office automatic reply",
    why="out-of-office reply",
    items={},
)

# ================================================================ NAVER
case(
    name="naver-receipt",
    **{"from": "no-reply@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Mon, 09 Sep 2024 14:15:02 +0900",
    subject=enc("[네이버] 게시중단 요청이 접수되었습니다 (접수번호 2024090911873)"),
    reply_to_req="kcsc.240909.04",
    body="""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 보내주신 요청(KCSC-240909-04)이 정상적으로
접수되었습니다. 접수번호는 2024090911873입니다.

담당 부서에서 검토한 뒤 처리 결과를 메일로 안내해 드리겠습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER customer-centre automatic receipt (접수 완료)",
    why="receipt with a case number, no result",
    items={},
)

_naver_table = f"""
<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240909-04)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>게시중단</td><td></td></tr>
<tr><td>2</td><td>{N2}</td><td>삭제</td><td></td></tr>
<tr><td>3</td><td>{N3_RAW}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>4</td><td>{N4_RAW}</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>5</td><td>{N5.replace("&", "&amp;")}</td><td>비공개 처리</td><td></td></tr>
</table>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="naver-result-html-table",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Thu, 12 Sep 2024 11:02:47 +0900",
    subject=enc("[회신] 시정요구 조치결과 통보 (KCSC-240909-04)"),
    reply_to_req="kcsc.240909.04",
    type="html",
    body=_naver_table,
    outcome="applied",
    imitates="Korean 시정요구 조치결과 table sent back by a portal",
    why="five rows: 게시중단, 삭제, 임시조치, 게시물 없음(작성자 삭제), 비공개 처리",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "removed"},
)

case(
    name="naver-korean-particles",
    **{"from": "takedown@navercorp.com"},
    name_from=enc("네이버 게시중단 담당"),
    date="Wed, 11 Sep 2024 16:40:00 +0900",
    subject=enc("RE: [KCSC-240909-04] 게시물 삭제 요청"),
    reply_to_req="kcsc.240909.04",
    body=f"""
안녕하세요. 네이버 게시중단 담당자입니다.
요청번호 KCSC-240909-04 관련하여 아래와 같이 처리하였음을 알려드립니다.

{N2} 게시물은 블라인드 처리되었습니다.
{N3_RAW}은 정보통신망법에 따라 30일간 임시조치(접근 제한)되었습니다.

나머지 게시물은 확인 중이며, 처리가 끝나는 대로 다시 연락드리겠습니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER takedown desk reply in Korean, a particle glued to a raw Korean-path URL",
    why="blog post 블라인드 (removed); cafe post 임시조치 (restricted); the rest still in review",
    items={N2: "removed", N3: "restricted"},
)

_naver_b64 = f"""안녕하세요. 네이버 고객센터입니다.

KCSC-240909-04 요청 건 중 아래 게시물의 처리 결과를 안내드립니다.

{N5}
위 지식iN 게시물은 운영정책 위반으로 삭제되었습니다.

{N1}
위 블로그 게시물은 게시중단 되었습니다.

감사합니다.
"""
case(
    name="naver-base64",
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    date="Tue, 10 Sep 2024 10:21:15 +0900",
    subject=enc("[네이버] 문의하신 내용에 대한 답변입니다"),
    reply_to_req="kcsc.240909.04",
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
    + base64.encodebytes(_naver_b64.encode("utf-8")).decode("ascii"),
    outcome="applied",
    imitates="NAVER customer-centre answer, base64 body, statement on the line below each URL",
    why="KnowledgeiN post deleted; blog post 게시중단",
    items={N5: "removed", N1: "removed"},
)

case(
    name="naver-rejected-gmail-quote",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Fri, 13 Sep 2024 09:30:12 +0900",
    subject=enc("Re: [KCSC-240909-04] 게시물 삭제 요청"),
    reply_to_req="kcsc.240909.04",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 {N4_RAW} 에 대해 검토한 결과,
관련 법령 및 네이버 운영정책에 위반되는 내용이 확인되지 않아 게시중단
요청을 반려하게 되었음을 알려드립니다. 해당 게시물은 계속 게시됩니다.

이견이 있으시면 본 메일에 회신해 주시기 바랍니다.

2024년 9월 9일 (월) 오후 2:10, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote(our_request("KCSC-240909-04", "NAVER team", [N1, N2, N3, N4, N5]))}
""",
    outcome="applied",
    imitates="Korean refusal (반려) with its reason, Gmail Korean quote header over our request",
    why="no violation found, request refused, post stays up: rejected; quoted request changes nothing",
    items={N4: "rejected"},
)

case(
    name="naver-promise",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Tue, 10 Sep 2024 15:05:40 +0900",
    subject=enc("Re: [KCSC-240909-04] 게시물 삭제 요청"),
    reply_to_req="kcsc.240909.04",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

아래 블로그 게시물 2건에 대해서는 내부 검토 후 조치할 예정입니다.
검토에는 영업일 기준 3~5일이 소요될 수 있습니다.

- {N1}
- {N2}

양해 부탁드립니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Korean interim reply: 검토 후 조치 예정",
    why="'조치할 예정' is a promise; the two posts stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="naver-forwarded-internal",
    **{"from": "haneul.kim@navercorp.com"},
    name_from=enc("김하늘"),
    date="Thu, 12 Sep 2024 13:48:09 +0900",
    subject=enc("FW: [처리완료] 시정요구 KCSC-240909-04 카페 게시물"),
    reply_to_req="kcsc.240909.04",
    body=f"""
안녕하세요, 네이버 정책지원팀 김하늘입니다.
KCSC-240909-04 건에 대한 카페운영팀의 처리 결과를 아래와 같이 전달드립니다.

---------- Forwarded message ---------
보낸사람: 카페운영팀 <cafe-ops@navercorp.com>
Date: 2024년 9월 12일 (목) 오전 10:21
Subject: [처리완료] 시정요구 KCSC-240909-04 카페 게시물
To: 정책지원팀 <policy@navercorp.com>

{N3_RAW} - 게시중단 완료
{N4_RAW} - 게시중단 완료
""",
    outcome="applied",
    imitates="portal employee forwarding her own operations team's internal result to the regulator",
    why="authenticated navercorp.com sender passes on NAVER's own result: both cafe posts 게시중단",
    items={N3: "removed", N4: "removed"},
)

# ================================================================ Kakao
case(
    name="kakao-result",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Fri, 13 Sep 2024 17:25:33 +0900",
    subject=enc("[카카오] 문의하신 내용에 대한 답변입니다 (문의번호 #88231)"),
    reply_to_req="kcsc.240910.05",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240910-05)에 대해 아래와 같이
조치하였습니다.

■ 다음카페 게시물
  {K1}
  → 게시물 삭제

■ 브런치스토리 글
  {K2}
  → 국내 접속 차단

추가 문의는 본 메일에 회신하시면 같은 문의번호로 접수됩니다.

감사합니다.
카카오 고객센터
""",
    outcome="applied",
    imitates="Kakao customer-centre ticket answer with the action on the line below each URL",
    why="Daum cafe post deleted; Brunch story blocked in Korea",
    items={K1: "removed", K2: "restricted"},
)

case(
    name="kakao-zendesk-hosted",
    **{"from": "support@kakaohelp.zendesk.com"},
    name_from=enc("Kakao 고객센터"),
    date="Thu, 12 Sep 2024 11:11:11 +0900",
    subject=enc("[요청 #88231] 게시물 처리 결과"),
    reply_to_req="kcsc.240910.05",
    body=f"""
##- 이 줄 위에 답장을 작성해 주세요 -##

요청 #88231 (KCSC-240910-05)

안녕하세요.
{K1} 게시물은 삭제되었습니다.

이 이메일은 Zendesk에서 발송되었습니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="helpdesk hosted on a third-party Zendesk subdomain, not the platform's domain",
    why="kakaohelp.zendesk.com is not a configured Kakao sender domain",
    items={K1: "pending"},
)

# ================================================================ TikTok
case(
    name="tiktok-sole-statement",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Trust & Safety",
    date="Fri, 13 Sep 2024 02:30:00 +0000",
    subject="Re: [KCSC-240911-06] Removal request",
    reply_to_req="kcsc.240911.06",
    body="""
Hello,

Thank you for your report. After review, we have removed the video you
reported for violating our Community Guidelines on illegal activities
and regulated goods.

Reference: KCSC-240911-06
Ticket ID: TT-KR-20240911-4471

TikTok Trust & Safety
""",
    outcome="applied",
    imitates="TikTok report outcome notice naming no URL",
    why="one-item request, unhedged 'we have removed the video you reported'",
    items={TT1: "removed"},
)

case(
    name="tiktok-dsa-sor",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Trust & Safety",
    date="Sat, 14 Sep 2024 04:00:45 +0000",
    subject="Statement of reasons - decision 7c1e9a-fict (KCSC-240911-06)",
    reply_to_req="kcsc.240911.06",
    body=f"""
Statement of reasons

Decision ID: 7c1e9a-fict
Content: {TT1}
Notice: KCSC-240911-06, received 11 September 2024

Decision: visibility restricted - the content is not available in the
Republic of Korea.
Ground: the content is illegal under the law of the Republic of Korea.
Territorial scope: Republic of Korea.
Automated detection: no. Automated decision: no.

Redress: the uploader may appeal this decision in the app.
""",
    outcome="applied",
    imitates="DSA-style statement of reasons for a geo-restriction",
    why="content restricted in Korea only",
    items={TT1: "restricted"},
)

case(
    name="tiktok-mdn",
    **{"from": "hyejin.cho@tiktok.com"},
    name_from="Hyejin Cho",
    date="Wed, 11 Sep 2024 16:02:30 +0900",
    subject="Read: [KCSC-240911-06] Removal request",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="=_b98_mdn_01"

--=_b98_mdn_01
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@tiktok.com
  Subject: [KCSC-240911-06] Removal request
  Sent: Wednesday, September 11, 2024 3:20 PM (UTC+09:00)

was read on Wednesday, September 11, 2024 4:02 PM (UTC+09:00).

--=_b98_mdn_01
Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com; Microsoft Exchange Server
Final-Recipient: rfc822;hyejin.cho@tiktok.com
Original-Message-ID: <kcsc.240911.06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_b98_mdn_01--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="read receipt",
    items={},
)

# ================================================================ Discord
case(
    name="discord-receipt",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 02:16:20 +0000",
    subject="[Discord] Your request (#2231450) has been received",
    reply_to_req="kcsc.240912.07",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Hi there,

Your request (#2231450) has been received and is being reviewed by our
Trust & Safety team.

To add comments, reply to this email.

Discord Trust & Safety
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk 'your request has been received' automatic notification",
    why="receipt only",
    items={},
)

case(
    name="discord-solved",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 16:12:07 +0000",
    subject="[Discord] Re: KCSC-240912-07 removal request (#2231450)",
    reply_to_req="kcsc.240912.07",
    body=f"""
##- Please type your reply above this line -##

Your request (#2231450) has been solved. To reopen it, reply to this email.

Sam (Discord Trust & Safety)
Sep 14, 2024, 09:12 PDT

Hello, thanks for your patience. We investigated the content you
reported and took action:

- Server behind the invite discord.gg/fictRaid77: the server has been
  removed from Discord.
- Message {D2}:
  the message was deleted and the account was actioned.
- Invite {D3}: this invite is invalid or has expired, so we
  were unable to identify any server behind it.

Sam
Discord Trust & Safety

KCSC Takedown
Sep 11, 2024, 19:15 PDT

{our_request("KCSC-240912-07", "Discord Trust & Safety team", [D1, D2, D3])}
--------------------------------
This email is a service from Discord Trust & Safety.
""",
    outcome="applied",
    imitates="Zendesk 'request solved' email with the conversation history (our own request shown unquoted)",
    why="server removed (invite written without scheme), message deleted, invite invalid: not found",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="discord-asks-more",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 20:44:50 +0000",
    subject="[Discord] Re: KCSC-240912-07 removal request (#2231450)",
    reply_to_req="kcsc.240912.07",
    body=f"""
##- Please type your reply above this line -##

Alex (Discord Trust & Safety)
Sep 13, 2024, 13:44 PDT

Hello,

To investigate {D1} and {D3} we need message links
or screenshots showing the content you consider illegal. An invite link
on its own does not tell us which content in the server is concerned.

To copy a message link, right-click the message and choose "Copy Message
Link". Please reply to this email with the links.

Alex
Discord Trust & Safety
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Zendesk agent reply asking for message links before acting",
    why="asks us for more information about two invites; no outcome",
    items={D1: "pending", D3: "pending"},
)

case(
    name="discord-partial-wrapped",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Sun, 15 Sep 2024 03:05:12 +0000",
    subject="[Discord] Re: KCSC-240912-07 removal request (#2231450)",
    reply_to_req="kcsc.240912.07",
    body=f"""
##- Please type your reply above this line -##

Alex (Discord Trust & Safety)
Sep 14, 2024, 20:05 PDT

Hello again,

We deleted the message at https://discord.com/channels/1187730045512233001/
1187730045512233017/1281442290016677890 and warned the account that
posted it.

For the two invite links we still need message links from you, as
explained in my previous reply.

Alex
Discord Trust & Safety
""",
    outcome="applied",
    imitates="Zendesk agent follow-up with a partial answer; the long message URL hard-wrapped at a slash",
    why="the message was deleted; the invites are still waiting for our information",
    items={D2: "removed"},
)

# ================================================================ bounce
case(
    name="dsn-reminder-bounce",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"},
    auth="none",
    name_from="Mail Delivery System",
    date="Tue, 17 Sep 2024 09:00:14 +0900 (KST)",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
	boundary="=_b98_dsn_01"

--=_b98_dsn_01
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy@navercorp.com>: host mx1.navercorp.com[203.0.113.25] said: 550 5.1.1
    <policy@navercorp.com>: Recipient address rejected: mailbox full
    (in reply to RCPT TO command)

--=_b98_dsn_01
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
X-Postfix-Queue-ID: 4WxYz1fict
Arrival-Date: Tue, 17 Sep 2024 09:00:11 +0900 (KST)

Final-Recipient: rfc822; policy@navercorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.navercorp.com
Diagnostic-Code: smtp; 550 5.1.1 <policy@navercorp.com>: Recipient address
    rejected: mailbox full

--=_b98_dsn_01
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy@navercorp.com
Subject: Reminder: KCSC-240909-04 overdue
Date: Tue, 17 Sep 2024 09:00:10 +0900
Message-ID: <reminder.KCSC-240909-04.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

{our_reminder("KCSC-240909-04", "9 September 2024", "16 September 2024", [N1, N2, N4, N5])}
--=_b98_dsn_01--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification returning our reminder",
    why="bounce of our own reminder; the URLs are only in the returned message",
    items={},
)


HEADER = """# Blind set 98 (tests/corpus/blind98/): ticket systems and threads.
# Written by tests/corpus/blind98/make.py; expected results written from each
# email's meaning before any run of the reader. Each case alone, fresh ledger.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind98", HEADER, CASES)


if __name__ == "__main__":
    main()
