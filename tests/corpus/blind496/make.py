#!/usr/bin/env python3
"""Blind set 496: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Snapchat, Pinterest and Telegram as
senders that own none of the requests).

    python3 tests/corpus/blind496/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the email's meaning alone, before the reader
was run on any of these emails. All names, ids and URLs are fictional.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X1 = "https://x.com/dalmuri_trade/status/1831100000000000101"
X2 = "https://x.com/dalmuri_trade/status/1831100000000000102"
X3 = "https://x.com/bluepine_kr/status/1831204455667788990"
X4 = "https://x.com/bluepine_kr/status/1831204455667789001"
X5 = "https://twitter.com/night_ledger/status/1829988776655443322"
X6 = "https://x.com/night_ledger/status/1830011223344556677"
X7 = "https://x.com/hanul_deals77/status/1831333444555666777"
X8 = "https://x.com/hanul_deals77"
X9 = "https://x.com/sora_mkt/status/1831500600700800900"
X10 = "https://x.com/sora_mkt/status/1831500600700800911"
X11 = "https://x.com/i/web/status/1831777888999000111"
X12 = "https://x.com/gold_ferry/status/1831888999000111222?s=20"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm7dT2kLp0A"
Y2 = "https://www.youtube.com/watch?v=Hx93bWv_rE4"
Y3 = "https://youtu.be/ZpL0o8nNq3s"
Y4 = "https://www.youtube.com/@misty_bazaar"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/haneulmarket/posts/7781234567890123/"
M2 = "https://www.instagram.com/p/C9kLmN2xYzA/"
M3 = "https://www.facebook.com/profile.php?id=100089912345678"
MS = [M1, M2, M3]

T1 = "https://www.tiktok.com/@junoshop.kr/video/7410123456789012345"
T2 = "https://www.tiktok.com/@junoshop.kr/video/7410123456789012399"
T3 = "https://www.tiktok.com/@pale_moon_22/video/7409988776655443322"
T4 = "https://www.tiktok.com/@pale_moon_22"
T5 = "https://vm.tiktok.com/ZSKq7rYb2/"
TS = [T1, T2, T3, T4, T5]

R1 = "https://www.reddit.com/r/kpharmadeals/comments/1f3abcd/cheap_pills_no_rx/"
R2_SLUG = "대리_구매"
R2_BASE = "https://www.reddit.com/r/hanguk_deals/comments/1f4xyz9/"
R2 = R2_BASE + quote(R2_SLUG) + "/"  # stored percent-encoded
R2_RAW = R2_BASE + R2_SLUG + "/"     # as a person pastes it in mail
RS = [R1, R2]

D_CH = "https://discord.com/channels/1122334455667788990/1122334455667788999/"
D1 = D_CH + "1283001122334455667"
D2 = "https://discord.gg/hanmart24"
D3 = D_CH + "1283001122334455699"
DS = [D1, D2, D3]

W1 = "https://www.twitch.tv/videos/2245678901"

REQUESTS = [
    # ref, platform, sent, due, category, msgid, urls, notes
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_drugs", "req-240903-01", XS,
     {X8: "account page, not a post", X12: 'copied with the share suffix "?s=20"'}),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "illegal_gambling", "req-240904-02", YS, {Y4: "channel, not a video"}),
    ("KCSC-240906-03", "meta", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00",
     "illegal_drugs", "req-240906-03", MS, {M2: "Instagram post, sent to Meta"}),
    ("KCSC-240909-04", "tiktok", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "fraud", "req-240909-04", TS, {T5: 'short link, "vm.tiktok.com"', T4: "account, not a video"}),
    ("KCSC-240910-05", "reddit", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal_drugs", "req-240910-05", RS, {R2: "Korean slug, stored percent-encoded"}),
    ("KCSC-240912-06", "discord", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "obscenity", "req-240912-06", DS, {D2: "server invite"}),
    ("KCSC-240913-07", "twitch", "2024-09-13T16:00:00+09:00", "2024-09-20T18:00:00+09:00",
     "illegal_gambling", "req-240913-07", [W1], {}),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, urls, notes in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", notes.get(u, "")])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, sent="Tue, Sep 3, 2024 at 10:00 AM"):
    lines = [
        f"Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content, found to be illegal under Korean law (ref. {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Team"]
    return "\n".join(lines)


CASES = []


def case(**kw):
    CASES.append(kw)


SIG_X = "X Legal\nhttps://help.x.com/en/rules-and-policies"

# ================================================================ X
case(
    name="x-withheld-in-korea-list",
    from_="legal-notices@x.com", date="Thu, 5 Sep 2024 03:12:44 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal content", reply_to_req="req-240903-01",
    body=f"""Hello,

We have reviewed your request (ref. KCSC-240903-01) submitted on behalf of the
Korea Communications Standards Commission.

In accordance with applicable local law, we have withheld access to the
following posts in the Republic of Korea:

- {X1}
- {X2}
- {X3}

These posts remain available outside the Republic of Korea. The account holders
have been notified of the action taken.

We will respond separately regarding the remaining URLs in your request.

{SIG_X}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome: 'withheld in country' notice (Country Withheld Content)",
    why="three named posts withheld in Korea = restricted; the rest explicitly left for later",
    items={X1: "restricted", X2: "restricted", X3: "restricted"},
)

case(
    name="x-numbered-action-below",
    from_="legal-notices@x.com", date="Fri, 6 Sep 2024 08:40:02 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal content (update 2)",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Please find below a summary of the actions taken on further items of your
request KCSC-240903-01.

1. {X4}
   Action: Removed - violation of the X Rules (illegal or certain regulated
   goods or services)
2. {X5}
   Action: Withheld in KR
3. {X6}
   Action: No action. After careful review we did not find this post to
   violate the X Rules or the Korean law cited in your request.
4. {X7}
   Action: Not found. The post could not be located and no longer exists
   on X.

{SIG_X}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team itemised reply, action on the line below each URL",
    why="four items, four different outcomes each written under its URL",
    items={X4: "removed", X5: "restricted", X6: "rejected", X7: "not_found"},
)

case(
    name="x-account-suspended",
    from_="legal-notices@x.com", date="Fri, 6 Sep 2024 10:05:51 +0000",
    subject="Your report to X: account @hanul_deals77",
    body=f"""Hello,

Thank you for your report regarding the account @hanul_deals77
({X8}).

The account has been permanently suspended for violating our rules on illegal
or certain regulated goods or services. A suspended account and its posts are
not viewable on X.

For more information about our enforcement options, visit
https://help.x.com/en/rules-and-policies/enforcement-options

{SIG_X}
""",
    outcome="applied", classification="confirmation",
    imitates="X report outcome 'we suspended the account' email",
    why="the requested account URL is named and permanently suspended = removed; help links are not items",
    items={X8: "removed"},
)

X_TABLE = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC Takedown Team,</p>
<p>Regarding your request <b>KCSC-240903-01</b>, the outcome for the remaining
reported URLs is set out below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Outcome</th></tr>
<tr><td>9</td><td><a href="{X9}">{X9}</a></td><td>Removed</td></tr>
<tr><td>10</td><td><a href="{X10}">{X10}</a></td><td>Removed</td></tr>
<tr><td>11</td><td><a href="{X11}">{X11}</a></td><td>Withheld in South Korea</td></tr>
<tr><td>12</td><td><a href="{X12}">{X12}</a></td><td>No violation found &ndash; content remains available</td></tr>
</table>
<p>Best regards,<br>X Legal<br>
<a href="https://help.x.com/en/forms">help.x.com/en/forms</a></p>
</body></html>"""

case(
    name="x-html-table",
    from_="legal-notices@x.com", date="Mon, 9 Sep 2024 02:30:10 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal content (final)",
    reply_to_req="req-240903-01", type="html", body=X_TABLE,
    outcome="applied", classification="confirmation",
    imitates="X legal outcome sent as an HTML table per URL",
    why="HTML table row per item: two removed, one withheld in KR, one no violation",
    items={X9: "removed", X10: "removed", X11: "restricted", X12: "rejected"},
)

case(
    name="x-top-posted-gmail-quote",
    from_="dana.whitfield@x.com", name_from="Dana Whitfield", date="Wed, 4 Sep 2024 23:58:13 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal content", reply_to_req="req-240903-01",
    body=f"""Hi,

Quick update on KCSC-240903-01: the post {X3} has now been withheld in Korea.
We're still working through the rest of the list and will follow up.

Best,
Dana
Global Government Affairs, X

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240903-01", XS))}
""",
    outcome="applied", classification="confirmation",
    imitates="personal Gmail-style reply from a platform policy employee over the quoted request",
    why="one post named above the quote is withheld; the quoted list below is our own request",
    items={X3: "restricted"},
)

qp_body = (
    "Dear KCSC team,\n\n"
    "Further to your notice KCSC-240903-01, we confirm that the following post has been "
    f"withheld in South Korea pursuant to local law: {X12} \u2014 it remains visible in other countries.\n\n"
    "Kind regards,\nX Legal\n"
)
case(
    name="x-quoted-printable-withheld",
    from_="legal-notices@x.com", date="Tue, 10 Sep 2024 04:44:00 +0000",
    subject="KCSC-240903-01: withheld content",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(qp_body),
    outcome="applied", classification="confirmation",
    imitates="X country-withheld confirmation in a quoted-printable body",
    why="quoted-printable soft break and =3D inside the URL; withheld in Korea = restricted",
    items={X12: "restricted"},
)

case(
    name="x-promise-will-withhold",
    from_="legal-notices@x.com", date="Wed, 4 Sep 2024 06:20:00 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal content", reply_to_req="req-240903-01",
    body=f"""Hello,

Thank you for your request KCSC-240903-01. Based on an initial assessment we
expect to withhold the posts below in the Republic of Korea once our legal
review has been completed, which normally takes five to seven business days:

{X1}
{X2}

We will write again when the review is complete.

{SIG_X}
""",
    outcome="review", review="not_understood",
    imitates="X legal 'initial assessment' holding reply",
    why="'expect to withhold ... once review completed' is a promise, not a statement",
    items={X1: "pending", X2: "pending"},
)

case(
    name="x-bulk-all-removed",
    from_="legal-notices@x.com", date="Wed, 11 Sep 2024 01:03:27 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal content", reply_to_req="req-240903-01",
    body="""Hello,

We have completed our review of your request KCSC-240903-01. All of the posts
and accounts listed in your request have been removed from X.

Thank you for helping keep X safe.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X short closing reply covering a whole legal request",
    why="one sentence about all twelve items, naming none of them",
    items={u: "pending" for u in XS},
)

case(
    name="x-dmarc-fail-removed",
    from_="legal-notices@x.com", auth="fail", date="Thu, 5 Sep 2024 12:00:00 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal content", reply_to_req="req-240903-01",
    body=f"""Hello,

The following posts have been removed:

{X1} - removed
{X2} - removed
{X4} - removed

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal itemised reply, but failing DKIM/SPF/DMARC",
    why="plain removal statements from x.com that fail authentication",
    items={X1: "pending", X2: "pending", X4: "pending"},
)

case(
    name="x-out-of-office",
    from_="dana.whitfield@x.com", name_from="Dana Whitfield", date="Tue, 3 Sep 2024 01:00:40 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request to remove illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thanks for your email. I'm out of the office until 23 September with limited
access to email.

For legal requests please use legal-notices@x.com or the forms at
https://help.x.com/en/forms/legal so that the team can handle them.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange 'Automatic reply' out-of-office",
    why="out-of-office auto-reply, nothing about any item",
    items={},
)

# ================================================================ YouTube
case(
    name="yt-blocked-kr-and-removed",
    from_="legal-noreply@google.com", name_from="YouTube Legal Support", date="Fri, 6 Sep 2024 07:15:33 -0700",
    subject="Re: [KCSC-240904-02] Legal complaint - illegal gambling promotion", reply_to_req="req-240904-02",
    body=f"""Hello,

Thank you for your legal complaint. We have reviewed the content identified in
your notice and have taken the following actions.

Blocked from view in South Korea based on local law:
{Y1}

Removed globally for violating YouTube's Community Guidelines:
{Y2}

We continue to review the other URLs in your notice.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email (local-law block vs. guideline removal)",
    why="heading line states the action, URL on the line below",
    items={Y1: "restricted", Y2: "removed"},
)

case(
    name="yt-age-restricted",
    from_="legal-noreply@google.com", name_from="YouTube Legal Support", date="Sat, 7 Sep 2024 02:10:00 -0700",
    subject="Re: [KCSC-240904-02] Legal complaint", reply_to_req="req-240904-02",
    body=f"""Hello,

After review, we have applied an age restriction to the video
{Y3}. Viewers must now be signed in and 18 or over to watch it.

You can learn more about age-restricted content here:
https://support.google.com/youtube/answer/2802167

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'age-restricted' outcome notice",
    why="age restriction = restricted; support link is not an item",
    items={Y3: "restricted"},
)

case(
    name="yt-channel-terminated-video-gone",
    from_="legal-noreply@google.com", name_from="YouTube Legal Support", date="Mon, 9 Sep 2024 09:00:12 -0700",
    subject="Re: [KCSC-240904-02] Legal complaint", reply_to_req="req-240904-02",
    body=f"""Hi there,

The channel {Y4} has been terminated for repeated violations of
our Community Guidelines.

The video {Y2} was no longer on YouTube when we reviewed your
complaint: it had already been deleted by the uploader.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice plus 'video no longer available' note",
    why="channel terminated = removed; deleted by uploader before review = not_found",
    items={Y4: "removed", Y2: "not_found"},
)

yt_html = f"""<html><body>
<p>Hello,</p>
<p>We have completed our review of the content in your complaint
(KCSC-240904-02).</p>
<p><b>Removed:</b> <a href="{Y3}">{Y3}</a><br>
The video violated our policy on online gambling.</p>
<p><b>Blocked in South Korea:</b> <a href="{Y4}">{Y4}</a><br>
The channel is no longer viewable in South Korea on the basis of local law.</p>
<p>&mdash; The YouTube Legal Support Team<br>
<a href="https://www.youtube.com/t/terms">Terms of Service</a></p>
</body></html>
"""
case(
    name="yt-base64-html",
    from_="legal-noreply@google.com", name_from="YouTube Legal Support", date="Tue, 10 Sep 2024 05:30:00 -0700",
    subject="YouTube legal complaint outcome [KCSC-240904-02]",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(yt_html),
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML outcome email, base64-encoded",
    why="bold label before each link: removed, blocked in South Korea",
    items={Y3: "removed", Y4: "restricted"},
)

case(
    name="yt-hedged-may-have-been",
    from_="legal-noreply@google.com", name_from="YouTube Legal Support", date="Thu, 5 Sep 2024 18:00:00 -0700",
    subject="Re: [KCSC-240904-02] Legal complaint", reply_to_req="req-240904-02",
    body=f"""Hello,

Thanks for your patience. Our records indicate that {Y2} may have
already been removed by the uploader, and the channel {Y4} appears
to be inactive. We'll confirm the status of each item once our review is
complete.

The YouTube Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply with hedged status",
    why="'may have been', 'appears to' and 'will confirm' are not statements",
    items={Y2: "pending", Y4: "pending"},
)

YT_DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b496-yt"

--dsn-b496-yt
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-kr-old@google.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--dsn-b496-yt
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 04 Sep 2024 02:00:03 +0000

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--dsn-b496-yt
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: [KCSC-240904-02] Legal complaint - illegal gambling promotion
Message-ID: <req-240904-02@kcsc.example>
Date: Wed, 4 Sep 2024 11:00:00 +0900
Content-Type: text/plain; charset=utf-8

{request_text("KCSC-240904-02", YS)}

--dsn-b496-yt--"""
case(
    name="yt-bounce-with-request",
    from_="mailer-daemon@google.com", name_from="Mail Delivery Subsystem", date="Wed, 4 Sep 2024 02:00:05 +0000",
    subject="Delivery Status Notification (Failure)", raw_mime=YT_DSN,
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' DSN returning the original request",
    why="bounce; the URLs are only in the returned copy of our own request",
    items={},
)

# ================================================================ Meta
case(
    name="meta-restricted-local-law",
    from_="legal-requests@meta.com", name_from="Meta Content Restrictions", date="Tue, 10 Sep 2024 15:22:08 +0000",
    subject="Re: [KCSC-240906-03] Request to restrict content", reply_to_req="req-240906-03",
    body=f"""Hello,

We reviewed the content you reported under KCSC-240906-03.

Content reviewed: {M1}
Outcome: We restricted access to this content in South Korea because it was
reported as violating local law.

Content reviewed: {M2}
Outcome: Restricted in South Korea (local law).

Content reviewed: {M3}
Outcome: No action taken. This profile doesn't go against our Community
Standards, and we did not find a sufficient basis under local law to
restrict it.

Learn more about how we handle government requests:
https://transparency.meta.com/reports/content-restrictions/

Meta Content Restrictions Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' response to a government authority",
    why="two restricted in Korea, one refused with its reason",
    items={M1: "restricted", M2: "restricted", M3: "rejected"},
)

META_CSV = f"""content_url,decision,scope,notes
{M1},Removed,Global,Goes against Community Standards on restricted goods
{M2},Removed,Global,Goes against Community Guidelines on restricted goods
{M3},Content not available,N/A,Profile no longer exists on Facebook
"""
case(
    name="meta-csv-attachment",
    from_="legal-requests@meta.com", name_from="Meta Content Restrictions", date="Wed, 11 Sep 2024 09:01:00 +0000",
    subject="Outcome of your request KCSC-240906-03",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b496-meta-csv"

--b496-meta-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each item in request KCSC-240906-03.

Meta Content Restrictions Team

--b496-meta-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240906-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240906-03_outcome.csv"
Content-Transfer-Encoding: base64

{b64(META_CSV)}
--b496-meta-csv--""",
    outcome="applied", classification="confirmation",
    imitates="Meta bulk outcome spreadsheet attached to a legal-request reply",
    why="CSV row per item: two removed globally, one profile no longer exists",
    items={M1: "removed", M2: "removed", M3: "not_found"},
)

case(
    name="meta-instagram-post-removed",
    from_="no-reply@mail.instagram.com", name_from="Instagram", date="Sun, 8 Sep 2024 04:12:45 +0000",
    subject="We removed the post you reported",
    body=f"""Hi KCSC,

Thanks for your report. We removed the post you reported because it goes
against our Community Guidelines on the sale of regulated goods.

Reported post: {M2}

We use reports like yours to help keep Instagram safe. You can see your
reports in the Support Requests section of the app.

Instagram · Meta Platforms, Inc.
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'We removed the post you reported' support-inbox notice",
    why="removal of the post named under 'Reported post' (Instagram subdomain of a Meta domain)",
    items={M2: "removed"},
)

case(
    name="meta-echoed-report",
    from_="noreply@facebookmail.com", name_from="Facebook", date="Mon, 9 Sep 2024 21:48:00 +0000",
    subject="Update on your report (KCSC-240906-03)",
    body=f"""Your report

Reference: KCSC-240906-03
Reported content: {M1}
Reason: Unlawful sale of medicines (Pharmaceutical Affairs Act)
Country: South Korea

Our decision

We've restricted access to this content in South Korea. It's still visible
in other countries, as it doesn't go against our Community Standards.

If you have more information, you can submit a new report at
https://www.facebook.com/help/contact/legal
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook legal-report decision echoing the submitted report form",
    why="the echoed report names the item; the decision restricts it in Korea",
    items={M1: "restricted"},
)

case(
    name="meta-asks-court-order",
    from_="legal-requests@meta.com", name_from="Meta Content Restrictions", date="Mon, 9 Sep 2024 11:30:00 +0000",
    subject="Re: [KCSC-240906-03] Request to restrict content", reply_to_req="req-240906-03",
    body=f"""Hello,

Thank you for your request. Before we can assess the content below, we need
a copy of the decision on which your request is based and the specific
provision of Korean law that the content is alleged to violate:

{M1}
{M3}

Please reply to this email with the requested documents. We will not be able
to take further steps until we receive them.

Meta Content Restrictions Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Meta request for the legal basis / court decision before acting",
    why="asks for documents; no decision on either item",
    items={M1: "pending", M3: "pending"},
)

case(
    name="meta-read-receipt",
    from_="legal-requests@meta.com", name_from="Meta Content Restrictions", date="Fri, 6 Sep 2024 01:02:00 +0000",
    subject="Read: [KCSC-240906-03] Request to restrict content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b496-meta"

--mdn-b496-meta
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-requests@meta.com
  Subject: [KCSC-240906-03] Request to restrict content
  Sent: Friday, September 6, 2024 9:30 AM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 10:01 AM (UTC+09:00) Seoul.

--mdn-b496-meta
Content-Type: message/disposition-notification

Reporting-UA: mail.meta.com; Microsoft Exchange Server
Final-Recipient: rfc822;legal-requests@meta.com
Original-Message-ID: <req-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b496-meta--""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook/Exchange read receipt (MDN)",
    why="read receipt only",
    items={},
)

# ================================================================ TikTok
case(
    name="tiktok-dsa-statement-of-reasons",
    from_="dsa-notices@tiktok.com", name_from="TikTok", date="Wed, 11 Sep 2024 13:37:00 +0000",
    subject="Statement of reasons: decision on reported content (KCSC-240909-04)",
    body=f"""Statement of reasons

Decision ID: TT-SOR-2024-09-5561023
Content concerned: {T1}
Type of restriction: Removal of content
Territorial scope: Worldwide
Date of decision: 11 September 2024

Facts and circumstances: The content was notified by a public authority
(reference KCSC-240909-04) and reviewed by our moderation team.

Ground for decision: Incompatible with our Terms of Service - Community
Guidelines, Frauds and Scams.

Use of automated means: The decision was taken by a human reviewer; automated
means were used only to detect duplicates.

Redress: The account holder may appeal this decision in the app, or use an
out-of-court dispute settlement body or judicial redress.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (TikTok layout of SoR fields)",
    why="'Type of restriction: Removal of content', worldwide, for the named video",
    items={T1: "removed"},
)

case(
    name="tiktok-bulleted-mixed",
    from_="lawenforcement@tiktok.com", name_from="TikTok Trust & Safety", date="Thu, 12 Sep 2024 06:05:00 +0000",
    subject="Re: [KCSC-240909-04] Fraudulent investment promotion", reply_to_req="req-240909-04",
    body=f"""Dear KCSC,

Thank you for your report. Our Trust & Safety team has reviewed the items and
taken the following actions:

\u2022 {T2} \u2014 removed for violating our Community Guidelines
\u2022 {T3} \u2014 restricted: not available in South Korea under local law
\u2022 {T4} \u2014 account permanently banned
\u2022 {T5} \u2014 invalid link; this short link does not lead to any content on TikTok

Kind regards,
TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Trust & Safety itemised reply to a government report",
    why="bullet per item with em-dash: removed, restricted in KR, account banned, invalid link",
    items={T2: "removed", T3: "restricted", T4: "removed", T5: "not_found"},
)

case(
    name="tiktok-url-on-line-below",
    from_="lawenforcement@tiktok.com", name_from="TikTok Trust & Safety", date="Fri, 13 Sep 2024 02:18:00 +0000",
    subject="Re: [KCSC-240909-04] Fraudulent investment promotion", reply_to_req="req-240909-04",
    body=f"""Hello,

After reviewing the following video, we found that it does not violate our
Community Guidelines or local law, so it remains available on TikTok:
{T3}

The following video has been removed:
{T2}

Best regards,
TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok outcome reply with the statement above each URL",
    why="statement ends with ':' and its URL is on the next line; one refusal, one removal",
    items={T3: "rejected", T2: "removed"},
)

case(
    name="tiktok-outlook-original-message",
    from_="j.park@tiktok.com", name_from="Jiwon Park", date="Sat, 14 Sep 2024 00:40:00 +0000",
    subject="RE: [KCSC-240909-04] Fraudulent investment promotion", reply_to_req="req-240909-04",
    body=f"""Dear KCSC,

Regarding your request, we have removed the video
{T1} and banned the account {T4}.

Kind regards,
Jiwon Park
Government Relations, TikTok

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: lawenforcement@tiktok.com
Subject: [KCSC-240909-04] Fraudulent investment promotion

{request_text("KCSC-240909-04", TS)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply above '-----Original Message-----'",
    why="two items named above the original message; the request below is quoted",
    items={T1: "removed", T4: "removed"},
)

case(
    name="tiktok-conflicting-table",
    from_="lawenforcement@tiktok.com", name_from="TikTok Trust & Safety", date="Sun, 15 Sep 2024 03:00:00 +0000",
    subject="Re: [KCSC-240909-04] Fraudulent investment promotion", reply_to_req="req-240909-04",
    body=f"""Hello,

The video {T3} has been restricted in South Korea.

Summary
URL                                                              | Result
{T3} | No violation - content remains available

Best regards,
TikTok Trust & Safety
""",
    outcome="review", review="conflicting_statements",
    imitates="TikTok reply whose summary table contradicts its own sentence",
    why="the same video is called restricted and then 'no violation, remains available'",
    items={T3: "pending"},
)

case(
    name="tiktok-lookalike-domain",
    from_="support@tiktok-safety-desk.com", name_from="TikTok Safety Desk", date="Thu, 12 Sep 2024 09:00:00 +0000",
    subject="Re: [KCSC-240909-04] Fraudulent investment promotion",
    body=f"""Dear KCSC,

On behalf of TikTok, we confirm that the following videos have been removed:

{T1}
{T2}

TikTok Safety Desk (outsourced support)
""",
    outcome="review", review="unknown_sender",
    imitates="reply from an outsourced support vendor's own domain",
    why="sender domain belongs to no configured platform",
    items={T1: "pending", T2: "pending"},
)

case(
    name="tiktok-ticket-receipt-echo",
    from_="noreply@tiktok.com", name_from="TikTok Support", date="Mon, 9 Sep 2024 01:01:30 +0000",
    subject="We've received your request [Ticket #48213377]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hi,

We've received your request and a ticket has been created (#48213377).
Our team will review it and get back to you as soon as possible.

Summary of your submission
Reference: KCSC-240909-04
Links submitted:
{T1}
{T2}
{T3}
{T4}
{T5}

Please do not reply to this email.
TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok web-form ticket receipt echoing the submitted links",
    why="pure receipt: the links are our own submission echoed, no statement about any",
    items={},
)

# ================================================================ Reddit
case(
    name="reddit-removed-and-geoblocked-raw-korean",
    from_="legal@reddit.com", name_from="Reddit Legal", date="Thu, 12 Sep 2024 18:20:00 +0000",
    subject="Re: [KCSC-240910-05] Removal request", reply_to_req="req-240910-05",
    body=f"""Hi there,

Thank you for your notice KCSC-240910-05. Reddit's Legal team has reviewed the
reported content.

The post at {R1} has been removed from Reddit for violating our Content Policy
on regulated goods.

The post at {R2_RAW} has been geo-restricted: it is no longer accessible from
South Korea.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Legal reply to a government removal request",
    why="removed and geo-restricted; the second URL is pasted with its raw Korean slug",
    items={R1: "removed", R2: "restricted"},
)

case(
    name="reddit-author-deleted-and-refused",
    from_="noreply@redditmail.com", name_from="Reddit Safety", date="Fri, 13 Sep 2024 16:02:00 +0000",
    subject="Re: [KCSC-240910-05] Removal request", reply_to_req="req-240910-05",
    body=f"""Hi,

{R1}
This post was deleted by its author before our review, so there was nothing
left for us to action.

{R2}
After review, we did not find this post to violate Reddit's Content Policy,
and the notice does not give us a legal basis to remove it. It remains
available.

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin reply, bare URL with its outcome on the lines below",
    why="deleted by author = not_found; no violation, remains available = rejected",
    items={R1: "not_found", R2: "rejected"},
)

case(
    name="reddit-both-removed-bulk",
    from_="legal@reddit.com", name_from="Reddit Legal", date="Mon, 16 Sep 2024 08:00:00 +0000",
    subject="Re: [KCSC-240910-05] Removal request", reply_to_req="req-240910-05",
    body="""Hi there,

Both posts in your notice KCSC-240910-05 have been removed by Reddit's Safety
team for violating our Content Policy.

Reddit Legal
""",
    outcome="review", review="bulk",
    imitates="Reddit short closing reply",
    why="'both posts' covers a two-item request without naming either",
    items={R1: "pending", R2: "pending"},
)

case(
    name="reddit-zendesk-ack",
    from_="support@reddit.com", name_from="Reddit Help", date="Tue, 10 Sep 2024 05:00:20 +0000",
    subject="[Reddit Help] Re: [KCSC-240910-05] Removal request",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""##- Please type your reply above this line -##

Your request (#1284493) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Reddit Help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'Your request has been received' auto-acknowledgement",
    why="ticket receipt only",
    items={},
)

case(
    name="snapchat-wrong-platform",
    from_="safety@snapchat.com", name_from="Snap Trust & Safety", date="Wed, 11 Sep 2024 20:15:00 +0000",
    subject="Re: [KCSC-240910-05] Removal request",
    body=f"""Hello,

Thank you for contacting Snap. We reviewed the links in your request
KCSC-240910-05:

{R1}
{R2}

This content is not hosted on Snapchat and we could not find it on our
service, so there is no action for us to take.

Snap Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="Snap T&S reply to a request sent to the wrong company",
    why="Snapchat speaks about Reddit items",
    items={R1: "pending", R2: "pending"},
)

# ================================================================ Discord
case(
    name="discord-ts-three-outcomes",
    from_="safety@discord.com", name_from="Discord Trust & Safety", date="Sat, 14 Sep 2024 19:30:00 +0000",
    subject="Re: [KCSC-240912-06] Request to remove obscene content", reply_to_req="req-240912-06",
    body=f"""Hello,

Thanks for reaching out to Discord Trust & Safety about request
KCSC-240912-06. We have reviewed the reported content and taken the following
actions:

- Message {D1} was removed.
- The server reachable through {D2} was removed from Discord and the invite
  no longer works.
- We were unable to locate the message {D3}. It no longer exists on Discord.

Discord Trust & Safety
https://discord.com/safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply",
    why="removed, server removed, cannot locate",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="discord-angle-brackets",
    from_="safety@discord.com", name_from="Discord Trust & Safety", date="Sun, 15 Sep 2024 10:10:00 +0000",
    subject="Re: [KCSC-240912-06] Request to remove obscene content", reply_to_req="req-240912-06",
    body=f"""Hi,

Our team actioned the message <{D1}> under our policy on sexual content.

The message <{D3}> was reviewed and does not violate our Community Guidelines;
no action was taken.

Best,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S reply with links in angle brackets",
    why="'actioned' = removed; reviewed, no violation = rejected",
    items={D1: "removed", D3: "rejected"},
)

case(
    name="discord-wrapped-angle-url",
    from_="safety@discord.com", name_from="Discord Trust & Safety", date="Mon, 16 Sep 2024 02:45:00 +0000",
    subject="Re: [KCSC-240912-06] Request to remove obscene content", reply_to_req="req-240912-06",
    body=f"""Hello,

The message at <https://discord.com/channels/1122334455667788990/
1122334455667788999/1283001122334455667> has been deleted by our team for
violating our Community Guidelines.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text Discord reply whose long URL was wrapped inside <...>",
    why="the URL is wrapped across two lines inside angle brackets; deleted = removed",
    items={D1: "removed"},
)

case(
    name="discord-conditional-warning",
    from_="safety@discord.com", name_from="Discord Trust & Safety", date="Fri, 13 Sep 2024 22:00:00 +0000",
    subject="Re: [KCSC-240912-06] Request to remove obscene content", reply_to_req="req-240912-06",
    body=f"""Hello,

We have issued a warning to the owner of the server {D2}. If the message
{D3} is not removed by the server's moderators within 48 hours, we will take
action against the server.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord T&S warning-first reply with a condition",
    why="a warning and a conditional promise; no status for either item",
    items={D2: "pending", D3: "pending"},
)

TG_DSN = """This is the mail system at host mail.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<dmca-kr@telegram.org>: host mail.telegram.org[private/dovecot-lmtp] said:
    550 5.1.1 <dmca-kr@telegram.org> User doesn't exist: dmca-kr@telegram.org

--- Original message headers ---
From: KCSC Takedown <takedown@kcsc.example>
To: dmca-kr@telegram.org
Subject: [KCSC-240912-06] Request to remove obscene content (copy)
Message-ID: <req-240912-06@kcsc.example>
Date: Thu, 12 Sep 2024 10:00:00 +0900
"""
case(
    name="telegram-postfix-bounce",
    from_="MAILER-DAEMON@telegram.org", name_from="Mail Delivery System", date="Thu, 12 Sep 2024 01:00:09 +0000",
    subject="Undelivered Mail Returned to Sender", body=TG_DSN,
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' (plain text)",
    why="bounce of a copy of our request",
    items={},
)

# ================================================================ Twitch
case(
    name="twitch-actioned-one-item",
    from_="no-reply@twitch.tv", name_from="Twitch Safety", date="Mon, 16 Sep 2024 17:00:00 +0000",
    subject="Re: [KCSC-240913-07] Removal request - gambling promotion", reply_to_req="req-240913-07",
    body="""Hi,

We've actioned your report. Our Safety team reviewed the VOD you reported and
it has been removed from Twitch for violating our Community Guidelines.

For privacy reasons we can't share details of any enforcement against the
account itself.

Twitch Safety
https://safety.twitch.tv
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch 'We've actioned your report' email",
    why="'the VOD you reported ... removed' in a reply to a one-item request",
    items={W1: "removed"},
)

case(
    name="twitch-fullwidth-punctuation",
    from_="partners-kr@twitch.tv", name_from="Twitch Korea Partnerships", date="Tue, 17 Sep 2024 06:30:00 +0000",
    subject="Result for KCSC-240913-07",
    body=f"""Hello KCSC team,

Please see the result for your request KCSC-240913-07 below.

Reported VOD\uff1a{W1}\uff0cResult\uff1aRemoved \u2013 the VOD has been disabled globally.

Thank you.
Twitch Korea
""",
    outcome="applied", classification="confirmation",
    imitates="reply typed by a Korea-based employee with full-width colon and comma",
    why="full-width comma glued to the URL; 'Removed, disabled globally'",
    items={W1: "removed"},
)

case(
    name="twitch-report-received",
    from_="no-reply@twitch.tv", name_from="Twitch", date="Fri, 13 Sep 2024 07:00:30 +0000",
    subject="We've received your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hi,

Thanks for your report. We've received it and it will be reviewed by our
Safety team. You'll hear from us if we take action.

Twitch
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Twitch report-received confirmation",
    why="receipt only",
    items={},
)

# ================================================================ Pinterest
case(
    name="pinterest-no-claims",
    from_="no-reply@pinterest.com", name_from="Pinterest", date="Sun, 15 Sep 2024 12:00:00 +0000",
    subject="An update on your report",
    body="""Hi,

Thanks for your report. We reviewed the Pins you reported and removed those
that go against our Community Guidelines.

You can see the outcome in your Reports and Violations Center:
https://www.pinterest.com/settings/reports-and-violations/

Pinterest, Inc.
""",
    outcome="review", review="no_claims",
    imitates="Pinterest report-outcome email pointing to the Reports and Violations Center",
    why="trusted platform mail naming no item and no request of ours",
    items={},
)


# ---------------------------------------------------------------- write
HEADER = """# Blind set 496: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch; Snapchat, Pinterest, Telegram as senders
# owning no request). Written by make.py; expected results written from each
# email's meaning before any run of the reader."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, "blind496", HEADER, CASES)


if __name__ == "__main__":
    main()
