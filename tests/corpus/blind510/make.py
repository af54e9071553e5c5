#!/usr/bin/env python3
"""Blind set 510: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
that disagrees with its note, statuses given by position. Every email is
fictional and written in our own sentences; the expected result of each
case was written from the email's meaning alone, before any run of the
reader.

    python3 tests/corpus/blind510/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")
corpuslib.DOMAIN_NAMES.setdefault("tiktok.com", "TikTok")


def enc(path):
    """Percent-encode a Korean path as a browser would."""
    return quote(path, safe="/-_.~")


# ---------------------------------------------------------------- requests
X = [
    "https://x.com/moonlit_ledger/status/1830114456712204801",
    "https://x.com/moonlit_ledger/status/1830120987345661952",
    "https://x.com/grayfin_market/status/1829876543210987520",
    "https://x.com/grayfin_market/status/1829880011223344556",
    "https://x.com/quiet_orchard77/status/1830203344556677889",
    "https://x.com/quiet_orchard77",
    "https://x.com/pillbox_kr/status/1830301122334455667",
    "https://x.com/pillbox_kr/status/1830309988776655443",
    "https://x.com/northgate_sales/status/1830412233445566778",
    "https://x.com/northgate_sales/status/1830415566778899001",
    "https://x.com/tinlantern_02/status/1830520011002200330",
    "https://x.com/tinlantern_02/status/1830527788990011223",
]
T = [
    "https://t.me/harborlight_deals/1184",
    "https://t.me/harborlight_deals/1207",
    "https://t.me/velvetcrane_kr/392",
    "https://t.me/+Qw3rTyUi0pAsDfGh",
]
Y = [
    "https://www.youtube.com/watch?v=Jk3vQ9pLx2A",
    "https://www.youtube.com/watch?v=bT7mR0sWq4E",
    "https://www.youtube.com/shorts/Zp8nC1vK5dU",
    "https://www.youtube.com/watch?v=hG2xL6yN0oI",
    "https://www.youtube.com/@ironkettle_tv",
]
N = [
    "https://blog.naver.com/sunbeam_0412/223561234567",
    "https://cafe.naver.com/greenmarket77/48213",
    "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=478812345",
]
K2_RAW = "https://plumtree88.tistory.com/entry/급전-당일-안내"
K = [
    "https://cafe.daum.net/bluepine2020/Hn4k/1532",
    "https://plumtree88.tistory.com" + enc("/entry/급전-당일-안내"),
]
TK = ["https://www.tiktok.com/@saltmoth.kr/video/7410023344556677889"]
W = [
    "https://x.com/copperwren_kr/status/1833221100998877665",
    "https://x.com/copperwren_kr/status/1833225566443322110",
    "https://x.com/dustyharbor_9/status/1833300011223344556",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", X,
     "illegal_goods", 'batch "A", sales of prescription drugs, 12 posts'),
    ("KCSC-240903-02", "telegram", "2024-09-03T09:30:00+09:00", "2024-09-10T18:00:00+09:00", T,
     "illegal_goods", "channels and one private invite link"),
    ("KCSC-240904-03", "youtube", "2024-09-04T14:00:00+09:00", "2024-09-11T18:00:00+09:00", Y,
     "gambling", "videos, a short, and the channel itself"),
    ("KCSC-240905-04", "naver", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00", N,
     "fraud", "blog, cafe and Knowledge iN, loan fraud"),
    ("KCSC-240906-05", "kakao", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00", K,
     "fraud", "Daum cafe and Tistory, Korean slug"),
    ("KCSC-240909-06", "tiktok", "2024-09-09T09:00:00+09:00", "2024-09-16T18:00:00+09:00", TK,
     "illegal_goods", "single video"),
    ("KCSC-240910-07", "x", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00", W,
     "gambling", 'follow-up to "A", new accounts'),
]


def mid(ref):
    return "req-" + ref.lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def quoted(lines):
    return "\n".join("> " + l if l else ">" for l in lines)


REQ1_QUOTE = quoted(
    ["Dear X Legal,", "",
     "Under Article 44-7 of the Network Act we request the removal of the",
     "following posts offering prescription drugs for sale:", ""]
    + [f"{i}. {u}" for i, u in enumerate(X, 1)]
    + ["", "Reference: KCSC-240902-01", "KCSC Takedown"]
)
REQ2_LIST = [f"{i}. {u}" for i, u in enumerate(T, 1)]

# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ===== X, request 1 (12 items) ===========================================
case(
    name="x-mixed-one-sentence",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 06:12:31 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content under Korean law",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your request dated 2 September 2024 (your reference
KCSC-240902-01).

Having reviewed the reported posts, we have withheld {X[0]} and
{X[1]} in South Korea, removed {X[2]} globally for violating the X Rules,
and were unable to locate {X[3]}.

We will send a separate response regarding the remaining posts in your
request.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome email (country withheld content)",
    why="one sentence carries three statuses for four URLs; the closing promise touches no named item",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "not_found"},
)

case(
    name="x-removed-but-not-account",
    **{"from": "legal@x.com"}, name_from="Dana Whitcombe (X)",
    date="Thu, 05 Sep 2024 02:40:09 +0000",
    subject="RE: KCSC-240902-01",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hi KCSC team,

Re: KCSC-240902-01

We removed {X[4]} but not the account {X[5]}, which we found does not
itself break the X Rules or Korean law: the account's other posts are
ordinary personal updates.

Thanks,
Dana Whitcombe
Legal Policy, X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal policy analyst's personal reply",
    why="'removed A but not B, which does not break the rules': removed and rejected in one sentence",
    items={X[4]: "removed", X[5]: "rejected"},
)

case(
    name="x-correction-later-sentence",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 08:03:55 +0000",
    subject="Update on your request KCSC-240902-01",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

An update on your request KCSC-240902-01.

On 4 September we withheld {X[6]} in South Korea.

Correction: after a second review by our safety team, that post has now
been removed globally under our policy on illegal or certain regulated
goods, so it is no longer visible in any country.

{X[7]} remains available. It links to a news article about a pharmacy
regulation and does not offer anything for sale, so it does not violate
the X Rules.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up correcting an earlier country-withheld action",
    why="the later 'Correction' paragraph revises withheld to removed; the second post is refused with a reason",
    items={X[6]: "removed", X[7]: "rejected"},
)

case(
    name="x-table-note-supersedes",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 11:20:00 +0000",
    subject="[KCSC-240902-01] Outcome of your legal request",
    reply_to_req=mid("KCSC-240902-01"),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please see below the outcome for part of your request KCSC-240902-01.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X[0]}</td><td>Withheld in: KR</td></tr>
<tr><td>{X[1]}</td><td>Withheld in: KR</td></tr>
<tr><td>{X[2]}</td><td>Removed (global)</td></tr>
</table>
<p><b>Update, 6 September:</b> after this table was prepared, the account
holder deleted <a href="{X[1]}">{X[1]}</a> themselves. That post no longer
exists on X.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome table (HTML) with an appended update",
    why="the note explicitly post-dates and supersedes the table row: the second post is gone, deleted by its author",
    items={X[0]: "restricted", X[1]: "not_found", X[2]: "removed"},
)

case(
    name="x-top-posted-gmail-quote",
    **{"from": "m.osei@x.com"}, name_from="Maya Osei",
    date="Sat, 07 Sep 2024 01:15:42 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content under Korean law",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hi,

The two posts from @tinlantern_02 in your list were removed today for
violating our rules:
{X[10]}
{X[11]}

We're still working through the rest.

Maya

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{REQ1_QUOTE}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the quoted request",
    why="statement covers the two URLs listed under it; the other ten appear only in the quoted request",
    items={X[10]: "removed", X[11]: "removed"},
)

case(
    name="x-wrapped-angle-urls",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sun, 08 Sep 2024 04:31:17 +0000",
    subject="Re: KCSC-240902-01 - northgate_sales",
    reply_to_req=mid("KCSC-240902-01"),
    body="""
Hello,

Following our review:

The post <https://x.com/northgate_sales/
status/1830412233445566778> has been removed for violating the X Rules.

Access to <https://x.com/northgate_sales/status/
1830415566778899001> has been withheld in South Korea in response to
your legal demand.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply from a client that wraps long bracketed URLs",
    why="URLs wrapped inside angle brackets (RFC 3986 appendix C); removed and withheld",
    items={X[8]: "removed", X[9]: "restricted"},
)

case(
    name="x-promise-and-under-review",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 03 Sep 2024 07:45:00 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content under Korean law",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your request KCSC-240902-01.

We will withhold {X[0]} and {X[1]} in South Korea once our legal team
completes its assessment, which we expect within 24 hours.
{X[2]} is still under review.

We'll write again when a decision has been made.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply",
    why="a promise and 'under review' about named items: nothing is stated as done",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 03:02:12 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content under Korean law",
    reply_to_req=mid("KCSC-240902-01"),
    body="""
Hello,

We have completed our review of request KCSC-240902-01. All 12 posts
listed in your request have been withheld in South Korea.

Affected account holders have been notified in line with our policy
(https://help.x.com/en/rules-and-policies/post-withheld-by-country).

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal blanket outcome",
    why="one statement about all twelve posts without naming them: bulk",
    items={u: "pending" for u in X},
)

# ===== X, request 7 (3 items) ============================================
CSV_ATT = (
    "Reported URL,Action taken,Scope,Notes\n"
    f"{W[0]},Withheld,KR,\n"
    f'{W[1]},No action,,"Commentary on a sports result; does not violate the X Rules, not illegal under KR law"\n'
    f"{W[2]},Removed,Global,Illegal or certain regulated goods\n"
)
case(
    name="x-csv-attachment",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 05:50:40 +0000",
    subject="[KCSC-240910-07] Outcome",
    reply_to_req=mid("KCSC-240910-07"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_x7_outcome"

--=_x7_outcome
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for your request KCSC-240910-07.

X Legal

--=_x7_outcome
Content-Type: text/csv; charset=utf-8; name="KCSC-240910-07_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240910-07_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--=_x7_outcome--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome sent as a CSV attachment",
    why="CSV rows: withheld, no action with its reason, removed",
    items={W[0]: "restricted", W[1]: "rejected", W[2]: "removed"},
)

case(
    name="x-echoed-report-by-position",
    **{"from": "no-reply@x.com"}, name_from="X",
    date="Thu, 12 Sep 2024 09:14:03 +0000",
    subject="Your report to X: KCSC-240910-07",
    body=f"""
Your report

Report ID: 7e1c-5520
Reported content:
{W[0]}
{W[1]}
Reason given: Illegal content - Republic of Korea
Your reference: KCSC-240910-07

Our decision

The first post above has been withheld in South Korea. We took no action
on the second post: it does not violate the X Rules and we did not find
it to be illegal in the reported country.

You can learn more about how we handle legal requests at
https://help.x.com/en/rules-and-policies/x-legal-faqs

X
""",
    outcome="applied", classification="confirmation",
    imitates="X illegal-content report outcome email that echoes the report",
    why="decisions name posts by position ('first post above', 'second post') in the echoed list",
    items={W[0]: "restricted", W[1]: "rejected"},
)

case(
    name="x-ack-plus-statement",
    **{"from": "legal@x.com"}, name_from="X Support",
    date="Fri, 13 Sep 2024 02:22:50 +0000",
    subject="Case 0412-7788-2209 [KCSC-240910-07]",
    body=f"""
Hello,

Thank you for contacting X. We have received your report; your case
number is 0412-7788-2209.

We've reviewed {W[2]} and removed it for violating our rules on illegal
or certain regulated goods.

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support receipt that already carries a decision",
    why="acknowledgement phrase plus an unhedged statement about a named post: not a pure acknowledgement",
    items={W[2]: "removed"},
)

case(
    name="x-auth-fail",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Wed, 11 Sep 2024 13:05:00 +0000",
    subject="Re: [KCSC-240910-07] removal request",
    body=f"""
Hello,

{W[0]} and {W[1]} have been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply (forged, DMARC fails)",
    why="x.com sender failing authentication",
    items={W[0]: "pending", W[1]: "pending"},
)

case(
    name="x-mdn-read-receipt",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 07:01:44 +0000",
    subject="Read: [KCSC-240910-07] Request to remove content",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7731"

--mdn-7731
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: [KCSC-240910-07] Request to remove content
  Sent: Tuesday, September 10, 2024 3:00 PM (UTC+09:00) Seoul

was read on Tuesday, September 10, 2024 4:01 PM (UTC+09:00) Seoul.

--mdn-7731
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Exchange Server
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <{mid("KCSC-240910-07")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7731--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook/Exchange read receipt (MDN)",
    why="read receipt",
    items={},
)

# ===== Telegram, request 2 (4 items) =====================================
case(
    name="tg-results-by-position",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 16:48:20 +0000",
    subject="Re: [KCSC-240903-02] Request to remove content",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hello,

Thank you for your report (KCSC-240903-02). Our moderators have checked
the four links, in the order you listed them:

1 - blocked
2 - blocked
3 - no violation found; the post is a repost of a news article
4 - this invite link is invalid and does not lead to any chat

Telegram Abuse Team

On Tue, 3 Sep 2024 at 09:30, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Please remove the following content offering prohibited goods:
>
{quoted(REQ2_LIST)}
>
> KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply answering a numbered list",
    why="statuses given by position, matching the numbered list of the request (quoted below, same order as requests.csv)",
    items={T[0]: "removed", T[1]: "removed", T[2]: "rejected", T[3]: "not_found"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 10:02:11 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hello,

Regarding the content you reported (KCSC-240903-02):

The channel post {T[0]}, which may have been forwarded to other channels
before our review, has been blocked.

We were unable to locate {T[1]}, which appears to have been deleted by
the channel's administrator before our moderators reached it.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="the hedges sit in relative clauses; the main clauses state blocked and could not locate",
    items={T[0]: "removed", T[1]: "not_found"},
)

case(
    name="tg-outlook-quoted-request",
    **{"from": "ilya.s@telegram.org"}, name_from="Ilya S.",
    date="Sat, 07 Sep 2024 08:30:00 +0000",
    subject="RE: [KCSC-240903-02] Request to remove content",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Dear KCSC,

t.me/harborlight_deals/1184 - blocked for all users.
t.me/velvetcrane_kr/392 - not blocked. The post compares prices of legal
supplements and contains no offer of prohibited goods, so it does not
breach our Terms of Service.

Best,
Ilya (Telegram Support)

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 9:30 AM
To: abuse@telegram.org
Subject: [KCSC-240903-02] Request to remove content

Dear Telegram,

Please remove the following content offering prohibited goods:

""" + "\n".join(REQ2_LIST) + """

KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below -----Original Message-----",
    why="scheme-less URLs above the quote: one blocked, one refused with a reason; the quoted list is not a statement",
    items={T[0]: "removed", T[2]: "rejected"},
)

case(
    name="tg-conditional",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 04 Sep 2024 12:12:12 +0000",
    subject="Re: [KCSC-240903-02] Request to remove content",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hello,

We have contacted the administrator of harborlight_deals. If the
administrator does not remove {T[0]} and {T[1]} within 48 hours, the
channel will be blocked.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk reply giving the channel owner notice",
    why="a condition and a promise: nothing is done yet",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="tg-channel-admin-gmail",
    **{"from": "harborlight.deals.admin@gmail.com"}, name_from="Harborlight Deals",
    date="Fri, 06 Sep 2024 03:33:00 +0000",
    subject="About KCSC-240903-02",
    body=f"""
Hello,

I am the admin of the channel harborlight_deals. I received a notice from
Telegram about your request KCSC-240903-02. I have deleted the posts
{T[0]} and {T[1]} myself, so please close the case.

Regards
""",
    outcome="review", review="unknown_sender",
    imitates="channel owner writing to the regulator directly",
    why="not the platform: a gmail.com sender naming the request and its URLs",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="tg-dsn-bounce",
    **{"from": "MAILER-DAEMON@mail2.telegram.org"}, name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 00:31:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="B7D2.1725323465/mail2.telegram.org"

--B7D2.1725323465/mail2.telegram.org
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail2.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: mailbox unavailable: user unknown

--B7D2.1725323465/mail2.telegram.org
Content-Type: message/delivery-status

Reporting-MTA: dns; mail2.telegram.org
Arrival-Date: Tue,  3 Sep 2024 00:30:59 +0000 (UTC)

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--B7D2.1725323465/mail2.telegram.org
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: [KCSC-240903-02] Request to remove content
Message-ID: <{mid("KCSC-240903-02")}@kcsc.example>
Date: Tue, 03 Sep 2024 09:30:00 +0900

Dear Telegram,

Please remove the following content offering prohibited goods:

""" + "\n".join(REQ2_LIST) + """

Please confirm the action taken by 10 September 2024.

--B7D2.1725323465/mail2.telegram.org--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification",
    why="bounce of our own request; its returned copy carries URLs and the word 'removed'",
    items={},
)

case(
    name="tg-ooo-with-quote",
    **{"from": "markus.v@telegram.org"}, name_from="Markus V.",
    date="Tue, 03 Sep 2024 00:31:40 +0000",
    subject="Automatic reply: [KCSC-240903-02] Request to remove content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
I am out of the office until 16 September with limited access to email.
For abuse reports please write to abuse@telegram.org; your message will
not be forwarded.

Markus

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 9:30 AM
Subject: [KCSC-240903-02] Request to remove content

Please remove the following content offering prohibited goods:
""" + "\n".join(REQ2_LIST) + "\n",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office) with the request below",
    why="out-of-office reply",
    items={},
)

# ===== YouTube, request 3 (5 items) ======================================
case(
    name="yt-mixed-negation",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 09:10:00 +0000",
    subject="Re: [KCSC-240904-03] Legal removal request",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Hello,

Thanks for reaching out to us about KCSC-240904-03.

We have blocked {Y[0]} and {Y[1]} from view in South Korea based on
local law. {Y[2]} was removed for violating our Community Guidelines.

We did not take action on {Y[3]}, as it does not violate our policies
and we did not find it unlawful under local law.

You can learn more about how we handle legal removals at
https://support.google.com/legal/answer/3110420

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome email",
    why="blocked in Korea, removed, and a negated action with its reason; the help link is not an item",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="yt-age-restricted-channel-refused",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 02:20:00 +0000",
    subject="Re: [KCSC-240904-03] Legal removal request",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Hello,

We have reviewed the content you reported under KCSC-240904-03.

- {Y[1]}: age-restricted. Viewers must be signed in and over 18 to
  watch it.
- {Y[4]}: no action on the channel. We did not find that the channel as
  a whole violates our Community Guidelines, and we do not terminate
  channels on the basis of a single video.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome email with age restriction",
    why="age restriction is restricted; the channel is refused with a reason",
    items={Y[1]: "restricted", Y[4]: "rejected"},
)

case(
    name="yt-bare-url-status-below",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Sun, 08 Sep 2024 06:00:00 +0000",
    subject="[KCSC-240904-03] Results",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Results for KCSC-240904-03

{Y[0]}
Outcome: Content blocked in KR

{Y[2]}
Outcome: Removed - Community Guidelines violation

{Y[3]}
Outcome: No action - see notes

Notes: the third video is a commentary on a gambling news story. It does
not promote or link to gambling services, so we have left it up.

Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support result list",
    why="bare URL with its outcome on the line below; the refusal's reason is in a note by position",
    items={Y[0]: "restricted", Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="yt-url-below-statement",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 01:45:00 +0000",
    subject="Re: [KCSC-240904-03] Legal removal request",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Hello,

The following video was removed globally under our harassment policy:

{Y[1]}

The following video is no longer available on YouTube because the
uploader deleted it before our review:

{Y[3]}

Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support reply",
    why="the statement stands on the line above each URL",
    items={Y[1]: "removed", Y[3]: "not_found"},
)

case(
    name="yt-hedge-clause-plus-promise",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 07:30:00 +0000",
    subject="Re: [KCSC-240904-03] Legal removal request",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Hello,

The video {Y[3]}, which you may have seen marked as unavailable earlier
this week, has now been removed under our spam and deceptive practices
policy.

The channel {Y[4]} will be reviewed separately by our Trust & Safety
team; we will let you know the outcome.

Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support reply",
    why="hedge in the relative clause only; the channel gets a promise and stays pending",
    items={Y[3]: "removed", Y[4]: "pending"},
)

case(
    name="yt-dsa-statement-of-reasons",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Tue, 10 Sep 2024 10:00:00 +0000",
    subject="Decision on your notice KCSC-240904-03",
    body=f"""
Statement of reasons

Your reference: KCSC-240904-03
Content: {Y[2]}
Decision: removal of the content
Ground: incompatible with the YouTube Community Guidelines (harmful or
dangerous content)
Facts and circumstances: the Short directs viewers to an unlicensed
betting site.
Automated means used in the decision: no
Territorial scope: worldwide

Redress: the uploader may appeal at https://support.google.com/youtube/answer/185111

YouTube
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (YouTube)",
    why="structured decision field 'removal of the content' for a named Short",
    items={Y[2]: "removed"},
)

case(
    name="yt-hedges-only",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Thu, 05 Sep 2024 05:05:00 +0000",
    subject="Re: [KCSC-240904-03] Legal removal request",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Hello,

Our records indicate that {Y[0]} may have already been removed by the
uploader, and {Y[1]} appears to be restricted in some regions. We cannot
confirm the current state of {Y[3]} at this time.

Google Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Google legal support interim reply",
    why="hedges and a 'cannot confirm': no statement",
    items={Y[0]: "pending", Y[1]: "pending", Y[3]: "pending"},
)

case(
    name="yt-asks-more",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Thu, 05 Sep 2024 08:40:00 +0000",
    subject="Re: [KCSC-240904-03] Additional information needed",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Hello,

Before we can act on {Y[0]} and {Y[3]}, we need some more information:

1. the specific provision of Korean law you believe the content violates;
2. the timestamp(s) in each video where the content appears.

Please reply to this email with these details. We have not yet taken any
action on these videos.

Google Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal support request for more information",
    why="asks for more; the 'not yet taken any action' is no decision",
    items={Y[0]: "pending", Y[3]: "pending"},
)

case(
    name="yt-ack-listing-urls",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal",
    date="Wed, 04 Sep 2024 05:01:00 +0000",
    subject="Your legal request has been received [KCSC-240904-03]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for your submission. We have received your legal request
concerning the following URLs:

""" + "\n".join(Y) + """

Our team will review the content and may contact you if more information
is needed. Please do not reply to this message.

Google Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal webform receipt",
    why="pure acknowledgement listing the URLs; the review is only promised",
    items={u: "pending" for u in Y},
)

# ===== NAVER, request 4 (3 items) ========================================
case(
    name="naver-mixed-korean-sentence",
    **{"from": "rightsprotect@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Fri, 06 Sep 2024 07:00:00 +0000",
    subject="[네이버] 게시물 처리 결과 안내 (KCSC-240905-04)",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 2024년 9월 5일 요청하신 게시물의 처리 결과를
아래와 같이 알려드립니다.

{N[0]} 게시물은 게시중단 처리하였고, {N[1]} 게시물은 30일간
임시조치하였으며, {N[2]} 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.

기타 문의는 네이버 고객센터(https://help.naver.com/)로 연락 주시기 바랍니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 처리 결과 안내",
    why="one Korean sentence with three statuses: 게시중단, 임시조치, 작성자 삭제",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "not_found"},
)

NAVER_TABLE = f"""<html><body>
<p>안녕하세요. 네이버 게시물 신고센터입니다.</p>
<p>요청번호 KCSC-240905-04 처리 결과는 다음과 같습니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>블라인드</td><td>운영정책 위반</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>조치하지 않음</td><td>위반 사항 없음 (개인 간 중고거래 후기)</td></tr>
<tr><td>3</td><td>{N[2].replace("&", "&amp;")}</td><td>접근 제한(국내)</td><td>관련 법령 위반 소지</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="naver-html-table-qp",
    **{"from": "report@navercorp.com"}, name_from="네이버 신고센터",
    date="Sat, 07 Sep 2024 01:00:00 +0000",
    subject="[네이버] 요청 게시물 조치 결과 (KCSC-240905-04)",
    reply_to_req=mid("KCSC-240905-04"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(NAVER_TABLE)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 조치 결과 표 (HTML, quoted-printable)",
    why="table: 블라인드, 조치하지 않음 with a reason, 접근 제한(국내)",
    items={N[0]: "removed", N[1]: "rejected", N[2]: "restricted"},
)

case(
    name="naver-negation-korean",
    **{"from": "rightsprotect@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Mon, 09 Sep 2024 02:30:00 +0000",
    subject="RE: [KCSC-240905-04] 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
안녕하세요.

{N[1]} 게시물은 삭제하지 않았습니다. 검토 결과 해당 글은 카페 회원 간
일반 정보 공유로, 관련 법령이나 운영정책에 위반되는 내용이 확인되지 않아
게시를 유지합니다.

한편 {N[0]} 게시물은 비공개 처리되었습니다.

네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 회신",
    why="'삭제하지 않았습니다' with its reason is a refusal; 비공개 처리 is removed",
    items={N[1]: "rejected", N[0]: "removed"},
)

case(
    name="naver-later-revision",
    **{"from": "rightsprotect@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Tue, 10 Sep 2024 06:15:00 +0000",
    subject="[네이버] 처리 결과 및 추가 안내 (KCSC-240905-04)",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

1. {N[0]}：임시조치 (9월 6일)
2. {N[1]}：임시조치 (9월 6일)

[추가 안내]
9월 10일 재검토 결과, 위 1번 게시물({N[0]})은
임시조치에서 게시중단(삭제)으로 조치를 변경하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 결과 + 추가 안내",
    why="the later paragraph revises item 1 from 임시조치 to 게시중단(삭제); item 2 stays 임시조치",
    items={N[0]: "removed", N[1]: "restricted"},
)

case(
    name="naver-bulk-korean",
    **{"from": "rightsprotect@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Wed, 11 Sep 2024 00:50:00 +0000",
    subject="[네이버] 처리 완료 안내 (KCSC-240905-04)",
    reply_to_req=mid("KCSC-240905-04"),
    body="""
안녕하세요, 네이버 권리보호센터입니다.

KCSC-240905-04로 요청하신 게시물 3건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 일괄 처리 완료 안내",
    why="all three posts at once without naming them: bulk",
    items={u: "pending" for u in N},
)

case(
    name="naver-about-tistory-item",
    **{"from": "rightsprotect@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Mon, 09 Sep 2024 04:00:00 +0000",
    subject="RE: 게시물 삭제 요청",
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

문의하신 {K2_RAW} 은 네이버가 운영하는 서비스의
게시물이 아니어서 당사에서는 확인되지 않으며 조치할 수 없습니다.
티스토리 운영사(카카오)로 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER reply to a request sent to the wrong portal",
    why="NAVER speaks about a Kakao (Tistory) item; raw Korean path",
    items={K[1]: "pending"},
)

case(
    name="naver-no-claims-contact-change",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책팀",
    date="Thu, 12 Sep 2024 01:00:00 +0000",
    subject="[안내] 공공기관 요청 접수 창구 변경",
    body="""
안녕하세요, 네이버 정책팀입니다.

2024년 10월 1일부터 공공기관의 게시물 조치 요청은 이메일 대신 전용
접수 양식(https://help.naver.com/service/public-request)으로 받고 있습니다.
기존 이메일 주소로 보내신 요청도 9월 말까지는 처리됩니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER 접수 창구 변경 공지",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="naver-out-of-office",
    **{"from": "jiwon.han@navercorp.com"}, name_from="한지원",
    date="Thu, 05 Sep 2024 01:01:00 +0000",
    subject="[자동회신] [KCSC-240905-04] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 한지원입니다.

9월 5일부터 9월 13일까지 휴가로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto reply",
    why="부재중 자동회신",
    items={},
)

# ===== Kakao, request 5 (2 items) ========================================
case(
    name="kakao-korean-path-particles",
    **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 운영정책팀",
    date="Mon, 09 Sep 2024 05:20:00 +0000",
    subject="[카카오] KCSC-240906-05 요청 건 처리 결과",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
안녕하세요. 카카오 운영정책팀입니다.

[KCSC-240906-05] 요청 건 처리 결과를 안내드립니다.

해당 티스토리 글({K2_RAW})은 게시중단(삭제) 조치하였습니다.
<{K[0]}>의 게시글은 국내에서 접속이 차단되도록 조치하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 운영정책팀 처리 결과 안내",
    why="raw Korean path in parentheses followed by a particle; angle-bracketed URL followed by 의",
    items={K[1]: "removed", K[0]: "restricted"},
)

KAKAO_B64 = f"""안녕하세요. 카카오 고객센터입니다.

KCSC-240906-05 요청에 대한 검토 결과입니다.

Daum 카페 게시글 {K[0]} 는 운영정책 위반으로 삭제하였습니다.
다만 티스토리 글 {K[1]} 은 불법성이 확인되지 않아
게시중단 요청을 받아들이지 않았습니다(개인 블로그의 금융상품 비교 글로 판단).

감사합니다.
"""
case(
    name="kakao-base64-refusal",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 03:00:00 +0000",
    subject="[카카오] 검토 결과 안내",
    reply_to_req=mid("KCSC-240906-05"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KAKAO_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 답변 (base64 body)",
    why="삭제 for one; refusal with its reason for the other (percent-encoded URL)",
    items={K[0]: "removed", K[1]: "rejected"},
)

case(
    name="kakao-auto-ack",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 02:00:30 +0000",
    subject="[카카오] 신고가 정상적으로 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

보내주신 신고(KCSC-240906-05)가 정상적으로 접수되었습니다.
접수번호: 2409-66120-K
처리 결과는 영업일 기준 7일 이내에 이메일로 안내해 드리겠습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 접수 확인 자동 메일",
    why="접수 확인 only",
    items={},
)

# ===== TikTok, request 6 (1 item) ========================================
case(
    name="tiktok-sole-removed",
    **{"from": "legal-response@tiktok.com"}, name_from="TikTok Law Enforcement Response",
    date="Wed, 11 Sep 2024 08:00:00 +0000",
    subject="Re: [KCSC-240909-06] Request to remove content",
    reply_to_req=mid("KCSC-240909-06"),
    body="""
Hello,

Thank you for your report. We reviewed the video you reported and
removed it for violating our Community Guidelines on regulated goods.

Learn more: https://www.tiktok.com/community-guidelines

TikTok Law Enforcement Response Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email",
    why="the sole statement answers a one-item request (reference and thread)",
    items={TK[0]: "removed"},
)

case(
    name="tiktok-restricted-kr",
    **{"from": "legal-response@tiktok.com"}, name_from="TikTok Law Enforcement Response",
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject="Re: [KCSC-240909-06] Request to remove content",
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""
Hello,

Following your request, the video {TK[0]} is no longer available to
users in South Korea. It remains visible in other countries, as we did
not find that it violates our Community Guidelines globally.

TikTok Law Enforcement Response Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok local-law restriction outcome",
    why="restricted in Korea; the 'remains visible elsewhere... does not violate' sentence explains the scope, not a refusal",
    items={TK[0]: "restricted"},
)

case(
    name="tiktok-conflicting-fields",
    **{"from": "legal-response@tiktok.com"}, name_from="TikTok Law Enforcement Response",
    date="Fri, 13 Sep 2024 06:30:00 +0000",
    subject="Report outcome - KCSC-240909-06",
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""
Report ID: 7409-5531-KR
Content: {TK[0]}
Outcome: Removed

Details: Following review, this video remains available on TikTok
because we did not find it to violate our Community Guidelines or local
law.

TikTok Law Enforcement Response Team
""",
    outcome="review", review="conflicting_statements",
    imitates="TikTok structured report outcome",
    why="the Outcome field says removed; the details say it remains available",
    items={TK[0]: "pending"},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Mon, 09 Sep 2024 00:05:00 +0000",
    subject="We've received your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi,

We've received your report (your reference KCSC-240909-06). Ticket
number: 5530912. Our team will review it and get back to you.

TikTok
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok ticket receipt",
    why="receipt only",
    items={},
)

HEADER = """# Blind set 510 (what a program gets wrong): one [[case]] per email.
# Written from each email's meaning, before any run of the reader.
# Generated by make.py; do not edit by hand."""


def rfc2047(text):
    """Encode a non-ASCII header value as a mail client would."""
    if text.isascii():
        return text
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


# Raw UTF-8 headers (RFC 6532) are kept for this one, as some Korean mailers send them.
RAW_SUBJECT = {"naver-mixed-korean-sentence"}


def main():
    for c in CASES:
        if "name_from" in c:
            c["name_from"] = rfc2047(c["name_from"])
        if c["name"] not in RAW_SUBJECT:
            c["subject"] = rfc2047(c["subject"])
    write_requests()
    corpuslib.write_set(HERE, "blind510", HEADER, CASES)


if __name__ == "__main__":
    main()
