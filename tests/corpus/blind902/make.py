#!/usr/bin/env python3
"""Blind set 902 (focus: ticket systems and threads).

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every expected result below was written from
the email's meaning before the reader was run on it.

    python3 tests/corpus/blind902/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "tiktok.com": "TikTok",
})

# ---------------------------------------------------------------- requests
TISTORY_SLUG_RAW = "https://luckyplay7.tistory.com/entry/스포츠-분석-무료"
TISTORY_SLUG = "https://luckyplay7.tistory.com/entry/%EC%8A%A4%ED%8F%AC%EC%B8%A0-%EB%B6%84%EC%84%9D-%EB%AC%B4%EB%A3%8C"

TG = [
    "https://t.me/lucky_tide_bets/1041",
    "https://t.me/lucky_tide_bets/1042",
    "https://t.me/lucky_tide_bets/1107",
    "https://t.me/greenmoss_shop/88",
    "https://t.me/greenmoss_shop/91",
    "https://t.me/greenmoss_shop/93",
    "https://t.me/nightowl_pharm/2210",
    "https://t.me/nightowl_pharm/2214",
    "https://t.me/s/coinvault_kr/507",
    "https://t.me/coinvault_kr/512",
    "https://t.me/paperlantern_ads/19",
    "https://t.me/paperlantern_ads/23",
]
X = [
    "https://x.com/moonrise_odds/status/1831190045512093711",
    "https://x.com/moonrise_odds/status/1831203377215620100",
    "https://x.com/pill_courier_kr/status/1830877162294501398",
    "https://twitter.com/fakeid_maker22/status/1829554410263322650",
]
YT = [
    "https://www.youtube.com/watch?v=Qz7fLm2Vb0c",
    "https://www.youtube.com/watch?v=H3kPw9sTe1A",
    "https://www.youtube.com/shorts/Uv2JpQe9KdM",
]
NV = [
    "https://blog.naver.com/silverbell_77/223571904412",
    "https://blog.naver.com/silverbell_77/223571911098",
    "https://cafe.naver.com/jackpotlounge/5512",
    "https://cafe.naver.com/jackpotlounge/5530",
    "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471920385",
]
KK = [
    "https://cafe.daum.net/bigwin_club/Pq3x/211",
    TISTORY_SLUG,
    "https://luckyplay7.tistory.com/38",
]
TT = [
    "https://www.tiktok.com/@fastcash.kr/video/7410228841193655554",
    "https://www.tiktok.com/@fastcash.kr/video/7410551208837412112",
]
YT1 = ["https://www.youtube.com/watch?v=bT8wYc1LqXo"]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240903-01", "telegram", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     ["gambling"] * 6 + ["drugs"] * 2 + ["illegal_finance"] * 2 + ["gambling"] * 2, TG,
     "channels advertising gambling, drugs and unlicensed crypto"),
    ("KCSC-240905-02", "x", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     ["gambling", "gambling", "drugs", "forged_documents"], X, "posts"),
    ("KCSC-240906-03", "youtube", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00",
     ["gambling", "gambling", "gambling"], YT, "betting promotion videos"),
    ("KCSC-240909-04", "naver", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00",
     ["gambling"] * 5, NV, "blog, cafe and Knowledge iN posts"),
    ("KCSC-240910-05", "kakao", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     ["gambling"] * 3, KK, "Daum cafe and Tistory posts"),
    ("KCSC-240911-06", "tiktok", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00",
     ["illegal_finance"] * 2, TT, "loan-sharking videos"),
    ("KCSC-240912-07", "youtube", "2024-09-12T09:00:00+09:00", "2024-09-19T18:00:00+09:00",
     ["drugs"], YT1, "single video"),
]


def msgid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def reqid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cats, urls, note in REQUESTS:
        for cat, url in zip(cats, urls):
            w.writerow([ref, plat, sent, due, url, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def H(s):
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def alt_qp(text, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(text)}\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(html)}\n"
        f"--{boundary}--\n"
    )


def html_b64(html):
    return (
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(html)}\n"
    )


def mixed_csv(text, csv_text, filename, boundary):
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\n"
        f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(csv_text)}\n"
        f"--{boundary}--\n"
    )


def quoted(lines):
    return "\n".join("> " + l if l else ">" for l in lines)


REMINDER_TG = [
    "Dear Telegram team,",
    "",
    "This is a reminder about our request KCSC-240903-01 of 3 September 2024.",
    "The following items were due on 10 September and are still pending:",
    "",
] + TG + ["", "KCSC Takedown Desk"]

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= Telegram (KCSC-240903-01, 12 items) =============

case(
    name="tg-zendesk-receipt",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Tue, 03 Sep 2024 10:04:51 +0000",
    subject="[Request #48213] Re: KCSC-240903-01 removal request",
    reply_to_req=reqid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body="""
##- Please type your reply above this line -##

Your request (#48213) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from Telegram Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk default 'request received' trigger notification",
    why="Pure ticket receipt: names the request but states nothing about any item",
    items={},
)

case(
    name="tg-zendesk-solved-numbered",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Thu, 05 Sep 2024 10:02:13 +0000",
    subject="[Request #48213] Re: KCSC-240903-01 removal request",
    reply_to_req=reqid("KCSC-240903-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""
##- Please type your reply above this line -##

Your request (#48213) has been solved. To reopen this request, reply to
this email.

----------------------------------------------

Marta K. (Telegram Support)

Sep 5, 2024, 14:02 GMT+4

Hello,

Thank you for your patience. We went through the lucky_tide_bets messages
in your notice and this is what we did:

1. https://t.me/lucky_tide_bets/1041 - removed
2. https://t.me/lucky_tide_bets/1042 - removed
3. https://t.me/lucky_tide_bets/1107 - we could not find this message; it
   does not exist in the channel.

The other links in your notice are handled by a colleague and you will
hear from us separately.

Marta K.
Telegram Support

This email is a service from Telegram Support.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification carrying the agent's last public comment",
    why="Numbered list, one status per URL on its own line",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found"},
)

case(
    name="tg-followup-top-posted-over-reminder",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 08:41:30 +0000",
    subject="Re: Reminder: KCSC-240903-01 - 12 items pending",
    extra_headers=["In-Reply-To: <reminder-240903-01-1@kcsc.example>",
                   "References: <req-240903-01@kcsc.example> <reminder-240903-01-1@kcsc.example>"],
    body="""
Hello KCSC team,

Following up on the greenmoss_shop links from your list:

https://t.me/greenmoss_shop/88 and https://t.me/greenmoss_shop/93 were taken down today.
https://t.me/greenmoss_shop/91 is an ordinary product announcement and does not
violate our Terms of Service, so it stays up.

The rest of the list is still with the reviewing team.

Best,
Ilya
Telegram Abuse Team

On Mon, 9 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
""" + quoted(REMINDER_TG),
    outcome="applied", classification="confirmation",
    imitates="Abuse-desk agent top-posting over our '>'-quoted reminder (Gmail quoting)",
    why="Two removed and one refused with its reason above the quote; the quoted reminder states nothing",
    items={TG[3]: "removed", TG[5]: "removed", TG[4]: "rejected"},
)

case(
    name="tg-freshdesk-closed-html-table",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA Desk",
    date="Wed, 11 Sep 2024 12:15:00 +0000",
    subject="Ticket Closed - [#77310] KCSC-240903-01",
    reply_to_req=reqid("KCSC-240903-01"),
    type="html",
    body="""
<html><body>
<p>Dear Reporter,</p>
<p>Your ticket <b>#77310</b> has been closed. The action taken on each
message you reported is shown below.</p>
<table border="1" cellpadding="4">
<tr><th>Reported link</th><th>Action</th></tr>
<tr><td><a href="https://t.me/nightowl_pharm/2210">https://t.me/nightowl_pharm/2210</a></td><td>Restricted for users in South Korea</td></tr>
<tr><td><a href="https://t.me/nightowl_pharm/2214">https://t.me/nightowl_pharm/2214</a></td><td>Removed</td></tr>
<tr><td><a href="https://t.me/s/coinvault_kr/507">https://t.me/s/coinvault_kr/507</a></td><td>Removed</td></tr>
</table>
<p>Our Terms of Service are at <a href="https://telegram.org/tos">telegram.org/tos</a>.
You can view the ticket at
<a href="https://support.telegram.org/support/tickets/77310">https://support.telegram.org/support/tickets/77310</a>.</p>
<p>Regards,<br>Telegram DSA Desk</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket closed' notification with an HTML results table",
    why="HTML table row per link; ToS and ticket-portal links are not items",
    items={TG[6]: "restricted", TG[7]: "removed", TG[8]: "removed"},
)

case(
    name="tg-csv-attachment-results",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram Trust & Safety",
    date="Wed, 11 Sep 2024 15:30:00 +0000",
    subject="Re: KCSC-240903-01 [#77412] outcome",
    reply_to_req=reqid("KCSC-240903-01"),
    raw_mime=mixed_csv(
        """
Hello,

The outcome for each link of KCSC-240903-01 handled under ticket #77412 is
in the attached file.

Telegram Trust & Safety
""",
        "link,outcome,date\n"
        "https://t.me/paperlantern_ads/19,removed,2024-09-11\n"
        "https://t.me/paperlantern_ads/23,not found (message does not exist),2024-09-11\n"
        "https://t.me/coinvault_kr/512,removed,2024-09-11\n",
        "ticket-77412-outcome.csv", "=_tg77412_mixed"),
    outcome="applied", classification="confirmation",
    imitates="Ticket agent reply with a CSV export of per-link outcomes attached",
    why="Statuses read from the CSV attachment, one row per link",
    items={TG[10]: "removed", TG[11]: "not_found", TG[9]: "removed"},
)

case(
    name="tg-helpscout-all-twelve",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA Team",
    date="Thu, 12 Sep 2024 09:10:00 +0000",
    subject="Re: KCSC-240903-01 [#5521]",
    reply_to_req=reqid("KCSC-240903-01"),
    body="""
Hi KCSC Takedown Desk,

Here is where every link from KCSC-240903-01 now stands.

Removed:
  * <https://t.me/lucky_tide_bets/1041>
  * <https://t.me/lucky_tide_bets/1042>
  * <https://t.me/greenmoss_shop/88>
  * <https://t.me/greenmoss_shop/93>
  * <https://t.me/nightowl_pharm/2214>
  * <https://t.me/s/coinvault_kr/507>
  * <https://t.me/coinvault_kr/512>
  * <https://t.me/paperlantern_ads/19>

Restricted in South Korea:
  * <https://t.me/nightowl_pharm/2210>

Could not be found (deleted by the channel owner before our review):
  * <https://t.me/lucky_tide_bets/1107>
  * <https://t.me/paperlantern_ads/23>

No action (no violation of our Terms of Service):
  * <https://t.me/greenmoss_shop/91>

Let us know if anything is unclear.

Sofia
Telegram DSA Team

--
Conversation #5521 . Sent via Help Scout
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout agent reply grouping links under status headings",
    why="All twelve items of the largest request under four status headings, URLs in angle brackets",
    items={TG[0]: "removed", TG[1]: "removed", TG[3]: "removed", TG[5]: "removed",
           TG[7]: "removed", TG[8]: "removed", TG[9]: "removed", TG[10]: "removed",
           TG[6]: "restricted", TG[2]: "not_found", TG[11]: "not_found", TG[4]: "rejected"},
)

case(
    name="tg-zendesk-solved-echoed-report",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Fri, 06 Sep 2024 07:45:00 +0000",
    subject="[Request #48377] Solved: Illegal drug sales",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""
##- Please type your reply above this line -##

Your request #48377 "Illegal drug sales" has been solved.

Outcome: the message you reported has been removed.

----------------------------------------------
Your report

Reporter: KCSC Takedown Desk (takedown@kcsc.example)
Link: https://t.me/nightowl_pharm/2214
Category: Drugs
Details: Reference KCSC-240903-01. Offer of narcotics for sale with
delivery in Seoul.
----------------------------------------------

This email is a service from Telegram Support.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'solved' notification echoing the web-form report below the outcome",
    why="One-link ticket: 'the message you reported' is the one link of the echoed report, stated by the platform itself",
    items={TG[7]: "removed"},
)

case(
    name="tg-outlook-original-message-below",
    **{"from": "abuse@telegram.org"},
    name_from="Daniel (Telegram Abuse)",
    date="Tue, 10 Sep 2024 06:20:00 +0000",
    subject="RE: KCSC-240903-01 removal request",
    reply_to_req=reqid("KCSC-240903-01"),
    body="""
Hello,

Both paperlantern_ads posts have been deleted: t.me/paperlantern_ads/19 and
t.me/paperlantern_ads/23.

Kind regards,
Daniel
Telegram Abuse

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: abuse@telegram.org
Subject: KCSC-240903-01 removal request

Dear Telegram,

Under Article 44-7 of the Information and Communications Network Act we ask
you to remove or block the following messages:

""" + "\n".join(TG) + """

Please reply with the action taken on each link by 10 September 2024.

KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' with the unprefixed original request below",
    why="Scheme-less links in the agent's sentence; the twelve URLs of our own request below the separator state nothing",
    items={TG[10]: "removed", TG[11]: "removed"},
)

case(
    name="tg-zendesk-comment-history",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Wed, 11 Sep 2024 11:05:00 +0000",
    subject="[Request #48213] Re: KCSC-240903-01 removal request",
    reply_to_req=reqid("KCSC-240903-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""
##- Please type your reply above this line -##

Your request (#48213) has been updated. To add additional comments, reply
to this email.

----------------------------------------------

Adrian (Telegram Support)

Sep 11, 2024, 15:04 GMT+4

Update: https://t.me/coinvault_kr/512 and https://t.me/s/coinvault_kr/507
have now been removed.

----------------------------------------------

Adrian (Telegram Support)

Sep 6, 2024, 10:31 GMT+4

We are looking into the coinvault_kr links and will get back to you.

----------------------------------------------

KCSC Takedown Desk

Sep 5, 2024, 09:12 GMT+4

Could you tell us what happened to https://t.me/coinvault_kr/512 and
https://t.me/s/coinvault_kr/507?

This email is a service from Telegram Support.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk update notification listing the ticket's comment history, newest first",
    why="Newest comment states the removal; older comments only promise or ask",
    items={TG[9]: "removed", TG[8]: "removed"},
)

case(
    name="tg-promise-after-reminder",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 13:00:00 +0000",
    subject="Re: Reminder: KCSC-240903-01 - 12 items pending",
    extra_headers=["In-Reply-To: <reminder-240903-01-1@kcsc.example>"],
    body="""
Hi,

Thanks for the reminder. We have escalated KCSC-240903-01 internally. The
lucky_tide_bets messages (https://t.me/lucky_tide_bets/1041,
https://t.me/lucky_tide_bets/1042) will be removed as soon as the
moderation team confirms the violation.

Regards,
Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Abuse-desk reply to a reminder that only promises action",
    why="'will be removed as soon as ... confirms' is a conditional promise, not a statement",
    items={TG[0]: "pending", TG[1]: "pending"},
)

case(
    name="tg-solved-bulk-all-removed",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject="[Request #48213] Solved: KCSC-240903-01 removal request",
    reply_to_req=reqid("KCSC-240903-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""
##- Please type your reply above this line -##

Your request (#48213) has been solved.

----------------------------------------------

Marta K. (Telegram Support)

Sep 13, 2024, 12:00 GMT+4

Hello again,

All the links listed in KCSC-240903-01 have been removed. We are closing
this request now.

Marta K.

This email is a service from Telegram Support.
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'solved' notification with a one-line blanket outcome",
    why="One statement for a twelve-item request without naming each item",
    items={u: "pending" for u in TG[:3]},
)

# ======================= X (KCSC-240905-02, 4 items) ======================

case(
    name="x-jira-receipt-echo",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal (Jira Service Management)",
    date="Thu, 05 Sep 2024 02:05:00 +0000",
    subject="LGL-58213 KCSC-240905-02: request to remove posts (South Korea)",
    reply_to_req=reqid("KCSC-240905-02"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
------------------------------------------------------------
Reply above this line.

Your request LGL-58213 has been received. Our team will review it and get
back to you.

Summary: KCSC-240905-02: request to remove posts (South Korea)
Description:
  Please remove or restrict the following posts, which violate Korean law:
  https://x.com/moonrise_odds/status/1831190045512093711
  https://x.com/moonrise_odds/status/1831203377215620100
  https://x.com/pill_courier_kr/status/1830877162294501398
  https://twitter.com/fakeid_maker22/status/1829554410263322650

View request . Turn off this request's notifications
Powered by Jira Service Management
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' notification echoing the request's description",
    why="Receipt; the URLs are our own request echoed back with no status",
    items={X[0]: "pending", X[2]: "pending"},
)

case(
    name="x-jira-in-review",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal (Jira Service Management)",
    date="Fri, 06 Sep 2024 04:40:00 +0000",
    subject="LGL-58213 KCSC-240905-02: status changed to In review",
    reply_to_req=reqid("KCSC-240905-02"),
    body="""
------------------------------------------------------------
Reply above this line.

Priya N. changed the status to In review.

Priya N. commented:
Hello, we are reviewing the posts below against local law and our rules:
https://x.com/moonrise_odds/status/1831190045512093711
https://x.com/moonrise_odds/status/1831203377215620100
We expect to have an answer within five business days.

View request . Turn off this request's notifications
Powered by Jira Service Management
""",
    outcome="review", review="not_understood",
    imitates="Jira Service Management status-transition notification (Waiting for support -> In review)",
    why="Names requested posts but only says they are under review",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-jira-resolved",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal (Jira Service Management)",
    date="Tue, 10 Sep 2024 09:12:00 +0000",
    subject="LGL-58213 KCSC-240905-02: request to remove posts (South Korea) [Resolved]",
    reply_to_req=reqid("KCSC-240905-02"),
    body="""
------------------------------------------------------------
Reply above this line.

Priya N. resolved this as Done.

Priya N. commented:
Hello,

After review under local law, we have withheld the following posts in
South Korea:
https://x.com/moonrise_odds/status/1831190045512093711
https://x.com/moonrise_odds/status/1831203377215620100

The post https://x.com/pill_courier_kr/status/1830877162294501398 has been
removed globally for violating the X Rules on illegal goods and services
(https://help.x.com/en/rules-and-policies/illegal-goods).

View request . Turn off this request's notifications
This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved' notification with the agent's closing comment (X country-withheld notice wording)",
    why="Two withheld in Korea (heading above the URLs), one removed globally; help-centre link is not an item",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed"},
)

case(
    name="x-twitter-domain-deactivated",
    **{"from": "legal@twitter.com"},
    name_from="X Legal",
    date="Mon, 09 Sep 2024 03:30:00 +0000",
    subject="Re: KCSC-240905-02",
    reply_to_req=reqid("KCSC-240905-02"),
    body="""
Hello,

Regarding KCSC-240905-02: the account behind
https://twitter.com/fakeid_maker22/status/1829554410263322650 was
deactivated by its owner before we reviewed it, and the post is no longer
available on X. There is nothing left for us to action.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply that the reported account was deactivated by its owner",
    why="Post gone by its author's own act before review: not found",
    items={X[3]: "not_found"},
)

case(
    name="x-reply-to-reminder-partial",
    **{"from": "legal@x.com"},
    name_from="Jordan Lee",
    date="Fri, 13 Sep 2024 01:15:00 +0000",
    subject="RE: Reminder: KCSC-240905-02 - items pending",
    extra_headers=["In-Reply-To: <reminder-240905-02-1@kcsc.example>"],
    body="""
Hi,

Apologies for the delay. The post at
https://x.com/pill_courier_kr/status/1830877162294501398 has been removed.

We are still reviewing the two moonrise_odds posts and will update you in
this thread.

Jordan Lee
Legal Policy, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 9:00 AM
To: legal@x.com
Subject: Reminder: KCSC-240905-02 - items pending

The following items of KCSC-240905-02 were due on 12 September and are
still pending:

https://x.com/moonrise_odds/status/1831190045512093711
https://x.com/moonrise_odds/status/1831203377215620100
https://x.com/pill_courier_kr/status/1830877162294501398
https://twitter.com/fakeid_maker22/status/1829554410263322650
""",
    outcome="applied", classification="confirmation",
    imitates="Partial answer to our reminder, Outlook quoting",
    why="One removal stated; the other two are still under review; the quoted reminder says nothing",
    items={X[2]: "removed", X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-ack-plus-withheld",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Thu, 05 Sep 2024 07:00:00 +0000",
    subject="Re: KCSC-240905-02 [ref:0451-2290-KR]",
    reply_to_req=reqid("KCSC-240905-02"),
    body="""
Hello,

Thank you for your report. We have received it under reference
0451-2290-KR.

We have already withheld
https://x.com/moonrise_odds/status/1831190045512093711 in South Korea in
response to an earlier notice. The remaining posts in your request are
being reviewed.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Receipt that also carries an outcome (X legal desk)",
    why="Acknowledgement phrase plus an unhedged statement about one post",
    items={X[0]: "restricted"},
)

case(
    name="x-hedged-appears",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Wed, 11 Sep 2024 05:00:00 +0000",
    subject="Re: KCSC-240905-02",
    reply_to_req=reqid("KCSC-240905-02"),
    body="""
Hi,

A quick note before our full answer: the post at
https://twitter.com/fakeid_maker22/status/1829554410263322650 appears to
have been deleted already, and
https://x.com/moonrise_odds/status/1831203377215620100 may have been
withheld under an earlier order. We are confirming both and will come back
to you.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="Preliminary agent note with hedged findings",
    why="'appears to have been' and 'may have been' are hedges, not statements",
    items={X[3]: "pending", X[1]: "pending"},
)

case(
    name="x-untrusted-dmarc-fail",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    auth="fail",
    date="Wed, 11 Sep 2024 22:10:00 +0000",
    subject="Re: KCSC-240905-02 resolved",
    reply_to_req=reqid("KCSC-240905-02"),
    body="""
Hello,

The posts https://x.com/moonrise_odds/status/1831190045512093711 and
https://x.com/moonrise_odds/status/1831203377215620100 have been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="Platform-looking reply failing DKIM/SPF/DMARC",
    why="From x.com but authentication failed",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "jordan.lee@x.com"},
    name_from="Jordan Lee",
    date="Fri, 13 Sep 2024 00:00:05 +0000",
    subject="Automatic reply: Reminder: KCSC-240905-02 - items pending",
    extra_headers=["In-Reply-To: <reminder-240905-02-1@kcsc.example>",
                   "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday 16 September with limited access to
email. For urgent legal requests please write to legal@x.com.

Jordan
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply to our reminder",
    why="Out-of-office auto-reply",
    items={},
)

# ======================= YouTube (KCSC-240906-03, 3; KCSC-240912-07, 1) ===

case(
    name="yt-case-removed-age-restricted",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 06:00:00 +0000",
    subject="Re: [8-1934000029771] KCSC-240906-03",
    reply_to_req=reqid("KCSC-240906-03"),
    body="""
Hi KCSC team,

Thanks for your patience on case [8-1934000029771]. After reviewing
KCSC-240906-03:

- https://www.youtube.com/watch?v=Qz7fLm2Vb0c: we removed this video for
  violating our Community Guidelines.
- https://www.youtube.com/watch?v=H3kPw9sTe1A: we age-restricted this video.

You can read more about age restrictions here:
https://support.google.com/youtube/answer/2802167

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support case reply (Google case-number subject)",
    why="Bulleted URL: status lines; help link is not an item",
    items={YT[0]: "removed", YT[1]: "restricted"},
)

case(
    name="yt-status-heading-url-below",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 08:30:00 +0000",
    subject="Re: [8-1934000029771] KCSC-240906-03 - update",
    reply_to_req=reqid("KCSC-240906-03"),
    body="""
Hello,

Here is our decision on the remaining content from your notice.

Blocked in South Korea:
https://www.youtube.com/shorts/Uv2JpQe9KdM

No action taken:
https://www.youtube.com/watch?v=H3kPw9sTe1A
We reviewed this video and found it does not violate our Community
Guidelines or local law, so it remains available.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal decision with status heading and the URL on the line below",
    why="Short blocked in Korea (restricted), video kept up with reason (rejected)",
    items={YT[2]: "restricted", YT[1]: "rejected"},
)

case(
    name="yt-single-item-no-url",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 02:00:00 +0000",
    subject="Re: [8-2417000036412] KCSC-240912-07",
    reply_to_req=reqid("KCSC-240912-07"),
    body="""
Hello,

Following our review, we have removed the video you reported for violating
YouTube's policy on illegal or regulated goods. This case is now closed.

If you have any further concerns, reply to this email.

The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube case-closed reply in the request's thread, no URL",
    why="In the thread of a one-item request, one unhedged removal",
    items={YT1[0]: "removed"},
)

YT_QP_TEXT = """Hello KCSC team,

Update on KCSC-240906-03 (case 8-1934000029771) \u2014 our reviewers have finished with the two items that were still open.

The video at https://www.youtube.com/watch?v=H3kPw9sTe1A has been removed for violating our Community Guidelines.

The Short at https://www.youtube.com/shorts/Uv2JpQe9KdM was deleted by its uploader before we reviewed it, so there was nothing for us to action.

Best regards,
The YouTube Team
"""
YT_QP_HTML = """<div dir="ltr"><p>Hello KCSC team,</p><p>Update on KCSC-240906-03 (case 8-1934000029771) \u2014 our reviewers have finished with the two items that were still open.</p><p>The video at <a href="https://www.youtube.com/watch?v=H3kPw9sTe1A">https://www.youtube.com/watch?v=H3kPw9sTe1A</a> has been removed for violating our Community Guidelines.</p><p>The Short at <a href="https://www.youtube.com/shorts/Uv2JpQe9KdM">https://www.youtube.com/shorts/Uv2JpQe9KdM</a> was deleted by its uploader before we reviewed it, so there was nothing for us to action.</p><p>Best regards,<br>The YouTube Team</p></div>
"""

case(
    name="yt-quoted-printable-alternative",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 07:20:00 +0000",
    subject="Re: [8-1934000029771] KCSC-240906-03",
    reply_to_req=reqid("KCSC-240906-03"),
    raw_mime=alt_qp(YT_QP_TEXT, YT_QP_HTML, "000000000000a1b2c3d4e5f60718"),
    outcome="applied", classification="confirmation",
    imitates="Gmail-composed agent reply, multipart/alternative in quoted-printable",
    why="One removed; one deleted by its uploader before review (not found)",
    items={YT[1]: "removed", YT[2]: "not_found"},
)

case(
    name="yt-removed-and-promise",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 05:45:00 +0000",
    subject="Re: [8-1934000029771] KCSC-240906-03",
    reply_to_req=reqid("KCSC-240906-03"),
    body="""
Hi,

https://www.youtube.com/watch?v=Qz7fLm2Vb0c has been removed.

We will take action on https://www.youtube.com/watch?v=H3kPw9sTe1A once
our review is complete, and we will write again in this thread.

Thanks,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube partial answer: one outcome, one promise",
    why="First video removed; the second only promised",
    items={YT[0]: "removed", YT[1]: "pending"},
)

case(
    name="yt-conditional-notice-to-uploader",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 03:00:00 +0000",
    subject="Re: [8-2417000036412] KCSC-240912-07",
    reply_to_req=reqid("KCSC-240912-07"),
    body="""
Hello,

We have notified the uploader of https://www.youtube.com/watch?v=bT8wYc1LqXo
about your complaint. If the video is not edited within 7 days, it will be
removed.

The YouTube Team
""",
    outcome="review", review="not_understood",
    imitates="Legal desk reply describing a notice-and-wait step",
    why="Removal only under a condition in the future",
    items={YT1[0]: "pending"},
)

case(
    name="yt-csat-survey",
    **{"from": "support-survey@google.com"},
    name_from="YouTube Support",
    date="Wed, 18 Sep 2024 02:00:00 +0000",
    subject="How did we do? Your support case 8-2417000036412",
    body="""
Hello,

Your support case 8-2417000036412 was recently closed. We would like to
hear about your experience.

How satisfied were you with the support you received?
  Very satisfied: https://support.google.com/survey/r/8-2417000036412?s=5
  Not satisfied:  https://support.google.com/survey/r/8-2417000036412?s=1

This survey takes about one minute.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="review", review="no_claims", classification="other",
    imitates="Post-resolution customer-satisfaction survey sent by a ticket system",
    why="Trusted Google mail naming no requested item and no KCSC reference, not an auto-reply or receipt",
    items={},
)

# ======================= NAVER (KCSC-240909-04, 5 items) ==================

case(
    name="naver-auto-receipt",
    **{"from": "help@navercorp.com"},
    name_from=H("네이버 고객센터"),
    date="Mon, 09 Sep 2024 05:02:00 +0000",
    subject=H("[네이버 고객센터] 문의가 접수되었습니다 (KCSC-240909-04)"),
    reply_to_req=reqid("KCSC-240909-04"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409090517733

답변은 영업일 기준 3일 이내에 이 메일 주소로 보내드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-centre automatic receipt (문의 접수 안내)",
    why="Pure receipt with a ticket number",
    items={},
)

case(
    name="naver-ticket-answer-list",
    **{"from": "help@navercorp.com"},
    name_from=H("네이버 고객센터"),
    date="Wed, 11 Sep 2024 02:30:00 +0000",
    subject=H("[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (접수번호 2409090517733)"),
    reply_to_req=reqid("KCSC-240909-04"),
    body="""
안녕하세요, 네이버 고객센터입니다.

KCSC-240909-04 로 요청하신 게시물 중 아래 2건은 게시중단 처리되었습니다.
- https://blog.naver.com/silverbell_77/223571904412
- https://blog.naver.com/silverbell_77/223571911098

아래 게시물은 작성자가 이미 삭제하여 확인할 수 없습니다.
- https://cafe.naver.com/jackpotlounge/5512

나머지 게시물은 확인 후 다시 안내드리겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer (문의 답변) with 게시중단 and author-deleted lists",
    why="Two 게시중단 (removed), one already deleted by its author (not found)",
    items={NV[0]: "removed", NV[1]: "removed", NV[2]: "not_found"},
)

case(
    name="naver-particles-imsi-and-kept",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Thu, 12 Sep 2024 06:10:00 +0000",
    subject=H("RE: KCSC-240909-04 게시물 조치 요청"),
    reply_to_req=reqid("KCSC-240909-04"),
    body="""
안녕하세요, 네이버 게시중단 담당자입니다.
KCSC-240909-04 요청 건 중 일부에 대한 처리 결과를 안내드립니다.

https://cafe.naver.com/jackpotlounge/5530에 대해서는 30일간 임시조치를 하였습니다.
https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471920385의 경우 검토 결과 운영정책 위반이 확인되지 않아 게시물을 유지합니다.

나머지 건은 검토가 끝나는 대로 회신드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 desk reply with URLs glued to Korean particles",
    why="임시조치 (restricted); kept because no policy violation (rejected)",
    items={NV[3]: "restricted", NV[4]: "rejected"},
)

NV_TABLE_HTML = """<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240909-04)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td>https://blog.naver.com/silverbell_77/223571904412</td><td>삭제</td></tr>
<tr><td>2</td><td>https://cafe.naver.com/jackpotlounge/5512</td><td>블라인드</td></tr>
<tr><td>3</td><td>https://blog.naver.com/silverbell_77/223571911098</td><td>해당 게시물 없음</td></tr>
</table>
<p>네이버 운영정책: <a href="https://policy.naver.com/policy/service.html">policy.naver.com</a></p>
<p>감사합니다.</p>
</body></html>
"""

case(
    name="naver-base64-html-table",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Fri, 13 Sep 2024 01:00:00 +0000",
    subject=H("[회신] 시정요구 조치결과 (KCSC-240909-04)"),
    reply_to_req=reqid("KCSC-240909-04"),
    raw_mime=html_b64(NV_TABLE_HTML),
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 table, HTML in base64",
    why="삭제 and 블라인드 are removals; 해당 게시물 없음 is not found; policy link is not an item",
    items={NV[0]: "removed", NV[2]: "removed", NV[1]: "not_found"},
)

case(
    name="naver-reply-to-reminder",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Tue, 17 Sep 2024 07:00:00 +0000",
    subject=H("RE: [독촉] KCSC-240909-04 미회신 게시물 안내"),
    extra_headers=["In-Reply-To: <reminder-240909-04-1@kcsc.example>"],
    body="""
회신이 늦어 죄송합니다.

말씀하신 5건 중 https://cafe.naver.com/jackpotlounge/5512 게시물은 오늘
삭제 조치를 완료하였습니다. 나머지 4건은 아직 검토 중입니다.

네이버 정책지원팀 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 9:00 AM
To: policy@navercorp.com
Subject: [독촉] KCSC-240909-04 미회신 게시물 안내

아래 게시물에 대한 조치 결과가 아직 회신되지 않았습니다.

""" + "\n".join(NV) + """

조속히 회신하여 주시기 바랍니다.
방송통신심의위원회 게시물 조치 담당
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply above our quoted reminder (독촉 메일), Outlook separator",
    why="One 삭제 stated; four still under review; the quoted reminder says nothing",
    items={NV[2]: "removed"},
)

case(
    name="naver-bulk-all-suspended",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Wed, 18 Sep 2024 02:00:00 +0000",
    subject=H("RE: KCSC-240909-04 게시물 조치 요청"),
    reply_to_req=reqid("KCSC-240909-04"),
    body="""
안녕하세요.

요청하신 KCSC-240909-04 건의 게시물은 모두 게시중단 조치하였습니다.
처리가 늦어진 점 양해 부탁드립니다.

네이버 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="Korean portal one-line blanket 게시중단 answer",
    why="'모두' covers a five-item request without naming each",
    items={NV[0]: "pending"},
)

case(
    name="naver-wrong-platform-daum-links",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Thu, 12 Sep 2024 03:00:00 +0000",
    subject=H("RE: KCSC-240910-05 게시물 조치 요청"),
    reply_to_req=reqid("KCSC-240910-05"),
    body="""
안녕하세요, 네이버 정책지원팀입니다.

KCSC-240910-05 로 보내주신 아래 게시물은 네이버 서비스의 게시물이 아니므로
당사에서 조치할 수 없습니다. 해당 서비스 운영사(카카오)로 요청해 주시기 바랍니다.

- https://cafe.daum.net/bigwin_club/Pq3x/211
- https://luckyplay7.tistory.com/38

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Korean portal reply to a request misaddressed to it (not our service)",
    why="NAVER speaking about Kakao's items; nothing may change from it",
    items={KK[0]: "pending", KK[2]: "pending"},
)

# ======================= Kakao (KCSC-240910-05, 3 items) ==================

case(
    name="kakao-tistory-korean-slug",
    **{"from": "cs_noreply@kakaocorp.com"},
    name_from=H("카카오 고객센터"),
    date="Fri, 13 Sep 2024 04:00:00 +0000",
    subject=H("[카카오 고객센터] 문의번호 #2024091000831 처리 결과 안내"),
    reply_to_req=reqid("KCSC-240910-05"),
    body="""
안녕하세요, 카카오 고객센터입니다.

KCSC-240910-05 요청에 대한 처리 결과를 안내드립니다.

신고하신 """ + TISTORY_SLUG_RAW + """ 게시글은 비공개 처리되었으며,
https://luckyplay7.tistory.com/38 게시글은 블라인드 처리되었습니다.

문의번호: #2024091000831
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre 처리 결과 안내 with a raw Korean Tistory slug",
    why="비공개 처리 and 블라인드 are removals; raw Korean slug matches its percent-encoded form",
    items={KK[1]: "removed", KK[2]: "removed"},
)

case(
    name="kakao-daum-fullwidth-parens",
    **{"from": "cafe_admin@daum.net"},
    name_from=H("다음카페 운영팀"),
    date="Thu, 12 Sep 2024 09:00:00 +0000",
    subject=H("Re: KCSC-240910-05 다음 카페 게시글 조치 요청"),
    reply_to_req=reqid("KCSC-240910-05"),
    body="""
안녕하세요. 다음카페 운영팀입니다.

요청하신 다음 카페 게시글（https://cafe.daum.net/bigwin_club/Pq3x/211）은 카페 운영정책
위반으로 게시중단 조치되었습니다.

카페 운영정책 안내: https://cs.daum.net/faq/15/4118.html

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations 게시중단 notice, URL in full-width parentheses",
    why="게시중단 is removed; policy FAQ link is not an item",
    items={KK[0]: "removed"},
)

case(
    name="kakao-asks-official-letter",
    **{"from": "cs_noreply@kakaocorp.com"},
    name_from=H("카카오 고객센터"),
    date="Wed, 11 Sep 2024 05:00:00 +0000",
    subject=H("[카카오 고객센터] 문의번호 #2024091000831 추가 자료 요청"),
    reply_to_req=reqid("KCSC-240910-05"),
    body="""
안녕하세요, 카카오 고객센터입니다.

신고하신 티스토리 게시글 2건에 대해 검토를 진행하려면 시정요구 공문 사본이
필요합니다.
- """ + TISTORY_SLUG_RAW + """
- https://luckyplay7.tistory.com/38

이 메일에 회신하여 공문 사본(PDF)을 첨부해 주시기 바랍니다. 자료가 확인되는
대로 처리하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao customer-centre request for supporting documents (추가 자료 요청)",
    why="Asks us for the official letter before acting; items stay pending",
    items={KK[1]: "pending", KK[2]: "pending"},
)

case(
    name="kakao-read-receipt",
    **{"from": "trust@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Tue, 10 Sep 2024 01:30:00 +0000",
    subject="Read: KCSC-240910-05 removal request",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_240910"

--=_mdn_240910
Content-Type: text/plain; charset=utf-8

Your message

  To: trust@kakaocorp.com
  Subject: KCSC-240910-05 removal request
  Sent: Tuesday, September 10, 2024 10:00 AM

was read on Tuesday, September 10, 2024 10:30 AM.

--=_mdn_240910
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;trust@kakaocorp.com
Original-Message-ID: <req-240910-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_240910--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, multipart/report)",
    why="Read receipt",
    items={},
)

# ======================= TikTok (KCSC-240911-06, 2 items) =================

case(
    name="tiktok-helpscout-auto-ack",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Wed, 11 Sep 2024 07:01:00 +0000",
    subject="We've received your message [KCSC-240911-06]",
    reply_to_req=reqid("KCSC-240911-06"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hello,

We've received your message and a member of our team will reply within
3 business days. Your reference is KCSC-240911-06.

Please do not send the same request again; replying to this email adds to
the existing conversation.

TikTok Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Help Scout mailbox auto-reply (new conversation receipt)",
    why="Automatic receipt",
    items={},
)

case(
    name="tiktok-freshdesk-resolved",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 10:00:00 +0000",
    subject="Ticket #301877 has been resolved - KCSC-240911-06",
    reply_to_req=reqid("KCSC-240911-06"),
    body="""
Hello,

Your ticket #301877 has been resolved. Our team's response:

Thank you for your report. After review:

https://www.tiktok.com/@fastcash.kr/video/7410228841193655554
Removed for violating our Community Guidelines on frauds and scams.

https://www.tiktok.com/@fastcash.kr/video/7410551208837412112
Restricted in South Korea under local law.

If you think we made a mistake, reply to this email within 7 days to
reopen the ticket.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with the agent's answer, status on the line below each URL",
    why="One removed, one restricted in Korea",
    items={TT[0]: "removed", TT[1]: "restricted"},
)

case(
    name="tiktok-wrapped-angle-url",
    **{"from": "legal-kr@tiktok.com"},
    name_from="Min-seo Park",
    date="Mon, 16 Sep 2024 06:00:00 +0000",
    subject="RE: Ticket #301877 KCSC-240911-06",
    reply_to_req=reqid("KCSC-240911-06"),
    body="""
Hello,

The video <https://www.tiktok.com/@fastcash.kr/video/
7410551208837412112> was deleted by the creator before our moderators
reached it; we have nothing further to action on it.

Best regards,
Min-seo Park
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with a long URL wrapped inside angle brackets",
    why="Creator deleted the video before review: not found (URL wrapped across a line, delimited by <>)",
    items={TT[1]: "not_found"},
)

case(
    name="tiktok-statement-then-url",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 09:30:00 +0000",
    subject="Re: KCSC-240911-06",
    reply_to_req=reqid("KCSC-240911-06"),
    body="""
Hello,

The following video was removed for violating our Community Guidelines on
regulated goods and commercial activities:
https://www.tiktok.com/@fastcash.kr/video/7410228841193655554

Our guidelines: https://www.tiktok.com/community-guidelines/en/

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply, statement on the line above the URL",
    why="Removal stated, URL on the next line; guidelines link is not an item",
    items={TT[0]: "removed"},
)

case(
    name="tiktok-vendor-unknown-sender",
    **{"from": "trust-ops@clearpath-moderation.example"},
    name_from="ClearPath Trust Ops",
    auth="none",
    date="Fri, 13 Sep 2024 02:00:00 +0000",
    subject="KCSC-240911-06 - actioned on behalf of TikTok",
    body="""
Hello,

On behalf of TikTok, we have removed
https://www.tiktok.com/@fastcash.kr/video/7410228841193655554
(your reference KCSC-240911-06).

ClearPath Trust Operations
Moderation services vendor
""",
    outcome="review", review="unknown_sender",
    imitates="Outsourced moderation vendor replying for a platform",
    why="Sender is no platform's domain",
    items={TT[0]: "pending"},
)

case(
    name="tiktok-forwarded-by-colleague",
    **{"from": "jiyoon.kim@kcsc.example"},
    name_from="Kim Jiyoon",
    auth="none",
    date="Mon, 16 Sep 2024 01:00:00 +0000",
    subject="Fwd: Ticket #301877 has been resolved - KCSC-240911-06",
    body="""
This one came to my personal mailbox, forwarding to the desk.

Jiyoon

---------- Forwarded message ---------
From: TikTok Legal <legal-kr@tiktok.com>
Date: Fri, Sep 13, 2024 at 7:00 PM
Subject: Ticket #301877 has been resolved - KCSC-240911-06
To: Kim Jiyoon <jiyoon.kim@kcsc.example>

Hello,

https://www.tiktok.com/@fastcash.kr/video/7410228841193655554 - removed.
https://www.tiktok.com/@fastcash.kr/video/7410551208837412112 - restricted in South Korea.

TikTok Legal
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail forward by a colleague of a platform's ticket result",
    why="Statements only inside a forward from our own staff; the platform's authentication cannot be checked",
    items={TT[0]: "pending", TT[1]: "pending"},
)

BOUNCE_ORIG = """From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@tiktok.com
Subject: Reminder: KCSC-240911-06 - items pending
Date: Thu, 19 Sep 2024 09:00:00 +0900
Message-ID: <reminder-240911-06-1@kcsc.example>
Content-Type: text/plain; charset=utf-8

The following items of KCSC-240911-06 were due on 18 September and are
still pending:

https://www.tiktok.com/@fastcash.kr/video/7410228841193655554
https://www.tiktok.com/@fastcash.kr/video/7410551208837412112
"""

case(
    name="dsn-reminder-to-tiktok-bounced",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Thu, 19 Sep 2024 00:00:09 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_240919"

--=_dsn_240919
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-korea@tiktok.com>: host mx1.tiktok.com[203.0.113.25] said:
    550 5.1.1 <legal-korea@tiktok.com>: Recipient address rejected:
    User unknown

--=_dsn_240919
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 19 Sep 2024 09:00:01 +0900

Final-Recipient: rfc822; legal-korea@tiktok.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.tiktok.com
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--=_dsn_240919
Content-Type: message/rfc822

""" + BOUNCE_ORIG + """
--=_dsn_240919--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our reminder (multipart/report with the original)",
    why="Bounce; the URLs are our own returned reminder",
    items={TT[0]: "pending"},
)

HEADER = """# Blind set 902 (focus: ticket systems and threads): expected results,
# written from each email's meaning before the reader was run on it.
# Generated by make.py; edit the case list there.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind902", HEADER, CASES)
