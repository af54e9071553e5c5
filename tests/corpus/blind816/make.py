#!/usr/bin/env python3
"""Blind set 816 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Every email is written
in our own words in the manner of a real platform reply; URLs, names and ids
are fictional. Expected results were written from each email's meaning
before any run of the reader.

    python3 tests/corpus/blind816/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402


def enc(s):
    """RFC 2047 encoded-word for a non-ASCII header value."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/bluefin_odds/status/1830417265530880012",
    2: "https://x.com/bluefin_odds/status/1830420983347511559",
    3: "https://x.com/lucky7harbor/status/1830598122064203990",
    4: "https://x.com/lucky7harbor/status/1830611847223951401",
    5: "https://x.com/mintcasino_kr/status/1830702251318165683",
    6: "https://x.com/mintcasino_kr/status/1830705598427185294",
    7: "https://x.com/mintcasino_kr/status/1830729910361067733",
    8: "https://x.com/quietpill_shop/status/1830844316571426952",
    9: "https://x.com/quietpill_shop/status/1830851172932768106",
    10: "https://x.com/orbit_toto",
    11: "https://x.com/orbit_toto/status/1830903357102112842",
    12: "https://x.com/sandglass_bet/status/1830988140675584019",
    13: "https://x.com/sandglass_bet/status/1830991472218046787",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8pLx2A",
    2: "https://www.youtube.com/watch?v=rB7kW0nZy5E",
    3: "https://www.youtube.com/watch?v=h4JdN1sUe9K",
    4: "https://www.youtube.com/@neonslots_kr",
}
T = {
    1: "https://t.me/velvetdrop_kr",
    2: "https://t.me/velvetdrop_kr/1184",
    3: "https://t.me/greenlane_market/77",
}
N = {
    1: "https://blog.naver.com/moonlit_trader/223561048812",
    2: "https://blog.naver.com/moonlit_trader/223561049930",
    3: "https://cafe.naver.com/sunnyjangteo/45120",
    4: "https://cafe.naver.com/sunnyjangteo/45187",
    5: "https://blog.naver.com/moonlit_trader/223561051207",
}
K_SLUG = "슬롯-무료체험"
K_RAW = {
    1: "https://nightmarket24.tistory.com/entry/" + K_SLUG,
    2: "https://cafe.daum.net/goldriver77/Bx3k/215",
}
K = {
    1: "https://nightmarket24.tistory.com/entry/" + quote(K_SLUG),
    2: K_RAW[2],
}
TK = {1: "https://www.tiktok.com/@jackpot.yuna/video/7410238845123456789"}
H = {
    1: "https://x.com/hanbit_loans/status/1834200719955261440",
    2: "https://x.com/hanbit_loans/status/1834201133602119680",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, note, urls
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "illegal gambling", "<req-240902-01@kcsc.example>", "gambling and drug ads, 13 items",
     list(X.values())),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:30:00+09:00", "2024-09-11T18:00:00+09:00",
     "illegal gambling", "<req-240904-02@kcsc.example>", "slot streams", list(Y.values())),
    ("KCSC-240906-03", "telegram", "2024-09-06T09:15:00+09:00", "2024-09-13T18:00:00+09:00",
     "drugs", "<req-240906-03@kcsc.example>", "drug sale channel", list(T.values())),
    ("KCSC-240910-04", "naver", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal lending", "<req-240910-04@kcsc.example>", "blog and cafe posts", list(N.values())),
    ("KCSC-240912-05", "kakao", "2024-09-12T10:20:00+09:00", "2024-09-19T18:00:00+09:00",
     "illegal gambling", "<req-240912-05@kcsc.example>", "Tistory entry and Daum cafe post",
     list(K.values())),
    ("KCSC-240913-06", "tiktok", "2024-09-13T16:45:00+09:00", "2024-09-20T18:00:00+09:00",
     "illegal gambling", "<req-240913-06@kcsc.example>", "single video", list(TK.values())),
    ("KCSC-240916-07", "x", "2024-09-16T09:40:00+09:00", "2024-09-23T18:00:00+09:00",
     "financial fraud", "<req-240916-07@kcsc.example>", "loan scam posts", list(H.values())),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def items(d, **kw):
    """items(X, **{"1": "removed"}) -> {url: status}"""
    return {d[int(k.lstrip("_"))]: v for k, v in kw.items()}


def st(d, mapping):
    return {d[k]: v for k, v in mapping.items()}


CASES = []


def case(**c):
    CASES.append(c)


XSIG = "X Legal Support\nX Corp.\n"

# ====================================================================== X
case(
    name="x-three-statuses-one-sentence",
    **{"from": "legal-support@x.com"},
    date="Thu, 05 Sep 2024 09:12:44 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thank you for your report regarding request KCSC-240902-01.

Following our review, {X[1]} has been withheld in South Korea, {X[2]} was removed for violating the X Rules on the promotion of illegal gambling, and we could not locate {X[3]} on our service.

We have not yet finished reviewing the remaining posts listed in your request and will write to you separately about them.

Regards,
{XSIG}""",
    outcome="applied", classification="confirmation",
    imitates="X legal-support reply to a government removal request (country withheld content notice)",
    why="one sentence carries three different statuses, one per URL",
    items=st(X, {1: "restricted", 2: "removed", 3: "not_found"}),
)

case(
    name="x-refusal-with-reason-then-withheld",
    **{"from": "legal-support@x.com"},
    date="Fri, 06 Sep 2024 02:40:10 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""Hello,

We reviewed the post at {X[4]} against the X Rules and against the Korean law cited in your letter. The post shares a news article about the regulation of online betting and does not itself promote a gambling service. We are therefore not taking action on it, and it will remain available.

The post at {X[5]}, by contrast, advertises an unlicensed casino site. It has been withheld in the Republic of Korea under our country withheld content policy; people outside Korea can still view it.

More about withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
{XSIG}""",
    outcome="applied", classification="confirmation",
    imitates="X reply declining part of a legal request with its reason, withholding the rest in-country",
    why="a refusal with its reason (rejected) next to a country withholding (restricted); help link is not an item",
    items=st(X, {4: "rejected", 5: "restricted"}),
)

case(
    name="x-later-sentence-revises-earlier",
    **{"from": "legal-support@x.com"},
    date="Mon, 09 Sep 2024 07:05:31 +0000",
    subject="Update: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""Hello,

In our message of 5 September we told you that {X[6]} had been withheld in Korea. That was its status at the time. After a further review by our Safety team the post was found to break our global rules, and it has now been removed from X entirely.

{X[7]} remains withheld in Korea only.

Regards,
{XSIG}""",
    outcome="applied", classification="confirmation",
    imitates="X follow-up that upgrades an earlier country withholding to a global removal",
    why="the earlier 'withheld' is history; the later sentence gives the current status (removed)",
    items=st(X, {6: "removed", 7: "restricted"}),
)

case(
    name="x-html-results-table",
    **{"from": "noreply-legal@x.com"},
    date="Tue, 10 Sep 2024 03:30:00 +0000",
    subject="Your legal request KCSC-240902-01: results",
    type="html",
    body=f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of the following items from your request <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Action taken</th></tr>
<tr><td>1</td><td><a href="{X[7]}">{X[7]}</a></td><td>Withheld (KR)</td></tr>
<tr><td>2</td><td><a href="{X[8]}">{X[8]}</a></td><td>Removed &ndash; violates rules on regulated goods</td></tr>
<tr><td>3</td><td><a href="{X[9]}">{X[9]}</a></td><td>No action &ndash; no violation found</td></tr>
<tr><td>4</td><td><a href="{X[11]}">{X[11]}</a></td><td>Not found</td></tr>
</table>
<p>If you have questions, reply to this email. <a href="https://help.x.com/en/forms/legal">Legal request forms</a></p>
<p>X Legal</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="X legal request results mail with an HTML table of reported URLs and actions",
    why="four rows, four different statuses; 'No action - no violation found' is a refusal",
    items=st(X, {7: "restricted", 8: "removed", 9: "rejected", 11: "not_found"}),
)

case(
    name="x-text-table-corrected-by-note",
    **{"from": "legal-support@x.com"},
    date="Wed, 11 Sep 2024 05:18:09 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Please find the outcome for the posts below.

URL                                                       | Outcome
----------------------------------------------------------+---------
{X[12]}   | Removed
{X[13]}   | Removed

Correction: the second row above is wrong. {X[13]} was withheld in South Korea, not removed; it is still visible outside Korea. Apologies for the mistake.

Regards,
{XSIG}""",
    outcome="applied", classification="confirmation",
    imitates="X reply with a plain-text results table followed by an agent's correction",
    why="the note explicitly corrects the table's second row: x13 restricted, x12 stays removed",
    items=st(X, {12: "removed", 13: "restricted"}),
)

case(
    name="x-table-contradicts-note",
    **{"from": "legal-support@x.com"},
    date="Thu, 12 Sep 2024 08:44:52 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<table border="1" cellpadding="3">
<tr><th>Reported URL</th><th>Status</th></tr>
<tr><td>{X[8]}</td><td>Removed</td></tr>
</table>
<p>Note from the reviewer: the post at {X[8]} is still live. Our reviewers did not find a violation of the X Rules, and it has not been removed.</p>
<p>X Legal Support</p>
</body></html>""",
    outcome="review", classification="confirmation", review="conflicting_statements",
    imitates="X results table whose status column disagrees with the reviewer's free-text note",
    why="table says removed, note says still live and not removed; nothing marks which is right",
    items=st(X, {8: "pending"}),
)

case(
    name="x-outcomes-by-number",
    **{"from": "legal-support@x.com"},
    date="Fri, 13 Sep 2024 01:02:17 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""Hi,

You asked about these three items:

1. {X[1]}
2. {X[5]}
3. {X[10]}

Outcome, by number:
1 - withheld in KR
2 - removed globally (illegal gambling promotion)
3 - account permanently suspended

Thanks,
{XSIG}""",
    outcome="applied", classification="confirmation",
    imitates="X support reply listing reported URLs, then outcomes keyed by list number",
    why="statuses given by position in the email's own numbered list; a suspended account is removed",
    items=st(X, {1: "restricted", 5: "removed", 10: "removed"}),
)

case(
    name="x-url-below-its-statement",
    **{"from": "legal-support@x.com"},
    date="Sat, 14 Sep 2024 06:25:40 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""Hello,

The following post has been removed for violating our rules on the sale of regulated goods:

{X[8]}

The following post was reviewed and does not violate the X Rules or the Korean law described in your request, so it remains available:

{X[9]}

Regards,
{XSIG}""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply that states each outcome with the URL on the line below",
    why="each statement ends in ':' and its URL follows on its own line",
    items=st(X, {8: "removed", 9: "rejected"}),
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-support@x.com"},
    date="Sun, 15 Sep 2024 04:11:03 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""Hello,

{X[2]}
Status: Withheld in KR

{X[4]}
Status: Removed

{X[12]}
Status: Unable to locate. The post may have been deleted by the account owner before our review.

Regards,
{XSIG}""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with bare URLs each followed by a 'Status:' line",
    why="status on the line below each URL; the 'may have been' hedges only the cause of the not_found",
    items=st(X, {2: "restricted", 4: "removed", 12: "not_found"}),
)

case(
    name="x-gmail-top-post-suspended-and-negation",
    **{"from": "k.marlow@x.com"},
    name_from="Kieran Marlow",
    date="Mon, 16 Sep 2024 02:58:26 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""Hi team,

The account https://x.com/orbit_toto, which we believe may also be operating under other names, has been permanently suspended. {X[11]} was not removed by us: it had already been deleted by the account holder before we got to it.

Best,
Kieran
X Legal Support

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X,
>
> Under Article 44-7 of the Network Act we request removal of the following
> content (reference KCSC-240902-01):
>
> {X[10]}
> {X[11]}
> {X[1]}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from an X legal agent over the quoted request",
    why="hedge sits in a relative clause, main clause is firm (suspended); 'not removed ... already deleted by the holder' is not_found; quoted x1 untouched",
    items=st(X, {10: "removed", 11: "not_found"}),
)

case(
    name="x-ack-phrase-plus-statement",
    **{"from": "legal-support@x.com"},
    date="Tue, 03 Sep 2024 23:50:12 +0000",
    subject="Case 0192837465: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thank you for contacting X. We have received your request and assigned it case number 0192837465.

After review, we have withheld {X[3]} in South Korea.

Regards,
{XSIG}""",
    outcome="applied", classification="confirmation",
    imitates="X case-opened notice that already carries an outcome",
    why="acknowledgement phrase plus an unhedged item-level statement is a confirmation",
    items=st(X, {3: "restricted"}),
)

case(
    name="x-outlook-top-post-second-request",
    **{"from": "legal-support@x.com"},
    date="Wed, 18 Sep 2024 01:14:45 +0000",
    subject="RE: [KCSC-240916-07] Request to remove content",
    reply_to_req="req-240916-07",
    body=f"""Hello,

{H[1]} - withheld in Korea.
{H[2]} - removed (financial scam policy).

Regards,
{XSIG}
-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 9:40 AM
To: legal@x.com
Subject: [KCSC-240916-07] Request to remove content

Dear X,

Please remove the following posts advertising illegal loans:

{H[1]}
{H[2]}

Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style reply from X over the quoted request",
    why="statements above the '-----Original Message-----' line name both URLs; quoted request says 'remove' and must not count",
    items=st(H, {1: "restricted", 2: "removed"}),
)

case(
    name="x-promise-within-24h",
    **{"from": "legal-support@x.com"},
    date="Wed, 04 Sep 2024 03:22:08 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""Hello,

We have looked at your report concerning {X[6]} and {X[7]}. These posts will be withheld in South Korea within the next 24 hours, and we will confirm once this is done.

Regards,
{XSIG}""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="X reply announcing an action not yet taken",
    why="a promise ('will be withheld') is not a statement; items stay pending",
    items=st(X, {6: "pending", 7: "pending"}),
)

case(
    name="x-bulk-all-actioned",
    **{"from": "legal-support@x.com"},
    date="Tue, 17 Sep 2024 10:00:00 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""Hello,

We have now taken action on all of the posts listed in your request KCSC-240902-01. The affected account holders have been notified in line with our policies.

Regards,
{XSIG}""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="X closing note covering a whole request without itemising",
    why="one statement for a 13-item request naming none of them",
    items={u: "pending" for u in X.values()},
)

case(
    name="x-conditional-and-appears",
    **{"from": "legal-support@x.com"},
    date="Sat, 07 Sep 2024 00:35:50 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Should our review confirm that {X[5]} breaks Korean law, it will be withheld in Korea. We expect to complete that review next week.

{X[13]}, which was also reported by several other users, appears to have been taken down already; we are checking this.

Regards,
{XSIG}""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="X interim reply with a conditional action and an unverified observation",
    why="a condition and an 'appears to have been' hedge: no statement, both pending",
    items=st(X, {5: "pending", 13: "pending"}),
)

case(
    name="x-out-of-office",
    **{"from": "j.okafor@x.com"},
    name_from="Jin Okafor",
    date="Tue, 03 Sep 2024 01:00:02 +0000",
    subject="Automatic reply: [KCSC-240902-01] Request to remove content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 23 September with limited access to email.

For urgent legal requests please write to legal@x.com; your message will not be forwarded.

Jin""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform employee",
    why="auto-reply, ignored whatever its subject names",
    items={},
)

# ================================================================ YouTube
YTSIG = "The YouTube Legal Support Team\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043\n"

case(
    name="yt-removed-and-age-restricted-not-removed",
    **{"from": "legal-notices@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 07:41:19 +0000",
    subject="[KCSC-240904-02] Your legal removal request",
    reply_to_req="req-240904-02",
    body=f"""Hello,

Thanks for your request. We have reviewed the content as follows.

{Y[1]}: removed for violating our Community Guidelines.

{Y[2]}: we have applied an age restriction. The video has not been removed and remains available to signed-in viewers over 18.

Sincerely,
{YTSIG}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome mail (removal and age restriction)",
    why="'has not been removed' is a negation next to the real status (age-restricted = restricted)",
    items=st(Y, {1: "removed", 2: "restricted"}),
)

case(
    name="yt-hedges-in-relative-clauses",
    **{"from": "legal-notices@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 06:02:33 +0000",
    subject="Re: [KCSC-240904-02] Your legal removal request",
    reply_to_req="req-240904-02",
    body=f"""Hello,

The video {Y[3]}, which may have been uploaded from outside Korea, has been blocked from view in South Korea on the basis of local law.

The channel {Y[4]}, which appears to have been inactive since June, was reviewed and will stay up: we did not find a violation of our Community Guidelines or of the law you cited.

Sincerely,
{YTSIG}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome with local-law block and a no-violation decision",
    why="hedges only in relative clauses; main clauses are firm: y3 restricted, y4 rejected",
    items=st(Y, {3: "restricted", 4: "rejected"}),
)

case(
    name="yt-actioned-and-not-actioned",
    **{"from": "legal-notices@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 09:27:58 +0000",
    subject="Re: [KCSC-240904-02] Your legal removal request",
    reply_to_req="req-240904-02",
    body=f"""Hello,

{Y[4]} has been actioned under our policies.

We did not action {Y[1]}, as we were unable to find a video at that address. If you believe this is in error, please check the link and submit it again through https://support.google.com/legal/answer/3110420.

Sincerely,
{YTSIG}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'actioned under our policies' outcome with a could-not-find line",
    why="configured phrase gives removed; 'did not action ... unable to find' is not_found, not removed",
    items=st(Y, {4: "removed", 1: "not_found"}),
)

_yt_qp = f"""Hello,

Thank you for your patience while we reviewed your request.

After review we removed {Y[2]} for violating our policy on gambling content.

We have decided not to remove {Y[3]}. The video is a news report about illegal gambling sites and falls within our exception for educational, documentary, scientific and artistic content, so it will remain on YouTube.

Sincerely,
The YouTube Legal Support Team
"""
case(
    name="yt-quoted-printable-refusal",
    **{"from": "legal-notices@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 11:11:11 +0000",
    subject="Re: [KCSC-240904-02] Your legal removal request",
    reply_to_req="req-240904-02",
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_yt_qp),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome with an EDSA-exception refusal, quoted-printable body",
    why="removal of y2, refusal with reason for y3; QP soft breaks in long lines",
    items=st(Y, {2: "removed", 3: "rejected"}),
)

case(
    name="yt-under-review-and-appears",
    **{"from": "legal-notices@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 02:16:44 +0000",
    subject="Re: [KCSC-240904-02] Your legal removal request",
    reply_to_req="req-240904-02",
    body=f"""Hello,

{Y[1]} and {Y[2]} are still under review by our legal team. {Y[3]} appears to have already been made private by the uploader, though we have not yet confirmed this.

We'll be in touch once our review is finished.

Sincerely,
{YTSIG}""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="YouTube interim update during legal review",
    why="'under review' and 'appears to have' are not statements; all pending",
    items=st(Y, {1: "pending", 2: "pending", 3: "pending"}),
)

case(
    name="yt-submission-receipt",
    **{"from": "noreply-legal@google.com"},
    name_from="Google Legal",
    date="Wed, 04 Sep 2024 02:31:07 +0000",
    subject="Your legal request has been received [4-1290837461] KCSC-240904-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thanks for your legal removal request. Your submission ID is 4-1290837461.

We'll review your request and get back to you. You don't need to reply to this message.

Google Legal Support""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removal form submission receipt",
    why="pure acknowledgement with a submission id",
    items={},
)

case(
    name="yt-about-tiktok-url",
    **{"from": "legal-notices@google.com"},
    name_from="YouTube Legal Support",
    date="Sun, 15 Sep 2024 08:08:08 +0000",
    subject="Re: Request to remove content (KCSC-240913-06)",
    body=f"""Hello,

We received your request concerning {TK[1]}.

That video is not hosted on YouTube and we could not find it on our service, so we are unable to act on it. Please contact the service that hosts it.

Sincerely,
{YTSIG}""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="Google reply to a request misdirected to it about another service's URL",
    why="YouTube states a status (not found) for a TikTok item",
    items=st(TK, {1: "pending"}),
)

case(
    name="yt-dsa-statement-of-reasons",
    **{"from": "legal-notices@google.com"},
    name_from="YouTube Legal Support",
    date="Sun, 08 Sep 2024 03:45:00 +0000",
    subject="Statement of reasons - [KCSC-240904-02]",
    reply_to_req="req-240904-02",
    body=f"""Statement of reasons

Content: {Y[3]}
Decision: Restriction of visibility. Access to the content has been disabled in the Republic of Korea.
Territorial scope: KR
Ground: Illegal content under the law of the requesting authority
Facts and circumstances: Notice received from a public authority (reference KCSC-240904-02).
Automated means: Not used for the decision.

Redress: the uploader may appeal the decision in YouTube Studio.

{YTSIG}""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons layout (key: value fields)",
    why="'Decision: restriction of visibility ... disabled in the Republic of Korea' for one named item",
    items=st(Y, {3: "restricted"}),
)

# =============================================================== Telegram
case(
    name="tg-blocked-inaccessible-not-found",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 18:03:12 +0000",
    subject="Re: [KCSC-240906-03] Removal request",
    reply_to_req="req-240906-03",
    body=f"""Hello,

The channel {T[1]} has been blocked for violating Telegram's Terms of Service. The message {T[2]} is no longer accessible, since it was posted in that channel.

As for {T[3]}, we could not find this message. It was probably deleted by its owner.

Telegram Abuse Team""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (channel blocked, message not found)",
    why="blocked channel = removed, message inside it no longer accessible = removed; 'could not find' firm, 'probably' hedges only the cause",
    items=st(T, {1: "removed", 2: "removed", 3: "not_found"}),
)

case(
    name="tg-negations",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 12:47:30 +0000",
    subject="Re: [KCSC-240906-03] Removal request",
    reply_to_req="req-240906-03",
    body=f"""Hello,

We did not block {T[3]}. The message advertises a licensed pharmacy and does not break Telegram's Terms of Service.

We were not able to find any public channel with the username velvetdrop_kr ({T[1]}).

Telegram Abuse Team""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply declining one report and not finding a channel",
    why="'did not block' with a reason is rejected, not removed; 'not able to find' is not_found",
    items=st(T, {3: "rejected", 1: "not_found"}),
)

_tg_b64 = f"""Hello,

Following your report KCSC-240906-03:

- {T[1]} has been restricted for users in the Republic of Korea.
- {T[2]} has been deleted.

Telegram Abuse Team
"""
case(
    name="tg-base64-list",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 21:20:05 +0000",
    subject="Re: [KCSC-240906-03] Removal request",
    reply_to_req="req-240906-03",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_tg_b64),
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply, base64 body, bulleted list",
    why="channel restricted in Korea, message deleted",
    items=st(T, {1: "restricted", 2: "removed"}),
)

case(
    name="tg-auth-fail",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    auth="fail",
    date="Tue, 10 Sep 2024 15:15:15 +0000",
    subject="Re: [KCSC-240906-03] Removal request",
    body=f"""Hello,

The channel {T[1]} and the message {T[3]} have been removed.

Telegram Abuse Team""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="Telegram abuse reply failing DMARC (possibly spoofed)",
    why="platform domain but authentication fails",
    items=st(T, {1: "pending", 3: "pending"}),
)

case(
    name="tg-case-receipt",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 01:05:55 +0000",
    subject="Case #5821734 - [KCSC-240906-03] Removal request",
    reply_to_req="req-240906-03",
    body="""Hello,

Thanks for your report. It has been registered as Case #5821734. Our moderators will look into it.

Telegram Abuse Team""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse desk case-registered receipt",
    why="pure acknowledgement with a case number",
    items={},
)

# ================================================================== NAVER
NSIG = "네이버 고객센터 게시물 신고 담당\nNAVER Corp."

case(
    name="naver-three-statuses-one-sentence",
    **{"from": "report_help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Thu, 12 Sep 2024 05:20:00 +0000",
    subject=enc("[KCSC-240910-04] 게시물 삭제 요청에 대한 처리 결과 안내"),
    reply_to_req="req-240910-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

요청하신 게시물 중 {N[1]} 은 게시중단 조치하였고, {N[2]} 은 작성자가 이미 삭제하여 확인되지 않으며, {N[3]} 은 임시조치(30일) 하였습니다.

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

{NSIG}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단·임시조치 처리 결과 안내 mail",
    why="one Korean sentence with three statuses: 게시중단 removed, 작성자 삭제 not_found, 임시조치 restricted",
    items=st(N, {1: "removed", 2: "not_found", 3: "restricted"}),
)

case(
    name="naver-refusal-negation-and-blind",
    **{"from": "report_help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Fri, 13 Sep 2024 06:33:10 +0000",
    subject=enc("Re: [KCSC-240910-04] 게시물 삭제 요청 처리 결과"),
    reply_to_req="req-240910-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

{N[4]} 게시물은 검토 결과 관련 법령 및 카페 운영정책 위반 사항이 확인되지 않아 게시중단 조치를 하지 않았습니다. 해당 게시물은 대부업 등록 여부를 묻는 질문 글입니다.

{N[5]} 게시물은 블라인드 처리되었습니다.

운영정책 안내: https://policy.naver.com/policy/service_group.html

{NSIG}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply refusing one post with its reason and blinding another",
    why="'게시중단 조치를 하지 않았습니다' with a reason is rejected; 블라인드 is removed; policy link not an item",
    items=st(N, {4: "rejected", 5: "removed"}),
)

case(
    name="naver-kcsc-result-table",
    **{"from": "report_help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Mon, 16 Sep 2024 02:00:00 +0000",
    subject=enc("[KCSC-240910-04] 시정요구 조치결과 회신"),
    reply_to_req="req-240910-04",
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240910-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td></td></tr>
<tr><td>2</td><td>{N[2]}</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>접속차단</td><td>국내</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>미조치</td><td>위반사항 없음</td></tr>
<tr><td>5</td><td>{N[5]}</td><td>비공개 처리</td><td></td></tr>
</table>
<p>{NSIG.replace(chr(10), '<br>')}</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (번호/URL/조치결과/비고)",
    why="five rows, every status: 삭제, 게시물 없음, 접속차단(국내), 미조치(위반 없음), 비공개 처리",
    items=st(N, {1: "removed", 2: "not_found", 3: "restricted", 4: "rejected", 5: "removed"}),
)

case(
    name="naver-temporary-then-deleted",
    **{"from": "report_help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Thu, 19 Sep 2024 01:10:00 +0000",
    subject=enc("Re: [KCSC-240910-04] 게시물 처리 결과 추가 안내"),
    reply_to_req="req-240910-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

지난 안내에서 말씀드린 대로 {N[3]} 게시물은 9월 11일 임시조치되었습니다. 이후 작성자의 이의 제기가 없어 9월 18일 최종 삭제되었습니다.

{N[4]} 게시물은 현재 임시조치 기간(30일)이 진행 중입니다.

{NSIG}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up: 임시조치 followed by final deletion",
    why="the later sentence revises n3 from temporary measure to deleted; n4 is under a running 임시조치",
    items=st(N, {3: "removed", 4: "restricted"}),
)

case(
    name="naver-angle-brackets-wrapped",
    **{"from": "report_help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Wed, 18 Sep 2024 04:44:44 +0000",
    subject=enc("Re: [KCSC-240910-04] 게시물 삭제 요청"),
    reply_to_req="req-240910-04",
    body=f"""안녕하세요.

<{N[2]}> 게시물은 삭제되었습니다.

아래 게시물은 권리침해 신고에 따라 임시조치(30일간 접근 제한) 되었습니다.
<https://blog.naver.com/moonlit_trader/
223561051207>

감사합니다.
{NSIG}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER mail with URLs in angle brackets, one wrapped by the mail client",
    why="n2 deleted; n5 (wrapped inside <>) under 임시조치 = restricted",
    items=st(N, {2: "removed", 5: "restricted"}),
)

case(
    name="naver-bulk-all-five",
    **{"from": "report_help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Tue, 17 Sep 2024 07:07:07 +0000",
    subject=enc("Re: [KCSC-240910-04] 게시물 삭제 요청 처리 완료"),
    reply_to_req="req-240910-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

KCSC-240910-04 건으로 요청하신 게시물 5건 모두 삭제 조치를 완료하였습니다.

{NSIG}""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="NAVER one-line completion notice for a whole request",
    why="'5건 모두 삭제' without naming any of the five items",
    items={u: "pending" for u in N.values()},
)

case(
    name="naver-hedge-and-under-review",
    **{"from": "report_help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Wed, 11 Sep 2024 08:30:00 +0000",
    subject=enc("Re: [KCSC-240910-04] 게시물 삭제 요청"),
    reply_to_req="req-240910-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

{N[1]} 게시물은 이미 삭제된 것으로 보이며, {N[2]} 및 {N[3]} 게시물은 현재 검토 중입니다.
검토가 끝나는 대로 조치할 예정입니다.

{NSIG}""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="NAVER interim reply (것으로 보임 / 검토 중 / 조치 예정)",
    why="'삭제된 것으로 보이며' is a hedge, '검토 중' and '조치할 예정' are not statements",
    items=st(N, {1: "pending", 2: "pending", 3: "pending"}),
)

case(
    name="naver-read-receipt",
    **{"from": "cs_report@naver.com"},
    name_from=enc("신고센터"),
    date="Tue, 10 Sep 2024 05:02:11 +0000",
    subject=enc("읽음 확인: [KCSC-240910-04] 게시물 삭제 요청"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-816-naver"

--mdn-816-naver
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240910-04] 게시물 삭제 요청"을(를) 2024-09-10 14:02 에 읽었습니다.
이 확인은 메일이 수신자 화면에 표시되었다는 뜻이며, 내용을 읽거나 이해했다는 뜻은 아닙니다.

--mdn-816-naver
Content-Type: message/disposition-notification

Reporting-UA: mail.naver.com
Final-Recipient: rfc822; cs_report@naver.com
Original-Message-ID: <req-240910-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-816-naver--""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER Mail 읽음 확인 (MDN, RFC 8098)",
    why="read receipt, ignored",
    items={},
)

case(
    name="naver-policy-notice-no-claims",
    **{"from": "report_help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Mon, 16 Sep 2024 09:00:00 +0000",
    subject=enc("[안내] 공공기관 게시물 신고 접수 창구 변경 안내"),
    body="""안녕하세요, 네이버 고객센터입니다.

10월 1일부터 공공기관의 게시물 삭제·임시조치 요청은 전용 접수 페이지에서만 받습니다.
기존 이메일 주소로 보내신 요청도 9월 30일까지는 처리됩니다.

접수 페이지: https://help.naver.com/alias/contents2/public_request.naver

네이버 고객센터""",
    outcome="review", classification="other", review="no_claims",
    imitates="NAVER notice to public agencies about a changed intake channel",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

# ================================================================== Kakao
KSIG = "카카오 고객센터 권리침해 신고 담당\nKakao Corp."

case(
    name="kakao-fullwidth-brackets-and-particle",
    **{"from": "report@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Fri, 13 Sep 2024 03:03:03 +0000",
    subject=enc("[KCSC-240912-05] 게시물 조치 결과 안내"),
    reply_to_req="req-240912-05",
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 티스토리 글 「{K_RAW[1]}」은 운영정책 위반으로 삭제되었습니다.
다음 카페 게시글 {K_RAW[2]}은 국내 접근 제한(임시조치) 처리되었습니다.

감사합니다.
{KSIG}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Tistory/Daum) 권리침해 신고 처리 결과 mail",
    why="raw Korean Tistory slug inside 「」 matches its percent-encoded form; particle 은 glued to the Daum URL",
    items=st(K, {1: "removed", 2: "restricted"}),
)

_kakao_csv = f"""번호,URL,조치결과,조치일
1,{K_RAW[1]},삭제,2024-09-14
2,{K_RAW[2]},게시글 없음,2024-09-14
"""
_kakao_text = f"""안녕하세요, 카카오 고객센터입니다.

KCSC-240912-05 요청 건의 처리 결과를 첨부 파일로 보내드립니다.

{KSIG}
"""
case(
    name="kakao-csv-attachment",
    **{"from": "report@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Sat, 14 Sep 2024 08:15:00 +0000",
    subject=enc("Re: [KCSC-240912-05] 처리 결과 회신"),
    reply_to_req="req-240912-05",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kakao-816-mixed"

--kakao-816-mixed
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_kakao_text)}

--kakao-816-mixed
Content-Type: text/csv; charset=utf-8; name="KCSC-240912-05_result.csv"
Content-Disposition: attachment; filename="KCSC-240912-05_result.csv"
Content-Transfer-Encoding: base64

{b64(_kakao_csv)}

--kakao-816-mixed--""",
    outcome="applied", classification="confirmation",
    imitates="Kakao result reply with a CSV attachment (번호/URL/조치결과/조치일)",
    why="results only in the CSV: 삭제 removed, 게시글 없음 not_found",
    items=st(K, {1: "removed", 2: "not_found"}),
)

case(
    name="kakao-asks-for-documents",
    **{"from": "report@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Thu, 12 Sep 2024 23:40:00 +0000",
    subject=enc("Re: [KCSC-240912-05] 추가 자료 요청"),
    reply_to_req="req-240912-05",
    body=f"""안녕하세요, 카카오 고객센터입니다.

{K_RAW[2]} 게시글에 대한 조치 여부를 판단하기 위해 심의 의결서 사본을 보내주시기 바랍니다.
자료가 확인되면 검토 후 결과를 안내드리겠습니다.

{KSIG}""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Kakao request for the deliberation decision before acting",
    why="the platform asks for documents; no status",
    items=st(K, {2: "pending"}),
)

case(
    name="kakao-out-of-office-korean",
    **{"from": "minji.seo@kakaocorp.com"},
    name_from=enc("서민지"),
    date="Thu, 12 Sep 2024 01:21:00 +0000",
    subject=enc("[자동회신] 부재중입니다: [KCSC-240912-05] 게시물 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 9월 12일부터 9월 18일까지 휴가로 부재중입니다.
급한 건은 report@kakaocorp.com 으로 보내주시기 바랍니다.

서민지 드림""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================= TikTok
case(
    name="tiktok-single-item-general-statement",
    **{"from": "legal-notices@tiktok.com"},
    name_from="TikTok Legal",
    date="Mon, 16 Sep 2024 10:10:10 +0000",
    subject="Re: [KCSC-240913-06] Request to remove content",
    reply_to_req="req-240913-06",
    body="""Hello,

Thank you for your report. We've reviewed it and the content you reported has been removed for violating our Community Guidelines.

TikTok Legal Team""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome notice ('the content you reported has been removed')",
    why="a statement naming no URL answers a request of one item",
    items=st(TK, {1: "removed"}),
)

case(
    name="tiktok-request-bounced",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Fri, 13 Sep 2024 07:46:02 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="dsn-816-tiktok"

--dsn-816-tiktok
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host mx.tiktok.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: User unknown

--dsn-816-tiktok
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 16:45:58 +0900

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-816-tiktok
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: [KCSC-240913-06] Request to remove content
Message-ID: <req-240913-06@kcsc.example>
Date: Fri, 13 Sep 2024 16:45:00 +0900

Dear TikTok,

Under Article 44-7 of the Network Act we request removal of the
following video, which promotes an illegal gambling site:

{TK[1]}

Korea Communications Standards Commission

--dsn-816-tiktok--""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for the request sent to a wrong TikTok address",
    why="bounce, ignored; the returned request's own words must not count",
    items={},
)

# ========================================================= unknown sender
case(
    name="unknown-sender-law-firm",
    **{"from": "jhpark@hanul-lawfirm.example"},
    name_from="Park Jihoon",
    auth="none",
    date="Wed, 18 Sep 2024 06:00:00 +0000",
    subject="KCSC-240910-04 - deletion of our client's post",
    body=f"""Dear Sir or Madam,

We act for the author of the post at {N[1]}. Our client deleted the post himself on 17 September, and it is no longer online.

We ask that the Commission close the matter.

Park Jihoon
Hanul Law Firm""",
    outcome="review", classification="other", review="unknown_sender",
    imitates="letter from the uploader's lawyer about a requested item",
    why="sender is no platform's domain; names our request and an item",
    items=st(N, {1: "pending"}),
)


HEADER = """# Blind set 816 (focus: what a program gets wrong): expected results,
# written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind816", HEADER, CASES)


if __name__ == "__main__":
    main()
