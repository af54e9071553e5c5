#!/usr/bin/env python3
"""Blind set 640: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind640/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. The
expected results were written from each email's meaning before any run of
the reader. All names, handles, ids and URLs are fictional.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X1 = "https://x.com/nightowl_clips/status/1830412200000000101"
X2 = "https://x.com/nightowl_clips/status/1830412200000000102"
X3 = "https://x.com/fernbrook_77/status/1830455500000000311"
X4 = "https://x.com/gw_archive_kr/status/1830501100000000420"
X5 = "https://x.com/lumen_drop/status/1830609900000000555"

Y1 = "https://www.youtube.com/watch?v=Qm3vTzK8pLa"
Y2 = "https://www.youtube.com/watch?v=Hx7wR2nYe0c"
Y3 = "https://www.youtube.com/shorts/Zp4kLm9sQ2w"

M1 = "https://www.facebook.com/riverstone.deals/posts/771234500012"
M2 = "https://www.facebook.com/riverstone.deals/posts/771234500019"
M3 = "https://www.facebook.com/groups/4410023388/posts/5520001234"
M4 = "https://www.facebook.com/photo/?fbid=902211334455"
M5 = "https://www.facebook.com/reel/1188776655443"
M6 = "https://www.instagram.com/p/C9xQ2mLrT4a/"
M7 = "https://www.instagram.com/p/C9yH7kPwZ1b/"
M8 = "https://www.instagram.com/reel/C9zB3nVtQ8c/"
M9 = "https://www.instagram.com/moonlit.trade_kr/"
M10 = "https://www.instagram.com/p/CA0dR5sXe2d/"
M11 = "https://www.facebook.com/people/Sunny-Market-Seoul/100094411223344/"
M12 = "https://www.threads.net/@velvet.hours/post/C9w1Lq8yPz3"
M13 = "https://www.instagram.com/stories/moonlit.trade_kr/3441122334455667788/"
META = [M1, M2, M3, M4, M5, M6, M7, M8, M9, M10, M11, M12, M13]

T1 = "https://www.tiktok.com/@sorae.daily/video/7409912345678901234"
T2 = "https://www.tiktok.com/@sorae.daily/video/7409912345678905678"
T3 = "https://www.tiktok.com/@minty_gwang/video/7410223344556677889"
T4 = "https://www.tiktok.com/@cobalt.nights/video/7410555566667777888"

R1 = "https://www.reddit.com/r/koreatrades/comments/1fb2x7k/selling_accounts_dm/"
R2 = "https://www.reddit.com/r/seoulnightlife/comments/1fc9q3m/comment/lm0a1b2/"

D1 = "https://discord.com/invite/q7Rk2mXz"

G1 = "https://t.me/seoul_free_market/1842"
G2 = "https://t.me/seoul_free_market/1857"
G3 = "https://t.me/bluefox_channel_kr"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, note, urls
    ("KCSC-240902-01", "x", "2024-09-02T15:00:00+09:00", "2024-09-09T23:59:59+09:00",
     "non-consensual-imagery", "req-240902-01@kcsc.example", "five posts, two accounts",
     [X1, X2, X3, X4, X5]),
    ("KCSC-240903-02", "youtube", "2024-09-03T11:30:00+09:00", "2024-09-10T23:59:59+09:00",
     "illegal-gambling", "req-240903-02@kcsc.example", "two videos and a Short",
     [Y1, Y2, Y3]),
    ("KCSC-240905-03", "meta", "2024-09-05T10:00:00+09:00", "2024-09-12T23:59:59+09:00",
     "illegal-drug-trade", "req-240905-03@kcsc.example", "Facebook, Instagram and Threads",
     META),
    ("KCSC-240906-04", "tiktok", "2024-09-06T16:20:00+09:00", "2024-09-13T23:59:59+09:00",
     "privacy-violation", "req-240906-04@kcsc.example", "",
     [T1, T2, T3, T4]),
    ("KCSC-240909-05", "reddit", "2024-09-09T09:45:00+09:00", "2024-09-16T23:59:59+09:00",
     "account-trading", "req-240909-05@kcsc.example", "a post and a comment",
     [R1, R2]),
    ("KCSC-240910-06", "discord", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "non-consensual-imagery", "req-240910-06@kcsc.example", "server invite",
     [D1]),
    ("KCSC-240911-07", "telegram", "2024-09-11T10:10:00+09:00", "2024-09-18T23:59:59+09:00",
     "illegal-drug-trade", "req-240911-07@kcsc.example", "",
     [G1, G2, G3]),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


QUOTED_REQUEST_X = "\n".join("> " + l if l else ">" for l in f"""Dear X Legal team,

The Korea Communications Standards Commission requests the removal of the
following five posts under Article 44-7 of the Information and
Communications Network Act (our reference KCSC-240902-01):

1. {X1}
2. {X2}
3. {X3}
4. {X4}
5. {X5}

Please let us know the action taken for each post by 9 September 2024.

KCSC Takedown Desk""".split("\n"))

META_ORIGINAL = f"""-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:00 AM
To: Meta Law Enforcement Outreach <records@meta.com>
Subject: KCSC-240905-03 Request to remove 13 items (Facebook, Instagram, Threads)

Dear Meta team,

Please remove or restrict the following content, which our commission found
to advertise the sale of illegal drugs in Korea:

""" + "\n".join(META) + """

We would be grateful for a reply stating the action taken on each URL.

KCSC Takedown Desk"""

CASES = [
    # ------------------------------------------------------------------ X
    dict(
        name="x-withheld-kr-two-posts",
        **{"from": "legal-support@x.com"}, name_from="X Legal",
        date="Thu, 12 Sep 2024 02:14:37 +0000",
        subject="Re: KCSC-240902-01 - Request to remove content [ref:_00D4x_5009kQ]",
        reply_to_req="req-240902-01",
        body=f"""
Hello,

We write in response to your request dated 2 September 2024 (your
reference KCSC-240902-01).

Having reviewed the request under our Country Withheld Content policy and
the law of the Republic of Korea, we have withheld the following posts in
South Korea:

{X1}
{X2}

The posts remain visible outside South Korea. In line with our practice,
the account holder has been informed, and a copy of the request may be
published to the Lumen database.

We will write to you separately regarding the remaining URLs.

Regards,
X Legal

Country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country
""",
        outcome="applied", classification="confirmation",
        imitates="X legal-request outcome email (Country Withheld Content, 'withheld in South Korea')",
        why="two posts named one per line under a sentence saying they were withheld in South Korea",
        items={X1: "restricted", X2: "restricted"},
    ),
    dict(
        name="x-numbered-outcomes-per-item",
        **{"from": "legal-support@x.com"}, name_from="X Legal Operations",
        date="Fri, 13 Sep 2024 08:41:02 +0000",
        subject="Your legal request KCSC-240902-01: outcome for the remaining items",
        reply_to_req="req-240902-01",
        body=f"""
Hi KCSC team,

Thank you for your patience. Our decision on the remaining URLs of your
request follows.

1. {X3}
   Removed. The post broke the X Rules on non-consensual nudity, and the
   account that shared it has been suspended.

2. {X4}
   No action. We reviewed the post against the X Rules and against the
   Korean law cited in your letter and found no basis to withhold it. It
   remains available.

3. {X5}
   Not found. The account holder deleted this post before our review.

Sincerely,
Dana R.
X Legal Operations
""",
        outcome="applied", classification="confirmation",
        imitates="X legal operations reply listing a decision under each reported URL",
        why="numbered list, the decision on the line below each URL: removed, refused, deleted by its author",
        items={X3: "removed", X4: "rejected", X5: "not_found"},
    ),
    dict(
        name="x-angle-bracket-deleted-by-author",
        **{"from": "noreply-legal@x.com"}, name_from="X Support",
        date="Sat, 14 Sep 2024 01:05:44 +0000",
        subject="Re: KCSC-240902-01 [ticket 0194-22817]",
        reply_to_req="req-240902-01",
        body=f"""
Hello,

Regarding <{X5}>: this post no longer exists on X. It was deleted by the
user who posted it, so there is nothing left for us to action.

We are closing ticket 0194-22817. Replying to this email reopens it.

X Support
""",
        outcome="applied", classification="confirmation",
        imitates="X support ticket reply ('this post no longer exists')",
        why="one URL in angle brackets, deleted by its author: not_found",
        items={X5: "not_found"},
    ),
    dict(
        name="x-top-posted-over-gmail-quote",
        **{"from": "minji.park@x.com"}, name_from="Min-ji Park",
        date="Thu, 12 Sep 2024 07:22:10 +0000",
        subject="Re: KCSC-240902-01 Request to remove 5 posts",
        reply_to_req="req-240902-01",
        body=f"""
Hi,

A quick update on one item: {X1} is now withheld in South Korea. The
others are still with our reviewers.

Best,
Min-ji
X Trust & Safety, APAC

On Mon, 2 Sep 2024 at 15:00, KCSC Takedown <takedown@kcsc.example> wrote:
{QUOTED_REQUEST_X}
""",
        outcome="applied", classification="confirmation",
        imitates="X T&S staff top-posting in Gmail over the regulator's quoted request",
        why="only the first post is stated withheld; the five URLs below are the regulator's own quoted request",
        items={X1: "restricted"},
    ),
    dict(
        name="x-outlook-wrapped-url-removed",
        **{"from": "jwalsh@x.com"}, name_from="Jordan Walsh",
        date="Mon, 16 Sep 2024 15:48:29 +0000",
        subject="RE: KCSC-240902-01",
        reply_to_req="req-240902-01",
        body="""
Hello,

Please note that the following post has been removed globally for
violating the X Rules:
<https://x.com/fernbrook_77/status/
1830455500000000311>

Kind regards,
Jordan Walsh
Legal Policy | X Corp.
""",
        outcome="applied", classification="confirmation",
        imitates="X legal staff reply from Outlook with a URL broken across lines inside angle brackets",
        why="an angle-bracketed URL may be wrapped (RFC 3986 appendix C); the one post is removed globally",
        items={X3: "removed"},
    ),
    dict(
        name="x-promise-will-be-withheld",
        **{"from": "legal-support@x.com"}, name_from="X Legal",
        date="Tue, 10 Sep 2024 03:30:00 +0000",
        subject="Re: KCSC-240902-01 - Request to remove content",
        reply_to_req="req-240902-01",
        body=f"""
Hello,

Thank you for your request. Following our review, the posts below will be
withheld in South Korea shortly:

{X4}
{X5}

We will confirm once this has been completed.

Regards,
X Legal
""",
        outcome="review", review="not_understood",
        imitates="X legal interim reply announcing an action still to come",
        why="'will be withheld ... shortly' is a promise, not a statement that it was done",
        items={X4: "pending", X5: "pending"},
    ),
    dict(
        name="x-spoofed-auth-fail",
        **{"from": "legal-support@x.com"}, name_from="X Legal", auth="fail",
        date="Wed, 11 Sep 2024 22:12:51 +0000",
        subject="KCSC-240902-01 completed",
        body=f"""
Dear KCSC,

We have removed the posts {X1} and {X2} as requested.

X Legal
""",
        outcome="review", review="untrusted",
        imitates="short legal confirmation whose x.com sender fails DKIM/SPF/DMARC",
        why="claims from an x.com From address that fails authentication are not trusted",
        items={X1: "pending", X2: "pending"},
    ),
    dict(
        name="x-out-of-office",
        **{"from": "s.lindqvist@x.com"}, name_from="Sara Lindqvist",
        date="Mon, 02 Sep 2024 06:00:41 +0000",
        subject="Automatic reply: KCSC-240902-01 Request to remove 5 posts",
        reply_to_req="req-240902-01",
        extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
        body="""
Thank you for your email. I am out of the office until Monday 23 September
with limited access to email. Legal requests are not handled from this
mailbox; please use the legal request portal or write to legal@x.com.

Sara
""",
        outcome="ignored", classification="auto_reply",
        imitates="Outlook out-of-office ('Automatic reply:') from a platform employee",
        why="an out-of-office auto-reply says nothing about the items",
        items={},
    ),
    # ------------------------------------------------------------ YouTube
    dict(
        name="yt-legal-outcome-bullets",
        **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
        date="Wed, 11 Sep 2024 19:02:15 -0700",
        subject="[4-5512000031877] Re: KCSC-240903-02 Legal removal request",
        reply_to_req="req-240903-02",
        body=f"""
Hello,

Thank you for your request. We have reviewed the content and taken the
following action:

* {Y1} - removed from YouTube for violating our Community Guidelines.
* {Y2} - blocked from view in South Korea on the basis of local law.

For {Y3} our review is still in progress, and we will update you once it
is complete.

Learn more about how we handle legal requests:
https://support.google.com/youtube/answer/6154230

Regards,
The YouTube Legal Support Team
""",
        outcome="applied", classification="confirmation",
        imitates="YouTube legal-removal outcome email (removed for Community Guidelines / blocked in country)",
        why="bulleted outcome per URL; the Short is explicitly still under review",
        items={Y1: "removed", Y2: "restricted", Y3: "pending"},
    ),
    dict(
        name="yt-age-restricted-short-html",
        **{"from": "no-reply@youtube.com"}, name_from="YouTube",
        date="Thu, 12 Sep 2024 04:44:09 -0700",
        subject="Update on your report - KCSC-240903-02",
        type="html",
        body=f"""
<!DOCTYPE html>
<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>Hi,</p>
<p>We have reviewed the Short you reported:
<a href="{Y3}">{Y3}</a></p>
<p>Our team has applied an <b>age restriction</b> to this video. It can no
longer be watched by viewers who are signed out, under 18, or using
Restricted Mode.</p>
<p>To learn more, see <a href="https://support.google.com/youtube/answer/2802167">Age-restricted content</a>.</p>
<p>- The YouTube Team</p>
<p style="color:#888;font-size:11px">&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</body></html>
""",
        outcome="applied", classification="confirmation",
        imitates="YouTube HTML report-outcome notification (age restriction applied)",
        why="age restriction of the one named Short: restricted",
        items={Y3: "restricted"},
    ),
    dict(
        name="yt-qp-no-action-and-uploader-deleted",
        **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
        date="Fri, 13 Sep 2024 10:17:33 +0900",
        subject="Re: KCSC-240903-02 Legal removal request [4-5512000031877]",
        reply_to_req="req-240903-02",
        raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""Hello,

We reviewed the video listed below in light of your request and the Korean law you cited.

Video: {Y2}
Decision: No action taken. The video doesn’t violate YouTube’s Community Guidelines, and we didn’t find sufficient grounds to restrict it under local law.

The video at {Y1} is no longer available on YouTube because the uploader deleted it.

If you have new information about this matter, you’re welcome to submit a new request at https://support.google.com/legal/answer/3110420 — please include your reference number.

Kind regards,
Google Legal Support
"""),
        outcome="applied", classification="confirmation",
        imitates="Google legal-support decision email, quoted-printable with curly apostrophes",
        why="Y2 refused with its reason (rejected); Y1 deleted by its uploader (not_found)",
        items={Y2: "rejected", Y1: "not_found"},
    ),
    dict(
        name="yt-webform-echo-restricted",
        **{"from": "legal-notices@google.com"}, name_from="Google Legal",
        date="Sat, 14 Sep 2024 12:01:50 -0700",
        subject="[4-5531900044210] Your legal removal submission",
        body=f"""
Hello,

Thanks for your submission. We have looked at the content in question and
have restricted it in South Korea on the basis of local law.

Below is a copy of your submission.

---------------------------------------------------------------
Country/region: South Korea
Full legal name: KCSC Takedown Desk
Organisation: Korea Communications Standards Commission
Product: YouTube
URL of the content: {Y3}
Explain in detail why you believe this content is unlawful: The Short
promotes an unlicensed online gambling site to Korean viewers, which
the commission found to violate the Act on Special Cases concerning the
Regulation and Punishment of Speculative Acts (ref KCSC-240903-02).
---------------------------------------------------------------

Regards,
The Google Team
""",
        outcome="applied", classification="confirmation",
        imitates="Google legal webform outcome email echoing the submitted form below the decision",
        why="the decision is about 'the content in question', and the echoed submission names exactly one URL",
        items={Y3: "restricted"},
    ),
    dict(
        name="yt-hedged-appears-removed",
        **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
        date="Tue, 10 Sep 2024 17:40:12 -0700",
        subject="Re: KCSC-240903-02 Legal removal request",
        reply_to_req="req-240903-02",
        body=f"""
Hi there,

Thanks for following up. The video at {Y1} appears to have been taken
down already, possibly by the uploader. We are checking this with the
relevant team and may follow up separately about
{Y2}.

Best,
YouTube Legal Support
""",
        outcome="review", review="not_understood",
        imitates="YouTube legal-support interim reply with hedged wording",
        why="'appears to have been taken down ... possibly' is a hedge and 'may follow up' a promise: nothing stated",
        items={Y1: "pending", Y2: "pending"},
    ),
    dict(
        name="yt-automated-receipt",
        **{"from": "legal-notices@google.com"}, name_from="Google Legal",
        date="Tue, 03 Sep 2024 02:31:07 -0700",
        subject="Re: KCSC-240903-02 Legal removal request [4-5512000031877]",
        reply_to_req="req-240903-02",
        body="""
Hello,

Thanks for contacting Google. This is an automated message to confirm that
we have received your request. Your reference number is 4-5512000031877;
please keep it in the subject line of any further correspondence.

Please do not reply to this message.

The Google Team
""",
        outcome="ignored", classification="acknowledgement",
        imitates="Google legal automated receipt with a 4-xxxx reference number",
        why="pure acknowledgement: request received, reference number given",
        items={},
    ),
]

META_CSV = "\n".join([
    "report_id,reported_url,decision,scope,reason",
    f"1029384701,{M1},Restricted,South Korea,Local law (Republic of Korea)",
    f"1029384702,{M2},Restricted,South Korea,Local law (Republic of Korea)",
    f"1029384703,{M3},Removed,Global,Community Standards - Restricted Goods and Services",
    f"1029384704,{M4},Removed,Global,Community Standards - Restricted Goods and Services",
    f"1029384705,{M5},Restricted,South Korea,Local law (Republic of Korea)",
    f"1029384706,{M6},Removed,Global,Community Guidelines - Restricted Goods and Services",
    f"1029384707,{M7},No action,-,Does not go against Community Guidelines or local law",
    f"1029384708,{M8},Removed,Global,Community Guidelines - Restricted Goods and Services",
    f"1029384709,{M9},Account disabled,Global,Terms of Use",
    f"1029384710,{M10},Not found,-,Deleted by the account holder before review",
    f"1029384711,{M11},Restricted,South Korea,Local law (Republic of Korea)",
    f"1029384712,{M12},Removed,Global,Community Guidelines - Restricted Goods and Services",
    f"1029384713,{M13},Not found,-,Content no longer exists (story expired)",
]) + "\n"

META_TABLE_ROWS = [
    (M6, "Removed for going against our Community Guidelines"),
    (M7, "Access restricted in South Korea under local law"),
    (M8, "Removed for going against our Community Guidelines"),
    (M10, "Not found: this link no longer leads to any content"),
]

CASES += [
    # --------------------------------------------------------------- Meta
    dict(
        name="meta-csv-attachment-all-thirteen",
        **{"from": "records@meta.com"}, name_from="Meta Law Enforcement Outreach",
        date="Mon, 16 Sep 2024 09:12:44 +0000",
        subject="Re: KCSC-240905-03 Request to remove 13 items - outcome",
        reply_to_req="req-240905-03",
        raw_mime="""Content-Type: multipart/mixed; boundary="=_meta_640_a1"

This is a multi-part message in MIME format.

--=_meta_640_a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Thank you for your request KCSC-240905-03. We have completed our review
of the 13 URLs. The decision for each URL, and its scope, is set out in
the attached file.

Where content was restricted on the basis of local law, it remains
available outside South Korea. The people who posted the content have
been notified of our decision.

Meta Law Enforcement Outreach

--=_meta_640_a1
Content-Type: text/csv; charset=utf-8; name="KCSC-240905-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240905-03_outcome.csv"
Content-Transfer-Encoding: base64

""" + b64(META_CSV) + """

--=_meta_640_a1--
""",
        outcome="applied", classification="confirmation",
        imitates="Meta response to a government takedown request with a per-URL outcome spreadsheet",
        why="a CSV attachment gives each of the 13 URLs a decision and scope",
        items={M1: "restricted", M2: "restricted", M3: "removed", M4: "removed",
               M5: "restricted", M6: "removed", M7: "rejected", M8: "removed",
               M9: "removed", M10: "not_found", M11: "restricted", M12: "removed",
               M13: "not_found"},
    ),
    dict(
        name="meta-html-table-instagram",
        **{"from": "no-reply@instagram.com"}, name_from="Instagram",
        date="Fri, 13 Sep 2024 18:20:03 +0000",
        subject="Your report about content on Instagram (KCSC-240905-03)",
        type="html",
        body="""
<html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;color:#262626">
<h2 style="font-size:18px">We reviewed your report</h2>
<p>Thanks for letting us know about content you believe is illegal in
South Korea. Here's what we decided for each Instagram link in your
request:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>Content</th><th>Outcome</th></tr>
""" + "\n".join(
            f'<tr><td><a href="{u}">{u}</a></td><td>{o}</td></tr>' for u, o in META_TABLE_ROWS
        ) + """
</table>
<p>We're still reviewing the other content in your request.</p>
<p style="font-size:12px;color:#8e8e8e">Learn more about
<a href="https://help.instagram.com/477434105621119">how we handle reports</a>.
&copy; Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025</p>
</body></html>
""",
        outcome="applied", classification="confirmation",
        imitates="Instagram HTML report-outcome email with a table of links and decisions",
        why="HTML table, one outcome per row; the other items are not named",
        items={M6: "removed", M7: "restricted", M8: "removed", M10: "not_found"},
    ),
    dict(
        name="meta-prose-facebook-group-and-photo",
        **{"from": "lawenforcement@fb.com"}, name_from="Facebook Law Enforcement Response",
        date="Thu, 12 Sep 2024 23:55:19 +0000",
        subject="Re: KCSC-240905-03 Request to remove 13 items (Facebook, Instagram, Threads)",
        reply_to_req="req-240905-03",
        body=f"""
Hi,

Following up on your report about Facebook content (KCSC-240905-03).

We removed the group post at {M3} because it goes
against our Community Standards on restricted goods and services.

The photo at {M4} does not go against our Community
Standards. After a legal review, however, we have restricted access to it in
South Korea under local law.

We will reply about the remaining content in your request as soon as our
review is finished.

Thanks,
Facebook Law Enforcement Response Team
""",
        outcome="applied", classification="confirmation",
        imitates="Facebook legal-response prose reply (removed under Community Standards / restricted under local law)",
        why="two URLs in prose, one removed and one restricted in South Korea; the rest is a promise",
        items={M3: "removed", M4: "restricted"},
    ),
    dict(
        name="meta-dsa-statement-of-reasons-reel",
        **{"from": "notification@facebookmail.com"}, name_from="Facebook",
        date="Sat, 14 Sep 2024 06:03:27 +0000",
        subject="Decision on content you reported - Report ID 1029384705",
        body=f"""
Notice of action taken

Report ID: 1029384705
Reported by: Korea Communications Standards Commission (KCSC-240905-03)

Content concerned: {M5}
Content type: Video (reel)

Decision: Removal of the content
Territorial scope: Worldwide
Date of decision: 14 September 2024

Facts and circumstances: The content was reported to us by a government
authority. On review, we found that it offers illegal drugs for sale.

Ground for the decision: Incompatible with our terms and conditions
(Facebook Community Standards, Restricted Goods and Services).

Automated means: Automated tools were not used to take this decision.

Redress: The person who posted the content can appeal in the app or
through https://www.facebook.com/help/2090856331203011. Information on
out-of-court dispute settlement bodies is available in our Help Centre.
""",
        outcome="applied", classification="confirmation",
        imitates="Meta DSA Article 17 statement-of-reasons style notice (decision, territorial scope, ground, redress)",
        why="'Decision: Removal of the content', worldwide, for the one named reel",
        items={M5: "removed"},
    ),
    dict(
        name="meta-threads-link-invalid",
        **{"from": "support@meta.com"}, name_from="Meta Support",
        date="Sun, 15 Sep 2024 13:31:10 +0000",
        subject="Re: KCSC-240905-03 - Threads",
        reply_to_req="req-240905-03",
        body=f"""
Hello,

We were unable to locate any content at
{M12}

The link is invalid or the post does not exist on Threads. If you have a
different link to the content, please send it to us in reply to this
message.

Meta Support
""",
        outcome="applied", classification="confirmation",
        imitates="Meta support reply for a link it cannot locate",
        why="statement above the URL, on the line before it: cannot locate / invalid link",
        items={M12: "not_found"},
    ),
    dict(
        name="meta-outlook-top-post-account-disabled",
        **{"from": "h.cho@meta.com"}, name_from="Hyejin Cho",
        date="Tue, 17 Sep 2024 02:48:56 +0000",
        subject="RE: KCSC-240905-03 Request to remove 13 items (Facebook, Instagram, Threads)",
        reply_to_req="req-240905-03",
        body=f"""
Hello,

The Instagram account {M9} has been disabled for violating our Terms of
Use. We are still reviewing the other items and will revert.

Thanks,
Hyejin Cho
Law Enforcement Outreach, Meta

{META_ORIGINAL}
""",
        outcome="applied", classification="confirmation",
        imitates="Meta staff Outlook reply over '-----Original Message-----' holding the regulator's full request",
        why="only the account is stated disabled (removed); the 13 URLs below are our own quoted request",
        items={M9: "removed"},
    ),
    dict(
        name="meta-bulk-all-restricted",
        **{"from": "records@meta.com"}, name_from="Meta Law Enforcement Outreach",
        date="Wed, 18 Sep 2024 07:15:00 +0000",
        subject="Re: KCSC-240905-03",
        reply_to_req="req-240905-03",
        body="""
Hello,

We have restricted access in South Korea to all of the URLs listed in your
request KCSC-240905-03, in accordance with local law.

Meta Law Enforcement Outreach
""",
        outcome="review", review="bulk",
        imitates="Meta one-line government-request outcome covering a whole request",
        why="one statement for all 13 URLs of the request without naming any",
        items={u: "pending" for u in META},
    ),
    dict(
        name="meta-asks-legal-basis",
        **{"from": "records@meta.com"}, name_from="Meta Law Enforcement Outreach",
        date="Mon, 09 Sep 2024 11:06:40 +0000",
        subject="Re: KCSC-240905-03 - additional information needed",
        reply_to_req="req-240905-03",
        body=f"""
Hello,

Regarding {M11} in your request KCSC-240905-03:
to assess whether this Page violates local law, please send us the
specific provision of Korean law that the content is alleged to breach and
a copy of the commission's decision. We are unable to proceed with this
URL until we receive that information.

Thank you,
Meta Law Enforcement Outreach
""",
        outcome="review", review="asks_more", classification="request_for_info",
        imitates="Meta request for the legal basis and a copy of the order before acting",
        why="the platform asks for documents; nothing stated about the Page",
        items={M11: "pending"},
    ),
    dict(
        name="bounce-meta-address-unknown",
        **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
        date="Thu, 05 Sep 2024 10:00:09 +0900",
        subject="Undelivered Mail Returned to Sender",
        raw_mime="""Content-Type: multipart/report; report-type=delivery-status;
	boundary="B640.1725498009/mx.kcsc.example"

--B640.1725498009/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kr-legal@meta.com>: host mx.meta.com[203.0.113.25] said: 550 5.1.1
    <kr-legal@meta.com>: Recipient address rejected: User unknown (in
    reply to RCPT TO command)

--B640.1725498009/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4WzK1c3vQpz9
Arrival-Date: Thu,  5 Sep 2024 10:00:02 +0900 (KST)

Final-Recipient: rfc822; kr-legal@meta.com
Original-Recipient: rfc822;kr-legal@meta.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.meta.com
Diagnostic-Code: smtp; 550 5.1.1 <kr-legal@meta.com>: Recipient address
    rejected: User unknown

--B640.1725498009/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: kr-legal@meta.com
Subject: KCSC-240905-03 Request to remove 13 items (Facebook, Instagram, Threads)
Date: Thu, 5 Sep 2024 10:00:00 +0900
Message-ID: <req-240905-03@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear Meta team,

Please remove or restrict the following content (first items shown):

""" + f"{M1}\n{M2}\n{M3}\n" + """
KCSC Takedown Desk

--B640.1725498009/mx.kcsc.example--
""",
        outcome="ignored", classification="bounce",
        imitates="Postfix DSN (550 5.1.1 user unknown) returning the request sent to a wrong Meta address",
        why="a delivery failure report; the URLs are in our own returned message",
        items={},
    ),
]

TT_B64_TEXT = f"""Hello,

Thank you for contacting TikTok about request KCSC-240906-04. Our Trust &
Safety team has reviewed the videos below.

{T1}
After review, we found that this video does not violate our Community
Guidelines or the local laws cited in your request. No action has been
taken on it.

{T2}
This video has been removed for violating our Community Guidelines.

You can read our Community Guidelines at
https://www.tiktok.com/community-guidelines

Best regards,
TikTok Trust & Safety
"""

CASES += [
    # ------------------------------------------------------------- TikTok
    dict(
        name="tt-bullets-restricted-and-removed",
        **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
        date="Wed, 11 Sep 2024 08:30:12 +0000",
        subject="Re: KCSC-240906-04 Request for removal",
        reply_to_req="req-240906-04",
        body=f"""
Hello,

Thank you for your report regarding KCSC-240906-04. We have completed our
review of the following videos:

- {T1} : restricted in South Korea (local law)
- {T2} : restricted in South Korea (local law)
- {T3} : removed for violating our Community Guidelines

We will update you separately on the remaining video.

Kind regards,
TikTok Legal Team
""",
        outcome="applied", classification="confirmation",
        imitates="TikTok legal reply to a government removal request (restricted in country / removed under Community Guidelines)",
        why="a bulleted list, one status after each URL",
        items={T1: "restricted", T2: "restricted", T3: "removed"},
    ),
    dict(
        name="tt-statement-then-url-below",
        **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
        date="Thu, 12 Sep 2024 14:02:55 +0000",
        subject="Update on your report (KCSC-240906-04)",
        body=f"""
Hi,

The following video has been removed for violating our Community
Guidelines:
{T4}

We were unable to locate the following video; it no longer exists on
TikTok:
{T3}

Thank you for helping keep TikTok safe.
TikTok Trust & Safety
""",
        outcome="applied", classification="confirmation",
        imitates="TikTok report-outcome notification with the statement above each URL",
        why="each URL stands on the line below its own statement",
        items={T4: "removed", T3: "not_found"},
    ),
    dict(
        name="tt-base64-body-rejected-and-removed",
        **{"from": "trustandsafety@tiktok.com"}, name_from="TikTok Trust & Safety",
        date="Fri, 13 Sep 2024 03:11:48 +0000",
        subject="KCSC-240906-04: review result",
        reply_to_req="req-240906-04",
        raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(TT_B64_TEXT),
        outcome="applied", classification="confirmation",
        imitates="TikTok trust-and-safety decision email, base64-encoded body",
        why="T1 refused with its reason (rejected), T2 removed; the guidelines link is no item",
        items={T1: "rejected", T2: "removed"},
    ),
    dict(
        name="tt-korea-team-bilingual-particles",
        **{"from": "policy-kr@tiktok.com"}, name_from="TikTok Korea Policy",
        date="Sat, 14 Sep 2024 09:20:31 +0900",
        subject=Header("RE: KCSC-240906-04 삭제 요청 처리 결과 / Result of your request", "utf-8").encode(),
        reply_to_req="req-240906-04",
        body=f"""
안녕하세요, 틱톡코리아 정책팀입니다.

요청하신 {T3}는 대한민국 내에서 접근이 제한되었습니다.
The video above has been restricted in the Republic of Korea.

또한（{T4}）은 커뮤니티 가이드라인 위반으로 삭제되었습니다.
The second video has been removed for violating our Community Guidelines.

감사합니다.
TikTok Korea Policy Team
""",
        outcome="applied", classification="confirmation",
        imitates="TikTok Korea bilingual (Korean/English) result email",
        why="URL followed by a Korean particle, and one in full-width parentheses; restricted in Korea / deleted",
        items={T3: "restricted", T4: "removed"},
    ),
    dict(
        name="tt-dsa-statement-visibility-restricted",
        **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
        date="Sun, 15 Sep 2024 11:45:00 +0000",
        subject="Statement of reasons - TT-SOR-88213",
        body=f"""
Statement of reasons

Reference: TT-SOR-88213
Notice submitted by: Korea Communications Standards Commission (KCSC-240906-04)

Content: {T4}
Decision: Restriction of visibility. The video is not available to users in
the Republic of Korea.
Legal ground: Illegal content under the laws of the Republic of Korea.
Territorial scope: Republic of Korea
Automated detection: No
Automated decision: No

The creator has been informed of this decision and may appeal it in the
TikTok app. More information: https://www.tiktok.com/legal/page/global/dsa-sor/en
""",
        outcome="applied", classification="confirmation",
        imitates="TikTok statement-of-reasons style notice (decision, legal ground, territorial scope)",
        why="visibility restricted for Korea for the one named video",
        items={T4: "restricted"},
    ),
    dict(
        name="tt-conditional-creator-notified",
        **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
        date="Mon, 09 Sep 2024 05:58:22 +0000",
        subject="Re: KCSC-240906-04 Request for removal",
        reply_to_req="req-240906-04",
        body=f"""
Hello,

We have notified the creator of {T1} of your request. If the creator does
not edit or delete the video within 48 hours, we will restrict it in South
Korea.

Kind regards,
TikTok Legal Team
""",
        outcome="review", review="not_understood",
        imitates="TikTok legal interim reply with a conditional future action",
        why="a condition and a promise; nothing has happened to the video yet",
        items={T1: "pending"},
    ),
    dict(
        name="tt-summary-contradicts-details",
        **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
        date="Tue, 17 Sep 2024 07:07:07 +0000",
        subject="Re: KCSC-240906-04 Request for removal - final",
        reply_to_req="req-240906-04",
        body=f"""
Hello,

Summary
{T3} - Removed

Details
{T3}
Our review found that this video violates local law but not our Community
Guidelines. Access to it has therefore been restricted in South Korea; it
remains available in other regions.

Kind regards,
TikTok Legal Team
""",
        outcome="review", review="conflicting_statements",
        imitates="TikTok legal template whose summary line and detail paragraph disagree",
        why="the summary says removed, the details say restricted in Korea and available elsewhere",
        items={T3: "pending"},
    ),
    dict(
        name="tt-outsourced-vendor-unknown-sender",
        **{"from": "support@tns-desk.example"}, name_from="TikTok Partner Support (TNS Desk)",
        date="Wed, 18 Sep 2024 01:33:19 +0000",
        subject="KCSC-240906-04 - status",
        body=f"""
Dear KCSC,

On behalf of TikTok, we confirm that {T2} has been removed.

TNS Desk
Outsourced support for TikTok
""",
        outcome="review", review="unknown_sender",
        imitates="confirmation sent by an outsourced support vendor from its own domain",
        why="the sender's domain is not a TikTok domain, whatever it says",
        items={T2: "pending"},
    ),
    dict(
        name="tt-read-receipt",
        **{"from": "j.kim@tiktok.com"}, name_from="Jiwoo Kim",
        date="Fri, 06 Sep 2024 08:02:10 +0000",
        subject="Read: KCSC-240906-04 Request for removal",
        raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_640_MDN"

------=_NextPart_640_MDN
Content-Type: text/plain; charset=utf-8

Your message

  To: Jiwoo Kim
  Subject: KCSC-240906-04 Request for removal
  Sent: Friday, September 6, 2024 4:20:00 PM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 5:02:10 PM (UTC+09:00) Seoul.

------=_NextPart_640_MDN
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;j.kim@tiktok.com
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_640_MDN--
""",
        outcome="ignored", classification="read_receipt",
        imitates="Outlook read receipt (MDN) from a TikTok employee",
        why="a read receipt says nothing about the items",
        items={},
    ),
    dict(
        name="snap-not-our-content-wrong-platform",
        **{"from": "lawenforcement@snap.com"}, name_from="Snap Inc. Law Enforcement Operations",
        date="Tue, 10 Sep 2024 20:40:02 +0000",
        subject="Re: Request for removal of content",
        body=f"""
Hello,

We received your message about the links below. These links point to
TikTok, not Snapchat, and we could not locate any Snapchat content
matching them:

{T1}
{T2}

Snap has no ability to act on content hosted by other services. Please
contact the service concerned directly.

Snap Inc. Law Enforcement Operations
""",
        outcome="review", review="wrong_platform",
        imitates="Snap legal reply saying the reported links are another service's",
        why="a Snap sender speaks about TikTok items; its 'could not locate' is about Snapchat, not TikTok",
        items={T1: "pending", T2: "pending"},
    ),
    # ------------------------------------------------------------- Reddit
    dict(
        name="reddit-legal-removed-and-georestricted",
        **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
        date="Fri, 13 Sep 2024 21:15:30 +0000",
        subject="Re: KCSC-240909-05 - removal request",
        reply_to_req="req-240909-05",
        body=f"""
Hello,

Thank you for contacting Reddit. With respect to your request
KCSC-240909-05:

The post at {R1} has been removed by Reddit for violating our Content
Policy, which prohibits transactions involving prohibited goods.

The comment at {R2} has been geo-restricted and is no longer viewable
from South Korea.

More information about how we handle government requests is in our
Transparency Report: https://www.redditinc.com/policies/transparency-report

Regards,
Reddit Legal
""",
        outcome="applied", classification="confirmation",
        imitates="Reddit legal reply (admin removal under Content Policy / geo-restriction in the requesting country)",
        why="the post removed, the comment geo-restricted in South Korea",
        items={R1: "removed", R2: "restricted"},
    ),
    dict(
        name="reddit-bulk-both-removed",
        **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
        date="Sat, 14 Sep 2024 16:02:41 +0000",
        subject="Re: KCSC-240909-05 - removal request",
        reply_to_req="req-240909-05",
        body="""
Hello,

Both of the items you reported in KCSC-240909-05 have been removed from
Reddit.

Regards,
Reddit Legal
""",
        outcome="review", review="bulk",
        imitates="Reddit one-sentence outcome covering the whole request",
        why="'both of the items' for a two-item request, neither named",
        items={R1: "pending", R2: "pending"},
    ),
    dict(
        name="reddit-ticket-receipt",
        **{"from": "noreply@redditmail.com"}, name_from="Reddit Help",
        date="Mon, 09 Sep 2024 00:46:12 +0000",
        subject="[Reddit] We received your request (07194522)",
        reply_to_req="req-240909-05",
        body="""
Hi there,

This is an automated message to confirm that we received your request
(KCSC-240909-05). Your case number is 07194522. Our team reviews requests
in the order they arrive and will reply to this email.

Please do not submit the same request more than once.

Reddit Help
""",
        outcome="ignored", classification="acknowledgement",
        imitates="Reddit help-desk automated receipt with a case number",
        why="pure acknowledgement: received, case number, nothing about the items",
        items={},
    ),
    # ------------------------------------------------------------ Discord
    dict(
        name="discord-server-removed-sole-item",
        **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
        date="Thu, 12 Sep 2024 18:10:26 +0000",
        subject="Re: KCSC-240910-06 - Report about a Discord server",
        reply_to_req="req-240910-06",
        body="""
Hi there,

Thanks for reaching out to Discord Trust & Safety.

We have investigated the server you reported, and it has been removed
from Discord for violating our Community Guidelines. We appreciate you
taking the time to report it.

You can read our Community Guidelines here: https://discord.com/guidelines

Discord Trust & Safety
""",
        outcome="applied", classification="confirmation",
        imitates="Discord Trust & Safety report-outcome email ('the server ... has been removed')",
        why="a one-item request; the reply states the reported server was removed without repeating its link",
        items={D1: "removed"},
    ),
    dict(
        name="discord-invite-invalid",
        **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
        date="Fri, 13 Sep 2024 02:55:03 +0000",
        subject="Re: KCSC-240910-06",
        body=f"""
Hello,

The invite link you provided ({D1}) is invalid or has expired, and we
could not identify a server associated with it. If you have a server ID
or a message link, please reply with it.

Discord Trust & Safety
""",
        outcome="applied", classification="confirmation",
        imitates="Discord Trust & Safety reply about an invalid invite link",
        why="invalid link, no server found: not_found (the offer to look again at another link changes nothing)",
        items={D1: "not_found"},
    ),
    dict(
        name="discord-zendesk-receipt",
        **{"from": "support@discordapp.com"}, name_from="Discord",
        date="Tue, 10 Sep 2024 05:02:40 +0000",
        subject="[Discord] Your request 38211234 has been received",
        reply_to_req="req-240910-06",
        body="""
##- Please type your reply above this line -##

Your request (38211234) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from Discord.
""",
        outcome="ignored", classification="acknowledgement",
        imitates="Discord Zendesk ticket receipt",
        why="pure ticket receipt",
        items={},
    ),
    # ----------------------------------------------------------- Telegram
    dict(
        name="tg-thanks-plus-takedowns",
        **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
        date="Fri, 13 Sep 2024 10:20:11 +0000",
        subject="Re: KCSC-240911-07 Case #5519023",
        reply_to_req="req-240911-07",
        body=f"""
Thank you for your report. Case #5519023.

We have taken down the following:
- {G1} (message deleted)
- {G2} (message deleted)

The channel {G3} has been blocked and is no longer accessible to anyone.

Telegram Abuse Team
""",
        outcome="applied", classification="confirmation",
        imitates="Telegram abuse-desk reply: thanks plus a list of takedowns and a blocked channel",
        why="an acknowledgement phrase followed by unhedged statements: two messages deleted, channel blocked for everyone",
        items={G1: "removed", G2: "removed", G3: "removed"},
    ),
    dict(
        name="tg-channel-kr-unavailable-message-gone",
        **{"from": "dsa@telegram.org"}, name_from="Telegram",
        date="Sun, 15 Sep 2024 12:12:12 +0000",
        subject="Case #5519188",
        body=f"""
Hello,

Case #5519188, your reference KCSC-240911-07.

{G3} - the channel is now unavailable to users in South Korea.
{G2} - this message had already been deleted by the channel's admins
before we received your report.

Telegram
""",
        outcome="applied", classification="confirmation",
        imitates="terse Telegram abuse/DSA desk reply with one line per URL",
        why="channel unavailable in Korea (restricted); message already deleted by its admins (not_found)",
        items={G3: "restricted", G2: "not_found"},
    ),
    # ------------------------------------------- Twitch, Pinterest (no items)
    dict(
        name="twitch-unmonitored-mailbox",
        **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
        date="Wed, 11 Sep 2024 03:00:00 +0000",
        subject="Auto: Re: Request for removal of content",
        extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
        body="""
Hello,

This mailbox is not monitored. This is an automatic reply.

To report content on Twitch, please use the reporting tools on the site,
or visit https://help.twitch.tv/s/article/how-to-file-a-user-report.
Law enforcement and government requests can be submitted at
https://www.twitch.tv/p/legal/.

Twitch
""",
        outcome="ignored", classification="auto_reply",
        imitates="Twitch no-reply mailbox auto-responder pointing to the report tools",
        why="an auto-reply from an unmonitored mailbox",
        items={},
    ),
    dict(
        name="pinterest-outcome-no-reference",
        **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
        date="Thu, 12 Sep 2024 16:31:09 +0000",
        subject="Update on your report",
        body="""
Hi there,

Thanks for your report. We reviewed the Pin you flagged and removed it
because it goes against our Community Guidelines.

Read our Community Guidelines: https://policy.pinterest.com/community-guidelines

- The Pinterest Team
""",
        outcome="review", review="no_claims",
        imitates="Pinterest report-outcome email naming neither the Pin nor any reference",
        why="a trusted platform email that names no item and references no request",
        items={},
    ),
]

HEADER = """# Blind set 640: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. See NOTES.md."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind640", HEADER, CASES)


if __name__ == "__main__":
    main()
