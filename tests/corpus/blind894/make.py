#!/usr/bin/env python3
"""Blind set 894: what a program gets wrong.

Mixed statuses in one sentence, hedges inside relative clauses, negations,
refusals with reasons, later sentences that correct earlier ones, a table
contradicted by a note, statuses given by position (headings, a status line
under a bare URL, CSV columns).

Written from the meaning of each email before the reader was run. Deterministic:

    python3 tests/corpus/blind894/make.py

writes requests.csv, cases/*.eml and expected.toml beside this file.
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

corpuslib.DOMAIN_NAMES.setdefault("tiktok.com", "TikTok")
corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")
corpuslib.DOMAIN_NAMES.setdefault("daum.net", "Daum")


def h(s):
    """RFC 2047 encode a non-ASCII header value."""
    return Header(s, "utf-8").encode()


# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/moonlit_trade/status/1831000000000000101",
    2: "https://x.com/moonlit_trade/status/1831000000000000102",
    3: "https://x.com/moonlit_trade/status/1831000000000000103",
    4: "https://x.com/harbor_pills/status/1831000000000000204",
    5: "https://x.com/harbor_pills/status/1831000000000000205",
    6: "https://x.com/gray_lantern/status/1831000000000000306",
    7: "https://x.com/gray_lantern/status/1831000000000000307",
    8: "https://x.com/gray_lantern/status/1831000000000000308",
    9: "https://x.com/sodam_deals/status/1831000000000000409",
    10: "https://x.com/sodam_deals/status/1831000000000000410",
    11: "https://x.com/nightowl_kr88/status/1831000000000000511",
    12: "https://x.com/nightowl_kr88/status/1831000000000000512",
    13: "https://x.com/nightowl_kr88",
}
T = {
    1: "https://t.me/quiet_ferry/118",
    2: "https://t.me/quiet_ferry/131",
    3: "https://t.me/bluecrane_shop/7",
    4: "https://t.me/bluecrane_shop",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qk3fT7aLm2c",
    2: "https://www.youtube.com/watch?v=Zr8pW1nVb4E",
    3: "https://www.youtube.com/watch?v=hT6yJ0sKd9U",
    4: "https://www.youtube.com/shorts/Lm4cX8eRq2A",
    5: "https://www.youtube.com/@dalbit_tv_sample",
}
CAFE_RAW = "https://cafe.naver.com/푸른바다/88"
CAFE_ENC = "https://cafe.naver.com/" + quote("푸른바다") + "/88"
N = {
    1: "https://blog.naver.com/sunflower_778/223560001234",
    2: CAFE_ENC,
    3: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=470001234",
}
K = {
    1: "https://www.tiktok.com/@mint_rabbit_09/video/7410000000000000011",
    2: "https://www.tiktok.com/@mint_rabbit_09/video/7410000000000000012",
}
D1 = "https://cafe.daum.net/greenvalley77/AbCd/512"
XS = "https://x.com/pale_orchid/status/1833000000000000777"

REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03", "2024-09-10", list(X.values()), "drugs",
     "req.240903-01@kcsc.example", "posts offering narcotics; one account"),
    ("KCSC-240905-02", "telegram", "2024-09-05", "2024-09-12", list(T.values()), "drugs",
     "req.240905-02@kcsc.example", "two channels"),
    ("KCSC-240906-03", "youtube", "2024-09-06", "2024-09-13", list(Y.values()), "gambling",
     "req.240906-03@kcsc.example", "illegal gambling promotion; one channel"),
    ("KCSC-240909-04", "naver", "2024-09-09", "2024-09-16", list(N.values()), "fraud",
     "req.240909-04@kcsc.example", "blog, cafe and Knowledge iN posts"),
    ("KCSC-240910-05", "tiktok", "2024-09-10", "2024-09-17", list(K.values()), "gambling",
     "req.240910-05@kcsc.example", ""),
    ("KCSC-240911-06", "daum", "2024-09-11", "2024-09-18", [D1], "obscenity",
     "req.240911-06@kcsc.example", "single cafe post"),
    ("KCSC-240912-07", "x", "2024-09-12", "2024-09-19", [XS], "drugs",
     "req.240912-07@kcsc.example", "single post"),
]

RX, RT, RY, RN, RK, RD, RS = (r[6].split("@")[0] for r in REQUESTS)


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
def b64_plain(text):
    body = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + body)


def qp_plain(text):
    body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + body)


def with_csv(text, csv_text, filename, boundary):
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n"
            f"--{boundary}\n"
            f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{csv_text.strip()}\n\n"
            f"--{boundary}--\n")


def alt(text, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n"
            f"--{boundary}\n"
            "Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{html.strip()}\n\n"
            f"--{boundary}--\n")


TG_QUOTED_REQUEST = f"""On Thu, 5 Sep 2024 at 10:12, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram Abuse Team,
>
> The Korea Communications Standards Commission asks you to remove the
> following content, which sells narcotics to users in Korea:
>
> 1. {T[1]}
> 2. {T[2]}
> 3. {T[3]}
> 4. {T[4]}
>
> Reference: KCSC-240905-02. Please reply by 12 September 2024.
>
> KCSC Takedown desk"""

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===== X, large request KCSC-240903-01 =====================================
case(
    name="x-mixed-statuses-one-sentence",
    from_="legal@x.com", name_from="X Legal",
    date="Fri, 13 Sep 2024 02:14:09 +0000",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req=RX,
    body=f"""Hello,

Thank you for your request KCSC-240903-01 dated 3 September 2024.

Having reviewed the reported posts, we removed {X[1]} and {X[2]}, withheld {X[4]} in South Korea, and found no violation of the X Rules or of Korean law in {X[6]}.

We have not yet finished reviewing the other posts in this request and will write to you separately about them.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email listing several decisions in one sentence",
    why="one sentence carries removed, withheld and no-violation for four different posts",
    items={X[1]: "removed", X[2]: "removed", X[4]: "restricted", X[6]: "rejected"},
)

case(
    name="x-not-removed-but-withheld",
    from_="legal@x.com", name_from="X Legal",
    date="Fri, 13 Sep 2024 05:40:51 +0000",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req=RX,
    body=f"""Hello,

Regarding KCSC-240903-01: the post {X[5]} has not been removed from X. It is unlawful under Korean law but does not break the X Rules, so we have withheld it in South Korea only. It remains viewable in other countries.

You can read more about country withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld-content notice",
    why="'has not been removed' is negated; the item is withheld in Korea; the help link is not an item",
    items={X[5]: "restricted"},
)

case(
    name="x-earlier-update-corrected",
    from_="legal@x.com", name_from="X Legal",
    date="Mon, 16 Sep 2024 07:03:30 +0000",
    subject="Correction: KCSC-240903-01",
    reply_to_req=RX,
    body=f"""Hello again,

This is a correction to the message we sent you this morning about KCSC-240903-01.

In that message we said that {X[7]} had been removed. That was wrong: the post was withheld in South Korea only and is still visible in other countries. We are sorry for the confusion.

The other post mentioned in that message, {X[8]}, was removed as stated.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up correction from a legal-request agent",
    why="the later sentence corrects 'removed' to withheld for 307; 308 removed is restated",
    items={X[7]: "restricted", X[8]: "removed"},
)

case(
    name="x-refusal-news-report",
    from_="legal@x.com", name_from="X Legal",
    date="Sat, 14 Sep 2024 01:22:17 +0000",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req=RX,
    body=f"""Hi,

We reviewed the two posts by @sodam_deals listed in KCSC-240903-01.

{X[9]} was removed for violating our policy on illegal and regulated goods.

We are not taking action on {X[10]}. The post links to a newspaper article about a police seizure and does not itself offer anything for sale, so it does not break the X Rules and we do not consider it unlawful.

Best,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request decision with a reasoned refusal",
    why="one removal and one refusal with its reason",
    items={X[9]: "removed", X[10]: "rejected"},
)

case(
    name="x-account-suspended-posts-unavailable",
    from_="legal@x.com", name_from="X Legal",
    date="Sat, 14 Sep 2024 03:48:02 +0000",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req=RX,
    body=f"""Hello,

The account @nightowl_kr88 ({X[13]}), reported in KCSC-240903-01, has been permanently suspended for repeated violations of our rules. As a result, its posts, including {X[11]} and {X[12]}, are no longer available on X.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension notice",
    why="account suspended; its two named posts no longer available",
    items={X[13]: "removed", X[11]: "removed", X[12]: "removed"},
)

case(
    name="x-table-then-note-corrects",
    from_="legal@x.com", name_from="X Legal",
    date="Sun, 15 Sep 2024 09:11:45 +0000",
    subject="KCSC-240903-01: outcome for @moonlit_trade",
    reply_to_req=RX, type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Below is the outcome for request KCSC-240903-01 (posts by @moonlit_trade).</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X[1]}</td><td>Removed</td></tr>
<tr><td>{X[2]}</td><td>Removed</td></tr>
<tr><td>{X[3]}</td><td>Removed</td></tr>
</table>
<p>Note: the Action column shows the category under which each report was closed.
The post {X[3]} was in fact withheld in South Korea rather than removed, because it
does not break the X Rules themselves.</p>
<p>X Legal</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="X case summary table exported from a ticket tool, with an agent note",
    why="the note below the table explains the column and says 103 was withheld, not removed",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted"},
)

case(
    name="x-statuses-by-heading",
    from_="legal@x.com", name_from="X Legal",
    date="Mon, 16 Sep 2024 01:05:33 +0000",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req=RX,
    body=f"""Hello,

Outcome of your request KCSC-240903-01:

The following posts were removed:
{X[1]}
{X[2]}

The following post was withheld in South Korea:
{X[4]}

We found no violation in the following post, and it remains available:
{X[6]}

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome grouped under headings",
    why="status comes from the heading above each bare URL",
    items={X[1]: "removed", X[2]: "removed", X[4]: "restricted", X[6]: "rejected"},
)

case(
    name="x-url-then-status-line",
    from_="legal@x.com", name_from="X Legal",
    date="Mon, 16 Sep 2024 04:27:10 +0000",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req=RX,
    body=f"""Hello,

Your report KCSC-240903-01 has been processed. Results per post:

{X[5]}
Status: Withheld in KR

{X[6]}
Status: No action. The post does not violate the X Rules.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X per-post result block (URL, then a status line)",
    why="each status sits on the line below its URL",
    items={X[5]: "restricted", X[6]: "rejected"},
)

case(
    name="x-hedge-in-relative-clause",
    from_="legal@x.com", name_from="X Legal",
    date="Tue, 17 Sep 2024 02:36:58 +0000",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req=RX,
    body=f"""Hello,

Following KCSC-240903-01, we removed {X[2]}, which may also have been reported to us by other users, and {X[3]}.

We were not able to review {X[8]}, which appears to have been deleted by the account holder before our team reached it. If you can still see the post, please let us know.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome with an agent's side remarks",
    why="the hedge about other reporters does not weaken the removal; 'appears to have been deleted' leaves 308 pending",
    items={X[2]: "removed", X[3]: "removed", X[8]: "pending"},
)

case(
    name="x-numbered-angle-brackets-wrapped",
    from_="legal@x.com", name_from="X Legal",
    date="Tue, 17 Sep 2024 06:19:40 +0000",
    subject="RE: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req=RX,
    body=f"""Dear KCSC team,

Our decisions on the posts in your request KCSC-240903-01:

1. <{X[1]}> - removed (illegal goods).
2. <{X[3]}> - no violation found; the post stays up.
3. <https://x.com/sodam_deals/
   status/1831000000000000409> - removed (illegal goods).

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-written numbered reply with URLs in angle brackets, one wrapped",
    why="numbered decisions; the third URL is wrapped inside its angle brackets",
    items={X[1]: "removed", X[3]: "rejected", X[9]: "removed"},
)

case(
    name="x-promise-will-remove",
    from_="legal@x.com", name_from="X Legal",
    date="Fri, 13 Sep 2024 08:55:12 +0000",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req=RX,
    body=f"""Hello,

Thanks for your request KCSC-240903-01. Our team has looked at {X[1]} and {X[2]}, and both will be removed once the account holder's notice period has ended. We will confirm when this has happened.

X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:02 AM
To: legal@x.com
Subject: KCSC-240903-01 Request for removal of illegal content

Please remove the 12 posts and the account listed in the attached sheet.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="X legal agent's interim reply (promise)",
    why="'will be removed once' is a promise, not a statement",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-appears-deleted-may-be-withheld",
    from_="legal@x.com", name_from="X Legal",
    date="Sat, 14 Sep 2024 10:02:29 +0000",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req=RX,
    body=f"""Hello,

A quick update on KCSC-240903-01.

The post {X[4]} appears to have been deleted by the account holder. {X[5]} may already be withheld in your country under an earlier order; we are checking and will get back to you.

X Legal
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="X legal agent's interim update (hedged)",
    why="'appears to have been deleted' and 'may already be withheld' are hedges",
    items={X[4]: "pending", X[5]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    from_="legal@x.com", name_from="X Legal",
    date="Sun, 15 Sep 2024 00:31:07 +0000",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req=RX,
    body="""Hello,

We have withheld in South Korea all of the posts reported in your request KCSC-240903-01.

X Legal
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="X one-line legal outcome",
    why="a statement about all posts of a 13-item request without naming them",
    items={},
)

case(
    name="x-table-conflicts-with-note",
    from_="legal@x.com", name_from="X Legal",
    date="Tue, 17 Sep 2024 09:44:18 +0000",
    subject="KCSC-240903-01: case summary",
    reply_to_req=RX, type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Case summary for KCSC-240903-01:</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action taken</th><th>Date</th></tr>
<tr><td>{X[4]}</td><td>Removed</td><td>2024-09-16</td></tr>
</table>
<p>Please note: at the time of writing the post {X[4]} is still publicly visible.
Our team is looking into why.</p>
<p>X Legal</p>
</body></html>""",
    outcome="review", review="conflicting_statements", classification="confirmation",
    imitates="X case summary table exported from a ticket tool, with an agent note",
    why="the table says removed, the note says the post is still visible",
    items={X[4]: "pending"},
)

case(
    name="x-out-of-office",
    from_="j.moreau@x.com", name_from="Julien Moreau",
    date="Tue, 3 Sep 2024 02:03:41 +0000",
    subject="Automatic reply: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req=RX,
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am away from the office until 23 September with limited access to email.

For urgent legal matters please write to legal@x.com, where the team will pick up your message.

Julien
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="x-receipt-echoes-report",
    from_="no-reply@x.com", name_from="X Support",
    date="Tue, 3 Sep 2024 02:05:12 +0000",
    subject="We received your report [ref:_0917LX40021:ref]",
    body=f"""Hello,

We received your report. Your case number is 0917-LX-40021. Please keep this number for any follow-up.

Here is a copy of what you submitted:

Reporter: Korea Communications Standards Commission
Reference: KCSC-240903-01
Reported URLs:
{X[1]}
{X[2]}
{X[3]}
Description: posts offering narcotics for sale to users in Korea.

Our team will review the report and reply to you by email.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X web-form report receipt that echoes the submitted report",
    why="pure receipt; the URLs are only the echoed report",
    items={},
)

# ===== X, single-item request KCSC-240912-07 ================================
case(
    name="x-single-sole-removed",
    from_="legal@x.com", name_from="X Legal",
    date="Fri, 13 Sep 2024 11:20:00 +0000",
    subject="Re: KCSC-240912-07 Request for removal of illegal content",
    reply_to_req=RS,
    body="""Hello,

Thank you for your report (KCSC-240912-07). We have reviewed the post you reported and removed it for violating the X Rules.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X short legal outcome",
    why="sole statement answering a one-item request",
    items={XS: "removed"},
)

case(
    name="x-single-not-removed",
    from_="legal@x.com", name_from="X Legal",
    date="Mon, 16 Sep 2024 12:50:33 +0000",
    subject="Re: KCSC-240912-07 Request for removal of illegal content",
    reply_to_req=RS,
    body=f"""Hello,

Re: KCSC-240912-07

We have not removed {XS}. Our review found that the post does not break the X Rules, and it did not appear to us to be unlawful in Korea, so it remains available.

If you have further information about this post, you can reply to this email.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal refusal with reasons",
    why="negated removal plus 'remains available'; the hedge is only in the reason",
    items={XS: "rejected"},
)

# ===== Telegram KCSC-240905-02 ==============================================
case(
    name="tg-channel-blocked-kr-post-deleted",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 14:02:10 +0000",
    subject="Re: KCSC-240905-02",
    reply_to_req=RT,
    body=f"""Hello,

Regarding your request KCSC-240905-02: the channel {T[4]} has been blocked for users in South Korea, while the message {T[3]} was deleted by our moderators for everyone.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="one sentence: channel blocked in Korea (restricted), one message deleted (removed)",
    items={T[4]: "restricted", T[3]: "removed"},
)

case(
    name="tg-not-found-then-found",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Sat, 14 Sep 2024 08:15:44 +0000",
    subject="Re: KCSC-240905-02",
    reply_to_req=RT,
    body=f"""Hi,

About KCSC-240905-02.

When we first checked {T[2]} we could not find it. On a second check the message was there after all, and it has now been taken down.

{T[1]} does not exist: the channel has no message with that number.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="'could not find' is revised by the next sentence to taken down; 118 does not exist",
    items={T[2]: "removed", T[1]: "not_found"},
)

case(
    name="tg-thanks-then-statuses",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Sun, 15 Sep 2024 06:40:20 +0000",
    subject="Re: KCSC-240905-02",
    reply_to_req=RT,
    body=f"""Thank you for your report, it has been received and processed.

The following messages are no longer available on Telegram:
{T[1]}
{T[2]}

The channel {T[4]} itself has not been blocked, since the material remaining in it does not violate the Telegram Terms of Service.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply opening with a receipt phrase",
    why="receipt phrase plus item statements; the channel refusal is negated 'blocked' with a reason",
    items={T[1]: "removed", T[2]: "removed", T[4]: "rejected"},
)

case(
    name="tg-top-posted-over-gmail-quote",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Mon, 16 Sep 2024 10:33:05 +0000",
    subject="Re: KCSC-240905-02 Removal request",
    reply_to_req=RT,
    body=f"""Hi,

{T[3]} - removed.
{T[1]} - we won't act on this one: it reposts a public news item and doesn't break our rules.

The rest are still with the team.

--
Telegram Abuse

{TG_QUOTED_REQUEST}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram agent top-posting over the quoted request",
    why="two statuses above the quote; the quoted request names all four items but says nothing of their status",
    items={T[3]: "removed", T[1]: "rejected"},
)

case(
    name="tg-auth-fail",
    from_="abuse@telegram.org", name_from="Telegram Abuse", auth="fail",
    date="Mon, 16 Sep 2024 13:12:44 +0000",
    subject="Re: KCSC-240905-02",
    reply_to_req=RT,
    body=f"""Hello,

The message {T[1]} was removed.

Telegram Abuse Team
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="Telegram abuse-desk reply failing DMARC",
    why="telegram.org sender fails DKIM/SPF/DMARC",
    items={T[1]: "pending"},
)

case(
    name="tg-gmail-unknown-sender",
    from_="tg.abuse.apac@gmail.com", name_from="Telegram Abuse APAC",
    date="Tue, 17 Sep 2024 04:51:30 +0000",
    subject="Re: KCSC-240905-02",
    reply_to_req=RT,
    body=f"""Hello,

I handle abuse reports for Telegram in the Asia-Pacific region.

Re KCSC-240905-02: {T[3]} has been deleted.

Regards,
Mikhail
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="reply from someone claiming to work for a platform, sent from a free-mail address",
    why="not a platform sender domain",
    items={T[3]: "pending"},
)

case(
    name="tg-dsn-bounce",
    from_="MAILER-DAEMON@kcsc.example", name_from="Mail Delivery System", auth="none",
    date="Thu, 5 Sep 2024 01:12:40 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-894"

--dsn-894
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

Your message could not be delivered to one or more recipients.
The returned message is attached below.

<dsa-kr@telegram.org>: host mail.telegram.org[192.0.2.41] said: 550 5.1.1
    Recipient address rejected: User unknown (in reply to RCPT TO command)

--dsn-894
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 5 Sep 2024 10:12:33 +0900 (KST)

Final-Recipient: rfc822; dsa-kr@telegram.org
Original-Recipient: rfc822;dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.telegram.org
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-894
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: KCSC-240905-02 Removal request
Message-ID: <{RT}@kcsc.example>
Date: Thu, 5 Sep 2024 10:12:30 +0900

Please remove the following content, which sells narcotics to users in Korea:
{T[1]}
{T[2]}
{T[3]}
{T[4]}

--dsn-894--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification",
    why="bounce of our own request; the URLs are in the returned message",
    items={},
)

# ===== YouTube KCSC-240906-03 ==============================================
case(
    name="yt-three-outcomes-prose",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 03:30:00 +0000",
    subject="[#7213390] Re: KCSC-240906-03",
    reply_to_req=RY,
    body=f"""Hello,

We have reviewed the content in your request KCSC-240906-03.

{Y[1]} has been blocked from view in South Korea under local law. We age-restricted {Y[2]}, so it can no longer be viewed by signed-out users or by users under 18. The video {Y[3]} does not violate our Community Guidelines, and we found no grounds to restrict it locally; it remains available.

Regards,
The YouTube Legal Support team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome (local block, age restriction, no action)",
    why="three outcomes in three sentences: local block, age restriction, refusal",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "rejected"},
)

case(
    name="yt-html-table-one-pending",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 05:10:27 +0000",
    subject="[#7213390] Outcome of your request KCSC-240906-03",
    reply_to_req=RY,
    raw_mime=alt(
        f"""Hello,

Outcome of your request KCSC-240906-03:

{Y[1]}  Removed - violated Community Guidelines
{Y[4]}  Removed
{Y[5]}  Channel terminated

Our decision on {Y[2]} is still pending; we will write again once the review is complete.

Policy: https://support.google.com/youtube/answer/2801939

The YouTube Legal Support team""",
        f"""<html><body>
<p>Hello,</p>
<p>Outcome of your request KCSC-240906-03:</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td><a href="{Y[1]}">{Y[1]}</a></td><td>Removed &ndash; violated Community Guidelines</td></tr>
<tr><td><a href="{Y[4]}">{Y[4]}</a></td><td>Removed</td></tr>
<tr><td><a href="{Y[5]}">{Y[5]}</a></td><td>Channel terminated</td></tr>
</table>
<p>Our decision on <a href="{Y[2]}">{Y[2]}</a> is still pending; we will write again once the review is complete.</p>
<p>Policy: <a href="https://support.google.com/youtube/answer/2801939">Community Guidelines</a></p>
<p>The YouTube Legal Support team</p>
</body></html>""",
        "alt-yt-894"),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome table (HTML with text alternative)",
    why="three rows removed/terminated; the note says the fourth is still pending; the policy link is not an item",
    items={Y[1]: "removed", Y[4]: "removed", Y[5]: "removed", Y[2]: "pending"},
)

case(
    name="yt-csv-attachment",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Sun, 15 Sep 2024 02:45:51 +0000",
    subject="[#7213390] KCSC-240906-03 results",
    reply_to_req=RY,
    raw_mime=with_csv(
        """Hello,

The outcome for each URL in KCSC-240906-03 is in the attached file. Rows marked
"no action" were reviewed and left up.

The YouTube Legal Support team""",
        f"""url,outcome,detail
{Y[1]},removed,Community Guidelines
{Y[2]},geo-restricted,KR (local law)
{Y[3]},no action,no violation found
{Y[4]},unavailable,video deleted by the uploader before review""",
        "KCSC-240906-03_results.csv", "mix-yt-894"),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome as a CSV attachment",
    why="CSV columns give removed, geo-restricted, no action, and deleted by its uploader (not found)",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected", Y[4]: "not_found"},
)

case(
    name="yt-base64-channel-stays",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 06:02:14 +0000",
    subject="[#7213390] Re: KCSC-240906-03",
    reply_to_req=RY,
    raw_mime=b64_plain(f"""Hello,

Following your request KCSC-240906-03:

The video {Y[3]} has been actioned under our policies.

The channel {Y[5]} has not been terminated. We removed two uploads from it that were not part of your request; the channel as a whole does not breach our policies, so it stays up.

The YouTube Legal Support team
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome (base64 body)",
    why="video actioned; the channel is not terminated and stays up although other uploads were removed",
    items={Y[3]: "removed", Y[5]: "rejected"},
)

case(
    name="yt-korean-qp",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 01:18:36 +0000",
    subject=h("Re: KCSC-240906-03 처리 결과 안내"),
    reply_to_req=RY,
    raw_mime=qp_plain(f"""안녕하세요, 방송통신심의위원회 담당자님.

요청번호 KCSC-240906-03 관련 처리 결과를 알려드립니다.

- {Y[4]} : 커뮤니티 가이드 위반으로 삭제되었습니다.
- {Y[2]} : 국내 법률에 따라 대한민국에서 접근이 제한되었습니다.

감사합니다.
YouTube 법무지원팀
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean legal team reply (quoted-printable)",
    why="삭제 (removed) and 접근 제한 in Korea (restricted)",
    items={Y[4]: "removed", Y[2]: "restricted"},
)

case(
    name="yt-tiktok-url-not-ours",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 02:25:09 +0000",
    subject="[#7219044] Re: KCSC-240910-05",
    body=f"""Hello,

You copied YouTube on a request that includes {K[1]}.

We could not locate this content on YouTube: it is not a YouTube video. Please contact the service that hosts it.

The YouTube Legal Support team
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="YouTube reply to a request about another service's URL",
    why="YouTube states 'could not locate' for a TikTok item",
    items={K[1]: "pending"},
)

case(
    name="yt-webform-no-claims",
    from_="noreply-legal@google.com", name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 00:09:51 +0000",
    subject="Your message to YouTube",
    body="""Hello,

Thank you for writing to YouTube. This mailbox does not accept legal removal requests.

To report content under local law, please use our legal webform:
https://support.google.com/legal/answer/3110420

Requests sent through the form are routed to the right team.

The YouTube Legal Support team
""",
    outcome="review", review="no_claims", classification="other",
    imitates="YouTube 'please use the webform' reply",
    why="trusted platform mail naming no item and referencing no request",
    items={},
)

case(
    name="yt-read-receipt",
    from_="m.kwon@google.com", name_from="Minji Kwon",
    date="Fri, 6 Sep 2024 05:33:20 +0000",
    subject="Read: KCSC-240906-03 Request for removal",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-894"

--mdn-894
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: KCSC-240906-03 Request for removal
  Sent: Friday, September 6, 2024 2:10 PM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 2:33 PM (UTC+09:00) Seoul.

--mdn-894
Content-Type: message/disposition-notification

Reporting-UA: m.kwon@google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <{RY}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-894--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

# ===== NAVER KCSC-240909-04 ================================================
case(
    name="naver-mixed-particles-fullwidth",
    from_="help@navercorp.com", name_from=h("네이버 고객센터"),
    date="Fri, 13 Sep 2024 06:21:03 +0000",
    subject=h("[네이버] 시정요구(KCSC-240909-04) 조치 결과 안내"),
    reply_to_req=RN,
    body=f"""안녕하세요. 네이버 고객센터입니다.

귀 위원회의 시정요구(KCSC-240909-04)에 대한 조치 결과를 안내드립니다.

블로그 게시물 {N[1]}은 게시중단 처리되었으며, 카페 게시물 {CAFE_RAW}는 임시조치(30일)되었습니다. 지식iN 게시물（{N[3]}）은 작성자가 이미 삭제하여 현재 존재하지 않습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치 결과 notice",
    why="게시중단 (removed), 임시조치 (restricted), deleted by its author (not found); particles and full-width brackets touch the URLs",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

case(
    name="naver-refused-and-blinded",
    from_="rights@navercorp.com", name_from=h("네이버 권리보호센터"),
    date="Sat, 14 Sep 2024 02:40:49 +0000",
    subject=h("RE: KCSC-240909-04 게시물 조치 요청 건"),
    reply_to_req=RN,
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

KCSC-240909-04 건으로 요청하신 게시물을 검토하였습니다.

1. {N[1]}
 - 검토 결과 네이버 운영정책 및 관련 법령에 위반되지 않는 것으로 판단되어 게시중단 조치를 하지 않았습니다.

2. {N[2]}
 - 운영원칙 위반이 확인되어 블라인드 처리하였습니다.

문의사항은 본 메일로 회신해 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 reply with a reasoned refusal",
    why="negated 게시중단 with a reason (rejected); 블라인드 (removed)",
    items={N[1]: "rejected", N[2]: "removed"},
)

case(
    name="naver-result-table-html",
    from_="policy@navercorp.com", name_from=h("네이버 정책팀"),
    date="Sun, 15 Sep 2024 07:02:38 +0000",
    subject=h("[회신] 시정요구 조치결과 통보 (KCSC-240909-04)"),
    reply_to_req=RN, type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회에서 요청하신 시정요구(KCSC-240909-04)에 대한 조치결과를 아래와 같이 통보합니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>접속차단</td><td>국내 IP 대상</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>해당 없음</td><td>게시물 없음(작성자 삭제)</td></tr>
</table>
<p>네이버 주식회사 정책팀</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 통보 table",
    why="table: 삭제 (removed), 접속차단 for Korean IPs (restricted), 게시물 없음 (not found)",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

case(
    name="naver-under-review-will-delete",
    from_="help@navercorp.com", name_from=h("네이버 고객센터"),
    date="Tue, 10 Sep 2024 05:12:55 +0000",
    subject=h("[네이버] KCSC-240909-04 진행 상황 안내"),
    reply_to_req=RN,
    body=f"""안녕하세요. 네이버 고객센터입니다.

KCSC-240909-04 관련하여 진행 상황을 안내드립니다.

{N[1]} 게시물은 현재 운영정책 위반 여부를 검토 중이며, {CAFE_RAW} 게시물은 카페 운영자 확인 후 삭제될 예정입니다.

최종 결과는 확인되는 대로 다시 회신드리겠습니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="NAVER interim progress notice",
    why="검토 중 (under review) and 삭제될 예정 (will be deleted) are not statements",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-bulk-all",
    from_="help@navercorp.com", name_from=h("네이버 고객센터"),
    date="Wed, 11 Sep 2024 08:44:17 +0000",
    subject=h("[네이버] KCSC-240909-04 처리 완료"),
    reply_to_req=RN,
    body="""안녕하세요. 네이버 고객센터입니다.

요청하신 KCSC-240909-04 건의 게시물 모두 게시중단 조치하였습니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="NAVER short completion notice",
    why="'all posts' of a three-item request, none named",
    items={},
)

case(
    name="naver-asks-documents",
    from_="rights@navercorp.com", name_from=h("네이버 권리보호센터"),
    date="Thu, 12 Sep 2024 01:30:42 +0000",
    subject=h("RE: KCSC-240909-04 추가 자료 요청"),
    reply_to_req=RN,
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

{CAFE_RAW} 게시물에 대한 조치를 위해 위원회 심의 의결서 사본을 추가로 보내주시기 바랍니다.

서류가 확인되는 대로 처리 결과를 안내드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for supporting documents",
    why="asks for the commission's decision document before acting",
    items={N[2]: "pending"},
)

case(
    name="naver-out-of-office-korean",
    from_="j.park@navercorp.com", name_from=h("박지훈"),
    date="Mon, 16 Sep 2024 09:01:12 +0000",
    subject=h("[자동응답] 부재중입니다 (Re: KCSC-240909-04)"),
    reply_to_req=RN,
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, 박지훈입니다.

9월 16일부터 18일까지 추석 연휴로 부재중입니다.
19일부터 순차적으로 회신드리겠습니다. 급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴)",
    why="out-of-office auto-reply",
    items={},
)

# ===== TikTok KCSC-240910-05 ===============================================
case(
    name="tiktok-removed-then-restricted",
    from_="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Mon, 16 Sep 2024 08:30:11 +0000",
    subject="RE: KCSC-240910-05 Removal request",
    reply_to_req=RK,
    body=f"""Hello,

Thank you for contacting TikTok about KCSC-240910-05.

We removed {K[1]} for violating our Community Guidelines.

For {K[2]}, our first review found no breach of our Community Guidelines. The report was then passed to our local legal team, who concluded that the video is unlawful in Korea, and it has now been restricted in South Korea.

TikTok Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 9:40 AM
To: legal-kr@tiktok.com
Subject: KCSC-240910-05 Removal request

Please remove the following videos promoting illegal gambling:
{K[1]}
{K[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement/legal outcome with Outlook quote",
    why="k1 removed; k2's early 'no breach' is overtaken by the later restriction in Korea",
    items={K[1]: "removed", K[2]: "restricted"},
)

case(
    name="tiktok-conditional",
    from_="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 03:03:03 +0000",
    subject="RE: KCSC-240910-05 Removal request",
    reply_to_req=RK,
    body=f"""Hello,

If our local legal team concludes that {K[2]} is unlawful in Korea, the video will be restricted in South Korea. We expect to reach a decision within five working days.

TikTok Legal
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="TikTok legal interim reply",
    why="a condition and a promise, no statement",
    items={K[2]: "pending"},
)

case(
    name="tiktok-ticket-receipt",
    from_="no-reply@tiktok.com", name_from="TikTok Support",
    date="Tue, 10 Sep 2024 00:41:27 +0000",
    subject="We've received your report (Ref: TT-2409-55120)",
    reply_to_req=RK,
    body="""Hi,

We've received your report. Your reference number is TT-2409-55120.

Our team will review the content and respond to you by email. Please do not reply to this message.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok report receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

# ===== Daum KCSC-240911-06 ==================================================
case(
    name="daum-sole-deleted",
    from_="cs@kakaocorp.com", name_from=h("카카오 고객센터"),
    date="Fri, 13 Sep 2024 04:55:20 +0000",
    subject=h("[카카오] KCSC-240911-06 처리 결과 안내"),
    reply_to_req=RD,
    body="""안녕하세요, 카카오 고객센터입니다.

요청번호 KCSC-240911-06 으로 요청하신 다음카페 게시물은 검토 결과 운영정책 위반이 확인되어 삭제 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 처리 결과 안내",
    why="sole statement (삭제) answering a one-item request",
    items={D1: "removed"},
)

case(
    name="daum-receipt",
    from_="noreply@kakaocorp.com", name_from=h("카카오 고객센터"),
    date="Wed, 11 Sep 2024 02:10:00 +0000",
    subject=h("[카카오] 신고 접수 안내"),
    reply_to_req=RD,
    body="""안녕하세요, 카카오 고객센터입니다.

고객님의 신고가 정상적으로 접수되었습니다.
접수번호: 2409-118827

담당 부서에서 검토 후 회신드리겠습니다. 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 신고 접수 안내",
    why="pure receipt with a ticket number",
    items={},
)


HEADER = """# blind894: what a program gets wrong (mixed statuses in one sentence,
# hedges in relative clauses, negations, refusals with reasons, later
# sentences revising earlier ones, table vs note, statuses by position).
# Written by make.py from each email's meaning, before any run of the reader."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, "blind894", HEADER, CASES)


if __name__ == "__main__":
    main()
