#!/usr/bin/env python3
"""Blind set 50 (issue 11): a general English mix, as a regulator meets it.

Written without reading the reader (src/, docs/reader.md) or any other
corpus set. Every email imitates the layout and key phrasings of a public
notice named in its `imitates` field, in our own sentences, with fictional
URLs. The expected result of every case was written here from the email's
meaning before anything was run.

    python3 tests/corpus/blind50/make.py

rewrites cases/*.eml and expected.toml (deterministic).
"""
import base64
import io
import os
import quopri
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "tiktok.com": "TikTok",
    "bytedance.com": "TikTok Legal",
    "meta.com": "Meta",
    "fb.com": "Meta",
    "instagram.com": "Instagram",
    "reddit.com": "Reddit",
    "discord.com": "Discord",
    "pinterest.com": "Pinterest",
    "vimeo.com": "Vimeo",
})

# ---------------------------------------------------------------- items
XA = ["https://x.com/fake_kr_alpha/status/183301100000000000%d" % i for i in range(1, 6)]
XB = ["https://x.com/fake_kr_bravo/status/18330220000000000%d" % i for i in range(11, 16)]
XC = ["https://x.com/fake_kr_charlie/status/18330330000000000%d" % i for i in range(21, 25)]
XD = "https://x.com/fake_kr_delta/status/1835500000000000001"
YT = [
    "https://www.youtube.com/watch?v=Fk3rQz1aB0c",
    "https://www.youtube.com/watch?v=Fk3rQz1aB1d",
    "https://www.youtube.com/watch?v=Gm7tLp2xC2e",
    "https://www.youtube.com/shorts/Hq8wNy3zD3f",
    "https://www.youtube.com/watch?v=Jr9vMx4yE4g",
]
TT = [
    "https://www.tiktok.com/@fake.kr.dance/video/7412000000000000101",
    "https://www.tiktok.com/@fake.kr.dance/video/7412000000000000102",
    "https://www.tiktok.com/@fakeseller_kr/video/7412000000000000203",
    "https://www.tiktok.com/@fakeseller_kr/video/7412000000000000204",
]
FB = "https://www.facebook.com/fakepage.kr/posts/pfbid02fAkEpAgEkR7hQm3sXyZwVuT1aBcDeFgHiJkLmNoPqRsTl"
IGP = "https://www.instagram.com/p/C_fAkE12345/"
IGR = "https://www.instagram.com/reel/C_fAkE67890/"
RD_POST = "https://www.reddit.com/r/fakesub_kr/comments/1fg0abc/cheap_tickets_dm_me/"
RD_COMM = "https://www.reddit.com/r/fakesub_kr/comments/1fg0abd/comment/lmn0xyz/"
TG = ["https://t.me/fake_q_channel/%d" % i for i in (811, 812, 813)]
DC = "https://discord.com/channels/1180000000000000001/1180000000000000002/1284000000000000003"
PN = ["https://www.pinterest.com/pin/1095000000000000001/", "https://www.pinterest.com/pin/1095000000000000002/"]
VM = ["https://vimeo.com/1008000001", "https://vimeo.com/1008000002"]

REQUESTS = [
    # ref, platform, sent, due, urls, category
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", XA + XB + XC, "illegal_gambling"),
    ("KCSC-240910-01", "youtube", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", YT, "drugs"),
    ("KCSC-240911-01", "tiktok", "2024-09-11T10:30:00+09:00", "2024-09-18T18:00:00+09:00", TT, "illegal_goods"),
    ("KCSC-240912-01", "meta", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00", [FB, IGP, IGR], "obscenity"),
    ("KCSC-240913-01", "reddit", "2024-09-13T09:30:00+09:00", "2024-09-20T18:00:00+09:00", [RD_POST, RD_COMM], "illegal_goods"),
    ("KCSC-240913-02", "telegram", "2024-09-13T15:00:00+09:00", "2024-09-20T18:00:00+09:00", TG, "drugs"),
    ("KCSC-240916-01", "discord", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", [DC], "privacy"),
    ("KCSC-240916-02", "pinterest", "2024-09-16T13:00:00+09:00", "2024-09-23T18:00:00+09:00", PN, "obscenity"),
    ("KCSC-240917-01", "vimeo", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", VM, "obscenity"),
    ("KCSC-240917-02", "x", "2024-09-17T11:00:00+09:00", "2024-09-24T18:00:00+09:00", [XD], "defamation"),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return "<req-" + ref[5:] + "@kcsc.example>"


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat in REQUESTS:
        for n, u in enumerate(urls, 1):
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},{mid(ref)},item {n} of {len(urls)}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def our_request_text(ref):
    _, plat, sent, _, urls, _ = REQ[ref]
    body = [
        "Dear Sir or Madam,",
        "",
        f"Ref: {ref}",
        "The Korea Communications Standards Commission has found the following",
        "content unlawful under the laws of the Republic of Korea. We request that",
        "you remove it or restrict access to it from Korea, and tell us the result",
        "for each URL.",
        "",
    ]
    body += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    body += ["", "KCSC Takedown Desk", "takedown@kcsc.example"]
    return body


def gt_quote(ref, header):
    return header + "\n" + "\n".join(("> " + l).rstrip() for l in our_request_text(ref))


def outlook_quote(ref, sent_line, to_line):
    return "\n".join([
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {sent_line}",
        f"To: {to_line}",
        f"Subject: [{ref}] Request to remove or restrict content",
        "",
    ] + our_request_text(ref))


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def part(ctype, body, cte="8bit", extra=()):
    hdr = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return "\n".join(hdr) + "\n\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def xlsx(rows):
    """A minimal XLSX (inline strings), byte-for-byte deterministic."""
    def cell(r, c, v):
        ref = "ABCDEFGH"[c] + str(r)
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = "".join(
        f'<row r="{r}">' + "".join(cell(r, c, v) for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(rows, 1))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="Decisions" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         f'<sheetData>{sheet_rows}</sheetData></worksheet>'),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files:
            info = zipfile.ZipInfo(name, date_time=(2024, 9, 14, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ======================= X (KCSC-240909-01, 14 items; KCSC-240917-02, 1 item)

case(
    name="x-withheld-in-kr-bulleted",
    imitates="X (Twitter) legal notice to a government reporter that content was withheld in a country (help.x.com 'Post withheld by country' wording, bulleted list)",
    why="one statement 'we have withheld the following content in South Korea' over a bulleted list of five posts; help-centre link is not an item",
    outcome="applied", classification="confirmation",
    items={u: "restricted" for u in XA},
    **{"from": "legal-noreply@x.com", "name_from": "X Legal",
       "date": "Thu, 12 Sep 2024 02:14:09 +0000",
       "subject": "Re: [KCSC-240909-01] Request to remove or restrict content",
       "reply_to_req": "req-240909-01",
       "body": f"""
Hello,

Thank you for your report (ref. KCSC-240909-01). After reviewing it
against applicable local law, we have withheld the following content in
South Korea:

  * {XA[0]}
  * {XA[1]}
  * {XA[2]}
  * {XA[3]}
  * {XA[4]}

The content remains available outside South Korea. Viewers in South Korea
see a notice that the post has been withheld in response to a legal demand.
You can learn more about country withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regarding the remaining URLs in your request, we will contact you separately.

Regards,
X Legal
"""})

case(
    name="x-per-line-mixed-statuses",
    imitates="X legal team case reply listing each reported URL with a dash and an action label (Removed / Withheld / No action / Not found), as quoted in transparency and Lumen records",
    why="four URLs each followed on the same line by its own label; the fifth bravo post is not mentioned and stays pending",
    outcome="applied", classification="confirmation",
    items={XB[0]: "removed", XB[1]: "restricted", XB[2]: "rejected", XB[3]: "not_found"},
    **{"from": "legal@x.com", "name_from": "X Legal",
       "date": "Fri, 13 Sep 2024 09:41:55 +0000",
       "subject": "Case 0917342 - KCSC-240909-01 - Outcome",
       "reply_to_req": "req-240909-01",
       "body": f"""
Dear KCSC,

We have completed our review of the URLs below from your request
KCSC-240909-01. The outcome for each is as follows:

{XB[0]} - Removed: violation of the X Rules (illegal or certain regulated goods or services)
{XB[1]} - Withheld in KR
{XB[2]} - No action: the reported content does not violate the X Rules, and we did not find it to be illegal in the reported jurisdiction
{XB[3]} - Not found: this URL does not lead to an existing post

If you have new information about any of these URLs, please reply to this
email and keep the case number in the subject line.

X Legal | Case 0917342
"""})

case(
    name="x-status-line-below-bare-url",
    imitates="X 'Update on your report' legal reply where each bare post URL is followed on the next line by a one-sentence outcome",
    why="status in prose on the line below each bare URL: removed, deleted by the account owner before review (= not found), withheld in South Korea",
    outcome="applied", classification="confirmation",
    items={XC[0]: "removed", XC[1]: "not_found", XC[2]: "restricted"},
    **{"from": "legal@x.com", "name_from": "X Legal",
       "date": "Sat, 14 Sep 2024 01:03:12 +0000",
       "subject": "Update on your report KCSC-240909-01",
       "reply_to_req": "req-240909-01",
       "body": f"""
Hi,

Here is an update on three of the posts in your report.

{XC[0]}
We removed this post. It violated our rules on illegal or certain regulated goods and services.

{XC[1]}
The account owner deleted this post before our review.

{XC[2]}
This post is now withheld in South Korea in response to your legal demand.

Thanks,
X Legal
"""})

case(
    name="x-account-suspended-echoed-post",
    imitates="X enforcement notice to a reporter: 'we've permanently suspended the account', followed by the echoed report (Reported post: URL)",
    why="the account is permanently suspended and the email says the reported post is therefore no longer available on X; read as removed (arguable, see NOTES)",
    outcome="applied", classification="confirmation",
    items={XD: "removed"},
    **{"from": "legal@x.com", "name_from": "X Legal",
       "date": "Wed, 18 Sep 2024 22:30:40 +0000",
       "subject": "Re: [KCSC-240917-02] Request to remove or restrict content",
       "reply_to_req": "req-240917-02",
       "body": f"""
Hello,

Thanks for your report. We've investigated the account @fake_kr_delta and
found it in violation of the X Rules. We have permanently suspended the
account, and the post you reported is no longer available on X.

Your report
-----------
Reference: KCSC-240917-02
Reported post: {XD}
Reason given: defamation (local law)

Learn more about our range of enforcement options:
https://help.x.com/en/rules-and-policies/enforcement-options

X Legal
"""})

case(
    name="x-top-posted-over-outlook-original",
    imitates="short top-posted reply from an X legal staff member over Outlook's '-----Original Message-----' copy of our request",
    why="two posts confirmed removed above the quote; the quoted request lists all 14 URLs with 'remove it or restrict access' wording, which must not count",
    outcome="applied", classification="confirmation",
    items={XA[2]: "removed", XC[3]: "removed"},
    **{"from": "jmorales@x.com", "name_from": "Jamie Morales",
       "date": "Mon, 16 Sep 2024 17:22:05 +0000",
       "subject": "RE: [KCSC-240909-01] Request to remove or restrict content",
       "reply_to_req": "req-240909-01",
       "body": f"""
Hi KCSC team,

The two posts below have now been removed from X:

{XA[2]}
{XC[3]}

Best regards,
Jamie Morales
Legal Policy, X Corp.

""" + outlook_quote("KCSC-240909-01", "Monday, September 9, 2024 1:00 AM", "legal@x.com")})

case(
    name="x-html-table-multipart",
    imitates="X legal case-management email with an HTML table (URL / Action / Scope) and a plain-text alternative",
    why="multipart/alternative: an HTML table with columns URL, Action, Scope (Withheld KR twice, Removed Global once) and the same rows in the text part",
    outcome="applied", classification="confirmation",
    items={XB[0]: "restricted", XB[1]: "restricted", XA[3]: "removed"},
    **{"from": "legal-noreply@x.com", "name_from": "X Legal",
       "date": "Tue, 17 Sep 2024 03:05:00 +0000",
       "subject": "KCSC-240909-01: action taken",
       "reply_to_req": "req-240909-01",
       "raw_mime": multipart("alternative", "xlegal-tbl-50", [
           part("text/plain; charset=utf-8", f"""
Hello,

We have taken the following actions on your request KCSC-240909-01:

URL | Action | Scope
{XB[0]} | Withheld | KR
{XB[1]} | Withheld | KR
{XA[3]} | Removed | Global

X Legal
"""),
           part("text/html; charset=utf-8", f"""
<html><body>
<p>Hello,</p>
<p>We have taken the following actions on your request KCSC-240909-01:</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{XB[0]}">{XB[0]}</a></td><td>Withheld</td><td>KR</td></tr>
<tr><td><a href="{XB[1]}">{XB[1]}</a></td><td>Withheld</td><td>KR</td></tr>
<tr><td><a href="{XA[3]}">{XA[3]}</a></td><td>Removed</td><td>Global</td></tr>
</table>
<p>X Legal</p>
</body></html>
"""),
       ])})

_csv = ("post_url,action_taken,country\r\n"
        f"{XA[0]},Content withheld,KR\r\n"
        f"{XA[1]},Removed,ALL\r\n"
        f"{XC[0]},No violation found - no action,\r\n").encode("utf-8")
case(
    name="x-csv-attachment-outcomes",
    imitates="platform legal reply whose body only points to an attached CSV export of per-URL outcomes (columns post_url, action_taken, country)",
    why="statuses only in a base64 text/csv attachment; 'Content withheld, KR' = restricted, 'Removed' = removed, 'No violation found - no action' = rejected",
    outcome="applied", classification="confirmation",
    items={XA[0]: "restricted", XA[1]: "removed", XC[0]: "rejected"},
    **{"from": "legal@x.com", "name_from": "X Legal",
       "date": "Wed, 18 Sep 2024 06:45:12 +0000",
       "subject": "Re: [KCSC-240909-01] Request to remove or restrict content",
       "reply_to_req": "req-240909-01",
       "raw_mime": multipart("mixed", "xcsv-50", [
           part("text/plain; charset=utf-8", """
Hello,

Please find attached the outcome for each URL of your request
KCSC-240909-01 that we have reviewed so far.

X Legal
"""),
           part('text/csv; charset=utf-8; name="KCSC-240909-01_outcome.csv"', b64(_csv), "base64",
                ['Content-Disposition: attachment; filename="KCSC-240909-01_outcome.csv"']),
       ])})

case(
    name="x-negated-removal-with-reason",
    imitates="X legal reply declining part of a government request ('we have not removed ... as it does not violate the X Rules') and withholding another post",
    why="'we have not removed the post ... as it does not violate the X Rules ... not unlawful' is a rejection with a reason; the other post is withheld in Korea",
    outcome="applied", classification="confirmation",
    items={XB[2]: "rejected", XB[3]: "restricted"},
    **{"from": "legal@x.com", "name_from": "X Legal",
       "date": "Thu, 19 Sep 2024 01:12:44 +0000",
       "subject": "Your request KCSC-240909-01",
       "reply_to_req": "req-240909-01",
       "body": f"""
Dear Korea Communications Standards Commission,

After careful review, we have not removed the post at
{XB[2]}, as it does not violate the X Rules and we did not find it to be
unlawful under Korean law based on the information provided.

We have, however, withheld {XB[3]} in the Republic of Korea.

We will continue to assess the other items in your request.

Sincerely,
X Legal
"""})

case(
    name="x-statement-of-reasons-blocks",
    imitates="DSA-style statement of reasons sent by X (key: value blocks: Content, Decision, Territorial scope, Ground, Redress)",
    why="two key:value blocks; 'Decision: Visibility restriction - content withheld in country' = restricted, 'Decision: Removal of content' = removed",
    outcome="applied", classification="confirmation",
    items={XA[4]: "restricted", XC[1]: "removed"},
    **{"from": "legal-noreply@x.com", "name_from": "X Legal",
       "date": "Tue, 17 Sep 2024 12:00:00 +0000",
       "subject": "Notice of decision - KCSC-240909-01",
       "reply_to_req": "req-240909-01",
       "body": f"""
Notice of decision regarding your report KCSC-240909-01

Content: {XA[4]}
Decision: Visibility restriction - content withheld in country
Territorial scope: Republic of Korea (KR)
Ground: Illegal content under the law of the reporting jurisdiction
Automated detection: No
Automated decision: No

Content: {XC[1]}
Decision: Removal of content
Territorial scope: Global
Ground: Violation of the X Rules (illegal or certain regulated goods or services)
Automated detection: No
Automated decision: No

Redress: the account holder may appeal this decision. For information on
appeals, see https://help.x.com/en/forms/account-access/appeals

X Corp.
"""})

# ======================= YouTube (KCSC-240910-01, 5 items)

case(
    name="yt-legal-restricted-in-kr",
    imitates="Google/YouTube Legal Support reply to a government removal request: 'we have restricted access to the following content in South Korea', with support.google.com link",
    why="two watch URLs restricted in South Korea under one heading sentence; support.google.com link is not an item",
    outcome="applied", classification="confirmation",
    items={YT[0]: "restricted", YT[1]: "restricted"},
    **{"from": "legal-kr@google.com", "name_from": "YouTube Legal Support",
       "date": "Wed, 11 Sep 2024 08:30:21 +0000",
       "subject": "[KCSC-240910-01] YouTube Legal Support - 5-1849000032614",
       "reply_to_req": "req-240910-01",
       "body": f"""
Hello,

Thank you for contacting YouTube Legal Support.

In response to your legal request, we have restricted access to the
following content in South Korea:

{YT[0]}
{YT[1]}

For more information about how Google handles government requests to
remove content, please see https://support.google.com/legal/answer/3110420

Regards,
The YouTube Legal Support Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""})

case(
    name="yt-numbered-age-removed-left-up",
    imitates="YouTube Trust & Safety report outcome with a numbered list: age-restricted / removed for violating Community Guidelines / 'does not violate ... we won't be taking action'",
    why="numbered list: age-restricted = restricted, removed for Community Guidelines = removed, 'does not violate ... won't be taking action' = rejected",
    outcome="applied", classification="confirmation",
    items={YT[2]: "restricted", YT[4]: "removed", YT[0]: "rejected"},
    **{"from": "no-reply@youtube.com", "name_from": "YouTube",
       "date": "Thu, 12 Sep 2024 19:02:33 +0000",
       "subject": "Outcome of your request KCSC-240910-01",
       "reply_to_req": "req-240910-01",
       "body": f"""
Hi,

We've reviewed the videos you reported in KCSC-240910-01. Here is what we
decided:

1. {YT[2]}
   We've age-restricted this video. It is no longer available to viewers
   who are signed out or under 18.

2. {YT[4]}
   This video was removed for violating our Community Guidelines on
   harmful or dangerous content.

3. {YT[0]}
   After review, we determined that this video does not violate our
   Community Guidelines, and we won't be taking action on it.

Learn more about our Community Guidelines:
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

- The YouTube Team
"""})

case(
    name="yt-url-below-statement",
    imitates="YouTube legal reply where each statement ends with a colon and the URL follows on the next line (removed Short; 'we were unable to find the following video')",
    why="URL on the line below its statement: the Short is removed; the youtu.be link could not be found (not_found; the 'may no longer exist' clause only guesses why)",
    outcome="applied", classification="confirmation",
    items={YT[3]: "removed", YT[4]: "not_found"},
    **{"from": "legal-kr@google.com", "name_from": "YouTube Legal Support",
       "date": "Fri, 13 Sep 2024 04:17:50 +0000",
       "subject": "Re: [KCSC-240910-01] Request to remove or restrict content",
       "reply_to_req": "req-240910-01",
       "body": f"""
Hello,

The following Short has been removed from YouTube for violating our
Spam, deceptive practices and scams policies:
{YT[3]}

We were unable to find the following video. The video ID may be
incorrect, or the video may no longer exist:
https://youtu.be/Jr9vMx4yE4g

Sincerely,
YouTube Legal Support
"""})

_yt_qp_text = f"""Hello,

Thank you for your request KCSC-240910-01.

The video {YT[2]}&t=37s, which appears to have been uploaded by a different account earlier this year, has been removed for violating YouTube's Community Guidelines.

We are still reviewing the other videos in your request and will follow up.

Best,
YouTube Trust & Safety
"""
case(
    name="yt-qp-relative-clause-hedge",
    imitates="YouTube Trust & Safety email in quoted-printable with a long watch URL carrying a timestamp (&t=37s), one-paragraph outcome",
    why="quoted-printable body; 'which appears to have been uploaded by a different account' hedges a relative clause only, the main clause 'has been removed' is unhedged; 'still reviewing the other videos' names none",
    outcome="applied", classification="confirmation",
    items={YT[2]: "removed"},
    **{"from": "no-reply@youtube.com", "name_from": "YouTube",
       "date": "Sat, 14 Sep 2024 10:10:10 +0000",
       "subject": "Update on KCSC-240910-01",
       "reply_to_req": "req-240910-01",
       "raw_mime": part("text/plain; charset=utf-8", qp(_yt_qp_text), "quoted-printable")})

_xlsx = xlsx([
    ["URL", "Action taken", "Notes"],
    [YT[0], "Removed", "Community Guidelines - regulated goods"],
    [YT[1], "Blocked in KR", "Local law"],
    [YT[3], "No action", "Not violating"],
])
case(
    name="yt-xlsx-decisions",
    imitates="Google legal team reply with an Excel sheet of per-URL decisions (URL / Action taken / Notes) attached, body only pointing to it",
    why="statuses only in the XLSX attachment: Removed, Blocked in KR (= restricted), No action / Not violating (= rejected); the body confirms nothing itself",
    outcome="applied", classification="confirmation",
    items={YT[0]: "removed", YT[1]: "restricted", YT[3]: "rejected"},
    **{"from": "legal-kr@google.com", "name_from": "Google Legal",
       "date": "Mon, 16 Sep 2024 02:40:00 +0000",
       "subject": "[KCSC-240910-01] Decisions",
       "reply_to_req": "req-240910-01",
       "raw_mime": multipart("mixed", "g-xlsx-50", [
           part("text/plain; charset=utf-8", """
Hello,

Please see the attached spreadsheet for our decisions on your request
KCSC-240910-01.

Kind regards,
Google Legal Removals
"""),
           part('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240910-01.xlsx"',
                b64(_xlsx), "base64", ['Content-Disposition: attachment; filename="KCSC-240910-01.xlsx"']),
       ])})

# ======================= TikTok (KCSC-240911-01, 4 items)

case(
    name="tiktok-reported-content-echoed",
    imitates="TikTok report outcome email: 'We removed the content you reported for violating our Community Guidelines', followed by the echoed report (Report ID, Reported content)",
    why="statement about 'the content you reported' followed by the echoed report listing two videos: both removed",
    outcome="applied", classification="confirmation",
    items={TT[0]: "removed", TT[1]: "removed"},
    **{"from": "legal@tiktok.com", "name_from": "TikTok Trust and Safety",
       "date": "Thu, 12 Sep 2024 11:05:00 +0000",
       "subject": "Re: [KCSC-240911-01] Request to remove or restrict content",
       "reply_to_req": "req-240911-01",
       "body": f"""
Hello,

Thanks for your report. We reviewed the content you reported and removed
it for violating our Community Guidelines.

Your report
Report ID: 7413998800112
Reported content:
{TT[0]}
{TT[1]}
Reason: Illegal activities and regulated goods

To learn more, visit our Community Guidelines:
https://www.tiktok.com/community-guidelines/en/

TikTok Trust and Safety
"""})

case(
    name="tiktok-local-law-restricted-and-kept",
    imitates="TikTok legal response to a government request: one video 'restricted in South Korea under local law', another reviewed and 'did not find a violation'",
    why="'has been restricted in South Korea' = restricted; 'we did not find a violation ... the video remains available' = rejected",
    outcome="applied", classification="confirmation",
    items={TT[2]: "restricted", TT[3]: "rejected"},
    **{"from": "lawenforcement@bytedance.com", "name_from": "TikTok Legal",
       "date": "Fri, 13 Sep 2024 07:30:00 +0000",
       "subject": "TikTok response - KCSC-240911-01",
       "reply_to_req": "req-240911-01",
       "body": f"""
Dear Sir or Madam,

Thank you for contacting TikTok. We have reviewed your request
KCSC-240911-01.

The video below has been restricted in South Korea under local law:
{TT[2]}

The following video was reviewed against our Community Guidelines and
applicable Korean law. We did not find a violation, and the video remains
available:
{TT[3]}

Kind regards,
TikTok Legal Team
"""})

_tt_html = f"""<html><body>
<p>Hello,</p>
<p>Here is the status of the videos in your request KCSC-240911-01.</p>
<p><a href="{TT[2]}">{TT[2]}</a><br>
Video status: Removed</p>
<p><a href="{TT[0]}">{TT[0]}</a><br>
Video status: This video is no longer available. It was deleted by the creator before our review.</p>
<p>TikTok Trust and Safety</p>
</body></html>
"""
_tt_text = f"""Hello,

Here is the status of the videos in your request KCSC-240911-01.

{TT[2]}
Video status: Removed

{TT[0]}
Video status: This video is no longer available. It was deleted by the creator before our review.

TikTok Trust and Safety
"""
case(
    name="tiktok-base64-html-status-lines",
    imitates="TikTok multipart/alternative notification (base64 text and HTML parts), each video link followed by a 'Video status:' line",
    why="base64-encoded parts; 'Video status: Removed' = removed; 'deleted by the creator before our review' = not_found",
    outcome="applied", classification="confirmation",
    items={TT[2]: "removed", TT[0]: "not_found"},
    **{"from": "legal@tiktok.com", "name_from": "TikTok",
       "date": "Sat, 14 Sep 2024 03:33:03 +0000",
       "subject": "Status of your request KCSC-240911-01",
       "reply_to_req": "req-240911-01",
       "raw_mime": multipart("alternative", "tt-b64-50", [
           part("text/plain; charset=utf-8", b64(_tt_text.encode()), "base64"),
           part("text/html; charset=utf-8", b64(_tt_html.encode()), "base64"),
       ])})

# ======================= Meta (KCSC-240912-01, 3 items)

case(
    name="meta-local-law-restricted-echoed",
    imitates="Meta 'We've restricted access to this content in your country because it violates local law' report outcome, followed by the list of reported content",
    why="one statement about 'the content you reported' (restricted in South Korea under local law) followed by the echoed report listing two items",
    outcome="applied", classification="confirmation",
    items={FB: "restricted", IGP: "restricted"},
    **{"from": "no-reply@meta.com", "name_from": "Meta Content Review",
       "date": "Fri, 13 Sep 2024 06:12:00 +0000",
       "subject": "Your report KCSC-240912-01",
       "reply_to_req": "req-240912-01",
       "body": f"""
Hi,

We've reviewed the content you reported and restricted access to it in
South Korea because it violates local law. It may still be visible to
people in other countries.

Content you reported:
- Facebook post: {FB}
- Instagram post: {IGP}

Learn how Meta handles reports about content that violates local law:
https://transparency.meta.com/enforcement/taking-action/content-restrictions-based-on-local-law

Meta Content Review
"""})

case(
    name="meta-two-decisions-sections",
    imitates="Instagram report decisions ('We removed this reel because it goes against our Community Guidelines' / 'We didn't remove this post ... doesn't go against our Community Guidelines'), one section per report",
    why="two sections, each with its own URL line and decision: reel removed, post not removed because it does not go against the Guidelines (= rejected)",
    outcome="applied", classification="confirmation",
    items={IGR: "removed", IGP: "rejected"},
    **{"from": "no-reply@instagram.com", "name_from": "Instagram",
       "date": "Sat, 14 Sep 2024 15:48:20 +0000",
       "subject": "Decisions on your reports (KCSC-240912-01)",
       "reply_to_req": "req-240912-01",
       "body": f"""
Hi,

We've finished reviewing your reports.

Report 1 of 2
Reel: {IGR}
Decision: We removed this reel because it goes against our Community
Guidelines on nudity and sexual activity.

Report 2 of 2
Post: {IGP}
Decision: We didn't remove this post. Our review found that it doesn't
go against our Community Guidelines.

See our Community Guidelines: https://help.instagram.com/477434105621119

The Instagram Team
"""})

# ======================= Reddit (KCSC-240913-01, 2 items)

case(
    name="reddit-admin-removed-and-geo",
    imitates="Reddit Legal/Safety reply: post 'removed by Reddit admins for violating Reddit's Content Policy', comment 'geo-restricted' (r/ChillingEffects wording), with Content Policy link",
    why="post removed; comment geo-restricted and no longer visible in South Korea (= restricted); redditinc.com policy link is not an item",
    outcome="applied", classification="confirmation",
    items={RD_POST: "removed", RD_COMM: "restricted"},
    **{"from": "legal@reddit.com", "name_from": "Reddit Legal",
       "date": "Mon, 16 Sep 2024 18:20:00 +0000",
       "subject": "Re: [KCSC-240913-01] Request to remove or restrict content",
       "reply_to_req": "req-240913-01",
       "body": f"""
Hello,

Thank you for your request. We have reviewed the content you reported.

The following post has been removed by Reddit admins for violating
Reddit's Content Policy:
{RD_POST}

The following comment has been geo-restricted and is no longer visible to
users in South Korea:
{RD_COMM}

Reddit's Content Policy: https://www.redditinc.com/policies/content-policy

Best,
Reddit Legal
"""})

# ======================= Discord (KCSC-240916-01, 1 item)

case(
    name="discord-zendesk-removed",
    imitates="Discord Trust & Safety Zendesk ticket reply ('##- Please type your reply above this line -##', ticket number, 'we have removed the reported content and taken action on the account')",
    why="Zendesk reply above the reply line; the reported message (echoed as 'Message link') has been removed",
    outcome="applied", classification="confirmation",
    items={DC: "removed"},
    **{"from": "support@discord.com", "name_from": "Discord Trust & Safety",
       "date": "Tue, 17 Sep 2024 21:14:00 +0000",
       "subject": "[Discord] Re: KCSC-240916-01 Report of private information",
       "reply_to_req": "req-240916-01",
       "body": f"""
##- Please type your reply above this line -##

Your request (48177203) has been updated.

Hi there,

Thank you for reaching out to Discord Trust & Safety. We have reviewed the
message you reported, removed it, and taken action against the account
that posted it in line with our Community Guidelines.

Message link: {DC}

We appreciate you helping keep Discord safe.

Discord Trust & Safety
https://discord.com/guidelines

This email is a service from Discord. [3KZ9-QW7P]
"""})

# ======================= Telegram (KCSC-240913-02, 3 items)

case(
    name="tg-blocked-and-not-found",
    imitates="Telegram abuse desk (dsa@telegram.org) short reply: 'The content has been blocked' with links, and one link 'we could not find'",
    why="two messages blocked (one written without a scheme, t.me/...); the third message could not be found (= not_found)",
    outcome="applied", classification="confirmation",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found"},
    **{"from": "dsa@telegram.org", "name_from": "Telegram",
       "date": "Sun, 15 Sep 2024 12:00:05 +0000",
       "subject": "Re: [KCSC-240913-02] Request to remove or restrict content",
       "reply_to_req": "req-240913-02",
       "body": f"""
Hello,

Thank you for your report. The following content has been blocked:

t.me/fake_q_channel/811
{TG[1]}

We could not find the message {TG[2]}. Please check that the link is
correct.

Best regards,
Telegram Abuse Team
"""})

# ======================= Pinterest (KCSC-240916-02, 2 items)

case(
    name="pinterest-removed-pin",
    imitates="Pinterest report outcome ('We removed the Pin you reported because it goes against our Community Guidelines', Pin line, Enforcement ID, help-centre link)",
    why="statement about 'the Pin you reported' with the Pin URL on its own labelled line: removed; the other Pin is not mentioned",
    outcome="applied", classification="confirmation",
    items={PN[0]: "removed"},
    **{"from": "no-reply@pinterest.com", "name_from": "Pinterest",
       "date": "Wed, 18 Sep 2024 08:00:00 +0000",
       "subject": "Update on your report (KCSC-240916-02)",
       "reply_to_req": "req-240916-02",
       "body": f"""
Hi,

Thanks for letting us know. We removed the Pin you reported because it
goes against our Community Guidelines on adult content.

Pin: {PN[0]}
Enforcement ID: 5c1e8f0a-2b7d-4e2a-9f60-000000000050

To learn more, visit our Community Guidelines:
https://policy.pinterest.com/en/community-guidelines

Pinterest, Inc., 651 Brannan Street, San Francisco, CA 94107
"""})

# ======================= Vimeo (KCSC-240917-01, 2 items)

case(
    name="vimeo-removed-and-owner-deleted",
    imitates="Vimeo Trust & Safety reply ('We have removed ... for violating our Acceptable Use Policy'; the other video 'had already been deleted by its owner')",
    why="first video removed by Vimeo; the second was already deleted by its owner before review (= not_found)",
    outcome="applied", classification="confirmation",
    items={VM[0]: "removed", VM[1]: "not_found"},
    **{"from": "trust@vimeo.com", "name_from": "Vimeo Trust & Safety",
       "date": "Thu, 19 Sep 2024 02:25:00 +0000",
       "subject": "Re: [KCSC-240917-01] Request to remove or restrict content",
       "reply_to_req": "req-240917-01",
       "body": f"""
Hello,

Thanks for writing in. We have removed {VM[0]} for violating our
Acceptable Use Policy (https://vimeo.com/help/guidelines).

The second video you reported ({VM[1]}) had already been deleted by its
owner before we reviewed it, so no further action was required.

Best,
Vimeo Trust & Safety
"""})

case(
    name="vimeo-url-and-one-sentence-over-gmail-quote",
    imitates="terse reply from a Vimeo support agent: the bare URL and one sentence, above a Gmail 'On ... wrote:' quote of our request",
    why="a notice that is only a URL and one sentence ('This video has been taken down.'); the quoted request below lists both URLs with 'remove' wording and must not count",
    outcome="applied", classification="confirmation",
    items={VM[1]: "removed"},
    **{"from": "support@vimeo.com", "name_from": "Dana (Vimeo Support)",
       "date": "Wed, 18 Sep 2024 13:40:00 +0000",
       "subject": "Re: [KCSC-240917-01] Request to remove or restrict content",
       "reply_to_req": "req-240917-01",
       "body": f"""
{VM[1]}
This video has been taken down.

Dana
Vimeo Support

""" + gt_quote("KCSC-240917-01", "On Tue, Sep 17, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:")})

case(
    name="reddit-ticket-created-plus-removed",
    imitates="Reddit Legal ticket mail that opens like a receipt ('a ticket has been created') but goes on to state an action already taken on one item and an open review on the other",
    why="an acknowledgement phrase plus an unhedged statement is not an acknowledgement: the comment is removed; the post 'is still being reviewed' stays pending",
    outcome="applied", classification="confirmation",
    items={RD_COMM: "removed", RD_POST: "pending"},
    **{"from": "legal@reddit.com", "name_from": "Reddit Legal",
       "date": "Sat, 14 Sep 2024 02:10:00 +0000",
       "subject": "Re: [KCSC-240913-01] Request to remove or restrict content [Ticket 2024-0913-5521]",
       "reply_to_req": "req-240913-01",
       "body": f"""
Hi,

Thanks for your report. A ticket has been created for it: 2024-0913-5521.

We have already removed the comment at {RD_COMM} for violating
Reddit's rules on illegal or prohibited transactions.

The post {RD_POST} is still being reviewed by our team; we will write
again once we have reached a decision.

Reddit Legal
"""})

# ======================= sequences (first file written below)

SEQ_FIRST = {}
case(
    name="seq-tiktok-restricted-then-removed",
    imitates="two TikTok legal emails a few days apart: first 'restricted in South Korea', then 'has now been removed globally for violating our Community Guidelines'",
    why="the later, stronger status wins: restricted, then removed",
    outcome="applied", classification="confirmation",
    items={TT[1]: "removed"},
    **{"from": "legal@tiktok.com", "name_from": "TikTok Legal",
       "date": "Wed, 18 Sep 2024 09:00:00 +0000",
       "subject": "Follow-up: KCSC-240911-01",
       "reply_to_req": "req-240911-01",
       "body": f"""
Hello,

Following further review, the video {TT[1]}, which we had restricted in
South Korea, has now been removed globally for violating our Community
Guidelines.

TikTok Legal Team
"""})
SEQ_FIRST["seq-tiktok-restricted-then-removed"] = {
    "name": "seq-tiktok-restricted-then-removed-1",
    "from": "legal@tiktok.com", "name_from": "TikTok Legal",
    "date": "Fri, 13 Sep 2024 02:00:00 +0000",
    "subject": "Re: [KCSC-240911-01] Request to remove or restrict content",
    "reply_to_req": "req-240911-01",
    "body": f"""
Hello,

The video below has been restricted in South Korea in line with local law:
{TT[1]}

TikTok Legal Team
"""}

case(
    name="seq-duplicate-delivery",
    imitates="the same Telegram reply delivered twice by the mail system (same Message-ID, different Received line)",
    why="second delivery of an identical message is a duplicate; the status from the first delivery stands",
    outcome="duplicate",
    items={TG[0]: "removed"},
    **{"from": "dsa@telegram.org", "name_from": "Telegram",
       "date": "Mon, 16 Sep 2024 05:00:00 +0000",
       "subject": "Re: [KCSC-240913-02] Request to remove or restrict content",
       "reply_to_req": "req-240913-02",
       "body": f"""
Hello,

The message {TG[0]} has been blocked for violating the Telegram Terms of
Service.

Telegram Abuse Team
"""})

# ======================= doubtful: review

case(
    name="x-future-will-withhold",
    imitates="X legal reply announcing a decision still to take effect ('will be withheld in Korea within 48 hours')",
    why="a promise, not a confirmation: nothing has been withheld yet; names items, so review (not_understood), items stay pending",
    outcome="review", review="not_understood",
    items={XC[0]: "pending", XC[1]: "pending"},
    **{"from": "legal@x.com", "name_from": "X Legal",
       "date": "Wed, 11 Sep 2024 23:59:00 +0000",
       "subject": "Re: [KCSC-240909-01] Request to remove or restrict content",
       "reply_to_req": "req-240909-01",
       "body": f"""
Hello,

Our team has completed its legal assessment. The two posts below will be
withheld in Korea; the restriction should take effect within the next 48
hours.

{XC[0]}
{XC[1]}

We will confirm once this is done.

X Legal
"""})

case(
    name="yt-still-under-review",
    imitates="YouTube Legal Support interim update ('the following URLs are currently under review by our legal team')",
    why="under review, nothing done; names two requested items, so it must not be ignored: review not_understood",
    outcome="review", review="not_understood",
    items={YT[1]: "pending", YT[3]: "pending"},
    **{"from": "legal-kr@google.com", "name_from": "YouTube Legal Support",
       "date": "Thu, 12 Sep 2024 03:00:00 +0000",
       "subject": "[KCSC-240910-01] Interim update",
       "reply_to_req": "req-240910-01",
       "body": f"""
Hello,

The following URLs from your request are currently under review by our
legal team:

{YT[1]}
{YT[3]}

We will get back to you as soon as our review is complete.

YouTube Legal Support
"""})

case(
    name="tiktok-asks-for-legal-basis",
    imitates="TikTok law-enforcement outreach asking for a copy of the legal order and the specific law before acting on listed videos",
    why="asks for more information (copy of the decision, legal provision) before acting on two listed videos: review asks_more",
    outcome="review", review="asks_more", classification="request_for_info",
    items={TT[2]: "pending", TT[3]: "pending"},
    **{"from": "lawenforcement@bytedance.com", "name_from": "TikTok Legal",
       "date": "Thu, 12 Sep 2024 05:45:00 +0000",
       "subject": "Additional information needed - KCSC-240911-01",
       "reply_to_req": "req-240911-01",
       "body": f"""
Dear Sir or Madam,

To process your request for the videos below, we need additional
information:

{TT[2]}
{TT[3]}

Please provide a copy of the Commission's decision for these videos and
identify the specific provision of Korean law that the content violates.
Once we receive this, we will review the request again.

Kind regards,
TikTok Legal Team
"""})

case(
    name="meta-some-content-actioned",
    imitates="Meta report outcome 'We've taken action on some of the content in your report. Other content didn't go against our Community Standards', followed by the echoed list",
    why="'some' of three echoed items were actioned and the rest kept, without saying which: no item can be given a status; review (not_understood)",
    outcome="review", review="not_understood",
    items={FB: "pending", IGP: "pending", IGR: "pending"},
    **{"from": "no-reply@meta.com", "name_from": "Meta Content Review",
       "date": "Sun, 15 Sep 2024 10:10:00 +0000",
       "subject": "Your report KCSC-240912-01",
       "reply_to_req": "req-240912-01",
       "body": f"""
Hi,

We've taken action on some of the content in your report. Other content
in your report didn't go against our Community Standards or local law,
so we left it up.

Content you reported:
- {FB}
- {IGP}
- {IGR}

Meta Content Review
"""})

case(
    name="x-unknown-sender-lookalike",
    imitates="spoof attempt: a look-alike 'X legal support' domain (DMARC passes for itself) claiming removals for our X request",
    why="sender domain belongs to no platform; it names our request and items, so it must be seen: review unknown_sender, nothing applied",
    outcome="review", review="unknown_sender",
    items={XA[0]: "pending", XA[1]: "pending", XB[0]: "pending"},
    **{"from": "legal@x-legalsupport.net", "name_from": "X Legal Support",
       "date": "Sat, 14 Sep 2024 14:14:14 +0000",
       "subject": "Re: [KCSC-240909-01] Request to remove or restrict content",
       "reply_to_req": "req-240909-01",
       "body": f"""
Hello,

We confirm that the following posts have been removed from X:

{XA[0]}
{XA[1]}
{XB[0]}

X Legal Support
"""})

case(
    name="yt-dmarc-fail-removed",
    imitates="a perfect YouTube Legal removal confirmation whose From google.com fails DMARC at our gateway",
    why="dmarc=fail for google.com: untrusted; the removals it claims must not be applied",
    outcome="review", review="untrusted",
    items={YT[0]: "pending", YT[4]: "pending"},
    auth="fail",
    **{"from": "legal-kr@google.com", "name_from": "YouTube Legal Support",
       "date": "Sun, 15 Sep 2024 01:01:01 +0000",
       "subject": "Re: [KCSC-240910-01] Request to remove or restrict content",
       "reply_to_req": "req-240910-01",
       "body": f"""
Hello,

We have removed the following videos from YouTube:

{YT[0]}
{YT[4]}

YouTube Legal Support
"""})

case(
    name="meta-claims-tiktok-video",
    imitates="Meta Content Review outcome template sent with the wrong link: it reports removing a TikTok video",
    why="a trusted Meta email claims a TikTok item (of KCSC-240911-01) as removed; Meta cannot remove TikTok content: review wrong_platform, item pending",
    outcome="review", review="wrong_platform",
    items={TT[3]: "pending"},
    **{"from": "no-reply@meta.com", "name_from": "Meta Content Review",
       "date": "Mon, 16 Sep 2024 07:07:07 +0000",
       "subject": "Your report",
       "body": f"""
Hi,

We removed the content you reported because it goes against our Community
Standards.

Content you reported:
{TT[3]}

Meta Content Review
"""})

case(
    name="pinterest-limited-distribution",
    imitates="Pinterest statement of reasons 'Status: Limited distribution' (the Pin is not proactively recommended in search or home feed)",
    why="limited distribution is neither removal nor a country or age restriction and the Pin stays reachable; a clerk would hesitate: review not_understood",
    outcome="review", review="not_understood",
    items={PN[1]: "pending"},
    **{"from": "no-reply@pinterest.com", "name_from": "Pinterest",
       "date": "Tue, 17 Sep 2024 16:00:00 +0000",
       "subject": "Update on your report (KCSC-240916-02)",
       "reply_to_req": "req-240916-02",
       "body": f"""
Hi,

At Pinterest we work hard to take action against harmful content. We've
limited the distribution of the Pin you reported.

Pin: {PN[1]}
Status: Limited distribution

What does this mean
The Pin is not proactively recommended to people in places like search,
home feed or related Pins.

Enforcement ID: 77d0e2c4-8a11-4f3b-b5c2-000000000051
Pinterest, Inc., 651 Brannan Street, San Francisco, CA 94107
"""})

case(
    name="yt-appears-removed-possibly-uploader",
    imitates="YouTube Legal Support reply guessing the video is gone ('it appears this video may already have been removed, possibly by the uploader')",
    why="hedged main clause ('appears', 'may', 'possibly'): neither a confirmed removal nor a confirmed not-found; review not_understood",
    outcome="review", review="not_understood",
    items={YT[2]: "pending"},
    **{"from": "legal-kr@google.com", "name_from": "YouTube Legal Support",
       "date": "Wed, 18 Sep 2024 04:04:04 +0000",
       "subject": "Re: [KCSC-240910-01] Request to remove or restrict content",
       "reply_to_req": "req-240910-01",
       "body": f"""
Hello,

Regarding {YT[2]}: it appears this video may already have been removed,
possibly by the uploader. We have not taken any action on it ourselves.

YouTube Legal Support
"""})

case(
    name="x-bulk-all-withheld",
    imitates="X legal one-line closure 'all posts listed in your request have been withheld' without listing them",
    why="a bulk claim for the whole request without an item list; config bulk_confirmations = review",
    outcome="review", review="bulk",
    items={},
    **{"from": "legal@x.com", "name_from": "X Legal",
       "date": "Thu, 19 Sep 2024 08:00:00 +0000",
       "subject": "Re: [KCSC-240909-01] Request to remove or restrict content",
       "reply_to_req": "req-240909-01",
       "body": """
Hello,

All posts listed in your request KCSC-240909-01 have been withheld in
South Korea. This case is now closed.

X Legal
"""})

# ======================= ignorable

case(
    name="x-out-of-office-quoting-request",
    imitates="Outlook/Exchange out-of-office auto-reply ('Automatic reply:' subject, Auto-Submitted: auto-replied) quoting our request",
    why="auto-reply; every URL is inside the quoted request: ignored",
    outcome="ignored", classification="auto_reply",
    items={},
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    **{"from": "jmorales@x.com", "name_from": "Jamie Morales",
       "date": "Mon, 9 Sep 2024 01:05:00 +0000",
       "subject": "Automatic reply: [KCSC-240909-01] Request to remove or restrict content",
       "reply_to_req": "req-240909-01",
       "body": """
I am out of the office until Monday, 16 September, with limited access to
email. For urgent legal requests, please write to legal@x.com.

""" + gt_quote("KCSC-240909-01", "On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:")})

_bounce_orig = "\n".join([
    "Message-ID: <req-240916-01@kcsc.example>",
    "Date: Mon, 16 Sep 2024 10:00:00 +0900",
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal-kr@discord.com",
    "Subject: [KCSC-240916-01] Request to remove or restrict content",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
] + our_request_text("KCSC-240916-01"))
case(
    name="bounce-dsn-discord-address",
    imitates="Postfix delivery status notification (multipart/report; report-type=delivery-status) returning our request as message/rfc822",
    why="a bounce of our own request (unknown recipient) that embeds the request with its URL: ignored",
    outcome="ignored", classification="bounce",
    items={},
    auth="none",
    **{"from": "MAILER-DAEMON@mx.kcsc.example", "name_from": "Mail Delivery System",
       "date": "Mon, 16 Sep 2024 01:00:09 +0000",
       "subject": "Undelivered Mail Returned to Sender",
       "raw_mime": multipart("report", "dsn-50", [
           part("text/plain; charset=us-ascii", """
This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal-kr@discord.com>: host mx.discord.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@discord.com>: Recipient address rejected: User unknown
"""),
           part("message/delivery-status", """
Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon, 16 Sep 2024 10:00:01 +0900

Final-Recipient: rfc822; legal-kr@discord.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.discord.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@discord.com>: Recipient address
    rejected: User unknown
""", "7bit"),
           part("message/rfc822", _bounce_orig, "8bit"),
       ], params="; report-type=delivery-status")})

case(
    name="mdn-read-receipt-tiktok",
    imitates="Outlook read receipt as an MDN (multipart/report; report-type=disposition-notification, 'Read: ...' subject)",
    why="a read receipt says nothing about items: ignored",
    outcome="ignored", classification="read_receipt",
    items={},
    **{"from": "legal@tiktok.com", "name_from": "TikTok Legal",
       "date": "Wed, 11 Sep 2024 02:31:00 +0000",
       "subject": "Read: [KCSC-240911-01] Request to remove or restrict content",
       "reply_to_req": "req-240911-01",
       "raw_mime": multipart("report", "mdn-50", [
           part("text/plain; charset=utf-8", """
Your message

  To: legal@tiktok.com
  Subject: [KCSC-240911-01] Request to remove or restrict content
  Sent: Wednesday, September 11, 2024 1:30:00 AM (UTC)

was read on Wednesday, September 11, 2024 2:31:00 AM (UTC).
"""),
           part("message/disposition-notification", """
Reporting-UA: legal@tiktok.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal@tiktok.com
Original-Message-ID: <req-240911-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
""", "7bit"),
       ], params="; report-type=disposition-notification")})

case(
    name="discord-zendesk-request-received",
    imitates="Discord Zendesk automatic ticket receipt ('Your request (#...) has been received and is being reviewed by our support staff')",
    why="a pure ticket receipt that names no item: ignored (acknowledgement)",
    outcome="ignored", classification="acknowledgement",
    items={},
    **{"from": "support@discord.com", "name_from": "Discord",
       "date": "Mon, 16 Sep 2024 01:02:00 +0000",
       "subject": "[Discord] Re: KCSC-240916-01 Report of private information",
       "reply_to_req": "req-240916-01",
       "body": """
##- Please type your reply above this line -##

Your request (48177203) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from Discord. [3KZ9-QW7P]
"""})

case(
    name="reddit-report-received-listing-urls",
    imitates="Reddit Legal automatic receipt ('We've received your request ... Ticket ID ... Reported URLs') listing what was reported",
    why="a receipt as a whole ('we've received your request', 'we will review it'), echoing the reported URLs without any statement about them: ignored",
    outcome="ignored", classification="acknowledgement",
    items={},
    **{"from": "noreply@reddit.com", "name_from": "Reddit Legal",
       "date": "Fri, 13 Sep 2024 00:35:00 +0000",
       "subject": "We've received your request [Ticket 2024-0913-5521]",
       "reply_to_req": "req-240913-01",
       "body": f"""
Hi,

Thanks for contacting Reddit's Legal team. We've received your request
(KCSC-240913-01) and a ticket has been created: 2024-0913-5521.

Reported URLs:
{RD_POST}
{RD_COMM}

We will review your request and respond as soon as we can. Please do not
reply to this automated message.

Reddit Legal
"""})

case(
    name="yt-automated-receipt",
    imitates="Google legal removals automated confirmation of receipt ('This is an automated message confirming that we have received your notice', reference number)",
    why="automatic receipt with a reference number, no item named: ignored (class may be auto_reply or acknowledgement)",
    outcome="ignored",
    items={},
    extra_headers=["Auto-Submitted: auto-generated"],
    **{"from": "removals@google.com", "name_from": "Google Legal Removals",
       "date": "Tue, 10 Sep 2024 02:05:00 +0000",
       "subject": "[KCSC-240910-01] We have received your notice - 5-1849000032614",
       "reply_to_req": "req-240910-01",
       "body": """
Hello,

This is an automated message confirming that we have received your notice.
Your reference number is 5-1849000032614. Please keep this number for any
further correspondence about this notice.

We review every notice carefully. You may not hear from us again unless we
need more information.

Google Legal Removals
"""})


HEADER = """# Blind set 50 (issue 11): a general English mix across ten requests and
# nine platforms. Written from public notices' manner, without reading the
# reader or any other set; expected results from each email's meaning,
# before anything ran. Generated by make.py - do not edit by hand.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind50", HEADER, C)
    # Sequences: write the earlier email(s) and list them before the last.
    exp_path = os.path.join(HERE, "expected.toml")
    with open(exp_path, encoding="utf-8") as f:
        exp = f.read()
    for name, first in SEQ_FIRST.items():
        first = dict(first, set="blind50")
        with open(os.path.join(HERE, "cases", first["name"] + ".eml"), "w", encoding="utf-8", newline="\n") as f:
            f.write(corpuslib.render(first, 97))
        exp = exp.replace(f'files = ["cases/{name}.eml"]',
                          f'files = ["cases/{first["name"]}.eml", "cases/{name}.eml"]')
    # Duplicate delivery: the same message, received twice (one more Received line).
    dup = "seq-duplicate-delivery"
    p = os.path.join(HERE, "cases", dup + ".eml")
    with open(p, encoding="utf-8") as f:
        text = f.read()
    text2 = ("Received: from mx2.kcsc.example (mx2.kcsc.example [192.0.2.44])\n"
             "\tby mx.kcsc.example (Postfix) with ESMTP id DUP0050X\n"
             "\tfor <takedown@kcsc.example>; Mon, 16 Sep 2024 05:00:31 +0000\n")
    # keep Authentication-Results topmost: insert after its line
    first_line, rest = text.split("\n", 1)
    with open(os.path.join(HERE, "cases", dup + "-2.eml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(first_line + "\n" + text2 + rest)
    exp = exp.replace(f'files = ["cases/{dup}.eml"]',
                      f'files = ["cases/{dup}.eml", "cases/{dup}-2.eml"]')
    with open(exp_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(exp)


if __name__ == "__main__":
    main()
