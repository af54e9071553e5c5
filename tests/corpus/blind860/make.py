#!/usr/bin/env python3
"""Blind set 860: ticket systems and threads.

Zendesk-, Freshdesk-, Jira-Service-Management- and Help-Scout-style receipts
and results, solved tickets, follow-ups in the same thread, replies to our
reminders, partial answers and forwarded mail, from X, YouTube (Google),
Telegram, NAVER, TikTok and Kakao (Daum). Every email, name, ticket number and
URL is fictional. Expected results were written from each email's meaning
before the reader was ever run on this set.

    python3 tests/corpus/blind860/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind860"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240910-03", "KCSC-240911-04",
    "KCSC-240912-05", "KCSC-240913-06", "KCSC-240919-07",
)
MID = {
    R1: "kcsc.240903-01.7f3a", R2: "kcsc.240905-02.19c0", R3: "kcsc.240910-03.e21b",
    R4: "kcsc.240911-04.5d8e", R5: "kcsc.240912-05.a406", R6: "kcsc.240913-06.3b7c",
    R7: "kcsc.240919-07.c95f",
}

X = [
    "https://x.com/nightmarket_kr/status/1830114427708811264",
    "https://x.com/nightmarket_kr/status/1830118803512385536",
    "https://x.com/paperlantern_77/status/1829902215563059200",
    "https://x.com/paperlantern_77/status/1829955011849412608",
    "https://x.com/odd_tide/status/1830200344191156224",
    "https://x.com/odd_tide/status/1830203127810711552",
    "https://x.com/greywharf/status/1829771004219785216",
    "https://x.com/greywharf/status/1829774419887419392",
    "https://x.com/lumen_ko/status/1830310028417200128",
    "https://x.com/sokdak_bot/status/1830355561207193600",
    "https://x.com/sokdak_bot/status/1830356672019767296",
    "https://x.com/pinecinder/status/1830401880915558400",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3vTz8LpXa",
    "https://www.youtube.com/watch?v=bR7nK2wUe0c",
    "https://www.youtube.com/shorts/Hx4pLq9ZsT1",
    "https://www.youtube.com/@moonjar_tv",
]
T = [
    "https://t.me/harbor_signals/4412",
    "https://t.me/harbor_signals/4419",
    "https://t.me/quietroom_chat/208",
]
T7 = "https://t.me/silverkoi/97"
N5_RAW = "https://in.naver.com/주식리딩/contents/1187"
N5 = "https://in.naver.com/" + urllib.parse.quote("주식리딩") + "/contents/1187"
N = [
    "https://blog.naver.com/moonlit_trade/223561870042",
    "https://blog.naver.com/moonlit_trade/223562004117",
    "https://cafe.naver.com/jusikbang77/15520",
    "https://cafe.naver.com/jusikbang77/15533",
    N5,
]
K = [
    "https://www.tiktok.com/@velvet.crane/video/7411223344556677889",
    "https://www.tiktok.com/@velvet.crane/video/7411298765432101234",
]
D1 = "https://cafe.daum.net/greenpeak/Rk2F/311"

REQUESTS = [
    (R1, "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", X, "illegal_gambling"),
    (R2, "youtube", "2024-09-05T14:30:00+09:00", "2024-09-12T18:00:00+09:00", Y, "illegal_finance"),
    (R3, "telegram", "2024-09-10T09:15:00+09:00", "2024-09-13T18:00:00+09:00", T, "drugs"),
    (R4, "naver", "2024-09-11T11:00:00+09:00", "2024-09-20T18:00:00+09:00", N, "illegal_finance"),
    (R5, "tiktok", "2024-09-12T16:20:00+09:00", "2024-09-19T18:00:00+09:00", K, "obscenity"),
    (R6, "kakao", "2024-09-13T10:40:00+09:00", "2024-09-23T18:00:00+09:00", [D1], "defamation"),
    (R7, "telegram", "2024-09-19T15:00:00+09:00", "2024-09-24T18:00:00+09:00", [T7], "drugs"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat in REQUESTS:
        for i, u in enumerate(urls, 1):
            w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example",
                        "item %d of %d" % (i, len(urls))])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, greeting):
    lines = [greeting, "",
             "The Korea Communications Standards Commission asks you to remove or",
             "block access to the following content, which violates Korean law",
             "(our reference %s):" % ref, ""]
    lines += urls
    lines += ["", "Please tell us the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join(lines)


def all_pending(urls):
    return {u: "pending" for u in urls}


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ X (12 items)
case(
    name="x-zendesk-solved-three-results",
    frm="support@x.com", date="Mon, 09 Sep 2024 07:12:40 +0000",
    subject="[X Support] Re: KCSC-240903-01 legal request - Ticket #4471893 solved",
    reply_to_req=MID[R1],
    body=f"""
##- Please type your reply above this line -##

Your request (#4471893) has been solved. To reopen it, reply to this email.

Dana (X Support)
Sep 9, 2024, 07:10 UTC

Hello,

Thank you for your patience while we looked into request KCSC-240903-01.

We reviewed the reported posts against the X Rules and the local law you
cited, and took the following action:

{X[0]}
Removed for violating the X Rules.

{X[1]}
Withheld in South Korea in response to your legal demand.

{X[2]}
We did not find a violation of the X Rules, and the post is not subject
to withholding under the law cited. No action was taken.

The other posts in your request are still with our team; we will update
this ticket separately.

Regards,
Dana
X Support

--------------------------------
This email is a service from X Support. [Ticket ID: 4471893]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification with the agent's latest comment (X Support)",
    why="three posts each named with an unhedged outcome: removed, withheld in KR, no violation",
    items={X[0]: "removed", X[1]: "restricted", X[2]: "rejected"},
)

case(
    name="x-thread-followup-numbered-gmail-quote",
    frm="support@x.com", date="Wed, 11 Sep 2024 02:40:03 +0000",
    subject="Re: [X Support] KCSC-240903-01 - Ticket #4471893",
    reply_to_req=MID[R1],
    body=f"""
Hello again,

Following up in this thread with the outcome for five more posts from your
list:

1. {X[3]} - removed
2. {X[4]} - removed
3. {X[5]} - withheld in KR
4. {X[6]} - we could not find this post; the link returns nothing on our side
5. {X[7]} - no violation found, the post remains available

Best,
Mateo
X Support

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_gt(request_text(R1, X, "Dear X legal team,"))}
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same Gmail thread, top-posted over the quoted request",
    why="numbered list of five posts with statuses; the other seven URLs appear only in the '>' quote",
    items={X[3]: "removed", X[4]: "removed", X[5]: "restricted", X[6]: "not_found",
           X[7]: "rejected", X[8]: "pending", X[11]: "pending"},
)

X_TABLE_HTML = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hi,</p>
<p>Apologies for the delay. Results for the remaining posts are below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Action</th></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Removed</td></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Withheld in South Korea</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Removed</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Not found (post does not exist)</td></tr>
</table>
<p>X Support</p>
</body></html>"""
X_TABLE_TEXT = f"""Hi,

Apologies for the delay. Results for the remaining posts are below.

URL | Action
{X[8]} | Removed
{X[9]} | Withheld in South Korea
{X[10]} | Removed
{X[11]} | Not found (post does not exist)

X Support"""
case(
    name="x-reminder-reply-html-table",
    frm="support@x.com", date="Thu, 12 Sep 2024 06:05:11 +0000",
    subject="Re: Reminder: KCSC-240903-01 overdue (4 items pending)",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>",
                   "References: <reminder.KCSC-240903-01.1@kcsc.example>"],
    raw_mime=f"""Content-Type: multipart/alternative; boundary="==alt_x3_4471893"

--==alt_x3_4471893
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{X_TABLE_TEXT}

--==alt_x3_4471893
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{X_TABLE_HTML}

--==alt_x3_4471893--
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk reply to a regulator's reminder with an HTML results table",
    why="four posts, each in a table row with its action",
    items={X[8]: "removed", X[9]: "restricted", X[10]: "removed", X[11]: "not_found"},
)

case(
    name="x-statement-then-urls-below",
    frm="legal@x.com", date="Fri, 13 Sep 2024 09:30:00 +0000",
    subject="Your X case 0093-2281-KR (ref. KCSC-240903-01)",
    body=f"""
Hello KCSC team,

After review, the following posts have been withheld in South Korea under
local law:

{X[4]}
{X[5]}

The following post was removed for violating the X Rules:

{X[8]}

Withheld posts remain visible to people outside South Korea. You can read
more about country withheld content at https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome listing URLs under a statement line",
    why="statement line followed by the URLs it covers; help link is not an item",
    items={X[4]: "restricted", X[5]: "restricted", X[8]: "removed"},
)

X_CSV = f"""reported_url,decision,scope,notes
{X[1]},removed,global,
{X[2]},withheld,KR,
{X[6]},no action,,does not violate X Rules or local law
{X[9]},not found,,post id does not exist
"""
case(
    name="x-freshdesk-resolved-csv-attachment",
    frm="legal-ops@x.com", name_from="X Legal Operations",
    date="Mon, 16 Sep 2024 04:18:52 +0000",
    subject="[#LR-20417] Resolved: KCSC-240903-01",
    reply_to_req=MID[R1],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fd_mixed_LR20417"

--fd_mixed_LR20417
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear requester,

Ticket LR-20417 has been marked Resolved.

Our decision for each URL in your request is in the attached file
(kcsc_240903_01_outcome.csv). URLs that are not listed in the file are
still under review.

--
X Legal Operations

--fd_mixed_LR20417
Content-Type: text/csv; charset=utf-8; name="kcsc_240903_01_outcome.csv"
Content-Disposition: attachment; filename="kcsc_240903_01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV)}

--fd_mixed_LR20417--
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notice with the per-URL decision as a CSV attachment",
    why="CSV rows: removed, withheld KR, no action (no violation), not found",
    items={X[1]: "removed", X[2]: "restricted", X[6]: "rejected", X[9]: "not_found"},
)

case(
    name="x-receipt-says-one-already-removed",
    frm="support@x.com", date="Wed, 04 Sep 2024 01:02:15 +0000",
    subject="Your X Support request #4471901 has been received (KCSC-240903-01)",
    reply_to_req=MID[R1],
    body=f"""
Hello,

Thank you for contacting X Support. We received your report and created
ticket #4471901.

Our team has already reviewed one of the posts you listed:
{X[10]} has been removed for violating the X Rules.

We will follow up on the remaining posts in this ticket.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also carries a first result",
    why="acknowledgement wording, but one post named as removed without hedging",
    items={X[10]: "removed"},
)

case(
    name="x-outlook-original-message-two-removed",
    frm="priya.n@x.com", name_from="Priya Natarajan",
    date="Thu, 05 Sep 2024 08:44:09 +0000",
    subject="RE: KCSC-240903-01 - Request for removal of 12 posts",
    reply_to_req=MID[R1],
    body=f"""
Hi KCSC,

Two quick results on your request: we removed {X[11]} and
{X[7]} earlier today. Nothing further to report yet on the
others.

Thanks,
Priya | X Global Government Affairs

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240903-01 - Request for removal of 12 posts

{request_text(R1, X, "Dear X team,")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----' from a platform employee",
    why="two posts named in one past-tense sentence above the original request",
    items={X[11]: "removed", X[7]: "removed", X[0]: "pending"},
)

case(
    name="x-wrapped-angle-bracket-url-rejected",
    frm="support@x.com", date="Tue, 17 Sep 2024 03:21:44 +0000",
    subject="Re: KCSC-240903-01 follow-up",
    reply_to_req=MID[R1],
    body=f"""
Hello,

We looked again at the post you asked about in your follow-up,
<https://x.com/paperlantern_77/status/
1829955011849412608>. It does not violate the X Rules and we
have not received a valid legal basis to withhold it in Korea, so
no action will be taken.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply with a hard-wrapped URL in angle brackets (RFC 3986 appendix C style)",
    why="one named post refused with its reason",
    items={X[3]: "rejected"},
)

case(
    name="x-dsa-statement-of-reasons-ticket",
    frm="support@x.com", date="Wed, 18 Sep 2024 10:02:37 +0000",
    subject="[Ticket #4472210] Statement of reasons - KCSC-240903-01",
    reply_to_req=MID[R1],
    body=f"""
Statement of reasons

Reference: KCSC-240903-01
Content: {X[8]}
Decision: visibility restriction - content withheld in the Republic of Korea
Facts and circumstances: action taken following a notice from a government
authority
Ground: alleged violation of local law (Republic of Korea)
Automated means used: no
Redress: the account holder may appeal at https://help.x.com/en/forms/account-access/appeals

This message was sent from an unmonitored ticket queue. Reply to ticket
#4472210 if you have questions.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons, sent as a ticket update",
    why="one named post, decision withheld in Korea; appeal link is not an item",
    items={X[8]: "restricted"},
)

case(
    name="x-promise-withhold-after-signoff",
    frm="support@x.com", date="Tue, 10 Sep 2024 05:50:00 +0000",
    subject="Re: [X Support] KCSC-240903-01 - Ticket #4471893",
    reply_to_req=MID[R1],
    body=f"""
Hi,

Quick status note on this ticket. Our team has verified your legal demand
for {X[0]} and
{X[1]}, and these will be withheld in
South Korea once local counsel has signed off, which we expect this week.

We will confirm in this thread when it is done.

Mateo
X Support
""",
    outcome="review", review="not_understood",
    imitates="agent status note promising action after internal sign-off",
    why="names two posts but only promises future withholding: nothing to apply",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-solved-all-posts-removed-bulk",
    frm="support@x.com", date="Fri, 20 Sep 2024 00:15:29 +0000",
    subject="[X Support] Ticket #4471893 solved - KCSC-240903-01",
    reply_to_req=MID[R1],
    body="""
##- Please type your reply above this line -##

Your request (#4471893) has been solved. To reopen it, reply to this email.

Dana (X Support)
Sep 20, 2024, 00:14 UTC

Hello,

All of the posts reported in your request have been removed from X.

Thank you,
Dana
""",
    outcome="review", review="bulk",
    imitates="Zendesk solved notification with a one-line blanket outcome",
    why="'all of the posts' for a 12-item request without naming any",
    items=all_pending(X),
)

case(
    name="x-forged-auth-fail-update",
    frm="support@x.com", auth="fail", date="Sat, 14 Sep 2024 13:07:02 +0000",
    subject="[X Support] Update on ticket #4471893 - KCSC-240903-01",
    body=f"""
Hello,

The following posts from your request have been removed:

{X[0]}
{X[2]}

X Support
""",
    outcome="review", review="untrusted",
    imitates="ticket update whose DKIM/SPF/DMARC fail (spoofed or broken relay)",
    why="X domain but authentication fails: statements not applied",
    items={X[0]: "pending", X[2]: "pending"},
)

case(
    name="x-ticket-closed-no-reference",
    frm="support@x.com", date="Mon, 23 Sep 2024 09:00:00 +0000",
    subject="Your X Support ticket has been closed",
    body="""
Hello,

Your X Support ticket #4469002 was closed because we have not heard back
from you in 14 days.

If you still need help, you can submit a new request at
https://help.x.com/en/forms

X Support
""",
    outcome="review", review="no_claims",
    imitates="help-desk auto-close notice for an unrelated ticket",
    why="trusted X mail naming no requested item and no request reference",
    items={},
)

case(
    name="x-zendesk-receipt-echoes-request",
    frm="support@x.com", date="Tue, 03 Sep 2024 01:00:48 +0000",
    subject="[X Support] Re: KCSC-240903-01 - We received your request #4471893",
    reply_to_req=MID[R1],
    body=f"""
##- Please type your reply above this line -##

Your request (#4471893) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 3, 2024, 01:00 UTC

{request_text(R1, X, "Dear X legal team,")}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-response echoing the submitted text",
    why="pure receipt; the URLs are only the echo of our own request",
    items={X[0]: "pending", X[5]: "pending"},
)

case(
    name="x-out-of-office-employee",
    frm="priya.n@x.com", name_from="Priya Natarajan",
    date="Tue, 03 Sep 2024 01:01:30 +0000",
    subject="Automatic reply: KCSC-240903-01 - Request for removal of 12 posts",
    reply_to_req=MID[R1],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 9 September
with limited access to email. For legal requests please write to
legal@x.com so that the team can pick it up.

Priya
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ YouTube (4 items)
case(
    name="yt-jira-resolved-three-results",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 07:33:20 +0000",
    subject="[JIRA] (LGL-48213) KCSC-240905-02 removal request - Resolved",
    reply_to_req=MID[R2],
    body=f"""
—-—-—-—
Reply above this line.

Minji Seo resolved this as Done.

Hello,

We have finished reviewing most of request KCSC-240905-02. Results:

* {Y[0]} — removed for violating our Community Guidelines.
* {Y[1]} — age-restricted; viewers must be signed in and over 18.
* {Y[2]} — this Short had already been deleted by the uploader before we reviewed it.

Minji
YouTube Legal Support

View request · Turn off this request's notifications
This is shared with KCSC Takedown.
LGL-48213
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' customer notification",
    why="three videos each named with removed / age-restricted / deleted by uploader",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "not_found"},
)

case(
    name="yt-partial-update-two-of-four",
    frm="trust-safety@youtube.com", name_from="YouTube Trust & Safety",
    date="Mon, 09 Sep 2024 11:48:01 +0000",
    subject="Re: KCSC-240905-02 [ref:_00D4x2Kq._5008ZQbc1:ref]",
    reply_to_req=MID[R2],
    body=f"""
Hi KCSC team,

A partial update on your request while the rest is still with our
reviewers.

We have blocked {Y[1]} from being viewed in South Korea, on the basis of
the local law you cited.

The channel {Y[3]} has been terminated for repeated violations of our
Community Guidelines.

We will reply in this thread once we have an outcome for the other two
videos.

Thanks,
Arjun
YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Salesforce-style case thread with a partial answer",
    why="two named items with final outcomes; the other two only said to be pending",
    items={Y[1]: "restricted", Y[3]: "removed"},
)

YT_QP = f"""Hello,

Thanks for your follow-up on conversation #88214 about request KCSC-240905-02.

The Short at {Y[2]} has been actioned under our policies.

We were unable to locate the video at {Y[0]}. The ID does not match any video on YouTube, so please check that the link was copied correctly.

Kind regards,
Lea
YouTube Help Team
--
Conversation #88214 · Reply to this email to continue the conversation.
"""
case(
    name="yt-helpscout-quoted-printable",
    frm="help@youtube.com", name_from="YouTube Help",
    date="Thu, 12 Sep 2024 15:02:55 +0000",
    subject="Re: Removal request KCSC-240905-02 [#88214]",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP)}""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply, quoted-printable body",
    why="Short 'actioned under our policies' (YouTube phrase for removed); watch URL not locatable",
    items={Y[2]: "removed", Y[0]: "not_found"},
)

case(
    name="yt-jira-comment-one-more-removed",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 02:10:44 +0000",
    subject="Re: [JIRA] (LGL-48213) KCSC-240905-02 removal request",
    reply_to_req=MID[R2],
    body=f"""
—-—-—-—
Reply above this line.

Minji Seo commented:

Following up on my earlier comment: {Y[2]} has now been removed.
{Y[0]} is still with our policy team.

View request · Turn off this request's notifications
LGL-48213
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'public comment added' notification",
    why="one Short removed; the other video explicitly still pending",
    items={Y[2]: "removed", Y[0]: "pending"},
)

YT_HTML = f"""<html><body>
<p>Hello,</p>
<p>Our review of your request KCSC-240905-02 is complete for the items below.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>Content</th><th>Outcome</th></tr>
<tr><td><a href="{Y[3]}">{Y[3]}</a></td><td>Channel terminated</td></tr>
<tr><td><a href="{Y[1]}">{Y[1]}</a></td><td>No action: the video does not violate our Community Guidelines or the law cited</td></tr>
</table>
<p>Learn about our policies at <a href="https://support.google.com/youtube/answer/2801939">YouTube Help</a>.</p>
<p>The YouTube Legal Team<br>Case 7-1842000039611</p>
</body></html>
"""
case(
    name="yt-base64-html-table",
    frm="legal-noreply@google.com", name_from="YouTube Legal",
    date="Fri, 20 Sep 2024 06:40:12 +0000",
    subject="Resolved: your YouTube legal request KCSC-240905-02 (Case 7-1842000039611)",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(YT_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal case-resolved notice, HTML-only, base64",
    why="channel terminated (removed) and a video refused with its reason; help link is not an item",
    items={Y[3]: "removed", Y[1]: "rejected"},
)

case(
    name="yt-hedged-appears-removed",
    frm="trust-safety@youtube.com", name_from="YouTube Trust & Safety",
    date="Mon, 16 Sep 2024 08:12:00 +0000",
    subject="Re: Reminder: KCSC-240905-02 overdue [ref:_00D4x2Kq._5008ZQbc1:ref]",
    extra_headers=["In-Reply-To: <reminder.KCSC-240905-02.1@kcsc.example>"],
    body=f"""
Hi,

I checked the links from your reminder. {Y[0]} appears to have been
removed already, and {Y[2]} may no longer be available either, but I
cannot confirm that from here. I have asked the policy team to verify and
will get back to you.

Arjun
YouTube Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="agent's informal reply to a reminder with hedged observations",
    why="'appears to', 'may no longer be': hedges, not statements",
    items={Y[0]: "pending", Y[2]: "pending"},
)

case(
    name="yt-jira-waiting-for-customer",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 03:25:10 +0000",
    subject="[JIRA] (LGL-48213) KCSC-240905-02 removal request - Waiting for customer",
    reply_to_req=MID[R2],
    body=f"""
—-—-—-—
Reply above this line.

Minji Seo changed the status to Waiting for customer.

Hello,

To proceed with {Y[1]}, we need the timestamp at which the content you
reported appears, and a copy of the decision or the legal provision it
relies on. Please reply to this email with these details.

View request · Turn off this request's notifications
LGL-48213
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Jira Service Management 'waiting for customer' status change with a request for details",
    why="platform asks for more information about one named video; no status",
    items={Y[1]: "pending"},
)

case(
    name="yt-jira-request-created",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 05:31:40 +0000",
    subject="[JIRA] (LGL-48213) KCSC-240905-02 removal request",
    reply_to_req=MID[R2],
    body="""
—-—-—-—
Reply above this line.

Your request LGL-48213 "KCSC-240905-02 removal request" has been received.
We will review it and get back to you as soon as we can.

View request · Turn off this request's notifications
This is shared with KCSC Takedown.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request created' confirmation",
    why="receipt only",
    items={},
)

# ================================================================ Telegram (3 + 1 items)
case(
    name="tg-freshdesk-resolved-prose",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 10:10:10 +0000",
    subject="Ticket #58231 resolved: KCSC-240910-03",
    reply_to_req=MID[R3],
    body=f"""
Dear Sir or Madam,

Your ticket #58231 has been resolved.

Following your notice, the post t.me/harbor_signals/4412 has been taken
down, and the post {T[1]} is no longer available on Telegram. The chat
message {T[2]} has been made inaccessible to users in the Republic of
Korea.

If you believe this ticket has not been resolved, simply reply to this
email and the ticket will be reopened.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' email with the agent's prose answer",
    why="three links in prose (one without scheme): taken down, no longer available, inaccessible in Korea",
    items={T[0]: "removed", T[1]: "removed", T[2]: "restricted"},
)

case(
    name="tg-bare-url-status-below",
    frm="dsa@telegram.org", name_from="Telegram DSA",
    date="Wed, 11 Sep 2024 14:00:00 +0000",
    subject="Re: KCSC-240910-03",
    reply_to_req=MID[R3],
    body=f"""
Hello,

Case #6612098 - result of review

{T[0]}
Status: removed

{T[2]}
Status: not found. The message does not exist or was deleted by its author.

The third link from your notice is still being checked.

Telegram Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk case result with bare URL and a status line below it",
    why="two links with their status lines; the third is only said to be in progress",
    items={T[0]: "removed", T[2]: "not_found"},
)

case(
    name="tg-reminder-reply-angle-brackets",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 07:45:31 +0000",
    subject="Re: Reminder: KCSC-240910-03 overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240910-03.1@kcsc.example>"],
    body=f"""
Hi,

Sorry for the silence on this one.

<{T[2]}> was deleted by our moderators on 17 September.
<{T[1]}> does not violate our Terms of Service and will stay up.

Regards,
Telegram Abuse Team

> On 2024-09-16 09:00, KCSC Takedown wrote:
> Reminder: the following items of KCSC-240910-03 are still pending:
> {T[0]}
> {T[1]}
> {T[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply to a reminder, URLs in angle brackets, reminder quoted below",
    why="one deleted, one refused; the first link is only in the quoted reminder",
    items={T[2]: "removed", T[1]: "rejected", T[0]: "pending"},
)

case(
    name="tg-all-three-blocked-bulk",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 06:06:06 +0000",
    subject="Re: KCSC-240910-03",
    reply_to_req=MID[R3],
    body="""
Hello,

Thank you for your notice. All three links you sent us have been blocked.

Case #6612345

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="terse abuse-desk reply covering a whole notice",
    why="one statement for a three-item request without naming the links",
    items=all_pending(T),
)

case(
    name="tg-zendesk-hosted-sender",
    frm="support@telegramhelp.zendesk.com", name_from="Telegram Support",
    date="Thu, 12 Sep 2024 02:30:00 +0000",
    subject="[Request #90412] Re: KCSC-240910-03",
    body=f"""
##- Please type your reply above this line -##

Hello,

The post {T[0]} has been removed.

Telegram Support
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk-hosted help desk on a *.zendesk.com address, not the platform's domain",
    why="authenticated, but the domain is not any configured platform's",
    items={T[0]: "pending"},
)

case(
    name="tg-out-of-office",
    frm="m.rahimi@telegram.org", name_from="Mahsa Rahimi",
    date="Tue, 10 Sep 2024 00:16:02 +0000",
    subject="Out of office Re: KCSC-240910-03",
    reply_to_req=MID[R3],
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Hello,

I am away until 20 September. Abuse reports are handled by the team at
abuse@telegram.org in the meantime.

Mahsa
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply from a platform employee",
    why="auto-reply",
    items={},
)

case(
    name="tg-single-item-case-closed",
    frm="dsa@telegram.org", name_from="Telegram Support",
    date="Fri, 20 Sep 2024 11:11:11 +0000",
    subject="Re: KCSC-240919-07 [Case #7730195]",
    reply_to_req=MID[R7],
    body="""
Hello,

Thank you for your report. The content you reported has been removed.

Case #7730195 is now closed.

--
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="short case-closed reply to a one-link notice",
    why="sole statement, no URL, answering a one-item request",
    items={T7: "removed"},
)

# ================================================================ NAVER (5 items)
case(
    name="naver-help-answer-three-results",
    frm="help@navercorp.com", name_from="네이버 고객센터",
    date="Wed, 18 Sep 2024 01:20:00 +0000",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240911-04)",
    reply_to_req=MID[R4],
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240911-04)의 처리 결과를 안내드립니다.

1) {N[0]} 게시물은 게시중단 처리되었습니다.
2) {N[1]} 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다.
3) {N[2]} 게시글은 운영자 삭제 처리되었습니다.

나머지 2건은 검토가 끝나는 대로 다시 안내드리겠습니다.

문의번호: 2024091800412
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre inquiry answer (고객센터 답변) with per-URL results",
    why="게시중단 -> removed, 임시조치 -> restricted, 운영자 삭제 -> removed",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "removed"},
)

case(
    name="naver-raw-korean-path-fullwidth-outlook",
    frm="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Mon, 23 Sep 2024 02:05:41 +0000",
    subject="RE: KCSC-240911-04 조치 결과 회신",
    reply_to_req=MID[R4],
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

회신이 늦어 죄송합니다. 남은 두 건의 결과입니다.

■ {N5_RAW}：블라인드 처리 완료
■ {N[3]}은 작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.

감사합니다.

-----원본 메시지-----
보낸 사람: KCSC Takedown <takedown@kcsc.example>
보낸 날짜: 2024년 9월 11일 수요일 오전 11:00
받는 사람: policy@navercorp.com
제목: KCSC-240911-04 게시물 삭제 요청

{request_text(R4, [N[0], N[1], N[2], N[3], N5_RAW], "네이버 담당자님께,")}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook reply over '-----원본 메시지-----', raw Korean path and full-width colon",
    why="블라인드 -> removed for the in.naver.com post; author-deleted -> not_found; others only quoted",
    items={N5: "removed", N[3]: "not_found", N[0]: "pending"},
)

NAVER_TABLE = f"""<html><body>
<p>방송통신심의위원회 담당자님께</p>
<p>귀 위원회의 시정요구(KCSC-240911-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>게시중단</td><td></td></tr>
<tr><td>2</td><td>{N[1]}</td><td>접속차단(국내)</td><td></td></tr>
<tr><td>3</td><td>{N[2]}</td><td>조치불가</td><td>운영정책 위반사항 없음</td></tr>
<tr><td>4</td><td>{N[3]}</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>5</td><td>{N5_RAW}</td><td>비공개 처리</td><td></td></tr>
</table>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>"""
case(
    name="naver-html-table-correction-result",
    frm="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Thu, 19 Sep 2024 05:30:00 +0000",
    subject="[회신] 시정요구 조치결과 (KCSC-240911-04)",
    reply_to_req=MID[R4],
    type="html",
    body=NAVER_TABLE,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply table from a portal",
    why="five rows: 게시중단, 접속차단, 조치불가(no violation), 게시물 없음, 비공개 처리",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "rejected", N[3]: "not_found", N5: "removed"},
)

NAVER_QP = f"""안녕하세요, 네이버 카페 운영지원입니다.

KCSC-240911-04 요청 중 카페 게시글 2건의 처리 결과입니다.

- {N[2]} : 운영원칙 위반으로 삭제되었습니다.
- {N[3]} : 블라인드 처리되었습니다.

블로그 게시물은 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
"""
case(
    name="naver-cafe-quoted-printable",
    frm="cafe_support@naver.com", name_from="네이버 카페 운영지원",
    date="Tue, 17 Sep 2024 06:12:09 +0000",
    subject="Re: KCSC-240911-04 카페 게시글 처리 결과",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(NAVER_QP)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe support reply, Korean in quoted-printable",
    why="two cafe posts: deleted and 블라인드 (both removed); blog posts only promised",
    items={N[2]: "removed", N[3]: "removed"},
)

case(
    name="naver-promise-korean",
    frm="help@navercorp.com", name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject="[네이버 고객센터] 문의 답변 (KCSC-240911-04)",
    reply_to_req=MID[R4],
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 {N[0]} 및 {N[1]} 게시물은
현재 담당 부서에서 검토 중이며, 검토가 완료되는 대로 게시중단 조치할 예정입니다.

처리 결과는 이 메일로 다시 안내드리겠습니다.
감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean portal interim answer: 검토 중 / 조치할 예정",
    why="under review plus a promise: no statement about either post",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="naver-answers-about-daum-url",
    frm="help@navercorp.com", name_from="네이버 고객센터",
    date="Tue, 17 Sep 2024 04:44:00 +0000",
    subject="[네이버 고객센터] Re: KCSC-240913-06 문의 답변",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

문의하신 {D1} 주소의 게시물은 네이버 서비스에서 확인되지 않습니다.
Daum 카페는 카카오에서 운영하는 서비스이므로 해당 사업자에 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal help-desk answer to a misdirected inquiry about another portal's post",
    why="NAVER says a Daum (Kakao) post cannot be found on NAVER: not Kakao's statement",
    items={D1: "pending"},
)

DSN_TEXT = """This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy@navercorp.com>: host mx1.navercorp.com[203.0.113.25] said:
    552 5.2.2 Mailbox full (in reply to RCPT TO command)
"""
DSN_STATUS = """Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Fri, 20 Sep 2024 09:00:02 +0900 (KST)

Final-Recipient: rfc822; policy@navercorp.com
Original-Recipient: rfc822;policy@navercorp.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.navercorp.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
"""
case(
    name="naver-reminder-bounced-dsn",
    frm="MAILER-DAEMON@mail.kcsc.example", name_from="Mail Delivery System",
    date="Fri, 20 Sep 2024 00:00:09 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="7A1C02E4F.1726790409/mail.kcsc.example"

--7A1C02E4F.1726790409/mail.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

{DSN_TEXT}
--7A1C02E4F.1726790409/mail.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

{DSN_STATUS}
--7A1C02E4F.1726790409/mail.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

Date: Fri, 20 Sep 2024 09:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: policy@navercorp.com
Subject: Reminder: KCSC-240911-04 overdue
Message-ID: <reminder.KCSC-240911-04.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Reminder: the following items of KCSC-240911-04 are still pending:
{N[0]}
{N[1]}

--7A1C02E4F.1726790409/mail.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for our reminder (mailbox full)",
    why="delivery-status bounce; URLs only in our returned reminder",
    items={N[0]: "pending", N[1]: "pending"},
)

# ================================================================ TikTok (2 items)
case(
    name="tiktok-zendesk-update-solved",
    frm="ts-legal@tiktok.com", name_from="TikTok Trust & Safety",
    date="Wed, 18 Sep 2024 09:09:09 +0000",
    subject="Update on your report [#3341987] KCSC-240912-05",
    reply_to_req=MID[R5],
    body=f"""
##- Please type your reply above this line -##

Hi there,

Thanks for reaching out, and for your patience.

We reviewed the two videos in your report:

- {K[0]} was removed for violating our Community Guidelines.
- {K[1]} has been restricted in South Korea in line with local law; it remains available elsewhere.

This request is now marked as solved. If you have more questions, just
reply to this email.

TikTok Trust & Safety
[#3341987]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'update on your report' from a short-video platform",
    why="both videos named: removed and restricted in Korea",
    items={K[0]: "removed", K[1]: "restricted"},
)

case(
    name="tiktok-reminder-reply-outlook-header-block",
    frm="yuna.han@tiktok.com", name_from="Yuna Han",
    date="Fri, 20 Sep 2024 02:33:18 +0000",
    subject="RE: Reminder: KCSC-240912-05 - response overdue",
    extra_headers=["In-Reply-To: <reminder.KCSC-240912-05.1@kcsc.example>"],
    body=f"""
Hello,

Please find our outcome below.

- {K[0]} — taken down
- {K[1]} — reviewed; we did not find a violation of our Community Guidelines or of the law you cited, so the video remains up

Best regards,
Yuna
TikTok Legal Support

From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 19, 2024 9:00 AM
To: legal-kr@tiktok.com
Subject: Reminder: KCSC-240912-05 - response overdue

Dear TikTok team,

We have not yet received your answer about request KCSC-240912-05.
Please tell us the action taken on:
{K[0]}
{K[1]}

KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply to our reminder, reminder kept below a From:/Sent: header block",
    why="one video taken down, one refused with reason",
    items={K[0]: "removed", K[1]: "rejected"},
)

case(
    name="tiktok-under-review-reminder-reply",
    frm="ts-legal@tiktok.com", name_from="TikTok Trust & Safety",
    date="Thu, 19 Sep 2024 08:20:00 +0000",
    subject="Re: Reminder: KCSC-240912-05 - response overdue [#3341987]",
    extra_headers=["In-Reply-To: <reminder.KCSC-240912-05.1@kcsc.example>"],
    body=f"""
##- Please type your reply above this line -##

Hello,

Both videos, {K[0]} and
{K[1]}, are currently under review by our
specialist team. We expect to conclude within 5 business days and will
update this ticket.

TikTok Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="help-desk holding reply to a reminder ('under review')",
    why="names both videos but only says they are under review",
    items={K[0]: "pending", K[1]: "pending"},
)

case(
    name="tiktok-forwarded-moderation-note",
    frm="yuna.han@tiktok.com", name_from="Yuna Han",
    date="Wed, 18 Sep 2024 07:15:00 +0000",
    subject="Fwd: Outcome - velvet.crane videos (KCSC-240912-05)",
    body=f"""
Hi KCSC team, forwarding the note from our moderation team below for your
records.

Yuna

---------- Forwarded message ---------
From: Moderation Ops <modops@tiktok.com>
Date: Wed, Sep 18, 2024 at 3:12 PM
Subject: Outcome - velvet.crane videos
To: Yuna Han <yuna.han@tiktok.com>

Both videos reviewed.
{K[0]} removed (CG violation).
{K[1]} geo-restricted KR.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform employee forwarding an internal moderation note",
    why="the statements sit in a forwarded internal message, not in the sender's own words",
    items={K[0]: "pending", K[1]: "pending"},
)

case(
    name="tiktok-read-receipt",
    frm="yuna.han@tiktok.com", name_from="Yuna Han",
    date="Thu, 12 Sep 2024 08:01:00 +0000",
    subject="Read: KCSC-240912-05 removal request",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn_b_5c1e"

--mdn_b_5c1e
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@tiktok.com
  Subject: KCSC-240912-05 removal request
  Sent: Thursday, September 12, 2024 4:20 PM

was read on Thursday, September 12, 2024 5:01 PM.

--mdn_b_5c1e
Content-Type: message/disposition-notification

Reporting-UA: tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@tiktok.com
Original-Message-ID: <{MID[R5]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b_5c1e--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

# ================================================================ Kakao / Daum (1 item)
case(
    name="daum-temporary-measure-notice",
    frm="cs@kakaocorp.com", name_from="카카오 고객센터",
    date="Wed, 18 Sep 2024 03:03:03 +0000",
    subject="[카카오고객센터] 권리침해 신고 처리 결과 안내 (KCSC-240913-06)",
    reply_to_req=MID[R6],
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 Daum 카페 게시물({D1})에 대하여
30일간 임시조치를 하였습니다.

임시조치 기간 동안 해당 게시물은 다른 이용자에게 보이지 않으며, 게시자는
기간 내에 재게시를 요청할 수 있습니다.

더 궁금하신 점이 있으시면 이 메일에 회신해 주세요.
상담번호: KC2409130077
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre 임시조치 result notice",
    why="one named post put under 임시조치 (restricted per the project's rules)",
    items={D1: "restricted"},
)

case(
    name="daum-cafe-subdomain-deleted",
    frm="cafe-ops@notice.daum.net", name_from="Daum 카페 운영팀",
    date="Mon, 23 Sep 2024 06:00:00 +0000",
    subject="Re: KCSC-240913-06 카페 게시글 조치 요청",
    reply_to_req=MID[R6],
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

말씀하신 게시글 <{D1}>은
카페 운영원칙 위반으로 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply from a notice subdomain",
    why="one named post deleted; sender is a subdomain of a Kakao domain",
    items={D1: "removed"},
)

case(
    name="daum-inquiry-received",
    frm="cs@kakaocorp.com", name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 01:41:00 +0000",
    subject="[카카오고객센터] 문의가 접수되었습니다 (KCSC-240913-06)",
    reply_to_req=MID[R6],
    body="""
안녕하세요. 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: KC2409130077

접수된 순서대로 확인 후 답변드리겠습니다. 답변까지 영업일 기준 3~5일이
소요될 수 있습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean customer-centre 문의 접수 receipt",
    why="receipt only",
    items={},
)


# ---------------------------------------------------------------- output
HEADER = """# Blind set 860: ticket systems and threads (see NOTES.md).
# Generated by make.py; expected results written from each email's meaning
# before the reader was run on this set.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
