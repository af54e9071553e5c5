#!/usr/bin/env python3
"""Blind set 984 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
and a note that disagree, statuses given by position. Every email was
written in our own words, imitating the kind of notice named in its
`imitates` field; the expected results come from each email's meaning and
were written before the reader was ever run on them.

    python3 tests/corpus/blind984/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind984"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/luckyspin_kr/status/1830211405518829571",   # 0
    "https://x.com/luckyspin_kr/status/1830215590212345600",   # 1
    "https://x.com/jackpot_moon/status/1829987001122334455",   # 2
    "https://x.com/jackpot_moon/status/1829990456677889900",   # 3
    "https://x.com/toto_daily77/status/1830400012345678901",   # 4
    "https://x.com/toto_daily77/status/1830401198765432109",   # 5
    "https://x.com/betcafe_official/status/1830055512340000011",  # 6
    "https://x.com/betcafe_official/status/1830055599990000022",  # 7
    "https://x.com/red7_slot/status/1830333344445555666",      # 8
    "https://x.com/red7_slot/status/1830333377778888999",      # 9
    "https://x.com/hanriver_odds/status/1830600011112222333",  # 10
    "https://x.com/hanriver_odds/status/1830600044445555666",  # 11
    "https://x.com/casino_garam",                              # 12
]
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    "https://www.youtube.com/watch?v=bX9wR4nYc1E",
    "https://www.youtube.com/watch?v=Hk2sZ7uPq0M",
    "https://www.youtube.com/shorts/Zt5cN1mWd8J",
]
Y7 = "https://www.youtube.com/watch?v=Lr8eV3bTy6K"
T = [
    "https://t.me/moonpharm_kr/418",
    "https://t.me/moonpharm_kr/433",
    "https://t.me/ice_delivery_seoul",
]
N5_RAW = "https://post.naver.com/베팅정보/90233"
N5 = "https://post.naver.com/" + urllib.parse.quote("베팅정보") + "/90233"
N = [
    "https://blog.naver.com/sweetdeal_77/223551200417",
    "https://blog.naver.com/sweetdeal_77/223551208830",
    "https://cafe.naver.com/bigwinclub/50871",
    "https://cafe.naver.com/bigwinclub/50902",
    N5,
]
D = [
    "https://cafe.daum.net/quickloan24/Ab1C/88",
    "https://moneytalk-k.tistory.com/45",
]
K1 = "https://www.tiktok.com/@night_pills_kr/video/7410023344556677889"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240903-01", "x", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling", X, "illegal online gambling promotion"),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "drugs", Y, ""),
    ("KCSC-240905-03", "telegram", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "drugs", T, "drug sales channel"),
    ("KCSC-240906-04", "naver", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "gambling", N, "시정요구"),
    ("KCSC-240909-05", "daum", "2024-09-09T14:10:00+09:00", "2024-09-16T18:00:00+09:00",
     "illegal_finance", D, "unregistered lending"),
    ("KCSC-240910-06", "tiktok", "2024-09-10T16:20:00+09:00", "2024-09-17T18:00:00+09:00",
     "drugs", [K1], ""),
    ("KCSC-240911-07", "youtube", "2024-09-11T10:05:00+09:00", "2024-09-18T18:00:00+09:00",
     "obscenity", [Y7], ""),
]


def mid_of(ref):
    return ref.lower()  # In-Reply-To <kcsc-240903-01@kcsc.example>


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid_of(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
SENT_LINE = {
    "KCSC-240903-01": "Tue, 3 Sep 2024 at 10:12",
    "KCSC-240904-02": "Wed, 4 Sep 2024 at 11:00",
    "KCSC-240905-03": "Thu, 5 Sep 2024 at 09:30",
    "KCSC-240906-04": "Fri, 6 Sep 2024 at 14:00",
    "KCSC-240909-05": "Mon, 9 Sep 2024 at 14:10",
    "KCSC-240910-06": "Tue, 10 Sep 2024 at 16:20",
    "KCSC-240911-07": "Wed, 11 Sep 2024 at 10:05",
}


def request_text(ref, urls):
    lines = [
        "Dear Trust & Safety team,",
        "",
        f"The Korea Communications Standards Commission asks you to remove or block",
        f"access in Korea to the content listed below (our reference {ref}).",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Kind regards,", "KCSC Takedown desk"]
    return lines


def gmail_quote(ref, urls):
    head = f"On {SENT_LINE[ref]}, KCSC Takedown <takedown@kcsc.example> wrote:"
    return head + "\n" + "\n".join(("> " + l).rstrip() for l in request_text(ref, urls))


def outlook_quote(ref, urls, to):
    head = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {SENT_LINE[ref].replace(' at', '')}",
        f"To: {to}",
        f"Subject: Removal request {ref}",
        "",
    ]
    return "\n".join(head + request_text(ref, urls))


def korean_quote(ref, urls):
    d = SENT_LINE[ref]
    head = f"2024년 9월 {int(d.split()[1])}일, KCSC Takedown <takedown@kcsc.example>님이 작성:"
    return head + "\n" + "\n".join(("> " + l).rstrip() for l in request_text(ref, urls))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- cases
HEADER = """# Blind set 984 (tests/corpus/blind984): focus "what a program gets wrong".
# Written from each email's meaning before any run of the reader; see NOTES.md.
# Generated by make.py: do not edit by hand."""

XL = "legal-kr@x.com"  # X legal support sender
YT = "legal-support@google.com"

cases = []


def case(**kw):
    cases.append(kw)


# ---------------- X (KCSC-240903-01, 13 items) ----------------
case(
    name="x-four-statuses-one-sentence",
    date="Fri, 06 Sep 2024 02:41:09 +0000",
    **{"from": XL},
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req=mid_of("KCSC-240903-01"),
    body=f"""Hello,

We are writing in response to your request KCSC-240903-01.

Having reviewed the reported posts against the X Rules and local law, we have
withheld {X[0]} and {X[1]} in the Republic of Korea, removed {X[2]} globally
for violating our rules on illegal gambling promotion, and left {X[3]} up, as
it does not break the X Rules or Korean law as we understand it.

We will follow up separately on the remaining posts in your request.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email written by an agent in prose",
    why="one sentence carries three statuses: withheld (two URLs), removed globally, left up because no rule is broken",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "rejected"},
)

case(
    name="x-hedge-in-relative-clause",
    date="Fri, 06 Sep 2024 07:15:52 +0000",
    **{"from": XL},
    subject="Re: Removal request KCSC-240903-01 [ref:_00D1x2Lr5._5004x9KQ:ref]",
    reply_to_req=mid_of("KCSC-240903-01"),
    body=f"""Hi KCSC team,

Thanks for your patience. Two of the posts in your report have been handled.

{X[4]} has been withheld in South Korea in line with local law.

We searched for {X[5]}, which may have been deleted by its author shortly
after your report was filed, but we could not locate it on our systems.

Best,
Dana
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal support agent reply (case-ref subject tag)",
    why="the hedge 'may have been deleted' sits in a relative clause about the cause; the main clause 'could not locate it' is a plain statement",
    items={X[4]: "restricted", X[5]: "not_found"},
)

case(
    name="x-negated-removal-then-removed",
    date="Sat, 07 Sep 2024 01:03:44 +0000",
    **{"from": XL},
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req=mid_of("KCSC-240903-01"),
    body=f"""Hello,

Please note that we have not removed {X[6]}. Our review found that the post,
which links to the results page of a lottery licensed in Korea, does not
violate the X Rules, and it remains available.

By contrast, {X[7]} is no longer available on X: it was removed for violating
our policy on illegal or certain regulated goods and services.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome email with a refusal and its reason",
    why="'have not removed' is a negation, followed by the reason and 'remains available' (rejected); the second post was removed",
    items={X[6]: "rejected", X[7]: "removed"},
)

case(
    name="x-correction-before-sending",
    date="Sat, 07 Sep 2024 04:22:10 +0000",
    **{"from": XL},
    subject="Re: Removal request KCSC-240903-01 - update",
    reply_to_req=mid_of("KCSC-240903-01"),
    body=f"""Hello,

Status of the items from @red7_slot:

- {X[8]} : withheld in KR
- {X[9]} : withheld in KR

Correction, added before sending: the account @red7_slot was suspended this
morning for repeated violations, so neither of the two posts above is
available anywhere any more. Both are now removed rather than withheld.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal agent reply whose last paragraph corrects the list above",
    why="a later paragraph revises the list: account suspended, both named posts removed globally",
    items={X[8]: "removed", X[9]: "removed"},
)

case(
    name="x-statuses-by-item-number",
    date="Sat, 07 Sep 2024 09:58:31 +0000",
    **{"from": XL},
    subject="Your report to X - KCSC-240903-01",
    reply_to_req=mid_of("KCSC-240903-01"),
    body=f"""Hello,

Your report listed, among others, the following:

1. {X[10]}
2. {X[11]}
3. {X[12]}

Outcome:
Item 1 - withheld in Korea (KR).
Item 2 - no violation of the X Rules found; the post remains available.
Item 3 - account permanently suspended.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply numbering the reported items and giving outcomes by number",
    why="statuses given by position, the numbered URLs being in the platform's own text",
    items={X[10]: "restricted", X[11]: "rejected", X[12]: "removed"},
)

case(
    name="x-html-table-then-note-revises",
    date="Sun, 08 Sep 2024 03:30:00 +0000",
    **{"from": XL},
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req=mid_of("KCSC-240903-01"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>Hello,</p>
<p>Below is the outcome for part of your request KCSC-240903-01.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td><a href="{X[0]}">{X[0]}</a></td><td>Withheld (KR)</td></tr>
<tr><td><a href="{X[1]}">{X[1]}</a></td><td>Withheld (KR)</td></tr>
<tr><td><a href="{X[2]}">{X[2]}</a></td><td>No action</td></tr>
</table>
<p><b>Note:</b> the third post ({X[2]}) was escalated after this table was
generated and has since been removed globally for violating the X Rules.</p>
<p>Regards,<br>X Legal</p>
<p style="font-size:small">Learn how we handle legal requests:
<a href="https://help.x.com/en/rules-and-policies/legal-requests-faq">help.x.com</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome table (HTML) with an agent's note under it",
    why="the note names the third post and says it was re-reviewed after the table and removed: the note revises the table",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed"},
)

case(
    name="x-table-and-note-disagree",
    date="Sun, 08 Sep 2024 06:12:47 +0000",
    **{"from": XL},
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req=mid_of("KCSC-240903-01"),
    body=f"""Hello,

URL                                                     | Action
--------------------------------------------------------+---------------
{X[4]}  | Withheld - KR

Please note that {X[4]} remains visible to users in Korea.

X Legal
""",
    outcome="review", review="conflicting_statements", classification="confirmation",
    imitates="X legal plain-text outcome table with a contradictory agent note",
    why="the table says withheld in KR, the note says still visible in Korea, and nothing says which is later or right",
    items={X[4]: "pending"},
)

X_CSV_ROWS = [
    (X[0], "Withheld in KR", ""),
    (X[1], "Withheld in KR", ""),
    (X[2], "Removed", "Violation of X Rules"),
    (X[3], "No action", "Does not violate X Rules"),
    (X[4], "Withheld in KR", ""),
    (X[5], "Not found", "Post unavailable before review"),
    (X[6], "No action", "Licensed lottery results"),
    (X[7], "Removed", ""),
    (X[8], "Removed", "Account suspended"),
    (X[9], "Removed", "Account suspended"),
    (X[10], "Withheld in KR", ""),
    (X[11], "Under review", "Escalated to legal"),
    (X[12], "Account suspended", ""),
]
_csv = io.StringIO()
_w = csv.writer(_csv, lineterminator="\r\n")
_w.writerow(["reported_url", "action", "comment"])
for r in X_CSV_ROWS:
    _w.writerow(r)
case(
    name="x-csv-attachment-all-items",
    date="Mon, 09 Sep 2024 05:00:12 +0000",
    **{"from": XL},
    subject="Removal request KCSC-240903-01 - outcome per URL",
    reply_to_req=mid_of("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_x984_csv"

--=_x984_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL in your request
KCSC-240903-01. One post is still with our legal team; we will write again
when it has been decided.

X Legal

--=_x984_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(_csv.getvalue().encode('utf-8')).decode('ascii')}
--=_x984_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome sheet sent as a CSV attachment",
    why="CSV rows: withheld, removed, no action (rejected), not found, account suspended (removed), one still under review (pending)",
    items={
        X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "rejected",
        X[4]: "restricted", X[5]: "not_found", X[6]: "rejected", X[7]: "removed",
        X[8]: "removed", X[9]: "removed", X[10]: "restricted", X[11]: "pending",
        X[12]: "removed",
    },
)

case(
    name="x-all-withheld-no-urls",
    date="Mon, 09 Sep 2024 08:31:05 +0000",
    **{"from": XL},
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req=mid_of("KCSC-240903-01"),
    body="""Hello,

Following our review, we have withheld all of the posts listed in your request
KCSC-240903-01 in the Republic of Korea.

Regards,
X Legal
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="X legal one-line outcome covering a whole request",
    why="one statement for a request of 13 items without naming any of them",
    items={u: "pending" for u in X},
)

case(
    name="x-will-be-withheld",
    date="Wed, 04 Sep 2024 23:40:18 +0000",
    **{"from": XL},
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req=mid_of("KCSC-240903-01"),
    body=f"""Hello,

Thank you for your request. The posts {X[0]} and
{X[1]} will be withheld in Korea once our review under local
law is complete. We expect to finish within five business days.

Regards,
X Legal
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="X legal interim reply announcing an intended action",
    why="'will be withheld once our review is complete' is a promise under a condition, not a statement",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-case-number-plus-one-outcome",
    date="Thu, 05 Sep 2024 02:05:33 +0000",
    **{"from": XL},
    subject="Case 0912-LR-55801: KCSC-240903-01",
    reply_to_req=mid_of("KCSC-240903-01"),
    body=f"""Hello,

Thank you for your report. Your case number is 0912-LR-55801.

We have already taken action on one of the posts:
{X[4]} has been withheld in South Korea.

We will follow up about the rest of your request.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal receipt that already carries one outcome",
    why="the acknowledgement phrase comes with an unhedged item-level statement, so it is not a pure receipt",
    items={X[4]: "restricted"},
)

case(
    name="x-angle-bracket-wrapped-urls",
    date="Tue, 10 Sep 2024 01:47:29 +0000",
    **{"from": XL},
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req=mid_of("KCSC-240903-01"),
    body=f"""Hello,

The following post has been removed for violating the X Rules:
<https://x.com/hanriver_odds/status/
1830600011112222333>

The following post has been withheld in Korea:
<{X[11]}>.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply written in a client that wraps long URLs inside angle brackets",
    why="statement above each URL; the first URL is wrapped inside its angle brackets",
    items={X[10]: "removed", X[11]: "restricted"},
)

case(
    name="x-echoed-report-blocks",
    date="Tue, 10 Sep 2024 06:20:14 +0000",
    **{"from": "no-reply-legal@x.com"},
    name_from="X Legal Requests",
    subject="Update on your legal request KCSC-240903-01",
    reply_to_req=mid_of("KCSC-240903-01"),
    body=f"""Your legal request has been processed.

Reported content: {X[8]}
Reported by: Korea Communications Standards Commission (government)
Legal basis cited: Act on Promotion of Information and Communications Network Utilization
Decision: Content withheld in: KR

Reported content: {X[9]}
Reported by: Korea Communications Standards Commission (government)
Legal basis cited: Act on Promotion of Information and Communications Network Utilization
Decision: No action taken. Reason: the post is a sports score update and
contains no gambling promotion.

To learn more, visit https://help.x.com/en/rules-and-policies/x-legal-faqs
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request update echoing the reported fields with a decision line",
    why="each echoed block ends in a decision: withheld in KR, and no action with its reason (rejected); the help link is no item",
    items={X[8]: "restricted", X[9]: "rejected"},
)

case(
    name="x-one-removed-one-under-review",
    date="Wed, 11 Sep 2024 00:09:51 +0000",
    **{"from": XL},
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req=mid_of("KCSC-240903-01"),
    body=f"""Hi,

{X[6]} was removed. {X[7]} is still under review, and we will
let you know the outcome as soon as we can.

Thanks,
Min
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="short X legal agent reply with one outcome and one pending item",
    why="the first post is removed; 'still under review' leaves the second pending",
    items={X[6]: "removed", X[7]: "pending"},
)

case(
    name="x-failed-dmarc",
    date="Wed, 11 Sep 2024 03:33:03 +0000",
    **{"from": XL},
    auth="fail",
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req=mid_of("KCSC-240903-01"),
    body=f"""Hello,

We have removed {X[0]} and {X[2]}.

X Legal
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="X legal short outcome, arriving with failed DKIM/SPF/DMARC",
    why="claims from the platform's domain but authentication fails",
    items={X[0]: "pending", X[2]: "pending"},
)

case(
    name="x-account-holder-lawyer",
    date="Thu, 12 Sep 2024 08:45:00 +0000",
    **{"from": "jhpark@hanbit-law.example"},
    name_from="Park Ji-hoon (Hanbit Law)",
    subject="KCSC-240903-01 - posts by @jackpot_moon",
    body=f"""Dear Sir or Madam,

We act for the holder of the X account @jackpot_moon. Our client has deleted
the following posts referred to in your request KCSC-240903-01:

{X[2]}
{X[3]}

We ask that the Commission close the matter as regards our client.

Yours faithfully,
Park Ji-hoon
Hanbit Law
""",
    outcome="review", review="unknown_sender",
    imitates="letter from an account holder's lawyer",
    why="a third party that is no platform names our request and URLs",
    items={X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-automated-mailbox-reply",
    date="Tue, 03 Sep 2024 01:12:40 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Automatic reply: Removal request KCSC-240903-01",
    reply_to_req=mid_of("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""This is an automated message.

Thank you for contacting X. This mailbox does not accept legal requests. If
you represent a government agency, please submit your request through our
legal request portal at https://legalrequests.x.com so that it can be
processed.

This mailbox is not monitored.
""",
    outcome="ignored", classification="auto_reply",
    imitates="X legal mailbox automatic reply pointing to its web form",
    why="Auto-Submitted auto-reply; the portal link is not an item",
    items={},
)

# ---------------- YouTube (KCSC-240904-02, 4 items; KCSC-240911-07, 1 item) -------
case(
    name="yt-four-outcomes",
    date="Mon, 09 Sep 2024 11:02:16 +0000",
    **{"from": YT},
    name_from="YouTube Legal Support",
    subject="Re: [7-3391000040512] Legal request KCSC-240904-02",
    reply_to_req=mid_of("KCSC-240904-02"),
    body=f"""Hello,

Thanks for reaching out to us. In response to your legal request
KCSC-240904-02, we have reviewed the content and taken the following action.

We've blocked {Y[0]} from view in South Korea.

We removed {Y[1]}, as it violates our Community Guidelines.

We've decided not to take action on {Y[2]}. The video discusses drug policy in
a news and educational context and, based on our review, does not violate
local law or our policies.

{Y[3]} had already been removed by the uploader before our review.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removal request outcome email",
    why="four statuses, one per paragraph: blocked in KR, removed, not actioned with reason, already deleted by uploader",
    items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "rejected", Y[3]: "not_found"},
)

case(
    name="yt-refusal-will-remain",
    date="Tue, 10 Sep 2024 07:44:02 +0000",
    **{"from": YT},
    name_from="YouTube Legal Support",
    subject="Re: [7-3391000040512] Legal request KCSC-240904-02",
    reply_to_req=mid_of("KCSC-240904-02"),
    body=f"""Hello,

After careful review, we are unable to remove {Y[2]}. Based on the information
provided, we did not find a legal basis under Korean law for restricting the
video, nor does it violate our Community Guidelines. The content will
therefore remain available on YouTube.

If you have additional information, for example a court order, you can reply
to this email.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support refusal with its reason",
    why="a refusal with a reason; 'will remain available' is the consequence of the decision, not a promise of action",
    items={Y[2]: "rejected"},
)

case(
    name="yt-looks-like-taken-down",
    date="Sat, 07 Sep 2024 05:17:50 +0000",
    **{"from": YT},
    name_from="YouTube Legal Support",
    subject="Re: [7-3391000040512] Legal request KCSC-240904-02",
    reply_to_req=mid_of("KCSC-240904-02"),
    body=f"""Hi there,

It looks like {Y[0]} may already have been taken down by the channel owner.
We'll confirm once our systems have updated and get back to you.

Best,
YouTube Legal Support
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="YouTube legal support interim reply",
    why="'looks like ... may already have been taken down' is a hedge and the agent says it will confirm later",
    items={Y[0]: "pending"},
)

case(
    name="yt-first-and-third-of-quoted-list",
    date="Thu, 12 Sep 2024 02:26:41 +0000",
    **{"from": YT},
    name_from="YouTube Legal Support",
    subject="RE: Removal request KCSC-240904-02",
    reply_to_req=mid_of("KCSC-240904-02"),
    body=f"""Hello,

Regarding the first and third links in your message below: the first video
has been removed for violating our policy on the sale of illegal or regulated
goods, and the third video has been blocked from view in South Korea.

The other two links are still with our team.

Kind regards,
YouTube Legal Support

{outlook_quote('KCSC-240904-02', Y, 'legal-kr@google.com')}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style top-posted reply referring to the numbered list of the quoted request",
    why="statuses by position: the agent's own sentence names 'first' and 'third' of our numbered list quoted below; the other two stay pending",
    items={Y[0]: "removed", Y[1]: "pending", Y[2]: "restricted", Y[3]: "pending"},
)

case(
    name="yt-age-restriction-single-video",
    date="Fri, 13 Sep 2024 09:09:09 +0000",
    **{"from": YT},
    name_from="YouTube Legal Support",
    subject="Re: Legal request KCSC-240911-07",
    reply_to_req=mid_of("KCSC-240911-07"),
    body="""Hello,

We've reviewed the video from your request KCSC-240911-07 and applied an age
restriction to it. It can no longer be viewed by signed-out users or by users
under 18.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome for a one-video request",
    why="one statement, no URL, for a request of one item: age restriction (restricted)",
    items={Y7: "restricted"},
)

_yt_kr = f"""안녕하세요.

KCSC-240904-02 요청에 대한 검토 결과를 알려드립니다.

요청하신 동영상 {Y[1]} 은(는) 커뮤니티 가이드 위반으로 삭제되었습니다.
동영상 {Y[2]} 은(는) 대한민국에서 볼 수 없도록 차단되었습니다.

감사합니다.
YouTube 법무지원팀
"""
case(
    name="yt-korean-quoted-printable",
    date="Fri, 13 Sep 2024 04:51:36 +0000",
    **{"from": YT},
    name_from="YouTube 법무지원팀",
    subject="=?UTF-8?B?" + base64.b64encode("Re: 법적 요청 KCSC-240904-02 처리 결과".encode()).decode() + "?=",
    reply_to_req=mid_of("KCSC-240904-02"),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(_yt_kr)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean-language legal outcome, quoted-printable body",
    why="Korean: one video deleted (삭제), one blocked in Korea (restricted)",
    items={Y[1]: "removed", Y[2]: "restricted"},
)

case(
    name="yt-read-receipt",
    date="Wed, 04 Sep 2024 03:02:55 +0000",
    **{"from": "kr-legal-team@google.com"},
    name_from="Google Legal KR",
    subject="Read: Removal request KCSC-240904-02",
    reply_to_req=mid_of("KCSC-240904-02"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="=_mdn984"

--=_mdn984
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: Removal request KCSC-240904-02
  Sent: Wednesday, September 4, 2024 11:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 12:02 PM (UTC+09:00) Seoul.

--=_mdn984
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com
Final-Recipient: rfc822;kr-legal-team@google.com
Original-Message-ID: <kcsc-240904-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn984--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook-style read receipt (MDN)",
    why="a read receipt states nothing about items",
    items={},
)

case(
    name="yt-out-of-office",
    date="Thu, 05 Sep 2024 00:30:00 +0000",
    **{"from": "seoyeon.kim@google.com"},
    name_from="Seoyeon Kim",
    subject="Out of office: Removal request KCSC-240904-02",
    reply_to_req=mid_of("KCSC-240904-02"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""I am out of the office until 16 September with limited access to email.
For urgent legal requests please write to legal-kr@google.com.

{gmail_quote('KCSC-240904-02', Y)}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail out-of-office auto-reply quoting the request",
    why="an out-of-office reply; the URLs are only in the quoted request",
    items={},
)

case(
    name="google-search-delisting-tistory",
    date="Fri, 13 Sep 2024 06:40:21 +0000",
    **{"from": "removals@google.com"},
    name_from="Google Search Legal Removals",
    subject="Re: KCSC-240909-05",
    body=f"""Hello,

In response to your notice KCSC-240909-05, we have removed the following URL
from Google Search results for users in South Korea:

{D[1]}

Please note that this action affects Google Search only. The page itself is
hosted by a third party and may still be reachable.

Google Search Legal Removals
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="Google Search legal removal (delisting) notice",
    why="a Google domain states an action on a Tistory (Kakao) item; it is not that item's platform",
    items={D[1]: "pending"},
)

# ---------------- Telegram (KCSC-240905-03, 3 items) ----------------
case(
    name="tg-status-line-below-url",
    date="Sun, 08 Sep 2024 14:03:19 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240905-03",
    reply_to_req=mid_of("KCSC-240905-03"),
    body=f"""Hello,

{T[0]}
Status: removed

{T[1]}
Status: removed

{T[2]}
Status: no violation of the Telegram Terms of Service found, the channel
remains accessible.

Telegram Abuse Team

{gmail_quote('KCSC-240905-03', T)}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply, bare URL with a status line below, top-posted over the request",
    why="each status stands on the line below its URL; the quoted request repeats the URLs but states nothing",
    items={T[0]: "removed", T[1]: "removed", T[2]: "rejected"},
)

case(
    name="tg-url-below-statement",
    date="Mon, 09 Sep 2024 10:45:33 +0000",
    **{"from": "dsa@telegram.org"},
    subject="Case #2024091133 KCSC-240905-03",
    reply_to_req=mid_of("KCSC-240905-03"),
    body=f"""Hello,

The following channel has been blocked on all Telegram apps for users in
South Korea:
{T[2]}

We were unable to find the following message; it may have been deleted by the
channel administrators:
{T[1]}

Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk reply with the URL on the line below its statement",
    why="blocked in South Korea (restricted); 'unable to find' is a statement, the hedge after it only guesses the cause",
    items={T[2]: "restricted", T[1]: "not_found"},
)

_tg_b64 = f"""Hello,

The channel {T[2]} has been terminated for selling illegal
drugs and is no longer accessible.

The messages {T[0]} and {T[1]} were
removed together with the channel.

Regards,
Telegram Abuse Team
"""
case(
    name="tg-base64-terminated",
    date="Tue, 10 Sep 2024 13:30:08 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240905-03",
    reply_to_req=mid_of("KCSC-240905-03"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_tg_b64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with a base64-encoded body",
    why="channel terminated (removed); both named messages removed with it",
    items={T[0]: "removed", T[1]: "removed", T[2]: "removed"},
)

case(
    name="tg-generic-no-items",
    date="Fri, 06 Sep 2024 16:00:41 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Your message to abuse@telegram.org",
    body="""Hello,

Telegram only processes reports concerning public content, such as public
channels, groups and bots. Private chats and groups are not moderated.

To report a public channel, please include a link to the channel or message
in your email. You can read more at https://telegram.org/faq#q-there-39s-illegal-content-on-telegram-how-do-i-take-it-down

Telegram Abuse Team
""",
    outcome="review", review="no_claims", classification="other",
    imitates="Telegram abuse desk generic guidance reply",
    why="trusted platform mail naming no item and no request; the FAQ link is no item",
    items={},
)

case(
    name="tg-dsn-unknown-mailbox",
    date="Thu, 05 Sep 2024 00:31:12 +0000",
    **{"from": "MAILER-DAEMON@mail-out.telegram.org"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="=_dsn984"

--=_dsn984
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@telegram.org>: host mx.telegram.org[203.0.113.25] said: 550 5.1.1
    <abuse-kr@telegram.org>: Recipient address rejected: User unknown

--=_dsn984
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out.telegram.org
Arrival-Date: Thu,  5 Sep 2024 09:30:05 +0900

Final-Recipient: rfc822; abuse-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--=_dsn984
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@telegram.org
Subject: Removal request KCSC-240905-03
Message-ID: <kcsc-240905-03@kcsc.example>
Date: Thu, 5 Sep 2024 09:30:00 +0900

{chr(10).join(request_text('KCSC-240905-03', T))}

--=_dsn984--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (DSN) returning our request",
    why="a bounce; the URLs are in the returned copy of our own request",
    items={},
)

# ---------------- NAVER (KCSC-240906-04, 5 items) ----------------
NV = "cs_policy@navercorp.com"
case(
    name="naver-two-statuses-one-sentence",
    date="Mon, 09 Sep 2024 02:10:55 +0000",
    **{"from": NV},
    name_from="네이버 고객센터",
    subject="[네이버] 게시중단 요청(KCSC-240906-04) 처리 결과 안내",
    reply_to_req=mid_of("KCSC-240906-04"),
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물 중 {N[0]} 은 게시중단 조치하였으나, {N[1]} 은 작성자가 이미 삭제하여 확인할 수 없었습니다.

나머지 게시물은 검토 후 별도로 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시중단 처리 결과 안내",
    why="one Korean sentence with two statuses: 게시중단 (removed) and deleted by its author (not_found)",
    items={N[0]: "removed", N[1]: "not_found"},
)

_nv_rows = [
    (N[0], "게시중단", "불법 도박 홍보"),
    (N[1], "게시물 없음", "작성자 삭제"),
    (N[2], "조치 불가", "운영정책 위반 사항이 확인되지 않음"),
    (N[3], "임시조치(30일)", "권리침해 여부 판단 곤란"),
    (N5_RAW, "블라인드", "카페 운영 원칙 위반"),
]
_nv_html = "\n".join(
    f"<tr><td>{i}</td><td>{u}</td><td>{a}</td><td>{r}</td></tr>"
    for i, (u, a, r) in enumerate(_nv_rows, 1)
)
case(
    name="naver-correction-result-table",
    date="Tue, 10 Sep 2024 05:35:00 +0000",
    **{"from": NV},
    name_from="네이버 정책지원",
    subject="[회신] 시정요구(KCSC-240906-04) 조치 결과",
    reply_to_req=mid_of("KCSC-240906-04"),
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240906-04)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>사유</th></tr>
{_nv_html}
</table>
<p>문의 사항은 본 메일로 회신해 주시기 바랍니다.<br>네이버 정책지원 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치 결과 회신 table (NAVER)",
    why="table: 게시중단 (removed), 게시물 없음/작성자 삭제 (not_found), 조치 불가 with reason (rejected), 임시조치 (restricted), 블라인드 (removed); the Korean path is written raw",
    items={N[0]: "removed", N[1]: "not_found", N[2]: "rejected", N[3]: "restricted", N[4]: "removed"},
)

case(
    name="naver-not-deleted-and-blinded",
    date="Tue, 10 Sep 2024 08:02:44 +0000",
    **{"from": NV},
    name_from="네이버 카페 운영지원",
    subject="Re: 게시중단 요청 KCSC-240906-04",
    reply_to_req=mid_of("KCSC-240906-04"),
    body=f"""안녕하세요. 네이버 카페 운영지원 담당입니다.

{N[2]} 게시물은 삭제하지 않았습니다. 내부 검토 결과 해당 글은 스포츠 경기 일정 안내로, 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

반면 {N[3]} 게시물은 카페 운영 원칙에 따라 블라인드 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 운영지원 reply with a refusal and its reason",
    why="'삭제하지 않았습니다' is a negation followed by the reason and 게시 유지 (rejected); the other post 블라인드 (removed)",
    items={N[2]: "rejected", N[3]: "removed"},
)

case(
    name="naver-raw-korean-path-temporary-measure",
    date="Wed, 11 Sep 2024 01:18:27 +0000",
    **{"from": "post_help@naver.com"},
    name_from="네이버 포스트",
    subject="[네이버 포스트] 임시조치 안내 (KCSC-240906-04)",
    reply_to_req=mid_of("KCSC-240906-04"),
    body=f"""안녕하세요. 네이버 포스트 운영팀입니다.

게시물({N5_RAW})에 대해 정보통신망법 제44조의2에 따른 임시조치(30일)를 하였습니다。
임시조치 기간 동안 해당 게시물은 게시자 외에는 볼 수 없습니다.

자세한 내용은 https://help.naver.com/service/5626/contents/1812 를 참고해 주세요.

네이버 포스트 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 안내 mail",
    why="임시조치 (restricted) on the URL written with a raw Korean path inside parentheses, sentence ending in an ideographic full stop; the help page is no item",
    items={N[4]: "restricted"},
)

case(
    name="naver-seems-deleted",
    date="Mon, 09 Sep 2024 06:49:03 +0000",
    **{"from": NV},
    name_from="네이버 고객센터",
    subject="Re: 게시중단 요청 KCSC-240906-04",
    reply_to_req=mid_of("KCSC-240906-04"),
    body=f"""안녕하세요, 네이버 고객센터입니다.

{N[1]} 게시물은 이미 삭제된 것으로 보이나, 정확한 상태를 확인한 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="NAVER 고객센터 interim reply",
    why="'삭제된 것으로 보이나 … 확인 후 다시 안내' is a hedge and a promise to confirm",
    items={N[1]: "pending"},
)

case(
    name="naver-asks-for-decision-copy",
    date="Mon, 09 Sep 2024 09:12:30 +0000",
    **{"from": NV},
    name_from="네이버 정책지원",
    subject="Re: 게시중단 요청 KCSC-240906-04 관련 자료 요청",
    reply_to_req=mid_of("KCSC-240906-04"),
    body=f"""안녕하세요. 네이버 정책지원 담당자입니다.

{N[2]} 게시물에 대한 조치 여부를 검토하기 위해 위반 근거 자료(심의 의결서 사본)를 회신해 주시기 바랍니다.

자료를 받는 대로 검토하여 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 정책지원 request for supporting documents",
    why="the platform asks for the decision document before acting; nothing is stated about the item",
    items={N[2]: "pending"},
)

case(
    name="naver-failed-auth",
    date="Wed, 11 Sep 2024 04:05:17 +0000",
    **{"from": "cs_policy@naver.com"},
    auth="fail",
    name_from="네이버 고객센터",
    subject="[네이버] 게시중단 처리 완료 (KCSC-240906-04)",
    reply_to_req=mid_of("KCSC-240906-04"),
    body=f"""안녕하세요, 네이버 고객센터입니다.

아래 게시물을 삭제 처리하였습니다.

{N[0]}
{N[2]}

감사합니다.
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="NAVER 게시중단 처리 완료 notice, failed DMARC",
    why="naver.com sender failing DKIM/SPF/DMARC",
    items={N[0]: "pending", N[2]: "pending"},
)

case(
    name="naver-staff-out-of-office",
    date="Fri, 06 Sep 2024 05:01:09 +0000",
    **{"from": "minji.lee@navercorp.com"},
    name_from="이민지",
    subject="[부재중] Re: 게시중단 요청 KCSC-240906-04",
    reply_to_req=mid_of("KCSC-240906-04"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""안녕하세요. 이민지입니다.

9월 6일부터 9월 18일까지 휴가로 부재중입니다. 메일 확인이 늦어질 수 있으니
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

{korean_quote('KCSC-240906-04', N)}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 auto-reply quoting the request",
    why="an out-of-office reply; URLs only in the quoted request",
    items={},
)

# ---------------- Kakao / Daum (KCSC-240909-05, 2 items) ----------------
KK = "safety@kakaocorp.com"
case(
    name="daum-removed-and-temporary-measure",
    date="Wed, 11 Sep 2024 07:27:45 +0000",
    **{"from": KK},
    name_from="카카오 안전센터",
    subject="[카카오] 게시중단 요청(KCSC-240909-05) 처리 결과",
    reply_to_req=mid_of("KCSC-240909-05"),
    body=f"""안녕하세요. 카카오 안전센터입니다.

다음 카페 게시글 {D[0]} 은(는) 게시중단 처리되었습니다.
티스토리 게시글 {D[1]} 는 현재 임시조치(접근 제한) 상태입니다.

감사합니다.
카카오 안전센터 드림

{korean_quote('KCSC-240909-05', D)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 안전센터 게시중단/임시조치 result, top-posted over the request",
    why="게시중단 (removed) and 임시조치 접근 제한 (restricted), URLs followed by Korean particles",
    items={D[0]: "removed", D[1]: "restricted"},
)

case(
    name="daum-correction-temporary-to-deleted",
    date="Thu, 12 Sep 2024 03:14:59 +0000",
    **{"from": KK},
    name_from="카카오 안전센터",
    subject="Re: 게시중단 요청 KCSC-240909-05",
    reply_to_req=mid_of("KCSC-240909-05"),
    body=f"""안녕하세요. 카카오 안전센터입니다.

티스토리 게시글 {D[1]} 에 대하여 임시조치하였습니다.

(정정) 위 내용을 발송하기 전 재검토한 결과, 해당 게시글은 임시조치가 아닌 영구 삭제 대상으로 확인되어 삭제 처리하였습니다. 혼선을 드려 죄송합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 안전센터 result with a (정정) correction paragraph",
    why="the later (정정) paragraph revises 임시조치 to 삭제 (removed)",
    items={D[1]: "removed"},
)

case(
    name="daum-report-received",
    date="Mon, 09 Sep 2024 05:12:03 +0000",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오] 신고가 접수되었습니다 (접수번호 KKO-2409-33812)",
    reply_to_req=mid_of("KCSC-240909-05"),
    body="""안녕하세요. 카카오 고객센터입니다.

보내주신 신고(KCSC-240909-05)가 정상적으로 접수되었습니다.
접수번호: KKO-2409-33812

담당 부서에서 검토한 후 결과를 메일로 안내해 드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 신고 접수 안내 (ticket receipt)",
    why="a pure receipt with a ticket number; no statement about any item",
    items={},
)

# ---------------- TikTok (KCSC-240910-06, 1 item) ----------------
case(
    name="tiktok-removed-no-url",
    date="Thu, 12 Sep 2024 10:55:38 +0000",
    **{"from": "legal-response@tiktok.com"},
    name_from="TikTok Legal",
    subject="Your report KCSC-240910-06",
    reply_to_req=mid_of("KCSC-240910-06"),
    body="""Hello,

Thank you for your report. We've removed the content you reported because it
violates our Community Guidelines on drugs, controlled substances, alcohol and
tobacco.

We appreciate your help in keeping TikTok safe.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email",
    why="one statement, no URL, answering a request of one item: removed",
    items={K1: "removed"},
)

case(
    name="tiktok-if-found-will-restrict",
    date="Wed, 11 Sep 2024 02:40:00 +0000",
    **{"from": "legal-response@tiktok.com"},
    name_from="TikTok Legal",
    subject="Re: KCSC-240910-06",
    reply_to_req=mid_of("KCSC-240910-06"),
    body=f"""Hello,

We have received your request about {K1}.
If our review finds that the video violates local law, we will restrict
access to it in your country and let you know.

TikTok Legal
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="TikTok legal interim reply with a conditional",
    why="a condition and a promise; the item's status is not stated",
    items={K1: "pending"},
)

case(
    name="tiktok-ticket-receipt",
    date="Tue, 10 Sep 2024 07:21:14 +0000",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok Support",
    subject="We've received your report [#TT-8823101]",
    reply_to_req=mid_of("KCSC-240910-06"),
    body="""Hi,

Thanks for your report. Your ticket number is #TT-8823101.

Our team will review it and get back to you as soon as possible. Please do
not reply to this automated message.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="a pure acknowledgement with a ticket number",
    items={},
)


def main():
    write_requests()
    corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")
    corpuslib.DOMAIN_NAMES.setdefault("tiktok.com", "TikTok")
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
