#!/usr/bin/env python3
"""Blind set 282: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table contradicted by its note, and statuses given by position ("the first
two ... the last one"). Every email is fictional and written in our own
words; the expected results were written from each email's meaning alone,
before any run of the reader.

    python3 tests/corpus/blind282/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind282"

# ---------------------------------------------------------------- requests
X = "https://x.com/"
X1 = X + "moonlit_ledger/status/1831200000000000101"
X2 = X + "moonlit_ledger/status/1831200000000000102"
X3 = X + "grey_tally/status/1831200000000000203"
X4 = X + "grey_tally/status/1831200000000000204"
X5 = X + "okpo_nights/status/1831200000000000305"
X6 = X + "okpo_nights/status/1831200000000000306"
X7 = X + "brassfinch_kr/status/1831200000000000407"
X8 = X + "brassfinch_kr/status/1831200000000000408"
X9 = X + "saltmarsh_22/status/1831200000000000509"
X10 = X + "saltmarsh_22/status/1831200000000000510"
X11 = X + "hollow_oak_tv/status/1831200000000000611"
X12 = X + "hollow_oak_tv/status/1831200000000000612"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

T1 = "https://t.me/quiet_lantern_kr/418"
T2 = "https://t.me/quiet_lantern_kr/422"
T3 = "https://t.me/bluemarket_drop/77"
T4 = "https://t.me/bluemarket_drop/91"
TS = [T1, T2, T3, T4]

Y1 = "https://www.youtube.com/watch?v=Qm3vK8pLx2A"
Y2 = "https://www.youtube.com/watch?v=Zr7tN1wYc0B"
Y3 = "https://www.youtube.com/watch?v=Hd5sJ9eUa4C"
YS = [Y1, Y2, Y3]
YSH = "https://www.youtube.com/shorts/Pk4wB7nRt2E"

CAFE_RAW = "https://cafe.naver.com/하늘장터/"
CAFE_ENC = "https://cafe.naver.com/%ED%95%98%EB%8A%98%EC%9E%A5%ED%84%B0/"
N1 = "https://blog.naver.com/sanbit_diary/223561100101"
N2 = "https://blog.naver.com/sanbit_diary/223561100102"
N3 = CAFE_ENC + "5521"
N4 = CAFE_ENC + "5530"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471234567"
NS = [N1, N2, N3, N4, N5]
N3R = CAFE_RAW + "5521"
N4R = CAFE_RAW + "5530"

K1 = "https://cafe.daum.net/greenwharf/Fq2x/311"
K2 = "https://cafe.daum.net/greenwharf/Fq2x/318"
K3 = "https://pf.kakao.com/_xkQzab/104221"
KS = [K1, K2, K3]

V1 = "https://www.tiktok.com/@lumen.vx/video/7410000000000000011"
V2 = "https://www.tiktok.com/@lumen.vx/video/7410000000000000012"
VS = [V1, V2]

REQUESTS = [
    # ref, platform, sent, due, urls, category, message_id, note
    ("KCSC-240903-01", "x", "2024-09-03", "2024-09-10", XS, "defamation",
     "req-240903-01@kcsc.example", "largest request: twelve posts by six accounts"),
    ("KCSC-240904-02", "telegram", "2024-09-04", "2024-09-11", TS, "drugs",
     "req-240904-02@kcsc.example", "two public channels"),
    ("KCSC-240905-03", "youtube", "2024-09-05", "2024-09-12", YS, "harassment",
     "req-240905-03@kcsc.example", "three videos"),
    ("KCSC-240906-04", "naver", "2024-09-06", "2024-09-13", NS, "privacy",
     "req-240906-04@kcsc.example", "blog, cafe (Korean path) and KnowledgeiN"),
    ("KCSC-240909-05", "kakao", "2024-09-09", "2024-09-16", KS, "gambling",
     "req-240909-05@kcsc.example", "Daum cafe and a Kakao channel post"),
    ("KCSC-240910-06", "tiktok", "2024-09-10", "2024-09-17", VS, "fraud",
     "req-240910-06@kcsc.example", "two videos by one account"),
    ("KCSC-240911-07", "youtube", "2024-09-11", "2024-09-18", [YSH], "harassment",
     "req-240911-07@kcsc.example", "one Short"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def qp_part(text, ctype="plain"):
    body = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + body)


def b64_part(text, ctype="plain"):
    body = base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + body)


def plain_part(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n" + text.strip("\n") + "\n")


def multipart(kind, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def csv_attachment(name, text):
    body = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return (f'Content-Type: text/csv; charset=utf-8; name="{name}"\n'
            f'Content-Disposition: attachment; filename="{name}"\n'
            "Content-Transfer-Encoding: base64\n\n" + body)


def quoted_request(ref, urls, when, prefix="> "):
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:",
             prefix + f"Subject: [{ref}] Request for removal of unlawful content",
             prefix.rstrip(),
             prefix + "Dear Sir or Madam,",
             prefix + "The Korea Communications Standards Commission asks you to remove",
             prefix + "or restrict the following content, which it has found unlawful:",
             prefix.rstrip()]
    for i, u in enumerate(urls, 1):
        lines.append(prefix + f"{i}. {u}")
    lines += [prefix.rstrip(), prefix + "Please reply with the action taken for each item.",
              prefix + "KCSC Takedown Desk"]
    return "\n".join(lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ X (KCSC-240903-01)
case(
    name="x-mixed-one-sentence",
    date="Thu, 05 Sep 2024 16:22:41 +0900",
    **{"from": "legal-noreply@x.com"},
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your request, reference KCSC-240903-01. We have completed our
review of four of the reported posts.

Of those four, {X1} and {X2} have been removed for violating the X Rules, while
{X3} has been withheld in South Korea under local law and {X4} remains
available because we did not find it to violate our rules or Korean law.

We will write again about the other posts in your request.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email (per-post results in prose)",
    why="one sentence gives three different statuses to four posts; each clause belongs to the URLs before it",
    items={X1: "removed", X2: "removed", X3: "restricted", X4: "rejected"},
)

case(
    name="x-not-removed-but-withheld",
    date="Fri, 06 Sep 2024 10:03:17 +0900",
    **{"from": "legal-noreply@x.com"},
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Regarding your request KCSC-240903-01:

We have not removed {X5} globally. Having reviewed it against Korean law, we
have instead withheld the post in South Korea, so it is not visible to
users there.

We were unable to act on {X6}: the link points to a post that does not
exist, and we could not locate it in our systems.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content notice to a government requester",
    why="'have not removed ... instead withheld in South Korea' is a restriction, not a refusal; the second post does not exist",
    items={X5: "restricted", X6: "not_found"},
)

case(
    name="x-second-review-revises",
    date="Mon, 09 Sep 2024 09:41:05 +0900",
    **{"from": "legal-noreply@x.com"},
    subject="Update: [KCSC-240903-01] post by @brassfinch_kr",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

An update on one post in KCSC-240903-01.

Our first-level review concluded that {X7} did not violate the X Rules,
and we had planned to leave it up. Your request was then escalated to our
legal team, which reviewed the post under Korean law. Following that second
review, the post has now been withheld in South Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X escalated legal review update",
    why="the earlier 'did not violate' is superseded by the later decision: withheld in South Korea",
    items={X7: "restricted"},
)

case(
    name="x-refusal-newsworthy-outlook",
    date="Tue, 10 Sep 2024 18:12:55 +0900",
    **{"from": "legal-noreply@x.com"},
    subject="RE: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Please find our decisions on the two posts by @saltmarsh_22 below.

- {X9}: we have decided not to take action on this post. It is reporting by
  a registered news outlet on a matter of public interest, and we did not
  find that it breaks the X Rules or the law you cited.
- {X10}: removed for violating our private information policy.

Kind regards,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:02 AM
To: legal@x.com
Subject: [KCSC-240903-01] Request for removal of unlawful content

Dear Sir or Madam,
Please remove or restrict the following posts:
{X9}
{X10}
{X11}
{X12}
KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply in Outlook with the original request below '-----Original Message-----'",
    why="a refusal with its reason (news reporting) and a removal; the quoted request below says nothing about 611/612",
    items={X9: "rejected", X10: "removed", X11: "pending", X12: "pending"},
)

case(
    name="x-first-two-last-one",
    date="Wed, 11 Sep 2024 14:30:00 +0900",
    **{"from": "legal-noreply@x.com"},
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Regarding the three posts below, listed in the order of your request:

{X7}
{X8}
{X9}

The first two have been withheld in South Korea. The last one has been
removed globally for violating our violent speech policy.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply listing URLs first, decisions by position after",
    why="statuses by position: 'the first two' are the two URLs above, 'the last one' the third",
    items={X7: "restricted", X8: "restricted", X9: "removed"},
)

case(
    name="x-table-then-correction",
    date="Thu, 12 Sep 2024 11:19:44 +0900",
    **{"from": "legal-noreply@x.com"},
    subject="Re: [KCSC-240903-01] Results for @hollow_oak_tv",
    reply_to_req="req-240903-01",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Below are the results for the posts by @hollow_oak_tv in request KCSC-240903-01.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X11}</td><td>Removed</td></tr>
<tr><td>{X12}</td><td>Removed</td></tr>
</table>
<p><b>Correction:</b> the table above was exported before the final decision on the
second post. {X12} was not removed globally; it has been withheld in South Korea only.
The first post was removed as shown.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal HTML results table with a correction note",
    why="the note says itself that it corrects the table: 612 is withheld, not removed; 611 stays removed",
    items={X11: "removed", X12: "restricted"},
)

CSV_X = (
    "url,action,reason\n"
    f"{X1},Removed,Violation of the X Rules (abuse)\n"
    f"{X2},Not found,Post does not exist\n"
    f"{X3},Withheld in KR,Korean law\n"
    f"{X4},No action,No violation found\n"
    f"{X5},Removed,Violation of the X Rules (private information)\n"
)
case(
    name="x-csv-attachment",
    date="Fri, 13 Sep 2024 08:55:02 +0900",
    **{"from": "legal-noreply@x.com"},
    subject="Re: [KCSC-240903-01] Results attached",
    reply_to_req="req-240903-01",
    raw_mime=multipart("mixed", "=_xres_2409", [
        plain_part("""
Hello,

Please see the attached file for our decision on each post reviewed so far
under KCSC-240903-01. Posts not listed in the file are still being reviewed.

X Legal
"""),
        csv_attachment("KCSC-240903-01_results.csv", CSV_X),
    ]),
    outcome="applied", classification="confirmation",
    imitates="X legal results spreadsheet attached as CSV",
    why="one row per post in the attachment, five different outcomes; posts not in the file stay pending",
    items={X1: "removed", X2: "not_found", X3: "restricted", X4: "rejected", X5: "removed"},
)

case(
    name="x-top-posted-over-quote",
    date="Sat, 14 Sep 2024 02:14:38 +0900",
    **{"from": "legal-noreply@x.com"},
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    body=f"""
Hello, {X8} has been removed for violating the X Rules. The other posts in
your request are still under review and we will reply separately.

X Legal

{quoted_request("KCSC-240903-01", XS, "Tue, Sep 3, 2024 at 11:02 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request",
    why="only the top line is a statement; the twelve URLs below are our own quoted request",
    items={X8: "removed", X1: "pending", X12: "pending"},
)

case(
    name="x-hedge-then-confirmed-angle",
    date="Sun, 15 Sep 2024 13:07:26 +0900",
    **{"from": "legal-noreply@x.com"},
    subject="Re: [KCSC-240903-01] @hollow_oak_tv",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

You mentioned that the post at
<https://x.com/hollow_oak_tv/
 status/1831200000000000611> may already have been deleted by its author.
That was not the case: the post was still live when we checked it, and we
have now removed it for violating our abuse and harassment policy.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a long URL wrapped inside angle brackets",
    why="the hedge is the requester's guess, denied; the decision is an unhedged removal of the wrapped URL",
    items={X11: "removed"},
)

case(
    name="x-promise-will-withhold",
    date="Thu, 05 Sep 2024 21:48:10 +0900",
    **{"from": "legal-noreply@x.com"},
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your patience. Our team has assessed the posts {X1} and
{X2} and they will be withheld in South Korea once the local legal review
is signed off, which we expect within two business days. We will confirm
when this is done.

X Legal
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="X legal interim reply announcing a planned action",
    why="'will be withheld once ... signed off' is a promise under a condition, not a statement",
    items={X1: "pending", X2: "pending"},
)

case(
    name="x-relative-clause-hedge-only",
    date="Fri, 06 Sep 2024 17:36:52 +0900",
    **{"from": "legal-noreply@x.com"},
    subject="Re: [KCSC-240903-01] @okpo_nights",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We looked into {X5}, which we believe may already have been deleted by the
account holder, and into {X6}, which appears to have been edited since your
report. We will let you know the outcome once our check is complete.

X Legal
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="X legal interim reply",
    why="the only status words sit in hedged relative clauses ('may already have been deleted'); no decision",
    items={X5: "pending", X6: "pending"},
)

case(
    name="x-not-yet-actioned",
    date="Mon, 09 Sep 2024 15:02:33 +0900",
    **{"from": "legal-noreply@x.com"},
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

{X8} has not yet been removed or withheld. The post is part of a larger
thread and our reviewers need more time to assess it in context. No further
information is needed from you at this stage.

X Legal
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="X legal delay notice",
    why="'has not yet been removed or withheld' negates both statuses and announces nothing decided",
    items={X8: "pending"},
)

case(
    name="x-table-note-conflict",
    date="Tue, 17 Sep 2024 10:45:12 +0900",
    **{"from": "legal-noreply@x.com"},
    subject="Re: [KCSC-240903-01] Results for @grey_tally",
    reply_to_req="req-240903-01",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<table border="1" cellpadding="4">
<tr><th>Post</th><th>Result</th></tr>
<tr><td>{X3}</td><td>Withheld (KR)</td></tr>
<tr><td>{X4}</td><td>Removed</td></tr>
</table>
<p>For clarity: no action was taken on {X4}, as the post does not violate the
X Rules and we did not find it unlawful in Korea.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="review", review="conflicting_statements", classification="confirmation",
    imitates="X legal HTML results table with a note that contradicts it",
    why="the table says 204 was removed, the note says no action was taken; nothing says which one is the correction",
    items={X3: "pending", X4: "pending"},
)

case(
    name="x-wrong-platform-tiktok",
    date="Thu, 12 Sep 2024 19:20:48 +0900",
    **{"from": "legal-noreply@x.com"},
    subject="Re: KCSC request for removal of unlawful content",
    body=f"""
Hello,

We received your message about the following content:

{V1}
{V2}

We were unable to locate this content on X. Both links appear to belong to a
different service, so we cannot take any action on them.

X Legal
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="X legal reply to a misrouted request",
    why="X says it cannot locate TikTok items; only TikTok may state their status",
    items={V1: "pending", V2: "pending"},
)

case(
    name="x-out-of-office",
    date="Wed, 04 Sep 2024 08:01:09 +0900",
    **{"from": "j.ramirez@x.com"},
    name_from="Jordan Ramirez",
    subject="Automatic reply: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent legal requests, please use the
government request portal. Your message will not be forwarded.

Jordan
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="an out-of-office reply states nothing about the posts",
)

# ================================================================ Telegram (KCSC-240904-02)
case(
    name="tg-mixed-prose",
    date="Fri, 06 Sep 2024 12:40:03 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Re: [KCSC-240904-02] Request for removal of unlawful content",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

The posts {T1} and {T2} have been made unavailable to users in South Korea,
{T3} has been taken down on all Telegram apps, and we could not find
{T4} - the channel no longer contains a message with that number.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="one sentence, three statuses: two restricted in Korea, one taken down, one not found",
    items={T1: "restricted", T2: "restricted", T3: "removed", T4: "not_found"},
)

case(
    name="tg-bare-url-status-below",
    date="Sat, 07 Sep 2024 09:15:44 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Re: [KCSC-240904-02] bluemarket_drop",
    reply_to_req="req-240904-02",
    body=f"""
Hi,

{T3}
Status: removed - illegal goods

{T4}
Status: no violation found, the message stays available. It advertises a
legal product and does not offer any controlled substance.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply in URL / Status blocks",
    why="each status sits on the line below its URL; the second is a refusal with its reason",
    items={T3: "removed", T4: "rejected"},
)

case(
    name="tg-relative-hedge-main-clear",
    date="Mon, 09 Sep 2024 14:02:27 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Re: [KCSC-240904-02] quiet_lantern_kr",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

{T1}, which appears to have been deleted by the channel owner before our
moderators reached it, could not be located.

{T2} has been blocked on all Telegram platforms.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="the hedge is in the relative clause only; the main clause 'could not be located' is a plain statement",
    items={T1: "not_found", T2: "removed"},
)

case(
    name="tg-correction-later-line",
    date="Tue, 10 Sep 2024 07:58:31 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Re: [KCSC-240904-02] Request for removal of unlawful content",
    reply_to_req="req-240904-02",
    body=f"""
Hello again,

In our previous message we said that {T4} could not be found.

That was wrong: the channel had been renamed and the message was still
there. We located it this morning and it has now been taken down.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk follow-up correcting an earlier reply",
    why="the first sentence reports an earlier, withdrawn answer; the item is now taken down",
    items={T4: "removed"},
)

case(
    name="tg-echoed-report",
    date="Wed, 11 Sep 2024 16:44:09 +0000",
    **{"from": "noreply@telegram.org"},
    subject="Your report has been reviewed",
    body=f"""
Your report

  Link: {T2}
  Reason: Illegal drugs
  Submitted by: takedown@kcsc.example (KCSC-240904-02)

Result

  Thank you. Our moderators reviewed the reported message and removed it.

This is an automated message. Please do not reply.
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram report-outcome notification echoing the report",
    why="the echoed report names the link; the result sentence states removal of that message",
    items={T2: "removed"},
)

case(
    name="tg-bulk-all-blocked",
    date="Thu, 05 Sep 2024 19:30:00 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Re: [KCSC-240904-02] Request for removal of unlawful content",
    reply_to_req="req-240904-02",
    body="""
Hello,

All of the reported messages in your request KCSC-240904-02 have been
blocked.

Telegram Abuse Team
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Telegram abuse-desk one-line reply",
    why="one statement for a four-item request without naming any item",
    items={T1: "pending", T2: "pending", T3: "pending", T4: "pending"},
)

case(
    name="tg-unknown-sender-admin",
    date="Sat, 07 Sep 2024 22:11:57 +0900",
    **{"from": "owner@quiet-lantern.example"},
    name_from="quiet_lantern admin",
    subject="About your complaint KCSC-240904-02",
    body=f"""
Hello,

I run the quiet_lantern_kr channel. I have deleted the posts {T1} and
{T2} myself, so there is nothing left for you to report.

Please close the complaint.
""",
    outcome="review", review="unknown_sender",
    imitates="a channel owner's direct email to the regulator",
    why="the sender is no platform; the statement names our items but cannot change them",
    items={T1: "pending", T2: "pending"},
)

case(
    name="tg-ticket-receipt",
    date="Wed, 04 Sep 2024 11:05:12 +0000",
    **{"from": "support@telegram.org"},
    subject="[Ticket #88213] Request received",
    reply_to_req="req-240904-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We have received your request and created ticket #88213. A member of our
team will review it. You do not need to send it again.

Please keep the ticket number in the subject of any reply.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt",
    why="pure receipt: ticket created, nothing stated about any item",
)

BOUNCE = multipart("report", "=_dsn_0904", [
    plain_part("""
This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-requests@telegram.org>: host mx.telegram.org[203.0.113.25] said:
    550 5.1.1 <dsa-requests@telegram.org>: Recipient address rejected:
    User unknown
"""),
    """Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 4 Sep 2024 10:02:11 +0900

Final-Recipient: rfc822; dsa-requests@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown
""",
    "Content-Type: text/rfc822-headers\n\n"
    "From: KCSC Takedown <takedown@kcsc.example>\n"
    "To: dsa-requests@telegram.org\n"
    "Subject: [KCSC-240904-02] Request for removal of unlawful content\n"
    "Message-ID: <req-240904-02@kcsc.example>\n",
], extra="; report-type=delivery-status")
case(
    name="tg-bounce-dsn",
    date="Wed, 04 Sep 2024 10:02:14 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    auth="none",
    raw_mime=BOUNCE,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (DSN)",
    why="a bounce of our own request; says nothing about the items",
)

# ================================================================ YouTube (KCSC-240905-03, KCSC-240911-07)
case(
    name="yt-three-outcomes",
    date="Mon, 09 Sep 2024 03:12:40 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-03] YouTube legal request",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Thank you for contacting YouTube. After reviewing your request we have
taken the following actions:

We removed {Y1} from YouTube for violating our harassment and
cyberbullying policy.

We blocked access to {Y2} in South Korea on the basis of local law; it
remains available in other countries.

We did not take action on {Y3}. The video is commentary on a public
figure's statements, and we did not find it to violate our Community
Guidelines or the law you cited.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals outcome email",
    why="three paragraphs, three outcomes: removed, blocked in Korea, no action with reason",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
)

case(
    name="yt-not-removed-age-restricted",
    date="Tue, 10 Sep 2024 05:40:19 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-03] YouTube legal request",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

The video at {Y3} was not removed from YouTube. Instead, after a second
review, it has been age-restricted, so it can no longer be watched by
signed-out viewers or viewers under 18.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice",
    why="the negation concerns removal; the statement is age-restricted",
    items={Y3: "restricted"},
)

case(
    name="yt-restricted-then-removed",
    date="Fri, 13 Sep 2024 01:55:03 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-03] YouTube legal request - update",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Following up on our earlier message: we had initially blocked {Y2} in South
Korea. After further review the video was found to violate our harassment
policy as well, and it has since been removed from YouTube globally.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal follow-up after a policy review",
    why="a later sentence replaces the earlier geo-block: the current status is removed",
    items={Y2: "removed"},
)

case(
    name="yt-qp-body",
    date="Sat, 07 Sep 2024 06:21:50 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-03] YouTube legal request",
    reply_to_req="req-240905-03",
    raw_mime=qp_part(f"""
Hello,

We have reviewed the content identified in your request KCSC-240905-03.

{Y1} \u2014 access has been restricted in South Korea.
{Y2} \u2014 this video is no longer available because it was deleted by
the uploader before our review; there was nothing left for us to action.

Regards,
The YouTube Legal Team
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal email in quoted-printable",
    why="quoted-printable body: one restricted in Korea, one already deleted by its uploader (not_found)",
    items={Y1: "restricted", Y2: "not_found"},
)

case(
    name="yt-shorts-one-item-all-content",
    date="Fri, 13 Sep 2024 08:30:11 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240911-07] YouTube legal request",
    reply_to_req="req-240911-07",
    body="""
Hello,

Thank you for your request KCSC-240911-07. All of the content identified
in your request has been removed from YouTube for violating our Community
Guidelines.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome without URLs",
    why="a statement about all the content of a one-item request applies to that item",
    items={YSH: "removed"},
)

case(
    name="yt-untrusted-auth-fail",
    date="Sun, 08 Sep 2024 11:11:11 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-03] YouTube legal request",
    reply_to_req="req-240905-03",
    auth="fail",
    body=f"""
Hello,

We have removed {Y1} and {Y3} from YouTube.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="YouTube legal outcome email, failing DMARC",
    why="the platform's domain but DKIM/SPF/DMARC fail: the statement cannot be trusted",
    items={Y1: "pending", Y3: "pending"},
)

# ================================================================ NAVER (KCSC-240906-04)
case(
    name="naver-one-sentence-mixed",
    date="Mon, 09 Sep 2024 15:20:00 +0900",
    **{"from": "policy@navercorp.com"},
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240906-04)",
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240906-04)에 대한 처리 결과를 안내드립니다.

신고하신 게시물 중 {N1} 은(는) 삭제되었고, {N2} 은(는) 권리침해 여부를 판단하기 어려워 30일간 임시조치하였습니다.

나머지 게시물은 확인 후 별도로 안내드리겠습니다.

감사합니다.
네이버 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내",
    why="one Korean sentence: first post deleted (removed), second 임시조치 (restricted)",
    items={N1: "removed", N2: "restricted"},
)

case(
    name="naver-cafe-raw-korean-particles",
    date="Tue, 10 Sep 2024 10:05:33 +0900",
    **{"from": "cafe-help@naver.com"},
    subject="Re: [KCSC-240906-04] 카페 게시글 처리 결과",
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

요청하신 카페 게시글의 처리 결과입니다.

· {N3R}은 블라인드 처리되었습니다.
· {N4R}（작성자 삭제）는 이미 작성자가 삭제하여 게시물이 존재하지 않습니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 블라인드 처리 안내",
    why="raw Korean cafe paths followed by particles and full-width punctuation; 블라인드 = removed, author-deleted = not_found",
    items={N3: "removed", N4: "not_found"},
)

SIJ = f"""
<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240906-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td></td></tr>
<tr><td>2</td><td>{N2}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>3</td><td>{CAFE_RAW}5521</td><td>블라인드</td><td></td></tr>
<tr><td>4</td><td>{CAFE_RAW}5530</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>5</td><td>{N5.replace('&', '&amp;')}</td><td>조치 불가</td><td>운영정책 및 관련 법령 위반 아님</td></tr>
</table>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>
"""
case(
    name="naver-siljeong-html-table",
    date="Thu, 12 Sep 2024 17:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    subject="[회신] 시정요구 조치결과 (KCSC-240906-04)",
    reply_to_req="req-240906-04",
    type="html",
    body=SIJ,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table",
    why="five rows, five outcomes: 삭제, 임시조치, 블라인드, 게시물 없음, 조치 불가 (no violation)",
    items={N1: "removed", N2: "restricted", N3: "removed", N4: "not_found", N5: "rejected"},
)

case(
    name="naver-base64-by-position",
    date="Fri, 13 Sep 2024 09:44:21 +0900",
    **{"from": "cafe-help@naver.com"},
    subject="[KCSC-240906-04] 카페 게시글 조치 안내",
    reply_to_req="req-240906-04",
    raw_mime=b64_part(f"""
안녕하세요. 네이버 카페 운영팀입니다.

요청하신 게시글 2건은 다음과 같습니다.
1) {N3R}
2) {N4R}

검토 결과 첫 번째 게시글은 운영자 삭제 처리하였으며, 두 번째 게시글은 국내 이용자의 접근을 제한하였습니다.

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe notice in base64, statuses by position",
    why="'첫 번째' / '두 번째' refer to the numbered URLs above: removed and restricted",
    items={N3: "removed", N4: "restricted"},
)

case(
    name="naver-promise-korean",
    date="Sun, 08 Sep 2024 13:13:13 +0900",
    **{"from": "policy@navercorp.com"},
    subject="[NAVER] 게시중단 요청 관련 안내 (KCSC-240906-04)",
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 {N1} 게시물은 내부 검토를 거쳐 삭제될 예정이며, {N5} 답변은 현재 검토 중입니다.
처리가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="NAVER 처리 예정 안내",
    why="'삭제될 예정' is a promise and '검토 중' is under review: no statement",
    items={N1: "pending", N5: "pending"},
)

case(
    name="naver-mdn",
    date="Fri, 06 Sep 2024 16:02:40 +0900",
    **{"from": "policy@navercorp.com"},
    subject="읽음 확인: [KCSC-240906-04] Request for removal of unlawful content",
    reply_to_req="req-240906-04",
    raw_mime=multipart("report", "=_mdn_0906", [
        plain_part("""
보낸 메일 "[KCSC-240906-04] Request for removal of unlawful content"을(를)
수신자가 2024-09-06 16:02에 읽었습니다.
"""),
        """Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Original-Recipient: rfc822;policy@navercorp.com
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
""",
    ], extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean read receipt (MDN)",
    why="a read receipt says nothing about the posts",
)

# ================================================================ Kakao (KCSC-240909-05)
case(
    name="kakao-not-deleted-but-blocked",
    date="Wed, 11 Sep 2024 14:48:02 +0900",
    **{"from": "report@kakaocorp.com"},
    name_from="Kakao 고객센터",
    subject="Re: [KCSC-240909-05] 다음 카페 게시물 조치 결과",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 건(KCSC-240909-05)의 처리 결과를 알려드립니다.

{K1} 게시물은 해외 이용자 대상 게시물로 판단되어 삭제하지는 않았습니다. 대신 국내에서의 접속을 차단하였습니다.

{K2} 게시물은 게시중단 조치하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 게시중단/접속차단 결과 안내",
    why="'삭제하지는 않았습니다. 대신 ... 접속을 차단' is a Korea-only block (restricted); the second is 게시중단 (removed)",
    items={K1: "restricted", K2: "removed"},
)

case(
    name="kakao-pf-not-exist",
    date="Thu, 12 Sep 2024 11:30:45 +0900",
    **{"from": "report@kakaocorp.com"},
    name_from="Kakao 고객센터",
    subject="Re: [KCSC-240909-05] 카카오톡 채널 소식 확인 결과",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 카카오톡 채널 소식 <{K3}> 을 확인하였으나, 존재하지 않는 게시물입니다.
채널 관리자가 이미 삭제한 것으로 확인됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao channel 게시물 확인 결과 안내",
    why="존재하지 않는 게시물, already deleted by the channel's admin: not_found",
    items={K3: "not_found"},
)

case(
    name="kakao-asks-more",
    date="Tue, 10 Sep 2024 10:10:10 +0900",
    **{"from": "report@kakaocorp.com"},
    name_from="Kakao 고객센터",
    subject="Re: [KCSC-240909-05] 추가 자료 요청",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

{K1} 게시물에 대한 조치를 검토하기 위해 불법성을 판단한 근거(심의 의결서 등)를 보내 주시기 바랍니다.
자료를 받은 후 검토하여 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao 소명자료 요청",
    why="the platform asks for the decision document before acting",
    items={K1: "pending"},
)

case(
    name="kakao-ooo-korean",
    date="Mon, 09 Sep 2024 18:00:02 +0900",
    **{"from": "minji.seo@kakaocorp.com"},
    name_from="서민지",
    subject="[자동회신] 부재중입니다: [KCSC-240909-05] Request for removal of unlawful content",
    reply_to_req="req-240909-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 서민지입니다.
9월 13일까지 휴가로 부재중입니다. 급한 용무는 report@kakaocorp.com 으로 보내 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신",
    why="an out-of-office reply",
)

# ================================================================ TikTok (KCSC-240910-06)
case(
    name="tiktok-sor-mixed",
    date="Thu, 12 Sep 2024 06:15:27 +0000",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    subject="Decision on your report - KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""
Dear Reporter,

We have made a decision on the content you reported.

Content: {V1}
Decision: Removed
Ground: Violation of our Community Guidelines (frauds and scams)

Content: {V2}
Decision: Restricted in your country
Ground: Local law (Republic of Korea)
Territorial scope: Republic of Korea

You can find out more about how we moderate content in our Transparency
Center: https://www.tiktok.com/transparency/en/community-guidelines-enforcement

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style statement of reasons to the notifier",
    why="two decision blocks: removed and restricted in Korea; the transparency link is not an item",
    items={V1: "removed", V2: "restricted"},
)

case(
    name="tiktok-ack-plus-result",
    date="Fri, 13 Sep 2024 03:40:09 +0000",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    subject="Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""
Hi,

Thanks for your report, which we received on 10 September. We've reviewed it.

{V2} has been removed for violating our policy on frauds and scams.
{V1} does not violate our Community Guidelines: it is a warning about a scam,
not a scam itself, so it will stay up.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome with a receipt line",
    why="the receipt phrase is followed by plain statements: one removed, one refused with its reason",
    items={V2: "removed", V1: "rejected"},
)

case(
    name="tiktok-conditional",
    date="Wed, 11 Sep 2024 09:09:09 +0000",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    subject="Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""
Hi,

We've notified the creator of {V1}. If they do not respond within 7 days,
the video will be removed. If they respond, we will look at their answer
before we decide.

TikTok Legal
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="TikTok notice to reporter about notifying the creator",
    why="removal under a condition and in the future: not a statement",
    items={V1: "pending"},
)

case(
    name="tiktok-no-claims",
    date="Thu, 19 Sep 2024 02:00:00 +0000",
    **{"from": "gov-partnerships@tiktok.com"},
    name_from="TikTok Government Relations",
    subject="New portal for government requests",
    body="""
Dear partners,

From 1 October, government and regulator requests to TikTok should be
sent through our new law enforcement and government portal rather than by
email. Existing requests will continue to be handled as before.

Kind regards,
TikTok Government Relations
""",
    outcome="review", review="no_claims", classification="other",
    imitates="platform newsletter to government partners",
    why="trusted platform mail that names no item and no request",
)

case(
    name="tiktok-case-receipt",
    date="Tue, 10 Sep 2024 05:01:55 +0000",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    subject="We received your request [Case 6621907]",
    reply_to_req="req-240910-06",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for contacting TikTok. We've received your request and created
case 6621907. Our team will review it and get back to you. Please do not
reply to this email.

TikTok Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok case receipt",
    why="a receipt with a case number and nothing about the videos",
)


HEADER = """# Blind set 282 (tests/corpus/blind282/make.py): what a program gets wrong.
# Written from each email's meaning, before any run of the reader.
"""


def encode_names():
    # Non-ASCII display names are RFC 2047-encoded, as real mailers do.
    from email.header import Header
    for c in CASES:
        n = c.get("name_from")
        if n and not n.isascii():
            c["name_from"] = Header(n, "utf-8").encode()


def main():
    write_requests()
    encode_names()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
