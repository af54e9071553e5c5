#!/usr/bin/env python3
"""Blind set 30 (issue 11): a general English mix across many platforms.

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
Expected results were written from each email's meaning before anything ran.
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
    "fb.com": "Meta", "meta.com": "Meta", "facebookmail.com": "Facebook",
    "instagram.com": "Instagram", "tiktok.com": "TikTok", "reddit.com": "Reddit",
    "redditmail.com": "Reddit",
})

# ---------------------------------------------------------------- requests
YT = [
    "https://www.youtube.com/watch?v=aQ3vT9kLm2P",
    "https://www.youtube.com/watch?v=bR7wX1nZp4Q",
    "https://www.youtube.com/watch?v=cS2yU8mKq5R",
    "https://www.youtube.com/watch?v=dT6zV3oLr6S",
    "https://www.youtube.com/watch?v=eU1aW7pMs7T",
    "https://www.youtube.com/watch?v=fV5bX2qNt8U",
    "https://www.youtube.com/watch?v=gW9cY6rOu9V",
    "https://www.youtube.com/watch?v=hX4dZ1sPv0W",
    "https://www.youtube.com/watch?v=iY8eA5tQw1X",
    "https://www.youtube.com/watch?v=jZ3fB9uRx2Y",
    "https://www.youtube.com/shorts/kA7gC4vSy3Z",
    "https://www.youtube.com/shorts/lB2hD8wTz4a",
    "https://www.youtube.com/@hollowtide_clips",
    "https://www.youtube.com/watch?v=mC6iE3xUa5b",
]
XX = [
    "https://x.com/nightowl_kr88/status/1833012345678901234",
    "https://x.com/nightowl_kr88/status/1833019876543210987",
    "https://x.com/dalbit_leaks/status/1832904455667788990",
    "https://x.com/dalbit_leaks/status/1832911122334455667",
    "https://x.com/sora_mirror_07/status/1833100200300400500",
]
MT = [
    "https://www.facebook.com/groups/482910337761/posts/991204556123/",
    "https://www.instagram.com/p/C9xQ2mLrT4k/",
    "https://www.instagram.com/reel/C9yR3nMsU5l/",
    "https://www.facebook.com/share/p/1Bq7ZtLmX9/",
]
TT = [
    "https://www.tiktok.com/@mirae.zone/video/7412345678901234567",
    "https://www.tiktok.com/@mirae.zone/video/7412398765432109876",
    "https://www.tiktok.com/@hanbit_fx/video/7413001122334455667",
]
TG = [
    "https://t.me/gray_lantern/2041",
    "https://t.me/gray_lantern/2047",
]
RD = [
    "https://www.reddit.com/r/kdrama_leakvault/comments/1fb2x9q/new_set_part_3/",
]

REQUESTS = [
    ("KCSC-240909-01", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", YT, "non_consensual_imagery", "req-240909-01"),
    ("KCSC-240910-01", "x", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", XX, "deepfake_sexual_abuse", "req-240910-01"),
    ("KCSC-240911-01", "meta", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00", MT, "illegal_gambling", "req-240911-01"),
    ("KCSC-240912-01", "tiktok", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00", TT, "drug_sales", "req-240912-01"),
    ("KCSC-240913-01", "telegram", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", TG, "deepfake_sexual_abuse", "req-240913-01"),
    ("KCSC-240916-01", "reddit", "2024-09-16T15:00:00+09:00", "2024-09-23T18:00:00+09:00", RD, "non_consensual_imagery", "req-240916-01"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", ""])


def quoted_request(ref, date, urls, style="gt"):
    """Our own request, quoted: its wording must never count."""
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission (ref. {ref}) requests that",
        "the following content be removed or access to it be blocked, as it is",
        "illegal under the laws of the Republic of Korea:",
        "",
    ]
    lines += [f"{i}. {u}  (please remove)" for i, u in enumerate(urls, 1)]
    lines += ["", "Please confirm the action taken for each item.", "", "KCSC Takedown Desk"]
    if style == "gt":
        head = f"On {date}, KCSC Takedown <takedown@kcsc.example> wrote:"
        return head + "\n" + "\n".join("> " + l if l else ">" for l in lines)
    head = ("-----Original Message-----\nFrom: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {date}\nTo: legal\nSubject: Removal request {ref}\n")
    return head + "\n" + "\n".join(lines)


def mixed(boundary, parts):
    out = [f'Content-Type: multipart/mixed; boundary="{boundary}"', "", "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def alternative(boundary, text, html, qp=False):
    if qp:
        t = quopri.encodestring(text.encode("utf-8")).decode("ascii")
        h = quopri.encodestring(html.encode("utf-8")).decode("ascii")
        enc = "quoted-printable"
    else:
        t, h, enc = text, html, "8bit"
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n{t}\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n{h}\n"
            f"--{boundary}--\n")


def b64(s):
    data = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def xlsx_bytes(rows):
    """Minimal XLSX (inline strings), built by hand; fixed zip timestamps."""
    import zipfile
    from xml.sax.saxutils import escape

    def cell(ref, v):
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
    sheet_rows = []
    for i, row in enumerate(rows, 1):
        cells = "".join(cell(f"{chr(65 + j)}{i}", v) for j, v in enumerate(row))
        sheet_rows.append(f'<row r="{i}">{cells}</row>')
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
        + "".join(sheet_rows) + "</sheetData></worksheet>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 9, 18, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def b64bytes(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


CASES = []


def case(**kw):
    CASES.append(kw)


# =============================================================== YouTube (14)
case(
    name="yt-legal-removed-bulleted",
    date="Tue, 10 Sep 2024 16:12:40 +0900",
    frm="youtube-legal-support@google.com",
    subject="Re: [KCSC-240909-01] Legal removal request - outcome [5-2871004396112]",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal-removals outcome email ('we have removed the content', ticket number in subject, Legal Help link)",
    why="two watch URLs in a bulleted list below one unhedged 'removed from YouTube' sentence; help link is not an item",
    items={YT[0]: "removed", YT[1]: "removed"},
    body=f"""Hello,

Thanks for reaching out to us.

In response to your legal request, we have reviewed the content below and
removed it from YouTube:

  * {YT[0]}
  * {YT[1]}

For more information about how we handle legal requests, please visit
https://support.google.com/legal/answer/3110420

Regards,
The YouTube Legal Support Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
)

case(
    name="yt-local-law-blocked-in-kr",
    date="Wed, 11 Sep 2024 09:41:02 +0900",
    frm="legal-kr@google.com",
    subject="Re: KCSC-240909-01",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    imitates="Google legal-removals 'we have blocked access in <country>' local-law outcome, as described on Google's Legal Help Center",
    why="geo-block under local law for three videos is a restriction, not a removal",
    items={YT[2]: "restricted", YT[3]: "restricted", YT[4]: "restricted"},
    body=f"""Hello,

Following our review of your request, we have blocked access to the
following videos for viewers in South Korea, based on local law. The
videos remain available in other countries.

{YT[2]}
{YT[3]}
{YT[4]}

As content policies vary by country, this action applies only to the
country named above. See https://support.google.com/legal/answer/1114905
for details.

Best regards,
Google Legal Support
""",
)

case(
    name="yt-short-age-restricted",
    date="Wed, 11 Sep 2024 13:05:55 +0900",
    frm="youtube-legal-support@youtube.com",
    subject="Update on your report [5-2871005512339]",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'age-restricted' outcome notice (content not removed, placed behind an age gate), help link to the age-restriction article",
    why="age restriction of a Short is a restriction; the other request items are not mentioned",
    items={YT[10]: "restricted"},
    body=f"""Hi there,

We reviewed the Short you reported:
{YT[10]}

It has been age-restricted. It will not be visible to users who are under
18 or signed out, and it cannot be viewed in most third-party websites.

Learn more about age-restricted content:
https://support.google.com/youtube/answer/2802167

- The YouTube Team
""",
)

case(
    name="yt-no-violation-kept",
    date="Thu, 12 Sep 2024 10:20:11 +0900",
    frm="youtube-legal-support@google.com",
    subject="Re: [KCSC-240909-01] Legal removal request [5-2871006621870]",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'we have decided not to take action' legal outcome (no violation of Community Guidelines, no local-law basis)",
    why="a decision not to act with a reason is a rejection",
    items={YT[5]: "rejected"},
    body=f"""Hello,

Thank you for your notice.

After careful review, we have decided not to take action on the following
video, as it does not violate our Community Guidelines and we were unable
to identify a sufficient legal basis for removal under local law:

{YT[5]}

The video remains available on YouTube. You may submit additional
information through https://support.google.com/legal/contact/lr_legalother
if you believe we have made a mistake.

Sincerely,
The YouTube Legal Support Team
""",
)

yt_table_html = f"""<html><body>
<p>Hello,</p>
<p>Please find below the outcome of our review of your request KCSC-240909-01.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action taken</th></tr>
<tr><td>{YT[6]}</td><td>Removed &ndash; violation of Community Guidelines</td></tr>
<tr><td>{YT[7]}</td><td>Blocked in KR (local law)</td></tr>
<tr><td>{YT[8]}</td><td>Video not found &ndash; the URL is invalid</td></tr>
<tr><td>{YT[9]}</td><td>No action &ndash; does not violate our policies</td></tr>
</table>
<p>Community Guidelines: <a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">https://www.youtube.com/howyoutubeworks/policies/community-guidelines/</a></p>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>"""
case(
    name="yt-html-table-four-outcomes",
    date="Fri, 13 Sep 2024 17:44:30 +0900",
    frm="youtube-legal-support@google.com",
    subject="KCSC-240909-01: review results",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    type="html",
    imitates="Government-request outcome tables that trust-and-safety teams send to regulators (URL / Action taken columns)",
    why="HTML table with four different outcomes; the policy link below the table is not an item",
    items={YT[6]: "removed", YT[7]: "restricted", YT[8]: "not_found", YT[9]: "rejected"},
    body=yt_table_html,
)

yt_alt_text = f"""Hi,

We have removed the following content from YouTube for violating our
harassment and cyberbullying policy:
{YT[13]}

You can read our policy at https://support.google.com/youtube/answer/2802268 .

Thanks,
YouTube Trust & Safety
"""
yt_alt_html = f"""<html><body><p>Hi,</p>
<p>We have removed the following content from YouTube for violating our harassment and cyberbullying policy:<br>
<a href="{YT[13]}">{YT[13]}</a></p>
<p>You can read our policy <a href="https://support.google.com/youtube/answer/2802268">here</a>.</p>
<p>Thanks,<br>YouTube Trust &amp; Safety</p></body></html>"""
case(
    name="yt-alt-qp-removed-one",
    date="Sat, 14 Sep 2024 08:02:17 +0900",
    frm="no-reply@youtube.com",
    subject="Re: KCSC-240909-01 - content removed",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    imitates="YouTube policy-removal notice (multipart/alternative, quoted-printable, policy link)",
    why="quoted-printable multipart/alternative with one removal; the policy link is not an item",
    items={YT[13]: "removed"},
    raw_mime=alternative("yt-alt-7781", yt_alt_text, yt_alt_html, qp=True),
)

case(
    name="yt-asks-timestamps",
    date="Tue, 10 Sep 2024 11:30:00 +0900",
    frm="youtube-legal-support@google.com",
    subject="Re: [KCSC-240909-01] Additional information needed [5-2871003310054]",
    reply_to_req="req-240909-01",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Google Legal Support 'we need more information' reply asking for timestamps and the specific legal provision",
    why="asks for timestamps and the legal basis before acting on a named video: staff must answer, nothing is applied",
    items={},
    body=f"""Hello,

Thank you for your request concerning the following video:

{YT[11]}

To proceed, we need additional information. Please reply with the
timestamp(s) at which the allegedly unlawful content appears, and the
specific provision of Korean law you believe it violates. Without this
information we are unable to evaluate your request.

Regards,
The YouTube Legal Support Team
""",
)

case(
    name="yt-ticket-receipt",
    date="Mon, 09 Sep 2024 10:03:12 +0900",
    frm="noreply-legal@google.com",
    subject="Your legal request has been received [5-2871001984433]",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    outcome="ignored",
    imitates="Google legal webform receipt ('Thanks for contacting us. We have received your submission' with a case id)",
    why="automatic receipt naming no item and stating nothing about any content",
    items={},
    body="""Thanks for contacting us.

We have received your submission and will look into it. Your case ID is
5-2871001984433; please keep it for reference in any future
correspondence about this request.

Please do not reply to this email; this mailbox is not monitored.

Google LLC
""",
)

case(
    name="yt-top-posted-over-quoted-list",
    date="Mon, 16 Sep 2024 14:25:09 +0900",
    frm="legal-kr@google.com",
    subject="RE: KCSC-240909-01 removal request",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style top-posted reply from a platform legal contact over the regulator's quoted request",
    why="only the one channel named above the quote was terminated; the quoted list of all 14 URLs with 'please remove' counts for nothing",
    items={YT[12]: "removed"},
    body=f"""Hello,

The channel {YT[12]} has been terminated for repeated violations
of our Community Guidelines. We will come back to you on the remaining
URLs separately.

Kind regards,
Min-ji Park
Legal Specialist, Google Korea

{quoted_request("KCSC-240909-01", "Monday, September 9, 2024 10:00 AM", YT, style="outlook")}
""",
)

yt_csv = "URL,Action,Reason\n" + "\n".join([
    f"{YT[0]},Removed,Community Guidelines - privacy",
    f"{YT[3]},Restricted (KR),Local law",
    f"{YT[5]},No action,No violation found",
]) + "\n"
case(
    name="yt-csv-attachment",
    date="Tue, 17 Sep 2024 19:10:44 +0900",
    frm="youtube-legal-support@google.com",
    subject="Results for KCSC-240909-01 (attached)",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    imitates="Bulk-outcome CSV attachment as sent by platform government-request teams",
    why="statuses in a CSV attachment: removed, restricted in KR, no action",
    items={YT[0]: "removed", YT[3]: "restricted", YT[5]: "rejected"},
    raw_mime=mixed("yt-csv-0917", [
        """Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the results of our review for the URLs in your
request KCSC-240909-01 that we have completed so far.

Regards,
YouTube Legal Support
""",
        "Content-Type: text/csv; charset=utf-8; name=\"KCSC-240909-01_results.csv\"\n"
        "Content-Disposition: attachment; filename=\"KCSC-240909-01_results.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(yt_csv),
    ]),
)

case(
    name="yt-still-under-review",
    date="Thu, 12 Sep 2024 15:55:21 +0900",
    frm="youtube-legal-support@google.com",
    subject="Re: [KCSC-240909-01] status",
    reply_to_req="req-240909-01",
    outcome="review", review="not_understood",
    imitates="YouTube legal 'your request is still under review' interim update",
    why="names two videos but says they are still under review and an outcome will follow: nothing to apply, but it must be seen",
    items={},
    body=f"""Hello,

We wanted to let you know that the following videos are still under
review by our team:

{YT[7]}
{YT[8]}

We will update you as soon as a decision has been made. We appreciate
your patience.

Regards,
The YouTube Legal Support Team
""",
)

case(
    name="yt-unknown-sender-claims-removal",
    date="Wed, 11 Sep 2024 20:14:09 +0900",
    frm="legal@youtube-compliance-desk.com",
    name_from="YouTube Legal",
    subject="Re: KCSC-240909-01 - all content removed",
    reply_to_req="req-240909-01",
    outcome="review", review="unknown_sender",
    imitates="Impersonation of a platform legal team from a look-alike domain (phishing pattern reported by many creators)",
    why="authenticated, but the domain is no platform's: the claimed removals must not be applied and must be seen",
    items={},
    body=f"""Hello,

We have removed the following videos as requested:

{YT[0]}
{YT[1]}
{YT[2]}

To close this case please confirm your account details at the link in our
next message.

YouTube Legal
""",
)

case(
    name="yt-dmarc-fail-confirmation",
    date="Fri, 13 Sep 2024 09:09:09 +0900",
    frm="legal-kr@google.com",
    auth="fail",
    subject="Re: KCSC-240909-01",
    reply_to_req="req-240909-01",
    outcome="review", review="untrusted",
    imitates="Google legal outcome email, but DMARC fails at our gateway (spoofed google.com)",
    why="perfect-looking confirmation whose DMARC fails: nothing applied",
    items={},
    body=f"""Hello,

We have removed the following video from YouTube:
{YT[9]}

Best regards,
Google Legal Support
""",
)

case(
    name="yt-prose-restricted-and-kept",
    date="Wed, 18 Sep 2024 11:11:48 +0900",
    frm="legal-kr@google.com",
    subject="Re: [KCSC-240909-01] Legal removal request",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    imitates="Google legal outcome in prose, two sentences with different outcomes",
    why="one video geo-restricted, the next kept up because it breaks no rule, in consecutive sentences",
    items={YT[6]: "restricted", YT[7]: "rejected"},
    body=f"""Hello,

Thank you for your patience. We have restricted access to
{YT[6]} in South Korea under local law. We also reviewed
{YT[7]}; it does not violate our Community Guidelines or
local law and it will remain available.

Regards,
Google Legal Support
""",
)

case(
    name="yt-url-below-statement",
    date="Thu, 19 Sep 2024 10:40:00 +0900",
    frm="youtube-legal-support@google.com",
    subject="Re: [KCSC-240909-01] outcome",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome with each statement followed by its URL on the next line",
    why="statement line then URL line; 'could not be found' stands unhedged, the 'may have been deleted by the uploader' clause is only about why",
    items={YT[8]: "not_found", YT[10]: "removed"},
    body=f"""Hello,

The following video could not be found on YouTube; it may have been
deleted by the uploader before our review:
{YT[8]}

The following Short has been removed for violating our nudity and sexual
content policy:
{YT[10]}

Regards,
The YouTube Legal Support Team
""",
)

case(
    name="yt-out-of-office",
    date="Mon, 09 Sep 2024 10:00:41 +0900",
    frm="jaewon.lee@google.com",
    name_from="Jaewon Lee",
    subject="Automatic reply: Removal request KCSC-240909-01",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office automatic reply",
    why="out-of-office reply, says nothing about any item",
    items={},
    body="""I am out of the office until September 16 with limited access to email.
For urgent legal matters, please contact legal-kr@google.com.

Thank you,
Jaewon
""",
)

# =================================================================== X (5)
case(
    name="x-withheld-in-kr",
    date="Wed, 11 Sep 2024 03:12:55 +0000",
    frm="legal@x.com",
    subject="Re: KCSC-240910-01 [ref:_00D5k2H8_.500Ux0VKe:ref]",
    reply_to_req="req-240910-01",
    outcome="applied", classification="confirmation",
    imitates="X legal 'Country Withheld Content' reply to a government request (withheld in country, link to the help page)",
    why="'withheld in South Korea' for two posts is a restriction",
    items={XX[0]: "restricted", XX[1]: "restricted"},
    body=f"""Hello,

We are writing in response to your request. After review, X has withheld
the following posts in South Korea in accordance with local law:

- {XX[0]}
- {XX[1]}

More information about country-withheld content is available at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
)

case(
    name="x-not-in-violation",
    date="Thu, 12 Sep 2024 06:40:21 +0000",
    frm="legal@x.com",
    subject="Re: KCSC-240910-01",
    reply_to_req="req-240910-01",
    outcome="applied", classification="confirmation",
    imitates="X Safety 'we found the reported post is not in violation of the X Rules' reply",
    why="not in violation, no action taken: rejection",
    items={XX[4]: "rejected"},
    body=f"""Hello,

Thanks for your report. We have reviewed the post at
{XX[4]}
and found that it is not in violation of the X Rules or of local law as
presented in your request. We have therefore not taken any action on it.

See our rules at https://help.x.com/en/rules-and-policies/x-rules

X Legal
""",
)

case(
    name="x-post-does-not-exist",
    date="Thu, 12 Sep 2024 08:05:00 +0000",
    frm="legal@twitter.com",
    subject="Re: KCSC-240910-01 - item 3",
    reply_to_req="req-240910-01",
    outcome="applied", classification="confirmation",
    imitates="X legal reply that the reported post no longer exists / was deleted by the account holder",
    why="post deleted by its author before any action: not found",
    items={XX[2]: "not_found"},
    body=f"""Hello,

We were unable to locate the post you reported
({XX[2]}).
It appears to have been deleted by the account holder, so no action was
required on our side.

X Legal
""",
)

case(
    name="x-out-of-office",
    date="Tue, 10 Sep 2024 02:01:30 +0000",
    frm="legal@x.com",
    subject="Auto: Re: KCSC-240910-01",
    reply_to_req="req-240910-01",
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="auto_reply",
    imitates="Zendesk-style automatic reply from a platform legal mailbox",
    why="automatic reply with no statement about items",
    items={},
    body="""This is an automated response. Our team is currently closed for a
public holiday and will respond to your message on the next working day.

X Legal
""",
)

case(
    name="x-some-removed-others-pending",
    date="Fri, 13 Sep 2024 09:30:00 +0000",
    frm="legal@x.com",
    subject="Re: KCSC-240910-01",
    reply_to_req="req-240910-01",
    outcome="review", review="not_understood",
    imitates="X legal interim reply: partial action, rest still being reviewed, without saying which",
    why="'some of the posts' removed without saying which of the two named ones: a clerk could not apply anything",
    items={},
    body=f"""Hello,

Regarding the posts below, we have taken action on some of them and the
rest are still being assessed by our team:

{XX[2]}
{XX[3]}

We will follow up with a final answer.

X Legal
""",
)

x_html = f"""<html><body>
<p>Hello,</p>
<p>Below is our response for KCSC-240910-01.</p>
<table>
<tr><th>Reported URL</th><th>Result</th></tr>
<tr><td>{XX[3]}</td><td>Withheld in KR</td></tr>
<tr><td>{XX[4]}</td><td>No violation &ndash; not withheld</td></tr>
</table>
<p>X Legal &middot; <a href="https://legalrequests.x.com/">legalrequests.x.com</a></p>
</body></html>"""
case(
    name="x-base64-html-table",
    date="Mon, 16 Sep 2024 04:50:02 +0000",
    frm="legal@x.com",
    subject="Re: KCSC-240910-01 result",
    reply_to_req="req-240910-01",
    outcome="applied", classification="confirmation",
    imitates="X legal response rendered as an HTML table (base64-encoded HTML part), link to its legal request portal",
    why="base64 HTML table: one withheld, one refused as not violating",
    items={XX[3]: "restricted", XX[4]: "rejected"},
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(x_html),
)

# ================================================================ Meta (4)
case(
    name="meta-restricted-local-law-echoed-report",
    date="Thu, 12 Sep 2024 18:22:10 +0900",
    frm="noreply@fb.com",
    subject="Your report about content on Facebook and Instagram [Report ID 1198273645]",
    reply_to_req="req-240911-01",
    outcome="applied", classification="confirmation",
    imitates="Meta local-law outcome ('we've restricted access to the content in your country') followed by an echo of the report",
    why="statement about 'the content you reported' followed by the echoed report listing the two URLs",
    items={MT[0]: "restricted", MT[1]: "restricted"},
    body=f"""Hi,

We reviewed the content you reported and restricted access to it in
South Korea because it goes against local law. People outside South
Korea can still see it.

Learn more about how we respond to reports of locally illegal content:
https://transparency.meta.com/reports/content-restrictions

-------- Your report --------
Report ID: 1198273645
Reported by: KCSC Takedown (takedown@kcsc.example)
Country: Republic of Korea
Content reported:
  {MT[0]}
  {MT[1]}
Legal basis: Information and Communications Network Act
----------------------------

Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""",
)

case(
    name="meta-reel-removed-url-below",
    date="Fri, 13 Sep 2024 07:15:42 +0900",
    frm="no-reply@instagram.com",
    subject="We removed the reel you reported",
    reply_to_req="req-240911-01",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'We removed the ... you reported' support-inbox notice",
    why="short notice: one sentence and the URL on the next line",
    items={MT[2]: "removed"},
    body=f"""We removed the reel you reported because it goes against our Community Guidelines.
{MT[2]}

Thanks for helping keep Instagram safe.
Community Guidelines: https://help.instagram.com/477434105621119
""",
)

case(
    name="meta-didnt-remove",
    date="Sat, 14 Sep 2024 12:00:03 +0900",
    frm="noreply@facebookmail.com",
    subject="Update on your report",
    reply_to_req="req-240911-01",
    outcome="applied", classification="confirmation",
    imitates="Facebook Support Inbox 'We didn't remove the post ... doesn't go against our Community Standards'",
    why="a negated removal with a reason is a rejection",
    items={MT[3]: "rejected"},
    body=f"""Hi KCSC Takedown,

Thanks for your report. We looked at the post and didn't remove it because
it doesn't go against any of our Community Standards or local law as we
understand it.

{MT[3]}

If you think we made a mistake, you can request another review here:
https://www.facebook.com/help/2090856331203011

The Facebook Team
""",
)

case(
    name="meta-ack-plus-statement",
    date="Mon, 16 Sep 2024 10:31:00 +0900",
    frm="records@fb.com",
    name_from="Meta Law Enforcement Response Team",
    subject="Re: KCSC-240911-01 [LER 8842193]",
    reply_to_req="req-240911-01",
    outcome="applied", classification="confirmation",
    imitates="Meta records-team reply that opens with a receipt line and then states an outcome",
    why="an acknowledgement phrase plus an unhedged removal statement is not an acknowledgement",
    items={MT[0]: "removed"},
    body=f"""Hello,

We have received your request and assigned it reference LER 8842193.

Following review, the group post {MT[0]} has been removed
from Facebook for violating our Community Standards on regulated goods.

Sincerely,
Meta Law Enforcement Response Team
""",
)

case(
    name="meta-about-tiktok-url",
    date="Tue, 17 Sep 2024 09:15:00 +0900",
    frm="records@fb.com",
    name_from="Meta Law Enforcement Response Team",
    subject="Re: KCSC-240911-01",
    reply_to_req="req-240911-01",
    outcome="review", review="wrong_platform",
    imitates="Platform reply that a reported link is on another company's service (refer to that service)",
    why="Meta speaks about a TikTok item; Meta cannot set a TikTok status. Reason arguable (wrong_platform vs not_understood)",
    items={},
    body=f"""Hello,

One of the links forwarded with your request,
{TT[2]}
is not hosted on Facebook or Instagram, so we are unable to take any action
on it. Please contact the service concerned.

Sincerely,
Meta Law Enforcement Response Team
""",
)

case(
    name="meta-read-receipt",
    date="Wed, 11 Sep 2024 09:47:20 +0900",
    frm="records@fb.com",
    subject="Read: Removal request KCSC-240911-01",
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 message disposition notification (Outlook 'Read:' receipt)",
    why="MDN read receipt: ignored",
    items={},
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-4410"

--mdn-4410
Content-Type: text/plain; charset=utf-8

Your message

  To: records@fb.com
  Subject: Removal request KCSC-240911-01
  Sent: Wednesday, September 11, 2024 9:30 AM

was read on Wednesday, September 11, 2024 9:47 AM.
--mdn-4410
Content-Type: message/disposition-notification

Reporting-UA: mail.fb.com; Microsoft Outlook
Final-Recipient: rfc822;records@fb.com
Original-Message-ID: <req-240911-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
--mdn-4410--
""",
)

# ============================================================== TikTok (3)
case(
    name="tiktok-numbered-three-outcomes",
    date="Fri, 13 Sep 2024 16:03:33 +0900",
    frm="legal-kr@tiktok.com",
    subject="Re: KCSC-240912-01 | Outcome of your request",
    reply_to_req="req-240912-01",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement/government request outcome with a numbered list and policy link",
    why="numbered list, one outcome per item: removed, restricted in region, unavailable/not found",
    items={TT[0]: "removed", TT[1]: "restricted", TT[2]: "not_found"},
    body=f"""Dear KCSC,

Thank you for your request. We have completed our review:

1. {TT[0]}
   Removed for violating our Community Guidelines (illegal activities and
   regulated goods).
2. {TT[1]}
   Restricted in your region in accordance with local law.
3. {TT[2]}
   We could not locate this video; it is no longer available on TikTok.

Community Guidelines: https://www.tiktok.com/community-guidelines/en/

Best regards,
TikTok Trust & Safety
""",
)

case(
    name="tiktok-will-act",
    date="Thu, 12 Sep 2024 19:20:00 +0900",
    frm="legal-kr@tiktok.com",
    subject="Re: KCSC-240912-01",
    reply_to_req="req-240912-01",
    outcome="review", review="not_understood",
    imitates="TikTok interim reply promising action after review",
    why="future tense ('will take appropriate action'): nothing done yet",
    items={},
    body=f"""Dear KCSC,

Thank you for your report regarding
{TT[0]}
Our team will take appropriate action against this video, including
removal where required, once our review is complete.

Best regards,
TikTok Trust & Safety
""",
)

case(
    name="tiktok-bounce-our-followup",
    date="Mon, 16 Sep 2024 11:02:09 +0900",
    frm="MAILER-DAEMON@tiktok.com",
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (RFC 3464) for a mail to an unknown recipient",
    why="bounce of our follow-up quoting the request URLs: ignored",
    items={},
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0916"

--dsn-0916
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx1.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-korea@tiktok.com>: host mx1.tiktok.com said: 550 5.1.1 User unknown
--dsn-0916
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.tiktok.com
Arrival-Date: Mon, 16 Sep 2024 11:02:07 +0900

Final-Recipient: rfc822; legal-korea@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
--dsn-0916
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@tiktok.com
Subject: Follow-up: KCSC-240912-01 ({TT[0]} removed?)
Message-ID: <fu-240916-01@kcsc.example>
In-Reply-To: <req-240912-01@kcsc.example>
--dsn-0916--
""",
)

# ============================================================ Telegram (2)
case(
    name="tg-blocked-both",
    date="Fri, 13 Sep 2024 22:41:00 +0900",
    frm="abuse@telegram.org",
    name_from="Telegram Abuse",
    subject="Re: KCSC-240913-01",
    reply_to_req="req-240913-01",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk terse reply ('The content has been blocked')",
    why="'have been blocked' on Telegram, no country named: removal family (made unavailable)",
    items={TG[0]: "removed", TG[1]: "removed"},
    body=f"""Hello,

Thank you for your report. The following messages have been blocked and are
no longer accessible on Telegram:
{TG[0]}
{TG[1]}

Telegram Abuse Team
""",
)

case(
    name="tg-status-below-bare-url",
    date="Mon, 16 Sep 2024 02:10:14 +0900",
    frm="dsa@telegram.org",
    name_from="Telegram",
    subject="Case #4410298 - KCSC-240913-01",
    reply_to_req="req-240913-01",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA/abuse reply listing each URL with its outcome on the line below",
    why="status on the line under each bare URL: one taken down, one invalid link",
    items={TG[0]: "removed", TG[1]: "not_found"},
    body=f"""Hello,

Case #4410298. Results of our review:

{TG[0]}
Taken down for violating Telegram's Terms of Service.

{TG[1]}
Link is invalid, we could not find this message.

Telegram
""",
)

case(
    name="tg-receipt-only",
    date="Fri, 13 Sep 2024 10:05:00 +0900",
    frm="dsa@telegram.org",
    name_from="Telegram",
    subject="Case #4410298 created",
    reply_to_req="req-240913-01",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram DSA form receipt ('a ticket has been created')",
    why="pure receipt: a case number, nothing about any item",
    items={},
    body="""Hello,

Your report has been received and a ticket has been created: Case #4410298.
Our moderators will review it. You do not need to reply to this message.

Telegram
""",
)

# ============================================================== Reddit (1)
case(
    name="reddit-removed-report-details",
    date="Tue, 17 Sep 2024 05:30:00 +0900",
    frm="noreply@redditmail.com",
    subject="Your Reddit report: outcome",
    reply_to_req="req-240916-01",
    outcome="applied", classification="confirmation",
    imitates="Reddit 'Thanks for submitting a report ... we've found that the reported content violates Reddit's Content Policy and have removed it' with report details",
    why="statement about 'the reported content' with the URL in the report details below",
    items={RD[0]: "removed"},
    body=f"""Hi,

Thanks for submitting a report to the Reddit admin team. After
investigating, we've found that the reported content violates Reddit's
Content Policy and have removed it.

Report details
  Report reason: Non-consensual intimate media
  Reported content: {RD[0]}
  Ticket: 11893-KR

Reddit Content Policy: https://www.redditinc.com/policies/content-policy

- Reddit Safety
""",
)

case(
    name="reddit-no-violation",
    date="Wed, 18 Sep 2024 07:00:00 +0900",
    frm="legal@reddit.com",
    subject="Re: KCSC-240916-01",
    reply_to_req="req-240916-01",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin reply 'we didn't find a violation ... no action taken'",
    why="no violation found, no action: rejected",
    items={RD[0]: "rejected"},
    body=f"""Hello,

After investigating the post at {RD[0]},
we didn't find that it violates Reddit's Content Policy, so no action has
been taken and it remains available.

Reddit Legal
""",
)

case(
    name="reddit-lookalike-domain",
    date="Tue, 17 Sep 2024 08:44:00 +0900",
    frm="safety@reddit-trustdesk.com",
    name_from="Reddit Safety",
    subject="Re: KCSC-240916-01",
    reply_to_req="req-240916-01",
    outcome="review", review="unknown_sender",
    imitates="Look-alike platform domain claiming a removal",
    why="DMARC passes for a domain that is not Reddit's: the spoof must be seen, nothing applied",
    items={},
    body=f"""Hi,

The post {RD[0]} has been removed.

Reddit Safety
""",
)

# ============================================ further mixed cases (YT, X, Meta)
case(
    name="x-removed-echoed-report",
    date="Tue, 17 Sep 2024 01:20:00 +0000",
    frm="legal@x.com",
    subject="Re: KCSC-240910-01 (report 2024-0917-KR)",
    reply_to_req="req-240910-01",
    outcome="applied", classification="confirmation",
    imitates="X reply that states the outcome for 'the reported content' and then echoes the report",
    why="outcome sentence about the reported content, URLs only in the echoed report below (not quoted with '>')",
    items={XX[0]: "removed", XX[1]: "removed"},
    body=f"""Hello,

We have removed the reported content for violating our non-consensual
nudity policy.

Report summary:
Reporter: Korea Communications Standards Commission
Reported posts:
{XX[0]}
{XX[1]}

X Legal
""",
)

case(
    name="yt-gt-quoted-reply-one-removed",
    date="Tue, 17 Sep 2024 13:13:13 +0900",
    frm="youtube-legal-support@google.com",
    subject="Re: Removal request KCSC-240909-01",
    reply_to_req="req-240909-01",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply quoting the regulator's whole request with '>' lines",
    why="only the one video named in the reply's own words changes; the quoted request is ours",
    items={YT[2]: "removed"},
    body=f"""Hello,

{YT[2]} has been removed globally for violating our Community
Guidelines.

Regards,
YouTube Legal Support

{quoted_request("KCSC-240909-01", "Mon, Sep 9, 2024 at 10:00 AM", YT)}
""",
)

case(
    name="meta-hedged-may-have-been-removed",
    date="Wed, 18 Sep 2024 15:45:00 +0900",
    frm="records@fb.com",
    name_from="Meta Law Enforcement Response Team",
    subject="Re: KCSC-240911-01",
    reply_to_req="req-240911-01",
    outcome="review", review="not_understood",
    imitates="Platform reply that hedges about whether content is still available",
    why="'it appears ... may already have been removed, still confirming' hedge: the platform does not say what it did",
    items={},
    body=f"""Hello,

It appears that the reel {MT[2]} may already have been
removed, but we are still confirming this with the relevant team.

Sincerely,
Meta Law Enforcement Response Team
""",
)

case(
    name="tiktok-ack-with-statement-status-line",
    date="Wed, 18 Sep 2024 10:00:00 +0900",
    frm="legal-kr@tiktok.com",
    subject="Re: KCSC-240912-01 [Ticket 77120345]",
    reply_to_req="req-240912-01",
    outcome="applied", classification="confirmation",
    imitates="TikTok ticket-system reply: 'Thank you for contacting us' receipt line, then 'Status:' per URL",
    why="receipt boilerplate plus explicit per-URL status lines",
    items={TT[1]: "removed"},
    body=f"""Hello,

Thank you for contacting TikTok. This is an update on ticket 77120345.

URL: {TT[1]}
Status: Content removed - violation of Community Guidelines

If you need further assistance, reply to this email.
TikTok Trust & Safety
""",
)

case(
    name="yt-spoofed-no-auth-results",
    date="Thu, 19 Sep 2024 08:00:00 +0900",
    frm="youtube-legal-support@google.com",
    auth="none",
    subject="Re: KCSC-240909-01 outcome",
    reply_to_req="req-240909-01",
    outcome="review", review="untrusted",
    imitates="YouTube legal outcome without any Authentication-Results from our gateway",
    why="no authentication result at all: untrusted, nothing applied",
    items={},
    body=f"""Hello,

We have removed the following video from YouTube:
{YT[11]}

Regards,
YouTube Legal Support
""",
)

case(
    name="x-ticket-receipt",
    date="Tue, 10 Sep 2024 02:05:00 +0000",
    frm="legal@x.com",
    subject="Case received: KCSC-240910-01 [0912-58831]",
    reply_to_req="req-240910-01",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request portal receipt ('We have received your request')",
    why="receipt only: no item statement",
    items={},
    body="""Hello,

We have received your request and a case (0912-58831) has been opened.
Our team will review it and respond in due course.

X Legal
""",
)

meta_xlsx = xlsx_bytes([
    ["Reported URL", "Decision", "Scope"],
    [MT[1], "Removed (Community Guidelines)", "Global"],
    [MT[3], "Restricted (local law)", "KR"],
])
case(
    name="meta-xlsx-attachment",
    date="Thu, 19 Sep 2024 09:20:00 +0900",
    frm="records@fb.com",
    name_from="Meta Law Enforcement Response Team",
    subject="Re: KCSC-240911-01 - decisions (xlsx)",
    reply_to_req="req-240911-01",
    outcome="applied", classification="confirmation",
    imitates="Government-request decision spreadsheet (XLSX) attached to a short cover note",
    why="statuses only in the XLSX attachment: one removed globally, one restricted in KR",
    items={MT[1]: "removed", MT[3]: "restricted"},
    raw_mime=mixed("meta-xlsx-0919", [
        """Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please see the attached spreadsheet for our decisions on the items in
your request KCSC-240911-01.

Sincerely,
Meta Law Enforcement Response Team
""",
        "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; "
        "name=\"KCSC-240911-01_decisions.xlsx\"\n"
        "Content-Disposition: attachment; filename=\"KCSC-240911-01_decisions.xlsx\"\n"
        "Content-Transfer-Encoding: base64\n\n" + b64bytes(meta_xlsx),
    ]),
)

case(
    name="x-angle-bracket-wrapped-urls",
    date="Wed, 18 Sep 2024 06:15:00 +0000",
    frm="legal@x.com",
    subject="Re: KCSC-240910-01 follow-up",
    reply_to_req="req-240910-01",
    outcome="applied", classification="confirmation",
    imitates="X legal plain-text reply from a mail client that puts links in angle brackets",
    why="URLs in angle brackets followed by punctuation; both posts removed for violating the rules",
    items={XX[2]: "removed", XX[3]: "removed"},
    body=f"""Hello,

Both posts you flagged, <{XX[2]}> and
<{XX[3]}>, were removed today for violating our
rules on non-consensual nudity.

X Legal
""",
)


HEADER = """# Blind set 30 (issue 11): general English mix across YouTube, X, Meta,
# TikTok, Telegram and Reddit. Written by make.py; expected results from each
# email's meaning, written before anything ran. See NOTES.md.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
    corpuslib.write_set(HERE, "blind30", HEADER, CASES)


if __name__ == "__main__":
    main()
