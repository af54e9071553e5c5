#!/usr/bin/env python3
"""Blind corpus set blind676: English notices from many platforms (X, YouTube,
Meta, TikTok, Reddit, Discord, Twitch, plus Snapchat and Pinterest mail).

    python3 tests/corpus/blind676/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own sentences; the expected results
were written from each email's meaning before the reader was run on it.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind676"

# ---------------------------------------------------------------- requests
KO_SLUG = "대마_배송"
R1_RAW = "https://www.reddit.com/r/seoulplug/comments/1fbx2k9/" + KO_SLUG + "/"
R1 = "https://www.reddit.com/r/seoulplug/comments/1fbx2k9/" + quote(KO_SLUG) + "/"

X = [
    None,
    "https://x.com/luckyspin_kr/status/1830452210987654401",
    "https://x.com/luckyspin_kr/status/1830452877712349185",
    "https://x.com/toto_daily7/status/1830119934455667720",
    "https://x.com/toto_daily7/status/1830120045566778831",
    "https://x.com/bet_haven88",
    "https://x.com/casinoroyal_kor/status/1829987766554433222",
    "https://x.com/casinoroyal_kor/status/1829988877665544333",
    "https://twitter.com/slotqueen_vip/status/1829001122334455667",
    "https://x.com/jackpot_alley/status/1830777788899900011",
    "https://x.com/jackpot_alley/status/1830778899900011122",
    "https://x.com/powerball_tips24/status/1830333444555666777",
    "https://x.com/powerball_tips24/status/1830333555666777888",
]
Y = [
    None,
    "https://www.youtube.com/watch?v=Hk3vQ9pLmZ2",
    "https://www.youtube.com/watch?v=b7RtX0wqN4s",
    "https://www.youtube.com/shorts/Pq8sLm2Vx1c",
    "https://www.youtube.com/@greenleaf_delivery",
]
M = [
    None,
    "https://www.facebook.com/groups/quickloan.kr/posts/1098765432109876",
    "https://www.instagram.com/p/C-4kTz9yQwE/",
    "https://www.instagram.com/fastcash_lender_kr/",
]
T = [
    None,
    "https://www.tiktok.com/@night.cam.kr/video/7410223344556677881",
    "https://www.tiktok.com/@night.cam.kr/video/7410224455667788992",
    "https://www.tiktok.com/@leakzone_88/video/7409998877665544331",
    "https://www.tiktok.com/@leakzone_88/video/7409999988776655442",
    "https://www.tiktok.com/@leakzone_88",
]
R = [None, R1, "https://www.reddit.com/r/seoulplug/comments/1fby7q3/fast_delivery_gangnam/"]
D = [None, "https://discord.gg/n8HxQ2vTr"]
W = [
    None,
    "https://www.twitch.tv/videos/2245187734",
    "https://www.twitch.tv/slotstream_kr",
    "https://clips.twitch.tv/BraveTinyOtterKappa-x9Yq2LmN",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240903-01", "x", "2024-09-03T10:15:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling", X[1:], "illegal gambling promotion, 12 posts/accounts"),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "drugs", Y[1:], "drug sale videos and channel"),
    ("KCSC-240905-03", "meta", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     "fraud", M[1:], "illegal private lending"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T14:20:00+09:00", "2024-09-13T18:00:00+09:00",
     "privacy", T[1:], "non-consensual intimate recordings"),
    ("KCSC-240909-05", "reddit", "2024-09-09T10:05:00+09:00", "2024-09-16T18:00:00+09:00",
     "drugs", R[1:], "drug delivery posts"),
    ("KCSC-240910-06", "discord", "2024-09-10T16:30:00+09:00", "2024-09-17T18:00:00+09:00",
     "obscenity", D[1:], "invite to a server sharing obscene material"),
    ("KCSC-240911-07", "twitch", "2024-09-11T13:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "gambling", W[1:], "illegal casino streams"),
]


def mid(ref):
    return "req-" + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def request_text(ref, urls, platform_name, raw_urls=None):
    """Our own request email, as it would be quoted back to us."""
    lines = [
        f"Dear {platform_name} team,",
        "",
        "The Korea Communications Standards Commission requests the removal of, or",
        "restriction of access in the Republic of Korea to, the following content,",
        f"which violates Korean law (our reference {ref}):",
        "",
    ]
    for i, u in enumerate(raw_urls or urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please tell us the action taken for each URL within 7 days.", "",
              "KCSC Takedown Desk"]
    return lines


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


REQ_X = request_text("KCSC-240903-01", X[1:], "X")
REQ_Y = request_text("KCSC-240904-02", Y[1:], "YouTube")
REQ_M = request_text("KCSC-240905-03", M[1:], "Meta")
REQ_T = request_text("KCSC-240906-04", T[1:], "TikTok")
REQ_R = request_text("KCSC-240909-05", R[1:], "Reddit", raw_urls=[R1_RAW, R[2]])
REQ_W = request_text("KCSC-240911-07", W[1:], "Twitch")

CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================================
# X (KCSC-240903-01, 12 items)
# ======================================================================
case(
    name="x-legal-withheld-bullets",
    outcome="applied",
    classification="confirmation",
    imitates="X legal request outcome email (Country Withheld Content notice to the requester)",
    why="Trusted X mail, one line per URL: two withheld in Korea, one removed globally.",
    frm="legal-notices@x.com", name_from="X Legal",
    date="Thu, 12 Sep 2024 03:14:09 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling content",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your report. We have reviewed the reported content under the X
Rules and applicable local law, and have taken the following action:

 - {X[1]} : withheld in South Korea
 - {X[2]} : withheld in South Korea
 - {X[3]} : removed globally, as the post violated the X Rules on illegal
   and regulated goods and services

We have notified the account holders of this action, unless we were
prevented from doing so. Where a legal demand is the basis for withholding,
a copy may be published on Lumen.

For more information about country withheld content, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed"},
)

case(
    name="x-account-suspended-and-no-violation",
    outcome="applied",
    imitates="X Trust & Safety report outcome (account suspended / no violation found)",
    why="Account suspended (no longer available: removed); another post reviewed, no violation, no action (rejected).",
    frm="support@x.com", name_from="X Support",
    date="Fri, 13 Sep 2024 08:02:41 +0000",
    subject="Update on your report – KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hi KCSC Takedown,

We're writing with an update on your report.

We suspended the account {X[5]} for violating our rules on illegal and
regulated goods and services. Suspended accounts and their posts are no longer
visible on X.

We also reviewed {X[9]} and did not find a violation of the X Rules or of the
Korean law you cited. We are not taking action on this post and it remains
available.

Thanks,
X Support
""",
    items={X[5]: "removed", X[9]: "rejected"},
)

csv_x = "\n".join([
    "url,action,basis",
    f"{X[6]},Withheld (KR),Local law",
    f"{X[7]},Removed,X Rules - illegal gambling",
    f"{X[8]},Removed,X Rules - illegal gambling",
    f"{X[9]},No action,No violation found",
    f"{X[10]},Not found,URL invalid or content unavailable",
    f"{X[11]},Withheld (KR),Local law",
]) + "\n"
case(
    name="x-csv-attachment-partial",
    outcome="applied",
    imitates="X legal team batch reply with a CSV of per-URL actions",
    why="CSV attachment from X with six per-URL results; the other six URLs are said to be still under review and stay pending.",
    frm="legal-notices@x.com", name_from="X Legal",
    date="Sat, 14 Sep 2024 01:40:00 +0000",
    subject="RE: KCSC-240903-01 - results (batch 1)",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_xbatch_7731"

--=_xbatch_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the actions we have completed so far for your request
KCSC-240903-01. The remaining URLs are still under review and we will send
a second batch.

X Legal

--=_xbatch_7731
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_batch1.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_batch1.csv"
Content-Transfer-Encoding: base64

{b64(csv_x)}
--=_xbatch_7731--
""",
    items={X[6]: "restricted", X[7]: "removed", X[8]: "removed", X[9]: "rejected",
           X[10]: "not_found", X[11]: "restricted"},
)

html_x = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Below is the outcome of our review of your request <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td><a href="{X[1]}">{X[1]}</a></td><td>Withheld in KR</td></tr>
<tr><td><a href="{X[4]}">{X[4]}</a></td><td>Removed (violation of X Rules)</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>No action &ndash; does not violate X Rules or local law</td></tr>
<tr><td><a href="{X[12]}">{X[12]}</a></td><td>Not found &ndash; the post does not exist</td></tr>
</table>
<p>To learn how we handle legal requests, visit <a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">our Help Center</a>.</p>
<p>X Legal</p>
</body></html>"""
case(
    name="x-html-table",
    outcome="applied",
    imitates="X legal outcome in an HTML table (ticket-system template)",
    why="HTML-only mail, one row per URL: withheld in KR, removed, no action, not found.",
    frm="legal-notices@x.com", name_from="X Legal",
    date="Mon, 16 Sep 2024 06:21:13 +0000",
    subject="Your legal request KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html_x)}
""",
    items={X[1]: "restricted", X[4]: "removed", X[11]: "rejected", X[12]: "not_found"},
)

case(
    name="x-top-posted-over-quoted-request",
    outcome="applied",
    imitates="Top-posted reply from an X legal agent over our quoted request (Gmail quoting)",
    why="Only the one URL in the reply is withheld; the other eleven appear only in the quoted request.",
    frm="d.okafor@x.com", name_from="Dami Okafor (X Legal)",
    date="Tue, 10 Sep 2024 22:05:30 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling content",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hi team,

Quick first update: we have withheld the following post in Korea:
{X[6]}

I'll come back to you on the rest of the list separately.

Best,
Dami

On Tue, 3 Sep 2024 at 10:15, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REQ_X)}
""",
    items={X[6]: "restricted"},
)

case(
    name="x-url-then-status-line",
    outcome="applied",
    imitates="X legal outcome with each URL followed by a 'Status:' line",
    why="Bare URL then its status on the next line: three removed, one not found.",
    frm="legal-notices@x.com", name_from="X Legal",
    date="Wed, 18 Sep 2024 02:11:52 +0000",
    subject="KCSC-240903-01: outcome",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hello,

We have completed our review. Outcome per URL:

{X[2]}
Status: Removed

{X[3]}
Status: Removed

{X[7]}
Status: Removed

{X[10]}
Status: Not found (the post had already been deleted by the account holder)

Kind regards,
X Legal
""",
    items={X[2]: "removed", X[3]: "removed", X[7]: "removed", X[10]: "not_found"},
)

case(
    name="x-echoed-report-decision",
    outcome="applied",
    imitates="X report-outcome email that echoes the report before 'Our decision'",
    why="The echoed report lists both URLs without status; the decision section gives one removed, one withheld in Korea.",
    frm="noreply@x.com", name_from="X",
    date="Thu, 19 Sep 2024 07:45:00 +0000",
    subject="We've reviewed your report (KCSC-240903-01)",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Your report
-----------
Reported by: KCSC Takedown (takedown@kcsc.example)
Reported content:
  {X[9]}
  {X[10]}
Reason given: Illegal gambling (Republic of Korea)

Our decision
------------
{X[9]}
Removed. This post broke our rules on illegal and regulated goods and
services.

{X[10]}
Withheld in the Republic of Korea in response to your legal demand.

You can learn more about how we enforce our rules at
https://help.x.com/en/rules-and-policies/enforcement-options

X
""",
    items={X[9]: "removed", X[10]: "restricted"},
)

case(
    name="x-prose-with-korean-summary",
    outcome="applied",
    imitates="Reply from an X Korea policy staffer, English prose with a Korean summary",
    why="Prose: one post removed, one account withheld in Korea, one post reviewed with no violation; the Korean summary says the same.",
    frm="jiwon.park@x.com", name_from="Jiwon Park",
    date="Fri, 20 Sep 2024 05:30:00 +0000",
    subject="RE: KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Dear KCSC,

Following your request, the post {X[4]} has been removed for violating the X
Rules. The account {X[5]} has been withheld in South Korea, so it is no
longer viewable from Korea. We reviewed {X[12]} and found no violation of our
rules or of Korean law; it will stay available.

[요약] {X[4]} 는 삭제되었고, {X[5]} 계정은 한국 내 접속 차단(withheld) 처리되었습니다. {X[12]} 은(는) 위반 사항이 없어 조치하지 않았습니다.

Best regards,
Jiwon Park
Public Policy, X Korea
""",
    items={X[4]: "removed", X[5]: "restricted", X[12]: "rejected"},
)

case(
    name="x-dsa-statement-of-reasons",
    outcome="applied",
    imitates="DSA Article 17 statement of reasons (X), sent to the notifier",
    why="Statement of reasons for one URL: visibility restricted, territorial scope KR; appeal link is a help page.",
    frm="dsa-noreply@x.com", name_from="X",
    date="Sat, 21 Sep 2024 09:00:00 +0000",
    subject="Statement of reasons – decision on reported content (KCSC-240903-01)",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
STATEMENT OF REASONS

Decision ID:       SOR-X-2024-0921-55810
Content:           {X[7]}
Content type:      Text, image
Decision:          Visibility restriction - content withheld
Territorial scope: Republic of Korea (KR)
Ground:            Illegal content - national law of the Republic of Korea
                   (unlicensed gambling)
Facts:             Action taken following a notice from a public authority.
Automated detection: No
Automated decision:  No

The content remains available outside the territory above.

Redress: the account holder may appeal at
https://help.x.com/forms/account-access/appeals
""",
    items={X[7]: "restricted"},
)

# ---- X review / ignored
case(
    name="x-promise-will-withhold",
    outcome="review",
    review="not_understood",
    imitates="X legal 'in progress' reply promising action",
    why="Only a promise ('will withhold ... once our legal review is complete'); nothing stated, both URLs stay pending.",
    frm="legal-notices@x.com", name_from="X Legal",
    date="Wed, 11 Sep 2024 04:12:00 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling content",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hello,

Thanks for your request. Our legal team is processing it. Subject to that
review, we will withhold {X[1]} and {X[2]} in South Korea, and we will
follow up with the final outcome for every URL on your list.

X Legal
""",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    outcome="review",
    review="bulk",
    imitates="X legal one-line outcome covering the whole request",
    why="'All twelve URLs ... withheld' names none of them, for a 12-item request: bulk review, items pending.",
    frm="legal-notices@x.com", name_from="X Legal",
    date="Mon, 23 Sep 2024 01:00:00 +0000",
    subject="Re: [KCSC-240903-01] Request to remove illegal gambling content",
    reply_to_req=mid("KCSC-240903-01"),
    body="""
Hello,

We have reviewed the twelve URLs in your request KCSC-240903-01 and have
withheld all of them in the Republic of Korea.

X Legal
""",
    items={u: "pending" for u in X[1:]},
)

case(
    name="x-dmarc-fail",
    outcome="review",
    review="untrusted",
    auth="fail",
    imitates="X legal outcome relayed through a ticket tool that breaks DKIM/SPF alignment",
    why="From x.com but DMARC fails: the removal statement cannot be trusted.",
    frm="legal-notices@x.com", name_from="X Legal",
    date="Tue, 17 Sep 2024 03:33:00 +0000",
    subject="Re: KCSC-240903-01",
    extra_headers=["X-Mailer: HelpdeskRelay 4.2"],
    body=f"""
Hello,

The post {X[1]} has been removed.

X Legal
""",
    items={X[1]: "pending"},
)

case(
    name="x-out-of-office",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook/Exchange out-of-office reply from an X staffer",
    why="Automatic out-of-office reply; says nothing about the content.",
    frm="jiwon.park@x.com", name_from="Jiwon Park",
    date="Tue, 3 Sep 2024 01:16:02 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request to remove illegal gambling content",
    reply_to_req=mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 9 September
with limited access to email. For urgent legal requests please use the
X legal request form; your message will be handled on my return.

Jiwon
""",
)

# ======================================================================
# YouTube (KCSC-240904-02, 4 items)
# ======================================================================
case(
    name="yt-legal-decision-three-ways",
    outcome="applied",
    imitates="YouTube/Google legal removals team decision email (removed / blocked in country / no action)",
    why="Removed globally, blocked from view in South Korea, and no action for the Short (no violation, not unlawful).",
    frm="legal-support@google.com", name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 10:20:00 +0000",
    subject="[3-8812004000017] Re: KCSC-240904-02",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
Hello,

Thanks for reaching out to us. After reviewing your request, we have taken the
following actions:

The video at {Y[1]} has been removed from YouTube for violating our Community
Guidelines on the sale of regulated goods.

We have blocked {Y[2]} from view in South Korea based on local law.

We have decided not to take action on {Y[3]}. It does not violate our
Community Guidelines, and we did not find it unlawful under the laws you
cited.

Regards,
The YouTube Legal Team
""",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
)

case(
    name="yt-channel-terminated",
    outcome="applied",
    imitates="YouTube channel termination notice forwarded to the notifier",
    why="The channel URL named is terminated (removed); one named item of a four-item request.",
    frm="no-reply@youtube.com", name_from="YouTube",
    date="Fri, 13 Sep 2024 12:00:00 +0000",
    subject="Update on content you reported: KCSC-240904-02",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
Hi,

Thanks for your report. After review, the channel
{Y[4]}
has been terminated for severe or repeated violations of our Community
Guidelines. It is no longer available on YouTube.

Learn more about channel terminations:
https://support.google.com/youtube/answer/2802168

- The YouTube Team
""",
    items={Y[4]: "removed"},
)

yt_qp_text = f"""Hello,

We've finished reviewing two of the items in your request KCSC-240904-02.

The Short {Y[3]} has been age-restricted: it can no longer be watched by viewers who are signed out or under 18.

The video {Y[2]} was deleted by the uploader before we finished our review, so there was nothing left for us to act on.

Regards,
YouTube Trust & Safety
"""
case(
    name="yt-age-restricted-qp",
    outcome="applied",
    imitates="YouTube age-restriction outcome, quoted-printable body",
    why="Age-restricted (restricted) and already deleted by the uploader (not_found); long lines are soft-wrapped by QP.",
    frm="legal-support@google.com", name_from="Google Legal Support",
    date="Sat, 14 Sep 2024 09:09:09 +0000",
    subject="Re: KCSC-240904-02",
    reply_to_req=mid("KCSC-240904-02"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(yt_qp_text)}
""",
    items={Y[3]: "restricted", Y[2]: "not_found"},
)

case(
    name="yt-outlook-quoted-request",
    outcome="applied",
    imitates="Google legal agent replying in Outlook above '-----Original Message-----'",
    why="Reply names two URLs (removed, channel not found); the quoted original lists all four without '>'.",
    frm="m.reyes@google.com", name_from="Marta Reyes",
    date="Mon, 16 Sep 2024 07:51:00 +0000",
    subject="RE: KCSC-240904-02 drug sale videos",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
Hello,

{Y[1]} - removed globally for violating our policy on harmful or dangerous
content.
{Y[4]} - we were unable to locate a channel at this address.

Best,
Marta
YouTube Legal Removals

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:00 AM
To: legal-kr@google.com
Subject: KCSC-240904-02 drug sale videos

""" + "\n".join(REQ_Y) + "\n",
    items={Y[1]: "removed", Y[4]: "not_found"},
)

case(
    name="yt-under-review-appears",
    outcome="review",
    review="not_understood",
    imitates="YouTube interim reply ('under review', preliminary assessment)",
    why="Both URLs are 'under review' and only 'appear to violate': no statement, items pending.",
    frm="legal-support@google.com", name_from="Google Legal Support",
    date="Tue, 10 Sep 2024 03:00:00 +0000",
    subject="Re: KCSC-240904-02",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
Hello,

{Y[1]} and {Y[2]} are currently under review by our team. From an initial
look they appear to violate our policy on regulated goods; we'll let you
know the outcome once the review is complete.

Regards,
The YouTube Legal Team
""",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-asks-for-legal-basis",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Google legal removals request for more information (legal basis, timestamps)",
    why="Asks for the legal provision and timestamps before acting on two URLs; nothing decided.",
    frm="legal-support@google.com", name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 05:45:00 +0000",
    subject="[3-8812004000017] Additional information needed - KCSC-240904-02",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
Hello,

To process your request regarding the following videos, we need more
information:

  {Y[2]}
  {Y[3]}

Please reply with (1) the specific provision of Korean law the content
violates and (2) the timestamps at which the unlawful content appears. We
cannot proceed with these URLs until we receive it.

Regards,
The YouTube Legal Team
""",
    items={Y[2]: "pending", Y[3]: "pending"},
)

case(
    name="yt-webform-receipt-echo",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal webform automatic receipt echoing the submitted URLs",
    why="Automated receipt listing the URLs submitted; no decision about any of them.",
    frm="legal-support@google.com", name_from="Google Legal Support",
    date="Wed, 4 Sep 2024 02:01:30 +0000",
    subject="[3-8812004000017] We received your request (KCSC-240904-02)",
    reply_to_req=mid("KCSC-240904-02"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
This is an automated message confirming that we have received your legal
request. Please do not reply to this message.

Submission ID: 3-8812004000017
URLs submitted:
  {Y[1]}
  {Y[2]}
  {Y[3]}
  {Y[4]}

Our team will review your request and get back to you.

Google Legal Support
""",
)

# ======================================================================
# Meta (KCSC-240905-03, 3 items)
# ======================================================================
case(
    name="meta-dsa-sor-instagram",
    outcome="applied",
    imitates="Meta statement of reasons / legal restriction notice for Instagram content",
    why="Instagram post restricted in South Korea on the basis of local law (restricted).",
    frm="noreply@meta.com", name_from="Meta",
    date="Thu, 12 Sep 2024 14:00:00 +0000",
    subject="Decision on your report - KCSC-240905-03",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Decision on content you reported

Content: {M[2]}
Our decision: We restricted access to this content in South Korea because
it was reported to us as unlawful under local law. It did not go against
our Community Guidelines, so it remains available in other countries.
Reference: LR-2024-KR-0093321

The person who posted the content was told about this decision and can
request a review. More about how we handle content that is reported as
unlawful: https://transparency.meta.com/enforcement/taking-action/

Meta
""",
    items={M[2]: "restricted"},
)

case(
    name="meta-legal-post-removed-account-disabled",
    outcome="applied",
    imitates="Meta legal removal response (Facebook group post removed, Instagram account disabled)",
    why="Facebook post removed; Instagram account disabled (removed).",
    frm="legal-kr@meta.com", name_from="Meta Legal Operations",
    date="Fri, 13 Sep 2024 02:30:00 +0000",
    subject="Re: KCSC-240905-03 illegal lending content",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Dear Sir or Madam,

We write in response to your request KCSC-240905-03.

After review, we have removed the post at
{M[1]}
for violating our Community Standards on fraud and scams.

We have also disabled the Instagram account {M[3]} .

Kind regards,
Legal Operations, Meta Platforms
""",
    items={M[1]: "removed", M[3]: "removed"},
)

case(
    name="meta-instagram-gmail-quoted",
    outcome="applied",
    imitates="Instagram help-centre report outcome reply above a Gmail-quoted request",
    why="Post removed; account reviewed and left up (rejected); the quoted request below 'wrote:' is not a statement.",
    frm="support@instagram.com", name_from="Instagram",
    date="Mon, 16 Sep 2024 11:11:11 +0000",
    subject="Re: KCSC-240905-03",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hi,

Thanks for your report. We removed the post {M[2]} because it goes against
our Community Guidelines.

We looked at the account {M[3]} and found that it doesn't go against our
Community Guidelines, so it remains on Instagram.

The Instagram Team

On Thu, Sep 5, 2024 at 9:40 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REQ_M)}
""",
    items={M[2]: "removed", M[3]: "rejected"},
)

case(
    name="meta-lookalike-domain",
    outcome="review",
    review="unknown_sender",
    auth="none",
    imitates="Phishing-style look-alike 'Meta support' reply",
    why="Sender domain is not Meta's; its claim that the post was removed cannot change anything.",
    frm="legal@meta-support-center.com", name_from="Meta Legal Support",
    date="Sat, 14 Sep 2024 16:40:00 +0000",
    subject="Re: KCSC-240905-03 - action completed",
    body=f"""
Dear KCSC,

Your request KCSC-240905-03 has been completed. The post
{M[1]}
has been removed.

To view the full report, please sign in to the case portal:
https://meta-support-center.com/case/KCSC-240905-03

Meta Legal Support
""",
    items={M[1]: "pending"},
)

case(
    name="meta-read-receipt",
    outcome="ignored",
    classification="read_receipt",
    imitates="MDN read receipt (Outlook 'Read:') from a Meta legal mailbox",
    why="Message disposition notification: the request was displayed, nothing more.",
    frm="legal-kr@meta.com", name_from="Meta Legal KR",
    date="Thu, 5 Sep 2024 01:02:03 +0000",
    subject="Read: KCSC-240905-03 illegal lending content",
    reply_to_req=mid("KCSC-240905-03"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_b0503"

--mdn_b0503
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@meta.com
  Subject: KCSC-240905-03 illegal lending content
  Sent: Thursday, September 5, 2024 9:40 AM (UTC+09:00)

was read on Thursday, September 5, 2024 10:02 AM (UTC+09:00).

--mdn_b0503
Content-Type: message/disposition-notification

Reporting-UA: mail.meta.com; Microsoft Exchange
Final-Recipient: rfc822;legal-kr@meta.com
Original-Message-ID: <{mid("KCSC-240905-03")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b0503--
""",
)

# ======================================================================
# TikTok (KCSC-240906-04, 5 items)
# ======================================================================
case(
    name="tiktok-numbered-outcomes",
    outcome="applied",
    imitates="TikTok report outcome email for law-enforcement/government reporters, numbered list",
    why="Numbered list: two removed, one restricted in Korea, one no violation.",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 06:00:00 +0000",
    subject="TikTok: outcome of your request KCSC-240906-04",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""
Hello,

Thank you for contacting TikTok. We have reviewed the content in your
request and the outcome is as follows:

1. {T[1]} – Removed for violating our Community Guidelines
2. {T[2]} – Removed for violating our Community Guidelines
3. {T[3]} – Restricted in your region (South Korea) under local law
4. {T[4]} – No violation found; the video remains available

We will update you on the account separately.

TikTok Legal Team
""",
    items={T[1]: "removed", T[2]: "removed", T[3]: "restricted", T[4]: "rejected"},
)

tt_b64_text = f"""Hello,

Following our review of your request KCSC-240906-04:

The account {T[5]} has been permanently banned for severe violations of our
Community Guidelines. Its videos are no longer available on TikTok.

The link {T[4]} does not lead to an existing video. It was deleted by its
creator before our review.

TikTok Trust & Safety
"""
case(
    name="tiktok-account-banned-base64",
    outcome="applied",
    imitates="TikTok Trust & Safety outcome, base64-encoded plain text",
    why="Account banned (removed); link leads to no video, deleted by its creator (not_found).",
    frm="noreply@tiktok.com", name_from="TikTok",
    date="Fri, 13 Sep 2024 03:20:00 +0000",
    subject="Your report has been reviewed",
    reply_to_req=mid("KCSC-240906-04"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(tt_b64_text)}
""",
    items={T[5]: "removed", T[4]: "not_found"},
)

case(
    name="tiktok-receipt-plus-decision",
    outcome="applied",
    imitates="TikTok ticket reply that opens with a receipt and then gives the decision",
    why="Starts with 'we received your report' but then states two videos removed: not a pure acknowledgement.",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Mon, 9 Sep 2024 08:08:00 +0000",
    subject="Re: KCSC-240906-04 [Ticket 99318274]",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""
Hi,

We've received your report (ticket 99318274). Having reviewed it, we removed
the following videos for violating our Community Guidelines on privacy:

* {T[2]}
* {T[3]}

Best regards,
TikTok Legal
""",
    items={T[2]: "removed", T[3]: "removed"},
)

case(
    name="tiktok-bulk-all-removed",
    outcome="review",
    review="bulk",
    imitates="TikTok short outcome covering the whole report",
    why="'Removed all of the reported videos and the account' names no URL, for a five-item request.",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Tue, 17 Sep 2024 02:02:00 +0000",
    subject="Re: KCSC-240906-04",
    reply_to_req=mid("KCSC-240906-04"),
    body="""
Hello,

We've reviewed the content in your report KCSC-240906-04 and removed all of
the reported videos, as well as the reported account, for violating our
Community Guidelines.

TikTok Legal
""",
    items={u: "pending" for u in T[1:]},
)

case(
    name="tiktok-hedged-may-have",
    outcome="review",
    review="not_understood",
    imitates="TikTok agent's interim reply with hedged observations",
    why="'May already have been removed' and 'appears to be no longer available' are hedges, not statements.",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Tue, 10 Sep 2024 09:30:00 +0000",
    subject="Re: KCSC-240906-04",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""
Hi,

A quick note while we check the rest: {T[3]} may already have been removed
by its creator, and {T[4]} appears to be no longer available in your region.
We are checking both and will confirm.

TikTok Legal
""",
    items={T[3]: "pending", T[4]: "pending"},
)

case(
    name="tiktok-request-bounced",
    outcome="ignored",
    classification="bounce",
    auth="none",
    imitates="Postfix delivery status notification (unknown recipient) with our request attached",
    why="DSN from our own outbound server; the URLs are only in the returned request.",
    frm="MAILER-DAEMON@out.kcsc.example", name_from="Mail Delivery System",
    date="Fri, 6 Sep 2024 05:20:40 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_0906_B1"

--dsn_0906_B1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host out.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host mx.tiktok.com[203.0.113.44] said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: User unknown

--dsn_0906_B1
Content-Type: message/delivery-status

Reporting-MTA: dns; out.kcsc.example
Arrival-Date: Fri,  6 Sep 2024 14:20:31 +0900 (KST)

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@tiktok.com>: Recipient address rejected: User unknown

--dsn_0906_B1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: KCSC-240906-04 removal request
Message-ID: <{mid("KCSC-240906-04")}@kcsc.example>
Date: Fri, 6 Sep 2024 14:20:00 +0900
Content-Type: text/plain; charset=utf-8

""" + "\n".join(REQ_T) + """

--dsn_0906_B1--
""",
)

case(
    name="snapchat-wrong-platform",
    outcome="review",
    review="wrong_platform",
    imitates="Snap legal reply to a request sent to the wrong platform",
    why="Snap states it could not locate two TikTok URLs on Snapchat: a statement about another platform's items.",
    frm="legal@snap.com", name_from="Snap Legal",
    date="Mon, 9 Sep 2024 18:00:00 +0000",
    subject="Re: KCSC-240906-04 removal request",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""
Hello,

We received your request KCSC-240906-04. We could not locate the following
content on Snapchat:

{T[1]}
{T[2]}

These links point to another service, so Snap is not able to take any action
on them.

Snap Legal
""",
    items={T[1]: "pending", T[2]: "pending"},
)

# ======================================================================
# Reddit (KCSC-240909-05, 2 items; the first has a Korean path)
# ======================================================================
case(
    name="reddit-korean-path-raw",
    outcome="applied",
    imitates="Reddit Safety/legal outcome for a reported post",
    why="Raw Korean-path URL removed by Reddit; the other post reviewed, no violation (rejected).",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 20:00:00 +0000",
    subject="Re: KCSC-240909-05",
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""
Hi there,

Thanks for your report. The post {R1_RAW} has been removed by Reddit's Safety
team for violating our Content Policy.

After review, we've determined that {R[2]} doesn't violate Reddit's Content
Policy or the law you referenced, so we won't be taking action on it.

Reddit Legal
""",
    items={R[1]: "removed", R[2]: "rejected"},
)

case(
    name="reddit-angle-brackets-geo",
    outcome="applied",
    imitates="Reddit legal reply for a geo-restriction (content restricted in a country)",
    why="URL in angle brackets, restricted for users in South Korea.",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 21:10:00 +0000",
    subject="Re: KCSC-240909-05",
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""
Hello,

We have restricted access to <{R[2]}> for users in South Korea, in line
with our approach to valid requests based on local law.

Reddit Legal
""",
    items={R[2]: "restricted"},
)

case(
    name="reddit-encoded-url-in-parentheses",
    outcome="applied",
    imitates="Reddit admin reply with the percent-encoded URL in parentheses",
    why="Percent-encoded URL inside parentheses followed by a full stop; removed by Reddit admins.",
    frm="noreply@redditmail.com", name_from="Reddit",
    date="Sat, 14 Sep 2024 00:45:00 +0000",
    subject="Update on your report (KCSC-240909-05)",
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""
Hi,

Thanks for reporting this. Reddit admins have removed the post you reported
({R[1]}).

You can read more about how Reddit enforces its policies at
https://support.reddithelp.com/hc/en-us/articles/360043513151

- Reddit Safety
""",
    items={R[1]: "removed"},
)

case(
    name="reddit-moderator-gmail",
    outcome="review",
    review="unknown_sender",
    auth="none",
    imitates="Volunteer subreddit moderator answering from a personal address",
    why="A moderator writes from gmail.com, not from Reddit: not a platform statement.",
    frm="seoulplug.mods@gmail.com", name_from="r/seoulplug mod team",
    date="Wed, 11 Sep 2024 13:13:00 +0000",
    subject="Re: KCSC-240909-05",
    body=f"""
Hello,

I'm one of the moderators of r/seoulplug. Reddit admins passed your message
on to us. I removed the post {R1_RAW} and banned the user who made it.

Regards,
u/hangang_mod
""",
    items={R[1]: "pending"},
)

case(
    name="reddit-legal-receipt",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Reddit legal request auto-acknowledgement with case number",
    why="Receipt with a case number and a promise to review; nothing about any item.",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date="Mon, 9 Sep 2024 01:06:00 +0000",
    subject="[Case 08-2291-KR] We received your request KCSC-240909-05",
    reply_to_req=mid("KCSC-240909-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for contacting Reddit Legal.

This confirms that we have received your request KCSC-240909-05. Your case
number is 08-2291-KR. We will review your request and respond as soon as we
can. Please quote the case number in any further correspondence.

Reddit Legal
""",
)

# ======================================================================
# Discord (KCSC-240910-06, 1 item)
# ======================================================================
case(
    name="discord-sole-statement",
    outcome="applied",
    imitates="Discord Trust & Safety ticket reply ('the server you reported has been removed')",
    why="Names no URL but answers a one-item request in its thread: the server was removed.",
    frm="safety@discord.com", name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 17:00:00 +0000",
    subject="Re: [KCSC-240910-06] Removal request",
    reply_to_req=mid("KCSC-240910-06"),
    body="""
Hi there,

Thanks for flagging this to us. Our Safety team investigated the server you
reported, and it has been removed from Discord for violating our Community
Guidelines.

Best,
Discord Trust & Safety
""",
    items={D[1]: "removed"},
)

case(
    name="discord-invite-invalid",
    outcome="applied",
    imitates="Discord Trust & Safety reply about an expired invite link",
    why="The invite is invalid/expired and leads to no server: not_found.",
    frm="safety@discord.com", name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 15:25:00 +0000",
    subject="Re: [KCSC-240910-06] Removal request",
    reply_to_req=mid("KCSC-240910-06"),
    body=f"""
Hello,

The invite {D[1]} is invalid: it has expired and does not lead to any server,
so there was nothing for us to review or action.

If you have a message link or a server ID, please send a new report through
https://dis.gd/request

Discord Trust & Safety
""",
    items={D[1]: "not_found"},
)

case(
    name="discord-ticket-receipt",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Discord support (Zendesk) 'your request has been received' email",
    why="Pure ticket receipt.",
    frm="noreply@discord.com", name_from="Discord",
    date="Tue, 10 Sep 2024 07:31:00 +0000",
    subject="[Discord] Re: [KCSC-240910-06] Removal request - Request #4471203",
    reply_to_req=mid("KCSC-240910-06"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (4471203) has been received and is being reviewed by our Trust
& Safety team.

To add additional comments, reply to this email.

Discord
""",
)

case(
    name="pinterest-no-claims",
    outcome="review",
    review="no_claims",
    imitates="Pinterest generic report outcome ('we took action where it went against our guidelines')",
    why="Trusted Pinterest mail naming no URL and no request of ours (we have none with Pinterest).",
    frm="no-reply@pinterest.com", name_from="Pinterest",
    date="Sun, 15 Sep 2024 04:04:04 +0000",
    subject="Update on your report",
    body="""
Hi there,

Thanks for your report. We've reviewed the Pins you flagged and have taken
action where they went against our Community Guidelines.

Reports like yours help keep Pinterest a positive place.

The Pinterest Team
""",
)

# ======================================================================
# Twitch (KCSC-240911-07, 3 items)
# ======================================================================
case(
    name="twitch-enforcement-url-below",
    outcome="applied",
    imitates="Twitch enforcement outcome email (URL on the line below each statement)",
    why="Each statement ends in ':' with its URL on the next line: VOD removed, channel suspended, clip no violation.",
    frm="safety@twitch.tv", name_from="Twitch Safety",
    date="Mon, 16 Sep 2024 19:19:00 +0000",
    subject="Re: KCSC-240911-07 illegal casino streams",
    reply_to_req=mid("KCSC-240911-07"),
    body=f"""
Hello,

Thank you for your report. We've removed the following VOD for violating our
Community Guidelines on gambling:
{W[1]}

The channel below has been indefinitely suspended:
{W[2]}

We reviewed the following clip and found no violation, so it remains
available:
{W[3]}

Twitch Safety
""",
    items={W[1]: "removed", W[2]: "removed", W[3]: "rejected"},
)

text_w = (
    "Hello,\n\nHere is the result of our review for request KCSC-240911-07:\n\n"
    f"{W[3]}  Made unavailable in South Korea (geo-restricted)\n"
    f"{W[2]}  No action - no violation found\n\nTwitch Legal\n"
)
html_w = f"""<html><body>
<p>Hello,</p>
<p>Here is the result of our review for request KCSC-240911-07:</p>
<table border="1" cellpadding="3">
<thead><tr><th>Content</th><th>Action taken</th></tr></thead>
<tbody>
<tr><td>{W[3]}</td><td>Made unavailable in South Korea (geo-restricted)</td></tr>
<tr><td>{W[2]}</td><td>No action &ndash; no violation found</td></tr>
</tbody></table>
<p>Twitch Legal</p>
</body></html>"""
case(
    name="twitch-html-table-qp",
    outcome="applied",
    imitates="Twitch legal outcome in an HTML table, multipart/alternative with quoted-printable parts",
    why="Clip geo-restricted in Korea (restricted); channel no violation (rejected).",
    frm="legal@twitch.tv", name_from="Twitch Legal",
    date="Tue, 17 Sep 2024 16:00:00 +0000",
    subject="KCSC-240911-07 - review result",
    reply_to_req=mid("KCSC-240911-07"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="alt_tw_0917"

--alt_tw_0917
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(text_w)}
--alt_tw_0917
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html_w)}
--alt_tw_0917--
""",
    items={W[3]: "restricted", W[2]: "rejected"},
)

case(
    name="twitch-will-take-action",
    outcome="review",
    review="not_understood",
    imitates="Twitch interim reply ('we will take appropriate action')",
    why="Review in progress and a conditional promise; nothing stated about either URL.",
    frm="safety@twitch.tv", name_from="Twitch Safety",
    date="Thu, 12 Sep 2024 12:12:00 +0000",
    subject="Re: KCSC-240911-07 illegal casino streams",
    reply_to_req=mid("KCSC-240911-07"),
    body=f"""
Hi,

We're reviewing {W[1]} and {W[2]} and will take appropriate action where we
find that our Community Guidelines have been violated.

Twitch Safety
""",
    items={W[1]: "pending", W[2]: "pending"},
)

case(
    name="twitch-out-of-office-quoting",
    outcome="ignored",
    classification="auto_reply",
    imitates="Gmail vacation responder from a Twitch legal staffer, quoting our request",
    why="Vacation auto-reply; the URLs only appear in the quoted request.",
    frm="a.lindqvist@twitch.tv", name_from="Anna Lindqvist",
    date="Wed, 11 Sep 2024 04:00:05 +0000",
    subject="Out of office Re: KCSC-240911-07 illegal casino streams",
    reply_to_req=mid("KCSC-240911-07"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: bulk"],
    body=f"""
Hi, I'm on leave until 23 September and won't be checking email. For legal
matters please write to legal@twitch.tv.

Anna

On Wed, Sep 11, 2024 at 1:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REQ_W)}
""",
)

# ======================================================================
HEADER = """# blind676: English notices from many platforms (X, YouTube, Meta, TikTok,
# Reddit, Discord, Twitch; mail from Snapchat and Pinterest too).
# Written by tests/corpus/blind676/make.py; expected results written from
# each email's meaning before the reader was run. Each case is judged alone
# on a fresh ledger holding requests.csv."""


def main():
    write_requests()
    # map friendly keys to corpuslib's
    out = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("frm")
        out.append(c)
    corpuslib.write_set(HERE, SET, HEADER, out)


if __name__ == "__main__":
    main()
