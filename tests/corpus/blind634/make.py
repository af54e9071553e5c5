#!/usr/bin/env python3
"""Blind set 634: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Snapchat and Pinterest receipts).

    python3 tests/corpus/blind634/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email was written in our own words, imitating the kind of notice named in
its `imitates` field; the expected results come from each email's meaning,
written before the reader was ever run on this set.
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
    "instagram.com": "Instagram",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "discord.com": "Discord",
    "twitch.tv": "Twitch",
    "snapchat.com": "Snapchat",
    "pinterest.com": "Pinterest",
})

# ---------------------------------------------------------------- requests
X1 = "https://x.com/moonlit_parcel/status/1830412250917738501"
X2 = "https://x.com/moonlit_parcel/status/1830415598810234887"
X3 = "https://x.com/gravel_tide88/status/1830502271144960113"
X4 = "https://x.com/gravel_tide88/status/1830507718806028290"
X5 = "https://x.com/hanbit_archive2/status/1830611935520563371"
X6 = "https://x.com/hanbit_archive2/status/1830613302777311422"
X7 = "https://x.com/velvet_kiosk/status/1830790064118657212"
X8 = "https://x.com/velvet_kiosk/status/1830791122905108736"
X9 = "https://x.com/ondo_relay/status/1830844410270011599"
X10 = "https://x.com/ondo_relay/status/1830850017735553285"
X11 = "https://x.com/pale_sunday_kr/status/1830903376412205260"
X12 = "https://x.com/pale_sunday_kr"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm7rT2xLp9A"
Y2 = "https://www.youtube.com/watch?v=bV3nK8sWq0E"
Y3 = "https://www.youtube.com/shorts/Hx4JzP1cR6o"
Y4 = "https://www.youtube.com/@dalbit_clips7"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/4418820193/posts/7720391045521/"
M2 = "https://www.facebook.com/photo/?fbid=992183440771352&set=a.110293847561234"
M3 = "https://www.instagram.com/p/C9xTq2LsM4k/"
M4 = "https://www.instagram.com/reel/C_2bWm8Jy1R/"
M5 = "https://www.instagram.com/bora.night.market/"
MS = [M1, M2, M3, M4, M5]

T1 = "https://www.tiktok.com/@sooa_reels/video/7409913348822011142"
T2 = "https://www.tiktok.com/@sooa_reels/video/7410027781550673158"
T3 = "https://www.tiktok.com/@gamja.fm/video/7410381126650924306"
TS = [T1, T2, T3]

R1 = "https://www.reddit.com/r/kleaksarchive/comments/1f9xk2p/new_folder_sept/"
R2 = "https://www.reddit.com/r/kleaksarchive/"
RS = [R1, R2]

D1 = "https://discord.gg/hX7pQm2Rb"

W1 = "https://www.twitch.tv/videos/2245198763"
W2 = "https://clips.twitch.tv/GentleBraveOtterKappaPride-x8Yq2Lm4Vd7Kz1Np"
WS = [W1, W2]

REQUESTS = [
    # ref, platform, sent, due, category, message_id, note, urls
    ("KCSC-240902-01", "x", "2024-09-02", "2024-09-09", "non-consensual-intimate-images",
     "req-240902-01@kcsc.example", "Five accounts; posts and one account, reported together", XS),
    ("KCSC-240903-02", "youtube", "2024-09-03", "2024-09-10", "defamation",
     "req-240903-02@kcsc.example", "Two videos, one Short and the channel", YS),
    ("KCSC-240904-03", "meta", "2024-09-04", "2024-09-11", "non-consensual-intimate-images",
     "req-240904-03@kcsc.example", 'Facebook group post, photo, and Instagram post, reel, account ("bora" market)', MS),
    ("KCSC-240905-04", "tiktok", "2024-09-05", "2024-09-12", "illegal-gambling",
     "req-240905-04@kcsc.example", "Three videos, two accounts", TS),
    ("KCSC-240906-05", "reddit", "2024-09-06", "2024-09-13", "non-consensual-intimate-images",
     "req-240906-05@kcsc.example", "A post and the subreddit hosting it", RS),
    ("KCSC-240909-06", "discord", "2024-09-09", "2024-09-16", "illegal-gambling",
     "req-240909-06@kcsc.example", "Server invite link", [D1]),
    ("KCSC-240910-07", "twitch", "2024-09-10", "2024-09-17", "defamation",
     "req-240910-07@kcsc.example", "A past broadcast, and a clip of it", WS),
]

REQ_TEXT = {
    "KCSC-240902-01": XS, "KCSC-240903-02": YS, "KCSC-240904-03": MS,
    "KCSC-240905-04": TS, "KCSC-240906-05": RS,
}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def quoted_request(ref, prefix="> "):
    lines = ["Dear Sir or Madam,", "",
             "The Korea Communications Standards Commission requests the removal of",
             "the following content, which is illegal under Korean law:", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(REQ_TEXT[ref], 1)]
    lines += ["", f"Our reference: {ref}", "", "KCSC Takedown Team"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


HDR = """# Blind set 634 (English notices from many platforms): one [[case]] per
# email, each ingested alone into a fresh ledger holding requests.csv.
# Written from each email's meaning before the reader was run. See NOTES.md.
"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================================= X
case(
    name="x-legal-withheld-kr-and-removed",
    date="Tue, 10 Sep 2024 02:14:31 +0000",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thank you for your request dated 2 September 2024 (your reference
KCSC-240902-01).

We reviewed the reported content under the X Rules and under applicable
local law. As a result, we have withheld the following posts in South Korea:

- {X1}
- {X2}
- {X3}

These posts remain available to people outside South Korea. You can read
about country withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Separately, the post below broke our rules on non-consensual nudity and has
been removed from X:

- {X4}

We have not yet finished our review of the other posts in your request and
will write to you again about them.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply to a government removal demand (country withheld content notice)",
    why="three posts withheld in South Korea (restricted), one removed for a rules violation; the rest explicitly still under review",
    items={X1: "restricted", X2: "restricted", X3: "restricted", X4: "removed"},
)

case(
    name="x-safety-four-outcomes-url-below",
    date="Wed, 11 Sep 2024 07:40:02 +0000",
    **{"from": "daniel.r@x.com"}, name_from="Daniel R. (X Safety)",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""Hi,

Following up on KCSC-240902-01. Our Safety team has completed its review
of four of the posts you reported.

Two posts were found in violation of our policy on non-consensual nudity
and were removed:
{X5}
{X6}

We did not find a violation of the X Rules in the following post. We also
reviewed it against the Korean statute cited in your request and are not
taking action on it:
{X7}

The last one could not be reviewed, because the account owner had already
deleted it before we received your request:
{X8}

Kind regards,
Daniel
X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X Safety agent reply after a report review (removed / no violation / deleted by author)",
    why="statement above each group of URLs: two removed, one refused with its reason, one already deleted by its author",
    items={X5: "removed", X6: "removed", X7: "rejected", X8: "not_found"},
)

case(
    name="x-account-suspended-post-gone",
    date="Thu, 12 Sep 2024 01:03:55 +0000",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Your report KCSC-240902-01: account action",
    body=f"""Hello,

Regarding your request KCSC-240902-01:

The account https://x.com/pale_sunday_kr has been permanently suspended for
repeated violations of the X Rules. Because the account is suspended, its
posts, including https://x.com/pale_sunday_kr/status/1830903376412205260,
are no longer visible on X.

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X notice that a reported account has been permanently suspended",
    why="account suspended (removed) and its named post no longer visible on X (removed)",
    items={X12: "removed", X11: "removed"},
)

_x_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>Hello,</p>
<p>Below is the outcome of our review of posts listed in your request
<b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Details</th></tr>
<tr><td><a href="{X9}">{X9}</a></td><td>Withheld</td><td>Withheld in South Korea under local law</td></tr>
<tr><td><a href="{X10}">{X10}</a></td><td>Removed</td><td>Violation of the X Rules (non-consensual nudity)</td></tr>
<tr><td><a href="{X11}">{X11}</a></td><td>No action</td><td>No violation of the X Rules; not found unlawful under the cited law</td></tr>
<tr><td><a href="{X3}">{X3}</a></td><td>Not found</td><td>The post no longer existed when we reviewed it</td></tr>
</table>
<p>If you have questions, reply to this email and keep the reference in the subject line.</p>
<p>X Legal<br>
<a href="https://help.x.com/en/forms/legal">help.x.com/en/forms/legal</a></p>
</body></html>
"""
case(
    name="x-html-table-qp",
    date="Fri, 13 Sep 2024 09:22:10 +0000",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="[KCSC-240902-01] Outcome of your legal request",
    reply_to_req="req-240902-01",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_x_html),
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome sent as an HTML table (quoted-printable)",
    why="one row per URL: withheld in KR, removed, no action with its reason, not found",
    items={X9: "restricted", X10: "removed", X11: "rejected", X3: "not_found"},
)

_x_csv_rows = [
    ["URL", "Action taken", "Scope", "Comment"],
    [X1, "Withheld", "South Korea", "Local law"],
    [X2, "Withheld", "South Korea", "Local law"],
    [X3, "Removed", "Global", "X Rules: non-consensual nudity"],
    [X4, "Removed", "Global", "X Rules: non-consensual nudity"],
    [X5, "No action", "-", "No violation of the X Rules, not unlawful under local law"],
    [X6, "Removed", "Global", "X Rules: non-consensual nudity"],
    [X7, "Withheld", "South Korea", "Local law"],
    [X8, "Not found", "-", "Post deleted by its author before review"],
    [X9, "Removed", "Global", "X Rules: non-consensual nudity"],
    [X10, "Withheld", "South Korea", "Local law"],
    [X11, "No action", "-", "No violation found"],
    [X12, "Account suspended", "Global", "Repeated violations"],
]


def _csv_text(rows):
    import io
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


case(
    name="x-csv-attachment-all-twelve",
    date="Mon, 16 Sep 2024 05:47:19 +0000",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content - final response",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="x634-mixed"

--x634-mixed
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

This is our final response to your request KCSC-240902-01. The action we
took on each URL is listed in the attached file.

Regards,
X Legal

--x634-mixed
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_csv_text(_x_csv_rows))}
--x634-mixed--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal final response with a per-URL outcome spreadsheet (CSV attachment, base64)",
    why="CSV row per item: withheld in South Korea, removed, no action with reason, not found (deleted by author), account suspended",
    items={X1: "restricted", X2: "restricted", X3: "removed", X4: "removed", X5: "rejected",
           X6: "removed", X7: "restricted", X8: "not_found", X9: "removed", X10: "restricted",
           X11: "rejected", X12: "removed"},
)

case(
    name="x-top-posted-over-outlook-quote",
    date="Tue, 17 Sep 2024 00:31:44 +0000",
    **{"from": "mina.cho@x.com"}, name_from="Mina Cho",
    subject="RE: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""Hi team,

Quick update: the two posts by @velvet_kiosk below are now withheld in
South Korea.

{X7}
{X8}

Best,
Mina
Global Government Affairs, X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 4:05 PM
To: legal-notices@x.com
Subject: [KCSC-240902-01] Request for removal of illegal content

{quoted_request("KCSC-240902-01", prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="X government-affairs staff top-posted reply above an Outlook-quoted request",
    why="only the two URLs above the quoted request are withheld in South Korea; the quoted list states nothing",
    items={X7: "restricted", X8: "restricted"},
)

case(
    name="x-echoed-report-blocks",
    date="Wed, 18 Sep 2024 11:09:27 +0000",
    **{"from": "no-reply@x.com"}, name_from="X Support",
    subject="Update on your report (KCSC-240902-01)",
    body=f"""We've finished reviewing the content you reported.

Reported content: {X9}
Outcome: Removed for violating the X Rules (Non-consensual nudity)

Reported content: {X10}
Outcome: Withheld in South Korea in response to your legal demand

Reported content: {X11}
Outcome: No action. The post does not violate the X Rules, and we did not
find it unlawful under the laws of South Korea.

Learn more about how we enforce our rules:
https://help.x.com/en/rules-and-policies/enforcement-options

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X help-centre report outcome echoing each reported item with its outcome",
    why="echoed report blocks: removed, withheld in South Korea, no action with its reason",
    items={X9: "removed", X10: "restricted", X11: "rejected"},
)

case(
    name="x-promise-will-withhold",
    date="Wed, 04 Sep 2024 03:12:00 +0000",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""Hello,

We have accepted your request KCSC-240902-01 for processing. Our team
intends to withhold {X1} and
{X2} in South Korea once our legal
review is complete. We will confirm by email when this has been done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal 'accepted for processing' reply announcing an intended action",
    why="a promise to withhold, not a statement; names requested items so it goes to a person",
    items={X1: "pending", X2: "pending"},
)

case(
    name="x-hedged-may-have-been-deleted",
    date="Thu, 05 Sep 2024 08:55:41 +0000",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Regarding KCSC-240902-01: some of the posts you listed may have already
been deleted by their authors, for example
{X3}. Others appear to be
restricted already. We are checking each of them and will come back to you
with a full answer.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with hedged observations",
    why="'may have been deleted', 'appear to be restricted', 'we are checking': hedges, no statement",
    items={X3: "pending"},
)

case(
    name="x-forged-dmarc-fail",
    date="Fri, 06 Sep 2024 13:20:09 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal Department", auth="fail",
    subject="Re: [KCSC-240902-01] All content removed",
    body=f"""Dear KCSC,

We confirm that the following posts have been removed from X:

{X1}
{X2}
{X3}
{X4}

No further action is required on your side.

X Legal Department
""",
    outcome="review", review="untrusted",
    imitates="X legal confirmation, but sent from a server failing DKIM/SPF/DMARC for x.com",
    why="the From domain is X's but authentication fails; nothing may change",
    items={X1: "pending", X2: "pending", X3: "pending", X4: "pending"},
)

case(
    name="x-law-firm-for-account-holder",
    date="Mon, 09 Sep 2024 06:42:18 +0000",
    **{"from": "j.seo@parkseo-law.example"}, name_from="Jiwon Seo (Park & Seo)",
    subject="KCSC-240902-01 - posts by @gravel_tide88",
    body=f"""Dear Sir or Madam,

We act for the holder of the X account @gravel_tide88. Our client has
deleted the posts {X3} and
{X4} and asks that the matter be
considered closed.

Yours faithfully,
Jiwon Seo
Park & Seo Law Offices
""",
    outcome="review", review="unknown_sender",
    imitates="letter from a lawyer acting for the account holder",
    why="not X: a third party's statement about X posts; a person must check",
    items={X3: "pending", X4: "pending"},
)

case(
    name="x-legal-out-of-office",
    date="Mon, 02 Sep 2024 07:06:12 +0000",
    **{"from": "s.park@x.com"}, name_from="Sora Park",
    subject="Automatic reply: [KCSC-240902-01] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent legal requests, please write to
legal-notices@x.com, which is monitored every day.

Sora
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from an X legal staff member",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================= YouTube
case(
    name="yt-legal-blocked-removed-channel-kept",
    date="Mon, 09 Sep 2024 04:18:33 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240903-02] Request for removal of content",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Thank you for your notice regarding KCSC-240903-02.

After reviewing the content under applicable local law, we have blocked
the following videos from view in South Korea:

1. {Y1}
2. {Y2}

The following Short was removed from YouTube for violating our Community
Guidelines:

3. {Y3}

We did not take action on the channel {Y4}. We found that the channel as
a whole does not violate our policies, and none of its other videos was
identified as unlawful.

To learn more about how we handle legal requests, see
https://support.google.com/youtube/answer/6154230

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal decision (blocked from view in a country / removed / no action)",
    why="two videos blocked in South Korea, one Short removed, channel refused with its reason",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed", Y4: "rejected"},
)

case(
    name="yt-age-restricted-gmail-quote",
    date="Tue, 10 Sep 2024 10:05:50 +0000",
    **{"from": "trust-safety-noreply@youtube.com"}, name_from="YouTube Trust & Safety",
    subject="Re: [KCSC-240903-02] Request for removal of content",
    reply_to_req="req-240903-02",
    body=f"""Hi,

We've reviewed {Y2} and applied an age restriction to it. Viewers must now
be signed in and over 18 to watch it.

Thanks,
YouTube Trust & Safety

On Tue, 3 Sep 2024 at 10:12, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-02")}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice, top-posted above a Gmail-quoted request",
    why="one video age-restricted; the quoted request lines state nothing",
    items={Y2: "restricted"},
)

case(
    name="yt-channel-terminated-angle-brackets",
    date="Wed, 11 Sep 2024 02:27:14 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="[KCSC-240903-02] Update on your request",
    body=f"""Hello,

The channel <{Y4}> has been terminated for violating YouTube's Community
Guidelines.

The video <{Y1}> had already been removed by the uploader before our
review, so no further action was needed on it.

Sincerely,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice",
    why="channel terminated (removed); video already deleted by its uploader (not_found)",
    items={Y4: "removed", Y1: "not_found"},
)

_yt_b64 = f"""Your reference: KCSC-240903-02

Outcome of our review:

{Y3} has been actioned under our policies.

{Y1} - we reviewed this video and decided to leave it up. It does not
violate our Community Guidelines, and we did not find it to be unlawful in
South Korea.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""
case(
    name="yt-base64-actioned-and-left-up",
    date="Thu, 12 Sep 2024 06:30:00 +0000",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal Support",
    subject="Your YouTube legal request KCSC-240903-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_yt_b64),
    outcome="applied", classification="confirmation",
    imitates="Google legal support outcome email (base64 plain text)",
    why="'has been actioned under our policies' (removed, the platform's configured phrase); one video left up with its reason",
    items={Y3: "removed", Y1: "rejected"},
)

case(
    name="yt-receipt-plus-one-removal",
    date="Wed, 04 Sep 2024 01:44:09 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240903-02] Request for removal of content",
    reply_to_req="req-240903-02",
    body=f"""Hello,

We have received your request and created ticket 4-1177002930012 for it.

Our team has already removed {Y2} under our harassment policy. The other
URLs in your request are still being reviewed and we will contact you once
we have reached a decision.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube ticket receipt that also reports an early removal",
    why="acknowledgement phrase plus an unhedged removal: not a pure acknowledgement",
    items={Y2: "removed"},
)

case(
    name="yt-hedged-and-under-review",
    date="Thu, 05 Sep 2024 09:12:48 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240903-02] Request for removal of content",
    reply_to_req="req-240903-02",
    body=f"""Hello,

The video {Y1} appears to be unavailable already, possibly removed by its
uploader. The Short {Y3} is currently under review by our policy team.

We will update you when the review is complete.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply (appears unavailable / under review)",
    why="'appears to be unavailable, possibly removed' is a hedge; 'under review' is no outcome",
    items={Y1: "pending", Y3: "pending"},
)

case(
    name="yt-not-our-service-tiktok-url",
    date="Fri, 06 Sep 2024 05:03:37 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-04] Request for removal of content",
    body=f"""Hello,

One of the URLs you sent us, {T3}, is not hosted on YouTube or on any
other Google service. We are unable to take any action on it. Please
contact the service that hosts the content.

YouTube Legal Support
""",
    outcome="review", review="wrong_platform",
    imitates="YouTube 'not a YouTube URL' reply to a misdirected request",
    why="YouTube speaking about a TikTok item; a person must decide",
    items={T3: "pending"},
)

# ==================================================================== Meta
case(
    name="meta-local-law-numbered",
    date="Tue, 10 Sep 2024 12:40:26 +0000",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Restrictions",
    subject="Re: [KCSC-240904-03] Request for removal of illegal content",
    reply_to_req="req-240904-03",
    body=f"""Hello,

Thank you for your report (ref. KCSC-240904-03). We reviewed the content
you reported against our Community Standards and applicable local law.

1. {M1} — restricted in South Korea based on local law. It remains visible in other countries.
2. {M3} — restricted in South Korea based on local law.
3. {M4} — removed, because it goes against our Community Standards on adult sexual exploitation.

We'll write to you separately about the other items in your report.

Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content restriction based on local law (numbered per-URL decisions)",
    why="two items restricted in South Korea, one removed; the others explicitly to follow",
    items={M1: "restricted", M3: "restricted", M4: "removed"},
)

case(
    name="meta-dsa-statement-fields",
    date="Wed, 11 Sep 2024 15:02:11 +0000",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    subject="Decision on your notice KCSC-240904-03",
    body=f"""Statement of reasons: decision on your notice

Notice reference: KCSC-240904-03
Meta decision ID: 1092883744510

----------------------------------------
Content: {M2}
Decision: Removal of the content
Ground for decision: Incompatible with our terms (Community Standards -
Adult Nudity and Sexual Activity)
Territorial scope: Worldwide
Automated detection: No
----------------------------------------
Content: {M5}
Decision: Account disabled
Ground for decision: Illegal content (Act on Special Cases Concerning the
Punishment of Sexual Crimes, Republic of Korea)
Territorial scope: Worldwide
Automated detection: No
----------------------------------------

Information about your options for redress:
https://www.facebook.com/help/contact/dsa-redress
""",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA statement of reasons (field-per-line decision record)",
    why="photo removed worldwide, account disabled (removed); the redress link is no item",
    items={M2: "removed", M5: "removed"},
)

case(
    name="meta-instagram-could-not-find",
    date="Thu, 12 Sep 2024 03:38:52 +0000",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    subject="About your report KCSC-240904-03",
    body=f"""Hi,

We looked into the post you reported at {M3} but we couldn't find it.
The link may be broken, or the post may have been deleted by the person
who shared it.

Thanks for helping keep Instagram safe.

Instagram
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome 'we couldn't find the content'",
    why="'we couldn't find it' is an unhedged not-found; the 'may' sentence only guesses why",
    items={M3: "not_found"},
)

case(
    name="meta-no-action-outlook-original",
    date="Fri, 13 Sep 2024 08:16:05 +0000",
    **{"from": "h.lim@meta.com"}, name_from="Hyejin Lim",
    subject="RE: [KCSC-240904-03] Request for removal of illegal content",
    reply_to_req="req-240904-03",
    body=f"""Dear KCSC team,

We've reviewed the group post at {M1}
and found that it doesn't go against our Community Standards. Our legal
team also reviewed it against the Korean law cited in your request and did
not find a basis to restrict it. We are therefore not taking action on
this post.

Kind regards,
Hyejin Lim
Public Policy, Meta

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:30 AM
To: legal-requests@meta.com
Subject: [KCSC-240904-03] Request for removal of illegal content

{quoted_request("KCSC-240904-03", prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta public-policy staff reply declining a request, Outlook original below",
    why="one post refused with its reason; the quoted request below states nothing",
    items={M1: "rejected"},
)

case(
    name="meta-wrapped-photo-url",
    date="Mon, 16 Sep 2024 02:51:39 +0000",
    **{"from": "support@fb.com"}, name_from="Facebook Support",
    subject="[KCSC-240904-03] Your report (case 776120934)",
    body="""Hello,

The photo you reported, https://www.facebook.com/photo/?fbid=992183440771352&
set=a.110293847561234, has been removed because it goes against our
Community Standards.

Facebook Support
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook support case reply hard-wrapped at 72 columns by the ticket system",
    why="the photo URL is cut at '&' by line wrapping; rejoined it is the requested photo, removed",
    items={M2: "removed"},
)

case(
    name="meta-instagram-echoed-decisions",
    date="Tue, 17 Sep 2024 06:09:21 +0000",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    subject="Updates on your reports (KCSC-240904-03)",
    body=f"""Your report about a reel
Reported: {M4}
Reason you gave: Sharing private images
Our decision: We removed this reel because it goes against our Community
Guidelines.

Your report about an account
Reported: {M5}
Reason you gave: Sharing private images
Our decision: We didn't remove this account. It doesn't go against our
Community Guidelines, and we did not find it unlawful in your country.

See your support requests: https://www.instagram.com/accounts/support_requests/
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'support requests' report outcomes echoing each report",
    why="reel removed; account refused with its reason; the support-requests link is no item",
    items={M4: "removed", M5: "rejected"},
)

case(
    name="meta-all-content-removed-bulk",
    date="Fri, 13 Sep 2024 10:10:10 +0000",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Restrictions",
    subject="Re: [KCSC-240904-03] Request for removal of illegal content",
    reply_to_req="req-240904-03",
    body="""Hello,

We have finished reviewing your report KCSC-240904-03. All of the reported
content has been removed from Facebook and Instagram.

Meta
""",
    outcome="review", review="bulk",
    imitates="Meta short closing reply covering a whole report",
    why="'all of the reported content' for a five-item request, no URL named: bulk",
    items={},
)

case(
    name="meta-read-receipt",
    date="Wed, 04 Sep 2024 02:33:00 +0000",
    **{"from": "h.lim@meta.com"}, name_from="Hyejin Lim",
    subject="Read: [KCSC-240904-03] Request for removal of illegal content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn634"

--mdn634
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-requests@meta.com
  Subject: [KCSC-240904-03] Request for removal of illegal content
  Sent: Wednesday, September 4, 2024 10:30:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 11:32:58 AM (UTC+09:00) Seoul.

--mdn634
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;h.lim@meta.com
Original-Message-ID: <req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn634--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

# ================================================================== TikTok
case(
    name="tiktok-status-line-below-url",
    date="Tue, 10 Sep 2024 09:58:44 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
    subject="Re: [KCSC-240905-04] Request for removal of illegal content",
    reply_to_req="req-240905-04",
    body=f"""Hi,

Thanks for your report (KCSC-240905-04). Here's what we found:

{T1}
Removed - violates our Community Guidelines (gambling)

{T2}
Restricted in South Korea - local law

{T3}
No violation - this video remains available

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome list (URL, then its outcome on the next line)",
    why="removed, restricted in South Korea, no violation (refused with its reason)",
    items={T1: "removed", T2: "restricted", T3: "rejected"},
)

case(
    name="tiktok-notice-of-decision-kr",
    date="Wed, 11 Sep 2024 04:20:15 +0000",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    subject="Notice of decision - your report KCSC-240905-04",
    body=f"""Notice of decision

Report reference: KCSC-240905-04
TikTok ticket: TT-KR-2024-0911-55812

We have made the following content unavailable in the Republic of Korea
on the basis of local law:

{T3}

The content is still available in other regions, as it does not go
against our Community Guidelines.

If you disagree with this decision, you can find out how to appeal at
https://www.tiktok.com/legal/page/global/appeals/en

TikTok
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style notice of decision on a local-law report",
    why="made unavailable in Korea only: restricted; appeals link is no item",
    items={T3: "restricted"},
)

case(
    name="tiktok-korean-particles-fullwidth",
    date="Thu, 12 Sep 2024 07:45:31 +0000",
    **{"from": "kr-safety@tiktok.com"}, name_from="TikTok Korea",
    subject="Re: [KCSC-240905-04] 불법정보 삭제 요청 / Request for removal",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요, 틱톡 신고 처리팀입니다.

요청하신 {T2}은 커뮤니티 가이드라인 위반으로 삭제되었습니다.
같은 계정의 영상（{T1}）도 같은 사유로 삭제되었습니다.

(English) The video {T2} has been removed
for violating our Community Guidelines. The other video from the same
account ({T1}) was removed for the
same reason.

감사합니다.
TikTok Korea
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea bilingual reply (URL followed by a Korean particle, full-width parentheses)",
    why="both videos removed, in Korean and again in English",
    items={T2: "removed", T1: "removed"},
)

case(
    name="tiktok-all-removed-bulk",
    date="Fri, 13 Sep 2024 01:15:09 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
    subject="Re: [KCSC-240905-04] Request for removal of illegal content",
    reply_to_req="req-240905-04",
    body="""Hi,

We've reviewed the 3 videos in your report and removed all of them for
violating our Community Guidelines.

TikTok Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="TikTok short outcome covering the whole report",
    why="one statement about all three videos, none named: bulk",
    items={},
)

case(
    name="tiktok-report-received",
    date="Thu, 05 Sep 2024 06:02:40 +0000",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    subject="We received your report [KCSC-240905-04]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thanks for your report.

We've received it and created ticket TT-KR-2024-0905-41170. Our team will
review the content you reported and get back to you by email. You don't
need to send the report again.

TikTok
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok automatic report receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

# ================================================================== Reddit
case(
    name="reddit-post-removed-sub-banned",
    date="Wed, 11 Sep 2024 18:33:02 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: [KCSC-240906-05] Request for removal of illegal content",
    reply_to_req="req-240906-05",
    body=f"""Hi there,

Thanks for reaching out. Reddit's Legal team has reviewed your request
KCSC-240906-05.

- The post at {R1} has been removed by Reddit admins for breaking our
  rule against non-consensual intimate media.
- The community r/kleaksarchive ({R2}) has been banned.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply: admin removal and subreddit ban",
    why="post removed by admins; subreddit banned (removed)",
    items={R1: "removed", R2: "removed"},
)

case(
    name="reddit-author-deleted-sub-kept",
    date="Thu, 12 Sep 2024 20:11:47 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: [KCSC-240906-05] Request for removal of illegal content",
    reply_to_req="req-240906-05",
    body=f"""Hi there,

The post {R1}
had already been deleted by its author before we received your request,
so there was nothing left for us to remove.

After review, we have decided not to ban r/kleaksarchive
({R2}). The community as a whole does not
violate Reddit's Content Policy, and its moderators have been removing
posts that break the rules.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply (deleted by author / community not banned)",
    why="post already deleted by its author (not_found); subreddit refused with its reason",
    items={R1: "not_found", R2: "rejected"},
)

case(
    name="reddit-asks-legal-basis",
    date="Mon, 09 Sep 2024 16:27:30 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: [KCSC-240906-05] Request for removal of illegal content",
    reply_to_req="req-240906-05",
    body=f"""Hi there,

Before we can evaluate your request concerning
{R1} and {R2},
please send us the specific provision of Korean law that the content is
said to violate, and confirm that your office is authorised to issue this
request. Once we have that information we will continue our review.

Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for further information",
    why="asks for the legal basis before acting; nothing stated about the items",
    items={R1: "pending", R2: "pending"},
)

case(
    name="reddit-volunteer-mod-gmail",
    date="Sat, 07 Sep 2024 12:00:51 +0000",
    **{"from": "kleaks.modteam@gmail.com"}, name_from="kleaksarchive mod team",
    subject="About your request KCSC-240906-05",
    body=f"""Hello,

I'm one of the volunteer moderators of r/kleaksarchive. We removed the
post {R1} from our community
today and banned its author from posting here.

Regards,
u/harbor_mod_ji
""",
    outcome="review", review="unknown_sender",
    imitates="email from a subreddit's volunteer moderator (not Reddit)",
    why="a volunteer moderator writing from a personal address is not Reddit",
    items={R1: "pending"},
)

case(
    name="reddit-zendesk-receipt-echo",
    date="Fri, 06 Sep 2024 09:45:18 +0000",
    **{"from": "noreply@support.reddit.com"}, name_from="Reddit Help",
    subject="[Reddit Help] Re: [KCSC-240906-05] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""##- Please type your reply above this line -##

Your request (#11843902) has been received and is being reviewed by our
support staff.

To add more information to this request, reply to this email.

-------------------------------------------
KCSC Takedown, Sep 6, 2024, 18:40 KST

{quoted_request("KCSC-240906-05", prefix="")}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit Help (Zendesk) ticket receipt that echoes the request",
    why="ticket receipt; the echoed request states nothing about the items",
    items={},
)

# ================================================================= Discord
case(
    name="discord-server-removed-sole-item",
    date="Thu, 12 Sep 2024 22:04:36 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    subject="Re: [KCSC-240909-06] Request for removal - Discord server",
    reply_to_req="req-240909-06",
    body="""Hello,

Thank you for your report. Our Safety team has reviewed the server you
reported and it has been removed from Discord. Its members can no longer
access it, and the invite link no longer works.

Discord Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety closing reply on a server report",
    why="a one-item request answered in its thread: the reported server removed",
    items={D1: "removed"},
)

case(
    name="discord-vague-outcome-no-reference",
    date="Sat, 14 Sep 2024 03:30:22 +0000",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    subject="Your Discord Safety report [#29817733]",
    body="""Hi,

Thanks for contacting Discord. We've reviewed the report you submitted on
September 11 and have taken appropriate action where we found violations
of our Community Guidelines. For privacy reasons, we can't share details
about actions taken on other users' accounts.

Discord Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="Discord 'we've taken appropriate action' report closure without details",
    why="trusted Discord mail, names no item and no request of ours",
    items={},
)

# ================================================================== Twitch
case(
    name="twitch-vod-removed-clip-gone",
    date="Fri, 13 Sep 2024 19:52:03 +0000",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    subject="Re: [KCSC-240910-07] Request for removal of illegal content",
    reply_to_req="req-240910-07",
    body=f"""Hi KCSC Takedown team,

We've actioned your report KCSC-240910-07.

The video {W1} has been removed and is no longer available on Twitch.

The clip {W2} had already been deleted by the channel owner before our
review, and we could not locate it.

Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch 'we've actioned your report' notice with per-URL detail",
    why="past broadcast removed; clip already deleted by its owner (not_found)",
    items={W1: "removed", W2: "not_found"},
)

_tw_text = f"""We've actioned your report

Reference: KCSC-240910-07

The past broadcast {W1} is now blocked for viewers in South Korea.
The clip {W2} was removed for violating our Community Guidelines.

Twitch Trust & Safety
"""
_tw_html = f"""<html><body style="font-family:Arial,sans-serif">
<h2>We've actioned your report</h2>
<p>Reference: KCSC-240910-07</p>
<p>The past broadcast <a href="{W1}">{W1}</a> is now blocked for viewers in South Korea.</p>
<p>The clip <a href="{W2}">{W2}</a> was removed for violating our Community Guidelines.</p>
<p>Twitch Trust &amp; Safety<br><a href="https://safety.twitch.tv/s/article/Community-Guidelines">Community Guidelines</a></p>
</body></html>
"""
case(
    name="twitch-html-alternative-qp",
    date="Mon, 16 Sep 2024 14:08:57 +0000",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    subject="We've actioned your report (KCSC-240910-07)",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="tw634alt"

--tw634alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_tw_text)}
--tw634alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_tw_html)}
--tw634alt--
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch report-actioned email (multipart/alternative, quoted-printable)",
    why="past broadcast blocked in South Korea (restricted); clip removed; guidelines link is no item",
    items={W1: "restricted", W2: "removed"},
)

case(
    name="twitch-conditional-removal",
    date="Wed, 11 Sep 2024 11:11:11 +0000",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    subject="Re: [KCSC-240910-07] Request for removal of illegal content",
    reply_to_req="req-240910-07",
    body=f"""Hi KCSC Takedown team,

If our review confirms that the video {W1} violates our Community
Guidelines, it will be removed and the channel may face further
enforcement. We expect to complete the review within 48 hours.

Twitch Legal
""",
    outcome="review", review="not_understood",
    imitates="Twitch legal interim reply with a conditional outcome",
    why="condition and promise, no statement",
    items={W1: "pending"},
)

case(
    name="twitch-reminder-bounce",
    date="Wed, 18 Sep 2024 00:05:12 +0000",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn634"

--dsn634
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@twitch.tv>: host mx.twitch.tv[203.0.113.25] said: 550 5.1.1
    <legal-kr@twitch.tv>: Recipient address rejected: User unknown

--dsn634
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4WxQ2k1Zz9
Arrival-Date: Wed, 18 Sep 2024 09:05:09 +0900 (KST)

Final-Recipient: rfc822; legal-kr@twitch.tv
Original-Recipient: rfc822;legal-kr@twitch.tv
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.twitch.tv
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@twitch.tv>: Recipient address
    rejected: User unknown

--dsn634
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@twitch.tv
Subject: [KCSC-240910-07] Reminder: removal request overdue
Date: Wed, 18 Sep 2024 09:05:08 +0900
Message-ID: <reminder.KCSC-240910-07.1@kcsc.example>

--dsn634--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for a reminder",
    why="bounce of our own reminder",
    items={},
)

# ============================================ Snapchat, Pinterest (no requests)
case(
    name="snapchat-report-received",
    date="Tue, 10 Sep 2024 23:18:40 +0000",
    **{"from": "support@snapchat.com"}, name_from="Snapchat Support",
    subject="We've received your report",
    body="""Hi there,

Thanks for your report. We received it on 10 September 2024 and our Trust
& Safety team will review it. Your case number is 0-2291837744.

You don't need to do anything else right now.

Team Snapchat
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Snapchat support report receipt with case number",
    why="pure acknowledgement",
    items={},
)

case(
    name="pinterest-unmonitored-autoreply",
    date="Wed, 11 Sep 2024 17:41:05 +0000",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    subject="Automatic reply: Contact from the Korea Communications Standards Commission",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Hi,

This mailbox isn't monitored, so your email hasn't been read. To report
content on Pinterest, please use our online form:
https://help.pinterest.com/en/contact

Thanks,
Pinterest
""",
    outcome="ignored", classification="auto_reply",
    imitates="Pinterest unmonitored-mailbox auto-reply",
    why="auto-reply",
    items={},
)


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind634", HDR, CASES)


if __name__ == "__main__":
    main()
