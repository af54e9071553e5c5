#!/usr/bin/env python3
"""Blind set 8 (issue 11): Korean and English replies that are hard to read
right (several statuses in one email, positional references, channel/account
statuses covering items, partial success, uploader-deleted content, country vs
global vs age restriction, 'restricted pending review', reinstatement after
appeal, replies answering only some items).

Written without reading the reader. Expected results were written in this
case list from each email's meaning, before anything was run.

    python3 tests/corpus/blind8/make.py

is deterministic: it rewrites cases/*.eml and expected.toml.
"""
import base64
import io
import os
import quopri
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---- items (exactly as in requests.csv) ---------------------------------
Y = [None,
     "https://www.youtube.com/watch?v=Hq7Lx2Vd9Ka", "https://www.youtube.com/watch?v=pR4tN8wYc1E",
     "https://www.youtube.com/watch?v=Zm0Bq5KsT3u", "https://www.youtube.com/watch?v=a9F-uJ2hWxQ",
     "https://www.youtube.com/watch?v=Ld6sVe1Op_R", "https://www.youtube.com/watch?v=tC3nG7kYm2D",
     "https://www.youtube.com/watch?v=Wx8Ru4bJf0N", "https://www.youtube.com/watch?v=eK5yH1zQp7L",
     "https://www.youtube.com/watch?v=Nv2Ti6cMa4S", "https://www.youtube.com/watch?v=Bo9Pd3xXr8G",
     "https://www.youtube.com/watch?v=fJ1Ws7hUn5C", "https://www.youtube.com/watch?v=Yg4Ek0vLb6Z",
     "https://www.youtube.com/shorts/Qs3Am8nDj2V", "https://www.youtube.com/shorts/Ui7Ct5oFe9P"]
N = [None,
     "https://blog.naver.com/dalbit_story88/223571234567", "https://blog.naver.com/mint_haru/223569876543",
     "https://cafe.naver.com/stockmaster7/58214", "https://cafe.naver.com/gamerzone2024/10472",
     "https://post.naver.com/viewer/postView.naver?volumeNo=38211456&memberNo=51234567"]
X = [None,
     "https://x.com/bluemoon_kr77/status/1833512345678901234", "https://x.com/bluemoon_kr77/status/1833598765432109876",
     "https://x.com/ice_delivery_seoul/status/1833701122334455667", "https://x.com/ice_delivery_seoul/status/1833755566778899001"]
K = [None, "https://cafe.daum.net/hanbit_fan/Zk3a/1532", "https://hoyeon-note.tistory.com/214",
     "https://brunch.co.kr/@dawnwriter/37"]
T = [None, "https://www.tiktok.com/@kimchi.vibes22/video/7412345678901234567",
     "https://www.tiktok.com/@nightmarket_ktown/video/7413987654321098765"]
G = "https://t.me/hanriver_leaks/4127"

YT_REQ_SUBJECT = "[KCSC-240910-01] 시정요구 / Removal request: illegal gambling advertising (14 videos)"


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted_yt_request(prefix="> "):
    lines = ["Dear YouTube Legal team,", "",
             "The Korea Communications Standards Commission requests the removal of",
             "the following videos (request KCSC-240910-01):", ""]
    lines += ["%d. %s" % (i, Y[i]) for i in range(1, 15)]
    lines += ["", "Please remove or block access to the content and reply with the",
              "action taken for each URL.", "", "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def xlsx(rows):
    """An XLSX written by openpyxl (3.1.5, as the project's other sets), then
    re-zipped with fixed timestamps so that the bytes are deterministic."""
    import datetime
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Outcome"
    for row in rows:
        ws.append(row)
    fixed = datetime.datetime(2024, 9, 16, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "Google Legal Removals"
    raw = io.BytesIO()
    wb.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 16, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-09-16T09:00:00Z", data)
            z.writestr(zi, data)
    return buf.getvalue()


CASES = []


def case(**kw):
    CASES.append(kw)


# =========================================================================
# YouTube / Google (KCSC-240910-01, 14 items: the largest request)
# =========================================================================
case(name="yt-legal-status-below-each-url",
     **{"from": "removals@google.com"}, name_from="Google Legal Support",
     date="Thu, 12 Sep 2024 03:14:09 +0000", reply_to_req="req-240910-01",
     subject="Re: " + YT_REQ_SUBJECT + " [0-8812000034521]",
     body=f"""Hello,

Thank you for your notice. We have reviewed the URLs you submitted, and our
decision for each one is given underneath it.

{Y[1]}
We have removed this video from YouTube under our Community Guidelines.

{Y[2]}
Access to this video has been blocked for viewers in South Korea on the
basis of local law.

{Y[3]}
After review, we are not taking action on this video. It does not appear to
violate our policies, and we did not find a sufficient legal basis to block it.

{Y[4]}
This video is now age-restricted: only signed-in viewers aged 18 or over
can watch it.

For more information about how we handle legal requests, please see
https://support.google.com/legal/answer/3110420

Regards,
The Google Legal Team
Ref: 0-8812000034521
""",
     outcome="applied", classification="confirmation",
     imitates="Google Legal Help 'legal removal request' outcome email (decision stated under each reported URL, legal help-centre link, ticket reference)",
     why="status on the line(s) below each bare URL: removed globally, blocked in South Korea, no action (rejected), age-restricted; the help-centre link is not an item",
     items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected", Y[4]: "restricted"})

case(name="yt-first-two-and-last-by-position",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     date="Fri, 13 Sep 2024 10:42:55 +0900", reply_to_req="req-240910-01",
     subject="Re: " + YT_REQ_SUBJECT,
     body=f"""Hi,

Regarding your notice KCSC-240910-01: we have removed the first two videos
on your list for violating our spam, deceptive practices and scams policy.
The last item on your list (the Short) has been age-restricted.

We are still reviewing the other videos and will write to you again.

Kind regards,
YouTube Legal Support

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_yt_request()}
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal support reply top-posted over a Gmail 'On ... wrote:' quote of the requester's numbered list, referring to items by position",
     why="statuses by position ('the first two videos on your list', 'the last item on your list') resolved against our own numbered request quoted below: items 1-2 removed, item 14 age-restricted; the other items are 'still being reviewed' and stay pending. ARGUABLE: the URLs appear only in the quote",
     items={Y[1]: "removed", Y[2]: "removed", Y[14]: "restricted"})

case(name="yt-channel-terminated-videos-listed",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     date="Fri, 13 Sep 2024 16:05:31 +0900", reply_to_req="req-240910-01",
     subject="Re: " + YT_REQ_SUBJECT,
     body=f"""Hello,

We have terminated the channel "대박 정보방" (@대박정보방) for repeated
violations of our policy on illegal gambling content.

As a result, the following videos from your notice, which were all uploaded
to that channel, are no longer available on YouTube:

  - {Y[8]}
  - {Y[9]}
  - {Y[10]}

Learn more about channel terminations:
https://support.google.com/youtube/answer/2802168

YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube 'channel terminated' notice (Community Guidelines strikes / termination help article) listing the affected videos",
     why="a status given to a channel covers the listed videos: three videos 'no longer available on YouTube' because their channel was terminated are removed; the channel is named by handle only",
     items={Y[8]: "removed", Y[9]: "removed", Y[10]: "removed"})

case(name="yt-video-removed-channel-remains",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     date="Sat, 14 Sep 2024 09:20:00 +0900", reply_to_req="req-240910-01",
     subject="Re: " + YT_REQ_SUBJECT,
     body=f"""Hello,

We've reviewed the video you reported, {Y[11]},
and removed it for violating our Community Guidelines.

We also reviewed the uploader's channel as a whole. The channel will remain
on YouTube: we did not find that its other videos violate our policies.

Thanks,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube reporter outcome email ('We've reviewed the video you reported and removed it') with a channel-level decision",
     why="partial success: the video is removed while the channel 'will remain'; the remaining channel is not an item and its refusal must not reach the video",
     items={Y[11]: "removed"})

case(name="yt-uploader-deleted-bullets",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     date="Sat, 14 Sep 2024 14:48:12 +0900", reply_to_req="req-240910-01",
     subject="Re: " + YT_REQ_SUBJECT,
     body=f"""Hi KCSC team,

Outcome of our review:

  • {Y[6]} – removed (Community Guidelines: spam, deceptive practices & scams)
  • {Y[12]} – the uploader had already deleted this video before we reviewed it, so there was nothing left for us to act on
  • {Y[13]} – this Short is no longer on YouTube; it was taken down by its creator

Best,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube support reply in bullet form; 'This video has been removed by the uploader' player message",
     why="bulleted per-item statuses: one removal by YouTube and two videos deleted by their own uploaders, which are not_found even though 'taken down' is a removal word",
     items={Y[6]: "removed", Y[12]: "not_found", Y[13]: "not_found"})

YT_TABLE = f"""<html><body>
<p>Dear KCSC Takedown Desk,</p>
<p>Please find below the outcome of our review of request KCSC-240910-01.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Decision</th><th>Scope</th></tr>
<tr><td><a href="{Y[1]}">{Y[1]}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{Y[3]}">{Y[3]}</a></td><td>Blocked</td><td>South Korea (KR) only</td></tr>
<tr><td><a href="{Y[4]}">{Y[4]}</a></td><td>Age-restricted</td><td>All regions</td></tr>
<tr><td><a href="{Y[5]}">{Y[5]}</a></td><td>No action &ndash; does not violate policy</td><td>&ndash;</td></tr>
</table>
<p>Videos removed globally violate our <a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community Guidelines</a>.
Content blocked locally was restricted under local law; see our
<a href="https://transparencyreport.google.com/government-removals/overview">Transparency Report</a>.</p>
<p>Google Legal Removals</p>
</body></html>"""

case(name="yt-html-table-scope",
     **{"from": "removals@google.com"}, name_from="Google Legal Removals",
     date="Sun, 15 Sep 2024 02:30:45 +0000", reply_to_req="req-240910-01",
     subject="Outcome of your request KCSC-240910-01",
     type="html", body=YT_TABLE,
     outcome="applied", classification="confirmation",
     imitates="Google government-removals outcome table (Transparency Report categories: removed globally / blocked locally / age-restricted / no action)",
     why="HTML-only table with a Scope column: removed globally, blocked in KR only (restricted), age-restricted in all regions (restricted, not removed), no action (rejected); policy and transparency links are not items",
     items={Y[1]: "removed", Y[3]: "restricted", Y[4]: "restricted", Y[5]: "rejected"})

_xlsx = xlsx([["No.", "Reported URL", "Outcome", "Notes"],
              ["1", Y[6], "Removed", "Community Guidelines"],
              ["2", Y[7], "Restricted - KR only", "Local law"],
              ["3", Y[8], "No violation found", ""],
              ["4", Y[9], "Not found", "Video deleted by uploader"]])
case(name="yt-xlsx-outcome-sheet",
     **{"from": "removals@google.com"}, name_from="Google Legal Removals",
     date="Mon, 16 Sep 2024 01:02:03 +0000", reply_to_req="req-240910-01",
     subject="Re: " + YT_REQ_SUBJECT,
     raw_mime=f"""Content-Type: multipart/mixed; boundary="b8-xlsx-0001"

--b8-xlsx-0001
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find the outcome of our review for four of the reported videos in
the attached spreadsheet.

Google Legal Removals

--b8-xlsx-0001
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240910-01_outcome.xlsx"
Content-Disposition: attachment; filename="KCSC-240910-01_outcome.xlsx"
Content-Transfer-Encoding: base64

{b64(_xlsx)}
--b8-xlsx-0001--
""",
     outcome="applied", classification="confirmation",
     imitates="bulk legal-removal outcome spreadsheets sent by large platforms to regulators (one row per URL: outcome, notes)",
     why="statuses only in an XLSX attachment: Removed, Restricted - KR only, No violation found (rejected), Not found / deleted by uploader",
     items={Y[6]: "removed", Y[7]: "restricted", Y[8]: "rejected", Y[9]: "not_found"})

case(name="yt-restricted-pending-review",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     date="Mon, 16 Sep 2024 11:15:00 +0900", reply_to_req="req-240910-01",
     subject="Re: " + YT_REQ_SUBJECT,
     body=f"""Hello,

The video {Y[10]} has been restricted pending review:
it is currently not viewable in South Korea while our legal team completes
its assessment. We will let you know the final outcome.

YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube/Google interim notice: content locally restricted while a legal review is completed",
     why="'restricted pending review' and 'currently not viewable in South Korea' state a restriction already in place; the pending final decision does not hedge it. ARGUABLE: a clerk could wait for the final outcome",
     items={Y[10]: "restricted"})

_qp_text = f"""Hello,

Here are our decisions on two of the videos in your notice KCSC-240910-01.

Video: {Y[12]}&t=15s&feature=youtu.be&si=Kx9dQ2mR7pLwZ0aB
Decision: Age-restricted (viewers must be signed in and 18+)

Video: {Y[13]}?si=Hq3vN8sLp1RtY6cW&feature=share
Decision: Removed - violates our Child Safety policy

YouTube Legal Support
"""
_qp_html = f"""<div>Hello,</div><div>Here are our decisions on two of the videos in your notice KCSC-240910-01.</div>
<p>Video: <a href="{Y[12]}&amp;t=15s">{Y[12]}&amp;t=15s</a><br>Decision: Age-restricted (viewers must be signed in and 18+)</p>
<p>Video: <a href="{Y[13]}?si=Hq3vN8sLp1RtY6cW">{Y[13]}</a><br>Decision: Removed - violates our Child Safety policy</p>
<div>YouTube Legal Support</div>
"""
case(name="yt-multipart-qp-age-and-removed",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     date="Tue, 17 Sep 2024 09:05:44 +0900", reply_to_req="req-240910-01",
     subject="Re: " + YT_REQ_SUBJECT,
     raw_mime=f"""Content-Type: multipart/alternative; boundary="b8-alt-qp-77"

--b8-alt-qp-77
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp_text)}

--b8-alt-qp-77
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp_html)}

--b8-alt-qp-77--
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail multipart/alternative quoted-printable reply in YouTube's 'Video: / Decision:' record layout",
     why="quoted-printable text and HTML alternatives with URLs carrying &t=, &feature=, ?si= parameters split by soft line breaks; age-restricted and removed must not be doubled or conflict",
     items={Y[12]: "restricted", Y[13]: "removed"})

case(name="yt-top-posted-outlook-quote",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Trust & Safety",
     date="Tue, 17 Sep 2024 15:31:02 +0900", reply_to_req="req-240910-01",
     subject="RE: " + YT_REQ_SUBJECT,
     body=f"""Hello KCSC team,

The two videos below were taken down today:
{Y[1]}
{Y[2]}

Best regards,
YouTube Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:00 AM
To: legal-kr@google.com
Subject: {YT_REQ_SUBJECT}

{quoted_yt_request(prefix="")}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook top-posted reply over an '-----Original Message-----' block containing the requester's full list",
     why="only the two URLs above the Outlook quote are the platform's statement ('taken down'); the twelve others appear only in our quoted request (unprefixed lines) and stay pending",
     items={Y[1]: "removed", Y[2]: "removed"})

case(name="yt-partly-done-rest-under-review",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     date="Wed, 18 Sep 2024 10:10:10 +0900", reply_to_req="req-240910-01",
     subject="Update: " + YT_REQ_SUBJECT,
     body=f"""Hello,

Update on KCSC-240910-01:

{Y[7]} — removed.
{Y[8]} and {Y[9]} — still under review; we will update you once a decision has been made.

YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal support progress update (one decision, others still under review)",
     why="one item removed; two items 'still under review' in the same email stay pending, without review",
     items={Y[7]: "removed"})

case(name="yt-reported-content-echoed-report",
     **{"from": "noreply@youtube.com"}, name_from="YouTube",
     date="Wed, 18 Sep 2024 04:44:21 +0000", reply_to_req="req-240910-01",
     subject="Update on your report (KCSC-240910-01)",
     body=f"""Hi KCSC Takedown,

Thanks for your report. After reviewing the reported content, we removed it
from YouTube because it violates our policy on spam, deceptive practices and
scams.

Report details
Reported by: KCSC Takedown Desk
Reported videos:
    {Y[2]}
    {Y[3]}
Report ID: YT-RPT-52847719
Date reported: Sep 10, 2024

Learn more about our Community Guidelines:
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You received this email because you reported content on YouTube.
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube 'Update on your report' email: statement about 'the reported content' followed by an echoed 'Report details' block and a Google legal footer",
     why="the statement is about 'the reported content' and the videos are listed in the echoed report below it: both removed; the guidelines link is not an item",
     items={Y[2]: "removed", Y[3]: "removed"})

_ko_yt = f"""안녕하세요, Google 법무팀입니다.

귀 위원회의 시정요구(KCSC-240910-01)에 대한 검토 결과를 아래와 같이 회신드립니다.

1) {Y[5]}
   → 현지 법률에 따라 대한민국에서 해당 동영상에 대한 접근을 제한하였습니다.
2) {Y[6]}
   → YouTube 커뮤니티 가이드 위반으로 해당 동영상을 삭제하였습니다.
3) {Y[14]}
   → 검토 결과 정책 위반 사항이 확인되지 않아 별도의 조치를 취하지 않았습니다.

기타 문의 사항은 https://support.google.com/legal 을 참고해 주시기 바랍니다.

감사합니다.
Google 법무팀 드림
"""
case(name="yt-korean-base64-numbered",
     **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
     date="Wed, 18 Sep 2024 17:25:00 +0900", reply_to_req="req-240910-01",
     subject="RE: " + YT_REQ_SUBJECT,
     raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(_ko_yt)}
""",
     outcome="applied", classification="confirmation",
     imitates="Google Korea legal team reply in Korean to a KCSC 시정요구 (numbered items, result on the line below each URL with '→')",
     why="base64 Korean body: 대한민국에서 접근을 제한 (restricted), 삭제하였습니다 (removed), 위반 사항이 확인되지 않아 별도의 조치를 취하지 않았습니다 (rejected)",
     items={Y[5]: "restricted", Y[6]: "removed", Y[14]: "rejected"})

case(name="yt-hedged-future",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     date="Thu, 12 Sep 2024 18:00:00 +0900", reply_to_req="req-240910-01",
     subject="Re: " + YT_REQ_SUBJECT,
     body=f"""Hello,

Thanks for your patience. We expect to remove {Y[3]}
and {Y[4]} once our review is finished.

{Y[5]} may also be restricted in South Korea, depending on
the outcome of our legal assessment.

We will confirm the final decisions in a separate email.

YouTube Legal Support
""",
     outcome="review", review="not_understood",
     imitates="YouTube legal support interim reply with expected (future, conditional) actions",
     why="only future and conditional actions ('we expect to remove', 'may also be restricted'): nothing is done yet, so nothing is applied, but a trusted email naming items must be seen",
     items={})

case(name="yt-appeal-reinstated",
     pre=[dict(name="yt-appeal-reinstated-1", **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
               date="Thu, 12 Sep 2024 11:00:00 +0900", reply_to_req="req-240910-01",
               subject="Re: " + YT_REQ_SUBJECT,
               body=f"""Hello,

We have removed the following video for violating our Community Guidelines:
{Y[11]}

YouTube Legal Support
""")],
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     date="Thu, 19 Sep 2024 13:40:00 +0900", reply_to_req="req-240910-01",
     subject="Re: " + YT_REQ_SUBJECT + " - appeal outcome",
     body=f"""Hello,

Following an appeal from the uploader, we took another look at
{Y[11]}.

We've determined that the video doesn't violate our Community Guidelines
after all, and it has been reinstated on YouTube. We apologise for any
confusion caused by our earlier message.

YouTube Legal Support
""",
     outcome="review", review="status_regression",
     imitates="YouTube 'appeal granted / video reinstated' notice (appeal outcome after a Community Guidelines removal)",
     why="a later email reverses an earlier removal: the item must not silently stay removed nor silently flip; it stays removed and goes to review as a status regression. ARGUABLE: the reason could also be not_understood",
     items={Y[11]: "removed"})

case(name="yt-read-receipt-mdn",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     date="Tue, 10 Sep 2024 10:07:00 +0900", reply_to_req="req-240910-01",
     subject="Read: " + YT_REQ_SUBJECT,
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b8-mdn-1"

--b8-mdn-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your message

  To: legal-kr@google.com
  Subject: [KCSC-240910-01] 시정요구 / Removal request
  Sent: Tuesday, September 10, 2024 10:00:00 AM (UTC+09:00) Seoul

was read on Tuesday, September 10, 2024 10:06:48 AM (UTC+09:00) Seoul.

--b8-mdn-1
Content-Type: message/disposition-notification

Reporting-UA: legal-kr-mbx.google.com; Microsoft Exchange Server
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req-240910-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b8-mdn-1--
""",
     outcome="ignored",
     imitates="Microsoft Exchange/Outlook read receipt (RFC 8098 MDN, 'Your message ... was read on ...')",
     why="a read receipt says nothing about items: ignored (not forwarded, not review)",
     items={})

case(name="yt-ack-ticket-receipt",
     **{"from": "removals@google.com"}, name_from="Google Legal Support",
     date="Tue, 10 Sep 2024 01:12:30 +0000", reply_to_req="req-240910-01",
     subject="[8-3391000031175] Re: " + YT_REQ_SUBJECT,
     body="""Hello,

Thanks for contacting Google. We've received your legal request and a member
of our team will review it. Your reference number is 8-3391000031175; please
keep it in the subject line if you write to us about this request.

Please note that we may not reply to every message individually. You can
learn more about our legal removals process at
https://support.google.com/legal/answer/3110420

Regards,
The Google Team
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal webform/email auto-acknowledgement with a reference number",
     why="a pure receipt (received, will review, reference number) that names no item: ignored as an acknowledgement",
     items={})

# =========================================================================
# NAVER (KCSC-240911-01, 5 items)
# =========================================================================
NV_SUBJ = "[KCSC-240911-01] 명예훼손 정보 시정요구"

case(name="naver-44-2-temporary-measure",
     **{"from": "noreply@navercorp.com"}, name_from="네이버 게시중단요청서비스",
     date="Thu, 12 Sep 2024 10:21:00 +0900", reply_to_req="req-240911-01",
     subject="[네이버] 게시물 임시조치 안내 (" + NV_SUBJ + ")",
     body=f"""안녕하세요. 네이버 게시중단요청서비스 담당자입니다.

방송통신심의위원회에서 요청하신 아래 게시물에 대하여 「정보통신망 이용촉진 및
정보보호 등에 관한 법률」 제44조의2에 따라 임시조치(30일)를 하였습니다.

- 대상 게시물
{N[1]}
{N[2]}

임시조치된 게시물은 임시조치 기간 동안 게시자 외에는 열람할 수 없으며,
게시자가 재게시를 요청하지 않으면 기간 경과 후 삭제됩니다.

게시중단요청서비스 안내: https://right.naver.com/
감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단요청서비스 임시조치 안내 (Network Act Art. 44-2, 30-day temporary measure, 재게시 요청 notice)",
     why="임시조치 is the Art. 44-2 temporary measure: restricted; the conditional 'will be deleted after the period unless...' is not a removal; right.naver.com is not an item",
     items={N[1]: "restricted", N[2]: "restricted"})

case(name="naver-status-below-url-mixed",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     date="Fri, 13 Sep 2024 15:02:40 +0900", reply_to_req="req-240911-01",
     subject="RE: " + NV_SUBJ,
     body=f"""[처리 결과 안내] 접수번호 2024-0911-3382

1. {N[1]}
   처리결과: 게시중단(삭제)
2. {N[2]}
   처리결과: 작성자가 이미 삭제한 게시물로, 별도 조치 대상이 아닙니다.
3. {N[3]}
   처리결과: 검토 결과 운영원칙 위반 사항이 확인되지 않아 게시를 유지합니다.
4. {N[4]}
   처리결과: 검토 중 (결과는 추후 회신 예정)

문의: 네이버 고객센터 https://help.naver.com
NAVER Corp. 정책지원팀
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 권리침해 신고 처리 결과 안내 (numbered list, '처리결과:' field on the line below each URL)",
     why="four Korean statuses in one list: 게시중단(삭제) removed; already deleted by its author (not_found, although it says 별도 조치 대상이 아닙니다); 위반 사항이 확인되지 않아 게시를 유지 rejected; 검토 중 pending",
     items={N[1]: "removed", N[2]: "not_found", N[3]: "rejected"})

case(name="naver-cafe-blind-and-private",
     **{"from": "policy@navercorp.com"}, name_from="네이버 카페 운영정책",
     date="Fri, 13 Sep 2024 17:45:09 +0900", reply_to_req="req-240911-01",
     subject="RE: " + NV_SUBJ + " (카페 게시글)",
     body=f"""안녕하세요, 네이버 카페 운영정책 담당자입니다.
요청하신 카페 게시글에 대한 조치 결과를 안내드립니다.

■ {N[3]} : 블라인드 처리 완료
■ {N[4]} : 게시글 비공개 처리 (운영자 권한)

블라인드 처리된 게시글은 카페 회원 및 외부 사용자 모두 열람할 수 없습니다.
카페 운영정책: https://cafe.naver.com/cafesupport
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 카페 게시글 블라인드/비공개 처리 안내 (■-bulleted result lines)",
     why="블라인드 처리 and 비공개 처리 by the operator are removals (issue 11: Korean removal and blind forms); the cafesupport link is not an item",
     items={N[3]: "removed", N[4]: "removed"})

NV_TABLE = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240911-01)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>2024-09-12</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>임시조치</td><td>2024-09-12</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>미조치 (운영원칙 위반 아님)</td><td>-</td></tr>
<tr><td>5</td><td>{N[5].replace("&", "&amp;")}</td><td>삭제</td><td>2024-09-13</td></tr>
</table>
<p>네이버㈜ 정책지원팀 드림<br>경기도 성남시 분당구 정자일로 95 (가상 주소)</p>
</body></html>"""
case(name="naver-kcsc-result-table",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     date="Sat, 14 Sep 2024 09:00:00 +0900", reply_to_req="req-240911-01",
     subject="[조치결과 회신] " + NV_SUBJ, type="html", body=NV_TABLE,
     outcome="applied", classification="confirmation",
     imitates="KCSC 시정요구 조치결과 회신 table sent by Korean portals (연번 | URL | 조치결과 | 조치일자)",
     why="HTML table with Korean result cells: 삭제 removed, 임시조치 restricted, 해당 게시물 없음 not_found, 미조치 (위반 아님) rejected; the post.naver.com URL carries &amp; in HTML",
     items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[4]: "rejected", N[5]: "removed"})

_nv_csv = "\ufeff번호,게시물 URL,조치 내용,비고\r\n1,%s,삭제,\r\n2,%s,임시조치(30일),게시자 이의제기 가능\r\n3,\"%s\",게시물 없음,작성자 삭제\r\n" % (N[1], N[2], N[5])
case(name="naver-csv-attachment-korean",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     date="Sun, 15 Sep 2024 11:30:00 +0900", reply_to_req="req-240911-01",
     subject="RE: " + NV_SUBJ + " 조치결과 송부",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="b8-nv-csv"

--b8-nv-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 요청하신 건의 조치 결과를 첨부 파일로 송부드립니다.
확인 부탁드립니다.

NAVER 정책지원팀

--b8-nv-csv
Content-Type: text/csv; charset=utf-8; name="=?UTF-8?B?{b64('조치결과_KCSC-240911-01.csv')}?="
Content-Disposition: attachment; filename*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC_KCSC-240911-01.csv
Content-Transfer-Encoding: base64

{b64(_nv_csv)}
--b8-nv-csv--
""",
     outcome="applied", classification="confirmation",
     imitates="Korean portal result sheet sent as a CSV attachment (UTF-8 BOM, CRLF, RFC 2231 Korean filename)",
     why="statuses only in a Korean CSV: 삭제 removed, 임시조치(30일) restricted, 게시물 없음 / 작성자 삭제 not_found",
     items={N[1]: "removed", N[2]: "restricted", N[5]: "not_found"})

case(name="naver-answers-only-two",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     date="Mon, 16 Sep 2024 14:14:14 +0900", reply_to_req="req-240911-01",
     subject="RE: " + NV_SUBJ,
     body=f"""안녕하세요.
요청하신 5건 중 아래 2건에 대해 우선 회신드립니다.

- {N[2]} : 삭제 조치 완료
- {N[5]} : 임시조치(접근 제한) 완료

나머지 3건은 확인 후 별도로 회신드리겠습니다.

NAVER 정책지원팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 정책지원 partial reply ('우선 회신', remaining items to follow)",
     why="a reply that answers only two of five items; the promise about 'the remaining 3' changes nothing",
     items={N[2]: "removed", N[5]: "restricted"})

case(name="naver-asks-documents",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     date="Thu, 12 Sep 2024 16:40:00 +0900", reply_to_req="req-240911-01",
     subject="RE: " + NV_SUBJ + " (자료 요청)",
     body=f"""안녕하세요, NAVER 정책지원팀입니다.

요청하신 게시물 중 {N[4]} 건은 권리침해 여부를 판단하기 위하여
심의 의결서 사본 및 위반 근거 조항을 추가로 제출해 주시기 바랍니다.
자료가 제출되는 대로 검토 후 회신드리겠습니다.

감사합니다.
""",
     outcome="review", review="asks_more",
     imitates="NAVER 소명자료/근거자료 추가 제출 요청 메일",
     why="the platform asks for the decision document and legal basis before acting on one named item: asks_more, nothing applied",
     items={})

case(name="naver-will-process-sequentially",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     date="Thu, 12 Sep 2024 11:50:00 +0900", reply_to_req="req-240911-01",
     subject="RE: " + NV_SUBJ,
     body=f"""안녕하세요.

아래 게시물은 내부 검토를 거쳐 순차적으로 조치할 예정입니다.

{N[1]}
{N[2]}
{N[3]}

처리가 완료되면 다시 안내드리겠습니다.
NAVER 정책지원팀
""",
     outcome="review", review="not_understood",
     imitates="NAVER interim reply ('순차적으로 조치할 예정입니다')",
     why="future tense (조치할 예정) about three named items: nothing done yet; must be seen, not applied and not ignored",
     items={})

case(name="naver-ack-received",
     **{"from": "noreply@navercorp.com"}, name_from="네이버 게시중단요청서비스",
     date="Wed, 11 Sep 2024 14:03:12 +0900", reply_to_req="req-240911-01",
     subject="[네이버] 게시중단 요청이 접수되었습니다 (" + NV_SUBJ + ")",
     body="""안녕하세요. 네이버 게시중단요청서비스입니다.

고객님의 게시중단 요청이 정상적으로 접수되었습니다.
 - 접수번호: PS-20240911-000812
 - 접수일시: 2024.09.11 14:03

담당자 검토 후 처리 결과를 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER 게시중단요청서비스 접수 완료 자동 안내",
     why="receipt with a ticket number and no statement about any item: ignored acknowledgement",
     items={})

# =========================================================================
# X (KCSC-240912-01, 4 items)
# =========================================================================
X_SUBJ = "[KCSC-240912-01] Request to remove illegal drug sale posts"

case(name="x-withheld-in-korea",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date="Fri, 13 Sep 2024 02:10:00 +0000", reply_to_req="req-240912-01",
     subject="Re: " + X_SUBJ + " [ref:_00D4x1234._5004x98765:ref]",
     body=f"""Hello,

We have received your request, reference KCSC-240912-01.

Pursuant to your request, we have withheld the following content in Korea:

{X[1]}
{X[2]}

For more information about country withheld content, please see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal

ref:_00D4x1234._5004x98765:ref
""",
     outcome="applied", classification="confirmation",
     imitates="X (Twitter) legal 'we have withheld the following content in [country]' reply with the country-withheld help link and Salesforce ref tag",
     why="a heading statement above a bare URL list: both posts withheld in Korea (restricted); 'We have received your request' does not make it an acknowledgement",
     items={X[1]: "restricted", X[2]: "restricted"})

case(name="x-account-suspended-covers-posts",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date="Sat, 14 Sep 2024 05:33:00 +0000", reply_to_req="req-240912-01",
     subject="Re: " + X_SUBJ,
     body=f"""Hello,

Account @ice_delivery_seoul: suspended for violating the X Rules on illegal or
certain regulated goods and services. The reported posts from this account,

{X[3]}
{X[4]}

are therefore no longer available on X.

{X[1]}: we reviewed this post and found no violation of the X Rules or of
local law. No action has been taken.

Regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X Legal reply combining an account suspension (covering the reported posts) and a 'no violation' decision",
     why="account-level suspension covers its two listed posts (removed); the third post, after a blank line, is rejected; X2 is not mentioned and stays pending",
     items={X[3]: "removed", X[4]: "removed", X[1]: "rejected"})

case(name="x-url-below-statement",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date="Sun, 15 Sep 2024 08:00:00 +0000", reply_to_req="req-240912-01",
     subject="Re: " + X_SUBJ,
     body=f"""Hi,

We removed the following post for violating our rules:
{X[2]}

We reviewed the following post and it does not violate our rules, so it
will stay up:
{X[3]}

Thanks,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X Safety report outcome wording ('we removed the following post' / 'does not violate our rules')",
     why="each URL stands on the line below its own statement: removed, then rejected ('will stay up' is a refusal, not a promise)",
     items={X[2]: "removed", X[3]: "rejected"})

case(name="x-dmarc-fail-confirmation",
     **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
     date="Sat, 14 Sep 2024 11:11:11 +0000", reply_to_req="req-240912-01",
     subject="Re: " + X_SUBJ,
     body=f"""Hello,

We have removed the following posts:

{X[1]}
{X[3]}

Regards,
X Legal
""",
     outcome="review", review="untrusted",
     imitates="X legal removal confirmation (same layout as a genuine one) arriving with dmarc=fail",
     why="perfect confirmation but DMARC fails for x.com: untrusted, nothing applied",
     items={})

case(name="x-lookalike-domain",
     **{"from": "legal@x-corp-support.com"}, name_from="X Legal",
     date="Sun, 15 Sep 2024 12:00:00 +0000", reply_to_req="req-240912-01",
     subject="Re: " + X_SUBJ,
     body=f"""Hello,

All four posts of your request KCSC-240912-01 have been removed:

{X[1]}
{X[2]}
{X[3]}
{X[4]}

Regards,
X Legal
""",
     outcome="review", review="unknown_sender",
     imitates="X legal confirmation sent from a look-alike domain (x-corp-support.com) that passes DMARC for itself",
     why="authenticated but the domain belongs to no platform: unknown_sender, nothing applied",
     items={})

case(name="x-some-actioned-unclear",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date="Mon, 16 Sep 2024 03:00:00 +0000", reply_to_req="req-240912-01",
     subject="Re: " + X_SUBJ,
     body=f"""Hello,

We've taken action on some of the posts you reported, in line with the X
Rules and applicable law.

Reported posts:
{X[1]}
{X[2]}
{X[3]}
{X[4]}

Regards,
X Legal
""",
     outcome="review", review="not_understood",
     imitates="X 'we've taken action on some of the content you reported' outcome message with echoed report",
     why="'action on some of the posts' does not say which: no item can be given a status; the trusted email names items so it must go to review",
     items={})

# =========================================================================
# Kakao (KCSC-240913-01, 3 items)
# =========================================================================
KK_SUBJ = "[KCSC-240913-01] 개인정보 침해 정보 시정요구"

case(name="kakao-tistory-temporary-measure",
     **{"from": "noreply@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     date="Sat, 14 Sep 2024 10:00:00 +0900", reply_to_req="req-240913-01",
     subject="[카카오] 권리침해 신고 게시물 임시조치 안내",
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

신고해주신 게시물 {K[2]}에 대하여 「정보통신망법」 제44조의2에 따라
30일간 임시조치(게시물 접근 차단)를 하였습니다.

임시조치 기간 중 게시자는 재게시를 요청할 수 있으며, 재게시 요청이 없을 경우
해당 게시물은 기간 만료 후 삭제될 수 있습니다.

카카오 고객센터: https://cs.kakao.com
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao/Tistory 권리침해신고 임시조치 안내 메일 (Art. 44-2, 30 days, 재게시 요청)",
     why="임시조치(게시물 접근 차단) is restricted; the URL is followed directly by the particle '에'; 'may be deleted after expiry' is conditional and changes nothing",
     items={K[2]: "restricted"})

case(name="kakao-three-statuses",
     **{"from": "safety@kakaocorp.com"}, name_from="Kakao 안전센터",
     date="Mon, 16 Sep 2024 13:20:00 +0900", reply_to_req="req-240913-01",
     subject="RE: " + KK_SUBJ,
     body=f"""안녕하세요, 카카오 안전센터입니다.
요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 처리 결과
- {K[1]} → 게시물 삭제
- {K[2]} → 신고 사유에 해당하지 않아 별도의 조치를 하지 않았습니다.
- {K[3]} → 이미 삭제되었거나 존재하지 않는 게시물입니다.

카카오 운영정책: https://www.kakao.com/policy/oppolicy
""",
     outcome="applied", classification="confirmation",
     imitates="Daum/Kakao 신고 처리 결과 안내 (■ 처리 결과 with '→' per line)",
     why="three Korean statuses: 게시물 삭제 removed; 조치를 하지 않았습니다 with a reason rejected; 이미 삭제되었거나 존재하지 않는 not_found; the policy link is not an item",
     items={K[1]: "removed", K[2]: "rejected", K[3]: "not_found"})

case(name="kakao-restored-after-repost-request",
     pre=[dict(name="kakao-restored-after-repost-request-1", **{"from": "noreply@kakaocorp.com"},
               name_from="카카오 권리침해신고센터", date="Sat, 14 Sep 2024 15:00:00 +0900",
               reply_to_req="req-240913-01", subject="[카카오] 게시물 임시조치 안내",
               body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 Daum 카페 게시물에 대하여 30일간 임시조치를 하였습니다.
{K[1]}
""")],
     **{"from": "noreply@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     date="Thu, 19 Sep 2024 09:30:00 +0900", reply_to_req="req-240913-01",
     subject="[카카오] 임시조치 게시물 재게시 처리 안내",
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

게시자의 재게시 요청에 따라 검토한 결과, 아래 게시물은 권리침해가 명백하지
않다고 판단되어 2024년 9월 18일 재게시(복원) 처리되었음을 알려드립니다.

{K[1]}

이의가 있으신 경우 관련 법령에 따라 분쟁조정 등을 신청하실 수 있습니다.
""",
     outcome="review", review="status_regression",
     imitates="Kakao 재게시(복원) 처리 안내 after a temporary measure",
     why="the post restricted by an earlier email has been reposted (restored) after the author's request: the later email reverses the restriction, so the item keeps its status and goes to review. ARGUABLE: reason may be not_understood if 재게시 is not read as a status",
     items={K[1]: "restricted"})

case(name="kakao-out-of-office",
     **{"from": "jiwoo.han@kakaocorp.com"}, name_from="한지우",
     date="Fri, 13 Sep 2024 11:00:40 +0900", reply_to_req="req-240913-01",
     subject="[자동회신] 부재중입니다: " + KK_SUBJ,
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"],
     body="""안녕하세요, 한지우입니다.
9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 safety@kakaocorp.com 으로 연락 주시기 바랍니다.

I am out of the office until 18 September and will reply on my return.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook/Kakao Work Korean out-of-office auto-reply ([자동회신] 부재중)",
     why="out-of-office auto-reply: ignored",
     items={})

# =========================================================================
# TikTok (KCSC-240916-01, 2 items)
# =========================================================================
TT_SUBJ = "[KCSC-240916-01] Removal request - synthetic sexual imagery"

case(name="tiktok-restricted-and-removed-records",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
     date="Tue, 17 Sep 2024 08:45:00 +0000", reply_to_req="req-240916-01",
     subject="Re: " + TT_SUBJ,
     body=f"""Hi,

Thanks for your report. We reviewed the content you reported and here is
what we found.

Video: {T[1]}
Decision: Restricted in your country/region. We've restricted access to this
video in South Korea because it may violate local law.

Video: {T[2]}
Decision: Removed. This video violated our Community Guidelines and has been
removed from TikTok.

Learn more about our Community Guidelines:
https://www.tiktok.com/community-guidelines

TikTok Trust & Safety
TikTok Pte. Ltd., 1 Raffles Quay, Singapore 048583
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok report outcome / legal request reply ('Restricted in your country/region', 'violated our Community Guidelines and has been removed')",
     why="country restriction vs global removal in record layout; 'because it may violate local law' hedges only the reason, not the restriction",
     items={T[1]: "restricted", T[2]: "removed"})

case(name="tiktok-no-violation-echoed-report",
     **{"from": "noreply@tiktok.com"}, name_from="TikTok",
     date="Wed, 18 Sep 2024 06:00:00 +0000", reply_to_req="req-240916-01",
     subject="Your report has been reviewed",
     body=f"""Hi KCSC Takedown,

We reviewed the content you reported and didn't find any violations of our
Community Guidelines, so it will remain on TikTok. If you believe this is
a mistake, you can appeal within the TikTok app.

Report details
Reported content: {T[2]}
Reason: Sexual content
Date reported: Sep 16, 2024
Report ID: 7413990012345

TikTok | Privacy Policy: https://www.tiktok.com/legal/privacy-policy
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok 'Your report has been reviewed' / 'didn't find any violations' notification with echoed report details",
     why="refusal about 'the content you reported' followed by the echoed report naming the video: rejected; the privacy-policy link is not an item",
     items={T[2]: "rejected"})

case(name="tiktok-claims-x-items",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
     date="Wed, 18 Sep 2024 09:00:00 +0000", reply_to_req="req-240916-01",
     subject="Re: " + TT_SUBJ,
     body=f"""Hi,

We have removed the following content:

{X[1]}
{X[2]}

TikTok Trust & Safety
""",
     outcome="review", review="wrong_platform",
     imitates="TikTok Trust & Safety removal confirmation that lists another platform's (x.com) URLs",
     why="TikTok cannot speak for X posts: the X items stay pending and the email goes to review as wrong_platform",
     items={})

case(name="tiktok-unmonitored-autoresponse",
     **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
     date="Mon, 16 Sep 2024 07:00:30 +0000", reply_to_req="req-240916-01",
     subject="Automatic reply: " + TT_SUBJ,
     extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
     body="""This is an automated response. This mailbox is not monitored.

If you are a government agency or law enforcement, please submit your
request through our Law Enforcement portal. Information about how we respond
to government requests is available at
https://www.tiktok.com/legal/page/global/law-enforcement/en

TikTok
""",
     outcome="ignored", classification="auto_reply",
     imitates="TikTok 'This mailbox is not monitored' automatic response",
     why="unmonitored-mailbox auto-response: ignored",
     items={})

# =========================================================================
# Telegram (KCSC-240917-01, 1 item)
# =========================================================================
case(name="tg-url-and-one-sentence",
     **{"from": "abuse@telegram.org"}, name_from="Telegram",
     date="Wed, 18 Sep 2024 12:30:00 +0000", reply_to_req="req-240917-01",
     subject="Re: [KCSC-240917-01] Illegal drug advertising channel",
     body=f"""{G} — this message has been blocked and is no longer accessible to users in the Republic of Korea.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk one-line reply ('This channel can't be displayed because it violated local laws' geo-block)",
     why="a notice that is only a URL and one sentence; 'blocked ... no longer accessible to users in the Republic of Korea' is a country restriction, not a global removal",
     items={G: "restricted"})

case(name="tg-bounce-of-reminder",
     **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
     date="Thu, 19 Sep 2024 10:00:05 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b8-dsn-9"

--b8-dsn-9
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mail.telegram.org[203.0.113.40] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--b8-dsn-9
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 19 Sep 2024 10:00:01 +0900

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b8-dsn-9
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: Reminder: [KCSC-240917-01] Illegal drug advertising channel
Message-ID: <rem-240917-01-1@kcsc.example>
Date: Thu, 19 Sep 2024 10:00:00 +0900

This is a reminder about our request KCSC-240917-01. The following item is
still pending and must be removed:

{G}

--b8-dsn-9--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (RFC 3464) returning our reminder",
     why="a bounce of our own reminder (the URL appears only in the returned message): ignored, whoever sent it",
     items={})


# ---- write ----------------------------------------------------------------
HEADER = """# Blind set 8 (issue 11), generated by tests/corpus/blind8/make.py.
# Expected results written from each email's meaning before any run.
# See NOTES.md for coverage and the arguable cases."""


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as
    real mailers send them."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8", header_name="Subject" if key == "subject" else "From").encode()


def main():
    pres = {}
    for c in CASES:
        encode_headers(c)
        for p in c.get("pre", []):
            encode_headers(p)
        if "pre" in c:
            pres[c["name"]] = c.pop("pre")
    corpuslib.write_set(HERE, "blind8", HEADER, CASES)
    # sequences: earlier emails of a case are written as NAME-1.eml and put
    # before the case's own file in expected.toml
    path = os.path.join(HERE, "expected.toml")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for i, (name, pre) in enumerate(sorted(pres.items())):
        files = []
        for j, p in enumerate(pre):
            p = dict(p)
            p["set"] = "blind8"
            with open(os.path.join(HERE, "cases", p["name"] + ".eml"), "w", encoding="utf-8", newline="\n") as f:
                f.write(corpuslib.render(p, 100 + 10 * i + j))
            files.append('"cases/%s.eml"' % p["name"])
        old = 'files = ["cases/%s.eml"]' % name
        assert old in text, name
        text = text.replace(old, "files = [%s, \"cases/%s.eml\"]" % (", ".join(files), name))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
