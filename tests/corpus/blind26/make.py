#!/usr/bin/env python3
"""Blind set 26 (issue 11): a general English mix across seven platforms.

Expected results were written from each email's meaning before anything ran.
Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
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

corpuslib.DOMAIN_NAMES.update({
    "fb.com": "Meta Platforms", "instagram.com": "Instagram", "tiktok.com": "TikTok",
    "reddit.com": "Reddit", "discord.com": "Discord",
})

V = ["https://www.youtube.com/watch?v=Hq26nVa%02dxZ" % i for i in range(1, 13)] + [
    "https://www.youtube.com/shorts/Pm26sHo13rT",
    "https://www.youtube.com/shorts/Pm26sHo14rT",
]
X = ["https://x.com/grayfox_kr26/status/18330000000000001%02d" % i for i in range(1, 4)] + [
    "https://x.com/deal_bot_2626/status/1833100000000000201",
    "https://x.com/deal_bot_2626/status/1833100000000000202",
]
M = [
    "https://www.facebook.com/quietpine.market/posts/pfbid02Ab26cDeFgHiJkLmNoPqRsTuVwXyZ1",
    "https://www.instagram.com/p/C9xAbc26Dq1/",
    "https://www.instagram.com/reel/C9yRee26Lz2/",
    "https://www.facebook.com/groups/2611002233445566/posts/2611009988776655/",
]
T = ["https://t.me/cheap_tix26/411", "https://t.me/cheap_tix26/412", "https://t.me/cheap_tix26/413"]
K = ["https://www.tiktok.com/@lucky.spin26/video/7410000000000260001",
     "https://www.tiktok.com/@lucky.spin26/video/7410000000000260002"]
R = ["https://www.reddit.com/r/fakedeals26/comments/1fa2b3c/free_gift_cards_every_day/"]
D = ["https://discord.com/channels/1100000000000000026/1100000000000000027/1283000000000000026"]

REQUESTS = [
    ("KCSC-240910-01", "youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T10:00:00+09:00", V, "req-240910-01"),
    ("KCSC-240911-01", "x", "2024-09-11T11:30:00+09:00", "2024-09-18T11:30:00+09:00", X, "req-240911-01"),
    ("KCSC-240912-01", "meta", "2024-09-12T09:15:00+09:00", "2024-09-19T09:15:00+09:00", M, "req-240912-01"),
    ("KCSC-240913-01", "telegram", "2024-09-13T14:00:00+09:00", "2024-09-20T14:00:00+09:00", T, "req-240913-01"),
    ("KCSC-240916-01", "tiktok", "2024-09-16T10:40:00+09:00", "2024-09-23T10:40:00+09:00", K, "req-240916-01"),
    ("KCSC-240917-01", "reddit", "2024-09-17T09:00:00+09:00", "2024-09-24T09:00:00+09:00", R, "req-240917-01"),
    ("KCSC-240914-01", "discord", "2024-09-14T16:20:00+09:00", "2024-09-21T16:20:00+09:00", D, "req-240914-01"),
]


def quoted(ref, urls, when, prefix="> "):
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:",
             f"Subject: [{ref}] Request for correction (removal of illegal content)",
             "Dear Sir or Madam,", "",
             "The Korea Communications Standards Commission requests that the following",
             "content be removed or access to it be restricted:"]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please inform us of the action taken.", "KCSC Takedown team"]
    return "\n".join([lines[0]] + [prefix + l if l else prefix.rstrip() for l in lines[1:]])


def mime_alt(text, html, qp=False):
    b = "=_alt26_boundary"
    if qp:
        enc = "quoted-printable"
        t = quopri.encodestring(text.encode()).decode()
        h = quopri.encodestring(html.encode()).decode()
    else:
        enc = "8bit"
        t, h = text, html
    return (f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
            f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n{t}\n"
            f"--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n{h}\n"
            f"--{b}--\n")


def b64(s):
    e = base64.b64encode(s.encode()).decode()
    return "\n".join(e[i:i + 76] for i in range(0, len(e), 76))


YT_FOOT = """Google LLC
1600 Amphitheatre Parkway, Mountain View, CA 94043

You received this message because you submitted a legal request to YouTube.
Help Center: https://support.google.com/youtube/answer/6154232"""

CASES = []


def case(**c):
    c.setdefault("reply_to_req", None)
    CASES.append(c)


# ---------------------------------------------------------------- YouTube
case(name="yt-legal-removed-two", **{"from": "legal-kr@google.com"}, date="Wed, 11 Sep 2024 16:02:11 +0900",
     subject="Re: [KCSC-240910-01] Request for correction (removal of illegal content)", reply_to_req="req-240910-01",
     body=f"""Hello,

Thank you for contacting YouTube.

Following our review of your request, we have removed the following content from YouTube:

{V[0]}
{V[1]}

Regards,
The YouTube Legal Support Team
[Ticket 8-2626000011234]

{YT_FOOT}

{quoted("KCSC-240910-01", V[:3], "Tue, Sep 10, 2024 at 10:00 AM")}
""", outcome="applied", classification="confirmation",
     imitates="YouTube legal-removal outcome email ('we have removed the following content from YouTube' + ticket + Google footer)",
     why="Two URLs listed below a plain removal sentence; the quoted request (with a third URL) does not count.",
     items={V[0]: "removed", V[1]: "removed"})

case(name="yt-geo-blocked-local-law", **{"from": "legal-kr@google.com"}, date="Thu, 12 Sep 2024 09:41:00 +0900",
     subject="Re: [KCSC-240910-01] Your legal request", reply_to_req="req-240910-01",
     body=f"""Hi there,

Thanks for reaching out to us.

In response to your request, we have blocked the following videos from view in South Korea, based on local law:

- {V[2]}
- {V[3]}

The content remains available in other countries. For more information on how YouTube handles government requests, see https://transparencyreport.google.com/government-removals/overview

Sincerely,
The YouTube Team

{YT_FOOT}
""", outcome="applied", classification="confirmation",
     imitates="YouTube local-law geo-block reply ('blocked ... from view in [country]') with transparency-report link",
     why="Country block of two videos is a restriction; the transparency report link is not an item.",
     items={V[2]: "restricted", V[3]: "restricted"})

case(name="yt-age-restricted-one", **{"from": "youtube-legal@youtube.com"}, date="Thu, 12 Sep 2024 18:20:45 +0900",
     subject="Update on your report - KCSC-240910-01", reply_to_req="req-240910-01",
     body=f"""Hello,

We reviewed the video below against our Community Guidelines.

{V[4]}
Outcome: age-restricted. The video is no longer visible to users who are signed out, under 18, or have Restricted Mode turned on.

Learn more about age-restricted content: https://support.google.com/youtube/answer/2802167

- The YouTube Trust & Safety Team
""", outcome="applied", classification="confirmation",
     imitates="YouTube age-restriction notice ('age-restricted ... not visible to users under 18 or signed out') + help link",
     why="Age restriction stated on the line below a bare URL is a restriction.",
     items={V[4]: "restricted"})

case(name="yt-no-violation-left-up", **{"from": "legal-kr@google.com"}, date="Fri, 13 Sep 2024 11:05:09 +0900",
     subject="Re: [KCSC-240910-01] Request for correction", reply_to_req="req-240910-01",
     body=f"""Hello,

Thank you for your report regarding {V[5]}.

After careful review, we have decided not to take action on this video. It does not violate YouTube's Community Guidelines, and we did not find sufficient legal basis to block it under local law. If you have a court order or additional information, you may reply to this email.

Regards,
The YouTube Legal Support Team

{YT_FOOT}
""", outcome="applied", classification="confirmation",
     imitates="YouTube 'we have decided not to take action' legal-request reply inviting a court order",
     why="A negated action with a reason (no guideline violation, no legal basis) is a rejection; the invitation to send a court order does not make it a request for info.",
     items={V[5]: "rejected"})

case(name="yt-per-line-statuses-below-urls", **{"from": "legal-kr@google.com"}, date="Fri, 13 Sep 2024 15:30:00 +0900",
     subject="Re: [KCSC-240910-01] Request for correction (removal of illegal content)", reply_to_req="req-240910-01",
     body=f"""Hello KCSC team,

Please see our decisions for three of the URLs in your notice:

{V[6]}
We have removed this video for violating our policy on illegal or regulated goods.

{V[7]}
We were unable to locate this video. It may have already been deleted by the uploader.

{V[8]}
We reviewed this video and are leaving it up; it does not violate our policies.

We are still reviewing the remaining URLs and will contact you separately.

Best,
Google Legal Removals

{YT_FOOT}
""", outcome="applied", classification="confirmation",
     imitates="Google legal removals per-URL outcome reply (status sentence below each bare URL)",
     why="Each status on the line below its URL; the 'still reviewing the remaining URLs' sentence names no item, so the other videos stay pending.",
     items={V[6]: "removed", V[7]: "not_found", V[8]: "rejected"})

csv_text = ("URL,Action,Notes\r\n"
            f"{V[9]},Removed,Community Guidelines - scams\r\n"
            f"{V[10]},Blocked in KR,Local law (geo-restricted)\r\n"
            f"{V[11]},Removed,Channel terminated\r\n")
case(name="yt-csv-attachment-results", **{"from": "legal-kr@google.com"}, date="Sat, 14 Sep 2024 10:12:33 +0900",
     subject="Re: [KCSC-240910-01] Results of your request", reply_to_req="req-240910-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_mix26"

--=_mix26
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the actions we took on part of your request KCSC-240910-01.

Regards,
YouTube Legal Support

--=_mix26
Content-Type: text/csv; charset=utf-8; name="KCSC-240910-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240910-01_results.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_mix26--
""", outcome="applied", classification="confirmation",
     imitates="Bulk legal-request results sent as a CSV spreadsheet (URL, Action, Notes), as Google and other platforms do for government lists",
     why="CSV attachment with one row per URL: two removals and a country block.",
     items={V[9]: "removed", V[10]: "restricted", V[11]: "removed"})

html_tbl = f"""<html><body><p>Hello,</p><p>Here are the results for the Shorts in your request:</p>
<table border="1"><tr><th>Content URL</th><th>Decision</th></tr>
<tr><td><a href="{V[12]}">{V[12]}</a></td><td>Removed - violates Community Guidelines</td></tr>
<tr><td><a href="{V[13]}">{V[13]}</a></td><td>No action - does not violate our policies</td></tr>
</table><p>See our <a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community Guidelines</a>.</p>
<p>The YouTube Team</p></body></html>"""
txt_tbl = f"""Hello,

Here are the results for the Shorts in your request:

Content URL | Decision
{V[12]} | Removed - violates Community Guidelines
{V[13]} | No action - does not violate our policies

See our Community Guidelines: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

The YouTube Team"""
case(name="yt-html-table-alternative", **{"from": "youtube-legal@youtube.com"}, date="Sat, 14 Sep 2024 13:00:00 +0900",
     subject="Results: KCSC-240910-01", reply_to_req="req-240910-01", raw_mime=mime_alt(txt_tbl, html_tbl),
     outcome="applied", classification="confirmation",
     imitates="HTML results table (URL / Decision) in multipart/alternative, as in YouTube Trusted Flagger / legal dashboards' emailed summaries",
     why="Table rows: one removed, one 'No action - does not violate our policies' (rejected); the guidelines link is not an item.",
     items={V[12]: "removed", V[13]: "rejected"})

case(name="yt-still-under-review", **{"from": "legal-kr@google.com"}, date="Mon, 16 Sep 2024 10:00:00 +0900",
     subject="Re: [KCSC-240910-01] Request for correction", reply_to_req="req-240910-01",
     body=f"""Hello,

We wanted to give you an update on your request. The following videos are still under review by our team:

{V[0]}
{V[1]}
{V[2]}

We expect to complete our review in the coming days and will take appropriate action if we determine that the content violates local law.

Regards,
YouTube Legal Support
""", outcome="review", review="not_understood",
     imitates="YouTube legal 'your request is still under review' interim update",
     why="Names items but states nothing done ('still under review', future 'will take action if'): must be seen, not applied, not ignored.",
     items={})

case(name="yt-legal-autoreply", **{"from": "legal-kr@google.com"}, date="Tue, 10 Sep 2024 10:00:41 +0900",
     subject="Re: [KCSC-240910-01] Request for correction (removal of illegal content)", reply_to_req="req-240910-01",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""Thank you for contacting Google.

This is an automated response to confirm that we have received your message. Our team will review your request and respond as soon as possible. Please do not reply to this email.

Google Legal Support
""", outcome="ignored",
     imitates="Google legal support automatic receipt ('This is an automated response to confirm that we have received your message')",
     why="Automatic receipt naming no item: ignored.", items={})

case(name="yt-reported-content-echoed", **{"from": "legal-kr@google.com"}, date="Tue, 17 Sep 2024 17:45:12 +0900",
     subject="Re: [KCSC-240910-01] Request for correction (removal of illegal content)", reply_to_req="req-240910-01",
     body=f"""Hello,

The reported content has been removed from YouTube for violating our Community Guidelines.

--- Your report ---
Reporter: Korea Communications Standards Commission
Reference: KCSC-240910-01
URLs reported:
  {V[0]}
  {V[4]}
Legal basis: Act on Promotion of Information and Communications Network Utilization
--- End of report ---

If you have questions, visit https://support.google.com/legal

The YouTube Legal team
""", outcome="applied", classification="confirmation",
     imitates="Removal notice about 'the reported content' followed by an echoed copy of the report (Google legal form receipts)",
     why="Statement about 'the reported content' followed by the echoed report that lists exactly two URLs: both removed.",
     items={V[0]: "removed", V[4]: "removed"})

case(name="yt-asks-court-order", **{"from": "legal-kr@google.com"}, date="Wed, 11 Sep 2024 12:00:00 +0900",
     subject="Re: [KCSC-240910-01] Additional information needed", reply_to_req="req-240910-01",
     body=f"""Hello,

Thank you for your request concerning {V[3]}.

To proceed, we need additional information. Please tell us which specific statements in the video you consider unlawful, with timestamps, and the provision of Korean law they violate. If a court has ruled on this content, please attach a copy of the order.

We can't process your request until we receive this information.

YouTube Legal Support
""", outcome="review", classification="request_for_info", review="asks_more",
     imitates="YouTube legal 'we need more information (timestamps, law, court order)' reply",
     why="Asks for more information about a named item; nothing done.", items={})

case(name="yt-dmarc-fail-removed", **{"from": "legal-kr@google.com"}, auth="fail", date="Thu, 12 Sep 2024 22:10:00 +0900",
     subject="Re: [KCSC-240910-01] Request for correction", reply_to_req="req-240910-01",
     body=f"""Hello,

We have removed the following videos from YouTube:

{V[0]}
{V[1]}

The YouTube Legal Support Team
""", outcome="review", review="untrusted",
     imitates="YouTube legal-removal outcome email, with failing DMARC",
     why="Perfect removal wording but DMARC fails: nothing applied, must be seen.", items={})

body_b64 = f"""Hello,

We have taken down the following video after reviewing it under our Community Guidelines:
{V[5]}

You can read about our policies at https://www.youtube.com/t/community_guidelines

Thanks,
YouTube Trust & Safety
"""
case(name="yt-base64-plain", **{"from": "noreply-legal@google.com"}, date="Sun, 15 Sep 2024 08:30:00 +0900",
     subject="Re: [KCSC-240910-01]", reply_to_req="req-240910-01",
     raw_mime=f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{b64(body_b64)}\n",
     outcome="applied", classification="confirmation",
     imitates="YouTube 'we have taken down the following video' notice, base64-encoded body",
     why="Base64 body; URL on the line below its statement; policy link is not an item.",
     items={V[5]: "removed"})

case(name="yt-some-removed-not-which", **{"from": "legal-kr@google.com"}, date="Wed, 18 Sep 2024 09:00:00 +0900",
     subject="Re: [KCSC-240910-01] Request for correction", reply_to_req="req-240910-01",
     body=f"""Hello,

We have reviewed the videos you reported:

{V[6]}
{V[7]}
{V[8]}
{V[9]}

Some of these videos have been removed for violating our policies; the others remain under review.

YouTube Legal Support
""", outcome="review", review="not_understood",
     imitates="Partial-outcome update from a legal team that does not say which item got which outcome",
     why="'Some of these' removed without saying which: no item can be applied; must be seen.", items={})

case(name="yt-invalid-url-help-links", **{"from": "legal-kr@google.com"}, date="Wed, 18 Sep 2024 15:20:00 +0900",
     subject="Re: [KCSC-240910-01] Request for correction", reply_to_req="req-240910-01",
     body=f"""Hello,

The URL you provided ({V[8]}) does not lead to an existing video. The video is unavailable and we could not find it on YouTube.

For future requests, please follow the guidance at https://support.google.com/youtube/answer/6154230 and submit through https://support.google.com/legal/answer/3110420 .

Regards,
YouTube Legal Support
""", outcome="applied", classification="confirmation",
     imitates="YouTube 'the URL you provided is invalid / video unavailable' reply with help and form links",
     why="URL in parentheses inside the not-found sentence; help and form links are not items and not unmatched claims.",
     items={V[8]: "not_found"})

# ---------------------------------------------------------------- X
case(name="x-withheld-in-korea", **{"from": "legal@x.com"}, date="Thu, 12 Sep 2024 03:14:00 +0000",
     subject="Re: [KCSC-240911-01] Request for correction - Case# 0926110001",
     reply_to_req="req-240911-01",
     body=f"""Hello,

Thank you for your report.

In accordance with applicable local law, we have withheld the following posts in South Korea:

{X[0]}
{X[1]}

Withheld content remains visible outside of South Korea. More information on country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal
""", outcome="applied", classification="confirmation",
     imitates="X (Twitter) 'we have withheld ... in [country]' legal-request reply with CWC help link",
     why="Country-withheld posts are restricted.", items={X[0]: "restricted", X[1]: "restricted"})

case(name="x-no-action-not-violating", **{"from": "legal@x.com"}, date="Fri, 13 Sep 2024 08:02:00 +0000",
     subject="Re: Case# 0926110002 [KCSC-240911-01]", reply_to_req="req-240911-01",
     body=f"""Hello,

We have reviewed the reported post ({X[2]}) and have determined that it is not in violation of the X Rules (https://help.x.com/rules-and-policies/x-rules) or applicable local law. We will not be taking action at this time.

Thanks,
X Support
""", outcome="applied", classification="confirmation",
     imitates="X 'not in violation of the X Rules ... will not be taking action' reply",
     why="Not in violation + no action is a rejection; the X Rules link is not an item.", items={X[2]: "rejected"})

case(name="x-will-withhold-later", **{"from": "legal@x.com"}, date="Sat, 14 Sep 2024 01:00:00 +0000",
     subject="Re: [KCSC-240911-01] Case# 0926110003", reply_to_req="req-240911-01",
     body=f"""Hello,

We are reviewing {X[3]} under applicable local law and expect to withhold it in South Korea once our review is complete.

Thanks,
X Legal
""", outcome="review", review="not_understood",
     imitates="X interim legal reply stating a planned (future) action",
     why="Future, conditional action: nothing to apply; must be seen.", items={})

case(name="x-top-posted-over-quote", **{"from": "legal@x.com"}, date="Mon, 16 Sep 2024 06:40:00 +0000",
     subject="Re: [KCSC-240911-01] Request for correction (removal of illegal content)", reply_to_req="req-240911-01",
     body=f"""Hi,

{X[4]} - removed for violating our rules on illegal or certain regulated goods and services.

We'll follow up on the other posts separately.

X Legal

{quoted("KCSC-240911-01", X, "Wed, Sep 11, 2024 at 11:30 AM")}
""", outcome="applied", classification="confirmation",
     imitates="X Legal top-posted short reply above the quoted request",
     why="Only the unquoted line counts; the four other posts in the quoted list stay pending.",
     items={X[4]: "removed"})

case(name="x-case-receipt", **{"from": "noreply@x.com"}, date="Wed, 11 Sep 2024 02:31:00 +0000",
     subject="Case# 0926110001: We received your report", reply_to_req="req-240911-01",
     body="""Hello,

We've received your report and opened case number 0926110001. Our team will review it and get back to you. You don't need to do anything else right now.

Please don't reply to this email.

X Support
""", outcome="ignored", classification="acknowledgement",
     imitates="X 'We've received your report / case number' receipt",
     why="Pure ticket receipt naming no item: ignored.", items={})

case(name="x-lookalike-domain", **{"from": "legal@x-support-team.com"}, date="Sun, 15 Sep 2024 11:11:00 +0000",
     subject="Re: [KCSC-240911-01] Request for correction", reply_to_req="req-240911-01",
     body=f"""Hello,

We have removed the following posts:

{X[0]}
{X[1]}
{X[2]}

X Legal
""", outcome="review", review="unknown_sender",
     imitates="X legal removal reply sent from a look-alike domain (spoof attempt)",
     why="Sender domain is not X's: a spoof naming our items must be seen, nothing applied.", items={})

html_x = f"""<html><body><p>Hello,</p>
<p>We removed this post for violating the X Rules:<br><a href="{X[1]}">{X[1]}</a></p>
<p>The following post could not be found; it may have been deleted by its author before our review:<br><a href="{X[2]}">{X[2]}</a></p>
<p>X Legal</p></body></html>"""
txt_x = f"""Hello,

We removed this post for violating the X Rules:
{X[1]}

The following post could not be found; it may have been deleted by its author before our review:
{X[2]}

X Legal"""
case(name="x-qp-alternative-removed-and-missing", **{"from": "legal@x.com"}, date="Tue, 17 Sep 2024 04:20:00 +0000",
     subject="Re: [KCSC-240911-01] Case# 0926110004", reply_to_req="req-240911-01",
     raw_mime=mime_alt(txt_x, html_x, qp=True), outcome="applied", classification="confirmation",
     imitates="X legal reply in quoted-printable HTML/plain alternative, statement above each URL",
     why="URL on the line below its statement; 'could not be found' is not_found; 'may have been deleted' hedges only the cause, not the finding.",
     items={X[1]: "removed", X[2]: "not_found"})

# ---------------------------------------------------------------- Meta
case(name="meta-restricted-local-law", **{"from": "records@fb.com"}, date="Fri, 13 Sep 2024 07:10:00 +0000",
     subject="Re: [KCSC-240912-01] Request for correction", reply_to_req="req-240912-01",
     body=f"""Hello,

Thank you for your report. After review, we have restricted access to the following content in South Korea based on local law:

1. {M[0]}
2. {M[1]}

This content was not removed globally because it does not violate our Community Standards. You can learn more about how we handle content reported as unlawful at https://transparency.meta.com/reports/content-restrictions/

Meta Content Restrictions Team
""", outcome="applied", classification="confirmation",
     imitates="Meta 'we have restricted access to this content in [country] based on local law' reply with Transparency Center link",
     why="Local restriction is 'restricted'; 'not removed globally because it does not violate our Community Standards' explains the restriction and must not make it a rejection.",
     items={M[0]: "restricted", M[1]: "restricted"})

case(name="meta-doesnt-go-against-standards", **{"from": "noreply@instagram.com"}, date="Sat, 14 Sep 2024 05:30:00 +0000",
     subject="Update on your report [KCSC-240912-01]", reply_to_req="req-240912-01",
     body=f"""Hi,

We reviewed the reel you reported:
{M[2]}

We didn't remove it because it doesn't go against our Community Guidelines, and we didn't find it to be unlawful in your country.

Thanks for helping keep Instagram safe.
Instagram Help Center: https://help.instagram.com/
""", outcome="applied", classification="confirmation",
     imitates="Instagram/Facebook 'We didn't remove it because it doesn't go against our Community Standards' report update",
     why="Negated removal with a reason is a rejection.", items={M[2]: "rejected"})

case(name="meta-bulleted-removed-and-gone", **{"from": "records@fb.com"}, date="Mon, 16 Sep 2024 02:00:00 +0000",
     subject="Re: [KCSC-240912-01] Request for correction", reply_to_req="req-240912-01",
     body=f"""Hello,

Here is the outcome for two items in your request:

* {M[3]} -- removed for violating our Community Standards on regulated goods.
* {M[0]} -- this content is no longer available on Facebook; we could not locate it.

Meta Platforms, Inc. | 1 Meta Way, Menlo Park, CA 94025
""", outcome="applied", classification="confirmation",
     imitates="Meta per-item outcome list (bulleted, '--' status after each URL)",
     why="Bulleted list, one removed and one not found.", items={M[3]: "removed", M[0]: "not_found"})

case(name="meta-out-of-office", **{"from": "jlee.policy@meta.com"}, name_from="Jamie Lee", date="Thu, 12 Sep 2024 00:20:00 +0000",
     subject="Automatic reply: [KCSC-240912-01] Request for correction", reply_to_req="req-240912-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until September 23 with limited access to email. For urgent content matters please contact records@fb.com.

Jamie
""", outcome="ignored", classification="auto_reply",
     imitates="Outlook 'Automatic reply:' out-of-office message from a platform policy employee",
     why="Out-of-office auto-reply: ignored.", items={})

case(name="meta-appears-removed-hedged", **{"from": "records@fb.com"}, date="Tue, 17 Sep 2024 09:00:00 +0000",
     subject="Re: [KCSC-240912-01] Request for correction", reply_to_req="req-240912-01",
     body=f"""Hello,

Regarding {M[1]}: it appears this post may have been removed already, but we have not been able to confirm this yet. We'll let you know once we have more information.

Meta Content Restrictions Team
""", outcome="review", review="not_understood",
     imitates="Meta support hedged interim reply ('it appears ... may have been removed, not confirmed')",
     why="Hedged ('appears', 'may', 'not been able to confirm'): not applied, must be seen.", items={})

case(name="meta-ticket-receipt", **{"from": "noreply@facebookmail.com"}, date="Thu, 12 Sep 2024 00:16:00 +0000",
     subject="Your report has been received (Reference #26-771044)", reply_to_req="req-240912-01",
     body="""Hi,

Thanks for your report. We've received it and a member of our team will review it. Your reference number is 26-771044.

You can check the status of your report in your Support Inbox.

The Facebook Team
""", outcome="ignored", classification="acknowledgement",
     imitates="Facebook 'Thanks for your report, we've received it' receipt with reference number",
     why="Pure receipt, no items: ignored.", items={})

# ---------------------------------------------------------------- Telegram
case(name="tg-blocked-two", **{"from": "abuse@telegram.org"}, date="Sat, 14 Sep 2024 10:05:00 +0400",
     subject="Re: [KCSC-240913-01] Request for correction", reply_to_req="req-240913-01",
     body=f"""Hello,

Thank you for the report. The following messages have been blocked and are no longer accessible on Telegram:
{T[0]}
{T[1]}

Telegram Abuse Team
""", outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk short reply ('blocked and no longer accessible')",
     why="Blocked and no longer accessible = removed.", items={T[0]: "removed", T[1]: "removed"})

case(name="tg-not-found", **{"from": "abuse@telegram.org"}, date="Sun, 15 Sep 2024 12:00:00 +0400",
     subject="Re: [KCSC-240913-01]", reply_to_req="req-240913-01",
     body=f"""Hi,

We couldn't find the message at {T[2]} - the link is invalid or the message no longer exists.

Telegram Support
""", outcome="applied", classification="confirmation",
     imitates="Telegram abuse reply 'couldn't find / link is invalid'",
     why="Not found.", items={T[2]: "not_found"})

case(name="tg-reminder-bounce", **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
     date="Wed, 18 Sep 2024 14:02:00 +0900", subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn26"

--=_dsn26
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mail.telegram.org[203.0.113.40] said: 550 5.1.1
    mailbox unavailable (in reply to RCPT TO command)

--=_dsn26
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 18 Sep 2024 14:01:58 +0900

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable

--=_dsn26
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: [KCSC-240913-01] Request for correction
Message-ID: <rem-240913-01-1@kcsc.example>
In-Reply-To: <req-240913-01@kcsc.example>

--=_dsn26--
""", outcome="ignored", classification="bounce",
     imitates="Postfix DSN (multipart/report delivery-status) for a bounced reminder",
     why="Bounce of our own reminder: ignored.", items={})

case(name="tg-claims-x-posts", **{"from": "abuse@telegram.org"}, date="Mon, 16 Sep 2024 09:00:00 +0400",
     subject="Re: your report", body=f"""Hello,

The content you reported has been removed:
{X[3]}
{X[4]}

Telegram Abuse Team
""", outcome="review", review="wrong_platform",
     imitates="Telegram abuse reply naming another platform's URLs (misdirected reply)",
     why="A trusted Telegram email cannot change X's items; must be seen.", items={})

case(name="tg-status-below-each-url", **{"from": "dsa@telegram.org"}, date="Tue, 17 Sep 2024 16:00:00 +0400",
     subject="Re: [KCSC-240913-01] Request for correction", reply_to_req="req-240913-01",
     body=f"""Hello,

{T[0]}
Unavailable to users in South Korea (restricted under local law).

{T[1]}
Deleted.

Telegram
""", outcome="applied", classification="confirmation",
     imitates="Telegram terse per-URL reply, status on the line below each URL",
     why="Country-restricted then deleted, each on the line below its URL.",
     items={T[0]: "restricted", T[1]: "removed"})

# ---------------------------------------------------------------- TikTok
case(name="tiktok-removed-and-restricted", **{"from": "legal-notice@tiktok.com"}, date="Tue, 17 Sep 2024 20:10:00 +0800",
     subject="TikTok: Outcome of your request KCSC-240916-01", reply_to_req="req-240916-01",
     body=f"""Dear Requester,

Thank you for your report. We have reviewed the content and taken the following actions:

Video 1: {K[0]}
Action taken: Removed for violating TikTok's Community Guidelines.

Video 2: {K[1]}
Action taken: Restricted - made unavailable in the Republic of Korea based on local law.

Community Guidelines: https://www.tiktok.com/community-guidelines
Sincerely,
TikTok Law Enforcement & Government Outreach
""", outcome="applied", classification="confirmation",
     imitates="TikTok government request outcome ('Action taken:' per video) with guidelines link",
     why="One removed, one geo-restricted.", items={K[0]: "removed", K[1]: "restricted"})

case(name="tiktok-read-receipt", **{"from": "legal-notice@tiktok.com"}, date="Mon, 16 Sep 2024 12:00:00 +0800",
     subject="Read: [KCSC-240916-01] Request for correction",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn26"

--=_mdn26
Content-Type: text/plain; charset=utf-8

Your message was displayed on Mon, 16 Sep 2024 12:00:00 +0800.

--=_mdn26
Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com
Final-Recipient: rfc822; legal-notice@tiktok.com
Original-Message-ID: <req-240916-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn26--
""", outcome="ignored", classification="read_receipt",
     imitates="RFC 8098 read receipt (MDN) from a platform mailbox",
     why="Read receipt: ignored.", items={})

case(name="tiktok-receipt-may-remove", **{"from": "legal-notice@tiktok.com"}, date="Mon, 16 Sep 2024 11:10:00 +0800",
     subject="We received your report [KCSC-240916-01]", reply_to_req="req-240916-01",
     body=f"""Dear Requester,

Thank you for your report about {K[0]}. We will review it and may remove or restrict it if it violates our Community Guidelines or local law.

TikTok Trust & Safety
""", outcome="review", review="not_understood",
     imitates="TikTok report receipt naming the reported video and a conditional 'may remove or restrict'",
     why="Trusted and names an item, but only a conditional future action: review, never ignored.", items={})

# ---------------------------------------------------------------- Reddit
case(name="reddit-removed-echoed", **{"from": "noreply@reddit.com"}, date="Tue, 17 Sep 2024 08:00:00 +0000",
     subject="Re: [KCSC-240917-01] Update on your report", reply_to_req="req-240917-01",
     body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After investigating, we've found that the reported content violates Reddit's Content Policy (https://www.redditinc.com/policies/content-policy) and it has been removed.

Report details:
Reported content: {R[0]}
Report reason: Illegal transactions / scams

Thanks again for your report,
Reddit Safety
""", outcome="applied", classification="confirmation",
     imitates="Reddit admin 'we've found that the reported content violates Reddit's Content Policy and it has been removed' with echoed report details",
     why="'the reported content' + echoed report naming the post; policy link is not an item.",
     items={R[0]: "removed"})

case(name="reddit-no-violation", **{"from": "noreply@reddit.com"}, date="Wed, 18 Sep 2024 08:00:00 +0000",
     subject="Re: [KCSC-240917-01] Update on your report", reply_to_req="req-240917-01",
     body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After investigating, we've found that the reported content doesn't violate Reddit's Content Policy.

Report details:
Reported content: {R[0]}

If you see this content somewhere else, feel free to report it.
Reddit Safety
""", outcome="applied", classification="confirmation",
     imitates="Reddit admin 'the reported content doesn't violate Reddit's Content Policy' reply with echoed report details",
     why="No-violation finding about the reported content = rejected.", items={R[0]: "rejected"})

# ---------------------------------------------------------------- Discord
case(name="discord-removed-message", **{"from": "legal@discord.com"}, date="Wed, 18 Sep 2024 01:30:00 +0000",
     subject="Re: [KCSC-240914-01] Request for correction", reply_to_req="req-240914-01",
     body=f"""Hello,

Thank you for reaching out to Discord. Our Trust & Safety team investigated your report and removed the reported message:
{D[0]}

We have also taken action against the account that posted it, in line with our Community Guidelines (https://discord.com/guidelines).

Discord Trust & Safety
""", outcome="applied", classification="confirmation",
     imitates="Discord Trust & Safety 'investigated your report and removed the reported message / took action on the account' reply",
     why="Message link removed; guidelines link is not an item.", items={D[0]: "removed"})

case(name="discord-user-claims-deleted", **{"from": "nightowl.tix26@gmail.com"}, name_from="nightowl", date="Tue, 17 Sep 2024 13:00:00 +0000",
     subject="Re: [KCSC-240914-01] Request for correction", reply_to_req="req-240914-01",
     body=f"""hi, i deleted the message you complained about, its gone now
{D[0]}
pls close this
""", outcome="review", review="unknown_sender",
     imitates="Informal reply from the uploader (a free-mail user) claiming self-deletion",
     why="Not a platform sender; claims about our item must be seen, nothing applied.", items={})

if __name__ == "__main__":
    rows = []
    for ref, plat, sent, due, urls, mid in REQUESTS:
        for u in urls:
            rows.append([ref, plat, sent, due, u, "illegal_goods", f"<{mid}@kcsc.example>", ""])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    w.writerows(rows)
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    header = ("# Blind set 26 (issue 11): general English mix across seven platforms.\n"
              "# Generated by make.py; expected results written from meaning before any run.")
    corpuslib.write_set(HERE, "blind26", header, CASES)
    print(len(CASES), "cases,", len(rows), "items")
