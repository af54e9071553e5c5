#!/usr/bin/env python3
"""Blind set 790: English notices from many platforms (YouTube, X, Meta,
TikTok, Reddit, Discord, Twitch, plus Snapchat and Telegram-free mail).

Written from public descriptions of help-centre outcome templates, DSA
statements of reasons and legal-removal decisions, in our own sentences,
with fictional URLs, names and ids. Expected results were written from each
email's meaning before the reader was run on it.

    python3 tests/corpus/blind790/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind790"
KST = timezone(timedelta(hours=9))

# ---------------------------------------------------------------- requests
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vTz8LpA1",
    2: "https://www.youtube.com/watch?v=bX7nR2kWc0e",
    3: "https://www.youtube.com/watch?v=H4sJd9PzQ2u",
    4: "https://www.youtube.com/watch?v=tL0aE6yMv8c",
    5: "https://www.youtube.com/watch?v=pF2gK5rWn3s",
    6: "https://www.youtube.com/watch?v=Zc8uB1oTq7d",
    7: "https://www.youtube.com/shorts/Wk5hN0xVa3j",
    8: "https://www.youtube.com/shorts/rE9pL2cYm6f",
    9: "https://www.youtube.com/@lucky7casino_kr",
    10: "https://www.youtube.com/@bettingtips.daily",
    11: "https://www.youtube.com/watch?v=gM6qS4dHx1k",
    12: "https://www.youtube.com/watch?v=Vn1oJ8bZt5w",
}
X = {
    1: "https://x.com/ice_delivery_seoul/status/1830412277190655041",
    2: "https://x.com/ice_delivery_seoul/status/1830415590021337862",
    3: "https://x.com/gangnam_candy_shop/status/1830501122334406913",
    4: "https://x.com/gangnam_candy_shop",
}
M = {
    1: "https://www.facebook.com/groups/4481920556733201/posts/4482077319054417/",
    2: "https://www.facebook.com/profile.php?id=100093885512047",
    3: "https://www.instagram.com/p/C9xQe2LsT4b/",
    4: "https://www.instagram.com/reel/C9zK1mPo8Wd/",
    5: "https://www.instagram.com/seoul.faces.ai/",
}
T = {
    1: "https://www.tiktok.com/@night.slots.kr/video/7410882561349217541",
    2: "https://www.tiktok.com/@night.slots.kr/video/7411020394857132290",
    3: "https://www.tiktok.com/@toto.master.99",
}
R = {
    1: "https://www.reddit.com/r/kpopleaks_uncut/comments/1f9xk2a/full_address_list/",
    2: "https://www.reddit.com/user/doxx_archive_kr/comments/1fa2b7q/phone_numbers_batch_3/",
}
D = {1: "https://discord.gg/k7rVb2nWq"}
W = {
    1: "https://www.twitch.tv/slotking_live_kr",
    2: "https://www.twitch.tv/videos/2245098713",
}

REQUESTS = [
    # ref, platform, sent, due, category, msgid, note, urls
    ("KCSC-240902-01", "youtube", "2024-09-02T14:00:00+09:00", "2024-09-09T23:59:59+09:00",
     "illegal-gambling", "req.240902-01@kcsc.example", "gambling promotion network", Y),
    ("KCSC-240903-02", "x", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "drug-trade", "req.240903-02@kcsc.example", "drug sale adverts", X),
    ("KCSC-240904-03", "meta", "2024-09-04T15:00:00+09:00", "2024-09-11T23:59:59+09:00",
     "deepfake-sexual-abuse", "req.240904-03@kcsc.example", "synthetic intimate images", M),
    ("KCSC-240905-04", "tiktok", "2024-09-05T10:30:00+09:00", "2024-09-12T23:59:59+09:00",
     "illegal-gambling", "req.240905-04@kcsc.example", "", T),
    ("KCSC-240906-05", "reddit", "2024-09-06T16:20:00+09:00", "2024-09-13T23:59:59+09:00",
     "personal-information", "req.240906-05@kcsc.example", "doxxing", R),
    ("KCSC-240909-06", "discord", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00",
     "deepfake-sexual-abuse", "req.240909-06@kcsc.example", "server invite", D),
    ("KCSC-240910-07", "twitch", "2024-09-10T13:15:00+09:00", "2024-09-17T23:59:59+09:00",
     "illegal-gambling", "req.240910-07@kcsc.example", "live slot streams", W),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for k in sorted(urls):
            w.writerow([ref, plat, sent, due, urls[k], cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def d(s):
    """'2024-09-04 10:12' (KST) -> RFC 5322 date in KST."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=KST)
    return format_datetime(dt)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def html_qp(html):
    return ("Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(html))


def text_qp(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text))


def text_b64(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text))


def alternative(text, html, b="alt-790"):
    return (f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
            f"--{b}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{qp(text)}\n"
            f"--{b}\nContent-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{qp(html)}\n"
            f"--{b}--\n")


def with_csv(text, rows, filename, b="mix-790"):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return (f'Content-Type: multipart/mixed; boundary="{b}"\n\n'
            f"--{b}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 7bit\n\n{text.strip()}\n\n"
            f"--{b}\nContent-Type: text/csv; charset=utf-8; name=\"{filename}\"\n"
            f"Content-Disposition: attachment; filename=\"{filename}\"\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(buf.getvalue())}\n"
            f"--{b}--\n")


def bullets(urls, mark="- "):
    return "\n".join(mark + u for u in urls)


AUTO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: auto_reply"]

# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ===== YouTube / Google (KCSC-240902-01, 12 items) =====================

case(
    name="yt-legal-outcome-grouped-lists",
    outcome="applied",
    imitates="Google legal-removals team outcome email grouping URLs by action (global policy removal / local block / not found)",
    why="three headed lists: two removed, two blocked in Korea, one already gone; the rest still under review",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "restricted", Y[5]: "not_found"},
    **{"from": "legal-support-noreply@google.com"},
    name_from="Google Legal Support",
    date=d("2024-09-06 17:42"),
    subject="Re: [KCSC-240902-01] Request to remove content under Korean law",
    reply_to_req="req.240902-01",
    body=f"""
Hello,

Thank you for your notice (your reference KCSC-240902-01). Our team has
reviewed the content you identified and taken the action set out below.

Removed from YouTube for violating our Community Guidelines:
{bullets([Y[1], Y[2]])}

Blocked from view in South Korea on the basis of local law (the content
remains available in other countries):
{bullets([Y[3], Y[4]])}

The following URL does not lead to any video. It had already been deleted
by the uploader before we processed your notice:
{bullets([Y[5]])}

We have not finished our review of the other URLs in your notice and will
write to you separately about them.

For more information on how we handle requests from governments, see
https://support.google.com/legal/answer/3110420

Regards,
The Google Legal Team
""",
)

case(
    name="yt-html-table-qp",
    outcome="applied",
    imitates="YouTube legal-request outcome notice rendered as an HTML table (URL / outcome / basis), quoted-printable",
    why="four rows, each an explicit outcome: removed, restricted in KR, no action (rejected), not found",
    items={Y[6]: "removed", Y[7]: "restricted", Y[8]: "rejected", Y[11]: "not_found"},
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal",
    date=d("2024-09-09 10:05"),
    subject="Outcome of your request KCSC-240902-01 (part 2)",
    raw_mime=html_qp(f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Korea Communications Standards Commission,</p>
<p>We have completed our review of the following items from your request <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Content URL</th><th>Outcome</th><th>Basis</th></tr>
<tr><td><a href="{Y[6]}">{Y[6]}</a></td><td>Removed globally</td><td>Community Guidelines: regulated goods (online gambling)</td></tr>
<tr><td><a href="{Y[7]}">{Y[7]}</a></td><td>Restricted in KR</td><td>Local law</td></tr>
<tr><td><a href="{Y[8]}">{Y[8]}</a></td><td>No action taken &ndash; does not violate our policies or local law</td><td>&ndash;</td></tr>
<tr><td><a href="{Y[11]}">{Y[11]}</a></td><td>Not found &ndash; video no longer exists (deleted by uploader)</td><td>&ndash;</td></tr>
</table>
<p>If you disagree with an outcome, you may submit a new request with additional information.</p>
<p>Sincerely,<br>YouTube Legal Support</p>
</body></html>
"""),
)

case(
    name="yt-channel-terminated-and-kept",
    outcome="applied",
    imitates="YouTube Trust & Safety reply: one channel terminated, another reviewed with no violation found",
    why="terminated channel = removed; 'found no violation ... not taking action' = rejected",
    items={Y[9]: "removed", Y[10]: "rejected"},
    **{"from": "trust-safety-noreply@youtube.com"},
    name_from="YouTube Trust & Safety",
    date=d("2024-09-05 08:31"),
    subject="Re: Request KCSC-240902-01 - channels",
    reply_to_req="req.240902-01",
    body=f"""
Hi,

Thanks for flagging these channels to us.

We have terminated the channel {Y[9]} for repeated violations of our spam,
deceptive practices and scams policies. It is no longer available on
YouTube.

The channel {Y[10]} was reviewed by our team as well. We did not find a
violation of our Community Guidelines or of applicable local law, so we
are not taking action on it.

Best regards,
YouTube Trust & Safety
""",
)

case(
    name="yt-csv-outcome-report",
    outcome="applied",
    imitates="bulk outcome report for a government request sent as a CSV attachment (url, action, scope, notes)",
    why="every row names its URL and action; IN_REVIEW row stays pending",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "restricted",
           Y[5]: "not_found", Y[6]: "removed", Y[7]: "removed", Y[8]: "rejected",
           Y[9]: "removed", Y[10]: "restricted", Y[11]: "not_found", Y[12]: "pending"},
    **{"from": "legal-reports-noreply@google.com"},
    name_from="Google Legal Reports",
    date=d("2024-09-12 19:20"),
    subject="KCSC-240902-01: outcome report (12 URLs)",
    raw_mime=with_csv("""
Hello,

Please find attached the outcome report for your request KCSC-240902-01
(12 URLs). The column "action" gives the action taken on each URL and the
column "scope" whether it applies worldwide or in one country only.

Google Legal Reports
""", [
        ["url", "action", "scope", "notes"],
        [Y[1], "REMOVED", "global", "Spam, deceptive practices and scams"],
        [Y[2], "REMOVED", "global", "Spam, deceptive practices and scams"],
        [Y[3], "GEO_BLOCKED", "KR", "Local law"],
        [Y[4], "AGE_RESTRICTED", "global", ""],
        [Y[5], "NOT_FOUND", "", "Video does not exist"],
        [Y[6], "REMOVED", "global", "Regulated goods"],
        [Y[7], "REMOVED", "global", "Regulated goods"],
        [Y[8], "NO_ACTION", "", "No violation of policy or local law"],
        [Y[9], "REMOVED", "global", "Channel terminated"],
        [Y[10], "GEO_BLOCKED", "KR", "Local law"],
        [Y[11], "NOT_FOUND", "", "Deleted by uploader"],
        [Y[12], "IN_REVIEW", "", ""],
    ], "KCSC-240902-01_outcome.csv"),
)

case(
    name="yt-age-restriction-single",
    outcome="applied",
    imitates="YouTube 'we've age-restricted the video you reported' report update",
    why="age restriction is 'restricted' per the rules",
    items={Y[4]: "restricted"},
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date=d("2024-09-04 22:14"),
    subject="Update on content you reported",
    body=f"""
Hi KCSC Takedown,

We reviewed the video you reported:
{Y[4]}

We've applied an age restriction to it. It can no longer be watched by
viewers who are signed out or under 18, and it is not shown in most
places on YouTube.

Thank you for helping us keep YouTube safe.

- The YouTube Team

You received this email because you reported content on YouTube.
(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
)

case(
    name="yt-base64-plain-two-items",
    outcome="applied",
    imitates="YouTube legal support reply sent with a base64-encoded text/plain body",
    why="one video age-restricted (restricted), one removed, each named",
    items={Y[2]: "restricted", Y[6]: "removed"},
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Korea",
    date=d("2024-09-07 11:02"),
    subject="RE: [KCSC-240902-01] follow-up",
    reply_to_req="req.240902-01",
    raw_mime=text_b64(f"""Dear KCSC team,

Following our review, the video {Y[2]} has been
age-restricted, and {Y[6]} has been removed
for violating our policy on regulated goods (online gambling).

Kind regards,
Minji Hart
Legal Specialist, Google Korea
"""),
)

case(
    name="yt-url-below-statement-http",
    outcome="applied",
    imitates="Google legal notice listing each decision sentence followed by the URLs on the next lines (URLs written with http://)",
    why="removed Short; a Short and a channel blocked in South Korea; http:// is the same item to a clerk",
    items={Y[7]: "removed", Y[8]: "restricted", Y[10]: "restricted"},
    **{"from": "legal-support-noreply@google.com"},
    name_from="Google Legal Support",
    date=d("2024-09-10 15:48"),
    subject="Your Google legal request: KCSC-240902-01",
    body="""
Hello,

The following video was removed for violating our spam, deceptive
practices and scams policy:
http://www.youtube.com/shorts/Wk5hN0xVa3j

The following content has been blocked in South Korea on the basis of
local law:
http://www.youtube.com/shorts/rE9pL2cYm6f
http://www.youtube.com/@bettingtips.daily

Thank you,
Google Legal Support
""",
)

case(
    name="yt-dsa-style-statement",
    outcome="applied",
    imitates="DSA Article 17-style statement of reasons sent to the notifier (content / decision / ground / scope / automation fields)",
    why="two statements, each with its content URL: one restricted in South Korea, one removed",
    items={Y[11]: "restricted", Y[12]: "removed"},
    **{"from": "noreply-transparency@google.com"},
    name_from="YouTube Notices",
    date=d("2024-09-11 09:00"),
    subject="Notice of decision on reported content (KCSC-240902-01)",
    body=f"""
NOTICE OF DECISION

Statement 1 of 2
  Content:              {Y[11]}
  Decision:             Access to the content has been restricted in the
                        following country/region: South Korea
  Ground:               Illegal content (local law)
  Detected by automated means: No
  Decided by automated means:  No

Statement 2 of 2
  Content:              {Y[12]}
  Decision:             Content removed
  Ground:               Incompatible with our terms of service (spam,
                        deceptive practices and scams)
  Territorial scope:    Worldwide
  Detected by automated means: No
  Decided by automated means:  No

Redress: the uploader may appeal through YouTube Studio. Further
information is available at https://support.google.com/youtube/answer/185111
""",
)

case(
    name="yt-promise-will-be-removed",
    outcome="review",
    review="not_understood",
    imitates="ticket-style reply promising removal 'once our review is complete'",
    why="a promise about named items is no statement; items stay pending",
    items={Y[1]: "pending", Y[2]: "pending"},
    **{"from": "legal-support-noreply@google.com"},
    name_from="Google Legal Support",
    date=d("2024-09-03 10:11"),
    subject="Re: [KCSC-240902-01] Request to remove content under Korean law",
    reply_to_req="req.240902-01",
    body=f"""
Hello,

We've received your request. Based on our initial assessment, the
videos below will be removed once our team completes its review:

{Y[1]}
{Y[2]}

We will send you an update when the review is complete.

Google Legal Support
""",
)

case(
    name="yt-asks-court-order",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Google legal team asking for the legal decision and timestamps before acting",
    why="asks the regulator for more information about two named videos; nothing decided",
    items={Y[3]: "pending", Y[4]: "pending"},
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Korea",
    date=d("2024-09-04 13:27"),
    subject="RE: [KCSC-240902-01] additional information needed",
    reply_to_req="req.240902-01",
    body=f"""
Dear KCSC team,

To process your request for the videos below, we need some more
information:

  {Y[3]}
  {Y[4]}

1. The timestamps within each video where the allegedly unlawful content
   appears.
2. A copy of the Commission's decision (or the provision of Korean law)
   you rely on for each item.

Please reply to this email with the information above. We will continue
our review once we receive it.

Best,
Legal Operations, Google Korea
""",
)

case(
    name="yt-case-receipt",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal webform receipt with case number ('please do not reply')",
    why="pure receipt: no item, no decision",
    **{"from": "legal-support-noreply@google.com"},
    name_from="Google Legal Support",
    date=d("2024-09-02 14:03"),
    subject="[8-4417000030215] We've received your request KCSC-240902-01",
    body="""
Thank you for contacting Google.

This is an automated message to confirm that we have received your
request. It has been assigned case number 8-4417000030215. A member of
our team will review it. Please keep this number for your records.

Please do not reply to this message; replies to this address are not
monitored.

Google Legal Support
""",
)

# ===== X (KCSC-240903-02, 4 items) =====================================

case(
    name="x-withheld-kr-top-posted",
    outcome="applied",
    imitates="X country-withheld-content notice to the requester, top-posted over the Gmail-quoted request",
    why="two posts withheld in South Korea = restricted; the quoted request's other URLs are not statements",
    items={X[1]: "restricted", X[2]: "restricted"},
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date=d("2024-09-05 03:16"),
    subject="Re: [KCSC-240903-02] Request to block drug sale adverts",
    reply_to_req="req.240903-02",
    body=f"""
Hello,

In response to your request, we have withheld the following posts in
South Korea:

{X[1]}
{X[2]}

These posts remain available outside South Korea. We are still reviewing
the remaining items of your request.

Thanks,
X Legal

On Tue, Sep 3, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Under Article 44-7 of the Network Act we request that you remove or
> block access to the following four items, which advertise the sale of
> narcotics:
>
> 1. {X[1]}
> 2. {X[2]}
> 3. {X[3]}
> 4. {X[4]}
>
> Please reply by 10 September 2024.
> KCSC Takedown
""",
)

case(
    name="x-account-suspended-and-post-removed",
    outcome="applied",
    imitates="X Safety reply: account suspended for regulated-goods violation, post removed",
    why="suspended account = removed (unavailable everywhere); post removed explicitly",
    items={X[4]: "removed", X[3]: "removed"},
    **{"from": "safety-noreply@x.com"},
    name_from="X Safety",
    date=d("2024-09-06 07:55"),
    subject="Your report about @gangnam_candy_shop [KCSC-240903-02]",
    body=f"""
Hello,

We have suspended the account @gangnam_candy_shop
({X[4]}) for violating our rules on illegal or certain
regulated goods and services.

The post {X[3]} has also been removed.

You can learn more about our enforcement options at
https://help.x.com/en/rules-and-policies/enforcement-options

X Safety
""",
)

case(
    name="x-no-violation-bulleted",
    outcome="applied",
    imitates="X reply declining to act: posts do not violate the X Rules and no basis under local law",
    why="explicit refusal with reason for three listed posts = rejected",
    items={X[1]: "rejected", X[2]: "rejected", X[3]: "rejected"},
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date=d("2024-09-09 06:40"),
    subject="Re: [KCSC-240903-02] Request to block drug sale adverts",
    reply_to_req="req.240903-02",
    body=f"""
Hello,

After careful review, we have determined that the posts below do not
violate the X Rules, and we did not find a sufficient basis under
applicable local law to withhold them. We are therefore not taking
action on them:

  * {X[1]}
  * {X[2]}
  * {X[3]}

If you have additional information, such as a court order, you may file
a new request at https://legalrequests.x.com.

X Legal
""",
)

case(
    name="x-statement-of-reasons-two",
    outcome="applied",
    imitates="X DSA-style notice of action taken (reported content / action taken / basis fields)",
    why="one post removed globally; the other 'no action: does not violate' = rejected",
    items={X[3]: "removed", X[2]: "rejected"},
    **{"from": "notices@x.com"},
    name_from="X Notices",
    date=d("2024-09-08 12:00"),
    subject="Decision on your report KCSC-240903-02",
    body=f"""
Decision on your report

Reported content: {X[3]}
Action taken:     Removal of the post
Scope:            Global
Basis:            Violation of the X Rules (illegal or certain regulated
                  goods or services)

Reported content: {X[2]}
Action taken:     None. The post does not violate the X Rules or
                  applicable law.

You may appeal this decision within 6 months at https://help.x.com/forms.
""",
)

case(
    name="x-under-review",
    outcome="review",
    review="not_understood",
    imitates="X legal 'your report is currently under review' update naming the posts",
    why="'under review' is no statement; named items stay pending",
    items={X[1]: "pending", X[2]: "pending"},
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date=d("2024-09-04 02:30"),
    subject="Re: [KCSC-240903-02] Request to block drug sale adverts",
    reply_to_req="req.240903-02",
    body=f"""
Hello,

Your request concerning the posts below is currently under review by our
legal team:

{X[1]}
{X[2]}

We will notify you of the outcome as soon as our review is complete.

X Legal
""",
)

case(
    name="x-dkim-fail",
    outcome="review",
    review="untrusted",
    auth="fail",
    imitates="X legal outcome email whose DKIM/DMARC failed at our MX",
    why="a platform domain failing authentication cannot change statuses",
    items={X[1]: "pending", X[2]: "pending"},
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date=d("2024-09-07 04:12"),
    subject="Re: [KCSC-240903-02] Request to block drug sale adverts",
    body=f"""
Hello,

We have removed the following posts for violating the X Rules:

{X[1]}
{X[2]}

X Legal
""",
)

case(
    name="x-out-of-office",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook-style automatic reply from an X legal staffer",
    why="out-of-office auto-reply",
    extra_headers=AUTO,
    **{"from": "j.kestrel@x.com"},
    name_from="Jamie Kestrel",
    date=d("2024-09-03 11:01"),
    subject="Automatic reply: [KCSC-240903-02] Request to block drug sale adverts",
    body="""
Thank you for your message. I am out of the office until Monday,
16 September, with limited access to email.

For legal requests, please use https://legalrequests.x.com so that your
request reaches the on-call team.

Jamie
""",
)

# ===== Meta (KCSC-240904-03, 5 items) ==================================

case(
    name="meta-instagram-dsa-statement",
    outcome="applied",
    imitates="Instagram 'we removed content you reported' notice with DSA statement-of-reasons fields",
    why="removal of the named post, worldwide",
    items={M[3]: "removed"},
    **{"from": "no-reply@instagram.com"},
    name_from="Instagram",
    date=d("2024-09-05 21:33"),
    subject="We removed the post you reported",
    body=f"""
We removed the post you reported

Content: {M[3]}

Decision: We removed this post from Instagram.
Why: It goes against our Community Guidelines on adult sexual
exploitation, which include sharing intimate imagery of a person without
their consent, including images made or altered with AI.
Territorial scope: worldwide
How we made this decision: our review team looked at the content.

The account holder has been told about this decision and can appeal.

Learn more in the Help Center: https://help.instagram.com/477434105621119

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
)

case(
    name="meta-local-law-numbered",
    outcome="applied",
    imitates="Meta 'content restricted based on local law' reply to a government request, numbered list",
    why="two items restricted in South Korea, one account address that does not exist = not_found",
    items={M[1]: "restricted", M[2]: "restricted", M[5]: "not_found"},
    **{"from": "records-noreply@facebookmail.com"},
    name_from="Meta Government Requests",
    date=d("2024-09-09 18:05"),
    subject="Your request KCSC-240904-03",
    body=f"""
Hello,

Thank you for your request. After review, we have restricted access in
South Korea to the following content, based on local law:

1. {M[1]}
2. {M[2]}

The following link does not lead to any content on Instagram; no account
exists at this address:

3. {M[5]}

More information about how we assess requests based on local law is
available in our Transparency Center:
https://transparency.meta.com/enforcement/taking-action/

Kind regards,
Meta Government Requests
""",
)

case(
    name="meta-reel-and-account-angle-brackets",
    outcome="applied",
    imitates="Instagram Trust & Safety reply with URLs in angle brackets (plain-text rendering of links)",
    why="reel removed and account disabled = both removed",
    items={M[4]: "removed", M[5]: "removed"},
    **{"from": "support@instagram.com"},
    name_from="Instagram Support",
    date=d("2024-09-07 02:48"),
    subject="Re: Report about non-consensual AI imagery [KCSC-240904-03]",
    body=f"""
Hi there,

We've removed the reel <{M[4]}> and
disabled the account <{M[5]}> for going
against our Community Guidelines on non-consensual intimate imagery.

Thanks for your report.

Instagram Support <https://help.instagram.com/>
""",
)

case(
    name="meta-outlook-top-posted",
    outcome="applied",
    imitates="Meta staffer's Outlook reply above '-----Original Message-----' with the request quoted unmarked",
    why="top part: group post removed, profile kept (rejected); the quoted request below is not a statement",
    items={M[1]: "removed", M[2]: "rejected"},
    **{"from": "jordan.vale@meta.com"},
    name_from="Jordan Vale",
    date=d("2024-09-10 09:26"),
    subject="RE: [KCSC-240904-03] Removal request",
    reply_to_req="req.240904-03",
    body=f"""
Hi team,

Following up on your request: the group post
{M[1]} has been removed.

The profile {M[2]} was reviewed and
does not go against our Community Standards or local law, so it remains
on Facebook.

Best,
Jordan Vale
Global Operations, Meta

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 3:00 PM
To: records@meta.com
Subject: [KCSC-240904-03] Removal request

Dear Meta,

Please remove or block access to the following five items, which share
synthetic intimate images of real people:

{M[1]}
{M[2]}
{M[3]}
{M[4]}
{M[5]}

KCSC Takedown
""",
)

case(
    name="meta-hedged-may-have-been",
    outcome="review",
    review="not_understood",
    imitates="Meta support reply guessing the content may already be gone, promising to check the rest",
    why="'appears ... may have already been removed' is a hedge; nothing decided",
    items={M[3]: "pending", M[4]: "pending"},
    **{"from": "support@instagram.com"},
    name_from="Instagram Support",
    date=d("2024-09-05 06:10"),
    subject="Re: [KCSC-240904-03] Removal request",
    reply_to_req="req.240904-03",
    body=f"""
Hi,

Thanks for getting in touch. It appears that the post at
{M[3]} may have already been removed,
possibly by the account holder. We are still checking the reel at
{M[4]} and will get back to you.

Instagram Support
""",
)

case(
    name="meta-lookalike-domain",
    outcome="review",
    review="unknown_sender",
    imitates="outcome email from a look-alike 'Meta legal response' domain not configured for any platform",
    why="sender domain is no platform's; statements cannot be applied",
    items={M[1]: "pending", M[2]: "pending"},
    **{"from": "notice@meta-legal-response.com"},
    name_from="Meta Legal Response",
    date=d("2024-09-06 14:44"),
    subject="Your request KCSC-240904-03 has been processed",
    body=f"""
Dear Sir or Madam,

Your request KCSC-240904-03 has been processed. We removed the following
content:

{M[1]}
{M[2]}

Meta Legal Response Team
""",
)

case(
    name="meta-process-notice-no-claims",
    outcome="review",
    review="no_claims",
    imitates="Meta notice to government requesters about a change of intake channel",
    why="trusted Meta mail naming no item and no request",
    **{"from": "records-noreply@facebookmail.com"},
    name_from="Meta Government Requests",
    date=d("2024-09-13 08:00"),
    subject="Changes to how we receive content restriction requests",
    body="""
Hello,

From 1 October 2024, requests to restrict content based on local law in
the Republic of Korea should be submitted through our government request
portal rather than by email. Requests sent by email after that date may
take longer to process.

You can register for the portal at https://www.facebook.com/records
using your official email address.

Thank you,
Meta Government Requests
""",
)

case(
    name="meta-dsn-bounce",
    outcome="ignored",
    classification="bounce",
    auth="none",
    imitates="Postfix delivery status notification returning our request to Meta, original attached",
    why="bounce (DSN), whatever it quotes",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    date=d("2024-09-04 15:02"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-790"

--dsn-790
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<records@meta.example>: host mx.meta.example[203.0.113.25] said: 550 5.1.1
    <records@meta.example>: Recipient address rejected: User unknown

--dsn-790
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed,  4 Sep 2024 15:00:01 +0900 (KST)

Final-Recipient: rfc822; records@meta.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <records@meta.example>: Recipient address
    rejected: User unknown

--dsn-790
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: records@meta.example
Subject: [KCSC-240904-03] Removal request
Date: Wed, 04 Sep 2024 15:00:00 +0900
Message-ID: <req.240904-03@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear Meta,

Please remove or block access to the following items:

{M[1]}
{M[2]}
{M[3]}

KCSC Takedown

--dsn-790--
""",
)

# ===== TikTok (KCSC-240905-04, 3 items) ================================

case(
    name="tiktok-url-then-status-lines",
    outcome="applied",
    imitates="TikTok report-outcome email: each reported item followed by a 'Status:' line",
    why="removed / no violation (rejected) / account banned (removed)",
    items={T[1]: "removed", T[2]: "rejected", T[3]: "removed"},
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date=d("2024-09-08 16:37"),
    subject="Update on your report (KCSC-240905-04)",
    body=f"""
Thank you for your report. Here is the outcome for each item:

{T[1]}
Status: Removed - violates our Community Guidelines (gambling)

{T[2]}
Status: No violation found - the video stays on TikTok

{T[3]}
Status: Account banned

You can check the status of reports you have made in the Safety Center
in the TikTok app.

TikTok Trust & Safety
""",
)

case(
    name="tiktok-geo-restricted-kr",
    outcome="applied",
    imitates="TikTok local-law decision: video restricted in the requesting country only",
    why="availability restricted in the Republic of Korea = restricted",
    items={T[2]: "restricted"},
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal",
    date=d("2024-09-10 11:25"),
    subject="RE: KCSC-240905-04 - local law request",
    reply_to_req="req.240905-04",
    body=f"""
Dear KCSC,

We have reviewed the video at
{T[2]}
against the local laws you cited. As the content was found to be unlawful
in the Republic of Korea, we have restricted its availability in the
Republic of Korea. It remains available in other regions, since it does
not violate our Community Guidelines.

Regards,
TikTok Legal
""",
)

case(
    name="tiktok-bilingual-korean-particles",
    outcome="applied",
    imitates="TikTok Korea staff reply: English decision plus Korean summary with URLs followed by particles and full-width punctuation",
    why="video removed and account permanently banned, stated in both languages",
    items={T[1]: "removed", T[3]: "removed"},
    **{"from": "kr-safety@tiktok.com"},
    name_from="TikTok Korea Safety",
    date=d("2024-09-09 14:12"),
    subject="Re: [KCSC-240905-04] 불법 도박 홍보 콘텐츠 조치 요청",
    reply_to_req="req.240905-04",
    body=f"""
Hello,

The account {T[3]} has been permanently
banned, and the video {T[1]} has been
removed for violating our Community Guidelines on gambling.

[요약]
{T[1]}의 동영상은 삭제되었고,
{T[3]}계정은 영구 정지되었습니다。

Best regards,
TikTok Korea Safety Team
""",
)

case(
    name="tiktok-all-removed-bulk",
    outcome="review",
    review="bulk",
    imitates="TikTok one-line closure 'all content in your request has been removed'",
    why="statement about all items of a three-item request without naming them",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending"},
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal",
    date=d("2024-09-11 09:40"),
    subject="RE: KCSC-240905-04 - local law request",
    reply_to_req="req.240905-04",
    body="""
Dear KCSC,

All the content listed in your request KCSC-240905-04 has been removed
from TikTok for violating our Community Guidelines.

Regards,
TikTok Legal
""",
)

case(
    name="tiktok-conditional-removal",
    outcome="review",
    review="not_understood",
    imitates="TikTok 'if we find a violation, the video will be removed' report receipt naming the video",
    why="a condition and a promise: no statement about the named video",
    items={T[1]: "pending"},
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date=d("2024-09-05 10:52"),
    subject="We received your report (KCSC-240905-04)",
    body=f"""
Thanks for your report about
{T[1]}

Our team will review it. If we find that the video violates our Community
Guidelines, it will be removed and we'll let you know in your inbox.

TikTok Trust & Safety
""",
)

case(
    name="tiktok-not-our-platform",
    outcome="review",
    review="wrong_platform",
    imitates="TikTok reply that a forwarded link is not on TikTok and could not be located",
    why="TikTok speaks about an Instagram item of the Meta request",
    items={M[4]: "pending"},
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal",
    date=d("2024-09-06 10:03"),
    subject="RE: content not on TikTok",
    body=f"""
Dear KCSC,

We were unable to locate the following content on TikTok:
{M[4]}

The link belongs to another service. Please direct your request to the
operator of that service.

Regards,
TikTok Legal
""",
)

case(
    name="tiktok-read-receipt",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a TikTok legal staffer",
    why="message disposition notification",
    **{"from": "h.marlow@tiktok.com"},
    name_from="Harper Marlow",
    date=d("2024-09-05 11:40"),
    subject="Read: [KCSC-240905-04] Request to remove gambling promotion",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-790"

--mdn-790
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@tiktok.com
  Subject: [KCSC-240905-04] Request to remove gambling promotion
  Sent: Thursday, September 5, 2024 10:30 AM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 11:40 AM (UTC+09:00) Seoul.

--mdn-790
Content-Type: message/disposition-notification

Reporting-UA: outlook.tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;h.marlow@tiktok.com
Original-Message-ID: <req.240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-790--
""",
)

# ===== Reddit (KCSC-240906-05, 2 items) ================================

case(
    name="reddit-safety-removed-both",
    outcome="applied",
    imitates="Reddit Safety 'after investigating, we've removed the content' reply naming each link",
    why="both named links removed",
    items={R[1]: "removed", R[2]: "removed"},
    **{"from": "noreply@reddit.com"},
    name_from="Reddit Safety",
    date=d("2024-09-08 04:20"),
    subject="Re: Report of personal information [KCSC-240906-05]",
    body=f"""
Hi,

Thanks for reaching out. After investigating, we've removed the
following content for violating Reddit's rule against sharing personal
or confidential information:

- {R[1]}
- {R[2]}

We've also taken action against the account involved.

Thanks for helping keep Reddit safe,
Reddit Safety
""",
)

case(
    name="reddit-qp-wrapped-url",
    outcome="applied",
    imitates="Reddit admin reply with a quoted-printable body (long URL split by a soft line break)",
    why="one post removed, the other already deleted by its author = not_found",
    items={R[1]: "removed", R[2]: "not_found"},
    **{"from": "admin-replies@reddit.com"},
    name_from="Reddit Admins",
    date=d("2024-09-09 01:55"),
    subject="Your report to Reddit (KCSC-240906-05)",
    raw_mime=text_qp(f"""Hello,

We reviewed the two links in your report.

The post {R[1]} has been removed by our Safety team for posting personal information.

The post {R[2]} was deleted by its author before we reviewed it, so there was nothing left for us to action.

Reddit Admins
"""),
)

case(
    name="reddit-echoed-report",
    outcome="applied",
    imitates="Reddit report-outcome email that echoes the submitted report before the outcome",
    why="the echoed report names one link; the outcome states it was removed",
    items={R[2]: "removed"},
    **{"from": "noreply@redditmail.com"},
    name_from="Reddit",
    date=d("2024-09-10 22:08"),
    subject="An update on your report",
    body=f"""
Your report
-----------
Reported link: {R[2]}
Reason:        Sharing personal information
Submitted:     September 6, 2024

Outcome
-------
After review, our Safety team found that this content violated Reddit's
Content Policy, and it has been removed.

Thanks for submitting a report. Reports like yours help keep Reddit a
safer place. See https://support.reddithelp.com/hc/en-us for more.
""",
)

case(
    name="reddit-summary-contradicts-details",
    outcome="review",
    review="conflicting_statements",
    imitates="Reddit templated outcome whose summary line and detail paragraph disagree",
    why="'Result: Content removed' but the details say the post does not violate and will remain",
    items={R[1]: "pending"},
    **{"from": "noreply@reddit.com"},
    name_from="Reddit Safety",
    date=d("2024-09-11 03:30"),
    subject="Report result [KCSC-240906-05]",
    body=f"""
Result: Content removed

Details:
We reviewed {R[1]}
and found that it does not violate Reddit's Content Policy. It will
remain on the site.

Reddit Safety
""",
)

case(
    name="reddit-out-of-office",
    outcome="ignored",
    classification="auto_reply",
    imitates="vacation auto-reply from a Reddit legal operations address",
    why="out-of-office auto-reply",
    extra_headers=["Auto-Submitted: auto-replied"],
    **{"from": "legalops@reddit.com"},
    name_from="Reddit Legal Operations",
    date=d("2024-09-06 16:21"),
    subject="Out of office Re: [KCSC-240906-05] Removal of doxxing posts",
    body="""
Hi,

Our legal operations inbox is not monitored from September 6 to
September 9 due to a company holiday. Your email will be read when we
return. For urgent safety matters, please use https://www.reddit.com/report.

Reddit Legal Operations
""",
)

# ===== Discord (KCSC-240909-06, 1 item) ================================

case(
    name="discord-server-removed",
    outcome="applied",
    imitates="Discord Trust & Safety reply: server behind the reported invite removed",
    why="server removed from Discord, invite named",
    items={D[1]: "removed"},
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date=d("2024-09-11 05:14"),
    subject="Re: [#41882307] Report: non-consensual intimate media",
    body=f"""
Hello,

Thanks for your report regarding the server reached through the invite
{D[1]}.

Our Safety team has investigated and removed the server from Discord for
violating our Community Guidelines on non-consensual intimate media. The
invite link is no longer active.

Discord Trust & Safety
""",
)

case(
    name="discord-one-item-no-url",
    outcome="applied",
    imitates="Discord ticket reply in the request thread: 'we've removed the server named in your request'",
    why="statement without URL, answering a one-item request by its reference = applies",
    items={D[1]: "removed"},
    **{"from": "support@discord.com"},
    name_from="Discord",
    date=d("2024-09-12 02:47"),
    subject="Re: [KCSC-240909-06] Removal request - server invite",
    reply_to_req="req.240909-06",
    body="""
Hi there,

We've reviewed the server named in your request KCSC-240909-06 and have
removed it from Discord.

Thank you for helping keep Discord safe.

Discord Safety Team
""",
)

case(
    name="discord-zendesk-receipt",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk-style 'your request has been received and is being reviewed' receipt",
    why="pure acknowledgement with a ticket number",
    extra_headers=["Auto-Submitted: auto-generated"],
    **{"from": "support@discord.com"},
    name_from="Discord",
    date=d("2024-09-09 09:41"),
    subject="[#41882307] Re: [KCSC-240909-06] Removal request - server invite",
    body="""
##- Please type your reply above this line -##

Your request (41882307) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from Discord.
""",
)

# ===== Twitch (KCSC-240910-07, 2 items) ================================

case(
    name="twitch-suspended-and-vod-kept",
    outcome="applied",
    imitates="Twitch enforcement reply: channel indefinitely suspended, past broadcast reviewed and left up",
    why="suspended channel = removed; VOD 'does not violate ... remains' = rejected",
    items={W[1]: "removed", W[2]: "rejected"},
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Safety",
    date=d("2024-09-12 06:33"),
    subject="Re: [KCSC-240910-07] Live slot gambling streams",
    reply_to_req="req.240910-07",
    body=f"""
Hi,

The channel {W[1]} has been indefinitely
suspended for violating our Community Guidelines on gambling and is no
longer accessible on Twitch.

The past broadcast {W[2]} was reviewed and
does not violate our guidelines; it remains available.

Twitch Safety Operations
""",
)

case(
    name="twitch-vod-deleted-by-broadcaster",
    outcome="applied",
    imitates="Twitch reply that a reported VOD no longer exists",
    why="video does not exist, deleted by the broadcaster = not_found",
    items={W[2]: "not_found"},
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Safety",
    date=d("2024-09-11 20:10"),
    subject="Re: [KCSC-240910-07] Live slot gambling streams",
    reply_to_req="req.240910-07",
    body=f"""
Hello,

1) {W[2]}
   This video does not exist. It was deleted by the broadcaster before
   our review.

We are continuing to look into the channel you reported.

Twitch Safety Operations
""",
)

case(
    name="twitch-both-items-bulk",
    outcome="review",
    review="bulk",
    imitates="Twitch short closure 'we've taken action on both items you reported'",
    why="'both' items actioned without naming each, two-item request",
    items={W[1]: "pending", W[2]: "pending"},
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Safety",
    date=d("2024-09-13 07:05"),
    subject="Re: [KCSC-240910-07] Live slot gambling streams",
    reply_to_req="req.240910-07",
    body="""
Hi,

We've taken action on both of the items you reported in KCSC-240910-07.
Thanks for letting us know.

Twitch Safety Operations
""",
)

# ===== Snapchat (no request) ===========================================

case(
    name="snapchat-report-received",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Snap 'thanks for your report, we've received it' receipt",
    why="pure acknowledgement, names nothing",
    **{"from": "no-reply@snapchat.com"},
    name_from="Snapchat Support",
    date=d("2024-09-13 12:30"),
    subject="We've received your report",
    body="""
Hi,

Thanks for reaching out to Snapchat Support. We've received your report
and our team will look into it. There's no need to submit it again.

Team Snapchat
https://help.snapchat.com
""",
)


HEADER = """# Blind set 790 (tests/corpus/blind790/): English notices from many
# platforms (YouTube/Google, X, Meta/Instagram, TikTok, Reddit, Discord,
# Twitch, Snapchat). Written from each email's meaning before any run of the
# reader. Generated by make.py; do not edit by hand.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
