#!/usr/bin/env python3
"""Blind set 65 (issue 11): a general mix, English and Korean, nine platforms.

Written without reading the reader or any other set. Expected results come
from each email's meaning and were written here before anything ran.
Deterministic: python3 tests/corpus/blind65/make.py
"""
import base64
import csv
import io
import os
import quopri
import sys
import zipfile
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

# ---------------------------------------------------------------- requests
HANDLE = "https://www.youtube.com/@가짜채널하나"
HANDLE_ENC = "https://www.youtube.com/@" + quote("가짜채널하나")
Y = {i: "https://www.youtube.com/watch?v=" + v for i, v in {
    1: "Qm7tLx2pR0a", 2: "Hb3nWc8kT1e", 3: "Zr5uJd0fS2i", 4: "Pk9eVm4gA3o",
    5: "Lw2xNq6hB4u", 6: "Ct8yRf1jD5y", 7: "Gs4aKp7lE6q", 8: "Vn1bTz3mF7w",
    12: "Mo3eSg5pJ0s", 13: "Bq7fWi8rK1d", 14: "Tu2gYo4sL2f"}.items()}
Y[9] = "https://www.youtube.com/shorts/Xd6cUe9nG8r"
Y[10] = "https://www.youtube.com/shorts/Jf0dIh2oH9t"
Y[11] = HANDLE_ENC  # imported percent-encoded; the email writes it raw
N = {1: "https://blog.naver.com/fakeblog_k1/223561234501",
     2: "https://blog.naver.com/fakeblog_k1/223561234502",
     3: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=470001234",
     4: "https://cafe.naver.com/fakecafe77/10452",
     5: "https://blog.naver.com/moonlit_fake/223570000111"}
X = {1: "https://x.com/fake_acct_01/status/1833000000000000001",
     2: "https://x.com/fake_acct_01/status/1833000000000000002",
     3: "https://x.com/nightowl_fake/status/1833100000000000003",
     4: "https://x.com/nightowl_fake/status/1833100000000000004"}
K = {1: "https://pf.kakao.com/_xFakeAb/104512345",
     2: "https://cafe.daum.net/fakecafe_d/Ab12/345",
     3: "https://tv.kakao.com/v/445001234"}
T = {1: "https://www.tiktok.com/@fake.dancer01/video/7412000000000000001",
     2: "https://www.tiktok.com/@fake.dancer01/video/7412000000000000002"}
TG = "https://t.me/fake_leaks_kr/5521"
M = {1: "https://www.instagram.com/p/C_fAkE01xYz/",
     2: "https://www.facebook.com/fakepage.kr/posts/pfbid0FaKe123abcXYZ",
     3: "https://www.instagram.com/reel/C_fAkE02aBc/"}
R = {1: "https://www.reddit.com/r/fakesub_kr/comments/1fa0001/leaked_photos_thread/",
     2: "https://www.reddit.com/r/fakesub_kr/comments/1fa0002/more_of_the_same/"}
D = "https://discord.gg/fAkEinv1te"

REQS = [
    ("KCSC-240910-01", "youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [Y[i] for i in range(1, 15)], "deepfake_sexual_abuse"),
    ("KCSC-240911-01", "naver", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00",
     [N[i] for i in range(1, 6)], "defamation"),
    ("KCSC-240912-01", "x", "2024-09-12T11:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [X[i] for i in range(1, 5)], "illegal_gambling"),
    ("KCSC-240913-01", "kakao", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [K[i] for i in range(1, 4)], "drug_trade"),
    ("KCSC-240913-02", "tiktok", "2024-09-13T14:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [T[1], T[2]], "deepfake_sexual_abuse"),
    ("KCSC-240914-01", "telegram", "2024-09-14T09:00:00+09:00", "2024-09-21T18:00:00+09:00",
     [TG], "deepfake_sexual_abuse"),
    ("KCSC-240916-01", "meta", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00",
     [M[1], M[2], M[3]], "illegal_gambling"),
    ("KCSC-240916-02", "reddit", "2024-09-16T15:00:00+09:00", "2024-09-23T18:00:00+09:00",
     [R[1], R[2]], "deepfake_sexual_abuse"),
    ("KCSC-240917-01", "discord", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00",
     [D], "deepfake_sexual_abuse"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat in REQS:
        mid = "<req-" + ref[5:].lower() + "@kcsc.example>"
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(s):
    data = s.encode("utf-8") if isinstance(s, str) else s
    e = base64.b64encode(data).decode()
    return "\n".join(e[i:i + 76] for i in range(0, len(e), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode()


def part(ctype, body, enc="8bit", extra=""):
    if enc == "base64":
        body = b64(body)
    elif enc == "quoted-printable":
        body = qp(body)
    h = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {enc}\n"
    if extra:
        h += extra.rstrip("\n") + "\n"
    return h + "\n" + body.strip("\n") + "\n"


def multipart(sub, boundary, parts, report_type=None):
    ct = f'Content-Type: multipart/{sub}; boundary="{boundary}"'
    if report_type:
        ct = f'Content-Type: multipart/report; report-type={report_type}; boundary="{boundary}"'
    out = [ct, "", "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def single(ctype, body, enc):
    if enc == "base64":
        body = b64(body)
    elif enc == "quoted-printable":
        body = qp(body)
    return f"Content-Type: {ctype}\nContent-Transfer-Encoding: {enc}\n\n" + body.strip("\n") + "\n"


def xlsx(rows):
    """A minimal XLSX workbook (inline strings), fixed timestamps: deterministic."""
    def cell(r, c, v):
        ref = "ABCDEFG"[c] + str(r)
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = "".join(
        f'<row r="{i + 1}">' + "".join(cell(i + 1, j, v) for j, v in enumerate(row)) + "</row>"
        for i, row in enumerate(rows))
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
        + sheet_rows + '</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 18, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def quoted_request(ref, urls, when, prefix="> "):
    lines = [f"Dear Sir or Madam,", "",
             f"The Korea Communications Standards Commission requests the removal of the",
             f"following content (reference {ref}). Please remove or block it and tell us",
             "the action taken for each item.", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "KCSC Takedown Desk"]
    return f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:\n" + "\n".join(
        (prefix + l).rstrip() for l in lines)


# ---------------------------------------------------------------- cases
YT_ALL = [Y[i] for i in range(1, 15)]
YT_ALL_RAW = [HANDLE if u == HANDLE_ENC else u for u in YT_ALL]

CASES = []


def enc_header(v):
    """RFC 2047-encode non-ASCII display names and subjects, as real mailers do."""
    if v.isascii():
        return v
    from email.header import Header
    return Header(v, "utf-8", maxlinelen=76).encode()


def case(**c):
    for k in ("name_from", "subject"):
        if k in c:
            c[k] = enc_header(c[k])
    CASES.append(c)


# 1 YouTube legal removal notice, bullet list
case(name="yt-legal-removed-bullets", **{"from": "legal-support@google.com"},
     date="Wed, 11 Sep 2024 16:02:11 +0900", reply_to_req="req-240910-01",
     subject="Re: [KCSC-240910-01] Removal request - YouTube",
     body=f"""Hello,

Thank you for contacting Google. After reviewing your request, we have removed
the following content from YouTube:

  * {Y[1]}
  * {Y[2]}
  * {Y[3]}

We are continuing to review the remaining URLs in your notice and will follow up
separately.

For more information about our policies, please see
https://support.google.com/youtube/answer/2801939

Regards,
The Google Legal Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
     outcome="applied", classification="confirmation",
     items={Y[1]: "removed", Y[2]: "removed", Y[3]: "removed"},
     imitates="Google/YouTube legal removals outcome email ('we have removed the following content', bullet list, policy link)",
     why="three URLs listed under an unhedged 'we have removed'; the sentence about the remaining URLs names none; the help link is no item")

# 2 YouTube geo-block, multipart/alternative, HTML table
html2 = f"""<html><body><p>Hello,</p>
<p>We have reviewed the content identified in your request KCSC-240910-01.</p>
<table border="1"><tr><th>URL</th><th>Action taken</th></tr>
<tr><td><a href="{Y[4]}">{Y[4]}</a></td><td>Blocked in South Korea</td></tr>
<tr><td><a href="{Y[5]}">{Y[5]}</a></td><td>Blocked in South Korea</td></tr>
</table>
<p>Content blocked on the basis of local law remains available in other countries.
Learn more: <a href="https://support.google.com/youtube/answer/6154230">Legal removals</a></p>
<p>The YouTube Legal Team</p></body></html>"""
text2 = f"""Hello,

We have reviewed the content identified in your request KCSC-240910-01.

URL | Action taken
{Y[4]} | Blocked in South Korea
{Y[5]} | Blocked in South Korea

Content blocked on the basis of local law remains available in other countries.
Learn more: https://support.google.com/youtube/answer/6154230

The YouTube Legal Team"""
case(name="yt-geoblock-table-alternative", **{"from": "legal-noreply@youtube.com"},
     date="Thu, 12 Sep 2024 09:15:40 +0900", reply_to_req="req-240910-01",
     subject="YouTube Legal: outcome of your request KCSC-240910-01",
     raw_mime=multipart("alternative", "b2alt", [
         part("text/plain; charset=utf-8", text2, "quoted-printable"),
         part("text/html; charset=utf-8", html2, "quoted-printable")]),
     outcome="applied", classification="confirmation",
     items={Y[4]: "restricted", Y[5]: "restricted"},
     imitates="YouTube legal-removal outcome with per-URL action table (local-law geo-block, 'remains available in other countries')",
     why="'Blocked in South Korea' for each row is a country restriction, not a removal")

# 3 status on the line below a bare URL
case(name="yt-status-below-bare-url", **{"from": "yt-trustandsafety@google.com"},
     date="Thu, 12 Sep 2024 18:40:02 +0900", reply_to_req="req-240910-01",
     subject="RE: KCSC-240910-01",
     body=f"""Hi KCSC team,

Update on two of the videos from your list:

{Y[6]}
We age-restricted this video. It is no longer viewable by signed-out users or
users under 18.

{Y[7]}
After review we found that this video does not violate our Community
Guidelines, so it will stay up.

If you disagree, you can reply to this email with additional context.

Best,
Minji
YouTube Trust & Safety
""",
     outcome="applied", classification="confirmation",
     items={Y[6]: "restricted", Y[7]: "rejected"},
     imitates="YouTube Community Guidelines review reply (age-restriction outcome; 'does not violate our Community Guidelines')",
     why="status sentence sits on the line(s) below each bare URL; age restriction = restricted, no violation and stays up = rejected")

# 4 reply to our reminder, top-posted, quoted-printable, quoted list of all 14
quoted4 = quoted_request("KCSC-240910-01", YT_ALL_RAW, "Mon, Sep 16, 2024 at 10:00 AM")
body4 = f"""Hello,

Following your reminder: {Y[8]} and {Y[9]} were removed today for violating
our policy on harassment and cyberbullying. The uploader has been notified.

Kind regards,
YouTube Legal Support

{quoted4}
"""
case(name="yt-reminder-reply-top-posted-qp", **{"from": "legal-support@google.com"},
     date="Mon, 16 Sep 2024 15:31:09 +0900", reply_to_req="req-240910-01-r1",
     subject="Re: Reminder: KCSC-240910-01 - 11 items still awaiting action",
     raw_mime=single("text/plain; charset=utf-8", body4, "quoted-printable"),
     outcome="applied", classification="confirmation",
     items={Y[8]: "removed", Y[9]: "removed"},
     imitates="abuse-desk reply top-posted over the quoted reminder (Gmail 'On ... wrote:' with '> ' lines)",
     why="only the two URLs in the reply's own sentence change; the 14 quoted URLs say nothing; reference comes from the subject")

# 5 Korean YouTube handle, raw IRI, particle
case(name="yt-korean-handle-terminated", **{"from": "youtube-kr-legal@google.com"},
     date="Fri, 13 Sep 2024 11:20:00 +0900", reply_to_req="req-240910-01",
     subject="[KCSC-240910-01] 채널 조치 결과 안내", name_from="YouTube 법무팀",
     body=f"""안녕하세요, 방송통신심의위원회 담당자님.

요청하신 채널 {HANDLE}은 커뮤니티 가이드 위반이 반복되어
YouTube에서 해지(삭제)되었습니다. 해당 채널의 모든 동영상은 더 이상 시청할 수 없습니다.

정책 안내: https://support.google.com/youtube/answer/2802032?hl=ko

감사합니다.
YouTube 법무팀 드림
""",
     outcome="applied", classification="confirmation",
     items={Y[11]: "removed"},
     imitates="YouTube Korean channel-termination notice ('커뮤니티 가이드 위반으로 채널이 해지되었습니다')",
     why="raw Korean handle with the particle 은 matches the percent-encoded item; channel terminated/deleted = removed")

# 6 CSV attachment
csv6 = ("url,action,notes\n"
        f"{Y[10]},Removed,Violates nudity and sexual content policy\n"
        f"{Y[12]},Not found,Video unavailable - could not locate this video\n")
case(name="yt-csv-attachment", **{"from": "legal-support@google.com"},
     date="Tue, 17 Sep 2024 10:05:44 +0900", reply_to_req="req-240910-01",
     subject="Re: [KCSC-240910-01] status report",
     raw_mime=multipart("mixed", "b6mix", [
         part("text/plain; charset=utf-8",
              "Hello,\n\nPlease find the status of two further URLs of your request in the attached file.\n\nRegards,\nGoogle Legal Support\n"),
         part('text/csv; charset=utf-8; name="KCSC-240910-01_status.csv"', csv6, "base64",
              'Content-Disposition: attachment; filename="KCSC-240910-01_status.csv"')]),
     outcome="applied", classification="confirmation",
     items={Y[10]: "removed", Y[12]: "not_found"},
     imitates="legal-team spreadsheet reply (CSV with url/action/notes columns)",
     why="attachment rows state Removed and Not found ('could not locate') per URL")

# 7 hedged / under review
case(name="yt-still-reviewing", **{"from": "legal-support@google.com"},
     date="Wed, 18 Sep 2024 17:12:00 +0900", reply_to_req="req-240910-01",
     subject="Re: [KCSC-240910-01] Removal request - YouTube",
     body=f"""Hello,

We are still reviewing {Y[13]} with our policy specialists. We expect to
take appropriate action in the coming days and will let you know the outcome.

Regards,
Google Legal Support
""",
     outcome="review", review="not_understood",
     imitates="YouTube/Google 'still under review, we will follow up' interim reply",
     why="names a requested item but states nothing done: future and 'still reviewing' must not be applied, and a trusted email naming an item must not be ignored")

# 8 thread with several quoted levels
body8 = f"""Hi,

{Y[14]} - this one has now been taken down as well.

Thanks,
Daniel (YouTube Legal)

On Wed, Sep 18, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Thank you. Could you tell us what happened to {Y[14]} and {Y[13]}?
>
> On Thu, Sep 12, 2024 at 6:40 PM Daniel <legal-support@google.com> wrote:
>> We removed {Y[1]}. {Y[14]} is still being looked at.
>>
>> On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
>>> Please remove the following content (KCSC-240910-01):
>>> {Y[13]}
>>> {Y[14]}
"""
case(name="yt-thread-three-quote-levels", **{"from": "legal-support@google.com"},
     date="Thu, 19 Sep 2024 10:44:30 +0900", reply_to_req="req-240910-01",
     subject="Re: Re: Re: [KCSC-240910-01] Removal request - YouTube", body=body8,
     outcome="applied", classification="confirmation",
     items={Y[14]: "removed"},
     imitates="Gmail thread with three nested '>' quote levels (lawyer's short follow-up)",
     why="only the new text counts: Y14 taken down; Y1/Y13 appear only in quotes")

# 9 acknowledgement ticket receipt
case(name="yt-ticket-receipt", **{"from": "noreply-legal@google.com"},
     date="Tue, 10 Sep 2024 10:03:12 +0900", reply_to_req="req-240910-01",
     subject="[4-1290000034567] We received your legal request",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hello,

Thanks for reaching out to us. We have received your request and a ticket
has been created: 4-1290000034567.

Our team will review your request and contact you if we need more
information. Please don't reply to this automated message.

Google Legal Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal request auto-confirmation ('We received your request', ticket number)",
     why="pure receipt that names no item and states no outcome")

# 10 look-alike sender claiming YouTube removals
case(name="yt-lookalike-sender", **{"from": "removals@youtube-legal-support.com"},
     date="Wed, 18 Sep 2024 20:01:00 +0900", reply_to_req="req-240910-01",
     subject="Re: [KCSC-240910-01] Completed", name_from="YouTube Legal",
     body=f"""Dear KCSC,

The following video has been removed as requested:
{Y[13]}

YouTube Legal Support
""",
     outcome="review", review="unknown_sender",
     imitates="look-alike domain spoof of a YouTube legal confirmation",
     why="dmarc passes for youtube-legal-support.com, which is no platform's domain: must be seen, nothing applied")

# 11 NAVER KCSC-style result table, HTML only, base64
html11 = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240911-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>조치 일시</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>2024-09-12 14:10</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>임시조치(30일)</td><td>2024-09-12 14:12</td></tr>
<tr><td>3</td><td>{N[3].replace('&', '&amp;')}</td><td>해당 게시물 없음(작성자 삭제)</td><td>-</td></tr>
</table>
<p>문의: 네이버 고객센터 https://help.naver.com</p>
<p>네이버 주식회사 정책지원팀</p>
</body></html>"""
case(name="naver-kcsc-result-table-html", **{"from": "policy@navercorp.com"},
     date="Thu, 12 Sep 2024 15:00:00 +0900", reply_to_req="req-240911-01",
     subject="[회신] 시정요구 조치 결과 (KCSC-240911-01)", name_from="네이버 정책지원팀",
     raw_mime=single("text/html; charset=utf-8", html11, "base64"),
     outcome="applied", classification="confirmation",
     items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
     imitates="KCSC 시정요구 조치결과 회신 table (번호/URL/조치 결과/조치 일시) from a Korean portal",
     why="삭제 = removed; 임시조치 = restricted (issue 11); 게시물 없음(작성자 삭제) = not_found; help link is no item")

# 12 NAVER cafe blind, Outlook Original Message quoting full request
body12 = f"""담당자님 안녕하세요.

{N[4]} 게시물은 카페 운영원칙 위반으로 블라인드 처리하였습니다.
나머지 게시물은 확인 후 별도로 회신드리겠습니다.

네이버 카페 운영팀 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:30 AM
To: policy@navercorp.com
Subject: [KCSC-240911-01] 시정요구

아래 게시물에 대하여 삭제 또는 접속차단 조치를 요청합니다.
{N[1]}
{N[2]}
{N[3]}
{N[4]}
{N[5]}
"""
case(name="naver-cafe-blind-outlook-quote", **{"from": "cafe_admin@naver.com"},
     date="Fri, 13 Sep 2024 10:22:00 +0900", reply_to_req="req-240911-01",
     subject="RE: [KCSC-240911-01] 시정요구", name_from="네이버 카페",
     body=body12,
     outcome="applied", classification="confirmation",
     items={N[4]: "removed"},
     imitates="NAVER cafe 블라인드 처리 notice, Outlook '-----Original Message-----' reply",
     why="블라인드 처리 = removed (issue 11 Korean blind forms); the quoted request's 삭제 wording is quoted text; 'the rest later' names nothing")

# 13 NAVER future tense
case(name="naver-future-tense", **{"from": "policy@navercorp.com"},
     date="Fri, 13 Sep 2024 17:45:00 +0900", reply_to_req="req-240911-01",
     subject="Re: [KCSC-240911-01] 추가 확인", name_from="네이버 정책지원팀",
     body=f"""안녕하세요.

{N[5]} 게시물은 현재 권리침해 여부를 검토 중이며,
검토가 끝나는 대로 삭제 조치할 예정입니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="Korean portal interim reply ('검토 중이며 … 조치할 예정입니다')",
     why="future tense (조치할 예정): nothing done yet; the item is named so it must go to review, not be ignored or applied")

# 14 Korean out-of-office
case(name="naver-korean-out-of-office", **{"from": "jiyoung.park@navercorp.com"},
     date="Wed, 11 Sep 2024 09:31:00 +0900", reply_to_req="req-240911-01",
     subject="자동 회신: [KCSC-240911-01] 시정요구", name_from="박지영",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""안녕하세요. 9월 11일부터 9월 18일까지 휴가로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean Outlook out-of-office ('자동 회신:', 부재중 안내)",
     why="auto-reply, says nothing about items")

# 15 NAVER look-alike sender in Korean
case(name="naver-lookalike-sender-korean", **{"from": "notice@navercorp-notice.com"},
     date="Wed, 18 Sep 2024 13:00:00 +0900", reply_to_req="req-240911-01",
     subject="[KCSC-240911-01] 삭제 완료 안내", name_from="네이버",
     body=f"""요청하신 게시물 {N[5]} 은(는) 삭제 완료되었습니다.
네이버 드림
""",
     outcome="review", review="unknown_sender",
     imitates="spoofed Korean portal 삭제 완료 notice from a look-alike domain",
     why="navercorp-notice.com is no platform's domain; a spoof naming our item must be seen")

# 16 X withheld + no violation
case(name="x-withheld-and-no-violation", **{"from": "legal@x.com"},
     date="Fri, 13 Sep 2024 08:10:00 +0900", reply_to_req="req-240912-01",
     subject="Re: [KCSC-240912-01] Legal request - case 0194-KR",
     body=f"""Hello,

We have reviewed your request and responded as follows.

- {X[1]}
  Withheld in: South Korea (KR). The post remains available outside KR.
- {X[2]}
  We did not find this post to be in violation of the X Rules and have taken
  no action on it at this time.

More about country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""",
     outcome="applied", classification="confirmation",
     items={X[1]: "restricted", X[2]: "rejected"},
     imitates="X (Twitter) legal request response: 'Withheld in: KR' country-withheld notice; 'not in violation of the X Rules'",
     why="withheld in KR = restricted; no violation and no action = rejected; help link is no item")

# 17 X DMARC fail
case(name="x-dmarc-fail", **{"from": "legal@x.com"}, auth="fail",
     date="Sun, 15 Sep 2024 02:11:00 +0900", reply_to_req="req-240912-01",
     subject="Re: [KCSC-240912-01] Legal request",
     body=f"""Both posts below were removed:
{X[3]}
{X[4]}
X Legal
""",
     outcome="review", review="untrusted",
     imitates="spoofed X legal confirmation failing DMARC",
     why="dmarc=fail for x.com: not trusted, but names our items so it goes to review")

# 18 X informal short
case(name="x-informal-short", **{"from": "j.kim@x.com"},
     date="Tue, 17 Sep 2024 19:02:00 +0900", reply_to_req="req-240912-01",
     subject="Re: [KCSC-240912-01] Legal request", name_from="Jay Kim",
     body=f"""hi - both nightowl posts are down now:
{X[3]} (deleted)
{X[4]} (deleted)
cheers, jay

Sent from my iPhone
""",
     outcome="applied", classification="confirmation",
     items={X[3]: "removed", X[4]: "removed"},
     imitates="informal staff reply sent from a phone ('are down now', '(deleted)')",
     why="trusted x.com staff, plain statement per URL")

# 19 Kakao 임시조치 + 게시중단
case(name="kakao-temp-measure-and-suspension", **{"from": "report@kakaocorp.com"},
     date="Fri, 13 Sep 2024 16:30:00 +0900", reply_to_req="req-240913-01",
     subject="[카카오] 시정요구(KCSC-240913-01) 처리 결과 안내", name_from="카카오 고객센터",
     body=f"""안녕하세요, 카카오입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

1. {K[1]}
   → 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다.
2. {K[2]}
   → 운영정책 위반으로 게시중단 처리되었습니다.

처리 결과에 대한 문의는 카카오 고객센터(https://cs.kakao.com)로 해주시기 바랍니다.

※ 본 메일은 발신전용입니다.
(주)카카오 | 제주특별자치도 제주시 첨단로 242
""",
     outcome="applied", classification="confirmation",
     items={K[1]: "restricted", K[2]: "removed"},
     imitates="Kakao/Daum 게시물 처리 결과 안내 (임시조치 under 정보통신망법 제44조의2, 게시중단), footer with 발신전용",
     why="임시조치 = restricted, 게시중단 = removed (issue 11); status on the line below each numbered URL")

# 20 Kakao MDN
mdn = multipart("report", "b20mdn", [
    part("text/plain; charset=utf-8",
         "귀하의 메일이 수신자에게 읽혔습니다.\n\n제목: [KCSC-240913-01] 시정요구\n"),
    part("message/disposition-notification",
         "Reporting-UA: mail.daum.net\nFinal-Recipient: rfc822; report@daum.net\n"
         "Original-Message-ID: <req-240913-01@kcsc.example>\nDisposition: manual-action/MDN-sent-manually; displayed\n", "7bit")],
    report_type="disposition-notification")
case(name="kakao-read-receipt", **{"from": "report@daum.net"},
     date="Fri, 13 Sep 2024 10:40:00 +0900", reply_to_req="req-240913-01",
     subject="읽음 확인: [KCSC-240913-01] 시정요구", raw_mime=mdn,
     outcome="ignored", classification="read_receipt",
     imitates="Daum mail read receipt (MDN, 읽음 확인)",
     why="read receipt (issue 11 point 2): ignored")

# 21 Kakao informal not found
case(name="kakao-informal-author-deleted", **{"from": "sumin.lee@kakaocorp.com"},
     date="Mon, 16 Sep 2024 11:05:00 +0900", reply_to_req="req-240913-01",
     subject="RE: [KCSC-240913-01] 시정요구", name_from="이수민",
     body=f"""담당자님, 확인해보니 {K[3]} 영상은 이미 게시자가 삭제해서
현재 존재하지 않는 영상입니다. 저희 쪽에서 따로 조치할 건 없었습니다.

이수민 드림
""",
     outcome="applied", classification="confirmation",
     items={K[3]: "not_found"},
     imitates="informal Korean staff reply ('이미 게시자가 삭제', '존재하지 않는 영상')",
     why="already deleted by its author and does not exist = not_found (issue 11); 'nothing for us to do' is not a rejection")

# 22 TikTok HTML-only ticket system
html22 = f"""<html><body>
<div style="color:#999">##- Please type your reply above this line -##</div>
<p>Hi there,</p>
<p>Thank you for your report. We have reviewed the video below and removed it for
violating our Community Guidelines on sexual content involving non-consenting people.</p>
<p><a href="{T[1]}">{T[1]}</a></p>
<p>You can learn more about our guidelines at
<a href="https://www.tiktok.com/community-guidelines">tiktok.com/community-guidelines</a>.</p>
<p>Best regards,<br>TikTok Law Enforcement &amp; Government Response Team</p>
<p style="font-size:11px;color:#999">Ticket #8812003 | This email is a service from TikTok Support.</p>
</body></html>"""
case(name="tiktok-html-ticket-url-below", **{"from": "support@tiktok.com"},
     date="Sun, 15 Sep 2024 12:00:00 +0900", reply_to_req="req-240913-02",
     subject="[TikTok] Re: KCSC-240913-02 [#8812003]", name_from="TikTok Support",
     raw_mime=single("text/html; charset=utf-8", html22, "quoted-printable"),
     outcome="applied", classification="confirmation",
     items={T[1]: "removed"},
     imitates="TikTok support ticket (Zendesk-style HTML with '##- Please type your reply above this line -##' and ticket footer)",
     why="'the video below … removed' with the URL on the line below its statement; guidelines link is no item")

# 23 TikTok asks for more
case(name="tiktok-asks-legal-basis", **{"from": "legal-kr@tiktok.com"},
     date="Mon, 16 Sep 2024 14:00:00 +0900", reply_to_req="req-240913-02",
     subject="Re: KCSC-240913-02",
     body=f"""Dear KCSC,

Regarding {T[2]}: in order to assess your request we need the specific
provision of Korean law the content is alleged to breach, and confirmation of
whether the person depicted has filed a complaint. We are unable to take
action until we receive this information.

Kind regards,
TikTok Legal
""",
     outcome="review", review="asks_more",
     imitates="TikTok legal request for more information before acting",
     why="asks for legal basis; 'unable to take action until' is not a rejection")

# 24 Telegram, statement about reported content + echoed report
case(name="tg-echoed-report", **{"from": "abuse@telegram.org"},
     date="Sat, 14 Sep 2024 13:14:00 +0900", reply_to_req="req-240914-01",
     subject="Re: KCSC-240914-01",
     body=f"""Hello,

Thank you for your report. The reported content has been blocked.

-- Your report --
Reference: KCSC-240914-01
Link: {TG}
Reason: non-consensual intimate imagery

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     items={TG: "removed"},
     imitates="Telegram abuse desk reply ('The reported content has been blocked') followed by the echoed report",
     why="statement about 'the reported content' followed by the echoed report listing the one item (issue 11 point 4); blocked = removed")

# 25 Telegram wrong platform
case(name="tg-claims-tiktok-item", **{"from": "dsa@telegram.org"},
     date="Tue, 17 Sep 2024 09:00:00 +0900",
     subject="Re: content you reported",
     body=f"""Hello,

The following content has been removed: {T[2]}

Telegram
""",
     outcome="review", review="wrong_platform",
     imitates="Telegram abuse-desk reply that (mistakenly) claims another platform's item",
     why="trusted Telegram cannot confirm a TikTok video")

# 26 bounce of our reminder
dsn = multipart("report", "b26dsn", [
    part("text/plain; charset=us-ascii",
         "This is the mail system at host mx.kcsc.example.\n\nI'm sorry to have to inform you that your message could not\n"
         "be delivered to one or more recipients.\n\n<dsa-kr@telegram.org>: host mail.telegram.org said: 550 5.1.1 User unknown\n",
         "7bit"),
    part("message/delivery-status",
         "Reporting-MTA: dns; mx.kcsc.example\n\nFinal-Recipient: rfc822; dsa-kr@telegram.org\n"
         "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n", "7bit"),
    part("text/rfc822-headers",
         "From: KCSC Takedown <takedown@kcsc.example>\nTo: dsa-kr@telegram.org\n"
         "Subject: Reminder: KCSC-240914-01\nMessage-ID: <req-240914-01-r1@kcsc.example>\n", "7bit")],
    report_type="delivery-status")
case(name="tg-bounce-of-reminder", **{"from": "MAILER-DAEMON@kcsc.example"}, auth="none",
     date="Wed, 18 Sep 2024 10:00:05 +0900", name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender", raw_mime=dsn,
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (multipart/report delivery-status)",
     why="bounce of our own reminder, says nothing about items")

# 27 Instagram removed + restricted
case(name="meta-ig-removed-and-geo-restricted", **{"from": "legal-notifications@instagram.com"},
     date="Tue, 17 Sep 2024 11:30:00 +0900", reply_to_req="req-240916-01",
     subject="Your report to Instagram (KCSC-240916-01)", name_from="Instagram",
     body=f"""Hi,

Thanks for your report. Here's what we did:

{M[1]}
We removed this post because it goes against our Community Guidelines on
regulated goods.

{M[3]}
We restricted access to this reel in South Korea based on local law. It may
still be visible in other countries.

Learn more about how we enforce our policies:
https://help.instagram.com/477434105621119

Instagram · Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025
""",
     outcome="applied", classification="confirmation",
     items={M[1]: "removed", M[3]: "restricted"},
     imitates="Instagram report outcome ('We removed this post because it goes against our Community Guidelines'; local-law restriction notice)",
     why="statement on the lines below each bare URL; 'may still be visible in other countries' belongs to the restriction, not a hedge")

# 28 Facebook not found
case(name="meta-fb-could-not-locate", **{"from": "legal-kr@fb.com"},
     date="Tue, 17 Sep 2024 15:00:00 +0900", reply_to_req="req-240916-01",
     subject="RE: KCSC-240916-01", name_from="Meta Legal",
     body=f"""Hello,

We were unable to locate the content at the link you provided:
{M[2]}

The link may be incorrect or the content may no longer exist. If you believe
this content is still available, please send us a new link.

Meta Content Regulation Team
""",
     outcome="applied", classification="confirmation",
     items={M[2]: "not_found"},
     imitates="Meta 'we were unable to locate the content at the link you provided' reply",
     why="unable to locate = not_found; the invitation to send a new link is not a hedge on what was found")

# 29 Meta spoof
case(name="meta-unknown-sender", **{"from": "support@facebook-help-center.com"},
     date="Wed, 18 Sep 2024 22:00:00 +0900", reply_to_req="req-240916-01",
     subject="Re: KCSC-240916-01", name_from="Facebook Support",
     body=f"""Your report has been processed. The post {M[2]} was deleted.
""",
     outcome="review", review="unknown_sender",
     imitates="look-alike 'Facebook Support' domain spoof",
     why="not a Meta domain; names our item so it must go to review")

# 30 Meta not understood: only a transparency link
case(name="meta-refers-to-transparency-center", **{"from": "legal-kr@meta.com"},
     date="Thu, 19 Sep 2024 09:00:00 +0900", reply_to_req="req-240916-01",
     subject="RE: KCSC-240916-01 reminder",
     body=f"""Hello,

With respect to {M[1]}, please refer to our Transparency Center at
https://transparency.meta.com/policies/community-standards/ for information
on how we handle requests from government authorities.

Meta
""",
     outcome="review", review="not_understood",
     imitates="Meta government-request reply pointing to its Transparency Center",
     why="names a requested item but states no outcome for it")

# 31 Meta pure ack with help link
case(name="meta-report-received", **{"from": "noreply@facebookmail.com"},
     date="Mon, 16 Sep 2024 10:01:00 +0900", reply_to_req="req-240916-01",
     subject="We received your report", name_from="Facebook",
     body="""Hi,

Thanks for taking the time to report something that you feel may go against
our Community Standards. We've received your report and will review it.

You can see updates in your Support Inbox: https://www.facebook.com/support/

The Facebook Team
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Facebook 'Thanks for taking the time to report… We've received your report' confirmation",
     why="pure receipt, names no item; the support inbox link is no item")

# 32 Reddit XLSX
x32 = xlsx([["URL", "Outcome", "Details"],
            [R[1], "Removed", "Removed by Reddit Admins - Content Policy (involuntary pornography)"],
            [R[2], "No action", "Reviewed: does not violate the Reddit Content Policy"]])
case(name="reddit-xlsx-outcomes", **{"from": "legal@reddit.com"},
     date="Wed, 18 Sep 2024 08:30:00 +0900", reply_to_req="req-240916-02",
     subject="Re: KCSC-240916-02 - Reddit response",
     raw_mime=multipart("mixed", "b32mix", [
         part("text/plain; charset=utf-8",
              "Hello,\n\nAttached is the outcome for each URL in your request KCSC-240916-02.\n\nBest,\nReddit Legal Operations\n"),
         part('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240916-02.xlsx"',
              x32, "base64", 'Content-Disposition: attachment; filename="KCSC-240916-02.xlsx"')]),
     outcome="applied", classification="confirmation",
     items={R[1]: "removed", R[2]: "rejected"},
     imitates="Reddit legal operations spreadsheet response (Removed by Reddit Admins / does not violate Content Policy)",
     why="XLSX rows: Removed; No action because no violation = rejected")

# 33 Reddit partly done, no items
case(name="reddit-partly-done-no-list", **{"from": "legal@reddit.com"},
     date="Tue, 17 Sep 2024 12:00:00 +0900", reply_to_req="req-240916-02",
     subject="Re: KCSC-240916-02",
     body="""Hello,

We've taken action on some of the content in your request KCSC-240916-02.
The rest is still being reviewed by our Safety team and we'll update you.

Reddit Legal Operations
""",
     outcome="review", review="not_understood",
     imitates="Reddit interim 'taken action on some of the content' reply",
     why="references our request but says neither which items nor what: nothing can be applied")

# 34 Discord ack
case(name="discord-ticket-received", **{"from": "noreply@discord.com"},
     date="Tue, 17 Sep 2024 10:02:00 +0900", reply_to_req="req-240917-01",
     subject="[Discord] Your request (#44120987) has been received", name_from="Discord",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hello,

Your request (#44120987) has been received and is being reviewed by our
Trust & Safety team. To add additional comments, reply to this email.

This email is a service from Discord.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Discord Zendesk auto-confirmation ('Your request (#…) has been received')",
     why="pure receipt")

# 35 Discord HTML-only outcome
html35 = f"""<html><body>
<div>##- Please type your reply above this line -##</div>
<p>Hi there,</p>
<p>Thanks for reaching out. We've investigated the server behind the invite you
reported, <a href="{D}">{D}</a>, and have taken action: the server has been
removed from Discord and its owner's account has been disabled.</p>
<p>Read more in our <a href="https://discord.com/guidelines">Community Guidelines</a>.</p>
<p>Discord Trust &amp; Safety</p>
<p style="color:#aaa">[Z7QK2-PL0X]</p>
</body></html>"""
case(name="discord-html-server-removed", **{"from": "safety@discord.com"},
     date="Thu, 19 Sep 2024 03:45:00 +0900", reply_to_req="req-240917-01",
     subject="[Discord] Re: Your request (#44120987)", name_from="Discord Trust & Safety",
     raw_mime=single("text/html; charset=utf-8", html35, "base64"),
     outcome="applied", classification="confirmation",
     items={D: "removed"},
     imitates="Discord Trust & Safety Zendesk outcome email ('we've investigated … and have taken action')",
     why="the server behind the requested invite was removed from Discord")

# 36 English out-of-office from Google
case(name="yt-out-of-office", **{"from": "daniel.cho@google.com"},
     date="Tue, 10 Sep 2024 10:00:40 +0900", reply_to_req="req-240910-01",
     subject="Automatic reply: [KCSC-240910-01] Removal request - YouTube", name_from="Daniel Cho",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""I am out of the office until Monday, September 16 with limited access to email.
For urgent legal requests please contact legal-support@google.com.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook/Gmail out-of-office ('Automatic reply:')",
     why="auto-reply")

# 37 X ack with policy link but nothing about items
case(name="x-case-opened", **{"from": "noreply@x.com"},
     date="Thu, 12 Sep 2024 11:01:00 +0900", reply_to_req="req-240912-01",
     subject="Case# 0194-KR: Legal request received",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hello,

We have received your legal request and a case has been opened (Case# 0194-KR).
We'll review it and get back to you. Please do not reply to this message.

Learn about our legal request process: https://help.x.com/en/forms/legal

X Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="X support automated case receipt",
     why="pure receipt, no items")

# 38 acknowledgement phrase plus an unhedged statement
case(name="naver-receipt-plus-deleted", **{"from": "policy@navercorp.com"},
     date="Wed, 18 Sep 2024 16:20:00 +0900", reply_to_req="req-240911-01",
     subject="Re: [KCSC-240911-01] 독촉", name_from="네이버 정책지원팀",
     body=f"""안녕하세요. 보내주신 독촉 메일은 정상적으로 접수되었습니다.

참고로 {N[5]} 블로그 게시물은 9월 18일 오후 2시에 삭제 조치를 완료하였습니다.

감사합니다.
네이버 정책지원팀
""",
     outcome="applied", classification="confirmation",
     items={N[5]: "removed"},
     imitates="Korean portal reply to a reminder: receipt sentence + 삭제 조치 완료 statement",
     why="an acknowledgement phrase together with an unhedged statement about an item is not an acknowledgement (issue 11 point 1)")

# 39 bulk claim without list
case(name="x-bulk-all-removed", **{"from": "legal@x.com"},
     date="Wed, 18 Sep 2024 09:00:00 +0900", reply_to_req="req-240912-01",
     subject="Re: [KCSC-240912-01] Legal request - case 0194-KR",
     body="""Hello,

All of the posts listed in your request have been removed.

X Legal
""",
     outcome="review", review="bulk",
     imitates="X legal one-line 'all of the posts … have been removed' reply",
     why="a bulk claim without an item list; config bulk_confirmations = review")

# 40 Korean TikTok restricted, URL followed by full-width punctuation
case(name="tiktok-korean-restricted", **{"from": "legal-kr@tiktok.com"},
     date="Wed, 18 Sep 2024 18:00:00 +0900", reply_to_req="req-240913-02",
     subject="Re: KCSC-240913-02 조치 결과", name_from="TikTok 법무팀",
     body=f"""안녕하세요, 틱톡 법무팀입니다.

요청하신 영상({T[2]})은 대한민국 내에서 접근 제한 조치하였습니다。
해당 영상은 한국 이외 지역에서는 계속 노출될 수 있습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     items={T[2]: "restricted"},
     imitates="TikTok Korean legal reply (대한민국 내 접근 제한)",
     why="접근 제한 in Korea = restricted; URL inside full-width-adjacent parentheses")

# 41 Outlook From/Sent block, numbered per-line statuses
case(name="yt-outlook-from-sent-numbered", **{"from": "legal-support@google.com"},
     date="Thu, 19 Sep 2024 14:02:00 +0900", reply_to_req="req-240910-01",
     subject="RE: Reminder: KCSC-240910-01",
     body=f"""Hello,

Please see the outcome for the two URLs you asked about:

1. {Y[13]} - removed (violent extremism policy)
2. {Y[14]} - age-restricted

Regards,
Google Legal Support

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 19, 2024 9:00 AM
To: legal-support@google.com
Subject: Reminder: KCSC-240910-01

The following items are still pending. Please remove them without delay:
{Y[13]}
{Y[14]}
{Y[12]}
""",
     outcome="applied", classification="confirmation",
     items={Y[13]: "removed", Y[14]: "restricted"},
     imitates="Outlook reply ('____ / From: / Sent:' block) with a numbered per-URL outcome list",
     why="numbered lines with status after a dash; the quoted reminder (with 'remove') is quoted and Y12 stays pending")

# 42 Telegram country block
case(name="tg-blocked-in-korea", **{"from": "dsa@telegram.org"},
     date="Mon, 16 Sep 2024 08:00:00 +0900", reply_to_req="req-240914-01",
     subject="Re: KCSC-240914-01",
     body=f"""Hi,

{TG}
This post is now unavailable to users in South Korea as it violates local laws.

Telegram Moderation
""",
     outcome="applied", classification="confirmation",
     items={TG: "restricted"},
     imitates="Telegram 'can't be displayed … because it violates local laws' country block",
     why="unavailable in South Korea because of local law = country restriction, not removal")

# 43 NAVER numbered, URL below its statement, operator deletion and private
case(name="naver-operator-deleted-and-private", **{"from": "blog_help@naver.com"},
     date="Tue, 17 Sep 2024 11:00:00 +0900", reply_to_req="req-240911-01",
     subject="[네이버 블로그] 게시물 조치 안내 (KCSC-240911-01)", name_from="네이버 블로그",
     body=f"""안녕하세요. 네이버 블로그 고객센터입니다.

1) 운영자에 의해 삭제되었습니다.
{N[1]}

2) 비공개 처리되었습니다.
{N[5]}

블로그 운영정책: https://blog.naver.com/blogpeople/220010000000

본 메일은 발신 전용입니다. ⓒ NAVER Corp.
""",
     outcome="applied", classification="confirmation",
     items={N[1]: "removed", N[5]: "removed"},
     imitates="NAVER blog operator notice ('운영자에 의해 삭제', '비공개 처리'), URL on the line below its statement",
     why="issue 11: deletion by the operator and 비공개 처리 are removal forms; the policy blog link is no item")

# 44 Reddit admin outcome with echoed report
case(name="reddit-admin-echoed-report", **{"from": "noreply@redditmail.com"},
     date="Wed, 18 Sep 2024 04:12:00 +0900", reply_to_req="req-240916-02",
     subject="Your Reddit report outcome", name_from="Reddit",
     body=f"""Hi KCSC_takedown,

Thanks for submitting a report to the Reddit admin team. After investigating,
we've found that the reported content violates Reddit's Content Policy and we
have removed it.

Report details
Report reason: Non-consensual intimate media
Submitted: 16 Sep 2024
Reported content:
{R[1]}
{R[2]}

Thanks again for your report and for helping keep Reddit safe.

Reddit Safety
https://www.redditinc.com/policies/content-policy
""",
     outcome="applied", classification="confirmation",
     items={R[1]: "removed", R[2]: "removed"},
     imitates="Reddit admin report-outcome message ('After investigating, we've found that the reported content violates…') with echoed report details",
     why="statement about 'the reported content' followed by the echoed report listing both items")


HEADER = """# Blind set 65 (issue 11): a general mix in English and Korean across nine
# platforms. Written without reading the reader or other sets; every expected
# result was written from the email's meaning before anything ran.
# Generated by make.py - do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    write_set(HERE, "blind65", HEADER, CASES)
