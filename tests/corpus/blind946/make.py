#!/usr/bin/env python3
"""Blind set 946: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, with Snapchat, Pinterest and non-platform
senders for the review and ignored cases).

    python3 tests/corpus/blind946/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning, before any run of
the reader; see NOTES.md for the arguable ones.
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
R_X = "KCSC-240903-01"
R_TT = "KCSC-240904-02"
R_YT = "KCSC-240905-03"
R_META = "KCSC-240906-04"
R_DC = "KCSC-240909-05"
R_RD = "KCSC-240910-06"
R_TW = "KCSC-240911-07"

X1 = "https://x.com/bluefinch_kr/status/1830412276654100231"
X2 = "https://x.com/bluefinch_kr/status/1830419938120044562"
X3 = "https://x.com/moonlit_tea88/status/1829977310452231168"
X4 = "https://x.com/moonlit_tea88/status/1830001847732998144"
X5 = "https://x.com/hwasan_daily/status/1830256621098475520"
X6 = "https://x.com/hwasan_daily/status/1830311905537220713"
X7 = "https://x.com/grey_orchard/status/1829650472210391049"
X8 = "https://x.com/grey_orchard/status/1829702368115802371"
X9 = "https://x.com/palm_ledger/status/1830520043389911048"
X10 = "https://x.com/palm_ledger/status/1830599172406423735"
X11 = "https://x.com/nightkite_22/status/1830143388215361620"
X12 = "https://x.com/nightkite_22"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

T1 = "https://www.tiktok.com/@sora.kitchen/video/7409912345678901234"
T2 = "https://www.tiktok.com/@sora.kitchen/video/7410023456789012345"
T3 = "https://www.tiktok.com/@dalbit_fx/video/7408834567890123456"
T4 = "https://www.tiktok.com/@dalbit_fx/video/7409945678901234567"
T5 = "https://www.tiktok.com/@quiet.arcade/video/7411056789012345678"
TS = [T1, T2, T3, T4, T5]

Y1 = "https://www.youtube.com/watch?v=Qm7tR2xLp0A"
Y2 = "https://www.youtube.com/watch?v=bN4kWz9cJ1E"
Y3 = "https://www.youtube.com/shorts/Hv3sD8qPz6U"
Y4 = "https://www.youtube.com/@ironwillow_tv"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/harborlane.market/posts/1187734559210043"
M2 = "https://www.instagram.com/p/C9xQ2mLrT4k/"
M3 = "https://www.instagram.com/reel/C-1bV7nHq2Z/"
MS = [M1, M2, M3]

D1 = "https://discord.gg/kR7mXq2P"
D2 = "https://discord.com/channels/1140023456789012345/1140023456789012399/1281234567890123456"
D3 = "https://discord.gg/lanternhall"
DS = [D1, D2, D3]

RD1 = "https://www.reddit.com/r/seoulnightlife_kr/comments/1f3xk2a/open_thread_week_35/"
RD2 = "https://www.reddit.com/r/seoulnightlife_kr/comments/1f4b7qz/updated_contact_list/"
RDS = [RD1, RD2]

W1 = "https://www.twitch.tv/videos/2241187734"

REQUESTS = [
    (R_X, "x", "2024-09-03", "2024-09-10", XS, "gambling", "11 posts and one account advertising illegal online gambling"),
    (R_TT, "tiktok", "2024-09-04", "2024-09-11", TS, "drugs", "videos advertising sale of controlled substances"),
    (R_YT, "youtube", "2024-09-05", "2024-09-12", YS, "gambling", "gambling promotion videos and channel"),
    (R_META, "meta", "2024-09-06", "2024-09-13", MS, "privacy", "personal data published without consent"),
    (R_DC, "discord", "2024-09-09", "2024-09-16", DS, "illegal_trade", "servers trading stolen identity documents"),
    (R_RD, "reddit", "2024-09-10", "2024-09-17", RDS, "privacy", "posts listing private contact details"),
    (R_TW, "twitch", "2024-09-11", "2024-09-18", [W1], "gambling", "VOD promoting unlicensed betting site"),
]


def req_mid(ref):
    return "req-" + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def gmail_quote(when, lines):
    out = [f"On {when} KCSC Takedown <takedown@kcsc.example> wrote:"]
    for ln in lines:
        out.append(("> " + ln) if ln else ">")
    return "\n".join(out)


def request_text(ref, platform_name, urls):
    lines = [
        f"Dear {platform_name} team,",
        "",
        f"The Korea Communications Standards Commission requests the removal of",
        f"the following content under request {ref}:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return lines


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= X =======================
case(
    name="x-legal-withheld-bullets",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 08:41:12 +0000",
    subject=f"Re: [{R_X}] Request to remove content under the laws of the Republic of Korea",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

Thank you for your request dated 3 September 2024 (your reference {R_X}).

After reviewing the reported content against the X Rules and the laws of the
Republic of Korea, we have withheld the following posts in South Korea:

  * {X1}
  * {X2}
  * {X3}

We did not take action on the post below. On the information provided we did
not find that it violates the X Rules or local law, and it remains available:

  * {X4}

The remaining URLs in your request are still being reviewed and we will
follow up separately.

You can read more about country withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply to a government removal request (country-withheld content, bulleted list)",
    why="three posts withheld in South Korea, one refused as not violating; the rest only promised",
    items={X1: "restricted", X2: "restricted", X3: "restricted", X4: "rejected"},
)

case(
    name="x-dsa-statement-of-reasons",
    **{"from": "dsa-notices@x.com"}, name_from="X",
    date="Sat, 07 Sep 2024 02:15:40 +0000",
    subject=f"Decision on your notice (case 0194-AB27-KR, your reference {R_X})",
    body=f"""
Decision notice

We have taken a decision on the content you notified to us. Details follow.

Content concerned:      {X5}
Type of content:        Post (text and image)
Decision:               Removal of the content
Territorial scope:      Global
Ground for decision:    Incompatible with the X Rules (illegal or certain
                        regulated goods or services)
Facts and circumstances: Decision taken following a notice submitted by the
                        Korea Communications Standards Commission.
Automated detection:    No
Automated decision:     No, reviewed by a member of our team

If you disagree with this decision you may submit a complaint through
https://help.x.com/forms/dsa/appeal within six months.

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X DSA statement-of-reasons style decision notice (key/value fields)",
    why="a decision notice stating global removal of one named post",
    items={X5: "removed"},
)

case(
    name="x-account-suspended",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 05:02:55 +0000",
    subject=f"Re: [{R_X}] account report",
    reply_to_req=req_mid(R_X),
    body=f"""
Hi,

Following your report, the account {X12} has been permanently
suspended for violating the X Rules on illegal goods and services. The
profile is no longer available on X.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account-suspension outcome reply to a legal request",
    why="the requested account is permanently suspended: removed",
    items={X12: "removed"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "jiyeon.park@x.com"}, name_from="Ji-yeon Park",
    date="Tue, 10 Sep 2024 01:33:09 +0000",
    subject=f"Re: [{R_X}] Request to remove content under the laws of the Republic of Korea",
    reply_to_req=req_mid(R_X),
    body=f"""
Hi team,

Quick update on one of the links: {X7} is now withheld in Korea.
The rest are still with our legal reviewers and I'll come back to you as soon as I hear.

Best,
Ji-yeon
Global Government Affairs, X

""" + gmail_quote("Tue, Sep 3, 2024 at 10:14 AM", request_text(R_X, "X", XS)),
    outcome="applied", classification="confirmation",
    imitates="X government-affairs staffer's short top-posted Gmail reply over the quoted request",
    why="one URL withheld in Korea in the author's own text; the quoted request states nothing",
    items={X7: "restricted", X8: "pending"},
)

x_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of your request <b>{R_X}</b>. The outcome for each URL we reviewed is shown below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td><a href="{X9}">{X9}</a></td><td>Removed &ndash; violates the X Rules</td></tr>
<tr><td><a href="{X10}">{X10}</a></td><td>No action &ndash; no violation found</td></tr>
<tr><td><a href="{X6}">{X6}</a></td><td>Not found &ndash; the post was deleted by the account holder before review</td></tr>
</table>
<p>For more information about how we enforce our rules, see <a href="https://help.x.com/en/rules-and-policies/enforcement-options">our enforcement options</a>.</p>
<p>X Legal</p>
</body></html>"""
case(
    name="x-html-outcome-table",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 07:19:44 +0000",
    subject=f"Your legal request {R_X} - outcome",
    type="html",
    body=x_html,
    outcome="applied", classification="confirmation",
    imitates="X legal outcome table sent as HTML only",
    why="table rows: removed, no violation (rejected), deleted by its author (not_found)",
    items={X9: "removed", X10: "rejected", X6: "not_found"},
)

case(
    name="x-url-below-statement",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 09:50:02 +0000",
    subject=f"Re: [{R_X}] remaining items",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

Two further results on your request.

We were unable to locate the following post. It was likely deleted by the
user before our review:
{X8}

The following post was removed for violating our rules on illegal goods and
services:
{X11}

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up with each URL on the line below its statement",
    why="'unable to locate' is unhedged (the hedge only guesses why); the second post is removed",
    items={X8: "not_found", X11: "removed"},
)

case(
    name="x-report-receipt-with-outcome",
    **{"from": "noreply@x.com"}, name_from="X",
    date="Sun, 08 Sep 2024 13:27:31 +0000",
    subject="Thanks for your report - case 0294512783",
    body=f"""
Thanks for letting us know.

Case number: 0294512783

We've reviewed the post you reported
({X2})
and removed it because it violates our rules.

Reporting helps make X a safer place. You can view the status of your
reports at https://x.com/settings/report_history.

X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X 'thanks for your report' email that also carries the outcome",
    why="acknowledgement words plus an unhedged removal of a named post",
    items={X2: "removed"},
)

case(
    name="x-promise-to-withhold",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 03:11:20 +0000",
    subject=f"Re: [{R_X}] Request to remove content under the laws of the Republic of Korea",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

We have received your request and our review is under way. We intend to
withhold the two posts below in South Korea once the review is complete:

- {X1}
- {X3}

We expect to confirm the outcome within five business days.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing an intended action",
    why="'intend to withhold ... once the review is complete' is a promise, not a statement",
    items={X1: "pending", X3: "pending"},
)

case(
    name="x-dkim-fail",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    auth="fail",
    date="Fri, 13 Sep 2024 06:08:14 +0000",
    subject=f"Re: [{R_X}] outcome",
    reply_to_req=req_mid(R_X),
    body=f"""
Hello,

The post {X5} has been removed for violating the X Rules.

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply whose DKIM/SPF/DMARC checks failed",
    why="claims to be X but fails authentication: nothing applied",
    items={X5: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "minseo.lee@x.com"}, name_from="Minseo Lee",
    date="Wed, 04 Sep 2024 00:02:03 +0000",
    subject=f"Automatic reply: [{R_X}] Request to remove content under the laws of the Republic of Korea",
    reply_to_req=req_mid(R_X),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email.

For urgent legal requests please write to legal@x.com. Otherwise I will reply
when I am back.

Minseo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office) from an X staff member",
    why="an out-of-office reply",
    items={},
)

# ======================= TikTok =======================
case(
    name="tiktok-numbered-result-below",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Mon, 09 Sep 2024 10:05:47 +0000",
    subject=f"RE: {R_TT} Removal request",
    reply_to_req=req_mid(R_TT),
    body=f"""
Dear KCSC,

Thank you for your request. Below is the result for each URL.

1. {T1}
   Result: Removed (Community Guidelines - regulated goods and services)
2. {T2}
   Result: Removed
3. {T3}
   Result: Restricted in the Republic of Korea (local law)
4. {T4}
   Result: No violation found - no action taken
5. {T5}
   Result: Content not found (the video was unavailable at the time of review)

Kind regards,
TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement/government request outcome with a result line under each URL",
    why="each URL's result on the line below it: two removed, one restricted, one rejected, one not found",
    items={T1: "removed", T2: "removed", T3: "restricted", T4: "rejected", T5: "not_found"},
)

case(
    name="tiktok-statement-of-reasons",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Tue, 10 Sep 2024 14:22:18 +0000",
    subject=f"Decision on your report [{R_TT}]",
    body=f"""
Hi,

We've reviewed the content you reported and made a decision.

What you reported
  Video: {T5}

What we decided
  We removed this video. It is no longer available in any region.

Why
  The video goes against our Community Guidelines on regulated goods and
  commercial activities.

How the decision was made
  The video was reviewed by a member of our safety team.

If you disagree, you can appeal within 6 months at
https://www.tiktok.com/legal/report/appeal.

TikTok
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style notice-of-decision email to a reporter",
    why="one named video removed globally",
    items={T5: "removed"},
)

tt_plain = f"""Hello,

Update on request {R_TT}:

We have removed the following videos from TikTok for violating our
Community Guidelines:

- {T3}
- {T4}

Thank you,
TikTok Trust & Safety
"""
tt_html = f"""<html><body>
<p>Hello,</p>
<p>Update on request {R_TT}:</p>
<p>We have removed the following videos from TikTok for violating our Community Guidelines:</p>
<ul>
<li><a href="{T3}">{T3}</a></li>
<li><a href="{T4}">{T4}</a></li>
</ul>
<p>Thank you,<br>TikTok Trust &amp; Safety</p>
</body></html>
"""
case(
    name="tiktok-base64-alternative",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Wed, 11 Sep 2024 02:44:31 +0000",
    subject=f"Update: {R_TT}",
    reply_to_req=req_mid(R_TT),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="tt-alt-7Qk2"

--tt-alt-7Qk2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(tt_plain)}
--tt-alt-7Qk2
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(tt_html)}
--tt-alt-7Qk2--
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok trust-and-safety update sent as base64 multipart/alternative",
    why="two named videos removed",
    items={T3: "removed", T4: "removed"},
)

case(
    name="tiktok-korean-particles",
    **{"from": "kr-policy@tiktok.com"}, name_from="TikTok Korea Public Policy",
    date="Thu, 12 Sep 2024 08:30:00 +0900",
    subject=f"RE: {R_TT} 게시물 조치 결과 / result",
    reply_to_req=req_mid(R_TT),
    body=f"""
안녕하세요, TikTok 코리아입니다.

Please see our update on request {R_TT}.

- {T2} 는 삭제되었습니다 (removed globally).
- {T3}（한국 내 접근 제한 / restricted in Korea）

The other three videos are still under review by our global team.

감사합니다.
TikTok Korea Public Policy
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea policy team's bilingual reply, URLs followed by Korean particles and full-width brackets",
    why="one video deleted, one restricted in Korea; the other three only 'under review'",
    items={T2: "removed", T3: "restricted", T1: "pending", T4: "pending", T5: "pending"},
)

case(
    name="tiktok-bulk-removed",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Fri, 13 Sep 2024 04:12:55 +0000",
    subject=f"RE: {R_TT} Removal request",
    reply_to_req=req_mid(R_TT),
    body="""
Hi,

We've removed the reported videos. Thank you for helping keep TikTok safe.

Best regards,
TikTok Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="TikTok one-line outcome reply covering the whole report",
    why="'the reported videos' for a request of five items, none named",
    items={},
)

case(
    name="tiktok-conditional-restriction",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Thu, 05 Sep 2024 09:18:02 +0000",
    subject=f"RE: {R_TT} Removal request",
    reply_to_req=req_mid(R_TT),
    body=f"""
Dear KCSC,

Thank you for your request. The video at {T2} has been passed to our
local legal team. If they confirm it is unlawful in Korea, it will be
restricted for users there.

We will let you know the outcome.

Kind regards,
TikTok Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok interim reply with a conditional outcome",
    why="a condition and a promise: the item stays pending",
    items={T2: "pending"},
)

case(
    name="tiktok-vendor-unknown-sender",
    **{"from": "casework@moderation-partners.net"}, name_from="Moderation Partners (on behalf of TikTok)",
    date="Fri, 13 Sep 2024 11:40:09 +0000",
    subject=f"{R_TT} - action taken",
    body=f"""
Hello,

We handle government notices on behalf of TikTok. Regarding your request
{R_TT}, the video {T1} has been removed.

Regards,
Casework Team
Moderation Partners
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing on behalf of a platform",
    why="not a TikTok sender domain: cannot change a status",
    items={T1: "pending"},
)

case(
    name="snapchat-wrong-platform",
    **{"from": "legal@snap.com"}, name_from="Snap Inc. Legal",
    date="Sat, 14 Sep 2024 01:05:26 +0000",
    subject=f"Re: {R_TT} Removal request",
    body=f"""
Hello,

Thank you for your message. The links in your notice do not point to
Snapchat. We could not locate either of the following on our service:

{T1}
{T2}

If you believe content on Snapchat violates Korean law, please submit it
through https://help.snapchat.com/hc/en-us/requests/new.

Snap Inc. Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Snap legal reply to a notice that listed another platform's URLs",
    why="Snap states 'could not locate' about TikTok items",
    items={T1: "pending", T2: "pending"},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Wed, 04 Sep 2024 06:01:44 +0000",
    subject=f"We've received your report ({R_TT})",
    body=f"""
Hi,

We've received your report (your reference {R_TT}).

Ticket ID: 38817265

Our team will review it and get back to you as soon as possible. You don't
need to reply to this email.

TikTok
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok automated ticket receipt",
    why="a pure receipt with a ticket number",
    items={},
)

# ======================= YouTube =======================
case(
    name="yt-legal-blocked-and-removed",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 03:55:10 +0000",
    subject=f"Re: [{R_YT}] Legal removal request - gambling",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

Thank you for contacting YouTube. We have reviewed your request.

Based on our review, we have blocked the following content from view in
South Korea:

- {Y1}
- {Y2}

In addition, the following content has been removed from YouTube for
violating our Community Guidelines:

- {Y3}

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome (local block plus Community Guidelines removal)",
    why="two videos blocked in South Korea, one removed globally",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-age-restriction-and-refusal",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 06:31:27 +0000",
    subject=f"Re: [{R_YT}] Legal removal request - gambling",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

After review, we have applied an age restriction to the video below. It
remains available only to signed-in viewers aged 18 or over.

    {Y3}

We did not take action on {Y4}. Having reviewed the channel as a
whole, we did not find that it violates our policies or local law.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome applying an age restriction and declining the rest",
    why="age restriction = restricted; channel refused with its reason = rejected",
    items={Y3: "restricted", Y4: "rejected"},
)

yt_qp_text = f"""Hello,

Here is the outcome of your request {R_YT}.

The channel {Y4} has been terminated for repeated violations of our spam, deceptive practices and scams policies.

The video {Y1} was reviewed and we found that it does not violate our Community Guidelines or local law. It remains available on YouTube.

Regards,
YouTube Trust & Safety
"""
case(
    name="yt-quoted-printable",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Wed, 11 Sep 2024 09:02:38 +0000",
    subject=f"Outcome of your request {R_YT}",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(yt_qp_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome email sent quoted-printable (long lines soft-wrapped)",
    why="channel terminated (removed), one video stays up as not violating (rejected)",
    items={Y4: "removed", Y1: "rejected"},
)

case(
    name="yt-echoed-submission",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 04:48:51 +0000",
    subject="Your YouTube legal removal request [7-3321009871240]",
    body=f"""
Hi,

Thanks for your submission. Here's a copy of what you sent us:

  Country: South Korea
  Reference: {R_YT}
  Content URLs:
    {Y1}
    {Y2}
  Description: Videos promoting unlicensed online gambling.

Outcome

After reviewing the videos above, we blocked {Y1} from view in South Korea.

For {Y2}, we did not find sufficient grounds under local law to take
action, so the video remains available.

Sincerely,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal webform reply echoing the submission before the outcome",
    why="the echo states nothing; the outcome blocks one video in Korea and refuses the other",
    items={Y1: "restricted", Y2: "rejected"},
)

case(
    name="yt-hedged-uploader-removal",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 07:25:16 +0000",
    subject=f"Re: [{R_YT}] Legal removal request - gambling",
    reply_to_req=req_mid(R_YT),
    body=f"""
Hello,

It appears that the video {Y2} may have been removed by
the uploader. We'll confirm once our records have been updated.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim note with a hedged observation",
    why="'appears ... may have been removed' is a hedge, not a statement",
    items={Y2: "pending"},
)

case(
    name="yt-internal-forward",
    **{"from": "hyunwoo.kang@google.com"}, name_from="Hyunwoo Kang",
    date="Sat, 14 Sep 2024 02:10:33 +0000",
    subject=f"Fwd: [{R_YT}] outcome",
    body=f"""
Hi KCSC team,

FYI, see below from our legal team.

Hyunwoo

---------- Forwarded message ---------
From: YouTube Legal <legal-noreply@google.com>
Date: Fri, Sep 13, 2024 at 5:02 PM
Subject: [{R_YT}] outcome
To: Hyunwoo Kang <hyunwoo.kang@google.com>

We have blocked {Y1} in South Korea following the
KCSC request.
""",
    outcome="review", review="forwarded",
    imitates="Google public-policy staffer forwarding an internal legal-team note",
    why="the only statement sits inside a forwarded message",
    items={Y1: "pending"},
)

yt_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@google.com
Subject: [{R_YT}] Legal removal request - gambling
Date: Thu, 05 Sep 2024 10:02:11 +0900
Message-ID: <{req_mid(R_YT)}@kcsc.example>

""" + "\n".join(request_text(R_YT, "YouTube", YS))
case(
    name="yt-bounce-dsn",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date="Thu, 05 Sep 2024 01:02:40 +0000",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0001ab"

--dsn-0001ab
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-korea@google.com because the address
couldn't be found, or is unable to receive mail.

--dsn-0001ab
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 05 Sep 2024 01:02:11 +0000

Final-Recipient: rfc822; legal-korea@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--dsn-0001ab
Content-Type: message/rfc822

{yt_orig}
--dsn-0001ab--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style delivery failure with the original request attached",
    why="a bounce; the URLs are in our own returned message",
    items={},
)

# ======================= Meta =======================
case(
    name="meta-local-law-restricted",
    **{"from": "content-restrictions@meta.com"}, name_from="Meta Content Restrictions",
    date="Tue, 10 Sep 2024 05:14:09 +0000",
    subject=f"Re: {R_META} - request to restrict content",
    reply_to_req=req_mid(R_META),
    body=f"""
Hello,

Thank you for your request. We reviewed the reported content against our
Community Standards and, as it did not violate them, conducted a legal review.

Based on that review we have restricted access to the following content in
South Korea under local law:

{M1}
{M2}

The content remains available outside South Korea. You can find more
information on how we handle these requests at
https://transparency.meta.com/reports/content-restrictions.

Meta Content Restrictions Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta response to a government content-restriction request (local-law restriction)",
    why="two named items restricted in South Korea; the transparency link is not an item",
    items={M1: "restricted", M2: "restricted"},
)

case(
    name="meta-instagram-reel-removed",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Wed, 11 Sep 2024 12:40:58 +0000",
    subject="Update on your report",
    body=f"""
Hi,

Thanks for your report. We reviewed the reel you reported:

{M3}

We removed it because it goes against our Community Guidelines on privacy
violations. Your report helps keep Instagram safe.

You can see your reports in the Support Requests section of the app.

The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram help-centre 'we removed the reel you reported' notice",
    why="the named reel is removed",
    items={M3: "removed"},
)

meta_csv = (
    "content_url,decision,scope,reason\r\n"
    f"{M1},Content removed,Global,Violates Community Standards (privacy)\r\n"
    f"{M2},Access restricted,South Korea,Local law\r\n"
    f"{M3},No action,,Does not violate Community Standards or local law\r\n"
)
case(
    name="meta-csv-attachment",
    **{"from": "content-restrictions@meta.com"}, name_from="Meta Content Restrictions",
    date="Thu, 12 Sep 2024 03:26:41 +0000",
    subject=f"Re: {R_META} - outcome",
    reply_to_req=req_mid(R_META),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="meta-mix-44"

--meta-mix-44
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome of our review of your request {R_META}.

Meta Content Restrictions Team

--meta-mix-44
Content-Type: text/csv; charset=utf-8; name="{R_META}_outcome.csv"
Content-Disposition: attachment; filename="{R_META}_outcome.csv"
Content-Transfer-Encoding: base64

{b64(meta_csv)}
--meta-mix-44--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content-restriction outcome delivered as a CSV attachment",
    why="CSV rows: removed globally, restricted in Korea, no action (rejected)",
    items={M1: "removed", M2: "restricted", M3: "rejected"},
)

case(
    name="meta-outlook-original-message",
    **{"from": "soyeon.han@meta.com"}, name_from="Soyeon Han",
    date="Fri, 13 Sep 2024 00:58:12 +0000",
    subject=f"RE: {R_META} - request to restrict content",
    reply_to_req=req_mid(R_META),
    body=f"""
Hello,

The Instagram post https://instagram.com/p/C9xQ2mLrT4k/ has been removed for
violating our Community Guidelines on privacy.

The other two items in your request are still being reviewed, and we will
reply once we have an outcome.

Best regards,
Soyeon Han
Public Policy, Meta Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 10:20 AM
To: content-restrictions@meta.com
Subject: {R_META} - request to restrict content

""" + "\n".join(request_text(R_META, "Meta", MS)),
    outcome="applied", classification="confirmation",
    imitates="Meta Korea public-policy Outlook reply over the unquoted original message",
    why="one post removed (written without www); the other two only 'still being reviewed'",
    items={M2: "removed", M1: "pending", M3: "pending"},
)

case(
    name="meta-facebook-support-inbox",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    date="Sat, 14 Sep 2024 09:33:20 +0000",
    subject="We've reviewed the post you reported",
    body=f"""
Facebook

Your report
You reported a post in Harbor Lane Market for sharing someone's private
information.

  {M1}

Our decision
We removed the post because it goes against our Community Standards on
privacy violations.

Thanks for helping us keep Facebook safe.

See your Support Inbox: https://www.facebook.com/support/
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook Support Inbox report-outcome notification",
    why="the named group post is removed; the support link is not an item",
    items={M1: "removed"},
)

case(
    name="meta-bulk-restricted",
    **{"from": "content-restrictions@meta.com"}, name_from="Meta Content Restrictions",
    date="Mon, 16 Sep 2024 02:07:49 +0000",
    subject=f"Re: {R_META} - request to restrict content",
    reply_to_req=req_mid(R_META),
    body=f"""
Hello,

We have restricted access in South Korea to all of the content reported in
your request {R_META}.

Meta Content Restrictions Team
""",
    outcome="review", review="bulk",
    imitates="Meta short outcome covering a whole request",
    why="'all of the content reported' for a request of three items, none named",
    items={},
)

case(
    name="meta-read-receipt",
    **{"from": "jun.oh@meta.com"}, name_from="Jun Oh",
    date="Fri, 06 Sep 2024 04:44:02 +0000",
    subject=f"Read: {R_META} - request to restrict content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-77c1"

--mdn-77c1
Content-Type: text/plain; charset=utf-8

Your message

  To: content-restrictions@meta.com
  Subject: {R_META} - request to restrict content
  Sent: Friday, September 6, 2024 10:20 AM

was read on Friday, September 6, 2024 1:44 PM.

--mdn-77c1
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jun.oh@meta.com
Original-Message-ID: <{req_mid(R_META)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-77c1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt",
    items={},
)

# ======================= Discord =======================
case(
    name="discord-server-removed-invite-invalid",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 17:20:36 +0000",
    subject=f"Re: [{R_DC}] Report of servers trading identity documents",
    reply_to_req=req_mid(R_DC),
    body=f"""
Hi there,

Thanks for your report. We've investigated the server reached through
{D1} and it has been removed from Discord for violating our
Community Guidelines.

The invite {D3} is invalid or has expired, and it does not lead to any
server we could find.

Best,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply to a report of servers",
    why="server behind one invite removed; the other invite cannot be found",
    items={D1: "removed", D3: "not_found"},
)

case(
    name="discord-wrapped-angle-url",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 18:02:11 +0000",
    subject=f"Re: [{R_DC}] Report of servers trading identity documents",
    reply_to_req=req_mid(R_DC),
    body=f"""
Hello,

The message at
<https://discord.com/channels/1140023456789012345/1140023456789012399/
1281234567890123456>
has been deleted, and the account that posted it has been banned from
Discord.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S reply with a long message link wrapped inside angle brackets",
    why="the wrapped, bracketed message link is deleted",
    items={D2: "removed"},
)

case(
    name="discord-under-investigation",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 20:45:03 +0000",
    subject=f"Re: [{R_DC}] Report of servers trading identity documents",
    reply_to_req=req_mid(R_DC),
    body=f"""
Hi there,

The server behind {D3} is currently under investigation by our
team. We'll let you know the outcome once the investigation is complete.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord T&S interim 'under investigation' reply",
    why="'under investigation' is not a statement",
    items={D3: "pending"},
)

# ======================= Reddit =======================
case(
    name="reddit-legal-removed-and-refused",
    **{"from": "support@reddithelp.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 21:14:40 +0000",
    subject=f"[Reddit] Re: Legal removal request {R_RD}",
    reply_to_req=req_mid(R_RD),
    body=f"""
##- Please type your reply above this line -##

Hi,

Thank you for reaching out. We have removed
https://reddit.com/r/seoulnightlife_kr/comments/1f3xk2a/open_thread_week_35/
for violating Reddit's rules against posting private information.

Regarding the second post,
{RD2}, we reviewed it and
determined that it does not violate Reddit's Content Policy or the law cited
in your request, so it will remain up.

Best,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal team's Zendesk reply to a removal request",
    why="one post removed (written without www), the other refused with its reason",
    items={RD1: "removed", RD2: "rejected"},
)

case(
    name="reddit-geo-restricted",
    **{"from": "support@reddithelp.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 16:05:52 +0000",
    subject=f"[Reddit] Re: Legal removal request {R_RD}",
    reply_to_req=req_mid(R_RD),
    body=f"""
##- Please type your reply above this line -##

Hello,

Following legal review, access to the post below has been restricted in
South Korea. It remains visible in other countries.

  {RD2}

Best,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal geo-restriction outcome",
    why="the named post restricted in South Korea",
    items={RD2: "restricted"},
)

case(
    name="reddit-asks-legal-basis",
    **{"from": "support@reddithelp.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 19:30:18 +0000",
    subject=f"[Reddit] Re: Legal removal request {R_RD}",
    reply_to_req=req_mid(R_RD),
    body=f"""
##- Please type your reply above this line -##

Hi,

Before we can act on {RD1}, please tell us the specific provision of
Korean law the post is alleged to violate and, if one exists, send a copy
of the decision or order concerning it.

Once we have this we will continue our review.

Best,
Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for the legal basis before acting",
    why="asks for more information; no statement about the item",
    items={RD1: "pending"},
)

case(
    name="reddit-zendesk-receipt",
    **{"from": "support@reddithelp.com"}, name_from="Reddit Help",
    date="Tue, 10 Sep 2024 01:12:07 +0000",
    subject=f"[Reddit] Request received: Legal removal request {R_RD}",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (#9981273) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Reddit Help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit Zendesk 'request received' receipt",
    why="a pure ticket receipt",
    items={},
)

# ======================= Twitch =======================
case(
    name="twitch-sole-item-removed",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Fri, 13 Sep 2024 22:41:30 +0000",
    subject=f"Re: {R_TW} - removal request",
    reply_to_req=req_mid(R_TW),
    body="""
Hello,

Thank you for contacting Twitch. We have reviewed the VOD identified in your
request and it has been removed from the service.

Regards,
Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply confirming removal without repeating the URL",
    why="request of one item: 'the VOD identified in your request has been removed' applies to it",
    items={W1: "removed"},
)

case(
    name="twitch-no-violation",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Sat, 14 Sep 2024 18:19:04 +0000",
    subject=f"Re: {R_TW} - removal request",
    reply_to_req=req_mid(R_TW),
    body=f"""
Hello,

After careful review of {W1}, we have determined that the
content does not violate Twitch's Community Guidelines or Terms of Service,
and we will not be taking action on it.

Regards,
Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal refusal with its reason",
    why="a refusal with its reason: rejected",
    items={W1: "rejected"},
)

case(
    name="twitch-generic-report-actioned",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    date="Sun, 15 Sep 2024 03:50:45 +0000",
    subject="Update on your recent report",
    body="""
Hi,

Your recent report has been reviewed and we have taken appropriate action.
To protect the privacy of everyone involved, we don't share details of the
action taken.

Thanks for helping keep Twitch safe.

Twitch Safety
""",
    outcome="review", review="no_claims",
    imitates="Twitch generic 'your report has been actioned' notification",
    why="trusted Twitch mail naming no item and referencing no request",
    items={},
)

case(
    name="twitch-dsn-delay",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Wed, 11 Sep 2024 05:15:00 +0000",
    subject="Delayed Mail (still being retried)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dly-2211"

--dly-2211
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<legal@twitch.tv>: connect to mx.twitch.tv[203.0.113.40]:25: Connection timed out

--dly-2211
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 10:14:51 +0900 (KST)

Final-Recipient: rfc822; legal@twitch.tv
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.twitch.tv[203.0.113.40]:25: Connection timed out

--dly-2211
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@twitch.tv
Subject: {R_TW} - removal request
Message-ID: <{req_mid(R_TW)}@kcsc.example>

--dly-2211--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning (DSN, Action: delayed)",
    why="a delay DSN from our own mail system",
    items={},
)

# ======================= Pinterest =======================
case(
    name="pinterest-out-of-office",
    **{"from": "dahye.yoon@pinterest.com"}, name_from="Dahye Yoon",
    date="Mon, 16 Sep 2024 00:30:12 +0000",
    subject="Out of office: content notice",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Hi,

I'm away until 23 September for the Chuseok holidays. For legal and
policy matters during that time please contact legal@pinterest.com.

Thanks,
Dahye
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder from a Pinterest staff member",
    why="an out-of-office reply",
    items={},
)


HEADER = """# Blind set 946 (English notices from many platforms). Written from each
# email's meaning before any run of the reader. Generated by make.py."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind946", HEADER, CASES)


if __name__ == "__main__":
    main()
