#!/usr/bin/env python3
"""Blind set 442: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind442/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on this set. Everything here is fictional.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind442"

# --- requests -------------------------------------------------------------

X = {
    1: "https://x.com/mintrail_deals/status/1830412200110011101",
    2: "https://x.com/mintrail_deals/status/1830412200110011102",
    3: "https://x.com/sorrel_pixgate/status/1829987766554433210",
    4: "https://x.com/sorrel_pixgate/status/1829987766554433211",
    5: "https://x.com/blue_kettle_07/status/1830100200300400501",
    6: "https://twitter.com/blue_kettle_07/status/1830100200300400502",
    7: "https://x.com/nightlamp_trade/status/1830555666777888999",
    8: "https://x.com/nightlamp_trade",
    9: "https://x.com/qwerty_harbor/status/1830600700800900111",
    10: "https://x.com/qwerty_harbor/status/1830600700800900112",
    11: "https://x.com/lunar_moth_kr/status/1830700011223344556",
    12: "https://x.com/lunar_moth_kr/status/1830700011223344557",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    2: "https://www.youtube.com/watch?v=Zr81nBw0XcE",
    3: "https://youtu.be/H7dPq0aWs4M",
    4: "https://www.youtube.com/shorts/bN5xK2mR9tY",
}
M = {
    1: "https://www.facebook.com/groups/418822003355/posts/991100223344/",
    2: "https://www.facebook.com/permalink.php?story_fbid=pfbid02kX9aQwErTy7&id=100089123456789",
    3: "https://www.instagram.com/p/C9xY2kLmN0q/",
    4: "https://www.instagram.com/reel/C8aBcD3eFgH/",
    5: "https://www.facebook.com/yellowdune.market.kr",
}
T = {
    1: "https://www.tiktok.com/@pearlfox.kr/video/7410022334455667788",
    2: "https://www.tiktok.com/@pearlfox.kr/video/7410022334455667799",
    3: "https://www.tiktok.com/@stonegate_clips/video/7409988776655443322",
}
D = {
    1: "https://www.reddit.com/r/KoreaDealsHub/comments/1f9zq2x/cheap_verified_accounts/",
    2: "https://www.reddit.com/user/harbor_fennel_88/",
}
DC = "https://discord.gg/amberWolf7"
W = {
    1: "https://www.twitch.tv/lanternmoth_live",
    2: "https://www.twitch.tv/videos/2241188990",
}

# (ref, platform, sent_at, due_at, urls, category, message_id, note)
REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03T14:20:00+09:00", "2024-09-10T23:59:59+09:00",
     [X[i] for i in range(1, 13)], "illegal_gambling", "kcsc.240903-01.r1@kcsc.example",
     "gambling promotion network, 6 accounts"),
    ("KCSC-240905-02", "youtube", "2024-09-05T11:02:00+09:00", "2024-09-12T23:59:59+09:00",
     [Y[i] for i in range(1, 5)], "drug_trade", "kcsc.240905-02.r2@kcsc.example",
     "sale of prescription drugs; one Short"),
    ("KCSC-240906-03", "meta", "2024-09-06T16:45:00+09:00", "2024-09-13T23:59:59+09:00",
     [M[i] for i in range(1, 6)], "account_fraud", "kcsc.240906-03.r3@kcsc.example",
     'Facebook and Instagram, "verified" account trade'),
    ("KCSC-240909-04", "tiktok", "2024-09-09T10:30:00+09:00", "2024-09-16T23:59:59+09:00",
     [T[i] for i in range(1, 4)], "illegal_gambling", "kcsc.240909-04.r4@kcsc.example",
     "sent by email and via the government portal"),
    ("KCSC-240910-05", "reddit", "2024-09-10T09:15:00+09:00", "2024-09-17T23:59:59+09:00",
     [D[1], D[2]], "account_fraud", "kcsc.240910-05.r5@kcsc.example",
     "post and the posting account"),
    ("KCSC-240911-06", "discord", "2024-09-11T15:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [DC], "obscene", "kcsc.240911-06.r6@kcsc.example",
     "server invite only"),
    ("KCSC-240912-07", "twitch", "2024-09-12T13:40:00+09:00", "2024-09-19T23:59:59+09:00",
     [W[1], W[2]], "illegal_gambling", "kcsc.240912-07.r7@kcsc.example",
     "channel, and one VOD"),
]
REQ = {r[0]: r for r in REQUESTS}


def thread(ref):
    return REQ[ref][6].split("@", 1)[0]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def request_text(ref, subject_extra="Request to remove or restrict content under Korean law"):
    """Our own request email, as platforms quote it back."""
    ref_, plat, sent, due, urls, cat, mid, note = REQ[ref]
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission requests the removal of, or",
        "the restriction of access in the Republic of Korea to, the content below,",
        "which was found to be unlawful under Korean law (category: %s)." % cat,
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += [
        "",
        "Please inform us of the measures taken by %s." % due[:10],
        "",
        "Reference: %s" % ref,
        "KCSC Takedown Desk",
    ]
    return lines


def quote(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)

# ======================================================================
# APPLIED
# ======================================================================

case(
    name="x-withheld-in-kr-two-posts",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 02:14:51 +0000",
    subject="Re: [%s] Request to remove or restrict content under Korean law" % R1,
    reply_to_req=thread(R1),
    body=f"""
Hello,

We are writing in response to your request dated 3 September 2024 (your
reference {R1}).

After reviewing the reported content against applicable local law, X has
withheld the following posts in South Korea. They remain visible to people
in other countries.

{X[1]}
{X[2]}

We have notified the account holder of this action, unless we were legally
prevented from doing so. More about how country-withheld content works:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

We will respond separately about the other URLs in your request.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome email (country withheld content notice)",
    why="two posts named one per line under an unhedged 'has withheld ... in South Korea'",
    items={X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-numbered-outcomes-four-statuses",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 08:40:02 +0000",
    subject="Case 0145229017 - your reference %s" % R1,
    body=f"""
Hello,

Thank you for your patience. Below is the outcome for part of the content
listed in your request {R1}.

1. {X[3]}
   Removed. The post violated the X Rules on illegal or certain regulated
   goods and services.

2. {X[4]}
   Withheld in South Korea (KR) in response to your legal demand.

3. {X[5]}
   No action taken. We reviewed this post and found that it does not
   violate the X Rules, and the request did not establish that it is
   unlawful in Korea. The post remains available.

4. {X[6]}
   Not found. The post was deleted by its author before our review.

If you have additional information that could change our assessment of
item 3, you can reply to this email.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team case reply listing each reported URL with its outcome",
    why="numbered list, status on the lines below each URL: removed, withheld, refused with reason, deleted by author",
    items={X[3]: "removed", X[4]: "restricted", X[5]: "rejected", X[6]: "not_found"},
)

case(
    name="x-account-suspended-top-posted-gmail",
    **{"from": "dana.whitfield@x.com"}, name_from="Dana Whitfield",
    date="Sat, 07 Sep 2024 01:03:19 +0000",
    subject="Re: [%s] Request to remove or restrict content under Korean law" % R1,
    reply_to_req=thread(R1),
    body=f"""
Hi KCSC team,

Quick update on {R1}: the account {X[8]} has been
permanently suspended for violating our rules on platform manipulation and
spam, so its profile and posts can no longer be viewed on X. That includes
{X[7]} from your list.

I'll come back to you on the rest.

Best,
Dana Whitfield
Global Government Affairs, X

On Tue, Sep 3, 2024 at 2:20 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text(R1))}
""",
    outcome="applied", classification="confirmation",
    imitates="X government-affairs staff reply, top-posted in Gmail over the quoted request",
    why="account suspended and no longer viewable, its post explicitly included; the other ten URLs are only in the quoted request",
    items={X[8]: "removed", X[7]: "removed"},
)

case(
    name="x-url-then-result-line",
    **{"from": "noreply-legal@x.com"}, name_from="X",
    date="Mon, 09 Sep 2024 05:22:47 +0000",
    subject="%s - Result of review" % R1,
    body=f"""
Hello,

We have completed our review of the following items from your request
{R1}.

Reported content:
{X[9]}
Result: Removed for violating the X Rules

{X[10]}
Result: Withheld in: KR

{X[11]}
Result: Not found - this post no longer exists (deleted by the account owner)

This is a one-off notification about your request. Please do not reply to
this address; use the legal request form for new requests.

X Corp. Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X automated legal-request result notification",
    why="bare URL with 'Result:' on the line below, three different statuses",
    items={X[9]: "removed", X[10]: "restricted", X[11]: "not_found"},
)

case(
    name="x-html-table-three-rows",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 03:55:10 +0000",
    subject="Update on your legal request (%s)" % R1,
    type="html",
    body=f"""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Legal request update</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#0f1419">
<p>Hello,</p>
<p>Here is the current status of three of the URLs in your request <b>{R1}</b>:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eff3f4"><th>Reported URL</th><th>Action</th><th>Notes</th></tr>
<tr><td><a href="{X[1]}">{X[1]}</a></td><td>Withheld in KR</td><td>Local law (Republic of Korea)</td></tr>
<tr><td><a href="{X[3]}">{X[3]}</a></td><td>Removed</td><td>X Rules: illegal or regulated goods and services</td></tr>
<tr><td><a href="{X[5]}">{X[5]}</a></td><td>No action</td><td>Does not violate the X Rules or the law cited; remains available</td></tr>
</table>
<p>Learn more about <a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">legal requests on X</a>.</p>
<p>X Legal</p>
<p style="font-size:11px;color:#536471">X Corp., 1355 Market Street, Suite 900, San Francisco, CA 94103</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X HTML status email with a table of reported URLs and actions",
    why="HTML table rows: withheld, removed, no action with its reason; the help link is no item",
    items={X[1]: "restricted", X[3]: "removed", X[5]: "rejected"},
)

_sor = f"""Statement of reasons

Case number: 0145231176
Your reference: {R1}
Date of decision: 11 September 2024

Content concerned: the post available at {X[12]} which was reported to us by a competent authority of the Republic of Korea.

Decision: Restriction of visibility. The post has been withheld in the Republic of Korea and stays available in other countries.

Territorial scope of the decision: KR

Facts and circumstances relied on: the notice submitted by the Korea Communications Standards Commission, which identified the post as unlawful under Korean law (promotion of illegal gambling).

Automated means: no automated means were used to take this decision; it was taken by a member of our legal team.

Ground for the decision: applicable local law of the Republic of Korea. The post was not found to violate the X Rules.

Redress: the account holder may appeal this decision at https://help.x.com/forms/legal-appeal .
"""
case(
    name="x-statement-of-reasons-qp",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 09:31:44 +0000",
    subject="Statement of reasons - %s" % R1,
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_sor),
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (Art. 17 fields) sent by X for a country-withheld post",
    why="quoted-printable body, soft line break inside the sentence naming the post; decision: withheld in KR",
    items={X[12]: "restricted"},
)

case(
    name="x-outlook-update-over-original",
    **{"from": "m.okafor@x.com"}, name_from="Michael Okafor",
    date="Thu, 12 Sep 2024 07:12:09 +0000",
    subject="RE: [%s] Request to remove or restrict content under Korean law" % R1,
    reply_to_req=thread(R1),
    body=f"""
Hello,

Update: {X[10]} has now been withheld in South Korea (KR).

Kind regards,
Michael Okafor
Legal Operations | X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 2:20 PM
To: legal@x.com
Subject: [{R1}] Request to remove or restrict content under Korean law

""" + "\n".join(request_text(R1)),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from X legal operations over the unquoted original request",
    why="one URL withheld above '-----Original Message-----'; the twelve URLs below are our own request",
    items={X[10]: "restricted"},
)

case(
    name="x-angle-bracket-wrapped-url",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 02:48:30 +0000",
    subject="Your reference %s - further outcome" % R1,
    body=f"""
Hello,

Further to our previous message, the post
<https://x.com/sorrel_pixgate/status/
1829987766554433211> has been withheld in South Korea following our
review of your request under local law. It remains available outside
Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a URL in angle brackets wrapped by the mail client",
    why="the wrapped <...> URL is item 4; unhedged 'has been withheld in South Korea'",
    items={X[4]: "restricted"},
)

_tt = [("URL", "Action"), (X[1], "Withheld (KR)"), (X[2], "Withheld (KR)"), (X[3], "Removed"),
       (X[4], "Withheld (KR)"), (X[5], "No violation found, remains available"),
       (X[6], "Not found (deleted by author)")]
_tt_rows = "\n".join(
    [f"{_tt[0][0]:<64}| {_tt[0][1]}", "-" * 64 + "+" + "-" * 38]
    + [f"{u:<64}| {a}" for u, a in _tt[1:]])
case(
    name="x-text-table-six-rows",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Sat, 14 Sep 2024 06:05:55 +0000",
    subject="Re: %s consolidated status" % R1,
    body=f"""
Hello,

As requested, here is a consolidated status for the first six URLs of your
request {R1}.

{_tt_rows}

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal consolidated status as a plain-text pipe table",
    why="text table, one status per row; the 'No violation found' row is a refusal with its reason",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "restricted",
           X[5]: "rejected", X[6]: "not_found"},
)

case(
    name="x-ack-phrase-plus-removal",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 10:27:13 +0000",
    subject="Case# 0145228893: Legal request received [ref:%s]" % R1,
    body=f"""
Hello,

Thank you for your report. We have received it and opened case number
0145228893.

Having reviewed it, we removed {X[3]}
for violating the X Rules. The remaining URLs are still being reviewed and
we will update you when we have completed our assessment.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X case-opened receipt that already carries a first outcome",
    why="receipt wording plus an unhedged removal of a named post is no pure acknowledgement",
    items={X[3]: "removed"},
)

case(
    name="yt-legal-removed-and-blocked",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 04:10:00 +0000",
    subject="[%s] Your notice about content on YouTube" % R2,
    body=f"""
Hello,

Thank you for your notice about content on YouTube (reference {R2}).

After reviewing the content you identified, we've taken the following
actions:

- {Y[1]} : removed from YouTube for violating our Community
  Guidelines.
- {Y[2]} : blocked from view in South Korea based on local
  law. It remains available in other locations.

We are still reviewing the remaining items in your notice and will follow
up with you.

Sincerely,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email (removed globally / blocked locally)",
    why="bulleted URLs with their actions; the other two videos are only 'remaining items' still reviewed",
    items={Y[1]: "removed", Y[2]: "restricted"},
)

case(
    name="yt-actioned-under-policies",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Tue, 10 Sep 2024 01:44:18 +0000",
    subject="Re: [%s] Request to remove content" % R2,
    reply_to_req=thread(R2),
    body=f"""
Hi there,

Thanks for reaching out. The content at {Y[3]} has been actioned under our
policies.

For the other URLs in your notice we will write again.

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube terse legal support reply ('has been actioned under our policies')",
    why="the platform's configured removal phrase about a named youtu.be URL",
    items={Y[3]: "removed"},
)

_age = f"""Hello,

We have reviewed the Short you reported in your notice {R2}:
{Y[4]}

The Short does not warrant removal, but we have applied an age restriction.
It can no longer be watched by viewers who are signed out or under 18.

You can read more about age-restricted content here:
https://support.google.com/youtube/answer/2802167

Best regards,
The YouTube Team
"""
case(
    name="yt-age-restricted-base64",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Wed, 11 Sep 2024 06:32:41 +0000",
    subject="Update on your report - %s" % R2,
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(_age),
    outcome="applied", classification="confirmation",
    imitates="YouTube report outcome: age restriction applied instead of removal",
    why="base64 body; age-restricted counts as restricted, not as a refusal",
    items={Y[4]: "restricted"},
)

case(
    name="yt-gmail-top-post-blocked",
    **{"from": "sora.lim@google.com"}, name_from="Sora Lim",
    date="Thu, 12 Sep 2024 08:19:27 +0000",
    subject="Re: [%s] Request to remove or restrict content under Korean law" % R2,
    reply_to_req=thread(R2),
    body=f"""
Hi,

Following up on your notice: {Y[2]} is now blocked in
South Korea under local law. The other URLs are still with our team.

Thanks,
Sora
YouTube Trust & Safety, Legal Removals

On Thu, Sep 5, 2024 at 11:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text(R2))}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals staff reply top-posted in Gmail",
    why="one video blocked in Korea above the '>'-quoted request; others not stated",
    items={Y[2]: "restricted"},
)

case(
    name="yt-notice-of-action-fields",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 00:58:03 +0000",
    subject="Notice of action taken - %s" % R2,
    body=f"""
Notice of action taken

Reference: {R2}
Content URL: {Y[1]}
Action: Removed (global)
Basis: YouTube Community Guidelines - Sale of illegal or regulated goods
Date of action: 2024-09-09
Decision made by: human review

If you have questions about this notice, reply to this email.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google structured 'notice of action' with labelled fields",
    why="field layout: Content URL then Action: Removed",
    items={Y[1]: "removed"},
)

case(
    name="meta-local-law-restriction-and-removal",
    **{"from": "content-regulation@meta.com"}, name_from="Meta Content Regulation",
    date="Tue, 10 Sep 2024 11:30:00 +0000",
    subject="Your report %s - outcome" % R3,
    body=f"""
Hello,

Thank you for your report (your reference {R3}).

Instagram post {M[3]}
We reviewed this content and found that it doesn't go against our
Community Guidelines. Following a legal review, we have restricted access
to it in South Korea based on local law.

Facebook post {M[1]}
We removed this content because it goes against our Community Standards
on restricted goods and services.

We will be in touch separately about the remaining items in your report.

Meta Content Regulation team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restriction based on local law' response to a government report",
    why="'doesn't go against our Guidelines' is followed by a Korea restriction, so restricted, not rejected",
    items={M[3]: "restricted", M[1]: "removed"},
)

_meta_csv_rows = [
    ["Reported URL", "Decision", "Detail"],
    [M[1], "Removed", "Goes against Community Standards (restricted goods and services)"],
    [M[2], "No action", "Does not go against Community Standards or local law, remains available"],
    [M[3], "Restricted in KR", "Access restricted in South Korea based on local law"],
    [M[4], "Not found", "Link invalid, content does not exist"],
    [M[5], "Removed", "Page unpublished"],
]


def _csv_text(rows):
    import io
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


case(
    name="meta-csv-attachment-five-rows",
    **{"from": "regulatory-requests@meta.com"}, name_from="Meta Regulatory Requests",
    date="Fri, 13 Sep 2024 09:02:12 +0000",
    subject="%s - decisions (attached)" % R3,
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==meta_b442_01"

--==meta_b442_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached our decisions on each URL in your request {R3}.

Best regards,
Meta Regulatory Requests

--==meta_b442_01
Content-Type: text/csv; charset=utf-8; name="{R3}_decisions.csv"
Content-Disposition: attachment; filename="{R3}_decisions.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(_csv_text(_meta_csv_rows).encode()).decode()}
--==meta_b442_01--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta regulatory response with a CSV of decisions per URL",
    why="CSV attachment, one decision per URL: removed, no action with reason, restricted in KR, not found, page unpublished",
    items={M[1]: "removed", M[2]: "rejected", M[3]: "restricted", M[4]: "not_found", M[5]: "removed"},
)

case(
    name="meta-page-unpublished-angle",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    date="Wed, 11 Sep 2024 13:14:15 +0000",
    subject="We took action on the Page you reported (%s)" % R3,
    body=f"""
Hi,

The Facebook Page <{M[5]}> that you reported has been unpublished and is
no longer visible on Facebook.

Thanks for helping keep Facebook safe.

The Facebook Team

This message was sent to takedown@kcsc.example.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook report-outcome notification (Page unpublished)",
    why="URL in angle brackets; 'unpublished and no longer visible' = removed",
    items={M[5]: "removed"},
)

case(
    name="meta-ig-not-found-and-refused",
    **{"from": "content-regulation@meta.com"}, name_from="Meta Content Regulation",
    date="Thu, 12 Sep 2024 10:41:36 +0000",
    subject="Re: %s" % R3,
    body=f"""
Hello,

About two of the items in your report {R3}:

{M[4]}
This link doesn't lead to any content on Instagram. The reel does not
exist, or it was deleted by the person who posted it before we reviewed it.

{M[2]}
We reviewed this post and it doesn't go against our Community Standards.
We also did not find it to be unlawful under the Korean laws cited in your
report, so it remains available on Facebook.

Meta Content Regulation team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content regulation reply: content not found / no action taken",
    why="URL then its statement on the next lines: reel does not exist, post refused with reason",
    items={M[4]: "not_found", M[2]: "rejected"},
)

case(
    name="tiktok-html-decision-card",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Wed, 11 Sep 2024 03:20:44 +0000",
    subject="Decision on your report - %s" % R4,
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;background:#f8f8f8">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px">
<h2 style="font-size:18px">We've made a decision on your report</h2>
<p>Your reference: {R4}</p>
<table cellpadding="4">
<tr><td><b>Content</b></td><td><a href="{T[1]}">{T[1]}</a></td></tr>
<tr><td><b>Decision</b></td><td>Removed</td></tr>
<tr><td><b>Reason</b></td><td>Violation of our Community Guidelines: gambling</td></tr>
</table>
<p>Thank you for helping us keep TikTok safe.</p>
<p style="font-size:11px;color:#888"><a href="https://www.tiktok.com/community-guidelines">Community Guidelines</a> &middot;
<a href="https://www.tiktok.com/legal/report">Report illegal content</a></p>
</div></body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok HTML 'decision on your report' card",
    why="HTML card: Content / Decision: Removed; footer links are policy pages",
    items={T[1]: "removed"},
)

case(
    name="tiktok-bilingual-korean-particles",
    **{"from": "kr-trustandsafety@tiktok.com"}, name_from="TikTok Korea Trust & Safety",
    date="Thu, 12 Sep 2024 05:51:08 +0000",
    subject="[%s] Outcome / 조치 결과 안내" % R4,
    body=f"""
Dear KCSC,

Regarding your request {R4}, please see the outcome below.

(EN)
1) {T[1]} - removed for violating our Community Guidelines.
2) {T[3]} - access restricted in South Korea under local law.

(KO)
1) {T[1]}는 커뮤니티 가이드라인 위반으로 삭제되었습니다.
2) {T[3]}：현지 법률에 따라 대한민국 내 접근 제한 조치되었습니다.

The third video in your request is still being assessed.

TikTok Korea Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea bilingual (English/Korean) outcome notice to a Korean authority",
    why="same two outcomes in English and Korean; Korean lines glue a particle and a full-width colon to the URL",
    items={T[1]: "removed", T[3]: "restricted"},
)

case(
    name="tiktok-link-does-not-exist",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 07:07:07 +0000",
    subject="Re: [%s] Request to remove content" % R4,
    reply_to_req=thread(R4),
    body=f"""
Hello,

We could not find any content at the link below:

{T[2]}

The video does not exist on TikTok. It may have been deleted by its
creator before your request reached us.

Kind regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply: content cannot be located",
    why="URL on the line below 'could not find any content'; 'does not exist' is unhedged, the 'may' only guesses why",
    items={T[2]: "not_found"},
)

case(
    name="reddit-post-removed-account-kept",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 18:25:30 +0000",
    subject="Re: %s - removal request" % R5,
    body=f"""
Hello,

Regarding {R5}:

We removed the post {D[1]} for violating Reddit's Content Policy.

We also reviewed the account {D[2]} and did not find activity, beyond the
removed post, that breaks our rules or the Korean laws cited in your
request. We are not taking action on the account.

Thanks,
Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal operations reply to a government removal request",
    why="post removed; the account refused with its reason",
    items={D[1]: "removed", D[2]: "rejected"},
)

case(
    name="discord-server-removed-no-url",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 22:11:40 +0000",
    subject="Your report %s" % R6,
    body=f"""
Hello,

Thank you for contacting Discord. We have reviewed the server you reported
under reference {R6} and removed it from Discord for violating our
Community Guidelines. Its invite link no longer works.

Discord Trust & Safety
https://discord.com/safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome email",
    why="names no URL but references a one-item request and states the server was removed",
    items={DC: "removed"},
)

case(
    name="twitch-vod-deleted-channel-kept",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    date="Mon, 16 Sep 2024 16:02:55 +0000",
    subject="Your request %s" % R7,
    body=f"""
Hello,

Thank you for your report. We have completed our review of request {R7}.

The video {W[2]} has been deleted from Twitch for violating our
Community Guidelines.

We reviewed the channel {W[1]} and found no violation of our Community
Guidelines or of the law cited in your request. The channel remains
active.

Twitch Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch Trust & Safety outcome email",
    why="VOD deleted; channel refused with reason",
    items={W[2]: "removed", W[1]: "rejected"},
)

# ======================================================================
# REVIEW
# ======================================================================

case(
    name="x-promise-will-withhold",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 23:40:12 +0000",
    subject="Re: [%s] Request to remove or restrict content under Korean law" % R1,
    reply_to_req=thread(R1),
    body=f"""
Hello,

We are reviewing your request. The posts
{X[1]} and
{X[2]}
will be withheld in South Korea once our legal review is complete, which
we expect within the next few days.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X interim reply announcing an action to come",
    why="'will be withheld ... once' is a promise, no statement",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="yt-hedge-and-under-review",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Sat, 07 Sep 2024 02:33:50 +0000",
    subject="Re: [%s] Request to remove content" % R2,
    reply_to_req=thread(R2),
    body=f"""
Hello,

The video {Y[3]} appears to have been removed already, possibly by the
uploader. {Y[4]} is currently under review by our team; we'll follow up
when we have an update.

Regards,
Google Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube/Google interim reply with a guess and an 'under review'",
    why="'appears to have been removed' is a hedge, 'under review' no outcome",
    items={Y[3]: "pending", Y[4]: "pending"},
)

case(
    name="meta-all-five-removed-bulk",
    **{"from": "content-regulation@meta.com"}, name_from="Meta Content Regulation",
    date="Sat, 14 Sep 2024 04:00:00 +0000",
    subject="Your report %s" % R3,
    body=f"""
Hello,

We've reviewed all five links in your report {R3} and removed the content
for going against our Community Standards.

Meta Content Regulation team
""",
    outcome="review", review="bulk",
    imitates="Meta short outcome covering a whole report",
    why="one statement for a five-item request, no item named",
    items={M[i]: "pending" for i in range(1, 6)},
)

case(
    name="reddit-both-removed-bulk",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 20:45:12 +0000",
    subject="Re: %s" % R5,
    body=f"""
Hi,

Both reported items in {R5} have been removed by Reddit's Safety team.

Reddit Legal Operations
""",
    outcome="review", review="bulk",
    imitates="Reddit terse legal reply covering a whole request",
    why="'both reported items' for a two-item request without naming either",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="x-spoofed-dmarc-fail",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    date="Sun, 08 Sep 2024 12:12:12 +0000",
    subject="[%s] Content removed" % R1,
    body=f"""
Dear KCSC,

We have removed {X[9]} and {X[10]}
from X.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="mail claiming to be X legal, failing DKIM/SPF/DMARC",
    why="X's domain but authentication fails",
    items={X[9]: "pending", X[10]: "pending"},
)

case(
    name="tiktok-lookalike-domain",
    **{"from": "case-team@tiktok-safetycenter.net"}, name_from="TikTok Safety Center",
    date="Tue, 10 Sep 2024 14:00:31 +0000",
    subject="Report %s processed" % R4,
    body=f"""
Hello,

Your report {R4} has been processed.

Results:
{T[1]} - removed
{T[2]} - removed

TikTok Safety Center
""",
    outcome="review", review="unknown_sender",
    imitates="status mail from a domain that only looks like TikTok's",
    why="sender domain is not TikTok's",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="law-firm-for-page-owner",
    **{"from": "jh.seo@hanbit-lawpartners.co.kr"}, name_from="Seo Jihoon",
    date="Thu, 12 Sep 2024 02:30:00 +0000",
    subject="%s - Facebook page yellowdune.market.kr" % R3,
    body=f"""
Dear Commission,

We act for the operator of the Facebook Page {M[5]}, which is
listed in your request {R3}. Our client has taken the Page down
voluntarily and asks that the matter be closed.

Yours faithfully,
Seo Jihoon
Hanbit Law Partners
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the page owner's lawyer",
    why="not the platform; the owner's word does not change a status",
    items={M[5]: "pending"},
)

case(
    name="snap-not-hosted-tiktok-url",
    **{"from": "lawenforcement@snap.com"}, name_from="Snap Inc.",
    date="Wed, 11 Sep 2024 19:19:19 +0000",
    subject="Re: Content report - %s" % R4,
    body=f"""
Hello,

Thanks for contacting Snap. We reviewed the link in your message:

{T[3]}

This content is not hosted on Snapchat, and Snap has no ability to remove
it. We recommend contacting the service on which it appears.

Snap Law Enforcement Operations
""",
    outcome="review", review="wrong_platform",
    imitates="Snap reply to a report about content hosted elsewhere",
    why="Snapchat speaks about a TikTok item; its 'not hosted' is no status of that item",
    items={T[3]: "pending"},
)

case(
    name="pinterest-generic-outcome",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    date="Mon, 09 Sep 2024 17:45:00 +0000",
    subject="Update on your report",
    body="""
Hi there,

Thanks for letting us know about content on Pinterest. We reviewed the
Pins you reported and removed the ones that go against our Community
Guidelines.

Learn more: https://policy.pinterest.com/community-guidelines

Pinterest Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="Pinterest report-outcome email with no Pin named",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="discord-asks-for-message-links",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 09:09:09 +0000",
    subject="Re: Your report %s" % R6,
    body=f"""
Hello,

To act on {R6}, we need more information. An invite link alone does not
let us identify the content you are concerned about, because invites can
be regenerated. Please reply with the server ID and links to the specific
messages (https://discord.com/channels/<server>/<channel>/<message>).

You can find out how to copy these links here:
https://support.discord.com/hc/en-us/articles/206346498

Discord Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord request for message links / IDs",
    why="platform asks for more information before acting",
    items={DC: "pending"},
)

case(
    name="twitch-still-reviewing",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    date="Fri, 13 Sep 2024 11:11:11 +0000",
    subject="Re: Your request %s" % R7,
    body=f"""
Hello,

Our Trust & Safety team is still reviewing {W[1]} and
{W[2]}. We expect to reach a decision within five business days and
will update you then.

Twitch Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Twitch interim 'still reviewing' reply",
    why="names both items, states no outcome",
    items={W[1]: "pending", W[2]: "pending"},
)

# ======================================================================
# IGNORED
# ======================================================================

case(
    name="x-case-opened-receipt",
    **{"from": "noreply-legal@x.com"}, name_from="X",
    date="Tue, 03 Sep 2024 05:31:02 +0000",
    subject="Case# 0145228893: Legal request received [ref:%s]" % R1,
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thank you for your legal request. We have received your report and a case
has been opened: case number 0145228893.

You don't need to reply to this message. We will contact you if we need
more information or once we have reviewed your request.

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X automated 'legal request received' receipt",
    why="pure receipt with a case number",
    items={},
)

case(
    name="meta-out-of-office",
    **{"from": "jiwon.park@meta.com"}, name_from="Jiwon Park",
    date="Fri, 06 Sep 2024 08:00:05 +0000",
    subject="Automatic reply: [%s] Request to remove or restrict content under Korean law" % R3,
    reply_to_req=thread(R3),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 23 September
with limited access to email.

For urgent regulatory matters, please write to regulatory-requests@meta.com
and the team will help you.

Jiwon Park
Public Policy, Meta Korea
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply from a Meta employee",
    why="out-of-office auto-reply",
    items={},
)

_orig = "\n".join([
    "Date: Mon, 9 Sep 2024 10:30:00 +0900",
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal-kr@tiktok.com",
    "Subject: [%s] Request to remove or restrict content under Korean law" % R4,
    "Message-ID: <%s>" % REQ[R4][6],
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
] + request_text(R4))
case(
    name="dsn-bounce-tiktok",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Mon, 09 Sep 2024 01:31:10 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="B442.DSN.1725845470"

--B442.DSN.1725845470
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal-kr@tiktok.com>: host mx-in.tiktok.com[203.0.113.44] said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: User unknown (in reply
    to RCPT TO command)

--B442.DSN.1725845470
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon,  9 Sep 2024 10:30:02 +0900 (KST)

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx-in.tiktok.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@tiktok.com>: Recipient address
    rejected: User unknown

--B442.DSN.1725845470
Content-Type: message/rfc822

{_orig}

--B442.DSN.1725845470--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="bounce; the URLs are only in our returned request",
    items={},
)

case(
    name="yt-read-receipt",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Thu, 05 Sep 2024 03:15:40 +0000",
    subject="Read: [%s] Request to remove or restrict content under Korean law" % R2,
    reply_to_req=thread(R2),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b442-yt"

--mdn-b442-yt
Content-Type: text/plain; charset=utf-8

This is a return receipt for the mail that you sent to legal-kr@google.com.

Note: This receipt only acknowledges that the message was displayed on the
recipient's computer. There is no guarantee that the recipient has read or
understood the message contents.

--mdn-b442-yt
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <{REQ[R2][6]}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b442-yt--
""",
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification (read receipt) from a YouTube legal mailbox",
    why="MDN",
    items={},
)

case(
    name="reddit-help-ticket-receipt",
    **{"from": "help@reddit.com"}, name_from="Reddit Help",
    date="Tue, 10 Sep 2024 00:16:03 +0000",
    subject="[Reddit Help] Re: %s removal request" % R5,
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (#11842097) has been received and is being reviewed by our
Legal Operations team.

To add additional comments, reply to this email.

This email is a service from Reddit Help.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style Reddit Help ticket receipt",
    why="ticket receipt only",
    items={},
)

case(
    name="tiktok-out-of-office-bilingual",
    **{"from": "minseo.kang@tiktok.com"}, name_from="Minseo Kang",
    date="Mon, 09 Sep 2024 01:30:40 +0000",
    subject="Out of Office: [%s] Request to remove or restrict content under Korean law" % R4,
    reply_to_req=thread(R4),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for your message. I am on leave until 16 September and will reply
when I return. For urgent requests please contact legal-kr@tiktok.com.

메일 감사합니다. 9월 16일까지 휴가 중입니다. 긴급한 건은
legal-kr@tiktok.com 으로 연락 바랍니다.

Minseo Kang | Government Relations, TikTok Korea
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual out-of-office auto-reply from a TikTok Korea employee",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="twitch-report-received-echo",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    date="Thu, 12 Sep 2024 04:41:00 +0000",
    subject="We received your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hi KCSC,

We've received your report about {W[1]} (Report ID 7731-0042-KR).

Our Safety team reviews every report. You'll hear from us if we take
action on it.

Your report:
  Reason: Illegal activity
  Details: {R7} - promotion of illegal gambling

Twitch Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Twitch 'we received your report' confirmation echoing the report",
    why="pure receipt; the named channel is only the echoed report",
    items={},
)


HEADER = """# Blind set 442: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest). Written from each
# email's meaning, before any run of the reader. Generated by make.py."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
