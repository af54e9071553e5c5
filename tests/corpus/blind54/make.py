#!/usr/bin/env python3
"""Blind set 54 (issue 11): a general English mix across many platforms.

Written without reading the reader or any other set. Every case's expected
result was written here from the email's meaning before anything was run.

    python3 tests/corpus/blind54/make.py

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
from corpuslib import write_set  # noqa: E402

# ---------------------------------------------------------------- items
X = "https://x.com/"
X1 = X + "moonlit_ledger/status/1833000000000000101"
X2 = X + "moonlit_ledger/status/1833000000000000102"
X3 = X + "harbor_tipster/status/1833000000000000203"
X4 = X + "harbor_tipster/status/1833000000000000204"
X5 = X + "harbor_tipster/status/1833000000000000205"
X6 = X + "cobalt_wire/status/1833000000000000306"
X7 = X + "cobalt_wire/status/1833000000000000307"
X8 = X + "pine_signal99/status/1833000000000000408"
X9 = X + "pine_signal99/status/1833000000000000409"
X10 = X + "redkite_feed/status/1833000000000000510"
X11 = X + "redkite_feed/status/1833000000000000511"
X12 = X + "quietdock_kr/status/1833000000000000612"
X13 = X + "quietdock_kr/status/1833000000000000613"
X14 = X + "lumen_bazaar/status/1833000000000000714"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13, X14]

Y1 = "https://www.youtube.com/watch?v=Qm4tR7vX2aB"
Y2 = "https://www.youtube.com/watch?v=Hd8kP1zW3nL"
Y3 = "https://www.youtube.com/watch?v=Zr5yU9cE0fT"
Y4 = "https://www.youtube.com/shorts/Wb2nM6qS8jK"
Y5 = "https://www.youtube.com/watch?v=Ke7gA3xV1pD"
YS = [Y1, Y2, Y3, Y4, Y5]

M1 = "https://www.facebook.com/greylake.market/posts/pfbid02Xk7QmLr9vTnW4sYpZ8aHcE1uJdG6bF3oK5iM2lN7qR"
M2 = "https://www.facebook.com/groups/3398127745561/posts/7712049983104455/"
M3 = "https://www.instagram.com/p/C9xQ2mLkT4e/"
M4 = "https://www.instagram.com/reel/C9yH8vNpR2a/"
MS = [M1, M2, M3, M4]

T1 = "https://www.tiktok.com/@noonday.vendor/video/7412330918274651137"
T2 = "https://www.tiktok.com/@noonday.vendor/video/7412330918274651202"
T3 = "https://www.tiktok.com/@sleetpark_22/video/7413001187654321098"
TS = [T1, T2, T3]

G1 = "https://t.me/orchid_relay/4410"
G2 = "https://t.me/orchid_relay/4411"
G3 = "https://t.me/brassgate_news/872"
GS = [G1, G2, G3]

R1 = "https://www.reddit.com/r/fictiontradepost/comments/1fd3k9q/selling_copies_cheap/"
R2 = "https://www.reddit.com/r/fictiontradepost/comments/1fd3k9q/comment/lm8z2qa/"
RS = [R1, R2]

V1 = "https://vimeo.com/1008234567"
V2 = "https://vimeo.com/1008239901"
VS = [V1, V2]

D1 = "https://discord.com/channels/1182733400112233445/1182733400998877665/1284412345678901234"

REQUESTS = [
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", XS, "illegal_gambling"),
    ("KCSC-240910-01", "youtube", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", YS, "defamation"),
    ("KCSC-240911-01", "meta", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00", MS, "illegal_drugs"),
    ("KCSC-240912-01", "tiktok", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00", TS, "illegal_drugs"),
    ("KCSC-240913-01", "telegram", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", GS, "deepfake_sexual_abuse"),
    ("KCSC-240913-02", "reddit", "2024-09-13T16:00:00+09:00", "2024-09-20T18:00:00+09:00", RS, "counterfeit_goods"),
    ("KCSC-240916-01", "vimeo", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", VS, "obscenity"),
    ("KCSC-240917-01", "discord", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", [D1], "personal_information"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat in REQUESTS:
        mid = "<req-%s@kcsc.example>" % ref[5:].lower()
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid, ""]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def req(ref):
    return "req-%s" % ref[5:].lower()


def quoted(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines)


def our_request(ref, urls):
    out = ["Dear Sir or Madam,", "",
           "The Korea Communications Standards Commission requests the removal of the",
           "following content under the Act on Promotion of Information and",
           "Communications Network Utilization (%s):" % ref, ""]
    out += ["%d. %s" % (i + 1, u) for i, u in enumerate(urls)]
    out += ["", "Please delete or block access to the content and reply to this address.",
            "", "KCSC Takedown Desk"]
    return out


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def xlsx(rows):
    """A minimal XLSX workbook with inline strings, built deterministically."""
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, v)
    sheet_rows = []
    for i, row in enumerate(rows, 1):
        cells = "".join(cell("%s%d" % ("ABCD"[j], i), v) for j, v in enumerate(row))
        sheet_rows.append('<row r="%d">%s</row>' % (i, cells))
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
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return base64.encodebytes(buf.getvalue()).decode("ascii").rstrip("\n")


CASES = []


def case(**kw):
    CASES.append(kw)


# ===================================================================== X
case(
    name="x-legal-withheld-kr-bulleted",
    date="Tue, 10 Sep 2024 06:12:40 +0000",
    **{"from": "legal-noreply@x.com"},
    subject="Re: [KCSC-240909-01] Removal request - case 0192-3345-771",
    reply_to_req=req("KCSC-240909-01"),
    outcome="applied", classification="confirmation",
    imitates="X/Twitter legal team reply to a government request + help-centre 'About country withheld content' (withheld in [country] based on local law)",
    why="three bulleted posts withheld in South Korea based on local law: restricted; help-centre link is no item",
    items={X1: "restricted", X2: "restricted", X3: "restricted"},
    body=f"""Hello,

Thank you for your report regarding case 0192-3345-771.

After reviewing your request under the X Rules and applicable local law,
we have withheld the following posts in South Korea:

  * {X1}
  * {X2}
  * {X3}

These posts will display a notice to viewers in South Korea stating that
they have been withheld in KR based on local law(s). To learn more about
country withheld content, please visit
https://help.x.com/en/rules-and-policies/post-withheld-by-country

We will notify the affected account holders unless we are prohibited from
doing so. A copy of your request may be submitted to Lumen
(https://lumendatabase.org).

Regards,
X Legal
""",
)

case(
    name="x-status-line-below-bare-url",
    date="Wed, 11 Sep 2024 02:40:11 +0000",
    **{"from": "legal-noreply@x.com"},
    subject="Case 0192-3351-008: outcome of your report (KCSC-240909-01)",
    reply_to_req=req("KCSC-240909-01"),
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome emails listing each reported URL with its outcome beneath",
    why="status on the line below each bare URL, in three different wordings: removed / no action (not a violation) / not found",
    items={X4: "removed", X5: "rejected", X6: "not_found"},
    body=f"""Hello,

We have completed our review of the content in your report. The outcome for
each URL is listed below.

{X4}
Removed - this post violated the X Rules on illegal or certain regulated goods or services.

{X5}
No action taken. We reviewed this post and found no violation of the X Rules or of local law.

{X6}
Not found. The post could not be located; it may have been deleted before our review.

If you believe we made a mistake, you can reply to this email with additional
context or legal documentation.

Thanks,
X Legal
Case number: 0192-3351-008
""",
)

case(
    name="x-html-table-multipart",
    date="Wed, 11 Sep 2024 09:03:55 +0000",
    **{"from": "legal@x.com"},
    subject="Re: KCSC-240909-01 — results",
    reply_to_req=req("KCSC-240909-01"),
    outcome="applied", classification="confirmation",
    imitates="X legal response with an HTML results table (URL | Action) in a multipart/alternative message",
    why="HTML table, one row per URL: withheld in KR -> restricted, removed, no violation -> rejected",
    items={X7: "restricted", X8: "removed", X9: "rejected"},
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_xlegal_88a1"

--=_xlegal_88a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please see the results of our review below.

{X7}  Withheld in KR (local law)
{X8}  Removed (violation of the X Rules)
{X9}  No violation found - content remains available

X Legal

--=_xlegal_88a1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>Hello,</p>
<p>Please see the results of our review below.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td><a href="{X7}">{X7}</a></td><td>Withheld in KR (local law)</td></tr>
<tr><td><a href="{X8}">{X8}</a></td><td>Removed (violation of the X Rules)</td></tr>
<tr><td><a href="{X9}">{X9}</a></td><td>No violation found - content remains available</td></tr>
</table>
<p>X Legal</p>
</body></html>

--=_xlegal_88a1--
""",
)

case(
    name="x-csv-attachment",
    date="Thu, 12 Sep 2024 04:55:02 +0000",
    **{"from": "legal@x.com"},
    subject="KCSC-240909-01: results attached",
    reply_to_req=req("KCSC-240909-01"),
    outcome="applied", classification="confirmation",
    imitates="platform legal teams returning a spreadsheet of outcomes for a batch request (CSV attachment)",
    why="the body only points to the CSV; the CSV gives removed and withheld-in-KR per URL",
    items={X10: "removed", X11: "restricted"},
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_csv_x_20240912"

--=_csv_x_20240912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find the outcome of our review of request KCSC-240909-01 in the
attached file.

Regards,
X Legal

--=_csv_x_20240912
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_results.csv"
Content-Transfer-Encoding: base64

{b64("url,action,reason" + chr(10) + X10 + ",Removed,Violation of X Rules (illegal goods and services)" + chr(10) + X11 + ",Withheld in KR,Local law" + chr(10))}

--=_csv_x_20240912--
""",
)

case(
    name="x-top-posted-over-quoted-request",
    date="Thu, 12 Sep 2024 07:21:48 +0000",
    **{"from": "legal@x.com"},
    subject="Re: [KCSC-240909-01] Request for removal of content",
    reply_to_req=req("KCSC-240909-01"),
    outcome="applied", classification="confirmation",
    imitates="a legal-team reply top-posted over the regulator's quoted request ('On ... wrote:' with '>' lines)",
    why="only X12 is named in the reply's own words; the quoted request lists all 14 with 'please delete' and must not count",
    items={X12: "removed"},
    body=f"""Hi,

We have removed {X12} for violating our private information and media policy.

Best,
Dana
X Legal Operations

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(our_request("KCSC-240909-01", XS))}
""",
)

case(
    name="x-url-below-statement",
    date="Fri, 13 Sep 2024 01:15:30 +0000",
    **{"from": "legal-noreply@x.com"},
    subject="Your report to X (case 0192-3360-114)",
    reply_to_req=req("KCSC-240909-01"),
    outcome="applied", classification="confirmation",
    imitates="X notice layout: a one-sentence decision followed by the reported URL on the next line",
    why="statement first, URL on the line below: X13 withheld in KR (restricted), X14 no violation (rejected)",
    items={X13: "restricted", X14: "rejected"},
    body=f"""Hello,

We have withheld access to the following post in South Korea in response to your legal demand:
{X13}

We reviewed the following post and determined that it does not violate the X Rules or the law you cited, so we have not taken action on it:
{X14}

Case number: 0192-3360-114

X Corp. | 865 FM 1209, Building 2, Bastrop, TX 78602
""",
)

case(
    name="x-base64-account-suspended",
    date="Fri, 13 Sep 2024 10:44:09 +0000",
    **{"from": "legal@x.com"},
    subject="Re: KCSC-240909-01",
    reply_to_req=req("KCSC-240909-01"),
    outcome="applied", classification="confirmation",
    imitates="X reply that the account was permanently suspended and its posts are no longer available, sent base64-encoded",
    why="base64 text/plain; account suspended AND both named posts stated as 'removed from the platform': removed",
    items={X6: "removed", X7: "removed"},
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(f"""Hello,

The account @cobalt_wire has been permanently suspended for violating the
X Rules. As a result the two posts you reported have been removed from the
platform:

{X6}
{X7}

Regards,
X Legal
"""),
)

# ================================================================ YouTube
case(
    name="yt-removed-prose-policy-link",
    date="Wed, 11 Sep 2024 03:30:00 +0000",
    **{"from": "youtube-legal-support@google.com"},
    subject="Re: [4-2781000031774] KCSC-240910-01 removal request",
    reply_to_req=req("KCSC-240910-01"),
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal support outcome emails ('we have removed the content ... in accordance with our Community Guidelines') with a support.google.com link",
    why="two videos removed in plain prose; the Community Guidelines link is not an item",
    items={Y1: "removed", Y2: "removed"},
    body=f"""Hello,

Thanks for reaching out to us.

After reviewing your request, we have removed the following videos from
YouTube for violating our Community Guidelines:

- {Y1}
- {Y2}

For more information about our policies, please see
https://support.google.com/youtube/answer/9288567 .

Regards,
The YouTube Legal Support Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
)

case(
    name="yt-blocked-kr-and-not-violating",
    date="Thu, 12 Sep 2024 05:02:00 +0000",
    **{"from": "youtube-legal-support@google.com"},
    subject="Re: [4-2781000031990] KCSC-240910-01",
    reply_to_req=req("KCSC-240910-01"),
    outcome="applied", classification="confirmation",
    imitates="Google Legal Help Center: local-law violations are restricted only in the country/region (support.google.com/legal/answer/13948866), vs. content that does not violate guidelines and stays up",
    why="Y3 blocked from view in South Korea -> restricted; Y5 not removed because no violation (negated removal + reason) -> rejected",
    items={Y3: "restricted", Y5: "rejected"},
    body=f"""Hello,

We have reviewed the content you reported.

{Y3}
Based on our review, we have blocked this video from view in South Korea
under local law. It remains available in other countries.

{Y5}
We have decided not to take action on this video, as it does not appear to
violate our Community Guidelines and we were unable to determine that it is
unlawful under the law you cited.

Kind regards,
The YouTube Team
""",
)

case(
    name="yt-shorts-age-restricted",
    date="Fri, 13 Sep 2024 08:14:27 +0000",
    **{"from": "no-reply@youtube.com"},
    subject="Update on your report (KCSC-240910-01)",
    reply_to_req=req("KCSC-240910-01"),
    outcome="applied", classification="confirmation",
    imitates="YouTube 'age-restricted' decision wording (help-centre 'Age-restricted content')",
    why="the Short is age-restricted: restricted",
    items={Y4: "restricted"},
    body=f"""Hi,

Thanks for your report about the following Short:
{Y4}

Our team reviewed it and applied an age restriction. The video is no longer
visible to viewers who are signed out, under 18, or have Restricted Mode
turned on.

Learn more about age-restricted content:
https://support.google.com/youtube/answer/2802167

- The YouTube Team
""",
)

case(
    name="yt-uploader-deleted-not-found",
    date="Sat, 14 Sep 2024 02:20:51 +0000",
    **{"from": "youtube-legal-support@google.com"},
    subject="Re: [4-2781000032117] KCSC-240910-01",
    reply_to_req=req("KCSC-240910-01"),
    outcome="applied", classification="confirmation",
    imitates="YouTube reply that a reported video is unavailable because the uploader deleted it",
    why="'already removed by the uploader' and 'no longer exists on YouTube': not_found (not a platform removal)",
    items={Y2: "not_found"},
    body=f"""Hello,

The video at {Y2} was already removed by the uploader before we could
review it. It no longer exists on YouTube, so no further action is needed
on our side.

Regards,
YouTube Legal Support
""",
)

case(
    name="yt-outlook-original-message",
    date="Mon, 16 Sep 2024 06:09:13 +0000",
    **{"from": "kr-legal@google.com"},
    name_from="Jiwon Park (Google)",
    subject="RE: KCSC-240910-01 Request for removal of content",
    reply_to_req=req("KCSC-240910-01"),
    outcome="applied", classification="confirmation",
    imitates="Outlook-style reply with '-----Original Message-----' block quoting the regulator's request",
    why="only Y5 is stated as removed above the quoted request; the other quoted URLs stay pending",
    items={Y5: "removed"},
    body=f"""Dear KCSC,

Further to our earlier reply, we have now removed {Y5} after a second review under
our harassment policy.

Best regards,
Jiwon Park
Legal Specialist, Google Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 11:00 AM
To: legal-kr@google.com
Subject: KCSC-240910-01 Request for removal of content

{chr(10).join(our_request("KCSC-240910-01", YS))}
""",
)

# =================================================================== Meta
case(
    name="meta-echoed-report-removed",
    date="Thu, 12 Sep 2024 01:05:44 +0000",
    **{"from": "notification@facebookmail.com"},
    name_from="Instagram",
    subject="We removed the post you reported",
    reply_to_req=req("KCSC-240911-01"),
    outcome="applied", classification="confirmation",
    imitates="Meta/Instagram report outcome ('We removed the ... you reported') followed by the echoed report details",
    why="statement about 'the post you reported' followed by the echoed report that names it: removed",
    items={M3: "removed"},
    body=f"""Thanks for your report. We removed the post you reported because it goes
against our Community Guidelines on the sale of regulated goods.

Your report
  Report ID: 1187423301557
  Reported on: September 11, 2024
  Content: {M3}
  Reason: Sale of illegal or regulated goods

See our Community Guidelines: https://help.instagram.com/477434105621119

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
)

case(
    name="meta-local-law-restricted-and-removed",
    date="Fri, 13 Sep 2024 03:40:19 +0000",
    **{"from": "legal-requests@fb.com"},
    name_from="Meta Legal",
    subject="Re: KCSC-240911-01 - Legal removal request",
    reply_to_req=req("KCSC-240911-01"),
    outcome="applied", classification="confirmation",
    imitates="Meta content-restrictions-based-on-local-law reply (restricted access in a country) alongside a Community Standards removal",
    why="M1 access restricted in South Korea -> restricted; M2 removed under Community Standards -> removed",
    items={M1: "restricted", M2: "removed"},
    body=f"""Hello,

Thank you for contacting Meta.

We reviewed the content in your request against our Community Standards and
applicable local law:

1. {M1}
   We have restricted access to this content in South Korea based on local law.

2. {M2}
   This content went against our Community Standards and has been removed from Facebook.

Information about how we respond to government requests to restrict content
is available at https://transparency.meta.com/reports/content-restrictions/

Regards,
Meta Legal Operations
""",
)

case(
    name="meta-reel-not-against-guidelines",
    date="Fri, 13 Sep 2024 11:27:02 +0000",
    **{"from": "no-reply@instagram.com"},
    name_from="Instagram",
    subject="Update on your report",
    reply_to_req=req("KCSC-240911-01"),
    outcome="applied", classification="confirmation",
    imitates="Instagram 'We didn't remove the reel because it doesn't go against our Community Guidelines' outcome",
    why="negated removal with a reason: rejected",
    items={M4: "rejected"},
    body=f"""We reviewed the reel you reported:
{M4}

We didn't remove this reel because it doesn't go against our Community
Guidelines. We understand this may be frustrating. You can block or mute the
account if you don't want to see its posts.

Learn more: https://help.instagram.com/477434105621119
""",
)

case(
    name="meta-group-post-cannot-locate",
    date="Sat, 14 Sep 2024 00:58:33 +0000",
    **{"from": "legal-requests@fb.com"},
    name_from="Meta Legal",
    subject="Re: KCSC-240911-01",
    reply_to_req=req("KCSC-240911-01"),
    outcome="applied", classification="confirmation",
    imitates="Meta legal reply that the reported URL could not be located (content unavailable or link incorrect)",
    why="'unable to locate the content at this URL' stated flatly: not_found (the 'it may have been deleted' only guesses why)",
    items={M2: "not_found"},
    body=f"""Hello,

We were unable to locate the content at the following URL:
{M2}

It may have been deleted by the person who posted it, or the group may no
longer be visible. If you have a different link, please submit a new request.

Regards,
Meta Legal Operations
""",
)

case(
    name="meta-dsa-style-key-value",
    date="Mon, 16 Sep 2024 09:12:00 +0000",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta",
    subject="Decision on your notice — KCSC-240911-01",
    reply_to_req=req("KCSC-240911-01"),
    outcome="applied", classification="confirmation",
    imitates="Meta decision notice in key/value layout, modelled on DSA-style statements of reasons (Content / Decision / Ground)",
    why="key/value blocks per item: M4 'Decision: Access restricted in South Korea' -> restricted, M3 'Decision: Removed' -> removed",
    items={M4: "restricted", M3: "removed"},
    body=f"""Decision on your notice

Reference: KCSC-240911-01
Notice ID: 784-11902-2291

Content: {M4}
Decision: Access restricted in South Korea
Ground: Local law (notice from a government authority)

Content: {M3}
Decision: Removed
Ground: Community Guidelines - Restricted goods and services

You can find out more about how Meta handles notices at
https://transparency.meta.com/

Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Ireland
""",
)

# ================================================================= TikTok
case(
    name="tiktok-numbered-list-mixed",
    date="Fri, 13 Sep 2024 02:33:17 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    subject="Re: KCSC-240912-01 Content removal request",
    reply_to_req=req("KCSC-240912-01"),
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request outcome listing each video with the result (removed / no violation)",
    why="numbered list: two videos removed, one left up as not violating (rejected)",
    items={T1: "removed", T2: "removed", T3: "rejected"},
    body=f"""Dear Korea Communications Standards Commission,

Thank you for your request. We have reviewed the reported videos and taken the
following actions:

1. {T1} - removed for violating our Community Guidelines (regulated goods)
2. {T2} - removed for violating our Community Guidelines (regulated goods)
3. {T3} - we did not find a violation of our Community Guidelines or local law; the video remains on the platform

For more information, please see https://www.tiktok.com/community-guidelines/en/

Kind regards,
TikTok Trust & Safety
""",
)

case(
    name="tiktok-geo-restricted-quoted-printable",
    date="Sat, 14 Sep 2024 06:47:40 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    subject="Re: KCSC-240912-01",
    reply_to_req=req("KCSC-240912-01"),
    outcome="applied", classification="confirmation",
    imitates="TikTok 'content restricted in your country/region in accordance with local law' notice, quoted-printable",
    why="quoted-printable body, long lines soft-wrapped; T3 restricted in South Korea",
    items={T3: "restricted"},
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""Hello,

Following a further review under local law, the video {T3} has been restricted in your country/region (South Korea) and is no longer viewable by users there. It remains available elsewhere because it does not go against our Community Guidelines.

TikTok Trust & Safety \u2014 Legal Requests
"""),
)

case(
    name="tiktok-xlsx-attachment",
    date="Mon, 16 Sep 2024 05:30:05 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    subject="KCSC-240912-01 results",
    reply_to_req=req("KCSC-240912-01"),
    outcome="applied", classification="confirmation",
    imitates="platforms returning batch outcomes in an Excel sheet (URL | Result) attached to a short cover note",
    why="XLSX rows: T1 Removed, T2 Restricted (KR)",
    items={T1: "removed", T2: "restricted"},
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_tt_xlsx_0916"

--=_tt_xlsx_0916
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear KCSC,

Please see the attached spreadsheet for the results of request KCSC-240912-01.

TikTok Legal

--=_tt_xlsx_0916
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240912-01.xlsx"
Content-Disposition: attachment; filename="KCSC-240912-01.xlsx"
Content-Transfer-Encoding: base64

{xlsx([["URL", "Result", "Note"], [T1, "Removed", "Community Guidelines"], [T2, "Restricted (KR)", "Local law"]])}

--=_tt_xlsx_0916--
""",
)

# =============================================================== Telegram
case(
    name="tg-taken-down-and-does-not-exist",
    date="Sat, 14 Sep 2024 12:00:31 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240913-01",
    reply_to_req=req("KCSC-240913-01"),
    outcome="applied", classification="confirmation",
    imitates="terse Telegram abuse-desk replies ('the content has been taken down' / 'this link does not exist')",
    why="two messages taken down -> removed; third link 'does not exist' -> not_found",
    items={G1: "removed", G2: "removed", G3: "not_found"},
    body=f"""Hello,

Thank you for your report. The following messages have been taken down:
{G1}
{G2}

{G3} - this message does not exist. Please check the link.

Telegram Abuse Team
""",
)

case(
    name="tg-blocked-for-kr-users",
    date="Mon, 16 Sep 2024 08:22:10 +0000",
    **{"from": "dsa@telegram.org"},
    subject="KCSC-240913-01",
    reply_to_req=req("KCSC-240913-01"),
    outcome="applied", classification="confirmation",
    imitates="Telegram notice that a channel post is unavailable in a given country due to local law ('This channel can't be displayed because it violated local laws')",
    why="a notice that is only one sentence and a URL: blocked for users in South Korea -> restricted",
    items={G3: "restricted"},
    body=f"""This post has been blocked for users in South Korea due to local laws:
{G3}
""",
)

# ================================================================= Reddit
case(
    name="reddit-admin-removed-post",
    date="Sun, 15 Sep 2024 18:40:02 +0000",
    **{"from": "noreply@redditmail.com"},
    name_from="Reddit Safety",
    subject="Re: KCSC-240913-02 Report outcome",
    reply_to_req=req("KCSC-240913-02"),
    outcome="applied", classification="confirmation",
    imitates="Reddit admin report-outcome message ('after investigating, we've found that the reported content violates Reddit's Content Policy and have removed it')",
    why="'removed it' about the reported content, then the echoed 'Reported content:' line naming the post",
    items={R1: "removed"},
    body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After investigating,
we've found that the reported content violates Reddit's Content Policy and
have removed it.

Reported content: {R1}
Report reason: Sale of prohibited goods

Thanks again for your report and for helping make Reddit a safer place.

Reddit Safety
https://www.redditinc.com/policies/content-policy
""",
)

case(
    name="reddit-comment-doesnt-violate",
    date="Mon, 16 Sep 2024 20:14:55 +0000",
    **{"from": "noreply@redditmail.com"},
    name_from="Reddit Safety",
    subject="Re: KCSC-240913-02 Report outcome",
    reply_to_req=req("KCSC-240913-02"),
    outcome="applied", classification="confirmation",
    imitates="Reddit 'doesn't violate Reddit's Content Policy' report outcome",
    why="'doesn't violate Reddit's Content Policy' about the echoed comment: rejected",
    items={R2: "rejected"},
    body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After
investigating, we've found that the reported content doesn't violate
Reddit's Content Policy.

Reported content: {R2}

If you see anything else that breaks our rules, please let us know.

Reddit Safety
""",
)

# ================================================================= Vimeo
case(
    name="vimeo-removed-both-aup",
    date="Tue, 17 Sep 2024 03:01:29 +0000",
    **{"from": "trust-safety@vimeo.com"},
    name_from="Vimeo Trust & Safety",
    subject="Re: KCSC-240916-01 [Ticket #3912077]",
    reply_to_req=req("KCSC-240916-01"),
    outcome="applied", classification="confirmation",
    imitates="Vimeo Trust & Safety ticket reply that videos were removed for violating the Acceptable Use Policy",
    why="both videos removed, ticket footer and guidelines link are no items",
    items={V1: "removed", V2: "removed"},
    body=f"""##- Please type your reply above this line -##

Hello,

Thank you for bringing this to our attention. We've reviewed the videos below and
removed them for violating our Acceptable Use Policy:

{V1}
{V2}

Our Community Guidelines: https://vimeo.com/help/guidelines

Best,
Vimeo Trust & Safety

This email is a service from Vimeo. [Ticket #3912077]
""",
)

case(
    name="vimeo-set-private",
    date="Wed, 18 Sep 2024 02:44:00 +0000",
    **{"from": "trust-safety@vimeo.com"},
    name_from="Vimeo Trust & Safety",
    subject="Re: KCSC-240916-01 [Ticket #3912101]",
    reply_to_req=req("KCSC-240916-01"),
    outcome="applied", classification="confirmation",
    imitates="Vimeo 'your video has been set to private' enforcement wording (help centre 'Why was my video set to private')",
    why="video made private by Vimeo, no longer viewable by anyone but the uploader: removed (made unavailable); ARGUABLE",
    items={V2: "removed"},
    body=f"""Hello,

We've set {V2} to private and disabled sharing because it violates our
Acceptable Use Policy. It can no longer be viewed by anyone other than the
account owner.

Best,
Vimeo Trust & Safety
""",
)

# ================================================================ Discord
case(
    name="discord-message-removed",
    date="Wed, 18 Sep 2024 15:09:12 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: [KCSC-240917-01] Your report to Discord",
    reply_to_req=req("KCSC-240917-01"),
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report-outcome email (message removed, action taken on the account)",
    why="the reported message link was removed; the safety-centre link is no item",
    items={D1: "removed"},
    body=f"""Hello,

Thanks for your report. Our Safety team reviewed the message below and removed
it for violating our Community Guidelines. We have also taken action against
the account that posted it.

Message link: {D1}

You can learn more about the actions we take at
https://discord.com/safety/360044159011-what-actions-we-take

Discord Trust & Safety
""",
)

# ============================================================== REVIEW
case(
    name="x-under-review-may-act",
    date="Tue, 10 Sep 2024 11:15:00 +0000",
    **{"from": "legal@x.com"},
    subject="Re: [KCSC-240909-01] Request for removal of content",
    reply_to_req=req("KCSC-240909-01"),
    outcome="review", review="not_understood",
    imitates="platform holding replies: 'we are reviewing ... and may take action if ...'",
    why="names two items but only says they are under review and may be actioned: nothing applied, review",
    items={},
    body=f"""Hello,

The posts below are currently under review by our team:
{X1}
{X2}

We may withhold or remove them if we find that they violate the X Rules or
local law. We will update you once our review is complete.

X Legal
""",
)

case(
    name="yt-will-remove-within-days",
    date="Thu, 12 Sep 2024 00:31:00 +0000",
    **{"from": "youtube-legal-support@google.com"},
    subject="Re: [4-2781000031774] KCSC-240910-01",
    reply_to_req=req("KCSC-240910-01"),
    outcome="review", review="not_understood",
    imitates="promise of future action ('will be removed within ...') in a legal support reply",
    why="future tense: the video 'will be removed' is not a report of what was done",
    items={},
    body=f"""Hello,

We have escalated your request. The video {Y3} will be removed
within 2 business days once our specialist team has completed its review.

Regards,
YouTube Legal Support
""",
)

case(
    name="meta-asks-court-order",
    date="Thu, 12 Sep 2024 07:19:45 +0000",
    **{"from": "legal-requests@fb.com"},
    name_from="Meta Legal",
    subject="Re: KCSC-240911-01 - additional information required",
    reply_to_req=req("KCSC-240911-01"),
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Meta legal reply asking for the specific legal basis / a court order before acting on a government request",
    why="asks for the legal provision and an official order before acting on two named posts: review asks_more, nothing applied",
    items={},
    body=f"""Hello,

Thank you for your request. Before we can take action on the following content,
we need additional information:

{M1}
{M2}

Please provide the specific provision of Korean law that the content is alleged
to violate and, where available, a copy of the official order or decision.
Without this information we are unable to process the request.

Regards,
Meta Legal Operations
""",
)

case(
    name="tiktok-lookalike-sender",
    date="Fri, 13 Sep 2024 09:40:00 +0000",
    **{"from": "support@tiktok-legalteam.com"},
    name_from="TikTok Legal Team",
    subject="Re: KCSC-240912-01 all videos removed",
    reply_to_req=req("KCSC-240912-01"),
    outcome="review", review="unknown_sender",
    imitates="look-alike-domain spoof of a platform's legal team, claiming removals",
    why="authenticated but tiktok-legalteam.com is no platform's domain: review unknown_sender, nothing applied",
    items={},
    body=f"""Dear KCSC,

We confirm the following videos have been removed:
{T1}
{T2}
{T3}

TikTok Legal Team
""",
)

case(
    name="x-dmarc-fail-claims-removed",
    date="Fri, 13 Sep 2024 13:02:00 +0000",
    **{"from": "legal@x.com"},
    auth="fail",
    subject="Re: KCSC-240909-01",
    reply_to_req=req("KCSC-240909-01"),
    outcome="review", review="untrusted",
    imitates="spoofed From: x.com message failing DMARC that claims removals",
    why="dmarc=fail for x.com: untrusted, nothing applied",
    items={},
    body=f"""Hello,

The following posts have been removed:
{X4}
{X5}

X Legal
""",
)

case(
    name="vimeo-says-youtube-link-removed",
    date="Tue, 17 Sep 2024 09:15:00 +0000",
    **{"from": "trust-safety@vimeo.com"},
    name_from="Vimeo Trust & Safety",
    subject="Re: KCSC-240916-01 [Ticket #3912077]",
    reply_to_req=req("KCSC-240916-01"),
    outcome="review", review="wrong_platform",
    imitates="a host replying about a link on another service",
    why="trusted Vimeo email claims a YouTube item is removed: Vimeo cannot speak for YouTube, review wrong_platform; reason arguable",
    items={},
    body=f"""Hello,

A reviewer noticed that one of the links in your earlier correspondence is a
YouTube URL. That video, {Y1}, has been removed as well.

Best,
Vimeo Trust & Safety
""",
)

case(
    name="tg-some-restricted-others-pending",
    date="Sun, 15 Sep 2024 04:30:00 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240913-01",
    reply_to_req=req("KCSC-240913-01"),
    outcome="review", review="not_understood",
    imitates="partial outcome in a terse abuse reply ('some of the content was restricted, the rest is still being reviewed')",
    why="'some of' the listed messages restricted, without saying which: no item can be applied",
    items={},
    body=f"""Hello,

Regarding the messages below, we have restricted some of them; the rest are
still being reviewed.

{G1}
{G2}
{G3}

Telegram Abuse Team
""",
)

case(
    name="x-appropriate-action-on-accounts",
    date="Sat, 14 Sep 2024 03:00:00 +0000",
    **{"from": "legal@x.com"},
    subject="Re: KCSC-240909-01",
    reply_to_req=req("KCSC-240909-01"),
    outcome="review", review="not_understood",
    imitates="vague account-level enforcement replies ('we have taken appropriate action on the account(s)')",
    why="action 'on the accounts' (could be a warning or a lock) does not say what happened to the two posts",
    items={},
    body=f"""Hello,

Thank you for your report. We have taken appropriate action on the accounts
associated with the following posts, in line with our enforcement options:
{X8}
{X10}

More about our range of enforcement options:
https://help.x.com/en/rules-and-policies/enforcement-options

X Legal
""",
)

case(
    name="tiktok-bulk-all-removed",
    date="Tue, 17 Sep 2024 01:10:00 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    subject="Re: KCSC-240912-01",
    reply_to_req=req("KCSC-240912-01"),
    outcome="review", review="bulk",
    imitates="batch confirmation without an item list ('all content in your request has been removed')",
    why="bulk claim about the whole request without listing items; config bulk_confirmations = review",
    items={},
    body="""Dear KCSC,

All three videos listed in your request KCSC-240912-01 have been removed
from TikTok.

TikTok Legal
""",
)

# ============================================================= IGNORED
case(
    name="yt-out-of-office",
    date="Tue, 10 Sep 2024 02:05:00 +0000",
    **{"from": "jiwon.park@google.com"},
    name_from="Jiwon Park",
    subject="Automatic reply: KCSC-240910-01 Request for removal of content",
    reply_to_req=req("KCSC-240910-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange 'Automatic reply' out-of-office message",
    why="out-of-office auto-reply: ignored",
    items={},
    body="""I am out of the office until 16 September with limited access to email.
For urgent legal requests please contact legal-kr@google.com.

Jiwon Park
""",
)

case(
    name="bounce-reddit-dsn",
    date="Fri, 13 Sep 2024 07:00:12 +0000",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report; report-type=delivery-status) returning our request",
    why="bounce of our own request, which quotes both Reddit URLs: ignored",
    items={},
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="B7E1C2A0.1726210812/mx.kcsc.example"

--B7E1C2A0.1726210812/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-requests@reddit.example>: host mx.reddit.example[203.0.113.40] said:
    550 5.1.1 <legal-requests@reddit.example>: Recipient address rejected:
    User unknown (in reply to RCPT TO command)

--B7E1C2A0.1726210812/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 07:00:10 +0000

Final-Recipient: rfc822; legal-requests@reddit.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--B7E1C2A0.1726210812/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-requests@reddit.example
Subject: KCSC-240913-02 Request for removal of content
Message-ID: <req-240913-02@kcsc.example>
Date: Fri, 13 Sep 2024 16:00:00 +0900

{chr(10).join(our_request("KCSC-240913-02", RS))}

--B7E1C2A0.1726210812/mx.kcsc.example--
""",
)

case(
    name="meta-read-receipt",
    date="Wed, 11 Sep 2024 01:12:00 +0000",
    **{"from": "s.lee@meta.com"},
    name_from="Soyeon Lee",
    subject="Read: KCSC-240911-01 Request for removal of content",
    reply_to_req=req("KCSC-240911-01"),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, multipart/report; report-type=disposition-notification)",
    why="a read receipt states nothing about items: ignored",
    items={},
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_20240911_0112"

--mdn_20240911_0112
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-requests@fb.com
  Subject: KCSC-240911-01 Request for removal of content
  Sent: Wednesday, September 11, 2024 9:30:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 11, 2024 10:12:00 AM (UTC+09:00) Seoul.

--mdn_20240911_0112
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Exchange Server
Final-Recipient: rfc822;s.lee@meta.com
Original-Message-ID: <req-240911-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_20240911_0112--
""",
)

case(
    name="tiktok-ticket-receipt",
    date="Thu, 12 Sep 2024 05:01:00 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    subject="We've received your request [KCSC-240912-01]",
    reply_to_req=req("KCSC-240912-01"),
    outcome="ignored", classification="acknowledgement",
    imitates="automated 'we have received your request, a ticket has been created' receipt",
    why="pure receipt: no statement about any item",
    items={},
    body="""Hello,

We have received your request and a ticket has been created (ticket number
TT-LR-20240912-55821). Our team will review it and get back to you as soon
as possible. Please do not reply to this message.

TikTok Legal Requests
""",
)

case(
    name="discord-zendesk-receipt",
    date="Tue, 17 Sep 2024 01:02:00 +0000",
    **{"from": "support@discord.com"},
    name_from="Discord",
    subject="[Discord] Re: KCSC-240917-01",
    reply_to_req=req("KCSC-240917-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    outcome="ignored",
    imitates="Zendesk auto-response of a support desk ('Your request (#...) has been received and is being reviewed')",
    why="ticket receipt from a help desk (classification acknowledgement or auto_reply, both ignored)",
    items={},
    body="""##- Please type your reply above this line -##

Your request (48210377) has been received and is being reviewed by our
support staff. To add additional comments, reply to this email.

Discord Support
""",
)

case(
    name="reddit-case-created-receipt",
    date="Fri, 13 Sep 2024 07:40:00 +0000",
    **{"from": "noreply@reddit.com"},
    name_from="Reddit Legal",
    subject="Case created: KCSC-240913-02",
    reply_to_req=req("KCSC-240913-02"),
    outcome="ignored", classification="acknowledgement",
    imitates="legal-request portal confirmation ('Thank you for your submission. A case has been created.')",
    why="acknowledgement with a case number, no statement about any item",
    items={},
    body="""Thank you for your submission to Reddit's legal request portal.

A case has been created with the reference LR-2024-0913-7741. We review
requests in the order they are received. You will receive a separate email
once a decision has been made.

Reddit, Inc. Legal
""",
)


# =========================================== more applied (varied layouts)
case(
    name="x-on-wrote-two-removed-in-one-sentence",
    date="Mon, 16 Sep 2024 04:04:04 +0000",
    **{"from": "legal@x.com"},
    subject="Re: [KCSC-240909-01] Request for removal of content",
    reply_to_req=req("KCSC-240909-01"),
    outcome="applied", classification="confirmation",
    imitates="a brief legal-team reply naming two URLs in one sentence, above a '>' quoted request",
    why="both posts named in one 'have been removed' sentence: removed; quoted list ignored",
    items={X10: "removed", X11: "removed"},
    body=f"""Both {X10} and {X11} have been removed.

Thanks,
X Legal

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(our_request("KCSC-240909-01", XS[8:12]))}
""",
)

case(
    name="yt-html-only-disabled",
    date="Tue, 17 Sep 2024 06:18:00 +0000",
    **{"from": "youtube-legal-support@google.com"},
    subject="Re: [4-2781000033001] KCSC-240910-01",
    reply_to_req=req("KCSC-240910-01"),
    type="html",
    outcome="applied", classification="confirmation",
    imitates="Google legal support HTML email with linked video titles ('access to the video has been disabled')",
    why="HTML-only; 'disabled' access worldwide for the linked video: removed; help link no item",
    items={Y1: "removed"},
    body=f"""<html><body>
<p>Hello,</p>
<p>In response to your request, we have disabled access to the video
<a href="{Y1}">{Y1}</a> on YouTube worldwide, as it violates our
Harassment and cyberbullying policy.</p>
<p>For more information see <a href="https://support.google.com/youtube/answer/2802268">our harassment policy</a>.</p>
<p>Regards,<br>The YouTube Legal Support Team</p>
</body></html>
""",
)

case(
    name="meta-instagram-deleted-by-user",
    date="Tue, 17 Sep 2024 10:00:00 +0000",
    **{"from": "legal-requests@fb.com"},
    name_from="Meta Legal",
    subject="Re: KCSC-240911-01",
    reply_to_req=req("KCSC-240911-01"),
    outcome="applied", classification="confirmation",
    imitates="Meta reply that content is no longer on Instagram because the account holder deleted it",
    why="deleted by the account holder before review, link returns nothing: not_found",
    items={M3: "not_found"},
    body=f"""Hello,

{M3}
This post was deleted by the account holder before we reviewed it and is no
longer available on Instagram. No action was required on our side.

Regards,
Meta Legal Operations
""",
)


case(
    name="yt-request-outcome-pairs",
    date="Wed, 18 Sep 2024 07:36:00 +0000",
    **{"from": "youtube-legal-support@google.com"},
    subject="Re: [4-2781000033240] KCSC-240910-01 - outcome",
    reply_to_req=req("KCSC-240910-01"),
    outcome="applied", classification="confirmation",
    imitates="Google Transparency Report 'Request: ... / Outcome: We removed ... / We did not remove ...' pairs, used as a reply layout",
    why="Item/Outcome pairs: Y3 'restricted access to the video in South Korea' -> restricted; Y4 'did not remove ... not unlawful' -> rejected",
    items={Y3: "restricted", Y4: "rejected"},
    body=f"""Hello,

Please find our decisions on the remaining items below.

Item: {Y3}
Outcome: We restricted access to the video in South Korea, where it appears to be unlawful.

Item: {Y4}
Outcome: We did not remove the video. Our review did not find it to be unlawful under the provision cited, nor in violation of our policies.

Regards,
YouTube Legal Support
""",
)


HEADER = """# Blind set 54 (issue 11): a general English mix across many platforms
# (X, YouTube, Meta, TikTok, Telegram, Reddit, Vimeo, Discord).
# Generated by make.py; expected results written from each email's meaning
# before the reader was run. See NOTES.md.
"""

if __name__ == "__main__":
    write_requests()
    write_set(HERE, "blind54", HEADER, CASES)
