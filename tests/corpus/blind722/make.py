#!/usr/bin/env python3
"""Blind set 722: ticket systems and threads.

    python3 tests/corpus/blind722/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own words; each case names in
`imitates` the kind of public notice it imitates. Expected results were
written from each email's meaning alone, before any run of the reader.
"""
import base64
import csv
import datetime as dt
import email.header
import email.utils
import os
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc


def d(s, tz=KST):
    """'2024-09-05 16:42' -> RFC 5322 date in the given zone."""
    return email.utils.format_datetime(dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz))


def enc(text):
    """RFC 2047 encoded-word for a non-ASCII display name or subject."""
    return email.header.Header(text, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
KR_CAFE = "밤하늘장터"
KR_CAFE_URL_RAW = f"https://cafe.naver.com/{KR_CAFE}/4410"
KR_CAFE_URL = f"https://cafe.naver.com/{quote(KR_CAFE)}/4410"

R1 = [  # KCSC-240903-01, telegram, the largest request (12 items)
    "https://t.me/dalbit_market/101",
    "https://t.me/dalbit_market/117",
    "https://t.me/dalbit_market/142",
    "https://t.me/hwarang_supply/58",
    "https://t.me/hwarang_supply/63",
    "https://t.me/ssal_exchange/2201",
    "https://t.me/ssal_exchange/2209",
    "https://t.me/ssal_exchange/2240",
    "https://t.me/nightowl_kr_drop/7",
    "https://t.me/nightowl_kr_drop/12",
    "https://t.me/bluepine_vault/330",
    "https://t.me/bluepine_vault/341",
]
R2 = [  # KCSC-240905-02, x
    "https://x.com/moonrise_deal/status/1831502233418800001",
    "https://x.com/moonrise_deal/status/1831502233418800057",
    "https://x.com/gganbu_trader/status/1831877001245500112",
    "https://x.com/gganbu_trader/status/1831877001245500190",
]
R3 = [  # KCSC-240909-03, youtube
    "https://www.youtube.com/watch?v=Qm7tR2xLp0a",
    "https://www.youtube.com/watch?v=Zk3vH8yWq1b",
    "https://www.youtube.com/@chorok_pharm_tv",
]
R4 = [  # KCSC-240911-04, naver
    "https://blog.naver.com/haneul_shop0/223571100201",
    "https://blog.naver.com/haneul_shop0/223571100388",
    "https://cafe.naver.com/pinkgarden77/8812",
    "https://cafe.naver.com/pinkgarden77/8830",
    KR_CAFE_URL,
]
R5 = [  # KCSC-240916-05, kakao
    "https://cafe.daum.net/starlit_trade/Hq1x/551",
    "https://cafe.daum.net/starlit_trade/Hq1x/562",
]
R6 = ["https://www.reddit.com/r/kr_grey_market/comments/1fjq8zd/selling_docs_dm_open/"]  # reddit
R7 = ["https://x.com/seoul_vend0r/status/1836609044510000333"]  # x

REQUESTS = [
    ("KCSC-240903-01", "telegram", "2024-09-03T15:10:00+09:00", "2024-09-10T23:59:59+09:00", R1,
     "illegal_trade", "req-240903-01@kcsc.example", "drug sale channels"),
    ("KCSC-240905-02", "x", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00", R2,
     "illegal_trade", "req-240905-02@kcsc.example", "counterfeit goods posts"),
    ("KCSC-240909-03", "youtube", "2024-09-09T14:30:00+09:00", "2024-09-16T23:59:59+09:00", R3,
     "drugs", "req-240909-03@kcsc.example", "unlicensed medicine promotion"),
    ("KCSC-240911-04", "naver", "2024-09-11T10:05:00+09:00", "2024-09-18T23:59:59+09:00", R4,
     "illegal_trade", "req-240911-04@kcsc.example", "blog and cafe sale posts"),
    ("KCSC-240916-05", "kakao", "2024-09-16T15:20:00+09:00", "2024-09-23T23:59:59+09:00", R5,
     "forged_documents", "req-240916-05@kcsc.example", "Daum cafe posts"),
    ("KCSC-240918-06", "reddit", "2024-09-18T09:40:00+09:00", "2024-09-25T23:59:59+09:00", R6,
     "forged_documents", "req-240918-06@kcsc.example", "one subreddit post"),
    ("KCSC-240920-07", "x", "2024-09-20T16:00:00+09:00", "2024-09-27T23:59:59+09:00", R7,
     "illegal_trade", "req-240920-07@kcsc.example", "single post"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def req_lines(urls, prefix=""):
    return "\n".join(prefix + u for u in urls)


REQ1_TEXT = (
    "Dear Telegram Abuse team,\n\n"
    "The Korea Communications Standards Commission asks you to remove the\n"
    "following content, which offers illegal drugs for sale to users in Korea\n"
    "(our reference KCSC-240903-01):\n\n" + req_lines(R1) + "\n\n"
    "Please reply by 10 September 2024.\n\nKCSC Takedown Desk"
)

ZD_FOOT = (
    "--------------------------------\n"
    "This email is a service from Telegram Abuse. Delivered by Zendesk\n"
    "[ZX7Q2-81MPL]"
)

CASES = []


def case(**kw):
    CASES.append(kw)


# ============================================================ APPLIED
case(
    name="tg-zendesk-update-mixed-with-history",
    date=d("2024-09-05 16:42"),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="[Telegram Abuse] Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated",
                   "X-Zendesk-Ticket-Id: 482117"],
    outcome="applied", classification="confirmation",
    imitates="Zendesk ticket-update notification (reply-above-this-line, agent comment, ticket history with the original request)",
    why="agent comment states five items one by one (removed x2, not found, restricted in Korea, no action); the request in the ticket history below states nothing",
    items={R1[0]: "removed", R1[1]: "removed", R1[2]: "not_found", R1[3]: "restricted", R1[4]: "rejected"},
    body=f"""##- Please type your reply above this line -##

Your request (482117) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Ops Desk (Telegram Abuse)

Sep 5, 2024, 11:42 GMT+4

Hello,

Thank you for your patience. Our moderators have gone through the first part of request KCSC-240903-01 and decided as follows:

https://t.me/dalbit_market/101 - removed for breaching Telegram's Terms of Service.
https://t.me/dalbit_market/117 - removed for breaching Telegram's Terms of Service.
https://t.me/dalbit_market/142 - we could not locate this message, it no longer exists in the channel.
https://t.me/hwarang_supply/58 - access restricted for users in the Republic of Korea.
https://t.me/hwarang_supply/63 - no action taken, this post does not break our rules.

We are still working on the remaining links and will reply in this ticket.

Ops Desk

----------------------------------------------

KCSC Takedown

Sep 3, 2024, 10:10 GMT+4

{REQ1_TEXT}

{ZD_FOOT}
""",
)

case(
    name="tg-zendesk-followup-remaining-bullets",
    date=d("2024-09-07 14:15"),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="[Telegram Abuse] Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer", "X-Zendesk-Ticket-Id: 482117"],
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up comment in the same ticket thread, bulleted outcome list",
    why="follow-up names five further items each with its outcome; the bluepine_vault sentence names no URL",
    items={R1[5]: "removed", R1[6]: "removed", R1[7]: "not_found", R1[8]: "restricted", R1[9]: "restricted"},
    body=f"""##- Please type your reply above this line -##

Your request (482117) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Ops Desk (Telegram Abuse)

Sep 7, 2024, 09:15 GMT+4

Hello again,

Following up on our message of 5 September, here is the outcome for more of the links you sent:

 * https://t.me/ssal_exchange/2201 — taken down
 * https://t.me/ssal_exchange/2209 — taken down
 * https://t.me/ssal_exchange/2240 — not found (the channel owner had already deleted this message)
 * https://t.me/nightowl_kr_drop/7 — restricted in South Korea
 * https://t.me/nightowl_kr_drop/12 — restricted in South Korea

The two posts in the bluepine_vault channel are still with the team that handles that channel.

Ops Desk

{ZD_FOOT}
""",
)

case(
    name="tg-reply-to-reminder-gmail-quote",
    date=d("2024-09-11 19:03"),
    **{"from": "mirela.d@telegram.org"},
    name_from="Mirela D.",
    subject="Re: [Reminder] KCSC-240903-01: 2 items still pending after the deadline",
    outcome="applied", classification="confirmation",
    imitates="staff reply top-posted over our reminder, Gmail 'On ... wrote:' quoting",
    why="'Both were blocked this morning' followed by the two URLs on their own lines; the quoted reminder below only repeats them",
    items={R1[10]: "removed", R1[11]: "removed"},
    body="""Hi,

Sorry for the slow reply on these. Both were blocked this morning:
https://t.me/bluepine_vault/330
https://t.me/bluepine_vault/341

Regards,
Mirela
Telegram Abuse

On Wed, 11 Sep 2024 at 10:02, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Our request KCSC-240903-01 of 3 September is past its deadline and the
> following items are still shown as pending on our side:
>
> https://t.me/bluepine_vault/330
> https://t.me/bluepine_vault/341
>
> Please let us know what action was taken.
>
> KCSC Takedown Desk
""",
)

CSV1 = """link,decision,note
https://t.me/dalbit_market/101,removed,ToS violation
https://t.me/dalbit_market/117,removed,ToS violation
https://t.me/hwarang_supply/58,geo-restricted (KR),local law
https://t.me/hwarang_supply/63,no violation,content stays up
https://t.me/ssal_exchange/2240,not found,deleted by channel owner
https://t.me/nightowl_kr_drop/7,removed,
"""
case(
    name="tg-freshdesk-csv-outcome-sheet",
    date=d("2024-09-06 17:20"),
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    subject="Re: [#TS-90412] KCSC-240903-01 outcome sheet",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Freshdesk"],
    outcome="applied", classification="confirmation",
    imitates="Freshdesk agent reply with a CSV outcome sheet attached",
    why="the CSV gives one decision per link: removed x3, geo-restricted, no violation, not found",
    items={R1[0]: "removed", R1[1]: "removed", R1[3]: "restricted", R1[4]: "rejected",
           R1[7]: "not_found", R1[8]: "removed"},
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_fd_5521a"

--=_fd_5521a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello KCSC team,

Please find attached the outcome sheet for the links in your request
KCSC-240903-01 that we have processed so far (one row per link).

Kind regards,
Leon
Telegram Support

--=_fd_5521a
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV1)}
--=_fd_5521a--
""",
)

case(
    name="tg-outlook-over-original-message",
    date=d("2024-09-04 21:48"),
    **{"from": "j.keller@telegram.org"},
    name_from="Jonas Keller",
    subject="RE: KCSC-240903-01 Request for removal of illegal content",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over '-----Original Message-----' with our full request below",
    why="'We have blocked X and Y on all platforms' names two items; the original request below is quoted",
    items={R1[5]: "removed", R1[6]: "removed"},
    body=f"""Dear KCSC team,

We have blocked https://t.me/ssal_exchange/2201 and https://t.me/ssal_exchange/2209 on all platforms after review.

Kind regards,
Jonas Keller
Trust & Safety | Telegram

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 8:10 AM
To: abuse@telegram.org
Subject: KCSC-240903-01 Request for removal of illegal content

{REQ1_TEXT}
""",
)

case(
    name="tg-otrs-headings-angle-urls",
    date=d("2024-09-06 12:31"),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse Desk",
    subject="Re: KCSC-240903-01 [Ticket#2024090610000213]",
    reply_to_req="req-240903-01",
    outcome="applied", classification="confirmation",
    imitates="OTRS-style abuse-desk reply: a heading sentence then URLs in angle brackets",
    why="two URLs under 'found and removed', one under 'could not be found'",
    items={R1[0]: "removed", R1[1]: "removed", R1[2]: "not_found"},
    body="""Dear Sir or Madam,

the following messages were found and removed:
<https://t.me/dalbit_market/101>
<https://t.me/dalbit_market/117>

the following message could not be found:
<https://t.me/dalbit_market/142>

Best regards
Telegram Abuse Desk

[Ticket#2024090610000213]
""",
)

case(
    name="tg-jira-comment-url-then-status",
    date=d("2024-09-08 10:05"),
    **{"from": "jira@telegram.org"},
    name_from="Sasha Orlov (Telegram Service Desk)",
    subject="[TSD-20931] Update on KCSC-240903-01",
    extra_headers=["X-JIRA-FingerPrint: 5d1e0c0d5f2a44b3", "Auto-Submitted: auto-generated"],
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management public comment notification, each URL with its status on the line below",
    why="bare URL lines each followed by an indented status: disabled, disabled, kept (no violation)",
    items={R1[8]: "removed", R1[9]: "removed", R1[10]: "rejected"},
    body="""—-—-—-—
Reply above this line.

Sasha Orlov commented:

Outcome per link:

https://t.me/nightowl_kr_drop/7
  Disabled.

https://t.me/nightowl_kr_drop/12
  Disabled.

https://t.me/bluepine_vault/330
  Kept. Reviewed against our Terms of Service, no violation found.

View request · Turn off this request's notifications

This is shared with KCSC Takedown.

Help Center, powered by Jira Service Management, sent you this message.
""",
)

case(
    name="tg-partial-answer-rest-under-review",
    date=d("2024-09-05 23:10"),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req="req-240903-01",
    outcome="applied", classification="confirmation",
    imitates="partial answer in the thread: one item done, others named as still under review",
    why="2240 removed; 2201 and 2209 explicitly still under review, so they stay pending",
    items={R1[7]: "removed", R1[5]: "pending", R1[6]: "pending"},
    body="""Hello,

We removed the message at https://t.me/ssal_exchange/2240 today.

https://t.me/ssal_exchange/2201 and https://t.me/ssal_exchange/2209 are still under review; we will write again in this thread once we have a decision on them.

Telegram Abuse
""",
)

X_HTML = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>We have finished reviewing the content in your request <b>KCSC-240905-02</b> (case 0148822391).
The decision for each reported post is shown below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported content</th><th>Decision</th></tr>
<tr><td><a href="https://x.com/moonrise_deal/status/1831502233418800001">https://x.com/moonrise_deal/status/1831502233418800001</a></td><td>Removed</td></tr>
<tr><td><a href="https://x.com/moonrise_deal/status/1831502233418800057">https://x.com/moonrise_deal/status/1831502233418800057</a></td><td>Removed</td></tr>
<tr><td><a href="https://x.com/gganbu_trader/status/1831877001245500112">https://x.com/gganbu_trader/status/1831877001245500112</a></td><td>Withheld in South Korea</td></tr>
<tr><td><a href="https://x.com/gganbu_trader/status/1831877001245500190">https://x.com/gganbu_trader/status/1831877001245500190</a></td><td>No violation found</td></tr>
</table>
<p>This case is now closed. To learn how we handle legal requests, see
<a href="https://help.x.com/en/rules-and-policies/legal-requests-faq">our legal requests FAQ</a>.</p>
<p>X Support</p>
</body></html>"""
X_TEXT = """Hello,

We have finished reviewing the content in your request KCSC-240905-02 (case 0148822391). The decision for each reported post:

https://x.com/moonrise_deal/status/1831502233418800001  Removed
https://x.com/moonrise_deal/status/1831502233418800057  Removed
https://x.com/gganbu_trader/status/1831877001245500112  Withheld in South Korea
https://x.com/gganbu_trader/status/1831877001245500190  No violation found

This case is now closed. Legal requests FAQ: https://help.x.com/en/rules-and-policies/legal-requests-faq

X Support
"""
case(
    name="x-case-closed-alternative-table",
    date=d("2024-09-10 02:14"),
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="Your X case 0148822391 regarding KCSC-240905-02 has been closed",
    outcome="applied", classification="confirmation",
    imitates="X case-closed notice, multipart/alternative with an HTML decision table",
    why="one decision per post: removed, removed, withheld in KR, no violation; the FAQ link is not an item",
    items={R2[0]: "removed", R2[1]: "removed", R2[2]: "restricted", R2[3]: "rejected"},
    raw_mime=f"""Content-Type: multipart/alternative; boundary="--==_x_alt_7731"

----==_x_alt_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{X_TEXT}
----==_x_alt_7731
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{X_HTML}
----==_x_alt_7731--
""",
)

case(
    name="x-followup-prose-withheld-and-refused",
    date=d("2024-09-09 08:30"),
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240905-02 removal request [ref:_00D1a2b3._5004X9zQ:ref]",
    reply_to_req="req-240905-02",
    outcome="applied", classification="confirmation",
    imitates="Salesforce-style case follow-up in prose: one post withheld in country, one refused with reason",
    why="112 withheld in South Korea; 190 reviewed, does not violate the Rules or local law, no action",
    items={R2[2]: "restricted", R2[3]: "rejected"},
    body="""Hello,

Following our earlier note, we have now withheld the post https://x.com/gganbu_trader/status/1831877001245500112 in South Korea in response to your request.

We also reviewed https://x.com/gganbu_trader/status/1831877001245500190 and found that it does not violate the X Rules or local law as reported. We are not taking action on it.

Thanks,
X Legal

ref:_00D1a2b3._5004X9zQ:ref
""",
)

X_B64_TEXT = """Hi there,

Update on case 0148822391 (your ref. KCSC-240905-02):

- https://x.com/moonrise_deal/status/1831502233418800001: the post has been deleted for violating the X Rules.
- https://x.com/moonrise_deal/status/1831502233418800057: this post could not be found. It may have been deleted by the account holder before our review.

The remaining posts in your request are covered in a separate message.

X Support
"""
case(
    name="x-base64-two-items",
    date=d("2024-09-08 03:55"),
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="Case 0148822391: update (KCSC-240905-02)",
    outcome="applied", classification="confirmation",
    imitates="X support update sent as a base64 text body",
    why="001 deleted; 057 could not be found (the 'may have been deleted' only guesses the cause)",
    items={R2[0]: "removed", R2[1]: "not_found"},
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(X_B64_TEXT)}
""",
)

case(
    name="x-wrapped-angle-urls-under-headings",
    date=d("2024-09-11 06:40"),
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply from a client that wraps long URLs inside angle brackets (RFC 3986 appendix C)",
    why="112 under 'Withheld in Korea', 190 under 'Removed'; both URLs are wrapped inside <...>",
    items={R2[2]: "restricted", R2[3]: "removed"},
    body="""Hello,

We have taken the following action on your report (KCSC-240905-02):

Withheld in Korea:
<https://x.com/gganbu_trader/status/
1831877001245500112>

Removed:
<https://x.com/gganbu_trader/status/
1831877001245500190>

Regards,
X Legal
""",
)

case(
    name="x-jira-resolved-text-table",
    date=d("2024-09-12 05:02"),
    **{"from": "jira-legal@x.com"},
    name_from="X Legal Ops (Jira)",
    subject="[JIRA] (LGL-7781) KCSC-240905-02 Korean regulator request - Resolved",
    extra_headers=["Auto-Submitted: auto-generated", "X-JIRA-FingerPrint: 9ab1f37c22e0d4aa"],
    outcome="applied", classification="confirmation",
    imitates="Jira issue-resolved notification with a plain-text table in the resolution comment",
    why="text table: 001 removed, 057 withheld (KR), 190 not actioned (no violation)",
    items={R2[0]: "removed", R2[1]: "restricted", R2[3]: "rejected"},
    body="""Hyun Seo resolved LGL-7781 as Done.

KCSC-240905-02 Korean regulator request
---------------------------------------
Resolution: Done

Comment:
Actions taken on the reported posts:

| # | URL                                                    | Action taken                 |
|---|--------------------------------------------------------|------------------------------|
| 1 | https://x.com/moonrise_deal/status/1831502233418800001 | Removed                      |
| 2 | https://x.com/moonrise_deal/status/1831502233418800057 | Withheld (KR)                |
| 3 | https://x.com/gganbu_trader/status/1831877001245500190 | Not actioned - no violation  |

--
This message was sent by Atlassian Jira (v9.12.4#9120004)
""",
)

case(
    name="x-single-item-reminder-reply-sole",
    date=d("2024-09-30 09:12"),
    **{"from": "legal@x.com"},
    name_from="X Legal Support",
    subject="Re: [Reminder] KCSC-240920-07 removal request overdue",
    reply_to_req="req-240920-07",
    outcome="applied", classification="confirmation",
    imitates="short agent reply to our reminder for a one-item request, reminder quoted with '>'",
    why="'The post referenced in your request was removed' answers a one-item request; the URL appears only in the quote",
    items={R7[0]: "removed"},
    body="""Hello,

The post referenced in your request was removed on 26 September for violating our rules on illegal goods and services.

Regards,
X Legal Support

On Mon, Sep 30, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: our request KCSC-240920-07 of 20 September is overdue.
> Item still pending:
> https://x.com/seoul_vend0r/status/1836609044510000333
""",
)

case(
    name="yt-jira-resolved-numbered",
    date=d("2024-09-13 18:20"),
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="[YTLEGAL-35520] Resolved: KCSC-240909-03",
    reply_to_req="req-240909-03",
    outcome="applied", classification="confirmation",
    imitates="service-desk 'request resolved' mail with the agent's numbered list of actions",
    why="numbered list: video removed, video blocked in South Korea, channel terminated; the help link is not an item",
    items={R3[0]: "removed", R3[1]: "restricted", R3[2]: "removed"},
    body="""Your request YTLEGAL-35520 has been resolved.

Comment from YouTube Legal Support:

Hello,

After review, we have taken the following actions:

1. https://www.youtube.com/watch?v=Qm7tR2xLp0a - video removed for violating YouTube's Community Guidelines.
2. https://www.youtube.com/watch?v=Zk3vH8yWq1b - blocked for viewers in South Korea under local law.
3. https://www.youtube.com/@chorok_pharm_tv - channel terminated.

More on how we review legal requests: https://support.google.com/youtube/answer/6154230

Regards,
YouTube Legal Support
""",
)

# hand-written quoted-printable: the soft line break falls inside the first URL
YT_QP = """Hi,

Regarding your request KCSC-240909-03: we have reviewed the videos you fla=
gged. We=E2=80=99ve applied an age restriction to https://www.youtube.com/w=
atch?v=3DZk3vH8yWq1b, so it can now only be viewed by signed-in adult users=
.

The video https://www.youtube.com/watch?v=3DQm7tR2xLp0a was reviewed and do=
esn=E2=80=99t violate our Community Guidelines, so it will stay on YouTube.

Thanks,
The YouTube Team
"""
case(
    name="yt-qp-age-restricted-and-kept",
    date=d("2024-09-12 07:45"),
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    subject="Update on your request KCSC-240909-03",
    outcome="applied", classification="confirmation",
    imitates="YouTube review-outcome notice (age restriction / no violation), quoted-printable body",
    why="Zk3 age-restricted (URL split by a QP soft break); Qm7 does not violate the Guidelines and stays up",
    items={R3[1]: "restricted", R3[0]: "rejected"},
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{YT_QP}""",
)

case(
    name="yt-helpscout-channel-and-uploader-deleted",
    date=d("2024-09-14 11:30"),
    **{"from": "yt-ts-kr@youtube.com"},
    name_from="Dana (YouTube Trust & Safety)",
    subject="Re: KCSC-240909-03 [#88213]",
    reply_to_req="req-240909-03",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply in prose, one item per paragraph",
    why="channel terminated; Qm7 already deleted by the uploader before review",
    items={R3[2]: "removed", R3[0]: "not_found"},
    body="""Hi KCSC team,

Thanks for your patience. Two updates on KCSC-240909-03:

The channel https://www.youtube.com/@chorok_pharm_tv has been terminated for repeated violations of our policies.

When we went to review https://www.youtube.com/watch?v=Qm7tR2xLp0a, it had already been deleted by the uploader, so there was nothing left for us to action.

Best,
Dana
YouTube Trust & Safety

Conversation #88213
""",
)

case(
    name="yt-removed-plus-promise-on-channel",
    date=d("2024-09-11 16:02"),
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="[YTLEGAL-35520] KCSC-240909-03: partial update",
    reply_to_req="req-240909-03",
    outcome="applied", classification="confirmation",
    imitates="partial update in a ticket: one video removed, the channel only promised a review",
    why="Zk3 removed; the channel is only promised a review, so it stays pending",
    items={R3[1]: "removed", R3[2]: "pending"},
    body="""Hello,

The video https://www.youtube.com/watch?v=Zk3vH8yWq1b has been removed.

Our team will review the channel https://www.youtube.com/@chorok_pharm_tv in the coming days and we will update you in this ticket.

Regards,
YouTube Legal Support
""",
)

case(
    name="naver-cs-answer-korean-numbered",
    date=d("2024-09-13 14:20"),
    **{"from": "help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    subject=enc("[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240911-04)"),
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 answer mail (문의 답변), numbered Korean list with particles after the URLs",
    why="blog 201 게시중단; blog 388 already deleted by its author (not_found); the cafe posts are only promised a later reply",
    items={R4[0]: "removed", R4[1]: "not_found"},
    body="""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240911-04)에 대해 아래와 같이 답변드립니다.

1. https://blog.naver.com/haneul_shop0/223571100201 게시물은 운영정책 위반으로 게시중단 조치하였습니다.
2. https://blog.naver.com/haneul_shop0/223571100388 게시물은 확인 결과 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

나머지 카페 게시물은 카페 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.

※ 본 메일은 발신전용입니다. 추가 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
""",
)

NAVER_TABLE = f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240911-04)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>https://cafe.naver.com/pinkgarden77/8812</td><td>임시조치(30일)</td><td>2024-09-13</td></tr>
<tr><td>2</td><td>https://cafe.naver.com/pinkgarden77/8830</td><td>게시중단</td><td>2024-09-13</td></tr>
<tr><td>3</td><td>{KR_CAFE_URL_RAW}</td><td>해당 게시물 없음</td><td>-</td></tr>
</table>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>"""
case(
    name="naver-sijeong-result-html-table",
    date=d("2024-09-13 17:55"),
    **{"from": "policy@navercorp.com"},
    name_from=enc("NAVER 정책지원팀"),
    subject=enc("[회신] 시정요구 조치결과 통보 (KCSC-240911-04)"),
    reply_to_req="req-240911-04",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply as an HTML table (번호/URL/조치결과/조치일)",
    why="8812 임시조치 (restricted), 8830 게시중단 (removed), Korean-path cafe post 게시물 없음 (not_found)",
    items={R4[2]: "restricted", R4[3]: "removed", KR_CAFE_URL: "not_found"},
    type="html",
    body=NAVER_TABLE,
)

case(
    name="naver-fullwidth-parenthesis",
    date=d("2024-09-16 10:11"),
    **{"from": "cafe_help@naver.com"},
    name_from=enc("네이버 카페 고객센터"),
    subject="Re: KCSC-240911-04 게시물 삭제 요청",
    reply_to_req="req-240911-04",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe help desk reply, URL inside full-width parentheses followed by a particle",
    why="the post in （…）은 운영자 삭제 처리되었습니다: removed",
    items={R4[3]: "removed"},
    body="""안녕하세요, 네이버 카페 고객센터입니다.

요청하신 게시물（https://cafe.naver.com/pinkgarden77/8830）은 카페 운영원칙 위반으로 운영자 삭제 처리되었습니다.

감사합니다.
""",
)

NAVER_B64 = """안녕하세요. 네이버 블로그 운영팀입니다.

요청번호 KCSC-240911-04 관련하여, https://blog.naver.com/haneul_shop0/223571100388 게시글은 2024년 9월 14일 비공개 처리되었음을 알려드립니다.

감사합니다.
"""
case(
    name="naver-base64-korean-private",
    date=d("2024-09-14 15:00"),
    **{"from": "blog_help@naver.com"},
    name_from=enc("네이버 블로그"),
    subject="=?UTF-8?B?" + base64.b64encode("[네이버 블로그] 요청 처리 결과 안내".encode()).decode() + "?=",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team notice with base64 Korean body and RFC 2047 subject",
    why="blog post 388 비공개 처리: removed",
    items={R4[1]: "removed"},
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(NAVER_B64)}
""",
)

case(
    name="naver-echoed-report-blocks",
    date=d("2024-09-14 20:40"),
    **{"from": "report@navercorp.com"},
    name_from=enc("네이버 신고센터"),
    subject=enc("[네이버 신고센터] 신고 처리 결과 안내 (KCSC-240911-04)"),
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 result notice that echoes each report (접수 내역) before its 처리 결과",
    why="8812 블라인드 (removed); the Korean-path cafe post 임시조치 (restricted)",
    items={R4[2]: "removed", KR_CAFE_URL: "restricted"},
    body=f"""안녕하세요. 네이버 신고센터입니다.
접수하신 신고에 대한 처리 결과를 안내드립니다.

■ 신고 접수 내역
 - 접수번호: RPT-2409-00871
 - 신고 대상: https://cafe.naver.com/pinkgarden77/8812
 - 신고 사유: 불법 거래 게시물
■ 처리 결과
 - 블라인드 처리 (2024.09.14)

■ 신고 접수 내역
 - 접수번호: RPT-2409-00872
 - 신고 대상: {KR_CAFE_URL_RAW}
 - 신고 사유: 불법 거래 게시물
■ 처리 결과
 - 임시조치 (30일, 2024.09.14)

이용해 주셔서 감사합니다.
""",
)

case(
    name="kakao-cs-result-two-posts",
    date=d("2024-09-19 13:25"),
    **{"from": "noreply-cs@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    subject=enc("[카카오 고객센터] 신고 처리 결과 안내 (KCSC-240916-05)"),
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 신고 처리 결과 notice for Daum cafe posts",
    why="551 게시중단 (removed); 562 임시조치, 30일간 접근 제한 (restricted)",
    items={R5[0]: "removed", R5[1]: "restricted"},
    body="""안녕하세요, 카카오 고객센터입니다.

요청하신 다음 카페 게시글에 대한 처리 결과를 안내드립니다.

- https://cafe.daum.net/starlit_trade/Hq1x/551 : 게시중단
- https://cafe.daum.net/starlit_trade/Hq1x/562 : 임시조치 (30일간 접근 제한)

처리 결과에 대한 문의는 카카오 고객센터(https://cs.kakao.com)로 해 주시기 바랍니다.
감사합니다.
""",
)

case(
    name="kakao-toppost-korean-gmail-quote",
    date=d("2024-09-17 11:08"),
    **{"from": "seoyoon.park@kakaocorp.com"},
    name_from=enc("박서윤"),
    subject=enc("Re: KCSC-240916-05 다음 카페 게시물 삭제 요청"),
    reply_to_req="req-240916-05",
    outcome="applied", classification="confirmation",
    imitates="Kakao staff top-posted Korean reply over a Gmail-quoted request ('님이 작성:')",
    why="562 already deleted by its author (not_found); the other post is only quoted and promised a later reply",
    items={R5[1]: "not_found", R5[0]: "pending"},
    body="""안녕하세요.

요청하신 2건 중 https://cafe.daum.net/starlit_trade/Hq1x/562 게시글은 이미 작성자에 의해 삭제되어 확인되지 않습니다.
나머지 1건은 검토 후 회신드리겠습니다.

박서윤 드림
카카오 정책협력팀

2024년 9월 16일 (월) 오후 3:20, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 카카오 담당자님께,
>
> 아래 게시물에 대한 삭제를 요청드립니다. (KCSC-240916-05)
> https://cafe.daum.net/starlit_trade/Hq1x/551
> https://cafe.daum.net/starlit_trade/Hq1x/562
>
> 방송통신심의위원회 드림
""",
)

case(
    name="reddit-zendesk-solved-sole",
    date=d("2024-09-21 04:18"),
    **{"from": "legal-requests@reddit.com"},
    name_from="Reddit Legal",
    subject="[Reddit] Re: KCSC-240918-06 - Your request #9914230 has been solved",
    reply_to_req="req-240918-06",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    outcome="applied", classification="confirmation",
    imitates="Reddit (Zendesk) 'your request has been solved' with an agent comment",
    why="'removed it from Reddit' answers a one-item request without repeating its URL",
    items={R6[0]: "removed"},
    body="""##- Please type your reply above this line -##

Your request (9914230) has been solved. To reopen this request, reply to this email.

Reddit Legal (Reddit)

Sep 20, 2024, 12:17 PDT

Hi there,

Thanks for your report. We've reviewed the post you flagged and removed it from Reddit for violating our Content Policy.

Reddit Legal

This email is a service from Reddit Help.
""",
)

# ============================================================ REVIEW
case(
    name="tg-promise-will-be-removed",
    date=d("2024-09-04 18:30"),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req="req-240903-01",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="abuse-desk promise: 'will be removed within 24 hours'",
    why="a promise names two items but states nothing done",
    items={R1[0]: "pending", R1[1]: "pending"},
    body="""Hello,

Thank you for the report. The messages below will be removed from the channel within 24 hours:

https://t.me/dalbit_market/101
https://t.me/dalbit_market/117

We will confirm here once this is done.

Telegram Abuse
""",
)

case(
    name="x-hedge-appears-already-removed",
    date=d("2024-09-07 02:20"),
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="agent hedge in a case thread: 'it appears the post may already have been removed'",
    why="hedged and explicitly unconfirmed; the item stays pending",
    items={R2[1]: "pending"},
    body="""Hi,

We took a look at https://x.com/moonrise_deal/status/1831502233418800057. It appears the post may already have been removed, but we are still checking with the responsible team and cannot confirm this yet.

We'll come back to you with a final answer.

X Legal
""",
)

case(
    name="yt-jira-status-under-review",
    date=d("2024-09-10 09:00"),
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="[YTLEGAL-35520] Status changed to Under review: KCSC-240909-03",
    reply_to_req="req-240909-03",
    extra_headers=["Auto-Submitted: auto-generated"],
    outcome="review", classification="confirmation", review="not_understood",
    imitates="service-desk status-change notification (Open -> Under review) listing escalated items",
    why="names two videos but only says they are under review",
    items={R3[0]: "pending", R3[1]: "pending"},
    body="""Your request YTLEGAL-35520 changed status: Open -> Under review

Comment from YouTube Legal Support:

The following items have been escalated to our policy specialists and are under review:

- https://www.youtube.com/watch?v=Qm7tR2xLp0a
- https://www.youtube.com/watch?v=Zk3vH8yWq1b

You will receive another notification when the status changes.
""",
)

case(
    name="tg-bulk-all-links-taken-down",
    date=d("2024-09-09 22:05"),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="[Telegram Abuse] Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer", "X-Zendesk-Ticket-Id: 482117"],
    outcome="review", classification="confirmation", review="bulk",
    imitates="Zendesk 'solved' comment stating the whole request was handled without naming links",
    why="'All links listed in your request have been taken down' for a 12-item request names no item",
    items={u: "pending" for u in R1},
    body=f"""##- Please type your reply above this line -##

Your request (482117) has been solved. To reopen this request, reply to this email.

----------------------------------------------

Ops Desk (Telegram Abuse)

Sep 9, 2024, 17:05 GMT+4

Hello,

All links listed in your request KCSC-240903-01 have been taken down. We are closing this ticket.

Ops Desk

{ZD_FOOT}
""",
)

case(
    name="naver-bulk-all-five-korean",
    date=d("2024-09-17 09:40"),
    **{"from": "policy@navercorp.com"},
    name_from=enc("NAVER 정책지원팀"),
    subject=enc("[회신] KCSC-240911-04 게시중단 요청 처리 완료"),
    reply_to_req="req-240911-04",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Korean portal one-line completion notice for a whole request",
    why="요청하신 게시물 5건 전체에 대하여 게시중단: a statement about all five items naming none",
    items={u: "pending" for u in R4},
    body="""방송통신심의위원회 담당자님께,

요청하신 게시물 5건 전체에 대하여 게시중단 조치를 완료하였습니다.

네이버 주식회사 정책지원팀 드림
""",
)

case(
    name="x-dmarc-fail-claims-removed",
    date=d("2024-09-08 13:13"),
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240905-02 removal request",
    auth="fail",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="X-styled result from the X domain that fails DKIM/SPF/DMARC",
    why="platform domain but authentication failed: statements not trusted",
    items={R2[0]: "pending", R2[1]: "pending"},
    body="""Hello,

Both posts below have been removed from X:

https://x.com/moonrise_deal/status/1831502233418800001
https://x.com/moonrise_deal/status/1831502233418800057

X Legal
""",
)

case(
    name="tg-helpdesk-vendor-domain",
    date=d("2024-09-06 08:48"),
    **{"from": "support@telegram-abuse.freshdesk.com"},
    name_from="Telegram Abuse Support",
    subject="[#TS-90417] Re: KCSC-240903-01",
    extra_headers=["X-Mailer: Freshdesk"],
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="ticket reply sent from a helpdesk vendor's domain instead of the platform's own",
    why="sender domain belongs to no configured platform, although it names items with statuses",
    items={R1[3]: "pending", R1[4]: "pending"},
    body="""Hello,

https://t.me/hwarang_supply/58 has been removed.
https://t.me/hwarang_supply/63 has been removed.

Regards,
Telegram Abuse Support
""",
)

case(
    name="kakao-answers-about-naver-links",
    date=d("2024-09-13 10:30"),
    **{"from": "noreply-cs@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    subject=enc("[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240911-04)"),
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="Kakao help-centre answer about links that belong to NAVER",
    why="Kakao states the NAVER cafe posts cannot be found: a status for another platform's items",
    items={R4[2]: "pending", R4[3]: "pending"},
    body="""안녕하세요, 카카오 고객센터입니다.

문의하신 https://cafe.naver.com/pinkgarden77/8812, https://cafe.naver.com/pinkgarden77/8830 게시물은 당사 서비스(다음 카페)에서 확인되지 않습니다.
해당 게시물은 네이버 카페 게시물로 보이므로 네이버 측에 요청해 주시기 바랍니다.

감사합니다.
""",
)

case(
    name="reddit-asks-authorization",
    date=d("2024-09-19 05:02"),
    **{"from": "legal-requests@reddit.com"},
    name_from="Reddit Legal",
    subject="[Reddit] Re: KCSC-240918-06 - Your request #9914230 needs more information",
    reply_to_req="req-240918-06",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Zendesk 'pending: awaiting your reply' asking for the legal basis before acting",
    why="asks for documents before any decision; the item stays pending",
    items={R6[0]: "pending"},
    body="""##- Please type your reply above this line -##

Reddit Legal (Reddit)

Sep 18, 2024, 13:02 PDT

Hello,

Before we can act on https://www.reddit.com/r/kr_grey_market/comments/1fjq8zd/selling_docs_dm_open/ we need the following from you:

1. The specific provision of Korean law that the post violates.
2. A copy of the decision or order under which this request is made.

Please reply to this email with these documents. This request will be set to Solved if we don't hear from you within 14 days.

Reddit Legal
""",
)

case(
    name="kakao-ticket-answer-see-portal",
    date=d("2024-09-20 16:44"),
    **{"from": "noreply-cs@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    subject=enc("[카카오 고객센터] 문의하신 내용에 대한 답변이 등록되었습니다"),
    outcome="review", classification="other", review="no_claims",
    imitates="help-centre notice that an answer was posted in the portal, with no content",
    why="trusted Kakao mail that names no item and no request; the answer is only in the portal",
    items={},
    body="""안녕하세요, 카카오 고객센터입니다.

고객님께서 남겨주신 문의(접수번호 2409-7713052)에 대한 답변이 등록되었습니다.
답변 내용은 아래 링크에서 확인해 주세요.

답변 확인하기: https://cs.kakao.com/requests/2409-7713052

※ 본 메일은 발신전용입니다.
""",
)

case(
    name="x-staff-forward-of-global-decision",
    date=d("2024-09-10 15:27"),
    **{"from": "mchoi@x.com"},
    name_from="Minjun Choi",
    subject="Fwd: Case 0148822391 decision (KCSC-240905-02)",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="X Korea staff member forwarding the global legal team's decision",
    why="the statements sit in the forwarded message, not in the sender's own words",
    items={R2[2]: "pending", R2[3]: "pending"},
    body="""Hi, forwarding the decision from our global team below, FYI.

Minjun

---------- Forwarded message ---------
From: X Legal Global <legal-global@x.com>
Date: Tue, Sep 10, 2024 at 2:51 AM
Subject: Case 0148822391 decision
To: Minjun Choi <mchoi@x.com>

Hi Minjun,

For the Korean regulator's case: https://x.com/gganbu_trader/status/1831877001245500112 is withheld in KR now, and https://x.com/gganbu_trader/status/1831877001245500190 was removed for violating our rules.

Thanks
""",
)

# ============================================================ IGNORED
case(
    name="tg-zendesk-receipt-echoes-request",
    date=d("2024-09-03 15:12"),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="[Request received] KCSC-240903-01 Request for removal of illegal content",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated",
                   "X-Zendesk-Ticket-Id: 482117"],
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' receipt that echoes the submitted request",
    why="pure receipt: ticket created, our own request echoed, no statement",
    items={},
    body=f"""##- Please type your reply above this line -##

Your request (482117) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 3, 2024, 10:10 GMT+4

{REQ1_TEXT}

{ZD_FOOT}
""",
)

case(
    name="naver-receipt-korean",
    date=d("2024-09-11 10:07"),
    **{"from": "help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    subject=enc("[네이버 고객센터] 문의가 정상적으로 접수되었습니다. (KCSC-240911-04)"),
    reply_to_req="req-240911-04",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 접수 완료 receipt",
    why="receipt with a 접수번호 and a response-time promise only",
    items={},
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: 2409-118822
 - 접수일시: 2024.09.11 10:06

답변은 영업일 기준 3~5일 이내에 메일로 안내해 드리겠습니다.

※ 본 메일은 발신전용입니다.
""",
)

case(
    name="x-out-of-office-on-reminder",
    date=d("2024-09-13 09:01"),
    **{"from": "hana.yoon@x.com"},
    name_from="Hana Yoon",
    subject="Automatic reply: [Reminder] KCSC-240905-02: items still pending",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply to our reminder",
    why="out-of-office auto-reply",
    items={},
    body="""I'm out of the office until 23 September with limited access to email.

For urgent legal requests please write to legal@x.com and the team will pick it up.

Hana
""",
)

case(
    name="reddit-dsn-reminder-bounce",
    date=d("2024-09-26 09:00"),
    **{"from": "MAILER-DAEMON@redditmail.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    auth="none",
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for our reminder",
    why="DSN; the reminder inside names our request and URL but states nothing",
    items={},
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status;
	boundary="7B1C21E0A4.1727308800/mx3.redditmail.com"

This is a MIME-encapsulated message.

--7B1C21E0A4.1727308800/mx3.redditmail.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx3.redditmail.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal-kr@reddit.com>: host inbound.reddit.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@reddit.com>: Recipient address rejected: User unknown (in reply
    to RCPT TO command)

--7B1C21E0A4.1727308800/mx3.redditmail.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.redditmail.com
X-Postfix-Queue-ID: 7B1C21E0A4
Arrival-Date: Thu, 26 Sep 2024 08:59:58 +0900 (KST)

Final-Recipient: rfc822; legal-kr@reddit.com
Original-Recipient: rfc822;legal-kr@reddit.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound.reddit.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@reddit.com>: Recipient address
    rejected: User unknown

--7B1C21E0A4.1727308800/mx3.redditmail.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@reddit.com
Subject: [Reminder] KCSC-240918-06: 1 item still pending
Message-ID: <reminder.KCSC-240918-06.1@kcsc.example>
Date: Thu, 26 Sep 2024 08:59:50 +0900
Content-Type: text/plain; charset=utf-8

Dear Reddit,

Our request KCSC-240918-06 is past its deadline. Item still pending:
https://www.reddit.com/r/kr_grey_market/comments/1fjq8zd/selling_docs_dm_open/

KCSC Takedown Desk

--7B1C21E0A4.1727308800/mx3.redditmail.com--
""",
)

case(
    name="kakao-mdn-read-receipt",
    date=d("2024-09-16 16:02"),
    **{"from": "seoyoon.park@kakaocorp.com"},
    name_from=enc("박서윤"),
    subject=enc("읽음 확인: KCSC-240916-05 다음 카페 게시물 삭제 요청"),
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (message/disposition-notification) from a Kakao staff client",
    why="read receipt only",
    items={},
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_mdn_20240916160200"

------=_mdn_20240916160200
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 2024-09-16 16:02에 읽었습니다.
이 확인은 메시지가 화면에 표시되었다는 것만 알려 줍니다. 내용을 읽거나 이해했다는 보장은 없습니다.

------=_mdn_20240916160200
Content-Type: message/disposition-notification

Reporting-UA: seoyoon-pc; Thunderbird 115.14.0
Final-Recipient: rfc822;seoyoon.park@kakaocorp.com
Original-Message-ID: <req-240916-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_mdn_20240916160200--
""",
)

case(
    name="yt-legal-receipt-case-id",
    date=d("2024-09-09 14:33"),
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="[YTLEGAL-35520] We received your request: KCSC-240909-03",
    reply_to_req="req-240909-03",
    extra_headers=["Auto-Submitted: auto-generated"],
    outcome="ignored", classification="acknowledgement",
    imitates="service-desk 'request created' receipt with a case id",
    why="pure acknowledgement: request logged, no statement about any item",
    items={},
    body="""Thanks for contacting YouTube Legal Support.

This is an automated message to confirm that we received your request. Your request ID is YTLEGAL-35520; please keep it in the subject line of any reply.

We review requests in the order received and will contact you when we have an update.

YouTube Legal Support
""",
)

case(
    name="naver-ooo-korean",
    date=d("2024-09-12 08:15"),
    **{"from": "jiyoung.han@navercorp.com"},
    name_from=enc("한지영"),
    subject=enc("[자동회신] Re: KCSC-240911-04 게시중단 요청"),
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동회신)",
    why="out-of-office auto-reply",
    items={},
    body="""안녕하세요, 한지영입니다.
9월 19일까지 휴가로 부재중입니다. 메일 확인이 늦어질 수 있습니다.
긴급한 건은 policy@navercorp.com 으로 연락 부탁드립니다.
""",
)


HEADER = """# blind722: ticket systems and threads (Zendesk/Freshdesk/Jira/Help Scout-style
# receipts and results, follow-ups in the same thread, replies to reminders,
# partial answers, forwarded mail). Written by tests/corpus/blind722/make.py;
# expected results written from each email's meaning before any run of the
# reader. Each case is ingested alone into a fresh ledger holding requests.csv.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind722", HEADER, CASES)


if __name__ == "__main__":
    main()
