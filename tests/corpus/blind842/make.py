#!/usr/bin/env python3
"""Blind set blind842: ticket systems and threads.

Zendesk / Freshdesk / Jira / Help Scout style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written for this
set; its expected result was written from its meaning alone, before any run
of the reader.

    python3 tests/corpus/blind842/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind842"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/nightowl_kr19/status/1830214455667788990",   # X[0]
    "https://x.com/nightowl_kr19/status/1830298811223344556",   # X[1]
    "https://x.com/pale_lantern/status/1829901234567890123",    # X[2]
    "https://x.com/pale_lantern/status/1830055566677788899",    # X[3]
    "https://x.com/moth_and_ash/status/1830377788899900011",    # X[4]
    "https://x.com/moth_and_ash",                               # X[5]
    "https://x.com/seoul_shadow_22/status/1830401122334455667", # X[6]
    "https://x.com/seoul_shadow_22/status/1830412233445566778", # X[7]
    "https://x.com/grey_tide_kr/status/1830509988776655443",    # X[8]
    "https://x.com/grey_tide_kr/status/1830510099887766554",    # X[9]
    "https://x.com/velvet_static/status/1830623344556677889",   # X[10]
    "https://x.com/velvet_static/status/1830634455667788990",   # X[11]
]
D = [
    "https://discord.com/channels/1180223344556677889/1180223344556677900/1281122334455667788",
    "https://discord.com/channels/1180223344556677889/1180223344556677900/1281133445566778899",
    "https://discord.gg/lunarvault",
    "https://discord.gg/Qm7rTz2K",
]
N3_RAW = "https://in.naver.com/밤바람/contents/4412"
N3 = "https://in.naver.com/" + quote("밤바람") + "/contents/4412"
N = [
    "https://cafe.naver.com/moonlitgarden/8812",
    "https://blog.naver.com/river_k77/223561234567",
    N3,
]
T = [
    "https://t.me/hollow_reel/211",
    "https://t.me/hollow_reel/214",
    "https://t.me/hollow_reel/230",
    "https://t.me/amber_drift/57",
    "https://t.me/amber_drift",
]
Y = [
    "https://www.youtube.com/watch?v=Hq3vR8kLp2Z",
    "https://www.youtube.com/shorts/b7Xw1NnQe4T",
]
K = ["https://www.tiktok.com/@dusk.parade/video/7409912345678901234"]
C = [
    "https://cafe.daum.net/silverbrook/Ab12/341",
    "https://cafe.daum.net/silverbrook/Ab12/377",
    "https://brunch.co.kr/@quietfern/88",
]

REQUESTS = [
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", X, "obscene_content"),
    ("KCSC-240903-02", "discord", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", D, "deepfake_sexual_abuse"),
    ("KCSC-240905-03", "naver", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", N, "illegal_gambling"),
    ("KCSC-240906-04", "telegram", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00", T, "drug_trade"),
    ("KCSC-240909-05", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", Y, "defamation"),
    ("KCSC-240910-06", "tiktok", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00", K, "obscene_content"),
    ("KCSC-240912-07", "kakao", "2024-09-12T10:30:00+09:00", "2024-09-19T18:00:00+09:00", C, "illegal_gambling"),
]


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{msgid(ref)}@kcsc.example>", ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def pend(urls):
    """Items map: every url pending unless given in changed (by url)."""
    return {u: "pending" for u in urls}


def items(*pairs):
    return dict(pairs)


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ------------------------------------------------------------------ cases
cases = []


def case(**c):
    cases.append(c)


ZD_TOP = "##- Please type your reply above this line -##"
ZD_FOOT = "This email is a service from {}. Delivered by Zendesk"

REQ1_BODY = [
    "Korea Communications Standards Commission - request KCSC-240902-01",
    "",
    "Please remove or disable access to the following 12 items, found to be",
    "illegal information under the Act on Promotion of Information and",
    "Communications Network Utilization and Information Protection.",
    "",
] + [f"{i + 1}. {u}" for i, u in enumerate(X)] + [
    "",
    "Deadline: 9 September 2024, 18:00 KST.",
]

# 1 ---------------------------------------------------------------- X
case(
    name="x-zendesk-receipt-echoes-request",
    date="Mon, 02 Sep 2024 01:14:22 +0000",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[X Support] Request received: KCSC-240902-01 Request to remove illegal content (12 URLs)",
    reply_to_req=msgid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated"],
    body="\n".join([
        ZD_TOP, "",
        "Your request (#4410921) has been received and is being reviewed by our",
        "support staff.", "",
        "To add additional comments, reply to this email.", "",
        "----------------------------------------------", "",
        "KCSC Takedown, Sep 2, 2024, 10:00 KST", "",
    ] + REQ1_BODY + [
        "", "----------------------------------------------",
        ZD_FOOT.format("X Support"),
        "[ZX7Q1-2KVPN]",
    ]),
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'Your request (#n) has been received' trigger that echoes the ticket's first comment",
    why="pure receipt; the 12 URLs are only our own request echoed back as the ticket description",
    items=pend(X),
)

# 2
case(
    name="x-zendesk-solved-mixed-list",
    date="Thu, 05 Sep 2024 07:41:09 +0000",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[X Support] Re: KCSC-240902-01 Request to remove illegal content (12 URLs)",
    reply_to_req=msgid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_TOP}

Your request (#4410921) has been solved. To reopen it, reply to this email.

Priya M. (X Global Government Affairs)
Sep 5, 2024, 07:41 UTC

Hello,

Thank you for your report, which we reviewed against the X Rules and the
laws of the Republic of Korea.

Withheld in South Korea (the posts remain visible in other countries):
- {X[0]}
- {X[1]}

Removed for violating the X Rules:
- {X[2]}

We did not find this post in violation of the X Rules or local law and
have not taken action on it:
- {X[8]}

The remaining URLs in your report are still being assessed and will be
answered in a separate reply.

Regards,
Priya
X Global Government Affairs

----------------------------------------------
{ZD_FOOT.format("X Support")}
[ZX7Q1-2KVPN]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification carrying an X government-affairs agent comment with grouped lists",
    why="four URLs under unhedged headings (withheld in KR, removed, no violation); the rest explicitly left open",
    items=items((X[0], "restricted"), (X[1], "restricted"), (X[2], "removed"), (X[8], "rejected")),
)

# 3
case(
    name="x-followup-same-thread-quotes-first-answer",
    date="Mon, 09 Sep 2024 02:05:51 +0000",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="Re: [X Support] Request #4410921: KCSC-240902-01",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""Hello again,

A follow-up on the items that were still open in this ticket.

{X[3]} and {X[6]} are now withheld in South Korea.

The account {X[5]} has been permanently suspended for repeated violations
of the X Rules and is no longer available anywhere.

Priya M.
X Global Government Affairs

On Thu, Sep 5, 2024 at 07:41 UTC, X Support <support@x.com> wrote:
{quoted(["Withheld in South Korea (the posts remain visible in other countries):",
         "- " + X[0], "- " + X[1], "", "Removed for violating the X Rules:", "- " + X[2]])}
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same Zendesk thread, Gmail-style quote of the earlier public reply",
    why="two posts withheld in KR and one account suspended in the new text; the quoted earlier answer changes nothing",
    items=items((X[3], "restricted"), (X[6], "restricted"), (X[5], "removed"),
                (X[0], "pending"), (X[1], "pending"), (X[2], "pending")),
)

# 4
case(
    name="x-reply-to-reminder-two-done-rest-open",
    date="Wed, 11 Sep 2024 05:30:12 +0000",
    **{"from": "gov-affairs@x.com"},
    name_from="Daniel R. (X)",
    subject="Re: Reminder: KCSC-240902-01 - 12 items past the deadline",
    body=f"""Hi KCSC team,

Sorry for the delay on this one, the ticket had landed in the wrong queue.

Update as of today: {X[6]} and
{X[7]} have been withheld in Korea.

We're still working through the rest and will come back to you on this
thread.

Best,
Daniel

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(["Reminder: the deadline for request KCSC-240902-01 passed on 9 September.",
         "The following items are still pending:", ""] + X + ["", "KCSC Takedown"])}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted staff answer to a regulator's reminder, reminder quoted with '>'",
    why="two posts stated withheld in Korea above the quote; the other ten appear only in our quoted reminder",
    items={**pend(X), X[6]: "restricted", X[7]: "restricted"},
)

# 5
rows5 = [
    (X[8], "No violation found &ndash; no action taken"),
    (X[9], "Withheld in KR"),
    (X[10], "Removed (violation of the X Rules)"),
    (X[11], "Not available &ndash; deleted by the account holder before our review"),
]
case(
    name="x-html-table-outcomes",
    date="Fri, 13 Sep 2024 08:12:40 +0000",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[X Support] Update on request #4410921 (KCSC-240902-01)",
    reply_to_req=msgid("KCSC-240902-01"),
    type="html",
    body="<html><body>\n<p>Hello,</p>\n<p>Please see below the outcome for the last four URLs of ticket #4410921 (your reference KCSC-240902-01).</p>\n"
    "<table border=\"1\" cellpadding=\"4\">\n<tr><th>Reported URL</th><th>Outcome</th></tr>\n"
    + "".join(f"<tr><td><a href=\"{u}\">{u}</a></td><td>{o}</td></tr>\n" for u, o in rows5)
    + "</table>\n<p>Kind regards,<br>X Global Government Affairs</p>\n"
    "<p style=\"color:#999\">This email is a service from X Support.</p>\n</body></html>",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk/Zendesk HTML agent reply with a URL/outcome table",
    why="one row per URL: no violation, withheld in KR, removed, deleted by its author",
    items=items((X[8], "rejected"), (X[9], "restricted"), (X[10], "removed"), (X[11], "not_found")),
)

# 6
csv6 = [
    ("reported_url", "action", "scope"),
    (X[0], "Withheld", "KR"),
    (X[1], "Withheld", "KR"),
    (X[2], "Removed", "Global"),
    (X[3], "Removed", "Global"),
    (X[4], "Removed", "Global"),
    (X[5], "Account suspended", "Global"),
    (X[6], "No action - no violation", ""),
    (X[7], "Withheld", "KR"),
    (X[8], "Not found", ""),
    (X[9], "Withheld", "KR"),
    (X[10], "Removed", "Global"),
    (X[11], "No action - no violation", ""),
]
csv6_bytes = ("\r\n".join(",".join(r) for r in csv6) + "\r\n").encode("utf-8")
case(
    name="x-csv-attachment-all-twelve",
    date="Mon, 16 Sep 2024 06:02:18 +0000",
    **{"from": "gov-affairs@x.com"},
    name_from="X Global Government Affairs",
    subject="KCSC-240902-01 - outcome per URL (ticket #4410921)",
    reply_to_req=msgid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_b842_x6"

--=_b842_x6
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the outcome for every URL in your request KCSC-240902-01
(our ticket #4410921). "Withheld / KR" means the post cannot be seen
from South Korea; "Removed / Global" means it is gone everywhere.

The ticket is now closed.

X Global Government Affairs

--=_b842_x6
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv6_bytes)}
--=_b842_x6--
""",
    outcome="applied", classification="confirmation",
    imitates="case-closing reply with a per-URL outcome spreadsheet attached (CSV, base64)",
    why="CSV gives an action for each of the 12 URLs; the body explains withheld/KR and removed/global",
    items=items((X[0], "restricted"), (X[1], "restricted"), (X[2], "removed"), (X[3], "removed"),
                (X[4], "removed"), (X[5], "removed"), (X[6], "rejected"), (X[7], "restricted"),
                (X[8], "not_found"), (X[9], "restricted"), (X[10], "removed"), (X[11], "rejected")),
)

# 7
case(
    name="x-promise-after-legal-signoff",
    date="Wed, 04 Sep 2024 09:20:00 +0000",
    **{"from": "gov-affairs@x.com"},
    name_from="Daniel R. (X)",
    subject="Re: KCSC-240902-01 Request to remove illegal content (12 URLs)",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""Hello,

Thanks for following up. Our team has confirmed the reports concerning
{X[0]},
{X[1]} and
{X[2]}
and these will be withheld in Korea once the legal review is signed off,
which we expect by the end of the week.

We'll confirm on this ticket when that has happened.

Daniel
""",
    outcome="review", review="not_understood",
    imitates="agent reply in the ticket promising action pending internal legal sign-off",
    why="'will be withheld once ... signed off' is a promise with a condition, not a statement",
    items=pend(X[:3]),
)

# 8
case(
    name="x-solved-all-withheld-no-urls",
    date="Tue, 10 Sep 2024 03:44:27 +0000",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[X Support] Request #4410921 solved: KCSC-240902-01",
    reply_to_req=msgid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_TOP}

Your request (#4410921) has been solved. To reopen it, reply to this email.

Hello,

We have completed our review of your report. All of the reported posts
and the account in your request have been withheld in South Korea.

Learn more about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Global Government Affairs

----------------------------------------------
{ZD_FOOT.format("X Support")}
""",
    outcome="review", review="bulk",
    imitates="Zendesk solved notification with a one-sentence blanket outcome",
    why="one sentence about all 12 items without naming any: bulk; the help-centre link is not an item",
)

# 9
case(
    name="x-auth-fail-removed",
    date="Thu, 12 Sep 2024 11:03:00 +0000",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    auth="fail",
    subject="Re: KCSC-240902-01 Request to remove illegal content (12 URLs)",
    body=f"""Hello,

Regarding ticket #4410921: the following content has been removed.

{X[0]}
{X[4]}

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="short legal-desk reply, but DKIM/SPF/DMARC fail for x.com",
    why="the statements would apply, but the sender fails authentication",
    items=pend([X[0], X[4]]),
)

# 10
case(
    name="x-outlook-original-message-below",
    date="Thu, 12 Sep 2024 14:21:09 +0900",
    **{"from": "minji.kang@x.com"},
    name_from="Minji Kang",
    subject="RE: KCSC-240902-01 Request to remove illegal content (12 URLs)",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""Hello,

The post at {X[10]} has been removed.

The other post by the same account,
{X[11]}, stays up: we reviewed
it and it does not break our rules or Korean law.

Best regards,
Minji Kang | Public Policy, X Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240902-01 Request to remove illegal content (12 URLs)

""" + "\n".join(REQ1_BODY) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the unquoted '-----Original Message-----' request",
    why="two statements above the original message; the twelve URLs below it are our own request",
    items={**pend(X), X[10]: "removed", X[11]: "rejected"},
)

# 11
case(
    name="x-jira-comment-angle-brackets",
    date="Fri, 13 Sep 2024 01:15:33 +0000",
    **{"from": "legalops@x.com"},
    name_from="X Legal Ops",
    subject="[JIRA] (LGL-8841) KCSC-240902-01 Request to remove illegal content (12 URLs)",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""—-—-—-—-—-—-—
Reply above this line.

Hana Lee commented:

Hi, the two posts below were reviewed by our team today.

<{X[10]}>: removed for
breaking our rules on non-consensual nudity.
<{X[11]}>: withheld in South
Korea in response to your legal demand.

View request · Turn off this request's notifications

This is shared with KCSC Takedown.

Powered by Jira Service Management, sent by X Legal Ops
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'commented' customer notification",
    why="each URL in angle brackets followed by its own outcome: removed, withheld in KR",
    items=items((X[10], "removed"), (X[11], "restricted")),
)

# 37 (kept with X)
case(
    name="x-gmail-inline-answers",
    date="Fri, 06 Sep 2024 04:40:00 +0000",
    **{"from": "mina.s@x.com"},
    name_from="Mina S.",
    subject="Re: KCSC-240902-01 Request to remove illegal content (12 URLs)",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""Hi,

Answers inline below.

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Request KCSC-240902-01
>
> 1. {X[0]}

Removed.

> 2. {X[1]}

Reviewed; we found no violation of the X Rules or Korean law, so this
post stays up.

> 3. {X[2]}

Still with the legal team, we'll revert.

> [items 4-12 trimmed]

Thanks,
Mina
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply with answers written inline between quoted lines of the request",
    why="unquoted answers directly under each quoted URL: 1 removed, 2 stays up (no violation), 3 still open",
    items=items((X[0], "removed"), (X[1], "rejected"), (X[2], "pending")),
)

# 12 -------------------------------------------------------------- Discord
case(
    name="discord-ticket-receipt",
    date="Tue, 03 Sep 2024 02:03:10 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: KCSC-240903-02 Removal request (4 items)",
    reply_to_req=msgid("KCSC-240903-02"),
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated"],
    body=f"""{ZD_TOP}

Hello,

Thanks for reaching out to Discord Trust & Safety. This is an automated
message to let you know that we have received your request. Your ticket
number is #2291834.

Our team handles reports in the order they arrive. Please do not send
duplicate reports about the same content, as that can slow our response.

Discord Trust & Safety
https://discord.com/safety

{ZD_FOOT.format("Discord")}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord/Zendesk automated ticket-created receipt",
    why="receipt with a ticket number and nothing about any item",
)

# 13
case(
    name="discord-solved-each-link",
    date="Thu, 05 Sep 2024 19:22:45 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Ticket #2291834 solved: KCSC-240903-02 Removal request (4 items)",
    reply_to_req=msgid("KCSC-240903-02"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_TOP}

Ravi (Discord Trust & Safety)
Sep 5, 2024, 19:22 UTC

Hi there,

Thanks for your patience while our Safety team looked into this ticket.
Here is what we did with each link you sent:

1. {D[0]} - message deleted
2. {D[1]} - message deleted
3. {D[2]} - the server this invite pointed to has been removed from Discord
4. {D[3]} - this invite is invalid or has expired, and we could not match it to any server

If you come across more of this material, you can file a new request at
https://support.discord.com/hc/en-us/requests/new

Best,
Ravi

{ZD_FOOT.format("Discord")}
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety solved-ticket reply, numbered per link",
    why="each of the four links has its own outcome: two deleted, server removed, invite invalid",
    items=items((D[0], "removed"), (D[1], "removed"), (D[2], "removed"), (D[3], "not_found")),
)

# 14
case(
    name="discord-zendesk-subdomain-sender",
    date="Fri, 06 Sep 2024 03:10:00 +0000",
    **{"from": "support@discordsafety.zendesk.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Ticket #2291834 updated: KCSC-240903-02",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_TOP}

Your ticket #2291834 has been updated.

Hi,

We've removed the two messages you reported:
{D[0]}
{D[1]}

Discord Trust & Safety

{ZD_FOOT.format("Discord")}
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from the vendor's default subdomain instead of the platform's domain",
    why="authenticated only for zendesk.com, which is no platform's sender domain",
    items=pend(D[:2]),
)

# 15
case(
    name="discord-asks-for-server-id",
    date="Wed, 04 Sep 2024 07:31:02 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: KCSC-240903-02 Removal request (4 items)",
    reply_to_req=msgid("KCSC-240903-02"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_TOP}

Hi,

Thanks for your report (ticket #2291834). Before we can act on
{D[3]} we need a bit more information. Invite links
change often, so please send us the server ID or a message link from
inside the server, and tell us roughly when the invite was captured.

You can reply straight to this email with those details; the ticket is
set to "Pending" until we hear back from you.

Discord Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk agent reply setting the ticket to Pending and asking the requester for details",
    why="asks us for the server ID before acting on the invite; nothing decided",
    items=pend([D[3]]),
)

# 16
case(
    name="discord-partial-update",
    date="Sat, 07 Sep 2024 10:05:30 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: KCSC-240903-02 Removal request (4 items)",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""Quick update on ticket #2291834 (KCSC-240903-02):

- The server behind {D[2]} has been shut down for
  violating our Community Guidelines.
- {D[3]}: our team is still investigating and we will
  follow up on this ticket.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="partial agent update in the ticket thread",
    why="one server shut down (removed); the other invite is explicitly still being investigated",
    items=items((D[2], "removed"), (D[3], "pending")),
)

# 17
case(
    name="discord-satisfaction-survey",
    date="Mon, 09 Sep 2024 19:30:00 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    subject="How did we do? Tell us about your support experience",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""Hello,

Your request #2291834 was recently marked as solved. We'd love to hear
how it went.

How would you rate the support you received?

Good, I'm satisfied:
https://support.discord.com/hc/requests/2291834/satisfaction/good?token=f3Q9wLm2
Bad, I'm unsatisfied:
https://support.discord.com/hc/requests/2291834/satisfaction/bad?token=f3Q9wLm2

Thanks,
Discord
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey sent after a ticket is solved",
    why="trusted Discord mail naming no requested item and none of our references; survey links are not items",
)

# 38
html38 = f"""<html><body>
<p>Hi KCSC team,</p>
<p>Following up on your report <b>KCSC-240903-02</b>:</p>
<ul>
<li>The message at <a href="{D[0]}">{D[0]}</a> has been deleted and the author's account has been disabled.</li>
<li><a href="{D[1]}">{D[1]}</a> &ndash; deleted.</li>
<li>Invite <a href="{D[3]}">discord.gg/Qm7rTz2K</a> &ndash; the server it led to has been removed.</li>
</ul>
<p>Thanks,<br>Sam<br>Discord Safety</p>
<p style="font-size:11px;color:#888">Conversation #88213 &middot; Reply to this email to continue the conversation.</p>
</body></html>
"""
case(
    name="discord-helpscout-base64-html",
    date="Tue, 10 Sep 2024 16:48:00 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Safety",
    subject="Re: KCSC-240903-02 Removal request (4 items) [#88213]",
    reply_to_req=msgid("KCSC-240903-02"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html38.encode("utf-8"))}""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style conversation reply, HTML body in base64",
    why="three bullets: two messages deleted, the invite's server removed (link text without scheme, href full)",
    items=items((D[0], "removed"), (D[1], "removed"), (D[3], "removed")),
)

# 18 -------------------------------------------------------------- NAVER
case(
    name="naver-result-numbered-korean",
    date="Mon, 09 Sep 2024 16:10:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="[NAVER] KCSC-240905-03 시정요구 조치결과 회신",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

방송통신심의위원회의 시정요구(KCSC-240905-03)에 대한 조치 결과를
아래와 같이 알려드립니다.

1. {N[0]}
 - 조치 결과: 게시중단
2. {N[1]}
 - 조치 결과: 임시조치(30일)
3. {N3_RAW}
 - 조치 결과: 삭제

문의사항이 있으시면 본 메일로 회신해 주시기 바랍니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 회신, numbered list with 조치 결과 lines",
    why="게시중단 and 삭제 are removed, 임시조치 is restricted; the third URL is written with its raw Korean path",
    items=items((N[0], "removed"), (N[1], "restricted"), (N[2], "removed")),
)

# 19
case(
    name="naver-cs-receipt",
    date="Thu, 05 Sep 2024 14:02:11 +0900",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의 접수 안내 - KCSC-240905-03",
    reply_to_req=msgid("KCSC-240905-03"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

- 접수번호: 240905-0031877
- 접수일시: 2024-09-05 14:02

담당자 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 안내 (자동 발송)",
    why="automatic receipt with a 접수번호; no item is spoken about",
)

# 20
case(
    name="naver-url-then-arrow-status",
    date="Tue, 10 Sep 2024 11:45:00 +0900",
    **{"from": "cafe-ops@navercorp.com"},
    name_from="네이버 카페 운영팀",
    subject="RE: KCSC-240905-03 처리 결과",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""KCSC-240905-03 건 처리 결과 안내드립니다.

{N[1]}
→ 블라인드 처리 완료

{N[0]}은 작성자가 이미 삭제하여 게시물이 존재하지 않습니다.

{N3_RAW} 게시물은 내부 검토 결과 운영정책 위반 사항이 확인되지 않아
게시 유지되었습니다.

네이버 카페 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal operations reply: bare URL with an arrow status below, a particle glued to a URL",
    why="블라인드 = removed; deleted by its author = not_found; 위반 없음·게시 유지 = rejected",
    items=items((N[1], "removed"), (N[0], "not_found"), (N[2], "rejected")),
)

# 21
case(
    name="naver-appears-deleted-hedge",
    date="Fri, 06 Sep 2024 17:20:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="RE: KCSC-240905-03 시정요구",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""KCSC-240905-03 관련 1차 회신드립니다.

{N[0]} 게시물은 현재 확인 시 이미 삭제된 것으로
보이나, 삭제 주체와 시점은 카페 운영 부서에 확인 중입니다.

나머지 2건은 검토가 완료되는 대로 안내드리겠습니다.

네이버 정책지원팀
""",
    outcome="review", review="not_understood",
    imitates="first interim answer from a Korean portal's policy desk",
    why="'이미 삭제된 것으로 보이나 ... 확인 중' is a hedge; the other two are promised later",
    items=pend([N[0]]),
)

# 22
case(
    name="naver-forwarded-from-ops-team",
    date="Mon, 09 Sep 2024 15:40:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="Fwd: [카페운영] KCSC-240905-03 처리 결과",
    body=f"""안녕하세요. 카페 운영팀 회신 내용 전달드립니다.

---------- Forwarded message ---------
보낸사람: 카페운영팀 <cafe-ops@navercorp.com>
Date: 2024년 9월 9일 (월) 오후 3:12
Subject: [카페운영] KCSC-240905-03 처리 결과
To: 정책지원 <policy@navercorp.com>

{N[0]} 게시중단 처리 완료했습니다.
""",
    outcome="review", review="forwarded",
    imitates="Gmail-style forward of an internal team's answer by the platform's policy desk",
    why="the only statement sits inside a forwarded message; a clerk checks it before recording",
    items=pend([N[0]]),
)

# 40
html40 = f"""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>요청번호 <b>KCSC-240905-03</b>의 조치 결과는 아래 표와 같습니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td><a href="{N[0]}">{N[0]}</a></td><td>비공개 처리</td></tr>
<tr><td>2</td><td><a href="{N[1]}">{N[1]}</a></td><td>접근 제한(국내)</td></tr>
<tr><td>3</td><td><a href="{N3}">{N3_RAW}</a></td><td>위반 아님 (게시 유지)</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="naver-html-table-quoted-printable",
    date="Wed, 11 Sep 2024 10:05:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="[NAVER] KCSC-240905-03 조치결과 (표)",
    reply_to_req=msgid("KCSC-240905-03"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html40)}""",
    outcome="applied", classification="confirmation",
    imitates="KCSC-style 조치결과 HTML table from a Korean portal, quoted-printable",
    why="비공개 처리 = removed, 접근 제한(국내) = restricted, 위반 아님 = rejected",
    items=items((N[0], "removed"), (N[1], "restricted"), (N[2], "rejected")),
)

# 33
case(
    name="naver-answers-about-daum-url",
    date="Fri, 13 Sep 2024 15:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="RE: [독촉] KCSC-240912-07 시정요구 이행 요청",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

문의하신 {C[0]} 은 확인 결과 존재하지 않는 게시물입니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal policy desk answering a reminder that reached it by mistake",
    why="NAVER states 'does not exist' about a Daum (Kakao) cafe post it does not host",
    items=pend([C[0]]),
)

# 23 -------------------------------------------------------------- Telegram
case(
    name="tg-channel-blocked-post-with-it",
    date="Sat, 07 Sep 2024 12:14:00 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: KCSC-240906-04 Request to remove illegal content",
    reply_to_req=msgid("KCSC-240906-04"),
    body=f"""Hello,

Thank you for your report regarding KCSC-240906-04.

The channel {T[4]} has been blocked for violating the Telegram
Terms of Service and can no longer be viewed by anyone. The post
{T[3]} is therefore no longer accessible either.

Best regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply about a blocked channel",
    why="channel blocked globally, its named post no longer accessible: both removed",
    items=items((T[4], "removed"), (T[3], "removed")),
)

# 24
case(
    name="tg-case-numbered-schemeless",
    date="Sun, 08 Sep 2024 09:02:00 +0000",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    subject="Case #4471290 - KCSC-240906-04",
    reply_to_req=msgid("KCSC-240906-04"),
    body="""Case #4471290

Dear KCSC,

We have taken the following actions:

1) t.me/hollow_reel/211 - removed
2) t.me/hollow_reel/214 - removed
3) t.me/hollow_reel/230 - we were unable to find this message; it may have
   been deleted by the channel owner before our review.

Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk reply with a case number and schemeless t.me links",
    why="two removed; the third 'unable to find' is firm (the 'may have been' is only about why)",
    items=items((T[0], "removed"), (T[1], "removed"), (T[2], "not_found")),
)

# 25
case(
    name="tg-out-of-office",
    date="Fri, 06 Sep 2024 00:31:00 +0000",
    **{"from": "k.volkov@telegram.org"},
    name_from="Konstantin Volkov",
    subject="Automatic reply: KCSC-240906-04 Request to remove illegal content",
    reply_to_req=msgid("KCSC-240906-04"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""Hello,

I am out of the office until 23 September with limited access to email.
For abuse and legal requests please write to dsa@telegram.org.

Konstantin
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
)

# 26
case(
    name="tg-reminder-reply-all-remaining",
    date="Sat, 14 Sep 2024 08:50:00 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: Reminder: KCSC-240906-04 - 5 items pending",
    body=f"""Hi,

All the remaining links from KCSC-240906-04 have been taken down.

Regards,
Telegram Abuse Team

On 13.09.2024 10:00, KCSC Takedown wrote:
{quoted(["Reminder: the following items of request KCSC-240906-04 are still pending", "after the deadline of 13 September:", ""] + T)}
""",
    outcome="review", review="bulk",
    imitates="one-line answer to a reminder, reminder quoted below",
    why="'all the remaining links' covers five items without naming them outside the quote: bulk",
    items=pend(T),
)

# 27
case(
    name="tg-restricted-kr-and-no-violation",
    date="Tue, 10 Sep 2024 13:30:00 +0000",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    subject="Case #4471290 - KCSC-240906-04 (update)",
    reply_to_req=msgid("KCSC-240906-04"),
    body=f"""Case #4471290

{T[2]} - access to this message has been restricted for users in
the Republic of Korea.

{T[0]} - after review we found no violation of the Telegram Terms
of Service; the message remains available.

Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram case update: one geo-restriction, one refusal",
    why="restricted in Korea; no violation, remains available = rejected",
    items=items((T[2], "restricted"), (T[0], "rejected")),
)

# 39
case(
    name="tg-statement-then-url-below",
    date="Wed, 11 Sep 2024 07:12:00 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: KCSC-240906-04 Request to remove illegal content",
    reply_to_req=msgid("KCSC-240906-04"),
    body=f"""Hello,

The following message has been removed:
{T[1]}

We could not find a public channel or group with this username:
{T[4]}

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse reply with each statement above its URL",
    why="statement line ending in ':' then the URL: removed; could not find = not_found",
    items=items((T[1], "removed"), (T[4], "not_found")),
)

# 44
case(
    name="tg-conditional-will-block",
    date="Mon, 09 Sep 2024 06:00:00 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: KCSC-240906-04 Request to remove illegal content",
    reply_to_req=msgid("KCSC-240906-04"),
    body=f"""Hello,

We have your report about {T[4]} and its post
{T[3]} (KCSC-240906-04).

If our moderators confirm that the channel distributes illegal content, it
will be blocked and the reported post will no longer be available.
Decisions of this kind normally take 3-5 working days.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse reply describing the next step under a condition",
    why="'if ... confirm, it will be blocked' is a conditional promise naming both items",
    items=pend([T[4], T[3]]),
)

# 28 -------------------------------------------------------------- YouTube
case(
    name="yt-legal-blocked-kr-and-removed",
    date="Wed, 11 Sep 2024 05:25:00 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [7-5093000040921] KCSC-240909-05 Request to remove illegal content",
    reply_to_req=msgid("KCSC-240909-05"),
    body=f"""Hello,

Thanks for reaching out to us.

Following our review of your request (KCSC-240909-05), we have blocked
the following content from view on YouTube in South Korea, based on
local law:
{Y[0]}

In addition, the following content was removed from YouTube globally for
violating our Community Guidelines:
{Y[1]}

For more information about our policies, visit
https://support.google.com/youtube/answer/2801999

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome (local block / global removal), case-number subject",
    why="one video blocked in KR (restricted), one removed globally; the support link is not an item",
    items=items((Y[0], "restricted"), (Y[1], "removed")),
)

# 29
text29 = f"""Hello,

Thank you for your patience.

After review, {Y[0]} has been removed from
YouTube globally because it violates our Community Guidelines.

We carefully reviewed {Y[1]} as well but did not find
a violation of our policies or of local law, so it remains available on
YouTube.

Regards,
The YouTube Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""
case(
    name="yt-qp-removed-and-kept",
    date="Fri, 13 Sep 2024 02:44:00 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [7-5093000040921] KCSC-240909-05 Request to remove illegal content",
    reply_to_req=msgid("KCSC-240909-05"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(text29)}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply in quoted-printable (watch?v= becomes =3D)",
    why="one removed globally, one kept after review (no violation): rejected",
    items=items((Y[0], "removed"), (Y[1], "rejected")),
)

# 30
dsn_text = f"""** Address not found **

Your message wasn't delivered to legal-kr@google.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
"""
orig30 = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: Reminder: KCSC-240909-05 - 2 items pending
Date: Tue, 17 Sep 2024 10:00:00 +0900
Message-ID: <reminder-240909-05-1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Reminder: the following items of request KCSC-240909-05 are still
pending after the deadline of 16 September:

{Y[0]}
{Y[1]}

KCSC Takedown
"""
case(
    name="yt-dsn-reminder-bounced",
    date="Tue, 17 Sep 2024 01:00:07 +0000",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_b842_dsn"

--=_b842_dsn
Content-Type: text/plain; charset=utf-8

{dsn_text}
--=_b842_dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 17 Sep 2024 01:00:03 +0000

Final-Recipient: rfc822; legal-kr@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--=_b842_dsn
Content-Type: message/rfc822

{orig30}
--=_b842_dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Delivery Status Notification (Failure)' with the original reminder attached",
    why="DSN for our reminder; the URLs are in our own returned message",
    items=pend(Y),
)

# 31
case(
    name="yt-mdn-displayed",
    date="Mon, 09 Sep 2024 05:31:00 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="Legal KR",
    subject="Read: KCSC-240909-05 Request to remove illegal content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_b842_mdn"

--=_b842_mdn
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal-kr@google.com at
9/9/2024 10:00 AM.

This receipt verifies that the message has been displayed on the
recipient's computer at 9/9/2024 2:31 PM.

--=_b842_mdn
Content-Type: message/disposition-notification

Reporting-UA: legal-kr@google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req-240909-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_b842_mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, disposition 'displayed')",
    why="read receipt only",
)

# 41
case(
    name="yt-age-restricted-other-ongoing",
    date="Thu, 12 Sep 2024 08:10:00 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [7-5093000040921] KCSC-240909-05 Request to remove illegal content",
    reply_to_req=msgid("KCSC-240909-05"),
    body=f"""Hello,

We're writing with an update on your request.

The following video has been age-restricted; it can now only be viewed by
signed-in users who are 18 or older:
{Y[1]}

Our review of {Y[0]} is ongoing. We will send you a
separate message once it has been completed.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube interim update: one age restriction, one review ongoing",
    why="age-restricted = restricted; the other is explicitly still under review",
    items=items((Y[1], "restricted"), (Y[0], "pending")),
)

# 32 -------------------------------------------------------------- TikTok
case(
    name="tiktok-sole-video-removed",
    date="Wed, 11 Sep 2024 09:15:00 +0000",
    **{"from": "safety-kr@tiktok.com"},
    name_from="TikTok Online Safety",
    subject="Re: KCSC-240910-06 Request to remove a video",
    reply_to_req=msgid("KCSC-240910-06"),
    body="""Hello,

Thank you for your report. We've reviewed the video you reported and
removed it for violating our Community Guidelines. The account that
posted it has also received a strike.

TikTok Online Safety Team
https://www.tiktok.com/community-guidelines
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome reply that does not repeat the URL",
    why="one-item request; 'the video you reported ... removed' is its only statement",
    items=items((K[0], "removed")),
)

# 43
case(
    name="tiktok-receipt-plus-restriction",
    date="Thu, 12 Sep 2024 03:40:00 +0000",
    **{"from": "safety-kr@tiktok.com"},
    name_from="TikTok Online Safety",
    subject="Your report KCSC-240910-06 (Ticket 77193402)",
    reply_to_req=msgid("KCSC-240910-06"),
    body=f"""Hello,

We have received your report (Ticket 77193402).

After review, the video {K[0]} has been
restricted in South Korea under local law. It remains available in other
regions.

TikTok Online Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system message that opens like a receipt but carries the outcome",
    why="receipt phrase plus an unhedged statement: restricted in KR",
    items=items((K[0], "restricted")),
)

# 34 -------------------------------------------------------------- Kakao
case(
    name="kakao-text-table-korean",
    date="Fri, 13 Sep 2024 17:30:00 +0900",
    **{"from": "report@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="[카카오] KCSC-240912-07 시정요구 처리 결과 안내",
    reply_to_req=msgid("KCSC-240912-07"),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.
요청번호 KCSC-240912-07 에 대한 처리 결과를 안내드립니다.

번호  URL                                          처리결과
----  -------------------------------------------  ------------------------
1     {C[0]}   삭제
2     {C[1]}   임시조치
3     {C[2]}           게시 유지 (위반 사항 없음)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 시정요구 처리 결과 plain-text table",
    why="삭제 = removed, 임시조치 = restricted, 게시 유지(위반 없음) = rejected",
    items=items((C[0], "removed"), (C[1], "restricted"), (C[2], "rejected")),
)

# 35
case(
    name="kakao-freshdesk-resolved-korean",
    date="Sat, 14 Sep 2024 16:20:00 +0900",
    **{"from": "support@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[티켓 #58812] 상태 변경: 해결됨 - KCSC-240912-07",
    reply_to_req=msgid("KCSC-240912-07"),
    extra_headers=["X-Mailer: Freshdesk"],
    body=f"""티켓 #58812 의 상태가 '해결됨'으로 변경되었습니다.

담당자 답변 (2024-09-14 16:20):

안녕하세요, 브런치 운영팀입니다.
신고하신 글 {C[2]} 은 비공개 처리하였습니다.
함께 요청하신 {C[0]} 은 작성자가 이미 삭제한 글로 확인되었습니다.

이 티켓에 대해 추가 문의가 있으시면 이 메일에 회신해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket status changed to Resolved' notification with the agent's answer, Korean",
    why="비공개 처리 = removed; already deleted by its author = not_found",
    items=items((C[2], "removed"), (C[0], "not_found")),
)

# 36
case(
    name="kakao-lookalike-domain",
    date="Sun, 15 Sep 2024 09:00:00 +0900",
    **{"from": "notice@kakaocorp-support.com"},
    name_from="Kakao 고객센터",
    subject="KCSC-240912-07 처리 완료 안내",
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 KCSC-240912-07 건 중 아래 게시물은 삭제 완료되었습니다.

{C[0]}
{C[1]}

감사합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="result notice sent from a lookalike domain that is not Kakao's",
    why="kakaocorp-support.com is no platform's sender domain",
    items=pend(C[:2]),
)

# 42
case(
    name="kakao-followup-missed-item",
    date="Mon, 16 Sep 2024 10:10:00 +0900",
    **{"from": "cafe-ops@kakaocorp.com"},
    name_from="다음카페 운영팀",
    subject="Re: [티켓 #58812] KCSC-240912-07 추가 안내",
    reply_to_req=msgid("KCSC-240912-07"),
    body=f"""안녕하세요. 지난 회신에서 누락된 건이 있어 추가로 안내드립니다.

{C[1]} 게시물은 블라인드 처리되었습니다.

감사합니다.
다음카페 운영팀

2024년 9월 14일 (토) 오후 4:20, 다음카페 운영팀 <cafe-ops@kakaocorp.com>님이 작성:
{quoted(["안녕하세요, 다음카페 운영팀입니다.", f"{C[0]} 게시물은 삭제 처리되었습니다."])}
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up in the same thread adding a missed item, earlier answer quoted (Korean Gmail header)",
    why="new text: 블라인드 = removed; the quoted earlier answer about the other post changes nothing",
    items=items((C[1], "removed"), (C[0], "pending")),
)

HEADER = """# Blind set blind842 (ticket systems and threads): written from each
# email's meaning before any run of the reader. Generated by make.py."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(len(cases), "cases")
