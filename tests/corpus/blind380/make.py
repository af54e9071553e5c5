#!/usr/bin/env python3
"""Blind set 380: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, written from public descriptions of those
systems' notification emails, in our own sentences, with fictional ids and
URLs. The expected results were written from each email's meaning alone,
before the reader was ever run on them.

    python3 tests/corpus/blind380/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind380"
KST = timezone(timedelta(hours=9))
UTC = timezone.utc


def d(s, tz=KST):
    """RFC 5322 date from 'YYYY-MM-DD HH:MM:SS' in the given zone."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
    from email.utils import format_datetime
    return format_datetime(dt)


# ---------------------------------------------------------------- requests
KO = "%EB%B0%94%EB%9E%8C%EA%B8%B8"  # 바람길
KO_RAW = "바람길"

TG = [
    "https://t.me/amber_ferry/311",
    "https://t.me/amber_ferry/312",
    "https://t.me/amber_ferry/318",
    "https://t.me/nightowl_market/77",
    "https://t.me/nightowl_market/80",
    "https://t.me/coldriver_notes/1450",
    "https://t.me/coldriver_notes/1462",
    "https://t.me/pinegrove_deals/9",
    "https://t.me/pinegrove_deals/12",
    "https://t.me/slate_tower",
    "https://t.me/velvet_signal/2024",
    "https://t.me/velvet_signal/2031",
]
X1 = [
    "https://x.com/moth_lantern_07/status/1831100000000000101",
    "https://x.com/moth_lantern_07/status/1831100000000000177",
    "https://x.com/grey_pelican_kr/status/1831200000000000042",
    "https://x.com/quiet_orchard_9",
]
YT = [
    "https://www.youtube.com/watch?v=Qx7mB2rLk9A",
    "https://www.youtube.com/watch?v=Tn4Wc8pZr1E",
    "https://www.youtube.com/@lanternhill_tv",
]
NV = [
    "https://blog.naver.com/mistyfern22/223560011234",
    "https://blog.naver.com/mistyfern22/223560014455",
    "https://cafe.naver.com/greenporchclub/88213",
    "https://cafe.naver.com/greenporchclub/88240",
    f"https://in.naver.com/{KO}/contents/410",
]
NV_KO_RAW = f"https://in.naver.com/{KO_RAW}/contents/410"
DC = [
    "https://discord.com/channels/1180000000000000001/1180000000000000222/1282000000000000333",
    "https://discord.gg/moonlitpaw",
]
KK = [
    "https://cafe.daum.net/sunsetloft/Fx1a/512",
    "https://cafe.daum.net/sunsetloft/Fx1a/530",
    "https://brunch.co.kr/@ivorywren/41",
]
X2 = ["https://x.com/brass_kettle_kr/status/1833400000000000555"]

REQUESTS = [
    ("KCSC-240903-01", "telegram", "2024-09-03T10:12:00+09:00", "2024-09-10T23:59:59+09:00",
     TG, "gambling", "req-240903-01@kcsc.example", "illegal gambling promotion channels"),
    ("KCSC-240905-02", "x", "2024-09-05T14:30:00+09:00", "2024-09-12T23:59:59+09:00",
     X1, "drugs", "req-240905-02@kcsc.example", "drug sale posts"),
    ("KCSC-240906-03", "youtube", "2024-09-06T09:05:00+09:00", "2024-09-13T23:59:59+09:00",
     YT, "gambling", "req-240906-03@kcsc.example", "gambling site promotion videos"),
    ("KCSC-240909-04", "naver", "2024-09-09T11:00:00+09:00", "2024-09-16T23:59:59+09:00",
     NV, "privacy", "req-240909-04@kcsc.example", "personal data exposure"),
    ("KCSC-240910-05", "discord", "2024-09-10T16:20:00+09:00", "2024-09-17T23:59:59+09:00",
     DC, "obscene", "req-240910-05@kcsc.example", "obscene content server"),
    ("KCSC-240911-06", "kakao", "2024-09-11T10:40:00+09:00", "2024-09-18T23:59:59+09:00",
     KK, "fraud", "req-240911-06@kcsc.example", "fraudulent investment ads"),
    ("KCSC-240912-07", "x", "2024-09-12T15:00:00+09:00", "2024-09-19T23:59:59+09:00",
     X2, "drugs", "req-240912-07@kcsc.example", "single drug sale post"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def b64(text, width=76):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + width] for i in range(0, len(raw), width))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request(ref, urls, when, lang="en"):
    if lang == "ko":
        return (f"안녕하십니까. 방송통신심의위원회입니다.\n\n"
                f"아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.\n"
                f"요청번호: {ref}\n\n" + "\n".join(urls) + "\n")
    return (f"Dear Sir or Madam,\n\nThe Korea Communications Standards Commission requests the "
            f"removal of the following content ({ref}, sent {when}):\n\n" + "\n".join(urls) +
            "\n\nPlease reply to this address with the action taken for each link.\n\n"
            "KCSC Takedown Desk\n")


ZD_LINE = "##- Please type your reply above this line -##"

CASES = []


def enc(s):
    """RFC 2047-encode a non-ASCII header value, as mail clients do."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def case(**kw):
    for k in ("subject", "name_from"):
        if k in kw:
            kw[k] = enc(kw[k])
    CASES.append(kw)


# ================================================================ APPLIED
# --- Telegram (KCSC-240903-01, 12 items) -------------------------------
case(
    name="tg-zendesk-solved-with-history",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been solved' notification with the conversation history (the regulator's request) printed below the agent comment",
    why="agent comment gives a status for each amber_ferry link; the history below it is our own request, no statement",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found"},
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date=d("2024-09-06 16:47:10"),
    subject="[Telegram Support] Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""{ZD_LINE}

Your request (#418822) has been solved. To reopen it, simply reply to this email.

----------------------------------------------

Marek (Telegram Support)

Sep 6, 2024, 11:47 GMT+4

Hello,

Thanks for waiting. We have now reviewed the amber_ferry posts from your list.

https://t.me/amber_ferry/311 - removed
https://t.me/amber_ferry/312 - removed
https://t.me/amber_ferry/318 - we could not find this post, the link does not lead to any message in the channel

The other links in your request are being handled by a different team, who will write to you themselves.

Best regards,
Marek

----------------------------------------------

KCSC Takedown

Sep 3, 2024, 05:12 GMT+4

{our_request("KCSC-240903-01", TG, "3 September 2024")}
--------------------------------
This email is a service from Telegram Support.
[7RKM2Q-ZX41P]
""")

case(
    name="tg-followup-same-ticket",
    outcome="applied", classification="confirmation",
    imitates="Zendesk public comment added to an open request (second agent reply in the same ticket)",
    why="two headed groups: the nightowl_market posts blocked (removed), the coldriver_notes posts stay up (rejected)",
    items={TG[3]: "removed", TG[4]: "removed", TG[5]: "rejected", TG[6]: "rejected"},
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date=d("2024-09-09 20:02:44"),
    subject="[Telegram Support] Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""{ZD_LINE}

Marek (Telegram Support)

Sep 9, 2024, 15:02 GMT+4

Hello again,

A follow-up on the rest of your list: the moderators have finished with the nightowl_market and coldriver_notes links.

The two nightowl_market posts were blocked for breaking the Telegram Terms of Service:
  https://t.me/nightowl_market/77
  https://t.me/nightowl_market/80

We found no breach of our terms in the coldriver_notes posts, so they will stay available:
  https://t.me/coldriver_notes/1450
  https://t.me/coldriver_notes/1462

Kind regards,
Marek

--------------------------------
This email is a service from Telegram Support.
[7RKM2Q-ZX41P]
""")

case(
    name="tg-reply-to-reminder-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="an abuse-desk employee's top-posted Gmail reply to the regulator's overdue reminder",
    why="pinegrove posts deleted (removed), slate_tower unavailable in South Korea (restricted); the quoted reminder lists other pending links",
    items={TG[7]: "removed", TG[8]: "removed", TG[9]: "restricted"},
    **{"from": "a.volkova@telegram.org"}, name_from="Anya Volkova",
    date=d("2024-09-13 17:21:05"),
    subject="Re: Reminder: KCSC-240903-01 items still pending",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>",
                   "References: <req-240903-01@kcsc.example> <reminder.KCSC-240903-01.1@kcsc.example>"],
    body="""Hello,

Sorry for the slow answer, the queue has been long this week.

https://t.me/pinegrove_deals/9 and https://t.me/pinegrove_deals/12 have both been deleted.
The channel https://t.me/slate_tower is no longer available to users in South Korea.

I am still waiting on the team for the rest.

Anya

On Fri, 13 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Our request KCSC-240903-01 of 3 September 2024 was due on 10 September.
> These items are still pending:
>
> https://t.me/amber_ferry/318
> https://t.me/pinegrove_deals/9
> https://t.me/pinegrove_deals/12
> https://t.me/slate_tower
> https://t.me/velvet_signal/2024
>
> Please tell us what was done about each of them.
>
> KCSC Takedown Desk
""")

CSV_TG = """link,action,date
https://t.me/velvet_signal/2024,removed,2024-09-08
https://t.me/velvet_signal/2031,not found,2024-09-08
https://t.me/amber_ferry/312,removed,2024-09-08
https://t.me/coldriver_notes/1462,no violation - left up,2024-09-08
"""
case(
    name="tg-freshdesk-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with the agent's per-link outcome as a CSV attachment",
    why="CSV rows: two removed, one not found, one left up for no violation (rejected)",
    items={TG[10]: "removed", TG[11]: "not_found", TG[1]: "removed", TG[6]: "rejected"},
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Desk",
    date=d("2024-09-08 21:15:00"),
    subject="Ticket #55120 resolved: KCSC-240903-01",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fd-55120-b1"

--fd-55120-b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear requester,

Your ticket #55120 has been resolved by our agent Lina.

Lina wrote:
  The outcome for each link we looked at is in the attached file
  (results-55120.csv). Links not in the file are still open.

If you think this ticket was not resolved, reply to this email and it will
be reopened.

Telegram DSA Desk

--fd-55120-b1
Content-Type: text/csv; charset=utf-8; name="results-55120.csv"
Content-Disposition: attachment; filename="results-55120.csv"
Content-Transfer-Encoding: base64

{b64(CSV_TG)}
--fd-55120-b1--
""")

HTML_TG = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hi KCSC team,</p>
<p>Thanks for your patience with conversation #31877. Here is where each link stands after review:</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Link</th><th>Decision</th></tr>
<tr><td><a href="https://t.me/nightowl_market/77">https://t.me/nightowl_market/77</a></td><td>Blocked</td></tr>
<tr><td><a href="https://t.me/amber_ferry/318">https://t.me/amber_ferry/318</a></td><td>Blocked</td></tr>
<tr><td><a href="https://t.me/pinegrove_deals/12">https://t.me/pinegrove_deals/12</a></td><td>Not found</td></tr>
<tr><td><a href="https://t.me/slate_tower">https://t.me/slate_tower</a></td><td>Blocked in South Korea</td></tr>
<tr><td><a href="https://t.me/velvet_signal/2024">https://t.me/velvet_signal/2024</a></td><td>No action &ndash; does not violate our Terms of Service</td></tr>
</table>
<p>Kind regards,<br>Jonas<br>Telegram Trust &amp; Safety</p>
<p style="color:#999;font-size:11px">Conversation #31877 &middot; Reply to this email to continue the conversation.
<a href="https://telegram.org/tos">Terms of Service</a></p>
</body></html>"""
case(
    name="tg-helpscout-html-table",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply in HTML with a link/decision table",
    why="table: blocked x2 (removed), not found, blocked in South Korea (restricted), no action (rejected)",
    items={TG[3]: "removed", TG[2]: "removed", TG[8]: "not_found", TG[9]: "restricted", TG[10]: "rejected"},
    **{"from": "abuse@telegram.org"}, name_from="Telegram Trust & Safety",
    date=d("2024-09-10 12:40:00"),
    subject="Re: KCSC-240903-01 [#31877]",
    reply_to_req="req-240903-01",
    type="html", body=HTML_TG)

case(
    name="tg-bare-url-status-below",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply listing each bare link with a 'Status:' line under it",
    why="two taken down (removed), one not actioned as no breach (rejected), one invalid link (not_found)",
    items={TG[5]: "removed", TG[6]: "removed", TG[11]: "rejected", TG[7]: "not_found"},
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date=d("2024-09-11 09:30:12"),
    subject="Case #7712093 - KCSC-240903-01",
    reply_to_req="req-240903-01",
    body="""Hello KCSC,

Results for your report KCSC-240903-01 (Case #7712093):

https://t.me/coldriver_notes/1450
Status: taken down

https://t.me/coldriver_notes/1462
Status: taken down

https://t.me/velvet_signal/2031
Status: not actioned - the post does not break Telegram's Terms of Service

https://t.me/pinegrove_deals/9
Status: invalid link, no such message

The Telegram Team
""")

case(
    name="tg-statement-then-url-below",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply where each statement line ends in a colon and the link stands on the next line",
    why="channel blocked everywhere (removed), post removed, message not located (not_found)",
    items={TG[9]: "removed", TG[0]: "removed", TG[4]: "not_found"},
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-07 18:05:33"),
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body="""Dear colleagues,

Following your report we took the steps below.

The following channel was blocked and can no longer be opened anywhere:
https://t.me/slate_tower

This post was removed:
https://t.me/amber_ferry/311

We were unable to locate this message; it no longer exists in the channel:
https://t.me/nightowl_market/80

Regards,
Telegram Abuse Team
""")

case(
    name="tg-receipt-plus-statements",
    outcome="applied", classification="confirmation",
    imitates="ticket-created receipt whose agent adds that some links were already taken down",
    why="an acknowledgement phrase plus an unhedged statement naming two links: applied, not an acknowledgement",
    items={TG[10]: "removed", TG[11]: "removed"},
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Desk",
    date=d("2024-09-04 10:02:19"),
    subject="[Case #7712104] We received your report KCSC-240903-01",
    reply_to_req="req-240903-01",
    body="""Thank you for contacting Telegram.

We have received your report KCSC-240903-01 and opened case #7712104.

Please note that two of the links had already been taken down before your
report reached us:
https://t.me/velvet_signal/2024
https://t.me/velvet_signal/2031

The remaining links are with our moderators and we will write again when
they have been reviewed.

Telegram DSA Desk
""")

case(
    name="tg-numbered-echo-decisions",
    outcome="applied", classification="confirmation",
    imitates="report echo with a numbered list and a 'Decision:' after each link (DSA notice-and-action outcome style)",
    why="blocked x2 (removed), message not found, no violation (rejected), blocked for users in Korea (restricted)",
    items={TG[0]: "removed", TG[1]: "removed", TG[3]: "not_found", TG[7]: "rejected", TG[11]: "restricted"},
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Desk",
    date=d("2024-09-12 14:44:00"),
    subject="Decisions on your notice KCSC-240903-01",
    reply_to_req="req-240903-01",
    body="""Hello,

Below is your notice (ref. KCSC-240903-01) with our decision on each link.

1. https://t.me/amber_ferry/311 — Decision: blocked
2. https://t.me/amber_ferry/312 — Decision: blocked
3. https://t.me/nightowl_market/77 — Decision: message not found
4. https://t.me/pinegrove_deals/9 — Decision: no violation found, not blocked
5. https://t.me/velvet_signal/2031 — Decision: blocked for users in the Republic of Korea

You may contest these decisions through https://telegram.org/support.

Telegram DSA Desk
""")

# --- X (KCSC-240905-02, 4 items; KCSC-240912-07, 1 item) ---------------
case(
    name="x-jira-resolved-comment",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' notification with the agent's public comment",
    why="post 101 withheld in South Korea (restricted); post 177 deleted by the account holder before review (not_found)",
    items={X1[0]: "restricted", X1[1]: "not_found"},
    **{"from": "legal-servicedesk@x.com"}, name_from="X Legal Service Desk",
    date=d("2024-09-09 03:14:27", UTC),
    subject="[JIRA] (LGL-KR-2291) KCSC-240905-02: Request to remove content",
    reply_to_req="req-240905-02",
    body="""—-—-—-—-
Reply above this line.

Dana Whitfield resolved this as Done.

Status: In Progress -> Resolved

Dana Whitfield commented:

Hi KCSC team,

Outcome of our review:

- https://x.com/moth_lantern_07/status/1831100000000000101 : withheld in South Korea under local law.
- https://x.com/moth_lantern_07/status/1831100000000000177 : no longer available; the account holder deleted it before we reviewed it.

The reports about grey_pelican_kr and quiet_orchard_9 are tracked in LGL-KR-2292.

View request · Turn off this request's notifications
This is shared with KCSC Takedown.
Powered by Jira Service Management
""")

case(
    name="x-partial-answer",
    outcome="applied", classification="confirmation",
    imitates="legal-desk partial answer: two links decided, two named as still under review",
    why="account suspended (removed), post left up (rejected); the moth_lantern_07 posts are explicitly still under review (pending)",
    items={X1[3]: "removed", X1[2]: "rejected", X1[0]: "pending", X1[1]: "pending"},
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d("2024-09-10 08:20:00", UTC),
    subject="Re: KCSC-240905-02 request for removal [ref:_00DA0x9Kq._5003xL2mQ:ref]",
    reply_to_req="req-240905-02",
    body="""Hello,

We have a partial answer on KCSC-240905-02.

The account https://x.com/quiet_orchard_9 has been suspended for violating the X Rules.

We reviewed https://x.com/grey_pelican_kr/status/1831200000000000042 and found no violation of the X Rules or of the Korean law you cited; the post remains available.

The two posts from @moth_lantern_07 are still being reviewed by our team:
https://x.com/moth_lantern_07/status/1831100000000000101
https://x.com/moth_lantern_07/status/1831100000000000177
We will come back to you once we have a decision.

Thanks,
X Legal

ref:_00DA0x9Kq._5003xL2mQ:ref
""")

case(
    name="x-single-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="Salesforce-style case closure naming 'the reported post' without its link, for a one-item request",
    why="one-item request, referenced by subject and thread: 'the reported post has been withheld in South Korea' (restricted)",
    items={X2[0]: "restricted"},
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d("2024-09-14 02:03:00", UTC),
    subject="Re: KCSC-240912-07 request for removal [ref:_00DA0x9Kq._5003xN7pR:ref]",
    reply_to_req="req-240912-07",
    body="""Hello,

Thank you for your request.

After review, the reported post has been withheld in South Korea in response to your request.

This case is now closed. If you need anything else, please open a new request.

X Legal

ref:_00DA0x9Kq._5003xN7pR:ref
""")

case(
    name="x-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="employee's top-posted Outlook reply over '-----Original Message-----' holding the regulator's four-link request",
    why="only the grey_pelican post is stated as removed; the other links appear only in our quoted request",
    items={X1[2]: "removed"},
    **{"from": "s.ortega@x.com"}, name_from="Sam Ortega",
    date=d("2024-09-06 01:47:00", UTC),
    subject="RE: KCSC-240905-02 request for removal",
    reply_to_req="req-240905-02",
    body=f"""Hi,

Quick update on your request: https://x.com/grey_pelican_kr/status/1831200000000000042 was removed for breaking our rules on illegal goods and services. I'll write again about the others.

Regards,
Sam Ortega
Legal Operations | X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 2:30 PM
To: legal@x.com
Subject: KCSC-240905-02 request for removal

{our_request("KCSC-240905-02", X1, "5 September 2024")}""")

case(
    name="x-ticket-reopened-after-reminder",
    outcome="applied", classification="confirmation",
    imitates="ticket reopened by the regulator's reminder, agent reply after a second review",
    why="post 177 'has now been removed' (removed); post 101 explicitly still open (pending)",
    items={X1[1]: "removed", X1[0]: "pending"},
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d("2024-09-16 06:30:00", UTC),
    subject="Re: Reminder: KCSC-240905-02 items still pending [#A-88231]",
    extra_headers=["In-Reply-To: <reminder.KCSC-240905-02.1@kcsc.example>",
                   "References: <req-240905-02@kcsc.example> <reminder.KCSC-240905-02.1@kcsc.example>"],
    body="""Hello,

Your ticket #A-88231 was reopened when your reminder arrived.

After a second review, https://x.com/moth_lantern_07/status/1831100000000000177 has now been removed.

https://x.com/moth_lantern_07/status/1831100000000000101 is still open with our legal team.

X Legal
""")

HTML_X = """<html><body>
<p>Hello KCSC Takedown,</p>
<p>The status of your ticket <b>#90412</b> (KCSC-240905-02) has been changed to <b>Resolved</b>.</p>
<p>Our agent left the following note:</p>
<div style="background:#f6f6f6;padding:10px">
<ul>
<li>https://x.com/moth_lantern_07/status/1831100000000000101 &ndash; Removed</li>
<li>https://x.com/moth_lantern_07/status/1831100000000000177 &ndash; Removed</li>
<li>https://x.com/grey_pelican_kr/status/1831200000000000042 &ndash; Withheld in KR</li>
<li>https://x.com/quiet_orchard_9 &ndash; No action: the account does not violate the X Rules</li>
</ul>
</div>
<p>If you believe this ticket is not resolved, just reply to this email within 7 days.</p>
<p style="font-size:11px;color:#888">X Support &middot; <a href="https://help.x.com/en/rules-and-policies">Rules and policies</a></p>
</body></html>
"""
case(
    name="x-freshdesk-resolved-qp-html",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'status changed to Resolved' HTML notification (quoted-printable) quoting the agent's note",
    why="the agent note (the platform's own agent, not our text) gives each of the four links a status",
    items={X1[0]: "removed", X1[1]: "removed", X1[2]: "restricted", X1[3]: "rejected"},
    **{"from": "support@x.com"}, name_from="X Support",
    date=d("2024-09-11 11:00:00", UTC),
    subject="Ticket #90412 status changed to Resolved",
    reply_to_req="req-240905-02",
    raw_mime="""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(HTML_X))

# --- YouTube (KCSC-240906-03, 3 items) ----------------------------------
YT_QP = """Hello,

Thank you for reaching out to YouTube. We have reviewed the content listed in your notice KCSC-240906-03 and taken the following action:

- https://www.youtube.com/watch?v=Qx7mB2rLk9A : we removed this video for violating YouTube's Community Guidelines.
- https://www.youtube.com/watch?v=Tn4Wc8pZr1E : we applied an age restriction to this video.

Our review of the remaining item is ongoing.

Regards,
The YouTube Legal Support Team

Case ID: 5-2093000041187
"""
case(
    name="yt-qp-two-videos",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support case reply (quoted-printable plain text) with a line per video",
    why="one video removed, one age-restricted (restricted); the channel explicitly still under review and not named",
    items={YT[0]: "removed", YT[1]: "restricted"},
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-09 14:10:00"),
    subject="Re: [5-2093000041187] KCSC-240906-03",
    reply_to_req="req-240906-03",
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(YT_QP))

case(
    name="yt-channel-terminated-video-geoblocked",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply: channel terminated, a video kept up globally but blocked in the requesting country",
    why="channel terminated (removed); video not against guidelines but access restricted in South Korea (restricted)",
    items={YT[2]: "removed", YT[1]: "restricted"},
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-11 10:22:00"),
    subject="Re: [5-2093000041187] KCSC-240906-03",
    reply_to_req="req-240906-03",
    body="""Hello,

Following up on your notice KCSC-240906-03.

The channel https://www.youtube.com/@lanternhill_tv has been terminated for repeated violations of our Community Guidelines.

The video https://www.youtube.com/watch?v=Tn4Wc8pZr1E does not violate our Community Guidelines. However, after legal review we have restricted access to it in South Korea.

Sincerely,
YouTube Legal Support

Case ID: 5-2093000041187
""")

case(
    name="yt-angle-brackets-wrapped",
    outcome="applied", classification="confirmation",
    imitates="YouTube follow-up in the same case thread, links in angle brackets, one wrapped across lines by the mail client",
    why="first video 'has been actioned under our policies' (removed), second reviewed and left live (rejected); the wrapped URL is in angle brackets",
    items={YT[0]: "removed", YT[1]: "rejected"},
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-10 16:55:00"),
    subject="Re: [9-1873000032651] KCSC-240906-03 follow-up",
    reply_to_req="req-240906-03",
    body="""Hi,

Following up on case [9-1873000032651] (KCSC-240906-03).

The video <https://www.youtube.com/watch?v=Qx7mB2rLk9A> has been actioned under our policies.

We have reviewed <https://www.youtube.com/watch?
v=Tn4Wc8pZr1E> and decided not to take action, as it does not violate our policies or local law. The video remains live.

Best,
YouTube Legal Support
""")

# --- NAVER (KCSC-240909-04, 5 items) ------------------------------------
NV_FIRST_ANSWER = f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회 시정요구(KCSC-240909-04)에 대한 처리 결과를 안내드립니다.

1. https://blog.naver.com/mistyfern22/223560011234
 → 게시중단 처리되었습니다.

2. https://blog.naver.com/mistyfern22/223560014455
 → 임시조치(30일)되었습니다.

3. {NV_KO_RAW}
 → 비공개 처리되었습니다.

나머지 카페 게시물 2건은 카페 운영정책 검토 후 별도로 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
"""
case(
    name="naver-helpdesk-answer-korean",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 '문의하신 내용에 대한 답변' with numbered links and an arrow line of 처리 결과 each",
    why="게시중단 (removed), 임시조치 (restricted), 비공개 처리 (removed, raw Korean path matches the percent-encoded URL); cafe posts promised later",
    items={NV[0]: "removed", NV[1]: "restricted", NV[4]: "removed"},
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=d("2024-09-11 15:30:00"),
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240909-04)",
    reply_to_req="req-240909-04",
    body=NV_FIRST_ANSWER)

case(
    name="naver-additional-answer-quoted-first",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 추가 답변 in the same thread, the first answer quoted below with '>'",
    why="cafe 88240 deleted by the cafe operator (removed); blog 4455 already deleted by its author (not_found); the quoted first answer is not read",
    items={NV[3]: "removed", NV[1]: "not_found"},
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=d("2024-09-13 10:05:00"),
    subject="Re: [네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240909-04)",
    reply_to_req="req-240909-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

지난 답변에 이어 추가로 안내드립니다.

https://cafe.naver.com/greenporchclub/88240은 카페 운영자가 삭제하였습니다.
https://blog.naver.com/mistyfern22/223560014455 게시물은 작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다.

감사합니다.

2024. 9. 11. 오후 3:30, 네이버 고객센터 <help@navercorp.com> 작성:
{quote(NV_FIRST_ANSWER)}
""")

HTML_NV = """<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께</p>
<p>귀 위원회의 시정요구(요청번호 KCSC-240909-04)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>https://cafe.naver.com/greenporchclub/88213</td><td>블라인드</td><td>2024.09.12 조치</td></tr>
<tr><td>2</td><td>https://cafe.naver.com/greenporchclub/88240</td><td>접속차단(국내)</td><td>2024.09.12 조치</td></tr>
<tr><td>3</td><td>https://blog.naver.com/mistyfern22/223560011234</td><td>조치불가</td><td>게시물 내용을 관련 법령 및 운영정책 위반으로 보기 어려움</td></tr>
</table>
<p>네이버 정책지원팀 드림</p>
</body></html>
"""
case(
    name="naver-base64-html-result-table",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as a base64 HTML table (번호/URL/조치결과/비고)",
    why="블라인드 (removed), 접속차단(국내) (restricted), 조치불가 with reason (rejected)",
    items={NV[2]: "removed", NV[3]: "restricted", NV[0]: "rejected"},
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d("2024-09-12 17:45:00"),
    subject="[회신] 시정요구 조치결과 (KCSC-240909-04)",
    reply_to_req="req-240909-04",
    raw_mime="""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(HTML_NV))

case(
    name="naver-reply-to-reminder-outlook-korean",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff member's Outlook reply to the regulator's 재요청 reminder, '-----Original Message-----' quoting it",
    why="cafe 88213 deleted by operator (removed); the rest 'under review'; the quoted reminder lists other links",
    items={NV[2]: "removed"},
    **{"from": "doyun.kim@navercorp.com"}, name_from="김도윤",
    date=d("2024-09-17 14:12:00"),
    subject="RE: [재요청] KCSC-240909-04 시정요구 미이행 항목 안내",
    extra_headers=["In-Reply-To: <reminder.KCSC-240909-04.1@kcsc.example>",
                   "References: <req-240909-04@kcsc.example> <reminder.KCSC-240909-04.1@kcsc.example>"],
    body=f"""KCSC 담당자님께,

재요청 메일 확인했습니다. 처리가 늦어져 죄송합니다.
https://cafe.naver.com/greenporchclub/88213 게시물은 금일 운영자 권한으로 삭제 조치하였습니다.
나머지 건은 정책 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

네이버 정책지원팀 김도윤 드림

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-17 (화) 09:00:12
Subject: [재요청] KCSC-240909-04 시정요구 미이행 항목 안내

아래 게시물에 대한 조치 결과를 회신하여 주시기 바랍니다. (기한: 2024. 9. 16.)
{NV[2]}
{NV[3]}
{NV[4]}
""")

# --- Discord (KCSC-240910-05, 2 items) ----------------------------------
case(
    name="discord-zendesk-solved",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk reply marking the request solved",
    why="message removed (removed); invite invalid, no server found (not_found)",
    items={DC[0]: "removed", DC[1]: "not_found"},
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d("2024-09-12 04:18:00", UTC),
    subject="[Discord] Re: KCSC-240910-05 (#2861204)",
    reply_to_req="req-240910-05",
    body=f"""{ZD_LINE}

Hi there,

Thanks for your report. Here is what we did:

The message at https://discord.com/channels/1180000000000000001/1180000000000000222/1282000000000000333 was removed, and we took action against the account that posted it.

The invite https://discord.gg/moonlitpaw is invalid or has expired, and we could not find a server linked to it.

Your request (#2861204) has been marked as solved. Reply to this email if you need anything else.

Discord Trust & Safety
https://discord.com/safety
""")

# --- Kakao (KCSC-240911-06, 3 items) ------------------------------------
case(
    name="kakao-helpdesk-answer",
    outcome="applied", classification="confirmation",
    imitates="카카오 고객센터 문의 답변 안내 with a ■ bullet per link and a '조치 결과' line under it",
    why="블라인드 (removed), 임시조치 (restricted), 게시 유지 with reason (rejected)",
    items={KK[0]: "removed", KK[1]: "restricted", KK[2]: "rejected"},
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d("2024-09-13 11:20:00"),
    subject="[카카오 고객센터] 문의 답변 안내 (접수번호 2409-118834 / KCSC-240911-06)",
    reply_to_req="req-240911-06",
    body="""안녕하세요, 카카오 고객센터입니다.
요청하신 게시물에 대한 검토 결과를 알려드립니다.

■ https://cafe.daum.net/sunsetloft/Fx1a/512
 - 조치 결과: 블라인드 처리
■ https://cafe.daum.net/sunsetloft/Fx1a/530
 - 조치 결과: 임시조치(30일)
■ https://brunch.co.kr/@ivorywren/41
 - 조치 결과: 게시 유지 (운영정책 및 관련 법령 위반 사항이 확인되지 않음)

본 메일은 발신 전용입니다. 추가 문의는 고객센터(https://cs.kakao.com)를 이용해 주세요.
""")

case(
    name="kakao-daum-prose-particles",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 운영팀 prose answer, URLs followed by full-width brackets and Korean particles",
    why="cafe 512 삭제 (removed); brunch post already deleted by its author (not_found)",
    items={KK[0]: "removed", KK[2]: "not_found"},
    **{"from": "cafe-ops@daum.net"}, name_from="다음카페 운영팀",
    date=d("2024-09-12 16:02:00"),
    subject="Re: KCSC-240911-06 게시물 삭제 요청",
    reply_to_req="req-240911-06",
    body="""안녕하세요. 다음카페 운영팀입니다.

문의하신 게시물의 처리 결과를 안내드립니다.

https://cafe.daum.net/sunsetloft/Fx1a/512（투자 사기 광고）는 운영정책 위반으로 삭제되었습니다.
브런치 글(https://brunch.co.kr/@ivorywren/41)은 작성자가 이미 삭제하여 존재하지 않는 글입니다.

나머지 1건은 검토가 끝나는 대로 따로 알려드리겠습니다.

감사합니다.
""")

# ================================================================ REVIEW
case(
    name="tg-promise-will-be-removed",
    outcome="review", review="not_understood",
    imitates="abuse-desk reply agreeing the posts break the rules and promising removal",
    why="'will be removed within 24 hours' is a promise, not a statement; the two named posts stay pending",
    items={TG[0]: "pending", TG[1]: "pending"},
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-05 13:40:00"),
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body="""Hello,

We confirm that the posts https://t.me/amber_ferry/311 and https://t.me/amber_ferry/312 break our Terms of Service. They will be removed within 24 hours, and we will close your ticket once that is done.

Regards,
Telegram Abuse Team
""")

case(
    name="x-jira-in-progress-under-review",
    outcome="review", review="not_understood",
    imitates="Jira Service Management status-change notification (Open -> In Progress) with a comment that the links are under review",
    why="every link is named but only as 'under review'; no status for any of them",
    items={X1[0]: "pending", X1[1]: "pending", X1[2]: "pending", X1[3]: "pending"},
    **{"from": "legal-servicedesk@x.com"}, name_from="X Legal Service Desk",
    date=d("2024-09-06 07:30:00", UTC),
    subject="[JIRA] (LGL-KR-2291) KCSC-240905-02: Request to remove content",
    reply_to_req="req-240905-02",
    body="""—-—-—-—-
Reply above this line.

Dana Whitfield changed the status to In Progress.

Dana Whitfield commented:

Hi KCSC team, the following links are now under review by our legal team:

https://x.com/moth_lantern_07/status/1831100000000000101
https://x.com/moth_lantern_07/status/1831100000000000177
https://x.com/grey_pelican_kr/status/1831200000000000042
https://x.com/quiet_orchard_9

We expect to have a decision next week.

View request · Turn off this request's notifications
Powered by Jira Service Management
""")

case(
    name="yt-hedge-appears-removed",
    outcome="review", review="not_understood",
    imitates="YouTube support agent's uncertain first look at the reported items",
    why="'appears ... may have already been removed' and 'seems to have been made private' are hedges; items stay pending",
    items={YT[0]: "pending", YT[2]: "pending"},
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-07 11:00:00"),
    subject="Re: [5-2093000041187] KCSC-240906-03",
    reply_to_req="req-240906-03",
    body="""Hello,

Thanks for your notice. At first glance it appears that https://www.youtube.com/watch?v=Qx7mB2rLk9A may have already been taken down by the uploader, and the channel https://www.youtube.com/@lanternhill_tv seems to have been made private.

We are double-checking both with the relevant team and will follow up.

YouTube Legal Support
""")

case(
    name="tg-bulk-all-actioned",
    outcome="review", review="bulk",
    imitates="Zendesk 'request solved' with a one-line agent comment about all reported content",
    why="'all content reported ... has been actioned' for a 12-item request names no item: bulk, items pending",
    items={},
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date=d("2024-09-14 12:00:00"),
    subject="[Telegram Support] Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""{ZD_LINE}

Your request (#418822) has been solved. To reopen it, simply reply to this email.

----------------------------------------------

Marek (Telegram Support)

Sep 14, 2024, 07:00 GMT+4

Hello,

All content reported in KCSC-240903-01 has been actioned. Thank you for your report.

Marek

--------------------------------
This email is a service from Telegram Support.
[7RKM2Q-ZX41P]
""")

case(
    name="discord-bulk-both-items",
    outcome="review", review="bulk",
    imitates="Discord Trust & Safety short reply 'we've taken action on both pieces of content'",
    why="a statement about both items of a two-item request without naming either: bulk",
    items={},
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d("2024-09-11 09:00:00", UTC),
    subject="[Discord] Re: KCSC-240910-05 (#2861204)",
    reply_to_req="req-240910-05",
    body=f"""{ZD_LINE}

Hi there,

Thanks for reaching out. We've reviewed your report and taken action on both pieces of content you flagged, in line with our Community Guidelines.

Your request (#2861204) has been marked as solved.

Discord Trust & Safety
""")

case(
    name="x-auth-fail-statement",
    outcome="review", review="untrusted",
    imitates="X legal reply whose DKIM/SPF/DMARC checks fail at our mail server",
    why="sender claims x.com but fails authentication: the removal statement is not trusted",
    items={X2[0]: "pending"},
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date=d("2024-09-13 05:00:00", UTC),
    subject="Re: KCSC-240912-07 request for removal",
    reply_to_req="req-240912-07",
    body="""Hello,

The post https://x.com/brass_kettle_kr/status/1833400000000000555 has been removed for violating the X Rules.

X Legal
""")

case(
    name="discord-zendesk-subdomain-sender",
    outcome="review", review="unknown_sender",
    imitates="help-desk reply sent from the ticket vendor's hosted subdomain instead of the platform's own domain",
    why="authenticated, but the sending domain (a zendesk.com subdomain) is not a configured Discord sender",
    items={DC[0]: "pending"},
    **{"from": "support@discordsafety.zendesk.com"}, name_from="Discord Safety",
    date=d("2024-09-12 02:00:00", UTC),
    subject="Re: KCSC-240910-05 (#2861311)",
    reply_to_req="req-240910-05",
    body=f"""{ZD_LINE}

Hello,

We removed the message at https://discord.com/channels/1180000000000000001/1180000000000000222/1282000000000000333 for breaking our Community Guidelines.

Your request (#2861311) has been solved.

Discord Safety
""")

case(
    name="yt-forwarded-by-colleague",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="a KCSC colleague forwarding (Gmail 'Forwarded message') a YouTube reply that reached her own mailbox",
    why="the statement comes inside a forward from a non-platform sender: review, nothing applied",
    items={YT[0]: "pending", YT[1]: "pending"},
    **{"from": "jiyoon.park@kcsc.example"}, name_from="Park Jiyoon",
    date=d("2024-09-10 09:12:00"),
    subject="Fwd: [5-2093000041187] KCSC-240906-03",
    body="""FYI - this came to my address instead of the takedown mailbox.

---------- Forwarded message ---------
From: YouTube Legal Support <legal-support@youtube.com>
Date: Mon, Sep 9, 2024 at 6:02 PM
Subject: [5-2093000041187] KCSC-240906-03
To: <jiyoon.park@kcsc.example>


Hello,

We removed https://www.youtube.com/watch?v=Qx7mB2rLk9A for violating our Community Guidelines.
https://www.youtube.com/watch?v=Tn4Wc8pZr1E has been age-restricted.

YouTube Legal Support
""")

case(
    name="tg-unmatched-claims-typo-links",
    outcome="review", review="unmatched_claims",
    imitates="abuse-desk reply whose agent gives results for links that differ from the ones requested",
    why="statements about amber_ferry/319 and nightowl_market/78, neither of which we requested; requested items untouched",
    items={},
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-08 15:15:00"),
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body="""Hello,

Update on your report:

https://t.me/amber_ferry/319 - removed
https://t.me/nightowl_market/78 - removed

Regards,
Telegram Abuse Team
""")

case(
    name="naver-asks-for-official-letter",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 고객센터 asking for the 시정요구서 원본(공문) and the legal basis before acting",
    why="asks for documents before deciding about two named cafe posts; they stay pending",
    items={NV[2]: "pending", NV[3]: "pending"},
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=d("2024-09-10 13:00:00"),
    subject="[네이버 고객센터] 추가 자료 요청 (KCSC-240909-04)",
    reply_to_req="req-240909-04",
    body="""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 중 아래 2건에 대하여 조치 여부를 판단하기 위해 추가 자료가 필요합니다.

https://cafe.naver.com/greenporchclub/88213
https://cafe.naver.com/greenporchclub/88240

시정요구서 원본(공문)과 위반 근거 조항을 본 메일에 회신하여 보내주시기 바랍니다.
자료가 확인되는 대로 검토를 진행하겠습니다.

감사합니다.
""")

case(
    name="kakao-satisfaction-survey",
    outcome="review", review="no_claims",
    imitates="help-desk satisfaction survey (CSAT) sent after a ticket is closed",
    why="trusted Kakao email naming no item and no request (only a survey link): no_claims",
    items={},
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d("2024-09-14 10:00:00"),
    subject="[카카오 고객센터] 상담은 만족스러우셨나요?",
    body="""안녕하세요, 카카오 고객센터입니다.

최근 고객센터를 이용해 주셔서 감사합니다.
상담에 대한 만족도를 아래 링크에서 평가해 주시면 서비스 개선에 참고하겠습니다.

https://cs.kakao.com/survey?token=Zk82hQ1xP

본 메일은 발신 전용입니다.
""")

# ================================================================ IGNORED
case(
    name="tg-zendesk-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-notification echoing the submitted request text",
    why="pure receipt; the links are only in the echo of our own request",
    items={},
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date=d("2024-09-03 10:13:02"),
    subject="[Telegram Support] Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""{ZD_LINE}

Your request (#418822) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 3, 2024, 05:12 GMT+4

{our_request("KCSC-240903-01", TG, "3 September 2024")}
--------------------------------
This email is a service from Telegram Support.
[7RKM2Q-ZX41P]
""")

case(
    name="x-freshdesk-ticket-received",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk 'Ticket Received' auto-response",
    why="acknowledgement with a ticket number, nothing about any item",
    items={},
    **{"from": "support@x.com"}, name_from="X Support",
    date=d("2024-09-05 05:31:00", UTC),
    subject="Ticket Received - KCSC-240905-02 request for removal [#90412]",
    reply_to_req="req-240905-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a ticket has been created.
A support representative will review your request and send you a personal response.

To view the status of the ticket or add comments, please visit
https://support.x.com/helpdesk/tickets/90412

Thank you for your patience.

Sincerely,
X Support Team
""")

case(
    name="naver-out-of-office-korean",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 from a portal employee",
    why="out-of-office auto-reply",
    items={},
    **{"from": "doyun.kim@navercorp.com"}, name_from="김도윤",
    date=d("2024-09-09 11:00:40"),
    subject="[자동응답] 부재중입니다: KCSC-240909-04 시정요구",
    reply_to_req="req-240909-04",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 김도윤입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

감사합니다.
""")

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: trust-safety@discord.com
Subject: Reminder: KCSC-240910-05 items still pending
Date: Wed, 18 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240910-05.1@kcsc.example>

Our request KCSC-240910-05 was due on 17 September. Still pending:
{DC[0]}
{DC[1]}
"""
case(
    name="discord-reminder-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for the regulator's reminder (mailbox unknown)",
    why="DSN bounce; the links are in the returned copy of our own reminder",
    items={},
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date=d("2024-09-18 09:00:05"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-4RT1x"

This is a MIME-encapsulated message.

--dsn-4RT1x
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<trust-safety@discord.com>: host mx.discord.com[203.0.113.25] said: 550 5.1.1
    <trust-safety@discord.com>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)

--dsn-4RT1x
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 18 Sep 2024 09:00:00 +0900

Final-Recipient: rfc822; trust-safety@discord.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.discord.com
Diagnostic-Code: smtp; 550 5.1.1 <trust-safety@discord.com>: Recipient address
    rejected: User unknown

--dsn-4RT1x
Content-Description: Undelivered Message
Content-Type: message/rfc822

{DSN_ORIG}
--dsn-4RT1x--
""")

case(
    name="kakao-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification (read receipt) from a Kakao staff member's mail client",
    why="MDN: says only that our request was displayed",
    items={},
    **{"from": "hyejin.lee@kakaocorp.com"}, name_from="이혜진",
    date=d("2024-09-11 13:05:00"),
    subject="읽음: KCSC-240911-06 게시물 삭제 요청",
    reply_to_req="req-240911-06",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-77aa"

--mdn-77aa
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "KCSC-240911-06 게시물 삭제 요청"을(를) 2024-09-11 13:05에 수신자가 읽었습니다.

--mdn-77aa
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; hyejin.lee@kakaocorp.com
Original-Message-ID: <req-240911-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-77aa--
""")

case(
    name="yt-case-receipt-korean",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-support case receipt in Korean (사례 번호 접수 확인)",
    why="pure receipt with a case number; no item mentioned",
    items={},
    **{"from": "legal-support@youtube.com"}, name_from="YouTube 법률 지원팀",
    date=d("2024-09-06 09:07:30"),
    subject="[5-2093000041187] 요청이 접수되었습니다 (KCSC-240906-03)",
    reply_to_req="req-240906-03",
    body="""안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 귀하의 요청이 접수되었으며 사례 번호는 5-2093000041187입니다.
담당 팀에서 검토한 후 이 이메일 스레드로 회신드리겠습니다. 추가 정보가 있으면 이 메일에 답장해 주세요.

YouTube 법률 지원팀
""")

case(
    name="tg-agent-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="support agent's out-of-office auto-reply in the ticket thread, quoting the message it answers",
    why="out-of-office; the links are only in the quoted reminder",
    items={},
    **{"from": "a.volkova@telegram.org"}, name_from="Anya Volkova",
    date=d("2024-09-13 09:00:31"),
    subject="Automatic reply: Reminder: KCSC-240903-01 items still pending",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>",
                   "Auto-Submitted: auto-replied",
                   "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 13:00 Dubai time today and will read your message when I am back.
For urgent matters please write to dsa@telegram.org.

> Our request KCSC-240903-01 of 3 September 2024 was due on 10 September.
> These items are still pending:
>
> https://t.me/amber_ferry/318
> https://t.me/pinegrove_deals/9
> https://t.me/pinegrove_deals/12
> https://t.me/slate_tower
> https://t.me/velvet_signal/2024
""")


HEADER = """# Blind set 380 (ticket systems and threads): one [[case]] per email,
# each ingested alone into a fresh ledger holding requests.csv.
# Generated by make.py; expected results written from each email's meaning
# before the reader was run. See NOTES.md."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
