#!/usr/bin/env python3
"""Blind set 14 (issue 11): a general mix of English replies across many
platforms (YouTube, X, Meta/Instagram, TikTok, Reddit, Discord, Telegram).

Written without reading the reader or any other set's cases. Every expected
result below was written from the email's meaning before anything ran.
Deterministic: `python3 tests/corpus/blind14/make.py` rewrites requests.csv,
cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "fb.com": "Meta", "meta.com": "Meta", "facebookmail.com": "Facebook",
    "instagram.com": "Instagram", "tiktok.com": "TikTok", "reddit.com": "Reddit",
    "redditmail.com": "Reddit", "discord.com": "Discord",
})

# ---------------------------------------------------------------- requests
YT_IDS = ["kR7vQ2mXp4A", "Lw9Tz3nBc8E", "pH2sD6fJk1Q", "Zx4cV7bNm0R", "aQ1wE5rTy9U",
          "tG8hJ3kLp6O", "mN5bV2cXz7S", "yU6iO9pAs4D", "fF3gH8jKl2W", "qW7eR1tYu5I",
          "oP0aS4dFg9H", "jK2lZ6xCv3B", "bN8mQ5wEr1T", "hJ4kL7zXc0Y"]
Y = ["https://www.youtube.com/watch?v=" + i for i in YT_IDS]          # Y[0..13]
X = ["https://x.com/minhwa_edits/status/1833012345678901201",
     "https://x.com/minhwa_edits/status/1833012345678901202",
     "https://x.com/minhwa_edits/status/1833098765432109876",
     "https://x.com/seoul_nightcam/status/1833411122233344455",
     "https://x.com/seoul_nightcam/status/1833411122233344999"]
M = ["https://www.facebook.com/sunrisedeals.kr/posts/pfbid0Zq3XkL9m2VtR7wYpA",
     "https://www.facebook.com/watch/?v=1048572936104857",
     "https://www.instagram.com/p/C9xKq2LmT7a/",
     "https://www.instagram.com/reel/C9yBn4PqW1s/"]
T = ["https://www.tiktok.com/@nightmarket.kr/video/7412093856102938451",
     "https://www.tiktok.com/@nightmarket.kr/video/7412093856102938452",
     "https://www.tiktok.com/@other.acct.kr/video/7413850293847561029"]
R = ["https://www.reddit.com/r/koreanleaks_fake/comments/1fbx7q2/new_set_uploaded/",
     "https://www.reddit.com/r/koreanleaks_fake/comments/1fc2m9d/comment/lm3k8xq/"]
D = ["https://discord.com/channels/1187234509823456789/1187234510987654321/1283456789012345678"]
G = ["https://t.me/hanbit_dump/1402", "https://t.me/hanbit_dump/1403",
     "https://t.me/hanbit_dump/1417"]

REQUESTS = [
    ("KCSC-240909-01", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", Y, "req-240909-01"),
    ("KCSC-240910-01", "x", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", X, "req-240910-01"),
    ("KCSC-240911-01", "meta", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", M, "req-240911-01"),
    ("KCSC-240912-01", "tiktok", "2024-09-12T09:30:00+09:00", "2024-09-19T18:00:00+09:00", T, "req-240912-01"),
    ("KCSC-240913-01", "reddit", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", R, "req-240913-01"),
    ("KCSC-240916-01", "discord", "2024-09-16T15:00:00+09:00", "2024-09-23T18:00:00+09:00", D, "req-240916-01"),
    ("KCSC-240917-01", "telegram", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", G, "req-240917-01"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, mid in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, "non_consensual_intimate_imagery", f"<{mid}@kcsc.example>", ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def xlsx(rows):
    """A minimal, deterministic XLSX (inline strings) built by hand."""
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Results" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(sheet_rows) + '</sheetData></worksheet>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    return out.getvalue()


def our_request_quoted(ref, urls, prefix="> "):
    lines = [f"Dear Trust & Safety team,", "",
             f"Under our reference {ref}, the Korea Communications Standards Commission requests",
             "that you remove or block access to the following content, which has been found to",
             "violate Korean law (non-consensual intimate imagery):", ""]
    lines += [f"{n}. {u}" for n, u in enumerate(urls, 1)]
    lines += ["", "Please confirm the action taken for each item by reply to this address.",
              "", "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


AUTO = ["Auto-Submitted: auto-replied", "X-Autoreply: yes"]

# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ===== YouTube / Google (KCSC-240909-01, 14 items) ==========================

case(name="yt-legal-blocked-in-kr",
     imitates="Google/YouTube legal removals team outcome email ('we have blocked the following content from view on YouTube in [country]')",
     from_="legal-support@google.com", date="Thu, 12 Sep 2024 03:14:22 +0000",
     subject="Re: [KCSC-240909-01] Request to remove content - YouTube",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     why="prose legal outcome: two videos blocked from view in South Korea = restricted; help-centre link is not an item",
     items={Y[0]: "restricted", Y[1]: "restricted"},
     body=f"""
Hello,

Thank you for reaching out to us.

Based on our review of your request and in accordance with local law, we have
blocked the following content from view on YouTube in South Korea:

{Y[0]}
{Y[1]}

The content remains available in other countries. The uploader has been
notified of this action where we are allowed to do so.

For more information about how we handle government requests, please see
https://support.google.com/youtube/answer/6154230

Regards,
The YouTube Legal Support Team
Ticket 4-8812003317554
""")

case(name="yt-removed-community-guidelines",
     imitates="YouTube 'We've removed the following content from YouTube' Community Guidelines notice, sent to a reporter",
     from_="no-reply@youtube.com", date="Thu, 12 Sep 2024 08:40:10 +0000",
     subject="Update on your report [KCSC-240909-01]", reply_to_req="req-240909-01",
     outcome="applied", classification="confirmation",
     why="'we've removed the following content' with a bulleted list of two videos; policy and appeal links below are not items",
     items={Y[2]: "removed", Y[3]: "removed"},
     body=f"""
Hi KCSC Takedown Desk,

Our team reviewed the content you reported, and we think it goes against our
Community Guidelines. We've removed the following content from YouTube:

  * Video: {Y[2]}
  * Video: {Y[3]}

What our policy says
Sexual content that is shared without consent is not allowed on YouTube.
Learn more: https://support.google.com/youtube/answer/2802002

Thanks for helping us keep YouTube safe.

- The YouTube Team

Help Center: https://support.google.com/youtube
(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

case(name="yt-legal-no-action",
     imitates="Google legal removals reply declining a government request ('we have decided not to take action on the content ... does not violate our policies')",
     from_="legal-support@google.com", date="Fri, 13 Sep 2024 01:02:03 +0000",
     subject="Re: [KCSC-240909-01] Request to remove content - YouTube",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     why="a reasoned refusal naming one video is a rejection",
     items={Y[4]: "rejected"},
     body=f"""
Hello,

We have carefully reviewed the content at {Y[4]} that you asked us to remove.
Having examined it under our Community Guidelines and the local law you cited,
we have decided not to take action on it: the video does not appear to contain
the material described in your request and it does not violate our policies.

If you have additional information, such as a court order, you are welcome to
submit a new request at https://support.google.com/legal/answer/3110420

Kind regards,
Google Legal Support
""")

case(name="yt-html-table-actions",
     imitates="Google legal outcome with an HTML table 'URL | Action taken' (as in KCSC 시정요구 결과 tables kept by platforms)",
     from_="legal-support@google.com", date="Fri, 13 Sep 2024 06:30:00 +0000",
     subject="KCSC-240909-01 - outcome", reply_to_req="req-240909-01",
     outcome="applied", classification="confirmation", type="html",
     why="HTML table: Age-restricted = restricted; Removed = removed; removed by the uploader before review = not_found",
     items={Y[5]: "restricted", Y[6]: "removed", Y[7]: "not_found"},
     body=f"""
<html><body>
<p>Dear KCSC,</p>
<p>Please find below the outcome of our review for request KCSC-240909-01.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action taken</th></tr>
<tr><td><a href="{Y[5]}">{Y[5]}</a></td><td>Age-restricted</td></tr>
<tr><td><a href="{Y[6]}">{Y[6]}</a></td><td>Removed (Community Guidelines)</td></tr>
<tr><td><a href="{Y[7]}">{Y[7]}</a></td><td>Not found - the video had already been deleted by the uploader</td></tr>
</table>
<p>Regards,<br>Google Legal Support</p>
<p style="font-size:small">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043.
See <a href="https://policies.google.com/terms">Terms</a>.</p>
</body></html>
""")

case(name="yt-status-below-bare-url",
     imitates="abuse-desk style per-item reply: bare URL followed by an indented outcome line",
     from_="legal-support@google.com", date="Sat, 14 Sep 2024 02:11:45 +0000",
     subject="Re: [KCSC-240909-01] Request to remove content - YouTube",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     why="status on the line below each bare URL: removed; invalid video id = not_found",
     items={Y[8]: "removed", Y[9]: "not_found"},
     body=f"""
Hello,

Below is the result for each URL we were able to review so far.

{Y[8]}
    Action taken: removed for violating YouTube's policy on nudity and sexual content.

{Y[9]}
    We could not locate this video. The video ID appears to be invalid.

Regards,
Google Legal Support
""")

case(name="yt-future-and-review-only",
     imitates="Google legal interim reply ('we are still reviewing ... we will update you once a decision is made')",
     from_="legal-support@google.com", date="Sat, 14 Sep 2024 05:00:00 +0000",
     subject="Re: [KCSC-240909-01] Request to remove content - YouTube",
     reply_to_req="req-240909-01", outcome="review", review="not_understood",
     why="names two items but only says they are under review and will likely be restricted: nothing to apply, must not be ignored",
     items={},
     body=f"""
Hello,

Thank you for your patience. The following videos are still being reviewed by
our legal team:

{Y[10]}
{Y[12]}

We expect that they will be blocked in South Korea once our review is complete,
and we will update you as soon as a decision has been made.

Regards,
Google Legal Support
""")

case(name="yt-under-review-plus-removed",
     imitates="Google legal partial outcome (one video actioned, another still under review)",
     from_="legal-support@google.com", date="Sun, 15 Sep 2024 04:40:00 +0000",
     subject="Re: [KCSC-240909-01] partial update", reply_to_req="req-240909-01",
     outcome="applied", classification="confirmation",
     why="one video removed; the other remains under review and stays pending",
     items={Y[11]: "removed"},
     body=f"""
Hi,

Quick update on KCSC-240909-01:

- {Y[11]} has been taken down globally for violating our Community Guidelines.
- {Y[10]} remains under review; we will follow up separately.

Best,
Google Legal Support
""")

case(name="yt-csv-attachment",
     imitates="legal-team reply with a CSV export of the ticket (columns url,outcome), body says 'see attached'",
     from_="legal-support@google.com", date="Mon, 16 Sep 2024 07:00:00 +0000",
     subject="KCSC-240909-01 results (CSV)", reply_to_req="req-240909-01",
     outcome="applied", classification="confirmation",
     why="statuses only in a text/csv attachment: Removed and Blocked in KR",
     items={Y[12]: "removed", Y[13]: "restricted"},
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="csv-b14"

--csv-b14
Content-Type: text/plain; charset=utf-8

Hello,

Please find the results for the remaining items attached as a CSV file.

Regards,
Google Legal Support

--csv-b14
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_results.csv"
Content-Transfer-Encoding: base64

{b64("url,outcome,notes" + chr(13) + chr(10) + Y[12] + ",Removed,Community Guidelines" + chr(13) + chr(10) + Y[13] + ",Blocked in KR,local law" + chr(13) + chr(10))}
--csv-b14--
""")

case(name="yt-outlook-top-posted-over-request",
     imitates="Outlook reply '-----Original Message-----' quoting the regulator's full request",
     from_="jiyoon.park@google.com", name_from="Jiyoon Park", date="Tue, 17 Sep 2024 00:20:00 +0000",
     subject="RE: [KCSC-240909-01] Request to remove content - YouTube",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     why="only the first video is confirmed removed above the quote; the quoted request lists all 14 with 'remove' wording",
     items={Y[0]: "removed"},
     body=f"""
Hello KCSC team,

Following our earlier geo-block, we have now removed {Y[0]} from YouTube
entirely under our Community Guidelines.

Best regards,
Jiyoon Park
Legal Specialist, Google Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: legal-kr@google.com
Subject: [KCSC-240909-01] Request to remove content - YouTube

{our_request_quoted("KCSC-240909-01", Y, prefix="")}
""")

case(name="yt-out-of-office",
     imitates="Gmail/Outlook out-of-office auto-reply of a Google legal staff member",
     from_="minsu.kang@google.com", name_from="Minsu Kang", date="Mon, 09 Sep 2024 01:05:00 +0000",
     subject="Automatic reply: [KCSC-240909-01] Request to remove content - YouTube",
     reply_to_req="req-240909-01", extra_headers=AUTO, outcome="ignored", classification="auto_reply",
     why="out-of-office auto-reply; says nothing about items",
     items={},
     body="""
I am out of the office until 23 September with limited access to email.
For urgent legal requests please use https://support.google.com/legal or
write to legal-kr@google.com.

Thank you,
Minsu
""")

case(name="yt-ticket-receipt",
     imitates="Google 'Thank you for contacting Google' legal request receipt with a ticket number",
     from_="legal-support@google.com", date="Mon, 09 Sep 2024 01:30:00 +0000",
     subject="[4-8812003317554] Your request has been received",
     reply_to_req="req-240909-01", outcome="ignored", classification="acknowledgement",
     why="pure receipt with a ticket number; promises review, states nothing about any item",
     items={},
     body="""
Hello,

Thank you for contacting Google. We have received your legal request
(reference KCSC-240909-01) and a ticket has been created: 4-8812003317554.

Our team will review your request and reply as soon as possible. Please do not
reply to this message; to add information, use the link in your confirmation
page.

Google Legal Support
""")

case(name="yt-dmarc-fail-confirmation",
     imitates="YouTube 'we've removed the following content' notice, but arriving with dmarc=fail",
     from_="no-reply@youtube.com", auth="fail", date="Tue, 17 Sep 2024 09:00:00 +0000",
     subject="Update on your report [KCSC-240909-01]", reply_to_req="req-240909-01",
     outcome="review", review="untrusted",
     why="a perfect removal notice that fails DMARC must not apply anything and must be seen",
     items={},
     body=f"""
Hi KCSC Takedown Desk,

We've removed the following content from YouTube:

  * Video: {Y[4]}
  * Video: {Y[5]}
  * Video: {Y[6]}

- The YouTube Team
""")

case(name="yt-reported-content-echoed-report",
     imitates="Google legal outcome that speaks of 'the reported content' followed by an echo of the submitted report form",
     from_="legal-support@google.com", date="Wed, 18 Sep 2024 02:00:00 +0000",
     subject="Re: Legal request KCSC-240909-01", reply_to_req="req-240909-01",
     outcome="applied", classification="confirmation",
     why="'we have blocked access to the reported content in South Korea' + echoed report listing two URLs = restricted",
     items={Y[1]: "restricted", Y[2]: "restricted"},
     body=f"""
Hello,

After review, we have blocked access to the reported content in South Korea
in accordance with local law.

---------- Your report ----------
Reporter: Korea Communications Standards Commission
Reference: KCSC-240909-01
Legal basis: Act on Promotion of Information and Communications Network Utilization
URLs reported:
{Y[1]}
{Y[2]}
---------------------------------

Google Legal Support
""")

case(name="yt-multipart-qp",
     imitates="Google multipart/alternative notice (quoted-printable text and HTML parts)",
     from_="legal-support@google.com", date="Wed, 18 Sep 2024 06:45:00 +0000",
     subject="Re: [KCSC-240909-01] Request to remove content - YouTube",
     reply_to_req="req-240909-01", outcome="applied", classification="confirmation",
     why="quoted-printable multipart/alternative: one removed, one age-restricted",
     items={Y[3]: "removed", Y[4]: "restricted"},
     raw_mime=f"""
Content-Type: multipart/alternative; boundary="alt-b14-qp"

--alt-b14-qp
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f"Hello,{chr(10)}{chr(10)}We have reviewed the videos listed in your request KCSC-240909-01 that were still open.{chr(10)}{chr(10)}{Y[3]} — removed from YouTube for violating our Community Guidelines.{chr(10)}{Y[4]} — age-restricted; the video is no longer viewable by signed-out users or users under 18.{chr(10)}{chr(10)}Regards,{chr(10)}Google Legal Support{chr(10)}")}
--alt-b14-qp
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'<html><body><p>Hello,</p><p>We have reviewed the videos listed in your request KCSC-240909-01 that were still open.</p><ul><li><a href="{Y[3]}">{Y[3]}</a> &mdash; removed from YouTube for violating our Community Guidelines.</li><li><a href="{Y[4]}">{Y[4]}</a> &mdash; age-restricted; the video is no longer viewable by signed-out users or users under 18.</li></ul><p>Regards,<br>Google Legal Support</p></body></html>{chr(10)}')}
--alt-b14-qp--
""")

case(name="yt-policy-links-one-statement",
     imitates="short YouTube Trust & Safety note with many footer links (Terms, Community Guidelines, How YouTube Works)",
     from_="no-reply@youtube.com", date="Thu, 19 Sep 2024 01:00:00 +0000",
     subject="Your report has been actioned [KCSC-240909-01]", reply_to_req="req-240909-01",
     outcome="applied", classification="confirmation",
     why="one sentence confirms a removal; youtube.com/t/terms, /howyoutubeworks and support links are not items",
     items={Y[5]: "removed"},
     body=f"""
Hi,

The video {Y[5]} has been removed for violating our Community Guidelines.

Read our Community Guidelines: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/
Terms of Service: https://www.youtube.com/t/terms
Reporting and enforcement: https://support.google.com/youtube/answer/2802027
Privacy: https://policies.google.com/privacy

YouTube, a Google company
""")

# ===== X (KCSC-240910-01, 5 items) =========================================

case(name="x-withheld-in-country",
     imitates="X/Twitter country-withheld content notice ('we have withheld ... in South Korea in response to a valid legal demand'; Lumen)",
     from_="legal@x.com", date="Wed, 11 Sep 2024 22:10:00 +0000",
     subject="Re: [KCSC-240910-01] Legal request - X", reply_to_req="req-240910-01",
     outcome="applied", classification="confirmation",
     why="two posts withheld in South Korea = restricted; Lumen link is not an item",
     items={X[0]: "restricted", X[1]: "restricted"},
     body=f"""
Hello,

We have reviewed your request. In response to the legal demand you sent, we
have withheld the following posts in South Korea:

{X[0]}
{X[1]}

As is our practice, the account holder has been notified, and a copy of your
request may be published on Lumen (https://lumendatabase.org). More about
country-withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal
""")

case(name="x-not-violating-and-not-located",
     imitates="X support reply: 'not in violation of the X Rules' and 'we were unable to locate the post'",
     from_="legal@x.com", date="Thu, 12 Sep 2024 03:33:00 +0000",
     subject="Re: [KCSC-240910-01] Legal request - X", reply_to_req="req-240910-01",
     outcome="applied", classification="confirmation",
     why="reasoned 'not in violation ... no action' = rejected; 'unable to locate' = not_found (the 'may have been deleted' is only a guess at why)",
     items={X[2]: "rejected", X[3]: "not_found"},
     body=f"""
Hello,

Thank you for your report.

After reviewing {X[2]} we have determined that it is not in violation of the
X Rules, and the request does not establish that it is illegal in South Korea.
We are therefore not taking any action on this post.

We were unable to locate {X[3]}. The post may have been deleted by the account
holder before we reviewed it.

Thanks,
X Legal
""")

case(name="x-asks-court-order",
     imitates="X legal reply asking for a valid legal process (court order) before acting",
     from_="legal@x.com", date="Fri, 13 Sep 2024 05:00:00 +0000",
     subject="Re: [KCSC-240910-01] Legal request - X", reply_to_req="req-240910-01",
     outcome="review", review="asks_more",
     why="asks for a court order for one post; no decision yet",
     items={},
     body=f"""
Hello,

Regarding {X[4]}: in order to process your request we need a copy of a court
order or other valid legal process issued for this content, together with an
English translation. Please reply with the documents at your earliest
convenience; until then we are unable to proceed.

Thanks,
X Legal
""")

case(name="x-lookalike-sender",
     imitates="X withheld notice sent from a look-alike domain (DMARC passes for that domain only)",
     from_="legal@x-legal-support.com", name_from="X Legal", date="Fri, 13 Sep 2024 09:00:00 +0000",
     subject="Re: [KCSC-240910-01] Legal request - X", reply_to_req="req-240910-01",
     outcome="review", review="unknown_sender",
     why="authenticated but not an X domain; claims removals of our items: review, nothing applied",
     items={},
     body=f"""
Hello,

We have removed the following posts:

{X[0]}
{X[1]}
{X[2]}

Thanks,
X Legal
""")

case(name="x-read-receipt",
     imitates="Outlook MDN read receipt ('Read: ...', multipart/report; report-type=disposition-notification)",
     from_="legal@x.com", date="Tue, 10 Sep 2024 04:00:00 +0000",
     subject="Read: [KCSC-240910-01] Legal request - X", reply_to_req="req-240910-01",
     outcome="ignored", classification="read_receipt",
     why="a read receipt states nothing",
     items={},
     raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b14"

--mdn-b14
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: [KCSC-240910-01] Legal request - X
  Sent: Tuesday, September 10, 2024 11:00 AM (UTC+09:00) Seoul

was read on Tuesday, September 10, 2024 1:00 PM (UTC+09:00) Seoul.

--mdn-b14
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Exchange Server
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <req-240910-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b14--
""")

case(name="x-numbered-list",
     imitates="X legal per-item outcome list (numbered, 'URL - outcome')",
     from_="legal@x.com", date="Sat, 14 Sep 2024 01:15:00 +0000",
     subject="Re: [KCSC-240910-01] Legal request - X", reply_to_req="req-240910-01",
     outcome="applied", classification="confirmation",
     why="numbered list: removed / withheld in KR / no violation found",
     items={X[0]: "removed", X[1]: "restricted", X[2]: "rejected"},
     body=f"""
Hello,

Here is the outcome for each post in your request:

1. {X[0]} - Removed for violating our non-consensual nudity policy
2. {X[1]} - Withheld in South Korea (KR)
3. {X[2]} - No violation found; no action taken

Thanks,
X Legal
""")

case(name="x-url-below-statement",
     imitates="X short notice: statement line followed by the post URL on the next line",
     from_="legal@twitter.com", date="Sun, 15 Sep 2024 03:00:00 +0000",
     subject="Re: [KCSC-240910-01] Legal request - X", reply_to_req="req-240910-01",
     outcome="applied", classification="confirmation",
     why="URL on the line below its statement; sender is X's twitter.com domain",
     items={X[4]: "restricted"},
     body=f"""
Hello,

Following receipt of the court order you provided, the following post has been withheld in South Korea:
{X[4]}

Thanks,
X Legal
""")

# ===== Meta (KCSC-240911-01, 4 items) ======================================

case(name="meta-local-law-restricted",
     imitates="Meta response to a government takedown request ('we have restricted access to the content in [country] based on local law'), with echoed report",
     from_="records@fb.com", name_from="Meta Platforms", date="Fri, 13 Sep 2024 02:00:00 +0000",
     subject="Re: [KCSC-240911-01] Content restriction request", reply_to_req="req-240911-01",
     outcome="applied", classification="confirmation",
     why="restriction based on local law for the reported content, listed in the echoed report = restricted",
     items={M[0]: "restricted", M[1]: "restricted"},
     body=f"""
Hello,

We have reviewed your report. The reported content does not go against our
Community Standards; however, following a legal review we have restricted
access to the content in South Korea based on local law.

Report details
--------------
Report ID: 837261940018273
Submitted by: KCSC Takedown Desk
Content reported:
  - {M[0]}
  - {M[1]}

You can learn more about how we handle reports of content that violates local
law at https://transparency.meta.com/reports/content-restrictions/

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""")

case(name="meta-instagram-removed-and-not-against",
     imitates="Instagram report outcome notices ('we removed the post ... goes against our Community Guidelines' / 'we didn't remove ... doesn't go against')",
     from_="no-reply@instagram.com", date="Sat, 14 Sep 2024 01:00:00 +0000",
     subject="Your report KCSC-240911-01", reply_to_req="req-240911-01",
     outcome="applied", classification="confirmation",
     why="post removed; reel not removed because it does not go against guidelines = rejected",
     items={M[2]: "removed", M[3]: "rejected"},
     body=f"""
Hi,

Thanks for your report. Here's what we decided:

{M[2]}
We removed this post because it goes against our Community Guidelines on adult
nudity and sexual activity.

{M[3]}
We didn't remove this reel. We reviewed it and found that it doesn't go against
our Community Guidelines.

Learn more about our Community Guidelines: https://help.instagram.com/477434105621119

Instagram from Meta
""")

case(name="meta-some-actioned-unspecified",
     imitates="Meta reply saying action was taken on 'some of' the reported content without saying which",
     from_="records@fb.com", name_from="Meta Platforms", date="Sun, 15 Sep 2024 02:00:00 +0000",
     subject="Re: [KCSC-240911-01] Content restriction request", reply_to_req="req-240911-01",
     outcome="review", review="not_understood",
     why="'took action on some of the content below' does not say which items: nothing may be applied, must be reviewed",
     items={},
     body=f"""
Hello,

We reviewed the content you reported and took action on some of it. Content
that does not go against our Community Standards or local law remains on
Facebook and Instagram.

Content reviewed:
{M[0]}
{M[1]}
{M[2]}
{M[3]}

Meta Platforms, Inc.
""")

case(name="meta-bounce-dsn",
     imitates="Postfix delivery status notification (bounce) of our request to a Meta address",
     from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System", auth="none",
     date="Wed, 11 Sep 2024 05:01:00 +0000",
     subject="Undelivered Mail Returned to Sender", outcome="ignored", classification="bounce",
     why="bounce of our own request (embedding its URLs); ignored whoever sends it",
     items={},
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b14"

--dsn-b14
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<records@fb.com>: host mx.fb.example said: 550 5.1.1 mailbox unavailable

--dsn-b14
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 14:00:00 +0900 (KST)

Final-Recipient: rfc822; records@fb.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable

--dsn-b14
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: records@fb.com
Subject: [KCSC-240911-01] Content restriction request
Message-ID: <req-240911-01@kcsc.example>
Date: Wed, 11 Sep 2024 14:00:00 +0900

{our_request_quoted("KCSC-240911-01", M, prefix="")}

--dsn-b14--
""")

case(name="meta-out-of-office-outlook",
     imitates="Outlook out-of-office reply of a Meta public policy staff member (no auto headers, 'Automatic reply:' subject)",
     from_="h.lee@meta.com", name_from="Hana Lee", date="Wed, 11 Sep 2024 05:10:00 +0000",
     subject="Automatic reply: [KCSC-240911-01] Content restriction request",
     reply_to_req="req-240911-01", outcome="ignored", classification="auto_reply",
     why="out-of-office recognised by its 'Automatic reply:' subject; nothing about items",
     items={},
     body="""
Thank you for your email. I am travelling until 20 September and will respond
on my return. For content restriction requests please use the government
request channel.

Hana Lee | Public Policy, Meta
""")

# ===== TikTok (KCSC-240912-01, 3 items) ====================================

case(name="tiktok-removed-and-restricted",
     imitates="TikTok Trust & Safety reply to a government removal request ('we removed ... for violating our Community Guidelines' / 'restricted in your country')",
     from_="legal@tiktok.com", name_from="TikTok Trust & Safety", date="Fri, 13 Sep 2024 03:00:00 +0000",
     subject="Re: [KCSC-240912-01] Removal request", reply_to_req="req-240912-01",
     outcome="applied", classification="confirmation",
     why="two videos removed; third restricted in South Korea under local law",
     items={T[0]: "removed", T[1]: "removed", T[2]: "restricted"},
     body=f"""
Hello,

Thank you for your request. We have completed our review.

We removed the following videos for violating our Community Guidelines:
{T[0]}
{T[1]}

The following video does not violate our Community Guidelines, but we have
restricted it in South Korea in accordance with local law:
{T[2]}

Community Guidelines: https://www.tiktok.com/community-guidelines
Law enforcement and government requests: https://www.tiktok.com/legal/page/global/law-enforcement/en

Best regards,
TikTok Trust & Safety
""")

case(name="tiktok-no-violation",
     imitates="TikTok report result notification ('We didn't find any violations ... the video will stay up')",
     from_="no-reply@tiktok.com", name_from="TikTok", date="Sat, 14 Sep 2024 03:00:00 +0000",
     subject="Report result: KCSC-240912-01", reply_to_req="req-240912-01",
     outcome="applied", classification="confirmation",
     why="'didn't find any violations ... will stay up' about one video = rejected",
     items={T[2]: "rejected"},
     body=f"""
Hi,

We reviewed the video you reported: {T[2]}

We didn't find any violations of our Community Guidelines, so the video will
stay up. We appreciate you taking the time to report content to us.

TikTok Safety
https://www.tiktok.com/safety
""")

case(name="tiktok-xlsx-attachment",
     imitates="legal team reply with an XLSX sheet (Link / Action Taken), body only points to the attachment",
     from_="legal@tiktok.com", name_from="TikTok Trust & Safety", date="Sun, 15 Sep 2024 03:00:00 +0000",
     subject="Re: [KCSC-240912-01] Removal request - results", reply_to_req="req-240912-01",
     outcome="applied", classification="confirmation",
     why="XLSX only: Removed / Geo-blocked (KR) / Not found",
     items={T[0]: "removed", T[1]: "restricted", T[2]: "not_found"},
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="xlsx-b14"

--xlsx-b14
Content-Type: text/plain; charset=utf-8

Hello,

Please see the attached spreadsheet for the action taken on each video in your
request KCSC-240912-01.

Best regards,
TikTok Trust & Safety

--xlsx-b14
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240912-01.xlsx"
Content-Disposition: attachment; filename="KCSC-240912-01.xlsx"
Content-Transfer-Encoding: base64

{b64(xlsx([["Link", "Action Taken"], [T[0], "Removed"], [T[1], "Geo-blocked (KR)"], [T[2], "Not found"]]))}
--xlsx-b14--
""")

case(name="tiktok-auto-receipt",
     imitates="TikTok automated 'we have received your request' receipt (Auto-Submitted: auto-generated)",
     from_="no-reply@tiktok.com", name_from="TikTok", date="Thu, 12 Sep 2024 00:31:00 +0000",
     subject="We received your request (KCSC-240912-01)", reply_to_req="req-240912-01",
     extra_headers=["Auto-Submitted: auto-generated", "Precedence: bulk"],
     outcome="ignored",
     why="automated receipt; states nothing about any item",
     items={},
     body="""
Hello,

This is an automated message to confirm that we have received your request.
Your reference number is TT-REQ-20240912-55817. Our team will review it and
contact you if further information is needed.

Please do not reply to this email.

TikTok
""")

case(name="tiktok-base64-body",
     imitates="TikTok one-paragraph removal confirmation in a base64-encoded body",
     from_="legal@tiktok.com", name_from="TikTok Trust & Safety", date="Mon, 16 Sep 2024 03:00:00 +0000",
     subject="Re: [KCSC-240912-01] Removal request", reply_to_req="req-240912-01",
     outcome="applied", classification="confirmation",
     why="base64 text/plain; one video has been removed",
     items={T[1]: "removed"},
     raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f"Hello,{chr(10)}{chr(10)}We have removed the video {T[1]} from TikTok for violating our Community Guidelines. The account that posted it has received a strike.{chr(10)}{chr(10)}Best regards,{chr(10)}TikTok Trust & Safety{chr(10)}")}
""")

# ===== Reddit (KCSC-240913-01, 2 items) ====================================

case(name="reddit-status-lines",
     imitates="Reddit Legal reply with 'Status:' lines per reported URL",
     from_="legal@reddit.com", name_from="Reddit Legal", date="Sat, 14 Sep 2024 20:00:00 +0000",
     subject="Re: [KCSC-240913-01] Content removal request", reply_to_req="req-240913-01",
     outcome="applied", classification="confirmation",
     why="post removed by Reddit; comment already deleted by its author = not_found",
     items={R[0]: "removed", R[1]: "not_found"},
     body=f"""
Hi there,

Thanks for your report. We've completed our review:

URL: {R[0]}
Status: Removed by Reddit admins for violating our policy on non-consensual intimate media

URL: {R[1]}
Status: Already deleted by the user before our review; nothing further to action

Reddit's Content Policy: https://www.redditinc.com/policies/content-policy
- Reddit Legal
""")

case(name="reddit-hedged-moderators",
     imitates="Reddit support reply guessing at moderator removal ('it appears ... may have been removed')",
     from_="legal@reddit.com", name_from="Reddit Legal", date="Sun, 15 Sep 2024 20:00:00 +0000",
     subject="Re: [KCSC-240913-01] Content removal request", reply_to_req="req-240913-01",
     outcome="review", review="not_understood",
     why="a hedged guess ('appears ... may have been removed ... we are checking') is not a confirmation",
     items={},
     body=f"""
Hi there,

It appears that {R[0]} may have been removed by the subreddit's moderators, but
we are still checking this on our side. We'll let you know once we have
confirmed its status.

- Reddit Legal
""")

# ===== Discord (KCSC-240916-01, 1 item) ====================================

case(name="discord-one-sentence",
     imitates="Discord Trust & Safety one-line resolution ('the message ... has been deleted and the account actioned')",
     from_="legal@discord.com", name_from="Discord Trust & Safety", date="Tue, 17 Sep 2024 06:00:00 +0000",
     subject="Re: [KCSC-240916-01] Request #882134", reply_to_req="req-240916-01",
     outcome="applied", classification="confirmation",
     why="a one-sentence notice with the URL in angle brackets",
     items={D[0]: "removed"},
     body=f"""
The message at <{D[0]}> has been deleted and the account responsible has been actioned under our Community Guidelines.

Discord Trust & Safety
""")

case(name="discord-asks-message-link",
     imitates="Discord Trust & Safety request for more information (message links, server ID)",
     from_="legal@discord.com", name_from="Discord Trust & Safety", date="Tue, 17 Sep 2024 01:00:00 +0000",
     subject="Re: [KCSC-240916-01] Request #882134", reply_to_req="req-240916-01",
     outcome="review", review="asks_more",
     why="asks for additional links and screenshots before acting on the item",
     items={},
     body=f"""
Hi,

Thanks for reaching out. The link you provided ({D[0]}) points to a channel
our team could not open. So that we can investigate, please reply with the
message links of the content you are reporting, the server invite or server ID,
and screenshots if available.

Learn how to copy message links: https://support.discord.com/hc/en-us/articles/206346498

Discord Trust & Safety
""")

# ===== Telegram (KCSC-240917-01, 3 items) ==================================

case(name="tg-blocked-for-kr",
     imitates="Telegram abuse desk reply ('these messages are no longer accessible to users in ...')",
     from_="abuse@telegram.org", name_from="Telegram Abuse", date="Wed, 18 Sep 2024 10:00:00 +0000",
     subject="Re: [KCSC-240917-01] Removal request", reply_to_req="req-240917-01",
     outcome="applied", classification="confirmation",
     why="two messages blocked for users in South Korea = restricted; third could not be found",
     items={G[0]: "restricted", G[1]: "restricted", G[2]: "not_found"},
     body=f"""
Hello,

Thanks for your report. The following messages are now blocked for users in
South Korea:
{G[0]}
{G[1]}

We could not find {G[2]} - the message does not exist or was deleted.

Telegram Abuse Team
""")

case(name="tg-claims-x-items",
     imitates="Telegram abuse desk reply that wrongly answers for another platform's items",
     from_="abuse@telegram.org", name_from="Telegram Abuse", date="Wed, 18 Sep 2024 12:00:00 +0000",
     subject="Re: removal request", outcome="review", review="wrong_platform",
     why="a trusted Telegram email claims two X posts removed; Telegram cannot speak for X",
     items={},
     body=f"""
Hello,

The following content has been removed:
{X[0]}
{X[1]}

Telegram Abuse Team
""")

case(name="tg-top-posted-over-quoted-list",
     imitates="top-posted reply over a '>'-quoted request (Gmail 'On ... wrote:' style)",
     from_="abuse@telegram.org", name_from="Telegram Abuse", date="Thu, 19 Sep 2024 08:00:00 +0000",
     subject="Re: [KCSC-240917-01] Removal request", reply_to_req="req-240917-01",
     outcome="applied", classification="confirmation",
     why="only the message named above the quote is confirmed removed; the quote lists all three",
     items={G[2]: "removed"},
     body=f"""
Done: {G[2]} has been removed.

On Tue, Sep 17, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{our_request_quoted("KCSC-240917-01", G)}
""")

# ===== more mixed cases ====================================================

case(name="unknown-vendor-claims-tiktok",
     imitates="outsourced moderation vendor writing on a platform's behalf (authenticated, but not a platform domain)",
     from_="casework@trustops-partners.example", name_from="TrustOps Partners", date="Sat, 14 Sep 2024 06:00:00 +0000",
     subject="Re: [KCSC-240912-01] Removal request", reply_to_req="req-240912-01",
     outcome="review", review="unknown_sender",
     why="a sender no platform lists claims removals of TikTok items: review, nothing applied",
     items={},
     body=f"""
Dear KCSC,

On behalf of our client, we confirm that the following videos were removed:
{T[0]}
{T[1]}

Kind regards,
TrustOps Partners, Casework Team
""")

case(name="reddit-removed-prose-with-ack-phrase",
     imitates="Reddit Legal reply opening with a receipt phrase, then stating the action",
     from_="legal@reddit.com", name_from="Reddit Legal", date="Mon, 16 Sep 2024 21:00:00 +0000",
     subject="Re: [KCSC-240913-01] Content removal request", reply_to_req="req-240913-01",
     outcome="applied", classification="confirmation",
     why="an acknowledgement phrase plus an unhedged statement is a confirmation: the comment was removed",
     items={R[1]: "removed"},
     body=f"""
Hi there,

We have received your report, thank you. After investigating, we removed the
comment at {R[1]} for violating Reddit's Content Policy.

If you have any questions, reply to this email.
- Reddit Legal
""")

case(name="meta-facebookmail-disabled",
     imitates="Facebook 'we've removed/disabled access' outcome mail from facebookmail.com",
     from_="notification@facebookmail.com", name_from="Facebook", date="Mon, 16 Sep 2024 04:00:00 +0000",
     subject="Update on your report KCSC-240911-01", reply_to_req="req-240911-01",
     outcome="applied", classification="confirmation",
     why="'we've disabled access to this video' is a removal; the Facebook Help link is not an item",
     items={M[1]: "removed"},
     body=f"""
Hi KCSC,

Thanks for your report. We've disabled access to this video because it goes
against our Community Standards:
{M[1]}

Visit the Help Center to learn more: https://www.facebook.com/help/263149623790594

Thanks,
The Facebook Team
""")

case(name="x-partly-done-unspecified-remaining",
     imitates="X legal partial reply ('we have actioned most of the reported posts; the remaining ones are still being assessed')",
     from_="legal@x.com", date="Mon, 16 Sep 2024 08:00:00 +0000",
     subject="Re: [KCSC-240910-01] Legal request - X", reply_to_req="req-240910-01",
     outcome="review", review="not_understood",
     why="'actioned most of the posts below' with a list and no per-item statement: which ones is unknown",
     items={},
     body=f"""
Hello,

We have actioned most of the posts listed below; the remaining ones are still
being assessed by our team and we will follow up.

{X[0]}
{X[1]}
{X[3]}

Thanks,
X Legal
""")


HEADER = """# Blind set 14 (issue 11): generated by tests/corpus/blind14/make.py, do not edit.
# Expected results were written from each email's meaning before the reader ran.
# See NOTES.md for what each case imitates and which results are arguable."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, "blind14", HEADER, CASES)


if __name__ == "__main__":
    main()
