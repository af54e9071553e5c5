#!/usr/bin/env python3
"""Blind set 24 (issue 11): a general mix in English and Korean across seven
platforms. Expected results are written here from each email's meaning,
before anything was run. Deterministic: rewrites cases/ and expected.toml."""
import base64, io, os, quopri, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

YT = [f"https://www.youtube.com/watch?v=Kc9aQ{n:02d}xYz{chr(65 + n)}" for n in range(1, 13)] + [
    "https://www.youtube.com/shorts/Zq7Fake13Ab",
    "https://www.youtube.com/shorts/Zq7Fake14Cd",
]
NV = [
    "https://blog.naver.com/sunny_fake12/223560001111",
    "https://blog.naver.com/sunny_fake12/223560002222",
    "https://cafe.naver.com/fakestockcafe/88120",
    "https://cafe.naver.com/fakestockcafe/88121",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60202&docId=470001234",
]
XX = [f"https://x.com/fake_handle_kr/status/183300000000000000{n}" for n in range(1, 4)] + [
    "https://x.com/another_fake99/status/1833100000000000044"
]
KK = [
    "https://cafe.daum.net/fakehobby/Jk3P/551",
    "https://fakediary.tistory.com/37",
    "https://pf.kakao.com/_xkQfak/104523",
]
TG = ["https://t.me/fake_signal_kr/1201", "https://t.me/fake_signal_kr/1207"]
TT = ["https://www.tiktok.com/@fake.dance.kr/video/7412345678901234567"]
MT = [
    "https://www.instagram.com/p/C_fAkE12abc/",
    "https://www.facebook.com/fakepage.kr/posts/pfbid0FakeXyZ123",
]

REQS = [
    ("KCSC-240909-01", "meta", "2024-09-09T14:00:00+09:00", "req-240909-01", MT),
    ("KCSC-240910-01", "youtube", "2024-09-10T10:00:00+09:00", "req-240910-01", YT),
    ("KCSC-240911-01", "naver", "2024-09-11T11:00:00+09:00", "req-240911-01", NV),
    ("KCSC-240912-01", "x", "2024-09-12T09:30:00+09:00", "req-240912-01", XX),
    ("KCSC-240913-01", "kakao", "2024-09-13T10:30:00+09:00", "req-240913-01", KK),
    ("KCSC-240916-01", "telegram", "2024-09-16T16:00:00+09:00", "req-240916-01", TG),
    ("KCSC-240917-01", "tiktok", "2024-09-17T09:30:00+09:00", "req-240917-01", TT),
]


def write_requests():
    rows = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, mid, urls in REQS:
        d = int(sent[8:10]) + 7
        due = f"2024-09-{d:02d}" + sent[10:]
        for u in urls:
            rows.append(f'{ref},{plat},{sent},{due},"{u}",illegal_content,<{mid}@kcsc.example>,')
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def quoted(ref, urls, prefix="> "):
    lines = [f"Dear Sir or Madam,", "", f"The Korea Communications Standards Commission requests the",
             f"removal of the following content (our reference {ref}):", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please confirm once the content has been removed.", "", "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(text):
    return "\n".join(base64.encodebytes(text.encode("utf-8")).decode().split())


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode()


def xlsx(rows):
    """A minimal XLSX (inline strings), built by hand with fixed timestamps."""
    def cell(r, c, v):
        ref = chr(65 + c) + str(r + 1)
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(f'<row r="{r + 1}">' + "".join(cell(r, c, v) for c, v in enumerate(row)) + "</row>"
                       for r, row in enumerate(rows))
             + "</sheetData></worksheet>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="조치결과" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 13, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))
    return "\n".join(base64.encodebytes(buf.getvalue()).decode().split())


def mixed(text, att_name, att_type, att_b64, text_cte="8bit"):
    body = text if text_cte == "8bit" else b64(text)
    return f"""Content-Type: multipart/mixed; boundary="=_mix_b24"

--=_mix_b24
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: {text_cte}

{body}
--=_mix_b24
Content-Type: {att_type}; name="{att_name}"
Content-Disposition: attachment; filename="{att_name}"
Content-Transfer-Encoding: base64

{att_b64}
--=_mix_b24--
"""


def alternative(text, html, cte="quoted-printable"):
    enc = qp if cte == "quoted-printable" else b64
    return f"""Content-Type: multipart/alternative; boundary="=_alt_b24"

--=_alt_b24
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: {cte}

{enc(text)}
--=_alt_b24
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: {cte}

{enc(html)}
--=_alt_b24--
"""


CASES = []


def case(**c):
    CASES.append(c)


# ---------------------------------------------------------------- YouTube (14)
case(name="yt-legal-removed-bullets", **{"from": "legal-noreply@google.com"},
     date="Thu, 12 Sep 2024 03:14:00 +0000", subject="Re: [KCSC-240910-01] Content removal request",
     reply_to_req="req-240910-01", name_from="Google Legal Support",
     body=f"""Hello,

Thank you for contacting Google.

In response to your request, we have removed the following content from YouTube:

  * {YT[0]}
  * {YT[1]}

The content was removed globally for violating YouTube's Community Guidelines.
You can find out more about our policies at https://www.youtube.com/howyoutubeworks/policies/community-guidelines/ .

Regards,
The Google Legal Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
     outcome="applied", classification="confirmation",
     imitates="Google legal removals 'we have removed the following content' reply with policy link and legal footer",
     why="bulleted list under a plain removal sentence; the policy link is not an item",
     items={YT[0]: "removed", YT[1]: "removed"})

html_geo = f"""<html><body><p>Hello,</p>
<p>We reviewed the URLs in your request <b>KCSC-240910-01</b>. The outcome for each is listed below.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td><a href="{YT[2]}">{YT[2]}</a></td><td>Blocked in South Korea (local law)</td></tr>
<tr><td><a href="{YT[3]}">{YT[3]}</a></td><td>Blocked in South Korea (local law)</td></tr>
</table>
<p>The videos remain available outside South Korea. For more information see <a href="https://support.google.com/legal/answer/3110420">Google Legal Help</a>.</p>
<p>The YouTube Legal Team</p></body></html>"""
case(name="yt-geo-blocked-html-table", **{"from": "youtube-legal@google.com"},
     date="Fri, 13 Sep 2024 08:02:11 +0000", subject="YouTube legal request KCSC-240910-01 - outcome",
     reply_to_req="req-240910-01", name_from="YouTube Legal",
     raw_mime=alternative(f"Hello,\n\nWe reviewed the URLs in your request KCSC-240910-01.\n\n{YT[2]} - Blocked in South Korea (local law)\n{YT[3]} - Blocked in South Korea (local law)\n\nThe videos remain available outside South Korea.\nhttps://support.google.com/legal/answer/3110420\n\nThe YouTube Legal Team\n", html_geo),
     outcome="applied", classification="confirmation",
     imitates="YouTube legal outcome listing 'Blocked in <country>' per URL (HTML table + text alternative, quoted-printable)",
     why="geo-block per URL in a table means restricted, not removed",
     items={YT[2]: "restricted", YT[3]: "restricted"})

case(name="yt-age-restricted-url-below", **{"from": "no-reply@youtube.com"},
     date="Thu, 12 Sep 2024 22:40:00 +0000", subject="Update on your report",
     reply_to_req="req-240910-01", name_from="YouTube",
     body=f"""Hi there,

After reviewing the video you reported, we've applied an age restriction to it, so it is no longer visible to viewers who are under 18 or signed out:
{YT[4]}

Age-restricted videos also cannot be watched on most third-party websites.
Learn more: https://support.google.com/youtube/answer/2802167

- The YouTube Team

© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube 'we've age-restricted the video you reported' report outcome, help-centre link",
     why="statement on one line, the URL on the line below it; age restriction is restricted",
     items={YT[4]: "restricted"})

case(name="yt-no-violation-decision", **{"from": "legal-noreply@google.com"},
     date="Fri, 13 Sep 2024 01:05:00 +0000", subject="Re: [KCSC-240910-01] Content removal request",
     reply_to_req="req-240910-01", name_from="Google Legal Support",
     body=f"""Hello,

We have reviewed the content at {YT[5]} in light of YouTube's Community Guidelines and applicable local law. We have decided not to take action on it at this time, because it does not appear to violate our policies and we did not find sufficient basis to restrict it under Korean law.

If you obtain a court order concerning this content, you can submit it via https://support.google.com/legal/troubleshooter/1114905 .

Regards,
The Google Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="Google 'we have decided not to take action' legal-request decline with legal troubleshooter link",
     why="a refusal with a reason is a rejection; 'does not appear to violate' is the reason, the decision itself is unhedged",
     items={YT[5]: "rejected"})

case(name="yt-status-below-bare-url", **{"from": "youtube-legal@google.com"},
     date="Sat, 14 Sep 2024 02:30:00 +0000", subject="Re: KCSC-240910-01",
     reply_to_req="req-240910-01", name_from="YouTube Legal",
     body=f"""Hello KCSC team,

Please find our review of two of the items below.

{YT[6]}
This video was taken down for violating our harassment and cyberbullying policy.

{YT[7]}
We were unable to locate this video. It appears to have been deleted by the uploader before our review.

The other URLs of your request are still being processed.

Kind regards,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal support per-URL outcomes written under each bare URL",
     why="status on the line below a bare URL; the last sentence about the other URLs changes nothing",
     items={YT[6]: "removed", YT[7]: "not_found"})

case(name="yt-top-posted-over-quote", **{"from": "legal-noreply@google.com"},
     date="Sun, 15 Sep 2024 06:12:00 +0000", subject="RE: [KCSC-240910-01] Content removal request",
     reply_to_req="req-240910-01", name_from="Google Legal Support",
     body=f"""Hello,

The video at {YT[8]} has been made unavailable in South Korea. The remaining URLs in your notice are still under review and we will follow up separately.

Regards,
Google Legal Support

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240910-01", YT[8:12])}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail top-posted reply over the quoted request ('On ... wrote:' block)",
     why="only the top sentence counts; quoted list items other than the one named stay pending",
     items={YT[8]: "restricted"})

case(name="yt-still-reviewing-named", **{"from": "legal-noreply@google.com"},
     date="Mon, 16 Sep 2024 04:00:00 +0000", subject="Re: [KCSC-240910-01] Content removal request",
     reply_to_req="req-240910-01", name_from="Google Legal Support",
     body=f"""Hello,

Thanks for your patience. Our team is still reviewing the following URLs and we will get back to you once a decision has been made:

{YT[9]}
{YT[10]}

Regards,
Google Legal Support
""",
     outcome="review", review="not_understood",
     imitates="Google legal 'still reviewing, we will get back to you' holding reply",
     why="trusted email naming items without any status must go to review, never ignored",
     items={})

csv_att = b64("URL,Decision,Date\n" + f"{YT[11]},Removed - Community Guidelines,2024-09-15\n"
              + f"{YT[12]},No action - does not violate policy or local law,2024-09-15\n")
case(name="yt-csv-attachment", **{"from": "youtube-legal@google.com"},
     date="Mon, 16 Sep 2024 09:20:00 +0000", subject="KCSC-240910-01: decisions (attachment)",
     reply_to_req="req-240910-01", name_from="YouTube Legal",
     raw_mime=mixed("Hello,\n\nPlease see the attached file for our decisions on two of the URLs in\nrequest KCSC-240910-01.\n\nYouTube Legal Support\n",
                    "KCSC-240910-01_decisions.csv", "text/csv", csv_att),
     outcome="applied", classification="confirmation",
     imitates="bulk legal-request outcome exported as a CSV attachment",
     why="statuses only in a CSV attachment: Removed and 'No action - does not violate' (rejected)",
     items={YT[11]: "removed", YT[12]: "rejected"})

case(name="yt-lookalike-sender", **{"from": "legal@youtube-policy-support.com"}, auth="pass",
     date="Tue, 17 Sep 2024 01:00:00 +0000", subject="Re: [KCSC-240910-01] Content removal request",
     reply_to_req="req-240910-01", name_from="YouTube Legal Team",
     body=f"""Hello,

The video {YT[13]} has been removed from YouTube in response to your request.

YouTube Legal Team
""",
     outcome="review", review="unknown_sender",
     imitates="look-alike domain imitating a YouTube legal reply (DMARC passes for its own domain)",
     why="authenticated but not one of YouTube's sender domains: review, nothing applied",
     items={})

case(name="yt-out-of-office", **{"from": "j.park@google.com"},
     date="Tue, 10 Sep 2024 01:02:00 +0000", subject="Automatic reply: [KCSC-240910-01] Content removal request",
     reply_to_req="req-240910-01", name_from="Jiwoo Park",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until 16 September with limited access to email.
For urgent legal requests please use the standard legal request form.

부재중입니다. 9월 16일에 복귀합니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook/Exchange 'Automatic reply' out-of-office message",
     why="auto-reply, says nothing about items", items={})

case(name="yt-future-removal", **{"from": "legal-noreply@google.com"},
     date="Wed, 18 Sep 2024 07:45:00 +0000", subject="Re: [KCSC-240910-01] Content removal request",
     reply_to_req="req-240910-01", name_from="Google Legal Support",
     body=f"""Hello,

We have confirmed that {YT[13]} violates our policies. We will remove it within the next 24 hours and will send a confirmation once this is done.

Regards,
Google Legal Support
""",
     outcome="review", review="not_understood",
     imitates="Google legal reply announcing a future removal",
     why="future tense: nothing done yet, so review rather than removed",
     items={})

outlook_html = f"""<html><body>
<p>Dear KCSC,</p>
<p>Video <a href="{YT[10]}">{YT[10]}</a> has been removed for violating YouTube's Community Guidelines.</p>
<p>Best regards,<br>YouTube Trust &amp; Safety</p>
<hr>
<p><b>From:</b> KCSC Takedown &lt;takedown@kcsc.example&gt;<br><b>Sent:</b> Tuesday, September 10, 2024 10:00 AM<br><b>Subject:</b> [KCSC-240910-01] Content removal request</p>
<p>Please remove: {YT[9]}, {YT[10]}, {YT[11]}. Content already removed elsewhere must also be removed here.</p>
</body></html>"""
outlook_text = f"""Dear KCSC,

Video {YT[10]} has been removed for violating YouTube's Community Guidelines.

Best regards,
YouTube Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:00 AM
Subject: [KCSC-240910-01] Content removal request

Please remove: {YT[9]}, {YT[10]}, {YT[11]}. Content already removed elsewhere must also be removed here.
"""
case(name="yt-outlook-original-message", **{"from": "trust-safety@youtube.com"},
     date="Wed, 18 Sep 2024 10:10:00 +0000", subject="RE: [KCSC-240910-01] Content removal request",
     reply_to_req="req-240910-01", name_from="YouTube Trust & Safety",
     raw_mime=alternative(outlook_text, outlook_html, cte="base64"),
     outcome="applied", classification="confirmation",
     imitates="Outlook reply with an unindented '-----Original Message-----' block (multipart/alternative, base64)",
     why="the quoted original under the Outlook separator has no '>' marks and contains 'removed' near URLs; only the top sentence counts",
     items={YT[10]: "removed"})

case(name="yt-receipt-policy-link-only", **{"from": "legal-noreply@google.com"},
     date="Tue, 10 Sep 2024 01:30:00 +0000", subject="Your legal request has been received [7-2837000012345]",
     reply_to_req="req-240910-01", name_from="Google Legal Support",
     body="""Hello,

Thank you for your submission. We have received your request and a ticket has been created (ID 7-2837000012345).
Please do not reply to this automated message. We review every request carefully and may not be able to respond individually.

Learn how Google handles legal requests: https://support.google.com/legal/answer/3110420

The Google Legal Team
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal request auto-receipt with a ticket ID",
     why="pure receipt that names no item; the help link is not an item", items={})

case(name="yt-numbered-mixed-done-and-pending", **{"from": "youtube-legal@google.com"},
     date="Thu, 19 Sep 2024 02:00:00 +0000", subject="Re: KCSC-240910-01 status",
     reply_to_req="req-240910-01", name_from="YouTube Legal",
     body=f"""Hello,

Status of the items you asked about:

1. {YT[0]} - removed (Community Guidelines: violent extremism)
2. {YT[1]} - we need more time to assess this one under local law
3. {YT[12]} - this Short is no longer available on YouTube; we disabled it on 18 September

Regards,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="legal support status list, numbered, one line per URL",
     why="items 1 and 3 done (removed, 'disabled' = removed), item 2 undecided stays pending",
     items={YT[0]: "removed", YT[12]: "removed"})

case(name="yt-korean-youtu-be-geo", **{"from": "legal-kr@google.com"},
     date="Thu, 19 Sep 2024 05:30:00 +0000", subject="회신: [KCSC-240910-01] 시정요구",
     reply_to_req="req-240910-01", name_from="구글코리아 법무팀",
     body=f"""안녕하세요, 구글코리아입니다.

요청하신 아래 동영상은 검토 결과 대한민국 내에서 시청할 수 없도록 차단되었습니다.

https://youtu.be/{YT[2].split('=')[1]}

다른 국가에서는 계속 게시됩니다. 문의사항은 회신 주시기 바랍니다.

감사합니다.
구글코리아 유한회사 법무팀
""",
     outcome="applied", classification="confirmation",
     imitates="구글코리아 법무팀 한국어 회신 (국가별 차단 안내), youtu.be short link",
     why="the short youtu.be link is the same video as the requested watch?v= URL; blocked in Korea = restricted",
     items={YT[2]: "restricted"})

# ---------------------------------------------------------------- NAVER (5)
case(name="naver-imsi-jochi-notice", **{"from": "noreply_right@navercorp.com"},
     date="Thu, 12 Sep 2024 14:00:00 +0900", subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240911-01)",
     reply_to_req="req-240911-01", name_from="네이버 권리보호센터",
     body=f"""안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라 30일간 임시조치하였음을 알려드립니다.

- 대상 게시물
  {NV[0]}
  {NV[1]}

임시조치 기간 중 게시자의 재게시 요청이 있는 경우 관련 절차에 따라 처리될 수 있습니다.
게시중단 요청 서비스 안내: https://right.naver.com/

감사합니다.
NAVER Corp. 경기도 성남시 분당구 정자일로 95
""",
     outcome="applied", classification="confirmation",
     imitates="네이버 권리보호센터 게시중단(임시조치) 처리 결과 안내 메일",
     why="임시조치 (Network Act art. 44-2) is restricted; the right.naver.com link is not an item; the 'may be re-posted' clause does not hedge what was done",
     items={NV[0]: "restricted", NV[1]: "restricted"})

naver_table = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240911-01)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>순번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV[2]}</td><td>삭제</td><td>9.12 조치</td></tr>
<tr><td>2</td><td>{NV[3]}</td><td>조치불가</td><td>게시물 없음(작성자 삭제)</td></tr>
</table>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>"""
case(name="naver-kcsc-result-table", **{"from": "policy@navercorp.com"},
     date="Fri, 13 Sep 2024 10:00:00 +0900", subject="[회신] 시정요구 조치결과 (KCSC-240911-01)",
     reply_to_req="req-240911-01", name_from="네이버 정책지원팀", type="html", body=naver_table,
     outcome="applied", classification="confirmation",
     imitates="KCSC 시정요구 조치결과 회신 표 (순번/URL/조치결과/비고)",
     why="'조치불가' with 비고 '게시물 없음(작성자 삭제)' is not_found, not rejected",
     items={NV[2]: "removed", NV[3]: "not_found"})

case(name="naver-kin-url-particle-rejected", **{"from": "policy@navercorp.com"},
     date="Fri, 13 Sep 2024 16:20:00 +0900", subject="RE: 시정요구 (KCSC-240911-01) 관련 회신",
     reply_to_req="req-240911-01", name_from="네이버 정책지원팀",
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

{NV[4]}에 대해서는 검토 결과 운영원칙 및 관련 법령 위반 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.

추가 자료를 주시면 다시 검토하겠습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="네이버 지식iN 신고 검토 결과 '위반 사항이 확인되지 않아 조치하지 않음' 회신",
     why="URL with '&' query followed by a Korean particle; no action because no violation = rejected; offer to re-review is not a request for information",
     items={NV[4]: "rejected"})

case(name="naver-receipt-ack", **{"from": "noreply_right@navercorp.com"},
     date="Wed, 11 Sep 2024 11:05:00 +0900", subject="[네이버] 게시중단 요청이 접수되었습니다",
     reply_to_req="req-240911-01", name_from="네이버 권리보호센터",
     body="""안녕하세요. 네이버 권리보호센터입니다.

귀하의 게시중단 요청이 정상적으로 접수되었습니다. (접수번호: 2024091100123)
담당자 검토 후 처리 결과를 메일로 안내해 드리겠습니다.

본 메일은 발신전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="네이버 게시중단 요청 접수 완료 자동 안내",
     why="pure receipt, no item named", items={})

case(name="naver-will-act-sequentially", **{"from": "policy@navercorp.com"},
     date="Thu, 12 Sep 2024 09:40:00 +0900", subject="RE: 시정요구 (KCSC-240911-01)",
     reply_to_req="req-240911-01", name_from="네이버 정책지원팀",
     body=f"""안녕하세요.

요청하신 {NV[0]} 외 1건은 내부 검토 중이며, 확인 후 순차적으로 조치할 예정입니다.

감사합니다.
네이버 정책지원팀
""",
     outcome="review", review="not_understood",
     imitates="포털 담당자의 '검토 중, 순차적으로 조치 예정' 회신",
     why="under review / future action: names an item but states nothing done",
     items={})

case(name="naver-angle-bracket-removed", **{"from": "policy@navercorp.com"},
     date="Sat, 14 Sep 2024 13:00:00 +0900", subject="RE: 시정요구 (KCSC-240911-01)",
     reply_to_req="req-240911-01", name_from="네이버 정책지원팀",
     body=f"""안녕하세요.

<{NV[1]}> 게시물은 운영자에 의해 삭제 조치되었습니다.

> 2024-09-11 KCSC Takedown 작성:
> 아래 게시물의 삭제를 요청합니다.
> 1. {NV[0]}
> 2. {NV[1]}
> 3. {NV[2]}

네이버 정책지원팀
""",
     outcome="applied", classification="confirmation",
     imitates="Korean webmail reply, URL in angle brackets, '운영자에 의해 삭제' wording, quoted request below",
     why="URL in angle brackets; 운영자에 의해 삭제 = removed; quoted list does not count",
     items={NV[1]: "removed"})

xlsx_att = xlsx([["순번", "URL", "조치결과", "비고"],
                 ["1", NV[0], "삭제", ""],
                 ["2", NV[1], "임시조치", "30일"],
                 ["3", NV[2], "삭제", ""],
                 ["4", NV[3], "조치불가", "존재하지 않는 게시물"],
                 ["5", NV[4], "미조치", "위반사항 없음"]])
case(name="naver-xlsx-result", **{"from": "policy@navercorp.com"},
     date="Wed, 18 Sep 2024 17:00:00 +0900", subject="[회신] KCSC-240911-01 조치결과 송부",
     reply_to_req="req-240911-01", name_from="네이버 정책지원팀",
     raw_mime=mixed("안녕하세요.\n\n시정요구(KCSC-240911-01) 5건에 대한 조치결과를 첨부 파일로 송부드립니다.\n\n네이버 정책지원팀 드림\n",
                    "KCSC-240911-01_조치결과.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx_att, text_cte="base64"),
     outcome="applied", classification="confirmation",
     imitates="시정요구 조치결과 엑셀 첨부 회신 (순번/URL/조치결과/비고)",
     why="statuses only in the XLSX: 삭제, 임시조치, 존재하지 않는 게시물, 위반사항 없음",
     items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "removed", NV[3]: "not_found", NV[4]: "rejected"})

# ---------------------------------------------------------------- X (4)
case(name="x-withheld-in-korea", **{"from": "legal-noreply@x.com"},
     date="Fri, 13 Sep 2024 18:00:00 +0000", subject="Case # 0123456789: KCSC-240912-01",
     reply_to_req="req-240912-01", name_from="X Legal",
     body=f"""Hello,

We have received your request regarding the following content.

After review, we have withheld the following content in South Korea in accordance with local law:

{XX[0]}
{XX[1]}

The content remains available outside South Korea. For more information about country withheld content, please visit https://help.x.com/en/rules-and-policies/post-withheld-by-country .

Thanks,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal 'we have withheld the following content in <country>' notice with CWC help link",
     why="'We have received your request' at the top does not make it an acknowledgement; withheld in a country = restricted",
     items={XX[0]: "restricted", XX[1]: "restricted"})

case(name="x-removed-and-not-actioned", **{"from": "legal-noreply@x.com"},
     date="Sat, 14 Sep 2024 02:00:00 +0000", subject="Case # 0123456790: KCSC-240912-01",
     reply_to_req="req-240912-01", name_from="X Legal",
     body=f"""Hello,

Thank you for your report. We reviewed the reported posts and have taken the following actions:

- {XX[2]}: this post was found to be in violation of the X Rules and is no longer available.
- {XX[3]}: we have not taken action on this post, as it was not found to be in violation of the X Rules or the laws of South Korea.

Thanks,
X
""",
     outcome="applied", classification="confirmation",
     imitates="X report outcome listing violation (no longer available) vs. no action taken",
     why="'in violation ... no longer available' is removed; the negated action with a reason is rejected",
     items={XX[2]: "removed", XX[3]: "rejected"})

case(name="x-dmarc-fail", **{"from": "legal-noreply@x.com"}, auth="fail",
     date="Sun, 15 Sep 2024 03:00:00 +0000", subject="Case # 0123456791: KCSC-240912-01",
     reply_to_req="req-240912-01", name_from="X Legal",
     body=f"""Hello,

We have removed the following posts:

{XX[0]}
{XX[1]}
{XX[2]}

Thanks,
X Legal
""",
     outcome="review", review="untrusted",
     imitates="X legal removal notice, DMARC fail",
     why="failing DMARC for x.com: review, nothing applied", items={})

case(name="x-asks-for-court-order", **{"from": "legal-noreply@x.com"},
     date="Mon, 16 Sep 2024 04:00:00 +0000", subject="Case # 0123456792: additional information needed",
     reply_to_req="req-240912-01", name_from="X Legal",
     body=f"""Hello,

We are unable to process your request concerning {XX[3]} as submitted. Please provide a copy of the relevant order or the specific provision of Korean law that the post violates, by replying to this email.

Without this information we will not be able to proceed.

Thanks,
X Legal
""",
     outcome="review", classification="request_for_info", review="asks_more",
     imitates="X legal 'please provide a valid legal process' request for more information",
     why="asks for more information; 'unable to process as submitted' is not a rejection",
     items={})

case(name="x-some-of-the-posts", **{"from": "legal-noreply@x.com"},
     date="Tue, 17 Sep 2024 05:00:00 +0000", subject="Case # 0123456793: KCSC-240912-01",
     reply_to_req="req-240912-01", name_from="X Legal",
     body=f"""Hello,

We reviewed the posts listed below and removed some of them for violating the X Rules.

{XX[0]}
{XX[1]}
{XX[2]}

Thanks,
X Legal
""",
     outcome="review", review="not_understood",
     imitates="X report outcome worded for a group ('removed some of them')",
     why="'some of them' does not say which: no item may be applied; review (not_understood; bulk would be as good)",
     items={})

# ---------------------------------------------------------------- Kakao (3)
case(name="kakao-blind-url-below", **{"from": "cs-noreply@kakaocorp.com"},
     date="Fri, 13 Sep 2024 17:00:00 +0900", subject="[Daum] 신고하신 게시물 처리 결과 안내",
     reply_to_req="req-240913-01", name_from="카카오 고객센터",
     body=f"""안녕하세요. 카카오 고객센터입니다.

신고해 주신 아래 게시물은 운영정책 위반으로 확인되어 블라인드 처리되었습니다.
{KK[0]}

Daum 카페 운영정책: https://cs.daum.net/faq/39/9870.html

항상 Daum을 이용해 주셔서 감사합니다.
(주)카카오
""",
     outcome="applied", classification="confirmation",
     imitates="Daum 카페 신고 게시물 블라인드 처리 결과 안내",
     why="블라인드 = removed (Korean blind form, per issue 11); URL on the line below the statement; policy link not an item",
     items={KK[0]: "removed"})

case(name="kakao-numbered-private-and-missing", **{"from": "policy@kakaocorp.com"},
     date="Mon, 16 Sep 2024 11:00:00 +0900", subject="RE: [KCSC-240913-01] 시정요구 회신",
     reply_to_req="req-240913-01", name_from="카카오 정책팀",
     body=f"""안녕하세요, 카카오 정책팀입니다.

요청하신 건의 조치 결과입니다.

1. {KK[1]}
   → 비공개 처리 완료 (9/14)
2. {KK[2]}
   → 해당 게시물이 존재하지 않아 조치할 수 없습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="카카오 정책팀 시정요구 회신, 번호 목록과 화살표 결과",
     why="비공개 처리 = removed; '존재하지 않아 조치할 수 없습니다' is not_found (not rejected)",
     items={KK[1]: "removed", KK[2]: "not_found"})

case(name="kakao-comments-deleted-post-kept", **{"from": "policy@kakaocorp.com"},
     date="Tue, 17 Sep 2024 15:00:00 +0900", subject="RE: [KCSC-240913-01] 시정요구 회신",
     reply_to_req="req-240913-01", name_from="카카오 정책팀",
     body=f"""안녕하세요.

{KK[0]} 게시물의 경우, 문제가 된 댓글 3건은 삭제하였으나 게시물 본문은 운영정책에 위반되지 않는 것으로 판단되어 유지됩니다.

감사합니다.
카카오 정책팀
""",
     outcome="applied", classification="confirmation",
     imitates="포털의 '댓글은 삭제, 본문은 유지' 부분 조치 회신",
     why="the requested post itself stays up because it breaks no rule: rejected; the deleted comments are not the item",
     items={KK[0]: "rejected"})

mdn = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_b24"

--=_mdn_b24
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

수신확인: 보내신 메일 "[KCSC-240913-01] 시정요구"을(를) 2024-09-13 14:02에 읽었습니다.

--=_mdn_b24
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com
Original-Recipient: rfc822;policy@kakaocorp.com
Final-Recipient: rfc822;policy@kakaocorp.com
Original-Message-ID: <req-240913-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_b24--
"""
case(name="kakao-read-receipt", **{"from": "policy@kakaocorp.com"},
     date="Fri, 13 Sep 2024 14:02:00 +0900", subject="읽음: [KCSC-240913-01] 시정요구",
     reply_to_req="req-240913-01", name_from="카카오 정책팀", raw_mime=mdn,
     outcome="ignored",
     imitates="RFC 8098 MDN read receipt from a Korean webmail client",
     why="read receipt: ignored, not forwarded", items={})

case(name="kakao-out-of-office-korean", **{"from": "minji.kim@kakaocorp.com"},
     date="Fri, 13 Sep 2024 10:31:00 +0900", subject="[자동응답] [KCSC-240913-01] 시정요구",
     reply_to_req="req-240913-01", name_from="김민지",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""안녕하세요. 김민지입니다.
9월 13일부터 9월 18일까지 휴가로 부재중입니다.
긴급한 사항은 정책팀 대표 메일(policy@kakaocorp.com)로 연락 부탁드립니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="한국어 부재중 자동응답", why="auto-reply", items={})

# ---------------------------------------------------------------- Telegram (2)
case(name="tg-reported-content-echoed", **{"from": "abuse@telegram.org"},
     date="Tue, 17 Sep 2024 08:00:00 +0000", subject="Re: [KCSC-240916-01] Case #1184422",
     reply_to_req="req-240916-01", name_from="Telegram Abuse",
     body=f"""Hello,

Thank you for your report. The reported content has been taken down.

--- Your report ---
Reference: KCSC-240916-01
Links:
{TG[0]}
{TG[1]}
Reason: illegal content
--- End of report ---

Telegram Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk reply: one sentence about 'the reported content' over the echoed report",
     why="statement about 'the reported content' covers the links of the echoed report (not our quoted mail, the platform's own echo)",
     items={TG[0]: "removed", TG[1]: "removed"})

case(name="tg-bounce-of-reminder", **{"from": "MAILER-DAEMON@mx.kcsc.example"}, auth="none",
     date="Thu, 19 Sep 2024 01:00:05 +0000", subject="Undelivered Mail Returned to Sender",
     name_from="Mail Delivery System",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_b24"

--=_dsn_b24
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mail.telegram.org[203.0.113.25] said: 552 5.2.2
    mailbox full (in reply to RCPT TO command)

--=_dsn_b24
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.2

--=_dsn_b24
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: [KCSC-240916-01] removal not yet confirmed
Message-ID: <rem-240916-01-1@kcsc.example>

The following content has not yet been removed:
{TG[0]}
{TG[1]}

--=_dsn_b24--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN for our own reminder (mailbox full), with the reminder attached",
     why="bounce; the attached reminder's 'not yet been removed' is ours", items={})

case(name="tg-other-platform-item", **{"from": "abuse@telegram.org"},
     date="Wed, 18 Sep 2024 09:00:00 +0000", subject="Re: [KCSC-240916-01] Case #1184430",
     reply_to_req="req-240916-01", name_from="Telegram Abuse",
     body=f"""Hello,

The link {XX[0]} in your message is not hosted on Telegram, so we are unable to act on it. Please contact the service concerned.

Telegram Team
""",
     outcome="review", review="wrong_platform",
     imitates="abuse desk 'this content is not on our service' reply about another platform's URL",
     why="Telegram speaks about an X item: nothing applied (not_understood also acceptable in spirit)",
     items={})

case(name="tg-unknown-gmail-sender", **{"from": "telegram.support.desk@gmail.com"},
     date="Wed, 18 Sep 2024 11:00:00 +0000", subject="Re: [KCSC-240916-01] Telegram removal",
     reply_to_req="req-240916-01", name_from="Telegram Support",
     body=f"""Dear KCSC,

We deleted the two messages {TG[0]} and {TG[1]} today.

Telegram Support
""",
     outcome="review", review="unknown_sender",
     imitates="free-mail sender posing as Telegram support",
     why="unknown sender naming our items and request: review, nothing applied", items={})

# ---------------------------------------------------------------- TikTok (1)
case(name="tiktok-restricted-region-base64", **{"from": "legal-notices@tiktok.com"},
     date="Wed, 18 Sep 2024 02:00:00 +0000", subject="TikTok: Update on your request KCSC-240917-01",
     reply_to_req="req-240917-01", name_from="TikTok Legal",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Hi,

Thanks for your report. We reviewed the following content under local law and our Community Guidelines:

{TT[0]}

Outcome: We've restricted this content in your country/region in accordance with local law.

To learn more, visit https://www.tiktok.com/legal/page/global/law-enforcement/en

TikTok Legal
''')}
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok government request outcome 'restricted in your country/region' (base64 body)",
     why="'Outcome:' two lines below the URL; restricted in a region",
     items={TT[0]: "restricted"})

case(name="tiktok-ticket-receipt", **{"from": "noreply@tiktok.com"},
     date="Tue, 17 Sep 2024 00:35:00 +0000", subject="We've received your request [Ticket 4490021]",
     reply_to_req="req-240917-01", name_from="TikTok",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hi,

We've received your request and a ticket has been created (Ticket 4490021). Our team will review it and respond as soon as possible.

TikTok Support
""",
     outcome="ignored",
     imitates="TikTok support automatic ticket receipt",
     why="receipt naming no item", items={})

case(name="tiktok-no-violation", **{"from": "legal-notices@tiktok.com"},
     date="Thu, 19 Sep 2024 06:00:00 +0000", subject="TikTok: Update on your request KCSC-240917-01",
     reply_to_req="req-240917-01", name_from="TikTok Legal",
     body=f"""Hi,

Thanks for your patience. After a thorough review, we found that the video at {TT[0]} doesn't violate our Community Guidelines or applicable local law, so it will stay up on TikTok.

TikTok Legal
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok 'no violation found' report outcome",
     why="'will stay up' is a decision, not a hedge: rejected",
     items={TT[0]: "rejected"})

# ---------------------------------------------------------------- Meta (2)
case(name="meta-local-law-echoed-report", **{"from": "notification@facebookmail.com"},
     date="Wed, 11 Sep 2024 05:00:00 +0000", subject="Your report: KCSC-240909-01",
     reply_to_req="req-240909-01", name_from="Meta",
     body=f"""Hi,

We restricted access in South Korea to the content you reported, based on local law.

Your report
Reported on: 9 September 2024
Reference: KCSC-240909-01
Content:
- {MT[0]}
- {MT[1]}

Learn more about how Meta handles government requests: https://transparency.meta.com/reports/content-restrictions/

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
     outcome="applied", classification="confirmation",
     imitates="Meta 'we restricted access in <country> based on local law' notice with echoed report",
     why="statement about the reported content followed by the echoed report listing both items",
     items={MT[0]: "restricted", MT[1]: "restricted"})

case(name="meta-qp-could-not-find", **{"from": "notification@facebookmail.com"},
     date="Thu, 12 Sep 2024 07:00:00 +0000", subject="Update on your report",
     reply_to_req="req-240909-01", name_from="Facebook",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''Hi,

We couldn’t find the content at the link you provided: {MT[1]}
It may have been deleted by the person who posted it, or the link may be incorrect.

If you still see this content, please report it again with a working link.

The Facebook Team
''')}
""",
     outcome="applied", classification="confirmation",
     imitates="Facebook 'we couldn't find the content' report update (quoted-printable)",
     why="'couldn't find' is unhedged; 'may have been deleted' only guesses the reason: not_found",
     items={MT[1]: "not_found"})

case(name="meta-reviewing-may-remove", **{"from": "notification@facebookmail.com"},
     date="Mon, 09 Sep 2024 05:10:00 +0000", subject="We received your report",
     reply_to_req="req-240909-01", name_from="Instagram",
     body=f"""Hi,

Thanks for your report about {MT[0]}. We'll review it and may remove it or restrict it if it goes against our Community Guidelines or local law.

Instagram Help Center: https://help.instagram.com/

Instagram
""",
     outcome="review", review="not_understood",
     imitates="Instagram 'thanks for your report, we'll review it' receipt naming the post",
     why="a receipt that names the item and says it 'may' be removed: must be seen (review), never ignored; nothing applied",
     items={})

case(name="meta-wrapped-url-removed", **{"from": "lawenforcement@fb.com"},
     date="Fri, 13 Sep 2024 09:00:00 +0000", subject="Re: KCSC-240909-01",
     reply_to_req="req-240909-01", name_from="Meta Government Requests",
     body=f"""Hello,

Following our review, the Instagram post at
{MT[0]}
was removed for violating our Community Standards. The Facebook post
remains under review.

Regards,
Meta Government Requests Team
""",
     outcome="applied", classification="confirmation",
     imitates="Meta government requests team plain-text reply, statement wrapped around the URL",
     why="sentence wraps around the URL line; the Facebook post (not named by URL) stays pending",
     items={MT[0]: "removed"})

HEADER = """# Blind set 24 (issue 11): general mix, English and Korean, seven platforms.
# Generated by make.py from its case list; expected results were written from
# each email's meaning before anything ran. Do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    write_set(HERE, "blind24", HEADER, CASES)
    print(len(CASES), "cases")
