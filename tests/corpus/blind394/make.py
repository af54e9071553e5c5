#!/usr/bin/env python3
"""Blind set 394: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind394/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results below were written from each email's meaning alone, before
the reader was ever run on these emails.
"""
import base64
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
T = [
    "https://www.tiktok.com/@lucky_spin_kr/video/7410238849201155073",
    "https://www.tiktok.com/@lucky_spin_kr/video/7410239017733246210",
    "https://www.tiktok.com/@lucky_spin_kr/video/7410241150098732289",
    "https://www.tiktok.com/@jackpot.dal/video/7409877312650053893",
    "https://www.tiktok.com/@jackpot.dal/video/7409880045517442306",
    "https://www.tiktok.com/@jackpot.dal/photo/7409901238845107461",
    "https://www.tiktok.com/@bet_moon_88/video/7411002231157720321",
    "https://www.tiktok.com/@bet_moon_88/video/7411004519027584257",
    "https://www.tiktok.com/@bet_moon_88",
    "https://www.tiktok.com/@toto.sonagi/video/7408773310259922178",
    "https://www.tiktok.com/@toto.sonagi/video/7408775528891043077",
    "https://www.tiktok.com/@casino_haneul/video/7412118840305614088",
]
X = [
    "https://x.com/icecube_delivery/status/1831544021778104321",
    "https://x.com/icecube_delivery/status/1831560987244019714",
    "https://x.com/cold_snow_seoul/status/1830912233018867855",
    "https://x.com/cold_snow_seoul",
]
Y = [
    "https://www.youtube.com/watch?v=Qm7tR2xLp0A",
    "https://www.youtube.com/watch?v=bV9eK3sWq1Z",
    "https://www.youtube.com/shorts/Jd4uN8cHy6E",
]
M = [
    "https://www.facebook.com/groups/goldenstockclub/posts/1187345520981223/",
    "https://www.facebook.com/profile.php?id=100089341672210",
    "https://www.instagram.com/p/C_kR3vXyQ2m/",
    "https://www.instagram.com/reel/C_mA8wLtB5n/",
    "https://www.instagram.com/stockguru.kim/",
]
R1_SLUG = "오늘의_토토"
R1_RAW = "https://www.reddit.com/r/koreabets/comments/1fcx8k2/" + R1_SLUG + "/"
R = [
    "https://www.reddit.com/r/koreabets/comments/1fcx8k2/" + quote(R1_SLUG) + "/",
    "https://www.reddit.com/user/sonagi_tips/comments/1fd02qa/free_vip_link/",
]
D = ["https://discord.com/invite/hBt0t0Kr"]
W = [
    "https://www.twitch.tv/slotking_kr",
    "https://www.twitch.tv/videos/2245108873",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message id (no <>), note, urls
    ("KCSC-240903-01", "tiktok", "2024-09-03T10:14:00+09:00", "2024-09-10T23:59:59+09:00",
     "illegal_gambling", "req-240903-01@kcsc.example", "gambling promotion videos, 5 accounts", T),
    ("KCSC-240905-02", "x", "2024-09-05T14:02:00+09:00", "2024-09-12T23:59:59+09:00",
     "drugs", "req-240905-02@kcsc.example", "drug sale posts", X),
    ("KCSC-240906-03", "youtube", "2024-09-06T09:40:00+09:00", "2024-09-13T23:59:59+09:00",
     "privacy", "req-240906-03@kcsc.example", "personal data exposure", Y),
    ("KCSC-240909-04", "meta", "2024-09-09T11:25:00+09:00", "2024-09-16T23:59:59+09:00",
     "fraud", "req-240909-04@kcsc.example", "fake investment club", M),
    ("KCSC-240910-05", "reddit", "2024-09-10T16:05:00+09:00", "2024-09-17T23:59:59+09:00",
     "illegal_gambling", "req-240910-05@kcsc.example", "toto tips posts", R),
    ("KCSC-240911-06", "discord", "2024-09-11T10:30:00+09:00", "2024-09-18T23:59:59+09:00",
     "illegal_gambling", "req-240911-06@kcsc.example", "betting server invite", D),
    ("KCSC-240912-07", "twitch", "2024-09-12T15:45:00+09:00", "2024-09-19T23:59:59+09:00",
     "illegal_gambling", "req-240912-07@kcsc.example", "slot streaming channel", W),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            lines.append(f'{ref},{plat},{sent},{due},{u},{cat},{mid},"{note}"')
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# --------------------------------------------------------------------------
# MIME helpers (all deterministic)
# --------------------------------------------------------------------------
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def mixed_with_csv(boundary, text, csv_name, csv_text, csv_b64=False):
    if csv_b64:
        att = f"Content-Transfer-Encoding: base64\n\n{b64(csv_text)}"
    else:
        att = f"Content-Transfer-Encoding: 7bit\n\n{csv_text.rstrip()}"
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

This is a multi-part message in MIME format.

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text.strip()}

--{boundary}
Content-Type: text/csv; charset=utf-8; name="{csv_name}"
Content-Disposition: attachment; filename="{csv_name}"
{att}

--{boundary}--
"""


def alternative(boundary, text, html):
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(text.strip())}

--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html.strip())}

--{boundary}--
"""


def quoted_request(ref, urls, prefix="> "):
    body = [
        "Dear Trust & Safety team,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content, which is illegal under Korean law (our reference {ref}).",
        "",
    ]
    body += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    body += ["", "Please reply with the action taken for each item.", "", "KCSC Takedown Desk"]
    return "\n".join(prefix + line if line else prefix.rstrip() for line in body)


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
CASES = []


def case(**c):
    CASES.append(c)


# ---------------------------------------------------------------- applied --

tt_rows = [
    (T[0], "Removed globally", "Community Guidelines: gambling"),
    (T[1], "Removed globally", "Community Guidelines: gambling"),
    (T[2], "Removed globally", "Community Guidelines: gambling"),
    (T[3], "Restricted in South Korea", "Local law"),
    (T[4], "Restricted in South Korea", "Local law"),
    (T[5], "Not found: content no longer exists", "-"),
    (T[6], "Removed globally", "Community Guidelines: gambling"),
    (T[7], "Removed globally", "Community Guidelines: gambling"),
    (T[8], "Account banned", "Repeated violations"),
    (T[9], "No action: no violation of Community Guidelines or local law found", "-"),
    (T[10], "Restricted in South Korea", "Local law"),
    (T[11], "Not found: invalid link", "-"),
]
tt_html = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{o}</td><td>{b}</td></tr>'
    for i, (u, o, b) in enumerate(tt_rows, 1)
)
case(
    name="tt-gov-request-outcome-html-table",
    date="Tue, 10 Sep 2024 17:22:41 +0800",
    **{"from": "lert-noreply@tiktok.com"},
    name_from="TikTok Law Enforcement Response",
    subject="Re: [KCSC-240903-01] Government removal request - outcome",
    reply_to_req="req-240903-01",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Korea Communications Standards Commission,</p>
<p>We have completed our review of the 12 items listed in your request
KCSC-240903-01 of 3 September 2024. The table below shows the action taken on
each item.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Outcome</th><th>Basis</th></tr>
{tt_html}
</table>
<p>Where content was restricted in South Korea, it remains available in other
regions. More information on how we handle government requests is available at
<a href="https://www.tiktok.com/legal/page/global/law-enforcement/en">our law
enforcement guidelines</a>.</p>
<p>Kind regards,<br>TikTok Law Enforcement Response Team</p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok government removal request outcome letter with a per-URL result table",
    why="HTML table gives one outcome per URL: 6 removed (incl. banned account), 3 restricted in KR, 2 not found, 1 no action",
    items={T[0]: "removed", T[1]: "removed", T[2]: "removed", T[3]: "restricted",
           T[4]: "restricted", T[5]: "not_found", T[6]: "removed", T[7]: "removed",
           T[8]: "removed", T[9]: "rejected", T[10]: "restricted", T[11]: "not_found"},
)

csv1 = "reported_url,decision,region\n" + "\n".join([
    f"{T[0]},Removed,Global",
    f"{T[1]},Removed,Global",
    f"{T[3]},Restricted,KR",
    f"{T[5]},Not found,",
    f"{T[9]},No violation,",
])
case(
    name="tt-partial-results-csv",
    date="Sat, 07 Sep 2024 09:03:12 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal (Korea)",
    subject="KCSC-240903-01: interim results",
    raw_mime=mixed_with_csv(
        "tt-csv-5a1b",
        """Hello KCSC team,

Attached are the results for the items in request KCSC-240903-01 that our team
has finished processing. Items that are not in the file are still being
reviewed and we will send a further update.

Regards,
Hana
TikTok Legal, Korea""",
        "KCSC-240903-01_results.csv",
        csv1,
    ),
    outcome="applied",
    classification="confirmation",
    imitates="trust-and-safety reply with a CSV export of per-URL decisions",
    why="CSV attachment: two removed, one restricted in KR, one not found, one no violation; the other items are not spoken about",
    items={T[0]: "removed", T[1]: "removed", T[3]: "restricted", T[5]: "not_found", T[9]: "rejected"},
)

case(
    name="tt-account-and-videos-prose",
    date="Thu, 05 Sep 2024 11:47:09 +0000",
    **{"from": "safety-kr@tiktok.com"},
    name_from="TikTok Trust & Safety",
    subject="Your report about @bet_moon_88 (KCSC-240903-01)",
    body=f"""Hi KCSC team,

Thanks for flagging the account @bet_moon_88. Our moderators found that two of
its videos promoted illegal gambling services, and both have been taken down:

{T[6]}
{T[7]}

Because of repeated violations, the account itself ({T[8]}) has been
permanently banned and can no longer be viewed on TikTok.

We'll come back to you separately on the other accounts in your request.

Best regards,
TikTok Trust & Safety""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok trust-and-safety outcome email to a reporter",
    why="two videos taken down and the account permanently banned (no longer viewable): three items removed",
    items={T[6]: "removed", T[7]: "removed", T[8]: "removed"},
)

case(
    name="tt-top-posted-gmail-quote",
    date="Fri, 06 Sep 2024 16:30:55 +0900",
    **{"from": "minji.seo@tiktok.com"},
    name_from="Minji Seo",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Quick update on two of the links. {T[9]} is now
removed for breaking our policy on gambling. {T[10]} has
been restricted so that it can no longer be viewed in South Korea.

The other items in your request are still with the legal team.

Best,
Minji
TikTok Trust & Safety | Seoul

On Tue, 3 Sep 2024 at 10:14, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", T)}""",
    outcome="applied",
    classification="confirmation",
    imitates="staff member's top-posted Gmail reply over the quoted request",
    why="removed and restricted for two named videos; the quoted list of 12 below 'On ... wrote:' says nothing",
    items={T[9]: "removed", T[10]: "restricted"},
)

case(
    name="tt-dsa-statement-of-reasons",
    date="Wed, 11 Sep 2024 02:15:33 +0000",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    subject="Statement of reasons for a content moderation decision",
    body=f"""Statement of reasons (Regulation (EU) 2022/2065, Article 17)

Decision ID: SOR-TT-20240911-558214
Notice reference: KCSC-240903-01

Content concerned: {T[2]}
Type of content: video
Decision: removal of the content
Territorial scope: all regions
Date of decision: 10 September 2024

Facts and circumstances: the decision was taken after a notice from the Korea
Communications Standards Commission. A member of our moderation team reviewed
the video.
Ground for the decision: incompatible with our Terms of Service (Community
Guidelines - Gambling).
Use of automated means: the decision was not taken by automated means.

Redress: the uploader may appeal in the app within 180 days. For more
information see https://www.tiktok.com/community-guidelines/en/ .

This message was sent by TikTok Technology Limited.""",
    outcome="applied",
    classification="confirmation",
    imitates="DSA Article 17 statement of reasons (TikTok transparency database format)",
    why="Decision: removal of the content, scope all regions, for one named video",
    items={T[2]: "removed"},
)

case(
    name="x-withheld-kr-and-declined",
    date="Mon, 09 Sep 2024 22:04:18 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Case #0184-KR-22097 [KCSC-240905-02]",
    reply_to_req="req-240905-02",
    body=f"""Hello,

We have reviewed the request referenced above.

After careful consideration, X has withheld the following posts in the Republic
of Korea (KR) in response to your request:

- {X[0]}
- {X[1]}

We reviewed the post below under the X Rules and applicable local law. We did
not find a violation and are declining to take action on it:

- {X[2]}

Where permitted, the account holders have been notified. Learn more about
country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal""",
    outcome="applied",
    classification="confirmation",
    imitates="X legal request outcome: country withheld content plus a declined item",
    why="two posts withheld in KR (restricted), one declined as no violation (rejected)",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "rejected"},
)

case(
    name="x-account-suspended",
    date="Tue, 10 Sep 2024 03:51:40 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Case #0184-KR-22098 [KCSC-240905-02] account",
    body=f"""Hello,

Regarding your request KCSC-240905-02: the account @cold_snow_seoul
({X[3]}) has been permanently suspended for violating the X Rules on
illegal and regulated goods and services. The profile is no longer available on X.

Regards,
X Legal""",
    outcome="applied",
    classification="confirmation",
    imitates="X notice that a reported account was suspended",
    why="the named account is permanently suspended and no longer available: removed; its post is not named",
    items={X[3]: "removed"},
)

qp_text = f"""Hi,

Following our review of KCSC-240905-02 we removed the post {X[1]} globally because it broke our policy on illegal and regulated goods and services.

Thanks,
X Safety"""
case(
    name="x-qp-wrapped-url",
    date="Sun, 08 Sep 2024 07:12:00 +0000",
    **{"from": "safety@x.com"},
    name_from="X Safety",
    subject="Re: KCSC-240905-02",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_text)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="X safety reply sent quoted-printable (URL split by a soft line break)",
    why="one post removed globally, the URL is broken only by QP soft line breaks",
    items={X[1]: "removed"},
)

case(
    name="yt-legal-three-outcomes",
    date="Thu, 12 Sep 2024 08:33:19 -0700",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="[KCSC-240906-03] Your legal request to YouTube",
    reply_to_req="req-240906-03",
    body=f"""Hello,

Thanks for reaching out to us.

We have reviewed your request KCSC-240906-03. Based on our review, we have
blocked the following video from view on YouTube in South Korea:
{Y[0]}

We have removed the following content from YouTube globally, as it violates
our Community Guidelines:
{Y[1]}

We have decided not to take action on the following content. Our review did
not find it to be in violation of local law or of our policies:
{Y[2]}

Regards,
The YouTube Legal Team""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal removal outcome (blocked in country / removed / no action)",
    why="statement line then URL on the line below: KR block (restricted), removal, no action (rejected)",
    items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "rejected"},
)

case(
    name="yt-age-restricted",
    date="Tue, 10 Sep 2024 19:05:02 -0700",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    subject="Update on your report (KCSC-240906-03)",
    body=f"""Hi,

Thanks for your report. After review, we have age-restricted the video
{Y[0]}. It stays on YouTube but can only be watched by signed-in
viewers aged 18 or over.

Learn more about age-restricted content: https://support.google.com/youtube/answer/2802167

- The YouTube Team""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube Community Guidelines age-restriction notice",
    why="age-restricted video: restricted",
    items={Y[0]: "restricted"},
)

yt_html = f"""<html><body>
<p>Hello,</p>
<p>Regarding request <b>KCSC-240906-03</b>: we removed the following videos from
YouTube because they violate our policy on privacy and personal information:</p>
<ul>
<li><a href="{Y[1]}">{Y[1]}</a></li>
<li><a href="{Y[2]}">{Y[2]}</a></li>
</ul>
<p>Read our <a href="https://support.google.com/youtube/answer/2801895">privacy guidelines</a>.</p>
<p>The YouTube Team</p>
</body></html>"""
yt_text = f"""Hello,

Regarding request KCSC-240906-03: we removed the following videos from
YouTube because they violate our policy on privacy and personal information:

* {Y[1]}
* {Y[2]}

Read our privacy guidelines: https://support.google.com/youtube/answer/2801895

The YouTube Team"""
case(
    name="yt-html-alternative-list",
    date="Mon, 09 Sep 2024 13:40:27 -0700",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube",
    subject="Action taken: KCSC-240906-03",
    raw_mime=alternative("yt-alt-7c2e", yt_text, yt_html),
    outcome="applied",
    classification="confirmation",
    imitates="YouTube HTML outcome email (multipart/alternative, quoted-printable)",
    why="two videos removed; the help-centre link is not an item",
    items={Y[1]: "removed", Y[2]: "removed"},
)

case(
    name="ig-dsa-decision-two-items",
    date="Thu, 12 Sep 2024 06:18:44 +0000",
    **{"from": "no-reply@mail.instagram.com"},
    name_from="Instagram",
    subject="Decision on your report KCSC-240909-04",
    body=f"""Decision on your report under the Digital Services Act

Report reference: KCSC-240909-04

Content: {M[2]}
Our decision: we removed this content because it goes against our Community
Guidelines on fraud and scams.

Content: {M[3]}
Our decision: we restricted access to this content in South Korea because it
is unlawful there. It remains available in other countries.

How we made this decision: these decisions were made by our review team.
If you disagree, you can find your options at
https://help.instagram.com/contact/dsa-appeals

Instagram, Meta Platforms Ireland Limited""",
    outcome="applied",
    classification="confirmation",
    imitates="Instagram DSA notice-outcome email (Content / Our decision blocks)",
    why="one post removed, one reel restricted in KR",
    items={M[2]: "removed", M[3]: "restricted"},
)

case(
    name="fb-numbered-findings",
    date="Wed, 11 Sep 2024 10:02:11 +0000",
    **{"from": "notification@facebookmail.com"},
    name_from="Facebook",
    subject="We've reviewed your report (ref. KCSC-240909-04)",
    body=f"""Hi KCSC,

We've finished reviewing the content in your report (ref. KCSC-240909-04).
Here is what we found:

1. {M[0]}
   We removed this post because it goes against our Community Standards on
   fraud and deception.

2. {M[1]}
   We couldn't find a profile at this link.

3. {M[4]}
   This account doesn't go against our Community Standards, so we haven't
   taken it down.

Thanks for helping keep our community safe.
The Facebook Team""",
    outcome="applied",
    classification="confirmation",
    imitates="Facebook report outcome with a numbered finding per link",
    why="numbered list: removed, not found, left up (rejected)",
    items={M[0]: "removed", M[1]: "not_found", M[4]: "rejected"},
)

case(
    name="meta-bare-url-status-below",
    date="Fri, 13 Sep 2024 04:27:39 +0000",
    **{"from": "content-review@meta.com"},
    name_from="Meta Content Review",
    subject="Report ID 58120044713 - KCSC-240909-04",
    body=f"""Report ID 58120044713

{M[3]}
Status: Removed

{M[4]}
Status: Account disabled

{M[1]}
Status: Content unavailable - unable to locate

Meta Content Review""",
    outcome="applied",
    classification="confirmation",
    imitates="terse ticket-system status export (URL line, status on the line below)",
    why="removed, account disabled (removed), unable to locate (not_found)",
    items={M[3]: "removed", M[4]: "removed", M[1]: "not_found"},
)

case(
    name="fb-ack-phrase-plus-removal",
    date="Tue, 10 Sep 2024 08:55:00 +0000",
    **{"from": "legal-noreply@facebookmail.com"},
    name_from="Facebook",
    subject="Your report KCSC-240909-04",
    body=f"""Thank you for contacting us.

We received your report and reviewed it against our Community Standards. We
removed the post you reported:
{M[0]}

Ticket: 4409718822

Facebook Legal""",
    outcome="applied",
    classification="confirmation",
    imitates="Facebook receipt-style reply that also states the removal",
    why="acknowledgement phrase plus an unhedged removal of a named post: not a pure acknowledgement",
    items={M[0]: "removed"},
)

csv_meta = "Content URL,Action taken,Scope\n" + "\n".join([
    f"{M[0]},Removed,Global",
    f"{M[1]},Not found,",
    f"{M[2]},Restricted,KR",
    f"{M[3]},No action - does not violate,",
    f"{M[4]},Removed,Global",
])
case(
    name="meta-csv-all-five",
    date="Sat, 14 Sep 2024 01:10:22 +0000",
    **{"from": "records@meta.com"},
    name_from="Meta Law Enforcement Response",
    subject="KCSC-240909-04 - outcome report attached",
    raw_mime=mixed_with_csv(
        "meta-b64-90fe",
        """Hello,

Please find attached our outcome report for your request KCSC-240909-04
(5 URLs).

Meta Law Enforcement Response Team""",
        "outcome_KCSC-240909-04.csv",
        csv_meta,
        csv_b64=True,
    ),
    outcome="applied",
    classification="confirmation",
    imitates="Meta law-enforcement portal outcome report as a base64 CSV attachment",
    why="CSV lists all five: removed, not found, restricted KR, no action (rejected), removed",
    items={M[0]: "removed", M[1]: "not_found", M[2]: "restricted", M[3]: "rejected", M[4]: "removed"},
)

case(
    name="reddit-bilingual-korean-particle",
    date="Fri, 13 Sep 2024 18:20:05 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: KCSC-240910-05",
    body=f"""Hello,

Thank you for your notice KCSC-240910-05. We have removed the post at the
link below for violating Reddit's Content Policy on illegal transactions:
{R1_RAW}

(한국어 안내) 요청하신 게시물 {R1_RAW}은 삭제되었습니다.

Reddit Legal""",
    outcome="applied",
    classification="confirmation",
    imitates="Reddit legal reply with a Korean summary line (raw Korean path, particle after the URL)",
    why="post removed; the raw Korean path matches the percent-encoded request URL",
    items={R[0]: "removed"},
)

case(
    name="reddit-geo-blocked",
    date="Sat, 14 Sep 2024 02:44:51 +0000",
    **{"from": "noreply@redditmail.com"},
    name_from="Reddit",
    subject="Update on your report KCSC-240910-05",
    body=f"""Hi there,

Following your report, the content at
{R[1]}
has been geo-blocked and is no longer viewable in South Korea.

Thanks,
Reddit Safety""",
    outcome="applied",
    classification="confirmation",
    imitates="Reddit report update (geo-blocked / country restriction)",
    why="one post geo-blocked in KR: restricted",
    items={R[1]: "restricted"},
)

case(
    name="reddit-two-bullets-author-deleted",
    date="Mon, 16 Sep 2024 20:31:08 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="KCSC-240910-05 - outcome",
    body=f"""Hello KCSC,

Our outcome for KCSC-240910-05:

  - {R[0]} : removed by Reddit admins
  - {R[1]} : already deleted by its author before our review; nothing left to action

Best,
Reddit Legal Operations""",
    outcome="applied",
    classification="confirmation",
    imitates="Reddit legal operations reply with a bulleted per-URL outcome",
    why="one removed, one already deleted by its author (not_found)",
    items={R[0]: "removed", R[1]: "not_found"},
)

case(
    name="discord-server-removed-sole",
    date="Fri, 13 Sep 2024 21:08:30 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: KCSC-240911-06 - report outcome",
    reply_to_req="req-240911-06",
    body="""Hi there,

Thank you for your report. Our Safety team investigated the server you
reported and found that it violated Discord's Community Guidelines. We have
removed the server from Discord and taken action against the accounts that
ran it.

You can read more about the actions we take at
https://discord.com/safety/360044159011-what-actions-we-take

Discord Trust & Safety""",
    outcome="applied",
    classification="confirmation",
    imitates="Discord Trust & Safety report-outcome email",
    why="no URL, but the request has one item and the email says the reported server was removed",
    items={D[0]: "removed"},
)

tw_text = f"""Hello KCSC,

Regarding KCSC-240912-07:

The channel {W[0]} has been indefinitely suspended for violating Twitch's Community Guidelines on gambling and is no longer accessible.

The video {W[1]} had already been deleted by the broadcaster before our review, so no further action was needed.

Twitch Legal"""
case(
    name="twitch-base64-two-items",
    date="Tue, 17 Sep 2024 23:59:10 +0000",
    **{"from": "legal@twitch.tv"},
    name_from="Twitch Legal",
    subject="Re: KCSC-240912-07",
    reply_to_req="req-240912-07",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(tw_text)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Twitch legal reply (base64 body)",
    why="channel suspended and no longer accessible (removed); VOD already deleted by its owner (not_found)",
    items={W[0]: "removed", W[1]: "not_found"},
)

case(
    name="tt-outlook-original-message",
    date="Mon, 09 Sep 2024 10:11:48 +0900",
    **{"from": "jiwoo.park@tiktok.com"},
    name_from="Jiwoo Park",
    subject="RE: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""Dear KCSC,

Please be advised that the following video has been restricted in Korea under
local law:

{T[4]}

Kind regards,
Jiwoo Park
Government Relations, TikTok Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:14 AM
To: legal-kr@tiktok.com
Subject: KCSC-240903-01 Request for removal of illegal content

{quoted_request("KCSC-240903-01", T, prefix="")}""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply over an unprefixed '-----Original Message-----' copy of the request",
    why="one video restricted in Korea; the 12 URLs in the original message below are our own request",
    items={T[4]: "restricted"},
)

case(
    name="tt-angle-brackets-bullets",
    date="Sun, 08 Sep 2024 12:00:37 +0000",
    **{"from": "safety-kr@tiktok.com"},
    name_from="TikTok Trust & Safety",
    subject="KCSC-240903-01 update",
    body=f"""Hello,

Our team actioned the following videos, which are no longer available on
TikTok:
  * <{T[1]}>
  * <{T[2]}>
  * <{T[7]}>

The following link could not be found on TikTok; please check that it is
correct:
  * <{T[11]}>

TikTok Trust & Safety""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok trust-and-safety update with URLs in angle brackets",
    why="three actioned and no longer available (removed), one could not be found",
    items={T[1]: "removed", T[2]: "removed", T[7]: "removed", T[11]: "not_found"},
)

case(
    name="x-outlook-withheld-one",
    date="Wed, 11 Sep 2024 05:36:02 +0000",
    **{"from": "daniel.kwon@x.com"},
    name_from="Daniel Kwon",
    subject="RE: KCSC-240905-02 Request for removal of illegal content",
    reply_to_req="req-240905-02",
    body=f"""Hi,

{X[0]} has now been withheld in Korea. I will follow up on the
remaining posts separately.

Daniel
Legal Policy, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 2:02 PM
To: legal@x.com
Subject: KCSC-240905-02 Request for removal of illegal content

{quoted_request("KCSC-240905-02", X, prefix="")}""",
    outcome="applied",
    classification="confirmation",
    imitates="X legal staff reply in Outlook over the original request",
    why="one post withheld in KR; the other three appear only in our quoted request",
    items={X[0]: "restricted"},
)

case(
    name="tt-echoed-report-decision",
    date="Sat, 07 Sep 2024 20:14:26 +0000",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    subject="We've reviewed your report",
    body=f"""Your report

Reported content: {T[3]}
Reason: Illegal activities and regulated goods - Gambling
Submitted by: Korea Communications Standards Commission (KCSC-240903-01)

Our decision

We've removed this video for violating our Community Guidelines. Thanks for
helping us keep TikTok safe.

View our Community Guidelines: https://www.tiktok.com/community-guidelines/en/""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok in-app report outcome, echoing the report then the decision",
    why="the echoed report names one video and the decision says it was removed",
    items={T[3]: "removed"},
)

# ----------------------------------------------------------------- review --

case(
    name="tt-escalated-promise",
    date="Wed, 04 Sep 2024 09:20:00 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal (Korea)",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""Dear KCSC,

Your request KCSC-240903-01 has been escalated to our specialist team. The
videos {T[0]} and
{T[6]} will be removed once the review is complete,
and we will inform you of the final outcome.

Regards,
TikTok Legal""",
    outcome="review",
    review="not_understood",
    imitates="platform holding reply that promises future removal",
    why="'will be removed once the review is complete' is a promise: items stay pending",
    items={T[0]: "pending", T[6]: "pending"},
)

case(
    name="x-hedged-may-have-been",
    date="Sat, 07 Sep 2024 15:48:09 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Case #0184-KR-22097 [KCSC-240905-02] preliminary",
    body=f"""Hello,

From our records, the post {X[0]} may have been
deleted by the account holder already, and {X[1]}
appears to be no longer accessible. We will confirm once our review is
finished.

Regards,
X Legal""",
    outcome="review",
    review="not_understood",
    imitates="preliminary legal-desk reply with hedged observations",
    why="'may have been deleted' and 'appears to be' are hedges, not statements",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="tt-status-in-review-list",
    date="Thu, 05 Sep 2024 03:02:44 +0000",
    **{"from": "lert-noreply@tiktok.com"},
    name_from="TikTok Law Enforcement Response",
    subject="[KCSC-240903-01] Status of your request",
    body=f"""Status of your request KCSC-240903-01

{T[3]}    In review
{T[4]}    In review
{T[5]}    Pending further review

You will receive another email when a decision has been made.""",
    outcome="review",
    review="not_understood",
    imitates="ticket-portal status digest where every item is still in review",
    why="'In review' / 'Pending further review' are not outcomes",
    items={T[3]: "pending", T[4]: "pending", T[5]: "pending"},
)

case(
    name="ig-conditional-restriction",
    date="Wed, 11 Sep 2024 14:30:19 +0000",
    **{"from": "no-reply@mail.instagram.com"},
    name_from="Instagram",
    subject="About your report KCSC-240909-04",
    body=f"""Hi,

We've let the owner of {M[2]} know about your report. If the post is still up
in 48 hours, we will restrict access to it in South Korea.

Instagram""",
    outcome="review",
    review="not_understood",
    imitates="notice-and-action interim message with a conditional action",
    why="restriction only on a condition in the future: not a statement",
    items={M[2]: "pending"},
)

case(
    name="tt-bulk-all-removed",
    date="Fri, 13 Sep 2024 07:07:07 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal (Korea)",
    subject="KCSC-240903-01 closed",
    body="""Dear KCSC,

We have reviewed all of the content you reported in request KCSC-240903-01
and removed it from TikTok. This request is now closed.

Regards,
TikTok Legal""",
    outcome="review",
    review="bulk",
    imitates="platform closing note that covers a whole request in one sentence",
    why="'all of the content ... removed' names no URL, for a 12-item request: bulk",
    items={u: "pending" for u in T},
)

case(
    name="fb-auth-fail-untrusted",
    date="Thu, 12 Sep 2024 12:12:12 +0000",
    **{"from": "notification@facebookmail.com"},
    name_from="Facebook",
    auth="fail",
    subject="Your report KCSC-240909-04 has been actioned",
    body=f"""Hi KCSC,

We removed the following content after reviewing your report:

{M[0]}
{M[4]}

The Facebook Team""",
    outcome="review",
    review="untrusted",
    imitates="Facebook outcome notice that fails DKIM/SPF/DMARC",
    why="Meta sender domain but authentication fails: nothing applied",
    items={M[0]: "pending", M[4]: "pending"},
)

case(
    name="tt-vendor-unknown-sender",
    date="Sun, 08 Sep 2024 06:40:00 +0000",
    **{"from": "trust-safety@tt-moderation-partner.com"},
    name_from="Moderation Partner Services",
    subject="KCSC-240903-01 - action completed",
    body=f"""Hello,

On behalf of TikTok, we confirm that the video {T[0]}
has been removed.

Moderation Partner Services
Outsourced trust & safety operations""",
    outcome="review",
    review="unknown_sender",
    imitates="outsourced moderation vendor writing on a platform's behalf",
    why="sender domain is not any platform's: the removal is not applied",
    items={T[0]: "pending"},
)

case(
    name="pinterest-not-our-link",
    date="Tue, 10 Sep 2024 17:55:41 +0000",
    **{"from": "support@pinterest.com"},
    name_from="Pinterest Support",
    subject="Re: removal request",
    body=f"""Hi there,

Thanks for reaching out. We couldn't find any Pinterest content at the link you
reported:

{M[3]}

This link isn't a Pinterest URL, so there's nothing we can remove on our side.
You may want to contact the service that hosts it.

Pinterest Support""",
    outcome="review",
    review="wrong_platform",
    imitates="Pinterest support reply to a misdirected report",
    why="Pinterest states it cannot find an Instagram item: another platform's item",
    items={M[3]: "pending"},
)

case(
    name="x-asks-for-court-order",
    date="Mon, 09 Sep 2024 01:22:57 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Case #0184-KR-22099 [KCSC-240905-02] more information needed",
    body=f"""Hello,

To process your request regarding {X[3]} we need a copy of the court order or
the specific provision of Korean law that the account is said to violate.
Please reply to this email with the document attached.

Regards,
X Legal""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="X legal request for the legal basis of a removal demand",
    why="asks for documents before acting: staff must answer",
    items={X[3]: "pending"},
)

case(
    name="yt-process-change-no-claims",
    date="Thu, 12 Sep 2024 16:00:00 -0700",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="Changes to how we receive government removal requests",
    body="""Hello,

We're writing to let you know that from 1 October 2024, government agencies
should submit legal removal requests for YouTube through our Government
Requests portal at https://support.google.com/legal/answer/3110420 instead of
by email. Requests sent by email after that date may take longer to process.

Thank you,
Google Legal Support""",
    outcome="review",
    review="no_claims",
    imitates="platform circular about a new submission channel",
    why="trusted YouTube sender, names no item and no request",
    items={},
)

case(
    name="reddit-internal-forward",
    date="Mon, 16 Sep 2024 09:14:33 +0000",
    **{"from": "sam.ortiz@reddit.com"},
    name_from="Sam Ortiz",
    subject="Fwd: KCSC-240910-05 outcome",
    body=f"""FYI - forwarding the outcome from our legal team below, in case it did not
reach you.

Sam

---------- Forwarded message ---------
From: Reddit Legal <legal@reddit.com>
Date: Fri, Sep 13, 2024 at 11:02 AM
Subject: KCSC-240910-05 outcome
To: Reddit Legal Ops <legal-ops@reddit.com>

We have removed {R[1]} for violating
Reddit's Content Policy.""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="platform employee forwarding an internal outcome message",
    why="the only statement is inside a forwarded message",
    items={R[1]: "pending"},
)

# ---------------------------------------------------------------- ignored --

case(
    name="tt-report-receipt",
    date="Tue, 03 Sep 2024 02:15:09 +0000",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    subject="We've received your report (KCSC-240903-01)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We've received your report (KCSC-240903-01).
Ticket ID: 24090312345

Our team will review it and get back to you by email.

TikTok""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="TikTok automatic report receipt with a ticket number",
    why="pure receipt: ticket number, no statement",
    items={},
)

case(
    name="discord-zendesk-receipt-echo",
    date="Wed, 11 Sep 2024 01:31:50 +0000",
    **{"from": "support@discord.com"},
    name_from="Discord",
    subject="[Discord] Re: KCSC-240911-06",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""##- Please type your reply above this line -##

Your request (#31877920) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 11, 2024, 01:30 UTC

Dear Discord, please remove the server at {D[0]}
(our reference KCSC-240911-06).

This email is a service from Discord.""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk-style ticket receipt echoing the submitted request",
    why="receipt; the URL appears only in the echo of our own request",
    items={},
)

case(
    name="twitch-out-of-office",
    date="Thu, 12 Sep 2024 06:46:02 +0000",
    **{"from": "jordan.lee@twitch.tv"},
    name_from="Jordan Lee",
    subject="Automatic reply: KCSC-240912-07 Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I'm out of the office until Monday 23 September with limited access to email.
For urgent legal matters please write to legal@twitch.tv.

Jordan""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office",
    items={},
)

case(
    name="snapchat-unmonitored-autoreply",
    date="Fri, 13 Sep 2024 04:04:04 +0000",
    **{"from": "no-reply@snapchat.com"},
    name_from="Snapchat Support",
    subject="Auto-Reply: Request for removal",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Thanks for your email. This address is not monitored.

If you are a government agency, please submit your request through
https://www.snap.com/en-US/safety-and-impact/ so that our team can review it.

Snap Inc.""",
    outcome="ignored",
    classification="auto_reply",
    imitates="unmonitored-mailbox auto-responder",
    why="automatic reply from an unmonitored address",
    items={},
)

dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-4e1a"

--dsn-4e1a
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-kr-old@google.com because the address
couldn't be found, or is unable to receive mail.

--dsn-4e1a
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.google.com
Arrival-Date: Fri, 06 Sep 2024 00:40:12 +0000

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--dsn-4e1a
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: KCSC-240906-03 Request for removal of illegal content
Message-ID: <req-240906-03@kcsc.example>
Date: Fri, 06 Sep 2024 09:40:00 +0900
Content-Type: text/plain; charset=utf-8

{quoted_request("KCSC-240906-03", Y, prefix="")}

--dsn-4e1a--
"""
case(
    name="yt-dsn-address-not-found",
    date="Fri, 06 Sep 2024 00:40:14 +0000",
    **{"from": "mailer-daemon@google.com"},
    name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    raw_mime=dsn,
    outcome="ignored",
    classification="bounce",
    imitates="Gmail delivery status notification (address not found)",
    why="bounce carrying our own request",
    items={},
)

mdn = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-77b0"

--mdn-77b0
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal@x.com at 9/5/2024 2:02 PM.

This receipt verifies that the message has been displayed on the recipient's
computer. There is no guarantee that the recipient has read or understood the
message contents.

--mdn-77b0
Content-Type: message/disposition-notification

Reporting-UA: x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; legal@x.com
Original-Message-ID: <req-240905-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-77b0--
"""
case(
    name="x-read-receipt",
    date="Thu, 05 Sep 2024 06:30:41 +0000",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject="Read: KCSC-240905-02 Request for removal of illegal content",
    reply_to_req="req-240905-02",
    raw_mime=mdn,
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="meta-portal-receipt",
    date="Mon, 09 Sep 2024 02:27:30 +0000",
    **{"from": "records@meta.com"},
    name_from="Meta Law Enforcement Response",
    subject="Request received: KCSC-240909-04",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thank you for your submission.

We have received your request KCSC-240909-04 and created case number
CN-8841207. Please keep this number for any follow-up.

Meta Law Enforcement Response Team""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Meta law-enforcement portal case-created receipt",
    why="pure acknowledgement with a case number",
    items={},
)

HEADER = """# Blind set 394 (tests/corpus/blind394/): English notices from many
# platforms. Written from each email's meaning before any run of the reader.
# Generated by make.py - do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind394", HEADER, CASES)
    n = {}
    for c in CASES:
        n[c["outcome"]] = n.get(c["outcome"], 0) + 1
    print(len(CASES), "cases", n)
