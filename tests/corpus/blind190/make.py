#!/usr/bin/env python3
"""Blind set 190: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind190/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own sentences; the expected results
were written from each email's meaning before the reader was ever run on it.
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

X1 = "https://x.com/gloamwire_kr/status/1830011122233344551"
X2 = "https://x.com/gloamwire_kr/status/1830011122233344552"
X3 = "https://x.com/pallid_ferret/status/1830045566778899001"
X4 = "https://x.com/pallid_ferret/status/1830045566778899017"
X5 = "https://x.com/tin_lantern_09/status/1829987654321000042"
X6 = "https://x.com/tin_lantern_09/status/1829987654321000099"
X7 = "https://x.com/ochre_signal/status/1830100200300400501"
X8 = "https://x.com/ochre_signal/status/1830100200300400588"
X9 = "https://x.com/quietmarsh_ops/status/1830222333444555666"
X10 = "https://x.com/quietmarsh_ops/status/1830222333444555677"
X11 = "https://x.com/brine_and_ash/status/1830333444555666701"
X12 = "https://x.com/brine_and_ash/status/1830333444555666702"
X13 = "https://twitter.com/velvet_cinder/status/1829876543210987001"
X14 = "https://x.com/velvet_cinder"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13, X14]

Y1 = "https://www.youtube.com/watch?v=Qm3vT8kLp2A"
Y2 = "https://www.youtube.com/watch?v=Zr7nB1xWc4E"
Y3 = "https://www.youtube.com/shorts/Hx5dJ9aLq0P"
Y4 = "https://www.youtube.com/@lanternfoldtv"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/harborlinetraders/posts/998877665544332/"
M2 = "https://www.facebook.com/permalink.php?story_fbid=pfbid02AbCdEfGhJk&id=100089912345678"
M3 = "https://www.instagram.com/p/C9xQ2lmN7aB/"
M4 = "https://www.instagram.com/reel/C9yT5opQ1cD/"
M5 = "https://www.instagram.com/mistveil.shop/"
MS = [M1, M2, M3, M4, M5]

T1 = "https://www.tiktok.com/@crowsfoot.daily/video/7409912233445566778"
T2 = "https://www.tiktok.com/@crowsfoot.daily/video/7409912233445566799"
T3 = "https://www.tiktok.com/@amberquay_/video/7410023344556677881"
TS = [T1, T2, T3]

R1 = "https://www.reddit.com/r/ferrylanemarket/comments/1f3kq9z/fresh_batch_this_week/"
R2 = "https://www.reddit.com/r/ferrylanemarket/comments/1f4ab2c/dm_for_prices/"
RS = [R1, R2]

D1 = "https://discord.gg/k7QmVx2p"
D2 = "https://discord.com/channels/1187766554433221100/1187766554433221199"
DS = [D1, D2]

W1 = "https://www.twitch.tv/videos/2245118830"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, note, urls
    ("KCSC-240902-01", "x", "2024-09-02T16:00:00+09:00", "2024-09-09T23:59:59+09:00",
     "drugs", "req-240902-01@kcsc.example", "sale of narcotics, 7 accounts", XS),
    ("KCSC-240903-02", "youtube", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00",
     "gambling", "req-240903-02@kcsc.example", "illegal online casino promotion", YS),
    ("KCSC-240904-03", "meta", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     "counterfeit_medicine", "req-240904-03@kcsc.example", "Facebook and Instagram", MS),
    ("KCSC-240905-04", "tiktok", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00",
     "gambling", "req-240905-04@kcsc.example", "", TS),
    ("KCSC-240906-05", "reddit", "2024-09-06T09:30:00+09:00", "2024-09-13T23:59:59+09:00",
     "drugs", "req-240906-05@kcsc.example", "", RS),
    ("KCSC-240909-06", "discord", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "obscenity", "req-240909-06@kcsc.example", "server invite and one channel", DS),
    ("KCSC-240910-07", "twitch", "2024-09-10T15:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "gambling", "req-240910-07@kcsc.example", "", [W1]),
]


def write_requests():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(out.getvalue())


def numbered(urls, prefix="> "):
    return "\n".join(f"{prefix}{i}. {u}" for i, u in enumerate(urls, 1))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


# ------------------------------------------------------------------- cases

CASES = []


def case(**kw):
    CASES.append(kw)


# ============================== applied ==================================

case(
    name="x-legal-withheld-numbered",
    date="Wed, 04 Sep 2024 02:14:09 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to remove content under the laws of the Republic of Korea",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

We are writing in response to your request of 2 September 2024 (your
reference KCSC-240902-01).

After reviewing the reported content against the X Rules and applicable
local law, we have taken the following actions.

Withheld in the Republic of Korea:
1. {X1}
2. {X2}
3. {X3}

No action taken (the content does not violate the X Rules, and the request
did not establish that it is unlawful in Korea):
4. {X4}

Withheld content remains available to viewers outside Korea. The account
holders have been notified. You can read more about country withheld
content at https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="X legal request outcome: 'withheld in country' list plus a 'no action' list",
    why="X lists three Posts withheld in Korea and one it left up as lawful under its rules",
    items={X1: "restricted", X2: "restricted", X3: "restricted", X4: "rejected"},
)

case(
    name="x-bare-url-status-below",
    date="Thu, 05 Sep 2024 08:40:31 +0000",
    **{"from": "case-updates@x.com"},
    name_from="X Support",
    subject="Case 0931-7724 (KCSC-240902-01): status update",
    body=f"""
Hi KCSC team,

Here is where things stand with the remaining Posts from your notice.

{X5}
Status: Withheld in KR

{X6}
Status: Removed - violation of the X Rules (illegal or certain regulated goods)

{X7}
Status: Not found - the Post was deleted by the account holder before our review

{X8}
Status: No action - not in violation

{X9}
Status: Withheld in KR

Thanks,
X Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="X support case update listing each Post with a 'Status:' line under it",
    why="five Posts, each with its own status line directly below the URL",
    items={X5: "restricted", X6: "removed", X7: "not_found", X8: "rejected", X9: "restricted"},
)

case(
    name="x-account-suspended",
    date="Thu, 05 Sep 2024 11:02:44 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Update on your request KCSC-240902-01",
    body=f"""
Hello,

This is an update on one item of your request KCSC-240902-01.

The account @velvet_cinder ({X14}) has been permanently suspended for
violating the X Rules. It is no longer visible anywhere on X.

We will respond separately on the remaining items.

Regards,
X Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="X notice that a reported account was permanently suspended",
    why="a permanent, global suspension of the requested account is a removal",
    items={X14: "removed"},
)

case(
    name="x-top-posted-over-gmail-quote",
    date="Fri, 06 Sep 2024 01:27:10 +0000",
    **{"from": "dwhitfield@x.com"},
    name_from="Dana Whitfield",
    subject="Re: [KCSC-240902-01] Request to remove content under the laws of the Republic of Korea",
    reply_to_req="req-240902-01",
    body=f"""
Hi,

Quick update on KCSC-240902-01: both Posts by @brine_and_ash are now
withheld in Korea:

{X11}
{X12}

The rest of the notice is still with our legal team.

Best,
Dana

Dana Whitfield | Global Government Affairs, X

On Mon, Sep 2, 2024 at 4:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Corp.,
>
> The Korea Communications Standards Commission has found that the
> following content offers narcotics for sale in breach of Korean law, and
> requests that it be removed or made unavailable in Korea:
>
{numbered(XS)}
>
> Please reply by 9 September 2024 quoting KCSC-240902-01.
>
> KCSC Takedown
""",
    outcome="applied",
    classification="confirmation",
    imitates="personal reply from a platform policy contact, top-posted over the Gmail-quoted request",
    why="two Posts named above the quote are withheld in Korea; the quoted list below says nothing new",
    items={X11: "restricted", X12: "restricted"},
)

case(
    name="x-html-decision-table",
    date="Sat, 07 Sep 2024 03:55:00 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Your legal request KCSC-240902-01 - decision",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of part of your request <b>KCSC-240902-01</b>.
The decision for each reported URL is set out below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{X10}">{X10}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X13}">{X13}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X1}">{X1}</a></td><td>Not actioned - content unavailable (deleted by the user)</td><td>-</td></tr>
</table>
<p>For information about how we handle legal requests, see our
<a href="https://help.x.com/en/forms/legal">Legal Request help page</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="X legal decision email with an HTML table of reported URLs and actions",
    why="HTML table: one Post removed, one withheld in Korea, one already deleted by its author",
    items={X10: "removed", X13: "restricted", X1: "not_found"},
)

case(
    name="yt-legal-geoblock-and-removal",
    date="Wed, 04 Sep 2024 06:12:18 +0000",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240903-02] Illegal gambling promotion [ref:_00D1a5x._5003xKq7:ref]",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

Thank you for contacting YouTube. We have reviewed your legal complaint.

After review, we have blocked the following content from view on YouTube
in South Korea, based on local law:
- {Y1}

In addition, we determined that the following content violates YouTube's
Community Guidelines, and it has been removed from YouTube globally:
- {Y2}

For more information about our policies, please visit
https://support.google.com/youtube/answer/2801964

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal support outcome: 'blocked from view in <country>' and 'removed globally' paragraphs",
    why="one video geo-blocked in Korea, one removed globally; the help link is no item",
    items={Y1: "restricted", Y2: "removed"},
)

_yt_qp_text = f"""Hi there,

We reviewed the content listed in your request KCSC-240903-02. Here is what we did for each item that we have finished reviewing.

{Y3} \u2014 we've applied an age restriction to this Short; it can no longer be viewed by signed-out users or by viewers under 18.

{Y4} \u2014 after reviewing the channel, we did not find a violation of our Community Guidelines or of local law, so we are not taking action on it at this time.

If you have new information about this channel, you can submit a new complaint through our legal webform.

Regards,
YouTube Trust & Safety
"""

case(
    name="yt-age-restricted-qp",
    date="Thu, 05 Sep 2024 19:48:03 +0000",
    **{"from": "yt-trust-safety@youtube.com"},
    name_from="YouTube",
    subject="Update on your request KCSC-240903-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: quoted-printable\n\n" + qp(_yt_qp_text),
    outcome="applied",
    classification="confirmation",
    imitates="YouTube per-item outcome (age restriction / no violation found), quoted-printable body",
    why="the Short is age-restricted (restricted); the channel breaks no rule and is left up (rejected)",
    items={Y3: "restricted", Y4: "rejected"},
)

_yt_b64_text = f"""Hello,

The YouTube channel {Y4} has been terminated for severe or repeated violations of our Community Guidelines. The channel and all of its videos are no longer available on YouTube.

This message concerns your request KCSC-240903-02.

The YouTube Team
"""

case(
    name="yt-channel-terminated-b64",
    date="Mon, 09 Sep 2024 04:30:57 +0000",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    subject="Channel terminated - KCSC-240903-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: base64\n\n" + b64(_yt_b64_text),
    outcome="applied",
    classification="confirmation",
    imitates="YouTube channel termination notice, base64-encoded body",
    why="the requested channel was terminated: removed",
    items={Y4: "removed"},
)

case(
    name="meta-legal-restricted-kr-angle-brackets",
    date="Thu, 05 Sep 2024 09:16:40 +0000",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Content Restrictions",
    subject="Your request KCSC-240904-03 - Content restrictions based on local law",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

We reviewed the content you reported to us under the laws of the Republic
of Korea.

We have restricted access in South Korea to the following content:
<{M1}>
<{M2}>

We also found that the following content goes against our Community
Standards, so we removed it from Instagram for everyone:
<{M3}>

The remaining items in your request are still being reviewed, and we will
respond separately.

Meta Content Restrictions Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="Meta response to a government takedown request: restricted in country vs. removed under Community Standards",
    why="two Facebook posts restricted in Korea, one Instagram post removed; URLs in angle brackets",
    items={M1: "restricted", M2: "restricted", M3: "removed"},
)

case(
    name="meta-instagram-report-outcome",
    date="Fri, 06 Sep 2024 13:05:22 +0000",
    **{"from": "no-reply@instagram.com"},
    name_from="Instagram",
    subject="Update on your report (KCSC-240904-03)",
    body=f"""
Hi KCSC Takedown,

Thanks for your report. We removed the reel you reported because it goes
against our Community Guidelines:
{M4}

We also looked at the account you reported, {M5}, and found that it
doesn't go against our Community Guidelines, so we didn't take it down.

We know this might be disappointing. You can learn more about what is
allowed on Instagram at https://help.instagram.com/477434105621119

The Instagram Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="Instagram report outcome ('We removed the reel you reported' / 'didn't take it down')",
    why="reel removed; account reviewed and left up as not against the guidelines",
    items={M4: "removed", M5: "rejected"},
)

_meta_csv = "url,decision,scope,notes\n" + "\n".join([
    f"{M1},Restricted,KR,Local law (Republic of Korea)",
    f"{M2},Content not found,,Link does not resolve to any content",
    f"{M3},Removed,Global,Community Standards - restricted goods",
    f"{M4},Removed,Global,Community Standards - restricted goods",
    f"{M5},Restricted,KR,Account not available in South Korea",
]) + "\n"

case(
    name="meta-csv-attachment",
    date="Mon, 09 Sep 2024 07:41:19 +0000",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Content Restrictions",
    subject="KCSC-240904-03 - outcome per URL",
    reply_to_req="req-240904-03",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==meta-190-csv=="

--==meta-190-csv==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL in your request
KCSC-240904-03.

Meta Content Restrictions Team

--==meta-190-csv==
Content-Type: text/csv; charset=utf-8; name="KCSC-240904-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240904-03_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_meta_csv)}
--==meta-190-csv==--
""",
    outcome="applied",
    classification="confirmation",
    imitates="platform legal team returning a per-URL outcome spreadsheet as a CSV attachment",
    why="CSV rows: restricted in KR, not found, removed, removed, restricted in KR",
    items={M1: "restricted", M2: "not_found", M3: "removed", M4: "removed", M5: "restricted"},
)

case(
    name="tiktok-prose-three-outcomes",
    date="Fri, 06 Sep 2024 10:22:48 +0000",
    **{"from": "govrequests@tiktok.com"},
    name_from="TikTok Law Enforcement Outreach",
    subject="RE: KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""
Dear KCSC,

Thank you for your notice KCSC-240905-04. We have reviewed the three
videos.

The video at {T1} violated our Community Guidelines and has been removed
from TikTok. The video at {T2} does not violate our Community Guidelines,
but based on your notice we have restricted access to it in the Republic
of Korea. We could not locate the video at {T3}; it is no longer available
on the platform.

Kind regards,
TikTok Law Enforcement Outreach
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok reply to a government removal request, one paragraph of prose",
    why="three sentences, three statuses: removed, restricted in Korea, could not locate",
    items={T1: "removed", T2: "restricted", T3: "not_found"},
)

case(
    name="tiktok-dsa-statement-of-reasons",
    date="Sat, 07 Sep 2024 02:00:11 +0000",
    **{"from": "noreply@tiktok.com"},
    name_from="TikTok",
    subject="Information about our decision on reported content (KCSC-240905-04)",
    body=f"""
Information about our decision

We are informing you of a decision we took on content you reported, in the
form of a statement of reasons.

Decision ID: SOR-7F3A-22C9-0918
Content: {T3}
Type of restriction: Visibility - content made unavailable
Territorial scope: Republic of Korea
Facts and circumstances: notice submitted by KCSC (KCSC-240905-04)
Ground for decision: illegal content under the law of the Republic of Korea
Automated means used for the decision: No

The uploader may appeal this decision in the app. You can find out more
about how we moderate content at https://www.tiktok.com/transparency
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok DSA-style statement of reasons (decision fields: content, restriction, territorial scope, ground)",
    why="structured statement: the video is made unavailable in Korea only",
    items={T3: "restricted"},
)

case(
    name="tiktok-url-below-statement",
    date="Mon, 09 Sep 2024 05:33:27 +0000",
    **{"from": "govrequests@tiktok.com"},
    name_from="TikTok Law Enforcement Outreach",
    subject="RE: KCSC-240905-04 - review complete",
    reply_to_req="req-240905-04",
    body=f"""
Hello,

The following video has been removed for violating our Community
Guidelines:
{T1}

The following video was reviewed and was found not to violate our
Community Guidelines or local law. It will remain available on TikTok:
{T2}

Best regards,
TikTok Law Enforcement Outreach
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok outcome with the URL on the line below each statement",
    why="first video removed; second reviewed, not violating, stays up (rejected)",
    items={T1: "removed", T2: "rejected"},
)

case(
    name="tiktok-html-table",
    date="Tue, 10 Sep 2024 08:08:08 +0000",
    **{"from": "govrequests@tiktok.com"},
    name_from="TikTok Law Enforcement Outreach",
    subject="KCSC-240905-04: final response",
    type="html",
    body=f"""
<html><body>
<p>Dear Sir or Madam,</p>
<p>Please see below our final response to request <b>KCSC-240905-04</b>.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>#</th><th>Reported content</th><th>Result</th></tr></thead>
<tbody>
<tr><td>1</td><td>{T1}</td><td>Removed (Community Guidelines: gambling)</td></tr>
<tr><td>2</td><td>{T2}</td><td>Removed (Community Guidelines: gambling)</td></tr>
<tr><td>3</td><td>{T3}</td><td>Not found (invalid link)</td></tr>
</tbody></table>
<p>Kind regards,<br>TikTok Law Enforcement Outreach</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok final response with an HTML results table (URLs as plain cell text)",
    why="table rows: removed, removed, invalid link",
    items={T1: "removed", T2: "removed", T3: "not_found"},
)

case(
    name="reddit-removed-bulleted",
    date="Sat, 07 Sep 2024 17:19:52 +0000",
    **{"from": "noreply@redditmail.com"},
    name_from="Reddit Safety",
    subject="Your report to Reddit (KCSC-240906-05)",
    body=f"""
Hi,

Thanks for your report (ref KCSC-240906-05). After investigating, we've
removed the following posts for violating Reddit's Content Policy:

* {R1}
* {R2}

We also took action against the account that posted them. Thanks for
helping keep Reddit safe.

Reddit Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Reddit Safety 'after investigating, we've removed...' report outcome message",
    why="both requested posts named in a bulleted list as removed",
    items={R1: "removed", R2: "removed"},
)

case(
    name="reddit-removed-and-author-deleted",
    date="Mon, 09 Sep 2024 21:40:05 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: [KCSC-240906-05] Request to remove drug-sale posts",
    reply_to_req="req-240906-05",
    body=f"""
Hello,

Following up on KCSC-240906-05.

{R1}
  - removed by Reddit admins (Content Policy, rule 7: illegal transactions)

{R2}
  - this post had already been deleted by its author before we reviewed
    it, so there was nothing left for us to act on

Regards,
Reddit Legal

On Fri, 6 Sept 2024 at 09:30, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Reddit,
>
> Please remove the following posts, which offer narcotics for sale:
> {R1}
> {R2}
>
> KCSC Takedown
""",
    outcome="applied",
    classification="confirmation",
    imitates="Reddit legal team reply with per-post notes, above the quoted request",
    why="first post removed by admins; second already deleted by its author (not_found)",
    items={R1: "removed", R2: "not_found"},
)

case(
    name="discord-server-removed",
    date="Tue, 10 Sep 2024 18:02:37 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: KCSC-240909-06 [Ticket #4471902]",
    reply_to_req="req-240909-06",
    body=f"""
Hello,

Thank you for your report. We have removed the server associated with the
invite {D1} for violating our Community Guidelines.

The channel {D2} was part of that server and has been removed along with
it.

Discord Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Discord Trust & Safety ticket reply stating a server was removed",
    why="the server behind the invite and its channel were both removed",
    items={D1: "removed", D2: "removed"},
)

case(
    name="discord-invalid-invite-no-violation",
    date="Wed, 11 Sep 2024 15:26:50 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: KCSC-240909-06 [Ticket #4471902]",
    reply_to_req="req-240909-06",
    body=f"""
Hi there,

We've looked into both links from your report.

1) {D1}
The invite link is invalid or has expired, and we were unable to identify
the server it pointed to.

2) {D2}
We reviewed the messages in this channel and did not find content that
violates our Community Guidelines or Terms of Service. No action has been
taken.

If you come across new violations, you can report them at
https://dis.gd/request

Discord Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Discord Trust & Safety ticket reply: invalid invite / no violation found",
    why="invite invalid (not_found); channel reviewed, no violation (rejected); dis.gd link is no item",
    items={D1: "not_found", D2: "rejected"},
)

case(
    name="twitch-sole-item-no-url",
    date="Wed, 11 Sep 2024 02:45:15 +0000",
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Trust & Safety",
    subject="Re: [KCSC-240910-07] Takedown request - Twitch VOD",
    reply_to_req="req-240910-07",
    body="""
Hello,

Thank you for bringing this to our attention. We reviewed the content you
reported, and it has been removed from Twitch for violating our Community
Guidelines.

Twitch Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Twitch Trust & Safety report outcome ('the content you reported has been removed')",
    why="reply in the thread of a one-item request: the content reported was removed",
    items={W1: "removed"},
)

case(
    name="x-korean-summary-line",
    date="Fri, 06 Sep 2024 06:31:00 +0000",
    **{"from": "kr-policy@x.com"},
    name_from="X Korea Public Policy",
    subject="[KCSC-240902-01] ochre_signal Post",
    body=f"""
Hello,

The Post {X8} has been withheld in Korea as of today.

요약: {X8}는 국내 접속 차단 처리되었습니다（KCSC-240902-01）.

Regards,
X Korea Public Policy
""",
    outcome="applied",
    classification="confirmation",
    imitates="local X public-policy contact writing in English with a Korean one-line summary",
    why="withheld in Korea, repeated in Korean with a particle glued to the URL",
    items={X8: "restricted"},
)

case(
    name="yt-outlook-quoted-request",
    date="Fri, 06 Sep 2024 00:52:33 +0000",
    **{"from": "mseo@google.com"},
    name_from="Minji Seo",
    subject="RE: [KCSC-240903-02] Illegal gambling promotion",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

Regarding KCSC-240903-02: the video {Y2} has been removed from YouTube for
violating our policy on the sale of regulated goods and services. We are
still reviewing the other three URLs.

Best regards,
Minji Seo
Legal Specialist, YouTube

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:30 AM
To: legal-kr@google.com
Subject: [KCSC-240903-02] Illegal gambling promotion

Dear YouTube,

The following content promotes an unlicensed online casino and is illegal
in the Republic of Korea. Please remove it or block it in Korea.

1. {Y1}
2. {Y2}
3. {Y3}
4. {Y4}

KCSC Takedown
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply from a platform legal specialist over '-----Original Message-----'",
    why="only the video named above the quote is removed; the others are still under review",
    items={Y2: "removed"},
)

case(
    name="meta-facebook-link-not-found",
    date="Tue, 10 Sep 2024 10:10:43 +0000",
    **{"from": "noreply@facebookmail.com"},
    name_from="Facebook",
    subject="About your report (KCSC-240904-03)",
    body=f"""
Hi,

We weren't able to find the content at the link you provided:
{M2}

The link may be broken, or the content may have been deleted. If you still
see this content on Facebook, please report it again using the link
directly from the post.

Thanks,
The Facebook Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="Facebook report reply 'We weren't able to find the content at the link you provided'",
    why="the platform states it cannot find the content at the link: not_found",
    items={M2: "not_found"},
)

case(
    name="x-echoed-report-blocks",
    date="Sun, 08 Sep 2024 12:12:12 +0000",
    **{"from": "noreply@x.com"},
    name_from="X",
    subject="Your report has been reviewed (KCSC-240902-01)",
    body=f"""
Thank you for your report. Below is a copy of the information you
submitted, followed by our decision.

----- Report details -----
Reporter: Korea Communications Standards Commission
Reference: KCSC-240902-01
Reported content: {X3}
Reason: Illegal content under the laws of the Republic of Korea
----- Decision -----
The reported Post has been withheld in the Republic of Korea.

----- Report details -----
Reporter: Korea Communications Standards Commission
Reference: KCSC-240902-01
Reported content: {X4}
Reason: Illegal content under the laws of the Republic of Korea
----- Decision -----
We have not taken action on this Post, as it does not violate the X Rules
or local law.

X Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="X report decision email echoing the submitted report form before each decision",
    why="each echoed report block is followed by its own decision: withheld in Korea / no action",
    items={X3: "restricted", X4: "rejected"},
)

case(
    name="x-bulleted-removed-and-withheld",
    date="Mon, 09 Sep 2024 09:09:30 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to remove content under the laws of the Republic of Korea",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

The following Posts have been removed from X for violating our rules on
illegal goods and services:

- {X9}
- {X10}
- {X12}
- {X13}

The following Post has been withheld in Korea only:

- {X2}

Regards,
X Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="X legal outcome with bulleted lists under 'removed' and 'withheld in Korea' headings",
    why="four Posts removed under one heading, one withheld in Korea under the next",
    items={X9: "removed", X10: "removed", X12: "removed", X13: "removed", X2: "restricted"},
)

case(
    name="yt-ack-phrase-plus-statement",
    date="Sat, 07 Sep 2024 14:58:01 +0000",
    **{"from": "yt-trust-safety@youtube.com"},
    name_from="YouTube",
    subject="Your report - KCSC-240903-02",
    body=f"""
Hi,

Thanks for your report. We've received it and our team has completed its
review.

We've removed {Y3} for violating our Community Guidelines.

The YouTube Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube 'thanks for your report' template that also states a removal",
    why="acknowledgement phrase plus an unhedged removal of a named Short: not an acknowledgement",
    items={Y3: "removed"},
)

# =============================== review ==================================

case(
    name="x-promise-will-withhold",
    date="Wed, 04 Sep 2024 09:47:25 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to remove content under the laws of the Republic of Korea",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

We have received your request KCSC-240902-01. Our legal team has assessed
the following Posts, and they will be withheld in Korea within the next 24
hours:

{X5}
{X6}

We will confirm once this is done.

X Legal
""",
    outcome="review",
    review="not_understood",
    imitates="X legal interim reply announcing a future withholding",
    why="a promise ('will be withheld'), not a statement: items stay pending",
    items={X5: "pending", X6: "pending"},
)

case(
    name="x-bulk-all-withheld",
    date="Tue, 10 Sep 2024 03:03:03 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to remove content under the laws of the Republic of Korea",
    reply_to_req="req-240902-01",
    body="""
Hello,

All the Posts listed in your request KCSC-240902-01 have been withheld in
the Republic of Korea.

Regards,
X Legal
""",
    outcome="review",
    review="bulk",
    imitates="X legal one-line outcome covering a whole request",
    why="one statement for a 14-item request without naming any Post",
    items={u: "pending" for u in XS},
)

case(
    name="meta-bulk-all-removed",
    date="Wed, 11 Sep 2024 08:20:00 +0000",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Content Restrictions",
    subject="Your request KCSC-240904-03 - completed",
    reply_to_req="req-240904-03",
    body="""
Hello,

We have reviewed all of the content included in your request
KCSC-240904-03 and removed it for going against our Community Standards.

Meta Content Restrictions Team
""",
    outcome="review",
    review="bulk",
    imitates="Meta 'we reviewed all of the content in your request' closing reply",
    why="one statement about five items, none named",
    items={u: "pending" for u in MS},
)

case(
    name="meta-still-under-review",
    date="Sat, 07 Sep 2024 04:44:44 +0000",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Content Restrictions",
    subject="Your request KCSC-240904-03 - status",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

The following items from your request are still under review:

{M4}
{M5}

We'll let you know once a decision has been made.

Meta Content Restrictions Team
""",
    outcome="review",
    review="not_understood",
    imitates="Meta interim status listing items still under review",
    why="'still under review' is no status; names requested items, so review, not ignored",
    items={M4: "pending", M5: "pending"},
)

case(
    name="tiktok-auth-fail",
    date="Mon, 09 Sep 2024 11:11:11 +0000",
    **{"from": "govrequests@tiktok.com"},
    name_from="TikTok Law Enforcement Outreach",
    auth="fail",
    subject="RE: KCSC-240905-04 - removal confirmed",
    body=f"""
Hello,

Both videos below have been removed from TikTok:

{T1}
{T2}

Regards,
TikTok Law Enforcement Outreach
""",
    outcome="review",
    review="untrusted",
    imitates="TikTok removal confirmation arriving with failed DKIM/SPF/DMARC",
    why="claims come from tiktok.com but authentication failed",
    items={T1: "pending", T2: "pending"},
)

case(
    name="tiktok-vendor-unknown-sender",
    date="Tue, 10 Sep 2024 13:37:00 +0000",
    **{"from": "trust-ops@taskcrest.example"},
    name_from="TaskCrest Moderation Services",
    subject="KCSC-240905-04 removal completed (on behalf of TikTok)",
    body=f"""
Dear KCSC,

We handle content review on behalf of TikTok for the APAC region. Please
note that the video {T3} has been removed.

Regards,
TaskCrest Moderation Services
""",
    outcome="review",
    review="unknown_sender",
    imitates="outsourced moderation vendor writing on a platform's behalf from its own domain",
    why="sender domain belongs to no platform",
    items={T3: "pending"},
)

case(
    name="pinterest-about-instagram-urls",
    date="Thu, 05 Sep 2024 22:15:09 +0000",
    **{"from": "legal@pinterest.com"},
    name_from="Pinterest Legal",
    subject="Re: KCSC-240904-03",
    body=f"""
Hello,

We received your request KCSC-240904-03. The URLs in it point to another
service:

{M3}
{M4}

We found no such content on Pinterest, so there is nothing for us to
remove. You may wish to contact the service that hosts it.

Pinterest Legal
""",
    outcome="review",
    review="wrong_platform",
    imitates="misdirected request answered by another platform ('this content is not on our service')",
    why="Pinterest speaks about Instagram (Meta) items",
    items={M3: "pending", M4: "pending"},
)

case(
    name="yt-hedge-appears-removed",
    date="Sun, 08 Sep 2024 23:23:23 +0000",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240903-02] Illegal gambling promotion",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

It appears that the video {Y1} may already have been taken down by the
uploader, but we are unable to confirm this from our side at the moment.

The YouTube Legal Support Team
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal support hedged reply ('it appears ... may have been')",
    why="a hedge, not a statement: the item stays pending",
    items={Y1: "pending"},
)

case(
    name="reddit-conditional-mods",
    date="Sun, 08 Sep 2024 07:07:07 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: [KCSC-240906-05] Request to remove drug-sale posts",
    reply_to_req="req-240906-05",
    body=f"""
Hello,

We have asked the moderators of r/ferrylanemarket to review {R1}. If they
have not acted on it within 48 hours, our admins will remove it.

Regards,
Reddit Legal
""",
    outcome="review",
    review="not_understood",
    imitates="Reddit legal reply deferring to community moderators with a conditional removal",
    why="a condition and a promise, no statement: pending",
    items={R1: "pending"},
)

case(
    name="discord-asks-message-links",
    date="Tue, 10 Sep 2024 05:55:55 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: KCSC-240909-06 [Ticket #4471902]",
    reply_to_req="req-240909-06",
    body=f"""
Hello,

To investigate the channel {D2} we need links to the specific messages
involved, not only the channel link. You can get a message link by
right-clicking a message and choosing "Copy Message Link".

Please reply to this ticket with the message links, and we'll continue
our review.

Discord Trust & Safety
""",
    outcome="review",
    classification="request_for_info",
    review="asks_more",
    imitates="Discord Trust & Safety ticket asking for message links",
    why="the platform asks for more information; nothing is stated about the channel",
    items={D2: "pending"},
)

case(
    name="telegram-contact-change-no-claims",
    date="Thu, 12 Sep 2024 09:00:00 +0000",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    subject="Change of contact point for authorities",
    body="""
Dear colleagues,

Please note that from 1 October 2024 notices from authorities in the
Republic of Korea should be sent to our new contact point. Notices sent
to the old address will still be forwarded during a transition period.

Kind regards,
Telegram
""",
    outcome="review",
    review="no_claims",
    imitates="platform notice to authorities about a change of contact point",
    why="trusted Telegram mail naming no item and no request",
    items={},
)

# =============================== ignored =================================

case(
    name="yt-out-of-office",
    date="Tue, 03 Sep 2024 01:31:02 +0000",
    **{"from": "jpark@google.com"},
    name_from="Jiwoo Park",
    subject="Automatic reply: [KCSC-240903-02] Illegal gambling promotion",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 9 September with
limited access to email. For urgent legal requests concerning YouTube,
please use the legal webform; your message will be handled by the team.

Jiwoo Park
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from a platform employee",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="reddit-dsn-bounce",
    date="Fri, 06 Sep 2024 00:31:40 +0000",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-190-reddit"

--dsn-190-reddit
Content-Type: text/plain; charset=utf-8

Address not found

Your message wasn't delivered to legal-kr@reddit.com because the address
couldn't be found, or is unable to receive mail.

--dsn-190-reddit
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 05 Sep 2024 17:30:12 -0700

Final-Recipient: rfc822; legal-kr@reddit.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--dsn-190-reddit
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@reddit.com
Subject: [KCSC-240906-05] Request to remove drug-sale posts
Message-ID: <req-240906-05@kcsc.example>
Date: Fri, 06 Sep 2024 09:30:00 +0900

Dear Reddit,

Please remove the following posts, which offer narcotics for sale:
{R1}
{R2}

KCSC Takedown

--dsn-190-reddit--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Gmail 'Delivery Status Notification (Failure)' DSN with the original request attached",
    why="a bounce; the URLs are in our own returned request",
    items={R1: "pending", R2: "pending"},
)

case(
    name="meta-read-receipt",
    date="Wed, 04 Sep 2024 03:12:40 +0000",
    **{"from": "jkim@meta.com"},
    name_from="Jisoo Kim",
    subject="Read: Your request KCSC-240904-03",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-190-meta"

--mdn-190-meta
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-requests@meta.com
  Subject: [KCSC-240904-03] Request to remove counterfeit medicine listings
  Sent: Wednesday, September 4, 2024 11:00:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 12:12:40 PM (UTC+09:00) Seoul.

--mdn-190-meta
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jkim@meta.com
Original-Message-ID: <req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-190-meta--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (message/disposition-notification)",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    date="Thu, 05 Sep 2024 05:06:07 +0000",
    **{"from": "noreply@tiktok.com"},
    name_from="TikTok Support",
    subject="We've received your request [KCSC-240905-04] #88123045",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thank you for contacting TikTok. We've received your request and created
ticket #88123045. Our team will review it and get back to you by email.

Please do not reply to this message; keep the ticket number for your
records.

TikTok Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="discord-zendesk-receipt-quoting-request",
    date="Mon, 09 Sep 2024 01:00:40 +0000",
    **{"from": "support@discordapp.com"},
    name_from="Discord",
    subject="[Discord] Re: KCSC-240909-06",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Your request (4471902) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 9, 2024, 10:00 KST

Dear Discord,

The following server and channel distribute obscene material in breach
of Korean law. Please remove them.

{D1}
{D2}

KCSC Takedown
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk-style 'Your request has been received' receipt that echoes the original request",
    why="pure acknowledgement; the URLs are our own request echoed below",
    items={D1: "pending", D2: "pending"},
)

case(
    name="twitch-out-of-office",
    date="Tue, 10 Sep 2024 06:01:59 +0000",
    **{"from": "mreyes@twitch.tv"},
    name_from="Marisol Reyes",
    subject="Out of Office Re: [KCSC-240910-07] Takedown request - Twitch VOD",
    reply_to_req="req-240910-07",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
Hi, I'm away until Monday, 16 September. Your message about
{W1} has not been read yet. For anything urgent, please write to
legal@twitch.tv.

Marisol
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Gmail vacation responder from a platform employee, repeating the subject",
    why="an out-of-office reply, even though it mentions the requested VOD",
    items={W1: "pending"},
)

case(
    name="snapchat-auto-ack",
    date="Thu, 12 Sep 2024 02:20:20 +0000",
    **{"from": "no-reply@snap.com"},
    name_from="Snap Inc. Trust & Safety",
    subject="We received your email",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hello,

This is an automated message to confirm that Snap's Trust & Safety team
has received your email. We review messages in the order they arrive.

Please do not reply to this message.

Snap Inc. Trust & Safety
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Snap Trust & Safety automated 'we received your email' confirmation",
    why="automated acknowledgement naming nothing",
    items={},
)


HEADER = """# Blind set 190 (English notices from many platforms: X, YouTube, Meta,
# TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).
# Written by tests/corpus/blind190/make.py; expected results written from
# each email's meaning before the reader was run. Each case is judged alone
# on a fresh ledger holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind190", HEADER, CASES)


if __name__ == "__main__":
    main()
