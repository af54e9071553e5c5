#!/usr/bin/env python3
"""Blind set blind770: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, from X, Discord, Kakao, Twitch, YouTube, NAVER
and Telegram. Every email is fictional and written for this set; expected
results come from each email's meaning, written before any run of the reader.

    python3 tests/corpus/blind770/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind770"

# ---------------------------------------------------------------- requests
X_REF, X_MID = "KCSC-240917-01", "req-240917-01"
D_REF, D_MID = "KCSC-240918-02", "req-240918-02"
K_REF, K_MID = "KCSC-240918-03", "req-240918-03"
T_REF, T_MID = "KCSC-240919-04", "req-240919-04"
Y_REF, Y_MID = "KCSC-240920-05", "req-240920-05"
N_REF, N_MID = "KCSC-240920-06", "req-240920-06"
G_REF, G_MID = "KCSC-240923-07", "req-240923-07"

X = {
    1: "https://x.com/moonlit_fx/status/1835012345678901001",
    2: "https://x.com/moonlit_fx/status/1835012345678901002",
    3: "https://x.com/moonlit_fx/status/1835012345678901003",
    4: "https://x.com/hanri_clips/status/1835023456789012004",
    5: "https://x.com/hanri_clips/status/1835023456789012005",
    6: "https://x.com/hanri_clips/status/1835023456789012006",
    7: "https://x.com/dal_bam_22/status/1835034567890123007",
    8: "https://x.com/dal_bam_22/status/1835034567890123008",
    9: "https://x.com/sora_edit/status/1835045678901234009",
    10: "https://x.com/sora_edit/status/1835045678901234010",
    11: "https://x.com/sora_edit/status/1835045678901234011",
    12: "https://x.com/pine_relay/status/1835056789012345012",
}
D = {
    1: "https://discord.com/channels/1180012345678901234/1180098765432109876/1285011112222333444",
    2: "https://discord.com/channels/1180012345678901234/1180098765432109876/1285011112222333555",
    3: "https://discord.gg/fakeinv7Q",
    4: "https://discord.com/channels/1199900011122233344/1199900011122233399/1285099988877766655",
}
K4_RAW = "https://bamsae-note.tistory.com/entry/합성-사진"
K = {
    1: "https://cafe.daum.net/moonriver77/Kx3a/1021",
    2: "https://cafe.daum.net/moonriver77/Kx3a/1022",
    3: "https://bamsae-note.tistory.com/88",
    4: "https://bamsae-note.tistory.com/entry/%ED%95%A9%EC%84%B1-%EC%82%AC%EC%A7%84",
    5: "https://pf.kakao.com/_xkQzfake/104233",
}
T = {
    1: "https://www.twitch.tv/videos/2254019871",
    2: "https://clips.twitch.tv/BraveSleepyOtterFakeKappa-xY12ab",
    3: "https://www.twitch.tv/nightowl_kr_fake",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3fAkeV1d0",
    2: "https://www.youtube.com/shorts/Zx9fAkeSh0r",
}
N = {1: "https://blog.naver.com/haneul_fake/223581234567"}
G = {
    1: "https://t.me/fake_gallery_kr/301",
    2: "https://t.me/fake_gallery_kr/302",
    3: "https://t.me/+AbCdFakeInv01",
}

REQUESTS = [
    (X_REF, "x", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", X, "deepfake_sexual_abuse", X_MID),
    (D_REF, "discord", "2024-09-18T11:00:00+09:00", "2024-09-25T18:00:00+09:00", D, "non_consensual_imagery", D_MID),
    (K_REF, "kakao", "2024-09-18T14:00:00+09:00", "2024-09-25T18:00:00+09:00", K, "deepfake_sexual_abuse", K_MID),
    (T_REF, "twitch", "2024-09-19T10:30:00+09:00", "2024-09-26T18:00:00+09:00", T, "illegal_gambling", T_MID),
    (Y_REF, "youtube", "2024-09-20T09:00:00+09:00", "2024-09-27T18:00:00+09:00", Y, "defamation", Y_MID),
    (N_REF, "naver", "2024-09-20T15:00:00+09:00", "2024-09-27T18:00:00+09:00", N, "drug_sales", N_MID),
    (G_REF, "telegram", "2024-09-23T10:00:00+09:00", "2024-09-30T18:00:00+09:00", G, "deepfake_sexual_abuse", G_MID),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, items, cat, mid in REQUESTS:
        for k in sorted(items):
            w.writerow([ref, plat, sent, due, items[k], cat, f"<{mid}@kcsc.example>", ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def enc(s):
    """RFC 2047 for non-ASCII display names and subjects, as real mailers do."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def P(**kw):
    return kw


CASES = []


def case(**kw):
    if "subject" in kw:
        kw["subject"] = enc(kw["subject"])
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    CASES.append(kw)


# ===================================================================== X
case(
    name="x-zendesk-solved-first-four",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Thu, 19 Sep 2024 07:41:12 +0000",
    subject=f"[X Support] Re: {X_REF} Request for removal of content [#445102]",
    reply_to_req=X_MID,
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification carrying an agent's itemised reply",
    why="Trusted X ticket reply naming four posts, each with its own outcome; the rest is promised later",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "rejected"},
    body=f"""
##- Please type your reply above this line -##

Your request (445102) has been solved. To reopen it, simply reply to this email.

Dana (X Support)
Sep 19, 2024, 07:41 UTC

Hello,

Thank you for your report under reference {X_REF}. We reviewed the posts
below against the X Rules and applicable local law.

- {X[1]} : removed for violating our non-consensual nudity policy
- {X[2]} : removed for violating our non-consensual nudity policy
- {X[3]} : withheld in South Korea in response to your legal demand
- {X[4]} : we did not find a violation of the X Rules; this post remains available

We have not yet completed our review of the remaining posts in your request
and will write again in this ticket.

Learn more about our range of enforcement options:
https://help.x.com/en/rules-and-policies/enforcement-options

--------------------------------
This email is a service from X Support.
[Q3J8ZP-1K7W]
""",
)

case(
    name="x-followup-remaining-over-quoted-history",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Fri, 20 Sep 2024 02:15:40 +0000",
    subject=f"[X Support] Re: {X_REF} Request for removal of content [#445102]",
    reply_to_req=X_MID,
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up comment on an open ticket, with the earlier comment quoted below",
    why="New comment states x5/x6 removed (named just above 'Both of the posts above') and x7 not found; x1-x4 appear only in the '>' quoted history",
    items={X[5]: "removed", X[6]: "removed", X[7]: "not_found",
           X[1]: "pending", X[2]: "pending", X[3]: "pending", X[4]: "pending"},
    body=f"""
##- Please type your reply above this line -##

Dana (X Support)
Sep 20, 2024, 02:15 UTC

Hello again,

Following up on the remaining posts from this ticket.

{X[5]}
{X[6]}
Both of the posts above have been removed under our synthetic and
manipulated media policy.

{X[7]}
We could not locate this post. The account that published it no longer
exists on X.

The rest of your request is still with our team.

Regards,
Dana

> Dana (X Support)
> Sep 19, 2024, 07:41 UTC
>
> - {X[1]} : removed for violating our non-consensual nudity policy
> - {X[2]} : removed for violating our non-consensual nudity policy
> - {X[3]} : withheld in South Korea in response to your legal demand
> - {X[4]} : we did not find a violation of the X Rules; this post remains available

--------------------------------
This email is a service from X Support.
[Q3J8ZP-1K7W]
""",
)

case(
    name="x-legal-answers-reminder-gmail-quote",
    **{"from": "mpark@x.com"}, name_from="Min-seo Park",
    date="Wed, 25 Sep 2024 01:22:10 +0000",
    subject=f"Re: Reminder: {X_REF} - 5 items still without a reply",
    extra_headers=[f"In-Reply-To: <reminder.{X_REF}.1@kcsc.example>",
                   f"References: <{X_MID}@kcsc.example> <reminder.{X_REF}.1@kcsc.example>"],
    outcome="applied", classification="confirmation",
    imitates="legal-operations staffer's top-posted Gmail reply to a regulator's reminder",
    why="Top-posted answer covers three of the five reminded posts; the other two appear only in our quoted reminder",
    items={X[8]: "restricted", X[9]: "restricted", X[10]: "removed",
           X[11]: "pending", X[12]: "pending"},
    body=f"""
Hi,

Sorry for the delay on this one. Where things stand on the posts from your
reminder:

{X[8]} - withheld in Korea (country withheld content)
{X[9]} - withheld in Korea
{X[10]} - removed, and the account was suspended for repeat violations

I'll come back to you on the other two by the end of the week.

Best,
Min-seo
X Legal Operations, APAC

On Tue, Sep 24, 2024 at 6:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X team,
>
> Our request {X_REF} (sent 17 September 2024) still has items without a
> reply:
>
> {X[8]}
> {X[9]}
> {X[10]}
> {X[11]}
> {X[12]}
>
> Please let us know what action has been taken.
>
> KCSC Takedown
""",
)

_x_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Case <b>09171288</b> (your reference {X_REF}) has been updated. Our decisions on the posts reviewed so far:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th><th>Basis</th></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Removed</td><td>Non-consensual nudity policy</td></tr>
<tr><td><a href="{X[12]}">{X[12]}</a></td><td>No action &ndash; no violation found</td><td>&ndash;</td></tr>
<tr><td><a href="{X[1]}">{X[1]}</a></td><td>Withheld in KR</td><td>Local law</td></tr>
</table>
<p>You can view your case at <a href="https://legalrequests.x.com/cases/09171288">legalrequests.x.com</a>.</p>
<p>X Trust &amp; Safety</p>
</body></html>"""
_x_txt = f"""Hello,

Case 09171288 (your reference {X_REF}) has been updated. Our decisions on the posts reviewed so far:

Reported URL | Decision | Basis
{X[11]} | Removed | Non-consensual nudity policy
{X[12]} | No action - no violation found | -
{X[1]} | Withheld in KR | Local law

You can view your case at https://legalrequests.x.com/cases/09171288

X Trust & Safety"""
case(
    name="x-case-portal-html-table",
    **{"from": "noreply@legalrequests.x.com"}, name_from="X Legal Requests",
    date="Mon, 23 Sep 2024 05:03:00 +0000",
    subject=f"Case 09171288 updated ({X_REF})",
    outcome="applied", classification="confirmation",
    imitates="case-portal update notification with a decision table (multipart/alternative, HTML + text)",
    why="Table rows give one decision per URL: removed, no violation (stays up), withheld in KR; sender is a subdomain of x.com",
    items={X[11]: "removed", X[12]: "rejected", X[1]: "restricted"},
    raw_mime=f"""Content-Type: multipart/alternative; boundary="b770-alt-x1"

--b770-alt-x1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_x_txt}

--b770-alt-x1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{_x_html}

--b770-alt-x1--
""",
)

_x_csv_rows = [
    ("reported_url", "action", "decided_at_utc"),
    (X[1], "REMOVED", "2024-09-19 07:30"),
    (X[2], "REMOVED", "2024-09-19 07:30"),
    (X[3], "WITHHELD_KR", "2024-09-19 07:32"),
    (X[4], "NO_VIOLATION", "2024-09-19 07:35"),
    (X[5], "REMOVED", "2024-09-20 01:58"),
    (X[6], "REMOVED", "2024-09-20 01:58"),
    (X[7], "NOT_FOUND", "2024-09-20 02:04"),
    (X[8], "WITHHELD_KR", "2024-09-24 23:40"),
    (X[9], "WITHHELD_KR", "2024-09-24 23:41"),
    (X[10], "REMOVED", "2024-09-24 23:45"),
    (X[11], "REMOVED", "2024-09-26 03:10"),
    (X[12], "NO_VIOLATION", "2024-09-26 03:12"),
]
_x_csv = "".join(",".join(r) + "\r\n" for r in _x_csv_rows)
case(
    name="x-results-export-csv-attachment",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Thu, 26 Sep 2024 04:00:21 +0000",
    subject=f"[X Support] Results export for {X_REF} [#445102]",
    reply_to_req=X_MID,
    outcome="applied", classification="confirmation",
    imitates="ticket closed with an attached results export (CSV, base64) and a legend for the action codes",
    why="CSV gives one action per reported post for all 12 items; the body's legend maps the codes",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "rejected",
           X[5]: "removed", X[6]: "removed", X[7]: "not_found", X[8]: "restricted",
           X[9]: "restricted", X[10]: "removed", X[11]: "removed", X[12]: "rejected"},
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b770-mix-x2"

--b770-mix-x2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

We have now completed our review of all 12 posts in your request {X_REF}.
The attached file lists the outcome for each post. The action column uses
our internal codes:

  REMOVED       the post has been removed from X
  WITHHELD_KR   the post is withheld in South Korea only
  NO_VIOLATION  no violation found; the post remains available
  NOT_FOUND     we could not locate the post

This ticket will now be closed. If you need anything else, reply to this
email within 7 days and the ticket will be reopened.

X Support

--b770-mix-x2
Content-Type: text/csv; charset=utf-8; name="results_445102.csv"
Content-Disposition: attachment; filename="results_445102.csv"
Content-Transfer-Encoding: base64

{b64(_x_csv)}

--b770-mix-x2--
""",
)

case(
    name="x-jira-service-desk-comment",
    **{"from": "jira@x.com"}, name_from="Priya Nand (Jira)",
    date="Sat, 21 Sep 2024 09:12:55 +0000",
    subject=f"LGLKR-20931 {X_REF} removal request",
    extra_headers=["X-JIRA-FingerPrint: 6f1c2b9e0d7a4e1f", "Auto-Submitted: auto-generated"],
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification 'X commented on LGLKR-…'",
    why="The comment is a person's statement relayed by the ticket system: x4 and x5 withheld in KR (one sentence naming both), x6 removed",
    items={X[4]: "restricted", X[5]: "restricted", X[6]: "removed"},
    body=f"""
Priya Nand commented:

Update from the regional team:

* {X[4]} and {X[5]} are now withheld in KR per local law.
* {X[6]} was removed for violating our synthetic and manipulated media policy.

We'll post here again once the remaining items are done.

-------------------------------------------------
LGLKR-20931 {X_REF} removal request
Status: Waiting for customer

View request: https://x-legal.atlassian.net/servicedesk/customer/portal/4/LGLKR-20931
Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
)

case(
    name="x-receipt-plus-early-outcomes",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Tue, 17 Sep 2024 09:55:03 +0000",
    subject=f"Your report has been received [ref:_00D1fk._5004xKR:ref] {X_REF}",
    reply_to_req=X_MID,
    outcome="applied", classification="confirmation",
    imitates="Salesforce-style case receipt whose body already carries early outcomes",
    why="Receipt wording, but two unhedged outcomes follow: x7 removed, x8 could not be located (not_found); so not a pure acknowledgement",
    items={X[7]: "removed", X[8]: "not_found"},
    body=f"""
Hello,

Thanks for reaching out. We've received your report and opened case
09171234 for it.

Our team has already looked at two of the posts:

{X[7]} has been removed.

{X[8]}: we were unable to locate this post. It may have been deleted by its
author before our review.

We'll update you on the remaining posts in this case.

Please do not change the subject line when replying, so that your reply
reaches the right case.

X Legal
ref:_00D1fk._5004xKR:ref
""",
)

case(
    name="x-escalated-will-update",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Wed, 18 Sep 2024 03:30:00 +0000",
    subject=f"[X Support] Re: {X_REF} Request for removal of content [#445102]",
    reply_to_req=X_MID,
    outcome="review", review="not_understood",
    imitates="Zendesk agent comment escalating a ticket to a specialist team",
    why="Names x2 and x3 but only says they are escalated and will be reviewed; a conditional 'will be removed' is a promise",
    items={X[2]: "pending", X[3]: "pending"},
    body=f"""
##- Please type your reply above this line -##

Sam (X Support)
Sep 18, 2024, 03:30 UTC

Hi,

Thanks for your patience. We have escalated the following posts to our
specialist team:

{X[2]}
{X[3]}

They will be reviewed against the X Rules and local law, and we will update
this ticket once a decision has been made. Posts found to violate our rules
will be removed.

Sam
X Support
""",
)

case(
    name="x-dmarc-fail-relayed-reply",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    date="Thu, 19 Sep 2024 11:02:47 +0000",
    subject=f"RE: {X_REF} Request for removal of content",
    reply_to_req=X_MID,
    outcome="review", review="untrusted",
    imitates="reply from the platform's legal address that failed DMARC (e.g. relayed through a list)",
    why="Claims in From: x.com but DKIM/SPF/DMARC fail; its statements are not applied",
    items={X[1]: "pending", X[2]: "pending"},
    body=f"""
Hello,

Please be informed that the following posts have been removed:

{X[1]}
{X[2]}

Kind regards,
X Legal
""",
)

case(
    name="x-needs-legal-basis",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Mon, 23 Sep 2024 06:44:18 +0000",
    subject=f"[X Support] Re: {X_REF} Request for removal of content [#445102]",
    reply_to_req=X_MID,
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk 'pending' comment asking the requester for more information",
    why="Asks for the legal basis before acting on x9 and x10; no status stated",
    items={X[9]: "pending", X[10]: "pending"},
    body=f"""
##- Please type your reply above this line -##

Dana (X Support)
Sep 23, 2024, 06:44 UTC

Hello,

To continue processing your request for the posts below, we need some more
information:

{X[9]}
{X[10]}

Please reply to this ticket with a copy of the legal order, or the specific
provision of Korean law that the content is said to violate, and an
explanation of why each post is unlawful.

If we do not hear from you within 14 days, this ticket will be closed.

Dana
X Support
""",
)

case(
    name="x-wrong-host-youtube-link",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Sat, 21 Sep 2024 02:10:09 +0000",
    subject="[X Support] Re: Report of a video link [#447310]",
    outcome="review", review="wrong_platform",
    imitates="platform support replying that a reported link is hosted elsewhere",
    why="X speaks about a YouTube item (not hosted on X); X cannot state its status",
    items={Y[1]: "pending"},
    body=f"""
##- Please type your reply above this line -##

Dana (X Support)
Sep 21, 2024, 02:10 UTC

Hello,

Regarding the link included in your message:

{Y[1]}

This content is not hosted on X, so we are unable to take any action on it.
Please contact the service that hosts it directly.

Dana
X Support
""",
)

case(
    name="x-satisfaction-survey",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Fri, 27 Sep 2024 04:00:00 +0000",
    subject="How would you rate the support you received?",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey sent after a ticket is solved",
    why="Trusted X mail naming no requested item and no request reference",
    items={},
    body="""
##- Please type your reply above this line -##

Hello,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
https://support.x.com/requests/445102/satisfaction/good?token=fk93ja

Bad, I'm unsatisfied
https://support.x.com/requests/445102/satisfaction/bad?token=fk93ja

Here's a reminder of what your request was about: "Request for removal of
content".

X Support
""",
)

case(
    name="x-zendesk-receipt-echoing-request",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Tue, 17 Sep 2024 01:03:44 +0000",
    subject=f"[X Support] Re: {X_REF} Request for removal of content [#445102]",
    reply_to_req=X_MID,
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk automatic receipt that echoes the requester's own message",
    why="Pure receipt: the only URLs are in the echoed copy of our own request, which states no outcome",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending"},
    body=f"""
##- Please type your reply above this line -##

Your request (445102) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown
Sep 17, 2024, 01:00 UTC

Dear X team,

Under reference {X_REF} we ask you to remove the following posts, which
carry illegal content:

{X[1]}
{X[2]}
{X[3]}
(and 9 further posts, see the attached list)

KCSC Takedown

--------------------------------
This email is a service from X Support.
[Q3J8ZP-1K7W]
""",
)

case(
    name="x-out-of-office-quoting-reminder",
    **{"from": "mpark@x.com"}, name_from="Min-seo Park",
    date="Tue, 24 Sep 2024 09:00:31 +0000",
    subject=f"Out of Office: Reminder: {X_REF} - 5 items still without a reply",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   f"In-Reply-To: <reminder.{X_REF}.1@kcsc.example>"],
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder that quotes the message it answers",
    why="Out-of-office reply; the URLs are only in our quoted reminder",
    items={X[8]: "pending", X[12]: "pending"},
    body=f"""
I am on leave until 2 October with no access to email. Your message has not
been forwarded. For urgent legal requests please use the usual intake
address.

Min-seo

On Tue, Sep 24, 2024 at 6:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X team,
>
> Our request {X_REF} (sent 17 September 2024) still has items without a
> reply:
>
> {X[8]}
> {X[9]}
> {X[10]}
> {X[11]}
> {X[12]}
""",
)

# ================================================================ Discord
case(
    name="discord-zendesk-solved-three",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 20 Sep 2024 16:20:00 +0000",
    subject=f"[Discord] Re: {D_REF} - Report of illegal content (#48213077)",
    reply_to_req=D_MID,
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk reply marking the ticket solved",
    why="Two message links deleted; the invite's server removed and the invite no longer works",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed"},
    body=f"""
##- Please type your reply above this line -##

Kai (Discord Trust & Safety)
Sep 20, 2024, 16:20 UTC

Hello,

Thank you for reaching out. After reviewing your report, we've taken the
following action:

\u2022 {D[1]} - message deleted
\u2022 {D[2]} - message deleted
\u2022 {D[3]} - the server this invite led to has been removed from Discord,
  and the invite no longer works

We also took action against the accounts responsible, in line with our
Community Guidelines (https://discord.com/guidelines).

This ticket is now marked as solved. If you have further questions, reply
to this email.

Best,
Kai
Discord Trust & Safety
""",
)

case(
    name="discord-partial-update-angle-brackets",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 19 Sep 2024 22:05:13 +0000",
    subject=f"[Discord] Re: {D_REF} - Report of illegal content (#48213077)",
    reply_to_req=D_MID,
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent comment giving a partial answer while the rest stays open",
    why="d4 deleted (stated); the invite link d3 is still under investigation, so pending",
    items={D[4]: "removed", D[3]: "pending"},
    body=f"""
##- Please type your reply above this line -##

Kai (Discord Trust & Safety)
Sep 19, 2024, 22:05 UTC

Hi there,

We have an update on part of your report.

The message at <{D[4]}> was deleted and the account that posted it has been
banned from Discord.

Our team is still investigating the server behind the invite link
<{D[3]}>, as it is a large community. We'll reply in this thread once
we're done.

Kai
Discord Trust & Safety
""",
)

case(
    name="discord-helpscout-wrapped-link",
    **{"from": "safety@discord.com"}, name_from="Kai from Discord Safety",
    date="Fri, 20 Sep 2024 09:47:30 +0000",
    subject=f"Re: {D_REF} message links",
    reply_to_req=D_MID,
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply, one long link wrapped inside angle brackets",
    why="Both messages listed below the sentence were deleted; the first link is wrapped inside <...> (RFC 3986 appendix C)",
    items={D[1]: "removed", D[2]: "removed"},
    body=f"""
Hi KCSC team,

Thanks for your patience. Both messages below were deleted by our team today,
and the user who posted them has been removed from the platform:

<{D[1][:69]}
{D[1][69:]}>
<{D[2]}>

Let me know if there's anything else.

Kai
Discord Safety

--
Conversation #31207
https://safety-help.discord.com/conversation/31207
""",
)

case(
    name="discord-hedged-already-gone",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 19 Sep 2024 03:12:00 +0000",
    subject=f"[Discord] Re: {D_REF} - Report of illegal content (#48213077)",
    reply_to_req=D_MID,
    outcome="review", review="not_understood",
    imitates="Zendesk agent comment with a tentative first look",
    why="'It appears ... has already been deleted' and 'may no longer be available' are hedges; still being confirmed",
    items={D[1]: "pending", D[2]: "pending"},
    body=f"""
##- Please type your reply above this line -##

Rin (Discord Trust & Safety)
Sep 19, 2024, 03:12 UTC

Hello,

A quick first look at your report: it appears that the message at
{D[1]} has already been deleted, and
{D[2]} may no longer be available
either. We are confirming this against the server's moderation logs and
will let you know the outcome.

Rin
Discord Trust & Safety
""",
)

case(
    name="discord-zendesk-hosted-sender",
    **{"from": "support@discord-tns.zendesk.com"}, name_from="Discord Trust & Safety",
    date="Sat, 21 Sep 2024 13:30:00 +0000",
    subject=f"[Discord] Re: {D_REF} - Report of illegal content (#48213077)",
    reply_to_req=D_MID,
    outcome="review", review="unknown_sender",
    imitates="Zendesk reply sent from the helpdesk's own zendesk.com subdomain instead of the platform's domain",
    why="Sender domain is zendesk.com, not a configured Discord domain; its statement about d4 needs a person",
    items={D[4]: "pending"},
    body=f"""
##- Please type your reply above this line -##

Kai (Discord Trust & Safety)
Sep 21, 2024, 13:30 UTC

Hello,

The message at {D[4]}
has been deleted and the account behind it banned.

Kai
Discord Trust & Safety
""",
)

# ================================================================== Kakao
case(
    name="kakao-cs-korean-result-three",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 20 Sep 2024 02:30:00 +0000",
    subject=f"[카카오 고객센터] 문의하신 내용에 대한 답변입니다 ({K_REF})",
    reply_to_req=K_MID,
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre ticket answer listing 게시중단 / 임시조치 / 블라인드 per post",
    why="게시중단 -> removed, 임시조치(30일) -> restricted, 블라인드 -> removed; the rest is promised later",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "removed"},
    body=f"""
안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 {K_REF})에 대한 처리 결과를
안내드립니다.

■ 다음 카페 게시물
 - {K[1]} : 게시중단 처리 완료
 - {K[2]} : 임시조치(30일) 처리
■ 티스토리
 - {K[3]} : 블라인드 처리 완료

나머지 게시물은 담당 부서에서 확인 중이며, 확인되는 대로 다시 안내드리겠습니다.

문의번호: 2409-113857
본 메일은 발신전용입니다. 추가 문의는 고객센터(https://cs.kakao.com/)를 이용해 주세요.
""",
)

case(
    name="kakao-tistory-raw-korean-url-particle",
    **{"from": "tistory-noreply@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Fri, 20 Sep 2024 07:14:00 +0000",
    subject=f"[티스토리] 게시중단 요청 처리 결과 안내 ({K_REF})",
    reply_to_req=K_MID,
    outcome="applied", classification="confirmation",
    imitates="Tistory operations team notice, raw Korean path and a particle glued to a URL",
    why="비공개 처리 -> removed (raw Korean path matches the percent-encoded item); author already deleted /88 -> not_found ('에' is a particle, not part of the URL)",
    items={K[4]: "removed", K[3]: "not_found"},
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

요청하신 게시물 2건에 대해 아래와 같이 처리하였음을 알려드립니다.

{K4_RAW} 게시물은 운영정책 위반으로 비공개 처리하였습니다.

{K[3]}에 대해서는 확인 결과 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
티스토리 운영팀 드림
""",
)

_k_csv = (
    "번호,URL,처리결과,비고\r\n"
    f"1,{K[1]},삭제,\r\n"
    f"2,{K[2]},삭제,\r\n"
    f"3,{K[3]},해당 게시물 없음,작성자 삭제\r\n"
    f"4,{K[4]},접근제한(국내),\r\n"
    f"5,{K[5]},조치 불가,운영정책 위반 사항 없음\r\n"
)
_k_txt = f"""안녕하세요. 카카오 세이프티팀입니다.

{K_REF} 요청 건의 처리 결과를 첨부 파일로 보내드립니다.
처리결과 항목의 '조치 불가'는 검토 결과 운영정책 위반 사항이 확인되지 않아
게시물을 유지한다는 뜻입니다.

감사합니다.
"""
case(
    name="kakao-base64-body-csv-result",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 세이프티팀",
    date="Tue, 24 Sep 2024 08:05:00 +0000",
    subject=f"Re: [{K_REF}] 불법정보 삭제 요청 처리 결과",
    reply_to_req=K_MID,
    outcome="applied", classification="confirmation",
    imitates="Kakao safety team reply: base64 Korean body with a Korean CSV result sheet",
    why="CSV: 삭제 x2 -> removed, 해당 게시물 없음 -> not_found, 접근제한(국내) -> restricted, 조치 불가 (no violation, stays up) -> rejected",
    items={K[1]: "removed", K[2]: "removed", K[3]: "not_found", K[4]: "restricted", K[5]: "rejected"},
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b770-mix-k1"

--b770-mix-k1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_k_txt)}

--b770-mix-k1
Content-Type: text/csv; charset=utf-8; name="result_{K_REF}.csv"
Content-Disposition: attachment; filename="result_{K_REF}.csv"
Content-Transfer-Encoding: base64

{b64(_k_csv)}

--b770-mix-k1--
""",
)

case(
    name="kakao-numbered-list-mixed",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 세이프티팀",
    date="Mon, 23 Sep 2024 05:40:00 +0000",
    subject=f"Re: [{K_REF}] 불법정보 삭제 요청",
    reply_to_req=K_MID,
    outcome="applied", classification="confirmation",
    imitates="Korean safety-team reply as a numbered list, one outcome per line",
    why="삭제 완료 -> removed; 위반 사항 없음, 게시 유지 -> rejected; 채널 게시물 삭제 -> removed; the two Tistory posts are promised later and not named",
    items={K[1]: "removed", K[2]: "rejected", K[5]: "removed"},
    body=f"""
안녕하세요, 카카오 세이프티팀입니다.

요청하신 게시물 중 다음 카페와 카카오톡 채널 게시물의 처리 결과입니다.

1. {K[1]} \u2014 삭제 완료
2. {K[2]} \u2014 검토 결과 운영정책 위반 사항이 확인되지 않아 게시 유지
3. {K[5]} \u2014 채널 게시물 삭제 및 채널 이용 제한

티스토리 게시물 2건은 티스토리 운영팀에서 별도로 회신드릴 예정입니다.

감사합니다.
""",
)

case(
    name="kakao-all-five-deleted-no-urls",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 25 Sep 2024 01:10:00 +0000",
    subject=f"[카카오 고객센터] {K_REF} 처리 완료 안내",
    reply_to_req=K_MID,
    outcome="review", review="bulk",
    imitates="Korean ticket-closure notice stating everything was handled without listing posts",
    why="'요청하신 게시물 5건 모두 삭제' covers a five-item request without naming each",
    items={K[1]: "pending", K[2]: "pending", K[3]: "pending", K[4]: "pending", K[5]: "pending"},
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청번호 {K_REF} 관련하여 요청하신 게시물 5건 모두 삭제 조치를 완료하였습니다.

문의번호: 2409-113857
본 문의는 답변 완료 처리되었습니다. 추가 문의가 있으시면 고객센터(https://cs.kakao.com/)로 새로 문의해 주세요.
""",
)

case(
    name="kakao-seems-deleted-hedge",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 19 Sep 2024 06:00:00 +0000",
    subject=f"[카카오 고객센터] 문의하신 내용에 대한 답변입니다 ({K_REF})",
    reply_to_req=K_MID,
    outcome="review", review="not_understood",
    imitates="Korean customer-centre first answer with a tentative finding",
    why="'이미 삭제된 것으로 보입니다' (appears already deleted) is a hedge; the rest is promised",
    items={K[1]: "pending"},
    body=f"""
안녕하세요, 카카오 고객센터입니다.

확인 결과 {K[1]} 게시물은 이미 삭제된 것으로 보입니다.
나머지 게시물은 담당 부서 확인 후 다시 안내드리겠습니다.

문의번호: 2409-113857
""",
)

case(
    name="kakao-auto-receipt",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 18 Sep 2024 05:01:00 +0000",
    subject=f"[카카오 고객센터] 문의가 정상적으로 접수되었습니다 ({K_REF})",
    reply_to_req=K_MID,
    extra_headers=["Auto-Submitted: auto-generated"],
    outcome="ignored", classification="acknowledgement",
    imitates="Korean helpdesk automatic receipt with an inquiry number",
    why="Pure receipt: inquiry registered, answers will follow in order",
    items={},
    body=f"""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
문의번호: 2409-113857

접수된 순서대로 확인하여 답변드리겠습니다. 문의량에 따라 답변이 지연될 수 있는 점 양해 부탁드립니다.

※ 본 메일은 발신전용으로 회신되지 않습니다.
""",
)

# ================================================================= Twitch
case(
    name="twitch-freshdesk-resolved",
    **{"from": "support@twitch.tv"}, name_from="Twitch Support",
    date="Sat, 21 Sep 2024 18:44:00 +0000",
    subject=f"Ticket #88213 has been resolved: {T_REF} removal request",
    reply_to_req=T_MID,
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification quoting the agent's last reply",
    why="VOD and clip deleted; the channel was reviewed, no violation, stays live",
    items={T[1]: "removed", T[2]: "removed", T[3]: "rejected"},
    body=f"""
Hello KCSC Takedown,

Ticket #88213 "{T_REF} removal request" has been set to Resolved.

Latest reply from Jordan (Twitch Trust & Safety):

  We reviewed the three links in your request.
  The past broadcast {T[1]} has been deleted.
  The clip {T[2]} has been deleted as well.
  We reviewed the channel {T[3]} and did not find a
  violation of our Community Guidelines, so no enforcement action was taken
  against it; the channel remains live.

You can view the full conversation at https://help.twitch.tv/support/tickets/88213

If you feel this ticket was not resolved, simply reply to this email and the
ticket will be reopened.
""",
)

case(
    name="twitch-bare-url-status-below",
    **{"from": "lers@twitch.tv"}, name_from="Twitch Law Enforcement Response",
    date="Mon, 23 Sep 2024 20:02:00 +0000",
    subject=f"Re: {T_REF}",
    reply_to_req=T_MID,
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with each URL on its own line and a 'Status:' line below",
    why="t1 and t2 removed; t3: no account with this username -> not_found",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
    body=f"""
Hi there,

Here is the outcome for case {T_REF}:

{T[1]}
Status: Removed (VOD deleted)

{T[2]}
Status: Removed (clip deleted)

{T[3]}
Status: Not found - there is no Twitch account with this username.

Thanks,
Twitch Law Enforcement Response
""",
)

case(
    name="twitch-solved-with-survey-links",
    **{"from": "support@twitch.tv"}, name_from="Twitch Support",
    date="Sun, 22 Sep 2024 02:30:00 +0000",
    subject=f"[Twitch Support] Your request #88213 has been solved ({T_REF})",
    reply_to_req=T_MID,
    outcome="applied", classification="confirmation",
    imitates="Zendesk solved notification with satisfaction-survey links under the agent's note",
    why="One clip removed; survey and help-centre links are not items",
    items={T[2]: "removed"},
    body=f"""
##- Please type your reply above this line -##

Your request (88213) has been solved.

Jordan (Twitch Support)
Sep 22, 2024, 02:30 UTC

Hi,

The clip {T[2]} has been removed. We are
handling the other links in your request separately.

Jordan

How would you rate the support you received?
Good, I'm satisfied: https://twitchsupport.zendesk.com/requests/88213/satisfaction/good
Bad, I'm unsatisfied: https://twitchsupport.zendesk.com/requests/88213/satisfaction/bad

Safety Center: https://safety.twitch.tv/
""",
)

case(
    name="twitch-agent-forwards-queue-decision",
    **{"from": "jordan.k@twitch.tv"}, name_from="Jordan K",
    date="Mon, 23 Sep 2024 17:12:00 +0000",
    subject=f"Fwd: {T_REF} outcome",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="staffer forwarding an internal queue message to the requester",
    why="The statements are inside a forwarded message (Forwarded message block), not the sender's own",
    items={T[1]: "pending", T[2]: "pending"},
    body=f"""
Forwarding the decision from our T&S queue below, sorry for the delay.

Jordan

---------- Forwarded message ---------
From: Twitch T&S Queue <tns-queue@twitch.tv>
Date: Mon, Sep 23, 2024 at 9:58 AM
Subject: {T_REF} outcome
To: Jordan K <jordan.k@twitch.tv>

Decision for {T_REF}:
{T[1]} - deleted
{T[2]} - deleted
""",
)

case(
    name="twitch-out-of-office",
    **{"from": "jordan.k@twitch.tv"}, name_from="Jordan K",
    date="Thu, 19 Sep 2024 01:31:00 +0000",
    subject=f"Automatic reply: {T_REF} removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   f"In-Reply-To: <{T_MID}@kcsc.example>"],
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office)",
    why="Out-of-office notice; says nothing about the items",
    items={},
    body="""
I'm out of the office until Monday 30 September with limited access to
email. For urgent law-enforcement matters please write to lers@twitch.tv.

Jordan
""",
)

# ================================================================ YouTube
case(
    name="youtube-legal-url-below-statement",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 23 Sep 2024 04:18:00 +0000",
    subject=f"Re: [7-2209000018754] {Y_REF} Legal removal request",
    reply_to_req=Y_MID,
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support ticket outcome, each URL on the line below its decision",
    why="y1 blocked in South Korea -> restricted; y2 'has been actioned under our policies' -> removed",
    items={Y[1]: "restricted", Y[2]: "removed"},
    body=f"""
Hello,

Thanks for contacting YouTube. We've reviewed the content you reported in
request {Y_REF}.

After review, we have blocked the following content from view in South Korea
based on local law:
{Y[1]}

The following content has been actioned under our policies:
{Y[2]}

For more information about our policies, see
https://support.google.com/youtube/answer/2801939

Regards,
The YouTube Team
""",
)

_y_qp = f"""Hello,

Following our earlier message about your request {Y_REF}, here is the outcome of our review.

We removed the video at {Y[1]} from YouTube for violating our harassment and cyberbullying policy; the uploader has been notified.

The Short at {Y[2]} has been age-restricted. It is no longer shown to signed-out viewers or to viewers under 18.

Regards,
YouTube Trust & Safety
"""
case(
    name="youtube-quoted-printable-outcome",
    **{"from": "noreply-trustsafety@youtube.com"}, name_from="YouTube Trust & Safety",
    date="Wed, 25 Sep 2024 10:05:00 +0000",
    subject=f"Update on your request {Y_REF}",
    reply_to_req=Y_MID,
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome email sent quoted-printable with soft line breaks",
    why="y1 removed; y2 age-restricted -> restricted",
    items={Y[1]: "removed", Y[2]: "restricted"},
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_y_qp)}
""",
)

case(
    name="youtube-both-removed-outlook",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support KR",
    date="Wed, 25 Sep 2024 06:30:00 +0000",
    subject=f"RE: {Y_REF} Legal removal request",
    reply_to_req=Y_MID,
    outcome="review", review="bulk",
    imitates="Outlook top-posted one-liner over the regulator's original request",
    why="'both videos ... were removed' names neither; the URLs appear only in our quoted request (two-item request)",
    items={Y[1]: "pending", Y[2]: "pending"},
    body=f"""
Hi,

Both videos in your request were removed on 25 September.

Kind regards,
YouTube Legal Support KR

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 20, 2024 9:00 AM
To: legal-kr@google.com
Subject: {Y_REF} Legal removal request

Dear YouTube team,

Under reference {Y_REF} we request the removal of:
{Y[1]}
{Y[2]}

KCSC Takedown
""",
)

case(
    name="youtube-read-receipt",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support KR",
    date="Fri, 20 Sep 2024 00:12:00 +0000",
    subject=f"Read: {Y_REF} Legal removal request",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird/Outlook message disposition notification (MDN)",
    why="Read receipt; says only that our request was displayed",
    items={},
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b770-mdn-y1"

--b770-mdn-y1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is a receipt for the mail you sent to <legal-kr@google.com> at 20/09/2024 09:00.

This receipt verifies that the message has been displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.

--b770-mdn-y1
Content-Type: message/disposition-notification

Reporting-UA: legal-kr-ws12.google.com; Thunderbird 115.14.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <{Y_MID}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b770-mdn-y1--
""",
)

# ================================================================== NAVER
case(
    name="naver-cs-result-single",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Sat, 21 Sep 2024 01:20:00 +0000",
    subject=f"[네이버 고객센터] 게시중단 요청 처리 결과 안내 ({N_REF})",
    reply_to_req=N_MID,
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre 게시중단 result notice with 대상/조치/조치일시 lines",
    why="게시중단 조치를 완료 for the one requested blog post -> removed",
    items={N[1]: "removed"},
    body=f"""
안녕하세요. 네이버 고객센터입니다.

귀 위원회에서 요청하신 아래 게시물에 대하여 게시중단 조치를 완료하였음을 알려드립니다.

- 대상: {N[1]}
- 조치: 게시중단
- 조치일시: 2024-09-21 10:12

권리침해 신고 및 처리 기준은 네이버 권리보호센터(https://right.naver.com/)에서 확인하실 수 있습니다.

감사합니다.
""",
)

case(
    name="naver-outlook-sole-statement",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 23 Sep 2024 02:45:00 +0000",
    subject=f"RE: [{N_REF}] 불법정보 삭제 요청",
    reply_to_req=N_MID,
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook reply over '-----Original Message-----', no URL in the answer",
    why="One-item request, threaded by In-Reply-To and ref; the answer's only statement (삭제 조치) applies to that item",
    items={N[1]: "removed"},
    body=f"""
안녕하세요.

요청하신 블로그 게시물은 운영정책 위반으로 삭제 조치되었습니다.

네이버 정책지원팀 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 20, 2024 3:00 PM
To: policy@navercorp.com
Subject: [{N_REF}] 불법정보 삭제 요청

아래 게시물의 삭제를 요청합니다.
{N[1]}
""",
)

_n_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>시정요구에 따른 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>요청번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr></thead>
<tbody><tr><td>{N_REF}</td><td>{N[1]}</td><td>임시조치(30일)</td><td>2024-09-22</td></tr></tbody>
</table>
<p>임시조치 기간 중 게시자의 재게시 요청이 있는 경우 별도로 안내드리겠습니다.</p>
<p>네이버 고객센터</p>
</body></html>"""
case(
    name="naver-html-measure-table",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Sun, 22 Sep 2024 03:00:00 +0000",
    subject=f"[네이버] 시정요구 조치결과 회신 ({N_REF})",
    reply_to_req=N_MID,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply as an HTML-only table",
    why="임시조치(30일) -> restricted",
    items={N[1]: "restricted"},
    type="html",
    body=_n_html,
)

case(
    name="naver-will-delete-this-week",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Fri, 20 Sep 2024 08:30:00 +0000",
    subject=f"[네이버 고객센터] 문의 답변 ({N_REF})",
    reply_to_req=N_MID,
    outcome="review", review="not_understood",
    imitates="Korean helpdesk answer announcing a planned measure",
    why="'삭제될 예정입니다' is a promise; the item stays pending",
    items={N[1]: "pending"},
    body=f"""
안녕하세요. 네이버 고객센터입니다.

문의하신 {N[1]} 게시물은 담당 부서 검토 후 금주 중 삭제될 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
)

case(
    name="naver-dsn-reminder-undelivered",
    **{"from": "MAILER-DAEMON@navercorp.com"}, name_from="Mail Delivery System",
    date="Fri, 27 Sep 2024 09:01:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our reminder",
    why="Bounce of our reminder; the URL is only in the returned copy",
    items={N[1]: "pending"},
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b770-dsn-n1"

--b770-dsn-n1
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<policy-kr-old@navercorp.com>: host inbound.navercorp.com[203.0.113.25] said:
    550 5.1.1 <policy-kr-old@navercorp.com>: Recipient address rejected: User
    unknown in local recipient table

--b770-dsn-n1
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.navercorp.com
X-Postfix-Queue-ID: 4XF2K81ZQ3z9
Arrival-Date: Fri, 27 Sep 2024 18:01:03 +0900 (KST)

Final-Recipient: rfc822; policy-kr-old@navercorp.com
Original-Recipient: rfc822;policy-kr-old@navercorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound.navercorp.com
Diagnostic-Code: smtp; 550 5.1.1 <policy-kr-old@navercorp.com>: Recipient
    address rejected: User unknown in local recipient table

--b770-dsn-n1
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr-old@navercorp.com
Subject: Reminder: {N_REF} - no reply yet
Date: Fri, 27 Sep 2024 18:00:00 +0900
Message-ID: <reminder.{N_REF}.1@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear NAVER team,

Our request {N_REF} (sent 20 September 2024) has no reply yet:
{N[1]}

KCSC Takedown

--b770-dsn-n1--
""",
)

# =============================================================== Telegram
case(
    name="telegram-case-number-blocked-and-geo",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 24 Sep 2024 12:40:00 +0000",
    subject=f"Re: {G_REF} [Case #5530218]",
    reply_to_req=G_MID,
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply carrying a case number",
    why="Two messages blocked and no longer accessible on Telegram -> removed; the invite's channel unavailable in South Korea -> restricted",
    items={G[1]: "removed", G[2]: "removed", G[3]: "restricted"},
    body=f"""
Hello,

Thank you for your report (Case #5530218).

The following messages have been blocked and are no longer accessible on
Telegram:
{G[1]}
{G[2]}

The channel reached through {G[3]} has been made unavailable for users in
South Korea.

Telegram Abuse Team
""",
)

case(
    name="telegram-statement-above-indented-url",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Wed, 25 Sep 2024 08:15:00 +0000",
    subject="Case #5530218 update",
    outcome="applied", classification="confirmation",
    imitates="Telegram support update with each URL indented under its statement, one in angle brackets",
    why="g1 taken down; nothing found at the invite link, invalid or expired -> not_found (no KCSC ref: matched by URL)",
    items={G[1]: "removed", G[3]: "not_found"},
    body=f"""
Hi,

Regarding Case #5530218:

This message has been taken down:
  {G[1]}

We were unable to find anything at the following link. The invite link is
invalid or has expired:
  <{G[3]}>

Regards,
Telegram Support
""",
)

case(
    name="telegram-final-review-over-quoted-ack",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 26 Sep 2024 07:00:00 +0000",
    subject=f"Re: {G_REF} [Case #5530218]",
    reply_to_req=G_MID,
    outcome="applied", classification="confirmation",
    imitates="Telegram follow-up in the same thread, the earlier receipt quoted below",
    why="g2 removed; g1 reviewed, no violation, will remain available -> rejected",
    items={G[2]: "removed", G[1]: "rejected"},
    body=f"""
Hello,

We have completed our review of your report.

{G[2]} - removed
{G[1]} - reviewed; we found no violation of Telegram's Terms of Service.
This message will remain available.

Telegram Abuse Team

On Mon, 23 Sep 2024 at 03:05, Telegram Abuse <abuse@telegram.org> wrote:
> Thank you for your report. It has been registered as Case #5530218 and
> will be reviewed by our moderators.
""",
)

case(
    name="telegram-receipt-case-registered",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 23 Sep 2024 03:05:00 +0000",
    subject=f"Re: {G_REF} [Case #5530218]",
    reply_to_req=G_MID,
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse-desk automatic receipt with a case number",
    why="Pure receipt: report registered, will be reviewed",
    items={},
    body="""
Thank you for your report. It has been registered as Case #5530218 and
will be reviewed by our moderators. You will not receive a separate
confirmation for each link.

Telegram Abuse Team
""",
)

HEADER = f"""# Blind set {SET}: ticket systems and threads (written before any run of
# the reader; see NOTES.md). Generated by make.py: do not edit by hand.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
