#!/usr/bin/env python3
"""Blind set 356: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and then results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; the expected results were written from each email's meaning
before the reader was run on it.

    python3 tests/corpus/blind356/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
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

SET = "blind356"

# ---------------------------------------------------------------- requests
YASIJANG = "야시장"
JUNGGO = "중고장터"

X = [
    "https://x.com/moonbet_kr/status/1830011122233344401",
    "https://x.com/moonbet_kr/status/1830011122233344402",
    "https://x.com/jackpot_alley/status/1829987766554433210",
    "https://x.com/jackpot_alley/status/1829987766554433277",
    "https://x.com/spin7_official/status/1830200011122233345",
    "https://x.com/dalbit_casino/status/1829001234567890123",
    "https://x.com/dalbit_casino/status/1829001234567890188",
    "https://x.com/hanriver_toto/status/1830345678901234567",
    "https://x.com/hanriver_toto/status/1830345678901234590",
    "https://x.com/seoul_odds/status/1828765432109876543",
    "https://x.com/seoul_odds/status/1828765432109876544",
    "https://x.com/goldtiger_slots/status/1830456789012345678",
]
T = [
    "https://t.me/quiet_pharm_kr/112",
    "https://t.me/quiet_pharm_kr/119",
    "https://t.me/icebox_seoul",
    "https://t.me/icebox_seoul/2041",
]
Y = [
    "https://www.youtube.com/watch?v=Vb7kP2xQm9L",
    "https://www.youtube.com/watch?v=tR4nWq8ZcE1",
    "https://www.youtube.com/watch?v=J3hYx0aPfQs",
]
YS = "https://www.youtube.com/shorts/Qm3kR8vLx2A"
N = [
    "https://blog.naver.com/moonlit_k/223561200451",
    "https://cafe.naver.com/nightmarket88/5512",
    "https://post.naver.com/" + quote(YASIJANG) + "/771",
]
N2_RAW = "https://post.naver.com/" + YASIJANG + "/771"
D = [
    "https://discord.gg/fkRt29xQ",
    "https://discord.com/channels/1181100220033004405/1181100220033004410/1281555666777888999",
]
K = [
    "https://cafe.daum.net/hanbam_talk/Kx9P/2207",
    "https://cafe.daum.net/" + quote(JUNGGO) + "/Qz1b/88",
]
K1_RAW = "https://cafe.daum.net/" + JUNGGO + "/Qz1b/88"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message-id stem, note
    ("KCSC-240903-01", "x", "2024-09-03T10:20:00+09:00", "2024-09-10T18:00:00+09:00", X,
     "illegal_gambling", "kcsc-req-240903-01", "gambling promotion accounts (largest request)"),
    ("KCSC-240905-02", "telegram", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", T,
     "drug_trade", "kcsc-req-240905-02", "two channels advertising controlled substances"),
    ("KCSC-240906-03", "youtube", "2024-09-06T14:05:00+09:00", "2024-09-13T18:00:00+09:00", Y,
     "privacy", "kcsc-req-240906-03", "videos exposing personal data"),
    ("KCSC-240909-04", "naver", "2024-09-09T11:30:00+09:00", "2024-09-16T18:00:00+09:00", N,
     "obscenity", "kcsc-req-240909-04", "blog, cafe and post entries"),
    ("KCSC-240910-05", "discord", "2024-09-10T16:10:00+09:00", "2024-09-17T18:00:00+09:00", D,
     "obscenity", "kcsc-req-240910-05", "server invite and one message"),
    ("KCSC-240911-06", "kakao", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", K,
     "drug_trade", "kcsc-req-240911-06", "Daum cafe posts"),
    ("KCSC-240912-07", "youtube", "2024-09-12T15:45:00+09:00", "2024-09-19T18:00:00+09:00", [YS],
     "illegal_gambling", "kcsc-req-240912-07", "one short"),
]
RID = {r[0]: r[6] for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def bullets(urls, prefix=""):
    return "\n".join(prefix + u for u in urls)


def enc(name):
    """RFC 2047 encoded-word for a non-ASCII display name."""
    return "=?UTF-8?B?" + base64.b64encode(name.encode("utf-8")).decode("ascii") + "?="


def our_request(ref, urls, platform_name):
    return (
        f"Dear {platform_name} team,\n\n"
        f"The Korea Communications Standards Commission asks you to remove or\n"
        f"restrict access to the content below (our reference {ref}).\n\n"
        + "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
        + "\n\nPlease tell us, item by item, what action you took.\n\n"
        "KCSC Takedown Desk"
    )


def our_reminder(ref, urls, platform_name):
    return (
        f"Dear {platform_name} team,\n\n"
        f"We have not yet received your answer on request {ref}. The\n"
        f"following items are still shown as pending on our side:\n\n"
        + "\n".join(urls)
        + "\n\nKindly let us know the status of each item.\n\nKCSC Takedown Desk"
    )


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================================== X
case(
    name="x-ticket-receipt",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal Support",
    date="Tue, 03 Sep 2024 10:21:44 +0900",
    subject="[Case 0194-3382-11] We received your report (KCSC-240903-01)",
    reply_to_req=RID["KCSC-240903-01"],
    extra_headers=["Auto-Submitted: auto-generated", "X-Zendesk-Ticket-Id: 019433821"],
    body="""
Hello,

Thanks for contacting X. This message confirms that your legal request has
been received and that case 0194-3382-11 has been opened for it.

There is no need to reply. Requests are handled in the order they arrive,
and you will hear from us by email as soon as there is an update. If you
want to add information, reply to this message and keep the case number in
the subject line.

X Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style new-ticket autoreply of a platform legal desk",
    why="pure receipt: a case number and a promise of an update, nothing about any item",
    items={},
)

case(
    name="x-solved-numbered-list",
    **{"from": "legal@x.com"}, name_from="X Legal Support",
    date="Mon, 09 Sep 2024 17:02:10 +0900",
    subject="Re: [Case 0194-3382-11] KCSC-240903-01 - update on your request",
    reply_to_req=RID["KCSC-240903-01"],
    body=f"""
##- Please type your reply above this line -##

Your case 0194-3382-11 has been updated.

Min-seo (X Legal Operations)
Sep 9, 2024, 17:01 KST

Hi KCSC team,

We have finished reviewing the first group of posts in your request. The
outcome for each is below.

1. {X[0]} - removed for violating our rules on illegal and regulated goods
2. {X[1]} - removed for the same reason
3. {X[2]} - withheld in the Republic of Korea in response to your legal demand
4. {X[3]} - withheld in the Republic of Korea
5. {X[4]} - reviewed; we did not find a violation of the X Rules and we are
   not withholding it under local law. The post remains available.

The other posts in your request are still with our team and we will follow
up separately in this thread.

Kind regards,
Min-seo
X Legal Operations

--------------------------------
This email is a service from X Legal Support. [8KQ2-ZP31]
""",
    outcome="applied",
    imitates="Zendesk agent reply with the 'type your reply above this line' marker and a numbered outcome list",
    why="five numbered posts, each with its own unhedged outcome; the rest are only said to be pending",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "restricted", X[4]: "rejected"},
)

case(
    name="x-followup-url-then-status",
    **{"from": "legal@x.com"}, name_from="X Legal Support",
    date="Wed, 11 Sep 2024 09:48:31 +0900",
    subject="Re: [Case 0194-3382-11] KCSC-240903-01 - remaining posts",
    reply_to_req=RID["KCSC-240903-01"],
    body=f"""
##- Please type your reply above this line -##

Hi again,

Following up on the remaining posts from KCSC-240903-01, as promised.

{X[5]}
Status: withheld in KR

{X[6]}
Status: the post was deleted by the account owner before our review, so
there was nothing left for us to act on

{X[7]}
Status: removed - violation of our rules on gambling promotion

{X[8]}
Status: no action - we did not find that this post breaks the X Rules or
Korean law as presented

Best,
Min-seo
X Legal Operations
""",
    outcome="applied",
    imitates="follow-up agent comment in the same Zendesk ticket, URL on one line and its status below",
    why="each bare URL is followed by its own status line",
    items={X[5]: "restricted", X[6]: "not_found", X[7]: "removed", X[8]: "rejected"},
)

case(
    name="x-outlook-reply-over-reminder",
    **{"from": "dana.kwon@x.com"}, name_from="Dana Kwon",
    date="Thu, 12 Sep 2024 11:15:02 +0900",
    subject="RE: Reminder: KCSC-240903-01 overdue",
    extra_headers=["Thread-Topic: Reminder: KCSC-240903-01 overdue",
                   "In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>"],
    body=f"""
Hello,

Regarding your reminder: the two posts from @seoul_odds listed below have
now been withheld in South Korea.

{X[9]}
{X[10]}

The post from @goldtiger_slots is still being looked at by our team and I
will come back to you on it.

Regards,
Dana Kwon
Legal Operations, X

From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 10:00 AM
To: X Legal <legal@x.com>
Subject: Reminder: KCSC-240903-01 overdue

{our_reminder("KCSC-240903-01", X, "X")}
""",
    outcome="applied",
    imitates="Outlook top-posted reply from a legal operations employee over our reminder",
    why="two URLs under 'withheld in South Korea'; the reminder quoted below lists all twelve and says nothing",
    items={X[9]: "restricted", X[10]: "restricted", X[11]: "pending"},
)

X_HTML_ROWS = [(X[0], "Removed", "Global"), (X[2], "Withheld", "Country (KR)"),
               (X[7], "Removed", "Global"), (X[11], "No violation found", "n/a")]
x_plain = "Hello,\n\nPlease find the actions taken on case 0194-3382-11 (KCSC-240903-01).\n\n" + "\n".join(
    f"{u}  |  {a}  |  {s}" for u, a, s in X_HTML_ROWS) + "\n\nX Legal Support\n"
x_html = (
    "<html><body><p>Hello,</p><p>Please find the actions taken on case 0194-3382-11 "
    "(KCSC-240903-01).</p>\n<table border=\"1\" cellpadding=\"4\">\n"
    "<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>\n"
    + "\n".join(f"<tr><td><a href=\"{u}\">{u}</a></td><td>{a}</td><td>{s}</td></tr>" for u, a, s in X_HTML_ROWS)
    + "\n</table>\n<p>X Legal Support</p></body></html>\n"
)
case(
    name="x-html-table",
    **{"from": "legal@x.com"}, name_from="X Legal Support",
    date="Fri, 13 Sep 2024 14:30:00 +0900",
    subject="[Case 0194-3382-11] Actions taken",
    reply_to_req=RID["KCSC-240903-01"],
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="=_x356_alt_1"

--=_x356_alt_1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{x_plain}
--=_x356_alt_1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{x_html}
--=_x356_alt_1--
""",
    outcome="applied",
    imitates="ticket-system notification with an HTML results table (Reported URL / Action / Scope)",
    why="one row per post: removed globally, withheld in KR, or no violation found",
    items={X[0]: "removed", X[2]: "restricted", X[7]: "removed", X[11]: "rejected"},
)

x_csv = (
    "reported_url,decision,decision_date,notes\r\n"
    f"{X[3]},withheld_kr,2024-09-12,Country withheld content (KR)\r\n"
    f"{X[4]},removed,2024-09-12,Illegal gambling promotion\r\n"
    f"{X[6]},not_found,2024-09-12,Post no longer exists\r\n"
    f"{X[8]},no_action,2024-09-12,No violation identified\r\n"
)
case(
    name="x-csv-attachment",
    **{"from": "legal@x.com"}, name_from="X Legal Support",
    date="Fri, 13 Sep 2024 16:05:41 +0900",
    subject="Re: [Case 0194-3382-11] KCSC-240903-01 outcome file",
    reply_to_req=RID["KCSC-240903-01"],
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_x356_mix_2"

--=_x356_mix_2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

As requested, the outcome for the posts handled this week is in the
attached file, one row per reported post.

X Legal Support

--=_x356_mix_2
Content-Type: text/csv; charset=utf-8; name="case-0194-3382-11.csv"
Content-Disposition: attachment; filename="case-0194-3382-11.csv"
Content-Transfer-Encoding: base64

{b64(x_csv)}
--=_x356_mix_2--
""",
    outcome="applied",
    imitates="legal desk reply carrying a CSV export of decisions",
    why="CSV rows: withheld_kr, removed, not_found, no_action, each with its URL",
    items={X[3]: "restricted", X[4]: "removed", X[6]: "not_found", X[8]: "rejected"},
)

case(
    name="x-bulk-all-removed",
    **{"from": "legal@x.com"}, name_from="X Legal Support",
    date="Mon, 16 Sep 2024 10:12:09 +0900",
    subject="Re: [Case 0194-3382-11] KCSC-240903-01 - case solved",
    reply_to_req=RID["KCSC-240903-01"],
    body="""
##- Please type your reply above this line -##

Your case 0194-3382-11 has been solved.

Hi,

Thank you for your patience. All of the posts reported in your request
KCSC-240903-01 have been removed from X.

This case will close automatically in 4 days. Reply to this email to reopen
it.

X Legal Support
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'ticket solved' notice with a one-sentence blanket outcome",
    why="'all of the posts ... removed' for a twelve-item request without naming any: bulk",
    items={u: "pending" for u in X},
)

case(
    name="x-promise-escalated",
    **{"from": "legal@x.com"}, name_from="X Legal Support",
    date="Thu, 12 Sep 2024 13:40:55 +0900",
    subject="Re: Reminder: KCSC-240903-01 overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>"],
    body=f"""
Hello,

Thanks for the reminder. Your case has been escalated to our specialist
team. We expect the posts below to be withheld in Korea once that review is
complete, which should be within two business days:

{X[1]}
{X[3]}

We will confirm by email when this has been done.

X Legal Support
""",
    outcome="review", review="not_understood",
    imitates="reply to a reminder announcing an escalation and an expected outcome",
    why="'we expect ... to be withheld once the review is complete' is a forecast, not a statement",
    items={X[1]: "pending", X[3]: "pending"},
)

case(
    name="x-ooo-agent",
    **{"from": "dana.kwon@x.com"}, name_from="Dana Kwon",
    date="Wed, 11 Sep 2024 10:00:48 +0900",
    subject="Automatic reply: Reminder: KCSC-240903-01 overdue",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   "In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>"],
    body=f"""
I am out of the office until 23 September with limited access to email.
For urgent legal requests please write to legal@x.com, which is monitored
every day.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 10:00 AM
Subject: Reminder: KCSC-240903-01 overdue

{our_reminder("KCSC-240903-01", X, "X")}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply that copies the original message below",
    why="an out-of-office reply; the URLs are only in the copied reminder",
    items={},
)

case(
    name="x-forwarded-internal-enforcement",
    **{"from": "legal@x.com"}, name_from="X Legal Support",
    date="Fri, 13 Sep 2024 18:22:37 +0900",
    subject="Fwd: Case 0194-3382-11 actions (KCSC-240903-01)",
    reply_to_req=RID["KCSC-240903-01"],
    body=f"""
Hello KCSC,

Forwarding below the note from our enforcement team on your case. It covers
the posts you asked about in your last reminder.

Best,
Min-seo

---------- Forwarded message ---------
From: X Enforcement Operations <enforcement-ops@x.com>
Date: Fri, Sep 13, 2024 at 5:50 PM
Subject: Case 0194-3382-11 actions
To: X Legal Support <legal@x.com>

Actions taken on case 0194-3382-11:
- {X[1]} : removed (global), policy: illegal gambling
- {X[11]} : withheld (KR)

-- Enforcement Ops
""",
    outcome="applied",
    imitates="legal desk forwarding its own enforcement team's internal note to the requester",
    why="sent by X's authenticated legal desk, which adopts the forwarded note as its answer: removed and withheld in KR",
    items={X[1]: "removed", X[11]: "restricted"},
)

case(
    name="x-unknown-zendesk-host",
    **{"from": "support@xcorp-legal.zendesk.com"}, name_from="X Legal Support",
    date="Sat, 14 Sep 2024 09:03:12 +0900",
    subject="[X Legal] Request KCSC-240903-01 updated",
    body=f"""
##- Please type your reply above this line -##

Your request KCSC-240903-01 has been updated.

The following posts have been removed:
{X[0]}
{X[1]}

You can view the full history of this request on the help centre.

X Legal Support
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from a hosted *.zendesk.com address instead of the platform's own domain",
    why="statements about our posts from a domain that is not one of X's sender domains",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-account-suspended-posts",
    **{"from": "legal@x.com"}, name_from="X Legal Support",
    date="Tue, 10 Sep 2024 20:17:45 +0900",
    subject="Re: [Case 0194-3382-11] KCSC-240903-01",
    reply_to_req=RID["KCSC-240903-01"],
    body=f"""
Hi,

We have suspended the account @hanriver_toto for repeated violations of
our rules on gambling promotion. As a result, the following posts are no
longer available on X:

  * {X[7]}
  * {X[8]}

The remaining posts in your request are not affected by this action.

X Legal Support
""",
    outcome="applied",
    imitates="account-suspension notice listing the posts that went with the account",
    why="both listed posts are stated to be no longer available after the suspension",
    items={X[7]: "removed", X[8]: "removed"},
)

# ================================================================= Telegram
case(
    name="tg-case-receipt",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Thu, 05 Sep 2024 09:41:30 +0900",
    subject="Case #4471920: your report has been registered",
    reply_to_req=RID["KCSC-240905-02"],
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Your report has been registered as Case #4471920. Reports are processed in
the order they are received. Please do not open a new case for the same
content; reply to this message if you need to add anything.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="automatic case-registration message of a messenger abuse desk",
    why="receipt only: a case number and no word on any item",
    items={},
)

case(
    name="tg-resolved-list",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Sat, 07 Sep 2024 22:14:05 +0900",
    subject="Re: Case #4471920: KCSC-240905-02",
    reply_to_req=RID["KCSC-240905-02"],
    body=f"""
Hello,

Case #4471920 is resolved.

The channel {T[2]} has been blocked for violating the Telegram Terms of
Service. Its message {T[3]} is no longer accessible as a result.

{T[0]} - removed.

Telegram Support
""",
    outcome="applied",
    imitates="Telegram-style abuse desk reply: short resolved note with channel and message links",
    why="channel blocked, its message no longer accessible, another message removed",
    items={T[2]: "removed", T[3]: "removed", T[0]: "removed"},
)

case(
    name="tg-partial-answer",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Mon, 09 Sep 2024 11:50:19 +0900",
    subject="Re: Case #4471920",
    body="""
Hello,

Regarding Case #4471920:

t.me/quiet_pharm_kr/119 - this message was deleted by its author before our
moderators reviewed it.

The remaining links from your report are still being reviewed. We will
write again once we have a decision.

Telegram Support
""",
    outcome="applied",
    imitates="partial answer in a messenger abuse case, link written without scheme",
    why="one message deleted by its author before review (not_found); the rest only said to be under review",
    items={T[1]: "not_found"},
)

case(
    name="tg-gmail-quoted-thread",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 15:33:48 +0900",
    subject="Re: KCSC-240905-02 removal request",
    reply_to_req=RID["KCSC-240905-02"],
    body=f"""
Hello,

Both messages from quiet_pharm_kr have been taken down:
{T[0]}
{T[1]}

Best,
Telegram Abuse Team

On Thu, Sep 5, 2024 at 9:40 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(our_request("KCSC-240905-02", T, "Telegram"))}
""",
    outcome="applied",
    imitates="Gmail-style top-posted reply over the quoted original request",
    why="two URLs under 'have been taken down'; the other two appear only in the quoted request",
    items={T[0]: "removed", T[1]: "removed"},
)

case(
    name="tg-hedge-appears",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Tue, 10 Sep 2024 08:20:00 +0900",
    subject="Re: Case #4471920: KCSC-240905-02",
    reply_to_req=RID["KCSC-240905-02"],
    body=f"""
Hello,

We looked into the channel {T[2]}. It appears that the channel may already
have been removed by its owner; we are checking this with our moderators
and will confirm.

Telegram Support
""",
    outcome="review", review="not_understood",
    imitates="abuse desk interim note with a hedged observation",
    why="'it appears ... may already have been removed ... will confirm' is a hedge, not a statement",
    items={T[2]: "pending"},
)

case(
    name="staff-forwarded-telegram",
    **{"from": "jiwoo.park@kcsc.example"}, name_from="Park Jiwoo",
    date="Mon, 09 Sep 2024 16:02:11 +0900",
    subject="Fwd: Case #4471920 resolved",
    body=f"""
FYI - this reached my own inbox instead of the takedown mailbox, so I am
forwarding it here.

Jiwoo

---------- Forwarded message ---------
From: Telegram <dsa@telegram.org>
Date: Mon, Sep 9, 2024 at 3:41 PM
Subject: Case #4471920 resolved
To: Park Jiwoo <jiwoo.park@kcsc.example>

Hello,

The message {T[3]} has been removed.

Telegram Support
""",
    outcome="review", review="forwarded",
    imitates="colleague forwarding a platform's answer from a personal inbox",
    why="the statement reaches us only inside a forward by a colleague; its origin cannot be checked",
    items={T[3]: "pending"},
)

case(
    name="tg-numbered-two-outcomes",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Wed, 11 Sep 2024 19:45:27 +0900",
    subject="Re: Case #4471920: KCSC-240905-02 - decisions",
    reply_to_req=RID["KCSC-240905-02"],
    body=f"""
Hello,

Our decisions on two of the links in Case #4471920:

1) {T[3]} - blocked
2) {T[0]} - our moderators did not find content that breaks our rules in
   this message, so no action was taken and it remains available

Telegram Support
""",
    outcome="applied",
    imitates="numbered decisions in a messenger abuse desk reply",
    why="one blocked (removed), one kept up for breaking no rule (rejected)",
    items={T[3]: "removed", T[0]: "rejected"},
)

case(
    name="tg-dsa-statement",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Thu, 12 Sep 2024 12:00:00 +0900",
    subject="Statement of reasons - Case #4471920",
    reply_to_req=RID["KCSC-240905-02"],
    body=f"""
STATEMENT OF REASONS

Case: #4471920
Your reference: KCSC-240905-02

Decision: removal of content
Content: {T[1]}
Ground: illegal content (offer of controlled substances)
Facts relied on: notice received from the Korea Communications Standards
Commission on 5 September 2024
Automated means used: no
Date of decision: 12 September 2024

Redress: the uploader may contest this decision through the in-app appeal
form. Information: https://telegram.org/moderation
""",
    outcome="applied",
    imitates="DSA-style statement of reasons for a single removal",
    why="decision 'removal of content' for one named message; the moderation page is not an item",
    items={T[1]: "removed"},
)

# ================================================================== YouTube
case(
    name="yt-helpscout-conversation",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 10:31:02 +0900",
    subject="Re: KCSC-240906-03 [Conversation #88120]",
    reply_to_req=RID["KCSC-240906-03"],
    body=f"""
Hi there,

Thanks for your patience while we looked into these videos.

- {Y[0]}: removed for violating our harassment and privacy policies.
- {Y[1]}: we have age-restricted this video. It can no longer be viewed
  while signed out or by viewers under 18.
- {Y[2]}: after review, we found that the video does not violate our
  Community Guidelines, and we did not identify a legal basis to restrict
  it. It remains available.

Best,
Hana
YouTube Legal Support

Conversation #88120 - reply to this email to continue the conversation.
""",
    outcome="applied",
    imitates="Help Scout-style conversation reply from a video platform's legal support",
    why="removed, age-restricted and kept up, one line each",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected"},
)

yt_qp_text = (
    "Hello,\n\n"
    "Following a review under local law, access to the following content has been blocked in South Korea: "
    f"{Y[0]} and {Y[2]}. The content remains available in other countries.\n\n"
    "If you have any questions, reply to this message and quote KCSC-240906-03.\n\n"
    "YouTube Legal Support\n"
)
case(
    name="yt-qp-blocked-kr",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 09:12:44 +0900",
    subject="Re: KCSC-240906-03 [Conversation #88120]",
    reply_to_req=RID["KCSC-240906-03"],
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(yt_qp_text)}
""",
    outcome="applied",
    imitates="local-law block notice sent quoted-printable with soft line breaks",
    why="two videos blocked in South Korea only: restricted",
    items={Y[0]: "restricted", Y[2]: "restricted"},
)

case(
    name="yt-reply-reminder-outlook",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 19:05:33 +0900",
    subject="RE: Reminder: KCSC-240906-03 overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240906-03.1@kcsc.example>"],
    body=f"""
Hello,

The video at {Y[1]} was removed on 13 September under our harassment
policy. We are still reviewing the other two and will get back to you.

Regards,
YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 6:00 PM
To: legal-kr@google.com
Subject: Reminder: KCSC-240906-03 overdue

{our_reminder("KCSC-240906-03", Y, "YouTube")}
""",
    outcome="applied",
    imitates="reply to our reminder over an Outlook '-----Original Message-----' block",
    why="one video removed; the other two only promised, and listed only in the quoted reminder",
    items={Y[1]: "removed", Y[0]: "pending", Y[2]: "pending"},
)

case(
    name="yt-under-review-update",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 08:45:00 +0900",
    subject="[#88120] Your request has been updated",
    reply_to_req=RID["KCSC-240906-03"],
    body=f"""
Your request [#88120] has been updated.

Status: Pending - awaiting internal review

Items in this request:
  {Y[0]} - under review
  {Y[1]} - under review
  {Y[2]} - under review

You will receive another email when the status changes.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="ticket status-change notification listing items 'under review'",
    why="names every video but only as 'under review': no statement",
    items={Y[0]: "pending", Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-asks-more",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 13:27:40 +0900",
    subject="Re: KCSC-240906-03 [Conversation #88120] - more information needed",
    reply_to_req=RID["KCSC-240906-03"],
    body=f"""
Hi,

To proceed with {Y[2]} we need the following from you:

  - the timestamp(s) at which the personal information appears, and
  - the provision of Korean law you are relying on.

Please reply to this email with these details. We will keep the
conversation open for 14 days.

YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="legal support request for timestamps and legal basis",
    why="the platform asks us for more information before acting on a named video",
    items={Y[2]: "pending"},
)

yt_orig = our_reminder("KCSC-240906-03", Y, "YouTube")
case(
    name="yt-dsn-bounce",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date="Fri, 13 Sep 2024 18:00:09 +0900",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn356_3"

--=_dsn356_3
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-kr-archive@google.com because the
address couldn't be found, or is unable to receive mail.

--=_dsn356_3
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 13 Sep 2024 18:00:02 +0900

Final-Recipient: rfc822; legal-kr-archive@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--=_dsn356_3
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-archive@google.com
Subject: Reminder: KCSC-240906-03 overdue
Date: Fri, 13 Sep 2024 18:00:00 +0900
Message-ID: <reminder.KCSC-240906-03.2@kcsc.example>
Content-Type: text/plain; charset=utf-8

{yt_orig}

--=_dsn356_3--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification with the original attached",
    why="a delivery failure report for our own reminder",
    items={},
)

case(
    name="yt-shorts-solved-single",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 11:20:17 +0900",
    subject="Re: KCSC-240912-07 [Conversation #88544] - resolved",
    reply_to_req=RID["KCSC-240912-07"],
    body="""
Hello,

Your request KCSC-240912-07 has been resolved. The content you reported
has been removed from YouTube for violating our policy on gambling
content.

This conversation is now closed. Reply if you need anything else.

YouTube Legal Support
""",
    outcome="applied",
    imitates="solved-conversation notice answering a one-item request without repeating the URL",
    why="an unhedged removal for a request of exactly one item",
    items={YS: "removed"},
)

yt_html = f"""<html><body>
<p>Hello,</p>
<p>Here is the outcome for the videos in request KCSC-240906-03:</p>
<ul>
<li><a href="{Y[0]}">&quot;Night walk in Mapo (full address)&quot;</a> &mdash; <b>Removed</b></li>
<li><a href="{Y[1]}">&quot;Neighbour confrontation part 2&quot;</a> &mdash; <b>Blocked in South Korea</b></li>
</ul>
<p>You can read more about our policies at <a href="https://support.google.com/youtube/answer/2801939">our Help Center</a>.</p>
<p>YouTube Legal Support</p>
</body></html>"""
case(
    name="yt-html-only-links",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 10:02:58 +0900",
    subject="Re: KCSC-240906-03 [Conversation #88120]",
    reply_to_req=RID["KCSC-240906-03"],
    type="html",
    body=yt_html,
    outcome="applied",
    imitates="HTML-only notification where the links carry video titles and the URLs sit in href",
    why="each linked video has its outcome beside it; the help-centre link is not an item",
    items={Y[0]: "removed", Y[1]: "restricted"},
)

case(
    name="yt-wrong-platform",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 15:44:10 +0900",
    subject="Re: Reminder: KCSC-240906-03 overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240906-03.1@kcsc.example>"],
    body=f"""
Hello,

Your reminder also included {T[3]}. We could not locate this content on
YouTube and have no action to take on it.

YouTube Legal Support
""",
    outcome="review", review="wrong_platform",
    imitates="video platform answering about a messenger link pasted into a reminder by mistake",
    why="YouTube says it cannot find a Telegram item: not YouTube's item to report on",
    items={T[3]: "pending"},
)

# ==================================================================== NAVER
case(
    name="naver-result-korean",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date="Thu, 12 Sep 2024 14:10:00 +0900",
    subject="[네이버] 게시물 처리 결과 안내 (KCSC-240909-04)",
    reply_to_req=RID["KCSC-240909-04"],
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 게시물에 대한 처리 결과를 아래와 같이 안내드립니다.

1. {N[0]}은 운영정책 위반으로 게시중단 처리되었습니다.
2. {N[1]}는 임시조치(30일) 되었습니다.
3. {N2_RAW} : 작성자가 이미 삭제한 게시물로 확인되어 별도 조치는 없었습니다.

추가 문의는 본 메일에 회신해 주시기 바랍니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied",
    imitates="Korean portal 처리 결과 안내 with 게시중단, 임시조치 and 'already deleted by the author'",
    why="게시중단 = removed, 임시조치 = restricted, deleted by its author = not_found; particles stuck to two URLs",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "not_found"},
)

naver_html = f"""<html><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>KCSC-240909-04 요청 건의 처리 결과입니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>처리 결과</th></tr>
<tr><td>1</td><td><a href="{N[0]}">{N[0]}</a></td><td>블라인드</td></tr>
<tr><td>2</td><td><a href="{N[1]}">{N[1]}</a></td><td>삭제</td></tr>
<tr><td>3</td><td><a href="{N[2]}">{N2_RAW}</a></td><td>접근 제한(국내)</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="naver-base64-html-table",
    **{"from": "right@navercorp.com"}, name_from=enc("네이버 권리보호센터"),
    date="Fri, 13 Sep 2024 10:40:22 +0900",
    subject="[KCSC-240909-04] 처리 결과",
    reply_to_req=RID["KCSC-240909-04"],
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(naver_html)}
""",
    outcome="applied",
    imitates="Korean portal result table (번호 / URL / 처리 결과) in a base64 HTML body",
    why="블라인드 and 삭제 = removed, 접근 제한(국내) = restricted",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted"},
)

case(
    name="naver-thread-followup",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date="Tue, 17 Sep 2024 15:05:47 +0900",
    subject="Re: Re: [KCSC-240909-04] 처리 결과 문의",
    reply_to_req=RID["KCSC-240909-04"],
    body=f"""
안녕하세요, 네이버 고객센터입니다.

문의하신 나머지 게시물（{N[1]}）은 확인 결과 이미 삭제된 게시물이라
조회되지 않습니다.

감사합니다.

2024년 9월 16일 (월) 오전 10:02, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하세요. 지난번 회신 감사합니다.
> 아래 게시물의 처리 결과를 아직 받지 못하여 다시 문의드립니다.
> {N[1]}
>
> 방송통신심의위원회 드림
""",
    outcome="applied",
    imitates="follow-up answer in a Korean help-desk thread over a Gmail-style quote",
    why="the URL in full-width parentheses is stated already deleted and not viewable: not_found",
    items={N[1]: "not_found"},
)

case(
    name="naver-untrusted",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 고객센터"),
    auth="fail",
    date="Sat, 14 Sep 2024 02:11:09 +0900",
    subject="[네이버] 게시물 삭제 완료 (KCSC-240909-04)",
    body=f"""
안녕하세요.

요청하신 아래 게시물을 모두 삭제하였습니다.

{N[0]}
{N[1]}

네이버 고객센터
""",
    outcome="review", review="untrusted",
    imitates="Korean portal deletion notice whose authentication fails",
    why="the sender's domain is NAVER's but DKIM/SPF/DMARC fail",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="naver-mdn",
    **{"from": "seo.yuna@navercorp.com"}, name_from=enc("서유나"),
    date="Mon, 09 Sep 2024 13:02:40 +0900",
    subject="읽음: [KCSC-240909-04] 게시물 삭제 요청",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn356_4"

--=_mdn356_4
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240909-04] 게시물 삭제 요청"을(를) 수신자가 2024-09-09 13:02에 읽었습니다.

--=_mdn356_4
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook
Final-Recipient: rfc822;seo.yuna@navercorp.com
Original-Message-ID: <kcsc-req-240909-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn356_4--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean read receipt (읽음) as a multipart/report disposition notification",
    why="a read receipt says nothing about any item",
    items={},
)

case(
    name="naver-outlook-top-posted",
    **{"from": "global-policy@navercorp.com"}, name_from="NAVER Policy Team",
    date="Wed, 11 Sep 2024 17:55:03 +0900",
    subject="RE: [KCSC-240909-04] Request for removal",
    reply_to_req=RID["KCSC-240909-04"],
    body=f"""
Dear KCSC,

We have reviewed your request.

The blog post {N[0]} has been made private (비공개 처리) by the operator
and can no longer be viewed.

Access to {N2_RAW} has been restricted (접근 제한).

We will send the result for the cafe post separately.

Best regards,
NAVER Policy Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 11:30 AM
To: policy@navercorp.com
Subject: [KCSC-240909-04] Request for removal

{our_request("KCSC-240909-04", N, "NAVER")}
""",
    outcome="applied",
    imitates="English reply from a Korean portal's policy team, top-posted over the Outlook-quoted request",
    why="made private by the operator = removed; 접근 제한 = restricted; the cafe post only promised",
    items={N[0]: "removed", N[2]: "restricted", N[1]: "pending"},
)

# ================================================================== Discord
case(
    name="discord-receipt-with-result",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Tue, 10 Sep 2024 18:40:15 +0900",
    subject="[Discord] Re: KCSC-240910-05 (ticket 30118822)",
    reply_to_req=RID["KCSC-240910-05"],
    body=f"""
##- Please type your reply above this line -##

Hi there,

Your request (30118822) has been received and is being reviewed by our
support staff.

Update from Trust & Safety: we reviewed the invite link
{D[0]} and the server it pointed to has been removed from Discord for
violating our Community Guidelines.

We will reply in this ticket about the other link.

Discord Trust & Safety
""",
    outcome="applied",
    imitates="Zendesk receipt text followed in the same email by an agent's first result",
    why="a receipt phrase plus an unhedged removal of the server behind the invite: not a pure acknowledgement",
    items={D[0]: "removed", D[1]: "pending"},
)

case(
    name="discord-solved-two",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Fri, 13 Sep 2024 07:58:20 +0900",
    subject="[Discord] Ticket 30118822: Solved",
    reply_to_req=RID["KCSC-240910-05"],
    body=f"""
##- Please type your reply above this line -##

Your request (30118822) has been solved. To reopen it, reply to this email.

Jordan (Discord Trust & Safety)
Sep 12, 2024, 3:57 PM PDT

Hello,

The message you reported ({D[1]}) has been deleted and the account that
posted it has been banned.

The invite link {D[0]} is invalid or expired; we could not find an active
server behind it.

Thanks,
Jordan
""",
    outcome="applied",
    imitates="Zendesk 'request solved' email with the agent's closing comment",
    why="the message was deleted (removed); the invite is invalid with no server behind it (not_found)",
    items={D[1]: "removed", D[0]: "not_found"},
)

case(
    name="discord-bulk-thread",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Thu, 12 Sep 2024 12:12:12 +0900",
    subject="[Discord] Re: KCSC-240910-05",
    reply_to_req=RID["KCSC-240910-05"],
    body="""
Hello,

We've taken action on the content in your report. Thank you for helping
keep Discord safe.

Discord Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="short 'we've taken action on your report' reply in the request thread",
    why="one blanket statement for a two-item request without naming either item",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="discord-angle-brackets-reminder",
    **{"from": "jordan.lee@discord.com"}, name_from="Jordan Lee",
    date="Thu, 19 Sep 2024 09:30:41 +0900",
    subject="Re: Reminder: KCSC-240910-05 overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240910-05.1@kcsc.example>"],
    body=f"""
Hi,

Sorry for the delay on this one. The message at
<{D[1]}> has been removed.

We're still looking into the invite and will let you know.

Jordan
Discord Trust & Safety

On Wed, Sep 18, 2024 at 6:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(our_reminder("KCSC-240910-05", D, "Discord"))}
""",
    outcome="applied",
    imitates="agent's personal reply to our reminder, URL in angle brackets on the line after its subject",
    why="the message is removed; the invite is only promised",
    items={D[1]: "removed", D[0]: "pending"},
)

case(
    name="discord-ooo",
    **{"from": "jordan.lee@discord.com"}, name_from="Jordan Lee",
    date="Wed, 18 Sep 2024 18:00:30 +0900",
    subject="Out of office Re: Reminder: KCSC-240910-05 overdue",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Hi, thanks for your email. I'm away until Monday, September 23 and will
reply when I'm back. For urgent Trust & Safety matters please use the
ticket thread so that a colleague can pick it up.

Jordan
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder of a trust-and-safety agent",
    why="an out-of-office reply",
    items={},
)

case(
    name="discord-csat-survey",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Sun, 15 Sep 2024 08:00:00 +0900",
    subject="How did we do? Ticket 30118822",
    body="""
Hello,

We'd love to hear what you think of the support you received on ticket
30118822.

How would you rate it?

Good, I'm satisfied: https://support.discord.com/hc/requests/30118822/satisfaction/good
Bad, I'm unsatisfied: https://support.discord.com/hc/requests/30118822/satisfaction/bad

Discord
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey sent after a ticket is solved",
    why="trusted platform mail naming no item and no reference of ours; the links are the help desk's own",
    items={},
)

# ==================================================================== Kakao
case(
    name="kakao-jira-receipt",
    **{"from": "cs-report@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Wed, 11 Sep 2024 10:02:15 +0900",
    subject="[DSK-4471] 신고가 접수되었습니다 (KCSC-240911-06)",
    reply_to_req=RID["KCSC-240911-06"],
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
---- 이 줄 위에 회신을 작성해 주세요 ----

안녕하세요, 카카오 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다. (접수번호 DSK-4471)
담당자 검토 후 결과를 회신드리겠습니다.

[접수 내용]
{K[0]}
{K1_RAW}

카카오 고객센터
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management-style Korean receipt echoing the reported links",
    why="receipt with the links echoed and a promise to reply; no statement about either",
    items={},
)

case(
    name="kakao-result-wrapped",
    **{"from": "cs-report@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Mon, 16 Sep 2024 16:48:09 +0900",
    subject="[DSK-4471] 처리 완료 안내 (KCSC-240911-06)",
    reply_to_req=RID["KCSC-240911-06"],
    body=f"""
---- 이 줄 위에 회신을 작성해 주세요 ----

안녕하세요, 카카오 고객센터입니다.
접수번호 DSK-4471 건의 처리 결과를 안내드립니다.

1) {K[0]} → 게시물 삭제 (운영정책 위반)

2) 아래 게시물은 국내 접속 차단 조치되었습니다.
<https://cafe.daum.net/{quote(JUNGGO)}/
 Qz1b/88>

요청 상태: 해결됨

카카오 고객센터
""",
    outcome="applied",
    imitates="Jira-style Korean 'resolved' notice, long URL wrapped inside angle brackets",
    why="삭제 = removed; 국내 접속 차단 = restricted for the wrapped URL on the line after its statement",
    items={K[0]: "removed", K[1]: "restricted"},
)

case(
    name="kakao-promise-korean",
    **{"from": "cs-report@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Fri, 13 Sep 2024 11:11:11 +0900",
    subject="Re: [DSK-4471] 처리 현황 문의",
    reply_to_req=RID["KCSC-240911-06"],
    body=f"""
안녕하세요, 카카오 고객센터입니다.

신고하신 게시물({K[0]})은 현재 담당 부서에서 검토 중이며, 확인이 끝나는 대로
조치될 예정입니다. 처리 결과는 이 메일로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean help-desk status answer: 검토 중, 조치될 예정",
    why="under review and a promise of action: no statement about the named post",
    items={K[0]: "pending"},
)

k_csv = (
    "\ufeff신고URL,처리결과,처리일시\r\n"
    f"{K[0]},삭제,2024-09-17 10:20\r\n"
    f"{K1_RAW},게시자 삭제(게시물 없음),2024-09-17 10:20\r\n"
)
case(
    name="kakao-csv-attachment",
    **{"from": "cs-report@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Tue, 17 Sep 2024 10:35:50 +0900",
    subject=enc("[DSK-4471] 처리 결과 파일 송부"),
    reply_to_req=RID["KCSC-240911-06"],
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_k356_mix_5"

--=_k356_mix_5
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 고객센터입니다.

KCSC-240911-06 건의 처리 결과를 첨부 파일로 송부드립니다.

감사합니다.

--=_k356_mix_5
Content-Type: text/csv; charset=utf-8; name="DSK-4471_result.csv"
Content-Disposition: attachment; filename="DSK-4471_result.csv"
Content-Transfer-Encoding: base64

{b64(k_csv)}
--=_k356_mix_5--
""",
    outcome="applied",
    imitates="Korean help desk sending its result as a CSV attachment with a BOM",
    why="삭제 = removed; deleted by the poster, no such post = not_found (raw Korean path in the CSV)",
    items={K[0]: "removed", K[1]: "not_found"},
)

# ---------------------------------------------------------------- write
HEADER = """# Blind set 356 (ticket systems and threads): expected results written from
# each email's meaning before the reader was run. Generated by make.py."""


def main():
    write_requests()
    outdir = os.path.join(HERE, "cases")
    if os.path.isdir(outdir):
        for f in os.listdir(outdir):
            if f.endswith(".eml"):
                os.remove(os.path.join(outdir, f))
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
