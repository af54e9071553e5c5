#!/usr/bin/env python3
"""Blind set 584: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts
and results, solved tickets, follow-ups in the same thread, replies to our
reminders, partial answers and forwarded mail, from seven fictional requests
to Telegram, X, YouTube, NAVER, Kakao, TikTok and Discord.

Every expected result below was written from the meaning of the email alone,
before the reader was ever run on this set. Deterministic: running it twice
changes nothing.

    python3 tests/corpus/blind584/make.py
"""
import base64
import csv
import datetime as dt
import email.header
import email.utils
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind584"


def D(s):
    """'2024-09-16 10:21 +0900' -> RFC 5322 date."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")
    return email.utils.format_datetime(d)


# ---------------------------------------------------------------- requests
TG = "KCSC-240903-01"
XR = "KCSC-240905-02"
YT = "KCSC-240909-03"
NV = "KCSC-240910-04"
KK = "KCSC-240911-05"
TT = "KCSC-240912-06"
DC = "KCSC-240913-07"

# telegram (12 items, the largest request)
T101 = "https://t.me/moonlit_bazaar/101"
T102 = "https://t.me/moonlit_bazaar/102"
T115 = "https://t.me/moonlit_bazaar/115"
T7 = "https://t.me/grey_ferry_deals/7"
T8 = "https://t.me/grey_ferry_deals/8"
T2231 = "https://t.me/copperkettle_chat/2231"
T2240 = "https://t.me/copperkettle_chat/2240"
T56 = "https://t.me/hollow_lantern_kr/56"
T57 = "https://t.me/hollow_lantern_kr/57"
T3 = "https://t.me/quiet_orchard_88/3"
T940 = "https://t.me/velvet_ledger/940"
T941 = "https://t.me/velvet_ledger/941"
TG_ALL = [T101, T102, T115, T7, T8, T2231, T2240, T56, T57, T3, T940, T941]

# x (4)
X101 = "https://x.com/drift_mallow/status/1831100000000000101"
X102 = "https://x.com/drift_mallow/status/1831100000000000102"
X203 = "https://x.com/pinecone_relay/status/1831100000000000203"
X304 = "https://x.com/sable_quarry_kr/status/1831100000000000304"

# youtube (3)
YQ = "https://www.youtube.com/watch?v=Qm7rT2xLp9A"
YB = "https://www.youtube.com/watch?v=bN4kW8cYz1E"
YH = "https://www.youtube.com/shorts/Hh3uV6pDs0K"

# naver (5); the in.naver.com path is Korean, stored percent-encoded
N1122 = "https://blog.naver.com/silverbrook77/223560001122"
N1189 = "https://blog.naver.com/silverbrook77/223560001189"
N4412 = "https://cafe.naver.com/nightmarket2024/4412"
N4415 = "https://cafe.naver.com/nightmarket2024/4415"
NIN_RAW = "https://in.naver.com/장터소식/contents/internal/701122"
NIN = "https://in.naver.com/" + urllib.parse.quote("장터소식") + "/contents/internal/701122"

# kakao (2)
K1207 = "https://cafe.daum.net/greenlantern/Abcd/1207"
K88 = "https://mistyharbor.tistory.com/88"

# tiktok (1)
TTV = "https://www.tiktok.com/@lumen_fig_22/video/7410000000000000123"

# discord (3)
DAMB = "https://discord.gg/amberkiln"
DMSG = "https://discord.com/channels/1111222233334444555/1111222233334444666/1280000000000000777"
DRUST = "https://discord.gg/rustveil-market"

REQUESTS = [
    (TG, "telegram", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", "gambling",
     'channel "moonlit_bazaar" and four others, one letter', TG_ALL),
    (XR, "x", "2024-09-05T14:30:00+09:00", "2024-09-12T23:59:59+09:00", "fraud",
     "four posts, two accounts", [X101, X102, X203, X304]),
    (YT, "youtube", "2024-09-09T11:00:00+09:00", "2024-09-16T23:59:59+09:00", "drugs",
     "two videos and a Short", [YQ, YB, YH]),
    (NV, "naver", "2024-09-10T15:00:00+09:00", "2024-09-17T23:59:59+09:00", "gambling",
     "blog, cafe and NAVER in posts", [N1122, N1189, N4412, N4415, NIN]),
    (KK, "kakao", "2024-09-11T09:30:00+09:00", "2024-09-18T23:59:59+09:00", "privacy",
     "Daum cafe, Tistory", [K1207, K88]),
    (TT, "tiktok", "2024-09-12T16:00:00+09:00", "2024-09-19T23:59:59+09:00", "counterfeit",
     "", [TTV]),
    (DC, "discord", "2024-09-13T10:00:00+09:00", "2024-09-20T23:59:59+09:00", "fraud",
     "two invites, one message link", [DAMB, DMSG, DRUST]),
]


def req_id(ref):
    return "req." + ref


def rem_id(ref):
    return "reminder." + ref + ".1"


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_id(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def reminder_quote(ref, urls, prefix="> "):
    lines = [
        f"Our request {ref} has passed its deadline. The following items are",
        "still pending on our side:",
        "",
    ] + urls + [
        "",
        "Please tell us what action was taken on each of them.",
        "",
        "KCSC Takedown",
    ]
    return "\n".join((prefix + l).rstrip() for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ TELEGRAM
case(
    name="tg-zendesk-solved-list",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=D("2024-09-09 23:02 +0900"),
    subject=f"[Telegram Abuse] Re: {TG} removal request - Solved",
    reply_to_req=req_id(TG),
    body=f"""
##- Please type your reply above this line -##

Your request (48211) has been solved. To reopen this request, reply to this email.

Elias M. (Telegram Abuse)
Sep 9, 2024, 14:02 UTC

Hello,

Thank you for your report {TG}. We have completed our review of the first
group of links:

{T101} - removed
{T102} - removed
{T115} - we could not find this message; it was no longer in the channel when we checked
{T7} and {T8} - the channel has been blocked and is no longer accessible from any Telegram app

Kind regards,
Elias
Telegram Abuse Team

KCSC Takedown
Sep 3, 2024, 01:00 UTC

Dear Telegram,

Under Article 44-7 of the Information and Communications Network Act we
request the removal of the content at the links below (first part):

{T101}
{T102}
{T115}
{T7}
{T8}
{T2231}

KCSC Takedown

This email is a service from Telegram Abuse. Delivered by Zendesk
[8K2QX1-7YPR4]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification with the agent's comment and the conversation history below it",
    why="agent comment gives one status per link; 7 and 8 share one line (channel blocked for all apps = removed); the history below is our own request",
    items={T101: "removed", T102: "removed", T115: "not_found", T7: "removed", T8: "removed", T2231: "pending"},
)

case(
    name="tg-followup-same-thread",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=D("2024-09-12 18:40 +0900"),
    subject=f"Re: [Telegram Abuse] Re: {TG} removal request",
    reply_to_req=req_id(TG),
    body=f"""
Hello again,

A follow-up on the two items that were still open in this ticket. Our
moderators have now taken down both posts in copperkettle_chat:

{T2231}
{T2240}

We consider ticket 48211 complete on our side.

Elias
Telegram Abuse Team

On Mon, 9 Sep 2024 at 23:02, Telegram Abuse <abuse@telegram.org> wrote:
> Thank you for your report {TG}. We have completed our review of the first
> group of links:
>
> {T101} - removed
> {T102} - removed
>
> The two copperkettle_chat posts are still with our moderators.
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same Zendesk thread, Gmail-style quote of the earlier reply",
    why="'taken down both posts' with the two URLs below it; the earlier statuses are only quoted",
    items={T2231: "removed", T2240: "removed", T101: "pending", T102: "pending"},
)

case(
    name="tg-reminder-reply-outlook",
    **{"from": "dsa@telegram.org"}, name_from="Sanne K. (Telegram DSA)",
    date=D("2024-09-18 02:15 +0900"),
    subject=f"RE: Reminder: {TG} - items still pending",
    reply_to_req=rem_id(TG),
    body=f"""
Dear KCSC team,

Apologies for the delay. Status of the items you list:

- {T56} : restricted - not viewable by users in the Republic of Korea
- {T57} : same as above
- {T3} : still under review, we will update you

Best regards,
Sanne
Telegram DSA Point of Contact

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 9:00 AM
To: dsa@telegram.org
Subject: Reminder: {TG} - items still pending

{reminder_quote(TG, [T115, T2231, T2240, T56, T57, T3], prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply to our reminder, top-posted over the '-----Original Message-----' block",
    why="56 restricted in Korea, 57 'same as above' (restricted), 3 still under review; the reminder below is our own text",
    items={T56: "restricted", T57: "restricted", T3: "pending", T115: "pending", T2231: "pending"},
)

_csv = (
    "link,decision,notes\r\n"
    f"{T940},removed,\r\n"
    f"{T941},no violation,\"reviewed against Telegram ToS, left online\"\r\n"
    f"{T3},not found,message id does not exist in this channel\r\n"
)
case(
    name="tg-csv-attachment",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=D("2024-09-16 20:05 +0900"),
    subject=f"[Telegram Abuse] Ticket 48377 ({TG}) - outcome",
    reply_to_req=req_id(TG),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_tg48377"

--=_tg48377
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

The outcome for ticket 48377 (your reference {TG}) is in the attached
file, one line per link.

Telegram Abuse Team

--=_tg48377
Content-Type: text/csv; charset=utf-8; name="48377_outcome.csv"
Content-Disposition: attachment; filename="48377_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--=_tg48377--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system reply carrying a CSV export of per-link decisions",
    why="CSV attachment: 940 removed, 941 no violation (rejected), quiet_orchard_88/3 does not exist (not_found)",
    items={T940: "removed", T941: "rejected", T3: "not_found"},
)

case(
    name="tg-receipt-ticket-created",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=D("2024-09-03 10:01 +0900"),
    subject=f"[Telegram Abuse] Received: {TG} removal request",
    reply_to_req=req_id(TG),
    body="""
##- Please type your reply above this line -##

This is an automatic confirmation. Your request has been received and
assigned ticket number 48211.

A member of our team will look at it. If you have anything to add, reply
to this email and it will be added to the same ticket; please do not open
a new ticket for the same report.

Telegram Abuse
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk new-ticket auto-response",
    why="pure receipt: ticket number, no statement about any item",
    items={},
)

case(
    name="tg-promise-will-be-removed",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=D("2024-09-06 21:30 +0900"),
    subject=f"[Telegram Abuse] Update on ticket 48211 ({TG})",
    reply_to_req=req_id(TG),
    body=f"""
Hello,

Thank you for your patience. Our team has confirmed that the posts below
break our Terms of Service. They will be removed in the next moderation
batch:

{T101}
{T102}

We will write to you again once this is done. The remaining links of your
report are still in the queue.

Telegram Abuse Team
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Zendesk public reply with status 'On-hold' announcing a future action",
    why="'will be removed' is a promise, not a statement that the posts were removed",
    items={T101: "pending", T102: "pending"},
)

case(
    name="tg-bulk-solved",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=D("2024-09-20 19:12 +0900"),
    subject=f"[Telegram Abuse] Re: {TG} removal request - Solved",
    reply_to_req=req_id(TG),
    body=f"""
##- Please type your reply above this line -##

Your request (48211) has been solved. To reopen this request, reply to this email.

Marta (Telegram Abuse)
Sep 20, 2024, 10:12 UTC

Hello,

We went through every link in your report {TG}. All of the reported
content has been taken down. Thank you for flagging it.

Marta
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Zendesk 'solved' notification whose comment covers the whole report in one sentence",
    why="one sentence about all twelve items without naming any: bulk, nothing applied",
    items={u: "pending" for u in TG_ALL},
)

case(
    name="tg-auth-fail",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    auth="fail",
    date=D("2024-09-14 03:44 +0900"),
    subject=f"Re: {TG} removal request",
    reply_to_req=req_id(TG),
    body=f"""
Hello,

We have deleted the following messages:

{T3}
{T940}
{T941}

Ticket 48211 is now closed.

Telegram Abuse Team
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="short agent reply, here with failing DKIM/SPF/DMARC for telegram.org",
    why="looks like a Telegram confirmation but authentication failed",
    items={T3: "pending", T940: "pending", T941: "pending"},
)

case(
    name="tg-zendesk-hosted-domain",
    **{"from": "support@telegramabuse.zendesk.com"}, name_from="Telegram Abuse",
    date=D("2024-09-11 22:08 +0900"),
    subject=f"[Telegram Abuse] Update: {TG}",
    reply_to_req=req_id(TG),
    body=f"""
##- Please type your reply above this line -##

Your request (48390) has been updated.

Marta (Telegram Abuse)

Hello,

{T56} and {T57} have been blocked.

Marta

This email is a service from Telegram Abuse. Delivered by Zendesk
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="Zendesk notification sent from the default *.zendesk.com address instead of the platform's own domain",
    why="the sender domain is zendesk.com, not a Telegram domain, so it cannot change statuses",
    items={T56: "pending", T57: "pending"},
)

case(
    name="tg-out-of-office",
    **{"from": "dsa@telegram.org"}, name_from="Sanne K. (Telegram DSA)",
    date=D("2024-09-17 09:01 +0900"),
    subject=f"Automatic reply: Reminder: {TG} - items still pending",
    reply_to_req=rem_id(TG),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your message. I am out of the office until 30 September
with limited access to email. Your message has not been forwarded;
for urgent DSA matters please write to dsa@telegram.org and a colleague
will pick it up.

Sanne
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply to our reminder",
    why="out-of-office auto-reply",
    items={},
)

_tg_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Ticket <b>#48502</b> has been set to <b>Resolved</b>. Our decisions on
the links in your request {TG}:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Decision</th></tr>
<tr><td><a href="{T115}">{T115}</a></td><td>Not found (deleted by the channel owner before review)</td></tr>
<tr><td><a href="{T8}">{T8}</a></td><td>Restricted - unavailable in South Korea</td></tr>
<tr><td><a href="{T57}">{T57}</a></td><td>Removed</td></tr>
</table>
<p>If you believe we got something wrong, reply to this email to reopen the ticket.</p>
<p>Telegram Abuse Team</p>
<hr><p style="font-size:11px;color:#888">Ticket #48502 &middot; Priority: Medium &middot; Status: Resolved</p>
</body></html>"""
_tg_text = f"""Hello,

Ticket #48502 has been set to Resolved. Our decisions on the links in your request {TG}:

{T115} -- Not found (deleted by the channel owner before review)
{T8} -- Restricted - unavailable in South Korea
{T57} -- Removed

If you believe we got something wrong, reply to this email to reopen the ticket.

Telegram Abuse Team
"""
case(
    name="tg-freshdesk-html-table",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=D("2024-09-15 17:20 +0900"),
    subject=f"Ticket #48502 resolved - {TG}",
    reply_to_req=req_id(TG),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="fd-alt-48502"

--fd-alt-48502
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_tg_text}
--fd-alt-48502
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{_tg_html}
--fd-alt-48502--
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with an HTML table and plain-text alternative",
    why="table: 115 not found (deleted by owner), grey_ferry_deals/8 unavailable in Korea (restricted), 57 removed",
    items={T115: "not_found", T8: "restricted", T57: "removed"},
)

case(
    name="tg-hedge-appears-deleted",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=D("2024-09-13 12:30 +0900"),
    subject=f"Re: [Telegram Abuse] {TG} (#48211)",
    reply_to_req=req_id(TG),
    body=f"""
Hi,

We looked into {T3} once more. The message appears to have
been deleted by the channel admin, and the channel may have been switched
to private since your report. We cannot confirm more than that at this
point.

Telegram Abuse Team
""",
    outcome="review", review="not_understood", classification="other",
    imitates="agent reply in a Zendesk thread that only guesses at the item's state",
    why="'appears to have been deleted' and 'may have been' are hedges, no status",
    items={T3: "pending"},
)

case(
    name="tg-numbered-status-below",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=D("2024-09-19 16:45 +0900"),
    subject=f"[Telegram Abuse] Ticket 48211 - results for {TG} (part 2)",
    reply_to_req=req_id(TG),
    body=f"""
Hello,

Results for the second part of your request:

1. {T56}
   Result: blocked for all users
2. {T57}
   Result: blocked for all users
3. {T3}
   Result: no violation found - content stays up
4. {T941}
   Result: link invalid (message does not exist)

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply with a numbered list, each link followed by its result on the next line",
    why="56 and 57 blocked for all users (removed), 3 no violation (rejected), 941 does not exist (not_found)",
    items={T56: "removed", T57: "removed", T3: "rejected", T941: "not_found"},
)

case(
    name="tg-ack-plus-statement",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=D("2024-09-05 13:10 +0900"),
    subject=f"Re: {TG} removal request",
    reply_to_req=req_id(TG),
    body=f"""
Thank you for contacting Telegram. We have received your report and
registered it as Case #5520113.

Having checked the links, we have blocked {T940}
and {T941} for violating our Terms of Service.
The other items in your request are still being reviewed.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="receipt paragraph followed by an actual decision in the same mail",
    why="acknowledgement phrase plus an unhedged 'we have blocked' for the two velvet_ledger posts",
    items={T940: "removed", T941: "removed"},
)

# ================================================================ X
case(
    name="x-jira-resolved",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Ops",
    date=D("2024-09-10 08:05 +0900"),
    subject=f"[LEGAL-5521] {XR} removal request - Resolved",
    reply_to_req=req_id(XR),
    body=f"""
—-—-—-—-—-—-—-—-—-—-—-—
Reply above this line.

Legal Ops resolved this as Done.

Legal Ops commented:

Hello,

We reviewed the reported posts under local law. Outcome:

* {X101} — withheld in South Korea
* {X102} — withheld in South Korea
* {X203} — removed for violating the X Rules

Regards,
X Legal Ops

View request · Turn off this request's notifications

This is shared with KCSC Takedown.
Help Center, powered by Jira Service Management, sent you this message.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' notification with the agent comment",
    why="101 and 102 withheld in Korea (restricted), 203 removed; 304 not mentioned",
    items={X101: "restricted", X102: "restricted", X203: "removed"},
)

case(
    name="x-reminder-reply-rejected",
    **{"from": "legal-ops@x.com"}, name_from="Priya (X Legal Ops)",
    date=D("2024-09-20 11:30 +0900"),
    subject=f"Re: Reminder: {XR} - items still pending",
    reply_to_req=rem_id(XR),
    body=f"""
Hi KCSC team,

Thanks for the reminder. We reviewed {X304} again and it
does not violate the X Rules or, as far as we can assess, Korean law, so we
will take no action on it. The other posts were handled in our earlier
reply.

Priya

On Fri, Sep 20, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{reminder_quote(XR, [X304, X101])}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply to our reminder with the reminder quoted below 'On ... wrote:'",
    why="304 breaks no rule, no action taken (rejected); 101 appears only in our quoted reminder",
    items={X304: "rejected", X101: "pending"},
)

case(
    name="x-wrong-platform",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Ops",
    date=D("2024-09-06 09:50 +0900"),
    subject=f"Re: {TG} removal request",
    reply_to_req=req_id(TG),
    body=f"""
Hello,

Your message about {TG} was copied to us. The links in it, for example
{T940} and {T941}, are not hosted
on X, so we cannot find or act on them. Please contact the service that
hosts them.

X Legal Ops
""",
    outcome="review", review="wrong_platform", classification="other",
    imitates="legal desk pointing out that the reported links belong to another service",
    why="X speaks about Telegram's items; X cannot give their status",
    items={T940: "pending", T941: "pending"},
)

case(
    name="x-angle-brackets",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Ops",
    date=D("2024-09-11 07:15 +0900"),
    subject=f"[LEGAL-5521] Update on {XR}",
    reply_to_req=req_id(XR),
    body=f"""
Hello,

Following our review, the post <{X203}> has been removed.

The post
<{X304}>
has been withheld in the Republic of Korea in response to your legal demand.

X Legal Ops
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text legal reply with URLs in angle brackets, one on its own line inside the sentence",
    why="203 removed; 304 withheld in Korea (restricted), its URL on a line of its own inside the sentence",
    items={X203: "removed", X304: "restricted"},
)

_x_qp_text = f"""Hello,

Case LEGAL-5530 update for your request {XR}: we have disabled access globally to the following posts: {X101} and {X102}.

No further action is needed from you on these two posts.

X Legal Ops
"""
case(
    name="x-quoted-printable",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Ops",
    date=D("2024-09-12 10:40 +0900"),
    subject=f"[LEGAL-5530] {XR}",
    reply_to_req=req_id(XR),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_x_qp_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="quoted-printable plain-text reply whose long line is cut by soft line breaks",
    why="'disabled access globally' to 101 and 102 = removed",
    items={X101: "removed", X102: "removed"},
)

case(
    name="x-helpscout-partial",
    **{"from": "support@x.com"}, name_from="Noor from X Support",
    date=D("2024-09-09 17:25 +0900"),
    subject=f"Re: {XR} removal request [#30012]",
    reply_to_req=req_id(XR),
    body=f"""
Noor replied to your conversation #30012
-----------------------------------------

Hi there,

Thanks for your patience. We removed
{X102}
today. The remaining posts from {XR} are still with our legal team and
we'll write again once they decide.

Noor
X Support

-----------------------------------------
Conversation #30012 · View in browser
Replying to this email adds a reply to the conversation.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply notification",
    why="102 removed (URL on the line after 'We removed'); the rest still with legal, not named",
    items={X102: "removed"},
)

# ================================================================ YOUTUBE
case(
    name="yt-ticket-update-mixed",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date=D("2024-09-13 04:18 +0900"),
    subject=f"Update on your YouTube legal request [4-3305000012345] {YT}",
    reply_to_req=req_id(YT),
    body=f"""
Hi,

Thanks for reaching out. We reviewed the content you identified and took
the following actions:

• {YQ} — removed for violating YouTube's Community Guidelines
• {YB} — blocked from view in South Korea based on local law
• {YH} — age-restricted

For more information about our policies, visit
https://support.google.com/youtube/answer/2802032 .

Regards,
The YouTube Legal Team

Case ID: 4-3305000012345
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support case update listing an action per video",
    why="Qm7 removed, bN4 geo-blocked in Korea (restricted), Short age-restricted (restricted); the help link is no item",
    items={YQ: "removed", YB: "restricted", YH: "restricted"},
)

case(
    name="yt-asks-more",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date=D("2024-09-11 02:40 +0900"),
    subject=f"Additional information needed [4-3305000012345] {YT}",
    reply_to_req=req_id(YT),
    body=f"""
Hi,

To help us process your request regarding
{YB}, please send us the timestamp(s) in the video where the
content you reported appears, and the provision of Korean law it
infringes.

We can't continue with this part of your request until we receive this
information. You can reply directly to this email.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal support 'additional information needed' email",
    why="asks for timestamps and a legal basis; no status given",
    items={YB: "pending"},
)

_dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: Reminder: {YT} - items still pending
Date: Wed, 18 Sep 2024 09:00:00 +0900
Message-ID: <{rem_id(YT)}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{reminder_quote(YT, [YQ, YB, YH], prefix="")}
"""
case(
    name="yt-dsn-bounce",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date=D("2024-09-18 09:00 +0900"),
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000093f1b40622a1c0de"

--00000000000093f1b40622a1c0de
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-kr-old@google.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--00000000000093f1b40622a1c0de
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 18 Sep 2024 09:00:00 +0900

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Wed, 18 Sep 2024 09:00:02 +0900

--00000000000093f1b40622a1c0de
Content-Type: message/rfc822

{_dsn_orig}
--00000000000093f1b40622a1c0de--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style DSN (Address not found) returning our reminder",
    why="delivery failure report; the URLs are in our own returned reminder",
    items={YQ: "pending", YB: "pending", YH: "pending"},
)

case(
    name="yt-partial-answer",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date=D("2024-09-12 03:05 +0900"),
    subject=f"Re: [4-3305000012345] {YT}",
    reply_to_req=req_id(YT),
    body=f"""
Hi,

We've completed our review of {YQ} and the video is no
longer available on YouTube.

The other two items (bN4kW8cYz1E and the Short) are still under review.
We'll follow up as soon as we have an outcome for them.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer in a YouTube legal support case",
    why="Qm7 no longer available (removed); the other two are still under review",
    items={YQ: "removed", YB: "pending", YH: "pending"},
)

case(
    name="yt-forwarded-internal",
    **{"from": "minjicho@google.com"}, name_from="Minji Cho",
    date=D("2024-09-19 17:02 +0900"),
    subject=f"Fwd: Outcome - {YT}",
    body=f"""
Hi KCSC team,

Forwarding the outcome from our legal removals team below; the original
went to an internal alias by mistake.

Minji

---------- Forwarded message ---------
From: YouTube Legal Removals <legal-removals@google.com>
Date: Thu, Sep 19, 2024 at 4:11 PM
Subject: Outcome - {YT}
To: <kr-gov-liaison@google.com>

The following videos were removed from YouTube:
{YQ}
{YB}
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail forward by a platform employee of an internal team's outcome",
    why="the statement is inside a forwarded message; its origin cannot be checked from this email",
    items={YQ: "pending", YB: "pending"},
)

case(
    name="yt-url-below-statement",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date=D("2024-09-14 01:30 +0900"),
    subject=f"Update on your YouTube legal request [4-3305000012345] {YT}",
    reply_to_req=req_id(YT),
    body=f"""
Hi,

The following video has been removed from YouTube for violating our
Community Guidelines:
{YH}

We have also age-restricted this video:
{YB}

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal case update with each statement above its URL",
    why="Short removed; bN4 age-restricted (restricted)",
    items={YH: "removed", YB: "restricted"},
)

# ================================================================ NAVER
case(
    name="naver-result-notice",
    **{"from": "policy@navercorp.com"}, name_from="네이버 고객센터",
    date=D("2024-09-13 14:20 +0900"),
    subject=f"[NAVER] 게시중단 요청({NV})에 대한 처리 결과 안내",
    reply_to_req=req_id(NV),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건({NV})의 처리 결과를 아래와 같이
안내드립니다.

1) {N1122}
   - 처리 결과: 게시중단(삭제)
2) {N1189}
   - 처리 결과: 임시조치 (30일간 접근 제한)
3) {N4412}
   - 처리 결과: 게시중단

나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
네이버 고객센터 드림

※ 본 메일에 회신하시면 담당자에게 전달됩니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시중단 처리 결과 안내",
    why="1122 게시중단(삭제) removed, 1189 임시조치 restricted, 4412 게시중단 removed",
    items={N1122: "removed", N1189: "restricted", N4412: "removed"},
)

case(
    name="naver-korean-path-particles",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=D("2024-09-19 11:05 +0900"),
    subject=f"RE: [{NV}] 불법정보 게시중단 요청 (문의번호 NV-20240919-0042)",
    reply_to_req=req_id(NV),
    body=f"""
안녕하세요. 문의번호 NV-20240919-0042 관련 회신드립니다.

요청 주신 {NIN_RAW}는 운영정책 위반으로 블라인드 처리되었습니다.

또한 대상 게시물（{N4415}）은 확인 결과 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 정책지원 reply in prose, raw Korean path followed by a particle, URL inside full-width parentheses",
    why="in.naver.com post 블라인드 (removed); 4415 already deleted by its author (not_found)",
    items={NIN: "removed", N4415: "not_found"},
)

case(
    name="naver-receipt",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date=D("2024-09-10 15:02 +0900"),
    subject=f"[네이버 고객센터] 문의가 접수되었습니다 ({NV})",
    reply_to_req=req_id(NV),
    body=f"""
고객님의 문의가 정상적으로 접수되었습니다.

- 접수번호: NV-20240910-0042
- 문의 제목: [{NV}] 불법정보 게시중단 요청
- 접수 일시: 2024-09-10 15:02

담당자 확인 후 순차적으로 답변드리겠습니다. 답변까지 영업일 기준 최대
3일이 소요될 수 있습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 자동 안내",
    why="pure receipt with a 접수번호, no item statement",
    items={},
)

case(
    name="naver-under-review",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=D("2024-09-12 16:40 +0900"),
    subject=f"RE: [{NV}] 불법정보 게시중단 요청",
    reply_to_req=req_id(NV),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 2건은 현재 법무 검토 중이며, 검토가 완료되면
조치 후 결과를 안내해 드리겠습니다.

- {N4415}
- {N1189}

양해 부탁드립니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="NAVER 정책지원 중간 회신 (검토 중, 조치 예정)",
    why="검토 중 / 조치 후 안내 예정 is under review plus a promise: no status",
    items={N4415: "pending", N1189: "pending"},
)

_nv_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구({NV})에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>번호</th><th>URL</th><th>조치 결과</th><th>조치일</th></tr></thead>
<tbody>
<tr><td>1</td><td>{N4412}</td><td>삭제</td><td>2024-09-20</td></tr>
<tr><td>2</td><td>{N4415}</td><td>미조치 (위반 사항 확인되지 않음)</td><td>-</td></tr>
<tr><td>3</td><td>{N1189}</td><td>접근 제한 (국내)</td><td>2024-09-20</td></tr>
</tbody></table>
<p>문의 사항은 본 메일로 회신 부탁드립니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>
"""
case(
    name="naver-html-table-base64",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=D("2024-09-20 17:30 +0900"),
    subject=f"[NAVER] 시정요구 조치결과 회신 ({NV})",
    reply_to_req=req_id(NV),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_nv_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table, HTML in base64",
    why="4412 삭제 (removed), 4415 미조치·위반 없음 (rejected), 1189 국내 접근 제한 (restricted)",
    items={N4412: "removed", N4415: "rejected", N1189: "restricted"},
)

case(
    name="naver-read-receipt",
    **{"from": "jiwoo.kim@navercorp.com"}, name_from="김지우",
    date=D("2024-09-10 15:10 +0900"),
    subject=f"읽음: [{NV}] 불법정보 게시중단 요청",
    reply_to_req=req_id(NV),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-nv-0910"

--mdn-nv-0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 2024-09-10 오후 3:10에 읽었습니다.

제목: [{NV}] 불법정보 게시중단 요청

--mdn-nv-0910
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jiwoo.kim@navercorp.com
Original-Message-ID: <{req_id(NV)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-nv-0910--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a NAVER employee, Korean text part",
    why="read receipt only",
    items={},
)

case(
    name="naver-outlook-topposted",
    **{"from": "seoyeon.park@navercorp.com"}, name_from="박서연",
    date=D("2024-09-23 10:15 +0900"),
    subject=f"RE: [{NV}] 불법정보 게시중단 요청",
    reply_to_req=req_id(NV),
    body=f"""
안녕하세요. 네이버 정책지원팀 박서연입니다.

회신이 늦어 죄송합니다. 요청하신 게시물에 대한 조치 내용 공유드립니다.

- {N4415} : 카페 운영자 삭제
- {NIN_RAW} : 비공개 처리

감사합니다.
박서연 드림

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 3:00 PM
To: policy@navercorp.com
Subject: [{NV}] 불법정보 게시중단 요청

안녕하세요. 방송통신심의위원회입니다.

아래 게시물은 정보통신망법에 따른 불법정보에 해당하여 게시중단을
요청합니다. 조치 결과를 9월 17일까지 회신하여 주시기 바랍니다.

1. {N1122}
2. {N1189}
3. {N4412}
4. {N4415}
5. {NIN_RAW}

방송통신심의위원회 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a NAVER staff member, top-posted over our full request",
    why="4415 카페 운영자 삭제 (removed), in.naver.com post 비공개 처리 (removed); the 게시중단 wording below is our own request",
    items={N4415: "removed", NIN: "removed", N1122: "pending", N1189: "pending", N4412: "pending"},
)

case(
    name="naver-out-of-office",
    **{"from": "seoyeon.park@navercorp.com"}, name_from="박서연",
    date=D("2024-09-16 09:00 +0900"),
    subject=f"[자동회신] RE: [{NV}] 불법정보 게시중단 요청",
    reply_to_req=req_id(NV),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 박서연입니다.

9월 16일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신 (Chuseok holiday)",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ KAKAO
case(
    name="kakao-answer",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date=D("2024-09-14 10:00 +0900"),
    subject=f"[카카오] 문의하신 내용에 대한 답변입니다 ({KK})",
    reply_to_req=req_id(KK),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물의 처리 결과를 안내드립니다.

■ {K1207}
→ 게시중단 조치 완료

■ {K88}
→ 작성자가 이미 삭제하여 확인되지 않는 게시물입니다.

더 궁금하신 점이 있으시면 이 메일에 회신해 주세요.

이 답변이 도움이 되셨나요?  [만족]  [불만족]
문의번호: 2409-118273
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 문의 답변 mail with satisfaction buttons",
    why="Daum cafe post 게시중단 (removed); Tistory post already deleted by its author (not_found)",
    items={K1207: "removed", K88: "not_found"},
)

case(
    name="kakao-bulk",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date=D("2024-09-13 15:30 +0900"),
    subject=f"[카카오] 문의하신 내용에 대한 답변입니다 ({KK})",
    reply_to_req=req_id(KK),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물은 모두 삭제 조치되었습니다.

이용에 불편을 드려 죄송합니다.
문의번호: 2409-118273
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Kakao 고객센터 one-line answer covering the whole request",
    why="'모두 삭제' for a two-item request without naming either item: bulk",
    items={K1207: "pending", K88: "pending"},
)

case(
    name="kakao-personal-gmail",
    **{"from": "doyun.safety.kakao@gmail.com"}, name_from="이도윤",
    date=D("2024-09-12 20:45 +0900"),
    subject=f"{KK} 관련 처리 결과",
    body=f"""
안녕하세요, 카카오 안전팀 이도윤입니다.

{KK} 관련입니다. {K1207} 게시물은
삭제했습니다.

회사 메일 장애로 개인 메일로 먼저 보내드립니다.
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="platform employee writing from a personal webmail account",
    why="gmail.com is no platform domain: statement cannot be trusted",
    items={K1207: "pending"},
)

case(
    name="kakao-reminder-reply",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 안전팀",
    date=D("2024-09-23 14:10 +0900"),
    subject=f"Re: 재요청: {KK} 처리 결과 회신 요청",
    reply_to_req=rem_id(KK),
    body=f"""
안녕하세요, 카카오 안전팀입니다.

{K88} 는 국내 접속 차단 조치하였습니다.

{K1207} 건은 카페 운영자 소명 절차가 진행 중이며, 완료 후 다시
안내드리겠습니다.

2024년 9월 23일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{reminder_quote(KK, [K1207, K88])}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Gmail-style reply to our reminder ('님이 작성:' quote header)",
    why="Tistory post 국내 접속 차단 (restricted); Daum cafe post still in the operator's appeal (pending)",
    items={K88: "restricted", K1207: "pending"},
)

# ================================================================ TIKTOK
case(
    name="tiktok-sole-statement",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date=D("2024-09-15 03:20 +0900"),
    subject=f"Re: {TT} - Request to remove content [Ticket #882041]",
    reply_to_req=req_id(TT),
    body="""
Hello,

Thank you for your patience. Ticket #882041 has been resolved: after
review, we removed the video you reported for violating our Community
Guidelines.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style 'ticket resolved' reply naming no URL",
    why="one unhedged statement, in the thread and subject of a one-item request: removed",
    items={TTV: "removed"},
)

case(
    name="tiktok-receipt",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date=D("2024-09-12 16:01 +0900"),
    subject=f"We've received your request [#882041] Re: {TT}",
    reply_to_req=req_id(TT),
    body="""
This is an automated response.

We've received your request and assigned it ticket #882041. Our team will
respond as soon as possible. To add details, simply reply to this email.

TikTok Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk new-ticket auto-acknowledgement",
    why="pure receipt",
    items={},
)

case(
    name="tiktok-no-reference",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date=D("2024-09-16 08:00 +0900"),
    subject="An update on your report",
    body="""
Hi,

Thanks for helping keep TikTok safe. We reviewed the video you reported
and removed it because it violated our Community Guidelines.

Report ID: 7410 9982 3312

TikTok
""",
    outcome="review", review="no_claims", classification="confirmation",
    imitates="TikTok in-app style report outcome email with no link and no reference",
    why="trusted TikTok mail but names no URL, no KCSC reference and is in no thread",
    items={},
)

_tt_html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h3>Result of your legal request</h3>
<p>Reference: {TT} &nbsp;|&nbsp; Ticket #882041</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ccc">
<tr><td><b>Content</b></td><td>{TTV}</td></tr>
<tr><td><b>Action</b></td><td>Restricted in: South Korea (local law)</td></tr>
<tr><td><b>Date</b></td><td>2024-09-17</td></tr>
</table>
<p>Learn more about how we handle legal requests:
<a href="https://www.tiktok.com/legal/page/global/law-enforcement/en">TikTok legal</a></p>
</body></html>"""
case(
    name="tiktok-html-restricted",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date=D("2024-09-17 12:00 +0900"),
    subject=f"Result of your legal request - {TT}",
    reply_to_req=req_id(TT),
    type="html",
    body=_tt_html,
    outcome="applied", classification="confirmation",
    imitates="HTML-only result card with a two-column key/value table",
    why="video restricted in South Korea",
    items={TTV: "restricted"},
)

# ================================================================ DISCORD
case(
    name="discord-zendesk-partial",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=D("2024-09-16 06:30 +0900"),
    subject=f"[Discord] Re: {DC} - Request #2391044",
    reply_to_req=req_id(DC),
    body=f"""
##- Please type your reply above this line -##

Jules (Discord Trust & Safety)

Hi there,

Thanks for your report. The server behind {DAMB} has been removed
from Discord.

We are still investigating the other two links in your request and will
update this ticket when we're done.

Best,
Jules
Discord Trust & Safety

Your request #2391044 is Open. Reply to this email to add a comment.
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk reply with the ticket still open",
    why="amberkiln server removed; the other two not named and still under investigation",
    items={DAMB: "removed"},
)

case(
    name="discord-echoed-report",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date=D("2024-09-17 02:12 +0900"),
    subject=f"Your report has been reviewed ({DC})",
    reply_to_req=req_id(DC),
    body=f"""
Hi,

Here is a copy of what you reported:

  Reported message: {DMSG}
  Reason: Illegal content
  Your reference: {DC}
  Submitted: Sep 13, 2024

Outcome: we reviewed the content and deleted the message. The account
that posted it has received a warning.

Thanks for helping keep Discord safe.
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="report-outcome email that echoes the submitted report above the decision",
    why="the echoed message link is the one the outcome 'deleted the message' is about: removed",
    items={DMSG: "removed"},
)

case(
    name="discord-bullets-mixed",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=D("2024-09-19 05:55 +0900"),
    subject=f"[Discord] Request #2391044 solved - {DC}",
    reply_to_req=req_id(DC),
    body=f"""
##- Please type your reply above this line -##

Your request #2391044 has been solved.

Jules (Discord Trust & Safety)

Hi again,

Here is where we landed on each link:

  • {DAMB} – we took action on this server and it is no longer
    available on Discord.
  • {DMSG} – after review we did not find a violation of our
    Community Guidelines, so no action was taken.
  • {DRUST} – this invite is invalid or has expired, and we could not
    identify a server from it.

For how we enforce our rules see https://discord.com/safety/our-policies .

Jules
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety 'request solved' Zendesk mail with a bullet per link",
    why="amberkiln no longer available (removed), message no violation (rejected), rustveil invite invalid (not_found); policy link is no item",
    items={DAMB: "removed", DMSG: "rejected", DRUST: "not_found"},
)


HEADER = """# Blind set 584: ticket systems and threads (Zendesk / Freshdesk / Jira /
# Help Scout receipts and results, solved tickets, follow-ups in the same
# thread, replies to our reminders, partial answers, forwarded mail).
# Written from each email's meaning before the reader was run on it.
# Generated by make.py; do not edit by hand.
"""


def encode_headers(cases):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as
    real mail carries them."""
    for c in cases:
        for key in ("subject", "name_from"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = email.header.Header(v, "utf-8").encode()


def main():
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
