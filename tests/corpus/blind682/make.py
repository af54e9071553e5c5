#!/usr/bin/env python3
"""Blind set 682: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Telegram, Snapchat and Pinterest mail
that changes nothing).

    python3 tests/corpus/blind682/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before
the reader was run on this set.
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

# ---------------------------------------------------------------- requests

X = [
    "https://x.com/nightowl_kr88/status/1830412200114455661",      # 0
    "https://x.com/nightowl_kr88/status/1830419977310022334",      # 1
    "https://x.com/moonlit_deals/status/1829988001234567890",      # 2
    "https://x.com/moonlit_deals/status/1829990456712398765",      # 3
    "https://x.com/grayharbor_acc/status/1830102030405060708",     # 4
    "https://x.com/grayharbor_acc",                                # 5
    "https://x.com/pixelrain_77/status/1830555666777888999",       # 6
    "https://x.com/pixelrain_77/status/1830556000111222333",       # 7
    "https://twitter.com/oldsign_archive/status/1829001234500011122",  # 8
    "https://x.com/lotus_ledger/status/1830777123456789012",       # 9
    "https://x.com/lotus_ledger/status/1830777123456789013",       # 10
    "https://x.com/i/web/status/1830888000111222444",              # 11
    "https://x.com/seoul_nocturne/status/1830999888777666555",     # 12
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8pLx2A",
    "https://www.youtube.com/watch?v=bR7nK0sWd4E",
    "https://www.youtube.com/shorts/Zt5hJ2kLq9U",
    "https://www.youtube.com/@stormline_tv",
]
META = [
    "https://www.facebook.com/greenmarket.kr/posts/pfbid02Xa7Lm9Qw3Er5Ty",
    "https://www.facebook.com/groups/6612345098765/posts/7723456109876/",
    "https://www.instagram.com/p/C9xQ2mLw8Zr/",
    "https://www.instagram.com/reel/C9yT5nKp3Ha/",
    "https://www.instagram.com/sunny.ledger.shop/",
]
TT = [
    "https://www.tiktok.com/@velvetcrow.kr/video/7409876543210987654",
    "https://www.tiktok.com/@velvetcrow.kr/video/7409876543210999001",
    "https://www.tiktok.com/@harborlight_99",
]
# The first Reddit URL carries a Korean slug, stored percent-encoded; one
# email writes it raw (시험_답안).
RD_RAW0 = "https://www.reddit.com/r/koreadeals_unofficial/comments/1f3abcd/시험_답안/"
RD = [
    "https://www.reddit.com/r/koreadeals_unofficial/comments/1f3abcd/%EC%8B%9C%ED%97%98_%EB%8B%B5%EC%95%88/",
    "https://www.reddit.com/user/quietmoth_42/comments/1f3xyz9/",
]
DC = [
    "https://discord.gg/nightmkt77",
    "https://discord.com/channels/1180000000000000001/1180000000000000002/1280000000000000003",
]
TW = ["https://www.twitch.tv/videos/2245678901"]

REQUESTS = [
    # ref, platform, sent, due, urls, category, reply id, platform name
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-05T18:00:00+09:00", X,
     "illegal_goods", "kcsc-req-240902-01", "X"),
    ("KCSC-240903-02", "youtube", "2024-09-03T11:00:00+09:00", "2024-09-06T18:00:00+09:00", YT,
     "gambling", "kcsc-req-240903-02", "YouTube"),
    ("KCSC-240904-03", "meta", "2024-09-04T09:30:00+09:00", "2024-09-09T18:00:00+09:00", META,
     "illegal_goods", "kcsc-req-240904-03", "Meta"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T14:00:00+09:00", "2024-09-10T18:00:00+09:00", TT,
     "drugs", "kcsc-req-240905-04", "TikTok"),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:15:00+09:00", "2024-09-11T18:00:00+09:00", RD,
     "exam_fraud", "kcsc-req-240906-05", "Reddit"),
    ("KCSC-240909-06", "discord", "2024-09-09T13:00:00+09:00", "2024-09-12T18:00:00+09:00", DC,
     "illegal_goods", "kcsc-req-240909-06", "Discord"),
    ("KCSC-240910-07", "twitch", "2024-09-10T16:00:00+09:00", "2024-09-13T18:00:00+09:00", TW,
     "gambling", "kcsc-req-240910-07", "Twitch"),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, _ in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", "blind682"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def display(u):
    """The URL as our own request email wrote it (Korean slug raw)."""
    return RD_RAW0 if u == RD[0] else u


def request_text(ref):
    _, _, sent, due, urls, _, _, pname = REQ[ref]
    lines = [
        f"Dear {pname} team,",
        "",
        "The Korea Communications Standards Commission has found that the content",
        "below breaks the laws of the Republic of Korea. We ask you to remove it or",
        f"to block access to it from Korea, under reference {ref}.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {display(u)}")
    lines += [
        "",
        f"Please reply by {due[:10]} stating, for each URL, the action you took.",
        "",
        "KCSC Takedown Desk",
        "takedown@kcsc.example",
    ]
    return "\n".join(lines)


def quoted(ref):
    return "\n".join(("> " + l) if l else ">" for l in request_text(ref).split("\n"))


def all_pending(urls, **over):
    d = {u: "pending" for u in urls}
    d.update(over)
    return d


def b64(data):
    s = base64.b64encode(data.encode("utf-8")).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ------------------------------------------------------------------ cases

cases = []


def case(**kw):
    cases.append(kw)


# ---------- X (KCSC-240902-01, 13 items) ----------

case(
    name="x-legal-withheld-and-removed",
    outcome="applied",
    classification="confirmation",
    imitates="X Legal reply to a government removal request: country-withheld content plus a removal under the X Rules",
    why="Two posts explicitly withheld in South Korea, one explicitly removed; the rest only 'still under review'",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Thu, 05 Sep 2024 07:12:40 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content - Case 0931-2207-KR",
    reply_to_req="kcsc-req-240902-01",
    body=f"""
Hello,

Thank you for your request, reference KCSC-240902-01. We reviewed the
reported content against the X Rules and the laws of the Republic of Korea.

Following that review, we have withheld the posts below in South Korea.
They remain viewable outside South Korea.

{X[0]}
{X[1]}

The following post breaks the X Rules on illegal or certain regulated goods
and services, and we have removed it from X:

{X[2]}

We are still reviewing the other URLs in your request and will write again
once we reach a decision.

More on country-withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed"},
)

case(
    name="x-html-outcome-table",
    outcome="applied",
    classification="confirmation",
    imitates="X legal-request outcome sent as an HTML table (reported URL / action / scope)",
    why="HTML-only table: removed globally, withheld in KR, and 'No action' explained as no violation found",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Fri, 06 Sep 2024 02:40:11 +0000",
    subject="Outcome of your report KCSC-240902-01",
    reply_to_req="kcsc-req-240902-01",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Below is the outcome of our review of report <b>KCSC-240902-01</b> for the URLs we have finished reviewing.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th><th>Scope</th></tr>
<tr><td><a href="{X[3]}">{X[3]}</a></td><td>Removed (X Rules: illegal or certain regulated goods or services)</td><td>Global</td></tr>
<tr><td><a href="{X[4]}">{X[4]}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>No action*</td><td>&ndash;</td></tr>
</table>
<p>* No action: we did not find that this post breaks the X Rules or local law, and it stays available.</p>
<p>X Legal<br><a href="https://help.x.com/en/forms/legal">help.x.com/en/forms/legal</a></p>
</body></html>
""",
    items={X[3]: "removed", X[4]: "restricted", X[6]: "rejected"},
)

case(
    name="x-account-suspended",
    outcome="applied",
    classification="confirmation",
    imitates="X Support notice that a reported account was permanently suspended",
    why="The reported account itself is named and stated suspended, its profile no longer viewable: removed",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Fri, 06 Sep 2024 09:03:55 +0000",
    subject="Your report about @grayharbor_acc [ref:KCSC-240902-01]",
    body=f"""
Hi,

We're writing about your report KCSC-240902-01 concerning the account
@grayharbor_acc ({X[5]}).

After reviewing it, we have permanently suspended this account for
violating the X Rules. Its profile can no longer be viewed on X.

Thanks for helping keep X safe.

X Support
""",
    items={X[5]: "removed"},
)

case(
    name="x-url-then-status-line",
    outcome="applied",
    classification="confirmation",
    imitates="X legal-request portal case update listing each URL with a 'Status:' line below it",
    why="Bare URLs each followed by a status line: removed, withheld in KR, no violation (stays up)",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Mon, 09 Sep 2024 05:21:07 +0000",
    subject="Case update: KCSC-240902-01",
    reply_to_req="kcsc-req-240902-01",
    body=f"""
Case update
Your reference: KCSC-240902-01
Submitted via: legal request portal

Reviewed items

{X[7]}
Status: Removed - violates our policy on illegal goods and services

{X[8]}
Status: Withheld in: KR

{X[9]}
Status: No violation found. This post will remain available.

This is an automated summary of decisions made by our team. Please do not
reply to this message; use the portal for follow-up questions.
""",
    items={X[7]: "removed", X[8]: "restricted", X[9]: "rejected"},
)

csv_x = (
    "url,decision,country\r\n"
    f"{X[10]},Removed,Global\r\n"
    f"{X[11]},Not found - post does not exist,\r\n"
    f"{X[12]},Withheld,KR\r\n"
)
case(
    name="x-csv-attachment",
    outcome="applied",
    classification="confirmation",
    imitates="X legal team reply attaching a CSV of per-URL decisions",
    why="CSV attachment: removed, not found, withheld in KR",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Tue, 10 Sep 2024 03:44:19 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="kcsc-req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b682-x-csv"

--b682-x-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the outcome for the URLs in KCSC-240902-01 that our team has
finished reviewing. One row per URL.

X Legal

--b682-x-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv_x)}
--b682-x-csv--
""",
    items={X[10]: "removed", X[11]: "not_found", X[12]: "restricted"},
)

case(
    name="x-top-posted-over-request",
    outcome="applied",
    classification="confirmation",
    imitates="X legal staff replying on top of the regulator's quoted request (Gmail-style quote)",
    why="Top text states both @lotus_ledger posts taken down; the rest 'still with our team'; the quoted request changes nothing",
    **{"from": "m.harlow@x.com"},
    name_from="Maya Harlow",
    date="Wed, 11 Sep 2024 01:15:32 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="kcsc-req-240902-01",
    body=f"""
Hi,

Quick update on your request: both posts from @lotus_ledger have now been
taken down.
{X[9]}
{X[10]}

The other posts are still with our team.

Best,
Maya
X Legal Operations

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240902-01")}
""",
    items=all_pending(X, **{X[9]: "removed", X[10]: "removed"}),
)

case(
    name="x-qp-not-found",
    outcome="applied",
    classification="confirmation",
    imitates="X legal reply that the reported posts could not be located or were deleted by their author (quoted-printable)",
    why="One post cannot be located, one deleted by its author before review: both not_found",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Wed, 11 Sep 2024 06:30:00 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="kcsc-req-240902-01",
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""Hello,

We looked into the following posts from your request KCSC-240902-01.

- {X[6]} \u2014 we could not locate this post; the link does not lead to any post on X.
- {X[11]} \u2014 this post was deleted by the account holder before our review, so there was nothing left for us to action.

X Legal
"""),
    items={X[6]: "not_found", X[11]: "not_found"},
)

case(
    name="x-outlook-original-message",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply from an X trust-and-safety agent above '-----Original Message-----'",
    why="Two named posts removed; everything under the Original Message separator is our own request",
    **{"from": "d.okafor@x.com"},
    name_from="Daniel Okafor",
    date="Thu, 12 Sep 2024 08:02:47 +0000",
    subject="RE: [KCSC-240902-01] Request to remove content",
    reply_to_req="kcsc-req-240902-01",
    body=f"""
Hello KCSC team,

Following your request, the posts below were removed for violating our
rules and are no longer available on X:

  {X[0]}
  {X[4]}

Kind regards,
Daniel Okafor
Trust & Safety, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240902-01] Request to remove content

{request_text("KCSC-240902-01")}
""",
    items=all_pending(X, **{X[0]: "removed", X[4]: "removed"}),
)

case(
    name="x-gmail-quote-withheld",
    outcome="applied",
    classification="confirmation",
    imitates="X legal reply in Gmail style, statements on top, '>'-quoted request below",
    why="x13 withheld in South Korea, x8 removed; quoted lines carry no statement",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Thu, 12 Sep 2024 11:47:03 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="kcsc-req-240902-01",
    body=f"""
Hello,

We have withheld access to {X[12]} in South Korea in response to your legal
demand. We have also removed {X[7]} because it breaks the X Rules.

X Legal

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240902-01")}
""",
    items=all_pending(X, **{X[12]: "restricted", X[7]: "removed"}),
)

case(
    name="x-promise-to-withhold",
    outcome="review",
    review="not_understood",
    classification="confirmation",
    imitates="X legal holding reply promising to withhold once local-law review is done",
    why="'We will withhold ... once the review is finished' is a promise, not a statement; item stays pending",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Wed, 04 Sep 2024 04:10:00 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="kcsc-req-240902-01",
    body=f"""
Hello,

Thank you for your patience with request KCSC-240902-01.

We will withhold {X[1]} in South Korea once our local-law review is
finished. This normally takes up to five business days. We will confirm by
email when it is done.

X Legal
""",
    items={X[1]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    outcome="review",
    review="bulk",
    classification="confirmation",
    imitates="X legal one-line outcome covering a whole government request",
    why="'All posts listed in your request have been withheld' names none of 13 items: bulk review",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Fri, 13 Sep 2024 02:00:00 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="kcsc-req-240902-01",
    body="""
Hello,

All posts listed in your request KCSC-240902-01 have been withheld in
South Korea.

X Legal
""",
    items=all_pending(X),
)

case(
    name="x-unmatched-url",
    outcome="review",
    review="unmatched_claims",
    classification="confirmation",
    imitates="X legal reply quoting a post URL that was not in the regulator's request",
    why="References our request but the removed post is not one of its URLs",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Fri, 13 Sep 2024 06:25:10 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="kcsc-req-240902-01",
    body="""
Hello,

Regarding KCSC-240902-01: we have removed
https://x.com/moonlit_deals/status/1829988001234500000 for violating the X
Rules.

X Legal
""",
    items={},
)

case(
    name="x-policy-announcement",
    outcome="review",
    review="no_claims",
    classification="other",
    imitates="X Global Government Affairs circular to registered government reporters",
    why="Trusted X mail that names no item and no request: no_claims",
    **{"from": "gov-affairs@x.com"},
    name_from="X Global Government Affairs",
    date="Mon, 16 Sep 2024 00:00:00 +0000",
    subject="Changes to how X receives government requests",
    body="""
Dear partner,

From 1 October 2024, X will accept government removal requests only through
the legal request portal at https://legalrequests.x.com/. Requests sent by
email after that date will receive an automatic pointer to the portal.

Registered agencies keep their existing portal accounts and do not need
to do anything.

X Global Government Affairs
""",
    items={},
)

case(
    name="x-out-of-office",
    outcome="ignored",
    classification="auto_reply",
    imitates="Out-of-office automatic reply from an X legal staff member",
    why="Automatic out-of-office reply",
    **{"from": "s.lindqvist@x.com"},
    name_from="Sara Lindqvist",
    date="Mon, 02 Sep 2024 01:00:12 +0000",
    subject="Automatic reply: [KCSC-240902-01] Request to remove content",
    reply_to_req="kcsc-req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email.

For legal requests, please use https://legalrequests.x.com/ so that the
on-call team can pick them up.

Sara
""",
    items={},
)

# ---------- YouTube (KCSC-240903-02, 4 items) ----------

case(
    name="yt-legal-outcome-bullets",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube Legal Support outcome of a legal removal request (blocked locally / removed under Community Guidelines / no action)",
    why="Per-URL bullets: blocked in South Korea, removed, decided not to take action",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 08:33:21 +0000",
    subject="Re: Legal removal request [KCSC-240903-02]",
    reply_to_req="kcsc-req-240903-02",
    body=f"""
Hi KCSC team,

Thanks for your legal removal request (KCSC-240903-02). We've completed our
review of the content you flagged.

Outcome by URL:

\u2022 {YT[0]} \u2014 Based on local law, we've blocked this video from view in South Korea.
\u2022 {YT[1]} \u2014 We removed this video for violating YouTube's Community Guidelines.
\u2022 {YT[2]} \u2014 We reviewed this content and decided not to take action: it does not violate our policies and we did not find it unlawful under the law you cited.

You can read about how we handle legal requests at
https://support.google.com/youtube/answer/6154232

Regards,
The YouTube Legal Support Team
""",
    items={YT[0]: "restricted", YT[1]: "removed", YT[2]: "rejected"},
)

case(
    name="yt-channel-terminated-short-age-restricted",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube Trust & Safety reply: channel termination and an age restriction",
    why="Channel terminated (removed); Short age-restricted (restricted)",
    **{"from": "youtube-trust-safety@google.com"},
    name_from="YouTube Trust & Safety",
    date="Mon, 09 Sep 2024 02:18:44 +0000",
    subject="Update on your report KCSC-240903-02",
    body=f"""
Hello,

Following your report KCSC-240903-02:

1) The channel {YT[3]} has been terminated for repeated violations of
   our spam, deceptive practices and scams policies.

2) The Short {YT[2]} has been age-restricted. It is no longer visible to
   signed-out viewers or to users under 18.

Sincerely,
YouTube Trust & Safety
""",
    items={YT[3]: "removed", YT[2]: "restricted"},
)

html_yt = f"""<html><body>
<div style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>Regarding your notice <b>KCSC-240903-02</b>:</p>
<p>The video <a href="{YT[1]}">{YT[1]}</a> has been actioned under our policies.</p>
<p>If you have further concerns, you can submit a new request at
<a href="https://support.google.com/legal/answer/3110420">support.google.com/legal</a>.</p>
<p>&mdash; YouTube Legal Support</p>
</div></body></html>
"""
case(
    name="yt-base64-html-actioned",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-support HTML template ('has been actioned under our policies'), base64 encoded",
    why="The configured YouTube phrase 'has been actioned under our policies' on a named video: removed",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 07:55:00 +0000",
    subject="Re: Legal removal request [KCSC-240903-02]",
    reply_to_req="kcsc-req-240903-02",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html_yt)}
""",
    items={YT[1]: "removed"},
)

case(
    name="yt-url-below-statement",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal reply with each URL on the line after its statement",
    why="Statement line ends in ':' and the URL follows: y2 blocked in South Korea, y1 deleted by its uploader before review",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 05:05:05 +0000",
    subject="Re: Legal removal request [KCSC-240903-02]",
    reply_to_req="kcsc-req-240903-02",
    body=f"""
Hello,

We have blocked the following video from being viewed in South Korea:
{YT[1]}

The following video was deleted by its uploader before we reviewed it, so
we could not find it:
{YT[0]}

Regards,
YouTube Legal Support
""",
    items={YT[1]: "restricted", YT[0]: "not_found"},
)

case(
    name="yt-hedge-and-under-review",
    outcome="review",
    review="not_understood",
    classification="confirmation",
    imitates="YouTube legal holding reply with a hedge and an 'under review'",
    why="'appears to have been removed' is a hedge and 'still under review' is no outcome: both pending",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 09:40:00 +0000",
    subject="Re: Legal removal request [KCSC-240903-02]",
    reply_to_req="kcsc-req-240903-02",
    body=f"""
Hello,

Thanks for your request. A quick note while we work on it:

- {YT[0]} appears to have been taken down by the uploader already; we are
  checking this.
- {YT[2]} is still under review by our legal team.

We'll get back to you with a final answer.

YouTube Legal Support
""",
    items={YT[0]: "pending", YT[2]: "pending"},
)

case(
    name="yt-dsn-bounce",
    outcome="ignored",
    classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification with the original request attached",
    why="A bounce (DSN) of our own request; its URLs are our text",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Tue, 03 Sep 2024 02:00:41 +0000",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b682-dsn"

--b682-dsn
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-kr-old@google.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--b682-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 03 Sep 2024 02:00:38 +0000

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--b682-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: [KCSC-240903-02] Legal removal request
Date: Tue, 03 Sep 2024 11:00:00 +0900
Message-ID: <kcsc-req-240903-02-copy@kcsc.example>
Content-Type: text/plain; charset=utf-8

{request_text("KCSC-240903-02")}

--b682-dsn--
""",
    items=all_pending(YT),
)

# ---------- Meta (KCSC-240904-03, 5 items) ----------

case(
    name="meta-restricted-in-korea-and-removed",
    outcome="applied",
    classification="confirmation",
    imitates="Meta content-restriction reply to a government authority (restricted locally under local law; removed under Community Standards)",
    why="Two items restricted in South Korea, one removed under Community Standards",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Content Restrictions",
    date="Mon, 09 Sep 2024 03:12:09 +0000",
    subject="Your request KCSC-240904-03",
    reply_to_req="kcsc-req-240904-03",
    body=f"""
Hello,

We've reviewed your report KCSC-240904-03 under our Community Standards and
the local law you cited.

We have restricted access in South Korea to the following content. It
remains visible in other countries.

1. {META[0]}
2. {META[1]}

We removed the following content because it goes against our Community
Standards on restricted goods and services:

3. {META[2]}

Meta
Content Restrictions Team
""",
    items={META[0]: "restricted", META[1]: "restricted", META[2]: "removed"},
)

case(
    name="meta-instagram-bullets-disabled",
    outcome="applied",
    classification="confirmation",
    imitates="Instagram legal-team outcome with bullets: reel removed, account disabled",
    why="Reel removed; reported account disabled (removed); help link is not an item",
    **{"from": "legal-noreply@mail.instagram.com"},
    name_from="Instagram",
    date="Tue, 10 Sep 2024 10:20:30 +0000",
    subject="Update on report KCSC-240904-03",
    body=f"""
Hi,

Here is an update on report KCSC-240904-03.

 * Reel {META[3]} : removed
 * Account {META[4]} : disabled

To learn more about our rules, see https://help.instagram.com/477434105621119

Instagram
""",
    items={META[3]: "removed", META[4]: "removed"},
)

case(
    name="meta-not-violating-and-missing",
    outcome="applied",
    classification="confirmation",
    imitates="Meta 'doesn't go against our Community Standards' outcome plus a 'we couldn't find the content' line",
    why="One item left up with reasons (rejected); one cannot be found (not_found; the 'may' is only about the cause)",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Content Restrictions",
    date="Wed, 11 Sep 2024 04:04:04 +0000",
    subject="Re: Your request KCSC-240904-03",
    reply_to_req="kcsc-req-240904-03",
    body=f"""
Hello,

We've reviewed {META[2]} and found that it doesn't go against our Community
Standards. We also found no basis to restrict it under the local law you
cited, so we have left it up.

We couldn't find any content at {META[0]}.
The link may be broken, or the post may have been deleted.

Meta
""",
    items={META[2]: "rejected", META[0]: "not_found"},
)

case(
    name="meta-echoed-report-decision",
    outcome="applied",
    classification="confirmation",
    imitates="Meta support-inbox outcome that echoes the report ('Your report' / 'Our decision')",
    why="Echoed report names one item; 'Our decision' states it removed",
    **{"from": "notification@facebookmail.com"},
    name_from="Facebook",
    date="Wed, 11 Sep 2024 12:12:12 +0000",
    subject="We removed the content you reported",
    body=f"""
Your report
Reference: KCSC-240904-03
Content reported: {META[1]}
What you told us: This group post advertises goods whose sale is illegal
under Korean law.

Our decision
We removed this content because it goes against our Community Standards.
Thanks for letting us know.

The Facebook team
""",
    items={META[1]: "removed"},
)

case(
    name="meta-bulk-all-removed",
    outcome="review",
    review="bulk",
    classification="confirmation",
    imitates="Meta short outcome covering every URL of a request",
    why="'All the content you reported ... has been removed' for a five-item request: bulk",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Content Restrictions",
    date="Thu, 12 Sep 2024 01:30:00 +0000",
    subject="Re: Your request KCSC-240904-03",
    reply_to_req="kcsc-req-240904-03",
    body="""
Hello,

All the content you reported under KCSC-240904-03 has been removed from
Facebook and Instagram.

Meta
""",
    items=all_pending(META),
)

case(
    name="meta-read-receipt",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a Meta staff member",
    why="A read receipt",
    **{"from": "jseo@meta.com"},
    name_from="Jiwon Seo",
    date="Wed, 04 Sep 2024 06:40:00 +0000",
    subject="Read: [KCSC-240904-03] Request to remove content",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b682-mdn"

--b682-mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: jseo@meta.com
  Subject: [KCSC-240904-03] Request to remove content
  Sent: Wednesday, September 4, 2024 9:30 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 3:40 PM (UTC+09:00) Seoul.

--b682-mdn
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jseo@meta.com
Original-Message-ID: <kcsc-req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b682-mdn--
""",
    items={},
)

# ---------- TikTok (KCSC-240905-04, 3 items) ----------

case(
    name="tiktok-dsa-statement-of-reasons",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok DSA Art. 17 statement of reasons (decision, ground, territorial scope, redress)",
    why="SoR fields: content 1 removal (all countries), content 2 made unavailable in Korea (restricted)",
    **{"from": "dsa-notices@tiktok.com"},
    name_from="TikTok",
    date="Mon, 09 Sep 2024 09:09:09 +0000",
    subject="Statement of reasons - your notice KCSC-240905-04",
    reply_to_req="kcsc-req-240905-04",
    body=f"""
Statement of reasons

Notice reference: KCSC-240905-04
TikTok reference: TT-SOR-55812093

Content 1
URL: {TT[0]}
Decision: Removal of the content
Ground: Illegal content (sale of controlled substances)
Territorial scope: All countries
Detected by automated means: No
Decided by automated means: No

Content 2
URL: {TT[1]}
Decision: Content made unavailable in the Republic of Korea
Ground: Illegal content under the law of the Republic of Korea
Territorial scope: Republic of Korea
Detected by automated means: No
Decided by automated means: No

Redress: the account holder may appeal within the app. You can read about
our procedures at https://www.tiktok.com/legal/page/global/dsa-redress/en

TikTok Trust and Safety
""",
    items={TT[0]: "removed", TT[1]: "restricted"},
)

case(
    name="tiktok-account-banned",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok Trust & Safety notice that a reported account was permanently banned",
    why="The reported account is named and banned: removed (the other items are not mentioned)",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok Safety",
    date="Tue, 10 Sep 2024 11:11:11 +0000",
    subject="Update on your report (KCSC-240905-04)",
    body=f"""
Hi,

We reviewed the account you reported, {TT[2]}, and permanently banned it
for repeated violations of our Community Guidelines. The account and its
videos are no longer available on TikTok.

Thank you for helping us keep TikTok safe.
TikTok Safety Team
""",
    items={TT[2]: "removed"},
)

case(
    name="tiktok-fullwidth-colon",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok Korea trust-and-safety reply written by local staff, with full-width colons after URLs",
    why="URL followed by a full-width colon and the result: removed; no violation, stays online (rejected)",
    **{"from": "kr-trustsafety@bytedance.com"},
    name_from="TikTok Korea Trust & Safety",
    date="Wed, 11 Sep 2024 07:07:07 +0000",
    subject="RE: [KCSC-240905-04] Request to remove content",
    reply_to_req="kcsc-req-240905-04",
    body=f"""
Dear KCSC,

Please find our review result for KCSC-240905-04 below.

1. {TT[0]}\uff1aremoved
2. {TT[1]}\uff1ano violation found, the content remains online

Best regards,
TikTok Korea Trust & Safety
""",
    items={TT[0]: "removed", TT[1]: "rejected"},
)

case(
    name="tiktok-receipt-then-outcome",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok ticket mail that opens with a receipt and carries an outcome",
    why="Receipt phrase plus an unhedged removal of a named video: not a pure acknowledgement",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok Safety",
    date="Thu, 12 Sep 2024 03:03:03 +0000",
    subject="Your report KCSC-240905-04 [Ticket 88412077]",
    body=f"""
Hi,

We received your report and created ticket 88412077.

Our team has already reviewed it: {TT[1]} has been removed for violating
our Community Guidelines.

TikTok Safety Team
""",
    items={TT[1]: "removed"},
)

case(
    name="tiktok-promise-to-remove",
    outcome="review",
    review="not_understood",
    classification="confirmation",
    imitates="TikTok holding reply promising removal within 24 hours",
    why="'will be removed within 24 hours' is a promise: pending",
    **{"from": "dsa-notices@tiktok.com"},
    name_from="TikTok",
    date="Fri, 06 Sep 2024 01:01:01 +0000",
    subject="Re: [KCSC-240905-04] Request to remove content",
    reply_to_req="kcsc-req-240905-04",
    body=f"""
Hello,

Thank you for your notice. The video {TT[0]} will be removed within 24
hours; we will send you a statement of reasons when the action is complete.

TikTok Trust and Safety
""",
    items={TT[0]: "pending"},
)

case(
    name="tiktok-forged-auth-fail",
    outcome="review",
    review="untrusted",
    imitates="TikTok-looking outcome from tiktok.com that fails DKIM/SPF/DMARC",
    why="Platform domain but authentication fails: untrusted, nothing applied",
    **{"from": "dsa-notices@tiktok.com"},
    name_from="TikTok",
    auth="fail",
    date="Sat, 07 Sep 2024 13:13:13 +0000",
    subject="Re: [KCSC-240905-04] Request to remove content",
    reply_to_req="kcsc-req-240905-04",
    body=f"""
Hello,

The video {TT[0]} has been removed from TikTok.

TikTok Trust and Safety
""",
    items={TT[0]: "pending"},
)

case(
    name="tiktok-report-receipt",
    outcome="ignored",
    classification="acknowledgement",
    imitates="TikTok 'we've received your report' receipt",
    why="Pure acknowledgement: report received, review to follow",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok Safety",
    date="Thu, 05 Sep 2024 05:05:30 +0000",
    subject="We've received your report (KCSC-240905-04)",
    body="""
Hi,

We've received your report and our team will review it. Report ID:
TT-R-77120455.

We'll let you know when we have an update. You can also check the status of
your reports in the Safety Center.

TikTok Safety Team
""",
    items={},
)

# ---------- Reddit (KCSC-240906-05, 2 items) ----------

case(
    name="reddit-admin-removed-korean-slug",
    outcome="applied",
    classification="confirmation",
    imitates="Reddit Safety reply ('removed by Reddit's Safety team', account suspended)",
    why="Post (raw Korean slug) removed by admins; user post removed and account suspended",
    **{"from": "noreply@reddit.com"},
    name_from="Reddit Safety",
    date="Tue, 10 Sep 2024 18:00:00 +0000",
    subject="Re: [KCSC-240906-05] Request to remove content",
    reply_to_req="kcsc-req-240906-05",
    body=f"""
Hi there,

Thanks for your report. After investigating, we have taken the following
action:

{RD_RAW0} has been removed by Reddit's Safety team for violating the
Reddit Content Policy.

{RD[1]} has been removed as well, and the account u/quietmoth_42 has been
suspended.

Reddit Safety
""",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-author-deleted-and-not-violating",
    outcome="applied",
    classification="confirmation",
    imitates="Reddit legal reply: one post already deleted by its author, one found not to break the Content Policy",
    why="Deleted by author before review: not_found; no violation, stays up: rejected",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 16:45:00 +0000",
    subject="Re: [KCSC-240906-05] Request to remove content",
    reply_to_req="kcsc-req-240906-05",
    body=f"""
Hello,

Regarding request KCSC-240906-05:

- {RD[0]}
  This post was already deleted by the user who posted it before we
  reviewed it.

- {RD[1]}
  After review, this content does not violate Reddit's Content Policy and we
  found no legal basis to remove it. It will stay up.

Reddit Legal
""",
    items={RD[0]: "not_found", RD[1]: "rejected"},
)

case(
    name="reddit-lawyer-unknown-sender",
    outcome="review",
    review="unknown_sender",
    imitates="Letter from the account holder's lawyer saying the post was deleted",
    why="Not any platform's domain, names our request and a URL: unknown_sender, nothing applied",
    **{"from": "h.brandt@brandtlegal.example"},
    name_from="Hannah Brandt",
    date="Thu, 12 Sep 2024 08:08:08 +0000",
    subject="KCSC-240906-05 - our client u/quietmoth_42",
    body=f"""
Dear Sir or Madam,

We act for the Reddit user u/quietmoth_42. Our client has been told of your
request KCSC-240906-05 and has deleted {RD[1]}.

Our client disputes that the content was unlawful and reserves all rights.

Yours faithfully,
Hannah Brandt
Brandt Legal
""",
    items={RD[1]: "pending"},
)

case(
    name="pinterest-wrong-platform",
    outcome="review",
    review="wrong_platform",
    imitates="Pinterest legal reply to a misdirected request: the links are not Pinterest content",
    why="Pinterest states something about Reddit items: wrong_platform",
    **{"from": "legal@pinterest.com"},
    name_from="Pinterest Legal",
    date="Mon, 09 Sep 2024 20:20:20 +0000",
    subject="Re: [KCSC-240906-05] Request to remove content",
    body=f"""
Hello,

We received your request KCSC-240906-05. We could not find the following
on Pinterest:

{RD[1]}
{RD[0]}

These links do not point to Pinterest. Please contact the site that hosts
them.

Pinterest Legal
""",
    items={RD[0]: "pending", RD[1]: "pending"},
)

# ---------- Discord (KCSC-240909-06, 2 items) ----------

case(
    name="discord-server-and-message-removed",
    outcome="applied",
    classification="confirmation",
    imitates="Discord Trust & Safety outcome ('we have taken action': server removed, message deleted)",
    why="Server behind the invite removed; message deleted and its author's account disabled",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 22:10:00 +0000",
    subject="Re: [KCSC-240909-06] Request to remove content",
    reply_to_req="kcsc-req-240909-06",
    body=f"""
Hi there,

Thanks for reaching out. We have investigated your report and taken action.

- Invite {DC[0]}: the server behind this invite has been removed from
  Discord for violating our Community Guidelines.
- Message {DC[1]}: the message has been deleted and the account that
  posted it has been disabled.

Discord Trust & Safety
""",
    items={DC[0]: "removed", DC[1]: "removed"},
)

case(
    name="discord-channel-gone",
    outcome="applied",
    classification="confirmation",
    imitates="Discord Trust & Safety agent reply: message link points to a channel that no longer exists",
    why="The linked channel no longer exists and the message cannot be located: not_found",
    **{"from": "tns-agent@discord.com"},
    name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 19:30:00 +0000",
    subject="Re: [KCSC-240909-06] Request to remove content",
    reply_to_req="kcsc-req-240909-06",
    body=f"""
Hello,

We looked into the message link you sent,
<{DC[1]}>.
The channel it points to no longer exists, and we could not locate the
message.

Best,
Rowan
Discord Trust & Safety
""",
    items={DC[1]: "not_found"},
)

case(
    name="discord-asks-for-message-ids",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Discord Trust & Safety request for message IDs and screenshots",
    why="Discord asks for more information before acting: asks_more, nothing changes",
    **{"from": "tns-agent@discord.com"},
    name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 21:00:00 +0000",
    subject="Re: [KCSC-240909-06] Request to remove content",
    reply_to_req="kcsc-req-240909-06",
    body=f"""
Hello,

To investigate {DC[1]} we need more information. Could you send us:

1. the message ID(s) and the user ID of the sender, and
2. a screenshot of the message with the date visible?

You can find IDs by turning on Developer Mode:
https://support.discord.com/hc/en-us/articles/206346498

Once we have these, we'll continue our review.

Rowan
Discord Trust & Safety
""",
    items={DC[1]: "pending"},
)

case(
    name="discord-zendesk-receipt",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Discord support (Zendesk) 'your request has been received' receipt echoing the request",
    why="Pure acknowledgement; the URLs appear only in the echo of our own request",
    **{"from": "support@discord.com"},
    name_from="Discord",
    date="Mon, 09 Sep 2024 04:01:00 +0000",
    subject="[Discord] Request received: [KCSC-240909-06] Request to remove content",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Your request (48812930) has been received and is being reviewed by our
Trust & Safety team. We'll reply by email as soon as we can.

----------------------------------------------

KCSC Takedown, Sep 9, 2024, 04:00 UTC

{request_text("KCSC-240909-06")}
""",
    items=all_pending(DC),
)

# ---------- Twitch (KCSC-240910-07, 1 item) ----------

case(
    name="twitch-sole-vod-removed",
    outcome="applied",
    classification="confirmation",
    imitates="Twitch Safety reply about 'the video you reported' without repeating the link",
    why="One-item request, referenced by its number, 'removed' stated without hedge: applies to the sole item",
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Safety",
    date="Fri, 13 Sep 2024 15:00:00 +0000",
    subject="Re: [KCSC-240910-07] Request to remove content",
    reply_to_req="kcsc-req-240910-07",
    body="""
Hi,

Thank you for your report (KCSC-240910-07). We have reviewed the video you
reported and removed it for violating the Twitch Community Guidelines. The
channel owner has been notified.

Twitch Safety
""",
    items={TW[0]: "removed"},
)

case(
    name="twitch-conditional",
    outcome="review",
    review="not_understood",
    classification="confirmation",
    imitates="Twitch Safety holding reply with a condition ('if it violates ... it will be removed')",
    why="Conditional future action only: pending",
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Safety",
    date="Wed, 11 Sep 2024 15:00:00 +0000",
    subject="Re: [KCSC-240910-07] Request to remove content",
    reply_to_req="kcsc-req-240910-07",
    body=f"""
Hi,

Thanks for your report about {TW[0]}. Our team is looking at it. If the
video is found to violate our Community Guidelines, it will be removed and
the channel may face an enforcement action.

Twitch Safety
""",
    items={TW[0]: "pending"},
)

# ---------- other platforms, nothing to change ----------

case(
    name="snapchat-support-receipt",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Snapchat Support automatic case-number receipt",
    why="Acknowledgement from a platform with no request here; names no item",
    **{"from": "no-reply@snapchat.com"},
    name_from="Snapchat Support",
    date="Tue, 10 Sep 2024 00:30:00 +0000",
    subject="Thanks for contacting Snapchat Support [Case 2409-118842]",
    body="""
Hi there,

Thanks for contacting Snapchat Support. Your case number is 2409-118842.

A member of our team will review your message and reply as soon as
possible. Please keep the case number in the subject line of any follow-up.

Team Snapchat
""",
    items={},
)

case(
    name="telegram-weekend-autoreply",
    outcome="ignored",
    classification="auto_reply",
    imitates="Telegram abuse-desk weekend automatic reply",
    why="Automatic reply, no statement",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 14 Sep 2024 03:00:00 +0000",
    subject="Auto: your message to abuse@telegram.org",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This is an automatic reply. This mailbox is not staffed at weekends. Your
message will be read on the next working day.

Telegram Abuse
""",
    items={},
)

HEADER = """# Blind set 682: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch; Telegram, Snapchat and Pinterest mail
# that changes nothing). Written by make.py from the meaning of each email,
# before the reader was run. Each case is judged alone on a fresh ledger
# holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind682", HEADER, cases)


if __name__ == "__main__":
    main()
