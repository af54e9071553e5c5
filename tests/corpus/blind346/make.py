#!/usr/bin/env python3
"""Blind set 346: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Telegram, Pinterest).

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
Expected results were written from each email's meaning alone, before any
run of the reader.

    python3 tests/corpus/blind346/make.py
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind346"

# ---------------------------------------------------------------- requests
X1 = "https://x.com/moonlit_vend0r/status/1831100000000000101"
X2 = "https://x.com/moonlit_vend0r/status/1831100000000000102"
X3 = "https://x.com/grayfox_k24/status/1831100000000000203"
X4 = "https://x.com/grayfox_k24/status/1831100000000000204"
X5 = "https://x.com/tidal_notes_kr/status/1831100000000000305"
X6 = "https://x.com/tidal_notes_kr/status/1831100000000000306"
X7 = "https://x.com/pinecone_shop9/status/1831100000000000407"
X8 = "https://x.com/pinecone_shop9/status/1831100000000000408"
X9 = "https://x.com/amber_lane_77/status/1831100000000000509"
X10 = "https://x.com/amber_lane_77/status/1831100000000000510"
X11 = "https://x.com/nightcrane_z"
X12 = "https://x.com/velvetmarket_kr/status/1831100000000000612"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

M1 = "https://www.facebook.com/groups/4410029931/posts/4410087712/"
M2 = "https://www.facebook.com/quietbazaar.kr/posts/pfbid02Xk7sLmQ9vRtWz"
M3 = "https://www.instagram.com/p/C9xQ4mLtR2a/"
M4 = "https://www.instagram.com/reel/C9yT7nVpK8w/"
MS = [M1, M2, M3, M4]

T1 = "https://www.tiktok.com/@sunny.dal.lab/video/7410220011223344551"
T2 = "https://www.tiktok.com/@sunny.dal.lab/video/7410220011223344552"
T3 = "https://www.tiktok.com/@harbor_mint03/video/7410331122334455663"
TS = [T1, T2, T3]

R1 = "https://www.reddit.com/r/kdealz_fake/comments/1f9abcd/selling_accounts_cheap/"
R2 = "https://www.reddit.com/r/kdealz_fake/comments/1f9abce/new_stock_dm/"
R3 = "https://www.reddit.com/user/lumen_trader88/comments/1f9xyz1/offer/"
R4_RAW = "https://www.reddit.com/r/seoulnightlife_x/comments/1fa0q2r/메가스레드/"
R4 = urllib.parse.quote(R4_RAW, safe=":/")
R5 = "https://www.reddit.com/r/kdealz_fake/"
RS = [R1, R2, R3, R4, R5]

Y1 = "https://www.youtube.com/watch?v=Qd3kL9xPz2A"
Y2 = "https://www.youtube.com/watch?v=Hm7Rt2WcV0s"
YS = [Y1, Y2]

D1 = "https://discord.gg/k0reanDeal5"
D2 = "https://discord.com/channels/1120334455667788990/1120334455667789001/1281122334455669001"
DS = [D1, D2]

P1 = "https://www.pinterest.com/pin/1047734211223344556/"
PS = [P1]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03", "2024-09-10", XS, "illegal_trade",
     "counterfeit ID and account sales (largest request)"),
    ("KCSC-240904-02", "meta", "2024-09-04", "2024-09-11", MS, "illegal_trade",
     "Facebook and Instagram posts"),
    ("KCSC-240905-03", "tiktok", "2024-09-05", "2024-09-12", TS, "gambling",
     "gambling promotion videos"),
    ("KCSC-240906-04", "reddit", "2024-09-06", "2024-09-13", RS, "illegal_trade",
     "posts, a user post and a community"),
    ("KCSC-240909-05", "youtube", "2024-09-09", "2024-09-16", YS, "privacy",
     "two videos"),
    ("KCSC-240910-06", "discord", "2024-09-10", "2024-09-17", DS, "illegal_trade",
     "server invite and one message"),
    ("KCSC-240911-07", "pinterest", "2024-09-11", "2024-09-18", PS, "obscenity",
     "one Pin"),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


def request_body(ref, raw_korean=True):
    """The regulator's own request, as it would be quoted back."""
    _, plat, sent, due, urls, _, _ = REQ[ref]
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of",
        f"the content listed below under reference {ref}. Please let us know the",
        f"action taken on each item by {due}.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        if u == R4 and raw_korean:
            u = R4_RAW
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC Takedown Team", "takedown@kcsc.example"]
    return lines


def gmail_quote(ref, when):
    out = [f"On {when} KCSC Takedown <takedown@kcsc.example> wrote:"]
    for line in request_body(ref):
        out.append("> " + line if line else ">")
    return "\n".join(out)


def outlook_quote(ref, when, to):
    out = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {when}",
        f"To: {to}",
        f"Subject: [{ref}] Request for removal of illegal content",
        "",
    ]
    return "\n".join(out + request_body(ref))


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="x-legal-withheld-list-top-posted",
    **{"from": "legal-noreply@x.com"},
    date="Thu, 12 Sep 2024 03:14:07 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome (country withheld content) with a per-post list, top-posted over the quoted request",
    why="Four posts each named with an unhedged action; the rest of the request is only quoted or 'still being reviewed'.",
    items={X1: "restricted", X2: "restricted", X3: "restricted", X4: "removed", X5: "pending"},
    body=f"""Hello,

Thank you for your report. We have reviewed the posts referenced in your
request and have taken the following action:

- {X1} -- withheld in South Korea
- {X2} -- withheld in South Korea
- {X3} -- withheld in South Korea
- {X4} -- removed; the post violates the X Rules on illegal or certain
  regulated goods and services

The remaining posts in your request are still under review and we will
write to you separately about them.

For more information about country withheld content, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal

{gmail_quote("KCSC-240903-01", "Tue, Sep 3, 2024 at 6:02 PM")}
""")

case(
    name="x-url-then-action-line",
    **{"from": "legal-noreply@x.com"},
    date="Fri, 13 Sep 2024 08:40:51 +0000",
    subject="Case 0-4418832201: Your legal request KCSC-240903-01",
    outcome="applied", classification="confirmation",
    imitates="X legal-request portal outcome email, one block per reported URL with 'Action taken' below it",
    why="Each URL has its own action line: withheld in KR, no action with a reason, URL could not be located.",
    items={X5: "restricted", X6: "rejected", X7: "not_found"},
    body=f"""Hello,

We have completed our review of your legal request (reference
KCSC-240903-01). Please find the results for the following reported
content below.

Reported content:
{X5}
Action taken: Withheld in: KR

{X6}
Action taken: None. After review, this content does not violate the X
Rules, and the information provided does not give us a sufficient basis
to withhold it under local law.

{X7}
Action taken: None. We were unable to locate this content; the URL is
invalid or the post does not exist.

If you have new information about this request, you may reply to this
email.

Thanks,
X Legal
""")

case(
    name="x-account-suspended",
    **{"from": "legal-noreply@x.com"},
    date="Sat, 14 Sep 2024 01:02:33 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="X enforcement notice: reported account permanently suspended",
    why="A suspended account is unavailable everywhere: removed (only the account URL is named).",
    items={X11: "removed"},
    body=f"""Hello,

We're writing to let you know about the account you reported as part of
request KCSC-240903-01.

The account @nightcrane_z ({X11}) has been permanently
suspended for violating the X Rules on illegal or certain regulated goods
and services. Its profile and posts are no longer visible on X.

You can read more about our range of enforcement options here:
https://help.x.com/en/rules-and-policies/enforcement-options

X Legal
""")

x_html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have reviewed the remaining content in your request <b>KCSC-240903-01</b>. The outcome for each reported URL is shown in the table below.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eeeeee"><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{X8}">{X8}</a></td><td>Removed (violation of the X Rules)</td><td>Global</td></tr>
<tr><td><a href="{X9}">{X9}</a></td><td>Withheld</td><td>KR</td></tr>
<tr><td><a href="{X10}">{X10}</a></td><td>No action &ndash; no violation of the X Rules or local law found</td><td>&ndash;</td></tr>
<tr><td><a href="{X12}">{X12}</a></td><td>Removed (violation of the X Rules)</td><td>Global</td></tr>
</table>
<p>Withheld content remains available outside the country listed. See <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">About country withheld content</a>.</p>
<p>Regards,<br>X Legal</p>
</body></html>
"""
case(
    name="x-html-table-quoted-printable",
    **{"from": "legal-noreply@x.com"},
    date="Mon, 16 Sep 2024 05:27:10 +0000",
    subject="Your legal request KCSC-240903-01 - results",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome sent as an HTML table (quoted-printable, HTML only)",
    why="One row per URL with an action: removed, withheld in KR, no action with reason, removed.",
    items={X8: "removed", X9: "restricted", X10: "rejected", X12: "removed"},
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(x_html),
)

case(
    name="x-outlook-original-message",
    **{"from": "kr-legal@x.com"},
    name_from="Jiwoo Han (X Legal)",
    date="Tue, 17 Sep 2024 02:11:45 +0000",
    subject="RE: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="Reply from an X legal staff member in Outlook, top-posted over '-----Original Message-----'",
    why="Two posts named above the quoted request: one withheld in Korea, one declined with its reason; the quoted list changes nothing.",
    items={X12: "restricted", X10: "rejected", X1: "pending"},
    body=f"""Hi KCSC team,

Following up on two of the posts in your request:

{X12} has been withheld in the
Republic of Korea.

For {X10}, we reviewed it and it
does not violate the X Rules; we also could not identify the provision of
Korean law it would breach, so we have declined to take action.

Best regards,
Jiwoo Han
Legal Operations, X Corp.

{outlook_quote("KCSC-240903-01", "Tuesday, September 3, 2024 6:02 PM", "legal@x.com")}
""")

case(
    name="x-bilingual-korean-particles",
    **{"from": "kr-legal@x.com"},
    date="Wed, 18 Sep 2024 06:30:00 +0000",
    subject="[KCSC-240903-01] 조치 결과 안내 / Action taken",
    outcome="applied", classification="confirmation",
    imitates="Bilingual (English / Korean) outcome note from X's Korea legal contact, Korean particles glued to URLs",
    why="Both languages say the same: 509 withheld in Korea (접속 제한), 510 removed (삭제).",
    items={X9: "restricted", X10: "removed"},
    body=f"""Hello,

Please see the outcome for two posts in your request KCSC-240903-01.

{X9} : withheld in Korea (country withheld content)
{X10} : removed for violating the X Rules

안녕하세요.

요청하신 KCSC-240903-01 건 중 아래 게시물의 조치 결과를 알려드립니다.

{X9}는 대한민국 내 접속 제한 처리되었습니다.
{X10}은 X 규칙 위반으로 삭제되었습니다.

감사합니다.
X Legal Korea
""")

x_alt_text = f"""Hello,

Update on request KCSC-240903-01:

{X1}
We removed this post for violating our rules on illegal or certain
regulated goods and services.

{X2}
This post no longer exists. It was deleted by the account owner before
our review.

X Legal
"""
x_alt_html = f"""<html><body>
<p>Hello,</p>
<p>Update on request KCSC-240903-01:</p>
<p><a href="{X1}">{X1}</a><br>
We removed this post for violating our rules on illegal or certain regulated goods and services.</p>
<p><a href="{X2}">{X2}</a><br>
This post no longer exists. It was deleted by the account owner before our review.</p>
<p>X Legal</p>
</body></html>
"""
case(
    name="x-multipart-alternative",
    **{"from": "legal-noreply@x.com"},
    date="Thu, 19 Sep 2024 00:45:12 +0000",
    subject="Update on your legal request KCSC-240903-01",
    outcome="applied", classification="confirmation",
    imitates="X outcome email in multipart/alternative (text and HTML carry the same statements)",
    why="101 removed; 102 deleted by its owner before review: not_found.",
    items={X1: "removed", X2: "not_found"},
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_alt_x346_7"

--=_alt_x346_7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{x_alt_text}
--=_alt_x346_7
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

{x_alt_html}
--=_alt_x346_7--
""")

x_rows = [
    (X1, "Withheld", "KR"),
    (X2, "Withheld", "KR"),
    (X3, "Removed - X Rules violation", "Global"),
    (X4, "Removed - X Rules violation", "Global"),
    (X5, "No action - no violation found", "-"),
    (X6, "Not found - invalid URL", "-"),
    (X7, "Withheld", "KR"),
    (X8, "Removed - account suspended", "Global"),
    (X9, "No action - no violation found", "-"),
    (X10, "Withheld", "KR"),
    (X11, "Suspended", "Global"),
    (X12, "Not found - deleted by user", "-"),
]
x_table = "\n".join(f"{i:>2}  {u:<58} {a:<32} {s}" for i, (u, a, s) in enumerate(x_rows, 1))
case(
    name="x-text-table-all-twelve",
    **{"from": "legal-noreply@x.com"},
    date="Fri, 20 Sep 2024 09:05:41 +0000",
    subject="Your legal request KCSC-240903-01 - final summary",
    outcome="applied", classification="confirmation",
    imitates="X legal final summary: fixed-width text table of every reported URL with its action and scope",
    why="All twelve URLs each with its own outcome; legend explains 'No action' as no violation found.",
    items={X1: "restricted", X2: "restricted", X3: "removed", X4: "removed", X5: "rejected",
           X6: "not_found", X7: "restricted", X8: "removed", X9: "rejected", X10: "restricted",
           X11: "removed", X12: "not_found"},
    body=f"""Hello,

This is the final summary of the actions taken on your legal request
KCSC-240903-01.

 #  Reported URL                                               Action                           Scope
{x_table}

Legend:
Withheld   - the content is not available in the country listed in Scope.
Removed    - the content was removed from X for violating the X Rules.
No action  - we found no violation of the X Rules and no sufficient basis
             under local law; the content remains available.
Not found  - the URL is invalid or the content no longer exists.

Regards,
X Legal
""")

case(
    name="meta-legal-decision-prose",
    **{"from": "noreply@facebookmail.com"},
    name_from="Meta",
    date="Thu, 12 Sep 2024 11:20:18 +0000",
    subject="Your report about content on Facebook [KCSC-240904-02]",
    outcome="applied", classification="confirmation",
    imitates="Meta legal content-removal decision for a government report (Community Standards removal vs local-law restriction)",
    why="M1 removed under Community Standards; M2 access restricted in South Korea under local law.",
    items={M1: "removed", M2: "restricted"},
    body=f"""Hi,

We've completed our review of the content you reported to us under
reference KCSC-240904-02.

We removed the following content because it goes against our Community
Standards on restricted goods and services:
{M1}

We restricted access to the following content in South Korea, based on
the local law you cited in your report. It remains available in other
countries:
{M2}

You can learn more about how Meta handles government requests in our
Transparency Center: https://transparency.meta.com/reports/content-restrictions/

Thanks,
Meta Legal Removal Requests
""")

case(
    name="meta-statement-of-reasons-fields",
    **{"from": "noreply@facebookmail.com"},
    name_from="Instagram",
    date="Fri, 13 Sep 2024 07:48:02 +0000",
    subject="Decision on your report - reference KCSC-240904-02",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons from Instagram: Content / Decision / Territorial scope / Ground fields",
    why="Reel decision 'no action' with explanation = rejected; post decision 'access restricted' in Korea = restricted.",
    items={M3: "restricted", M4: "rejected"},
    body=f"""Decision on your report

Reference: KCSC-240904-02
Decision date: 13 September 2024

Item 1
Content: {M3}
Decision: Access to the content restricted
Territorial scope: Republic of Korea
Ground: Illegal content under the local law referred to in the report
Automated means used in detection: No
Automated means used in decision: No

Item 2
Content: {M4}
Decision: No action taken
Explanation: We reviewed this reel against the Instagram Community
Guidelines and the law you cited and did not find grounds to remove or
restrict it. The reel remains available.

If you disagree with a decision, you can ask for a review at
https://help.instagram.com/contact/legal-review

Instagram, operated by Meta Platforms
""")

case(
    name="meta-instagram-cannot-find-link",
    **{"from": "support@instagram.com"},
    name_from="Instagram",
    date="Sat, 14 Sep 2024 02:15:39 +0000",
    subject="Re: [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240904-02"),
    outcome="applied", classification="confirmation",
    imitates="Instagram help-centre reply: the reported link does not lead to any content",
    why="'We couldn't find any content at this link' is a definite not_found; the advice about author deletion only explains why.",
    items={M4: "not_found"},
    body=f"""Hi,

Thanks for contacting Instagram.

We couldn't find any content at the link you provided:
{M4}

Please check that the link is complete and correct. If the person who
posted the content removed it, it's no longer on Instagram and there's
nothing further for us to do.

The Instagram Team
""")

case(
    name="meta-facebook-deleted-by-author",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal",
    date="Mon, 16 Sep 2024 04:09:55 +0000",
    subject="RE: [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240904-02"),
    outcome="applied", classification="confirmation",
    imitates="Meta legal team reply by a staff member on two Facebook items",
    why="M1 was deleted by the person who shared it before review: not_found; M2 removed.",
    items={M1: "not_found", M2: "removed"},
    body=f"""Hello,

Thank you for your patience. Regarding the two Facebook items in your
request:

1. {M1}
   This post is no longer available on Facebook. It was deleted by the
   person who shared it before we completed our review, so no action was
   needed from us.

2. {M2}
   We removed this post for violating our Community Standards on fraud
   and deception.

Kind regards,
Meta Legal Operations
""")

tiktok_b64_text = f"""Dear KCSC,

Thank you for your request (ref. KCSC-240905-03). We have reviewed the
reported videos in line with our Community Guidelines, Terms of Service
and applicable law.

{T1}
The video has been restricted in the Republic of Korea in accordance
with local law. It remains available in other regions.

{T2}
The video has been removed for violating our Community Guidelines on
gambling.

Kind regards,
TikTok Law Enforcement Outreach
"""
case(
    name="tiktok-government-request-base64",
    **{"from": "lert-noreply@tiktok.com"},
    name_from="TikTok",
    date="Fri, 13 Sep 2024 10:00:03 +0000",
    subject="TikTok response to request KCSC-240905-03",
    outcome="applied", classification="confirmation",
    imitates="TikTok government removal request response (restricted in country vs removed under Community Guidelines), base64 body",
    why="T1 restricted in Korea under local law; T2 removed for a guidelines violation.",
    items={T1: "restricted", T2: "removed"},
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(tiktok_b64_text),
)

tt_csv = io.StringIO()
w = csv.writer(tt_csv, lineterminator="\r\n")
w.writerow(["Reported URL", "Decision", "Scope", "Notes"])
w.writerow([T1, "Removed", "Global", "Community Guidelines - gambling"])
w.writerow([T2, "Restricted", "KR", "Local law"])
w.writerow([T3, "No violation found", "", "Content remains available"])
case(
    name="tiktok-csv-attachment",
    **{"from": "lert-noreply@tiktok.com"},
    name_from="TikTok",
    date="Sat, 14 Sep 2024 03:33:21 +0000",
    subject="TikTok response to request KCSC-240905-03 (attachment)",
    outcome="applied", classification="confirmation",
    imitates="TikTok batch response with the per-URL decisions in a CSV attachment",
    why="CSV rows: T1 removed, T2 restricted KR, T3 no violation found (rejected).",
    items={T1: "removed", T2: "restricted", T3: "rejected"},
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_Part_346_tt"

------=_Part_346_tt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear KCSC,

Please find attached the outcome of our review of the content reported in
your request KCSC-240905-03, one line per reported URL.

Kind regards,
TikTok Law Enforcement Outreach

------=_Part_346_tt
Content-Type: text/csv; charset=utf-8; name="KCSC-240905-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240905-03_outcome.csv"
Content-Transfer-Encoding: base64

{b64(tt_csv.getvalue())}
------=_Part_346_tt--
""")

case(
    name="tiktok-echoed-report-outcome",
    **{"from": "noreply@tiktok.com"},
    name_from="TikTok",
    date="Mon, 16 Sep 2024 12:41:09 +0000",
    subject="Update on your report",
    outcome="applied", classification="confirmation",
    imitates="TikTok in-app/email report update that echoes the report (type, link, date) and then gives the outcome",
    why="The echoed link is followed by an unhedged 'We removed the video'.",
    items={T3: "removed"},
    body=f"""Update on your report

Your report
Reported: Video
Link: {T3}
Reason: Illegal activities and regulated goods
Submitted: 5 September 2024

Outcome
We reviewed the video you reported and removed it for violating our
Community Guidelines. Thanks for helping to keep TikTok a safe place.

Learn more about our Community Guidelines:
https://www.tiktok.com/community-guidelines

TikTok Trust & Safety
""")

case(
    name="reddit-legal-numbered-list",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 21:16:40 +0000",
    subject="Re: [KCSC-240906-04] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240906-04"),
    outcome="applied", classification="confirmation",
    imitates="Reddit legal team reply to a government removal request, numbered per item (removed / geo-restricted / community banned)",
    why="R1, R2 removed; R3 unavailable in South Korea (restricted); the community banned (removed). R4 not mentioned.",
    items={R1: "removed", R2: "removed", R3: "restricted", R5: "removed", R4: "pending"},
    body=f"""Hello,

Thank you for your request. Reddit has reviewed the items you reported
and taken the following actions:

1. {R1} - Removed by Reddit
   for violating our Content Policy.
2. {R2} - Removed by Reddit for
   violating our Content Policy.
3. {R3} - Geo-restricted: this
   post is no longer available to users in South Korea.
4. {R5} - The community has been banned.

We have not yet completed our review of the remaining item and will
follow up.

Reddit Legal
""")

case(
    name="reddit-korean-slug-restricted",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 19:02:27 +0000",
    subject="Reddit response to KCSC-240906-04",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply on a geo-restriction and a declined item; raw Korean slug in the URL",
    why="R4 (raw Korean path = percent-encoded item) restricted for South Korea; R2 declined as breaking no rule and not shown unlawful.",
    items={R4: "restricted", R2: "rejected"},
    body=f"""Hello,

Following our review, the post at
{R4_RAW}
has been restricted for viewers in South Korea. It remains accessible
elsewhere.

The post at {R2} does not break
Reddit's Rules, and we were not able to establish that it is unlawful
under the law you cited. We are therefore declining to take action on
it.

Best,
Reddit Legal
""")

case(
    name="reddit-angle-bracket-wrapped-urls",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Sat, 14 Sep 2024 22:50:13 +0000",
    subject="Re: [KCSC-240906-04] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240906-04"),
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply written in a plain-text client that wraps long URLs inside angle brackets",
    why="R1 removed; R3 had already been deleted by its author: not_found.",
    items={R1: "removed", R3: "not_found"},
    body="""Hello,

Update on two of the items in your request:

1) <https://www.reddit.com/r/kdealz_fake/comments/1f9abcd/
   selling_accounts_cheap/>
   Removed by Reddit for violating our Content Policy.

2) <https://www.reddit.com/user/lumen_trader88/comments/
   1f9xyz1/offer/>
   We could not action this one: the post had already been deleted by
   its author before our review.

Reddit Legal
""")

case(
    name="reddit-statement-of-reasons",
    **{"from": "noreply@redditmail.com"},
    name_from="Reddit",
    date="Mon, 16 Sep 2024 15:25:48 +0000",
    subject="Reddit: statement of reasons for reported content (KCSC-240906-04)",
    outcome="applied", classification="confirmation",
    imitates="Reddit DSA statement-of-reasons style notice sent to the notifier",
    why="Decision field: removal of the content, for the one URL named.",
    items={R2: "removed"},
    body=f"""Statement of reasons

Your notice: KCSC-240906-04
Content: {R2}
Type of content: Post (text and image)
Decision: Removal of the content
Ground for decision: Incompatible with Reddit's Content Policy (Rule 7:
illegal or prohibited transactions)
Territorial scope: Worldwide
Automated decision: No

Information about redress options is available at
https://support.reddithelp.com/hc/en-us/articles/legal-redress

Reddit, Inc.
""")

case(
    name="youtube-legal-outcome-gmail-quote",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 06:55:31 +0000",
    subject="Re: [KCSC-240909-05] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240909-05"),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome (blocked in country under local law / removed under Community Guidelines), Gmail quoting",
    why="Y1 blocked from view in South Korea (restricted); Y2 removed; quoted request changes nothing.",
    items={Y1: "restricted", Y2: "removed"},
    body=f"""Hi,

Thanks for reaching out to us.

After review, we've blocked {Y1} from view in South Korea
under local law. We've removed {Y2} from YouTube for
violating our Community Guidelines.

Regards,
The YouTube Legal Support Team

{gmail_quote("KCSC-240909-05", "Mon, Sep 9, 2024 at 5:41 PM")}
""")

yt_age_text = f"""Hello,

Thanks for your report (ref. KCSC-240909-05). Our team has reviewed both
videos.

Video: {Y2}
We've applied an age restriction to this video. It can no longer be
watched by viewers who are signed out or under 18.

Video: {Y1}
We reviewed this video and did not find that it violates our Community
Guidelines or the law you cited, so we're not taking action on it.

The YouTube Team
"""
yt_age_html = f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>Thanks for your report (ref. KCSC-240909-05). Our team has reviewed both videos.</p>
<p><b>Video:</b> <a href="{Y2}">{Y2}</a><br>
We've applied an age restriction to this video. It can no longer be watched by viewers who are signed out or under 18.</p>
<p><b>Video:</b> <a href="{Y1}">{Y1}</a><br>
We reviewed this video and did not find that it violates our Community Guidelines or the law you cited, so we're not taking action on it.</p>
<p>The YouTube Team</p>
<p style="font-size:11px;color:#777">Google LLC, 1600 Amphitheatre Pkwy, Mountain View, CA 94043 &middot; <a href="https://support.google.com/youtube/answer/2802167">Age-restricted content</a></p>
</body></html>
"""
case(
    name="youtube-age-restriction-alternative",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Fri, 13 Sep 2024 01:38:20 +0000",
    subject="Update on your YouTube report",
    outcome="applied", classification="confirmation",
    imitates="YouTube report update: age restriction applied / no violation found (multipart/alternative, QP HTML)",
    why="Y2 age-restricted (restricted); Y1 reviewed, no violation, no action (rejected).",
    items={Y2: "restricted", Y1: "rejected"},
    raw_mime=f"""Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f60346"

--000000000000a1b2c3d4e5f60346
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit

{yt_age_text}
--000000000000a1b2c3d4e5f60346
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(yt_age_html)}
--000000000000a1b2c3d4e5f60346--
""")

case(
    name="youtube-ticket-ack-with-result",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 08:12:04 +0000",
    subject="[7-8812003] Your YouTube legal request KCSC-240909-05",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube support ticket reply that opens with a receipt line and then states a result",
    why="Receipt wording plus an unhedged removal of Y2 is not a pure acknowledgement.",
    items={Y2: "removed"},
    body=f"""Hello,

Thank you for contacting YouTube. We have received your request and
assigned it ticket number 7-8812003.

Update: {Y2} has been removed for violating
YouTube's harassment and cyberbullying policy.

Please keep the ticket number in the subject line of any reply.

Regards,
YouTube Legal Support
""")

case(
    name="discord-ts-action-taken",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 17:44:18 +0000",
    subject="Re: [KCSC-240910-06] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240910-06"),
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety 'we took action' reply (message removed, server removed)",
    why="The message is removed and the server behind the invite removed from Discord.",
    items={D1: "removed", D2: "removed"},
    body=f"""Hi there,

Thanks for your report. Our Trust & Safety team reviewed the content and
took the following actions:

• Message {D2}
  - removed
• Server reached through the invite {D1} - the server has
  been removed from Discord for violating our Community Guidelines

We appreciate you helping keep Discord safe.

Discord Trust & Safety
https://discord.com/safety
""")

case(
    name="discord-invite-invalid-and-no-violation",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Sun, 15 Sep 2024 18:20:59 +0000",
    subject="Your Discord report KCSC-240910-06",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S reply: invite link invalid/expired, message reviewed without violation",
    why="D1 invite invalid, server not located: not_found; D2 no violation found, no action: rejected.",
    items={D1: "not_found", D2: "rejected"},
    body=f"""Hi there,

We've looked into the two links in your report.

The invite link {D1} is invalid or has expired, and we were
unable to locate the server it once pointed to.

We reviewed the message at
{D2}
and did not find a violation of our Community Guidelines or Terms of
Service, so we won't be taking action on it.

Discord Trust & Safety
""")

case(
    name="pinterest-sole-item-no-url",
    **{"from": "legal@pinterest.com"},
    name_from="Pinterest Legal",
    date="Thu, 12 Sep 2024 16:03:30 +0000",
    subject="Re: [KCSC-240911-07] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240911-07"),
    outcome="applied", classification="confirmation",
    imitates="Pinterest legal reply on a one-Pin report, without repeating the link",
    why="One-item request (referenced in the subject and In-Reply-To); 'we removed it' is unhedged.",
    items={P1: "removed"},
    body="""Hi,

Thanks for your report KCSC-240911-07. We reviewed the Pin you reported
and removed it, because it goes against our Community Guidelines on
adult content.

Thanks,
Pinterest Legal
""")

case(
    name="pinterest-blocked-in-korea-url-below",
    **{"from": "legal@pinterest.com"},
    name_from="Pinterest Legal",
    date="Fri, 13 Sep 2024 14:48:07 +0000",
    subject="Pinterest: outcome for KCSC-240911-07",
    outcome="applied", classification="confirmation",
    imitates="Pinterest country-blocking notice, the URL on the line after the statement",
    why="The Pin is blocked for people in South Korea and visible elsewhere: restricted.",
    items={P1: "restricted"},
    body=f"""Hi,

The Pin below is now blocked for people in South Korea, in line with the
local law you cited:

{P1}

It remains visible in other countries.

Thanks,
Pinterest Legal
""")

# ================================================================ REVIEW

case(
    name="x-promise-will-withhold",
    **{"from": "legal-noreply@x.com"},
    date="Wed, 11 Sep 2024 04:20:40 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-01"),
    outcome="review", review="not_understood",
    imitates="X legal 'processing' update promising future withholding",
    why="'will be withheld ... once our review is complete' is a promise, not a statement.",
    items={X1: "pending", X2: "pending"},
    body=f"""Hello,

We're processing your request. The posts listed below will be withheld
in South Korea once our review of the request is complete:

{X1}
{X2}

We'll send you a confirmation when this is done.

X Legal
""")

case(
    name="x-conditional-user-notice",
    **{"from": "legal-noreply@x.com"},
    date="Wed, 11 Sep 2024 09:02:16 +0000",
    subject="Your legal request KCSC-240903-01 - user notified",
    outcome="review", review="not_understood",
    imitates="X legal notice that the account holder was notified and that content will be withheld if not deleted",
    why="Only a condition and a future action on the two named posts.",
    items={X3: "pending", X4: "pending"},
    body=f"""Hello,

We have notified the account holder of the following posts about your
request:

{X3}
{X4}

If the account holder does not delete the posts within 7 days, we will
withhold them in the Republic of Korea. We will let you know the
outcome.

X Legal
""")

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-noreply@x.com"},
    date="Sun, 15 Sep 2024 02:00:00 +0000",
    subject="Your legal request KCSC-240903-01 - completed",
    outcome="review", review="bulk",
    imitates="X legal completion notice summarising the whole request in one sentence",
    why="'All reported posts have been withheld' covers a twelve-item request without naming each.",
    items={X1: "pending", X12: "pending"},
    body="""Hello,

We have completed our review of your legal request KCSC-240903-01. All
reported posts have been withheld in South Korea.

Thanks,
X Legal
""")

case(
    name="meta-hedged-appears-removed",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal",
    date="Thu, 12 Sep 2024 23:10:44 +0000",
    subject="RE: [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240904-02"),
    outcome="review", review="not_understood",
    imitates="Meta staff reply hedging on whether content is still up",
    why="'appears to have been removed' and 'may no longer be available' are hedges.",
    items={M1: "pending", M4: "pending"},
    body=f"""Hi,

Thanks for your message. Based on a first look, the post at
{M1} appears to have been removed
already, and the reel at {M4} may no longer be
available. We are confirming with the relevant team and will get back
to you.

Best,
Meta Legal Operations
""")

case(
    name="tiktok-under-review",
    **{"from": "lert-noreply@tiktok.com"},
    name_from="TikTok",
    date="Tue, 10 Sep 2024 05:30:12 +0000",
    subject="TikTok: your request KCSC-240905-03 is being reviewed",
    outcome="review", review="not_understood",
    imitates="TikTok status update listing the reported videos as 'under review'",
    why="Names two videos but only says they are under review.",
    items={T1: "pending", T2: "pending"},
    body=f"""Dear KCSC,

The following videos from your request are currently under review by
our Trust & Safety team:

- {T1}
- {T2}

We'll update you as soon as a decision has been made.

TikTok Law Enforcement Outreach
""")

case(
    name="tiktok-asks-legal-basis",
    **{"from": "lert-noreply@tiktok.com"},
    name_from="TikTok",
    date="Mon, 09 Sep 2024 08:45:00 +0000",
    subject="TikTok: additional information needed for KCSC-240905-03",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="TikTok request for the legal basis of each reported URL before acting",
    why="Asks for the legal provision per video; states nothing about them.",
    items={T1: "pending", T2: "pending"},
    body=f"""Dear KCSC,

To proceed with your request KCSC-240905-03, please tell us which
provision of Korean law each of the following videos is alleged to
violate, and attach a copy of the decision if one exists:

{T1}
{T2}

Without this information we are unable to complete our assessment.

TikTok Law Enforcement Outreach
""")

case(
    name="reddit-bulk-content-removed",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Tue, 17 Sep 2024 20:30:05 +0000",
    subject="Re: [KCSC-240906-04] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240906-04"),
    outcome="review", review="bulk",
    imitates="Short Reddit legal reply confirming the whole request in one line",
    why="'The content you reported has been removed' covers a five-item request without naming the items.",
    items={R1: "pending", R5: "pending"},
    body="""Hi,

The content you reported has been removed from Reddit.

Thanks,
Reddit Legal
""")

case(
    name="reddit-conflicting-lists",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Wed, 18 Sep 2024 18:12:50 +0000",
    subject="Reddit response to KCSC-240906-04 (update)",
    outcome="review", review="conflicting_statements",
    imitates="Reddit legal reply with 'actioned' and 'not actioned' lists, the same URL pasted into both",
    why="R3 is listed as removed and as not actioned for lack of a violation.",
    items={R3: "pending"},
    body=f"""Hello,

Actioned (removed):
- {R3}

Not actioned (no violation of our Content Policy found):
- {R3}

Reddit Legal
""")

case(
    name="youtube-auth-fail",
    **{"from": "legal-noreply@youtube.com"},
    name_from="YouTube Legal",
    auth="fail",
    date="Sat, 14 Sep 2024 11:11:11 +0000",
    subject="Re: [KCSC-240909-05] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240909-05"),
    outcome="review", review="untrusted",
    imitates="YouTube-looking outcome email whose DKIM/SPF/DMARC fail",
    why="A removal statement from youtube.com that fails authentication.",
    items={Y1: "pending"},
    body=f"""Hello,

Following your request KCSC-240909-05, we have removed the video
{Y1} from YouTube.

The YouTube Legal Team
""")

case(
    name="discord-server-owner-gmail",
    **{"from": "k0reandeals.owner@gmail.com"},
    name_from="deal master",
    date="Sun, 15 Sep 2024 13:40:26 +0000",
    subject="about my discord server (KCSC-240910-06)",
    outcome="review", review="unknown_sender",
    imitates="Reply from the reported server's owner who saw a Discord notice and writes from a personal mailbox",
    why="Not a platform sender; claims the server was deleted.",
    items={D1: "pending"},
    body=f"""hello

discord sent me a message that your agency reported my server
{D1} . i deleted the server myself yesterday so please close
this case. there is nothing there anymore

thanks
""")

case(
    name="twitch-youtube-link-not-hosted",
    **{"from": "legal@twitch.tv"},
    name_from="Twitch Legal",
    date="Mon, 16 Sep 2024 22:05:33 +0000",
    subject="Re: Content report from KCSC",
    outcome="review", review="wrong_platform",
    imitates="Twitch legal reply to a misdirected report: the link is not hosted on Twitch",
    why="Twitch speaks about a YouTube item (not hosted here, no action): a statement about another platform's item.",
    items={Y1: "pending"},
    body=f"""Hello,

We reviewed the link you sent us ({Y1}). This content
is not hosted on Twitch, so we are unable to take any action on it.
Please contact the service that hosts the content.

Twitch Legal
""")

case(
    name="meta-portal-notice-no-claims",
    **{"from": "records@meta.com"},
    name_from="Meta Law Enforcement Response",
    date="Tue, 17 Sep 2024 00:00:12 +0000",
    subject="Changes to the Meta Law Enforcement Online Request System",
    outcome="review", classification="other", review="no_claims",
    imitates="Meta notice to government requesters about its online request system",
    why="Trusted Meta mail naming no item and no request.",
    items={},
    body="""Hello,

From 1 October 2024, requests to remove content under local law must be
submitted through the Law Enforcement Online Request System at
https://www.facebook.com/records/login/ . Requests sent to this address
after that date will not be processed.

Your existing account and login details stay the same.

Meta Law Enforcement Response Team
""")

# ================================================================ IGNORED

case(
    name="x-ticket-acknowledgement",
    **{"from": "legal-noreply@x.com"},
    date="Tue, 03 Sep 2024 09:05:01 +0000",
    subject="We received your legal request [Case 0-4418832201]",
    reply_to_req=mid("KCSC-240903-01"),
    outcome="ignored", classification="acknowledgement",
    imitates="X legal-request portal receipt with a case number",
    why="Pure receipt: case number, nothing about any item.",
    items={X1: "pending"},
    body="""Hello,

We have received your legal request (your reference: KCSC-240903-01).
Your case number is 0-4418832201. Please include it in any further
correspondence about this request.

We review requests in the order they are received.

X Legal
""")

case(
    name="meta-out-of-office",
    **{"from": "dlee@meta.com"},
    name_from="Dana Lee",
    date="Wed, 04 Sep 2024 10:00:44 +0000",
    subject="Automatic reply: [KCSC-240904-02] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=mid("KCSC-240904-02"),
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a Meta employee",
    why="Out-of-office auto-reply.",
    items={M1: "pending"},
    body="""I'm out of the office until Monday 23 September with limited access to
email. For legal removal requests, please use the online request form;
your message will not be forwarded.

Dana
""")

case(
    name="tiktok-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 09:31:02 +0900",
    subject="Undelivered Mail Returned to Sender",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 5.1.1 user unknown) carrying the original request",
    why="A bounce of our own request; the URLs are in the returned message.",
    items={T1: "pending"},
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="5A1F2C0346.1725496262/mx.kcsc.example"

This is a MIME-encapsulated message.

--5A1F2C0346.1725496262/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal-kr@tiktok.com>: host mx1.tiktok.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: User unknown (in reply
    to RCPT TO command)

--5A1F2C0346.1725496262/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu,  5 Sep 2024 09:31:00 +0900 (KST)

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.tiktok.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@tiktok.com>: Recipient address
    rejected: User unknown

--5A1F2C0346.1725496262/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

Date: Thu, 5 Sep 2024 09:30:58 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: [KCSC-240905-03] Request for removal of illegal content
Message-ID: <req-240905-03@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

""" + "\n".join(request_body("KCSC-240905-03")) + """

--5A1F2C0346.1725496262/mx.kcsc.example--
""")

case(
    name="reddit-read-receipt",
    **{"from": "jpark@reddit.com"},
    name_from="J. Park",
    date="Fri, 06 Sep 2024 23:58:10 +0000",
    subject="Read: [KCSC-240906-04] Request for removal of illegal content",
    outcome="ignored", classification="read_receipt",
    imitates="Message disposition notification (read receipt) from a Reddit staff member's mail client",
    why="MDN: the request was displayed; nothing about the items.",
    items={R1: "pending"},
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-346-reddit"

--mdn-346-reddit
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@reddit.com
  Subject: [KCSC-240906-04] Request for removal of illegal content
  Sent: Friday, September 6, 2024 5:40 PM (UTC+09:00) Seoul

was read on Saturday, September 7, 2024 8:58 AM (UTC+09:00) Seoul.

--mdn-346-reddit
Content-Type: message/disposition-notification

Reporting-UA: jpark-laptop; Microsoft Outlook 16.0
Final-Recipient: rfc822;jpark@reddit.com
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-346-reddit--
""")

case(
    name="snapchat-unmonitored-autoreply",
    **{"from": "no-reply@snap.com"},
    name_from="Snap Inc.",
    date="Wed, 11 Sep 2024 02:14:55 +0000",
    subject="Re: Contact point for Korean takedown requests",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    outcome="ignored", classification="auto_reply",
    imitates="Snap law-enforcement mailbox auto-reply pointing to the online portal",
    why="Automatic reply from an unmonitored mailbox.",
    items={},
    body="""Thank you for contacting Snap Inc.

This is an automated response. This mailbox is not monitored. Government
and law enforcement requests must be submitted through our online
portal at https://lawenforcement.snap.com/portal . Messages sent to this
address will not be reviewed.

Snap Inc. Law Enforcement Operations
""")

case(
    name="discord-zendesk-receipt",
    **{"from": "support@discord.com"},
    name_from="Discord",
    date="Tue, 10 Sep 2024 09:12:35 +0000",
    subject="[Discord] Re: [KCSC-240910-06] Request for removal of illegal content (#28811223)",
    reply_to_req=mid("KCSC-240910-06"),
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from Discord support",
    why="Ticket created, request will be reviewed; nothing about the items.",
    items={D1: "pending", D2: "pending"},
    body="""##- Please type your reply above this line -##

Your request (#28811223) has been received and will be reviewed by our
support staff. You'll get an email from us when there's an update.

To add any additional comments, reply to this email.

Discord Support
""")

case(
    name="telegram-dsa-autoreply",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Thu, 12 Sep 2024 07:00:09 +0000",
    subject="Automatic reply: Contact point for Korean takedown requests",
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="auto_reply",
    imitates="Telegram DSA contact-point automatic reply",
    why="Automatic reply naming no item.",
    items={},
    body="""This is an automatic reply. This address is the single point of
contact under the Digital Services Act. We read every message but may
not reply to each one individually. To report content on Telegram,
please use the in-app reporting tools or write to abuse@telegram.org.

Telegram
""")


HEADER = """# blind346: English notices from many platforms (X, YouTube, Meta, TikTok,
# Reddit, Discord, Twitch, Snapchat, Telegram, Pinterest).
# Written by tests/corpus/blind346/make.py; expected results written from
# each email's meaning alone, before any run of the reader.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
