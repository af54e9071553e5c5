#!/usr/bin/env python3
"""Blind set blind738: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table that conflicts with the note beside it, statuses given by position.

    python3 tests/corpus/blind738/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
email is fictional and written in our own sentences; the expected results
were written from each email's meaning before the reader was run on it.
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
    "https://x.com/lucky_spin_kr/status/1830517742216400101",
    "https://x.com/lucky_spin_kr/status/1830519034417700102",
    "https://x.com/jackpot_door/status/1830622211458800203",
    "https://x.com/jackpot_door/status/1830698002145500204",
    "https://x.com/night_market_77/status/1830704478123300305",
    "https://x.com/night_market_77/status/1830711190887700306",
    "https://x.com/pill_courier/status/1830809923335500407",
    "https://x.com/pill_courier/status/1830812008871100408",
    "https://x.com/pill_courier/status/1830840017762200409",
    "https://x.com/blue_lantern_bet/status/1830900045671100510",
    "https://x.com/blue_lantern_bet/status/1830933120094400511",
    "https://x.com/kr_fastcash/status/1830988810021100612",
]
TG = [
    "https://t.me/moonrise_shop/412",
    "https://t.me/moonrise_shop/415",
    "https://t.me/gold_tide_kr/88",
    "https://t.me/gold_tide_kr/90",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3tLr8aZ1k",
    "https://www.youtube.com/watch?v=Vx0pE2nWc7s",
    "https://www.youtube.com/watch?v=Hd9yKu4Tb2m",
    "https://youtu.be/Rf6gNa1Zq0w",
    "https://www.youtube.com/shorts/Lp2cWe8Xo5j",
]
NV = [
    "https://blog.naver.com/sunny_trade88/223561234567",
    "https://cafe.naver.com/dalbitmarket/30412",
    "https://blog.naver.com/haneul_bet/223570011223",
]
DM_RAW0 = "https://cafe.daum.net/별빛마을/Xk2p/318"
DM = [
    "https://cafe.daum.net/" + quote("별빛마을") + "/Xk2p/318",
    "https://cafe.daum.net/moonbay77/Ab3c/1204",
]
TT = ["https://www.tiktok.com/@quick.wins.kr/video/7411122233344455566"]
YT2 = [
    "https://www.youtube.com/watch?v=Ta4mBv7Qs9e",
    "https://www.youtube.com/@greenleaf_drops",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "x", "2024-09-02T01:10:00Z", "2024-09-09T14:59:59Z", X,
     "illegal_gambling_and_drugs", "largest request: twelve posts from five accounts"),
    ("KCSC-240903-02", "telegram", "2024-09-03T02:00:00Z", "2024-09-10T14:59:59Z", TG,
     "narcotics", "two public channels"),
    ("KCSC-240904-03", "youtube", "2024-09-04T00:45:00Z", "2024-09-11T14:59:59Z", YT,
     "illegal_gambling", "videos and a short"),
    ("KCSC-240905-04", "naver", "2024-09-05T05:30:00Z", "2024-09-12T14:59:59Z", NV,
     "fraud", "blog and cafe posts"),
    ("KCSC-240909-05", "daum", "2024-09-09T03:00:00Z", "2024-09-16T14:59:59Z", DM,
     "obscenity", "cafe posts; one cafe name in Korean"),
    ("KCSC-240910-06", "tiktok", "2024-09-10T06:20:00Z", "2024-09-17T14:59:59Z", TT,
     "illegal_gambling", "one video"),
    ("KCSC-240911-07", "youtube", "2024-09-11T01:00:00Z", "2024-09-18T14:59:59Z", YT2,
     "narcotics", "a video and its channel"),
]


def req_mid(ref):
    return f"request.{ref}.1"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def numbered(urls, prefix=""):
    return "\n".join(f"{prefix}{i}. {u}" for i, u in enumerate(urls, 1))


def request_body(platform_name, ref, urls, prefix=""):
    lines = [
        f"Dear {platform_name} team,",
        "",
        "The Korea Communications Standards Commission asks you to remove or block",
        "access from Korea to the content below, which it has found to be illegal",
        "information under Article 44-7 of the Information and Communications",
        "Network Act.",
        "",
        f"Reference: {ref}",
        "",
        numbered(urls),
        "",
        "Please reply to this address with the action taken for each URL.",
        "",
        "KCSC Takedown desk",
    ]
    return "\n".join((prefix + l).rstrip() for l in "\n".join(lines).split("\n"))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


R, RS, RJ, NF, P = "removed", "restricted", "rejected", "not_found", "pending"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ X (KCSC-240902-01)
case(
    name="x-mixed-statuses-one-sentence",
    **{"from": "legalrequests@x.com"},
    date="Thu, 05 Sep 2024 07:41:12 +0000",
    subject="Re: KCSC-240902-01 - Request to remove content",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your report (KCSC-240902-01).

Following our review, {X[0]} and {X[1]} have been withheld in the Republic of Korea, {X[2]} has been removed for violating the X Rules, and {X[3]} could not be located on our service.

We will reply separately about the other posts in your request.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply giving several outcomes in one sentence",
    why="one sentence: two withheld in Korea, one removed, one not located",
    items={X[0]: RS, X[1]: RS, X[2]: R, X[3]: NF},
)

case(
    name="x-negation-then-withheld",
    **{"from": "legalrequests@x.com"},
    date="Fri, 06 Sep 2024 02:15:40 +0000",
    subject="Re: KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hi,

We did not remove {X[5]}. It does not break the X Rules, and our review did not find it to be unlawful under Korean law, so it stays available.

We have, however, withheld {X[8]} in South Korea.

Best,
X Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply declining one post with its reason and withholding another",
    why="'did not remove ... does not break the rules' is a refusal; the other post is withheld",
    items={X[5]: RJ, X[8]: RS},
)

case(
    name="x-hedges-in-relative-clauses",
    **{"from": "legalrequests@x.com"},
    date="Fri, 06 Sep 2024 09:03:55 +0000",
    subject="Re: KCSC-240902-01 - partial outcome",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your request KCSC-240902-01. We have completed our review of three of the reported posts.

{X[4]}, which the account holder may also have shared on other services, has been removed from X for violating our rules on illegal or certain regulated goods and services.

{X[6]}, which appears to have been deleted by its author before our review, could not be found.

We cannot say whether copies of {X[7]} exist on other services; the post itself has been withheld in South Korea.

The remaining posts are still under review.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with explanatory relative clauses",
    why="the hedges sit in relative clauses about other things; the main statements are unhedged",
    items={X[4]: R, X[6]: NF, X[7]: RS},
)

case(
    name="x-correction-revises-earlier-statement",
    **{"from": "legalrequests@x.com"},
    date="Mon, 09 Sep 2024 04:22:10 +0000",
    subject="Correction: KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Our reply of 6 September said that {X[9]} had been withheld in South Korea. That was incorrect: the post was removed globally on 5 September for violating the X Rules.

{X[11]} remains withheld in South Korea, as stated in our earlier reply.

We apologise for the confusion.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up correcting an earlier outcome",
    why="the earlier 'withheld' is reported and then corrected to removed; the other post is withheld",
    items={X[9]: R, X[11]: RS},
)

quoted = request_body("X", "KCSC-240902-01", X, prefix="> ")
case(
    name="x-statuses-by-position-over-quote",
    **{"from": "legalrequests@x.com"},
    date="Wed, 04 Sep 2024 23:50:02 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content under Korean law",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Regarding the first three posts in your list below: the first two have been withheld in Korea. The third does not violate our rules or local law and will stay up.

We are still reviewing the rest and will write again.

X Legal

On Mon, 2 Sep 2024 at 10:10, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted legal reply referring to items by their place in the quoted request",
    why="'first two' and 'third' of the quoted numbered list: items 1-2 withheld, item 3 refused; rest pending",
    items={X[0]: RS, X[1]: RS, X[2]: RJ, **{u: P for u in X[3:]}},
)

x_html = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Below is the outcome of our review of request <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported post</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X[7]}">{X[7]}</a></td><td>Withheld</td><td>KR</td></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>No action &ndash; no violation found</td><td>&ndash;</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Not found</td><td>&ndash;</td></tr>
</table>
<p>You can follow this request in the <a href="https://legalrequests.x.com/portal/case/0-88341207">Legal Request Portal</a>.</p>
<p>X Legal</p>
</body></html>"""
case(
    name="x-html-table-four-outcomes",
    **{"from": "legalrequests@x.com"},
    date="Sat, 07 Sep 2024 11:30:00 +0000",
    subject="Outcome of your request KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="xalt-738"

--xalt-738
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

The outcome of our review of request KCSC-240902-01 is shown in the HTML
version of this message and in the Legal Request Portal:
https://legalrequests.x.com/portal/case/0-88341207

X Legal

--xalt-738
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{x_html}
--xalt-738--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome table (HTML part), plain part pointing to the portal",
    why="table rows: removed, withheld KR, no violation, not found; the portal link is no item",
    items={X[6]: R, X[7]: RS, X[8]: RJ, X[10]: NF},
)

x_csv = "\n".join([
    "post_url,decision,jurisdiction,notes",
    f"{X[0]},withheld,KR,local law",
    f"{X[3]},removed,global,X Rules - illegal goods",
    f"{X[9]},no_action,,no violation of X Rules or local law found",
    f"{X[11]},not_found,,post does not exist",
]) + "\n"
case(
    name="x-csv-attachment",
    **{"from": "legalrequests@x.com"},
    date="Sat, 07 Sep 2024 13:05:18 +0000",
    subject="KCSC-240902-01 decisions (attachment)",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="xmix-738"

--xmix-738
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the decisions we have taken so far on request
KCSC-240902-01, one line per reported post.

X Legal

--xmix-738
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_decisions.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_decisions.csv"
Content-Transfer-Encoding: base64

{b64(x_csv)}
--xmix-738--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal decisions sent as a CSV attachment",
    why="CSV rows: withheld KR, removed, no_action (no violation), not_found",
    items={X[0]: RS, X[3]: R, X[9]: RJ, X[11]: NF},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legalrequests@x.com"},
    date="Sun, 08 Sep 2024 03:44:09 +0000",
    subject="Re: KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hi KCSC team,

Update on your request:

{X[1]}
Status: Withheld in KR

{X[4]}
Status: Removed (X Rules - illegal goods and services)

{X[11]}
Status: Post does not exist

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with each URL followed by a status line",
    why="status on the line below each bare URL",
    items={X[1]: RS, X[4]: R, X[11]: NF},
)

case(
    name="x-url-below-its-statement",
    **{"from": "legalrequests@x.com"},
    date="Sun, 08 Sep 2024 08:12:45 +0000",
    subject="Re: KCSC-240902-01 - further outcomes",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

The following post was removed for violating our policy on illegal or certain regulated goods and services:

{X[7]}

The following post has been withheld in South Korea only:

{X[10]}

We found no violation in the following post, and it remains available:

{X[2]}

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with the statement above each URL",
    why="each statement is on the line before the URL it is about",
    items={X[7]: R, X[10]: RS, X[2]: RJ},
)

case(
    name="x-statement-and-promise-qp",
    **{"from": "legalrequests@x.com"},
    date="Thu, 05 Sep 2024 16:20:31 +0000",
    subject="Re: KCSC-240902-01 - Request to remove content",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''Hello,

Thank you for contacting X. The post at {X[5]} has been withheld in South Korea in response to your legal demand.

We have not yet completed our review of {X[6]} and {X[8]}; we will update you once a decision is made.

X Legal
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply, quoted-printable, one decision and one promise",
    why="one withheld; 'not yet completed our review' of the other two leaves them pending",
    items={X[5]: RS, X[6]: P, X[8]: P},
)

case(
    name="x-dsa-statement-of-reasons",
    **{"from": "dsa-notices@x.com"},
    date="Fri, 06 Sep 2024 18:00:00 +0000",
    subject="Statement of reasons - your notice KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
STATEMENT OF REASONS

Notice reference: KCSC-240902-01

Content: {X[3]}
Decision: Visibility restriction - content withheld
Territorial scope: Republic of Korea
Ground: content found illegal under local law
Automated detection: No
Automated decision: No

Content: {X[4]}
Decision: Removal of content
Territorial scope: Global
Ground: incompatible with the X Rules (illegal or certain regulated goods and services)
Automated detection: No
Automated decision: No

The account holders have been informed and may appeal through https://help.x.com/forms/appeal.
Statements of reasons are published in the DSA Transparency Database: https://transparency.dsa.ec.europa.eu/
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (X)",
    why="first block: withheld in Korea; second: removed globally; appeal and database links are no items",
    items={X[3]: RS, X[4]: R},
)

case(
    name="x-echoed-report-with-decisions",
    **{"from": "legalrequests@x.com"},
    date="Sat, 07 Sep 2024 22:10:27 +0000",
    subject="Your report 0-71245510 (KCSC-240902-01)",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Here is a copy of your report with our decisions.

Report ID: 0-71245510
Reporter: Korea Communications Standards Commission
Your reference: KCSC-240902-01

Reported URL: {X[1]}
Reason given: promotion of illegal online gambling
Decision: Withheld in South Korea

Reported URL: {X[2]}
Reason given: promotion of illegal online gambling
Decision: Removed - violation of the X Rules

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X report echo (our fields) followed by the decision for each URL",
    why="each echoed entry carries X's own decision line",
    items={X[1]: RS, X[2]: R},
)

case(
    name="x-hedge-escalated-not-decided",
    **{"from": "legalrequests@x.com"},
    date="Wed, 04 Sep 2024 05:18:00 +0000",
    subject="Re: KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Posts that may be unlawful in Korea, such as {X[9]} and {X[10]}, have been escalated to our legal team, which will decide whether they should be withheld in your country.

We expect to reply within ten business days.

X Legal
""",
    outcome="review", review="not_understood", classification="other",
    imitates="X legal holding reply (escalation)",
    why="escalated for a decision that 'will' be taken: names items, states nothing",
    items={X[9]: P, X[10]: P},
)

case(
    name="x-unknown-sender-gmail",
    **{"from": "x.legal.support.kr@gmail.com"},
    name_from="X Legal Support",
    date="Thu, 05 Sep 2024 10:02:44 +0000",
    subject="Re: KCSC-240902-01 removal done",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Dear KCSC,

We confirm that {X[0]} and {X[2]} were removed today.

X Legal Support
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="look-alike support address on a free-mail domain",
    why="gmail.com is no platform's domain; nothing applies",
    items={X[0]: P, X[2]: P},
)

case(
    name="x-policy-update-no-claims",
    **{"from": "legal-updates@x.com"},
    date="Tue, 10 Sep 2024 01:00:00 +0000",
    subject="Updates to X's Legal Request Guidelines",
    body="""
Hello,

You are receiving this message because your organisation has submitted legal requests to X.

We have updated our guidelines for government and law-enforcement requests. Among other changes, requests must now be sent through the Legal Request Portal, and email submissions will be accepted only in urgent cases.

Read the new guidelines: https://help.x.com/en/rules-and-policies/legal-request-guidelines
Portal: https://legalrequests.x.com/portal

X Legal
""",
    outcome="review", review="no_claims", classification="other",
    imitates="X notice to registered requesters about changed guidelines",
    why="trusted X mail naming no item and no request",
    items={},
)

case(
    name="x-out-of-office",
    **{"from": "m.lindqvist@x.com"},
    name_from="Maja Lindqvist",
    date="Mon, 02 Sep 2024 01:11:03 +0000",
    subject="Automatic reply: [KCSC-240902-01] Request to remove content under Korean law",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.

For legal requests, please use the Legal Request Portal or write to legalrequests@x.com, which is monitored every day.

Maja
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a staff member",
    why="auto-reply",
    items={},
)

# ================================================================ Telegram (KCSC-240903-02)
case(
    name="tg-blocked-and-author-deleted",
    **{"from": "dsa@telegram.org"},
    date="Wed, 04 Sep 2024 12:40:16 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Case #40211873.

We've blocked {TG[0]} and {TG[1]} for users in South Korea; {TG[2]} is no longer available because the channel owner deleted it before our moderators got to it.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="two blocked in Korea; the third deleted by its own author before review",
    items={TG[0]: RS, TG[1]: RS, TG[2]: NF},
)

case(
    name="tg-not-removed-no-violation",
    **{"from": "dsa@telegram.org"},
    date="Thu, 05 Sep 2024 08:05:51 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Case #40211873.

The message {TG[3]} has not been removed. Our moderators reviewed it and found that it does not violate Telegram's Terms of Service. The channel @gold_tide_kr remains available.

Terms of Service: https://telegram.org/tos

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram refusal with its reason",
    why="'has not been removed ... does not violate' is a refusal",
    items={TG[3]: RJ},
)

case(
    name="tg-angle-bracket-list",
    **{"from": "abuse@telegram.org"},
    date="Fri, 06 Sep 2024 14:27:38 +0000",
    subject="Results: KCSC-240903-02",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Results for your request KCSC-240903-02:

- <{TG[0]}> — removed
- <{TG[1]}> — removed
- <{TG[2]}> — not found
- <{TG[3]}> — left up (no ToS violation)

Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram terse results list",
    why="each bracketed URL has its outcome after a dash",
    items={TG[0]: R, TG[1]: R, TG[2]: NF, TG[3]: RJ},
)

case(
    name="tg-appears-already-deleted",
    **{"from": "abuse@telegram.org"},
    date="Thu, 05 Sep 2024 19:30:00 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hi,

The message at {TG[2]} appears to have been deleted already by the channel administrator. We will check the remaining links and get back to you.

Telegram Abuse Team
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Telegram interim reply",
    why="'appears to have been deleted' is a hedge; the rest is a promise",
    items={TG[2]: P},
)

case(
    name="tg-bulk-all-blocked",
    **{"from": "dsa@telegram.org"},
    date="Sat, 07 Sep 2024 06:14:12 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req=req_mid("KCSC-240903-02"),
    body="""
Hello,

Case #40211873.

All the content you reported under KCSC-240903-02 has been blocked.

Telegram Abuse Team
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Telegram one-line bulk confirmation",
    why="a statement about all items of a four-item request without naming them",
    items={u: P for u in TG},
)

case(
    name="tg-dsn-bounce",
    **{"from": "MAILER-DAEMON@mail-out.telegram.org"},
    name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 02:00:41 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-738"

--dsn-738
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mx.telegram.org said: 550 5.1.1 Recipient
    address rejected: User unknown

--dsn-738
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out.telegram.org
Arrival-Date: Tue,  3 Sep 2024 02:00:39 +0000 (UTC)

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-738
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: [KCSC-240903-02] Request to remove content under Korean law
Message-ID: <{req_mid("KCSC-240903-02")}@kcsc.example>
Date: Tue, 3 Sep 2024 11:00:00 +0900
Content-Type: text/plain; charset=utf-8

{request_body("Telegram", "KCSC-240903-02", TG)}

--dsn-738--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our request",
    why="bounce; the URLs are only in our returned request",
    items={u: P for u in TG},
)

# ================================================================ YouTube (KCSC-240904-03)
yt_html = f"""<html><body>
<p>Hello,</p>
<p>We have completed our review of your legal request <b>KCSC-240904-03</b>. The outcome for each video is listed below.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<thead><tr><th>Video</th><th>Outcome</th><th>Basis</th></tr></thead>
<tbody>
<tr><td>{YT[0]}</td><td>Removed</td><td>Community Guidelines</td></tr>
<tr><td>{YT[1]}</td><td>Blocked in South Korea</td><td>Local law</td></tr>
<tr><td>{YT[2]}</td><td>Age-restricted</td><td>Community Guidelines</td></tr>
<tr><td>{YT[3]}</td><td>No action taken</td><td>Does not violate our policies or local law</td></tr>
<tr><td>{YT[4]}</td><td>Video unavailable (deleted by the uploader)</td><td>&mdash;</td></tr>
</tbody></table>
<p>Learn how we handle legal removals: <a href="https://support.google.com/legal/answer/3110420">Legal removals help</a></p>
<p>The YouTube Legal Support Team</p>
</body></html>"""
case(
    name="yt-html-table-five-outcomes",
    **{"from": "legal-notices@google.com"},
    date="Fri, 06 Sep 2024 03:33:20 +0000",
    subject="[KCSC-240904-03] Outcome of your legal request",
    reply_to_req=req_mid("KCSC-240904-03"),
    type="html",
    body=yt_html,
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome table",
    why="removed, blocked KR, age-restricted, no action (reason), deleted by uploader",
    items={YT[0]: R, YT[1]: RS, YT[2]: RS, YT[3]: RJ, YT[4]: NF},
)

case(
    name="yt-restricted-then-removed",
    **{"from": "legal-notices@google.com"},
    date="Mon, 09 Sep 2024 05:12:00 +0000",
    subject="Re: [KCSC-240904-03] Request to remove content under Korean law",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hello,

We initially restricted {YT[2]} in South Korea on the basis of local law. After a further review under our Community Guidelines, it has now been removed from YouTube.

We have also removed {YT[0]}.

For more about our policies, see https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal follow-up, restriction escalated to removal",
    why="the later sentence revises the restriction to a removal",
    items={YT[2]: R, YT[0]: R},
)

yt_quote = request_body("YouTube", "KCSC-240904-03", YT, prefix="> ")
case(
    name="yt-gmail-top-posted",
    **{"from": "legal-notices@google.com"},
    date="Thu, 05 Sep 2024 02:58:47 +0000",
    subject="Re: [KCSC-240904-03] Request to remove content under Korean law",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hello,

The two videos listed here are now blocked in South Korea on the basis of local law:

{YT[1]}
{YT[3]}

We're still reviewing the others.

Thanks,
Jae-won
YouTube Legal Support

On Wed, Sep 4, 2024 at 9:45 AM KCSC Takedown <takedown@kcsc.example> wrote:
{yt_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the quoted request",
    why="two named videos blocked KR; the other three appear only in the quote and stay pending",
    items={YT[1]: RS, YT[3]: RS, YT[0]: P, YT[2]: P, YT[4]: P},
)

case(
    name="yt-actioned-and-age-restricted",
    **{"from": "no-reply@youtube.com"},
    date="Sat, 07 Sep 2024 07:07:07 +0000",
    subject="Update on legal request KCSC-240904-03",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hi,

{YT[4]} has been actioned under our policies.

{YT[2]} has been age-restricted; it stays viewable by signed-in adult users.

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube automated outcome notice",
    why="the configured 'actioned' phrase means removed; age-restricted is restricted",
    items={YT[4]: R, YT[2]: RS},
)

case(
    name="yt-outlook-declined-in-relative-clause",
    **{"from": "legal-notices@google.com"},
    date="Sun, 08 Sep 2024 10:45:00 +0000",
    subject="RE: [KCSC-240904-03] Request to remove content under Korean law",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hello,

Video {YT[3]} has been removed. We have declined to act on {YT[4]}, which does not violate our Community Guidelines, and we did not find it to be unlawful in South Korea.

Kind regards,
YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 9:45 AM
To: legal-kr@google.com
Subject: [KCSC-240904-03] Request to remove content under Korean law

{request_body("YouTube", "KCSC-240904-03", YT)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the original request below -----Original Message-----",
    why="one removed, one declined with its reason; the quoted request changes nothing",
    items={YT[3]: R, YT[4]: RJ, YT[0]: P, YT[1]: P, YT[2]: P},
)

case(
    name="yt-ack-legal-ticket",
    **{"from": "legal-notices@google.com"},
    date="Wed, 04 Sep 2024 00:46:30 +0000",
    subject="[9-1874000031234] We received your legal request (KCSC-240904-03)",
    reply_to_req=req_mid("KCSC-240904-03"),
    body="""
Hello,

Thanks for contacting Google. We have received your legal request and assigned it the reference number 9-1874000031234.

Our team will review it and respond as soon as we can. You don't need to reply to this message.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal-request receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="yt-dsn-delayed",
    **{"from": "mailer-daemon@google.com"},
    name_from="Mail Delivery Subsystem",
    date="Wed, 11 Sep 2024 05:02:00 +0000",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dly-738"

--dly-738
Content-Type: text/plain; charset=utf-8

** Delivery incomplete **

There was a temporary problem delivering your message to legal-kr@google.com.
Gmail will retry for 45 more hours. You'll be notified if the delivery fails
permanently.

--dly-738
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Final-Recipient: rfc822; legal-kr@google.com
Action: delayed
Status: 4.4.2
Diagnostic-Code: smtp; 421 4.4.2 Connection timed out

--dly-738
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: [KCSC-240911-07] Request to remove content under Korean law
Message-ID: <{req_mid("KCSC-240911-07")}@kcsc.example>
Date: Wed, 11 Sep 2024 10:00:00 +0900

--dly-738--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery-delay notification",
    why="delivery status notification (delay)",
    items={},
)

# ================================================================ YouTube (KCSC-240911-07)
case(
    name="yt-channel-terminated",
    **{"from": "legal-notices@google.com"},
    date="Fri, 13 Sep 2024 08:20:00 +0000",
    subject="Re: [KCSC-240911-07] Request to remove content under Korean law",
    reply_to_req=req_mid("KCSC-240911-07"),
    body=f"""
Hello,

Regarding your request KCSC-240911-07: we have terminated the channel {YT2[1]} for repeated violations of our policy on the sale of regulated goods. The video {YT2[0]} was removed together with the channel.

The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice",
    why="channel terminated and the video removed with it",
    items={YT2[1]: R, YT2[0]: R},
)

case(
    name="yt-promise-after-appeal-window",
    **{"from": "legal-notices@google.com"},
    date="Thu, 12 Sep 2024 04:40:00 +0000",
    subject="Re: [KCSC-240911-07] Request to remove content under Korean law",
    reply_to_req=req_mid("KCSC-240911-07"),
    body=f"""
Hello,

Thank you for your request. The video {YT2[0]} and the channel {YT2[1]} will be removed once the uploader's seven-day response period ends on 19 September, unless the uploader provides information that changes our assessment.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood", classification="other",
    imitates="YouTube notice of a pending removal after the uploader's notice period",
    why="a conditional promise: nothing has happened yet",
    items={YT2[0]: P, YT2[1]: P},
)

yt_conf_csv = "video_url,action,date\n" + f"{YT2[0]},Removed,2024-09-12\n"
case(
    name="yt-csv-conflicts-with-note",
    **{"from": "legal-notices@google.com"},
    date="Fri, 13 Sep 2024 01:15:00 +0000",
    subject="[KCSC-240911-07] Outcome of your legal request",
    reply_to_req=req_mid("KCSC-240911-07"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="ytmix-738"

--ytmix-738
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

We have reviewed the video {YT2[0]} and found that it does not violate our
Community Guidelines or local law. It remains available on YouTube.

The outcome report is attached.

The YouTube Legal Support Team

--ytmix-738
Content-Type: text/csv; name="outcome_KCSC-240911-07.csv"
Content-Disposition: attachment; filename="outcome_KCSC-240911-07.csv"
Content-Transfer-Encoding: base64

{b64(yt_conf_csv)}
--ytmix-738--
""",
    outcome="review", review="conflicting_statements", classification="confirmation",
    imitates="YouTube outcome note with an attached outcome report",
    why="the note says the video stays up, the attached row says Removed",
    items={YT2[0]: P},
)

# ================================================================ NAVER (KCSC-240905-04)
case(
    name="naver-mixed-korean-sentence",
    **{"from": "policy@navercorp.com"},
    date="Mon, 09 Sep 2024 02:10:00 +0000",
    subject="[네이버] KCSC-240905-04 게시중단 요청 처리 결과 안내",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

KCSC-240905-04 요청에 대한 처리 결과를 안내드립니다.

요청하신 게시물 중 {NV[0]} 은 게시중단 조치하였고, {NV[1]} 는 임시조치(30일)하였으며, {NV[2]} 은 작성자가 이미 삭제하여 확인되지 않습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내",
    why="one sentence: 게시중단, 임시조치, already deleted by its author",
    items={NV[0]: R, NV[1]: RS, NV[2]: NF},
)

case(
    name="naver-particles-blind-and-refusal",
    **{"from": "cs_report@naver.com"},
    date="Tue, 10 Sep 2024 06:30:00 +0000",
    subject="Re: [KCSC-240905-04] 불법정보 게시물 조치 요청",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
안녕하세요. 네이버 신고센터입니다.

요청하신 게시물에 대한 검토 결과를 알려드립니다.

1) {NV[1]}에 대해서는 카페 운영원칙 위반이 확인되어 블라인드 처리하였습니다.
2) {NV[2]}의 경우, 검토 결과 서비스 운영정책 및 관련 법령에 위반되는 내용이 확인되지 않아 게시중단 요청을 수용하지 않았습니다.

추가 문의는 고객센터(https://help.naver.com/)로 해 주시기 바랍니다.

네이버 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 검토 결과 (블라인드 / 요청 미수용)",
    why="Korean particles glued to URLs; 블라인드 = removed; 요청을 수용하지 않았습니다 with its reason = rejected",
    items={NV[1]: R, NV[2]: RJ},
)

nv_html = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240905-04)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{NV[0]}</td><td>삭제</td><td>2024.09.10</td></tr>
<tr><td>2</td><td>{NV[1]}</td><td>접속차단(국내)</td><td>2024.09.10</td></tr>
<tr><td>3</td><td>{NV[2]}</td><td>미조치(게시물 없음)</td><td>-</td></tr>
</table>
<p>네이버㈜ 정책지원팀 드림</p>
</body></html>"""
case(
    name="naver-correction-request-result-table",
    **{"from": "policy@navercorp.com"},
    date="Wed, 11 Sep 2024 00:30:00 +0000",
    subject="[회신] 시정요구 조치결과 (KCSC-240905-04)",
    reply_to_req=req_mid("KCSC-240905-04"),
    type="html",
    body=nv_html,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table",
    why="삭제 = removed, 접속차단(국내) = restricted, 미조치(게시물 없음) = not_found",
    items={NV[0]: R, NV[1]: RS, NV[2]: NF},
)

case(
    name="naver-untrusted-dmarc-fail",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    date="Mon, 09 Sep 2024 09:00:00 +0000",
    subject="[네이버] KCSC-240905-04 게시중단 완료",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
안녕하세요, 네이버입니다.

요청하신 아래 게시물은 모두 게시중단 처리되었습니다.

{NV[0]}
{NV[1]}
{NV[2]}

감사합니다.
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="NAVER 게시중단 완료 notice failing DMARC",
    why="navercorp.com sender but dkim/spf/dmarc fail",
    items={NV[0]: P, NV[1]: P, NV[2]: P},
)

case(
    name="naver-asks-for-resolution",
    **{"from": "policy@navercorp.com"},
    date="Fri, 06 Sep 2024 07:45:00 +0000",
    subject="[네이버] KCSC-240905-04 관련 추가 자료 요청",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{NV[0]} 게시물과 관련하여, 불법정보 해당 여부를 판단할 수 있도록 심의 의결서 사본을 추가로 보내 주시기 바랍니다.

자료를 확인한 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for supporting documents (심의 의결서)",
    why="asks for a document before deciding; item stays pending",
    items={NV[0]: P},
)

case(
    name="naver-mdn-read-receipt",
    **{"from": "policy@navercorp.com"},
    date="Thu, 05 Sep 2024 06:02:11 +0000",
    subject="읽음 확인: [KCSC-240905-04] 불법정보 게시물 조치 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-738"

--mdn-738
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: policy@navercorp.com
제목: [KCSC-240905-04] 불법정보 게시물 조치 요청
읽은 시간: 2024-09-05 15:02

--mdn-738
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{req_mid("KCSC-240905-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-738--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean mail client read receipt (MDN)",
    why="read receipt",
    items={},
)

# ================================================================ Daum (KCSC-240909-05)
case(
    name="daum-raw-korean-path",
    **{"from": "cafe-report@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 04:10:00 +0000",
    subject="[Daum 카페] KCSC-240909-05 신고 처리 결과",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

KCSC-240909-05 요청 건의 처리 결과를 안내해 드립니다.

{DM_RAW0} 게시물은 운영정책 위반으로 블라인드 처리되었으며, {DM[1]} 게시물은 검토 결과 불법성이 확인되지 않아 별도의 조치를 하지 않았습니다.

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 신고 처리 결과 안내",
    why="raw Korean cafe path (percent-encoded in requests.csv) 블라인드 = removed; the other stays up with its reason",
    items={DM[0]: R, DM[1]: RJ},
)

case(
    name="daum-base64-restricted",
    **{"from": "noreply@daum.net"},
    name_from="Daum",
    date="Thu, 12 Sep 2024 09:30:00 +0000",
    subject="[Daum] KCSC-240909-05 조치 결과",
    reply_to_req=req_mid("KCSC-240909-05"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요, Daum입니다.

요청하신 게시물의 조치 결과를 알려드립니다.

- {DM[1]} : 국내 접근 제한 조치 완료
- {DM[0]} : 임시조치(30일) 완료

감사합니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 조치 결과 notice, base64 body",
    why="접근 제한 and 임시조치 both restricted",
    items={DM[1]: RS, DM[0]: RS},
)

case(
    name="daum-conditional-will-delete",
    **{"from": "cafe-report@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 02:00:00 +0000",
    subject="Re: [KCSC-240909-05] 불법정보 게시물 조치 요청",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

{DM[1]} 게시물은 현재 내부 검토 중이며, 불법 정보로 판단될 경우 삭제될 예정입니다.

검토가 끝나면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Kakao interim reply (검토 중, 삭제될 예정)",
    why="under review, conditional future deletion",
    items={DM[1]: P},
)

case(
    name="daum-out-of-office-korean",
    **{"from": "jiyoon.han@kakaocorp.com"},
    name_from="한지윤",
    date="Mon, 09 Sep 2024 03:01:00 +0000",
    subject="[자동응답] [KCSC-240909-05] 불법정보 게시물 조치 요청",
    reply_to_req=req_mid("KCSC-240909-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 한지윤입니다.

9월 13일까지 추석 연휴로 부재중입니다. 급한 용무는 고객센터(cs-policy@kakaocorp.com)로 연락 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="auto-reply",
    items={},
)

# ================================================================ TikTok (KCSC-240910-06)
case(
    name="tiktok-all-removed-one-item",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 11:11:11 +0000",
    subject="Re: [KCSC-240910-06] Request to remove content under Korean law",
    reply_to_req=req_mid("KCSC-240910-06"),
    body="""
Hello,

All the content in your report (KCSC-240910-06) has been removed for violating our Community Guidelines.

TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome, whole-report wording",
    why="'all the content' of a one-item request is that item",
    items={TT[0]: R},
)

case(
    name="tiktok-ack-echoes-url",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Tue, 10 Sep 2024 06:25:00 +0000",
    subject="We received your report",
    reply_to_req=req_mid("KCSC-240910-06"),
    body=f"""
Thanks for your report.

We've received your report about the following content:
{TT[0]}

Our team will review it and let you know the outcome. Report number: 7411-KR-20240910-0391

TikTok
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok report receipt echoing the reported link",
    why="a receipt that repeats the URL and promises a review",
    items={TT[0]: P},
)

case(
    name="tiktok-about-youtube-link",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 05:00:00 +0000",
    subject="Re: [KCSC-240911-07] Request to remove content under Korean law",
    reply_to_req=req_mid("KCSC-240911-07"),
    body=f"""
Hello,

The link you sent, {YT2[0]}, is not TikTok content, and we could not find it on TikTok. Please contact the service that hosts it.

TikTok Legal Team
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="platform replying that a link is not on its service",
    why="TikTok states a status for a YouTube item",
    items={YT2[0]: P},
)


HEADER = """# Blind set blind738 (what a program gets wrong). Written by make.py.
# Each case is judged alone on a fresh ledger holding requests.csv."""

def encode_headers(cases):
    """Non-ASCII Subject and display names as RFC 2047 encoded-words, as real mail has them."""
    for c in cases:
        for key in ("subject", "name_from"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind738", HEADER, CASES)
    print(f"{len(CASES)} cases")
