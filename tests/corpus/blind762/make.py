#!/usr/bin/env python3
"""Blind set blind762: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position in our list.

    python3 tests/corpus/blind762/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results below were written from each email's meaning, before the
reader was ever run on them. All names, URLs and ids are invented.
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

SET = "blind762"


def enc(s):
    """RFC 2047 encoding for a non-ASCII header value (deterministic)."""
    return Header(s, "utf-8").encode()


# ---------------------------------------------------------------- requests
CAFE_KO_RAW = "https://cafe.naver.com/달빛모임/1203"
CAFE_KO = "https://cafe.naver.com/" + quote("달빛모임") + "/1203"

X1 = "https://x.com/lumen_drift/status/1830114477001122334"
X2 = "https://x.com/lumen_drift/status/1830119905523318812"
X3 = "https://x.com/pale_orchard77/status/1829987712004455120"
X4 = "https://x.com/pale_orchard77/status/1830002841177065533"
X5 = "https://x.com/quietkiln/status/1830340091822710044"
X6 = "https://x.com/quietkiln/status/1830341188004221907"
X7 = "https://x.com/nightferry_kr/status/1829770123456780021"
X8 = "https://x.com/nightferry_kr/status/1829771900012345678"
X9 = "https://x.com/tin_lantern/status/1830500712340987611"
X10 = "https://x.com/tin_lantern/status/1830502233098877162"
X11 = "https://x.com/saltmarsh_9/status/1830611120987654301"
X12 = "https://x.com/saltmarsh_9"

T1 = "https://t.me/emberline_chat/4410"
T2 = "https://t.me/emberline_chat/4415"
T3 = "https://t.me/coldspring_market/218"
T4 = "https://t.me/coldspring_market/230"

Y1 = "https://www.youtube.com/watch?v=Qm7xT2pLk9A"
Y2 = "https://www.youtube.com/watch?v=b8RvN3cJw0E"
Y3 = "https://www.youtube.com/watch?v=Zt4hY6uKe1s"
Y4 = "https://www.youtube.com/shorts/pW2nLq8XyV0"
Y5 = "https://www.youtube.com/@greyfinchmedia"

N1 = "https://blog.naver.com/mist_harbor/223567812345"
N2 = CAFE_KO
N3 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60101&docId=471234567"

K1 = "https://cafe.daum.net/quietriver/Ab3x/77"
K2 = "https://pf.kakao.com/_xmQbNx/105432118"

Y6 = "https://www.youtube.com/watch?v=Hd5sK0oP3rU"
T5 = "https://t.me/sparrow_drop/93"

REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", "gambling",
     [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12], "illegal gambling promotion, 12 posts"),
    ("KCSC-240904-02", "telegram", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00", "drugs",
     [T1, T2, T3, T4], "drug sales, two public channels"),
    ("KCSC-240905-03", "youtube", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", "privacy",
     [Y1, Y2, Y3, Y4, Y5], "personal data exposure"),
    ("KCSC-240906-04", "naver", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00", "defamation",
     [N1, N2, N3], "defamation of a private person"),
    ("KCSC-240909-05", "kakao", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00", "obscenity",
     [K1, K2], "obscene images"),
    ("KCSC-240910-06", "youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", "gambling",
     [Y6], "gambling advertisement video"),
    ("KCSC-240911-07", "telegram", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", "drugs",
     [T5], "drug sales post"),
]


def msgid(ref):
    return "kcsc-req-" + ref[5:].lower() + "@kcsc.example"


def req_id(ref):
    """Value for corpuslib's reply_to_req (it adds @kcsc.example)."""
    return msgid(ref).split("@")[0]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


AUTO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================================
# X (KCSC-240903-01, 12 items)
# ======================================================================

case(
    name="x-withheld-and-gone-one-sentence",
    **{"from": "legal-support@x.com"},
    date="Mon, 9 Sep 2024 16:12:40 +0000",
    subject="Re: [KCSC-240903-01] Request to restrict content",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your request regarding KCSC-240903-01.

We have withheld {X1} in South Korea, whereas {X2} could not be reviewed because the post no longer exists on X.

We are continuing to work through the remaining posts in your letter and will write again separately.

Regards,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country-withheld content notice to a government reporter)",
    why="one sentence carries two statuses: the first post withheld in Korea, the second no longer exists; the rest is a promise",
    items={X1: "restricted", X2: "not_found"},
)

case(
    name="x-refusal-reason-then-removal",
    **{"from": "legal-support@x.com"},
    date="Tue, 10 Sep 2024 02:05:11 +0000",
    subject="Re: [KCSC-240903-01] Request to restrict content",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

We reviewed the two posts from @pale_orchard77 named in your letter.

{X3} - after careful review we found that this post is a news link with commentary. It does not violate the X Rules and we were not able to identify a violation of the Korean statute cited in your letter, so we are not taking action on it at this time and it remains available.

{X4} - this post has been removed from X globally for violating our private media policy.

If you disagree with our assessment of the first post, you are welcome to send us a court order or additional legal analysis.

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply declining one item with its reason and removing another",
    why="a refusal with its reason (rejected) followed by a global removal; the closing invitation to send more is not a request for info about the removed post",
    items={X3: "rejected", X4: "removed"},
)

case(
    name="x-second-review-revises",
    **{"from": "legal-support@x.com"},
    date="Wed, 11 Sep 2024 08:41:02 +0000",
    subject="Re: [KCSC-240903-01] Follow-up on @quietkiln",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

When we first looked at {X5} on 5 September we concluded that it did not breach the X Rules, and our automated reply to your portal submission said so.

Your follow-up letter citing Article 44-7 of the Network Act led our legal team to look at it again. The post is now withheld in the Republic of Korea.

Kind regards,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team follow-up after a second review",
    why="the earlier 'did not breach' is history, revised by the later sentence: withheld in Korea",
    items={X5: "restricted"},
)

case(
    name="x-hedge-in-relative-clause",
    **{"from": "legal-support@x.com"},
    date="Wed, 11 Sep 2024 13:20:55 +0000",
    subject="Re: [KCSC-240903-01] @nightferry_kr posts",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hi,

{X7}, which we understand may also have been shared on other services, has been removed from X for violating our illegal or certain regulated goods and services policy.

{X8} appears to have been deleted already. We are confirming this with our engineering team and will update you once we know more.

Best,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X trust-and-safety reply with a hedged second item",
    why="the hedge sits in a relative clause about sharing elsewhere, the main clause is a plain removal; the second post only 'appears' deleted and is being confirmed, so it stays pending",
    items={X7: "removed", X8: "pending"},
)

case(
    name="x-negation-withheld-not-removed",
    **{"from": "legal-support@x.com"},
    date="Thu, 12 Sep 2024 07:03:18 +0000",
    subject="Re: [KCSC-240903-01] @tin_lantern",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

To be precise about what we did with the two @tin_lantern posts:

We have not removed {X9} globally. It is withheld in South Korea in response to your demand and remains visible in other countries.

We are not taking any action on {X10}. It is commentary on a public sporting event, and we found nothing in it that breaks Korean law as described in your letter, nor the X Rules.

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply distinguishing country withholding from removal",
    why="'not removed globally ... withheld in South Korea' is a restriction; 'not taking any action' with its reason is a refusal",
    items={X9: "restricted", X10: "rejected"},
)

X_TABLE_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Please find below the actions taken on the @saltmarsh_9 items in your request KCSC-240903-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Date</th></tr>
<tr><td>{X11}</td><td>Withheld (KR)</td><td>2024-09-05</td></tr>
<tr><td>{X12}</td><td>Account withheld (KR)</td><td>2024-09-05</td></tr>
</table>
<p><b>Please note:</b> the action shown for the first row reflects our decision of 5 September.
On 9 September the post was removed globally after a separate report under our rules,
so it is no longer available anywhere. The account remains withheld in Korea only.</p>
<p>X Legal Support</p>
</body></html>"""

case(
    name="x-html-table-corrected-by-note",
    **{"from": "legal-support@x.com"},
    date="Fri, 13 Sep 2024 03:30:00 +0000",
    subject="Re: [KCSC-240903-01] Action summary",
    reply_to_req=req_id("KCSC-240903-01"),
    type="html",
    body=X_TABLE_HTML,
    outcome="applied", classification="confirmation",
    imitates="X legal-request action summary table with an explanatory note",
    why="the note below the table updates its first row: withheld on 5 Sept, removed globally on 9 Sept; the account stays withheld in Korea",
    items={X11: "removed", X12: "restricted"},
)

X_CSV = "\n".join([
    "reported_url,action,scope,note",
    f"{X1},Withheld,KR,",
    f"{X2},Content unavailable,,Deleted by the account holder before review",
    f"{X3},No action,,Does not violate the X Rules or local law",
    f"{X4},Removed,Global,Private media policy",
    f"{X5},Withheld,KR,",
    f"{X6},Withheld,KR,",
    f"{X7},Removed,Global,Illegal or regulated goods policy",
    f"{X8},Content unavailable,,No such post - the URL is invalid",
    f"{X9},Withheld,KR,",
    f"{X10},No action,,Commentary - no violation found",
    f"{X11},Removed,Global,",
    f"{X12},Account withheld,KR,",
]) + "\n"

case(
    name="x-csv-echo-all-twelve",
    **{"from": "legal-support@x.com"},
    date="Mon, 16 Sep 2024 09:00:00 +0000",
    subject="Re: [KCSC-240903-01] Final outcome",
    reply_to_req=req_id("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_x762csv"

--=_x762csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have completed our review of KCSC-240903-01. The attached file lists
each reported URL with the action we took and, where we took none, why.

X Legal Support

--=_x762csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: 7bit

{X_CSV}
--=_x762csv--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome spreadsheet echoing the reported URLs",
    why="CSV echo of all twelve items; 'Content unavailable' rows with their notes are not_found, 'No action' rows with reasons are refusals",
    items={X1: "restricted", X2: "not_found", X3: "rejected", X4: "removed", X5: "restricted",
           X6: "restricted", X7: "removed", X8: "not_found", X9: "restricted", X10: "rejected",
           X11: "removed", X12: "restricted"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-support@x.com"},
    date="Thu, 12 Sep 2024 11:45:09 +0000",
    subject="Re: [KCSC-240903-01] Status update",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

Status of the following items from your request:

{X6}
Status: Withheld - South Korea

{X9}
Status: Withheld - South Korea

{X10}
Status: Pending legal review

{X12}
Status: Account withheld - South Korea

Thanks,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request status update, one URL per block with its status on the next line",
    why="status on the line below each URL; 'Pending legal review' is not a statement",
    items={X6: "restricted", X9: "restricted", X10: "pending", X12: "restricted"},
)

case(
    name="x-statement-above-angle-url",
    **{"from": "legal-support@x.com"},
    date="Tue, 10 Sep 2024 22:10:31 +0000",
    subject="Re: [KCSC-240903-01]",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

The following post was removed for violating our Violent Speech policy:
<{X7}>

The following post is withheld in the Republic of Korea only; it remains
visible elsewhere:
<{X5}>

Regards,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply with each URL on the line below its statement",
    why="each statement ends in ':' and its URL follows in angle brackets; 'remains visible elsewhere' qualifies the withholding and is no refusal",
    items={X7: "removed", X5: "restricted"},
)

case(
    name="x-ack-phrase-plus-outcome",
    **{"from": "legal-support@x.com"},
    date="Fri, 6 Sep 2024 05:55:47 +0000",
    subject="Case 0906-4471: your report KCSC-240903-01",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

We received your report and opened case 0906-4471.

Following our review, {X6} has been withheld in KR.
{X4} was already unavailable when we reviewed it: the account holder had deleted it.

We will reply separately about the other posts.

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X ticket reply that opens with a receipt line and then gives outcomes",
    why="a receipt phrase plus unhedged item statements is a confirmation, not an acknowledgement; deleted by the account holder is not_found",
    items={X6: "restricted", X4: "not_found"},
)

# ======================================================================
# Telegram (KCSC-240904-02, 4 items; KCSC-240911-07, 1 item)
# ======================================================================

case(
    name="tg-positional-over-quoted-request",
    **{"from": "abuse@telegram.org"},
    date="Sat, 7 Sep 2024 18:02:44 +0000",
    subject="Re: [KCSC-240904-02] Removal request - drug sales",
    reply_to_req=req_id("KCSC-240904-02"),
    body=f"""
Hello,

Items 1, 2 and 4 of your list below have been blocked. Item 3 no longer
exists: the channel owner deleted it before we got to it.

Telegram Abuse Team

On Wed, 4 Sep 2024 at 10:30, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Under KCSC-240904-02 we request the removal of the following posts,
> which offer illegal drugs for sale:
>
> 1. {T1}
> 2. {T2}
> 3. {T3}
> 4. {T4}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk top-posted reply answering a numbered list by position",
    why="statuses given by position in our numbered list, quoted right below; a clerk maps 1,2,4 to blocked (removed) and 3 to deleted by owner (not_found)",
    items={T1: "removed", T2: "removed", T3: "not_found", T4: "removed"},
)

case(
    name="tg-two-blocked-one-kept-one-sentence",
    **{"from": "abuse@telegram.org"},
    date="Fri, 6 Sep 2024 12:31:09 +0000",
    subject="Re: [KCSC-240904-02] Removal request - drug sales",
    reply_to_req=req_id("KCSC-240904-02"),
    body=f"""
Hi,

{T1} and {T2} have been taken down, but {T3} remains accessible because it is a public price list for legal goods and does not break the Telegram Terms of Service.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk short reply",
    why="one sentence: two posts taken down, the third kept with a reason (rejected); the fourth is not mentioned",
    items={T1: "removed", T2: "removed", T3: "rejected"},
)

case(
    name="tg-not-blocked-and-korea-only",
    **{"from": "dsa@telegram.org"},
    date="Mon, 9 Sep 2024 07:14:26 +0000",
    subject="Re: [KCSC-240904-02] coldspring_market",
    reply_to_req=req_id("KCSC-240904-02"),
    body=f"""
Hello,

We did not find anything in {T3} that breaks the Telegram Terms of Service, so it was not blocked.

{T4} was not blocked globally either; it is now unavailable to users in South Korea.

Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply to a regulator distinguishing global blocking from a country restriction",
    why="the first 'not blocked' is a refusal with its reason; the second 'not blocked globally ... unavailable in South Korea' is a restriction",
    items={T3: "rejected", T4: "restricted"},
)

case(
    name="tg-single-item-no-url",
    **{"from": "abuse@telegram.org"},
    date="Thu, 12 Sep 2024 09:40:00 +0000",
    subject="Re: [KCSC-240911-07] Removal request",
    reply_to_req=req_id("KCSC-240911-07"),
    body="""
Hello,

The content you reported under KCSC-240911-07 has been blocked on Telegram.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk one-line confirmation",
    why="a statement without a URL answering a request of one item applies to that item",
    items={T5: "removed"},
)

case(
    name="tg-dsa-statement-of-reasons",
    **{"from": "dsa@telegram.org"},
    date="Tue, 10 Sep 2024 15:00:12 +0000",
    subject="Statement of reasons - KCSC-240904-02",
    reply_to_req=req_id("KCSC-240904-02"),
    body=f"""
Statement of reasons

Notice reference: KCSC-240904-02
Notifier: Korea Communications Standards Commission

Content: {T1}
Decision: removal of the content
Territorial scope: worldwide
Ground: incompatible with the Telegram Terms of Service (sale of illegal drugs)
Automated means used in the decision: no

Content: {T4}
Decision: disabling of access
Territorial scope: Republic of Korea
Ground: illegal content under the law of the Republic of Korea
Automated means used in the decision: no

Redress: you may contest this decision through our internal complaint
system at https://telegram.org/dsa-complaints or before a competent court.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons sent to a notifier",
    why="two decision blocks: worldwide removal, access disabled in Korea only; the complaints page is no item",
    items={T1: "removed", T4: "restricted"},
)

# ======================================================================
# YouTube (KCSC-240905-03, 5 items; KCSC-240910-06, 1 item)
# ======================================================================

YT_QP = f"""Hello,

Thanks for your legal request KCSC-240905-03. After reviewing the content,
here is what we did:

- {Y1} -- removed for violating our harassment and cyberbullying policy.
- {Y2} -- age-restricted; it remains viewable only to signed-in adult viewers.
- {Y3} -- no action: we did not find this video in violation of our Community Guidelines, and your request did not establish that it is unlawful in South Korea.
- {Y4} -- we could not locate a Short at this address, which may have been mistyped.

For the channel you listed we will follow up separately.

Sincerely,
The YouTube Legal Support Team
"""

case(
    name="yt-bulleted-four-statuses-qp",
    **{"from": "youtube-legal-support@google.com"},
    date="Tue, 10 Sep 2024 04:12:33 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=req_id("KCSC-240905-03"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP)}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email (quoted-printable)",
    why="four bullets, four statuses; 'could not locate' is not_found (the relative clause about mistyping does not hedge it); the channel is promised later",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected", Y4: "not_found", Y5: "pending"},
)

YT_HTML = f"""<html><body>
<p>Hello,</p>
<p>Below is the result of our review of your request KCSC-240905-03.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>URL</th><th>Outcome</th><th>Reason</th></tr>
<tr><td><a href="{Y4}">{Y4}</a></td><td>Removed</td><td>Community Guidelines: spam, deceptive practices</td></tr>
<tr><td><a href="{Y5}">{Y5}</a></td><td>Channel terminated</td><td>Repeated violations</td></tr>
<tr><td><a href="{Y2}">{Y2}</a></td><td>No action</td><td>Does not violate our policies; not found unlawful</td></tr>
</table>
<p>You can learn more about our policies at <a href="https://support.google.com/youtube/answer/9288567">YouTube Community Guidelines</a>.</p>
<p>- The YouTube Legal Team</p>
</body></html>
"""

case(
    name="yt-base64-html-table",
    **{"from": "youtube-legal-support@google.com"},
    date="Wed, 11 Sep 2024 06:01:20 +0000",
    subject="Re: [KCSC-240905-03] Outcome of your request",
    reply_to_req=req_id("KCSC-240905-03"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="yt762alt"

--yt762alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(YT_HTML)}
--yt762alt--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome table in a base64 HTML part",
    why="table rows: Short removed, channel terminated (removed), video kept with reason (rejected); the help link is no item",
    items={Y4: "removed", Y5: "removed", Y2: "rejected"},
)

case(
    name="yt-channel-terminated-short-age-restricted",
    **{"from": "youtube-legal-support@google.com"},
    date="Thu, 12 Sep 2024 02:22:10 +0000",
    subject="Re: [KCSC-240905-03] Channel and Short",
    reply_to_req=req_id("KCSC-240905-03"),
    body=f"""
Hello,

The channel {Y5} has been terminated for severe violations of our privacy guidelines.

Separately, the Short {Y4}, which belongs to a different uploader, has been age-restricted rather than removed.

Best regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply on a channel and a Short",
    why="channel terminated is removed; 'age-restricted rather than removed' is restricted (the word 'removed' is negated)",
    items={Y5: "removed", Y4: "restricted"},
)

case(
    name="yt-single-item-actioned",
    **{"from": "legal-noreply@youtube.com"},
    date="Fri, 13 Sep 2024 01:10:10 +0000",
    subject="Re: [KCSC-240910-06] Legal request",
    reply_to_req=req_id("KCSC-240910-06"),
    body=f"""
Hello,

Following our review of your legal request (KCSC-240910-06), the video
{Y6} has been actioned under our policies.

The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'actioned under our policies' legal outcome",
    why="the platform's configured phrase for removal, one URL",
    items={Y6: "removed"},
)

case(
    name="yt-uploader-deleted-and-kept",
    **{"from": "youtube-legal-support@google.com"},
    date="Mon, 9 Sep 2024 23:48:05 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=req_id("KCSC-240905-03"),
    body=f"""
Hi,

The video {Y3} is no longer available on YouTube because the uploader deleted it before our review was complete.

We reviewed {Y1} and decided not to take action. It is a news report about a court case, and we did not find it in violation of our Community Guidelines or local law.

The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply: uploader-deleted video and a declined item",
    why="deleted by its uploader is not_found (not removed); 'decided not to take action' with a reason is a refusal",
    items={Y3: "not_found", Y1: "rejected"},
)

case(
    name="yt-gmail-top-posted-over-quote",
    **{"from": "j.harwell@google.com"},
    name_from="Jonah Harwell",
    date="Fri, 6 Sep 2024 08:19:51 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=req_id("KCSC-240905-03"),
    body=f"""
Hi,

Both videos below are now blocked for viewers in South Korea:
{Y1}
{Y2}

We're still looking at the rest of your list.

Jonah
YouTube Legal Support

On Thu, Sep 5, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube,
>
> Please remove the following content (KCSC-240905-03), which exposes
> personal data of a private individual:
>
> {Y1}
> {Y2}
> {Y3}
> {Y4}
> {Y5}
>
> KCSC
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply by a YouTube legal support agent",
    why="two named videos geo-blocked in Korea; 'still looking' at the rest is no statement and the quoted request changes nothing",
    items={Y1: "restricted", Y2: "restricted", Y3: "pending", Y4: "pending", Y5: "pending"},
)

# ======================================================================
# NAVER (KCSC-240906-04, 3 items)
# ======================================================================

case(
    name="naver-korean-particles",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 게시중단 담당"),
    date="Mon, 9 Sep 2024 02:30:00 +0000",
    subject=enc("Re: [KCSC-240906-04] 게시물 삭제 요청에 대한 처리 결과"),
    reply_to_req=req_id("KCSC-240906-04"),
    body=f"""
안녕하세요, 네이버 게시중단 담당자입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

{N1} 의 게시물은 운영정책 위반으로 삭제되었습니다.
{CAFE_KO_RAW}은 작성자가 이미 삭제하여 확인할 수 없습니다.

감사합니다.
네이버 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 메일",
    why="blog post 삭제 (removed); the cafe post (raw Korean path, particle 은 attached) was already deleted by its author (not_found)",
    items={N1: "removed", N2: "not_found"},
)

case(
    name="naver-temporary-measure-and-refusal-outlook",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 권리보호센터"),
    date="Tue, 10 Sep 2024 05:12:44 +0000",
    subject=enc("RE: [KCSC-240906-04] 명예훼손 게시물 조치 요청"),
    reply_to_req=req_id("KCSC-240906-04"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

1. {N3}
   해당 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다.

2. {N1}
   해당 게시물은 검토 결과 명예훼손 등 권리침해 사실이 소명되지 않아, 게시중단 요청을 받아들이지 않았습니다. 게시물은 현재 상태로 유지됩니다.

문의 사항은 회신 주시기 바랍니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 9:40 AM
To: policy@navercorp.com
Subject: [KCSC-240906-04] 명예훼손 게시물 조치 요청

아래 게시물 3건은 특정인의 명예를 훼손하는 정보로, 삭제를 요청합니다.

{N1}
{CAFE_KO_RAW}
{N3}

방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 임시조치 notice with an Outlook-quoted request",
    why="임시조치 is restricted; 'did not accept the 게시중단 request' with its reason is a refusal despite the word 게시중단; the quoted request changes nothing",
    items={N3: "restricted", N1: "rejected", N2: "pending"},
)

NAVER_TABLE = f"""<html><body>
<p>방송통신심의위원회 귀하</p>
<p>시정요구(KCSC-240906-04)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>2024.09.10 조치</td></tr>
<tr><td>2</td><td>{CAFE_KO_RAW}</td><td>해당 게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>3</td><td>{N3.replace('&', '&amp;')}</td><td>접속 차단(국내)</td><td>2024.09.10 조치</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>"""

case(
    name="naver-correction-request-result-table",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Wed, 11 Sep 2024 01:00:00 +0000",
    subject=enc("[KCSC-240906-04] 시정요구 조치결과 회신"),
    reply_to_req=req_id("KCSC-240906-04"),
    type="html",
    body=NAVER_TABLE,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table from a portal",
    why="삭제 (removed), 해당 게시물 없음/작성자 삭제 (not_found), 접속 차단(국내) (restricted)",
    items={N1: "removed", N2: "not_found", N3: "restricted"},
)

# ======================================================================
# Kakao (KCSC-240909-05, 2 items)
# ======================================================================

case(
    name="kakao-blind-and-private",
    **{"from": "safety@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Wed, 11 Sep 2024 07:45:00 +0000",
    subject=enc("[카카오] KCSC-240909-05 신고 처리 결과 안내"),
    reply_to_req=req_id("KCSC-240909-05"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물은 다음과 같이 처리되었습니다.

■ {K1} : 운영정책 위반으로 블라인드 처리되었습니다.
■ {K2} : 채널 운영자에게 통보 후 비공개 처리되었습니다.

더 나은 서비스를 위해 노력하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 신고 처리 결과 안내 (블라인드, 비공개 처리)",
    why="블라인드 and 비공개 처리 both make the post unavailable: removed",
    items={K1: "removed", K2: "removed"},
)

case(
    name="kakao-correction-later-paragraph",
    **{"from": "safety@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Thu, 12 Sep 2024 03:20:00 +0000",
    subject=enc("[카카오] KCSC-240909-05 처리 결과 (정정)"),
    reply_to_req=req_id("KCSC-240909-05"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

{K1} 게시물은 삭제 조치되었습니다.
{K2} 게시물 역시 삭제되었습니다.

[정정] 위 안내 중 두 번째 게시물(pf.kakao.com/_xmQbNx/105432118)은 삭제가 아니라 국내 접근 제한 조치된 것으로 확인되어 바로잡습니다. 혼란을 드려 죄송합니다.

카카오 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 처리 결과 안내 with a correction paragraph",
    why="the [정정] paragraph revises the second post from 삭제 to 국내 접근 제한: restricted; the first stays removed",
    items={K1: "removed", K2: "restricted"},
)

# ======================================================================
# REVIEW
# ======================================================================

case(
    name="x-promise-will-withhold",
    **{"from": "legal-support@x.com"},
    date="Thu, 5 Sep 2024 10:02:00 +0000",
    subject="Re: [KCSC-240903-01] Request to restrict content",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

We will withhold {X1} and {X3} in Korea once our legal team has completed its assessment of your letter. You will receive a further email when this has happened.

X Legal Support
""",
    outcome="review", review="not_understood",
    imitates="X legal support holding reply with a promise",
    why="a promise ('will withhold ... once') is no statement; the named items stay pending",
    items={X1: "pending", X3: "pending"},
)

case(
    name="yt-hedged-may-have-been",
    **{"from": "youtube-legal-support@google.com"},
    date="Sat, 7 Sep 2024 03:33:00 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=req_id("KCSC-240905-03"),
    body=f"""
Hello,

The video at {Y1} may already have been removed by our automated systems, and {Y3} appears to be unavailable in your region. We are checking with the relevant team and will confirm the final status of both.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply",
    why="'may already have been removed' and 'appears to be unavailable' are hedges, confirmation promised later",
    items={Y1: "pending", Y3: "pending"},
)

case(
    name="kakao-under-review",
    **{"from": "safety@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Tue, 10 Sep 2024 02:10:00 +0000",
    subject=enc("[카카오] KCSC-240909-05 진행 상황 안내"),
    reply_to_req=req_id("KCSC-240909-05"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물 2건은 현재 담당 부서에서 운영정책 위반 여부를 검토하고 있습니다.

- {K1}
- {K2}

검토가 끝나는 대로 결과를 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao 진행 상황 안내 (검토 중)",
    why="'under review' names both items but states nothing about them",
    items={K1: "pending", K2: "pending"},
)

case(
    name="tg-bulk-all-blocked",
    **{"from": "abuse@telegram.org"},
    date="Thu, 5 Sep 2024 21:00:00 +0000",
    subject="Re: [KCSC-240904-02] Removal request - drug sales",
    reply_to_req=req_id("KCSC-240904-02"),
    body="""
Hello,

All of the content listed in your request KCSC-240904-02 has been blocked.

Telegram Abuse Team
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Telegram abuse-desk blanket confirmation",
    why="one statement for a four-item request without naming each item",
    items={T1: "pending", T2: "pending", T3: "pending", T4: "pending"},
)

case(
    name="x-auth-fail",
    **{"from": "legal-support@x.com"},
    auth="fail",
    date="Sun, 8 Sep 2024 14:14:14 +0000",
    subject="Re: [KCSC-240903-01] Request to restrict content",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
Hello,

{X1} and {X2} have been removed from X.

X Legal Support
""",
    outcome="review", review="untrusted",
    imitates="X legal support reply that fails DMARC",
    why="the X domain fails DKIM/SPF/DMARC: no status may change",
    items={X1: "pending", X2: "pending"},
)

case(
    name="x-lookalike-domain",
    **{"from": "safety@x-com-support.net"},
    name_from="X Safety Team",
    date="Sun, 8 Sep 2024 19:30:00 +0000",
    subject="Re: [KCSC-240903-01] Removal confirmed",
    body=f"""
Dear KCSC,

We confirm that the following have been permanently removed:

{X11}
{X12}

X Safety Team
""",
    outcome="review", review="unknown_sender",
    imitates="confirmation from a look-alike domain",
    why="x-com-support.net is no platform's domain",
    items={X11: "pending", X12: "pending"},
)

case(
    name="tg-gmail-impostor",
    **{"from": "telegram.abuse.team@gmail.com"},
    name_from="Telegram Support",
    date="Sat, 7 Sep 2024 11:11:11 +0000",
    subject="KCSC-240904-02 done",
    body=f"""
Hello, we deleted {T1} and {T2} as you asked.
Telegram Support
""",
    outcome="review", review="unknown_sender",
    imitates="freemail sender claiming to be Telegram support",
    why="gmail.com is not Telegram's sender domain",
    items={T1: "pending", T2: "pending"},
)

case(
    name="kakao-about-naver-post",
    **{"from": "safety@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Wed, 11 Sep 2024 09:00:00 +0000",
    subject=enc("[카카오] 문의하신 게시물 확인 결과"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의하신 {CAFE_KO_RAW} 주소를 확인하였습니다. 확인 결과 해당 게시물은 존재하지 않는 게시물입니다.

참고로 이 주소는 카카오(다음) 서비스가 아니므로, 해당 서비스 운영사에 문의하시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao customer-centre reply about another portal's URL",
    why="Kakao states not-found for a NAVER item: not its platform",
    items={N2: "pending"},
)

case(
    name="naver-asks-resolution-copy",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 권리보호센터"),
    date="Mon, 9 Sep 2024 06:00:00 +0000",
    subject=enc("Re: [KCSC-240906-04] 추가 자료 요청"),
    reply_to_req=req_id("KCSC-240906-04"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

정확한 처리를 위해 심의 의결서 사본을 회신해 주시기 바랍니다.
자료가 확인되기 전까지 {N1} 게시물에 대한 조치는 보류됩니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for the deliberation decision before acting",
    why="asks for supporting documents; the action on the post is on hold",
    items={N1: "pending"},
)

case(
    name="x-portal-maintenance",
    **{"from": "legal-noreply@x.com"},
    date="Wed, 4 Sep 2024 00:00:00 +0000",
    subject="Legal Request Submission portal: scheduled maintenance",
    body="""
Hello,

The Legal Request Submission portal (https://legalrequests.x.com) will be
unavailable on 21 September 2024 between 02:00 and 04:00 UTC for scheduled
maintenance. Requests sent by email during this window will be processed
once the portal is available again.

X Legal
""",
    outcome="review", review="no_claims",
    imitates="X legal portal service notice",
    why="trusted X mail naming no item and referencing no request",
    items={},
)

X_CONFLICT_HTML = f"""<html><body>
<p>Hello,</p>
<p>Summary of our action on your request KCSC-240903-01:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{X9}</td><td>Removed</td></tr>
</table>
<p>The post {X9} has been withheld in Korea only and remains visible in other countries.</p>
<p>X Legal Support</p>
</body></html>"""

case(
    name="x-table-and-prose-disagree",
    **{"from": "legal-support@x.com"},
    date="Fri, 13 Sep 2024 10:00:00 +0000",
    subject="Re: [KCSC-240903-01] Action summary",
    reply_to_req=req_id("KCSC-240903-01"),
    type="html",
    body=X_CONFLICT_HTML,
    outcome="review", review="conflicting_statements",
    imitates="X action summary whose table and text disagree",
    why="table says removed, the sentence below says withheld in Korea only; nothing says which is later",
    items={X9: "pending"},
)

# ======================================================================
# IGNORED
# ======================================================================

case(
    name="x-out-of-office",
    **{"from": "mina.cho@x.com"},
    name_from="Mina Cho",
    date="Tue, 3 Sep 2024 01:01:05 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request to restrict content",
    reply_to_req=req_id("KCSC-240903-01"),
    extra_headers=AUTO,
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent legal requests please write to
legal-support@x.com.

Mina
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="auto-reply",
    items={},
)

case(
    name="kakao-away-autoreply-with-quote",
    **{"from": "jiwoo.han@kakaocorp.com"},
    name_from=enc("한지우"),
    date="Mon, 9 Sep 2024 05:00:30 +0000",
    subject=enc("[자동회신] 부재중입니다: [KCSC-240909-05] 게시물 삭제 요청"),
    reply_to_req=req_id("KCSC-240909-05"),
    extra_headers=AUTO,
    body=f"""
안녕하세요. 9월 13일까지 휴가로 부재중입니다.
급한 용무는 cs-report@kakaocorp.com 으로 보내 주시기 바랍니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 2:00 PM
Subject: [KCSC-240909-05] 게시물 삭제 요청

아래 게시물은 음란 정보로, 삭제를 요청합니다.
{K1}
{K2}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook 부재중 자동회신 quoting the request",
    why="auto-reply; the URLs are only in the quoted request",
    items={K1: "pending", K2: "pending"},
)

case(
    name="yt-dsn-mailbox-full",
    **{"from": "mailer-daemon@google.com"},
    name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 01:00:40 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn762yt"

--dsn762yt
Content-Type: text/plain; charset=us-ascii

Your message wasn't delivered to legal-kr@google.com because the
recipient's mailbox is full.

--dsn762yt
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out4.google.com
Arrival-Date: Tue, 10 Sep 2024 01:00:38 +0000

Final-Recipient: rfc822; legal-kr@google.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 The recipient's mailbox is full

--dsn762yt
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: [KCSC-240910-06] Legal request
Date: Tue, 10 Sep 2024 10:00:00 +0900
Message-ID: <{msgid("KCSC-240910-06")}>
Content-Type: text/plain; charset=utf-8

Please remove the following video, which advertises illegal gambling:
{Y6}

--dsn762yt--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification (mailbox full)",
    why="bounce, even from a platform's own domain; the URL is only in the returned request",
    items={Y6: "pending"},
)

case(
    name="naver-dsn-delayed",
    **{"from": "MAILER-DAEMON@navercorp.com"},
    name_from="Mail Delivery System",
    date="Fri, 6 Sep 2024 04:40:00 +0000",
    subject="Warning: message delayed",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn762nv"

--dsn762nv
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.
Delivery to policy@navercorp.com has been delayed. The system will keep
trying for up to 5 days. You do not need to resend your message.

--dsn762nv
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.navercorp.com

Final-Recipient: rfc822; policy@navercorp.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Wed, 11 Sep 2024 00:40:00 +0000

--dsn762nv
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy@navercorp.com
Subject: [KCSC-240906-04] request
Message-ID: <{msgid("KCSC-240906-04")}>

--dsn762nv--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery DSN",
    why="delivery delay report",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 권리보호센터"),
    date="Fri, 6 Sep 2024 06:30:00 +0000",
    subject=enc("읽음: [KCSC-240906-04] 명예훼손 게시물 조치 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn762"

--mdn762
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신인이 2024-09-06 15:30에 읽었습니다.

--mdn762
Content-Type: message/disposition-notification

Reporting-UA: outlook.navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{msgid("KCSC-240906-04")}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn762--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="read receipt",
    items={},
)

case(
    name="yt-legal-ack-echo",
    **{"from": "legal-noreply@google.com"},
    name_from="Google Legal",
    date="Thu, 5 Sep 2024 02:05:00 +0000",
    subject="Your legal request has been received [3-0905000031337]",
    reply_to_req=req_id("KCSC-240905-03"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hello,

Thanks for contacting Google. This automated email confirms that we have
received your legal request. Reference number: 3-0905000031337.

Reported URLs:
{Y1}
{Y2}
{Y3}

Our team will review the content you reported and get back to you. You
don't need to reply to this email.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removal request receipt",
    why="a pure receipt echoing the reported URLs; 'will review' is the usual promise of a receipt",
    items={Y1: "pending", Y2: "pending", Y3: "pending"},
)

case(
    name="tg-ticket-receipt",
    **{"from": "noreply@telegram.org"},
    date="Wed, 11 Sep 2024 01:02:03 +0000",
    subject="[Ticket #4471902] KCSC-240911-07",
    reply_to_req=req_id("KCSC-240911-07"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Your message has been received by the Telegram abuse team.
Ticket #4471902 has been created. Please keep this number in the subject
line of any further messages about this matter.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket creation receipt",
    why="ticket receipt, no statement",
    items={},
)

HEADER = """# Blind set blind762: what a program gets wrong (mixed statuses in one
# sentence, hedges in relative clauses, negations, refusals with reasons,
# revisions, a table and its note, statuses by position).
# Written by python3 tests/corpus/blind762/make.py; expected results written
# from each email's meaning before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    n = len(CASES)
    from collections import Counter
    print(n, dict(Counter(c["outcome"] for c in CASES)))
