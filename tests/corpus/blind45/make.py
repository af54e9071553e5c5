#!/usr/bin/env python3
"""Blind set 45 (issue 11): a general mix, English and Korean, many platforms.

Expected results were written from each email's meaning before anything ran.
Deterministic: rewrites cases/*.eml and expected.toml.
"""
import base64, io, os, quopri, sys, zipfile, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao", "daum.net": "Daum", "tiktok.com": "TikTok",
    "fb.com": "Meta", "meta.com": "Meta", "instagram.com": "Instagram",
    "support.youtube.com": "YouTube",
})

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def d(day, hm):
    wd = WD[datetime.date(2024, 9, day).weekday()]
    return f"{wd}, {day} Sep 2024 {hm}:00 +0900"


YT = ["https://www.youtube.com/watch?v=Qm7rTz2LpXa", "https://www.youtube.com/watch?v=Hb4Wn9KcVtE",
      "https://www.youtube.com/watch?v=Zp1Lk8JdRsM", "https://www.youtube.com/watch?v=Nc6Yq3GhWeU",
      "https://www.youtube.com/watch?v=Tr5Bx2MfQoI", "https://www.youtube.com/shorts/Vd9Ks4PaLnY",
      "https://www.youtube.com/shorts/Ej3Rw7TbHcZ", "https://www.youtube.com/watch?v=Ga8Mu1XyPkO",
      "https://www.youtube.com/watch?v=Lw2Ne6CsDjF", "https://www.youtube.com/watch?v=Ks0Fp5RzAbQ",
      "https://www.youtube.com/watch?v=Ub7Hc3WnYmT", "https://www.youtube.com/watch?v=Iy4Gd9LqXoS",
      "https://www.youtube.com/@%EB%B0%A4%EB%B9%84%EC%B1%84%EB%84%90",
      "https://www.youtube.com/watch?v=Oa1Pv6KeJrN"]
YT_HANDLE_RAW = "https://www.youtube.com/@밤비채널"
NV = ["https://blog.naver.com/moonlit_k92/223558710041", "https://blog.naver.com/moonlit_k92/223558710377",
      "https://cafe.naver.com/hiddenroom24/88213", "https://cafe.naver.com/hiddenroom24/88240",
      "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471220938"]
XX = ["https://x.com/nightveil_88/status/1833410229871550218", "https://x.com/nightveil_88/status/1833411907712204866",
      "https://x.com/grey_orchid_kr/status/1833502216398848031", "https://x.com/grey_orchid_kr/status/1833509983300157554"]
KK = ["https://cafe.daum.net/silverlake77/Ab3k/1204", "https://cafe.daum.net/silverlake77/Ab3k/1209",
      "https://blog.daum.net/blueharu/4412"]
TT = ["https://www.tiktok.com/@lunarbyte.kr/video/7412983365017390356",
      "https://www.tiktok.com/@lunarbyte.kr/video/7413120984412088593"]
TG = ["https://t.me/velvet_dusk/3317"]
MT = ["https://www.instagram.com/p/C9xQ2mLrT7a/", "https://www.instagram.com/p/C9zK8vNwP4d/",
      "https://www.facebook.com/groups/381947220015/posts/992017734418/"]

R_YT, R_NV, R_X, R_KK, R_TT, R_TG, R_MT = ("req-240910-01", "req-240911-01", "req-240912-01",
                                           "req-240913-01", "req-240916-01", "req-240917-01", "req-240915-01")


def b64(s):
    data = base64.b64encode(s.encode("utf-8") if isinstance(s, str) else s).decode()
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode()


def xlsx(rows):
    """Minimal XLSX (inline strings), fixed zip timestamps: deterministic."""
    def cell(r, c, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{"ABCDEF"[c]}{r}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(f'<row r="{i+1}">' + "".join(cell(i + 1, j, v) for j, v in enumerate(row)) + "</row>"
                       for i, row in enumerate(rows))
             + "</sheetData></worksheet>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Results" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 16, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


REQ_QUOTE_YT = "\n".join("> " + u for u in YT)

C = []


def case(**k):
    C.append(k)


# ---------------------------------------------------------------- YouTube (KCSC-240910-01, 14 items)
case(name="yt-legal-removal-bulleted", frm="legal-noreply@google.com", date=d(11, "16:20"),
     subject="Re: [KCSC-240910-01] Request for removal of content - YouTube Legal Support",
     reply_to_req=R_YT, outcome="applied",
     imitates="YouTube Legal Support 'we have removed the following content' outcome email (public legal-complaint notices)",
     why="plain unhedged removal statement followed by a bulleted list of two URLs",
     items={YT[0]: "removed", YT[1]: "removed"},
     body=f"""Hello,

Thanks for reaching out to YouTube about your legal request, KCSC-240910-01.

Following our review, we have removed the following content from YouTube:

  * {YT[0]}
  * {YT[1]}

We are still reviewing the remaining URLs in your request and will follow up separately.

For more information about our policies, see https://support.google.com/youtube/answer/2801939

Regards,
The YouTube Legal Support Team

(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

case(name="yt-geo-block-status-below-url", frm="legal-noreply@google.com", date=d(12, "09:05"),
     subject="Re: [KCSC-240910-01] YouTube Legal Support - Ticket 7-8812003456021",
     reply_to_req=R_YT, outcome="applied",
     imitates="YouTube local-law outcome 'we have blocked this content from view in [country]'",
     why="bare URL lines, each followed on the next line by its own geo-block statement",
     items={YT[2]: "restricted", YT[3]: "restricted"},
     body=f"""Hi there,

We reviewed the content you identified under Korean law. Our decision for each URL is below.

{YT[2]}
We have blocked this video from view on YouTube in South Korea.

{YT[3]}
Access to this video has been restricted for users in the Republic of Korea.

Please note that these videos may remain available in other countries where they do not violate local law.

Ticket: 7-8812003456021
Google LLC - YouTube Legal Support
""")

case(name="yt-age-restricted-and-no-violation", frm="youtube-legal@youtube.com", date=d(12, "18:41"),
     subject="Update on your request KCSC-240910-01",
     reply_to_req=R_YT, outcome="applied",
     imitates="YouTube Community Guidelines outcome: age-restriction notice and 'does not violate our Community Guidelines' decision",
     why="one video age-restricted (restricted); one Short left up because it breaks no guideline (rejected)",
     items={YT[4]: "restricted", YT[5]: "rejected"},
     body=f"""Hello,

Thank you for your patience while we reviewed the following items.

1. {YT[4]} - we have applied an age restriction to this video; it is no longer visible to users who are signed out or under 18.
2. {YT[5]} - after careful review, this Short does not violate our Community Guidelines, so we will not be taking action on it at this time.

Learn more about age-restricted content: https://support.google.com/youtube/answer/2802167
Community Guidelines: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Sincerely,
YouTube Trust & Safety
""")

case(name="yt-ticket-html-only-table", frm="support@google.com", date=d(13, "10:12"),
     subject="[Case 4-2209318877410] Your request KCSC-240910-01 has been updated",
     reply_to_req=R_YT, outcome="applied", type="html",
     imitates="HTML-only ticket system notification (Salesforce/Zendesk-style case update) with a status table",
     why="HTML-only table; Short Ej3 removed, Ga8 could not be located (not_found); help link is not an item",
     items={YT[6]: "removed", YT[7]: "not_found"},
     body=f"""<html><body style="font-family:Arial">
<p>Dear requester,</p>
<p>Your case <b>4-2209318877410</b> has been updated. The result for each URL is shown below.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td><a href="{YT[6]}">{YT[6]}</a></td><td>Content removed</td></tr>
<tr><td><a href="{YT[7]}">{YT[7]}</a></td><td>We could not locate this video; it may have been deleted by the uploader</td></tr>
</table>
<p>To view your case, visit <a href="https://support.google.com/legal/answer/3110420">our Help Center</a>.</p>
<p style="color:#777;font-size:11px">Please do not reply to this automated message. &copy; 2024 Google LLC</p>
</body></html>""")

case(name="yt-top-posted-over-quoted-reminder", frm="legal-kr@google.com", name_from="Min-seo Park (Google)",
     date=d(16, "11:30"), subject="Re: Reminder: KCSC-240910-01 outstanding items",
     reply_to_req=R_YT, outcome="applied",
     imitates="Gmail top-posted personal reply above a quoted reminder ('On ... wrote:' with '> ' lines)",
     why="only the top-posted sentence counts: Lw2 removed; the quoted reminder lists every URL and says nothing done",
     items={YT[8]: "removed"},
     body=f"""Hi,

Quick update: {YT[8]} has now been taken down globally for violating our harassment policy.

Best,
Min-seo

On Mon, Sep 16, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube team,
>
> The following items of KCSC-240910-01 are still pending. Please remove them
> or tell us why they were not removed:
>
{REQ_QUOTE_YT}
>
> Korea Communications Standards Commission
""")

case(name="yt-csv-attachment", frm="legal-noreply@google.com", date=d(17, "14:00"),
     subject="Re: [KCSC-240910-01] Results attached", reply_to_req=R_YT, outcome="applied",
     imitates="bulk legal-request result export attached as CSV (URL, Action) as sent by platform legal teams",
     why="body points to the attachment; CSV says Ks0 removed and Ub7 blocked in KR (restricted)",
     items={YT[9]: "removed", YT[10]: "restricted"},
     raw_mime=f"""Content-Type: multipart/mixed; boundary="b45csv"

--b45csv
Content-Type: text/plain; charset=utf-8

Hello,

Please find attached the outcome for two further URLs from your request.

YouTube Legal Support
--b45csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240910-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240910-01_results.csv"
Content-Transfer-Encoding: base64

{b64("URL,Action,Date" + chr(13) + chr(10) + YT[9] + ",Removed - policy violation,2024-09-17" + chr(13) + chr(10) + YT[10] + ",Blocked in KR (local law),2024-09-17" + chr(13) + chr(10))}
--b45csv--
""")

case(name="yt-channel-handle-raw-korean", frm="legal-noreply@google.com", date=d(17, "16:45"),
     subject="Re: [KCSC-240910-01] Channel termination", reply_to_req=R_YT, outcome="applied",
     imitates="YouTube channel termination notice to a reporter ('the channel has been terminated')",
     why="raw Korean handle IRI matches the percent-encoded item; termination = removed; only the channel item changes",
     items={YT[12]: "removed"},
     body=f"""Hello,

The channel {YT_HANDLE_RAW} has been terminated for repeated violations of our Community Guidelines and is no longer available on YouTube.

Thank you for helping keep YouTube safe.

YouTube Legal Support
""")

case(name="yt-multipart-qp-one-done-one-review", frm="legal-noreply@google.com", date=d(18, "10:02"),
     subject="Re: [KCSC-240910-01] Status update", reply_to_req=R_YT, outcome="applied",
     imitates="Gmail multipart/alternative quoted-printable reply mixing a removal with an 'under review' line",
     why="Iy4 removed; Oa1 'remains under review' stays pending",
     items={YT[11]: "removed"},
     raw_mime=f"""Content-Type: multipart/alternative; boundary="b45alt"

--b45alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f"Hello,{chr(10)}{chr(10)}We've removed {YT[11]} under our privacy guidelines.{chr(10)}{YT[13]} remains under review; we will write again once a decision has been made.{chr(10)}{chr(10)}YouTube Legal Support{chr(10)}")}
--b45alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'<div>Hello,<br><br>We&#39;ve removed <a href="{YT[11]}">{YT[11]}</a> under our privacy guidelines.<br><a href="{YT[13]}">{YT[13]}</a> remains under review; we will write again once a decision has been made.<br><br>YouTube Legal Support</div>{chr(10)}')}
--b45alt--
""")

case(name="yt-outlook-original-message-reminder", frm="legal-kr@google.com", name_from="Google Korea Legal",
     date=d(19, "09:15"), subject="RE: Reminder: KCSC-240910-01", reply_to_req=R_YT, outcome="applied",
     imitates="Outlook reply with '-----Original Message-----' block quoting our reminder",
     why="the reply states Zp1 was removed on 18 Sep; quoted reminder text does not count",
     items={YT[2]: "removed"},
     body=f"""Dear KCSC,

Video {YT[2]} was removed on 18 September 2024 after a second review.

Kind regards,
Google Korea Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 9:00 AM
To: legal-kr@google.com
Subject: Reminder: KCSC-240910-01

The following items are still pending; please remove them:
{chr(10).join(YT)}
""")

case(name="yt-dmarc-fail-claims", frm="legal-noreply@google.com", auth="fail", date=d(14, "03:11"),
     subject="Re: [KCSC-240910-01] All done", reply_to_req=R_YT, outcome="review", review="untrusted",
     imitates="spoofed copy of a YouTube Legal Support removal notice failing DMARC",
     why="DMARC fails for google.com: no status applies, must be seen",
     items={},
     body=f"""Hello,

We have removed the following content:
{YT[13]}
{YT[11]}

YouTube Legal Support
""")

case(name="yt-partly-done-no-items", frm="legal-kr@google.com", date=d(15, "20:00"),
     subject="Re: [KCSC-240910-01]", reply_to_req=R_YT, outcome="review", review="not_understood",
     imitates="informal staff reply saying 'we have actioned some of the links' with the list echoed",
     why="'some of' the listed links were actioned, without saying which: a clerk cannot apply anything",
     items={},
     body=f"""Hi,

We've actioned some of these links already, others are with the policy team:

{YT[3]}
{YT[4]}
{YT[13]}

I'll confirm which ones once I hear back.

Thanks
""")

case(name="yt-out-of-office", frm="legal-kr@google.com", date=d(10, "10:01"),
     subject="Automatic reply: [KCSC-240910-01] Request for removal of content", reply_to_req=R_YT,
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"], outcome="ignored",
     imitates="Outlook 'Automatic reply' out-of-office message", why="out-of-office auto-reply; says nothing about items",
     items={},
     body="""I am out of the office until 13 September with limited access to email.
For urgent legal matters, please contact legal-kr@google.com.

Thank you.
""")

case(name="yt-ticket-receipt", frm="support@google.com", date=d(10, "10:03"),
     subject="We received your legal request [KCSC-240910-01]", reply_to_req=R_YT, outcome="ignored",
     extra_headers=["Auto-Submitted: auto-generated"],
     imitates="Google legal webform confirmation 'Thanks for submitting your request' receipt",
     why="pure receipt with a ticket number: no item statement",
     items={},
     body="""Thank you for contacting Google.

We have received your request and a case has been created (Case ID 4-2209318877410).
Our team will review it and respond as soon as possible. Please do not reply to this message.

Google Legal Support
""")

# ---------------------------------------------------------------- NAVER (KCSC-240911-01, 5 items)
case(name="naver-blog-imsi-jochi", frm="policy@navercorp.com", name_from="네이버 고객센터", date=d(12, "15:00"),
     subject="[네이버] 게시물 임시조치 결과 안내 (KCSC-240911-01)", reply_to_req=R_NV, outcome="applied",
     imitates="NAVER 임시조치(정보통신망법 제44조의2) 처리 결과 안내 메일",
     why="two blog posts put under 임시조치 (temporary measure) = restricted",
     items={NV[0]: "restricted", NV[1]: "restricted"},
     body=f"""안녕하세요, 네이버 고객센터입니다.

귀 기관에서 요청하신 게시물에 대하여 정보통신망법 제44조의2에 따라 아래와 같이 임시조치하였음을 알려드립니다.

- 대상 게시물:
  {NV[0]}
  {NV[1]}
- 조치 내용: 임시조치(30일간 게시물 접근 제한)

임시조치 기간 중 게시자의 재게시 요청이 있을 경우 관련 절차에 따라 처리됩니다.
자세한 내용은 https://help.naver.com/service/5614/ 을 참고해 주십시오.

감사합니다.
네이버 주식회사 | 경기도 성남시 분당구 정자일로 95
""")

case(name="naver-cafe-deleted-and-author-deleted", frm="policy@navercorp.com", date=d(13, "11:20"),
     subject="RE: [KCSC-240911-01] 시정요구 관련 회신", reply_to_req=R_NV, outcome="applied",
     imitates="NAVER cafe 게시중단 회신 mail; '작성자에 의해 이미 삭제된 게시물' wording",
     why="cafe 88213 삭제 완료 = removed; 88240 already deleted by its author = not_found",
     items={NV[2]: "removed", NV[3]: "not_found"},
     body=f"""안녕하세요. 네이버 카페 운영정책 담당자입니다.

요청하신 게시물 처리 결과를 회신드립니다.

1) {NV[2]}
   → 운영정책 위반으로 삭제 처리 완료
2) {NV[3]}
   → 확인 결과 작성자에 의해 이미 삭제된 게시물입니다.

감사합니다.
""")

case(name="naver-kin-blind", frm="policy@navercorp.com", date=d(13, "17:05"),
     subject="[KCSC-240911-01] 지식iN 게시물 조치 결과", reply_to_req=R_NV, outcome="applied",
     imitates="NAVER 지식iN 블라인드 처리 안내",
     why="블라인드 처리 is a removal form per issue 11; URL with & query parameters",
     items={NV[4]: "removed"},
     body=f"""안녕하세요.

요청하신 지식iN 게시물({NV[4]})은 운영원칙에 따라 블라인드 처리되었습니다.

네이버 지식iN 운영팀 드림
""")

case(name="naver-kcsc-result-html-table", frm="policy@navercorp.com", date=d(14, "10:00"),
     subject="[회신] 시정요구 조치결과 통보 (KCSC-240911-01)", reply_to_req=R_NV, outcome="applied", type="html",
     imitates="Korean 시정요구 조치결과 회신 table (연번/URL/조치결과) as sent by portals to KCSC",
     why="table: 삭제 → removed, 임시조치 → restricted, 게시물 없음 → not_found, 위반사항 없음(조치 불가) → rejected, one row 검토 중 stays pending",
     items={NV[0]: "removed", NV[1]: "restricted", NV[3]: "not_found", NV[4]: "rejected"},
     body=f"""<html><body>
<p>수신: 방송통신심의위원회<br>제목: 시정요구에 대한 조치결과 통보</p>
<p>귀 위원회의 시정요구(KCSC-240911-01)에 대한 조치결과를 아래와 같이 통보합니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{NV[0]}</td><td>삭제</td><td>2024.09.13</td></tr>
<tr><td>2</td><td>{NV[1]}</td><td>임시조치</td><td>2024.09.13</td></tr>
<tr><td>3</td><td>{NV[2]}</td><td>검토 중</td><td>-</td></tr>
<tr><td>4</td><td>{NV[3]}</td><td>게시물 없음(기 삭제)</td><td>-</td></tr>
<tr><td>5</td><td>{NV[4]}</td><td>위반사항 없음(조치 불가)</td><td>2024.09.13</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>""")

case(name="naver-asks-documents", frm="policy@navercorp.com", date=d(12, "13:40"),
     subject="[KCSC-240911-01] 추가 자료 요청", reply_to_req=R_NV, outcome="review", review="asks_more",
     imitates="NAVER 권리침해 신고 '소명 자료 추가 제출 요청' mail",
     why="asks for supporting documents before acting on two listed posts",
     items={},
     body=f"""안녕하세요, 네이버입니다.

아래 게시물에 대한 조치 여부 판단을 위해 피해 사실을 확인할 수 있는 근거 자료를 추가로 제출해 주시기 바랍니다.

- {NV[2]}
- {NV[3]}

자료가 확인되는 대로 신속히 처리하겠습니다.
""")

case(name="naver-future-tense", frm="policy@navercorp.com", date=d(11, "18:00"),
     subject="RE: [KCSC-240911-01]", reply_to_req=R_NV, outcome="review", review="not_understood",
     imitates="NAVER staff reply promising future 조치 ('검토 후 조치 예정')",
     why="only a promise (조치할 예정): no status, but it names items, so it must be seen",
     items={},
     body=f"""안녕하세요.

{NV[0]}, {NV[1]} 게시물은 내부 검토 후 금주 중 조치할 예정입니다.

감사합니다.
""")

case(name="naver-ooo-korean", frm="policy@navercorp.com", date=d(11, "09:31"),
     subject="자동 회신: [KCSC-240911-01] 시정요구", reply_to_req=R_NV, outcome="ignored",
     extra_headers=["Auto-Submitted: auto-replied"],
     imitates="Korean Outlook '자동 회신' out-of-office message",
     why="out-of-office auto-reply", items={},
     body="""안녕하세요. 9월 11일부터 13일까지 휴가로 메일 확인이 어렵습니다.
급한 용무는 정책지원팀 대표 메일로 연락 주시기 바랍니다.
""")

# ---------------------------------------------------------------- X (KCSC-240912-01, 4 items)
case(name="x-withheld-in-kr", frm="legal@x.com", date=d(13, "02:15"),
     subject="Re: [KCSC-240912-01] Legal request - Case #0917-33281", reply_to_req=R_X, outcome="applied",
     imitates="X legal request response 'the reported content has been withheld in: KR' (country-withheld content notice)",
     why="both nightveil posts withheld in KR = restricted; help link not an item",
     items={XX[0]: "restricted", XX[1]: "restricted"},
     body=f"""Hello,

We have reviewed your request. In accordance with local law, we have withheld the following posts in South Korea (KR):

{XX[0]}
{XX[1]}

These posts remain available outside South Korea. For more information about country withheld content, see https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thank you,
X Corp. Legal
""")

case(name="x-no-violation", frm="legal@x.com", date=d(13, "05:40"),
     subject="Re: [KCSC-240912-01] Case #0917-33282", reply_to_req=R_X, outcome="applied",
     imitates="X 'we did not find a violation of the X Rules' reporter notice",
     why="no violation, no action = rejected for grey_orchid first post",
     items={XX[2]: "rejected"},
     body=f"""Hello,

Thanks for your report regarding {XX[2]}.

After reviewing the available information, we have not taken action because we did not find a violation of the X Rules (https://x.com/rules) or of applicable local law.

X Safety
""")

case(name="x-reported-content-echoed", frm="legal@x.com", date=d(14, "04:00"),
     subject="Your report (Case #0917-33290)", reply_to_req=R_X, outcome="applied",
     imitates="X report outcome 'we've removed the reported content' with echoed report details",
     why="statement about 'the reported content' followed by the echoed report naming grey_orchid second post",
     items={XX[3]: "removed"},
     body=f"""Hi,

We've reviewed your report and removed the reported content for violating our rules on non-consensual nudity.

---- Your report ----
Reported by: KCSC (KCSC-240912-01)
Reported content: {XX[3]}
Reason: Non-consensual nudity
----------------------

X Safety
""")

case(name="x-lookalike-domain", frm="legal@x-legalteam.com", name_from="X Legal", date=d(13, "08:00"),
     subject="Re: [KCSC-240912-01] Completed", reply_to_req=R_X, outcome="review", review="unknown_sender",
     imitates="phishing-style look-alike of an X legal reply",
     why="authenticated but x-legalteam.com is no platform's domain; names our items",
     items={},
     body=f"""Hello,

All posts have been deleted:
{XX[2]}
{XX[3]}

X Legal
""")

case(name="x-read-receipt", frm="legal@x.com", date=d(12, "11:30"),
     subject="Read: [KCSC-240912-01] Request for removal", reply_to_req=R_X, outcome="ignored",
     imitates="RFC 8098 message disposition notification (Outlook 'Read:' receipt)",
     why="MDN read receipt", items={},
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b45mdn"

--b45mdn
Content-Type: text/plain; charset=utf-8

Your message was read on Thursday, September 12, 2024 11:29 AM.
--b45mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <req-240912-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
--b45mdn--
""")

case(name="x-hedged-may-have", frm="legal@x.com", date=d(15, "01:20"),
     subject="Re: [KCSC-240912-01]", reply_to_req=R_X, outcome="review", review="not_understood",
     imitates="hedged abuse-desk reply ('appears to have been removed already')",
     why="hedged: 'appears to' / 'may' - a clerk would check rather than apply",
     items={},
     body=f"""Hi,

{XX[0]} appears to have been removed already, possibly by the account holder. We may need more time to check {XX[1]}.

X Legal
""")

# ---------------------------------------------------------------- Kakao/Daum (KCSC-240913-01, 3 items)
case(name="daum-cafe-stop-and-imsi", frm="report@kakaocorp.com", name_from="카카오 고객센터", date=d(14, "14:30"),
     subject="[카카오] 다음카페 게시물 조치 결과 안내 (KCSC-240913-01)", reply_to_req=R_KK, outcome="applied",
     imitates="Kakao/Daum 카페 게시중단 및 임시조치 결과 안내 mail",
     why="1204 게시중단 = removed; 1209 임시조치 = restricted; help link not an item",
     items={KK[0]: "removed", KK[1]: "restricted"},
     body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ {KK[0]}
  처리 결과: 게시중단
■ {KK[1]}
  처리 결과: 임시조치 (30일)

카카오 운영정책: https://www.kakao.com/policy/oppolicy
문의: https://cs.kakao.com/

감사합니다.
(주)카카오
""")

case(name="daum-blog-not-exist-base64", frm="report@daum.net", date=d(16, "10:10"),
     subject="Re: [KCSC-240913-01] 블로그 게시물 관련", reply_to_req=R_KK, outcome="applied",
     imitates="Daum 블로그 '존재하지 않는 게시물' reply, base64-encoded Korean body",
     why="post does not exist = not_found",
     items={KK[2]: "not_found"},
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f"안녕하세요.{chr(10)}{chr(10)}요청하신 {KK[2]} 는 확인 결과 존재하지 않는 게시물입니다. (이미 삭제되었거나 주소가 잘못되었습니다){chr(10)}{chr(10)}다음 블로그 고객센터 드림{chr(10)}")}
""")

case(name="kakao-receipt", frm="report@kakaocorp.com", date=d(13, "10:05"),
     subject="[카카오] 신고 접수 완료 안내", reply_to_req=R_KK, outcome="ignored",
     extra_headers=["Auto-Submitted: auto-generated"],
     imitates="Kakao 고객센터 자동 접수 안내 mail",
     why="pure receipt (접수 완료) stating nothing about items", items={},
     body="""안녕하세요, 카카오 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다. (접수번호: 240913-0042871)
담당자 확인 후 순차적으로 답변드리겠습니다.

본 메일은 발신 전용입니다.
""")

# ---------------------------------------------------------------- TikTok (KCSC-240916-01, 2 items)
case(name="tiktok-removed-and-restricted", frm="legal@tiktok.com", date=d(17, "03:30"),
     subject="TikTok: Outcome of your request KCSC-240916-01", reply_to_req=R_TT, outcome="applied",
     imitates="TikTok Law Enforcement/Government request outcome ('removed for violating our Community Guidelines' / 'restricted in your country')",
     why="first video removed; second restricted in South Korea under local law",
     items={TT[0]: "removed", TT[1]: "restricted"},
     body=f"""Dear Sir or Madam,

Thank you for your report. We have taken the following actions:

- {TT[0]}: This video was removed for violating our Community Guidelines.
- {TT[1]}: This video has been restricted in South Korea in accordance with local law.

For more information see https://www.tiktok.com/community-guidelines

TikTok Trust & Safety
""")

case(name="tiktok-xlsx-results", frm="legal@tiktok.com", date=d(18, "06:00"),
     subject="RE: KCSC-240916-01 results", reply_to_req=R_TT, outcome="applied",
     imitates="TikTok government-request result spreadsheet (XLSX) attached to a short cover note",
     why="XLSX only: first video 'Removed', second 'No violation found - remains online' = rejected",
     items={TT[0]: "removed", TT[1]: "rejected"},
     raw_mime=f"""Content-Type: multipart/mixed; boundary="b45xl"

--b45xl
Content-Type: text/plain; charset=utf-8

Hi, please see the attached spreadsheet for our decisions.
TikTok Legal
--b45xl
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240916-01.xlsx"
Content-Disposition: attachment; filename="KCSC-240916-01.xlsx"
Content-Transfer-Encoding: base64

{b64(xlsx([["Reported URL", "Decision"], [TT[0], "Removed"], [TT[1], "No violation found - remains online"]]))}
--b45xl--
""")

case(name="tiktok-bounce-dsn", frm="MAILER-DAEMON@tiktok.com", name_from="Mail Delivery System", date=d(16, "10:01"),
     subject="Undelivered Mail Returned to Sender", outcome="ignored",
     imitates="Postfix delivery status notification (bounce) of our request",
     why="bounce of our own request", items={},
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b45dsn"

--b45dsn
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.tiktok.com.
I'm sorry to have to inform you that your message could not be delivered.

<legal-kr@tiktok.com>: host mx.tiktok.com said: 550 5.1.1 User unknown
--b45dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.tiktok.com
Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
--b45dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: [KCSC-240916-01] Request for removal
Message-ID: <req-240916-01@kcsc.example>

Please remove:
{TT[0]}
{TT[1]}
--b45dsn--
""")

case(name="tiktok-claims-instagram", frm="legal@tiktok.com", date=d(17, "05:00"),
     subject="Re: content report", outcome="review", review="wrong_platform",
     imitates="misdirected platform reply about another service's content",
     why="trusted TikTok email claims an Instagram item removed: not TikTok's to state",
     items={},
     body=f"""Hello,

The content at {MT[0]} has been removed.

TikTok Trust & Safety
""")

# ---------------------------------------------------------------- Telegram (KCSC-240917-01, 1 item)
case(name="tg-one-sentence-blocked", frm="dsa@telegram.org", date=d(17, "21:10"),
     subject="Re: [KCSC-240917-01]", reply_to_req=R_TG, outcome="applied",
     imitates="Telegram abuse-desk one-line reply ('The content has been blocked')",
     why="a notice that is only a URL and one sentence: blocked = removed",
     items={TG[0]: "removed"},
     body=f"""{TG[0]} - blocked, thank you for the report.
""")

case(name="tg-unknown-sender", frm="support@telegram-moderation.example", name_from="Telegram Support",
     date=d(18, "01:00"), subject="Re: [KCSC-240917-01] resolved", reply_to_req=R_TG,
     outcome="review", review="unknown_sender",
     imitates="impersonation of a Telegram support reply from an unknown domain",
     why="unknown sender claims removal of our item: must be seen, nothing applied", items={},
     body=f"""Hello, the message {TG[0]} has been deleted and the channel banned.
Telegram Support
""")

# ---------------------------------------------------------------- Meta (KCSC-240915-01, 3 items)
case(name="ig-removed-both", frm="records@meta.com", date=d(16, "08:20"),
     subject="Re: [KCSC-240915-01] Instagram content report", reply_to_req=R_MT, outcome="applied",
     imitates="Instagram 'We removed the content you reported because it goes against our Community Guidelines' notice",
     why="two Instagram posts removed; appeal/help links are not items",
     items={MT[0]: "removed", MT[1]: "removed"},
     body=f"""Hi,

Thanks for your report. We removed the following posts because they go against our Community Guidelines on adult nudity and sexual activity:

{MT[0]}
{MT[1]}

Learn more: https://help.instagram.com/477434105621119

Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""")

case(name="fb-doesnt-go-against", frm="records@meta.com", date=d(16, "09:00"),
     subject="Re: [KCSC-240915-01] Facebook group post", reply_to_req=R_MT, outcome="applied",
     imitates="Facebook 'We reviewed the post and found it doesn't go against our Community Standards' decision",
     why="not removed because no standards breach = rejected",
     items={MT[2]: "rejected"},
     body=f"""Hello,

We reviewed the post you reported ({MT[2]}) and found that it doesn't go against our Community Standards, so we didn't take it down.

If you think we got this wrong, you can ask for another review: https://www.facebook.com/help/2090856331203011

Meta
""")

case(name="meta-asks-court-order", frm="records@meta.com", date=d(15, "22:00"),
     subject="Re: [KCSC-240915-01]", reply_to_req=R_MT, outcome="review", review="asks_more",
     imitates="Meta law-enforcement response asking for valid legal process",
     why="asks for a court order / legal process before acting", items={},
     body=f"""Hello,

To act on {MT[2]} we require valid legal process or a signed statement from the person depicted. Please submit it through https://www.facebook.com/records.

Meta Law Enforcement Response Team
""")

case(name="ig-multilevel-thread-restricted", frm="records@meta.com", date=d(18, "12:00"),
     subject="Re: Re: Re: [KCSC-240915-01] Instagram content report", reply_to_req=R_MT, outcome="applied",
     imitates="long email thread with several quoted levels ('>' and '>>'), newest statement on top",
     why="top message: C9zK restricted in South Korea; the quoted levels mention other statuses and do not count",
     items={MT[1]: "restricted"},
     body=f"""Hello again,

Correction on our side: {MT[1]} is now unavailable in South Korea because of local law; it was not removed globally.

Meta

On Tue, Sep 17, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Thank you. Can you confirm the status of {MT[1]}?
>
> On Mon, Sep 16, 2024 at 8:20 AM Meta <records@meta.com> wrote:
>> We removed the following posts:
>> {MT[0]}
>> {MT[1]}
>> {MT[2]}
""")

# ---------------------------------------------------------------- Kakao unknown-ish / misc
case(name="daum-dmarc-fail-korean", frm="report@daum.net", auth="fail", date=d(15, "23:50"),
     subject="[KCSC-240913-01] 조치 완료", reply_to_req=R_KK, outcome="review", review="untrusted",
     imitates="spoofed Daum 조치 완료 notice failing DMARC",
     why="DMARC fail for daum.net: nothing applied, review", items={},
     body=f"""요청하신 게시물 {KK[2]} 삭제 조치 완료되었습니다.
""")

case(name="naver-wrapped-url-raw", frm="policy@navercorp.com", date=d(16, "15:00"),
     subject="RE: [KCSC-240911-01] 추가 회신", reply_to_req=R_NV, outcome="applied",
     imitates="Korean portal reply with a URL followed by a Korean particle and full-width punctuation",
     why="'…/88213에 대하여' and '…/223558710377。' — 88213 삭제 완료 (removed), blog 2 비공개 처리 (removed)",
     items={NV[2]: "removed", NV[1]: "removed"},
     body=f"""안녕하세요.

{NV[2]}에 대하여 삭제 조치를 완료하였습니다.
또한 {NV[1]}。 해당 게시물은 운영자에 의해 비공개 처리되었습니다.

감사합니다.
""")

case(name="x-per-line-mixed", frm="legal@twitter.com", date=d(17, "07:45"),
     subject="Re: Reminder KCSC-240912-01", reply_to_req=R_X, outcome="applied",
     imitates="X legal team per-line status reply to a reminder ('URL - Status')",
     why="per-line: nightveil 1 removed (account suspended), nightveil 2 not found, grey_orchid 1 still under review (pending)",
     items={XX[0]: "removed", XX[1]: "not_found"},
     body=f"""Hello,

Status of the items in your reminder:

{XX[0]} - Removed (account suspended)
{XX[1]} - Not found / post does not exist
{XX[2]} - Pending review

X Legal
""")

HEADER = """# Blind set 45 (issue 11): a general mix across many platforms, English and Korean.
# Written by tests/corpus/blind45/make.py; expected results from each email's meaning, before any run.
"""

if __name__ == "__main__":
    for c in C:
        c["from"] = c.pop("frm")
    corpuslib.write_set(HERE, "blind45", HEADER, C)
    print(len(C), "cases")
