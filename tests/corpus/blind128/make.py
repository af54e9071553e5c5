#!/usr/bin/env python3
"""Blind set 128: ticket systems and threads.

Zendesk/Freshdesk/Jira-style receipts and results, solved tickets, follow-ups
in the same thread, replies to our reminders, partial answers and forwarded
mail, from X, Discord, NAVER, Kakao, Telegram and YouTube. Every email is
fictional and written in our own sentences; the expected results were written
from each email's meaning before the reader was ever run on them.

    python3 tests/corpus/blind128/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

X = [
    "https://x.com/lucky_spin_kr/status/1832011450017720321",
    "https://x.com/lucky_spin_kr/status/1832011450017720398",
    "https://x.com/bet_hanbit77/status/1831987720045056011",
    "https://x.com/bet_hanbit77/status/1831990114455502850",
    "https://x.com/moonlit_odds/status/1832140098712209420",
    "https://x.com/moonlit_odds/status/1832150276610056193",
    "https://x.com/slot_garden_09/status/1831875530117042177",
    "https://x.com/slot_garden_09/status/1831899912003387406",
    "https://x.com/toto_nightowl/status/1832260041557811234",
    "https://x.com/toto_nightowl/status/1832265518870073390",
    "https://x.com/casino_breeze3/status/1832301229941665801",
    "https://x.com/casino_breeze3/status/1832309987016640512",
]
D = [
    "https://discord.gg/q7RtVb2m",
    "https://discord.com/channels/1170423399861032960/1170423400616006711/1282214470930759721",
    "https://discord.com/channels/1170423399861032960/1170423400616006711/1282219045181325402",
    "https://discord.gg/NightMarket24",
]
D1 = "https://discord.gg/ZeroLagVIP"
CAFE_RAW = "https://cafe.naver.com/비밀장터/88214"
CAFE = "https://cafe.naver.com/" + urllib.parse.quote("비밀장터") + "/88214"
N = [
    "https://blog.naver.com/dawn_pharm22/223571190482",
    CAFE,
    "https://blog.naver.com/softrain_k/223580016733",
]
K = [
    "https://cafe.daum.net/goldtrade77/Rk3w/1502",
    "https://cafe.daum.net/goldtrade77/Rk3w/1519",
    "https://gamdoc-note.tistory.com/412",
    "https://gamdoc-note.tistory.com/415",
    "https://pf.kakao.com/_xkQvTb/104527780",
]
T = ["https://t.me/seoul_ice_drop/4471", "https://t.me/seoul_ice_drop/4489"]
Y = "https://www.youtube.com/watch?v=Qm7tK2xLp9A"

REQUESTS = [
    ("KCSC-240909-01", "x", "2024-09-09T10:30:00+09:00", "2024-09-16T18:00:00+09:00", X,
     "gambling", "promotion of unlicensed online casinos"),
    ("KCSC-240910-02", "discord", "2024-09-10T09:15:00+09:00", "2024-09-17T18:00:00+09:00", D,
     "drugs", "servers and messages selling narcotics"),
    ("KCSC-240910-03", "naver", "2024-09-10T14:00:00+09:00", "2024-09-13T18:00:00+09:00", N,
     "drugs", "unlicensed sale of prescription medicines"),
    ("KCSC-240911-04", "kakao", "2024-09-11T11:20:00+09:00", "2024-09-18T18:00:00+09:00", K,
     "privacy", "exposure of personal information"),
    ("KCSC-240911-05", "telegram", "2024-09-11T16:40:00+09:00", "2024-09-18T18:00:00+09:00", T,
     "drugs", "drug delivery channel"),
    ("KCSC-240912-06", "youtube", "2024-09-12T10:05:00+09:00", "2024-09-19T18:00:00+09:00", [Y],
     "obscene", "sexual content"),
    ("KCSC-240912-07", "discord", "2024-09-12T15:30:00+09:00", "2024-09-19T18:00:00+09:00", [D1],
     "gambling", "gambling server invite"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, "req." + ref + "@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers

def b64(data):
    return base64.encodebytes(data.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(data):
    return quopri.encodestring(data.encode("utf-8")).decode("ascii").rstrip("\n")


def alternative(text, html, boundary, text_cte="8bit", html_cte="8bit"):
    def enc(s, cte):
        return {"8bit": s.strip("\n"), "quoted-printable": qp(s.strip("\n") + "\n"),
                "base64": b64(s.strip("\n") + "\n")}[cte]
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        f"Content-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: {text_cte}\n\n"
        f"{enc(text, text_cte)}\n"
        f"--{boundary}\n"
        f"Content-Type: text/html; charset=utf-8\n"
        f"Content-Transfer-Encoding: {html_cte}\n\n"
        f"{enc(html, html_cte)}\n"
        f"--{boundary}--\n"
    )


def single(body, cte, ctype="plain"):
    enc = qp(body.strip("\n") + "\n") if cte == "quoted-printable" else b64(body.strip("\n") + "\n")
    return (
        f"Content-Type: text/{ctype}; charset=utf-8\n"
        f"Content-Transfer-Encoding: {cte}\n\n"
        f"{enc}\n"
    )


def with_csv(text, csv_text, filename, boundary):
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        f"Content-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip(chr(10))}\n"
        f"--{boundary}\n"
        f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        f"Content-Transfer-Encoding: base64\n\n"
        f"{b64(csv_text)}\n"
        f"--{boundary}--\n"
    )


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def reminder(ref, urls, date):
    lines = "\n".join(urls)
    return (
        f"Dear colleagues,\n\n"
        f"Our request {ref} is past its deadline. The following items are still\n"
        f"recorded as pending on our side:\n\n{lines}\n\n"
        f"Please tell us the status of each item.\n\n"
        f"KCSC Takedown Desk\nKorea Communications Standards Commission"
    )


# ---------------------------------------------------------------- cases

C = []


def case(**kw):
    C.append(kw)


X_ZD_FOOTER = """--------------------------------
This email is a service from X Support. Delivered by Zendesk
[8YQ0R4-K2M1]"""

# 1 -------------------------------------------------------------------------
x_all = "\n".join(f"{i + 1}. {u}" for i, u in enumerate(X))
case(
    name="x-zendesk-solved-with-history",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Fri, 13 Sep 2024 18:41:07 +0900",
    subject="[X Support] Re: KCSC-240909-01 Removal request (gambling) - Request #08712236 solved",
    reply_to_req="req.KCSC-240909-01",
    body=f"""
##- Please type your reply above this line -##

Your request (08712236) has been solved. To reopen it, reply to this email.

Hanna (X Legal)

Sep 13, 2024, 09:41 UTC

Hello,

Thank you for your report. We reviewed the first group of posts in your
request and reached these decisions:

{X[0]}
Removed for violating the X Rules on illegal gambling promotion.

{X[1]}
Removed for violating the X Rules on illegal gambling promotion.

{X[2]}
Withheld in South Korea under local law.

{X[3]}
No action taken. We found that this post does not violate the X Rules or
Korean law, so it remains available.

The other posts are with a separate team, which will answer in a new ticket.

Regards,
Hanna
X Legal

KCSC Takedown

Sep 9, 2024, 01:30 UTC

Dear X Legal team,

Under the Act on Promotion of Information and Communications Network
Utilization, the Commission asks you to take down the following 12 posts,
which advertise unlicensed online casinos (our reference KCSC-240909-01):

{x_all}

Korea Communications Standards Commission

{X_ZD_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification with the ticket's comment history (agent reply above our own original request)",
    why="agent's comment gives one decision per URL; our own request in the history below gives none",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "rejected", X[4]: "pending"},
)

# 2 -------------------------------------------------------------------------
case(
    name="x-reply-to-reminder-gmail-quote",
    **{"from": "legal@x.com"}, name_from="Daniel at X Legal",
    date="Mon, 16 Sep 2024 19:12:44 +0900",
    subject="Re: Reminder: KCSC-240909-01 - 8 items still pending",
    body=f"""
Hi,

Following up on your reminder, here is an update on three more posts from
this request:

- {X[4]} has been removed.
- {X[5]} has been removed.
- {X[6]}: we could not find this post. The link returns "This post doesn't
  exist".

We'll be in touch about the others.

Daniel
X Legal

On Mon, 16 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(reminder("KCSC-240909-01", X[4:], ""))}
""",
    outcome="applied", classification="confirmation",
    imitates="Agent top-posting over the regulator's quoted reminder (Gmail 'On ... wrote:' quoting)",
    why="three bulleted statements above the quote; the quoted reminder lists the rest without any status",
    items={X[4]: "removed", X[5]: "removed", X[6]: "not_found", X[7]: "pending", X[11]: "pending"},
)

# 3 -------------------------------------------------------------------------
rows3 = [
    (X[7], "Withheld", "South Korea", "Content withheld in the country named"),
    (X[8], "Removed", "Global", "Illegal gambling promotion"),
    (X[9], "Removed", "Global", "Illegal gambling promotion"),
    (X[10], "No action", "-", "No violation of the X Rules or local law found"),
    (X[11], "Not found", "-", "The post does not exist"),
]
text3 = "Hello,\n\nHere are the outcomes for the remaining posts of your request KCSC-240909-01\n(ticket 08712251):\n\n" + "\n".join(
    f"{u}\n  Action: {a} ({r}) - {n}" for u, a, r, n in rows3) + "\n\nThis ticket is now solved.\n\nX Legal"
html3 = (
    "<html><body><p>Hello,</p><p>Here are the outcomes for the remaining posts of your request "
    "KCSC-240909-01 (ticket 08712251):</p>\n<table border=\"1\" cellpadding=\"4\">\n"
    "<tr><th>Post</th><th>Action</th><th>Region</th><th>Notes</th></tr>\n"
    + "\n".join(f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td><td>{r}</td><td>{n}</td></tr>' for u, a, r, n in rows3)
    + "\n</table>\n<p>This ticket is now solved.</p><p>X Legal</p></body></html>"
)
case(
    name="x-html-table-remaining",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 17 Sep 2024 11:03:51 +0900",
    subject="[Ticket 08712251] KCSC-240909-01 - outcome",
    raw_mime=alternative(text3, html3, "==x3alt=="),
    outcome="applied", classification="confirmation",
    imitates="Ticket outcome with an HTML table (post / action / region) and a plain-text alternative",
    why="one row per post: withheld in KR, two removed, no action (no violation), not found",
    items={X[7]: "restricted", X[8]: "removed", X[9]: "removed", X[10]: "rejected", X[11]: "not_found"},
)

# 4 -------------------------------------------------------------------------
dec4 = ["Removed", "Removed", "Withheld", "No action", "Removed", "Removed", "Not found",
        "Withheld", "Removed", "Removed", "No action", "Not found"]
note4 = {"Removed": "Violates X Rules (illegal gambling)", "Withheld": "Withheld in KR under local law",
         "No action": "Does not violate X Rules or local law", "Not found": "Post does not exist"}
csv4 = "reported_url,decision,country,notes\n" + "".join(
    f"{u},{d},{'KR' if d == 'Withheld' else ''},{note4[d]}\n" for u, d in zip(X, dec4))
case(
    name="x-csv-attachment-solved",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 18 Sep 2024 09:27:30 +0900",
    subject="Request 08712236 solved - KCSC-240909-01",
    raw_mime=with_csv("""
Hello,

Please find attached the outcome for each URL you reported under your
reference KCSC-240909-01. All twelve posts have now been reviewed and the
ticket is marked as solved.

If you believe a decision is wrong, you may reply to this email within 30
days.

X Legal
""", csv4, "KCSC-240909-01_outcome.csv", "----=_x4_mixed"),
    outcome="applied", classification="confirmation",
    imitates="Solved-ticket email with a per-URL CSV export attached",
    why="the CSV gives a decision for each of the 12 posts",
    items={u: {"Removed": "removed", "Withheld": "restricted", "No action": "rejected",
               "Not found": "not_found"}[d] for u, d in zip(X, dec4)},
)

# 5 -------------------------------------------------------------------------
case(
    name="x-partial-prose",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 16:20:05 +0900",
    subject="RE: KCSC-240909-01",
    reply_to_req="req.KCSC-240909-01",
    body=f"""
Hello,

A partial answer while our review continues. Of the posts in your list, we
removed {X[8]} yesterday. The post
{X[9]} has been restricted so that it
can no longer be viewed from Korea.

We are still reviewing the other posts and will write again.

Kind regards,
Min
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Agent's partial answer in prose within the same ticket thread",
    why="two URLs with unhedged past-tense actions; the rest is explicitly still under review",
    items={X[8]: "removed", X[9]: "restricted"},
)

# 6 -------------------------------------------------------------------------
case(
    name="x-echoed-report-blocks",
    **{"from": "noreply@x.com"}, name_from="X",
    date="Fri, 13 Sep 2024 22:05:16 +0900",
    subject="Update on your report (KCSC-240909-01)",
    body=f"""
We've reviewed your report.

Report ID: 1834471029953120256
Submitted: Sep 9, 2024
Reported by: Korea Communications Standards Commission
Reported content: {X[10]}
Reported for: Illegal gambling
Outcome: The post was removed for violating our rules.

Report ID: 1834471029953120257
Submitted: Sep 9, 2024
Reported by: Korea Communications Standards Commission
Reported content: {X[11]}
Reported for: Illegal gambling
Outcome: We reviewed this post and found that it doesn't violate our rules.
No action was taken.

Learn more about how we enforce our rules: https://help.x.com/en/rules-and-policies/enforcement-options

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome notice that echoes each reported item (report id, content, reason, outcome)",
    why="each echoed block ends with an outcome for its post; the help link is no item",
    items={X[10]: "removed", X[11]: "rejected"},
)

# 7 -------------------------------------------------------------------------
case(
    name="x-url-on-line-below",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 14:48:00 +0900",
    subject="Re: KCSC-240909-01 Removal request (gambling)",
    reply_to_req="req.KCSC-240909-01",
    body=f"""
Dear KCSC,

The following post has been withheld in South Korea in response to your
request:

<{X[0]}>

The following post was deleted by its author before we reviewed it, so
there was nothing left for us to act on:

<{X[1]}>

We will reply separately about the other posts.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Legal-desk reply with each statement followed by its URL in angle brackets on the line below",
    why="withheld in KR and already deleted by the author",
    items={X[0]: "restricted", X[1]: "not_found"},
)

# 8 -------------------------------------------------------------------------
case(
    name="x-bulk-all-actioned",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sat, 14 Sep 2024 10:12:09 +0900",
    subject="Re: KCSC-240909-01 Removal request (gambling) - solved",
    reply_to_req="req.KCSC-240909-01",
    body="""
Hello,

We have taken action on all of the content reported in your request
KCSC-240909-01. This ticket is now marked as solved.

Thank you for helping keep X safe.

X Legal
""",
    outcome="review", review="bulk",
    imitates="Zendesk-style one-line solve message covering a whole ticket",
    why="'all of the content' for a 12-item request, no post named",
    items={},
)

# 9 -------------------------------------------------------------------------
case(
    name="x-promise-within-24h",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 09:55:41 +0900",
    subject="Re: KCSC-240909-01",
    reply_to_req="req.KCSC-240909-01",
    body=f"""
Hi,

Thanks for your patience. Our team has confirmed that
{X[2]} and
{X[3]} violate our policies, and
they will be removed within the next 24 hours. We'll confirm once it's done.

Best,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="Agent's interim reply promising action",
    why="'will be removed' is a promise, not a statement that it happened",
    items={X[2]: "pending", X[3]: "pending"},
)

# 10 ------------------------------------------------------------------------
case(
    name="x-conflicting-table-and-note",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sun, 15 Sep 2024 13:30:22 +0900",
    subject="[Ticket 08712251] KCSC-240909-01 - outcome",
    body=f"""
Hello,

Outcome for the post below:

{X[5]} - Removed

Note from the reviewing agent: after a second look, {X[5]}
does not break the X Rules or Korean law, and it was left up.

X Legal
""",
    outcome="review", review="conflicting_statements",
    imitates="Ticket macro output contradicted by the agent's own free-text note",
    why="the same post is called removed and left up in one email",
    items={X[5]: "pending"},
)

# 11 ------------------------------------------------------------------------
case(
    name="x-freshdesk-vendor-domain",
    **{"from": "safety@xsupport-desk.freshdesk.com"}, name_from="X Safety Desk",
    date="Sat, 14 Sep 2024 08:02:37 +0900",
    subject="[#5521] Resolved: KCSC-240909-01",
    body=f"""
Hello,

Your ticket #5521 has been resolved.

Agent note:
{X[0]} - removed
{X[1]} - removed

If this does not answer your question, reply to this email to reopen the ticket.

X Safety Desk
Powered by Freshdesk
""",
    outcome="review", review="unknown_sender",
    imitates="Freshdesk 'ticket resolved' notification sent from a helpdesk subdomain, not X's own domain",
    why="freshdesk.com is no domain of X; statements from it cannot change X's items",
    items={X[0]: "pending", X[1]: "pending"},
)

# 12 ------------------------------------------------------------------------
case(
    name="x-zendesk-receipt",
    **{"from": "noreply@x.com"}, name_from="X Support",
    date="Mon, 09 Sep 2024 10:32:15 +0900",
    subject="[X Support] Request received: KCSC-240909-01 Removal request (gambling) [#08712236]",
    reply_to_req="req.KCSC-240909-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Thank you for contacting X. This automated message confirms that we have
received your request. Your request number is 08712236.

A member of our team will review it. Please do not open a new request for
the same matter; reply to this email if you want to add information.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk new-ticket autoreply",
    why="pure receipt: ticket number, no decision",
    items={},
)

# ---------------------------------------------------------------- Discord
D_FOOT = """Discord Trust & Safety
https://discord.com/safety

This email is a service from Discord. Delivered by Zendesk"""

# 13 ------------------------------------------------------------------------
case(
    name="discord-solved-four",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 04:17:50 +0900",
    subject="[Discord] Your ticket #31190827 has been solved - KCSC-240910-02",
    reply_to_req="req.KCSC-240910-02",
    body=f"""
##- Please type your reply above this line -##

Hi there,

Thanks for your report. We investigated everything you sent us:

The server reached through {D[0]} has been removed from
Discord and its owner's account disabled.

The two messages {D[1]}
and {D[2]}
have been deleted.

The invite {D[3]} is invalid: it does not lead to any
server, so there was nothing for us to action.

We're marking this ticket as solved.

Best,
Jordan
{D_FOOT}
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety solved-ticket reply (Zendesk)",
    why="server removed, two named messages deleted, one invite invalid",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

# 14 ------------------------------------------------------------------------
case(
    name="discord-thread-update-with-history",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 07:40:12 +0900",
    subject="[Discord] Re: Your ticket #31190827 - KCSC-240910-02",
    body=f"""
##- Please type your reply above this line -##

Jordan (Discord Trust & Safety)

Sep 11, 2024, 22:39 GMT

Hi again,

An update on your ticket: the message at
{D[1]} was deleted and its
author's account has been disabled. The message at
{D[2]} had already been deleted
by its author before we got to it.

We're still looking at the two servers and will update this ticket.

Jordan (Discord Trust & Safety)

Sep 10, 2024, 03:02 GMT

Hi there, thanks for reaching out. We've received your report and are
looking into it.

{D_FOOT}
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk public-comment notification showing the newest comment above older ones",
    why="newest comment: one message deleted, one already deleted by its author; servers still pending",
    items={D[1]: "removed", D[2]: "not_found"},
)

# 15 ------------------------------------------------------------------------
case(
    name="discord-refusal-and-removal",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 02:55:33 +0900",
    subject="[Discord] Re: Your ticket #31190827 - KCSC-240910-02",
    body=f"""
Hi,

Following our investigation of the two servers in your report:

We did not find a violation of our Community Guidelines on the server behind
{D[3]}, so we are not taking action on it. You can read our
guidelines at https://discord.com/guidelines.

We did remove the server at {D[0]}.

Best,
Priya
{D_FOOT}
""",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S follow-up with a refusal and an action in one reply",
    why="a reasoned refusal (no violation) and a removal; the guidelines link is no item",
    items={D[3]: "rejected", D[0]: "removed"},
)

# 16 ------------------------------------------------------------------------
case(
    name="discord-one-item-no-url",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 16 Sep 2024 11:21:08 +0900",
    subject="[Discord] Re: [Ticket #31204456] KCSC-240912-07 gambling server",
    reply_to_req="req.KCSC-240912-07",
    body=f"""
##- Please type your reply above this line -##

Hi there,

Thanks for your report. We've investigated and removed the server you
reported. This ticket is now marked as solved.

Cheers,
Sam
{D_FOOT}
""",
    outcome="applied", classification="confirmation",
    imitates="Discord solved-ticket reply that does not repeat the reported link",
    why="reply in the thread of a one-item request: 'removed the server you reported' applies to that item",
    items={D1: "removed"},
)

# 17 ------------------------------------------------------------------------
case(
    name="discord-hedge-may-have-been",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 06:10:45 +0900",
    subject="[Discord] Re: [Ticket #31204456] KCSC-240912-07 gambling server",
    body=f"""
Hi,

The invite {D1} may have been revoked by the server owner; we
are not able to confirm this from our side yet. We'll look into it further
and get back to you.

Sam
{D_FOOT}
""",
    outcome="review", review="not_understood",
    imitates="Agent's hedged interim reply",
    why="'may have been revoked ... not able to confirm' is a hedge, not a statement",
    items={D1: "pending"},
)

# 18 ------------------------------------------------------------------------
case(
    name="discord-pending-status",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 15:33:02 +0900",
    subject="[Discord] Ticket #31190827 status: Pending - KCSC-240910-02",
    body=f"""
Hi,

Your ticket is still open. Our team is investigating the reports about
{D[0]} and {D[3]}, and we'll update you
once a decision has been made.

Status: Pending

{D_FOOT}
""",
    outcome="review", review="not_understood",
    imitates="Helpdesk status notification ('Pending') naming the reported links",
    why="still being investigated: names items but states nothing about them",
    items={D[0]: "pending", D[3]: "pending"},
)

# 19 ------------------------------------------------------------------------
case(
    name="discord-out-of-office",
    **{"from": "m.olsen@discord.com"}, name_from="Marta Olsen",
    date="Tue, 17 Sep 2024 18:00:04 +0900",
    subject="Automatic reply: Reminder: KCSC-240910-02 - items still pending",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Hello,

I'm away until 23 September with limited access to email. For Trust & Safety
matters please write to safety@discord.com, where the team will pick up your
message.

Marta
""",
    outcome="ignored", classification="auto_reply",
    imitates="Out-of-office auto-reply to our reminder",
    why="auto-reply",
    items={},
)

# 20 ------------------------------------------------------------------------
case(
    name="discord-forwarded-internal-note",
    **{"from": "l.brandt@discord.com"}, name_from="Lena Brandt",
    date="Thu, 12 Sep 2024 20:14:19 +0900",
    subject="Fwd: KCSC-240910-02 messages",
    body=f"""
Hi KCSC team,

Forwarding the note from our escalations team below, for your records.

Lena

---------- Forwarded message ---------
From: T&S Escalations <tns-esc@discord.com>
Date: Thu, Sep 12, 2024 at 3:02 AM
Subject: KCSC-240910-02 messages
To: Lena Brandt <l.brandt@discord.com>

Both messages are gone:
{D[1]} - removed
{D[2]} - removed

Closing on our side.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Platform employee forwarding an internal escalation note (Gmail 'Forwarded message')",
    why="the statements are only in forwarded text; the forwarder herself states nothing",
    items={D[1]: "pending", D[2]: "pending"},
)

# ---------------------------------------------------------------- NAVER

# 21 ------------------------------------------------------------------------
case(
    name="naver-result-numbered",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Fri, 13 Sep 2024 17:20:00 +0900",
    subject="[NAVER] 게시중단 요청(KCSC-240910-03) 처리 결과 안내",
    reply_to_req="req.KCSC-240910-03",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 아래와 같이 안내드립니다.

1. {N[0]} : 게시중단 완료
2. {CAFE_RAW} : 임시조치(30일) 처리
3. {N[2]} : 해당 게시물은 작성자가 이미 삭제하여 존재하지 않습니다.

문의 사항이 있으시면 본 메일로 회신 부탁드립니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (numbered list, raw Korean cafe path)",
    why="게시중단 = removed, 임시조치 = restricted, 작성자가 이미 삭제 = not_found",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "not_found"},
)

# 22 ------------------------------------------------------------------------
html22 = f"""<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>KCSC-240910-03 요청 건의 조치 결과입니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>삭제</td><td>운영정책 위반</td></tr>
<tr><td>2</td><td>{CAFE_RAW}</td><td>블라인드</td><td>카페 게시물 블라인드 처리</td></tr>
<tr><td>3</td><td>{N[2]}</td><td>미조치</td><td>운영정책 위반 사항이 확인되지 않아 게시를 유지합니다</td></tr>
</table>
<p>감사합니다.</p>
</body></html>"""
case(
    name="naver-html-table-qp",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Sat, 14 Sep 2024 10:45:12 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240910-03)",
    raw_mime=single(html22, "quoted-printable", "html"),
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer with a 조치결과 table, quoted-printable HTML",
    why="삭제 = removed, 블라인드 = removed, 미조치 with its reason = rejected",
    items={N[0]: "removed", N[1]: "removed", N[2]: "rejected"},
)

# 23 ------------------------------------------------------------------------
case(
    name="naver-outlook-reply-to-reminder",
    **{"from": "policy@navercorp.com"}, name_from="김하늘",
    date="Sat, 14 Sep 2024 15:02:33 +0900",
    subject="RE: Reminder: KCSC-240910-03 - items still pending",
    body=f"""
안녕하세요, 네이버 김하늘입니다.

요청하신 3건 중 {N[2]} 게시물은 9월 13일 자로 비공개 처리되었습니다.
나머지 2건은 현재 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Saturday, September 14, 2024 9:00 AM
To: policy@navercorp.com
Subject: Reminder: KCSC-240910-03 - items still pending

{reminder("KCSC-240910-03", [N[0], CAFE_RAW, N[2]], "")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over our quoted reminder ('-----Original Message-----')",
    why="one post 비공개 처리 (removed); the other two are only 'under review' and otherwise in our quoted reminder",
    items={N[2]: "removed", N[0]: "pending", N[1]: "pending"},
)

# 24 ------------------------------------------------------------------------
case(
    name="naver-receipt-with-result",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 09:10:40 +0900",
    subject="[네이버] 신고 접수 및 처리 결과 안내 (KCSC-240910-03)",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다. (접수번호: NV-2024-0913-5521)
접수 건 중 확인이 완료된 게시물의 처리 결과를 함께 안내드립니다.

・（{CAFE_RAW}） → 블라인드 처리
・{N[0]}、 게시물이 존재하지 않아 조치할 수 없습니다.

나머지 게시물은 확인 후 별도로 안내드리겠습니다.

네이버 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER receipt that already carries results (접수 + 처리 결과), full-width brackets and comma",
    why="acknowledgement phrase plus unhedged results: 블라인드 = removed, 게시물이 존재하지 않음 = not_found",
    items={N[1]: "removed", N[0]: "not_found"},
)

# 25 ------------------------------------------------------------------------
case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    auth="fail",
    date="Fri, 13 Sep 2024 21:47:03 +0900",
    subject="[NAVER] KCSC-240910-03 처리 완료",
    body=f"""
안녕하세요.

요청하신 아래 게시물은 게시중단 처리되었습니다.

{N[0]}
{N[2]}

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="NAVER 게시중단 notice whose DKIM/DMARC check failed",
    why="claims NAVER's domain but fails authentication",
    items={N[0]: "pending", N[2]: "pending"},
)

# 26 ------------------------------------------------------------------------
case(
    name="naver-asks-for-decision-copy",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Thu, 12 Sep 2024 11:30:19 +0900",
    subject="RE: KCSC-240910-03 게시물 조치 요청",
    reply_to_req="req.KCSC-240910-03",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{CAFE_RAW} 건에 대해 조치를 진행하기 위해서는 위원회의 심의 의결서
사본이 필요합니다. 의결서를 본 메일로 회신해 주시면 확인 후 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal asking for the 심의 의결서 before acting",
    why="asks for a document; nothing has been done yet",
    items={N[1]: "pending"},
)

# 27 ------------------------------------------------------------------------
mdn = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn27"

--mdn27
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

귀하가 2024-09-10 14:00에 보낸 메일 "[KCSC-240910-03] 게시물 조치 요청"을
수신자가 2024-09-10 15:12에 읽었습니다.

--mdn27
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req.KCSC-240910-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn27--
"""
case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Tue, 10 Sep 2024 15:12:30 +0900",
    subject="읽음: [KCSC-240910-03] 게시물 조치 요청",
    raw_mime=mdn,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="read receipt",
    items={},
)

# ---------------------------------------------------------------- Kakao
# 28 ------------------------------------------------------------------------
case(
    name="kakao-rights-centre-result",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Fri, 13 Sep 2024 16:05:44 +0900",
    subject="[카카오] 권리침해 신고 처리 결과 안내 (KCSC-240911-04)",
    reply_to_req="req.KCSC-240911-04",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물에 대하여 다음과 같이 조치하였음을 알려드립니다.

■ 임시조치(30일)
- {K[0]}
- {K[1]}

■ 삭제
- {K[2]}

임시조치된 게시물은 게시자가 30일 이내에 재게시를 요청하지 않으면 삭제됩니다.
나머지 게시물은 검토가 끝나는 대로 안내드리겠습니다.

카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고 처리 결과 안내 grouped under headings",
    why="two posts under 임시조치 (restricted), one under 삭제 (removed)",
    items={K[0]: "restricted", K[1]: "restricted", K[2]: "removed"},
)

# 29 ------------------------------------------------------------------------
case(
    name="kakao-reply-to-reminder-korean-outlook",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Thu, 19 Sep 2024 14:22:10 +0900",
    subject="RE: Reminder: KCSC-240911-04 - items still pending",
    body=f"""
안녕하세요, 카카오 권리침해신고센터 이수민입니다.

회신이 늦어 죄송합니다. 남은 게시물의 처리 결과입니다.

{K[3]} 게시물은 블라인드 처리 완료되었습니다.
{K[4]}의 경우 작성자에 의해 이미 삭제되어 확인되지 않습니다.

감사합니다.

-----원본 메시지-----
보낸 사람: KCSC Takedown <takedown@kcsc.example>
보낸 날짜: 2024년 9월 19일 목요일 오전 9:00
받는 사람: right@kakaocorp.com
제목: Reminder: KCSC-240911-04 - items still pending

{reminder("KCSC-240911-04", K, "")}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook reply over our quoted reminder ('-----원본 메시지-----'), particle glued to a URL",
    why="블라인드 = removed; already deleted by its author = not_found; the quoted reminder states nothing",
    items={K[3]: "removed", K[4]: "not_found", K[0]: "pending"},
)

# 30 ------------------------------------------------------------------------
csv30 = ("URL,처리결과,비고\n"
         f"{K[0]},삭제,개인정보 노출\n"
         f"{K[1]},삭제,개인정보 노출\n"
         f"{K[2]},접근제한(대한민국),국내 접근 제한\n"
         f"{K[3]},반려,운영정책 위반 사항 없음\n"
         f"{K[4]},게시물 없음,존재하지 않는 게시물\n")
case(
    name="kakao-csv-attachment",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Wed, 18 Sep 2024 13:40:00 +0900",
    subject="[카카오] KCSC-240911-04 처리 결과 (첨부)",
    raw_mime=with_csv("""
안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240911-04 요청 건의 게시물별 처리 결과를 첨부 파일로 보내드립니다.

감사합니다.
""", csv30, "KCSC-240911-04_result.csv", "----=_kakao30"),
    outcome="applied", classification="confirmation",
    imitates="Kakao result sheet sent as a CSV attachment",
    why="one row per URL: 삭제, 삭제, 접근제한 (restricted), 반려 with reason (rejected), 게시물 없음 (not_found)",
    items={K[0]: "removed", K[1]: "removed", K[2]: "restricted", K[3]: "rejected", K[4]: "not_found"},
)

# 31 ------------------------------------------------------------------------
case(
    name="kakao-jira-service-desk",
    **{"from": "jira@kakaocorp.com"}, name_from="카카오 정책지원 (Jira)",
    date="Mon, 16 Sep 2024 10:08:27 +0900",
    subject="[KSD-20931] KCSC-240911-04 게시물 조치 요청",
    body=f"""
—-—-—-—-—-—-—-—-—-—-—-—-
Reply above this line.

박지훈 commented:

{K[1]} 삭제 완료했습니다.
{K[3]} 는 국내 접속 차단 조치했습니다.

나머지 건은 담당 부서 확인 중입니다.

Status: 해결됨 (Resolved)

View request · Turn off this request's notifications

This is shared with KCSC Takedown.

Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management comment notification from a Korean platform's service desk",
    why="one post 삭제 (removed), one 국내 접속 차단 (restricted)",
    items={K[1]: "removed", K[3]: "restricted"},
)

# 32 ------------------------------------------------------------------------
case(
    name="kakao-bulk-five-deleted",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Tue, 17 Sep 2024 11:11:11 +0900",
    subject="[카카오] KCSC-240911-04 처리 완료",
    reply_to_req="req.KCSC-240911-04",
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

신고하신 게시물 5건 모두 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean one-line completion notice for a whole request",
    why="'5건 모두 삭제' for a 5-item request without naming any post",
    items={},
)

# 33 ------------------------------------------------------------------------
case(
    name="kakao-staff-personal-gmail",
    **{"from": "seojun.kim.work@gmail.com"}, name_from="김서준",
    date="Sun, 15 Sep 2024 22:30:55 +0900",
    subject="Re: KCSC-240911-04 게시물 조치 요청",
    body=f"""
안녕하세요, 카카오 정책팀 김서준입니다.
회사 메일 시스템 점검 중이라 개인 메일로 먼저 회신드립니다.

{K[0]} , {K[1]} 두 건은 삭제 완료했습니다.

정식 회신은 회사 메일로 다시 드리겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Platform employee answering from a personal webmail address",
    why="gmail.com is no platform's domain, whatever the signature says",
    items={K[0]: "pending", K[1]: "pending"},
)

# 34 ------------------------------------------------------------------------
case(
    name="kakao-receipt-echo",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 11:21:40 +0900",
    subject="[카카오 고객센터] 권리침해 신고가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 카카오 고객센터입니다.

권리침해 신고가 정상적으로 접수되었습니다.

접수번호: 2409111121-0087
접수일시: 2024-09-11 11:21
신고 대상:
{K[0]}
{K[1]}
{K[2]}
{K[3]}
{K[4]}

담당자가 검토한 뒤 처리 결과를 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre automatic receipt echoing the reported URLs",
    why="a receipt: echoes what was reported and promises a later answer, states nothing about any post",
    items={},
)

# 35 ------------------------------------------------------------------------
case(
    name="kakao-ooo-korean",
    **{"from": "sumin.lee@kakaocorp.com"}, name_from="이수민",
    date="Thu, 19 Sep 2024 09:00:40 +0900",
    subject="[자동회신] Reminder: KCSC-240911-04 - items still pending",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
안녕하세요. 이수민입니다.
추석 연휴로 9월 19일까지 부재중입니다. 급한 용무는 right@kakaocorp.com 으로 연락 부탁드립니다.

> Dear colleagues,
> Our request KCSC-240911-04 is past its deadline. The following items are still
> recorded as pending on our side:
> {K[3]}
> {K[4]}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply quoting our reminder",
    why="auto-reply (Chuseok holiday)",
    items={},
)

# ---------------------------------------------------------------- Telegram
# 36 ------------------------------------------------------------------------
case(
    name="telegram-case-taken-down",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Fri, 13 Sep 2024 02:44:18 +0900",
    subject="Re: KCSC-240911-05 [Case #4419027]",
    reply_to_req="req.KCSC-240911-05",
    body=f"""
Hello,

Case #4419027

Thank you for your report. The following content has been taken down and
is no longer available on Telegram:

{T[0]}
{T[1]}

This case is now closed.

Telegram Moderation
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk case closure listing the taken-down messages",
    why="both listed messages taken down",
    items={T[0]: "removed", T[1]: "removed"},
)

# 37 ------------------------------------------------------------------------
case(
    name="telegram-qp-restricted-and-gone",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Sat, 14 Sep 2024 19:05:55 +0900",
    subject="Case #4419027 - decision",
    raw_mime=single(f"""
Hello,

Decision on Case #4419027 (your reference KCSC-240911-05):

{T[0]}
This message is no longer accessible to users in South Korea.

{T[1]}
This message could not be found. It was deleted by the channel
administrator before our moderators reviewed it.

Telegram Moderation
""", "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="Telegram decision notice, quoted-printable, statement on the line below each URL",
    why="inaccessible in Korea = restricted; deleted by the channel admin before review = not_found",
    items={T[0]: "restricted", T[1]: "not_found"},
)

# 38 ------------------------------------------------------------------------
case(
    name="telegram-base64-followup",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Tue, 17 Sep 2024 03:30:00 +0900",
    subject="Re: Reminder: KCSC-240911-05 [Case #4419027]",
    raw_mime=single(f"""
Hello,

Regarding Case #4419027: {T[1]} has now been blocked for all
users.

The other message in this case was handled earlier.

Telegram Moderation
""", "base64"),
    outcome="applied", classification="confirmation",
    imitates="Telegram follow-up to a reminder, base64 body",
    why="blocked for all users = removed; the other message is not named",
    items={T[1]: "removed"},
)

# 39 ------------------------------------------------------------------------
dsn = """Content-Type: multipart/report; report-type=delivery-status; boundary="dsn39"

--dsn39
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mail.telegram.org[198.51.100.77] said: 550 5.1.1
    mailbox unavailable (in reply to RCPT TO command)

--dsn39
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 18 Sep 2024 19:00:02 +0900 (KST)

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable

--dsn39
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: KCSC-240911-05 - items still pending
Date: Wed, 18 Sep 2024 19:00:00 +0900
Message-ID: <reminder.KCSC-240911-05.1@kcsc.example>

--dsn39--
"""
case(
    name="telegram-reminder-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Wed, 18 Sep 2024 19:00:05 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for a reminder to the Telegram desk",
    why="bounce",
    items={},
)

# 40 ------------------------------------------------------------------------
case(
    name="telegram-general-notice",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Mon, 16 Sep 2024 20:00:00 +0900",
    subject="Notice to authorities: changes to our reporting channels",
    body="""
Dear partner,

From 1 October 2024 we will handle requests from authorities only through
our dedicated portal at https://telegram.org/dsa/authorities. Requests sent
by email after that date will receive an automatic pointer to the portal.

Your existing cases are not affected.

Telegram Legal
""",
    outcome="review", review="no_claims",
    imitates="Platform circular to authorities about a new reporting channel",
    why="trusted Telegram mail naming no item and no request of ours",
    items={},
)

# ---------------------------------------------------------------- YouTube
# 41 ------------------------------------------------------------------------
case(
    name="youtube-removed-angle-brackets",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 08:31:47 +0900",
    subject="Re: KCSC-240912-06 [8-4421000031277]",
    reply_to_req="req.KCSC-240912-06",
    body=f"""
Hello,

Thanks for reaching out to us.

After reviewing your request, we removed the video <{Y}>
for violating YouTube's Community Guidelines.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support reply in the request's thread",
    why="video removed",
    items={Y: "removed"},
)

# 42 ------------------------------------------------------------------------
case(
    name="youtube-age-restricted-gmail",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 06:12:03 +0900",
    subject="Re: KCSC-240912-06 [8-4421000031277]",
    body=f"""
Hello,

We have reviewed the content again and have age-restricted the video
{Y}. It is no longer visible to signed-out users or users under 18.

Regards,
The YouTube Team

On Thu, Sep 12, 2024 at 10:05 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal team,
>
> We ask you to remove the following video, which contains sexual content
> accessible to minors (our reference KCSC-240912-06):
>
> {Y}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply above the Gmail-quoted original request",
    why="age-restricted = restricted; the quoted request is ours",
    items={Y: "restricted"},
)

# 43 ------------------------------------------------------------------------
case(
    name="youtube-html-blocked-kr",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 16:40:20 +0900",
    subject="Outcome of your legal request [8-4421000031277]",
    type="html",
    body=f"""
<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of your request <b>KCSC-240912-06</b>.</p>
<table cellpadding="6">
<tr><td><b>Content</b></td><td><a href="{Y}">Video Qm7tK2xLp9A</a></td></tr>
<tr><td><b>Outcome</b></td><td>Content blocked in South Korea</td></tr>
<tr><td><b>Reason</b></td><td>Local law</td></tr>
</table>
<p>Learn more about <a href="https://support.google.com/youtube/answer/6154230">how we handle legal requests</a>.</p>
<p>The YouTube Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML legal-request outcome card with the video linked under its title",
    why="blocked in South Korea = restricted; the help link is no item",
    items={Y: "restricted"},
)

# 44 ------------------------------------------------------------------------
case(
    name="youtube-legal-receipt",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 10:06:30 +0900",
    subject="We've received your request [8-4421000031277]",
    reply_to_req="req.KCSC-240912-06",
    body="""
Hello,

Thanks for contacting YouTube Legal Support. This email confirms that we've
received your request. Your request ID is 8-4421000031277; please keep it in
the subject line of any reply.

We'll get back to you once we've reviewed it.

The YouTube Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal request confirmation of receipt",
    why="pure receipt",
    items={},
)


HEADER = """# Blind set 128 (ticket systems and threads). Written by make.py; do not edit.
# Expected results written from each email's meaning before any run of the reader.
"""

def encode_headers(c):
    # Non-ASCII display names and subjects as RFC 2047 encoded-words, as real MUAs send them.
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    for c in C:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind128", HEADER, C)
