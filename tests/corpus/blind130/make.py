#!/usr/bin/env python3
"""Blind set 130: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Telegram, Snapchat and Pinterest mail
that concerns no request of theirs).

Deterministic: `python3 tests/corpus/blind130/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from each email's meaning alone, before any run of the reader.
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

SET = "blind130"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/dawn_relay88/status/1830412765501234101",
    "https://x.com/dawn_relay88/status/1830419923376540112",
    "https://x.com/pine_lantern_kr/status/1830502218764398777",
    "https://x.com/pine_lantern_kr/status/1830507734411223045",
    "https://x.com/mossgate_ops/status/1830611102938475520",
    "https://x.com/mossgate_ops",
    "https://x.com/quietferry_21/status/1830720048812367891",
    "https://x.com/quietferry_21/status/1830722291045672960",
    "https://twitter.com/lumen_basket/status/1829987761209348610",
    "https://x.com/lumen_basket/status/1830011124598302721",
    "https://x.com/harrow_tide/status/1830833305672118272",
    "https://x.com/harrow_tide/status/1830840017263349760",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8rLx2A",
    "https://youtu.be/Hk7pW0zRn5E",
    "https://www.youtube.com/shorts/Zt4bN9cQe1M",
    "https://www.youtube.com/@greyorchard_tv",
]
META = [
    "https://www.facebook.com/groups/2094837716652201/posts/2101938847712093/",
    "https://www.facebook.com/silverbarn.trade/posts/pfbid0Lq8rT2mZv9",
    "https://www.instagram.com/p/C9xR4tLmQ2a/",
    "https://www.instagram.com/reel/C9zK8wPnH5b/",
    "https://www.instagram.com/amber_quay_store/",
]
TT = [
    "https://www.tiktok.com/@ridge.loom/video/7409123456789012345",
    "https://www.tiktok.com/@ridge.loom/video/7409198765432109876",
    "https://www.tiktok.com/@cobalt_marsh88",
]
RD = [
    "https://www.reddit.com/r/kbuyzone/comments/1f5xk2q/new_batch_available/",
    "https://www.reddit.com/r/kbuyzone/comments/1f6a9zt/",
]
DC = ["https://discord.gg/fernvault"]
TW = [
    "https://www.twitch.tv/videos/2240517733",
    "https://www.twitch.tv/hollowbrook_live/clip/SpicyBraveOtterKappa-x3Yz9",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", X,
     "illegal_goods", "largest request: posts and one account"),
    ("KCSC-240903-02", "youtube", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", YT,
     "gambling", "videos, a short and a channel"),
    ("KCSC-240904-03", "meta", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00", META,
     "illegal_goods", "Facebook and Instagram items"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", TT,
     "drugs", "two videos and an account"),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:15:00+09:00", "2024-09-13T18:00:00+09:00", RD,
     "illegal_goods", "two posts"),
    ("KCSC-240909-06", "discord", "2024-09-09T16:00:00+09:00", "2024-09-16T18:00:00+09:00", DC,
     "illegal_goods", "one server invite"),
    ("KCSC-240910-07", "twitch", "2024-09-10T13:00:00+09:00", "2024-09-17T18:00:00+09:00", TW,
     "gambling", "a VOD and a clip"),
]


def msgid(ref):
    return "req." + ref + "@kcsc.example"


def rid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def request_text(ref, platform_name, urls, due):
    lines = [f"Dear {platform_name} team,", "",
             "The Korea Communications Standards Commission requests the removal of",
             f"the following {len(urls)} item(s) under reference {ref}, which were found",
             "to be illegal under Korean law. Please act by " + due + " and tell us",
             "the outcome for each URL.", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Korea Communications Standards Commission", "takedown@kcsc.example"]
    return lines


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ X
case(
    name="x-withheld-kr-numbered",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 07:12:44 +0000",
    subject="Re: [KCSC-240902-01] Removal request - outcome (part 1)",
    reply_to_req=rid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your report submitted on behalf of the Korea Communications
Standards Commission.

We reviewed the reported content against applicable Korean law. In response
to your request, X has withheld the following posts in South Korea:

1. {X[0]}
2. {X[1]}
3. {X[2]}
4. {X[3]}

These posts remain visible outside South Korea. We will write to you
separately about the other URLs in your report.

You can read more about country withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email announcing country-withheld posts (CWC policy)",
    why="Four numbered posts explicitly withheld in South Korea; the help-centre link is not an item.",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "restricted"},
)

case(
    name="x-html-table-mixed",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 09:40:02 +0000",
    subject="Re: [KCSC-240902-01] Removal request - outcome (part 2)",
    reply_to_req=rid("KCSC-240902-01"),
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please find below the actions taken on further items of your request <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td>{X[4]}</td><td>Removed &ndash; violation of the X Rules (illegal or certain regulated goods and services)</td></tr>
<tr><td>{X[5]}</td><td>Account suspended</td></tr>
<tr><td>{X[6]}</td><td>Withheld in KR</td></tr>
<tr><td>{X[7]}</td><td>No action taken &ndash; the post does not violate the X Rules or applicable law</td></tr>
</table>
<p>If you have further questions, reply to this email and keep the reference in the subject line.</p>
<p>Regards,<br>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-support outcome email with an HTML table of URL / action taken",
    why="Table rows: removed, account suspended (removed), withheld in KR (restricted), no action because no violation (rejected).",
    items={X[4]: "removed", X[5]: "removed", X[6]: "restricted", X[7]: "rejected"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-support@x.com"}, name_from="X Legal Operations",
    date="Mon, 09 Sep 2024 02:05:19 +0000",
    subject="KCSC-240902-01: outcome for remaining items",
    body=f"""
Hi,

Please find below the outcome for two more items of your report
KCSC-240902-01.

{X[8]}
Status: Not actioned - we were unable to locate this post. It had already
been deleted by the account holder.

{X[9]}
Status: Withheld in Republic of Korea

Kind regards,
Legal Operations, X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal operations reply listing bare URLs with a 'Status:' line under each",
    why="Status line below each URL: the first was already deleted by its author (not_found), the second withheld in Korea.",
    items={X[8]: "not_found", X[9]: "restricted"},
)

case(
    name="x-top-posted-gmail-quote",
    **{"from": "mara.lindqvist@x.com"}, name_from="Mara Lindqvist",
    date="Mon, 09 Sep 2024 05:31:10 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of 12 items",
    reply_to_req=rid("KCSC-240902-01"),
    body=f"""
Hello KCSC team,

Following our review:

- {X[10]} has been removed for violating our rules on illegal or certain
  regulated goods and services.
- {X[11]} was reviewed under the X Rules and Korean law. We found no
  violation, so we have not taken action on it.

Best,
Mara
X Legal Support

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240902-01", "X Legal", X, "9 September 2024"))}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal support agent's Gmail-style top-posted reply over the quoted request",
    why="Two items stated above the quote (removed; no violation so no action = rejected); the quoted 12 URLs say nothing.",
    items={X[10]: "removed", X[11]: "rejected"},
)

case(
    name="x-dsa-statement-of-reasons",
    **{"from": "noreply@x.com"}, name_from="X",
    date="Sat, 07 Sep 2024 11:00:00 +0000",
    subject="Notice of action taken on reported content (your ref. KCSC-240902-01)",
    body=f"""
This notice sets out the decision we took on content you reported.

Content:            {X[2]}
Decision:           Access to this content has been restricted in the
                    Republic of Korea.
Type of measure:    Country withholding (restriction of visibility)
Basis:              Reported as illegal under the law of the Republic of
                    Korea. The decision relies on local law, not on the X
                    Rules.
Territorial scope:  Republic of Korea
Automated means:    No automated means were used in taking this decision.

Redress: the account holder may contest this decision through our appeal
form (https://help.x.com/forms/appeal-withheld). Information on
out-of-court dispute settlement is available at
https://help.x.com/en/rules-and-policies/dsa-redress.

X
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17-style statement of reasons sent to the notifier (X country withholding)",
    why="One named post, access restricted in Korea; appeal and redress links are platform pages, not items.",
    items={X[2]: "restricted"},
)

case(
    name="x-outlook-original-message",
    **{"from": "leo.brandt@x.com"}, name_from="\"Brandt, Leo\"",
    date="Tue, 10 Sep 2024 01:22:37 +0000",
    subject="RE: [KCSC-240902-01] Request for removal of 12 items",
    reply_to_req=rid("KCSC-240902-01"),
    body=f"""
Update on KCSC-240902-01:

The following posts have been removed for violating the X Rules:
{X[0]}
{X[6]}

In addition, the account {X[5]} has been permanently suspended.

Regards,
Leo Brandt
Legal Policy, X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240902-01] Request for removal of 12 items

""" + "\n".join(request_text("KCSC-240902-01", "X Legal", X, "9 September 2024")),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from an X legal policy employee above '-----Original Message-----'",
    why="Two posts removed and one account permanently suspended above the unquoted original request.",
    items={X[0]: "removed", X[6]: "removed", X[5]: "removed"},
)

case(
    name="x-headed-groups",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 08:48:51 +0000",
    subject="Re: [KCSC-240902-01] Removal request - outcome (part 3)",
    reply_to_req=rid("KCSC-240902-01"),
    body=f"""
Hello,

We have completed our review of the items below.

Withheld in the Republic of Korea:
{X[7]}
{X[9]}

Removed (violation of the X Rules):
{X[11]}

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome email grouping URLs under action headings",
    why="Two URLs under the 'Withheld in the Republic of Korea' heading, one under 'Removed'.",
    items={X[7]: "restricted", X[9]: "restricted", X[11]: "removed"},
)

case(
    name="x-promise-will-withhold",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 03:15:00 +0000",
    subject="Re: [KCSC-240902-01] Removal request",
    reply_to_req=rid("KCSC-240902-01"),
    body=f"""
Hello,

We have received your request KCSC-240902-01 and it is being processed.

Once our legal review is complete, which we expect within the next 24 to
48 hours, the posts below will be withheld in South Korea:

{X[0]}
{X[1]}

We will confirm the final outcome for every URL in a separate email.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing a future withholding",
    why="Only a promise ('will be withheld' once the review is complete); nothing has happened yet.",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-auth-fail-removed",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    auth="fail",
    date="Thu, 12 Sep 2024 16:02:11 +0000",
    subject="Re: [KCSC-240902-01] Removal request - final outcome",
    body=f"""
Hello,

The following posts have been removed from X:

{X[4]}
{X[10]}

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email whose DKIM/SPF/DMARC fail (spoofed or broken relay)",
    why="Clear statements, but the x.com sender fails authentication, so nothing may change.",
    items={X[4]: "pending", X[10]: "pending"},
)

case(
    name="x-ooo-employee",
    **{"from": "leo.brandt@x.com"}, name_from="\"Brandt, Leo\"",
    date="Mon, 02 Sep 2024 01:03:40 +0000",
    subject="Automatic reply: [KCSC-240902-01] Request for removal of 12 items",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 9 September
with limited access to email.

Legal requests should be submitted through our legal request portal so
that they are handled without delay. For anything urgent, please contact
the team mailbox.

Leo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from an X employee",
    why="Out-of-office auto-reply; says nothing about any item.",
    items={},
)

# ================================================================ YouTube
case(
    name="yt-legal-removed-and-blocked",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 04:30:12 +0000",
    subject="Re: [KCSC-240903-02] Legal removal request",
    reply_to_req=rid("KCSC-240903-02"),
    body=f"""
Hello,

Thanks for reaching out to YouTube. We have completed our review of your
request KCSC-240903-02.

Based on our review, we removed the following content for violating
YouTube's Community Guidelines:
{YT[0]}
{YT[1]}

We also blocked the following content from view in South Korea based on
local law:
{YT[2]}

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support outcome (removed under Community Guidelines / blocked locally)",
    why="Two videos removed, one short blocked in South Korea (restricted).",
    items={YT[0]: "removed", YT[1]: "removed", YT[2]: "restricted"},
)

case(
    name="yt-channel-terminated",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 06:11:09 +0000",
    subject="Re: [KCSC-240903-02] Legal removal request - channel",
    reply_to_req=rid("KCSC-240903-02"),
    body=f"""
Hi,

We reviewed the channel you reported. The channel
{YT[3]} has been terminated for repeated violations of our spam, deceptive
practices and scams policies.

You can find more about this policy at
https://support.google.com/youtube/answer/2801973

Best regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice relayed by legal support",
    why="The named channel has been terminated (removed); the support.google.com page is a policy link.",
    items={YT[3]: "removed"},
)

_yt_qp_text = f"""Hello,

Thank you for your patience while we reviewed the remaining items in your request KCSC-240903-02.

The Short at {YT[2]} has been age-restricted. It can no longer be viewed by signed-out users or by users under 18.

The video at {YT[1]} is no longer on YouTube: it was deleted by the uploader before our review began, so there was nothing left for us to act on.

Sincerely,
The YouTube Team
"""
case(
    name="yt-qp-age-restricted-deleted",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    date="Mon, 09 Sep 2024 07:45:33 +0000",
    subject="Update on your request KCSC-240903-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_yt_qp_text),
    outcome="applied", classification="confirmation",
    imitates="YouTube notification email (quoted-printable) about an age restriction",
    why="Age restriction is restricted; a video deleted by its uploader before review is not_found.",
    items={YT[2]: "restricted", YT[1]: "not_found"},
)

case(
    name="yt-no-action-rejected",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 03:05:50 +0000",
    subject="Re: [KCSC-240903-02] Legal removal request",
    reply_to_req=rid("KCSC-240903-02"),
    body=f"""
Hello,

After careful review, we have decided not to take action on
{YT[1]}. The content does not violate our Community Guidelines and, based
on the information provided, we could not determine that it is unlawful in
South Korea. The video remains available on YouTube.

If you have additional information, such as a court order, you can submit a
new request through our legal webform.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal 'we have decided not to take action' reply",
    why="Explicit refusal with reasons; the video stays up (rejected). The invitation to file a new request is not a request for information about this one.",
    items={YT[1]: "rejected"},
)

case(
    name="yt-gmail-blocked-one",
    **{"from": "jae.whang@google.com"}, name_from="Jae Whang",
    date="Wed, 11 Sep 2024 00:52:14 +0000",
    subject="Re: [KCSC-240903-02] Legal removal request",
    reply_to_req=rid("KCSC-240903-02"),
    body=f"""
Hi KCSC team,

We've blocked {YT[0]} from view in South Korea in response to your legal
request. The other URLs in your request are still being reviewed.

Thanks,
Jae
YouTube Legal Support

On Tue, Sep 3, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240903-02", "YouTube Legal", YT, "10 September 2024"))}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal specialist's Gmail reply with the request quoted below",
    why="One video blocked in South Korea (restricted); the others are only quoted or 'still being reviewed'.",
    items={YT[0]: "restricted"},
)

case(
    name="yt-hedged-may-be-gone",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 08:20:00 +0000",
    subject="Re: [KCSC-240903-02] Legal removal request",
    reply_to_req=rid("KCSC-240903-02"),
    body=f"""
Hi,

A quick note while our review continues: it looks like the video at
{YT[1]} may already have been taken down by the uploader, and the channel
{YT[3]} appears to be inactive.

We'll confirm the status of each URL once our checks are complete.

Thanks,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim note with tentative observations",
    why="'may already have been taken down' and 'appears to be inactive' are hedges; confirmation promised later.",
    items={YT[1]: "pending", YT[3]: "pending"},
)

case(
    name="yt-ticket-receipt",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date="Tue, 03 Sep 2024 02:01:07 +0000",
    subject="[9-1402000036711] Your YouTube legal request has been received",
    body="""
Hello,

Thanks for contacting YouTube Legal Support. This is an automated message
to confirm that we have received your request. Your case ID is
9-1402000036711; please keep it in the subject line of any follow-up.

We review every request carefully and will get back to you as soon as we
can. Please don't reply to this message.

The YouTube Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal webform automated receipt with a case ID",
    why="Pure acknowledgement of receipt with a case number; no statement.",
    items={},
)

case(
    name="yt-law-firm-unknown-sender",
    **{"from": "j.whitlock@harbourline-law.example"}, name_from="Joanna Whitlock",
    date="Wed, 11 Sep 2024 06:40:00 +0000",
    subject="Your request KCSC-240903-02 - YouTube content of our client",
    body=f"""
Dear Sir or Madam,

We act for the operator of the YouTube channel named in your request
KCSC-240903-02.

Our client has voluntarily deleted the video at
{YT[0]}
and asks that the matter be treated as closed. Our client does not accept
that the content was unlawful.

Yours faithfully,
Joanna Whitlock
Harbourline Law
""",
    outcome="review", review="unknown_sender",
    imitates="Letter from the uploader's law firm answering the regulator directly",
    why="A third party (not the platform) claims deletion; it must not change the item.",
    items={YT[0]: "pending"},
)

# ================================================================ Meta
case(
    name="meta-legal-restricted-kr",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal",
    date="Fri, 06 Sep 2024 13:10:41 +0000",
    subject="Your report - KCSC-240904-03 - Our reference 1045582291",
    body=f"""
Hello,

Thank you for your report (your reference KCSC-240904-03, our reference
1045582291).

After review, we have restricted access in South Korea to the following
content, which was reported to be unlawful under local law:

  * {META[0]}
  * {META[2]}

This content remains available in other countries. We have notified the
people who posted it.

Meta Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' reply to a government takedown request",
    why="Two bulleted items restricted in South Korea.",
    items={META[0]: "restricted", META[2]: "restricted"},
)

case(
    name="meta-ig-removed-angle-brackets",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Sat, 07 Sep 2024 02:33:18 +0000",
    subject="We reviewed the content you reported",
    body=f"""
Hi,

Thanks for your report. We removed the post
<{META[2]}> and the reel <{META[3]}> because they go against our
Community Guidelines on the sale of regulated goods.

We use reports like yours to help keep Instagram safe.

Instagram Help Center: https://help.instagram.com/477434105621119

The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'we removed the content you reported' report outcome",
    why="Post and reel named in angle brackets and removed; the Help Center link is not an item.",
    items={META[2]: "removed", META[3]: "removed"},
)

_meta_csv = f"""content_url,decision,notes
{META[0]},Removed,Goes against the Community Standards
{META[1]},Restricted in KR,Local law
{META[3]},No action,Does not go against the Community Standards or local law
{META[4]},Content not found,Account no longer exists
"""
case(
    name="meta-csv-attachment",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal",
    date="Mon, 09 Sep 2024 10:05:27 +0000",
    subject="RE: KCSC-240904-03 - outcome",
    reply_to_req=rid("KCSC-240904-03"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==meta130=="

--==meta130==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please see the attached file for our decision on each URL in your report
KCSC-240904-03.

Meta Legal

--==meta130==
Content-Type: text/csv; charset=utf-8; name="KCSC-240904-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240904-03_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_meta_csv)}
--==meta130==--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta legal reply with a per-URL outcome CSV attachment",
    why="CSV rows: removed, restricted in KR, no action (rejected), account no longer exists (not_found).",
    items={META[0]: "removed", META[1]: "restricted", META[3]: "rejected", META[4]: "not_found"},
)

case(
    name="meta-couldnt-find-and-disabled",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    date="Tue, 10 Sep 2024 05:14:02 +0000",
    subject="Update on your legal report KCSC-240904-03",
    body=f"""
Hi,

We've looked into the content in your report.

We couldn't find the content at
{META[1]}
It may have been deleted by the person who shared it, or the link may be
incorrect.

The Instagram account {META[4]} has been disabled for going against our
Community Guidelines.

Thanks,
The Facebook Team
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook report-outcome email: 'we couldn't find the content' / account disabled",
    why="'We couldn't find the content' is a flat not_found statement (the 'may' only guesses why); the account is disabled (removed).",
    items={META[1]: "not_found", META[4]: "removed"},
)

case(
    name="meta-ig-statement-of-reasons",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Wed, 11 Sep 2024 09:09:09 +0000",
    subject="Decision on your report (ref. KCSC-240904-03)",
    body=f"""
Your report: decision

Content reported:      {META[3]}
Our decision:          We removed this content.
Why:                   It goes against our Community Guidelines on
                       restricted goods and services.
How we decided:        Reviewed by a person. Automated detection was not
                       used.
Legal ground reviewed: Korean law, as cited in your report.

If you disagree with this decision you can ask for it to be reviewed
again at https://help.instagram.com/contact/appeals or refer it to a
certified out-of-court dispute settlement body.

Instagram
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram DSA-style statement of reasons to a notifier",
    why="The one named reel was removed; the appeal page is not an item.",
    items={META[3]: "removed"},
)

case(
    name="meta-bulk-all-restricted",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal",
    date="Thu, 12 Sep 2024 07:00:45 +0000",
    subject="Your report - KCSC-240904-03",
    reply_to_req=rid("KCSC-240904-03"),
    body="""
Hello,

We have reviewed the content you reported under reference KCSC-240904-03
and have restricted access to all of it in South Korea on the basis of
local law.

Meta Legal
""",
    outcome="review", review="bulk",
    imitates="Meta legal one-line outcome covering a whole government report",
    why="'all of it' for a five-item request without naming any URL: bulk, held for a person.",
    items={u: "pending" for u in META},
)

case(
    name="meta-facebookmail-auth-fail",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    auth="fail",
    date="Thu, 12 Sep 2024 22:41:13 +0000",
    subject="Update on your legal report KCSC-240904-03",
    body=f"""
Hi,

We removed the content at {META[0]} because it goes against our
Community Standards.

Thanks,
The Facebook Team
""",
    outcome="review", review="untrusted",
    imitates="Facebook report-outcome email failing DMARC",
    why="The statement is clear, but facebookmail.com fails authentication.",
    items={META[0]: "pending"},
)

# ================================================================ TikTok
case(
    name="tiktok-numbered-three-outcomes",
    **{"from": "gov-requests@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Mon, 09 Sep 2024 03:30:00 +0000",
    subject="Re: KCSC-240905-04 Government removal request",
    reply_to_req=rid("KCSC-240905-04"),
    body=f"""
Dear KCSC,

Thank you for contacting TikTok. Our review of your request is complete:

1. {TT[0]}
   Removed globally for violating our Community Guidelines.
2. {TT[1]}
   Restricted in South Korea. The video does not violate our Community
   Guidelines, but we have restricted it in your country under local law.
3. {TT[2]}
   No action. After review, we found no violation of our Community
   Guidelines or of applicable law.

Kind regards,
TikTok Law Enforcement Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government removal request outcome (remove / restrict locally / reject)",
    why="Numbered list: removed, restricted in KR, no action because no violation (rejected).",
    items={TT[0]: "removed", TT[1]: "restricted", TT[2]: "rejected"},
)

_tt_html = f"""<html><body>
<p>Hello,</p>
<p>We're writing about your report <b>KCSC-240905-04</b>.</p>
<p>We have banned the account <a href="{TT[2]}">{TT[2]}</a> for severe
violations of our Community Guidelines. Its videos are no longer available on TikTok.</p>
<p>Learn more about our <a href="https://www.tiktok.com/community-guidelines/en/">Community Guidelines</a>.</p>
<p>TikTok Trust &amp; Safety</p>
</body></html>
"""
case(
    name="tiktok-base64-html-banned",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Tue, 10 Sep 2024 12:12:12 +0000",
    subject="Update on your report KCSC-240905-04",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_tt_html),
    outcome="applied", classification="confirmation",
    imitates="TikTok trust-and-safety HTML notice (base64 body) of an account ban",
    why="The named account was banned (removed); the guidelines link is not an item.",
    items={TT[2]: "removed"},
)

case(
    name="tiktok-echoed-report",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Wed, 11 Sep 2024 04:44:21 +0000",
    subject="Your report has been reviewed",
    body=f"""
Thank you for your report. We have received it and completed our review.

----- Your report -----
Report ID:         7410552098831
Reported by:       Korea Communications Standards Commission
Your reference:    KCSC-240905-04
Reported content:  {TT[1]}
Reason:            Illegal content under local law

----- Result -----
Content restricted in: South Korea (KR)

The content remains available in other regions.

TikTok
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-result email echoing the report fields",
    why="Acknowledgement phrase plus an unhedged result: the echoed video is restricted in KR.",
    items={TT[1]: "restricted"},
)

case(
    name="tiktok-bulk-all-removed",
    **{"from": "gov-requests@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Thu, 12 Sep 2024 02:02:02 +0000",
    subject="Re: KCSC-240905-04 Government removal request",
    reply_to_req=rid("KCSC-240905-04"),
    body="""
Dear KCSC,

All of the videos and accounts listed in your request have been removed
from TikTok.

Kind regards,
TikTok Law Enforcement Outreach
""",
    outcome="review", review="bulk",
    imitates="TikTok short government-request closure covering every listed item",
    why="'All of the videos and accounts' for a three-item request, none named: bulk.",
    items={u: "pending" for u in TT},
)

case(
    name="tiktok-mdn-read",
    **{"from": "minji.seo@tiktok.com"}, name_from="\"Seo, Minji\"",
    date="Thu, 05 Sep 2024 06:10:00 +0000",
    subject="Read: KCSC-240905-04 Government removal request",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn130tt"

--mdn130tt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Your message

  To: gov-requests@tiktok.com
  Subject: KCSC-240905-04 Government removal request
  Sent: Thursday, September 5, 2024 2:00 PM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 3:10 PM (UTC+09:00) Seoul.

--mdn130tt
Content-Type: message/disposition-notification

Reporting-UA: outlook.tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;minji.seo@tiktok.com
Original-Message-ID: <req.KCSC-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn130tt--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a TikTok employee",
    why="Read receipt; no statement.",
    items={},
)

# ================================================================ Reddit
case(
    name="reddit-removed-angle-list",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 18:20:05 +0000",
    subject="Re: KCSC-240906-05 content removal request",
    reply_to_req=rid("KCSC-240906-05"),
    body=f"""
Hi there,

Thanks for your report. After investigating, we've removed the following
content for violating Reddit's Content Policy:

<{RD[0]}>
<{RD[1]}>

You can read our Content Policy at https://www.redditinc.com/policies/content-policy

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin report outcome ('we've removed the following content')",
    why="Both posts named in angle brackets and removed.",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-author-deleted-parenthesis",
    **{"from": "safety@reddit.com"}, name_from="Reddit Safety",
    date="Wed, 11 Sep 2024 15:55:40 +0000",
    subject="Re: KCSC-240906-05 content removal request",
    body=f"""
Hi,

Regarding KCSC-240906-05: the first post ({RD[0]}) was removed by
Reddit's Safety team on September 9. The second one, {RD[1]}, had
already been deleted by its author before our review, so no action was
needed from us.

Best,
Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit safety team reply in prose, URL in parentheses",
    why="First post removed by Reddit; the second was already deleted by its author (not_found).",
    items={RD[0]: "removed", RD[1]: "not_found"},
)

case(
    name="reddit-ooo",
    **{"from": "dana.okafor@reddit.com"}, name_from="Dana Okafor",
    date="Fri, 06 Sep 2024 01:16:00 +0000",
    subject="Out of Office: KCSC-240906-05 content removal request",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Hi, thanks for your message. I'm out of office until September 16 and
won't be checking email. For legal removal requests, please use the
reddit.com legal request form so the team can pick it up.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail out-of-office auto-reply from a Reddit employee",
    why="Auto-reply; references the request but states nothing.",
    items={},
)

# ================================================================ Discord
case(
    name="discord-sole-server-removed",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 20:00:31 +0000",
    subject="Re: [KCSC-240909-06] Request to remove a Discord server",
    reply_to_req=rid("KCSC-240909-06"),
    body="""
Hi there,

Thanks for your report (ticket #41077325). We've investigated the server
you reported and removed it from Discord for violating our Community
Guidelines.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply ('we've removed the server you reported')",
    why="Single statement about 'the server you reported' answering a one-item request: applies to that item.",
    items={DC[0]: "removed"},
)

case(
    name="discord-bilingual-invalid-invite",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Fri, 13 Sep 2024 02:30:00 +0000",
    subject="Re: [KCSC-240909-06] Request to remove a Discord server",
    reply_to_req=rid("KCSC-240909-06"),
    body=f"""
안녕하세요, Discord 안전팀입니다.

{DC[0]}는 만료되었거나 유효하지 않은 초대 링크이며, 연결된 서버를 찾을 수 없습니다.

Hello,

The invite {DC[0]} is invalid or has expired, and we could not find a
server associated with it.

Discord Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord safety reply (Korean and English) that an invite link is invalid",
    why="Invite invalid/expired and no server found: not_found (Korean particle 는 sticks to the URL in the first paragraph).",
    items={DC[0]: "not_found"},
)

case(
    name="discord-conditional",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 10:10:10 +0000",
    subject="Re: [KCSC-240909-06] Request to remove a Discord server",
    reply_to_req=rid("KCSC-240909-06"),
    body=f"""
Hi there,

Thanks for reaching out. If our investigation confirms that the server at
{DC[0]} violates our Terms of Service, it will be removed. We'll let you
know the outcome.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord Trust & Safety interim reply",
    why="Conditional promise ('if ... it will be removed'): no statement.",
    items={DC[0]: "pending"},
)

# ================================================================ Twitch
case(
    name="twitch-removed-both",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    date="Fri, 13 Sep 2024 17:40:00 +0000",
    subject="Re: KCSC-240910-07 removal request",
    reply_to_req=rid("KCSC-240910-07"),
    body=f"""
Hello,

Thank you for your report. We have removed the following content for
violating Twitch's Community Guidelines on gambling:

- VOD: {TW[0]}
- Clip: {TW[1]}

Twitch Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch Trust & Safety enforcement reply listing VOD and clip",
    why="Both named items removed.",
    items={TW[0]: "removed", TW[1]: "removed"},
)

case(
    name="twitch-wrapped-clip",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    date="Sat, 14 Sep 2024 03:03:33 +0000",
    subject="Re: KCSC-240910-07 removal request",
    reply_to_req=rid("KCSC-240910-07"),
    body="""
Hello,

The VOD https://www.twitch.tv/videos/2240517733 could not be found. Past
broadcasts are deleted automatically when their storage period ends, and
this one had expired before we received your report.

We reviewed the clip
<https://www.twitch.tv/hollowbrook_live/clip/
SpicyBraveOtterKappa-x3Yz9>
and found that it does not violate our Community Guidelines, so it remains
available.

Twitch Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch support reply with a long clip URL wrapped inside angle brackets",
    why="VOD could not be found (expired): not_found; clip breaks no rule and stays up: rejected.",
    items={TW[0]: "not_found", TW[1]: "rejected"},
)

case(
    name="twitch-asks-for-order",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject="Re: KCSC-240910-07 removal request - information needed",
    reply_to_req=rid("KCSC-240910-07"),
    body=f"""
Hello,

To process your request KCSC-240910-07 concerning
{TW[0]} and
{TW[1]}
we need a copy of the legal decision or order on which it is based, or the
specific provisions of Korean law that the content is said to violate.

Please reply to this email with that information. We cannot act on the
request until we receive it.

Twitch Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Twitch legal request for the underlying order / legal basis",
    why="The platform asks for documents; no status is stated.",
    items={TW[0]: "pending", TW[1]: "pending"},
)

case(
    name="twitch-wrong-platform-youtube-link",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    date="Fri, 06 Sep 2024 05:25:00 +0000",
    subject="Re: KCSC-240903-02 Legal removal request",
    body=f"""
Hello,

We received your message. The content you reported,
{YT[0]}, is not hosted on Twitch, so we could not locate it on our service
and cannot take any action on it. Please contact the service that hosts it.

Twitch Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="Twitch reply to a misdirected copy of a YouTube request ('not hosted on Twitch')",
    why="Twitch states 'could not locate' for a YouTube item: another platform's item.",
    items={YT[0]: "pending"},
)

case(
    name="twitch-zendesk-receipt",
    **{"from": "support@twitch.tv"}, name_from="Twitch Support",
    date="Tue, 10 Sep 2024 04:02:00 +0000",
    subject="[Twitch] Re: KCSC-240910-07 removal request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (#8816204) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Twitch Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from Twitch support",
    why="Ticket receipt only.",
    items={},
)

# ================================================================ others
case(
    name="pinterest-no-claims",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    date="Sat, 14 Sep 2024 09:00:00 +0000",
    subject="Update on your report",
    body="""
Hi,

Thanks for letting us know about a Pin. We reviewed it and removed it
because it goes against our Community Guidelines.

Thanks for helping keep Pinterest a positive place.

The Pinterest Team
""",
    outcome="review", review="no_claims",
    imitates="Pinterest 'update on your report' outcome email",
    why="Trusted Pinterest mail naming no item and no request of ours: no_claims.",
    items={},
)

case(
    name="telegram-report-autoack",
    **{"from": "abuse@telegram.org"}, name_from="Telegram",
    date="Wed, 04 Sep 2024 12:00:00 +0000",
    subject="Re: KCSC-240904-03",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for your report. We have received your message and our
moderators will review it. Please do not send the same report more than
once.

Telegram
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse-desk automatic acknowledgement",
    why="Automatic acknowledgement of receipt (a copy sent to Telegram by mistake); no statement.",
    items={},
)

_dsn_orig = "\n".join(request_text("KCSC-240910-07", "Twitch", TW, "17 September 2024"))
case(
    name="snapchat-dsn-bounce",
    **{"from": "mailer-daemon@snap.com"}, name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 04:00:20 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn130snap"

--dsn130snap
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-kr@snap.com because the address
couldn't be found, or is unable to receive mail.

--dsn130snap
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.snap.com
Arrival-Date: Tue, 10 Sep 2024 04:00:18 +0000

Final-Recipient: rfc822; legal-kr@snap.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--dsn130snap
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@snap.com
Cc: legal@twitch.tv
Subject: KCSC-240910-07 removal request
Message-ID: <req.KCSC-240910-07.cc@kcsc.example>
Date: Tue, 10 Sep 2024 13:00:00 +0900
Content-Type: text/plain; charset=utf-8

{_dsn_orig}

--dsn130snap--
""",
    outcome="ignored", classification="bounce",
    imitates="Google-style DSN 'Address not found' with the original request attached",
    why="Bounce; the URLs are only in the returned original message.",
    items={},
)

HEADER = """# Blind set 130 (English notices from many platforms).
# Written by tests/corpus/blind130/make.py from each email's meaning, before
# any run of the reader. Each case is judged alone on a fresh ledger holding
# requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
