#!/usr/bin/env python3
"""Blind set 534: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Written from each
email's meaning, before any run of the reader.

    python3 tests/corpus/blind534/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(day, hh, mm, ss=0):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


# ---------------------------------------------------------------- requests

X1 = "https://x.com/lucky_slot_kr/status/1836010000000000101"
X2 = "https://x.com/lucky_slot_kr/status/1836010000000000102"
X3 = "https://x.com/lucky_slot_kr/status/1836010000000000103"
X4 = "https://x.com/betwave_9/status/1836022200000000411"
X5 = "https://x.com/betwave_9/status/1836022200000000412"
X6 = "https://x.com/casino_mate88/status/1836033300000000520"
X7 = "https://x.com/casino_mate88/status/1836033300000000521"
X8 = "https://x.com/toto_sunrise/status/1836044400000000630"
X9 = "https://x.com/toto_sunrise/status/1836044400000000631"
X10 = "https://x.com/jackpotlane/status/1836055500000000740"
X11 = "https://x.com/jackpotlane/status/1836055500000000741"
X12 = "https://x.com/jackpotlane"
R1_URLS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm3vT8xLp2A"
Y2 = "https://www.youtube.com/watch?v=Hb7Kd0wRz5E"
Y3 = "https://www.youtube.com/shorts/Zp4nW2cYt9M"
Y4 = "https://www.youtube.com/@fakecure_lab"

T1 = "https://t.me/quiet_bazaar_kr/514"
T2 = "https://t.me/quiet_bazaar_kr/529"
T3 = "https://t.me/needle_market/77"

N1 = "https://blog.naver.com/moonrabbit77/223567801234"
N2 = "https://blog.naver.com/moonrabbit77/223567809876"
N3 = "https://cafe.naver.com/%EB%B0%94%EB%8B%A4%EC%B9%B4%ED%8E%98/3310"
N3_RAW = "https://cafe.naver.com/바다카페/3310"
N4 = "https://cafe.naver.com/stockrumors/90211"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471122334"

D1 = "https://cafe.daum.net/silverpine/Xk2L/188"
D2 = "https://cafe.daum.net/silverpine/Xk2L/193"

K1 = "https://www.tiktok.com/@glowpill.shop/video/7413300112233445566"

W1 = "https://x.com/rumor_mill_kr/status/1837100000000001234"
W2 = "https://x.com/rumor_mill_kr/status/1837100000000005678"

REQUESTS = [
    ("KCSC-240917-01", "x", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00",
     R1_URLS, "gambling", 'five accounts promoting an unlicensed "toto" site, batch 1'),
    ("KCSC-240917-02", "youtube", "2024-09-17T11:30:00+09:00", "2024-09-24T18:00:00+09:00",
     [Y1, Y2, Y3, Y4], "medical", "fake cancer cure; channel and three videos"),
    ("KCSC-240918-03", "telegram", "2024-09-18T09:15:00+09:00", "2024-09-25T18:00:00+09:00",
     [T1, T2, T3], "drugs", "sale posts, two channels"),
    ("KCSC-240918-04", "naver", "2024-09-18T14:00:00+09:00", "2024-09-25T18:00:00+09:00",
     [N1, N2, N3, N4, N5], "defamation", 'blog, cafe and 지식iN posts; "stock rumour" series'),
    ("KCSC-240919-05", "daum", "2024-09-19T10:40:00+09:00", "2024-09-26T18:00:00+09:00",
     [D1, D2], "privacy", "exposed personal data, cafe board Xk2L"),
    ("KCSC-240920-06", "tiktok", "2024-09-20T09:00:00+09:00", "2024-09-27T18:00:00+09:00",
     [K1], "medical", "unapproved diet pill, one video"),
    ("KCSC-240920-07", "x", "2024-09-20T10:00:00+09:00", "2024-09-27T18:00:00+09:00",
     [W1, W2], "defamation", "two posts, same account"),
]


def req_mid(ref):
    return f"req.{ref}"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers

def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def multipart_alt(plain, html, boundary, html_qp=True):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(plain)}\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(html)}\n"
        f"--{boundary}--\n"
    )


GMAIL_QUOTE_R7 = f"""On Fri, Sep 20, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal team,
>
> Under Article 44-7 of the Information and Communications Network Act,
> please remove the following posts (ref. KCSC-240920-07):
>
> 1. {W1}
> 2. {W2}
>
> Korea Communications Standards Commission"""

OUTLOOK_QUOTE_R1 = "-----Original Message-----\nFrom: KCSC Takedown <takedown@kcsc.example>\n" \
    "Sent: Tuesday, September 17, 2024 10:00 AM\nTo: legal@x.com\n" \
    "Subject: [KCSC-240917-01] Request for removal of illegal gambling promotion\n\n" \
    "Dear X Legal team,\n\nPlease remove the following 12 items:\n\n" + \
    "\n".join(f"{i}. {u}" for i, u in enumerate(R1_URLS, 1)) + \
    "\n\nKorea Communications Standards Commission"

# ---------------------------------------------------------------- cases

CASES = []


def enc(text):
    """RFC 2047-encode a non-ASCII header value, as mail clients do."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode()


def case(**kw):
    for key in ("name_from", "subject"):
        if key in kw:
            kw[key] = enc(kw[key])
    CASES.append(kw)


# ===== X, request KCSC-240917-01 (12 items) ==================================

case(
    name="x-two-removed-one-kept-one-sentence",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal", date=d(20, 16, 2),
    subject="Re: [KCSC-240917-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240917-01"),
    body=f"""Hello,

Thank you for your report, reference KCSC-240917-01.

We have reviewed the first three posts listed in your request. We removed
{X1} and {X2} for violating our rules on illegal gambling promotion, while
{X3} remains available because it does not violate the X Rules.

We will reply separately about the other URLs in your request.

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (per-URL decision in prose)",
    why="one sentence gives two removals and a 'remains available' refusal: mixed statuses",
    items={X1: "removed", X2: "removed", X3: "rejected"},
)

case(
    name="x-withheld-and-hedge-in-relative-clause",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal", date=d(21, 9, 40),
    subject="Re: [KCSC-240917-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240917-01"),
    body=f"""Hello,

In response to your request, the post {X6} has been
withheld in South Korea.

The post {X7}, which appears to have been deleted by the
account holder before our review began, is not part of this action. We are
confirming its status and will write again.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content notice to a government requester",
    why="520 withheld in KR; 521 only 'appears to have been deleted' inside a relative clause and is still being confirmed",
    items={X6: "restricted", X7: "pending"},
)

case(
    name="x-not-removed-and-removed",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal", date=d(23, 11, 5),
    subject="Re: [KCSC-240917-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240917-01"),
    body=f"""Hi,

We have not removed {X8}. The post links to the public
results page of a licensed lottery operator and does not break our rules or
Korean law as described in your request.

The other post from the same account, {X9}, has been removed.

Thanks,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome: refusal with reason next to a removal",
    why="'have not removed' with a reason is a refusal (rejected); the next paragraph removes 631",
    items={X8: "rejected", X9: "removed"},
)

case(
    name="x-withheld-then-removed-globally",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal", date=d(24, 14, 30),
    subject="Update: [KCSC-240917-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240917-01"),
    body=f"""Hello,

An update on KCSC-240917-01.

On 19 September we withheld {X10} in South Korea.
After a further review against our global policies, that post has since
been removed for all users.

{X11} remains withheld in South Korea only.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X follow-up notice escalating a country withholding to a global removal",
    why="the later sentence revises 740 from withheld to removed; 741 stays withheld in KR",
    items={X10: "removed", X11: "restricted"},
)

case(
    name="x-account-suspended-url-on-next-line",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal", date=d(23, 17, 12),
    subject="Re: [KCSC-240917-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240917-01"),
    body=f"""Hello,

The following account has been permanently suspended for repeated
violations of our gambling policy:
{X12}

We could not find the following post. It may have been deleted before
your request reached us:
{X5}

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension and 'content not found' notice",
    why="statement line ends with ':' and the URL follows; suspension = removed; 'could not find' is unhedged (the hedge is only about why)",
    items={X12: "removed", X5: "not_found"},
)

X_TABLE_HTML = f"""<html><body>
<p>Hello,</p>
<p>Please see below the outcome for the posts reviewed under reference KCSC-240917-01.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{X1}</td><td>Removed</td></tr>
<tr><td>{X2}</td><td>Removed</td></tr>
<tr><td>{X4}</td><td>Withheld (KR)</td></tr>
</table>
<p><b>Correction:</b> {X2} was withheld in South Korea only; it was
not removed globally as the table above states. The table was produced before the final decision
was recorded.</p>
<p>X Legal Operations</p>
</body></html>"""

X_TABLE_PLAIN = f"""Hello,

Please see below the outcome for the posts reviewed under reference KCSC-240917-01.

URL | Action
{X1} | Removed
{X2} | Removed
{X4} | Withheld (KR)

Correction: {X2} was withheld in South Korea only; it was
not removed globally as the table above states. The table was produced before the final decision
was recorded.

X Legal Operations
"""

case(
    name="x-html-table-corrected-by-note",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal", date=d(25, 10, 0),
    subject="Re: [KCSC-240917-01] Outcome of your request",
    reply_to_req=req_mid("KCSC-240917-01"),
    raw_mime=multipart_alt(X_TABLE_PLAIN, X_TABLE_HTML, "xtbl-534-a"),
    outcome="applied", classification="confirmation",
    imitates="X outcome table (HTML) with a handwritten correction under it",
    why="an explicit 'Correction' below the table overrides its row: 102 restricted, not removed",
    items={X1: "removed", X2: "restricted", X4: "restricted"},
)

case(
    name="x-outlook-top-reply-over-request",
    **{"from": "m.ortega@x.com"}, name_from="Marta Ortega", date=d(24, 9, 3),
    subject="RE: [KCSC-240917-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240917-01"),
    body=f"""Hello KCSC team,

Items 1 and 4 of your list are done: <{X1}> and <{X4}>
were removed earlier today.

We were unable to locate <{X8}>. The status ID does not
exist on our systems.

The rest are still with the review team.

Marta Ortega
Legal Policy, X Corp.

{OUTLOOK_QUOTE_R1}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply by a platform legal employee over the quoted request",
    why="statements only above '-----Original Message-----'; the quoted list changes nothing",
    items={X1: "removed", X4: "removed", X8: "not_found"},
)

case(
    name="x-promise-to-withhold",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal", date=d(20, 18, 45),
    subject="Re: [KCSC-240917-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240917-01"),
    body=f"""Hello,

Thank you for your patience. The posts {X4} and
{X5} will be withheld in South Korea within 48 hours,
once our legal review is complete.

X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="X 'action pending' holding reply",
    why="'will be withheld ... once our review is complete' is a conditional promise; nothing done yet",
    items={X4: "pending", X5: "pending"},
)

case(
    name="x-all-reported-removed-bulk",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal", date=d(26, 8, 20),
    subject="Re: [KCSC-240917-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240917-01"),
    body="""Hello,

We have completed our review of your request KCSC-240917-01. All of the
reported posts and the reported account have been removed from X.

X Legal Operations
""",
    outcome="review", review="bulk",
    imitates="X short closing notice 'all reported content removed'",
    why="one statement covering twelve items without naming any",
    items={u: "pending" for u in R1_URLS},
)

case(
    name="x-removed-line-retracted",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal", date=d(25, 15, 10),
    subject="Re: [KCSC-240917-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240917-01"),
    body=f"""Hello,

We have removed {X4}.

Apologies, please disregard the line above: it was sent by mistake. That
post has not been actioned yet and is still in our review queue. We will
let you know the outcome.

X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="X reply whose agent retracts a templated line in the next paragraph",
    why="the later paragraph withdraws the removal: the post is still queued, so pending",
    items={X4: "pending"},
)

case(
    name="x-dmarc-fail",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail", date=d(23, 13, 0),
    subject="Re: [KCSC-240920-07] Request for removal",
    reply_to_req=req_mid("KCSC-240920-07"),
    body=f"""Hello,

The posts {W1} and {W2} have been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply (spoofed, DMARC fail)",
    why="x.com sender failing DMARC: no status may change",
    items={W1: "pending", W2: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "m.ortega@x.com"}, name_from="Marta Ortega", date=d(20, 10, 1),
    subject="Automatic reply: [KCSC-240920-07] Request for removal",
    reply_to_req=req_mid("KCSC-240920-07"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday 30 September with limited access to
email. For urgent legal requests please write to legal@x.com, which is
monitored every day.

Marta Ortega
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
)

# ===== X, request KCSC-240920-07 (2 items) ===================================

case(
    name="x-one-removed-the-other-kept-by-position",
    **{"from": "m.ortega@x.com"}, name_from="Marta Ortega", date=d(24, 11, 20),
    subject="Re: [KCSC-240920-07] Request for removal",
    reply_to_req=req_mid("KCSC-240920-07"),
    body=f"""Hello,

We've removed {W1}.

The other post you listed stays up: it reports on a court hearing that was
open to the public and doesn't break our rules.

Best,
Marta

{GMAIL_QUOTE_R7}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply by a platform employee",
    why="'the other post you listed' of a two-item request is 5678; refusal with a reason",
    items={W1: "removed", W2: "rejected"},
)

case(
    name="x-wrapped-urls-in-angle-brackets",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal", date=d(25, 9, 30),
    subject="Re: [KCSC-240920-07] Request for removal",
    reply_to_req=req_mid("KCSC-240920-07"),
    body=f"""Hello,

The posts below have been withheld in South Korea in response to your
request KCSC-240920-07:

<https://x.com/rumor_mill_kr/status/
1837100000000001234>
<https://x.com/rumor_mill_kr/status/1837100000000005678>

They remain visible outside Korea.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice with URLs wrapped by the mail client",
    why="both URLs named (one wrapped inside angle brackets): restricted",
    items={W1: "restricted", W2: "restricted"},
)

# ===== YouTube, request KCSC-240917-02 (4 items) ==============================

case(
    name="yt-statuses-by-item-number",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support", date=d(21, 3, 12),
    subject="[4-1127000034561] Re: KCSC-240917-02 YouTube legal removal request",
    reply_to_req=req_mid("KCSC-240917-02"),
    body=f"""Hello,

Thanks for reaching out to us. We have reviewed the following URLs from
your request:

1. {Y1}
2. {Y2}
3. {Y3}
4. {Y4}

Outcome:
Items 1 and 2 have been removed for violating our medical misinformation
policy. Item 3 has been restricted in South Korea on the basis of local
law. For item 4 (the channel) we have taken no action: the channel as a
whole does not violate our Community Guidelines.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support reply to a government removal request (numbered list + outcome)",
    why="statuses given by list position; the list is in the same email",
    items={Y1: "removed", Y2: "removed", Y3: "restricted", Y4: "rejected"},
)

YT_CSV = f"""url,decision,policy
{Y1},Removed,Community Guidelines - medical misinformation
{Y3},Blocked in KR,Local law
{Y4},No action,No violation found
"""

case(
    name="yt-csv-attachment-mixed",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support", date=d(23, 4, 40),
    subject="[4-1127000034561] Re: KCSC-240917-02 YouTube legal removal request",
    reply_to_req=req_mid("KCSC-240917-02"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="yt-csv-534"

--yt-csv-534
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the decision for each URL we reviewed under your
request KCSC-240917-02. The remaining URL is still being reviewed.

Regards,
The YouTube Legal Support Team

--yt-csv-534
Content-Type: text/csv; charset=utf-8; name="KCSC-240917-02_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240917-02_outcome.csv"
Content-Transfer-Encoding: base64

{b64(YT_CSV)}
--yt-csv-534--
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support outcome sheet sent as a CSV attachment",
    why="CSV rows: removed, blocked in KR (restricted), no action (rejected)",
    items={Y1: "removed", Y3: "restricted", Y4: "rejected"},
)

case(
    name="yt-age-restricted-other-under-review",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support", date=d(22, 2, 55),
    subject="[4-1127000034561] Re: KCSC-240917-02 YouTube legal removal request",
    reply_to_req=req_mid("KCSC-240917-02"),
    body=f"""Hello,

We've applied an age restriction to {Y2}, so it is no
longer available to signed-out viewers or users under 18.

{Y3} is still under review, and we'll follow up once
we have reached a decision.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice",
    why="age-restricted = restricted; 'still under review' leaves the Short pending",
    items={Y2: "restricted", Y3: "pending"},
)

case(
    name="yt-actioned-phrase-over-gmail-quote",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support", date=d(20, 22, 10),
    subject="[4-1127000034561] Re: KCSC-240917-02 YouTube legal removal request",
    reply_to_req=req_mid("KCSC-240917-02"),
    body=f"""Hello,

{Y1} has been actioned under our policies.

Regards,
The YouTube Legal Support Team

On Tue, Sep 17, 2024 at 11:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal team,
>
> Please remove the following content (ref. KCSC-240917-02):
>
> {Y1}
> {Y2}
> {Y3}
> {Y4}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'actioned under our policies' one-line outcome",
    why="platform phrase for removal; the quoted list says nothing",
    items={Y1: "removed"},
)

case(
    name="yt-reinstated-after-appeal",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support", date=d(27, 5, 25),
    subject="[4-1127000034561] Update: KCSC-240917-02 YouTube legal removal request",
    reply_to_req=req_mid("KCSC-240917-02"),
    body=f"""Hello,

We're writing with an update on {Y3}.

We removed this Short earlier this week. The uploader appealed, and after a
second review we concluded that it does not violate our Community
Guidelines. The Short has been reinstated and is available on YouTube
again.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube appeal outcome: content reinstated",
    why="the later sentences revise the removal: reinstated as not violating = stays up (rejected)",
    items={Y3: "rejected"},
)

YT_CONFLICT_HTML = f"""<html><body>
<p>Hello,</p>
<p>Here is the result of our review for request KCSC-240917-02.</p>
<table border="1" cellpadding="4">
<tr><th>Content URL</th><th>Result</th></tr>
<tr><td>{Y1}</td><td>Removed</td></tr>
</table>
<p>Note: the video {Y1} is still available on YouTube. Our review did
not find a violation of our Community Guidelines or of local law.</p>
<p>Regards,<br>The YouTube Legal Support Team</p>
</body></html>"""

YT_CONFLICT_PLAIN = f"""Hello,

Here is the result of our review for request KCSC-240917-02.

Content URL: {Y1}
Result: Removed

Note: the video {Y1} is still available on YouTube. Our review did
not find a violation of our Community Guidelines or of local law.

Regards,
The YouTube Legal Support Team
"""

case(
    name="yt-table-contradicted-by-note",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support", date=d(24, 6, 0),
    subject="[4-1127000034561] Re: KCSC-240917-02 YouTube legal removal request",
    reply_to_req=req_mid("KCSC-240917-02"),
    raw_mime=multipart_alt(YT_CONFLICT_PLAIN, YT_CONFLICT_HTML, "ytc-534-b"),
    outcome="review", review="conflicting_statements",
    imitates="Google outcome table with a free-text note from the reviewer",
    why="table says Removed, the note says still available and no violation; nothing marks which one is the correction",
    items={Y1: "pending"},
)

case(
    name="yt-may-have-been-taken-down",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support", date=d(21, 8, 15),
    subject="[4-1127000034561] Re: KCSC-240917-02 YouTube legal removal request",
    reply_to_req=req_mid("KCSC-240917-02"),
    body=f"""Hello,

It looks like {Y2} may have been taken down by the
uploader already, but we can't confirm this from our side yet. Our team
will check and get back to you.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="Google legal support interim reply",
    why="hedged ('may have been', 'can't confirm'): no statement",
    items={Y2: "pending"},
)

DSN_TEXT = """This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

     legal-kr-old@google.com

Technical details of permanent failure:
The email account that you tried to reach does not exist.
"""

case(
    name="google-dsn-bounce",
    **{"from": "mailer-daemon@google.com"}, name_from="Mail Delivery Subsystem", date=d(17, 11, 31),
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-534-c"

--dsn-534-c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{DSN_TEXT}
--dsn-534-c
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.google.com
Arrival-Date: Tue, 17 Sep 2024 02:30:05 +0000

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--dsn-534-c
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: [KCSC-240917-02] Request for removal of medical misinformation
Date: Tue, 17 Sep 2024 11:30:00 +0900
Message-ID: <req.KCSC-240917-02@kcsc.example>

--dsn-534-c--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail Delivery Status Notification (Failure)",
    why="DSN for our own request",
)

# ===== Telegram, request KCSC-240918-03 (3 items) ============================

case(
    name="tg-three-statuses-one-sentence",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(20, 21, 14),
    subject="Re: KCSC-240918-03",
    reply_to_req=req_mid("KCSC-240918-03"),
    body=f"""Hello,

{T1} has been removed and {T3} was blocked on all platforms, but we could not find {T2} - this message ID does not exist in that channel.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk one-line reply",
    why="three URLs and three statuses in one sentence",
    items={T1: "removed", T3: "removed", T2: "not_found"},
)

case(
    name="tg-will-not-act-reason",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(22, 19, 2),
    subject="Re: KCSC-240918-03",
    reply_to_req=req_mid("KCSC-240918-03"),
    body=f"""Hello,

We will not take action on {T2}.

We reviewed the message. It is a price list for legal goods and does not
violate the Telegram Terms of Service.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk refusal",
    why="'will not take action' is a decision, not a promise; the reason follows: rejected",
    items={T2: "rejected"},
)

case(
    name="tg-bare-urls-status-below",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(21, 15, 48),
    subject="Re: KCSC-240918-03 - results",
    reply_to_req=req_mid("KCSC-240918-03"),
    body=f"""Hello,

Results of your report:

{T1}
Status: blocked in all countries

{T3}
Status: not found

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk result list (URL, status on the line below)",
    why="each status stands on the line under its URL",
    items={T1: "removed", T3: "not_found"},
)

case(
    name="tg-receipt-plus-takedown",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA", date=d(19, 12, 30),
    subject="Re: KCSC-240918-03 [Case #8812034]",
    reply_to_req=req_mid("KCSC-240918-03"),
    body=f"""Hello,

Thank you, we received your report and opened Case #8812034.

The post {T3} has already been taken down. We are
still looking at the other two links.

Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA case receipt that also reports a takedown",
    why="receipt phrase plus an unhedged item statement: not a pure acknowledgement",
    items={T3: "removed"},
)

case(
    name="tg-autoreply-received",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA", date=d(18, 9, 16),
    subject="Re: KCSC-240918-03 [Case #8812034]",
    reply_to_req=req_mid("KCSC-240918-03"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""This is an automated message.

We have received your email and registered it as Case #8812034. Please keep
this number in the subject line of any further messages about this matter.
Replies are usually sent within 7 days.

Telegram DSA Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram DSA automated case receipt",
    why="pure receipt, no item statement",
)

case(
    name="tg-about-x-posts",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", date=d(23, 20, 5),
    subject="Re: KCSC-240920-07",
    reply_to_req=req_mid("KCSC-240920-07"),
    body=f"""Hello,

The links {W1} and {W2} are not hosted on Telegram,
so we could not find them and cannot act on them. Please contact the
service that hosts them.

Telegram Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="'we do not host this content' reply from another provider",
    why="Telegram states 'could not find' about X's items",
    items={W1: "pending", W2: "pending"},
)

case(
    name="tg-new-portal-notice",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA", date=d(26, 18, 0),
    subject="Change in how authorities contact Telegram",
    body="""Hello,

From 1 October 2024, reports from authorities should be submitted through
our new portal at https://telegram.org/dsa-portal. Emails sent to this
address after that date will no longer be processed.

Thank you for your cooperation.

Telegram DSA Team
""",
    outcome="review", review="no_claims",
    imitates="platform circular to authorities about a new reporting channel",
    why="trusted Telegram mail naming no item and no request",
)

# ===== NAVER, request KCSC-240918-04 (5 items) ===============================

case(
    name="naver-deleted-and-temporary-measure-one-sentence",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", date=d(20, 15, 20),
    subject="[NAVER] KCSC-240918-04 시정요구 조치 결과 회신",
    reply_to_req=req_mid("KCSC-240918-04"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 {N1} 게시물은 삭제 조치하였고, {N2} 게시물은 30일간 임시조치하였습니다.

나머지 게시물은 검토 후 별도로 회신드리겠습니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치 결과 회신 (prose)",
    why="one sentence: 삭제 (removed) and 임시조치 (restricted)",
    items={N1: "removed", N2: "restricted"},
)

case(
    name="naver-raw-korean-path-and-particle",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", date=d(23, 10, 45),
    subject="[NAVER] KCSC-240918-04 시정요구 조치 결과 회신 (2차)",
    reply_to_req=req_mid("KCSC-240918-04"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

「{N3_RAW}」 게시물은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

{N5}는 운영정책 검토 결과 위반 사항이 확인되지 않아 게시를 유지합니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치 결과 회신 (already deleted by author / kept up)",
    why="raw Korean path in corner brackets = percent-encoded URL, already deleted by author (not_found); particle 는 glued to the kin URL, kept up (rejected)",
    items={N3: "not_found", N5: "rejected"},
)

case(
    name="naver-not-deleted-but-restricted",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", date=d(24, 13, 30),
    subject="[NAVER] KCSC-240918-04 시정요구 조치 결과 회신",
    reply_to_req=req_mid("KCSC-240918-04"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

{N4} 게시물은 삭제하지 않았으며, 대신 국내 이용자의 접근을 제한하였습니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 접근 제한 회신",
    why="'삭제하지 않았으며' negates deletion; the restriction (접근 제한) is what was done",
    items={N4: "restricted"},
)

NAVER_TABLE_HTML = f"""<html><body>
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>KCSC-240918-04 시정요구에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치 결과</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td></tr>
<tr><td>2</td><td>{N2}</td><td>임시조치</td></tr>
<tr><td>3</td><td>{N3_RAW}</td><td>임시조치</td></tr>
<tr><td>4</td><td>{N4}</td><td>조치 불가 (위반 사항 없음)</td></tr>
<tr><td>5</td><td>{N5.replace("&", "&amp;")}</td><td>해당 게시물 없음</td></tr>
</table>
<p>※ 3번 항목은 위 표에 임시조치로 기재되어 있으나, 재검토 결과 9월 24일 게시중단(삭제) 처리하였습니다.</p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>"""

case(
    name="naver-qp-table-with-revising-note",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", date=d(25, 11, 0),
    subject="[NAVER] KCSC-240918-04 시정요구 조치 결과 회신 (최종)",
    reply_to_req=req_mid("KCSC-240918-04"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(NAVER_TABLE_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치 결과 table (HTML, quoted-printable) with a footnote",
    why="five rows with Korean statuses; the ※ note revises row 3 from 임시조치 to 게시중단",
    items={N1: "removed", N2: "restricted", N3: "removed", N4: "rejected", N5: "not_found"},
)

case(
    name="naver-earlier-refusal-corrected",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", date=d(26, 9, 50),
    subject="[NAVER] KCSC-240918-04 조치 결과 정정 안내",
    reply_to_req=req_mid("KCSC-240918-04"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

지난 9월 21일 회신에서 {N2} 게시물을 '조치 불가'로 안내드렸으나, 이는 담당자의 착오였습니다.
해당 게시물은 9월 20일 게시중단 처리되었음을 정정하여 알려드립니다.

혼란을 드려 죄송합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치 결과 정정 안내",
    why="the earlier 'no action' is named only to be corrected; the post is 게시중단 (removed)",
    items={N2: "removed"},
)

case(
    name="naver-asks-for-documents",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", date=d(19, 17, 5),
    subject="[NAVER] KCSC-240918-04 관련 추가 자료 요청",
    reply_to_req=req_mid("KCSC-240918-04"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

{N4} 게시물에 대한 명예훼손 여부를 판단하기 위하여 피해자 확인 자료 및 관련 판결문 등 소명 자료를 회신해 주시기 바랍니다.
자료를 확인한 후 조치 여부를 안내드리겠습니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 소명 자료 요청",
    why="the platform asks for supporting documents before deciding",
    items={N4: "pending"},
)

case(
    name="naver-report-received",
    **{"from": "noreply@navercorp.com"}, name_from="NAVER 고객센터", date=d(18, 14, 2),
    subject="[NAVER] 게시중단 요청이 접수되었습니다 (KCSC-240918-04)",
    reply_to_req=req_mid("KCSC-240918-04"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, NAVER 고객센터입니다.

요청하신 게시중단 요청이 정상적으로 접수되었습니다.
접수번호: NV-20240918-55120

처리 결과는 영업일 기준 3~5일 이내에 메일로 안내드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 접수 안내 메일",
    why="pure receipt with a ticket number",
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", date=d(18, 14, 40),
    subject="읽음 확인: [KCSC-240918-04] 게시물 시정요구",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-534-d"

--mdn-534-d
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 2024-09-18 14:40 에 수신자가 읽었습니다.
제목: [KCSC-240918-04] 게시물 시정요구

--mdn-534-d
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Works Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req.KCSC-240918-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-534-d--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (Korean mail client)",
    why="read receipt",
)

# ===== Daum, request KCSC-240919-05 (2 items) ================================

case(
    name="daum-blind-and-still-reviewing",
    **{"from": "cafe-policy@kakaocorp.com"}, name_from="카카오 카페 운영정책", date=d(21, 11, 11),
    subject="Re: [KCSC-240919-05] 게시물 시정요구",
    reply_to_req=req_mid("KCSC-240919-05"),
    body=f"""안녕하세요. 카카오 Daum 카페 운영정책 담당자입니다.

{D1} 게시글은 개인정보 노출로 확인되어 블라인드 처리되었습니다.
{D2} 게시글은 현재 검토 중이며, 결과가 나오는 대로 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 블라인드 처리 안내",
    why="블라인드 = removed; 검토 중 leaves 193 pending",
    items={D1: "removed", D2: "pending"},
)

DAUM_B64 = f"""안녕하세요. 카카오 Daum 카페 운영정책 담당자입니다.

요청하신 아래 두 게시글은 모두 운영자 삭제 처리되었습니다.

- {D1}
- {D2}

감사합니다.
"""

case(
    name="daum-base64-operator-deleted-list",
    **{"from": "cafe-policy@kakaocorp.com"}, name_from="카카오 카페 운영정책", date=d(24, 10, 5),
    subject="Re: [KCSC-240919-05] 게시물 시정요구 처리 결과",
    reply_to_req=req_mid("KCSC-240919-05"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DAUM_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 운영자 삭제 안내 (base64 body)",
    why="'both' but each URL is listed: not bulk; 운영자 삭제 = removed",
    items={D1: "removed", D2: "removed"},
)

case(
    name="daum-deletion-if-no-explanation",
    **{"from": "cafe-policy@kakaocorp.com"}, name_from="카카오 카페 운영정책", date=d(23, 16, 20),
    subject="Re: [KCSC-240919-05] 게시물 시정요구",
    reply_to_req=req_mid("KCSC-240919-05"),
    body=f"""안녕하세요. 카카오 Daum 카페 운영정책 담당자입니다.

{D2} 게시글에 대해서는 게시자에게 소명 기회를 부여하였으며, 9월 30일까지 소명이 없을 경우 삭제될 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum 소명 기회 부여 안내",
    why="deletion only on a condition and in the future: pending",
    items={D2: "pending"},
)

case(
    name="daum-out-of-office-korean",
    **{"from": "jiwoo.han@kakaocorp.com"}, name_from="한지우", date=d(19, 10, 41),
    subject="[자동회신] 부재중입니다 Re: [KCSC-240919-05] 게시물 시정요구",
    reply_to_req=req_mid("KCSC-240919-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 한지우입니다.

9월 19일부터 9월 23일까지 휴가로 부재중입니다.
급한 용무는 cafe-policy@kakaocorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply",
    why="auto-reply",
)

# ===== TikTok, request KCSC-240920-06 (1 item) ===============================

case(
    name="tiktok-all-reported-removed-single-item",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal", date=d(23, 15, 0),
    subject="Re: KCSC-240920-06 Content removal request",
    reply_to_req=req_mid("KCSC-240920-06"),
    body="""Hello,

Thank you for your request KCSC-240920-06. All content reported in your
request has been removed from TikTok for violating our Community
Guidelines on regulated goods.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome notice",
    why="a statement about 'all content' of a one-item request applies",
    items={K1: "removed"},
)

case(
    name="tiktok-sor-not-removed-restricted-kr",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal", date=d(25, 17, 30),
    subject="Re: KCSC-240920-06 Decision on your request",
    reply_to_req=req_mid("KCSC-240920-06"),
    body=f"""Hello,

Statement of reasons

Content: {K1}
Decision: Not removed globally. Access to this video has been restricted in
the Republic of Korea on the basis of local law.
Territorial scope: KR
Automated means used: No

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (territorial restriction)",
    why="'Not removed' then a KR restriction: restricted",
    items={K1: "restricted"},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok Support", date=d(20, 9, 5),
    subject="We've received your report [KCSC-240920-06]",
    reply_to_req=req_mid("KCSC-240920-06"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hi,

We've received your report. Your reference number is TT-24092000913.

Our team will review it and get back to you by email. You don't need to
reply to this message.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="pure receipt",
)

case(
    name="tiktok-lawyer-unknown-sender",
    **{"from": "counsel@mirae-law.example"}, name_from="Mirae Law Office", date=d(24, 14, 0),
    subject="KCSC-240920-06 - video deleted by our client",
    reply_to_req=req_mid("KCSC-240920-06"),
    body=f"""Dear Sir or Madam,

We act for the holder of the TikTok account that posted
{K1}.

Our client has deleted the video, and we ask that the matter be closed.

Yours faithfully,
Mirae Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="law firm letter on behalf of an uploader",
    why="not a platform domain, but names our request and URL",
    items={K1: "pending"},
)


HEADER = """# Blind set 534 (what a program gets wrong): written from each email's
# meaning, before any run of the reader. Generated by make.py."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind534", HEADER, CASES)


if __name__ == "__main__":
    main()
