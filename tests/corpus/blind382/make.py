#!/usr/bin/env python3
"""Blind set 382: English notices from many platforms (YouTube, X, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind382/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning, before the reader
was ever run on these emails. All names, ids and URLs are fictional.
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
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240906-03", "KCSC-240909-04",
    "KCSC-240911-05", "KCSC-240912-06", "KCSC-240913-07",
)


def mid(ref):
    return "req." + ref


# YouTube, 12 items (the largest request)
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    "https://www.youtube.com/watch?v=hR7wN1cZx0E",
    "https://www.youtube.com/watch?v=b9KdF4sJu6Y",
    "https://www.youtube.com/watch?v=Lx2pG7eVn5M",
    "https://www.youtube.com/watch?v=tW8aC3qHr1U",
    "https://www.youtube.com/watch?v=Zc5mJ0yBk9S",
    "https://youtu.be/N4fXe6rTa2Q",
    "https://www.youtube.com/shorts/pK1sV9dLw3G",
    "https://www.youtube.com/watch?v=eD6uY2oMi8R",
    "https://www.youtube.com/@haneul_truthroom",
    "https://www.youtube.com/watch?v=gT0bH5nQc7W",
    "https://www.youtube.com/watch?v=vJ3kR8sPz4X",
]
# X, 4 items
X = [
    "https://x.com/minjae_leaks77/status/1831200456789012345",
    "https://x.com/minjae_leaks77/status/1831244567890123456",
    "https://x.com/darkpulse_kr/status/1830987654321098765",
    "https://twitter.com/seoul_whisper9/status/1829876543210987654",
]
# Meta (Facebook, Instagram), 5 items
M = [
    "https://www.facebook.com/groups/4455667788/posts/9988776655",
    "https://www.facebook.com/photo/?fbid=1122334455667788",
    "https://www.instagram.com/p/C9xQ2mLrT4b/",
    "https://www.instagram.com/reel/C9yZ7kPwN1d/",
    "https://www.facebook.com/profile.php?id=100089123456789",
]
# TikTok, 3 items
T = [
    "https://www.tiktok.com/@nightmarket.kr/video/7409876543210987654",
    "https://www.tiktok.com/@nightmarket.kr/video/7410123456789012345",
    "https://www.tiktok.com/@glowdeal_seoul/video/7408765432109876543",
]
# Reddit, 2 items; the first has a Korean slug, stored percent-encoded
R_SLUG = "무료_이용권_공유"
R1_RAW = "https://www.reddit.com/r/koreanfinds/comments/1f3kq9z/" + R_SLUG + "/"
RD = [
    "https://www.reddit.com/r/koreanfinds/comments/1f3kq9z/" + quote(R_SLUG) + "/",
    "https://www.reddit.com/r/koreanfinds/comments/1f3kq9z/comment/lkx8p2q/",
]
# Discord, 1 item
D = ["https://discord.gg/h4nSeoulX"]
# Twitch, 2 items
W = [
    "https://www.twitch.tv/videos/2245678901",
    "https://www.twitch.tv/ruby_gambit/clip/BraveTinyOtterPogChamp-aB3dE5fG7hJ9kL1m",
]

REQUESTS = [
    (R1, "youtube", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00", Y, "illegal gambling promotion"),
    (R2, "x", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00", X, "privacy violation"),
    (R3, "meta", "2024-09-06T14:05:00+09:00", "2024-09-13T18:00:00+09:00", M, "illegal drug sale"),
    (R4, "tiktok", "2024-09-09T11:30:00+09:00", "2024-09-16T18:00:00+09:00", T, "illegal medicine sale"),
    (R5, "reddit", "2024-09-11T16:20:00+09:00", "2024-09-18T18:00:00+09:00", RD, "copyright piracy"),
    (R6, "discord", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", D, "illegal gambling"),
    (R7, "twitch", "2024-09-13T13:15:00+09:00", "2024-09-20T18:00:00+09:00", W, "illegal gambling promotion"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat in REQUESTS:
            for i, u in enumerate(urls, 1):
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example",
                            "blind382 item %d of %d" % (i, len(urls))])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, platform_name):
    lines = [
        "Dear %s team," % platform_name,
        "",
        "The Korea Communications Standards Commission requests the removal of",
        "the following content, which violates Korean law (ref. %s):" % ref,
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "Please tell us the action taken for each URL.", "", "KCSC Takedown Desk"]
    return "\n".join(lines)


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= YouTube (KCSC-240903-01, 12 items) ==============

case(
    name="yt-legal-outcome-bullets",
    date="Wed, 04 Sep 2024 07:41:18 +0000",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [%s] Request for removal of content on YouTube" % R1,
    reply_to_req=mid(R1),
    body=f"""
Hello,

Thank you for your notice regarding {R1}. After reviewing the content you
identified, we have taken the following action:

- {Y[0]} - removed globally for violating YouTube's Community Guidelines (spam, deceptive practices and scams)
- {Y[1]} - removed globally for violating YouTube's Community Guidelines
- {Y[2]} - blocked from view in South Korea on the basis of local law. The video remains viewable in other countries.
- {Y[3]} - no action possible: the video had already been deleted by the uploader before our review.

The remaining URLs in your notice are being handled separately and we will
write to you about them.

For more information about how we handle legal removal requests, see
https://support.google.com/youtube/answer/2801973

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals team outcome email with one line per URL",
    why="four named videos each with an unhedged outcome: two removed, one blocked in Korea, one already deleted by the uploader",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "not_found"},
)

case(
    name="yt-local-law-url-then-outcome",
    date="Wed, 04 Sep 2024 23:05:51 +0000",
    **{"from": "noreply-legal@youtube.com"},
    name_from="YouTube",
    subject="YouTube: decision on your legal request %s" % R1,
    body=f"""
Hi KCSC team,

We have completed our review of the following video under applicable
Korean law.

Video:
{Y[4]}
Outcome: Content blocked in South Korea (local legal restriction)

Your request ID: {R1}
YouTube case ID: 5-7730194426017

This decision applies only to viewers in South Korea.

- The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'decision on your legal request' notice, bare URL with the outcome on the line below",
    why="one named video, outcome on the next line: blocked in South Korea",
    items={Y[4]: "restricted"},
)

case(
    name="yt-age-restricted-and-no-violation",
    date="Thu, 05 Sep 2024 02:18:40 +0000",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [%s] Request for removal of content on YouTube" % R1,
    reply_to_req=mid(R1),
    body=f"""
Hello,

Regarding your request {R1}:

We age-restricted the video {Y[5]}. Viewers now need to be signed in
and at least 18 years old to watch it, and it is not shown to viewers in
Restricted Mode.

We also reviewed {Y[6]} and found that it does not violate our
Community Guidelines or the local law you cited, so we have decided not
to take action on it. The video remains available on YouTube.

If you have new information about this video, you can submit a new
request at https://support.google.com/legal/answer/3110420

Kind regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome email: age restriction applied, second video found not violating",
    why="age-restricted is restricted; 'does not violate ... decided not to take action' is a refusal with its reason",
    items={Y[5]: "restricted", Y[6]: "rejected"},
)

YT_TABLE_ROWS = [
    (Y[7], "Removed - Community Guidelines (harmful or dangerous content)", "Global"),
    (Y[8], "Blocked - local legal restriction", "South Korea"),
    (Y[9], "Channel terminated", "Global"),
    (Y[10], "No action - not found to violate policy or local law", "-"),
]
yt_html_rows = "\n".join(
    f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td><td>{s}</td></tr>' for u, a, s in YT_TABLE_ROWS
)
yt_text_rows = "\n".join(f"{u}\n    Action: {a}\n    Scope: {s}" for u, a, s in YT_TABLE_ROWS)
case(
    name="yt-html-table-multipart",
    date="Thu, 05 Sep 2024 09:27:03 +0000",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Outcome of your request %s" % R1,
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="yt-alt-0905"

--yt-alt-0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Here is the outcome for the following URLs from request {R1}:

{yt_text_rows}

The YouTube Legal Team

--yt-alt-0905
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>Here is the outcome for the following URLs from request {R1}:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th><th>Scope</th></tr>
{yt_html_rows}
</table>
<p>The YouTube Legal Team</p>
</body></html>

--yt-alt-0905--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome sent as an HTML table with a plain-text alternative",
    why="four rows: removed, blocked in Korea, channel terminated (removed), no action as not violating (rejected)",
    items={Y[7]: "removed", Y[8]: "restricted", Y[9]: "removed", Y[10]: "rejected"},
)

YT_CSV = [
    (Y[0], "Removed", "Global", "Community Guidelines - scams"),
    (Y[1], "Removed", "Global", "Community Guidelines - scams"),
    (Y[2], "Restricted", "KR", "Local law"),
    (Y[3], "Not found", "-", "Video deleted by uploader before review"),
    (Y[4], "Restricted", "KR", "Local law"),
    (Y[5], "Age-restricted", "Global", "18+"),
    (Y[6], "No action", "-", "Does not violate policy or local law"),
    (Y[7], "Removed", "Global", "Harmful or dangerous content"),
    (Y[8], "Restricted", "KR", "Local law"),
    (Y[9], "Terminated", "Global", "Channel terminated"),
    (Y[10], "No action", "-", "Does not violate policy or local law"),
    (Y[11], "Removed", "Global", "Regulated goods"),
]
yt_csv = "url,action,region,reason\n" + "".join('%s,%s,%s,"%s"\n' % r for r in YT_CSV)
case(
    name="yt-csv-attachment-all-twelve",
    date="Fri, 06 Sep 2024 05:52:44 +0000",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [%s] Request for removal of content on YouTube - final outcome" % R1,
    reply_to_req=mid(R1),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="yt-mix-0906"

--yt-mix-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have finished reviewing all 12 URLs of your request {R1}. The
action taken on each URL is listed in the attached file.

Regards,
The YouTube Legal Team

--yt-mix-0906
Content-Type: text/csv; charset=utf-8; name="{R1}_outcome.csv"
Content-Disposition: attachment; filename="{R1}_outcome.csv"
Content-Transfer-Encoding: base64

{b64(yt_csv)}
--yt-mix-0906--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team final outcome with a per-URL CSV attachment",
    why="CSV attachment gives an action per URL for all twelve items; terminated channel = removed, no action = rejected, not found = not_found",
    items={
        Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "not_found",
        Y[4]: "restricted", Y[5]: "restricted", Y[6]: "rejected", Y[7]: "removed",
        Y[8]: "restricted", Y[9]: "removed", Y[10]: "rejected", Y[11]: "removed",
    },
)

case(
    name="yt-outlook-toppost-one-video",
    date="Wed, 04 Sep 2024 03:14:09 +0000",
    **{"from": "d.reyes@google.com"},
    name_from="Daniel Reyes",
    subject="RE: [%s] Request for removal of content on YouTube" % R1,
    reply_to_req=mid(R1),
    body=f"""
Hi all,

Quick update on the request below: {Y[11]} was removed this
morning for violating our policy on illegal or regulated goods and services.

I'm still chasing the team on the rest of the list and will come back to
you as soon as I have more.

Best,
Daniel

Daniel Reyes | Legal Specialist, Trust & Safety | Google

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:12 AM
To: YouTube Legal <legal-kr@google.com>
Subject: [{R1}] Request for removal of content on YouTube

{request_text(R1, Y, "YouTube")}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal specialist top-posting over the regulator's request (Outlook '-----Original Message-----')",
    why="only the last video is stated removed above the quote; the twelve URLs below the Original Message line are our own request",
    items={Y[11]: "removed", Y[0]: "pending", Y[4]: "pending", Y[10]: "pending"},
)

case(
    name="yt-url-below-statement",
    date="Thu, 05 Sep 2024 14:40:22 +0000",
    **{"from": "noreply-legal@youtube.com"},
    name_from="YouTube",
    subject="Update on your request %s" % R1,
    body=f"""
Hello,

The video listed below has been removed from YouTube for violating our
Community Guidelines on spam, deceptive practices and scams:

    {Y[8]}

The uploader has been notified and can appeal the decision
(https://support.google.com/youtube/answer/185111).

Thanks,
YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety update with the URL indented on its own line after the statement",
    why="statement ends with ':' and the one URL follows; the appeal link is a help page, not an item",
    items={Y[8]: "removed"},
)

yt_qp_text = f"""Hello,

Following further review under Korean law, the video at {Y[1]} has been made unavailable to viewers in South Korea — it remains visible elsewhere — and the video at {Y[10]} has been removed from YouTube worldwide for violating our Community Guidelines.

Reference: {R1}

Best regards,
YouTube Legal Support
"""
case(
    name="yt-quoted-printable-long-lines",
    date="Fri, 06 Sep 2024 01:09:37 +0000",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [%s] Request for removal of content on YouTube" % R1,
    reply_to_req=mid(R1),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(yt_qp_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply sent quoted-printable with soft line breaks inside long sentences",
    why="first video unavailable in South Korea (restricted), second removed worldwide",
    items={Y[1]: "restricted", Y[10]: "removed"},
)

yt_gmail_quote = quoted(f"""On Tue, Sep 3, 2024 at 10:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
{request_text(R1, Y, "YouTube")}""")
# the attribution line itself is not quoted in Gmail
yt_gmail_quote = yt_gmail_quote.split("\n", 1)
yt_gmail_quote = yt_gmail_quote[0][2:] + "\n" + yt_gmail_quote[1]
case(
    name="yt-gmail-reply-partial",
    date="Thu, 05 Sep 2024 06:33:12 +0000",
    **{"from": "grace.lim@google.com"},
    name_from="Grace Lim",
    subject="Re: [%s] Request for removal of content on YouTube" % R1,
    reply_to_req=mid(R1),
    body=f"""
Hi,

Following our review, the videos {Y[4]} and
{Y[5]} have been removed for violating our Community Guidelines.
The remaining items of your request are still under review.

Thanks,
Grace

{yt_gmail_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply from a Google legal specialist, statements above the '>'-quoted request",
    why="two videos named above the quote are removed; 'still under review' for the rest changes nothing; quoted URLs are our own request",
    items={Y[4]: "removed", Y[5]: "removed", Y[0]: "pending", Y[6]: "pending"},
)

case(
    name="yt-parenthesised-urls",
    date="Fri, 06 Sep 2024 08:45:00 +0000",
    **{"from": "noreply-legal@youtube.com"},
    name_from="YouTube",
    subject="Your legal request %s: update" % R1,
    body=f"""
Hello,

We reviewed two more items from your request.

The Short ({Y[7]}) has been age-restricted.

The video at {Y[6]}, which was also part of your
request, has been taken down for violating our harassment and cyberbullying
policy.

You can read more about age restrictions here:
https://support.google.com/youtube/answer/2802167

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal update with a URL in parentheses and a URL followed by a comma",
    why="Short age-restricted (restricted), youtu.be video taken down (removed); the help link is not an item",
    items={Y[7]: "restricted", Y[6]: "removed"},
)

case(
    name="yt-promise-escalated",
    date="Wed, 04 Sep 2024 01:02:55 +0000",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [%s] Request for removal of content on YouTube" % R1,
    reply_to_req=mid(R1),
    body=f"""
Hello,

Thank you for your patience. We have escalated the following videos to our
specialist review team:

{Y[0]}
{Y[1]}

These videos will be removed if they are found to violate our policies or
applicable law. We expect to reach a decision within five business days and
will notify you of the outcome.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal 'escalated to specialist team' interim reply",
    why="names two requested videos but only promises a conditional removal; nothing is stated done",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="yt-conflicting-same-video",
    date="Sat, 07 Sep 2024 02:26:31 +0000",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [%s] Request for removal of content on YouTube" % R1,
    reply_to_req=mid(R1),
    body=f"""
Hello,

Summary: the video {Y[2]} has been removed from YouTube.

Details of our review:

Video: {Y[2]}
Decision: No violation found. The content remains available on YouTube as
it does not violate our Community Guidelines or local law.

Please let us know if you have any questions.

YouTube Legal Support
""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube legal reply whose summary line contradicts its detailed decision (template copy error)",
    why="the same video is called removed in the summary and left up as not violating in the details",
    items={Y[2]: "pending"},
)

case(
    name="yt-auto-ack-receipt",
    date="Tue, 03 Sep 2024 01:13:40 +0000",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [%s] Request for removal of content on YouTube" % R1,
    reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hello,

Thanks for contacting YouTube. This is an automated confirmation that we
have received your legal removal request.

Your reference number is 8-5519002733164. Please keep it for any future
correspondence about this request.

Our team reviews requests in the order received. We'll contact you by
email once a decision has been made.

Please do not reply to this message.

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal request automatic receipt with a reference number",
    why="pure receipt: received, reference number, decision to come",
    items={},
)

# ======================= X (KCSC-240904-02, 4 items) =====================

case(
    name="x-withheld-in-korea",
    date="Thu, 05 Sep 2024 08:01:27 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="X: Content withheld in response to your legal demand (%s)" % R2,
    body=f"""
Hello,

X has received your legal demand dated 4 September 2024 ({R2}).

In response, we have withheld the following content in South Korea:

{X[0]}
{X[1]}

The content remains available to users outside South Korea. We have notified
the affected account holder, as is our practice. More information about
country withheld content is available at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X 'country withheld content' notice to a legal requester",
    why="two named posts withheld in South Korea = restricted",
    items={X[0]: "restricted", X[1]: "restricted"},
)

case(
    name="x-dsa-style-decision",
    date="Fri, 06 Sep 2024 11:16:48 +0000",
    **{"from": "noreply@x.com"},
    name_from="X",
    subject="Decision on your report - case 0192-4410-KR",
    body=f"""
Decision on your report

Your reference: {R2}
Case number: 0192-4410-KR

Content concerned: {X[2]}

Decision: Removal of the post
Ground for the decision: Violation of the X Rules (illegal or certain
regulated goods or services)
Facts and circumstances: The post was reported by your organisation and
reviewed by our team.
Automated means used for detection: No
Automated means used for the decision: No

You may disagree with this decision by filing an appeal at
https://help.x.com/forms/dsa/appeal

X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X decision notice in the field layout of a DSA statement of reasons",
    why="'Decision: Removal of the post' about the one named post; the appeal form is not an item",
    items={X[2]: "removed"},
)

case(
    name="x-angle-brackets-refusal-and-gone",
    date="Sat, 07 Sep 2024 04:37:09 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Re: %s" % R2,
    reply_to_req=mid(R2),
    body=f"""
Hello,

We reviewed <{X[3]}> and did not
find a violation of the X Rules or of the local law cited in your request.
We will not be taking action on this post.

The post <{X[1]}> could not be reviewed
because it no longer exists: it was deleted by the account owner before
your request reached us.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply to a government request, URLs in angle brackets",
    why="first post refused with its reason (rejected); second deleted by its author before the request (not_found)",
    items={X[3]: "rejected", X[1]: "not_found"},
)

case(
    name="x-bilingual-korean-particles",
    date="Mon, 09 Sep 2024 02:55:10 +0000",
    **{"from": "legal-kr@x.com"},
    name_from="X Korea Legal",
    subject="[%s] Withheld content / 국가별 게시 보류 안내" % R2,
    body=f"""
Dear KCSC,

Please be advised that the following posts are now withheld in the
Republic of Korea: {X[2]}, {X[0]}.

[국문 안내]
요청하신 게시물 {X[2]}、{X[0]}은 대한민국 내에서 접근 제한(국가별 게시 보류) 처리되었습니다。

X Korea Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea bilingual withheld-content notice, URLs followed by Korean particles and full-width punctuation",
    why="both posts withheld in Korea, stated in English and again in Korean (접근 제한)",
    items={X[2]: "restricted", X[0]: "restricted"},
)

case(
    name="x-hedged-appears-removed",
    date="Thu, 05 Sep 2024 12:48:33 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Re: %s" % R2,
    reply_to_req=mid(R2),
    body=f"""
Hello,

Our records indicate that {X[0]} may have been removed
already, and {X[2]} appears to be no longer
accessible. We are confirming this with the responsible team and will update
you once we have a definite answer.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with hedged observations",
    why="'may have been removed' and 'appears to be no longer accessible' are hedges, pending confirmation",
    items={X[0]: "pending", X[2]: "pending"},
)

case(
    name="x-asks-for-court-order",
    date="Fri, 06 Sep 2024 07:20:05 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Re: %s - additional information required" % R2,
    reply_to_req=mid(R2),
    body=f"""
Hello,

Thank you for your request regarding the following posts:

{X[0]}
{X[1]}

Before we can assess it, please provide (1) the specific provision of Korean
law that the content is alleged to violate, (2) a copy of the official
decision or order, if any, and (3) an English translation of these
documents. Please reply to this email with the requested information.

Regards,
X Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="X legal request for the legal basis and a translated order before acting",
    why="asks for documents before assessing; nothing decided about the two named posts",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-out-of-office",
    date="Wed, 04 Sep 2024 00:41:02 +0000",
    **{"from": "h.moreau@x.com"},
    name_from="Helene Moreau",
    subject="Automatic reply: [%s] Request for removal of content on X" % R2,
    reply_to_req=mid(R2),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent legal matters please write to
legal@x.com, where the team will handle your message.

Helene
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from an X legal staff member",
    why="out-of-office auto-reply",
    items={},
)

# ======================= Meta (KCSC-240906-03, 5 items) ==================

case(
    name="meta-local-law-numbered",
    date="Mon, 09 Sep 2024 05:12:46 +0000",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal Requests",
    subject="Your report %s: content restricted based on local law" % R3,
    body=f"""
Hello,

We have reviewed your report {R3}. Based on local law, we have restricted
access in South Korea to the following content:

1. {M[0]}
2. {M[1]}

This content remains available outside South Korea, as it does not go
against our Community Standards. To learn more about how Meta handles
government requests to restrict content, visit
https://transparency.meta.com/reports/content-restrictions/

Meta Legal Requests Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' reply to a government reporter",
    why="two named Facebook items restricted in South Korea; transparency page is not an item",
    items={M[0]: "restricted", M[1]: "restricted"},
)

case(
    name="meta-instagram-removed-and-kept",
    date="Tue, 10 Sep 2024 09:33:20 +0000",
    **{"from": "no-reply@instagram.com"},
    name_from="Instagram",
    subject="Update on your report",
    body=f"""
Hi,

Thanks for your report ({R3}).

We removed the post {M[2]} because it goes against our Community
Guidelines on restricted goods and services.

We reviewed the reel {M[3]} and found that it doesn't go against
our Community Guidelines, so we didn't take it down.

We know this may be disappointing. Learn more about what's allowed at
https://help.instagram.com/477434105621119

The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome ('We removed...' / 'doesn't go against our Community Guidelines')",
    why="post removed; reel kept because it breaks no rule (rejected)",
    items={M[2]: "removed", M[3]: "rejected"},
)

case(
    name="meta-html-only-account-disabled",
    date="Tue, 10 Sep 2024 13:06:58 +0000",
    **{"from": "notification@facebookmail.com"},
    name_from="Facebook",
    subject="We took action on the profile you reported",
    type="html",
    body=f"""
<!DOCTYPE html>
<html><body style="margin:0;background:#f0f2f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1c1e21">
<tr><td style="padding:20px"><img src="https://static.xx.fbcdn.example/logo.png" alt="Facebook" width="120"></td></tr>
<tr><td style="padding:0 20px">
<p>Hi KCSC,</p>
<p>Thanks for your report <b>{R3}</b>. The Facebook account at
<a href="{M[4]}">{M[4]}</a> has been disabled for not following our
Community Standards. It is no longer visible on Facebook.</p>
<p>Your report helps keep Facebook safe.</p>
</td></tr>
<tr><td style="padding:20px;color:#8a8d91;font-size:12px">Meta Platforms, Inc., Attention: Community Support, 1 Hacker Way, Menlo Park, CA 94025</td></tr>
</table></td></tr></table>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook HTML-only 'we took action on the profile you reported' notification",
    why="the named profile's account is disabled and no longer visible = removed",
    items={M[4]: "removed"},
)

meta_wrapped = f"""Hello,

Further to your report {R3}, we would like to confirm that
the post in the group at https://www.facebook.com/groups/4455667788/posts/
9988776655 has been removed for violating our Community Standards on
restricted goods and services. The group administrators have been informed.

Kind regards,
Meta Legal Requests Team
"""
case(
    name="meta-wrapped-url",
    date="Wed, 11 Sep 2024 02:40:14 +0000",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal Requests",
    subject="Re: [%s] Request for removal of content on Facebook" % R3,
    reply_to_req=mid(R3),
    body=meta_wrapped,
    outcome="applied", classification="confirmation",
    imitates="Meta legal reply hard-wrapped at 72 columns by the sender's client, breaking the URL",
    why="the group post URL is broken across two lines by wrapping; read whole it is the first requested item, removed",
    items={M[0]: "removed"},
)

case(
    name="meta-ack-phrase-plus-statement",
    date="Wed, 11 Sep 2024 08:19:36 +0000",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal Requests",
    subject="Re: [%s] Request for removal of content on Facebook" % R3,
    reply_to_req=mid(R3),
    body=f"""
Hello,

We've received your report {R3} - thank you for bringing this to our
attention.

Having reviewed it, we have removed the Instagram post
{M[2]} and the reel {M[3]}
for violating our Community Guidelines on drugs.

Meta Legal Requests Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta reply opening with a receipt phrase and then giving the outcome",
    why="receipt phrase followed by an unhedged removal of two named Instagram items: not a pure acknowledgement",
    items={M[2]: "removed", M[3]: "removed"},
)

case(
    name="meta-bulk-all-restricted",
    date="Mon, 09 Sep 2024 10:58:21 +0000",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal Requests",
    subject="Re: [%s] Request for removal of content on Facebook" % R3,
    reply_to_req=mid(R3),
    body=f"""
Hello,

We have reviewed your report {R3} and restricted access in South Korea to
all of the content you reported, based on local law.

Meta Legal Requests Team
""",
    outcome="review", review="bulk",
    imitates="Meta one-line 'restricted all reported content' reply",
    why="one statement covers all five items of the request without naming any",
    items={M[0]: "pending", M[1]: "pending", M[2]: "pending", M[3]: "pending", M[4]: "pending"},
)

case(
    name="meta-conditional-restriction",
    date="Mon, 09 Sep 2024 01:30:49 +0000",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal Requests",
    subject="Re: [%s] Request for removal of content on Facebook" % R3,
    reply_to_req=mid(R3),
    body=f"""
Hello,

We are reviewing the following items against local law:

{M[2]}
{M[3]}

If our review confirms that this content is unlawful in South Korea, we will
restrict access to it in South Korea. We will contact you again once our
review is complete.

Meta Legal Requests Team
""",
    outcome="review", review="not_understood",
    imitates="Meta interim reply: under review, conditional local restriction",
    why="'under review' plus a conditional promise; nothing stated done for the two named items",
    items={M[2]: "pending", M[3]: "pending"},
)

case(
    name="meta-forwarded-by-colleague",
    date="Wed, 11 Sep 2024 00:07:44 +0000",
    **{"from": "jiyoon.park@kcsc.example"},
    name_from="Park Jiyoon",
    subject="Fwd: We took action on the profile you reported",
    body=f"""
FYI - this came to my personal mailbox instead of the desk.

Jiyoon

---------- Forwarded message ---------
From: Facebook <notification@facebookmail.com>
Date: Tue, Sep 10, 2024 at 10:06 PM
Subject: We took action on the profile you reported
To: <jiyoon.park@kcsc.example>

Hi,

Thanks for your report {R3}. The Facebook account at
{M[4]} has been disabled for not following our
Community Standards.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail-style forward by a colleague of a Facebook action notice",
    why="the platform's statement reaches us only inside a colleague's forward, not from Meta's own authenticated mail",
    items={M[4]: "pending"},
)

case(
    name="meta-read-receipt",
    date="Fri, 06 Sep 2024 05:40:11 +0000",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal Requests",
    subject="Read: [%s] Request for removal of content on Facebook" % R3,
    reply_to_req=mid(R3),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0906"

--mdn-0906
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-requests@meta.com
  Subject: [{R3}] Request for removal of content on Facebook
  Sent: Friday, September 6, 2024 2:05:00 PM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 2:40:11 PM (UTC+09:00) Seoul.

--mdn-0906
Content-Type: message/disposition-notification

Reporting-UA: legal-requests@meta.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal-requests@meta.com
Original-Message-ID: <{mid(R3)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0906--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN) for our request",
    why="read receipt",
    items={},
)

# ======================= TikTok (KCSC-240909-04, 3 items) ================

case(
    name="tiktok-report-outcome-echo",
    date="Tue, 10 Sep 2024 06:25:39 +0000",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal",
    subject="TikTok: outcome of your report %s" % R4,
    body=f"""
Hello,

Thank you for your report. Your report included the following videos:

  {T[0]}
  {T[1]}
  {T[2]}

Outcome:

We reviewed the video {T[0]} and removed it for violating
our Community Guidelines on regulated goods.

We were unable to locate the video {T[1]}. Please
check that the link is correct.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome that echoes the reported URLs before giving outcomes",
    why="first video removed, second cannot be located (not_found); third is only echoed from the report",
    items={T[0]: "removed", T[1]: "not_found", T[2]: "pending"},
)

case(
    name="tiktok-bare-url-status-below",
    date="Wed, 11 Sep 2024 03:48:05 +0000",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal",
    subject="Re: [%s] Request for removal of content on TikTok" % R4,
    reply_to_req=mid(R4),
    body=f"""
Dear KCSC,

Please see the results of our review below.

{T[0]}
Status: Removed globally (violation of Community Guidelines)

{T[2]}
Status: Restricted in the Republic of Korea (local law)

Best regards,
TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal team result list, bare URL with 'Status:' on the line below",
    why="first video removed globally, third restricted in Korea",
    items={T[0]: "removed", T[2]: "restricted"},
)

tt_b64_text = f"""Hello,

Regarding your request {R4}:

- {T[1]} : we have removed this video for violating our Community Guidelines.
- {T[2]} : after review, we determined that this video does not violate our Community Guidelines or local law. It will remain on the platform.

Thank you,
TikTok Legal Team
"""
case(
    name="tiktok-base64-body",
    date="Thu, 12 Sep 2024 04:04:18 +0000",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal",
    subject="Re: [%s] Request for removal of content on TikTok" % R4,
    reply_to_req=mid(R4),
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(tt_b64_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply sent with a base64-encoded body",
    why="second video removed; third found not violating and kept (rejected)",
    items={T[1]: "removed", T[2]: "rejected"},
)

case(
    name="tiktok-auth-fail-spoof",
    date="Tue, 10 Sep 2024 11:11:11 +0000",
    **{"from": "legal@tiktok.com"},
    auth="fail",
    name_from="TikTok Legal",
    subject="TikTok: outcome of your report %s" % R4,
    body=f"""
Hello,

We reviewed the video {T[0]} and removed it for violating
our Community Guidelines. We also removed {T[2]}.

TikTok Legal
""",
    outcome="review", review="untrusted",
    imitates="TikTok outcome notice from the tiktok.com domain that fails DKIM/SPF/DMARC",
    why="platform domain but authentication fails",
    items={T[0]: "pending", T[2]: "pending"},
)

case(
    name="tiktok-vendor-unknown-sender",
    date="Wed, 11 Sep 2024 09:56:27 +0000",
    **{"from": "case-team@moderation-partners.example"},
    name_from="Trust & Safety Case Team",
    subject="RE: %s - TikTok content" % R4,
    body=f"""
Hello,

On behalf of TikTok's Trust & Safety team, we confirm that
{T[2]} has been removed from the platform.

Best regards,
Case Team
Moderation Partners Ltd.
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing on a platform's behalf from its own domain",
    why="the sender's domain is no platform's",
    items={T[2]: "pending"},
)

case(
    name="tiktok-receipt-echo",
    date="Mon, 09 Sep 2024 02:31:50 +0000",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    subject="We've received your report (%s)" % R4,
    body=f"""
Hi,

Thanks for contacting TikTok. We've received your report and our team will
review it. Ticket number: TT-20240909-88412

Your submission:
Reference: {R4}
URLs:
{T[0]}
{T[1]}
{T[2]}

We'll send you an update once our review is complete.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok report receipt echoing the submitted URLs",
    why="receipt with ticket number; the URLs are only an echo of our submission",
    items={},
)

case(
    name="snapchat-wrong-platform",
    date="Tue, 10 Sep 2024 17:22:03 +0000",
    **{"from": "lawenforcement@snap.com"},
    name_from="Snap Law Enforcement Operations",
    subject="Re: %s" % R4,
    body=f"""
Hello,

We received your message referencing {R4}. The link you provided,
{T[0]}, is not hosted on Snapchat, and we could not
locate it on our service. Snap has no ability to act on content hosted by
other providers.

Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="wrong_platform",
    imitates="Snap law enforcement reply to a request about content on another platform",
    why="Snap states 'could not locate' for a TikTok item; Snap cannot speak for TikTok's items",
    items={T[0]: "pending"},
)

# ======================= Reddit (KCSC-240911-05, 2 items) ================

case(
    name="reddit-legal-korean-slug",
    date="Thu, 12 Sep 2024 20:14:32 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: [%s] Request for removal of content on Reddit" % R5,
    reply_to_req=mid(R5),
    body=f"""
Hi there,

Thanks for reaching out. We reviewed the post at
{R1_RAW}
and removed it for violating Reddit's rules on copyright infringement.

The comment at {RD[1]} had already been
removed by the user who posted it, so there was nothing further for us to
action.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply with a raw Korean slug in the post URL",
    why="post removed (raw Korean slug = stored percent-encoded URL); comment already deleted by its author (not_found)",
    items={RD[0]: "removed", RD[1]: "not_found"},
)

case(
    name="reddit-geo-restricted",
    date="Fri, 13 Sep 2024 01:49:57 +0000",
    **{"from": "noreply@redditmail.com"},
    name_from="Reddit",
    subject="Your legal request %s" % R5,
    body=f"""
Hello,

The following post has been geo-restricted and is no longer viewable from
South Korea:

{RD[0]}

If you believe this decision was made in error, you can contact us at
https://support.reddithelp.com/hc/en-us/requests/new

- Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit geo-restriction notice to a legal requester",
    why="the post is geo-restricted in South Korea; the support form is not an item",
    items={RD[0]: "restricted"},
)

case(
    name="reddit-bulk-all-removed",
    date="Thu, 12 Sep 2024 07:37:15 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: [%s] Request for removal of content on Reddit" % R5,
    reply_to_req=mid(R5),
    body=f"""
Hi,

We have reviewed your request {R5} and removed all of the reported content
from Reddit.

Reddit Legal
""",
    outcome="review", review="bulk",
    imitates="Reddit legal one-line 'removed all reported content' reply",
    why="blanket statement for a two-item request without naming either item",
    items={RD[0]: "pending", RD[1]: "pending"},
)

reddit_ooo_quote = quoted(request_text(R5, [R1_RAW, RD[1]], "Reddit"))
case(
    name="reddit-ooo-quoting-request",
    date="Wed, 11 Sep 2024 07:21:40 +0000",
    **{"from": "m.okafor@reddit.com"},
    name_from="Michael Okafor",
    subject="Out of Office: [%s] Request for removal of content on Reddit" % R5,
    reply_to_req=mid(R5),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
Hi,

I'm away until Monday 23 September. Your message has not been forwarded.
For legal requests please use legal@reddit.com.

Michael

{reddit_ooo_quote}
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office reply that quotes the incoming request",
    why="auto-reply; the URLs are only in the quoted request",
    items={},
)

# ======================= Discord (KCSC-240912-06, 1 item) ================

case(
    name="discord-server-removed-sole",
    date="Fri, 13 Sep 2024 06:02:19 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: [%s] Request for removal of content on Discord" % R6,
    reply_to_req=mid(R6),
    body=f"""
Hello,

Thanks for your report ({R6}). We've investigated the server you reported
and taken action: the server has been removed from Discord and its owner's
account has been disabled for violating our Community Guidelines.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety 'we've taken action' reply naming no URL",
    why="the request has a single item (the server invite); the one statement 'the server has been removed' applies to it",
    items={D[0]: "removed"},
)

case(
    name="discord-bounce-dsn",
    date="Thu, 12 Sep 2024 01:00:31 +0000",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    auth="none",
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0912"

--dsn-0912
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<lawenforcement@discord.example>: host mx.discord.example[203.0.113.40]
    said: 550 5.1.1 <lawenforcement@discord.example>: Recipient address
    rejected: User unknown

--dsn-0912
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 12 Sep 2024 10:00:29 +0900

Final-Recipient: rfc822; lawenforcement@discord.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-0912
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: lawenforcement@discord.example
Subject: [{R6}] Request for removal of content on Discord
Message-ID: <{mid(R6)}@kcsc.example>
Date: Thu, 12 Sep 2024 10:00:00 +0900

{request_text(R6, D, "Discord")}

--dsn-0912--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our request",
    why="bounce of our own request",
    items={},
)

# ======================= Twitch (KCSC-240913-07, 2 items) ================

case(
    name="twitch-vod-removed-clip-kept",
    date="Fri, 13 Sep 2024 14:28:44 +0000",
    **{"from": "legal@twitch.tv"},
    name_from="Twitch Legal",
    subject="Re: [%s] Request for removal of content on Twitch" % R7,
    reply_to_req=mid(R7),
    body=f"""
Hello,

Thank you for your request. Our Trust & Safety team has completed its review.

* {W[0]} - This VOD has been removed for violating our Community
  Guidelines on gambling.
* {W[1]} - After review, we found that this clip does not
  violate our Community Guidelines and it will not be removed.

Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal/T&S reply to a takedown request, one bullet per URL",
    why="VOD removed; clip found not violating and kept (rejected)",
    items={W[0]: "removed", W[1]: "rejected"},
)

case(
    name="twitch-actioned-no-claims",
    date="Sat, 14 Sep 2024 03:15:08 +0000",
    **{"from": "no-reply@twitch.tv"},
    name_from="Twitch",
    subject="We've taken action on your report",
    body="""
Hi,

Thanks for your recent report. Our team reviewed it and found that a
violation of our Community Guidelines occurred, and we've taken enforcement
action.

We can't share the specific action taken to protect the privacy of the
person reported.

Thanks for helping keep Twitch safe.
Twitch Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="Twitch 'We've taken action on your report' reporter notification",
    why="trusted Twitch mail naming no item and no request of ours",
    items={},
)

# ======================= Pinterest (no request) ==========================

case(
    name="pinterest-receipt",
    date="Fri, 13 Sep 2024 08:44:51 +0000",
    **{"from": "no-reply@pinterest.com"},
    name_from="Pinterest",
    subject="We received your report",
    body="""
Hi there,

Thanks for getting in touch. We've received your report and created case
#12-4408127. A member of our team will look into it.

You don't need to reply to this email.

Pinterest Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Pinterest support case receipt",
    why="pure acknowledgement with a case number",
    items={},
)

HEADER = """# Blind set 382: English notices from many platforms (YouTube, X, Meta,
# TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest). Written by make.py
# from the case list; expected results written from each email's meaning
# before the reader was run. Each case is judged alone on a fresh ledger."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind382", HEADER, CASES)


if __name__ == "__main__":
    main()
