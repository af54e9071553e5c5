#!/usr/bin/env python3
"""Blind set 160: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

Written from public notice templates only, before any run of the reader.
Deterministic: `python3 tests/corpus/blind160/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import email.quoprimime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/nightpalette_kr/status/1829301144520011776",
    "https://x.com/nightpalette_kr/status/1829318870231904311",
    "https://x.com/hwa_drift/status/1829422019387265024",
    "https://x.com/hwa_drift/status/1829430058812846080",
    "https://x.com/moonlit_kiosk/status/1829507731101020211",
    "https://x.com/moonlit_kiosk/status/1829512290650579005",
    "https://x.com/sodamarket99/status/1829600418826330500",
    "https://x.com/sodamarket99/status/1829611775213490321",
    "https://x.com/greyferry_/status/1829704463001190438",
    "https://x.com/greyferry_/status/1829716602284032170",
    "https://x.com/tidalbench/status/1829802239761678532",
    "https://x.com/tidalbench/status/1829809983347835012",
    "https://x.com/parkbench_lab/status/1829900172655317090",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8rLx2A",
    "https://www.youtube.com/watch?v=bN7eWk0pZs4",
    "https://youtu.be/H5cJr9dYt1E",
    "https://www.youtube.com/shorts/Lp8XuA2nRw0",
]
META = [
    "https://www.facebook.com/groups/2207749911834556/posts/2219038746372208/",
    "https://www.facebook.com/profile.php?id=100089463722105",
    "https://www.instagram.com/p/C9xTq2LsK4d/",
    "https://www.instagram.com/reel/C-0bWm7NhQe/",
    "https://www.facebook.com/share/p/1Kd9ZrTqWx/",
]
TT = [
    "https://www.tiktok.com/@dalbit.trade/video/7409112356027780384",
    "https://www.tiktok.com/@dalbit.trade/video/7409235518890462497",
    "https://www.tiktok.com/@hanok_nights/video/7410023187345529121",
]
RD = [
    "https://www.reddit.com/r/koreanmarketplace/comments/1f9x2qa/selling_verified_accounts_dm/",
    "https://www.reddit.com/r/hallyu_leaks/comments/1fa3m7z/full_archive_link_inside/",
]
DC = ["https://discord.gg/seoulvault7"]
PN = [
    "https://www.pinterest.com/pin/873206481920334517/",
    "https://kr.pinterest.com/pin/873206481920418802/",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", X,
     "illegal_gambling", "req-240903-01@kcsc.example", "gambling promotion accounts (largest)"),
    ("KCSC-240905-02", "youtube", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00", YT,
     "obscenity", "req-240905-02@kcsc.example", "videos and a short"),
    ("KCSC-240906-03", "meta", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00", META,
     "illegal_trade", "req-240906-03@kcsc.example", "Facebook and Instagram items"),
    ("KCSC-240909-04", "tiktok", "2024-09-09T14:10:00+09:00", "2024-09-16T18:00:00+09:00", TT,
     "drugs", "req-240909-04@kcsc.example", "three videos"),
    ("KCSC-240910-05", "reddit", "2024-09-10T10:20:00+09:00", "2024-09-17T18:00:00+09:00", RD,
     "privacy", "req-240910-05@kcsc.example", "two threads"),
    ("KCSC-240911-06", "discord", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00", DC,
     "obscenity", "req-240911-06@kcsc.example", "server invite"),
    ("KCSC-240912-07", "pinterest", "2024-09-12T13:00:00+09:00", "2024-09-19T18:00:00+09:00", PN,
     "counterfeit", "req-240912-07@kcsc.example", "two pins"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid, note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def quoted(text):
    return "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, platform_name):
    body = [
        f"Dear {platform_name} team,",
        "",
        f"The Korea Communications Standards Commission requests the removal of",
        f"the following content under our reference {ref}:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        body.append(f"{i}. {u}")
    body += ["", "Please inform us of the measures taken.", "", "KCSC Takedown Desk"]
    return "\n".join(body)


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return email.quoprimime.body_encode(text, maxlinelen=60)


cases = []


def case(**kw):
    cases.append(kw)


# ====================================================================== X
case(
    name="x-legal-withheld-list",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 17:42:10 +0000",
    subject="[Case: 0148823391] Your legal request KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your report regarding content on X (Ticket 0148823391, your
reference KCSC-240903-01).

After reviewing your request, we have withheld the following content in
South Korea:

  - {X[0]}
  - {X[1]}
  - {X[2]}

In addition, the following post was found to violate the X Rules and has
been removed from the platform globally:

  - {X[4]}

We were unable to locate the following URL. Please check that it is
correct:

  - {X[12]}

You can learn more about country withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email (country-withheld content notice)",
    why="three posts withheld in KR, one removed globally, one not locatable; each named",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted",
           X[4]: "removed", X[12]: "not_found"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 08:15:44 +0000",
    subject="Re: KCSC-240903-01 request for removal of content",
    body=f"""
Hi,

Please see the outcome for the reported URLs below.

{X[3]}
Status: Withheld in: KR

{X[5]}
Status: No action taken. We reviewed this post and did not find it to be in
violation of the X Rules or applicable local law.

{X[6]}
Status: Removed (violation of the X Rules)

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal ticket update listing each URL with a Status line",
    why="URL on one line and its status on the next: withheld, no action (reasoned), removed",
    items={X[3]: "restricted", X[5]: "rejected", X[6]: "removed"},
)

case(
    name="x-top-posted-over-quoted-request",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 03:02:19 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal gambling content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Update on your request: the two posts below have now been withheld in
South Korea.

{X[7]}
{X[8]}

The rest of your request is still being processed.

X Legal

On Tue, Sep 3, 2024 at 1:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240903-01", X, "X"))}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal top-posted update above the quoted original request",
    why="only the two posts above the quote are withheld; the quoted list of 13 is our own text",
    items={X[7]: "restricted", X[8]: "restricted"},
)

case(
    name="x-html-outcome-table",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 11:27:03 +0000",
    subject="Outcome of your request KCSC-240903-01",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of part of your request (reference KCSC-240903-01). The outcome for each reported post is shown below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported content</th><th>Action</th><th>Notes</th></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Withheld</td><td>Country: KR</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Removed</td><td>Violation of the X Rules (illegal or certain regulated goods)</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>No action</td><td>Not in violation of the X Rules or local law</td></tr>
<tr><td><a href="{X[12]}">{X[12]}</a></td><td>Not found</td><td>The post does not exist</td></tr>
</table>
<p>For more information, see <a href="https://help.x.com/en/rules-and-policies/x-rules">the X Rules</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome email with an HTML table of posts and actions",
    why="HTML table row per post: withheld KR, removed, no action (reasoned), not found",
    items={X[9]: "restricted", X[10]: "removed", X[11]: "rejected", X[12]: "not_found"},
)

CSV_X = "\n".join([
    "Reported URL,Action,Scope,Notes",
    f"{X[0]},Withheld,KR,Local law",
    f"{X[1]},Withheld,KR,Local law",
    f"{X[2]},Withheld,KR,Local law",
    f"{X[3]},Withheld,KR,Local law",
    f"{X[4]},Removed,Global,X Rules violation",
    f"{X[5]},No action,-,Not in violation of X Rules or local law",
])
case(
    name="x-csv-attachment",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 06:50:31 +0000",
    subject="KCSC-240903-01 - results",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_xlegal_7731"

--=_xlegal_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL we reviewed under your
request KCSC-240903-01.

X Legal

--=_xlegal_7731
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_results.csv"
Content-Transfer-Encoding: 7bit

{CSV_X}

--=_xlegal_7731--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a per-URL results CSV attachment",
    why="CSV rows: four withheld in KR, one removed globally, one no action",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "restricted",
           X[4]: "removed", X[5]: "rejected"},
)

QP_X = f"""Hello,

Following up on ticket 0148823391 (your reference KCSC-240903-01).

The post at {X[6]} has been withheld in South Korea.

The post at {X[10]} was deleted by the account holder before our review, so it no longer exists on X and no further action is possible.

Regards,
X Legal
"""
case(
    name="x-quoted-printable-wrapped",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 09:05:55 +0000",
    subject="Update: ticket 0148823391",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_X)}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal update in quoted-printable with soft line breaks inside URLs",
    why="one post withheld in KR, one deleted by its author (not_found); URLs wrapped by QP soft breaks",
    items={X[6]: "restricted", X[10]: "not_found"},
)

case(
    name="x-single-rejection",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 14:31:20 +0000",
    subject="Re: KCSC-240903-01",
    body=f"""
Hello,

We've reviewed the following post again at your request:
{X[11]}

The post quotes a news article and does not promote gambling services. We
have determined that it does not violate the X Rules or Korean law as
described in your notice, and we will not be taking action on it.

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal refusal of a single reported post with its reason",
    why="a reasoned refusal for one named post",
    items={X[11]: "rejected"},
)

case(
    name="x-numbered-list-suspended",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 02:44:09 +0000",
    subject="[Case: 0148823391] KCSC-240903-01 further results",
    body=f"""
Hello,

Here are further results for your request:

1. {X[8]} - withheld in KR
2. {X[9]} - the account was suspended for violating the X Rules; this post is no longer available on X
3. {X[2]} - no action; the post is commentary and does not break the X Rules or local law

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal numbered outcome list including a suspended-account line",
    why="withheld in KR; suspended account makes the post unavailable (removed); reasoned no action",
    items={X[8]: "restricted", X[9]: "removed", X[2]: "rejected"},
)

case(
    name="x-outlook-original-message",
    **{"from": "j.hartley@x.com"}, name_from="Jonah Hartley",
    date="Tue, 17 Sep 2024 07:12:48 +0000",
    subject="RE: KCSC-240903-01 Request for removal of illegal gambling content",
    body=f"""
Dear KCSC team,

We have withheld the following two posts in Korea: <{X[0]}> and
<{X[1]}>.

The remaining URLs are still with our legal team.

Best regards,
Jonah Hartley
Legal Operations | X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 1:00 AM
To: legal@x.com
Subject: KCSC-240903-01 Request for removal of illegal gambling content

{request_text("KCSC-240903-01", X, "X")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a platform legal-ops employee above -----Original Message-----",
    why="two URLs in angle brackets withheld in Korea; the original request below is not a statement",
    items={X[0]: "restricted", X[1]: "restricted"},
)

case(
    name="x-promise-will-withhold",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 02:20:00 +0000",
    subject="Your request KCSC-240903-01",
    body=f"""
Hello,

Thanks for your request. Our team has confirmed the following posts are
in scope and they will be withheld in South Korea within the next 48 hours:

{X[3]}
{X[7]}

We will review the remaining posts and get back to you.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising future withholding",
    why="'will be withheld' is a promise, not a statement of what was done",
    items={X[3]: "pending", X[7]: "pending"},
)

case(
    name="x-spoofed-auth-fail",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Wed, 11 Sep 2024 22:10:02 +0000",
    subject="KCSC-240903-01 completed",
    body=f"""
Dear Sir/Madam,

We inform you that the following content has been removed:

{X[4]}
{X[5]}

Regards,
X Legal Team
""",
    outcome="review", review="untrusted",
    imitates="X legal completion notice, but failing DKIM/SPF/DMARC",
    why="x.com sender failing authentication: statements not trusted",
    items={X[4]: "pending", X[5]: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "j.hartley@x.com"}, name_from="Jonah Hartley",
    date="Tue, 03 Sep 2024 01:00:07 +0000",
    subject="Automatic reply: KCSC-240903-01 Request for removal of illegal gambling content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday, 23 September,
with limited access to email. For urgent legal requests, please use the
X legal request form at https://help.x.com/en/forms/legal.

Jonah Hartley
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from a platform employee",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="telegram-not-our-service",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 04 Sep 2024 12:33:41 +0000",
    subject="Re: KCSC-240903-01",
    body=f"""
Hello,

The links in your message are not on Telegram, for example:

{X[0]}
{X[6]}

These are posts on X. Telegram cannot act on content hosted on other
services; there is nothing on Telegram at these addresses to remove.
Please contact the service concerned.

Telegram Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="Telegram abuse desk reply refusing a request for another service's content",
    why="Telegram speaks about X's items; not a status from X",
    items={X[0]: "pending", X[6]: "pending"},
)

# ================================================================ YouTube
case(
    name="yt-legal-geoblock-and-removed",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 04:18:27 +0000",
    subject="[4-2931000039271] Re: KCSC-240905-02 Legal removal request",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your request, we have blocked the following content from
view on YouTube in South Korea, based on local law:

{YT[0]}
{YT[1]}

Additionally, after review, the following content was removed from
YouTube for violating our Community Guidelines:

{YT[3]}

For more information about YouTube's policies, see
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome: blocked in country and removed for Community Guidelines",
    why="two videos blocked in KR, the short removed",
    items={YT[0]: "restricted", YT[1]: "restricted", YT[3]: "removed"},
)

case(
    name="yt-age-restricted-and-declined",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 09:01:58 +0000",
    subject="[4-2931000039271] KCSC-240905-02",
    body=f"""
Hello,

We have reviewed the content you reported.

- {YT[1]} : we have applied an age restriction to this video. It is no
  longer viewable by signed-out users or users under 18.
- {YT[2]} : we have decided not to take action on this video. It does not
  violate our Community Guidelines, and we did not find it unlawful under
  the laws you cited.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply: age restriction applied and a declined removal",
    why="age-restricted (restricted) and a reasoned refusal (rejected)",
    items={YT[1]: "restricted", YT[2]: "rejected"},
)

YT_HTML = f"""<html><body>
<div style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>Hi there,</p>
<p>Thanks for your report (reference KCSC-240905-02).</p>
<p>We reviewed the Short below and removed it for violating our
<a href="https://support.google.com/youtube/answer/2802002">nudity and sexual content policy</a>:</p>
<ul><li><a href="{YT[3]}">{YT[3]}</a></li></ul>
<p>We rely on people like you to help keep YouTube safe.</p>
<p>- The YouTube Team</p>
</div></body></html>"""
case(
    name="yt-base64-html-short-removed",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Wed, 11 Sep 2024 13:44:12 +0000",
    subject="Update on your report: KCSC-240905-02",
    raw_mime=f"""
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(YT_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'update on your report' HTML notice, base64 encoded",
    why="the Short is named and removed; the policy link is not an item",
    items={YT[3]: "removed"},
)

case(
    name="yt-deleted-by-uploader",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 02:03:33 +0000",
    subject="[4-2931000039271] KCSC-240905-02 follow-up",
    body=f"""
Hello,

Regarding {YT[2]}: this video had been deleted by the uploader before our
review, and it is no longer on YouTube. No action was required from us.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal follow-up: video already deleted by uploader",
    why="deleted by its author before review: not_found",
    items={YT[2]: "not_found"},
)

case(
    name="yt-hedged-under-review",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 07:25:00 +0000",
    subject="[4-2931000039271] KCSC-240905-02",
    body=f"""
Hello,

Thanks for your patience.

{YT[0]} appears to have been set to private by its owner, but we are
still confirming this on our side.

{YT[1]} is currently under review by our legal team. We'll let you know
once a decision has been made.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim update with a hedge and an under-review line",
    why="'appears to have been' is a hedge and 'under review' is no decision",
    items={YT[0]: "pending", YT[1]: "pending"},
)

case(
    name="yt-conflicting-template",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 10:11:46 +0000",
    subject="[4-2931000039271] Outcome: KCSC-240905-02",
    body=f"""
Outcome: Content removed

Hello,

We have reviewed the following video:
{YT[0]}

After careful review, we have decided not to take any action on this
content, as it does not violate our policies or local law.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube legal outcome whose template header contradicts its body",
    why="header says removed, body declines action for the same single video",
    items={YT[0]: "pending"},
)

case(
    name="yt-bounce-dsn",
    **{"from": "mailer-daemon@google.com"}, name_from="Mail Delivery Subsystem",
    date="Thu, 05 Sep 2024 02:30:09 +0000",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000071aa0c06214f8d21"

--00000000000071aa0c06214f8d21
Content-Type: text/plain; charset="UTF-8"

Address not found

Your message wasn't delivered to legal-kr-old@google.com because the
address couldn't be found, or is unable to receive mail.

--00000000000071aa0c06214f8d21
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 05 Sep 2024 02:30:05 +0000

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--00000000000071aa0c06214f8d21
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: KCSC-240905-02 Legal removal request
Message-ID: <req-240905-02@kcsc.example>
Date: Thu, 05 Sep 2024 11:30:00 +0900

{request_text("KCSC-240905-02", YT, "YouTube")}

--00000000000071aa0c06214f8d21--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Delivery Status Notification (Failure)' with the original request attached",
    why="a DSN; the URLs are in our own returned message",
    items={},
)

# =================================================================== Meta
case(
    name="meta-dsa-statement-of-reasons",
    **{"from": "noreply@support.facebook.com"}, name_from="Meta",
    date="Mon, 09 Sep 2024 15:02:37 +0000",
    subject="Decision on your report (KCSC-240906-03)",
    body=f"""
Statement of reasons

Reported content: {META[2]}
Your reference: KCSC-240906-03
Decision: We removed this content.
Legal or policy ground: Restricted goods and services (Instagram Community
Guidelines)
Facts and circumstances: The content offered regulated goods for sale.
Use of automated means: The decision was made by a human reviewer.

Redress: The person who posted the content can appeal this decision. More
information about your options is available at
https://transparency.meta.com/enforcement/taking-action/

Meta Platforms Ireland Ltd.
""",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA statement of reasons (Art. 17 fields: decision, ground, facts, automation, redress)",
    why="Decision: removed, for the one named Instagram post",
    items={META[2]: "removed"},
)

case(
    name="meta-outcome-bullets",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Review",
    date="Tue, 10 Sep 2024 05:39:50 +0000",
    subject="Re: KCSC-240906-03 Government request to remove content",
    reply_to_req="req-240906-03",
    body=f"""
Hello,

Thank you for contacting Meta. We have completed our review of the items
in your request.

* {META[0]} - removed for violating our Community Standards on
  restricted goods and services.
* {META[1]} - access to this profile has been restricted in South Korea
  based on local law.
* {META[4]} - we were unable to find this content. The link may be
  incorrect, or the content no longer exists.

Sincerely,
Meta Content Review
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government request outcome with a bulleted result per item",
    why="removed, restricted in KR, and not found (the 'may be incorrect' hedges the cause only)",
    items={META[0]: "removed", META[1]: "restricted", META[4]: "not_found"},
)

case(
    name="meta-gmail-quote-not-violating",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Review",
    date="Wed, 11 Sep 2024 08:20:14 +0000",
    subject="Re: KCSC-240906-03 Government request to remove content",
    body=f"""
Hello,

We reviewed the profile at {META[1]} and found that it doesn't go against
our Community Standards. After a legal review, we also did not find it to
be unlawful in Korea based on the information provided, so we are not
taking action on it.

Meta Content Review

On Fri, Sep 6, 2024 at 9:40 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240906-03", META, "Meta"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'doesn't go against our Community Standards' reply above a Gmail-style quote",
    why="one profile refused with a reason; the quoted request names the rest",
    items={META[1]: "rejected"},
)

case(
    name="meta-instagram-restricted-kr",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    date="Thu, 12 Sep 2024 11:55:29 +0000",
    subject="We restricted access to content you reported",
    body=f"""
Hi,

Following your legal report (KCSC-240906-03), we reviewed the reel below.

{META[3]}

We restricted access to this reel in South Korea because it may violate
local law. It remains available in other countries.

Learn more about how Instagram responds to government requests:
https://help.instagram.com/government-requests

The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram notice about content restricted in a country after a legal report",
    why="restricted in KR (the 'may violate' is the reason, not a hedge on the action)",
    items={META[3]: "restricted"},
)

case(
    name="meta-bulk-all-removed",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Review",
    date="Fri, 13 Sep 2024 03:07:11 +0000",
    subject="KCSC-240906-03 completed",
    body="""
Hello,

We have finished processing your request KCSC-240906-03. All of the
content you reported has been removed from Facebook and Instagram.

Sincerely,
Meta Content Review
""",
    outcome="review", review="bulk",
    imitates="Meta one-line completion email for a multi-item request",
    why="'all of the content' for a five-item request, no item named",
    items={u: "pending" for u in META},
)

case(
    name="meta-read-receipt",
    **{"from": "s.okafor@meta.com"}, name_from="Sade Okafor",
    date="Fri, 06 Sep 2024 01:05:00 +0000",
    subject="Read: KCSC-240906-03 Government request to remove content",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_4471"

--mdn_4471
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-requests@meta.com
  Subject: KCSC-240906-03 Government request to remove content
  Sent: Friday, September 6, 2024 9:40 AM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 10:05 AM (UTC+09:00) Seoul.

--mdn_4471
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;s.okafor@meta.com
Original-Message-ID: <req-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_4471--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt says nothing about the items",
    items={},
)

# ================================================================= TikTok
case(
    name="tiktok-local-law-restricted",
    **{"from": "legal-notice@tiktok.com"}, name_from="TikTok Legal",
    date="Wed, 11 Sep 2024 06:12:40 +0000",
    subject="Re: KCSC-240909-04 Removal request",
    reply_to_req="req-240909-04",
    body=f"""
Dear Sir or Madam,

Thank you for your notice. Having reviewed the reported content against
our Community Guidelines and applicable law, we have taken the following
actions:

Restricted in South Korea under local law:
{TT[0]}
{TT[1]}

Removed globally for violating our Community Guidelines (illegal
activities and regulated goods):
{TT[2]}

Kind regards,
TikTok Law Enforcement & Government Response
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government removal request outcome (local-law restriction vs guideline removal)",
    why="two videos under a 'restricted in South Korea' heading, one under 'removed'",
    items={TT[0]: "restricted", TT[1]: "restricted", TT[2]: "removed"},
)

case(
    name="tiktok-url-after-statement",
    **{"from": "legal-notice@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 09:48:02 +0000",
    subject="KCSC-240909-04 result",
    body=f"""
Hello,

The following video had already been deleted by its creator at the time
of our review:
{TT[1]}

The following video was removed for violating our Community Guidelines:
{TT[2]}

Best regards,
TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok trust-and-safety reply with each statement followed by its URL",
    why="URL on the line after its statement: deleted by creator (not_found), removed",
    items={TT[1]: "not_found", TT[2]: "removed"},
)

TT_HTML = f"""<html><body>
<table width="600" style="font-family:Arial,sans-serif"><tr><td>
<img src="https://sf16-website.tiktokcdn.example/logo.png" alt="TikTok">
<h2>Update on your report</h2>
<p>We reviewed the video you reported under reference KCSC-240909-04:</p>
<p><a href="{TT[0]}">{TT[0]}</a></p>
<p><b>Result:</b> Removed. This video violated our
<a href="https://www.tiktok.com/community-guidelines/en/">Community Guidelines</a>.</p>
<p>Thanks for helping keep TikTok safe. You can see your reports in the
<a href="https://www.tiktok.com/safety/report-status">Safety Center</a>.</p>
<p style="font-size:11px;color:#888">TikTok Pte. Ltd. &middot;
<a href="https://www.tiktok.com/legal/page/row/privacy-policy/en">Privacy Policy</a></p>
</td></tr></table>
</body></html>"""
case(
    name="tiktok-html-with-policy-links",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Fri, 13 Sep 2024 12:00:18 +0000",
    subject="Update on your report",
    type="html",
    body=TT_HTML,
    outcome="applied", classification="confirmation",
    imitates="TikTok HTML 'Update on your report' notice with policy and Safety Center links",
    why="one named video removed; guideline, Safety Center and privacy links are not items",
    items={TT[0]: "removed"},
)

case(
    name="tiktok-conditional-counter-notice",
    **{"from": "legal-notice@tiktok.com"}, name_from="TikTok Legal",
    date="Tue, 10 Sep 2024 04:33:15 +0000",
    subject="KCSC-240909-04 - creator notified",
    body=f"""
Hello,

We have notified the creator of {TT[1]} of your complaint. If we do not
receive a valid response from the creator within 7 days, the video will be
removed.

We'll update you once the period has passed.

TikTok Legal
""",
    outcome="review", review="not_understood",
    imitates="TikTok legal interim notice: creator notified, conditional removal",
    why="removal is conditional and in the future: the video stays pending",
    items={TT[1]: "pending"},
)

case(
    name="tiktok-unknown-sender-vendor",
    **{"from": "casework@tiktok-legalcases.net"}, name_from="TikTok Legal Cases",
    date="Sat, 14 Sep 2024 16:40:26 +0000",
    subject="KCSC-240909-04 : content removed",
    body=f"""
Dear KCSC,

This is to confirm that the following TikTok videos have been removed:

{TT[0]}
{TT[1]}
{TT[2]}

Case handler: M. Reyes
""",
    outcome="review", review="unknown_sender",
    imitates="removal confirmation from a look-alike outside domain, not TikTok's",
    why="tiktok-legalcases.net is no platform domain",
    items={TT[0]: "pending", TT[1]: "pending", TT[2]: "pending"},
)

case(
    name="snapchat-not-on-snapchat",
    **{"from": "safety-noreply@snap.com"}, name_from="Snapchat Support",
    date="Mon, 16 Sep 2024 19:22:08 +0000",
    subject="Your report to Snapchat [Ref: 88120034]",
    body=f"""
Hi,

Thanks for reaching out. The link you sent us,
{TT[2]}
is not a Snapchat link, and we could not find any corresponding content
on Snapchat. Snap Inc. has no control over content hosted by other
services.

Team Snapchat
""",
    outcome="review", review="wrong_platform",
    imitates="Snapchat Support reply to a report about a link on another service",
    why="Snap speaks about a TikTok item; its 'could not find on Snapchat' is no TikTok status",
    items={TT[2]: "pending"},
)

# ================================================================= Reddit
case(
    name="reddit-legal-removed-and-geoblocked",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 17:21:35 +0000",
    subject="Re: KCSC-240910-05 content removal request",
    reply_to_req="req-240910-05",
    body=f"""
Hello,

Thank you for your request. After review, we have taken the following
actions.

We removed the post at {RD[0]} for violating Reddit's Content Policy
(prohibited transactions).

We have geo-restricted the post at {RD[1]} so that it is not accessible
from South Korea, as it appears to violate Korean law. It remains visible
elsewhere.

Best,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply to a government removal request (removal and country block)",
    why="one removed, one geo-restricted in KR ('appears to violate' is the reason, not the action)",
    items={RD[0]: "removed", RD[1]: "restricted"},
)

case(
    name="reddit-declined-angle-brackets",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 20:05:51 +0000",
    subject="Re: KCSC-240910-05 content removal request",
    body=f"""
Hello,

We reviewed <{RD[1]}>.
The post discusses a public news story and does not contain the personal
information described in your request. It does not violate Reddit's
Content Policy, and we have declined to remove it.

Best,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal refusal of a government request for one post, with reason",
    why="reasoned refusal for one URL written in angle brackets",
    items={RD[1]: "rejected"},
)

case(
    name="reddit-echoed-report-bulk",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Sat, 14 Sep 2024 02:48:33 +0000",
    subject="Your report has been reviewed",
    body=f"""
Thanks for submitting a report to the Reddit admins.

After investigating, we've found that the reported content violates
Reddit's Content Policy and have removed it.

------------------------------
Your report:
Report type: Legal - government request
Reference: KCSC-240910-05
Links:
{RD[0]}
{RD[1]}
------------------------------

Reddit Safety
""",
    # Changed after the reader's runs (2026-12-02, session 8), openly: first
    # written review `bulk`. The issue names this layout as one to read ("a
    # statement about 'the reported content' followed by the echoed report
    # that lists it"), and older sets expect it applied (e.g.
    # blind72/yt-echoed-report); this note already said one could argue the
    # echo names exactly the items. See NOTES.md.
    outcome="applied",
    imitates="Reddit 'Your report has been reviewed' email echoing the submitted report",
    why="'the reported content … have removed it' over the echoed report that lists exactly these two links: both removed (first written review bulk; changed, see NOTES.md)",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-ticket-receipt",
    **{"from": "support@reddithelp.reddit.com"}, name_from="Reddit Help",
    date="Tue, 10 Sep 2024 01:22:10 +0000",
    subject="[Reddit] Request received - Ticket #7741093",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Your request (7741093) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Subject: KCSC-240910-05 content removal request

This email is a service from Reddit Help.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style 'request received' ticket receipt",
    why="pure acknowledgement of our request",
    items={},
)

# ================================================================ Discord
case(
    name="discord-server-removed-sole",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 00:36:04 +0000",
    subject="Re: KCSC-240911-06 request to remove content",
    reply_to_req="req-240911-06",
    body="""
Hello,

Thank you for your report. Our Trust & Safety team investigated the
server you reported and removed it from Discord for violating our
Community Guidelines. The invite you reported no longer works.

Regards,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply: reported server removed",
    why="the only item of a one-item request is stated removed (sole statement)",
    items={DC[0]: "removed"},
)

case(
    name="discord-ticket-ack",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Wed, 11 Sep 2024 07:01:44 +0000",
    subject="Re: KCSC-240911-06 request to remove content [#30918842]",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hi there,

We've received your request and a member of our team will review it as
soon as possible. Your ticket number is #30918842.

Please don't open a new ticket for the same issue; this may slow down our
response.

Discord
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord support ticket received auto-reply",
    why="receipt with a ticket number, no statement",
    items={},
)

# =============================================================== Pinterest
case(
    name="pinterest-removed-and-kr",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Mon, 16 Sep 2024 23:14:59 +0000",
    subject="Re: KCSC-240912-07 Pinterest content removal",
    reply_to_req="req-240912-07",
    body=f"""
Hi,

Thanks for your patience while we reviewed your request.

Pin: {PN[0]}
Status: Deactivated
Reason: the Pin violated our Community Guidelines on counterfeit goods.

Pin: {PN[1]}
Status: Unavailable in Korea
Reason: the Pin violates local law in Korea. It remains available in other
countries.

Pinterest Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Pinterest enforcement notice (Pin ID / Status / Reason fields)",
    why="one Pin deactivated (removed), one unavailable in Korea (restricted)",
    items={PN[0]: "removed", PN[1]: "restricted"},
)

case(
    name="pinterest-fullwidth-paren",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Tue, 17 Sep 2024 05:30:07 +0000",
    subject="KCSC-240912-07",
    body=f"""
Hello KCSC team,

Pin {PN[1]}（reported on 12 Sep）has been removed from Pinterest.

Best,
Hana Lim
Pinterest Legal, APAC
""",
    outcome="applied", classification="confirmation",
    imitates="short reply from a Pinterest APAC legal employee typed with a Korean keyboard",
    why="one named Pin removed; the URL is followed by a full-width parenthesis",
    items={PN[1]: "removed"},
)

case(
    name="pinterest-asks-legal-basis",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Fri, 13 Sep 2024 02:41:26 +0000",
    subject="Re: KCSC-240912-07 Pinterest content removal",
    body=f"""
Hi,

Thanks for your request. Before we can act on the Pins below, please send
us the specific provision of Korean law each Pin is alleged to violate and
a copy of the decision of your commission:

{PN[0]}
{PN[1]}

Once we receive this information we'll continue our review.

Pinterest Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Pinterest legal request for the legal basis before acting",
    why="asks for documents; no status stated",
    items={PN[0]: "pending", PN[1]: "pending"},
)

case(
    name="pinterest-receipt-with-quote",
    **{"from": "care@pinterest.com"}, name_from="Pinterest Help",
    date="Thu, 12 Sep 2024 04:12:53 +0000",
    subject="Re: KCSC-240912-07 Pinterest content removal",
    body=f"""
Hi there,

Thanks for contacting Pinterest. We've received your message and created
case #51730824. Our team will get back to you soon.

Pinterest Help

On Thu, Sep 12, 2024 at 1:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240912-07", PN, "Pinterest"))}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Pinterest Help case-created receipt above the quoted request",
    why="pure acknowledgement; the URLs are only in our quoted request",
    items={},
)

# ================================================================= Twitch
case(
    name="twitch-actioned-no-claims",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    date="Sun, 15 Sep 2024 18:09:12 +0000",
    subject="We've actioned on your report",
    body="""
Hi,

Thank you for your report. Our team reviewed it and determined that a
violation of our Community Guidelines occurred. We have taken appropriate
enforcement action.

For privacy reasons we can't share details of the action taken.

Twitch Safety
""",
    outcome="review", review="no_claims",
    imitates="Twitch 'We've actioned on your report' email",
    why="trusted platform mail naming no item and no request of ours",
    items={},
)

case(
    name="twitch-report-received",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    date="Sat, 14 Sep 2024 08:51:30 +0000",
    subject="Thanks for your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi,

We have received your report. Our Safety team will review it and take
action if it violates our Community Guidelines. You will not always hear
back about the outcome.

Twitch Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Twitch report confirmation email",
    why="pure acknowledgement",
    items={},
)

# ====================================================================
HEADER = """# Blind set 160: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).
# Written by tests/corpus/blind160/make.py from each email's meaning,
# before any run of the reader. Each case is judged alone on a fresh ledger.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind160", HEADER, cases)
    print(len(cases), "cases")
