#!/usr/bin/env python3
"""blind25: a general mix in English and Korean, many platforms (issue 11).

Written blind (without reading the reader or any other set). Expected results
come from each email's meaning and were written here before anything ran.
Deterministic: fixed boundaries, dates and zip timestamps.

    python3 tests/corpus/blind25/make.py
"""
import base64
import csv
import io
import os
import quopri
import sys
import zipfile
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

# ---------------------------------------------------------------- requests
X1 = [f"https://x.com/hanul_dealz/status/18330000000000001{i:02d}" for i in range(1, 6)]
X2 = [f"https://x.com/moonlit_shop99/status/18330000000000002{i:02d}" for i in range(1, 6)]
X3 = [f"https://x.com/pale_ink_kr/status/18330000000000003{i:02d}" for i in range(1, 5)]
XS = X1 + X2 + X3  # 14 items, KCSC-240909-01
YT = [
    "https://www.youtube.com/watch?v=Qw3rTy7uIo1",
    "https://www.youtube.com/watch?v=Zx8cVb2nMk4",
    "https://youtu.be/Lp0oKi9jUh6",
    "https://www.youtube.com/shorts/Hg5fDs4aPq2",
    "https://www.youtube.com/@가짜채널하늘",
]
NV = [
    "https://blog.naver.com/fakeblog_mir/223555000111",
    "https://blog.naver.com/fakeblog_mir/223555000112",
    "https://cafe.naver.com/fakestockcafe/90211",
    "https://m.blog.naver.com/sora_fake77/223556000900",
]
KK = [
    "https://cafe.daum.net/fakeclubroom/AbCd/812",
    "https://pf.kakao.com/_xFakeQ/105553210",
    "https://open.kakao.com/o/gFak3Xy1",
]
TT = [
    "https://www.tiktok.com/@fake.byul/video/7412000000000000011",
    "https://www.tiktok.com/@fake.byul/video/7412000000000000012",
]
IG = ["https://www.instagram.com/p/C_fAkEpOsT1/"]
TG = ["https://t.me/fake_lotto_kr/3301", "https://t.me/fake_lotto_kr/3302"]
RD = ["https://www.reddit.com/r/fakekoreaboard/comments/1fbx9zz/fake_title_here/"]

REQUESTS = [
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", XS, "req-240909-01"),
    ("KCSC-240910-01", "youtube", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", YT, "req-240910-01"),
    ("KCSC-240911-01", "naver", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00", NV, "req-240911-01"),
    ("KCSC-240912-01", "kakao", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00", KK, "req-240912-01"),
    ("KCSC-240913-01", "tiktok", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", TT, "req-240913-01"),
    ("KCSC-240916-01", "meta", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", IG, "req-240916-01"),
    ("KCSC-240916-02", "telegram", "2024-09-16T15:00:00+09:00", "2024-09-23T18:00:00+09:00", TG, "req-240916-02"),
    ("KCSC-240917-01", "reddit", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", RD, "req-240917-01"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, mid in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, "illegal_content", f"<{mid}@kcsc.example>", ""])


def quote(lines):
    return "\n".join("> " + l if l else ">" for l in lines)


OUR_X_REQ = [
    "[KCSC-240909-01] 시정요구 / Request for removal",
    "Please remove or restrict access to the following posts:",
] + [f"{i + 1}. {u}" for i, u in enumerate(XS)]

# ---------------------------------------------------------------- helpers for MIME

def multipart_alt(plain, html, boundary, enc="quoted-printable"):
    def encode(s):
        if enc == "quoted-printable":
            return quopri.encodestring(s.encode("utf-8")).decode("ascii")
        return base64.encodebytes(s.encode("utf-8")).decode("ascii")
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n"
        f"{encode(plain)}\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n"
        f"{encode(html)}\n"
        f"--{boundary}--\n"
    )


def with_attachment(body, boundary, fname, ctype, data):
    b64 = base64.encodebytes(data).decode("ascii")
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{body.strip()}\n\n"
        f'--{boundary}\nContent-Type: {ctype}; name="{fname}"\n'
        f'Content-Disposition: attachment; filename="{fname}"\nContent-Transfer-Encoding: base64\n\n'
        f"{b64}\n--{boundary}--\n"
    )


def xlsx_bytes(rows):
    """A minimal XLSX (inline strings) built by hand, fixed zip timestamps."""
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="조치결과" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(sheet_rows) + "</sheetData></worksheet>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 13, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================================= X (largest request)
case(
    name="x-legal-grouped-outcomes", from_="legal-noreply@x.com", reply_to_req="req-240909-01",
    date="Tue, 10 Sep 2024 16:41:05 +0900",
    subject="Re: [KCSC-240909-01] 시정요구 / Request for removal [ref:_00D3F1.5009x1Kq:ref]",
    body=f"""Hello,

Thank you for your report. We have reviewed the reported content under the
X Rules and applicable local law.

We have withheld the following content in South Korea in response to a
valid legal demand:

{X1[0]}
{X1[1]}

The following posts violated the X Rules and have been removed:

{X1[2]}
{X1[3]}

We reviewed the following post and did not find it to be in violation of
the X Rules or local law. We are not taking action at this time.

{X2[0]}

To learn more about country withheld content, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    items={X1[0]: "restricted", X1[1]: "restricted", X1[2]: "removed", X1[3]: "removed", X2[0]: "rejected"},
    imitates="X (Twitter) legal request outcome email: grouped 'withheld in country' / 'violated the X Rules' / 'no violation' blocks with bare URLs below each statement, help link to the country-withheld-content page",
    why="statement line above a block of bare URLs, three statuses; the help.x.com link is not an item",
)

case(
    name="x-top-posted-over-quoted-reminder", from_="legal-noreply@x.com",
    date="Sat, 14 Sep 2024 09:12:44 +0900",
    subject="RE: [Reminder] KCSC-240909-01 - outstanding items",
    extra_headers=["In-Reply-To: <rem-240909-01-1@kcsc.example>",
                   "References: <req-240909-01@kcsc.example> <rem-240909-01-1@kcsc.example>"],
    body=f"""Hi,

Following up on your reminder: {X3[0]} and {X3[1]} are now withheld in
South Korea. We could not locate {X3[2]}; the post may have been deleted by
the account holder before our review.

Regards,
X Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 5:00 PM
To: legal@x.com
Subject: [Reminder] KCSC-240909-01 - outstanding items

Dear X Legal,
The following items of our request KCSC-240909-01 are still outstanding.
If they have already been removed, please confirm.
{X3[0]}
{X3[1]}
{X3[2]}
{X3[3]}
""",
    outcome="applied", classification="confirmation",
    items={X3[0]: "restricted", X3[1]: "restricted", X3[2]: "not_found"},
    imitates="Outlook-style top-posted reply with '-----Original Message-----' block over our reminder (as abuse desks reply to follow-ups quoted on forums)",
    why="top-posted statements count; the unquoted Outlook original (ours) words 'removed' next to X3[3] which must stay pending; 'may have been deleted' is a hedge about the past inside a not_found statement",
)

X_TABLE_HTML = f"""<html><body style="font-family:Arial">
<p>Hello KCSC,</p>
<p>Your case <b>#0917-55310</b> has been resolved. Please see the outcome for each reported URL below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td><a href="{X2[1]}">{X2[1]}</a></td><td>Content withheld (KR)</td></tr>
<tr><td><a href="{X2[2]}">{X2[2]}</a></td><td>No action &ndash; not in violation of X Rules</td></tr>
<tr><td><a href="{X2[3]}">{X2[3]}</a></td><td>Unable to locate content</td></tr>
</table>
<p>If you have further questions, reply to this ticket or visit <a href="https://help.x.com/en/forms">https://help.x.com/en/forms</a>.</p>
<p style="color:#888;font-size:11px">X Corp. 1355 Market Street, Suite 900, San Francisco, CA 94103</p>
</body></html>"""
case(
    name="x-html-only-ticket-table", from_="support@x.com", reply_to_req="req-240909-01",
    date="Tue, 17 Sep 2024 03:20:10 +0900", subject="Case #0917-55310 resolved",
    type="html", body=X_TABLE_HTML,
    outcome="applied", classification="confirmation",
    items={X2[1]: "restricted", X2[2]: "rejected", X2[3]: "not_found"},
    imitates="Zendesk/Salesforce-style HTML-only case resolution email with a two-column 'Reported URL / Action taken' table and postal footer",
    why="HTML-only mail, statuses in table cells",
)

csv_data = ("url,action,date\n"
            f"{X1[4]},removed,2024-09-12\n"
            f"{X2[4]},withheld in KR,2024-09-12\n"
            f"{X3[3]},removed,2024-09-12\n").encode("utf-8")
case(
    name="x-csv-attachment", from_="legal-noreply@x.com", reply_to_req="req-240909-01",
    date="Thu, 12 Sep 2024 18:03:00 +0900", subject="Re: [KCSC-240909-01] results",
    raw_mime=with_attachment("Hello,\n\nPlease find attached the actions taken on the remaining URLs of your request KCSC-240909-01.\n\nX Legal",
                             "b25xcsv0001", "KCSC-240909-01_results.csv", "text/csv", csv_data),
    outcome="applied", classification="confirmation",
    items={X1[4]: "removed", X2[4]: "restricted", X3[3]: "removed"},
    imitates="platform legal team reply with a CSV export of per-URL actions (as trust-and-safety tools export case results)",
    why="statuses only in a CSV attachment",
)

case(
    name="x-future-withhold", from_="legal-noreply@x.com", reply_to_req="req-240909-01",
    date="Tue, 10 Sep 2024 10:05:00 +0900", subject="Re: [KCSC-240909-01] 시정요구 / Request for removal",
    body=f"""Hello,

We are reviewing your request. If we determine that the content is illegal
in South Korea, we will withhold it in that country. This applies to:

{X1[0]}
{X1[1]}
{X1[2]}

We expect to complete the review within 5 business days.

X Legal
""",
    outcome="review", review="not_understood",
    items={},
    imitates="X legal 'we are reviewing your request' interim reply with conditional future action",
    why="conditional future tense about named items: nothing done yet, must be seen (not ignored, not applied)",
)

case(
    name="x-dmarc-fail-confirmation", from_="legal-noreply@x.com", auth="fail", reply_to_req="req-240909-01",
    date="Wed, 11 Sep 2024 12:00:00 +0900", subject="Re: [KCSC-240909-01] completed",
    body=f"""Hello,

All of the following posts have been removed:
{X1[0]}
{X1[1]}
{X2[0]}

X Legal
""",
    outcome="review", review="untrusted", items={},
    imitates="a plain X removal confirmation, sent with a failing DMARC result (spoof test)",
    why="perfect confirmation but dmarc=fail: review untrusted, nothing applied",
)

case(
    name="x-out-of-office", from_="j.park@x.com", reply_to_req="req-240909-01",
    date="Mon, 09 Sep 2024 10:00:30 +0900", subject="Automatic reply: [KCSC-240909-01] 시정요구 / Request for removal",
    name_from="Jiyeon Park",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 16 September with limited access to email.
For urgent legal requests please write to legal@x.com.

저는 9월 16일까지 부재중입니다. 긴급한 건은 legal@x.com 으로 보내주세요.
""",
    outcome="ignored", items={},
    imitates="Outlook 'Automatic reply' out-of-office, bilingual",
    why="auto-reply states nothing about items",
)

case(
    name="x-ticket-receipt", from_="noreply@x.com", reply_to_req="req-240909-01",
    date="Mon, 09 Sep 2024 10:02:11 +0900", subject="Your report has been received [Case #0909-12001]",
    body="""Hello,

We have received your report. Your case number is 0909-12001.
Please do not reply to this email. We will contact you if we need more
information, and we will update you once a decision has been made.

X Support
https://help.x.com
""",
    outcome="ignored", classification="acknowledgement", items={},
    imitates="X/Twitter automated 'We have received your report' ticket receipt",
    why="pure receipt, names no item",
)

case(
    name="x-lookalike-domain", from_="legal@x-legal-support.com", reply_to_req="req-240909-01",
    date="Wed, 11 Sep 2024 08:30:00 +0900", subject="Re: [KCSC-240909-01] Removal done",
    name_from="X Legal Team",
    body=f"""Dear KCSC,

We removed {X2[1]} and {X2[2]} from X today.

X Legal Team
""",
    outcome="review", review="unknown_sender", items={},
    imitates="look-alike sender domain impersonating a platform's legal team",
    why="authenticated for its own domain, but not a platform sender: unknown_sender, nothing applied",
)

case(
    name="x-echoed-report", from_="legal-noreply@x.com", reply_to_req="req-240909-01",
    date="Fri, 13 Sep 2024 14:44:00 +0900", subject="Update on your report [Case #0912-88213]",
    body=f"""Hello,

We have withheld the reported content in South Korea.

Your report
-----------
Reporter: Korea Communications Standards Commission
Reason: Illegal content under Korean law
Reported content:
  {X2[1]}
  {X2[2]}
Reference: KCSC-240909-01

Learn more about our approach to legal requests:
https://help.x.com/en/rules-and-policies/x-legal-faqs

X
""",
    outcome="applied", classification="confirmation",
    items={X2[1]: "restricted", X2[2]: "restricted"},
    imitates="X report-outcome notice: one sentence about 'the reported content' followed by an echoed copy of the report",
    why="statement about 'the reported content' applies to the URLs of the echoed report",
)

qp_plain = f"""Hello,

The following posts violated our rules and are no longer available on X:
- {X1[3]}
- {X1[4]}

The account @pale_ink_kr remains active; its post {X3[0]} does not break
our rules, so we will not remove it.

X Safety
"""
qp_html = f"""<html><body><p>Hello,</p>
<p>The following posts violated our rules and are no longer available on X:</p>
<ul><li>{X1[3]}</li><li>{X1[4]}</li></ul>
<p>The account @pale_ink_kr remains active; its post {X3[0]} does not break our rules, so we will not remove it.</p>
<p>X Safety</p></body></html>"""
case(
    name="x-qp-alternative-mixed", from_="safety-noreply@x.com", reply_to_req="req-240909-01",
    date="Sun, 15 Sep 2024 21:30:00 +0900", subject="Re: [KCSC-240909-01] 시정요구 / Request for removal",
    raw_mime=multipart_alt(qp_plain, qp_html, "b25xqp0002"),
    outcome="applied", classification="confirmation",
    items={X1[3]: "removed", X1[4]: "removed", X3[0]: "rejected"},
    imitates="multipart/alternative quoted-printable enforcement notice ('no longer available' bullets plus a negated removal with a reason)",
    why="'no longer available' after a violation = removed; 'will not remove it' with reason = rejected",
)

case(
    name="x-ack-plus-statement", from_="legal-noreply@x.com", reply_to_req="req-240909-01",
    date="Mon, 16 Sep 2024 11:00:00 +0900", subject="Re: [KCSC-240909-01] [Case #0909-12001]",
    body=f"""Hello,

Thank you, we have received your additional information regarding case
0909-12001. We have now withheld {X3[1]} in South Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    items={X3[1]: "restricted"},
    imitates="X legal follow-up that starts with a receipt phrase and then states an action",
    why="an acknowledgement phrase with an unhedged item statement is not an acknowledgement",
)

case(
    name="x-user-notified-only", from_="legal-noreply@x.com", reply_to_req="req-240909-01",
    date="Wed, 11 Sep 2024 15:15:15 +0900", subject="Re: [KCSC-240909-01] 시정요구 / Request for removal",
    body=f"""Hi,

Regarding {X2[3]}: we have forwarded your notice to the account holder
as required under our policies, and informed them of the claim.

X Legal
""",
    outcome="review", review="not_understood", items={},
    imitates="notice-forwarding reply ('we have forwarded your notice to the account holder') used by hosts and platforms",
    why="notifying the user is no status; a trusted email naming an item must go to review, not be ignored",
)

case(
    name="x-claims-youtube-item", from_="legal-noreply@x.com",
    date="Thu, 12 Sep 2024 09:00:00 +0900", subject="Re: removal request",
    body=f"""Hello,

The video {YT[1]} that was shared on X has been removed.

X Legal
""",
    outcome="review", review="wrong_platform", items={},
    imitates="a platform answering about another platform's URL (link shared in a post)",
    why="X cannot set a status for a YouTube item; review wrong_platform (arguable: not_understood also fair)",
)

# ======================================================================= YouTube
case(
    name="yt-legal-blocked-kr", from_="legal-support@google.com", reply_to_req="req-240910-01",
    name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 08:14:00 +0900", subject="Re: [KCSC-240910-01] 시정요구 [4-1234000039887]",
    body=f"""Hello,

Thanks for reaching out to us.

In response to your request, we have blocked the following content from
view on YouTube in South Korea:

{YT[0]}
{YT[3]}

We have reviewed the following content and have decided not to take
action. The content does not violate YouTube's Community Guidelines, and
we did not find sufficient legal basis to block it locally:

{YT[1]}

For more information about our approach, please visit
https://support.google.com/legal/answer/3110420

Regards,
The Google Team
""",
    outcome="applied", classification="confirmation",
    items={YT[0]: "restricted", YT[3]: "restricted", YT[1]: "rejected"},
    imitates="Google legal removals reply ('we have blocked ... from view in <country>' / 'decided not to take action'), with ticket number in the subject",
    why="locally blocked = restricted; not taking action with reason = rejected; support link is no item",
)

case(
    name="yt-age-restricted-and-terminated", from_="youtube-legal@google.com", reply_to_req="req-240910-01",
    name_from="YouTube Legal",
    date="Fri, 13 Sep 2024 13:40:00 +0900", subject="Re: [KCSC-240910-01] 시정요구",
    body=f"""Hello,

{YT[2]}
We have age-restricted this video. It is no longer visible to signed-out
users or to users under 18.

{YT[4]}
This channel has been terminated for repeated violations of our
Community Guidelines.

Community Guidelines: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

- YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    items={YT[2]: "restricted", YT[4]: "removed"},
    imitates="YouTube Trust & Safety outcome per URL (bare URL, then the status sentence below it): age restriction and channel termination",
    why="status on the lines below each bare URL; Korean raw handle URL must match",
)

case(
    name="yt-korean-nested-quotes", from_="legal-kr@google.com", reply_to_req="req-240910-01",
    name_from="Google 법무팀",
    date="Wed, 18 Sep 2024 10:20:00 +0900", subject="RE: RE: [KCSC-240910-01] 시정요구 조치 결과 문의",
    body=f"""안녕하세요, 방송통신심의위원회 담당자님.

문의하신 건 관련하여 답변드립니다.
{YT[1]} 동영상은 재검토 결과 커뮤니티 가이드 위반으로 확인되어 삭제되었습니다.

감사합니다.
Google 법무팀

2024년 9월 17일 (화) 오후 3:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 담당자님, 아래 답변 중 Zx8cVb2nMk4 동영상은 여전히 게시되어 있습니다. 재검토 바랍니다.
>
> 2024년 9월 12일 (목) 오전 8:14, Google Legal Support <legal-support@google.com>님이 작성:
>> 다음 콘텐츠는 대한민국에서 차단되었습니다:
>> {YT[0]}
>> {YT[3]}
>> 다음 콘텐츠는 조치하지 않기로 결정했습니다:
>> {YT[1]}
>> {YT[2]} 삭제 완료
""",
    outcome="applied", classification="confirmation",
    items={YT[1]: "removed"},
    imitates="Gmail Korean-locale reply ('…님이 작성:') with two quoted levels, reversing an earlier decision",
    why="only the unquoted Korean sentence counts; quoted levels (including '삭제 완료' next to YT[2]) must not",
)

case(
    name="yt-asks-for-court-order", from_="legal-support@google.com", reply_to_req="req-240910-01",
    name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 17:00:00 +0900", subject="Re: [KCSC-240910-01] 시정요구 [4-1234000039901]",
    body=f"""Hello,

We need more information to process your request for
{YT[0]}
{YT[1]}

Please provide the specific timestamps at which the content you consider
unlawful appears, and the legal provision it violates. Without this we are
unable to proceed.

You can reply to this email with the requested details.

The Google Team
""",
    outcome="review", review="asks_more", classification="request_for_info", items={},
    imitates="Google legal 'we need more information to process your request' reply",
    why="a request for information about named items: review asks_more",
)

case(
    name="yt-still-under-review", from_="legal-support@google.com",
    name_from="Google Legal Support",
    date="Mon, 16 Sep 2024 09:00:00 +0900", subject="Re: [Reminder] KCSC-240910-01",
    extra_headers=["In-Reply-To: <rem-240910-01-1@kcsc.example>",
                   "References: <req-240910-01@kcsc.example> <rem-240910-01-1@kcsc.example>"],
    body=f"""Hello,

Thank you for your follow-up. {YT[3]} is still under review by our
specialist team. We'll get back to you once we have reached a decision.

The Google Team
""",
    outcome="review", review="not_understood", items={},
    imitates="Google legal 'still under review' reply to a reminder",
    why="names an item with no final status: review so staff see it (arguable: no_change would also be defensible)",
)

case(
    name="yt-removed-with-policy-links", from_="youtube-legal@google.com", reply_to_req="req-240910-01",
    name_from="YouTube Legal",
    date="Tue, 17 Sep 2024 11:11:00 +0900", subject="Re: [KCSC-240910-01] 시정요구",
    body=f"""Hi there,

After review, we've removed {YT[0]} from YouTube for violating our
policy on regulated goods (https://support.google.com/youtube/answer/7667605).

If the uploader believes this was a mistake, they can appeal:
https://support.google.com/youtube/answer/185111

Our Community Guidelines: https://www.youtube.com/t/community_guidelines

YouTube Legal
""",
    outcome="applied", classification="confirmation",
    items={YT[0]: "removed"},
    imitates="YouTube removal notice with policy, appeal and guidelines links",
    why="policy/appeal/help links receive no status and are not unmatched claims",
)

# ======================================================================= NAVER
case(
    name="naver-gesijungdan-imsi", from_="policy@navercorp.com", reply_to_req="req-240911-01",
    name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 15:30:00 +0900", subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240911-01)",
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물에 대해 정보통신망법 제44조의2에 따라 아래와 같이
임시조치(게시중단) 하였음을 알려드립니다.

■ 대상 게시물
 - {NV[0]}
 - {NV[1]}

■ 조치 내용: 임시조치 (30일간 게시중단)

게시자는 임시조치 기간 내 재게시를 요청할 수 있습니다.
자세한 내용은 네이버 고객센터(https://help.naver.com)를 참고해 주세요.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    items={NV[0]: "restricted", NV[1]: "restricted"},
    imitates="NAVER 게시중단(임시조치) 처리 결과 안내 notice under Network Act art. 44-2",
    why="임시조치 = restricted; help.naver.com is no item",
)

NV_HTML = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240911-01)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV[2]}</td><td>삭제</td><td>운영자 삭제</td></tr>
<tr><td>2</td><td>{NV[3]}</td><td>게시물 없음</td><td>작성자가 이미 삭제</td></tr>
<tr><td>3</td><td>{NV[1]}</td><td>미조치</td><td>위반사항 확인되지 않음</td></tr>
</table>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>"""
case(
    name="naver-kcsc-result-table-b64", from_="policy@navercorp.com", reply_to_req="req-240911-01",
    name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 10:00:00 +0900", subject="[회신] 시정요구 조치 결과 (KCSC-240911-01)",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + base64.encodebytes(NV_HTML.encode("utf-8")).decode("ascii"),
    outcome="applied", classification="confirmation",
    items={NV[2]: "removed", NV[3]: "not_found", NV[1]: "rejected"},
    imitates="Korean portal 시정요구 조치결과 회신 (공문 style HTML table 번호/URL/조치결과/비고), base64 HTML",
    why="삭제 = removed; 게시물 없음 (author deleted) = not_found; 미조치 + no violation found = rejected",
)

case(
    name="naver-particle-and-fullwidth", from_="help@naver.com", reply_to_req="req-240911-01",
    name_from="네이버",
    date="Sat, 14 Sep 2024 11:00:00 +0900", subject="Re: [KCSC-240911-01] 시정요구",
    body=f"""안녕하세요.

{NV[2]}에서 신고된 게시글은 카페 운영원칙 위반으로 블라인드 처리되었습니다。
또한 {NV[0]}의 게시물은 비공개 처리하였습니다.

네이버 카페 운영팀
""",
    outcome="applied", classification="confirmation",
    items={NV[2]: "removed", NV[0]: "removed"},
    imitates="NAVER cafe 블라인드 / 비공개 처리 안내 with URLs followed by Korean particles and a full-width full stop",
    why="URL followed by 에서/의 particles; 블라인드, 비공개 처리 = removed per issue 11",
)

case(
    name="naver-partly-in-progress", from_="policy@navercorp.com", reply_to_req="req-240911-01",
    name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 18:00:00 +0900", subject="Re: [KCSC-240911-01] 시정요구 접수 및 처리 현황",
    body=f"""안녕하세요.

요청하신 게시물은 현재 담당 부서에서 검토 중이며, 위반이 확인되는
게시물은 순차적으로 조치할 예정입니다.

 - {NV[2]}
 - {NV[3]}

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood", items={},
    imitates="Korean portal 접수 및 처리 현황 interim notice (검토 중, 조치 예정)",
    why="under review / planned action for named items: nothing applied, must be seen",
)

case(
    name="naver-bounce-reminder", from_="MAILER-DAEMON@kcsc.example", auth="none",
    name_from="Mail Delivery System",
    date="Tue, 17 Sep 2024 09:00:05 +0900", subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b25bounce03"

--b25bounce03
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-old@navercorp.com>: host mx1.navercorp.com[203.0.113.25] said: 550
    5.1.1 User unknown (in reply to RCPT TO command)

--b25bounce03
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 17 Sep 2024 09:00:01 +0900

Final-Recipient: rfc822; policy-old@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--b25bounce03
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@navercorp.com
Subject: [Reminder] KCSC-240911-01
Message-ID: <rem-240911-01-1@kcsc.example>

--b25bounce03--
""",
    outcome="ignored", classification="bounce", items={},
    imitates="Postfix DSN 'Undelivered Mail Returned to Sender' for our own reminder",
    why="bounce of our reminder: ignored",
)

case(
    name="naver-ooo-korean", from_="kim.minji@navercorp.com", reply_to_req="req-240911-01",
    name_from="김민지",
    date="Wed, 11 Sep 2024 09:30:40 +0900", subject="[자동회신] [KCSC-240911-01] 시정요구",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 김민지입니다.
9월 11일부터 9월 18일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.
""",
    outcome="ignored", items={},
    imitates="Korean corporate 부재중 자동회신",
    why="auto-reply, nothing about items",
)

# ======================================================================= Kakao / Daum
case(
    name="kakao-daum-cafe-imsi", from_="cafe_notice@daum.net", reply_to_req="req-240912-01",
    name_from="Daum 카페",
    date="Fri, 13 Sep 2024 11:30:00 +0900", subject="[Daum카페] 권리침해 신고 게시물 임시조치 안내",
    body=f"""안녕하세요, Daum 카페입니다.

신고하신 아래 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에
관한 법률 제44조의2에 따라 임시조치(30일)를 하였습니다.

게시물 주소: {KK[0]}
조치일시: 2024.09.13 11:12

임시조치 기간 동안 게시물은 게시자 외에는 볼 수 없습니다.
카카오 운영정책: https://www.kakao.com/policy/oppolicy

(주)카카오
""",
    outcome="applied", classification="confirmation",
    items={KK[0]: "restricted"},
    imitates="Daum 카페 권리침해 신고 임시조치 안내 (게시물 주소 / 조치일시 fields)",
    why="임시조치 = restricted; policy link no item",
)

case(
    name="kakao-openchat-closed-pf-gone", from_="policy@kakaocorp.com", reply_to_req="req-240912-01",
    name_from="카카오 정책팀",
    date="Mon, 16 Sep 2024 14:00:00 +0900", subject="RE: [KCSC-240912-01] 시정요구 처리 결과",
    body=f"""안녕하세요. 카카오 정책팀입니다.

1. {KK[2]}
   → 운영정책 위반으로 해당 오픈채팅방을 삭제하고 이용을 영구 제한하였습니다.
2. {KK[1]}
   → 확인 결과 해당 게시물은 이미 삭제되어 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    items={KK[2]: "removed", KK[1]: "not_found"},
    imitates="Kakao 정책팀 numbered 처리 결과 reply (status on the line below each URL)",
    why="numbered list, arrow status below URL; 이미 삭제되어 존재하지 않음 = not_found",
)

xlsx = xlsx_bytes([
    ["번호", "URL", "조치결과", "조치일"],
    ["1", KK[0], "삭제", "2024-09-18"],
    ["2", KK[1], "접근제한", "2024-09-18"],
    ["3", KK[2], "위반 아님(유지)", "2024-09-18"],
])
case(
    name="kakao-xlsx-results", from_="policy@kakaocorp.com", reply_to_req="req-240912-01",
    name_from="카카오 정책팀",
    date="Wed, 18 Sep 2024 17:00:00 +0900", subject="[회신] KCSC-240912-01 조치 결과",
    raw_mime=with_attachment("안녕하세요.\n시정요구 건 조치 결과를 첨부 파일로 송부드립니다.\n\n카카오 정책팀",
                             "b25kkx0004", "KCSC-240912-01_result.xlsx",
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx),
    outcome="applied", classification="confirmation",
    items={KK[0]: "removed", KK[1]: "restricted", KK[2]: "rejected"},
    imitates="Korean portal 조치결과 spreadsheet attached to a short 공문-style cover mail",
    why="statuses only in an XLSX attachment",
)

case(
    name="kakao-read-receipt", from_="policy@kakaocorp.com", reply_to_req="req-240912-01",
    name_from="카카오 정책팀",
    date="Thu, 12 Sep 2024 14:20:00 +0900", subject="읽음: [KCSC-240912-01] 시정요구",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b25mdn05"

--b25mdn05
Content-Type: text/plain; charset=utf-8

수신확인: 보내신 메일을 2024-09-12 14:19 에 읽었습니다.
제목: [KCSC-240912-01] 시정요구

--b25mdn05
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com
Final-Recipient: rfc822; policy@kakaocorp.com
Original-Message-ID: <req-240912-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b25mdn05--
""",
    outcome="ignored", classification="read_receipt", items={},
    imitates="MDN read receipt (Outlook/Korean groupware '읽음:')",
    why="read receipt: ignored",
)

case(
    name="kakao-spoof-gmail", from_="kakao.policy.kr@gmail.com", reply_to_req="req-240912-01",
    name_from="카카오 정책팀",
    date="Fri, 13 Sep 2024 20:00:00 +0900", subject="RE: [KCSC-240912-01] 처리 완료",
    body=f"""안녕하세요.
{KK[0]}, {KK[1]} 게시물 모두 삭제 완료하였습니다.
""",
    outcome="review", review="unknown_sender", items={},
    imitates="freemail sender posing as a portal's policy team",
    why="unknown sender naming our items: must be seen, nothing applied",
)

# ======================================================================= TikTok
case(
    name="tiktok-removed-bullets", from_="legal-kr@tiktok.com", reply_to_req="req-240913-01",
    name_from="TikTok Legal",
    date="Mon, 16 Sep 2024 10:00:00 +0900", subject="Re: [KCSC-240913-01] 시정요구 | Ticket 7310044",
    body=f"""Hi,

Thanks for your report. We reviewed the content and found that it violates
our Community Guidelines, so we removed it:

 • {TT[0]}
 • {TT[1]}

Our Community Guidelines: https://www.tiktok.com/community-guidelines
Transparency Center: https://www.tiktok.com/transparency

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    items={TT[0]: "removed", TT[1]: "removed"},
    imitates="TikTok 'we removed the content you reported' outcome with bullets and guideline links",
    why="bulleted list below 'we removed it'",
)

case(
    name="tiktok-geo-and-no-violation", from_="legal-kr@tiktok.com", reply_to_req="req-240913-01",
    name_from="TikTok Legal",
    date="Tue, 17 Sep 2024 16:30:00 +0900", subject="Re: [KCSC-240913-01] 시정요구 | Ticket 7310044",
    body=f"""Hello,

Video: {TT[0]}
Outcome: Restricted in your country or region. The video is not available
to users in South Korea based on local law.

Video: {TT[1]}
Outcome: No violation. We didn't find a violation of our Community
Guidelines or local law, so the video stays up.

TikTok
""",
    outcome="applied", classification="confirmation",
    items={TT[0]: "restricted", TT[1]: "rejected"},
    imitates="TikTok legal request outcome per video ('Restricted in your country or region' / 'No violation')",
    why="two statuses in labelled blocks",
)

case(
    name="tiktok-some-actioned", from_="legal-kr@tiktok.com", reply_to_req="req-240913-01",
    name_from="TikTok Legal",
    date="Sat, 14 Sep 2024 12:00:00 +0900", subject="Update on your report | Ticket 7310044",
    body=f"""Hi,

We've taken action on some of the content you reported.

Your report:
{TT[0]}
{TT[1]}

TikTok Trust & Safety
""",
    outcome="review", review="not_understood", items={},
    imitates="TikTok 'we've taken action on some of the content you reported' update with echoed report",
    why="'some of' does not say which item: review, nothing applied",
)

# ======================================================================= Meta
case(
    name="meta-ig-restricted-local-law", from_="noreply@support.facebook.com", reply_to_req="req-240916-01",
    name_from="Meta Content Review",
    date="Wed, 18 Sep 2024 09:45:00 +0900", subject="Your report about content on Instagram [Ref 2409160033]",
    body=f"""Hi,

We've reviewed the content you reported:

{IG[0]}

Based on our review, we've restricted access to this content in South
Korea because it violates local law. It remains available elsewhere in
line with our Community Guidelines.

Learn more about how we respond to government requests:
https://transparency.meta.com/reports/content-restrictions/

Thanks,
Meta
""",
    outcome="applied", classification="confirmation",
    items={IG[0]: "restricted"},
    imitates="Meta content-restriction based on local law notice (transparency content-restrictions link)",
    why="restricted in country; transparency link no item",
)

case(
    name="meta-ticket-ack", from_="noreply@support.facebook.com", reply_to_req="req-240916-01",
    name_from="Meta Support",
    date="Mon, 16 Sep 2024 10:05:00 +0900", subject="We received your report [Ref 2409160033]",
    body="""Hi,

Thanks for contacting us. We've received your report and a ticket has been
created (Ref 2409160033). Our team will review it and get back to you.

Meta Support
""",
    outcome="ignored", classification="acknowledgement", items={},
    imitates="Meta/Facebook 'We received your report' ticket receipt",
    why="pure acknowledgement",
)

# ======================================================================= Telegram
case(
    name="tg-abuse-blocked-posts", from_="abuse@telegram.org", reply_to_req="req-240916-02",
    name_from="Telegram Abuse",
    date="Tue, 17 Sep 2024 02:10:00 +0900", subject="Re: [KCSC-240916-02] Request for removal",
    body=f"""Hello,

Thanks for the report. The posts {TG[0]} and {TG[1]} have been taken down.

--
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    items={TG[0]: "removed", TG[1]: "removed"},
    imitates="terse Telegram abuse desk reply ('have been taken down')",
    why="short prose statement naming two posts",
)

case(
    name="tg-one-line-korean-angle", from_="dsa@telegram.org", reply_to_req="req-240916-02",
    name_from="Telegram",
    date="Wed, 18 Sep 2024 22:00:00 +0900", subject="Re: [KCSC-240916-02]",
    body=f"""<{TG[1]}>
이 게시물은 대한민국에서 접근이 차단되었습니다.
""",
    outcome="applied", classification="confirmation",
    items={TG[1]: "restricted"},
    imitates="one-URL one-sentence notice, URL in angle brackets, Korean geo-block sentence below it",
    why="notice that is only a URL and one sentence; 접근 차단 in a country = restricted",
)

# ======================================================================= Reddit
case(
    name="reddit-safety-removed-echo", from_="noreply@reddit.com", reply_to_req="req-240917-01",
    name_from="Reddit Safety",
    date="Wed, 18 Sep 2024 07:00:00 +0900", subject="Update on your report",
    type="html",
    body=f"""<html><body>
<p>Thanks for submitting a report to the Reddit admin team. After investigating, we've found that the reported content violates <a href="https://www.redditinc.com/policies/content-policy">Reddit's Content Policy</a> and we have removed it.</p>
<p><b>Report details</b><br>
Reported content: <a href="{RD[0]}">{RD[0]}</a><br>
Report reason: Illegal content</p>
<p>Thanks again for helping keep Reddit safe.<br>&ndash; Reddit Safety</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    items={RD[0]: "removed"},
    imitates="Reddit admin report outcome email ('we have found that the reported content violates ... and have removed it') with report details echoed",
    why="HTML-only; 'the reported content' refers to the echoed URL",
)

case(
    name="reddit-mods-may-remove", from_="noreply@reddit.com", reply_to_req="req-240917-01",
    name_from="Reddit",
    date="Thu, 19 Sep 2024 08:00:00 +0900", subject="Re: [KCSC-240917-01] Request",
    body=f"""Hello,

We have reviewed {RD[0]}. It doesn't appear to violate sitewide rules, but
we've shared your report with the subreddit's moderators, who may decide
to remove it under their community rules.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    items={RD[0]: "rejected"},
    imitates="Reddit 'doesn't violate sitewide rules, forwarded to moderators' outcome",
    why="platform declines (no violation); a possible moderator removal is only a hedge about the future. ARGUABLE: 'doesn't appear to' is a soft wording; review would also be defensible",
)

# ----------------------------------------------------------------------------------------
def enc(s):
    """RFC 2047 encoding for non-ASCII display names and subjects, as mail clients send them."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode(maxlinelen=76)


for c in CASES:
    c["from"] = c.pop("from_")
    c["subject"] = enc(c["subject"])
    if "name_from" in c:
        c["name_from"] = enc(c["name_from"])

HEADER = """# blind25: blind set for issue 11 (general mix, English and Korean, many platforms).
# Generated by make.py; expected results written from each email's meaning before any run.
"""

if __name__ == "__main__":
    write_requests()
    write_set(HERE, "blind25", HEADER, CASES)
    print(len(CASES), "cases")
