#!/usr/bin/env python3
"""Blind set 610: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Twitch, Discord, plus Telegram, Snapchat and Pinterest mail
that matches no request of theirs).

    python3 tests/corpus/blind610/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of the email alone,
before the reader was run on it.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "meta.com": "Meta",
    "facebookmail.com": "Facebook",
    "tiktok.com": "TikTok",
    "redditmail.com": "Reddit",
    "reddit.com": "Reddit",
    "twitch.tv": "Twitch",
    "discord.com": "Discord",
    "snap.com": "Snapchat",
    "pinterest.com": "Pinterest",
})

# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/lucky_spin_kr/status/1830412200000000101",
    2: "https://x.com/lucky_spin_kr/status/1830412200000000102",
    3: "https://x.com/betmaster_77/status/1830412200000000203",
    4: "https://x.com/betmaster_77/status/1830412200000000204",
    5: "https://twitter.com/casino_wave/status/1830412200000000305",
    6: "https://x.com/casino_wave/status/1830412200000000306",
    7: "https://x.com/jackpot_alley",
    8: "https://x.com/toto_signal/status/1830412200000000408",
    9: "https://x.com/toto_signal/status/1830412200000000409",
    10: "https://x.com/odds_harbor/status/1830412200000000510",
    11: "https://x.com/odds_harbor/status/1830412200000000511",
    12: "https://x.com/spin_garden/status/1830412200000000612",
    13: "https://x.com/spin_garden/status/1830412200000000613",
}
YT_A = "https://www.youtube.com/watch?v=Qm3vT8xLp2A"
YT_B = "https://www.youtube.com/watch?v=Hk7wR1zNc5E"
YT_S = "https://www.youtube.com/shorts/Zp4bY6uTq9M"
YT_CH = "https://www.youtube.com/@%EB%8B%AC%EB%B9%9B%EC%B1%84%EB%84%90"
YT_CH_RAW = "https://www.youtube.com/@달빛채널"
IG_P = "https://www.instagram.com/p/C_kR2mLx8Tz/"
IG_R = "https://www.instagram.com/reel/C_mN4pQw1Ja/"
IG_A = "https://www.instagram.com/ice_delivery_seoul/"
FB_G = "https://www.facebook.com/groups/2210456677001234/posts/2210456677009876/"
FB_P = "https://www.facebook.com/permalink.php?story_fbid=pfbid02XyZ7&id=100089912345678"
TT1 = "https://www.tiktok.com/@gossip.daily.kr/video/7411223344556677001"
TT2 = "https://www.tiktok.com/@gossip.daily.kr/video/7411223344556677002"
TT3 = "https://www.tiktok.com/@rumor_mill_99/video/7411223344556677003"
RD1 = "https://www.reddit.com/r/kpopfakes_hub/comments/1fc2x9a/new_set_posted/"
RD2 = "https://www.reddit.com/r/kpopfakes_hub/comments/1fc3b7q/request_thread/"
TW_V = "https://www.twitch.tv/videos/2246810975"
TW_C = "https://www.twitch.tv/slotking_live/clip/BraveTinyOtterSpin-x9Qw2"
DC = "https://discord.gg/gh0stpharm"

REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03", "2024-09-10", "illegal-gambling",
     "req-240903-01@kcsc.example", "13 items, 7 accounts; batch \"G-3\" of gambling promotion",
     [X[i] for i in range(1, 14)]),
    ("KCSC-240904-02", "youtube", "2024-09-04", "2024-09-11", "deepfake-sexual-abuse",
     "req-240904-02@kcsc.example", "3 videos, 1 channel", [YT_A, YT_B, YT_S, YT_CH]),
    ("KCSC-240905-03", "meta", "2024-09-05", "2024-09-12", "drug-sale",
     "req-240905-03@kcsc.example", "Instagram and Facebook, one account", [IG_P, IG_R, IG_A, FB_G, FB_P]),
    ("KCSC-240906-04", "tiktok", "2024-09-06", "2024-09-13", "defamation",
     "req-240906-04@kcsc.example", "court decision attached, Seoul Central District Court", [TT1, TT2, TT3]),
    ("KCSC-240909-05", "reddit", "2024-09-09", "2024-09-16", "deepfake-sexual-abuse",
     "req-240909-05@kcsc.example", "", [RD1, RD2]),
    ("KCSC-240910-06", "twitch", "2024-09-10", "2024-09-17", "illegal-gambling",
     "req-240910-06@kcsc.example", "VOD and clip, same streamer", [TW_V, TW_C]),
    ("KCSC-240911-07", "discord", "2024-09-11", "2024-09-18", "drug-sale",
     "req-240911-07@kcsc.example", "server invite", [DC]),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def quoted_request(ref, urls, prefix="> "):
    lines = ["Dear Sir or Madam,", "",
             f"The Korea Communications Standards Commission requests the removal of the",
             f"following content (our reference {ref}):", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each item.", "",
              "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


SIG_X = "X Legal\nhttps://help.x.com/en/forms/legal"

# ------------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ============================== X (KCSC-240903-01, 13 items) ==============
case(
    name="x-withheld-kr-bulleted",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 08:14:22 +0000",
    subject="Re: KCSC-240903-01 - Request to remove illegal gambling content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your request regarding KCSC-240903-01.

After review, X has withheld access in South Korea to the following posts in
response to your legal demand, under our Country Withheld Content policy:

 \u2022 {X[1]}
 \u2022 {X[2]}
 \u2022 {X[3]}

The account holders have been notified of this action unless we were
prohibited from doing so. People outside Korea can still view these posts.

We will write to you separately about the other URLs in your request.

More about withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
{SIG_X}
Ticket: 0193847261
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply: Country Withheld Content outcome for a government demand",
    why="three posts named one per bullet as withheld in South Korea",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "restricted"},
)

case(
    name="x-mixed-outcomes-numbered",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 02:40:10 +0000",
    subject="Re: KCSC-240903-01 - Request to remove illegal gambling content [ref:0193847261]",
    reply_to_req="req-240903-01",
    body=f"""
Hi,

We're writing with an update on your report KCSC-240903-01. Our review of the
following posts is complete:

1. {X[4]}
   Removed: this post violated the X Rules on illegal or certain regulated
   goods and services.
2. https://x.com/casino_wave/status/1830412200000000305
   Removed: the author's account has been permanently suspended and the post
   is no longer available on X.
3. {X[6]}
   Not found: we were unable to locate this post. Please check that the link
   is correct.
4. {X[8]}
   No action: we did not find a violation of the X Rules, and the post was
   not found to be unlawful under the provisions you cited. It remains
   available.

If you have new information about item 4, you may submit a new request at
https://help.x.com/en/forms/legal.

{SIG_X}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome email listing each reported post with its decision",
    why="four numbered posts with removed, removed (suspended account), not found and no action; item 2 written as x.com though requested as twitter.com",
    items={X[4]: "removed", X[5]: "removed", X[6]: "not_found", X[8]: "rejected"},
)

case(
    name="x-account-withheld-status-below",
    **{"from": "legal-ops@x.com"}, name_from="X Global Legal Policy",
    date="Mon, 09 Sep 2024 11:03:45 +0000",
    subject="KCSC-240903-01 result of review (part 2)",
    body=f"""
KCSC-240903-01 -- result of review (part 2)

{X[7]}
Action taken: Account withheld in KR

{X[8]}
Action taken: None. The content does not violate the X Rules or applicable
local law.

--
X Global Legal Policy
This mailbox is monitored for government and regulator correspondence only.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal batch result: bare URL with 'Action taken' line under it",
    why="account withheld in Korea, second post left up with its reason",
    items={X[7]: "restricted", X[8]: "rejected"},
)

html_x = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC team,</p>
<p>Please find below the outcome for request <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th><th>Notes</th></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Withheld (KR)</td><td>Country Withheld Content</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Removed</td><td>Violation of X Rules</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>No action</td><td>No violation found; not unlawful under the cited law</td></tr>
<tr><td><a href="{X[12]}">{X[12]}</a></td><td>Not found</td><td>Post does not exist</td></tr>
</table>
<p>Kind regards,<br>X Legal</p>
<p style="color:#777;font-size:11px">X Corp. &middot; <a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">Legal request FAQs</a></p>
</body></html>
"""
case(
    name="x-html-table-qp",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 06:21:00 +0000",
    subject="Outcome: KCSC-240903-01",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html_x)}""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome sent as an HTML table (quoted-printable)",
    why="four rows, each URL with its outcome: withheld, removed, no action, not found",
    items={X[9]: "restricted", X[10]: "removed", X[11]: "rejected", X[12]: "not_found"},
)

csv_x = f"""reported_url,decision,scope,date
{X[8]},withheld,KR,2024-09-09
{X[9]},withheld,KR,2024-09-09
{X[13]},removed,global,2024-09-09
"""
case(
    name="x-csv-attachment",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 09:02:31 +0000",
    subject="Re: KCSC-240903-01 - results batch",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_x610csv"

--=_x610csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The results for the URLs we actioned in this batch of KCSC-240903-01 are in
the attached file. Decisions on the remaining URLs will follow.

X Legal

--=_x610csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_results.csv"
Content-Transfer-Encoding: base64

{b64(csv_x)}
--=_x610csv--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal batch results exported as a CSV attachment",
    why="CSV rows: two posts withheld in KR, one removed globally",
    items={X[8]: "restricted", X[9]: "restricted", X[13]: "removed"},
)

case(
    name="x-top-posted-over-quote",
    **{"from": "m.kowalski@x.com"}, name_from="Marta Kowalski",
    date="Wed, 11 Sep 2024 15:47:09 +0000",
    subject="Re: KCSC-240903-01 - Request to remove illegal gambling content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We have withheld the following post in South Korea: {X[10]}

The remaining reported posts are still with our team and we will update you
once we have a decision.

Best,
Marta
X Legal | Government Requests

On Tue, 3 Sep 2024 at 10:02, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", [X[i] for i in range(1, 14)])}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from an X legal staffer above the quoted request",
    why="one post withheld in the reply; the 13 URLs below 'wrote:' are our own quoted request",
    items={X[10]: "restricted"},
)

case(
    name="x-angle-bracket-urls",
    **{"from": "support-agent@x.com"}, name_from="X Support",
    date="Thu, 12 Sep 2024 04:05:50 +0000",
    subject="Re: [Case 0193847261] KCSC-240903-01",
    body=f"""
Hello,

Following up on your ticket KCSC-240903-01:

- <{X[13]}> has been removed for violating our rules on gambling promotion.
- <{X[12]}> is now withheld in South Korea.

Thanks,
Aiden
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support agent follow-up with URLs in angle brackets",
    why="one post removed, one withheld in Korea, each named",
    items={X[13]: "removed", X[12]: "restricted"},
)

case(
    name="x-outlook-url-below-statement",
    **{"from": "legal@x.com"}, name_from="X Legal Operations",
    date="Fri, 13 Sep 2024 07:30:00 +0000",
    subject="RE: KCSC-240903-01 - Request to remove illegal gambling content",
    reply_to_req="req-240903-01",
    body=f"""
Dear Sir/Madam,

In response to your request KCSC-240903-01 we have withheld the following post
in the Republic of Korea:
{X[4]}

The following post has been removed globally for violating the X Rules:
{X[9]}

Kind regards,
X Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:02 AM
To: legal@x.com
Subject: KCSC-240903-01 - Request to remove illegal gambling content

{quoted_request("KCSC-240903-01", [X[i] for i in range(1, 14)], prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the request pasted unquoted below",
    why="statement line then URL on the next line, twice; the original request below is not a statement",
    items={X[4]: "restricted", X[9]: "removed"},
)

qp_x = (
    "Hello,\n\n"
    f"Regarding KCSC-240903-01, both of the following posts have been removed from X for violating our policy on illegal or certain regulated goods and services: {X[11]} and {X[1]} .\n\n"
    "No further action is needed on your side for these two posts.\n\n"
    "X Legal\n"
)
case(
    name="x-qp-soft-wrapped",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 10:12:44 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_x)}""",
    outcome="applied", classification="confirmation",
    imitates="X legal plain-text reply in quoted-printable with soft line breaks inside long lines",
    why="one sentence names both posts as removed",
    items={X[11]: "removed", X[1]: "removed"},
)

# ============================== YouTube (KCSC-240904-02, 4 items) =========
case(
    name="yt-legal-blocked-kr-mixed",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 01:15:27 +0000",
    subject="[KCSC-240904-02] YouTube legal complaint - outcome",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Thanks for reaching out to us.

In accordance with local law, we have blocked the following content from view
on YouTube in South Korea:

- https://youtube.com/watch?v=Qm3vT8xLp2A
- {YT_S}

In addition, after reviewing {YT_B} we found that it
violates YouTube's Community Guidelines, and it has been removed from the
platform.

Regards,
The YouTube Team

(c) Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome: blocked in country plus a Community Guidelines removal",
    why="two items blocked in Korea (one written without www), one removed globally",
    items={YT_A: "restricted", YT_S: "restricted", YT_B: "removed"},
)

yt_ch_text = f"""Hello,

We have reviewed the channel you reported in KCSC-240904-02:

{YT_CH_RAW}

This channel has been terminated for repeated violations of our Community
Guidelines and is no longer available on YouTube.

The YouTube Trust & Safety Team
"""
case(
    name="yt-channel-terminated-base64",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Sat, 07 Sep 2024 03:44:10 +0000",
    subject="KCSC-240904-02: channel review completed",
    reply_to_req="req-240904-02",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(yt_ch_text)}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice, base64 body, Korean handle written raw",
    why="the channel (raw Korean handle, percent-encoded in the request) was terminated",
    items={YT_CH: "removed"},
)

case(
    name="yt-rejected-and-uploader-deleted",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 05:30:12 +0000",
    subject="Re: [KCSC-240904-02] YouTube legal complaint",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

We've reviewed the content you reported.

{YT_S} - After careful review, we have not found this
content to be in violation of our Community Guidelines or of local law, so we
will not be taking action on it at this time.

{YT_A} - This video had already been deleted by the
uploader before our review.

If you have additional information, you can submit a new complaint at
https://support.google.com/legal/answer/3110420.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply declining one item and noting the uploader deleted another",
    why="Short refused (no violation), video already deleted by its uploader",
    items={YT_S: "rejected", YT_A: "not_found"},
)

case(
    name="yt-age-restricted",
    **{"from": "youtube-trustsafety@google.com"}, name_from="YouTube Trust & Safety",
    date="Tue, 10 Sep 2024 12:00:03 +0000",
    subject="Update on your report KCSC-240904-02",
    body=f"""
Hi,

After review, we've applied an age restriction to the video below. It can no
longer be watched by viewers who are signed out, under 18, or using
Restricted Mode.

{YT_B}

Learn more about age-restricted content:
https://support.google.com/youtube/answer/2802167

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'age-restricted' outcome notice",
    why="one named video age-restricted",
    items={YT_B: "restricted"},
)

# ============================== Meta (KCSC-240905-03, 5 items) ============
meta_text = f"""Hello,

Thank you for your report KCSC-240905-03. Following our review we have taken
the actions below.

{IG_P}
  Restricted in South Korea (local law)
{IG_R}
  Restricted in South Korea (local law)
{FB_G}
  Removed (Community Standards: Restricted goods and services)

Meta Content Response Team
"""
meta_html = f"""<html><body>
<p>Hello,</p>
<p>Thank you for your report KCSC-240905-03. Following our review we have taken the actions below.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<thead><tr><th>Content</th><th>Action</th></tr></thead>
<tbody>
<tr><td>{IG_P}</td><td>Restricted in South Korea (local law)</td></tr>
<tr><td>{IG_R}</td><td>Restricted in South Korea (local law)</td></tr>
<tr><td>{FB_G}</td><td>Removed (Community Standards: Restricted goods and services)</td></tr>
</tbody></table>
<p>Meta Content Response Team<br>
<a href="https://transparency.meta.com/reports/content-restrictions">How we handle requests based on local law</a></p>
</body></html>
"""
case(
    name="meta-html-table-local-law",
    **{"from": "content-response@meta.com"}, name_from="Meta Content Response",
    date="Sat, 07 Sep 2024 09:18:40 +0000",
    subject="Your report KCSC-240905-03: actions taken",
    reply_to_req="req-240905-03",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_meta610a"

--=_meta610a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{meta_text}
--=_meta610a
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(meta_html)}
--=_meta610a--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta local-law content restriction reply (text + HTML table)",
    why="two Instagram items restricted in Korea, one Facebook group post removed",
    items={IG_P: "restricted", IG_R: "restricted", FB_G: "removed"},
)

case(
    name="meta-notice-of-decision",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    date="Mon, 09 Sep 2024 13:45:22 +0000",
    subject="Decision on your report 1029384756 (KCSC-240905-03)",
    body=f"""
Decision on your report

Report ID: 1029384756
Your reference: KCSC-240905-03

Content: {IG_A}
Decision: Account disabled
Ground: Goes against our Community Guidelines on restricted goods and
services (drugs)
Detected or decided by automated means: No

Content: {FB_P}
Decision: No action possible. This content is no longer on Facebook; it was
deleted by the person who posted it before we reviewed it.

If you disagree with a decision, you can ask us to review it again from your
Support Inbox: https://www.facebook.com/support

Meta Platforms Ireland Ltd.
""",
    outcome="applied", classification="confirmation",
    imitates="Meta notice-of-decision to a notifier (DSA Art. 16/17 style fields)",
    why="account disabled; second item deleted by its author before review",
    items={IG_A: "removed", FB_P: "not_found"},
)

case(
    name="meta-reel-no-violation",
    **{"from": "no-reply@meta.com"}, name_from="Instagram",
    date="Tue, 10 Sep 2024 02:02:02 +0000",
    subject="We reviewed the reel you reported (KCSC-240905-03)",
    reply_to_req="req-240905-03",
    body=f"""
Hi,

We reviewed the reel you reported:
{IG_R}

We found that it doesn't go against our Community Guidelines, and our legal
review did not find it to be unlawful in South Korea. We've left it up.

We understand this may be disappointing. You can learn more about what we
do and don't allow at https://help.instagram.com/477434105621119.

Instagram Help Center
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'doesn't go against our Community Guidelines' report outcome",
    why="one named reel left up with a reason",
    items={IG_R: "rejected"},
)

case(
    name="meta-korea-staff-bilingual",
    **{"from": "jh.seo@meta.com"}, name_from="Jihoon Seo",
    date="Wed, 11 Sep 2024 06:33:15 +0000",
    subject="RE: KCSC-240905-03 Instagram drug sale content",
    reply_to_req="req-240905-03",
    body=f"""
Hello KCSC team,

This is Jihoon from the Meta Korea public policy team. Update on KCSC-240905-03:

1) {IG_P} 게시물은 삭제 조치되었습니다（removed globally）.
2) {IG_A} 계정은 국내 접속 차단되었습니다（restricted in Korea）.

Thanks,
Jihoon Seo | Public Policy, Meta Korea
""",
    outcome="applied", classification="confirmation",
    imitates="Meta Korea policy staffer's bilingual reply with Korean particles and full-width brackets after URLs",
    why="post removed, account restricted in Korea; Korean text and full-width parentheses follow each URL",
    items={IG_P: "removed", IG_A: "restricted"},
)

# ============================== TikTok (KCSC-240906-04, 3 items) ==========
case(
    name="tiktok-legal-geo-restricted",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 08:00:00 +0000",
    subject="Re: Legal request KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""
Dear KCSC,

Thank you for your request (ref. KCSC-240906-04).

Following legal review, TikTok has restricted access in South Korea to the
following videos:
{TT1}
{TT2}

We were unable to locate the following video; it does not exist on TikTok:
{TT3}

Kind regards,
TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal response on a government removal request (geo-restriction)",
    why="two videos restricted in Korea, third cannot be located",
    items={TT1: "restricted", TT2: "restricted", TT3: "not_found"},
)

tt_html = f"""<!DOCTYPE html><html><body style="font-family:Helvetica,Arial,sans-serif">
<h3>Update on your report</h3>
<p>Reference: KCSC-240906-04 &nbsp;|&nbsp; Report ID: 7412000000987</p>
<div style="border:1px solid #ddd;padding:8px;margin:8px 0">
<p><b>Content:</b> <a href="{TT3}">{TT3}</a></p>
<p><b>Decision:</b> Removed</p>
<p><b>Reason:</b> Violation of our Community Guidelines (Harassment and bullying)</p>
</div>
<div style="border:1px solid #ddd;padding:8px;margin:8px 0">
<p><b>Content:</b> <a href="{TT1}">{TT1}</a></p>
<p><b>Decision:</b> No violation</p>
<p><b>Reason:</b> We did not find a violation of our Community Guidelines or local law. The content remains available on TikTok.</p>
</div>
<p>If you disagree, you can appeal at <a href="https://www.tiktok.com/legal/report">tiktok.com/legal/report</a>.</p>
<p>TikTok Trust and Safety</p>
</body></html>
"""
case(
    name="tiktok-decision-html-base64",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Tue, 10 Sep 2024 10:25:41 +0000",
    subject="Update on your report - KCSC-240906-04",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(tt_html)}""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report decision email (HTML, base64) with per-item decision blocks",
    why="one video removed, another found not violating and left up",
    items={TT3: "removed", TT1: "rejected"},
)

case(
    name="tiktok-echoed-report",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Wed, 11 Sep 2024 14:09:58 +0000",
    subject="Your report has been reviewed",
    reply_to_req="req-240906-04",
    body=f"""
Your report

Report ID: 7412000000123
Reported content: {TT2}
Reason given: Defamation (South Korea)
Submitted: 2024-09-06

Our decision

We've removed this video because it violates our Community Guidelines.
Thanks for helping keep TikTok safe.

TikTok Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok in-app/email report outcome echoing the report fields",
    why="the echoed report names one video, and the decision says it was removed",
    items={TT2: "removed"},
)

# ============================== Reddit (KCSC-240909-05, 2 items) ==========
case(
    name="reddit-admin-removed-list",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    date="Tue, 10 Sep 2024 18:20:11 +0000",
    subject="Re: KCSC-240909-05 report to Reddit",
    reply_to_req="req-240909-05",
    body=f"""
Hi there,

Thanks for submitting a report to the Reddit admin team (KCSC-240909-05).

After investigating, we've found that the reported content violates Reddit's
Content Policy, specifically the rule against sharing intimate or sexually
explicit media of someone without their consent, and we have removed it:

- {RD1}
- {RD2}

The community r/kpopfakes_hub has also been banned.

Thanks again for your report,
Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin 'we've investigated your report' outcome with the reported links listed",
    why="both reported posts listed by URL under one removal statement",
    items={RD1: "removed", RD2: "removed"},
)

case(
    name="reddit-one-removed-one-left",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 16:42:37 +0000",
    subject="KCSC-240909-05",
    body=f"""
Hello,

Thank you for your notice. The post at {RD1}
has been removed by Reddit's admin team.

We reviewed {RD2}
and did not find a violation of our Content Policy; it has not been removed.

Regards,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal desk reply with URLs wrapped at the end of lines",
    why="first post removed, second reviewed and left up",
    items={RD1: "removed", RD2: "rejected"},
)

# ============================== Twitch (KCSC-240910-06, 2 items) ==========
case(
    name="twitch-ts-outcome",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    date="Thu, 12 Sep 2024 20:15:05 +0000",
    subject="Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""
Hello,

We've completed our review of the content in your request KCSC-240910-06.

VOD {TW_V} -- removed. The channel has also received an
enforcement action.

Clip {TW_C} -- this clip no longer exists on Twitch,
so no further action was needed.

Twitch Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch Trust & Safety report outcome",
    why="VOD removed; clip no longer exists",
    items={TW_V: "removed", TW_C: "not_found"},
)

case(
    name="twitch-top-posted-clip-removed",
    **{"from": "d.reyes@twitch.tv"}, name_from="Dana Reyes",
    date="Fri, 13 Sep 2024 17:00:48 +0000",
    subject="Re: KCSC-240910-06 Request to remove illegal gambling content",
    reply_to_req="req-240910-06",
    body=f"""
Hi,

The clip below was removed today:
{TW_C}

The VOD is still being reviewed by our team and we'll follow up on it.

Dana
Twitch Law Enforcement Response

On Tue, Sep 10, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240910-06", [TW_V, TW_C])}
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch staffer's top-posted Gmail reply over the quoted request",
    why="clip removed; VOD still under review, so it stays pending",
    items={TW_C: "removed", TW_V: "pending"},
)

# ============================== Discord (KCSC-240911-07, 1 item) ==========
case(
    name="discord-one-item-by-ref",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 03:11:19 +0000",
    subject="Re: KCSC-240911-07",
    reply_to_req="req-240911-07",
    body="""
Hello,

Thanks for your report regarding KCSC-240911-07. We've investigated, and the
server has been removed from Discord for violating our Community Guidelines
on regulated and illegal goods.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome naming the report, not the link",
    why="one-item request; the server it names is stated removed",
    items={DC: "removed"},
)

case(
    name="discord-owner-deleted-ticket",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Sat, 14 Sep 2024 09:41:02 +0000",
    subject="[Discord] Update on ticket #20458813",
    body=f"""
Thank you for contacting Discord Trust & Safety. Your ticket number is
#20458813 (your reference: KCSC-240911-07).

We looked into the invite {DC}. The server it pointed to was
deleted by its owner before our review, and the invite is no longer valid.

Discord Trust & Safety
https://discord.com/safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord ticket update (Zendesk-style) with an acknowledgement line plus an outcome",
    why="acknowledgement wording plus an unhedged statement: server already deleted by its owner",
    items={DC: "not_found"},
)

# ============================== review =====================================
case(
    name="x-promise-will-withhold",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 12:30:00 +0000",
    subject="Re: KCSC-240903-01 - Request to remove illegal gambling content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your patience with KCSC-240903-01. Our legal team has reviewed
the posts below, and they will be withheld in South Korea once the account
owners have been notified, which usually takes up to 48 hours:

{X[1]}
{X[2]}

We will confirm once this has been done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing a future withholding",
    why="'will be withheld' is a promise, not a statement; items named, so review",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="yt-hedge-under-review",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 23:10:45 +0000",
    subject="Re: [KCSC-240904-02] YouTube legal complaint",
    reply_to_req="req-240904-02",
    body=f"""
Hi,

Regarding KCSC-240904-02: the video {YT_A} appears to be
unavailable already, possibly removed by its uploader; we are checking our
records to confirm. The Short {YT_S} is currently under
review by our legal team.

We'll get back to you as soon as we can.

The YouTube Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply with hedged wording",
    why="'appears to be unavailable, possibly removed' is a hedge and 'under review' no outcome",
    items={YT_A: "pending", YT_S: "pending"},
)

case(
    name="meta-bulk-all-actioned",
    **{"from": "content-response@meta.com"}, name_from="Meta Content Response",
    date="Fri, 06 Sep 2024 16:55:00 +0000",
    subject="Your report KCSC-240905-03",
    reply_to_req="req-240905-03",
    body="""
Hello,

We've completed our review of your report KCSC-240905-03 and have taken
action on all of the reported content under our Community Standards and
applicable local law.

Thank you for helping us keep our community safe.

Meta Content Response Team
""",
    outcome="review", review="bulk",
    imitates="Meta 'we took action on the content you reported' summary reply",
    why="one statement for a five-item request without naming each item",
    items={IG_P: "pending", IG_R: "pending", IG_A: "pending", FB_G: "pending", FB_P: "pending"},
)

case(
    name="yt-bulk-all-removed",
    **{"from": "youtube-trustsafety@google.com"}, name_from="YouTube Trust & Safety",
    date="Sun, 08 Sep 2024 07:07:07 +0000",
    subject="Re: KCSC-240904-02",
    reply_to_req="req-240904-02",
    body="""
Hello,

The content you reported in KCSC-240904-02 has been removed from YouTube for
violating our policies on non-consensual sexual content.

- The YouTube Team
""",
    outcome="review", review="bulk",
    imitates="YouTube short outcome email speaking of 'the content you reported'",
    why="a blanket removal for a four-item request, no item named",
    items={YT_A: "pending", YT_B: "pending", YT_S: "pending", YT_CH: "pending"},
)

case(
    name="tiktok-auth-fail",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    auth="fail",
    date="Tue, 10 Sep 2024 03:03:03 +0000",
    subject="Re: Legal request KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""
Dear KCSC,

The following videos have been removed from TikTok:
{TT1}
{TT2}

TikTok Legal Team
""",
    outcome="review", review="untrusted",
    imitates="TikTok legal reply whose DKIM/SPF/DMARC fail (e.g. relayed through a list)",
    why="platform domain but authentication fails",
    items={TT1: "pending", TT2: "pending"},
)

case(
    name="x-lookalike-domain",
    **{"from": "notice@x-legal-desk.com"}, name_from="X Legal Team",
    date="Sat, 07 Sep 2024 19:19:19 +0000",
    subject="KCSC-240903-01: Enforcement completed - confirm within 24h",
    body=f"""
Dear Regulator,

We have permanently removed the following posts:
{X[5]}
{X[6]}

To confirm receipt of this enforcement notice, sign in at
https://x-legal-desk.com/confirm within 24 hours.

X Legal Team
""",
    outcome="review", review="unknown_sender",
    imitates="phishing-style notice from a look-alike domain",
    why="sender domain belongs to no platform",
    items={X[5]: "pending", X[6]: "pending"},
)

case(
    name="reddit-moderator-gmail",
    **{"from": "kpopfakes.mod@gmail.com"}, name_from="hub mod",
    date="Wed, 11 Sep 2024 11:11:11 +0900",
    subject="about your report KCSC-240909-05",
    body=f"""
Hi,

I'm one of the moderators of r/kpopfakes_hub. Reddit forwarded us your
report. I've removed this post from the subreddit:
{RD1}

Please don't escalate further, we are cleaning up.
""",
    outcome="review", review="unknown_sender",
    imitates="community moderator writing from a personal mailbox",
    why="not Reddit's sender domain",
    items={RD1: "pending"},
)

case(
    name="snap-wrong-platform",
    **{"from": "safety@snap.com"}, name_from="Snapchat Safety",
    date="Mon, 09 Sep 2024 21:48:30 +0000",
    subject="Re: KCSC-240906-04",
    body=f"""
Hello,

Thanks for your report. The link you provided
({TT3}) does not point to content on Snapchat, so we
could not locate it on our services and have not taken any action.

If the content is on Snapchat, please send us the Snapchat username or a
Spotlight link.

Snap Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="Snapchat safety reply to a misdirected report",
    why="Snap speaks about a TikTok item",
    items={TT3: "pending"},
)

case(
    name="pinterest-no-claims",
    **{"from": "support@pinterest.com"}, name_from="Pinterest Support",
    date="Thu, 12 Sep 2024 22:22:22 +0000",
    subject="Your Pinterest support request",
    body="""
Hi there,

Thanks for reaching out to Pinterest. We've looked into the matter you raised
and taken appropriate action in line with our Community Guidelines.

If you see anything else that concerns you, you can report it at
https://help.pinterest.com/en/article/report-something-on-pinterest

Best,
Pinterest Support
""",
    outcome="review", review="no_claims",
    imitates="Pinterest support closing reply",
    why="trusted platform mail that names no item and no request",
    items={},
)

case(
    name="reddit-asks-more-info",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 15:30:00 +0000",
    subject="Re: KCSC-240909-05 report to Reddit",
    reply_to_req="req-240909-05",
    body="""
Hello,

Thank you for your report (KCSC-240909-05). To process a removal request based
on local law, we need more information. Please tell us which provision of
Korean law each post violates, and send a copy of the official decision.

You can reply to this email with the documents.

Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for supporting documents",
    why="asks us for more information before acting",
    items={},
)

case(
    name="discord-conditional",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 01:01:01 +0000",
    subject="Re: KCSC-240911-07",
    reply_to_req="req-240911-07",
    body=f"""
Hello,

Thanks for your report regarding {DC} (KCSC-240911-07).
If our investigation confirms that the server is being used to sell
controlled substances, it will be removed and the owner's account will be
banned.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord interim reply with a conditional outcome",
    why="a condition and a promise, no statement about the server",
    items={DC: "pending"},
)

case(
    name="twitch-under-review",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    date="Wed, 11 Sep 2024 13:00:00 +0000",
    subject="Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""
Hello,

Your request KCSC-240910-06 has been escalated. The VOD
{TW_V} and the clip
{TW_C} are under review by our Law
Enforcement Response team. We expect to reach a decision within five business
days.

Twitch Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Twitch escalation notice naming the items under review",
    why="names both items but only says they are under review",
    items={TW_V: "pending", TW_C: "pending"},
)

# ============================== ignored ====================================
case(
    name="x-ack-case-number",
    **{"from": "legal-noreply@x.com"}, name_from="X Support",
    date="Tue, 03 Sep 2024 01:05:00 +0000",
    subject="We received your legal request [Case 0193847261]",
    reply_to_req="req-240903-01",
    body="""
Hello,

We've received your legal request.

Case number: 0193847261
Your reference: KCSC-240903-01

Our team will review the request and reply to you by email. Please do not
reply to this message; replies to this address are not monitored.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request submission receipt",
    why="pure receipt with a case number",
    items={},
)

case(
    name="yt-out-of-office",
    **{"from": "jiwoo.han@google.com"}, name_from="Jiwoo Han",
    date="Wed, 04 Sep 2024 00:30:12 +0000",
    subject="Automatic reply: KCSC-240904-02 - Request to remove content",
    reply_to_req="req-240904-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hello,

I am out of the office until 23 September with limited access to email.
For urgent legal removal matters please use
https://support.google.com/legal/ and the team will pick it up.

Thanks,
Jiwoo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Google staffer out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

dsn_orig = f"""Message-ID: <req-240911-07@kcsc.example>
Date: Wed, 11 Sep 2024 10:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@discord.com
Subject: KCSC-240911-07 - Request to remove drug sale content

{quoted_request("KCSC-240911-07", [DC], prefix="")}
"""
case(
    name="discord-dsn-bounce",
    **{"from": "mailer-daemon@discord.com"}, name_from="Mail Delivery Subsystem",
    date="Wed, 11 Sep 2024 01:00:41 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn610"

--=_dsn610
Content-Type: text/plain; charset=utf-8

Your message wasn't delivered to legal-kr@discord.com because the address
couldn't be found, or is unable to receive mail.

--=_dsn610
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.discord.com
Arrival-Date: Wed, 11 Sep 2024 01:00:39 +0000

Final-Recipient: rfc822; legal-kr@discord.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@discord.com>: Recipient address rejected: User unknown

--=_dsn610
Content-Type: message/rfc822

{dsn_orig}
--=_dsn610--
""",
    outcome="ignored", classification="bounce",
    imitates="DSN (RFC 3464) for our request to a wrong Discord address, original attached",
    why="bounce; the URL is only in our returned request",
    items={},
)

case(
    name="reddit-read-receipt",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Mon, 09 Sep 2024 04:12:00 +0000",
    subject="Read: KCSC-240909-05 report to Reddit",
    reply_to_req="req-240909-05",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn610"

--=_mdn610
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@reddit.com
  Subject: KCSC-240909-05 report to Reddit
  Sent: Monday, September 9, 2024 1:00 PM (UTC+09:00) Seoul

was read on Monday, September 9, 2024 1:12 PM (UTC+09:00) Seoul.

--=_mdn610
Content-Type: message/disposition-notification

Reporting-UA: mail.reddit.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal@reddit.com
Original-Message-ID: <req-240909-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn610--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook/Exchange read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="telegram-auto-ack",
    **{"from": "abuse@telegram.org"}, name_from="Telegram",
    date="Thu, 12 Sep 2024 08:08:08 +0000",
    subject="Re: Report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thank you for your report. Our moderators will review it.

Please note that we are unable to reply to every report individually.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse desk automatic receipt",
    why="pure acknowledgement, names nothing",
    items={},
)

case(
    name="twitch-zendesk-receipt",
    **{"from": "support@twitch.tv"}, name_from="Twitch Support",
    date="Tue, 10 Sep 2024 00:15:33 +0000",
    subject="[Twitch] Re: KCSC-240910-06 Request to remove illegal gambling content",
    reply_to_req="req-240910-06",
    body="""
##- Please type your reply above this line -##

Your request (8812345) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

Twitch Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk ticket-created receipt",
    why="ticket receipt only",
    items={},
)

case(
    name="meta-unmonitored-autoreply",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    date="Thu, 05 Sep 2024 00:20:00 +0000",
    subject="Re: KCSC-240905-03 Instagram drug sale content",
    reply_to_req="req-240905-03",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This email address isn't monitored, and replies to it won't be read.

To report content on Facebook or Instagram, please use the forms in our Help
Center: https://www.facebook.com/help/contact/

Meta
""",
    outcome="ignored", classification="auto_reply",
    imitates="Meta 'this address is not monitored' automatic reply",
    why="automatic reply from an unmonitored address",
    items={},
)

HEADER = """# Blind set 610 (English notices from many platforms). Written by
# tests/corpus/blind610/make.py from each email's meaning, before any run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind610", HEADER, cases)
