#!/usr/bin/env python3
"""Blind set blind674: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts and
results, solved tickets, follow-ups in the same thread, replies to our
reminders, partial answers and forwarded mail. Every email is fictional and
written from scratch; the expected result of each case was written from the
email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind674/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind674"

# ---------------------------------------------------------------- requests
R1 = "KCSC-240903-01"  # telegram, 12 items (largest)
R2 = "KCSC-240905-02"  # x, 4 items
R3 = "KCSC-240906-03"  # youtube, 3 items
R4 = "KCSC-240909-04"  # naver, 3 items (one Korean path)
R5 = "KCSC-240910-05"  # discord, 2 items
R6 = "KCSC-240911-06"  # kakao, 5 items
R7 = "KCSC-240912-07"  # x, 1 item

T_NM1 = "https://t.me/nightmarket_kr/1041"
T_NM2 = "https://t.me/nightmarket_kr/1057"
T_NM3 = "https://t.me/nightmarket_kr/1063"
T_PT1 = "https://t.me/pilltrade_seoul/88"
T_PT2 = "https://t.me/pilltrade_seoul/91"
T_PT3 = "https://t.me/pilltrade_seoul/120"
T_FI1 = "https://t.me/fakeid_works/7"
T_FI2 = "https://t.me/fakeid_works/15"
T_BD = "https://t.me/bluedeal_shop"
T_BD1 = "https://t.me/bluedeal_shop/302"
T_PRV = "https://t.me/c/1948271/55"
T_GC = "https://t.me/ghostcards_b/4410"
TG_ALL = [T_NM1, T_NM2, T_NM3, T_PT1, T_PT2, T_PT3, T_FI1, T_FI2, T_BD, T_BD1, T_PRV, T_GC]

X_DV1 = "https://x.com/kr_darkvend/status/1831002748811203584"
X_DV2 = "https://x.com/kr_darkvend/status/1831019934120448001"
X_SORA = "https://x.com/sora_ticketz/status/1831107755601039362"
X_MINHO = "https://x.com/minho_dealz99"
X_ALL = [X_DV1, X_DV2, X_SORA, X_MINHO]
X_LOAN = "https://x.com/hanbit_loan_kr/status/1833881920471232512"

Y_V1 = "https://www.youtube.com/watch?v=Qx7mB2rTn4E"
Y_V2 = "https://www.youtube.com/watch?v=p9LdW3vKc0s"
Y_CH = "https://www.youtube.com/@quickcash_tv_kr"
YT_ALL = [Y_V1, Y_V2, Y_CH]

N_BLOG = "https://blog.naver.com/greenleaf_0917/223578104412"
N_CAFE = "https://cafe.naver.com/jjangmarket/58213"
N_INF = "https://in.naver.com/%EB%8B%B4%EB%B9%84%EB%A7%88%EC%BC%93"  # 담비마켓
N_INF_RAW = "https://in.naver.com/담비마켓"
NV_ALL = [N_BLOG, N_CAFE, N_INF]

D_MSG = "https://discord.com/channels/1120456789012345678/1120456789012345999/1282716459903172608"
D_INV = "https://discord.gg/fastpills"

K_C1 = "https://cafe.daum.net/moneyplus77/Kq3B/1182"
K_C2 = "https://cafe.daum.net/moneyplus77/Kq3B/1190"
K_O1 = "https://open.kakao.com/o/gXy8Lm2f"
K_O2 = "https://open.kakao.com/o/sPq41Rtb"
K_ST = "https://story.kakao.com/_4bKj2A/HnLw7Fz9Qx0"
KK_ALL = [K_C1, K_C2, K_O1, K_O2, K_ST]

REQUESTS = [
    (R1, "telegram", "2024-09-03T10:05:00+09:00", "2024-09-10T18:00:00+09:00", TG_ALL, "drugs",
     "Telegram channels selling drugs, forged IDs and card data"),
    (R2, "x", "2024-09-05T14:20:00+09:00", "2024-09-12T18:00:00+09:00", X_ALL, "fraud",
     "ticket resale fraud and illegal goods"),
    (R3, "youtube", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00", YT_ALL, "illegal_finance",
     "unregistered lending promotion"),
    (R4, "naver", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00", NV_ALL, "gambling",
     "illegal gambling promotion on NAVER"),
    (R5, "discord", "2024-09-10T16:30:00+09:00", "2024-09-17T18:00:00+09:00", [D_MSG, D_INV], "drugs",
     "server selling prescription drugs"),
    (R6, "kakao", "2024-09-11T10:15:00+09:00", "2024-09-18T18:00:00+09:00", KK_ALL, "illegal_finance",
     "Daum cafe and open chats for illegal loans"),
    (R7, "x", "2024-09-12T15:45:00+09:00", "2024-09-19T18:00:00+09:00", [X_LOAN], "illegal_finance",
     "single post advertising illegal loans"),
]


def msgid(ref):
    return "req." + ref[5:] + "@kcsc.example"


def mid_local(ref):
    return "req." + ref[5:]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])


def our_request_lines(ref, urls, prefix="> "):
    lines = [
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        "restrict the following content, which breaks Korean law:",
        "",
    ]
    lines += ["%d. %s" % (i + 1, u) for i, u in enumerate(urls)]
    lines += [
        "",
        "Reference: %s" % ref,
        "Please tell us the action taken for each URL.",
        "",
        "KCSC Takedown Desk",
    ]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def reminder_hdr(ref, n=1):
    return [f"In-Reply-To: <reminder.{ref}.{n}@kcsc.example>",
            f"References: <{msgid(ref)}> <reminder.{ref}.{n}@kcsc.example>"]


CASES = []


def case(**kw):
    CASES.append(kw)


# ============================================================== Telegram
case(
    name="tg-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' trigger e-mail of an abuse desk",
    why="Automatic receipt with a ticket number; says nothing about any item.",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Tue, 03 Sep 2024 10:07:12 +0900",
    subject=f"[Case #4821307] Re: {R1} Removal request (12 URLs)",
    reply_to_req=mid_local(R1),
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body="""
##- Please type your reply above this line -##

Your request (Case #4821307) has been received and is waiting for an agent.

You can add more details by replying to this email. Please keep the case
number in the subject so that your reply is attached to the same request.

Telegram Abuse Team

This email is a service from Telegram Support.
[7Q2LXK-M9R4]
""",
    items={},
)

case(
    name="tg-zendesk-solved-list",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification with the agent's last comment",
    why="Solved ticket; agent lists three links: two removed, one not found.",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Wed, 04 Sep 2024 18:02:40 +0900",
    subject=f"[Case #4821307] Re: {R1} Removal request (12 URLs)",
    reply_to_req=mid_local(R1),
    body=f"""
##- Please type your reply above this line -##

Your request (Case #4821307) has been solved. To reopen it, simply reply
to this email.

----------------------------------------------

Mira (Telegram Abuse)

Sep 4, 2024, 13:02 GMT+4

Hello,

We went through the first part of your list. Results:

- {T_NM1} - removed
- {T_NM2} - removed
- {T_NM3} - we could not find this message; the link does not lead to an existing post.

The other links of your report are being handled in a separate ticket.

Best regards,
Mira
Telegram Abuse

----------------------------------------------

This email is a service from Telegram Support.
[7Q2LXK-M9R4]
""",
    items={T_NM1: "removed", T_NM2: "removed", T_NM3: "not_found"},
)

case(
    name="tg-followup-over-quoted-previous",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same ticket thread, Gmail-quoted previous agent reply",
    why="New statements for the pilltrade links; the nightmarket results appear only in the quoted earlier message.",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 16:44:03 +0900",
    subject=f"Re: [Case #4821307] {R1} Removal request (12 URLs)",
    reply_to_req=mid_local(R1),
    body=f"""
Hello again,

Following up on the rest of the pill trade channel:

{T_PT1} and {T_PT2} were taken down this morning.
{T_PT3} does not exist any more - the channel admin deleted it before we got to it.

Regards,
Mira
Telegram Abuse

On Wed, 4 Sep 2024 at 13:02, Telegram Abuse <abuse@telegram.org> wrote:
> Hello,
>
> We went through the first part of your list. Results:
>
> - {T_NM1} - removed
> - {T_NM2} - removed
>
> Best regards,
> Mira
""",
    items={T_PT1: "removed", T_PT2: "removed", T_PT3: "not_found",
           T_NM1: "pending", T_NM2: "pending"},
)

case(
    name="tg-reply-to-reminder-status-below",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply typed above our quoted reminder, URL then status on the next line",
    why="Two posts blocked, a channel closed with its post gone; the last two links are only in the quoted reminder.",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 11:20:31 +0900",
    subject=f"Re: [Reminder] {R1} - 6 of 12 items still pending",
    extra_headers=reminder_hdr(R1),
    body=f"""
Dear KCSC team,

Sorry for the delay. Update on the outstanding links:

{T_FI1}
blocked for violating Telegram's Terms of Service

{T_FI2}
blocked for violating Telegram's Terms of Service

{T_BD}
channel closed; its posts, including {T_BD1}, are no longer available

We are still looking into the other two and will write again.

Telegram Abuse Team

On Mon, 9 Sep 2024 09:00 +0900, KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: the following items of request {R1} are still pending.
>
> {T_FI1}
> {T_FI2}
> {T_BD}
> {T_BD1}
> {T_PRV}
> {T_GC}
>
> KCSC Takedown Desk
""",
    items={T_FI1: "removed", T_FI2: "removed", T_BD: "removed", T_BD1: "removed",
           T_PRV: "pending", T_GC: "pending"},
)

case(
    name="tg-freshdesk-html-table",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' HTML notification with a result table",
    why="HTML table: one removed, one private link not found, one left up for no violation.",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Wed, 11 Sep 2024 09:15:00 +0900",
    subject=f"Ticket #77120 resolved - {R1}",
    reply_to_req=mid_local(R1),
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<div style="color:#b5b5b5">-- Reply above this line --</div>
<p>Dear KCSC Takedown,</p>
<p>Your ticket <b>#77120</b> ({R1}) has been marked as <b>Resolved</b>.
Outcome per link:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Outcome</th></tr>
<tr><td><a href="{T_GC}">{T_GC}</a></td><td>Removed</td></tr>
<tr><td><a href="{T_PRV}">{T_PRV}</a></td><td>Not found &ndash; link to a private chat, the message cannot be identified</td></tr>
<tr><td><a href="{T_PT3}">{T_PT3}</a></td><td>No violation found &ndash; content remains available</td></tr>
</table>
<p>If you believe this was resolved in error, reply within 7 days to reopen the ticket.</p>
<p>Kind regards,<br>Telegram Support</p>
<p style="font-size:11px;color:#888">Powered by Freshdesk</p>
</body></html>
""",
    items={T_GC: "removed", T_PRV: "not_found", T_PT3: "rejected"},
)

CSV_TG = "\n".join([
    "link,action,date",
    f"{T_NM1},Removed,2024-09-05",
    f"{T_NM2},Removed,2024-09-05",
    f"{T_NM3},Not found,2024-09-05",
    f"{T_PT1},Removed,2024-09-06",
    f"{T_FI1},No violation,2024-09-06",
    f"{T_GC},Removed,2024-09-06",
]) + "\n"

case(
    name="tg-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="ticket reply with a CSV export of the moderation outcomes attached",
    why="CSV attachment with six rows: four removed, one not found, one no violation.",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 20:31:09 +0900",
    subject=f"Re: [Case #4821307] {R1} Removal request (12 URLs)",
    reply_to_req=mid_local(R1),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_tgcsv_0906"

--=_tgcsv_0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The outcome for the links we have processed so far under Case #4821307
is in the attached file. The remaining links are still with the team.

Telegram Abuse

--=_tgcsv_0906
Content-Type: text/csv; charset=utf-8; name="case_4821307_outcome.csv"
Content-Disposition: attachment; filename="case_4821307_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_TG)}
--=_tgcsv_0906--
""",
    items={T_NM1: "removed", T_NM2: "removed", T_NM3: "not_found", T_PT1: "removed",
           T_FI1: "rejected", T_GC: "removed"},
)

case(
    name="tg-helpscout-status-lines",
    outcome="applied", classification="confirmation",
    imitates="Help Scout style agent reply: bare URL, 'Status:' line below",
    why="Two blocked, private link invalid, one still in review.",
    **{"from": "abuse@telegram.org"}, name_from="Oleg at Telegram",
    date="Mon, 09 Sep 2024 15:02:44 +0900",
    subject=f"Re: {R1} Removal request (12 URLs)",
    reply_to_req=mid_local(R1),
    body=f"""
Hi there,

Here is where we are with Case #4821307:

{T_FI1}
Status: Blocked

{T_FI2}
Status: Blocked

{T_PRV}
Status: Link invalid (private chat, we have no way to open it)

{T_GC}
Status: In review

Thanks,
Oleg
Telegram Abuse Desk

--
Reply to this email or visit https://telegram.org/support to update the case.
""",
    items={T_FI1: "removed", T_FI2: "removed", T_PRV: "not_found", T_GC: "pending"},
)

case(
    name="tg-jira-comment-added",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'comment added' customer notification",
    why="Agent comment: one message deleted, the private link resolves to nothing; portal link is not an item.",
    **{"from": "jira@telegram.org"}, name_from="Telegram Service Desk",
    date="Thu, 12 Sep 2024 10:41:27 +0900",
    subject=f"[TSD-4471] {R1}: removal request - comment added",
    reply_to_req=mid_local(R1),
    body=f"""
----------------------------------------------
Reply above this line.

Ivan Petrov commented:

Both remaining items are done:

* {T_GC} - the message has been deleted.
* {T_PRV} - this points to a message in a private group; it does not
  resolve to any content we can find.

View request: https://support.telegram.org/servicedesk/customer/portal/3/TSD-4471
Turn off this request's notifications

This is shared with KCSC Takedown.

Powered by Jira Service Management
""",
    items={T_GC: "removed", T_PRV: "not_found"},
)

case(
    name="tg-numbered-list-with-promise",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with a numbered list, one line only a promise",
    why="Two removed; the middle link 'will be removed once confirmed' is a promise and stays pending.",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 12:10:00 +0900",
    subject=f"Re: [Case #4821307] {R1} Removal request (12 URLs)",
    reply_to_req=mid_local(R1),
    body=f"""
Hello,

1. {T_PT1} - removed.
2. {T_PT2} - will be removed once our moderators confirm the report.
3. {T_NM3} - removed.

Best,
Telegram Abuse
""",
    items={T_PT1: "removed", T_PT2: "pending", T_NM3: "removed"},
)

case(
    name="tg-zendesk-history-correction",
    outcome="review", review="conflicting_statements",
    imitates="Zendesk update notification showing the latest comment above the earlier ones (ticket history)",
    why="The latest comment retracts the earlier 'removed' for fakeid_works/15 (no violation); both appear unquoted in one email.",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Wed, 11 Sep 2024 17:25:51 +0900",
    subject=f"[Case #4821307] Update: {R1} Removal request (12 URLs)",
    reply_to_req=mid_local(R1),
    body=f"""
##- Please type your reply above this line -##

Oleg (Telegram Abuse)

Sep 11, 2024, 12:24 GMT+4

Correction to my message of yesterday: {T_FI2} was not removed.
After a second review the post turned out to be a news article about
forged documents. It does not break our rules and stays up.

Oleg (Telegram Abuse)

Sep 10, 2024, 10:03 GMT+4

{T_FI1} and {T_FI2} have been removed.

This email is a service from Telegram Support.
[7Q2LXK-M9R4]
""",
    items={T_FI1: "pending", T_FI2: "pending"},
)

case(
    name="tg-bulk-solved",
    outcome="review", review="bulk",
    imitates="one-line 'all reported content removed, ticket solved' agent reply",
    why="One statement about all the reported content of a twelve-item request, naming none.",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 09:30:12 +0900",
    subject=f"Re: [Case #4821307] {R1} Removal request (12 URLs)",
    reply_to_req=mid_local(R1),
    body=f"""
Hello,

Thank you for your report {R1}. All of the reported content has been
removed from Telegram. We are marking this case as solved.

Telegram Abuse Team
""",
    items={u: "pending" for u in TG_ALL},
)

case(
    name="tg-reminder-reply-escalated",
    outcome="review", review="not_understood",
    imitates="agent reply to a reminder: links escalated, will review",
    why="Names two items but only promises a review and an update.",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 14:03:00 +0900",
    subject=f"Re: [Reminder] {R1} - 2 of 12 items still pending",
    extra_headers=reminder_hdr(R1, 2),
    body=f"""
Hi,

Thanks for the reminder. The links {T_PRV} and
{T_GC} have been escalated to our moderation team, who
will review them and take action where appropriate. We will update this
case as soon as we hear back.

Telegram Abuse

On Thu, 12 Sep 2024 09:00 +0900, KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: 2 items of {R1} are still pending.
""",
    items={T_PRV: "pending", T_GC: "pending"},
)

case(
    name="tg-zendesk-hosted-domain",
    outcome="review", review="unknown_sender",
    imitates="reply sent from a help-desk vendor's hosted subdomain instead of the platform's own domain",
    why="Statement about a Telegram link, but sent from a zendesk.com address, no Telegram sender domain.",
    **{"from": "support@telegramabuse.zendesk.com"}, name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 08:12:45 +0900",
    subject=f"[Telegram Abuse] Re: {R1} Removal request (12 URLs)",
    reply_to_req=mid_local(R1),
    body=f"""
##- Please type your reply above this line -##

Hello,

{T_NM1} has been removed.

Telegram Abuse
""",
    items={T_NM1: "pending"},
)

case(
    name="kcsc-colleague-forward",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="colleague forwarding a platform answer received in a personal mailbox (Gmail forward block)",
    why="The Telegram statement arrives inside a forward by a KCSC colleague, not from Telegram itself.",
    **{"from": "jiyoon.park@kcsc.example"}, name_from="Park Jiyoon",
    date="Mon, 09 Sep 2024 10:02:19 +0900",
    subject=f"Fwd: Re: {R1} Removal request (12 URLs)",
    body=f"""
FYI - Telegram answered to my own address instead of the desk.

---------- Forwarded message ---------
From: Telegram Abuse <abuse@telegram.org>
Date: Sun, 8 Sep 2024 at 22:14
Subject: Re: {R1} Removal request (12 URLs)
To: Park Jiyoon <jiyoon.park@kcsc.example>

Hello,

The post {T_PT2} has been removed.

Telegram Abuse
""",
    items={T_PT2: "pending"},
)

# ============================================================== X
case(
    name="x-case-resolved-mixed",
    outcome="applied", classification="confirmation",
    imitates="X legal case reply (Salesforce-style case number and thread ref) with per-URL outcomes",
    why="Withheld in Korea, removed, and no violation for three posts.",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 03:44:10 +0900",
    subject=f"Case# 0712448390: {R2} [ ref:_00DA0Hq2._5004X1ZcQwp:ref ]",
    reply_to_req=mid_local(R2),
    body=f"""
Hello,

Thank you for your report. We reviewed the content you reported and took
the following action:

{X_DV1}: withheld in South Korea under local law.
{X_DV2}: removed for violating the X Rules.
{X_SORA}: we did not find a violation of the X Rules or of local law and are not taking action on this post.

Regards,
X Legal

ref:_00DA0Hq2._5004X1ZcQwp:ref
""",
    items={X_DV1: "restricted", X_DV2: "removed", X_SORA: "rejected"},
)

QP_BODY = (
    "Hello,\n"
    "\n"
    "Thank you for your follow=E2=80=91up on case 0712448390.\n"
    "\n"
    "The account @minho_dealz99 (" + X_MINHO + ") has been suspended=\n"
    " for violating our rules on illegal or certain regulated goods and servic=\n"
    "es. Its posts are no longer visible on X.\n"
    "\n"
    "We=E2=80=99re still reviewing the other open item of this case.\n"
    "\n"
    "Regards,\n"
    "X Support\n"
    "\n"
    "On Mon, Sep 9, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrot=\n"
    "e:\n"
    "> Reminder: the following items of request " + R2 + " are still pending:\n"
    "> " + X_DV1 + "\n"
    "> " + X_MINHO + "\n"
)

case(
    name="x-account-suspended-qp",
    outcome="applied", classification="confirmation",
    imitates="X support reply to our reminder, quoted-printable body",
    why="Account suspended and its posts no longer visible: removed; the other item is only 'still reviewing'.",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Tue, 10 Sep 2024 06:18:33 +0900",
    subject=f"RE: [Reminder] {R2} - 2 of 4 items still pending",
    extra_headers=reminder_hdr(R2),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + QP_BODY,
    items={X_MINHO: "removed", X_DV1: "pending"},
)

case(
    name="x-single-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="X support reply to a one-post report: 'the reported post has been removed'",
    why="One-item request; the sole statement names no URL but can only mean that post.",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Fri, 13 Sep 2024 02:51:07 +0900",
    subject=f"Re: {R7} Removal request (1 URL)",
    reply_to_req=mid_local(R7),
    body=f"""
Hello,

We've reviewed your report {R7}. The reported post has been removed from X
for violating our rules on financial scams.

Thanks,
X Support

Case 0712771204
""",
    items={X_LOAN: "removed"},
)

case(
    name="x-wrapped-angle-urls",
    outcome="applied", classification="confirmation",
    imitates="agent reply from a desktop client that wraps long <URL>s across lines",
    why="One post removed (its <URL> wrapped onto the next line), one withheld in Korea.",
    **{"from": "legal@x.com"}, name_from="Dana Whitfield",
    date="Wed, 11 Sep 2024 01:09:55 +0900",
    subject=f"RE: {R2} Removal request (4 URLs)",
    reply_to_req=mid_local(R2),
    body=f"""
Hello KCSC,

Following your request {R2}, the post at
<https://x.com/kr_darkvend/status/
1831019934120448001> has been removed.

The post <{X_SORA}> has been withheld in the Republic of Korea.

Best regards,
Dana Whitfield
Legal Operations, X Corp.
""",
    items={X_DV2: "removed", X_SORA: "restricted"},
)

case(
    name="x-gmail-reply-to-reminder",
    outcome="applied", classification="confirmation",
    imitates="short agent answer typed above a Gmail-quoted reminder",
    why="Account withheld in Korea and one post removed; the others only in the quote.",
    **{"from": "legal@x.com"}, name_from="Dana Whitfield",
    date="Thu, 12 Sep 2024 08:40:00 +0900",
    subject=f"Re: [Reminder] {R2} - 3 of 4 items still pending",
    extra_headers=reminder_hdr(R2, 2),
    body=f"""
Hi,

{X_MINHO} - withheld in South Korea.
{X_DV1} - removed.

Dana

On Wed, Sep 11, 2024 at 9:00 PM KCSC Takedown <takedown@kcsc.example> wrote:

> Reminder: the following items of request {R2} are still pending:
>
> {X_DV1}
> {X_SORA}
> {X_MINHO}
>
> KCSC Takedown Desk
""",
    items={X_MINHO: "restricted", X_DV1: "removed", X_SORA: "pending"},
)

case(
    name="x-auth-fail",
    outcome="review", review="untrusted",
    imitates="X legal reply whose DKIM/SPF/DMARC fail",
    why="Claims to come from x.com but fails authentication.",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    date="Mon, 09 Sep 2024 19:30:02 +0900",
    subject=f"Re: {R2} Removal request (4 URLs)",
    reply_to_req=mid_local(R2),
    body=f"""
Hello,

The account {X_MINHO} has been suspended.

X Legal
""",
    items={X_MINHO: "pending"},
)

case(
    name="x-hedged-author-deleted",
    outcome="review", review="not_understood",
    imitates="agent follow-up hedging that the author may already have deleted the post",
    why="'may have already been deleted ... we're confirming' is a hedge, not a statement.",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Sat, 07 Sep 2024 04:22:18 +0900",
    subject=f"Re: {R2} Removal request (4 URLs)",
    reply_to_req=mid_local(R2),
    body=f"""
Hi,

Thanks for following up. It looks like {X_DV1} may
have already been deleted by the account holder; we're confirming this
with the team and will get back to you.

X Support
""",
    items={X_DV1: "pending"},
)

case(
    name="x-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply from a platform lawyer",
    why="Out-of-office auto-reply.",
    **{"from": "d.whitfield@x.com"}, name_from="Dana Whitfield",
    date="Thu, 05 Sep 2024 14:21:03 +0900",
    subject=f"Automatic reply: {R2} Removal request (4 URLs)",
    reply_to_req=mid_local(R2),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday 16 September with limited access to
email. For urgent legal requests please write to legal@x.com.

Dana Whitfield
""",
    items={},
)

# ============================================================== YouTube
case(
    name="yt-legal-ticket-mixed",
    outcome="applied", classification="confirmation",
    imitates="Google legal-removals ticket reply ([n-nnnnnnnnnnnnn] subject) with outcome per video",
    why="One video removed globally, one blocked from view in South Korea; help-centre link is no item.",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Tue, 10 Sep 2024 07:12:49 +0900",
    subject=f"[7-3308000035810] Re: {R3} Removal request (3 URLs)",
    reply_to_req=mid_local(R3),
    body=f"""
Hello,

Thanks for reaching out to us. We reviewed the content you reported.

- {Y_V1}
  Removed globally for violating YouTube's Community Guidelines.

- {Y_V2}
  Blocked from view in South Korea based on local law.

For more information about how we handle legal requests, see
https://support.google.com/legal/answer/9876543

Regards,
The YouTube Legal Team
""",
    items={Y_V1: "removed", Y_V2: "restricted"},
)

YT_B64 = f"""Hello,

Following up on {R3}: the channel {Y_CH} has been
terminated for repeated violations of our spam, deceptive practices and
scams policies. Its videos are no longer available on YouTube.

The YouTube Team
"""

case(
    name="yt-channel-terminated-base64",
    outcome="applied", classification="confirmation",
    imitates="YouTube ticket follow-up, base64 transfer encoding",
    why="Channel terminated: removed.",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Wed, 11 Sep 2024 05:33:21 +0900",
    subject=f"[7-3308000035810] {R3} update",
    reply_to_req=mid_local(R3),
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(YT_B64),
    items={Y_CH: "removed"},
)

case(
    name="yt-outlook-top-posted",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply above '-----Original Message-----' with our request",
    why="One removed, one reviewed and left up; the channel is named only in the quoted request.",
    **{"from": "legal-kr@google.com"}, name_from="Seo Minji",
    date="Mon, 09 Sep 2024 16:47:02 +0900",
    subject=f"RE: {R3} Removal request (3 URLs)",
    reply_to_req=mid_local(R3),
    body=f"""
Hello,

{Y_V1} - removed.
{Y_V2} - we reviewed this video and found no violation of our policies or of local law, so it will stay up.

We have not finished looking at the channel yet.

Best,
Minji

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 9:40 AM
To: legal-kr@google.com
Subject: {R3} Removal request (3 URLs)

{our_request_lines(R3, YT_ALL, prefix="")}
""",
    items={Y_V1: "removed", Y_V2: "rejected", Y_CH: "pending"},
)

case(
    name="yt-age-restricted",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply that a video was age-restricted, with a help-centre link",
    why="Age-restricted: restricted. The support.google.com link is a policy page.",
    **{"from": "legal-kr@google.com"}, name_from="Seo Minji",
    date="Thu, 12 Sep 2024 11:05:39 +0900",
    subject=f"Re: {R3} Removal request (3 URLs)",
    reply_to_req=mid_local(R3),
    body=f"""
Hi,

The video {Y_V2} has been age-restricted:
viewers now have to be signed in and 18 or older to watch it. Our policy
on age restrictions is at https://support.google.com/youtube/answer/1112223

Minji

On Fri, Sep 6, 2024 at 9:40 AM KCSC Takedown <takedown@kcsc.example> wrote:
{our_request_lines(R3, YT_ALL)}
""",
    items={Y_V2: "restricted", Y_V1: "pending", Y_CH: "pending"},
)

case(
    name="yt-asks-more",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="YouTube legal ticket asking for the legal basis and timestamps before acting",
    why="Asks for more information about two videos; no outcome.",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Sat, 07 Sep 2024 02:14:55 +0900",
    subject=f"[7-3308000035810] Re: {R3} Removal request (3 URLs)",
    reply_to_req=mid_local(R3),
    body=f"""
Hello,

To proceed with your request regarding {Y_V1} and
{Y_V2}, we need more information:

1. the specific provision of Korean law the content is believed to break;
2. for each video, the timestamp(s) where the content appears.

Please reply to this email with the information above. We cannot take
action until we receive it.

Regards,
Google Legal Support
""",
    items={Y_V1: "pending", Y_V2: "pending"},
)

case(
    name="yt-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="MDN (disposition-notification) read receipt from a platform employee's client",
    why="Read receipt.",
    **{"from": "legal-kr@google.com"}, name_from="Seo Minji",
    date="Fri, 06 Sep 2024 10:02:11 +0900",
    subject=f"Read: {R3} Removal request (3 URLs)",
    reply_to_req=mid_local(R3),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_0906"

--mdn_0906
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: {R3} Removal request (3 URLs)
  Sent: Friday, September 6, 2024 9:40 AM

was read on Friday, September 6, 2024 10:02 AM.

--mdn_0906
Content-Type: message/disposition-notification

Reporting-UA: legal-kr.google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <{msgid(R3)}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_0906--
""",
    items={},
)

# ============================================================== NAVER
case(
    name="naver-cs-answer-ko",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 메일 (처리 결과 안내)",
    why="블로그 게시중단 (removed), 카페 임시조치 (restricted); 나머지 1건은 확인 중, 이름 없음.",
    **{"from": "help@naver.com"}, name_from="NAVER 고객센터",
    date="Wed, 11 Sep 2024 14:30:00 +0900",
    subject=f"[NAVER 고객센터] 문의하신 내용에 대한 답변입니다 ({R4})",
    reply_to_req=mid_local(R4),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ {N_BLOG}
  - 처리 결과: 게시중단
■ {N_CAFE}
  - 처리 결과: 임시조치(30일)

나머지 1건은 현재 확인 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

답변이 도움이 되셨나요? 이 메일은 발신 전용입니다.
네이버 고객센터 https://help.naver.com
""",
    items={N_BLOG: "removed", N_CAFE: "restricted"},
)

case(
    name="naver-html-table-korean-path",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 HTML table (번호 / URL / 조치결과 / 조치일)",
    why="삭제 (removed), 위반사항 미확인으로 미조치 (rejected), 국내 접속 차단 (restricted) for a raw Korean path.",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 17:05:44 +0900",
    subject=f"[조치결과 회신] {R4} 시정요구 건",
    reply_to_req=mid_local(R4),
    type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>{R4} 시정요구에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N_BLOG}</td><td>삭제</td><td>2024-09-12</td></tr>
<tr><td>2</td><td>{N_CAFE}</td><td>미조치 (위반사항 미확인)</td><td>-</td></tr>
<tr><td>3</td><td>{N_INF_RAW}</td><td>국내 접속 차단</td><td>2024-09-13</td></tr>
</table>
<p>문의사항은 본 메일로 회신 부탁드립니다.<br>NAVER 정책지원팀 드림</p>
</body></html>
""",
    items={N_BLOG: "removed", N_CAFE: "rejected", N_INF: "restricted"},
)

case(
    name="naver-particles-fullwidth",
    outcome="applied", classification="confirmation",
    imitates="NAVER 담당자 회신, URLs followed by Korean particles and full-width brackets",
    why="작성자가 직접 삭제 (not_found), 블라인드 (removed), 비공개 처리 (removed).",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Thu, 12 Sep 2024 10:20:15 +0900",
    subject=f"RE: {R4} 게시물 삭제 요청",
    reply_to_req=mid_local(R4),
    body=f"""
안녕하세요, 네이버 정책지원 담당자입니다.

요청하신 게시물 처리 결과입니다.

1) {N_BLOG}은(는) 작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다.
2) 카페 게시글（{N_CAFE}）은 카페 운영원칙 위반으로 블라인드 처리하였습니다.
3) {N_INF_RAW} ： 비공개 처리 완료

감사합니다.
""",
    items={N_BLOG: "not_found", N_CAFE: "removed", N_INF: "removed"},
)

case(
    name="naver-receipt-plus-result",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고 접수 안내 that also carries a result",
    why="접수 문구 plus an unhedged 게시중단 for the cafe post: not a pure acknowledgement.",
    **{"from": "help@naver.com"}, name_from="NAVER 고객센터",
    date="Tue, 10 Sep 2024 09:05:31 +0900",
    subject=f"[NAVER] 신고 접수 및 처리 안내 ({R4})",
    reply_to_req=mid_local(R4),
    body=f"""
신고가 정상적으로 접수되었습니다. (접수번호: 2409-118734)

아울러 검토 결과 {N_CAFE} 게시물은
게시중단 조치되었음을 알려드립니다.

나머지 게시물은 검토 후 별도로 안내드리겠습니다.

네이버 고객센터
""",
    items={N_CAFE: "removed"},
)

case(
    name="naver-reply-to-reminder-outlook",
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook reply above '-----Original Message-----' quoting our reminder",
    why="Raw Korean path 접근 제한(국내): restricted; the other URLs only in the quoted reminder.",
    **{"from": "policy@navercorp.com"}, name_from="김도현",
    date="Fri, 13 Sep 2024 11:47:20 +0900",
    subject=f"RE: [Reminder] {R4} - 2 of 3 items still pending",
    extra_headers=reminder_hdr(R4),
    body=f"""
안녕하세요, 리마인드 메일 확인했습니다.

{N_INF_RAW} 은 9월 13일 자로 국내 접근 제한 조치되었습니다.
블로그 건은 확인 후 회신드리겠습니다.

김도현 드림
NAVER 정책지원팀

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-13 (금) 09:00:00 (GMT+09:00)
Subject: [Reminder] {R4} - 2 of 3 items still pending

Reminder: the following items of request {R4} are still pending:
{N_BLOG}
{N_INF}
""",
    items={N_INF: "restricted", N_BLOG: "pending"},
)

case(
    name="naver-ticket-closed-no-claims",
    outcome="review", review="no_claims",
    imitates="NAVER 고객센터 '문의 처리 완료' notice pointing to the web inbox",
    why="Trusted NAVER mail naming no item and no request of ours.",
    **{"from": "help@naver.com"}, name_from="NAVER 고객센터",
    date="Sat, 14 Sep 2024 08:00:03 +0900",
    subject="[NAVER 고객센터] 문의 처리 완료 안내",
    body="""
고객님의 문의(접수번호 2409-120551)에 대한 처리가 완료되었습니다.

답변 내용은 고객센터 > 나의 문의내역에서 확인하실 수 있습니다.
https://help.naver.com/mypage/inquiry

본 메일은 발신 전용입니다.
""",
    items={},
)

# ============================================================== Discord
case(
    name="discord-zendesk-solved",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk reply (request number, 'reply above this line')",
    why="Message deleted and the server behind the invite removed, invite no longer works.",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 06:55:14 +0900",
    subject=f"Re: [Request #31877203] {R5}",
    reply_to_req=mid_local(R5),
    body=f"""
##- Please type your reply above this line -##

Hi there,

Thanks for your report. We've taken action on the content you flagged:

- the message at {D_MSG} was deleted;
- the server behind the invite {D_INV} has been removed from Discord, so the invite no longer works.

You can learn more about our policies at https://discord.com/guidelines

Discord Trust & Safety

This email is a service from Discord.
""",
    items={D_MSG: "removed", D_INV: "removed"},
)

case(
    name="discord-partial-html",
    outcome="applied", classification="confirmation",
    imitates="HTML-only help-desk reply; partial answer, the rest still under investigation",
    why="Invite invalid or expired: not_found; the message link is 'still investigating' and named without URL.",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 03:12:40 +0900",
    subject=f"Re: [Request #31877203] {R5}",
    reply_to_req=mid_local(R5),
    type="html",
    body=f"""
<html><body>
<p>Hi there,</p>
<p>The invite <a href="{D_INV}">discord.gg/fastpills</a> is invalid or has expired,
so we can't tie it to a server on our side.</p>
<p>We're still investigating the message link from your report and will follow up on this request.</p>
<p>Discord Trust &amp; Safety</p>
</body></html>
""",
    items={D_INV: "not_found"},
)

case(
    name="discord-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk auto-receipt that echoes the submitted request under 'Your message'",
    why="Pure receipt; the URLs are only our own request echoed as quoted text.",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 16:31:02 +0900",
    subject=f"[Request #31877203] {R5}",
    reply_to_req=mid_local(R5),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Thanks for reaching out! Your request (#31877203) has been received and a
member of our team will respond as soon as possible.

Your message:

{our_request_lines(R5, [D_MSG, D_INV])}

Discord Trust & Safety
""",
    items={},
)

case(
    name="discord-server-owner-gmail",
    outcome="review", review="unknown_sender",
    imitates="message from the reported server's owner at a free-mail address",
    why="Not Discord: a third party at gmail.com claims the message was deleted.",
    **{"from": "fastpills.admin@gmail.com"}, name_from="fastpills admin",
    date="Thu, 12 Sep 2024 23:40:11 +0900",
    subject=f"Re: {R5}",
    body=f"""
hello

i am the owner of the server. i deleted the message {D_MSG}
yesterday so please close {R5}. there is nothing illegal anymore

thanks
""",
    items={D_MSG: "pending"},
)

# ============================================================== Kakao
case(
    name="kakao-result-list-ko",
    outcome="applied", classification="confirmation",
    imitates="카카오 고객센터 처리 결과 안내 (URL : 결과 list)",
    why="게시중단, 블라인드, 오픈채팅방 폐쇄 (removed), 존재하지 않는 채팅방 (not_found), 위반 사항 없음 (rejected).",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 15:10:00 +0900",
    subject=f"[카카오 고객센터] 요청하신 건의 처리 결과 안내 ({R6})",
    reply_to_req=mid_local(R6),
    body=f"""
안녕하세요, 카카오 고객센터입니다.
요청하신 {R6} 건의 처리 결과를 안내드립니다.

[처리 결과]
- {K_C1} : 게시중단
- {K_C2} : 블라인드 처리
- {K_O1} : 오픈채팅방 폐쇄
- {K_O2} : 존재하지 않는 채팅방 (이미 종료됨)
- {K_ST} : 운영정책 위반 사항 없음 (조치하지 않음)

추가 문의는 본 메일에 회신해 주세요.
카카오 고객센터 드림
""",
    items={K_C1: "removed", K_C2: "removed", K_O1: "removed", K_O2: "not_found", K_ST: "rejected"},
)

case(
    name="kakao-receipt-ko",
    outcome="ignored", classification="acknowledgement",
    imitates="카카오 고객센터 문의 접수 안내 (접수번호)",
    why="Pure receipt with a 접수번호.",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 10:16:40 +0900",
    subject=f"[카카오 고객센터] 문의가 접수되었습니다 ({R6})",
    reply_to_req=mid_local(R6),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: 240911-00417

접수된 순서대로 확인 후 답변드리겠습니다. 답변까지 영업일 기준
3~5일이 소요될 수 있습니다.

본 메일은 발신 전용입니다.
""",
    items={},
)

case(
    name="kakao-bulk-ko",
    outcome="review", review="bulk",
    imitates="카카오 담당자 one-line '모두 조치 완료' reply",
    why="A single statement about all posts of a five-item request, naming none.",
    **{"from": "cs-legal@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Mon, 16 Sep 2024 09:45:00 +0900",
    subject=f"RE: {R6} 게시물 삭제 요청",
    reply_to_req=mid_local(R6),
    body=f"""
안녕하세요.

요청하신 {R6} 건의 게시물은 모두 삭제 조치 완료하였습니다.

감사합니다.
카카오 정책팀 드림
""",
    items={u: "pending" for u in KK_ALL},
)

case(
    name="kakao-statement-above-angle-url",
    outcome="applied", classification="confirmation",
    imitates="카카오 담당자 reply: statement line, then <URL> on the line below; partial answer",
    why="임시조치(30일) for the cafe post: restricted; the open chat is 검토 중 and stays pending.",
    **{"from": "cs-legal@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Thu, 12 Sep 2024 18:22:05 +0900",
    subject=f"RE: {R6} 게시물 삭제 요청",
    reply_to_req=mid_local(R6),
    body=f"""
안녕하세요, 카카오 정책팀입니다.

아래 게시물은 임시조치(30일) 되었습니다.
<{K_C2}>

아래 오픈채팅방은 검토 중입니다. 결과는 추후 회신드리겠습니다.
<{K_O2}>

감사합니다.
""",
    items={K_C2: "restricted", K_O2: "pending"},
)

case(
    name="kakao-answers-naver-item",
    outcome="review", review="wrong_platform",
    imitates="portal agent answering about another portal's post sent to the wrong desk",
    why="Kakao states the deletion of a NAVER blog post it does not host.",
    **{"from": "cs-legal@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Tue, 10 Sep 2024 13:02:50 +0900",
    subject=f"RE: {R4} 게시물 삭제 요청",
    body=f"""
안녕하세요, 카카오 정책팀입니다.

문의하신 게시물 {N_BLOG} 은 삭제되었습니다.
참고로 해당 게시물은 당사 서비스가 아닌 네이버 블로그 게시물이므로,
이후 요청은 네이버 측으로 보내 주시기 바랍니다.

감사합니다.
""",
    items={N_BLOG: "pending"},
)

# ============================================================== bounce
DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: [Reminder] {R1} - 6 of 12 items still pending
Message-ID: <reminder.{R1}.1@kcsc.example>
Date: Mon, 09 Sep 2024 09:00:00 +0900

Reminder: the following items of request {R1} are still pending.

{T_FI1}
{T_FI2}
{T_BD}
"""

case(
    name="dsn-reminder-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report) for a reminder",
    why="Bounce of our own reminder; the URLs are in the returned message.",
    **{"from": "MAILER-DAEMON@kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Mon, 09 Sep 2024 09:00:14 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_0909"

--dsn_0909
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<dsa@telegram.org>: host mail.telegram.org[203.0.113.25] said: 550 5.1.1
    <dsa@telegram.org>: Recipient address rejected: User unknown

--dsn_0909
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon,  9 Sep 2024 09:00:02 +0900 (KST)

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <dsa@telegram.org>: Recipient address
    rejected: User unknown

--dsn_0909
Content-Description: Undelivered Message
Content-Type: message/rfc822

{DSN_ORIG}
--dsn_0909--
""",
    items={},
)


HEADER = f"""# Blind set blind674: ticket systems and threads (receipts, solved tickets,
# follow-ups in the same thread, replies to reminders, partial answers,
# forwarded mail). Written from each email's meaning before any run of the
# reader; generated by make.py. Requests: {R1} (telegram, 12 items),
# {R2} (x, 4), {R3} (youtube, 3), {R4} (naver, 3), {R5} (discord, 2),
# {R6} (kakao, 5), {R7} (x, 1).
"""


def encode_headers(cases):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    mail clients send them (one subject is left as raw UTF-8, RFC 6532)."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is None or v.isascii():
                continue
            if key == "subject" and c["name"] == "naver-cs-answer-ko":
                continue
            c[key] = Header(v, "utf-8").encode()


def main():
    write_requests()
    encode_headers(CASES)
    corpuslib.DOMAIN_NAMES.setdefault("discord.com", "Discord")
    corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
