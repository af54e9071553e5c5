#!/usr/bin/env python3
"""Blind set 716: ticket systems and threads.

Writes requests.csv, cases/*.eml and expected.toml. Written without looking
at the reader (src/) or at any other corpus set's cases; every expected
result comes from the meaning of the email alone, before any run.

Focus: Zendesk / Freshdesk / Jira Service Management / HelpScout style
receipts and results, solved tickets, follow-ups in the same thread,
replies to our reminders, partial answers and forwarded mail.

    python3 tests/corpus/blind716/make.py
"""
import base64
import os
from email.header import Header
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind716"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240903-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)

C = {i: u for i, u in enumerate([
    "https://clipnest.example/v/q7Lm2xRa",
    "https://clipnest.example/v/Hn4pW8cz",
    "https://clipnest.example/v/t0Bv6YsK",
    "https://clipnest.example/v/9eQjZr1u",
    "https://clipnest.example/v/Ma3kXo5d",
    "https://clipnest.example/v/wP2nLc7e",
    "https://clipnest.example/v/Rz8fTy4g",
    "https://clipnest.example/v/bV5hJq0m",
    "https://clipnest.example/v/Kd1sNw6x",
    "https://clipnest.example/v/yU7gEa3p",
    "https://clipnest.example/c/softlight_studio",
    "https://clipnest.example/c/nightowl_edits",
    "https://clipnest.example/v/Fo2iPb9t",
], start=1)}
P = {i: u for i, u in enumerate([
    "https://picory.example/pin/580113",
    "https://picory.example/pin/580127",
    "https://picory.example/board/moonlit-archive",
    "https://picory.example/pin/581904",
], start=1)}
K = {i: u for i, u in enumerate([
    "https://cafe.daum.net/silverbell22/Lx9q/318",
    "https://cafe.daum.net/silverbell22/Lx9q/342",
    "https://brunch.co.kr/@hollowreed/57",
], start=1)}
X = {1: "https://x.com/velvet_tide_kr/status/1831200456789012345",
     2: "https://x.com/gray_orchid99/status/1831377712345678901"}
T = {1: "https://t.me/lantern_drop/2291"}
# Threadly: Korean board names, stored percent-encoded; written raw in some emails.
JAP = "%EC%9E%A1%EB%8B%B4"  # 잡담
SAJ = "%EC%82%AC%EC%A7%84"  # 사진
H = {1: f"https://threadly.example/t/{JAP}/40112",
     2: f"https://threadly.example/t/{JAP}/40187",
     3: f"https://threadly.example/t/{SAJ}/40233",
     4: "https://threadly.example/u/cloud_ferret",
     5: f"https://threadly.example/t/{SAJ}/40251"}
HRAW = {1: "https://threadly.example/t/잡담/40112",
        2: "https://threadly.example/t/잡담/40187",
        3: "https://threadly.example/t/사진/40233",
        4: "https://threadly.example/u/cloud_ferret",
        5: "https://threadly.example/t/사진/40251"}
Y = {1: "https://www.youtube.com/watch?v=pQ3rT8vLx2A",
     2: "https://www.youtube.com/watch?v=Zk7mN1bW0cE",
     3: "https://www.youtube.com/@mintcove_tv"}

REQUESTS = [
    (R1, "clipnest", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", C, "non_consensual_intimate_imagery"),
    (R2, "picory", "2024-09-03T15:00:00+09:00", "2024-09-10T18:00:00+09:00", P, "obscene_content"),
    (R3, "kakao", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", K, "defamation"),
    (R4, "x", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00", X, "non_consensual_intimate_imagery"),
    (R5, "telegram", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00", T, "drug_sale"),
    (R6, "threadly", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", H, "illegal_gambling"),
    (R7, "youtube", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00", Y, "illegal_gambling"),
]


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat in REQUESTS:
        for k in sorted(urls):
            lines.append(f"{ref},{plat},{sent},{due},{urls[k]},{cat},<{mid(ref)}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def pend(d, *keys):
    return {d[k]: "pending" for k in keys}


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def enc(text):
    """RFC 2047 encoded-word, as Korean mailers write non-ASCII headers."""
    return Header(text, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CN = "trust@clipnest.example"
CN_NAME = "ClipNest Trust & Safety"
PC = "support@picory.example"
PC_NAME = "Picory Support"
KK = "report@kakaocorp.com"
KK_NAME = enc("카카오 권리침해신고센터")
TH = "help@threadly.example"
TH_NAME = enc("Threadly 고객센터")
YT = "legal-noreply@google.com"
XL = "legal-noreply@x.com"
TG = "dsa@telegram.org"

ZD_LINE = "##- Please type your reply above this line -##"

CN_REQUEST_ECHO = """KCSC Takedown
Sep 3, 2024, 10:02 KST

Dear ClipNest Trust & Safety team,

The Korea Communications Standards Commission asks you to remove or
block the following items, which carry non-consensual intimate imagery
(our reference KCSC-240903-01, reply requested by 10 September 2024):

""" + "\n".join(f"{i}. {C[i]}" for i in range(1, 14)) + """

Kind regards,
KCSC Takedown desk"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ============================================================ ClipNest (Zendesk)
case(
    name="cn-zendesk-request-received",
    **{"from": CN}, name_from="ClipNest Support",
    date="Tue, 03 Sep 2024 01:04:12 +0000",
    subject="[ClipNest Support] Request received: KCSC-240903-01 removal request (13 links)",
    reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Your request (#48213) has been received and is being reviewed by our
Trust & Safety staff.

To add additional comments, reply to this email.

----------------------------------------------

{CN_REQUEST_ECHO}

----------------------------------------------
This email is a service from ClipNest Support.
https://support.clipnest.example/hc/en-us
[9QKZ7M-R4D2]""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'Notify requester of received request' trigger email with the ticket's first comment",
    why="Pure receipt: ticket number created, our own request echoed as the ticket's first comment, no statement.",
    items=pend(C, *range(1, 14)),
)

case(
    name="cn-zendesk-solved-first-five",
    **{"from": CN}, name_from=CN_NAME,
    date="Thu, 05 Sep 2024 14:21:40 +0000",
    subject="[ClipNest Support] Re: KCSC-240903-01 removal request (13 links)",
    reply_to_req=mid(R1),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Your request (#48213) has been solved. To reopen it, reply to this email.

Hana Whitlock (ClipNest Trust & Safety)
Sep 5, 2024, 14:21 UTC

Hello KCSC team,

Thanks for your patience. We have checked the first five links of your
list against our Community Guidelines and applicable local law:

1. {C[1]} - removed for violating our policy on non-consensual intimate imagery.
2. {C[2]} - removed under the same policy.
3. {C[3]} - no action. This is a news segment and we found no breach of our guidelines or of Korean law, so it stays up.
4. {C[4]} - we could not find this video; the ID does not exist on ClipNest.
5. {C[5]} - restricted: the video can no longer be viewed from South Korea.

The other links are still with our specialist team and we will answer
them on this same ticket.

Kind regards,
Hana

----------------------------------------------

{CN_REQUEST_ECHO}

----------------------------------------------
This email is a service from ClipNest Support.
[9QKZ7M-R4D2]""",
    outcome="applied",
    imitates="Zendesk 'request solved' notification with the agent's public comment above the ticket history",
    why="Numbered list, one unhedged outcome per named link; the ticket history below only repeats our request; the rest are announced for later.",
    items={C[1]: "removed", C[2]: "removed", C[3]: "rejected", C[4]: "not_found", C[5]: "restricted",
           **pend(C, *range(6, 14))},
)

case(
    name="cn-followup-url-then-status-line",
    **{"from": CN}, name_from=CN_NAME,
    date="Mon, 09 Sep 2024 08:47:03 +0000",
    subject="[ClipNest Support] Re: KCSC-240903-01 removal request (13 links)",
    reply_to_req=mid(R1),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Hana Whitlock (ClipNest Trust & Safety)
Sep 9, 2024, 08:46 UTC

Hi again,

Here is the outcome for the next batch on ticket #48213:

{C[6]}
Status: Removed (video deleted, the uploader received a strike)

{C[7]}
Status: Removed

{C[8]}
Status: Age-restricted (only signed-in adults can watch it)

{C[9]}
Status: Removed

{C[10]}
Status: Not found - this link returns no video on our side. If you have
another copy of the link, feel free to send it.

Best,
Hana

This email is a service from ClipNest Support.
[9QKZ7M-R4D2]""",
    outcome="applied",
    imitates="Zendesk follow-up comment on the same ticket, bare URL with a 'Status:' line below",
    why="Each URL is followed by its own status line; age restriction is a restriction; 'returns no video' is not_found.",
    items={C[6]: "removed", C[7]: "removed", C[8]: "restricted", C[9]: "removed", C[10]: "not_found"},
)

case(
    name="cn-channels-angle-brackets",
    **{"from": CN}, name_from=CN_NAME,
    date="Tue, 10 Sep 2024 03:15:55 +0000",
    subject="[ClipNest Support] Re: KCSC-240903-01 removal request (13 links)",
    reply_to_req=mid(R1),
    body=f"""{ZD_LINE}

Daniel Osei (ClipNest Trust & Safety)
Sep 10, 2024, 03:15 UTC

Hello,

About the two channels in KCSC-240903-01:
<{C[11]}> and
<{C[12]}> have both been terminated for
repeated violations of our intimate imagery policy. Their uploads went
down with them.

You can read how we handle channel terminations here:
<https://support.clipnest.example/hc/en-us/articles/360044120011-Channel-terminations>

Regards,
Daniel

[9QKZ7M-R4D2]""",
    outcome="applied",
    imitates="HelpScout/Zendesk plain-text agent reply with URLs in angle brackets",
    why="Both channels are named and stated terminated (removed); the help-centre article is not an item.",
    items={C[11]: "removed", C[12]: "removed"},
)

case(
    name="cn-reply-to-reminder-top-posted",
    **{"from": "hana.whitlock@clipnest.example"}, name_from="Hana Whitlock",
    date="Thu, 12 Sep 2024 06:32:18 +0000",
    subject="Re: Reminder: KCSC-240903-01 overdue, 8 item(s) still pending",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>",
                   "References: <req-240903-01@kcsc.example> <reminder.KCSC-240903-01.1@kcsc.example>"],
    body=f"""Hi,

The last one, {C[13]}, was removed this morning (12 September).
As far as I can see every other link on your list was already answered
on ticket #48213, please have a look at our earlier messages there.

Hana
ClipNest Trust & Safety

On Thu, 12 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear ClipNest,
>
> Our request KCSC-240903-01 of 3 September 2024 was due on
> 10 September 2024. We have no answer yet for these items:
>
> - {C[6]}
> - {C[7]}
> - {C[8]}
> - {C[9]}
> - {C[10]}
> - {C[11]}
> - {C[12]}
> - {C[13]}
>
> Please tell us what was done with each of them.
>
> KCSC Takedown desk""",
    outcome="applied",
    imitates="Gmail-style top-posted reply from an agent's own mailbox to our reminder",
    why="Only Fo2iPb9t gets a statement above the quote; 'already answered' is no status; the quoted reminder changes nothing.",
    items={C[13]: "removed", **pend(C, *range(6, 13))},
)

CN_TABLE_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#999">{ZD_LINE}</p>
<p><b>Hana Whitlock</b> (ClipNest Trust &amp; Safety)<br>Sep 8, 2024, 11:02 UTC</p>
<p>Hello KCSC team,</p>
<p>Please see the decisions for ticket #48213 (your reference KCSC-240903-01) below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Decision</th><th>Notes</th></tr>
<tr><td><a href="{C[6]}">{C[6]}</a></td><td>Removed</td><td>NCII policy</td></tr>
<tr><td><a href="{C[7]}">{C[7]}</a></td><td>Restricted (KR)</td><td>Blocked for viewers in Korea only</td></tr>
<tr><td><a href="{C[8]}">{C[8]}</a></td><td>Not found</td><td>No such video</td></tr>
<tr><td><a href="{C[9]}">{C[9]}</a></td><td>No violation</td><td>Content stays available</td></tr>
</table>
<p>Thanks,<br>Hana</p>
<p style="font-size:11px;color:#999">This email is a service from ClipNest Support.
<a href="https://support.clipnest.example/hc/requests/48213">View request #48213</a> |
<a href="https://support.clipnest.example/hc/en-us/articles/360044120002-Community-Guidelines">Community Guidelines</a></p>
</body></html>"""

case(
    name="cn-zendesk-html-table",
    **{"from": CN}, name_from=CN_NAME,
    date="Sun, 08 Sep 2024 11:02:41 +0000",
    subject="[ClipNest Support] Re: KCSC-240903-01 removal request (13 links)",
    reply_to_req=mid(R1),
    type="html",
    body=CN_TABLE_HTML,
    outcome="applied",
    imitates="Zendesk HTML notification with an agent-pasted decision table",
    why="One row per link with a decision column; 'No violation / stays available' is a rejection; footer links are help pages.",
    items={C[6]: "removed", C[7]: "restricted", C[8]: "not_found", C[9]: "rejected"},
)

CN_CSV = f"""url,outcome,policy,actioned_at
{C[1]},removed,NCII,2024-09-06
{C[2]},removed,NCII,2024-09-06
{C[3]},no_violation,,
{C[4]},not_found,,
{C[11]},terminated,NCII (repeat),2024-09-07
{C[12]},terminated,NCII (repeat),2024-09-07
"""

case(
    name="cn-csv-outcome-sheet",
    **{"from": CN}, name_from=CN_NAME,
    date="Sat, 07 Sep 2024 09:40:00 +0000",
    subject="[ClipNest Support] Re: KCSC-240903-01 removal request (13 links)",
    reply_to_req=mid(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="zd-7f3a9c1e"

--zd-7f3a9c1e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{ZD_LINE}

Daniel Osei (ClipNest Trust & Safety)
Sep 7, 2024, 09:39 UTC

Hello,

Attached is our outcome sheet for the links we have finished so far on
ticket #48213 (KCSC-240903-01). One row per link.

Regards,
Daniel

Attachment(s):
kcsc-240903-01-outcomes.csv

--zd-7f3a9c1e
Content-Type: text/csv; charset=utf-8; name="kcsc-240903-01-outcomes.csv"
Content-Disposition: attachment; filename="kcsc-240903-01-outcomes.csv"
Content-Transfer-Encoding: base64

{b64(CN_CSV)}
--zd-7f3a9c1e--
""",
    outcome="applied",
    imitates="Zendesk comment with a CSV export of moderation outcomes attached",
    why="CSV rows name each link with an outcome: removed, no_violation (rejected), not_found, terminated (removed).",
    items={C[1]: "removed", C[2]: "removed", C[3]: "rejected", C[4]: "not_found",
           C[11]: "removed", C[12]: "removed"},
)

case(
    name="cn-echoed-report-outcomes",
    **{"from": "no-reply@clipnest.example"}, name_from="ClipNest",
    date="Fri, 06 Sep 2024 17:05:26 +0000",
    subject="Update on your report (KCSC-240903-01)",
    body=f"""Hi KCSC Takedown,

We've finished reviewing reports you submitted through our legal
reporting form. Here is what we decided.

Reported content: {C[2]}
Report reason: Illegal content - Korea
Your reference: KCSC-240903-01
Outcome: Content removed

Reported content: {C[3]}
Report reason: Illegal content - Korea
Your reference: KCSC-240903-01
Outcome: Age restriction applied

If you disagree with a decision you can ask for another review at
https://clipnest.example/legal/appeals within 6 months.

- The ClipNest team""",
    outcome="applied",
    imitates="Platform 'update on your report' notice echoing the report form fields",
    why="Each echoed report block carries its own outcome line; the appeal page is not an item.",
    items={C[2]: "removed", C[3]: "restricted"},
)

case(
    name="cn-solved-with-satisfaction-survey",
    **{"from": CN}, name_from=CN_NAME,
    date="Wed, 11 Sep 2024 02:11:09 +0000",
    subject="[ClipNest Support] Request #48213 solved: KCSC-240903-01 removal request",
    reply_to_req=mid(R1),
    body=f"""{ZD_LINE}

Your request #48213 has been solved.

Hana Whitlock (ClipNest Trust & Safety)
Sep 11, 2024, 02:10 UTC

Hello,

The video at {C[5]} has been disabled
following a second legal review. This closes the ticket on our side.

Hana

How would you rate the support you received?
Good, I'm satisfied: https://support.clipnest.example/requests/48213/satisfaction/good?token=Jk29Lq
Bad, I'm unsatisfied: https://support.clipnest.example/requests/48213/satisfaction/bad?token=Jk29Lq

[9QKZ7M-R4D2]""",
    outcome="applied",
    imitates="Zendesk solved-ticket email with the customer satisfaction survey links",
    why="One named video 'has been disabled' = removed; survey links are not items.",
    items={C[5]: "removed"},
)

case(
    name="cn-promise-within-24h",
    **{"from": CN}, name_from=CN_NAME,
    date="Wed, 04 Sep 2024 07:58:31 +0000",
    subject="[ClipNest Support] Re: KCSC-240903-01 removal request (13 links)",
    reply_to_req=mid(R1),
    body=f"""{ZD_LINE}

Daniel Osei (ClipNest Trust & Safety)
Sep 4, 2024, 07:58 UTC

Hi KCSC,

Quick update on ticket #48213. We have confirmed that
{C[1]} and {C[2]}
break our rules, and they will be taken down within the next 24 hours.
The rest of your list is still under review.

We'll confirm once it's done.

Daniel

[9QKZ7M-R4D2]""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent interim update promising removal",
    why="'will be taken down' is a promise, the rest is 'under review': nothing done yet, but the email names items.",
    items=pend(C, 1, 2),
)

case(
    name="cn-under-review-and-hedge",
    **{"from": CN}, name_from=CN_NAME,
    date="Fri, 06 Sep 2024 05:20:44 +0000",
    subject="[ClipNest Support] Re: KCSC-240903-01 removal request (13 links)",
    reply_to_req=mid(R1),
    body=f"""{ZD_LINE}

Hana Whitlock (ClipNest Trust & Safety)
Sep 6, 2024, 05:20 UTC

Hello,

A short status note on #48213:

* {C[6]} and {C[7]} are still under review with our legal team.
* {C[8]} may already have been deleted by its uploader. It shows an
  error page for us too, but we are double-checking before we confirm.

More soon,
Hana

[9QKZ7M-R4D2]""",
    outcome="review", review="not_understood",
    imitates="Zendesk interim comment: under review plus a hedged observation",
    why="'under review' and 'may already have been deleted ... double-checking' are not statements.",
    items=pend(C, 6, 7, 8),
)

case(
    name="cn-bulk-all-removed",
    **{"from": CN}, name_from=CN_NAME,
    date="Tue, 10 Sep 2024 12:00:05 +0000",
    subject="[ClipNest Support] Re: KCSC-240903-01 removal request (13 links)",
    reply_to_req=mid(R1),
    body=f"""{ZD_LINE}

Daniel Osei (ClipNest Trust & Safety)
Sep 10, 2024, 12:00 UTC

Hello KCSC team,

This is to let you know that all 13 links in your request
KCSC-240903-01 have now been removed from ClipNest. We are marking
ticket #48213 as solved.

Regards,
Daniel

[9QKZ7M-R4D2]""",
    outcome="review", review="bulk",
    imitates="Zendesk closing comment with a blanket outcome for the whole ticket",
    why="One statement for a 13-item request without naming each item: bulk review, nothing applied.",
    items=pend(C, *range(1, 14)),
)

case(
    name="cn-partner-program-notice",
    **{"from": "partners@clipnest.example"}, name_from="ClipNest Partner Programs",
    date="Mon, 16 Sep 2024 00:30:00 +0000",
    subject="Changes to the ClipNest trusted reporter channel from 1 October",
    body="""Hello,

You are receiving this message because your organisation is enrolled in
the ClipNest trusted reporter programme.

From 1 October 2024, reports sent by email to our Trust & Safety address
will be turned into tickets on our new partner portal automatically.
You will be able to follow every report there, export outcomes as CSV
and set up notification preferences.

Nothing changes for reports that are already open.

Portal: https://partners.clipnest.example/
Programme guide: https://support.clipnest.example/hc/en-us/articles/360051000031

ClipNest Partner Programs""",
    outcome="review", review="no_claims",
    imitates="Platform newsletter to trusted flaggers about a reporting-channel change",
    why="Trusted ClipNest mail that names no requested item and no request of ours.",
    items={},
)

# ============================================================ Picory (Freshdesk)
case(
    name="pc-freshdesk-ticket-received",
    **{"from": PC}, name_from=PC_NAME,
    date="Tue, 03 Sep 2024 06:02:10 +0000",
    subject="Ticket Received - [#77120] KCSC-240903-02 Removal request",
    reply_to_req=mid(R2),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a
ticket has been created with ID #77120.
A support representative will review your request and send you a
personal response, usually within 2 business days.

To view the status of the ticket or add comments, please visit
https://picory.freshdesk.example/support/tickets/77120

Thank you for your patience.

Sincerely,
Picory Support Team""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk default 'New Ticket Created' requester notification",
    why="Automatic receipt with a ticket number, no statement about any item.",
    items={},
)

case(
    name="pc-freshdesk-resolved-bullets",
    **{"from": PC}, name_from=PC_NAME,
    date="Thu, 05 Sep 2024 10:44:52 +0000",
    subject="Ticket #77120 has been resolved - KCSC-240903-02 Removal request",
    reply_to_req=mid(R2),
    body=f"""Hi KCSC Takedown,

Our team has reviewed the content in your request. Here is what we did:

- {P[1]} : deleted
- {P[2]} : deleted
- {P[3]} : the whole board has been taken down and its owner's account disabled
- {P[4]} : this pin does not exist on Picory (its owner may have removed it before we looked)

Your ticket #77120 is now marked Resolved. If you reply within 7 days it
will be reopened automatically.

Cheers,
Marta L.
Picory Support""",
    outcome="applied",
    imitates="Freshdesk 'ticket resolved' email with the agent's reply",
    why="Bulleted list with one outcome per URL; the pin 'does not exist' is firm (the guess about why does not hedge it).",
    items={P[1]: "removed", P[2]: "removed", P[3]: "removed", P[4]: "not_found"},
)

case(
    name="pc-partial-answer-two-of-four",
    **{"from": PC}, name_from=PC_NAME,
    date="Wed, 04 Sep 2024 02:17:36 +0000",
    subject="Re: [#77120] KCSC-240903-02 Removal request",
    reply_to_req=mid(R2),
    body=f"""Hello,

Update on ticket #77120: we deleted the two pins
{P[2]} and {P[1]} this morning.

The board and the remaining pin need a second look from our policy team;
we'll get back to you on those by Friday.

Marta L.
Picory Support""",
    outcome="applied",
    imitates="Freshdesk agent reply answering part of a ticket",
    why="Two pins named and deleted; the board and the other pin are explicitly left for later.",
    items={P[1]: "removed", P[2]: "removed", P[3]: "pending", P[4]: "pending"},
)

PC_QP_TEXT = f"""Hello KCSC Takedown,

After review we have decided not to remove {P[4]} \u2014 the image is a drawn illustration that does not depict a real person, so it breaches neither our Community Standards nor, as far as we can judge, Korean law.

As for {P[3]}, the board is now hidden for visitors from Korea (geo-restricted). It remains visible in other countries.

Ticket #77120 remains open for the remaining items.

Best regards,
Jonas K. \u00b7 Picory Support
"""

case(
    name="pc-quoted-printable-refusal",
    **{"from": PC}, name_from=PC_NAME,
    date="Fri, 06 Sep 2024 13:09:27 +0000",
    subject="Re: [#77120] KCSC-240903-02 Removal request",
    reply_to_req=mid(R2),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(PC_QP_TEXT),
    outcome="applied",
    imitates="Freshdesk agent reply sent quoted-printable with long unwrapped paragraphs",
    why="A refusal with its reason (rejected) and a geo-restriction for Korea (restricted), each on a named URL.",
    items={P[4]: "rejected", P[3]: "restricted"},
)

PC_HTML = f"""<div dir="ltr" style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>Thanks for reaching out about ticket #77120 (KCSC-240903-02).</p>
<p><a href="{P[2]}">{P[2]}</a> has been removed for breaching our adult content rules.</p>
<p>We also reviewed <a href="{P[1]}">{P[1]}</a> and found no violation of our
Community Standards, so it will stay up.</p>
<p>Kind regards,<br>Marta L.<br>Picory Support</p>
<hr><p style="font-size:11px">Picory Inc. &middot; <a href="https://picory.example/policies/community">Community Standards</a></p>
</div>"""

case(
    name="pc-freshdesk-html-only",
    **{"from": PC}, name_from=PC_NAME,
    date="Sat, 07 Sep 2024 04:33:15 +0000",
    subject="Re: [#77120] KCSC-240903-02 Removal request",
    reply_to_req=mid(R2),
    type="html",
    body=PC_HTML,
    outcome="applied",
    imitates="Freshdesk HTML-only agent reply with autolinked URLs",
    why="One pin removed, the other kept because no violation was found (rejected).",
    items={P[2]: "removed", P[1]: "rejected"},
)

case(
    name="pc-auth-fail-removed",
    **{"from": PC}, name_from=PC_NAME, auth="fail",
    date="Thu, 05 Sep 2024 22:50:19 +0000",
    subject="Re: [#77120] KCSC-240903-02 Removal request",
    body=f"""Hello,

We removed {P[1]} and the board {P[3]}.
Ticket #77120 is resolved.

Picory Support""",
    outcome="review", review="untrusted",
    imitates="Freshdesk agent reply that failed DMARC (relayed through a third party)",
    why="Picory domain but SPF/DKIM/DMARC fail: the statements cannot be trusted.",
    items=pend(P, 1, 3),
)

case(
    name="pc-outsourced-moderator",
    **{"from": "picory-queue@modshield-bpo.example"}, name_from="ModShield for Picory",
    date="Fri, 06 Sep 2024 03:12:48 +0000",
    subject="RE: KCSC-240903-02 Removal request",
    body=f"""Hi,

On behalf of Picory, our moderation team has removed
{P[1]} (your ref KCSC-240903-02).

Regards,
Priya N.
ModShield Content Operations - Picory queue""",
    outcome="review", review="unknown_sender",
    imitates="Outsourced moderation vendor writing on a platform's behalf",
    why="The sender's domain is no platform's; it names our request and a URL.",
    items=pend(P, 1),
)

case(
    name="pc-wrong-platform-links",
    **{"from": PC}, name_from=PC_NAME,
    date="Wed, 04 Sep 2024 09:00:31 +0000",
    subject="Re: KCSC-240903-01 removal request",
    body=f"""Hello,

We received your request KCSC-240903-01, but the links in it are not
Picory content. {C[1]} and {C[2]} do not exist on
Picory; they look like ClipNest videos.

We have not taken any action.

Picory Support""",
    outcome="review", review="wrong_platform",
    imitates="Platform replying to a request that belongs to another platform",
    why="Picory states not-found for ClipNest items: statements about another platform's items.",
    items=pend(C, 1, 2),
)

# ============================================================ Kakao
case(
    name="kk-result-notice-korean",
    **{"from": KK}, name_from=KK_NAME,
    date="Fri, 06 Sep 2024 08:10:00 +0000",
    subject=enc("[카카오] 게시물 조치 결과 안내 (KCSC-240905-03)"),
    reply_to_req=mid(R3),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물(접수번호 KCSC-240905-03)에
대한 처리 결과를 아래와 같이 안내드립니다.

■ 처리 결과
1) {K[1]}
   → 게시중단 (2024.09.06 처리)
2) {K[2]}
   → 임시조치 (30일)
3) {K[3]}
   → 해당 게시물 없음 (작성자가 이미 삭제함)

문의 사항은 본 메일에 회신해 주시기 바랍니다.
감사합니다.

카카오 권리침해신고센터 드림""",
    outcome="applied",
    imitates="Kakao/Daum 권리침해 신고 처리 결과 안내 (게시중단·임시조치) notice",
    why="게시중단 = removed, 임시조치 = restricted, 작성자 삭제로 게시물 없음 = not_found; each on the line below its URL.",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "not_found"},
)

case(
    name="kk-reply-to-reminder-korean",
    **{"from": "jiwoo.han@kakaocorp.com"}, name_from=enc("한지우"),
    date="Fri, 13 Sep 2024 02:05:44 +0000",
    subject="Re: [독촉] KCSC-240905-03 처리 결과 회신 요청",
    extra_headers=["In-Reply-To: <reminder.KCSC-240905-03.1@kcsc.example>",
                   "References: <req-240905-03@kcsc.example> <reminder.KCSC-240905-03.1@kcsc.example>"],
    body=f"""안녕하세요, 카카오 한지우입니다.

요청하신 브런치 글({K[3]})은 오늘 오전 비공개 처리되었습니다.
나머지 두 건은 앞서 회신드린 내용과 같습니다.

감사합니다.
한지우 드림

2024년 9월 13일 (금) 오전 9:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하십니까, 방송통신심의위원회입니다.
>
> 9월 5일 요청드린 KCSC-240905-03 건의 회신 기한(9월 12일)이
> 지났습니다. 아래 게시물의 처리 결과를 알려 주시기 바랍니다.
>
> - {K[1]}
> - {K[2]}
> - {K[3]}
>
> 감사합니다.""",
    outcome="applied",
    imitates="Gmail-quoted Korean reply from a platform employee to our reminder",
    why="비공개 처리 of the named brunch post = removed; 'same as before' and the quoted reminder are no statements.",
    items={K[3]: "removed", K[1]: "pending", K[2]: "pending"},
)

KK_B64_TEXT = f"""안녕하세요. Daum 카페 운영팀입니다.

KCSC-240905-03 건으로 신고하신 카페 게시글 2건
({K[1]} , {K[2]})은
모두 운영정책 위반이 확인되어 삭제 조치하였습니다.

감사합니다.
Daum 카페 운영팀
"""

case(
    name="kk-daum-cafe-base64",
    **{"from": "cafe-help@daum.net"}, name_from=enc("Daum 카페 운영팀"),
    date="Sat, 07 Sep 2024 01:20:36 +0000",
    subject=enc("[Daum 카페] 신고 게시물 처리 안내"),
    reply_to_req=mid(R3),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(KK_B64_TEXT),
    outcome="applied",
    imitates="Daum cafe operations notice sent base64-encoded",
    why="Both cafe posts are named and '모두 ... 삭제 조치하였습니다' applies to each named one: removed.",
    items={K[1]: "removed", K[2]: "removed"},
)

case(
    name="kk-out-of-office",
    **{"from": "jiwoo.han@kakaocorp.com"}, name_from=enc("한지우"),
    date="Mon, 09 Sep 2024 00:00:12 +0000",
    subject=enc("[자동회신] Re: KCSC-240905-03 게시물 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 한지우입니다.
9월 9일(월)부터 9월 11일(수)까지 휴가로 부재중입니다.
급한 신고 건은 report@kakaocorp.com 으로 보내 주시면 담당자가 처리합니다.

I am out of the office until 11 September with limited access to email.
For urgent reports please write to report@kakaocorp.com.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply",
    why="Out-of-office auto-reply.",
    items={},
)

case(
    name="kk-forwarded-ops-team",
    **{"from": KK}, name_from=KK_NAME,
    date="Mon, 09 Sep 2024 05:41:22 +0000",
    subject="Fwd: KCSC-240905-03 카페 게시물 처리 결과",
    body=f"""안녕하세요. 카페 운영팀에서 받은 답변을 전달드립니다.

---------- Forwarded message ---------
보낸사람: 카페운영팀 <cafe-ops@kakaocorp.com>
Date: 2024년 9월 9일 (월) 오후 2:12
Subject: KCSC-240905-03 카페 게시물 처리 결과
To: 권리침해신고센터 <report@kakaocorp.com>

요청 건 확인했습니다.
{K[1]} 게시중단 완료
{K[2]} 게시중단 완료
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Kakao report centre forwarding its internal operations team's answer",
    why="The statements sit inside a forwarded message; a person must confirm them.",
    items=pend(K, 1, 2),
)

# ============================================================ X
case(
    name="x-ack-and-withheld",
    **{"from": XL}, name_from="X Legal",
    date="Sat, 07 Sep 2024 03:27:50 +0000",
    subject="Re: KCSC-240906-04 [ref:_00D1x0Kr._5003kR7:ref]",
    reply_to_req=mid(R4),
    body=f"""Hello,

Thank you for your report. We have received it and reviewed the reported
content.

In response to your request we have withheld
{X[1]} in the Republic of Korea.

Case number: 0483-KR-2291

Regards,
X Legal""",
    outcome="applied",
    imitates="X legal request outcome (withheld in country) from a Salesforce-style case thread",
    why="The thanks/received phrase is followed by an unhedged country-withholding of a named post: restricted.",
    items={X[1]: "restricted"},
)

case(
    name="x-jira-resolved-two-posts",
    **{"from": "jira@x.com"}, name_from="X Legal Ops (Jira)",
    date="Mon, 09 Sep 2024 07:55:03 +0000",
    subject="[JIRA] (LGLKR-4411) KCSC-240906-04 removal request - status changed to Resolved",
    reply_to_req=mid(R4),
    body=f"""Min-seo Park changed the status of LGLKR-4411 to Resolved.

Resolution: Done

Min-seo Park commented:
Both reported posts have been reviewed.
{X[1]}: withheld in KR (local law)
{X[2]}: removed - violates our non-consensual nudity policy

--------------------------------------------------------------
Reply to this email to add a comment to the request.
View request: https://legalops.x.com/servicedesk/customer/portal/4/LGLKR-4411
""",
    outcome="applied",
    imitates="Jira Service Management 'request resolved' customer notification with the agent comment",
    why="URL, colon, outcome on one line each: withheld in KR = restricted, removed = removed; the portal link is not an item.",
    items={X[1]: "restricted", X[2]: "removed"},
)

case(
    name="x-account-suspended-one-post",
    **{"from": XL}, name_from="X Legal",
    date="Tue, 10 Sep 2024 11:18:40 +0000",
    subject="Re: KCSC-240906-04 [ref:_00D1x0Kr._5003kR7:ref]",
    reply_to_req=mid(R4),
    body=f"""Hello,

The account @gray_orchid99 has been permanently suspended for violating
the X Rules. As a result, {X[2]} is no longer
available on X.

We're still looking at the other post in your request.

X Legal""",
    outcome="applied",
    imitates="X legal reply: account suspension makes the reported post unavailable",
    why="The named post is no longer available because the account was suspended: removed; the other post is explicitly still open.",
    items={X[2]: "removed"},
)

case(
    name="x-outlook-reply-to-reminder",
    **{"from": "seoyeon.lim@x.com"}, name_from="Seoyeon Lim",
    date="Sat, 14 Sep 2024 00:42:09 +0000",
    subject="RE: Reminder: KCSC-240906-04 overdue, 2 item(s) still pending",
    extra_headers=["In-Reply-To: <reminder.KCSC-240906-04.1@kcsc.example>",
                   "Thread-Topic: Reminder: KCSC-240906-04 overdue, 2 item(s) still pending"],
    body=f"""Hello KCSC team,

Apologies for the delay. Outcomes for your request:

{X[2]} - removed on 9 September.
{X[1]} - we have declined to take action. The post is commentary on a
public event and does not violate the X Rules or, in our assessment,
Korean law.

Best regards,
Seoyeon Lim
Legal Operations, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 6:00 PM
To: legal@x.com
Subject: Reminder: KCSC-240906-04 overdue, 2 item(s) still pending

Dear X,

Our request KCSC-240906-04 of 6 September 2024 was due on 13 September
2024. We have no answer yet for these items:

- {X[1]}
- {X[2]}

Please tell us what was done with each of them.

KCSC Takedown desk""",
    outcome="applied",
    imitates="Outlook reply with '-----Original Message-----' over our reminder",
    why="Above the Outlook quote: one post removed, the other refused with a reason (rejected).",
    items={X[2]: "removed", X[1]: "rejected"},
)

case(
    name="x-read-receipt",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 01:02:33 +0000",
    subject="Read: KCSC-240906-04 removal request",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-4b1e"

--mdn-4b1e
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal@x.com at 6 Sep 2024 09:30 +0900.

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the content has been
read or understood.

--mdn-4b1e
Content-Type: message/disposition-notification

Reporting-UA: legal-mbx.x.com; Microsoft Exchange Server
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-4b1e--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (RFC 8098 MDN)",
    why="Read receipt only.",
    items={},
)

# ============================================================ Telegram
case(
    name="tg-sole-item-channel-blocked",
    **{"from": TG}, name_from="Telegram DSA",
    date="Tue, 10 Sep 2024 09:14:27 +0000",
    subject="Re: KCSC-240909-05 Case #1048823",
    reply_to_req=mid(R5),
    body="""Hello,

Thank you for your report KCSC-240909-05.

The channel in question has been blocked for violating the Telegram
Terms of Service.

Case #1048823

Telegram Moderation""",
    outcome="applied",
    imitates="Telegram abuse-desk short reply on a case",
    why="Unhedged statement about 'the channel in question' answering a one-item request: applies to its only item.",
    items={T[1]: "removed"},
)

case(
    name="tg-deleted-by-admins",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 16:02:58 +0000",
    subject="Re: KCSC-240909-05 Case #1048823",
    reply_to_req=mid(R5),
    body=f"""Hi,

Case #1048823: {T[1]} - this message had already been
deleted by the channel's administrators before our moderators reached it.
There was nothing left for us to remove.

Telegram Abuse Team""",
    outcome="applied",
    imitates="Telegram abuse reply: content already deleted by its owner",
    why="Deleted by its own admins before review = not_found.",
    items={T[1]: "not_found"},
)

case(
    name="tg-bounce-wrong-address",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 05:00:41 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="C4F1E2A09.1725858041/mx.kcsc.example"

--C4F1E2A09.1725858041/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<takedown-kr@telegram.org>: host mx.telegram.org[203.0.113.44] said: 550 5.1.1
    <takedown-kr@telegram.org>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)

--C4F1E2A09.1725858041/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon,  9 Sep 2024 14:00:39 +0900 (KST)

Final-Recipient: rfc822; takedown-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <takedown-kr@telegram.org>: Recipient address rejected: User unknown

--C4F1E2A09.1725858041/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

Date: Mon, 9 Sep 2024 14:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: takedown-kr@telegram.org
Subject: KCSC-240909-05 removal request
Message-ID: <req-240909-05@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear Telegram,

Please remove the following post, which offers drugs for sale
(our reference KCSC-240909-05):

{T[1]}

KCSC Takedown desk

--C4F1E2A09.1725858041/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our request (user unknown)",
    why="Delivery failure report carrying our own request; no statement.",
    items=pend(T, 1),
)

# ============================================================ Threadly (Jira SM, Korean forum)
case(
    name="th-jira-request-received",
    **{"from": TH}, name_from=TH_NAME,
    date="Tue, 10 Sep 2024 01:05:30 +0000",
    subject="[Threadly 고객센터] KSD-912 KCSC-240910-06 불법정보 삭제 요청",
    reply_to_req=mid(R6),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""——— 이 줄 위에 답장을 작성하세요 / Reply above this line ———

요청이 접수되었습니다 / Your request has been received

KSD-912 KCSC-240910-06 불법정보 삭제 요청

요청 내용 / Description:
Threadly 운영팀 귀중
아래 게시물 5건은 불법 도박 사이트를 홍보하는 정보로, 삭제를 요청합니다.
{H[1]}
{H[2]}
{H[3]}
{H[4]}
{H[5]}
방송통신심의위원회 KCSC Takedown

처리 상태 확인: https://threadly.atlassian-sm.example/servicedesk/customer/portal/2/KSD-912
이 요청에 대한 알림을 받지 않으려면 구독을 해지하세요.""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request created' notification echoing the description",
    why="Receipt that only echoes our request's description; no statement.",
    items=pend(H, 1, 2, 3, 4, 5),
)

case(
    name="th-korean-particles-raw-paths",
    **{"from": TH}, name_from=TH_NAME,
    date="Wed, 11 Sep 2024 06:30:11 +0000",
    subject="Re: [Threadly 고객센터] KSD-912 KCSC-240910-06 불법정보 삭제 요청",
    reply_to_req=mid(R6),
    body=f"""안녕하세요, Threadly 운영팀 김도윤입니다.
KCSC-240910-06 건의 처리 결과를 알려드립니다.

{HRAW[1]} 게시글은 삭제했습니다.
{HRAW[2]}은 블라인드 처리되었습니다.
{HRAW[3]}의 경우, 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

나머지 2건은 확인 중이며 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
Threadly 운영팀""",
    outcome="applied",
    imitates="Korean forum operator reply (삭제 / 블라인드 / 유지) in a Jira SM thread",
    why="삭제 = removed, 블라인드 = removed, 위반 아님·게시 유지 = rejected; the other two are still being checked.",
    items={H[1]: "removed", H[2]: "removed", H[3]: "rejected", H[4]: "pending", H[5]: "pending"},
)

case(
    name="th-jira-resolved-fullwidth-colon",
    **{"from": TH}, name_from=TH_NAME,
    date="Fri, 13 Sep 2024 02:48:37 +0000",
    subject="[Threadly 고객센터] KSD-912 해결됨 / Resolved",
    reply_to_req=mid(R6),
    body=f"""——— 이 줄 위에 답장을 작성하세요 / Reply above this line ———

김도윤님이 요청 KSD-912을(를) 해결됨(으)로 변경했습니다.

김도윤 댓글:
남은 2건 처리 결과입니다.
• {HRAW[4]}：계정 영구 정지 (작성 게시물 전체 비공개)
• {HRAW[5]}：삭제

처리 상태 확인: https://threadly.atlassian-sm.example/servicedesk/customer/portal/2/KSD-912""",
    outcome="applied",
    imitates="Jira Service Management resolved notification in Korean, bullets with full-width colons",
    why="Account permanently suspended with all posts hidden = removed; 삭제 = removed.",
    items={H[4]: "removed", H[5]: "removed"},
)

case(
    name="th-outlook-wrapped-angle-url",
    **{"from": "doyun.kim@threadly.example"}, name_from="Doyun Kim",
    date="Thu, 12 Sep 2024 08:03:55 +0000",
    subject="RE: KCSC-240910-06",
    reply_to_req=mid(R6),
    body=f"""Hello,

Regarding KCSC-240910-06, the post at <https://threadly.example/t/{SAJ}/
40251> has been deleted, and the thread <{H[2]}>
is now restricted: it can no longer be opened from Korean IP addresses.

Best regards,
Doyun Kim
Threadly Trust & Safety""",
    outcome="applied",
    imitates="Outlook plain-text reply whose long URL in angle brackets was wrapped",
    why="The wrapped <...> URL is one link (RFC 3986 appendix C style) and was deleted; the other is geo-blocked for Korea: restricted.",
    items={H[5]: "removed", H[2]: "restricted"},
)

case(
    name="th-promise-korean",
    **{"from": TH}, name_from=TH_NAME,
    date="Tue, 10 Sep 2024 07:12:09 +0000",
    subject="Re: [Threadly 고객센터] KSD-912 KCSC-240910-06 불법정보 삭제 요청",
    reply_to_req=mid(R6),
    body=f"""안녕하세요, Threadly 운영팀입니다.

요청하신 게시물 3건
{HRAW[1]}
{HRAW[2]}
{HRAW[3]}
은 내부 검토 후 조치할 예정입니다. 결과는 확인되는 대로 다시 안내드리겠습니다.

감사합니다.""",
    outcome="review", review="not_understood",
    imitates="Korean interim reply: 검토 후 조치 예정",
    why="'조치할 예정' is a promise; the items are named but nothing was done.",
    items=pend(H, 1, 2, 3),
)

case(
    name="th-asks-for-official-letter",
    **{"from": TH}, name_from=TH_NAME,
    date="Tue, 10 Sep 2024 09:40:26 +0000",
    subject="Re: [Threadly 고객센터] KSD-912 KCSC-240910-06 불법정보 삭제 요청",
    reply_to_req=mid(R6),
    body=f"""Hello,

To proceed with KCSC-240910-06 we need two more things from you:

1. the legal basis for each reported item, and
2. the official request letter (공문) with your organisation's seal.

Until we receive them we cannot act on {H[4]} or the
other links in your request. You can attach the documents to this ticket
by replying to this email.

Threadly Trust & Safety""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Platform asking for an official letter and legal basis before acting",
    why="A request for documents; no item is decided.",
    items=pend(H, 4),
)

case(
    name="th-bounce-reminder",
    **{"from": "MAILER-DAEMON@threadly.example"}, name_from="Mail Delivery Subsystem",
    date="Wed, 18 Sep 2024 00:01:22 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-th-0918"

--dsn-th-0918
Content-Type: text/plain; charset=utf-8

Your message to report@threadly.example could not be delivered.
The mailbox no longer exists. Please write to help@threadly.example.

--dsn-th-0918
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.threadly.example

Final-Recipient: rfc822; report@threadly.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable

--dsn-th-0918
Content-Type: message/rfc822

Date: Wed, 18 Sep 2024 09:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: report@threadly.example
Subject: Reminder: KCSC-240910-06 overdue, 5 item(s) still pending
Message-ID: <reminder.KCSC-240910-06.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Our request KCSC-240910-06 was due on 17 September 2024. We have no
answer yet for these items:

- {H[1]}
- {H[2]}
- {H[3]}
- {H[4]}
- {H[5]}

--dsn-th-0918--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style 'Delivery Status Notification (Failure)' carrying our reminder",
    why="Bounce of our own reminder; the listed items are ours.",
    items=pend(H, 1, 2, 3, 4, 5),
)

# ============================================================ YouTube
case(
    name="yt-legal-outcome-url-below",
    **{"from": YT}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 04:26:15 +0000",
    subject="Re: [6-3317000041822] KCSC-240911-07",
    reply_to_req=mid(R7),
    body=f"""Hello,

Thank you for contacting YouTube. We have reviewed your request
KCSC-240911-07.

After review, we have blocked the following video from view on YouTube
in South Korea:
{Y[1]}

We removed the following content for violating YouTube's Community
Guidelines:
{Y[2]}

We have decided not to take action on the following channel, as we did
not find a violation of our policies or of local law:
{Y[3]}

Regards,
The YouTube Legal Team""",
    outcome="applied",
    imitates="YouTube legal support outcome email (local block / removal / no action), URL on the line below",
    why="Each statement is followed by its URL: KR block = restricted, removal = removed, no action with reason = rejected.",
    items={Y[1]: "restricted", Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="yt-followup-uploader-deleted",
    **{"from": YT}, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 06:51:40 +0000",
    subject="Re: [6-3317000041822] KCSC-240911-07",
    reply_to_req=mid(R7),
    body=f"""Hello,

Following up on KCSC-240911-07:

{Y[2]} had already been deleted by the uploader
before our review, so no further action was needed.

The video {Y[1]} is still being reviewed by our
legal team. We'll write again when we have a decision.

Regards,
The YouTube Legal Team""",
    outcome="applied",
    imitates="YouTube legal follow-up: already removed by uploader, one still in review",
    why="Deleted by its uploader = not_found; 'still being reviewed' leaves the other pending.",
    items={Y[2]: "not_found", Y[1]: "pending"},
)

case(
    name="yt-contradictory-summary-and-table",
    **{"from": YT}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 09:02:11 +0000",
    subject="Re: [6-3317000041822] KCSC-240911-07",
    reply_to_req=mid(R7),
    type="html",
    body=f"""<p>Hello,</p>
<p>The reported video {Y[1]} has been removed.</p>
<table border="1" cellpadding="4">
<tr><th>Content</th><th>Decision</th></tr>
<tr><td>{Y[1]}</td><td>No action &ndash; content remains available (not in violation)</td></tr>
</table>
<p>Regards,<br>The YouTube Legal Team</p>""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube outcome email whose summary sentence and decision table disagree",
    why="The same video is said to be removed and to remain available: a person must ask.",
    items={Y[1]: "pending"},
)


HEADER = """# Blind set 716 (ticket systems and threads): expected results written
# from each email's meaning before any run of the reader. Generated by
# make.py; do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
