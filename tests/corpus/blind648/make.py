#!/usr/bin/env python3
"""Blind set 648: what a program gets wrong.

Writes requests.csv, cases/*.eml and expected.toml for the blind648 set:
mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Every expected result
was written from the meaning of each email before the reader was run.

    python3 tests/corpus/blind648/make.py

Deterministic: running it twice changes nothing.
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


def h(s):
    """RFC 2047 encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
TG1 = "https://t.me/saltmarsh_deals/418"
TG2 = "https://t.me/saltmarsh_deals/421"
TG3 = "https://t.me/nightferry_chat/77"

X1 = "https://x.com/gravel_moon/status/1831204417700000101"
X2 = "https://x.com/gravel_moon/status/1831204417700000102"
X3 = "https://x.com/gravel_moon/status/1831204417700000103"
X4 = "https://x.com/pine_lantern/status/1831309922100000201"
X5 = "https://x.com/pine_lantern/status/1831309922100000202"
X6 = "https://x.com/copperfinch_kr/status/1831411100400000301"
X7 = "https://x.com/copperfinch_kr/status/1831411100400000302"
X8 = "https://x.com/copperfinch_kr/status/1831411100400000303"
X9 = "https://x.com/dune_relay"
X10 = "https://x.com/marsh_tally/status/1831520033300000401"
X11 = "https://x.com/marsh_tally/status/1831520033300000402"
X12 = "https://x.com/oak_semaphore/status/1831631177000000501"
X13 = "https://x.com/oak_semaphore/status/1831631177000000502"
X14 = "https://x.com/velvet_quarry/status/1831742288800000601"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13, X14]

Y1 = "https://www.youtube.com/watch?v=Qm3rTt8LpVa"
Y2 = "https://www.youtube.com/watch?v=Zx81hNcW0oE"
Y3 = "https://www.youtube.com/@harborlights_tv"
Y4 = "https://www.youtube.com/shorts/Kp2vL9dTq4M"

N1 = "https://blog.naver.com/mistyfern77/223571100001"
N2 = "https://blog.naver.com/mistyfern77/223571100002"
N3 = "https://cafe.naver.com/quietdock/5512"
N4 = "https://cafe.naver.com/quietdock/5530"
N5 = "https://cafe.naver.com/quietdock/5547"

K1 = "https://cafe.daum.net/riverstone/Fq2x/311"
K2 = ("https://moonwell.tistory.com/entry/"
      "%ED%95%A0%EC%9D%B8%EC%BD%94%EB%93%9C-%EB%AC%B4%EB%A3%8C%EB%B0%B0%ED%8F%AC")
K2_RAW = "https://moonwell.tistory.com/entry/할인코드-무료배포"

T1 = "https://www.tiktok.com/@lumen_gecko/video/7412093388100001234"

N6 = "https://blog.naver.com/cedarwick/223590077700"

REQUESTS = [
    ("KCSC-240903-01", "telegram", "2024-09-03T10:20:00+09:00", "2024-09-10T23:59:59+09:00",
     [TG1, TG2, TG3], "gambling", "channel posts advertising an unlicensed betting site"),
    ("KCSC-240904-02", "x", "2024-09-04T10:12:00+09:00", "2024-09-11T23:59:59+09:00",
     XS, "drugs", "posts and one account selling narcotics"),
    ("KCSC-240905-03", "youtube", "2024-09-05T14:05:00+09:00", "2024-09-12T23:59:59+09:00",
     [Y1, Y2, Y3, Y4], "fraud", "investment fraud videos and their channel"),
    ("KCSC-240906-04", "naver", "2024-09-06T09:40:00+09:00", "2024-09-13T23:59:59+09:00",
     [N1, N2, N3, N4, N5], "privacy", "blog and cafe posts exposing personal data"),
    ("KCSC-240909-05", "kakao", "2024-09-09T11:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [K1, K2], "fraud", "fake discount-code giveaway"),
    ("KCSC-240910-06", "tiktok", "2024-09-10T15:30:00+09:00", "2024-09-17T23:59:59+09:00",
     [T1], "obscenity", "one video"),
    ("KCSC-240911-07", "naver", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [N6], "defamation", "one blog post"),
]
REQ = {r[0]: r for r in REQUESTS}


def req_mid(ref):
    return "req." + ref  # corpuslib adds @kcsc.example


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, prefix="> "):
    """Our request as a Gmail-style quote."""
    urls = REQ[ref][4]
    lines = ["Dear Trust & Safety team,", "",
             f"Under our request {ref} we ask you to remove or block access",
             "to the following content, which is illegal under Korean law:", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply with the action taken for each URL.", "",
              "Korea Communications Standards Commission"]
    return "\n".join((prefix + l).rstrip() for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ Telegram
case(
    name="tg-mixed-one-sentence",
    **{"from": "abuse@telegram.org"},
    date="Thu, 05 Sep 2024 16:41:09 +0000",
    subject="Re: KCSC-240903-01 request to block content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your message. Of the three links in your request, we have
blocked {TG1} and {TG2} for all users, while {TG3} could not be
found: that message no longer exists on Telegram.

Kind regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (plain prose, several statuses in one sentence)",
    why="one sentence: two messages blocked for all users (removed), the third no longer exists (not_found)",
    items={TG1: "removed", TG2: "removed", TG3: "not_found"},
)

case(
    name="tg-statuses-by-position",
    **{"from": "abuse@telegram.org"},
    date="Fri, 06 Sep 2024 09:02:44 +0000",
    subject="Re: KCSC-240903-01 request to block content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hi,

Items 1 and 2 of your list: blocked, the posts are no longer available.
Item 3: we could not locate this message in the chat.

Telegram Abuse Team

On Tue, 3 Sep 2024 at 10:20, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply top-posted over the quoted request, answering by item number",
    why="statuses given by position against the numbered list of the quoted request: 1 and 2 removed, 3 not_found",
    items={TG1: "removed", TG2: "removed", TG3: "not_found"},
)

case(
    name="tg-promise-if-confirmed",
    **{"from": "abuse@telegram.org"},
    date="Wed, 04 Sep 2024 11:15:30 +0000",
    subject="Re: KCSC-240903-01 request to block content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

We have passed the following links to our moderators:

{TG1}
{TG2}
{TG3}

If they are confirmed to break Telegram's Terms of Service, the posts and
the channels that published them will be blocked. There is no need to send
the report again.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk 'passed to moderators' reply",
    why="a conditional promise ('will be blocked if confirmed') about named items: nothing stated",
    items={TG1: "pending", TG2: "pending", TG3: "pending"},
)

case(
    name="tg-forged-dmarc-fail",
    **{"from": "abuse@telegram.org"},
    auth="fail",
    date="Sat, 07 Sep 2024 02:11:00 +0000",
    subject="Re: KCSC-240903-01 request to block content",
    body=f"""
Hello,

All the content you reported has been blocked:

- {TG1}
- {TG2}
- {TG3}

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse desk reply, but DMARC fails for telegram.org",
    why="from Telegram's domain but failing DKIM/SPF/DMARC: nothing may change",
    items={TG1: "pending", TG2: "pending", TG3: "pending"},
)

case(
    name="tg-out-of-office",
    **{"from": "r.vance@telegram.org"},
    name_from="Ruth Vance",
    date="Wed, 04 Sep 2024 01:20:00 +0000",
    subject="Automatic reply: KCSC-240903-01 request to block content",
    reply_to_req=req_mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.
Requests about content on Telegram should go to abuse@telegram.org, where
the team will handle them in my absence.

Ruth
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="tg-ticket-receipt",
    **{"from": "noreply@telegram.org"},
    date="Tue, 03 Sep 2024 01:25:17 +0000",
    subject="Your report has been received [Case #5519032]",
    reply_to_req=req_mid("KCSC-240903-01"),
    body="""
Thank you for contacting Telegram.

Your report about request KCSC-240903-01 has been received and logged as
Case #5519032. Our team reviews reports in the order they arrive. Please
keep the case number in the subject line if you write to us about it.

This message was sent automatically. Please do not reply to it.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt ('your report has been received, case number')",
    why="pure acknowledgement of receipt with a case number",
    items={},
)

# ================================================================ X
CSV_ROWS = [
    ("url", "action", "scope", "reason"),
    (X1, "Withheld", "KR", "Local law (illegal drug sales)"),
    (X2, "Withheld", "KR", "Local law (illegal drug sales)"),
    (X3, "Removed", "Global", "X Rules: illegal or certain regulated goods"),
    (X4, "No action", "", "No violation of X Rules or local law found"),
    (X5, "Not found", "", "Post does not exist"),
    (X6, "Withheld", "KR", "Local law (illegal drug sales)"),
    (X7, "Withheld", "KR", "Local law (illegal drug sales)"),
    (X8, "Removed", "Global", "X Rules: illegal or certain regulated goods"),
    (X9, "Account withheld", "KR", "Local law (illegal drug sales)"),
    (X10, "No action", "", "No violation of X Rules or local law found"),
]
_csvbuf = io.StringIO()
csv.writer(_csvbuf, lineterminator="\r\n").writerows(CSV_ROWS)
case(
    name="x-csv-attachment",
    **{"from": "legal-requests@x.com"},
    date="Mon, 09 Sep 2024 08:30:12 +0000",
    subject="KCSC-240904-02 - Outcome of legal request [ref:_00D1x2Kq._5008s3Lm:ref]",
    reply_to_req=req_mid("KCSC-240904-02"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="x-out-7fa2"

--x-out-7fa2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have completed our review of request KCSC-240904-02. The outcome for
the first ten URLs is in the attached file, one row per URL. The remaining
URLs are still with our team and we will write again.

X Legal

--x-out-7fa2
Content-Type: text/csv; charset=utf-8; name="KCSC-240904-02_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240904-02_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_csvbuf.getvalue())}
--x-out-7fa2--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome with a per-URL spreadsheet attached",
    why="CSV attachment, one row per URL: withheld in KR (restricted), removed globally, no action (rejected), not found",
    items={X1: "restricted", X2: "restricted", X3: "removed", X4: "rejected", X5: "not_found",
           X6: "restricted", X7: "restricted", X8: "removed", X9: "restricted", X10: "rejected"},
)

case(
    name="x-three-statuses-one-sentence",
    **{"from": "legal-requests@x.com"},
    date="Fri, 06 Sep 2024 19:44:03 +0000",
    subject="Re: KCSC-240904-02 Request to remove content",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

Following our review, we have withheld {X1} in South Korea and removed {X3}
globally for violating our rules on illegal and regulated goods, but {X4}
remains available because it does not violate the X Rules or Korean law.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply written by hand (one sentence, three outcomes)",
    why="one sentence with three outcomes: withheld in KR, removed globally, stays up with a reason",
    items={X1: "restricted", X3: "removed", X4: "rejected"},
)

case(
    name="x-refusal-with-reason",
    **{"from": "legal-requests@x.com"},
    date="Sat, 07 Sep 2024 03:15:40 +0000",
    subject="Re: KCSC-240904-02 Request to remove content",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

We are not taking action on {X12}. The post reports on a police operation
against drug sellers and quotes their advertisement in order to criticise
it; in our assessment it is news reporting and does not break the X Rules.

The other post by the same account, {X13}, has been withheld in South
Korea in response to your request.

If you believe our assessment of the first post is wrong, you may reply to
this email with a court order or further legal analysis.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply declining one post with a reason and withholding another",
    why="a refusal with its reason (rejected) and a country withholding (restricted); the appeal offer is no promise about an item",
    items={X12: "rejected", X13: "restricted"},
)

case(
    name="x-table-contradicted-by-note",
    **{"from": "legal-requests@x.com"},
    date="Tue, 10 Sep 2024 07:05:55 +0000",
    subject="Re: KCSC-240904-02 Request to remove content",
    reply_to_req=req_mid("KCSC-240904-02"),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please see the outcome of our review below.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td><a href="{X10}">{X10}</a></td><td>Content removed</td></tr>
<tr><td><a href="{X11}">{X11}</a></td><td>Content removed</td></tr>
</table>
<p>We reviewed {X11} against the X Rules and Korean law and found no violation;
the post remains available on X.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="X legal HTML outcome table with a free-text note under it",
    why="the table says x11 was removed, the note under it says it stays up; nothing says which is right",
    items={X10: "pending", X11: "pending"},
)

case(
    name="x-note-corrects-table",
    **{"from": "legal-requests@x.com"},
    date="Tue, 10 Sep 2024 11:48:21 +0000",
    subject="Re: KCSC-240904-02 Request to remove content",
    reply_to_req=req_mid("KCSC-240904-02"),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>URL</th><th>Action</th></tr>
<tr><td>6</td><td>{X6}</td><td>Removed</td></tr>
<tr><td>7</td><td>{X7}</td><td>Removed</td></tr>
</table>
<p><b>Correction:</b> row 7 of the table above is wrong. Post {X7} was not
removed; it has been withheld in South Korea only and is still visible
elsewhere.</p>
<p>Regards,<br>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal HTML outcome table followed by an explicit correction",
    why="a later sentence marked as a correction revises the table: x7 restricted, x6 removed",
    items={X6: "removed", X7: "restricted"},
)

case(
    name="x-hedges-in-relative-clauses",
    **{"from": "legal-requests@x.com"},
    date="Sun, 08 Sep 2024 22:30:08 +0000",
    subject="Re: KCSC-240904-02 Request to remove content",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

The account {X9}, which appears to be connected to other accounts in your
report, has been permanently suspended and is no longer available on X.

The post {X5}, which may have been copied from an earlier post by the same
user, has been withheld in South Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with hedged side remarks in relative clauses",
    why="the hedges ('appears', 'may have been') sit in relative clauses; the main clauses state suspension (removed) and withholding",
    items={X9: "removed", X5: "restricted"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-requests@x.com"},
    date="Mon, 09 Sep 2024 02:02:02 +0000",
    subject="Re: KCSC-240904-02 Request to remove content",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

Outcome of our review:

{X4}
Status: Withheld in KR

{X5}
Status: No action - the post does not violate the X Rules

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply listing each URL with a status line below it",
    why="bare URLs, each followed by its status on the next line",
    items={X4: "restricted", X5: "rejected"},
)

case(
    name="x-url-below-statement",
    **{"from": "legal-requests@x.com"},
    date="Wed, 11 Sep 2024 05:37:19 +0000",
    subject="Re: KCSC-240904-02 Request to remove content",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

The following post has been removed for violating our rules on illegal
and regulated goods:
{X14}

The following post could not be found. It was deleted by the account
holder before our review:
{X13}

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with each statement on a line above its URL",
    why="each statement ends in ':' and its URL stands on the next line: removed, then not_found (deleted by its author)",
    items={X14: "removed", X13: "not_found"},
)

case(
    name="x-hedged-may-have",
    **{"from": "legal-requests@x.com"},
    date="Thu, 05 Sep 2024 13:13:13 +0000",
    subject="Re: KCSC-240904-02 Request to remove content",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

Our records suggest that {X2} and {X3} may have been deleted by the account
holder, but we are unable to confirm this yet. We will update you once our
review of your request is complete.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with a hedged guess",
    why="'may have been deleted', 'unable to confirm', 'will update': hedge and promise, nothing stated",
    items={X2: "pending", X3: "pending"},
)

case(
    name="x-bulk-all-actioned",
    **{"from": "legal-requests@x.com"},
    date="Thu, 12 Sep 2024 09:00:41 +0000",
    subject="Re: KCSC-240904-02 Request to remove content",
    reply_to_req=req_mid("KCSC-240904-02"),
    body="""
Hello,

We have reviewed the content reported in KCSC-240904-02 and have taken
appropriate action on all of the reported posts and accounts in accordance
with our policies and applicable law.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal generic closing reply ('appropriate action on all reported content')",
    why="one statement about all items of a 14-item request without naming any: bulk",
    items={},
)

case(
    name="x-case-receipt",
    **{"from": "noreply@x.com"},
    date="Wed, 04 Sep 2024 01:13:50 +0000",
    subject="Case# 0193348812: Thank you for your legal request [ref:_00D1x2Kq._5008s3Lm:ref]",
    reply_to_req=req_mid("KCSC-240904-02"),
    body="""
Hello,

Thank you for your report. We have received your request and created
Case# 0193348812. Our team will review it and contact you if we need more
information.

Please do not change the subject line when replying, so that your
message is added to the same case.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X (Salesforce-style) case receipt",
    why="pure acknowledgement: case created, nothing about any item",
    items={},
)

case(
    name="x-ack-then-statement",
    **{"from": "legal-requests@x.com"},
    date="Fri, 06 Sep 2024 06:26:15 +0000",
    subject="Case# 0193348812: Re: KCSC-240904-02",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

Thanks for reaching out. We have received your report and reviewed it.

We have withheld {X2} in South Korea under local law.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply opening with a receipt phrase",
    why="a receipt phrase followed by an unhedged statement: not an acknowledgement; x2 restricted",
    items={X2: "restricted"},
)

case(
    name="x-gmail-top-posted-over-request",
    **{"from": "j.okafor@x.com"},
    name_from="Jude Okafor",
    date="Sat, 07 Sep 2024 10:01:27 +0000",
    subject="Re: KCSC-240904-02 Request to remove content",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hi,

Quick update: {X8} has been removed and {X11} has been withheld in South
Korea. The remaining posts in your list are still being reviewed.

Best,
Jude
X Legal

On Wed, Sep 4, 2024 at 10:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240904-02")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply by an X legal employee, top-posted over the quoted request",
    why="two items stated above the quote; the quoted request ('please remove') states nothing; the rest still under review",
    items=dict([(X8, "removed"), (X11, "restricted")]
               + [(u, "pending") for u in XS if u not in (X8, X11)]),
)

case(
    name="x-angle-brackets-wrapped",
    **{"from": "legal-requests@x.com"},
    date="Thu, 12 Sep 2024 14:22:09 +0000",
    subject="Re: KCSC-240904-02 Request to remove content",
    reply_to_req=req_mid("KCSC-240904-02"),
    body="""
Hello,

Post <https://x.com/gravel_moon/status/1831204417700000101> has been
removed for violating the X Rules.

Post <https://x.com/velvet_quarry/status/
1831742288800000601> has been withheld in South Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with URLs in angle brackets, one wrapped by the mail client",
    why="URLs in angle brackets; the second is wrapped inside its brackets and still names x14",
    items={X1: "removed", X14: "restricted"},
)

# ================================================================ YouTube
case(
    name="yt-relative-hedge-and-negation",
    **{"from": "legal-support@google.com"},
    date="Mon, 09 Sep 2024 04:10:33 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello,

Thank you for your request. After review:

The video {Y1}, which appears to have been uploaded by a channel already
known to us, has been removed for violating our spam, deceptive practices
and scams policy (https://support.google.com/youtube/answer/2801973).

We have not terminated the channel {Y3}. Our review found no violation of
our Community Guidelines or of local law on the channel as a whole, so it
remains available.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email (prose)",
    why="hedge only in a relative clause (y1 removed); 'have not terminated ... no violation' is a refusal with a reason (y3 rejected); the policy link is no item",
    items={Y1: "removed", Y3: "rejected"},
)

case(
    name="yt-list-then-correction",
    **{"from": "legal-support@google.com"},
    date="Tue, 10 Sep 2024 08:55:00 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello,

Status of the items in your request:

- {Y2}: removed
- {Y4}: removed

Please note one correction to the list above: the Short {Y4} was
age-restricted rather than removed. It remains viewable only by signed-in
users aged 18 or over.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply with a correction under the list",
    why="a later sentence explicitly corrects the list: y4 restricted (age-restricted), y2 removed",
    items={Y2: "removed", Y4: "restricted"},
)

_yt_qp_text = f"""Hello,

Following a legal review of your request KCSC-240905-03, we have blocked access to the video {Y2} from South Korea. It stays available in other countries.

The video {Y1} remains available: our review found that it does not violate Korean law or our Community Guidelines, because it is a commentary warning viewers about the scheme rather than promoting it.

You can find more information about how we handle government requests at https://support.google.com/youtube/answer/6154230.

The YouTube Legal Support Team
"""
case(
    name="yt-quoted-printable-geo-block",
    **{"from": "legal-support@google.com"},
    date="Sun, 08 Sep 2024 06:40:12 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=req_mid("KCSC-240905-03"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_yt_qp_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply in quoted-printable (long lines soft-broken)",
    why="y2 blocked from South Korea only (restricted); y1 stays up with a reason (rejected); the help link is no item",
    items={Y2: "restricted", Y1: "rejected"},
)

case(
    name="yt-promise-to-review",
    **{"from": "legal-support@google.com"},
    date="Fri, 06 Sep 2024 02:30:45 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello,

We are looking into the videos you reported, {Y1} and {Y2}. We will remove
them if our review confirms that they violate local law or our policies,
and we will get back to you within five business days.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply",
    why="a conditional promise about two named videos: nothing stated",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="yt-html-table-mixed",
    **{"from": "legal-support@google.com"},
    date="Wed, 11 Sep 2024 09:12:54 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request - outcome",
    reply_to_req=req_mid("KCSC-240905-03"),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>We have reviewed the content identified in your request KCSC-240905-03.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>URL</th><th>Outcome</th><th>Policy</th></tr>
<tr><td>{Y1}</td><td>Removed</td><td><a href="https://support.google.com/youtube/answer/2801973">Spam, deceptive practices and scams</a></td></tr>
<tr><td>{Y2}</td><td>Blocked in South Korea</td><td><a href="https://support.google.com/legal/answer/3110420">Local law</a></td></tr>
<tr><td>{Y3}</td><td>No action taken: no violation found</td><td>-</td></tr>
<tr><td>{Y4}</td><td>Age-restricted</td><td><a href="https://support.google.com/youtube/answer/2802167">Age-restricted content</a></td></tr>
</table>
<p>If you have questions, reply to this email.</p>
<p>The YouTube Legal Support Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome as an HTML table with policy links",
    why="HTML table, four outcomes by row; policy links are not items",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected", Y4: "restricted"},
)

case(
    name="yt-outlook-quote",
    **{"from": "m.lindqvist@google.com"},
    name_from="Maja Lindqvist",
    date="Thu, 12 Sep 2024 01:50:30 +0000",
    subject="RE: [KCSC-240905-03] Legal removal request",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello,

The Short {Y4} has been removed. We are still reviewing the other three
URLs and will reply separately.

Maja
YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 2:05 PM
To: legal-kr@google.com
Subject: [KCSC-240905-03] Legal removal request

{quoted_request("KCSC-240905-03", prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request under '-----Original Message-----' (unprefixed quote)",
    why="y4 removed above the quote; the other three are only in the unprefixed quoted request and still under review",
    items={Y4: "removed", Y1: "pending", Y2: "pending", Y3: "pending"},
)

case(
    name="yt-dsn-bounce",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Fri, 13 Sep 2024 00:05:12 +0000",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-00c1"

--dsn-00c1
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-kr-old@google.com because the
address couldn't be found, or is unable to receive mail.

--dsn-00c1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 13 Sep 2024 00:05:09 +0000

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach
 does not exist.

--dsn-00c1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: Reminder: [KCSC-240905-03] Legal removal request
Date: Fri, 13 Sep 2024 09:05:00 +0900
Message-ID: <reminder.KCSC-240905-03.1@kcsc.example>

The deadline for request KCSC-240905-03 has passed. The following items
are still online; please tell us what action you have taken:
{Y1}
{Y2}
{Y3}
{Y4}

--dsn-00c1--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification with the original attached",
    why="a bounce of our reminder; the attached original is our own text",
    items={},
)

case(
    name="yt-notice-no-claims",
    **{"from": "legal-notices@google.com"},
    date="Mon, 16 Sep 2024 23:00:00 +0000",
    subject="Changes to how government agencies submit removal requests",
    body="""
Dear partner,

From 1 October 2024, removal requests from government agencies in Korea
should be submitted through our online form at
https://support.google.com/legal/contact/lr_government rather than by
email. Requests sent by email will still be accepted until the end of the
year.

The form lets you attach court orders and track the status of each request
in our dashboard at https://support.google.com/legal/dashboard.

Google Legal
""",
    outcome="review", review="no_claims",
    imitates="Google legal process-change notice to government reporters",
    why="trusted platform mail that names no requested item and no request; its links are help/dashboard pages",
    items={},
)

# ================================================================ NAVER
case(
    name="naver-negation-and-blind",
    **{"from": "policy@navercorp.com"},
    date="Mon, 09 Sep 2024 06:20:00 +0000",
    subject=h("RE: [KCSC-240906-04] 게시물 삭제 요청에 대한 처리 결과"),
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물에 대한 검토 결과를 안내드립니다.

{N1} 게시물은 검토 결과 네이버 운영정책 및 관련 법령 위반 사항이 확인되지 않아
게시중단 처리하지 않았습니다.

{N2} 게시물은 개인정보 노출이 확인되어 블라인드 처리하였습니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team reply to a deletion request (Korean prose)",
    why="'게시중단 처리하지 않았습니다' with its reason is a refusal (rejected), not a removal; 블라인드 처리 is removed",
    items={N1: "rejected", N2: "removed"},
)

case(
    name="naver-kcsc-text-table",
    **{"from": "policy@navercorp.com"},
    date="Tue, 10 Sep 2024 02:45:10 +0000",
    subject=h("[KCSC-240906-04] 시정요구 조치결과 회신"),
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
방송통신심의위원회 귀중

귀 위원회의 시정요구(KCSC-240906-04)에 대한 조치결과를 아래와 같이 회신합니다.

| 번호 | URL | 조치결과 |
|---|---|---|
| 3 | {N3} | 임시조치(30일) |
| 4 | {N4} | 삭제 |
| 5 | {N5} | 해당 게시물 없음(작성자 삭제) |

1, 2번 게시물은 별도 회신 예정입니다.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table",
    why="text table: 임시조치 (restricted), 삭제 (removed), 게시물 없음/작성자 삭제 (not_found); items 1 and 2 promised later",
    items={N3: "restricted", N4: "removed", N5: "not_found", N1: "pending", N2: "pending"},
)

case(
    name="naver-conditional-measure",
    **{"from": "policy@navercorp.com"},
    date="Sat, 07 Sep 2024 01:10:00 +0000",
    subject=h("RE: [KCSC-240906-04] 게시물 삭제 요청"),
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

아래 카페 게시물에 대해서는 카페 운영자의 소명 절차를 진행하고 있으며,
위반이 확인될 경우 게시중단 조치할 예정입니다.

- {N3}
- {N4}

처리 결과는 확인되는 대로 다시 안내드리겠습니다.

네이버 정책지원팀 드림
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply (소명 절차 진행 중, 조치 예정)",
    why="'위반이 확인될 경우 ... 조치할 예정': a condition and a promise, nothing stated",
    items={N3: "pending", N4: "pending"},
)

case(
    name="naver-url-with-particle",
    **{"from": "policy@navercorp.com"},
    date="Fri, 13 Sep 2024 07:30:00 +0000",
    subject=h("RE: [KCSC-240911-07] 게시물 삭제 요청"),
    reply_to_req=req_mid("KCSC-240911-07"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 {N6}은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.
따라서 별도의 조치는 진행되지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply: post already deleted by its author",
    why="URL followed directly by the particle 은; already deleted by its author: not_found (and 'no action' is not a refusal)",
    items={N6: "not_found"},
)

case(
    name="naver-fullwidth-punctuation",
    **{"from": "policy@navercorp.com"},
    date="Wed, 11 Sep 2024 04:04:04 +0000",
    subject=h("RE: [KCSC-240906-04] 게시물 삭제 요청"),
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

{N3}（카페 운영원칙 위반）：게시중단 완료
「{N4}」：국내 접근 제한 조치

문의 사항은 회신 주시기 바랍니다。
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe team reply with full-width punctuation",
    why="URLs followed by full-width brackets and colons: n3 게시중단 (removed), n4 국내 접근 제한 (restricted)",
    items={N3: "removed", N4: "restricted"},
)

_naver_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요, 네이버 고객센터입니다.</p>
<p>신고하신 블로그 게시물에 대한 처리 결과를 안내드립니다.</p>
<ul>
<li><a href="{N1}">{N1}</a> : 삭제 완료</li>
<li><a href="{N2}">{N2}</a> : 임시조치(30일)</li>
</ul>
<p>임시조치에 대한 자세한 내용은 <a href="https://help.naver.com/service/5640/contents/2281">고객센터 도움말</a>을 참고해 주세요.</p>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="naver-base64-html",
    **{"from": "help@naver.com"},
    date="Thu, 12 Sep 2024 03:33:00 +0000",
    subject=h("[네이버 고객센터] 신고 처리 결과 안내 (KCSC-240906-04)"),
    reply_to_req=req_mid("KCSC-240906-04"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_naver_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre report outcome, base64 HTML",
    why="base64 HTML list: n1 삭제 (removed), n2 임시조치 (restricted); the help link is no item",
    items={N1: "removed", N2: "restricted"},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"},
    date="Fri, 06 Sep 2024 01:02:00 +0000",
    subject=h("읽음 확인: [KCSC-240906-04] 게시물 삭제 요청"),
    reply_to_req=req_mid("KCSC-240906-04"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-4e1a"

--mdn-4e1a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 2024-09-06 10:02에 읽었습니다.

--mdn-4e1a
Content-Type: message/disposition-notification

Reporting-UA: works.navercorp.com; NAVER WORKS
Original-Recipient: rfc822;policy@navercorp.com
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req.KCSC-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-4e1a--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read receipt (MDN)",
    why="a read receipt",
    items={},
)

case(
    name="naver-search-other-platform",
    **{"from": "search-policy@navercorp.com"},
    date="Thu, 12 Sep 2024 08:08:08 +0000",
    subject=h("[네이버 검색] 검색 결과 노출 제한 처리 안내"),
    body=f"""
안녕하세요, 네이버 검색 정책 담당자입니다.

방송통신심의위원회에서 전달해 주신 아래 URL에 대하여 네이버 검색 결과
노출을 제한(삭제)하였습니다.

{K2}

원본 게시물은 네이버가 운영하는 서비스가 아니므로, 게시물 자체에 대한
조치는 해당 서비스 운영자에게 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER search delisting notice about a third-party URL",
    why="NAVER states an outcome for a Tistory (Kakao) post it does not host",
    items={K2: "pending"},
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    date="Sat, 14 Sep 2024 12:00:00 +0000",
    subject=h("RE: [KCSC-240906-04] 게시물 삭제 요청"),
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 {N3} 및 {N5}는 삭제 처리 완료되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER deletion notice, but DMARC fails",
    why="navercorp.com From failing authentication: nothing may change",
    items={N3: "pending", N5: "pending"},
)

# ================================================================ Kakao
case(
    name="kakao-raw-korean-path",
    **{"from": "report@kakaocorp.com"},
    name_from=h("카카오 신고센터"),
    date="Thu, 12 Sep 2024 05:15:00 +0000",
    subject=h("[카카오] KCSC-240909-05 게시중단 요청 처리 결과"),
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""
안녕하세요, 카카오 신고센터입니다.

{K2_RAW} 게시물은 운영정책 위반이 확인되어 게시중단 처리되었습니다.

{K1} 게시물은 검토 결과 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao report centre 게시중단 outcome (Korean prose, raw Korean path)",
    why="the raw Korean Tistory path names the percent-encoded item (removed); the Daum cafe post is refused for no violation (rejected)",
    items={K2: "removed", K1: "rejected"},
)

case(
    name="kakao-bulk-both",
    **{"from": "report@kakaocorp.com"},
    name_from=h("카카오 신고센터"),
    date="Fri, 13 Sep 2024 02:00:00 +0000",
    subject=h("[카카오] KCSC-240909-05 처리 완료"),
    reply_to_req=req_mid("KCSC-240909-05"),
    body="""
안녕하세요, 카카오 신고센터입니다.

요청번호 KCSC-240909-05로 요청하신 게시물 2건 모두 삭제 조치 완료되었습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Kakao report centre short completion notice",
    why="'게시물 2건 모두 삭제': a statement about both items of a two-item request without naming them",
    items={},
)

case(
    name="kakao-out-of-office-ko",
    **{"from": "seoyeon.han@kakaocorp.com"},
    name_from=h("한서연"),
    date="Mon, 16 Sep 2024 00:30:00 +0000",
    subject=h("[자동회신] 부재중입니다: [카카오] KCSC-240909-05"),
    reply_to_req=req_mid("KCSC-240909-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 한서연입니다.

추석 연휴로 9월 16일(월)부터 9월 18일(수)까지 부재중입니다.
게시물 신고 관련 문의는 report@kakaocorp.com으로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (Chuseok holiday)",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ TikTok
case(
    name="tiktok-sole-statement",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 10:10:10 +0000",
    subject="Your request KCSC-240910-06: outcome",
    reply_to_req=req_mid("KCSC-240910-06"),
    body="""
Hello,

Thank you for your report. After review, the video you reported has been
removed for violating our Community Guidelines.

Learn more about our guidelines: https://www.tiktok.com/community-guidelines

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email (no URL, one reported video)",
    why="a single unhedged statement answering a one-item request: t1 removed",
    items={T1: "removed"},
)

case(
    name="tiktok-echo-not-removed-but-restricted",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 03:00:00 +0000",
    subject="Update on your report (KCSC-240910-06)",
    reply_to_req=req_mid("KCSC-240910-06"),
    body=f"""
Hello,

Your report
Reported content: {T1}
Reason: Illegal content (Republic of Korea)
Submitted: 10 Sep 2024

Our decision
We did not remove this video from TikTok. Instead, we have restricted its
availability in the Republic of Korea, where it was found to break local
law. It remains available in other regions.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome echoing the report form, with a country restriction",
    why="'did not remove ... instead restricted in Korea': the negation excludes removed; restricted",
    items={T1: "restricted"},
)

case(
    name="tiktok-unknown-vendor",
    **{"from": "escalations@moderation-partners.example"},
    name_from="Trust Operations Desk",
    date="Sat, 14 Sep 2024 09:45:00 +0000",
    subject="RE: KCSC-240910-06",
    body=f"""
Hello,

We handle content escalations on behalf of TikTok in the APAC region. The
video {T1} has been removed.

Kind regards,
Trust Operations Desk
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing on a platform's behalf",
    why="sender is no platform's domain: its statement cannot be trusted",
    items={T1: "pending"},
)


HEADER = """# Blind set 648 ("what a program gets wrong"): expected results written
# from each email's meaning before the reader was run. Generated by make.py.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind648", HEADER, CASES)


if __name__ == "__main__":
    main()
