#!/usr/bin/env python3
"""Blind set 18 (issue 11): a general mix of English replies from many
platforms. Expected results are written from each email's meaning, before
anything was run. Deterministic: `python3 tests/corpus/blind18/make.py`.
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

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/dawn_relay88/status/1833012345678901201",
    "https://x.com/dawn_relay88/status/1833012345678901202",
    "https://x.com/mintforge_kr/status/1833012345678901303",
    "https://x.com/mintforge_kr/status/1833012345678901304",
    "https://x.com/quietpine_22/status/1833012345678901405",
    "https://x.com/quietpine_22/status/1833012345678901406",
    "https://x.com/quietpine_22/status/1833012345678901407",
    "https://x.com/orbit_lantern/status/1833012345678901508",
    "https://x.com/orbit_lantern/status/1833012345678901509",
    "https://x.com/velvet_ashes9/status/1833012345678901610",
    "https://x.com/velvet_ashes9/status/1833012345678901611",
    "https://x.com/hollow_kite/status/1833012345678901712",
    "https://x.com/hollow_kite/status/1833012345678901713",
    "https://x.com/sable_ferry/status/1833012345678901814",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3vTz8LpXa",
    "https://www.youtube.com/watch?v=Rk7wBn2HsYe",
    "https://youtu.be/Ht5cVj9NdWq",
    "https://www.youtube.com/shorts/Pz4kLm8QrTu",
    "https://www.youtube.com/watch?v=Wd2fGx6JaBo",
]
M = [
    "https://www.facebook.com/permalink.php?story_fbid=pfbid0FakeStory7731&id=100089123456781",
    "https://www.facebook.com/groups/5550123456789012/posts/5550198765432101/",
    "https://www.instagram.com/p/C9xFakePost1/",
    "https://www.instagram.com/reel/C9yFakeReel2/",
]
T = [
    "https://www.tiktok.com/@neon_tide_77/video/7412345678901234561",
    "https://www.tiktok.com/@neon_tide_77/video/7412345678901234562",
    "https://www.tiktok.com/@pale_harbor_k/video/7412345678901234563",
]
G = [
    "https://t.me/grey_meridian/4411",
    "https://t.me/grey_meridian/4412",
    "https://t.me/coldwater_depot/87",
]
R = [
    "https://www.reddit.com/r/fakeboard_kr/comments/1fa2b3c/example_thread_one/",
    "https://www.reddit.com/r/fakeboard_kr/comments/1fa2b3c/comment/lm4x9zq/",
]
D = ["https://discord.com/channels/1234567890123456789/1234567890123456790/1283456789012345678"]

REQUESTS = [
    ("KCSC-240910-01", "x", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", X, "illegal_gambling"),
    ("KCSC-240911-01", "youtube", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", Y, "defamation"),
    ("KCSC-240912-01", "meta", "2024-09-12T09:30:00+09:00", "2024-09-19T18:00:00+09:00", M, "illegal_drugs"),
    ("KCSC-240913-01", "tiktok", "2024-09-13T11:00:00+09:00", "2024-09-20T18:00:00+09:00", T, "illegal_gambling"),
    ("KCSC-240916-02", "telegram", "2024-09-16T16:00:00+09:00", "2024-09-23T18:00:00+09:00", G, "deepfake_sexual_abuse"),
    ("KCSC-240916-01", "reddit", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", R, "privacy_violation"),
    ("KCSC-240917-01", "discord", "2024-09-17T09:00:00+09:00", "2024-09-24T18:00:00+09:00", D, "deepfake_sexual_abuse"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat in REQUESTS:
        mid = "<req-%s@kcsc.example>" % ref[5:].lower()
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},{mid},")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def quoted_request(ref, urls, prefix="> "):
    out = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content under reference {ref}:",
        "",
    ]
    out += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    out += ["", "Please remove or block access to the content above and confirm.", "",
            "KCSC Takedown Team"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in out)


def mime(parts, boundary, subtype="mixed"):
    """parts: list of (headers list, payload str)."""
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"', "", "This is a multi-part message in MIME format.", ""]
    for hdrs, payload in parts:
        out.append(f"--{boundary}")
        out += hdrs
        out.append("")
        out.append(payload.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def xlsx(rows):
    """A minimal XLSX (inline strings) built by hand; fixed zip timestamps."""
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(cell(chr(65 + c) + str(r), v) for c, v in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Results" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(sheet_rows) + "</sheetData></worksheet>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 13, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


C = []


def case(**kw):
    C.append(kw)


# =================================================================== X
XREQ = "req-240910-01"
HELP_X = "https://help.x.com/en/rules-and-policies/post-withheld-by-country"

case(name="x-country-withheld-notice", **{"from": "legal@x.com"}, date="Wed, 11 Sep 2024 06:14:02 +0000",
     subject="Re: [Case 0917-3382-KR] KCSC-240910-01 removal request", reply_to_req=XREQ,
     body=f"""Hello,

Thank you for your report regarding KCSC-240910-01.

In response to your request, we have withheld the following content in the
Republic of Korea:

{X[0]}
{X[1]}
{X[2]}

The account holders have been notified. For more information on country
withheld content, please see {HELP_X}.

Please note that we may provide a copy of your request to Lumen
(https://lumendatabase.org) for publication.

Regards,
X Legal
""", outcome="applied", classification="confirmation",
     imitates="X (Twitter) legal team 'country withheld content' reply to a government request, with the Lumen notice footer",
     why="heading sentence 'we have withheld the following content in the Republic of Korea' over a bare URL list; the help link is not an item",
     items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted"})

case(name="x-per-line-mixed", **{"from": "legal@x.com"}, date="Wed, 11 Sep 2024 09:40:11 +0000",
     subject="Case 0917-3391-KR: outcome", reply_to_req=XREQ,
     body=f"""Hello,

We reviewed the posts in your request KCSC-240910-01. Outcome per post:

{X[3]} - Removed: violation of the X Rules (illegal or certain regulated goods)
{X[4]} - No action: we did not find a violation of the X Rules or local law
{X[5]} - Withheld in KR
{X[6]} - Not found: the post does not exist or has been deleted

Thanks,
X Legal
""", outcome="applied", classification="confirmation",
     imitates="X legal per-item outcome list sent to law-enforcement / government reporters",
     why="four per-line statuses after ' - ': removed, rejected ('No action ... did not find a violation'), restricted, not_found",
     items={X[3]: "removed", X[4]: "rejected", X[5]: "restricted", X[6]: "not_found"})

case(name="x-status-below-url", **{"from": "noreply@x.com"}, date="Wed, 11 Sep 2024 12:03:45 +0000",
     subject="Update on your report (KCSC-240910-01)", reply_to_req=XREQ,
     body=f"""Hi,

Here is an update on some of the posts you reported.

{X[7]}
Action taken: the post was deleted for violating our rules.

{X[8]}
Outcome: after review we found no violation of the X Rules; the post remains available.

You can find more about how we enforce our rules at https://help.x.com/en/rules-and-policies/enforcement-options

X Support
""", outcome="applied", classification="confirmation",
     imitates="X 'update on your report' notification to reporters (one block per reported post)",
     why="status on the line below each bare URL; the enforcement-options help link is not an item",
     items={X[7]: "removed", X[8]: "rejected"})

case(name="x-url-below-statement", **{"from": "legal@x.com"}, date="Thu, 12 Sep 2024 02:21:09 +0000",
     subject="RE: KCSC-240910-01", reply_to_req=XREQ,
     body=f"""Dear KCSC team,

The following post is now withheld in the Republic of Korea:
{X[9]}

We could not find the following post. It may have been deleted by the account owner before our review:
{X[10]}

Best,
X Legal
""", outcome="applied", classification="confirmation",
     imitates="X legal reply with statements each followed by the URL on the next line",
     why="URL on the line below its statement; 'may have been deleted' explains the not-found, it does not hedge 'We could not find'",
     items={X[9]: "restricted", X[10]: "not_found"})

case(name="x-top-posted-over-quoted", **{"from": "legal@x.com"}, date="Thu, 12 Sep 2024 05:55:30 +0000",
     subject="Re: Removal request KCSC-240910-01", reply_to_req=XREQ,
     body=f"""Hello,

We have removed {X[11]} and {X[12]} for violating our illegal or certain regulated goods or services policy.

Regards,
X Legal

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240910-01", X)}
""", outcome="applied", classification="confirmation",
     imitates="Gmail-style top-posted reply from a platform legal team over the quoted request",
     why="only the two URLs in the sender's own sentence are removed; the quoted request (with 'Please remove') lists all fourteen and counts for nothing",
     items={X[11]: "removed", X[12]: "removed"})

case(name="x-under-review-and-done", **{"from": "legal@x.com"}, date="Thu, 12 Sep 2024 08:12:00 +0000",
     subject="Case 0917-3402-KR", reply_to_req=XREQ,
     body=f"""Hello,

Regarding KCSC-240910-01:

- {X[13]} has been withheld in South Korea.
- {X[0]} is still under review by our legal team. We will follow up once a decision has been made.

X Legal
""", outcome="applied", classification="confirmation",
     imitates="X legal partial outcome with one item still under legal review",
     why="bullet list: one withheld item applied, the item 'still under review' stays pending",
     items={X[13]: "restricted"})

case(name="x-hedged-only", **{"from": "legal@x.com"}, date="Thu, 12 Sep 2024 10:31:44 +0000",
     subject="Re: KCSC-240910-01", reply_to_req=XREQ,
     body=f"""Hi,

It looks like {X[1]} may already have been taken down, possibly by the user. We are
looking into this and will confirm.

X Legal
""", outcome="review", review="not_understood",
     imitates="informal X legal follow-up guessing at a post's state",
     why="'may already have been taken down, possibly' and 'will confirm' is a guess, not a statement: a clerk would not record removal, so review",
     items={})

case(name="x-dmarc-fail-confirmation", **{"from": "legal@x.com"}, auth="fail", date="Thu, 12 Sep 2024 11:02:18 +0000",
     subject="Re: KCSC-240910-01 - content removed", reply_to_req=XREQ,
     body=f"""Hello,

We have removed the following posts:

{X[2]}
{X[3]}

X Legal
""", outcome="review", review="untrusted",
     imitates="X legal removal confirmation (spoofed: DMARC fails)",
     why="a perfect confirmation, but DMARC fails for x.com: untrusted, nothing applied",
     items={})

case(name="x-lookalike-domain", **{"from": "legal@x-legal-support.com"}, date="Thu, 12 Sep 2024 13:45:00 +0000",
     name_from="X Legal", subject="KCSC-240910-01 removal completed", reply_to_req=XREQ,
     body=f"""Dear KCSC,

All posts in your request KCSC-240910-01 have been removed, including
{X[4]} and {X[5]}.

X Legal Support
""", outcome="review", review="unknown_sender",
     imitates="a look-alike 'X Legal Support' sender claiming removals (phishing pattern)",
     why="sender domain is not a platform domain (authenticated for itself): unknown_sender, nothing applied",
     items={})

case(name="x-ack-ticket", **{"from": "noreply@x.com"}, date="Tue, 10 Sep 2024 01:05:12 +0000",
     subject="We received your report [Case 0917-3382-KR]", reply_to_req=XREQ,
     body=f"""Hello,

Thank you for contacting X. We have received your report and a case has been
created: 0917-3382-KR. Our team will review it and respond as soon as possible.
Please do not reply to this email; replies to this address are not monitored.

X Support

> KCSC-240910-01
> {X[0]}
> {X[1]}
""", outcome="ignored", classification="acknowledgement",
     imitates="X automated case-creation receipt ('We received your report')",
     why="pure ticket receipt; the URLs appear only in our quoted text",
     items={})

XTABLE_HTML = f"""<html><body>
<p>Hello,</p>
<p>Please find below the outcome of our review of request KCSC-240910-01.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td><a href="{X[4]}">{X[4]}</a></td><td>Withheld (KR)</td></tr>
<tr><td><a href="{X[5]}">{X[5]}</a></td><td>Removed</td></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>No action &ndash; not in violation</td></tr>
</table>
<p>X Legal<br><a href="https://legalrequests.x.com">legalrequests.x.com</a></p>
</body></html>
"""
XTABLE_TEXT = f"""Hello,

Please find below the outcome of our review of request KCSC-240910-01.

URL | Action
{X[4]} | Withheld (KR)
{X[5]} | Removed
{X[6]} | No action - not in violation

X Legal
https://legalrequests.x.com
"""
case(name="x-qp-html-table", **{"from": "legal@x.com"}, date="Fri, 13 Sep 2024 03:30:00 +0000",
     subject="Outcome: KCSC-240910-01", reply_to_req=XREQ,
     raw_mime=mime([
         (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"], qp(XTABLE_TEXT)),
         (["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"], qp(XTABLE_HTML)),
     ], "b18-x-table", "alternative"),
     outcome="applied", classification="confirmation",
     imitates="X legal outcome table (URL | Action) sent as multipart/alternative, quoted-printable",
     why="equivalent text and HTML tables; the legalrequests portal link is not an item",
     items={X[4]: "restricted", X[5]: "removed", X[6]: "rejected"})

XCSV = f"""url,outcome,policy
{X[7]},removed,Illegal or certain regulated goods or services
{X[8]},withheld_in_country (KR),Local law
{X[9]},not_found,
{X[10]},no_violation,
"""
case(name="x-csv-attachment", **{"from": "legal@x.com"}, date="Fri, 13 Sep 2024 06:10:00 +0000",
     subject="KCSC-240910-01 results", reply_to_req=XREQ,
     raw_mime=mime([
         (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit"],
          "Hello,\n\nPlease find the results for KCSC-240910-01 in the attached file.\n\nX Legal\n"),
         (["Content-Type: text/csv; charset=utf-8; name=\"KCSC-240910-01_results.csv\"",
           "Content-Disposition: attachment; filename=\"KCSC-240910-01_results.csv\"",
           "Content-Transfer-Encoding: base64"], b64(XCSV)),
     ], "b18-x-csv"),
     outcome="applied", classification="confirmation",
     imitates="bulk government-request results exported as CSV by a platform legal team",
     why="statuses only in a base64 CSV attachment (url,outcome,policy)",
     items={X[7]: "removed", X[8]: "restricted", X[9]: "not_found", X[10]: "rejected"})

case(name="x-echoed-report", **{"from": "noreply@x.com"}, date="Fri, 13 Sep 2024 07:44:51 +0000",
     subject="Your report about a post", reply_to_req=XREQ,
     body=f"""Hello,

Thanks for your report. After reviewing the reported content, we have withheld it in
the Republic of Korea in response to a valid legal demand.

Learn more about withheld content: {HELP_X}

-----------------------------------------
Your report
Reported by: KCSC Takedown (takedown@kcsc.example)
Reference: KCSC-240910-01
Reported content:
  {X[0]}
  {X[1]}
Reason: Illegal content under local law
-----------------------------------------

X Corp., 1355 Market Street, Suite 900, San Francisco, CA 94103
""", outcome="applied", classification="confirmation",
     imitates="X report-outcome email with the echoed report block at the bottom",
     why="'the reported content' is stated withheld; the echoed report below lists which items that is",
     items={X[0]: "restricted", X[1]: "restricted"})

case(name="x-future-tense-only", **{"from": "legal@x.com"}, date="Fri, 13 Sep 2024 09:02:00 +0000",
     subject="Re: KCSC-240910-01", reply_to_req=XREQ,
     body=f"""Hello,

We expect that {X[8]} and {X[9]} will be withheld in Korea once our local law
review concludes later this week.

X Legal
""", outcome="review", review="not_understood",
     imitates="X legal interim reply promising a future withholding",
     why="a promise, not a statement of what was done; trusted and naming items, so it must be seen (review), items stay pending",
     items={})

case(name="x-negated-with-reason", **{"from": "legal@x.com"}, date="Fri, 13 Sep 2024 10:20:00 +0000",
     subject="Case 0917-3420-KR", reply_to_req=XREQ,
     body=f"""Hello,

We are not taking action on {X[10]} because it does not violate the X Rules or Korean law
as we understand it.

We removed {X[11]}.

X Legal
""", outcome="applied", classification="confirmation",
     imitates="X legal decision refusing one post with a reason and removing another",
     why="a negated action together with a reason is a rejection; the second sentence is a plain removal",
     items={X[10]: "rejected", X[11]: "removed"})

case(name="x-ack-plus-statement", **{"from": "legal@x.com"}, date="Wed, 11 Sep 2024 00:40:00 +0000",
     subject="Re: KCSC-240910-01 [Case 0917-3382-KR]", reply_to_req=XREQ,
     body=f"""Hello,

We have received your report and opened case 0917-3382-KR. Our team will review the
remaining posts in due course.

Please note that {X[5]} has already been withheld in South Korea following an earlier
request.

X Legal
""", outcome="applied", classification="confirmation",
     imitates="X case receipt that also reports one post already withheld",
     why="an acknowledgement phrase with an unhedged statement about an item is not an acknowledgement",
     items={X[5]: "restricted"})
# ============================================================= YouTube
YREQ = "req-240911-01"

case(name="yt-legal-geo-and-removed", **{"from": "legal-kr@google.com"}, date="Thu, 12 Sep 2024 04:00:00 +0000",
     name_from="YouTube Legal Support", subject="[4-7031000031234] KCSC-240911-01", reply_to_req=YREQ,
     body=f"""Hello,

Thank you for contacting YouTube.

After reviewing your request, we have blocked access to the following videos in
South Korea, based on local law:
  {Y[0]}
  {Y[1]}

Separately, {Y[2]} was removed from YouTube for violating our Community Guidelines.

For more information about how YouTube handles government requests, please visit
https://support.google.com/youtube/answer/6154230 and our Transparency Report at
https://transparencyreport.google.com/government-removals/overview.

Regards,
The YouTube Legal Support Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""", outcome="applied", classification="confirmation",
     imitates="YouTube Legal Support reply to a government removal request (local-law geo-block plus a guidelines removal), ticket id in subject",
     why="indented list under a 'blocked access ... in South Korea' heading = restricted; a sentence about a youtu.be link = removed; support and transparency links are not items",
     items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"})

case(name="yt-age-restricted-and-no-violation", **{"from": "legal-kr@google.com"}, date="Thu, 12 Sep 2024 07:20:00 +0000",
     name_from="YouTube Legal Support", subject="[4-7031000031250] KCSC-240911-01 update", reply_to_req=YREQ,
     body=f"""Hi there,

We reviewed the remaining videos.

We have age-restricted {Y[3]}; it is no longer visible to signed-out users or users under 18.

We have decided not to take action on {Y[4]}, as it does not violate our Community
Guidelines and we did not find it to be unlawful in Korea.

Sincerely,
The YouTube Team
""", outcome="applied", classification="confirmation",
     imitates="YouTube notice of an age restriction and a 'we decided not to take action' reply",
     why="age restriction is a restriction (issue 11); 'decided not to take action ... does not violate' is a rejection",
     items={Y[3]: "restricted", Y[4]: "rejected"})

case(name="yt-numbered-not-found", **{"from": "legal-kr@google.com"}, date="Thu, 12 Sep 2024 09:45:00 +0000",
     name_from="YouTube Legal Support", subject="[4-7031000031266] KCSC-240911-01", reply_to_req=YREQ,
     body=f"""Hello,

Regarding your request:

1. {Y[2]}
   This video is no longer available; it was deleted by the uploader before our review.
2. {Y[4]}
   We were unable to locate this video. Please check that the URL is correct.

If you have further questions, reply to this email.

The YouTube Legal Support Team
""", outcome="applied", classification="confirmation",
     imitates="YouTube Legal Support numbered reply with statuses under each URL",
     why="numbered list with the statement on the line below: deleted by the uploader and unable to locate both mean not_found",
     items={Y[2]: "not_found", Y[4]: "not_found"})

case(name="yt-asks-more-info", **{"from": "legal-kr@google.com"}, date="Thu, 12 Sep 2024 11:00:00 +0000",
     name_from="YouTube Legal Support", subject="[4-7031000031270] Additional information needed", reply_to_req=YREQ,
     body=f"""Hello,

Thank you for your request. To proceed with our review of {Y[0]} and {Y[1]}, we need
additional information:

- the timestamps within each video where the content appears, and
- the specific provision of Korean law that the content violates.

Please reply to this email with the requested information. Until then we are unable to
take action on these videos.

The YouTube Legal Support Team
""", outcome="review", classification="request_for_info", review="asks_more",
     imitates="YouTube Legal Support request for timestamps and the legal basis",
     why="asks for more information; 'unable to take action until then' is not a rejection",
     items={})

case(name="yt-out-of-office", **{"from": "jhkim@google.com"}, date="Wed, 11 Sep 2024 05:01:00 +0000",
     name_from="Ji-hoon Kim", subject="Automatic reply: KCSC-240911-01 removal request", reply_to_req=YREQ,
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until Monday, 16 September, with limited access to email.
For urgent legal requests, please use legal-kr@google.com.

Thank you,
Ji-hoon
""", outcome="ignored", classification="auto_reply",
     imitates="Outlook/Gmail out-of-office automatic reply",
     why="out-of-office auto-reply: ignored",
     items={})

YB64 = f"""Hello KCSC team,

Update on KCSC-240911-01:

\u2022 {Y[1]} \u2013 removed for violating our harassment policy
\u2022 {Y[3]} \u2013 content restricted in KR (local law)

Kind regards,
YouTube Trust & Safety
"""
case(name="yt-base64-bulleted", **{"from": "no-reply@youtube.com"}, date="Fri, 13 Sep 2024 02:00:00 +0000",
     name_from="YouTube", subject="Update on KCSC-240911-01", reply_to_req=YREQ,
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(YB64),
     outcome="applied", classification="confirmation",
     imitates="YouTube Trust & Safety update with bullet points, base64 transfer encoding",
     why="base64 body; bullets with en-dash separated statuses",
     items={Y[1]: "removed", Y[3]: "restricted"})

case(name="yt-outlook-original-message", **{"from": "legal-kr@google.com"}, date="Fri, 13 Sep 2024 05:30:00 +0000",
     name_from="YouTube Legal Support", subject="RE: KCSC-240911-01", reply_to_req=YREQ,
     body=f"""Hello,

The videos {Y[0]} and {Y[4]} have been removed from YouTube following your request.

Best regards,
YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 2:00 PM
To: legal-kr@google.com
Subject: KCSC-240911-01

The Korea Communications Standards Commission requests the removal of the following
content under reference KCSC-240911-01:

1. {Y[0]}
2. {Y[1]}
3. {Y[2]}
4. {Y[3]}
5. {Y[4]}

Please remove the content above and confirm once it has been removed.
""", outcome="applied", classification="confirmation",
     imitates="Outlook reply with the request under '-----Original Message-----'",
     why="only the two URLs in the reply's own sentence are removed; the Original Message block is quoted text",
     items={Y[0]: "removed", Y[4]: "removed"})
# ================================================================ Meta
MREQ = "req-240912-01"

case(name="meta-local-law-echoed", **{"from": "records@fb.com"}, date="Fri, 13 Sep 2024 01:15:00 +0000",
     name_from="Meta Legal", subject="Your report: KCSC-240912-01 [ref:00D1a2b3:500Xy9LQ]", reply_to_req=MREQ,
     body=f"""Hi,

Thanks for your report. We've reviewed the content you reported and restricted access
to it in South Korea, because it violates local law. It remains available elsewhere.

Learn more about how Meta handles content reported under local law:
https://transparency.meta.com/reports/content-restrictions/

Details of your report
Report reference: KCSC-240912-01
Content reported:
- {M[0]}
- {M[1]}
Country: South Korea

Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
ref:00D1a2b3:500Xy9LQ:ref
""", outcome="applied", classification="confirmation",
     imitates="Meta 'we restricted access in your country based on local law' report reply with echoed report details and Salesforce-style ref thread id",
     why="statement about 'the content you reported' followed by the echoed report listing it; transparency link is not an item",
     items={M[0]: "restricted", M[1]: "restricted"})

case(name="meta-instagram-removed-and-kept", **{"from": "no-reply@instagram.com"}, date="Fri, 13 Sep 2024 04:00:00 +0000",
     name_from="Instagram", subject="Update on your report KCSC-240912-01", reply_to_req=MREQ,
     body=f"""Hi,

We removed {M[2]} because it goes against our Community Guidelines on regulated goods.

We reviewed {M[3]} and didn't remove it. We found that it doesn't go against our
Community Guidelines.

If you disagree with our decision you can request another review at
https://help.instagram.com/contact/383679321740945.

Instagram from Meta
""", outcome="applied", classification="confirmation",
     imitates="Instagram report outcomes: 'we removed ... goes against our Community Guidelines' and 'didn't remove it ... doesn't go against'",
     why="a post and a reel: removed and rejected; the help-form link is not an item",
     items={M[2]: "removed", M[3]: "rejected"})

case(name="meta-wrong-platform-item", **{"from": "records@fb.com"}, date="Fri, 13 Sep 2024 06:00:00 +0000",
     name_from="Meta Legal", subject="Re: KCSC-240912-01",
     body=f"""Hello,

We have removed the following content:

{X[4]}

Regards,
Meta Legal
""", outcome="review", review="wrong_platform",
     imitates="platform legal team reply confusing another service's link (mistaken removal claim)",
     why="a trusted Meta sender claims removal of an X post: Meta cannot act on X, so nothing is applied; review",
     items={})

case(name="meta-ack-received", **{"from": "support@support.facebook.com"}, date="Thu, 12 Sep 2024 00:45:00 +0000",
     name_from="Facebook", subject="We received your report [ref:00D1a2b3:500Xy9LP]", reply_to_req=MREQ,
     body="""Hi,

Thanks for contacting us. We've received your report and will review it. We'll send you
an update after we've reviewed it.

Your reference number is 500Xy9LP. You can check the status of your reports in your
Support Inbox: https://www.facebook.com/support/

Thanks,
The Facebook Team
""", outcome="ignored", classification="acknowledgement",
     imitates="Facebook 'we received your report' automatic receipt",
     why="pure receipt; names no item; the Support Inbox link is not an item",
     items={})

XLSX_ROWS = [["Content URL", "Decision", "Notes"],
             [M[0], "Removed", "Community Standards: Restricted goods"],
             [M[1], "Restricted in KR", "Local law"],
             [M[2], "No violation", ""],
             [M[3], "Content not found", "Deleted before review"]]
case(name="meta-xlsx-attachment", **{"from": "records@fb.com"}, date="Fri, 13 Sep 2024 09:00:00 +0000",
     name_from="Meta Legal", subject="KCSC-240912-01 - decisions", reply_to_req=MREQ,
     raw_mime=mime([
         (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit"],
          "Hello,\n\nThe decisions for KCSC-240912-01 are in the attached spreadsheet.\n\nMeta Legal\n"),
         (["Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name=\"KCSC-240912-01.xlsx\"",
           "Content-Disposition: attachment; filename=\"KCSC-240912-01.xlsx\"",
           "Content-Transfer-Encoding: base64"], b64(xlsx(XLSX_ROWS))),
     ], "b18-meta-xlsx"),
     outcome="applied", classification="confirmation",
     imitates="platform legal team's decisions spreadsheet (Content URL | Decision | Notes)",
     why="statuses only in an XLSX attachment",
     items={M[0]: "removed", M[1]: "restricted", M[2]: "rejected", M[3]: "not_found"})

# ============================================================== TikTok
TREQ = "req-240913-01"

case(name="tiktok-report-outcome", **{"from": "legal-kr@tiktok.com"}, date="Sat, 14 Sep 2024 02:10:00 +0000",
     name_from="TikTok Trust and Safety", subject="TikTok: result of your report KCSC-240913-01", reply_to_req=TREQ,
     body=f"""Hello,

Thank you for your report. We've reviewed the following video and removed it for
violating our Community Guidelines:
{T[0]}

The following video has been restricted in your region based on local law:
{T[1]}

Learn more about our Community Guidelines: https://www.tiktok.com/community-guidelines

TikTok Trust and Safety
""", outcome="applied", classification="confirmation",
     imitates="TikTok report-result email ('we've reviewed ... and removed it for violating our Community Guidelines'; 'restricted in your region')",
     why="URL on the line below each statement; the guidelines link is not an item",
     items={T[0]: "removed", T[1]: "restricted"})

case(name="tiktok-partly-done", **{"from": "legal-kr@tiktok.com"}, date="Sat, 14 Sep 2024 06:00:00 +0000",
     name_from="TikTok Trust and Safety", subject="Re: KCSC-240913-01", reply_to_req=TREQ,
     body=f"""Hello,

Some of the videos below have been removed. The others are still being checked by our
local team.

{T[0]}
{T[1]}
{T[2]}

TikTok Trust and Safety
""", outcome="review", review="not_understood",
     imitates="TikTok interim reply: 'some ... removed, others still being checked' over the list",
     why="'some of the videos' does not say which: no item can be applied, and the email must be seen",
     items={})

case(name="tiktok-not-found", **{"from": "legal-kr@tiktok.com"}, date="Sat, 14 Sep 2024 08:00:00 +0000",
     name_from="TikTok Trust and Safety", subject="KCSC-240913-01: video not found", reply_to_req=TREQ,
     body=f"""Hello,

We were unable to locate {T[2]}. The link may be incorrect, or the video may have been
deleted by its creator.

TikTok Trust and Safety
""", outcome="applied", classification="confirmation",
     imitates="TikTok 'we were unable to locate the content' reply",
     why="'unable to locate' is unhedged; the 'may' sentence only explains",
     items={T[2]: "not_found"})

TT_TEXT = f"""Hello,

We reviewed the videos you reported and didn't find any violations of our Community
Guidelines or of local law:

{T[0]}
{T[1]}

These videos will remain on TikTok.

TikTok Trust and Safety
"""
TT_HTML = f"""<html><body><p>Hello,</p>
<p>We reviewed the videos you reported and didn't find any violations of our Community Guidelines or of local law:</p>
<ul><li><a href="{T[0]}">{T[0]}</a></li><li><a href="{T[1]}">{T[1]}</a></li></ul>
<p>These videos will remain on TikTok.</p><p>TikTok Trust and Safety</p></body></html>
"""
case(name="tiktok-multipart-no-violation", **{"from": "legal-kr@tiktok.com"}, date="Sat, 14 Sep 2024 10:00:00 +0000",
     name_from="TikTok Trust and Safety", subject="Result of your report KCSC-240913-01", reply_to_req=TREQ,
     raw_mime=mime([
         (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit"], TT_TEXT),
         (["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 7bit"], TT_HTML),
     ], "b18-tt-alt", "alternative"),
     outcome="applied", classification="confirmation",
     imitates="TikTok 'we didn't find any violations' report result (multipart/alternative)",
     why="'didn't find any violations' plus 'will remain on TikTok' is a rejection of both videos",
     items={T[0]: "rejected", T[1]: "rejected"})

# ============================================================ Telegram
GREQ = "req-240916-02"

case(name="tg-abuse-desk-mixed", **{"from": "abuse@telegram.org"}, date="Tue, 17 Sep 2024 03:00:00 +0000",
     subject="Re: KCSC-240916-02", reply_to_req=GREQ,
     body=f"""Hello,

Thank you, the messages {G[0]} and {G[1]} have been taken down.

We could not find {G[2]}: the message does not exist.

--
Telegram Abuse Team
""", outcome="applied", classification="confirmation",
     imitates="short Telegram abuse-desk reply ('taken down' / 'does not exist')",
     why="two taken down, one not found",
     items={G[0]: "removed", G[1]: "removed", G[2]: "not_found"})

case(name="tg-should-no-longer", **{"from": "abuse@telegram.org"}, date="Tue, 17 Sep 2024 07:00:00 +0000",
     subject="Re: KCSC-240916-02", reply_to_req=GREQ,
     body=f"""Hi,

The channel behind {G[2]} should no longer be accessible from Korea soon.

Telegram Abuse Team
""", outcome="review", review="not_understood",
     imitates="Telegram abuse-desk informal reply with a hedged expectation",
     why="'should no longer be accessible ... soon' is an expectation, not a confirmed block: review",
     items={})

case(name="tg-bounce-dsn", **{"from": "MAILER-DAEMON@mail.telegram.org"}, date="Mon, 16 Sep 2024 07:01:10 +0000",
     name_from="Mail Delivery System", subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=mime([
         (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
          "This is the mail system at host mail.telegram.org.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<dsa-kr@telegram.org>: user unknown\n"),
         (["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
          "Reporting-MTA: dns; mail.telegram.org\n\nFinal-Recipient: rfc822; dsa-kr@telegram.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n"),
         (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"],
          f"From: KCSC Takedown <takedown@kcsc.example>\nTo: dsa-kr@telegram.org\nSubject: KCSC-240916-02\nMessage-ID: <req-240916-02@kcsc.example>\nDate: Mon, 16 Sep 2024 16:00:00 +0900\n\nPlease remove:\n{G[0]}\n{G[1]}\n{G[2]}\n"),
     ], "b18-dsn", "report; report-type=delivery-status"),
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (multipart/report, delivery-status) embedding our request",
     why="a bounce of our own request: ignored, URLs only in the returned message",
     items={})

# ============================================================== Reddit
RREQ = "req-240916-01"

case(name="reddit-safety-removed-echo", **{"from": "noreply@redditmail.com"}, date="Tue, 17 Sep 2024 01:30:00 +0000",
     name_from="Reddit", subject="Update on your report", reply_to_req=RREQ,
     body=f"""Hi,

Thanks for submitting a report to the Reddit Safety team. After investigating, we've found
that the reported content violates Reddit's Content Policy and have removed it.

Thanks again for your report and for looking out for yourself and the Reddit community.

Reddit Safety

Your report
Reported content: {R[0]}
Reason: Sharing personal information
Reference: KCSC-240916-01

Reddit Content Policy: https://www.redditinc.com/policies/content-policy
""", outcome="applied", classification="confirmation",
     imitates="Reddit Safety 'after investigating, we've found that the reported content violates Reddit's Content Policy' report message",
     why="statement about 'the reported content' with the echoed report naming one item; policy link not an item",
     items={R[0]: "removed"})

case(name="reddit-per-item-legal", **{"from": "legal@reddit.com"}, date="Tue, 17 Sep 2024 05:00:00 +0000",
     name_from="Reddit Legal", subject="Re: KCSC-240916-01", reply_to_req=RREQ,
     body=f"""Hello,

Thank you for your request. Our findings:

* Post {R[0]}: this does not violate Reddit's Content Policy and will remain up.
* Comment {R[1]}: removed by Reddit (Rule 3: personal information).

Reddit Legal
""", outcome="applied", classification="confirmation",
     imitates="Reddit legal per-item findings to a government requester",
     why="'does not violate ... will remain up' is a rejection; the comment is removed",
     items={R[0]: "rejected", R[1]: "removed"})

case(name="reddit-read-receipt", **{"from": "legal@reddit.com"}, date="Mon, 16 Sep 2024 02:30:00 +0000",
     name_from="Reddit Legal", subject="Read: KCSC-240916-01",
     raw_mime=mime([
         (["Content-Type: text/plain; charset=utf-8"],
          "Your message\n\n  To: legal@reddit.com\n  Subject: KCSC-240916-01\n  Sent: Monday, September 16, 2024 10:00 AM\n\nwas read on Monday, September 16, 2024 11:29 AM.\n"),
         (["Content-Type: message/disposition-notification"],
          "Reporting-UA: mail.reddit.com; Microsoft Outlook 16.0\nFinal-Recipient: rfc822; legal@reddit.com\nOriginal-Message-ID: <req-240916-01@kcsc.example>\nDisposition: manual-action/MDN-sent-manually; displayed\n"),
     ], "b18-mdn", "report; report-type=disposition-notification"),
     outcome="ignored",
     imitates="Outlook read receipt (MDN, multipart/report disposition-notification)",
     why="read receipt: ignored, says nothing about items",
     items={})

# ============================================================= Discord
DREQ = "req-240917-01"

case(name="discord-tns-actioned", **{"from": "trustandsafety@discord.com"}, date="Wed, 18 Sep 2024 02:00:00 +0000",
     name_from="Discord Trust & Safety", subject="Re: [Ticket #48213907] KCSC-240917-01", reply_to_req=DREQ,
     body=f"""Hello,

Thank you for reaching out to Discord Trust & Safety.

We have reviewed the message you reported and taken action: the message at
{D[0]} has been deleted and the account responsible has been actioned under our
Community Guidelines (https://discord.com/guidelines).

Users may appeal enforcement decisions at https://dis.gd/appeals.

Best,
Discord Trust & Safety
Ticket #48213907
""", outcome="applied", classification="confirmation",
     imitates="Discord Trust & Safety ticket reply ('we have reviewed ... and taken action'), Zendesk ticket number",
     why="message link wrapped to the next line after 'the message at'; guidelines and appeal links are not items",
     items={D[0]: "removed"})

case(name="discord-spoof-unknown", **{"from": "safety@discord-trust.net"}, date="Wed, 18 Sep 2024 05:00:00 +0000",
     name_from="Discord Trust & Safety", subject="KCSC-240917-01 resolved", reply_to_req=DREQ,
     body=f"""Hello,

The reported message {D[0]} has been removed.

Discord Trust & Safety
""", outcome="review", review="unknown_sender",
     imitates="spoofed Discord Trust & Safety reply from a look-alike domain",
     why="unknown sender domain claiming a removal of our item: must be seen, nothing applied",
     items={})

case(name="tiktok-out-of-office", **{"from": "s.park@tiktok.com"}, date="Fri, 13 Sep 2024 02:05:00 +0000",
     name_from="Seo-yeon Park", subject="Out of Office: KCSC-240913-01", reply_to_req=TREQ,
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     body="""Thank you for your email. I am currently on leave and will return on 23 September.
Your message will not be forwarded. For legal requests please contact legal-kr@tiktok.com.

Best regards,
Seo-yeon
""", outcome="ignored", classification="auto_reply",
     imitates="out-of-office auto-reply from a platform staff member",
     why="auto-reply: ignored",
     items={})

HEADER = """# Blind set 18 (issue 11): a general mix of English replies from X, YouTube,
# Meta, TikTok, Telegram, Reddit and Discord. Written by make.py from the case list;
# expected results come from each email's meaning, before the reader was run."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind18", HEADER, C)
    print(len(C), "cases")
