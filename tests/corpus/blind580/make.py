#!/usr/bin/env python3
"""Blind set 580: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Snapchat and Pinterest mail that names
none of our items).

    python3 tests/corpus/blind580/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result was written from the email's meaning before the reader was
run on any of these emails. All names, ids and URLs are fictional.
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

SET = "blind580"

# ---------------------------------------------------------------- requests
KO_SLUG = "계정_판매"
R1_RAW = "https://www.reddit.com/r/koreaswap/comments/1f8xq2z/" + KO_SLUG + "/"
R1 = "https://www.reddit.com/r/koreaswap/comments/1f8xq2z/" + quote(KO_SLUG) + "/"

X = {
    1: "https://x.com/lunar_pawnshop/status/1830114452209117184",
    2: "https://x.com/lunar_pawnshop/status/1830127738411520311",
    3: "https://x.com/greyfinch_kr/status/1829903318845026592",
    4: "https://x.com/greyfinch_kr/status/1829990107762425856",
    5: "https://x.com/seoul_bargain99/status/1830255512960340113",
    6: "https://x.com/seoul_bargain99/status/1830260079113928970",
    7: "https://x.com/okta_relay/status/1828876640025456789",
    8: "https://x.com/okta_relay/status/1829012233445566778",
    9: "https://twitter.com/minted_owl/status/1827650001234567001",
    10: "https://x.com/minted_owl/status/1827700099887766554",
    11: "https://x.com/paper_lantern_q/status/1830301234509876543",
    12: "https://x.com/paper_lantern_q",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm7LpZ2vT0a",
    2: "https://www.youtube.com/watch?v=bR4nK8sWx1E",
    3: "https://www.youtube.com/shorts/Hf3Jd9QeU2c",
    4: "https://youtu.be/Zt6yPa0LmN8",
}
M = {
    1: "https://www.facebook.com/groups/4471902238815/posts/9918273645501/",
    2: "https://www.instagram.com/p/C9xTq2LmKa7/",
    3: "https://www.facebook.com/profile.php?id=100089912345678",
}
T = {
    1: "https://www.tiktok.com/@hanbit.deals/video/7409912233445566771",
    2: "https://www.tiktok.com/@hanbit.deals/video/7410023344556677882",
    3: "https://www.tiktok.com/@nightowl_kr/video/7408801122334455663",
    4: "https://www.tiktok.com/@nightowl_kr/video/7408899988877766654",
    5: "https://www.tiktok.com/@moss.cart",
}
R = {
    1: R1,
    2: "https://www.reddit.com/r/koreaswap/comments/1f9ab7k/comment/lldq3xk/",
}
D = {1: "https://discord.gg/qWm8Ht3ZpL"}
W = {
    1: "https://www.twitch.tv/grayharbor_live",
    2: "https://www.twitch.tv/videos/2241987765",
    3: "https://clips.twitch.tv/CrunchyBrightOtterKappa-9xQmPz2LwR7tYb",
}

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03", "2024-09-10", X, "illegal_goods",
     'Largest request: posts by 5 accounts and one account page, "batch" of 12'),
    ("KCSC-240905-02", "youtube", "2024-09-05", "2024-09-12", Y, "drugs", "videos, one Short, one youtu.be link"),
    ("KCSC-240909-03", "meta", "2024-09-09", "2024-09-16", M, "illegal_goods", "Facebook group post, Instagram post, profile"),
    ("KCSC-240911-04", "tiktok", "2024-09-11", "2024-09-18", T, "fraud", "four videos and one account"),
    ("KCSC-240912-05", "reddit", "2024-09-12", "2024-09-19", R, "account_trading", "post with a Korean slug, one comment"),
    ("KCSC-240916-06", "discord", "2024-09-16", "2024-09-23", D, "gambling", "server invite"),
    ("KCSC-240918-07", "twitch", "2024-09-18", "2024-09-25", W, "gambling", "channel, past broadcast, clip"),
]
REQ = {r[0]: r for r in REQUESTS}
PLATFORM_NAME = {"x": "X", "youtube": "YouTube", "meta": "Meta", "tiktok": "TikTok",
                 "reddit": "Reddit", "discord": "Discord", "twitch": "Twitch"}


def msgid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for k in sorted(urls):
                w.writerow([ref, plat, sent, due, urls[k], cat, msgid(ref) + "@kcsc.example", note])


def request_text(ref):
    _, plat, sent, due, urls, _, _ = REQ[ref]
    lines = [
        f"Dear {PLATFORM_NAME[plat]} team,",
        "",
        "Under Article 44-7 of the Information and Communications Network Act,",
        "the Korea Communications Standards Commission asks you to remove or",
        f"block access to the content listed below (our reference {ref}).",
        "",
    ]
    for i, k in enumerate(sorted(urls), 1):
        lines.append(f"{i}. {urls[k]}")
    lines += ["", f"Please tell us the action taken for each URL by {due}.", "",
              "KCSC Takedown Desk"]
    return "\n".join(lines)


def gmail_quote(ref, when):
    q = "\n".join(("> " + l) if l else ">" for l in request_text(ref).split("\n"))
    return f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:\n{q}"


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


HEADER = """# Blind set 580 (tests/corpus/blind580): English notices from many platforms.
# Written from each email's meaning before the reader was run; see NOTES.md.
"""

cases = []


def case(**kw):
    cases.append(kw)


# ====================================================================== X
case(
    name="x-legal-numbered-outcomes",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 08:41:17 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content - Case# 0148825531",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Hello,

Thank you for your request. We have reviewed the reported content under the
X Rules and applicable local law. Our determination for each URL is below.

1. {X[1]} - Withheld in South Korea under our Country Withheld Content policy.
2. {X[2]} - Withheld in South Korea.
3. {X[3]} - Removed for violating the X Rules (Illegal or certain regulated goods or services).
4. {X[4]} - We were unable to locate this post. It may have been deleted before we reviewed the request.
5. {X[5]} - Withheld in South Korea.

We have notified the affected account holders where we are permitted to do
so. A copy of your request may be sent to Lumen (lumendatabase.org).

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email with a per-URL determination list (Country Withheld Content)",
    why="five numbered URLs, each with its own unhedged outcome; 'may have been deleted' only explains the not-found",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "not_found", X[5]: "restricted"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 02:13:50 +0000",
    subject="Case# 0148825531: update on KCSC-240903-01",
    body=f"""Hi KCSC team,

Further to our earlier reply, here is the outcome for the posts we have
now finished reviewing.

{X[6]}
Status: Withheld in KR

{X[7]}
Status: No action taken. The post does not violate the X Rules and we did
not find a sufficient basis under local law to restrict it.

{X[8]}
Status: Removed (violation of the X Rules)

The other URLs in your request are still being reviewed.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal operations follow-up listing bare URLs with a 'Status:' line under each",
    why="each bare URL is followed by its own status line; the remaining URLs are not named",
    items={X[6]: "restricted", X[7]: "rejected", X[8]: "removed"},
)

X_HTML = f"""<html><body>
<p>Dear Sir or Madam,</p>
<p>Re: KCSC-240903-01 (Case# 0148825531)</p>
<p>We have completed our review of the following items:</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Reason</th></tr>
<tr><td>{X[9]}</td><td>Removed</td><td>Violation of the X Rules: Illegal or certain regulated goods or services</td></tr>
<tr><td>{X[10]}</td><td>Withheld in South Korea</td><td>Local law</td></tr>
</table>
<p>Kind regards,<br>X Legal</p>
</body></html>"""
X_TXT = f"""Dear Sir or Madam,

Re: KCSC-240903-01 (Case# 0148825531)

We have completed our review of the following items:

Reported URL: {X[9]}
Action: Removed
Reason: Violation of the X Rules: Illegal or certain regulated goods or services

Reported URL: {X[10]}
Action: Withheld in South Korea
Reason: Local law

Kind regards,
X Legal"""
case(
    name="x-multipart-html-table-twitter-domain",
    **{"from": "legal@twitter.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 11:05:09 +0000",
    subject="Your request KCSC-240903-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="b580-x-alt"

--b580-x-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{X_TXT}

--b580-x-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{X_HTML}

--b580-x-alt--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply sent from the older twitter.com domain, HTML table with text alternative",
    why="table rows pair each URL with its action; twitter.com is one of X's sender domains",
    items={X[9]: "removed", X[10]: "restricted"},
)

case(
    name="x-topposted-over-gmail-quote",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 06:30:44 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Hello,

In response to your request we have withheld the following post in the
Republic of Korea:
{X[11]}

We will be in touch about the other URLs separately.

X Legal

{gmail_quote("KCSC-240903-01", "Tue, 3 Sep 2024 at 10:12")}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted X legal reply above the regulator's quoted request (Gmail-style quote)",
    why="only the post named above the quote is withheld; the twelve quoted URLs are the regulator's own text",
    items={X[11]: "restricted"},
)

X_CSV_ROWS = [
    ("reported_url", "action_taken", "scope", "comment"),
    (X[1], "Withheld", "KR", "Country Withheld Content"),
    (X[2], "Withheld", "KR", ""),
    (X[3], "Removed", "Global", "X Rules violation"),
    (X[4], "Not found", "", "Post no longer exists"),
    (X[5], "Withheld", "KR", ""),
    (X[6], "Withheld", "KR", ""),
    (X[7], "No action", "", "Not in violation of X Rules or local law"),
    (X[8], "Removed", "Global", ""),
    (X[9], "Removed", "Global", ""),
    (X[10], "Withheld", "KR", ""),
    (X[11], "Withheld", "KR", ""),
    (X[12], "Suspended", "Global", "Account suspended, X Rules"),
]


def csv_text(rows):
    import io
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


case(
    name="x-csv-attachment-consolidated",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 09:02:31 +0000",
    subject="Re: [KCSC-240903-01] Consolidated outcome - Case# 0148825531",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b580-x-csv"

--b580-x-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the consolidated outcome for your request
KCSC-240903-01 (Case# 0148825531), one row per reported URL.

Regards,
X Legal

--b580-x-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv_text(X_CSV_ROWS))}

--b580-x-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal consolidated outcome sent as a CSV attachment for a batch request",
    why="the base64 CSV gives one action per URL for all twelve items; 'Suspended' account is removed, 'No action' is rejected",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "not_found",
           X[5]: "restricted", X[6]: "restricted", X[7]: "rejected", X[8]: "removed",
           X[9]: "removed", X[10]: "restricted", X[11]: "restricted", X[12]: "removed"},
)

case(
    name="x-dsa-notice-territorial-scope",
    **{"from": "dsa-notices@x.com"}, name_from="X",
    date="Thu, 12 Sep 2024 14:20:00 +0000",
    subject="Notice of decision regarding your report (KCSC-240903-01)",
    body=f"""Notice of decision

We have taken a decision on content you reported to us.

Content: {X[5]}
Type of restriction: Disabling of access to the content
Territorial scope: Republic of Korea
Ground for the decision: Alleged illegal content under the law of the Republic of Korea
Use of automated means: No automated means were used in taking this decision

Content: {X[10]}
Type of restriction: Removal of the content
Territorial scope: Worldwide
Ground for the decision: Incompatible with the X Rules (Illegal or certain regulated goods or services)
Use of automated means: No automated means were used in taking this decision

Information about redress options is available in our Help Center.

X
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (type of restriction, territorial scope, ground, automated means)",
    why="access disabled only in Korea is a country restriction; the second block is a worldwide removal",
    items={X[5]: "restricted", X[10]: "removed"},
)

case(
    name="x-statement-then-urls-below",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 03:48:12 +0000",
    subject="Re: KCSC-240903-01 - remaining items",
    body=f"""Hello,

We have now completed the review of the remaining URLs in your request.

The following post has been withheld in the Republic of Korea:
{X[7]}

The following posts were reviewed and do not violate the X Rules, and we
did not find them to be unlawful in Korea; they will remain available:
{X[8]}
{X[6]}

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply grouping URLs under a statement that ends in a colon",
    why="each group statement applies to the URLs listed under it: one withheld, two refused with their reason",
    items={X[7]: "restricted", X[8]: "rejected", X[6]: "rejected"},
)

# ================================================================ YouTube
case(
    name="yt-removed-global-blocked-kr",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 07:15:33 +0000",
    subject="Re: [KCSC-240905-02] Legal removal request - YouTube",
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""Hello,

Thanks for reaching out to YouTube.

After reviewing the content you reported, we removed the following video
from YouTube globally for violating our Community Guidelines:
{Y[1]}

We have also blocked the following video from view in South Korea in
accordance with local law:
{Y[2]}

For more information about our policies, visit
https://support.google.com/youtube/answer/2801939.

Sincerely,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals team outcome: global removal vs. local block",
    why="each statement is followed by its URL on the next line; the support.google.com link is a policy page",
    items={Y[1]: "removed", Y[2]: "restricted"},
)

case(
    name="yt-age-restricted-and-no-violation",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 05:51:02 +0000",
    subject="Re: [KCSC-240905-02] Legal removal request - YouTube",
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""Hello,

We've reviewed the two remaining items from your request.

- {Y[3]} : we have applied an age restriction to this Short. It is no
  longer visible to signed-out users or to viewers under 18.
- {Y[4]} : after careful review we did not find that this video violates
  our Community Guidelines or local law, so we are not taking action on it.

If you have additional information, such as a court order, you are
welcome to submit a new request at https://support.google.com/legal/.

Sincerely,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome with an age restriction and a no-violation refusal",
    why="age restriction is restricted; 'did not find that it violates ... not taking action' is a refusal with its reason",
    items={Y[3]: "restricted", Y[4]: "rejected"},
)

YT_QP_TEXT = f"""Hello,

This is an update regarding your legal request KCSC-240905-02.

The video {Y[2]} has been removed from YouTube following our review under the Community Guidelines. Viewers who open the link will now see a message saying the video is unavailable.

The Short {Y[3]} was also taken down for violating our policy on the sale of regulated goods – the channel owner has been notified.

We’re closing this part of your request.

Best regards,
YouTube Legal Support
"""
case(
    name="yt-quoted-printable-update",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 10:20:49 +0000",
    subject="Update: legal request KCSC-240905-02",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support update in a quoted-printable body with soft line breaks",
    why="two unhedged removal statements, each naming its URL, inside a QP-encoded body",
    items={Y[2]: "removed", Y[3]: "removed"},
)

case(
    name="yt-video-id-does-not-exist",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 01:09:27 +0000",
    subject="Re: [KCSC-240905-02] Legal removal request - YouTube",
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""Hello,

We could not find a video at {Y[4]}. The video ID in this link does not
correspond to any video on YouTube, so there is nothing for us to act on.

Sincerely,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply stating that a reported link points to no video",
    why="'the video ID does not correspond to any video' is a plain not-found for the named URL",
    items={Y[4]: "not_found"},
)

case(
    name="yt-outlook-original-message",
    **{"from": "minpark@google.com"}, name_from="Min Park",
    date="Fri, 13 Sep 2024 08:33:10 +0000",
    subject="RE: [KCSC-240905-02] Request to remove content",
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""Hello KCSC,

The Short {Y[3]} has been removed for violating YouTube's policy on the
sale of regulated goods.

Kind regards,
Min
Trust & Safety, Google Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:30 AM
To: legal-kr@google.com
Subject: [KCSC-240905-02] Request to remove content

{request_text("KCSC-240905-02")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a Google policy staffer above an unquoted '-----Original Message-----' block",
    why="the Short named above the original-message separator is removed; the request's four URLs below it are our own text",
    items={Y[3]: "removed"},
)

# =================================================================== Meta
case(
    name="meta-dsa-statement-of-reasons",
    **{"from": "regulatory-noreply@meta.com"}, name_from="Meta Content Regulation",
    date="Thu, 12 Sep 2024 16:40:05 +0000",
    subject="Decision notice - KCSC-240909-03",
    body=f"""Decision notice - Reference KCSC-240909-03

Item 1
Content: {M[1]}
Decision: Access restricted in the Republic of Korea
Basis: Reported as unlawful under local law; the content does not go
against the Facebook Community Standards
Territorial scope: South Korea only
Automated means used: No

Item 2
Content: {M[2]}
Decision: Removed
Basis: Goes against the Instagram Community Guidelines (restricted goods
and services)
Territorial scope: Global
Automated means used: No

The affected users have been notified and may appeal these decisions.

Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta decision notice laid out like a DSA statement of reasons (decision, basis, territorial scope)",
    why="one decision per item: Korea-only restriction and a global removal",
    items={M[1]: "restricted", M[2]: "removed"},
)

case(
    name="meta-profile-no-action-local-law",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    date="Fri, 13 Sep 2024 12:12:12 +0000",
    subject="Update on your report (KCSC-240909-03)",
    body=f"""Hi,

We reviewed the profile you reported
({M[3]}) against our Community Standards and found that it doesn't go
against them. Our legal team also reviewed your report under local law and
we have decided not to restrict access to this profile. It will remain on
Facebook.

You can learn more about how we handle reports of content that may violate
local law at https://transparency.meta.com/reports/content-restrictions.

Thanks,
The Facebook Team
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook report update: no Community Standards violation and no local-law restriction",
    why="a reasoned refusal for the named profile; the transparency link is Meta's own page",
    items={M[3]: "rejected"},
)

META_B64_TEXT = f"""Hi team,

Quick update on KCSC-240909-03: the group post below was removed today for
violating our Restricted Goods and Services policy.

{M[1]}

The other two items are still with our legal reviewers.

Best,
Hana Seo
Public Policy, Meta Korea

{gmail_quote("KCSC-240909-03", "Mon, 9 Sep 2024 at 14:02")}
"""
case(
    name="meta-base64-staff-reply-quoted",
    **{"from": "hseo@meta.com"}, name_from="Hana Seo",
    date="Tue, 17 Sep 2024 02:55:41 +0000",
    subject="Re: [KCSC-240909-03] Request to remove content",
    reply_to_req=msgid("KCSC-240909-03"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(META_B64_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta public-policy staffer's Gmail reply, base64 body, over the quoted request",
    why="one removal for the named group post; the other two items are only said to be under review (and are quoted below)",
    items={M[1]: "removed", M[2]: "pending", M[3]: "pending"},
)

# ================================================================= TikTok
case(
    name="tiktok-bulleted-report-outcome",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 09:31:55 +0000",
    subject="TikTok: outcome of your report - KCSC-240911-04",
    body=f"""Hi,

Thank you for your report. Our team has reviewed the content and taken the
following actions:

• {T[1]} — removed for violating our Community Guidelines
• {T[2]} — removed for violating our Community Guidelines
• {T[3]} — not available in South Korea (restricted under local law)
• {T[4]} — no violation found; the video remains available

Thank you for helping keep TikTok safe.

TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email with a bulleted per-video result",
    why="four bullets each pairing a URL with its outcome",
    items={T[1]: "removed", T[2]: "removed", T[3]: "restricted", T[4]: "rejected"},
)

case(
    name="tiktok-banned-and-deleted-by-creator",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 16 Sep 2024 04:04:40 +0000",
    subject="Re: KCSC-240911-04",
    reply_to_req=msgid("KCSC-240911-04"),
    body=f"""Hello,

Following our review, the account {T[5]} has been permanently banned for
severe violations of our Community Guidelines.

The video {T[1]} had already been deleted by its creator before our team
reviewed it, so no further action was possible.

TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply: permanent account ban and a video deleted by its creator",
    why="a banned account is removed; a video already deleted by its author is not_found",
    items={T[5]: "removed", T[1]: "not_found"},
)

case(
    name="tiktok-html-only-table",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Tue, 17 Sep 2024 07:45:00 +0000",
    subject="Report results for KCSC-240911-04",
    type="html",
    body=f"""<!DOCTYPE html>
<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Here are the results of our review for your report <b>KCSC-240911-04</b>.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>Content</th><th>Result</th></tr></thead>
<tbody>
<tr><td><a href="{T[2]}">{T[2]}</a></td><td>Removed</td></tr>
<tr><td><a href="{T[4]}">{T[4]}</a></td><td>No violation &ndash; content remains on TikTok</td></tr>
</tbody></table>
<p>Learn more about our <a href="https://www.tiktok.com/community-guidelines">Community Guidelines</a>.</p>
<p>TikTok Legal Team</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="TikTok HTML-only report results table",
    why="HTML table rows give one result per video; the guidelines link is a policy page",
    items={T[2]: "removed", T[4]: "rejected"},
)

case(
    name="tiktok-receipt-plus-outcome",
    **{"from": "support@tiktok.com"}, name_from="TikTok Support",
    date="Thu, 12 Sep 2024 03:22:18 +0000",
    subject="[Ticket #TT-5521877] KCSC-240911-04",
    body=f"""Hello,

Thank you for contacting TikTok. We have received your report and created
ticket #TT-5521877.

We have already reviewed one of the videos: {T[3]} has been removed for
violating our Community Guidelines.

The remaining items are still being reviewed and we will update you on
this ticket.

TikTok Support
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok support ticket receipt that already carries one outcome",
    why="an acknowledgement phrase plus an unhedged removal naming its URL is not a pure acknowledgement",
    items={T[3]: "removed"},
)

# ================================================================= Reddit
case(
    name="reddit-removed-and-geo-restricted-korean-slug",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Mon, 16 Sep 2024 18:30:02 +0000",
    subject="Re: KCSC-240912-05 content removal request",
    reply_to_req=msgid("KCSC-240912-05"),
    body=f"""Hello,

Reddit has reviewed your request referenced KCSC-240912-05.

We have removed the following post from Reddit for violating our Content
Policy:
{R1_RAW}

The following comment has been geo-restricted and is no longer viewable
from South Korea:
{R[2]}

Best,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply: admin removal and a country geo-restriction",
    why="the post's URL is written with its raw Korean slug (matches the percent-encoded request URL); the comment is geo-restricted",
    items={R[1]: "removed", R[2]: "restricted"},
)

case(
    name="reddit-angle-brackets-not-located",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 17 Sep 2024 17:10:45 +0000",
    subject="Re: KCSC-240912-05 content removal request",
    reply_to_req=msgid("KCSC-240912-05"),
    body=f"""Hi,

The comment at <{R[2]}> was removed by Reddit's Safety team.

We were unable to locate the post at <{R1_RAW}>. It may already have been
deleted by the user who posted it.

Regards,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply with URLs in angle brackets",
    why="removal of the comment; 'unable to locate' is a not-found, the 'may have been deleted' sentence only guesses why",
    items={R[2]: "removed", R[1]: "not_found"},
)

case(
    name="reddit-echoed-report-single-url",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Wed, 18 Sep 2024 22:01:13 +0000",
    subject="Update on your report",
    body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After
investigating, we've found that the reported content violates Reddit's
Content Policy and have removed it.

Your report
Report reason: Prohibited transaction
Reported content: {R[2]}
Additional information: KCSC-240912-05

Thanks again for your report and for looking out for yourself and your
fellow redditors.

Reddit Admin Team
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin report-outcome email echoing the submitted report",
    why="the outcome is about the one reported content, which the echoed report names",
    items={R[2]: "removed"},
)

# ================================================================ Discord
case(
    name="discord-server-removed",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 18 Sep 2024 20:48:36 +0000",
    subject="Re: [KCSC-240916-06] Report about a Discord server",
    reply_to_req=msgid("KCSC-240916-06"),
    body=f"""Hi there,

Thanks for your report regarding the server invite {D[1]}
(your reference KCSC-240916-06).

Our team investigated and the server behind this invite has been removed
from Discord for violating our Community Guidelines. The invite no longer
works.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply that a reported server was removed",
    why="the server behind the named invite has been removed",
    items={D[1]: "removed"},
)

case(
    name="discord-invite-invalid-no-url",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 19 Sep 2024 15:17:29 +0000",
    subject="Re: [KCSC-240916-06] Report about a Discord server",
    reply_to_req=msgid("KCSC-240916-06"),
    body="""Hi,

Regarding your request KCSC-240916-06: the invite link you provided is
invalid or has expired, and we could not identify a server from it.

If you come across a message link from this server in the future, you are
welcome to submit a new report at dis.gd/request.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply about an invalid or expired invite",
    why="one-item request: the only invite is said to be invalid, which is not_found; the new-report line is an invitation, not a question",
    items={D[1]: "not_found"},
)

case(
    name="discord-actioned-one-item-request",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 20 Sep 2024 09:09:09 +0000",
    subject="Your report has been actioned [KCSC-240916-06]",
    body="""Hello,

We have taken action on the content you reported under reference
KCSC-240916-06 in line with our Community Guidelines.

Thank you for helping keep Discord safe.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord 'we've taken action on your report' notification",
    why="the request has one item, so a statement about 'the content you reported' applies to it; actioned counts as removed",
    items={D[1]: "removed"},
)

# ================================================================= Twitch
case(
    name="twitch-mixed-wrapped-clip-url",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    date="Mon, 23 Sep 2024 19:44:12 +0000",
    subject="Re: KCSC-240918-07 - reported content",
    reply_to_req=msgid("KCSC-240918-07"),
    body=f"""Hello,

We've completed our review of the content you reported (reference
KCSC-240918-07).

The channel {W[1]} has been indefinitely suspended and is no longer
accessible on Twitch.

The past broadcast {W[2]} has been deleted.

The clip
<https://clips.twitch.tv/CrunchyBrightOtterKappa-
9xQmPz2LwR7tYb>
was reviewed and found not to violate our Community Guidelines; it remains
available.

Twitch Safety Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch safety outcome reply with a long clip URL wrapped inside angle brackets",
    why="channel suspended (removed), VOD deleted, clip refused with its reason; the clip URL is wrapped over two lines inside <>",
    items={W[1]: "removed", W[2]: "removed", W[3]: "rejected"},
)

# ================================================================= REVIEW
case(
    name="meta-bulk-all-removed",
    **{"from": "regulatory-noreply@meta.com"}, name_from="Meta Content Regulation",
    date="Wed, 18 Sep 2024 06:06:06 +0000",
    subject="Re: [KCSC-240909-03] Request to remove content",
    reply_to_req=msgid("KCSC-240909-03"),
    body="""Hello,

We have reviewed the three links you reported under KCSC-240909-03 and
removed all of them for going against our Community Standards.

Meta Content Regulation
""",
    outcome="review", review="bulk",
    imitates="Meta regulatory reply stating one outcome for every reported link",
    why="a three-item request answered by one statement that names no URL",
    items={M[1]: "pending", M[2]: "pending", M[3]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Wed, 18 Sep 2024 01:30:00 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content - Case# 0148825531",
    reply_to_req=msgid("KCSC-240903-01"),
    body="""Hello,

We have withheld all of the posts and the account listed in your request
KCSC-240903-01 in South Korea under our Country Withheld Content policy.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal short reply covering a whole batch request in one sentence",
    why="a twelve-item request answered by one sentence naming no URL",
    items={u: "pending" for u in X.values()},
)

case(
    name="x-promise-will-withhold",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 13:03:03 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""Hello,

Our team has determined that the posts
{X[1]} and
{X[2]}
are subject to restriction under local law. They will be withheld in South
Korea once the account holder notice period has ended (usually 24 to 48
hours).

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply announcing a withholding after the user-notice period",
    why="'will be withheld once the notice period has ended' is a promise, not a statement that it was done",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="yt-hedge-and-under-review",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 23:59:01 +0000",
    subject="Re: [KCSC-240905-02] Legal removal request - YouTube",
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""Hello,

The first video ({Y[1]}) appears to have been made private by the
uploader; we will confirm once our review is complete.

{Y[2]} is still under review by our legal team.

Sincerely,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply with a hedge and an 'under review' line",
    why="'appears to have been made private' is a hedge and 'under review' is not an outcome",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="tiktok-conditional-appeal-window",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Sat, 14 Sep 2024 10:10:10 +0000",
    subject="Re: KCSC-240911-04",
    reply_to_req=msgid("KCSC-240911-04"),
    body=f"""Hello,

We have notified the creator of {T[4]} about your report. If the creator
does not appeal within 7 days, the video will be removed.

TikTok Legal Team
""",
    outcome="review", review="not_understood",
    imitates="TikTok legal reply making the removal depend on the creator's appeal window",
    why="removal is conditional and in the future",
    items={T[4]: "pending"},
)

case(
    name="tiktok-auth-fail",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    auth="fail",
    date="Sun, 15 Sep 2024 21:21:21 +0000",
    subject="TikTok: outcome of your report - KCSC-240911-04",
    body=f"""Hi,

Thank you for your report. The video {T[1]} has been removed for violating
our Community Guidelines.

TikTok Legal Team
""",
    outcome="review", review="untrusted",
    imitates="TikTok outcome notice whose DKIM/SPF/DMARC checks failed",
    why="the statement is clear but the mail fails authentication for tiktok.com",
    items={T[1]: "pending"},
)

case(
    name="x-law-firm-unknown-sender",
    **{"from": "counsel@hanbit-law.example"}, name_from="Hanbit Law Office",
    date="Mon, 09 Sep 2024 05:30:00 +0000",
    subject="KCSC-240903-01 - post by @greyfinch_kr",
    body=f"""Dear Sir or Madam,

We act for the holder of the X account @greyfinch_kr. Our client has
voluntarily deleted the post {X[3]} and asks that
your file KCSC-240903-01 be closed as far as this account is concerned.

Yours faithfully,
Hanbit Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from an account holder's lawyer telling the regulator a post was deleted",
    why="a non-platform sender naming our request and a URL",
    items={X[3]: "pending"},
)

case(
    name="yt-wrong-platform-tiktok-url",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 02:02:02 +0000",
    subject="Re: [KCSC-240911-04] Request to remove content",
    body=f"""Hello,

The link {T[2]} included in your message is not a YouTube URL. We could
not find this content on YouTube, so we are unable to take action. You may
wish to contact the service that hosts it.

Sincerely,
The YouTube Legal Team
""",
    outcome="review", review="wrong_platform",
    imitates="YouTube legal reply to a request that reached it by mistake",
    why="YouTube states a not-found for a TikTok item; only TikTok can speak for it",
    items={T[2]: "pending"},
)

case(
    name="reddit-asks-legal-basis",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 20:20:20 +0000",
    subject="Re: KCSC-240912-05 content removal request",
    reply_to_req=msgid("KCSC-240912-05"),
    body=f"""Hello,

Before we can act on the two links in your request KCSC-240912-05:

{R[1]}
{R[2]}

we need a copy of the underlying decision or the specific provision of
Korean law the content is alleged to breach. Please reply to this email
with that information.

Reddit Legal
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Reddit legal asking for the legal basis before acting on a government request",
    why="the platform asks for documents; nothing is said about the items' state",
    items={R[1]: "pending", R[2]: "pending"},
)

case(
    name="snapchat-process-update-no-items",
    **{"from": "gov-requests@snap.com"}, name_from="Snap Inc.",
    date="Tue, 24 Sep 2024 16:00:00 +0000",
    subject="Update to Snap's process for government content removal requests",
    body="""Hello,

You are receiving this message because your office has contacted Snap
about content on Snapchat in the past.

From 1 October 2024, content removal requests from government agencies
should be submitted through our Law Enforcement Service Site rather than by
email. Requests sent by email will still be accepted during a transition
period of three months.

Thank you,
Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="no_claims",
    imitates="platform circular about a change of submission channel",
    why="trusted Snap mail naming no item and no request of ours",
    items={},
)

case(
    name="twitch-conflicting-summary",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    date="Tue, 24 Sep 2024 11:11:11 +0000",
    subject="Re: KCSC-240918-07 - reported content",
    reply_to_req=msgid("KCSC-240918-07"),
    body=f"""Hello,

The past broadcast {W[2]} has been removed from Twitch.

Summary of review:
Content                                   | Result
{W[2]}   | No violation - remains available

Twitch Safety Operations
""",
    outcome="review", review="conflicting_statements",
    imitates="Twitch safety reply whose prose and summary table disagree about one VOD",
    why="the same URL is said to be removed and to remain available",
    items={W[2]: "pending"},
)

case(
    name="staff-forwarded-twitch-reply",
    **{"from": "kim.jiwoo@kcsc.example"}, name_from="Kim Jiwoo",
    date="Wed, 25 Sep 2024 00:45:00 +0000",
    subject="Fwd: Re: KCSC-240918-07",
    body=f"""FYI - Twitch answered to my own address. Forwarding for the ledger.

Jiwoo

---------- Forwarded message ---------
From: Twitch Safety <safety@twitch.tv>
Date: Tue, Sep 24, 2024 at 8:02 PM
Subject: Re: KCSC-240918-07
To: Kim Jiwoo <kim.jiwoo@kcsc.example>


Hello,

The channel {W[1]} has been suspended and is no longer available on
Twitch.

Twitch Safety Operations
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="colleague forwarding a platform reply that reached a personal mailbox (Gmail forward)",
    why="the statement comes from a forwarded copy, not from Twitch's own authenticated mail",
    items={W[1]: "pending"},
)

# ================================================================ IGNORED
case(
    name="x-out-of-office",
    **{"from": "dreyes@x.com"}, name_from="Daniel Reyes",
    date="Tue, 03 Sep 2024 01:15:00 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request to remove content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until 16 September with
limited access to email.

Legal requests should be submitted through https://legal.x.com. For urgent
matters please contact the legal operations team.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply from a platform employee",
    why="an out-of-office reply",
    items={},
)

case(
    name="yt-out-of-office-with-quote",
    **{"from": "jlee@google.com"}, name_from="Jae Lee",
    date="Thu, 05 Sep 2024 01:40:00 +0000",
    subject="Out of Office: [KCSC-240905-02] Request to remove content",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body=f"""I'm away on leave until 23 September and will reply when I'm back.
For legal removal requests, please use the YouTube legal webform.

{gmail_quote("KCSC-240905-02", "Thu, 5 Sep 2024 at 10:30")}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder that quotes the incoming message",
    why="an auto-reply; the URLs are in the quoted request",
    items={},
)

case(
    name="pinterest-unmonitored-mailbox",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    date="Wed, 18 Sep 2024 04:00:00 +0000",
    subject="Re: Request to remove content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Hi there,

Thanks for reaching out. This mailbox isn't monitored, so your message has
not been read. To report content on Pinterest, please use the reporting
form in our Help Center.

The Pinterest Team
""",
    outcome="ignored", classification="auto_reply",
    imitates="no-reply mailbox automatic response",
    why="an automatic 'mailbox not monitored' reply naming nothing",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "support@tiktok.com"}, name_from="TikTok Support",
    date="Wed, 11 Sep 2024 06:12:44 +0000",
    subject="[Ticket #TT-5530142] We received your report - KCSC-240911-04",
    body="""Hello,

We've received your report and created ticket #TT-5530142. Our team will
review it and get back to you as soon as possible.

Please do not reply to this email to keep your ticket number unchanged.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="a pure receipt: report received, ticket created",
    items={},
)

case(
    name="discord-zendesk-receipt-echo",
    **{"from": "support@discord.com"}, name_from="Discord",
    date="Mon, 16 Sep 2024 07:31:00 +0000",
    subject="[Discord] Re: KCSC-240916-06 Report about a Discord server",
    body=f"""##- Please type your reply above this line -##

Your request (31877214) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 16, 2024, 16:30 KST

Our reference KCSC-240916-06. Please remove the server behind the invite
{D[1]} (illegal gambling).

----------------------------------------------

This email is a service from Discord.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'your request has been received' receipt echoing the submitted text",
    why="a receipt; the invite URL appears only in the echo of our own request",
    items={D[1]: "pending"},
)

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@reddit.com
Subject: KCSC-240912-05 content removal request
Date: Thu, 12 Sep 2024 09:00:00 +0900
Message-ID: <{msgid("KCSC-240912-05")}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{request_text("KCSC-240912-05")}"""
case(
    name="reddit-dsn-bounce",
    **{"from": "mailer-daemon@redditmail.com"}, name_from="Mail Delivery Subsystem",
    date="Thu, 12 Sep 2024 00:01:07 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b580-dsn"

--b580-dsn
Content-Type: text/plain; charset=utf-8

Your message wasn't delivered to legal-kr@reddit.com because the address
couldn't be found, or is unable to receive mail.

--b580-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.redditmail.com

Final-Recipient: rfc822; legal-kr@reddit.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist

--b580-dsn
Content-Type: message/rfc822

{DSN_ORIG}

--b580-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style delivery status notification returning the request",
    why="a DSN; the URLs are in the returned original",
    items={},
)

case(
    name="meta-read-receipt",
    **{"from": "hseo@meta.com"}, name_from="Hana Seo",
    date="Mon, 09 Sep 2024 06:20:00 +0000",
    subject="Read: [KCSC-240909-03] Request to remove content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b580-mdn"

--b580-mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: hseo@meta.com
  Subject: [KCSC-240909-03] Request to remove content
  Sent: Monday, September 9, 2024 2:02 PM (UTC+09:00) Seoul

was read on Monday, September 9, 2024 3:20 PM (UTC+09:00) Seoul.

--b580-mdn
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; hseo@meta.com
Original-Message-ID: <{msgid("KCSC-240909-03")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b580-mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt",
    items={},
)


if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
