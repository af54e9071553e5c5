#!/usr/bin/env python3
"""Blind set 488: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email and every expected result below was
written from the email's meaning alone, before the reader was run on it.

    python3 tests/corpus/blind488/make.py

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

SET = "blind488"


def enc(s):
    """RFC 2047 encoding for a header holding non-ASCII text."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
R_TG, R_X, R_YT, R_NV, R_DC, R_KK, R_X1 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240911-07")

def mid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"

def irt(ref):
    return mid(ref).split("@")[0]

# Telegram, 12 items (the largest request)
L101 = "https://t.me/lantern_bazaar_kr/101"
L102 = "https://t.me/lantern_bazaar_kr/102"
L117 = "https://t.me/lantern_bazaar_kr/117"
G5521 = "https://t.me/grey_orchard_chat/5521"
G5530 = "https://t.me/grey_orchard_chat/5530"
M88 = "https://t.me/moonwell_leaks/88"
M89 = "https://t.me/moonwell_leaks/89"
M90 = "https://t.me/moonwell_leaks/90"
M93 = "https://t.me/moonwell_leaks/93"
P410 = "https://t.me/s/paper_kite_kr/410"
NF = "https://t.me/night_ferry_store"
NF2044 = "https://t.me/night_ferry_store/2044"
TG_ALL = [L101, L102, L117, G5521, G5530, M88, M89, M90, M93, P410, NF, NF2044]
# X, 4 items
B101 = "https://x.com/bramble_fox_77/status/1830512200000000101"
B102 = "https://x.com/bramble_fox_77/status/1830512200000000102"
S555 = "https://x.com/slate_owl_kr/status/1830600000000000555"
TQ = "https://x.com/tidal_quince"
X_ALL = [B101, B102, S555, TQ]
# YouTube, 3 items
YQ = "https://www.youtube.com/watch?v=Qm3vL8xTz0A"
YH = "https://www.youtube.com/watch?v=Hh7pW2nR5kE"
YC = "https://www.youtube.com/@copperlane_tv"
YT_ALL = [YQ, YH, YC]
# NAVER, 5 items
N1 = "https://blog.naver.com/sunny_pine22/223560011001"
N2 = "https://blog.naver.com/sunny_pine22/223560011002"
C12 = "https://cafe.naver.com/oldmarketkr/48812"
C13 = "https://cafe.naver.com/oldmarketkr/48813"
C30 = "https://cafe.naver.com/oldmarketkr/48830"
NV_ALL = [N1, N2, C12, C13, C30]
# Discord, 2 items
DM = "https://discord.com/channels/1120000000000000001/1120000000000000002/1280000000000000003"
DI = "https://discord.gg/quietrelay7"
DC_ALL = [DM, DI]
# Kakao (Tistory, Daum cafe), 3 items; the first is stored percent-encoded
TS_SLUG = "중고-거래-안내"
TS_RAW = "https://moonlit-ledger.tistory.com/entry/" + TS_SLUG
TS = "https://moonlit-ledger.tistory.com/entry/" + quote(TS_SLUG)
T31 = "https://moonlit-ledger.tistory.com/31"
DCAFE = "https://cafe.daum.net/greenattic/Q1aB/207"
KK_ALL = [TS, T31, DCAFE]
# X, 1 item
PH = "https://x.com/pale_harbor_9/status/1833300000000000707"

REQUESTS = [
    (R_TG, "telegram", "2024-09-02", "2024-09-09", TG_ALL, "illegal_goods",
     "Telegram channels selling counterfeit IDs, posts and one whole channel"),
    (R_X, "x", "2024-09-03", "2024-09-10", X_ALL, "gambling",
     'illegal gambling promotion; includes the "tidal_quince" account itself'),
    (R_YT, "youtube", "2024-09-04", "2024-09-11", YT_ALL, "drugs",
     "videos and a channel, narcotics sales"),
    (R_NV, "naver", "2024-09-05", "2024-09-12", NV_ALL, "illegal_goods",
     "blog posts and cafe posts, same seller"),
    (R_DC, "discord", "2024-09-06", "2024-09-13", DC_ALL, "illegal_goods",
     "message link and server invite"),
    (R_KK, "kakao", "2024-09-09", "2024-09-16", KK_ALL, "privacy",
     "Tistory entries (one with a Korean slug), Daum cafe post"),
    (R_X1, "x", "2024-09-11", "2024-09-18", [PH], "gambling", "single post"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])


def quoted_request(urls, prefix="> "):
    return "\n".join(prefix + u for u in urls)


TG_REQ_TEXT = (
    "Dear Telegram team,\n\nThe Korea Communications Standards Commission asks you to remove the\n"
    "following content, which breaches Korean law (reference KCSC-240902-01):\n\n"
)

# ------------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ===== Telegram =========================================================
case(
    name="tg-zendesk-receipt",
    date="Mon, 02 Sep 2024 10:05:12 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Support",
    subject="[Case #4410927] Re: KCSC-240902-01 Removal request (12 URLs)",
    reply_to_req=irt(R_TG),
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body="""##- Please type your reply above this line -##

Your request (Case #4410927) has been received and will be reviewed by our
support staff.

To add more information to this case, simply reply to this email.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'your request has been received' trigger e-mail",
    why="receipt with a case number and no statement about any item",
    items={},
)

case(
    name="tg-zendesk-solved-with-history",
    date="Wed, 11 Sep 2024 14:02:31 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Support",
    subject="[Case #4410927] Re: KCSC-240902-01 Removal request (12 URLs)",
    reply_to_req=irt(R_TG),
    body=f"""##- Please type your reply above this line -##

Your request (Case #4410927) has been solved. To reopen it, reply to this email.

----------------------------------------------

Mira (Telegram Support)

Sep 11, 2024, 14:02 UTC

Hello,

Thank you for your report KCSC-240902-01. We checked the first three links
of your list:

1. {L101} - removed
2. {L102} - removed
3. {L117} - we could not find this message, the link is not valid.

The rest of your list is handled separately by our moderation team.

Kind regards,
Mira

----------------------------------------------

KCSC Takedown

Sep 2, 2024, 09:40 UTC

{TG_REQ_TEXT}""" + "\n".join(TG_ALL) + """

Thank you.

--------------------------------
This email is a service from Telegram Support.
""",
    outcome="applied",
    imitates="Zendesk 'request solved' notification with the ticket history (our own first comment) below the agent's reply",
    why="two posts removed and one link invalid; the ticket history repeats our request without statuses",
    items={L101: "removed", L102: "removed", L117: "not_found"},
)

case(
    name="tg-followup-geo-restricted",
    date="Thu, 12 Sep 2024 08:30:00 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Support",
    subject="[Case #4410927] Re: KCSC-240902-01 Removal request (12 URLs)",
    reply_to_req=irt(R_TG),
    body=f"""Hello again,

Further to our previous reply on this case: the messages below are now
unavailable to users in South Korea.

- {G5521}
- {G5530}

Best regards,
Telegram Support

On Wed, 11 Sep 2024 at 14:02, Telegram Support <abuse@telegram.org> wrote:
> Thank you for your report KCSC-240902-01. We checked the first three links
> of your list:
>
> 1. {L101} - removed
> 2. {L102} - removed
> 3. {L117} - we could not find this message, the link is not valid.
""",
    outcome="applied",
    imitates="Follow-up agent comment in the same Zendesk thread, Gmail-style quote of the earlier answer",
    why="two chat messages made unavailable in South Korea; the earlier statuses are only quoted",
    items={G5521: "restricted", G5530: "restricted", L101: "pending", L102: "pending", L117: "pending"},
)

case(
    name="tg-url-then-status-line",
    date="Tue, 10 Sep 2024 16:45:09 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="[Case #4410927] Partial update on KCSC-240902-01",
    body=f"""Case #4410927 - partial update

{M88}
Status: removed

{M89}
Status: removed

{M90}
Status: reviewed - no violation of the Telegram Terms of Service, left available

{M93}
Status: link invalid - this message does not exist

We will write again about the remaining links of your report.

--
Telegram Abuse Team
""",
    outcome="applied",
    imitates="Abuse-desk partial answer listing each URL with a 'Status:' line below it",
    why="two removed, one kept for no violation, one invalid link; the rest announced for later",
    items={M88: "removed", M89: "removed", M90: "rejected", M93: "not_found"},
)

TG_HTML_TABLE = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Ticket <b>#4410927</b> has been <b>resolved</b>. Here is the outcome for the links below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported link</th><th>Action taken</th></tr>
<tr><td><a href="{P410}">{P410}</a></td><td>Blocked for all users</td></tr>
<tr><td><a href="{NF}">{NF}</a></td><td>Channel blocked (all countries)</td></tr>
<tr><td><a href="{NF2044}">{NF2044}</a></td><td>Blocked for all users</td></tr>
</table>
<p>You can read our rules at <a href="https://telegram.org/tos">telegram.org/tos</a>.</p>
<p>Regards,<br>Telegram Support</p>
<p style="color:#999;font-size:11px">Ticket #4410927 &middot; Powered by Freshdesk</p>
</body></html>
"""
TG_HTML_TEXT = f"""Hello,

Ticket #4410927 has been resolved. Here is the outcome for the links below.

Reported link | Action taken
{P410} | Blocked for all users
{NF} | Channel blocked (all countries)
{NF2044} | Blocked for all users

You can read our rules at https://telegram.org/tos

Regards,
Telegram Support
"""
case(
    name="tg-freshdesk-html-table",
    date="Fri, 13 Sep 2024 11:20:44 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Support",
    subject="Ticket #4410927 resolved - KCSC-240902-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="fd-alt-4410927"

--fd-alt-4410927
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{TG_HTML_TEXT}
--fd-alt-4410927
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(TG_HTML_TABLE)}
--fd-alt-4410927--
""",
    outcome="applied",
    imitates="Freshdesk 'ticket resolved' notification with an HTML table of links and actions",
    why="a post, a whole channel and a post in it blocked for everyone; the ToS link is not an item",
    items={P410: "removed", NF: "removed", NF2044: "removed"},
)

TG_CSV = "url,action_taken,comment\n" + "\n".join([
    f"{L101},Removed,",
    f"{L102},Removed,",
    f"{L117},Not found,\"message id does not exist, link invalid\"",
    f"{G5521},Restricted (KR),unavailable in South Korea",
    f"{G5530},No action,no violation of Telegram ToS",
    f"{M88},Removed,",
    f"{M89},Removed,",
    f"{M90},No action,no violation of Telegram ToS",
    f"{M93},Not found,",
    f"{P410},Removed,",
    f"{NF},Removed,whole channel blocked",
    f"{NF2044},Removed,",
]) + "\n"
case(
    name="tg-csv-attachment-all-links",
    date="Mon, 16 Sep 2024 07:12:00 +0000",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA Team",
    subject="[Case #4410927] Final outcome - KCSC-240902-01",
    reply_to_req=irt(R_TG),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="tg-mixed-0916"

--tg-mixed-0916
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Your case #4410927 is now closed. The attached file lists the action taken
on each of the 12 links you reported under KCSC-240902-01.

Telegram DSA Team

--tg-mixed-0916
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(TG_CSV)}
--tg-mixed-0916--
""",
    outcome="applied",
    imitates="Closing e-mail of a ticket with a per-link CSV export attached",
    why="the CSV gives a status for every link of the 12-item request",
    items={L101: "removed", L102: "removed", L117: "not_found", G5521: "restricted",
           G5530: "rejected", M88: "removed", M89: "removed", M90: "rejected",
           M93: "not_found", P410: "removed", NF: "removed", NF2044: "removed"},
)

case(
    name="tg-reply-to-reminder-top-posted",
    date="Wed, 11 Sep 2024 03:18:27 +0000",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA Team",
    subject="Re: Reminder: KCSC-240902-01 overdue items",
    extra_headers=["In-Reply-To: <reminder.KCSC-240902-01.1@kcsc.example>",
                   "References: <req-240902-01@kcsc.example> <reminder.KCSC-240902-01.1@kcsc.example>"],
    body=f"""Hi, apologies for the delay.

t.me/lantern_bazaar_kr/117 was removed today.

{G5530} - we reviewed this message and it does not break Telegram's Terms of
Service, so it stays up.

Telegram DSA Team

On Tue, 10 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: the following items of KCSC-240902-01 are still pending after
> the deadline (2024-09-09):
>
""" + quoted_request([L101, L117, G5521, G5530, M90]) + """
>
> Please tell us what action you took on each.
> KCSC Takedown
""",
    outcome="applied",
    imitates="Agent reply to an overdue reminder, top-posted over the Gmail-quoted reminder",
    why="one post removed, one kept for no ToS violation; the other reminded links are only quoted",
    items={L117: "removed", G5530: "rejected", L101: "pending", G5521: "pending", M90: "pending"},
)

case(
    name="tg-ticket-merged-update",
    date="Fri, 13 Sep 2024 09:02:10 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Support",
    subject="[Case #4410951] merged into Case #4410927",
    body="""##- Please type your reply above this line -##

Hello,

Your message (Case #4410951) has been merged into Case #4410927 because it
concerns the same report, KCSC-240902-01.

Update on the merged case: the post t.me/moonwell_leaks/93 has been taken
down. The other links in this case are still with our moderators.

Telegram Support
""",
    outcome="applied",
    imitates="Zendesk ticket-merge notice carrying an agent update",
    why="one scheme-less link taken down; the rest is explicitly still open",
    items={M93: "removed"},
)

case(
    name="tg-outlook-original-below",
    date="Tue, 10 Sep 2024 12:40:55 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="RE: KCSC-240902-01 Removal request (12 URLs)",
    reply_to_req=irt(R_TG),
    body=f"""Hello,

Update on your report: the channel {NF} has been blocked on
Telegram and can no longer be viewed by anyone.

We could not locate the message {P410}; it may have
been deleted by its author before we looked.

Regards,
Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 6:40 PM
To: abuse@telegram.org
Subject: KCSC-240902-01 Removal request (12 URLs)

{TG_REQ_TEXT}""" + "\n".join(TG_ALL) + """

Korea Communications Standards Commission
""",
    outcome="applied",
    imitates="Outlook-style reply above '-----Original Message-----' holding our whole request",
    why="channel blocked for everyone, one message could not be located; the channel's post 2044 is only in our quoted request",
    items={NF: "removed", P410: "not_found", NF2044: "pending"},
)

case(
    name="tg-promise-within-24h",
    date="Tue, 03 Sep 2024 15:10:00 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Support",
    subject="[Case #4410927] Re: KCSC-240902-01 Removal request (12 URLs)",
    reply_to_req=irt(R_TG),
    body=f"""Hello,

Thank you for your report. Our moderators have looked at
{M88} and {M89}; both will be removed within
24 hours once the channel owner has been notified.

We will update this case when that is done.

Telegram Support
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent comment announcing a future action",
    why="'will be removed' is a promise, not a statement; both posts stay pending",
    items={M88: "pending", M89: "pending"},
)

case(
    name="tg-bulk-all-actioned",
    date="Sat, 14 Sep 2024 06:00:00 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Support",
    subject="[Case #4410927] Solved: KCSC-240902-01",
    reply_to_req=irt(R_TG),
    body="""##- Please type your reply above this line -##

Your request (Case #4410927) has been solved.

Hello,

All links reported under KCSC-240902-01 have been reviewed and blocked.

Thank you for helping keep Telegram safe.
Telegram Support
""",
    outcome="review", review="bulk",
    imitates="Zendesk solved notification with a one-line blanket outcome",
    why="one sentence about every link of a 12-item request without naming any: bulk",
    items={u: "pending" for u in TG_ALL},
)

case(
    name="tg-asks-for-message-links",
    date="Wed, 04 Sep 2024 10:31:00 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Support",
    subject="[Case #4410927] More information needed - KCSC-240902-01",
    reply_to_req=irt(R_TG),
    body=f"""Hello,

Regarding the channel {NF}: to act on a whole channel we
need links to the specific messages that show the unlawful content, and the
provision of Korean law that each of them breaks.

Please reply to this email with these details so that we can continue.

Telegram Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Abuse-desk request for more information before acting on a channel",
    why="the platform asks us for message links and a legal basis; nothing done yet",
    items={NF: "pending"},
)

case(
    name="tg-dsn-reminder-bounced",
    date="Tue, 10 Sep 2024 00:00:41 +0000",
    **{"from": "MAILER-DAEMON@telegram.org"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0910-A1"

--dsn-0910-A1
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: mailbox is over quota, message rejected

--dsn-0910-A1
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.telegram.org
Arrival-Date: Tue, 10 Sep 2024 00:00:39 +0000

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox over quota

--dsn-0910-A1
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: KCSC-240902-01 overdue items
Message-ID: <reminder.KCSC-240902-01.1@kcsc.example>
Date: Tue, 10 Sep 2024 09:00:00 +0900

--dsn-0910-A1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for our reminder",
    why="a bounce of our own reminder",
    items={},
)

case(
    name="tg-channel-admin-gmail",
    date="Thu, 05 Sep 2024 13:27:00 +0000",
    **{"from": "kth.nightowl@gmail.com"},
    name_from="Kwon Taeho",
    subject="About your case KCSC-240902-01",
    body=f"""Hello,

I am the admin of the moonwell_leaks channel. Telegram told me about your
report. I have deleted these posts myself:

{M88}
{M89}

Please close case KCSC-240902-01.

Kwon
""",
    outcome="review", review="unknown_sender",
    imitates="Uploader/channel admin writing to the regulator from a webmail address",
    why="a statement about our items from someone who is not the platform",
    items={M88: "pending", M89: "pending"},
)

# ===== X ================================================================
case(
    name="x-jira-request-received",
    date="Tue, 03 Sep 2024 09:55:00 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    subject="LGL-20931 KCSC-240903-02 removal request",
    reply_to_req=irt(R_X),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Reply above this line.

Your request LGL-20931 "KCSC-240903-02 removal request" has been received.

Here is a summary of what you submitted:

Reported URLs:
{B101}
{B102}
{S555}
{TQ}

Country: South Korea

Our team will review your request and reply by email. You can also follow
it online: View request

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' customer notification echoing the submitted fields",
    why="pure receipt; the URLs are only the echo of what we submitted",
    items={B101: "pending", B102: "pending", S555: "pending", TQ: "pending"},
)

case(
    name="x-jira-resolved-withheld",
    date="Tue, 10 Sep 2024 17:04:12 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    subject="LGL-20931 KCSC-240903-02 removal request",
    reply_to_req=irt(R_X),
    body=f"""Reply above this line.

Nadia Ferro resolved this as Done.

Hello,

We have completed our review of the URLs you reported under KCSC-240903-02.

{B101}
Withheld in: South Korea (KR)

{B102}
Withheld in: South Korea (KR)

{S555}
Removed: the post violated the X Rules on illegal or regulated goods.

The account {TQ} is still being reviewed; we will update this
request when that review is finished.

View request - Turn off this request's notifications
This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="applied",
    imitates="Jira Service Management 'resolved' customer notification with a per-URL result",
    why="two posts withheld in KR, one removed, the account explicitly still under review",
    items={B101: "restricted", B102: "restricted", S555: "removed", TQ: "pending"},
)

case(
    name="x-account-suspended",
    date="Thu, 12 Sep 2024 04:15:00 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    subject="Re: LGL-20931 KCSC-240903-02 removal request",
    reply_to_req=irt(R_X),
    body=f"""Reply above this line.

Nadia Ferro commented:

Hello,

Following up on the open item of this request: we have suspended the
account @tidal_quince ({TQ}) for violating the X Rules.
Suspended accounts and their posts are no longer visible on X.

View request
Powered by Jira Service Management
""",
    outcome="applied",
    imitates="Jira Service Management public comment following up a resolved request",
    why="the reported account was suspended, which removes it",
    items={TQ: "removed"},
)

case(
    name="x-single-item-no-url",
    date="Fri, 13 Sep 2024 02:48:00 +0000",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="Re: KCSC-240911-07 removal request",
    reply_to_req=irt(R_X1),
    body=f"""Hello,

Thanks for your report. The reported post has been removed for violating
our rules on illegal and regulated goods.

This ticket [#XS-552190] is now closed.

X Support

On Wed, Sep 11, 2024 at 6:02 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X,
> Please remove the following post (reference KCSC-240911-07):
> {PH}
> Thank you.
""",
    outcome="applied",
    imitates="Support ticket closing reply that refers to 'the reported post' above our quoted request",
    why="the request has one item and the reply states it was removed",
    items={PH: "removed"},
)

X_QP_TEXT = f"""Hello,

We reviewed the reported content at {S555} under the X Rules and the applicable local law, and did not find it to be in violation. We are therefore not taking action on this post at this time.

If you have additional information, such as a court order, you can reply to this ticket.

Thanks,
X Legal Support
Ticket: LGL-20931
"""
case(
    name="x-qp-no-violation",
    date="Mon, 09 Sep 2024 22:10:00 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    subject="Re: LGL-20931 KCSC-240903-02 removal request",
    reply_to_req=irt(R_X),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(X_QP_TEXT)}
""",
    outcome="applied",
    imitates="Legal-request refusal ('not in violation, no action') in quoted-printable with soft line breaks",
    why="the post breaks no rule and stays up",
    items={S555: "rejected"},
)

case(
    name="x-partial-rest-under-review",
    date="Sat, 07 Sep 2024 11:11:11 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    subject="Re: LGL-20931 KCSC-240903-02 removal request",
    reply_to_req=irt(R_X),
    body=f"""Hi,

Partial update on your request:

* {S555} has been removed.
* The two posts from @bramble_fox_77 are still under review by our legal
  team; we will follow up in this thread.

Best,
X Legal Support
""",
    outcome="applied",
    imitates="Partial answer in a ticket thread: one result, the rest under review",
    why="one post removed; the two others are only 'under review'",
    items={S555: "removed", B101: "pending", B102: "pending"},
)

case(
    name="x-wrapped-angle-urls",
    date="Sun, 08 Sep 2024 05:40:00 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    subject="Re: LGL-20931 KCSC-240903-02 removal request",
    reply_to_req=irt(R_X),
    body="""Hello,

Regarding your request KCSC-240903-02:

The post <https://x.com/bramble_fox_77/status/
1830512200000000101> has been withheld in South Korea in response to your
legal demand.

The post <https://x.com/bramble_fox_77/status/
1830512200000000102> was deleted by its author before we reviewed it.

Regards,
X Legal Support
""",
    outcome="applied",
    imitates="Plain-text reply with long URLs wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="one post withheld in KR, the other already deleted by its author",
    items={B101: "restricted", B102: "not_found"},
)

case(
    name="x-hedged-appears-gone",
    date="Wed, 11 Sep 2024 08:08:08 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    subject="Re: LGL-20931 KCSC-240903-02 removal request",
    reply_to_req=irt(R_X),
    body=f"""Hello,

The post {S555} appears to be no longer available on X. We are
checking whether this was the account holder's own doing and will confirm
the outcome in this ticket.

X Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Agent comment with a hedged observation and a promise to confirm",
    why="'appears to be no longer available' is a hedge, not a statement",
    items={S555: "pending"},
)

case(
    name="x-dmarc-fail",
    date="Fri, 13 Sep 2024 10:00:00 +0000",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    auth="fail",
    subject="Re: KCSC-240911-07 removal request",
    body=f"""Hello,

The post {PH} has been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="Short result mail whose DKIM/SPF/DMARC checks failed",
    why="claims to come from x.com but fails authentication",
    items={PH: "pending"},
)

case(
    name="x-forwarded-legal-ops-note",
    date="Thu, 12 Sep 2024 09:30:00 +0000",
    **{"from": "dwhitcombe@x.com"},
    name_from="Dana Whitcombe",
    subject="Fwd: KCSC-240903-02 outcome",
    body=f"""Hi KCSC team,

Forwarding the note from our legal operations team below for your records.

Best,
Dana

---------- Forwarded message ---------
From: X Legal Operations <legal-ops@x.com>
Date: Thu, 12 Sep 2024 at 09:14
Subject: KCSC-240903-02 outcome
To: Dana Whitcombe <dwhitcombe@x.com>

Both posts below are now withheld in South Korea:
{B101}
{B102}
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Platform employee forwarding an internal colleague's note (Gmail forward block)",
    why="the statuses are inside a forwarded message, not the sender's own statement",
    items={B101: "pending", B102: "pending"},
)

# ===== YouTube ==========================================================
case(
    name="yt-legal-outcome-url-below",
    date="Mon, 09 Sep 2024 07:21:00 +0000",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="[6-1198000044211] Your legal removal request KCSC-240904-03",
    reply_to_req=irt(R_YT),
    body=f"""Hello,

Thank you for your legal removal request (reference KCSC-240904-03).
Following our review, we have taken the actions below.

We have restricted access to the following content in South Korea on the
basis of local law:
{YQ}

The following content was removed globally for violating YouTube's
Community Guidelines:
{YH}

For more information about how we handle legal requests, see
https://support.google.com/youtube/answer/6154230 .

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    imitates="YouTube legal removal outcome e-mail, each statement followed by its URL on the next line",
    why="one video restricted in KR, one removed; the help link is not an item",
    items={YQ: "restricted", YH: "removed"},
)

case(
    name="yt-age-restricted-channel-missing",
    date="Tue, 10 Sep 2024 13:13:00 +0000",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="[6-1198000044211] Update on KCSC-240904-03",
    reply_to_req=irt(R_YT),
    body="""Hello,

Update on your request KCSC-240904-03:

Video <https://www.youtube.com/watch?v=Hh7pW2nR5kE>: we have applied an age
restriction. Viewers must be signed in and 18 or older to watch it.

Channel <https://www.youtube.com/@copperlane_tv>: we could not find a
channel at this address. It may have been renamed or deleted by its owner.

The YouTube Legal Support Team
""",
    outcome="applied",
    imitates="YouTube case update with URLs in angle brackets",
    why="one video age-restricted; the channel cannot be found",
    items={YH: "restricted", YC: "not_found"},
)

YT_HTML = f"""<html><body>
<p>Hi KCSC team,</p>
<p>Thanks for getting in touch &mdash; we received your message about
<b>KCSC-240904-03</b>.</p>
<p>Good news: the video <a href="{YQ}">{YQ}</a> has been taken down and is
no longer available on YouTube.</p>
<p>Cheers,<br>Sam<br>YouTube Creator &amp; Legal Support</p>
<hr><p style="font-size:11px;color:#888">Conversation #88213 &middot; sent via Help Scout</p>
</body></html>
"""
case(
    name="yt-helpscout-html-base64",
    date="Thu, 12 Sep 2024 18:00:00 +0000",
    **{"from": "support@youtube.com"},
    name_from="YouTube Support",
    subject="Re: KCSC-240904-03 [#88213]",
    reply_to_req=irt(R_YT),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(YT_HTML)}
""",
    outcome="applied",
    imitates="Help Scout reply in base64 HTML that opens with a 'we received your message' phrase",
    why="the receipt phrase is followed by an unhedged statement that the video was taken down",
    items={YQ: "removed"},
)

case(
    name="yt-echoed-report-outcome",
    date="Wed, 11 Sep 2024 02:02:02 +0000",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="[6-1198000044212] Outcome of your report",
    body=f"""Hello,

Below is a copy of the report you submitted, followed by our decision.

---------- Your report ----------
Reporter: Korea Communications Standards Commission
Reference: KCSC-240904-03
Content URL: {YH}
Country: South Korea
Description: The video advertises the sale of narcotics with contact
details for buyers.
----------------------------------

Outcome: we have removed this video from YouTube for violating our
policies.

The YouTube Legal Support Team
""",
    outcome="applied",
    imitates="Legal webform outcome e-mail echoing the submitted report fields",
    why="the echoed report names one video and the outcome says it was removed",
    items={YH: "removed"},
)

case(
    name="yt-out-of-office",
    date="Thu, 12 Sep 2024 00:05:00 +0000",
    **{"from": "praman@google.com"},
    name_from="Priya Raman",
    subject="Automatic reply: Reminder: KCSC-240904-03 overdue items",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""Hello,

I'm out of the office until Monday 16 September with limited access to
email. For legal removal requests please keep using the usual webform;
the team will pick them up.

Priya
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail/Workspace vacation responder to our reminder",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="yt-reminder-reply-still-reviewing",
    date="Fri, 13 Sep 2024 05:30:00 +0000",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: Reminder: KCSC-240904-03 overdue items",
    extra_headers=["In-Reply-To: <reminder.KCSC-240904-03.1@kcsc.example>",
                   "References: <req-240904-03@kcsc.example> <reminder.KCSC-240904-03.1@kcsc.example>"],
    body=f"""Hello,

Thanks for your follow-up. Your request is still with our legal reviewers.
{YH} needs an additional assessment under local law; we expect
to come back to you within five business days.

The YouTube Legal Support Team

On Thu, 12 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: the following items of KCSC-240904-03 are still pending after
> the deadline (2024-09-11):
> {YH}
> {YC}
""",
    outcome="review", review="not_understood",
    imitates="Reply to our reminder saying the item is still under review",
    why="names a requested video but only says it is still being assessed",
    items={YH: "pending", YC: "pending"},
)

# ===== NAVER ============================================================
case(
    name="naver-receipt-korean",
    date="Thu, 05 Sep 2024 01:10:00 +0000",
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    subject=enc("[네이버 고객센터] 문의 접수 완료 안내 (KCSC-240905-04)"),
    reply_to_req=irt(R_NV),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: NV-2024-0905-3318
접수일시: 2024-09-05 10:10

담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER help-centre 문의 접수 완료 automatic receipt",
    why="receipt with a ticket number only",
    items={},
)

case(
    name="naver-text-table-results",
    date="Tue, 10 Sep 2024 06:12:00 +0000",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("Re: 게시물 조치 요청 (KCSC-240905-04) 처리 결과 안내"),
    reply_to_req=irt(R_NV),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물에 대한 처리 결과를 아래와 같이 안내드립니다.

접수번호: NV-2024-0905-3318
요청번호: KCSC-240905-04

No | URL | 조치 결과
1 | {N1} | 게시중단
2 | {N2} | 게시중단
3 | {C12} | 임시조치(30일)
4 | {C13} | 삭제
5 | {C30} | 게시물 없음(작성자 삭제)

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied",
    imitates="NAVER 게시중단/임시조치 처리 결과 안내 with a pipe table",
    why="two blog posts taken down, one cafe post under 임시조치, one deleted, one already deleted by its author",
    items={N1: "removed", N2: "removed", C12: "restricted", C13: "removed", C30: "not_found"},
)

case(
    name="naver-followup-numbered-quoted",
    date="Thu, 12 Sep 2024 07:45:00 +0000",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("Re: 게시물 조치 요청 (KCSC-240905-04) 추가 처리 결과"),
    reply_to_req=irt(R_NV),
    body=f"""안녕하세요.

지난 9월 10일 회신드린 건에 이어 남은 2건의 처리 결과를 안내드립니다.

1. {C13}
   → 카페 운영원칙 위반으로 블라인드 처리하였습니다.
2. {C30}
   → 검토 결과 관련 법령 및 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.

2024년 9월 10일 (화) 오후 3:12, 네이버 정책지원팀 <policy@navercorp.com>님이 작성:
> 안녕하세요, 네이버 정책지원팀입니다.
> 요청하신 게시물 중 2건을 먼저 처리하였습니다.
> 1. {N1} : 게시중단
> 2. {N2} : 게시중단
""",
    outcome="applied",
    imitates="Korean follow-up in the same thread, numbered list with the result on the next line, Gmail-quoted earlier answer",
    why="one cafe post blinded, one kept for no violation; the blog results are only quoted",
    items={C13: "removed", C30: "rejected", N1: "pending", N2: "pending"},
)

case(
    name="naver-korean-particles",
    date="Wed, 11 Sep 2024 04:04:00 +0000",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("Re: 게시물 조치 요청 (KCSC-240905-04)"),
    reply_to_req=irt(R_NV),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

{N1}은 운영정책에 따라 비공개 처리되었습니다。
{N2}（두 번째 게시물）의 경우 이미 삭제되어 존재하지 않는 게시물입니다。

나머지 카페 게시물은 확인 중이며 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied",
    imitates="Korean prose reply with particles and full-width punctuation right after the URLs",
    why="one blog post made private by the operator, the other no longer exists",
    items={N1: "removed", N2: "not_found"},
)

NV_HTML = f"""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240905-04)에 대한 조치결과를 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<thead><tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr></thead>
<tbody>
<tr><td>1</td><td>{N1}</td><td>비공개 처리</td><td>운영정책 위반</td></tr>
<tr><td>2</td><td>{N2}</td><td>접근 제한</td><td>국내 접속 제한</td></tr>
<tr><td>3</td><td>{C12}</td><td>블라인드</td><td>-</td></tr>
<tr><td>4</td><td>{C13}</td><td>미조치</td><td>위반사항 없음</td></tr>
<tr><td>5</td><td>{C30}</td><td>삭제</td><td>운영자 삭제</td></tr>
</tbody></table>
<p>문의사항은 <a href="https://help.naver.com/support/contents/kcsc">고객센터</a>로 연락 주시기 바랍니다.</p>
</body></html>
"""
case(
    name="naver-html-correction-table",
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("[조치결과] 시정요구 KCSC-240905-04"),
    reply_to_req=irt(R_NV),
    type="html",
    body=NV_HTML,
    outcome="applied",
    imitates="Korean 시정요구 조치결과 reply as an HTML table",
    why="private, restricted, blinded, not actioned (no violation) and deleted, one per row",
    items={N1: "removed", N2: "restricted", C12: "removed", C13: "rejected", C30: "removed"},
)

case(
    name="naver-bulk-all-five",
    date="Wed, 11 Sep 2024 09:09:00 +0000",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("Re: 게시물 조치 요청 (KCSC-240905-04)"),
    reply_to_req=irt(R_NV),
    body="""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 5건에 대해 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean one-line blanket 조치 완료 reply",
    why="'all five' without naming any, for a five-item request",
    items={u: "pending" for u in NV_ALL},
)

case(
    name="naver-out-of-office-chuseok",
    date="Fri, 13 Sep 2024 00:01:00 +0000",
    **{"from": "jisoo.baek@navercorp.com"},
    name_from=enc("백지수"),
    subject=enc("[자동회신] Re: 게시물 조치 요청 (KCSC-240905-04)"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요.

9월 13일부터 9월 18일까지 추석 연휴로 부재중입니다.
복귀 후 확인하여 회신드리겠습니다.

백지수 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신 over the Chuseok holiday",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="naver-answers-daum-url",
    date="Tue, 10 Sep 2024 02:30:00 +0000",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("Re: 게시물 조치 요청 (KCSC-240909-06)"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 URL {DCAFE} 은(는) 네이버 서비스에서 확인되지 않는 게시물입니다.
해당 서비스 운영사로 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Portal answering a request that was sent to the wrong operator",
    why="NAVER states a status for a Daum (Kakao) cafe post",
    items={DCAFE: "pending"},
)

# ===== Discord ==========================================================
case(
    name="discord-solved-both",
    date="Wed, 11 Sep 2024 20:00:00 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: Report KCSC-240906-05 (ticket #31884200)",
    reply_to_req=irt(R_DC),
    body=f"""##- Please type your reply above this line -##

Hi there,

Thanks for your report (ticket #31884200). Our Safety team reviewed the
content you flagged and took the following action:

- Message {DM}
  Deleted.
- Server invite {DI}
  The server it led to has been removed from Discord for violating our
  Community Guidelines; the invite no longer works.

This ticket is now marked as solved. If you reply, it will reopen.

Discord Trust & Safety
""",
    outcome="applied",
    imitates="Discord Trust & Safety Zendesk 'solved' reply",
    why="message deleted; the server behind the invite removed",
    items={DM: "removed", DI: "removed"},
)

case(
    name="discord-invite-invalid",
    date="Mon, 09 Sep 2024 15:15:00 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: Report KCSC-240906-05 (ticket #31884200)",
    reply_to_req=irt(R_DC),
    body="""Hi there,

Regarding the invite link you sent (discord.gg/quietrelay7): this invite is
invalid and does not point to any server, so we could not locate any
content for it.

Your report about the message link is still with our team.

Discord Trust & Safety
""",
    outcome="applied",
    imitates="Agent reply on one link of a two-link report, scheme-less invite URL",
    why="the invite does not exist; the message link is still open",
    items={DI: "not_found", DM: "pending"},
)

case(
    name="discord-zendesk-hosted-sender",
    date="Wed, 11 Sep 2024 20:01:00 +0000",
    **{"from": "support@discord-safety.zendesk.com"},
    name_from="Discord Safety",
    subject="[Discord] Your report KCSC-240906-05 has been resolved",
    body=f"""Hi,

We removed the message you reported:
{DM}

Discord Safety
""",
    outcome="review", review="unknown_sender",
    imitates="Result mail sent from a help-desk vendor's hosted subdomain instead of the platform's domain",
    why="zendesk.com subdomain is not a Discord sender domain",
    items={DM: "pending"},
)

case(
    name="discord-csat-survey",
    date="Sat, 14 Sep 2024 20:00:00 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord Support",
    subject="How did we do? Ticket #31884200",
    body="""Hi,

Your ticket #31884200 was recently closed. We'd love to hear how we did.

How would you rate the support you received?

Good, I'm satisfied: https://support.discord.com/hc/requests/31884200/satisfaction/good
Bad, I'm unsatisfied: https://support.discord.com/hc/requests/31884200/satisfaction/bad

Thanks,
Discord Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey after a solved ticket",
    why="trusted Discord mail naming no item and no request of ours (only the platform's own ticket number)",
    items={},
)

# ===== Kakao ============================================================
KK_TEXT = f"""안녕하세요, 카카오 고객센터입니다.

문의하신 티스토리 게시물에 대한 처리 결과를 안내드립니다.

■ {TS_RAW}
 - 처리 결과: 게시중단

■ {T31}
 - 처리 결과: 국내 접근 제한

상담번호: KA-240910-7781 (상담 상태: 답변완료)
더 궁금하신 점은 고객센터 도움말(https://cs.kakao.com/helps)을 참고해 주세요.
"""
case(
    name="kakao-tistory-korean-url-base64",
    date="Tue, 10 Sep 2024 05:55:00 +0000",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    subject=enc("[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240909-06)"),
    reply_to_req=irt(R_KK),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KK_TEXT)}
""",
    outcome="applied",
    imitates="Kakao help-centre ticket answer, base64 body, a raw Korean-path Tistory URL",
    why="one entry taken down (게시중단), the other restricted in Korea (접근 제한)",
    items={TS: "removed", T31: "restricted"},
)

case(
    name="kakao-daum-cafe-blind",
    date="Wed, 11 Sep 2024 06:06:00 +0000",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    subject=enc("[카카오 고객센터] 답변완료: 게시물 조치 요청 (KCSC-240909-06)"),
    reply_to_req=irt(R_KK),
    body=f"""안녕하세요, 카카오 고객센터입니다.

Daum 카페 게시물 {DCAFE} 에 대해 블라인드 처리를 완료하였습니다.

상담번호: KA-240910-7781
상담 상태: 답변완료

본 메일은 발신 전용입니다. 추가 문의는 고객센터를 이용해 주세요.
""",
    outcome="applied",
    imitates="Kakao help-centre '답변완료' ticket mail",
    why="the Daum cafe post was blinded",
    items={DCAFE: "removed"},
)

case(
    name="kakao-read-receipt",
    date="Mon, 09 Sep 2024 08:20:00 +0000",
    **{"from": "jiyoung.han@kakaocorp.com"},
    name_from=enc("한지영"),
    subject=enc("읽음: 게시물 조치 요청 (KCSC-240909-06)"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-kk-0909"

--mdn-kk-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: jiyoung.han@kakaocorp.com
제목: 게시물 조치 요청 (KCSC-240909-06)
읽은 시간: 2024-09-09 17:20

--mdn-kk-0909
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822;jiyoung.han@kakaocorp.com
Original-Message-ID: <req-240909-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-kk-0909--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN) for our request",
    why="read receipt",
    items={},
)


HEADER = """# Blind set 488 (ticket systems and threads): one [[case]] per email.
# Written from each email's meaning before the reader was run; see NOTES.md.
# Generated by make.py: edit the case list there, not this file.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
