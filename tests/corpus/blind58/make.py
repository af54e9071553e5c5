#!/usr/bin/env python3
"""Blind set 58 (issue 11): a general English mix across many platforms.

Written without reading the reader or any other set. Each case's expected
result was written from the email's meaning before anything ran.
Deterministic: re-running rewrites the same bytes.

    python3 tests/corpus/blind58/make.py
"""
import base64
import csv
import io
import os
import quopri
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
YT_IDS = ["nR4wq8ZtLe0", "pX2mB7cYvK1", "Lq9sT3dWfH2", "Zc5yN1rGuJ3", "bV8kE6mPaQ4",
          "Wt1oH4xSjD5", "Fg7uC2lRnM6", "Kd3zA9vBqT7", "Ms6hJ5wXyP8", "Rj2nL8cFoE9",
          "Tu4gQ1kDbW0", "Yb5eU7tIoA3"]
Y = ["https://www.youtube.com/watch?v=" + i for i in YT_IDS] + [
    "https://www.youtube.com/shorts/Sh7aP3nVxQ1",
    "https://www.youtube.com/shorts/Sh9cK2mWzR4",
]
X = [
    "https://x.com/quietfern_kr/status/1832245567001112201",
    "https://x.com/quietfern_kr/status/1832245567001112202",
    "https://x.com/moss_lantern/status/1832245567001112301",
    "https://x.com/moss_lantern/status/1832245567001112302",
    "https://x.com/moss_lantern/status/1832245567001112303",
]
M = [
    "https://www.facebook.com/groups/481122334455667/posts/912233445566778/",
    "https://www.instagram.com/p/C9xQw2LmNa7/",
    "https://www.instagram.com/reel/C9yRt5KpLb3/",
    "https://www.facebook.com/lumenbay.shop/videos/734512908812345/",
]
T = [
    "https://www.tiktok.com/@gray.pelican09/video/7412345678901234561",
    "https://www.tiktok.com/@gray.pelican09/video/7412345678901234562",
    "https://www.tiktok.com/@nightcab_rider/video/7412987654321098765",
]
R = [
    "https://www.reddit.com/r/FakeLeaksKR/comments/1fc3x9a/uploaded_again_mirror/",
    "https://www.reddit.com/r/FakeLeaksKR/comments/1fc4y2b/new_folder_link_inside/",
]
D = ["https://discord.com/channels/1180001122334455667/1180009988776655443/1283344556677889900"]
G = [
    "https://t.me/silverwillow_ch/2211",
    "https://t.me/silverwillow_ch/2212",
    "https://t.me/driftcove_kr/88",
]

REQUESTS = [
    ("KCSC-240909-01", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", Y, "deepfake_sexual_abuse", "<req-240909-01@kcsc.example>"),
    ("KCSC-240910-02", "x", "2024-09-10T11:30:00+09:00", "2024-09-17T18:00:00+09:00", X, "defamation", "<req-240910-02@kcsc.example>"),
    ("KCSC-240911-03", "meta", "2024-09-11T09:15:00+09:00", "2024-09-18T18:00:00+09:00", M, "illegal_gambling", "<req-240911-03@kcsc.example>"),
    ("KCSC-240912-04", "tiktok", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00", T, "drug_sale", "<req-240912-04@kcsc.example>"),
    ("KCSC-240913-05", "reddit", "2024-09-13T10:40:00+09:00", "2024-09-20T18:00:00+09:00", R, "deepfake_sexual_abuse", "<req-240913-05@kcsc.example>"),
    ("KCSC-240916-06", "discord", "2024-09-16T09:00:00+09:00", "2024-09-23T18:00:00+09:00", D, "deepfake_sexual_abuse", "<req-240916-06@kcsc.example>"),
    ("KCSC-240917-07", "telegram", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", G, "drug_sale", "<req-240917-07@kcsc.example>"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def mixed(boundary, parts):
    out = [f'Content-Type: multipart/mixed; boundary="{boundary}"', "", "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def alternative(boundary, parts):
    out = [f'Content-Type: multipart/alternative; boundary="{boundary}"', ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def text_part(body, ctype="plain", enc="8bit"):
    if enc == "quoted-printable":
        payload = qp(body)
    elif enc == "base64":
        payload = b64(body.encode("utf-8"))
    else:
        payload = body
    return f"Content-Type: text/{ctype}; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n{payload}"


def make_xlsx(rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Results"
    for r in rows:
        ws.append(r)
    import datetime
    fixed = datetime.datetime(2024, 9, 13, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "Meta Platforms"
    raw = io.BytesIO()
    wb.save(raw)
    # normalise the zip: fixed timestamps, sorted order, fixed docProps
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            data = src.read(name)
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                              rb"<dcterms:\1\2>2024-09-13T09:00:00Z<", data)
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def quote(lines):
    return "\n".join("> " + l if l else ">" for l in lines)


def our_request(ref, urls, date_line):
    body = [
        f"On {date_line}, KCSC Takedown <takedown@kcsc.example> wrote:",
        f"Request {ref} - Korea Communications Standards Commission",
        "",
        "Please remove or block access to the following content, which was found",
        "to be illegal under Korean law:",
        "",
    ]
    body += [f"{n}. {u}" for n, u in enumerate(urls, 1)]
    body += ["", "Please let us know the action taken for each item."]
    return body


YT_POLICY = "https://support.google.com/youtube/answer/2801999"
YT_LEGAL = "https://support.google.com/legal/answer/3110420"
X_WITHHELD = "https://help.x.com/en/rules-and-policies/post-withheld-by-country"
META_CS = "https://transparency.meta.com/policies/community-standards/"
TT_CG = "https://www.tiktok.com/community-guidelines/en/"
RD_POLICY = "https://www.redditinc.com/policies/content-policy"
DC_GUIDE = "https://discord.com/guidelines"

CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== APPLIED
case(
    name="yt-legal-blocked-in-kr", from_="legal-noreply@google.com", name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 03:14:09 +0000", subject="[3-8812000036841] Your legal request - KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Thanks for reaching out to us.

In response to your request, we have reviewed the content below. Because it
violates local law, we have blocked it from view on YouTube in South Korea:

{Y[0]}
{Y[1]}
{Y[2]}

Where content is found to violate a specific local law, we typically restrict
access only in the country where it appears to be illegal. You can learn more
about how we handle legal removal requests at {YT_LEGAL}.

Regards,
The YouTube Legal Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied", classification="confirmation",
    imitates="Google Legal Help 'content that violates a local law is restricted only in that country' outcome email (support.google.com/legal/answer/13948866)",
    why="'blocked it from view on YouTube in South Korea' for three bare URLs below the sentence: restricted; the legal help link is not an item",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "restricted"},
)

case(
    name="yt-removed-bulleted-policy-links", from_="youtube-legal@youtube.com", name_from="YouTube Trust & Safety",
    date="Wed, 11 Sep 2024 08:02:44 +0000", subject="Re: Request KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hi there,

After reviewing your report, we removed the following videos for violating
YouTube's Community Guidelines:

  * {Y[3]}
  * {Y[4]}
  * {Y[5]}
  * {Y[12]}

For more information about our policies please see {YT_POLICY}.
The uploader may appeal: https://support.google.com/youtube/answer/185111

Best,
YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Community Guidelines removal outcome sent to a trusted flagger (policy and appeal links in the footer)",
    why="bulleted list under 'we removed the following videos'; two help links are not items",
    items={Y[3]: "removed", Y[4]: "removed", Y[5]: "removed", Y[12]: "removed"},
)

case(
    name="yt-per-line-all-fourteen", from_="legal-kr@google.com", name_from="Google Legal Korea",
    date="Fri, 13 Sep 2024 06:40:00 +0000", subject="Outcome of KCSC-240909-01 (14 URLs)",
    reply_to_req="req-240909-01",
    body=f"""Dear KCSC team,

We have completed our review of request KCSC-240909-01. The outcome for each
URL is listed below.

{Y[0]} - removed for violating YouTube's policy on sexual content
{Y[1]} - removed for violating YouTube's policy on sexual content
{Y[2]} - blocked in South Korea under local law
{Y[3]} - blocked in South Korea under local law
{Y[4]} - no action taken; the video does not violate our policies or local law
{Y[5]} - removed (channel terminated)
{Y[6]} - video unavailable; we could not locate this video
{Y[7]} - removed for violating YouTube's harassment policy
{Y[8]} - blocked in South Korea under local law
{Y[9]} - no action taken; not in violation
{Y[10]} - removed
{Y[11]} - age-restricted
{Y[12]} - removed for violating YouTube's policy on sexual content
{Y[13]} - this URL does not exist

If you have questions, reply to this email quoting the request number.

Kind regards,
Google Legal Removals Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals team per-URL outcome list (URL - outcome) as quoted in Lumen notices and trusted-flagger threads",
    why="every item of the largest request with its own status on its line; age-restricted is a restriction, 'video unavailable; we could not locate' and 'does not exist' are not_found",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "restricted", Y[4]: "rejected",
           Y[5]: "removed", Y[6]: "not_found", Y[7]: "removed", Y[8]: "restricted", Y[9]: "rejected",
           Y[10]: "removed", Y[11]: "restricted", Y[12]: "removed", Y[13]: "not_found"},
)

case(
    name="yt-status-below-bare-url", from_="legal-noreply@google.com", name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 11:20:31 +0000", subject="[3-8812000036902] Update on your request",
    reply_to_req="req-240909-01",
    body=f"""Hello,

We've finished reviewing the items in your notice.

URL: {Y[6]}
Outcome: Content removed from YouTube

URL: {Y[7]}
Outcome: Not actioned. After review we did not find a violation of local law
or of our policies, so the video remains available.

URL: {Y[8]}
Outcome: Access restricted in KR

Thank you,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google Legal Support ticket update with URL / Outcome pairs (ticket number in subject)",
    why="each outcome sits on the line below its URL; 'Not actioned ... remains available' is a rejection",
    items={Y[6]: "removed", Y[7]: "rejected", Y[8]: "restricted"},
)

case(
    name="yt-html-table-actions", from_="legal-kr@google.com", name_from="Google Legal Korea",
    date="Fri, 13 Sep 2024 02:05:12 +0000", subject="RE: KCSC-240909-01 action report",
    reply_to_req="req-240909-01", type="html",
    body=f"""<html><body>
<p>Dear Sir or Madam,</p>
<p>Please see below the actions taken on the URLs in your request.</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>URL</th><th>Action taken</th></tr>
<tr><td>1</td><td><a href="{Y[9]}">{Y[9]}</a></td><td>Removed globally (Community Guidelines)</td></tr>
<tr><td>2</td><td><a href="{Y[10]}">{Y[10]}</a></td><td>Blocked in KR (local law)</td></tr>
<tr><td>3</td><td><a href="{Y[11]}">{Y[11]}</a></td><td>No action taken</td></tr>
<tr><td>4</td><td><a href="{Y[13]}">{Y[13]}</a></td><td>Removed globally (Community Guidelines)</td></tr>
</table>
<p>See our <a href="{YT_POLICY}">Community Guidelines</a> for details.</p>
<p>Google Legal Korea</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Google legal team HTML action report table (# | URL | Action taken)",
    why="HTML table, one action per row; 'No action taken' in a result column is a rejection; the guidelines anchor is not an item",
    items={Y[9]: "removed", Y[10]: "restricted", Y[11]: "rejected", Y[13]: "removed"},
)

case(
    name="yt-age-restriction-url-below", from_="youtube-legal@youtube.com", name_from="YouTube Trust & Safety",
    date="Wed, 11 Sep 2024 23:48:10 +0000", subject="Re: Request KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Thanks for your report. We've reviewed the Short below and applied an age
restriction to it, so it can no longer be viewed by users who are signed out
or under 18:

{Y[13]}

Age-restricted content policy: https://support.google.com/youtube/answer/2802167

YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'we've age-restricted your content' notice, reworded for the reporter",
    why="age restriction of the one URL on the line below the statement: restricted",
    items={Y[13]: "restricted"},
)

csv_body = "url,result,policy\n" + "\n".join([
    f"{Y[0]},Removed,Sexual content",
    f"{Y[1]},Removed,Sexual content",
    f"{Y[4]},Blocked in KR,Local law",
    f"{Y[5]},No action,-",
    f"{Y[12]},Not found,-",
]) + "\n"
case(
    name="yt-csv-attachment-results", from_="legal-kr@google.com", name_from="Google Legal Korea",
    date="Sat, 14 Sep 2024 01:10:00 +0000", subject="KCSC-240909-01 results (attached)",
    reply_to_req="req-240909-01",
    raw_mime=mixed("b58csv", [
        text_part("Hello,\n\nPlease find attached the results for the URLs in your request KCSC-240909-01.\n\nGoogle Legal Korea\n"),
        "Content-Type: text/csv; charset=utf-8; name=\"KCSC-240909-01_results.csv\"\n"
        "Content-Disposition: attachment; filename=\"KCSC-240909-01_results.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(csv_body.encode()),
    ]),
    outcome="applied", classification="confirmation",
    imitates="bulk legal-request result spreadsheet exported as CSV (url,result,policy) from a removals tool",
    why="statuses only in the CSV attachment: Removed, Blocked in KR, No action (rejected), Not found",
    items={Y[0]: "removed", Y[1]: "removed", Y[4]: "restricted", Y[5]: "rejected", Y[12]: "not_found"},
)

case(
    name="yt-top-posted-over-quoted-request", from_="legal-kr@google.com", name_from="Min Park (Google Legal)",
    date="Tue, 10 Sep 2024 07:33:00 +0000", subject="Re: [KCSC-240909-01] Removal request",
    reply_to_req="req-240909-01",
    body=f"""Hi,

{Y[2]} and {Y[3]} have been removed. We are still looking at the rest and will
come back to you separately.

Min
Google Legal

""" + quote(our_request("KCSC-240909-01", Y, "Mon, Sep 9, 2024 at 10:00 AM")),
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a named legal specialist over the quoted request",
    why="only the two URLs in the unquoted sentence are removed; the quoted request's list and 'still looking at the rest' change nothing",
    items={Y[2]: "removed", Y[3]: "removed"},
)

case(
    name="yt-no-longer-available-uploader", from_="youtube-legal@youtube.com", name_from="YouTube Trust & Safety",
    date="Thu, 12 Sep 2024 05:55:00 +0000", subject="Re: Request KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hello,

We looked into the following links:

{Y[10]}
{Y[11]}

These videos no longer exist on YouTube. They were deleted by the uploader
before our review, so no further action was required on our side.

Thanks,
YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply 'the video has already been removed by the uploader' to a trusted-flagger report",
    why="videos deleted by their uploader before review: not_found (not a removal by the platform)",
    items={Y[10]: "not_found", Y[11]: "not_found"},
)

alt_text = f"""Hello,

We have removed the two videos listed below for violating YouTube's
Community Guidelines.

- {Y[8]}
- {Y[9]}

Best regards,
YouTube Trust & Safety
"""
alt_html = f"""<html><body><p>Hello,</p>
<p>We have removed the two videos listed below for violating YouTube's
Community Guidelines.</p>
<ul><li><a href="{Y[8]}">{Y[8]}</a></li><li><a href="{Y[9]}">{Y[9]}</a></li></ul>
<p>Best regards,<br>YouTube Trust &amp; Safety</p></body></html>"""
case(
    name="yt-multipart-qp-base64", from_="youtube-legal@youtube.com", name_from="YouTube Trust & Safety",
    date="Fri, 13 Sep 2024 09:00:00 +0000", subject="Re: Request KCSC-240909-01",
    reply_to_req="req-240909-01",
    raw_mime=alternative("b58alt", [text_part(alt_text, "plain", "quoted-printable"), text_part(alt_html, "html", "base64")]),
    outcome="applied", classification="confirmation",
    imitates="YouTube multipart/alternative notification (quoted-printable text, base64 HTML)",
    why="same statement in both parts, encoded; both videos removed, no doubled or conflicting status",
    items={Y[8]: "removed", Y[9]: "removed"},
)

case(
    name="yt-statement-then-url-blocks", from_="legal-kr@google.com", name_from="Google Legal Korea",
    date="Sun, 15 Sep 2024 04:00:00 +0000", subject="KCSC-240909-01 decisions",
    reply_to_req="req-240909-01",
    body=f"""Dear KCSC,

This video has been removed for violating YouTube's harassment and
cyberbullying policy:
{Y[0]}

This video remains available. It does not violate our Community Guidelines,
and we did not find it unlawful under the law you cited:
{Y[1]}

This Short has been removed for violating YouTube's policy on sexual content:
{Y[12]}

Regards,
Google Legal Korea
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal decision letter with one decision paragraph per URL, URL on the line below its statement",
    why="each URL follows its own statement on the next line; 'remains available ... does not violate' is rejected",
    items={Y[0]: "removed", Y[1]: "rejected", Y[12]: "removed"},
)

case(
    name="yt-removed-then-restated",
    files_of=["yt-restated-first", "yt-restated-second"],
)

case(
    name="x-withheld-in-korea", from_="legal@x.com", name_from="X Legal",
    date="Thu, 12 Sep 2024 00:21:45 +0000", subject="Re: KCSC-240910-02 [ref:_00D3X2sQx._500Vx1ab2C:ref]",
    reply_to_req="req-240910-02",
    body=f"""Hello,

Thank you for your correspondence. In response to your request, we have
withheld the following content in the Republic of Korea:

{X[0]}
{X[1]}
{X[2]}

For more information about country withheld content, please see
{X_WITHHELD}

A copy of your request may be sent to Lumen (lumendatabase.org).

Regards,
X Corp. Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X 'Post withheld in country' legal-request reply with the Lumen footer (help.x.com post-withheld-by-country)",
    why="withheld in the Republic of Korea: restricted for the three posts; help link is not an item",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-numbered-mixed", from_="legal@x.com", name_from="X Legal",
    date="Fri, 13 Sep 2024 05:12:00 +0000", subject="Re: KCSC-240910-02",
    reply_to_req="req-240910-02",
    body=f"""Hello,

We have reviewed the reported posts. Our findings:

1. {X[0]}
   Removed: violation of the X Rules (Private content)
2. {X[1]}
   No violation of the X Rules or of local law was found; no action taken.
3. {X[3]}
   Withheld in KR.
4. {X[4]}
   The post does not exist (it may have been deleted by the account holder).

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team numbered findings list, status indented below each URL",
    why="numbered list, status on the line below: removed, rejected, restricted, not_found; the hedge about who deleted X[4] does not hedge 'does not exist'",
    items={X[0]: "removed", X[1]: "rejected", X[3]: "restricted", X[4]: "not_found"},
)

case(
    name="x-reported-content-echoed", from_="noreply@x.com", name_from="X Support",
    date="Wed, 11 Sep 2024 13:00:09 +0000", subject="Your report to X - Case 0458812773",
    reply_to_req="req-240910-02",
    body=f"""Hello,

We've reviewed the reported content and withheld it in South Korea in
accordance with local law.

--------------------------------------
Report details
Case number: 0458812773
Reported by: KCSC Takedown
Reported content:
{X[2]}
{X[3]}
Reason: Local law - defamation
--------------------------------------

Learn more: {X_WITHHELD}

X Corp., 865 FM 1209, Building 2, Bastrop, TX 78602
""",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome email: statement about 'the reported content' followed by the echoed report block",
    why="the statement is about the reported content, and the echoed report lists exactly which posts it was",
    items={X[2]: "restricted", X[3]: "restricted"},
)

case(
    name="x-outlook-original-message", from_="jlee@x.com", name_from="Jordan Lee",
    date="Thu, 12 Sep 2024 09:41:00 +0000", subject="RE: KCSC-240910-02",
    reply_to_req="req-240910-02",
    body=f"""Hello KCSC,

{X[4]} was removed today for violating our private media policy.

Jordan Lee | Legal Policy, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 11:30 AM
To: legal@x.com
Subject: KCSC-240910-02

Please remove the following posts:
{X[0]}
{X[1]}
{X[2]}
{X[3]}
{X[4]}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with a '-----Original Message-----' block carrying our request unquoted (no '>' marks)",
    why="only X[4] is stated removed; the Outlook original-message block is our text, not a statement",
    items={X[4]: "removed"},
)

case(
    name="x-angle-brackets-parentheses", from_="legal@x.com", name_from="X Legal",
    date="Sat, 14 Sep 2024 02:30:00 +0000", subject="Re: KCSC-240910-02 follow-up",
    reply_to_req="req-240910-02",
    body=f"""Hi,

Following up on your request: the post at <{X[1]}> has now been removed, and
the account's other reported post ({X[0]}) was also removed.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up with URLs in angle brackets and parentheses",
    why="URLs in angle brackets and in parentheses followed by punctuation; both removed",
    items={X[1]: "removed", X[0]: "removed"},
)

case(
    name="meta-ig-removed-echoed", from_="support@instagram.com", name_from="Instagram",
    date="Thu, 12 Sep 2024 04:02:00 +0000", subject="We removed the content you reported",
    reply_to_req="req-240911-03",
    body=f"""Hi KCSC,

Thanks for your report. We removed the content you reported because it goes
against our Community Guidelines.

What you reported:
  {M[1]}
  {M[2]}

We use reports like yours to help keep Instagram safe. Learn more about our
Community Guidelines: https://help.instagram.com/477434105621119

Instagram from Meta
Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'We removed the content you reported' support-inbox notice with 'What you reported' echo",
    why="statement about the reported content, echoed list names the post and the reel: removed",
    items={M[1]: "removed", M[2]: "removed"},
)

case(
    name="meta-restricted-and-not-removed", from_="records@fb.com", name_from="Meta Content Regulatory Team",
    date="Fri, 13 Sep 2024 07:30:00 +0000", subject="Re: KCSC-240911-03 - outcome",
    reply_to_req="req-240911-03",
    body=f"""Dear KCSC,

Thank you for your report. We reviewed the content under our Community
Standards and under local law.

Content restricted based on local law:
{M[0]}
We have restricted access to this post in South Korea.

{M[2]}
We didn't remove this reel because it doesn't go against our Community
Standards, and we did not find it unlawful in Korea.

Community Standards: {META_CS}

Meta Content Regulatory Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' and 'We didn't remove ... because it doesn't go against our Community Standards' outcomes",
    why="restricted in South Korea for the group post; a negated removal with a reason is a rejection for the reel",
    items={M[0]: "restricted", M[2]: "rejected"},
)

xlsx_rows = [["URL", "Decision", "Scope"],
             [M[0], "Removed", "Global"],
             [M[1], "Restricted", "South Korea"],
             [M[2], "No violation", "-"],
             [M[3], "Content not found", "-"]]
case(
    name="meta-xlsx-attachment", from_="records@fb.com", name_from="Meta Content Regulatory Team",
    date="Fri, 13 Sep 2024 10:15:00 +0000", subject="KCSC-240911-03 decisions (spreadsheet)",
    reply_to_req="req-240911-03",
    raw_mime=mixed("b58xlsx", [
        text_part("Dear KCSC,\n\nThe decision for each reported URL is in the attached spreadsheet.\n\nMeta Content Regulatory Team\n"),
        "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name=\"KCSC-240911-03.xlsx\"\n"
        "Content-Disposition: attachment; filename=\"KCSC-240911-03.xlsx\"\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(make_xlsx(xlsx_rows)),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Meta regulatory team decision spreadsheet (URL | Decision | Scope) attached as XLSX",
    why="statuses only in the XLSX: Removed, Restricted (South Korea), No violation (rejected), Content not found",
    items={M[0]: "removed", M[1]: "restricted", M[2]: "rejected", M[3]: "not_found"},
)

case(
    name="tiktok-removed-and-not-found", from_="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 03:03:03 +0000", subject="Re: KCSC-240912-04 | TikTok",
    reply_to_req="req-240912-04",
    body=f"""Hello,

Thank you for contacting TikTok. We have reviewed the videos you reported.

We've removed the following videos for violating our Community Guidelines:
{T[0]}
{T[1]}

We were unable to find any content at the following link. Please check that
the URL is correct:
{T[2]}

To learn more, please visit our Community Guidelines: {TT_CG}

Best,
TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal/trust-and-safety reply with a removed section and an 'unable to find' section",
    why="two sections with headings ending in ':'; removed and not_found",
    items={T[0]: "removed", T[1]: "removed", T[2]: "not_found"},
)

case(
    name="tiktok-unavailable-in-kr", from_="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Sat, 14 Sep 2024 08:08:00 +0000", subject="Re: KCSC-240912-04 | TikTok",
    reply_to_req="req-240912-04",
    body=f"""Hello,

After review, the following video is no longer available in South Korea in
accordance with local law. It was not removed globally, as it does not go
against our Community Guidelines.

{T[2]}

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'content restricted in your country/region in accordance with local law' notice",
    why="geo-restriction in South Korea; 'not removed globally, as it does not go against' explains the scope and is not a refusal",
    items={T[2]: "restricted"},
)

case(
    name="reddit-safety-removed", from_="noreply@redditmail.com", name_from="Reddit",
    date="Sat, 14 Sep 2024 01:45:00 +0000", subject="Update on your report",
    reply_to_req="req-240913-05",
    body=f"""Thanks for submitting a report to the Reddit Safety team. After
investigating, we've found that the reported content violates Reddit's
Content Policy and it has been removed.

Reported content:
{R[0]}
{R[1]}

If you see other content you believe breaks our rules, you can report it at
https://www.reddit.com/report. Read the Content Policy: {RD_POLICY}

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit 'Thanks for submitting a report to the Reddit admin team' outcome message with reported-content echo",
    why="statement about the reported content, followed by the list of both posts: removed",
    items={R[0]: "removed", R[1]: "removed"},
)

case(
    name="reddit-one-removed-one-not", from_="legal@reddit.com", name_from="Reddit Legal",
    date="Mon, 16 Sep 2024 05:00:00 +0000", subject="Re: KCSC-240913-05",
    reply_to_req="req-240913-05",
    body=f"""Hello,

We've looked into the two posts in your request.

- {R[0]}: we have taken action and the post has been removed from Reddit.
- {R[1]}: after investigating, we found that this post doesn't violate
  Reddit's Content Policy, and we are not taking action on it.

Thanks,
Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit 'we found that it doesn't violate Reddit's Content Policy' admin reply, two bullets",
    why="first bullet removed, second a reasoned refusal (rejected); the continuation line belongs to the second bullet",
    items={R[0]: "removed", R[1]: "rejected"},
)

case(
    name="discord-message-deleted", from_="legal@discord.com", name_from="Discord Legal",
    date="Tue, 17 Sep 2024 06:30:00 +0000", subject="Re: KCSC-240916-06 [Ticket #48210371]",
    reply_to_req="req-240916-06",
    body=f"""Hello,

Our Safety team has reviewed your report and taken action. The message at

{D[0]}

violated our Community Guidelines and has been deleted.

Learn more about our guidelines at {DC_GUIDE}

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety 'we've taken action on the reported content' reply",
    why="the sentence spans the URL line: the message has been deleted: removed",
    items={D[0]: "removed"},
)

case(
    name="tg-blocked-and-removed", from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 10:00:00 +0000", subject="Re: KCSC-240917-07",
    reply_to_req="req-240917-07",
    body=f"""Hello,

Thank you for your report.

{G[0]} - removed
{G[1]} - removed
{G[2]} - blocked for users in South Korea

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk terse per-line reply",
    why="per-line statuses: removed, removed, restricted",
    items={G[0]: "removed", G[1]: "removed", G[2]: "restricted"},
)

case(
    name="tg-could-not-find-one", from_="dsa@telegram.org", name_from="Telegram",
    date="Thu, 19 Sep 2024 02:00:00 +0000", subject="Re: KCSC-240917-07",
    reply_to_req="req-240917-07",
    body=f"""Hi,

We couldn't find any content at {G[2]}. The channel may have been renamed;
please send us an updated link if the content is still online.

Regarding the other two links: the messages were taken down.

{G[0]}
{G[1]}

Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk reply: not found plus taken down",
    why="'couldn't find any content at' URL: not_found (the invitation to send an updated link does not hedge it); the two URLs below 'were taken down': removed",
    items={G[2]: "not_found", G[0]: "removed", G[1]: "removed"},
)

# =================================================================== REVIEW
case(
    name="yt-under-review-will-act", from_="youtube-legal@youtube.com", name_from="YouTube Trust & Safety",
    date="Tue, 10 Sep 2024 04:00:00 +0000", subject="Re: Request KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hello,

We're reviewing the videos you reported:

{Y[0]}
{Y[1]}
{Y[2]}

If we find that they violate our Community Guidelines or local law, we will
take appropriate action, which may include removing them.

YouTube Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="YouTube 'we're reviewing your report and will take action if' interim reply",
    why="names three items but only promises a conditional future action: nothing applied, must not be ignored",
    items={},
)

case(
    name="x-will-withhold-later", from_="legal@x.com", name_from="X Legal",
    date="Wed, 11 Sep 2024 06:00:00 +0000", subject="Re: KCSC-240910-02",
    reply_to_req="req-240910-02",
    body=f"""Hello,

We expect to withhold {X[0]} and {X[1]} in Korea once our legal team has
completed its assessment. We will confirm when this has been done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising a country withhold",
    why="future tense ('expect to withhold ... once'): not done yet, review",
    items={},
)

case(
    name="meta-asks-court-order", from_="records@fb.com", name_from="Meta Content Regulatory Team",
    date="Thu, 12 Sep 2024 08:00:00 +0000", subject="Re: KCSC-240911-03 - more information needed",
    reply_to_req="req-240911-03",
    body=f"""Dear KCSC,

We have received your request concerning:
{M[3]}

To proceed, we need more information. Please provide the specific provision
of Korean law that the content violates and, if available, a copy of the
decision or court order. We are unable to take action until we receive it.

Meta Content Regulatory Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Meta legal-request reply asking for the legal basis / court order",
    why="asks for more information before acting; 'unable to take action until' is not a rejection",
    items={},
)

case(
    name="tiktok-lookalike-sender", from_="legal@tiktok-legalteam.com", name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 12:00:00 +0000", subject="Re: KCSC-240912-04 | TikTok",
    reply_to_req="req-240912-04",
    body=f"""Hello,

We've removed the following videos for violating our Community Guidelines:
{T[0]}
{T[1]}
{T[2]}

TikTok Trust and Safety
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain sending a perfect TikTok removal notice",
    why="tiktok-legalteam.com passes DMARC for itself but is not a TikTok sender: unknown_sender, nothing applied",
    items={},
)

case(
    name="yt-dmarc-fail", from_="legal-kr@google.com", name_from="Google Legal Korea", auth="fail",
    date="Fri, 13 Sep 2024 13:00:00 +0000", subject="Re: KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Dear KCSC,

All of the following videos have been removed:

{Y[0]}
{Y[1]}
{Y[2]}
{Y[3]}

Google Legal Korea
""",
    outcome="review", review="untrusted",
    imitates="spoofed Google legal removal confirmation (dmarc=fail)",
    why="From google.com but DMARC fails: untrusted, nothing applied",
    items={},
)

case(
    name="tg-claims-x-posts", from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 03:00:00 +0000", subject="Re: KCSC-240917-07",
    reply_to_req="req-240917-07",
    body=f"""Hello,

The following content has been removed:
{X[2]}
{X[3]}

Telegram Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="misdirected abuse-desk reply naming another platform's items",
    why="trusted Telegram email claims removal of X posts; Telegram cannot speak for X: review, items stay pending",
    items={},
)

case(
    name="yt-some-removed-no-mapping", from_="youtube-legal@youtube.com", name_from="YouTube Trust & Safety",
    date="Sat, 14 Sep 2024 03:00:00 +0000", subject="Re: Request KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hello,

We've taken action on some of the videos you reported. Others are still
under review.

Videos you reported:
{Y[4]}
{Y[5]}
{Y[6]}
{Y[7]}

YouTube Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="YouTube partial-action reply ('we've taken action on some of the content')",
    why="'some' removed without saying which: no item-level statement, review",
    items={},
)

case(
    name="tiktok-may-be-unavailable", from_="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Sun, 15 Sep 2024 02:00:00 +0000", subject="Re: KCSC-240912-04 | TikTok",
    reply_to_req="req-240912-04",
    body=f"""Hello,

The video {T[0]} may already have been made unavailable in your region.
We'll double-check and get back to you.

TikTok Trust and Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok hedged interim reply",
    why="'may already have been made unavailable' is hedged and a follow-up is promised: review",
    items={},
)

case(
    name="discord-account-actioned", from_="legal@discord.com", name_from="Discord Legal",
    date="Wed, 18 Sep 2024 01:00:00 +0000", subject="Re: KCSC-240916-06 [Ticket #48210371]",
    reply_to_req="req-240916-06",
    body=f"""Hello,

Thanks for the report about {D[0]}. We have taken action against the user
account that posted it, in line with our Community Guidelines.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord 'we have taken action against the account' reply (account sanction, content status unstated)",
    why="action against the account does not say what happened to the message itself: a clerk would check",
    items={},
)

# =================================================================== IGNORED
case(
    name="x-out-of-office", from_="jlee@x.com", name_from="Jordan Lee",
    date="Tue, 10 Sep 2024 02:31:00 +0000", subject="Automatic reply: KCSC-240910-02",
    reply_to_req="req-240910-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday, September 23, with limited access to
email. For urgent legal requests please write to legal@x.com.

Jordan
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office message",
    why="out-of-office auto-reply; says nothing about items",
    items={},
)

dsn_text = """This is the mail system at host mx1.redditmail.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@reddit.com>: host mx1.redditmail.com said: 550 5.1.1 <legal-kr@reddit.com>:
    Recipient address rejected: User unknown in virtual mailbox table
"""
dsn_status = """Reporting-MTA: dns; mx1.redditmail.com
Arrival-Date: Fri, 13 Sep 2024 01:40:05 +0000

Final-Recipient: rfc822; legal-kr@reddit.com
Original-Recipient: rfc822;legal-kr@reddit.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
"""
dsn_orig = f"""Message-ID: <req-240913-05@kcsc.example>
From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@reddit.com
Subject: KCSC-240913-05 removal request
Date: Fri, 13 Sep 2024 10:40:00 +0900
"""
case(
    name="reddit-bounce-dsn", from_="MAILER-DAEMON@redditmail.com", name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 01:40:06 +0000", subject="Undelivered Mail Returned to Sender",
    reply_to_req="req-240913-05", extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="\n".join([
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b58dsn"', "",
        "--b58dsn", text_part(dsn_text), "",
        "--b58dsn", "Content-Type: message/delivery-status", "", dsn_status,
        "--b58dsn", "Content-Type: text/rfc822-headers", "", dsn_orig,
        "--b58dsn--", ""]),
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' DSN",
    why="delivery failure report for our request: bounce, ignored",
    items={},
)

mdn_text = "This is a receipt for the mail you sent to records@fb.com at 9/11/2024 9:15 AM.\n\nThis receipt verifies that the message has been displayed on the recipient's computer.\n"
mdn_fields = """Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;records@fb.com
Original-Message-ID: <req-240911-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""
case(
    name="meta-read-receipt", from_="records@fb.com", name_from="Meta Content Regulatory Team",
    date="Wed, 11 Sep 2024 01:20:00 +0000", subject="Read: KCSC-240911-03",
    reply_to_req="req-240911-03",
    raw_mime="\n".join([
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="b58mdn"', "",
        "--b58mdn", text_part(mdn_text), "",
        "--b58mdn", "Content-Type: message/disposition-notification", "", mdn_fields,
        "--b58mdn--", ""]),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt: ignored",
    items={},
)

case(
    name="tiktok-ticket-receipt", from_="noreply@tiktok.com", name_from="TikTok Support",
    date="Thu, 12 Sep 2024 05:01:00 +0000", subject="We received your report [Ref: 7412-KR-55120]",
    reply_to_req="req-240912-04", extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hi,

We've received your report and a ticket has been created (reference
7412-KR-55120). Our team will review it and get back to you by email.

Please don't reply to this automated message.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support automated ticket receipt",
    why="pure receipt with a ticket number, no statement about any item",
    items={},
)

case(
    name="yt-case-number-receipt", from_="legal-noreply@google.com", name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 01:03:00 +0000", subject="[3-8812000036841] We've received your legal request",
    reply_to_req="req-240909-01",
    body="""Hello,

Thanks for contacting Google. This is an automatic confirmation that we've
received your legal request. Your case number is 3-8812000036841; please keep
it for your records and include it in any future correspondence.

Due to the volume of requests, we may not be able to reply to every message
individually. For more information, visit https://support.google.com/legal/

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google Legal Help 'we've received your legal request' automatic confirmation with case number",
    why="automatic acknowledgement; the help link is not an item",
    items={},
)

case(
    name="discord-zendesk-receipt", from_="noreply@discord.com", name_from="Discord Support",
    date="Mon, 16 Sep 2024 00:30:00 +0000", subject="[Discord] Request received: KCSC-240916-06",
    reply_to_req="req-240916-06", extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (48210371) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'Your request (#N) has been received' ticket receipt used by Discord support",
    why="ticket receipt, says nothing about items",
    items={},
)

# sequence case parts
SEQ = {
    "yt-restated-first": dict(
        from_="youtube-legal@youtube.com", name_from="YouTube Trust & Safety",
        date="Wed, 11 Sep 2024 02:00:00 +0000", subject="Re: Request KCSC-240909-01",
        reply_to_req="req-240909-01",
        body=f"""Hello,

We removed {Y[6]} for violating YouTube's Community Guidelines.

YouTube Trust & Safety
""",
    ),
    "yt-restated-second": dict(
        from_="youtube-legal@youtube.com", name_from="YouTube Trust & Safety",
        date="Mon, 16 Sep 2024 02:00:00 +0000", subject="Re: Reminder - Request KCSC-240909-01",
        reply_to_req="req-240909-01",
        body=f"""Hello,

As we wrote on September 11, {Y[6]} was removed and is no longer available
on YouTube. No further action is needed.

YouTube Trust & Safety
""",
    ),
}


def main():
    write_requests()
    out = []
    for c in CASES:
        if "files_of" in c:
            continue
        c = dict(c)
        c["from"] = c.pop("from_")
        out.append(c)
    # the sequence case is written through corpuslib too: first file as its own
    # render, then a case whose expected file list names both files.
    corpuslib.write_set(HERE, "blind58", HEADER, out)
    # write the sequence files and append their case
    n = len(out)
    for k, (fname, c) in enumerate(SEQ.items()):
        c = dict(c)
        c["from"] = c.pop("from_")
        c["name"] = fname
        c["set"] = "blind58"
        with open(os.path.join(HERE, "cases", fname + ".eml"), "w", encoding="utf-8", newline="\n") as f:
            f.write(corpuslib.render(c, n + k))
    seq = [
        "[[case]]",
        'name = "yt-removed-then-restated"',
        'files = ["cases/yt-restated-first.eml", "cases/yt-restated-second.eml"]',
        'outcome = "no_change"',
        'classification = "confirmation"',
        'imitates = "YouTube reply to our reminder restating an earlier removal"',
        'why = "the second email restates the removal already applied from the first: no_change, the item stays removed"',
        "[case.items]",
        corpuslib.toml_str(Y[6]) + " = " + corpuslib.toml_str("removed"),
        "",
    ]
    with open(os.path.join(HERE, "expected.toml"), "a", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(seq))


HEADER = """# Blind set 58 (issue 11): general English mix across many platforms.
# Generated by make.py; expected results written from each email's meaning
# before anything ran. See NOTES.md."""

if __name__ == "__main__":
    main()
