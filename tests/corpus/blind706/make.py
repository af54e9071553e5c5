#!/usr/bin/env python3
"""Blind set 706: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Pinterest, plus Twitch and Snapchat as senders).

Written without reading the reader (src/) or any other corpus set; every
expected result comes from the meaning of the email alone. Deterministic:

    python3 tests/corpus/blind706/make.py

writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind706"

# ---------------------------------------------------------------- requests

X = {
    1: "https://x.com/quiet_orchard77/status/1830412907315221504",
    2: "https://x.com/quiet_orchard77/status/1830413355120984067",
    3: "https://x.com/hanbit_market_k/status/1829987716230041600",
    4: "https://x.com/hanbit_market_k/status/1830001922087534592",
    5: "https://x.com/pale_ferry_22/status/1830156640112394240",
    6: "https://x.com/pale_ferry_22/status/1830160071239090176",
    7: "https://x.com/velvet_kiosk/status/1829761038452311040",
    8: "https://x.com/velvet_kiosk/status/1829764405912109056",
    9: "https://x.com/dawnline_trade/status/1830288819034779648",
    10: "https://x.com/dawnline_trade/status/1830290113374421005",
    11: "https://x.com/copper_lantern_9",
    12: "https://x.com/mint_harbor_k/status/1830500234867200001",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm7tR2xLp0A",
    2: "https://www.youtube.com/watch?v=bV9kW3nHs4E",
    3: "https://www.youtube.com/shorts/Zt5pL8cYq1U",
    4: "https://www.youtube.com/@greyfinch_live",
}
M = {
    1: "https://www.facebook.com/groups/482216093715520/posts/993104772318465/",
    2: "https://www.facebook.com/profile.php?id=100089213745620",
    3: "https://www.instagram.com/p/C9xK2mLqT4e/",
    4: "https://www.instagram.com/reel/C-1bWq7Nf3s/",
    5: "https://www.instagram.com/sunleaf.pharma.kr/",
}
T = {
    1: "https://www.tiktok.com/@mirae.glow.shop/video/7409921356114234631",
    2: "https://www.tiktok.com/@mirae.glow.shop/video/7410015582236429576",
    3: "https://www.tiktok.com/@bluefern_kr",
}
R = {
    1: "https://www.reddit.com/r/koreadealsnow/comments/1f8k2qz/cheap_meds_no_rx/",
    2: "https://www.reddit.com/user/harbor_ghost_91/",
}
D = {1: "https://discord.gg/Vq8nRx2T"}
P = {
    1: "https://www.pinterest.com/pin/1093826517382214501/",
    2: "https://www.pinterest.com/jadecrane_store/",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     X, "illegal_goods", "online drug and counterfeit sales"),
    ("KCSC-240903-02", "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     Y, "illegal_goods", "regulated medicines advertised in videos"),
    ("KCSC-240904-03", "meta", "2024-09-04T10:00:00+09:00", "2024-09-11T23:59:59+09:00",
     M, "illegal_goods", "Facebook and Instagram drug sellers"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T10:00:00+09:00", "2024-09-12T23:59:59+09:00",
     T, "illegal_goods", "diet pill videos"),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:00:00+09:00", "2024-09-13T23:59:59+09:00",
     R, "illegal_goods", "prescription drugs without prescription"),
    ("KCSC-240906-06", "discord", "2024-09-06T11:00:00+09:00", "2024-09-13T23:59:59+09:00",
     D, "illegal_goods", "server trading counterfeit IDs"),
    ("KCSC-240909-07", "pinterest", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     P, "illegal_goods", "pins advertising unlicensed cosmetics"),
]


def mid(ref):
    return ref + "@kcsc.example"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for k in sorted(urls):
                w.writerow([ref, plat, sent, due, urls[k], cat, mid(ref), note])


# ---------------------------------------------------------------- MIME helpers

def qp_part(text, ctype="text/plain"):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc.rstrip("\n") + "\n")


def b64_lines(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n") + "\n"


def b64_part(text, ctype="text/plain", extra=""):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n" + extra + "\n" + b64_lines(text.encode("utf-8")))


def plain_part(text, ctype="text/plain"):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n" + text.strip("\n") + "\n")


def multipart(kind, boundary, parts, extra_params=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra_params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


REQ_BODY_X = "\n".join(f"{k}. {X[k]}" for k in sorted(X))

# ---------------------------------------------------------------- cases

CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= X (KCSC-240902-01, 12 items) =======================

case(
    name="x-legal-withheld-kr-numbered",
    date="Wed, 04 Sep 2024 06:12:41 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req="KCSC-240902-01",
    body=f"""
Hello,

We have reviewed your legal request (reference KCSC-240902-01) under our
Country Withheld Content policy.

The following posts have been withheld in South Korea in response to your
request:

1. {X[1]}
2. {X[2]}
3. {X[3]}
4. {X[4]}

The posts remain visible outside South Korea. Where permitted, the account
holders have been notified of this action.

We are still reviewing the remaining URLs in your request and will respond
about them separately.

More about withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome (Country Withheld Content notice)",
    why="four named posts stated withheld in South Korea; the rest explicitly still under review",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "restricted", X[4]: "restricted"},
)

case(
    name="x-html-table-mixed",
    date="Thu, 05 Sep 2024 02:40:10 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Case update: KCSC-240902-01",
    raw_mime=multipart("alternative", "==x706table==", [
        plain_part(f"""
Hello,

Please find below the outcome for the reported posts.

{X[5]} - Removed (violation of the X Rules: illegal or certain regulated goods)
{X[6]} - Withheld in KR
{X[7]} - No action: no violation of the X Rules found and the request did not establish illegality in KR
{X[8]} - Not found: the post does not exist

X Legal
"""),
        plain_part(f"""
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>Please find below the outcome for the reported posts.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td><a href="{X[5]}">{X[5]}</a></td><td>Removed (violation of the X Rules: illegal or certain regulated goods)</td></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>Withheld in KR</td></tr>
<tr><td><a href="{X[7]}">{X[7]}</a></td><td>No action: no violation of the X Rules found and the request did not establish illegality in KR</td></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Not found: the post does not exist</td></tr>
</table>
<p>X Legal</p>
</body></html>
""", "text/html"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="X legal outcome table (multipart/alternative, HTML table)",
    why="one row per post: removed, withheld in KR, no action with reason, does not exist",
    items={X[5]: "removed", X[6]: "restricted", X[7]: "rejected", X[8]: "not_found"},
)

case(
    name="x-account-suspended-url-then-status",
    date="Fri, 06 Sep 2024 09:03:27 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    body=f"""
Hello,

Thank you for your report regarding request KCSC-240902-01.

{X[11]}
Status: Account suspended - violation of the X Rules (illegal or certain regulated goods or services)

Suspended accounts are not viewable on X. For information about our range of
enforcement options, see https://help.x.com/en/rules-and-policies/enforcement-options

Regards,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support reply, URL on its own line with the status line below",
    why="the account is stated suspended (not viewable): removed; the help link is not an item",
    items={X[11]: "removed"},
)

case(
    name="x-toppost-over-quoted-request",
    date="Fri, 06 Sep 2024 11:20:55 +0000",
    **{"from": "mina.cho@x.com"}, name_from="Mina Cho",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req="KCSC-240902-01",
    body=f"""
Hi KCSC team,

Quick update: we've withheld {X[9]} in Korea today. The others in your
list are with the team and I'll come back to you on those.

Best,
Mina
Global Government Affairs, X Corp.

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X,
>
> Under Article 44-7 of the Information and Communications Network Act we
> request that you remove or block the following content:
>
""" + "\n".join("> " + line for line in REQ_BODY_X.splitlines()) + """
>
> Please reply stating the action taken for each URL.
>
> KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="X government affairs staff reply, Gmail-style top post over the quoted request",
    why="only the post named above the quote is withheld in Korea; the quoted list states nothing",
    items={X[9]: "restricted"},
)

CSV_X = (
    "reported_url,action_taken,scope,notes\n"
    f"{X[1]},Withheld,KR,Country Withheld Content\n"
    f"{X[3]},None,,Post does not exist\n"
    f"{X[10]},Removed,Global,Violation of the X Rules\n"
    f"{X[12]},No action,,No violation of the X Rules or local law identified\n"
)
case(
    name="x-csv-attachment",
    date="Mon, 09 Sep 2024 04:15:00 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="KCSC-240902-01 - outcome report",
    raw_mime=multipart("mixed", "----=_Part_706_2209", [
        plain_part("""
Hello,

Attached is the outcome for each URL we have processed so far under your
request KCSC-240902-01. One row per URL.

X Legal
"""),
        "Content-Type: text/csv; charset=utf-8; name=\"outcome_KCSC-240902-01.csv\"\n"
        "Content-Disposition: attachment; filename=\"outcome_KCSC-240902-01.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n" + b64_lines(CSV_X.encode("utf-8")),
    ]),
    outcome="applied", classification="confirmation",
    imitates="X legal outcome report as a CSV attachment",
    why="CSV rows: withheld KR, post does not exist, removed, no action",
    items={X[1]: "restricted", X[3]: "not_found", X[10]: "removed", X[12]: "rejected"},
)

case(
    name="x-echoed-report",
    date="Tue, 10 Sep 2024 01:07:33 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Update on your report LGL-4471920385",
    body=f"""
Hello,

We're writing with an update on the report you submitted.

--- Your report ---
Report ID: LGL-4471920385
Submitted by: Korea Communications Standards Commission
Reference: KCSC-240902-01
Reported content:
  {X[5]}
  {X[6]}
Legal basis cited: Article 44-7, Information and Communications Network Act
-------------------

Our decision:

After review, we have withheld {X[5]} in South Korea under our Country
Withheld Content policy.

We did not take action on {X[6]}. We reviewed it against the X Rules and the
legal demand provided; it does not violate our policies and the request did
not establish that it is unlawful in Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal decision email that echoes the submitted report before the decision",
    why="echoed report lists both URLs; the decision withholds one in KR and refuses the other with a reason",
    items={X[5]: "restricted", X[6]: "rejected"},
)

case(
    name="x-dsa-sor-fields",
    date="Wed, 11 Sep 2024 13:44:02 +0000",
    **{"from": "noreply-legal@x.com"}, name_from="X",
    subject="Decision on your notice - KCSC-240902-01",
    body=f"""
Decision on the content you reported

Decision ID: 5c1e0d7a-93b2-4f6e-8c4a-2be7f01d66a9
Your reference: KCSC-240902-01
Content: {X[12]}
Date of decision: 11 September 2024
Type of restriction: Visibility - content withheld in the following
territory: KR
Ground for decision: Illegal content under the law of the Republic of Korea
Facts relied on: notice submitted by a government authority
Automated means used: No

The post remains available in other territories. The account holder may
seek redress through our appeal process.

X
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons laid out as fields (X)",
    why="restriction field says withheld in KR for the one named post",
    items={X[12]: "restricted"},
)

case(
    name="x-wrapped-angle-url",
    date="Thu, 12 Sep 2024 07:30:18 +0000",
    **{"from": "dylan.reyes@x.com"}, name_from="Dylan Reyes",
    subject="RE: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req="KCSC-240902-01",
    body="""
Hello,

Following up on your request: the post at <https://x.com/dawnline_trade/status/
1830290113374421005> has been removed for violating the X Rules on illegal
or certain regulated goods and services.

Kind regards,
Dylan Reyes
Legal Operations, X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="staff reply with a URL in angle brackets wrapped by the mail client (RFC 3986 appendix C)",
    why="the wrapped URL in angle brackets is one post, stated removed",
    items={X[10]: "removed"},
)

case(
    name="x-promise-will-withhold",
    date="Wed, 04 Sep 2024 08:55:12 +0000",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req="KCSC-240902-01",
    body=f"""
Hello,

Thanks for your legal request. We are reviewing the posts below and will
withhold them in South Korea if we determine that they violate local law:

- {X[7]}
- {X[8]}

We will follow up once a decision has been made.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising a decision",
    why="a conditional promise about two named posts is no statement; they stay pending",
    items={X[7]: "pending", X[8]: "pending"},
)

case(
    name="x-conditional-suspension",
    date="Thu, 05 Sep 2024 10:11:09 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    body=f"""
Hello,

We have notified the holder of the account {X[11]} about your request.
If the reported content is not deleted by the account holder within 48
hours, we will withhold the account in South Korea.

Regards,
X Support
""",
    outcome="review", review="not_understood",
    imitates="X support reply announcing a user-notice period before action",
    why="withholding is conditional and future; the account stays pending",
    items={X[11]: "pending"},
)

case(
    name="x-dmarc-fail",
    date="Fri, 06 Sep 2024 03:02:44 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    body=f"""
Hello,

The post {X[2]} has been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal one-liner whose authentication failed (DKIM fail, DMARC fail)",
    why="claims to be from x.com but fails DMARC; nothing may change",
    items={X[2]: "pending"},
)

case(
    name="lawfirm-for-account-holder",
    date="Mon, 09 Sep 2024 05:20:00 +0000",
    **{"from": "jh.seo@hanmaru-law.example"}, name_from="Seo Jaehyun (Hanmaru Law)",
    subject="KCSC-240902-01 - posts by @hanbit_market_k",
    body=f"""
Dear Sir or Madam,

We act for the operator of the X account @hanbit_market_k, whose posts are
listed in your request KCSC-240902-01.

Our client has deleted the following posts and asks that the matter be
closed:

{X[3]}
{X[4]}

Yours faithfully,
Seo Jaehyun
Hanmaru Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the account holder's law firm",
    why="a statement about X posts from a sender that is no platform",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="x-out-of-office",
    date="Mon, 02 Sep 2024 01:05:00 +0000",
    **{"from": "jordan.ames@x.com"}, name_from="Jordan Ames",
    subject="Automatic reply: [KCSC-240902-01] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req="KCSC-240902-01",
    body="""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email. Legal requests are handled by the team at
legal@x.com; please contact them for anything urgent.

Jordan
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
)

# ======================= YouTube (KCSC-240903-02, 4 items) ==================

case(
    name="yt-legal-removed-and-blocked-kr",
    date="Thu, 05 Sep 2024 07:45:19 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req="KCSC-240903-02",
    body=f"""
Hello,

Thank you for contacting YouTube Legal Support regarding KCSC-240903-02.

After reviewing the content you identified, we have taken the following
action:

- {Y[1]} - removed for violating YouTube's Community Guidelines (sale of
  illegal or regulated goods).
- {Y[2]} - blocked from view in South Korea in line with local law.

We have not yet completed our review of the remaining URLs in your notice
and will follow up separately.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome (removed globally / blocked locally)",
    why="one video removed, one blocked in South Korea; the rest explicitly not decided",
    items={Y[1]: "removed", Y[2]: "restricted"},
)

case(
    name="yt-channel-terminated-short-rejected",
    date="Fri, 06 Sep 2024 05:30:41 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240903-02] Request for removal of illegal content",
    body=f"""
Hello,

The channel {Y[4]} has been terminated for repeated violations of our
spam, deceptive practices and scams policies.

Regarding {Y[3]}: we reviewed this Short and did not find a violation of
our Community Guidelines. We also did not find a sufficient legal basis to
restrict it locally, so it remains available on YouTube.

If you have additional information that could help us reassess, you can
submit a new notice through our legal webform:
https://support.google.com/legal/answer/3110420

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome: channel termination plus a refusal with reasons",
    why="channel terminated: removed; the Short refused with its reason: rejected; webform link is no item",
    items={Y[4]: "removed", Y[3]: "rejected"},
)

QP_YT = f"""Hello,

After reviewing your notice (KCSC-240903-02), we have applied an age restriction to the following Short. Viewers must be signed in and confirm that they are 18 or older to watch it, and it cannot be viewed in Restricted Mode or embedded on most third-party websites: {Y[3]}

Learn more about age-restricted content: https://support.google.com/youtube/answer/2802167

The YouTube Team
"""
case(
    name="yt-qp-age-restricted",
    date="Sat, 07 Sep 2024 00:12:09 +0000",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    subject="Update on your notice KCSC-240903-02",
    raw_mime=qp_part(QP_YT),
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice, quoted-printable with long soft-wrapped lines",
    why="the Short is stated age-restricted: restricted",
    items={Y[3]: "restricted"},
)

case(
    name="yt-url-below-statement",
    date="Mon, 09 Sep 2024 08:01:56 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240903-02] Request for removal of illegal content",
    body=f"""
Hello,

The following video was removed from YouTube for violating our policy on the
sale of illegal or regulated goods:

{Y[2]}

We were unable to locate the following video. The link is invalid or the
video no longer exists on YouTube:

{Y[1]}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply with each URL on the line below its statement",
    why="first URL removed, second could not be located",
    items={Y[2]: "removed", Y[1]: "not_found"},
)

case(
    name="yt-outlook-top-reply",
    date="Tue, 10 Sep 2024 06:26:30 +0000",
    **{"from": "dwhitfield@google.com"}, name_from="Dana Whitfield",
    subject="RE: [KCSC-240903-02] Request for removal of illegal content",
    body=f"""
Hi KCSC team,

Update on your notice:
{Y[1]} has been removed.
{Y[4]} - we could not find a channel at this address; the handle does not
exist.

Best,
Dana
YouTube Legal Support, Google LLC

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal-kr@google.com
Subject: [KCSC-240903-02] Request for removal of illegal content

Dear YouTube,

We request that you remove or block the following content, which advertises
regulated medicines for sale without a licence:

1. {Y[1]}
2. {Y[2]}
3. {Y[3]}
4. {Y[4]}

Please reply stating the action taken for each URL.

KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Google staff reply in Outlook, top-posted over the -----Original Message----- block",
    why="above the quote: one video removed, the channel handle does not exist; quoted list states nothing",
    items={Y[1]: "removed", Y[4]: "not_found"},
)

case(
    name="yt-under-review-hedge",
    date="Wed, 04 Sep 2024 09:14:00 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240903-02] Request for removal of illegal content",
    body=f"""
Hello,

Thanks for your patience. The following items are still under review by our
legal team:

{Y[1]}
{Y[2]}

From an initial check, the first video appears to have been taken down by
the uploader, but we have not been able to confirm this yet. We will write
again once our review is complete.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim status reply",
    why="'under review' and 'appears to have been taken down' are no statements",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="twitch-about-youtube-channel",
    date="Sun, 08 Sep 2024 18:40:11 +0000",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    subject="Re: Channel greyfinch_live",
    body=f"""
Hi,

Thanks for letting us know. The streamer behind the channel you listed
({Y[4]}) also streams on Twitch, and we have indefinitely suspended the
channel for violating our Community Guidelines.

Twitch Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="Twitch Trust & Safety report outcome",
    why="Twitch states a suspension while naming a YouTube channel; Twitch cannot speak for YouTube",
    items={Y[4]: "pending"},
)

case(
    name="yt-legal-autoack",
    date="Tue, 03 Sep 2024 01:00:47 +0000",
    **{"from": "legal-notices@google.com"}, name_from="Google Legal Support",
    subject="[KCSC-240903-02] We have received your legal notice",
    body="""
Thank you for your submission to Google.

This is an automated confirmation that we have received your legal notice
with the reference KCSC-240903-02. Your notice has been assigned ID
7-1840027341563. Please do not reply to this email.

Google Legal Support
""",
    outcome="ignored",
    imitates="Google legal webform automated confirmation",
    why="automated receipt: no statement about any item",
)

# ======================= Meta (KCSC-240904-03, 5 items) =====================

SOR_META = f"""Meta Platforms Ireland Limited
Notice of action taken - statement of reasons

Your report reference: KCSC-240904-03
Our reference: 1187734420019

We reviewed the following Instagram content you reported:
{M[3]}

Decision: We removed this content.
Reason: It goes against our Community Guidelines on restricted goods and
services (pharmaceutical drugs).
How we made this decision: The content was reviewed by our team. No
automated decision-making was used.
Your options: The person who posted the content may appeal. Information on
out-of-court dispute settlement bodies is available at
https://www.facebook.com/help/contact/dsa-redress

Meta
"""
case(
    name="meta-dsa-sor-base64",
    date="Fri, 06 Sep 2024 12:00:03 +0000",
    **{"from": "noreply@support.facebook.com"}, name_from="Meta",
    subject="Action taken on your report (KCSC-240904-03)",
    raw_mime=b64_part(SOR_META),
    outcome="applied", classification="confirmation",
    imitates="Meta DSA statement of reasons / notice of action, base64 body",
    why="one named Instagram post: 'We removed this content'",
    items={M[3]: "removed"},
)

HTML_META = f"""<html><body>
<p>Dear KCSC,</p>
<p>We have completed our review of your request <b>KCSC-240904-03</b> under the laws of the Republic of Korea.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<thead><tr><th>Content</th><th>Outcome</th></tr></thead>
<tbody>
<tr><td>{M[1]}</td><td>Access restricted in South Korea</td></tr>
<tr><td>{M[2]}</td><td>Access restricted in South Korea</td></tr>
<tr><td>{M[5]}</td><td>No action: not found to violate our Community Standards or local law</td></tr>
</tbody></table>
<p>Restricted content remains available outside South Korea. See <a href="https://transparency.meta.com/reports/content-restrictions/">our content restrictions report</a>.</p>
<p>Meta Content Restrictions Team</p>
</body></html>
"""
case(
    name="meta-legal-restricted-kr-html",
    date="Sat, 07 Sep 2024 03:33:33 +0000",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
    subject="Re: [KCSC-240904-03] Request for removal of illegal content",
    raw_mime=plain_part(HTML_META, "text/html"),
    outcome="applied", classification="confirmation",
    imitates="Meta local-law content restriction outcome (HTML table only)",
    why="two items restricted in South Korea, one refused with its reason; transparency link is no item",
    items={M[1]: "restricted", M[2]: "restricted", M[5]: "rejected"},
)

case(
    name="meta-ig-reel-angle-brackets",
    date="Sun, 08 Sep 2024 22:10:50 +0000",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    subject="We removed the reel you reported",
    body=f"""
Hi KCSC,

Thanks for your report (KCSC-240904-03). We removed the reel you reported
<{M[4]}> because it goes against our Community Guidelines on buying and
selling regulated goods.

Reports like yours help keep Instagram safe.

The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'we removed the content you reported' notice",
    why="the named reel (URL in angle brackets) was removed",
    items={M[4]: "removed"},
)

case(
    name="meta-ack-plus-outcome",
    date="Thu, 05 Sep 2024 04:04:04 +0000",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
    subject="Re: [KCSC-240904-03] Request for removal of illegal content",
    body=f"""
Hello,

Thanks for your report. We've received it and assigned it case number
5529013387461.

We have already reviewed the first item in your list:
{M[1]} has been removed because it violates our Community Standards on
restricted goods and services.

The remaining items are still being reviewed and we will let you know the
outcome.

Meta Legal Requests
""",
    outcome="applied", classification="confirmation",
    imitates="Meta case receipt that already carries one decision",
    why="acknowledgement wording, but the group post is stated removed without hedge",
    items={M[1]: "removed"},
)

case(
    name="meta-bulk-all-removed",
    date="Mon, 09 Sep 2024 09:09:09 +0000",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
    subject="Re: [KCSC-240904-03] Request for removal of illegal content",
    reply_to_req="KCSC-240904-03",
    body="""
Hello,

We have reviewed all five items in your report KCSC-240904-03 and removed
all of the reported content for violating our Community Standards.

Meta Legal Requests
""",
    outcome="review", review="bulk",
    imitates="Meta blanket outcome for a multi-item report",
    why="one statement for a five-item request without naming each item",
    items={M[1]: "pending", M[2]: "pending", M[3]: "pending", M[4]: "pending", M[5]: "pending"},
)

case(
    name="meta-asks-court-order",
    date="Fri, 06 Sep 2024 01:30:00 +0000",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
    subject="Re: [KCSC-240904-03] Additional information needed",
    body=f"""
Hello,

Before we can act on {M[2]} we need more information. Please reply with a
copy of the decision or order on which your request is based, and the
specific provision of Korean law that the profile is alleged to violate.

Once we receive this, we will continue our review.

Meta Legal Requests
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Meta legal request for supporting documents",
    why="asks for the order and legal basis before deciding; the profile stays pending",
    items={M[2]: "pending"},
)

case(
    name="meta-mdn-read",
    date="Wed, 04 Sep 2024 02:15:22 +0000",
    **{"from": "kwang.lee@meta.com"}, name_from="Kwang Lee",
    subject="Read: [KCSC-240904-03] Request for removal of illegal content",
    raw_mime=multipart("report", "mdn706meta", [
        plain_part("""
Your message

  To: legal-requests@meta.com
  Subject: [KCSC-240904-03] Request for removal of illegal content
  Sent: Wednesday, September 4, 2024 10:00:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 11:15:20 AM (UTC+09:00) Seoul.
"""),
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: kwang.lee-mbp.meta.com; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822;kwang.lee@meta.com\n"
        "Original-Message-ID: <KCSC-240904-03@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ], "; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt states nothing",
)

# ======================= TikTok (KCSC-240905-04, 3 items) ===================

case(
    name="tiktok-report-outcomes-three",
    date="Sat, 07 Sep 2024 08:18:41 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust and Safety",
    subject="Re: [KCSC-240905-04] Request for removal of illegal content",
    reply_to_req="KCSC-240905-04",
    body=f"""
Hello,

Thank you for your report (KCSC-240905-04). Our Trust and Safety team has
completed its review:

1. {T[1]}
   Result: Removed - violates our Community Guidelines (regulated goods).
2. {T[2]}
   Result: Video unavailable - it was deleted by the creator before our
   review.
3. {T[3]}
   Result: Account banned.

Kind regards,
TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report result list (numbered, result on the line below)",
    why="removed; deleted by its creator before review (not_found); account banned (removed)",
    items={T[1]: "removed", T[2]: "not_found", T[3]: "removed"},
)

case(
    name="tiktok-fullwidth-paren-restricted",
    date="Mon, 09 Sep 2024 02:02:02 +0000",
    **{"from": "jiwoo.han@tiktok.com"}, name_from="Jiwoo Han",
    subject="Re: [KCSC-240905-04] Request for removal of illegal content",
    body=f"""
Dear KCSC,

Regarding the account you reported（{T[3]}）, access to this account has
been restricted in South Korea in accordance with local law.

Best regards,
Jiwoo Han
Government Relations, TikTok Korea
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea staff reply, URL inside full-width parentheses",
    why="the account is restricted in South Korea",
    items={T[3]: "restricted"},
)

HTML_TT = f"""<html><body>
<p>Hello,</p>
<p>Here are the results for the content in your report KCSC-240905-04:</p>
<table>
<tr><td style="padding:4px"><a href="{T[1]}">{T[1]}</a></td><td style="padding:4px">Removed</td></tr>
<tr><td style="padding:4px"><a href="{T[2]}">{T[2]}</a></td><td style="padding:4px">Restricted in your country/region (KR)</td></tr>
</table>
<p>TikTok Trust and Safety</p>
</body></html>
"""
case(
    name="tiktok-html-table",
    date="Tue, 10 Sep 2024 10:10:10 +0000",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    subject="Results of your report KCSC-240905-04",
    raw_mime=multipart("alternative", "tt706alt", [
        qp_part(f"""Hello,

Here are the results for the content in your report KCSC-240905-04:

{T[1]}    Removed
{T[2]}    Restricted in your country/region (KR)

TikTok Trust and Safety
"""),
        qp_part(HTML_TT, "text/html"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="TikTok report results (multipart/alternative, quoted-printable, HTML table)",
    why="one video removed, one restricted in KR",
    items={T[1]: "removed", T[2]: "restricted"},
)

case(
    name="tiktok-bulk-over-quote",
    date="Wed, 11 Sep 2024 04:44:00 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust and Safety",
    subject="Re: [KCSC-240905-04] Request for removal of illegal content",
    reply_to_req="KCSC-240905-04",
    body="""
Hello,

All of the videos and accounts listed in your request have been removed
from TikTok.

TikTok Trust and Safety

On Thu, Sep 5, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear TikTok,
>
> Please remove or block the following content:
>
> """ + f"""1. {T[1]}
> 2. {T[2]}
> 3. {T[3]}
>
> KCSC Takedown desk
""",
    outcome="review", review="bulk",
    imitates="TikTok blanket reply over the quoted request",
    why="'all ... have been removed' for a three-item request; the URLs appear only in the quote",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending"},
)

case(
    name="tiktok-ticket-receipt",
    date="Thu, 05 Sep 2024 01:01:30 +0000",
    **{"from": "support@tiktok.com"}, name_from="TikTok Support",
    subject="Re: [KCSC-240905-04] Request for removal of illegal content [ticket #2024090512345]",
    body="""
Hello,

We've received your request and created ticket #2024090512345. Our team will
get back to you as soon as possible. Please keep the ticket number in the
subject line if you write to us again.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="pure acknowledgement with a ticket number",
)

# ======================= Reddit (KCSC-240906-05, 2 items) ===================

case(
    name="reddit-safety-actioned",
    date="Sun, 08 Sep 2024 16:20:00 +0000",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    subject="Your report to the Reddit admins (KCSC-240906-05)",
    body=f"""
Hi there,

Thanks for submitting a report to the Reddit admin team (your reference
KCSC-240906-05). After investigating, we've found that the following violate
Reddit's Content Policy and have taken action:

Post: {R[1]}
Action: removed

User: u/harbor_ghost_91 ({R[2]})
Action: account permanently suspended

Thanks again for your report.

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin report-outcome message",
    why="post removed; user account permanently suspended",
    items={R[1]: "removed", R[2]: "removed"},
)

case(
    name="reddit-no-violation-author-deleted",
    date="Tue, 10 Sep 2024 20:05:30 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: [KCSC-240906-05] Request for removal of illegal content",
    body=f"""
Hello,

Thank you for your request. Our findings:

- {R[1]} had already been deleted by its author before we reviewed it, so
  there was nothing left for us to act on.
- We reviewed the account {R[2]} and did not find a violation of Reddit's
  Content Policy. No action was taken.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply: author-deleted post and a refusal",
    why="post deleted by its author (not_found); account reviewed, no violation (rejected)",
    items={R[1]: "not_found", R[2]: "rejected"},
)

DSN_REDDIT = multipart("report", "dsn706reddit", [
    plain_part("""
This is the mail system at host mx3.redditmail.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@reddit.com>: host inbound.reddit.com[198.51.100.77] said: 550 5.1.1
    <legal-kr@reddit.com>: Recipient address rejected: User unknown
"""),
    "Content-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; mx3.redditmail.com\n"
    "Arrival-Date: Fri,  6 Sep 2024 01:00:05 +0000 (UTC)\n\n"
    "Final-Recipient: rfc822; legal-kr@reddit.com\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@reddit.com>: Recipient address rejected: User unknown\n",
    "Content-Type: text/rfc822-headers\n\n"
    "From: KCSC Takedown <takedown@kcsc.example>\n"
    "To: legal-kr@reddit.com\n"
    "Subject: [KCSC-240906-05] Request for removal of illegal content\n"
    "Date: Fri, 06 Sep 2024 10:00:00 +0900\n"
    "Message-ID: <KCSC-240906-05@kcsc.example>\n",
], "; report-type=delivery-status")
case(
    name="reddit-dsn-bounce",
    date="Fri, 06 Sep 2024 01:00:07 +0000",
    **{"from": "MAILER-DAEMON@mx3.redditmail.com"}, name_from="Mail Delivery System", auth="none",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=DSN_REDDIT,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (DSN)",
    why="bounce of our request to a wrong address",
)

# ======================= Discord (KCSC-240906-06, 1 item) ===================

case(
    name="discord-server-removed",
    date="Mon, 09 Sep 2024 21:45:12 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: [KCSC-240906-06] Request for removal of illegal content",
    body=f"""
Hello,

Thank you for reaching out to Discord Trust & Safety. We investigated the
server linked from the invite {D[1]} and removed it from Discord for
violating our Community Guidelines. The invite link no longer works.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome reply",
    why="the server behind the reported invite was removed",
    items={D[1]: "removed"},
)

case(
    name="discord-sole-one-item",
    date="Wed, 11 Sep 2024 17:00:00 +0000",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    subject="Update on your report - KCSC-240906-06",
    reply_to_req="KCSC-240906-06",
    body="""
Hi,

We've reviewed your report and have taken action against the reported
content in line with our Community Guidelines.

Thanks for helping keep Discord safe.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord generic 'we've taken action on your report' notice",
    why="request of one item: a statement about 'the reported content' answers it; actioned means removed",
    items={D[1]: "removed"},
)

case(
    name="discord-zendesk-received",
    date="Fri, 06 Sep 2024 02:12:00 +0000",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    subject="[Discord] Re: [KCSC-240906-06] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (48211) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

Discord Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk ticket receipt (Discord support)",
    why="ticket receipt only",
)

# ======================= Pinterest (KCSC-240909-07, 2 items) ================

case(
    name="pinterest-pin-removed-profile-kept",
    date="Wed, 11 Sep 2024 15:30:00 +0000",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    subject="Re: [KCSC-240909-07] Request for removal of illegal content",
    body=f"""
Hi there,

We've removed the Pin at {P[1]} because it goes against our Community
guidelines on regulated goods.

We also looked at the profile {P[2]}. It doesn't go against our guidelines
and we didn't find it unlawful under the law you cited, so we're leaving it
up.

Thanks,
Pinterest Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Pinterest report outcome (Pin removed, profile left up)",
    why="Pin removed; profile kept with a reason (rejected)",
    items={P[1]: "removed", P[2]: "rejected"},
)

case(
    name="pinterest-gmail-quote-not-found",
    date="Fri, 13 Sep 2024 03:25:00 +0000",
    **{"from": "ana.ortiz@pinterest.com"}, name_from="Ana Ortiz",
    subject="Re: [KCSC-240909-07] Request for removal of illegal content",
    reply_to_req="KCSC-240909-07",
    body=f"""
Hi,

The Pin you reported no longer exists on Pinterest; it was deleted by the
Pinner before our review:
{P[1]}

Ana

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Pinterest,
>
> Please remove the following content:
> 1. {P[1]}
> 2. {P[2]}
>
> KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Pinterest staff Gmail reply over the quoted request",
    why="the Pin was deleted by its author: not_found; the profile appears only in the quote",
    items={P[1]: "not_found"},
)

case(
    name="staff-forward-pinterest",
    date="Sat, 14 Sep 2024 00:40:00 +0000",
    **{"from": "mpark@kcsc.example"}, name_from="Minji Park",
    subject="Fwd: Your report KCSC-240909-07",
    body=f"""
FYI - Pinterest answered to my own address instead of the desk.

---------- Forwarded message ---------
From: Pinterest Trust & Safety <legal@pinterest.com>
Date: Fri, Sep 13, 2024 at 6:02 PM
Subject: Your report KCSC-240909-07
To: Minji Park <mpark@kcsc.example>

Hi there,

The profile {P[2]} has been deactivated for going against our Community
guidelines.

Pinterest Trust & Safety
""",
    outcome="review", review="forwarded",
    imitates="colleague forwarding a platform reply (Gmail forward)",
    why="the statement is inside a forward by our own staff, not from Pinterest itself",
    items={P[2]: "pending"},
)

case(
    name="pinterest-noreply-autoreply",
    date="Mon, 09 Sep 2024 01:00:30 +0000",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    subject="Re: [KCSC-240909-07] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hi there,

This mailbox isn't monitored, so replies to this address aren't read. To
report content on Pinterest, please use our help centre:
https://help.pinterest.com/en/article/report-something-on-pinterest

Pinterest
""",
    outcome="ignored", classification="auto_reply",
    imitates="Pinterest no-reply mailbox auto-response",
    why="automatic 'mailbox not monitored' reply; help link is no item",
)

# ======================= Snapchat (no request) ==============================

case(
    name="snapchat-general-no-claims",
    date="Thu, 12 Sep 2024 19:19:19 +0000",
    **{"from": "lawenforcement@snap.com"}, name_from="Snap Law Enforcement Operations",
    subject="Re: Content removal enquiry",
    body="""
Hello,

Thank you for contacting Snap Inc. Most content on Snapchat is ephemeral and
is not publicly accessible by URL. Government agencies that wish to request
removal of public Snapchat content should submit their request through our
Law Enforcement portal at https://lawenforcement.snapchat.com so it can be
tracked and handled by the correct team.

Snap Law Enforcement Operations
""",
    outcome="review", review="no_claims",
    imitates="Snap law-enforcement operations reply pointing to its portal",
    why="trusted platform mail naming no requested item and no request of ours",
)


HEADER = """# blind706: expected results for the blind set written from each email's
# meaning, before any run of the reader. Generated by make.py; do not edit.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
