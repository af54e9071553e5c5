#!/usr/bin/env python3
"""Blind set 13 (issue 11): a regulator's mailbox as it looks in practice.

Written without reading the reader (src/), docs/reader.md or any other
corpus set's cases. Every email imitates a public notice or reply shape
(named in `imitates`), in our own sentences, with fictional URLs. The
expected results below were written from each email's meaning before
anything was run.

    python3 tests/corpus/blind13/make.py

rewrites requests.csv, cases/*.eml and expected.toml deterministically.
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

# ---------------------------------------------------------------- requests
YT = "KCSC-240910-01"
NV = "KCSC-240911-01"
XR = "KCSC-240912-01"
KK = "KCSC-240913-01"
TT = "KCSC-240913-02"
MT = "KCSC-240916-01"
RD = "KCSC-240916-02"
TG = "KCSC-240917-01"

Y = {
    1: "https://www.youtube.com/watch?v=Qm3vTz8KpLa",
    2: "https://www.youtube.com/watch?v=Hn7bWc2RtYe",
    3: "https://www.youtube.com/watch?v=Zp4LdX9sVqo",
    4: "https://www.youtube.com/watch?v=Bk2GjR5nMwu",
    5: "https://www.youtube.com/watch?v=Tf8YhP1cNsi",
    6: "https://www.youtube.com/watch?v=Lw6QeD3zKba",
    7: "https://www.youtube.com/watch?v=Rc9MvU4jHxt",
    8: "https://www.youtube.com/watch?v=Ge5SaN7pWqd",
    9: "https://www.youtube.com/watch?v=Vx1KoF8bLzm",
    10: "https://www.youtube.com/watch?v=Ju3TcB6yRne",
    11: "https://www.youtube.com/shorts/Pd2WmH9xQkf",
    12: "https://www.youtube.com/shorts/Ns4EaJ7vTug",
    13: "https://www.youtube.com/@가짜채널123",
    14: "https://www.youtube.com/@fakeuploader_kr",
}
Y13_PCT = "https://www.youtube.com/@%EA%B0%80%EC%A7%9C%EC%B1%84%EB%84%90123"
N = {
    1: "https://blog.naver.com/fakeblogger01/223567890123",
    2: "https://blog.naver.com/fakeblogger01/223567890456",
    3: "https://cafe.naver.com/fakestockcafe/58211",
    4: "https://cafe.naver.com/fakestockcafe/58240",
    5: "https://post.naver.com/viewer/postView.naver?volumeNo=38123456&memberNo=51234567",
}
X = {
    1: "https://x.com/fake_seller_kr/status/1834012345678901234",
    2: "https://x.com/fake_seller_kr/status/1834012345678905678",
    3: "https://x.com/another_fake99/status/1834098765432109876",
    4: "https://x.com/another_fake99/status/1834098765432100001",
}
K = {
    1: "https://cafe.daum.net/fakecoincafe/Abc1/1532",
    2: "https://fakediary-kr.tistory.com/87",
    3: "https://cafe.daum.net/fakecoincafe/Abc1/1547",
}
T = {
    1: "https://www.tiktok.com/@fake.dancer.kr/video/7413001234567890123",
    2: "https://www.tiktok.com/@fake.dancer.kr/video/7413009876543210987",
}
M = {
    1: "https://www.instagram.com/p/C_fAk3PoSt1/",
    2: "https://www.facebook.com/fakepage.kr/posts/pfbid02FaKeExAmPlE123",
}
R = {
    1: "https://www.reddit.com/r/fakekoreasub/comments/1fh2abc/fictional_post_title/",
    2: "https://www.reddit.com/r/fakekoreasub/comments/1fh2xyz/another_fictional_post/",
}
G = {1: "https://t.me/fake_drops_kr/4521"}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (YT, "youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T10:00:00+09:00", Y, "illegal_gambling", "largest request"),
    (NV, "naver", "2024-09-11T14:00:00+09:00", "2024-09-18T14:00:00+09:00", N, "defamation", ""),
    (XR, "x", "2024-09-12T11:00:00+09:00", "2024-09-19T11:00:00+09:00", X, "drug_sales", ""),
    (KK, "kakao", "2024-09-13T09:30:00+09:00", "2024-09-20T09:30:00+09:00", K, "illegal_finance", ""),
    (TT, "tiktok", "2024-09-13T16:00:00+09:00", "2024-09-20T16:00:00+09:00", T, "obscenity", ""),
    (MT, "meta", "2024-09-16T10:00:00+09:00", "2024-09-23T10:00:00+09:00", M, "illegal_finance", ""),
    (RD, "reddit", "2024-09-16T15:00:00+09:00", "2024-09-23T15:00:00+09:00", R, "privacy", ""),
    (TG, "telegram", "2024-09-17T10:00:00+09:00", "2024-09-24T10:00:00+09:00", G, "drug_sales", "single item"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        mid = "<req-" + ref[5:].lower() + "@kcsc.example>"
        for k in sorted(urls):
            lines.append(",".join([ref, plat, sent, due, urls[k], cat, mid, note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def req(ref):
    """message_id stem of our request (corpuslib adds @kcsc.example)."""
    return "req-" + ref[5:].lower()


# ---------------------------------------------------------------- MIME helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def part(ctype, body, cte="8bit", extra=""):
    h = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n"
    if extra:
        h += extra.rstrip("\n") + "\n"
    return h + "\n" + body.strip("\n") + "\n"


def multipart(kind, boundary, parts, preamble=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"', ""]
    if preamble:
        out.append(preamble)
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def xlsx_bytes(rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Results"
    for r in rows:
        ws.append(r)
    import datetime
    fixed = datetime.datetime(2024, 9, 14, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "legal-ops"
    raw = io.BytesIO()
    wb.save(raw)
    # normalise zip entry timestamps so the bytes are deterministic
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into <dcterms:modified>
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-09-14T09:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def quote_request_gt(ref, urls, sent_line):
    lines = [f"> {sent_line}", ">",
             f"> Request reference: {ref}",
             "> The Korea Communications Standards Commission requests that the",
             "> following content be removed or access to it be blocked in the",
             "> Republic of Korea within 7 days:", ">"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">", "> Please confirm the action taken for each item.",
              "> KCSC Takedown Desk"]
    return "\n".join(lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ YouTube (largest, 14 items)
_yt1_text = f"""Hello,

Thank you for your notice of 10 September 2024 (your reference {YT}).

In accordance with local law, we have restricted access to the following
content from YouTube in South Korea:

  * {Y[1]}
  * {Y[2]}
  * {Y[3]}
  * {Y[4]}

In addition, the following videos were removed from YouTube globally for
violating our Community Guidelines:

  * {Y[5]}
  * {Y[6]}

After review, we have not taken action on the following video, as it does
not appear to violate our policies or the local law you cited:

  * {Y[7]}

We are still reviewing the remaining URLs in your notice and will contact
you separately.

For more information on how we handle legal removal requests, see
https://support.google.com/legal/answer/3110420

Regards,
The YouTube Legal Support Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""
_yt1_html = f"""<html><body>
<p>Hello,</p>
<p>Thank you for your notice of 10 September 2024 (your reference {YT}).</p>
<p>In accordance with local law, we have restricted access to the following content from YouTube in South Korea:</p>
<ul>
<li><a href="{Y[1]}">{Y[1]}</a></li>
<li><a href="{Y[2]}">{Y[2]}</a></li>
<li><a href="{Y[3]}">{Y[3]}</a></li>
<li><a href="{Y[4]}">{Y[4]}</a></li>
</ul>
<p>In addition, the following videos were removed from YouTube globally for violating our Community Guidelines:</p>
<ul>
<li><a href="{Y[5]}">{Y[5]}</a></li>
<li><a href="{Y[6]}">{Y[6]}</a></li>
</ul>
<p>After review, we have not taken action on the following video, as it does not appear to violate our policies or the local law you cited:</p>
<ul><li><a href="{Y[7]}">{Y[7]}</a></li></ul>
<p>We are still reviewing the remaining URLs in your notice and will contact you separately.</p>
<p>For more information on how we handle legal removal requests, see <a href="https://support.google.com/legal/answer/3110420">our help centre</a>.</p>
<p>Regards,<br>The YouTube Legal Support Team<br>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</body></html>"""
case(
    name="yt-legal-three-groups-multipart",
    from_="youtube-legal-support@google.com",
    date="Fri, 13 Sep 2024 02:41:07 +0000",
    subject=f"Re: [{YT}] Request to remove content on YouTube",
    reply_to_req=req(YT),
    raw_mime=multipart("alternative", "yt1-alt-0001", [
        part('text/plain; charset="UTF-8"', qp(_yt1_text), "quoted-printable"),
        part('text/html; charset="UTF-8"', qp(_yt1_html), "quoted-printable"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal-removals reply ('In accordance with local law, we have restricted access to the following content ... in South Korea'), grouped bullet lists, help-centre link",
    why="three headed groups (restricted in KR / removed globally / no action as not violating), multipart/alternative quoted-printable; 'still reviewing the remaining URLs' leaves the other seven pending; the help link is not an item",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "restricted", Y[4]: "restricted",
           Y[5]: "removed", Y[6]: "removed", Y[7]: "rejected"},
)

case(
    name="yt-html-table-age-restricted",
    from_="legal-notices@youtube.com",
    date="Sat, 14 Sep 2024 08:15:30 +0000",
    subject=f"YouTube legal request outcome - {YT}",
    reply_to_req=req(YT),
    type="html",
    body=f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hi KCSC team,</p>
<p>We reviewed the content identified in your request {YT}. The outcome for each video is below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Video URL</th><th>Action taken</th></tr>
<tr><td><a href="{Y[8]}">{Y[8]}</a></td><td>Age-restricted</td></tr>
<tr><td><a href="{Y[9]}">{Y[9]}</a></td><td>Age-restricted</td></tr>
<tr><td><a href="{Y[10]}">{Y[10]}</a></td><td>Removed &ndash; Community Guidelines violation</td></tr>
</table>
<p>Age-restricted videos are not visible to viewers who are signed out, under 18, or have Restricted Mode turned on. Learn more about
<a href="https://support.google.com/youtube/answer/2802167">age-restricted content</a>.</p>
<p>Best,<br>YouTube Trust &amp; Safety</p>
<p style="font-size:11px;color:#777">&copy; 2024 Google LLC. You received this email because you submitted a legal request to YouTube.</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome (help article 2802167 wording 'age-restricted videos are not visible to signed-out viewers'), HTML-only table",
    why="HTML-only Link|Action table; 'Age-restricted' is a restriction, 'Removed' a removal; the help link in the explanation is not an item",
    items={Y[8]: "restricted", Y[9]: "restricted", Y[10]: "removed"},
)

case(
    name="yt-very-short-reply-to-reminder",
    from_="yt-legal-kr@google.com",
    name_from='"Min-ji (YouTube Legal)"',
    date="Wed, 18 Sep 2024 05:02:11 +0000",
    subject=f"Re: [Reminder] {YT} - response overdue",
    extra_headers=["In-Reply-To: <rem-240910-01-1@kcsc.example>",
                   "References: <req-240910-01@kcsc.example> <rem-240910-01-1@kcsc.example>"],
    body=f"""Hi,

{Y[11]} has been removed.

Thanks,
Min-ji
YouTube Legal Support""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a YouTube legal specialist to a reminder (Gmail style, no quote)",
    why="very short reply to our reminder (In-Reply-To is the reminder, References carry the request): one Short removed, nothing else changes",
    items={Y[11]: "removed"},
)

case(
    name="yt-status-below-bare-url",
    from_="youtube-legal-support@google.com",
    date="Mon, 16 Sep 2024 01:20:45 +0000",
    subject=f"Re: {YT} Takedown request (Republic of Korea)",
    reply_to_req=req(YT),
    body=f"""Hello,

Please find our decisions for the items below.

{Y[12]}
Action: Content blocked in KR

{Y13_PCT}
Action: Channel terminated for repeated violations of our Community Guidelines

{Y[14]}
Action: None. We could not find a channel at this address; it does not exist.

If you disagree with a decision, you can reply to this email with additional
information.

The YouTube Legal Support Team""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-support per-URL decision list ('Action: Content blocked in KR'), status on the line below a bare URL",
    why="status on the line right below each bare URL; the Korean handle is written percent-encoded but stored raw; 'Action: None' followed by 'could not find ... does not exist' is not_found, not rejected; the closing offer is boilerplate, not a request for information",
    items={Y[12]: "restricted", Y[13]: "removed", Y[14]: "not_found"},
)

_long_legal = f"""Dear Sir or Madam,

Re: Your notice dated 10 September 2024 ({YT})

Google LLC ("Google") acknowledges receipt of the above notice, submitted on
behalf of the Korea Communications Standards Commission. This letter sets out
Google's position and should be read together with our earlier
correspondence.

1. Scope. Google operates YouTube as a hosting service. Google does not
create or endorse user content and is under no general obligation to
monitor the content that users upload. Google reviews notices it receives
in line with its Terms of Service, its Community Guidelines and the law
applicable in the country from which the notice was sent.

2. Approach to local law. Where Google determines, after legal review, that
content is unlawful in a given country but does not breach its global
policies, Google typically restricts access to that content in that country
only. Where content breaches Google's global policies, Google removes it
worldwide.

3. Outcome. Having reviewed the material you identified, we have removed the
video at {Y[2]} from YouTube.

4. Transparency. Google may send a copy of legal notices it receives to the
Lumen project (https://lumendatabase.org) for publication and annotation,
with personal information of the submitter redacted. Aggregate figures are
published in Google's Transparency Report
(https://transparencyreport.google.com/government-removals/overview).

5. Reservation of rights. Nothing in this letter constitutes an admission of
liability or a waiver of any right or defence available to Google, all of
which are expressly reserved. This letter is provided for information only
and without prejudice.

Yours faithfully,

Legal Department
Google LLC
1600 Amphitheatre Parkway
Mountain View, CA 94043, USA

CONFIDENTIALITY NOTICE: This email and any attachments may contain
confidential information. If you are not the intended recipient, please
notify the sender and delete this email; any content removed from its
context may be misleading.
"""
case(
    name="yt-long-legal-letter-one-line",
    from_="legal-kr@google.com",
    date="Sun, 15 Sep 2024 23:48:02 +0000",
    subject=f"{YT}: Google response to notice",
    reply_to_req=req(YT),
    raw_mime=part('text/plain; charset="UTF-8"', b64(_long_legal), "base64"),
    outcome="applied", classification="confirmation",
    imitates="Google legal department letter (numbered paragraphs, Lumen and Transparency Report links, reservation of rights, confidentiality footer)",
    why="long base64 legal letter whose only item-level statement is paragraph 3 (one video removed); the general 'restricts access ... removes it worldwide' paragraph and the footer's 'delete'/'removed' words name no item",
    items={Y[2]: "removed"},
)

_csv_yt = (
    "url,decision,notes\r\n"
    f"{Y[1]},Blocked - KR,Restricted in South Korea under local law\r\n"
    f"{Y[3]},Removed,Violation of Community Guidelines (gambling)\r\n"
    f"{Y[4]},No action,Not in violation of our policies or local law\r\n"
    f"{Y[6]},Under review,Decision expected next week\r\n"
)
case(
    name="yt-csv-attachment-decisions",
    from_="youtube-legal-support@google.com",
    date="Tue, 17 Sep 2024 06:30:00 +0000",
    subject=f"Re: [{YT}] Outcome of your request",
    reply_to_req=req(YT),
    raw_mime=multipart("mixed", "yt-csv-b0", [
        part('text/plain; charset="UTF-8"', """Hello,

Please find the outcome for each URL of your request in the attached file.

Regards,
YouTube Legal Support"""),
        part('text/csv; charset="UTF-8"; name="outcome_KCSC-240910-01.csv"', b64(_csv_yt), "base64",
             'Content-Disposition: attachment; filename="outcome_KCSC-240910-01.csv"'),
    ]),
    outcome="applied", classification="confirmation",
    imitates="legal-operations spreadsheet export attached to a one-sentence reply (url,decision,notes columns)",
    why="statuses only in a base64 CSV attachment; 'No action' with the reason 'Not in violation' is a rejection; 'Under review' keeps that video pending",
    items={Y[1]: "restricted", Y[3]: "removed", Y[4]: "rejected"},
)

_xlsx = xlsx_bytes([
    ["No.", "URL", "Status", "Date"],
    [1, Y[8], "Removed", "2024-09-14"],
    [2, Y[9], "Restricted (KR)", "2024-09-14"],
    [3, Y[10], "Not found - video unavailable before review", "2024-09-14"],
])
case(
    name="yt-xlsx-attachment-status",
    from_="yt-legal-kr@google.com",
    date="Sat, 14 Sep 2024 10:05:19 +0000",
    subject=f"RE: {YT}",
    reply_to_req=req(YT),
    raw_mime=multipart("mixed", "yt-xlsx-b1", [
        part('text/plain; charset="UTF-8"', """안녕하세요,

요청하신 건의 처리 결과를 첨부 파일로 보내드립니다.
Please see the attached sheet for the results.

YouTube 법무지원팀"""),
        part('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="results.xlsx"',
             b64(_xlsx), "base64", 'Content-Disposition: attachment; filename="results.xlsx"'),
    ]),
    outcome="applied", classification="confirmation",
    imitates="bilingual one-line cover note with an XLSX results sheet (No. | URL | Status | Date), as platform legal teams send to Korean regulators",
    why="statuses only in an XLSX attachment: removed, restricted (KR), not found",
    items={Y[8]: "removed", Y[9]: "restricted", Y[10]: "not_found"},
)

case(
    name="yt-top-posted-over-whole-request",
    from_="youtube-legal-support@google.com",
    date="Thu, 12 Sep 2024 07:55:12 +0000",
    subject=f"Re: [{YT}] Request to remove content on YouTube",
    reply_to_req=req(YT),
    body=f"""Hello,

We have blocked the video {Y[5]} in South Korea. The remaining items of
your request are still under review and we will update you once we have
reached a decision.

Regards,
YouTube Legal Support

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_request_gt(YT, [Y[i] for i in range(1, 15)], "Dear YouTube Legal Support,")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the whole quoted request ('On ... wrote:' + '> ' lines)",
    why="only the one video named above the quote is restricted; the quoted request lists all 14 URLs next to 'removed'/'blocked' and the 'remaining items ... under review' sentence keeps the rest pending",
    items={Y[5]: "restricted"},
)

case(
    name="yt-forwarded-by-own-staff",
    from_="jhpark@google.com",
    name_from="Ji-hoon Park",
    date="Wed, 18 Sep 2024 02:10:40 +0000",
    subject=f"Fwd: Outcome {YT}",
    reply_to_req=req(YT),
    body=f"""Hello KCSC team,

Our team's reply below seems not to have reached you, so I am forwarding it.
Ji-hoon Park | Legal Specialist, YouTube Korea

---------- Forwarded message ---------
From: YouTube Legal Support <youtube-legal-support@google.com>
Date: Fri, Sep 13, 2024 at 4:12 PM
Subject: Outcome {YT}
To: <takedown@kcsc.example>

Hello,

We removed the following videos for violating our Community Guidelines:
{Y[6]}
{Y[7]}

Regards,
YouTube Legal Support""",
    outcome="applied", classification="confirmation",
    imitates="Gmail '---------- Forwarded message ---------' block sent by a platform employee re-sending the team's own reply",
    why="trusted google.com employee forwards YouTube's own earlier reply to us; the forwarded text is the platform's own statement (not our quote, not a third party), so the two videos are removed. Arguable: see NOTES.md",
    items={Y[6]: "removed", Y[7]: "removed"},
)

case(
    name="yt-outlook-reply-to-reminder",
    from_="legal-kr@google.com",
    name_from="YouTube Legal Korea",
    date="Thu, 19 Sep 2024 00:31:58 +0000",
    subject=f"RE: [Reminder] {YT} - 3 items still pending",
    extra_headers=["In-Reply-To: <rem-240910-01-2@kcsc.example>",
                   "References: <rem-240910-01-2@kcsc.example>",
                   "Thread-Topic: [Reminder] KCSC-240910-01 - 3 items still pending",
                   "X-MS-Has-Attach:"],
    body=f"""Hello,

{Y[9]} - removed
{Y[10]} - blocked in South Korea
{Y[12]} - we could not find this Short

Kind regards,
YouTube Legal Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 10:00 AM
To: legal-kr@google.com
Subject: [Reminder] {YT} - 3 items still pending

Dear YouTube,

Our request {YT} of 10 September is overdue for the items below.
Other items of the request were already confirmed as removed.
{Y[9]}
{Y[10]}
{Y[12]}
Please confirm that they have been removed or blocked.

KCSC Takedown Desk""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply to a reminder with '-----Original Message-----' block; terse 'URL - status' lines",
    why="per-line 'URL - status' statements above an Outlook quote of our reminder; the reminder's 'removed or blocked' wording is quoted and must not count",
    items={Y[9]: "removed", Y[10]: "restricted", Y[12]: "not_found"},
)

case(
    name="yt-under-review-hedged",
    from_="youtube-legal-support@google.com",
    date="Wed, 11 Sep 2024 09:12:33 +0000",
    subject=f"Re: [{YT}] Request to remove content on YouTube",
    reply_to_req=req(YT),
    body=f"""Hello,

Thank you for your patience. An update on two of the URLs in your notice:

- {Y[1]} is currently with our legal team for review. We expect to have
  a decision soon.
- {Y[2]} may be restricted in South Korea if our reviewers conclude that
  it is unlawful there.

We will write again once the review is complete.

YouTube Legal Support""",
    outcome="review", review="not_understood",
    imitates="interim status update from a platform legal team ('currently with our legal team for review', 'may be restricted if ...')",
    why="trusted reply naming two requested items, but only with 'under review' and a conditional 'may be restricted if': nothing is applied, and since it names items it must be seen (not ignored). Arguable reason: see NOTES.md",
    items={},
)


# ================================================================ NAVER (5 items)
case(
    name="naver-kcsc-result-table-html",
    from_="policy@navercorp.com",
    name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 06:20:00 +0000",
    subject=f"[회신] 시정요구({NV})에 대한 조치 결과 통보",
    reply_to_req=req(NV),
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구({NV}, 2024.9.11.)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>2024.09.12</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>게시중단</td><td>2024.09.12</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>임시조치(30일)</td><td>2024.09.12</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>해당 게시물 없음(작성자 삭제)</td><td>-</td></tr>
</table>
<p>※ 임시조치는 정보통신망법 제44조의2에 따른 조치이며, 30일 이내 게시자의 재게시 요청이 없으면 삭제됩니다.</p>
<p>네이버 주식회사 정책지원팀 드림<br>경기도 성남시 분당구 정자일로 95</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal's 시정요구 조치 결과 회신 table (번호 | URL | 조치결과 | 조치일자), Network Act Art. 44-2 임시조치 footnote",
    why="HTML-only Korean table: 삭제 and 게시중단 are removals, 임시조치 is a restriction, '해당 게시물 없음(작성자 삭제)' is not_found; the fifth item is not in the table and stays pending; the footnote's future 삭제 names no item",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found"},
)

_naver_prose = f"""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물에 대한 검토 결과를 안내드립니다.

{N[5]}
위 게시물은 서비스 운영정책 위반으로 블라인드 처리하였습니다.

{N[3]}
위 게시물은 검토 결과 관련 법령 및 운영정책 위반 사항이 확인되지 않아
게시를 유지합니다.

더 궁금하신 사항은 네이버 고객센터(https://help.naver.com)로 문의해 주세요.
감사합니다.
"""
case(
    name="naver-blind-and-keep-base64",
    from_="help@naver.com",
    name_from="네이버 고객센터",
    date="Sat, 14 Sep 2024 01:45:10 +0000",
    subject=f"[네이버] 게시물 신고 처리 결과 안내 ({NV})",
    reply_to_req=req(NV),
    raw_mime=part('text/plain; charset="UTF-8"', b64(_naver_prose), "base64"),
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 신고 처리 결과 안내 (블라인드 처리 / 위반 사항 확인되지 않아 게시 유지), statement on the line below each URL",
    why="base64 Korean body: '위 게시물은 ... 블라인드 처리' = removed, '위반 사항이 확인되지 않아 게시를 유지' = rejected; the help link is not an item",
    items={N[5]: "removed", N[3]: "rejected"},
)

case(
    name="naver-temporary-measure-planned",
    from_="policy@navercorp.com",
    name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 05:00:00 +0000",
    subject=f"RE: {NV} 게시물 삭제 요청",
    reply_to_req=req(NV),
    body=f"""안녕하세요.

아래 게시물은 현재 권리침해 해당 여부를 검토 중이며, 검토가 끝나는 대로
임시조치할 예정입니다.

- {N[1]}
- {N[2]}

처리 결과는 추후 다시 안내드리겠습니다.

네이버 정책지원팀""",
    outcome="review", review="not_understood",
    imitates="Korean portal interim reply (검토 중이며 ... 임시조치할 예정입니다)",
    why="names two items but only says they are under review and will be put under 임시조치 later: a promise, nothing applied; trusted and naming items, so review rather than ignored",
    items={},
)

case(
    name="naver-asks-official-letter",
    from_="policy@navercorp.com",
    name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 02:30:00 +0000",
    subject=f"RE: {NV} 추가 자료 요청",
    reply_to_req=req(NV),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 {N[4]} 에 대한 조치를 위해서는
기관 직인이 날인된 공문과 해당 게시물이 불법정보에 해당한다는 근거 자료가
필요합니다. 자료를 회신해 주시면 검토 후 조치하겠습니다.

감사합니다.""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Korean portal request for an official letter with seal (기관 직인 날인 공문) and supporting evidence before acting",
    why="asks for documents before acting on one named item: review asks_more, nothing applied",
    items={},
)

case(
    name="naver-unclear-status-words",
    from_="policy@navercorp.com",
    name_from="네이버 정책지원팀",
    date="Wed, 18 Sep 2024 07:40:00 +0000",
    subject=f"[회신] {NV} 처리 현황",
    reply_to_req=req(NV),
    body=f"""처리 현황 회신드립니다.

{N[2]} : 처리불가(기타)
{N[4]} : 보류

문의: policy@navercorp.com""",
    outcome="review", review="not_understood",
    imitates="terse Korean status sheet pasted into a mail (처리불가(기타) / 보류)",
    why="'processing impossible (other)' and 'on hold' say neither that the content is gone nor that it stays for a stated reason nor that it was not found: a clerk would ask, so review not_understood",
    items={},
)

case(
    name="naver-receipt-listing-urls",
    from_="noreply@navercorp.com",
    name_from="네이버 권리보호센터",
    date="Wed, 11 Sep 2024 05:10:00 +0000",
    subject=f"[네이버] 게시중단 요청이 접수되었습니다 ({NV})",
    reply_to_req=req(NV),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""게시중단 요청이 정상적으로 접수되었습니다.

접수번호: RPC-20240911-004417
접수일시: 2024.09.11 14:08

접수된 게시물
1. {N[1]}
2. {N[2]}
3. {N[3]}
4. {N[4]}
5. {N[5]}

접수된 요청은 담당자 검토 후 순차적으로 처리되며, 처리 결과는 메일로
안내드립니다. 본 메일은 발신 전용입니다.""",
    outcome="ignored",
    imitates="NAVER 권리보호센터 게시중단 요청 접수 안내 (접수번호, 접수된 게시물 echo, 발신 전용)",
    why="automatic receipt echoing all five URLs under 'received items'; the whole mail says only that the request was received and will be handled: acknowledgement, ignored",
    items={},
)

case(
    name="naver-ooo-korean",
    from_="sjlee@navercorp.com",
    name_from="이수진",
    date="Wed, 11 Sep 2024 05:01:00 +0000",
    subject=f"[자동응답] RE: {NV} 게시물 삭제 요청",
    reply_to_req=req(NV),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""안녕하세요. 이수진입니다.
9월 11일부터 9월 18일까지 휴가로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

> 아래 게시물의 삭제를 요청합니다.
> {N[1]}
> {N[2]}""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply ([자동응답], 휴가로 부재중) quoting the first lines of the request",
    why="out-of-office reply; the URLs and '삭제' only occur in the quoted request",
    items={},
)


# ================================================================ X (4 items)
case(
    name="x-withheld-url-below-statement",
    from_="legal@x.com",
    name_from="X Legal",
    date="Fri, 13 Sep 2024 18:22:09 +0000",
    subject=f"Re: [{XR}] Legal request regarding content on X",
    reply_to_req=req(XR),
    body=f"""Hello,

Thank you for your report. In response to your legal demand, X has withheld
the following content in the Republic of Korea:
{X[1]}
{X[2]}

We have not taken action on the following post, as it does not violate the
X Rules or the laws you referenced:
{X[3]}

Withheld content remains available outside the country in which it has been
withheld. More information: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal""",
    outcome="applied", classification="confirmation",
    imitates="X 'withheld in country' legal reply (country-withheld content help page), URLs on the lines below the statement",
    why="URL on the line(s) below its statement: two withheld (restricted), one 'not taken action ... as it does not violate' (rejected); the fourth post is not mentioned and stays pending; the help link is not an item",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected"},
)

_x_text = f"""Hello,

We've reviewed the posts you reported under {XR}.

- {X[3]} : This post has been removed for violating our rules.
- {X[4]} : We could not locate this post. It may have been deleted by the account owner.

Appeals and further questions: https://help.x.com/forms

X Safety"""
_x_html = f"""<div>Hello,</div><div>We've reviewed the posts you reported under {XR}.</div>
<ul><li><a href="{X[3]}">{X[3]}</a> : This post has been removed for violating our rules.</li>
<li><a href="{X[4]}">{X[4]}</a> : We could not locate this post. It may have been deleted by the account owner.</li></ul>
<div>Appeals and further questions: <a href="https://help.x.com/forms">help.x.com/forms</a></div><div>X Safety</div>"""
case(
    name="x-qp-multipart-removed-notfound",
    from_="safety@x.com",
    name_from="X Safety",
    date="Mon, 16 Sep 2024 03:14:15 +0000",
    subject=f"Your report {XR}",
    reply_to_req=req(XR),
    raw_mime=multipart("alternative", "x-qp-b2", [
        part('text/plain; charset="UTF-8"', qp(_x_text), "quoted-printable"),
        part('text/html; charset="UTF-8"', qp(_x_html), "quoted-printable"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="X Safety report-outcome email (bulleted 'URL : outcome' lines), multipart/alternative quoted-printable",
    why="one removed, one 'could not locate' (not_found; the 'may have been deleted' guess only explains why); the HTML part must not double or contradict the text part",
    items={X[3]: "removed", X[4]: "not_found"},
)

case(
    name="x-twitter-domain-numbered",
    from_="legal-requests@twitter.com",
    name_from="Twitter Legal",
    date="Sat, 14 Sep 2024 12:00:00 +0000",
    subject=f"Case 0193-KR-552 / {XR}",
    reply_to_req=req(XR),
    body=f"""Hi,

Case 0193-KR-552 - result:

1. https://twitter.com/fake_seller_kr/status/1834012345678901234 -- Removed
2. https://twitter.com/fake_seller_kr/status/1834012345678905678 -- Withheld in KR

This case is now closed.

Twitter Legal""",
    outcome="applied", classification="confirmation",
    imitates="legacy Twitter legal case-closure mail (case number, numbered list with '--' statuses) from the twitter.com domain",
    why="twitter.com URLs of x.com items, numbered list with '--' statuses, sender on X's twitter.com domain",
    items={X[1]: "removed", X[2]: "restricted"},
)

case(
    name="x-dmarc-fail-confirmation",
    from_="legal@x.com",
    name_from="X Legal",
    auth="fail",
    date="Sun, 15 Sep 2024 04:04:04 +0000",
    subject=f"Re: [{XR}] Legal request regarding content on X",
    reply_to_req=req(XR),
    body=f"""Hello,

The following posts have been removed:
{X[1]}
{X[2]}
{X[3]}
{X[4]}

X Legal""",
    outcome="review", review="untrusted",
    imitates="X legal removal reply (plain list), but DMARC fails for x.com",
    why="perfect confirmation whose topmost Authentication-Results says dmarc=fail: nothing applied, review untrusted",
    items={},
)

_mdn = multipart("report", "x-mdn-b3", [
    part('text/plain; charset="UTF-8"', f"""This is a receipt for the mail you sent to legal@x.com at 9/12/2024 11:00 AM

This receipt verifies that the message has been displayed on the recipient's computer at 9/12/2024 3:40 PM"""),
    part("message/disposition-notification", f"""Reporting-UA: x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <{req(XR)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed""", "7bit"),
], preamble="").replace('Content-Type: multipart/report; boundary="x-mdn-b3"',
                         'Content-Type: multipart/report; report-type=disposition-notification; boundary="x-mdn-b3"')
case(
    name="x-read-receipt-mdn",
    from_="legal@x.com",
    name_from="X Legal",
    date="Thu, 12 Sep 2024 06:40:00 +0000",
    subject=f"Read: [{XR}] Legal request regarding content on X",
    reply_to_req=req(XR),
    raw_mime=_mdn,
    outcome="ignored",
    imitates="Outlook read receipt (multipart/report; report-type=disposition-notification, 'Read:' subject)",
    why="MDN read receipt of our request: ignored, not forwarded or reviewed",
    items={},
)


# ================================================================ Kakao / Daum / Tistory (3 items)
case(
    name="kakao-temporary-measure-notice",
    from_="cs-report@kakaocorp.com",
    name_from="카카오 고객센터",
    date="Mon, 16 Sep 2024 01:00:00 +0000",
    subject=f"[카카오] 게시물 임시조치 안내 ({KK})",
    reply_to_req=req(KK),
    body=f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회의 요청({KK})에 따라 검토한 결과, 아래 게시물에 대하여
「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라
30일간 임시조치하였음을 알려드립니다.

■ 대상 게시물
 - {K[1]}
 - {K[2]}

임시조치 기간 동안 해당 게시물은 외부에 노출되지 않으며, 게시자는
고객센터(https://cs.kakao.com)를 통해 재게시를 요청할 수 있습니다.

감사합니다.
카카오 고객센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 임시조치 안내 mail (정보통신망법 제44조의2, 30일간 임시조치, 재게시 요청 안내)",
    why="임시조치 (Art. 44-2 temporary measure) is a restriction; the third item is not named and stays pending; the help link is not an item",
    items={K[1]: "restricted", K[2]: "restricted"},
)

case(
    name="kakao-blind-and-operator-deleted-quoting-request",
    from_="daumcafe_admin@daum.net",
    name_from="Daum 카페 운영팀",
    date="Tue, 17 Sep 2024 02:15:00 +0000",
    subject=f"RE: {KK} 불법금융 게시물 시정요구",
    reply_to_req=req(KK),
    body=f"""안녕하세요. Daum 카페 운영팀입니다.

요청하신 게시물의 처리 결과입니다.

▶ {K[3]}
   → 블라인드 처리 완료 (2024.09.16)
▶ {K[1]}
   → 운영자에 의해 삭제됨

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 9:30 AM
To: cs-report@kakaocorp.com
Subject: {KK} 불법금융 게시물 시정요구

아래 게시물의 삭제를 요청합니다.
{K[1]}
{K[2]}
{K[3]}
조치 후 결과를 회신해 주시기 바랍니다.""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 운영팀 처리 결과 reply (▶ URL / → 블라인드 처리 완료, 운영자에 의해 삭제됨) over an Outlook-quoted request",
    why="status on the line below each URL with an arrow: 블라인드 처리 and '운영자에 의해 삭제' are removals; the Tistory URL appears only in the quoted request (next to 삭제 요청) and stays pending",
    items={K[3]: "removed", K[1]: "removed"},
)

case(
    name="kakao-tistory-already-deleted-short",
    from_="tistory-help@kakaocorp.com",
    name_from="티스토리 고객센터",
    date="Wed, 18 Sep 2024 08:00:00 +0000",
    subject=f"Re: {KK}",
    reply_to_req=req(KK),
    body=f"""요청하신 {K[2]} 게시물은 이미 작성자에 의해 삭제되어 존재하지 않습니다.

티스토리 고객센터""",
    outcome="applied", classification="confirmation",
    imitates="one-sentence Tistory helpdesk reply (이미 작성자에 의해 삭제되어 존재하지 않습니다)",
    why="a notice that is only a URL and one sentence; already deleted by its author = not_found",
    items={K[2]: "not_found"},
)

case(
    name="kakao-lookalike-sender",
    from_="safety@kakaocorp-report.com",
    name_from="Kakao Safety",
    date="Tue, 17 Sep 2024 11:11:11 +0000",
    subject=f"Re: {KK} 처리 완료",
    reply_to_req=req(KK),
    body=f"""안녕하세요. 카카오 안전팀입니다.

아래 게시물을 모두 삭제 완료하였습니다.
{K[1]}
{K[2]}
{K[3]}

카카오 안전팀""",
    outcome="review", review="unknown_sender",
    imitates="Kakao 삭제 완료 notice sent from a look-alike domain (kakaocorp-report.com) that passes DMARC for itself",
    why="authenticated, but kakaocorp-report.com is no platform's sender: claims for our items go to review unknown_sender, nothing applied",
    items={},
)


# ================================================================ TikTok (2 items)
case(
    name="tiktok-report-outcome-html",
    from_="legal-kr@tiktok.com",
    name_from="TikTok Legal",
    date="Mon, 16 Sep 2024 09:30:00 +0000",
    subject=f"TikTok: Update on your report ({TT})",
    reply_to_req=req(TT),
    type="html",
    body=f"""<html><body>
<p>Hi,</p>
<p>Thanks for your report. We've reviewed the content you reported and here is what we found.</p>
<p><b>{T[1]}</b><br>We removed this video because it violates our Community Guidelines.</p>
<p><b>{T[2]}</b><br>We didn't find any violations of our Community Guidelines or local law, so this video will stay up.</p>
<p>You can view our Community Guidelines at <a href="https://www.tiktok.com/community-guidelines">tiktok.com/community-guidelines</a>.</p>
<p>TikTok Trust &amp; Safety<br>TikTok Pte. Ltd., 1 Raffles Quay, Singapore</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome notice ('We've reviewed the content you reported', 'We didn't find any violations ... so it will stay up'), HTML-only",
    why="HTML-only; a bold URL with the statement on the line below: one removed, one rejected ('didn't find any violations ... will stay up' is a rejection, not a promise); the guidelines link is not an item",
    items={T[1]: "removed", T[2]: "rejected"},
)

case(
    name="tiktok-korean-base64-removed",
    from_="kr-support@tiktok.com",
    name_from="틱톡 코리아",
    date="Tue, 17 Sep 2024 03:00:00 +0000",
    subject=f"=?UTF-8?B?{base64.b64encode(('[틱톡] 신고 처리 결과 안내 ' + TT).encode()).decode()}?=",
    reply_to_req=req(TT),
    raw_mime=part('text/plain; charset="UTF-8"', b64(f"""안녕하세요, 틱톡 코리아입니다.

신고하신 동영상 {T[2]}는 커뮤니티 가이드라인 위반으로
삭제되었습니다.

감사합니다.
"""), "base64"),
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea 신고 처리 결과 안내 (Korean, base64 body, encoded-word subject)",
    why="Korean removal statement with a Korean particle directly after the URL ('…0987는'); base64 body and RFC 2047 subject",
    items={T[2]: "removed"},
)

case(
    name="tiktok-ticket-receipt",
    from_="no-reply@tiktok.com",
    name_from="TikTok Support",
    date="Fri, 13 Sep 2024 07:05:00 +0000",
    subject=f"[Ticket #8837216] Re: {TT}",
    reply_to_req=req(TT),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Hi there,

Thanks for contacting TikTok. We've received your message and a ticket has
been created (ticket #8837216). Our team will get back to you as soon as
possible. Please do not reply to this email; to add information, use the
link in your ticket.

TikTok Support""",
    outcome="ignored",
    imitates="TikTok/Zendesk ticket receipt ('We've received your message and a ticket has been created')",
    why="pure ticket receipt naming our reference but no item and stating nothing: ignored",
    items={},
)

case(
    name="tiktok-hedged-regions",
    from_="legal-kr@tiktok.com",
    name_from="TikTok Legal",
    date="Sat, 14 Sep 2024 02:02:02 +0000",
    subject=f"Re: {TT} follow-up",
    reply_to_req=req(TT),
    body=f"""Hello,

Following our initial assessment, the videos below may have been restricted
for viewers in some regions, depending on the outcome of our ongoing review:

{T[1]}
{T[2]}

We will share the final decision once it is available.

TikTok Legal""",
    outcome="review", review="not_understood",
    imitates="platform interim assessment mail ('may have been restricted ... depending on the outcome of our ongoing review')",
    why="hedged ('may have been', 'some regions', 'ongoing review'): a clerk would not record a restriction in Korea; names items, so review",
    items={},
)


# ================================================================ Meta (2 items)
case(
    name="meta-local-law-and-community-standards",
    from_="noreply@fb.com",
    name_from="Meta Content Reporting",
    date="Wed, 18 Sep 2024 14:25:00 +0000",
    subject=f"Your report to Meta - {MT}",
    reply_to_req=req(MT),
    body=f"""Hi,

Thanks for your report. Here is the outcome for the content you reported.

Content: {M[1]}
Outcome: We've restricted access to this content in South Korea based on
local law. It remains available elsewhere.

Content: {M[2]}
Outcome: We removed this content because it goes against our Community
Standards.

Learn more about how we handle reports based on local law:
https://transparency.meta.com/reports/content-restrictions/
https://www.facebook.com/help/instagram/874680996209917

Reference number: 1029384756-KR
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""",
    outcome="applied", classification="confirmation",
    imitates="Meta report outcome ('We've restricted access to this content in [country] based on local law' / 'We removed this content because it goes against our Community Standards'), Content:/Outcome: pairs, transparency and help links",
    why="'Content: URL' then 'Outcome: ...' on the next lines; restricted in Korea and removed; the transparency and help-centre links on Meta's own domains are not items nor unmatched claims",
    items={M[1]: "restricted", M[2]: "removed"},
)

case(
    name="meta-korean-instagram",
    from_="support@instagram.com",
    name_from="Instagram",
    date="Thu, 19 Sep 2024 01:10:00 +0000",
    subject=f"Re: {MT} 게시물 조치 요청",
    reply_to_req=req(MT),
    body=f"""안녕하세요, Instagram입니다.

요청하신 게시물 {M[1]} 은 현지 법률에 따라 대한민국에서 접근이 제한되었습니다.
해당 게시물은 다른 국가에서는 계속 볼 수 있습니다.

자세한 내용: https://help.instagram.com/874680996209917

Instagram 드림""",
    outcome="applied", classification="confirmation",
    imitates="Instagram legal-restriction notice in Korean (현지 법률에 따라 ... 접근이 제한되었습니다), help-centre article link",
    why="Korean 접근이 제한되었습니다 in Korea = restricted; the second item is not mentioned",
    items={M[1]: "restricted"},
)

case(
    name="meta-bulk-all-removed",
    from_="lawenforcement@fb.com",
    name_from="Meta Law Enforcement Response",
    date="Thu, 19 Sep 2024 05:55:00 +0000",
    subject=f"Re: {MT}",
    reply_to_req=req(MT),
    body=f"""Hello,

All content identified in your request {MT} has been removed.

Meta Law Enforcement Response Team""",
    outcome="review", review="bulk",
    imitates="terse bulk closure line from a platform's law-enforcement response desk",
    why="a bulk claim for the whole request without an item list: bulk_confirmations = review",
    items={},
)

case(
    name="meta-policy-newsletter",
    from_="news@meta.com",
    name_from="Meta for Government",
    date="Tue, 17 Sep 2024 16:00:00 +0000",
    subject="Updates to our Transparency Center and reporting channels",
    extra_headers=["List-Unsubscribe: <https://www.meta.com/unsubscribe/gov-9912>",
                   "Precedence: bulk"],
    body="""Hello,

We're writing to let partners from governments and regulators know about
changes to our reporting channels.

- From 1 October 2024, reports based on local law should be submitted
  through our dedicated online form rather than by email.
- Our biannual Content Restrictions Based on Local Law report is now
  available at https://transparency.meta.com/reports/content-restrictions/

Thank you for your continued partnership.
Meta Public Policy

You are receiving this message because you are registered as a government
partner. Unsubscribe: https://www.meta.com/unsubscribe/gov-9912""",
    outcome="review", review="no_claims",
    imitates="platform newsletter / policy-update mail to government partners (List-Unsubscribe, Precedence: bulk)",
    why="trusted Meta mail naming no item and no request; not an auto-reply, bounce, receipt or acknowledgement, so per issue 11 it is no_claims review rather than ignored. Arguable: see NOTES.md",
    items={},
)

case(
    name="meta-spam-naming-reference",
    from_="account-review@meta-business-appeals.com",
    name_from="Meta Business Support",
    date="Wed, 18 Sep 2024 21:13:00 +0000",
    subject=f"Action required: {MT} your page will be disabled",
    body=f"""Dear Page Owner,

Regarding case {MT}: your page has been reported for copyright infringement
and will be permanently disabled within 24 hours.

If you believe this is a mistake, verify your account here:
https://meta-business-appeals.com/verify?case=KCSC-240916-01

Meta Business Support""",
    outcome="review", review="unknown_sender",
    imitates="common Meta 'page will be disabled' phishing mail that reuses a case reference",
    why="spam from an unknown (DMARC-authenticated) domain naming our request reference: must be seen, review unknown_sender; nothing applied",
    items={},
)


# ================================================================ Reddit (2 items)
case(
    name="reddit-reported-content-echoed-report",
    from_="noreply@redditmail.com",
    name_from="Reddit",
    date="Wed, 18 Sep 2024 19:40:00 +0000",
    subject=f"Re: {RD} Report outcome",
    reply_to_req=req(RD),
    body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After
investigating, we've found that the reported content violates Reddit's
Content Policy and have removed it.

Report details
--------------
Report reason: Sharing personal information
Reported content: {R[1]}
Submitted: 2024-09-16

If you see anything else that breaks our rules, you can report it at
https://www.reddit.com/report

Thanks,
Reddit Safety""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin report-outcome message ('After investigating, we've found that the reported content violates Reddit's Content Policy') followed by the echoed report",
    why="statement about 'the reported content' followed by the echoed report that lists it: removed; the report form link is not an item",
    items={R[1]: "removed"},
)

case(
    name="reddit-no-violation-echoed",
    from_="noreply@redditmail.com",
    name_from="Reddit",
    date="Thu, 19 Sep 2024 02:40:00 +0000",
    subject=f"Re: {RD} Report outcome",
    reply_to_req=req(RD),
    body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After
investigating, we found that the reported content doesn't violate Reddit's
Content Policy, so no action was taken.

Report details
--------------
Report reason: Sharing personal information
Reported content: {R[2]}

Reddit Safety""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin 'doesn't violate Reddit's Content Policy' outcome with echoed report",
    why="'doesn't violate ... so no action was taken' about the reported content in the echoed report: rejected",
    items={R[2]: "rejected"},
)


# ================================================================ Telegram (1 item) and cross-platform
case(
    name="tg-channel-blocked-short",
    from_="dsa@telegram.org",
    name_from="Telegram",
    date="Wed, 18 Sep 2024 10:10:10 +0000",
    subject=f"Re: {TG}",
    reply_to_req=req(TG),
    body=f"""Hello,

{G[1]} is no longer accessible. The channel was blocked for violating
Telegram's Terms of Service.

Telegram Abuse Team""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk two-line reply ('... is no longer accessible', channel blocked for ToS violation)",
    why="the single-item request: the named message's channel was blocked (removed)",
    items={G[1]: "removed"},
)

case(
    name="tg-claims-x-items",
    from_="dsa@telegram.org",
    name_from="Telegram",
    date="Thu, 19 Sep 2024 03:03:03 +0000",
    subject=f"Re: {XR}",
    body=f"""Hello,

We have removed the following content:
{X[3]}
{X[4]}

Telegram Abuse Team""",
    outcome="review", review="wrong_platform",
    imitates="Telegram abuse-desk removal reply that (wrongly) names another platform's posts",
    why="trusted Telegram mail claims two x.com items of the X request: wrong platform, nothing applied",
    items={},
)

case(
    name="tg-bounce-dsn",
    from_="MAILER-DAEMON@mx.kcsc.example",
    name_from="Mail Delivery System",
    auth="none",
    date="Tue, 17 Sep 2024 01:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "bounce-b4", [
        part("text/plain; charset=us-ascii", """This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mx.telegram.org[203.0.113.25] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)""", "7bit"),
        part("message/delivery-status", """Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 17 Sep 2024 10:00:01 +0900 (KST)

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""", "7bit"),
        part("text/rfc822-headers", f"""From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: [{TG}] Request to remove content
Message-ID: <{req(TG)}@kcsc.example>
Date: Tue, 17 Sep 2024 10:00:00 +0900""", "7bit"),
    ]).replace('Content-Type: multipart/report; boundary="bounce-b4"',
               'Content-Type: multipart/report; report-type=delivery-status; boundary="bounce-b4"'),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN ('This is the mail system at host ...', message/delivery-status, text/rfc822-headers of our request)",
    why="bounce of our own request (mailbox full): ignored",
    items={},
)


# ================================================================ more noise
case(
    name="yt-ooo-english",
    from_="sjkim@google.com",
    name_from="Seo-jin Kim",
    date="Tue, 10 Sep 2024 01:00:30 +0000",
    subject=f"Automatic reply: [{YT}] Request to remove content on YouTube",
    reply_to_req=req(YT),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent legal matters please contact
legal-kr@google.com.

Seo-jin Kim""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply:' out-of-office message",
    why="out-of-office auto-reply to our request: ignored",
    items={},
)

case(
    name="yt-legal-ack-no-items",
    from_="youtube-legal-support@google.com",
    date="Tue, 10 Sep 2024 01:05:00 +0000",
    subject=f"[{YT}] We've received your legal request",
    reply_to_req=req(YT),
    body="""Hello,

Thank you for contacting Google. We've received your legal request and it
has been assigned to a specialist. We will review the content you reported
and get back to you. Please keep the reference number 7-1234000056789 for
your records.

Do not reply to this message.

Regards,
The Google Legal Team""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal webform acknowledgement ('We've received your legal request', reference number, do-not-reply)",
    why="pure acknowledgement naming no item: ignored",
    items={},
)

case(
    name="x-untrusted-no-auth-named-request",
    from_="legal@x.com",
    name_from="X Legal",
    auth="none",
    date="Wed, 18 Sep 2024 23:23:23 +0000",
    subject=f"Re: [{XR}] Legal request regarding content on X",
    reply_to_req=req(XR),
    body=f"""Hello,

{X[4]} has been withheld in the Republic of Korea.

X Legal""",
    outcome="review", review="untrusted",
    imitates="X withheld-in-country reply without any Authentication-Results header (e.g. relayed through an unauthenticated path)",
    why="no authentication result at all: nothing applied, review untrusted",
    items={},
)


# ================================================================ legacy Korean charsets
_nv_euckr = f"""안녕하세요. 네이버 정책지원팀입니다.

{N[1]} 및 {N[2]} 게시물은 2024.09.13. 삭제 조치를 완료하였습니다.

감사합니다.

-----원본 메시지-----
보낸 사람: "KCSC Takedown" <takedown@kcsc.example>
받는 사람: <policy@navercorp.com>
날짜: 2024-09-11 (수) 14:00:00
제목: {NV} 게시물 삭제 요청

아래 게시물에 대한 삭제 또는 접속차단 조치를 요청합니다.
{N[1]}
{N[2]}
{N[3]}
{N[4]}
{N[5]}
"""
case(
    name="naver-euc-kr-over-original-message",
    from_="policy@navercorp.com",
    name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 09:09:09 +0000",
    subject=f"RE: {NV} 게시물 삭제 요청",
    reply_to_req=req(NV),
    raw_mime=part('text/plain; charset="euc-kr"', b64(_nv_euckr.encode("euc-kr")), "base64"),
    outcome="applied", classification="confirmation",
    imitates="Korean webmail reply in EUC-KR (base64) with a '-----원본 메시지-----' block (보낸 사람/받는 사람/날짜/제목) quoting the request",
    why="two URLs joined by 및 in one sentence ending 삭제 조치를 완료하였습니다 (both removed); the quoted request lists all five URLs with 삭제/접속차단 wording and must not count",
    items={N[1]: "removed", N[2]: "removed"},
)

_yt_ksc = f"""안녕하세요. YouTube 법무지원팀입니다.

요청하신 채널에 대한 조치 결과를 알려드립니다.

1) {Y[13]} 채널은 커뮤니티 가이드라인 위반으로 해지되었습니다.
2) {Y[14]} 채널에 대해서는 국내 법령 위반이 확인되지 않아 별도의 조치를 하지 않았습니다.

감사합니다.
"""
case(
    name="yt-ks-c-5601-korean-channels",
    from_="legal-kr@google.com",
    name_from="YouTube 법무지원팀",
    date="Tue, 17 Sep 2024 08:08:08 +0000",
    subject=f"RE: {YT} 채널 조치 결과",
    reply_to_req=req(YT),
    raw_mime=multipart("alternative", "yt-ksc-b5", [
        part('text/plain; charset="ks_c_5601-1987"', b64(_yt_ksc.encode("cp949")), "base64"),
        part('text/html; charset="ks_c_5601-1987"',
             b64(("<html><body>" + _yt_ksc.replace("\n", "<br>\n") + "</body></html>").encode("cp949")), "base64"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook reply (multipart/alternative in ks_c_5601-1987, base64) with numbered results; channel termination (해지) and '위반이 확인되지 않아 별도의 조치를 하지 않았습니다'",
    why="raw Korean channel handle (stored raw) in a ks_c_5601-1987 body; channel 해지 (terminated) = removed; 'no violation found, so no action taken' = rejected",
    items={Y[13]: "removed", Y[14]: "rejected"},
)


# ================================================================ URLs as people write them
case(
    name="x-korean-particle-after-url",
    from_="legal@x.com",
    name_from="X Legal",
    date="Wed, 18 Sep 2024 06:06:06 +0000",
    subject=f"Re: [{XR}] 게시물 조치 요청",
    reply_to_req=req(XR),
    body=f"""안녕하세요, X 법무팀입니다.

요청하신 {X[4]}에 대해 대한민국 내 접속을 차단하였습니다.
해당 게시물은 다른 국가에서는 계속 표시됩니다.

X 법무팀 드림
https://help.x.com/ko/rules-and-policies/post-withheld-by-country""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice written in Korean by its Korean legal contact (대한민국 내 접속을 차단), help-page link",
    why="Korean particle 에 glued to the URL; 대한민국 내 접속 차단 = restricted; the Korean help page link is not an item",
    items={X[4]: "restricted"},
)

case(
    name="reddit-angle-brackets-modmail",
    from_="legal@reddit.com",
    name_from="Reddit Legal",
    date="Thu, 19 Sep 2024 04:44:44 +0000",
    subject=f"Re: {RD}",
    reply_to_req=req(RD),
    body=f"""Hello,

Following your request, we've removed the post at <{R[2]}>.
The account that submitted it has also been suspended.

For more on how we handle government requests, see
<https://support.reddithelp.com/hc/en-us/articles/360043066452>.

Reddit Legal""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal/admin short reply (URL in angle brackets followed by '.', help-centre link in angle brackets)",
    why="URL inside <angle brackets> followed by a full stop; removed; the help link is not an item",
    items={R[2]: "removed"},
)


# ================================================================ main
def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        nf = c.get("name_from")
        if nf and not nf.isascii():
            # display names are RFC 2047 encoded, as real mailers do
            c["name_from"] = "=?UTF-8?B?" + base64.b64encode(nf.encode("utf-8")).decode("ascii") + "?="
    header = """# Blind set 13 (issue 11): generated by make.py; do not edit by hand.
# Expected results were written from each email's meaning before any run."""
    write_set(HERE, "blind13", header, CASES)


if __name__ == "__main__":
    main()
