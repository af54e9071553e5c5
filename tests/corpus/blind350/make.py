#!/usr/bin/env python3
"""Blind set 350: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; expected results were written from each email's meaning before
the reader was ever run on them.

    python3 tests/corpus/blind350/make.py

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

# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/harbor_odds77/status/1830011122233344401",
    2: "https://x.com/harbor_odds77/status/1830011122233344517",
    3: "https://x.com/bluefin_tips/status/1829987766554433012",
    4: "https://x.com/bluefin_tips/status/1829987766554433190",
    5: "https://x.com/nightowl_exch/status/1830102938475610023",
    6: "https://x.com/nightowl_exch/status/1830102938475610288",
    7: "https://x.com/lotus_cashpoint/status/1829876543210987001",
    8: "https://x.com/lotus_cashpoint",
    9: "https://x.com/copperlane_kr/status/1830223344556677889",
    10: "https://x.com/copperlane_kr/status/1830223344556677901",
    11: "https://x.com/misty_garden_bet/status/1830334455667788990",
    12: "https://x.com/misty_garden_bet/status/1830334455667789012",
    13: "https://x.com/pine_ridge_deals/status/1830445566778899001",
    14: "https://x.com/pine_ridge_deals/status/1830445566778899123",
}
Y1 = "https://www.youtube.com/watch?v=Qe7Lm2TzR0a"
Y2 = "https://www.youtube.com/watch?v=bN4kP8sWx1c"
Y3 = "https://www.youtube.com/shorts/Zt3Hq9vLm0e"
Y4 = "https://www.youtube.com/@nightmarket_tv"
N1 = "https://blog.naver.com/moonlit_dock/223560011122"
N2 = "https://cafe.naver.com/greenshelf/88123"
N3 = "https://blog.naver.com/silverpine22/223561234567"
N4 = "https://cafe.naver.com/%EB%8B%AC%EB%B9%9B%EC%9E%A5%ED%84%B0/4021"
N4_RAW = "https://cafe.naver.com/달빛장터/4021"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40308&docId=472215566"
D1 = "https://discord.com/invite/qT7vRm2x"
D2 = "https://discord.com/channels/1180000000000000001/1180000000000000077/1281234567890123456"
D3 = "https://discord.gg/nightbazaar"
R1 = "https://www.reddit.com/r/kr_quickcash/comments/1f3abcd/fast_loans_no_checks/"
R2 = "https://www.reddit.com/user/tidewater_ops/"
K1 = "https://open.kakao.com/o/gR8tYh2a"
T1 = "https://t.me/silver_canal_chat"
T2 = "https://t.me/moonrise_store/415"
T3 = "https://t.me/moonrise_store/416"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "gambling", [X[i] for i in range(1, 15)], "illegal betting promotion, 14 posts and one profile"),
    ("KCSC-240903-02", "youtube", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "fraud", [Y1, Y2, Y3, Y4], "investment scam videos and channel"),
    ("KCSC-240904-03", "naver", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00",
     "drugs", [N1, N2, N3, N4, N5], "drug sale posts on blogs, cafes and KnowledgeiN"),
    ("KCSC-240905-04", "discord", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "obscene", [D1, D2, D3], "server invites and one message"),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "illegal_finance", [R1, R2], "unregistered lending"),
    ("KCSC-240909-06", "kakao", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "privacy", [K1], "open chat room trading personal data"),
    ("KCSC-240910-07", "telegram", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "drugs", [T1, T2, T3], "group and channel posts"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        mid = ref.lower() + "@kcsc.example"
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def single(text, ctype="plain", cte="base64"):
    enc = b64(text) if cte == "base64" else qp(text)
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{enc}\n")


def alternative(plain, html, boundary, cte="quoted-printable"):
    enc = b64 if cte == "base64" else qp
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{enc(plain)}\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{enc(html)}\n"
            f"--{boundary}--\n")


def with_csv(plain, csv_text, filename, boundary):
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n{plain.strip()}\n\n"
            f'--{boundary}\nContent-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b64(csv_text)}\n"
            f"--{boundary}--\n")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def enc(s):
    """RFC 2047 encoded-word, as real mailers write non-ASCII display names and subjects."""
    return Header(s, "utf-8").encode()


def pending(*urls):
    return {u: "pending" for u in urls}


ALL_X = [X[i] for i in range(1, 15)]
REQ_X_TEXT = "\n".join(f"{i}. {X[i]}" for i in range(1, 15))

ZD_TOP = "##- Please type your reply above this line -##\n"

cases = []


def case(**kw):
    cases.append(kw)


# ====================================================================== X
case(
    name="x-zendesk-receipt",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Mon, 02 Sep 2024 10:04:11 +0900",
    subject="[X Support] Request received: KCSC-240902-01 removal request (14 URLs)",
    reply_to_req="kcsc-240902-01",
    extra_headers=["Auto-Submitted: auto-generated", "X-Zendesk-From-Account-Id: 4e11c2"],
    body=ZD_TOP + """
Hello,

Thanks for contacting X. This automatic message confirms that your request
reached us and was given the ticket number #0912345.

Someone from our team will look at the links you sent. There is no need to
submit the same request again; if you have anything to add, reply to this
email and it will be attached to the ticket.

Track the ticket at https://help.x.com/hc/requests/0912345

X Support

[K7QP2M-9R4D]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-receipt with reply-above-this-line marker",
    why="pure ticket receipt: number assigned, no statement about any item",
    items={},
)

case(
    name="x-zendesk-solved-bullets-with-history",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Thu, 05 Sep 2024 17:22:40 +0900",
    subject="[X Support] Re: KCSC-240902-01 removal request (14 URLs)",
    reply_to_req="kcsc-240902-01",
    extra_headers=["X-Zendesk-From-Account-Id: 4e11c2"],
    body=ZD_TOP + f"""
Your request (0912345) has been updated. To add a comment, reply to this email.

----------------------------------------------

Jae-won (X Support)

Sep 5, 2024, 08:22 UTC

Hello,

We checked the posts in your request against the X Rules and the local law
you cited. This is where we are so far:

- {X[1]} : removed
- {X[2]} : removed
- {X[3]} : withheld in South Korea
- {X[5]} : withheld in South Korea
- {X[9]} : removed
- {X[13]} : no action taken; we did not find this post to break the X Rules

The other eight links are still with the team and we will come back to you
on this ticket.

Regards,
Jae-won

----------------------------------------------

KCSC Takedown

Sep 2, 2024, 01:00 UTC

Dear X Support,

Under Article 44-7 of the Network Act we ask you to remove, or restrict
access from Korea to, the 14 items below (our reference KCSC-240902-01).

{REQ_X_TEXT}

Kind regards,
KCSC Takedown

----------------------------------------------

This email is a service from X Support.

[K7QP2M-9R4D]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent update showing the conversation history (our request as an earlier comment)",
    why="six named items get statuses; the other eight appear only in our own earlier comment and stay pending",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[5]: "restricted",
           X[9]: "removed", X[13]: "rejected", X[4]: "pending", X[14]: "pending"},
)

case(
    name="x-followup-topposted-over-quote",
    **{"from": "jaewon.k@x.com"}, name_from="Jae-won Kim",
    date="Mon, 09 Sep 2024 11:40:02 +0900",
    subject="Re: [X Support] Re: KCSC-240902-01 removal request (14 URLs)",
    reply_to_req="kcsc-240902-01",
    body=f"""Hello again,

Following up on my earlier message with the outcome for more of the links.

{X[4]}
Status: removed under our illegal or regulated goods and services policy

{X[6]}
Status: we could not find this post; it may have been deleted by the account holder before we reached it.

{X[7]}
Status: withheld in South Korea

{X[10]}
Status: removed

{X[11]}
Status: removed

Three links are still being assessed ({X[8]}, {X[12]} and {X[14]}); I'll
write once we have a decision on those.

Jae-won
X Support

On Thu, Sep 5, 2024 at 5:22 PM X Support <support@x.com> wrote:
> Hello,
>
> We checked the posts in your request against the X Rules and the local law
> you cited. This is where we are so far:
>
> - {X[1]} : removed
> - {X[3]} : withheld in South Korea
> - {X[13]} : no action taken; we did not find this post to break the X Rules
>
> Regards,
> Jae-won
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in a ticket thread, URL line then Status line, over a Gmail-quoted earlier reply",
    why="five new statuses; three named as still assessed stay pending; statements inside the '>' quote are not read",
    items={X[4]: "removed", X[6]: "not_found", X[7]: "restricted", X[10]: "removed", X[11]: "removed",
           X[8]: "pending", X[12]: "pending", X[14]: "pending",
           X[1]: "pending", X[3]: "pending", X[13]: "pending"},
)

X_CSV_ROWS = [
    (1, "Removed", "Illegal or regulated goods"),
    (2, "Removed", "Illegal or regulated goods"),
    (3, "Withheld in KR", "Local law (KR)"),
    (4, "Removed", "Illegal or regulated goods"),
    (5, "No action - not in violation", ""),
    (6, "Not found - deleted by account holder", ""),
    (7, "Removed", "Illegal or regulated goods"),
    (8, "Account suspended", "Platform manipulation"),
    (9, "Withheld in KR", "Local law (KR)"),
    (10, "Removed", "Illegal or regulated goods"),
    (11, "Removed", "Illegal or regulated goods"),
    (12, "Not found - post does not exist", ""),
    (13, "No action - not in violation", ""),
    (14, "Removed", "Illegal or regulated goods"),
]
X_CSV_STATUS = {"Removed": "removed", "Withheld in KR": "restricted",
                "No action - not in violation": "rejected",
                "Not found - deleted by account holder": "not_found",
                "Not found - post does not exist": "not_found",
                "Account suspended": "removed"}
x_csv = "url,outcome,policy\n" + "".join(f"{X[i]},{o},{p}\n" for i, o, p in X_CSV_ROWS)

case(
    name="x-jira-resolved-csv",
    **{"from": "jira-legalops@x.com"}, name_from="X Legal Ops (Jira)",
    date="Wed, 11 Sep 2024 09:15:33 +0900",
    subject="[JIRA] (LEGALKR-4471) KCSC-240902-01 removal request (14 URLs) - Resolved",
    extra_headers=["Auto-Submitted: auto-generated", "X-JIRA-FingerPrint: 7f3c0a9e21"],
    raw_mime=with_csv("""Seo-yeon Park resolved LEGALKR-4471 as Done

KCSC-240902-01 removal request (14 URLs)
----------------------------------------
Change By: Seo-yeon Park
Resolution: Done
Status: In Review -> Resolved

Comment:
The final outcome for each URL of this request is in the attached sheet
(kcsc-240902-01-outcome.csv), one row per URL. "Account suspended" means
the whole account, profile included, is no longer available on X.

--
This message was sent by Atlassian Jira (v9.12.2#9120002)
""", x_csv, "kcsc-240902-01-outcome.csv", "==jira_4471_b1"),
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'issue resolved' notification with a CSV of per-URL outcomes",
    why="CSV row per URL: removed, withheld in KR, no action, not found, account suspended (removed)",
    items={X[i]: X_CSV_STATUS[o] for i, o, _ in X_CSV_ROWS},
)

X_HTML = f"""<html><body style="font-family:Arial,sans-serif">
<p>Dear KCSC team,</p>
<p>Thank you for your patience. Our Global Legal Policy team has completed its
review of the following items from your request <b>KCSC-240902-01</b>:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td><a href="{X[5]}">{X[5]}</a></td><td>No action &ndash; not in violation of the X Rules</td></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Withheld in: KR</td></tr>
<tr><td><a href="{X[12]}">{X[12]}</a></td><td>Not found</td></tr>
<tr><td><a href="{X[13]}">{X[13]}</a></td><td>Content removed</td></tr>
</table>
<p>More on how we handle legal requests:
<a href="https://help.x.com/en/rules-and-policies/country-withheld-content">help.x.com</a></p>
<p>Global Legal Policy<br>X Corp.</p>
<p style="color:#888">Ticket LP-20931 &middot; replies to this address reach the same ticket</p>
</body></html>
"""
case(
    name="x-helpdesk-html-table-qp",
    **{"from": "legal@x.com"}, name_from="X Global Legal Policy",
    date="Fri, 06 Sep 2024 14:03:51 +0900",
    subject="Re: KCSC-240902-01 removal request (14 URLs) [#LP-20931]",
    reply_to_req="kcsc-240902-01",
    raw_mime=single(X_HTML, "html", "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="help-desk HTML reply with an 'Action taken' table, quoted-printable",
    why="four rows: rejected, restricted (withheld KR), not found, removed; the help.x.com link is no item",
    items={X[5]: "rejected", X[9]: "restricted", X[12]: "not_found", X[13]: "removed"},
)

case(
    name="x-echoed-report-withheld",
    **{"from": "noreply@x.com"}, name_from="X",
    date="Tue, 03 Sep 2024 21:48:10 +0900",
    subject="Update on your report (KCSC-240902-01)",
    body=f"""Hi KCSC Takedown,

We've finished reviewing your report. Here's what you sent us and what we
decided.

YOUR REPORT
  Reported post:  {X[12]}
  Reported by:    KCSC Takedown (takedown@kcsc.example)
  Reason:         Illegal content under local law (Republic of Korea)
  Your reference: KCSC-240902-01
  Submitted:      Sep 2, 2024

OUR DECISION
  After review, we have withheld the reported post in the Republic of
  Korea. It is still visible in other countries.

If you disagree with this decision you can reply to this email.

X Corp. · 1355 Market Street · San Francisco, CA
""",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome notification that echoes the submitted report form",
    why="the one URL in the email is the reported post, withheld in Korea: restricted",
    items={X[12]: "restricted"},
)

case(
    name="x-outlook-original-message",
    **{"from": "mcho@x.com"}, name_from="Min-jun Cho",
    date="Wed, 04 Sep 2024 16:31:27 +0900",
    subject="RE: KCSC-240902-01 removal request (14 URLs)",
    reply_to_req="kcsc-240902-01",
    body=f"""Hello KCSC team,

Of the fourteen URLs in your request, we have removed these three:

{X[2]}
{X[1]}
{X[11]}

Our team is still assessing the rest and I will update you once that is done.

Best,
Min-jun Cho
Legal Policy, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240902-01 removal request (14 URLs)

Dear X,

Please remove, or restrict access from Korea to, the following 14 URLs
within seven days:

{REQ_X_TEXT}

KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----' with our full request",
    why="three named removed; the rest appear only in our quoted request and stay pending",
    items={X[1]: "removed", X[2]: "removed", X[11]: "removed", X[5]: "pending", X[13]: "pending"},
)

case(
    name="x-multipart-alternative-two",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 02:12:44 +0900",
    subject="Your legal request KCSC-240902-01: decision on 2 items",
    raw_mime=alternative(
        f"""Hello,

We reviewed two items from your request KCSC-240902-01.

* {X[14]} has been removed from X.

* {X[3]} was reviewed and does not violate the X Rules
  or the Korean law cited in your request. We are not taking action and it
  stays available.

X Legal
""",
        f"""<html><body><p>Hello,</p>
<p>We reviewed two items from your request KCSC-240902-01.</p>
<ul>
<li><a href="{X[14]}">{X[14]}</a> has been removed from X.</li>
<li><a href="{X[3]}">{X[3]}</a> was reviewed and does not violate the X Rules
or the Korean law cited in your request. We are not taking action and it stays available.</li>
</ul><p>X Legal</p></body></html>
""", "==alt_x_7a"),
    outcome="applied", classification="confirmation",
    imitates="multipart/alternative legal decision mail (plain and HTML), bulleted",
    why="one removed, one refused with a reason (rejected)",
    items={X[14]: "removed", X[3]: "rejected"},
)

case(
    name="x-jira-comment-two",
    **{"from": "jira-legalops@x.com"}, name_from="X Legal Ops (Jira)",
    date="Sun, 08 Sep 2024 10:26:09 +0900",
    subject="[JIRA] (LEGALKR-4471) KCSC-240902-01 removal request (14 URLs)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Do-yun Kim commented on LEGALKR-4471
-----------------------------------------

Re: KCSC-240902-01 removal request (14 URLs)

Update for the requester:
{X[2]} has been disabled globally.
{X[6]} is not found: the author deleted it before we reviewed it.

View comment: https://x-legalops.atlassian.net/browse/LEGALKR-4471?focusedCommentId=88120

--
This message was sent by Atlassian Jira (v9.12.2#9120002)
""",
    outcome="applied", classification="confirmation",
    imitates="Jira 'commented on' notification carrying a public comment for the requester",
    why="two named items: disabled globally (removed), deleted by author (not_found); the Jira link is no item",
    items={X[2]: "removed", X[6]: "not_found"},
)

case(
    name="x-receipt-plus-statement",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Tue, 03 Sep 2024 08:55:19 +0900",
    subject="[X Support] Request received: KCSC-240902-01 removal request (14 URLs)",
    reply_to_req="kcsc-240902-01",
    body=ZD_TOP + f"""
Hello,

Thank you, we have received your request and opened ticket #0912351.

While logging it we noticed that two of the posts you listed had already
been removed by X before your request arrived, as part of earlier
enforcement against the account:

{X[13]}
{X[14]}

The remaining URLs are queued for review.

X Support

[L2PZ8N-1W6C]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk receipt macro with an agent's added note about items already removed",
    why="receipt wording plus unhedged statement that two named posts were removed by X: not a pure acknowledgement",
    items={X[13]: "removed", X[14]: "removed"},
)

case(
    name="x-zendesk-solved-bulk",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Thu, 12 Sep 2024 13:07:55 +0900",
    subject="[X Support] Solved: KCSC-240902-01 removal request (14 URLs)",
    reply_to_req="kcsc-240902-01",
    body=ZD_TOP + """
Your request (0912345) has been solved. To reopen it, reply to this email.

----------------------------------------------

Jae-won (X Support)

Sep 12, 2024, 04:07 UTC

Hello,

All of the content reported in your request KCSC-240902-01 has now been
removed. We are marking this ticket as solved.

Regards,
Jae-won

----------------------------------------------

This email is a service from X Support.

[K7QP2M-9R4D]
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'request solved' notification with a blanket statement",
    why="one sentence about all 14 items without naming them: bulk review, nothing applied",
    items=pending(*ALL_X),
)

case(
    name="x-will-remove-promise",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Fri, 06 Sep 2024 09:41:00 +0900",
    subject="[X Support] Re: KCSC-240902-01 removal request (14 URLs)",
    reply_to_req="kcsc-240902-01",
    body=ZD_TOP + f"""
Your request (0912345) has been updated.

----------------------------------------------

Jae-won (X Support)

Sep 6, 2024, 00:41 UTC

Hello,

We have confirmed that the two posts below break our rules on regulated
goods. They will be removed within the next 24 hours:

{X[9]}
{X[10]}

I'll confirm here once it's done.

Jae-won

[K7QP2M-9R4D]
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent update announcing an action still to come",
    why="'will be removed within 24 hours' is a promise: both named items stay pending",
    items=pending(X[9], X[10]),
)

case(
    name="x-auth-fail-removed",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    date="Sat, 07 Sep 2024 19:20:31 +0900",
    subject="Re: KCSC-240902-01 removal request (14 URLs)",
    body=f"""Hello,

Following your request KCSC-240902-01, the posts below have been removed:

{X[1]}
{X[7]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="legal reply relayed through a path that breaks DKIM/SPF (dmarc=fail)",
    why="claims from an x.com address failing authentication are not applied",
    items=pending(X[1], X[7]),
)

case(
    name="x-jira-status-waiting-counsel",
    **{"from": "jira-legalops@x.com"}, name_from="X Legal Ops (Jira)",
    date="Tue, 10 Sep 2024 15:52:18 +0900",
    subject="[JIRA] (LEGALKR-4471) KCSC-240902-01 removal request (14 URLs) - status changed",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Seo-yeon Park changed the status of LEGALKR-4471
--------------------------------------------------

Status: In Review -> Waiting for Counsel

Comment:
Escalated to Korea counsel. These two need a legal assessment before a
decision can be made:
{X[11]}
{X[12]}

--
This message was sent by Atlassian Jira (v9.12.2#9120002)
""",
    outcome="review", review="not_understood",
    imitates="Jira status-transition notification (In Review -> Waiting for Counsel)",
    why="names two items but only says they await legal assessment: no status",
    items=pending(X[11], X[12]),
)

# ====================================================================== YouTube
case(
    name="yt-out-of-office",
    **{"from": "hanalee@google.com"}, name_from="Hana Lee",
    date="Tue, 03 Sep 2024 11:02:40 +0900",
    subject="Automatic reply: KCSC-240903-02 removal request (4 URLs)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""Thank you for your email. I am out of the office until Monday 16 September
with limited access to email.

For legal removal requests concerning YouTube, please use the legal
webform at https://support.google.com/legal/answer/3110420 so that the
request is routed to the right team.

Hana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail/Outlook vacation responder from a Google legal contact",
    why="out-of-office auto-reply; the webform link is no item",
    items={},
)

case(
    name="yt-legal-prose-three",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 18:44:05 +0900",
    subject="Re: [7-1234000039871] KCSC-240903-02 removal request (4 URLs)",
    reply_to_req="kcsc-240903-02",
    body=f"""Hello,

Thanks for reaching out to us.

After reviewing the content you reported, we removed the video at
{Y1} for violating our Community Guidelines on scams.

The Short at {Y3} has been blocked from view in South Korea on the
basis of local law; it remains available elsewhere.

We reviewed the channel {Y4} and did not find a violation of our
policies, so we are not taking action on it at this time.

You can read more about our policies here:
https://support.google.com/youtube/answer/2801973

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply in a Google support case thread ([7-...] case id)",
    why="removed, restricted in Korea, rejected with reason; the support.google.com link is no item",
    items={Y1: "removed", Y3: "restricted", Y4: "rejected"},
)

REMINDER_YT = f"""Dear YouTube,

This is a reminder about our request KCSC-240903-02 sent on 3 September
2024 (due 10 September 2024). The following items are still pending:

{Y1}
{Y2}
{Y3}
{Y4}

Please let us know what action has been taken.

KCSC Takedown"""
case(
    name="yt-reminder-reply-one",
    **{"from": "junseo@google.com"}, name_from="Jun Seo",
    date="Wed, 11 Sep 2024 14:10:37 +0900",
    subject="Re: [Reminder] KCSC-240903-02: 4 items pending past due date",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-02.1@kcsc.example>",
                   "References: <kcsc-240903-02@kcsc.example> <reminder.KCSC-240903-02.1@kcsc.example>"],
    body=f"""Hi,

Apologies for the delay. The Short below was removed on 9 September for
violating our spam and scams policy:

<{Y3}>

I'm chasing the team on the other three and will get back to you.

Jun

On Wed, Sep 11, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REMINDER_YT)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply to our reminder, top-posted over the quoted reminder",
    why="one named Short removed; the other three are only in the quoted reminder",
    items={Y3: "removed", Y1: "pending", Y2: "pending", Y4: "pending"},
)

case(
    name="yt-url-below-statement",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 03:30:12 +0900",
    subject="Re: [7-1234000039871] KCSC-240903-02 removal request (4 URLs)",
    reply_to_req="kcsc-240903-02",
    body=f"""Hello,

The following video has been removed from YouTube for violating our
Community Guidelines:

<{Y2}>

The following video has been age-restricted. It remains on YouTube but can
only be watched by signed-in users aged 18 or over:

{Y1}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube notice with the statement line above the URL",
    why="statement precedes each URL: removed, and age-restricted (restricted)",
    items={Y2: "removed", Y1: "restricted"},
)

case(
    name="yt-base64-terminated-and-gone",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 12:18:49 +0900",
    subject="Re: [7-1234000039871] KCSC-240903-02 removal request (4 URLs)",
    reply_to_req="kcsc-240903-02",
    raw_mime=single(f"""Hello,

An update on your request:

- The channel {Y4} has been terminated for repeated violations of
  our Community Guidelines and is no longer available on YouTube.
- The video {Y1} had already been deleted by its uploader
  before our review, so there was nothing left for us to act on.

Regards,
The YouTube Legal Support Team
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube case update sent as a base64 text/plain body",
    why="channel terminated (removed); video deleted by uploader (not_found)",
    items={Y4: "removed", Y1: "not_found"},
)

case(
    name="yt-hedge-under-review",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 10:05:26 +0900",
    subject="Re: [7-1234000039871] KCSC-240903-02 removal request (4 URLs)",
    reply_to_req="kcsc-240903-02",
    body=f"""Hello,

Thanks for your patience. It appears that the video at {Y2} may
already have been taken down, but we are confirming this internally.

The channel {Y4} is still under review by our specialist team. We
will follow up on this thread once we have an outcome.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim case update (hedged, under review)",
    why="'appears ... may already have been taken down' is a hedge and 'under review' is no statement",
    items=pending(Y2, Y4),
)

case(
    name="yt-about-telegram-link",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 09:47:02 +0900",
    subject="Re: KCSC-240910-07 removal request (3 URLs)",
    body=f"""Hello,

You copied us on request KCSC-240910-07. Regarding {T1}:
this address is not hosted on YouTube, and we could not locate any YouTube
content at it. Please contact the service that hosts it.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="wrong_platform",
    imitates="platform reply saying a link is not on its service (wrong recipient)",
    why="YouTube states 'could not locate' about a Telegram item: not YouTube's to state",
    items=pending(T1),
)

case(
    name="yt-uploader-gmail",
    **{"from": "moneytalk.creator@gmail.com"}, name_from="Night Market TV",
    date="Wed, 11 Sep 2024 23:14:55 +0900",
    subject="KCSC-240903-02 - I deleted the video",
    body=f"""Hello,

YouTube told me my video was reported under KCSC-240903-02. I have deleted
it myself: {Y1}

Please close the case and do not strike my channel.
""",
    outcome="review", review="unknown_sender",
    imitates="uploader writing from a personal mailbox about the request",
    why="gmail.com is no platform's domain: nothing applied",
    items=pending(Y1),
)

# ====================================================================== NAVER
case(
    name="naver-receipt-korean",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date="Wed, 04 Sep 2024 09:41:18 +0900",
    subject=enc("[네이버 고객센터] 문의가 접수되었습니다 (접수번호 2409-118273)"),
    reply_to_req="kcsc-240904-03",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 네이버 고객센터입니다.

보내주신 게시중단 요청(KCSC-240904-03)이 정상적으로 접수되었습니다.
접수번호: 2409-118273

담당자가 내용을 확인한 후 순서대로 답변 드리겠습니다.
처리 현황은 고객센터 > 내 문의내역에서 확인하실 수 있습니다.
https://help.naver.com/my/inquiry

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 안내 (auto receipt)",
    why="pure receipt with an inquiry number; the help page is no item",
    items={},
)

case(
    name="naver-ticket-answer-three",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date="Fri, 06 Sep 2024 15:20:44 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (2409-118273)",
    reply_to_req="kcsc-240904-03",
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회의 게시중단 요청(KCSC-240904-03)에 대한 처리 결과를
아래와 같이 안내드립니다.

1. {N1}
   - 처리 결과: 게시중단

2. {N4_RAW}
   - 처리 결과: 임시조치 (30일)

3. {N5}
   - 처리 결과: 작성자가 이미 삭제한 게시물로 확인되어 별도 조치가 불가합니다.

나머지 2건은 검토가 끝나는 대로 다시 안내드리겠습니다.

관련 정책: https://policy.naver.com/policy/service_group.html

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 with numbered 처리 결과 list",
    why="게시중단 (removed), 임시조치 (restricted, raw Korean path), 작성자 삭제 (not_found)",
    items={N1: "removed", N4: "restricted", N5: "not_found"},
)

NAVER_HTML = f"""<html><body>
<p>안녕하세요. 네이버 게시물 모니터링 담당자입니다.</p>
<p>KCSC-240904-03 요청 건 중 남은 2건의 처리 결과입니다.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>번호</th><th>URL</th><th>조치 결과</th></tr>
<tr><td>1</td><td>{N2}</td><td>비공개 처리</td></tr>
<tr><td>2</td><td>{N3}</td><td>게시 유지 (검토 결과 운영정책 위반 사항이 확인되지 않음)</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="naver-html-table-base64",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date="Mon, 09 Sep 2024 11:05:33 +0900",
    subject="[네이버 고객센터] RE: 문의하신 내용에 대한 추가 답변 (2409-118273)",
    reply_to_req="kcsc-240904-03",
    raw_mime=single(NAVER_HTML, "html", "base64"),
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up answer in the same inquiry, HTML table, base64",
    why="비공개 처리 (removed); 게시 유지 with the reason no violation (rejected)",
    items={N2: "removed", N3: "rejected"},
)

case(
    name="naver-fullwidth-particles",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 대외협력"),
    date="Tue, 10 Sep 2024 17:48:21 +0900",
    subject="RE: KCSC-240904-03 게시중단 요청 건",
    reply_to_req="kcsc-240904-03",
    body=f"""안녕하세요, 네이버 대외협력 담당 이서준입니다.

요청하신 게시물 중 「{N3}」은 블라인드 처리되었으며，
{N2}에 대해서는 정보통신망법 제44조의2에 따라 임시조치(30일)하였습니다。

감사합니다.
이서준 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff reply in Korean prose, URLs in 「」 and followed by particles and full-width punctuation",
    why="블라인드 (removed); 임시조치 (restricted)",
    items={N3: "removed", N2: "restricted"},
)

REMINDER_NAVER = f"""NAVER 담당자님께,

2024년 9월 4일 보내드린 게시중단 요청 KCSC-240904-03의 처리 기한(9월 11일)이
지났습니다. 아래 게시물의 처리 결과를 회신해 주시기 바랍니다.

{N4}
{N5}

방송통신심의위원회 KCSC Takedown"""
case(
    name="naver-reminder-reply-korean-gmail",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 대외협력"),
    date="Thu, 12 Sep 2024 14:02:09 +0900",
    subject="Re: [독촉] KCSC-240904-03 처리 결과 회신 요청",
    extra_headers=["In-Reply-To: <reminder.KCSC-240904-03.1@kcsc.example>"],
    body=f"""안녕하세요.

{N4_RAW} 게시물은 9월 12일자로 삭제 처리되었습니다.
회신이 늦어 죄송합니다.

이서준 드림

2024년 9월 12일 (목) 오전 9:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote(REMINDER_NAVER)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Gmail reply to our reminder (…님이 작성:) top-posted over the quote",
    why="raw Korean URL deleted (removed); the other item is only in the quoted reminder",
    items={N4: "removed", N5: "pending"},
)

case(
    name="naver-asks-more-documents",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date="Thu, 05 Sep 2024 10:31:50 +0900",
    subject="[네이버 고객센터] 추가 자료 요청 (2409-118273)",
    reply_to_req="kcsc-240904-03",
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 중 아래 게시물은 판단을 위해 추가 자료가 필요합니다.

{N4_RAW}

해당 게시물이 불법 정보에 해당한다는 근거(심의 의결서 등)를 본 메일에
회신으로 보내주시면 검토 후 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 고객센터 추가 자료 요청",
    why="asks for the decision document before acting; item stays pending",
    items=pending(N4),
)

case(
    name="naver-forwarded-internal-result",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 대외협력"),
    date="Mon, 09 Sep 2024 16:20:11 +0900",
    subject="Fwd: [내부] KCSC-240904-03 처리 결과",
    body=f"""안녕하세요. 담당 부서 회신을 아래에 전달드립니다.

---------- Forwarded message ---------
From: 콘텐츠모니터링팀 <cmt@navercorp.com>
Date: 2024년 9월 9일 (월) 오후 3:12
Subject: [내부] KCSC-240904-03 처리 결과
To: 대외협력 <policy@navercorp.com>

{N1} : 게시중단 완료
{N5} : 작성자 삭제로 게시물 없음

모니터링팀
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail-style forward of an internal team's result to the regulator",
    why="the statements are inside a forwarded message; the covering note says nothing itself",
    items=pending(N1, N5),
)

# ====================================================================== Discord
DISCORD_REQ = f"""Dear Discord Trust & Safety,

Please take down the following (our reference KCSC-240905-04):

{D1}
{D2}
{D3}

KCSC Takedown"""
case(
    name="discord-freshdesk-receipt-echo",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 05 Sep 2024 14:01:37 +0900",
    subject="[#48213] Ticket Received - KCSC-240905-04 removal request (3 URLs)",
    reply_to_req="kcsc-240905-04",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hi KCSC Takedown,

Thanks for contacting Discord Trust & Safety. This automatic message confirms
that we have received your report and created ticket #48213. We review
reports in the order they arrive.

A copy of your message is below for your records.

Your message:
{DISCORD_REQ}

Discord Trust & Safety
https://discord.com/safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk new-ticket auto-response echoing the customer's message",
    why="pure receipt; the URLs are only in the echo of our own message",
    items=pending(D1, D2, D3),
)

case(
    name="discord-freshdesk-resolved-two",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Sun, 08 Sep 2024 06:12:08 +0900",
    subject="[#48213] Re: KCSC-240905-04 removal request (3 URLs)",
    reply_to_req="kcsc-240905-04",
    body=f"""Hi there,

Thanks for your report. We've disabled the server invite
<{D1}> and removed the server it pointed to for violating
our Community Guidelines.

The message you linked at
<{D2}>
has been deleted, and we have taken action on the account that posted it.

We're still looking at the remaining link and will update this ticket.

Best,
Rowan
Discord Trust & Safety

Ticket status: Pending
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk agent reply with ticket id in subject, URLs in angle brackets",
    why="invite disabled and server removed (removed); message deleted (removed); third link not named",
    items={D1: "removed", D2: "removed", D3: "pending"},
)

case(
    name="discord-invalid-invite-quoted-request",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 08:33:41 +0900",
    subject="[#48213] Re: KCSC-240905-04 removal request (3 URLs)",
    reply_to_req="kcsc-240905-04",
    body=f"""Hi again,

The invite {D3} is invalid: it has expired or been revoked, and we
cannot connect it to any server. There is nothing for us to action there.

Best,
Rowan
Discord Trust & Safety

On Thu, 5 Sep 2024 at 14:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(DISCORD_REQ)}
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the ticket thread over the quoted original request",
    why="invalid invite: not_found; the other two are only in our quoted request",
    items={D3: "not_found", D1: "pending", D2: "pending"},
)

case(
    name="discord-helpscout-no-violation",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 06 Sep 2024 22:40:16 +0900",
    subject="Re: KCSC-240905-04 removal request (3 URLs) [Conversation #31877]",
    reply_to_req="kcsc-240905-04",
    body=f"""Hello,

We reviewed the server reached through {D1} and did not
find a violation of our Terms of Service or Community Guidelines. We will
not be taking action on it at this time.

If you have further context that shows otherwise, reply to this
conversation and it will be reopened.

Mira
Discord Trust & Safety

--
Conversation #31877 · Reply above this line to continue the conversation.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply declining to act",
    why="refusal with its reason (no violation found): rejected",
    items={D1: "rejected"},
)

case(
    name="discord-freshdesk-default-domain",
    **{"from": "safety@discordsafety.freshdesk.com"}, name_from="Discord Trust & Safety",
    date="Sat, 07 Sep 2024 12:55:03 +0900",
    subject="[#48213] Re: KCSC-240905-04 removal request (3 URLs)",
    reply_to_req="kcsc-240905-04",
    body=f"""Hi there,

The message at {D2} has been deleted for violating our
Community Guidelines.

Best,
Rowan
Discord Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="Freshdesk reply sent from the helpdesk's default *.freshdesk.com support address",
    why="freshdesk.com is not Discord's sender domain, whatever the display name says",
    items=pending(D2),
)

case(
    name="discord-solved-bulk",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 03:18:27 +0900",
    subject="[#48213] Resolved: KCSC-240905-04 removal request (3 URLs)",
    reply_to_req="kcsc-240905-04",
    body="""Hi there,

We've actioned all of the content in your report KCSC-240905-04 under our
Community Guidelines, and this ticket has been marked as resolved.

If you reply within 7 days the ticket will be reopened.

Discord Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="Freshdesk 'ticket resolved' notification with a blanket statement",
    why="'actioned all of the content' for a 3-item request without naming items: bulk",
    items=pending(D1, D2, D3),
)

# ====================================================================== Reddit
case(
    name="reddit-text-table",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 04:26:50 +0900",
    subject="Re: KCSC-240906-05 removal request (2 URLs) [ref:_00D5x8:_500Ab1]",
    reply_to_req="kcsc-240906-05",
    body=f"""Hello,

Thank you for your report. Our review is complete:

{"URL".ljust(len(R1))} | Action
{"-" * len(R1)}-+-{"-" * 34}
{R1} | Removed (Content Policy, Rule 6)
{R2.ljust(len(R1))} | No action (no violation found)

Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Salesforce-style case reply with a plain-text table",
    why="row 1 removed; row 2 no action because no violation (rejected)",
    items={R1: "removed", R2: "rejected"},
)

case(
    name="reddit-account-banned-post-gone",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 07:44:31 +0900",
    subject="Re: KCSC-240906-05 removal request (2 URLs)",
    reply_to_req="kcsc-240906-05",
    body=f"""Hello,

The account u/tidewater_ops ({R2}) has been
permanently banned from Reddit, and its profile is no longer viewable.

The post {R1} had already been deleted
by its author before our review, so no further action was possible.

Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin reply about an account ban and an author-deleted post",
    why="account banned and profile unviewable (removed); post deleted by its author (not_found)",
    items={R2: "removed", R1: "not_found"},
)

case(
    name="reddit-satisfaction-survey",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Help",
    date="Sat, 14 Sep 2024 02:00:12 +0900",
    subject="How did we do? Your request #7731",
    body="""Hello,

Your request #7731 has been marked as solved.

We'd love to hear how we did. It takes less than a minute:
https://support.reddithelp.com/hc/survey/7731?rating=1

Thanks,
Reddit Help
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey after a solved ticket",
    why="trusted, names no item and no request of ours (only the platform's own ticket number)",
    items={},
)

REMINDER_REDDIT = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@reddit.com
Subject: [Reminder] KCSC-240906-05: 2 items pending past due date
Date: Sat, 14 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240906-05.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

This is a reminder about request KCSC-240906-05. Still pending:

{R1}
{R2}
"""
case(
    name="reddit-dsn-reminder-bounced",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Sat, 14 Sep 2024 09:00:04 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="==dsn_r05"

--==dsn_r05
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@reddit.com>: host mx.reddit.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@reddit.com>: Recipient address rejected: User unknown

--==dsn_r05
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Sat, 14 Sep 2024 09:00:00 +0900

Final-Recipient: rfc822; legal-kr@reddit.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--==dsn_r05
Content-Type: message/rfc822

{REMINDER_REDDIT}
--==dsn_r05--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our reminder (multipart/report delivery-status)",
    why="bounce of our own reminder; the URLs are in the returned message",
    items=pending(R1, R2),
)

# ====================================================================== Kakao
case(
    name="kakao-sole-item-closed",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Wed, 11 Sep 2024 13:37:45 +0900",
    subject=enc("[카카오 고객센터] KCSC-240909-06 요청 처리 결과 안내"),
    reply_to_req="kcsc-240909-06",
    body="""안녕하세요. 카카오 고객센터입니다.

요청하신 오픈채팅방을 확인한 결과 운영정책 위반이 확인되어 해당 채팅방을
폐쇄(삭제) 조치하였습니다.

문의번호: 240911-00421
운영정책 안내: https://www.kakao.com/policy/oppolicy

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 처리 결과 안내 without repeating the URL",
    why="one-item request; the chat room was closed and deleted: removed",
    items={K1: "removed"},
)

# ====================================================================== Telegram
case(
    name="tg-case-three-lines",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 20:05:13 +0900",
    subject="Re: KCSC-240910-07 removal request (3 URLs) [Case #4410021]",
    reply_to_req="kcsc-240910-07",
    body=f"""Hello,

Thank you for your report, Case #4410021.

{T1}
This group is no longer accessible on Telegram.

{T2}
The message has been deleted.

{T3}
This message no longer exists; the channel's administrators removed it
before our review.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk case reply, URL then a one-line outcome",
    why="group inaccessible (removed), message deleted (removed), removed by channel admins before review (not_found)",
    items={T1: "removed", T2: "removed", T3: "not_found"},
)

case(
    name="tg-restricted-and-rejected",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Sat, 14 Sep 2024 01:22:39 +0900",
    subject="Re: KCSC-240910-07 removal request (3 URLs)",
    reply_to_req="kcsc-240910-07",
    body=f"""Hello,

We reviewed the three links in your request.

The group {T1} has been made unavailable to users in South Korea.

The two posts listed below were reviewed and do not breach the Telegram
Terms of Service, so no action will be taken:
- {T2}
- {T3}

Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram decision mail: geo-restriction plus refusal for two posts",
    why="unavailable in South Korea (restricted); two named posts refused, no breach (rejected)",
    items={T1: "restricted", T2: "rejected", T3: "rejected"},
)

case(
    name="tg-mdn-read",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Tue, 10 Sep 2024 15:26:00 +0900",
    subject="Read: KCSC-240910-07 removal request (3 URLs)",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="==mdn_t07"

--==mdn_t07
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to <dsa@telegram.org> at
10/09/2024 15:00 +0900.

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the content has been read
or understood.

--==mdn_t07
Content-Type: message/disposition-notification

Reporting-UA: mail-desk.telegram.org; Thunderbird 115.14.0
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <kcsc-240910-07@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--==mdn_t07--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN, multipart/report disposition-notification)",
    why="read receipt: no statement",
    items={},
)

REMINDER_TG = f"""Dear Telegram,

Request KCSC-240910-07 (sent 10 September 2024) was due on 17 September.
These items are still pending:

{T2}
{T3}

KCSC Takedown"""
case(
    name="tg-reminder-reply-both-deleted",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 19:51:06 +0900",
    subject="Re: [Reminder] KCSC-240910-07: 2 items pending past due date",
    extra_headers=["In-Reply-To: <reminder.KCSC-240910-07.1@kcsc.example>"],
    body=f"""Hello,

Both posts below have now been deleted:

{T2}
{T3}

Telegram Abuse Team

> {REMINDER_TG.splitlines()[0]}
>
> Request KCSC-240910-07 (sent 10 September 2024) was due on 17 September.
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply to our reminder with a trimmed quote",
    why="each post named under 'Both posts below have now been deleted': removed",
    items={T2: "removed", T3: "removed"},
)

HEADER = """# Blind set 350 (ticket systems and threads): expected results written
# from each email's meaning before the reader was run. Generated by make.py."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind350", HEADER, cases)
    print(len(cases), "cases")
