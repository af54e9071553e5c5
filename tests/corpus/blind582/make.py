#!/usr/bin/env python3
"""Blind set 582: what a program gets wrong.

Mixed statuses in one sentence, hedges inside relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table and a note that disagree, statuses given by position. Every email is
fictional and written in our own words; expected results were written from
each email's meaning, before any run of the reader.

    python3 tests/corpus/blind582/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind582"

# ---------------------------------------------------------------- items
X1 = "https://x.com/goldtide_signals/status/1830415523108864101"
X2 = "https://x.com/goldtide_signals/status/1830417790221008962"
X3 = "https://x.com/rumor_harbor/status/1830420031558745123"
X4 = "https://x.com/rumor_harbor/status/1830422286673309804"
X5 = "https://x.com/blueheron_pix/status/1830431170214526985"
X6 = "https://x.com/blueheron_pix/status/1830433408860172336"
X7 = "https://x.com/nightowl_k22/status/1830440015520788507"
X8 = "https://x.com/nightowl_k22/status/1830441127794143238"
X9 = "https://x.com/seoul_fastcash/status/1830450062221553669"
X10 = "https://x.com/seoul_fastcash/status/1830452219904917750"
X11 = "https://x.com/paper_lantern_88"
X12 = "https://x.com/quietdelta_kr/status/1830460981123092491"
XALL = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm3vT8xLp0A"
Y2 = "https://www.youtube.com/watch?v=bR7nK2wYe5c"
Y3 = "https://www.youtube.com/watch?v=Zt0uH6jDq9M"
Y4 = "https://www.youtube.com/shorts/Lp4sW1aXk8E"

T1 = "https://t.me/harbor_lights_chat/4417"
T2 = "https://t.me/harbor_lights_chat/4420"
T3 = "https://t.me/fastcoin_pumpkr/918"

N1 = "https://blog.naver.com/stoneriver_77/223560114208"
N2 = "https://blog.naver.com/stoneriver_77/223560198771"
N3 = "https://cafe.naver.com/greenleafmarket/58213"
N4 = "https://cafe.naver.com/greenleafmarket/58240"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80202&docId=471822903"
N6 = "https://blog.naver.com/sunset_ledger/223571906654"

K1_RAW = "https://maplewind.tistory.com/entry/비공개-자료-모음"
K2_RAW = "https://maplewind.tistory.com/entry/리딩방-안내"
K1 = "https://maplewind.tistory.com/entry/" + quote("비공개-자료-모음")
K2 = "https://maplewind.tistory.com/entry/" + quote("리딩방-안내")
K3 = "https://cafe.daum.net/silvercoin7/Xk2p/311"

TT1 = "https://www.tiktok.com/@dalbit_clips/video/7410283345512009990"
TT2 = "https://www.tiktok.com/@dalbit_clips/video/7410299918736112903"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "x", "2024-09-02", "2024-09-09", XALL, "gambling",
     "req-240902-01@kcsc.example", 'Online casino promotion ring, 12 posts and one account'),
    ("KCSC-240904-02", "youtube", "2024-09-04", "2024-09-11", [Y1, Y2, Y3, Y4], "fraud",
     "req-240904-02@kcsc.example", 'Fake "guaranteed return" investment videos'),
    ("KCSC-240905-03", "telegram", "2024-09-05", "2024-09-12", [T1, T2, T3], "fraud",
     "req-240905-03@kcsc.example", "Pump-and-dump channels, see annex 2"),
    ("KCSC-240909-04", "naver", "2024-09-09", "2024-09-16", [N1, N2, N3, N4, N5], "drugs",
     "req-240909-04@kcsc.example", "Blog, cafe and Knowledge iN posts; 5 items"),
    ("KCSC-240910-05", "kakao", "2024-09-10", "2024-09-17", [K1, K2, K3], "obscenity",
     "req-240910-05@kcsc.example", 'Tistory "private archive" posts, Daum cafe board'),
    ("KCSC-240911-06", "tiktok", "2024-09-11", "2024-09-18", [TT1, TT2], "fraud",
     "req-240911-06@kcsc.example", "Two videos, same uploader"),
    ("KCSC-240912-07", "naver", "2024-09-12", "2024-09-19", [N6], "defamation",
     "req-240912-07@kcsc.example", "Single blog post"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def subj(s):
    """RFC 2047-encode a subject that is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def pend(*urls):
    return {u: "pending" for u in urls}


CASES = []


def case(**kw):
    kw["subject"] = subj(kw["subject"])
    CASES.append(kw)


# =================================================================== X
case(
    name="x-withheld-and-author-deleted-one-sentence",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Tue, 03 Sep 2024 16:41:07 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Thank you for your report concerning request KCSC-240902-01. Following our
review, we have withheld {X1} in South Korea, whereas {X2} had already been
deleted by the account holder before we could act on it.

We are still reviewing the other posts listed in your request and will reply
separately about them.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country-withheld content notice)",
    why="one sentence, two statuses: first URL withheld in KR, second deleted by its author",
    items={X1: "restricted", X2: "not_found"},
)

case(
    name="x-no-violation-then-withheld",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 09:12:55 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""
Hi,

We reviewed the two posts from @rumor_harbor. We did not find that
{X3} violates the X Rules or the Korean law cited in your request, so we are
not taking action on it at this time. The other post, {X4}, has been
withheld in South Korea.

If you have additional legal information about the first post, you are
welcome to send us a new request.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email with a partial refusal",
    why="negated finding of a violation = refusal with reason; the second post is withheld",
    items={X3: "rejected", X4: "restricted"},
)

case(
    name="x-reversed-on-escalation",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 11:03:40 +0000",
    subject="Update: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

An update on KCSC-240902-01.

Our first-level review had found no violation in {X5}. Your request was then
escalated to our legal team, which reversed that finding: the post has now
been removed from X globally.

{X6} was withheld in South Korea on 6 September and remains withheld.

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X escalation follow-up (legal review overturns a first-level decision)",
    why="the earlier 'no violation' is revised by the next sentence: removed; the second post withheld",
    items={X5: "removed", X6: "restricted"},
)

case(
    name="x-first-two-third-by-position",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 07:30:18 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""
Hello KCSC team,

Regarding the three posts below: the first two have been withheld in South
Korea, and the third was reviewed and does not violate our rules, so it stays
up.

{X9}
{X10}
{X12}

Best,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply giving outcomes by position over a list of URLs",
    why="statuses by position: 1st and 2nd withheld in KR, 3rd refused",
    items={X9: "restricted", X10: "restricted", X12: "rejected"},
)

case(
    name="x-csv-attachment",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 02:15:00 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content - outcome",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b582-csv-1"

--b582-csv-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the posts in request KCSC-240902-01
that we have completed so far. The remaining posts are still with our team.

X Legal

--b582-csv-1
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: 7bit

url,action,scope,comment
{X1},withheld,KR,
{X3},no_action,,"Does not violate the X Rules, no legal basis identified"
{X5},removed,global,
{X7},not_found,,"Post deleted by its author before review"
{X11},account_suspended,global,Account permanently suspended

--b582-csv-1--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome sent as a CSV export attachment",
    why="CSV rows: withheld KR, no action (refused), removed, deleted by author, account suspended",
    items={X1: "restricted", X3: "rejected", X5: "removed", X7: "not_found", X11: "removed"},
)

case(
    name="x-html-table-correction-note",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 05:48:31 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Below is the status of the posts from request KCSC-240902-01 handled this week.</p>
<table border="1" cellpadding="4">
<tr><th>Post</th><th>Action</th></tr>
<tr><td>{X7}</td><td>Withheld in KR</td></tr>
<tr><td>{X8}</td><td>Withheld in KR</td></tr>
<tr><td>{X10}</td><td>Withheld in KR</td></tr>
</table>
<p><b>Correction:</b> after this table was generated, our safety team removed
<a href="{X8}">{X8}</a> globally for violating the X Rules. The
withholding shown above for that post no longer applies.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal status table in HTML with an agent's correction below it",
    why="the note explicitly corrects one row of the table: that post is removed, the other two withheld",
    items={X7: "restricted", X8: "removed", X10: "restricted"},
)

case(
    name="x-qp-account-suspended",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 13:20:09 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""Hello,

Regarding KCSC-240902-01 — the account {X11} has been permanently suspended for violating the X Rules, so none of its posts can be viewed any more.

We were unable to find {X12}: the post does not exist, or it was deleted by its author before we received your request.

Regards,
X Legal
"""),
    outcome="applied", classification="confirmation",
    imitates="X legal reply, quoted-printable body with soft line breaks",
    why="account suspended = removed; post cannot be found = not_found",
    items={X11: "removed", X12: "not_found"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 21:02:44 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""
Results for KCSC-240902-01 so far:

{X1}
Status: Withheld in South Korea

{X3}
Status: No violation found - content remains available

{X10}
Status: Removed (violation of the X Rules)

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with one status line under each bare URL",
    why="status stated on the line below each URL",
    items={X1: "restricted", X3: "rejected", X10: "removed"},
)

case(
    name="x-echoed-report-decision-by-handle",
    **{"from": "support-noreply@x.com"}, name_from="X Support",
    date="Sun, 08 Sep 2024 03:33:12 +0000",
    subject="Update on your report [ref 0948213377]",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

We have an update on your report (reference 0948213377).

--- Your report ---
Reporter: Korea Communications Standards Commission
Reported content:
{X9}
{X7}
Description: Illegal online gambling promotion. Request KCSC-240902-01.
Please remove these posts within 7 days.
--- End of your report ---

Our decision: the post by @seoul_fastcash has been withheld in South Korea.
The post by @nightowl_k22 did not violate the X Rules and was not withheld;
it remains visible.

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X report-update email echoing the reporter's submission",
    why="the decision names each post by its author's handle; the echoed report is not a statement",
    items={X9: "restricted", X7: "rejected"},
)

case(
    name="x-promise-will-be-withheld",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Tue, 03 Sep 2024 08:10:27 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Thanks for your request KCSC-240902-01. The posts {X1} and
{X2} will be withheld in South Korea once our legal team has completed its
assessment, which we expect to finish this week. We will confirm when that is
done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal holding reply promising an action",
    why="a promise ('will be withheld once...') is no statement",
    items=pend(X1, X2),
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 15:55:02 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body="""
Hello,

We have reviewed your request KCSC-240902-01, and all of the reported posts
have been withheld in South Korea.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line outcome covering a whole request",
    why="one statement for a twelve-item request, naming no item",
    items=pend(*XALL),
)

case(
    name="x-table-note-contradict",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 12:00:45 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""
Summary of actions for KCSC-240902-01

| Post                                                    | Action  |
|---------------------------------------------------------|---------|
| {X9} | Removed |
| {X10} | Removed |

Note from the reviewer: {X10} is withheld in South Korea only and is still
visible in other countries.

X Legal
""",
    outcome="review", review="conflicting_statements",
    imitates="X legal summary table with a reviewer's note",
    why="table says removed, note says withheld in KR only, neither marked as a correction",
    items=pend(X9, X10),
)

case(
    name="x-ooo-legal",
    **{"from": "j.park@x.com"}, name_from="Jiho Park",
    date="Mon, 02 Sep 2024 23:40:00 +0000",
    subject="Automatic reply: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.

For urgent legal requests please write to legal@x.com. Your message about
KCSC-240902-01 will be handled when I return.

Jiho
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform employee",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="x-dsn-delayed",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Tue, 03 Sep 2024 02:10:00 +0900",
    subject="Delayed Mail (still being retried)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b582-dly"

--b582-dly
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<legal@x.com>: connect to mx.x.com[203.0.113.25]:25: Connection timed out

--b582-dly
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4WyQ1k2Zx3z9
Arrival-Date: Mon,  2 Sep 2024 22:08:51 +0900

Final-Recipient: rfc822; legal@x.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.x.com[203.0.113.25]:25: Connection
    timed out
Will-Retry-Until: Sat,  7 Sep 2024 22:08:51 +0900

--b582-dly
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@x.com
Subject: [KCSC-240902-01] Request to remove content
Message-ID: <req-240902-01@kcsc.example>
Date: Mon, 02 Sep 2024 22:08:50 +0900

--b582-dly--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery DSN (warning only)",
    why="a delay notice is a delivery report, not a reply",
    items={},
)

# ============================================================= YouTube
YT_QUOTE = f"""
> Dear YouTube Legal team,
>
> Under request KCSC-240904-02 we ask you to remove the following videos:
>
> 1. {Y1}
> 2. {Y2}
> 3. {Y3}
> 4. {Y4}
>
> Korea Communications Standards Commission
""".strip("\n")

case(
    name="yt-numbered-refers-to-quoted-request",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 01:26:14 -0700",
    subject="Re: [KCSC-240904-02] Request to remove YouTube videos",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Thank you for your patience. Using the numbering of your list below:

- Items 1 and 3 have been removed for violating our Community Guidelines.
- Item 2 is blocked from view in South Korea under local law.
- Item 4: we could not find a Short with this ID.

Regards,
Google Legal Support

On Wed, Sep 4, 2024 at 10:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
{YT_QUOTE}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted legal-support reply answering by item number",
    why="outcomes by the numbers of the quoted request: 1 and 3 removed, 2 blocked in KR, 4 not found",
    items={Y1: "removed", Y2: "restricted", Y3: "removed", Y4: "not_found"},
)

case(
    name="yt-hedge-in-relative-clause",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 18:44:51 -0700",
    subject="Re: [KCSC-240904-02] Request to remove YouTube videos",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

We have reviewed request KCSC-240904-02.

The video {Y1}, which may also have been uploaded to other channels, has
been removed for violating our spam and deceptive practices policy. We can
only act on the URLs you send us, so please report any copies separately.

{Y2}, which appears to be a compilation of broadcast news clips, does not
violate our Community Guidelines, and we found no basis under local law to
restrict it. It remains available.

Best regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal-request outcome (one removal, one refusal)",
    why="the hedges sit in relative clauses; the main statements are unhedged: removed, refused",
    items={Y1: "removed", Y2: "rejected"},
)

case(
    name="yt-blocked-kr-and-age-restricted-outlook",
    **{"from": "youtube-legal@youtube.com"}, name_from="YouTube Legal",
    date="Thu, 05 Sep 2024 17:02:33 -0700",
    subject="RE: [KCSC-240904-02] Request to remove YouTube videos",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

We have blocked {Y3} from view in South Korea in accordance with local law.
It remains viewable in other countries.

The Short {Y4} does not violate our policies to the point of removal, but it
has been age-restricted, so it can no longer be watched by signed-out viewers
or viewers under 18.

YouTube Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:12 AM
To: legal-support@google.com
Subject: [KCSC-240904-02] Request to remove YouTube videos

Dear YouTube Legal team,

Under request KCSC-240904-02 we ask you to remove the following videos:

1. {Y1}
2. {Y2}
3. {Y3}
4. {Y4}

Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube local-law block and age restriction, Outlook top-post over the request",
    why="blocked in KR = restricted; 'does not violate ... but age-restricted' = restricted; quoted items untouched",
    items={Y3: "restricted", Y4: "restricted", Y1: "pending", Y2: "pending"},
)

case(
    name="yt-not-merely-restricted-but-removed",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 09:05:10 -0700",
    subject="Re: [KCSC-240904-02] Request to remove YouTube videos",
    reply_to_req="req-240904-02",
    body="""
Hi,

Following up on KCSC-240904-02: the video <https://www.youtube.com/watch?v=Zt0uH6jDq9M>
has not merely been restricted in Korea, as we told you earlier; after a
second review it has been removed globally for violating our Community
Guidelines.

<https://www.youtube.com/watch?v=bR7nK2wYe5c> was not removed and will not be
removed: it does not violate our policies or local law.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal follow-up revising an earlier outcome",
    why="'has not merely been restricted ... removed globally' = removed; 'will not be removed' is a refusal",
    items={Y3: "removed", Y2: "rejected"},
)

case(
    name="yt-mentions-tiktok-copy",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 10:31:47 -0700",
    subject="Re: [KCSC-240904-02] Request to remove YouTube videos",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Regarding KCSC-240904-02, the Short {Y4} has been removed for violating our
Community Guidelines.

For your information, the same clip is also posted at
{TT1}. That is not a Google service and we are not able to take any action
on it.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply pointing to a copy on another service",
    why="the Short is removed; the TikTok URL is only mentioned, no status for it",
    items={Y4: "removed", TT1: "pending"},
)

case(
    name="yt-hedge-uploader-may-have",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 04:18:20 -0700",
    subject="Re: [KCSC-240904-02] Request to remove YouTube videos",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

About {Y1}: it appears that the uploader may have deleted this video
already, but our systems have not finished confirming it. We will follow up
on this item and on {Y2}, which is still under review.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply",
    why="'appears ... may have deleted' is a hedge and 'under review' no status",
    items=pend(Y1, Y2),
)

case(
    name="yt-asks-court-order",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Thu, 05 Sep 2024 11:47:03 -0700",
    subject="Re: [KCSC-240904-02] Request to remove YouTube videos",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

We have received your request KCSC-240904-02. Before we can take action on
{Y3} and {Y4}, we need more information. Please send us a copy of the
Commission's decision, the specific provision of Korean law that each video
violates, and the timestamps at which the unlawful content appears.

You can reply to this email with the documents attached.

Google Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal request for supporting documents",
    why="asks for documents before acting; no status",
    items=pend(Y3, Y4),
)

case(
    name="yt-mdn-read",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Thu, 05 Sep 2024 01:02:11 -0700",
    subject="Read: [KCSC-240904-02] Request to remove YouTube videos",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b582-mdn"

--b582-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Your message

  To: legal-support@google.com
  Subject: [KCSC-240904-02] Request to remove YouTube videos
  Sent: Wednesday, September 4, 2024 6:12:40 PM (UTC-08:00)

was read on Thursday, September 5, 2024 1:02:09 AM (UTC-08:00).

--b582-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-support@google.com
Original-Message-ID: <req-240904-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b582-mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

# ============================================================ Telegram
case(
    name="tg-three-urls-two-statuses-one-sentence",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 10:22:41 +0000",
    subject="Re: KCSC-240905-03 [Case #5530192]",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Thank you for your report. {T1} and {T2} have been taken down, and
{T3} can no longer be accessed from South Korea.

Telegram Abuse Team
Case #5530192
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="one sentence: two messages taken down, third blocked for Korea",
    items={T1: "removed", T2: "removed", T3: "restricted"},
)

case(
    name="tg-refusal-with-reason-and-admin-deleted",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 14:05:19 +0000",
    subject="Re: KCSC-240905-03 [Case #5530200]",
    reply_to_req="req-240905-03",
    body=f"""
Hi,

We have not removed {T3}. The post shows a price chart with commentary, and
we could not see in it the content described in your notice, so it does not
break our Terms of Service.

As for {T1} and {T2}, the channel's own admins had deleted both messages
before our moderators looked at them.

Case #5530200
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply declining one item",
    why="'have not removed' with its reason = rejected; deleted by the channel's admins before review = not_found",
    items={T3: "rejected", T1: "not_found", T2: "not_found"},
)

case(
    name="tg-removed-then-corrected-to-scheduled",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 19:40:02 +0000",
    subject="Re: KCSC-240905-03 [Case #5530231]",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

{T3} has been removed.

Correction to the line above, sorry: the removal has been scheduled but has
not been carried out yet. It should take effect within the next 24 hours and
we will confirm once it is done.

Case #5530231
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk reply with an agent's self-correction",
    why="the later sentence withdraws the removal and leaves only a promise",
    items=pend(T3),
)

case(
    name="tg-dkim-fail",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    auth="fail",
    date="Sat, 07 Sep 2024 06:11:58 +0000",
    subject="Re: KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

We have deleted {T1} and {T2} from the channel.

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse-desk reply (failing DMARC)",
    why="platform domain but DKIM/SPF/DMARC fail",
    items=pend(T1, T2),
)

# =============================================================== NAVER
case(
    name="naver-mixed-one-sentence-particles",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Tue, 10 Sep 2024 15:20:00 +0900",
    subject="Re: [KCSC-240909-04] 시정요구 처리 결과 안내",
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

방송통신심의위원회 시정요구(KCSC-240909-04)에 대한 처리 결과를 알려드립니다.

요청하신 게시물 중 {N1} 은 게시중단 조치하였고, {N2} 은 작성자가 이미 삭제하여 확인되지 않습니다.

나머지 게시물은 확인 후 별도로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 회신 (prose)",
    why="one sentence: 게시중단 (removed), and already deleted by its author (not_found)",
    items={N1: "removed", N2: "not_found"},
)

case(
    name="naver-imsi-and-refusal-numbered",
    **{"from": "cafe_policy@naver.com"}, name_from="NAVER Cafe",
    date="Wed, 11 Sep 2024 10:45:12 +0900",
    subject="Re: [KCSC-240909-04] 카페 게시글 처리 결과",
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요, 네이버 카페 운영정책 담당자입니다.

KCSC-240909-04 건 중 카페 게시글 2건의 처리 결과입니다.

1) {N3}
   - 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)하였습니다.

2) {N4}
   - 검토 결과 관련 법령 및 네이버 카페 운영정책 위반 사항을 확인하지 못하여
     별도 조치하지 않았습니다. 해당 게시글은 현재 게시 중입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 임시조치 notice with a refusal",
    why="임시조치 = restricted; no violation found and left up = rejected",
    items={N3: "restricted", N4: "rejected"},
)

case(
    name="naver-html-table-note-corrects",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Fri, 13 Sep 2024 17:02:55 +0900",
    subject="[KCSC-240909-04] 시정요구 조치결과 회신",
    reply_to_req="req-240909-04",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>시정요구(KCSC-240909-04) 대상 게시물의 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td>{N1}</td><td>게시중단</td></tr>
<tr><td>2</td><td>{N2}</td><td>게시물 없음(작성자 삭제)</td></tr>
<tr><td>3</td><td>{N3}</td><td>임시조치</td></tr>
<tr><td>4</td><td>{N4}</td><td>미조치(위반사항 없음)</td></tr>
<tr><td>5</td><td>{N5.replace("&", "&amp;")}</td><td>삭제</td></tr>
</table>
<p>※ 3번 게시물은 위 표 작성 이후 카페 매니저가 직접 삭제하였으므로 최종 조치결과는 '삭제'입니다.</p>
<p>감사합니다.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (HTML) with a footnote",
    why="table rows, and the footnote overrides row 3: the cafe manager deleted it",
    items={N1: "removed", N2: "not_found", N3: "removed", N4: "rejected", N5: "removed"},
)

case(
    name="naver-single-item-blind-no-url",
    **{"from": "blog_help@naver.com"}, name_from="NAVER Blog",
    date="Fri, 13 Sep 2024 11:30:00 +0900",
    subject="Re: [KCSC-240912-07] 게시물 조치 요청",
    reply_to_req="req-240912-07",
    body="""
안녕하세요. 네이버 블로그 고객센터입니다.

요청하신 게시물에 대해 블라인드 처리를 완료하였습니다. 해당 게시물은 현재
작성자 본인 외에는 열람할 수 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 블라인드 처리 완료 notice",
    why="one-item request; 블라인드 = removed",
    items={N6: "removed"},
)

case(
    name="naver-url-below-statement",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Thu, 12 Sep 2024 14:12:09 +0900",
    subject="Re: [KCSC-240909-04] 시정요구 처리 결과 안내",
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

아래 게시물은 게시중단 처리되었습니다.
{N1}

아래 게시물은 명예훼손 등 권리침해 여부를 확인할 수 없어 게시중단 요청을 반려합니다.
{N4}

아래 주소의 지식iN 게시물은 조회되지 않습니다.
{N5}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 / 반려 notice with each URL under its statement",
    why="statement first, URL on the next line: removed, refused (반려), not found",
    items={N1: "removed", N4: "rejected", N5: "not_found"},
)

case(
    name="naver-base64-korean",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Wed, 11 Sep 2024 18:25:36 +0900",
    subject="Re: [KCSC-240909-04] 처리결과 안내",
    reply_to_req="req-240909-04",
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(f"""안녕하세요. 네이버 정책지원팀입니다.

KCSC-240909-04 처리결과를 안내드립니다.

- {N3} : 운영자 삭제 완료
- {N5} : 존재하지 않는 게시물입니다(잘못된 주소).

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리결과 안내, base64-encoded body",
    why="운영자 삭제 = removed; no such post / wrong address = not_found",
    items={N3: "removed", N5: "not_found"},
)

case(
    name="naver-conditional-after-sogmyeong",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Tue, 10 Sep 2024 09:58:40 +0900",
    subject="Re: [KCSC-240909-04] 시정요구 처리 현황",
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{N3} 게시물은 작성자에게 소명 기회를 부여하였으며, 소명 기간(7일) 내에
소명이 없으면 삭제할 예정입니다. {N4} 게시물은 현재 법무 검토 중입니다.

결과가 확정되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 처리 현황 (interim) notice",
    why="a condition and a promise ('소명이 없으면 삭제할 예정') and 'under review': no status",
    items=pend(N3, N4),
)

case(
    name="naver-says-tistory-not-ours",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Thu, 12 Sep 2024 10:10:10 +0900",
    subject="Re: [KCSC-240910-05] 게시물 삭제 요청",
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

문의하신 게시물 {K2_RAW} 은 네이버에서 확인되지 않는 게시물입니다.
해당 주소는 타사(카카오 티스토리) 서비스이므로 그쪽으로 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER reply to a misrouted request about another company's service",
    why="NAVER states 'not found' for a Kakao (Tistory) item",
    items=pend(K2),
)

case(
    name="naver-contact-change-notice",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Wed, 18 Sep 2024 10:00:00 +0900",
    subject="[안내] 행정기관 게시중단 요청 접수 창구 변경",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

2024년 10월 1일부터 행정기관의 게시중단 요청은 전용 접수 시스템
(https://help.naver.com/service/gov-request) 으로만 접수합니다.
기존 이메일 주소로 보내주신 요청도 9월 30일까지는 처리됩니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER notice about a new intake channel",
    why="trusted platform email, no item named and no request referenced",
    items={},
)

case(
    name="naver-dsn-bounce",
    **{"from": "MAILER-DAEMON@navercorp.com"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 16:02:31 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b582-dsn"

--b582-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail3.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-kr@navercorp.com>: 550 5.1.1 <policy-kr@navercorp.com>: Recipient
    address rejected: User unknown in virtual mailbox table

--b582-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mail3.navercorp.com
Arrival-Date: Mon,  9 Sep 2024 16:02:29 +0900

Final-Recipient: rfc822; policy-kr@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table

--b582-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@navercorp.com
Subject: [KCSC-240909-04] Request for removal
Message-ID: <req-240909-04@kcsc.example>
Date: Mon, 09 Sep 2024 16:02:20 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

시정요구 KCSC-240909-04: 아래 게시물을 삭제해 주시기 바랍니다.
{N1}
{N2}
{N3}

--b582-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report with the original request attached",
    why="DSN; the URLs are in the returned request",
    items=pend(N1, N2, N3),
)

case(
    name="naver-jeopsu-ack",
    **{"from": "help@naver.com"}, name_from="NAVER Help Center",
    date="Thu, 12 Sep 2024 18:03:22 +0900",
    subject="[네이버 고객센터] 문의 접수 완료 안내",
    reply_to_req="req-240912-07",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 네이버 고객센터입니다.

보내주신 문의(KCSC-240912-07)가 정상적으로 접수되었습니다.
접수번호: 2024091200482

담당자 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 완료 receipt",
    why="pure receipt with a ticket number",
    items={},
)

# =============================================================== Kakao
case(
    name="kakao-tistory-raw-korean-paths",
    **{"from": "tistory-safety@kakaocorp.com"}, name_from="Kakao Tistory",
    date="Thu, 12 Sep 2024 13:40:05 +0900",
    subject="Re: [KCSC-240910-05] 시정요구 처리 결과",
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요. 카카오 티스토리 운영팀입니다.

시정요구 KCSC-240910-05 관련하여 {K1_RAW} 게시글은 비공개 처리하였습니다.
{K2_RAW} 게시글의 경우 요청일 이전에 작성자가 이미 삭제한 게시글로 확인되어
별도 조치가 필요하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Tistory 비공개 처리 notice",
    why="비공개 처리 = removed; already deleted by its author = not_found; raw Korean paths",
    items={K1: "removed", K2: "not_found"},
)

case(
    name="kakao-daum-age-gate-fullwidth",
    **{"from": "cafe-safety@daum.net"}, name_from="Daum Cafe",
    date="Fri, 13 Sep 2024 09:15:44 +0900",
    subject="Re: [KCSC-240910-05] Daum 카페 게시글 조치 결과",
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

Daum 카페 게시글（{K3}）은 청소년유해정보에 해당하여 성인 인증을 거친 이용자만
열람할 수 있도록 접근을 제한하였습니다.

나머지 티스토리 게시글 2건은 블로그 운영자의 소명을 받은 뒤 처리 결과를 다시
알려드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 접근 제한 (adult verification) notice",
    why="age-gated = restricted; URL in full-width parentheses; the two others only promised",
    items={K3: "restricted", K1: "pending", K2: "pending"},
)

case(
    name="kakao-lawfirm-unknown-sender",
    **{"from": "jiwon.lee@hanul-law.example"}, name_from="Lee Jiwon",
    auth="none",
    date="Fri, 13 Sep 2024 16:47:00 +0900",
    subject="시정요구(KCSC-240910-05) 관련 의견 제출",
    body=f"""
방송통신심의위원회 귀중

저희 법무법인은 블로그 maplewind 운영자를 대리합니다.

귀 위원회의 시정요구(KCSC-240910-05)와 관련하여, 의뢰인은
{K1}
및
{K2}
게시글을 2024년 9월 11일 자진 삭제하였음을 알려드립니다.

법무법인 한울 변호사 이지원 드림
""",
    outcome="review", review="unknown_sender",
    imitates="law firm letter on behalf of a blogger",
    why="not a platform's domain; claims the posts were deleted",
    items=pend(K1, K2),
)

case(
    name="kakao-ooo-chuseok",
    **{"from": "minji.kang@kakaocorp.com"}, name_from="Kang Minji",
    date="Sat, 14 Sep 2024 08:00:12 +0900",
    subject="[자동응답] 부재중 안내: Re: [KCSC-240910-05] 시정요구",
    reply_to_req="req-240910-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 강민지입니다.

추석 연휴로 9월 18일(수)까지 부재중입니다.
급한 용무는 safety@kakaocorp.com 으로 보내주시기 바랍니다.

복귀 후 확인하여 회신드리겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 auto-reply during Chuseok",
    why="out-of-office auto-reply",
    items={},
)

# ============================================================== TikTok
case(
    name="tiktok-removed-and-restricted-negation",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Fri, 13 Sep 2024 07:22:10 +0000",
    subject="Re: [KCSC-240911-06] Request to remove content",
    reply_to_req="req-240911-06",
    body=f"""
Hello,

Thank you for contacting TikTok. We removed {TT1} for violating our
Community Guidelines. The other video, {TT2}, did not violate our Community
Guidelines, but we have restricted it in South Korea in line with local law.

TikTok Law Enforcement Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request outcome email",
    why="removed; 'did not violate ... but restricted in KR' = restricted",
    items={TT1: "removed", TT2: "restricted"},
)

case(
    name="tiktok-statement-of-reasons-blocks",
    **{"from": "dsa-notices@tiktok.com"}, name_from="TikTok",
    date="Mon, 16 Sep 2024 12:40:00 +0000",
    subject="Decision on your report - KCSC-240911-06",
    reply_to_req="req-240911-06",
    body=f"""
Decision on your report

Reference: SOR-KR-88412 (your reference KCSC-240911-06)

Content: {TT1}
Decision: No action taken
Grounds: The video was assessed against our Community Guidelines and the law
cited in your notice. We did not identify a violation.
Automated means used: No

Content: {TT2}
Decision: Visibility restricted. Territorial scope: Republic of Korea
Grounds: Illegal content under the law of the Republic of Korea
Automated means used: No

You can ask us to review this decision within 6 months:
https://www.tiktok.com/legal/report/appeal
Our Community Guidelines: https://www.tiktok.com/community-guidelines
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons, one block per item",
    why="block 1 no action (refused), block 2 restricted to Korea; policy and appeal links are no items",
    items={TT1: "rejected", TT2: "restricted"},
)

case(
    name="tiktok-both-removed-bulk",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Sat, 14 Sep 2024 03:10:50 +0000",
    subject="Re: [KCSC-240911-06] Request to remove content",
    reply_to_req="req-240911-06",
    body="""
Hi,

Both videos you reported under KCSC-240911-06 have been removed from TikTok
for violating our Community Guidelines.

TikTok Law Enforcement Outreach
""",
    outcome="review", review="bulk",
    imitates="TikTok short outcome email",
    why="one statement for a two-item request, naming no item",
    items=pend(TT1, TT2),
)

case(
    name="tiktok-ticket-ack-with-urls",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok Support",
    date="Wed, 11 Sep 2024 09:01:30 +0000",
    subject="We received your report [ticket 7718-2290]",
    reply_to_req="req-240911-06",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hi there,

Thanks for reaching out. We've received your report about:

{TT1}
{TT2}

Your ticket number is 7718-2290. A member of our team will review it and get
back to you by email.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="pure acknowledgement, echoes the URLs",
    items=pend(TT1, TT2),
)

HEADER = """# Blind set 582 (tests/corpus/blind582/): what a program gets wrong.
# Written by tests/corpus/blind582/make.py from each email's meaning, before
# any run of the reader. Each case is judged alone on a fresh ledger holding
# requests.csv; [case.items] gives the status after that one email.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
