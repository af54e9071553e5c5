#!/usr/bin/env python3
"""Blind set 214: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Telegram, Snapchat and Pinterest in
non-applied cases).

    python3 tests/corpus/blind214/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own sentences; the expected results
were written from each email's meaning, before any run of the reader.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind214"

# ---------------------------------------------------------------- requests
R_X, R_YT, R_META, R_TT, R_RD, R_DC, R_TW = (
    "KCSC-240910-01", "KCSC-240910-02", "KCSC-240911-01", "KCSC-240911-02",
    "KCSC-240912-01", "KCSC-240912-02", "KCSC-240913-01",
)

X1 = "https://x.com/harbor_lights77/status/1833012450000000001"
X2 = "https://x.com/harbor_lights77/status/1833012450000000002"
X3 = "https://x.com/greyfinch_kr/status/1833020111111111103"
X4 = "https://x.com/greyfinch_kr/status/1833020111111111104"
X5 = "https://x.com/moonlit_ledger/status/1833031999000000105"
X6 = "https://x.com/moonlit_ledger/status/1833031999000000106"
X7 = "https://x.com/tallowcandle_9/status/1833045000000000107"
X8 = "https://x.com/tallowcandle_9/status/1833045000000000108"
X9 = "https://x.com/quartz_ferry/status/1833051234000000109"
X10 = "https://x.com/quartz_ferry/status/1833051234000000110"
X11 = "https://x.com/saltmarsh_echo/status/1833067777000000111"
X12 = "https://x.com/saltmarsh_echo"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qf3kTz9LmW1"
Y2 = "https://www.youtube.com/watch?v=bR7nXp2VcE4"
Y3 = "https://www.youtube.com/shorts/Hn5wYd8ZaK0"
Y4 = "https://www.youtube.com/@cinderpath_tv"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/riverstonetraders/posts/771204468812345"
M2 = "https://www.facebook.com/profile.php?id=100089231456712"
M3 = "https://www.instagram.com/p/C9xKd2LmQpR/"
M4 = "https://www.instagram.com/reel/C9zTq7HnB4w/"
M5 = "https://www.facebook.com/watch/?v=1187345600912233"
MS = [M1, M2, M3, M4, M5]

T1 = "https://www.tiktok.com/@lanternmoth/video/7411223344556677001"
T2 = "https://www.tiktok.com/@lanternmoth/video/7411223344556677002"
T3 = "https://www.tiktok.com/@velvetquarry.kr/video/7412998877665544003"
TS = [T1, T2, T3]

RD1 = "https://www.reddit.com/r/hollowmarket/comments/1fd2k8q/monthly_listing_thread/"
RD2 = "https://www.reddit.com/user/brineshadow_42/comments/1fd9zz1/dm_for_details/"

D1 = "https://discord.gg/ashgrove-market"
D2 = "https://discord.com/channels/1102938475610293847/1102938475610293850/1283746501928374650"

TW1 = "https://www.twitch.tv/videos/2245879013"

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    (R_X, "x", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00", XS,
     "gambling", "largest request: 11 posts and 1 account"),
    (R_YT, "youtube", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00", YS,
     "drugs", "3 videos and 1 channel"),
    (R_META, "meta", "2024-09-11T15:40:00+09:00", "2024-09-18T23:59:59+09:00", MS,
     "fraud", "Facebook and Instagram"),
    (R_TT, "tiktok", "2024-09-11T16:30:00+09:00", "2024-09-18T23:59:59+09:00", TS,
     "drugs", ""),
    (R_RD, "reddit", "2024-09-12T09:20:00+09:00", "2024-09-19T23:59:59+09:00", [RD1, RD2],
     "fraud", ""),
    (R_DC, "discord", "2024-09-12T11:05:00+09:00", "2024-09-19T23:59:59+09:00", [D1, D2],
     "obscenity", "server invite and one message"),
    (R_TW, "twitch", "2024-09-13T10:15:00+09:00", "2024-09-20T23:59:59+09:00", [TW1],
     "gambling", "single VOD"),
]


def req_mid(ref):
    return f"req-{ref}"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def d(day, hh, mm, tz="+0000"):
    dt = datetime.datetime(2024, 9, day, hh, mm, 17)
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def qp(body, ctype="text/plain"):
    enc = quopri.encodestring(body.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64(body, ctype="text/html"):
    enc = base64.encodebytes(body.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + enc)


def numbered(urls, prefix=""):
    return "\n".join(f"{prefix}{i}. {u}" for i, u in enumerate(urls, 1))


def kcsc_request_text(ref, platform_name, urls, due, prefix=""):
    lines = [
        f"Dear {platform_name},",
        "",
        "The Korea Communications Standards Commission has found the content",
        "listed below to be illegal under Article 44-7 of the Information and",
        "Communications Network Act. We request that you remove it or block",
        f"access to it from Korea by {due} (reference {ref}).",
        "",
        numbered(urls),
        "",
        "Please reply to this email with the action taken on each item.",
        "",
        "KCSC Takedown Team",
        "Korea Communications Standards Commission",
    ]
    text = "\n".join(lines)
    if prefix:
        text = "\n".join((prefix + l).rstrip() for l in text.split("\n"))
    return text


CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================================= X
case(
    name="x-withheld-kr-list",
    date=d(12, 2, 41), **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject=f"Re: {R_X} - Request for removal of illegal content",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

Thank you for your report regarding content on X. We have reviewed the
reported content under the laws of the Republic of Korea and the X Rules.

Following our review, we have withheld the following content in South Korea:

{X1}
{X2}
{X3}

This content remains available to people outside South Korea. You can read
more about country withheld content at
https://help.x.com/en/rules-and-policies/country-withheld-content

We will respond separately about the remaining URLs in your report.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email ('we have withheld the following content in South Korea')",
    why="trusted X mail listing three requested posts under an unhedged 'withheld in South Korea' statement",
    items={X1: "restricted", X2: "restricted", X3: "restricted"},
)

case(
    name="x-numbered-outcome-lines",
    date=d(13, 6, 5), **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject=f"Case# 0911-LR-48210: your legal request {R_X}",
    body=f"""
Hello,

We have completed our review of the content you reported. The outcome for
each reported URL is set out below.

1. {X4}
   Outcome: Removed. The post violated the X Rules (illegal or certain
   regulated goods or services).

2. {X5}
   Outcome: Withheld in KR.

3. {X6}
   Outcome: No action. Based on the information provided we did not find
   this post to be in violation of the X Rules or local law.

4. {X7}
   Outcome: Unable to locate. This URL does not point to an existing post.
   Please check the link and resubmit if necessary.

If you have additional information you would like us to consider, reply to
this email and keep the case number in the subject line.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal case outcome email with a per-URL 'Outcome:' line",
    why="four numbered URLs each followed by an indented outcome line: removed, withheld in KR, no action, unable to locate",
    items={X4: "removed", X5: "restricted", X6: "rejected", X7: "not_found"},
)

case(
    name="x-account-suspended-angle",
    date=d(13, 9, 30), **{"from": "support@x.com"}, name_from="X Support",
    subject=f"Re: {R_X} account saltmarsh_echo",
    reply_to_req=req_mid(R_X),
    body=f"""
Hi there,

Thanks for reaching out about the account @saltmarsh_echo.

We investigated the account and found that it was in violation of the X
Rules on platform manipulation and spam. The account has been permanently
suspended:
<{X12}>

A suspended account can no longer be viewed on X.

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support reply announcing a permanent account suspension",
    why="the requested account URL, in angle brackets on the line after the statement, is permanently suspended (disabled: removed); its posts are not named",
    items={X12: "removed"},
)

case(
    name="x-top-posted-over-gmail-quote",
    date=d(14, 1, 12), **{"from": "dwhitlock@x.com"}, name_from="Dana Whitlock",
    subject=f"Re: [{R_X}] Request for removal of illegal content (12 items)",
    reply_to_req=req_mid(R_X),
    body=f"""
Hi KCSC team,

A quick update on two of the links from your request.

{X9} is now withheld in the Republic of Korea following our review under
local law.

{X10} - we reviewed this one as well. It doesn't violate the X Rules and we
couldn't identify a violation of Korean law in your report, so we are
leaving it up. If you have a court order or further legal analysis for it,
feel free to send it over.

Best,
Dana
X Legal Operations

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{kcsc_request_text(R_X, "X Legal", XS, "17 September 2024", prefix="> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal operations staff reply top-posted over the quoted request (Gmail quoting)",
    why="only the two URLs above the quote are stated (withheld in Korea; leaving it up); the twelve quoted URLs carry no statement",
    items={X9: "restricted", X10: "rejected"},
)

case(
    name="x-dsa-notice-quoted-printable",
    date=d(14, 8, 2), **{"from": "noreply@x.com"}, name_from="X",
    subject=f"Notice of action taken on reported content ({R_X})",
    raw_mime=qp(f"""
Hello,

You recently reported content on X. This notice tells you about the decision we made on that report.

Reported content (post URL): {X11}
Decision: The post has been removed from X.
Reason: The post violates the X Rules on illegal or certain regulated goods and services.
Facts and circumstances: The decision was made after a report from a government body (Korea Communications Standards Commission).
Automated means: The report was reviewed by a person; no automated means were used to take the decision.
Territorial scope: Global – the post is unavailable in every country.

If you disagree with this decision, you can find your redress options at https://help.x.com/en/forms/legal-appeal – please quote case number 0914-DSA-77312.

X’s Trust & Safety team
"""),
    outcome="applied", classification="confirmation",
    imitates="DSA statement-of-reasons style 'notice of action' sent by X to the notifier, quoted-printable",
    why="Decision line says the reported post has been removed; the URL is split by a QP soft line break",
    items={X11: "removed"},
)

x_rows = [
    (X3, "Removed (X Rules violation)", "Global"),
    (X5, "Withheld", "KR"),
    (X10, "No action &ndash; no violation found", "&ndash;"),
    (X1, "Content not found", "&ndash;"),
]
case(
    name="x-html-outcome-table",
    date=d(15, 3, 44), **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject=f"Outcome of your legal request {R_X}",
    type="html",
    body="""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Below is the outcome of our review of your request <b>%s</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
%s
</table>
<p>Questions about this decision can be sent in reply to this email.</p>
<p>X Legal</p>
</body></html>
""" % (R_X, "\n".join(
        f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td><td>{s}</td></tr>' for u, a, s in x_rows)),
    outcome="applied", classification="confirmation",
    imitates="X legal outcome table (HTML) with Action and Scope columns",
    why="an HTML table row per URL: removed, withheld in KR, no action, not found",
    items={X3: "removed", X5: "restricted", X10: "rejected", X1: "not_found"},
)

case(
    name="x-url-below-statement",
    date=d(15, 7, 21), **{"from": "legal@twitter.com"}, name_from="X Legal",
    subject=f"Your X legal request - {R_X}",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

We have reviewed your request and have taken the following actions.

The following post has been withheld in South Korea in response to your legal demand:
   {X5}

The following post was removed for violating the X Rules:
   {X8}

Please note that withheld content remains available in other countries.

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal email with each URL indented on the line below its statement (sent from twitter.com)",
    why="each statement ends with ':' and its URL stands on the next line: withheld in South Korea, removed",
    items={X5: "restricted", X8: "removed"},
)

case(
    name="x-receipt-plus-action",
    date=d(11, 23, 50), **{"from": "support@x.com"}, name_from="X Support",
    subject=f"Re: {R_X} [ref:_00D1a2b3:ref]",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

Thank you for contacting X. Your report has been received and assigned case
number 0914-KR-55102.

We have already acted on two of the reported posts:
{X2} and {X4} have been removed for violating the X Rules.

The remaining posts are still being reviewed and we will update you once
that review is complete.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support case receipt that also reports early action on part of the report",
    why="a receipt sentence plus an unhedged 'have been removed' naming two URLs: not a pure acknowledgement; the rest is only 'being reviewed'",
    items={X2: "removed", X4: "removed"},
)

case(
    name="x-promise-will-withhold",
    date=d(12, 5, 10), **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject=f"Re: {R_X}",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

Thank you for your patience. We have reviewed your request. The posts below
will be withheld in South Korea once the account holder's notification
period has ended:

{X1}
{X2}

We will confirm to you when this has been done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal email announcing a withholding after a user-notice period",
    why="'will be withheld ... once' is a promise with a condition, not a statement; the two named posts stay pending",
    items={X1: "pending", X2: "pending"},
)

case(
    name="x-dkim-fail",
    auth="fail",
    date=d(13, 4, 8), **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject=f"Re: {R_X} - action taken",
    body=f"""
Hello,

We have removed the following posts following your request {R_X}:

- {X1}
- {X2}
- {X3}

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email arriving with failed DKIM/SPF/DMARC",
    why="From x.com but authentication fails: the removal statements cannot be applied",
    items={X1: "pending", X2: "pending", X3: "pending"},
)

case(
    name="x-appears-suspended-hedge",
    date=d(12, 8, 55), **{"from": "support@x.com"}, name_from="X Support",
    subject=f"Re: {R_X} account saltmarsh_echo",
    reply_to_req=req_mid(R_X),
    body=f"""
Hi,

Thanks for the report. The account {X12} appears to have been suspended
already, so there may be nothing further for us to do here. We'll
double-check with the team that handles suspensions and get back to you.

X Support
""",
    outcome="review", review="not_understood",
    imitates="X support first-line reply hedging about an account's state",
    why="'appears to have been suspended' and 'may be nothing further' are hedges, and a later answer is promised: the account stays pending",
    items={X12: "pending"},
)

case(
    name="x-out-of-office",
    date=d(10, 1, 2), **{"from": "dwhitlock@x.com"}, name_from="Dana Whitlock",
    subject=f"Automatic reply: [{R_X}] Request for removal of illegal content (12 items)",
    reply_to_req=req_mid(R_X),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 23 September
with limited access to email.

For urgent legal requests please write to legal-support@x.com, where the
team will pick up your message.

Dana Whitlock
X Legal Operations
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply from a platform employee",
    why="an out-of-office auto-reply (Auto-Submitted: auto-replied) saying nothing about any item",
    items={},
)

# ================================================================= YouTube
case(
    name="yt-legal-blocked-and-removed",
    date=d(12, 9, 3), **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"[5-1887000033142] Re: {R_YT} legal removal request",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your legal request, we have blocked the following content
from view on YouTube in South Korea:

- {Y1}

In addition, upon review, we have removed the following content from
YouTube globally for violating YouTube's Community Guidelines:

- {Y2}

We will send you our decision on the remaining items separately.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome ('blocked from view in <country>' / 'removed globally for violating Community Guidelines')",
    why="two headed bullet lists: one URL blocked in South Korea, one removed globally",
    items={Y1: "restricted", Y2: "removed"},
)

case(
    name="yt-channel-terminated",
    date=d(13, 2, 16), **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    subject="Update on your report: channel terminated",
    body=f"""
Hi,

Thank you for your report ({R_YT}). After reviewing the channel
<{Y4}>, we terminated it for repeated violations of our Community
Guidelines. The channel is no longer available on YouTube.

We appreciate your help in keeping YouTube safe. You can learn more about
our policies at https://support.google.com/youtube/answer/9288567

The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'channel terminated' report update",
    why="the requested channel URL in angle brackets was terminated (removed); the help link is not an item",
    items={Y4: "removed"},
)

case(
    name="yt-age-restricted-and-no-action",
    date=d(16, 4, 27), **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"Re: {R_YT} [5-1887000033142]",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

We have reviewed the remaining content identified in your notice.

* {Y3} – We have age-restricted this Short. It is no longer visible to
  signed-out viewers, viewers under 18, or in Restricted Mode.
* {Y1} – After careful review, we have decided not to take action on this
  video. It does not violate our Community Guidelines, and we were not able
  to identify a clear violation of the law cited in your request.

If you have further information about the second video, you can reply to
this message.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply with per-URL bullets (age restriction, decision not to act)",
    why="bulleted URLs with en-dash statements: age-restricted (restricted) and 'decided not to take action' with a reason (rejected)",
    items={Y3: "restricted", Y1: "rejected"},
)

case(
    name="yt-html-base64-list",
    date=d(17, 6, 38), **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"Re: {R_YT} legal removal request - final response",
    reply_to_req=req_mid(R_YT),
    raw_mime=b64(f"""
<html><body>
<p>Hello,</p>
<p>We have completed our review of your request {R_YT}.</p>
<ul>
<li><a href="{Y2}">{Y2}</a>: this video had already been deleted by the uploader before we reviewed it, so no action was needed on our part.</li>
<li><a href="{Y3}">{Y3}</a>: removed for violating our policy on the sale of regulated goods.</li>
</ul>
<p>Regards,<br>The YouTube Legal Team</p>
</body></html>
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal final response in HTML, base64-encoded",
    why="base64 HTML list: one video already deleted by its uploader (not_found), one removed",
    items={Y2: "not_found", Y3: "removed"},
)

case(
    name="yt-hedged-uploader-deleted",
    date=d(12, 11, 40), **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"Re: {R_YT} [5-1887000033142]",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

Regarding {Y2} from your request: it appears this video may already have
been made private or deleted by the uploader. We are checking with our
internal teams and will come back to you with a final status.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply",
    why="'appears ... may already have been' is a hedge and a final status is promised: the video stays pending",
    items={Y2: "pending"},
)

case(
    name="yt-bulk-all-blocked",
    date=d(14, 10, 20), **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject=f"Re: {R_YT} legal removal request",
    reply_to_req=req_mid(R_YT),
    body="""
Hello,

Thanks for reaching out to us. In response to your legal request, we have
blocked all of the content you identified from view on YouTube in South
Korea.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="bulk",
    imitates="YouTube legal support one-paragraph outcome covering the whole notice",
    why="'all of the content you identified' without naming it, for a four-item request: bulk, items pending",
    items={Y1: "pending", Y2: "pending", Y3: "pending", Y4: "pending"},
)

ORIG_YT = kcsc_request_text(R_YT, "YouTube Legal", YS, "17 September 2024")
case(
    name="yt-dsn-bounce",
    date=d(10, 5, 1), **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000b1dsn214"

--00000000000b1dsn214
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to legal-kr-desk@google.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--00000000000b1dsn214
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 10 Sep 2024 05:00:58 +0000

Final-Recipient: rfc822; legal-kr-desk@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--00000000000b1dsn214
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-desk@google.com
Subject: [{R_YT}] Request for removal of illegal content
Message-ID: <{req_mid(R_YT)}@kcsc.example>
Date: Tue, 10 Sep 2024 14:00:00 +0900
Content-Type: text/plain; charset=utf-8

{ORIG_YT}

--00000000000b1dsn214--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification with the original request attached",
    why="a DSN; the request URLs appear only in the returned original",
    items={Y1: "pending", Y2: "pending", Y3: "pending", Y4: "pending"},
)

# ==================================================================== Meta
case(
    name="meta-restricted-in-korea",
    date=d(13, 7, 12), **{"from": "legal-noreply@support.facebook.com"}, name_from="Meta",
    subject=f"Your report to Meta - reference {R_META}",
    body=f"""
Hi,

Thanks for your report. We reviewed the content you reported and found that
it violates local law in South Korea.

As a result, we have restricted access to the following content in South
Korea:

Facebook: {M1}
Instagram: {M3}

People outside South Korea may still be able to see this content, because it
doesn't go against our Community Standards. To learn more about how we
handle content that is reported as unlawful, visit
https://transparency.meta.com/reports/content-restrictions

Meta Content Restrictions Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted in your country based on local law' report outcome",
    why="two URLs after 'we have restricted access to the following content in South Korea:' (sent from a subdomain of facebook.com)",
    items={M1: "restricted", M3: "restricted"},
)

meta_csv = "\n".join([
    "request_ref,content_url,surface,decision,decision_basis",
    f"{R_META},{M3},Instagram,Removed,Community Standards - Restricted goods and services",
    f"{R_META},{M4},Instagram,Removed,Community Standards - Restricted goods and services",
    f'{R_META},{M5},Facebook,No action,"Does not go against Community Standards; local law violation not established"',
]) + "\n"
case(
    name="meta-csv-attachment",
    date=d(16, 2, 3), **{"from": "govrequests@meta.com"}, name_from="Meta Government Requests",
    subject=f"{R_META} - outcome report",
    reply_to_req=req_mid(R_META),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="mb214-csv-0001"

--mb214-csv-0001
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome of our review for the URLs in your
request {R_META} that we have finished reviewing. One row per URL.

Regards,
Government Requests
Meta Platforms, Inc.

--mb214-csv-0001
Content-Type: text/csv; charset=utf-8; name="{R_META}_outcomes.csv"
Content-Disposition: attachment; filename="{R_META}_outcomes.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(meta_csv.encode("utf-8")).decode("ascii")}
--mb214-csv-0001--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request outcome sent as a CSV attachment",
    why="base64 CSV attachment: two Instagram URLs removed, one Facebook video 'No action' with a reason (rejected)",
    items={M3: "removed", M4: "removed", M5: "rejected"},
)

case(
    name="meta-profile-not-found-prose",
    date=d(14, 3, 30), **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    subject="We reviewed your report",
    body=f"""
Hi KCSC,

We reviewed the items in your report {R_META}.

We couldn't find the profile at {M2}. The link may be broken, or the
profile may have been removed by the person who owns it.

We removed the video at {M5} because it goes against our Community
Standards on restricted goods and services.

Thanks for helping to keep Facebook safe.
The Facebook Team
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook support-inbox report outcome ('We couldn't find ...' / 'We removed ...')",
    why="'We couldn't find the profile' is unhedged (not_found; the hedges only guess why); the video is removed",
    items={M2: "not_found", M5: "removed"},
)

case(
    name="meta-outlook-original-message",
    date=d(13, 1, 45), **{"from": "junpark@meta.com"}, name_from="Jun Park",
    subject=f"RE: {R_META} Request for removal of illegal content",
    reply_to_req=req_mid(R_META),
    body=f"""
Hello,

Following up on your request: the Instagram reel {M4} has been taken down.

The Facebook group post {M1} remains on Facebook. After legal review we
found that it doesn't go against our Community Standards, and the notice
did not establish that it is unlawful under Korean law.

Kind regards,
Jun Park
Government Requests, Meta Platforms

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 3:40 PM
To: Government Requests <govrequests@meta.com>
Subject: {R_META} Request for removal of illegal content

{kcsc_request_text(R_META, "Meta", MS, "18 September 2024")}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-requests staff reply in Outlook style over the original request",
    why="above '-----Original Message-----': one reel taken down, one group post stays up with its reason; the unquoted original lists all five URLs without statements",
    items={M4: "removed", M1: "rejected"},
)

case(
    name="meta-instagram-statement-of-reasons",
    date=d(15, 11, 2), **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    subject="Decision on content you reported",
    body=f"""
We've made a decision about content you reported

Content: {M4}
Decision: We've restricted access to this reel in South Korea.
Why: It was reported as unlawful under South Korean law and we found it to
be unlawful there. It doesn't go against the Instagram Community
Guidelines, so it remains visible in other countries.
How the decision was made: A member of our team reviewed your report.
Your reference: {R_META}

The account that posted this reel can appeal this decision. You can read
more at https://help.instagram.com/legal-restrictions

Instagram
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram DSA-style statement of reasons (Content / Decision / Why) copied to the notifier",
    why="field-style notice: the reel's Decision line restricts access in South Korea",
    items={M4: "restricted"},
)

case(
    name="meta-bulk-all-removed",
    date=d(17, 8, 15), **{"from": "legal-noreply@facebook.com"}, name_from="Meta",
    subject=f"Your report to Meta - {R_META}",
    body=f"""
Hi,

Thanks for your report. We've reviewed all of the content you reported under
reference {R_META} and removed it because it goes against our Community
Standards.

Meta
""",
    outcome="review", review="bulk",
    imitates="Meta one-line report outcome for a whole report",
    why="'all of the content you reported' is removed, no URL named, five-item request: bulk review, items pending",
    items={M1: "pending", M2: "pending", M3: "pending", M4: "pending", M5: "pending"},
)

case(
    name="meta-read-receipt",
    date=d(11, 6, 52), **{"from": "junpark@meta.com"}, name_from="Jun Park",
    subject=f"Read: {R_META} Request for removal of illegal content",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn214-meta"

--mdn214-meta
Content-Type: text/plain; charset=utf-8

Your message

  To: Government Requests
  Subject: {R_META} Request for removal of illegal content
  Sent: Wednesday, September 11, 2024 3:40 PM (UTC+09:00) Seoul

was read on Wednesday, September 11, 2024 3:52 PM (UTC+09:00) Seoul.

--mdn214-meta
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; junpark@meta.com
Original-Message-ID: <{req_mid(R_META)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn214-meta--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a platform employee",
    why="a read receipt says nothing about any item",
    items={},
)

# ================================================================== TikTok
case(
    name="tiktok-gov-request-outcome",
    date=d(13, 10, 7), **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    subject=f"RE: {R_TT} Government removal request [Ref: GRR-2024-0916-2281]",
    reply_to_req=req_mid(R_TT),
    body=f"""
Dear KCSC,

Thank you for your request. TikTok has reviewed the content identified in
your notice against our Community Guidelines, Terms of Service and
applicable law.

1) The following videos have been restricted in the Republic of Korea, as
   the content was found to violate local law:
   - {T1}
   - {T2}

2) The following video was found to violate our Community Guidelines and
   has been removed from the platform:
   - {T3}

Best regards,
TikTok Global Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government removal request response (restricted locally / removed for Community Guidelines)",
    why="two numbered headings each followed by indented bullet URLs: two restricted in Korea, one removed",
    items={T1: "restricted", T2: "restricted", T3: "removed"},
)

case(
    name="tiktok-bilingual-fullwidth",
    date=d(14, 6, 25), **{"from": "kr-safety@tiktok.com"}, name_from="TikTok Korea Trust & Safety",
    subject=f"[TikTok] {R_TT} 처리 결과 / Outcome",
    reply_to_req=req_mid(R_TT),
    body=f"""
안녕하세요, 방송통신심의위원회 담당자님.

요청하신 {T3} 은 커뮤니티 가이드라인 위반으로 삭제되었습니다.
{T1}의 경우 해당 영상을 찾을 수 없습니다（링크 오류 또는 게시자 삭제）.

[English]
Hello,

The video {T3} has been removed for violating our Community Guidelines.
We could not find the video at {T1}；the link is invalid or the video was
deleted by its creator.

TikTok Korea Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea bilingual (Korean/English) outcome mail",
    why="Korean and English say the same: one video removed, the other cannot be found (URL followed by a particle / full-width semicolon)",
    items={T3: "removed", T1: "not_found"},
)

case(
    name="tiktok-no-action-with-reason",
    date=d(18, 3, 0), **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    subject=f"RE: {R_TT} - outstanding item",
    reply_to_req=req_mid(R_TT),
    body=f"""
Dear KCSC,

Regarding the remaining video in your request,
{T2}:

After review by our legal team, we have decided not to take action on this
video. It does not violate TikTok's Community Guidelines, and the
information provided does not establish that it is illegal under Korean
law. The video will remain available.

Best regards,
TikTok Global Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal refusal with its reason",
    why="the named video is not actioned, with a reason, and stays available: rejected",
    items={T2: "rejected"},
)

case(
    name="tiktok-conditional-interim",
    date=d(12, 9, 48), **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    subject=f"RE: {R_TT} - interim update",
    reply_to_req=req_mid(R_TT),
    body=f"""
Dear KCSC,

We are writing with an interim update on your request.

{T1} — the creator has been notified. If the video is not edited within 48
hours, it will be removed.

{T2} — this video has been escalated to our regional legal team and is
currently under review.

We will send you a final response by 20 September.

TikTok Global Legal Team
""",
    outcome="review", review="not_understood",
    imitates="TikTok legal interim update",
    why="a condition with a promise ('if ... it will be removed') and 'under review': nothing stated, both named videos stay pending",
    items={T1: "pending", T2: "pending"},
)

case(
    name="tiktok-vendor-unknown-sender",
    date=d(13, 12, 30), **{"from": "tt-review@contentdesk-apac.example"}, name_from="Content Review Desk (for TikTok)",
    subject=f"RE: {R_TT} Government removal request",
    reply_to_req=req_mid(R_TT),
    body=f"""
Dear Sir/Madam,

On behalf of TikTok, we confirm that the following videos have been removed:

{T1}
{T2}

Content Review Desk APAC
""",
    outcome="review", review="unknown_sender",
    imitates="reply from an outsourced moderation vendor writing 'on behalf of' a platform",
    why="the sender's domain belongs to no configured platform: the removal statements need a person",
    items={T1: "pending", T2: "pending"},
)

case(
    name="tiktok-ticket-receipt",
    date=d(11, 7, 33), **{"from": "no-reply@tiktok.com"}, name_from="TikTok Support",
    subject=f"We received your request [{R_TT}] - Ticket 31858204",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thank you for contacting TikTok. We have received your request and created
ticket #31858204.

Our team will review your report and get back to you as soon as possible.
Please do not reply to this email; to add information, use the link in your
ticket.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="a pure acknowledgement: received, ticket number, will review",
    items={},
)

# ================================================================== Reddit
case(
    name="reddit-legal-geo-restricted",
    date=d(13, 18, 4), **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject=f"Re: Removal request {R_RD}",
    reply_to_req=req_mid(R_RD),
    body=f"""
Hi,

Thanks for your request. Reddit has reviewed the two URLs you sent.

- {RD1} : we have geo-restricted this post so that it is unavailable to
  users in South Korea. It did not violate Reddit's Content Policy, so it
  remains visible elsewhere.
- {RD2} : this post was removed by Reddit's Safety team for violating our
  Content Policy, and the account that posted it has been suspended.

Regards,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply to a government removal request (geo-restriction vs Content Policy removal)",
    why="bulleted 'URL : statement' lines: geo-restricted in South Korea, removed",
    items={RD1: "restricted", RD2: "removed"},
)

case(
    name="reddit-bare-url-status-line",
    date=d(14, 19, 11), **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    subject=f"Your report has been resolved [{R_RD}]",
    body=f"""
Hi there,

Our Safety team has finished reviewing your report. Results:

{RD1}
Status: Removed by Reddit Admins

{RD2}
Status: No action taken - the content had already been deleted by its author

Thanks for helping keep Reddit safe.
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit report-resolution email with a 'Status:' line under each URL",
    why="each bare URL has its status on the next line: removed by admins; already deleted by its author (not_found)",
    items={RD1: "removed", RD2: "not_found"},
)

case(
    name="reddit-asks-more-info",
    date=d(12, 22, 40), **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject=f"Re: Removal request {R_RD} - additional information needed",
    reply_to_req=req_mid(R_RD),
    body=f"""
Hi,

Thank you for your request. Before we can take action on the URLs below, we
need some more information:

{RD1}
{RD2}

Please tell us which provision of Korean law you believe each post violates
and, if available, send us a copy of the Commission's decision. We will not
be able to proceed until we receive it.

Regards,
Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for a legal basis before acting",
    why="the platform asks for more information about both URLs; nothing has been done to them",
    items={RD1: "pending", RD2: "pending"},
)

# ================================================================= Discord
case(
    name="discord-ts-server-removed",
    date=d(13, 20, 2), **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    subject=f"Re: [{R_DC}] Removal request",
    reply_to_req=req_mid(R_DC),
    body=f"""
Hello,

Thank you for your report. Our Safety team has reviewed it and taken action.

The server reached through the invite {D1} has been removed from Discord for
violating our Community Guidelines, and the server owner's account has been
disabled.

We were unable to locate the message at
{D2}
Please check that the link is complete. If you have a screenshot of the
message, you may send it to us.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply ('we have taken action' / 'unable to locate the message')",
    why="the invite's server is removed; 'unable to locate the message at' with the long message link on the next line: not_found",
    items={D1: "removed", D2: "not_found"},
)

case(
    name="discord-ticket-echo",
    date=d(12, 2, 7), **{"from": "noreply@discord.com"}, name_from="Discord",
    subject=f"[Discord] Re: {R_DC} Removal request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Your request (#41200873) has been received and is being reviewed by our
Trust & Safety team.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 11, 2024, 19:05 PDT

{kcsc_request_text(R_DC, "Discord", [D1, D2], "19 September 2024")}

This email is a service from Discord.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from Discord echoing the original report",
    why="pure receipt; the two URLs appear only in the echoed copy of our own request",
    items={D1: "pending", D2: "pending"},
)

# ================================================================== Twitch
case(
    name="twitch-sole-statement-one-item",
    date=d(16, 17, 25), **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    subject=f"RE: {R_TW} removal request",
    reply_to_req=req_mid(R_TW),
    body="""
Hi,

Following our review, the video you reported has been removed from Twitch
for violating our Community Guidelines. The channel owner has been notified
of the enforcement.

Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal enforcement confirmation without a URL",
    why="a statement naming no URL, in reply to a one-item request: it applies to that one VOD",
    items={TW1: "removed"},
)

case(
    name="twitch-no-violation-angle",
    date=d(17, 16, 58), **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    subject=f"Re: Your report {R_TW}",
    body=f"""
Hello,

We've looked into the past broadcast you reported
<{TW1}>
and found that it does not violate Twitch's Community Guidelines or Terms
of Service. We are not taking action on this VOD, and it will remain
available on the channel.

Twitch Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch Safety 'no violation found' report reply",
    why="the VOD, in angle brackets inside the sentence, breaks no rule and stays up: rejected",
    items={TW1: "rejected"},
)

case(
    name="twitch-report-received",
    date=d(13, 1, 20), **{"from": "support@twitch.tv"}, name_from="Twitch Support",
    subject=f"Your report has been received ({R_TW})",
    body=f"""
Hi,

We've received your report about {TW1}. Our team reviews every report, and
we'll let you know if we need anything else from you.

Report ID: TWR-88120457

Twitch Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Twitch report receipt echoing the reported URL",
    why="a receipt that names the VOD only as what was reported; nothing is stated about it",
    items={TW1: "pending"},
)

# ================================================== Telegram / Snap / Pinterest
case(
    name="telegram-dsa-autoreply",
    date=d(12, 0, 5), **{"from": "dsa@telegram.org"}, name_from="Telegram",
    subject="Auto-Reply: Contact point for authorities",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This is an automated message.

Thank you for writing to Telegram's point of contact for authorities. This
mailbox receives a large volume of messages; we will get back to you if we
need more information. Please do not send the same message more than once.

Telegram
""",
    outcome="ignored", classification="auto_reply",
    imitates="Telegram point-of-contact auto-reply",
    why="an auto-reply naming no item and no request",
    items={},
)

case(
    name="snapchat-portal-announcement",
    date=d(16, 21, 0), **{"from": "lawenforcement@snap.com"}, name_from="Snap Inc. Law Enforcement Operations",
    subject="Change to how Snap receives government requests",
    body="""
Dear partner,

From 1 October 2024, Snap will accept content removal requests from
government agencies only through our online portal at
https://lawenforcement.snapchat.com/portal . Requests sent by email after that
date will receive an automatic reply directing you to the portal.

Existing requests will continue to be handled by email until they are
closed.

Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="no_claims",
    imitates="Snap law-enforcement operations process announcement",
    why="trusted Snap mail naming no item and no request: nothing to apply, a person should see it",
    items={},
)

case(
    name="pinterest-wrong-platform",
    date=d(12, 18, 33), **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    subject=f"Re: {R_TT} Government removal request",
    reply_to_req=req_mid(R_TT),
    body=f"""
Hello,

It looks like this notice reached Pinterest by mistake. The link you sent,
{T1}, is not on Pinterest: we searched for it and could not find any Pin
or board containing it, so there is nothing for us to remove.

You may wish to contact TikTok directly.

Pinterest Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Pinterest legal reply to a misdirected notice",
    why="Pinterest states 'could not find' about a TikTok item: a platform speaking of another platform's item",
    items={T1: "pending"},
)


HEADER = f"""# Blind set 214: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch; Telegram, Snapchat, Pinterest in
# non-applied cases). Written from each email's meaning before any run.
# Generated by make.py; do not edit by hand.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
