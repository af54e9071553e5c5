#!/usr/bin/env python3
"""Blind set 100: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Tumblr, plus LinkedIn and Vimeo as senders only).

    python3 tests/corpus/blind100/make.py

Writes requests.csv, cases/*.eml and expected.toml from the lists below.
Deterministic: no clock, no randomness. Every email was written in our own
words, imitating the kind of notice named in its `imitates` field; all
accounts, ids and URLs are fictional. Expected results were written from
each email's meaning alone, before the reader was ever run on this set.
"""
import base64
import csv
import io
import os
import sys
from datetime import datetime
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind100"


def d(s):
    """'2024-09-12 09:14:31 +0000' -> RFC 5322 date with the right weekday."""
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z"))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
# X, 12 items (the largest request)
X1 = "https://x.com/harbor_lights_kr/status/1830412296637440101"
X2 = "https://x.com/harbor_lights_kr/status/1830419984102318322"
X3 = "https://x.com/mint_alley_09/status/1830527715390877923"
X4 = "https://x.com/mint_alley_09/status/1830533208866259014"
X5 = "https://x.com/greyfox_daily/status/1830601137745022405"
X6 = "https://x.com/greyfox_daily"
X7 = "https://x.com/pebble_yard/status/1830688450921375006"
X8 = "https://x.com/pebble_yard/status/1830690013377642807"
X9 = "https://x.com/lantern_post_kr/status/1830745566012234508"
X10 = "https://x.com/lantern_post_kr/status/1830752291845509909"
X11 = "https://x.com/quietwave_77/status/1830868133407701010"
X12 = "https://x.com/quietwave_77/status/1830871920145584211"
# YouTube, 4 items
V1 = "https://www.youtube.com/watch?v=Qm3tV8xLp2A"
V2 = "https://www.youtube.com/watch?v=b7WnR0kZs4E"
V3 = "https://www.youtube.com/shorts/Hx5cJ9uYt1M"
V4 = "https://www.youtube.com/@velvetcorner_tv"
# Meta, 5 items
M1 = "https://www.instagram.com/p/C9xQw2LmT4a/"
M2 = "https://www.instagram.com/p/C9yRk7NpV2b/"
M3 = "https://www.instagram.com/reel/C9zSt5HqW8c/"
M4 = "https://www.facebook.com/groups/stonebridge.market/posts/8812034455120931/"
M5 = "https://www.facebook.com/profile.php?id=100093318821457"
# TikTok, 3 items
T1 = "https://www.tiktok.com/@sunnyreel_kr/video/7412093385120045313"
T2 = "https://www.tiktok.com/@sunnyreel_kr/video/7412098817730126594"
T3 = "https://www.tiktok.com/@dusk_market22/video/7412551902774410526"
# Reddit, 2 items
R1 = "https://www.reddit.com/r/koreanfinds/comments/1fh2k9q/weekly_deals_thread/"
R2 = "https://www.reddit.com/r/seoulnightlife/comments/1fi7m3x/"
# Discord, 2 items
D1 = "https://discord.gg/q7MkTz4R"
D2 = "https://discord.com/channels/1178203344901122048/1178203345626550302/1285530011223490560"
# Tumblr, 1 item
B1 = "https://www.tumblr.com/paperlantern-archive/760221334455667788"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, thread id, note, urls
    ("KCSC-240902-01", "x", "2024-09-02T10:20:00+09:00", "2024-09-09T23:59:59+09:00",
     "illegal_gambling", "kcsc.req.240902.01", "gambling promotion accounts",
     [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]),
    ("KCSC-240903-02", "youtube", "2024-09-03T14:05:00+09:00", "2024-09-10T23:59:59+09:00",
     "drugs", "kcsc.req.240903.02", "drug sale videos and channel", [V1, V2, V3, V4]),
    ("KCSC-240904-03", "meta", "2024-09-04T11:40:00+09:00", "2024-09-11T23:59:59+09:00",
     "counterfeit_goods", "kcsc.req.240904.03", "Instagram posts and Facebook group post",
     [M1, M2, M3, M4, M5]),
    ("KCSC-240905-04", "tiktok", "2024-09-05T16:30:00+09:00", "2024-09-12T23:59:59+09:00",
     "privacy", "kcsc.req.240905.04", "videos exposing personal data", [T1, T2, T3]),
    ("KCSC-240909-05", "reddit", "2024-09-09T09:50:00+09:00", "2024-09-16T23:59:59+09:00",
     "illegal_gambling", "kcsc.req.240909.05", "", [R1, R2]),
    ("KCSC-240910-06", "discord", "2024-09-10T13:15:00+09:00", "2024-09-17T23:59:59+09:00",
     "obscene", "kcsc.req.240910.06", "server invite and one message", [D1, D2]),
    ("KCSC-240911-07", "tumblr", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00",
     "defamation", "kcsc.req.240911.07", "", [B1]),
]
THREAD = {r[0]: r[5] for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, tid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, tid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, who="KCSC Takedown <takedown@kcsc.example>", when="Tue, Sep 3, 2024 at 2:05 PM"):
    """The regulator's own request, quoted Gmail-style below a reply."""
    lines = [f"On {when} {who} wrote:",
             f"> Dear colleagues,",
             f">",
             f"> Reference: {ref}",
             f"> The Korea Communications Standards Commission requests the removal of",
             f"> the following content, which violates Korean law:",
             f">"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">", "> Please tell us the action taken for each item.", ">", "> KCSC Takedown Team"]
    return "\n".join(lines)


CASES = []


def case(**c):
    CASES.append(c)


# ====================================================================== X
case(
    name="x-legal-withheld-and-kept",
    from_="legal-notices@x.com", name_from="X Legal",
    date=d("2024-09-06 07:42:10 +0000"),
    subject="Re: [KCSC-240902-01] Request to remove content from X",
    reply_to_req=THREAD["KCSC-240902-01"],
    body=f"""Hello,

Thank you for contacting X about the request referenced above. Our team
reviewed each reported post against the X Rules and the Korean law cited
in your letter.

Following that review, we have withheld access to the posts below in the
Republic of Korea. They stay visible to people outside Korea.

  - {X1}
  - {X2}
  - {X3}
  - {X4}

We did not find that the following posts violate the X Rules or the cited
law, and they remain available on X:

  - {X9}
  - {X10}

Where permitted, we have told the account holders about this request. A
copy of the request may be sent to Lumen (https://lumendatabase.org).

Regards,
X Legal
Case 0194-KR-557201
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome to a government requester (withheld in country / no action)",
    why="four posts withheld in Korea, two left up as not violating",
    items={X1: "restricted", X2: "restricted", X3: "restricted", X4: "restricted",
           X9: "rejected", X10: "rejected"},
)

case(
    name="x-account-suspended",
    from_="support@x.com", name_from="X Support",
    date=d("2024-09-04 02:15:44 +0000"),
    subject="Case# 0194-KR-557318: account you reported",
    body=f"""Hi KCSC Takedown,

We're writing about the account you reported to us under reference
KCSC-240902-01: @greyfox_daily ({X6}).

We reviewed the account and suspended it for breaking our rules on
illegal and regulated goods and services. A suspended account and its
posts can no longer be seen by anyone on X.

You can read more about our enforcement options here:
https://help.x.com/en/rules-and-policies/enforcement-options

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X Support report-outcome email (account suspended)",
    why="the reported account itself was suspended: gone for everyone, so removed",
    items={X6: "removed"},
)

case(
    name="x-html-results-table",
    from_="legal-notices@x.com", name_from="X Legal",
    date=d("2024-09-09 05:03:27 +0000"),
    subject="Update on case 0194-KR-557201 (KCSC-240902-01)",
    type="html",
    body=f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of further posts from your request
<b>KCSC-240902-01</b>. The result for each post is shown below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th></tr>
<tr><td><a href="{X5}">{X5}</a></td><td>Withheld in South Korea</td></tr>
<tr><td><a href="{X7}">{X7}</a></td><td>Removed &ndash; violation of the X Rules</td></tr>
<tr><td><a href="{X8}">{X8}</a></td><td>Could not be located</td></tr>
<tr><td><a href="{X11}">{X11}</a></td><td>Withheld in South Korea</td></tr>
</table>
<p>Posts not listed here are still being reviewed and we will write to you separately.</p>
<p>Kind regards,<br>X Legal</p>
<p style="color:#888;font-size:11px">X Corp. 1355 Market Street, Suite 900, San Francisco, CA 94103</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="X legal team results table (HTML) for a government request",
    why="table rows: withheld in KR, removed, not located, withheld in KR",
    items={X5: "restricted", X7: "removed", X8: "not_found", X11: "restricted"},
)

QP_BODY = (
    "Hello,\n"
    "\n"
    "This is an update on your request KCSC-240902-01 (our case 0194-KR-557201).=\n"
    "\n"
    "\n"
    "After legal review we have withheld the following two posts in South Kor=\n"
    "ea =E2=80=94 they can no longer be viewed from Korean IP addresses:\n"
    "\n"
    "https://x.com/quietwave_77/status/18308681334077=\n"
    "01010\n"
    "https://x.com/quietwave_77/status/1830871920145584211\n"
    "\n"
    "The account holder has been notified of the withholding.\n"
    "\n"
    "Best,\n"
    "X Legal =E2=80=93 Global Legal Policy\n"
)
case(
    name="x-quoted-printable-withheld",
    from_="legal-notices@x.com", name_from="X Legal",
    date=d("2024-09-10 08:30:02 +0000"),
    subject="KCSC-240902-01: withholding completed",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + QP_BODY,
    outcome="applied", classification="confirmation",
    imitates="X withheld-in-country notice sent quoted-printable (soft line break inside a URL)",
    why="two posts withheld in South Korea; the first URL is split by a QP soft break",
    items={X11: "restricted", X12: "restricted"},
)

X_CSV = "\n".join([
    "reported_url,action,scope,notes",
    f"{X1},Withheld,KR,Local law",
    f"{X2},Withheld,KR,Local law",
    f"{X3},Removed,Global,X Rules - illegal goods and services",
    f"{X4},No action,,No violation of X Rules or local law found",
    f"{X5},Withheld,KR,Local law",
    f"{X6},Account suspended,Global,X Rules - platform manipulation",
    f"{X7},Removed,Global,X Rules - illegal goods and services",
    f"{X8},Not found,,Post was deleted before our review",
    f"{X9},Withheld,KR,Local law",
    f"{X10},No action,,No violation of X Rules or local law found",
    f"{X11},Removed,Global,X Rules - illegal goods and services",
    f"{X12},Withheld,KR,Local law",
]) + "\n"
case(
    name="x-csv-attachment-full-request",
    from_="legal-notices@x.com", name_from="X Legal",
    date=d("2024-09-12 01:12:55 +0000"),
    subject="Final response: KCSC-240902-01",
    reply_to_req=THREAD["KCSC-240902-01"],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_xlegal_7f3a"

--=_xlegal_7f3a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached our final response to request KCSC-240902-01. The
attached file gives the action taken on each of the 12 reported URLs.

Regards,
X Legal

--=_xlegal_7f3a
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_response.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_response.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV)}
--=_xlegal_7f3a--
""",
    outcome="applied", classification="confirmation",
    imitates="legal team final response with a per-URL CSV attachment",
    why="CSV row per URL: withheld KR -> restricted, removed/suspended -> removed, no action -> rejected, not found",
    items={X1: "restricted", X2: "restricted", X3: "removed", X4: "rejected", X5: "restricted",
           X6: "removed", X7: "removed", X8: "not_found", X9: "restricted", X10: "rejected",
           X11: "removed", X12: "restricted"},
)

case(
    name="x-bare-url-status-below",
    from_="legal-notices@x.com", name_from="X Legal",
    date=d("2024-09-07 10:48:19 +0000"),
    subject="Re: [KCSC-240902-01] Request to remove content from X",
    reply_to_req=THREAD["KCSC-240902-01"],
    body=f"""Hi team,

Status of the items we have finished so far:

{X6}
Status: Account withheld in KR

{X9}
Status: Removed (X Rules violation)

{X10}
Status: Not found - the post no longer exists

Remaining items are still in progress.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="legal-desk reply giving each bare URL with its status on the next line",
    why="account withheld in Korea, one post removed, one not found; the rest said to be in progress",
    items={X6: "restricted", X9: "removed", X10: "not_found"},
)

case(
    name="x-receipt-plus-removal",
    from_="support@x.com", name_from="X Support",
    date=d("2024-09-05 03:27:40 +0000"),
    subject="Your report has been received - Case# 0194-KR-557402",
    body=f"""Hello,

Thanks for your report (reference KCSC-240902-01). We have received it and
opened case 0194-KR-557402.

Our team has already looked at two of the posts you listed. Both broke the
X Rules and have been removed:

  {X7}
  {X8}

We'll follow up on the rest of your report under the same case number.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X Support report receipt that already carries an outcome",
    why="acknowledgement phrase, but with an unhedged removal of two named posts",
    items={X7: "removed", X8: "removed"},
)

case(
    name="x-promise-will-withhold",
    from_="legal-notices@x.com", name_from="X Legal",
    date=d("2024-09-03 09:05:31 +0000"),
    subject="Re: [KCSC-240902-01] Request to remove content from X",
    reply_to_req=THREAD["KCSC-240902-01"],
    body=f"""Hello,

Thank you for your request. An initial look suggests that the posts below
are likely to be unlawful in Korea:

{X1}
{X2}

We will withhold them in Korea once our legal review is complete, which
usually takes five to seven business days. We will confirm when that has
been done.

Best regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising to withhold after review",
    why="'likely' and 'will withhold once review is complete': a promise, nothing done yet",
    items={X1: "pending", X2: "pending"},
)

case(
    name="x-bulk-all-withheld",
    from_="legal-notices@x.com", name_from="X Legal",
    date=d("2024-09-11 06:20:08 +0000"),
    subject="Re: [KCSC-240902-01] Request to remove content from X",
    reply_to_req=THREAD["KCSC-240902-01"],
    body="""Hello,

We have completed our review of your request. All of the posts listed in
your report have been withheld in South Korea.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line closing reply covering every reported post",
    why="one statement for a 12-item request without naming each item",
    items={u: "pending" for u in (X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12)},
)

case(
    name="x-report-receipt",
    from_="noreply@x.com", name_from="X",
    date=d("2024-09-02 01:31:12 +0000"),
    subject="We received your request (KCSC-240902-01)",
    body="""Hello,

We have received your legal request and created case 0194-KR-557201.
Please keep this number for your records; there is no need to send the
request again.

Requests are reviewed in the order they arrive. Replies to this address
are not monitored.

X Legal Requests
https://legalrequests.x.com
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request portal automatic receipt",
    why="pure receipt with a case number; nothing about any item",
    items={},
)

# ================================================================ YouTube
case(
    name="yt-legal-blocked-in-kr",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date=d("2024-09-06 04:11:38 +0000"),
    subject="Re: [KCSC-240903-02] YouTube legal complaint - 7-2309000015826",
    reply_to_req=THREAD["KCSC-240903-02"],
    body=f"""Hello,

Thanks for reaching out to us.

After reviewing your complaint under local law, we've blocked the
following content from YouTube in South Korea:

- {V1}
- {V2}

Please note that we may send a copy of legal notices we receive to the
Lumen project for publication (https://lumendatabase.org).

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removal outcome: content blocked in a country",
    why="two videos blocked in South Korea only: restricted",
    items={V1: "restricted", V2: "restricted"},
)

case(
    name="yt-guidelines-removed-and-terminated",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date=d("2024-09-07 12:40:03 +0000"),
    subject="Re: [KCSC-240903-02] YouTube legal complaint - 7-2309000015826",
    reply_to_req=THREAD["KCSC-240903-02"],
    body=f"""Hello,

We reviewed the remaining items from your complaint against our Community
Guidelines before considering local law.

The Short {V3} was removed from YouTube
for violating our policy on the sale of regulated goods.

The channel {V4} has been terminated for
repeated violations of the same policy, and none of its videos can be
viewed anymore.

Learn more about our policies: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Community Guidelines removal and channel termination notice",
    why="Short removed, channel terminated: both removed worldwide",
    items={V3: "removed", V4: "removed"},
)

case(
    name="yt-declined-no-violation",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date=d("2024-09-08 03:55:21 +0000"),
    subject="YouTube legal complaint 7-2309000015826 - KCSC-240903-02",
    body=f"""Hello,

Thank you for your patience.

We reviewed the video at {V2} and decided
not to take action. The video does not violate our Community Guidelines,
and based on the information provided we could not determine that it is
unlawful in South Korea. The video remains available on YouTube.

If you have a court order or further legal documentation, you can reply
to this email with it.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal complaint declined (no action taken) reply",
    why="a refusal with its reason: the video stays up",
    items={V2: "rejected"},
)

case(
    name="yt-age-restricted",
    from_="no-reply@youtube.com", name_from="YouTube",
    date=d("2024-09-05 22:06:47 +0000"),
    subject="Update on content you reported (KCSC-240903-02)",
    body=f"""Hi KCSC Takedown,

Thanks for reporting content on YouTube. We reviewed the video you
reported and it does not break our rules enough to be taken down, but it
isn't suitable for all audiences. We've applied an age restriction to
{V1}, so it can no longer be watched by
viewers who are signed out or under 18.

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube flag outcome email: age restriction applied",
    why="age-restricted counts as restricted",
    items={V1: "restricted"},
)

case(
    name="yt-top-post-uploader-deleted",
    from_="m.haverford@google.com", name_from="Maya Haverford",
    date=d("2024-09-04 23:18:30 +0000"),
    subject="Re: [KCSC-240903-02] Request to remove content from YouTube",
    reply_to_req=THREAD["KCSC-240903-02"],
    body=f"""Hi,

Quick note on the second link in your list ({V2}): the uploader deleted
that video themselves before we reviewed it, so there is nothing left for
us to act on. The other three are still with the legal team.

Best,
Maya
YouTube Trust & Safety, APAC

{quoted_request("KCSC-240903-02", [V1, V2, V3, V4])}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube T&S staff reply top-posted over the quoted request (Gmail style)",
    why="deleted by its uploader = not_found; the quoted list and 'still with legal' change nothing",
    items={V2: "not_found", V1: "pending", V3: "pending", V4: "pending"},
)

case(
    name="yt-under-review",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date=d("2024-09-04 06:44:12 +0000"),
    subject="Re: [KCSC-240903-02] YouTube legal complaint - 7-2309000015826",
    reply_to_req=THREAD["KCSC-240903-02"],
    body=f"""Hello,

We wanted to let you know that the following items are currently under
review by our legal team:

{V1}
{V3}

We'll be in touch once a decision has been made. There is no need to
submit another complaint for these URLs.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim 'under review' note naming the URLs",
    why="'under review' is no statement; items named, so review rather than ignore",
    items={V1: "pending", V3: "pending"},
)

case(
    name="yt-out-of-office",
    from_="j.castellanos@google.com", name_from="Julia Castellanos",
    date=d("2024-09-03 05:09:58 +0000"),
    subject="Automatic reply: [KCSC-240903-02] Request to remove content from YouTube",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent legal removal matters please use the
web form at https://support.google.com/legal/answer/3110420 or write to
my colleague Dae-ho at d.park@google.com.

Julia
""",
    outcome="ignored", classification="auto_reply",
    imitates="Google employee out-of-office auto-reply",
    why="auto-reply",
    items={},
)

# =================================================================== Meta
case(
    name="meta-restricted-in-kr-and-removed",
    from_="no-reply@meta.com", name_from="Meta Content Restrictions",
    date=d("2024-09-09 09:21:44 +0000"),
    subject="Your report about content on Instagram (Ref. KCSC-240904-03)",
    body=f"""Hi,

We've finished reviewing your report under applicable local law.

Based on our review, we've restricted access to the following content in
South Korea. People outside South Korea can still see it.

  {M1}
  {M2}

The reel below was removed from Instagram everywhere because it goes
against our Community Guidelines on restricted goods:

  {M3}

You can read about how we handle legal requests in the Transparency
Center: https://transparency.meta.com/reports/content-restrictions/

Thanks,
Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' outcome plus Community Guidelines removal",
    why="two posts restricted in Korea, the reel removed globally",
    items={M1: "restricted", M2: "restricted", M3: "removed"},
)

case(
    name="meta-facebook-statement-of-reasons",
    from_="notification@facebookmail.com", name_from="Facebook",
    date=d("2024-09-10 02:33:09 +0000"),
    subject="Decision on your report: KCSC-240904-03",
    body=f"""Notice of decision

Report reference: 4412095513307781
Your reference:   KCSC-240904-03

Decision 1 of 2
  Content:      {M4}
  Action taken: Content removed
  Ground:       Violates the Facebook Community Standards (Restricted
                goods and services)
  Automated means used for the decision: No

Decision 2 of 2
  Content:      {M5}
  Action taken: None
  Ground:       We did not find that this profile goes against our
                Community Standards or local law, so it stays on Facebook.

You can ask for another review of decision 2 within 6 months through
the Support Inbox: https://www.facebook.com/support/

Meta Platforms Ireland Ltd.
""",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA-style notice of decision / statement of reasons to a notifier",
    why="group post removed; profile left up with its reason",
    items={M4: "removed", M5: "rejected"},
)

META_HTML = f"""<!DOCTYPE html>
<html><body style="margin:0;padding:0;background:#fafafa">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="520" cellpadding="16" style="background:#ffffff;font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:14px;color:#262626">
<tr><td><img src="https://static.cdninstagram.com/rsrc/logo.png" alt="Instagram" width="120"></td></tr>
<tr><td>
<p>Hi KCSC Takedown,</p>
<p>Thanks for your report. Here is what happened with the two posts you
reported under reference KCSC-240904-03.</p>
<p><b>We removed this post</b> because it goes against our Community Guidelines:<br>
<a href="{M1}">{M1}</a></p>
<p><b>We couldn't find this post.</b> It may have been deleted by the person who shared it, or the link may be wrong:<br>
<a href="{M2}">{M2}</a></p>
<p>Learn more about <a href="https://help.instagram.com/477434105621119">how reporting works</a>.</p>
<p>The Instagram Team</p>
</td></tr></table></td></tr></table>
</body></html>
"""
case(
    name="meta-instagram-base64-html",
    from_="security@mail.instagram.com", name_from="Instagram",
    date=d("2024-09-11 11:02:37 +0000"),
    subject="Update on your report",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(META_HTML),
    outcome="applied", classification="confirmation",
    imitates="Instagram report-outcome email (HTML, base64-encoded)",
    why="one post removed; the other 'couldn't find' = not_found (the 'may have been deleted' only explains why)",
    items={M1: "removed", M2: "not_found"},
)

case(
    name="meta-outlook-top-post-profile-disabled",
    from_="s.lindqvist@meta.com", name_from="Sofia Lindqvist",
    date=d("2024-09-06 08:57:14 +0000"),
    subject="RE: KCSC-240904-03 Request to remove content from Facebook and Instagram",
    reply_to_req=THREAD["KCSC-240904-03"],
    body=f"""Dear KCSC team,

We have reviewed the Facebook profile in your request
(https://www.facebook.com/profile.php?id=100093318821457) and disabled the
account for violating our Community Standards. The other items are being
handled through the legal process and you will hear from that team
directly.

Kind regards,
Sofia Lindqvist
Public Policy, Meta (APAC)

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:40 AM
To: Meta Legal Requests <legal-requests@meta.com>
Subject: KCSC-240904-03 Request to remove content from Facebook and Instagram

Dear colleagues,

Please remove the following content, which violates Korean law:

1. {M1}
2. {M2}
3. {M3}
4. {M4}
5. {M5}

KCSC Takedown Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta staff reply top-posted over an Outlook '-----Original Message-----' quote",
    why="profile disabled = removed; the quoted request and 'being handled' change nothing",
    items={M5: "removed", M1: "pending", M2: "pending", M3: "pending", M4: "pending"},
)

case(
    name="meta-hedge-appears-unavailable",
    from_="s.lindqvist@meta.com", name_from="Sofia Lindqvist",
    date=d("2024-09-05 07:12:50 +0000"),
    subject="RE: KCSC-240904-03 Request to remove content from Facebook and Instagram",
    reply_to_req=THREAD["KCSC-240904-03"],
    body=f"""Hi team,

Thanks for flagging these. From a first check on my side, it appears the
reel at {M3} may no longer be available,
but I can't confirm that until our legal team has finished its review.
I'll come back to you with a proper answer on all five items.

Best,
Sofia
""",
    outcome="review", review="not_understood",
    imitates="Meta public-policy staff informal interim reply with hedges",
    why="'appears', 'may no longer be available', 'can't confirm': a hedge, not a statement",
    items={M3: "pending"},
)

case(
    name="meta-dkim-fail-removed",
    from_="notification@facebookmail.com", name_from="Facebook",
    auth="fail",
    date=d("2024-09-08 15:44:02 +0000"),
    subject="Decision on your report: KCSC-240904-03",
    body=f"""Notice of decision

Your reference: KCSC-240904-03

Content:      {M1}
Action taken: Content removed
Ground:       Violates the Instagram Community Guidelines

Meta Platforms Ireland Ltd.
""",
    outcome="review", review="untrusted",
    imitates="Meta notice of decision arriving with failed DKIM/SPF/DMARC",
    why="platform domain, but authentication failed",
    items={M1: "pending"},
)

case(
    name="meta-read-receipt",
    from_="legal-requests@meta.com", name_from="Meta Legal Requests",
    date=d("2024-09-04 03:01:26 +0000"),
    subject="Read: KCSC-240904-03 Request to remove content from Facebook and Instagram",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_b7c1"

--mdn_b7c1
Content-Type: text/plain; charset=utf-8

Your message

  To: Meta Legal Requests
  Subject: KCSC-240904-03 Request to remove content from Facebook and Instagram
  Sent: Wednesday, September 4, 2024 11:40 AM

was read on Wednesday, September 4, 2024 12:01 PM.

--mdn_b7c1
Content-Type: message/disposition-notification

Reporting-UA: mail.meta.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal-requests@meta.com
Original-Message-ID: <kcsc.req.240904.03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b7c1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="read receipt",
    items={},
)

# ================================================================= TikTok
case(
    name="tiktok-numbered-outcomes",
    from_="legal-notice@tiktok.com", name_from="TikTok Legal",
    date=d("2024-09-09 10:30:45 +0000"),
    subject="Re: KCSC-240905-04 - Request to remove content from TikTok",
    reply_to_req=THREAD["KCSC-240905-04"],
    body=f"""Dear Sir or Madam,

Thank you for your notice. Having reviewed the reported videos against our
Community Guidelines and applicable local law, we have taken the
following actions:

1. {T1}
   Restricted in the Republic of Korea (local law).

2. {T2}
   Removed for violating our Community Guidelines (privacy and personal
   information).

3. {T3}
   No violation found. The video remains available.

Kind regards,
TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal team outcome letter with a numbered list",
    why="restricted in Korea, removed, no violation",
    items={T1: "restricted", T2: "removed", T3: "rejected"},
)

case(
    name="tiktok-url-below-statement",
    from_="legal-notice@tiktok.com", name_from="TikTok Legal",
    date=d("2024-09-07 02:18:33 +0000"),
    subject="Re: KCSC-240905-04 - Request to remove content from TikTok",
    reply_to_req=THREAD["KCSC-240905-04"],
    body=f"""Hello,

The following video has been removed globally for violating our
Community Guidelines:

{T1}

We were unable to locate the following video. Please check that the link
is correct:

{T3}

Kind regards,
TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok reply giving each statement with the URL on the line below",
    why="removed globally; unable to locate = not_found",
    items={T1: "removed", T3: "not_found"},
)

case(
    name="tiktok-statement-of-reasons",
    from_="noreply@tiktok.com", name_from="TikTok",
    date=d("2024-09-10 05:49:12 +0000"),
    subject="Statement of reasons - your report KCSC-240905-04",
    body=f"""Statement of reasons

Decision ID:        SOR-7731-0092-KR
Content concerned:  {T3}
Decision:           Access to the content has been restricted in the
                    Republic of Korea
Territorial scope:  KR
Legal ground:       Illegal content under the local law of the Republic
                    of Korea, as notified by the requester
Facts relied on:    The video shows a private individual's contact details
                    without consent.
Automated detection: No
Automated decision:  No

The creator has been informed and may appeal this decision in the app.

TikTok Technology Limited
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style statement of reasons (territorial restriction)",
    why="access restricted in Korea only",
    items={T3: "restricted"},
)

case(
    name="tiktok-bulk-all-removed",
    from_="legal-notice@tiktok.com", name_from="TikTok Legal",
    date=d("2024-09-11 03:03:03 +0000"),
    subject="Re: KCSC-240905-04 - Request to remove content from TikTok",
    reply_to_req=THREAD["KCSC-240905-04"],
    body="""Hello,

We have reviewed your request and removed all the videos listed in it.

Kind regards,
TikTok Legal Team
""",
    outcome="review", review="bulk",
    imitates="TikTok short closing reply covering the whole request",
    why="one statement for a 3-item request without naming the videos",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="tiktok-lookalike-domain",
    from_="case-update@tiktok-safety-center.com", name_from="TikTok Safety Center",
    date=d("2024-09-08 13:14:15 +0000"),
    subject="KCSC-240905-04: case closed",
    body=f"""Dear requester,

Your case KCSC-240905-04 has been closed. The video
{T1} has been removed.

To receive future case updates, confirm your government account at
https://tiktok-safety-center.com/verify

TikTok Safety Center
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain posing as a TikTok case update",
    why="names our request and an item but comes from no platform's domain",
    items={T1: "pending"},
)

case(
    name="tiktok-legal-receipt",
    from_="legal-notice@tiktok.com", name_from="TikTok Legal",
    date=d("2024-09-05 07:45:00 +0000"),
    subject="Re: KCSC-240905-04 - Request to remove content from TikTok",
    reply_to_req=THREAD["KCSC-240905-04"],
    body="""Hello,

Thank you for contacting TikTok. This is to confirm that we have received
your request. It has been assigned ticket number LR-2024-0905-11873 and
will be reviewed by the appropriate team.

Kind regards,
TikTok Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok legal intake receipt with ticket number",
    why="pure acknowledgement",
    items={},
)

case(
    name="tiktok-reminder-bounce",
    from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
    date=d("2024-09-13 00:05:12 +0000"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_41ac"

--dsn_41ac
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host mx1.tiktok.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: User unknown (in reply
    to RCPT TO command)

--dsn_41ac
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 09:04:58 +0900

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@tiktok.com>: Recipient address
    rejected: User unknown

--dsn_41ac
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: Reminder: KCSC-240905-04 overdue
Date: Fri, 13 Sep 2024 09:04:58 +0900
Message-ID: <reminder.KCSC-240905-04.1@kcsc.example>

The following items are still online after the deadline:
{T1}
{T2}
{T3}

--dsn_41ac--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for a reminder",
    why="bounce; the URLs are only in the returned message",
    items={},
)

# ================================================================= Reddit
case(
    name="reddit-removed-and-author-deleted",
    from_="legal@reddit.com", name_from="Reddit Legal",
    date=d("2024-09-12 18:22:41 +0000"),
    subject="Re: KCSC-240909-05 Removal request",
    reply_to_req=THREAD["KCSC-240909-05"],
    body=f"""Hello,

Thanks for your message. We've looked into the two links you sent.

The post at {R1} violated Reddit's Content
Policy and has been removed by our Safety team.

The post at {R2} had already been deleted by
its author before our review, so no action was needed from us.

Best,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal/admin reply to a removal request",
    why="one post removed; the other deleted by its author = not_found",
    items={R1: "removed", R2: "not_found"},
)

case(
    name="reddit-top-posted-restricted",
    from_="legal@reddit.com", name_from="Reddit Legal",
    date=d("2024-09-13 20:05:17 +0000"),
    subject="Re: KCSC-240909-05 Removal request",
    reply_to_req=THREAD["KCSC-240909-05"],
    body=f"""Hi there,

We have restricted access to r/seoulnightlife/comments/1fi7m3x in South
Korea based on the local law you cited. We are still reviewing the other
link.

Reddit Legal

{quoted_request("KCSC-240909-05", [R1, R2], when="Mon, Sep 9, 2024 at 9:50 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply top-posted over the quoted request, naming the post by its path",
    why="the post named by its path (no scheme or host) restricted in Korea; the other only in the quote",
    items={R2: "restricted", R1: "pending"},
)

case(
    name="reddit-html-report-outcome",
    from_="noreply@redditmail.com", name_from="Reddit",
    date=d("2024-09-11 14:40:29 +0000"),
    subject="Update on your report",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1c1c1c">
<p>Hi u/kcsc_takedown,</p>
<p>Thanks for submitting a report to the Reddit admin team. After
investigating, we've found that the reported content violates
<a href="https://www.redditinc.com/policies/content-policy">Reddit's Content Policy</a>
and it has been removed.</p>
<p><b>Reported content:</b> <a href="{R1}">{R1}</a></p>
<p>Thanks again for your report and for helping keep Reddit safe.</p>
<p>&mdash; Reddit Safety</p>
<p style="font-size:11px;color:#7c7c7c">This notification was sent to you because you submitted a report.
<a href="https://www.reddit.com/settings/notifications">Manage notifications</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Reddit 'Update on your report' admin outcome email (HTML)",
    why="the one reported item named and removed; policy and settings links are not items",
    items={R1: "removed"},
)

case(
    name="reddit-asks-for-court-order",
    from_="legal@reddit.com", name_from="Reddit Legal",
    date=d("2024-09-10 16:08:52 +0000"),
    subject="Re: KCSC-240909-05 Removal request",
    reply_to_req=THREAD["KCSC-240909-05"],
    body=f"""Hello,

Thank you for your request. Before we can assess the two posts you
reported, we need some more information:

  1. the specific provision of Korean law each post is said to violate;
  2. a copy of any court order or administrative decision concerning
     this content, if one exists.

Please reply to this email with these documents and we will continue our
review.

Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for the legal basis and documents",
    why="the platform asks for more information before acting",
    items={},
)

# ================================================================ Discord
case(
    name="discord-server-removed-message-not-found",
    from_="tns@discord.com", name_from="Discord Trust & Safety",
    date=d("2024-09-12 21:33:06 +0000"),
    subject="Re: [KCSC-240910-06] Report of content on Discord",
    reply_to_req=THREAD["KCSC-240910-06"],
    body=f"""Hello,

Thank you for reaching out to Discord Trust & Safety.

We investigated the server reached through the invite {D1} and found it
in violation of our Community Guidelines. The server has been removed
from Discord and the invite no longer works.

We were unable to locate the message at the second link you provided:
{D2}
It may have been deleted before we reviewed it.

Best,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply to a report (server removed, message not found)",
    why="server removed; 'unable to locate' the message = not_found (the 'may have been deleted' only explains)",
    items={D1: "removed", D2: "not_found"},
)

case(
    name="discord-angle-bracket-url",
    from_="tns@discord.com", name_from="Discord Trust & Safety",
    date=d("2024-09-11 23:50:59 +0000"),
    subject="Re: [KCSC-240910-06] Report of content on Discord",
    reply_to_req=THREAD["KCSC-240910-06"],
    body=f"""Hi,

Following your report, the message at
<{D2}>
has been deleted and the user who posted it has been banned from the
platform.

We're still looking into the server invite and will update you soon.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S reply with the message link in angle brackets",
    why="message deleted = removed; the invite is still open",
    items={D2: "removed", D1: "pending"},
)

case(
    name="discord-conditional-disable",
    from_="tns@discord.com", name_from="Discord Trust & Safety",
    date=d("2024-09-11 02:27:35 +0000"),
    subject="Re: [KCSC-240910-06] Report of content on Discord",
    reply_to_req=THREAD["KCSC-240910-06"],
    body=f"""Hello,

We have contacted the owner of the server behind {D1} and asked them
to remove the reported material. If they do not do so within 48 hours,
we will disable the server and its invite links.

Best,
Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord T&S warning-to-owner reply with a conditional action",
    why="a condition and a promise: nothing has happened to the invite yet",
    items={D1: "pending"},
)

case(
    name="discord-ticket-receipt",
    from_="support@discord.com", name_from="Discord",
    date=d("2024-09-10 04:17:22 +0000"),
    subject="[Discord] Request received: [KCSC-240910-06] Report of content on Discord",
    body="""##- Please type your reply above this line -##

Your request (48213077) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from a support desk",
    why="pure ticket receipt",
    items={},
)

# ================================================================= Tumblr
case(
    name="tumblr-sole-statement-thread",
    from_="trustandsafety@tumblr.com", name_from="Tumblr Trust & Safety",
    date=d("2024-09-13 15:31:10 +0000"),
    subject="Re: KCSC-240911-07 Request to remove a post from Tumblr",
    reply_to_req=THREAD["KCSC-240911-07"],
    body="""Hi there,

Thanks for getting in touch. We've reviewed the post you flagged and
removed it, as it violates our Community Guidelines.

Cheers,
Tumblr Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Tumblr Trust & Safety short reply in the request's thread",
    why="the only item of a one-item request, removed (no URL needed)",
    items={B1: "removed"},
)

case(
    name="tumblr-korean-particle-after-url",
    from_="legal@tumblr.com", name_from="Tumblr Legal",
    date=d("2024-09-12 07:06:40 +0000"),
    subject="Re: KCSC-240911-07 Request to remove a post from Tumblr",
    reply_to_req=THREAD["KCSC-240911-07"],
    body=f"""Hello,

We reviewed your request under Korean law. We have restricted access to
the post for visitors from South Korea; it remains visible elsewhere.

(요약) 요청하신 게시물 {B1}은 한국 내 접근 제한 조치되었습니다.

Regards,
Tumblr Legal
Automattic Inc.
""",
    outcome="applied", classification="confirmation",
    imitates="Tumblr legal reply with a Korean summary line (URL followed by a particle)",
    why="restricted in Korea; the URL is followed directly by the particle 은",
    items={B1: "restricted"},
)

case(
    name="tumblr-out-of-office",
    from_="k.abernathy@automattic.com", name_from="Kit Abernathy",
    date=d("2024-09-11 01:10:09 +0000"),
    subject="Out of office Re: KCSC-240911-07 Request to remove a post from Tumblr",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""Hi! I'm away until Monday 23 September and won't be checking email.
Legal and abuse reports for Tumblr are handled by legal@tumblr.com in the
meantime.

Kit
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply from platform staff",
    why="auto-reply",
    items={},
)

# ================================================= other platforms' senders
case(
    name="vimeo-not-our-video",
    from_="legal@vimeo.com", name_from="Vimeo Legal",
    date=d("2024-09-06 17:45:33 +0000"),
    subject="Re: Request to remove content",
    body=f"""Hello,

Thank you for your email. We were unable to find the video you reported,
{V1}, on Vimeo. That link points to
YouTube, which is not operated by Vimeo; please contact YouTube directly.

Regards,
Vimeo Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="Vimeo 'not hosted on our service' reply to a misdirected request",
    why="Vimeo speaks about a YouTube item; its 'unable to find' says nothing about YouTube",
    items={V1: "pending"},
)

case(
    name="linkedin-use-web-form",
    from_="legal-requests@linkedin.com", name_from="LinkedIn Legal",
    date=d("2024-09-09 19:02:18 +0000"),
    subject="Re: Request for removal of unlawful content",
    body="""Hello,

Thank you for contacting LinkedIn. Requests from government agencies to
remove content must be submitted through our law enforcement and
government request portal, where they are tracked and answered:
https://www.linkedin.com/help/linkedin/answer/a1339000

We are unable to act on requests sent to this mailbox.

LinkedIn Legal
""",
    outcome="review", review="no_claims",
    imitates="LinkedIn legal mailbox redirect to its government request portal",
    why="trusted platform mail naming no item and no request; nothing to apply",
    items={},
)


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
    header = """# Blind set 100: English notices from many platforms (see NOTES.md).
# Written by make.py from the meaning of each email, before any run of the
# reader on this set. Each case is judged alone on a fresh ledger holding
# requests.csv; items not listed must stay pending."""
    corpuslib.write_set(HERE, SET, header, CASES)


if __name__ == "__main__":
    main()
