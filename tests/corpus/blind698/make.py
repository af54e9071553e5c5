#!/usr/bin/env python3
"""Blind set blind698: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, from Telegram, X, YouTube, NAVER, Kakao and
Discord. Every email is fictional and written in our own sentences; the
expected results were written from each email's meaning before any run of
the reader.

    python3 tests/corpus/blind698/make.py

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

T = [
    "https://t.me/lucky_spin_room/1184",
    "https://t.me/lucky_spin_room/1190",
    "https://t.me/lucky_spin_room/1203",
    "https://t.me/jackpot_signals_kr/52",
    "https://t.me/jackpot_signals_kr/57",
    "https://t.me/jackpot_signals_kr/61",
    "https://t.me/night_odds_club/9",
    "https://t.me/night_odds_club/14",
    "https://t.me/toto_vault/330",
    "https://t.me/toto_vault/331",
    "https://t.me/bet_mirror_77/2048",
    "https://t.me/bet_mirror_77",
]
X = [
    "https://x.com/pill_courier_kr/status/1831002233445566778",
    "https://x.com/pill_courier_kr/status/1831004455667788990",
    "https://x.com/quickmeds_seoul/status/1830998877665544332",
    "https://x.com/quickmeds_seoul",
]
X7 = "https://x.com/lotto_whisper/status/1833100000000000042"
Y = [
    "https://www.youtube.com/watch?v=Qm4rT7xPz2A",
    "https://www.youtube.com/watch?v=bN8kL1vWc9E",
    "https://www.youtube.com/@fakecoin_live_tv",
]
N = [
    "https://blog.naver.com/moonlit_shop77/223561234567",
    "https://blog.naver.com/moonlit_shop77/223561239999",
    "https://cafe.naver.com/greenleafclub/88412",
    "https://cafe.naver.com/greenleafclub/88420",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471234567",
]
K_RAW = "https://sunset-deal.tistory.com/entry/대마-직구매"
K = [
    "https://sunset-deal.tistory.com/entry/" + quote("대마-직구매"),
    "https://cafe.daum.net/greenpill77/Xk3a/125",
]
D0 = "https://discord.com/invite/nightmkt88"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "telegram", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", T,
     "gambling", "largest request: eleven channel posts and one channel"),
    ("KCSC-240904-02", "x", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", X,
     "drugs", "three posts and one account"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00", Y,
     "fraud", "two videos and one channel"),
    ("KCSC-240906-04", "naver", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", N,
     "drugs", "blog, cafe and Knowledge iN posts"),
    ("KCSC-240909-05", "kakao", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", K,
     "drugs", "Tistory post with a Korean path and a Daum cafe post"),
    ("KCSC-240910-06", "discord", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", [D0],
     "drugs", "one server invite"),
    ("KCSC-240911-07", "x", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", [X7],
     "gambling", "one post"),
]


def msgid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def quoted(lines):
    return "\n".join("> " + l if l else ">" for l in lines)


TG = "abuse@telegram.org"
TG_NAME = "Telegram Abuse Team"
REQ1_QUOTE = [
    "Dear Telegram Abuse Team,",
    "",
    "The Korea Communications Standards Commission asks you to remove the",
    "following content, which advertises illegal online gambling in Korea",
    "(our reference KCSC-240903-01):",
    "",
] + T + ["", "Kind regards,", "KCSC Takedown Desk"]

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ Telegram

case(
    name="tg-zendesk-receipt",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Tue, 03 Sep 2024 01:07:33 +0000",
    subject="[Case #4471823] Re: KCSC-240903-01 Request to remove illegal gambling content",
    reply_to_req=msgid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body="""
##- Please type your reply above this line -##

Hello,

This is an automatic confirmation that we have your message. It has been
logged as Case #4471823 and passed to the team that handles reports of
illegal content.

There is no need to send the report again. If you write to us about it,
please keep "Case #4471823" in the subject line so that your message is
added to the same case.

Telegram Support

This email is a service from Telegram Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk auto-reply trigger: 'request received, ticket #N created'",
    why="pure receipt: a case number and no statement about any item",
    items={},
)

case(
    name="tg-zendesk-solved-mixed",
    **{"from": TG}, name_from=TG_NAME,
    date="Thu, 05 Sep 2024 07:40:12 +0000",
    subject="[Case #4471823] Solved: KCSC-240903-01 Request to remove illegal gambling content",
    reply_to_req=msgid("KCSC-240903-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
##- Please type your reply above this line -##

Your request (Case #4471823) has been solved. To reopen it, reply to this
email.

Abuse Team (Telegram)
Sep 5, 2024, 07:40 UTC

Hello,

We have gone through the first part of the links in your request
KCSC-240903-01. Results:

- {T[0]} - removed
- {T[1]} - removed
- {T[2]} - this message no longer exists; the channel admin deleted it
  before we reached it.
- {T[3]} - we found no breach of the Telegram Terms of Service, so no
  action was taken.

We will write separately about the other links on your list.

Abuse Team

--------------------------------
This email is a service from Telegram. Terms of Service:
https://telegram.org/tos
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification with the agent's public comment",
    why="four links each with an unhedged outcome; the rest of the list is left for later",
    items={T[0]: "removed", T[1]: "removed", T[2]: "not_found", T[3]: "rejected"},
)

case(
    name="tg-followup-top-posted-gmail",
    **{"from": "mira.v@telegram.org"}, name_from="Mira V. (Telegram Abuse)",
    date="Fri, 06 Sep 2024 03:15:48 +0000",
    subject="Re: KCSC-240903-01 Request to remove illegal gambling content",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hi,

Following up on Case #4471823: we took down {T[8]} and
{T[9]} this morning.

Regards,
Mira
Telegram Abuse

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REQ1_QUOTE)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted agent follow-up in the same thread over the quoted request",
    why="two toto_vault posts taken down; the twelve URLs below 'wrote:' are our own quoted request",
    items={T[8]: "removed", T[9]: "removed", T[0]: "pending", T[11]: "pending"},
)

case(
    name="tg-reminder-reply-outlook",
    **{"from": "daniel.r@telegram.org"}, name_from="Daniel R.",
    date="Wed, 11 Sep 2024 08:02:19 +0000",
    subject="RE: Reminder: KCSC-240903-01 items still pending after the deadline",
    body=f"""
Dear KCSC team,

Sorry for the late answer. Status of the items that are still open on
your side:

{T[4]}
Removed.

{T[5]}
Removed.

{T[10]}
Not found - the link does not lead to any message.

Best regards,
Daniel R.
Telegram Abuse Desk

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:00 AM
To: dsa@telegram.org
Subject: Reminder: KCSC-240903-01 items still pending after the deadline

Dear Telegram,

The deadline of our request KCSC-240903-01 passed on 10 September. We
have had no answer about these items:

{T[4]}
{T[5]}
{T[6]}
{T[7]}
{T[10]}
{T[11]}

Please tell us what was done with each of them.

KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply to a deadline reminder, status on the line below each bare URL",
    why="three items answered above the Original Message; the other reminder URLs are only quoted",
    items={T[4]: "removed", T[5]: "removed", T[10]: "not_found",
           T[6]: "pending", T[7]: "pending", T[11]: "pending"},
)

CSV_T = (
    "link,action,comment\r\n"
    f"{T[6]},Removed,\r\n"
    f"{T[7]},Removed,\r\n"
    f"{T[8]},Restricted in South Korea,local law\r\n"
    f"{T[9]},No action - no violation found,\r\n"
    f"{T[11]},Not found,channel name not registered\r\n"
)
case(
    name="tg-freshdesk-csv-attachment",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Mon, 09 Sep 2024 06:21:05 +0000",
    subject="Re: [#4471823] KCSC-240903-01 Request to remove illegal gambling content",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="fd-b698-5"

--fd-b698-5
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome for the links we reviewed this week
under ticket #4471823 (your reference KCSC-240903-01).

Kind regards,
Telegram Support

--fd-b698-5
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_T)}
--fd-b698-5--
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk agent reply with an outcome spreadsheet attached as CSV",
    why="five rows: two removed, one restricted in Korea, one no violation, one not found",
    items={T[6]: "removed", T[7]: "removed", T[8]: "restricted", T[9]: "rejected", T[11]: "not_found"},
)

case(
    name="tg-helpscout-html-table",
    **{"from": TG}, name_from=TG_NAME,
    date="Fri, 06 Sep 2024 10:44:51 +0000",
    subject="Re: KCSC-240903-01 Request to remove illegal gambling content [#4471823]",
    reply_to_req=msgid("KCSC-240903-01"),
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello KCSC team,</p>
<p>Here is where things stand on the links below from your request.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Link</th><th>Action taken</th></tr>
<tr><td><a href="{T[0]}">{T[0]}</a></td><td>Content removed</td></tr>
<tr><td><a href="{T[3]}">{T[3]}</a></td><td>Restricted for users in South Korea</td></tr>
<tr><td><a href="{T[4]}">{T[4]}</a></td><td>Content removed</td></tr>
<tr><td><a href="{T[6]}">{T[6]}</a></td><td>No violation found &ndash; left up</td></tr>
</table>
<p>Thanks,<br>Leona<br>Telegram Abuse Team</p>
<hr>
<p style="color:#999;font-size:11px">Conversation #4471823 &middot;
<a href="https://telegram.org/faq#q-there-39s-illegal-content-on-telegram-how-do-i-take-it-down">How we handle reports</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout HTML agent reply with a results table",
    why="table of four links with one action each; the FAQ link in the footer is no item",
    items={T[0]: "removed", T[3]: "restricted", T[4]: "removed", T[6]: "rejected"},
)

case(
    name="tg-echoed-report-outcome",
    **{"from": TG}, name_from=TG_NAME,
    date="Sat, 07 Sep 2024 02:30:00 +0000",
    subject="[Case #4471823] Update on your report",
    body=f"""
Hello,

We have finished reviewing two of the links you sent us under
Case #4471823.

Link: {T[2]}
Reported for: illegal gambling
Outcome: Removed for violating the Telegram Terms of Service

Link: {T[5]}
Reported for: illegal gambling
Outcome: No violation found

----
Your original report (for reference)
Reported by: KCSC Takedown <takedown@kcsc.example>
Reference: KCSC-240903-01
Links: {T[2]}, {T[5]}
Description: advertising for illegal online gambling

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="ticket update that echoes the submitted report form below the outcome",
    why="each link has its own Outcome line; the echoed form repeats the links without a status",
    items={T[2]: "removed", T[5]: "rejected"},
)

case(
    name="tg-numbered-list-geo",
    **{"from": TG}, name_from=TG_NAME,
    date="Sun, 08 Sep 2024 09:12:40 +0000",
    subject="Re: KCSC-240903-01 [Case #4471823]",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Dear colleagues,

We have taken the following actions on your request:

1. {T[1]} - restricted for users in South Korea
2. {T[4]} - restricted for users in South Korea
3. {T[7]} - the post was deleted by the channel owner before our review
4. {T[11]} - the whole channel has been blocked on all Telegram apps worldwide

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with a numbered list, geo-restriction and channel block",
    why="two restricted in Korea, one deleted by its author (not_found), the channel blocked globally",
    items={T[1]: "restricted", T[4]: "restricted", T[7]: "not_found", T[11]: "removed"},
)

case(
    name="tg-angle-brackets-thread",
    **{"from": TG}, name_from=TG_NAME,
    date="Mon, 09 Sep 2024 04:05:27 +0000",
    subject="Re: Re: [Case #4471823] KCSC-240903-01",
    body=f"""
Hello again,

The messages <{T[8]}> and <{T[9]}> have been removed.
Nothing else has changed since our last message.

Telegram Abuse Team

On Fri, Sep 6, 2024 at 11:02 AM KCSC Takedown wrote:
> Thank you. Could you tell us what happened to the two toto_vault posts
> (<{T[8]}>, <{T[9]}>)?
>
> On Thu, Sep 5, 2024 at 07:40 AM Telegram Abuse Team wrote:
>> We will write separately about the other links on your list.
""",
    outcome="applied", classification="confirmation",
    imitates="three-level thread reply with URLs in angle brackets",
    why="both toto_vault messages removed, stated above the quoted thread",
    items={T[8]: "removed", T[9]: "removed"},
)

case(
    name="tg-gmail-quoted-earlier-answer",
    **{"from": "mira.v@telegram.org"}, name_from="Mira V. (Telegram Abuse)",
    date="Thu, 12 Sep 2024 05:41:09 +0000",
    subject="Re: [Case #4471823] Solved: KCSC-240903-01",
    body=f"""
Hi,

After a second review, {T[3]} has now been removed as well.

Best,
Mira

On Fri, 6 Sep 2024 at 09:20, KCSC Takedown <takedown@kcsc.example> wrote:
> We disagree with your assessment of jackpot_signals_kr/52: the post
> links to an unlicensed betting site. Could you take another look?
>
> On Thu, 5 Sep 2024 at 16:40, Telegram Abuse Team <abuse@telegram.org> wrote:
>> - {T[0]} - removed
>> - {T[3]} - we found no breach of the Telegram Terms of Service
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply after the regulator contested a refusal, earlier answer quoted",
    why="jackpot_signals_kr/52 removed on second review; the quoted earlier answers change nothing",
    items={T[3]: "removed", T[0]: "pending"},
)

case(
    name="tg-promise-will-remove",
    **{"from": TG}, name_from=TG_NAME,
    date="Wed, 04 Sep 2024 12:10:00 +0000",
    subject="Re: KCSC-240903-01 [Case #4471823]",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for the report. We have confirmed the problem with the
following posts and they will be removed within 24 hours:

{T[0]}
{T[1]}

We will update this case once that is done.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="agent promise of future removal in an open ticket",
    why="'will be removed within 24 hours' is a promise, not a statement that it was done",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="tg-bulk-all-removed",
    **{"from": TG}, name_from=TG_NAME,
    date="Fri, 13 Sep 2024 02:00:00 +0000",
    subject="[Case #4471823] Closed: KCSC-240903-01",
    reply_to_req=msgid("KCSC-240903-01"),
    body="""
Hello,

All of the content listed in your request KCSC-240903-01 has been removed
from Telegram. This case is now closed.

If you reply to this email, the case will be reopened.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="ticket closure note covering the whole request in one sentence",
    why="'all of the content' for a twelve-item request without naming any item",
    items={u: "pending" for u in T},
)

case(
    name="tg-forwarded-moderation-note",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Sat, 07 Sep 2024 11:18:30 +0000",
    subject="Fwd: Case #4471823 moderation result",
    body=f"""
Hi KCSC,

Forwarding the note from our moderation team about your case below.

Telegram Support

---------- Forwarded message ---------
From: Moderation Queue <mod-queue@telegram.org>
Date: Sat, 7 Sep 2024 at 10:55
Subject: Case #4471823 moderation result
To: Support <support@telegram.org>

{T[3]} - deleted
{T[5]} - deleted
Ref KCSC-240903-01, closing on our side.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail-forwarded internal moderation note passed on by support",
    why="the statuses are only inside a forwarded message, not stated by the sender",
    items={T[3]: "pending", T[5]: "pending"},
)

case(
    name="tg-unknown-helpdesk-domain",
    **{"from": "support@tg-safety-desk.example"}, name_from="Telegram Support",
    date="Sun, 08 Sep 2024 13:33:03 +0000",
    subject="Your ticket KCSC-240903-01 has been resolved",
    body=f"""
Dear Sir/Madam,

Your ticket KCSC-240903-01 has been resolved.

{T[0]} - removed
{T[3]} - removed

Thank you for helping keep Telegram safe.
Telegram Support Desk
""",
    outcome="review", review="unknown_sender",
    imitates="helpdesk notification sent from a domain that is not the platform's",
    why="names our request and two URLs but comes from a domain no platform uses",
    items={T[0]: "pending", T[3]: "pending"},
)

# ================================================================ X

JIRA_BODY = f"""
\u2014\u2014\u2014\u2014 Reply above this line.

LEGAL-88213 KCSC-240904-02 Removal request (drug sales)

X Legal Operations resolved this as Done.

X Legal Operations commented:

Thank you for your report. After review under Korean law and the X Rules:

{X[0]} - withheld in South Korea.
{X[1]} - withheld in South Korea.
{X[2]} - removed.
The account @quickmeds_seoul ({X[3]}) has been suspended for
violating the X Rules.

View request \u00b7 Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management
"""
case(
    name="x-jira-resolved-mixed",
    **{"from": "legal-support@x.com"}, name_from="X Legal Operations",
    date="Fri, 06 Sep 2024 09:05:55 +0000",
    subject="LEGAL-88213 KCSC-240904-02 Removal request (drug sales)",
    reply_to_req=msgid("KCSC-240904-02"),
    body=JIRA_BODY,
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved this as Done' customer notification",
    why="two posts withheld in Korea, one removed, the account suspended",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "removed"},
)

QP_TEXT = f"""Hello,

We\u2019re writing in response to your request KCSC-240904-02 (ticket LEGAL-88213). In accordance with applicable law, the following content has been withheld in South Korea and remains available in other countries:

{X[0]}
{X[2]}

Information about country withheld content is in our Help Center: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
"""
case(
    name="x-quoted-printable-withheld",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 01:48:26 +0000",
    subject="Re: KCSC-240904-02 Removal request (drug sales)",
    reply_to_req=msgid("KCSC-240904-02"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_TEXT)}""",
    outcome="applied", classification="confirmation",
    imitates="country-withheld notice in a quoted-printable body",
    why="two posts withheld in South Korea only; the help link is no item",
    items={X[0]: "restricted", X[2]: "restricted"},
)

case(
    name="x-partial-answer",
    **{"from": "legal-support@x.com"}, name_from="X Legal Operations",
    date="Thu, 05 Sep 2024 10:20:00 +0000",
    subject="LEGAL-88213 KCSC-240904-02 Removal request (drug sales)",
    body=f"""
\u2014\u2014\u2014\u2014 Reply above this line.

X Legal Operations commented:

Hi, quick update on your ticket. We have suspended the account
{X[3]} .

The remaining three posts are still with our team and we'll come back to
you on them.

View request \u00b7 Turn off this request's notifications
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management comment giving a partial answer",
    why="the account is suspended (removed); the three posts are explicitly still under review",
    items={X[3]: "removed", X[0]: "pending", X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "h.kang@x.com"}, name_from="Hana Kang",
    date="Wed, 04 Sep 2024 02:00:41 +0000",
    subject="Automatic reply: KCSC-240904-02 Removal request (drug sales)",
    reply_to_req=msgid("KCSC-240904-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email.

For legal requests that cannot wait, please write to legal@x.com and the
team will pick them up.

Hana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office reply",
    items={},
)

case(
    name="x-under-review-hedge",
    **{"from": "legal-support@x.com"}, name_from="X Legal Operations",
    date="Sat, 07 Sep 2024 06:06:06 +0000",
    subject="LEGAL-88213 KCSC-240904-02 Removal request (drug sales)",
    body=f"""
\u2014\u2014\u2014\u2014 Reply above this line.

X Legal Operations commented:

Thanks for your patience. The posts {X[0]} and
{X[1]} are under review with our team.
At first glance the second one appears to have been deleted by the
account holder already, but we need to confirm this.

View request \u00b7 Turn off this request's notifications
Powered by Jira Service Management
""",
    outcome="review", review="not_understood",
    imitates="Jira comment: still under review, with a hedge",
    why="'under review' and 'appears to have been deleted ... need to confirm' are not statements",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-about-telegram-links",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 07:27:14 +0000",
    subject="Re: KCSC-240903-01 Request to remove illegal gambling content",
    body=f"""
Hello,

We received a copy of your request KCSC-240903-01. The links below are not
hosted on X and we cannot locate them on our service:

{T[8]}
{T[9]}

You may wish to contact the operator of that service directly.

X Legal
""",
    outcome="review", review="wrong_platform",
    imitates="platform reply to a request copied to it about another service's links",
    why="X states 'cannot locate' for Telegram items; only Telegram can speak for them",
    items={T[8]: "pending", T[9]: "pending"},
)

case(
    name="x-single-item-all-removed",
    **{"from": "legal-support@x.com"}, name_from="X Legal Operations",
    date="Fri, 13 Sep 2024 08:30:30 +0000",
    subject="LEGAL-88377 KCSC-240911-07 Removal request (illegal gambling)",
    reply_to_req=msgid("KCSC-240911-07"),
    body="""
\u2014\u2014\u2014\u2014 Reply above this line.

X Legal Operations resolved this as Done.

X Legal Operations commented:

Hello, we reviewed your report. All of the content you reported has been
removed for violating our rules on illegal gambling promotion.

View request \u00b7 Turn off this request's notifications
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira 'resolved as Done' with a whole-report statement",
    why="'all of the content you reported has been removed' for a one-item request",
    items={X7: "removed"},
)

case(
    name="x-portal-notice-no-claims",
    **{"from": "legal-updates@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 00:00:05 +0000",
    subject="Changes to how government agencies submit legal requests",
    body="""
Hello,

From 1 October 2024, legal requests from government agencies must be
submitted through our updated portal at https://legal.x.com/en/portal .
Requests sent by email after that date will receive an automatic reply
pointing to the portal.

Existing tickets are not affected and remain visible in your dashboard.

X Legal
""",
    outcome="review", review="no_claims",
    imitates="platform notice to all legal requesters about a portal change",
    why="trusted X mail naming no requested item and no request of ours",
    items={},
)

# ================================================================ YouTube

YT = "youtube-legal-noreply@google.com"
case(
    name="yt-ticket-solved-mixed",
    **{"from": YT}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 03:03:03 +0000",
    subject="[9-2317000041163] Re: KCSC-240905-03 Removal request",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""
Hello,

Thank you for contacting YouTube. We have reviewed the content you
reported:

{Y[0]}
Action: Age-restricted

{Y[1]}
Action: Removed for violating our Community Guidelines (spam, deceptive
practices and scams)

{Y[2]}
Action: Channel terminated

You can read more about these policies at
https://support.google.com/youtube/answer/2801973 .

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support ticket answer with one Action line under each URL",
    why="one video age-restricted, one removed, the channel terminated",
    items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "removed"},
)

YT_HTML = f"""<html><body>
<p>Hello,</p>
<p>Regarding your request KCSC-240905-03: the following content has been blocked from
view in South Korea on the basis of local law:</p>
<ul><li><a href="{Y[0]}">{Y[0]}</a></li></ul>
<p>After review we did not find <a href="{Y[1]}">{Y[1]}</a> to violate our policies
or local law, so we are not taking action on it.</p>
<p>Regards,<br>The YouTube Team</p>
</body></html>
"""
case(
    name="yt-base64-html-geo",
    **{"from": YT}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 05:15:00 +0000",
    subject="[9-2317000041163] Re: KCSC-240905-03 Removal request",
    reply_to_req=msgid("KCSC-240905-03"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(YT_HTML)}""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-removal result in a base64 HTML body",
    why="one video blocked in South Korea, the other found not violating",
    items={Y[0]: "restricted", Y[1]: "rejected"},
)

case(
    name="yt-statement-above-url",
    **{"from": YT}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 02:50:12 +0000",
    subject="[9-2317000041163] KCSC-240905-03 Removal request - update",
    body=f"""
Hello,

The following video has been removed:
{Y[0]}

The following channel has been terminated:
{Y[2]}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="short ticket update with the statement on the line above each URL",
    why="video removed, channel terminated",
    items={Y[0]: "removed", Y[2]: "removed"},
)

case(
    name="yt-reminder-reply-gmail",
    **{"from": "jiwoo.han@google.com"}, name_from="Jiwoo Han",
    date="Fri, 13 Sep 2024 04:12:00 +0000",
    subject="Re: Reminder: KCSC-240905-03 items still pending after the deadline",
    body=f"""
Hello,

Apologies for the delay on this one. We reviewed
{Y[1]} again: it does not violate our Community
Guidelines and we have decided to leave it up.

Best,
Jiwoo
YouTube Legal

On Fri, Sep 13, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube,
>
> The deadline of our request KCSC-240905-03 passed on 12 September. We have
> had no answer about these items:
>
> {Y[0]}
> {Y[1]}
>
> KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply to a deadline reminder",
    why="refusal with its reason for one video; the other URL is only in the quoted reminder",
    items={Y[1]: "rejected", Y[0]: "pending"},
)

case(
    name="yt-untrusted-dmarc-fail",
    **{"from": "legal-noreply@youtube.com"}, name_from="YouTube Legal",
    auth="fail",
    date="Sun, 08 Sep 2024 15:15:15 +0000",
    subject="Re: KCSC-240905-03 Removal request",
    body=f"""
Hello,

The video {Y[0]} has been removed from YouTube.

The YouTube Team
""",
    outcome="review", review="untrusted",
    imitates="YouTube-looking result whose sender failed DKIM/SPF/DMARC",
    why="platform domain but authentication failed",
    items={Y[0]: "pending"},
)

case(
    name="yt-policy-links-single",
    **{"from": YT}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 06:40:00 +0000",
    subject="[9-2317000041163] Re: KCSC-240905-03 Removal request",
    body=f"""
Hello,

We removed {Y[1]} under our spam, deceptive practices
and scams policy (https://support.google.com/youtube/answer/2801973).

The uploader has been notified and may appeal the decision
(https://support.google.com/youtube/answer/185111). You can follow your
submissions at https://www.youtube.com/reportingdashboard?rid=8812 .

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="removal notice with policy, appeal and dashboard links",
    why="one video removed; the help, appeal and dashboard links are not items",
    items={Y[1]: "removed"},
)

case(
    name="yt-conflicting-template",
    **{"from": YT}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 01:01:01 +0000",
    subject="[9-2317000041163] Re: KCSC-240905-03 Removal request",
    body=f"""
Hello,

Update on your request KCSC-240905-03: the video {Y[0]}
has been removed from YouTube.

Outcome per URL
---------------
{Y[0]}  No action taken (the content does not violate our policies)

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="conflicting_statements",
    imitates="agent answer whose prose and pasted outcome block disagree",
    why="the same video is said to be removed and to have had no action taken",
    items={Y[0]: "pending"},
)

case(
    name="yt-out-of-office-korean",
    **{"from": "minji.seo@google.com"}, name_from="서민지",
    date="Thu, 05 Sep 2024 00:31:10 +0000",
    subject="[자동 회신] KCSC-240905-03 Removal request",
    reply_to_req=msgid("KCSC-240905-03"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요.

9월 13일까지 휴가로 부재중입니다. 복귀 후 확인하겠습니다.
급한 용무는 legal-kr@google.com 으로 연락 주시기 바랍니다.

서민지 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Gmail vacation responder",
    why="out-of-office reply",
    items={},
)

# ================================================================ NAVER

NV = "help@navercorp.com"
case(
    name="naver-ticket-result-korean",
    **{"from": NV}, name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 02:10:00 +0000",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240906-04)",
    reply_to_req=msgid("KCSC-240906-04"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

1) {N[0]}
 → 게시중단(삭제) 처리되었습니다.
2) {N[2]}
 → 블라인드 처리되었습니다.
3) {N[4]}
 → 국내 접근 제한(임시조치) 처리되었습니다.

나머지 게시물은 검토가 끝나는 대로 안내드리겠습니다.

※ 본 메일은 발신 전용입니다. 추가 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 답변 메일 with 게시중단/블라인드/임시조치 results",
    why="blog post deleted, cafe post blinded, Knowledge iN post access-restricted",
    items={N[0]: "removed", N[2]: "removed", N[4]: "restricted"},
)

case(
    name="naver-partial-followup-particles",
    **{"from": NV}, name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 06:45:30 +0000",
    subject="Re: [네이버 고객센터] KCSC-240906-04 추가 처리 결과 안내",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

추가로 확인된 결과를 안내드립니다.

{N[1]}는 임시조치되었습니다.
{N[3]} 게시물은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

나머지 게시물은 현재 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up answer in the same inquiry, Korean particle glued to a URL",
    why="one blog post under 임시조치 (restricted), one cafe post already deleted by its author",
    items={N[1]: "restricted", N[3]: "not_found"},
)

NV_TABLE = "".join(
    f"<tr><td>{i + 1}</td><td>{u}</td><td>{r}</td><td>{note}</td></tr>\n"
    for i, (u, r, note) in enumerate([
        (N[0], "삭제", ""),
        (N[1], "삭제", ""),
        (N[2], "접근제한", "국내 접속 차단"),
        (N[3], "조치불가", "위반 내용이 확인되지 않음"),
        (N[4], "해당 게시물 없음", "URL 확인 불가"),
    ])
)
case(
    name="naver-html-sijeong-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Wed, 11 Sep 2024 01:20:00 +0000",
    subject="[회신] 시정요구 조치결과 통보 (KCSC-240906-04)",
    reply_to_req=msgid("KCSC-240906-04"),
    type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240906-04)에 대한 조치결과를 아래와 같이 통보합니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{NV_TABLE}</table>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 통보 HTML table",
    why="five rows: two 삭제, one 접근제한, one 조치불가 (no violation), one 게시물 없음",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "rejected", N[4]: "not_found"},
)

case(
    name="naver-ack-plus-statement",
    **{"from": NV}, name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 08:00:00 +0000",
    subject="[네이버 고객센터] 게시중단 요청 처리 안내 (KCSC-240906-04)",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

귀하의 요청이 정상적으로 접수되었습니다.

검토 결과, 아래 게시물은 카페 운영정책 위반으로 삭제 조치하였습니다.
- {N[3]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER answer opening with the receipt phrase, then the result",
    why="acknowledgement phrase followed by an unhedged deletion of one named cafe post",
    items={N[3]: "removed"},
)

case(
    name="naver-wrapped-kin-url",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Thu, 12 Sep 2024 03:33:00 +0000",
    subject="RE: KCSC-240906-04 지식iN 게시물 처리 결과",
    body="""
안녕하세요, 네이버 정책지원팀입니다.

문의하신 지식iN 게시물은 오늘 삭제되었습니다.
<https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&
docId=471234567>

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose long URL in angle brackets is wrapped by the mail client",
    why="the Knowledge iN post is deleted; the URL is split across two lines inside <>",
    items={N[4]: "removed"},
)

case(
    name="naver-bulk-korean",
    **{"from": NV}, name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 05:05:05 +0000",
    subject="[네이버 고객센터] KCSC-240906-04 처리 완료 안내",
    reply_to_req=msgid("KCSC-240906-04"),
    body="""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 5건 모두 삭제 조치를 완료하였습니다.
문의가 종료되었음을 안내드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER closure note: '요청하신 게시물 모두 삭제'",
    why="all five items said deleted without naming any of them",
    items={u: "pending" for u in N},
)

case(
    name="naver-receipt-korean",
    **{"from": "noreply@navercorp.com"}, name_from="네이버 게시중단요청서비스",
    date="Fri, 06 Sep 2024 01:02:03 +0000",
    subject="[네이버] 게시중단 요청 접수 안내",
    reply_to_req=msgid("KCSC-240906-04"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 내용이 정상적으로 접수되었습니다.
접수번호: 2024090600517

담당자 검토 후 처리 결과를 메일로 안내드리겠습니다.
접수 내역은 게시중단요청서비스 마이페이지(https://right.naver.com)에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 접수 안내",
    why="receipt with a 접수번호 and a promise to report later",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "sujin.lee@navercorp.com"}, name_from="이수진",
    date="Fri, 06 Sep 2024 05:03:44 +0000",
    subject="읽음 확인: KCSC-240906-04 게시물 삭제 요청",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b698-38"

--mdn-b698-38
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "KCSC-240906-04 게시물 삭제 요청"을(를) 수신자가 2024-09-06 14:03에 읽었습니다.

--mdn-b698-38
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822;sujin.lee@navercorp.com
Original-Message-ID: <req.KCSC-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b698-38--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN) from a NAVER staff mailbox",
    why="message disposition notification",
    items={},
)

# ================================================================ Kakao

KK = "report@kakaocorp.com"
case(
    name="kakao-korean-path-fullwidth",
    **{"from": KK}, name_from="카카오 권리침해신고센터",
    date="Wed, 11 Sep 2024 04:20:00 +0000",
    subject="[카카오] 신고 처리 결과 안내 (KCSC-240909-05)",
    reply_to_req=msgid("KCSC-240909-05"),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

신고해 주신 게시물의 처리 결과를 알려드립니다.

■ 티스토리 게시물 {K_RAW}：게시중단 완료
■ 다음카페 게시물 {K[1]}：이미 삭제된 게시물로 확인되어 별도 조치가 불가합니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 신고 처리 결과 안내 with a raw Korean path and full-width punctuation",
    why="Tistory post 게시중단; the Daum cafe post was already deleted (not_found)",
    items={K[0]: "removed", K[1]: "not_found"},
)

case(
    name="kakao-html-blind-private",
    **{"from": "cafe-help@daum.net"}, name_from="Daum 카페 고객센터",
    date="Thu, 12 Sep 2024 07:07:00 +0000",
    subject="Re: KCSC-240909-05 게시물 조치 요청",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. Daum 카페 고객센터입니다.</p>
<p>요청하신 게시물에 대해 아래와 같이 조치하였습니다.</p>
<ul>
<li><a href="{K[1]}">{K[1]}</a> &rarr; 블라인드 처리</li>
<li><a href="{K[0]}">{K_RAW}</a> &rarr; 비공개 처리</li>
</ul>
<p>문의번호 #5520981 은 답변 완료 상태로 변경됩니다.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 고객센터 HTML answer: 블라인드/비공개 처리",
    why="cafe post blinded and Tistory post made private: both removed",
    items={K[0]: "removed", K[1]: "removed"},
)

case(
    name="kakao-promise-korean",
    **{"from": KK}, name_from="카카오 권리침해신고센터",
    date="Tue, 10 Sep 2024 02:02:02 +0000",
    subject="[카카오] 신고 검토 안내 (KCSC-240909-05)",
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

{K[1]} 게시물은 검토 후 조치할 예정입니다.
티스토리 게시물은 게시자 소명 절차가 끝나는 대로 처리 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao interim answer: 검토 후 조치 예정",
    why="only promises about a named request's items ('조치할 예정', '안내드리겠습니다')",
    items={K[1]: "pending", K[0]: "pending"},
)

# ================================================================ Discord

case(
    name="discord-solved-no-url",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 18:44:10 +0000",
    subject="[Ticket #2295518] Re: KCSC-240910-06 Removal request - Discord server",
    reply_to_req=msgid("KCSC-240910-06"),
    body="""
Hi there,

Thanks for reaching out. Our Safety team investigated the server you
reported and it has been removed from Discord for violating our Community
Guidelines on regulated goods.

This ticket has been marked as solved. If you reply to this email it will
be reopened.

Discord Trust & Safety
https://discord.com/guidelines
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety solved-ticket reply",
    why="'the server you reported has been removed' answers a one-item request",
    items={D0: "removed"},
)

case(
    name="discord-asks-more",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 16:00:00 +0000",
    subject="[Ticket #2295518] Re: KCSC-240910-06 Removal request - Discord server",
    reply_to_req=msgid("KCSC-240910-06"),
    body="""
Hi there,

Thanks for your report. Before we can act on the server you reported, we
need a little more information:

- the server ID, or links to the specific messages (right-click a message
  and choose "Copy Message Link");
- the law the content is said to breach.

Please reply to this email with these details and we'll continue our
investigation.

Discord Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord Trust & Safety request for message links and legal basis",
    why="the platform asks for more information before acting",
    items={D0: "pending"},
)

case(
    name="discord-reply-added-receipt",
    **{"from": "noreply@discord.com"}, name_from="Discord Support",
    date="Thu, 12 Sep 2024 01:12:00 +0000",
    subject="[Ticket #2295518] We received your reply",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Your reply to ticket #2295518 has been received and added to the ticket.
A member of our team will get back to you.

Discord Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk 'your reply was added to ticket' notification",
    why="pure receipt of our reply, no statement",
    items={},
)

# ================================================================ bounce

case(
    name="x-bounce-reminder",
    **{"from": "MAILER-DAEMON@x.com"}, name_from="Mail Delivery System",
    date="Thu, 12 Sep 2024 00:00:31 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b698-43"

This is a MIME-encapsulated message.

--dsn-b698-43
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<h.kang-legal@x.com>: host mx2.x.com said: 550 5.1.1
    <h.kang-legal@x.com>: Recipient address rejected: User unknown

--dsn-b698-43
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.x.com
Arrival-Date: Thu, 12 Sep 2024 00:00:30 +0000

Final-Recipient: rfc822; h.kang-legal@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-b698-43
Content-Type: message/rfc822

Date: Thu, 12 Sep 2024 09:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal@x.com, h.kang-legal@x.com
Subject: Reminder: KCSC-240904-02 items still pending after the deadline
Message-ID: <reminder.KCSC-240904-02.1@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

The deadline of our request KCSC-240904-02 passed on 11 September. We
have had no answer about these items:

{X[0]}
{X[1]}

--dsn-b698-43--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for a reminder",
    why="bounce of our own reminder; the URLs are in the returned message",
    items={},
)

HEADER = """# Blind set blind698 (ticket systems and threads): written by
# tests/corpus/blind698/make.py from each email's meaning, before any run of
# the reader. Do not edit by hand."""


def main():
    os.makedirs(os.path.join(HERE, "cases"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "cases")):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, "cases", f))
    write_requests()
    for c in CASES:
        # Real mailers send non-ASCII display names and subjects RFC 2047 encoded.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, "blind698", HEADER, CASES)


if __name__ == "__main__":
    main()
