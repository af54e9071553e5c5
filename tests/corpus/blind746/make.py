#!/usr/bin/env python3
"""Blind set 746: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts
and results, solved tickets, follow-ups in the same thread, replies to our
reminders, partial answers and forwarded mail. Every email was written for
this set, in our own sentences, with fictional URLs, names and ids; the
expected results come from each email's meaning alone, written before the
reader was ever run on them.

    python3 tests/corpus/blind746/make.py

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
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

DOMAIN_NAMES = {
    "reddit.com": "Reddit",
    "discord.com": "Discord",
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
}
corpuslib.DOMAIN_NAMES.update(DOMAIN_NAMES)


def d(stamp, offset=9):
    """'2024-09-05 08:41:09' in UTC+offset -> RFC 5322 date."""
    dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    return format_datetime(dt.replace(tzinfo=timezone(timedelta(hours=offset))))


# ---------------------------------------------------------------- requests
R = {
    1: "https://www.reddit.com/r/seoulnightdeals/comments/1f7ka2x/vip_room_open_tonight/",
    2: "https://www.reddit.com/r/seoulnightdeals/comments/1f7kb9q/new_menu_list/",
    3: "https://www.reddit.com/r/seoulnightdeals/comments/1f7kc04/contact_via_tg/",
    4: "https://www.reddit.com/r/kpillshop/comments/1f6zz1m/fast_delivery_all_cities/",
    5: "https://www.reddit.com/r/kpillshop/comments/1f6zz8d/reviews_thread/",
    6: "https://www.reddit.com/r/kpillshop/comments/1f70a3k/price_update_sept/",
    7: "https://www.reddit.com/user/mintleaf_courier/comments/1f71b2c/dm_for_catalogue/",
    8: "https://www.reddit.com/r/koreabets/comments/1f72c8e/signup_bonus_code/",
    9: "https://www.reddit.com/r/koreabets/comments/1f72c8e/signup_bonus_code/lkq3x9a/",
    10: "https://www.reddit.com/r/koreabets/comments/1f73d1f/live_odds_tonight/",
    11: "https://www.reddit.com/r/koreabets/",
    12: "https://www.reddit.com/user/mintleaf_courier/",
    13: "https://old.reddit.com/r/seoulnightdeals/comments/1f74e6a/ask_me_anything_pricing/",
}
D = {
    1: "https://discord.gg/nightmarket24",
    2: "https://discord.com/channels/1189023344556677889/1189023344556677901",
    3: "https://discord.com/channels/1189023344556677889/1189023344556677901/1281557700112233445",
    4: "https://discord.gg/kpills-vip",
}
T = {
    1: "https://t.me/hanriver_deals",
    2: "https://t.me/hanriver_deals/5521",
    3: "https://t.me/s/bluepill_kr/208",
}
K3_RAW = "https://greenlamp77.tistory.com/entry/오늘의-추천"
K = {
    1: "https://cafe.daum.net/moonlitclub/Ab3x/412",
    2: "https://cafe.daum.net/moonlitclub/Ab3x/415",
    3: "https://greenlamp77.tistory.com/entry/%EC%98%A4%EB%8A%98%EC%9D%98-%EC%B6%94%EC%B2%9C",
    4: "https://greenlamp77.tistory.com/38",
    5: "https://cafe.daum.net/moonlitclub/Ab3x/420",
}
X = {
    1: "https://x.com/seoul_vipline/status/1833012345678901234",
    2: "https://x.com/seoul_vipline",
}
Y1 = "https://www.youtube.com/watch?v=Qm7rT2xLp9A"
N = {
    1: "https://blog.naver.com/sunnyfield_22/223567890123",
    2: "https://cafe.naver.com/bluehouse77/90211",
}

REQS = [
    # ref, platform, sent_at, due_at, category, message id, urls, note
    ("KCSC-240903-01", "reddit", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "drugs_and_sex_trade", "req-240903-01@kcsc.example", [R[i] for i in range(1, 14)],
     "three communities, one user"),
    ("KCSC-240905-02", "discord", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "drugs", "req-240905-02@kcsc.example", [D[i] for i in range(1, 5)], ""),
    ("KCSC-240909-03", "telegram", "2024-09-09T14:30:00+09:00", "2024-09-16T18:00:00+09:00",
     "sex_trade", "req-240909-03@kcsc.example", [T[i] for i in range(1, 4)], ""),
    ("KCSC-240910-04", "daum", "2024-09-10T09:30:00+09:00", "2024-09-17T18:00:00+09:00",
     "gambling", "req-240910-04@kcsc.example", [K[i] for i in range(1, 6)], "cafe and tistory"),
    ("KCSC-240912-05", "x", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "sex_trade", "req-240912-05@kcsc.example", [X[1], X[2]], ""),
    ("KCSC-240916-06", "youtube", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00",
     "gambling", "req-240916-06@kcsc.example", [Y1], ""),
    ("KCSC-240918-07", "naver", "2024-09-18T10:00:00+09:00", "2024-09-25T18:00:00+09:00",
     "drugs", "req-240918-07@kcsc.example", [N[1], N[2]], ""),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, urls, note in REQS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REDDIT_REQUEST_TEXT = "Dear Reddit Legal,\n\nUnder the Act on the Establishment and Operation of the Korea\nCommunications Standards Commission, we ask you to remove the\nfollowing 13 items (request KCSC-240903-01):\n\n" + "\n".join(R[i] for i in range(1, 14)) + "\n\nKCSC Takedown Desk"

REDDIT_REMINDER_TEXT = "Dear Reddit,\n\nOur records show that the following items of request KCSC-240903-01\nare still pending after the deadline of 10 September:\n\n" + "\n".join(R[i] for i in range(6, 14)) + "\n\nPlease tell us what action was taken on each of them.\n\nKCSC Takedown Desk"

ZD_TOP = "##- Reply above this line to add to this request -##"
ZD_FOOT = "--------------------------------\nThis email is a service from Reddit Help. [ZD-4412983]"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= Reddit
case(
    name="rd-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk auto-reply trigger: 'your request has been received, ticket #N'",
    why="pure receipt with a ticket number; no statement about any item",
    **{"from": "legalops@reddit.com"}, name_from="Reddit Legal Operations",
    date=d("2024-09-03 10:02:41"),
    subject="[Reddit Legal] Request received: KCSC-240903-01 removal request (13 URLs) [#4412983]",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""{ZD_TOP}

Hello,

Thanks for contacting Reddit. This automated message confirms that we
received your request and created ticket #4412983 for it. Someone from
our Legal Operations team will look at it and answer on this thread.

Please don't open a new ticket about the same matter. If you have more
to add, just reply to this email.

Subject: KCSC-240903-01 removal request (13 URLs)
Submitted: Sep 3, 2024, 01:00 UTC

Reddit Legal Operations

{ZD_FOOT}
""",
    items={},
)

case(
    name="rd-zendesk-update-first-five",
    outcome="applied", classification="confirmation",
    imitates="Zendesk public agent comment (ticket update) with a per-link outcome list",
    why="five URLs each with its own outcome: removed, removed, deleted by author, removed, no violation",
    **{"from": "legalops@reddit.com"}, name_from="Reddit Legal Operations",
    date=d("2024-09-05 08:41:09", 0),
    subject="[Reddit Legal] Re: KCSC-240903-01 removal request (13 URLs) [#4412983]",
    reply_to_req="req-240903-01",
    body=f"""{ZD_TOP}

Dana P. (Reddit Legal Operations)

Sep 5, 2024, 08:41 UTC

Hello KCSC team,

We finished reviewing the first five links of your request. Outcome
for each:

- {R[1]} - removed by Reddit admins
- {R[2]} - removed by Reddit admins
- {R[3]} - no action possible: the post had already been deleted by its author before we reached it
- {R[4]} - removed
- {R[5]} - reviewed; we found no violation of Reddit's Content Policy or of the local law cited, so it stays up

The other eight links are still with the team and we'll update this
ticket when we have answers for them.

More on how we handle government requests:
https://www.redditinc.com/policies/transparency-report

Kind regards,
Dana
Reddit Legal Operations

{ZD_FOOT}
""",
    items={R[1]: "removed", R[2]: "removed", R[3]: "not_found", R[4]: "removed", R[5]: "rejected"},
)

case(
    name="rd-reply-to-our-reminder",
    outcome="applied", classification="confirmation",
    imitates="Agent's top-posted reply in a Zendesk thread over our quoted reminder",
    why="two URLs stated removed above the quote; the quoted reminder's list states nothing; the bonus thread is still under review",
    **{"from": "legalops@reddit.com"}, name_from="Marcus (Reddit Legal Operations)",
    date=d("2024-09-11 14:20:00", 0),
    subject="Re: [Reminder] KCSC-240903-01: items still pending after the deadline [#4412983]",
    reply_to_req="reminder-240903-01-1",
    body=f"""Hi,

Thanks for the nudge. Update on two of the outstanding links:

{R[6]} has been removed.
{R[7]} has been removed as well.

The signup-bonus thread in r/koreabets is still with our legal team;
we'll come back to you on that one and on the rest.

Marcus
Reddit Legal Operations

On Wed, 11 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REDDIT_REMINDER_TEXT)}
""",
    items={R[6]: "removed", R[7]: "removed", R[8]: "pending"},
)

case(
    name="rd-html-table-second-batch",
    outcome="applied", classification="confirmation",
    imitates="Zendesk HTML notification with an outcome table pasted by the agent",
    why="HTML table: two removed, one geo-restricted in Korea, a banned community, a permanently suspended account",
    **{"from": "legalops@reddit.com"}, name_from="Reddit Legal Operations",
    date=d("2024-09-12 06:15:00", 0),
    subject="[Reddit Legal] Re: KCSC-240903-01 removal request (13 URLs) [#4412983]",
    reply_to_req="req-240903-01",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#b5b5b5">##- Reply above this line to add to this request -##</p>
<p><b>Priya S.</b> (Reddit Legal Operations)<br>Sep 12, 2024, 06:15 UTC</p>
<p>Hello,</p>
<p>Here is the outcome for the next batch of links from your request:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td><a href="{R[8]}">{R[8]}</a></td><td>Removed</td></tr>
<tr><td><a href="{R[9]}">{R[9]}</a></td><td>Removed (comment)</td></tr>
<tr><td><a href="{R[10]}">{R[10]}</a></td><td>Restricted: unavailable to users in South Korea</td></tr>
<tr><td><a href="{R[11]}">{R[11]}</a></td><td>Community banned</td></tr>
<tr><td><a href="{R[12]}">{R[12]}</a></td><td>Account permanently suspended; profile no longer available</td></tr>
</table>
<p>One link remains open and we will report on it separately.</p>
<p>Best,<br>Priya<br>Reddit Legal Operations</p>
<p style="color:#b5b5b5">This email is a service from Reddit Help. [ZD-4412983]</p>
</body></html>
""",
    items={R[8]: "removed", R[9]: "removed", R[10]: "restricted", R[11]: "removed", R[12]: "removed"},
)

CSV_ROWS = [
    ("url", "action", "notes"),
    (R[1], "Removed", "Content Policy - illegal transactions"),
    (R[2], "Removed", "Content Policy - illegal transactions"),
    (R[3], "Not found", "deleted by author before review"),
    (R[4], "Removed", ""),
    (R[5], "No action", "no violation found"),
    (R[6], "Removed", ""),
    (R[7], "Removed", ""),
    (R[8], "Removed", ""),
    (R[9], "Removed", "comment"),
    (R[10], "Restricted in KR", "geo-restriction under local law"),
    (R[11], "Subreddit banned", ""),
    (R[12], "Account suspended", "permanent"),
    (R[13], "No action", "no violation found"),
]
_cb = io.StringIO()
csv.writer(_cb, lineterminator="\r\n").writerows(CSV_ROWS)
CSV_B64 = base64.encodebytes(_cb.getvalue().encode()).decode().rstrip("\n")

case(
    name="rd-solved-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification with the outcome log attached as CSV",
    why="CSV lists all 13 URLs with removed / not found / no action / restricted in KR / banned / suspended",
    **{"from": "legalops@reddit.com"}, name_from="Reddit Legal Operations",
    date=d("2024-09-13 03:02:00", 0),
    subject="[Reddit Legal] Solved: KCSC-240903-01 removal request (13 URLs) [#4412983]",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="zd-4412983-mixed"

--zd-4412983-mixed
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{ZD_TOP}

Your request (#4412983) has been solved. To reopen it, reply to this
email.

Dana P. (Reddit Legal Operations)

Hello,

We have finished our review of all links in your request. The outcome
for each URL is in the attached file outcome_4412983.csv.

Kind regards,
Dana

{ZD_FOOT}

--zd-4412983-mixed
Content-Type: text/csv; charset=utf-8; name="outcome_4412983.csv"
Content-Disposition: attachment; filename="outcome_4412983.csv"
Content-Transfer-Encoding: base64

{CSV_B64}
--zd-4412983-mixed--
""",
    items={R[1]: "removed", R[2]: "removed", R[3]: "not_found", R[4]: "removed", R[5]: "rejected",
           R[6]: "removed", R[7]: "removed", R[8]: "removed", R[9]: "removed", R[10]: "restricted",
           R[11]: "removed", R[12]: "removed", R[13]: "rejected"},
)

case(
    name="rd-solved-all-removed-bulk",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Zendesk 'request solved' with a one-line summary instead of per-link outcomes",
    why="'all of the reported content has been removed' for a 13-item request names no URL: bulk",
    **{"from": "legalops@reddit.com"}, name_from="Reddit Legal Operations",
    date=d("2024-09-13 09:30:00", 0),
    subject="[Reddit Legal] Solved: KCSC-240903-01 removal request (13 URLs) [#4412983]",
    reply_to_req="req-240903-01",
    body=f"""{ZD_TOP}

Your request (#4412983) has been solved. To reopen it, reply to this
email.

Marcus (Reddit Legal Operations)

Hi,

Following our earlier messages: all of the reported content in
KCSC-240903-01 has now been removed from Reddit. We're marking this
request as solved.

Marcus

{ZD_FOOT}
""",
    items={},
)

case(
    name="rd-will-remove-after-review",
    outcome="review", review="not_understood",
    imitates="Agent comment on an open ticket giving an expected timeline",
    why="'will be removed once our review completes' and 'still reviewing' are promises, not statements",
    **{"from": "legalops@reddit.com"}, name_from="Reddit Legal Operations",
    date=d("2024-09-10 22:05:00", 0),
    subject="[Reddit Legal] Re: KCSC-240903-01 removal request (13 URLs) [#4412983]",
    reply_to_req="req-240903-01",
    body=f"""{ZD_TOP}

Priya S. (Reddit Legal Operations)

Hello,

A quick status note so you're not left waiting. The post at

{R[13]}

will be removed once our review completes; we expect that within the
next two business days. We are also still reviewing
{R[10]}
with our counsel in Korea.

Best,
Priya

{ZD_FOOT}
""",
    items={R[13]: "pending", R[10]: "pending"},
)

case(
    name="rd-zendesk-default-sender",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from the default <brand>.zendesk.com address",
    why="states two removals but comes from zendesk.com, not a Reddit sender domain",
    **{"from": "support@redditlegal.zendesk.com"}, name_from="Reddit Legal Operations",
    date=d("2024-09-06 04:11:00", 0),
    subject="[Reddit Legal] Re: KCSC-240903-01 removal request (13 URLs) [#4412983]",
    reply_to_req="req-240903-01",
    body=f"""{ZD_TOP}

Dana P. (Reddit Legal Operations)

Hello,

The following two posts have been removed by Reddit admins:

{R[1]}
{R[2]}

Regards,
Dana

--------------------------------
This email is a service from Reddit Legal Operations (redditlegal.zendesk.com).
""",
    items={R[1]: "pending", R[2]: "pending"},
)

case(
    name="rd-dkim-fail",
    outcome="review", review="untrusted",
    imitates="Agent reply relayed through a path that broke DKIM (dmarc=fail)",
    why="reddit.com in From but DMARC fails: not trusted",
    **{"from": "legalops@reddit.com"}, name_from="Reddit Legal Operations",
    auth="fail",
    date=d("2024-09-06 11:00:00", 0),
    subject="Re: KCSC-240903-01 removal request (13 URLs) [#4412983]",
    reply_to_req="req-240903-01",
    body=f"""Hello,

{R[2]} has been removed.

Reddit Legal Operations
""",
    items={R[2]: "pending"},
)

case(
    name="rd-links-below-headings",
    outcome="applied", classification="confirmation",
    imitates="Help Scout style plain reply grouping links under action headings",
    why="one URL under 'Removed:', two under 'No action taken' with the reason (no violation)",
    **{"from": "legalops@reddit.com"}, name_from="Reddit Legal",
    date=d("2024-09-08 02:40:00", 0),
    subject="Re: KCSC-240903-01 removal request (13 URLs)",
    reply_to_req="req-240903-01",
    body=f"""Hello,

After reviewing under Reddit's Content Policy and applicable law, we
took the following actions on request KCSC-240903-01.

Removed:
{R[4]}

No action taken - we did not find that this content breaks our
policies or the law you cited:
{R[5]}
{R[6]}

If you have further information about the last two, reply to this
email and we will take another look.

Reddit Legal
""",
    items={R[4]: "removed", R[5]: "rejected", R[6]: "rejected"},
)

case(
    name="rd-asks-legal-basis",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk ticket set to Pending: agent asks the requester for documents",
    why="asks for the legal provision and the decision before acting on one URL",
    **{"from": "legalops@reddit.com"}, name_from="Reddit Legal Operations",
    date=d("2024-09-09 07:25:00", 0),
    subject="[Reddit Legal] Re: KCSC-240903-01 removal request (13 URLs) [#4412983]",
    reply_to_req="req-240903-01",
    body=f"""{ZD_TOP}

Priya S. (Reddit Legal Operations)

Hello,

Before we can act on
{R[10]}
we need two things from you:

1. the specific provision of Korean law the post is said to breach, and
2. a copy of the Commission's decision covering this URL.

Could you reply to this email with both? The ticket will stay pending
until we hear back.

Thanks,
Priya

{ZD_FOOT}
""",
    items={R[10]: "pending"},
)

case(
    name="rd-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply from a platform employee",
    why="out-of-office auto-reply",
    **{"from": "m.okafor@reddit.com"}, name_from="Marcus Okafor",
    date=d("2024-09-11 09:00:40"),
    subject="Automatic reply: [Reminder] KCSC-240903-01: items still pending after the deadline",
    reply_to_req="reminder-240903-01-1",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Hi,

I'm out of the office until Monday 16 September with limited access to
email. For anything urgent about legal requests please write to
legalops@reddit.com and a colleague will pick it up.

Thanks,
Marcus
""",
    items={},
)

QP_TEXT = f"""Hello,

Two more updates on your request KCSC-240903-01 (ticket #4412983):

The user account <{R[12]}> has been permanently suspended and its profile is no longer accessible.

The post <{R[13]}> was removed by our Safety team on 12 September.

That\u2019s everything we had open on our side.

Marcus \u2014 Reddit Legal Operations
"""
case(
    name="rd-quoted-printable-angle-urls",
    outcome="applied", classification="confirmation",
    imitates="Agent reply sent quoted-printable, long URLs in angle brackets split by soft line breaks",
    why="suspended account (profile inaccessible) and removed post, both named by URL",
    **{"from": "legalops@reddit.com"}, name_from="Reddit Legal Operations",
    date=d("2024-09-12 18:44:00", 0),
    subject="Re: KCSC-240903-01 removal request (13 URLs) [#4412983]",
    reply_to_req="req-240903-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + quopri.encodestring(QP_TEXT.encode("utf-8")).decode("ascii"),
    items={R[12]: "removed", R[13]: "removed"},
)

case(
    name="rd-removed-and-conditional",
    outcome="applied", classification="confirmation",
    imitates="Agent comment: one removal done, another left to subreddit moderators first",
    why="R2 removed; R7 only conditionally ('if they have not ... we will remove it'), stays pending",
    **{"from": "legalops@reddit.com"}, name_from="Reddit Legal Operations",
    date=d("2024-09-07 01:30:00", 0),
    subject="[Reddit Legal] Re: KCSC-240903-01 removal request (13 URLs) [#4412983]",
    reply_to_req="req-240903-01",
    body=f"""{ZD_TOP}

Dana P. (Reddit Legal Operations)

Hi,

{R[2]} was removed this morning.

For {R[7]}, we have asked the account owner's
community moderators to take it down; if it is still up in 48 hours we
will remove it ourselves.

Dana

{ZD_FOOT}
""",
    items={R[2]: "removed", R[7]: "pending"},
)

case(
    name="rd-jira-resolved-done",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification: request resolved as Done with a comment",
    why="a comment URL and a post URL each stated removed; the comment URL extends the post R8, which is not spoken about",
    **{"from": "tns-requests@reddit.com"}, name_from="Reddit Trust & Safety",
    date=d("2024-09-10 16:02:00", 0),
    subject="[TNS-8841] KCSC-240903-01: r/koreabets items",
    body=f"""------------------------------------
Reply above this line.

Priya S. resolved this as Done.

Priya S. commented:

Hi, both links assigned to this sub-request have been handled:

* {R[9]} - comment removed
* {R[10]} - post removed and the thread locked

View request - Turn off this request's notifications

This is shared with KCSC Takedown.

Reddit Trust & Safety help center, powered by Jira Service Management, sent you this message.
""",
    items={R[9]: "removed", R[10]: "removed"},
)

case(
    name="rd-helpscout-numbered",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply with a numbered status list",
    why="numbered list of seven URLs: removed, removed, invalid link, removed, left up (no rule broken), removed, removed",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d("2024-09-09 23:10:00", 0),
    subject="Re: KCSC-240903-01 removal request (13 URLs) [#4412983]",
    reply_to_req="req-240903-01",
    body=f"""Hi there,

Thanks for your patience. Here's where things stand on the first seven
links of KCSC-240903-01:

1. {R[1]} - removed
2. {R[2]} - removed
3. {R[3]} - nothing found: no post exists at this address any more
4. {R[4]} - removed
5. {R[5]} - left up, it does not break Reddit's rules
6. {R[6]} - removed
7. {R[7]} - removed

We'll follow up on links 8 to 13 in this same conversation.

Warmly,
Sam
Reddit Legal

--
Reply to this email to continue the conversation. Conversation #118230
""",
    items={R[1]: "removed", R[2]: "removed", R[3]: "not_found", R[4]: "removed",
           R[5]: "rejected", R[6]: "removed", R[7]: "removed"},
)

case(
    name="rd-outlook-over-original",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' holding our whole request",
    why="one line about the community URL above the original message; the quoted request states nothing",
    **{"from": "legalops@reddit.com"}, name_from="Reddit Legal Operations",
    date=d("2024-09-06 20:00:00", 0),
    subject="RE: KCSC-240903-01 removal request (13 URLs)",
    reply_to_req="req-240903-01",
    body=f"""Hello,

{R[11]}: the community has been banned and is no longer accessible.

We are still working through the other links.

Marcus Okafor
Reddit Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legalops@reddit.com
Subject: KCSC-240903-01 removal request (13 URLs)

{REDDIT_REQUEST_TEXT}
""",
    items={R[11]: "removed"},
)

# ================================================================= Discord
DC_TOP = "##- Please type your reply above this line -##"

case(
    name="dc-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord support (Zendesk) 'your request has been received' auto-reply",
    why="receipt with a ticket number only",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d("2024-09-05 11:03:12"),
    subject="[Discord] Re: KCSC-240905-02 removal request [#31877204]",
    reply_to_req="req-240905-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""{DC_TOP}

Your request (31877204) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord Trust & Safety
""",
    items={},
)

case(
    name="dc-partial-disabled-and-unknown-channel",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety agent reply on a Zendesk ticket, partial answer",
    why="invite disabled + server removed (removed); channel link does not exist (not_found); two links left open",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d("2024-09-07 16:12:00", 0),
    subject="[Discord] Re: KCSC-240905-02 removal request [#31877204]",
    reply_to_req="req-240905-02",
    body=f"""{DC_TOP}

Kai (Discord Trust & Safety)

Sep 7, 2024, 16:12 GMT

Hi there,

Thanks for reaching out. We've investigated the reported server.

The invite {D[1]} has been disabled and the server it
pointed to was removed from Discord for violating our Community
Guidelines.

The channel link {D[2]}
does not exist: we have no record of that channel on our side.

We're still looking at the remaining two links and will reply here.

Best,
Kai
Discord Trust & Safety
""",
    items={D[1]: "removed", D[2]: "not_found"},
)

case(
    name="dc-followup-over-own-quote",
    outcome="applied", classification="confirmation",
    imitates="Second agent reply in the same thread, Gmail quoting of the first",
    why="message link deleted and invite (written without scheme) revoked with its server removed; the quoted earlier reply does not count",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d("2024-09-09 10:30:00", 0),
    subject="[Discord] Re: KCSC-240905-02 removal request [#31877204]",
    reply_to_req="req-240905-02",
    body=f"""Hello again,

Following up on our previous reply: the message at
{D[3]}
has now been deleted, and the invite discord.gg/kpills-vip has been
revoked and the server behind it removed.

This completes our review of request KCSC-240905-02.

Best,
Kai
Discord Trust & Safety

On Sat, Sep 7, 2024 at 4:12 PM Discord Trust & Safety <safety@discord.com> wrote:
> Hi there,
>
> The invite {D[1]} has been disabled and the server it
> pointed to was removed from Discord.
>
> We're still looking at the remaining links and will reply here.
""",
    items={D[3]: "removed", D[4]: "removed"},
)

case(
    name="dc-appears-taken-down",
    outcome="review", review="not_understood",
    imitates="Help Scout style first response that guesses at the state of a server",
    why="'appears to have been taken down already, possibly by its owner' is a hedge; confirmation promised later",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d("2024-09-06 03:40:00", 0),
    subject="Re: KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    body=f"""Hi,

Thanks for the report. From what we can see, the server behind
{D[1]} appears to have been taken down already,
possibly by its owner. We'll confirm once our team has finished
checking.

Discord Trust & Safety
""",
    items={D[1]: "pending"},
)

case(
    name="dc-answers-telegram-links",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="Platform reply to a request misaddressed to it: 'these links are not on our service'",
    why="Discord states not-found for three Telegram items",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d("2024-09-10 05:20:00", 0),
    subject="[Discord] Re: KCSC-240909-03 [#31880511]",
    body=f"""{DC_TOP}

Kai (Discord Trust & Safety)

Hello,

We received your request KCSC-240909-03. The three links in it are
Telegram links, not Discord ones, and we could not find any of them on
Discord:

{T[1]}
{T[2]}
{T[3]}

You may want to contact Telegram directly about them.

Best,
Kai
""",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending"},
)

case(
    name="dc-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 disposition notification (read receipt) from an agent's mail client",
    why="MDN: displayed, nothing more",
    **{"from": "kai.lindqvist@discord.com"}, name_from="Kai Lindqvist",
    date=d("2024-09-05 18:02:00", 0),
    subject="Read: KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0905"

--mdn-0905
Content-Type: text/plain; charset=utf-8

Your message

  To: safety@discord.com
  Subject: KCSC-240905-02 removal request
  Sent: Thursday, September 5, 2024 2:00:00 AM (UTC)

was read on Thursday, September 5, 2024 6:01:57 PM (UTC).

--mdn-0905
Content-Type: message/disposition-notification

Reporting-UA: kai.lindqvist@discord.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;kai.lindqvist@discord.com
Original-Message-ID: <req-240905-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0905--
""",
    items={},
)

case(
    name="dc-link-outcome-pairs",
    outcome="applied", classification="confirmation",
    imitates="Ticket 'Solved' notice with Link / Outcome field pairs",
    why="channel: no action, no guideline violation (rejected); message: removed",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d("2024-09-11 12:00:00", 0),
    subject="[Discord] Solved: KCSC-240905-02 removal request [#31877204]",
    reply_to_req="req-240905-02",
    body=f"""{DC_TOP}

Ticket #31877204 - Status: Solved

Report outcome

Link: {D[2]}
Outcome: No action. After review, the channel's content does not
violate Discord's Community Guidelines.

Link: {D[3]}
Outcome: Message removed.

If you believe we got this wrong, reply to this email within 7 days to
reopen the ticket.

Discord Trust & Safety
""",
    items={D[2]: "rejected", D[3]: "removed"},
)

case(
    name="dc-closed-inactivity-no-claims",
    outcome="review", review="no_claims",
    imitates="Zendesk automation: 'your request was closed due to inactivity'",
    why="trusted Discord mail, names no item and no request we know (only its own ticket number)",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d("2024-09-20 00:00:05", 0),
    subject="[Discord] Your request #31877204 has been closed",
    body=f"""{DC_TOP}

Hello,

We haven't heard back from you, so request #31877204 has been closed.
If you still need help, please submit a new request at
https://dis.gd/request and mention this ticket number.

Discord Trust & Safety
""",
    items={},
)

# ================================================================= Telegram
case(
    name="tg-case-bullets-global-and-kr",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA/abuse desk reply with a case number and bullet list",
    why="channel and its post blocked for all users (removed); a post unavailable in South Korea (restricted)",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date=d("2024-09-11 19:05:00", 0),
    subject="Re: KCSC-240909-03 [Case #4410987]",
    reply_to_req="req-240909-03",
    body=f"""Hello,

Thank you for your report regarding KCSC-240909-03 (Case #4410987).
We have taken the following action:

\u2022 {T[1]} - channel blocked for all users for violating the Telegram Terms of Service
\u2022 {T[2]} - blocked together with the channel
\u2022 {T[3]} - this post is now unavailable to users in South Korea under local law

Best regards,
Telegram DSA team
""",
    items={T[1]: "removed", T[2]: "removed", T[3]: "restricted"},
)

case(
    name="tg-case-number-only-not-found",
    outcome="applied", classification="confirmation",
    imitates="Telegram follow-up that quotes only its own case number",
    why="names the URL and says it could not be found / is no longer present",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date=d("2024-09-12 08:44:00", 0),
    subject="Case #4410987",
    body=f"""Hello,

Regarding Case #4410987: we were unable to find the message at
{T[3]}. It is no longer present in the channel.

Telegram DSA team
""",
    items={T[3]: "not_found"},
)

case(
    name="tg-dsn-reminder-bounced",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report, 550 5.1.1)",
    why="our reminder bounced; the returned copy lists a URL but this is a DSN",
    **{"from": "MAILER-DAEMON@mail-out.telegram.org"}, name_from="Mail Delivery System",
    date=d("2024-09-17 09:00:12"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-91702"

--dsn-91702
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mx1.telegram.org said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--dsn-91702
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out.telegram.org
Arrival-Date: Tue, 17 Sep 2024 09:00:10 +0900

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--dsn-91702
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: [Reminder] KCSC-240909-03: items still pending
Message-ID: <reminder-240909-03-1@kcsc.example>
Date: Tue, 17 Sep 2024 09:00:00 +0900

The following item of request KCSC-240909-03 is still pending:
{T[2]}

--dsn-91702--
""",
    items={},
)

case(
    name="tg-forwarded-colleague-answer",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Agent re-sends a colleague's earlier answer with a 'Forwarded message' block",
    why="the only statement is inside the forwarded block; its own authentication cannot be checked",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date=d("2024-09-13 10:00:00", 0),
    subject="Fwd: Re: KCSC-240909-03",
    body=f"""Hello,

My colleague's answer of 12 September below seems not to have reached
you, so I am sending it again.

Regards,
Telegram DSA team

---------- Forwarded message ---------
From: Telegram DSA <dsa@telegram.org>
Date: Thu, 12 Sep 2024 at 11:20
Subject: Re: KCSC-240909-03
To: KCSC Takedown <takedown@kcsc.example>

Hello,

The channel {T[1]} has been blocked for violating the Telegram Terms
of Service.

Telegram DSA team
""",
    items={T[1]: "pending"},
)

case(
    name="tg-thanks-received-plus-blocked",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk receipt that also gives the outcome",
    why="acknowledgement phrase plus an unhedged statement: channel already blocked",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-09 21:15:00", 0),
    subject="Re: KCSC-240909-03",
    reply_to_req="req-240909-03",
    body=f"""Thank you for your report, we have received it (Case #4411502).

The channel {T[1]} has already been blocked on Telegram
following earlier reports.

Telegram Abuse team
""",
    items={T[1]: "removed"},
)

# ================================================================= Kakao / Daum
case(
    name="kk-receipt-korean",
    outcome="ignored", classification="acknowledgement",
    imitates="카카오 고객센터 '문의 접수 완료' 자동 안내",
    why="접수번호만 알리는 접수 확인",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d("2024-09-10 09:31:00"),
    subject="[카카오 고객센터] 문의가 접수되었습니다 - KCSC-240910-04 게시물 삭제 요청",
    reply_to_req="req-240910-04",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 2409-1034-5521
접수일시: 2024.09.10 09:30

담당자가 내용을 확인한 뒤 순서대로 답변드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.

카카오 고객센터
""",
    items={},
)

case(
    name="kk-result-pipe-table",
    outcome="applied", classification="confirmation",
    imitates="카카오 권리보호센터 처리 결과 안내 (텍스트 표)",
    why="게시중단(삭제) removed, 임시조치(30일) restricted, raw Korean tistory path 삭제 removed",
    **{"from": "rights@kakaocorp.com"}, name_from="카카오 권리보호센터",
    date=d("2024-09-12 15:20:00"),
    subject="[카카오] KCSC-240910-04 처리 결과 안내 (접수번호 2409-1034-5521)",
    reply_to_req="req-240910-04",
    body=f"""안녕하세요. 카카오 권리보호센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240910-04)의 처리 결과를
아래와 같이 안내드립니다.

| 번호 | URL | 처리 결과 |
| 1 | {K[1]} | 게시중단(삭제) |
| 2 | {K[2]} | 임시조치(30일) |
| 3 | {K3_RAW} | 삭제 |

나머지 2건은 확인이 끝나는 대로 별도로 안내드리겠습니다.

감사합니다.
카카오 권리보호센터
""",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "removed"},
)

case(
    name="kk-url-with-particles",
    outcome="applied", classification="confirmation",
    imitates="카카오 담당자 회신 (문장 속 URL 뒤에 조사)",
    why="URL+'은' 블라인드 처리 (removed); URL+'의 경우' 국내 접근 제한 (restricted)",
    **{"from": "rights@kakaocorp.com"}, name_from="카카오 권리보호센터",
    date=d("2024-09-13 11:05:00"),
    subject="RE: KCSC-240910-04 게시물 삭제 요청",
    reply_to_req="req-240910-04",
    body=f"""안녕하세요, 카카오 권리보호센터 김서윤입니다.

요청하신 게시물 중 {K[4]}은 운영정책 위반으로 블라인드 처리되었습니다.
또한 {K[5]}의 경우 국내 이용자 대상 접근 제한 조치를 하였습니다.

추가 문의 사항은 이 메일로 회신 주시기 바랍니다.

김서윤 드림
""",
    items={K[4]: "removed", K[5]: "restricted"},
)

case(
    name="kk-will-act-after-review",
    outcome="review", review="not_understood",
    imitates="카카오 중간 안내: 내부 검토 중, 조치 후 회신 예정",
    why="'검토 중' and '조치 후 회신드릴 예정' are not statements",
    **{"from": "rights@kakaocorp.com"}, name_from="카카오 권리보호센터",
    date=d("2024-09-11 17:40:00"),
    subject="RE: KCSC-240910-04 게시물 삭제 요청",
    reply_to_req="req-240910-04",
    body=f"""안녕하세요. 카카오 권리보호센터입니다.

요청하신 {K[1]} 및
{K[2]} 게시물은 현재 내부 검토 중이며,
검토가 완료되는 대로 조치 후 결과를 회신드릴 예정입니다.

감사합니다.
""",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="kk-chuseok-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="추석 연휴 부재중 자동응답",
    why="out-of-office auto-reply in Korean",
    **{"from": "seoyun.kim@kakaocorp.com"}, name_from="김서윤",
    date=d("2024-09-13 18:30:00"),
    subject="[자동응답] RE: KCSC-240910-04 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 김서윤입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 rights@kakaocorp.com 으로 연락 주시기 바랍니다.

감사합니다.
""",
    items={},
)

KK_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 카카오 권리보호센터입니다.</p>
<p>KCSC-240910-04 요청 건의 추가 처리 결과를 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>대상 URL</th><th>처리 내용</th></tr></thead>
<tbody>
<tr><td>{K[5]}</td><td>해당 게시물 없음 (작성자가 이미 삭제한 게시물)</td></tr>
<tr><td>{K[2]}</td><td>게시중단</td></tr>
</tbody></table>
<p>감사합니다.<br>카카오 권리보호센터</p>
</body></html>
"""
case(
    name="kk-html-table-base64",
    outcome="applied", classification="confirmation",
    imitates="카카오 HTML 처리 결과 표 (base64 본문)",
    why="게시물 없음 (작성자가 이미 삭제) not_found; 게시중단 removed",
    **{"from": "rights@kakaocorp.com"}, name_from="카카오 권리보호센터",
    date=d("2024-09-16 10:10:00"),
    subject="[카카오] KCSC-240910-04 추가 처리 결과 안내",
    reply_to_req="req-240910-04",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    + base64.encodebytes(KK_HTML.encode("utf-8")).decode("ascii"),
    items={K[5]: "not_found", K[2]: "removed"},
)

case(
    name="kk-fullwidth-parentheses",
    outcome="applied", classification="confirmation",
    imitates="카카오 담당자 회신 (목록, 전각 괄호와 콜론)",
    why="URL（삭제 완료） removed; URL（작성자 삭제로 게시물이 존재하지 않음） not_found",
    **{"from": "rights@kakaocorp.com"}, name_from="카카오 권리보호센터",
    date=d("2024-09-12 10:00:00"),
    subject="RE: KCSC-240910-04 게시물 삭제 요청",
    reply_to_req="req-240910-04",
    body=f"""안녕하세요. 카카오 권리보호센터입니다.

처리 결과：
・{K[1]}（삭제 완료）
・{K[4]}（작성자 삭제로 게시물이 존재하지 않음）

감사합니다.
""",
    items={K[1]: "removed", K[4]: "not_found"},
)

# ================================================================= X
X_REMINDER = f"""Dear X,

The following items of request KCSC-240912-05 are still pending after the
deadline of 19 September:

{X[1]}
{X[2]}

KCSC Takedown Desk"""

case(
    name="x-reply-over-reminder",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply, Gmail top-post over our reminder",
    why="account withheld in South Korea (restricted); post removed; the quoted reminder lists both",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d("2024-09-20 02:30:00", 0),
    subject="Re: [Reminder] KCSC-240912-05: items still pending",
    reply_to_req="reminder-240912-05-1",
    body=f"""Hello,

The account {X[2]} has been withheld in South Korea in
response to your request. The post
{X[1]} has been removed for
violating the X Rules.

X Legal

On Fri, Sep 20, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(X_REMINDER)}
""",
    items={X[2]: "restricted", X[1]: "removed"},
)

case(
    name="x-vendor-domain",
    outcome="review", review="unknown_sender",
    imitates="Outsourced support desk writing on a platform's behalf from its own domain",
    why="x-supportdesk.com is not an X sender domain",
    **{"from": "legal@x-supportdesk.com"}, name_from="X Legal Support",
    date=d("2024-09-14 04:00:00", 0),
    subject="Re: KCSC-240912-05 [Ticket 0098812]",
    reply_to_req="req-240912-05",
    body=f"""Hello,

Your request KCSC-240912-05 has been processed. The post
{X[1]} was removed.

X Legal Support
""",
    items={X[1]: "pending"},
)

case(
    name="x-decision-notice-withheld",
    outcome="applied", classification="confirmation",
    imitates="Statement-of-reasons style decision notice (field: value)",
    why="'Decision: content withheld in the Republic of Korea' for the one URL given",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d("2024-09-13 07:45:00", 0),
    subject="Decision notice for your request KCSC-240912-05",
    reply_to_req="req-240912-05",
    body=f"""Decision notice

Reference: KCSC-240912-05
Notice ID: 1f0c-77ab-2291
Content: {X[1]}
Decision: Restriction of visibility - content withheld in the Republic of Korea
Ground: illegal content under the law of the Republic of Korea, as stated in your request
Automated means used for the decision: no

You can read about our approach to country withheld content at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""",
    items={X[1]: "restricted"},
)

# ================================================================= YouTube
case(
    name="yt-sole-item-removed",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support short outcome email without the URL",
    why="one-item request; 'we have removed the video you reported' applies to it",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-18 06:00:00", 0),
    subject="Re: KCSC-240916-06 [5-8172000034118]",
    reply_to_req="req-240916-06",
    body="""Hi,

Thanks for your request (reference KCSC-240916-06). After review, we
have removed the video you reported for violating YouTube's policies.

Regards,
The YouTube Legal Support Team
""",
    items={Y1: "removed"},
)

case(
    name="yt-refusal-over-original",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'we have decided not to take action' reply, Outlook original below",
    why="refusal with its reason: no guideline violation, no sufficient legal basis",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-19 03:15:00", 0),
    subject="RE: KCSC-240916-06 removal request",
    reply_to_req="req-240916-06",
    body=f"""Hello,

We reviewed {Y1}. After careful review, we have
decided not to take action: the video does not violate our Community
Guidelines, and we did not find sufficient basis under local law to
restrict it.

The YouTube Legal Support Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 10:00 AM
To: legal-kr@google.com
Subject: KCSC-240916-06 removal request

Please remove the following video (request KCSC-240916-06):
{Y1}
""",
    items={Y1: "rejected"},
)

# ================================================================= NAVER
case(
    name="nv-partial-private-and-pending",
    outcome="applied", classification="confirmation",
    imitates="네이버 고객센터 처리 결과 안내 (일부 처리, 일부 확인 중)",
    why="블로그 게시물 비공개 처리 (removed); 카페 글은 매니저 확인 중 (pending)",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=d("2024-09-20 14:00:00"),
    subject="[네이버] KCSC-240918-07 처리 결과 안내",
    reply_to_req="req-240918-07",
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 건(KCSC-240918-07)의 처리 결과를 안내드립니다.

1) {N[1]} : 해당 게시물은 비공개 처리되었습니다.
2) {N[2]} : 카페 매니저 확인 절차가 진행 중이며, 결과가 나오는 대로 추가로 안내드리겠습니다.

감사합니다.
""",
    items={N[1]: "removed", N[2]: "pending"},
)

case(
    name="nv-both-posts-bulk",
    outcome="review", review="bulk", classification="confirmation",
    imitates="네이버 간단 회신: '요청하신 게시물 2건 모두 게시중단'",
    why="statement about both items of a two-item request without naming either",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=d("2024-09-21 09:00:00"),
    subject="RE: KCSC-240918-07 게시물 게시중단 요청",
    reply_to_req="req-240918-07",
    body="""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물 2건에 대해 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    items={},
)

case(
    name="nv-html-result-table",
    outcome="applied", classification="confirmation",
    imitates="네이버 HTML 처리 결과 표 (게시중단 / 임시조치)",
    why="게시중단 removed; 임시조치 restricted",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=d("2024-09-23 16:30:00"),
    subject="[네이버] KCSC-240918-07 처리 결과 안내",
    reply_to_req="req-240918-07",
    type="html",
    body=f"""<html><body>
<p>안녕하세요, 네이버 고객센터입니다.</p>
<p>요청하신 건의 처리 결과는 아래와 같습니다.</p>
<table border="1" cellpadding="4">
<tr><th>No.</th><th>URL</th><th>조치 결과</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>게시중단</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>임시조치 (30일)</td></tr>
</table>
<p>임시조치에 대한 게시자의 이의 제기가 있을 경우 별도로 안내드립니다.</p>
<p>감사합니다.</p>
</body></html>
""",
    items={N[1]: "removed", N[2]: "restricted"},
)


def encode_headers(c):
    """Non-ASCII display names and subjects go out RFC 2047-encoded, as real mailers send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


for _c in CASES:
    encode_headers(_c)


HEADER = """# blind746: ticket systems and threads (Zendesk / Freshdesk / Jira /
# Help Scout style receipts and results, solved tickets, follow-ups in the
# same thread, replies to our reminders, partial answers, forwarded mail).
# Generated by make.py; expected results written from each email's meaning
# before the reader was run. Each case is judged alone on a fresh ledger.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind746", HEADER, CASES)
    print(len(CASES), "cases")
