#!/usr/bin/env python3
"""Blind set 34 (issue 11): a general English mix across seven platforms.

Deterministic: `python3 tests/corpus/blind34/make.py` rewrites cases/ and
expected.toml. Expected results were written from each email's meaning
before anything was run.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

X = [
    "https://x.com/harbor_lights_22/status/1833210000000000101",
    "https://x.com/harbor_lights_22/status/1833210000000000102",
    "https://x.com/slotking_kr/status/1833210000000000203",
    "https://x.com/slotking_kr/status/1833210000000000204",
    "https://x.com/quietmarket09/status/1833210000000000305",
    "https://x.com/quietmarket09/status/1833210000000000306",
    "https://x.com/pale_ferry/status/1833210000000000407",
    "https://x.com/pale_ferry/status/1833210000000000408",
    "https://x.com/neon_orchard_77/status/1833210000000000509",
    "https://x.com/neon_orchard_77/status/1833210000000000510",
    "https://x.com/copperdune/status/1833210000000000611",
    "https://x.com/copperdune/status/1833210000000000612",
    "https://x.com/mintlantern/status/1833210000000000713",
    "https://x.com/mintlantern/status/1833210000000000714",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3vR8tLp2a",
    "https://www.youtube.com/watch?v=Zk7wN1cHd4b",
    "https://youtu.be/Hx2pT9sLm5c",
    "https://www.youtube.com/shorts/Bf6yK0qWe7d",
    "https://www.youtube.com/@tidewatch_kr",
]
T = [
    "https://t.me/moonrelay_shop/4412",
    "https://t.me/moonrelay_shop/4419",
    "https://t.me/grey_tollbooth",
    "https://t.me/s/velvetsignal/981",
]
K = [
    "https://www.tiktok.com/@lucky.reef.kr/video/7412003300112233441",
    "https://www.tiktok.com/@lucky.reef.kr/video/7412003300112233442",
    "https://www.tiktok.com/@sable_kite/video/7412003300998877663",
]
M = [
    "https://www.instagram.com/p/C9xQe2LmTtv/",
    "https://www.facebook.com/permalink.php?story_fbid=pfbid02Kx7Yw&id=100089900112233",
]
R = ["https://www.reddit.com/r/koreadeals_alt/comments/1fh2k9q/cheap_accounts_here/"]
D = ["https://discord.gg/pinecrate7"]

REQ_X, REQ_Y, REQ_T, REQ_K, REQ_M, REQ_R, REQ_D = (
    "KCSC-240910-01", "KCSC-240911-02", "KCSC-240912-03", "KCSC-240913-04",
    "KCSC-240915-05", "KCSC-240916-06", "KCSC-240917-07")


def quoted_request(ref, urls, when):
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:",
             f"> Request for correction ({ref})",
             "> The Korea Communications Standards Commission requests that the",
             "> following content be removed or access to it be restricted:",
             ">"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines.append(">")
    lines.append("> Please reply to this address with the action taken for each item.")
    return "\n".join(lines)


def mime(parts, boundary, sub="mixed"):
    out = [f'Content-Type: multipart/{sub}; boundary="{boundary}"', "", "This is a multi-part message in MIME format.", ""]
    for hdrs, body in parts:
        out.append(f"--{boundary}")
        out.extend(hdrs)
        out.append("")
        out.append(body.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


cases = []

# ---------------------------------------------------------------- X (14 items)
cases.append(dict(
    name="x-withheld-in-korea-list", from_="legal-noreply@x.com",
    date="Thu, 12 Sep 2024 03:14:09 +0000", subject=f"Re: [{REQ_X}] Legal request - Case #0917734521",
    reply_to_req=REQ_X,
    body=f"""Hello,

Thank you for your report. After review, X has withheld access to the following posts in South Korea in response to your legal demand:

{X[0]}
{X[1]}
{X[2]}

The posts remain available outside South Korea. Users in Korea will see a notice that the content has been withheld in response to a legal demand.

More about country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
Case #0917734521
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld-content notice (help.x.com 'post withheld by country'; 'withheld in <country> in response to a legal demand')",
    why="Plain statement that three listed posts were withheld in South Korea: restricted. The help link is not an item.",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted"},
))

cases.append(dict(
    name="x-status-below-bare-url", from_="legal-noreply@x.com",
    date="Fri, 13 Sep 2024 08:02:41 +0000", subject=f"Re: [{REQ_X}] Outcome of your report",
    reply_to_req=REQ_X,
    body=f"""Hi,

We have completed our review of the posts you listed. Results per post:

{X[3]}
Removed for violating our Illegal or certain regulated goods or services policy.

{X[4]}
Removed - account owner was required to delete the post.

{X[5]}
No violation found. We have reviewed this post against the X Rules and local law and will not be taking action at this time.

You can read the X Rules at https://help.x.com/en/rules-and-policies/x-rules

Thanks,
X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X Safety report outcome email ('we will not be taking action at this time' / 'account owner was required to delete'), per-post status on the line under a bare URL",
    why="Statuses on the line below each bare URL: two removed, one rejected (no violation, no action).",
    items={X[3]: "removed", X[4]: "removed", X[5]: "rejected"},
))

cases.append(dict(
    name="x-could-not-locate", from_="legal-noreply@x.com",
    date="Fri, 13 Sep 2024 11:20:00 +0000", subject=f"Re: [{REQ_X}] Case #0917734522",
    reply_to_req=REQ_X,
    body=f"""Hello,

We were unable to locate the post at {X[6]} . It appears it may have already been deleted by the account holder before our review, and it is no longer available on X.

No further action is required from X on this URL.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply 'we were unable to locate the reported content' / already deleted by the account holder",
    why="Unable to locate, already deleted by the author: not_found. 'may have' is inside the explanation; the main statement (unable to locate, no longer available) is unhedged.",
    items={X[6]: "not_found"},
))

cases.append(dict(
    name="x-top-posted-over-quoted-list", from_="legal-noreply@x.com",
    date="Sat, 14 Sep 2024 02:45:12 +0000", subject=f"Re: [{REQ_X}] Request for correction",
    reply_to_req=REQ_X,
    body=f"""Hello KCSC team,

We have removed the following two posts for violating our rules:
{X[7]}
{X[8]}

We are still reviewing the remaining items in your request and will reply separately.

Best,
X Legal

{quoted_request(REQ_X, X, "Tue, Sep 10, 2024 at 10:00 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted original request (common in legal-desk threads)",
    why="Only the two posts named above the quote are removed; the quoted list of all 14 is our own text; the rest stays pending.",
    items={X[7]: "removed", X[8]: "removed"},
))

html_table = f"""<html><body>
<p>Dear Sir or Madam,</p>
<p>Please find below the outcome of your request {REQ_X}.</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>Reported URL</th><th>Action</th></tr>
<tr><td>1</td><td>{X[9]}</td><td>Withheld in KR</td></tr>
<tr><td>2</td><td>{X[10]}</td><td>Removed</td></tr>
</table>
<p>For information on how we handle legal requests, see <a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">https://help.x.com/en/rules-and-policies/x-legal-faqs</a>.</p>
<p>X Corp. Legal<br>865 FM 1209, Bastrop, TX 78602</p>
</body></html>"""
html_text = f"""Dear Sir or Madam,

Please find below the outcome of your request {REQ_X}.

1  {X[9]}  Withheld in KR
2  {X[10]}  Removed

For information on how we handle legal requests, see https://help.x.com/en/rules-and-policies/x-legal-faqs.

X Corp. Legal
"""
cases.append(dict(
    name="x-html-table-multipart-alt", from_="legal@x.com",
    date="Sun, 15 Sep 2024 06:10:33 +0000", subject=f"Re: [{REQ_X}] Outcome",
    reply_to_req=REQ_X,
    raw_mime=mime([
        (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"], qp(html_text)),
        (["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"], qp(html_table)),
    ], "b34-alt-x5", "alternative"),
    outcome="applied", classification="confirmation",
    imitates="legal-desk outcome table (multipart/alternative, quoted-printable) with a legal-FAQ link and postal footer",
    why="Table row 1 withheld in KR (restricted), row 2 removed. The FAQ link is not an item.",
    items={X[9]: "restricted", X[10]: "removed"},
))

cases.append(dict(
    name="x-appropriate-action-hedged", from_="legal-noreply@x.com",
    date="Mon, 16 Sep 2024 04:00:00 +0000", subject=f"Re: [{REQ_X}] Case #0917734530",
    reply_to_req=REQ_X,
    body=f"""Hello,

Thanks for reaching out. Our team will review the following posts and take appropriate action where we find a violation of the X Rules or applicable local law:

{X[11]}
{X[12]}

We may not always be able to share the outcome of our review.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X 'we will review and take appropriate action' holding reply",
    why="Future and conditional ('will review and take appropriate action where we find a violation'): nothing was done yet. The email names items, so it must not be ignored; review.",
    items={},
))

csv_att = "url,decision,date\n" + f"{X[13]},removed,2024-09-16\n"
cases.append(dict(
    name="x-csv-attachment", from_="legal@x.com",
    date="Mon, 16 Sep 2024 09:31:00 +0000", subject=f"Re: [{REQ_X}] Results attached",
    reply_to_req=REQ_X,
    raw_mime=mime([
        (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit"],
         "Hello,\n\nPlease see the attached CSV for the action taken on the post from your request.\n\nX Legal\n"),
        (["Content-Type: text/csv; charset=utf-8; name=\"kcsc_results.csv\"",
          "Content-Disposition: attachment; filename=\"kcsc_results.csv\"",
          "Content-Transfer-Encoding: base64"], b64(csv_att)),
    ], "b34-mixed-x7"),
    outcome="applied", classification="confirmation",
    imitates="legal-desk reply with a results spreadsheet exported as CSV",
    why="CSV attachment row: removed.",
    items={X[13]: "removed"},
))

cases.append(dict(
    name="x-out-of-office", from_="j.moreno@x.com", name_from="Julia Moreno",
    date="Tue, 10 Sep 2024 02:01:00 +0000", subject=f"Automatic reply: [{REQ_X}] Request for correction",
    reply_to_req=REQ_X,
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday 16 September with limited access to email.
For urgent legal requests please use the legal request portal at https://legalrequests.x.com.

Julia
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office message",
    why="Out-of-office auto-reply; states nothing about items.",
    items={},
))

cases.append(dict(
    name="x-received-plus-update", from_="legal-noreply@x.com",
    date="Wed, 11 Sep 2024 07:45:00 +0000", subject=f"Re: [{REQ_X}] We received your request - Case #0917734519",
    reply_to_req=REQ_X,
    body=f"""Hello,

We have received your request and a case (#0917734519) has been created.

Update: {X[0]} has been withheld in South Korea. The remaining posts are still in review.

Please do not reply to this email.
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal case-created receipt with an inline update",
    why="Receipt phrase plus an unhedged item statement: not a pure acknowledgement; the one post is restricted, others pending.",
    items={X[0]: "restricted"},
))

# ---------------------------------------------------------------- YouTube (5 items)
cases.append(dict(
    name="yt-blocked-in-country", from_="legal-support@youtube.com",
    date="Thu, 12 Sep 2024 05:30:00 +0000", subject=f"Re: [{REQ_Y}] Legal Removal Request [5-1234000012345]",
    reply_to_req=REQ_Y,
    body=f"""Hello,

Thanks for reaching out to us.

In accordance with local law, we have blocked the following content from view on the YouTube Korea country site:

- {Y[0]}

The video remains available in other countries. For more on how we review legal complaints, visit https://support.google.com/legal/answer/3110420.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal reply 'we have blocked the content from view on the YouTube <country> site'",
    why="Blocked in one country only: restricted. Help link is not an item.",
    items={Y[0]: "restricted"},
))

cases.append(dict(
    name="yt-removed-community-guidelines", from_="no-reply@youtube.com",
    date="Fri, 13 Sep 2024 01:12:00 +0000", subject="Update on the content you reported",
    reply_to_req=REQ_Y,
    body=f"""Hi,

Thanks for your report. Our team reviewed the content and found that it violates our Community Guidelines, so we've removed it from YouTube:

Video: {Y[1]}

You can learn more about our policies at https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

The YouTube Team

Help Center - Email options
You have received this email to update you on actions related to content you reported.
(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'your content has been removed' / report-outcome email with footer",
    why="Removed for Community Guidelines violation.",
    items={Y[1]: "removed"},
))

cases.append(dict(
    name="yt-age-restricted", from_="legal-support@youtube.com",
    date="Sat, 14 Sep 2024 03:03:00 +0000", subject=f"Re: [{REQ_Y}] [5-1234000012351]",
    reply_to_req=REQ_Y,
    body=f"""Hello,

After reviewing {Y[2]} we have applied an age restriction to the video. It is no longer viewable by signed-out users or by users under 18, and it cannot be embedded on other websites.

Learn more about age-restricted content: https://support.google.com/youtube/answer/2802167

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice ('we have applied an age restriction')",
    why="Age restriction is a restriction.",
    items={Y[2]: "restricted"},
))

cases.append(dict(
    name="yt-no-action-not-violating", from_="legal-support@youtube.com",
    date="Sun, 15 Sep 2024 10:10:00 +0000", subject=f"Re: [{REQ_Y}] [5-1234000012360]",
    reply_to_req=REQ_Y,
    body=f"""Hello,

We have reviewed the Short you reported ({Y[3]}). Based on the information provided, we have decided not to take action on this content: it does not appear to violate our Community Guidelines, and we did not find sufficient basis under local law to restrict it.

If you have a court order concerning this content, you may send it in reply.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply 'we have decided not to take action' with an invitation to send a court order",
    why="A negated action with a reason: rejected. The invitation to send a court order is an option, not a request for missing information about this request.",
    items={Y[3]: "rejected"},
))

cases.append(dict(
    name="yt-ticket-receipt", from_="legal-support@youtube.com",
    date="Wed, 11 Sep 2024 05:31:00 +0000", subject="We've received your legal request [5-1234000012345]",
    reply_to_req=REQ_Y,
    body="""Hello,

Thank you for contacting YouTube. We have received your legal request and a ticket has been created (5-1234000012345).

Our team will review your request and respond as soon as possible. Please keep the reference number in the subject line when you write to us about this request.

Regards,
The YouTube Legal Support Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal support automatic receipt with ticket number",
    why="Pure receipt; names no item and states nothing.",
    items={},
))

cases.append(dict(
    name="yt-lookalike-domain", from_="legal@youtube-legalsupport.com", name_from="YouTube Legal",
    date="Thu, 12 Sep 2024 09:00:00 +0000", subject=f"Re: [{REQ_Y}] Removal completed",
    reply_to_req=REQ_Y,
    body=f"""Hello,

The channel {Y[4]} has been terminated and all of its videos removed.

YouTube Legal
""",
    outcome="review", review="unknown_sender",
    imitates="spoofed look-alike sender claiming a removal",
    why="Look-alike domain not among the platform's senders, naming our item: must be seen, nothing applied.",
    items={},
))

cases.append(dict(
    name="yt-base64-channel-terminated", from_="legal-support@youtube.com",
    date="Mon, 16 Sep 2024 02:20:00 +0000", subject=f"Re: [{REQ_Y}] [5-1234000012377]",
    reply_to_req=REQ_Y,
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(
        f"""Hello,

We have terminated the channel {Y[4]} for violating our Terms of Service. The channel and its videos are no longer available on YouTube.

Regards,
YouTube Legal Support
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube channel-termination notice, base64 body",
    why="Channel terminated, no longer available: removed.",
    items={Y[4]: "removed"},
))

cases.append(dict(
    name="yt-removed-one-still-reviewing", from_="legal-support@youtube.com",
    date="Tue, 17 Sep 2024 06:00:00 +0000", subject=f"Re: [{REQ_Y}] [5-1234000012345]",
    reply_to_req=REQ_Y,
    body=f"""Hello,

Following our review, we have removed {Y[0]} globally for violating our policy on online gambling.

Our team is still reviewing {Y[1]} and will get back to you once a decision has been made.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal partial outcome (one decided, one still in review)",
    why="First item removed unhedged; second is explicitly still under review so stays pending. Arguable: a clerk might want the whole email in review; we expect applied with the second item pending.",
    items={Y[0]: "removed"},
))

cases.append(dict(
    name="yt-will-be-restricted", from_="legal-support@youtube.com",
    date="Tue, 17 Sep 2024 08:00:00 +0000", subject=f"Re: [{REQ_Y}] [5-1234000012351]",
    reply_to_req=REQ_Y,
    body=f"""Hello,

We intend to restrict {Y[2]} in Korea. The restriction is expected to take effect within the next 48 hours, once the uploader's notice period ends.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal reply announcing a future action",
    why="Future intent, not done: must not be applied, and names an item: review.",
    items={},
))

# ---------------------------------------------------------------- Telegram (4 items)
cases.append(dict(
    name="tg-reported-content-echoed", from_="abuse@telegram.org",
    date="Fri, 13 Sep 2024 14:00:00 +0000", subject=f"Re: [{REQ_T}] Report",
    reply_to_req=REQ_T,
    body=f"""Hello,

Thank you for your report. The reported content has been blocked and is no longer accessible on Telegram.

--- Your report ---
Reference: {REQ_T}
Links:
{T[0]}
{T[1]}
Reason: illegal drugs
---

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply ('the reported content has been blocked') followed by the echoed report",
    why="Statement about 'the reported content' followed by the echoed report listing two items: both removed (blocked, not accessible on Telegram).",
    items={T[0]: "removed", T[1]: "removed"},
))

cases.append(dict(
    name="tg-invalid-link", from_="abuse@telegram.org",
    date="Fri, 13 Sep 2024 15:00:00 +0000", subject=f"Re: [{REQ_T}] Report",
    reply_to_req=REQ_T,
    body=f"""Hi,

{T[2]}
This link is invalid - there is no public channel or group with this username.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply 'this link is invalid' / username does not exist",
    why="Status line under a bare URL: not_found.",
    items={T[2]: "not_found"},
))

cases.append(dict(
    name="tg-dmarc-fail", from_="abuse@telegram.org", auth="fail",
    date="Sat, 14 Sep 2024 01:00:00 +0000", subject=f"Re: [{REQ_T}] Report",
    reply_to_req=REQ_T,
    body=f"""Hello,

The channel {T[3]} has been blocked for all users.

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse reply, but DMARC fails (spoof test)",
    why="DMARC fail on a platform domain naming our item: untrusted, review, nothing applied.",
    items={},
))

cases.append(dict(
    name="tg-url-below-statement", from_="dsa@telegram.org",
    date="Mon, 16 Sep 2024 12:00:00 +0000", subject=f"Re: [{REQ_T}] Case #7734112",
    reply_to_req=REQ_T,
    body=f"""Hello,

The following channel has been blocked for distributing illegal content:
{T[3]}

Case #7734112
Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk short notice, URL on the line below the statement",
    why="Statement on the line above the URL: removed.",
    items={T[3]: "removed"},
))

cases.append(dict(
    name="tg-bounce-dsn", from_="MAILER-DAEMON@telegram.org", name_from="Mail Delivery System",
    date="Thu, 12 Sep 2024 00:16:00 +0000", subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=mime([
        (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
         """This is the mail system at host mail-out1.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@telegram.org>: host mx.telegram.org said: 550 5.1.1 User unknown
"""),
        (["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
         """Reporting-MTA: dns; mail-out1.telegram.org
Arrival-Date: Thu, 12 Sep 2024 00:15:58 +0000

Final-Recipient: rfc822; abuse-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
"""),
        (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
         f"""From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@telegram.org
Subject: [{REQ_T}] Request for correction
Message-ID: <{REQ_T}@kcsc.example>
"""),
    ], "b34-dsn-t5", 'report; report-type=delivery-status'),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN 'Undelivered Mail Returned to Sender'",
    why="Delivery failure report; ignored.",
    items={},
))

cases.append(dict(
    name="tg-unknown-sender-gmail", from_="moonrelay.admin@gmail.com", name_from="moonrelay admin",
    date="Sat, 14 Sep 2024 11:11:00 +0000", subject=f"Re: [{REQ_T}] my channel",
    reply_to_req=REQ_T,
    body=f"""hello
i am admin of {T[0]} . i deleted all posts already, please close the case.
""",
    outcome="review", review="unknown_sender",
    imitates="uploader writing directly to the regulator from a free-mail address",
    why="Not a platform sender; claims a deletion of our item: review, nothing applied.",
    items={},
))

# ---------------------------------------------------------------- TikTok (3 items)
tt_text = f"""Hello,

Thank you for your report regarding request {REQ_K}. Our Trust and Safety team has completed its review.

Video: {K[0]}
Outcome: Removed. This video violated our Community Guidelines on gambling and has been removed from TikTok.

Video: {K[1]}
Outcome: No violation. After careful review we found that this video does not violate our Community Guidelines, so it remains available on TikTok.

Learn more about our Community Guidelines: https://www.tiktok.com/community-guidelines

TikTok Trust and Safety
TikTok Pte. Ltd.
"""
tt_html = "<html><body>" + "".join(f"<p>{ln}</p>" if ln else "<br>" for ln in tt_text.split("\n")) + "</body></html>"
cases.append(dict(
    name="tiktok-outcome-per-video-qp", from_="legal@tiktok.com", name_from="TikTok",
    date="Sat, 14 Sep 2024 08:40:00 +0000", subject=f"Re: [{REQ_K}] Report outcome",
    reply_to_req=REQ_K,
    raw_mime=mime([
        (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"], qp(tt_text)),
        (["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"], qp(tt_html)),
    ], "b34-alt-k1", "alternative"),
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome notice ('does not violate our Community Guidelines' / 'has been removed')",
    why="Per-video outcomes: first removed, second rejected (no violation, remains available).",
    items={K[0]: "removed", K[1]: "rejected"},
))

cases.append(dict(
    name="tiktok-under-review", from_="legal@tiktok.com", name_from="TikTok",
    date="Sun, 15 Sep 2024 03:00:00 +0000", subject=f"Re: [{REQ_K}] Status",
    reply_to_req=REQ_K,
    body=f"""Hello,

The video {K[2]} is currently under review by our local legal team. We will update you once the review is complete.

TikTok Trust and Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok 'currently under review, we will update you' holding reply",
    why="Under review is no status; names our item, so not ignorable: review.",
    items={},
))

cases.append(dict(
    name="tiktok-geo-restricted", from_="legal@tiktok.com", name_from="TikTok",
    date="Tue, 17 Sep 2024 09:00:00 +0000", subject=f"Re: [{REQ_K}] Status",
    reply_to_req=REQ_K,
    body=f"""Hello,

Following our review under applicable local law, access to the video below has been restricted in South Korea. It remains available in other regions.

{K[2]}

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok local-law restriction notice ('restricted in your country/region')",
    why="Restricted in one country: restricted (statement above, URL below).",
    items={K[2]: "restricted"},
))

cases.append(dict(
    name="tiktok-read-receipt", from_="legal@tiktok.com", name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 02:05:00 +0000", subject=f"Read: [{REQ_K}] Request for correction",
    raw_mime=mime([
        (["Content-Type: text/plain; charset=utf-8"],
         f"""Your message

  To: legal@tiktok.com
  Subject: [{REQ_K}] Request for correction
  Sent: Friday, September 13, 2024 11:00 AM (UTC+09:00) Seoul

was read on Friday, September 13, 2024 11:05 AM (UTC+09:00) Seoul.
"""),
        (["Content-Type: message/disposition-notification"],
         f"""Reporting-UA: legal.tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; legal@tiktok.com
Original-Message-ID: <{REQ_K}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
    ], "b34-mdn-k4", "report; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="Read receipt: ignored.",
    items={},
))

# ---------------------------------------------------------------- Meta (2 items)
cases.append(dict(
    name="meta-restricted-local-law-echo", from_="noreply@fb.com", name_from="Meta",
    date="Mon, 16 Sep 2024 07:00:00 +0000", subject=f"Re: [{REQ_M}] Your report - Reference 1029384756",
    reply_to_req=REQ_M,
    body=f"""Hi,

Thanks for contacting us. We reviewed the content you reported and, based on local law, we have restricted access to it in South Korea. It was not removed globally because it does not go against our Community Standards.

Your report
-----------
Reference number: 1029384756
Reported content:
  {M[0]}
  {M[1]}
Country: South Korea

Learn how Meta handles government requests: https://transparency.meta.com/reports/content-restrictions/

Thanks,
Meta Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Meta local-law content-restriction notice with echoed report",
    why="'We have restricted access to it in South Korea' about the reported content, echoed below: both restricted. 'not removed globally' explains the scope, it is not a rejection.",
    items={M[0]: "restricted", M[1]: "restricted"},
))

cases.append(dict(
    name="meta-asks-more-information", from_="noreply@fb.com", name_from="Meta",
    date="Sun, 15 Sep 2024 23:00:00 +0000", subject=f"Re: [{REQ_M}] More information needed",
    reply_to_req=REQ_M,
    body=f"""Hi,

We need more information before we can process your report about {M[1]}.

Please provide the specific law that you believe the content violates and explain how it applies. Without this information we can't take action on your report.

Thanks,
Meta Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Meta legal 'we need more information' reply",
    why="Asks for legal basis; nothing done: review asks_more.",
    items={},
))

cases.append(dict(
    name="meta-instagram-removed-sor", from_="no-reply@instagram.com", name_from="Instagram",
    date="Tue, 17 Sep 2024 10:00:00 +0000", subject=f"Re: [{REQ_M}] Decision on your report",
    reply_to_req=REQ_M,
    body=f"""Hi,

Statement of decision

Content: {M[0]}
Decision: We removed this post because it goes against our Community Guidelines on restricted goods.
Date of decision: 17 September 2024
Automated means used: No

If you disagree with this decision, you can learn about your options at https://help.instagram.com/contact/

Instagram
Meta Platforms Ireland Limited
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram DSA statement-of-reasons style decision notice",
    why="Decision: removed.",
    items={M[0]: "removed"},
))

# ---------------------------------------------------------------- Reddit (1 item)
cases.append(dict(
    name="reddit-removed-content-policy", from_="noreply@reddit.com", name_from="Reddit",
    date="Tue, 17 Sep 2024 01:30:00 +0000", subject=f"Re: [{REQ_R}] Your report",
    reply_to_req=REQ_R,
    body=f"""Hi there,

Thanks for submitting a report to the Reddit Safety team. After investigating, we've found that the reported content violates Reddit's Content Policy and have removed it.

Reported content: {R[0]}

Thanks again for your report and for helping keep Reddit safe.

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report-outcome message ('we've found that the reported content violates ... and have removed it')",
    why="Removed.",
    items={R[0]: "removed"},
))

cases.append(dict(
    name="reddit-no-violation", from_="noreply@reddit.com", name_from="Reddit",
    date="Wed, 18 Sep 2024 01:30:00 +0000", subject=f"Re: [{REQ_R}] Your report",
    reply_to_req=REQ_R,
    body=f"""Hi there,

Thanks for your report. After investigating, we didn't find that the reported content violates Reddit's Content Policy, so we won't be taking action on it at this time.

Reported content: {R[0]}

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety 'we didn't find a violation' report outcome",
    why="No violation, no action: rejected.",
    items={R[0]: "rejected"},
))

cases.append(dict(
    name="reddit-about-x-post", from_="legal@reddit.com", name_from="Reddit Legal",
    date="Wed, 18 Sep 2024 05:00:00 +0000", subject="Your recent notice",
    body=f"""Hello,

We have removed the content at {X[4]} as requested.

Reddit Legal
""",
    outcome="review", review="wrong_platform",
    imitates="misdirected reply from one platform about another platform's item",
    why="Reddit cannot state what happened to an X post; nothing applied. Arguable reason: unmatched_claims or wrong_platform; we expect wrong_platform.",
    items={},
))

cases.append(dict(
    name="reddit-ooo", from_="legalteam@reddit.com", name_from="Reddit Legal",
    date="Mon, 16 Sep 2024 01:41:00 +0000", subject=f"Auto: [{REQ_R}] Request for correction",
    reply_to_req=REQ_R,
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""Thank you for your email. This inbox is not monitored during weekends and US holidays. We will respond on the next business day.

Reddit Legal
""",
    outcome="ignored", classification="auto_reply",
    imitates="unmonitored-inbox auto-reply",
    why="Auto-reply: ignored.",
    items={},
))

# ---------------------------------------------------------------- Discord (1 item)
cases.append(dict(
    name="discord-server-actioned", from_="legal@discord.com", name_from="Discord Legal",
    date="Wed, 18 Sep 2024 04:00:00 +0000", subject=f"Re: [{REQ_D}] Request #4419021",
    reply_to_req=REQ_D,
    body=f"""Hello,

Thank you for your report. We have reviewed the server linked by the invite {D[0]} and taken action for violating our Community Guidelines. The server has been removed from Discord and the invite no longer works.

Discord Trust & Safety
Request #4419021
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety 'we have taken action ... server removed' reply",
    why="Server removed: removed.",
    items={D[0]: "removed"},
))

cases.append(dict(
    name="discord-request-received", from_="noreply@discord.com", name_from="Discord",
    date="Tue, 17 Sep 2024 04:06:00 +0000", subject="[Discord] Your request (#4419021) has been received",
    reply_to_req=REQ_D,
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Your request (#4419021) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

Discord Support
""",
    outcome="ignored",
    imitates="Zendesk-style ticket receipt used by Discord support",
    why="Ticket receipt naming no item: ignored (acknowledgement or auto_reply; class left open).",
    items={},
))

cases.append(dict(
    name="discord-invite-invalid", from_="legal@discord.com", name_from="Discord Legal",
    date="Wed, 18 Sep 2024 08:00:00 +0000", subject=f"Re: [{REQ_D}] Request #4419021",
    reply_to_req=REQ_D,
    body=f"""Hello,

We were unable to find a server associated with {D[0]}. The invite is invalid or has expired, so there is nothing for us to action.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord reply 'invite is invalid or has expired'",
    why="Could not find, invalid invite: not_found.",
    items={D[0]: "not_found"},
))

# ---------------------------------------------------------------- more X / mixed
cases.append(dict(
    name="x-numbered-list-mixed", from_="legal-noreply@x.com",
    date="Wed, 18 Sep 2024 02:00:00 +0000", subject=f"Re: [{REQ_X}] Case #0917734530",
    reply_to_req=REQ_X,
    body=f"""Hello,

Update on your request:

1. {X[11]} — removed; the account was suspended for violating our rules on platform manipulation and spam.
2. {X[12]} — this post does not exist or has been deleted.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal numbered per-item update",
    why="Item 1 removed (account suspended covers the post), item 2 not found.",
    items={X[11]: "removed", X[12]: "not_found"},
))

cases.append(dict(
    name="x-outlook-original-message", from_="m.ito@x.com", name_from="Mika Ito",
    date="Thu, 19 Sep 2024 01:00:00 +0000", subject=f"RE: [{REQ_X}] Request for correction",
    reply_to_req=REQ_X,
    body=f"""Hello,

{X[2]} and {X[3]} are no longer available on X; both posts were deleted following our review.

Best regards,
Mika Ito
Legal Policy, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:00 AM
To: legal@x.com
Subject: [{REQ_X}] Request for correction

Please remove the following:
{chr(10).join(X)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' quote",
    why="Two named posts deleted: removed; the quoted list below 'Original Message' is ours.",
    items={X[2]: "removed", X[3]: "removed"},
))

cases.append(dict(
    name="meta-mixed-lookalike-facebook", from_="support@facebook-legal-review.com", name_from="Facebook Legal",
    date="Wed, 18 Sep 2024 10:00:00 +0000", subject=f"Re: [{REQ_M}] Action taken",
    reply_to_req=REQ_M,
    body=f"""Dear KCSC,

We have removed the post {M[1]}. To confirm the closure, please verify your account at the link below.

Facebook Legal
""",
    outcome="review", review="unknown_sender",
    imitates="phishing look-alike of a Facebook legal notice",
    why="Unknown look-alike sender naming our item: review, nothing applied.",
    items={},
))

cases.append(dict(
    name="tg-dsa-all-done", from_="dsa@telegram.org",
    date="Thu, 19 Sep 2024 03:00:00 +0000", subject=f"Re: [{REQ_T}] Case #7734190",
    reply_to_req=REQ_T,
    body=f"""Hello,

Result of our review:
* {T[0]} - message deleted
* {T[1]} - message deleted
* {T[2]} - not found (no such username)

Case #7734190
Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk bulleted result list",
    why="Bulleted per-item results: two removed, one not found.",
    items={T[0]: "removed", T[1]: "removed", T[2]: "not_found"},
))

for c in cases:
    c["from"] = c.pop("from_")

HEADER = """# Blind set 34 (issue 11): a general English mix across X, YouTube, Telegram,
# TikTok, Meta, Reddit and Discord. Written blind; expected results from meaning,
# before anything was run. See NOTES.md."""

write_set(HERE, "blind34", HEADER, cases)
