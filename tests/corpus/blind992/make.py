#!/usr/bin/env python3
"""Blind set 992: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
words; the expected results come from each email's meaning alone, written
before the reader was ever run on them.

    python3 tests/corpus/blind992/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind992"

# ---------------------------------------------------------------- requests

TISTORY_RAW = "https://dietpill.tistory.com/entry/다이어트-약-판매"
TISTORY = "https://dietpill.tistory.com/entry/" + quote("다이어트-약-판매")

TG = [
    "https://t.me/lucky_spin_kr/1041",
    "https://t.me/lucky_spin_kr/1047",
    "https://t.me/lucky_spin_kr/1052",
    "https://t.me/moonbet_vip/88",
    "https://t.me/moonbet_vip/93",
    "https://t.me/moonbet_vip/97",
    "https://t.me/jackpot_room77/3310",
    "https://t.me/jackpot_room77/3318",
    "https://t.me/c/1875522041/640",
    "https://t.me/goldtoto_notice/12",
    "https://t.me/goldtoto_notice/15",
    "https://t.me/s/slotking_daily/207",
]
(TG_1041, TG_1047, TG_1052, TG_88, TG_93, TG_97, TG_3310, TG_3318, TG_640,
 TG_G12, TG_G15, TG_207) = TG

X = [
    "https://x.com/quickcash_kr/status/1830011122233344556",
    "https://x.com/quickcash_kr/status/1830015566778899001",
    "https://twitter.com/loan_fast_24/status/1829900011122233344",
    "https://x.com/loan_fast_24",
]
X_Q1, X_Q2, X_L1, X_ACC = X

YT = [
    "https://www.youtube.com/watch?v=Qx7mR2tLp9A",
    "https://youtu.be/Hd3kWq81ZsE",
    "https://www.youtube.com/shorts/Vn5pLc0Yt2M",
]
YT_W, YT_BE, YT_SH = YT
YT1 = "https://www.youtube.com/watch?v=bT4eNx0Ra8k"

NV = [
    "https://blog.naver.com/sunny_pill/223561234567",
    "https://blog.naver.com/sunny_pill/223561239876",
    "https://cafe.naver.com/diethealthmarket/48213",
    "https://cafe.naver.com/diethealthmarket/48230",
    "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471234567",
]
NV_B1, NV_B2, NV_C1, NV_C2, NV_KIN = NV

KK = [TISTORY, "https://cafe.daum.net/pillshop24/Kq1B/377"]
KK_T, KK_C = KK

DC = "https://discord.com/channels/1123456789012345678/1123456789012345999/1280012345678901234"

REQUESTS = [
    # ref, platform, sent, due, category, note, urls
    ("KCSC-240902-01", "telegram", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     "illegal_gambling", "gambling promotion channels", TG),
    ("KCSC-240903-02", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "illegal_finance", "unregistered lending ads", X),
    ("KCSC-240904-03", "youtube", "2024-09-04T10:00:00+09:00", "2024-09-11T23:59:59+09:00",
     "drugs", "sale of unapproved diet drugs", YT),
    ("KCSC-240905-04", "naver", "2024-09-05T10:00:00+09:00", "2024-09-12T23:59:59+09:00",
     "illegal_medicine", "diet pill resale posts", NV),
    ("KCSC-240906-05", "kakao", "2024-09-06T10:00:00+09:00", "2024-09-13T23:59:59+09:00",
     "illegal_medicine", "diet pill resale posts", KK),
    ("KCSC-240909-06", "discord", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "illegal_gambling", "gambling server invite", [DC]),
    ("KCSC-240910-07", "youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "drugs", "single video", [YT1]),
]


def mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ------------------------------------------------------------------ helpers

def enc(s):
    """RFC 2047 B-encoding for a non-ASCII header value."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode() + "?="


def q(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request(platform, ref, urls, what="gambling"):
    return (f"Dear {platform} team,\n\n"
            f"The Korea Communications Standards Commission asks you to remove the\n"
            f"following content, which is unlawful in Korea ({what}):\n\n"
            + "\n".join(urls) +
            f"\n\nOur reference: {ref}\n"
            f"Please tell us what you did with each URL.\n\n"
            f"KCSC Takedown Desk")


def our_reminder(ref, sent, due, urls):
    return (f"This is a reminder about request {ref}, sent on {sent} with a\n"
            f"deadline of {due}. The following items are still recorded as pending:\n\n"
            + "\n".join(urls) +
            "\n\nPlease let us know what has been done with each of them.\n\n"
            "KCSC Takedown Desk")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def single(ctype, cte, payload):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n" + payload.strip("\n") + "\n")


def with_csv(boundary, text, filename, csv_text, csv_b64):
    if csv_b64:
        att = ("Content-Transfer-Encoding: base64\n\n" + b64(csv_text))
    else:
        att = ("Content-Transfer-Encoding: 7bit\n\n" + csv_text.strip("\n") + "\n")
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"This is a multi-part message in MIME format.\n\n"
            f"--{boundary}\n"
            f"Content-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n"
            + text.strip("\n") + "\n\n"
            f"--{boundary}\n"
            f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            + att +
            f"\n--{boundary}--\n")


ZD_LINE = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# ------------------------------------------------------------------ Telegram
TG_REQ = our_request("Telegram", "KCSC-240902-01", TG)

case(
    name="tg-zendesk-receipt",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Mon, 02 Sep 2024 05:12:40 +0400",
    subject="[Case #5512093] Received: KCSC-240902-01 removal request",
    reply_to_req=mid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Hello,

Thank you for writing to Telegram. This is an automatic confirmation that
your message has reached us and has been logged as Case #5512093.

A member of our moderation team will look at it as soon as possible. If you
write to us again about the same matter, please keep the case number in the
subject line; there is no need to file a new report.

Telegram Support
This is a service notification about Case #5512093.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk new-ticket auto-receipt (abuse desk)",
    why="pure receipt: case number created, nothing said about any item",
    items={},
)

case(
    name="tg-zendesk-solved-numbered",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Fri, 06 Sep 2024 15:12:03 +0400",
    subject="[Case #5512093] Re: KCSC-240902-01 removal request",
    reply_to_req=mid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Your request (Case #5512093) has been updated. To add a comment, reply to
this email.

----------------------------------------------

Marta Ilyina (Telegram Support)
Sep 6, 2024, 15:12 GMT+4

Hello,

We have finished reviewing the first part of your list. The outcome for
each link:

1. {TG_1041} - the post has been deleted.
2. {TG_1047} - the post has been deleted.
3. {TG_1052} - there is no message with this number in the channel, so
   there was nothing for us to act on.
4. {TG_88} - the post has been taken down.
5. {TG_93} - we found no breach of the Telegram Terms of Service in this
   post; it remains available.

We will write again about the other links in your request.

Best regards,
Marta
Telegram Support

----------------------------------------------

KCSC Takedown
Sep 2, 2024, 05:00 GMT+4

{TG_REQ}
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent reply with ticket history below (abuse desk)",
    why="five numbered links with per-link outcomes; the rest only appear in our request in the ticket history",
    items={TG_1041: "removed", TG_1047: "removed", TG_1052: "not_found", TG_88: "removed",
           TG_93: "rejected", TG_97: "pending", TG_3310: "pending", TG_640: "pending",
           TG_207: "pending"},
)

case(
    name="tg-partial-rest-under-review",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Sat, 07 Sep 2024 11:40:55 +0400",
    subject="Re: KCSC-240902-01 removal request [Case #5512093]",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hello,

An update on Case #5512093. We have blocked {TG_3310} and
{TG_3318}; both posts are no longer visible to anyone on Telegram.

The remaining links in your report are still with our moderators, and we
will come back to you once they have been reviewed.

Kind regards,
Telegram Abuse Team

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{q(TG_REQ)}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk partial answer, top-posted over Gmail-quoted request",
    why="two posts blocked for everyone; the rest explicitly still under review; quoted request changes nothing",
    items={TG_3310: "removed", TG_3318: "removed", TG_1041: "pending", TG_97: "pending",
           TG_640: "pending", TG_207: "pending"},
)

case(
    name="tg-reply-to-reminder-channel-gone",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Fri, 13 Sep 2024 09:05:12 +0400",
    subject="Re: Reminder: KCSC-240902-01 - 6 items still pending after the deadline",
    extra_headers=["In-Reply-To: <reminder.KCSC-240902-01.1@kcsc.example>",
                   "References: <req.KCSC-240902-01@kcsc.example> <reminder.KCSC-240902-01.1@kcsc.example>"],
    body=f"""Hi,

Sorry for the slow reply. The channel goldtoto_notice was terminated on
12 September for repeated violations, so both of these posts are gone
together with it:
{TG_G12}
{TG_G15}

For the other links in your reminder we have nothing new yet.

Telegram Abuse Team
Case #5512093

On Wed, 11 Sep 2024 09:00:00 +0900, KCSC Takedown <takedown@kcsc.example> wrote:
{q(our_reminder("KCSC-240902-01", "2 September 2024", "9 September 2024", [TG_1052, TG_97, TG_640, TG_G12, TG_G15, TG_207]))}
""",
    outcome="applied", classification="confirmation",
    imitates="reply to our reminder, top-posted, channel terminated",
    why="channel terminated: both named posts removed; the other quoted reminder items untouched",
    items={TG_G12: "removed", TG_G15: "removed", TG_1052: "pending", TG_97: "pending",
           TG_640: "pending", TG_207: "pending"},
)

TG_CSV = f"""link,decision,date_utc
{TG_1041},content removed,2024-09-05
{TG_1047},content removed,2024-09-05
{TG_1052},message not found,2024-09-05
{TG_97},content removed,2024-09-06
{TG_640},content removed,2024-09-06
{TG_207},no violation found - content stays up,2024-09-06
"""
case(
    name="tg-results-csv-attachment",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Mon, 09 Sep 2024 12:30:00 +0400",
    subject="[Case #5512093] Results for KCSC-240902-01",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=with_csv("=_tg5512093_csv", f"""Hello,

The results for Case #5512093 (your reference KCSC-240902-01) are in the
attached file, one line per link.

Telegram Support
""", "case_5512093_results.csv", TG_CSV, False),
    outcome="applied", classification="confirmation",
    imitates="ticket result exported as CSV attachment",
    why="CSV rows: four removed, one not found, one left up",
    items={TG_1041: "removed", TG_1047: "removed", TG_1052: "not_found", TG_97: "removed",
           TG_640: "removed", TG_207: "rejected"},
)

case(
    name="tg-agent-out-of-office",
    **{"from": "m.ilyina@telegram.org"}, name_from="Marta Ilyina",
    date="Sat, 14 Sep 2024 08:00:31 +0400",
    subject="Automatic reply: Re: [Case #5512093] KCSC-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   "In-Reply-To: <staff.KCSC-240902-01.3@kcsc.example>"],
    body="""I am away from 14 to 22 September with no access to email. Your message
has not been forwarded.

For abuse reports please write to abuse@telegram.org and quote your case
number.

Marta
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office from the assigned agent",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="tg-asks-legal-basis",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Tue, 10 Sep 2024 16:44:09 +0400",
    subject="[Case #5512093] Additional information needed - KCSC-240902-01",
    reply_to_req=mid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Hello,

Before we can decide on the following links we need more information from
you:

{TG_640}
{TG_207}

For each of them, please tell us which provision of Korean law the content
breaches, and attach a copy of the Commission's decision if one exists.

This case will stay in status Pending until we hear back from you. If we
do not receive a reply within 14 days, the case will be closed
automatically.

Telegram Support
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Zendesk pending-status reply asking the requester for details",
    why="asks for the legal basis of two links; no decision on either",
    items={TG_640: "pending", TG_207: "pending"},
)

case(
    name="tg-solved-all-taken-down",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Thu, 12 Sep 2024 10:02:44 +0400",
    subject="[Case #5512093] Solved: KCSC-240902-01 removal request",
    reply_to_req=mid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Your request (Case #5512093) has been solved.

Hello,

Thank you for your patience. Our moderators have gone through every link in
your report, and all of the reported content has been taken down. We are
marking this case as solved.

If you believe something was missed, reply to this email within 7 days to
reopen the case.

Telegram Support
""",
    outcome="review", review="bulk",
    imitates="Zendesk solved notification with a blanket outcome",
    why="'all of the reported content has been taken down' for a 12-item request, no link named",
    items={},
)

case(
    name="tg-zendesk-subdomain-sender",
    **{"from": "support@telegram-abuse.zendesk.com"}, name_from="Telegram Support",
    date="Wed, 11 Sep 2024 13:20:18 +0400",
    subject="[Telegram Support] Re: KCSC-240902-01 (Case #5512093)",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""{ZD_LINE}

Hello,

We have deleted the post {TG_93} and the post
{TG_1047}.

Telegram Support
""",
    outcome="review", review="unknown_sender",
    imitates="helpdesk sending from its vendor subdomain instead of the platform domain",
    why="sender domain zendesk.com is no platform's domain, however plausible the content",
    items={TG_93: "pending", TG_1047: "pending"},
)

case(
    name="tg-hedged-private-channel",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Thu, 12 Sep 2024 18:15:00 +0400",
    subject="Re: KCSC-240902-01 removal request [Case #5512093]",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hello,

We checked {TG_640} again. It appears that the post is no
longer accessible, but because it sits in a private channel we cannot
confirm this from our side.

The post {TG_207} may have been removed by the channel's
own admins in the meantime.

We will keep the case open and look into both further.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk interim reply with hedged findings",
    why="'appears to', 'may have been', 'cannot confirm': no statement about either link",
    items={TG_640: "pending", TG_207: "pending"},
)

TG_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear KCSC,</p>
<p>Below is the status of the links from your request KCSC-240902-01 that were still open.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Action taken</th><th>Date</th></tr>
<tr><td><a href="{TG_93}">t.me/moonbet_vip/93</a></td><td>Deleted</td><td>2024-09-10</td></tr>
<tr><td><a href="{TG_97}">t.me/moonbet_vip/97</a></td><td>Deleted</td><td>2024-09-10</td></tr>
<tr><td><a href="{TG_3318}">t.me/jackpot_room77/3318</a></td><td>Not found &ndash; no such post</td><td>2024-09-10</td></tr>
</table>
<p>Kind regards,<br>Telegram Support<br><span style="color:#888">Case #5512093</span></p>
</body></html>"""
case(
    name="tg-html-table-qp",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Tue, 10 Sep 2024 19:01:27 +0400",
    subject="[Case #5512093] Update on KCSC-240902-01",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=single("text/html", "quoted-printable", qp(TG_HTML)),
    outcome="applied", classification="confirmation",
    imitates="HTML ticket update with a status table, quoted-printable",
    why="table rows: two deleted, one not found",
    items={TG_93: "removed", TG_97: "removed", TG_3318: "not_found"},
)

case(
    name="tg-echoed-list-status-below",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Wed, 11 Sep 2024 10:10:10 +0400",
    subject="Re: KCSC-240902-01 removal request [Case #5512093]",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hello,

Below are the links you asked about, with our decision under each.

{TG_1052}
Status: removed

{TG_88}
Status: removed

{TG_3310}
Status: no violation - left up

{TG_G12}
Status: not found

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="agent echoing the reported links with a status line under each",
    why="bare URL, status on the line below, four links",
    items={TG_1052: "removed", TG_88: "removed", TG_3310: "rejected", TG_G12: "not_found"},
)

case(
    name="tg-url-below-statement",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Sun, 08 Sep 2024 14:48:51 +0400",
    subject="[Case #5512093] KCSC-240902-01",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hi,

The following post has been taken down:
{TG_88}

We were unable to locate the following post; the message ID does not exist
in that channel:
{TG_97}

The following post will be looked at again by a senior moderator:
{TG_93}

Telegram Support - Case #5512093
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply, each statement followed by its URL on the next line",
    why="taken down, not found, and a promise (stays pending)",
    items={TG_88: "removed", TG_97: "not_found", TG_93: "pending"},
)

case(
    name="tg-restricted-kr-base64",
    **{"from": "legal@telegram.org"}, name_from="Telegram Legal",
    date="Mon, 16 Sep 2024 11:11:11 +0400",
    subject="Re: KCSC-240902-01 [Case #5512093]",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=single("text/plain", "base64", b64(f"""Hello,

Regarding Case #5512093: access to {TG_3310} and
{TG_1041} has been restricted for users in the Republic of
Korea. The posts remain visible in other countries, where they do not
breach local law or our Terms of Service.

Telegram Legal
""")),
    outcome="applied", classification="confirmation",
    imitates="country-withholding notice, base64 body",
    why="restricted for users in Korea, two named posts",
    items={TG_3310: "restricted", TG_1041: "restricted"},
)

# ------------------------------------------------------------------ X
XREF = "ref:_00D1x2Abc._5004x00Q9zR:ref"
X_REQ = our_request("X", "KCSC-240903-02", X, "unregistered lending")

case(
    name="x-case-receipt",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Tue, 03 Sep 2024 02:15:09 +0000",
    subject=f"Case# 0198273645: KCSC-240903-02 [{XREF}]",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""Hello,

Thank you for contacting X. We have received your report and opened case
number 0198273645.

Our team reviews reports in the order they arrive. We will let you know by
email when there is an update. Please do not reply to this message.

{XREF}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Salesforce-style case receipt with thread ref",
    why="pure receipt with a case number",
    items={},
)

case(
    name="x-withheld-kr-account-kept",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 07:11:40 +0000",
    subject=f"Re: Case# 0198273645: KCSC-240903-02 [{XREF}]",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""Hello,

We have reviewed your request.

In response to your report, X has withheld the following content in South
Korea:

{X_Q1}
{X_Q2}

For {X_ACC}, we reviewed the account and did not find it in
violation of the X Rules, and we are not taking action on it at this time.

Regards,
X Legal

{XREF}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome: content withheld in a country",
    why="two posts withheld in Korea; the account reviewed and left up",
    items={X_Q1: "restricted", X_Q2: "restricted", X_ACC: "rejected"},
)

case(
    name="x-followup-quotes-own-earlier-reply",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 03:22:10 +0000",
    subject=f"Re: Case# 0198273645: KCSC-240903-02 [{XREF}]",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""Hi again,

A further update on this case: the post {X_L1}
has been removed for breaking our rules on financial scams.

Thanks,
X Legal

On Fri, Sep 6, 2024 at 4:11 PM X Legal <legal@x.com> wrote:
> Hello,
>
> We have reviewed your request.
>
> In response to your report, X has withheld the following content in South
> Korea:
>
> {X_Q1}
> {X_Q2}
>
> Regards,
> X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up in the same thread, Gmail-quoting the platform's earlier reply",
    why="new statement: one post removed; the earlier withholding is only quoted, so it changes nothing here",
    items={X_L1: "removed", X_Q1: "pending", X_Q2: "pending"},
)

case(
    name="x-auth-fail",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Tue, 10 Sep 2024 09:40:00 +0000",
    subject="KCSC-240903-02 resolved",
    body=f"""Hello KCSC,

All four items of your request are done:

- {X_Q1} removed
- {X_Q2} removed
- {X_L1} removed
- {X_ACC} suspended

X Legal
""",
    outcome="review", review="untrusted",
    imitates="platform-looking mail failing DMARC",
    why="x.com in From but dkim/spf/dmarc fail",
    items={X_Q1: "pending", X_Q2: "pending", X_L1: "pending", X_ACC: "pending"},
)

case(
    name="x-forwarded-safety-ops-note",
    **{"from": "dcho@x.com"}, name_from="Daniel Cho",
    date="Tue, 10 Sep 2024 01:02:33 +0000",
    subject="Fwd: KCSC-240903-02 - outcome",
    body=f"""Hi KCSC team,

Forwarding the note from our safety ops team below.

Daniel

---------- Forwarded message ---------
From: Safety Ops <safety-ops@x.com>
Date: Mon, Sep 9, 2024 at 7:40 PM
Subject: KCSC-240903-02 - outcome
To: Daniel Cho <dcho@x.com>


Both quickcash_kr posts are down:
{X_Q1} - removed
{X_Q2} - removed
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="platform employee forwarding an internal team note",
    why="the statements are inside a forwarded message; the forwarder himself states nothing",
    items={X_Q1: "pending", X_Q2: "pending"},
)

case(
    name="x-account-suspended-post-not-found",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 05:30:12 +0000",
    subject=f"Re: Case# 0198273645 [{XREF}]",
    body=f"""Hello,

The account {X_ACC} has been suspended for violating the X
Rules.

We could not find the post at
{X_Q2}. It may have been deleted
by the account holder before our review.

X Legal

{XREF}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up: account suspended, post not located",
    why="account suspended (removed); post could not be found (the 'may have been deleted' only explains why)",
    items={X_ACC: "removed", X_Q2: "not_found"},
)

case(
    name="x-angle-brackets-qp",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 04:04:04 +0000",
    subject=f"Re: Case# 0198273645: KCSC-240903-02 [{XREF}]",
    reply_to_req=mid("KCSC-240903-02"),
    raw_mime=single("text/plain", "quoted-printable", qp(f"""Hello,

Thank you for your patience with case 0198273645.

We removed the following post for violating our policy on illegal or certain regulated goods and services: <{X_Q1}>

The account <{X_ACC}> has been permanently suspended.

X Legal
""")),
    outcome="applied", classification="confirmation",
    imitates="plain-text legal reply with URLs in angle brackets, QP soft line breaks",
    why="one post removed, the account suspended",
    items={X_Q1: "removed", X_ACC: "removed"},
)

case(
    name="x-jira-notification-foreign-domain",
    **{"from": "jira@xcorp-legal.atlassian.net"}, name_from="Min Seo (Jira)",
    date="Tue, 10 Sep 2024 06:12:00 +0000",
    subject="[JIRA] (LGL-20931) KCSC-240903-02 Korea takedown request",
    extra_headers=["X-JIRA-FingerPrint: 4b1c0e77d2a9f3e8"],
    body=f"""Min Seo commented on LGL-20931
------------------------------

Re: KCSC-240903-02 Korea takedown request

Withheld in KR:
{X_Q1}
{X_Q2}
Closing.

Key: LGL-20931
Status: Done
Reporter: KCSC Takedown

This message was sent by Atlassian Jira.
""",
    outcome="review", review="unknown_sender",
    imitates="Jira Service Management comment notification",
    why="atlassian.net is not a platform sender domain",
    items={X_Q1: "pending", X_Q2: "pending"},
)

# ------------------------------------------------------------------ YouTube
YT_REQ = our_request("YouTube", "KCSC-240904-03", YT, "unapproved drugs")
YT1_REQ = our_request("YouTube", "KCSC-240910-07", [YT1], "unapproved drugs")

case(
    name="yt-received-and-reviewed",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 08:31:00 -0700",
    subject="[2-4418000031234] Re: KCSC-240904-03",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""Hello,

Thanks for reaching out to YouTube. We've received your legal request (your
reference KCSC-240904-03) and completed our review.

- {YT_BE}: we removed this video from YouTube.
- {YT_W}: we restricted this video in South Korea
  under local law.
- {YT_SH}: after careful review we did not find
  this Short to violate our Community Guidelines or local law, so we are not
  taking action on it.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome opening with a receipt phrase",
    why="receipt phrase plus unhedged outcomes for all three items",
    items={YT_BE: "removed", YT_W: "restricted", YT_SH: "rejected"},
)

case(
    name="yt-one-item-request-sole",
    **{"from": "youtube-trust-safety@google.com"}, name_from="YouTube Trust & Safety",
    date="Fri, 13 Sep 2024 10:20:00 -0700",
    subject="Re: KCSC-240910-07 - removal request (1 video)",
    reply_to_req=mid("KCSC-240910-07"),
    body=f"""Hello,

Following our review, the content you reported has been removed from
YouTube for violating our policy on harmful or dangerous content.

Sincerely,
YouTube Trust & Safety

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{q(YT1_REQ)}
""",
    outcome="applied", classification="confirmation",
    imitates="reply to a one-video request, Gmail quote",
    why="'the content you reported has been removed' answers a one-item request",
    items={YT1: "removed"},
)

case(
    name="yt-interim-promise",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 09:12:00 -0700",
    subject="Re: [2-4418000031234] KCSC-240904-03",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""Hi,

A quick update on your request. Our policy specialists are still assessing
{YT_SH} and we expect to reach a decision next week.
The video at {YT_W} will likely be restricted in Korea once the local-law
review is finished.

We'll follow up as soon as we can.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="interim support update with a promise",
    why="'still assessing' and 'will likely be restricted': no statement",
    items={YT_SH: "pending", YT_W: "pending"},
)

case(
    name="yt-read-receipt",
    **{"from": "jaekim@google.com"}, name_from="Jae Kim",
    date="Wed, 04 Sep 2024 18:45:00 -0700",
    subject="Read: KCSC-240904-03 removal request",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b992-yt"

--mdn-b992-yt
Content-Type: text/plain; charset=utf-8

Your message

  To: jaekim@google.com
  Subject: KCSC-240904-03 removal request
  Sent: Wed, 4 Sep 2024 10:00:00 +0900

was read on Wed, 4 Sep 2024 18:45:00 -0700.

--mdn-b992-yt
Content-Type: message/disposition-notification

Reporting-UA: google.com; Google Workspace
Final-Recipient: rfc822; jaekim@google.com
Original-Message-ID: <req.KCSC-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b992-yt--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN)",
    why="read receipt",
    items={},
)

YT_HTML = f"""<!DOCTYPE html><html><body>
<div style="font-family:Roboto,Arial">
<p>Hello,</p>
<p>We have completed our review of the remaining items in your request KCSC-240904-03.</p>
<table style="border-collapse:collapse" border="1">
<tr><th>Video</th><th>Outcome</th></tr>
<tr><td>{YT_W}</td><td>Age-restricted</td></tr>
<tr><td>{YT_SH}</td><td>Removed (Community Guidelines)</td></tr>
</table>
<p>You can read more about our policies at <a href="https://support.google.com/youtube/answer/2802032">our Help Center</a>.</p>
<p>The YouTube Legal Team</p>
</div></body></html>"""
case(
    name="yt-html-base64-table",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 07:50:00 -0700",
    subject="[2-4418000031234] Outcome of your request KCSC-240904-03",
    reply_to_req=mid("KCSC-240904-03"),
    raw_mime=single("text/html", "base64", b64(YT_HTML)),
    outcome="applied", classification="confirmation",
    imitates="HTML outcome table, base64 body, help-centre link",
    why="age-restricted and removed; the help-centre link is not an item",
    items={YT_W: "restricted", YT_SH: "removed"},
)

case(
    name="yt-wrong-platform-x-link",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 06:00:00 -0700",
    subject="Re: [2-4418000031234] follow-up",
    body=f"""Hello,

We looked at the link you sent in your follow-up,
{X_Q1}. We could not find this content on YouTube;
the link points to a different service, so we are unable to take any action
on it.

YouTube Legal Support
""",
    outcome="review", review="wrong_platform",
    imitates="support reply about a link on another service",
    why="YouTube states it cannot find an X item",
    items={X_Q1: "pending"},
)

case(
    name="yt-reply-to-reminder",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 08:05:00 -0700",
    subject="Re: Reminder: KCSC-240904-03 - 2 items still pending after the deadline",
    extra_headers=["In-Reply-To: <reminder.KCSC-240904-03.1@kcsc.example>"],
    body=f"""Hello KCSC team,

Apologies for the delay.

{YT_BE} was taken down on 11 September for violating our
policy on the sale of regulated goods.

The Short at {YT_SH} is no longer available: the
uploader deleted it before we completed our review.

Best,
YouTube Legal Support

On Thu, Sep 12, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{q(our_reminder("KCSC-240904-03", "4 September 2024", "11 September 2024", [YT_BE, YT_SH]))}
""",
    outcome="applied", classification="confirmation",
    imitates="reply to our reminder, Gmail quote",
    why="one video taken down; the Short deleted by its uploader (not_found)",
    items={YT_BE: "removed", YT_SH: "not_found"},
)

# ------------------------------------------------------------------ NAVER
NV_REQ_KO = ("안녕하십니까. 방송통신심의위원회입니다.\n"
             "아래 게시물은 의약품 불법 판매 정보로, 삭제를 요청드립니다.\n\n"
             + "\n".join(NV) +
             "\n\n요청번호: KCSC-240905-04\n조치 결과를 URL별로 회신하여 주시기 바랍니다.")

case(
    name="naver-helpdesk-receipt",
    **{"from": "help@help.naver.com"}, name_from=enc("네이버 고객센터"),
    date="Thu, 05 Sep 2024 11:20:31 +0900",
    subject=enc("[네이버 고객센터] 문의하신 내용이 접수되었습니다 (접수번호 2409-0518-7731)"),
    reply_to_req=mid("KCSC-240905-04"),
    body="""안녕하세요. 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.

접수번호: 2409-0518-7731
문의 제목: KCSC-240905-04 게시물 삭제 요청
접수일시: 2024.09.05 11:20

담당자가 내용을 확인한 후 순서대로 답변드리겠습니다.
답변까지 영업일 기준 3~5일이 걸릴 수 있습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean help-centre ticket receipt (접수 안내)",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="naver-result-numbered-korean",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    date="Tue, 10 Sep 2024 16:02:00 +0900",
    subject=enc("[처리결과] KCSC-240905-04 게시중단 요청 처리 결과 안내"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240905-04)의 처리 결과를
아래와 같이 안내드립니다.

1. {NV_B1}
   → 게시중단 완료
2. {NV_B2}
   → 임시조치(30일)
3. {NV_C1}
   → 삭제 완료
4. {NV_C2}
   → 작성자가 이미 삭제한 게시물로, 별도 조치는 하지 않았습니다
5. {NV_KIN}
   → 검토 결과 운영정책 위반 사항이 확인되지 않아 게시물을 유지합니다

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 게시중단 처리 결과 안내, numbered list",
    why="게시중단, 임시조치, 삭제, already deleted by author, kept",
    items={NV_B1: "removed", NV_B2: "restricted", NV_C1: "removed", NV_C2: "not_found",
           NV_KIN: "rejected"},
)

case(
    name="naver-helpdesk-answer-with-inquiry",
    **{"from": "help@help.naver.com"}, name_from=enc("네이버 고객센터"),
    date="Mon, 09 Sep 2024 14:40:12 +0900",
    subject=enc("[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (접수번호 2409-0518-7731)"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""안녕하세요. 네이버 고객센터입니다.
문의하신 카페 게시물에 대한 처리 결과를 안내해 드립니다.

■ 대상 URL : {NV_C1}
■ 처리 결과 : 카페 운영원칙 위반으로 블라인드 처리

■ 대상 URL : {NV_C2}
■ 처리 결과 : 카페 운영원칙 위반으로 블라인드 처리

블로그와 지식iN 게시물은 해당 서비스 담당 부서에서 따로 답변드릴 예정입니다.

감사합니다.
네이버 고객센터 드림

--------------------------------------------------
[문의 내용] 접수번호 2409-0518-7731

{NV_REQ_KO}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean help-centre answer with the original inquiry appended",
    why="both cafe posts blinded; blog and KiN answered later; appended inquiry states nothing",
    items={NV_C1: "removed", NV_C2: "removed", NV_B1: "pending", NV_B2: "pending",
           NV_KIN: "pending"},
)

case(
    name="naver-particles-fullwidth",
    **{"from": "kin_help@navercorp.com"}, name_from=enc("네이버 지식iN 운영팀"),
    date="Wed, 11 Sep 2024 10:30:00 +0900",
    subject=enc("Re: KCSC-240905-04 게시물 삭제 요청 건"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""안녕하세요, 네이버 지식iN 운영팀입니다.

요청하신 게시물 {NV_KIN} 는 지식iN 운영정책에 따라 비공개 처리되었습니다.

카페 게시물（{NV_C2}）은 확인 결과 존재하지 않는 게시물입니다.

{NV_B2}에 대해서는 블로그 담당 부서에서 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply with URLs followed by particles and full-width brackets",
    why="KiN 비공개 처리, cafe post does not exist, blog post 게시중단",
    items={NV_KIN: "removed", NV_C2: "not_found", NV_B2: "removed"},
)

case(
    name="naver-will-suspend-promise",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    date="Mon, 09 Sep 2024 17:55:00 +0900",
    subject=enc("Re: KCSC-240905-04 블로그 게시물 관련"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 블로그 게시물 2건({NV_B1}, {NV_B2})은
현재 담당 부서에서 검토 중이며, 위반이 확인되는 경우 9월 20일까지 게시중단될 예정입니다.

처리 결과는 확정되는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean interim reply: under review, conditional promise",
    why="검토 중 and a conditional future 게시중단: no statement",
    items={NV_B1: "pending", NV_B2: "pending"},
)

case(
    name="naver-all-five-bulk",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    date="Thu, 12 Sep 2024 15:00:00 +0900",
    subject=enc("[처리완료] KCSC-240905-04"),
    reply_to_req=mid("KCSC-240905-04"),
    body="""안녕하세요. 네이버 정책지원팀입니다.

요청번호 KCSC-240905-04로 요청하신 게시물 5건에 대하여 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean one-line completion notice for the whole request",
    why="'5건 모두 게시중단' names no URL, request has five items",
    items={},
)

case(
    name="naver-reply-to-reminder-outlook",
    **{"from": "haneul.kim@navercorp.com"}, name_from=enc("김하늘"),
    date="Fri, 13 Sep 2024 10:12:00 +0900",
    subject=enc("RE: Reminder: KCSC-240905-04 - 3 items still pending after the deadline"),
    extra_headers=["In-Reply-To: <reminder.KCSC-240905-04.1@kcsc.example>",
                   "Thread-Topic: Reminder: KCSC-240905-04"],
    body=f"""안녕하세요, 네이버 정책지원팀 김하늘입니다.

독촉 메일 주신 건 확인했습니다. 아래 블로그 게시물은 9월 12일에 삭제 완료되었습니다.
{NV_B2}

나머지 건은 아직 검토 중입니다.

김하늘 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 9:00 AM
To: policy@navercorp.com
Subject: Reminder: KCSC-240905-04 - 3 items still pending after the deadline

{our_reminder("KCSC-240905-04", "5 September 2024", "12 September 2024", [NV_B1, NV_B2, NV_KIN])}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply to our reminder",
    why="one blog post deleted; the rest still under review; the quoted reminder states nothing",
    items={NV_B2: "removed", NV_B1: "pending", NV_KIN: "pending"},
)

NV_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(요청번호 KCSC-240905-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>연번</th><th>요청 URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{NV_B1}</td><td>삭제</td><td>2024.09.11</td></tr>
<tr><td>2</td><td>{NV_B2}</td><td>임시조치</td><td>2024.09.11</td></tr>
<tr><td>3</td><td>{NV_KIN.replace('&', '&amp;')}</td><td>미조치(위반사항 없음)</td><td>2024.09.11</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>"""
case(
    name="naver-html-result-table",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    date="Wed, 11 Sep 2024 18:20:00 +0900",
    subject=enc("[회신] 시정요구 조치결과 - KCSC-240905-04"),
    reply_to_req=mid("KCSC-240905-04"),
    type="html",
    body=NV_HTML,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 HTML table",
    why="삭제, 임시조치, 미조치(위반사항 없음)",
    items={NV_B1: "removed", NV_B2: "restricted", NV_KIN: "rejected"},
)

case(
    name="naver-agent-ooo-korean",
    **{"from": "haneul.kim@navercorp.com"}, name_from=enc("김하늘"),
    date="Mon, 16 Sep 2024 09:00:40 +0900",
    subject=enc("[자동응답] Reminder: KCSC-240905-04 - 3 items still pending after the deadline"),
    extra_headers=["Auto-Submitted: auto-replied",
                   "In-Reply-To: <reminder.KCSC-240905-04.2@kcsc.example>"],
    body="""안녕하세요. 김하늘입니다.

9월 16일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office (부재중 자동응답) to our reminder",
    why="out-of-office auto-reply",
    items={},
)

# ------------------------------------------------------------------ Kakao
case(
    name="kakao-raw-korean-url",
    **{"from": "noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Wed, 11 Sep 2024 13:33:00 +0900",
    subject=enc("[카카오] KCSC-240906-05 게시물 조치 결과 안내"),
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 게시물의 조치 결과를 알려드립니다.

- 티스토리 게시글 {TISTORY_RAW} : 게시중단 처리되었습니다.
- 다음 카페 게시글 {KK_C} : 접근 제한 조치되었습니다.

자세한 운영정책은 https://www.kakao.com/policy/oppolicy 에서 확인하실 수 있습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal result notice, raw Korean path in the URL",
    why="tistory post 게시중단, cafe post 접근 제한; the policy link is not an item",
    items={KK_T: "removed", KK_C: "restricted"},
)

case(
    name="kakao-helpscout-partial",
    **{"from": "support@kakaocorp.com"}, name_from="Kakao Support",
    date="Tue, 10 Sep 2024 15:05:00 +0900",
    subject=enc("Re: KCSC-240906-05 불법 의약품 판매 게시물 삭제 요청 [#4481]"),
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""## 이 줄 위에 답장을 작성해 주세요 ##

박지민 replied to conversation #4481
-----------------------------------

안녕하세요, 카카오 고객지원 박지민입니다.

{KK_C} 은 이미 삭제된 게시글로 확인됩니다.
티스토리 게시글은 관련 부서에서 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

감사합니다.

-----------------------------------
View conversation: https://secure.helpscout.example/conversation/4481
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply, partial answer",
    why="the cafe post is confirmed already deleted (not_found); the tistory post is under review",
    items={KK_C: "not_found", KK_T: "pending"},
)

KK_REMINDER = our_reminder("KCSC-240906-05", "6 September 2024", "13 September 2024", [KK_T, KK_C])
case(
    name="kakao-reminder-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Sat, 14 Sep 2024 09:00:07 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b992-kk"

This is a MIME-encapsulated message.

--dsn-b992-kk
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<takedown-kr@kakaocorp.com>: host mx1.kakaocorp.com[203.0.113.25] said: 550
    5.1.1 <takedown-kr@kakaocorp.com>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)

--dsn-b992-kk
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Sat, 14 Sep 2024 09:00:02 +0900

Final-Recipient: rfc822; takedown-kr@kakaocorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.kakaocorp.com
Diagnostic-Code: smtp; 550 5.1.1 <takedown-kr@kakaocorp.com>: Recipient
    address rejected: User unknown

--dsn-b992-kk
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: takedown-kr@kakaocorp.com
Subject: Reminder: KCSC-240906-05 - 2 items still pending after the deadline
Date: Sat, 14 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240906-05.1@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

{KK_REMINDER}

--dsn-b992-kk--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our reminder",
    why="delivery failure report; the returned reminder states nothing",
    items={},
)

KK_CSV = ("\ufeff번호,URL,조치결과,조치일자\n"
          f"1,{KK_T},게시중단,2024-09-10\n"
          f"2,{KK_C},게시물 없음(작성자 삭제),2024-09-10\n")
case(
    name="kakao-csv-base64",
    **{"from": "safety@kakaocorp.com"}, name_from=enc("카카오 세이프티팀"),
    date="Thu, 12 Sep 2024 11:00:00 +0900",
    subject=enc("[카카오] 조치결과 회신 - KCSC-240906-05"),
    reply_to_req=mid("KCSC-240906-05"),
    raw_mime=with_csv("=_kakao_KCSC24090605", """안녕하세요. 카카오 세이프티팀입니다.

요청번호 KCSC-240906-05 건의 URL별 조치결과를 첨부 파일로 보내드립니다.

감사합니다.
""", "result_KCSC-240906-05.csv", KK_CSV, True),
    outcome="applied", classification="confirmation",
    imitates="Korean result sheet as base64 CSV attachment (Excel-style BOM)",
    why="CSV: tistory 게시중단, cafe 게시물 없음(작성자 삭제)",
    items={KK_T: "removed", KK_C: "not_found"},
)

# ------------------------------------------------------------------ Discord
case(
    name="discord-zendesk-solved-sole",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 03:04:00 -0700",
    subject="[Discord] Re: KCSC-240909-06 report of illegal gambling server (Ticket #31877520)",
    reply_to_req=mid("KCSC-240909-06"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Your request (31877520) has been solved. To reopen it, reply to this email.

Alex (Discord Trust & Safety)
Sep 12, 2024, 3:04 AM PDT

Hi there,

Thanks for the report. We investigated the message you flagged and removed
it. The server it was posted in has also been removed from Discord, and we
took action against the account that posted it.

We appreciate your help in keeping Discord safe.

Best,
Alex
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk solved ticket from a T&S team, no URL",
    why="'the message you flagged' removed, answering a one-item request in the same thread",
    items={DC: "removed"},
)

case(
    name="discord-satisfaction-survey",
    **{"from": "noreply@discord.com"}, name_from="Discord Support",
    date="Sun, 15 Sep 2024 03:10:00 -0700",
    subject="How would you rate the support you received? (Ticket #31877520)",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""Hello,

We'd love to hear what you think of our support. Please take a moment to
answer one simple question by clicking one of the links below:

How would you rate the support you received?

Good, I'm satisfied
https://support.discord.com/hc/requests/31877520/satisfaction/good?token=8fQe1Lx

Bad, I'm unsatisfied
https://support.discord.com/hc/requests/31877520/satisfaction/bad?token=8fQe1Lx

Thanks,
Discord Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk CSAT survey after a solved ticket",
    why="trusted Discord mail naming no requested item and no request reference",
    items={},
)

case(
    name="discord-reply-to-reminder",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 17 Sep 2024 09:30:00 -0700",
    subject="Re: Reminder: KCSC-240909-06 - 1 item still pending after the deadline",
    extra_headers=["In-Reply-To: <reminder.KCSC-240909-06.1@kcsc.example>"],
    body=f"""Hi,

Following up on your reminder: the message at
{DC}
was deleted on September 11 and the server has been shut down.

Best,
Discord Trust & Safety

> This is a reminder about request KCSC-240909-06, sent on 9 September 2024 with a
> deadline of 16 September 2024. The following items are still recorded as pending:
>
> {DC}
""",
    outcome="applied", classification="confirmation",
    imitates="reply to our reminder, URL on the line below its statement",
    why="the message was deleted",
    items={DC: "removed"},
)


HEADER = """# blind992: ticket systems and threads (receipts, solved tickets, follow-ups,
# replies to reminders, partial answers, forwarded mail). Written from each
# email's meaning before the reader was run. See NOTES.md."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(len(CASES), "cases")
