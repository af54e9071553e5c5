#!/usr/bin/env python3
"""Blind set 712: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Twitch, Discord, Pinterest, Snapchat).

    python3 tests/corpus/blind712/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails. All accounts, ids and URLs are invented.
"""
import base64
import csv
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind712"

# ---------------------------------------------------------------- requests

X = {
    1: "https://x.com/lumen_drift77/status/1830012345678901201",
    2: "https://x.com/lumen_drift77/status/1830012345678901345",
    3: "https://x.com/kettle_orbit/status/1830198765432100011",
    4: "https://x.com/kettle_orbit/status/1830198765432100987",
    5: "https://x.com/pale_arcade_kr/status/1830255500011122233",
    6: "https://x.com/pale_arcade_kr/status/1830255500011122801",
    7: "https://x.com/nocturne_ledger/status/1830301112223334445",
    8: "https://x.com/nocturne_ledger/status/1830301112223339990",
    9: "https://x.com/saltmarsh_99/status/1830407770001112223",
    10: "https://x.com/saltmarsh_99/status/1830407770001119876",
    11: "https://x.com/amberfield_ops/status/1830512340009876543",
    12: "https://x.com/amberfield_ops/status/1830512340009871111",
}
YT = {
    1: "https://www.youtube.com/watch?v=Qm3vT8xLp2A",
    2: "https://www.youtube.com/watch?v=Zr7kW1nHc9E",
    3: "https://www.youtube.com/shorts/Bd4yJ6sPq0U",
}
M = {
    1: "https://www.facebook.com/groups/harborlightmarket/posts/781234509876543/",
    2: "https://www.facebook.com/reel/1098765432101234",
    3: "https://www.instagram.com/p/C9xQ2mLtR4a/",
    4: "https://www.instagram.com/p/C9yZ8bNwK1e/",
    5: "https://www.facebook.com/quietmeadow.trading/posts/pfbid0Zt9LmQw3sHk2",
}
T = {
    1: "https://www.tiktok.com/@moonlit.cargo/video/7410123456789012345",
    2: "https://www.tiktok.com/@moonlit.cargo/video/7410123456789099881",
    3: "https://www.tiktok.com/@grey_tandem/video/7409988776655443322",
    4: "https://www.tiktok.com/@grey_tandem/video/7409988776655440017",
}
R1_RAW = "https://www.reddit.com/r/koreantradingpost/comments/1f8xk2a/계정_판매/"
R = {
    1: "https://www.reddit.com/r/koreantradingpost/comments/1f8xk2a/"
    + urllib.parse.quote("계정_판매") + "/",
    2: "https://www.reddit.com/r/seoulnightlife_unfiltered/comments/1f9ab3c/new_links_inside/",
}
TW1 = "https://www.twitch.tv/videos/2245678901"
DC1 = "https://discord.com/channels/1180012345678901234/1180012345678905678/1281234567890123456"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, msgid-local, note
    ("KCSC-240902-01", "x", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     [X[i] for i in range(1, 13)], "illegal_drug_sale", "req.240902-01", "drug sale posts, 6 accounts"),
    ("KCSC-240903-02", "youtube", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [YT[i] for i in range(1, 4)], "illegal_gambling", "req.240903-02", "gambling promotion videos"),
    ("KCSC-240904-03", "meta", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     [M[i] for i in range(1, 6)], "counterfeit_goods", "req.240904-03", "Facebook and Instagram"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [T[i] for i in range(1, 5)], "illegal_gambling", "req.240905-04", ""),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [R[1], R[2]], "account_trading", "req.240906-05", "slug of first URL is Korean"),
    ("KCSC-240909-06", "twitch", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [TW1], "obscenity", "req.240909-06", "one VOD"),
    ("KCSC-240910-07", "discord", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [DC1], "privacy", "req.240910-07", "message link"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


REQ = {r[0]: r for r in REQUESTS}


def request_body(ref, team):
    urls = REQ[ref][4]
    lines = [
        f"Dear {team},",
        "",
        "The Korea Communications Standards Commission (KCSC) has found that the",
        "content at the addresses below breaches Korean law. We ask that you remove",
        "it or block access to it from Korea.",
        "",
        f"Reference: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += [
        "",
        "Please reply to this email stating the action taken for each address.",
        "",
        "KCSC Takedown Desk",
        "takedown@kcsc.example",
    ]
    return "\n".join(lines)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def alt_qp(plain, html, boundary):
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(plain)}

--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html)}

--{boundary}--
"""


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="x-withheld-kr-bulleted",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 07:12:41 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req.240902-01",
    body=f"""Hello,

We have reviewed your request (reference KCSC-240902-01).

In accordance with applicable local law, X has withheld access in South Korea
to the following posts:

  \u2022 {X[1]}
  \u2022 {X[2]}
  \u2022 {X[5]}

We also reviewed the post below and did not find it to be in violation of the
X Rules or of local law. We have not taken action on it:

  \u2022 {X[9]}

The affected account holders have been notified of the withholding. Learn more
about country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email with 'withheld in country' list and a no-violation paragraph",
    why="three posts withheld in Korea (restricted), one left up because it breaks no rule (rejected)",
    items={X[1]: "restricted", X[2]: "restricted", X[5]: "restricted", X[9]: "rejected"},
)

case(
    name="x-top-posted-two-removed",
    **{"from": "maya.r@x.com"}, name_from="Maya R.",
    date="Thu, 05 Sep 2024 02:03:19 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req.240902-01",
    body=f"""Hi,

Following up on your report: the two posts below by @nocturne_ledger were
removed for violating our rules on illegal and regulated goods.

{X[7]}
{X[8]}

The rest of your request is still with the team.

Regards,
Maya R.
X Legal Operations

On Mon, Sep 2, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_body("KCSC-240902-01", "X Legal team"))}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal staff top-posted reply over the Gmail-quoted request",
    why="two posts named above the quote removed; the quoted request changes nothing",
    items={X[7]: "removed", X[8]: "removed", X[1]: "pending", X[12]: "pending"},
)

case(
    name="x-url-then-status-line",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 09:44:02 +0000",
    subject="Case update: KCSC-240902-01",
    reply_to_req="req.240902-01",
    body=f"""Hello,

Results for the URLs you submitted under KCSC-240902-01 so far:

{X[3]}
Status: Withheld in KR

{X[4]}
Status: Content not found

{X[9]}
Status: No action taken - the post does not violate the X Rules or local law

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal case update listing each URL with a 'Status:' line below it",
    why="status lines under each URL: withheld in Korea, not found, no violation",
    items={X[3]: "restricted", X[4]: "not_found", X[9]: "rejected"},
)

_x_tbl_rows = [
    (X[10], "Withheld (KR)"),
    (X[11], "Removed - account suspended"),
    (X[12], "Withheld (KR)"),
    (X[6], "Unable to locate"),
]
_x_plain = "Hello,\n\nPlease find below the outcome of our review for request KCSC-240902-01.\n\n" + "\n".join(
    f"{u}  |  {a}" for u, a in _x_tbl_rows) + "\n\nThanks,\nX Legal\n"
_x_html = ("<html><body><p>Hello,</p><p>Please find below the outcome of our review for request "
           "KCSC-240902-01.</p>\n<table border=\"1\" cellpadding=\"4\">\n"
           "<tr><th>Reported URL</th><th>Action</th></tr>\n" + "\n".join(
               f"<tr><td><a href=\"{u}\">{u}</a></td><td>{a}</td></tr>" for u, a in _x_tbl_rows)
           + "\n</table>\n<p>Thanks,<br>X Legal</p></body></html>")
case(
    name="x-html-table-qp",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 05:20:11 +0000",
    subject="Your legal request KCSC-240902-01: outcome",
    reply_to_req="req.240902-01",
    raw_mime=alt_qp(_x_plain, _x_html, "==x712tbl=="),
    outcome="applied", classification="confirmation",
    imitates="X legal outcome sent as HTML table with a plain-text alternative (quoted-printable)",
    why="table rows: two withheld in Korea, one removed with the account suspended, one not located",
    items={X[10]: "restricted", X[11]: "removed", X[12]: "restricted", X[6]: "not_found"},
)

_x_csv_rows = [
    (X[1], "Withheld", "KR", ""),
    (X[2], "Withheld", "KR", ""),
    (X[3], "Withheld", "KR", ""),
    (X[4], "Not found", "", "deleted by account holder before review"),
    (X[5], "Withheld", "KR", ""),
    (X[6], "Removed", "Global", "X Rules violation"),
    (X[7], "Removed", "Global", "X Rules violation"),
    (X[8], "Removed", "Global", "X Rules violation"),
    (X[9], "No action", "", "no violation of X Rules or local law"),
    (X[10], "Withheld", "KR", ""),
    (X[11], "Not found", "", "invalid post id"),
    (X[12], "No action", "", "no violation of X Rules or local law"),
]
_x_csv = "reported_url,action,scope,notes\r\n" + "".join(
    f"{u},{a},{s},{n}\r\n" for u, a, s, n in _x_csv_rows)
case(
    name="x-csv-attachment-all-twelve",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 03:15:55 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content - final report",
    reply_to_req="req.240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_Part_712_5"

------=_Part_712_5
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Our review of request KCSC-240902-01 is complete. The attached file lists the
action taken on each of the 12 URLs.

X Legal

------=_Part_712_5
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_x_csv)}
------=_Part_712_5--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal final report with a per-URL CSV attachment",
    why="CSV lists all twelve: five withheld in KR, three removed, two not found, two no action",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "restricted", X[4]: "not_found",
           X[5]: "restricted", X[6]: "removed", X[7]: "removed", X[8]: "removed",
           X[9]: "rejected", X[10]: "restricted", X[11]: "not_found", X[12]: "rejected"},
)

case(
    name="x-statement-then-url-below",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 11:01:40 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req.240902-01",
    body=f"""Hello,

Thank you for your patience. After review, the following post has been removed
from X for violating our rules on illegal or certain regulated goods and
services:

{X[6]}

We could not locate the post at the link below. No post exists at this address
on X:

{X[11]}

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with each statement on one line and its URL on the line below",
    why="first URL removed, second does not exist (not_found); statement precedes its URL",
    items={X[6]: "removed", X[11]: "not_found"},
)

case(
    name="x-no-longer-available-by-owner",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 13:27:08 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req.240902-01",
    body=f"""Hello,

The following posts are no longer available on X. They were deleted by the
account owner before our team reviewed your report, so no action was required
from us:

- {X[3]}
- {X[4]}

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X 'content no longer available' reply (deleted by the account holder)",
    why="both posts already deleted by their author before review: not_found",
    items={X[3]: "not_found", X[4]: "not_found"},
)

case(
    name="x-case-number-plus-withheld",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Wed, 04 Sep 2024 22:40:13 +0000",
    subject="[Case 0481-22917] Your report to X",
    reply_to_req="req.240902-01",
    body=f"""Thanks for reaching out. Your case number is 0481-22917.

We have withheld the post below in South Korea in response to your request
KCSC-240902-01:

{X[8]}

If you have further reports, please use our legal request form:
https://help.x.com/en/forms/legal

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support case email that opens like a receipt but states an outcome",
    why="receipt phrase plus an unhedged 'withheld in South Korea' for a named post: not a mere acknowledgement",
    items={X[8]: "restricted"},
)

case(
    name="x-dsa-style-decision-blocks",
    **{"from": "no-reply@x.com"}, name_from="X",
    date="Sun, 08 Sep 2024 06:55:30 +0000",
    subject="Decision on your report (ref. KCSC-240902-01)",
    reply_to_req="req.240902-01",
    body=f"""Decision on your report

We have reviewed the content you reported and made the following decisions.

Reported content: {X[10]}
Decision: Visibility restricted - withheld in the Republic of Korea
Ground: Illegal content (local law)
Automated means used: No

Reported content: {X[12]}
Decision: Removed globally
Ground: Violation of the X Rules (illegal or certain regulated goods or services)
Automated means used: No

If you disagree with these decisions you can appeal within 6 months:
https://help.x.com/en/forms/dsa/appeal

X
""",
    outcome="applied", classification="confirmation",
    imitates="X notice of decision to a notifier in the DSA statement-of-reasons layout",
    why="one post withheld in Korea (restricted), one removed globally",
    items={X[10]: "restricted", X[12]: "removed"},
)

case(
    name="yt-legal-blocked-kr-and-removed",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 08:10:00 +0000",
    subject="Re: [KCSC-240903-02] Request to remove content",
    reply_to_req="req.240903-02",
    body=f"""Hello,

Thank you for your legal request (KCSC-240903-02).

After reviewing it, we have blocked the following content from view in South
Korea based on local law:

- {YT[1]}
- {YT[2]}

The following content was removed from YouTube globally because it violated
our Community Guidelines:

- {YT[3]}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removal outcome: 'blocked from view in [country]' and a Community Guidelines removal",
    why="two videos blocked in Korea (restricted), the Short removed globally",
    items={YT[1]: "restricted", YT[2]: "restricted", YT[3]: "removed"},
)

case(
    name="yt-age-restricted-short-rest-pending",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Fri, 06 Sep 2024 01:30:45 +0000",
    subject="Update on your report (KCSC-240903-02)",
    reply_to_req="req.240903-02",
    body=f"""Hi,

We have reviewed the following content and applied an age restriction to it.
Viewers must be signed in and over 18 to watch it:

{YT[3]}

The other videos in your request are still being reviewed. We will write to
you again when we have finished.

- YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice followed by 'still being reviewed' for the rest",
    why="the Short is age-restricted (restricted); the other two are only 'being reviewed' and stay pending",
    items={YT[3]: "restricted"},
)

case(
    name="yt-base64-no-action",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 04:05:12 +0000",
    subject="Re: [KCSC-240903-02] Request to remove content",
    reply_to_req="req.240903-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""Hello,

We've reviewed the video at {YT[1]} under our Community Guidelines and under
local law.

We have decided not to take action on this video: it does not violate our
policies, and we did not find a sufficient legal basis to block it in South
Korea. It remains available on YouTube.

Learn more about how we handle legal requests:
https://support.google.com/youtube/answer/6154230

Regards,
The YouTube Legal Support Team
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal 'we have decided not to take action' reply (base64 body)",
    why="refusal with its reason for one named video: rejected",
    items={YT[1]: "rejected"},
)

case(
    name="yt-outlook-original-message",
    **{"from": "jiho.park@google.com"}, name_from="Jiho Park",
    date="Mon, 09 Sep 2024 07:48:21 +0000",
    subject="RE: [KCSC-240903-02] Request to remove content",
    reply_to_req="req.240903-02",
    body=f"""Hi team,

The video {YT[2]} was taken down for violating our harmful or dangerous content
policy. We will come back to you on the remaining two.

Best,
Jiho
YouTube Legal Support (Korea)

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:00 AM
To: legal-kr@google.com
Subject: [KCSC-240903-02] Request to remove content

{request_body("KCSC-240903-02", "YouTube Legal team")}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal staff Outlook-style reply above '-----Original Message-----'",
    why="one video taken down; the other two only in the quoted request and a promise",
    items={YT[2]: "removed", YT[1]: "pending", YT[3]: "pending"},
)

case(
    name="meta-local-law-mixed",
    **{"from": "noreply@facebookmail.com"}, name_from="Meta",
    date="Fri, 06 Sep 2024 10:12:33 +0000",
    subject="Your report about content on Facebook and Instagram (KCSC-240904-03)",
    reply_to_req="req.240904-03",
    body=f"""Hi,

We've reviewed your report against our Community Standards and local law. Here
is what we did:

{M[3]} - We restricted access to this content in South Korea because it goes against local law.
{M[4]} - Restricted in South Korea (local law).
{M[1]} - Removed for going against our Community Standards on restricted goods and services.

You can read more about how we handle reports of content that violates local
law: https://transparency.meta.com/reports/content-restrictions

Thanks,
Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' report outcome",
    why="two Instagram posts restricted in Korea, one Facebook group post removed",
    items={M[3]: "restricted", M[4]: "restricted", M[1]: "removed"},
)

case(
    name="meta-dsa-decision-reel",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    date="Sat, 07 Sep 2024 15:22:09 +0000",
    subject="Decision on your notice (ref. KCSC-240904-03)",
    reply_to_req="req.240904-03",
    body=f"""Decision on your notice

Content reported: {M[2]}
Reported for: Illegal content (counterfeit goods)
Our decision: We removed this content because it goes against our Community
Standards on fraud, scams and deceptive practices.
Was automation used: No

If you don't agree with our decision, you can request another review:
https://www.facebook.com/help/contact/decision-review

Facebook
""",
    outcome="applied", classification="confirmation",
    imitates="Meta decision notice to a notifier under DSA Art. 16(5)",
    why="one named reel removed",
    items={M[2]: "removed"},
)

case(
    name="meta-gmail-quoted-dash-list",
    **{"from": "hana.lee@meta.com"}, name_from="Hana Lee",
    date="Mon, 09 Sep 2024 02:34:50 +0000",
    subject="Re: [KCSC-240904-03] Request to remove content",
    reply_to_req="req.240904-03",
    body=f"""Hello KCSC team,

Two updates on your request:

- {M[5]} : not available. The person who posted it already deleted it.
- {M[1]} : we reviewed this post and it doesn't go against our Community Standards or local law, so we didn't take it down.

Best regards,
Hana Lee
Meta Content Regulation, Seoul

On Wed, Sep 4, 2024 at 9:40 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_body("KCSC-240904-03", "Meta Legal team"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta staff reply with a dash list over a Gmail-quoted request",
    why="one post already deleted by its author (not_found), one left up (rejected); the quote changes nothing",
    items={M[5]: "not_found", M[1]: "rejected", M[2]: "pending"},
)

_m_rows = [
    (M[3], "Removed", "Worldwide"),
    (M[4], "No violation found - no action", "-"),
    (M[2], "Access restricted", "South Korea"),
]
case(
    name="meta-html-table",
    **{"from": "noreply@facebookmail.com"}, name_from="Meta",
    date="Tue, 10 Sep 2024 06:01:17 +0000",
    subject="Update on your request KCSC-240904-03",
    reply_to_req="req.240904-03",
    type="html",
    body="""<html><head><meta charset="utf-8"></head><body>
<p>Hello,</p>
<p>We have finished reviewing part of your request <b>KCSC-240904-03</b>.</p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<thead><tr><th>Reported link</th><th>Decision</th><th>Where</th></tr></thead>
<tbody>
""" + "\n".join(f'<tr><td><a href="{u}">{u}</a></td><td>{d}</td><td>{w}</td></tr>' for u, d, w in _m_rows) + """
</tbody></table>
<p>See <a href="https://transparency.meta.com/policies/community-standards/">our Community Standards</a> for details.</p>
<p>Meta</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Meta HTML outcome email with a decision table",
    why="table: one removed worldwide, one no violation (rejected), one restricted in South Korea",
    items={M[3]: "removed", M[4]: "rejected", M[2]: "restricted"},
)

case(
    name="tiktok-report-outcome-removed",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Sat, 07 Sep 2024 09:09:09 +0000",
    subject="Update on your report (KCSC-240905-04)",
    reply_to_req="req.240905-04",
    body=f"""Thanks for your report.

We reviewed the following videos and removed them for violating our Community
Guidelines on gambling:

{T[1]}
{T[2]}

Reports like yours help keep TikTok safe.

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'we removed the content you reported' notification",
    why="two named videos removed",
    items={T[1]: "removed", T[2]: "removed"},
)

case(
    name="tiktok-legal-restricted-and-gone",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 12:44:00 +0000",
    subject="Re: [KCSC-240905-04] Request to remove content",
    reply_to_req="req.240905-04",
    body=f"""Dear KCSC,

Following our review of your request, we have restricted the following videos
in the Republic of Korea under local law:

1. {T[3]}
2. {T[4]}

In addition, the video at {T[2]} could not be located; it had already been
removed from the platform by its creator.

Sincerely,
TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal response to a government removal request (country restriction)",
    why="two videos restricted in Korea, one already deleted by its creator (not_found)",
    items={T[3]: "restricted", T[4]: "restricted", T[2]: "not_found"},
)

case(
    name="tiktok-bilingual-kr-en",
    **{"from": "kr-policy@tiktok.com"}, name_from="TikTok Korea Policy",
    date="Tue, 10 Sep 2024 01:15:27 +0000",
    subject="RE: [KCSC-240905-04] 시정요구 조치결과 / Result of action",
    reply_to_req="req.240905-04",
    body=f"""안녕하세요, 틱톡 코리아 정책팀입니다.
Hello, this is the TikTok Korea policy team.

요청하신 건(KCSC-240905-04)에 대한 조치 결과를 알려드립니다.
Below is the result of our action on your request.

1) {T[3]} → 국내 접속 제한 (restricted in Korea)
2) {T[4]}（삭제 / removed）

감사합니다.
Thank you.
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea bilingual 조치결과 reply (Korean with English)",
    why="first video 국내 접속 제한 (restricted), second 삭제/removed right after the URL in full-width brackets",
    items={T[3]: "restricted", T[4]: "removed"},
)

case(
    name="tiktok-invalid-link",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Legal",
    date="Wed, 11 Sep 2024 05:33:48 +0000",
    subject="Re: [KCSC-240905-04] Request to remove content",
    reply_to_req="req.240905-04",
    body=f"""Dear KCSC,

The link {T[2]} is invalid: no video exists at that address on TikTok, so no
action could be taken on it.

Sincerely,
TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply that a reported link is invalid",
    why="invalid link / no video exists: not_found",
    items={T[2]: "not_found"},
)

case(
    name="reddit-korean-slug-removed",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Mon, 09 Sep 2024 18:20:02 +0000",
    subject="Re: [KCSC-240906-05] Request to remove content",
    reply_to_req="req.240906-05",
    body=f"""Hello,

In response to your request KCSC-240906-05 we have removed the following
content from Reddit:

{R1_RAW}

A notice of the removal has been posted in its place.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal takedown confirmation (URL written with the raw Korean slug)",
    why="named post removed; the raw Korean slug matches the percent-encoded request URL",
    items={R[1]: "removed"},
)

case(
    name="reddit-angle-wrapped-geo",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 16:02:45 +0000",
    subject="Re: [KCSC-240906-05] Request to remove content",
    reply_to_req="req.240906-05",
    body=f"""Hello,

We have restricted the post <https://www.reddit.com/r/seoulnightlife_unfiltered/comments/1f9ab3c/
new_links_inside/> in South Korea. It is no longer visible to users in
Korea but remains available elsewhere.

We declined to act on <{R[1]}>:
it does not break Reddit's Content Policy and we did not find it unlawful.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit geo-restriction notice with URLs in angle brackets, one wrapped across lines",
    why="first post geo-restricted in Korea (restricted), second declined with a reason (rejected)",
    items={R[2]: "restricted", R[1]: "rejected"},
)

case(
    name="twitch-sole-item-removed",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Thu, 12 Sep 2024 20:11:37 +0000",
    subject="Re: [KCSC-240909-06] Request to remove content",
    reply_to_req="req.240909-06",
    body="""Hello,

Regarding your request KCSC-240909-06: we have reviewed the content referenced
in your request and it has been removed from Twitch.

Thank you,
Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal one-line outcome naming no URL",
    why="one-item request; a statement about 'the content' of the request applies to its only item",
    items={TW1: "removed"},
)

case(
    name="discord-tns-message-deleted",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 03:48:59 +0000",
    subject="Re: Your report (KCSC-240910-07)",
    reply_to_req="req.240910-07",
    body=f"""Hi there,

Thanks for your report. We've reviewed the message at
{DC1}
and deleted it for violating Discord's Community Guidelines on sharing
personal information. We've also taken action against the account that
posted it.

Discord Trust & Safety
https://discord.com/safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome",
    why="the named message was deleted",
    items={DC1: "removed"},
)

# ================================================================ REVIEW

case(
    name="x-promise-will-withhold",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date="Tue, 03 Sep 2024 08:30:00 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req.240902-01",
    body=f"""Hello,

Our team is reviewing your request KCSC-240902-01. The posts
{X[5]} and {X[6]}
will be withheld in South Korea once our legal review is complete, and we will
confirm by email when that has happened.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising future withholding",
    why="'will be withheld once review is complete' is a promise, not a statement",
    items={X[5]: "pending", X[6]: "pending"},
)

case(
    name="yt-hedge-appears-removed",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 06:17:42 +0000",
    subject="Re: [KCSC-240903-02] Request to remove content",
    reply_to_req="req.240903-02",
    body=f"""Hello,

It appears that the videos {YT[1]} and {YT[3]} have been removed by the
uploader. We are confirming this with the relevant team and will update you
once we have a final answer.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply with an unconfirmed observation",
    why="'it appears ... we are confirming' is a hedge: nothing stated",
    items={YT[1]: "pending", YT[3]: "pending"},
)

case(
    name="meta-may-have-still-looking",
    **{"from": "hana.lee@meta.com"}, name_from="Hana Lee",
    date="Fri, 06 Sep 2024 04:50:10 +0000",
    subject="Re: [KCSC-240904-03] Request to remove content",
    reply_to_req="req.240904-03",
    body=f"""Hello KCSC team,

Some of the content you reported may already have been deleted by the people
who posted it, including {M[5]}. We're still looking into
{M[3]} and {M[4]}, and I'll let you know as soon as I hear back.

Best regards,
Hana Lee
Meta Content Regulation, Seoul
""",
    outcome="review", review="not_understood",
    imitates="Meta staff interim reply with a hedge and 'still looking into'",
    why="'may already have been deleted' and 'still looking into' are not statements",
    items={M[5]: "pending", M[3]: "pending", M[4]: "pending"},
)

case(
    name="meta-bulk-all-restricted",
    **{"from": "noreply@facebookmail.com"}, name_from="Meta",
    date="Thu, 12 Sep 2024 09:00:01 +0000",
    subject="Your report about content on Facebook and Instagram (KCSC-240904-03)",
    reply_to_req="req.240904-03",
    body="""Hi,

Regarding your request KCSC-240904-03: we reviewed all of the content you
reported and restricted access to it in South Korea because it goes against
local law.

Thanks,
Meta
""",
    outcome="review", review="bulk",
    imitates="Meta outcome email covering the whole report without listing links",
    why="'all of the content you reported' for a five-item request: bulk",
    items={M[1]: "pending", M[2]: "pending", M[3]: "pending", M[4]: "pending", M[5]: "pending"},
)

case(
    name="tiktok-bulk-videos-removed",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Thu, 12 Sep 2024 11:25:40 +0000",
    subject="Update on your report (KCSC-240905-04)",
    reply_to_req="req.240905-04",
    body="""Thanks for your report.

The videos listed in your request KCSC-240905-04 have been removed from TikTok
for violating our Community Guidelines.

TikTok Trust and Safety
""",
    outcome="review", review="bulk",
    imitates="TikTok report outcome covering all videos at once",
    why="a statement about the request's videos without naming each, four-item request: bulk",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending", T[4]: "pending"},
)

case(
    name="x-untrusted-dmarc-fail",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    date="Wed, 04 Sep 2024 14:14:14 +0000",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req.240902-01",
    body=f"""Hello,

We've removed the following posts:

{X[1]}
{X[2]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal removal confirmation whose DKIM/DMARC fail",
    why="x.com sender failing authentication: not trusted, nothing applied",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="lawfirm-unknown-sender",
    **{"from": "jkwon@seorinlaw.example"}, name_from="Jiwon Kwon (Seorin Law)",
    auth="pass",
    date="Fri, 06 Sep 2024 06:40:00 +0000",
    subject="KCSC-240902-01 - posts by @amberfield_ops",
    body=f"""Dear Sir or Madam,

We act for the holder of the X account @amberfield_ops. Our client deleted the
posts {X[11]} and
{X[12]} on 5 September 2024.

We respectfully ask that matter KCSC-240902-01 be closed as regards our client.

Yours faithfully,
Jiwon Kwon
Seorin Law
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the account holder's lawyer",
    why="not the platform: a third party's claim that the posts were deleted changes nothing",
    items={X[11]: "pending", X[12]: "pending"},
)

case(
    name="bytedance-unknown-sender",
    **{"from": "legal-kr@bytedance.com"}, name_from="ByteDance Legal (Korea)",
    date="Mon, 09 Sep 2024 08:08:08 +0000",
    subject="Re: [KCSC-240905-04] Request to remove content",
    reply_to_req="req.240905-04",
    body=f"""Dear KCSC,

On behalf of TikTok, we confirm that we have removed {T[1]} from the
platform.

Best regards,
ByteDance Legal (Korea)
""",
    outcome="review", review="unknown_sender",
    imitates="reply from the parent company's legal domain rather than TikTok's",
    why="bytedance.com is not a configured TikTok sender domain",
    items={T[1]: "pending"},
)

case(
    name="pinterest-wrong-platform",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Tue, 10 Sep 2024 19:19:19 +0000",
    subject="Your report about Pins linking to TikTok videos",
    body=f"""Hello,

You reported Pins that link to the following TikTok videos:

{T[3]}
{T[4]}

We removed the Pins, and these links have been blocked and can no longer be
saved on Pinterest.

Pinterest Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Pinterest outcome about Pins linking to off-site videos",
    why="Pinterest states 'blocked' about TikTok items: not their platform",
    items={T[3]: "pending", T[4]: "pending"},
)

case(
    name="tiktok-asks-court-order",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 06 Sep 2024 07:00:30 +0000",
    subject="Re: [KCSC-240905-04] Request to remove content - information needed",
    reply_to_req="req.240905-04",
    body=f"""Dear KCSC,

To proceed with your request regarding {T[3]} and
{T[4]}, we need a copy of the decision on which the request is
based and the specific provision of Korean law that the content breaches.

Could you please reply to this email with those documents? Until we receive
them we are unable to take action.

Sincerely,
TikTok Legal Team
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="TikTok legal request for the legal basis before acting",
    why="the platform asks for documents; no status",
    items={T[3]: "pending", T[4]: "pending"},
)

case(
    name="snapchat-generic-no-claims",
    **{"from": "support@snapchat.com"}, name_from="Team Snapchat",
    date="Wed, 11 Sep 2024 23:59:01 +0000",
    subject="Your Snapchat report",
    body="""Hi there,

Thanks for reaching out to Snapchat Support. We've reviewed the content you
reported and taken appropriate action in line with our Community Guidelines.

Learn more about how we enforce our rules: https://values.snap.com/safety

Team Snapchat
""",
    outcome="review", review="no_claims",
    imitates="Snapchat generic report-outcome email",
    why="trusted Snapchat mail naming no item and no request of ours",
    items={},
)

case(
    name="x-conflicting-outcome-line",
    **{"from": "no-reply@x.com"}, name_from="X",
    date="Mon, 09 Sep 2024 21:30:00 +0000",
    subject="Decision on your report (ref. KCSC-240902-01)",
    reply_to_req="req.240902-01",
    body=f"""Decision on your report

Reported content: {X[9]}
Outcome: Withheld in: KR

We have reviewed the post above and found that it does not violate the X Rules
or applicable local law. No action has been taken on it.

X
""",
    outcome="review", review="conflicting_statements",
    imitates="X decision email whose template outcome line contradicts its text",
    why="'Withheld in: KR' and 'no action has been taken' about the same post",
    items={X[9]: "pending"},
)

# ================================================================ IGNORED

case(
    name="x-out-of-office",
    **{"from": "maya.r@x.com"}, name_from="Maya R.",
    date="Mon, 02 Sep 2024 01:31:02 +0000",
    subject="Automatic reply: [KCSC-240902-01] Request to remove content",
    reply_to_req="req.240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Hi,

I am out of the office until Monday 9 September with limited access to email.
For urgent legal matters please contact legal-notices@x.com.

Thanks,
Maya
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="meta-report-receipt",
    **{"from": "noreply@facebookmail.com"}, name_from="Meta",
    date="Wed, 04 Sep 2024 00:41:20 +0000",
    subject="We received your report (KCSC-240904-03)",
    reply_to_req="req.240904-03",
    body="""Hi,

Thanks for contacting us. We've received your report about content on Facebook
and Instagram (your reference: KCSC-240904-03).

Your report number is 8812345670012. Please keep it in case you need to
contact us about this report. We'll review the content you reported and let
you know what we decide.

Meta
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Meta automated report receipt with a report number",
    why="pure acknowledgement: receipt and a promise to review",
    items={},
)

_dsn_orig = request_body("KCSC-240905-04", "TikTok Legal team")
case(
    name="tiktok-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@tiktok.com"}, name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 05:00:41 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="B712.dsn.1"

--B712.dsn.1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host inbound.tiktok.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: User unknown

--B712.dsn.1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.tiktok.com
Arrival-Date: Thu,  5 Sep 2024 05:00:39 +0000 (UTC)

Final-Recipient: rfc822; legal-kr@tiktok.com
Original-Recipient: rfc822;legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@tiktok.com>: Recipient address
    rejected: User unknown

--B712.dsn.1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: [KCSC-240905-04] Request to remove content
Date: Thu, 05 Sep 2024 14:00:00 +0900
Message-ID: <req.240905-04@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

{_dsn_orig}

--B712.dsn.1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) carrying our request",
    why="delivery failure report; the URLs are in the returned original only",
    items={},
)

case(
    name="yt-read-receipt",
    **{"from": "jiho.park@google.com"}, name_from="Jiho Park",
    date="Tue, 03 Sep 2024 06:12:00 +0000",
    subject="Read: [KCSC-240903-02] Request to remove content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="B712.mdn.2"

--B712.mdn.2
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: [KCSC-240903-02] Request to remove content
  Sent: Tuesday, September 3, 2024 11:00 AM (UTC+09:00) Seoul

was read on Tuesday, September 3, 2024 3:12 PM (UTC+09:00) Seoul.

--B712.mdn.2
Content-Type: message/disposition-notification

Reporting-UA: google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req.240903-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--B712.mdn.2--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="reddit-ticket-echo",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Legal",
    date="Fri, 06 Sep 2024 01:05:33 +0000",
    subject="[Ticket #5519023] We received your legal removal request",
    reply_to_req="req.240906-05",
    body=f"""Thank you for submitting your legal removal request. A ticket has been
created (#5519023) and our team will review it.

Summary of your submission:
Reference: KCSC-240906-05
Reported content:
  {R[1]}
  {R[2]}

You don't need to reply to this message. We will contact you if we need more
information.

Reddit Legal Operations
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit (Zendesk-style) ticket receipt echoing the submitted URLs",
    why="pure acknowledgement; the echoed URLs carry no status",
    items={R[1]: "pending", R[2]: "pending"},
)

case(
    name="kcsc-mta-bounce-twitch",
    **{"from": "MAILER-DAEMON@kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Mon, 09 Sep 2024 05:02:14 +0000",
    subject="Delivery Status Notification (Delay)",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="B712.dsn.3"

--B712.dsn.3
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.

<legal@twitch.tv>: connect to inbound.twitch.tv[198.51.100.77]:25: Connection
    timed out

--B712.dsn.3
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; legal@twitch.tv
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to inbound.twitch.tv[198.51.100.77]:25:
    Connection timed out

--B712.dsn.3
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@twitch.tv
Subject: [KCSC-240909-06] Request to remove content
Date: Mon, 09 Sep 2024 10:00:00 +0900
Message-ID: <req.240909-06@kcsc.example>

--B712.dsn.3--
""",
    outcome="ignored", classification="bounce",
    imitates="our own Postfix delay warning for the Twitch request",
    why="delay DSN from our MTA: a bounce, ignored whoever sent it",
    items={},
)

case(
    name="discord-zendesk-receipt",
    **{"from": "support@discord.com"}, name_from="Discord",
    date="Tue, 10 Sep 2024 06:20:00 +0000",
    subject="[Discord] Re: KCSC-240910-07 Request to remove content",
    reply_to_req="req.240910-07",
    body="""##- Please type your reply above this line -##

Your request (31245678) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord
This email is a service from Discord.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord Zendesk ticket receipt",
    why="pure acknowledgement: request received, being reviewed",
    items={},
)


HEADER = """# Blind set 712: English notices from many platforms.
# Written by tests/corpus/blind712/make.py from each email's meaning, before
# any run of the reader. Each case is ingested alone into a fresh ledger
# holding requests.csv; [case.items] gives every requested item the email
# speaks about and its status afterwards (unlisted items stay pending).
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases written")
