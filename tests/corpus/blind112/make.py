#!/usr/bin/env python3
"""Blind corpus set 112: English notices from many platforms.

    python3 tests/corpus/blind112/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own sentences; each case's
`imitates` names the kind of public notice it imitates. The expected
results were written from each email's meaning before the reader was run.
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/lucky7_jackpot/status/1829011200000000101",   # x[0]
    "https://x.com/lucky7_jackpot/status/1829011200000000102",   # x[1]
    "https://x.com/betwave_kr/status/1829055500000000301",       # x[2]
    "https://x.com/betwave_kr/status/1829055500000000302",       # x[3]
    "https://x.com/betwave_kr/status/1829055500000000303",       # x[4]
    "https://x.com/toto_goldline/status/1829100000000000411",    # x[5]
    "https://x.com/toto_goldline/status/1829100000000000412",    # x[6]
    "https://x.com/casino_moonrise",                             # x[7]
    "https://x.com/slot_harbor99/status/1829144400000000520",    # x[8]
    "https://x.com/slot_harbor99/status/1829144400000000521",    # x[9]
    "https://x.com/pb_powerball_kr/status/1829188800000000630",  # x[10]
    "https://x.com/pb_powerball_kr/status/1829188800000000631",  # x[11]
]
Y = [
    "https://www.youtube.com/watch?v=Qm7rT2xKp0a",
    "https://www.youtube.com/watch?v=Lb3nV8cWz4e",
    "https://www.youtube.com/shorts/Hd9sF1uYq6k",
    "https://www.youtube.com/@sureprofit_signals",
]
M = [
    "https://www.facebook.com/groups/8830412265517/posts/9012745531284/",
    "https://www.instagram.com/p/C9xRk2LmQa7/",
    "https://www.instagram.com/reel/C9yTb4NnPw2/",
]
T = [
    "https://www.tiktok.com/@quickloan.daily/video/7410223300112233441",
    "https://www.tiktok.com/@quickloan.daily/video/7410223300112233442",
    "https://www.tiktok.com/@fakeid.studio/video/7411887766554433221",
]
R1_RAW = "https://www.reddit.com/r/koreadeals/comments/1f9qk2x/대포폰_판매/"
R = [
    "https://www.reddit.com/r/koreadeals/comments/1f9qk2x/"
    + urllib.parse.quote("대포폰_판매") + "/",
    "https://www.reddit.com/r/koreadeals/comments/1fa2m7c/cheap_bank_accounts_for_rent/",
]
D = ["https://discord.com/invite/Zq4xWm9R"]
W = [
    "https://www.twitch.tv/videos/2251188342",
    "https://clips.twitch.tv/BraveTinyOtterKappa-x9Qe3LmN2vTz",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240903-01", "x", "2024-09-03T10:05:00+09:00", "2024-09-10", "gambling", X,
     "illegal online gambling promotion, 12 posts/accounts"),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:20:00+09:00", "2024-09-11", "illegal_finance", Y,
     "unlicensed investment signals"),
    ("KCSC-240905-03", "meta", "2024-09-05T09:40:00+09:00", "2024-09-12", "drugs", M,
     "drug sales on Facebook and Instagram"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T14:10:00+09:00", "2024-09-13", "illegal_finance", T,
     "illegal loans and forged documents"),
    ("KCSC-240909-05", "reddit", "2024-09-09T10:30:00+09:00", "2024-09-16", "illegal_finance", R,
     "burner phones and bank accounts for rent"),
    ("KCSC-240910-06", "discord", "2024-09-10T15:00:00+09:00", "2024-09-17", "drugs", D,
     "invite to a drug-selling server"),
    ("KCSC-240911-07", "twitch", "2024-09-11T16:45:00+09:00", "2024-09-18", "gambling", W,
     "illegal gambling streams"),
]
REQ = {r[0]: r for r in REQUESTS}


def req_mid(ref):
    return f"req.{ref}"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_body(ref, raw_urls=None):
    """The regulator's own request text, as it would be quoted in a reply."""
    urls = raw_urls or REQ[ref][5]
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission (KCSC) requests, under our reference {ref},",
        "that the content listed below be removed or that access to it be blocked in Korea,",
        "as it violates Korean law. Please reply to this address with the action taken for each item.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Kind regards,", "KCSC Takedown Desk"]
    return lines


def quoted(lines):
    return "\n".join((">" + (" " + l if l else "")) for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ------------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


XREF, YREF, MREF, TREF, RREF, DREF, WREF = (r[0] for r in REQUESTS)

# ======================= X (largest request) ==============================
case(
    name="x-legal-withheld-kr-bullets",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (Country Withheld Content), bulleted list",
    why="three posts stated withheld in the Republic of Korea, each URL listed",
    **{"from": "legal-noreply@x.com"},
    date="Fri, 06 Sep 2024 08:12:44 +0000",
    subject=f"Re: {XREF} Request to remove content",
    reply_to_req=req_mid(XREF),
    body=f"""
Hello,

Thank you for your report dated 3 September 2024 (your reference {XREF}).
We have reviewed the reported content under the X Rules and applicable local law.

In line with our Country Withheld Content policy, the following posts are now
withheld in the Republic of Korea:

  - {X[0]}
  - {X[1]}
  - {X[2]}

People outside Korea can still see these posts. The account holders have been
told about this action in line with our user notice policy.

Our review of the other posts you reported is not finished yet; we will write
again when it is.

About withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-html-table-four-outcomes",
    outcome="applied", classification="confirmation",
    imitates="X legal-operations reply with an HTML table of per-URL outcomes",
    why="HTML-only table: removed, withheld in KR, no action (with reason), post no longer exists",
    **{"from": "legal-ops@x.com"},
    date="Mon, 09 Sep 2024 02:31:09 +0000",
    subject=f"[{XREF}] Outcome of your removal request",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello KCSC team,</p>
<p>Please find below the outcome of our review of your request {XREF} for four of the reported posts.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th><th>Notes</th></tr>
<tr><td><a href="{X[3]}">{X[3]}</a></td><td>Removed</td><td>Violates the X Rules (illegal or certain regulated goods or services)</td></tr>
<tr><td><a href="{X[4]}">{X[4]}</a></td><td>Withheld in KR</td><td>Local law</td></tr>
<tr><td><a href="{X[5]}">{X[5]}</a></td><td>No action</td><td>We found no violation of the X Rules or of the local law cited in your request</td></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>Not found</td><td>The post no longer exists on X</td></tr>
</table>
<p>The remaining posts are still with our team.</p>
<p>Thanks,<br>X Legal Operations</p>
</body></html>
""",
    items={X[3]: "removed", X[4]: "restricted", X[5]: "rejected", X[6]: "not_found"},
)

case(
    name="x-account-suspended",
    outcome="applied", classification="confirmation",
    imitates="X Safety notice that a reported account was permanently suspended",
    why="the reported account is suspended and its posts are no longer visible on X: removed",
    **{"from": "safety-noreply@x.com"},
    date="Sat, 07 Sep 2024 11:02:51 +0000",
    subject=f"Update on your report {XREF}",
    body=f"""
Hello,

We're writing about your report {XREF}.

The account https://x.com/casino_moonrise has been permanently suspended for
violating the X Rules on platform manipulation and spam. Its posts are no
longer visible anywhere on X.

Our review of the other posts in your report is ongoing.

X Safety
""",
    items={X[7]: "removed"},
)

case(
    name="x-bare-url-status-below",
    outcome="applied", classification="confirmation",
    imitates="X support reply: bare URL, 'Status:' line under it",
    why="one post withheld in South Korea, one refused with its reason",
    **{"from": "support@x.com"},
    date="Tue, 10 Sep 2024 06:45:00 +0000",
    subject=f"Your report {XREF} - update",
    body=f"""
Hi,

Here is an update on two of the items you reported.

{X[8]}
Status: Withheld in South Korea (local law)

{X[9]}
Status: No action taken. We reviewed this post and found that it does not
violate the X Rules or Korean law as described in your request.

Thanks,
X Support
""",
    items={X[8]: "restricted", X[9]: "rejected"},
)

case(
    name="x-statement-then-url-below",
    outcome="applied", classification="confirmation",
    imitates="X Safety reply: outcome sentence ending in ':' and the URL on the next line",
    why="first post removed, second deleted by its author before review (not_found)",
    **{"from": "safety-noreply@x.com"},
    date="Wed, 11 Sep 2024 03:17:28 +0000",
    subject=f"Re: {XREF}",
    reply_to_req=req_mid(XREF),
    body=f"""
Hello,

Following our review, we removed this post for violating our rules on illegal
or certain regulated goods and services:
{X[10]}

We could not take action on the post below because it no longer exists on X;
it was deleted by the account holder before our review:
{X[11]}

Regards,
X Safety
""",
    items={X[10]: "removed", X[11]: "not_found"},
)

case(
    name="x-top-posted-over-quoted-request",
    outcome="applied", classification="confirmation",
    imitates="top-posted reply from an X legal agent over the '>'-quoted request",
    why="two posts named in the agent's own lines are withheld in Korea; the quoted list is not a statement",
    **{"from": "h.lindqvist@x.com"},
    name_from="Hanna Lindqvist",
    date="Thu, 05 Sep 2024 14:55:02 +0000",
    subject=f"Re: {XREF} Request to remove content",
    reply_to_req=req_mid(XREF),
    body=f"""
Hello,

{X[2]} and {X[3]} have been withheld in Korea in response to your request.
The rest of your list is still with our legal team.

Best regards,
Hanna Lindqvist
Legal Operations, X

On Tue, 3 Sep 2024 at 10:05, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_body(XREF))}
""",
    items={X[2]: "restricted", X[3]: "restricted", X[4]: "pending", X[5]: "pending"},
)

case(
    name="x-notice-of-action-sor",
    outcome="applied", classification="confirmation",
    imitates="X notice of action laid out like a DSA statement of reasons (fields: content, restriction, territorial scope, ground)",
    why="one post, restriction type 'content withheld', territorial scope Republic of Korea",
    **{"from": "legal-noreply@x.com"},
    date="Thu, 12 Sep 2024 09:00:13 +0000",
    subject=f"Notice of action taken - {XREF}",
    body=f"""
Notice of action taken on reported content

Your reference:        {XREF}
Content concerned:     {X[5]}
Type of restriction:   Visibility restriction - content withheld
Territorial scope:     Republic of Korea
Ground for decision:   Alleged illegal content (local law)
Legal ground cited:    Act on Promotion of Information and Communications
                       Network Utilization and Information Protection, Art. 44-7
Automated means used:  No; the decision was taken by a reviewer.

Explanation: The post promotes an unlicensed gambling service. It does not
breach the X Rules, so it remains visible outside the Republic of Korea.

The account holder may contest this decision through our appeals process:
https://help.x.com/en/forms/account-access/appeals

X Legal
""",
    items={X[5]: "restricted"},
)

case(
    name="x-gmail-on-wrote",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply from an X agent, request quoted under 'On ... wrote:'",
    why="agent's own lines: one post removed globally, one withheld in South Korea; quoted URLs untouched",
    **{"from": "mina.cho@x.com"},
    name_from="Mina Cho",
    date="Fri, 13 Sep 2024 07:21:40 +0000",
    subject=f"Re: {XREF} Request to remove content",
    reply_to_req=req_mid(XREF),
    body=f"""
Hi there,

We've removed {X[8]} globally for violating the X Rules.
The post {X[9]} has been withheld in South Korea.

Best,
Mina (X Legal Operations)

On Tue, Sep 3, 2024 at 10:05 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_body(XREF))}
""",
    items={X[8]: "removed", X[9]: "restricted", X[10]: "pending"},
)

OUTLOOK_REQ = "\n".join(request_body(XREF))
case(
    name="x-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the unquoted request below",
    why="dash list above the original message: one post removed, one account withheld in South Korea",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Mon, 16 Sep 2024 01:48:19 +0000",
    subject=f"RE: {XREF} Request to remove content",
    reply_to_req=req_mid(XREF),
    body=f"""
Hello,

Update on {XREF}:

- {X[6]} : removed (violation of the X Rules)
- {X[7]} : account withheld in South Korea

X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:05 AM
To: legal@x.com
Subject: {XREF} Request to remove content

{OUTLOOK_REQ}
""",
    items={X[6]: "removed", X[7]: "restricted", X[0]: "pending"},
)

case(
    name="x-echoed-report-outcomes",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome email that echoes the report fields (reported content, reason, outcome)",
    why="each echoed block ends with its outcome: removed, withheld in KR",
    **{"from": "reports-noreply@x.com"},
    date="Tue, 17 Sep 2024 10:05:55 +0000",
    subject="We've reviewed your report",
    body=f"""
We've reviewed your report

Report ID: 2409-ABX-55301
Submitted by: KCSC ({XREF})

Reported content: {X[10]}
Reported for: Illegal gambling (local law)
Outcome: Removed - violates the X Rules

Reported content: {X[11]}
Reported for: Illegal gambling (local law)
Outcome: Withheld in KR

Thanks for helping keep X safe.
""",
    items={X[10]: "removed", X[11]: "restricted"},
)

case(
    name="x-promise-will-withhold",
    outcome="review", review="not_understood",
    imitates="X legal intake reply promising to withhold named posts",
    why="'will be withheld within 48 hours' is a promise, not a statement: items stay pending",
    **{"from": "legal-noreply@x.com"},
    date="Wed, 04 Sep 2024 05:30:00 +0000",
    subject=f"Re: {XREF} Request to remove content",
    reply_to_req=req_mid(XREF),
    body=f"""
Hello,

We have received your request {XREF}. Our team has assessed the posts below,
and they will be withheld in South Korea within the next 48 hours:

{X[0]}
{X[1]}

We will confirm once this is complete.

X Legal
""",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-spoofed-auth-fail",
    outcome="review", review="untrusted",
    imitates="X legal outcome email whose DKIM/SPF/DMARC fail (spoofed or broken relay)",
    why="x.com From but authentication fails: the statements are not trusted",
    **{"from": "legal@x.com"},
    auth="fail",
    name_from="X Legal",
    date="Sun, 08 Sep 2024 18:40:12 +0000",
    subject=f"Re: {XREF} completed",
    body=f"""
Hello,

Regarding {XREF}: the following posts have been removed from X.

{X[0]}
{X[1]}

X Legal
""",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-law-firm-for-account-holder",
    outcome="review", review="unknown_sender",
    imitates="letter from the account holder's lawyers replying to the regulator",
    why="a law firm is not the platform: its statement that the posts were deleted is not applied",
    **{"from": "counsel@harbourline-law.example"},
    name_from="Harbourline Law",
    date="Mon, 09 Sep 2024 04:02:10 +0000",
    subject=f"Your reference {XREF} - @betwave_kr",
    body=f"""
Dear Sirs,

We act for the holder of the X account @betwave_kr, which was named in your
request {XREF}.

Without any admission of liability, our client has deleted the posts at
{X[2]} and {X[4]}.

Our client disputes that the remaining post breaches Korean law and reserves
all rights.

Yours faithfully,
Harbourline Law
""",
    items={X[2]: "pending", X[4]: "pending"},
)

case(
    name="x-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from an X legal staffer",
    why="out-of-office auto-reply",
    **{"from": "jpike@x.com"},
    name_from="Jordan Pike",
    date="Tue, 03 Sep 2024 01:06:02 +0000",
    subject=f"Automatic reply: {XREF} Request to remove content",
    reply_to_req=req_mid(XREF),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email.

For urgent legal matters, please write to legal@x.com.

Jordan
""",
)

# ======================= YouTube ==========================================
case(
    name="yt-legal-blocked-kr-and-removed",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome: content blocked from view in a country / removed for Community Guidelines",
    why="one video blocked in South Korea, one removed globally",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 16:20:31 +0000",
    subject=f"Re: Your legal request [{YREF}]",
    reply_to_req=req_mid(YREF),
    body=f"""
Hello,

Thank you for your legal request ({YREF}). After reviewing it, we have
blocked the following content from view on YouTube in South Korea:

  - {Y[0]}

In addition, the following video was removed from YouTube globally for
violating our Community Guidelines:

  - {Y[1]}

We will respond separately about the remaining items in your notice.

Sincerely,
The YouTube Legal Team
""",
    items={Y[0]: "restricted", Y[1]: "removed"},
)

case(
    name="yt-age-restricted-and-channel-kept",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply: age restriction applied / no violation found, channel remains",
    why="Short age-restricted (restricted, URL without scheme); channel refused with its reason (rejected)",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 12:44:08 +0000",
    subject=f"Re: {YREF}",
    reply_to_req=req_mid(YREF),
    body=f"""
Hi,

Regarding your request {YREF}:

www.youtube.com/shorts/Hd9sF1uYq6k - we have age-restricted this Short. It
can no longer be viewed by signed-out users or by users under 18.

{Y[3]} - after review, we determined that this channel does not violate our
Community Guidelines, and we found no basis to block it under local law. The
channel remains available.

Regards,
YouTube Legal Support
""",
    items={Y[2]: "restricted", Y[3]: "rejected"},
)

case(
    name="yt-channel-terminated-video-gone",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel-termination outcome; video already deleted by uploader",
    why="channel terminated (removed); video deleted by its uploader before review (not_found)",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 08:09:17 +0000",
    subject=f"Update on your request {YREF}",
    body=f"""
Hello,

The channel {Y[3]} has been terminated for violations of our spam, deceptive
practices and scams policies.

The video {Y[0]} is no longer available because it was deleted by the
uploader before our review, so there was nothing for us to act on.

Sincerely,
The YouTube Legal Team
""",
    items={Y[3]: "removed", Y[0]: "not_found"},
)

YT_QP = f"""Hello,

We=E2=80=99ve completed our review of your request {YREF}. Following our review, th=
e videos below have been actioned under our policies:

{Y[1]}
{Y[2]}

If you have questions about this decision, please reply to this email and i=
nclude your reference number.

Thank you,
The YouTube Team
"""
case(
    name="yt-quoted-printable-actioned",
    outcome="applied", classification="confirmation",
    imitates="YouTube notice in quoted-printable: 'have been actioned under our policies'",
    why="both listed videos actioned (the platform's own phrase for removal)",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Thu, 12 Sep 2024 05:51:44 +0000",
    subject=f"Your request {YREF} has been reviewed",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + YT_QP,
    items={Y[1]: "removed", Y[2]: "removed"},
)

YT_TABLE_TEXT = f"""Hello,

Decisions on the items in your request {YREF}:

{Y[0]}  No action - not in violation of local law or our policies
{Y[1]}  Unavailable - the video was removed by the uploader
{Y[2]}  Removed - Community Guidelines

The YouTube Legal Team
"""
YT_TABLE_HTML = f"""<html><body>
<p>Hello,</p>
<p>Decisions on the items in your request {YREF}:</p>
<table border="1" cellpadding="3">
<tr><th>Content URL</th><th>Decision</th></tr>
<tr><td>{Y[0]}</td><td>No action &ndash; not in violation of local law or our policies</td></tr>
<tr><td>{Y[1]}</td><td>Unavailable &ndash; the video was removed by the uploader</td></tr>
<tr><td>{Y[2]}</td><td>Removed &ndash; Community Guidelines</td></tr>
</table>
<p>The YouTube Legal Team</p>
</body></html>
"""
case(
    name="yt-multipart-decision-table",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal decision table (multipart/alternative, text and HTML)",
    why="three rows: no action with reason (rejected), removed by uploader (not_found), removed",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 09:33:00 +0000",
    subject=f"Decisions: {YREF}",
    raw_mime=(
        'Content-Type: multipart/alternative; boundary="yt-b112-alt"\n\n'
        "--yt-b112-alt\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
        + YT_TABLE_TEXT
        + "\n--yt-b112-alt\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
        + YT_TABLE_HTML
        + "\n--yt-b112-alt--\n"
    ),
    items={Y[0]: "rejected", Y[1]: "not_found", Y[2]: "removed"},
)

case(
    name="yt-hedge-and-under-review",
    outcome="review", review="not_understood",
    imitates="YouTube support reply with a hedge ('it appears ... may have been') and 'still under review'",
    why="a hedge and an 'under review' are not statements: both named videos stay pending",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 03:14:26 +0000",
    subject=f"Re: {YREF}",
    reply_to_req=req_mid(YREF),
    body=f"""
Hi,

Thanks for following up on {YREF}.

It appears that {Y[0]} may already have been taken down by the uploader.
{Y[1]} is still under review by our legal team.

We'll be in touch.

YouTube Legal Support
""",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="yt-out-of-office-quoting-request",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder of a Google legal specialist, quoting the request",
    why="vacation auto-reply; the URLs are only in the quoted request",
    **{"from": "dkoh@google.com"},
    name_from="Daniel Koh",
    date="Wed, 04 Sep 2024 02:21:09 +0000",
    subject=f"Re: {YREF} Request to remove content",
    reply_to_req=req_mid(YREF),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
Hi, I'm away on leave until 18 September and not checking email. Legal
requests about YouTube should go to legal-kr@google.com, where the team will
pick them up.

Daniel

On Wed, Sep 4, 2024 at 11:20 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_body(YREF))}
""",
    items={Y[0]: "pending", Y[1]: "pending"},
)

# ======================= Meta =============================================
case(
    name="meta-legal-removal-three-outcomes",
    outcome="applied", classification="confirmation",
    imitates="Meta 'legal removal request' outcome email: restricted in country / removed under Community Standards / no action",
    why="Facebook post restricted in South Korea, Instagram post removed, reel refused with its reason",
    **{"from": "noreply@support.facebook.com"},
    name_from="Facebook",
    date="Mon, 09 Sep 2024 19:07:50 +0000",
    subject=f"Your report about content on Facebook and Instagram ({MREF})",
    body=f"""
Hi,

Thanks for contacting us about content you reported under the laws of South
Korea (your reference {MREF}). We reviewed the content you reported.

{M[0]}
Based on the local law you cited, we restricted access to this content in
South Korea.

{M[1]}
We removed this content because it goes against our Community Standards.

{M[2]}
We didn't take action on this content. After review, we found that it doesn't
go against our Community Standards, and your report didn't give us enough
information to conclude that it is unlawful in South Korea.

You can learn more about how we handle reports under local law in our Help
Centre: https://www.facebook.com/help/legal-removal-requests

The Facebook team
""",
    items={M[0]: "restricted", M[1]: "removed", M[2]: "rejected"},
)

IG_HTML = f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="100%"><tr><td>
<h2 style="font-size:18px">We removed the reel you reported</h2>
<p>Hi KCSC,</p>
<p>Thanks for your report ({MREF}). We removed the reel
<a href="{M[2]}">{M[2]}</a> because it goes against our Community
Guidelines on the sale of regulated goods.</p>
<p>We're still looking at the rest of what you reported.</p>
<p style="color:#8e8e8e;font-size:11px">Instagram from Meta &middot; This message was sent to takedown@kcsc.example.</p>
</td></tr></table>
</body></html>
"""
case(
    name="meta-instagram-base64-html",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'We removed the content you reported' notification, base64 HTML",
    why="one reel of a three-item request, named by its URL, removed",
    **{"from": "no-reply@mail.instagram.com"},
    name_from="Instagram",
    date="Tue, 10 Sep 2024 13:26:03 +0000",
    subject="We removed the reel you reported",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(IG_HTML),
    items={M[2]: "removed"},
)

case(
    name="meta-decision-statement-fields",
    outcome="applied", classification="confirmation",
    imitates="Meta decision notice laid out like a DSA statement of reasons (content, decision, territorial scope, basis)",
    why="Instagram post restricted in South Korea on the basis of local law",
    **{"from": "legal-noreply@meta.com"},
    name_from="Meta Legal",
    date="Thu, 12 Sep 2024 07:40:19 +0000",
    subject=f"Decision on your report {MREF}",
    body=f"""
Decision on your report

Report reference:   {MREF}
Content:            {M[1]}
Decision:           Access restricted
Territorial scope:  South Korea
Basis:              Local law (as cited in your report); the content was not
                    found to go against our Community Standards
Automated means:    Not used in reaching this decision

The person who shared the content has been told about this decision and can
ask us to review it.

Meta
""",
    items={M[1]: "restricted"},
)

case(
    name="meta-bulk-all-removed",
    outcome="review", review="bulk",
    imitates="Meta outcome email stating that all reported content was removed, without listing it",
    why="'removed all of it' for a three-item request that names no URL: bulk, items pending",
    **{"from": "noreply@support.facebook.com"},
    name_from="Facebook",
    date="Wed, 11 Sep 2024 21:15:37 +0000",
    subject=f"Update on your report ({MREF})",
    body=f"""
Hi,

We've reviewed the content you reported in {MREF} and removed all of it
because it goes against our Community Standards on restricted goods and
services.

Thanks for helping keep our community safe.

The Facebook team
""",
    items={M[0]: "pending", M[1]: "pending", M[2]: "pending"},
)

MDN_TEXT = f"""This is a receipt for the mail you sent to sykim@meta.com at 9/5/2024 9:40 AM.

This receipt verifies that the message has been displayed on the recipient's
computer. There is no guarantee that the content has been read or understood.
"""
MDN_REPORT = f"""Reporting-UA: outlook.office365.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;sykim@meta.com
Original-Message-ID: <{req_mid(MREF)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""
case(
    name="meta-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, multipart/report disposition-notification) from a Meta staffer",
    why="message disposition notification only",
    **{"from": "sykim@meta.com"},
    name_from="Seo-yeon Kim",
    date="Thu, 05 Sep 2024 02:10:44 +0000",
    subject=f"Read: {MREF} Request to remove content",
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary="mdn-b112"\n\n'
        "--mdn-b112\nContent-Type: text/plain; charset=utf-8\n\n" + MDN_TEXT
        + "\n--mdn-b112\nContent-Type: message/disposition-notification\n\n" + MDN_REPORT
        + "\n--mdn-b112--\n"
    ),
)

case(
    name="meta-predates-request",
    outcome="review", review="predates_request",
    imitates="Meta report-outcome email about an earlier report, dated before our request was sent",
    why="dated 4 Sep, before KCSC-240905-03 was sent (5 Sep): cannot answer our request",
    **{"from": "noreply@support.facebook.com"},
    name_from="Facebook",
    date="Wed, 04 Sep 2024 06:02:11 +0000",
    subject="Update on the content you reported",
    body=f"""
Hi,

Thanks for your report. We removed the post you reported because it goes
against our Community Standards on restricted goods and services:

{M[0]}

The Facebook team
""",
    items={M[0]: "pending"},
)

# ======================= TikTok ===========================================
case(
    name="tiktok-numbered-result-list",
    outcome="applied", classification="confirmation",
    imitates="TikTok Trust & Safety report result, numbered list",
    why="two videos removed, third: no violation found and the video remains (rejected)",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Trust & Safety",
    date="Mon, 09 Sep 2024 10:11:12 +0000",
    subject=f"Re: {TREF} - result of your report",
    reply_to_req=req_mid(TREF),
    body=f"""
Hello,

Thank you for your report (ref. {TREF}). We reviewed the content and here
is the result:

1. {T[0]} - removed for violating our Community Guidelines (frauds and scams)
2. {T[1]} - removed for violating our Community Guidelines (frauds and scams)
3. {T[2]} - no violation found; this video remains on TikTok

Kind regards,
TikTok Trust & Safety
""",
    items={T[0]: "removed", T[1]: "removed", T[2]: "rejected"},
)

TT_CSV = (
    "reported_url,decision,scope,comment\r\n"
    f"{T[0]},Restricted,KR,Geo-blocked under local law\r\n"
    f"{T[1]},Removed,Global,Community Guidelines violation\r\n"
    f"{T[2]},Not found,,Video deleted by the creator before review\r\n"
)
case(
    name="tiktok-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal team reply with a per-item CSV attachment",
    why="CSV rows: restricted in KR, removed, not found (deleted by its creator)",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Wed, 11 Sep 2024 04:30:58 +0000",
    subject=f"{TREF} - outcome",
    reply_to_req=req_mid(TREF),
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="tt-b112-mix"\n\n'
        "--tt-b112-mix\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
        f"Hello,\n\nPlease find the outcome for each item of your request {TREF} in the\n"
        "attached file.\n\nBest regards,\nTikTok Legal\n"
        "\n--tt-b112-mix\nContent-Type: text/csv; charset=utf-8; name=\"KCSC-240906-04_outcome.csv\"\n"
        "Content-Disposition: attachment; filename=\"KCSC-240906-04_outcome.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(TT_CSV.encode()).decode("ascii")
        + "\n--tt-b112-mix--\n"
    ),
    items={T[0]: "restricted", T[1]: "removed", T[2]: "not_found"},
)

case(
    name="tiktok-korea-bilingual-particles",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea policy team bilingual reply (Korean then English); URLs followed by particles and full-width brackets",
    why="first video removed (삭제), second blocked in Korea (접속 차단 / restricted in South Korea)",
    **{"from": "policy-kr@tiktok.com"},
    name_from="TikTok Korea Policy",
    date="Tue, 10 Sep 2024 08:55:40 +0000",
    subject=Header(f"[{TREF}] 검토 결과 안내 / Result of review", "utf-8").encode(),
    body=f"""
안녕하세요, 틱톡 코리아 정책팀입니다. (English below)

요청하신 건({TREF})에 대한 검토를 마쳤습니다.
{T[0]}은 커뮤니티 가이드라인 위반으로 삭제되었습니다.
{T[1]}는 국내 법령에 따라 한국에서 접속 차단 조치되었습니다.

[English]
We have completed our review of your request {TREF}.
The video （{T[0]}） has been removed for violating our Community Guidelines.
The video （{T[1]}） has been restricted in South Korea under local law.

감사합니다.
TikTok Korea Policy
""",
    items={T[0]: "removed", T[1]: "restricted"},
)

case(
    name="tiktok-ticket-plus-removal",
    outcome="applied", classification="confirmation",
    imitates="TikTok support reply that opens with a ticket number and then states an outcome",
    why="acknowledgement phrase plus an unhedged removal of a named video: a confirmation",
    **{"from": "support@tiktok.com"},
    name_from="TikTok Support",
    date="Sun, 08 Sep 2024 15:02:33 +0000",
    subject=f"Re: {TREF} [ticket 8821903477]",
    body=f"""
Thank you for contacting TikTok. Your ticket number is 8821903477.

We have reviewed your report and removed the following video for violating
our Community Guidelines:
{T[1]}

We are still reviewing the other videos in your request.

TikTok Support
""",
    items={T[1]: "removed"},
)

case(
    name="tiktok-bulk-restricted",
    outcome="review", review="bulk",
    imitates="TikTok legal reply stating that every reported video was restricted, without listing them",
    why="statement about all three videos without naming each: bulk",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 02:44:05 +0000",
    subject=f"Re: {TREF}",
    reply_to_req=req_mid(TREF),
    body=f"""
Hello,

All of the videos listed in your request {TREF} have been restricted and are
no longer available to users in South Korea.

Best regards,
TikTok Legal
""",
    items={T[0]: "pending", T[1]: "pending", T[2]: "pending"},
)

case(
    name="tiktok-report-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok 'We've received your report' receipt with a ticket id",
    why="pure acknowledgement: received, ticket created, will review",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Fri, 06 Sep 2024 05:12:00 +0000",
    subject=f"We've received your report ({TREF})",
    body=f"""
Hi,

We've received your report (reference {TREF}). Your ticket ID is 7741-2231.

Our team will review it and get back to you by email. You don't need to send
it again.

TikTok
""",
)

case(
    name="snapchat-not-our-content",
    outcome="review", review="wrong_platform",
    imitates="Snap law-enforcement operations reply to a request that listed another platform's URL",
    why="Snapchat states it cannot locate a TikTok item: another platform's item",
    **{"from": "leo-noreply@snapchat.com"},
    name_from="Snap Inc. Law Enforcement Operations",
    date="Mon, 09 Sep 2024 20:31:18 +0000",
    subject=f"Re: {TREF}",
    body=f"""
Hello,

We received your request {TREF}. We searched for the reported content on
Snapchat and could not locate it:

{T[2]}

This link does not appear to point to content hosted by Snap.

Snap Inc. Law Enforcement Operations
""",
    items={T[2]: "pending"},
)

# ======================= Reddit ===========================================
case(
    name="reddit-korean-slug-removed-and-gone",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal/safety reply, one URL with a raw Korean slug",
    why="first post removed (raw Korean path = percent-encoded URL), second already deleted by its author",
    **{"from": "legal-noreply@reddit.com"},
    name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 17:48:22 +0000",
    subject=f"Re: {RREF} Request to remove content",
    reply_to_req=req_mid(RREF),
    body=f"""
Hi there,

Thanks for your report regarding {RREF}. We have removed the following post
from Reddit:

{R1_RAW}

The other post you reported, {R[1]}, had already been deleted by the user who
submitted it, so no further action was possible.

Reddit Safety
""",
    items={R[0]: "removed", R[1]: "not_found"},
)

case(
    name="reddit-wrapped-angle-url",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin reply: long URL in angle brackets wrapped across two lines",
    why="one post geo-blocked in South Korea (URL wrapped inside <...>)",
    **{"from": "legal-noreply@reddit.com"},
    name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 06:03:14 +0000",
    subject=f"Re: {RREF}",
    reply_to_req=req_mid(RREF),
    body=f"""
Hi,

Following your request {RREF}, we have geo-blocked the post below so that it
is no longer available to users in South Korea:

<https://www.reddit.com/r/koreadeals/comments/1fa2m7c/
cheap_bank_accounts_for_rent/>

Reddit Legal
""",
    items={R[1]: "restricted"},
)

case(
    name="reddit-conditional-restriction",
    outcome="review", review="not_understood",
    imitates="Reddit admin reply deferring to subreddit moderators, with a conditional next step",
    why="'if they do not act ... we will restrict' is a condition and a promise: pending",
    **{"from": "legal-noreply@reddit.com"},
    name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 09:19:51 +0000",
    subject=f"Re: {RREF}",
    reply_to_req=req_mid(RREF),
    body=f"""
Hi,

We've asked the moderators of r/koreadeals to remove {R[1]}.
If they do not act within 48 hours, we will restrict the post in South Korea
ourselves.

Reddit Legal
""",
    items={R[1]: "pending"},
)

case(
    name="reddit-zendesk-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit help-desk (Zendesk-style) receipt echoing the submitted request",
    why="receipt only; the URLs are in the echo of our own request",
    **{"from": "support@reddithelp.redditmail.com"},
    name_from="Reddit Help",
    date="Mon, 09 Sep 2024 01:31:07 +0000",
    subject=f"[Reddit] Re: {RREF} Request to remove content (#8812345)",
    body=f"""
##- Please type your reply above this line -##

Your request (8812345) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 9, 2024, 01:30 UTC

{chr(10).join(request_body(RREF, [R1_RAW, R[1]]))}
""",
    items={R[0]: "pending", R[1]: "pending"},
)

# ======================= Discord ==========================================
case(
    name="discord-all-content-one-item",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome: 'removed all of the reported content'",
    why="bulk wording, but the request has one item: applies (removed)",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 23:04:45 +0000",
    subject=f"Re: {DREF}",
    reply_to_req=req_mid(DREF),
    body=f"""
Hi,

We have reviewed the content reported in your request {DREF} and removed all
of it from Discord for violating our Community Guidelines.

Thank you for helping keep Discord safe.

Discord Trust & Safety
""",
    items={D[0]: "removed"},
)

case(
    name="discord-needs-message-links",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord T&S reply asking for message links / IDs before acting",
    why="asks for more information; nothing is decided about the invite",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 12:27:39 +0000",
    subject=f"Re: {DREF}",
    reply_to_req=req_mid(DREF),
    body=f"""
Hello,

Thank you for your report {DREF}. To act on it we need more detail about the
content inside the server behind {D[0]}:

- message links (right-click a message > Copy Message Link) or message IDs for
  the specific content you consider unlawful; and
- the provision of Korean law that each message breaches.

Please reply to this email with that information.

Discord Trust & Safety
""",
    items={D[0]: "pending"},
)

case(
    name="discord-report-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord 'we've received your report' receipt",
    why="pure acknowledgement",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    date="Tue, 10 Sep 2024 06:03:00 +0000",
    subject=f"We've received your report ({DREF})",
    body=f"""
Hi there,

Thanks for reaching out. We've received your report ({DREF}) and a member of
our Trust & Safety team will look into it.

Please don't reply to this message; replies to this address aren't monitored.

Discord
""",
)

# ======================= Twitch ===========================================
case(
    name="twitch-vod-removed-clip-gone",
    outcome="applied", classification="confirmation",
    imitates="Twitch Law Enforcement Response reply with bulleted per-URL outcomes",
    why="VOD removed; clip deleted by the channel owner before review (not_found)",
    **{"from": "lereply@twitch.tv"},
    name_from="Twitch Law Enforcement Response",
    date="Sat, 14 Sep 2024 04:40:10 +0000",
    subject=f"Re: {WREF}",
    reply_to_req=req_mid(WREF),
    body=f"""
Hello,

This is Twitch Law Enforcement Response about your request {WREF}.

\u2022 {W[0]} \u2013 the VOD has been removed and the channel has been actioned under
  our Community Guidelines.
\u2022 {W[1]} \u2013 this clip could not be found; it was deleted by the channel owner
  before we reviewed it.

Twitch Law Enforcement Response
""",
    items={W[0]: "removed", W[1]: "not_found"},
)

case(
    name="twitch-clip-restricted-vod-stays",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply: clip restricted in a country, VOD kept with its reason",
    why="clip restricted in South Korea; VOD refused with reasons (rejected)",
    **{"from": "legal@twitch.tv"},
    name_from="Twitch Legal",
    date="Mon, 16 Sep 2024 11:12:53 +0000",
    subject=f"Outcome of your request {WREF}",
    body=f"""
Hello,

Following our review of {WREF}:

The clip {W[1]} has been restricted and is no longer viewable from South Korea.

The VOD {W[0]} will remain on Twitch: we reviewed it, found no violation of
our Community Guidelines, and the request did not establish that it is
unlawful.

Twitch Legal
""",
    items={W[1]: "restricted", W[0]: "rejected"},
)

DSN_TEXT = """This is the mail system at host mail.twitch.tv.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@twitch.tv>: host mx.twitch.tv[198.51.100.77] said: 550 5.1.1
    <legal-kr@twitch.tv>: Recipient address rejected: User unknown
"""
DSN_STATUS = """Reporting-MTA: dns; mail.twitch.tv
Arrival-Date: Wed, 11 Sep 2024 07:45:03 +0000

Final-Recipient: rfc822; legal-kr@twitch.tv
Original-Recipient: rfc822;legal-kr@twitch.tv
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@twitch.tv>: Recipient address
    rejected: User unknown
"""
DSN_ORIG = (
    "From: KCSC Takedown <takedown@kcsc.example>\n"
    "To: legal-kr@twitch.tv\n"
    f"Subject: {WREF} Request to remove content\n"
    f"Message-ID: <{req_mid(WREF)}@kcsc.example>\n"
    "Date: Wed, 11 Sep 2024 16:45:00 +0900\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    + "\n".join(request_body(WREF)) + "\n"
)
case(
    name="twitch-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report) returning the request",
    why="bounce: the URLs are in the returned original",
    **{"from": "MAILER-DAEMON@mail.twitch.tv"},
    name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 07:45:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="dsn-b112"\n\n'
        "--dsn-b112\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        + DSN_TEXT
        + "\n--dsn-b112\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        + DSN_STATUS
        + "\n--dsn-b112\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
        + DSN_ORIG
        + "\n--dsn-b112--\n"
    ),
    items={W[0]: "pending", W[1]: "pending"},
)

# ======================= Pinterest ========================================
case(
    name="pinterest-process-notice",
    outcome="review", review="no_claims",
    imitates="Pinterest legal team notice about a new intake portal for government requests",
    why="trusted platform mail naming no item and no request of ours",
    **{"from": "legal-noreply@pinterest.com"},
    name_from="Pinterest Legal",
    date="Tue, 17 Sep 2024 15:00:00 +0000",
    subject="Changes to how Pinterest receives government requests",
    body="""
Hello,

From 1 October 2024, Pinterest will accept content removal requests from
government authorities only through our online portal at
https://help.pinterest.com/en/government-requests-portal

Requests sent to this address after that date will not be processed. If you
have questions, reply to this message.

Pinterest Legal
""",
)


# ------------------------------------------------------------------ write
HEADER = """# Blind set 112: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest). Written by
# tests/corpus/blind112/make.py from each email's meaning, before any run of
# the reader. Each case is ingested alone into a fresh ledger holding
# requests.csv."""


def main():
    write_requests()
    cases_dir = os.path.join(HERE, "cases")
    if os.path.isdir(cases_dir):
        for f in sorted(os.listdir(cases_dir)):
            if f.endswith(".eml"):
                os.remove(os.path.join(cases_dir, f))
    corpuslib.write_set(HERE, "blind112", HEADER, CASES)


if __name__ == "__main__":
    main()
