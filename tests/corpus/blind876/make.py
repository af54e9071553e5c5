#!/usr/bin/env python3
"""Blind set 876 (focus: what a program gets wrong).

Writes requests.csv, cases/*.eml and expected.toml in this directory.
Deterministic: no clock, no random boundaries.

    python3 tests/corpus/blind876/make.py

Every expected result below was written from the meaning of each email alone,
before the reader was ever run on it. All names, accounts, ids and URLs are
fictional.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind876"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/mellow_vendor77/status/1831004412200193651",
    "https://x.com/mellow_vendor77/status/1831005523911004422",
    "https://x.com/dalbit_shop_kr/status/1830871234567340011",
    "https://x.com/dalbit_shop_kr/status/1830879988123456702",
    "https://x.com/nightowl_drops/status/1831120045678901233",
    "https://x.com/nightowl_drops/status/1831120099887766554",
    "https://x.com/pale_river_09/status/1830990011223344556",
    "https://x.com/pale_river_09/status/1830990077665544337",
    "https://x.com/greyfinch_kr/status/1831230011002200338",
    "https://x.com/greyfinch_kr/status/1831234455667788009",
    "https://x.com/sunmoon_deals/status/1831300122334455660",
    "https://x.com/sunmoon_deals",
]
TG = [
    "https://t.me/quiet_lantern_market/412",
    "https://t.me/quiet_lantern_market/415",
    "https://t.me/bluefern_exchange/88",
    "https://t.me/hanriver_nightdeals",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8xLp2A",
    "https://www.youtube.com/watch?v=zR7kW1nB9sE",
    "https://www.youtube.com/shorts/H4dP0wYq6cU",
]
NV = [
    "https://blog.naver.com/moonlit_trader/223561048812",
    "https://blog.naver.com/moonlit_trader/223561077390",
    "https://cafe.naver.com/greenbridge22/10457",
    "https://cafe.naver.com/greenbridge22/10463",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=472215590",
]
KA = [
    "https://cafe.daum.net/%EB%B0%A4%EB%B0%94%EB%8B%A4/Kx9a/1187",
    "https://rainyshelf.tistory.com/142",
]
KA0_RAW = "https://cafe.daum.net/밤바다/Kx9a/1187"
YT1 = "https://www.youtube.com/watch?v=Lb8cN2rT5yQ"
TG1 = "https://t.me/amber_tide_sales/2093"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03T14:00:00+09:00", "2024-09-10T18:00:00+09:00", X,
     "illegal_goods", "batch of posts advertising illegal goods"),
    ("KCSC-240904-02", "telegram", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00", TG,
     "illegal_goods", "channel posts and one whole channel"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:00:00+09:00", "2024-09-12T18:00:00+09:00", YT,
     "privacy", "two videos and one Short"),
    ("KCSC-240906-04", "naver", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00", NV,
     "defamation", "blog; cafe and KnowledgeiN posts"),
    ("KCSC-240909-05", "kakao", "2024-09-09T15:00:00+09:00", "2024-09-16T18:00:00+09:00", KA,
     "gambling", "Daum cafe post and Tistory post"),
    ("KCSC-240910-06", "youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", [YT1],
     "harassment", "single video"),
    ("KCSC-240911-07", "telegram", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00", [TG1],
     "illegal_goods", "single channel message"),
]


def msgid(ref):
    return ref.lower() + "@kcsc.example"


def rid(ref):
    return ref.lower()


def write_requests():
    out = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            out.append(",".join([ref, plat, sent, due, u, cat, msgid(ref), note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- helpers
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def d(day, hh, mm, tz="+0000"):
    # September 2024: the 2nd is a Monday.
    wd = DAYS[(day - 2) % 7]
    return f"{wd}, {day:02d} Sep 2024 {hh:02d}:{mm:02d}:{(day * 7 + mm) % 60:02d} {tz}"


def request_text(ref, urls, prefix="", numbered=True):
    lines = [
        "Dear Trust & Safety team,",
        "",
        f"The Korea Communications Standards Commission asks you to remove or restrict",
        f"the following content under our reference {ref}:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}" if numbered else u)
    lines += ["", "Please reply to this address with the action taken for each link.", "",
              "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def alt(plain, html, boundary):
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


cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED

case(
    name="x-three-outcomes-one-sentence",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(5, 8, 14), subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your report (KCSC-240903-01). We have reviewed the first three
posts you listed: we withheld {X[0]} in South Korea, {X[1]} was removed
globally for violating the X Rules on illegal goods, and {X[2]} could not be
found on our service.

We will send a separate message about the remaining posts.

More on how we handle legal demands: https://help.x.com/en/rules-and-policies/x-legal-faqs

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome email (country-withheld content notice)",
    why="one sentence carries three different statuses, each attached to its own URL",
    items={X[0]: "restricted", X[1]: "removed", X[2]: "not_found"},
)

case(
    name="x-withheld-and-not-withheld",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(6, 2, 41), subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hi KCSC team,

Following our review under the applicable local laws:

The post {X[3]} has been withheld in South Korea.

The post {X[4]} has not been withheld. Having looked at it in context,
we concluded that it does not violate the X Rules, and the report did not
show that it is unlawful in Korea, so it stays available.

If you have further information about the second post, you may submit a new
request through our legal request portal.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome email, partial compliance",
    why="'has been withheld' then 'has not been withheld' with the reason: restricted and rejected",
    items={X[3]: "restricted", X[4]: "rejected"},
)

case(
    name="x-plaintext-table-action-first",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(6, 9, 3), subject="Case 0241877310 - outcome of your request KCSC-240903-01",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

Please find below the outcome for some of the posts reported under
KCSC-240903-01.

Action taken                 | Reported content
-----------------------------+-----------------------------------------------------------
Removed (X Rules violation)  | {X[5]}
Withheld in KR               | {X[6]}
No action - no violation     | {X[7]}
Content not found            | {X[8]}

Posts not listed above are still being reviewed.

Best,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal operations results table in a plain-text email",
    why="status column stands before the URL column; each row maps by position",
    items={X[5]: "removed", X[6]: "restricted", X[7]: "rejected", X[8]: "not_found"},
)

case(
    name="x-html-table-corrected-by-note",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(9, 6, 22), subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=rid("KCSC-240903-01"),
    raw_mime=alt(
        f"""Hello,

Outcome of your request KCSC-240903-01:

Post: {X[9]}
Action: Withheld in South Korea

Post: {X[10]}
Action: Withheld in South Korea

Correction to the table above: the post {X[10]} was removed globally
after a second review; it was not only withheld. The table was generated
before that review was completed.

X Legal
""",
        f"""<html><body>
<p>Hello,</p>
<p>Outcome of your request KCSC-240903-01:</p>
<table border="1" cellpadding="4">
<tr><th>Post</th><th>Action</th></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Withheld in South Korea</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Withheld in South Korea</td></tr>
</table>
<p><b>Correction to the table above:</b> the post {X[10]} was removed globally
after a second review; it was not only withheld. The table was generated before
that review was completed.</p>
<p>X Legal</p>
</body></html>
""", "x876corr"),
    outcome="applied", classification="confirmation",
    imitates="X outcome email with HTML results table and a correction paragraph",
    why="the note explicitly corrects the table for one post: the later, explicit statement wins (removed)",
    items={X[9]: "restricted", X[10]: "removed"},
)

case(
    name="x-initially-withheld-then-removed",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(10, 3, 50), subject="Update on KCSC-240903-01",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello again,

An update on two of the posts from KCSC-240903-01.

We initially withheld {X[8]} in South Korea only. After our safety team took
a second look at the account, the post was removed globally on 9 September.

We also considered withholding {X[7]}, but decided against it: the post does
not break the X Rules and we did not find it unlawful under the Korean
provisions cited. It remains available.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up email revising an earlier outcome",
    why="a later sentence revises 'withheld' to 'removed'; 'considered withholding ... decided against it' is a refusal with reason",
    items={X[8]: "removed", X[7]: "rejected"},
)

x_csv = (
    "post_url,decision,decision_date,notes\n"
    f"{X[0]},withheld_country:KR,2024-09-10,Korean law\n"
    f"{X[2]},removed,2024-09-10,X Rules - illegal goods\n"
    f"{X[4]},no_action,2024-09-10,no violation found\n"
    f"{X[11]},account_suspended,2024-09-10,repeat violations\n"
)
case(
    name="x-csv-attachment-decisions",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(11, 1, 15), subject="Results for KCSC-240903-01 (attachment)",
    reply_to_req=rid("KCSC-240903-01"),
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="x876csv"\n\n'
        "--x876csv\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 7bit\n\n"
        "Hello,\n\nThe attached file lists our decisions for four of the items in\n"
        "your request KCSC-240903-01, one row per item.\n\nX Legal\n\n"
        "--x876csv\n"
        'Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_results.csv"\n'
        'Content-Disposition: attachment; filename="KCSC-240903-01_results.csv"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(x_csv)}\n"
        "--x876csv--\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="bulk legal-request results exported as a CSV attachment",
    why="CSV rows: withheld_country:KR, removed, no_action (no violation), account_suspended",
    items={X[0]: "restricted", X[2]: "removed", X[4]: "rejected", X[11]: "removed"},
)

case(
    name="x-statuses-in-same-order",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(11, 7, 30), subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

We have reviewed these posts from your request:

1. {X[5]}
2. {X[6]}
3. {X[7]}

Our decisions, in the same order:
1) withheld in South Korea
2) removed for violating our rules on illegal goods and services
3) not actioned - the post does not violate the X Rules

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply listing URLs first and decisions by number afterwards",
    why="statuses are given by position in a numbered list printed in the reply itself",
    items={X[5]: "restricted", X[6]: "removed", X[7]: "rejected"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "j.moreau@x.com"}, name_from="Julie Moreau",
    date=d(6, 11, 2), subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hi,

We have withheld the following in South Korea:
<{X[1]}>
<{X[3]}>

The remaining posts in your report are still being reviewed; I will come
back to you once we have decisions.

Julie
X Legal Policy

On Tue, Sep 3, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{request_text("KCSC-240903-01", X, prefix="> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a platform staff member over the quoted request",
    why="two URLs in angle brackets withheld; the quoted request's twelve URLs carry no statement",
    items={X[1]: "restricted", X[3]: "restricted"},
)

case(
    name="x-url-on-line-below-statement",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(12, 5, 5), subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

The following post was removed for violating our policy on illegal goods:
{X[9]}

The following post does not exist, or was deleted by its author before our
review:
{X[10]}

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome email with each statement above its URL",
    why="each statement ends with ':' and its URL stands on the next line",
    items={X[9]: "removed", X[10]: "not_found"},
)

x_qp_plain = f"""Hello,

Regarding KCSC-240903-01: the account {X[11]} has been permanently suspended for repeated violations of the X Rules. As a result, the post {X[10]} is no longer available on X.

You can read about suspensions here: https://help.x.com/en/managing-your-account/suspended-x-accounts

X Legal
"""
case(
    name="x-qp-suspended-account",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(12, 9, 40), subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=rid("KCSC-240903-01"),
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + qp(x_qp_plain)
    ),
    outcome="applied", classification="confirmation",
    imitates="X suspension outcome email in quoted-printable with soft line breaks",
    why="account suspended (removed) and its post 'no longer available' (removed); the help link is not an item",
    items={X[11]: "removed", X[10]: "removed"},
)

case(
    name="x-relative-clause-hedges",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(13, 4, 18), subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

The post {X[6]}, which we believe was copied from an account we had
already suspended, has been removed globally.

We could not complete our assessment of {X[5]}. It appears to have been
deleted, but our tools show it in an inconsistent state, so we will confirm
its status in a later message.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome email with a hedged aside",
    why="the hedge sits in a relative clause; the main clause 'has been removed' is firm; the second post is only 'appears to have been'",
    items={X[6]: "removed", X[5]: "pending"},
)

case(
    name="tg-mixed-statuses-one-sentence",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(6, 13, 12), subject="Re: KCSC-240904-02",
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""
Hello,

Thank you for the report. {TG[0]} and {TG[1]} have been deleted and the
channel {TG[3]} has been blocked for all users, while {TG[2]} could not
be found.

Best regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="one sentence: two deleted, one channel blocked for all users (removed), one not found",
    items={TG[0]: "removed", TG[1]: "removed", TG[3]: "removed", TG[2]: "not_found"},
)

case(
    name="tg-removed-and-one-still-with-moderators",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(7, 8, 55), subject="Re: KCSC-240904-02",
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""
Hi,

We removed {TG[1]}.

The message {TG[0]}, which may already have been edited by the channel owner
since your report, is still with our moderators.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply, partial outcome",
    why="firm 'we removed' for one; the other is still being reviewed (the hedge in the relative clause changes nothing)",
    items={TG[1]: "removed", TG[0]: "pending"},
)

case(
    name="tg-single-refusal-with-reason",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(13, 10, 1), subject="Re: KCSC-240911-07",
    reply_to_req=rid("KCSC-240911-07"),
    body=f"""
Hello,

After review, we will not be taking action on {TG1}. The message advertises
a product that is legal to sell, and it does not break the Telegram Terms of
Service, so it stays up.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk refusal",
    why="'will not be taking action' with its reason: a refusal, not a promise",
    items={TG1: "rejected"},
)

tg_b64_plain = f"""Hello,

Regarding your report KCSC-240904-02:

- {TG[3]} is no longer accessible to users in South Korea.
- {TG[2]}: we did not block this message. It does not break our Terms of Service.

Telegram Abuse Team
"""
case(
    name="tg-base64-korea-and-refusal",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(9, 12, 20), subject="Re: KCSC-240904-02",
    reply_to_req=rid("KCSC-240904-02"),
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(tg_b64_plain)
    ),
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply sent base64-encoded",
    why="channel unavailable in South Korea (restricted); 'did not block' with reason (rejected)",
    items={TG[3]: "restricted", TG[2]: "rejected"},
)

case(
    name="tg-not-restricted-but-deleted-outlook",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date=d(10, 6, 33), subject="RE: KCSC-240904-02 removal request",
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""
Dear KCSC,

To clarify our earlier note: we did not just restrict {TG[0]} in Korea - we
deleted it for everyone.

Regards,
Telegram

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:30 AM
To: dsa@telegram.org
Subject: KCSC-240904-02 removal request

{request_text("KCSC-240904-02", TG)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style reply from a Telegram DSA contact",
    why="negation then correction: 'did not just restrict ... we deleted it for everyone' is removed",
    items={TG[0]: "removed"},
)

case(
    name="yt-three-outcomes",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=d(9, 1, 44), subject="[7-3319027741] Your YouTube legal request KCSC-240905-03",
    reply_to_req=rid("KCSC-240905-03"),
    body=f"""
Hello,

Thanks for contacting us. We've reviewed the content you reported.

{YT[0]} has been blocked from view in South Korea based on local law.
{YT[1]} was removed from YouTube for violating our Community Guidelines.
We did not find grounds to act on {YT[2]}, which remains available.

For information on how we handle legal requests, see
https://support.google.com/legal/answer/3110420

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removal outcome email",
    why="local block (restricted), guidelines removal (removed), no grounds and remains available (rejected)",
    items={YT[0]: "restricted", YT[1]: "removed", YT[2]: "rejected"},
)

case(
    name="yt-neither-nor",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=d(10, 2, 9), subject="[7-3319027741] Your YouTube legal request KCSC-240905-03",
    reply_to_req=rid("KCSC-240905-03"),
    body=f"""
Hello,

We have neither removed nor restricted {YT[1]}: the video is news reporting
and, in our view, falls within our exceptions for educational and documentary
content.

{YT[0]} has been age-restricted.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email",
    why="'neither removed nor restricted' with its reason is a refusal; age-restricted is restricted",
    items={YT[1]: "rejected", YT[0]: "restricted"},
)

case(
    name="yt-receipt-plus-removal-single",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=d(12, 3, 27), subject="[7-4410098231] KCSC-240910-06",
    reply_to_req=rid("KCSC-240910-06"),
    body="""
Hello,

Thanks for your request KCSC-240910-06; it has been logged under ticket
7-4410098231.

We have reviewed the video and removed it from YouTube for violating our
harassment and cyberbullying policy.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal ticket email combining a receipt and an outcome",
    why="acknowledgement wording plus an unhedged removal of the only item of a one-item request",
    items={YT1: "removed"},
)

case(
    name="yt-gmail-quote-short-blocked",
    **{"from": "m.han@google.com"}, name_from="Minji Han",
    date=d(11, 5, 52), subject="Re: KCSC-240905-03",
    reply_to_req=rid("KCSC-240905-03"),
    body=f"""
Hello,

The Short {YT[2]} is now unavailable in South Korea following our legal
review. The other two videos are handled in the ticket you already have.

Minji Han
Legal Removals, YouTube

On Thu, Sep 5, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{request_text("KCSC-240905-03", YT, prefix="> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply from a YouTube legal specialist",
    why="one Short made unavailable in South Korea (restricted); quoted URLs carry nothing",
    items={YT[2]: "restricted"},
)

case(
    name="nv-korean-particles",
    **{"from": "policy@navercorp.com"}, name_from="네이버 고객센터",
    date=d(9, 6, 10, "+0900"), subject="[NAVER] 게시물 조치 결과 안내 (KCSC-240906-04)",
    reply_to_req=rid("KCSC-240906-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240906-04)에 대한 처리 결과를 안내드립니다.

{NV[0]} 은 게시중단 조치되었습니다.
{NV[1]}는 작성자가 이미 삭제한 게시물로 확인되어 별도 조치가 필요하지 않았습니다.

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 메일",
    why="게시중단 (removed); 작성자가 이미 삭제 (not_found); particle glued to the second URL",
    items={NV[0]: "removed", NV[1]: "not_found"},
)

nv_html = f"""<html><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>요청번호 KCSC-240906-04 의 조치 결과는 아래와 같습니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td>{NV[0]}</td><td>임시조치(30일)</td></tr>
<tr><td>2</td><td>{NV[2]}</td><td>삭제</td></tr>
<tr><td>3</td><td>{NV[3]}</td><td>위반 사항 없음(조치하지 않음)</td></tr>
<tr><td>4</td><td>{NV[4].replace("&", "&amp;")}</td><td>게시물 없음</td></tr>
</table>
<p>임시조치 안내: <a href="https://help.naver.com/service/5640/contents/8613">네이버 고객센터</a></p>
</body></html>
"""
case(
    name="nv-html-table-four-results",
    **{"from": "policy@navercorp.com"}, name_from="네이버 권리보호센터",
    date=d(10, 14, 0, "+0900"), subject="[NAVER] 요청 게시물 조치 결과 (KCSC-240906-04)",
    reply_to_req=rid("KCSC-240906-04"),
    raw_mime=(
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + qp(nv_html)
    ),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table from a portal (HTML only)",
    why="임시조치 (restricted), 삭제 (removed), 위반 사항 없음 (rejected), 게시물 없음 (not_found); help link is not an item",
    items={NV[0]: "restricted", NV[2]: "removed", NV[3]: "rejected", NV[4]: "not_found"},
)

case(
    name="nv-korean-negation",
    **{"from": "policy@navercorp.com"}, name_from="네이버 카페 운영팀",
    date=d(11, 10, 25, "+0900"), subject="Re: KCSC-240906-04 카페 게시물 처리 결과",
    reply_to_req=rid("KCSC-240906-04"),
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다.

요청하신 카페 게시물 두 건의 처리 결과입니다.

- {NV[3]} : 블라인드 처리하였습니다.
- {NV[2]} : 삭제하지 않았습니다. 해당 게시물은 관련 법령 및 카페 운영정책에 위반되지 않는 것으로 판단되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations reply (블라인드 / 조치하지 않음)",
    why="블라인드 (removed); 삭제하지 않았습니다 with its reason (rejected)",
    items={NV[3]: "removed", NV[2]: "rejected"},
)

case(
    name="nv-temporary-then-final",
    **{"from": "policy@navercorp.com"}, name_from="네이버 고객센터",
    date=d(12, 16, 40, "+0900"), subject="[NAVER] 추가 처리 결과 안내 (KCSC-240906-04)",
    reply_to_req=rid("KCSC-240906-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

지난번 안내드린 것처럼 {NV[4]} 게시물은 먼저 임시조치(30일)하였습니다.
이후 작성자가 소명 자료를 제출하지 않아, 해당 게시물은 오늘 최종 삭제되었습니다.

또한 {NV[1]} 게시물은 비공개 처리되었습니다.

감사합니다.
네이버 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 후 삭제 안내",
    why="a later sentence revises 임시조치 to 최종 삭제 (removed); 비공개 처리 (removed)",
    items={NV[4]: "removed", NV[1]: "removed"},
)

case(
    name="kakao-fullwidth-punctuation",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(11, 17, 5, "+0900"), subject="[카카오] 시정요구 조치 결과 회신 (KCSC-240909-05)",
    reply_to_req=rid("KCSC-240909-05"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 게시물에 대한 조치 결과를 회신드립니다.

1）{KA0_RAW} ：국내 접속 차단 조치 완료。
2）{KA[1]} ：비공개 처리 완료。

문의사항은 카카오 고객센터(https://cs.kakao.com/)로 연락 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 시정요구 조치결과 회신 with full-width punctuation",
    why="국내 접속 차단 (restricted) for the raw Korean-path URL; 비공개 처리 (removed); cs.kakao.com is a help page",
    items={KA[0]: "restricted", KA[1]: "removed"},
)

# ================================================================ REVIEW

case(
    name="x-promise-after-assessment",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(5, 23, 10), subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your patience. The posts {X[2]} and {X[3]} will be withheld in
South Korea once our legal team completes its assessment of the Korean
provisions cited in your request.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply",
    why="'will be withheld once ...' is a promise under a condition, not a statement",
    items={X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-conditional-if-unlawful",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(7, 4, 4), subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

If a Korean court or competent authority confirms that {X[0]} and {X[4]}
are unlawful, we will withhold them in South Korea. Until then the posts
are being kept under review.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with a condition",
    why="conditional promise about named items; nothing has happened to them yet",
    items={X[0]: "pending", X[4]: "pending"},
)

case(
    name="tg-hedged-may-have-been",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(6, 18, 30), subject="Re: KCSC-240904-02",
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""
Hello,

The messages {TG[0]} and {TG[2]} may have been removed by the channel
administrators themselves; we are still checking this on our side.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk interim reply",
    why="'may have been removed' and 'still checking' is a hedge, not a statement",
    items={TG[0]: "pending", TG[2]: "pending"},
)

case(
    name="yt-all-videos-removed",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=d(8, 23, 59), subject="[7-3319027741] Your YouTube legal request KCSC-240905-03",
    reply_to_req=rid("KCSC-240905-03"),
    body="""
Hello,

We have completed our review of your request KCSC-240905-03. All of the
content listed in your request has been removed from YouTube.

The YouTube Legal Team
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="YouTube legal outcome email, summary form",
    why="one statement covers a three-item request without naming the items",
    items={YT[0]: "pending", YT[1]: "pending", YT[2]: "pending"},
)

case(
    name="x-auth-fail-removal",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    auth="fail",
    date=d(8, 3, 3), subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

The post {X[5]} has been removed.

X Legal
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="X legal outcome email failing DKIM/SPF/DMARC",
    why="claims to be X but fails authentication",
    items={X[5]: "pending"},
)

case(
    name="law-firm-claims-deleted",
    **{"from": "counsel@hanbit-law.example"}, name_from="Hanbit Law Office",
    date=d(10, 8, 12, "+0900"), subject="KCSC-240905-03 - our client's video",
    body=f"""
Dear Sir or Madam,

We act for the owner of the YouTube channel concerned by your request
KCSC-240905-03. Our client has deleted the video {YT[0]} and asks that the
matter be closed.

Yours faithfully,
Hanbit Law Office
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="letter from the uploader's lawyer",
    why="not the platform: a third party's claim cannot change the status",
    items={YT[0]: "pending"},
)

case(
    name="kakao-about-naver-post",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(12, 11, 0, "+0900"), subject="[카카오] 요청 게시물 관련 회신",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

보내주신 목록 중 {NV[1]} 게시물은 카카오 서비스가 아닌 네이버 블로그 게시물입니다.
참고로 확인해 보니 해당 게시물은 현재 삭제되어 접속되지 않습니다.

카카오 서비스 게시물에 대한 요청은 별도로 회신드리겠습니다.
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="Kakao reply about a URL belonging to another portal",
    why="Kakao states a status for a NAVER item; only NAVER may change it",
    items={NV[1]: "pending"},
)

ka_html = f"""<html><body>
<p>안녕하세요. 카카오 고객센터입니다. 요청번호 KCSC-240909-05 처리 결과입니다.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>조치결과</th></tr>
<tr><td>{KA[0]}</td><td>삭제</td></tr>
<tr><td>{KA[1]}</td><td>삭제</td></tr>
</table>
<p>※ 위 두 게시물 모두 검토 결과 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았음을 알려드립니다.</p>
</body></html>
"""
case(
    name="kakao-table-contradicts-note",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(13, 9, 45, "+0900"), subject="[카카오] 시정요구 조치 결과 (KCSC-240909-05)",
    reply_to_req=rid("KCSC-240909-05"),
    raw_mime=alt(
        f"""안녕하세요. 카카오 고객센터입니다. 요청번호 KCSC-240909-05 처리 결과입니다.

URL | 조치결과
{KA[0]} | 삭제
{KA[1]} | 삭제

※ 위 두 게시물 모두 검토 결과 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았음을 알려드립니다.
""", ka_html, "ka876tbl"),
    outcome="review", classification="confirmation", review="conflicting_statements",
    imitates="Korean portal result table with a footnote",
    why="table says 삭제 for both, the note says no action was taken on both; neither corrects the other",
    items={KA[0]: "pending", KA[1]: "pending"},
)

case(
    name="nv-asks-for-decision-document",
    **{"from": "policy@navercorp.com"}, name_from="네이버 권리보호센터",
    date=d(9, 15, 30, "+0900"), subject="Re: KCSC-240906-04 추가 자료 요청",
    reply_to_req=rid("KCSC-240906-04"),
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물 중 아래 두 건은 조치 여부를 판단하기 위해 심의 의결서 사본이 필요합니다.

{NV[2]}
{NV[3]}

의결서를 회신해 주시면 검토 후 결과를 안내드리겠습니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="NAVER request for supporting documents",
    why="asks for the decision document before acting; no status",
    items={NV[2]: "pending", NV[3]: "pending"},
)

case(
    name="x-portal-notice-no-items",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(16, 0, 30), subject="Changes to how X receives government requests",
    body="""
Hello,

From 1 October, X will only accept removal requests from government
agencies through our Legal Request Submission portal:
https://legalrequests.x.com/

Requests sent by email after that date will not be processed. Please make
sure your team has portal accounts before then.

X Legal
""",
    outcome="review", review="no_claims",
    imitates="X announcement to law-enforcement and government contacts",
    why="trusted X mail naming no item and no request",
    items={},
)

case(
    name="x-removed-unrequested-post",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(13, 6, 6), subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=rid("KCSC-240903-01"),
    body="""
Hello,

While reviewing KCSC-240903-01 we also removed
https://x.com/mellow_vendor77/status/1831009999000111222, a repost of the
same advertisement by the same account.

X Legal
""",
    outcome="review", classification="confirmation", review="unmatched_claims",
    imitates="X legal outcome about a post outside the request",
    why="the only statement is about a URL that is not in the request",
    items={},
)

case(
    name="yt-appears-private-unconfirmed",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=d(13, 2, 2), subject="[7-4410098231] KCSC-240910-06",
    reply_to_req=rid("KCSC-240910-06"),
    body=f"""
Hello,

The video {YT1} appears to have been made private by the uploader. We have
not yet confirmed this and will write again once our review is done.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim note",
    why="'appears to have been' and 'not yet confirmed' is a hedge",
    items={YT1: "pending"},
)

# ================================================================ IGNORED

case(
    name="yt-out-of-office",
    **{"from": "m.han@google.com"}, name_from="Minji Han",
    date=d(5, 0, 1), subject="Automatic reply: KCSC-240905-03",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
I am out of the office until 9 September with limited access to email.
For urgent legal removal matters, please use the usual request form.

Minji Han
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail/Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

tg_dsn_orig = (
    "From: KCSC Takedown <takedown@kcsc.example>\n"
    "To: moderation@telegram.org\n"
    "Subject: KCSC-240904-02 removal request\n"
    f"Message-ID: <{msgid('KCSC-240904-02')}>\n\n"
    + request_text("KCSC-240904-02", TG) + "\n"
)
case(
    name="tg-dsn-mailbox-unknown",
    **{"from": "MAILER-DAEMON@mx1.telegram.org"}, name_from="Mail Delivery System",
    date=d(4, 1, 31), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="tg876dsn"\n\n'
        "--tg876dsn\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx1.telegram.org.\n\n"
        "Your message could not be delivered to one or more recipients.\n\n"
        "<moderation@telegram.org>: unknown user: \"moderation\"\n\n"
        "--tg876dsn\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx1.telegram.org\n\n"
        "Final-Recipient: rfc822; moderation@telegram.org\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <moderation@telegram.org>: Recipient address rejected\n\n"
        "--tg876dsn\n"
        "Content-Type: message/rfc822\n\n"
        + tg_dsn_orig +
        "--tg876dsn--\n"
    ),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original attached",
    why="bounce; the URLs are only in the returned request",
    items={},
)

case(
    name="nv-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="네이버 권리보호센터",
    date=d(6, 14, 2, "+0900"), subject="읽음: KCSC-240906-04 게시물 삭제 요청",
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="nv876mdn"\n\n'
        "--nv876mdn\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        "보낸 메일 'KCSC-240906-04 게시물 삭제 요청'을(를) 수신자가 2024-09-06 14:02에 읽었습니다.\n\n"
        "--nv876mdn\n"
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.navercorp.com\n"
        "Final-Recipient: rfc822; policy@navercorp.com\n"
        f"Original-Message-ID: <{msgid('KCSC-240906-04')}>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
        "--nv876mdn--\n"
    ),
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (Korean mail client)",
    why="read receipt",
    items={},
)

case(
    name="x-ticket-receipt",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(3, 5, 20), subject="Case 0241877310: we received your request",
    reply_to_req=rid("KCSC-240903-01"),
    body="""
Hello,

We have received your request (KCSC-240903-01). Your case number is
0241877310. Please keep this number in the subject line of any further
correspondence about this request.

Our team will review the reported content under our legal request
guidelines. You can track the case at https://legalrequests.x.com/cases

This is an automated message.
X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request portal receipt",
    why="pure acknowledgement with a case number",
    items={},
)

case(
    name="kakao-report-receipt-korean",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(9, 15, 4, "+0900"), subject="[카카오] 신고가 접수되었습니다 (접수번호 KK-20240909-55821)",
    reply_to_req=rid("KCSC-240909-05"),
    body="""
안녕하세요. 카카오 고객센터입니다.

보내주신 요청(KCSC-240909-05)이 정상적으로 접수되었습니다.
접수번호: KK-20240909-55821

담당 부서에서 확인 후 처리 결과를 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 신고 접수 안내 (automatic receipt)",
    why="pure acknowledgement with a receipt number",
    items={},
)

case(
    name="nv-korean-out-of-office",
    **{"from": "jiwoo.park@navercorp.com"}, name_from="박지우",
    date=d(6, 11, 1, "+0900"), subject="[부재중] Re: KCSC-240906-04 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요, 박지우입니다.

9월 6일부터 9월 18일까지 추석 연휴 및 휴가로 부재중입니다.
급한 용무는 권리보호센터(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="tg-receipt-echoing-links",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(4, 3, 48), subject="Re: KCSC-240904-02",
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""
Hello,

We have received your report about the following links:

{TG[0]}
{TG[1]}
{TG[2]}
{TG[3]}

Your report has been passed to our moderators.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse-desk receipt echoing the reported links",
    why="receipt that repeats the links; it says nothing about their status",
    items={},
)

HEADER = """# Blind set 876 (focus: what a program gets wrong): written from each
# email's meaning before the reader was run. Generated by make.py; do not edit.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
