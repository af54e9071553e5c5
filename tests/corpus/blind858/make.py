#!/usr/bin/env python3
"""Blind set 858 (focus: what a program gets wrong).

Writes requests.csv, cases/*.eml and expected.toml. Deterministic:

    python3 tests/corpus/blind858/make.py

Every email is fictional and written in our own sentences; expected results
come from each email's meaning alone, written before any run of the reader.
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

# ---------------------------------------------------------------- requests

X = [
    "https://x.com/nightowl_kr/status/1833104411200000011",
    "https://x.com/nightowl_kr/status/1833104411200000027",
    "https://x.com/pale_lantern/status/1833219900000000345",
    "https://x.com/pale_lantern/status/1833219900000000388",
    "https://x.com/cobalt_rumor/status/1833300012000000412",
    "https://x.com/cobalt_rumor/status/1833300012000000456",
    "https://x.com/dune_gossip77/status/1833411122000000503",
    "https://x.com/dune_gossip77/status/1833411122000000519",
    "https://x.com/mirae_leaks/status/1833522233000000620",
    "https://x.com/mirae_leaks/status/1833522233000000644",
    "https://x.com/quietferry/status/1833633344000000731",
    "https://x.com/quietferry/status/1833633344000000790",
]
T = [
    "https://t.me/velvet_archive_kr/2281",
    "https://t.me/velvet_archive_kr/2290",
    "https://t.me/hollowmint/514",
    "https://t.me/hollowmint/533",
]
Y = [
    "https://www.youtube.com/watch?v=Qm7rTz2LpXc",
    "https://www.youtube.com/watch?v=bN4kWe8sHaA",
    "https://www.youtube.com/watch?v=Lp0vXc3RtYu",
    "https://www.youtube.com/shorts/Hq2dNf6mKzE",
    "https://www.youtube.com/watch?v=Zr8yUo1PbWq",
]
Y6 = "https://www.youtube.com/watch?v=Vd3kPq9sWnB"
N = [
    "https://blog.naver.com/haneul_diary88/223571004512",
    "https://blog.naver.com/haneul_diary88/223571009988",
    "https://cafe.naver.com/dalbit2024/18842",
]
K_RAW = [
    "https://gaeul-note.tistory.com/entry/사진-모음-2편",
    "https://gaeul-note.tistory.com/entry/합성-사진-공유",
    "https://cafe.daum.net/byeolbit_room/Rk3a/1207",
]


def pct(u):
    scheme, rest = u.split("://", 1)
    return scheme + "://" + quote(rest, safe="/-_.~?=&@")


K = [pct(u) for u in K_RAW]
TT = [
    "https://www.tiktok.com/@mellow.static/video/7412003344556677881",
    "https://www.tiktok.com/@mellow.static/video/7412003344556677902",
]

REQUESTS = [
    ("KCSC-240910-01", "x", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", X, "non_consensual_imagery"),
    ("KCSC-240910-02", "telegram", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", T, "deepfake_sexual_abuse"),
    ("KCSC-240911-03", "youtube", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", Y, "defamation"),
    ("KCSC-240911-04", "naver", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", N, "privacy_violation"),
    ("KCSC-240912-05", "kakao", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", K, "deepfake_sexual_abuse"),
    ("KCSC-240912-06", "tiktok", "2024-09-12T11:00:00+09:00", "2024-09-19T18:00:00+09:00", TT, "illegal_gambling"),
    ("KCSC-240912-07", "youtube", "2024-09-12T15:00:00+09:00", "2024-09-19T18:00:00+09:00", [Y6], "defamation"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat in REQUESTS:
        mid = "<req-%s@kcsc.example>" % ref[5:].lower()
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers


def h(s):
    """RFC 2047 encoded-word for a non-ASCII header value."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def part(body, ctype="plain", cte="quoted-printable", extra=""):
    enc = qp(body) if cte == "quoted-printable" else b64(body) if cte == "base64" else body
    return (
        f"Content-Type: text/{ctype}; charset=utf-8\n"
        f"Content-Transfer-Encoding: {cte}\n{extra}\n" + enc.rstrip("\n") + "\n"
    )


def alternative(plain, html, boundary, cte="quoted-printable"):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n" + part(plain, "plain", cte) + "\n"
        f"--{boundary}\n" + part(html, "html", cte) + "\n"
        f"--{boundary}--\n"
    )


def request_text(ref, platform, urls, due):
    lines = [
        f"Dear {platform} team,",
        "",
        "The Korea Communications Standards Commission has found the content",
        "below to be illegal under Korean law and asks you to remove it or to",
        f"block access to it from Korea (our reference {ref}).",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += [
        "",
        f"Please tell us the action taken on each item by {due}.",
        "",
        "KCSC Takedown Desk",
        "takedown@kcsc.example",
    ]
    return "\n".join(lines)


def gmail_quote(intro, text):
    return intro + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


REQ_X = request_text("KCSC-240910-01", "X", X, "17 September 2024")
REQ_T = request_text("KCSC-240910-02", "Telegram", T, "17 September 2024")
REQ_Y = request_text("KCSC-240911-03", "YouTube", Y, "18 September 2024")
REQ_TT = request_text("KCSC-240912-06", "TikTok", TT, "19 September 2024")

# ---------------------------------------------------------------- cases

cases = []


def case(**kw):
    cases.append(kw)


# ======================= applied: X (largest request) =======================

case(
    name="x-mixed-statuses-one-sentence",
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 16:20:05 +0900",
    subject="Re: [KCSC-240910-01] Request for removal of content",
    reply_to_req="req-240910-01",
    body=f"""
Hello,

Thank you for your report. We have removed {X[0]} and withheld {X[2]} in South Korea, but {X[4]} does not violate the X Rules or Korean law and remains available.

We will reply separately about the other posts in your request.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply stating outcomes for several posts in one sentence",
    why="one sentence carries three statuses: removed, withheld in KR (restricted), no violation (rejected)",
    items={X[0]: "removed", X[2]: "restricted", X[4]: "rejected"},
)

case(
    name="x-numbered-outcomes-six",
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 09:41:30 +0900",
    subject="Re: [KCSC-240910-01] Request for removal of content",
    reply_to_req="req-240910-01",
    body=f"""
Hello KCSC team,

We have reviewed the first six posts in your request. Our findings:

1. {X[0]}
   Removed for violating our policy on non-consensual nudity.
2. {X[1]}
   Not removed. We did not find a violation of the X Rules or of Korean law in this post.
3. {X[2]}
   Withheld in South Korea.
4. {X[3]}
   We were unable to locate this post. The link may have been mistyped.
5. {X[4]}
   Removed.
6. {X[5]}
   The account that shared this post has been suspended, so the post is no longer visible on X.

The remaining six posts are still with our team.

Best,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply with a numbered list, URL on one line and its outcome on the next",
    why="each list entry states its own outcome; 'not removed' is a refusal with its reason; suspended account leaves the post unavailable",
    items={X[0]: "removed", X[1]: "rejected", X[2]: "restricted", X[3]: "not_found",
           X[4]: "removed", X[5]: "removed"},
)

case(
    name="x-later-correction-revises",
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 11:05:00 +0900",
    subject="Re: [KCSC-240910-01] Request for removal of content",
    reply_to_req="req-240910-01",
    body=f"""
Hi,

The posts {X[6]} and {X[7]} have been withheld in South Korea.

Correction to the above: after a second review by our safety team, {X[7]} has been removed from X globally for violating the X Rules, so it is no longer only withheld.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply that corrects its own first paragraph",
    why="503 withheld in KR; 519 first withheld then, explicitly corrected, removed globally: the later statement wins",
    items={X[6]: "restricted", X[7]: "removed"},
)

case(
    name="x-bare-urls-status-below",
    **{"from": "no-reply-legal@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 15:30:12 +0900",
    subject="Your legal request KCSC-240910-01 - update",
    body=f"""
Hello,

Please see the outcome for the following reported posts.

{X[8]}
Withheld in: South Korea

{X[9]}
Withheld in: South Korea

{X[10]}
Action: None - the post does not violate the X Rules or applicable law

{X[11]}
Action: Removed

If you have questions, reply to this email and quote your reference.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content notice listing bare URLs with the outcome on the line below",
    why="two withheld in KR, one no action with its reason, one removed",
    items={X[8]: "restricted", X[9]: "restricted", X[10]: "rejected", X[11]: "removed"},
)

case(
    name="x-gmail-toppost-over-quote",
    **{"from": "j.mercer@x.com"}, name_from="Jordan Mercer",
    date="Tue, 17 Sep 2024 08:12:44 +0900",
    subject="Re: [KCSC-240910-01] Request for removal of content",
    reply_to_req="req-240910-01",
    body=f"""
Hi,

Quick update on two of the posts from your list: {X[10]} has now been withheld in Korea. We found no violation in {X[11]} and will not take action on it.

Jordan
Global Legal Policy, X

{gmail_quote("On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:", REQ_X)}
""",
    outcome="applied", classification="confirmation",
    imitates="X staff member's top-posted Gmail reply over the quoted request",
    why="two items in the reply; the twelve URLs in the quoted request below are not statements",
    items={X[10]: "restricted", X[11]: "rejected"},
)

case(
    name="x-outlook-original-message",
    **{"from": "legal-apac@x.com"}, name_from="X Legal APAC",
    date="Fri, 13 Sep 2024 18:02:10 +0900",
    subject="RE: [KCSC-240910-01] Request for removal of content",
    reply_to_req="req-240910-01",
    body=f"""
Dear KCSC,

The post below has been removed:
{X[4]}

The other posts in your request are still being reviewed and we will come back to you.

Kind regards,
X Legal APAC

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240910-01] Request for removal of content

{REQ_X}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the original message pasted below '-----Original Message-----'",
    why="only 412 is stated removed; the original request below the separator is quoted, not a statement",
    items={X[4]: "removed"},
)

case(
    name="x-angle-brackets-wrapped",
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Sat, 14 Sep 2024 10:44:51 +0900",
    subject="Re: [KCSC-240910-01] Request for removal of content",
    reply_to_req="req-240910-01",
    body="""
Hello,

We removed the post at <https://x.com/mirae_leaks/status/1833522233000
000620> for violating our rules on private media.

We were unable to locate the post at
<https://x.com/mirae_leaks/status/1833522233000000644>; it may have been
deleted before our review.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply wrapped at 70 columns with URLs in angle brackets",
    why="620 removed (URL wrapped inside <>); 644 could not be located (the 'may have been deleted' guess does not weaken 'unable to locate')",
    items={X[8]: "removed", X[9]: "not_found"},
)

case(
    name="x-echoed-report-blocks",
    **{"from": "notifications@x.com"}, name_from="X",
    date="Sat, 14 Sep 2024 02:15:33 +0900",
    subject="Update on your report - KCSC-240910-01",
    body=f"""
We've reviewed your legal request.

Reference: KCSC-240910-01
Reported content: {X[2]}
Decision: Withheld in KR
Reason: Content is illegal under local law (Republic of Korea)

----------------------------------------

Reference: KCSC-240910-01
Reported content: {X[3]}
Decision: Removed globally
Reason: Violation of the X Rules (private media)

----------------------------------------

Learn how we handle legal requests: https://help.x.com/en/rules-and-policies/legal-request-faqs
""",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome notice echoing each reported post with its decision",
    why="each echoed block has its own decision; the help-centre link is not an item",
    items={X[2]: "restricted", X[3]: "removed"},
)

case(
    name="x-full-list-twelve-some-pending",
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Wed, 18 Sep 2024 17:30:00 +0900",
    subject="Re: [KCSC-240910-01] Request for removal of content - outcome",
    reply_to_req="req-240910-01",
    body=f"""
Hello,

Here is where we stand on the 12 posts in KCSC-240910-01:

- {X[0]} - removed (non-consensual nudity)
- {X[1]} - removed
- {X[2]} - withheld in KR
- {X[3]} - withheld in KR
- {X[4]} - no action: it does not break the X Rules or local law
- {X[5]} - account suspended; the post can no longer be viewed
- {X[6]} - not found: the account holder deleted it before our review
- {X[7]} - still under review
- {X[8]} - withheld in KR
- {X[9]} - removed
- {X[10]} - pending: we have asked the account holder for information
- {X[11]} - not found (the URL does not resolve to a post)

We will update you on the two open items.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team's full outcome list for a large request",
    why="ten items stated, two explicitly still open",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "restricted",
           X[4]: "rejected", X[5]: "removed", X[6]: "not_found", X[7]: "pending",
           X[8]: "restricted", X[9]: "removed", X[10]: "pending", X[11]: "not_found"},
)

case(
    name="x-dsa-statement-of-reasons",
    **{"from": "dsa-notices@x.com"}, name_from="X",
    date="Sun, 15 Sep 2024 21:00:00 +0900",
    subject="Statement of reasons - your notice KCSC-240910-01",
    body=f"""
Statement of reasons

Notice reference: KCSC-240910-01
Content concerned: {X[5]}

Decision taken: the content has been withheld in the Republic of Korea. It has not been removed from X and remains viewable in other countries.

Ground for the decision: illegal content under the national law of the Republic of Korea.

Facts and circumstances: the decision follows a notice from a government authority.

Automated means used for detection: no
Automated means used for the decision: no

Redress: the account holder may appeal at https://help.x.com/forms/account-access/appeals
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons for a country-withheld post",
    why="withheld in KR = restricted; 'has not been removed' is a negation, not a removal; the appeal link is not an item",
    items={X[5]: "restricted"},
)

# ======================= applied: Telegram =======================

case(
    name="tg-negation-and-takedown",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 13:10:27 +0900",
    subject="Re: [KCSC-240910-02] Removal request",
    reply_to_req="req-240910-02",
    body=f"""
Hello,

We have not removed {T[0]}: our moderators reviewed it and found that it does not violate the Telegram Terms of Service, so it stays available.

The other message from that channel, {T[1]}, has been taken down.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply refusing one item with a reason and confirming another",
    why="'have not removed ... does not violate' is a refusal (rejected), not a removal; 2290 taken down",
    items={T[0]: "rejected", T[1]: "removed"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 19:55:02 +0900",
    subject="Re: [KCSC-240910-02] Removal request",
    reply_to_req="req-240910-02",
    body=f"""
Hi,

We have restricted access to {T[2]} for users in South Korea.

As for {T[3]}, which may already have been deleted by the channel's administrators, we have not finished checking it and will get back to you.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with one geo-restriction and one open item",
    why="514 restricted in KR; 533's 'may already have been deleted' sits in a relative clause and is a guess, and the main clause says the check is not finished",
    items={T[2]: "restricted", T[3]: "pending"},
)

case(
    name="tg-statuses-by-position-over-quote",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 14 Sep 2024 08:30:19 +0900",
    subject="Re: [KCSC-240910-02] Removal request",
    reply_to_req="req-240910-02",
    body=f"""
Hello,

We processed the links in your request in the order you listed them:

1 - taken down
2 - taken down
3 - this message does not exist, we could not find it
4 - reviewed, no breach of our Terms of Service; it stays up

Telegram Abuse Team

{gmail_quote("On Tue, 10 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:", REQ_T)}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram top-posted reply answering the numbered list of the quoted request by position",
    why="the outcomes are in the reply and refer, by number, to the numbered URLs of our own request quoted below",
    items={T[0]: "removed", T[1]: "removed", T[2]: "not_found", T[3]: "rejected"},
)

case(
    name="tg-url-below-its-statement",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Mon, 16 Sep 2024 12:00:45 +0900",
    subject="Your report KCSC-240910-02",
    body=f"""
Hello,

This message was blocked on all Telegram apps:
{T[1]}

We reviewed the following message and found no violation. It remains available:
{T[3]}

Best regards,
Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram notice with each statement ending in ':' and its URL on the next line",
    why="2290 blocked on all apps (removed); 533 no violation (rejected)",
    items={T[1]: "removed", T[3]: "rejected"},
)

# ======================= applied: YouTube =======================

case(
    name="yt-three-statuses-one-sentence",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 04:12:40 +0900",
    subject="Re: [KCSC-240911-03] Legal removal request",
    reply_to_req="req-240911-03",
    body=f"""
Hello,

Following our review, we have removed {Y[0]} under our harassment policy and applied an age restriction to {Y[1]}, while {Y[2]} remains available because it does not violate our Community Guidelines or local law.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply listing three decisions in one sentence",
    why="removed, age-restricted (restricted), stays up with reason (rejected), all in one sentence",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected"},
)

case(
    name="yt-refusal-with-reason-and-block",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date="Sat, 14 Sep 2024 06:40:00 +0900",
    subject="Re: [KCSC-240911-03] Legal removal request",
    reply_to_req="req-240911-03",
    body=f"""
Hello,

Thanks for reaching out to us.

We have blocked the video at {Y[4]} from view in South Korea.

We have decided not to take action on {Y[3]}. It is commentary on a matter of public interest, and we did not find that it violates local law or our policies.

For more information about how we handle legal requests, see https://support.google.com/legal/answer/3110420

Regards,
The Google Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals reply: local block for one URL, declined with reasons for another",
    why="Zr8 blocked in KR (restricted); Hq2 declined with its reason (rejected); support link not an item",
    items={Y[4]: "restricted", Y[3]: "rejected"},
)

CSV_Y = (
    "URL,Action,Notes\r\n"
    f"{Y[0]},Removed,Community Guidelines - harassment\r\n"
    f"{Y[1]},Age-restricted,\r\n"
    f"{Y[2]},No action,Does not violate policy or local law\r\n"
    f"{Y[3]},Blocked in KR,Local law\r\n"
    f"{Y[4]},Video unavailable,Deleted by the uploader before review\r\n"
)
case(
    name="yt-csv-attachment",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 03:25:10 +0900",
    subject="Re: [KCSC-240911-03] Legal removal request - results",
    reply_to_req="req-240911-03",
    raw_mime='Content-Type: multipart/mixed; boundary="=_yt858csv"\n\n'
    "--=_yt858csv\n"
    + part("""Hello,

We have completed our review of your request KCSC-240911-03. The outcome
for each URL is in the attached file.

Regards,
The YouTube Legal Team
""", "plain", "7bit")
    + "\n--=_yt858csv\n"
    'Content-Type: text/csv; charset=utf-8; name="KCSC-240911-03_results.csv"\n'
    'Content-Disposition: attachment; filename="KCSC-240911-03_results.csv"\n'
    "Content-Transfer-Encoding: base64\n\n"
    + b64(CSV_Y)
    + "\n--=_yt858csv--\n",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply with a CSV of per-URL outcomes attached",
    why="CSV rows: removed, age-restricted, no action, blocked in KR, unavailable because the uploader deleted it",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected", Y[3]: "restricted", Y[4]: "not_found"},
)

case(
    name="yt-single-item-sole-statement",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 05:05:05 +0900",
    subject="Re: [KCSC-240912-07] Legal removal request",
    reply_to_req="req-240912-07",
    body="""
Hello,

We have reviewed the content in your request and it has been removed from YouTube for violating our Community Guidelines.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply confirming removal without repeating the URL",
    why="one-item request: a statement about 'the content in your request' applies to its only item",
    items={Y6: "removed"},
)

case(
    name="yt-hedge-next-to-statement",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 07:18:33 +0900",
    subject="Re: [KCSC-240911-03] Legal removal request",
    reply_to_req="req-240911-03",
    body=f"""
Hello,

The video {Y[1]} has been removed for violating our policy on harassment and cyberbullying.

The video at {Y[2]}, which appears to have been made private by its uploader, was not reviewed. If it becomes public again, please send us a new request.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply with one removal and one video not reviewed",
    why="bN4 removed; Lp0 'appears to have been made private' is a hedge and it was not reviewed: stays pending",
    items={Y[1]: "removed", Y[2]: "pending"},
)

# ======================= applied: NAVER =======================

case(
    name="naver-three-statuses-one-sentence",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    date="Thu, 12 Sep 2024 17:45:00 +0900",
    subject=h("[KCSC-240911-04] 게시물 조치 결과 회신"),
    reply_to_req="req-240911-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물 중 {N[0]}는 게시중단, {N[1]} 는 임시조치(30일) 처리하였으며, {N[2]} 는 관련 법령 및 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer centre 조치 결과 회신 with three outcomes in one Korean sentence",
    why="게시중단 (removed), 임시조치 (restricted), 위반 확인되지 않아 게시 유지 (rejected); particle 는 attached to the first URL",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "rejected"},
)

NAVER_TABLE = f"""<html><body>
<p>안녕하세요. 네이버 게시중단 요청 담당자입니다.</p>
<p>시정요구(KCSC-240911-04)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>블라인드</td><td>운영정책 위반</td></tr>
<tr><td>3</td><td>{N[2]}</td><td>해당 게시물 없음</td><td>작성자 삭제</td></tr>
</table>
<p>문의 사항은 <a href="https://help.naver.com/service/5600/contents/18537">고객센터</a>로 연락 바랍니다.</p>
</body></html>
"""
case(
    name="naver-html-table-base64",
    **{"from": "noreply_policy@navercorp.com"}, name_from="NAVER",
    date="Fri, 13 Sep 2024 10:20:00 +0900",
    subject=h("시정요구 조치결과 회신 (KCSC-240911-04)"),
    raw_mime=part(NAVER_TABLE, "html", "base64"),
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 HTML table, base64-encoded",
    why="삭제 (removed), 블라인드 (removed), 해당 게시물 없음 / 작성자 삭제 (not_found)",
    items={N[0]: "removed", N[1]: "removed", N[2]: "not_found"},
)

case(
    name="naver-revision-and-author-deleted",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    date="Sat, 14 Sep 2024 11:11:11 +0900",
    subject=h("Re: [KCSC-240911-04] 게시물 조치 요청"),
    reply_to_req="req-240911-04",
    body=f"""
안녕하세요. 네이버입니다.

{N[1]} 게시물은 9월 12일 임시조치 하였습니다. 이후 추가 검토 결과 명백한 불법정보로 판단되어 9월 13일 최종 삭제 처리되었음을 알려드립니다.

한편 {N[0]} 게시물은 요청 접수 전 작성자가 이미 삭제하여 별도 조치가 필요하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply where a later sentence revises a temporary measure into deletion",
    why="9988 first 임시조치, then finally 삭제 (removed); 4512 already deleted by its author (not_found)",
    items={N[1]: "removed", N[0]: "not_found"},
)

# ======================= applied: Kakao =======================

case(
    name="kakao-tistory-raw-korean-paths",
    **{"from": "tistory-policy@kakaocorp.com"}, name_from="Kakao",
    date="Fri, 13 Sep 2024 15:00:00 +0900",
    subject=h("[KCSC-240912-05] 티스토리 게시물 처리 결과 안내"),
    reply_to_req="req-240912-05",
    body=f"""
안녕하세요, 카카오 티스토리 운영팀입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

- {K_RAW[0]} 게시물은 운영정책 위반으로 게시중단 조치하였습니다.
- 두 번째 게시물（{K_RAW[1]}）은 불법정보로 보기 어려워 게시를 유지합니다。

추가 자료가 있으시면 회신 부탁드립니다.
카카오 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Tistory 처리 결과 안내 with raw Korean entry paths and full-width brackets",
    why="first entry 게시중단 (removed), second 게시 유지 with its reason (rejected); raw Korean paths match their percent-encoded form",
    items={K[0]: "removed", K[1]: "rejected"},
)

case(
    name="kakao-daum-cafe-blind-qp",
    **{"from": "cafe-policy@kakaocorp.com"}, name_from="Kakao",
    date="Sat, 14 Sep 2024 16:40:00 +0900",
    subject=h("Re: [KCSC-240912-05] 게시물 조치 요청"),
    reply_to_req="req-240912-05",
    raw_mime=part(f"""안녕하세요. 다음카페 운영팀입니다.

요청하신 다음카페 게시물({K_RAW[2]})은 운영정책 위반으로 블라인드 처리되었습니다.

티스토리 게시물 2건은 담당 부서에서 검토 중이며, 결과가 나오는 대로 별도로 안내드리겠습니다.

감사합니다.
""", "plain", "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 블라인드 notice, quoted-printable",
    why="the cafe post is 블라인드 (removed); the two Tistory posts are only 'under review' and not named",
    items={K[2]: "removed"},
)

# ======================= applied: TikTok =======================

case(
    name="tiktok-base64-removed-and-geo",
    **{"from": "legal-notice@tiktok.com"}, name_from="TikTok Legal",
    date="Sat, 14 Sep 2024 01:22:09 +0900",
    subject="Re: [KCSC-240912-06] Request to remove content",
    reply_to_req="req-240912-06",
    raw_mime=part(f"""Hello,

Thank you for your report.

We removed {TT[0]} for violating our Community Guidelines.

We restricted {TT[1]} in South Korea in accordance with local law; it remains available elsewhere.

TikTok Legal
""", "plain", "base64"),
    outcome="applied", classification="confirmation",
    imitates="TikTok legal report outcome, base64 body",
    why="7881 removed; 7902 restricted in KR ('remains available elsewhere' is part of a geo-restriction, not a refusal)",
    items={TT[0]: "removed", TT[1]: "restricted"},
)

TT_TABLE = f"""<html><body>
<p>Hello,</p>
<p>Below are the results of your request KCSC-240912-06.</p>
<table border="1">
<tr><th>Reported content</th><th>Result</th></tr>
<tr><td>{TT[0]}</td><td>Removed</td></tr>
<tr><td>{TT[1]}</td><td>Removed</td></tr>
</table>
<p><b>Correction:</b> the second video ({TT[1]}) is shown as removed in the table above in error. It was reviewed and does not violate our Community Guidelines, so it remains on TikTok.</p>
<p>TikTok Trust &amp; Safety</p>
</body></html>
"""
case(
    name="tiktok-table-corrected-by-note",
    **{"from": "trust-safety@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Tue, 17 Sep 2024 02:10:45 +0900",
    subject="Results of your request KCSC-240912-06",
    raw_mime=part(TT_TABLE, "html", "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="TikTok HTML outcome table followed by a correction note",
    why="the note explicitly corrects the table for 7902 (stays up, no violation); 7881 removed stands",
    items={TT[0]: "removed", TT[1]: "rejected"},
)

# ======================= review =======================

case(
    name="x-promises-and-hedges-only",
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 10:30:00 +0900",
    subject="Re: [KCSC-240910-01] Request for removal of content",
    reply_to_req="req-240910-01",
    body=f"""
Hello,

{X[0]} and {X[1]} are scheduled to be removed once the account holder's appeal window closes on 20 September.

{X[6]} appears to have been deleted already, though we have not been able to confirm this yet.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply made only of a scheduled action and an unconfirmed guess",
    why="'scheduled to be removed' is a promise and 'appears to have been deleted' a hedge: nothing stated",
    items={X[0]: "pending", X[1]: "pending", X[6]: "pending"},
)

case(
    name="tg-under-review-may-restrict",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 22:05:30 +0900",
    subject="Re: [KCSC-240910-02] Removal request",
    reply_to_req="req-240910-02",
    body=f"""
Hello,

The message {T[2]}, which our moderators are still reviewing, may be restricted in South Korea if it is found to break local law. {T[3]} seems to have been deleted by the channel owner, but we cannot say for certain.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk interim reply with conditions and hedges",
    why="'may be restricted ... if' is a condition; 'seems to have been deleted ... cannot say' is a hedge",
    items={T[2]: "pending", T[3]: "pending"},
)

case(
    name="yt-bulk-all-videos",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Sun, 15 Sep 2024 04:00:00 +0900",
    subject="Re: [KCSC-240911-03] Legal removal request",
    reply_to_req="req-240911-03",
    body="""
Hello,

We have reviewed the videos listed in your request and all of them have been removed from YouTube.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="bulk",
    imitates="YouTube legal reply confirming removal of everything without naming URLs",
    why="a statement about all five videos without naming each, for a request of five items",
    items={u: "pending" for u in Y},
)

case(
    name="x-forged-dmarc-fail",
    **{"from": "legal-kr@x.com"}, name_from="X Legal", auth="fail",
    date="Sun, 15 Sep 2024 03:33:33 +0900",
    subject="Re: [KCSC-240910-01] Request for removal of content",
    reply_to_req="req-240910-01",
    body=f"""
Hello,

The following posts have been removed:
{X[0]}
{X[1]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply failing DKIM/SPF/DMARC",
    why="claims removal from an x.com address whose authentication failed",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="tiktok-vendor-unknown-sender",
    **{"from": "cases@trustdesk-partners.example"}, name_from="TrustDesk Partners for TikTok",
    date="Mon, 16 Sep 2024 09:09:09 +0900",
    subject="KCSC-240912-06 - action completed",
    body=f"""
Dear KCSC,

On behalf of TikTok, we confirm that {TT[0]} has been removed.

TrustDesk Partners
Content operations vendor
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing on a platform's behalf",
    why="states a removal but comes from a domain that is no platform's",
    items={TT[0]: "pending"},
)

case(
    name="naver-about-daum-url-wrong-platform",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    date="Fri, 13 Sep 2024 14:00:00 +0900",
    subject=h("문의하신 게시물 관련 안내"),
    body=f"""
안녕하세요. 네이버입니다.

문의하신 {K_RAW[2]} 게시물은 당사 서비스에서 확인되지 않습니다(해당 게시물 없음). 다음카페는 카카오가 운영하는 서비스이므로 카카오 측에 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER reply about a Daum cafe URL sent to it by mistake",
    why="NAVER states 'not found' for an item of the Kakao request",
    items={K[2]: "pending"},
)

YT_CONFLICT_PLAIN = f"""Hello,

Outcome of your request KCSC-240912-07:

URL: {Y6}
Result: Removed

Note from the reviewer: the video does not violate our Community Guidelines or local law, and it remains available on YouTube.

The YouTube Legal Team
"""
YT_CONFLICT_HTML = f"""<html><body>
<p>Hello,</p>
<p>Outcome of your request KCSC-240912-07:</p>
<table border="1"><tr><th>URL</th><th>Result</th></tr>
<tr><td>{Y6}</td><td>Removed</td></tr></table>
<p>Note from the reviewer: the video does not violate our Community Guidelines or local law, and it remains available on YouTube.</p>
<p>The YouTube Legal Team</p>
</body></html>
"""
case(
    name="yt-table-conflicts-with-note",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 04:44:44 +0900",
    subject="Re: [KCSC-240912-07] Legal removal request",
    reply_to_req="req-240912-07",
    raw_mime=alternative(YT_CONFLICT_PLAIN, YT_CONFLICT_HTML, "=_yt858alt"),
    outcome="review", review="conflicting_statements",
    imitates="YouTube outcome table whose reviewer note says the opposite",
    why="table says Removed, note says it remains available; nothing says which is the correction",
    items={Y6: "pending"},
)

case(
    name="naver-conditional-deletion",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    date="Sun, 15 Sep 2024 10:00:00 +0900",
    subject=h("Re: [KCSC-240911-04] 게시물 조치 요청"),
    reply_to_req="req-240911-04",
    body=f"""
안녕하세요. 네이버입니다.

{N[2]} 게시물에 대해 게시자에게 소명 기회를 부여하였습니다. 게시자가 7일 이내 소명하지 않을 경우 해당 게시물은 삭제될 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER notice of a pending deletion conditional on the poster's response",
    why="'삭제될 예정' only if the poster does not answer: a conditional promise",
    items={N[2]: "pending"},
)

case(
    name="tg-policy-notice-no-claims",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Wed, 18 Sep 2024 20:00:00 +0900",
    subject="Changes to how Telegram receives government requests",
    body="""
Dear partner,

From 1 October 2024, Telegram will accept notices from government authorities only through the dedicated form at https://telegram.org/support?setln=en&type=authority. Email notices sent after that date will receive an automatic pointer to the form.

Requests already submitted will be handled as before.

Telegram
""",
    outcome="review", review="no_claims",
    imitates="Telegram general notice to authorities about a new intake form",
    why="trusted Telegram mail that names no item and references no request",
    items={},
)

case(
    name="tiktok-asks-legal-basis",
    **{"from": "legal-notice@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 03:03:03 +0900",
    subject="Re: [KCSC-240912-06] Request to remove content - more information needed",
    reply_to_req="req-240912-06",
    body=f"""
Hello,

To process your request we need more information. For {TT[0]} and {TT[1]}, please send us the specific provision of Korean law the content is considered to violate and a copy of the Commission's decision.

Once we receive this, we will continue our review.

TikTok Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="TikTok legal request for the legal basis before acting",
    why="asks for documents; states nothing about the two videos",
    items={TT[0]: "pending", TT[1]: "pending"},
)

case(
    name="kakao-bulk-three-posts",
    **{"from": "tistory-policy@kakaocorp.com"}, name_from="Kakao",
    date="Mon, 16 Sep 2024 13:30:00 +0900",
    subject=h("Re: [KCSC-240912-05] 게시물 조치 요청"),
    reply_to_req="req-240912-05",
    body="""
안녕하세요. 카카오입니다.

요청하신 게시물 3건 모두 게시중단 처리하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Kakao short confirmation of all posts without naming them",
    why="'3건 모두 게시중단' covers all three items without naming each",
    items={u: "pending" for u in K},
)

# ======================= ignored =======================

case(
    name="x-out-of-office",
    **{"from": "h.lindqvist@x.com"}, name_from="Hanna Lindqvist",
    date="Tue, 10 Sep 2024 10:00:41 +0900",
    subject="Automatic reply: [KCSC-240910-01] Request for removal of content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   "In-Reply-To: <req-240910-01@kcsc.example>"],
    body="""
Thank you for your email. I am out of the office until 23 September with limited access to email.

For urgent legal requests please write to legal@x.com, which is monitored every day.

Hanna
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform employee",
    why="an auto-reply; says nothing about any item",
    items={},
)

DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn858"

--=_dsn858
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mail-in.telegram.org[198.51.100.77] said: 550 5.1.1
    mailbox unavailable (in reply to RCPT TO command)

--=_dsn858
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 11:00:02 +0900

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable

--=_dsn858
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: [KCSC-240910-02] Removal request
Message-ID: <req-240910-02@kcsc.example>
Date: Tue, 10 Sep 2024 11:00:00 +0900

{REQ_T}

--=_dsn858--
"""
case(
    name="tg-dsn-bounce-with-request",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 11:00:05 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning the request to Telegram, original attached",
    why="a bounce; the URLs are in the returned original",
    items={},
)

MDN = """Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn858"

--=_mdn858
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

귀하가 보낸 메일 "[KCSC-240911-04] 게시물 조치 요청"을(를) 수신자가 읽었습니다.
This is a receipt for the mail you sent. It only means the message was displayed on the recipient's screen.

--=_mdn858
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER Works Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240911-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn858--
"""
case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    date="Wed, 11 Sep 2024 15:02:00 +0900",
    subject=h("읽음 확인: [KCSC-240911-04] 게시물 조치 요청"),
    raw_mime=MDN,
    outcome="ignored", classification="read_receipt",
    imitates="NAVER Works read receipt (MDN)",
    why="a read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Thu, 12 Sep 2024 11:00:30 +0900",
    subject="We've received your report (KCSC-240912-06)",
    body="""
Hi,

We've received your report and created ticket #TT-4471-20912. Our team will review the content you reported and get back to you by email.

You don't need to reply to this message.

TikTok
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok ticket receipt",
    why="a pure acknowledgement with a ticket number",
    items={},
)

case(
    name="kakao-korean-out-of-office",
    **{"from": "jiyoon.park@kakaocorp.com"}, name_from=h("박지윤"),
    date="Thu, 12 Sep 2024 10:00:20 +0900",
    subject=h("[자동응답] 부재중입니다: [KCSC-240912-05] 게시물 조치 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "In-Reply-To: <req-240912-05@kcsc.example>"],
    body="""
안녕하세요. 박지윤입니다.

9월 13일부터 9월 18일까지 추석 연휴로 부재중입니다. 긴급한 게시물 조치 요청은 policy@kakaocorp.com 으로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    why="an auto-reply",
    items={},
)

case(
    name="yt-legal-acknowledgement",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 10:03:00 +0900",
    subject="[9-1733000012345] Your legal request has been received (KCSC-240911-03)",
    body="""
Hello,

Thanks for contacting Google Legal. We have received your request and assigned it case ID 9-1733000012345. Please keep this ID in any further correspondence.

We will look into the content you reported and get back to you.

Regards,
The Google Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removals 'we received your request' case ID receipt",
    why="a pure acknowledgement",
    items={},
)

DELAY = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_delay858"

--=_delay858
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.

<legal@x.com>: connect to mx.x.com[203.0.113.40]:25: Connection timed out

--=_delay858
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; legal@x.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sun, 15 Sep 2024 10:00:00 +0900

--=_delay858
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@x.com
Subject: [KCSC-240910-01] Request for removal of content
Message-ID: <req-240910-01@kcsc.example>

--=_delay858--
"""
case(
    name="x-dsn-delay-warning",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 14:00:09 +0900",
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=DELAY,
    outcome="ignored", classification="bounce",
    imitates="Postfix delay warning DSN",
    why="a delivery-delay report",
    items={},
)

HEADER = """# Blind set 858 (focus: what a program gets wrong): mixed statuses in one
# sentence, hedges in relative clauses, negations, refusals with reasons,
# later sentences that revise earlier ones, conflicting table and note,
# statuses by position. Written by tests/corpus/blind858/make.py before any
# run of the reader; each case is judged alone on a fresh ledger."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind858", HEADER, cases)
