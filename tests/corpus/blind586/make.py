#!/usr/bin/env python3
"""Blind set 586: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Pinterest, plus Snapchat/Twitch mail that is not
about their own items).

    python3 tests/corpus/blind586/make.py

Writes requests.csv (with csv.writer), cases/*.eml and expected.toml. The
expected results were written from the meaning of each email alone, before
any run of the reader. Deterministic: no clock, no randomness.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
REQUESTS = [
    {
        "ref": "KCSC-240903-01", "platform": "x", "mid": "req-240903-01",
        "sent": "2024-09-03T10:12:00+09:00", "due": "2024-09-10T18:00:00+09:00",
        "category": "gambling",
        "note": 'Illegal online gambling promotion, 6 accounts ("toto" and casino links)',
        "urls": [
            "https://x.com/luckyspin_kr/status/1830112233445566771",
            "https://x.com/luckyspin_kr/status/1830112233445566772",
            "https://x.com/luckyspin_kr/status/1830187766554433221",
            "https://x.com/bet_haneul/status/1829001122334455667",
            "https://x.com/bet_haneul/status/1829001122334455990",
            "https://x.com/casino_moonrise/status/1830555000111222333",
            "https://x.com/casino_moonrise",
            "https://x.com/toto_gold77/status/1828444555666777888",
            "https://x.com/toto_gold77/status/1828444555666777999",
            "https://x.com/slotpalace_kr/status/1830999888777666555",
            "https://twitter.com/slotpalace_kr/status/1830999888777666001",
            "https://x.com/jackpot_seoul/status/1829777666555444333/photo/1",
        ],
    },
    {
        "ref": "KCSC-240904-02", "platform": "youtube", "mid": "req-240904-02",
        "sent": "2024-09-04T09:30:00+09:00", "due": "2024-09-11T18:00:00+09:00",
        "category": "drugs",
        "note": "Videos advertising sale of narcotics, one Short",
        "urls": [
            "https://www.youtube.com/watch?v=Qm3vX8pL2aE",
            "https://www.youtube.com/watch?v=Zt7Hk2nR9wB",
            "https://youtu.be/Lp4cW6sD1fY",
            "https://www.youtube.com/shorts/Ha9uJ3kE5rT",
        ],
    },
    {
        "ref": "KCSC-240905-03", "platform": "meta", "mid": "req-240905-03",
        "sent": "2024-09-05T14:05:00+09:00", "due": "2024-09-12T18:00:00+09:00",
        "category": "fraud",
        "note": "Investment scam: Facebook group post, Instagram post, Facebook profile",
        "urls": [
            "https://www.facebook.com/groups/4412998811/posts/7781203344",
            "https://www.instagram.com/p/C9xQwErTyUi/",
            "https://www.facebook.com/profile.php?id=100089912345678",
        ],
    },
    {
        "ref": "KCSC-240906-04", "platform": "tiktok", "mid": "req-240906-04",
        "sent": "2024-09-06T11:00:00+09:00", "due": "2024-09-13T18:00:00+09:00",
        "category": "drugs",
        "note": "Two videos from one seller account",
        "urls": [
            "https://www.tiktok.com/@pillshop.kr/video/7410022334455667788",
            "https://www.tiktok.com/@pillshop.kr/video/7410099887766554433",
        ],
    },
    {
        "ref": "KCSC-240909-05", "platform": "reddit", "mid": "req-240909-05",
        "sent": "2024-09-09T10:40:00+09:00", "due": "2024-09-16T18:00:00+09:00",
        "category": "forgery",
        "note": "Forged ID cards, two posts and the seller's profile",
        "urls": [
            "https://www.reddit.com/r/kfakeid/comments/1f3abcd/fake_ids_shipping_to_seoul/",
            "https://www.reddit.com/r/kfakeid/comments/1f3efgh/new_batch_photos/",
            "https://www.reddit.com/user/idmaker_seoul/",
        ],
    },
    {
        "ref": "KCSC-240910-06", "platform": "discord", "mid": "req-240910-06",
        "sent": "2024-09-10T09:15:00+09:00", "due": "2024-09-17T18:00:00+09:00",
        "category": "drugs",
        "note": "Invite to a server trading narcotics",
        "urls": ["https://discord.gg/k7sellers9"],
    },
    {
        "ref": "KCSC-240910-07", "platform": "pinterest", "mid": "req-240910-07",
        "sent": "2024-09-10T15:20:00+09:00", "due": "2024-09-17T18:00:00+09:00",
        "category": "gambling",
        "note": "Pins linking to an unlicensed casino, one on kr.pinterest.com",
        "urls": [
            "https://www.pinterest.com/pin/918273645500112233/",
            "https://kr.pinterest.com/pin/918273645500445566/",
        ],
    },
]
REQ = {r["ref"]: r for r in REQUESTS}
X = REQ["KCSC-240903-01"]["urls"]
Y = REQ["KCSC-240904-02"]["urls"]
M = REQ["KCSC-240905-03"]["urls"]
T = REQ["KCSC-240906-04"]["urls"]
R = REQ["KCSC-240909-05"]["urls"]
D = REQ["KCSC-240910-06"]["urls"]
P = REQ["KCSC-240910-07"]["urls"]

PLATFORM_NAMES = {"x": "X", "youtube": "YouTube", "meta": "Meta", "tiktok": "TikTok",
                  "reddit": "Reddit", "discord": "Discord", "pinterest": "Pinterest"}
SUBJECTS = {
    "KCSC-240903-01": "[KCSC-240903-01] Request for removal of illegal gambling content",
    "KCSC-240904-02": "[KCSC-240904-02] Request for removal of content advertising narcotics",
    "KCSC-240905-03": "[KCSC-240905-03] Request for removal of investment fraud content",
    "KCSC-240906-04": "[KCSC-240906-04] Request for removal of content advertising narcotics",
    "KCSC-240909-05": "[KCSC-240909-05] Request for removal of forged identity documents",
    "KCSC-240910-06": "[KCSC-240910-06] Request for removal of a server trading narcotics",
    "KCSC-240910-07": "[KCSC-240910-07] Request for removal of illegal gambling content",
}


def request_text(ref):
    r = REQ[ref]
    lines = [
        f"Dear {PLATFORM_NAMES[r['platform']]} team,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found the content",
        "below to be unlawful in the Republic of Korea and requests its removal.",
        f"Our reference: {ref}",
        "",
    ]
    for i, u in enumerate(r["urls"], 1):
        lines.append(f"{i}. {u}")
    lines += [
        "",
        f"Please reply to this address with the action taken on each item by {r['due'][:10]}.",
        "",
        "KCSC Takedown Desk",
    ]
    return "\n".join(lines)


def quoted(ref, intro):
    return intro + "\n" + "\n".join(("> " + l) if l else ">" for l in request_text(ref).split("\n"))


def csv_rows():
    for r in REQUESTS:
        for u in r["urls"]:
            yield [r["ref"], r["platform"], r["sent"], r["due"], u, r["category"],
                   r["mid"] + "@kcsc.example", r["note"]]


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= X (KCSC-240903-01, 12 items) =======================

case(
    name="x-legal-outcome-numbered",
    imitates="X legal request outcome email: per-item list, country withheld content (CWC) vs global removal",
    from_="legal-ops@x.com", name_from="X Legal",
    date="Fri, 06 Sep 2024 08:41:10 +0000",
    subject="Re: " + SUBJECTS["KCSC-240903-01"], reply_to_req="req-240903-01",
    body=f"""Hello,

Thank you for your request, reference KCSC-240903-01.

We have reviewed the reported content under the X Rules and applicable local
law. Outcome by item:

1. {X[0]} - withheld in South Korea
2. {X[1]} - withheld in South Korea
3. {X[2]} - withheld in South Korea
4. {X[3]} - removed globally for violating our rules on illegal or certain regulated goods and services

Country withheld content remains viewable outside the Republic of Korea. The
account holders were notified unless the law prevents us from doing so. You
can read more about how we handle such requests here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    why="numbered per-item outcomes: three withheld in KR, one removed globally",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "removed"},
)

case(
    name="x-top-posted-gmail-quote",
    imitates="X legal ops agent replying by hand, top-posted over the Gmail-quoted request",
    from_="dana.k@x.com", name_from="Dana K (X Legal Ops)",
    date="Sat, 07 Sep 2024 02:15:44 +0000",
    subject="Re: " + SUBJECTS["KCSC-240903-01"], reply_to_req="req-240903-01",
    body=f"""Hi KCSC team,

Update on your request: the post and the account below are now withheld in KR.

{X[5]}
{X[6]}

We did not take action on {X[7]}. Having reviewed it against the law you
cited, we could not identify unlawful content in this post (it links to a
sports news article), so it remains available.

Thanks,
Dana
X Legal Ops

""" + quoted("KCSC-240903-01", "On Tue, Sep 3, 2024 at 10:12 AM KCSC Takedown <takedown@kcsc.example> wrote:"),
    outcome="applied", classification="confirmation",
    why="two bare URLs under 'withheld in KR', one refusal with reason; quoted request below states nothing",
    items={X[5]: "restricted", X[6]: "restricted", X[7]: "rejected"},
)

case(
    name="x-url-then-action-line",
    imitates="X legal case-status report: bare URL, action on the line below",
    from_="noreply-legal@x.com", name_from="X Legal",
    date="Mon, 09 Sep 2024 05:02:19 +0000",
    subject="Case update: KCSC-240903-01",
    body=f"""Reference: KCSC-240903-01
Case status report

{X[8]}
Action: Withheld in South Korea (KR)

{X[9]}
Action: Withheld in South Korea (KR)

{X[10]}
Action: None. The post had already been deleted by the account holder before our review.

This is an automated summary of actions taken by our legal team. Please do not
reply to this message.
""",
    outcome="applied", classification="confirmation",
    why="two withheld in KR, one already deleted by its author (not_found); 'automated summary' is no auto-reply",
    items={X[8]: "restricted", X[9]: "restricted", X[10]: "not_found"},
)

x_table_rows = [
    (X[0], "Removed", "Global", "Violates X Rules (illegal gambling)"),
    (X[4], "Withheld", "KR", "Unlawful under local law"),
    (X[11], "No action", "-", "Not in violation of X Rules or the law cited"),
]
x_html = ["<html><body>", "<p>Dear KCSC,</p>",
          "<p>Please see below the outcome of your request <b>KCSC-240903-01</b> for the items our team has completed.</p>",
          '<table border="1" cellpadding="4">',
          "<tr><th>Reported URL</th><th>Action</th><th>Scope</th><th>Reason</th></tr>"]
for u, a, s, why in x_table_rows:
    x_html.append(f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td><td>{s}</td><td>{why}</td></tr>')
x_html += ["</table>",
           "<p>The other items in your request remain open with our team.</p>",
           '<p>X Legal &middot; <a href="https://legal.x.com/en/faq">Legal FAQ</a></p>',
           "</body></html>"]
case(
    name="x-html-outcome-table",
    imitates="X legal outcome sent as an HTML table (URL / action / scope / reason)",
    from_="legal-ops@x.com", name_from="X Legal",
    date="Tue, 10 Sep 2024 07:30:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240903-01"], reply_to_req="req-240903-01",
    type="html", body="\n".join(x_html),
    outcome="applied", classification="confirmation",
    why="HTML table: removed, withheld in KR, no action (refusal with reason); FAQ link is no item",
    items={X[0]: "removed", X[4]: "restricted", X[11]: "rejected"},
)

x_csv = ["reported_url,action,scope,notes"]
x_csv_status = [
    ("Withheld", "KR", "Unlawful under local law", "restricted"),
    ("Withheld", "KR", "Unlawful under local law", "restricted"),
    ("Removed", "Global", "X Rules: illegal or regulated goods", "removed"),
    ("Removed", "Global", "X Rules: illegal or regulated goods", "removed"),
    ("Withheld", "KR", "Unlawful under local law", "restricted"),
    ("Withheld", "KR", "Unlawful under local law", "restricted"),
    ("Suspended", "Global", "Account permanently suspended", "removed"),
    ("No action", "", "\"No violation of X Rules or local law identified\"", "rejected"),
    ("Withheld", "KR", "Unlawful under local law", "restricted"),
    ("Withheld", "KR", "Unlawful under local law", "restricted"),
    ("Not found", "", "Post does not exist", "not_found"),
    ("Withheld", "KR", "Unlawful under local law", "restricted"),
]
for u, (a, s, n, _) in zip(X, x_csv_status):
    x_csv.append(f"{u},{a},{s},{n}")
case(
    name="x-csv-attachment-all-items",
    imitates="X legal batch response with a CSV export of per-URL actions attached",
    from_="legal-ops@x.com", name_from="X Legal",
    date="Thu, 12 Sep 2024 03:12:55 +0000",
    subject="KCSC-240903-01 - final response",
    raw_mime="""Content-Type: multipart/mixed; boundary="=_xlegal_7731"

--=_xlegal_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

This is our final response to request KCSC-240903-01. The action taken on
each reported URL is listed in the attached file.

X Legal Operations

--=_xlegal_7731
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_actions.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_actions.csv"
Content-Transfer-Encoding: 7bit

""" + "\n".join(x_csv) + """

--=_xlegal_7731--
""",
    outcome="applied", classification="confirmation",
    why="CSV attachment gives every item's action: withheld KR, removed, suspended, no action, not found",
    items={u: st for u, (_, _, _, st) in zip(X, x_csv_status)},
)

case(
    name="x-account-suspended",
    imitates="X notice that a reported account was permanently suspended",
    from_="legal-ops@x.com", name_from="X Legal",
    date="Sat, 07 Sep 2024 11:20:03 +0000",
    subject="Re: " + SUBJECTS["KCSC-240903-01"], reply_to_req="req-240903-01",
    body=f"""Hello,

Regarding your report KCSC-240903-01: the account @casino_moonrise
({X[6]}) has been permanently suspended for violating the X Rules
on the promotion of illegal gambling. The profile is no longer viewable on X.

Best regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    why="account URL in parentheses, permanently suspended: no longer viewable anywhere, removed",
    items={X[6]: "removed"},
)

case(
    name="x-two-removed-rest-open",
    imitates="X legal agent reply naming two posts removed and saying the rest is still open",
    from_="minseo.p@x.com", name_from="Minseo P.",
    date="Wed, 11 Sep 2024 06:45:31 +0000",
    subject="RE: " + SUBJECTS["KCSC-240903-01"], reply_to_req="req-240903-01",
    body=f"""Hi,

Both posts from @bet_haneul that you reported have been removed for violating
our policy on illegal gambling:
- {X[3]}
- {X[4]}

The remaining items in your request are still with our team and we'll update
you separately.

Best,
Minseo
X Legal, APAC

""" + quoted("KCSC-240903-01", "On Tue, 3 Sep 2024 at 10:12, KCSC Takedown <takedown@kcsc.example> wrote:"),
    outcome="applied", classification="confirmation",
    why="two listed URLs removed; 'remaining items still with our team' changes nothing",
    items={X[3]: "removed", X[4]: "removed"},
)

case(
    name="x-outlook-original-message",
    imitates="Outlook reply with the unquoted request under '-----Original Message-----'",
    from_="apac-legal@x.com", name_from="X APAC Legal",
    date="Fri, 13 Sep 2024 01:05:12 +0000",
    subject="RE: " + SUBJECTS["KCSC-240903-01"], reply_to_req="req-240903-01",
    body=f"""Hello KCSC,

The post {X[11]} has been withheld in the Republic of Korea in response to
your legal demand.

Kind regards,
X APAC Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:12 AM
To: legal@x.com
Subject: {SUBJECTS['KCSC-240903-01']}

""" + request_text("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    why="one post withheld in Korea; the unquoted original below is our own request, not a statement",
    items={X[11]: "restricted"},
)

case(
    name="x-angle-bracket-wrapped",
    imitates="Formal letter-style X legal reply with URLs in angle brackets, one wrapped by the mail client",
    from_="legal-ops@x.com", name_from="X Legal",
    date="Mon, 16 Sep 2024 09:00:40 +0000",
    subject="Re: " + SUBJECTS["KCSC-240903-01"], reply_to_req="req-240903-01",
    body="""Dear Sir or Madam,

We write in response to your notice KCSC-240903-01. Following our review, we
have removed the following posts from X for violating the X Rules:

  <https://x.com/toto_gold77/status/1828444555666777999>
  <https://x.com/slotpalace_kr/status/
  1830999888777666555>

No further action is required on your part for these two posts.

Yours faithfully,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    why="two posts removed; the second URL is wrapped inside angle brackets (RFC 3986 App. C style)",
    items={X[8]: "removed", X[9]: "removed"},
)

case(
    name="x-legal-promise-pending-order",
    imitates="X legal reply promising to withhold once the legal order is verified",
    from_="legal-ops@x.com", name_from="X Legal",
    date="Thu, 05 Sep 2024 04:10:09 +0000",
    subject="Re: " + SUBJECTS["KCSC-240903-01"], reply_to_req="req-240903-01",
    body=f"""Hello,

Thanks for your request KCSC-240903-01.

Our team has begun reviewing the reported content. We expect to withhold
{X[0]} and {X[1]} in South Korea once we have
verified the legal basis you cited. We will write again when the review is
complete.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    why="a promise to withhold after verification is no statement of what was done",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    imitates="X legal short closing reply: all reported posts withheld, no item named",
    from_="legal-ops@x.com", name_from="X Legal",
    date="Sun, 15 Sep 2024 12:00:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240903-01"], reply_to_req="req-240903-01",
    body="""Hello,

We have completed our review of request KCSC-240903-01 and withheld the
reported posts and accounts in South Korea.

This case is now closed.

X Legal
""",
    outcome="review", review="bulk",
    why="one statement for a twelve-item request without naming any item",
    items={u: "pending" for u in X},
)

case(
    name="x-conditional-counter-notice",
    imitates="X notice that content will be withheld unless the account holder challenges the request",
    from_="legal-ops@x.com", name_from="X Legal",
    date="Sun, 08 Sep 2024 03:33:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240903-01"], reply_to_req="req-240903-01",
    body=f"""Hello,

We have notified the account holder of {X[9]}
about your request. If they do not provide a valid legal objection within 7
days, the post will be withheld in South Korea.

We will confirm the final outcome to you once that period has passed.

X Legal
""",
    outcome="review", review="not_understood",
    why="conditional future withholding; nothing has happened to the item yet",
    items={X[9]: "pending"},
)

case(
    name="x-lookalike-domain",
    imitates="Email from a lookalike 'X legal' domain claiming a removal",
    from_="notices@xcorp-legal-center.com", name_from="X Corp Legal Center",
    date="Mon, 09 Sep 2024 13:14:15 +0000",
    subject="Your request KCSC-240903-01 - content removed",
    body=f"""Dear Requester,

We confirm that {X[2]} has been removed from the platform.

To receive the full compliance report, please verify your agency account at
https://xcorp-legal-center.com/verify

X Corp Legal Center
""",
    outcome="review", review="unknown_sender",
    why="domain belongs to no configured platform; cannot change a status",
    items={X[2]: "pending"},
)

case(
    name="x-legal-request-receipt",
    imitates="X legal request portal submission receipt (case number, no outcome)",
    from_="noreply-legal@x.com", name_from="X Legal",
    date="Tue, 03 Sep 2024 01:20:00 +0000",
    subject="We received your legal request [KCSC-240903-01]",
    body="""Hello,

We have received your legal request. Your case number is 0917-2291-8830.

Our team reviews requests in the order they are received. Please keep this
case number for your records and include it in any further correspondence.

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    why="pure receipt with a case number; nothing about any item",
    items={},
)

# ======================= YouTube (KCSC-240904-02, 4 items) ==================

case(
    name="yt-legal-removed-and-blocked",
    imitates="YouTube Legal Support outcome: removed for Community Guidelines / blocked in country based on local law",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 00:12:33 +0000",
    subject="Re: " + SUBJECTS["KCSC-240904-02"], reply_to_req="req-240904-02",
    body=f"""Hello,

Thanks for reaching out to us about the content listed in your request
KCSC-240904-02.

After reviewing the content, we have removed the following videos from YouTube
for violating our Community Guidelines:
{Y[0]}
{Y[1]}

Based on local law, we have blocked the following video from view on YouTube
in South Korea:
{Y[2]}

If you have other concerns, you can submit a new request via
https://support.google.com/legal/answer/3110420

Sincerely,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    why="heading sentence then URLs: two removed, one blocked in Korea; support link is no item",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted"},
)

case(
    name="yt-age-restricted-and-declined",
    imitates="YouTube Legal Support reply: age restriction applied / not taking action (news report)",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 02:48:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240904-02"], reply_to_req="req-240904-02",
    body=f"""Hello,

We've completed our review of the remaining content in your notice
(KCSC-240904-02).

- {Y[3]} : we've applied an age restriction to this Short.
  It is no longer viewable by signed-out users or by users under 18.
- {Y[0]} : after careful consideration, we are not taking
  action on this video. It is a news report about drug enforcement and does
  not violate our policies or local law as we understand it.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    why="age-restricted Short (restricted) and a reasoned refusal (rejected)",
    items={Y[3]: "restricted", Y[0]: "rejected"},
)

yt_qp_text = f"""Hi there,

Thanks for your patience. The content at {Y[2]} that you reported in KCSC-240904-02 has been actioned under our policies, and the uploader has been notified.

Regarding {Y[1]}, the video had already been deleted by the uploader before our review, so no further action was needed on our side.

Best regards,
YouTube Trust & Safety
"""
case(
    name="yt-quoted-printable-actioned",
    imitates="YouTube Trust & Safety reply in quoted-printable with long soft-wrapped lines",
    from_="yt-trustandsafety@youtube.com", name_from="YouTube Trust & Safety",
    date="Wed, 11 Sep 2024 08:00:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240904-02"], reply_to_req="req-240904-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(yt_qp_text),
    outcome="applied", classification="confirmation",
    why="'has been actioned under our policies' is YouTube's configured removal phrase; second video deleted by uploader",
    items={Y[2]: "removed", Y[1]: "not_found"},
)

yt_alt_text = f"""Hello,

Update on your request KCSC-240904-02:

Removed: {Y[3]}
Restricted in South Korea: {Y[1]}

YouTube Legal Support
"""
yt_alt_html = f"""<html><body><p>Hello,</p>
<p>Update on your request KCSC-240904-02:</p>
<ul>
<li><b>Removed:</b> <a href="{Y[3]}">{Y[3]}</a></li>
<li><b>Restricted in South Korea:</b> <a href="{Y[1]}">{Y[1]}</a></li>
</ul>
<p>YouTube Legal Support</p></body></html>
"""
case(
    name="yt-multipart-alternative-labels",
    imitates="YouTube legal outcome as multipart/alternative with status labels before each URL",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 05:25:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240904-02"], reply_to_req="req-240904-02",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="yt-alt-4411"

--yt-alt-4411
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{yt_alt_text}
--yt-alt-4411
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

{yt_alt_html}
--yt-alt-4411--
""",
    outcome="applied", classification="confirmation",
    why="'Removed:' and 'Restricted in South Korea:' labels before each URL, same in both parts",
    items={Y[3]: "removed", Y[1]: "restricted"},
)

case(
    name="yt-hedge-and-under-review",
    imitates="YouTube support agent reply with a hedged observation and an 'under review' status",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 07:07:07 +0000",
    subject="Re: " + SUBJECTS["KCSC-240904-02"], reply_to_req="req-240904-02",
    body=f"""Hello,

Thanks for your message about KCSC-240904-02.

{Y[0]} appears to no longer be available, possibly because the
uploader took it down; we are checking this with the relevant team.
{Y[1]} is currently under review by our legal team.

We'll get back to you as soon as we have more information.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    why="'appears to', 'possibly' and 'under review' state nothing",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="yt-out-of-office",
    imitates="Google employee out-of-office auto-reply",
    from_="jiwoo.han@google.com", name_from="Jiwoo Han",
    date="Wed, 04 Sep 2024 00:31:00 +0000",
    subject="Automatic reply: " + SUBJECTS["KCSC-240904-02"], reply_to_req="req-240904-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""I am out of the office until Monday, September 9, with limited access to
email. For urgent legal removal matters please use the legal request form at
https://support.google.com/legal, which is monitored by the team.

Thank you,
Jiwoo
""",
    outcome="ignored", classification="auto_reply",
    why="out-of-office auto-reply",
    items={},
)

# ======================= Meta (KCSC-240905-03, 3 items) =====================

case(
    name="meta-local-law-restricted",
    imitates="Meta reply to a government report: not against Community Standards, restricted in country under local law; profile removed",
    from_="legal-response@meta.com", name_from="Meta Legal Response",
    date="Mon, 09 Sep 2024 10:02:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240905-03"], reply_to_req="req-240905-03",
    body=f"""Hi,

Thank you for your report, reference KCSC-240905-03.

We reviewed the reported content against our Community Standards and the
applicable law.

The Instagram post {M[1]} and the Facebook group post
{M[0]} do not go against our Community
Standards. However, following a legal review we have restricted access to
both of them in South Korea.

The Facebook profile {M[2]} went against our
Community Standards on fraud and deception and has been removed from Facebook.

Thanks,
Meta Legal Response Team
""",
    outcome="applied", classification="confirmation",
    why="two posts restricted in South Korea despite not violating standards; profile removed",
    items={M[1]: "restricted", M[0]: "restricted", M[2]: "removed"},
)

case(
    name="meta-dsa-statement-of-reasons",
    imitates="DSA Article 17 statement of reasons sent to the notifier (content, decision, territorial scope, ground, redress)",
    from_="notifications@facebookmail.com", name_from="Instagram",
    date="Tue, 10 Sep 2024 16:40:00 +0000",
    subject="Decision on your report (KCSC-240905-03)",
    body=f"""Statement of reasons

Content: {M[1]}
Decision: Content removed
Territorial scope: All countries
Facts and circumstances: Notice submitted by KCSC, reference KCSC-240905-03
Ground for decision: Incompatible with our terms (Community Guidelines -
  Fraud, Scams and Deceptive Practices)
Automated means: No automated means were used to take this decision.

Redress: information about the options available to you, including an appeal,
is at https://transparency.meta.com/policies/dsa-redress
""",
    outcome="applied", classification="confirmation",
    why="structured DSA statement: one item, decision content removed, global scope",
    items={M[1]: "removed"},
)

case(
    name="meta-no-action-and-not-found",
    imitates="Meta report outcome: doesn't go against Community Standards / couldn't find the content",
    from_="legal-response@meta.com", name_from="Meta Legal Response",
    date="Wed, 11 Sep 2024 09:19:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240905-03"], reply_to_req="req-240905-03",
    body=f"""Hello,

We've reviewed {M[0]} and found
that it doesn't go against our Community Standards. We also found no basis
under local law to restrict it, so we're not taking action on this post.

We couldn't find the content at
{M[2]}
The link may be incorrect, or the account may no longer exist.

Meta Legal Response Team
""",
    outcome="applied", classification="confirmation",
    why="reasoned refusal for the group post; 'couldn't find the content' is an unhedged not_found (the 'may' is only about why)",
    items={M[0]: "rejected", M[2]: "not_found"},
)

case(
    name="meta-bulk-all-removed",
    imitates="Meta short closing reply: everything reported has been removed",
    from_="legal-response@meta.com", name_from="Meta Legal Response",
    date="Thu, 12 Sep 2024 11:11:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240905-03"], reply_to_req="req-240905-03",
    body="""Hi,

We've removed all of the content you reported in KCSC-240905-03 for going
against our Community Standards.

Thanks for helping keep our community safe.

Meta Legal Response Team
""",
    outcome="review", review="bulk",
    why="a three-item request answered with one sentence naming no item",
    items={u: "pending" for u in M},
)

case(
    name="meta-hedged-group-admin",
    imitates="Meta agent reply guessing that a group admin deleted the post",
    from_="legal-response@meta.com", name_from="Meta Legal Response",
    date="Fri, 06 Sep 2024 06:06:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240905-03"], reply_to_req="req-240905-03",
    body=f"""Hi,

Regarding KCSC-240905-03: the group post
{M[0]} may have been
deleted by the group's admins already, but we still need to confirm this.
The other two items are in our review queue.

Meta Legal Response Team
""",
    outcome="review", review="not_understood",
    why="'may have been deleted ... still need to confirm' is a hedge; 'in our review queue' states nothing",
    items={M[0]: "pending"},
)

case(
    name="meta-report-received",
    imitates="Meta 'we received your report' confirmation with a report ID",
    from_="no-reply@facebookmail.com", name_from="Facebook",
    date="Thu, 05 Sep 2024 05:10:00 +0000",
    subject="We received your report",
    body="""Hi,

This email confirms that we received your report about content on Facebook.
Report ID: 8830021944576

We'll review it and let you know when we've made a decision. You can check the
status of your report in your Support Inbox.

The Facebook Team
""",
    outcome="ignored", classification="acknowledgement",
    why="pure receipt with a report ID",
    items={},
)

# ======================= TikTok (KCSC-240906-04, 2 items) ===================

case(
    name="tiktok-gov-request-bullets",
    imitates="TikTok law enforcement / government removal request outcome with bullets",
    from_="lert-apac@tiktok.com", name_from="TikTok Law Enforcement Response Team",
    date="Mon, 09 Sep 2024 03:00:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240906-04"], reply_to_req="req-240906-04",
    body=f"""Dear KCSC,

Re: KCSC-240906-04

\u2022 {T[0]} \u2014 Removed. The video violated our
  Community Guidelines (regulated goods).
\u2022 {T[1]} \u2014 Restricted in South Korea. The video
  does not violate our Community Guidelines but was found to be unlawful under
  local law; it is unavailable to users in Korea.

Kind regards,
TikTok Law Enforcement Response Team
""",
    outcome="applied", classification="confirmation",
    why="bulleted per-item outcomes: removed and restricted in Korea",
    items={T[0]: "removed", T[1]: "restricted"},
)

tt_html = f"""<html><body>
<p>Hello,</p>
<p>Thank you for your report (KCSC-240906-04). After review, we have removed the video
&lt;<a href="{T[1]}">{T[1]}</a>&gt; for violating our Community Guidelines.</p>
<p>The first video in your report is still being assessed by our legal team.</p>
<p>TikTok Trust &amp; Safety</p>
</body></html>
"""
case(
    name="tiktok-base64-html",
    imitates="TikTok Trust & Safety HTML notice, base64-encoded body",
    from_="no-reply@tiktok.com", name_from="TikTok",
    date="Tue, 10 Sep 2024 04:44:00 +0000",
    subject="Update on your report",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(tt_html),
    outcome="applied", classification="confirmation",
    why="base64 HTML: one URL (in escaped angle brackets) removed; the other 'still being assessed' stays pending",
    items={T[1]: "removed", T[0]: "pending"},
)

case(
    name="tiktok-dsa-sor-geo",
    imitates="TikTok DSA-style statement of reasons with a geographically limited visibility restriction",
    from_="dsa-notices@tiktok.com", name_from="TikTok",
    date="Wed, 11 Sep 2024 07:35:00 +0000",
    subject="Statement of reasons - KCSC-240906-04",
    body=f"""Statement of reasons

Content reported: {T[0]}
Decision: Visibility restriction - content made unavailable in the Republic of Korea
Territorial scope: KR
Legal ground: Unlawful under the laws of the Republic of Korea (notice KCSC-240906-04)
Detection: Notice from a government authority; reviewed by a person

Information on redress: https://www.tiktok.com/legal/page/global/dsa-redress
""",
    outcome="applied", classification="confirmation",
    why="decision restricts visibility in Korea only",
    items={T[0]: "restricted"},
)

case(
    name="tiktok-dkim-fail",
    imitates="TikTok-looking removal notice failing DKIM/SPF/DMARC",
    from_="lert-apac@tiktok.com", name_from="TikTok Law Enforcement Response Team",
    auth="fail",
    date="Tue, 10 Sep 2024 22:10:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240906-04"], reply_to_req="req-240906-04",
    body=f"""Dear KCSC,

The video {T[0]} has been removed for violating our
Community Guidelines.

TikTok Law Enforcement Response Team
""",
    outcome="review", review="untrusted",
    why="platform domain but authentication failed",
    items={T[0]: "pending"},
)

case(
    name="tiktok-dsn-bounce",
    imitates="Postfix DSN: our request could not be delivered to a TikTok mailbox",
    from_="MAILER-DAEMON@mx2.tiktok.com", name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 02:01:30 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-99AB"

--dsn-99AB
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-old@tiktok.com>: host mbox.tiktok.com[203.0.113.25] said: 550 5.1.1
    User unknown (in reply to RCPT TO command)

--dsn-99AB
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.tiktok.com
Arrival-Date: Fri,  6 Sep 2024 02:01:28 +0000

Final-Recipient: rfc822; legal-kr-old@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-99AB
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@tiktok.com
Subject: {SUBJECTS['KCSC-240906-04']}
Message-ID: <req-240906-04@kcsc.example>
Date: Fri, 06 Sep 2024 11:00:00 +0900

{request_text('KCSC-240906-04')}

--dsn-99AB--
""",
    outcome="ignored", classification="bounce",
    why="delivery status notification; the returned request states nothing",
    items={},
)

# ======================= Reddit (KCSC-240909-05, 3 items) ===================

case(
    name="reddit-url-below-statement",
    imitates="Reddit legal/admin reply with each URL on the line below its statement",
    from_="legal@reddit.com", name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 18:30:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240909-05"], reply_to_req="req-240909-05",
    body=f"""Hello,

Thank you for your notice KCSC-240909-05.

We have removed the following post for violating Reddit's Content Policy on
illegal transactions:
{R[0]}

This post was also removed:
{R[1]}

The account below has been permanently suspended:
{R[2]}

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    why="statement line, URL on the next line; suspended account is removed",
    items={R[0]: "removed", R[1]: "removed", R[2]: "removed"},
)

case(
    name="reddit-mixed-numbered",
    imitates="Reddit admin reply listing each reported item with its outcome",
    from_="legal@reddit.com", name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 20:05:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240909-05"], reply_to_req="req-240909-05",
    body=f"""Hi KCSC,

Here is where things stand on KCSC-240909-05:

1. {R[0]}
   Removed by Reddit admins.
2. {R[1]}
   This post was deleted by its author before we reviewed it, so no action
   was needed from us.
3. {R[2]}
   We reviewed this account and did not find a violation of our Content
   Policy. It remains active.

Best,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    why="removed, deleted by its author (not_found), no violation found (rejected)",
    items={R[0]: "removed", R[1]: "not_found", R[2]: "rejected"},
)

case(
    name="reddit-echoed-report",
    imitates="Reddit 'thanks for submitting a report' outcome message echoing the original report",
    from_="noreply@redditmail.com", name_from="Reddit",
    date="Fri, 13 Sep 2024 01:44:00 +0000",
    subject="Update on your report",
    body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After investigating,
we've found that the reported content violates Reddit's Content Policy and
we've removed it.

Your report:
Reported content: {R[1]}
Report reason: This is illegal content (KCSC-240909-05)
Submitted: September 9, 2024

Thanks again for your help in keeping Reddit safe.

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    why="the echoed report names exactly one URL; 'the reported content ... removed' is about it",
    items={R[1]: "removed"},
)

case(
    name="reddit-asks-for-order",
    imitates="Reddit legal asking for the underlying legal order before acting",
    from_="legal@reddit.com", name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 17:00:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240909-05"], reply_to_req="req-240909-05",
    body=f"""Hello,

Thank you for contacting Reddit about KCSC-240909-05.

Before we can assess {R[0]} and
{R[1]}, we need a copy of the
decision or the specific provision of Korean law that the content violates.
Please reply to this email with that document.

Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    why="asks for the legal basis; nothing done yet",
    items={R[0]: "pending", R[1]: "pending"},
)

case(
    name="reddit-read-receipt",
    imitates="MDN read receipt (multipart/report; disposition-notification)",
    from_="kyle.t@reddit.com", name_from="Kyle T",
    date="Mon, 09 Sep 2024 02:10:00 +0000",
    subject="Read: " + SUBJECTS["KCSC-240909-05"], reply_to_req="req-240909-05",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-5A1"

--mdn-5A1
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@reddit.com
  Subject: {SUBJECTS['KCSC-240909-05']}
  Sent: Monday, September 9, 2024 10:40 AM

was read on Monday, September 9, 2024 11:09 AM.

--mdn-5A1
Content-Type: message/disposition-notification

Reporting-UA: reddit.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;kyle.t@reddit.com
Original-Message-ID: <req-240909-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-5A1--
""",
    outcome="ignored", classification="read_receipt",
    why="read receipt",
    items={},
)

# ======================= Discord (KCSC-240910-06, 1 item) ===================

case(
    name="discord-sole-item-no-url",
    imitates="Discord Trust & Safety reply: server reviewed and removed, no link repeated",
    from_="safety@discord.com", name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 21:00:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240910-06"], reply_to_req="req-240910-06",
    body="""Hello,

Thank you for your report regarding KCSC-240910-06. Our Safety team has
reviewed the server you reported and removed it from Discord for violating
our Community Guidelines.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    why="one-item request; the single statement about 'the server you reported' applies to it",
    items={D[0]: "removed"},
)

case(
    name="discord-invite-expired-bilingual",
    imitates="Discord reply in English with a Korean summary: invite link invalid or expired",
    from_="safety@discord.com", name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 06:30:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240910-06"], reply_to_req="req-240910-06",
    body=f"""Hello,

The invite link {D[0]} is invalid or has expired, and we could
not identify a server associated with it. If you have a server ID or a
message link, please send it to us in a new report.

(요약) 요청하신 {D[0]}는 만료되었거나 유효하지 않은 초대 링크로, 연결된 서버를 확인할 수 없었습니다.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    why="invalid/expired invite, no server found: not_found; Korean summary has the URL followed by a particle",
    items={D[0]: "not_found"},
)

# ======================= Pinterest (KCSC-240910-07, 2 items) ================

case(
    name="pinterest-angle-brackets",
    imitates="Pinterest legal reply with URLs in angle brackets and an em-dash outcome",
    from_="legal@pinterest.com", name_from="Pinterest Legal",
    date="Fri, 13 Sep 2024 22:15:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240910-07"], reply_to_req="req-240910-07",
    body=f"""Hi,

Thanks for your request KCSC-240910-07. Here is what we did:

<{P[0]}> \u2014 removed for violating our Community Guidelines
<{P[1]}> \u2014 blocked in South Korea in response to your legal request

Pinterest Legal
""",
    outcome="applied", classification="confirmation",
    why="one removed, one blocked in South Korea (restricted)",
    items={P[0]: "removed", P[1]: "restricted"},
)

case(
    name="pinterest-kept-and-gone",
    imitates="Pinterest reply: Pin stays up (not against guidelines) / Pin already deleted by the Pinner",
    from_="legal@pinterest.com", name_from="Pinterest Legal",
    date="Mon, 16 Sep 2024 18:45:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240910-07"], reply_to_req="req-240910-07",
    body=f"""Hello,

We looked into both Pins in KCSC-240910-07.

The Pin at {P[0]} links to a lottery results
page. It doesn't violate our Community Guidelines, and we found no legal basis
to remove or restrict it, so it will stay up.

The Pin at {P[1]} had already been deleted by
the Pinner who saved it, so there was nothing left for us to act on.

Pinterest Legal
""",
    outcome="applied", classification="confirmation",
    why="reasoned refusal (rejected) and deleted by its author (not_found)",
    items={P[0]: "rejected", P[1]: "not_found"},
)

case(
    name="pinterest-portal-notice",
    imitates="Pinterest legal team notice about a new submission portal, no request named",
    from_="legal@pinterest.com", name_from="Pinterest Legal",
    date="Tue, 17 Sep 2024 15:00:00 +0000",
    subject="Changes to how we receive government requests",
    body="""Hello,

From October 1, 2024 we will only accept content removal requests from
government agencies through our online portal at
https://help.pinterest.com/en/law-enforcement-portal

Requests sent by email after that date will receive an automatic pointer to
the portal. Requests already submitted are not affected.

Pinterest Legal
""",
    outcome="review", review="no_claims",
    why="trusted platform mail naming no item and no request",
    items={},
)

zendesk_echo = "\n".join("  " + l if l else "" for l in request_text("KCSC-240910-07").split("\n"))
case(
    name="pinterest-ticket-receipt-echo",
    imitates="Zendesk-style ticket receipt that echoes the submitted request text",
    from_="support@pinterest.com", name_from="Pinterest Help",
    date="Tue, 10 Sep 2024 06:21:00 +0000",
    subject="[Request received] " + SUBJECTS["KCSC-240910-07"],
    body=f"""Your request (#48213) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------
KCSC Takedown, Sep 10, 2024, 15:20 KST

{zendesk_echo}
----------------------------------------------

This email is a service from Pinterest Help.
""",
    outcome="ignored", classification="acknowledgement",
    why="ticket receipt; the echoed text is our own request",
    items={},
)

# ======================= other platforms' mail ===============================

case(
    name="snap-not-on-snapchat",
    imitates="Snap law enforcement team answering a TikTok link sent to it by mistake",
    from_="lawenforcement@snap.com", name_from="Snap Law Enforcement Operations",
    date="Wed, 11 Sep 2024 23:10:00 +0000",
    subject="Re: " + SUBJECTS["KCSC-240906-04"],
    body=f"""Hello,

We received your message about {T[1]}.
This link is not hosted on Snapchat and we could not locate the content on any
Snap service. You may wish to contact the operator of that service directly.

Snap Law Enforcement Operations
""",
    outcome="review", review="wrong_platform",
    why="Snap states 'could not locate' about a TikTok item; not Snap's to state",
    items={T[1]: "pending"},
)

case(
    name="twitch-unmonitored-autoreply",
    imitates="Twitch 'this mailbox is not monitored' automatic reply",
    from_="no-reply@twitch.tv", name_from="Twitch",
    date="Tue, 10 Sep 2024 00:16:00 +0000",
    subject="Auto: " + SUBJECTS["KCSC-240910-06"],
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This mailbox is not monitored. Your message has not been read.

Law enforcement and government agencies can submit requests at
https://help.twitch.tv/s/article/law-enforcement

Twitch Legal
""",
    outcome="ignored", classification="auto_reply",
    why="unmonitored-mailbox auto-reply",
    items={},
)

# 'from_' is a reserved-looking key; corpuslib reads 'from'.
for c in CASES:
    c["from"] = c.pop("from_")

HEADER = """# Blind set 586: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Pinterest; Snap and Twitch mail about no item of
# theirs). Written by python3 tests/corpus/blind586/make.py; expected results
# written from each email's meaning before any run of the reader."""


def main():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for row in csv_rows():
            w.writerow(row)
    corpuslib.write_set(HERE, "blind586", HEADER, CASES)


if __name__ == "__main__":
    main()
