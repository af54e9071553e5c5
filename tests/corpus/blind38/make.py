#!/usr/bin/env python3
"""Blind set 38: a general mix of English platform replies across many
platforms (YouTube/Google, X, TikTok, Meta, Reddit, Discord, Telegram).

Written without reading the reader or the other sets. Expected results are
written here from the meaning of each email, before anything was run.
Deterministic: fixed dates, fixed MIME boundaries, fixed base64/QP output.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

YT = [
    "https://www.youtube.com/watch?v=Qx7fK2mPzA1",
    "https://www.youtube.com/watch?v=Bn3tR8wLcE2",
    "https://www.youtube.com/watch?v=Hj5yU1oQvT3",
    "https://www.youtube.com/watch?v=Zk9pD4sGmN4",
    "https://www.youtube.com/watch?v=Lw2eX6aRfB5",
    "https://www.youtube.com/watch?v=Tc8mV0iKpY6",
    "https://www.youtube.com/shorts/Pq4nJ7hWsU7",
    "https://www.youtube.com/shorts/Ge1bF3zXkO8",
    "https://www.youtube.com/watch?v=Ry6tA9cMdL9",
    "https://www.youtube.com/watch?v=Vu0oS2lEqW0",
    "https://www.youtube.com/watch?v=Fi3gH5kNjA1b",
    "https://www.youtube.com/@fakeharbor_tv",
    "https://www.youtube.com/watch?v=Mx7wQ1pZrC2c",
    "https://www.youtube.com/watch?v=Dy4kL8vTbS3d",
]
X = [
    "https://x.com/fauxbet_kr/status/1832911000000000101",
    "https://x.com/fauxbet_kr/status/1832911000000000102",
    "https://x.com/shady_promo77/status/1832911000000000203",
    "https://x.com/shady_promo77/status/1832911000000000204",
    "https://x.com/noirleaks_kr",
]
TT = [
    "https://www.tiktok.com/@fauxdeal.kr/video/7412300000000000011",
    "https://www.tiktok.com/@fauxdeal.kr/video/7412300000000000012",
    "https://www.tiktok.com/@pill_shop_fake/video/7412300000000000023",
    "https://www.tiktok.com/@pill_shop_fake",
]
ME = [
    "https://www.facebook.com/fauxcasino.kr/posts/pfbid02FakeAbC123xyz",
    "https://www.instagram.com/p/C_fAkE1abcQ/",
    "https://www.instagram.com/reel/C_fAkE2xyzR/",
]
RD = [
    "https://www.reddit.com/r/fakesub_kr/comments/1fb2xyz/free_streams_here/",
    "https://www.reddit.com/r/fakesub_kr/comments/1fb3abc/comment/lm0qrst/",
]
DC = ["https://discord.gg/fAkEsrv38"]
TG = ["https://t.me/blind38_chan/11", "https://t.me/blind38_chan/12", "https://t.me/blind38_chan/13"]

REQ = {
    "240909": ("KCSC-240909-01", "Mon, 9 Sep 2024 10:00:00 +0900", YT, "gambling"),
    "240910": ("KCSC-240910-01", "Tue, 10 Sep 2024 10:00:00 +0900", X, "illegal drug sales"),
    "240911": ("KCSC-240911-01", "Wed, 11 Sep 2024 10:00:00 +0900", TT, "illegal drug sales"),
    "240912": ("KCSC-240912-01", "Thu, 12 Sep 2024 10:00:00 +0900", ME, "illegal gambling"),
    "240913": ("KCSC-240913-01", "Fri, 13 Sep 2024 10:00:00 +0900", RD, "copyright infringement"),
    "240916": ("KCSC-240916-01", "Mon, 16 Sep 2024 10:00:00 +0900", DC, "sexual exploitation"),
    "240917": ("KCSC-240917-01", "Tue, 17 Sep 2024 10:00:00 +0900", TG, "illegal drug sales"),
}


def our_request(d, prefix="> ", removal_words=True):
    """Our own request as the platform's mail client quotes it."""
    ref, date, urls, cat = REQ[d]
    lines = [
        f"Subject: [KCSC] Request for correction ({ref})",
        "",
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests that the following",
        f"content ({cat}) be removed or access to it be blocked in the Republic of Korea",
        "under Article 44-7 of the Network Act:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += [
        "",
        "Please reply stating, for each URL, whether it has been removed or blocked.",
        f"Reference: {ref}",
        "",
        "KCSC Takedown Desk",
    ]
    if not removal_words:
        lines = [l for l in lines if "removed" not in l]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def on_wrote(d):
    return f"On {REQ[d][1]}, KCSC Takedown <takedown@kcsc.example> wrote:\n" + our_request(d)


def outlook_quote(d):
    ref, date, urls, cat = REQ[d]
    head = (
        "-----Original Message-----\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        f"Sent: {date}\n"
        "To: legal@fb.com\n"
        f"Subject: [KCSC] Request for correction ({ref})\n\n"
    )
    return head + our_request(d, prefix="")


def mp_alt(plain, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{plain.strip()}\n\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n"
        f"--{boundary}--\n"
    )


def b64(s):
    raw = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- applied
case(
    name="yt-legal-outcome-per-line",
    date="Thu, 12 Sep 2024 16:41:07 +0900",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    subject="Re: [KCSC] Request for correction (KCSC-240909-01) [4-1827000036251]",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removals team reply to a government request (per-URL 'Outcome' list: removed globally for policy / blocked locally in country / no action), as described in Google's Government Requests transparency notes and YouTube Help 'Legal Complaints'",
    why="per-line outcomes after each URL: global removal, local block in South Korea and no action, over our quoted full request",
    items={YT[0]: "removed", YT[1]: "removed", YT[2]: "restricted", YT[3]: "restricted", YT[4]: "rejected", YT[5]: "rejected"},
    body=f"""
Hello,

Thank you for reaching out to Google. We have reviewed the content identified in
your request and have taken the following action:

{YT[0]} - Outcome: Removed globally for violating YouTube Community Guidelines
{YT[1]} - Outcome: Removed globally for violating YouTube Community Guidelines
{YT[2]} - Outcome: Blocked from view in South Korea (local legal grounds)
{YT[3]} - Outcome: Blocked from view in South Korea (local legal grounds)
{YT[4]} - Outcome: No action taken. The content does not violate our policies and we did not find sufficient legal basis for a local block.
{YT[5]} - Outcome: No action taken. The content does not violate our policies and we did not find sufficient legal basis for a local block.

We will respond separately regarding the remaining URLs in your request.

For more information about how YouTube handles legal requests, see
https://support.google.com/youtube/answer/6154218 and our Community Guidelines at
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Regards,
The Google Legal Team

{on_wrote("240909")}
""",
)

case(
    name="yt-status-below-bare-url",
    date="Fri, 13 Sep 2024 09:12:44 +0900",
    **{"from": "removals@google.com"}, name_from="Google Removals",
    subject="[4-1827000036251] Your request about YouTube content",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals 'Results of our review' notice that lists each reported URL on its own line with the decision on the next line",
    why="status on the line right below each bare URL, in three different wordings",
    items={YT[6]: "removed", YT[7]: "restricted", YT[8]: "not_found"},
    body=f"""
Hi there,

Below are the results of our review of your request, reference number
4-1827000036251 (your ref. KCSC-240909-01).

{YT[6]}
We have removed this content from YouTube.

{YT[7]}
Access to this content has been restricted for viewers in South Korea.

{YT[8]}
We couldn't find this video. It may have already been taken down, or the URL may be incorrect.

If you have questions, reply to this email keeping the reference number in the
subject line.

Google LLC | 1600 Amphitheatre Parkway | Mountain View, CA 94043
""",
)

html_tbl = f"""<html><body>
<p>Dear KCSC Takedown Desk,</p>
<p>Further to your request <b>KCSC-240909-01</b>, please find the outcome of our review below.</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>Reported URL</th><th>Action</th></tr>
<tr><td>9</td><td><a href="{YT[9]}">{YT[9]}</a></td><td>Removed &ndash; Community Guidelines (Spam, deceptive practices &amp; scams)</td></tr>
<tr><td>10</td><td><a href="{YT[10]}">{YT[10]}</a></td><td>Restricted in KR</td></tr>
<tr><td>11</td><td><a href="{YT[11]}">{YT[11]}</a></td><td>Channel terminated</td></tr>
</table>
<p>You can learn more in the <a href="https://support.google.com/youtube/answer/2802032">Community Guidelines strike basics</a> article.</p>
<p>Kind regards,<br>YouTube Trust &amp; Safety</p>
</body></html>"""
plain_tbl = f"""Dear KCSC Takedown Desk,

Further to your request KCSC-240909-01, please find the outcome of our review below.

#  | Reported URL | Action
9  | {YT[9]} | Removed - Community Guidelines (Spam, deceptive practices & scams)
10 | {YT[10]} | Restricted in KR
11 | {YT[11]} | Channel terminated

You can learn more in the Community Guidelines strike basics article:
https://support.google.com/youtube/answer/2802032

Kind regards,
YouTube Trust & Safety"""
case(
    name="yt-html-table-alternative",
    date="Fri, 13 Sep 2024 15:03:20 +0900",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube Trust & Safety",
    subject="Outcome of your report - KCSC-240909-01",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trusted Flagger / priority flagger outcome e-mail with an HTML table of reported URLs and actions, sent as multipart/alternative",
    why="HTML table (and a plain-text pipe table) with Removed / Restricted in KR / Channel terminated; a help link that is not an item",
    items={YT[9]: "removed", YT[10]: "restricted", YT[11]: "removed"},
    raw_mime=mp_alt(plain_tbl, html_tbl, "b38-alt-0001"),
)

csv_rows = ["reported_url,decision,notes"]
dec = ["global_removal", "global_removal", "local_block_KR", "local_block_KR", "no_action_no_violation",
       "global_removal", "local_block_KR", "no_action_no_violation", "content_not_found", "global_removal",
       "global_removal", "channel_terminated", "content_not_found", "local_block_KR"]
exp_csv = {}
mapping = {"global_removal": "removed", "local_block_KR": "restricted", "no_action_no_violation": "rejected",
           "content_not_found": "not_found", "channel_terminated": "removed"}
for u, dd in zip(YT, dec):
    csv_rows.append(f"{u},{dd},")
    exp_csv[u] = mapping[dd]
csv_text = "\n".join(csv_rows) + "\n"
case(
    name="yt-csv-attachment-all-items",
    date="Tue, 17 Sep 2024 11:30:00 +0900",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    subject="Re: [KCSC] Request for correction (KCSC-240909-01) - results attached",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    imitates="Google legal team bulk-request reply with a CSV spreadsheet of decisions per URL (decision codes as in Google's government-removal reporting)",
    why="CSV attachment with a decision code for all 14 items; the body says only 'see attached'",
    items=exp_csv,
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="b38-mix-0002"\n\n'
        "--b38-mix-0002\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        "Hello,\n\nPlease find attached the decisions for each URL listed in your request\n"
        "KCSC-240909-01. Decision codes: global_removal = removed from YouTube worldwide;\n"
        "local_block_KR = blocked for viewers in South Korea; no_action_no_violation = no\n"
        "policy or local-law violation found, content remains available;\n"
        "content_not_found = we could not locate the content.\n\n"
        "Regards,\nGoogle Legal Support\n\n"
        "--b38-mix-0002\n"
        'Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_results.csv"\n'
        'Content-Disposition: attachment; filename="KCSC-240909-01_results.csv"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(csv_text)}\n\n"
        "--b38-mix-0002--\n"
    ),
)

qp_body = f"""Hello,

Following our review, the content at the URLs below has been actioned under our policies:

{YT[12]}
{YT[13]}

Please note that the uploader may appeal this decision. Information about appeals is available at https://support.google.com/youtube/answer/185111 .

Thanks,
YouTube Legal Support Team
=E2=80=94
This message was sent to takedown@kcsc.example regarding reference KCSC-240909-01.
"""
case(
    name="yt-qp-actioned-under-policies",
    date="Sun, 15 Sep 2024 20:02:11 +0900",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC] Request for correction (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'has been actioned under our policies' legal-support reply, with appeal help link and a reference footer",
    why="quoted-printable body; the platform's configured phrase 'actioned under our policies' for a URL list below the statement",
    items={YT[12]: "removed", YT[13]: "removed"},
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        + qp(qp_body.replace("=E2=80=94", "\u2014"))
    ),
)

case(
    name="yt-age-restriction",
    date="Wed, 11 Sep 2024 13:20:45 +0900",
    **{"from": "noreply-trustandsafety@youtube.com"}, name_from="YouTube",
    subject="Update on content you reported",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    imitates="YouTube reporting-history update 'we've age-restricted the video you flagged' notice (YouTube Help: age-restricted content)",
    why="age restriction is a restriction; a second video 'doesn't violate our Community Guidelines' is a rejection",
    items={YT[4]: "restricted", YT[5]: "rejected"},
    body=f"""
Thanks for your report

We reviewed the video you reported:
{YT[4]}

We've applied an age restriction to this video. Viewers must be signed in and 18 or
older to watch it.

We also reviewed:
{YT[5]}
After review, we found that this video doesn't violate our Community Guidelines, so
it will stay on YouTube.

Learn more about age-restricted content: https://support.google.com/youtube/answer/2802167

(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You received this email because you flagged content on YouTube.
""",
)

case(
    name="yt-statement-above-url",
    date="Tue, 10 Sep 2024 18:05:00 +0900",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC] Request for correction (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    imitates="YouTube Community Guidelines removal notice layout: statement sentence, then the video link on the next line",
    why="URL on the line below its statement; removal and 'remains available' rejection; uploader-deleted video is not_found",
    items={YT[0]: "removed", YT[8]: "rejected", YT[9]: "not_found"},
    body=f"""
Dear KCSC,

The following video has been removed for violating our policy on spam, deceptive practices and scams:
{YT[0]}

The following video remains available, as our review did not find a violation of our policies or of local law:
{YT[8]}

The following video had already been deleted by the uploader before our review, so there was nothing for us to act on:
{YT[9]}

Best regards,
Min-ji, YouTube Legal Support
""",
)

case(
    name="yt-ack-phrase-plus-statement",
    date="Mon, 9 Sep 2024 21:44:03 +0900",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC] Request for correction (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    imitates="Google legal-support reply that opens with the usual 'we have received your request' sentence and then reports a removal",
    why="an acknowledgement sentence plus an unhedged removal is not an acknowledgement; other items stay pending (still in review)",
    items={YT[1]: "removed"},
    body=f"""
Hi,

We have received your request and a case has been created (case ID 4-1827000036251).

Please note that we have already removed {YT[1]} for violation of our Community Guidelines.
The remaining URLs in your request are still being reviewed by our team and we will update
you once the review is complete.

Thanks,
YouTube Legal Support

{on_wrote("240909")}
""",
)

case(
    name="x-withheld-legal-demand",
    date="Wed, 11 Sep 2024 02:15:33 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: [KCSC] Request for correction (KCSC-240910-01) [ref:_00D0X1a2b._5004X0Y9z:ref]",
    reply_to_req="req-240910-01",
    outcome="applied", classification="confirmation",
    imitates="X (Twitter) Country Withheld Content reply to a government request: 'withheld in South Korea in response to a legal demand', with Lumen notice and CWC help link",
    why="country-withholding of two posts and an account is restricted; the Salesforce-style thread ref and help links are no items",
    items={X[0]: "restricted", X[1]: "restricted", X[4]: "restricted"},
    body=f"""
Hello,

Thank you for your report. After review, we have withheld the following content in
South Korea in response to your legal demand:

- {X[0]}
- {X[1]}
- Account @noirleaks_kr ({X[4]})

The withheld content will not be visible to users in South Korea. In line with our
policy, the affected account holders have been notified, and a copy of your request
may be published on Lumen (https://lumendatabase.org).

For more information, see https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal

ref:_00D0X1a2b._5004X0Y9z:ref

{on_wrote("240910")}
""",
)

case(
    name="x-suspended-and-no-violation",
    date="Thu, 12 Sep 2024 07:48:12 +0900",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="Case# 0291838475: Your report to X",
    reply_to_req="req-240910-01",
    outcome="applied", classification="confirmation",
    imitates="X Support case-update e-mail ('we've suspended the account' / 'we didn't find a violation of the X Rules') with a case number subject",
    why="post removed plus an account suspended (removal of the item) and one post that stays up: 'not in violation of the X Rules'",
    items={X[2]: "removed", X[3]: "rejected"},
    body=f"""
Hello,

We've investigated the reported posts and have taken the following actions.

{X[2]}: this post has been removed and the account that posted it is suspended for
violating our rules on illegal or certain regulated goods and services.

{X[3]}: we reviewed this post carefully and found that it is not in violation of the
X Rules (https://help.x.com/rules-and-policies/x-rules), so we are not taking action on it.

Thanks,
X

Please do not reply to this message. Case# 0291838475
""",
)

case(
    name="x-numbered-not-found",
    date="Fri, 13 Sep 2024 03:02:58 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: [KCSC] Request for correction (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    outcome="applied", classification="confirmation",
    imitates="X legal team numbered reply echoing the request's numbering, with 'unable to locate' / 'no longer available' per item",
    why="numbered list keeps the request's numbers; two posts not found (deleted by the account holder), the third item is 'still under review' and stays pending",
    items={X[0]: "not_found", X[1]: "not_found"},
    body=f"""
Hi,

Please see our response to the items in your request below.

1. {X[0]} - We were unable to locate this post. It appears to have been deleted by the account holder.
2. {X[1]} - This post is no longer available on X; it was deleted by its author before our review.
3. {X[2]} - Still under review; we will follow up.

X Legal
""",
)

case(
    name="tiktok-reported-content-echo",
    date="Thu, 12 Sep 2024 11:09:27 +0900",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    subject="Your report has been reviewed",
    reply_to_req="req-240911-01",
    outcome="applied", classification="confirmation",
    imitates="TikTok inbox/e-mail 'We've reviewed your report ... we removed the content' notification with the reported content echoed below",
    why="statement about 'the content you reported' followed by the echoed report that lists the one URL",
    items={TT[0]: "removed"},
    body=f"""
Thanks for your report

We reviewed the content you reported and found that it violates our Community
Guidelines. We removed it. Thanks for helping keep TikTok a safe place.

Your report
Reported on: Sep 11, 2024
Reason: Illegal activities and regulated goods - Drugs, controlled substances
Content: {TT[0]}

Community Guidelines: https://www.tiktok.com/community-guidelines/en/
TikTok Pte. Ltd., 1 Raffles Quay, #26-10, South Tower, Singapore 048583
""",
)

case(
    name="tiktok-bulleted-mixed",
    date="Fri, 13 Sep 2024 17:55:00 +0900",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="RE: [KCSC] Request for correction (KCSC-240911-01)",
    reply_to_req="req-240911-01",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement / government request outreach team reply with a bulleted per-item result ('banned', 'restricted in your region', 'no violation')",
    why="bulleted list: video removed, account banned, video restricted in Korea, video not in violation",
    items={TT[0]: "removed", TT[1]: "restricted", TT[2]: "rejected", TT[3]: "removed"},
    body=f"""
Dear KCSC team,

Thank you for contacting TikTok. Having reviewed your request, we have taken these actions:

* {TT[0]} -- removed for violating our Community Guidelines (regulated goods).
* {TT[1]} -- access restricted in South Korea based on local law.
* {TT[2]} -- we did not find a violation of our Community Guidelines or local law; the video remains on the platform.
* {TT[3]} -- the account has been permanently banned.

Best regards,
TikTok Government Relations & Law Enforcement Outreach
https://www.tiktok.com/legal/page/global/law-enforcement/en

{on_wrote("240911")}
""",
)

tt_b64 = f"""Hello KCSC,

This is an update regarding your request KCSC-240911-01.

The video {TT[2]} has been taken down and is no longer accessible on TikTok.

삭제 조치가 완료되었습니다. (Korean: the deletion has been completed.)

Kind regards,
TikTok Korea Trust & Safety
"""
case(
    name="tiktok-base64-bilingual",
    date="Sat, 14 Sep 2024 10:10:10 +0900",
    **{"from": "trustandsafety-kr@tiktok.com"}, name_from="TikTok Korea",
    subject="[TikTok] KCSC-240911-01 update",
    reply_to_req="req-240911-01",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea trust & safety reply in English with a Korean summary sentence (삭제 조치 완료), base64-encoded as many web mailers send it",
    why="base64 body; 'taken down and no longer accessible' for one video",
    items={TT[2]: "removed"},
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(tt_b64) + "\n",
)

case(
    name="meta-ig-we-removed-post",
    date="Fri, 13 Sep 2024 04:30:19 +0900",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    subject="We removed the post you reported",
    reply_to_req="req-240912-01",
    outcome="applied", classification="confirmation",
    imitates="Instagram support-inbox 'We removed the post you reported' report-outcome notice with the reported link and a Community Guidelines link",
    why="Instagram outcome notice: 'We removed the post you reported' with the reported link on the next line",
    items={ME[1]: "removed"},
    body=f"""
We removed the post you reported

Thanks for your report. We removed the post because it goes against our Community
Guidelines on regulated goods and gambling.

Reported post:
{ME[1]}

We use reports like yours to help keep Instagram safe. Learn more about our
Community Guidelines: https://help.instagram.com/477434105621119

from
Meta
Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025
""",
)

case(
    name="meta-restricted-in-korea-and-not-found",
    date="Sat, 14 Sep 2024 08:00:42 +0900",
    **{"from": "records@fb.com"}, name_from="Meta Legal",
    subject="Re: [KCSC] Request for correction (KCSC-240912-01)",
    reply_to_req="req-240912-01",
    outcome="applied", classification="confirmation",
    imitates="Meta 'restricted access in [country] based on local law' government-request reply (Meta Transparency Center: content restrictions based on local law)",
    why="Facebook post restricted in South Korea based on local law; a reel 'could not be located'",
    items={ME[0]: "restricted", ME[2]: "not_found"},
    body=f"""
Hello,

We have reviewed your request under our Government Request process.

Following our review, we have restricted access in South Korea to the following content
based on local law:
{ME[0]}

We were unable to locate the following content; the link appears to be invalid or the
content is no longer on Instagram:
{ME[2]}

For more information please see https://transparency.meta.com/reports/content-restrictions/

Sincerely,
Meta Platforms, Inc.
Government Requests Team

{on_wrote("240912")}
""",
)

case(
    name="meta-outlook-top-posted",
    date="Mon, 16 Sep 2024 06:22:00 +0900",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
    subject="RE: [KCSC] Request for correction (KCSC-240912-01)",
    reply_to_req="req-240912-01",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from a Meta policy contact over our full request (-----Original Message----- block)",
    why="top-posted reply: the reel was removed, the Instagram post does not go against Community Standards (rejected); the Facebook post is not mentioned; the quoted request's 'removed' words do not count",
    items={ME[2]: "removed", ME[1]: "rejected"},
    body=f"""
Dear KCSC colleagues,

Thanks for your note. Quick update on two of the items:

- The reel {ME[2]} was taken down on 15 September for violating our policy on restricted goods.
- The post {ME[1]} does not go against our Community Standards and we are not removing it.

We'll revert on the Facebook post separately.

Best,
Hye-won Park
Public Policy, Meta Korea

{outlook_quote("240912")}
""",
)

case(
    name="reddit-admin-removed-per-line",
    date="Sat, 14 Sep 2024 06:11:38 +0900",
    **{"from": "noreply@reddit.com"}, name_from="Reddit Safety",
    subject="Update on your report",
    reply_to_req="req-240913-01",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report-outcome message: 'after investigating, we've found that the reported content violates Reddit's Content Policy and it has been removed'",
    why="one investigation outcome per reported link, both removed, with a Content Policy link",
    items={RD[0]: "removed", RD[1]: "removed"},
    body=f"""
Thanks for submitting a report to the Reddit Safety team. After investigating, we've
found that the reported content violates Reddit's Content Policy and it has been removed.

Reported content:
{RD[0]}
{RD[1]}

Our Content Policy: https://www.redditinc.com/policies/content-policy
If you see more content like this, you can report it at https://www.reddit.com/report

Thanks again for your report.

Reddit Safety
""",
)

case(
    name="reddit-copyright-notice-outcome",
    date="Mon, 16 Sep 2024 02:40:00 +0900",
    **{"from": "copyright@reddit.com"}, name_from="Reddit Legal",
    subject="Re: [KCSC] Request for correction (KCSC-240913-01)",
    reply_to_req="req-240913-01",
    outcome="applied", classification="confirmation",
    imitates="Reddit copyright/legal team reply to an infringement notice ('we have removed the material identified in your notice'), echoing the notice's URL list",
    why="removal for the post; the comment had already been deleted by its author, so not_found",
    items={RD[0]: "removed", RD[1]: "not_found"},
    body=f"""
Hi there,

Thank you for your notice regarding KCSC-240913-01.

We have removed the material at {RD[0]} in response to your notice.

The comment at {RD[1]} had already been deleted by its author when we reviewed it, so
no further action was needed on our side.

If the material reappears, please send a new notice via https://support.reddithelp.com/hc/en-us/requests/new .

Regards,
Reddit Legal
""",
)

case(
    name="discord-server-removed",
    date="Tue, 17 Sep 2024 08:14:00 +0900",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: [KCSC] Request for correction (KCSC-240916-01) [#31472018]",
    reply_to_req="req-240916-01",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply ('we have taken action ... the server has been removed from Discord') with ticket number and Community Guidelines link",
    why="the server behind the reported invite was removed; ticket number and guideline links are no items",
    items={DC[0]: "removed"},
    body=f"""
Hello,

Thank you for reaching out to Discord Trust & Safety.

We've investigated the server associated with the invite {DC[0]} and confirmed it
violated our Community Guidelines. The server has been removed from Discord and the
owner's account has been actioned.

You can read more about our policies here: https://discord.com/guidelines

Best,
Discord Trust & Safety
Ticket #31472018

{on_wrote("240916")}
""",
)

case(
    name="telegram-abuse-blocked",
    date="Wed, 18 Sep 2024 23:59:00 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: [KCSC] Request for correction (KCSC-240917-01)",
    reply_to_req="req-240917-01",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk terse reply ('Thanks, the content has been blocked' / 'we could not find this content')",
    why="terse abuse-desk reply: two posts blocked, one not found",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found"},
    body=f"""
Hello,

Thank you for the report. The following messages have been blocked and are no longer accessible:
{TG[0]}
{TG[1]}

We could not find {TG[2]} - the message does not exist.

--
Telegram Abuse Team
""",
)

case(
    name="yt-policy-links-many",
    date="Thu, 19 Sep 2024 09:00:00 +0900",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC] Request for correction (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply heavy with help-centre links (strikes, appeals, transparency report) next to the removal statement",
    why="many YouTube/Google help links next to the statement; only the two requested videos get a status",
    items={YT[2]: "removed", YT[3]: "removed"},
    body=f"""
Hello,

We've removed {YT[2]} and {YT[3]} from YouTube under our Community Guidelines
(https://www.youtube.com/howyoutubeworks/policies/community-guidelines/).

The uploader has received a strike (https://support.google.com/youtube/answer/2802032) and
may appeal (https://support.google.com/youtube/answer/185111). Requests like yours are
reflected in our Transparency Report: https://transparencyreport.google.com/government-removals/overview
Studio dashboard for partners: https://studio.youtube.com/

Regards,
YouTube Legal Support
""",
)

case(
    name="x-withheld-one-other-review",
    date="Sat, 14 Sep 2024 12:00:00 +0900",
    **{"from": "legal@twitter.com"}, name_from="Twitter Legal",
    subject="Re: [KCSC] Request for correction (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    outcome="applied", classification="confirmation",
    imitates="X/Twitter legal reply from the legacy twitter.com domain mixing a withholding confirmation with 'still reviewing' items",
    why="one post withheld in KR (restricted) while two others are 'still being reviewed' and one 'may be actioned' later: those stay pending",
    items={X[3]: "restricted"},
    body=f"""
Hello,

Access to {X[3]} has been withheld in South Korea.

We are still reviewing {X[0]} and {X[1]}, and {X[2]} may be actioned once our review
of the account is complete. We will update you.

Twitter Legal
""",
)

case(
    name="discord-invite-invalid-not-found",
    date="Wed, 18 Sep 2024 10:00:00 +0900",
    **{"from": "legal@discord.com"}, name_from="Discord Legal",
    subject="Re: [KCSC] Request for correction (KCSC-240916-01)",
    reply_to_req="req-240916-01",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply that the reported invite is invalid or expired and no server could be found",
    why="invalid invite, no server found: not_found",
    items={DC[0]: "not_found"},
    body=f"""
Hi,

Thanks for your report. We were unable to find a server associated with the invite link
{DC[0]}. The invite is invalid or has expired, and we could not identify the server it
belonged to.

If you have a server ID or message links, please share them in a new report at
https://dis.gd/request .

Discord Trust & Safety
""",
)

case(
    name="meta-ack-then-removed",
    date="Sun, 15 Sep 2024 01:23:45 +0900",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    subject="Your report about a post",
    reply_to_req="req-240912-01",
    outcome="applied", classification="confirmation",
    imitates="Facebook Support Inbox report update: 'Thanks for your report - we removed the post' with the reported link",
    why="Facebook 'we removed it' with the link in the sentence; starts with a thank-you for the report",
    items={ME[0]: "removed"},
    body=f"""
Thanks for your report - we removed the post

Thanks for letting us know about {ME[0]}. We removed it because it goes against our
Community Standards on regulated goods and gambling.

Your report helps us keep Facebook safe. Learn more about our Community Standards:
https://transparency.meta.com/policies/community-standards/

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
)

case(
    name="tiktok-not-found-and-unavailable-kr",
    date="Mon, 16 Sep 2024 19:40:00 +0900",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: [KCSC] Request for correction (KCSC-240911-01)",
    reply_to_req="req-240911-01",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal outreach reply for a partially stale request: 'the video is no longer available / does not exist' plus a restriction",
    why="video 'does not exist on TikTok' is not_found; an account 'restricted in South Korea' is restricted",
    items={TT[1]: "not_found", TT[3]: "restricted"},
    body=f"""
Dear KCSC,

Regarding your request KCSC-240911-01:

{TT[1]}
The video does not exist on TikTok. It may have been deleted by the creator.

{TT[3]}
This account has been made unavailable to users in South Korea.

Thank you,
TikTok Law Enforcement Outreach
""",
)

# ---------------------------------------------------------------- review
case(
    name="yt-future-tense-only",
    date="Tue, 10 Sep 2024 11:11:11 +0900",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC] Request for correction (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    outcome="review", review="not_understood",
    imitates="Google legal reply promising action ('we will remove', 'we intend to restrict') before doing it",
    why="future tense and intention only for named items; nothing done yet; a trusted platform email naming items must not be ignored",
    items={},
    body=f"""
Hello,

We intend to remove {YT[6]} and {YT[7]} within the next 48 hours, and we will
likely restrict {YT[8]} in South Korea once our local counsel confirms the legal basis.

We will confirm once done.

YouTube Legal Support
""",
)

case(
    name="x-asks-court-order",
    date="Wed, 11 Sep 2024 09:30:00 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: [KCSC] Request for correction (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    outcome="review", review="asks_more",
    imitates="X legal request for valid legal process ('please provide a court order or other valid legal process') before acting",
    why="X asks for a court order for two listed posts; 'unable to take action at this time' is not a rejection",
    items={},
    body=f"""
Hello,

We have reviewed your request concerning:
{X[2]}
{X[3]}

We are unable to take action at this time. Please provide a court order or other valid
legal process issued by a Korean court identifying this content, together with the
specific provision of local law it violates. Once we receive this, we will review again.

X Legal
""",
)

case(
    name="tiktok-some-of-the-content",
    date="Fri, 13 Sep 2024 08:00:00 +0900",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: [KCSC] Request for correction (KCSC-240911-01)",
    reply_to_req="req-240911-01",
    outcome="review", review="not_understood",
    imitates="TikTok 'we have taken appropriate action on some of the reported content' vague outcome e-mail with the full reported list echoed",
    why="'appropriate action on some of' the listed items does not say which; nothing can be applied; reason not_understood (bulk is arguable, see NOTES)",
    items={},
    body=f"""
Hello,

Thank you for your report. We have taken appropriate action on some of the reported
content in accordance with our Community Guidelines.

Reported content:
{TT[0]}
{TT[1]}
{TT[2]}
{TT[3]}

TikTok Trust & Safety
""",
)

case(
    name="unknown-sender-tiktok-lookalike",
    date="Thu, 12 Sep 2024 14:00:00 +0900",
    **{"from": "trust-safety@tiktok-support.example"}, name_from="TikTok Trust & Safety",
    subject="Re: [KCSC] Request for correction (KCSC-240911-01)",
    reply_to_req="req-240911-01",
    outcome="review", review="unknown_sender",
    imitates="look-alike 'TikTok support' domain sending a perfect removal confirmation",
    why="authenticated but unknown sender domain claims removals of our items: must be seen, nothing applied",
    items={},
    body=f"""
Hello,

The following videos have been removed:
{TT[0]}
{TT[2]}

TikTok Trust & Safety
""",
)

case(
    name="meta-dmarc-fail",
    date="Sat, 14 Sep 2024 09:09:09 +0900",
    **{"from": "records@fb.com"}, name_from="Meta Legal",
    auth="fail",
    subject="Re: [KCSC] Request for correction (KCSC-240912-01)",
    reply_to_req="req-240912-01",
    outcome="review", review="untrusted",
    imitates="spoofed Meta legal confirmation: real fb.com From, DMARC fail",
    why="DMARC fails for fb.com; an otherwise perfect removal confirmation must not be applied",
    items={},
    body=f"""
Hello,

We have removed the following content:
{ME[0]}
{ME[1]}
{ME[2]}

Meta Platforms, Inc.
""",
)

case(
    name="reddit-claims-x-items",
    date="Sun, 15 Sep 2024 15:00:00 +0900",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: content you reported",
    outcome="review", review="wrong_platform",
    imitates="a platform's reply that (mistakenly) confirms removal of another platform's links",
    why="trusted Reddit email claims two X posts removed: Reddit cannot act on X content; nothing applied",
    items={},
    body=f"""
Hi,

The links you reported have been removed:
{X[0]}
{X[1]}

Reddit Legal
""",
)

case(
    name="reddit-asks-specific-urls",
    date="Mon, 16 Sep 2024 04:00:00 +0900",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: [KCSC] Request for correction (KCSC-240913-01)",
    reply_to_req="req-240913-01",
    outcome="review", review="asks_more",
    imitates="Reddit legal 'we need additional information to process your request' reply (specific permalinks and the basis in law)",
    why="Reddit asks for permalinks of the specific comments and the legal basis before acting on the post",
    items={},
    body=f"""
Hello,

Thanks for your message. To process your request regarding {RD[0]} we need additional
information: please provide the permalink of each specific comment you consider unlawful
and cite the provision of Korean law it violates. We cannot action the post as a whole
without this.

Reddit Legal
""",
)

case(
    name="discord-lookalike-dlscord",
    date="Tue, 17 Sep 2024 12:00:00 +0900",
    **{"from": "safety@dlscord.com"}, name_from="Discord Trust & Safety",
    subject="Re: [KCSC] Request for correction (KCSC-240916-01)",
    reply_to_req="req-240916-01",
    outcome="review", review="unknown_sender",
    imitates="typosquat of Discord's Trust & Safety ('dlscord.com') with a removal confirmation",
    why="look-alike domain (l for i), authenticated for itself only: unknown sender, nothing applied",
    items={},
    body=f"""
Hello,

We have removed the server behind {DC[0]}.

Discord Trust & Safety
""",
)

case(
    name="yt-counter-notice-unclear",
    date="Wed, 18 Sep 2024 16:00:00 +0900",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC] Request for correction (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    outcome="review", review="not_understood",
    imitates="YouTube legal notice about an uploader's counter-notification/appeal on reported content",
    why="says the uploader filed an appeal about a named video but not what the status is: not understood, must be seen",
    items={},
    body=f"""
Hello,

Please be informed that the uploader of {YT[10]} has submitted an appeal regarding
your complaint. We are forwarding this for your information. The appeal is attached to
our records under case 4-1827000036251.

YouTube Legal Support
""",
)

case(
    name="yt-bulk-all-removed",
    date="Thu, 19 Sep 2024 18:00:00 +0900",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC] Request for correction (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    outcome="review", review="bulk",
    imitates="Google legal one-line bulk confirmation ('all of the URLs in your request have been removed') without a list",
    why="a count / 'all' without an item list, with bulk_confirmations = review",
    items={},
    body="""
Hello,

All 14 videos and channels listed in your request KCSC-240909-01 have been removed.

YouTube Legal Support
""",
)

# ---------------------------------------------------------------- ignored
case(
    name="x-out-of-office",
    date="Tue, 10 Sep 2024 10:00:41 +0900",
    **{"from": "legal@x.com"}, name_from="Jane Doe (X Legal)",
    subject="Automatic reply: [KCSC] Request for correction (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange 'Automatic reply' out-of-office message with our request quoted",
    why="out-of-office auto-reply quoting our request (with 'removed' words and URLs in the quote)",
    items={},
    body=f"""
Thank you for your email. I am out of the office until September 23 with limited access
to email. For urgent legal requests please use https://legalrequests.x.com .

Jane

{on_wrote("240910")}
""",
)

dsn = (
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b38-dsn-0003"\n\n'
    "--b38-dsn-0003\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "This is the mail system at host mx.kcsc.example.\n\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients.\n\n"
    "<legal-kr@tiktok.com>: host mx.tiktok.com said: 550 5.1.1 User unknown\n\n"
    "--b38-dsn-0003\n"
    "Content-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; mx.kcsc.example\n\n"
    "Final-Recipient: rfc822; legal-kr@tiktok.com\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n"
    "--b38-dsn-0003\n"
    "Content-Type: message/rfc822\n\n"
    "From: KCSC Takedown <takedown@kcsc.example>\n"
    "To: legal-kr@tiktok.com\n"
    "Subject: [KCSC] Request for correction (KCSC-240911-01)\n"
    "Message-ID: <req-240911-01@kcsc.example>\n"
    "Date: Wed, 11 Sep 2024 10:00:00 +0900\n\n"
    + our_request("240911", prefix="") + "\n\n"
    "--b38-dsn-0003--\n"
)
case(
    name="bounce-dsn-tiktok",
    date="Wed, 11 Sep 2024 10:00:05 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery-status notification (RFC 3464) returning our request, embedded as message/rfc822",
    why="bounce of our own request: ignored, the embedded request's URLs and 'removed' wording do not count",
    items={},
    raw_mime=dsn,
)

mdn = (
    'Content-Type: multipart/report; report-type=disposition-notification; boundary="b38-mdn-0004"\n\n'
    "--b38-mdn-0004\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "Your message\n\n"
    "  To: gov-requests@meta.com\n"
    "  Subject: [KCSC] Request for correction (KCSC-240912-01)\n"
    "  Sent: Thursday, September 12, 2024 10:00:00 AM (UTC+09:00) Seoul\n\n"
    "was read on Thursday, September 12, 2024 11:32:10 AM (UTC+09:00) Seoul.\n\n"
    "--b38-mdn-0004\n"
    "Content-Type: message/disposition-notification\n\n"
    "Reporting-UA: meta.com; Microsoft Outlook 16.0\n"
    "Final-Recipient: rfc822;gov-requests@meta.com\n"
    "Original-Message-ID: <req-240912-01@kcsc.example>\n"
    "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
    "--b38-mdn-0004--\n"
)
case(
    name="meta-read-receipt",
    date="Thu, 12 Sep 2024 11:32:10 +0900",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
    subject="Read: [KCSC] Request for correction (KCSC-240912-01)",
    reply_to_req="req-240912-01",
    outcome="ignored",
    imitates="Outlook read receipt (MDN, multipart/report; report-type=disposition-notification)",
    why="read receipt: ignored, not forwarded",
    items={},
    raw_mime=mdn,
)

case(
    name="google-ack-ticket",
    date="Mon, 9 Sep 2024 10:03:00 +0900",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    subject="[4-1827000036251] We received your request",
    reply_to_req="req-240909-01",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-removals automatic case-creation receipt ('we have received your request ... case ID') quoting the request",
    why="pure acknowledgement with a case number; the quoted request names the items but the platform states nothing about them",
    items={},
    body=f"""
Hello,

Thanks for contacting Google. This is an automated confirmation that we have received
your request. Your case ID is 4-1827000036251. Please keep it in the subject line of
any reply.

Our team will review your request and get back to you. Due to the volume of requests
we receive, this may take some time.

The Google Team

{on_wrote("240909")}
""",
)

case(
    name="reddit-report-received",
    date="Fri, 13 Sep 2024 10:01:00 +0900",
    **{"from": "noreply@reddit.com"}, name_from="Reddit Help",
    subject="Re: [KCSC] Request for correction (KCSC-240913-01) - Request received",
    reply_to_req="req-240913-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    outcome="ignored",
    imitates="Zendesk-style Reddit Help 'Your request has been received' auto-receipt",
    why="Zendesk-style automatic receipt from reddit.com that states nothing about items: a pure acknowledgement",
    items={},
    body="""
##- Please type your reply above this line -##

Your request (8812734) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

Reddit Help Center
""",
)

case(
    name="discord-ticket-received",
    date="Mon, 16 Sep 2024 10:00:30 +0900",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    subject="[Discord] Re: [KCSC] Request for correction (KCSC-240916-01)",
    reply_to_req="req-240916-01",
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored",
    imitates="Discord support (Zendesk) automatic ticket receipt with a ticket number",
    why="ticket receipt, nothing about items (class may be auto_reply or acknowledgement)",
    items={},
    body="""
Hello,

Thank you for contacting Discord Trust & Safety. This email is to confirm that we have
received your ticket (#31472018). A member of our team will be in touch as soon as
possible.

Please do not reply with duplicate tickets; this may slow down our response.

Discord
""",
)

HEADER = """# Blind set 38 (general mix, English, many platforms).
# Written blind: expected results from each email's meaning, before any run.
# Generated by make.py; see NOTES.md."""

if __name__ == "__main__":
    write_set(HERE, "blind38", HEADER, CASES)
