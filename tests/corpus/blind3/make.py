#!/usr/bin/env python3
"""Third BLIND set (issue 11): English-language platforms and hosts.

    python3 tests/corpus/blind3/make.py

Writes cases/*.eml and expected.toml from the case list below. Every
expected result was written here from the email's meaning before the reader
was ever run on it (the author had not read the reader nor the other sets'
case texts). Each case names in `imitates` the public notice or template
whose layout, key phrasings and boilerplate it imitates; all wording is our
own, all URLs, handles, ticket numbers and people are fictional.

Deterministic: no clock, no randomness; the XLSX is built by hand with
fixed zip timestamps; base64/quoted-printable come from the stdlib.
"""
import base64
import io
import os
import quopri
import sys
import zipfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

# --------------------------------------------------------------------------
# Items (must equal requests.csv, which this script also writes)
# --------------------------------------------------------------------------
X = [f"https://x.com/nightowl_k22/status/18330123456789012{n:02d}" for n in range(1, 6)] + \
    [f"https://x.com/blurfeed_07/status/18330123456789013{n:02d}" for n in range(1, 6)] + \
    [f"https://x.com/hanriver_clips/status/18330123456789014{n:02d}" for n in range(1, 5)]
X = {i + 1: u for i, u in enumerate(X)}  # X[1]..X[14]
Y = {
    1: "https://www.youtube.com/watch?v=Kq7vR2mXp4A",
    2: "https://www.youtube.com/watch?v=Lw8sT3nYq5B",
    3: "https://www.youtube.com/watch?v=Mx9uU4oZr6C",
    4: "https://www.youtube.com/watch?v=Ny0vV5pAs7D",
    5: "https://www.youtube.com/shorts/Pz1wW6qBt8E",
}
T = {
    1: "https://t.me/moonlit_leaks/812",
    2: "https://t.me/moonlit_leaks/813",
    3: "https://t.me/harbor_vault/77",
    4: "https://t.me/harbor_vault/78",
}
M = {
    1: "https://www.instagram.com/p/C9xQ2mLrT4a/",
    2: "https://www.instagram.com/p/C9yR7nKsW2b/",
    3: "https://www.instagram.com/reel/C9zT1pVuX8c/",
}
K = {
    1: "https://www.tiktok.com/@silkroad.clips/video/7412345678901234567",
    2: "https://www.tiktok.com/@silkroad.clips/video/7412345678901234589",
}
R = {1: "https://www.reddit.com/r/fakeleaks_kr/comments/1fh2k9x/weekend_dump/"}

REQUESTS = [
    # ref, platform, sent, due, items, category
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", X, "deepfake_sexual_abuse"),
    ("KCSC-240910-01", "youtube", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", Y, "nonconsensual_intimate_imagery"),
    ("KCSC-240911-01", "telegram", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00", T, "deepfake_sexual_abuse"),
    ("KCSC-240912-01", "meta", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00", M, "nonconsensual_intimate_imagery"),
    ("KCSC-240913-01", "tiktok", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", K, "deepfake_sexual_abuse"),
    ("KCSC-240916-01", "reddit", "2024-09-16T16:00:00+09:00", "2024-09-23T18:00:00+09:00", R, "nonconsensual_intimate_imagery"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, items, cat in REQUESTS:
        mid = "<req-" + ref[5:].lower() + "@kcsc.example>"
        for k in sorted(items):
            lines.append(f"{ref},{plat},{sent},{due},{items[k]},{cat},{mid},")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def req_id(ref):
    return "req-" + ref[5:].lower()


def quoted_request(ref, urls, prefix="> "):
    """Our request as a reply quotes it (its words say 'remove' next to every URL)."""
    body = [
        "Dear Trust & Safety team,",
        "",
        f"The Korea Communications Standards Commission (KCSC) requests the removal",
        f"of the following content under reference {ref}. The content has been",
        "determined to be illegal under Korean law and must be removed or",
        "blocked without delay:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        body.append(f"{i}. {u} - please remove")
    body += ["", "Please confirm the action taken for each item.", "", "KCSC Takedown Desk"]
    return "\n".join(prefix + b if b else prefix.rstrip() for b in body)


def b64(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def xlsx(rows):
    """A minimal, deterministic XLSX (inline strings, fixed zip timestamps)."""
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(cell(chr(65 + c) + str(r), v) for c, v in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Outcome" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(sheet_rows) + '</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 9, 15, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, text)
    return buf.getvalue()


X_FOOTER = """\
--
X Corp. Legal Support
Help Center: https://help.x.com/en/rules-and-policies/x-legal-faqs
Country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country
The X Rules: https://help.x.com/en/rules-and-policies/x-rules

X Corp., 1355 Market Street, Suite 900, San Francisco, CA 94103
This message was sent to takedown@kcsc.example in connection with a legal
request. Please do not reply with new requests; submit them through
https://legalrequests.x.com/ instead."""

YT_FOOTER = """\
Regards,
The YouTube Legal Support Team

Help Center: https://support.google.com/youtube/answer/6154230
Community Guidelines: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/
Google may send a copy of legal notices to the Lumen project
(https://lumendatabase.org/) for publication and annotation.

(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this mandatory service announcement to update you about
important changes to your notice."""

TG_SIG = """\
--
Telegram Abuse Team
https://telegram.org/faq#q-there-39s-illegal-content-on-telegram-how-do-i-take-it-down
Telegram FZ-LLC, Business Central Towers, Dubai, UAE"""

META_FOOTER = """\
This message was sent to takedown@kcsc.example.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland
Community Standards: https://transparency.meta.com/policies/community-standards/
Content restrictions based on local law: https://transparency.meta.com/reports/content-restrictions/
Privacy Policy: https://www.facebook.com/privacy/policy/"""

TT_FOOTER = """\
TikTok Trust & Safety
Community Guidelines: https://www.tiktok.com/community-guidelines/en/
Appeals and notifications: https://support.tiktok.com/en/safety-hc/report-a-problem
TikTok Technology Limited, 10 Earlsfort Terrace, Dublin, D02 T380, Ireland"""

RD_FOOTER = """\
Reddit Safety
Content Policy: https://www.redditinc.com/policies/content-policy
Reddit Help: https://support.reddithelp.com/hc/en-us/articles/360043513151
Reddit, Inc., 303 2nd Street, South Tower, 5th Floor, San Francisco, CA 94107"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ==========================================================================
# X (KCSC-240909-01, 14 items)
# ==========================================================================
case(
    name="x-withheld-kr-prose",
    **{"from": "legal-support@x.com"},
    date="Wed, 11 Sep 2024 03:12:44 +0000",
    subject="Re: KCSC-240909-01 - Removal request (Korea Communications Standards Commission)",
    reply_to_req="req-240909-01",
    body=f"""\
Hello,

Thank you for contacting X. We have reviewed your request, reference
KCSC-240909-01, under the X Rules and applicable Korean law.

In response to your legal demand, X has withheld access in South Korea to
the following posts:

{X[1]}
{X[2]}
{X[3]}

When we withhold content in a country, it remains visible outside that
country. We have notified the account holder as described in our Help
Center. A copy of your request may be sent to Lumen
(https://lumendatabase.org/).

Regards,
Ramona
{X_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="X (Twitter) country-withheld-content reply to a government legal demand, as described in X's Legal request FAQs and Lumen X notices",
    why="prose heading 'X has withheld access in South Korea to the following posts:' over a bare URL list; help and Lumen links in the footer are not items",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "restricted"},
)

case(
    name="x-per-line-mixed",
    **{"from": "legal-support@x.com"},
    date="Thu, 12 Sep 2024 07:40:02 +0000",
    subject="Re: KCSC-240909-01 - outcome of our review",
    reply_to_req="req-240909-01",
    body=f"""\
Hello,

Please find below the outcome of our review for reference KCSC-240909-01.

{X[4]} -- Withheld in KR
{X[5]} -- Removed for violating the X Rules (non-consensual nudity)
{X[6]} -- No action: this post does not violate the X Rules or local law
{X[7]} -- Unable to locate; the post does not exist

Posts not listed above are still under review and we will follow up.

Regards,
X Legal
{X_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-support reply with one outcome per line (withheld / removed / no action / unable to locate) as quoted in Lumen notices",
    why="one status per line after the URL, four different statuses; 'still under review' for unlisted posts changes nothing",
    items={X[4]: "restricted", X[5]: "removed", X[6]: "rejected", X[7]: "not_found"},
)

case(
    name="x-html-table-anchors",
    **{"from": "legal-support@x.com"},
    date="Fri, 13 Sep 2024 01:05:19 +0000",
    subject="Re: KCSC-240909-01 - Legal request outcome",
    reply_to_req="req-240909-01",
    type="html",
    body=f"""\
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of your request <b>KCSC-240909-01</b>. The decision for each reported post is shown below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported post</th><th>Decision</th></tr>
<tr><td>1</td><td><a href="{X[8]}">{X[8]}</a></td><td>Removed</td></tr>
<tr><td>2</td><td><a href="{X[9]}">{X[9]}</a></td><td>Withheld in South Korea</td></tr>
<tr><td>3</td><td><a href="{X[10]}">{X[10]}</a></td><td>No action taken &ndash; the post does not violate the X Rules or Korean law</td></tr>
<tr><td>4</td><td><a href="{X[11]}">{X[11]}</a></td><td>Content unavailable &ndash; deleted by the account holder before our review</td></tr>
</table>
<p>Learn more about <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">country withheld content</a> and <a href="https://help.x.com/en/rules-and-policies/x-rules">the X Rules</a>.</p>
<p>Regards,<br>X Legal</p>
<p style="font-size:11px;color:#777">X Corp., 1355 Market Street, Suite 900, San Francisco, CA 94103</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome table (Reported post | Decision) in the HTML layout of X's transactional emails",
    why="HTML table with anchors; deleted by the account holder before review is not_found; help links under anchors are not items",
    items={X[8]: "removed", X[9]: "restricted", X[10]: "rejected", X[11]: "not_found"},
)

_x_csv = (
    "post_url,action,scope,reason\r\n"
    f"{X[12]},Country withheld,KR,Local law\r\n"
    f"{X[13]},Removed,Global,Non-consensual nudity policy\r\n"
    f"{X[14]},No violation found,-,Content remains available\r\n"
)
case(
    name="x-csv-attachment",
    **{"from": "legal-support@x.com"},
    date="Fri, 13 Sep 2024 09:31:50 +0000",
    subject="KCSC-240909-01 - results attached",
    reply_to_req="req-240909-01",
    raw_mime=f"""\
Content-Type: multipart/mixed; boundary="=_x_csv_01"

--=_x_csv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The outcome of our review of the remaining posts in your request
KCSC-240909-01 is in the attached spreadsheet (one row per post).

Regards,
X Legal

--=_x_csv_01
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_x_csv.encode())}
--=_x_csv_01--
""",
    outcome="applied", classification="confirmation",
    imitates="X bulk legal-request outcome sent as a CSV export (post_url, action, scope, reason) as platforms attach for government requesters",
    why="statuses only in a base64 CSV attachment with columns action/scope; 'Country withheld, KR' = restricted, 'No violation found' = rejected",
    items={X[12]: "restricted", X[13]: "removed", X[14]: "rejected"},
)

_x_xlsx = xlsx([
    ["Post URL", "Outcome", "Notes"],
    [X[1], "Removed", "Violation of X Rules"],
    [X[2], "Removed", "Violation of X Rules"],
    [X[3], "Withheld (KR)", "Local law"],
    [X[4], "Post no longer exists", "Deleted before review"],
])
case(
    name="x-xlsx-attachment",
    **{"from": "legal-support@x.com"},
    date="Sat, 14 Sep 2024 02:10:00 +0000",
    subject="Re: KCSC-240909-01",
    reply_to_req="req-240909-01",
    raw_mime=f"""\
Content-Type: multipart/mixed; boundary="=_x_xlsx_01"

--=_x_xlsx_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

Attached is the spreadsheet with our decisions on the first posts of your
request KCSC-240909-01. The rest will follow separately.

Thanks,
X Legal

--=_x_xlsx_01
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="outcome.xlsx"
Content-Disposition: attachment; filename="outcome.xlsx"
Content-Transfer-Encoding: base64

{b64(_x_xlsx)}
--=_x_xlsx_01--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request decisions delivered as an XLSX spreadsheet attachment (Post URL | Outcome | Notes)",
    why="statuses only in an XLSX attachment; 'Post no longer exists' = not_found; X[5] is not in the sheet and stays pending",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "not_found"},
)

_x_qp_text = f"""\
Hello,

We have removed the following posts for violating our policy on
non-consensual nudity: {X[6]}?s=20&t=Ab12Cd34Ef56Gh78Ij90Kl and
{X[7]}?s=46&t=Zz98Yy76Xx54Ww32Vv10Uu .

We are still looking at the remaining posts.

Regards,
X Legal

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240909-01", [X[i] for i in range(1, 15)])}
"""
case(
    name="x-qp-top-posted",
    **{"from": "legal-support@x.com"},
    date="Tue, 10 Sep 2024 22:48:13 +0000",
    subject="Re: KCSC-240909-01 Request for removal of content",
    reply_to_req="req-240909-01",
    raw_mime=f"""\
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_x_qp_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from X legal support over the quoted request ('On ... wrote:' with '>' lines), quoted-printable",
    why="quoted-printable body, long share URLs (?s=20&t=...) split by soft breaks; only two posts removed; the quoted request says 'please remove' next to all 14",
    items={X[6]: "removed", X[7]: "removed"},
)

case(
    name="x-status-below-url",
    **{"from": "legal-support@x.com"},
    date="Sun, 15 Sep 2024 05:20:41 +0000",
    subject="Re: KCSC-240909-01 - update",
    reply_to_req="req-240909-01",
    body=f"""\
Hello,

Here is where things stand for the posts by @hanriver_clips in your request:

{X[11]}
The post has been removed for violating our rules.

{X[12]}
We have withheld this post in the Republic of Korea.

{X[13]}
After careful review we did not find a violation of the X Rules or of
local law, so this post remains available.

Regards,
X Legal
{X_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-support reply giving each post's decision on the line below the bare URL, as in X notices quoted on Lumen",
    why="status on the line below each bare URL; the rejection is a paragraph of two lines",
    items={X[11]: "removed", X[12]: "restricted", X[13]: "rejected"},
)

case(
    name="x-reported-content-echo",
    **{"from": "no-reply@x.com"},
    name_from="X Support",
    date="Mon, 16 Sep 2024 11:02:37 +0000",
    subject="Your report to X - case 0284173651 [KCSC-240909-01]",
    reply_to_req="req-240909-01",
    body=f"""\
Hello,

Thanks for your report. We reviewed the reported content and removed it for
violating the X Rules on non-consensual nudity. The account that posted it
has also been suspended.

If you have more to report, visit https://help.x.com/en/forms/safety-and-sensitive-content

--------------------------------------------------
Your report (case 0284173651)
Reported by: KCSC Takedown Desk <takedown@kcsc.example>
Reason: Non-consensual nudity
Reported posts:
  {X[8]}
  {X[9]}
  {X[10]}
--------------------------------------------------

X Support
X Corp., 1355 Market Street, Suite 900, San Francisco, CA 94103
""",
    outcome="applied", classification="confirmation",
    imitates="X 'Your report' outcome email: a one-paragraph decision about 'the reported content' followed by the echoed report listing it",
    why="statement about 'the reported content' followed by the echoed report that lists the three posts; the help form link is not an item",
    items={X[8]: "removed", X[9]: "removed", X[10]: "removed"},
)

case(
    name="x-numbered-angle-brackets",
    **{"from": "legal@twitter.com"},
    name_from="X Legal",
    date="Tue, 17 Sep 2024 08:15:00 +0000",
    subject="RE: [KCSC-240909-01] action taken",
    reply_to_req="req-240909-01",
    body=f"""\
Dear KCSC team,

Regarding your request KCSC-240909-01, we have taken the following actions:

1. <{X[1]}> - removed.
2. <{X[2]}> - withheld in KR.
3. <{X[3]}>: removed;
4. <{X[4]}>: the account holder deactivated the account, and the post no
   longer exists on X.

Kind regards,
X Legal Operations
{X_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-operations reply with a numbered action list and URLs in angle brackets (Outlook-composed, twitter.com sender)",
    why="numbered list, URLs in <angle brackets> with trailing punctuation after them; a post gone with its deactivated account is not_found; sender on twitter.com",
    items={X[1]: "removed", X[2]: "restricted", X[3]: "removed", X[4]: "not_found"},
)

case(
    name="x-long-legal-footer",
    **{"from": "legal-support@x.com"},
    date="Wed, 18 Sep 2024 04:44:09 +0000",
    subject="Re: KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""\
Hello,

The reported post {X[14]} has been removed.

Regards,
X Legal

--
CONFIDENTIALITY NOTICE: This email and any attachments are intended only for
the addressee and may contain information that is privileged or
confidential. If you have received this email in error, please notify the
sender immediately and delete it from your system; any copy must be
removed. Requests that do not follow the process at
https://legalrequests.x.com/ may be declined, removed from our queue, or
not actioned. X Corp. does not waive any objection, including lack of
jurisdiction or proper service, by responding to this message.
{X_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="short X legal reply with the long confidentiality and no-waiver footer of corporate legal mail",
    why="a notice that is one URL and one sentence; the footer's 'delete', 'removed', 'declined', 'not actioned' words belong to no item",
    items={X[14]: "removed"},
)

# ==========================================================================
# YouTube (KCSC-240910-01, 5 items)
# ==========================================================================
case(
    name="yt-legal-blocked-kr",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 06:30:11 +0000",
    subject="Re: [KCSC-240910-01] YouTube Legal Removal Request",
    reply_to_req="req-240910-01",
    body=f"""\
Hello,

Thanks for reaching out to us.

In response to your notice, we have blocked the following content from
view on YouTube in South Korea, based on local law:

- {Y[1]}
- {Y[2]}

The content remains available in other countries. We review each legal
notice we receive and may decline to act where a request is incomplete or
where the content is not unlawful in the country concerned.

{YT_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removals team reply to a government notice ('we have blocked the following content from view in <country>'), with the Lumen and help-centre boilerplate",
    why="local block is restricted; the general sentence about declining requests is boilerplate, not about these items",
    items={Y[1]: "restricted", Y[2]: "restricted"},
)

_yt_alt_text = f"""\
Hello,

Thank you for your notice regarding reference KCSC-240910-01.

Removed under our Community Guidelines:
{Y[3]}

We did not take action on {Y[4]} because it does not violate our policies
and we did not find it to be unlawful under Korean law.

Regards,
The YouTube Team
"""
_yt_alt_html = f"""\
<html><body>
<p>Hello,</p>
<p>Thank you for your notice regarding reference KCSC-240910-01.</p>
<p><b>Removed under our Community Guidelines:</b><br>
<a href="{Y[3]}">{Y[3]}</a></p>
<p>We did not take action on <a href="{Y[4]}">{Y[4]}</a> because it does not violate our policies and we did not find it to be unlawful under Korean law.</p>
<p>Regards,<br>The YouTube Team</p>
<p style="font-size:11px"><a href="https://support.google.com/youtube/answer/2802032">Community Guidelines strike basics</a></p>
</body></html>
"""
case(
    name="yt-multipart-removed-and-declined",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Thu, 12 Sep 2024 02:02:02 +0000",
    subject="Update on your legal notice KCSC-240910-01",
    reply_to_req="req-240910-01",
    raw_mime=f"""\
Content-Type: multipart/alternative; boundary="00000000000yt0alt0001"

--00000000000yt0alt0001
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(_yt_alt_text)}

--00000000000yt0alt0001
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(_yt_alt_html)}

--00000000000yt0alt0001--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube notice-outcome email (multipart/alternative, quoted-printable) with a 'Removed under our Community Guidelines' heading and a 'we did not take action ... because' decline",
    why="negated action with a reason is a rejection; text and HTML parts agree and must not double or conflict",
    items={Y[3]: "removed", Y[4]: "rejected"},
)

case(
    name="yt-age-restricted-and-uploader-deleted",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 10:45:30 +0000",
    subject="Re: KCSC-240910-01",
    reply_to_req="req-240910-01",
    body=f"""\
Hi there,

After reviewing the content you reported under KCSC-240910-01:

We've age-restricted the following Short, so it is no longer visible to
viewers who are signed out or under 18:
{Y[5]}

The video at {Y[1]} had already been deleted by the uploader before we
could review it, so there was nothing left for us to act on.

Best,
YouTube Legal Support
Learn more about age-restricted content: https://support.google.com/youtube/answer/2802167
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice ('We've age-restricted your video') and 'video removed by the uploader' status, as quoted on YouTube help threads",
    why="age restriction is restricted (URL on the line below the statement, a shorts URL); deleted by the uploader before review is not_found",
    items={Y[5]: "restricted", Y[1]: "not_found"},
)

case(
    name="yt-html-table-plain-cells",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Sat, 14 Sep 2024 03:03:03 +0000",
    subject="Re: [KCSC-240910-01] Legal notice outcome",
    reply_to_req="req-240910-01",
    type="html",
    body=f"""\
<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Below is a summary of the actions taken on the URLs in your notice <b>KCSC-240910-01</b>.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>URL</th><th>Action</th></tr></thead>
<tbody>
<tr><td>{Y[1]}</td><td>Removed &ndash; Community Guidelines (nudity and sexual content)</td></tr>
<tr><td>{Y[2]}</td><td>Locally blocked (KR)</td></tr>
<tr><td>{Y[3]}</td><td>No action &ndash; not in violation of our policies or local law</td></tr>
<tr><td>{Y[4]}</td><td>Video unavailable &ndash; removed by the uploader</td></tr>
<tr><td>{Y[5]}</td><td>Removed &ndash; Privacy guidelines</td></tr>
</tbody></table>
<p>For more information, see <a href="https://support.google.com/legal/answer/3110420">Google legal help</a>.</p>
<p>The Google Legal Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-removals outcome summary table (URL | Action) as sent to government requesters, plain-text URLs in cells",
    why="HTML table with URLs as cell text (no anchors); five different wordings",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected", Y[4]: "not_found", Y[5]: "removed"},
)

_yt_sor = f"""\
Statement of reasons (Article 17 of Regulation (EU) 2022/2065)

Reference: KCSC-240910-01
Decision ID: SOR-7731-20240915-0042

Content concerned: {Y[2]}
Type of restriction: Removal of the content
Territorial scope: Worldwide
Facts and circumstances: the video was notified to us by a public
authority; our reviewers found that it violates our policy on
non-consensual intimate imagery.
Automated means used for detection: No
Automated means used for the decision: No
Ground: incompatible with our Terms of Service (Community Guidelines)

Content concerned: {Y[3]}
Type of restriction: Disabling of access in a Member State or third country
Territorial scope: KR
Facts and circumstances: the video does not violate our Community
Guidelines; access was disabled in the Republic of Korea on the basis of
the illegality notified by the authority.
Ground: illegal content under the law of the Republic of Korea

Redress: the uploader may appeal through our internal complaint-handling
system, use an out-of-court dispute settlement body, or seek judicial
redress. This statement is submitted to the DSA Transparency Database
(https://transparency.dsa.ec.europa.eu/).

Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Ireland
"""
case(
    name="yt-dsa-statement-of-reasons-base64",
    **{"from": "noreply-dsa@google.com"},
    name_from="Google DSA Notices",
    date="Sun, 15 Sep 2024 12:00:00 +0000",
    subject="Statement of reasons for your notice KCSC-240910-01",
    reply_to_req="req-240910-01",
    raw_mime=f"""\
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(_yt_sor.encode())}
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement-of-reasons layout (type of restriction, territorial scope, facts and circumstances, automated means, ground, redress) as filed to the DSA Transparency Database",
    why="base64 body; one decision block per item, the status given as 'Type of restriction'; 'does not violate our Community Guidelines' inside the restriction block must not make it a rejection",
    items={Y[2]: "removed", Y[3]: "restricted"},
)

case(
    name="yt-bulleted-removed-one-stays",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 07:07:07 +0000",
    subject="Re: KCSC-240910-01 Legal notice",
    reply_to_req="req-240910-01",
    body=f"""\
Hello,

Thanks for your patience. We've removed the following videos from YouTube
for violating our Community Guidelines:

  * {Y[1]}
  * {Y[2]}

The following Short will remain on YouTube, as our review found that it
does not violate our policies and we could not identify a legal basis for
removing it in Korea:

  * {Y[5]}

If you believe we made a mistake, you can reply with additional
information; see https://support.google.com/youtube/answer/6154230 .

{YT_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'we've removed the following content' notice with a bulleted list, and the 'will remain on YouTube' decline wording",
    why="two bulleted headings; 'will remain on YouTube' with a reason is a present decision (rejected), not a promise",
    items={Y[1]: "removed", Y[2]: "removed", Y[5]: "rejected"},
)

# ==========================================================================
# Telegram (KCSC-240911-01, 4 items)
# ==========================================================================
case(
    name="tg-abuse-taken-down-and-already-deleted",
    **{"from": "abuse@telegram.org"},
    date="Wed, 11 Sep 2024 13:14:15 +0000",
    subject="Re: KCSC-240911-01",
    reply_to_req="req-240911-01",
    body=f"""\
Hello,

Thank you for your report. The following content has been taken down:

{T[1]}
{T[2]}

The message {T[3]} was already deleted by the channel's admins before our
moderators reached it.

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse@telegram.org short reply ('Thank you for your report. The content has been taken down') as users quote it in forums",
    why="terse abuse-desk reply; 'taken down' = removed; already deleted by its admins = not_found; harbor_vault/78 not mentioned stays pending; FAQ link is not an item",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

case(
    name="tg-url-below-statement",
    **{"from": "dsa@telegram.org"},
    date="Thu, 12 Sep 2024 09:00:00 +0000",
    subject="Re: KCSC-240911-01 - action taken",
    reply_to_req="req-240911-01",
    body=f"""\
Hello,

Following your request KCSC-240911-01:

This post is now blocked for users in the Republic of Korea:
{T[4]}

This post was removed from Telegram:
{T[1]}

Best regards,
Telegram DSA Team
{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA-desk reply placing each statement on the line above the URL it concerns",
    why="URL on the line below its statement; country block = restricted",
    items={T[4]: "restricted", T[1]: "removed"},
)

case(
    name="tg-ticket-with-statements",
    **{"from": "abuse@telegram.org"},
    date="Fri, 13 Sep 2024 16:20:00 +0000",
    subject="[Ticket #TG-5821377] Re: KCSC-240911-01",
    reply_to_req="req-240911-01",
    body=f"""\
Your ticket #TG-5821377 has been updated.

We have received your report and reviewed every link in it:

1) {T[1]} - removed
2) {T[2]} - removed
3) {T[3]} - removed
4) {T[4]} - not found (invalid link)

This ticket is now closed. Replies to this email reopen it.
{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk ticket-update email (Zendesk-style '#ticket has been updated', 'ticket is now closed') from an abuse desk with a numbered outcome list",
    why="an acknowledgement phrase ('We have received your report') together with unhedged per-item statements is a confirmation, not an acknowledgement",
    items={T[1]: "removed", T[2]: "removed", T[3]: "removed", T[4]: "not_found"},
)

case(
    name="tg-outlook-original-message",
    **{"from": "abuse@telegram.org"},
    date="Sat, 14 Sep 2024 08:08:08 +0000",
    subject="RE: KCSC-240911-01 Request for removal of content",
    reply_to_req="req-240911-01",
    body=f"""\
Hello,

The content at {T[2]} has been made unavailable.

The post {T[3]} does not break our Terms of Service and will stay up.

Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:30 AM
To: abuse@telegram.org
Subject: KCSC-240911-01 Request for removal of content

Dear Trust & Safety team,

The following content must be removed; our records show it is illegal:
1. {T[1]} - please remove
2. {T[2]} - please remove
3. {T[3]} - please remove
4. {T[4]} - please remove

KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the '-----Original Message-----' block quoting the original request",
    why="'made unavailable' = removed; 'does not break our Terms and will stay up' = rejected; the unprefixed quoted request after the Original Message separator states nothing",
    items={T[2]: "removed", T[3]: "rejected"},
)

case(
    name="tg-removed-and-still-reviewing",
    **{"from": "abuse@telegram.org"},
    date="Sun, 15 Sep 2024 10:10:10 +0000",
    subject="Re: KCSC-240911-01",
    reply_to_req="req-240911-01",
    body=f"""\
Hi,

{T[1]} has been removed.

We are still reviewing {T[3]} and will get back to you once our
moderators have reached a decision.

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply mixing a done removal with a 'still reviewing, will get back to you' promise",
    why="one removal applied; the item still under review stays pending (a promise is no status); mixed emails end applied without review (arguable, see NOTES.md)",
    items={T[1]: "removed"},
)

case(
    name="tg-relative-clause-hedge",
    **{"from": "dsa@telegram.org"},
    date="Mon, 16 Sep 2024 12:12:12 +0000",
    subject="Re: KCSC-240911-01 - posts removed",
    reply_to_req="req-240911-01",
    body=f"""\
Hello,

The posts below, which may have been copied from other channels before
you reported them, have been removed from Telegram:

{T[2]}
{T[4]}

Best regards,
Telegram DSA Team
{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA-desk removal confirmation with a hedged relative clause about the posts' history",
    why="'which may have been copied' hedges the items' past, not the main clause 'have been removed'",
    items={T[2]: "removed", T[4]: "removed"},
)

# ==========================================================================
# Meta / Instagram (KCSC-240912-01, 3 items)
# ==========================================================================
case(
    name="meta-restricted-local-law-echo",
    **{"from": "noreply@fb.com"},
    name_from="Meta Content Restrictions",
    date="Fri, 13 Sep 2024 05:55:00 +0000",
    subject="Your report about content on Instagram [KCSC-240912-01]",
    reply_to_req="req-240912-01",
    body=f"""\
Hi,

We've reviewed your report. The content you reported doesn't go against
our Community Standards, but based on local law we've restricted access to
it in South Korea.

Report details
  Reference: KCSC-240912-01
  Reported by: Korea Communications Standards Commission
  Reported content: {M[1]}
  Report type: Content that violates local law

{META_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content-restriction-based-on-local-law response to a government authority (Community Standards review first, then local-law restriction), with the echoed report details",
    why="statement about 'the content you reported' followed by the echoed report; 'doesn't go against our Community Standards' is followed by a local restriction, so it is restricted, not rejected",
    items={M[1]: "restricted"},
)

case(
    name="meta-instagram-html-table",
    **{"from": "no-reply@instagram.com"},
    name_from="Instagram",
    date="Sat, 14 Sep 2024 01:30:00 +0000",
    subject="Update on your report (KCSC-240912-01)",
    reply_to_req="req-240912-01",
    type="html",
    body=f"""\
<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><img src="https://static.cdninstagram.com/rsrc.php/v3/logo.png" alt="Instagram" width="120"></td></tr></table>
<p>Hi KCSC,</p>
<p>We've finished reviewing the content you reported.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Content</th><th>What we decided</th></tr>
<tr><td><a href="{M[1]}">Post</a></td><td>We removed this post because it goes against our Community Guidelines on adult nudity and sexual activity.</td></tr>
<tr><td><a href="{M[2]}">Post</a></td><td>This post doesn't go against our Community Guidelines, so we didn't remove it.</td></tr>
<tr><td><a href="{M[3]}">Reel</a></td><td>This content isn't available anymore. It may have been deleted by the person who shared it.</td></tr>
</table>
<p><a href="https://help.instagram.com/477434105621119">Community Guidelines</a> &middot; <a href="https://help.instagram.com/861685284411197">Why didn't Instagram remove content that I reported?</a></p>
<p style="color:#8e8e8e;font-size:12px">&copy; Instagram from Meta. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram Support-requests report update ('We removed...', 'doesn't go against our Community Guidelines', 'This content isn't available anymore') as an HTML table with anchors whose text is just 'Post'/'Reel'",
    why="the href is the item; 'isn't available anymore. It may have been deleted by the person who shared it' is not_found (the hedge is only about why)",
    items={M[1]: "removed", M[2]: "rejected", M[3]: "not_found"},
)

_meta_text = f"""\
Hi,

Thanks for helping us keep Instagram safe. We removed the reel you reported
because it goes against our Community Guidelines:

{M[3]}

Learn more about our Community Guidelines:
https://help.instagram.com/477434105621119
and about how we take action:
https://transparency.meta.com/enforcement/taking-action/

The Instagram Team
"""
_meta_html = f"""\
<html><body><p>Hi,</p>
<p>Thanks for helping us keep Instagram safe. We removed the reel you reported because it goes against our Community Guidelines:</p>
<p><a href="{M[3]}">{M[3]}</a></p>
<p>Learn more about our <a href="https://help.instagram.com/477434105621119">Community Guidelines</a> and about <a href="https://transparency.meta.com/enforcement/taking-action/">how we take action</a>.</p>
<p>The Instagram Team</p></body></html>
"""
case(
    name="meta-multipart-qp-policy-links",
    **{"from": "reports@instagram.com"},
    name_from="Instagram",
    date="Sun, 15 Sep 2024 14:14:14 +0000",
    subject="We removed the reel you reported",
    reply_to_req="req-240912-01",
    raw_mime=f"""\
Content-Type: multipart/alternative; boundary="b1_meta_alt_03"

--b1_meta_alt_03
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(_meta_text)}
--b1_meta_alt_03
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(_meta_html)}
--b1_meta_alt_03--
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'We removed the ... you reported' notification (multipart/alternative, quoted-printable) with Community Guidelines and 'taking action' links",
    why="the two policy links are not items and get no status",
    items={M[3]: "removed"},
)

# ==========================================================================
# TikTok (KCSC-240913-01, 2 items)
# ==========================================================================
case(
    name="tiktok-violation-and-no-violation",
    **{"from": "noreply@tiktok.com"},
    name_from="TikTok",
    date="Sat, 14 Sep 2024 09:09:09 +0000",
    subject="Report update: KCSC-240913-01",
    reply_to_req="req-240913-01",
    body=f"""\
Hi,

Thanks for your report. Here is what we found:

Video: {K[1]}
Result: Violation found. We removed this video because it violates our
Community Guidelines.

Video: {K[2]}
Result: No violation found. This video stays on TikTok.

You can view updates on your reports in the Safety Center.

{TT_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-result notification ('Violation found' / 'No violation found') from the in-app Safety Center inbox, rendered as email",
    why="label lines Video:/Result: under each other; the result line follows its URL",
    items={K[1]: "removed", K[2]: "rejected"},
)

_tt_csv = (
    "Content URL,Decision,Scope,Policy\n"
    f"{K[1]},Removed,Global,Sexual exploitation\n"
    f"{K[2]},Restricted,KR,Local law\n"
)
case(
    name="tiktok-csv-restricted-kr",
    **{"from": "lawenforcement@tiktok.com"},
    name_from="TikTok Law Enforcement Outreach",
    date="Mon, 16 Sep 2024 02:40:00 +0000",
    subject="RE: KCSC-240913-01 - government removal request outcome",
    reply_to_req="req-240913-01",
    raw_mime=f"""\
Content-Type: multipart/mixed; boundary="----=_Part_77_tt"

------=_Part_77_tt
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Dear Sir or Madam,

Please find attached the outcome of our review of your government removal
request KCSC-240913-01. "Restricted" means the content is unavailable in
the country listed in the Scope column.

Kind regards,
TikTok Law Enforcement Outreach

------=_Part_77_tt
Content-Type: text/csv; name="KCSC-240913-01.csv"
Content-Disposition: attachment; filename="KCSC-240913-01.csv"
Content-Transfer-Encoding: 7bit

{_tt_csv}
------=_Part_77_tt--
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-removal-request outcome with a CSV attachment, in the manner of the country-restriction figures of TikTok's Government Removal Requests report",
    why="statuses only in a 7-bit CSV attachment (Decision + Scope columns); 'Restricted, KR' = restricted",
    items={K[1]: "removed", K[2]: "restricted"},
)

# ==========================================================================
# Reddit (KCSC-240916-01, 1 item)
# ==========================================================================
case(
    name="reddit-admin-removed-echo",
    **{"from": "noreply@reddit.com"},
    name_from="Reddit",
    date="Tue, 17 Sep 2024 04:00:00 +0000",
    subject="Re: KCSC-240916-01 report to Reddit admins",
    reply_to_req="req-240916-01",
    body=f"""\
Hi,

Thanks for submitting a report to the Reddit admin team. After
investigating, we've found that the reported content violates Reddit's
Content Policy and have removed it.

Reported content:
{R[1]}

Reason: Non-consensual intimate media

Thanks again for helping keep Reddit safe.

{RD_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin report-outcome message ('Thanks for submitting a report to the Reddit admin team. After investigating, we've found that the reported content violates Reddit's Content Policy')",
    why="statement about 'the reported content' with the URL echoed after it; Content Policy and help links are not items",
    items={R[1]: "removed"},
)

case(
    name="reddit-unable-to-locate",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Wed, 18 Sep 2024 06:06:06 +0000",
    subject="Re: KCSC-240916-01",
    reply_to_req="req-240916-01",
    body=f"""\
Hello,

We were unable to locate any content at the URL you provided:
{R[1]}
It may have already been removed by the user or by the community's
moderators, but either way there is nothing left on Reddit for us to act on.

Best,
Reddit Legal
{RD_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal/abuse desk reply that it cannot locate the reported content",
    why="'unable to locate' is not_found; the hedged sentence ('may have already been removed') only guesses why and must not turn it into removed",
    items={R[1]: "not_found"},
)

# ==========================================================================
# REVIEW: doubtful emails
# ==========================================================================
case(
    name="x-under-review-future",
    **{"from": "legal-support@x.com"},
    date="Tue, 10 Sep 2024 09:00:00 +0000",
    subject="Re: KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""\
Hello,

We are reviewing the posts below and may withhold them in South Korea if
they are found to violate local law:

{X[1]}
{X[2]}
{X[3]}

We expect to complete our review within five business days.

Regards,
X Legal
{X_FOOTER}
""",
    outcome="review", review="not_understood",
    imitates="X 'we are reviewing your request' interim reply with a conditional ('may withhold') outcome",
    why="names requested items but only says what may happen: no status, and not silence either, so review",
    items={},
)

case(
    name="x-internal-codes",
    **{"from": "legal-support@x.com"},
    date="Sun, 15 Sep 2024 23:50:00 +0000",
    subject="Re: KCSC-240909-01 - status",
    reply_to_req="req-240909-01",
    body=f"""\
Hi,

Status for your request KCSC-240909-01:

{X[12]}   Status: T2-KR / pending-L2
{X[13]}   Status: NA-3

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk reply pasted from an internal tool with opaque status codes, as seen in forwarded takedown threads",
    why="item-level 'statements' in internal codes a clerk cannot read: must be seen by staff, never guessed",
    items={},
)

case(
    name="x-partly-done-hedged",
    **{"from": "legal-support@x.com"},
    date="Thu, 12 Sep 2024 15:15:15 +0000",
    subject="Re: KCSC-240909-01 - partial update",
    reply_to_req="req-240909-01",
    body=f"""\
Hello,

We have started to process your request. Some of the posts listed below
have been or will shortly be withheld in Korea, and others are awaiting a
second review:

- {X[5]}
- {X[6]}
- {X[9]}

We will send you a complete report once all decisions are final.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X interim 'partly done' update without item-level decisions",
    why="'some ... have been or will shortly be withheld, others awaiting review': no item can be given a status, yet the email names items",
    items={},
)

case(
    name="yt-asks-court-order",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 08:30:00 +0000",
    subject="Re: [KCSC-240910-01] Additional information needed",
    reply_to_req="req-240910-01",
    body=f"""\
Hello,

Thank you for your notice. Before we can act on the following video we
need more information:

{Y[4]}

Please provide a copy of the court order or the decision of the competent
authority, and the specific timestamps at which the allegedly unlawful
material appears. Without this information we are unable to process this
part of your request.

{YT_FOOTER}
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal removals 'we need more information' reply asking for a court order and timestamps (YouTube legal complaint help pages)",
    why="'unable to process ... without this information' is a request for information, not a rejection",
    items={},
)

case(
    name="yt-bulk-all-removed",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 01:00:00 +0000",
    subject="Re: [KCSC-240910-01] YouTube Legal Removal Request",
    reply_to_req="req-240910-01",
    body=f"""\
Hello,

All five URLs in your notice KCSC-240910-01 have been removed from YouTube.

{YT_FOOTER}
""",
    outcome="review", review="bulk",
    imitates="short YouTube legal-team reply confirming a whole notice without listing URLs",
    why="a bulk claim for the whole request without an item list; bulk_confirmations = review",
    items={},
)

case(
    name="tg-dmarc-fail",
    **{"from": "abuse@telegram.org"},
    auth="fail",
    date="Thu, 12 Sep 2024 03:03:03 +0000",
    subject="Re: KCSC-240911-01",
    reply_to_req="req-240911-01",
    body=f"""\
Hello,

Thank you for your report. The following content has been taken down:

{T[1]}
{T[2]}
{T[3]}
{T[4]}

{TG_SIG}
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse reply (same layout as a genuine one) arriving with dmarc=fail",
    why="a perfect confirmation that fails DMARC for telegram.org: nothing applied, staff must see it",
    items={},
)

case(
    name="meta-lookalike-sender",
    **{"from": "case-review@meta-trustsafety-support.com"},
    name_from="Meta Trust & Safety",
    date="Fri, 13 Sep 2024 18:00:00 +0000",
    subject="Re: KCSC-240912-01 - content removed",
    reply_to_req="req-240912-01",
    body=f"""\
Hi,

We've reviewed your report KCSC-240912-01 and removed the following
content from Instagram:

{M[1]}
{M[2]}

{META_FOOTER}
""",
    outcome="review", review="unknown_sender",
    imitates="Meta report-outcome email sent from a look-alike domain that passes DMARC for itself (phishing pattern)",
    why="authenticated, but the domain belongs to no platform: a spoof naming our items must be seen",
    items={},
)

case(
    name="yt-reply-lists-x-items",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 02:20:00 +0000",
    subject="Re: [KCSC-240910-01] YouTube Legal Removal Request",
    reply_to_req="req-240910-01",
    body=f"""\
Hello,

We have removed the following content:

{X[10]}
{X[11]}

{YT_FOOTER}
""",
    outcome="review", review="wrong_platform",
    imitates="YouTube legal reply that lists another platform's URLs (a mixed-up reply)",
    why="a trusted Google sender claims removal of x.com posts: they belong to X and stay pending",
    items={},
)

case(
    name="x-no-auth-results",
    **{"from": "legal-support@x.com"},
    auth="none",
    date="Tue, 17 Sep 2024 20:20:20 +0000",
    subject="Re: KCSC-240909-01 - posts removed",
    reply_to_req="req-240909-01",
    body=f"""\
Hello,

The following posts have been removed:

{X[5]}
{X[10]}
{X[13]}

Regards,
X Legal
{X_FOOTER}
""",
    outcome="review", review="untrusted",
    imitates="X legal-support confirmation (same layout as a genuine one) arriving without any Authentication-Results header",
    why="no authentication result at all: claims about our items must be seen, never applied",
    items={},
)

# ==========================================================================
# IGNORED: auto-replies, bounces, read receipts, acknowledgements
# ==========================================================================
case(
    name="x-out-of-office",
    **{"from": "j.moreno@x.com"},
    name_from="Julia Moreno",
    date="Mon, 09 Sep 2024 01:05:00 +0000",
    subject="Automatic reply: KCSC-240909-01 Request for removal of content",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""\
I am out of the office until Monday, September 23, with limited access to
email. For urgent legal requests please use https://legalrequests.x.com/ or
write to legal@x.com.

Thank you,
Julia
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office message",
    why="an out-of-office auto-reply states nothing about items",
    items={},
)

case(
    name="yt-bounce-dsn",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Tue, 10 Sep 2024 02:00:30 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""\
Content-Type: multipart/report; report-type=delivery-status; boundary="8F2C1D0E4A.1725933630/mx.kcsc.example"

--8F2C1D0E4A.1725933630/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-old@google.com>: host aspmx.l.google.com[192.0.2.27] said: 550-5.1.1
    The email account that you tried to reach does not exist. (in reply to
    RCPT TO command)

--8F2C1D0E4A.1725933630/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 11:00:05 +0900 (KST)

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist.

--8F2C1D0E4A.1725933630/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: KCSC-240910-01 Request for removal of content
Date: Tue, 10 Sep 2024 11:00:00 +0900
Message-ID: <req-240910-01@kcsc.example>
Content-Type: text/plain; charset=utf-8

The content listed below has been determined to be illegal under Korean law
and must be removed without delay:
{Y[1]}
{Y[2]}
{Y[3]}
{Y[4]}
{Y[5]}

--8F2C1D0E4A.1725933630/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' DSN (multipart/report; report-type=delivery-status) embedding our request",
    why="a bounce of our own request, with the request's URLs in the embedded message: ignored, nothing applied",
    items={},
)

case(
    name="tiktok-read-receipt",
    **{"from": "min.park@tiktok.com"},
    name_from="Min Park",
    date="Fri, 13 Sep 2024 02:31:00 +0000",
    subject="Read: KCSC-240913-01 Request for removal of content",
    raw_mime=f"""\
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_tt_0001"

--mdn_tt_0001
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Your message

  To: Min Park
  Subject: KCSC-240913-01 Request for removal of content
  Sent: Friday, September 13, 2024 10:00:00 AM (UTC+09:00) Seoul

was read on Friday, September 13, 2024 11:31:00 AM (UTC+09:00) Seoul.

--mdn_tt_0001
Content-Type: message/disposition-notification

Reporting-UA: tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;min.park@tiktok.com
Original-Message-ID: <req-240913-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_tt_0001--
""",
    outcome="ignored",
    imitates="Outlook read receipt (MDN, multipart/report; report-type=disposition-notification)",
    why="a read receipt is ignored, not forwarded",
    items={},
)

case(
    name="tg-ticket-receipt",
    **{"from": "abuse@telegram.org"},
    date="Wed, 11 Sep 2024 00:40:00 +0000",
    subject="[Ticket #TG-5821377] KCSC-240911-01 Request for removal of content",
    reply_to_req="req-240911-01",
    body=f"""\
Hello,

We have received your report. A ticket has been created for it: #TG-5821377.

Our moderators review reports in the order they arrive. You do not need to
reply to this message; we will write to you again when there is an update.

{TG_SIG}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket-creation receipt ('We have received your report. A ticket has been created')",
    why="a pure receipt that states nothing about items",
    items={},
)

case(
    name="meta-receipt-echoes-urls",
    **{"from": "noreply@fb.com"},
    name_from="Meta",
    date="Thu, 12 Sep 2024 05:10:00 +0000",
    subject="We received your report [KCSC-240912-01]",
    reply_to_req="req-240912-01",
    body=f"""\
Hi,

Thanks for your report. We've received it and will review it as soon as
we can. We'll let you know when we've made a decision.

What you reported
  {M[1]}
  {M[2]}
  {M[3]}

{META_FOOTER}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Meta/Instagram 'We received your report' confirmation with the echoed list of reported content",
    why="a receipt as a whole ('we've received it and will review it'); the echoed URLs carry no statement (arguable: see NOTES.md)",
    items={},
)

case(
    name="yt-auto-reply-legal",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Tue, 10 Sep 2024 02:00:40 +0000",
    subject="[0-8827000034412] Re: KCSC-240910-01 Request for removal of content",
    reply_to_req="req-240910-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""\
Hello,

Thank you for contacting the Google Legal team. This is an automated
response to confirm that we have received your message.

Your case number is 0-8827000034412. Please include it in any further
correspondence about this matter.

Please note that we are not able to respond to every message individually.
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="ignored",
    imitates="Google legal-removals automated receipt with a case number ('This is an automated response')",
    why="an automated receipt: auto-reply or acknowledgement, either way ignored (classification left open)",
    items={},
)


# Items an email names in its own words without giving them a status: listed
# as "pending" so that the figures count them among the items the emails
# speak about (any status on them would be a false application).
NAMED_PENDING = {
    "x-under-review-future": [X[1], X[2], X[3]],
    "x-internal-codes": [X[12], X[13]],
    "x-partly-done-hedged": [X[5], X[6], X[9]],
    "yt-asks-court-order": [Y[4]],
    "tg-dmarc-fail": [T[1], T[2], T[3], T[4]],
    "meta-lookalike-sender": [M[1], M[2]],
    "yt-reply-lists-x-items": [X[10], X[11]],
    "x-no-auth-results": [X[5], X[10], X[13]],
    "tg-removed-and-still-reviewing": [T[3]],
    "meta-receipt-echoes-urls": [M[1], M[2], M[3]],
    "yt-bounce-dsn": [Y[1], Y[2], Y[3], Y[4], Y[5]],
}
for _c in CASES:
    for _u in NAMED_PENDING.get(_c["name"], []):
        assert _u not in _c["items"], (_c["name"], _u)
        _c["items"][_u] = "pending"
assert set(NAMED_PENDING) <= {c["name"] for c in CASES}


HEADER = """\
# Third BLIND held-out set (issue 11), generated by make.py: do not edit by hand.
# English-language platforms and hosts: X, YouTube, Telegram, Meta/Instagram,
# TikTok, Reddit. Expected results were written from each email's meaning
# before the reader was run on any of them."""

if __name__ == "__main__":
    write_requests()
    write_set(HERE, "blind3", HEADER, CASES)
    print(f"{len(CASES)} cases")
