#!/usr/bin/env python3
"""Blind set 692: ticket systems and threads.

Zendesk / Freshdesk / Jira / Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written for this
set; the expected results were written from each email's meaning before any
run of the reader.

    python3 tests/corpus/blind692/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind692"


def kr(s):
    """RFC 2047 encoded word for a Korean header value."""
    return Header(s, "utf-8").encode()


def b64lines(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
R_TG = "KCSC-240903-01"   # telegram, 12 items (largest)
R_X = "KCSC-240905-02"    # x, 4 items
R_YT = "KCSC-240909-03"   # youtube, 3 items
R_NV = "KCSC-240911-04"   # naver, 5 items
R_DC = "KCSC-240912-05"   # discord, 2 items
R_YT1 = "KCSC-240913-06"  # youtube, 1 item
R_KK = "KCSC-240916-07"   # kakao, 3 items

T = {
    1: "https://t.me/nightmarket_kr/2041",
    2: "https://t.me/nightmarket_kr/2057",
    3: "https://t.me/nightmarket_kr/2063",
    4: "https://t.me/bluefinch_lounge/88",
    5: "https://t.me/bluefinch_lounge/91",
    6: "https://t.me/ssal_exchange/4410",
    7: "https://t.me/ssal_exchange/4415",
    8: "https://t.me/ssal_exchange/4422",
    9: "https://t.me/orbit_tickets_kr/309",
    10: "https://t.me/orbit_tickets_kr/312",
    11: "https://t.me/greywharf/15",
    12: "https://t.me/greywharf/17",
}
X = {
    1: "https://x.com/hollow_pine77/status/1831002213456789012",
    2: "https://x.com/hollow_pine77/status/1831004450011223344",
    3: "https://x.com/mirae_dealz/status/1831117788990011223",
    4: "https://x.com/quietkettle_kr/status/1831220099887766554",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm7rT2xLp9A",
    2: "https://www.youtube.com/watch?v=bW4kZ8nH1sE",
    3: "https://www.youtube.com/shorts/Lx3vR0yPq2T",
}
Y1 = "https://www.youtube.com/watch?v=Hc2nV8wQe5M"
N5_RAW = "https://cafe.naver.com/해바라기장터/5120"
N5 = "https://cafe.naver.com/" + quote("해바라기장터") + "/5120"
N = {
    1: "https://cafe.naver.com/jjangdeal/88213",
    2: "https://cafe.naver.com/jjangdeal/88240",
    3: "https://blog.naver.com/moonlit_shed/223561002311",
    4: "https://blog.naver.com/moonlit_shed/223561009876",
    5: N5,
}
D = {
    1: "https://discord.gg/qV7mPz3K",
    2: "https://discord.com/channels/1122334455667788990/1122334455667788999/1283344556677889900",
}
K = {
    1: "https://open.kakao.com/o/gHx2Ka9f",
    2: "https://open.kakao.com/o/sPq7Lm3d",
    3: "https://cafe.daum.net/bargainkr/Kw9h/312",
}

REQUESTS = [
    (R_TG, "telegram", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", list(T.values()),
     "gambling", "illegal betting promotion channels"),
    (R_X, "x", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", list(X.values()),
     "drugs", "drug sale posts"),
    (R_YT, "youtube", "2024-09-09T10:30:00+09:00", "2024-09-16T18:00:00+09:00", list(Y.values()),
     "fraud", "investment scam videos"),
    (R_NV, "naver", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", list(N.values()),
     "counterfeit", "counterfeit goods listings"),
    (R_DC, "discord", "2024-09-12T09:30:00+09:00", "2024-09-19T18:00:00+09:00", list(D.values()),
     "obscenity", "server invite and message"),
    (R_YT1, "youtube", "2024-09-13T16:00:00+09:00", "2024-09-20T18:00:00+09:00", [Y1],
     "gambling", "single betting ad video"),
    (R_KK, "kakao", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", list(K.values()),
     "drugs", "open chat rooms and cafe post"),
]


def mid(ref):
    return f"request.{ref}.1"


def write_requests():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(out.getvalue())


ZD_LINE = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# ==========================================================================
# APPLIED
# ==========================================================================

case(
    name="tg-zendesk-solved-partial-list",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Tue, 10 Sep 2024 16:02:41 +0900",
    subject=f"[Telegram Support] Re: {R_TG} removal request (#48213)",
    reply_to_req=mid(R_TG),
    body=f"""
{ZD_LINE}

Your request (48213) has been updated. To add additional comments, reply to
this email.

----------------------------------------------

Mira K. (Telegram Support)

Sep 10, 2024, 16:02 GMT+9

Hello,

Thank you for your patience. We have reviewed the public posts listed in
your request {R_TG} and taken the following action:

- {T[1]} - removed
- {T[2]} - removed
- {T[3]} - removed
- {T[4]} - removed
- {T[5]} - we could not find this message in the channel (the message ID
  does not exist)

The remaining links in your request are still with our moderators. We will
update this ticket separately once they have been processed.

Regards,
Mira K.
Telegram Support

----------------------------------------------

This email is a service from Telegram Support.

[ZD9QK4-48213]
""",
    outcome="applied",
    imitates="Zendesk 'Your request has been updated' notification carrying an agent comment with a per-URL list",
    why="agent lists four posts removed and one message id that does not exist; the rest explicitly still open",
    items={T[1]: "removed", T[2]: "removed", T[3]: "removed", T[4]: "removed", T[5]: "not_found"},
)

case(
    name="tg-followup-top-posted-over-quote",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Fri, 13 Sep 2024 11:20:05 +0900",
    subject=f"Re: [Telegram Support] Re: {R_TG} removal request (#48213)",
    reply_to_req=mid(R_TG),
    body=f"""
Hello again,

Following up on ticket 48213. More of the items in {R_TG} have now been
processed:

{T[6]} and {T[7]} were blocked.
{T[8]} - this post had already been deleted by its author before we
looked at it, so there was nothing left to act on.

The orbit_tickets_kr and greywharf links are with a second-level team; we
will write again when they conclude.

Best,
Mira K.
Telegram Support

On Tue, Sep 10, 2024 at 4:02 PM Telegram Support <support@telegram.org> wrote:
> Hello,
>
> Thank you for your patience. We have reviewed the public posts listed in
> your request {R_TG} and taken the following action:
>
> - {T[1]} - removed
> - {T[2]} - removed
> - {T[5]} - we could not find this message in the channel
>
> Regards,
> Mira K.
""",
    outcome="applied",
    imitates="Gmail-style top-posted follow-up from a support agent over the quoted earlier answer in the same thread",
    why="new statements: two blocked, one already deleted by its author; the quoted earlier answer changes nothing",
    items={T[6]: "removed", T[7]: "removed", T[8]: "not_found",
           T[1]: "pending", T[2]: "pending", T[5]: "pending"},
)

case(
    name="tg-reply-to-reminder-numbered",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 09:47:12 +0900",
    subject=f"Re: Reminder: {R_TG} - items still without an answer",
    extra_headers=[f"In-Reply-To: <reminder.{R_TG}.2@kcsc.example>",
                   f"References: <{mid(R_TG)}@kcsc.example> <reminder.{R_TG}.2@kcsc.example>"],
    body=f"""
Hi,

Apologies for the slow reply. Answering your reminder point by point:

1. {T[9]} - taken down on 17 September.
2. {T[10]} - taken down on 17 September.
3. {T[11]} - the channel @greywharf no longer exists; its owner deleted it,
   so this post cannot be found.
4. {T[12]} - the same: the channel is gone and the post cannot be found.

Kind regards,
Telegram Abuse Team

On Mon, 16 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram team,
>
> Our request {R_TG} of 3 September still has items without an answer
> after its deadline:
>
> {T[6]}
> {T[7]}
> {T[9]}
> {T[10]}
> {T[11]}
> {T[12]}
>
> Please let us know what action was taken on each.
""",
    outcome="applied",
    imitates="abuse-desk reply to a regulator's reminder, numbered answers over the quoted reminder",
    why="two taken down, two in a channel deleted by its owner (cannot be found); quoted reminder URLs unchanged",
    items={T[9]: "removed", T[10]: "removed", T[11]: "not_found", T[12]: "not_found",
           T[6]: "pending", T[7]: "pending"},
)

case(
    name="tg-freshdesk-resolved-html-table",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA Desk",
    date="Thu, 12 Sep 2024 18:31:50 +0900",
    subject=f"Ticket #7781 resolved - {R_TG}",
    reply_to_req=mid(R_TG),
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear KCSC team,</p>
<p>Your ticket <b>#7781</b> ({R_TG}) has been marked <b>Resolved</b>. The outcome for each link we handled is below.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eef3f8"><th>Link</th><th>Outcome</th><th>Notes</th></tr>
<tr><td><a href="{T[9]}">{T[9]}</a></td><td>Blocked</td><td>Terms of Service, illegal gambling</td></tr>
<tr><td><a href="{T[10]}">{T[10]}</a></td><td>No action</td><td>No violation found: the post is a news repost and stays available</td></tr>
<tr><td><a href="{T[11]}">{T[11]}</a></td><td>Restricted</td><td>Unavailable to users in South Korea</td></tr>
<tr><td><a href="{T[12]}">{T[12]}</a></td><td>Not found</td><td>Message ID does not exist</td></tr>
</table>
<p>If you believe a decision is wrong, reply to this ticket within 14 days.
Our Terms of Service: <a href="https://telegram.org/tos">https://telegram.org/tos</a></p>
<p>Telegram DSA Desk</p>
<p style="color:#888;font-size:11px">This email was sent from a notification-only helpdesk address. Replies go to ticket #7781.</p>
</body></html>
""",
    outcome="applied",
    imitates="Freshdesk 'ticket resolved' notification with an HTML outcome table",
    why="table gives one outcome per link: blocked, no violation (stays up), restricted in Korea, not found; ToS link is not an item",
    items={T[9]: "removed", T[10]: "rejected", T[11]: "restricted", T[12]: "not_found"},
)

CSV_ROWS = [
    ("url", "decision", "decided_at", "comment"),
    (T[1], "blocked", "2024-09-10", ""),
    (T[2], "blocked", "2024-09-10", ""),
    (T[3], "blocked", "2024-09-10", ""),
    (T[4], "blocked", "2024-09-10", ""),
    (T[5], "not found", "2024-09-10", "message id does not exist"),
    (T[6], "blocked", "2024-09-12", ""),
    (T[7], "blocked", "2024-09-12", ""),
    (T[8], "not found", "2024-09-12", "deleted by author before review"),
    (T[9], "blocked", "2024-09-17", ""),
    (T[10], "no violation", "2024-09-17", "news repost; remains available"),
    (T[11], "restricted (KR)", "2024-09-17", "unavailable in South Korea"),
    (T[12], "blocked", "2024-09-17", ""),
]
_csv_io = io.StringIO()
csv.writer(_csv_io, lineterminator="\r\n").writerows(CSV_ROWS)
CSV_ATT = b64lines(_csv_io.getvalue().encode("utf-8"))

case(
    name="tg-jira-export-csv-attachment",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA Desk",
    date="Wed, 18 Sep 2024 15:05:00 +0900",
    subject=f"[TSR-4471] {R_TG}: final outcome (CSV attached)",
    reply_to_req=mid(R_TG),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_tsr4471_mix"

--=_tsr4471_mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Our work on {R_TG} (internal ticket TSR-4471) is complete. The attached
file lists the final decision for every link in your request.

Telegram DSA Desk

--=_tsr4471_mix
Content-Type: text/csv; charset=utf-8; name="TSR-4471_outcome.csv"
Content-Disposition: attachment; filename="TSR-4471_outcome.csv"
Content-Transfer-Encoding: base64

{CSV_ATT}
--=_tsr4471_mix--
""",
    outcome="applied",
    imitates="Jira Service Management export of per-URL decisions sent as a CSV attachment",
    why="CSV gives a decision for all twelve links of the largest request",
    items={T[1]: "removed", T[2]: "removed", T[3]: "removed", T[4]: "removed", T[5]: "not_found",
           T[6]: "removed", T[7]: "removed", T[8]: "not_found", T[9]: "removed", T[10]: "rejected",
           T[11]: "restricted", T[12]: "removed"},
)

case(
    name="tg-jira-comment-notification",
    **{"from": "jira@telegram.org"},
    name_from="\"Lena P. (Jira)\"",
    date="Thu, 12 Sep 2024 10:14:27 +0900",
    subject=f"[JIRA] (TSR-4471) {R_TG} - removal request",
    reply_to_req=mid(R_TG),
    body=f"""
Lena P. commented on TSR-4471
Re: {R_TG} - removal request

Update for the requester on the ssal_exchange posts:

{T[6]} - blocked
{T[7]} - blocked
{T[8]} - not found, the message ID does not exist in that channel

Key: TSR-4471
Status: In Progress
Assignee: Lena P.

--
This message was sent by Atlassian Jira (v9.12.2#912002-sha1:5c1e0a7)
""",
    outcome="applied",
    imitates="Atlassian Jira 'commented on' notification relayed to the requester",
    why="comment states two posts blocked and one not found; ticket status 'In Progress' concerns the rest",
    items={T[6]: "removed", T[7]: "removed", T[8]: "not_found"},
)

case(
    name="tg-receipt-with-already-blocked",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Wed, 04 Sep 2024 08:12:09 +0900",
    subject=f"[Telegram Support] Received: {R_TG} removal request (#48390)",
    reply_to_req=mid(R_TG),
    body=f"""
{ZD_LINE}

Your request (48390) has been received and is being reviewed by our support
staff.

While logging your request we noticed that two of the posts you listed were
already blocked after earlier reports:

{T[4]}
{T[5]}

Both are no longer accessible on Telegram. The rest of your list is in the
queue.

This email is a service from Telegram Support.
[ZD7PL2-48390]
""",
    outcome="applied",
    imitates="Zendesk auto-receipt to which the agent added a note about items already blocked",
    why="acknowledgement phrase plus an unhedged statement that two posts were blocked",
    items={T[4]: "removed", T[5]: "removed"},
)

case(
    name="tg-status-change-solved-restricted",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Thu, 19 Sep 2024 13:40:33 +0900",
    subject=f"[Telegram Support] Ticket #48213 status changed: Pending -> Solved",
    reply_to_req=mid(R_TG),
    body=f"""
{ZD_LINE}

Ticket #48213 ({R_TG}) was set to Solved.

Latest comment
--------------
Jonas R., Sep 19, 2024, 13:38 GMT+9

Both posts in the greywharf channel are now restricted for users in South
Korea under local law: {T[11]} {T[12]}

They remain visible elsewhere.

You can reply to this email within 7 days to reopen the ticket.
""",
    outcome="applied",
    imitates="Zendesk status-change notification (Pending to Solved) quoting the latest agent comment",
    why="two posts on one line restricted for users in Korea",
    items={T[11]: "restricted", T[12]: "restricted"},
)

case(
    name="x-case-update-withheld-partial",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Mon, 09 Sep 2024 21:03:17 +0000",
    subject=f"Case# 0193-7782-4410: update on your report [{R_X}]",
    reply_to_req=mid(R_X),
    body=f"""
Hello,

We're writing with an update on your report.

After review, we have withheld the following posts in South Korea in
response to your legal request:
{X[1]}
{X[2]}

The other posts in your report are still under review. We'll contact you
again when that review is complete.

Learn more about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X

Case# 0193-7782-4410
""",
    outcome="applied",
    imitates="X legal-request case update (country withheld content) with a partial answer",
    why="two posts withheld in South Korea; the rest is under review and not named",
    items={X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-case-closed-url-then-decision",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Wed, 11 Sep 2024 03:44:52 +0000",
    subject=f"Case# 0193-7782-4410 closed [{R_X}]",
    reply_to_req=mid(R_X),
    body=f"""
Hello,

Your case 0193-7782-4410 is now closed. Here are our decisions on the
remaining posts.

{X[3]}
Decision: Removed. The post violated the X Rules on illegal or certain
regulated goods or services.

{X[4]}
Decision: No action. We did not find a violation of the X Rules or of local
law in this post, so it remains available.

If you disagree with a decision you can reply to this email.

Thanks,
X
""",
    outcome="applied",
    imitates="X case-closed email with each URL followed by its decision on the next line",
    why="one removed, one left up with a reason",
    items={X[3]: "removed", X[4]: "rejected"},
)

X_QP_TEXT = f"""Hello KCSC team,

Thanks for your follow-up on {R_X}. Please see our answer on the two posts you asked about again. The post at {X[3]} has been withheld in South Korea and is no longer visible to people there.

We were unable to locate the post at {X[4]}: the ID you gave does not belong to any post on X, and the link shows "This post doesn't exist".

Best regards,
Hana
X Global Government Affairs
"""

case(
    name="x-followup-quoted-printable",
    **{"from": "gov-affairs@x.com"},
    name_from="\"Hana (X)\"",
    date="Fri, 13 Sep 2024 10:05:39 +0900",
    subject=f"RE: {R_X} follow-up",
    reply_to_req=mid(R_X),
    raw_mime=f"""
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(X_QP_TEXT)}
""",
    outcome="applied",
    imitates="Outlook reply from a platform government-affairs officer, quoted-printable with soft line breaks inside URLs",
    why="one post withheld in Korea, the other does not exist",
    items={X[3]: "restricted", X[4]: "not_found"},
)

case(
    name="x-angle-brackets-wrapped-url",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Tue, 10 Sep 2024 07:12:08 +0000",
    subject=f"Re: {R_X} - removal request",
    reply_to_req=mid(R_X),
    body=f"""
Dear Sir or Madam,

We have taken the following action on the posts from the account
@hollow_pine77 that you reported:

The post <{X[1]}> has been removed for violating our rules.

The post <https://x.com/hollow_pine77/status/
1831004450011223344> is withheld in South Korea.

Regards,
X Legal
""",
    outcome="applied",
    imitates="plain-text legal-desk reply with URLs in angle brackets, one wrapped by the mail client",
    why="one removed, the wrapped one withheld in Korea (a clerk joins the wrapped URL)",
    items={X[1]: "removed", X[2]: "restricted"},
)

case(
    name="yt-helpscout-reply-partial",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 17:26:00 +0900",
    subject=f"Re: {R_YT} [Conversation #88104]",
    reply_to_req=mid(R_YT),
    body=f"""
--- Reply above this line ---

Hi,

Thanks for your patience while we looked into {R_YT}.

We've removed {Y[1]} for violating our policy on scams.

{Y[2]} has been age-restricted. It stays on YouTube but can no longer be
seen by signed-out viewers or viewers under 18.

We're still reviewing the Short you listed and will follow up in this
conversation.

Ji-won
YouTube Legal Support

Conversation #88104 - view it at https://support.google.com/legal/conversation/88104
""",
    outcome="applied",
    imitates="Help Scout-style conversation reply from a legal support agent, partial answer",
    why="one removed, one age-restricted; the Short is not named and still under review; support link not an item",
    items={Y[1]: "removed", Y[2]: "restricted"},
)

case(
    name="yt-single-item-sole-statement",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Team",
    date="Tue, 17 Sep 2024 11:00:12 +0900",
    subject=f"Re: [{R_YT1}] Removal request",
    reply_to_req=mid(R_YT1),
    body="""
Hello,

Following our review, the video you reported in this request has been
removed from YouTube for violating our Community Guidelines.

Thank you,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="short YouTube legal team reply in the request's own thread, no URL",
    why="one-item request; 'the video you reported ... has been removed' applies to its only item",
    items={Y1: "removed"},
)

case(
    name="yt-actioned-phrase-and-rejected",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Team",
    date="Mon, 16 Sep 2024 15:45:30 +0900",
    subject=f"Update on your request {R_YT}",
    reply_to_req=mid(R_YT),
    body=f"""
Hello,

An update on the items in your request {R_YT}:

The content at {Y[3]} has been actioned under our policies.

We have reviewed {Y[1]} and determined that it does not violate our
Community Guidelines or local law. It will remain available on YouTube.

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal update using its 'actioned under our policies' wording and a refusal",
    why="configured YouTube phrase means removed; the other video stays up with a reason",
    items={Y[3]: "removed", Y[1]: "rejected"},
)

case(
    name="yt-echoed-submission-outcome",
    **{"from": "noreply-legal@google.com"},
    name_from="Google Legal",
    date="Fri, 13 Sep 2024 02:10:44 +0000",
    subject=f"Outcome of your legal removal request ({R_YT})",
    reply_to_req=mid(R_YT),
    body=f"""
Your submission
---------------
Reference: {R_YT}
Product: YouTube
Content URL(s):
{Y[1]}
{Y[3]}
Issue type: Local law - Republic of Korea

Outcome
-------
{Y[1]}: Blocked in South Korea on the basis of local law.

{Y[3]}: No action taken. After review we determined that this content does
not violate our Community Guidelines and found no sufficient basis to
restrict it under local law.

Google Legal
""",
    outcome="applied",
    imitates="Google legal removal outcome email that echoes the submission fields before the outcome",
    why="echoed submission is no statement; outcome: one blocked in Korea, one left up",
    items={Y[1]: "restricted", Y[3]: "rejected"},
)

case(
    name="naver-cs-answer-arrows",
    **{"from": "help@navercorp.com"},
    name_from=kr("네이버 고객센터"),
    date="Fri, 13 Sep 2024 16:20:00 +0900",
    subject=kr(f"[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (문의번호 2024091100321) {R_NV}"),
    reply_to_req=mid(R_NV),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회 {R_NV} 요청과 관련하여 검토 결과를 안내드립니다.

1) {N[1]}
   → 게시중단 처리하였습니다.
2) {N[2]}
   → 운영정책 위반으로 삭제되었습니다.
3) {N[3]}
   → 블라인드 처리하였습니다.

나머지 게시물은 현재 검토 중이며, 결과가 나오는 대로 이 문의로 다시
회신드리겠습니다.

감사합니다.
네이버 고객센터 드림

※ 본 메일은 발신 전용입니다. 추가 문의는 고객센터 문의하기를 이용해 주세요.
""",
    outcome="applied",
    imitates="NAVER customer-centre ticket answer (문의번호) with numbered URLs and arrow results",
    why="게시중단, 삭제, 블라인드 are all removed; the rest is under review and not named",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed"},
)

case(
    name="naver-html-table-korean-path",
    **{"from": "policy@navercorp.com"},
    name_from=kr("네이버 정책지원팀"),
    date="Tue, 17 Sep 2024 10:30:00 +0900",
    subject=kr(f"[조치결과] {R_NV} 시정요구에 대한 조치 결과 회신"),
    reply_to_req=mid(R_NV),
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구({R_NV})에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>해당 게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>조치 불가</td><td>불법정보로 보기 어려워 게시 유지</td></tr>
<tr><td>5</td><td>{N5_RAW}</td><td>비공개 처리</td><td>-</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
""",
    outcome="applied",
    imitates="Korean 시정요구 조치결과 reply from a portal policy team as an HTML table",
    why="삭제 removed, 임시조치 restricted, author-deleted not_found, kept up with reason rejected, 비공개 removed (raw Korean path)",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[4]: "rejected", N[5]: "removed"},
)

NV_B64_TEXT = f"""안녕하세요. 네이버 블로그 운영팀입니다.

{R_NV} 건 중 추가로 처리된 게시물을 안내드립니다.

- {N[4]} : 비공개 처리 완료
- {N5} : 임시조치 (30일간 게시 중단, 이후 재검토)

감사합니다.
"""

case(
    name="naver-base64-followup",
    **{"from": "blog_help@naver.com"},
    name_from=kr("네이버 블로그팀"),
    date="Wed, 18 Sep 2024 14:02:11 +0900",
    subject=kr(f"Re: {R_NV} 추가 처리 결과"),
    reply_to_req=mid(R_NV),
    raw_mime=f"""
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64lines(NV_B64_TEXT.encode("utf-8"))}
""",
    outcome="applied",
    imitates="NAVER blog team follow-up in the thread, base64-encoded Korean body",
    why="비공개 처리 is removed; 임시조치 is restricted (percent-encoded Korean path)",
    items={N[4]: "removed", N[5]: "restricted"},
)

case(
    name="naver-particles-fullwidth",
    **{"from": "policy@navercorp.com"},
    name_from=kr("네이버 정책지원팀"),
    date="Mon, 16 Sep 2024 17:12:45 +0900",
    subject=kr(f"RE: {R_NV} 게시물 처리 안내"),
    reply_to_req=mid(R_NV),
    body=f"""
안녕하세요, 네이버 정책지원팀 박서윤입니다.

요청하신 {N[4]}은 작성자가 이미 삭제한 게시물로 확인되어 별도 조치가 필요하지 않습니다．
{N[1]}，{N[2]} 두 건은 권리침해 신고 절차에 따라 임시조치하였습니다（30일）．

나머지 건은 확인 후 다시 연락드리겠습니다.

박서윤 드림
""",
    outcome="applied",
    imitates="Korean prose reply with URLs followed by particles and full-width punctuation",
    why="author-deleted post not_found; two posts under 임시조치 restricted",
    items={N[4]: "not_found", N[1]: "restricted", N[2]: "restricted"},
)

case(
    name="naver-outlook-reply-to-reminder",
    **{"from": "dykim@navercorp.com"},
    name_from=kr("김도윤"),
    date="Wed, 18 Sep 2024 11:25:07 +0900",
    subject=kr(f"RE: [재요청] {R_NV} 시정요구 조치결과 회신 요청"),
    extra_headers=[f"In-Reply-To: <reminder.{R_NV}.2@kcsc.example>",
                   f"References: <reminder.{R_NV}.2@kcsc.example>"],
    body=f"""
안녕하세요. 네이버 정책지원팀 김도윤입니다.
재요청 메일 확인했습니다. 회신이 늦어 죄송합니다.

- {N[3]} : 삭제 완료
- {N[4]} : 삭제 완료

나머지 세 건은 앞서 고객센터를 통해 회신드린 내용을 참고 부탁드립니다.

김도윤 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 9:00 AM
To: policy@navercorp.com
Subject: [재요청] {R_NV} 시정요구 조치결과 회신 요청

안녕하십니까. 방송통신심의위원회입니다.
아래 게시물에 대한 조치결과를 회신하여 주시기 바랍니다.

{N[1]}
{N[2]}
{N[3]}
{N[4]}
{N5}
""",
    outcome="applied",
    imitates="Outlook reply to a regulator's reminder with the reminder below -----Original Message-----",
    why="two blog posts deleted; the reminder's URLs below the Outlook separator change nothing",
    items={N[3]: "removed", N[4]: "removed", N[1]: "pending", N[2]: "pending", N[5]: "pending"},
)

case(
    name="discord-ts-solved",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 04:18:22 +0000",
    subject=f"[Discord Trust & Safety] Re: {R_DC} (#3340127)",
    reply_to_req=mid(R_DC),
    body=f"""
{ZD_LINE}

Hi there,

Thank you for your report. Our team reviewed it and took action:

* The server behind the invite {D[1]} has been removed from Discord
  and the invite link is disabled.
* The message at
  {D[2]}
  has been deleted.

We appreciate you helping to keep Discord safe.

Discord Trust & Safety

This request (#3340127) has been set to solved. Reply to this email to reopen it.
""",
    outcome="applied",
    imitates="Discord Trust & Safety Zendesk-style solved ticket, bulleted, with the long message link on its own line",
    why="server removed and invite disabled; message deleted",
    items={D[1]: "removed", D[2]: "removed"},
)

case(
    name="discord-reply-to-reminder-gmail-quote",
    **{"from": "legal@discord.com"},
    name_from="Discord Legal",
    date="Thu, 19 Sep 2024 08:05:59 +0900",
    subject=f"Re: Reminder: {R_DC}",
    extra_headers=[f"In-Reply-To: <reminder.{R_DC}.2@kcsc.example>",
                   f"References: <{mid(R_DC)}@kcsc.example> <reminder.{R_DC}.2@kcsc.example>"],
    body=f"""
Hello,

Sorry for the delay. The invite {D[1]} is invalid or has expired, so we
could not identify a server from it. We removed the message at {D[2]} and
warned the account that posted it.

Best,
Discord Legal Operations

On Wed, Sep 18, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Discord team,
>
> We have not yet received a reply to our request {R_DC}:
> {D[1]}
> {D[2]}
""",
    outcome="applied",
    imitates="legal-desk reply to a reminder, Gmail quoting",
    why="invalid/expired invite is not_found; message removed",
    items={D[1]: "not_found", D[2]: "removed"},
)

case(
    name="kakao-cs-answer-korean",
    **{"from": "cs@kakaocorp.com"},
    name_from=kr("카카오 고객센터"),
    date="Wed, 18 Sep 2024 15:33:10 +0900",
    subject=kr(f"[카카오 고객센터] 문의 답변 안내 (접수번호 K24091600457) {R_KK}"),
    reply_to_req=mid(R_KK),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 {R_KK} 건의 처리 결과를 안내드립니다.

■ {K[1]}
  운영정책 위반으로 해당 오픈채팅방을 삭제하였습니다.

■ {K[2]}
  국내 이용자의 접근을 제한하였습니다.

■ {K[3]}
  신고하신 게시글은 작성자에 의해 이미 삭제된 글로 확인됩니다.

더 궁금하신 점은 고객센터로 문의해 주시기 바랍니다.
카카오 고객센터 https://cs.kakao.com
""",
    outcome="applied",
    imitates="Kakao customer-centre answer (접수번호) with one result per URL",
    why="open chat deleted (removed), access limited for Korean users (restricted), post already deleted by its author (not_found)",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "not_found"},
)

case(
    name="kakao-statement-then-url-below",
    **{"from": "safety@kakaocorp.com"},
    name_from=kr("카카오 세이프티팀"),
    date="Thu, 19 Sep 2024 10:10:10 +0900",
    subject=kr(f"Re: {R_KK} 처리 결과 회신"),
    reply_to_req=mid(R_KK),
    body=f"""
안녕하세요, 카카오 세이프티팀입니다.

1. 아래 오픈채팅방은 서비스 보호조치에 따라 삭제 처리되었습니다.
   {K[2]}

2. 아래 카페 게시글은 검토 결과 불법정보로 확인되지 않아 별도 조치하지 않았습니다.
   {K[3]}

감사합니다.
""",
    outcome="applied",
    imitates="Korean numbered answer with each statement above its URL",
    why="open chat deleted (removed); cafe post kept because not illegal (rejected)",
    items={K[2]: "removed", K[3]: "rejected"},
)

case(
    name="kakao-followup-over-earlier-answer",
    **{"from": "safety@kakaocorp.com"},
    name_from=kr("카카오 세이프티팀"),
    date="Thu, 19 Sep 2024 18:42:00 +0900",
    subject=kr(f"Re: Re: {R_KK} 처리 결과 회신"),
    reply_to_req=mid(R_KK),
    body=f"""
추가 안내드립니다.

{K[3]} 게시글은 오늘 카페 운영자가 삭제했습니다(운영자 삭제). 현재 열람할 수 없습니다.

카카오 세이프티팀

2024년 9월 19일 (목) 오전 10:10, 카카오 세이프티팀 <safety@kakaocorp.com>님이 작성:
> 1. 아래 오픈채팅방은 서비스 보호조치에 따라 삭제 처리되었습니다.
>    {K[2]}
>
> 2. 아래 카페 게시글은 검토 결과 불법정보로 확인되지 않아 별도 조치하지 않았습니다.
>    {K[3]}
""",
    outcome="applied",
    imitates="same-thread follow-up (Korean Gmail quote header) correcting an earlier answer",
    why="운영자 삭제 is removed; the quoted earlier answer (open chat deleted, post kept) changes nothing",
    items={K[3]: "removed", K[2]: "pending"},
)

# ==========================================================================
# REVIEW
# ==========================================================================

case(
    name="tg-escalated-will-be-removed",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Fri, 06 Sep 2024 12:01:44 +0900",
    subject=f"[Telegram Support] Re: {R_TG} removal request (#48213)",
    reply_to_req=mid(R_TG),
    body=f"""
{ZD_LINE}

Hello,

Your request has been escalated to our moderation team. The following posts
will be removed once the moderators have confirmed the violation:

{T[1]}
{T[2]}
{T[3]}

We will let you know in this ticket when that is done.

Mira K.
Telegram Support
""",
    outcome="review",
    review="not_understood",
    imitates="Zendesk agent reply promising removal after escalation",
    why="'will be removed once ... confirmed' is a promise, not a statement",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending"},
)

case(
    name="x-hedged-may-have-been",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Sun, 08 Sep 2024 23:50:00 +0000",
    subject=f"Case# 0193-7782-4410: update on your report [{R_X}]",
    reply_to_req=mid(R_X),
    body=f"""
Hello,

Thanks for your patience. It appears that {X[3]} may already have been
deleted by the account holder, and {X[4]} seems to be no longer accessible.
We are confirming this with the relevant team.

Thanks,
X
""",
    outcome="review",
    review="not_understood",
    imitates="X support case update with hedged findings",
    why="'appears ... may have been', 'seems to be' are hedges",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="tg-solved-all-content-bulk",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Thu, 19 Sep 2024 16:16:16 +0900",
    subject=f"[Telegram Support] Your request (#48213) has been solved - {R_TG}",
    reply_to_req=mid(R_TG),
    body=f"""
{ZD_LINE}

Your request (48213) has been solved. To reopen it, reply to this email.

Jonas R. (Telegram Support)

Hello,

All of the content reported in {R_TG} has been removed from Telegram. We
are closing this ticket.

Thank you for your report.

This email is a service from Telegram Support.
""",
    outcome="review",
    review="bulk",
    imitates="Zendesk 'request solved' notification with a blanket statement",
    why="one statement about all items of a twelve-item request without naming them",
    items={u: "pending" for u in T.values()},
)

case(
    name="naver-all-five-bulk",
    **{"from": "policy@navercorp.com"},
    name_from=kr("네이버 정책지원팀"),
    date="Thu, 19 Sep 2024 09:30:00 +0900",
    subject=kr(f"[조치완료] {R_NV} 시정요구 조치 완료 안내"),
    reply_to_req=mid(R_NV),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 {R_NV} 건의 게시물 5건 모두에 대하여 게시중단 조치를
완료하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="Korean portal 조치 완료 notice covering the whole request by count",
    why="'5건 모두' states all five without naming them",
    items={u: "pending" for u in N.values()},
)

case(
    name="yt-auth-fail-removed",
    **{"from": "legal-kr@youtube.com"},
    name_from="YouTube Legal",
    auth="fail",
    date="Sat, 14 Sep 2024 09:09:09 +0900",
    subject=f"Re: {R_YT} removal request",
    reply_to_req=mid(R_YT),
    body=f"""
Hello,

We have removed {Y[1]} and {Y[2]} from YouTube.

Regards,
YouTube Legal
""",
    outcome="review",
    review="untrusted",
    imitates="YouTube legal reply whose DKIM/SPF/DMARC fail",
    why="platform domain fails authentication",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="discord-zendesk-subdomain-sender",
    **{"from": "safety@discordapp.zendesk.com"},
    name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 19:55:00 +0000",
    subject=f"[Discord Trust & Safety] Re: {R_DC} (#3340127)",
    reply_to_req=mid(R_DC),
    body=f"""
{ZD_LINE}

Hi there,

We reviewed your report and the message at
{D[2]}
has been deleted.

Discord Trust & Safety
""",
    outcome="review",
    review="unknown_sender",
    imitates="helpdesk notification sent from the vendor's subdomain instead of the platform's own domain",
    why="discordapp.zendesk.com is not a configured Discord sender domain",
    items={D[2]: "pending"},
)

case(
    name="tg-outsourced-vendor-reply",
    **{"from": "casework@clearpath-moderation.example"},
    name_from="\"ClearPath Moderation (for Telegram)\"",
    date="Mon, 16 Sep 2024 14:14:14 +0900",
    subject=f"Re: {R_TG} - outcome",
    reply_to_req=mid(R_TG),
    body=f"""
Dear KCSC,

We handle content reports on behalf of Telegram in the APAC region. The
post {T[9]} has been removed.

ClearPath Moderation Services
""",
    outcome="review",
    review="unknown_sender",
    imitates="reply from an outsourced moderation contractor's own domain",
    why="sender domain belongs to no configured platform",
    items={T[9]: "pending"},
)

case(
    name="x-about-telegram-link",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Tue, 10 Sep 2024 01:30:00 +0000",
    subject="Case# 0193-7782-5120: your note about an external link",
    body=f"""
Hello,

Your note mentioned the link {T[2]}. That content is hosted on Telegram,
not X. We could not locate it on our service and cannot act on it; please
contact Telegram directly.

Thanks,
X
""",
    outcome="review",
    review="wrong_platform",
    imitates="X support reply declining an off-platform link",
    why="X states it could not find a Telegram item",
    items={T[2]: "pending"},
)

case(
    name="naver-action-scheduled",
    **{"from": "policy@navercorp.com"},
    name_from=kr("네이버 정책지원팀"),
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject=kr(f"Re: {R_NV} 처리 일정 안내"),
    reply_to_req=mid(R_NV),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{N[1]}
{N[2]}

위 두 건은 내부 검토를 거쳐 조치할 예정입니다. 결과는 3영업일 이내에
회신드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Korean portal reply announcing a planned action (조치 예정)",
    why="조치할 예정 is a promise",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="yt-needs-timestamps",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    classification="request_for_info",
    date="Wed, 11 Sep 2024 13:13:13 +0900",
    subject=f"Re: {R_YT} [Conversation #88104] - more information needed",
    reply_to_req=mid(R_YT),
    body=f"""
--- Reply above this line ---

Hi,

To continue with {R_YT} we need more information about
{Y[2]}: please tell us the timestamps at which the content you consider
unlawful appears, and the provision of Korean law it breaches. We can't
proceed with this video until we hear back from you.

Ji-won
YouTube Legal Support
""",
    outcome="review",
    review="asks_more",
    imitates="Help Scout-style conversation asking for timestamps and the legal basis",
    why="platform asks for more information before acting",
    items={Y[2]: "pending"},
)

case(
    name="tg-ticket-closed-inactivity",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Thu, 19 Sep 2024 20:00:00 +0900",
    subject="[Telegram Support] Ticket #48977 closed",
    body=f"""
{ZD_LINE}

Hello,

Your ticket #48977 has been closed because we did not hear back from you.
If you still need help, reply to this email and it will be reopened.

This email is a service from Telegram Support.
""",
    outcome="review",
    review="no_claims",
    imitates="Zendesk automation closing a ticket for inactivity",
    why="trusted platform mail naming no item and no request; not an out-of-office, bounce, receipt or MDN",
)

case(
    name="kakao-under-review",
    **{"from": "safety@kakaocorp.com"},
    name_from=kr("카카오 세이프티팀"),
    date="Tue, 17 Sep 2024 11:11:11 +0900",
    subject=kr(f"Re: {R_KK} 진행 상황 안내"),
    reply_to_req=mid(R_KK),
    body=f"""
안녕하세요, 카카오 세이프티팀입니다.

{K[1]} 오픈채팅방은 현재 운영정책 위반 여부를 검토하고 있습니다.
검토가 끝나는 대로 결과를 알려드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Korean progress notice (검토 중) naming one URL",
    why="under review is no statement; the email names a requested item",
    items={K[1]: "pending"},
)

# ==========================================================================
# IGNORED
# ==========================================================================

case(
    name="tg-zendesk-receipt",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Tue, 03 Sep 2024 10:02:30 +0900",
    subject=f"[Telegram Support] Received: {R_TG} removal request (#48213)",
    reply_to_req=mid(R_TG),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
{ZD_LINE}

Your request (48213) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

This email is a service from Telegram Support.
[ZD9QK4-48213]
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk 'request received' auto-receipt",
    why="pure receipt with a ticket number",
)

case(
    name="naver-receipt-korean",
    **{"from": "help@navercorp.com"},
    name_from=kr("네이버 고객센터"),
    date="Wed, 11 Sep 2024 14:05:00 +0900",
    subject=kr("[네이버 고객센터] 문의가 정상적으로 접수되었습니다"),
    reply_to_req=mid(R_NV),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2024091100321
문의제목: {R_NV} 시정요구

담당자가 확인 후 순차적으로 답변드리겠습니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER customer-centre 문의 접수 receipt",
    why="pure receipt with a ticket number",
)

case(
    name="x-out-of-office",
    **{"from": "jpark@x.com"},
    name_from="Jin Park",
    date="Thu, 05 Sep 2024 11:01:02 +0900",
    subject=f"Automatic reply: {R_X} removal request",
    reply_to_req=mid(R_X),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For legal requests please use legal@x.com.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office",
)

KK_DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: safety-kr@kakaocorp.com
Subject: Reminder: {R_KK}
Date: Thu, 19 Sep 2024 09:00:00 +0900
Message-ID: <reminder.{R_KK}.2@kcsc.example>
Content-Type: text/plain; charset=utf-8

Our request {R_KK} still has items without an answer:
{K[1]}
{K[2]}
{K[3]}
"""

case(
    name="kakao-bounce-reminder",
    **{"from": "MAILER-DAEMON@mx1.kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Thu, 19 Sep 2024 09:00:04 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.7B1C2A"

--dsn.7B1C2A
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<safety-kr@kakaocorp.com>: host mbox.kakaocorp.com[203.0.113.25] said: 550
    5.1.1 <safety-kr@kakaocorp.com>: Recipient address rejected: User unknown

--dsn.7B1C2A
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
Arrival-Date: Thu, 19 Sep 2024 09:00:02 +0900

Final-Recipient: rfc822; safety-kr@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn.7B1C2A
Content-Type: message/rfc822

{KK_DSN_ORIG}
--dsn.7B1C2A--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN returning our reminder, original with URLs attached",
    why="bounce; the URLs are in our own returned message",
    items={K[1]: "pending"},
)

case(
    name="yt-read-receipt",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Team",
    date="Fri, 13 Sep 2024 16:30:00 +0900",
    subject=f"Read: [{R_YT1}] Removal request",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_4f1a"

--mdn_4f1a
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: [{R_YT1}] Removal request
  Sent: Friday, September 13, 2024 4:00 PM (UTC+09:00) Seoul

was read on Friday, September 13, 2024 4:29 PM (UTC+09:00) Seoul.

--mdn_4f1a
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <{mid(R_YT1)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_4f1a--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
)

case(
    name="discord-freshdesk-receipt-echo",
    **{"from": "support@discord.com"},
    name_from="Discord Support",
    date="Thu, 12 Sep 2024 09:31:40 +0900",
    subject=f"Ticket Received - {R_DC} removal request [#3340127]",
    reply_to_req=mid(R_DC),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a
ticket has been created. A support representative will review your request
and send you a personal response, usually within 5 business days.

To view the status of the ticket or add comments, please visit
https://support.discord.com/hc/requests/3340127

Your original message:
----------------------
Request {R_DC}. Please remove the following content:
{D[1]}
{D[2]}

Thank you for your patience.
Discord Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Freshdesk/Zendesk ticket-received auto-response echoing the requester's original message",
    why="receipt; the URLs appear only in the echoed request",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="naver-ooo-korean",
    **{"from": "dykim@navercorp.com"},
    name_from=kr("김도윤"),
    date="Wed, 11 Sep 2024 14:01:00 +0900",
    subject=kr(f"[자동회신] 부재중입니다: {R_NV} 시정요구"),
    reply_to_req=mid(R_NV),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 김도윤입니다.
9월 11일부터 9월 13일까지 휴가로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean Outlook out-of-office (부재중 자동회신)",
    why="out-of-office",
)


HEADER = f"""# Blind set 692: ticket systems and threads (see NOTES.md).
# Written by tests/corpus/blind692/make.py from each email's meaning, before
# any run of the reader. Requests: {R_TG} (12, telegram), {R_X} (4, x),
# {R_YT} (3, youtube), {R_NV} (5, naver), {R_DC} (2, discord),
# {R_YT1} (1, youtube), {R_KK} (3, kakao).
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    from collections import Counter
    print(len(CASES), dict(Counter(c["outcome"] for c in CASES)))
