#!/usr/bin/env python3
"""Blind set 976 (English notices from many platforms).

    python3 tests/corpus/blind976/make.py

Writes requests.csv, cases/*.eml and expected.toml in this directory.
Deterministic: no clock, no randomness. Every name, account, id and URL is
fictional. Expected results were written from each email's meaning before
the reader was ever run on them.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind976"

# ---------------------------------------------------------------- requests
R_X = "KCSC-240902-01"
R_YT = "KCSC-240903-02"
R_META = "KCSC-240904-03"
R_TT = "KCSC-240905-04"
R_RD = "KCSC-240906-05"
R_DC = "KCSC-240909-06"
R_TW = "KCSC-240910-07"

X1 = "https://x.com/nightowl_fx/status/1830112233445566701"
X2 = "https://x.com/nightowl_fx/status/1830112233445566702"
X3 = "https://x.com/nightowl_fx/status/1830112233445566703"
X4 = "https://x.com/quickloan_kr/status/1830224466880011224"
X5 = "https://x.com/quickloan_kr/status/1830224466880011225"
X6 = "https://x.com/quickloan_kr/status/1830224466880011226"
X7 = "https://x.com/mintleaf_247/status/1830336699002244557"
X8 = "https://x.com/mintleaf_247/status/1830336699002244558"
X9 = "https://x.com/sunny_dealz/status/1830448800113355669"
X10 = "https://x.com/sunny_dealz/status/1830448800113355670"
X11 = "https://x.com/redkite_bet/status/1830550011224466771"
X12 = "https://x.com/redkite_bet/status/1830550011224466772"
X13 = "https://x.com/redkite_bet"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13]

Y1 = "https://www.youtube.com/watch?v=Vb7kQ2xLm0A"
Y2 = "https://www.youtube.com/watch?v=Hq3Rz8TnW1c"
Y3 = "https://www.youtube.com/shorts/Pd4Ks9JeX2u"
Y4 = "https://www.youtube.com/@lucky-pick-tv"

M1 = "https://www.facebook.com/groups/easycashclub/posts/884421907736615/"
M2 = "https://www.facebook.com/profile.php?id=100089417726351"
M3 = "https://www.instagram.com/p/C9xTq4LsA2m/"
M4 = "https://www.instagram.com/p/C9zWb7NoK5e/"
M5 = "https://www.instagram.com/golden.tips.daily/"

T1 = "https://www.tiktok.com/@bettingking.kr/video/7409912345678901234"
T2 = "https://www.tiktok.com/@bettingking.kr/video/7409912345678905678"
T3 = "https://www.tiktok.com/@slot_queen99/video/7410023456789012345"

# Stored percent-encoded; written raw (Korean) in the email that names it.
R1 = "https://www.reddit.com/r/koreacash/comments/1f4ab2c/%EB%8C%80%EB%A6%AC_%EC%9E%85%EA%B8%88_%EB%AC%B8%EC%9D%98/"
R1_RAW = "https://www.reddit.com/r/koreacash/comments/1f4ab2c/대리_입금_문의/"
R2 = "https://www.reddit.com/r/koreacash/comments/1f4ad9x/fast_loans_no_checks/"

D1 = "https://discord.gg/qT8vWk3Lm"

W1 = "https://www.twitch.tv/videos/2241187734"
W2 = "https://www.twitch.tv/jackpotjin"

REQUESTS = [
    (R_X, "x", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00", XS,
     "illegal_gambling", "X posts advertising unlicensed gambling and loans"),
    (R_YT, "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", [Y1, Y2, Y3, Y4],
     "illegal_gambling", "YouTube videos and channel"),
    (R_META, "meta", "2024-09-04T10:00:00+09:00", "2024-09-11T23:59:59+09:00", [M1, M2, M3, M4, M5],
     "illegal_finance", "Facebook and Instagram"),
    (R_TT, "tiktok", "2024-09-05T10:00:00+09:00", "2024-09-12T23:59:59+09:00", [T1, T2, T3],
     "illegal_gambling", "TikTok videos"),
    (R_RD, "reddit", "2024-09-06T10:00:00+09:00", "2024-09-13T23:59:59+09:00", [R1, R2],
     "illegal_finance", "Reddit posts"),
    (R_DC, "discord", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", [D1],
     "illegal_finance", "Discord server invite"),
    (R_TW, "twitch", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00", [W1, W2],
     "illegal_gambling", "Twitch VOD and channel"),
]


def mid(ref):
    """Our request email's Message-ID (without <>), and its In-Reply-To key."""
    return "req-" + ref[5:] + "@kcsc.example"


def thread(ref):
    return "req-" + ref[5:]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid(ref), note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def mixed_with_csv(boundary, body, fname, csv_text):
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{body.strip()}\n\n"
        f"--{boundary}\n"
        f'Content-Type: text/csv; charset=utf-8; name="{fname}"\n'
        f'Content-Disposition: attachment; filename="{fname}"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(csv_text)}\n"
        f"--{boundary}--\n"
    )


QUOTED_X_REQUEST = "\n".join(
    ["Dear X Legal team,", "",
     f"Reference: {R_X}",
     "The Korea Communications Standards Commission requests the removal of",
     "the following posts, which advertise unlicensed gambling and loan",
     "services in breach of Korean law:", ""]
    + [f"{i}. {u}" for i, u in enumerate(XS, 1)]
    + ["", "Please inform us of the action taken on each item by 9 September.", "",
       "KCSC Takedown desk"])


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======================= APPLIED ==========================================

case(
    name="x-legal-withheld-and-removed-lists",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email (country-withheld content notice + X Rules removal)",
    why="two bulleted lists under unhedged headings: three posts withheld in Korea, two removed globally",
    date="Wed, 11 Sep 2024 02:14:09 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject=f"Re: [{R_X}] Request for removal of illegal content",
    reply_to_req=thread(R_X),
    body=f"""
Hello,

Thank you for your request concerning the posts listed under reference
{R_X}.

After review, we have withheld the following posts in South Korea in
response to your legal demand. They remain visible outside the country:

- {X1}
- {X2}
- {X3}

The following posts violated the X Rules on illegal or certain regulated
goods and services and have been removed from X:

- {X4}
- {X5}

We will reply separately about the other posts in your request.

Regards,
X Legal
Ticket 0473921-LGL
""",
    items={X1: "restricted", X2: "restricted", X3: "restricted", X4: "removed", X5: "removed"},
)

case(
    name="x-account-suspended",
    outcome="applied", classification="confirmation",
    imitates="X account suspension outcome sent to a reporter",
    why="the reported account itself is stated permanently suspended; its two posts are not named",
    date="Wed, 11 Sep 2024 07:40:51 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject=f"Case 0473921 / {R_X}: account update",
    body=f"""
Hi,

We're following up on your report {R_X}.

The account {X13} has been permanently suspended for repeated
violations of our rules on illegal gambling. Suspended accounts cannot be
viewed on X.

Thanks,
X Legal
""",
    items={X13: "removed"},
)

case(
    name="x-no-violation-not-withheld",
    outcome="applied", classification="confirmation",
    imitates="X 'we did not find a violation' reply to a legal report",
    why="a refusal with its reason for both named posts: they stay up",
    date="Thu, 12 Sep 2024 01:05:33 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject=f"Your report to X - {R_X}",
    body=f"""
Hello,

We reviewed the two posts by @mintleaf_247 that you reported:

{X7}
{X8}

We did not find a violation of the X Rules, and after legal review we did
not find a sufficient basis to withhold them under Korean law. We are
therefore not taking action on these posts.

If you hold a court order concerning this content, you can submit it
through https://help.x.com/forms/legal-request-kr .

X Legal
""",
    items={X7: "rejected", X8: "rejected"},
)

case(
    name="x-html-status-table",
    outcome="applied", classification="confirmation",
    imitates="X legal team outcome table (HTML mail from a case tool)",
    why="one row per post with its action: withheld, removed, no action, not found",
    date="Thu, 12 Sep 2024 06:22:10 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject=f"Re: [{R_X}] Request for removal of illegal content",
    reply_to_req=thread(R_X),
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Please see below the outcome for four of the posts in your request {R_X}.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Notes</th></tr>
<tr><td><a href="{X9}">{X9}</a></td><td>Withheld in KR</td><td>Local law (gambling)</td></tr>
<tr><td><a href="{X10}">{X10}</a></td><td>Removed</td><td>Violates X Rules</td></tr>
<tr><td><a href="{X11}">{X11}</a></td><td>No action</td><td>Not found to be illegal</td></tr>
<tr><td><a href="{X12}">{X12}</a></td><td>Not found</td><td>Post no longer exists</td></tr>
</table>
<p>Kind regards,<br>X Legal</p>
</body></html>
""",
    items={X9: "restricted", X10: "removed", X11: "rejected", X12: "not_found"},
)

case(
    name="x-csv-attachment-outcome",
    outcome="applied", classification="confirmation",
    imitates="platform legal desk sending a per-URL outcome spreadsheet as CSV",
    why="the attached CSV gives one action per URL; the body only points to it",
    date="Fri, 13 Sep 2024 03:11:45 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject=f"Outcome of your request {R_X}",
    raw_mime=mixed_with_csv(
        "=_x0473921_csv",
        f"Hello,\n\nPlease find attached the outcome for three posts in request {R_X}.\n\nX Legal",
        "outcome_0473921.csv",
        f"url,action,scope\n{X6},withheld,KR\n{X1},removed,global\n{X8},no action - not illegal,\n",
    ),
    items={X6: "restricted", X1: "removed", X8: "rejected"},
)

case(
    name="x-top-posted-over-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="agent reply top-posted over the regulator's quoted request (Gmail quoting)",
    why="two statements above the quote; the 13 quoted URLs below 'wrote:' say nothing",
    date="Fri, 13 Sep 2024 08:30:02 +0000",
    **{"from": "j.okafor@x.com"}, name_from="Jonah Okafor (X Legal)",
    subject=f"Re: [{R_X}] Request for removal of illegal content",
    reply_to_req=thread(R_X),
    body=f"""
Hi,

An update on two of the posts from @redkite_bet: {X12} has been removed.

The post at {X11} does not exist - it was deleted by the account holder
before our review.

Best,
Jonah

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{gt(QUOTED_X_REQUEST)}
""",
    items={X12: "removed", X11: "not_found"},
)

case(
    name="x-outlook-original-message-angle-url",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' over the request",
    why="one statement on a URL in angle brackets; the unquoted original request below says nothing",
    date="Sat, 14 Sep 2024 00:48:19 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject=f"RE: [{R_X}] Request for removal of illegal content",
    reply_to_req=thread(R_X),
    body=f"""
Hello,

The post <{X7}> has been withheld in the Republic of Korea in response to
your legal demand.

Regards,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@x.com
Subject: [{R_X}] Request for removal of illegal content

{QUOTED_X_REQUEST}
""",
    items={X7: "restricted"},
)

case(
    name="x-numbered-status-below",
    outcome="applied", classification="confirmation",
    imitates="case-tool summary: numbered URLs each with a 'Status:' line below",
    why="each status line belongs to the URL above it",
    date="Sat, 14 Sep 2024 05:02:44 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject=f"Status update - {R_X}",
    body=f"""
Hello,

Status of the posts reviewed so far for your request {R_X}:

1. {X1}
   Status: Removed
2. {X2}
   Status: Withheld in South Korea
3. {X4}
   Status: No violation found - no action taken
4. {X5}
   Status: Unable to locate - the post does not exist

X Legal
""",
    items={X1: "removed", X2: "restricted", X4: "rejected", X5: "not_found"},
)

case(
    name="x-receipt-plus-statement",
    outcome="applied", classification="confirmation",
    imitates="X auto-receipt wording followed by an agent's outcome line",
    why="an acknowledgement phrase, then an unhedged removal of one named post: not a mere receipt",
    date="Sun, 15 Sep 2024 02:19:57 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject=f"We received your report [{R_X}]",
    body=f"""
Hello,

We have received your report and it has been assigned case number 0473921.

We have already removed the following post for violating the X Rules:
{X10}

The rest of your report is still being handled.

X Legal
""",
    items={X10: "removed"},
)

case(
    name="yt-legal-blocked-in-kr",
    outcome="applied", classification="confirmation",
    imitates="Google Legal Support 'we have blocked the content from view in your country' outcome",
    why="'blocked ... in South Korea' for the two URLs listed below the statement",
    date="Wed, 11 Sep 2024 09:12:00 +0000",
    **{"from": "legal-support-noreply@google.com"}, name_from="Google Legal Support",
    subject=f"[7-3318000041217] Your legal request {R_YT}",
    body=f"""
Hello,

Thanks for reaching out to us.

After reviewing your request, we have blocked the content listed below from
view on YouTube in South Korea, based on local law:

{Y1}
{Y2}

The content remains available in other countries. Your request was sent to
Lumen (lumendatabase.org) in line with our transparency practice.

Regards,
The Google Team
""",
    items={Y1: "restricted", Y2: "restricted"},
)

case(
    name="yt-bare-url-outcome-below",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety outcome with bare URLs and an 'Outcome:' line under each",
    why="Short removed, channel terminated: both removed",
    date="Wed, 11 Sep 2024 11:47:31 +0000",
    **{"from": "youtube-trustandsafety@google.com"}, name_from="YouTube Trust & Safety",
    subject=f"Re: {R_YT} - update",
    reply_to_req=thread(R_YT),
    body=f"""
Hi there,

Here is the result of our review:

{Y3}
Outcome: removed for violating YouTube's Community Guidelines

{Y4}
Outcome: channel terminated

You can read about our policies at https://support.google.com/youtube/answer/9288567 .

- YouTube Trust & Safety
""",
    items={Y3: "removed", Y4: "removed"},
)

case(
    name="yt-age-restricted-and-declined",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome: age restriction applied / no action under policies or local law",
    why="one video age-restricted, the other kept up with a reason",
    date="Thu, 12 Sep 2024 04:33:18 +0000",
    **{"from": "legal-support-noreply@google.com"}, name_from="Google Legal Support",
    subject=f"[7-3318000041217] Your legal request {R_YT}",
    body=f"""
Hello,

We've completed our review of two videos from your request.

We have applied an age restriction to {Y2}. Viewers must be signed
in and over 18 to watch it.

We reviewed {Y1} and decided not to take action. The video does not
violate our policies and we did not find it to be unlawful under the laws
you cited.

Regards,
The Google Team
""",
    items={Y2: "restricted", Y1: "rejected"},
)

_yt_qp_text = f"""Hello,

Result of your request {R_YT}:

The Short {Y3} has been removed.

We were unable to locate the channel {Y4}. No channel exists at that address.

Regards,
YouTube Legal
"""
_yt_qp_html = f"""<html><body><p>Hello,</p>
<p>Result of your request {R_YT}:</p>
<p>The Short <a href="{Y3}">{Y3}</a> has been removed.</p>
<p>We were unable to locate the channel <a href="{Y4}">{Y4}</a>. No channel exists at that address.</p>
<p>Regards,<br>YouTube Legal</p></body></html>
"""
case(
    name="yt-qp-alternative-removed-and-not-found",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome in multipart/alternative, quoted-printable",
    why="Short removed; channel cannot be located",
    date="Fri, 13 Sep 2024 02:03:27 +0000",
    **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal",
    subject=f"Your request {R_YT}",
    raw_mime=(
        'Content-Type: multipart/alternative; boundary="yt_alt_5521"\n\n'
        "--yt_alt_5521\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(_yt_qp_text)}\n"
        "--yt_alt_5521\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(_yt_qp_html)}\n"
        "--yt_alt_5521--\n"
    ),
    items={Y3: "removed", Y4: "not_found"},
)

case(
    name="yt-bilingual-korean-particle",
    outcome="applied", classification="confirmation",
    imitates="Google Korea legal reply in English with a Korean paragraph (접속 차단)",
    why="both paragraphs say access to the one video is restricted in Korea; URL followed by a particle and full-width stop",
    date="Fri, 13 Sep 2024 07:55:40 +0000",
    **{"from": "legal-kr@google.com"}, name_from="Google Korea Legal",
    subject=f"RE: {R_YT}",
    body=f"""
Dear KCSC,

We have restricted access in Korea to the video {Y1} following your request.

요청하신 영상 {Y1}에 대하여 국내 접속 차단 조치를 완료하였습니다。

Google Korea Legal
""",
    items={Y1: "restricted"},
)

case(
    name="meta-dsa-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA Art. 17 style statement of reasons (restriction on the basis of local law)",
    why="decision field: access restricted in South Korea for the one content URL",
    date="Wed, 11 Sep 2024 13:20:06 +0000",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    subject=f"Decision on your report {R_META}",
    body=f"""
Decision on reported content

Reference: {R_META}
Content: {M1}
Decision: Access restricted in South Korea
Basis: Content reported as illegal under the law of the Republic of Korea
(unlicensed lending). The content does not go against the Facebook
Community Standards and stays available outside South Korea.
Facts and circumstances: Report submitted by a government authority.
Automated means: Not used to take this decision.
Redress: The person who posted the content can ask us to review this
decision at https://www.facebook.com/help/contact/appeal .

Meta Platforms Ireland Ltd.
""",
    items={M1: "restricted"},
)

case(
    name="meta-instagram-removed-bullets",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'we removed the content you reported' notice",
    why="two posts removed and the account disabled, each named",
    date="Thu, 12 Sep 2024 10:10:10 +0000",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    subject=f"Update on your report ({R_META})",
    body=f"""
Hi,

Thanks for your report. We removed the following posts because they go
against our Community Guidelines on regulated goods and fraud:

  * {M3}
  * {M4}

We also disabled the account {M5}.

The Instagram Team
""",
    items={M3: "removed", M4: "removed", M5: "removed"},
)

case(
    name="meta-profile-no-action",
    outcome="applied", classification="confirmation",
    imitates="Facebook 'it doesn't go against our Community Standards' report outcome",
    why="one named profile kept up with a reason (standards and local-law review)",
    date="Thu, 12 Sep 2024 14:02:58 +0000",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    subject=f"Your report about a profile ({R_META})",
    body=f"""
Hi,

We've reviewed the Facebook profile you reported:
{M2}

It doesn't go against our Community Standards and, after legal review, we
found no basis to restrict it under local law. We didn't take action on it.

Learn more about our standards: https://transparency.meta.com/policies/community-standards/

Facebook
""",
    items={M2: "rejected"},
)

_ig_b64 = f"""Hi,

This is about your report {R_META}.

We removed the post {M4} for violating our Community Guidelines.

We couldn't find an account at {M5}. The link doesn't lead to any account on Instagram.

Instagram Legal
"""
case(
    name="meta-instagram-base64-body",
    outcome="applied", classification="confirmation",
    imitates="Instagram legal reply sent base64-encoded",
    why="one post removed; the account link leads nowhere (not found)",
    date="Fri, 13 Sep 2024 09:41:15 +0000",
    **{"from": "legal-noreply@instagram.com"}, name_from="Instagram Legal",
    subject=f"Re: {R_META}",
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(_ig_b64)}\n"
    ),
    items={M4: "removed", M5: "not_found"},
)

case(
    name="meta-format-flowed-wrapped-url",
    outcome="applied", classification="confirmation",
    imitates="Facebook legal reply sent as format=flowed text with a long URL soft-wrapped",
    why="the soft line break (trailing space) rejoins the group-post URL; it was removed",
    date="Sat, 14 Sep 2024 03:27:36 +0000",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
    subject=f"Re: {R_META} - Facebook group post",
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8; format=flowed\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        "Hello,\n\n"
        "Following our review, we have removed the group post at \n"
        "https://www.facebook.com/groups/easycashclub/posts/ \n"
        "884421907736615/ for violating our Community Standards on fraud and \n"
        "scams.\n\n"
        "Meta Legal Requests\n"
    ),
    items={M1: "removed"},
)

case(
    name="meta-csv-five-items",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request response with a per-URL result file",
    why="every item of the request has its own row and action in the CSV",
    date="Sun, 15 Sep 2024 06:05:51 +0000",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
    subject=f"Response to government request {R_META}",
    raw_mime=mixed_with_csv(
        "meta_resp_88120",
        f"Hello,\n\nAttached is our response for each URL in request {R_META}.\n\n"
        "Meta Legal Requests",
        "KCSC-240904-03_response.csv",
        "URL,Result,Detail\n"
        f"{M1},Restricted,Access restricted in KR (local law)\n"
        f"{M2},No action,Does not violate Community Standards or local law\n"
        f"{M3},Removed,Community Guidelines (fraud)\n"
        f"{M4},Not found,Content could not be located\n"
        f"{M5},Restricted,Account restricted in KR\n",
    ),
    items={M1: "restricted", M2: "rejected", M3: "removed", M4: "not_found", M5: "restricted"},
)

case(
    name="tiktok-unavailable-in-kr-and-removed",
    outcome="applied", classification="confirmation",
    imitates="TikTok law enforcement / government request outcome email",
    why="one video made unavailable in Korea (restricted), the other removed",
    date="Thu, 12 Sep 2024 08:16:23 +0000",
    **{"from": "legal-response@tiktok.com"}, name_from="TikTok Legal",
    subject=f"Re: {R_TT} Removal request",
    reply_to_req=thread(R_TT),
    body=f"""
Dear Sir or Madam,

Following our review, the video {T1} has been made unavailable
in South Korea in accordance with local law.

The video {T2} violated our Community Guidelines and has been
removed from TikTok.

Kind regards,
TikTok Legal Team
""",
    items={T1: "restricted", T2: "removed"},
)

case(
    name="tiktok-dsa-sor-fields",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA notice-and-action decision email (per-item decision blocks)",
    why="one block per video: 'No action' with a reason, and 'content no longer available, deleted by the creator'",
    date="Fri, 13 Sep 2024 05:44:09 +0000",
    **{"from": "dsa-notices@tiktok.com"}, name_from="TikTok",
    subject=f"Decision on your illegal content report {R_TT}",
    body=f"""
Hello,

We have reviewed the content you reported under {R_TT}.

Content: {T1}
Decision: No action
Reason: We did not find that this content violates our Community
Guidelines or the law you referred to.

Content: {T3}
Decision: Content not found
Reason: The video had already been deleted by its creator before our review.

You may contest this decision through our appeals process or an
out-of-court dispute settlement body.

TikTok Trust & Safety
""",
    items={T1: "rejected", T3: "not_found"},
)

case(
    name="reddit-korean-path-angle",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin reply to a government removal request",
    why="the raw-Korean URL in angle brackets was removed; the second post was left up with a reason",
    date="Thu, 12 Sep 2024 17:31:02 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject=f"Re: {R_RD}",
    reply_to_req=thread(R_RD),
    body=f"""
Hi,

Thanks for reaching out. We have removed the post at
<{R1_RAW}> for violating Reddit's Content Policy.

The second post, {R2}, did not violate our policies or the law
you cited, so we have left it up.

Reddit Legal
""",
    items={R1: "removed", R2: "rejected"},
)

case(
    name="discord-one-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply ('we have taken action')",
    why="request of one item; the server behind the invite is stated removed without repeating the URL",
    date="Fri, 13 Sep 2024 19:08:44 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject=f"[Discord Safety] Re: {R_DC}",
    body=f"""
Hello,

Thanks for your report regarding {R_DC}.

Our Safety team reviewed the server reachable through the invite link you
provided. The server has been removed from Discord for violating our
Community Guidelines.

Discord Trust & Safety
""",
    items={D1: "removed"},
)

case(
    name="twitch-channel-suspended-vod-removed",
    outcome="applied", classification="confirmation",
    imitates="Twitch Trust & Safety enforcement notice to a reporter",
    why="channel indefinitely suspended and VOD removed, each named",
    date="Sat, 14 Sep 2024 21:52:17 +0000",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    subject=f"Twitch - outcome of report {R_TW}",
    body=f"""
Hi,

We've taken action on the content you reported:

- Channel {W2}: indefinitely suspended for violating the Twitch
  Community Guidelines (gambling).
- VOD {W1}: removed.

Twitch Safety Operations
""",
    items={W2: "removed", W1: "removed"},
)

# ======================= REVIEW ===========================================

case(
    name="x-promise-withhold-shortly",
    outcome="review", review="not_understood",
    imitates="X legal holding reply promising an action",
    why="'will be withholding ... pending a final check' is a promise, not a statement",
    date="Wed, 11 Sep 2024 04:00:12 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject=f"Re: [{R_X}] Request for removal of illegal content",
    reply_to_req=thread(R_X),
    body=f"""
Hello,

We'll be withholding the following posts in South Korea shortly, pending a
final check by our legal team:

{X4}
{X5}

We'll confirm once this is done.

X Legal
""",
    items={X4: "pending", X5: "pending"},
)

case(
    name="yt-still-under-review",
    outcome="review", review="not_understood",
    imitates="Google Legal Support interim update ('still under review')",
    why="'still under review' and 'will get back to you': no status",
    date="Wed, 11 Sep 2024 06:30:00 +0000",
    **{"from": "legal-support-noreply@google.com"}, name_from="Google Legal Support",
    subject=f"[7-3318000041217] Your legal request {R_YT}",
    body=f"""
Hello,

The following items from your request are still under review by our legal
team:

{Y1}
{Y3}

We'll get back to you as soon as our review is complete.

Regards,
The Google Team
""",
    items={Y1: "pending", Y3: "pending"},
)

case(
    name="meta-appears-already-removed",
    outcome="review", review="not_understood",
    imitates="Instagram support reply hedging about content already gone",
    why="'it appears ... may have already been removed' is a hedge",
    date="Thu, 12 Sep 2024 11:25:39 +0000",
    **{"from": "support@instagram.com"}, name_from="Instagram Support",
    subject=f"Re: {R_META}",
    body=f"""
Hi,

It appears that the post at {M3} may have already been removed by the
person who shared it. We're checking our records and will let you know.

Instagram Support
""",
    items={M3: "pending"},
)

case(
    name="tiktok-all-reported-removed",
    outcome="review", review="bulk",
    imitates="TikTok 'all the content you reported has been removed' report outcome",
    why="a statement about all items of a three-item request without naming any",
    date="Fri, 13 Sep 2024 11:02:21 +0000",
    **{"from": "legal-response@tiktok.com"}, name_from="TikTok Legal",
    subject=f"Re: {R_TT} Removal request",
    reply_to_req=thread(R_TT),
    body=f"""
Hello,

We've completed our review of your report {R_TT}. All the videos you
reported have been removed from TikTok for violating our Community
Guidelines.

Thank you for helping keep TikTok safe.

TikTok Legal Team
""",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="x-withheld-reported-content-no-urls",
    outcome="review", review="bulk",
    imitates="short X legal reply in the request thread",
    why="'the reported content' of a thirteen-item request, no item named",
    date="Sun, 15 Sep 2024 09:14:50 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject=f"Re: [{R_X}] Request for removal of illegal content",
    reply_to_req=thread(R_X),
    body="""
Hello,

We have withheld the reported content in South Korea.

X Legal
""",
    items={u: "pending" for u in XS},
)

case(
    name="x-dmarc-fail",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="X legal outcome email whose DMARC check failed",
    why="sender domain is X's but authentication failed",
    date="Mon, 16 Sep 2024 01:33:08 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject=f"[{R_X}] Outcome",
    body=f"""
Hello,

The post {X9} has been removed from X.

X Legal
""",
    items={X9: "pending"},
)

case(
    name="vendor-on-behalf-of-tiktok",
    outcome="review", review="unknown_sender",
    imitates="outsourced trust-and-safety vendor writing on a platform's behalf",
    why="statement about a TikTok video from a domain that is not TikTok's",
    date="Mon, 16 Sep 2024 04:47:26 +0000",
    **{"from": "casedesk@tsops-partners.example"}, name_from="TS Ops Partners Case Desk",
    subject=f"{R_TT} - result",
    body=f"""
Dear KCSC,

On behalf of our client TikTok, we confirm that the video {T3} has been
removed.

Case Desk
TS Ops Partners
""",
    items={T3: "pending"},
)

case(
    name="youtube-lookalike-domain",
    outcome="review", review="unknown_sender",
    imitates="lookalike-domain email imitating a YouTube legal outcome",
    why="youtube-legalcenter.com is none of YouTube's sender domains",
    date="Mon, 16 Sep 2024 07:12:33 +0000",
    **{"from": "notice@youtube-legalcenter.com"}, name_from="YouTube Legal Center",
    subject=f"Your request {R_YT} has been completed",
    body=f"""
Hello,

We have terminated the channel {Y4} for violating our policies.

YouTube Legal Center
""",
    items={Y4: "pending"},
)

case(
    name="google-about-tiktok-urls",
    outcome="review", review="wrong_platform",
    imitates="platform reply to a misdirected request ('not hosted on our services')",
    why="Google states an outcome for TikTok URLs; they are not its items",
    date="Mon, 16 Sep 2024 10:20:45 +0000",
    **{"from": "legal-support-noreply@google.com"}, name_from="Google Legal Support",
    subject=f"[7-3318000058871] Your legal request {R_TT}",
    body=f"""
Hello,

We have reviewed the URLs you sent:

{T1}
{T3}

This content is not hosted on YouTube or any other Google service, so we
have not taken any action on it. Please contact the service hosting it.

Regards,
The Google Team
""",
    items={T1: "pending", T3: "pending"},
)

case(
    name="meta-asks-for-court-order",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Meta 'we need more information to process your request' reply",
    why="asks for the legal basis before acting; no status",
    date="Tue, 17 Sep 2024 02:58:14 +0000",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
    subject=f"Additional information needed - {R_META}",
    body=f"""
Hello,

To process your request regarding {M2}, we need additional information.
Please send us a copy of the order or decision on which the request is
based, and the specific provision of Korean law the profile is said to
breach.

Once we receive this information, we will continue our review.

Meta Legal Requests
""",
    items={M2: "pending"},
)

case(
    name="reddit-portal-moved",
    outcome="review", review="no_claims",
    imitates="Reddit notice to government reporters about a new request portal",
    why="trusted Reddit mail naming no item and no request",
    date="Tue, 17 Sep 2024 16:40:00 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Changes to how we receive government requests",
    body="""
Hello,

From 1 October 2024, Reddit will accept removal requests from government
agencies only through our new portal at https://www.reddit.com/legal/gov-portal .
Requests sent to this address after that date will not be processed.

Thank you for your cooperation.

Reddit Legal
""",
)

case(
    name="twitch-removal-if-no-counter-notice",
    outcome="review", review="not_understood",
    imitates="Twitch notice describing a conditional removal",
    why="removal is conditional on no counter-notice being filed: nothing stated",
    date="Tue, 17 Sep 2024 20:05:31 +0000",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    subject=f"Twitch - report {R_TW}",
    body=f"""
Hi,

We've notified the creator about your report. The VOD {W1} will be removed
if the creator does not file a counter-notice within 10 business days.

Twitch Safety Operations
""",
    items={W1: "pending"},
)

# ======================= IGNORED ==========================================

case(
    name="instagram-report-received",
    outcome="ignored", classification="acknowledgement",
    imitates="Instagram automatic report receipt with a reference number",
    why="pure receipt: no item, no outcome",
    date="Wed, 4 Sep 2024 01:02:03 +0000",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    subject=f"We received your report ({R_META})",
    body=f"""
Hi,

Thanks for your report. We've received it and it has been assigned
reference number 1189-556-221. We'll review it and let you know what we
decide.

The Instagram Team
""",
)

case(
    name="tiktok-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply from a platform employee",
    why="out-of-office auto-reply",
    date="Thu, 5 Sep 2024 01:00:41 +0000",
    **{"from": "h.lindqvist@tiktok.com"}, name_from="Hanna Lindqvist",
    subject=f"Automatic reply: [{R_TT}] Removal request",
    reply_to_req=thread(R_TT),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent legal matters please contact
legal-response@tiktok.com.

Hanna
""",
)

_dsn_orig = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: enforcement@twitch.tv",
    f"Subject: [{R_TW}] Request for removal of illegal content",
    f"Message-ID: <{mid(R_TW)}>",
    "Date: Tue, 10 Sep 2024 10:00:00 +0900",
    "Content-Type: text/plain; charset=utf-8",
    "",
    f"Reference: {R_TW}",
    "Please remove the following:",
    W1,
    W2,
])
case(
    name="dsn-twitch-address-unknown",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown)",
    why="a bounce of our own request; the URLs are in the returned original",
    date="Tue, 10 Sep 2024 01:00:07 +0000",
    **{"from": "MAILER-DAEMON@kcsc.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.9F21"\n\n'
        "--dsn.9F21\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx.kcsc.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<enforcement@twitch.tv>: host mx.twitch.tv[203.0.113.25] said: 550 5.1.1\n"
        "    <enforcement@twitch.tv>: Recipient address rejected: User unknown\n\n"
        "--dsn.9F21\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.kcsc.example\n\n"
        "Final-Recipient: rfc822; enforcement@twitch.tv\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown\n\n"
        "--dsn.9F21\n"
        "Content-Type: message/rfc822\n\n"
        f"{_dsn_orig}\n\n"
        "--dsn.9F21--\n"
    ),
)

case(
    name="x-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification (read receipt) from a legal mailbox",
    why="MDN: displayed, nothing else",
    date="Mon, 2 Sep 2024 02:31:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject=f"Read: [{R_X}] Request for removal of illegal content",
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_77a"\n\n'
        "--mdn_77a\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        f"Your message\n\n  To: legal@x.com\n  Subject: [{R_X}] Request for removal of illegal content\n"
        "  Sent: Monday, September 2, 2024 10:00 AM\n\nwas read on Monday, September 2, 2024 11:31 AM.\n\n"
        "--mdn_77a\n"
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.x.com; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822;legal@x.com\n"
        f"Original-Message-ID: <{mid(R_X)}>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
        "--mdn_77a--\n"
    ),
)

case(
    name="google-receipt-echoes-submission",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removal webform receipt echoing the submitted URLs",
    why="receipt; the URLs appear only in the echo of our own submission, with no outcome",
    date="Tue, 3 Sep 2024 01:15:22 +0000",
    **{"from": "legal-support-noreply@google.com"}, name_from="Google Legal Support",
    subject=f"[7-3318000041217] Your legal request {R_YT}",
    body=f"""
Hello,

Thanks for contacting Google. We've received your legal request and it has
been assigned ID 7-3318000041217. We'll review it and respond by email.

A copy of your submission follows.

-------- Your submission --------
Organisation: Korea Communications Standards Commission
Reference: {R_YT}
Country: South Korea
URLs:
{Y1}
{Y2}
{Y3}
{Y4}
Explanation: The content promotes unlicensed online gambling.
---------------------------------

The Google Team
""",
)

case(
    name="snapchat-unmonitored-mailbox",
    outcome="ignored", classification="auto_reply",
    imitates="Snap 'this mailbox is not monitored' automatic reply",
    why="auto-reply from an unmonitored address",
    date="Wed, 11 Sep 2024 00:00:19 +0000",
    **{"from": "no-reply@snapchat.com"}, name_from="Snapchat Support",
    subject="Re: Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Hello,

This mailbox is not monitored and replies to it are not read. To report
content on Snapchat, please use our Safety Center form at
https://help.snapchat.com/hc/requests/new . Government agencies can use
our dedicated portal.

Snap Inc.
""",
)

case(
    name="pinterest-report-acknowledged",
    outcome="ignored", classification="acknowledgement",
    imitates="Pinterest 'we got your report' automatic acknowledgement",
    why="acknowledgement with a ticket number and a promise to review; no item",
    date="Wed, 11 Sep 2024 03:45:50 +0000",
    **{"from": "support@pinterest.com"}, name_from="Pinterest Support",
    subject="We got your report [#48211907]",
    body="""
Hi there,

We got your report and our team will review it. Your ticket number is
#48211907. You don't need to reply to this email.

Thanks,
Pinterest Support
""",
)


def header():
    return f"""# Blind set {SET}: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch, plus Snapchat/Pinterest auto-mail).
# Generated by make.py; expected results written from each email's meaning
# before the reader was run. Each case is ingested alone into a fresh ledger.
"""


if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, header(), cases)
    print(f"{SET}: {len(cases)} cases")
