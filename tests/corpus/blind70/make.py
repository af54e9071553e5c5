#!/usr/bin/env python3
"""Blind set 70 (issue 11): a general mix as a regulator meets it, in English,
across seven platforms (X, YouTube, Meta, TikTok, Telegram, Reddit, Discord).

Written without reading the reader or any other set. Every expected result
was written here, from the meaning of each email, before anything was run.
Deterministic: `python3 tests/corpus/blind70/make.py` rewrites cases/,
expected.toml and requests.csv.
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
    "fb.com": "Meta",
    "meta.com": "Meta",
    "instagram.com": "Instagram",
    "facebookmail.com": "Facebook",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "redditmail.com": "Reddit",
    "discord.com": "Discord",
})

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/nightmkt_kr/status/1832911100000000101",
    "https://x.com/nightmkt_kr/status/1832911100000000102",
    "https://x.com/nightmkt_kr/status/1832911100000000103",
    "https://x.com/dealz_seoul/status/1832922200000000201",
    "https://x.com/dealz_seoul/status/1832922200000000202",
    "https://x.com/dealz_seoul/status/1832922200000000203",
    "https://x.com/pillshop_77/status/1832933300000000301",
    "https://x.com/pillshop_77/status/1832933300000000302",
    "https://x.com/moonlit_ads/status/1832944400000000401",
    "https://x.com/moonlit_ads/status/1832944400000000402",
    "https://x.com/moonlit_ads/status/1832944400000000403",
    "https://x.com/kr_betline/status/1832955500000000501",
    "https://x.com/kr_betline/status/1832955500000000502",
    "https://x.com/kr_betline/status/1832955500000000503",
]
Y = [
    "https://www.youtube.com/watch?v=Qm7rTb2Lx0a",
    "https://www.youtube.com/watch?v=Zp4KcW9sN1b",
    "https://www.youtube.com/shorts/Hd8fVq3Ye2c",
    "https://www.youtube.com/watch?v=Lr2nJx6Ub3d",
    "https://youtu.be/Wc5gPs1Ro4e",
]
M = [
    "https://www.facebook.com/fakeloanhub/posts/pfbid02FakeXq1r2s3t4u5v6w7x8y9zAbCdEfl",
    "https://www.instagram.com/p/C9fAkEpOsT1/",
    "https://www.instagram.com/reel/C9fAkErEeL2/",
    "https://www.facebook.com/groups/fakeinvestclub/permalink/1234567890123456/",
]
T = [
    "https://www.tiktok.com/@fake.kdeals/video/7412345678901234561",
    "https://www.tiktok.com/@fake.kdeals/video/7412345678901234562",
    "https://www.tiktok.com/@not.a.real.shop/video/7413456789012345673",
]
G = [
    "https://t.me/fake_kr_market/1184",
    "https://t.me/fake_kr_market/1190",
]
R = [
    "https://www.reddit.com/r/fakekoreadeals/comments/1fhx2ab/cheap_documents_for_sale/",
]
D = [
    "https://discord.com/channels/1181234567890123456/1181234567890123999/1284567890123456789",
    "https://discord.gg/fakeinvite77",
]

REQUESTS = [
    # ref, platform, sent, due, category, urls
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", "illegal_gambling", X),
    ("KCSC-240910-01", "youtube", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", "fraud", Y),
    ("KCSC-240911-01", "meta", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00", "fraud", M),
    ("KCSC-240912-01", "tiktok", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00", "drugs", T),
    ("KCSC-240913-01", "telegram", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", "drugs", G),
    ("KCSC-240916-01", "reddit", "2024-09-16T15:00:00+09:00", "2024-09-23T18:00:00+09:00", "forged_documents", R),
    ("KCSC-240917-01", "discord", "2024-09-17T10:30:00+09:00", "2024-09-24T18:00:00+09:00", "fraud", D),
]


def msgid(ref):
    return "req-" + ref[5:]  # KCSC-240909-01 -> req-240909-01


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{msgid(ref)}@kcsc.example>", "blind70"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    """Our own request as a platform's mail client quotes it."""
    lines = [
        f"Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of",
        f"the following content under request {ref}:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please remove or block the content and report the result.",
              "", "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def outlook_quote(ref, urls, date):
    return (
        "-----Original Message-----\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        f"Sent: {date}\n"
        "Subject: Request for removal " + ref + "\n\n"
        + quoted_request(ref, urls, prefix="")
    )


B = "b70-boundary-"


def alternative(plain, html, n, plain_cte="8bit", html_cte="8bit"):
    def part(ctype, text, cte):
        if cte == "quoted-printable":
            body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
        elif cte == "base64":
            raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
            body = "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))
        else:
            body = text
        return (f"Content-Type: {ctype}; charset=utf-8\n"
                f"Content-Transfer-Encoding: {cte}\n\n{body.strip(chr(10))}\n")
    b = B + n
    return (f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
            f"--{b}\n{part('text/plain', plain, plain_cte)}"
            f"--{b}\n{part('text/html', html, html_cte)}"
            f"--{b}--\n")


def with_attachment(text, fname, ctype, data, n):
    b = B + n
    raw = base64.b64encode(data).decode("ascii")
    enc = "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))
    return (f'Content-Type: multipart/mixed; boundary="{b}"\n\n'
            f"--{b}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n{text.strip(chr(10))}\n"
            f"--{b}\nContent-Type: {ctype}; name=\"{fname}\"\n"
            f"Content-Disposition: attachment; filename=\"{fname}\"\n"
            f"Content-Transfer-Encoding: base64\n\n{enc}\n"
            f"--{b}--\n")


def xlsx(rows):
    """A minimal, deterministic XLSX (inline strings, fixed zip timestamps)."""
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    cols = "ABCDEFG"
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(
            f'<c r="{cols[c]}{r}" t="inlineStr"><is><t>{esc(v)}</t></is></c>'
            for c, v in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>',
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Results" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>',
        "xl/worksheets/sheet1.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + "".join(sheet_rows) + '</sheetData></worksheet>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 9, 14, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))
    return out.getvalue()


X_FOOTER = """X Corp.
Legal Department
https://help.x.com/en/rules-and-policies/x-rules
https://legal.x.com/en/country-withheld-content.html"""

YT_FOOTER = """Regards,
The YouTube Legal Support Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about
important changes to your report. https://support.google.com/legal"""

META_FOOTER = """Meta Platforms, Inc., Attention: Community Support, 1 Meta Way,
Menlo Park, CA 94025. This message was sent to takedown@kcsc.example.
Privacy Policy: https://www.facebook.com/privacy/policy/"""

TT_FOOTER = """TikTok Trust and Safety
Community Guidelines: https://www.tiktok.com/community-guidelines
Law enforcement & government requests: https://www.tiktok.com/legal/page/global/law-enforcement"""

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======== X (KCSC-240909-01, 14 items) ========
case(
    name="x-withheld-in-korea-list",
    from_="legal-kr@x.com", date="Tue, 10 Sep 2024 06:12:40 +0000",
    subject="Re: Request for removal KCSC-240909-01 [ref:_00Dx1.KR4821:ref]",
    reply_to_req="req-240909-01",
    body=f"""Hello,

We have received your legal request (ref KCSC-240909-01).

Having reviewed the request, we have withheld the following posts in
South Korea:

{X[0]}
{X[1]}
{X[2]}

The posts remain available outside South Korea. For more on how X withholds
content in particular countries, please see our country withheld content
policy linked below.

Kind regards,
{X_FOOTER}
""",
    outcome="applied", classification="confirmation",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted"},
    imitates="X legal request outcome: country-withheld content notice (help.x.com / legal.x.com withheld-in-country template)",
    why="an intro 'we have received your legal request' plus an unhedged 'withheld in South Korea' list: restricted, policy links are not items",
)

case(
    name="x-rules-violation-removed-bullets",
    from_="legal-kr@x.com", date="Wed, 11 Sep 2024 02:33:05 +0000",
    subject="Re: Request for removal KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hi there,

Thank you for your report. After reviewing the content below, we found that
it violated the X Rules, specifically our policy on illegal or certain
regulated goods or services, and it has been removed:

  • {X[3]}
  • {X[4]}
  • {X[5]}

Thanks,
X Support
https://help.x.com/en/rules-and-policies/regulated-goods-services
""",
    outcome="applied", classification="confirmation",
    items={X[3]: "removed", X[4]: "removed", X[5]: "removed"},
    imitates="X Support 'we found it violated the X Rules' report outcome email with bulleted post links",
    why="bulleted list after 'it has been removed': three removals; the help link is not an item",
)

case(
    name="x-per-line-mixed-outcomes",
    from_="legal-kr@x.com", date="Thu, 12 Sep 2024 08:01:17 +0000",
    subject="Re: Request for removal KCSC-240909-01 - outcome",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Please find below the outcome of our review of your request KCSC-240909-01.

{X[6]} - Withheld in KR
{X[7]} - No action taken. We did not find this post to be in violation of the X Rules or local law.
{X[8]} - Unable to locate; the post does not exist.

If you have additional information regarding the post for which no action
was taken, you may submit a new report.

Regards,
{X_FOOTER}
""",
    outcome="applied", classification="confirmation",
    items={X[6]: "restricted", X[7]: "rejected", X[8]: "not_found"},
    imitates="X legal team per-URL outcome list ('Withheld in KR' / 'No action' / 'unable to locate') as quoted in transparency discussions",
    why="one status per line, three different statuses",
)

case(
    name="x-status-below-bare-url",
    from_="legal-kr@x.com", date="Fri, 13 Sep 2024 04:44:09 +0000",
    subject="Case 0312-KR: KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Our review of the reported content is complete.

{X[9]}
This post has been removed for violating the X Rules.

{X[10]}
This post was already deleted by the account holder before our review.

Best,
X Legal
""",
    outcome="applied", classification="confirmation",
    items={X[9]: "removed", X[10]: "not_found"},
    imitates="X Support case reply with the decision on the line below each bare post URL",
    why="status on the line below a bare URL; 'already deleted by the account holder' is not_found",
)

case(
    name="x-echoed-report-below-statement",
    from_="legal-kr@x.com", date="Fri, 13 Sep 2024 09:20:51 +0000",
    subject="Your report to X [Case 0345-KR]",
    reply_to_req="req-240909-01",
    body=f"""Hello,

We've withheld access to the reported content in South Korea in response to
your legal demand.

---------- Report details ----------
Reporter: KCSC Takedown Desk
Legal basis: Act on Promotion of Information and Communications Network
Utilization and Information Protection, Art. 44-7
Reported URLs:
{X[11]}
{X[12]}
------------------------------------

X Legal
https://legal.x.com/en/country-withheld-content.html
""",
    outcome="applied", classification="confirmation",
    items={X[11]: "restricted", X[12]: "restricted"},
    imitates="X legal notice stating the action about 'the reported content' followed by an echoed report (reported URLs block)",
    why="the statement is about 'the reported content' and the platform's own echo lists the two posts",
)

case(
    name="x-html-table-results",
    from_="legal-kr@x.com", date="Sat, 14 Sep 2024 01:05:33 +0000",
    subject="Re: Request for removal KCSC-240909-01",
    reply_to_req="req-240909-01",
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Thank you for contacting X. The results of our review are listed below.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{X[13]}">{X[13]}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X[0]}">{X[0]}</a></td><td>Removed</td><td>Global</td></tr>
</table>
<p>For more information see <a href="https://help.x.com/en/rules-and-policies/enforcement-options">our enforcement options</a>.</p>
<p>X Legal</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    items={X[13]: "restricted", X[0]: "removed"},
    imitates="X legal outcome as an HTML table (URL / action / scope), enforcement-options help link",
    why="HTML table rows: withheld in Korea = restricted, removed globally = removed",
)

case(
    name="x-csv-attachment",
    from_="legal-kr@x.com", date="Sun, 15 Sep 2024 03:30:00 +0000",
    subject="Re: Request for removal KCSC-240909-01 - results attached",
    reply_to_req="req-240909-01",
    raw_mime=with_attachment(
        """Hello,

The outcome for each URL of your request KCSC-240909-01 is in the attached
CSV file.

X Legal
""",
        "KCSC-240909-01_results.csv", "text/csv",
        ("url,action,country,notes\n"
         f"{X[1]},withheld,KR,Illegal under local law\n"
         f"{X[4]},removed,ALL,Violation of X Rules\n"
         f"{X[7]},no action,,Not in violation\n").encode("utf-8"),
        "x-csv"),
    outcome="applied", classification="confirmation",
    items={X[1]: "restricted", X[4]: "removed", X[7]: "rejected"},
    imitates="X legal results spreadsheet sent as a CSV attachment (url, action, country)",
    why="statuses only in the CSV attachment",
)

case(
    name="x-top-posted-over-quoted-request",
    from_="legal-kr@x.com", date="Mon, 16 Sep 2024 05:10:12 +0000",
    subject="Re: Request for removal KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hello,

{X[2]} has been withheld in South Korea. The remaining posts from your
request are still under review and we will follow up separately.

X Legal

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240909-01", X)}
""",
    outcome="applied", classification="confirmation",
    items={X[2]: "restricted"},
    imitates="X legal reply top-posted above a Gmail-style 'On ... wrote:' quote of our request",
    why="only the one named post is withheld; 'the remaining posts ... under review' and the quoted list change nothing",
)

case(
    name="x-hedged-future",
    from_="legal-kr@x.com", date="Tue, 17 Sep 2024 07:45:00 +0000",
    subject="Re: Request for removal KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Thanks for your patience. Our team is still assessing the posts below under
applicable local law. If we determine they are unlawful in South Korea, we
may withhold them in that country.

{X[9]}
{X[12]}

We will update you once a decision has been made.

X Legal
""",
    outcome="review", review="not_understood",
    items={},
    imitates="X legal interim update ('still assessing', 'may withhold') naming the reported posts",
    why="names two requested posts but only states a possible future action: nothing applied, must be seen",
)

case(
    name="x-lookalike-domain",
    from_="legal@x-legal-support.com", date="Wed, 18 Sep 2024 11:02:19 +0000",
    subject="Re: Request for removal KCSC-240909-01",
    reply_to_req="req-240909-01",
    name_from="X Legal",
    body=f"""Hello,

The following posts have been removed from X:

{X[3]}
{X[6]}

X Legal
""",
    outcome="review", review="unknown_sender",
    items={},
    imitates="X legal removal confirmation sent from a look-alike domain (spoof)",
    why="authenticated but the domain is not one of X's senders: nothing applied, the claim must be seen",
)

case(
    name="x-out-of-office",
    from_="j.park@x.com", date="Mon, 09 Sep 2024 01:05:00 +0000",
    subject="Automatic reply: Request for removal KCSC-240909-01",
    reply_to_req="req-240909-01",
    name_from="Jiwon Park",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until 16 September with
limited access to email. For legal requests please write to legal-kr@x.com.

Jiwon
""",
    outcome="ignored", classification="auto_reply",
    items={},
    imitates="Outlook 'Automatic reply' out-of-office message",
    why="a recognised auto-reply says nothing about items",
)

# ======== YouTube (KCSC-240910-01, 5 items) ========
case(
    name="yt-blocked-in-korea",
    from_="legal-support@google.com", date="Wed, 11 Sep 2024 10:14:03 +0000",
    subject="[7-1234000030987] Re: Legal removal request KCSC-240910-01",
    reply_to_req="req-240910-01",
    body=f"""Hello,

Thanks for reaching out to us.

In response to your request, we have blocked the following content from
view on YouTube in South Korea:

- {Y[0]}
- {Y[1]}

{YT_FOOTER}
""",
    outcome="applied", classification="confirmation",
    items={Y[0]: "restricted", Y[1]: "restricted"},
    imitates="YouTube/Google legal support 'we have blocked the content from view on YouTube in [country]' notice",
    why="country block is a restriction; the support.google.com link is not an item",
)

case(
    name="yt-removed-guidelines",
    from_="no-reply@youtube.com", date="Thu, 12 Sep 2024 00:20:44 +0000",
    subject="Update on your YouTube report",
    reply_to_req="req-240910-01",
    body=f"""Hi KCSC Takedown Desk,

Thanks for reporting content that you felt may violate our Community
Guidelines. We reviewed the content and removed it from YouTube.

Video you reported: {Y[2]}

Learn more about our Community Guidelines:
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

- The YouTube Team

(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
    outcome="applied", classification="confirmation",
    items={Y[2]: "removed"},
    imitates="YouTube 'Update on your report' email (reviewed the content and removed it), echoed 'Video you reported'",
    why="statement about 'the content' with the echoed video link below it",
)

case(
    name="yt-age-restricted-and-no-violation",
    from_="legal-support@google.com", date="Fri, 13 Sep 2024 06:55:21 +0000",
    subject="[7-1234000030987] Re: Legal removal request KCSC-240910-01",
    reply_to_req="req-240910-01",
    body=f"""Hello,

We have reviewed the content you reported.

{Y[3]}
We've age-restricted this video. It will not be visible to users who are
signed out, under 18, or have Restricted Mode enabled.

{Y[4]}
After careful review, we have decided not to take action on this video, as
it does not violate our policies and we were unable to identify a clear
legal basis for removal. It will remain available on YouTube.

{YT_FOOTER}
""",
    outcome="applied", classification="confirmation",
    items={Y[3]: "restricted", Y[4]: "rejected"},
    imitates="YouTube age-restriction notice and Google legal 'decided not to take action' reply",
    why="age restriction is restricted; a negated action with a reason is a rejection",
)

case(
    name="yt-qp-multipart-removed",
    from_="legal-support@google.com", date="Sat, 14 Sep 2024 02:02:02 +0000",
    subject="[7-1234000031555] Re: Legal removal request KCSC-240910-01",
    reply_to_req="req-240910-01",
    raw_mime=alternative(
        f"""Hello,

After reviewing your request, we have removed the following videos from
YouTube globally because they violate our policy on harmful or dangerous
content and scams:

{Y[0]}
{Y[1]}

Regards,
The YouTube Legal Support Team
""",
        f"""<html><body><p>Hello,</p><p>After reviewing your request, we have
removed the following videos from YouTube globally because they violate our
policy on harmful or dangerous content and scams:</p>
<ul><li><a href="{Y[0]}">{Y[0]}</a></li>
<li><a href="{Y[1]}">{Y[1]}</a></li></ul>
<p>Regards,<br>The YouTube Legal Support Team</p></body></html>""",
        "yt-qp", plain_cte="quoted-printable", html_cte="quoted-printable"),
    outcome="applied", classification="confirmation",
    items={Y[0]: "removed", Y[1]: "removed"},
    imitates="Google legal support multipart/alternative reply (quoted-printable) listing removed videos",
    why="quoted-printable encoded parts must be decoded; two removals",
)

case(
    name="yt-url-below-statement",
    from_="legal-support@google.com", date="Sun, 15 Sep 2024 08:41:00 +0000",
    subject="[7-1234000031555] Re: Legal removal request KCSC-240910-01",
    reply_to_req="req-240910-01",
    body=f"""Hello,

The following video has been removed by the uploader and is no longer
available on YouTube:
{Y[4]}

No further action is required from us.

{YT_FOOTER}
""",
    outcome="applied", classification="confirmation",
    items={Y[4]: "not_found"},
    imitates="Google legal support note that the reported video was already removed by the uploader",
    why="URL on the line below its statement; removed by the uploader (not by YouTube) = not_found",
)

case(
    name="yt-dmarc-fail",
    from_="legal-support@google.com", date="Mon, 16 Sep 2024 12:12:12 +0000",
    subject="Re: Legal removal request KCSC-240910-01",
    reply_to_req="req-240910-01",
    auth="fail",
    body=f"""Hello,

We have removed the following content from YouTube:

{Y[2]}
{Y[3]}

{YT_FOOTER}
""",
    outcome="review", review="untrusted",
    items={},
    imitates="Google legal removal confirmation failing DMARC (spoofed google.com)",
    why="a perfect confirmation that fails DMARC must not be applied but seen",
)

case(
    name="yt-case-receipt",
    from_="legal-support@google.com", date="Tue, 10 Sep 2024 02:05:11 +0000",
    subject="[7-1234000030987] Legal removal request KCSC-240910-01 received",
    reply_to_req="req-240910-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thank you for contacting Google. This is an automated message to confirm
that we have received your request. Your case ID is 7-1234000030987; please
keep it in the subject line of any reply.

Our team reviews every request and will get back to you if we need more
information.

The Google Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    items={},
    imitates="Google legal webform automated receipt with case ID",
    why="a pure receipt that says nothing about any item",
)

# ======== Meta (KCSC-240911-01, 4 items) ========
case(
    name="meta-restricted-in-country",
    from_="records@fb.com", date="Thu, 12 Sep 2024 03:33:33 +0000",
    subject="Re: KCSC-240911-01 content restriction request",
    reply_to_req="req-240911-01",
    body=f"""Hello,

Thank you for your report. Following a legal review, we have restricted
access to the following content in South Korea, as it appears to violate
local law:

{M[0]}
{M[3]}

The content remains available in other countries because it does not go
against our Community Standards. You can learn more about how we respond to
government requests at https://transparency.meta.com/reports/content-restrictions/

Regards,
Meta Content Restrictions Team

{META_FOOTER}
""",
    outcome="applied", classification="confirmation",
    items={M[0]: "restricted", M[3]: "restricted"},
    imitates="Meta 'we restricted access to this content in [country]' legal restriction notice (Facebook help centre wording)",
    why="country restriction; 'not against our Community Standards' explains why it is not removed globally, not a rejection",
)

case(
    name="meta-ig-removed-echo",
    from_="no-reply@instagram.com", date="Fri, 13 Sep 2024 07:07:07 +0000",
    subject="We removed the post you reported",
    reply_to_req="req-240911-01",
    body=f"""Thanks for your report - we removed the post.

We reviewed the post you reported and removed it because it goes against
our Community Guidelines on fraud and scams.

Your report
  Reported on: 11 September 2024
  Content: {M[1]}
  Reason: Scam or fraud

See Instagram Community Guidelines: https://help.instagram.com/477434105621119

Meta
{META_FOOTER}
""",
    outcome="applied", classification="confirmation",
    items={M[1]: "removed"},
    imitates="Instagram support inbox 'We removed the post you reported' with the echoed report",
    why="statement about 'the post you reported' with the echoed report naming it",
)

case(
    name="meta-not-located",
    from_="records@fb.com", date="Fri, 13 Sep 2024 10:00:41 +0000",
    subject="Re: KCSC-240911-01 content restriction request",
    reply_to_req="req-240911-01",
    body=f"""Hello,

We were unable to locate the content at the URL you provided. It may have
been deleted, or the link may be incorrect:

{M[2]}

If you believe the content is still available, please send us a working
link or a screenshot.

Meta Content Restrictions Team
""",
    outcome="applied", classification="confirmation",
    items={M[2]: "not_found"},
    imitates="Meta legal reply 'we were unable to locate the content at the URL you provided'",
    why="could not locate = not_found; the invitation to resend is not a request for information about an item still pending",
)

case(
    name="meta-outlook-quoted-original",
    from_="records@fb.com", date="Sat, 14 Sep 2024 09:09:09 +0000",
    subject="RE: Request for removal KCSC-240911-01",
    reply_to_req="req-240911-01",
    body=f"""Hello,

The Facebook post at {M[0]} has been removed for violating our Community
Standards on fraud, scams and deceptive practices.

Regards,
Meta Content Restrictions Team

{outlook_quote("KCSC-240911-01", M, "Wednesday, September 11, 2024 9:30 AM")}
""",
    outcome="applied", classification="confirmation",
    items={M[0]: "removed"},
    imitates="Meta reply above an Outlook '-----Original Message-----' quote of our request",
    why="only the first post is named in the platform's words; the quoted request list changes nothing",
)

case(
    name="meta-asks-legal-basis",
    from_="records@fb.com", date="Sun, 15 Sep 2024 05:25:00 +0000",
    subject="Re: KCSC-240911-01 content restriction request",
    reply_to_req="req-240911-01",
    body=f"""Hello,

Before we can assess the content below, please provide the specific
provision of Korean law that it violates and, where available, a copy of
the official decision:

{M[1]}
{M[2]}

Once we receive this information we will continue our review.

Meta Content Restrictions Team
""",
    outcome="review", classification="request_for_info", review="asks_more",
    items={},
    imitates="Meta legal team request for the legal basis / court order before acting",
    why="asks for more information about two items: no status, must be seen",
)

case(
    name="meta-read-receipt",
    from_="records@fb.com", date="Wed, 11 Sep 2024 01:00:10 +0000",
    subject="Read: Request for removal KCSC-240911-01",
    reply_to_req="req-240911-01",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="{B}mdn"

--{B}mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: records@fb.com
  Subject: Request for removal KCSC-240911-01
  Sent: Wednesday, September 11, 2024 9:30:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 11, 2024 10:00:10 AM (UTC+09:00) Seoul.
--{B}mdn
Content-Type: message/disposition-notification

Reporting-UA: fb.com; Microsoft Exchange Server 2019
Final-Recipient: rfc822;records@fb.com
Original-Message-ID: <req-240911-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
--{B}mdn--
""",
    outcome="ignored",
    items={},
    imitates="Exchange read receipt (MDN, multipart/report disposition-notification)",
    why="read receipts are ignored",
)

# ======== TikTok (KCSC-240912-01, 3 items) ========
case(
    name="tiktok-numbered-mixed",
    from_="legal-kr@tiktok.com", date="Fri, 13 Sep 2024 09:45:12 +0000",
    subject="Re: KCSC-240912-01 [Ticket 4471023]",
    reply_to_req="req-240912-01",
    body=f"""Dear KCSC team,

Thank you for your report. We have reviewed the videos and taken the
following actions:

1. {T[0]} - removed for violating our Community Guidelines (regulated goods)
2. {T[1]} - access restricted in South Korea under local law
3. {T[2]} - no violation found; the video remains on the platform

{TT_FOOTER}
""",
    outcome="applied", classification="confirmation",
    items={T[0]: "removed", T[1]: "restricted", T[2]: "rejected"},
    imitates="TikTok legal/T&S numbered outcome list per video",
    why="numbered list with three different statuses",
)

case(
    name="tiktok-base64-html-removed",
    from_="no-reply@tiktok.com", date="Sat, 14 Sep 2024 11:11:11 +0000",
    subject="Update on your report",
    reply_to_req="req-240912-01",
    raw_mime=alternative(
        f"""Your report has been reviewed

We have reviewed your report and found a violation of our Community
Guidelines. The video has been removed.

Reported video: {T[2]}

Thank you for helping us keep TikTok safe.
""",
        f"""<html><body><h2>Your report has been reviewed</h2>
<p>We have reviewed your report and found a violation of our Community
Guidelines. The video has been removed.</p>
<p>Reported video: <a href="{T[2]}">{T[2]}</a></p>
<p>Thank you for helping us keep TikTok safe.</p></body></html>""",
        "tt-b64", plain_cte="base64", html_cte="base64"),
    outcome="applied", classification="confirmation",
    items={T[2]: "removed"},
    imitates="TikTok 'Your report has been reviewed ... The video has been removed' inbox notification (base64 parts)",
    why="base64 multipart/alternative; 'the video' = the reported video echoed below",
)

case(
    name="tiktok-partly-done",
    from_="legal-kr@tiktok.com", date="Sun, 15 Sep 2024 04:04:04 +0000",
    subject="Re: KCSC-240912-01 [Ticket 4471023]",
    reply_to_req="req-240912-01",
    body=f"""Dear KCSC team,

We have removed {T[0]} for violating our Community Guidelines.

{T[1]} is still being assessed by our local legal team; we will let you know
the outcome as soon as possible.

{TT_FOOTER}
""",
    outcome="applied", classification="confirmation",
    items={T[0]: "removed"},
    imitates="TikTok legal partial answer: one video removed, another still being assessed",
    why="the removal applies; the item under assessment stays pending",
)

case(
    name="tiktok-ticket-received",
    from_="no-reply@tiktok.com", date="Thu, 12 Sep 2024 05:01:30 +0000",
    subject="We've received your request [Ticket 4471023]",
    reply_to_req="req-240912-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hi,

We've received your request and a ticket has been created (Ticket 4471023).
Our team will review it and respond as soon as possible. Please do not reply
to this email.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    items={},
    imitates="TikTok support ticket-created auto-acknowledgement",
    why="pure ticket receipt",
)

case(
    name="tiktok-bounce",
    from_="mailer-daemon@mx.tiktok-legal-relay.example", date="Thu, 12 Sep 2024 05:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    name_from="Mail Delivery System",
    auth="none",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="{B}dsn"

--{B}dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.tiktok-legal-relay.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-old@tiktok.com>: host mx.tiktok-legal-relay.example said:
    550 5.1.1 <legal-kr-old@tiktok.com>: Recipient address rejected: User
    unknown in virtual mailbox table
--{B}dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.tiktok-legal-relay.example
Arrival-Date: Thu, 12 Sep 2024 05:00:01 +0000

Final-Recipient: rfc822; legal-kr-old@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
--{B}dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@tiktok.com
Subject: Request for removal KCSC-240912-01
Message-ID: <req-240912-01@kcsc.example>
--{B}dsn--
""",
    outcome="ignored", classification="bounce",
    items={},
    imitates="Postfix 'Undelivered Mail Returned to Sender' DSN for our request",
    why="a bounce is ignored whoever sends it",
)

# ======== Telegram (KCSC-240913-01, 2 items) ========
case(
    name="tg-abuse-taken-down",
    from_="abuse@telegram.org", date="Sat, 14 Sep 2024 13:13:13 +0000",
    subject="Re: Request for removal KCSC-240913-01",
    reply_to_req="req-240913-01",
    body=f"""Hello,

Thank you for your report. The following content has been taken down:

{G[0]}
{G[1]}

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    items={G[0]: "removed", G[1]: "removed"},
    imitates="Telegram abuse desk short reply ('the content has been taken down')",
    why="short abuse-desk confirmation with a list below it",
)

case(
    name="tg-will-look-into",
    from_="abuse@telegram.org", date="Sun, 15 Sep 2024 09:00:00 +0000",
    subject="Re: Request for removal KCSC-240913-01",
    reply_to_req="req-240913-01",
    body=f"""Hi,

Thanks, we will look into {G[0]} and {G[1]} and take action where
appropriate.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    items={},
    imitates="Telegram abuse desk 'we will look into it' reply naming the messages",
    why="names both items but only promises to look: must not be ignored as an acknowledgement",
)

case(
    name="tg-blocked-mixed-not-found",
    from_="dsa@telegram.org", date="Mon, 16 Sep 2024 10:10:10 +0000",
    subject="Re: Request for removal KCSC-240913-01",
    reply_to_req="req-240913-01",
    body=f"""Hello,

The message at {G[0]} was blocked for violating the Telegram Terms of
Service. The message {G[1]} could not be found; it appears to have been
deleted by the channel owner.

Telegram
https://telegram.org/tos
""",
    outcome="applied", classification="confirmation",
    items={G[0]: "removed", G[1]: "not_found"},
    imitates="Telegram DSA point of contact reply with one blocked and one missing message",
    why="two sentences, one per item; 'appears to have been deleted by the channel owner' after 'could not be found' is not_found",
)

# ======== Reddit (KCSC-240916-01, 1 item) ========
case(
    name="reddit-removed-echo",
    from_="noreply@redditmail.com", date="Tue, 17 Sep 2024 02:30:00 +0000",
    subject="Update on your report",
    reply_to_req="req-240916-01",
    body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After
investigating, we've found that the reported content violates Reddit's
Content Policy and have removed it.

Here is what you reported:
  {R[0]}
  Report reason: Illegal or prohibited transactions

Thanks again for your report and for helping to keep Reddit safe.

-Reddit Safety
https://www.redditinc.com/policies/content-policy
""",
    outcome="applied", classification="confirmation",
    items={R[0]: "removed"},
    imitates="Reddit admin report outcome message ('we've found that the reported content violates Reddit's Content Policy')",
    why="statement about 'the reported content' followed by the echoed report",
)

case(
    name="reddit-no-violation",
    from_="legal@reddit.com", date="Wed, 18 Sep 2024 06:06:06 +0000",
    subject="Re: Request for removal KCSC-240916-01",
    reply_to_req="req-240916-01",
    body=f"""Hello,

We reviewed the post at {R[0]} and did not find a violation of Reddit's
Content Policy. We have also considered your request under local law and
are unable to take action based on the information provided, so the post
remains up.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    items={R[0]: "rejected"},
    imitates="Reddit legal 'did not find a violation ... unable to take action' reply",
    why="negated action with a reason: rejected (arguable: 'based on the information provided' could invite more information)",
)

case(
    name="reddit-claims-discord-items",
    from_="legal@reddit.com", date="Wed, 18 Sep 2024 08:00:00 +0000",
    subject="Re: Request for removal KCSC-240917-01",
    body=f"""Hello,

We have removed the following content:

{D[0]}

Reddit Legal
""",
    outcome="review", review="wrong_platform",
    items={},
    imitates="trusted platform reply that names another platform's item",
    why="a Reddit-authenticated email cannot set the status of a Discord item",
)

# ======== Discord (KCSC-240917-01, 2 items) ========
case(
    name="discord-tns-removed",
    from_="legal@discord.com", date="Wed, 18 Sep 2024 03:15:00 +0000",
    subject="Re: Request for removal KCSC-240917-01 [#29384756]",
    reply_to_req="req-240917-01",
    body=f"""Hello,

Thank you for reaching out to Discord. Our Trust & Safety team has reviewed
your report and taken action: the message at

{D[0]}

has been removed, and the server at {D[1]} has been removed from Discord.

You can read more about our enforcement actions at
https://discord.com/safety/360044159011-what-actions-we-take

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    items={D[0]: "removed", D[1]: "removed"},
    imitates="Discord Trust & Safety reply ('taken action', removing content / removing a server)",
    why="the message removed and the invited server removed; the safety article link is not an item",
)

case(
    name="discord-dealt-with",
    from_="legal@discord.com", date="Thu, 19 Sep 2024 01:00:00 +0000",
    subject="Re: Request for removal KCSC-240917-01 [#29384756]",
    reply_to_req="req-240917-01",
    body=f"""Hi,

Thanks for the report about {D[1]}. We've dealt with it accordingly in line
with our Community Guidelines. Due to privacy reasons we can't share the
details of the actions taken.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    items={},
    imitates="Discord T&S 'appropriate action has been taken; we cannot share details' reply",
    why="'dealt with accordingly' without saying what was done: a clerk would not know which status to record",
)

# ======== more mixed cases ========
case(
    name="x-acknowledgement-plus-statement",
    from_="legal-kr@x.com", date="Tue, 17 Sep 2024 10:20:00 +0000",
    subject="Re: Request for removal KCSC-240909-01 [Case 0398-KR]",
    reply_to_req="req-240909-01",
    body=f"""Hello,

We have received your report and a case has been created (Case 0398-KR).
Having reviewed it, we have already removed {X[10]}, which violated our
rules on illegal goods and services.

X Legal
""",
    outcome="applied", classification="confirmation",
    items={X[10]: "removed"},
    imitates="X legal case receipt that also carries the decision on one post",
    why="an acknowledgement phrase with an unhedged statement is not an acknowledgement",
)

case(
    name="x-xlsx-attachment",
    from_="legal-kr@x.com", date="Wed, 18 Sep 2024 04:04:00 +0000",
    subject="Re: Request for removal KCSC-240909-01 - status report",
    reply_to_req="req-240909-01",
    raw_mime=with_attachment(
        """Hello,

Please see the attached spreadsheet with the status of each reported post.

X Legal
""",
        "KCSC-240909-01_status.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        xlsx([
            ["Reported URL", "Action taken", "Country"],
            [X[5], "Withheld", "KR"],
            [X[8], "Removed", "Global"],
            [X[11], "Not found", ""],
        ]),
        "x-xlsx"),
    outcome="applied", classification="confirmation",
    items={X[5]: "restricted", X[8]: "removed", X[11]: "not_found"},
    imitates="X legal status spreadsheet sent as an XLSX attachment",
    why="statuses only in the XLSX attachment (three statuses)",
)

case(
    name="yt-unknown-sender-claims",
    from_="kr.takedown.team@gmail.com", date="Thu, 19 Sep 2024 02:00:00 +0000",
    subject="Re: Legal removal request KCSC-240910-01",
    name_from="YouTube Korea Team",
    reply_to_req="req-240910-01",
    body=f"""Hello,

On behalf of YouTube we confirm that {Y[3]} has been removed.

YouTube Korea Team
""",
    outcome="review", review="unknown_sender",
    items={},
    imitates="impersonation: a freemail sender claiming to speak for YouTube",
    why="unknown sender naming one of our items: must be seen, never applied",
)

case(
    name="meta-under-review",
    from_="records@fb.com", date="Mon, 16 Sep 2024 23:00:00 +0000",
    subject="Re: KCSC-240911-01 content restriction request",
    reply_to_req="req-240911-01",
    body=f"""Hello,

The content you reported at {M[3]} is currently under review by our legal
team. We will respond once our review is complete.

Meta Content Restrictions Team
""",
    outcome="review", review="not_understood",
    items={},
    imitates="Meta legal interim 'currently under review' reply naming the item",
    why="names a requested item with no decision: not ignored, not applied",
)

case(
    name="tiktok-ooo-auto-reply",
    from_="s.kim@tiktok.com", date="Fri, 13 Sep 2024 00:00:30 +0000",
    subject="Out of Office: Re: KCSC-240912-01",
    name_from="Sora Kim",
    reply_to_req="req-240912-01",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""Hi, I'm away until Monday 16 September. Your message has not been forwarded.
For urgent legal matters please contact legal-kr@tiktok.com.
""",
    outcome="ignored", classification="auto_reply",
    items={},
    imitates="Google Workspace out-of-office auto-reply",
    why="auto-reply says nothing about items",
)

case(
    name="reddit-quoted-removed-only",
    from_="legal@reddit.com", date="Tue, 17 Sep 2024 09:00:00 +0000",
    subject="Re: Request for removal KCSC-240916-01",
    reply_to_req="req-240916-01",
    body=f"""Hello,

Thanks, we've passed this along to the appropriate team.

Reddit Legal

> On Mon, Sep 16, 2024 at 3:00 PM KCSC Takedown wrote:
> Please remove the following post and report the result (removed /
> blocked / not found) to this address:
> {R[0]}
""",
    outcome="ignored", classification="acknowledgement",
    items={},
    imitates="Reddit legal 'passed along to the appropriate team' reply over our quoted request",
    why="pure acknowledgement; the URL and 'removed' appear only in our quoted text (arguable: could be review, see NOTES)",
)


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        cases.append(c)
    corpuslib.write_set(
        HERE, "blind70",
        "# Blind set 70 (issue 11): general English mix, seven platforms.\n"
        "# Generated by make.py; expected results written from meaning before any run.\n",
        cases)


if __name__ == "__main__":
    main()
