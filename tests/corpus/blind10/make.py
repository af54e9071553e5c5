#!/usr/bin/env python3
"""Blind set 10 (issue 11): English-language replies from the widest range of
services a regulator writes to (X, YouTube, Meta, TikTok, Telegram, Reddit,
Discord, an adult video site, a file locker, an image host, a CDN and a
domain registrar).

Written blind: without reading the reader, its docs or any other corpus set's
cases. Each case imitates a public notice or template named in `imitates`,
in our own sentences, with fictional URLs. The expected result of every case
was written here from the email's meaning before anything was run.

    python3 tests/corpus/blind10/make.py      # rewrites cases/, expected.toml, requests.csv

Deterministic: no clock, no randomness; the XLSX is zipped by hand with fixed
timestamps.
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
    "support.facebook.com": "Facebook",
    "instagram.com": "Instagram",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "discord.com": "Discord",
    "cloudflare.com": "Cloudflare",
    "namecheap.com": "Namecheap Legal & Abuse",
    "imgur.com": "Imgur",
    "mega.nz": "MEGA",
    "aylo.com": "Aylo Content Removal",
})

# ---------------------------------------------------------------- requests
X = "https://x.com/"
XU = {
    1: X + "hanbit_leaks/status/1832001000000000101",
    2: X + "hanbit_leaks/status/1832001000000000102",
    3: X + "hanbit_leaks/status/1832001000000000103",
    4: X + "darkroom_kr99/status/1832001000000000201",
    5: X + "darkroom_kr99/status/1832001000000000202",
    6: X + "darkroom_kr99/status/1832001000000000203",
    7: X + "darkroom_kr99/status/1832001000000000204",
    8: X + "moonlit_vault/status/1832001000000000301",
    9: X + "moonlit_vault/status/1832001000000000302",
    10: X + "moonlit_vault/status/1832001000000000303",
    11: X + "seoul_nightcam/status/1832001000000000401",
    12: X + "seoul_nightcam/status/1832001000000000402",
    13: X + "seoul_nightcam/status/1832001000000000403",
    14: X + "seoul_nightcam/status/1832001000000000404",
}
YT = [
    "https://www.youtube.com/watch?v=Qm7rT2xLp0a",
    "https://www.youtube.com/watch?v=Zk3Vb8nWq1e",
    "https://www.youtube.com/shorts/Hp5Jd9sLm2c",
    "https://www.youtube.com/watch?v=Lx0Ne4RtY7u",
    "https://www.youtube.com/watch?v=Wc6Ga1PoK3i",
]
META = [
    "https://www.facebook.com/permalink.php?story_fbid=pfbid02AbCdEfGh7Jk3Lm&id=100089912345678",
    "https://www.facebook.com/groups/3345567788990011/posts/7781234509876543/",
    "https://www.instagram.com/p/C9xKq2LtRzA/",
    "https://www.instagram.com/reel/C9yPm4NvWbE/",
]
TT = [
    "https://www.tiktok.com/@bada.nightlife/video/7412030405060708091",
    "https://www.tiktok.com/@bada.nightlife/video/7412030405060708092",
    "https://www.tiktok.com/@hwarang_clips/video/7413111222333444555",
]
RD = [
    "https://www.reddit.com/r/kleaks_archive/comments/1fb2x9q/new_folder_posted/",
    "https://www.reddit.com/r/kleaks_archive/comments/1fb3k1m/comment/lm0ab12/",
]
DC = ["https://discord.gg/hanbitVault"]
TG = [
    "https://t.me/jamsil_archive/4410",
    "https://t.me/jamsil_archive/4411",
    "https://t.me/bunker_kr22/87",
]
CF = [
    "https://yadong-hub.example/video/88213",
    "https://yadong-hub.example/video/88240",
]
NC = ["http://webtoon-free-kr.example/"]
IM = [
    "https://imgur.com/a/Xq7Lm2P",
    "https://i.imgur.com/Bv9Kd3T.jpeg",
]
MG = [
    "https://mega.nz/file/Hk3mQbZA#Tq9vX2-LpR8sN4wY7zC1aE5dF0gB6hJ3kM2nP8qS",
    "https://mega.nz/folder/Vn8xWcKL#Jp4rT6yU1iO9aS3dF7gH2k",
]
PH = [
    "https://www.pornhub.com/view_video.php?viewkey=66d8f1a2b3c4e",
    "https://www.pornhub.com/view_video.php?viewkey=ph63f0c9d1e2a7b",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-12T10:00:00+09:00",
     [XU[i] for i in range(1, 15)], "obscenity", "req-240909-01"),
    ("KCSC-240910-01", "youtube", "2024-09-10T11:00:00+09:00", "2024-09-13T11:00:00+09:00",
     YT, "obscenity", "req-240910-01"),
    ("KCSC-240911-01", "meta", "2024-09-11T09:30:00+09:00", "2024-09-14T09:30:00+09:00",
     META, "obscenity", "req-240911-01"),
    ("KCSC-240911-02", "tiktok", "2024-09-11T15:00:00+09:00", "2024-09-14T15:00:00+09:00",
     TT, "obscenity", "req-240911-02"),
    ("KCSC-240912-01", "reddit", "2024-09-12T10:00:00+09:00", "2024-09-15T10:00:00+09:00",
     RD, "obscenity", "req-240912-01"),
    ("KCSC-240912-02", "discord", "2024-09-12T14:00:00+09:00", "2024-09-15T14:00:00+09:00",
     DC, "obscenity", "req-240912-02"),
    ("KCSC-240913-01", "telegram", "2024-09-13T10:00:00+09:00", "2024-09-16T10:00:00+09:00",
     TG, "obscenity", "req-240913-01"),
    ("KCSC-240913-02", "cloudflare", "2024-09-13T16:00:00+09:00", "2024-09-16T16:00:00+09:00",
     CF, "obscenity", "req-240913-02"),
    ("KCSC-240914-01", "namecheap", "2024-09-14T10:00:00+09:00", "2024-09-17T10:00:00+09:00",
     NC, "copyright", "req-240914-01"),
    ("KCSC-240915-01", "imgur", "2024-09-15T10:00:00+09:00", "2024-09-18T10:00:00+09:00",
     IM, "obscenity", "req-240915-01"),
    ("KCSC-240916-01", "mega", "2024-09-16T10:00:00+09:00", "2024-09-19T10:00:00+09:00",
     MG, "obscenity", "req-240916-01"),
    ("KCSC-240916-02", "aylo", "2024-09-16T13:00:00+09:00", "2024-09-19T13:00:00+09:00",
     PH, "obscenity", "req-240916-02"),
    ("KCSC-240917-01", "tiktok", "2024-09-17T10:00:00+09:00", "2024-09-20T10:00:00+09:00",
     ["https://www.tiktok.com/@midnight.kr/video/7414555666777888999"], "gambling", "req-240917-01"),
]
TT2 = REQUESTS[-1][4][0]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", ""])


# ---------------------------------------------------------------- helpers
def our_request(ref, urls, prefix="> "):
    """Our own request as platforms quote it back (quoted text: never a statement)."""
    lines = [
        f"[{ref}] Request for removal of illegal content",
        "",
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission requests that the",
        "following content be removed or blocked; content that is removed",
        "must be deleted everywhere, and blocked items must stay blocked:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please confirm for each URL whether it was removed.", "", "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def mixed(plain, html, boundary, enc="8bit"):
    def part(ctype, body):
        if enc == "quoted-printable":
            data = quopri.encodestring(body.encode("utf-8")).decode("ascii")
        elif enc == "base64":
            data = base64.encodebytes(body.encode("utf-8")).decode("ascii")
        else:
            data = body
        return (f"--{boundary}\nContent-Type: {ctype}; charset=utf-8\n"
                f"Content-Transfer-Encoding: {enc}\n\n{data.rstrip()}\n")
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            + part("text/plain", plain) + part("text/html", html) + f"--{boundary}--\n")


def with_attachment(body, fname, ctype, data, boundary):
    b64 = base64.encodebytes(data).decode("ascii")
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{body.strip()}\n\n"
            f'--{boundary}\nContent-Type: {ctype}; name="{fname}"\n'
            f'Content-Disposition: attachment; filename="{fname}"\nContent-Transfer-Encoding: base64\n\n'
            f"{b64}--{boundary}--\n")


def xlsx(rows):
    """A minimal, valid XLSX (inline strings), zipped with fixed timestamps."""
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    cols = "ABCDEFGH"
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(
            f'<c r="{cols[c]}{r}" t="inlineStr"><is><t>{esc(v)}</t></is></c>' for c, v in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>'),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Results" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>'),
        "xl/worksheets/sheet1.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + "".join(sheet_rows) + '</sheetData></worksheet>'),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 9, 12, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===== X (KCSC-240909-01, 14 items) =====
case(
    name="x-withheld-country-bullets-outlook-quote",
    date="Tue, 10 Sep 2024 08:14:37 +0000",
    **{"from": "legal-support@x.com"},
    subject="RE: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Thank you for your request. X received your correspondence regarding the
accounts and posts listed below.

After review, we have withheld access to the following posts in the
Republic of Korea, in response to the legal demand you submitted:

  * {XU[4]}
  * {XU[5]}
  * {XU[6]}
  * {XU[7]}

Users in Korea who try to open these posts now see a "withheld in KR in
response to a legal demand" notice. The posts remain available elsewhere.

We have notified the account holder of this action, as described in
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240909-01] Request for removal of illegal content

{our_request("KCSC-240909-01", [XU[i] for i in range(1, 15)], prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="X (Twitter) Legal 'withheld in [country] in response to a legal demand' reply to a government request, Outlook -----Original Message----- quote",
    why="a bulleted list under one 'withheld ... in the Republic of Korea' sentence restricts four posts; the other ten items appear only in the unprefixed Outlook quote (which says 'must be deleted') and stay pending; the help link is not an item",
    items={XU[i]: "restricted" for i in range(4, 8)},
)

case(
    name="x-status-below-bare-url",
    date="Tue, 10 Sep 2024 11:02:10 +0000",
    **{"from": "no-reply@x.com"},
    subject="Case 0917-KR-55812: outcome of your legal request [KCSC-240909-01]",
    reply_to_req="req-240909-01",
    body=f"""X Corp. - Legal Request Outcome
Case number: 0917-KR-55812
Your reference: KCSC-240909-01

We reviewed the reported content under the X Rules and applicable local law.
Outcome per reported URL:

{XU[1]}
Removed. This post violated the X Rules on non-consensual nudity.

{XU[2]}
Withheld in: KR (Republic of Korea)

{XU[3]}
No action taken. We did not find this post to be in violation of the X Rules,
and we do not consider it unlawful in the jurisdiction cited.

If you have further information, you can reply to this email quoting the
case number above. More on how we handle legal requests:
https://help.x.com/en/rules-and-policies/x-legal-faqs

X Corp., 1355 Market Street, San Francisco, CA 94103
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email (case number, per-URL outcome lines 'Withheld in: KR', 'No action taken')",
    why="each status stands on the line(s) right below its bare URL: removed, withheld in KR (restricted), 'no action taken ... not in violation' (a negated action with a reason = rejected)",
    items={XU[1]: "removed", XU[2]: "restricted", XU[3]: "rejected"},
)

case(
    name="x-account-suspended-reported-posts",
    date="Wed, 11 Sep 2024 02:40:55 +0000",
    **{"from": "legal-support@x.com"},
    subject="RE: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req="req-240909-01",
    body=f"""Hi KCSC team,

The account @moonlit_vault has been permanently suspended for violating the
X Rules. As a result, the reported posts from this account are no longer
available on X:

{XU[8]}
{XU[9]}
{XU[10]}

The remaining posts in your request are still being assessed and we will
follow up separately.

Thanks,
Dana
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X 'account suspended for violating the X Rules' notice naming the reported posts (a human agent's short reply)",
    why="a suspension that makes the reported posts 'no longer available on X' removes the three listed posts; 'still being assessed' for the rest keeps the other eleven pending",
    items={XU[8]: "removed", XU[9]: "removed", XU[10]: "removed"},
)

case(
    name="x-html-table-mixed-statuses",
    date="Wed, 11 Sep 2024 09:20:00 +0000",
    **{"from": "legal-support@x.com"},
    subject="X Legal: result table for KCSC-240909-01",
    reply_to_req="req-240909-01",
    type="html",
    body=f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>Please find below the outcome for the posts of <b>@seoul_nightcam</b> named in your request KCSC-240909-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Outcome</th></tr>
<tr><td>1</td><td><a href="{XU[11]}">{XU[11]}</a></td><td>Post removed &ndash; violation of the X Rules</td></tr>
<tr><td>2</td><td><a href="{XU[12]}">{XU[12]}</a></td><td>Withheld in South Korea</td></tr>
<tr><td>3</td><td><a href="{XU[13]}">{XU[13]}</a></td><td>Post not found &ndash; it may have been deleted by the account owner before our review</td></tr>
<tr><td>4</td><td><a href="{XU[14]}">{XU[14]}</a></td><td>Pending &ndash; under legal review</td></tr>
</table>
<p>For appeals and policy information see <a href="https://help.x.com/en/forms/legal">help.x.com/en/forms/legal</a>.</p>
<p>X Legal Support</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="X legal team HTML outcome table (Reported URL | Outcome) with 'Withheld in South Korea' and 'not found' rows",
    why="HTML table rows: removed, withheld (restricted), not found (deleted by owner before review) and 'Pending - under legal review', which must stay pending",
    items={XU[11]: "removed", XU[12]: "restricted", XU[13]: "not_found", XU[14]: "pending"},
)

case(
    name="x-top-posted-over-gt-quote",
    date="Thu, 12 Sep 2024 01:05:41 +0000",
    **{"from": "dana.kim@x.com"},
    name_from="Dana Kim",
    subject="Re: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req="req-240909-01",
    body=f"""Quick update from our side: {XU[1]} and {XU[2]} were taken down
today for violating our rules. Nothing else has changed on this request yet.

Dana

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{our_request("KCSC-240909-01", [XU[i] for i in range(1, 15)])}
""",
    outcome="applied", classification="confirmation",
    imitates="a human agent's two-line top-posted Gmail reply over the '>'-quoted request (On ... wrote:)",
    why="only the two URLs in the agent's own sentence were taken down; every URL in the quote (next to 'removed'/'must be deleted') stays pending",
    items={XU[1]: "removed", XU[2]: "removed"},
)

case(
    name="x-autoreply-ooo-quoting-request",
    date="Mon, 09 Sep 2024 01:00:12 +0000",
    **{"from": "dana.kim@x.com"},
    name_from="Dana Kim",
    subject="Automatic reply: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""I am out of the office until Wednesday 11 September with limited
access to email. Legal requests are handled by legal-support@x.com in
my absence; please do not resend removal requests to me directly.

{our_request("KCSC-240909-01", [XU[i] for i in range(1, 15)])}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office 'Automatic reply:' with Auto-Submitted: auto-replied, quoting the request",
    why="an out-of-office reply says nothing about items; the quoted request's URLs and 'removed' words do not count",
    items={},
)

case(
    name="x-hedged-may-have-been-removed",
    date="Thu, 12 Sep 2024 06:31:09 +0000",
    **{"from": "legal-support@x.com"},
    subject="RE: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req="req-240909-01",
    body=f"""Hello,

It looks like {XU[5]} and {XU[6]} may have been removed already, possibly
by the account owner, but we have not been able to confirm this on our side.
We believe {XU[7]} might fall under our adult content policy; the team has
not reached a decision.

We will let you know once we have more information.

X Legal Support
""",
    outcome="review", review="not_understood",
    imitates="X Legal Support reply hedging about whether posts were removed (agent email)",
    why="'may have been removed ... not been able to confirm' and 'might fall under ... no decision' are hedged: a clerk would not record any status, but the email names requested items so it must be seen",
    items={},
)

case(
    name="x-dmarc-fail-spoof",
    date="Thu, 12 Sep 2024 09:12:44 +0000",
    **{"from": "legal-support@x.com"},
    auth="fail",
    subject="RE: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req="req-240909-01",
    body=f"""Hello,

All posts listed in your request have been removed:

{chr(10).join(XU[i] for i in range(8, 15))}

X Legal Support
""",
    outcome="review", review="untrusted",
    imitates="X Legal Support confirmation list (spoofed: DMARC fails for x.com)",
    why="a perfect removal list, but our server says dmarc=fail for x.com: nothing may be applied, and it must go to review",
    items={},
)

# ===== YouTube (KCSC-240910-01, 5 items) =====
case(
    name="yt-legal-removed-and-local-block",
    date="Wed, 11 Sep 2024 04:22:10 +0000",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240910-01] Your legal removal request",
    reply_to_req="req-240910-01",
    body=f"""Hello,

Thank you for contacting YouTube. We've reviewed the content you reported in
your legal request.

Upon review, we've removed the following content from YouTube for violating
our Community Guidelines:
- {YT[0]}
- {YT[2]}

We've also restricted access to the following content in South Korea based on
local law. It remains available in other locations:
- {YT[1]}

You can learn more about our policies at
https://support.google.com/youtube/answer/9288567 and about how we handle
legal removals at https://support.google.com/legal/answer/3110420.

Sincerely,
The YouTube Legal Support Team

(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support reply ('we've removed the following content from YouTube' / 'restricted access ... based on local law')",
    why="two headed lists: removed (a watch URL and a /shorts/ URL) and restricted in South Korea; two items not named stay pending; support.google.com links are not items",
    items={YT[0]: "removed", YT[2]: "removed", YT[1]: "restricted"},
)

case(
    name="yt-age-restricted-and-no-violation",
    date="Thu, 12 Sep 2024 00:48:31 +0000",
    **{"from": "noreply-legal@google.com"},
    name_from="Google Legal Support",
    subject="Your YouTube legal request [KCSC-240910-01] - Ticket 7-4120000014422",
    reply_to_req="req-240910-01",
    body=f"""Hello,

We have reviewed the videos you reported.

We have age-restricted the following video. It can no longer be viewed by
signed-out users or by users under 18:
{YT[3]}

The following video does not violate YouTube's Community Guidelines, and we
did not find sufficient grounds for removal under local law. We won't be
taking action on it at this time:
{YT[4]}

If you have additional information, such as a court order, you are welcome
to submit a new request at https://support.google.com/legal/troubleshooter/1114905.

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice plus a 'does not violate our Community Guidelines ... won't be taking action' decision (Google legal ticket reply)",
    why="the URL on the line below 'we have age-restricted the following video' is restricted; the one below 'does not violate ... won't be taking action' is rejected; the offer to submit a new request is not a request for information",
    items={YT[3]: "restricted", YT[4]: "rejected"},
)

case(
    name="yt-shorts-url-under-sentence-qp",
    date="Thu, 12 Sep 2024 07:15:00 +0000",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240910-01] Your legal removal request",
    reply_to_req="req-240910-01",
    raw_mime=mixed(
        f"""Hi there,

This video was removed for violating YouTube's policy on nudity and sexual content:
https://youtu.be/Hp5Jd9sLm2c

We couldn't find this video. It may have been deleted by the uploader before our review:
{YT[1]}

The YouTube Team
""",
        f"""<div dir="ltr"><p>Hi there,</p>
<p>This video was removed for violating YouTube's policy on nudity and sexual content:<br>
<a href="https://youtu.be/Hp5Jd9sLm2c">https://youtu.be/Hp5Jd9sLm2c</a></p>
<p>We couldn't find this video. It may have been deleted by the uploader before our review:<br>
<a href="{YT[1]}">{YT[1]}</a></p>
<p>The YouTube Team</p></div>""",
        "yt-qp-0001", enc="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="YouTube 'This video was removed for violating ...' short notice, multipart/alternative quoted-printable",
    why="each URL sits on the line below its statement; youtu.be/ID is the requested /shorts/ID video (removed); 'couldn't find ... may have been deleted by the uploader' is not_found (the hedge is about the past, the main statement is that it could not be found)",
    items={YT[2]: "removed", YT[1]: "not_found"},
)

case(
    name="yt-under-review-only",
    date="Wed, 11 Sep 2024 01:02:03 +0000",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240910-01] Your legal removal request",
    reply_to_req="req-240910-01",
    body=f"""Hello,

Thanks for your patience. The following videos are currently being reviewed
by our legal team against local law:

{YT[0]}
{YT[3]}
{YT[4]}

We'll get back to you once a decision has been made.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply ('currently being reviewed ... we'll get back to you')",
    why="a trusted reply that names items but states only that they are under review: nothing to apply, yet it is not a bare acknowledgement and must not be dropped silently (arguable: see NOTES.md)",
    items={},
)

case(
    name="yt-auto-ack-ticket-listing-urls",
    date="Tue, 10 Sep 2024 02:00:41 +0000",
    **{"from": "noreply-legal@google.com"},
    name_from="Google Legal Support",
    subject="We've received your legal request [7-4120000014422]",
    reply_to_req="req-240910-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Thank you for contacting Google.

This is an automated message to confirm that we've received your legal
request. Your ticket number is 7-4120000014422. Please keep it for your
records; there is no need to reply to this message.

URLs submitted:
{chr(10).join(YT)}

Our team will review your request and may remove or restrict the content if
it violates our policies or local law. Learn more about the process at
https://support.google.com/legal/answer/3110420.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removals automatic receipt ('We've received your legal request', ticket number, echoed URLs)",
    why="an automatic receipt as a whole: it echoes the URLs and says content 'may' be removed, but states nothing done",
    items={},
)

# ===== Meta (KCSC-240911-01, 4 items) =====
case(
    name="meta-local-law-reported-content-echo",
    date="Thu, 12 Sep 2024 03:33:12 +0000",
    **{"from": "records@fb.com"},
    name_from="Meta Content Restrictions",
    subject="Your report about content on Facebook [KCSC-240911-01]",
    reply_to_req="req-240911-01",
    body=f"""Hello,

Thank you for your report. We reviewed the reported content against our
Community Standards and found that it does not go against them. After a legal
review, we have restricted access to the reported content in South Korea
based on local law.

Your report
Reference: KCSC-240911-01
Reported content:
  {META[0]}
  {META[1]}
Reason given: illegal content under Korean law

More on how we handle government requests:
https://transparency.meta.com/reports/content-restrictions/

Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content restriction based on local law notice ('we have restricted access to the reported content in [country]') followed by the echoed report",
    why="the statement about 'the reported content' applies to the URLs of the echoed report below it: both restricted ('does not go against' the Community Standards is not a rejection here, since access was restricted); the transparency link is not an item",
    items={META[0]: "restricted", META[1]: "restricted"},
)

ig_csv = ("content_url,decision,policy\n"
          f"{META[3]},Removed,Adult nudity and sexual activity\n"
          f"{META[2]},No action - does not go against our Community Guidelines,\n").encode("utf-8")
case(
    name="meta-ig-csv-decisions",
    date="Fri, 13 Sep 2024 05:10:00 +0000",
    **{"from": "no-reply@instagram.com"},
    name_from="Instagram",
    subject="Decisions on your report [KCSC-240911-01]",
    reply_to_req="req-240911-01",
    raw_mime=with_attachment(
        """Hi,

We've finished reviewing the Instagram content in your request KCSC-240911-01.
Our decision for each link is in the attached file.

Instagram Help Center: https://help.instagram.com/
""", "KCSC-240911-01-decisions.csv", "text/csv", ig_csv, "ig-mix-0001"),
    outcome="applied", classification="confirmation",
    imitates="Instagram report decision email with a per-link decisions CSV attachment",
    why="statuses only in the CSV: the reel removed, the post 'No action - does not go against our Community Guidelines' rejected",
    items={META[3]: "removed", META[2]: "rejected"},
)

case(
    name="meta-not-locate-url-below",
    date="Fri, 13 Sep 2024 07:45:12 +0000",
    **{"from": "records@fb.com"},
    name_from="Meta Content Restrictions",
    subject="RE: [KCSC-240911-01] Request for removal of illegal content",
    reply_to_req="req-240911-01",
    body=f"""Hi,

We were unable to locate the following content. It may have been removed by
the person who posted it or the link may be incorrect:

{META[1]}

We removed the following Instagram post for violating our Community
Guidelines on adult nudity:

{META[2]}

Thanks,
Meta Law Enforcement & Government Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'we were unable to locate the content' reply with URL below the statement",
    why="URL on the line(s) below its statement: 'unable to locate' = not_found; 'We removed the following Instagram post' = removed",
    items={META[1]: "not_found", META[2]: "removed"},
)

case(
    name="meta-asks-legal-basis",
    date="Thu, 12 Sep 2024 10:02:44 +0000",
    **{"from": "records@fb.com"},
    name_from="Meta Content Restrictions",
    subject="RE: [KCSC-240911-01] Request for removal of illegal content",
    reply_to_req="req-240911-01",
    body=f"""Hello,

We have reviewed your request regarding:
{META[0]}
{META[3]}

Before we can assess these items under local law, please provide the specific
legal provision that the content is alleged to violate and, if available, a
copy of the decision of the competent authority. We are not able to take
action on the request as submitted.

Kind regards,
Meta Content Restrictions Team
""",
    outcome="review", review="asks_more",
    imitates="Meta request for the legal basis / order before acting on a government request",
    why="the platform asks for the legal provision and the decision before acting: 'not able to take action on the request as submitted' is not a rejection",
    items={},
)

case(
    name="meta-mdn-read-receipt",
    date="Wed, 11 Sep 2024 01:12:00 +0000",
    **{"from": "records@fb.com"},
    name_from="Meta Content Restrictions",
    subject="Read: [KCSC-240911-01] Request for removal of illegal content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0001"

--mdn-0001
Content-Type: text/plain; charset=utf-8

Your message

  To: records@fb.com
  Subject: [KCSC-240911-01] Request for removal of illegal content
  Sent: Wednesday, September 11, 2024 9:30:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 11, 2024 10:12:00 AM (UTC+09:00) Seoul.

--mdn-0001
Content-Type: message/disposition-notification

Reporting-UA: mail.fb.com; Microsoft Exchange Server
Final-Recipient: rfc822;records@fb.com
Original-Message-ID: <req-240911-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0001--
""",
    outcome="ignored",
    imitates="Microsoft Exchange read receipt (MDN, multipart/report; report-type=disposition-notification)",
    why="a read receipt states nothing about items and is ignored (issue 11: not forwarded)",
    items={},
)

# ===== TikTok (KCSC-240911-02, 3 items; KCSC-240917-01, 1 item) =====
case(
    name="tiktok-freshdesk-agent-removed-restricted",
    date="Fri, 13 Sep 2024 02:19:51 +0000",
    **{"from": "support@tiktok.com"},
    name_from="TikTok Support",
    subject="Re: [#4821930] [KCSC-240911-02] Request for removal of illegal content",
    reply_to_req="req-240911-02",
    extra_headers=["X-Freshdesk-Ticket-Id: 4821930"],
    body=f"""## Please do not write below this line ##

Hi KCSC Team,

Thanks for reaching out. Our safety team has reviewed the videos in your
request.

1. {TT[0]} - removed for violating our Community Guidelines (adult nudity)
2. {TT[1]} - removed for violating our Community Guidelines (adult nudity)
3. {TT[2]} - not available in your region: access has been restricted in South Korea

You can read our Community Guidelines at https://www.tiktok.com/community-guidelines
and our law enforcement guidelines at https://www.tiktok.com/legal/page/global/law-enforcement/en.

Best,
Min
TikTok Trust & Safety

Ticket: https://tiktok-support.freshdesk.com/helpdesk/tickets/4821930
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok support reply from a Freshdesk ticket (##- reply line, numbered per-URL results, agent signature, ticket link)",
    why="numbered per-line statuses: two removed, one 'not available in your region ... restricted in South Korea'; the guideline, legal and Freshdesk ticket links are not items",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "restricted"},
)

case(
    name="tiktok-dsa-statement-of-reasons",
    date="Fri, 13 Sep 2024 11:00:03 +0000",
    **{"from": "noreply@tiktok.com"},
    name_from="TikTok",
    subject="Statement of reasons: decision on reported content [KCSC-240911-02]",
    reply_to_req="req-240911-02",
    body=f"""STATEMENT OF REASONS

Decision ID: SOR-7413-0099-2841
Date of decision: 13 September 2024

Content concerned:      {TT[2]}
Type of restriction:    Removal of content
Territorial scope:      Worldwide
Facts and circumstances: Decision taken following a notice submitted by a
                        public authority (reference KCSC-240911-02).
Ground for decision:    Incompatible with the Terms of Service -
                        Community Guidelines, Sensitive and Mature Themes
Automated means:        No automated means were used in the decision.

Redress: the account holder may appeal in the app; the notifier may contact
us at https://www.tiktok.com/legal/report/feedback .

TikTok Technology Limited
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (TikTok-style field layout: content, type of restriction, territorial scope, ground, redress)",
    why="a statement-of-reasons form: the 'Content concerned' URL with 'Type of restriction: Removal of content' is removed; the other two items stay pending",
    items={TT[2]: "removed"},
)

tt_xlsx = xlsx([
    ["Link", "Action taken", "Date"],
    [TT[0], "Video removed", "2024-09-13"],
    [TT[1], "No violation found", "2024-09-13"],
    [TT[2], "Video unavailable - could not be located", "2024-09-13"],
])
case(
    name="tiktok-xlsx-results",
    date="Sat, 14 Sep 2024 01:30:00 +0000",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal",
    subject="Results - KCSC-240911-02",
    reply_to_req="req-240911-02",
    raw_mime=with_attachment(
        """Dear KCSC,

Please see attached the results of our review for each link in your request.

Kind regards,
TikTok Legal
""", "KCSC-240911-02 results.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", tt_xlsx, "tt-xlsx-0001"),
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply with a per-link results spreadsheet (Link | Action taken | Date)",
    why="statuses only in an XLSX attachment: removed, 'No violation found' (rejected) and 'could not be located' (not_found)",
    items={TT[0]: "removed", TT[1]: "rejected", TT[2]: "not_found"},
)

case(
    name="tiktok-future-removal-promise",
    date="Wed, 18 Sep 2024 03:00:00 +0000",
    **{"from": "support@tiktok.com"},
    name_from="TikTok Support",
    subject="Re: [#4829977] [KCSC-240917-01] Request for removal of illegal content",
    reply_to_req="req-240917-01",
    body=f"""## Please do not write below this line ##

Hi KCSC Team,

Thanks for your report about {TT2}. Our team has escalated this video and
it will be removed within the next 48 hours if our review confirms the
gambling promotion you described. We'll update this ticket once that's done.

Best,
Joon
TikTok Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok Freshdesk agent reply promising removal after review (future, conditional)",
    why="'will be removed within the next 48 hours if our review confirms' is a conditional promise about the single item of a one-item request: pending, but a named item must be seen",
    items={},
)

case(
    name="tiktok-bounce-reminder",
    date="Thu, 19 Sep 2024 01:00:05 +0000",
    **{"from": "MAILER-DAEMON@mail-out.tiktok.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    auth="none",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0001"

--dsn-0001
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host inbound.tiktok.com[203.0.113.40] said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: User unknown

--dsn-0001
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out.tiktok.com
Arrival-Date: Thu, 19 Sep 2024 01:00:03 +0000

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-0001
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: Reminder: [KCSC-240911-02] Request for removal of illegal content
Date: Thu, 19 Sep 2024 10:00:00 +0900
Message-ID: <rem-240911-02-1@kcsc.example>

--dsn-0001--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report; report-type=delivery-status) for our reminder",
    why="a bounce of our own reminder: ignored whoever sent it (no Authentication-Results)",
    items={},
)

# ===== Reddit (KCSC-240912-01, 2 items) =====
case(
    name="reddit-reported-content-removed-echo",
    date="Fri, 13 Sep 2024 18:04:27 +0000",
    **{"from": "noreply@reddit.com"},
    name_from="Reddit Safety",
    subject="Re: your report [KCSC-240912-01]",
    reply_to_req="req-240912-01",
    body=f"""Hi,

Thanks for submitting a report to the Reddit admin team. After
investigating, we've found that the reported content violates Reddit's
Content Policy and have removed it.

Reported content:
Post: {RD[0]}
Comment: {RD[1]}
Report reason: Non-consensual intimate media

Reddit's Content Policy: https://www.redditinc.com/policies/content-policy
If you believe we made a mistake, you can request a review:
https://support.reddithelp.com/hc/en-us/requests/new

Thanks again for helping keep Reddit safe.
-Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin report response ('After investigating, we've found that the reported content violates Reddit's Content Policy'), with the echoed report",
    why="'the reported content ... have removed it' followed by the echoed report: the post and the comment are removed; policy and help links are not items",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-no-violation-and-mod-removed",
    date="Sat, 14 Sep 2024 16:40:00 +0000",
    **{"from": "noreply@reddit.com"},
    name_from="Reddit Safety",
    subject="Re: your report [KCSC-240912-01]",
    reply_to_req="req-240912-01",
    body=f"""Hi,

Thanks for your report. After investigating the post at
{RD[0]}
we've found that it doesn't violate Reddit's Content Policy, so we won't be
taking action on it at this time.

The comment {RD[1]} had already been removed by the community's moderators
before our review; it is no longer visible on Reddit.

-Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin report response ('we've found that it doesn't violate Reddit's Content Policy') plus a note on moderator removal",
    why="the post (URL wrapped onto its own line inside the sentence) is rejected; the comment, removed by the subreddit's moderators before the platform's review, is not_found (CHANGED after the blind first run, which read not_found where this set first said removed: the set's author marked it arguable, and blind-3, blind-5 and blind-11 read content already deleted by a community's own admins or moderators as not_found; the lead aligned this one, see tests/corpus/README.md)",
    items={RD[0]: "rejected", RD[1]: "not_found"},
)

case(
    name="reddit-dmarc-fail",
    date="Sat, 14 Sep 2024 20:00:00 +0000",
    **{"from": "noreply@reddit.com"},
    name_from="Reddit Safety",
    auth="fail",
    subject="Re: your report [KCSC-240912-01]",
    reply_to_req="req-240912-01",
    body=f"""Hi,

After investigating, we've removed the following content:
{RD[0]}
{RD[1]}

-Reddit Safety
""",
    outcome="review", review="untrusted",
    imitates="Reddit admin removal response (sent with a failing DMARC result)",
    why="otherwise a clear removal, but dmarc=fail for reddit.com: untrusted, nothing applied",
    items={},
)

# ===== Discord (KCSC-240912-02, 1 item) =====
case(
    name="discord-zendesk-server-removed",
    date="Sat, 14 Sep 2024 00:12:09 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: Request #38812045 - KCSC-240912-02",
    reply_to_req="req-240912-02",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    type="html",
    body=f"""<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Hi there,</p>
<p>Thanks for reaching out to Discord Trust &amp; Safety. We investigated the server linked in your report
(<a href="{DC[0]}">discord.gg/hanbitVault</a>) and have taken action: the server has been removed from
Discord for violating our Community Guidelines, and its owner's account has been disabled.</p>
<p>You can read more about the actions we take here:
<a href="https://discord.com/safety/360044159011-what-actions-we-take">What actions we take</a>.</p>
<p>Best,<br>Riley<br>Discord Trust &amp; Safety</p>
<hr>
<p style="color:#999">This email is a service from Discord. Delivered by Zendesk.<br>
[8QW2ZR-9X4K]</p>""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk reply ('##- Please type your reply above this line -##', 'we have taken action', 'Delivered by Zendesk' footer)",
    why="the invite link (anchor text without scheme, href is the item) names the server that 'has been removed from Discord'; the safety-centre link is not an item",
    items={DC[0]: "removed"},
)

case(
    name="discord-zendesk-request-received",
    date="Thu, 12 Sep 2024 05:01:00 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Request received: KCSC-240912-02",
    reply_to_req="req-240912-02",
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (38812045) has been received and is being reviewed by our
Trust & Safety team.

To add additional comments, reply to this email.

This email is a service from Discord. Delivered by Zendesk
[8QW2ZR-9X4K]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk automatic 'Your request (#) has been received and is being reviewed' receipt (Discord)",
    why="a ticket receipt that names no item and states nothing about the content",
    items={},
)

case(
    name="discord-lookalike-domain",
    date="Sat, 14 Sep 2024 08:30:00 +0000",
    **{"from": "trust-safety@discord-safety.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: Request #38812045 - KCSC-240912-02",
    reply_to_req="req-240912-02",
    body=f"""Hi there,

We investigated the server {DC[0]} and it has been removed from Discord.

To close this case, please confirm your account at
https://discord-safety.com/verify .

Discord Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="a phishing look-alike of a Discord Trust & Safety reply (own domain, DMARC passes for it)",
    why="DMARC passes, but for discord-safety.com, which is no platform's domain: the removal claim must go to review as unknown_sender",
    items={},
)

# ===== Telegram (KCSC-240913-01, 3 items) =====
case(
    name="tg-abuse-taken-down-and-invalid",
    date="Sat, 14 Sep 2024 09:41:00 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: [KCSC-240913-01] Request for removal of illegal content",
    reply_to_req="req-240913-01",
    body=f"""Hello,

Thank you for your report. The content at the following links has been taken
down:
t.me/jamsil_archive/4410
t.me/jamsil_archive/4411

We could not find the message {TG[2]} - the link appears to be invalid.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk short reply ('has been taken down' list, 'the link appears to be invalid')",
    why="scheme-less t.me links under 'taken down' are removed; 'could not find ... invalid' is not_found",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found"},
)

case(
    name="tg-url-and-one-sentence",
    date="Sun, 15 Sep 2024 12:00:00 +0000",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    subject="Re: [KCSC-240913-01]",
    reply_to_req="req-240913-01",
    body=f"""{TG[2]}
This channel can't be displayed because it was used to distribute pornographic content.
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram's blocked-channel notice ('This channel can't be displayed because it was used to ...') sent as a one-sentence reply",
    why="a notice that is only a URL and one sentence: the channel is blocked, so the requested message in it is removed",
    items={TG[2]: "removed"},
)

case(
    name="tg-names-other-platform-items",
    date="Sun, 15 Sep 2024 13:10:00 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: [KCSC-240909-01]",
    reply_to_req="req-240909-01",
    body=f"""Hello,

The following links have been blocked:
{XU[12]}
{XU[13]}

Telegram Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="Telegram abuse desk 'links have been blocked' reply, mistakenly naming another platform's (x.com) items",
    why="a trusted Telegram email cannot set statuses of X items: wrong_platform, items stay pending",
    items={},
)

# ===== Cloudflare (KCSC-240913-02, 2 items) =====
case(
    name="cf-not-hosting-provider",
    date="Fri, 13 Sep 2024 08:05:00 +0000",
    **{"from": "abuse@cloudflare.com"},
    name_from="Cloudflare Trust & Safety",
    subject="Cloudflare received your abuse report [KCSC-240913-02]",
    reply_to_req="req-240913-02",
    body=f"""Cloudflare received your abuse report regarding:
{CF[0]}
{CF[1]}

Please be aware Cloudflare offers network services (a reverse proxy,
pass-through security service and CDN) and is not the hosting provider for
these websites. We cannot remove material from the Internet that is hosted
by others.

We have forwarded your report to the responsible hosting provider and to
the website owner. The hosting provider for these URLs is:

  Example Hosting Ltd. - abuse@example-hosting.example

Please contact them directly. Report ID: 5f3a9c20e1b84d7a

Regards,
Cloudflare Trust & Safety
https://www.cloudflare.com/abuse/
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare abuse desk 'not the hosting provider ... forwarded your report' response (report ID, host contact)",
    why="names both items but reports no action on them (neither removal nor a decision that the content may stay): a clerk needs to see it and contact the host, so review; arguable between not_understood and a rejection (see NOTES.md)",
    items={},
)

case(
    name="cf-blocked-in-korea",
    date="Tue, 17 Sep 2024 06:20:00 +0000",
    **{"from": "abuse@cloudflare.com"},
    name_from="Cloudflare Trust & Safety",
    subject="Re: [KCSC-240913-02] Abuse report 5f3a9c20e1b84d7a",
    reply_to_req="req-240913-02",
    body=f"""Hello,

Following our review of your report under Cloudflare's Trust & Safety
policies, access to the following URL through Cloudflare's network has been
blocked for visitors located in the Republic of Korea:

  - {CF[0]}

For {CF[1]} we found no basis to act at the infrastructure level; that
request is declined and the URL remains reachable.

More about our approach: https://www.cloudflare.com/trust-hub/abuse-approach/

Cloudflare Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Cloudflare Trust & Safety geo-block reply ('access ... blocked for visitors located in [country]')",
    why="blocked for visitors in Korea = restricted; 'request is declined and the URL remains reachable' = rejected; the trust-hub link is not an item",
    items={CF[0]: "restricted", CF[1]: "rejected"},
)

# ===== Namecheap (KCSC-240914-01, 1 item) =====
case(
    name="namecheap-domain-suspended",
    date="Mon, 16 Sep 2024 13:45:00 +0000",
    **{"from": "legalandabuse@namecheap.com"},
    subject="[#NCA-2024091-77310] Re: [KCSC-240914-01] webtoon-free-kr.example",
    reply_to_req="req-240914-01",
    body=f"""Hello,

Thank you for your report.

Please be informed that, following our investigation, the domain name
webtoon-free-kr.example has been suspended and placed on clientHold status.
The website at {NC[0]} no longer resolves.

Kind regards,
Legal & Abuse Department
Namecheap, Inc.
4600 East Washington Street, Suite 300, Phoenix, AZ 85034, USA
https://www.namecheap.com/legal/
""",
    outcome="applied", classification="confirmation",
    imitates="Namecheap Legal & Abuse Department ticket reply ('domain ... has been suspended', clientHold)",
    why="a registrar suspending the domain (clientHold, no longer resolves) makes the requested site unavailable: removed (arguable: see NOTES.md); the legal link is not an item",
    items={NC[0]: "removed"},
)

case(
    name="namecheap-ticket-created",
    date="Sat, 14 Sep 2024 01:05:00 +0000",
    **{"from": "support@namecheap.com"},
    name_from="Namecheap Support",
    subject="[#NCA-2024091-77310] Ticket created: KCSC-240914-01",
    reply_to_req="req-240914-01",
    extra_headers=["Auto-Submitted: auto-generated", "Precedence: bulk"],
    body="""Hello,

Thank you for contacting Namecheap. A ticket has been created for your
message and assigned to our Legal & Abuse Department.

Ticket ID: NCA-2024091-77310
Department: Legal & Abuse
Status: Open

You can check the status of your ticket at https://support.namecheap.com/ .
Please do not open duplicate tickets about the same issue.

Namecheap Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Namecheap/Kayako-style automatic ticket-created receipt",
    why="'a ticket has been created' and nothing about the domain: an acknowledgement",
    items={},
)

# ===== Imgur (KCSC-240915-01, 2 items) =====
case(
    name="imgur-removed-bullets",
    date="Mon, 16 Sep 2024 17:30:00 +0000",
    **{"from": "abuse@imgur.com"},
    name_from="Imgur Support",
    subject="Re: Removal request KCSC-240915-01",
    reply_to_req="req-240915-01",
    body=f"""Hi there,

Thanks for letting us know. We've removed the image and album you reported:

  - {IM[0]}  (album)
  - {IM[1]}

Both now redirect to our "removed" placeholder. We've also taken action on the
uploader's account in line with our Community Rules
(https://imgur.com/rules).

Cheers,
Imgur Support
""",
    outcome="applied", classification="confirmation",
    imitates="Imgur support reply to a removal request ('We've removed the image you reported', removed placeholder)",
    why="bulleted list under 'We've removed the image and album you reported' (an album URL followed by '(album)', an i.imgur.com direct image): both removed; the rules link is not an item",
    items={IM[0]: "removed", IM[1]: "removed"},
)

case(
    name="imgur-processed-not-understood",
    date="Tue, 17 Sep 2024 02:00:00 +0000",
    **{"from": "abuse@imgur.com"},
    name_from="Imgur Support",
    subject="Re: Removal request KCSC-240915-01",
    reply_to_req="req-240915-01",
    body=f"""Hi there,

Your request has been processed. The album {IM[0]} is now hidden, and
{IM[1]} has been handled accordingly.

Cheers,
Imgur Support
""",
    outcome="review", review="not_understood",
    imitates="terse Imgur support reply ('Your request has been processed')",
    why="'processed', 'now hidden' and 'handled accordingly' name both items but state no clear status (hidden may mean unlisted, still reachable by its link): not_understood",
    items={},
)

# ===== MEGA (KCSC-240916-01, 2 items) =====
case(
    name="mega-links-disabled",
    date="Mon, 16 Sep 2024 03:14:00 +0000",
    **{"from": "abuse@mega.nz"},
    name_from="MEGA Compliance",
    subject="Re: [KCSC-240916-01] Request for removal of illegal content",
    reply_to_req="req-240916-01",
    body=f"""Dear KCSC,

Thank you for your report. The following public links have been disabled
and the content is no longer accessible:

{MG[0]}
{MG[1]}

The account concerned has been closed in accordance with our Terms of
Service and Takedown Guidance Policy (https://mega.io/takedown).

Regards,
MEGA Compliance Team
Mega Limited, Auckland, New Zealand
""",
    outcome="applied", classification="confirmation",
    imitates="MEGA compliance reply ('the following links have been disabled', Takedown Guidance Policy link)",
    why="file and folder links with #key fragments under 'have been disabled ... no longer accessible': both removed; the policy link is not an item",
    items={MG[0]: "removed", MG[1]: "removed"},
)

case(
    name="mega-names-imgur-items",
    date="Tue, 17 Sep 2024 03:14:00 +0000",
    **{"from": "abuse@mega.nz"},
    name_from="MEGA Compliance",
    subject="Re: [KCSC-240915-01] Request for removal of illegal content",
    reply_to_req="req-240915-01",
    body=f"""Dear KCSC,

The following links have been disabled:
{IM[0]}
{IM[1]}

MEGA Compliance Team
""",
    outcome="review", review="wrong_platform",
    imitates="MEGA compliance 'links have been disabled' reply naming another service's (Imgur) URLs",
    why="MEGA cannot confirm statuses of Imgur items: wrong_platform, nothing applied",
    items={},
)

# ===== Pornhub / Aylo (KCSC-240916-02, 2 items) =====
ph_plain = f"""Content Removal Request - Completed

Hello,

We have completed our review of your content removal request
(reference KCSC-240916-02, case CR-2024-0916-4471).

{PH[0]}
Status: Disabled - the video is no longer accessible on our platform.

{PH[1]}
Status: We could not locate this video. It may have already been removed.

Aylo Content Removal Team
https://www.pornhub.com/content-removal
"""
ph_html = f"""<html><body>
<h3>Content Removal Request - Completed</h3>
<p>Hello,</p>
<p>We have completed our review of your content removal request
(reference KCSC-240916-02, case CR-2024-0916-4471).</p>
<p><a href="{PH[0]}">{PH[0]}</a><br>
Status: Disabled - the video is no longer accessible on our platform.</p>
<p><a href="{PH[1]}">{PH[1]}</a><br>
Status: We could not locate this video. It may have already been removed.</p>
<p>Aylo Content Removal Team<br><a href="https://www.pornhub.com/content-removal">Content Removal</a></p>
</body></html>"""
case(
    name="ph-content-removal-base64-alternative",
    date="Tue, 17 Sep 2024 14:22:00 +0000",
    **{"from": "contentremoval@aylo.com"},
    subject="Content Removal Request - Completed [KCSC-240916-02]",
    reply_to_req="req-240916-02",
    raw_mime=mixed(ph_plain, ph_html, "ph-b64-0001", enc="base64"),
    outcome="applied", classification="confirmation",
    imitates="Aylo/Pornhub content removal request outcome ('Status: Disabled'), multipart/alternative base64",
    why="status on the line below each bare URL: 'Disabled - no longer accessible' = removed; 'could not locate ... may have already been removed' = not_found (the hedge is about the past)",
    items={PH[0]: "removed", PH[1]: "not_found"},
)

case(
    name="ph-web-host-unknown-sender",
    date="Wed, 18 Sep 2024 09:00:00 +0000",
    **{"from": "abuse@hostway-cdn.example"},
    name_from="HostWay Abuse Desk",
    subject="Abuse ticket #HW-88231 resolved: yadong-hub.example",
    body=f"""Hello,

Our customer has removed the material you reported at the following URLs:

{CF[0]}
{CF[1]}

This ticket is now resolved. Reference: KCSC-240913-02

HostWay Abuse Desk
""",
    outcome="review", review="unknown_sender",
    imitates="web hosting provider abuse desk 'ticket resolved: our customer has removed the material' reply",
    why="the host Cloudflare pointed to is not a configured platform: an authenticated but unknown sender claiming removals of our items must go to review",
    items={},
)

case(
    name="mega-noreply-autoresponse",
    date="Mon, 16 Sep 2024 01:00:30 +0000",
    **{"from": "noreply@mega.nz"},
    name_from="MEGA",
    subject="Auto-response: [KCSC-240916-01] Request for removal of illegal content",
    reply_to_req="req-240916-01",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This mailbox is not monitored. Please send takedown notices to
abuse@mega.nz and copyright notices through https://mega.io/copyrightnotice .

MEGA
""",
    outcome="ignored", classification="auto_reply",
    imitates="'this mailbox is not monitored' automatic response (Auto-Submitted / Precedence: auto_reply)",
    why="an auto-reply that names no item",
    items={},
)


HEADER = """# Blind set 10 (issue 11): written from each email's meaning before anything ran.
# Generated by make.py: do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind10", HEADER, CASES)
    print(len(CASES), "cases")
