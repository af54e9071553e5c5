#!/usr/bin/env python3
"""Blind set 562: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Snapchat, plus Twitch/Pinterest mail that matches
no request). Writes requests.csv, cases/*.eml and expected.toml.

    python3 tests/corpus/blind562/make.py

Deterministic. Expected results were written from each email's meaning,
before any run of the reader.
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
X = [
    "https://x.com/lucky_harbor77/status/1830112233445566701",
    "https://x.com/lucky_harbor77/status/1830112233445566702",
    "https://x.com/spin_kr_club/status/1830200011122233344",
    "https://x.com/spin_kr_club/status/1830200011122233390",
    "https://x.com/toto_daily_tips/status/1830311122233344455",
    "https://x.com/toto_daily_tips",
    "https://x.com/jackpot_seoul/status/1830422233344455566",
    "https://x.com/jackpot_seoul/status/1830422233344455599",
    "https://x.com/goldreel_live/status/1830533344455566677",
    "https://x.com/goldreel_live/status/1830533344455566688",
    "https://x.com/baccarat_nara/status/1830644455566677788",
    "https://x.com/baccarat_nara/status/1830644455566677799",
    "https://x.com/i/web/status/1830755566677788899",
]
Y = [
    "https://www.youtube.com/watch?v=Hq3vN8kP2sA",
    "https://www.youtube.com/watch?v=Zt6bL1mQ9wE",
    "https://www.youtube.com/shorts/Rk4pW7xJ0cU",
    "https://www.youtube.com/@greenleaf_delivery_kr",
]
M = [
    "https://www.facebook.com/groups/2290113456781234/posts/2290187654321987/",
    "https://www.facebook.com/profile.php?id=100089123456789",
    "https://www.instagram.com/p/C9xQmT2vLpA/",
    "https://www.instagram.com/reel/C9yRnU3wMqB/",
    "https://www.instagram.com/quick_loan_helper_kr/",
]
T = [
    "https://www.tiktok.com/@night_dancer_92/video/7409123456789012345",
    "https://www.tiktok.com/@night_dancer_92/video/7409123456789012399",
    "https://www.tiktok.com/@seoul_afterdark/video/7410234567890123456",
]
R1_SLUG = "도박_사이트_추천"
R1_RAW = "https://www.reddit.com/r/koreanbets/comments/1f5xk2q/" + R1_SLUG + "/"
R = [
    "https://www.reddit.com/r/koreanbets/comments/1f5xk2q/" + quote(R1_SLUG) + "/",
    "https://www.reddit.com/r/koreanbets/comments/1f6ab3c/new_site_list_september/",
]
D = ["https://discord.gg/q7NightMarket"]
S = [
    "https://www.snapchat.com/add/pillbox_seoul",
    "https://www.snapchat.com/spotlight/W7_EDlXWTBiXAEEnQmKpZt3vAAYbWFwZGxhbmRtYXJr",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", X,
     "illegal gambling", "req.KCSC-240903-01@kcsc.example",
     "Twelve posts and one account promoting unlicensed betting sites"),
    ("KCSC-240904-02", "youtube", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00", Y,
     "drug sales", "req.KCSC-240904-02@kcsc.example",
     "Videos and a channel advertising delivery of narcotics, with Telegram contacts"),
    ("KCSC-240905-03", "meta", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", M,
     "fraud", "req.KCSC-240905-03@kcsc.example",
     'Loan-scam posts, one profile and an Instagram account; "urgent" per police referral'),
    ("KCSC-240906-04", "tiktok", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00", T,
     "obscene content", "req.KCSC-240906-04@kcsc.example",
     "Sexual services advertising, two creators"),
    ("KCSC-240909-05", "reddit", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00", R,
     "illegal gambling", "req.KCSC-240909-05@kcsc.example",
     "Posts listing betting sites, one with a Korean title slug"),
    ("KCSC-240910-06", "discord", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", D,
     "drug sales", "req.KCSC-240910-06@kcsc.example",
     "Invite to a server selling narcotics"),
    ("KCSC-240911-07", "snapchat", "2024-09-11T15:20:00+09:00", "2024-09-18T18:00:00+09:00", S,
     "drug sales", "req.KCSC-240911-07@kcsc.example",
     "Account and Spotlight Snap, dealer contact in bio"),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def rid(ref):
    """In-Reply-To stem of our request email (corpuslib adds @kcsc.example)."""
    return "req." + ref


def request_lines(ref):
    return [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of",
        f"the following content (our reference {ref}), found to be unlawful",
        "under Korean law:",
        "",
    ] + [f"{i}. {u}" for i, u in enumerate(REQ[ref][4], 1)] + [
        "",
        "Please inform us of the action taken for each URL.",
        "",
        "KCSC Takedown Team",
    ]


def quoted(ref, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_lines(ref))


def mime_text(text, cte="8bit", ctype="plain"):
    return f"Content-Type: text/{ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{text}"


def qp(text):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + enc


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def multipart(boundary, parts, sub="mixed", extra=""):
    out = [f'Content-Type: multipart/{sub}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


CASES = []


def case(**kw):
    CASES.append(kw)


OOO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

# ====================================================================== X
case(
    name="x-legal-numbered-withheld-and-suspended",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 02:14:33 +0000",
    subject="Re: KCSC-240903-01 - Request to remove content [ref:_00D5x0927311:ref]",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your request dated 3 September 2024 (your reference
KCSC-240903-01).

We have reviewed the reported content under the X Rules and applicable
local law. Based on that review we have taken the following actions:

1. {X[0]} - withheld in South Korea
2. {X[1]} - withheld in South Korea
3. {X[2]} - withheld in South Korea
4. {X[3]} - withheld in South Korea
5. {X[4]} - withheld in South Korea
6. {X[5]} - account permanently suspended for violating the X Rules
   (illegal or certain regulated goods or services); its profile and
   posts are no longer available on X

The remaining URLs in your request are still being assessed and we will
write to you separately about them.

Where permitted, the account holders have been notified of this action.
More information about withheld content is available at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied",
    imitates="X legal-request outcome email listing withheld posts and a suspended account",
    why="numbered list: five posts withheld in Korea, the account suspended and no longer available",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "restricted",
           X[4]: "restricted", X[5]: "removed"},
)

case(
    name="x-html-table-four-outcomes",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 07:41:02 +0000",
    subject="Your legal request KCSC-240903-01: outcome for further URLs",
    reply_to_req=rid("KCSC-240903-01"),
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Further to your request <b>KCSC-240903-01</b>, please find below our decision for the following reported URLs.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>Withheld in: KR</td></tr>
<tr><td><a href="{X[7]}">{X[7]}</a></td><td>Removed (violation of the X Rules)</td></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>No action. The reported post does not violate the X Rules and we did not find it to be unlawful in the specified jurisdiction.</td></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Not found. The URL does not resolve to an existing post.</td></tr>
</table>
<p>You can read about how we handle requests from governments at <a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">help.x.com</a>.</p>
<p>Regards,<br>X Legal</p>
</body></html>
""",
    outcome="applied",
    imitates="X legal outcome with an HTML table of reported URLs and actions",
    why="table rows: withheld in KR, removed, no action (does not violate), not found",
    items={X[6]: "restricted", X[7]: "removed", X[8]: "rejected", X[9]: "not_found"},
)

case(
    name="x-bare-url-status-line-below",
    **{"from": "jamie.okafor@x.com"}, name_from="Jamie Okafor",
    date="Tue, 10 Sep 2024 05:02:47 +0000",
    subject="RE: KCSC-240903-01",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hi,

Update on KCSC-240903-01 for two more URLs:

{X[10]}
Status: Withheld in KR

{X[11]}
Status: Not available - the post was deleted by the account holder before we acted

Best,
Jamie
Legal Operations, X Corp.
""",
    outcome="applied",
    imitates="X legal-ops agent's short update, bare URL with status on the line below",
    why="one post withheld in KR; the other already deleted by its author (not_found)",
    items={X[10]: "restricted", X[11]: "not_found"},
)

case(
    name="x-promise-will-withhold",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 09:20:11 +0000",
    subject="Re: KCSC-240903-01 - Request to remove content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

We have received your request and confirm that the posts below fall
within the scope of your order. Once our internal legal review is
complete, we will withhold them in South Korea. We expect to complete
this within five business days.

- {X[0]}
- {X[1]}

We will confirm by email once this is done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising to withhold once review completes",
    why="'we will withhold them' is a promise, not a statement; items stay pending",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-dmarc-fail-removed-claim",
    **{"from": "legal@x.com"}, name_from="X Legal Team", auth="fail",
    date="Wed, 11 Sep 2024 13:55:40 +0000",
    subject="KCSC-240903-01 completed",
    body=f"""
Dear KCSC,

Regarding KCSC-240903-01, the following posts have been removed from X:

{X[6]}
{X[7]}

This case is now closed.

X Legal Team
""",
    outcome="review", review="untrusted",
    imitates="X legal closing note, but arriving with DKIM/SPF/DMARC failing",
    why="claims come from x.com but authentication fails; nothing applied",
    items={X[6]: "pending", X[7]: "pending"},
)

case(
    name="x-gmail-toppost-over-quoted-request",
    **{"from": "dwhitfield@x.com"}, name_from="Dana Whitfield",
    date="Thu, 05 Sep 2024 23:18:05 +0000",
    subject="Re: KCSC-240903-01 Request to remove unlawful content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hi team,

The two posts from @spin_kr_club in your list are now withheld in South Korea:
{X[2]}
{X[3]}

The rest of the list is still with our legal team.

Dana

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240903-01")}
""",
    outcome="applied",
    imitates="Gmail top-posted reply from an X policy manager over the quoted request",
    why="two named posts withheld in Korea; the quoted request below states nothing",
    items={X[2]: "restricted", X[3]: "restricted"},
)

case(
    name="x-case-received-receipt",
    **{"from": "noreply@x.com"}, name_from="X Support",
    date="Tue, 03 Sep 2024 01:03:12 +0000",
    subject="Case# 0927311: We received your report [ref:KCSC-240903-01]",
    body="""
Case# 0927311

Thank you for your submission. We have received your legal request
(reference KCSC-240903-01) and it has been assigned the case number
above. Please keep this number for your records.

Our team reviews requests in the order they are received. Please do
not reply to this email; replies to this address are not monitored.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X automated case-number receipt for a legal request",
    why="pure receipt with a case number; no item named, no outcome",
    items={},
)

case(
    name="x-angle-brackets-one-wrapped",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 03:30:59 +0000",
    subject="Re: KCSC-240903-01 - Request to remove content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

Further to your request KCSC-240903-01, the following post has been
removed for violating our rules on illegal or certain regulated goods
or services:

<{X[12]}>

The following post has been withheld in the Republic of Korea in
response to your request:

<https://x.com/lucky_harbor77/status/
1830112233445566702>

Regards,
X Legal
""",
    outcome="applied",
    imitates="X legal outcome with URLs in angle brackets, one wrapped by the sender's mailer",
    why="one post removed, one withheld in Korea (its URL wrapped inside angle brackets)",
    items={X[12]: "removed", X[1]: "restricted"},
)

case(
    name="x-statement-of-reasons-fields",
    **{"from": "noreply-sor@x.com"}, name_from="X",
    date="Fri, 06 Sep 2024 11:12:00 +0000",
    subject="Notice of action taken on reported content",
    body=f"""
Decision on your notice

Notice reference: KCSC-240903-01
Content: {X[4]}

Decision: Access to this content has been restricted
Type of restriction: Country withheld content
Territorial scope: Republic of Korea
Ground for the decision: Illegal content under the law of the reporting
jurisdiction (unlicensed gambling)
Facts and circumstances: The decision was taken following a notice
submitted by a government body.
Use of automated means: The notice was reviewed by a person; no
automated decision-making was used.

If you disagree with this decision, you may use the options described
at https://help.x.com/en/forms/dsa/appeal

X
""",
    outcome="applied",
    imitates="DSA-style statement of reasons sent to the notifier (field: value layout)",
    why="the statement restricts access to the one named post in Korea",
    items={X[4]: "restricted"},
)

case(
    name="x-outlook-original-message-below",
    **{"from": "praman@x.com"}, name_from="Priya Raman",
    date="Mon, 09 Sep 2024 01:47:26 +0000",
    subject="RE: KCSC-240903-01 Request to remove unlawful content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello KCSC,

Please find our outcome for two of the posts below.

{X[0]} - removed (violation of the X Rules)
{X[6]} - withheld in Korea

Kind regards,
Priya Raman
Government Affairs, X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240903-01 Request to remove unlawful content

{chr(10).join(request_lines("KCSC-240903-01"))}
""",
    outcome="applied",
    imitates="Outlook reply from an X government-affairs manager over the unquoted original",
    why="two posts: one removed, one withheld in Korea; the original request below states nothing",
    items={X[0]: "removed", X[6]: "restricted"},
)

# ================================================================ YouTube
case(
    name="yt-legal-removed-and-blocked-kr",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 08:05:44 +0000",
    subject="Re: [7-2981000033512] KCSC-240904-02",
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""
Hello,

Thanks for reaching out to us.

We have reviewed your request (KCSC-240904-02) and have taken the
following actions.

We have removed the following content from YouTube for violating
YouTube's Community Guidelines:
- {Y[0]}

We have blocked the following content from view in South Korea, based
on local law:
- {Y[1]}

For more information about how Google handles legal removal requests,
please visit https://support.google.com/legal/answer/3110420

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal-removal outcome: removed under Community Guidelines / blocked in country",
    why="heading sentences apply to the bullet under each: one removed, one blocked in Korea",
    items={Y[0]: "removed", Y[1]: "restricted"},
)

case(
    name="yt-no-action-and-channel-terminated",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 06:33:10 +0000",
    subject="Re: [7-2981000033512] KCSC-240904-02",
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""
Hello,

After careful review, we have decided not to take action on the
following content. It doesn't violate YouTube's Community Guidelines,
and your request does not provide a sufficient legal basis for us to
restrict it under local law:
{Y[2]}

The channel {Y[3]} has been terminated for violating our policy on the
sale of regulated goods.

If you have additional information, you may submit a new request at
https://support.google.com/legal/troubleshooter/1114905

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal reply declining one URL and terminating a channel",
    why="the Short stays up (refusal with reason); the channel is terminated",
    items={Y[2]: "rejected", Y[3]: "removed"},
)

case(
    name="yt-age-restricted-quoted-printable",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 02:19:51 +0000",
    subject="Re: [7-2981000033512] KCSC-240904-02 – update",
    reply_to_req=rid("KCSC-240904-02"),
    raw_mime=qp(f"""Hello,

Following a second review requested by your office, we’ve applied an age restriction to the video at {Y[2]} so that it’s no longer viewable by signed-out users or by users under 18.

This action is limited to the URL above.

Regards,
The YouTube Legal Team
"""),
    outcome="applied",
    imitates="YouTube notice that a video has been age-restricted, quoted-printable body",
    why="age restriction on the named Short: restricted",
    items={Y[2]: "restricted"},
)

case(
    name="yt-hedge-may-already-be-gone",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 04:40:00 +0000",
    subject="Re: [7-2981000033512] KCSC-240904-02",
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""
Hello,

Thanks for your patience. It appears that {Y[0]} may already have
been taken down by the uploader, though we are still confirming this
with the relevant team. We'll get back to you with a final outcome
for this and the other URLs in your request.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim note with a hedged 'appears ... may already have been taken down'",
    why="hedged and still being confirmed: not a statement; the item stays pending",
    items={Y[0]: "pending"},
)

case(
    name="yt-staff-out-of-office",
    **{"from": "minjiseo@google.com"}, name_from="Min-ji Seo",
    date="Wed, 04 Sep 2024 01:31:08 +0000",
    subject="Automatic reply: KCSC-240904-02 Request to remove unlawful content",
    reply_to_req=rid("KCSC-240904-02"),
    extra_headers=OOO,
    body="""
Thank you for your message. I am out of the office until Monday
16 September with limited access to email. For urgent legal removal
matters please write to legal-kr@google.com, which is monitored daily.

Min-ji
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange automatic reply from a Google policy staffer",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="yt-base64-terminated-and-uploader-deleted",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 07:07:07 +0000",
    subject="Re: [7-2981000033512] KCSC-240904-02",
    reply_to_req=rid("KCSC-240904-02"),
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""Hello,

Here is an update on your request KCSC-240904-02.

The channel {Y[3]} has been terminated.

The video {Y[1]} is no longer available on YouTube: it was removed by the uploader before our review, so no action was required from us.

Regards,
The YouTube Legal Team
"""),
    outcome="applied",
    imitates="YouTube legal update (base64-encoded body): channel terminated, video deleted by uploader",
    why="channel terminated (removed); video deleted by its uploader before review (not_found)",
    items={Y[3]: "removed", Y[1]: "not_found"},
)

case(
    name="yt-echoed-submission-then-decision",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 09:26:15 +0000",
    subject="Your legal complaint to YouTube [7-2981000033512]",
    body=f"""
Hello,

Thank you for your legal complaint. Below is a copy of what you
submitted, followed by our decision.

--- Your submission ---
Reference: KCSC-240904-02
Country: South Korea
URLs:
{Y[0]}
{Y[1]}
{Y[2]}
Description: Videos advertising the sale and delivery of narcotics.
--- End of submission ---

Our decision:

We have blocked {Y[1]} from view in South Korea.

We have reviewed {Y[0]} and {Y[2]} and are not taking action on them:
they do not violate our Community Guidelines and we did not find a
clear legal basis to restrict them. Both remain available on YouTube.

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="Google legal webform reply echoing the submission before the decision",
    why="echoed URLs state nothing; decision: one blocked in Korea, two left up with a reason",
    items={Y[1]: "restricted", Y[0]: "rejected", Y[2]: "rejected"},
)

# =================================================================== Meta
case(
    name="meta-ig-report-outcome-two-decisions",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    date="Fri, 06 Sep 2024 12:00:21 +0000",
    subject="Update on your report (KCSC-240905-03)",
    body=f"""
Hi,

We reviewed the post you reported and removed it because it goes
against our Community Guidelines on fraud and scams.
Post: {M[2]}

We also reviewed the reel you reported. We didn't remove it because it
doesn't go against our Community Guidelines.
Reel: {M[3]}

Report reference: KCSC-240905-03

Thanks for helping keep Instagram safe. Learn more about how we review
reports at https://help.instagram.com/477434105621119

Instagram
""",
    outcome="applied",
    imitates="Instagram report-outcome notice, URL on the line below its statement",
    why="post removed; reel reviewed and not removed (rejected)",
    items={M[2]: "removed", M[3]: "rejected"},
)

case(
    name="meta-legal-restricted-kr-and-not-located",
    **{"from": "legal-noreply@meta.com"}, name_from="Meta Legal",
    date="Mon, 09 Sep 2024 03:15:38 +0000",
    subject="Re: KCSC-240905-03 Request to remove unlawful content",
    reply_to_req=rid("KCSC-240905-03"),
    body=f"""
Hello,

We have reviewed your request KCSC-240905-03.

Because the content below was reported as violating local law, we have
restricted access to it in South Korea:

  * {M[0]}
  * {M[1]}

We were unable to locate any content at the following URL. Please check
that the link is correct:

  * {M[4]}

Meta Legal
""",
    outcome="applied",
    imitates="Meta legal-removal reply: content restricted in country, one link not located",
    why="two items restricted in Korea; the account link could not be located (not_found)",
    items={M[0]: "restricted", M[1]: "restricted", M[4]: "not_found"},
)

case(
    name="meta-bulk-took-action-on-all",
    **{"from": "legal-noreply@meta.com"}, name_from="Meta Legal",
    date="Tue, 10 Sep 2024 04:50:00 +0000",
    subject="Re: KCSC-240905-03 Request to remove unlawful content",
    reply_to_req=rid("KCSC-240905-03"),
    body="""
Hello,

We've completed our review of your report KCSC-240905-03. We took
action on all of the content you reported, as it violated our Community
Standards on fraud and deception.

Thank you for your report.

Meta Legal
""",
    outcome="review", review="bulk",
    imitates="Meta 'we took action on the content you reported' notice covering a whole request",
    why="one statement covers a five-item request without naming items: bulk",
    items={M[0]: "pending", M[1]: "pending", M[2]: "pending", M[3]: "pending", M[4]: "pending"},
)

META_CSV = "URL,Outcome,Notes\n" + "\n".join([
    f"{M[0]},Removed,Violates Community Standards (fraud)",
    f"{M[1]},No violation,Content remains available",
    f"{M[3]},Restricted in KR,Restricted in South Korea under local law",
]) + "\n"
case(
    name="meta-csv-attachment-outcomes",
    **{"from": "legal-noreply@meta.com"}, name_from="Meta Legal",
    date="Wed, 11 Sep 2024 06:44:12 +0000",
    subject="Re: KCSC-240905-03 Request to remove unlawful content",
    reply_to_req=rid("KCSC-240905-03"),
    raw_mime=multipart("b562meta0001", [
        mime_text("Hello,\n\nPlease find attached the outcome for each URL we have reviewed so far\nin your request KCSC-240905-03.\n\nMeta Legal\n"),
        'Content-Type: text/csv; charset=utf-8; name="KCSC-240905-03_outcome.csv"\n'
        'Content-Disposition: attachment; filename="KCSC-240905-03_outcome.csv"\n'
        "Content-Transfer-Encoding: 7bit\n\n" + META_CSV,
    ]),
    outcome="applied",
    imitates="Meta legal reply with a per-URL outcome spreadsheet exported as CSV",
    why="CSV rows: removed, no violation (rejected), restricted in KR",
    items={M[0]: "removed", M[1]: "rejected", M[3]: "restricted"},
)

case(
    name="meta-vendor-unknown-sender",
    **{"from": "case-updates@clearpath-moderation.com"}, name_from="ClearPath Trust Ops",
    date="Thu, 12 Sep 2024 10:10:10 +0000",
    subject="KCSC-240905-03 - action confirmation",
    body=f"""
Hello,

On behalf of Meta Platforms, we confirm that the following content has
been removed:

{M[2]}

Reference: KCSC-240905-03

Regards,
ClearPath Trust Operations
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing 'on behalf of' a platform",
    why="sender domain belongs to no configured platform",
    items={M[2]: "pending"},
)

case(
    name="meta-read-receipt-mdn",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
    date="Thu, 05 Sep 2024 02:03:44 +0000",
    subject="Read: KCSC-240905-03 Request to remove unlawful content",
    reply_to_req=rid("KCSC-240905-03"),
    raw_mime=multipart("b562mdn0002", [
        mime_text("Your message\n\n  To: gov-requests@meta.com\n  Subject: KCSC-240905-03 Request to remove unlawful content\n  Sent: Thursday, September 5, 2024 2:00:00 AM (UTC)\n\nwas read on Thursday, September 5, 2024 2:03:40 AM (UTC).\n"),
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.meta.com; Microsoft Exchange Server\n"
        "Final-Recipient: rfc822; gov-requests@meta.com\n"
        "Original-Message-ID: <req.KCSC-240905-03@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ], sub="report", extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN) from a platform mailbox",
    why="read receipt only",
    items={},
)

case(
    name="meta-about-x-link-wrong-platform",
    **{"from": "legal-noreply@meta.com"}, name_from="Meta Legal",
    date="Fri, 06 Sep 2024 07:25:00 +0000",
    subject="Re: KCSC-240905-03 Request to remove unlawful content",
    reply_to_req=rid("KCSC-240905-03"),
    body=f"""
Hello,

One of the URLs in your message,
{X[4]}, does not point to Facebook or
Instagram. We could not locate this content on Meta technologies and
cannot act on it. Please contact the service where it appears.

We are still reviewing the remaining URLs and will reply separately.

Meta Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Meta legal note that a reported link is not on its services",
    why="Meta states 'could not locate' about an X item; not Meta's to state",
    items={X[4]: "pending"},
)

case(
    name="meta-facebook-html-removed-and-disabled",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    date="Sat, 07 Sep 2024 13:37:13 +0000",
    subject="We removed the content you reported (KCSC-240905-03)",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="100%"><tr><td>
<p>Hi,</p>
<p>Thanks for your report (reference KCSC-240905-03). We removed the group post you reported because it goes against our Community Standards on fraud and deception:</p>
<p><a href="{M[0]}">{M[0]}</a></p>
<p>We also disabled the account behind <a href="{M[1]}">this profile</a>, so it is no longer visible on Facebook.</p>
<p>You can see the status of your reports in your <a href="https://www.facebook.com/support/">Support Inbox</a>.</p>
<p>Thanks,<br>The Facebook Team</p>
</td></tr></table>
</body></html>
""",
    outcome="applied",
    imitates="Facebook HTML report-outcome email (removed post, disabled account, Support Inbox link)",
    why="group post removed; profile's account disabled (link text 'this profile', href is the item)",
    items={M[0]: "removed", M[1]: "removed"},
)

# ================================================================= TikTok
case(
    name="tiktok-outcome-fields-removed-restricted",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok Trust and Safety",
    date="Mon, 09 Sep 2024 08:08:08 +0000",
    subject="Outcome of your report - KCSC-240906-04",
    body=f"""
Outcome of your report

Report ID: 7419300022114
Your reference: KCSC-240906-04

Content reported: {T[0]}
Decision: Removed
Reason: Violates our Community Guidelines (sexual activity and services)
Scope: Global

Content reported: {T[1]}
Decision: Restricted in your country/region (South Korea)
Reason: Reported as illegal under local law
Scope: South Korea

The creators have been informed of these decisions and may appeal.
Learn more: https://www.tiktok.com/legal/page/global/law-enforcement/en

TikTok Trust and Safety
""",
    outcome="applied",
    imitates="TikTok report-outcome notice with DSA-style decision fields",
    why="first video removed globally; second restricted in Korea",
    items={T[0]: "removed", T[1]: "restricted"},
)

case(
    name="tiktok-fullwidth-parentheses",
    **{"from": "jiwoo.han@tiktok.com"}, name_from="Jiwoo Han",
    date="Thu, 12 Sep 2024 02:44:30 +0000",
    subject="RE: KCSC-240906-04 Request to remove unlawful content",
    reply_to_req=rid("KCSC-240906-04"),
    body=f"""
Dear KCSC,

Regarding your request KCSC-240906-04, the video from @seoul_afterdark（{T[2]}）has been removed from TikTok as of 12 September.

The other two videos in your request are still being handled by our global team.

Best regards,
Jiwoo Han
Public Policy, TikTok Korea
""",
    outcome="applied",
    imitates="TikTok Korea policy staff writing in English, URL inside full-width parentheses",
    why="named video removed; the other two explicitly still in progress (pending)",
    items={T[2]: "removed"},
)

case(
    name="tiktok-bulk-all-three-removed",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok Trust and Safety",
    date="Tue, 10 Sep 2024 11:00:00 +0000",
    subject="Update on your request KCSC-240906-04",
    body="""
Hello,

We have removed all three videos listed in your request KCSC-240906-04
for violating our Community Guidelines.

Thank you for helping us keep TikTok safe.

TikTok Trust and Safety
""",
    outcome="review", review="bulk",
    imitates="TikTok short outcome notice covering the whole request",
    why="'all three videos' without naming any, on a three-item request: bulk",
    items={T[0]: "pending", T[1]: "pending", T[2]: "pending"},
)

case(
    name="tiktok-under-review-names-items",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok Trust and Safety",
    date="Sat, 07 Sep 2024 05:12:40 +0000",
    subject="Your report is being reviewed - KCSC-240906-04",
    body=f"""
Hello,

The following content from your report KCSC-240906-04 is currently
under review by our specialist team:

{T[0]}
{T[1]}

We'll notify you as soon as a decision has been made.

TikTok Trust and Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok 'your report is being reviewed' status email listing the content",
    why="names items but only says they are under review: no statement",
    items={T[0]: "pending", T[1]: "pending"},
)

TT_CSV = "video_url,action,region\n" + "\n".join([
    f"{T[0]},removed,global",
    f"{T[1]},not found,-",
    f"{T[2]},geo-restricted,KR",
]) + "\n"
case(
    name="tiktok-csv-base64-action-log",
    **{"from": "le-response@tiktok.com"}, name_from="TikTok Law Enforcement Response",
    date="Fri, 13 Sep 2024 03:03:03 +0000",
    subject="[TikTok LERT] Action log for KCSC-240906-04",
    reply_to_req=rid("KCSC-240906-04"),
    raw_mime=multipart("b562tt0003", [
        mime_text("Hello,\n\nAttached is the action log for your request KCSC-240906-04.\nPlease contact us if you have any questions.\n\nTikTok Law Enforcement Response Team\n"),
        'Content-Type: text/csv; name="action_log_KCSC-240906-04.csv"\n'
        'Content-Disposition: attachment; filename="action_log_KCSC-240906-04.csv"\n'
        "Content-Transfer-Encoding: base64\n\n" + b64(TT_CSV),
    ]),
    outcome="applied",
    imitates="TikTok law-enforcement portal reply with a base64 CSV action log",
    why="CSV rows: removed, not found, geo-restricted in KR",
    items={T[0]: "removed", T[1]: "not_found", T[2]: "restricted"},
)

# ================================================================= Reddit
case(
    name="reddit-removed-korean-slug-and-author-deleted",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 18:22:05 +0000",
    subject="Re: KCSC-240909-05 Request to remove unlawful content",
    reply_to_req=rid("KCSC-240909-05"),
    body=f"""
Hi there,

Thanks for your report KCSC-240909-05. We've reviewed the content and
taken the following action:

* {R1_RAW} - removed for violating Reddit's Content Policy (illegal
  transactions)
* {R[1]} - this post had already been deleted by its author, so no
  further action was needed.

Best,
Reddit Legal
""",
    outcome="applied",
    imitates="Reddit legal reply with a bulleted outcome list (raw Korean title slug)",
    why="Korean-slug post removed; the other already deleted by its author (not_found)",
    items={R[0]: "removed", R[1]: "not_found"},
)

case(
    name="reddit-geoblocked-toppost-over-quote",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 20:00:41 +0000",
    subject="Re: KCSC-240909-05 Request to remove unlawful content",
    reply_to_req=rid("KCSC-240909-05"),
    body=f"""
Hi,

{R[1]} has been geo-blocked for users in South Korea in response to your
legal request. It remains visible elsewhere.

Reddit Legal

On Mon, Sep 9, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240909-05")}
""",
    outcome="applied",
    imitates="Reddit legal top-posted reply over the quoted request: post geo-blocked",
    why="one post geo-blocked in Korea; the quoted request states nothing about the other",
    items={R[1]: "restricted"},
)

case(
    name="reddit-zendesk-request-received",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Help",
    date="Mon, 09 Sep 2024 05:01:18 +0000",
    subject="[Reddit] Re: KCSC-240909-05 Request to remove unlawful content (#1482203)",
    body="""
##- Please type your reply above this line -##

Your request (#1482203) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from Reddit Help.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style 'your request has been received' ticket receipt",
    why="pure ticket receipt",
    items={},
)

# ================================================================ Discord
case(
    name="discord-invite-server-removed",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 16:30:00 +0000",
    subject="Re: [Discord] Report #28731902 - KCSC-240910-06",
    body="""
Hi there,

Thank you for your report. We have investigated the server behind the
invite <https://discord.gg/q7NightMarket> and removed it from Discord for
violating our Community Guidelines. The invite is no longer valid.

If you have further reports, you can reach us at https://dis.gd/request

Discord Trust & Safety
""",
    outcome="applied",
    imitates="Discord Trust & Safety ticket reply after a report",
    why="the server behind the named invite was removed",
    items={D[0]: "removed"},
)

case(
    name="discord-sole-statement-one-item-request",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Fri, 13 Sep 2024 01:15:00 +0000",
    subject="Re: KCSC-240910-06 Request to remove unlawful content",
    reply_to_req=rid("KCSC-240910-06"),
    body="""
Hello,

The server you reported has been removed from Discord, and the accounts
that ran it have been actioned.

Discord Safety
""",
    outcome="applied",
    imitates="Discord Safety short reply in the request's thread, naming no URL",
    why="sole unhedged statement answering a one-item request: applies",
    items={D[0]: "removed"},
)

case(
    name="discord-asks-for-message-links",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 09:09:09 +0000",
    subject="Re: [Discord] Report #28731902 - KCSC-240910-06",
    body="""
Hi there,

To move forward with your request, we need more information. The invite
link you sent (https://discord.gg/q7NightMarket) does not on its own let
us identify the messages in question.

Please reply with message links (right-click the message > Copy Message
Link) or the server ID, and a short description of the content you
believe is unlawful.

Discord Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord T&S asking for message links before acting",
    why="asks for more information; no statement about the item",
    items={D[0]: "pending"},
)

# =============================================================== Snapchat
case(
    name="snap-account-terminated-spotlight-removed",
    **{"from": "safety@snapchat.com"}, name_from="Snapchat Safety",
    date="Fri, 13 Sep 2024 14:02:33 +0000",
    subject="Re: KCSC-240911-07 Request to remove unlawful content",
    reply_to_req=rid("KCSC-240911-07"),
    body=f"""
Hello,

We have reviewed the content you reported.

The account {S[0]} has been permanently terminated for violating our
Community Guidelines on illegal drugs.

The Spotlight Snap {S[1]} has been removed and is no longer publicly
viewable.

Snap Trust & Safety
""",
    outcome="applied",
    imitates="Snap Trust & Safety reply: account terminated, Spotlight Snap removed",
    why="account terminated (removed) and Snap removed",
    items={S[0]: "removed", S[1]: "removed"},
)

case(
    name="snap-restricted-kr-and-not-found",
    **{"from": "lawenforcement@snap.com"}, name_from="Snap Inc. Legal",
    date="Mon, 16 Sep 2024 04:21:00 +0000",
    subject="Re: KCSC-240911-07 Request to remove unlawful content",
    reply_to_req=rid("KCSC-240911-07"),
    body=f"""
Hello,

Under local law, we have restricted access in the Republic of Korea to
the public profile at {S[0]}.

We were not able to find the Snap at
{S[1]}
Spotlight Snaps can be deleted by the Snapchatter at any time, and this
one no longer exists on our systems.

Snap Inc.
""",
    outcome="applied",
    imitates="Snap legal reply: profile restricted in Korea, Spotlight Snap not found",
    why="profile restricted in Korea; the Snap no longer exists (not_found, URL on the line below)",
    items={S[0]: "restricted", S[1]: "not_found"},
)

case(
    name="snap-conditional-will-be-removed",
    **{"from": "safety@snapchat.com"}, name_from="Snapchat Safety",
    date="Thu, 12 Sep 2024 03:00:00 +0000",
    subject="Re: KCSC-240911-07 Request to remove unlawful content",
    reply_to_req=rid("KCSC-240911-07"),
    body=f"""
Hello,

Thank you for contacting Snap. The following content is in our review
queue:

{S[0]}
{S[1]}

If the reported content is confirmed to violate our Community Guidelines
or local law, it will be removed and you will be notified.

Snap Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Snap support reply with a conditional promise of removal",
    why="in review queue plus a conditional 'will be removed': no statement",
    items={S[0]: "pending", S[1]: "pending"},
)

case(
    name="snap-ooo-with-quoted-request",
    **{"from": "amoreno@snap.com"}, name_from="Alex Moreno",
    date="Wed, 11 Sep 2024 06:21:04 +0000",
    subject="Automatic reply: KCSC-240911-07 Request to remove unlawful content",
    reply_to_req=rid("KCSC-240911-07"),
    extra_headers=OOO,
    body=f"""
Thanks for your email. I'm on leave until 23 September. Requests about
content on Snapchat should go to lawenforcement@snap.com.

Alex

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Subject: KCSC-240911-07 Request to remove unlawful content

{chr(10).join(request_lines("KCSC-240911-07"))}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply that includes the original message",
    why="out-of-office; the URLs are only in the included original",
    items={S[0]: "pending", S[1]: "pending"},
)

# ================================================ other platforms / system
case(
    name="twitch-unmonitored-mailbox-autoreply",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Tue, 10 Sep 2024 17:45:00 +0000",
    subject="Auto-Reply: Your message to Twitch Legal",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
This is an automated response. This mailbox is not monitored for content
reports. To report a channel or content on Twitch, please use the
reporting tools in the product or visit https://help.twitch.tv

Twitch Legal
""",
    outcome="ignored", classification="auto_reply",
    imitates="automatic 'this mailbox is not monitored' reply from a platform legal address",
    why="automated reply",
    items={},
)

case(
    name="dsn-bounce-snap-wrong-address",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 06:20:40 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("b562dsn0004", [
        mime_text("This is the mail system at host mx.kcsc.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<legal-kr@snapchat.com>: host mx.snapchat.com[203.0.113.25] said:\n    550 5.1.1 <legal-kr@snapchat.com>: Recipient address rejected:\n    User unknown (in reply to RCPT TO command)\n", cte="7bit"),
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.kcsc.example\n"
        "Arrival-Date: Wed, 11 Sep 2024 15:20:30 +0900 (KST)\n\n"
        "Final-Recipient: rfc822; legal-kr@snapchat.com\n"
        "Action: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown\n",
        "Content-Type: text/rfc822-headers\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: legal-kr@snapchat.com\n"
        "Subject: KCSC-240911-07 Request to remove unlawful content\n"
        "Message-ID: <req.KCSC-240911-07@kcsc.example>\n"
        "Date: Wed, 11 Sep 2024 15:20:00 +0900\n",
    ], sub="report", extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for a request sent to a wrong address",
    why="bounce of our own request",
    items={},
)

case(
    name="pinterest-reviewed-pin-no-link",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    date="Sat, 14 Sep 2024 19:19:19 +0000",
    subject="Update on your report",
    body="""
Hi there,

Thanks for your report. We reviewed the Pin you reported and removed it
because it goes against our Community Guidelines.

Thanks for helping keep Pinterest a positive place.

The Pinterest Team
""",
    outcome="review", review="no_claims",
    imitates="Pinterest report-outcome notice without a link or reference",
    why="trusted platform mail naming no item and referencing no request",
    items={},
)

HEADER = '''# Blind set 562 (English notices from many platforms): expected results
# written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand.
'''


def main():
    write_requests()
    corpuslib.DOMAIN_NAMES.update({})
    corpuslib.write_set(HERE, "blind562", HEADER, CASES)


if __name__ == "__main__":
    main()
