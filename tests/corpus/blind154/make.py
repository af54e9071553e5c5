#!/usr/bin/env python3
"""Blind set 154: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Snapchat as a stranger to our
requests). Help-centre outcome templates, DSA-style statements of reasons,
legal-removal decisions, ticket receipts, DSNs, MDNs and out-of-office
replies, all written in our own sentences with fictional URLs and ids.

Expected results were written from each email's meaning alone, before any
run of the reader. Deterministic: `python3 tests/corpus/blind154/make.py`
rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))
UTC = timezone.utc


def d(s, tz=UTC):
    """'2024-09-05 08:12:40' -> RFC 5322 date in the given zone."""
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


# ---------------------------------------------------------------- requests
X1 = "https://x.com/nightmarket_kr/status/1830011122233344501"
X2 = "https://x.com/nightmarket_kr/status/1830011122233344502"
X3 = "https://x.com/pillhouse_seoul/status/1830022233344455561"
X4 = "https://x.com/pillhouse_seoul/status/1830022233344455562"
X5 = "https://x.com/pillhouse_seoul"
X6 = "https://x.com/gamblebay77/status/1830033344455566671"
X7 = "https://x.com/gamblebay77/status/1830033344455566672"
X8 = "https://x.com/fakeid_store/status/1830044455566677781"
X9 = "https://x.com/fakeid_store/status/1830044455566677782"
X10 = "https://x.com/quickloan_bot/status/1830055566677788891"
X11 = "https://twitter.com/quickloan_bot/status/1830055566677788892"
X12 = "https://x.com/i/web/status/1830066677788899901"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qa7Lm2Xp9Rt"
Y2 = "https://www.youtube.com/watch?v=Hb3Ks8Wd1Zy"
Y3 = "https://youtu.be/Pn4Jc6Tv0Ge"
Y4 = "https://www.youtube.com/@casinoroyale_kr"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/1029384756102938/posts/5647382910564738/"
M2 = "https://www.facebook.com/haneul.trade.page/posts/pfbid02XkQm7RtYvLpA"
M3 = "https://www.instagram.com/p/C9xTr4LmQwZ/"
M4 = "https://www.instagram.com/reel/C9yUs5MnRxA/"
M5 = "https://www.instagram.com/seoul_pharm_direct/"
MS = [M1, M2, M3, M4, M5]

T1 = "https://www.tiktok.com/@betking.kr/video/7409988776655443321"
T2 = "https://www.tiktok.com/@betking.kr/video/7409988776655443322"
T3 = "https://www.tiktok.com/@vape_mart_kr/video/7410011223344556677"
TS = [T1, T2, T3]

R1 = "https://www.reddit.com/r/kdeals_underground/comments/1f9abcd/cheap_meds_no_rx/"
R2 = "https://www.reddit.com/user/pharma_hyun/comments/1f9bcde/dm_for_price_list/"

D1 = "https://discord.gg/k7VaultMarket"

W1 = "https://www.twitch.tv/slotsnight_kr"
W2 = "https://www.twitch.tv/videos/2241358790"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, msgid stem, note, urls
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     "illegal-goods", "kcsc-240902-01.req", "X batch: drugs, gambling, fake ids, loans", XS),
    ("KCSC-240903-02", "youtube", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "illegal-gambling", "kcsc-240903-02.req", "casino promotion videos and channel", YS),
    ("KCSC-240904-03", "meta", "2024-09-04T10:00:00+09:00", "2024-09-11T23:59:59+09:00",
     "illegal-drugs", "kcsc-240904-03.req", "Facebook and Instagram medicine sales", MS),
    ("KCSC-240905-04", "tiktok", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00",
     "illegal-gambling", "kcsc-240905-04.req", "betting and vape sales videos", TS),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:00:00+09:00", "2024-09-13T23:59:59+09:00",
     "illegal-drugs", "kcsc-240906-05.req", "prescription drug sales", [R1, R2]),
    ("KCSC-240909-06", "discord", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "illegal-gambling", "kcsc-240909-06.req", "gambling server invite", [D1]),
    ("KCSC-240910-07", "twitch", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "illegal-gambling", "kcsc-240910-07.req", "unlicensed slot streams", [W1, W2]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


REQ = {r[0]: r[5] for r in REQUESTS}


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


X_REQUEST_TEXT = """Dear X Corp.,

The Korea Communications Standards Commission has found the following
content to be illegal information under Article 44-7 of the Information
and Communications Network Act and requests its removal (reference
KCSC-240902-01). Please reply within seven days.

""" + "\n".join(f"{i}. {u}" for i, u in enumerate(XS, 1)) + """

KCSC Takedown team
"""

YT_REQUEST_TEXT = """Dear YouTube Legal,

Under Article 44-7 of the Information and Communications Network Act we
request the removal of the content below (reference KCSC-240903-02).

""" + "\n".join(f"{i}. {u}" for i, u in enumerate(YS, 1)) + """

Thank you,
KCSC Takedown team
"""

META_REQUEST_TEXT = """Dear Meta,

Please remove the following content, found to sell prescription medicines
without a licence (reference KCSC-240904-03):

""" + "\n".join(MS) + """

Regards,
KCSC Takedown team
"""

# ------------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= APPLIED =========================================

case(name="x-withheld-kr-bulleted", outcome="applied", classification="confirmation",
     imitates="X Legal response to a government removal request under the Country Withheld Content policy",
     why="two posts and one account each named in a bulleted list under a 'withheld in the Republic of Korea' heading",
     **{"from": "legalrequests@x.com"}, name_from="X Corp. Legal",
     date=d("2024-09-05 06:14:09"), reply_to_req=REQ["KCSC-240902-01"],
     subject="Re: [KCSC-240902-01] Request to remove illegal content - X Corp. response",
     body=f"""Hello,

We are writing about the request the Korea Communications Standards
Commission sent on 2 September 2024 (your reference KCSC-240902-01).

After our review, X has withheld these posts in the Republic of Korea
under our Country Withheld Content policy:

- {X1}
- {X2}

We have also withheld the following account in the Republic of Korea:

- {X5}

The account holders have been told about this action, as our user notice
policy provides. The other URLs in your request are still being assessed
and we will write to you about them separately.

How withheld content appears to people on X:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Corp. Legal
""", items={X1: "restricted", X2: "restricted", X5: "restricted"})

case(name="x-numbered-status-below-url", outcome="applied", classification="confirmation",
     imitates="X legal policy team reply with a numbered per-URL determination, status on the line below each URL",
     why="three URLs, each followed by its own Status line: removed, withheld in KR, no action with a reason",
     **{"from": "legalrequests@x.com"}, name_from="X Corp. Legal",
     date=d("2024-09-06 02:40:51"), reply_to_req=REQ["KCSC-240902-01"],
     subject="X Corp. response to request KCSC-240902-01 [ref:_00Dx2Ab._500Uu1kLmN:ref]",
     body=f"""Dear KCSC team,

Thank you for your patience. Our determinations for three of the reported
URLs are below.

1. {X3}
   Status: Removed - violation of the X Rules (illegal or certain
   regulated goods and services)

2. {X4}
   Status: Withheld in KR

3. {X6}
   Status: No action - after review we did not find that this post
   violates the X Rules or the Korean law described in your request.

Kind regards,

Jordan
Global Legal Policy
X Corp.
""", items={X3: "removed", X4: "restricted", X6: "rejected"})

case(name="x-author-deleted-and-no-record", outcome="applied", classification="confirmation",
     imitates="X support reply explaining that reported posts were deleted by the account holder or cannot be found",
     why="one post deleted by its author before review and one twitter.com link with no post behind it: both not_found",
     **{"from": "legalrequests@x.com"}, name_from="X Corp. Legal",
     date=d("2024-09-07 09:05:33"), reply_to_req=REQ["KCSC-240902-01"],
     subject="RE: KCSC-240902-01",
     body=f"""Hi,

We looked into the two posts from the quickloan_bot account.

{X10} was deleted by the account holder before
our review, so there was nothing left for us to act on.

We could not locate {X11}. The link returns no
post and we hold no record of a post with that ID.

Best,
X Legal Operations
""", items={X10: "not_found", X11: "not_found"})

X_TABLE_HTML = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Korea Communications Standards Commission,</p>
<p>Please find below our response to your request <b>KCSC-240902-01</b> regarding the accounts gamblebay77 and fakeid_store.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f0f0f0"><th>Reported URL</th><th>Action taken</th><th>Scope</th></tr>
<tr><td><a href="{X6}">{X6}</a></td><td>Withheld</td><td>Republic of Korea</td></tr>
<tr><td><a href="{X7}">{X7}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X8}">{X8}</a></td><td>No action &ndash; not in violation of local law</td><td>&ndash;</td></tr>
<tr><td><a href="{X9}">{X9}</a></td><td>Content not found</td><td>&ndash;</td></tr>
</table>
<p>If you have questions about this response, reply to this email and keep the reference line in the subject.</p>
<p>Regards,<br>X Corp. Legal<br><span style="color:#888">1355 Market Street, San Francisco, CA</span></p>
</body></html>
"""

case(name="x-html-table-quoted-printable", outcome="applied", classification="confirmation",
     imitates="X legal response rendered as an HTML table (Reported URL / Action taken / Scope), quoted-printable",
     why="four table rows: Withheld in Korea, Removed globally, No action (not in violation), Content not found",
     **{"from": "legalrequests@x.com"}, name_from="X Corp. Legal",
     date=d("2024-09-09 01:22:10"), reply_to_req=REQ["KCSC-240902-01"],
     subject="Re: [KCSC-240902-01] Response from X Corp.",
     raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(X_TABLE_HTML),
     items={X6: "restricted", X7: "removed", X8: "rejected", X9: "not_found"})

X_CSV_ROWS = [
    ("url", "action", "scope", "notes"),
    (X1, "withheld", "KR", "Country Withheld Content"),
    (X2, "withheld", "KR", ""),
    (X3, "removed", "global", "Illegal or regulated goods"),
    (X4, "removed", "global", ""),
    (X5, "account suspended", "global", "Permanent suspension; account no longer accessible"),
    (X6, "no action", "", "Not in violation of the X Rules or local law"),
    (X7, "withheld", "KR", ""),
    (X8, "removed", "global", ""),
    (X9, "removed", "global", ""),
    (X10, "not found", "", "Post deleted by the account holder"),
    (X11, "not found", "", "No post exists at this URL"),
    (X12, "withheld", "KR", ""),
]


def csv_text(rows):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


case(name="x-csv-attachment-all-twelve", outcome="applied", classification="confirmation",
     imitates="X legal batch response with a per-URL outcome spreadsheet attached (CSV)",
     why="the CSV gives one row per requested URL with its action; all twelve items of the largest request change",
     **{"from": "legalrequests@x.com"}, name_from="X Corp. Legal",
     date=d("2024-09-11 03:00:02"), reply_to_req=REQ["KCSC-240902-01"],
     subject="Re: [KCSC-240902-01] Final response - per-URL outcomes attached",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="==x-b154-csv=="

--==x-b154-csv==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

This is our final response to request KCSC-240902-01 (12 URLs). The
attached file lists the outcome for each reported URL.

Regards,
X Corp. Legal

--==x-b154-csv==
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcomes.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcomes.csv"
Content-Transfer-Encoding: base64

{b64(csv_text(X_CSV_ROWS))}
--==x-b154-csv==--
""",
     items={X1: "restricted", X2: "restricted", X3: "removed", X4: "removed", X5: "removed",
            X6: "rejected", X7: "restricted", X8: "removed", X9: "removed", X10: "not_found",
            X11: "not_found", X12: "restricted"})

case(name="x-top-posted-over-gmail-quote", outcome="applied", classification="confirmation",
     imitates="X legal employee's top-posted reply above the Gmail-quoted original request",
     why="only the two URLs written above the quote are spoken about: one withheld in Korea, one kept up with a reason; the quoted list changes nothing",
     **{"from": "sam.okafor@x.com"}, name_from="Sam Okafor",
     date=d("2024-09-12 07:31:45"), reply_to_req=REQ["KCSC-240902-01"],
     subject="Re: [KCSC-240902-01] Request to remove illegal content",
     body=f"""Hi,

A short update on two of the posts.

{X12} has now been withheld in South Korea.

{X7} stays up: our review found that it does not
break the X Rules, and our legal team concluded that it is not unlawful
under the provisions your letter cites.

Best,
Sam
X Legal

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(X_REQUEST_TEXT)}
""", items={X12: "restricted", X7: "rejected"})

case(name="x-base64-removed-pair", outcome="applied", classification="confirmation",
     imitates="X Legal plain-text response sent with a base64 transfer encoding",
     why="two posts named one per line under 'have been removed for violating our policy'",
     **{"from": "legalrequests@x.com"}, name_from="X Corp. Legal",
     date=d("2024-09-08 04:18:27"), reply_to_req=REQ["KCSC-240902-01"],
     subject="Re: [KCSC-240902-01] fakeid_store",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""Hello,

Further to request KCSC-240902-01, the following posts from the
fakeid_store account have been removed for violating our policy on
illegal or certain regulated goods and services:

{X8}
{X9}

X Corp. Legal
"""), items={X8: "removed", X9: "removed"})

case(name="yt-legal-removed-and-blocked-kr", outcome="applied", classification="confirmation",
     imitates="YouTube Legal Support outcome letter: removed for Community Guidelines / blocked in a country under local law",
     why="one video under 'Removed from YouTube', one under 'Blocked from view in South Korea'",
     **{"from": "youtube-legal-kr@google.com"}, name_from="YouTube Legal Support",
     date=d("2024-09-06 05:02:11"), reply_to_req=REQ["KCSC-240903-02"],
     subject="Re: [KCSC-240903-02] Legal removal request - YouTube",
     body=f"""Hello,

Thanks for contacting YouTube. We reviewed the content identified in
your request and have taken the following action.

Removed from YouTube for violating our Community Guidelines:
{Y1}

Blocked from view in South Korea based on local law:
{Y2}

We will follow up on the other URLs in your request in a separate email.

Sincerely,
The YouTube Legal Team
""", items={Y1: "removed", Y2: "restricted"})

case(name="yt-age-restricted-channel-terminated", outcome="applied", classification="confirmation",
     imitates="YouTube Trust & Safety reply: video age-restricted, channel terminated",
     why="age restriction is 'restricted'; a terminated channel is removed",
     **{"from": "youtube-legal-kr@google.com"}, name_from="YouTube Legal Support",
     date=d("2024-09-07 02:47:39"), reply_to_req=REQ["KCSC-240903-02"],
     subject="Re: [KCSC-240903-02] Legal removal request - YouTube",
     body=f"""Hi there,

We have reviewed two of the items you flagged.

The video at {Y3} has been age-restricted. It can
now be watched only by signed-in viewers aged 18 or over.

The channel {Y4} has been terminated for
repeated violations of our spam, deceptive practices and scams policies.

You can read more about age restrictions here:
https://support.google.com/youtube/answer/2802167

Regards,
YouTube Trust & Safety
""", items={Y3: "restricted", Y4: "removed"})

case(name="yt-no-violation-and-uploader-deleted", outcome="applied", classification="confirmation",
     imitates="YouTube legal decision declining action with reasons, plus a video already removed by its uploader",
     why="the channel stays available because no violation was found (rejected); the video was removed by its uploader before review (not_found)",
     **{"from": "youtube-legal-kr@google.com"}, name_from="YouTube Legal Support",
     date=d("2024-09-09 06:12:00"), reply_to_req=REQ["KCSC-240903-02"],
     subject="Re: [KCSC-240903-02] Decision on remaining items",
     body=f"""Hello,

Re: {Y4}
After careful review we did not find a violation of our Community
Guidelines, nor grounds to block the channel under the local law you
cited. The channel remains available.

Re: {Y1}
This video had been removed by the uploader before our review, so there
was nothing for us to act on.

Kind regards,
YouTube Legal Support
""", items={Y4: "rejected", Y1: "not_found"})

YT_QP_TEXT = f"""Hi,

Thank you for your report about content on YouTube (reference KCSC-240903-02). We wanted to let you know the outcome of our review.

The video {Y2} has been actioned under our policies.
The video {Y3} has been actioned under our policies.

We appreciate you taking the time to report content that may violate our policies. Reports like yours help keep the YouTube community safe.

- The YouTube Team

This email was sent to you because you submitted a report to YouTube. (c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""

case(name="yt-actioned-quoted-printable", outcome="applied", classification="confirmation",
     imitates="YouTube automated report-outcome email ('has been actioned under our policies'), quoted-printable with long lines",
     why="each video named in its own sentence with the platform's configured removal phrase",
     **{"from": "no-reply@youtube.com"}, name_from="YouTube",
     date=d("2024-09-10 11:59:21"),
     subject="Update on your YouTube report KCSC-240903-02",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(YT_QP_TEXT),
     items={Y2: "removed", Y3: "removed"})

case(name="yt-top-posted-gmail-quote", outcome="applied", classification="confirmation",
     imitates="YouTube legal specialist's short dash list above the Gmail-quoted request",
     why="channel terminated (removed) and a video ID that does not exist (not_found); the quoted request below names all four",
     **{"from": "minjun.choi@google.com"}, name_from="Minjun Choi",
     date=d("2024-09-11 08:20:14"), reply_to_req=REQ["KCSC-240903-02"],
     subject="Re: [KCSC-240903-02] Legal removal request - YouTube",
     body=f"""Hello,

An update on two of the URLs:

- {Y4} - channel terminated (spam, deceptive
  practices and scams policy)
- {Y3} - we could not find a video at this URL;
  the video ID does not exist

Regards,
Minjun
YouTube Legal, Seoul

On Tue, 3 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(YT_REQUEST_TEXT)}
""", items={Y4: "removed", Y3: "not_found"})

case(name="meta-restricted-kr-wrapped-url", outcome="applied", classification="confirmation",
     imitates="Meta 'content restricted based on local law' response to a government report, with a mail-client wrapped URL",
     why="two Facebook posts restricted in Korea (the first URL wrapped after 'posts/' by the sender's client) and one Instagram post removed globally",
     **{"from": "legal-requests@meta.com"}, name_from="Meta Content Restrictions",
     date=d("2024-09-06 08:30:00"), reply_to_req=REQ["KCSC-240904-03"],
     subject="Re: [KCSC-240904-03] Report of content violating local law",
     body=f"""Hello,

We have reviewed your report, reference KCSC-240904-03.

Based on local law, we have restricted access in South Korea to the
following content:

* https://www.facebook.com/groups/1029384756102938/posts/
5647382910564738/
* {M2}

We also found that {M3} goes against our
Community Standards on restricted goods and services, and we removed it
from Instagram.

Thanks,
Meta Content Restrictions team
""", items={M1: "restricted", M2: "restricted", M3: "removed"})

case(name="ig-angle-bracket-urls", outcome="applied", classification="confirmation",
     imitates="Instagram report-outcome email ('We removed the reel you reported'), plain text with <URL> links",
     why="a reel removed and an account disabled, each URL in angle brackets; the help-centre link is no item",
     **{"from": "no-reply@instagram.com"}, name_from="Instagram",
     date=d("2024-09-08 13:44:50"), reply_to_req=REQ["KCSC-240904-03"],
     subject="Update on your report (KCSC-240904-03)",
     body=f"""Hi KCSC,

Thanks for your report. We removed the reel you reported
<{M4}> because it goes against our Community
Guidelines on regulated goods.

We also disabled the account <{M5}> for
repeated violations of the same guidelines.

Learn more about our Community Guidelines:
<https://help.instagram.com/477434105621119>

Instagram
Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""", items={M4: "removed", M5: "removed"})

case(name="meta-notice-of-decision-dsa-layout", outcome="applied", classification="confirmation",
     imitates="Meta notice of decision laid out like a DSA Article 17 statement of reasons (content, decision, ground, how decided, redress)",
     why="item 1 no action with a reason (rejected); item 2 access restricted in Korea (restricted)",
     **{"from": "legal-requests@meta.com"}, name_from="Meta Content Restrictions",
     date=d("2024-09-10 04:05:17"), reply_to_req=REQ["KCSC-240904-03"],
     subject="Notice of our decision - KCSC-240904-03",
     body=f"""Notice of our decision on your report
Reference: KCSC-240904-03

Item 1
Content: {M3}
Decision: No action taken
Reason: Our review did not find that this content breaches the Instagram
Community Guidelines or the local law cited in your report.

Item 2
Content: {M1}
Decision: Access restricted in the Republic of Korea
Legal ground: local law (Republic of Korea)
How this decision was made: human review

Your options
If you disagree with a decision you can ask us to look at it again by
replying to this email. Information about out-of-court dispute
settlement is available at https://transparency.meta.com/dispute-settlement

Meta Platforms Ireland Limited
""", items={M3: "rejected", M1: "restricted"})

case(name="meta-outlook-original-message", outcome="applied", classification="confirmation",
     imitates="Meta legal reply from Outlook above an unindented '-----Original Message-----' copy of the request",
     why="above the original message: one post removed, one account left up with a reason; the unquoted original lists all five and says nothing about outcomes",
     **{"from": "legal-requests@meta.com"}, name_from="Priya Raman",
     date=d("2024-09-12 02:16:08"), reply_to_req=REQ["KCSC-240904-03"],
     subject="RE: [KCSC-240904-03] Report of content violating local law",
     body=f"""Hi,

The Facebook post at {M2} is no longer available on
Facebook: we removed it for violating our Community Standards.

We have not taken action on {M5}. Our review did not
find that the account violates our policies or the Korean law cited.

Best regards,
Priya Raman
Content Regulation, Meta

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:00 AM
To: legal-requests@meta.com
Subject: [KCSC-240904-03] Report of content violating local law

{META_REQUEST_TEXT}""", items={M2: "removed", M5: "rejected"})

case(name="tiktok-statement-of-reasons-two-videos", outcome="applied", classification="confirmation",
     imitates="TikTok DSA-style statement of reasons sent to the notifier, one block per video",
     why="two blocks each with Content URL and Decision: video removed",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
     date=d("2024-09-07 10:10:10"), reply_to_req=REQ["KCSC-240905-04"],
     subject="Re: [KCSC-240905-04] Statement of reasons",
     body=f"""Hello,

Following your notice (KCSC-240905-04), here is our statement of reasons
for each video we acted on.

--------------------------------------------------
Content: {T1}
Decision: Video removed
Territorial scope: global
Ground: violation of the Community Guidelines (gambling)
Automated detection used: no
Automated decision: no
--------------------------------------------------
Content: {T2}
Decision: Video removed
Territorial scope: global
Ground: violation of the Community Guidelines (gambling)
Automated detection used: no
Automated decision: no
--------------------------------------------------

The creator has been informed and may appeal in the app.

TikTok Trust & Safety
""", items={T1: "removed", T2: "removed"})

case(name="tiktok-restricted-kr-and-not-found", outcome="applied", classification="confirmation",
     imitates="TikTok legal response: video restricted in the notifier's country under local law, another link leads to no video",
     why="one video made unavailable in South Korea (restricted), the other link leads to no existing video (not_found)",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
     date=d("2024-09-09 07:45:00"), reply_to_req=REQ["KCSC-240905-04"],
     subject="Re: [KCSC-240905-04] Removal request",
     body=f"""Dear KCSC,

Thank you for your request.

The video {T3} has been made unavailable
in South Korea under local law.

The link {T2} does not lead to an
existing video (error: video not found), so no action was possible.

Best regards,
TikTok Trust & Safety
""", items={T3: "restricted", T2: "not_found"})

case(name="tiktok-bilingual-korean-particles", outcome="applied", classification="confirmation",
     imitates="TikTok Korea team reply in English and Korean, URLs followed directly by Korean particles",
     why="both languages say the same: T1 removed, T3 restricted in Korea; the Korean lines attach 은/에 straight to the URLs",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Korea",
     date=d("2024-09-12 06:00:00"), reply_to_req=REQ["KCSC-240905-04"],
     subject=Header("Re: [KCSC-240905-04] 처리 결과 안내 / Outcome of your request", "utf-8").encode(),
     body=f"""Dear KCSC,

[English]
The video {T1} has been removed for
violating our Community Guidelines on gambling.
The video {T3} has been restricted in
Korea under local law.

[한국어]
{T1}은 커뮤니티 가이드라인(도박) 위반으로 삭제되었습니다.
{T3}에 대해서는 현지 법률에 따라 국내 접근 제한 조치를 하였습니다.

TikTok Korea 드림
""", items={T1: "removed", T3: "restricted"})

case(name="reddit-safety-removed-both-named", outcome="applied", classification="confirmation",
     imitates="Reddit Legal/Safety reply: reported content removed under the Content Policy, account suspended",
     why="both posts named one per line under 'removed the following'",
     **{"from": "legal-noreply@reddit.com"}, name_from="Reddit Legal",
     date=d("2024-09-09 18:03:44"), reply_to_req=REQ["KCSC-240906-05"],
     subject="Re: [KCSC-240906-05] Notice of illegal content",
     body=f"""Hi there,

Thank you for your notice (KCSC-240906-05). Reddit's Safety team reviewed
the content and removed the following for violating Reddit's Content
Policy (Rule 8, illegal transactions):

{R1}
{R2}

The account that made the second post has been permanently suspended.

- Reddit Legal
""", items={R1: "removed", R2: "removed"})

case(name="reddit-arrow-status-lines", outcome="applied", classification="confirmation",
     imitates="Reddit report-results email with each URL followed by an arrow line giving its result",
     why="one post removed by admins, the other deleted by its author before review",
     **{"from": "noreply@redditmail.com"}, name_from="Reddit",
     date=d("2024-09-11 15:30:00"),
     subject="Results of your report - KCSC-240906-05",
     body=f"""Results of your report

{R1}
  -> Removed by Reddit admins

{R2}
  -> Deleted by its author before review; nothing left to action

Thanks for helping keep Reddit safe.
Reddit, Inc. - 303 2nd St, South Tower, 5th Floor, San Francisco, CA 94107
""", items={R1: "removed", R2: "not_found"})

case(name="discord-invite-invalid", outcome="applied", classification="confirmation",
     imitates="Discord Trust & Safety ticket reply: reported invite is invalid or expired",
     why="the only requested URL cannot be resolved to any server: not_found (the offer to file a new report asks nothing)",
     **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
     date=d("2024-09-11 20:14:03"), reply_to_req=REQ["KCSC-240909-06"],
     subject="Re: [KCSC-240909-06] Illegal gambling server",
     body=f"""Hello,

Thank you for reaching out. The invite link you reported,
{D1}, is invalid or has expired, and we were not able
to identify a server from it.

If you come across this community again, you are welcome to send us a
new report with message links or a server ID:
https://dis.gd/request

Sincerely,
Discord Trust & Safety
""", items={D1: "not_found"})

case(name="discord-server-removed-sole", outcome="applied", classification="confirmation",
     imitates="Discord Trust & Safety reply saying the reported server was removed, naming no URL",
     why="the reply in the thread of a one-item request says the reported server was removed: applies to that item",
     **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
     date=d("2024-09-12 21:40:31"), reply_to_req=REQ["KCSC-240909-06"],
     subject="Re: [KCSC-240909-06] Illegal gambling server",
     body="""Hello,

Thank you for your report. We investigated the server you reported and
have removed it from Discord for violating our Community Guidelines. We
have also taken action against the accounts that ran it.

We appreciate your help in keeping Discord safe.

Sincerely,
Discord Trust & Safety
""", items={D1: "removed"})

case(name="twitch-channel-suspended-vod-deleted", outcome="applied", classification="confirmation",
     imitates="Twitch law-enforcement response team reply: channel indefinitely suspended, past broadcast deleted",
     why="the channel can no longer be viewed and the VOD was deleted: both removed",
     **{"from": "ler@twitch.tv"}, name_from="Twitch Law Enforcement Response",
     date=d("2024-09-12 16:25:00"), reply_to_req=REQ["KCSC-240910-07"],
     subject="Re: [KCSC-240910-07] Unlicensed gambling streams",
     body=f"""Hello,

We have reviewed your request.

The channel {W1} has been suspended indefinitely
and can no longer be viewed.

The past broadcast {W2} has been deleted.

Thank you,
Twitch Law Enforcement Response
""", items={W1: "removed", W2: "removed"})

case(name="twitch-vod-no-violation", outcome="applied", classification="confirmation",
     imitates="Twitch reply declining to remove a VOD that does not violate the Community Guidelines",
     why="the VOD stays up because no rule is broken (rejected); the channel is only mentioned by name, with no statement",
     **{"from": "ler@twitch.tv"}, name_from="Twitch Law Enforcement Response",
     date=d("2024-09-13 17:02:45"), reply_to_req=REQ["KCSC-240910-07"],
     subject="Re: [KCSC-240910-07] Unlicensed gambling streams",
     body=f"""Hello,

We reviewed the past broadcast {W2} and found that
it does not violate Twitch's Community Guidelines, so we will not be
removing it.

For the channel slotsnight_kr, please refer to our earlier reply.

Thank you,
Twitch Law Enforcement Response
""", items={W2: "rejected"})

# ======================= REVIEW ==========================================

case(name="x-promise-will-withhold", outcome="review", review="not_understood",
     imitates="X Legal interim reply promising to withhold content once the legal assessment is complete",
     why="'will be withheld once ... complete' is a promise, not a statement: the named posts stay pending",
     **{"from": "legalrequests@x.com"}, name_from="X Corp. Legal",
     date=d("2024-09-04 03:11:12"), reply_to_req=REQ["KCSC-240902-01"],
     subject="Re: [KCSC-240902-01] Request to remove illegal content",
     body=f"""Hello,

Thank you for request KCSC-240902-01, which has been escalated to our
legal team.

The posts {X1} and
{X2} will be withheld in South Korea once our
legal assessment is complete, which we expect within five business
days.

Regards,
X Corp. Legal
""", items={X1: "pending", X2: "pending"})

case(name="yt-hedge-and-under-review", outcome="review", review="not_understood",
     imitates="YouTube legal interim reply with a hedged 'appears to have been removed' and 'under review'",
     why="'appears to have been removed' is a hedge and 'under review' is no outcome: both videos stay pending",
     **{"from": "youtube-legal-kr@google.com"}, name_from="YouTube Legal Support",
     date=d("2024-09-05 01:55:40"), reply_to_req=REQ["KCSC-240903-02"],
     subject="Re: [KCSC-240903-02] Legal removal request - YouTube",
     body=f"""Hello,

A quick status update on your request.

{Y1} appears to have been removed already,
possibly by the uploader; we are checking our records.

{Y2} is under review by our legal team.

We will be in touch.

YouTube Legal Support
""", items={Y1: "pending", Y2: "pending"})

case(name="meta-bulk-all-restricted", outcome="review", review="bulk",
     imitates="Meta reply stating that all reported content was restricted, without listing it",
     why="a statement about all five items of a five-item request, naming none",
     **{"from": "legal-requests@meta.com"}, name_from="Meta Content Restrictions",
     date=d("2024-09-09 09:09:09"), reply_to_req=REQ["KCSC-240904-03"],
     subject="Re: [KCSC-240904-03] Report of content violating local law",
     body="""Hello,

We have reviewed the five pieces of content in your report
KCSC-240904-03 and restricted access to all of them in South Korea based
on local law.

Thanks,
Meta Content Restrictions team
""", items={u: "pending" for u in MS})

case(name="reddit-bulk-both-removed", outcome="review", review="bulk",
     imitates="Reddit admin reply 'we removed both posts' without naming them",
     why="'both of the posts' covers a two-item request without naming either",
     **{"from": "legal-noreply@reddit.com"}, name_from="Reddit Legal",
     date=d("2024-09-10 19:44:00"), reply_to_req=REQ["KCSC-240906-05"],
     subject="Re: [KCSC-240906-05] Notice of illegal content",
     body="""Hi,

Thanks for the notice. We have removed both of the posts you reported for
violating Rule 8 of our Content Policy.

- Reddit Legal
""", items={R1: "pending", R2: "pending"})

case(name="x-auth-fail-removed", outcome="review", review="untrusted",
     imitates="X Legal template sent from x.com but failing DKIM/SPF/DMARC",
     why="the From is x.com but authentication fails: nothing applies",
     **{"from": "legalrequests@x.com"}, name_from="X Corp. Legal", auth="fail",
     date=d("2024-09-06 12:00:00"),
     subject="X Corp. response to KCSC-240902-01",
     body=f"""Hello,

The post {X6} has been removed for violating our
rules on illegal or certain regulated goods and services.

Regards,
X Corp. Legal
""", items={X6: "pending"})

case(name="yt-gmail-impersonator", outcome="review", review="unknown_sender",
     imitates="Look-alike 'YouTube Legal Support' message sent from a free-mail address",
     why="gmail.com is no platform's domain: an unknown sender naming our request and a URL",
     **{"from": "yt.legal.desk.kr@gmail.com"}, name_from="YouTube Legal Support",
     date=d("2024-09-06 14:30:00"),
     subject="Re: KCSC-240903-02 legal removal",
     body=f"""Dear KCSC,

We confirm that {Y1} has been removed from
YouTube following your request KCSC-240903-02.

YouTube Legal Support
""", items={Y1: "pending"})

case(name="snap-about-tiktok-link", outcome="review", review="wrong_platform",
     imitates="Snap law-enforcement operations reply saying a link is not Snapchat content",
     why="Snap states not_found for a TikTok item: a platform speaking about another platform's item",
     **{"from": "leo@snap.com"}, name_from="Snap Law Enforcement Operations",
     date=d("2024-09-08 22:10:00"),
     subject="Re: KCSC-240905-04 Removal request",
     body=f"""Hello,

Thank you for your notice. We searched for the content at
{T1} and could not find it on Snapchat.
This link does not point to a Snap service; please direct your request
to the relevant provider.

Snap Law Enforcement Operations
""", items={T1: "pending"})

case(name="reddit-asks-legal-basis", outcome="review", review="asks_more", classification="request_for_info",
     imitates="Reddit Legal asking for the legal provision and a copy of the order before acting",
     why="asks for documents before evaluating the named post; nothing stated about it",
     **{"from": "legal-noreply@reddit.com"}, name_from="Reddit Legal",
     date=d("2024-09-09 02:00:00"), reply_to_req=REQ["KCSC-240906-05"],
     subject="Re: [KCSC-240906-05] Additional information needed",
     body=f"""Hi,

Before we can evaluate {R1}, please send us:

1. the specific provision of Korean law the content is said to violate;
2. a copy of the Commission's decision or order about this content.

Once we receive this we will complete our review.

- Reddit Legal
""", items={R1: "pending"})

case(name="snap-generic-outcome-no-claims", outcome="review", review="no_claims",
     imitates="Snap Trust & Safety generic 'we have taken appropriate action' outcome email with no reference",
     why="trusted platform mail that names no item and no request of ours",
     **{"from": "safety-noreply@snapchat.com"}, name_from="Snapchat Support",
     date=d("2024-09-13 03:33:00"),
     subject="Your report to Snapchat",
     body="""Hello,

We have completed our review of your recent report and have taken action
as appropriate under our Community Guidelines. For privacy reasons we
cannot share details of the specific action taken.

Thanks for helping keep Snapchat safe.

Snapchat Support
""")

case(name="tiktok-conditional-counter-notice", outcome="review", review="not_understood",
     imitates="TikTok reply describing a conditional removal pending the creator's counter-notice",
     why="removal depends on no counter-notice arriving; the other video is under review: both stay pending",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
     date=d("2024-09-10 08:08:08"), reply_to_req=REQ["KCSC-240905-04"],
     subject="Re: [KCSC-240905-04] Removal request",
     body=f"""Dear KCSC,

We have notified the creator of {T3}.
If no valid counter-notice is received within 7 days, the video will be
removed from TikTok.

{T2} is still under review.

TikTok Trust & Safety
""", items={T3: "pending", T2: "pending"})

case(name="ig-may-have-been-deleted", outcome="review", review="not_understood",
     imitates="Instagram reply hedging that a reel may have been deleted by its owner and promising a later review",
     why="'may have been deleted ... unable to confirm' is a hedge and 'we'll review' a promise",
     **{"from": "no-reply@instagram.com"}, name_from="Instagram",
     date=d("2024-09-10 10:10:10"), reply_to_req=REQ["KCSC-240904-03"],
     subject="Update on your report (KCSC-240904-03)",
     body=f"""Hi KCSC,

The reel {M4} may have been deleted by the
person who shared it; we are unable to confirm this at the moment.

We'll review the account {M5} against local law
and let you know what we decide.

Instagram
""", items={M4: "pending", M5: "pending"})

# ======================= IGNORED =========================================

case(name="x-out-of-office", outcome="ignored", classification="auto_reply",
     imitates="Outlook 'Automatic reply' out-of-office message from an X legal employee",
     why="out-of-office auto-reply with Auto-Submitted: auto-replied",
     **{"from": "hana.lee@x.com"}, name_from="Hana Lee",
     date=d("2024-09-02 01:00:31"), reply_to_req=REQ["KCSC-240902-01"],
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     subject="Automatic reply: [KCSC-240902-01] Request to remove illegal content",
     body="""Thank you for your message. I am out of the office until Monday
16 September with no access to email.

For urgent legal requests please use the X legal request portal:
https://legalrequests.x.com

Hana Lee
""")

YT_BOUNCE = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000b154dsn"

--00000000000b154dsn
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to legal-kr-old@google.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--00000000000b154dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 03 Sep 2024 02:00:04 -0000

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; aspmx.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--00000000000b154dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: [KCSC-240903-02] Legal removal request - YouTube
Date: Tue, 03 Sep 2024 11:00:00 +0900
Message-ID: <{REQ["KCSC-240903-02"]}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{YT_REQUEST_TEXT}
--00000000000b154dsn--
"""

case(name="yt-dsn-address-not-found", outcome="ignored", classification="bounce",
     imitates="Gmail 'Address not found' delivery status notification returning the request",
     why="a DSN; the returned request lists the URLs but states nothing",
     **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
     date=d("2024-09-03 02:00:05"),
     subject="Delivery Status Notification (Failure)",
     raw_mime=YT_BOUNCE, items={u: "pending" for u in YS})

META_MDN = """Content-Type: multipart/report; report-type=disposition-notification; boundary="----b154mdn"

------b154mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-requests@meta.com
  Subject: [KCSC-240904-03] Report of content violating local law
  Sent: Wednesday, September 4, 2024 10:00:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 11:42:19 AM (UTC+09:00) Seoul.

------b154mdn
Content-Type: message/disposition-notification

Reporting-UA: legal-requests@meta.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal-requests@meta.com
Original-Message-ID: <kcsc-240904-03.req@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------b154mdn--
"""

case(name="meta-read-receipt", outcome="ignored", classification="read_receipt",
     imitates="Exchange/Outlook read receipt (MDN) for the request",
     why="a read receipt says nothing about any item",
     **{"from": "legal-requests@meta.com"}, name_from="Meta Content Restrictions",
     date=d("2024-09-04 02:42:19"), reply_to_req=REQ["KCSC-240904-03"],
     subject="Read: [KCSC-240904-03] Report of content violating local law",
     raw_mime=META_MDN)

case(name="tiktok-ticket-receipt", outcome="ignored", classification="acknowledgement",
     imitates="TikTok automated receipt for a legal/illegal-content report with a ticket ID",
     why="pure acknowledgement: report received, ticket created, to be reviewed",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok",
     date=d("2024-09-05 00:31:02"), reply_to_req=REQ["KCSC-240905-04"],
     extra_headers=["Auto-Submitted: auto-generated"],
     subject="We've received your report [Ticket 7409-55821]",
     body="""Hi,

We've received your report about content on TikTok.

Ticket ID: 7409-55821

Our team will review it and get back to you by email. Please keep the
ticket ID in the subject line of any reply so we can find your case.

TikTok
""")

case(name="reddit-zendesk-receipt-echo", outcome="ignored", classification="acknowledgement",
     imitates="Reddit help-desk (Zendesk-style) 'Your request has been received' receipt echoing the submitted report",
     why="receipt only; the echoed report lists the URLs but says nothing about their status",
     **{"from": "noreply@reddit.com"}, name_from="Reddit Help",
     date=d("2024-09-06 01:05:40"), reply_to_req=REQ["KCSC-240906-05"],
     extra_headers=["Auto-Submitted: auto-generated"],
     subject="[Reddit Help] Re: [KCSC-240906-05] Notice of illegal content",
     body=f"""##- Please type your reply above this line -##

Your request (#11920374) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 6, 2024, 10:00 GMT+9

Dear Reddit,

Under Article 44-7 of the Information and Communications Network Act we
request the removal of the following posts (reference KCSC-240906-05):

{R1}
{R2}

KCSC Takedown team

----------------------------------------------
This email is a service from Reddit Help.
""", items={R1: "pending", R2: "pending"})

case(name="twitch-automated-receipt", outcome="ignored",
     imitates="Twitch automated response confirming a message was received by the law-enforcement mailbox",
     why="automated receipt: no item, no outcome",
     **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
     date=d("2024-09-10 01:00:12"), reply_to_req=REQ["KCSC-240910-07"],
     extra_headers=["Auto-Submitted: auto-replied"],
     subject="Re: [KCSC-240910-07] Unlicensed gambling streams",
     body="""This is an automated response to confirm that we received your message.

Requests are handled in the order received. You do not need to send your
request again.

Twitch Law Enforcement Response
""")

case(name="yt-legal-form-acknowledgement", outcome="ignored", classification="acknowledgement",
     imitates="Google/YouTube legal webform 'Thanks for your submission' confirmation with a case ID",
     why="pure acknowledgement with a case ID; 'we will review' is about the whole submission",
     **{"from": "legal-support-noreply@google.com"}, name_from="Google Legal Support",
     date=d("2024-09-03 02:05:00"), reply_to_req=REQ["KCSC-240903-02"],
     subject="[2-1834500029371] Thanks for your submission",
     body="""Hello,

Thanks for your submission. We've received your legal request and we'll
review it. Your case ID is 2-1834500029371.

Please keep this ID in the subject line if you write to us about this
request. We may contact you if we need more information.

Google Legal Support
""")


HEADER = """# Blind set 154: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch; Snapchat as a stranger). Written by
# tests/corpus/blind154/make.py from the meaning of each email, before any
# run of the reader. Each case is judged alone on a fresh ledger."""


if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind154", HEADER, CASES)
    n = len(CASES)
    by = {}
    for c in CASES:
        by[c["outcome"]] = by.get(c["outcome"], 0) + 1
    print(f"{n} cases: {by}")
