#!/usr/bin/env python3
"""Blind set blind792: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Written from each
email's meaning, before any run of the reader.

    python3 tests/corpus/blind792/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
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

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240906-03", "KCSC-240909-04",
    "KCSC-240910-05", "KCSC-240911-06", "KCSC-240912-07",
)

X1 = "https://x.com/lunar_bazaar77/status/1830412277561102336"
X2 = "https://x.com/lunar_bazaar77/status/1830419903312764928"
X3 = "https://x.com/pinetree_odds/status/1830533118740029441"
X4 = "https://x.com/pinetree_odds/status/1830540067215843330"
X5 = "https://x.com/pinetree_odds/status/1830551892077658112"
X6 = "https://x.com/quietmint_kr/status/1830601245583708160"
X7 = "https://x.com/quietmint_kr/status/1830612874420273152"
X8 = "https://x.com/haneul_dealer/status/1830700318855630848"
X9 = "https://x.com/haneul_dealer/status/1830702211349921792"
X10 = "https://x.com/haneul_dealer/status/1830709954876588032"
X11 = "https://x.com/baram_store_2/status/1830811467302109184"
X12 = "https://x.com/baram_store_2/status/1830813550927478784"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

T1 = "https://t.me/greyfinch_market/412"
T2 = "https://t.me/greyfinch_market/418"
T3 = "https://t.me/greyfinch_market/431"
T4 = "https://t.me/orchid_lane_kr/77"

Y1 = "https://www.youtube.com/watch?v=Qm3vT8xLp0a"
Y2 = "https://www.youtube.com/watch?v=Zk7Rb2NwYc4"
Y3 = "https://www.youtube.com/shorts/Hd9pW1eKs5U"
L1 = "https://www.youtube.com/watch?v=Lr5Tq0VbMx8"

N1 = "https://blog.naver.com/moonstep_22/223571908812"
N2 = "https://blog.naver.com/moonstep_22/223571944107"
N3 = "https://cafe.naver.com/sunrisedeal/88412"
N4 = "https://cafe.naver.com/sunrisedeal/88439"
N5 = "https://blog.naver.com/PostView.naver?blogId=gold_willow&logNo=223580012345"

K1 = "https://cafe.daum.net/bluecrane77/Kx1T/215"
K2 = "https://cafe.daum.net/bluecrane77/Kx1T/219"
K3_RAW = "https://sodam-note.tistory.com/entry/해외-카지노-가입"
K3 = "https://sodam-note.tistory.com/entry/" + quote("해외-카지노-가입")

V1 = "https://www.tiktok.com/@nightowl.kr/video/7411928374650128641"
V2 = "https://www.tiktok.com/@nightowl.kr/video/7411930981237421313"

REQUESTS = [
    (R1, "x", "2024-09-03T01:00:00Z", "2024-09-06T01:00:00Z", XS, "gambling",
     "12 posts advertising an unlicensed betting site"),
    (R2, "telegram", "2024-09-04T02:00:00Z", "2024-09-07T02:00:00Z", [T1, T2, T3, T4], "drugs",
     "channel posts selling narcotics"),
    (R3, "youtube", "2024-09-06T01:30:00Z", "2024-09-09T01:30:00Z", [Y1, Y2, Y3], "drugs",
     "videos and a short promoting drug sales"),
    (R4, "naver", "2024-09-09T00:30:00Z", "2024-09-12T00:30:00Z", [N1, N2, N3, N4, N5], "gambling",
     "blog and cafe posts advertising illegal gambling"),
    (R5, "kakao", "2024-09-10T05:00:00Z", "2024-09-13T05:00:00Z", [K1, K2, K3], "gambling",
     "Daum cafe posts and a Tistory entry"),
    (R6, "tiktok", "2024-09-11T03:00:00Z", "2024-09-14T03:00:00Z", [V1, V2], "drugs",
     "two videos"),
    (R7, "youtube", "2024-09-12T02:00:00Z", "2024-09-15T02:00:00Z", [L1], "obscenity",
     "single video"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"req.{ref}@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def quoted(text):
    return "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))


R1_REQUEST_TEXT = (
    f"Dear X Legal team,\n\nRequest {R1}. Under the Act on Promotion of Information and\n"
    "Communications Network Utilization, we ask you to remove or block access\n"
    "to the following posts:\n\n"
    + "\n".join(f"{i}. {u}" for i, u in enumerate(XS, 1))
    + "\n\nKorea Communications Standards Commission"
)

# ------------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ============================ X (R1, 12 items) ============================

case(
    name="x-removed-and-kept-in-one-sentence",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 08:14:02 +0000",
    subject=f"Re: Removal request {R1}", reply_to_req=f"req.{R1}",
    body=f"""
Hello,

Thank you for your patience while we reviewed the Korea Communications
Standards Commission's request {R1}.

We have removed {X1} for violating the X Rules on illegal and regulated goods, but {X2} will stay on the platform because, after careful review, we did not find that it breaks our rules or Korean law.

The remaining posts in your request are still being reviewed and we will
write again separately.

Regards,
X Legal
Case reference: 0394-KR-2281
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email with a per-post decision",
    why="one sentence removes one post and keeps the other with a reason; the rest is still under review",
    items={X1: "removed", X2: "rejected"},
)

case(
    name="x-hedge-inside-relative-clause",
    **{"from": "gga-kr@x.com"}, name_from="Yuna Park",
    date="Fri, 06 Sep 2024 03:40:55 +0000",
    subject=f"RE: {R1} - update",
    body=f"""
Hi,

Following up on {R1}.

The post {X4}, which may also be the subject of a separate report from another authority, has been withheld in South Korea under our country withheld content policy (https://help.x.com/en/rules-and-policies/post-withheld-by-country).

As for {X5}, our review is not finished yet; it may be withheld as well, but we cannot confirm that today.

Thanks,
Yuna
X Global Government Affairs
""",
    outcome="applied", classification="confirmation",
    imitates="X Government Affairs reply on a country-withheld post",
    why="the hedge 'may' sits in a relative clause about another report, the main clause withholds X4; X5 is explicitly unconfirmed",
    items={X4: "restricted", X5: "pending"},
)

case(
    name="x-not-removed-and-invalid-link",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 11:02:17 +0000",
    subject=f"Re: Removal request {R1} (2 posts)", reply_to_req=f"req.{R1}",
    body=f"""
Hello,

We have reviewed two of the posts listed in {R1}.

{X6} has not been removed and will not be withheld. The post quotes a news
article and, in our assessment, does not violate the X Rules or the Korean
law cited in your request.

We were unable to find the other post you asked about,
<https://x.com/quietmint_kr/status/
1830612874420273152>. The link does not resolve to any post on X; please
check that it was copied correctly.

Best,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply refusing one post and reporting an invalid link",
    why="'has not been removed' is a refusal with reason (rejected); the wrapped link in angle brackets cannot be found",
    items={X6: "rejected", X7: "not_found"},
)

case(
    name="x-correction-later-sentence",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 06:21:40 +0000",
    subject=f"Correction: {R1}",
    body=f"""
Hello again,

Earlier today we told you that {X8} had been removed. That was a mistake on our side, and we apologise for the confusion: the post was withheld in South Korea only, and it is still visible to people outside Korea.

No other posts from {R1} are covered by this email.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal correction of an earlier outcome email",
    why="the earlier 'had been removed' is reported and then corrected: the post is withheld in Korea only",
    items={X8: "restricted"},
)

X_TABLE_HTML = f"""<html><body>
<p>Hello,</p>
<p>Below is the outcome for request {R1}.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X9}</td><td>Removed</td></tr>
<tr><td>{X10}</td><td>Withheld in KR</td></tr>
</table>
<p><b>Note:</b> the posts listed above were reviewed by our team and were
found not to violate the X Rules. No action has been taken on them.</p>
<p>X Legal</p>
</body></html>"""

case(
    name="x-table-contradicted-by-note",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 02:10:09 +0000",
    subject=f"Outcome: {R1}",
    type="html", body=X_TABLE_HTML,
    outcome="review", review="conflicting_statements",
    imitates="X outcome table with a templated note",
    why="the table removes/withholds both posts, the note says no action was taken on them: a person must ask",
    items={X9: "pending", X10: "pending"},
)

case(
    name="x-statuses-by-position",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 09:33:51 +0000",
    subject=f"Re: Removal request {R1}", reply_to_req=f"req.{R1}",
    body=f"""
Hello,

Your request {R1} listed, among others, these three posts:

1) {X10}
2) {X11}
3) {X12}

Outcome, in the same order:
(1) removed globally for violating our rules on illegal goods
(2) withheld in South Korea
(3) could not be found - the post no longer exists

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply listing decisions by number",
    why="numbered URLs, then outcomes numbered in the same order",
    items={X10: "removed", X11: "restricted", X12: "not_found"},
)

case(
    name="x-all-posts-withheld-bulk",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 01:45:00 +0000",
    subject=f"Re: Removal request {R1}", reply_to_req=f"req.{R1}",
    body=f"""
Hello,

We have completed our review of request {R1} and have withheld in South
Korea all of the posts identified in your request, in line with our country
withheld content policy.

X Legal
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="X legal one-line 'all content withheld' reply",
    why="a statement about all twelve posts naming none of them",
    items={},
)

case(
    name="x-forged-dmarc-fail",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Tue, 10 Sep 2024 14:02:31 +0000",
    subject=f"Re: {R1} completed",
    body=f"""
Dear Commission,

Both {X1} and {X2} have been deleted from X.

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email failing DMARC",
    why="x.com sender failing DKIM/SPF/DMARC",
    items={X1: "pending", X2: "pending"},
)

case(
    name="x-out-of-office-with-ref",
    **{"from": "dokafor@x.com"}, name_from="Daniel Okafor",
    date="Tue, 03 Sep 2024 01:05:12 +0000",
    subject=f"Automatic reply: {R1} removal request (12 posts)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. Legal requests are handled by legal@x.com; please
resend your message there if it is urgent.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="auto-reply; names the request only in its subject",
    items={},
)

case(
    name="x-promise-after-signoff",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 07:30:00 +0000",
    subject=f"Re: Removal request {R1}", reply_to_req=f"req.{R1}",
    body=f"""
Hi,

Thanks for your request {R1}. The post {X3} will be removed once our legal
team completes its sign-off, which we expect within two business days.
We'll confirm when it's done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising action",
    why="a promise ('will be removed once ...') is not a statement",
    items={X3: "pending"},
)

X_CSV = (
    "url,decision,policy\n"
    f"{X2},No action - not in violation,\n"
    f"{X3},Withheld in KR,Country withheld content\n"
    f"{X5},Removed,Illegal or certain regulated goods or services\n"
)

case(
    name="x-csv-attachment-outcomes",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 05:12:44 +0000",
    subject=f"Outcome for {R1} (partial)",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="==x-csv-7731=="

--==x-csv-7731==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the posts from {R1} that we have
reviewed so far. The others are still open.

X Legal

--==x-csv-7731==
Content-Type: text/csv; charset=utf-8; name="outcome_{R1}.csv"
Content-Disposition: attachment; filename="outcome_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV)}
--==x-csv-7731==--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome spreadsheet sent as a CSV attachment",
    why="CSV rows: no action (rejected), withheld in KR (restricted), removed",
    items={X2: "rejected", X3: "restricted", X5: "removed"},
)

case(
    name="x-toppost-over-gmail-quote",
    **{"from": "mina.seo@x.com"}, name_from="Mina Seo",
    date="Thu, 12 Sep 2024 00:48:19 +0000",
    subject=f"Re: {R1} removal request (12 posts)", reply_to_req=f"req.{R1}",
    body=f"""
Hi team,

{X7} has been taken down. The other posts in your list are still with our
reviewers.

Mina
X Legal

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(R1_REQUEST_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the quoted request",
    why="one unquoted statement; the quoted request lists all twelve and changes nothing",
    items={X7: "removed"},
)

# ========================= Telegram (R2, 4 items) =========================

case(
    name="tg-first-and-third-by-position",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 16:20:33 +0000",
    subject=f"Re: [Case #4410297] {R2}",
    body=f"""
Hello,

Regarding the links you sent:
{T1}
{T2}
{T3}
{T4}

The first and the third have been blocked and are no longer available on
Telegram. The second could not be found on our side. The fourth does not
violate our Terms of Service, so we have not taken action on it.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply answering by ordinal",
    why="statuses given by position (first, second, third, fourth) over the listed links",
    items={T1: "removed", T2: "not_found", T3: "removed", T4: "rejected"},
)

case(
    name="tg-three-statuses-one-sentence-angle",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Fri, 06 Sep 2024 09:03:12 +0000",
    subject="Re: Case #4410388",
    body=f"""
Hi,

Thanks for the report (Case #4410388). <{T1}> has been blocked for users in South Korea and <{T2}> has been taken down entirely, whereas <{T3}> could not be located because it is not a public post.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply with URLs in angle brackets",
    why="three different statuses in one sentence",
    items={T1: "restricted", T2: "removed", T3: "not_found"},
)

case(
    name="tg-bounce-dsn",
    **{"from": "MAILER-DAEMON@relay.kcsc.example"}, name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 02:01:10 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-4410-b"

--dsn-4410-b
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mx.telegram.org[203.0.113.25] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--dsn-4410-b
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.kcsc.example
Arrival-Date: Wed,  4 Sep 2024 11:00:02 +0900 (KST)

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-4410-b
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: [{R2}] Removal request: {T1} and 3 more
Message-ID: <req.{R2}@kcsc.example>

--dsn-4410-b--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification",
    why="bounce of our own request; its headers name a URL but it states nothing",
    items={},
)

case(
    name="tg-refusal-news-reporting",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 10:44:00 +0000",
    subject=f"Re: [Case #4410297] {R2}",
    body=f"""
Hello,

We looked at {T4} from your request {R2}. We will not be taking it down:
the channel reports on court proceedings, and the post does not contain the
content described in your request. It does not violate Telegram's Terms of
Service.

{T2} was removed on 6 September.

Best regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk refusal with reasons",
    why="refusal with its reason (rejected) and one plain removal",
    items={T4: "rejected", T2: "removed"},
)

case(
    name="tg-lookalike-domain",
    **{"from": "moderation@telegram-support.net"}, name_from="Telegram Moderation",
    date="Sun, 08 Sep 2024 13:15:27 +0000",
    subject=f"Your complaint {R2} - result",
    body=f"""
Dear user,

Your complaint {R2}: {T1} and {T3} have been deleted.

To receive the full moderation report please confirm your organisation's
details at https://telegram-support.net/verify?c=4410297.

Telegram Moderation
""",
    outcome="review", review="unknown_sender",
    imitates="phishing-style look-alike of a Telegram moderation notice",
    why="not a Telegram domain; names our request and two URLs",
    items={T1: "pending", T3: "pending"},
)

case(
    name="tg-receipt-case-number",
    **{"from": "noreply@telegram.org"}, name_from="Telegram",
    date="Wed, 04 Sep 2024 02:03:48 +0000",
    subject="Case #4410297: we received your report",
    body="""
Thank you for contacting Telegram.

Your report has been received and assigned Case #4410297. Our moderators
will review the links you provided. Please do not reply to this message; to
add information, write to abuse@telegram.org and keep the case number in
the subject.

Telegram
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram ticket receipt",
    why="pure acknowledgement with a case number",
    items={},
)

case(
    name="tg-receipt-phrase-plus-statement",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 05:55:01 +0000",
    subject="Re: Case #4410501",
    body=f"""
Thanks for your message, we've received it (Case #4410501).

We have already blocked {T2} and {T3}; both are no longer accessible on
Telegram.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply opening like a receipt",
    why="acknowledgement phrase followed by unhedged statements about two items",
    items={T2: "removed", T3: "removed"},
)

case(
    name="tg-bare-url-status-below",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 07:12:09 +0000",
    subject="Case #4410297 - results",
    body=f"""
Case #4410297 - results

{T1}
Status: blocked, no longer accessible

{T4}
Status: no violation found, remains available

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk result list",
    why="bare URL with its status on the line below",
    items={T1: "removed", T4: "rejected"},
)

# ========================= YouTube (R3 3 items, R7 1) =====================

YT_TEXT = f"""Hello,

Thanks for reaching out to us.

After review, we have removed {Y1} from YouTube for violating our Community Guidelines, and we have age-restricted {Y2}; we did not find a violation in {Y3}, so it remains available.

You can learn more about our policies at https://support.google.com/youtube/answer/9288567.

Regards,
The YouTube Team
"""
YT_HTML = f"""<html><body><p>Hello,</p><p>Thanks for reaching out to us.</p>
<p>After review, we have removed <a href="{Y1}">{Y1}</a> from YouTube for violating our Community Guidelines, and we have age-restricted <a href="{Y2}">{Y2}</a>; we did not find a violation in <a href="{Y3}">{Y3}</a>, so it remains available.</p>
<p>You can learn more about our policies at <a href="https://support.google.com/youtube/answer/9288567">our Help Center</a>.</p>
<p>Regards,<br>The YouTube Team</p></body></html>
"""

case(
    name="yt-three-outcomes-one-sentence-qp",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 02:25:41 +0000",
    subject=f"[2-9031000038412] Re: {R3}", reply_to_req=f"req.{R3}",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="yt-alt-38412"

--yt-alt-38412
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_TEXT)}
--yt-alt-38412
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_HTML)}
--yt-alt-38412--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome (quoted-printable, text and HTML)",
    why="removed, age-restricted and kept, all in one sentence",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
)

case(
    name="yt-geoblock-and-no-legal-basis",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Sun, 08 Sep 2024 04:11:10 +0000",
    subject=f"Re: Legal request {R3}",
    body=f"""
Hello,

Following our review of your legal request {R3}, we have blocked
{Y3} from view in South Korea.

We have not taken action on {Y1}: we could not identify a legal basis for
removing it under Korean law, and it does not violate our Community
Guidelines.

Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removal outcome: local block and refusal",
    why="blocked in Korea (restricted) and a refusal with its reason (rejected)",
    items={Y3: "restricted", Y1: "rejected"},
)

case(
    name="yt-actioned-phrase-html",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 06:30:00 +0000",
    subject=f"[2-9031000038412] Update on {R3}",
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>The content at <a href="{Y2}">{Y2}</a> has been actioned under our policies.</p>
<p>For <a href="{Y1}">{Y1}</a> no action was taken, as it doesn't violate our
<a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community Guidelines</a>.</p>
<p>Regards,<br>The YouTube Team</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML outcome using the 'actioned under our policies' template",
    why="configured phrase for removed; 'no action was taken' with reason is rejected",
    items={Y2: "removed", Y1: "rejected"},
)

case(
    name="yt-appears-private-and-under-review",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 23:58:12 +0000",
    subject=f"[2-9031000038412] Re: {R3}",
    body=f"""
Hello,

{Y1} appears to have been made private by the uploader, though we haven't
been able to confirm this. {Y2} is still under review with our policy team
and we'll write back when we have a decision.

Regards,
The YouTube Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply",
    why="a hedge ('appears to', unconfirmed) and 'under review': no statement",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="yt-url-on-line-below-statement",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 03:03:03 +0000",
    subject=f"[2-9031000038412] Outcome {R3}",
    body=f"""
Hello,

We've reviewed the content you reported in {R3}.

The following video has been removed from YouTube:
{Y2}

The following video will remain available, as we did not find that it
violates our policies or local law:
{Y3}

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome with URL below each decision",
    why="each statement ends in ':' and its URL is on the next line",
    items={Y2: "removed", Y3: "rejected"},
)

case(
    name="yt-single-item-no-url",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 08:08:08 +0000",
    subject=f"Re: {R7} removal request", reply_to_req=f"req.{R7}",
    body=f"""
Hello,

We have removed the video you reported in request {R7} for violating
YouTube's policy on nudity and sexual content.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube one-line removal reply without the URL",
    why="a statement about 'the video' of a one-item request applies to it",
    items={L1: "removed"},
)

case(
    name="yt-read-receipt",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal KR",
    date="Thu, 12 Sep 2024 02:30:00 +0000",
    subject=f"Read: [{R7}] Removal request",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7-b"

--mdn-7-b
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: [{R7}] Removal request
  Sent: Thu, 12 Sep 2024 11:00:00 +0900

was read on Thu, 12 Sep 2024 11:30:00 +0900.

--mdn-7-b
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req.{R7}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7-b--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN)",
    why="a read receipt states nothing",
    items={},
)

# ============================ NAVER (R4, 5 items) =========================

NAVER_TABLE = f"""<html><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>방송통신심의위원회의 시정요구({R4})에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>순번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>9/10 조치</td></tr>
<tr><td>2</td><td>{N2}</td><td>임시조치(30일)</td><td>9/10 조치</td></tr>
<tr><td>3</td><td>{N3}</td><td>게시물 없음</td><td>작성자가 이미 삭제</td></tr>
<tr><td>4</td><td>{N4}</td><td>조치 불가</td><td>위법성 미확인</td></tr>
</table>
<p>나머지 1건은 확인 후 별도 회신드리겠습니다.</p>
<p>네이버 권리보호센터 드림</p>
</body></html>"""

case(
    name="naver-kcsc-result-table",
    **{"from": "right_center@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Tue, 10 Sep 2024 06:40:11 +0000",
    subject=f"[회신] 시정요구 조치결과 ({R4})",
    type="html", body=NAVER_TABLE,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply table",
    why="삭제 / 임시조치 / 게시물 없음(작성자 삭제) / 조치 불가(위법성 미확인) per row",
    items={N1: "removed", N2: "restricted", N3: "not_found", N4: "rejected"},
)

case(
    name="naver-stopped-but-kept-one-sentence",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Tue, 10 Sep 2024 09:12:30 +0000",
    subject=f"RE: [{R4}] 불법정보 시정요구", reply_to_req=f"req.{R4}",
    body=f"""
안녕하세요, 네이버 블로그 운영정책 담당자입니다.

요청하신 게시물 중 {N1} 은 게시중단 처리하였으나, {N2} 는 관련 법령 위반 소지가 확인되지 않아 게시를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog policy reply in Korean prose",
    why="게시중단 and 게시 유지 (with reason) in one sentence",
    items={N1: "removed", N2: "rejected"},
)

case(
    name="naver-will-act-after-review",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 01:05:00 +0000",
    subject=f"RE: [{R4}] 불법정보 시정요구",
    body=f"""
안녕하세요.

귀 위원회 요청({R4}) 건 관련, 아래 게시물은 현재 담당 부서에서 검토 중이며,
검토가 완료되는 대로 조치 후 결과를 회신드릴 예정입니다.

- {N3}
- {N4}

조치 시 해당 게시물은 블라인드 처리될 수 있습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply (검토 중, 회신 예정)",
    why="under review and a conditional 'may be blinded': no statement",
    items={N3: "pending", N4: "pending"},
)

case(
    name="naver-asks-for-decision-document",
    **{"from": "right_center@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Wed, 11 Sep 2024 04:22:10 +0000",
    subject=f"[문의] {R4} 관련 자료 요청",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

{N5} 게시물과 관련하여, 조치 검토를 위해 해당 게시물의 위법성 판단 근거
(심의 의결서 사본)를 회신해 주시기 바랍니다. 자료 확인 후 처리하겠습니다.

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="NAVER request for supporting documents",
    why="asks for the decision document before acting",
    items={N5: "pending"},
)

NAVER_ORIG = f"""-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 9:30 AM
To: policy@navercorp.com
Subject: [{R4}] 불법정보 시정요구

아래 게시물에 대하여 삭제 또는 접속차단 조치를 요청합니다.

1. {N1}
2. {N2}
3. {N3}
4. {N4}
5. {N5}

방송통신심의위원회"""

case(
    name="naver-blind-over-outlook-quote",
    **{"from": "cafe_policy@navercorp.com"}, name_from="네이버 카페 운영정책",
    date="Thu, 12 Sep 2024 02:02:02 +0000",
    subject=f"RE: [{R4}] 불법정보 시정요구", reply_to_req=f"req.{R4}",
    body=f"""
안녕하세요, 네이버 카페 운영정책 담당입니다.

{N4} 게시물은 카페 운영정책에 따라 블라인드 처리되었습니다.
나머지 게시물은 확인 후 별도로 안내드리겠습니다.

{NAVER_ORIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over the quoted Korean request",
    why="one 블라인드 statement above an Outlook-quoted request listing all five",
    items={N4: "removed"},
)

case(
    name="naver-temporary-then-deleted",
    **{"from": "right_center@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Fri, 13 Sep 2024 07:45:00 +0000",
    subject=f"[안내] {R4} 조치 결과 변경",
    body=f"""
안녕하세요.

지난 9월 10일 {N2} 게시물에 대해 임시조치(30일)를 하였다고 안내드렸습니다.
이후 추가 검토 결과 불법정보로 확인되어, 해당 게시물은 9월 13일 최종 삭제되었음을 알려드립니다.

감사합니다.
네이버 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER notice changing an earlier 임시조치 to 삭제",
    why="the earlier 임시조치 is superseded by the later 최종 삭제",
    items={N2: "removed"},
)

NAVER_B64 = f"""요청번호 {R4} 처리 결과를 안내드립니다.

- {N3} : 국내 접속 차단 (해외에서는 접근 가능)
- {N4} : 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

네이버 카페 운영정책 담당
"""

case(
    name="naver-base64-korea-block-and-author-deleted",
    **{"from": "cafe_policy@navercorp.com"}, name_from="네이버 카페 운영정책",
    date="Fri, 13 Sep 2024 09:30:00 +0000",
    subject=f"=?UTF-8?B?{base64.b64encode(f'[처리결과] {R4}'.encode()).decode()}?=",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NAVER_B64)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe result notice (base64 body, encoded subject)",
    why="국내 접속 차단 is restricted; deleted by its author is not_found",
    items={N3: "restricted", N4: "not_found"},
)

case(
    name="naver-dmarc-fail",
    **{"from": "right_center@navercorp.com"}, name_from="네이버 권리보호센터", auth="fail",
    date="Sat, 14 Sep 2024 00:15:00 +0000",
    subject=f"[회신] {R4} 삭제 완료",
    body=f"""
안녕하세요.

요청하신 아래 게시물은 모두 삭제 완료되었습니다.

{N1}
{N2}
{N3}
""",
    outcome="review", review="untrusted",
    imitates="NAVER deletion notice failing authentication",
    why="navercorp.com sender failing DMARC",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

case(
    name="naver-all-posts-stopped-bulk",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Sat, 14 Sep 2024 03:33:33 +0000",
    subject=f"RE: [{R4}] 불법정보 시정요구", reply_to_req=f"req.{R4}",
    body=f"""
안녕하세요.

{R4} 요청 건에 포함된 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="NAVER one-line 'all posts stopped' reply",
    why="게시물 전체 for a five-item request, none named",
    items={},
)

# ============================ Kakao (R5, 3 items) =========================

case(
    name="kakao-fullwidth-paren-and-particle",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Wed, 11 Sep 2024 08:00:00 +0000",
    subject=f"[카카오] 요청번호 {R5} 조치 안내",
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

요청번호 {R5}와 관련하여 아래와 같이 조치하였음을 알려드립니다.

게시물（{K3_RAW}）은 정보통신망법 제44조의2에 따라 30일간 임시조치되었으며, {K1}는 운영정책 위반으로 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치/삭제 notice",
    why="raw Korean path in full-width parentheses (임시조치 = restricted); a URL glued to the particle 는 (삭제 = removed)",
    items={K3: "restricted", K1: "removed"},
)

case(
    name="kakao-not-deleted-and-gone",
    **{"from": "cafe-clean@daum.net"}, name_from="Daum 카페 클린센터",
    date="Thu, 12 Sep 2024 05:20:00 +0000",
    subject=f"Re: [{R5}] 게시물 삭제 요청", reply_to_req=f"req.{R5}",
    body=f"""
안녕하세요. Daum 카페 클린센터입니다.

{K2} 게시물은 삭제하지 않았습니다. 검토 결과 카페 운영정책 및 관련 법령 위반 사항이 확인되지 않았기 때문입니다.

{K1} 게시물은 작성자가 이미 삭제하여 현재 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe clean-centre reply",
    why="'삭제하지 않았습니다' with its reason is rejected; deleted by the author is not_found",
    items={K2: "rejected", K1: "not_found"},
)

KAKAO_OOO = """안녕하세요.
9월 13일부터 9월 18일까지 추석 연휴로 부재중입니다.
권리침해 관련 문의는 right@kakaocorp.com 으로 보내주시기 바랍니다.

김소라 드림
"""

case(
    name="kakao-chuseok-autoreply-qp",
    **{"from": "sora.kim@kakaocorp.com"}, name_from="김소라",
    date="Fri, 13 Sep 2024 01:00:00 +0000",
    subject=f"[자동응답] Re: [{R5}] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(KAKAO_OOO)}""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday out-of-office auto-reply",
    why="auto-reply",
    items={},
)

# ============================ TikTok (R6, 2 items) ========================

case(
    name="tiktok-statement-of-reasons",
    **{"from": "noreply-legal@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Thu, 12 Sep 2024 10:10:10 +0000",
    subject=f"Decision on your report {R6}",
    body=f"""
Decision on your report {R6}

Content: {V1}
Decision: Removed (worldwide)
Ground: Community Guidelines - Regulated goods and commercial activities
Automated means used: No

Content: {V2}
Decision: Access restricted in the Republic of Korea
Ground: Local law (Republic of Korea)
Automated means used: No

Redress: the account holder may appeal through the app. More information:
https://www.tiktok.com/legal/page/global/law-enforcement/en

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons per content item",
    why="per-item Decision lines: removed worldwide, restricted in Korea",
    items={V1: "removed", V2: "restricted"},
)

case(
    name="tiktok-hedge-in-relative-then-removed",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 19 Sep 2024 01:30:00 +0000",
    subject=f"Re: {R6}", reply_to_req=f"req.{R6}",
    body=f"""
Hi,

The video {V2}, which we told you last week might only be restricted in Korea, has now been removed from TikTok.

We have not found any violation of our Community Guidelines or of local law
in {V1}, so it stays up.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal follow-up",
    why="the 'might only be restricted' hedge is in a relative clause about an earlier email; the main clause removes; the other video stays up with a reason",
    items={V2: "removed", V1: "rejected"},
)

case(
    name="tiktok-portal-newsletter",
    **{"from": "lert-outreach@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Mon, 16 Sep 2024 00:00:00 +0000",
    subject="Update: government removal requests portal",
    body="""
Dear partner,

From 1 October 2024, government removal requests should be submitted
through our online portal:
https://www.tiktok.com/legal/page/global/law-enforcement/en

Requests sent by email will still be accepted during a transition period.
Thank you for working with us to keep TikTok safe.

TikTok Law Enforcement Outreach
""",
    outcome="review", review="no_claims",
    imitates="platform circular to government agencies",
    why="trusted TikTok mail naming no item and no request",
    items={},
)

case(
    name="tiktok-receipt-echoing-report",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Wed, 11 Sep 2024 03:02:00 +0000",
    subject="We've received your report",
    body=f"""
Thanks for your report

Report ID: 7414402215583
Reported content:
- {V1}
- {V2}

We'll review the content and let you know the outcome by email.

TikTok
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok report receipt echoing the reported links",
    why="a receipt that echoes the report and states nothing",
    items={},
)

case(
    name="tiktok-delayed-dsn",
    **{"from": "MAILER-DAEMON@relay.kcsc.example"}, name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 07:00:00 +0000",
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-delay-6"

--dsn-delay-6
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.

<legal-kr@tiktok.com>: connect to mx.tiktok.com[192.0.2.77]:25: Connection
    timed out

--dsn-delay-6
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.kcsc.example

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Mon, 16 Sep 2024 12:00:00 +0900 (KST)

--dsn-delay-6
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: [{R6}] Removal request (2 videos)
Message-ID: <req.{R6}@kcsc.example>

--dsn-delay-6--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning",
    why="a delay warning is a DSN",
    items={},
)

HEADER = """# Blind set blind792 (what a program gets wrong): written from each email's
# meaning before any run of the reader. Generated by make.py; do not edit.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind792", HEADER, C)
