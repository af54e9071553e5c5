#!/usr/bin/env python3
"""Blind corpus set blind292: English notices from many platforms.

X, YouTube, Meta (Facebook/Instagram), TikTok, Reddit, Discord and Twitch
answer seven requests; Snapchat, Pinterest and a few strangers write too.
Every email is written in our own sentences, in the manner of the public
notice named in its `imitates` field; all names, ids and URLs are invented.
The expected results were written from each email's meaning alone, before
any run of the reader.

    python3 tests/corpus/blind292/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind292"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/mirae_deals77/status/1830244100000000101",
    "https://x.com/mirae_deals77/status/1830244100000000102",
    "https://x.com/gold_pill_shop/status/1830244100000000203",
    "https://x.com/gold_pill_shop/status/1830244100000000204",
    "https://x.com/nightowl_bet/status/1830244100000000305",
    "https://x.com/nightowl_bet/status/1830244100000000306",
    "https://x.com/nightowl_bet/status/1830244100000000307",
    "https://x.com/seoul_fakeids/status/1830244100000000408",
    "https://x.com/dalbit_cards",
    "https://x.com/hanriver_odds/status/1830244100000000510",
    "https://x.com/hanriver_odds/status/1830244100000000511",
    "https://x.com/pinkmoon_kr/status/1830244100000000612",
    "https://x.com/pinkmoon_kr/status/1830244100000000613",
]
YT = [
    "https://www.youtube.com/watch?v=Qm7tR2xZpL0",
    "https://www.youtube.com/watch?v=b8HkW3nVd1E",
    "https://www.youtube.com/shorts/Zx4Kp9LmQ2s",
    "https://www.youtube.com/@casino_bora_tv",
]
META = [
    "https://www.facebook.com/groups/889120334455/posts/901223344556/",
    "https://www.instagram.com/p/C9xKq2LmN4a/",
    "https://www.instagram.com/reel/C9zPw7RtY1b/",
]
TT = [
    "https://www.tiktok.com/@loanshark.kr/video/7409123456789012301",
    "https://www.tiktok.com/@loanshark.kr/video/7409123456789012302",
    "https://www.tiktok.com/@quickcash_seoul/video/7409123456789012303",
    "https://www.tiktok.com/@quickcash_seoul/video/7409123456789012304",
    "https://www.tiktok.com/@hwaseong_pills",
]
RD = [
    "https://www.reddit.com/r/koreanpharma/comments/1f3abcd/cheap_zolpidem_no_prescription/",
    "https://www.reddit.com/r/seoulnightlife/comments/1f4wxyz/escort_menu_updated/",
]
DC = ["https://discord.gg/nightmarket77"]
TW = [
    "https://www.twitch.tv/slotking_kr",
    "https://www.twitch.tv/videos/2240123456",
]

REQS = [
    # ref, platform, sent_at, due_at, category, msgid-stem, urls, note
    ("KCSC-240902-01", "x", "2024-09-02T10:15:00+09:00", "2024-09-09T18:00:00+09:00",
     "illegal_gambling", "req.240902-01.7c1e", X, "largest request"),
    ("KCSC-240903-02", "youtube", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", "req.240903-02.a42b", YT, ""),
    ("KCSC-240904-03", "meta", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     "drugs", "req.240904-03.19fd", META, "Facebook and Instagram"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T14:20:00+09:00", "2024-09-12T18:00:00+09:00",
     "illegal_lending", "req.240905-04.c0d3", TT, ""),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:05:00+09:00", "2024-09-13T18:00:00+09:00",
     "drugs", "req.240906-05.5e77", RD, ""),
    ("KCSC-240909-06", "discord", "2024-09-09T16:30:00+09:00", "2024-09-16T18:00:00+09:00",
     "drugs", "req.240909-06.b801", DC, "one item"),
    ("KCSC-240910-07", "twitch", "2024-09-10T13:45:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal_gambling", "req.240910-07.2f90", TW, ""),
]
MID = {r[0]: r[5] for r in REQS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, urls, note in REQS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def alt(text, html, boundary="=_alt_b292", text_cte="8bit", html_cte="8bit"):
    tbody = qp(text) if text_cte == "quoted-printable" else b64(text) if text_cte == "base64" else text
    hbody = qp(html) if html_cte == "quoted-printable" else b64(html) if html_cte == "base64" else html
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        f"Content-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: {text_cte}\n\n"
        f"{tbody.rstrip()}\n\n"
        f"--{boundary}\n"
        f"Content-Type: text/html; charset=utf-8\n"
        f"Content-Transfer-Encoding: {html_cte}\n\n"
        f"{hbody.rstrip()}\n\n"
        f"--{boundary}--\n"
    )


def with_csv(text, csvtext, fname, boundary="=_mix_b292", encode=True):
    part = b64(csvtext) if encode else csvtext
    cte = "base64" if encode else "8bit"
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        f"Content-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\n"
        f'Content-Type: text/csv; charset=utf-8; name="{fname}"\n'
        f'Content-Disposition: attachment; filename="{fname}"\n'
        f"Content-Transfer-Encoding: {cte}\n\n"
        f"{part.rstrip()}\n\n"
        f"--{boundary}--\n"
    )


def single(text, cte):
    body = qp(text) if cte == "quoted-printable" else b64(text)
    return (
        "Content-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: {cte}\n\n"
        f"{body.rstrip()}\n"
    )


def quoted_request(ref, urls, date_line, gt=True):
    """The regulator's own request as a reply quotes it."""
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests, under reference {ref},",
        "the removal of, or restriction of access in the Republic of Korea to, the",
        "following content, which was found to breach Korean law:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please inform us of the measures taken.", "", "KCSC Takedown Desk"]
    if gt:
        return date_line + "\n" + "\n".join(("> " + l).rstrip() for l in lines)
    return date_line + "\n" + "\n".join(lines)


AUTO = ["Auto-Submitted: auto-replied"]

# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ======================= X (KCSC-240902-01, 13 items) =======================

case(
    name="x-withheld-kr-bullets",
    imitates="X legal request outcome email: country withheld content (CWC) notice to the reporter",
    why="Two posts named one by one as withheld in South Korea: restricted.",
    outcome="applied", classification="confirmation",
    frm="no-reply@x.com", date="Wed, 4 Sep 2024 02:11:07 +0000",
    subject="Re: [Case# 0193381245] Legal request KCSC-240902-01",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hello,

Thank you for your report (reference KCSC-240902-01).

Following our review under applicable Korean law, we have withheld the
following content in South Korea. It remains visible in other countries.

  * {X[0]}
  * {X[1]}

We continue to review the remaining items in your request and will contact
you separately about them.

More about our approach: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    items={X[0]: "restricted", X[1]: "restricted"},
)

case(
    name="x-numbered-mixed-outcomes",
    imitates="X legal desk reply written by an agent, one numbered line per reported post",
    why="Four numbered posts each with its own result: removed, withheld in KR, no violation, no longer exists.",
    outcome="applied", classification="confirmation",
    frm="legal-ops@x.com", name_from="Priya Ramanathan (X Legal Operations)",
    date="Thu, 5 Sep 2024 08:42:19 +0000",
    subject="RE: KCSC-240902-01 - removal request (illegal gambling)",
    body=f"""
Dear KCSC team,

We have now completed our review of part of your request KCSC-240902-01.
Our findings for the posts below are as follows:

1. {X[4]} - removed for violating the X Rules on illegal or regulated goods and services.
2. {X[5]} - withheld in the Republic of Korea in response to your legal demand.
3. {X[6]} - we did not find a violation of the X Rules or of the local law cited; no action taken.
4. {X[7]} - this post no longer exists on X; it was deleted before our review.

Kind regards,
Priya Ramanathan
Legal Operations, X Corp.
""",
    items={X[4]: "removed", X[5]: "restricted", X[6]: "rejected", X[7]: "not_found"},
)

case(
    name="x-account-suspended",
    imitates="X reply on a reported account: account suspended for breaking the X Rules",
    why="The requested account itself is suspended (no longer available anywhere): removed.",
    outcome="applied", classification="confirmation",
    frm="no-reply@x.com", date="Thu, 5 Sep 2024 23:03:51 +0000",
    subject="Your report about @dalbit_cards [Case# 0193381245]",
    body=f"""
Hi,

We reviewed the account you reported as part of KCSC-240902-01:

{X[8]}

We have permanently suspended this account for violating the X Rules on
financial scams. The account and its posts are no longer visible on X.

If you have further concerns you can file a new report at
https://help.x.com/en/forms/legal

X Support
""",
    items={X[8]: "removed"},
)

case(
    name="x-bare-url-status-below",
    imitates="X legal agent reply pasting each URL and the decision on the line under it",
    why="Each bare URL is followed by its own decision line: two withheld in KR, one no action.",
    outcome="applied", classification="confirmation",
    frm="legal-ops@x.com", name_from="X Legal Operations",
    date="Fri, 6 Sep 2024 06:30:02 +0000",
    subject="Update on your request KCSC-240902-01",
    body=f"""
Hello,

Please find our decisions below.

{X[9]}
Decision: withheld in Korea (KR) under local law

{X[10]}
Decision: withheld in Korea (KR) under local law

{X[11]}
Decision: no action. The post does not violate the X Rules and the request
did not establish that it is unlawful in Korea.

Best,
X Legal Operations
""",
    items={X[9]: "restricted", X[10]: "restricted", X[11]: "rejected"},
)

x_html = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>We have processed the following items of your request <b>KCSC-240902-01</b>:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td><a href="{X[2]}">{X[2]}</a></td><td>Removed (global)</td></tr>
<tr><td><a href="{X[3]}">{X[3]}</a></td><td>Removed (global)</td></tr>
<tr><td><a href="{X[12]}">{X[12]}</a></td><td>Content not found</td></tr>
</table>
<p>You can read about our enforcement options <a href="https://help.x.com/en/rules-and-policies/enforcement-options">here</a>.</p>
<p>X Legal</p>
</body></html>"""
x_text = f"""Hello,

We have processed the following items of your request KCSC-240902-01:

Reported URL | Action taken
{X[2]} | Removed (global)
{X[3]} | Removed (global)
{X[12]} | Content not found

You can read about our enforcement options here:
https://help.x.com/en/rules-and-policies/enforcement-options

X Legal
"""
case(
    name="x-html-table",
    imitates="X legal team HTML outcome table (URL / action taken), with plain-text alternative",
    why="Table rows: two removed globally, one not found.",
    outcome="applied", classification="confirmation",
    frm="no-reply@x.com", date="Sat, 7 Sep 2024 01:15:40 +0000",
    subject="[Case# 0193381245] Actions taken - KCSC-240902-01",
    raw_mime=alt(x_text, x_html, html_cte="quoted-printable"),
    items={X[2]: "removed", X[3]: "removed", X[12]: "not_found"},
)

x_csv = (
    "case_id,reported_url,action,scope,date\n"
    f"0193381245,{X[0]},withheld,KR,2024-09-06\n"
    f"0193381245,{X[1]},withheld,KR,2024-09-06\n"
    f"0193381245,{X[7]},removed,global,2024-09-06\n"
    f"0193381245,{X[11]},no action,,2024-09-06\n"
)
case(
    name="x-csv-attachment",
    imitates="X legal batch response with a CSV of actions per reported URL",
    why="CSV attachment lists each URL with its action: two withheld in KR, one removed, one no action.",
    outcome="applied", classification="confirmation",
    frm="legal-ops@x.com", name_from="X Legal Operations",
    date="Mon, 9 Sep 2024 03:20:00 +0000",
    subject="KCSC-240902-01: batch response",
    raw_mime=with_csv(
        "Hello,\n\nAttached is the outcome of our review of your request KCSC-240902-01\n"
        "for the URLs listed in the file. Items not listed are still being reviewed.\n\n"
        "X Legal Operations",
        x_csv, "KCSC-240902-01_actions.csv"),
    items={X[0]: "restricted", X[1]: "restricted", X[7]: "removed", X[11]: "rejected"},
)

case(
    name="x-top-posted-gmail-quote",
    imitates="X agent's top-posted reply above the regulator's request quoted Gmail-style",
    why="Top text removes two posts; the other URLs appear only in the quoted request and stay pending.",
    outcome="applied", classification="confirmation",
    frm="legal-ops@x.com", name_from="Tomas Ferreira",
    date="Tue, 10 Sep 2024 09:05:33 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hi,

The two posts from @nightowl_bet below have been removed for breaching our
gambling policy:
{X[4]}
{X[5]}

Thanks,
Tomás
X Legal Operations

{quoted_request("KCSC-240902-01", X, "On Mon, Sep 2, 2024 at 10:15 AM KCSC Takedown <takedown@kcsc.example> wrote:")}
""",
    items={X[4]: "removed", X[5]: "removed", X[6]: "pending", X[0]: "pending"},
)

case(
    name="x-angle-brackets-korean-particles",
    imitates="X Korea legal staff reply in English with Korean summary lines, URLs in angle brackets",
    why="Both posts of @pinkmoon_kr stated withheld/access-restricted in Korea: restricted.",
    outcome="applied", classification="confirmation",
    frm="kr-legal@x.com", name_from="Jiwoo Han (X Korea Legal)",
    date="Tue, 10 Sep 2024 07:48:12 +0000",
    # RFC 2047 form of "KCSC-240902-01 조치 결과 / action result"
    subject="=?utf-8?b?S0NTQy0yNDA5MDItMDEg7KGw7LmYIOqysOqzvCAvIGFjdGlvbiByZXN1bHQ=?=",
    body=f"""
안녕하세요, KCSC 담당자님.

<{X[11]}>와 <{X[12]}>에 대해
대한민국 내 접근이 제한되었습니다.

For your records: both posts, <{X[11]}> and
<{X[12]}>, have been withheld in South Korea as of 10 September 2024.

Jiwoo Han
X Korea Legal
""",
    items={X[11]: "restricted", X[12]: "restricted"},
)

# ======================= YouTube (KCSC-240903-02, 4 items) ==================

yt_text = f"""Hello,

Thank you for contacting YouTube about request KCSC-240903-02.

After reviewing the content below under applicable local law, we have
blocked it from view on YouTube in South Korea:

- {YT[0]}
- {YT[1]}

This content remains available in other regions because it does not
violate our Community Guidelines.

Learn more about legal removals: https://support.google.com/youtube/answer/2807622

Sincerely,
The YouTube Legal Support Team
"""
case(
    name="yt-legal-blocked-kr-qp",
    imitates="YouTube legal removal outcome: content blocked in the requesting country (quoted-printable)",
    why="Two videos blocked from view in South Korea: restricted.",
    outcome="applied", classification="confirmation",
    frm="youtube-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Fri, 6 Sep 2024 04:02:55 -0700",
    subject="[5-3198000041823] YouTube legal request: KCSC-240903-02",
    raw_mime=single(yt_text, "quoted-printable"),
    items={YT[0]: "restricted", YT[1]: "restricted"},
)

case(
    name="yt-removed-and-terminated",
    imitates="YouTube Trust & Safety outcome: video removed for Community Guidelines, channel terminated",
    why="Short removed for violating guidelines; the channel terminated: both removed.",
    outcome="applied", classification="confirmation",
    frm="youtube-legal-noreply@google.com", name_from="YouTube",
    date="Sat, 7 Sep 2024 12:30:00 -0700",
    subject="Update on your report [5-3198000041823]",
    body=f"""
Hi there,

We've reviewed the content you reported in KCSC-240903-02.

The Short {YT[2]} has been removed from YouTube for
violating our policy on regulated goods (online gambling).

The channel {YT[3]} has been terminated for repeated
violations of the same policy, and it is no longer available on YouTube.

Our Community Guidelines: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

- The YouTube Team
""",
    items={YT[2]: "removed", YT[3]: "removed"},
)

case(
    name="yt-no-violation",
    imitates="YouTube legal reply declining a removal request (no violation of law or policy found)",
    why="One video named; YouTube decided not to act on it: rejected.",
    outcome="applied", classification="confirmation",
    frm="legal-kr@google.com", name_from="Google Legal Support",
    date="Mon, 9 Sep 2024 01:10:45 -0700",
    subject="Re: KCSC-240903-02",
    reply_to_req=MID["KCSC-240903-02"],
    body=f"""
Hello,

We have carefully reviewed the following video identified in your request:
{YT[0]}

Based on the information provided, we are unable to identify a violation of
our policies or of the Korean provisions cited, so we have decided not to
take action on this content at this time. If you have a court order
concerning this video, please submit it through our legal webform.

Regards,
Google Legal Support
""",
    items={YT[0]: "rejected"},
)

case(
    name="yt-age-restricted-and-gone",
    imitates="YouTube reviewer reply: video age-restricted; another video already removed by its uploader",
    why="First video age-restricted (restricted); the Short was deleted by its uploader before review (not_found).",
    outcome="applied", classification="confirmation",
    frm="youtube-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 22:14:09 -0700",
    subject="[5-3198000041823] Outcome of your request KCSC-240903-02",
    body=f"""
Hello,

Here is the outcome for two of the items in your request:

{YT[1]} -- we have applied an age restriction to this
video. It can no longer be viewed by signed-out users or by users under 18.

{YT[2]} -- this Short was deleted by the uploader before
we could review it, so no further action was possible.

Regards,
YouTube Legal Support
""",
    items={YT[1]: "restricted", YT[2]: "not_found"},
)

# ======================= Meta (KCSC-240904-03, 3 items) =====================

case(
    name="meta-dsa-sor-facebook",
    imitates="Meta statement-of-reasons style notice (decision, ground, territorial scope) sent to a notifier",
    why="Structured decision for the one Facebook post: removed globally.",
    outcome="applied", classification="confirmation",
    frm="notification@support.facebook.com", name_from="Facebook",
    date="Fri, 6 Sep 2024 15:22:10 +0000",
    subject="Decision on your report (KCSC-240904-03)",
    body=f"""
Decision on the content you reported

Reference: KCSC-240904-03
Content: {META[0]}
Decision: Removed
Ground for decision: Incompatible with our Community Standards (Restricted Goods and Services - drugs)
Territorial scope: Worldwide
Automated means used: No (reviewed by a person)
Date of decision: 6 September 2024

You can read our Community Standards at https://transparency.meta.com/policies/community-standards/

Meta Content Review
""",
    items={META[0]: "removed"},
)

meta_html = f"""<html><body>
<div style="font-family:Helvetica,Arial;font-size:14px">
<p>Hi,</p>
<p>Thanks for your report about content on Instagram (KCSC-240904-03).</p>
<p>We reviewed <a href="{META[1]}">this post</a> under local law and have
<b>restricted access to it in South Korea</b>. It remains available elsewhere.</p>
<p>We couldn't find the reel at <a href="{META[2]}">{META[2]}</a>.
The link may be broken or the content may no longer be on Instagram.</p>
<p>&mdash; Instagram</p>
<p style="color:#999;font-size:11px">Meta Platforms Ireland Ltd., Merrion Road, Dublin 4 &middot;
<a href="https://help.instagram.com/">Help Center</a></p>
</div></body></html>"""
case(
    name="meta-html-restricted-kr",
    imitates="Instagram HTML notice: post restricted in the reporter's country; a reel link that cannot be found",
    why="Post restricted in KR (link text 'this post' with the URL as href); reel cannot be found: not_found.",
    outcome="applied", classification="confirmation",
    frm="no-reply@mail.instagram.com", name_from="Instagram",
    date="Sat, 7 Sep 2024 10:05:00 +0000",
    subject="Update on your report",
    reply_to_req=MID["KCSC-240904-03"],
    raw_mime=(
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + qp(meta_html)
    ),
    items={META[1]: "restricted", META[2]: "not_found"},
)

case(
    name="meta-outlook-quoted",
    imitates="Meta law-enforcement/regulator desk reply in Outlook, request quoted under -----Original Message-----",
    why="Top text removes the Instagram post only; the other two URLs appear only in the quoted request.",
    outcome="applied", classification="confirmation",
    frm="regulatory-kr@meta.com", name_from="Meta Regulatory Response",
    date="Mon, 9 Sep 2024 05:31:27 +0000",
    subject="RE: KCSC-240904-03 request for removal",
    body=f"""
Dear KCSC,

Instagram post {META[1]} has been removed for violating our
Community Standards on the sale of drugs.

Best regards,
Meta Regulatory Response Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 9:40 AM
To: legal-kr@meta.com
Subject: KCSC-240904-03 request for removal

{quoted_request("KCSC-240904-03", META, "", gt=False).strip()}
""",
    items={META[1]: "removed", META[0]: "pending", META[2]: "pending"},
)

meta_b64_text = f"""Hello,

We are writing about your request KCSC-240904-03.

1) {META[0]}
   Access to this post has been restricted in Korea in line with local law.

2) {META[2]}
   This reel has been taken down for violating our Community Standards.

Meta Content Review Team
"""
case(
    name="meta-base64-plain",
    imitates="Meta content-review reply sent as a base64-encoded text part",
    why="Numbered items with the result on the line below: Facebook post restricted in KR, reel taken down.",
    outcome="applied", classification="confirmation",
    frm="content-review@fb.com", name_from="Meta Content Review",
    date="Tue, 10 Sep 2024 18:44:00 +0000",
    subject="Your request KCSC-240904-03",
    raw_mime=single(meta_b64_text, "base64"),
    items={META[0]: "restricted", META[2]: "removed"},
)

# ======================= TikTok (KCSC-240905-04, 5 items) ===================

case(
    name="tiktok-dsa-sor-list",
    imitates="TikTok illegal-content report outcome listing each video with its decision (removed globally / restricted in country)",
    why="Two videos removed for guideline violations; one restricted in South Korea only.",
    outcome="applied", classification="confirmation",
    frm="legal-noreply@tiktok.com", name_from="TikTok Legal",
    date="Sat, 7 Sep 2024 09:17:42 +0000",
    subject="TikTok: result of your report KCSC-240905-04",
    body=f"""
Hello,

Thank you for your report. We have reviewed the following content:

Video: {TT[0]}
Result: Removed. This video violated our Community Guidelines (frauds and scams).

Video: {TT[1]}
Result: Removed. This video violated our Community Guidelines (frauds and scams).

Video: {TT[2]}
Result: Restricted in South Korea. The video does not violate our Community
Guidelines but was found to be unlawful under local law; it is unavailable in
South Korea only.

Each decision was taken by a human moderator.

TikTok Trust and Safety
""",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "restricted"},
)

case(
    name="tiktok-account-banned-one-rejected",
    imitates="TikTok reply: reported account banned; a video found not violating",
    why="Account permanently banned (removed); video reviewed with no violation found (rejected).",
    outcome="applied", classification="confirmation",
    frm="legal-noreply@tiktok.com", name_from="TikTok Legal",
    date="Mon, 9 Sep 2024 11:00:12 +0000",
    subject="Re: KCSC-240905-04",
    reply_to_req=MID["KCSC-240905-04"],
    body=f"""
Hi,

Thanks for reaching out. Below is the outcome for two of your reports.

The account {TT[4]} has been permanently banned for repeated
violations of our policy on regulated goods.

We reviewed {TT[3]} and found that it does not violate
our Community Guidelines or the local law you cited, so it will stay up.

Best,
TikTok Trust and Safety
""",
    items={TT[4]: "removed", TT[3]: "rejected"},
)

tt_csv = (
    "Report ID,URL,Decision,Region\n"
    f"TT-88120931,{TT[0]},Removed,Global\n"
    f"TT-88120932,{TT[1]},Removed,Global\n"
    f"TT-88120933,{TT[2]},Removed,Global\n"
    f"TT-88120934,{TT[3]},Content not found,\n"
    f"TT-88120935,{TT[4]},Restricted,KR\n"
)
case(
    name="tiktok-csv-attachment",
    imitates="TikTok government/regulator batch response with a results spreadsheet (CSV)",
    why="CSV lists all five items: three removed, one not found, the account restricted in KR.",
    outcome="applied", classification="confirmation",
    frm="gov-response@tiktok.com", name_from="TikTok Government Relations",
    date="Wed, 11 Sep 2024 02:40:09 +0000",
    subject="KCSC-240905-04 - results",
    raw_mime=with_csv(
        "Dear KCSC,\n\nPlease find attached the results of our review of request KCSC-240905-04.\n\n"
        "Kind regards,\nTikTok Government Relations (APAC)",
        tt_csv, "KCSC-240905-04_results.csv", encode=False),
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "removed", TT[3]: "not_found", TT[4]: "restricted"},
)

case(
    name="tiktok-url-next-line",
    imitates="TikTok agent reply where each statement is followed by the URL on the next line",
    why="Statement lines end with ':' and the URL follows: one removed, one reviewed and left up.",
    outcome="applied", classification="confirmation",
    frm="legal-noreply@tiktok.com", name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 07:25:30 +0000",
    subject="KCSC-240905-04 follow-up",
    body=f"""
Hello,

The following video has been removed from TikTok:
{TT[1]}

The following video was reviewed and does not violate our Community
Guidelines; no action was taken:
{TT[2]}

Regards,
TikTok Trust and Safety
""",
    items={TT[1]: "removed", TT[2]: "rejected"},
)

# ======================= Reddit (KCSC-240906-05, 2 items) ===================

case(
    name="reddit-admin-removed-ack-phrase",
    imitates="Reddit Safety team reply: 'thanks for your report' plus an unhedged outcome per post",
    why="Opens with an acknowledgement phrase but states both posts removed (one via a banned subreddit).",
    outcome="applied", classification="confirmation",
    frm="noreply@reddit.com", name_from="Reddit Safety",
    date="Mon, 9 Sep 2024 20:02:44 +0000",
    subject="Re: [Reddit] KCSC-240906-05",
    reply_to_req=MID["KCSC-240906-05"],
    body=f"""
Hi there,

Thanks for your report. We received it and our Safety team has now looked
into it.

- {RD[0]} was removed by Reddit admins for violating our rules
  against the sale of controlled substances.
- {RD[1]} is no longer available: the subreddit
  r/seoulnightlife has been banned and all of its posts removed.

Reddit Safety
""",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-wrapped-angle-url",
    imitates="Reddit legal team plain-text reply with a long URL wrapped inside angle brackets",
    why="First post already deleted by its author (not_found, URL wrapped in <>); second removed.",
    outcome="applied", classification="confirmation",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 17:33:08 +0000",
    subject="Your request KCSC-240906-05",
    body="""
Hello,

Regarding your request KCSC-240906-05:

The post at <https://www.reddit.com/r/koreanpharma/comments/1f3abcd/
cheap_zolpidem_no_prescription/> had already been deleted by its author
before we received your request, so there was nothing for us to act on.

The post at <""" + RD[1] + """> has been
removed by our team.

Regards,
Reddit Legal
""",
    items={RD[0]: "not_found", RD[1]: "removed"},
)

# ======================= Discord (KCSC-240909-06, 1 item) ===================

case(
    name="discord-sole-statement",
    imitates="Discord Trust & Safety ticket update: action taken on the reported server (no URL repeated)",
    why="One-item request; reply cites the reference and states the server was removed.",
    outcome="applied", classification="confirmation",
    frm="noreply@discord.com", name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 03:14:15 +0000",
    subject="[Discord] Update on your request #48213011 (KCSC-240909-06)",
    body="""
Hello,

Thank you for bringing this to our attention. Our Trust & Safety team has
investigated the server described in your request KCSC-240909-06 and has
removed it from Discord for violating our Community Guidelines on
regulated and illegal goods.

For more information about our policies, see
https://discord.com/guidelines

Discord Trust & Safety
""",
    items={DC[0]: "removed"},
)

# ======================= Twitch (KCSC-240910-07, 2 items) ===================

case(
    name="twitch-suspension-and-vod",
    imitates="Twitch enforcement notice to a reporter: channel suspended, VOD deleted",
    why="Channel indefinitely suspended and VOD deleted: both removed.",
    outcome="applied", classification="confirmation",
    frm="no-reply@twitch.tv", name_from="Twitch Safety",
    date="Fri, 13 Sep 2024 19:20:00 +0000",
    subject="Twitch: outcome of report KCSC-240910-07",
    body=f"""
Hello,

We've completed our review of your report.

Channel: {TW[0]}
Action: indefinite suspension (the channel is no longer accessible)

Video: {TW[1]}
Action: video deleted

Thank you for helping keep Twitch safe.
Twitch Safety Operations
""",
    items={TW[0]: "removed", TW[1]: "removed"},
)

case(
    name="twitch-outlook-mixed",
    imitates="Twitch legal reply in Outlook with the request quoted below -----Original Message-----",
    why="Channel suspended (removed); VOD reviewed and left up (rejected); quoted request changes nothing.",
    outcome="applied", classification="confirmation",
    frm="legal@twitch.tv", name_from="Twitch Legal",
    date="Sat, 14 Sep 2024 01:02:03 +0000",
    subject="RE: KCSC-240910-07",
    body=f"""
Dear KCSC Takedown Desk,

We have suspended the channel {TW[0]} for violating our
Community Guidelines on gambling content.

The video {TW[1]} was reviewed by our team. It is a
recording of a game stream with no gambling promotion, so it does not
violate our guidelines and will remain on Twitch.

Regards,
Twitch Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 1:45 PM
To: legal@twitch.tv
Subject: KCSC-240910-07

{quoted_request("KCSC-240910-07", TW, "", gt=False).strip()}
""",
    items={TW[0]: "removed", TW[1]: "rejected"},
)

# ======================= REVIEW cases ======================================

case(
    name="x-promise-will-withhold",
    imitates="X legal reply promising action once its review is finalised",
    why="Names two posts but only promises to withhold them later: nothing stated, not understood.",
    outcome="review", review="not_understood",
    frm="legal-ops@x.com", name_from="X Legal Operations",
    date="Wed, 4 Sep 2024 10:12:00 +0000",
    subject="KCSC-240902-01 - in progress",
    body=f"""
Hello,

Our team is still assessing your request. Subject to the final legal
review, the following posts will be withheld in South Korea within the
next 48 hours:

{X[9]}
{X[10]}

We will confirm once this has been done.

X Legal Operations
""",
    items={X[9]: "pending", X[10]: "pending"},
)

case(
    name="yt-hedge-appears-removed",
    imitates="YouTube legal agent reply hedging about a video that seems to be gone",
    why="'appears to have been removed ... unable to confirm' is a hedge, not a statement.",
    outcome="review", review="not_understood",
    frm="legal-kr@google.com", name_from="Google Legal Support",
    date="Thu, 5 Sep 2024 03:30:00 -0700",
    subject="Re: KCSC-240903-02",
    reply_to_req=MID["KCSC-240903-02"],
    body=f"""
Hello,

The video {YT[1]} appears to have been taken down
already, possibly by the uploader, but we are unable to confirm this from
our side at the moment. We will follow up once we have more information.

Regards,
Google Legal Support
""",
    items={YT[1]: "pending"},
)

case(
    name="yt-conditional-block",
    imitates="YouTube legal reply: content will be blocked if the uploader does not respond",
    why="A condition and a future action; nothing has happened yet to the video.",
    outcome="review", review="not_understood",
    frm="youtube-legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Sun, 8 Sep 2024 23:59:00 -0700",
    subject="[5-3198000041823] KCSC-240903-02: uploader notified",
    body=f"""
Hello,

We have notified the uploader of {YT[0]} about your
request. If the uploader does not submit a response within 7 days, the
video will be blocked in South Korea.

Sincerely,
The YouTube Legal Support Team
""",
    items={YT[0]: "pending"},
)

case(
    name="twitch-under-review",
    imitates="Twitch Law Enforcement Response reply: report escalated and under review",
    why="Names the channel but says only that it is under review.",
    outcome="review", review="not_understood",
    frm="legal@twitch.tv", name_from="Twitch Legal",
    date="Wed, 11 Sep 2024 16:00:00 +0000",
    subject="RE: KCSC-240910-07",
    body=f"""
Hello,

Your report concerning {TW[0]} has been escalated to our
Law Enforcement Response team and is currently under review. We aim to
respond within 5 business days.

Twitch Legal
""",
    items={TW[0]: "pending"},
)

case(
    name="tiktok-bulk-all-removed",
    imitates="TikTok short closing reply: all reported content removed",
    why="One sentence about all content of a five-item request, no URL named: bulk.",
    outcome="review", review="bulk", classification="confirmation",
    frm="legal-noreply@tiktok.com", name_from="TikTok Legal",
    date="Tue, 10 Sep 2024 04:04:04 +0000",
    subject="Re: KCSC-240905-04",
    reply_to_req=MID["KCSC-240905-04"],
    body="""
Hello,

We have completed our review of your request KCSC-240905-04. All of the
reported content has been removed from TikTok for violating our Community
Guidelines.

Thank you,
TikTok Trust and Safety
""",
    items={u: "pending" for u in TT},
)

case(
    name="meta-bulk-we-removed",
    imitates="Facebook support-inbox outcome: 'we removed the content you reported', no item named",
    why="Three-item request; the reply speaks of 'the content' without naming any item: bulk.",
    outcome="review", review="bulk", classification="confirmation",
    frm="notification@support.facebook.com", name_from="Facebook",
    date="Sun, 8 Sep 2024 08:08:08 +0000",
    subject="We removed the content you reported (KCSC-240904-03)",
    body="""
Hi,

Thanks for your report. We removed the content you reported because it
goes against our Community Standards.

We let the people who shared it know, but we didn't tell them who reported
it.

The Facebook Team
""",
    items={u: "pending" for u in META},
)

case(
    name="x-dkim-fail",
    imitates="X legal outcome email whose x.com signature fails authentication",
    why="From x.com but DKIM/SPF/DMARC fail: untrusted, nothing applied.",
    outcome="review", review="untrusted",
    frm="legal-ops@x.com", name_from="X Legal Operations", auth="fail",
    date="Sun, 8 Sep 2024 12:00:00 +0000",
    subject="KCSC-240902-01 completed",
    body=f"""
Hello,

The following posts have been removed:

{X[0]}
{X[2]}

X Legal Operations
""",
    items={X[0]: "pending", X[2]: "pending"},
)

case(
    name="tiktok-lookalike-domain",
    imitates="Mail from a look-alike 'TikTok legal support' domain claiming removals",
    why="Sender domain is not TikTok's: unknown sender.",
    outcome="review", review="unknown_sender",
    frm="cases@tiktok-legalsupport.com", name_from="TikTok Legal Support",
    date="Mon, 9 Sep 2024 13:13:13 +0000",
    subject="KCSC-240905-04 resolved",
    body=f"""
Dear Commission,

We confirm that the following videos were removed:
{TT[0]}
{TT[1]}

Regards,
Legal Support Desk
""",
    items={TT[0]: "pending", TT[1]: "pending"},
)

case(
    name="discord-gmail-moderator",
    imitates="Volunteer server moderator replying from a personal Gmail address",
    why="A gmail.com sender is no platform: unknown sender, even though it speaks of the item.",
    outcome="review", review="unknown_sender",
    frm="nightmarket.mod@gmail.com", name_from="Minsoo (server mod)",
    date="Wed, 11 Sep 2024 14:30:00 +0000",
    subject="Re: KCSC-240909-06",
    reply_to_req=MID["KCSC-240909-06"],
    body=f"""
hi, i was a mod on that server. the owner deleted it yesterday so
{DC[0]} is dead now. please stop emailing discord about it

minsoo
""",
    items={DC[0]: "pending"},
)

case(
    name="pinterest-wrong-platform",
    imitates="Pinterest legal reply about a URL that is not on Pinterest",
    why="Pinterest states it cannot find a TikTok URL on Pinterest: another platform's item, wrong_platform.",
    outcome="review", review="wrong_platform",
    frm="legal@pinterest.com", name_from="Pinterest Legal",
    date="Thu, 12 Sep 2024 18:00:00 +0000",
    subject="Re: KCSC-240905-04 removal request",
    body=f"""
Hello,

Thanks for contacting Pinterest. We could not find any Pin matching the
link you sent:

{TT[3]}

This URL does not point to content hosted on Pinterest, so there is nothing
we can remove. You may wish to contact the service that hosts it.

Pinterest Legal
""",
    items={TT[3]: "pending"},
)

case(
    name="snapchat-no-claims",
    imitates="Snapchat Support closing message: appropriate action taken, no content or reference named",
    why="Trusted Snap mail naming no item and no request: no claims.",
    outcome="review", review="no_claims",
    frm="no-reply@snapchat.com", name_from="Snapchat Support",
    date="Fri, 13 Sep 2024 06:06:06 +0000",
    subject="Your Snapchat report",
    body="""
Hi,

Thanks for letting us know about this. Our team has reviewed your report
and taken appropriate action in line with our Community Guidelines.

We can't share details of the action we took, to protect the privacy of
the people involved.

Team Snapchat
https://values.snap.com/privacy/transparency
""",
    items={},
)

case(
    name="reddit-asks-for-documents",
    imitates="Reddit legal reply asking for a court order / legal basis before acting",
    why="Asks for more documents about the post before deciding: asks_more, item pending.",
    outcome="review", review="asks_more", classification="request_for_info",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date="Sat, 7 Sep 2024 21:21:21 +0000",
    subject="Re: KCSC-240906-05",
    reply_to_req=MID["KCSC-240906-05"],
    body=f"""
Hello,

Thank you for your request. Before we can evaluate
{RD[1]} we need additional information:

  1. the specific provision of Korean law the post is said to violate;
  2. a copy of any decision or order issued about this content.

Please reply to this email with the documents. Until then we are unable to
take action on this post.

Reddit Legal
""",
    items={RD[1]: "pending"},
)

# ======================= IGNORED cases =====================================

case(
    name="x-out-of-office",
    imitates="Out-of-office auto-reply of an X legal staffer",
    why="Auto-reply (Auto-Submitted header, vacation text): ignored.",
    outcome="ignored", classification="auto_reply",
    frm="p.ramanathan@x.com", name_from="Priya Ramanathan",
    date="Mon, 2 Sep 2024 01:16:02 +0000",
    subject="Automatic reply: KCSC-240902-01 removal request",
    extra_headers=AUTO + ["X-Autoreply: yes"],
    body="""
Thank you for your email. I am out of the office until 4 September with
limited access to email. For urgent legal requests please use
https://help.x.com/en/forms/legal.

Priya
""",
    items={},
)

case(
    name="yt-legal-ooo",
    imitates="Google legal staff vacation responder",
    why="Vacation auto-reply from a Google address: ignored.",
    outcome="ignored", classification="auto_reply",
    frm="m.kessler@google.com", name_from="Martin Kessler",
    date="Tue, 3 Sep 2024 02:00:40 +0000",
    subject="Out of Office: KCSC-240903-02",
    extra_headers=AUTO + ["Precedence: auto_reply"],
    body="""
I'm currently on leave and will return on 16 September 2024.
Your message has not been forwarded. For YouTube legal removals, please
submit the legal webform so that the on-duty team can pick it up.

Martin
""",
    items={},
)

tt_dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_b292"

--=_dsn_b292
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-apac-archive@tiktok.com>: host store.tiktok.com said:
    550 5.1.1 User unknown (in reply to RCPT TO command)

--=_dsn_b292
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.tiktok.com
Arrival-Date: Thu, 5 Sep 2024 05:20:11 +0000

Final-Recipient: rfc822; legal-apac-archive@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--=_dsn_b292
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-apac@tiktok.com, legal-apac-archive@tiktok.com
Subject: KCSC-240905-04 removal request
Message-ID: <{MID['KCSC-240905-04']}@kcsc.example>
Date: Thu, 5 Sep 2024 14:20:00 +0900

--=_dsn_b292--
"""
case(
    name="tiktok-dsn-bounce",
    imitates="Postfix delivery status notification (user unknown) from the platform's MTA",
    why="A bounce of our own request: ignored.",
    outcome="ignored", classification="bounce",
    frm="MAILER-DAEMON@tiktok.com", name_from="Mail Delivery System",
    date="Thu, 5 Sep 2024 05:20:12 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=tt_dsn,
    items={},
)

tw_dsn_orig = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal@twitch.tv",
    "Subject: KCSC-240910-07",
    f"Message-ID: <{MID['KCSC-240910-07']}@kcsc.example>",
    "Date: Tue, 10 Sep 2024 13:45:00 +0900",
    "Content-Type: text/plain; charset=utf-8",
    "",
    quoted_request("KCSC-240910-07", TW, "", gt=False).strip(),
])
tw_dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn2_b292"

--=_dsn2_b292
Content-Type: text/plain; charset=us-ascii

Delivery to the following recipient has been delayed and then failed
permanently after 4 days:

    legal@twitch.tv

Reason: connection timed out (mx.twitch.tv)

--=_dsn2_b292
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; legal@twitch.tv
Action: failed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.twitch.tv[203.0.113.44]:25: Connection timed out

--=_dsn2_b292
Content-Type: message/rfc822

{tw_dsn_orig}

--=_dsn2_b292--
"""
case(
    name="twitch-dsn-own-mta",
    imitates="Our own MTA's delivery failure report returning the full request (message/rfc822)",
    why="Bounce carrying the original request with both URLs: ignored, nothing changes.",
    outcome="ignored", classification="bounce",
    frm="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System", auth="none",
    date="Sat, 14 Sep 2024 13:50:00 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=tw_dsn,
    items={TW[0]: "pending", TW[1]: "pending"},
)

meta_mdn = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_b292"

--=_mdn_b292
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@meta.com
  Subject: KCSC-240904-03 request for removal
  Sent: Wednesday, September 4, 2024 9:40 AM

was read on Wednesday, September 4, 2024 11:02 AM.

--=_mdn_b292
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal-kr@meta.com
Original-Message-ID: <{MID['KCSC-240904-03']}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_b292--
"""
case(
    name="meta-read-receipt",
    imitates="Exchange read receipt (MDN) from a Meta mailbox",
    why="Read receipt: ignored.",
    outcome="ignored", classification="read_receipt",
    frm="legal-kr@meta.com", name_from="Meta Legal KR",
    date="Wed, 4 Sep 2024 02:02:00 +0000",
    subject="Read: KCSC-240904-03 request for removal",
    raw_mime=meta_mdn,
    items={},
)

case(
    name="discord-ticket-receipt",
    imitates="Discord support ticket auto-acknowledgement (Zendesk style)",
    why="Pure receipt: request number created, nothing about the item: ignored.",
    outcome="ignored", classification="acknowledgement",
    frm="support@discord.com", name_from="Discord",
    date="Mon, 9 Sep 2024 07:31:00 +0000",
    subject="[Discord] We've received your request #48213011 (KCSC-240909-06)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Hello,

Your request (#48213011) has been received and is being reviewed by our
support staff. We'll get back to you as soon as we can. To add more
information, simply reply to this email.

Discord Support
""",
    items={},
)

case(
    name="reddit-echoed-receipt",
    imitates="Reddit legal webform receipt echoing the submitted report back",
    why="Automatic receipt quoting our submission (with both URLs): acknowledgement, ignored.",
    outcome="ignored", classification="acknowledgement",
    frm="noreply@reddit.com", name_from="Reddit",
    date="Fri, 6 Sep 2024 01:06:30 +0000",
    subject="We received your report (ref 9-2024-51177)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thanks for submitting a legal removal request to Reddit. This message
confirms that we have received it; our team will review it and contact you
if we need anything else.

A copy of your submission:

  Reporter: KCSC Takedown Desk (takedown@kcsc.example)
  Your reference: KCSC-240906-05
  Content URLs:
    {RD[0]}
    {RD[1]}
  Reason: sale of controlled substances / prostitution (Korean law)

Please don't reply to this automated message.
Reddit
""",
    items={RD[0]: "pending", RD[1]: "pending"},
)

HEADER = """# Blind set blind292: English notices from many platforms (X, YouTube,
# Meta, TikTok, Reddit, Discord, Twitch; Snapchat and Pinterest as senders).
# Written by tests/corpus/blind292/make.py; expected results written from
# each email's meaning before any run of the reader. Each case is judged
# alone on a fresh ledger holding requests.csv."""


def main():
    write_requests()
    for c in C:
        c["from"] = c.pop("frm")
    corpuslib.write_set(HERE, SET, HEADER, C)


if __name__ == "__main__":
    main()
