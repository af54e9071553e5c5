#!/usr/bin/env python3
"""Blind set 248: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts and
results, solved tickets, follow-ups in the same thread, replies to our
reminders, partial answers and forwarded mail. Every email is fictional and
written for this set; expected results come from each email's meaning alone,
written before any run of the reader.

    python3 tests/corpus/blind248/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import email.header
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
T = {
    "lr118": "https://t.me/lucky_river_bet/118",
    "lr121": "https://t.me/lucky_river_bet/121",
    "lr130": "https://t.me/lucky_river_bet/130",
    "jh45": "https://t.me/jadeharbor_tips/45",
    "jh52": "https://t.me/jadeharbor_tips/52",
    "mc7": "https://t.me/moonlit_casino_kr/7",
    "mc9": "https://t.me/moonlit_casino_kr/9",
    "mc15": "https://t.me/moonlit_casino_kr/15",
    "sd301": "https://t.me/silverdeck_club/301",
    "sd302": "https://t.me/silverdeck_club/302",
    "no88": "https://t.me/nightowl_odds/88",
    "bc2204": "https://t.me/bluecrane_toto/2204",
}
X = {
    "gf101": "https://x.com/grey_finch_77/status/1831200000000000101",
    "gf102": "https://x.com/grey_finch_77/status/1831200000000000102",
    "pl033": "https://x.com/paperlantern_kr/status/1831455500000000033",
    "om904": "https://x.com/oddmarket_k/status/1831600000000000904",
}
XS = {"cr555": "https://x.com/cobalt_rune/status/1834000000000000555"}
Y = {
    "q": "https://www.youtube.com/watch?v=Qm3fT8xLp2A",
    "z": "https://www.youtube.com/watch?v=Zr7wK1dNb5E",
    "h": "https://www.youtube.com/shorts/Hy4pV9sJq0C",
}
N = {
    "b101": "https://blog.naver.com/sunny_meadow22/223561000101",
    "b145": "https://blog.naver.com/sunny_meadow22/223561000145",
    "c8812": "https://cafe.naver.com/quietvalley/8812",
    "c8830": "https://cafe.naver.com/quietvalley/8830",
    "in": "https://in.naver.com/%EB%B0%94%EB%9E%8C%EA%B3%A8/contents/552100",
}
N_IN_RAW = "https://in.naver.com/바람골/contents/552100"
K = {
    "cafe": "https://cafe.daum.net/hillsidejazz/Ab3K/412",
    "tv": "https://tv.kakao.com/v/448120007",
}
D = {"msg": "https://discord.com/channels/1120000000000000001/1120000000000000050/1281000000000000777"}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "telegram", "2024-09-03T14:00:00+09:00", "2024-09-10T23:59:59+09:00",
     list(T.values()), "illegal_gambling", "req.20240903.01@kcsc.example",
     "gambling promotion channels (largest request)"),
    ("KCSC-240905-02", "x", "2024-09-05T15:10:00+09:00", "2024-09-12T23:59:59+09:00",
     list(X.values()), "drugs", "req.20240905.02@kcsc.example", "drug sale posts"),
    ("KCSC-240909-03", "youtube", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00",
     list(Y.values()), "illegal_gambling", "req.20240909.03@kcsc.example", "casino streams"),
    ("KCSC-240910-04", "naver", "2024-09-10T10:30:00+09:00", "2024-09-17T23:59:59+09:00",
     list(N.values()), "illegal_finance", "req.20240910.04@kcsc.example", "loan-shark posts"),
    ("KCSC-240911-05", "kakao", "2024-09-11T11:00:00+09:00", "2024-09-18T23:59:59+09:00",
     list(K.values()), "obscenity", "req.20240911.05@kcsc.example", ""),
    ("KCSC-240912-06", "discord", "2024-09-12T16:20:00+09:00", "2024-09-19T23:59:59+09:00",
     list(D.values()), "personal_data", "req.20240912.06@kcsc.example", "doxxing message"),
    ("KCSC-240913-07", "x", "2024-09-13T09:40:00+09:00", "2024-09-20T23:59:59+09:00",
     list(XS.values()), "drugs", "req.20240913.07@kcsc.example", ""),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    data = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return data


def alt(boundary, text, html, html_enc="quoted-printable"):
    hbody = qp(html) if html_enc == "quoted-printable" else b64(html)
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(text)}
--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: {html_enc}

{hbody}
--{boundary}--
"""


def with_csv(boundary, text, fname, csv_text):
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text}
--{boundary}
Content-Type: text/csv; charset=utf-8; name="{fname}"
Content-Disposition: attachment; filename="{fname}"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--{boundary}--
"""


def only(ctype, enc, text):
    body = qp(text) if enc == "quoted-printable" else b64(text)
    return f"""Content-Type: text/{ctype}; charset=utf-8
Content-Transfer-Encoding: {enc}

{body}"""


ZD_LINE = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ Telegram (KCSC-240903-01, 12 items)
case(
    name="tg-zendesk-solved-full-list",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Mon, 09 Sep 2024 21:42:10 +0900",
    subject="[Telegram Support] Re: KCSC-240903-01 removal request (Case #7741029) - Solved",
    reply_to_req="req.20240903.01",
    body=f"""
{ZD_LINE}

Your request (Case #7741029) has been solved. To reopen it, reply to this email.

----------------------------------------------

Marek (Telegram Support)

Sep 9, 2024, 16:42 GMT+4

Hello,

Thank you for report KCSC-240903-01. Our moderators have finished checking
all twelve links. The outcome for each one:

1. {T['lr118']} - blocked
2. {T['lr121']} - blocked
3. {T['lr130']} - blocked
4. {T['jh45']} - blocked
5. {T['jh52']} - blocked
6. {T['mc7']} - blocked
7. {T['mc9']} - blocked
8. {T['mc15']} - this message does not exist; it had already been deleted by the channel admin
9. {T['sd301']} - blocked
10. {T['sd302']} - blocked
11. {T['no88']} - no action: the post is a summary of match results and does not break our Terms of Service
12. {T['bc2204']} - not available to users in South Korea (restricted under local law)

"Blocked" means the message can no longer be opened by anyone, in any Telegram app.

Kind regards,
Marek
Telegram Support

----------------------------------------------

This email is a service from Telegram Support. [GQ7R2-K19PX]
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk 'Your request has been solved' notification carrying an abuse-desk comment with a numbered per-link outcome list",
    why="Item-level statements for all twelve links from telegram.org: nine blocked (removed), one already deleted by its admin (not_found), one no violation (rejected), one restricted in Korea.",
    items={T['lr118']: "removed", T['lr121']: "removed", T['lr130']: "removed", T['jh45']: "removed",
           T['jh52']: "removed", T['mc7']: "removed", T['mc9']: "removed", T['mc15']: "not_found",
           T['sd301']: "removed", T['sd302']: "removed", T['no88']: "rejected", T['bc2204']: "restricted"},
)

case(
    name="tg-zendesk-receipt",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Tue, 03 Sep 2024 14:05:51 +0900",
    subject="[Telegram Support] Request received: KCSC-240903-01 removal request (Case #7741029)",
    reply_to_req="req.20240903.01",
    body=f"""
{ZD_LINE}

Your request (Case #7741029) has been received and will be handled by our
support staff in the order it arrived.

To add further comments, simply reply to this email. Please keep the case
number in the subject line.

This is an automatically generated message from Telegram Support.
[GQ7R2-K19PX]
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk 'request received' auto-acknowledgement with a case number",
    why="Pure ticket receipt: says nothing about any item.",
    items={},
)

case(
    name="tg-thread-followup-two-of-twelve",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 18:11:03 +0900",
    subject="Re: [Case #7741029] KCSC-240903-01",
    reply_to_req="req.20240903.01",
    body=f"""
Hello again,

A quick update while the rest of your report is still with the team: the posts
{T['lr118']} and {T['lr121']} have been blocked and can no longer be viewed.

We will write again once the other ten links have been checked.

Telegram Abuse Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="Abuse-desk follow-up in the same ticket thread giving a partial answer",
    why="Two named posts stated blocked (removed); the other ten are only promised an answer and stay pending.",
    items={T['lr118']: "removed", T['lr121']: "removed"},
)

case(
    name="tg-reply-to-reminder-top-posted",
    **{"from": "abuse@telegram.org"},
    name_from="Ilya (Telegram Abuse)",
    date="Tue, 17 Sep 2024 10:26:44 +0900",
    subject="Re: Reminder: KCSC-240903-01 removal request overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>",
                   "References: <req.20240903.01@kcsc.example> <reminder.KCSC-240903-01.1@kcsc.example>"],
    body=f"""
Hello,

Sorry for the late reply. Of the links in your reminder:

{T['mc7']} and {T['mc9']} were blocked on 12 September.
We could not locate {T['mc15']} - the channel has no message with that number.

Regards,
Ilya
Telegram Abuse Team

On Mon, 16 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Our request KCSC-240903-01 of 3 September (deadline 10 September) still
> has items for which we have not received an answer:
>
> {T['lr130']}
> {T['jh45']}
> {T['jh52']}
> {T['mc7']}
> {T['mc9']}
> {T['mc15']}
> {T['sd301']}
> {T['sd302']}
> {T['no88']}
> {T['bc2204']}
>
> Please tell us what action was taken on each of them.
>
> KCSC Takedown
""",
    outcome="applied",
    classification="confirmation",
    imitates="Agent's top-posted answer to our reminder, Gmail-style quote of the reminder below",
    why="moonlit_casino_kr/7 and /9 blocked (removed), /15 cannot be located (not_found); the quoted reminder lists are not statements.",
    items={T['mc7']: "removed", T['mc9']: "removed", T['mc15']: "not_found"},
)

FD_TEXT = f"""Dear KCSC Takedown,

Your ticket #66120 "KCSC-240903-01 jadeharbor_tips / silverdeck_club" has
been marked as Resolved.

Agent reply (Sofia, Telegram Support):

We have reviewed the four links from channels jadeharbor_tips and
silverdeck_club.

Link                                   Result
{T['jh45']}      Blocked for all users
{T['jh52']}      Blocked for all users
{T['sd301']}   Blocked for all users
{T['sd302']}   Not found - no such message in the channel

If you believe this ticket has not been resolved, reply to this email
within 7 days to reopen it.
"""
FD_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear KCSC Takedown,</p>
<p>Your ticket <b>#66120</b> &quot;KCSC-240903-01 jadeharbor_tips / silverdeck_club&quot; has been marked as <b>Resolved</b>.</p>
<div style="border-left:3px solid #2a9df4;padding-left:10px">
<p><b>Sofia</b> (Telegram Support) replied:</p>
<p>We have reviewed the four links from channels jadeharbor_tips and silverdeck_club.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Result</th></tr>
<tr><td><a href="{T['jh45']}">{T['jh45']}</a></td><td>Blocked for all users</td></tr>
<tr><td><a href="{T['jh52']}">{T['jh52']}</a></td><td>Blocked for all users</td></tr>
<tr><td><a href="{T['sd301']}">{T['sd301']}</a></td><td>Blocked for all users</td></tr>
<tr><td><a href="{T['sd302']}">{T['sd302']}</a></td><td>Not found - no such message in the channel</td></tr>
</table>
</div>
<p style="color:#777">If you believe this ticket has not been resolved, reply to this email within 7 days to reopen it.</p>
</body></html>
"""
case(
    name="tg-freshdesk-resolved-html-table",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Wed, 11 Sep 2024 13:02:19 +0900",
    subject="Ticket Resolved - [#66120] KCSC-240903-01 jadeharbor_tips / silverdeck_club",
    raw_mime=alt("fd-66120-b1", FD_TEXT, FD_HTML),
    outcome="applied",
    classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with the agent reply as an HTML table (plus plain-text part)",
    why="Three links blocked for all users (removed), one with no such message (not_found).",
    items={T['jh45']: "removed", T['jh52']: "removed", T['sd301']: "removed", T['sd302']: "not_found"},
)

CSV1 = f"""link,decision,decided_on
{T['no88']},no violation - left up,2024-09-11
{T['bc2204']},restricted in KR (local law),2024-09-11
{T['lr130']},blocked,2024-09-11
"""
case(
    name="tg-csv-attachment-partial",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 09:15:00 +0900",
    subject="Re: [Case #7741029] KCSC-240903-01 - results (part 2)",
    reply_to_req="req.20240903.01",
    raw_mime=with_csv("tg-csv-7741029", """Hello,

The decisions on three more links from report KCSC-240903-01 are in the
attached file, one row per link.

Telegram Abuse Team
""", "KCSC-240903-01_part2.csv", CSV1),
    outcome="applied",
    classification="confirmation",
    imitates="Abuse-desk reply with a per-link CSV export of decisions attached",
    why="CSV rows: nightowl_odds/88 left up (rejected), bluecrane_toto/2204 restricted in Korea, lucky_river_bet/130 blocked (removed).",
    items={T['no88']: "rejected", T['bc2204']: "restricted", T['lr130']: "removed"},
)

case(
    name="tg-bare-urls-status-below",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 02:33:40 +0900",
    subject="Case #7741029 update (KCSC-240903-01)",
    body=f"""
Case #7741029 update

{T['lr118']}
Status: Blocked

{T['jh45']}
Status: Blocked

{T['mc7']}
Status: Not found

Blocked: the content is unavailable in all Telegram apps.
How we handle reports: https://telegram.org/faq_spam and https://telegram.org/tos
""",
    outcome="applied",
    classification="confirmation",
    imitates="Terse ticket-system status update: each URL alone on a line, its status on the next",
    why="Two links blocked (removed), one not found; the telegram.org FAQ/ToS links are not items.",
    items={T['lr118']: "removed", T['jh45']: "removed", T['mc7']: "not_found"},
)

case(
    name="tg-echoed-report-decision",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sun, 08 Sep 2024 19:48:12 +0900",
    subject="Your report about @bluecrane_toto (KCSC-240903-01)",
    body=f"""
Thank you for your report.

--- Your report ---
Reporter: KCSC (takedown@kcsc.example)
Reference: KCSC-240903-01
Link: {T['bc2204']}
Reason selected: Illegal gambling
Comment: Unlicensed sports betting promotion
-------------------

Decision: we have blocked this channel for all users worldwide. Anyone who
follows the link now sees that the channel is unavailable.

Telegram Abuse Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="Report-form echo ('Your report') followed by the moderation decision",
    why="The channel of bluecrane_toto/2204 blocked worldwide: the reported post is removed.",
    items={T['bc2204']: "removed"},
)

case(
    name="tg-jsm-comment-numbered",
    **{"from": "jira@telegram.org"},
    name_from="Anna Volkova (Telegram Support Desk)",
    date="Sat, 14 Sep 2024 17:20:05 +0900",
    subject="TSA-5521 KCSC-240903-01 lucky_river_bet posts",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
------- Reply above this line.

Anna Volkova commented:

Hello KCSC team,

I checked the three lucky_river_bet posts:

(1) {T['lr118']} - removed by our moderators
(2) {T['lr121']} - removed by our moderators
(3) {T['lr130']} - already deleted by the channel admin before our review

I am closing this request now.

View request: https://desk.telegram.org/servicedesk/customer/portal/4/TSA-5521
Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="applied",
    classification="confirmation",
    imitates="Jira Service Management customer notification ('X commented', 'Reply above this line', 'View request')",
    why="118 and 121 removed by moderators; 130 was deleted by its admin before review (not_found). The portal link is not an item. Auto-Submitted: auto-generated is the ticket system's notification, not an auto-reply.",
    items={T['lr118']: "removed", T['lr121']: "removed", T['lr130']: "not_found"},
)

case(
    name="tg-bulk-all-blocked",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 22:04:31 +0900",
    subject="Re: [Case #7741029] KCSC-240903-01",
    reply_to_req="req.20240903.01",
    body="""
Hello,

Regarding KCSC-240903-01: all of the reported channels and posts have been
blocked. Case #7741029 is now closed.

Telegram Abuse Team
""",
    outcome="review",
    review="bulk",
    imitates="Closing reply in the thread that covers the whole report in one sentence",
    why="One sentence about all twelve links without naming any: bulk confirmation for a multi-item request goes to review.",
    items={u: "pending" for u in T.values()},
)

case(
    name="tg-promise-after-notice-period",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 11:37:58 +0900",
    subject="Re: [Case #7741029] KCSC-240903-01 silverdeck_club",
    reply_to_req="req.20240903.01",
    body=f"""
Hello,

Your report is with our moderation team. {T['sd301']} and
{T['sd302']} will be blocked once the 24-hour notice we give the
channel owner has run out, unless the owner removes them first.

We will confirm when this is done.

Telegram Abuse Team
""",
    outcome="review",
    review="not_understood",
    imitates="Abuse-desk reply announcing a future block after a notice period",
    why="A promise with a condition names two items but states no status: they stay pending, review not_understood.",
    items={T['sd301']: "pending", T['sd302']: "pending"},
)

case(
    name="tg-zendesk-history-correction",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Fri, 13 Sep 2024 15:50:27 +0900",
    subject="[Telegram Support] Re: KCSC-240903-01 removal request (Case #7741029)",
    reply_to_req="req.20240903.01",
    body=f"""
{ZD_LINE}

----------------------------------------------

Ilya (Telegram Support)

Sep 13, 2024, 10:50 GMT+4

Hello,

A correction to my message below: {T['sd302']} was not blocked
after all. A second reviewer found that it does not break our rules, so it
stays up.

----------------------------------------------

Ilya (Telegram Support)

Sep 11, 2024, 14:02 GMT+4

Hello,

{T['sd302']} has been blocked.

----------------------------------------------

This email is a service from Telegram Support. [GQ7R2-K19PX]
""",
    outcome="review",
    review="conflicting_statements",
    imitates="Zendesk notification showing the ticket's comment history unquoted, newest first, where the latest comment corrects an earlier one",
    why="The same email states silverdeck_club/302 blocked (earlier comment) and not blocked, stays up (latest correction): a person should settle it.",
    items={T['sd302']: "pending"},
)

case(
    name="police-forward-of-telegram-reply",
    **{"from": "cyber-unit@spo-cyber.example"},
    name_from="Cyber Investigation Unit",
    date="Thu, 12 Sep 2024 16:40:09 +0900",
    subject="FW: Telegram reply on gambling channels (your KCSC-240903-01)",
    body=f"""
Hello KCSC,

Telegram answered our parallel request about the same channels. Forwarding
it for your file KCSC-240903-01.

Kim Doyoon
Cyber Investigation Unit

---------- Forwarded message ---------
From: Telegram Abuse <abuse@telegram.org>
Date: Thu, 12 Sep 2024 at 11:02
Subject: Re: channels report
To: <cyber-unit@spo-cyber.example>

Hello,

The following have been blocked:
{T['no88']}
{T['jh52']}

Telegram Abuse Team
""",
    outcome="review",
    review="unknown_sender",
    imitates="Another agency's officer forwarding a platform reply from their own mailbox (Gmail 'Forwarded message' block)",
    why="The sender is not a platform domain; the Telegram text inside is forwarded and unauthenticated: items stay pending.",
    items={T['no88']: "pending", T['jh52']: "pending"},
)

# ================================================================ X (KCSC-240905-02, 4 items; KCSC-240913-07, 1 item)
case(
    name="x-jsm-resolved-four",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal Requests",
    date="Fri, 13 Sep 2024 08:31:50 +0900",
    subject="LGL-38812 KCSC-240905-02 - request resolved",
    reply_to_req="req.20240905.02",
    body=f"""
------- Reply above this line.

Your request LGL-38812 "KCSC-240905-02 - regulator removal request" has been
resolved.

Resolution: Done

Comment from X Legal:

We have reviewed the four reported posts under our country-withheld content
process and local law.

- {X['gf101']}: withheld in South Korea
- {X['gf102']}: withheld in South Korea
- {X['pl033']}: no longer available; the account holder deleted it before our review
- {X['om904']}: we did not find a violation of the X Rules or of the law you cited, so no action was taken

Learn more: https://help.x.com/en/rules-and-policies/post-withheld-by-country

View request: https://legalrequests.x.com/portal/requests/LGL-38812
Powered by Jira Service Management
""",
    outcome="applied",
    classification="confirmation",
    imitates="Jira Service Management 'request resolved' notification with the agent's per-post outcome list",
    why="Two posts withheld in Korea (restricted), one deleted by its author (not_found), one refused with its reason (rejected); help and portal links are not items.",
    items={X['gf101']: "restricted", X['gf102']: "restricted", X['pl033']: "not_found", X['om904']: "rejected"},
)

case(
    name="x-helpscout-second-review",
    **{"from": "safety@x.com"},
    name_from="Jun at X Safety",
    date="Thu, 19 Sep 2024 11:12:37 +0900",
    subject="Re: KCSC-240905-02 [#48120]",
    reply_to_req="req.20240905.02",
    body=f"""
Hi,

Following up on our message of 13 September. After a second review by our
legal team, {X['om904']} is now withheld in South Korea.

Best,
Jun
X Safety

--
Conversation #48120 | Reply to this email to add to the conversation.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Help Scout agent reply in an existing conversation revising an earlier decision",
    why="oddmarket_k/904 now withheld in Korea: restricted (fresh ledger: pending -> restricted).",
    items={X['om904']: "restricted"},
)

case(
    name="x-single-item-case-closed",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal Requests",
    date="Tue, 17 Sep 2024 14:03:29 +0900",
    subject="Re: KCSC-240913-07 - case closed",
    reply_to_req="req.20240913.07",
    body="""
Hello,

Thank you for your report. We reviewed the post you reported and removed it
for violating the X Rules on illegal goods and services.

This case is now closed.

X Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="Closing reply for a one-post request that does not repeat the URL",
    why="The request has one item; 'removed it' about 'the post you reported' applies to it.",
    items={XS['cr555']: "removed"},
)

X_QP = f"""Dear KCSC team,

Further to your request KCSC-240905-02, the two posts listed below have been withheld in the Republic of Korea and are no longer visible to users located there:

<{X['gf101']}>
<{X['gf102']}>

The remaining posts of your request are still being assessed by our legal team; we will reply separately.

Kind regards,

Hyejin Seo
Legal Operations, X Corp.
"""
case(
    name="x-outlook-qp-angle-brackets",
    **{"from": "hseo@x.com"},
    name_from="Hyejin Seo",
    date="Tue, 10 Sep 2024 17:45:02 +0900",
    subject="RE: KCSC-240905-02",
    reply_to_req="req.20240905.02",
    extra_headers=["Thread-Topic: KCSC-240905-02", "X-MS-Has-Attach: "],
    raw_mime=only("plain", "quoted-printable", X_QP),
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply from a legal-operations employee, quoted-printable with soft line breaks, URLs in angle brackets",
    why="grey_finch_77/101 and /102 withheld in Korea: restricted; the others are still being assessed (pending).",
    items={X['gf101']: "restricted", X['gf102']: "restricted"},
)

case(
    name="x-korean-particles-fullwidth",
    **{"from": "legal-kr@x.com"},
    name_from="X Korea 법무팀",
    date="Wed, 11 Sep 2024 10:20:15 +0900",
    subject="RE: [KCSC-240905-02] 게시물 삭제 요청 처리 결과",
    reply_to_req="req.20240905.02",
    body=f"""
안녕하세요, X 코리아 법무팀입니다.

요청번호 KCSC-240905-02 관련 처리 결과를 알려드립니다.

{X['pl033']}은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.
{X['om904']}는 대한민국 내에서 접근이 제한되었습니다（국가별 콘텐츠 보류）。

나머지 두 건은 검토가 끝나는 대로 회신드리겠습니다.

감사합니다.
X 코리아 법무팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean-language reply from a platform's Korean legal team, URLs followed directly by particles, full-width brackets",
    why="paperlantern_kr/033 already deleted by its author (not_found); oddmarket_k/904 access restricted in Korea (restricted); the other two promised later.",
    items={X['pl033']: "not_found", X['om904']: "restricted"},
)

case(
    name="x-gmail-top-post-one-of-four",
    **{"from": "mina.kwon@x.com"},
    name_from="Mina Kwon",
    date="Mon, 09 Sep 2024 13:58:40 +0900",
    subject="Re: KCSC-240905-02 removal request",
    reply_to_req="req.20240905.02",
    body=f"""
Hi,

The post {X['gf102']} has been removed for violating our rules.
The other three are still under review and we will update you.

Mina

On Thu, Sep 5, 2024 at 3:10 PM KCSC Takedown <takedown@kcsc.example> wrote:

> Dear X,
>
> Under our reference KCSC-240905-02 we ask you to remove the following
> posts, which offer drugs for sale:
>
> {X['gf101']}
> {X['gf102']}
> {X['pl033']}
> {X['om904']}
>
> Please reply by 12 September 2024.
>
> KCSC Takedown
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail top-posted reply over the quoted original request",
    why="gf102 removed; 'still under review' for the others is no statement, and the quoted request is not a statement.",
    items={X['gf102']: "removed"},
)

case(
    name="x-hedge-account-suspended",
    **{"from": "safety@x.com"},
    name_from="X Safety",
    date="Sat, 07 Sep 2024 09:05:44 +0900",
    subject="Re: KCSC-240905-02 [#48120]",
    reply_to_req="req.20240905.02",
    body=f"""
Hi,

We looked at {X['gf101']} and
{X['gf102']}. It appears the account may have been
suspended, in which case the posts might no longer be visible. We will
confirm once we have checked with the enforcement team.

Best,
X Safety

--
Conversation #48120 | Reply to this email to add to the conversation.
""",
    outcome="review",
    review="not_understood",
    imitates="Help Scout agent reply that speculates about the posts' state before confirming",
    why="'appears', 'may have been', 'might no longer be visible' are hedges: no status; the two named posts stay pending.",
    items={X['gf101']: "pending", X['gf102']: "pending"},
)

case(
    name="x-helpdesk-vendor-domain",
    **{"from": "support@xsafety.zendesk.com"},
    name_from="X Support",
    date="Sun, 15 Sep 2024 20:31:08 +0900",
    subject="[X Support] Re: KCSC-240905-02 (Request #1182457)",
    body=f"""
{ZD_LINE}

Hello,

{X['om904']} has been withheld in South Korea.

X Support
""",
    outcome="review",
    review="unknown_sender",
    imitates="Zendesk notification sent from a helpdesk vendor subdomain instead of the platform's own domain",
    why="zendesk.com is not a configured X sender domain: a clerk cannot tell it is X; the item stays pending.",
    items={X['om904']: "pending"},
)

# ================================================================ YouTube (KCSC-240909-03, 3 items)
case(
    name="yt-legal-ticket-url-then-outcome",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 03:14:55 +0900",
    subject="Re: [3-8819000034771] KCSC-240909-03 legal removal request",
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your legal request KCSC-240909-03, we have reviewed the
following content:

{Y['q']}
After review, we have blocked this video from view on YouTube in South Korea.

{Y['z']}
This video was removed from YouTube for violating our Community Guidelines.

{Y['h']}
We were unable to locate this content at the URL provided.

Regards,
The YouTube Team

[3-8819000034771]
""",
    outcome="applied",
    classification="confirmation",
    imitates="Google/YouTube legal support ticket reply: each URL followed by its outcome on the next line",
    why="Qm3fT8xLp2A blocked in Korea (restricted), Zr7wK1dNb5E removed, Hy4pV9sJq0C not locatable (not_found).",
    items={Y['q']: "restricted", Y['z']: "removed", Y['h']: "not_found"},
)

case(
    name="yt-actioned-and-no-violation",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 06:40:10 +0900",
    subject="Re: [3-8819000034771] KCSC-240909-03 legal removal request",
    body=f"""
Hello,

Following up on ticket [3-8819000034771]:

The video {Y['z']} has been actioned under our policies.

We reviewed {Y['h']} and did not find a violation of our
Community Guidelines or of local law. It remains available on YouTube.

Regards,
The YouTube Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube follow-up in the same legal ticket using its 'actioned under our policies' wording",
    why="Zr7wK1dNb5E actioned (configured removed phrase); Hy4pV9sJq0C no violation, remains available (rejected).",
    items={Y['z']: "removed", Y['h']: "rejected"},
)

YT_HTML = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Roboto,Arial,sans-serif">
<img src="https://www.gstatic.com/youtube/img/branding/logo_email.png" alt="YouTube" width="90">
<p>Hello,</p>
<p>We have completed our review of your request <b>KCSC-240909-03</b> (ticket 3-8819000034771). The action taken on each video is shown below.</p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<thead><tr><th>Content</th><th>Action taken</th></tr></thead>
<tbody>
<tr><td>{Y['q']}</td><td>Blocked in South Korea</td></tr>
<tr><td>{Y['z']}</td><td>Removed (Community Guidelines)</td></tr>
<tr><td>{Y['h']}</td><td>Age-restricted</td></tr>
</tbody></table>
<p>You can read about our policies at <a href="https://support.google.com/youtube/answer/2801939">YouTube Help</a>.</p>
<p>The YouTube Team</p>
</body></html>
"""
case(
    name="yt-base64-html-table",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 07:22:31 +0900",
    subject="[3-8819000034771] Review completed: KCSC-240909-03",
    raw_mime=only("html", "base64", YT_HTML),
    outcome="applied",
    classification="confirmation",
    imitates="HTML-only ticket result email, base64 body, with an action table",
    why="Qm3fT8xLp2A blocked in Korea and Hy4pV9sJq0C age-restricted (restricted), Zr7wK1dNb5E removed; the help link is not an item.",
    items={Y['q']: "restricted", Y['z']: "removed", Y['h']: "restricted"},
)

case(
    name="yt-outlook-original-message-below",
    **{"from": "minji.park@google.com"},
    name_from="Minji Park",
    date="Wed, 18 Sep 2024 16:07:44 +0900",
    subject="RE: KCSC-240909-03 removal request",
    reply_to_req="req.20240909.03",
    body=f"""
Dear KCSC,

Please see our answer for two of the items of KCSC-240909-03:

- https://youtube.com/shorts/Hy4pV9sJq0C : removed
- {Y['q']} : reviewed, no violation found, remains available

Best regards,
Minji Park
Google Korea, Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 2:00 PM
To: legal-kr@google.com
Subject: KCSC-240909-03 removal request

Dear YouTube,

We ask you to remove the following videos (reference KCSC-240909-03):

{Y['q']}
{Y['z']}
{Y['h']}

KCSC Takedown
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply with the original request below '-----Original Message-----'",
    why="The Short (written without www) removed; Qm3fT8xLp2A no violation, remains (rejected); the quoted request is not a statement.",
    items={Y['h']: "removed", Y['q']: "rejected"},
)

case(
    name="yt-ticket-in-progress",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 22:18:03 +0900",
    subject="[3-8819000034771] Your request has been updated",
    body=f"""
Hello,

Your request [3-8819000034771] (KCSC-240909-03) has been updated.

Status: In progress

Our team is still reviewing {Y['q']} with our legal
specialists. We expect to reach a decision on it, and on the other two
videos, within five business days.

The YouTube Team
""",
    outcome="review",
    review="not_understood",
    imitates="Ticket status-change notification ('has been updated', Status: In progress)",
    why="'still reviewing' and an expected decision are no statement; one video is named, so review not_understood rather than an acknowledgement.",
    items={Y['q']: "pending"},
)

case(
    name="yt-forwarded-internal-outcome",
    **{"from": "minji.park@google.com"},
    name_from="Minji Park",
    date="Mon, 16 Sep 2024 09:41:12 +0900",
    subject="Fwd: KCSC-240909-03 review outcome",
    body=f"""
Dear KCSC,

Forwarding the outcome from our Trust & Safety colleagues for your records.

Minji

---------- Forwarded message ---------
From: YouTube T&S Escalations <yt-ts-escalations@google.com>
Date: Fri, 13 Sep 2024 at 18:20
Subject: KCSC-240909-03 review outcome
To: Minji Park <minji.park@google.com>

Both videos below were removed under the Community Guidelines:
{Y['z']}
{Y['h']}
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="Platform employee forwarding an internal team's outcome mail (Gmail 'Forwarded message' block)",
    why="The statements are inside a forwarded message, not the sender's own words: review forwarded, items pending.",
    items={Y['z']: "pending", Y['h']: "pending"},
)

case(
    name="yt-about-x-link-wrong-platform",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 12:09:58 +0900",
    subject="Re: [3-8830011200412] KCSC-240913-07",
    body=f"""
Hello,

The URL in your request, {XS['cr555']}, is not on YouTube
or any other Google service, so we cannot take action on it. We have closed
this ticket.

The YouTube Team
""",
    outcome="review",
    review="wrong_platform",
    imitates="Ticket closed by a platform because the URL belongs to another service",
    why="YouTube speaks about an X item: not its own platform's item, review wrong_platform; the item stays pending.",
    items={XS['cr555']: "pending"},
)

MDN = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-2409-yt"

--mdn-2409-yt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is a receipt for the mail you sent to <legal-kr@google.com> at
9/9/2024 2:00 PM.

This receipt verifies that the message has been displayed on the
recipient's computer at 9/9/2024 3:12 PM.
--mdn-2409-yt
Content-Type: message/disposition-notification

Reporting-UA: google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req.20240909.03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
--mdn-2409-yt--
"""
case(
    name="yt-read-receipt",
    **{"from": "legal-kr@google.com"},
    name_from="Google Korea Legal",
    date="Mon, 09 Sep 2024 15:12:30 +0900",
    subject="Read: KCSC-240909-03 removal request",
    reply_to_req="req.20240909.03",
    raw_mime=MDN,
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN, disposition-notification)",
    why="A read receipt says nothing about any item.",
    items={},
)

# ================================================================ NAVER (KCSC-240910-04, 5 items)
case(
    name="naver-cs-ticket-result-korean",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 15:30:00 +0900",
    subject="[네이버 고객센터] 요청하신 게시중단 건의 처리 결과 안내 (KCSC-240910-04)",
    reply_to_req="req.20240910.04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240910-04)에 대한 처리
결과를 안내드립니다.

1. {N['b101']}
   → 게시중단 처리되었습니다.
2. {N['b145']}
   → 임시조치(30일) 되었습니다.
3. {N['c8812']}
   → 블라인드 처리되었습니다.
4. {N['c8830']}
   → 해당 게시물이 존재하지 않습니다(작성자 삭제).
5. {N_IN_RAW}
   → 삭제되었습니다.

문의번호: 2409-118822
본 메일은 발신 전용입니다. 추가 문의는 고객센터 문의하기를 이용해 주세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 메일 with a numbered 처리 결과 list (URL, then → result)",
    why="게시중단 and 블라인드 and 삭제 are removed, 임시조치 is restricted, 존재하지 않음(작성자 삭제) is not_found; the raw Korean path matches its percent-encoded form.",
    items={N['b101']: "removed", N['b145']: "restricted", N['c8812']: "removed", N['c8830']: "not_found", N['in']: "removed"},
)

NV_HTML = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(요청번호 KCSC-240910-04)에 대한 조치결과를 다음과 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{N['c8812']}</td><td>삭제</td><td>2024-09-12</td></tr>
<tr><td>2</td><td>{N['c8830']}</td><td>미조치 (위반사항 없음, 게시 유지)</td><td>2024-09-12</td></tr>
<tr><td>3</td><td>{N['b145']}</td><td>임시조치</td><td>2024-09-12</td></tr>
</table>
<p>네이버(주) 정책지원팀</p>
</body></html>
"""
case(
    name="naver-sijeong-result-html-qp",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Thu, 12 Sep 2024 18:05:00 +0900",
    subject="[회신] 시정요구 조치결과 (KCSC-240910-04)",
    raw_mime=only("html", "quoted-printable", NV_HTML),
    outcome="applied",
    classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table, quoted-printable",
    why="cafe 8812 삭제 (removed), cafe 8830 미조치/위반사항 없음/게시 유지 (rejected), blog 145 임시조치 (restricted).",
    items={N['c8812']: "removed", N['c8830']: "rejected", N['b145']: "restricted"},
)

case(
    name="naver-raw-korean-path-particle",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Sat, 14 Sep 2024 11:11:11 +0900",
    subject="RE: [KCSC-240910-04] 추가 회신",
    reply_to_req="req.20240910.04",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240910-04의 다섯 번째 항목 {N_IN_RAW}은 운영정책 위반으로
비공개 처리하였습니다. 나머지 항목은 앞서 안내드린 바와 같습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Short Korean follow-up in the thread, raw Hangul URL path followed directly by a particle",
    why="The in.naver.com item is 비공개 처리 (removed); 'as told before' about the rest is no statement.",
    items={N['in']: "removed"},
)

case(
    name="naver-tempmeasure-upgraded-to-delete",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Wed, 18 Sep 2024 10:02:45 +0900",
    subject="RE: [KCSC-240910-04] 임시조치 게시물 최종 처리 안내",
    reply_to_req="req.20240910.04",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

지난 9월 12일 임시조치하였던 아래 게시물은 재검토 결과 불법 대부 광고로
확인되어 임시조치를 해제하고 영구 삭제하였습니다.

{N['b145']}

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER follow-up: a post under 임시조치 later deleted permanently",
    why="The earlier 임시조치 is history; the statement now is 영구 삭제: removed.",
    items={N['b145']: "removed"},
)

case(
    name="naver-auth-fail",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    auth="fail",
    date="Sun, 15 Sep 2024 03:44:19 +0900",
    subject="[네이버 고객센터] 게시중단 처리 완료 안내 (KCSC-240910-04)",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 게시물 {N['c8812']}, {N['c8830']}
모두 삭제 완료되었습니다.

감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="NAVER-looking notice whose DKIM/SPF/DMARC fail",
    why="From naver.com but authentication fails: not trustworthy, items pending.",
    items={N['c8812']: "pending", N['c8830']: "pending"},
)

case(
    name="naver-asks-for-decision-copy",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Wed, 11 Sep 2024 14:25:00 +0900",
    subject="RE: [KCSC-240910-04] 추가 자료 요청",
    reply_to_req="req.20240910.04",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240910-04 관련, 블로그 게시물
{N['b101']} 에 대하여 위법성 판단을 위해
심의 의결서 사본을 회신해 주시기 바랍니다.

자료를 받는 대로 검토하여 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Korean platform asking the regulator for the deliberation decision before acting",
    why="Asks us for a document about a named post; no status: review asks_more, item pending.",
    items={N['b101']: "pending"},
)

DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-nv-0910"

--dsn-nv-0910
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx3.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-old@navercorp.com>: host mailstore.navercorp.com said:
    550 5.1.1 <policy-old@navercorp.com>: Recipient address rejected:
    User unknown in local recipient table

--dsn-nv-0910
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.navercorp.com
Arrival-Date: Tue, 10 Sep 2024 10:30:04 +0900

Final-Recipient: rfc822; policy-old@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-nv-0910
Content-Type: message/rfc822

Date: Tue, 10 Sep 2024 10:30:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@navercorp.com
Subject: KCSC-240910-04 게시물 삭제 요청
Message-ID: <req.20240910.04@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물의 삭제를 요청합니다 (요청번호 KCSC-240910-04).

{N['b101']}
{N['b145']}
{N['c8812']}
{N['c8830']}
{N['in']}

--dsn-nv-0910--
"""
case(
    name="naver-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@navercorp.com"},
    name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 10:30:05 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=DSN,
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification with the returned request attached",
    why="A bounce; the URLs are in our own returned request.",
    items={},
)

# ================================================================ Kakao (KCSC-240911-05, 2 items)
case(
    name="kakao-cs-answer-two-items",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 17:48:00 +0900",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (#2409111734)",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

KCSC-240911-05 요청 건의 처리 결과를 안내드립니다.

■ {K['cafe']} : 게시중단
■ {K['tv']} : 국내 접속 차단

※ 본 메일은 발신 전용입니다. 추가 문의는 고객센터(https://cs.kakao.com)를 이용해 주세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 고객센터 answer mail with bullet results per URL",
    why="Daum cafe post 게시중단 (removed); Kakao TV clip 국내 접속 차단 (restricted); cs.kakao.com is a help link.",
    items={K['cafe']: "removed", K['tv']: "restricted"},
)

case(
    name="kakao-english-clip-removed-link-invalid",
    **{"from": "trust@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Mon, 16 Sep 2024 12:30:40 +0900",
    subject="Re: KCSC-240911-05 (#2409111734)",
    reply_to_req="req.20240911.05",
    body=f"""
Hello,

Regarding KCSC-240911-05: the clip {K['tv']} has been removed from
Kakao TV. The Daum Cafe link ({K['cafe']}) is invalid: there is
no post with that number in the cafe.

Kakao Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="English trust-and-safety reply in the ticket thread, one URL in parentheses",
    why="Kakao TV clip removed; the cafe link invalid / no such post (not_found).",
    items={K['tv']: "removed", K['cafe']: "not_found"},
)

case(
    name="kakao-freshdesk-receipt-korean",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 11:02:10 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (#2409111734) KCSC-240911-05",
    body="""
안녕하세요. 카카오 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
접수번호: #2409111734

접수 순서에 따라 확인 후 답변드리겠습니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Korean helpdesk automatic receipt ('문의가 접수되었습니다', 접수번호)",
    why="Pure receipt with a ticket number; no item statement.",
    items={},
)

case(
    name="kakao-ticket-closed-survey",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Thu, 19 Sep 2024 09:00:00 +0900",
    subject="[카카오 고객센터] 상담이 종료되었습니다. 만족도 평가에 참여해 주세요",
    body="""
안녕하세요. 카카오 고객센터입니다.

문의하신 상담이 종료되었습니다.
상담 내용에 만족하셨나요? 아래에서 평가해 주세요.

매우 만족 / 만족 / 보통 / 불만족

※ 본 메일은 발신 전용입니다.
""",
    outcome="review",
    review="no_claims",
    imitates="Helpdesk 'ticket closed, rate our support' satisfaction survey",
    why="Trusted Kakao mail that names no item and no request of ours: review no_claims.",
    items={},
)

# ================================================================ Discord (KCSC-240912-06, 1 item)
case(
    name="discord-zendesk-solved-no-url",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Mon, 16 Sep 2024 05:12:44 +0900",
    subject="[Discord] Re: KCSC-240912-06 - Request #39918204 solved",
    reply_to_req="req.20240912.06",
    body=f"""
{ZD_LINE}

Noor (Discord Trust & Safety)

Sep 15, 2024, 13:12 PDT

Hi there,

Thanks for your patience. Our Safety team reviewed the message you reported
and removed it. The user who posted it has also been actioned.

Regards,
Noor
Discord Trust & Safety

This email is a service from Discord. Delivered by Zendesk
""",
    outcome="applied",
    classification="confirmation",
    imitates="Discord-style Zendesk solved notification naming no URL",
    why="One-item request; 'the message you reported ... removed it' applies to it.",
    items={D['msg']: "removed"},
)

case(
    name="discord-reviewed-no-violation",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 08:40:00 +0900",
    subject="[Discord] Re: KCSC-240912-06 - Request #39918204",
    body=f"""
{ZD_LINE}

Hi,

We reviewed the message at {D['msg']}
against our Community Guidelines (https://discord.com/guidelines) and did
not find a violation, so we are not taking action on it.

Regards,
Discord Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Trust-and-safety refusal with its reason, link to the guidelines",
    why="A decision not to act because no violation: rejected; the guidelines link is not an item.",
    items={D['msg']: "rejected"},
)

case(
    name="discord-helpscout-auto-receipt",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 16:21:30 +0900",
    subject="Re: KCSC-240912-06 removal request",
    reply_to_req="req.20240912.06",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Thanks for contacting Discord Trust & Safety!

This is an automated reply to let you know that we have received your
message (#39918204). We aim to respond within three business days.

Discord Trust & Safety
""",
    outcome="ignored",
    imitates="Help Scout mailbox auto-reply confirming receipt with a conversation number",
    why="Automatic receipt; no item statement (classification left open: auto_reply or acknowledgement both fit).",
    items={},
)

case(
    name="x-out-of-office",
    **{"from": "dcho@x.com"},
    name_from="Daniel Cho",
    date="Thu, 05 Sep 2024 15:10:42 +0900",
    subject="Automatic reply: KCSC-240905-02 removal request",
    reply_to_req="req.20240905.02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 23 September with limited access to email.
For urgent legal requests please write to legal@x.com.

Daniel
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="Out-of-office reply.",
    items={},
)


HEADER = """# Blind set 248: ticket systems and threads (Zendesk, Freshdesk, Jira Service
# Management, Help Scout receipts and results, follow-ups, replies to
# reminders, partial answers, forwarded mail). Written by make.py; expected
# results from each email's meaning alone, before any run of the reader.
"""

def encode_headers(cases):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as
    real mail systems send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = email.header.Header(v, "utf-8").encode()


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind248", HEADER, CASES)
    print(len(CASES), "cases")
