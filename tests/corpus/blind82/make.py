#!/usr/bin/env python3
"""Blind set 82 (issue 11): a general English mix across many platforms.

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
Expected results were written from each email's meaning before anything ran.
"""
import base64
import io
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "tiktok.com": "TikTok", "reddit.com": "Reddit", "discord.com": "Discord",
    "fb.com": "Meta", "meta.com": "Meta", "instagram.com": "Instagram",
})

# ---------------------------------------------------------------- requests
YT = [f"https://www.youtube.com/watch?v=b82Vid{i:02d}xQw" for i in range(1, 12)] + [
    "https://www.youtube.com/shorts/b82Shrt12Zk",
    "https://www.youtube.com/shorts/b82Shrt13Zk",
    "https://www.youtube.com/@nightlens_b82",
]
X = [f"https://x.com/{u}/status/18331{i:014d}" for i, u in enumerate(
    ["hollow_mint82", "hollow_mint82", "grey_kestrel_82", "deskfan_b82", "paper_orca82"], start=40)]
TG = ["https://t.me/velvetdrop82/1201", "https://t.me/velvetdrop82/1202",
      "https://t.me/velvetdrop82/1230", "https://t.me/quietpier_b82/77"]
TT = ["https://www.tiktok.com/@lumen.fox82/video/7412280000000000101",
      "https://www.tiktok.com/@lumen.fox82/video/7412280000000000102",
      "https://www.tiktok.com/@sable_row82/video/7412280000000000203"]
RD = ["https://www.reddit.com/r/b82_fakesub/comments/1fb82aa/new_edit_thread/",
      "https://www.reddit.com/r/b82_fakesub/comments/1fb82bb/part_two/"]
DC = ["https://discord.gg/b82FakeInv"]
MT = ["https://www.instagram.com/p/C_b82AbCdEf/",
      "https://www.instagram.com/reel/C_b82GhIjKl/",
      "https://www.facebook.com/groups/b82fakegroup/posts/1098765432100082/"]

REQS = [
    ("KCSC-240909-01", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", YT),
    ("KCSC-240910-01", "x", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", X),
    ("KCSC-240911-01", "telegram", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00", TG),
    ("KCSC-240912-01", "tiktok", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00", TT),
    ("KCSC-240913-01", "meta", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", MT),
    ("KCSC-240916-01", "reddit", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", RD),
    ("KCSC-240917-01", "discord", "2024-09-17T09:00:00+09:00", "2024-09-24T18:00:00+09:00", DC),
]


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls in REQS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},deepfake_sexual_abuse,<{mid(ref)}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def quoted_request(ref, urls, when, style=">"):
    body = [f"Dear Sir or Madam,", "",
            f"Under our correction request {ref}, we ask you to remove the following content:", ""]
    body += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    body += ["", "Please tell us the action taken for each URL.", "",
             "Korea Communications Standards Commission"]
    if style == ">":
        return f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:\n" + "\n".join(
            "> " + l if l else ">" for l in body)
    return ("-----Original Message-----\nFrom: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {when}\nTo: legal\nSubject: Correction request {ref}\n\n" + "\n".join(body))


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    import quopri
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def xlsx(rows):
    """A minimal XLSX workbook with inline strings, built by hand."""
    def cell(r, c, v):
        ref = "ABCDEFG"[c] + str(r)
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(f'<row r="{r}">' + "".join(cell(r, c, v) for c, v in enumerate(row)) + "</row>"
                       for r, row in enumerate(rows, 1))
             + "</sheetData></worksheet>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Outcome" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 14, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return base64.encodebytes(buf.getvalue()).decode("ascii")


def mixed(text, att_ctype, att_name, att_b64, boundary="b82mixed"):
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n--{boundary}\nContent-Type: {att_ctype}; name=\"{att_name}\"\n"
            f"Content-Disposition: attachment; filename=\"{att_name}\"\nContent-Transfer-Encoding: base64\n\n"
            f"{att_b64.strip()}\n--{boundary}--\n")


def alternative(text, html, enc="base64", boundary="b82alt"):
    enc_f = b64 if enc == "base64" else qp
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n"
            f"{enc_f(text.strip() + chr(10)).strip()}\n\n--{boundary}\nContent-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: {enc}\n\n{enc_f(html.strip() + chr(10)).strip()}\n--{boundary}--\n")


C = []


def case(**kw):
    C.append(kw)


R_YT, R_X, R_TG, R_TT, R_MT, R_RD, R_DC = (mid(r[0]) for r in REQS)

# ================================================================ YouTube (14 items)
case(name="yt-legal-removed-bulleted", from_="legal-support@google.com", date="Tue, 10 Sep 2024 16:12:40 +0900",
     subject="Re: [KCSC-240909-01] Correction request - YouTube", reply_to_req=R_YT,
     outcome="applied", classification="confirmation",
     items={YT[0]: "removed", YT[1]: "removed"},
     imitates="YouTube Legal Support outcome email for a government removal request ('we have removed the following content')",
     why="unhedged removal statement, then a bulleted list of two requested videos; the policy link is not an item",
     body=f"""Hello,

Thank you for contacting YouTube Legal Support regarding your request KCSC-240909-01.

Following our review, we have removed the following content from YouTube:

  * {YT[0]}
  * {YT[1]}

We review government requests under our Community Guidelines and local law.
You can read more about how we handle such requests at
https://support.google.com/youtube/answer/2807622

Regards,
The YouTube Legal Support Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

case(name="yt-geo-blocked-kr", from_="legal-support@google.com", date="Wed, 11 Sep 2024 09:01:13 +0900",
     subject="Re: [KCSC-240909-01] YouTube - local legal removal", reply_to_req=R_YT,
     outcome="applied", classification="confirmation", items={YT[2]: "restricted"},
     imitates="YouTube local-law decision: content blocked from view in a country, remains available elsewhere",
     why="blocked from view in South Korea only = restricted",
     body=f"""Hi there,

We have reviewed the video you reported under KCSC-240909-01:

{YT[2]}

Based on local law, we have restricted access to this video in South Korea.
The content remains available in other locations because it does not violate
YouTube's Community Guidelines.

Best,
YouTube Legal Support
""")

case(name="yt-no-violation-keeps-up", from_="legal-support@google.com", date="Wed, 11 Sep 2024 13:40:00 +0900",
     subject="Re: [KCSC-240909-01] Outcome of your request", reply_to_req=R_YT,
     outcome="applied", classification="confirmation", items={YT[3]: "rejected"},
     imitates="YouTube 'we have decided not to take action' reply to a legal complaint",
     why="negated removal with a reason and no action at all = rejected",
     body=f"""Hello,

Thanks for your patience. After careful review, we have decided not to take
action on the following video, as we did not find it to violate our Community
Guidelines or local law:

{YT[3]}

If you have additional information, such as a court order, you may submit a
new request at https://support.google.com/legal/answer/3110420

Kind regards,
YouTube Legal Support
""")

case(name="yt-age-restricted", from_="noreply-legal@youtube.com", date="Thu, 12 Sep 2024 10:20:00 +0900",
     subject="Your report to YouTube - KCSC-240909-01", reply_to_req=R_YT,
     outcome="applied", classification="confirmation", items={YT[4]: "restricted"},
     imitates="YouTube age-restriction outcome notice ('we've age-restricted the video')",
     why="age-restricted = restricted (the issue lists it in the restriction family)",
     body=f"""Hi,

We reviewed the video below and decided to age-restrict it. Viewers must now be
signed in and over 18 to watch it.

Video: {YT[4]}

Learn more about age-restricted content:
https://support.google.com/youtube/answer/2802167

- The YouTube Team
""")

case(name="yt-status-line-below-url", from_="legal-support@google.com", date="Thu, 12 Sep 2024 17:05:00 +0900",
     subject="Re: [KCSC-240909-01] Status update", reply_to_req=R_YT,
     outcome="applied", classification="confirmation",
     items={YT[5]: "removed", YT[6]: "not_found"},
     imitates="Google legal removals per-URL outcome list (URL, then outcome on the next line)",
     why="each status stands on the line under its bare URL",
     body=f"""Hello,

Please find below the outcome for the URLs in your request.

{YT[5]}
Removed globally - violation of our harassment policy

{YT[6]}
We could not find this video; the URL does not point to any content.

Thank you,
Google Legal Removals
""")

case(name="yt-html-table-base64", from_="legal-support@google.com", date="Fri, 13 Sep 2024 11:11:00 +0900",
     subject="Re: [KCSC-240909-01] Results", reply_to_req=R_YT,
     outcome="applied", classification="confirmation",
     items={YT[7]: "removed", YT[8]: "restricted"},
     imitates="Google legal support HTML outcome table (URL | Action taken), multipart/alternative base64",
     why="table rows: removed; blocked in South Korea = restricted",
     raw_mime=alternative(
         f"""Hello,

Outcome of your request KCSC-240909-01:

URL | Action taken
{YT[7]} | Removed from YouTube
{YT[8]} | Blocked in South Korea (local law)

Regards,
YouTube Legal Support
""",
         f"""<html><body><p>Hello,</p><p>Outcome of your request KCSC-240909-01:</p>
<table border="1"><tr><th>URL</th><th>Action taken</th></tr>
<tr><td><a href="{YT[7]}">{YT[7]}</a></td><td>Removed from YouTube</td></tr>
<tr><td><a href="{YT[8]}">{YT[8]}</a></td><td>Blocked in South Korea (local law)</td></tr>
</table><p>Regards,<br>YouTube Legal Support</p></body></html>"""))

case(name="yt-csv-attachment", from_="legal-support@google.com", date="Fri, 13 Sep 2024 15:30:00 +0900",
     subject="Re: [KCSC-240909-01] outcome spreadsheet", reply_to_req=R_YT,
     outcome="applied", classification="confirmation",
     items={YT[9]: "removed", YT[10]: "rejected"},
     imitates="bulk legal-request outcome sent as a CSV attachment (URL, decision, reason)",
     why="CSV rows: removed; 'No action - does not violate policy' = rejected",
     raw_mime=mixed("Hello,\n\nThe decision for each URL is in the attached file.\n\nYouTube Legal Support",
                    "text/csv", "KCSC-240909-01_outcome.csv",
                    b64(f"url,decision,reason\n{YT[9]},Removed,Community Guidelines - sexual content\n"
                        f"{YT[10]},No action,Does not violate policy\n")))

case(name="yt-still-under-review", from_="legal-support@google.com", date="Sat, 14 Sep 2024 08:45:00 +0900",
     subject="Re: [KCSC-240909-01] Short update", reply_to_req=R_YT,
     outcome="review", review="not_understood", items={},
     imitates="YouTube 'your request is still being reviewed, we will update you' interim reply",
     why="names one item but only says it is still under review: nothing done yet; a clerk must see it, not ignore it",
     body=f"""Hello,

Just a short update: the Short below is still under review by our specialist
team, and we will come back to you once a decision has been made.

{YT[11]}

Thanks for your patience,
YouTube Legal Support
""")

case(name="yt-top-posted-over-quoted-list", from_="legal-support@google.com", date="Sat, 14 Sep 2024 12:02:00 +0900",
     subject="Re: [KCSC-240909-01] Correction request", reply_to_req=R_YT,
     outcome="applied", classification="confirmation",
     items={YT[12]: "removed", YT[13]: "removed"},
     imitates="Gmail top-posted reply above the quoted original request ('On ... wrote:' block)",
     why="the reply states the Short was removed and the channel terminated; the quoted list of 14 URLs below counts for nothing",
     body=f"""Hi,

The Short {YT[12]} has been taken down, and the channel
{YT[13]} has been terminated for repeated violations.
The other URLs in your request are handled in separate emails.

YouTube Legal Support

{quoted_request("KCSC-240909-01", YT, "Mon, Sep 9, 2024 at 10:00 AM")}
""")

case(name="yt-out-of-office", from_="m.keller@google.com", date="Mon, 09 Sep 2024 10:00:31 +0900",
     subject="Automatic reply: [KCSC-240909-01] Correction request", reply_to_req=R_YT,
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     outcome="ignored", classification="auto_reply", items={},
     imitates="Outlook/Gmail 'Automatic reply' out-of-office message",
     why="an out-of-office reply says nothing about any item",
     body="""Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent legal removal matters please use the web
form at https://support.google.com/legal.

Best regards,
Martin
""")

case(name="yt-ticket-receipt", from_="legal-support@google.com", date="Mon, 09 Sep 2024 10:04:00 +0900",
     subject="[5-2190000082814] We received your request KCSC-240909-01", reply_to_req=R_YT,
     outcome="ignored", classification="acknowledgement", items={},
     imitates="Google legal support automated case-number receipt",
     why="a pure ticket receipt: says a case was opened, states nothing about items",
     body="""Hello,

Thanks for reaching out. This is to confirm that we have received your
request, and a case has been created with ID 5-2190000082814.

Please do not reply to this message. We will be in touch once our review is
complete.

The Google Legal Support Team
""")

case(name="yt-dsa-statement-of-reasons", from_="legal-support@google.com", date="Sun, 15 Sep 2024 19:00:00 +0900",
     subject="Decision on your notice KCSC-240909-01", reply_to_req=R_YT,
     outcome="applied", classification="confirmation", items={YT[0]: "restricted"},
     imitates="DSA-style statement of reasons (Decision / Territorial scope / Ground / Redress)",
     why="'Visibility restriction - content blocked' with territorial scope Republic of Korea = restricted",
     body=f"""Decision notice

Content: {YT[0]}
Decision: Visibility restriction - content blocked
Territorial scope: Republic of Korea
Ground: Illegal content under local law
Automated detection: No
Redress: you may appeal via https://support.google.com/legal/contact/lr_appeal

YouTube Legal Support
""")

case(name="yt-outlook-original-message", from_="legal-kr@google.com", date="Sun, 15 Sep 2024 21:14:00 +0900",
     subject="RE: [KCSC-240909-01] Correction request", reply_to_req=R_YT,
     outcome="applied", classification="confirmation", items={YT[9]: "removed"},
     imitates="Outlook reply with '-----Original Message-----' block quoting the request",
     why="one statement about one video above the quoted request; quoted URLs are not statements",
     body=f"""Dear KCSC,

The video at {YT[9]} has been removed globally for violating
our policy on non-consensual intimate imagery.

Regards,
Google Korea Legal

{quoted_request("KCSC-240909-01", YT, "Monday, September 9, 2024 10:00 AM", style="outlook")}
""")

case(name="yt-url-below-statement", from_="legal-support@google.com", date="Mon, 16 Sep 2024 10:10:00 +0900",
     subject="Re: [KCSC-240909-01] further results", reply_to_req=R_YT,
     outcome="applied", classification="confirmation",
     items={YT[10]: "restricted", YT[11]: "removed"},
     imitates="YouTube outcome email with a statement line followed by the URL on the next line",
     why="statement on the line above each URL: age-restricted = restricted; removed",
     body=f"""Hello,

The following video has been age-restricted:
{YT[10]}

The following Short was removed under our Community Guidelines:
{YT[11]}

Regards,
YouTube Legal Support
""")

case(name="yt-claims-x-items", from_="legal-support@google.com", date="Mon, 16 Sep 2024 14:00:00 +0900",
     subject="Re: your removal requests", reply_to_req=R_X,
     outcome="review", review="wrong_platform", items={},
     imitates="platform legal desk replying about a link outside its service",
     why="trusted Google mail claiming two x.com posts removed: Google cannot act on X; they stay pending",
     body=f"""Hello,

We have removed the following content:

{X[0]}
{X[1]}

Regards,
Google Legal Support
""")

# ================================================================ X (5 items)
case(name="x-country-withheld", from_="legal@x.com", date="Tue, 10 Sep 2024 18:30:00 +0900",
     subject="Re: KCSC-240910-01 - Country Withheld Content", reply_to_req=R_X,
     outcome="applied", classification="confirmation",
     items={X[0]: "restricted", X[1]: "restricted"},
     imitates="X 'Country withheld content' notice ('withheld in: KR')",
     why="withheld in South Korea = restricted, for both listed posts",
     body=f"""Hello,

In response to your request, X has withheld the following posts in South Korea:

- {X[0]}
- {X[1]}

More information about withheld content is available at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""")

case(name="x-numbered-mixed", from_="legal@x.com", date="Wed, 11 Sep 2024 12:00:00 +0900",
     subject="Re: KCSC-240910-01", reply_to_req=R_X,
     outcome="applied", classification="confirmation",
     items={X[2]: "removed", X[3]: "rejected"},
     imitates="X legal outcome with numbered per-post results",
     why="1: removed for violating the X Rules; 2: no violation, remains available = rejected",
     body=f"""Hello,

We reviewed the reported posts. Results:

1. {X[2]} - removed for violating the X Rules (non-consensual nudity).
2. {X[3]} - after review we found no violation of the X Rules or local law; the post remains available.

Thank you,
X Legal
""")

case(name="x-dmarc-fail", from_="legal@x.com", auth="fail", date="Wed, 11 Sep 2024 20:00:00 +0900",
     subject="Re: KCSC-240910-01", reply_to_req=R_X,
     outcome="review", review="untrusted", items={},
     imitates="spoofed platform reply failing DMARC",
     why="DMARC fails for x.com: the claimed removal cannot be trusted",
     body=f"""Hello,

The post {X[4]} has been removed.

X Legal
""")

case(name="x-deleted-by-author", from_="legal@x.com", date="Thu, 12 Sep 2024 09:15:00 +0900",
     subject="Re: KCSC-240910-01", reply_to_req=R_X,
     outcome="applied", classification="confirmation", items={X[4]: "not_found"},
     imitates="X reply that the post was deleted by its author before review",
     why="could not locate; deleted by the account holder before review = not_found (not a removal by X)",
     body=f"""Hello,

We could not locate the post {X[4]}. It was deleted by the account holder
before our review.

X Legal
""")

case(name="x-partly-done", from_="legal@x.com", date="Fri, 13 Sep 2024 16:00:00 +0900",
     subject="Re: KCSC-240910-01", reply_to_req=R_X,
     outcome="review", review="not_understood", items={},
     imitates="platform reply stating action on 'some' of the listed posts without saying which",
     why="'some of' the listed posts removed, others still under review, without saying which: nothing may be applied",
     body=f"""Hello,

We have taken action on some of the posts below; the rest are still under review.

{X[0]}
{X[2]}
{X[3]}

X Legal
""")

case(name="x-quoted-printable-alt", from_="legal@x.com", date="Sat, 14 Sep 2024 10:00:00 +0900",
     subject="Re: KCSC-240910-01 update", reply_to_req=R_X,
     outcome="applied", classification="confirmation", items={X[1]: "removed"},
     imitates="X legal HTML/text email, quoted-printable encoded",
     why="QP-encoded statement: post removed for violating the rules",
     raw_mime=alternative(
         f"Hello,\n\nWe have removed the post {X[1]} for violating our rules on synthetic and manipulated media.\n\nX Legal\n",
         f"<html><body><p>Hello,</p><p>We have removed the post <a href=\"{X[1]}\">{X[1]}</a> for violating our rules on synthetic and manipulated media.</p><p>X Legal</p></body></html>",
         enc="quoted-printable"))

case(name="x-portal-notice-no-items", from_="legal@x.com", date="Sun, 15 Sep 2024 11:00:00 +0900",
     subject="Re: KCSC-240910-01", reply_to_req=R_X,
     outcome="review", review="not_understood", items={},
     imitates="platform notice redirecting legal requests to a web portal",
     why="references our request but says nothing about any item: not an acknowledgement of receipt either, a clerk must read it",
     body="""Hello,

Please note that X now only processes legal requests from government bodies via
our Legal Request portal: https://legalrequests.x.com/

Emails to this address are no longer monitored for new submissions.

X Legal
""")

# ================================================================ Telegram (4 items)
case(name="tg-reported-content-echoed", from_="abuse@telegram.org", date="Wed, 11 Sep 2024 15:30:00 +0900",
     subject="Re: KCSC-240911-01", reply_to_req=R_TG,
     outcome="applied", classification="confirmation",
     items={TG[0]: "removed", TG[1]: "removed"},
     imitates="Telegram abuse-desk reply: 'the reported content was removed', followed by the echoed report",
     why="statement about 'the reported content' then the echoed report listing two URLs",
     body=f"""Hello,

Thank you for your report. The reported content has been removed.

--- Your report ---
Reference: KCSC-240911-01
Links:
{TG[0]}
{TG[1]}
Reason: Non-consensual intimate imagery
""")

case(name="tg-will-act", from_="abuse@telegram.org", date="Thu, 12 Sep 2024 10:00:00 +0900",
     subject="Re: KCSC-240911-01", reply_to_req=R_TG,
     outcome="review", review="not_understood", items={},
     imitates="abuse-desk promise of future action",
     why="future tense ('will be taken down shortly'): nothing is done yet",
     body=f"""Hi,

Thanks. The message {TG[2]} will be taken down shortly by our moderators.

Telegram Abuse
""")

case(name="tg-unknown-sender", from_="support@telegram-moderation.net", date="Thu, 12 Sep 2024 18:40:00 +0900",
     subject="Re: KCSC-240911-01 takedown done", reply_to_req=R_TG,
     name_from="Telegram Moderation",
     outcome="review", review="unknown_sender", items={},
     imitates="look-alike domain impersonating a platform's moderation desk",
     why="authenticated but telegram-moderation.net is no platform's domain; names our items",
     body=f"""Dear partner,

Both links were blocked:
{TG[2]}
{TG[3]}

Telegram Moderation Team
""")

case(name="tg-invalid-link", from_="abuse@telegram.org", date="Fri, 13 Sep 2024 09:20:00 +0900",
     subject="Re: KCSC-240911-01", reply_to_req=R_TG,
     outcome="applied", classification="confirmation", items={TG[3]: "not_found"},
     imitates="Telegram abuse reply that a link is invalid / does not exist",
     why="'does not exist' = not_found",
     body=f"""Hello,

The link {TG[3]} is invalid: this message does not exist.

Telegram Abuse
""")

case(name="tg-bounce-reminder", from_="MAILER-DAEMON@mx.kcsc.example", auth="none",
     date="Thu, 19 Sep 2024 09:00:05 +0900", name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender",
     outcome="ignored", classification="bounce", items={},
     imitates="Postfix delivery status notification (multipart/report; report-type=delivery-status)",
     why="a bounce of our own reminder says nothing about any item",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b82dsn"

--b82dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mail.telegram.org[198.51.100.7] said: 552 5.2.2
    mailbox full

--b82dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 19 Sep 2024 09:00:01 +0900

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--b82dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: KCSC-240911-01
Message-ID: <reminder-240911-01-1@kcsc.example>

--b82dsn--
""")

# ================================================================ TikTok (3 items)
case(name="tiktok-removed-guidelines", from_="legal-kr@tiktok.com", date="Thu, 12 Sep 2024 19:00:00 +0900",
     subject="Re: KCSC-240912-01 | TikTok", reply_to_req=R_TT,
     outcome="applied", classification="confirmation", items={TT[0]: "removed"},
     imitates="TikTok 'we removed the video for violating our Community Guidelines' outcome",
     why="video removed; guidelines and support links are not items",
     body=f"""Hi,

Thank you for your report. We reviewed the video and removed it for violating
our Community Guidelines:

{TT[0]}

Community Guidelines: https://www.tiktok.com/community-guidelines
Support: https://support.tiktok.com/

TikTok Trust & Safety
""")

case(name="tiktok-per-line-restricted-notfound", from_="legal-kr@tiktok.com", date="Fri, 13 Sep 2024 11:00:00 +0900",
     subject="Re: KCSC-240912-01 | Result", reply_to_req=R_TT,
     outcome="applied", classification="confirmation",
     items={TT[1]: "restricted", TT[2]: "not_found"},
     imitates="TikTok local-law outcome listing per-URL results",
     why="restricted in your country/region under local law; 'couldn't find' = not_found",
     body=f"""Hi,

Here are the results of our review:

{TT[1]}: restricted in your country/region under local law
{TT[2]}: we couldn't find any content at this link

TikTok Legal
""")

case(name="tiktok-ack", from_="noreply@tiktok.com", date="Thu, 12 Sep 2024 14:05:00 +0900",
     subject="We received your report (KCSC-240912-01)", reply_to_req=R_TT,
     outcome="ignored", classification="acknowledgement", items={},
     imitates="TikTok automated 'We received your report' confirmation",
     why="pure acknowledgement of receipt, no item statement",
     body="""Hi,

We've received your report. Our team will review it and let you know the
outcome. Ticket number: TT-82-4417301.

TikTok Support
""")

# ================================================================ Meta (3 items)
case(name="meta-local-law-echoed", from_="noreply@meta.com", date="Sat, 14 Sep 2024 10:30:00 +0900",
     subject="Re: KCSC-240913-01 - Your report about content on Instagram", reply_to_req=R_MT,
     outcome="applied", classification="confirmation",
     items={MT[0]: "restricted", MT[1]: "restricted"},
     imitates="Meta local-law report outcome ('we've restricted access to this content in your country'), echoed report below",
     why="statement about the reported content, echoed report lists two Instagram URLs",
     body=f"""Hi,

Thanks for your report. We've restricted access to the content you reported in
South Korea, based on local law.

Your report
Submitted: Sep 13, 2024
Content reported:
{MT[0]}
{MT[1]}

Learn more: https://transparency.meta.com/reports/content-restrictions/

Meta
""")

case(name="meta-doesnt-go-against", from_="noreply@fb.com", date="Sat, 14 Sep 2024 12:00:00 +0900",
     subject="Re: KCSC-240913-01 - Update on your report", reply_to_req=R_MT,
     outcome="applied", classification="confirmation", items={MT[2]: "rejected"},
     imitates="Facebook 'We didn't remove this post because it doesn't go against our Community Standards'",
     why="negated removal with reason = rejected",
     body=f"""Hi,

We reviewed the post you reported:
{MT[2]}

We didn't remove it because it doesn't go against our Community Standards.

See the Community Standards: https://transparency.meta.com/policies/community-standards/

Meta
""")

case(name="meta-xlsx-attachment", from_="lawenforcement@meta.com", date="Sun, 15 Sep 2024 09:00:00 +0900",
     subject="Re: KCSC-240913-01 outcome", reply_to_req=R_MT,
     outcome="applied", classification="confirmation",
     items={MT[0]: "removed", MT[1]: "restricted", MT[2]: "rejected"},
     imitates="Meta spreadsheet outcome of a bulk government request (XLSX)",
     why="three rows: Removed / Restricted in KR / No violation - no action",
     raw_mime=mixed("Hello,\n\nPlease see the attached spreadsheet for the outcome per URL.\n\nMeta Legal",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "KCSC-240913-01.xlsx",
                    xlsx([["URL", "Outcome"], [MT[0], "Removed"], [MT[1], "Restricted in KR"],
                          [MT[2], "No violation - no action taken"]])))

case(name="meta-hedged-may-be-removed", from_="noreply@meta.com", date="Mon, 16 Sep 2024 10:00:00 +0900",
     subject="Re: KCSC-240913-01", reply_to_req=R_MT,
     outcome="review", review="not_understood", items={},
     imitates="hedged platform reply ('it appears this content may already have been removed')",
     why="hedge: 'appears ... may already have been removed'; nobody confirms anything",
     body=f"""Hi,

It appears the reel {MT[1]} may already have been removed. We're checking.

Meta
""")

case(name="meta-lookalike-domain", from_="support@meta-trust-safety.help", date="Mon, 16 Sep 2024 11:00:00 +0900",
     subject="Re: KCSC-240913-01", reply_to_req=R_MT, name_from="Meta Trust & Safety",
     outcome="review", review="unknown_sender", items={},
     imitates="impersonation of Meta support from a look-alike domain",
     why="authenticated domain belongs to no platform; it names our item",
     body=f"""Hello,

The post {MT[2]} has been deleted.

Meta Trust & Safety
""")

# ================================================================ Reddit (2 items)
case(name="reddit-safety-echoed-report", from_="noreply@reddit.com", date="Mon, 16 Sep 2024 16:00:00 +0900",
     subject="Re: KCSC-240916-01 - Thanks for your report", reply_to_req=R_RD,
     outcome="applied", classification="confirmation",
     items={RD[0]: "removed", RD[1]: "removed"},
     imitates="Reddit Safety report outcome ('found a violation ... removed it'), report details echoed below",
     why="'we've removed it' about the reported content; both URLs in the echoed report details",
     body=f"""Hi,

Thanks for submitting a report to the Reddit admin team. After investigating,
we've found that the reported content violates Reddit's Content Policy and we
have removed it.

Report details
Report reason: Non-consensual intimate media
Reported content:
{RD[0]}
{RD[1]}

Content Policy: https://www.redditinc.com/policies/content-policy

Thanks,
Reddit Safety
""")

case(name="reddit-gmail-quoted", from_="legal@reddit.com", date="Tue, 17 Sep 2024 10:00:00 +0900",
     subject="Re: KCSC-240916-01", reply_to_req=R_RD,
     outcome="applied", classification="confirmation", items={RD[1]: "removed"},
     imitates="Reddit legal reply with a Gmail 'On ... wrote:' quote",
     why="one unquoted statement about one thread; quoted list is not a statement",
     body=f"""Hello,

This post has been removed by Reddit's Safety team:
{RD[1]}

Best,
Reddit Legal

{quoted_request("KCSC-240916-01", RD, "Mon, Sep 16, 2024 at 10:00 AM")}
""")

case(name="reddit-read-receipt", from_="j.ortiz@reddit.com", date="Mon, 16 Sep 2024 10:30:00 +0900",
     subject="Read: KCSC-240916-01 Correction request",
     outcome="ignored", classification="read_receipt", items={},
     imitates="Outlook read receipt (MDN, multipart/report; report-type=disposition-notification)",
     why="a read receipt states nothing",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b82mdn"

--b82mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@reddit.com
  Subject: KCSC-240916-01 Correction request
  Sent: Monday, September 16, 2024 10:00 AM

was read on Monday, September 16, 2024 10:29 AM.

--b82mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.reddit.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@reddit.com
Original-Message-ID: <{R_RD}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b82mdn--
""")

case(name="reddit-out-of-office", from_="legal@reddit.com", date="Mon, 16 Sep 2024 10:00:40 +0900",
     subject="Out of Office: KCSC-240916-01 Correction request", reply_to_req=R_RD,
     extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored", classification="auto_reply", items={},
     imitates="out-of-office auto-reply from a legal mailbox",
     why="auto-reply, no statement",
     body="""Hello,

Our team is away for a company holiday until Wednesday, September 18. Your
message has been received and will be handled when we return.

Reddit Legal
""")

# ================================================================ Discord (1 item)
case(name="discord-asks-more", from_="legal@discord.com", date="Tue, 17 Sep 2024 13:00:00 +0900",
     subject="Re: KCSC-240917-01", reply_to_req=R_DC,
     outcome="review", review="asks_more", items={},
     imitates="Discord Trust & Safety request for message links and server ID",
     why="asks for message links before acting; no action taken yet",
     body=f"""Hi there,

Thanks for reaching out. An invite link such as {DC[0]} is not enough for us
to investigate. Could you please send the message links (right-click >
Copy Message Link) and the server ID? See
https://support.discord.com/hc/en-us/articles/206346498

Discord Trust & Safety
""")

case(name="discord-server-removed", from_="legal@discord.com", date="Wed, 18 Sep 2024 15:00:00 +0900",
     subject="Re: KCSC-240917-01 - action taken", reply_to_req=R_DC,
     outcome="applied", classification="confirmation", items={DC[0]: "removed"},
     imitates="Discord T&S 'we have taken action: the server has been removed' reply",
     why="server behind the invite removed; invite no longer works as a consequence = removed",
     body=f"""Hi,

We've investigated the server reached through {DC[0]} and
have removed it from Discord for violating our Community Guidelines.

Discord Trust & Safety
Community Guidelines: https://discord.com/guidelines
""")


if __name__ == "__main__":
    write_requests()
    for c in C:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, "blind82", "# Blind set 82 (issue 11): expected results written from meaning before any run.", C)
