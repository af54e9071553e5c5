#!/usr/bin/env python3
"""Blind set 212: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email was written in our own words with
fictional ids and URLs; the expected result of each case was written from
the email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind212/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

T = {
    1: "https://t.me/nightmarket_kr/1041",
    2: "https://t.me/nightmarket_kr/1057",
    3: "https://t.me/nightmarket_kr/1102",
    4: "https://t.me/bluepill_deals/88",
    5: "https://t.me/bluepill_deals/91",
    6: "https://t.me/bluepill_deals/140",
    7: "https://t.me/seoul_pharm_direct",
    8: "https://t.me/seoul_pharm_direct/12",
    9: "https://t.me/quickcash_loans_kr/305",
    10: "https://t.me/quickcash_loans_kr/311",
    11: "https://t.me/harbor_lights_chat/7720",
    12: "https://t.me/harbor_lights_chat/7734",
}
X = {
    1: "https://x.com/moonlit_odds/status/1831002456712233985",
    2: "https://x.com/moonlit_odds/status/1831019988120446976",
    3: "https://x.com/betking_kr77/status/1830877312004567040",
    4: "https://x.com/betking_kr77",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    2: "https://www.youtube.com/watch?v=b7XnR0wEe5c",
    3: "https://www.youtube.com/@pillshop_tv",
}
N = {
    1: "https://blog.naver.com/greenleaf_77/223561240811",
    2: "https://blog.naver.com/greenleaf_77/223561377902",
    3: "https://cafe.naver.com/jusik_leading/48812",
    4: "https://cafe.naver.com/jusik_leading/48830",
    5: "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471205533",
}
D = {
    1: "https://discord.gg/k9Rvq2Tz",
    2: "https://discord.com/channels/1170334455667788990/1170334455667789123/1281122334455667788",
}
K_RAW1 = "https://cafe.daum.net/밤빛장터/Rk3x/215"
K = {
    1: "https://cafe.daum.net/%EB%B0%A4%EB%B9%9B%EC%9E%A5%ED%84%B0/Rk3x/215",
    2: "https://hanbit-notes.tistory.com/142",
    3: "https://pf.kakao.com/_xbTqLs/104",
}
S1 = "https://www.youtube.com/watch?v=Zc4wP9hNn1Y"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "telegram", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     list(T.values()), "drugs", "pharmacy and lending channels (largest request)"),
    ("KCSC-240905-02", "x", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00",
     list(X.values()), "gambling", "betting tips accounts"),
    ("KCSC-240909-03", "youtube", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00",
     list(Y.values()), "drugs", "diet pill sales videos and channel"),
    ("KCSC-240911-04", "naver", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00",
     list(N.values()), "fraud", "stock leading room posts"),
    ("KCSC-240912-05", "discord", "2024-09-12T16:00:00+09:00", "2024-09-19T18:00:00+09:00",
     list(D.values()), "obscenity", "invite link and one message"),
    ("KCSC-240913-06", "kakao", "2024-09-13T10:00:00+09:00", "2024-09-23T18:00:00+09:00",
     list(K.values()), "drugs", "Daum cafe and Tistory and channel post"),
    ("KCSC-240919-07", "youtube", "2024-09-19T10:00:00+09:00", "2024-09-26T18:00:00+09:00",
     [S1], "defamation", "single video"),
]


def mid(ref):
    return "req-" + ref.lower()


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers

def hname(s):
    """RFC 2047 display name when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def thread(ref, *more):
    refs = " ".join(["<%s@kcsc.example>" % mid(ref)] + ["<%s>" % m for m in more])
    last = ("<%s>" % more[-1]) if more else "<%s@kcsc.example>" % mid(ref)
    return ["In-Reply-To: " + last, "References: " + refs]


ZD_LINE = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ Telegram
R_TG = "KCSC-240903-01"

case(
    name="tg-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style 'your request has been received' auto-acknowledgement with a case number",
    why="ticket receipt only: says the case was opened, nothing about any item",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 03 Sep 2024 01:04:51 +0000",
    subject="[Case #4419023] Received: Removal request " + R_TG,
    extra_headers=thread(R_TG) + ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    body=f"""
{ZD_LINE}

Your request (Case #4419023) has been received and will be reviewed by
our team.

Subject: Removal request {R_TG}

An agent will reply to this email once the links have been looked at. To
add information, reply to this message and keep the case number in the
subject line.

Telegram Abuse Team

--
Case #4419023 opened 3 Sep 2024, 01:04 UTC. This is an automated message.
""",
    items={},
)

case(
    name="tg-zendesk-solved-mixed",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification carrying the agent's per-link findings",
    why="five links each with its own result: three removed, one no longer exists, one left up with a reason",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 14:22:10 +0000",
    subject="[Case #4419023] Re: Removal request " + R_TG,
    extra_headers=thread(R_TG),
    body=f"""
{ZD_LINE}

Your request (Case #4419023) has been solved. If you think it is not,
reply to this email to reopen it.

----------------------------------------------

Marek V. (Telegram Abuse)

Sep 5, 2024, 14:22 UTC

Hello,

Thank you for your patience. We have finished checking the first group of
links in your request {R_TG}. Our findings:

{T[1]} - removed, the post broke our Terms of Service.
{T[2]} - removed.
{T[3]} - this message no longer exists; the channel owner deleted it before our review.
{T[4]} - removed.
{T[5]} - no action. The post compares prices of licensed pharmacies and does not break our rules.

The remaining links are still with the team and will be answered in this
same case.

Kind regards,
Marek V.
Telegram Abuse
""",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found", T[4]: "removed", T[5]: "rejected"},
)

case(
    name="tg-followup-url-then-status-line",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same ticket thread, each bare URL followed by a 'Status:' line",
    why="follow-up in Case #4419023: one removed, channel and its post blocked in Korea, one invalid link",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 08:41:00 +0000",
    subject="[Case #4419023] Re: Removal request " + R_TG,
    extra_headers=thread(R_TG),
    body=f"""
{ZD_LINE}

Hello again,

Further to Case #4419023 (your reference {R_TG}), here is the outcome
for the links that were still open:

{T[6]}
Status: Removed

{T[7]}
Status: Restricted - the channel can no longer be opened by users in the Republic of Korea

{T[8]}
Status: Restricted - this post is inside the channel above and is covered by the same block

{T[11]}
Status: Not found - invalid link, there is no such message in that chat

Best regards,
Aylin K.
Telegram Abuse
""",
    items={T[6]: "removed", T[7]: "restricted", T[8]: "restricted", T[11]: "not_found"},
)

case(
    name="tg-reply-to-reminder-top-posted",
    outcome="applied", classification="confirmation",
    imitates="platform staff replying on top of our overdue reminder (Gmail-style 'On ... wrote:' quote)",
    why="two loan posts stated taken down in the reply; the harbor_lights links appear only in our quoted reminder",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date="Wed, 11 Sep 2024 06:15:33 +0000",
    subject="Re: Reminder: removal request " + R_TG + " is overdue",
    extra_headers=thread(R_TG, "reminder.kcsc-240903-01.1@kcsc.example"),
    body=f"""
Dear KCSC team,

Apologies for the delay. Both posts of the loan channel were taken down this
morning:
- {T[9]}
- {T[10]}

The two harbor_lights_chat messages are still being looked at; we will write
again in Case #4419023.

Telegram DSA Team

On Wed, Sep 11, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: the deadline of our request {R_TG} (sent 3 September 2024)
> passed on 10 September 2024. These items are still pending in our records:
>
> {T[9]}
> {T[10]}
> {T[11]}
> {T[12]}
>
> Please tell us the action taken on each item.
>
> KCSC Takedown
""",
    items={T[9]: "removed", T[10]: "removed", T[11]: "pending", T[12]: "pending"},
)

TG_CSV = f"""link,decision,date_utc
{T[1]},content removed,2024-09-06
{T[2]},content removed,2024-09-06
{T[11]},no violation found - left up,2024-09-06
{T[12]},message not found,2024-09-06
"""
case(
    name="tg-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="ticket reply with the outcome exported as a CSV attachment",
    why="CSV rows give one decision per link: two removed, one left up (no violation), one not found",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 11:02:45 +0000",
    subject="[Case #4419023] Outcome file for " + R_TG,
    extra_headers=thread(R_TG),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="==tg-csv-4419023=="

--==tg-csv-4419023==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{ZD_LINE}

Hello,

Please find the decisions for Case #4419023 in the attached file, one row
per link you reported.

Regards,
Telegram Abuse

--==tg-csv-4419023==
Content-Type: text/csv; charset=utf-8; name="case-4419023-outcome.csv"
Content-Disposition: attachment; filename="case-4419023-outcome.csv"
Content-Transfer-Encoding: base64

{b64(TG_CSV)}
--==tg-csv-4419023==--
""",
    items={T[1]: "removed", T[2]: "removed", T[11]: "rejected", T[12]: "not_found"},
)

TG_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="color:#999">{ZD_LINE}</div>
<p>Dear KCSC,</p>
<p>Your ticket <b>Case #4419023</b> has been updated by our moderation team.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Result</th><th>Note</th></tr>
<tr><td><a href="{T[3]}">{T[3]}</a></td><td>Removed</td><td>Terms of Service 4.2</td></tr>
<tr><td><a href="{T[4]}">{T[4]}</a></td><td>Removed</td><td>Terms of Service 4.2</td></tr>
<tr><td><a href="{T[5]}">{T[5]}</a></td><td>No action</td><td>Not in breach of our terms</td></tr>
</table>
<p>You can read our terms at <a href="https://telegram.org/tos">telegram.org/tos</a>.</p>
<p>Telegram Moderation</p>
</body></html>
"""
case(
    name="tg-freshdesk-html-table",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style HTML ticket update with a results table",
    why="HTML table: two rows Removed, one row No action (not in breach); the terms link is no item",
    **{"from": "moderation@telegram.org"}, name_from="Telegram Moderation",
    date="Sat, 07 Sep 2024 03:30:00 +0000",
    subject="Ticket updated: [Case #4419023] " + R_TG,
    extra_headers=thread(R_TG),
    type="html",
    body=TG_HTML,
    items={T[3]: "removed", T[4]: "removed", T[5]: "rejected"},
)

case(
    name="tg-numbered-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="agent reply with a numbered list of links in angle brackets",
    why="three posts deleted, the channel blocked for Korean users only",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 16:48:12 +0000",
    subject="Re: [Case #4419023] Removal request " + R_TG,
    extra_headers=thread(R_TG),
    body=f"""
Hi,

Case #4419023 - update on your report {R_TG}.

1. <{T[1]}> - deleted
2. <{T[2]}> - deleted
3. <{T[3]}> - deleted
4. <{T[7]}> - channel blocked for users in
   South Korea (it stays visible elsewhere)

Links not listed above have not been decided yet.

Telegram Abuse
""",
    items={T[1]: "removed", T[2]: "removed", T[3]: "removed", T[7]: "restricted"},
)

case(
    name="tg-echoed-report",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk result that echoes the reporter's submission below the decision",
    why="two links removed, one stated left up (no breach); the echoed report lists the same links without status",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 12:00:09 +0000",
    subject="[Case #4419023] Decision on your report",
    extra_headers=thread(R_TG),
    body=f"""
Hello,

We have reviewed the report below and taken the following action:

  {T[10]}  ->  Removed (illegal lending)
  {T[11]}  ->  Removed (illegal lending)

We did not find a breach in the third message you reported,
{T[12]}, so it remains available.

Telegram Abuse

-------- Report details --------
Reporter: KCSC (takedown@kcsc.example)
Reference: {R_TG}
Reported links:
{T[10]}
{T[11]}
{T[12]}
Reason given: unlicensed lending advertisement
--------------------------------
""",
    items={T[10]: "removed", T[11]: "removed", T[12]: "rejected"},
)

case(
    name="tg-merged-ticket",
    outcome="applied", classification="confirmation",
    imitates="ticket-system notice that a duplicate ticket was merged, with the agent's comment",
    why="merge notice plus an unhedged statement that two named posts were removed",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 09:10:27 +0000",
    subject="[Case #4419023] Case #4419087 merged into this case",
    extra_headers=thread(R_TG),
    body=f"""
{ZD_LINE}

Case #4419087 was closed and merged into Case #4419023. Please use Case
#4419023 for any further messages.

----------------------------------------------

Marek V. (Telegram Abuse)

Sep 7, 2024, 09:10 UTC

Your second email repeated two links from {R_TG}, so we joined the
cases. For the record, {T[6]} and
{T[4]} were both removed on 6 September.

Marek V.
""",
    items={T[6]: "removed", T[4]: "removed"},
)

case(
    name="tg-solved-bulk-all-removed",
    outcome="review", review="bulk",
    imitates="Zendesk solved-ticket message with a one-line closing statement for the whole case",
    why="'all the links in your request were removed' for a 12-item request names no link",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 07:55:00 +0000",
    subject="[Case #4419023] Solved: Removal request " + R_TG,
    extra_headers=thread(R_TG),
    body=f"""
{ZD_LINE}

Your request (Case #4419023) has been solved.

----------------------------------------------

Aylin K. (Telegram Abuse)

Sep 12, 2024, 07:55 UTC

Hello,

All the links listed in your request {R_TG} have now been removed from
Telegram. We are closing this case.

Kind regards,
Aylin K.
""",
    items={},
)

case(
    name="tg-promise-will-remove",
    outcome="review", review="not_understood",
    imitates="agent reply promising removal within a time frame",
    why="'will be removed within 24 hours' is a promise, the two links stay pending",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sun, 08 Sep 2024 18:20:00 +0000",
    subject="Re: [Case #4419023] Removal request " + R_TG,
    extra_headers=thread(R_TG),
    body=f"""
Hello,

Our moderators have checked the channel and the post below. They breach
our Terms of Service and will be removed within the next 24 hours:

{T[7]}
{T[8]}

We will confirm in this case once it is done.

Telegram Abuse
""",
    items={T[7]: "pending", T[8]: "pending"},
)

case(
    name="tg-asks-for-message-links",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="ticket reply asking the reporter for more information before acting",
    why="asks for links to specific messages and the legal basis; no decision",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 05:12:40 +0000",
    subject="[Case #4419023] We need more information",
    extra_headers=thread(R_TG),
    body=f"""
{ZD_LINE}

Hello,

To act on {T[7]} we need links to the specific messages
you consider illegal; a link to the whole channel is not enough for us to
assess it. Could you also tell us which Korean law the content breaches?

Please reply to this email with the details. The case stays on hold until
we hear from you.

Telegram Abuse
""",
    items={T[7]: "pending"},
)

case(
    name="tg-outsourced-vendor-domain",
    outcome="review", review="unknown_sender",
    imitates="reply from an outsourced support vendor's own mail domain",
    why="statement about a Telegram link from a domain that is not Telegram's",
    **{"from": "case-desk@tgsupport-partners.net"}, name_from="Telegram Support Partner Desk",
    date="Sat, 07 Sep 2024 10:00:00 +0000",
    subject="Re: Removal request " + R_TG,
    extra_headers=thread(R_TG),
    body=f"""
Dear Sir or Madam,

On behalf of the Telegram support team we inform you that the post
{T[1]} has been deleted.

Best regards,
Partner Desk (Case #4419023)
""",
    items={T[1]: "pending"},
)

# ================================================================ X
R_X = "KCSC-240905-02"

case(
    name="x-helpscout-per-link",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style conversation reply with bullet points and a conversation footer",
    why="post withheld in KR, post removed, post not found, account suspended",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 02:10:00 +0000",
    subject="Re: Removal request " + R_X,
    extra_headers=thread(R_X),
    body=f"""
Hi KCSC team,

Thanks for writing in about {R_X}. Here is where each report landed:

* {X[1]} - withheld in South Korea under local law. The post is still visible in other countries.
* {X[2]} - removed for violating our illegal goods and services policy.
* {X[3]} - we could not locate this post. Please check the link.
* {X[4]} - the account has been permanently suspended.

Let me know if anything is unclear.

Jun
X Legal

--
Conversation #88412 | View it at https://legal.x.com/conversations/88412
""",
    items={X[1]: "restricted", X[2]: "removed", X[3]: "not_found", X[4]: "removed"},
)

case(
    name="x-outlook-by-position",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply referring to the numbered list in the quoted request",
    why="'posts 1 and 2 of your list' are withheld in Korea; the numbered list is our own quoted request",
    **{"from": "dana.r@x.com"}, name_from="Dana R.",
    date="Fri, 06 Sep 2024 23:41:00 +0000",
    subject="RE: Removal request " + R_X,
    extra_headers=thread(R_X),
    body=f"""
Hello,

Posts 1 and 2 of your list have been withheld in Korea (country withheld
content). We are still reviewing the account and the other post.

Regards,
Dana
X Global Government Affairs

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:30 AM
To: legal@x.com
Subject: Removal request {R_X}

Please remove or block the following content:

1. {X[1]}
2. {X[2]}
3. {X[3]}
4. {X[4]}

KCSC Takedown
""",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "pending", X[4]: "pending"},
)

case(
    name="x-ack-plus-statement",
    outcome="applied", classification="confirmation",
    imitates="'we received your report' opener followed by the decision in the same email",
    why="acknowledgement wording, but it states the named post was removed",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 04:05:00 +0000",
    subject="Case 0193-KR-7741: " + R_X,
    extra_headers=thread(R_X),
    body=f"""
Hello,

Thank you for your report. We received it and opened case 0193-KR-7741.

We have reviewed the reported post
{X[3]}
and removed it for violating the X Rules.

X Legal
""",
    items={X[3]: "removed"},
)

X_PLAIN = f"""Hello KCSC,

An update on {R_X}:

The post https://x.com/moonlit_odds/status/
1831002456712233985 has been withheld in: KR.

The post https://x.com/moonlit_odds/status/
1831019988120446976 has been withheld in: KR.

X Legal
"""
X_HTML = f"""<html><body>
<p>Hello KCSC,</p>
<p>An update on {R_X}:</p>
<p>The post <a href="{X[1]}">x.com/moonlit_odds/status/18310024&hellip;</a> has been withheld in: KR.</p>
<p>The post <a href="{X[2]}">x.com/moonlit_odds/status/18310199&hellip;</a> has been withheld in: KR.</p>
<p>X Legal</p>
</body></html>
"""
case(
    name="x-html-truncated-links",
    outcome="applied", classification="confirmation",
    imitates="multipart/alternative notice: plain part with wrapped URLs, HTML part with truncated link text",
    why="both posts withheld in KR; full URLs only in the href, wrapped in the plain part",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sun, 08 Sep 2024 01:00:00 +0000",
    subject="Re: Removal request " + R_X,
    extra_headers=thread(R_X),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="x-alt-0908"

--x-alt-0908
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{X_PLAIN}
--x-alt-0908
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

{X_HTML}
--x-alt-0908--
""",
    items={X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-hedge-may-be-deleted",
    outcome="review", review="not_understood",
    imitates="agent reply that guesses at the state of the content",
    why="'may already have been deleted' is a hedge and 'under review' is no decision",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 09:30:00 +0000",
    subject="Re: Removal request " + R_X,
    extra_headers=thread(R_X),
    body=f"""
Hi,

It looks like {X[3]} may already have been deleted
by the account owner; we are double-checking. The account
{X[4]} is under review by our safety team.

Jun
X Legal
""",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="x-forwarded-internal-outcome",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="staff member forwarding an internal team's outcome note",
    why="the statuses are in a forwarded internal message, not the sender's own statement",
    **{"from": "dana.r@x.com"}, name_from="Dana R.",
    date="Tue, 10 Sep 2024 00:20:00 +0000",
    subject="Fwd: outcome " + R_X,
    extra_headers=thread(R_X),
    body=f"""
FYI, see the note from our safety operations team below.

Dana

---------- Forwarded message ---------
From: Safety Ops <safety-ops@x.com>
Date: Mon, Sep 9, 2024 at 4:02 PM
Subject: outcome {R_X}
To: Dana R. <dana.r@x.com>

{X[2]} removed.
{X[4]} suspended.
""",
    items={X[2]: "pending", X[4]: "pending"},
)

case(
    name="x-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office message",
    why="out-of-office auto-reply",
    **{"from": "dana.r@x.com"}, name_from="Dana R.",
    date="Thu, 05 Sep 2024 02:31:00 +0000",
    subject="Automatic reply: Removal request " + R_X,
    extra_headers=thread(R_X) + ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.
For urgent government requests please write to legal@x.com; your message
will not be forwarded.

Dana
""",
    items={},
)

case(
    name="x-bulk-actioned",
    outcome="review", review="bulk",
    imitates="short closing reply stating the whole report was actioned",
    why="'the reported posts and account have been actioned' names none of the four items",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 05:45:00 +0000",
    subject="Re: Removal request " + R_X + " [closed]",
    extra_headers=thread(R_X),
    body=f"""
Hello,

Following our review, the reported posts and account in your request
{R_X} have been actioned. This conversation is now closed.

X Legal
""",
    items={},
)

# ================================================================ YouTube
R_YT = "KCSC-240909-03"
R_YT1 = "KCSC-240919-07"

case(
    name="yt-jira-resolved",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' customer notification with the agent's comment",
    why="video removed, video age-restricted, channel terminated; machine-sent notification with a human decision",
    **{"from": "legal-support-noreply@google.com"}, name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 06:00:00 +0000",
    subject=f"[LGL-20931] Removal request {R_YT} - resolved",
    extra_headers=thread(R_YT) + ["Auto-Submitted: auto-generated", "Precedence: bulk"],
    body=f"""
------------------------------------------
Reply above this line.

Jae-won Park resolved this as Done.

Hello,

Following our review of the content in request {R_YT}, we have taken
the actions listed below.

{Y[1]}
Removed for violating YouTube's Community Guidelines (sale of regulated goods).

{Y[2]}
Age-restricted. The video stays on YouTube but only signed-in adult viewers can watch it.

{Y[3]}
The channel has been terminated.

Jae-won Park

View request: https://support.google.com/legal/requests/LGL-20931
Turn off this request's notifications

This is shared with KCSC Takedown.
""",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "removed"},
)

YT_QP = f"""Dear KCSC,

Regarding your request {R_YT}, after review we have taken the following decisions on the videos you reported to us last week:

{Y[1]} : this video has been blocked from view in South Korea under local law. It remains available in other countries.

{Y[2]} : we have decided not to take action. The video does not violate our Community Guidelines and we did not identify a local legal issue.

Best regards,
The YouTube Legal Team
"""
case(
    name="yt-quoted-printable-mixed",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email in quoted-printable (soft line breaks, '=3D' in URLs)",
    why="one video blocked in KR (restricted), one refused with a reason (rejected)",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal",
    date="Fri, 13 Sep 2024 03:12:00 +0000",
    subject="Re: Removal request " + R_YT,
    extra_headers=thread(R_YT),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP)}""",
    items={Y[1]: "restricted", Y[2]: "rejected"},
)

case(
    name="yt-gmail-quote-channel-only",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply by a staffer above the quoted request",
    why="the channel was terminated; the two videos appear only in our quoted request and a promise to follow up",
    **{"from": "minji.legal@google.com"}, name_from="Minji Seo",
    date="Tue, 10 Sep 2024 08:44:00 +0000",
    subject="Re: Removal request " + R_YT,
    extra_headers=thread(R_YT),
    body=f"""
Hello,

The channel {Y[3]} was terminated today. We will follow up
separately on the two videos.

Minji Seo
Legal Removals, Google Korea

On Mon, Sep 9, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal,
>
> Please remove the following content (request {R_YT}):
> {Y[1]}
> {Y[2]}
> {Y[3]}
>
> KCSC Takedown
""",
    items={Y[3]: "removed", Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-partial-one-of-three",
    outcome="applied", classification="confirmation",
    imitates="partial answer in a ticket thread: one item decided, the rest still open",
    why="one named video removed, the other two items explicitly still under review",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal",
    date="Wed, 11 Sep 2024 07:20:00 +0000",
    subject=f"[LGL-20931] Update on {R_YT}",
    extra_headers=thread(R_YT),
    body=f"""
Hello KCSC,

We have removed {Y[2]} from YouTube.

The other two items in your request are still being reviewed; you will
receive a separate update.

YouTube Legal
""",
    items={Y[2]: "removed", Y[1]: "pending", Y[3]: "pending"},
)

case(
    name="yt-single-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="solved-ticket reply about a one-video request that does not repeat the link",
    why="request of one item; 'the video you reported ... removed' refers to it unambiguously",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal",
    date="Mon, 23 Sep 2024 02:00:00 +0000",
    subject="Re: Removal request " + R_YT1,
    extra_headers=thread(R_YT1),
    body=f"""
Hello,

We have reviewed the video you reported under {R_YT1} and removed it
for violating our harassment and cyberbullying policy.

Ticket status: Solved

YouTube Legal
""",
    items={S1: "removed"},
)

case(
    name="yt-under-review",
    outcome="review", review="not_understood",
    imitates="ticket update saying the named items are being reviewed",
    why="names two videos but only says they are being reviewed",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal",
    date="Tue, 10 Sep 2024 01:30:00 +0000",
    subject=f"[LGL-20931] {R_YT}: in progress",
    extra_headers=thread(R_YT),
    body=f"""
Hello,

Your request is with our legal team. The videos
{Y[1]} and
{Y[2]}
are being reviewed against local law and our policies. We expect to reply
within five business days.

YouTube Legal
""",
    items={Y[1]: "pending", Y[2]: "pending"},
)

YT_DSN_ORIG = f"""Reminder: the deadline of request {R_YT} passed on 16 September 2024.
Still pending:
{Y[1]}
{Y[2]}
{Y[3]}
"""
case(
    name="yt-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Delivery Status Notification (Failure)' for our reminder",
    why="delivery failure report; the URLs are in our own returned reminder",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date="Tue, 17 Sep 2024 00:01:10 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0917"

--dsn-0917
Content-Type: text/plain; charset=utf-8

Address not found

Your message wasn't delivered to legal-kr-old@google.com because the
address couldn't be found, or is unable to receive mail.

--dsn-0917
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 17 Sep 2024 00:01:02 +0000

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--dsn-0917
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: Reminder: removal request {R_YT} is overdue
Date: Tue, 17 Sep 2024 09:00:00 +0900
Message-ID: <reminder.kcsc-240909-03.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

{YT_DSN_ORIG}
--dsn-0917--
""",
    items={},
)

case(
    name="yt-jira-request-received",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' customer notification",
    why="the ticket was created; no item decided",
    **{"from": "legal-support-noreply@google.com"}, name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 05:01:00 +0000",
    subject=f"[LGL-20931] Removal request {R_YT}",
    extra_headers=thread(R_YT) + ["Auto-Submitted: auto-generated", "Precedence: bulk"],
    body=f"""
------------------------------------------
Reply above this line.

We've received your request LGL-20931 ("Removal request {R_YT}").
A member of the legal support team will look at it. You can follow its
progress at https://support.google.com/legal/requests/LGL-20931

Google Legal Support
""",
    items={},
)

# ================================================================ NAVER
R_NV = "KCSC-240911-04"

case(
    name="naver-result-list-korean",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 처리 결과 안내 with a numbered per-URL result list",
    why="게시중단 ×2 (removed), 임시조치 (restricted), 작성자 삭제 (not_found), 운영원칙 위반 아님 (rejected)",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 05:30:00 +0000",
    subject=f"[네이버 고객센터] 게시중단 요청({R_NV}) 처리 결과 안내",
    extra_headers=thread(R_NV),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물({R_NV})에 대한 처리 결과를 안내드립니다.

[처리 결과]
1. {N[1]} : 게시중단 처리 완료
2. {N[2]} : 게시중단 처리 완료
3. {N[3]} : 임시조치(30일)
4. {N[4]} : 작성자가 이미 삭제한 게시물로 확인됩니다.
5. {N[5]} : 운영원칙 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

추가 문의는 이 메일에 회신해 주시기 바랍니다.
문의번호: 2409-113-55871

감사합니다.
네이버 고객센터 드림
""",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "rejected"},
)

NV_HTML = f"""<html><body>
<p>안녕하세요. 네이버 카페 운영지원팀입니다.</p>
<p>요청번호 {R_NV} 관련 조치 내역을 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>게시물 주소</th><th>조치 결과</th><th>조치일</th></tr>
<tr><td>{N[3]}</td><td>블라인드 처리</td><td>2024.09.12</td></tr>
<tr><td>{N[4]}</td><td>비공개 처리</td><td>2024.09.12</td></tr>
</table>
<p>운영원칙은 <a href="https://cafe.naver.com/policy">카페 운영원칙</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="naver-base64-html-table",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe team notice as base64 HTML with a 조치 결과 table",
    why="블라인드 처리 and 비공개 처리 are both removed; the policy link is no item",
    **{"from": "cafe_support@navercorp.com"}, name_from="네이버 카페",
    date="Thu, 12 Sep 2024 09:00:00 +0000",
    subject=f"Re: 게시중단 요청 {R_NV}",
    extra_headers=thread(R_NV),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NV_HTML)}""",
    items={N[3]: "removed", N[4]: "removed"},
)

case(
    name="naver-followup-korean-particle",
    outcome="applied", classification="confirmation",
    imitates="추가 안내 follow-up in the same ticket, URLs followed directly by Korean particles",
    why="the kin post now 운영자 삭제 (removed); the blog post stays 게시중단 (removed)",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Mon, 16 Sep 2024 02:10:00 +0000",
    subject=f"[네이버 고객센터] 문의번호 2409-113-55871 추가 안내",
    extra_headers=thread(R_NV),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

지난 답변에서 검토 중이라고 안내드린 {N[5]}의 게시물은 오늘 운영자 삭제되었습니다.

또한 {N[2]}는 게시중단 상태가 유지되고 있음을 알려드립니다.

감사합니다.
""",
    items={N[5]: "removed", N[2]: "removed"},
)

case(
    name="naver-statement-then-url",
    outcome="applied", classification="confirmation",
    imitates="Korean portal reply with each decision sentence followed by the URL on the next line",
    why="one post kept (신고 사유에 해당하지 않음, rejected), one 접근 제한 (restricted)",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Sat, 14 Sep 2024 01:00:00 +0000",
    subject=f"Re: 게시중단 요청 {R_NV}",
    extra_headers=thread(R_NV),
    body=f"""
안녕하세요.

요청하신 게시물 검토 결과를 알려드립니다.

아래 게시물은 신고 사유에 해당하지 않아 게시를 유지합니다.
{N[4]}

아래 게시물은 접근 제한 조치하였습니다.
{N[3]}

감사합니다.
네이버 고객센터
""",
    items={N[4]: "rejected", N[3]: "restricted"},
)

case(
    name="naver-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="MDN 읽음 확인 (disposition-notification) from a NAVER mailbox",
    why="read receipt only",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Wed, 11 Sep 2024 01:15:00 +0000",
    subject="읽음 확인: 게시중단 요청 " + R_NV,
    extra_headers=thread(R_NV),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-nv-0911"

--mdn-nv-0911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "게시중단 요청 {R_NV}"을(를) 2024-09-11 10:15에 수신자가 읽었습니다.

--mdn-nv-0911
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{mid(R_NV)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-nv-0911--
""",
    items={},
)

case(
    name="naver-helpdesk-vendor-domain",
    outcome="review", review="unknown_sender",
    imitates="NAVER-branded ticket reply sent from a hosted helpdesk's own domain",
    why="claims 게시중단 for a NAVER URL but comes from a freshdesk.com address, not a NAVER domain",
    **{"from": "navercs@naverhelp.freshdesk.com"}, name_from="NAVER 고객센터",
    date="Fri, 13 Sep 2024 07:00:00 +0000",
    subject=f"[#55871] Re: 게시중단 요청 {R_NV}",
    extra_headers=thread(R_NV),
    body=f"""
안녕하세요.

요청하신 {N[1]} 게시물은 게시중단 처리되었습니다.

감사합니다.
""",
    items={N[1]: "pending"},
)

case(
    name="naver-satisfaction-survey",
    outcome="review", review="no_claims",
    imitates="상담 만족도 조사 email sent after a ticket is closed",
    why="trusted NAVER mail with no item and no request reference",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Wed, 18 Sep 2024 03:00:00 +0000",
    subject="[네이버 고객센터] 상담은 만족스러우셨나요?",
    body="""
안녕하세요, 네이버 고객센터입니다.

최근 문의하신 건의 상담이 종료되었습니다.
상담 내용에 만족하셨는지 아래 링크에서 평가해 주세요.

https://help.naver.com/survey/s/8f21c9

소중한 의견은 서비스 개선에 활용됩니다.
감사합니다.
""",
    items={},
)

# ================================================================ Discord
R_DC = "KCSC-240912-05"

case(
    name="discord-zendesk-solved",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk notification 'your request has been solved'",
    why="invite disabled and server removed, message deleted; both removed",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Sun, 15 Sep 2024 19:40:00 +0000",
    subject=f"[Request #8812034] Re: {R_DC}",
    extra_headers=thread(R_DC) + ["Auto-Submitted: auto-generated"],
    body=f"""
{ZD_LINE}

Your request (#8812034) has been solved. You can reply to this email to
reopen it.

Riley (Discord Trust & Safety)
Sep 15, 2024, 12:40 PDT

Hi there,

Thanks for reporting this. We took the following action:

- The invite {D[1]} has been disabled and the server it
  pointed to was removed from Discord.
- The message at
  {D[2]}
  was deleted.

Riley
Discord Trust & Safety

This email is a service from Discord Trust & Safety.
""",
    items={D[1]: "removed", D[2]: "removed"},
)

case(
    name="discord-partial-not-found",
    outcome="applied", classification="confirmation",
    imitates="ticket reply answering part of the request",
    why="the message could not be located (not_found); the invite is still being investigated",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 22:05:00 +0000",
    subject=f"[Request #8812034] Re: {R_DC}",
    extra_headers=thread(R_DC),
    body=f"""
{ZD_LINE}

Riley (Discord Trust & Safety)
Sep 13, 2024, 15:05 PDT

Hello,

We were unable to locate the message at
{D[2]}
The author might have deleted it before we looked.

We are still investigating the server behind {D[1]} and will
update this ticket.

Riley
""",
    items={D[2]: "not_found", D[1]: "pending"},
)

case(
    name="discord-reminder-reply-no-scheme",
    outcome="applied", classification="confirmation",
    imitates="staff reply to our reminder, invite link written without https://",
    why="the invite's server was re-reviewed and no violation found: rejected",
    **{"from": "legal@discord.com"}, name_from="Discord Legal",
    date="Sat, 21 Sep 2024 01:30:00 +0000",
    subject="Re: Reminder: removal request " + R_DC + " is overdue",
    extra_headers=thread(R_DC, "reminder.kcsc-240912-05.1@kcsc.example"),
    body=f"""
Hello,

We reviewed the server behind discord.gg/k9Rvq2Tz again and did not find
a violation of our Community Guidelines, so no action was taken on it.

Discord Legal

On Fri, Sep 20, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: request {R_DC} is overdue. Still pending:
> {D[1]}
""",
    items={D[1]: "rejected"},
)

case(
    name="discord-auth-fail",
    outcome="review", review="untrusted",
    imitates="ticket reply from a Discord address that fails DMARC",
    why="states the invite disabled, but the sender fails authentication",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    auth="fail",
    date="Sat, 14 Sep 2024 10:00:00 +0000",
    subject=f"[Request #8812034] Re: {R_DC}",
    extra_headers=thread(R_DC),
    body=f"""
Hi there,

The invite {D[1]} has been disabled.

Discord Trust & Safety
""",
    items={D[1]: "pending"},
)

case(
    name="discord-ticket-created",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-acknowledgement",
    why="ticket created, response time promised, nothing decided",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 07:02:00 +0000",
    subject=f"[Request #8812034] Received: {R_DC}",
    extra_headers=thread(R_DC) + ["Auto-Submitted: auto-generated"],
    body=f"""
{ZD_LINE}

Your request (#8812034) has been received and is being reviewed by our
support staff. We usually reply within 3 business days.

You can view the request at https://support.discord.com/hc/requests/8812034

Discord Trust & Safety
""",
    items={},
)

# ================================================================ Kakao
R_KK = "KCSC-240913-06"

case(
    name="kakao-raw-korean-path",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 조치 결과 안내, Korean cafe path written raw, full-width punctuation",
    why="Daum cafe post 삭제 (removed), Tistory post 블라인드 (removed)",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 19 Sep 2024 02:00:00 +0000",
    subject=f"[Daum] 시정요구({R_KK}) 조치 결과 안내",
    extra_headers=thread(R_KK),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

시정요구({R_KK})에 대한 조치 결과를 안내드립니다.

· 게시물({K_RAW1})은 운영정책 위반으로 삭제되었습니다。
· 티스토리 게시글 {K[2]}，블라인드 처리되었습니다.

나머지 요청 건은 확인 후 별도로 안내드리겠습니다.

감사합니다.
""",
    items={K[1]: "removed", K[2]: "removed"},
)

case(
    name="kakao-access-limited-and-gone",
    outcome="applied", classification="confirmation",
    imitates="Korean portal reply: 접근 제한 (adult verification) for one post, already deleted by author for another",
    why="channel post limited to adult-verified users (restricted); cafe post already deleted by its author (not_found)",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 20 Sep 2024 04:30:00 +0000",
    subject=f"Re: 시정요구 {R_KK}",
    extra_headers=thread(R_KK),
    body=f"""
안녕하세요.

{K[3]} 게시물은 청소년유해정보로 판단되어 성인 인증을 한 이용자만 볼 수 있도록 접근 제한 조치하였습니다.

{K[1]} 게시물은 작성자가 이미 삭제하여 조치할 대상이 없습니다.

감사합니다.
카카오 고객센터
""",
    items={K[3]: "restricted", K[1]: "not_found"},
)

case(
    name="kakao-holiday-autoreply",
    outcome="ignored", classification="auto_reply",
    imitates="[자동응답] 추석 연휴 휴무 안내 auto-reply",
    why="holiday auto-reply; nothing about the items",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 01:01:00 +0000",
    subject=f"[자동응답] Re: 시정요구 {R_KK}",
    extra_headers=thread(R_KK) + ["Auto-Submitted: auto-replied"],
    body="""
[자동응답] 추석 연휴 휴무 안내

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 고객센터가 휴무합니다.
접수하신 문의는 9월 19일(목)부터 순서대로 답변드리겠습니다.

※ 본 메일은 발신 전용으로 자동 발송되었습니다.
""",
    items={},
)

case(
    name="kakao-about-naver-item",
    outcome="review", review="wrong_platform",
    imitates="search-portal reply de-listing another portal's post from its own search results",
    why="Kakao states a status for a NAVER cafe post (removed from Daum search only)",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 18 Sep 2024 05:00:00 +0000",
    subject=f"Re: 게시중단 요청 {R_NV} (참조)",
    extra_headers=thread(R_NV),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

참조로 보내주신 요청({R_NV}) 관련하여, {N[3]} 게시물은 Daum 검색 결과에서 삭제 처리하였습니다.

감사합니다.
""",
    items={N[3]: "pending"},
)

# ---------------------------------------------------------------- write

HEADER = """# blind212: ticket systems and threads. Written from each email's meaning
# before any run of the reader (see NOTES.md). Generated by make.py."""


def main():
    write_requests()
    corpuslib.DOMAIN_NAMES.setdefault("discord.com", "Discord")
    for c in CASES:
        if "name_from" in c:
            c["name_from"] = hname(c["name_from"])
        s = c["subject"]
        try:
            s.encode("ascii")
        except UnicodeEncodeError:
            c["subject"] = Header(s, "utf-8").encode()
    corpuslib.write_set(HERE, "blind212", HEADER, CASES)
    print("%d cases" % len(CASES))


if __name__ == "__main__":
    main()
