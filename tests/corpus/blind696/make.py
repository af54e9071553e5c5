#!/usr/bin/env python3
"""Blind set 696: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted (or corrected) by a note, statuses given by position.

    python3 tests/corpus/blind696/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning, before any run of
the reader.
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

SET = "blind696"

# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/lucky_spin_kr/status/1830145566778899001",
    2: "https://x.com/lucky_spin_kr/status/1830145566778899117",
    3: "https://x.com/bet_oasis77/status/1829901234567812345",
    4: "https://x.com/bet_oasis77/status/1829907654321098765",
    5: "https://x.com/midnight_pharm/status/1830001122334455667",
    6: "https://x.com/midnight_pharm/status/1830009988776655443",
    7: "https://x.com/jade_casino_vip/status/1829555512345678901",
    8: "https://x.com/jade_casino_vip/status/1829555598765432109",
    9: "https://x.com/seoul_nightlife_z/status/1830222233334444555",
    10: "https://x.com/seoul_nightlife_z/status/1830222299998888777",
    11: "https://x.com/quickcash_loans/status/1829777700001111222",
    12: "https://x.com/quickcash_loans/status/1829777788889999000",
}
T = {
    1: "https://t.me/greenleaf_market/1184",
    2: "https://t.me/greenleaf_market/1190",
    3: "https://t.me/snowline_shop/502",
    4: "https://t.me/snowline_shop/517",
}
V = {
    1: "https://www.youtube.com/watch?v=Qm7tR2xLp0A",
    2: "https://www.youtube.com/watch?v=bN4kZ8wYv3E",
    3: "https://www.youtube.com/watch?v=Hx1cJ5sUe9o",
    4: "https://www.youtube.com/shorts/Tz6pWq3nK8d",
    5: "https://www.youtube.com/watch?v=L0gV2aRm7cY",
}
N_RAW3 = "https://in.naver.com/별빛상점/contents/internal/771203"
N = {
    1: "https://blog.naver.com/sunflower_k22/223511908812",
    2: "https://cafe.naver.com/dealmarket9/48112",
    3: "https://in.naver.com/%EB%B3%84%EB%B9%9B%EC%83%81%EC%A0%90/contents/internal/771203",
}
D = {
    1: "https://cafe.daum.net/hanriver_club/Kx9a/2281",
    2: "https://cafe.daum.net/hanriver_club/Kx9a/2305",
}
Z1 = "https://t.me/fastpass_docs/77"
Y = {
    1: "https://x.com/kpop_leaks_daily/status/1833300011122233344",
    2: "https://x.com/kpop_leaks_daily/status/1833300055566677788",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message id (no <>), note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [X[i] for i in range(1, 13)], "gambling", "req-240902-01", "illegal gambling and drug promotion accounts"),
    ("KCSC-240904-02", "telegram", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00",
     [T[i] for i in range(1, 5)], "drugs", "req-240904-02", "drug sales channels"),
    ("KCSC-240905-03", "youtube", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [V[i] for i in range(1, 6)], "defamation", "req-240905-03", "videos naming a private person"),
    ("KCSC-240909-04", "naver", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00",
     [N[i] for i in range(1, 4)], "obscenity", "req-240909-04", "adult content posts"),
    ("KCSC-240910-05", "daum", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [D[1], D[2]], "privacy", "req-240910-05", "personal data exposure"),
    ("KCSC-240911-06", "telegram", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [Z1], "forgery", "req-240911-06", "forged documents for sale"),
    ("KCSC-240912-07", "x", "2024-09-12T11:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [Y[1], Y[2]], "privacy", "req-240912-07", "leaked personal photos"),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def subj(s):
    """Encoded-word subject when it is not ASCII (as most MUAs send it)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def request_text(ref, korean=False):
    r = REQ[ref]
    urls = r[4]
    if korean:
        lines = ["안녕하세요. 방송통신심의위원회 불법정보 대응팀입니다.", "",
                 f"아래 게시물에 대하여 삭제 또는 접속차단 등 필요한 조치를 요청드립니다. (요청번호 {ref})", ""]
        lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
        lines += ["", "조치 결과를 URL별로 회신하여 주시기 바랍니다.", "", "방송통신심의위원회 드림"]
    else:
        lines = ["Dear Trust & Safety team,", "",
                 "The Korea Communications Standards Commission asks you to remove or block",
                 f"the following content (our reference {ref}):", ""]
        lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
        lines += ["", "Please reply to this address with the action taken for each URL.", "",
                  "KCSC Takedown Desk"]
    return "\n".join(lines)


def quoted(ref, header, korean=False):
    return header + "\n" + "\n".join(("> " + l) if l else ">" for l in request_text(ref, korean).split("\n"))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
case(
    name="x-mixed-one-sentence",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 16:12:40 +0900",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Thank you for your report concerning the posts listed in request KCSC-240902-01. We have reviewed three of them so far.

Having assessed the reported content against Korean law and the X Rules, we have withheld {X[1]} in South Korea, removed {X[3]} globally for violating our policy on illegal goods and services, and left {X[5]} up, since it breaks neither our rules nor the law you cited.

We will come back to you on the remaining posts separately.

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (Country Withheld Content)",
    why="three different outcomes in one sentence: withheld in KR, removed globally, left up",
    items={X[1]: "restricted", X[3]: "removed", X[5]: "rejected"},
)

case(
    name="x-largest-by-heading",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 17:45:02 +0900",
    subject="Re: [KCSC-240902-01] Outcome of your legal request",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

We have completed our review of request KCSC-240902-01. The outcome for each reported post is below.

Withheld in South Korea (Country Withheld Content):
{X[1]}
{X[2]}
{X[4]}
{X[9]}
{X[10]}

Removed globally for violating the X Rules:
{X[3]}
{X[5]}
{X[7]}

No action taken (no violation of the X Rules or of the law cited):
{X[6]}
{X[11]}

We could not locate the following posts. They may have been deleted by the account holder before our review:
{X[8]}
{X[12]}

Withheld content remains visible outside South Korea. More about our approach: https://help.x.com/en/rules-and-policies/country-withheld-content

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email grouping URLs under outcome headings",
    why="all 12 posts, URLs on the lines below four outcome headings; the 'may have been deleted' hedge is about why, not whether they are found",
    items={X[1]: "restricted", X[2]: "restricted", X[4]: "restricted", X[9]: "restricted",
           X[10]: "restricted", X[3]: "removed", X[5]: "removed", X[7]: "removed",
           X[6]: "rejected", X[11]: "rejected", X[8]: "not_found", X[12]: "not_found"},
)

case(
    name="x-negation-removed-not-withheld",
    **{"from": "gga-korea@x.com"}, name_from="Dana Whitfield",
    date="Fri, 06 Sep 2024 09:20:11 +0900",
    subject="RE: KCSC-240902-01 follow-up",
    body=f"""
Hi KCSC team,

Follow-up on KCSC-240902-01.

For {X[9]} we did not stop at withholding it in Korea: the post breaks our rules on adult sexual services, so it has been removed for all users.

{X[10]} is no longer available either, as the account that posted it has been permanently suspended.

Best,
Dana
X Global Government Affairs
""",
    outcome="applied", classification="confirmation",
    imitates="personal follow-up from a platform's government-affairs contact",
    why="'did not stop at withholding' is a negation of the lesser measure: removed; a post of a suspended account is unavailable: removed",
    items={X[9]: "removed", X[10]: "removed"},
)

case(
    name="x-echoed-report-by-position",
    **{"from": "noreply@x.com"}, name_from="X Support",
    date="Thu, 05 Sep 2024 22:03:55 +0900",
    subject="Your report to X [case 0451-2024-88213]",
    body=f"""
Hello,

We've reviewed your report. A copy of it is below for your reference.

Your report (submitted 2 Sep 2024, ref KCSC-240902-01):
  1. {X[6]}
  2. {X[7]}
  3. {X[8]}
  Reported under: Local law - illegal gambling / drugs

Our decision:
Items 1 and 3 have been withheld in South Korea. Item 2 does not violate local law or the X Rules, and we are taking no action on it.

Thanks,
X
""",
    outcome="applied", classification="confirmation",
    imitates="X help-centre report outcome email echoing the submitted report",
    why="statuses given by position in the numbered list echoed in the same email",
    items={X[6]: "restricted", X[8]: "restricted", X[7]: "rejected"},
)

case(
    name="x-dsa-statements-of-reasons",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 11:31:18 +0900",
    subject="KCSC-240902-01: statements of reasons",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Please find below our decisions on two of the posts in your request KCSC-240902-01.

Statement of reasons - decision 1 of 2
Content: {X[11]}
Decision: Visibility restricted - content withheld
Territorial scope: Republic of Korea
Basis: Illegal content under the law of the requesting country (unlicensed lending)
Detected by automated means: No
Decided by automated means: No

Statement of reasons - decision 2 of 2
Content: {X[12]}
Decision: No restriction applied
Reason: The post does not contain the loan offer described in your request and breaks neither our terms nor the law cited.

You can ask us to reconsider either decision at https://help.x.com/forms/legal-reconsideration

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons layout (decision, territorial scope, ground)",
    why="two SOR blocks: one withheld in Korea, one 'no restriction applied' with its reason",
    items={X[11]: "restricted", X[12]: "rejected"},
)

_html6 = f"""<html><body>
<p>Hello,</p>
<p>Here is the outcome for part of request KCSC-240902-01.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Reason</th></tr>
<tr><td>{X[2]}</td><td>Removed</td><td>Illegal goods and services policy</td></tr>
<tr><td>{X[4]}</td><td>Withheld (KR)</td><td>Local law</td></tr>
<tr><td>{X[10]}</td><td>Not found</td><td>The post does not exist</td></tr>
</table>
<p>X Legal Operations</p>
</body></html>
"""
case(
    name="x-base64-html-table",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 08:02:47 +0900",
    subject="Re: [KCSC-240902-01] partial outcome",
    reply_to_req="req-240902-01",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_html6),
    outcome="applied", classification="confirmation",
    imitates="HTML outcome table sent by a legal-ops ticket system, base64 body",
    why="table rows: removed, withheld in KR, not found",
    items={X[2]: "removed", X[4]: "restricted", X[10]: "not_found"},
)

case(
    name="x-reversed-on-appeal",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Sat, 14 Sep 2024 13:40:09 +0900",
    subject="Update: KCSC-240902-01",
    body=f"""
Hello,

An update on two posts from request KCSC-240902-01.

{X[5]} was removed on 5 September. The account holder appealed, and on second review we concluded that the post does not violate the X Rules or Korean law. It has been restored and will stay up.

{X[3]} remains removed; the appeal against that decision was denied.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X appeal-outcome notice forwarded to the reporter",
    why="a later sentence revises the first: the post was restored after appeal and stays up (rejected); the other stays removed",
    items={X[5]: "rejected", X[3]: "removed"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 10:15:30 +0900",
    subject="Re: [KCSC-240912-07] Request to remove content",
    reply_to_req="req-240912-07",
    body=f"""
Hi,

{Y[1]} - withheld in South Korea.
{Y[2]} - not withheld. The post links to a news article and contains none of the material you describe, so it does not violate local law or our rules.

Thanks,
X Legal

{quoted("KCSC-240912-07", "On Thu, 12 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:")}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted reply over a Gmail-quoted request",
    why="one withheld, one refused with its reason; the quoted request below asks for removal of both and must not count",
    items={Y[1]: "restricted", Y[2]: "rejected"},
)

case(
    name="tg-revised-later-sentence",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 19:22:31 +0400",
    subject="Re: KCSC-240904-02 drug sales channels",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Thank you for your report. The posts {T[1]} and {T[2]} have been blocked.

Correction to the above: our moderators tell me that {T[2]} had already been deleted by the channel admins before they reached it, so there was nothing left for us to block. Only 1184 was blocked by us.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply written by a person, with a self-correction",
    why="the correction paragraph revises the first sentence for 1190: already deleted by its admins (not_found); 1184 blocked",
    items={T[1]: "removed", T[2]: "not_found"},
)

case(
    name="tg-headings-url-below",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 02:10:44 +0400",
    subject="KCSC-240904-02",
    body=f"""
Hi,

Results for KCSC-240904-02:

Blocked on all platforms:
{T[3]}
{T[4]}

Message not found (the ID does not exist in the channel):
{T[2]}

The remaining link is still being checked.

-- Telegram Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="terse Telegram abuse-desk result list",
    why="URLs on the lines below their heading; the unnamed 'remaining link' is not a statement",
    items={T[3]: "removed", T[4]: "removed", T[2]: "not_found"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 23:48:02 +0400",
    subject="Re: KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

We have blocked {T[1]}, which appears to be one of several mirror channels run by the same people; we are looking into the others on our own initiative.

Telegram Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="'appears to' hedges the relative clause about mirror channels, not the blocking",
    items={T[1]: "removed"},
)

case(
    name="tg-receipt-subject-with-result",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Thu, 12 Sep 2024 15:05:12 +0400",
    subject="Your report has been received - Case #5518302",
    body=f"""
Case #5518302

Hello,

We received your report regarding KCSC-240911-06. The post {Z1} has been removed and the channel has been banned for selling forged documents.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system receipt template that carries an actual result",
    why="acknowledgement wording plus an unhedged item-level statement is not an acknowledgement",
    items={Z1: "removed"},
)

case(
    name="tg-one-item-no-url",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 12:30:00 +0400",
    subject="Re: [KCSC-240911-06] Forged documents for sale",
    reply_to_req="req-240911-06",
    body=f"""
Hi,

The channel has been banned for violating our Terms of Service, so the post you reported is no longer accessible to anyone.

Best regards,
Marek
Telegram Abuse Team

{quoted("KCSC-240911-06", "On Wed, 11 Sep 2024 at 14:00, KCSC Takedown <takedown@kcsc.example> wrote:")}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted abuse-desk reply over a Gmail-quoted one-item request",
    why="request of one item, unhedged 'no longer accessible to anyone': removed; the URL is only in the quote",
    items={Z1: "removed"},
)

case(
    name="tg-statuses-by-position",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 17:14:29 +0400",
    subject="Re: KCSC-240904-02 drug sales channels",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Regarding your request KCSC-240904-02 (4 links):

Links 1 and 3 have been blocked.
Link 2 could not be found; the message ID does not exist in that channel.
Link 4 stays up. It is a repost of a public news item and does not violate our Terms of Service.

Telegram Abuse

{quoted("KCSC-240904-02", "On Wed, 4 Sep 2024 at 10:30, KCSC Takedown <takedown@kcsc.example> wrote:")}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply numbering links as in the regulator's request",
    why="statuses by position in the request's own numbered list (quoted below): 1184, 502 blocked; 1190 not found; 517 stays up",
    items={T[1]: "removed", T[3]: "removed", T[2]: "not_found", T[4]: "rejected"},
)

case(
    name="tg-refusal-then-block",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 20:01:55 +0400",
    subject="Re: KCSC-240904-02",
    body=f"""
Hello,

We are not blocking {T[3]}. The post is a reposted news article about a police operation and contains no offer to sell anything; it does not violate our Terms of Service.

{T[4]} is a different matter: it offered prohibited substances and has been blocked.

Telegram Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="negated 'blocking' with a reason (rejected) followed by a block (removed)",
    items={T[3]: "rejected", T[4]: "removed"},
)

case(
    name="yt-refusal-with-reason",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 18:40:13 +0900",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Thanks for reaching out to YouTube.

We have reviewed {V[1]} and decided not to take action on it. The video is commentary on the public conduct of an elected official, and we were unable to determine from the information provided that it is unlawful in South Korea. It will remain available.

{V[2]}, by contrast, has been blocked from view in South Korea on the basis of the local law you cited.

If you have additional information about the first video, you can reply to this email.

Sincerely,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removal outcome email",
    why="refusal with its reason (rejected) and a local block (restricted)",
    items={V[1]: "rejected", V[2]: "restricted"},
)

case(
    name="yt-hedge-in-relative-clause",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Tue, 10 Sep 2024 09:05:40 +0900",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

The video at {V[2]}, which may have been re-uploaded by other channels, has been removed from YouTube for violating our harassment policy. We cannot act on copies that have not been reported to us.

We have restricted {V[3]} in South Korea.

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support reply",
    why="'may have been re-uploaded' hedges the relative clause, not the removal",
    items={V[2]: "removed", V[3]: "restricted"},
)

_qp18 = f"""Hello,

Thank you for your notice (KCSC-240905-03).

After review, the content at {V[3]} has been actioned under our policies.

We were unable to locate {V[4]}. The link does not correspond to any video on YouTube.

Kind regards,
YouTube Trust & Safety
"""
case(
    name="yt-qp-actioned-and-not-located",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    date="Wed, 11 Sep 2024 04:12:08 +0900",
    subject="Update on your YouTube legal notice",
    reply_to_req="req-240905-03",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_qp18),
    outcome="applied", classification="confirmation",
    imitates="YouTube notice template, quoted-printable body",
    why="'has been actioned under our policies' (configured phrase) and 'unable to locate' + invalid link",
    items={V[3]: "removed", V[4]: "not_found"},
)

case(
    name="yt-outlook-quoted-request",
    **{"from": "minjun.park@google.com"}, name_from="Min-jun Park",
    date="Thu, 12 Sep 2024 14:50:21 +0900",
    subject="RE: [KCSC-240905-03] Removal request",
    body=f"""
Hi KCSC,

{V[3]} has been restricted in South Korea.

There is no video at {V[4]} - the ID is invalid.

The other videos from your request are still under review.

Min-jun Park
Legal Specialist, Google Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:00 AM
To: legal-kr@google.com
Subject: [KCSC-240905-03] Removal request

{request_text("KCSC-240905-03")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a Google Korea legal specialist over the original request",
    why="two statements above the Outlook separator; the unquoted original request below lists all five and must not count",
    items={V[3]: "restricted", V[4]: "not_found"},
)

case(
    name="yt-statement-and-promise",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal",
    date="Sat, 07 Sep 2024 11:11:11 +0900",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Quick update on KCSC-240905-03.

{V[1]} has been removed for violating our Community Guidelines.

{V[2]} will be reviewed by a specialist team, and we will write to you again once a decision is made.

YouTube Legal
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal interim update",
    why="one removal stated, one promise (stays pending)",
    items={V[1]: "removed", V[2]: "pending"},
)

_html21 = f"""<html><body>
<p>안녕하세요. 네이버 게시물 신고센터입니다.</p>
<p>방송통신심의위원회 요청(KCSC-240909-04)에 대한 조치 결과를 아래와 같이 알려드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>게시중단</td><td>-</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>3</td><td>{N_RAW3}</td><td>조치 없음</td><td>운영정책 위반 사항 없음</td></tr>
</table>
<p>감사합니다.<br>네이버 주식회사 정책지원팀</p>
</body></html>
"""
case(
    name="naver-html-result-table",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    date="Thu, 12 Sep 2024 16:30:00 +0900",
    subject=subj("[네이버] 시정요구 조치결과 회신 (KCSC-240909-04)"),
    reply_to_req="req-240909-04",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + _html21,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table from a portal",
    why="게시중단 (removed), 임시조치 (restricted), 조치 없음 with 위반 사항 없음 (rejected); row 3 has the raw Korean path",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "rejected"},
)

_w = max(len(N[1]), len(N[2]), len(N_RAW3)) + 2
_tt22 = "\n".join(
    ["번호  " + "URL".ljust(_w) + "조치결과"]
    + [f"{i}     " + u.ljust(_w) + "게시중단" for i, u in ((1, N[1]), (2, N[2]), (3, N_RAW3))]
) + "\n"
case(
    name="naver-table-corrected-by-note",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    date="Fri, 13 Sep 2024 10:02:44 +0900",
    subject=subj("Re: [KCSC-240909-04] 게시물 조치 결과"),
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청번호 KCSC-240909-04 조치 결과입니다.

{_tt22}
※ 정정 안내: 위 표의 3번 항목은 '게시중단'으로 잘못 기재되었습니다. 해당 게시물은 요청 접수 전에 작성자가 직접 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal plain-text result table with a correction note",
    why="the note explicitly corrects row 3 of the table: deleted by its author before the request (not_found)",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found"},
)

case(
    name="naver-refusal-korean-negation",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    date="Wed, 11 Sep 2024 17:25:36 +0900",
    subject=subj("Re: [KCSC-240909-04] 게시중단 요청 검토 결과"),
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240909-04 관련하여 {N_RAW3}에 대해 검토한 결과, 해당 콘텐츠는 관련 법령 및 네이버 운영정책에 위반되는 내용이 확인되지 않아 게시중단 요청을 수용하지 않았습니다. 게시물은 현재와 같이 유지됩니다.

추가로 전달하실 의견이 있으시면 이 메일로 회신해 주십시오.

네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 불수용 안내",
    why="게시중단 appears only as the refused request; the post stays up: rejected (raw Korean URL followed by the particle 에)",
    items={N[3]: "rejected"},
)

_csv24 = (
    "번호,URL,조치결과,사유\n"
    f"1,{N[1]},삭제,청소년유해매체물\n"
    f"2,{N[2]},접근제한(국내),관련 법령\n"
    f"3,{N[3]},게시물 없음,작성자 삭제\n"
)
case(
    name="naver-csv-attachment",
    **{"from": "noreply@navercorp.com"}, name_from="NAVER",
    date="Sat, 14 Sep 2024 09:40:19 +0900",
    subject=subj("[네이버] KCSC-240909-04 조치결과 송부"),
    reply_to_req="req-240909-04",
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="=_nv_7f3a21"\n\n'
        "--=_nv_7f3a21\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n"
        + b64("안녕하세요. 네이버입니다.\n\n요청번호 KCSC-240909-04의 조치 결과를 첨부 파일로 보내드립니다.\n\n감사합니다.\n")
        + "\n--=_nv_7f3a21\n"
        'Content-Type: text/csv; charset=utf-8; name="result_KCSC-240909-04.csv"\n'
        'Content-Disposition: attachment; filename="result_KCSC-240909-04.csv"\n'
        "Content-Transfer-Encoding: base64\n\n"
        + b64(_csv24)
        + "\n--=_nv_7f3a21--\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="portal result sent as a CSV attachment",
    why="CSV rows: 삭제 (removed), 접근제한(국내) (restricted), 게시물 없음 / 작성자 삭제 (not_found)",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

case(
    name="daum-mixed-with-particles",
    **{"from": "cafe-ops@kakaocorp.com"}, name_from="Daum Cafe Operations",
    date="Thu, 12 Sep 2024 13:13:50 +0900",
    subject=subj("Re: [KCSC-240910-05] 게시물 조치 요청"),
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요. 카카오 Daum 카페 운영팀입니다.

요청번호 KCSC-240910-05로 요청하신 게시물 2건 중 {D[1]}은 블라인드 처리하였고, {D[2]}는 이미 삭제되어 존재하지 않는 게시물입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply (블라인드 처리)",
    why="two statuses in one Korean sentence, each URL glued to its particle (은/는)",
    items={D[1]: "removed", D[2]: "not_found"},
)

case(
    name="daum-angle-brackets-fullwidth",
    **{"from": "help@daum.net"}, name_from="Daum",
    date="Fri, 13 Sep 2024 15:44:02 +0900",
    subject=subj("[Daum] 요청번호 KCSC-240910-05 처리 결과 안내"),
    body=f"""
안녕하세요. Daum 고객센터입니다.

요청번호 KCSC-240910-05 처리 결과를 알려드립니다.

1） <{D[1]}>：임시조치（30일）
2） <{D[2]}>：조치 불가 － 검토 결과 운영정책 위반 사항이 확인되지 않았습니다．

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum customer-centre 처리 결과 안내 with full-width punctuation",
    why="URLs in angle brackets followed by full-width colons: 임시조치 (restricted); 조치 불가 with no violation (rejected)",
    items={D[1]: "restricted", D[2]: "rejected"},
)

case(
    name="naver-private-and-temporary",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    date="Tue, 10 Sep 2024 19:05:00 +0900",
    subject=subj("Re: [KCSC-240909-04] 조치 결과"),
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 {N[1]} 는 비공개 처리하였으며, {N[2]} 는 임시조치하였고 30일 이내에 작성자의 재게시 요청이 없으면 삭제될 예정입니다.

나머지 게시물은 확인 후 별도로 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 notice to a reporter",
    why="비공개 처리 (removed); 임시조치 done now (restricted) with a future deletion that is only a promise",
    items={N[1]: "removed", N[2]: "restricted"},
)

# ================================================================ REVIEW
case(
    name="x-promise-withheld",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Tue, 03 Sep 2024 15:00:27 +0900",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Thank you for request KCSC-240902-01. The posts {X[1]} and {X[2]} will be withheld in South Korea once our legal team has completed its assessment, which we expect within five business days.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply",
    why="'will be withheld once ...' is a conditional promise, not a statement",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="yt-hedge-only",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 10:48:00 +0900",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Regarding {V[5]} from your request KCSC-240905-03: the video appears to have been taken down by the uploader, although we are not able to confirm this from the information available to us.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="Google legal support reply",
    why="'appears to have been taken down ... not able to confirm' is a hedge",
    items={V[5]: "pending"},
)

case(
    name="tg-bulk-all-blocked",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sun, 08 Sep 2024 21:17:45 +0400",
    subject="Re: KCSC-240904-02 drug sales channels",
    reply_to_req="req-240904-02",
    body="""
Hello,

All the content reported in your request KCSC-240904-02 has been blocked.

Telegram Abuse
""",
    outcome="review", review="bulk",
    imitates="one-line Telegram abuse-desk reply",
    why="a statement about all four items without naming any",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending", T[4]: "pending"},
)

case(
    name="x-untrusted-dmarc-fail",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    auth="fail",
    date="Fri, 06 Sep 2024 03:33:10 +0900",
    subject="Re: [KCSC-240902-01] Request to remove content",
    body=f"""
Hello,

{X[3]} has been removed for violating the X Rules.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email failing DKIM/SPF/DMARC",
    why="the platform's domain but authentication fails",
    items={X[3]: "pending"},
)

case(
    name="lawfirm-unknown-sender",
    **{"from": "sykim@hanbit-law.example"}, name_from="Seo-yeon Kim",
    date="Fri, 13 Sep 2024 11:20:00 +0900",
    subject="KCSC-240910-05 - deletion by our client",
    body=f"""
Dear Sir or Madam,

We act for the operator of the Daum cafe "hanriver_club". Regarding your request KCSC-240910-05, our client deleted the post {D[1]} on 11 September 2024 and asks that the matter be closed.

Yours faithfully,
Seo-yeon Kim
Hanbit Law Offices
""",
    outcome="review", review="unknown_sender",
    imitates="letter from a content owner's lawyer",
    why="not a platform domain, yet it names our request and a URL",
    items={D[1]: "pending"},
)

case(
    name="naver-about-daum-url",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    date="Thu, 12 Sep 2024 09:10:10 +0900",
    subject=subj("문의하신 게시물 관련 안내"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

전달해 주신 {D[2]} 는 네이버에서 운영하는 서비스의 게시물이 아니어서 당사에서는 해당 게시물을 확인할 수 없습니다. 해당 서비스 운영사에 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal reply about a URL on another portal",
    why="NAVER says it cannot find a Daum item: not NAVER's item to state about",
    items={D[2]: "pending"},
)

case(
    name="naver-table-note-conflict",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    date="Sun, 15 Sep 2024 14:00:00 +0900",
    subject=subj("[네이버] KCSC-240909-04 조치결과"),
    reply_to_req="req-240909-04",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""<html><body>
<p>안녕하세요. 네이버입니다. 요청번호 KCSC-240909-04 조치결과를 안내드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>3</td><td>{N[3]}</td><td>게시중단 완료</td></tr>
</table>
<p>※ 참고: 해당 게시물은 검토 결과 운영정책 위반 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.</p>
</body></html>
"""),
    outcome="review", review="conflicting_statements",
    imitates="Korean result table with a note below it",
    why="the table says 게시중단 완료 (removed), the note says no action for lack of a violation (rejected); neither corrects the other",
    items={N[3]: "pending"},
)

case(
    name="yt-policy-update-no-claims",
    **{"from": "legal-notices@google.com"}, name_from="Google Legal Removals",
    date="Mon, 16 Sep 2024 08:00:00 +0900",
    subject="Changes to how we receive government removal requests",
    body="""
Hello,

From 1 October 2024, government agencies in the Republic of Korea should submit removal requests for YouTube and other Google products through the government requests portal at https://support.google.com/legal/answer/gov-requests-portal instead of by email.

Requests already sent by email will still be processed. Nothing changes for requests you have open.

Google Legal Removals
""",
    outcome="review", review="no_claims",
    imitates="Google notice to government requesters about a new intake channel",
    why="trusted platform mail, no request reference, no item (the help link is not an item)",
    items={},
)

case(
    name="tg-asks-for-legal-basis",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Thu, 12 Sep 2024 18:41:07 +0400",
    subject="Re: [KCSC-240911-06] Forged documents for sale",
    reply_to_req="req-240911-06",
    body=f"""
Hello,

To proceed with your request KCSC-240911-06 regarding {Z1}, please send us the provision of Korean law the content violates, together with an English translation of the relevant passage. We are unable to take action until we receive this.

Telegram
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform request for the legal basis of an order",
    why="asks for documents before acting; nothing about the item's status",
    items={Z1: "pending"},
)

case(
    name="naver-conditional-takedown",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    date="Wed, 11 Sep 2024 11:55:12 +0900",
    subject=subj("Re: [KCSC-240909-04] 조치 진행 상황"),
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{N[2]} 게시물에 대해서는 작성자에게 소명 기회를 부여하였으며, 기한 내 소명이 없을 경우 게시중단 처리될 예정입니다.

처리 결과는 확정되는 대로 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER progress notice (소명 기회 부여)",
    why="게시중단 only on a condition in the future: still pending",
    items={N[2]: "pending"},
)

case(
    name="x-under-review",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 09:30:00 +0900",
    subject="Re: [KCSC-240912-07] Request to remove content",
    reply_to_req="req-240912-07",
    body=f"""
Hello,

Both posts you reported, {Y[1]} and {Y[2]}, are currently under review by our team. We will let you know the outcome.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply",
    why="'under review' names both items but states nothing",
    items={Y[1]: "pending", Y[2]: "pending"},
)

# ================================================================ IGNORED
case(
    name="x-out-of-office",
    **{"from": "jreyes@x.com"}, name_from="Jordan Reyes",
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    subject="Automatic reply: [KCSC-240902-01] Request to remove content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I'm out of the office until 16 September with limited access to email.

For legal requests, please continue to use the usual legal intake address. For anything urgent, contact my colleague Dana Whitfield.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="auto-reply",
    items={},
)

_dsn = f"""This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mx1.telegram.org[198.51.100.77] said: 552 5.2.2
    mailbox full (in reply to RCPT TO command)
"""
case(
    name="dsn-bounce-telegram",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Wed, 11 Sep 2024 14:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.7731.1726030809"\n\n'
        "--DSN.7731.1726030809\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        + _dsn
        + "\n--DSN.7731.1726030809\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.kcsc.example\n"
        "Arrival-Date: Wed, 11 Sep 2024 14:00:02 +0900\n\n"
        "Final-Recipient: rfc822; dsa@telegram.org\n"
        "Action: failed\n"
        "Status: 5.2.2\n"
        "Diagnostic-Code: smtp; 552 5.2.2 mailbox full\n"
        "\n--DSN.7731.1726030809\n"
        "Content-Type: message/rfc822\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: dsa@telegram.org\n"
        "Subject: [KCSC-240911-06] Forged documents for sale\n"
        "Message-ID: <req-240911-06@kcsc.example>\n"
        "Date: Wed, 11 Sep 2024 14:00:00 +0900\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        + request_text("KCSC-240911-06")
        + "\n\n--DSN.7731.1726030809--\n"
    ),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (RFC 3464)",
    why="bounce of our own request; the URL is only in the returned message",
    items={Z1: "pending"},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    date="Mon, 09 Sep 2024 13:22:00 +0900",
    subject=subj("읽음: [KCSC-240909-04] 게시물 조치 요청"),
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_4c1e"\n\n'
        "--mdn_4c1e\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        "보낸 메시지 '[KCSC-240909-04] 게시물 조치 요청'을(를) 수신자가 2024-09-09 13:21에 읽었습니다.\n"
        "\n--mdn_4c1e\n"
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.navercorp.com\n"
        "Final-Recipient: rfc822; policy@navercorp.com\n"
        "Original-Message-ID: <req-240909-04@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n"
        "\n--mdn_4c1e--\n"
    ),
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification (RFC 8098) in Korean",
    why="read receipt",
    items={},
)

case(
    name="tg-ticket-receipt",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Wed, 04 Sep 2024 06:31:40 +0400",
    subject="Your report has been received - Case #5509117",
    body="""
Case #5509117

Hello,

Thank you for contacting Telegram. We have received your report (your reference KCSC-240904-02) and a case has been created. Our team will review the reported material and get back to you.

Please do not reply to this message; include the case number if you contact us again.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt",
    why="pure acknowledgement: case created, nothing about items",
    items={},
)

case(
    name="daum-report-receipt",
    **{"from": "noreply@daum.net"}, name_from="Daum",
    date="Tue, 10 Sep 2024 11:02:15 +0900",
    subject=subj("[Daum] 신고가 접수되었습니다"),
    body=f"""
안녕하세요. Daum 고객센터입니다.

신고가 정상적으로 접수되었습니다.

접수번호: 2024091000371
신고하신 게시물:
- {D[1]}
- {D[2]}

담당자가 검토한 후 결과를 안내해 드리겠습니다. 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean portal 신고 접수 안내 echoing the reported URLs",
    why="receipt that echoes the URLs; no statement about them",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="naver-korean-out-of-office",
    **{"from": "jh.lee@navercorp.com"}, name_from="Lee Jihoon",
    date="Mon, 09 Sep 2024 09:31:02 +0900",
    subject=subj("[자동응답] 부재중입니다 - Re: [KCSC-240909-04] 게시물 조치 요청"),
    body="""
안녕하세요, 이지훈입니다.

9월 9일부터 9월 13일까지 휴가로 부재중입니다. 메일은 복귀 후 확인하겠습니다.
급한 건은 정책지원팀 대표 메일로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply without Auto-Submitted header",
    why="out-of-office auto-reply",
    items={},
)

HEADER = """# blind696: blind set (what a program gets wrong). Written from each
# email's meaning before any run of the reader. Generated by make.py.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
