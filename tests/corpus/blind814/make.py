#!/usr/bin/env python3
"""Blind set 814: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Telegram, Twitch, Discord, Snapchat, Pinterest).

    python3 tests/corpus/blind814/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is written in our own sentences in the manner of a public notice
(named in `imitates`); all accounts, ids and URLs are fictional. Expected
results were written from each email's meaning, before any run of the reader.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/spinroom_777/status/1830411220915502231",
    "https://x.com/spinroom_777/status/1830419987716604112",
    "https://x.com/jackpot_lane/status/1830502871104529920",
    "https://x.com/jackpot_lane/status/1830533019928776704",
    "https://x.com/betkorea_vip",
    "https://x.com/toto_signal/status/1829987712320151552",
    "https://x.com/toto_signal/status/1830001456781099008",
    "https://x.com/hanriver_odds/status/1830677321009668096",
    "https://x.com/hanriver_odds/status/1830690044512301056",
    "https://x.com/casino_moon_kr/status/1830715598230011904",
    "https://x.com/casino_moon_kr/status/1830726610071945216",
    "https://twitter.com/slotking_seoul/status/1829850042117181440",
]
M = [
    "https://www.facebook.com/groups/nightmarket.seoul/posts/8812034455102937/",
    "https://www.facebook.com/permalink.php?story_fbid=pfbid02Xq7Lm3RtVw&id=100089551230761",
    "https://www.instagram.com/p/C_kT7vQJx2R/",
    "https://www.instagram.com/reel/C_mB2wXy8Lp/",
    "https://www.instagram.com/pill.express.kr/",
]
Y = [
    "https://www.youtube.com/watch?v=Qm7xKp2LwZs",
    "https://www.youtube.com/watch?v=bT4nR9eXc0A",
    "https://youtu.be/Hc8dV1yLq3M",
    "https://www.youtube.com/@fakeloan-tv",
]
T = [
    "https://www.tiktok.com/@quickcash.kr/video/7411203398812345601",
    "https://www.tiktok.com/@quickcash.kr/video/7411587720931234562",
    "https://www.tiktok.com/@docs_forge/video/7410990012345678901",
]
R = [
    "https://www.reddit.com/r/koreaunfiltered/comments/1f9xk2a/leaked_photos_thread/",
    "https://www.reddit.com/user/seoul_leaks_bot/comments/1fa0c7m/part_two/",
]
G = [
    "https://t.me/s/drop_market_kr/1184",
    "https://t.me/cardshop_seoul",
]
W = ["https://www.twitch.tv/videos/2245678901"]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-06T18:00:00+09:00",
     "illegal_gambling", X, "gambling promotion accounts"),
    ("KCSC-240904-02", "meta", "2024-09-04T11:30:00+09:00", "2024-09-09T18:00:00+09:00",
     "drugs", M, "Facebook and Instagram drug sales"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:15:00+09:00", "2024-09-10T18:00:00+09:00",
     "fraud", Y, "illegal private loan advertising"),
    ("KCSC-240909-04", "tiktok", "2024-09-09T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "forged_documents", T, "forged ID and loan videos"),
    ("KCSC-240910-05", "reddit", "2024-09-10T10:40:00+09:00", "2024-09-13T18:00:00+09:00",
     "privacy", R, "non-consensual images"),
    ("KCSC-240911-06", "telegram", "2024-09-11T16:20:00+09:00", "2024-09-14T18:00:00+09:00",
     "drugs", G, "drug and stolen card channels"),
    ("KCSC-240912-07", "twitch", "2024-09-12T09:00:00+09:00", "2024-09-15T18:00:00+09:00",
     "illegal_gambling", W, "casino stream"),
]


def msgid(ref):
    return ref.lower() + ".1@kcsc.example"


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            q = '"%s"' % u if "," in u else u
            lines.append(f"{ref},{plat},{sent},{due},{q},{cat},{msgid(ref)},{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def rid(ref):
    """reply_to_req value: corpuslib appends @kcsc.example."""
    return msgid(ref).split("@")[0]


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted_request(ref, urls, style):
    """Our own request as quoted below a reply (Outlook or Gmail style)."""
    body = [f"Dear team,", "",
            f"Under Article 44-7 of the Information and Communications Network Act, the",
            f"Korea Communications Standards Commission requests the removal of the",
            f"following content (our reference {ref}):", ""]
    body += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    body += ["", "Please reply to this address with the action taken for each item.", "",
             "KCSC Takedown Team"]
    if style == "outlook":
        head = ["-----Original Message-----",
                "From: KCSC Takedown <takedown@kcsc.example>",
                "Sent: Tuesday, September 3, 2024 10:00 AM",
                "To: legal@x.com",
                f"Subject: {ref} Request for removal of illegal content", ""]
        return "\n".join(head + body)
    return "\n".join(["> " + l if l else ">" for l in body])


# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======================= APPLIED =======================

case(
    name="x-withheld-kr-numbered",
    date="Wed, 04 Sep 2024 06:12:44 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240903-01 Request for removal of illegal content [ref:00D4x7Kq]",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your report. After reviewing it, we have withheld the following
content in South Korea in response to your legal demand, in line with our
Country Withheld Content policy:

1. {X[0]}
2. {X[1]}
3. {X[2]}

The affected account holders have been notified, and a copy of the demand may
be published on Lumen with your personal contact details redacted.

The other items in your request are still being reviewed and we will write to
you separately about them.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome: content withheld in a country (CWC policy)",
    why="three posts listed one by one as withheld in South Korea; the rest only said to be under review, without URLs",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-text-table-mixed",
    date="Thu, 05 Sep 2024 02:40:10 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="KCSC-240903-01: outcome of your legal request",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hi KCSC team,

We have completed our review of part of your request. The outcome for each
reported URL is shown below.

Reported URL                                            Action taken
----------------------------------------------------------------------------------------
{X[3]}   Removed (violation of X Rules: illegal goods and services)
{X[4]}                             Account permanently suspended
{X[5]}   No action: no violation of X Rules or Korean law identified
{X[6]}   Not found: we could not locate this post

Where we took no action, you are welcome to send additional context (for
example a court order) and we will take another look.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome table with one action per reported URL",
    why="fixed-width table: removed, account suspended (removed), no action (rejected), could not locate (not_found)",
    items={X[3]: "removed", X[4]: "removed", X[5]: "rejected", X[6]: "not_found"},
)

case(
    name="x-bare-url-status-below",
    date="Fri, 06 Sep 2024 08:05:31 +0000",
    **{"from": "noreply@x.com"}, name_from="X Support",
    subject="Case update - KCSC-240903-01",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

Update on your case:

{X[7]}
Status: Withheld in: KR

{X[8]}
Status: Unable to action - the post was deleted by the account holder before our review

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support case update listing each URL with its status on the line below",
    why="bare URLs, status on the next line: withheld in KR (restricted), deleted by its author before review (not_found)",
    items={X[7]: "restricted", X[8]: "not_found"},
)

case(
    name="x-outlook-top-posted",
    date="Mon, 09 Sep 2024 05:21:00 +0000",
    **{"from": "j.park@x.com"}, name_from="Jiwoo Park (X Legal)",
    subject="RE: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hi team,

A quick update on your request below. We have withheld these two posts in
South Korea today:

{X[9]}
{X[10]}

Everything else is with our reviewers and I will come back to you once they
have finished.

Best,
Jiwoo Park
Legal Policy, X Corp.

{quoted_request("KCSC-240903-01", X, "outlook")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from a platform legal staffer over the quoted request",
    why="two posts withheld in KR in the reply; the twelve URLs of the quoted request below -----Original Message----- are not statements",
    items={X[9]: "restricted", X[10]: "restricted", X[0]: "pending", X[4]: "pending", X[11]: "pending"},
)

case(
    name="x-twitter-angle-wrapped",
    date="Tue, 10 Sep 2024 03:44:18 +0000",
    **{"from": "legal@twitter.com"}, name_from="Twitter Legal",
    subject="Your report KCSC-240903-01",
    reply_to_req=rid("KCSC-240903-01"),
    body="""
Hello,

We reviewed the content you reported:

  <https://twitter.com/slotking_seoul/status/
  1829850042117181440>

It violates the X Rules on illegal or certain regulated goods and services and
has been removed from the platform.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="older Twitter legal notice with the URL in angle brackets, wrapped by the mail client",
    why="one post, URL in angle brackets wrapped over two lines, removed globally",
    items={X[11]: "removed"},
)

case(
    name="x-gmail-quoted-request",
    date="Wed, 11 Sep 2024 07:02:55 +0000",
    **{"from": "mina.cho@x.com"}, name_from="Mina Cho",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hi,

Following up on the two toto_signal posts below: both have now been removed
for violating the X Rules.

{X[5]}
{X[6]}

Thanks,
Mina
X Legal

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", X, "gmail")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply from a platform staffer with the request quoted under 'On ... wrote:'",
    why="'both have now been removed' followed by the two URLs it means; the '>' quoted request names the others without any statement",
    items={X[5]: "removed", X[6]: "removed", X[7]: "pending", X[8]: "pending"},
)

case(
    name="x-dsa-style-statement",
    date="Thu, 05 Sep 2024 11:30:00 +0000",
    **{"from": "no-reply@x.com"}, name_from="X",
    subject="Notice of action taken on reported content",
    body=f"""
Notice of action taken

We are writing about content you reported to us (reference KCSC-240903-01).

Content: {X[0]}
Decision: Removal of the post
Territorial scope: Global
Basis: X Rules - Illegal or certain regulated goods or services (gambling)
Facts relied on: the post advertises an unlicensed online casino and links to
a sign-up page.
Automated means: the report was reviewed by a person; no automated decision.

You can find more about how we enforce our rules at
https://help.x.com/en/rules-and-policies/enforcement-options

X
""",
    outcome="applied", classification="confirmation",
    imitates="X notice of action in the shape of a DSA statement of reasons",
    why="one post, decision removal with global scope; the help-centre link is not an item",
    items={X[0]: "removed"},
)

case(
    name="x-full-batch-numbered",
    date="Fri, 13 Sep 2024 09:17:26 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="KCSC-240903-01 - final response",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

This is our final response to your request KCSC-240903-01. Each reported URL
and the action we took are listed below.

[1] {X[0]} - Withheld in KR
[2] {X[1]} - Withheld in KR
[3] {X[2]} - Removed (X Rules violation)
[4] {X[3]} - Removed (X Rules violation)
[5] {X[4]} - Account suspended
[6] {X[5]} - No action taken: no violation found
[7] {X[6]} - Not found
[8] {X[7]} - Withheld in KR
[9] {X[8]} - Not found (deleted by the user)
[10] {X[9]} - Removed (X Rules violation)
[11] {X[10]} - No action taken: does not violate X Rules or local law
[12] {X[11]} - Withheld in KR

Withheld content stays visible outside South Korea. Please let us know if you
have questions.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal final response listing all reported URLs with an action each",
    why="all twelve items with one status each: withheld (restricted), removed, suspended (removed), no action (rejected), not found",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "removed",
           X[4]: "removed", X[5]: "rejected", X[6]: "not_found", X[7]: "restricted",
           X[8]: "not_found", X[9]: "removed", X[10]: "rejected", X[11]: "restricted"},
)

case(
    name="yt-blocked-kr-and-removed",
    date="Fri, 06 Sep 2024 04:33:12 +0000",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="[8-1902000036617] Re: KCSC-240905-03 Legal removal request",
    reply_to_req=rid("KCSC-240905-03"),
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your legal request, we have blocked the video
{Y[0]} from view on YouTube in South Korea.

We also reviewed {Y[1]} against our Community Guidelines and removed it from
YouTube for violating our policy on scams and deceptive practices.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply: video blocked in a country / removed under Community Guidelines",
    why="first video blocked from view in South Korea (restricted), second removed from YouTube",
    items={Y[0]: "restricted", Y[1]: "removed"},
)

case(
    name="yt-age-restricted-terminated",
    date="Mon, 09 Sep 2024 01:08:47 +0000",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="[8-1902000036617] Outcome of your request KCSC-240905-03",
    reply_to_req=rid("KCSC-240905-03"),
    body=f"""
Hi there,

We have finished reviewing two more items from your request.

Video: {Y[2]}
Outcome: Age-restricted. Viewers must be signed in and over 18 to watch it.

Channel: {Y[3]}
Outcome: Channel terminated for repeated violations of our spam, deceptive
practices and scams policies.

If you have further questions, please reply to this email.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome notice: age restriction and channel termination",
    why="video age-restricted (restricted), channel terminated (removed)",
    items={Y[2]: "restricted", Y[3]: "removed"},
)

YT_ROWS = [
    (Y[0], "Blocked in South Korea (local law)"),
    (Y[1], "Removed globally (Community Guidelines)"),
    (Y[2], "No action: does not violate local law or our policies"),
    (Y[3], "Not found: channel does not exist"),
]
yt_text = "\n".join(f"{u}\n    {s}" for u, s in YT_ROWS)
yt_html = "\n".join(
    f'<tr><td><a href="{u}">{u}</a></td><td>{s}</td></tr>' for u, s in YT_ROWS)
case(
    name="yt-html-table",
    date="Wed, 11 Sep 2024 06:50:03 +0000",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal",
    subject="Your legal request KCSC-240905-03 has been processed",
    reply_to_req=rid("KCSC-240905-03"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="yt-814-alt"

--yt-814-alt
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hello,

We have processed your legal request. Results:

{yt_text}

Learn more about legal removals: https://support.google.com/legal/answer/3110420

Google Legal Team

--yt-814-alt
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>Hello,</p>
<p>We have processed your legal request. Results:</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Result</th></tr>
{yt_html}
</table>
<p>Learn more about legal removals: <a href="https://support.google.com/legal/answer/3110420">Google Legal Help</a></p>
<p>Google Legal Team</p>
</body></html>

--yt-814-alt--
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals dashboard result email with an HTML results table",
    why="HTML table with text fallback: blocked in KR, removed, no action (rejected), channel does not exist (not_found)",
    items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "rejected", Y[3]: "not_found"},
)

case(
    name="yt-url-below-statement",
    date="Thu, 12 Sep 2024 02:14:39 +0000",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: KCSC-240905-03",
    reply_to_req=rid("KCSC-240905-03"),
    body=f"""
Hello,

The following video has been removed from YouTube:
{Y[1]}

The following video was not removed, as we found that it does not violate our
policies or local law:
{Y[2]}

Best regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply with each statement followed by its URL on the next line",
    why="statement line then URL line: removed, and not removed because it breaks no rule (rejected)",
    items={Y[1]: "removed", Y[2]: "rejected"},
)

META_B64 = f"""Hello,

Thank you for contacting Meta about content that you believe violates the
laws of the Republic of Korea (reference KCSC-240904-02).

After review, we have restricted access in South Korea to the following
content, based on local law:

{M[0]}
{M[1]}

We have also removed the following content from Instagram because it goes
against our Community Standards on restricted goods and services:

{M[2]}

We will let you know separately about the remaining items.

Meta Law Enforcement Response Team
"""
case(
    name="meta-base64-restricted",
    date="Fri, 06 Sep 2024 15:02:11 +0000",
    **{"from": "records@meta.com"}, name_from="Meta Platforms",
    subject="Re: KCSC-240904-02 Request to restrict content",
    reply_to_req=rid("KCSC-240904-02"),
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(META_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government takedown response: content restricted in a country under local law, other content removed under Community Standards",
    why="base64 body: two Facebook posts restricted in South Korea, one Instagram post removed",
    items={M[0]: "restricted", M[1]: "restricted", M[2]: "removed"},
)

META_QP = f"""Hi,

We\u2019ve reviewed the Instagram content you reported under KCSC-240904-02 and we\u2019re writing to let you know what happened.

The reel {M[3]} has been removed because it doesn\u2019t follow our Community Guidelines on the sale of drugs.

The account {M[4]} has been disabled and is no longer visible on Instagram.

Thanks for helping keep Instagram safe.

The Instagram Team
"""
case(
    name="meta-instagram-qp",
    date="Mon, 09 Sep 2024 10:27:58 +0000",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    subject="Update on your report KCSC-240904-02",
    reply_to_req=rid("KCSC-240904-02"),
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(META_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome notice (content removed, account disabled)",
    why="quoted-printable body with soft line breaks: reel removed, account disabled (removed)",
    items={M[3]: "removed", M[4]: "removed"},
)

META_CSV = "\n".join([
    "content_url,decision,scope,basis",
    f'{M[0]},Restricted,KR,Local law',
    f'{M[1]},Not found,-,Content unavailable at time of review',
    f'{M[2]},Removed,Global,Community Standards - restricted goods',
    f'{M[3]},Removed,Global,Community Standards - restricted goods',
    f'{M[4]},No action,-,No violation of Community Standards or local law identified',
]) + "\n"
case(
    name="meta-csv-attachment",
    date="Thu, 12 Sep 2024 13:45:20 +0000",
    **{"from": "records@meta.com"}, name_from="Meta Platforms",
    subject="KCSC-240904-02 - response",
    reply_to_req=rid("KCSC-240904-02"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="meta-814-mix"

--meta-814-mix
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached our decision on each item in your request KCSC-240904-02.

Kind regards,
Meta Law Enforcement Response Team

--meta-814-mix
Content-Type: text/csv; charset=UTF-8; name="KCSC-240904-02_results.csv"
Content-Disposition: attachment; filename="KCSC-240904-02_results.csv"
Content-Transfer-Encoding: base64

{b64(META_CSV)}
--meta-814-mix--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta response with the per-item decisions in a CSV attachment",
    why="CSV rows: restricted in KR, not found, removed, removed, no action (rejected)",
    items={M[0]: "restricted", M[1]: "not_found", M[2]: "removed", M[3]: "removed", M[4]: "rejected"},
)

case(
    name="meta-bilingual-korean",
    date="Tue, 10 Sep 2024 08:12:36 +0000",
    **{"from": "kr-policy@meta.com"}, name_from="Meta Korea Public Policy",
    subject="Re: KCSC-240904-02 / 시정요구 조치 결과",
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""
Dear KCSC,

We removed the Instagram post {M[2]} for violating our Community Standards,
and restricted access in Korea to the reel {M[3]} under local law.

(국문)
안녕하십니까. 요청하신 건에 대하여 게시물 {M[2]}는 커뮤니티 규정 위반으로 삭제하였으며，
릴스（{M[3]}）에 대해서는 대한민국 내 접근을 제한하였습니다.

Meta Korea Public Policy
""",
    outcome="applied", classification="confirmation",
    imitates="Meta Korea bilingual reply to a KCSC correction request (English then Korean)",
    why="same two statements in English and Korean; a Korean particle and a full-width parenthesis touch the URLs",
    items={M[2]: "removed", M[3]: "restricted"},
)

case(
    name="tiktok-legal-restricted",
    date="Wed, 11 Sep 2024 04:55:09 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="RE: KCSC-240909-04 Content removal request",
    reply_to_req=rid("KCSC-240909-04"),
    body=f"""
Dear Sir or Madam,

Thank you for your request. We have reviewed the reported content carefully.

The following videos have been restricted in the Republic of Korea on the
basis of local law:
- {T[0]}
- {T[1]}

Regarding {T[2]}, we did not find that this video violates our Community
Guidelines or applicable local law, and we have decided not to take action on
it at this time.

Kind regards,
TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok response to a government removal request (restricted locally, one item declined)",
    why="two videos restricted in Korea; the third declined as breaking no rule (rejected)",
    items={T[0]: "restricted", T[1]: "restricted", T[2]: "rejected"},
)

case(
    name="tiktok-sor-echoed-report",
    date="Tue, 10 Sep 2024 12:03:40 +0000",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    subject="Decision on your report",
    body=f"""
Your report
Reference: KCSC-240909-04
Reported content: {T[2]}
Reported on: 9 September 2024
Reason given: Forged identity documents

Our decision
Type of restriction: Removal of content
Territorial scope: Global
Ground for decision: Incompatible with our Community Guidelines (Illegal
activities and regulated goods)
Facts and circumstances: the video offers forged identity documents for sale.
Automated detection used: No
Automated decision: No

If you disagree with this decision you may appeal within 6 months at
https://www.tiktok.com/legal/report/appeal

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style statement of reasons that echoes the report",
    why="the echoed report names one video and the decision is removal with global scope; the appeal link is not an item",
    items={T[2]: "removed"},
)

case(
    name="tiktok-bullets-colon",
    date="Fri, 13 Sep 2024 03:26:11 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="KCSC-240909-04 - follow-up",
    reply_to_req=rid("KCSC-240909-04"),
    body=f"""
Hello,

Further to our earlier correspondence, please find the current state of each
video below:

  * {T[0]}: Removed (violation of Community Guidelines)
  * {T[1]}: Not found - the video could not be located on TikTok
  * {T[2]}: Restricted in Korea

Best regards,
TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal follow-up with a bulleted status per video",
    why="bullets 'URL: status': removed, not_found, restricted",
    items={T[0]: "removed", T[1]: "not_found", T[2]: "restricted"},
)

case(
    name="reddit-legal-prose",
    date="Thu, 12 Sep 2024 19:40:00 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: KCSC-240910-05",
    reply_to_req=rid("KCSC-240910-05"),
    body=f"""
Hi there,

Thanks for your message. Our Legal Operations team has reviewed the two links
in your request.

The post at {R[0]} has been removed by Reddit
admins.

The post at {R[1]} had already been deleted by its author before we reviewed
it, so there was nothing left for us to action.

Best,
Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal operations reply (removed by admins / already deleted by the author)",
    why="one post removed by admins, the other deleted by its author before review (not_found)",
    items={R[0]: "removed", R[1]: "not_found"},
)

case(
    name="reddit-bulleted-geo",
    date="Fri, 13 Sep 2024 17:02:48 +0000",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    subject="Outcome of your legal removal request KCSC-240910-05",
    reply_to_req=rid("KCSC-240910-05"),
    body=f"""
Hello,

We have reviewed your request.

\u2022 {R[0]} \u2014 geo-restricted: this content is no longer viewable in South Korea
\u2022 {R[1]} \u2014 no action: this content does not violate Reddit's Content Policy and we did not find a sufficient legal basis to restrict it

You can read more about how we handle legal requests in our Transparency Report.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal removal outcome with bullets (geo-restriction / no action)",
    why="bullets with em dashes: geo-restricted in South Korea (restricted), no action (rejected)",
    items={R[0]: "restricted", R[1]: "rejected"},
)

case(
    name="telegram-case-blocked",
    date="Thu, 12 Sep 2024 10:11:12 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: KCSC-240911-06 Case #2409115521",
    reply_to_req=rid("KCSC-240911-06"),
    body=f"""
Hello,

Case #2409115521

Thank you for your report. The channel {G[1]} has been blocked on all
Telegram apps for violating the Telegram Terms of Service.

The post {G[0]} has been deleted.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (channel blocked on all apps, post deleted)",
    why="channel blocked on all apps (removed) and post deleted (removed), with a Telegram case number",
    items={G[1]: "removed", G[0]: "removed"},
)

case(
    name="telegram-kr-unavailable",
    date="Sat, 14 Sep 2024 02:48:30 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    subject="Case #2409115521 update",
    body=f"""
Hello,

Regarding your request KCSC-240911-06 (Case #2409115521):

- {G[1]} is now unavailable to users in South Korea.
- {G[0]}: the link is invalid or the message no longer exists, we could not
  find it.

Regards,
Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram legal reply (channel unavailable in one country, invalid link)",
    why="channel unavailable in South Korea (restricted); post link invalid / could not be found (not_found)",
    items={G[1]: "restricted", G[0]: "not_found"},
)

case(
    name="twitch-sole-no-url",
    date="Fri, 13 Sep 2024 22:15:04 +0000",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    subject="Re: KCSC-240912-07 - We've actioned your report",
    reply_to_req=rid("KCSC-240912-07"),
    body="""
Hi,

Thank you for your report. Our Safety team reviewed the video you reported and
removed it for violating the Twitch Community Guidelines on gambling. The
channel has also received an enforcement action.

Twitch Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch \"we've actioned your report\" email",
    why="no URL, but it answers a one-item request by its reference and states the video removed",
    items={W[0]: "removed"},
)

case(
    name="twitch-vod-not-found",
    date="Sun, 15 Sep 2024 04:30:22 +0000",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    subject="KCSC-240912-07",
    reply_to_req=rid("KCSC-240912-07"),
    body=f"""
Hello,

The VOD at {W[0]} is no longer available on Twitch. It was deleted by the
channel owner before our team looked at your report, so no action was needed on
our side.

Regards,
Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply: VOD already deleted by its owner",
    why="deleted by the channel owner before review: not_found",
    items={W[0]: "not_found"},
)

# ======================= REVIEW =======================

case(
    name="x-promise-will-withhold",
    date="Wed, 04 Sep 2024 09:40:00 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

We have received your request KCSC-240903-01 and begun our assessment.

Our team has looked at {X[3]} and {X[4]} and
will withhold them in South Korea once the internal review is complete, which
normally takes up to two business days.

We will confirm the final action by email.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising future action",
    why="'will withhold ... once the review is complete' is a promise, not a statement: named items stay pending",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="yt-hedge-under-review",
    date="Sat, 07 Sep 2024 05:05:05 +0000",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="[8-1902000036617] Re: KCSC-240905-03",
    reply_to_req=rid("KCSC-240905-03"),
    body=f"""
Hi,

Thanks for your patience. The video {Y[0]} may already have been taken down by
the uploader; we are checking this. The channel {Y[3]} is currently under
review by our policy team.

We'll get back to you as soon as we can.

The YouTube Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply with hedges ('may have been', 'under review')",
    why="'may already have been taken down' is a hedge and 'under review' no decision: named items stay pending",
    items={Y[0]: "pending", Y[3]: "pending"},
)

case(
    name="meta-bulk-all-restricted",
    date="Sun, 08 Sep 2024 23:59:01 +0000",
    **{"from": "records@meta.com"}, name_from="Meta Platforms",
    subject="Re: KCSC-240904-02 Request to restrict content",
    reply_to_req=rid("KCSC-240904-02"),
    body="""
Hello,

Following our review, all of the content you reported under KCSC-240904-02
has been restricted in South Korea based on local law.

Meta Law Enforcement Response Team
""",
    outcome="review", review="bulk",
    imitates="Meta short response stating one action for the whole request",
    why="one statement for 'all of the content' of a five-item request without naming each: bulk review",
    items={M[0]: "pending", M[1]: "pending", M[2]: "pending", M[3]: "pending", M[4]: "pending"},
)

case(
    name="reddit-both-removed-bulk",
    date="Wed, 11 Sep 2024 21:13:45 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: KCSC-240910-05",
    reply_to_req=rid("KCSC-240910-05"),
    body="""
Hi,

Both posts in your request KCSC-240910-05 have been removed.

Thanks,
Reddit Legal
""",
    outcome="review", review="bulk",
    imitates="Reddit legal one-line reply about the whole request",
    why="'both posts' of a two-item request, no URL: a statement about several items without naming each",
    items={R[0]: "pending", R[1]: "pending"},
)

case(
    name="x-authfail-spoof",
    date="Thu, 05 Sep 2024 14:22:09 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal Team",
    auth="fail",
    subject="Re: KCSC-240903-01 completed",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Dear KCSC,

The following posts have been removed:

{X[0]}
{X[1]}
{X[2]}

X Legal Team
""",
    outcome="review", review="untrusted",
    imitates="X legal removal confirmation, but from a sender failing DKIM/SPF/DMARC",
    why="platform domain but authentication failed: nothing applied",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending"},
)

case(
    name="tiktok-vendor-unknown-sender",
    date="Thu, 12 Sep 2024 06:33:50 +0000",
    **{"from": "escalations@trustlayer-bpo.example"}, name_from="TrustLayer Escalations",
    subject="KCSC-240909-04 - action completed",
    body=f"""
Hello,

On behalf of our client we confirm that the following video has been removed:
{T[0]}

TrustLayer Content Operations
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing on behalf of a platform",
    why="sender domain belongs to no platform: cannot change a status",
    items={T[0]: "pending"},
)

case(
    name="discord-wrong-platform",
    date="Thu, 12 Sep 2024 18:05:17 +0000",
    **{"from": "legal@discord.com"}, name_from="Discord Legal",
    subject="Re: KCSC-240910-05",
    reply_to_req=rid("KCSC-240910-05"),
    body=f"""
Hello,

We received your request, but the links in it do not point to Discord. We were
unable to locate the following content on our service:

{R[0]}
{R[1]}

These appear to be Reddit URLs; you may wish to contact Reddit directly.

Discord Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="Discord trust & safety reply to a misdirected request",
    why="Discord states 'unable to locate' for Reddit items: not its items, nothing applied",
    items={R[0]: "pending", R[1]: "pending"},
)

case(
    name="meta-asks-more",
    date="Fri, 06 Sep 2024 03:18:40 +0000",
    **{"from": "records@meta.com"}, name_from="Meta Platforms",
    subject="Re: KCSC-240904-02 - additional information needed",
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""
Hello,

Thank you for your request. Before we can act on the account
{M[4]}, we need the following:

1. The specific provision of Korean law the account is alleged to violate.
2. A copy of the Commission's decision concerning this account.

Please reply to this email with the information above.

Meta Law Enforcement Response Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Meta request for additional information before acting",
    why="asks for the legal provision and the decision before acting: no statement, a person must answer",
    items={M[4]: "pending"},
)

case(
    name="pinterest-no-claims",
    date="Tue, 10 Sep 2024 16:00:00 +0000",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    subject="Submitting government requests to Pinterest",
    body="""
Hello,

We are writing to government agencies that have contacted Pinterest about
content. Going forward, please submit requests to remove content through our
online form at https://help.pinterest.com/en/contact so that they reach the
right team quickly. Requests sent by email may take longer to process.

Thank you,
Pinterest Legal
""",
    outcome="review", review="no_claims",
    imitates="platform notice about how to submit government requests",
    why="trusted platform mail naming no item and no request: nothing to apply, a person should see it",
    items={},
)

case(
    name="tiktok-conflicting",
    date="Sat, 14 Sep 2024 08:41:03 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="KCSC-240909-04 - outcome",
    reply_to_req=rid("KCSC-240909-04"),
    body=f"""
Hello,

Summary
Video: {T[0]}
Result: No violation found

Details
After review, the video {T[0]} has been removed for
violating our Community Guidelines on frauds and scams.

TikTok Legal Team
""",
    outcome="review", review="conflicting_statements",
    imitates="TikTok template reply whose summary and details disagree",
    why="the same video is 'no violation found' and 'removed' in one email: a person must decide",
    items={T[0]: "pending"},
)

case(
    name="yt-forwarded-internal",
    date="Tue, 10 Sep 2024 07:25:14 +0000",
    **{"from": "s.han@google.com"}, name_from="Seoyeon Han",
    subject="Fwd: KCSC-240905-03 review result",
    body=f"""
Hi KCSC team,

Forwarding the note from our reviewers for your information.

Seoyeon

---------- Forwarded message ---------
From: YouTube Legal Review <legal-review@google.com>
Date: Mon, 9 Sep 2024 at 17:02
Subject: KCSC-240905-03 review result
To: Seoyeon Han <s.han@google.com>

The video {Y[1]} has been removed for violating the scams policy.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform staffer forwarding an internal reviewer note",
    why="the only statement sits in a forwarded message: kept for a person, nothing applied",
    items={Y[1]: "pending"},
)

# ======================= IGNORED =======================

case(
    name="snapchat-out-of-office",
    date="Wed, 11 Sep 2024 07:31:00 +0000",
    **{"from": "d.lee@snap.com"}, name_from="Dana Lee",
    subject="Automatic reply: Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 16 September with
limited access to email. For urgent law enforcement matters please contact
lawenforcement@snap.com.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply from a platform employee",
    why="an out-of-office auto-reply says nothing about items",
    items={},
)

DSN_TEXT = f"""This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-old@google.com>: host aspmx.l.google.com[192.0.2.27] said:
    550-5.1.1 The email account that you tried to reach does not exist.
"""
case(
    name="google-dsn-bounce",
    date="Thu, 05 Sep 2024 00:16:02 +0000",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-814"

--dsn-814
Content-Type: text/plain; charset=us-ascii

{DSN_TEXT}
--dsn-814
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu,  5 Sep 2024 09:15:58 +0900 (KST)

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--dsn-814
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: KCSC-240905-03 Request for removal of illegal content
Message-ID: <{msgid("KCSC-240905-03")}>
Date: Thu, 05 Sep 2024 09:15:00 +0900
Content-Type: text/plain; charset=utf-8

Please remove the following content (our reference KCSC-240905-03):
{Y[0]}
{Y[1]}
{Y[2]}
{Y[3]}

--dsn-814--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our request",
    why="a bounce carrying our own request: ignored whatever URLs it holds",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="meta-read-receipt",
    date="Wed, 04 Sep 2024 04:02:19 +0000",
    **{"from": "h.yoon@meta.com"}, name_from="Hana Yoon",
    subject="Read: KCSC-240904-02 Request to restrict content",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-814"

--mdn-814
Content-Type: text/plain; charset=UTF-8

Your message

  To: h.yoon@meta.com
  Subject: KCSC-240904-02 Request to restrict content
  Sent: Wednesday, September 4, 2024 11:30 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 1:02 PM (UTC+09:00) Seoul.

--mdn-814
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;h.yoon@meta.com
Original-Message-ID: <{msgid("KCSC-240904-02")}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-814--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt only says the request was opened",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    date="Mon, 09 Sep 2024 05:10:44 +0000",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok Support",
    subject="We've received your request [Ticket #4410029] KCSC-240909-04",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi,

Thanks for contacting TikTok. We've received your request and created ticket
#4410029. A member of our team will review it and get back to you.

Please keep the ticket number in the subject line if you write to us about this
request.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="a pure acknowledgement: request received, ticket created, no statement about items",
    items={},
)

case(
    name="telegram-ack",
    date="Wed, 11 Sep 2024 08:01:37 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: KCSC-240911-06 Case #2409115521",
    reply_to_req=rid("KCSC-240911-06"),
    body="""
Hello,

Case #2409115521

Thank you for your report. It has been received and forwarded to our
moderators, who will review it.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse desk acknowledgement with case number",
    why="receipt only; 'will review' is the usual acknowledgement wording, no item named",
    items={},
)

case(
    name="yt-ooo-quoting-request",
    date="Thu, 05 Sep 2024 00:20:31 +0000",
    **{"from": "m.choi@google.com"}, name_from="Minseo Choi",
    subject="Out of Office Re: KCSC-240905-03 Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
Hi, I'm on leave until 9 September. Your email will not be forwarded. For legal
removal requests please use the Google legal help centre.

On Thu, 5 Sep 2024 at 09:15, KCSC Takedown <takedown@kcsc.example> wrote:
> Please remove the following content (our reference KCSC-240905-03):
> {Y[0]}
> {Y[1]}
> {Y[2]}
> {Y[3]}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder that quotes the incoming request",
    why="an out-of-office reply; the URLs are only in our quoted request",
    items={Y[0]: "pending", Y[3]: "pending"},
)

HEADER = """# Blind set 814 (English notices from many platforms). Written by
# tests/corpus/blind814/make.py from the meaning of each email, before any
# run of the reader. See NOTES.md."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind814", HEADER, cases)


if __name__ == "__main__":
    main()
