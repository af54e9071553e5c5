#!/usr/bin/env python3
"""Blind set 788 (ticket systems and threads): writes requests.csv,
cases/*.eml and expected.toml.

Focus: Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Written without reading the reader (src/) or any
other corpus set's cases; every expected result comes from the meaning of the
email alone, before any run. Deterministic: running it twice changes nothing.

    python3 tests/corpus/blind788/make.py
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind788"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07",
)
MID = {
    R1: "req.240902-01.a41c", R2: "req.240903-02.b7e2", R3: "req.240904-03.c09d",
    R4: "req.240905-04.d5f1", R5: "req.240906-05.e3a8", R6: "req.240909-06.f6b0",
    R7: "req.240910-07.0c27",
}

# Telegram, 3 items
T1 = "https://t.me/lucky_spin_kr/311"
T2 = "https://t.me/lucky_spin_kr/318"
T3 = "https://t.me/night_pharm_24/57"
# X, 14 items (the largest request)
X = [
    "https://x.com/bet_hanul77/status/1830011122233344401",
    "https://x.com/bet_hanul77/status/1830011122233344512",
    "https://x.com/bet_hanul77/status/1830011122233344623",
    "https://x.com/toto_gangnam_k/status/1829900011122233301",
    "https://x.com/toto_gangnam_k/status/1829900011122233455",
    "https://x.com/casino_moonrise/status/1830222333444555601",
    "https://x.com/casino_moonrise/status/1830222333444555788",
    "https://x.com/pill_courier_k/status/1830333444555666701",
    "https://x.com/pill_courier_k/status/1830333444555666802",
    "https://x.com/fake_id_seoul/status/1830444555666777801",
    "https://x.com/fake_id_seoul/status/1830444555666777912",
    "https://x.com/slot_queen_99/status/1830555666777888001",
    "https://x.com/slot_queen_99/status/1830555666777888123",
    "https://x.com/jackpot_line_kr",
]
# YouTube, 4 items
V1 = "https://www.youtube.com/watch?v=Qm3xT8aLp2c"
V2 = "https://www.youtube.com/watch?v=Zr7bN1kWe0d"
V3 = "https://www.youtube.com/watch?v=Hs5yU9oPq4f"
V4 = "https://www.youtube.com/@mirae_betting_tv"
# NAVER, 5 items
N1 = "https://blog.naver.com/sunny_lotto88/223561234501"
N2 = "https://blog.naver.com/sunny_lotto88/223561234777"
N3 = "https://cafe.naver.com/hanbitmarket/58812"
N4 = "https://cafe.naver.com/hanbitmarket/58830"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40102&docId=471230987"
# Kakao, 2 items (K1 stored percent-encoded: /entry/슬롯-추천-사이트)
K1_RAW = "https://luckyday77.tistory.com/entry/슬롯-추천-사이트"
K1 = "https://luckyday77.tistory.com/entry/%EC%8A%AC%EB%A1%AF-%EC%B6%94%EC%B2%9C-%EC%82%AC%EC%9D%B4%ED%8A%B8"
K2 = "https://cafe.daum.net/goldenbridge7/Qx2P/905"
# TikTok, 1 item
TT = "https://www.tiktok.com/@quickcash.kr/video/7410022233344455566"
# X, 2 items
Y1 = "https://x.com/dream_invest_kr/status/1833300011122233344"
Y2 = "https://x.com/dream_invest_kr/status/1833300011122233467"

REQUESTS = [
    (R1, "telegram", "2024-09-02T14:00:00+09:00", "2024-09-05T14:00:00+09:00", "illegal_gambling_drugs",
     [T1, T2, T3], "gambling promotion channel and drug sales post"),
    (R2, "x", "2024-09-03T10:30:00+09:00", "2024-09-06T10:30:00+09:00", "illegal_gambling",
     X, "gambling, drugs and forged IDs; largest request of the set"),
    (R3, "youtube", "2024-09-04T09:15:00+09:00", "2024-09-07T09:15:00+09:00", "illegal_gambling",
     [V1, V2, V3, V4], "betting tutorial videos and channel"),
    (R4, "naver", "2024-09-05T15:10:00+09:00", "2024-09-08T15:10:00+09:00", "illegal_gambling",
     [N1, N2, N3, N4, N5], "lottery-site blog posts, cafe posts, KnowledgeiN answer"),
    (R5, "kakao", "2024-09-06T11:00:00+09:00", "2024-09-09T11:00:00+09:00", "illegal_gambling",
     [K1, K2], "Tistory post (Korean path) and Daum cafe post"),
    (R6, "tiktok", "2024-09-09T16:40:00+09:00", "2024-09-12T16:40:00+09:00", "financial_fraud",
     [TT], "loan-scam video"),
    (R7, "x", "2024-09-10T09:50:00+09:00", "2024-09-13T09:50:00+09:00", "financial_fraud",
     [Y1, Y2], "investment-scam posts"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def xlist(*idx, st):
    return {X[i - 1]: st for i in idx}


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ Telegram
case(
    name="tg-zendesk-solved-two-of-three",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been solved' notification with the agent's comment",
    why="a solved ticket naming two deleted posts; the third is still being looked at (pending)",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Wed, 04 Sep 2024 08:12:40 +0000",
    subject=f"[Request #48213] Re: {R1} removal request - solved",
    reply_to_req=MID[R1],
    body=f"""
##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen it, simply reply to this email.

----------------------------------------------

Mikhail R. (Telegram Abuse)

Sep 4, 2024, 08:12 UTC

Hello,

Thank you for the report. We looked into the three links you sent.

The posts {T1} and {T2} were deleted and the channel administrator has been warned.

Our moderators are still looking into {T3}; we will write again in this ticket when that is finished.

Kind regards,
Mikhail
Telegram Abuse Team

----------------------------------------------

This email is a service from Telegram Support. Delivered by Zendesk
""",
    items={T1: "removed", T2: "removed", T3: "pending"},
)

case(
    name="tg-followup-same-thread-geo",
    outcome="applied", classification="confirmation",
    imitates="follow-up agent comment in the same Zendesk ticket, earlier comment quoted with '>'",
    why="the new comment restricts the drug post in Korea; the two deletions appear only in the quoted earlier comment",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Fri, 06 Sep 2024 13:40:05 +0000",
    subject=f"[Request #48213] Re: {R1} removal request",
    reply_to_req=MID[R1],
    body=f"""
Hello again,

A follow-up on the last link of this request. The post
{T3}
is no longer available to users in the Republic of Korea. It remains visible elsewhere.

This closes the ticket on our side.

Mikhail R.
Telegram Abuse Team

On Wed, Sep 4, 2024 at 08:12 UTC, Telegram Abuse Team <abuse@telegram.org> wrote:
> Hello,
>
> The posts {T1} and {T2} were deleted and the channel administrator has been warned.
>
> Our moderators are still looking into {T3}.
""",
    items={T3: "restricted", T1: "pending", T2: "pending"},
)

case(
    name="tg-zendesk-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'Your request has been received' auto-reply that echoes the submitted text",
    why="a ticket receipt that only echoes our own request; nothing about any item is stated",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Mon, 02 Sep 2024 05:02:11 +0000",
    subject=f"[Request #48213] {R1} removal request",
    reply_to_req=MID[R1],
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support staff.

To add more information, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 2, 2024, 05:00 UTC

Request {R1}. Please remove the following content, which is illegal under Korean law:
1. {T1}
2. {T2}
3. {T3}

----------------------------------------------

This email is a service from Telegram Support.
""",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="tg-reminder-reply-promise",
    outcome="review", review="not_understood",
    imitates="abuse-desk agent replying to a regulator's reminder with an escalation promise",
    why="'have been escalated and will be actioned' is a promise, no statement about any link",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Thu, 05 Sep 2024 09:30:00 +0000",
    subject=f"Re: Reminder: {R1} overdue",
    reply_to_req=MID[R1],
    body=f"""
Hello,

Thanks for the reminder. The links in your request {R1} have been
escalated to the responsible team and will be actioned within the next
48 hours. We apologise for the delay.

Best,
Telegram Abuse Team

On Thu, 5 Sep 2024 at 15:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Request {R1} (3 items) passed its deadline on 5 September.
> Please tell us what has been done with each item.
""",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="tg-hosted-helpdesk-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="agent reply sent from a hosted help-desk subdomain instead of the platform's own domain",
    why="the sender domain (zendesk.com) is no configured platform domain, so the deletion cannot be trusted",
    **{"from": "support@tg-abuse.zendesk.com"}, name_from="Telegram Support",
    date="Wed, 04 Sep 2024 07:55:00 +0000",
    subject=f"[#48219] Re: {R1}",
    body=f"""
Hello,

We have removed the post {T1} from the channel.

Regards,
Support team

--
Reply to this email to add a comment to request #48219.
""",
    items={T1: "pending"},
)

case(
    name="tg-reminder-reply-angle-bracket-list",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply to a reminder, one '<url>' per line with the status on the next line",
    why="each link is named with its status below it: removed, could not be located, no breach",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team",
    date="Sat, 07 Sep 2024 10:01:17 +0000",
    subject=f"Re: Reminder: {R1} overdue [Request #48213]",
    reply_to_req=MID[R1],
    body=f"""
Hi,

Sorry for the slow answer. Here is where each link stands:

<{T1}>
Status: removed by our moderators.

<{T2}>
Status: we could not locate this message; the link does not lead to any post.

<{T3}>
Status: reviewed, no breach of the Telegram Terms of Service found. No action taken.

If you disagree with the last decision, you may send us additional context in this ticket.

Telegram Abuse Team
""",
    items={T1: "removed", T2: "not_found", T3: "rejected"},
)

case(
    name="tg-case-number-update",
    outcome="applied", classification="confirmation",
    imitates="Telegram 'Case #' update naming one link, no regulator reference",
    why="a trusted statement that the drug post was taken down, matched by its URL",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date="Mon, 09 Sep 2024 06:20:44 +0000",
    subject="Case #7730142 - update",
    body=f"""
Case #7730142

Dear reporter,

We have completed our review. The content at the address below has been
taken down for violating our rules on the sale of illegal goods:

  {T3}

Further information: https://telegram.org/tos

Telegram DSA Team
""",
    items={T3: "removed"},
)

# ================================================================ X (14 items)
table_rows = [
    (1, "Removed", "removed"), (2, "Removed", "removed"), (3, "Withheld in KR", "restricted"),
    (4, "Withheld in KR", "restricted"), (5, "No violation", "rejected"), (6, "Removed", "removed"),
    (7, "Not found", "not_found"), (8, "Removed", "removed"), (9, "Removed", "removed"),
    (10, "Withheld in KR", "restricted"), (11, "Removed", "removed"), (12, "No violation", "rejected"),
    (13, "Not found", "not_found"), (14, "Account suspended", "removed"),
]
case(
    name="x-jira-resolved-text-table",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' email with a plain-text result table",
    why="all 14 items of the largest request each with its own action in a table",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date="Mon, 09 Sep 2024 02:14:00 +0000",
    subject=f"[LRQ-20931] {R2} - Resolved",
    reply_to_req=MID[R2],
    body="— Reply above this line.\n\n"
    "Your request LRQ-20931 has been resolved.\n\n"
    f"Outcome for {R2}:\n\n"
    "  #  | URL                                                      | Action\n"
    "-----+----------------------------------------------------------+------------------\n"
    + "".join(f"  {i:<2} | {X[i - 1]:<56} | {a}\n" for i, a, _ in table_rows)
    + "\n'Withheld in KR' means the post is not visible to viewers in South Korea.\n"
    "'No violation' means the post was reviewed and breaks neither the X Rules nor local law.\n\n"
    "View request: https://legalrequests.x.com/portal/LRQ-20931\n"
    "Turn off this request's notifications\n",
    items={X[i - 1]: s for i, _, s in table_rows},
)

case(
    name="x-reminder-reply-first-batch",
    outcome="applied", classification="confirmation",
    imitates="partial answer to a reminder: numbered list, status on the line below each URL",
    why="five items named with their outcomes; the other nine are said to be still under review without being named",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date="Wed, 11 Sep 2024 07:45:12 +0000",
    subject=f"RE: Reminder: {R2} overdue",
    reply_to_req=MID[R2],
    body=f"""
Hello KCSC team,

Thank you for your patience. Review of the first five posts in {R2} is complete:

1. {X[0]}
   removed for violating our illegal gambling policy
2. {X[1]}
   removed for violating our illegal gambling policy
3. {X[2]}
   withheld in South Korea in response to your legal demand
4. {X[3]}
   withheld in South Korea in response to your legal demand
5. {X[4]}
   no action: the post does not violate the X Rules

The remaining nine posts are still being reviewed. We will reply in this thread.

X Legal

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Request {R2} (14 items) is past its deadline. Please let us know the outcome for each item.
""",
    items=dict(
        {X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "restricted", X[4]: "rejected"}
    ),
)

csv_rows = [(6, "removed"), (7, "not_found"), (8, "removed"), (9, "removed"), (10, "withheld_KR"),
            (11, "removed"), (12, "no_violation"), (13, "not_found"), (14, "account_suspended")]
csv_map = {"removed": "removed", "not_found": "not_found", "withheld_KR": "restricted",
           "no_violation": "rejected", "account_suspended": "removed"}
csv_text = "ticket,url,action,decided_at\n" + "".join(
    f"LRQ-20931,{X[i - 1]},{a},2024-09-12\n" for i, a in csv_rows)
case(
    name="x-csv-attachment-remaining",
    outcome="applied", classification="confirmation",
    imitates="ticket-system reply with the outcome as an attached CSV export (base64)",
    why="a CSV attachment gives one action per URL for the remaining nine items",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date="Thu, 12 Sep 2024 09:03:51 +0000",
    subject=f"[LRQ-20931] {R2} - outcome for remaining items",
    reply_to_req=MID[R2],
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_lrq20931_mix"

--=_lrq20931_mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the remaining posts in {R2}.
The "action" column uses these values: removed, withheld_KR (not visible in
South Korea), no_violation (left up), not_found, account_suspended.

X Legal Requests

--=_lrq20931_mix
Content-Type: text/csv; charset=utf-8; name="LRQ-20931_outcome.csv"
Content-Disposition: attachment; filename="LRQ-20931_outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_lrq20931_mix--
""",
    items={X[i - 1]: csv_map[a] for i, a in csv_rows},
)

case(
    name="x-bulk-all-actioned",
    outcome="review", review="bulk",
    imitates="solved-ticket notice summing up a whole request in one sentence",
    why="'all posts listed ... have been actioned' names none of the 14 items",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date="Fri, 13 Sep 2024 01:10:00 +0000",
    subject=f"[LRQ-20931] {R2} - Solved",
    reply_to_req=MID[R2],
    body=f"""
Hello,

All posts listed in your request {R2} have been actioned in line with
the X Rules and applicable local law. This request is now marked as solved.

If you believe this is in error, reply to this email within 7 days to reopen it.

X Legal Requests
""",
    items={u: "pending" for u in X},
)

case(
    name="x-hedged-already-gone",
    outcome="review", review="not_understood",
    imitates="agent comment hedging about posts that may have been deleted by their author",
    why="'appears ... may have already been deleted' and 'still checking' are no statements",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date="Tue, 10 Sep 2024 04:22:30 +0000",
    subject=f"Re: {R2} - question on two items",
    reply_to_req=MID[R2],
    body=f"""
Hi,

Quick update on two of the links. It appears that
{X[9]} may have already been deleted by the account holder before our team
got to it, but we need to confirm this with engineering. We are still checking
{X[10]}.

We'll follow up once we know more.

Thanks,
Hannah
X Legal Requests
""",
    items={X[9]: "pending", X[10]: "pending"},
)

case(
    name="x-staff-forwards-enforcement-note",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="employee forwarding an internal enforcement team note with a short cover line",
    why="the statuses are inside a forwarded message, not stated by the sender; a person should confirm",
    **{"from": "daniel.cho@x.com"}, name_from="Daniel Cho",
    date="Wed, 11 Sep 2024 11:48:09 +0000",
    subject=f"Fwd: {R2} casino_moonrise posts",
    reply_to_req=MID[R2],
    body=f"""
Hi,

Forwarding the note from our enforcement colleagues below, FYI.

Daniel

---------- Forwarded message ---------
From: Safety Ops <safety-ops@x.com>
Date: Wed, Sep 11, 2024 at 6:30 PM
Subject: {R2} casino_moonrise
To: Daniel Cho <daniel.cho@x.com>

Both casino_moonrise posts handled:
{X[5]} - removed
{X[6]} - not found, post id does not exist
""",
    items={X[5]: "pending", X[6]: "pending"},
)

case(
    name="x-outlook-top-posted-over-request",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply above '-----Original Message-----' holding our whole request",
    why="two posts named as removed above the quote; the other URLs appear only in our quoted request",
    **{"from": "jiwoo.park@x.com"}, name_from="Jiwoo Park",
    date="Tue, 10 Sep 2024 08:05:00 +0000",
    subject=f"RE: {R2} Removal request (14 items)",
    reply_to_req=MID[R2],
    body=f"""
Hello,

The two pill_courier_k posts have been removed:
{X[7]}
{X[8]}

I'll come back to you on the others separately.

Best regards,
Jiwoo Park | Legal Policy, X Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:30 AM
To: legal@x.com
Subject: {R2} Removal request (14 items)

Dear X,

Under the Telecommunications Business Act we ask you to remove or block the following:
""" + "".join(f"{i + 1}. {u}\n" for i, u in enumerate(X)) + """
KCSC
""",
    items={X[7]: "removed", X[8]: "removed", X[0]: "pending", X[13]: "pending"},
)

case(
    name="x-dsa-statement-single-item",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons for one post: territorial restriction",
    why="one named post of the large request is withheld in South Korea (restricted)",
    **{"from": "no-reply@x.com"}, name_from="X",
    date="Wed, 11 Sep 2024 15:30:40 +0000",
    subject="Decision on reported content",
    body=f"""
Statement of reasons

Content: {X[11]}
Reference: {R2}
Decision: restriction of visibility in a territory
Territorial scope: Republic of Korea (KR)
Ground: the content is illegal under the law of that territory
Automated detection used: No
Automated decision: No
Date of decision: 2024-09-11

The content remains available outside the territory named above. Information on
redress: https://help.x.com/forms/dsa/appeal
""",
    items={X[11]: "restricted"},
)

case(
    name="x-auth-fail-result-list",
    outcome="review", review="untrusted",
    imitates="result list claiming to come from X's legal desk, failing DKIM/SPF/DMARC",
    why="from x.com but authentication failed, so the three 'removed' lines are not trusted",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Mon, 09 Sep 2024 10:10:10 +0000",
    subject=f"Re: {R2}",
    body=f"""
Hello,

Results for {R2}:

- {X[0]} : removed
- {X[1]} : removed
- {X[2]} : removed

X Legal
""",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-mdn-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 message disposition notification (Outlook 'Read:' receipt)",
    why="a read receipt for our request email, nothing about items",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 03 Sep 2024 02:41:07 +0000",
    subject=f"Read: {R2} Removal request (14 items)",
    reply_to_req=MID[R2],
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_5521"

--=_mdn_5521
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: {R2} Removal request (14 items)
  Sent: Tuesday, September 3, 2024 10:30 AM (UTC+09:00) Seoul

was read on Tuesday, September 3, 2024 11:41 AM (UTC+09:00) Seoul.

--=_mdn_5521
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Exchange Server
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <{MID[R2]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_5521--
""",
)

# ================================================================ X (2 items)
case(
    name="x2-thread-reply-two-outcomes",
    outcome="applied", classification="confirmation",
    imitates="plain agent reply in the request thread, one sentence per post",
    why="one post removed, the other reviewed and left up (rejected)",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date="Thu, 12 Sep 2024 03:33:00 +0000",
    subject=f"Re: {R7} Removal request (2 items)",
    reply_to_req=MID[R7],
    body=f"""
Hello,

In response to {R7}:

{Y1} has been removed for violating our policy on financial scams.

The second post, {Y2}, was reviewed by our team and does not violate the
X Rules or Korean law as far as we can determine. It remains available.

Regards,
X Legal Requests
""",
    items={Y1: "removed", Y2: "rejected"},
)

# ================================================================ YouTube
yt_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for contacting the YouTube Legal Support team about request <b>{R3}</b>.
After review, we have taken the following actions:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td><a href="{V1}">{V1}</a></td><td>Removed (Community Guidelines)</td></tr>
<tr><td><a href="{V2}">{V2}</a></td><td>Blocked in South Korea (local law)</td></tr>
<tr><td><a href="{V3}">{V3}</a></td><td>Age-restricted</td></tr>
<tr><td><a href="{V4}">{V4}</a></td><td>Channel terminated</td></tr>
</table>
<p>You can learn more about our policies at
<a href="https://support.google.com/youtube/answer/2801939">YouTube Help</a>.</p>
<p>Regards,<br>Min-ji<br>The YouTube Legal Support Team</p>
<p style="color:#888;font-size:11px">Ticket 3-1178820043 &middot; reply to this message to continue the conversation</p>
</body></html>"""
case(
    name="yt-helpdesk-html-table",
    outcome="applied", classification="confirmation",
    imitates="HelpScout-style HTML agent reply with a two-column result table",
    why="four URLs each with its action: removed, blocked in KR, age-restricted, channel terminated",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 05:50:00 +0000",
    subject=f"[3-1178820043] Re: {R3}",
    reply_to_req=MID[R3],
    type="html", body=yt_html,
    items={V1: "removed", V2: "restricted", V3: "restricted", V4: "removed"},
)

case(
    name="yt-reminder-reply-one-done",
    outcome="applied", classification="confirmation",
    imitates="agent reply to a regulator's follow-up: one item done, the rest still with legal",
    why="one video named as taken down; the other three are mentioned only as 'the other three items'",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 01:15:00 +0000",
    subject=f"Re: Reminder: {R3} overdue",
    reply_to_req=MID[R3],
    body=f"""
Hi there,

Thank you for following up. We have taken down
https://www.youtube.com/watch?v=Qm3xT8aLp2c .

The other three items in your request are still with our legal team, and we
will update you as soon as we have a decision.

Best,
The YouTube Legal Support Team

> Request {R3} (4 items) passed its deadline on 7 September.
""",
    items={V1: "removed"},
)

yt_qp_text = f"""안녕하세요, 방송통신심의위원회 담당자님.

요청하신 {R3} 건에 대한 검토 결과를 안내드립니다.

The video at the following address has been blocked from view in South Korea
on the basis of local law:
{V2}

The video {V3} was reviewed against our Community Guidelines and we did not find a violation, so we have not taken action on it.

감사합니다.
YouTube 법무 지원팀
"""
case(
    name="yt-qp-local-block-and-refusal",
    outcome="applied", classification="confirmation",
    imitates="Google legal-removal outcome in Korean/English, quoted-printable body",
    why="one video blocked in Korea (restricted), one reviewed and left up (rejected)",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 06:06:06 +0000",
    subject=f"[3-1178820043] {R3} 검토 결과",
    reply_to_req=MID[R3],
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(yt_qp_text)}
""",
    items={V2: "restricted", V3: "rejected"},
)

case(
    name="yt-single-removal-policy-links",
    outcome="applied", classification="confirmation",
    imitates="YouTube removal confirmation with help-centre and appeal links",
    why="one named video removed; the help and appeal links are not items",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 02:02:02 +0000",
    subject=f"Re: {R3}",
    reply_to_req=MID[R3],
    body=f"""
Hello,

After further review, the video {V3} has been removed from YouTube under our
policy on illegal gambling (https://support.google.com/youtube/answer/2801973).

The uploader can appeal this decision: https://support.google.com/youtube/answer/185111

The YouTube Legal Support Team
""",
    items={V3: "removed"},
)

case(
    name="yt-csat-survey",
    outcome="review", review="no_claims",
    imitates="help-desk customer satisfaction survey sent after a ticket is closed",
    why="a trusted Google email that names no item and no request",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 00:30:00 +0000",
    subject="How did we do? Tell us about your recent support experience",
    body="""
Hello,

You recently contacted Google Legal Support. We'd like to hear how it went.

How satisfied were you with the help you received?
  Very satisfied  https://survey.google.example/csat?r=5
  Satisfied       https://survey.google.example/csat?r=4
  Not satisfied   https://survey.google.example/csat?r=1

This survey takes about one minute. Thank you for helping us improve.
""",
)

case(
    name="yt-asks-for-legal-basis",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal team 'we need more information' reply on a channel-level request",
    why="the channel is not actioned; they ask for specific videos and the legal basis",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 04:44:00 +0000",
    subject=f"[3-1178820043] Additional information needed - {R3}",
    reply_to_req=MID[R3],
    body=f"""
Hello,

Regarding the channel {V4} in request {R3}: we need more information
before we can process this part of your request.

Please reply with:
- the individual video URLs on the channel that you consider unlawful, and
- the specific provision of Korean law each one violates.

Until we receive this, the ticket will remain in 'Pending' status.

The YouTube Legal Support Team
""",
    items={V4: "pending"},
)

case(
    name="yt-staff-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office reply from a staff member, our request quoted below",
    why="an out-of-office auto-reply; the URLs are only in our quoted request",
    **{"from": "sora.kim@google.com"}, name_from="Sora Kim",
    date="Wed, 04 Sep 2024 00:20:00 +0000",
    subject=f"Automatic reply: {R3} Removal request (4 items)",
    reply_to_req=MID[R3],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
Thank you for your email. I am out of the office until Monday 23 September with
limited access to email. For urgent legal removal matters, please use the
legal support web form.

Sora

> {R3}: please remove the following:
> {V1}
> {V2}
> {V3}
> {V4}
""",
)

case(
    name="yt-jira-comment-channel-terminated",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management comment notification ('Reply above this line', 'commented:')",
    why="the agent's comment states the channel was terminated (removed)",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 07:25:00 +0000",
    subject=f"[YTL-88412] {R3} channel",
    reply_to_req=MID[R3],
    body=f"""
— Reply above this line.

Minji Seo commented:

Thank you for the list of videos you sent. Having reviewed them, we terminated the channel
{V4}
for repeated violations of our policy on illegal gambling. All of its videos
are no longer available on YouTube.

View request · Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    items={V4: "removed"},
)

# ================================================================ NAVER
naver_table = f"""안녕하세요. 네이버 고객센터입니다.

{R4} 시정요구에 대한 조치 결과를 아래와 같이 회신드립니다.

번호 | URL | 조치 결과
1 | {N1} | 삭제
2 | {N2} | 게시중단
3 | {N3} | 임시조치
4 | {N4} | 블라인드
5 | {N5} | 게시물 없음(작성자 삭제)

기타 문의는 본 메일에 회신해 주시기 바랍니다.
감사합니다.

네이버 고객센터 드림
"""
case(
    name="naver-correction-result-table",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply with a pipe-separated table",
    why="five URLs with 삭제, 게시중단, 임시조치, 블라인드 and '게시물 없음(작성자 삭제)'",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 01:00:00 +0000",
    subject=f"[네이버 고객센터] {R4} 조치 결과 회신",
    reply_to_req=MID[R4],
    body=naver_table,
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found"},
)

case(
    name="naver-inquiry-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-centre inquiry receipt (문의 접수 안내)",
    why="a receipt with an inquiry number, nothing about items",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Thu, 05 Sep 2024 06:12:00 +0000",
    subject=f"[네이버 고객센터] 문의가 접수되었습니다 ({R4})",
    reply_to_req=MID[R4],
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 2409-118822
문의 제목: {R4} 게시물 시정요구

접수된 문의는 순서대로 확인하여 답변드리겠습니다.
답변까지 영업일 기준 2~3일이 걸릴 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
)

case(
    name="naver-followup-partial",
    outcome="applied", classification="confirmation",
    imitates="Korean follow-up in the same inquiry: 2 of 5 done, one named as under review",
    why="two blog posts 삭제/비공개 처리 (removed), one cafe post named as 검토 중 (pending)",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 08:30:00 +0000",
    subject=f"Re: [네이버 고객센터] {R4} 처리 현황 안내",
    reply_to_req=MID[R4],
    body=f"""
안녕하세요. 네이버 고객센터입니다.

문의하신 {R4} 건의 처리 현황을 추가로 안내드립니다.

- {N1} : 삭제 조치 완료
- {N2} : 비공개 처리 완료
- {N3} : 카페 운영 정책 검토 중

나머지 게시물은 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    items={N1: "removed", N2: "removed", N3: "pending"},
)

case(
    name="naver-korean-particles",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe team prose reply, URLs followed directly by Korean particles",
    why="58812 게시중단 (removed); 58830 already deleted by its author (not_found)",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 운영팀",
    date="Sat, 07 Sep 2024 02:45:00 +0000",
    subject=f"Re: {R4} 카페 게시물 조치 요청",
    reply_to_req=MID[R4],
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다.

요청하신 게시물 중 {N3}은 운영원칙 위반으로 게시중단 조치하였습니다.
{N4}의 경우 이미 작성자가 삭제하여 현재 존재하지 않는 게시물입니다.

감사합니다.
""",
    items={N3: "removed", N4: "not_found"},
)

case(
    name="naver-promise-review",
    outcome="review", review="not_understood",
    imitates="Korean reply saying the post will be handled after internal review",
    why="'검토 후 조치될 예정' is a promise; the KnowledgeiN answer stays pending",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 09:10:00 +0000",
    subject=f"Re: {R4} 지식iN 게시물",
    reply_to_req=MID[R4],
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 지식iN 답변 {N5} 에 대해서는
관련 부서의 내부 검토를 거쳐 조치될 예정입니다.
처리가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    items={N5: "pending"},
)

case(
    name="naver-keep-posted-with-reason",
    outcome="applied", classification="confirmation",
    imitates="Korean refusal: no policy violation found, post kept, objection link",
    why="the named KnowledgeiN answer stays up for a stated reason (rejected)",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 05:00:00 +0000",
    subject=f"Re: {R4} 지식iN 게시물 검토 결과",
    reply_to_req=MID[R4],
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물
{N5}
을 검토한 결과, 해당 답변은 특정 사이트를 홍보하는 내용이 아닌 일반적인 질의응답으로
운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

이의가 있으신 경우 https://help.naver.com/inquiry/objection 에서 재검토를 요청하실 수 있습니다.

감사합니다.
""",
    items={N5: "rejected"},
)

naver_b64_text = f"""안녕하세요. 네이버 블로그 운영팀입니다.

블로그 게시물 2건 모두 운영자 삭제 처리되었습니다.
 - {N1}
 - {N2}

카페 게시물은 카페 운영팀에서 별도로 답변드릴 예정입니다.

감사합니다.

2024년 9월 5일 (목) 오후 3:10, KCSC Takedown <takedown@kcsc.example>님이 작성:
> {R4} 아래 게시물의 삭제를 요청합니다.
> 1. {N1}
> 2. {N2}
> 3. {N3}
> 4. {N4}
> 5. {N5}
"""
case(
    name="naver-gmail-quote-base64",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team reply, base64 UTF-8 body, Gmail-style Korean quote header",
    why="both blog posts named as 운영자 삭제 (removed); the cafe and KnowledgeiN URLs are only in our quoted request",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그 운영팀",
    date="Sun, 08 Sep 2024 23:50:00 +0000",
    subject=f"Re: {R4} 게시물 삭제 요청",
    reply_to_req=MID[R4],
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(naver_b64_text)}
""",
    items={N1: "removed", N2: "removed", N3: "pending", N5: "pending"},
)

naver_html = f"""<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>{R4} 요청 건 중 아래 게시물의 처리 결과를 안내드립니다.</p>
<table border="1" style="border-collapse:collapse">
<tr><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td>{N2}</td><td>운영자 삭제</td></tr>
<tr><td>{N3}</td><td>국내 접근 제한</td></tr>
<tr><td>{N4}</td><td>존재하지 않는 게시물</td></tr>
</table>
<p>운영정책 안내: <a href="https://policy.naver.com/rules/service.html">https://policy.naver.com/rules/service.html</a></p>
<p>감사합니다.</p>
</body></html>"""
case(
    name="naver-html-table-qp",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre HTML reply with result table, quoted-printable",
    why="three posts: 운영자 삭제 (removed), 국내 접근 제한 (restricted), 존재하지 않는 게시물 (not_found)",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 04:00:00 +0000",
    subject=f"[네이버 고객센터] {R4} 처리 결과",
    reply_to_req=MID[R4],
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(naver_html)}
""",
    items={N2: "removed", N3: "restricted", N4: "not_found"},
)

case(
    name="naver-answers-about-daum-post",
    outcome="review", review="wrong_platform",
    imitates="NAVER customer centre answering a misdirected link that belongs to another portal",
    why="NAVER states it cannot find a Daum cafe post; NAVER cannot speak for Kakao's item",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 03:20:00 +0000",
    subject="Re: 게시물 조치 요청",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

문의하신 게시물 {K2} 는
네이버에서 확인되지 않는 게시물입니다.

다른 서비스의 게시물인 경우 해당 서비스 고객센터로 문의해 주시기 바랍니다.

감사합니다.
""",
    items={K2: "pending"},
)

# ================================================================ Kakao
case(
    name="kakao-raw-korean-path",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre reply: Tistory 임시조치 and Daum cafe deletion, raw Korean URL path",
    why="the Tistory post (raw Korean path) is 접근 제한(임시조치) (restricted); the cafe post deleted (removed)",
    **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 07:07:00 +0000",
    subject=f"[카카오 고객센터] {R5} 처리 결과 안내",
    reply_to_req=MID[R5],
    body=f"""
안녕하세요. 카카오 고객센터입니다.

{R5} 요청 건의 처리 결과를 안내드립니다.

{K1_RAW} 게시물은 정보통신망법에 따라 접근 제한(임시조치) 처리되었습니다.

{K2} : 삭제 완료

감사합니다.
카카오 고객센터
""",
    items={K1: "restricted", K2: "removed"},
)

case(
    name="kakao-angle-brackets-kept-and-deleted",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe team reply, URLs in angle brackets on the line after each statement",
    why="cafe post 삭제 (removed); Tistory post kept, no violation (rejected)",
    **{"from": "cafe-help@daum.net"}, name_from="Daum 카페팀",
    date="Wed, 11 Sep 2024 01:40:00 +0000",
    subject=f"Re: [카카오 고객센터] {R5}",
    reply_to_req=MID[R5],
    body=f"""
안녕하세요. Daum 카페팀입니다.

아래 카페 게시글은 운영원칙 위반으로 삭제되었습니다.
<{K2}>

아래 티스토리 게시글은 검토 결과 위반 사항이 확인되지 않아 게시를 유지합니다.
<{K1}>

감사합니다.
""",
    items={K2: "removed", K1: "rejected"},
)

case(
    name="kakao-chuseok-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply during the Chuseok holidays",
    why="부재중 자동응답; no statement",
    **{"from": "jh.lee@kakaocorp.com"}, name_from="이재훈",
    date="Sat, 14 Sep 2024 01:30:00 +0000",
    subject=f"[자동응답] Re: {R5} 게시물 조치 요청",
    reply_to_req=MID[R5],
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)부터 순차적으로 확인 후 회신드리겠습니다.
급한 용무는 카카오 고객센터로 문의해 주시기 바랍니다.

이재훈 드림
""",
)

case(
    name="kakao-conditional-deletion",
    outcome="review", review="not_understood",
    imitates="Korean reply stating a post may be deleted if found in breach",
    why="'위반으로 확인될 경우 삭제될 수 있습니다' is a condition, not a statement",
    **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Sat, 07 Sep 2024 02:00:00 +0000",
    subject=f"Re: {R5} 티스토리 게시물",
    reply_to_req=MID[R5],
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 티스토리 게시물
{K1}
에 대해 담당 부서에 전달하였습니다. 운영정책 위반으로 확인될 경우 해당 게시물은
삭제 조치될 수 있으며, 결과는 별도로 안내드리겠습니다.

감사합니다.
""",
    items={K1: "pending"},
)

# ================================================================ TikTok
case(
    name="tiktok-ticket-closed-no-url",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style 'ticket closed' agent reply that does not repeat the URL",
    why="a one-item request: 'we removed the video' with the reference applies to its only item",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Wed, 11 Sep 2024 12:12:12 +0000",
    subject=f"[Ticket #TT-559120] {R6} - Closed",
    reply_to_req=MID[R6],
    body=f"""
Hi KCSC team,

Thanks for your report (your reference {R6}). We reviewed the video you
reported and removed it for violating our Community Guidelines on frauds and
scams.

We're closing this ticket now. If you need anything else, just reply and it
will be reopened.

TikTok Legal Team
""",
    items={TT: "removed"},
)

case(
    name="tiktok-freshdesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk 'we've received your request' notification with a ticket number",
    why="a pure receipt: ticket created, nothing decided",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 07:41:00 +0000",
    subject=f"[Ticket #TT-559120] Received: {R6}",
    reply_to_req=MID[R6],
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
Hello,

We've received your request and a ticket has been created (#TT-559120).
A member of our team will get back to you as soon as possible. Please keep the
ticket number in the subject line if you write to us about {R6}.

TikTok Legal Team
""",
)

case(
    name="tiktok-dsn-unknown-mailbox",
    outcome="ignored", classification="bounce",
    imitates="RFC 3464 delivery status notification: recipient address unknown",
    why="a bounce carrying our own request back; no platform statement",
    **{"from": "MAILER-DAEMON@mx.tiktok.com"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 07:40:30 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_77af"

--=_dsn_77af
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-korea@tiktok.com>: host mx.tiktok.com said: 550 5.1.1 <legal-korea@tiktok.com>:
    Recipient address rejected: User unknown

--=_dsn_77af
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.tiktok.com
Arrival-Date: Mon,  9 Sep 2024 07:40:29 +0000 (UTC)

Final-Recipient: rfc822; legal-korea@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--=_dsn_77af
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@tiktok.com
Subject: {R6} Removal request (1 item)
Message-ID: <{MID[R6]}@kcsc.example>
Date: Mon, 9 Sep 2024 16:40:00 +0900

Please remove the following video, which promotes an illegal loan scheme:
{TT}

--=_dsn_77af--
""",
)

case(
    name="tiktok-restricted-in-country",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'outcome of your report' notice: video restricted in the reporter's country",
    why="the named video is restricted in South Korea (restricted)",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 02:30:00 +0000",
    subject=f"[Ticket #TT-559120] Outcome of your report {R6}",
    reply_to_req=MID[R6],
    body=f"""
Hello,

We've completed our review of the video you reported:
{TT}

Based on local law, we have restricted access to this video in South Korea.
It remains available in other regions.

Learn more about how we handle legal requests: https://www.tiktok.com/legal/page/global/law-enforcement

TikTok Legal Team
""",
    items={TT: "restricted"},
)

case(
    name="x-korean-fullwidth-brackets",
    outcome="applied", classification="confirmation",
    imitates="X Korea staff reply in Korean, URLs wrapped in full-width brackets and followed by particles",
    why="one post 삭제되었습니다 (removed), the other 한국 내 접근 제한 (restricted)",
    **{"from": "kr-legal@x.com"}, name_from="X 코리아 법무팀",
    date="Fri, 13 Sep 2024 05:15:00 +0000",
    subject=f"Re: {R2} 게시물 조치 결과",
    reply_to_req=MID[R2],
    body=f"""
안녕하세요. X 코리아 법무팀입니다.

요청하신 게시물（{X[9]}）은 X 규칙 위반으로 삭제되었습니다。
또한 게시물（{X[10]}）은 현지 법률에 따라 한국 내에서 접근이 제한되었습니다。

감사합니다.
""",
    items={X[9]: "removed", X[10]: "restricted"},
)


HEADER = f"""# Blind set 788 (ticket systems and threads), written by make.py.
# Each case is judged alone on a fresh ledger holding requests.csv.
# Expected results written from each email's meaning before any run.
"""


def main():
    write_requests()
    # drop stale case files so the folder matches the list exactly
    cdir = os.path.join(HERE, "cases")
    if os.path.isdir(cdir):
        for f in sorted(os.listdir(cdir)):
            if f.endswith(".eml"):
                os.remove(os.path.join(cdir, f))
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
