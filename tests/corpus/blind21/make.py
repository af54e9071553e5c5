#!/usr/bin/env python3
"""Blind set 21 (issue 11): a general mix, English and Korean, eight platforms.

Expected results were written from each email's meaning before anything ran.
Deterministic: `python3 tests/corpus/blind21/make.py` rewrites cases/ and
expected.toml.
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

Y = [f"https://www.youtube.com/watch?v=b21Vq{n:02d}xKz0" for n in range(1, 13)] + [
    "https://www.youtube.com/shorts/b21Sh0rt01a", "https://www.youtube.com/shorts/b21Sh0rt02b"]
N = ["https://blog.naver.com/haneul_b21/223560000101", "https://blog.naver.com/haneul_b21/223560000102",
     "https://cafe.naver.com/b21market/1001", "https://cafe.naver.com/b21market/1002",
     "https://cafe.naver.com/b21장터/2210"]
N5_PCT = "https://cafe.naver.com/b21%EC%9E%A5%ED%84%B0/2210"
K = ["https://cafe.daum.net/b21club/Xy9k/12", "https://cafe.daum.net/b21club/Xy9k/13",
     "https://b21note.tistory.com/45", "https://b21note.tistory.com/46"]
T = ["https://www.tiktok.com/@b21dancer/video/7412000000000000101",
     "https://www.tiktok.com/@b21dancer/video/7412000000000000102",
     "https://www.tiktok.com/@b21promo/video/7412000000000000203"]
M = ["https://www.instagram.com/p/C_b21Insta01/", "https://www.instagram.com/p/C_b21Insta02/",
     "https://www.facebook.com/b21shop.page/posts/pfbid02b21AbCdEf"]
X = ["https://x.com/b21poster/status/1833000000000000011", "https://x.com/b21poster/status/1833000000000000012"]
R = ["https://www.reddit.com/r/b21deals/comments/1fb21aa/cheap_cards_here/",
     "https://www.reddit.com/r/b21deals/comments/1fb21bb/dm_for_list/"]
G = "https://t.me/b21channel/880"


def our_request_quoted(ref, urls, prefix="> "):
    lines = [f"Dear Sir or Madam,", "",
             f"The Korea Communications Standards Commission requests the removal of the",
             f"following content under request {ref}:", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please remove or block the content and reply with the result.", "",
              "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(s):
    raw = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def xlsx(rows):
    """A minimal XLSX built by hand (inline strings), fixed zip timestamps."""
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
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(sheet_rows) + '</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 13, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    raw = base64.b64encode(buf.getvalue()).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def rem(ref_mid, rem_mid):
    return [f"In-Reply-To: <{rem_mid}@kcsc.example>",
            f"References: <{ref_mid}@kcsc.example> <{rem_mid}@kcsc.example>"]


CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- YouTube (14)
case(name="yt-legal-removed-bullets", from_="legal-noreply@google.com", name_from="YouTube Legal Support",
     date="Thu, 12 Sep 2024 08:14:22 +0000", subject="Re: [KCSC-240909-01] Removal request",
     reply_to_req="req-240909-01",
     body=f"""Hello,

Thank you for your notice regarding request KCSC-240909-01.

After reviewing the content in question, we have removed the following
videos from YouTube:

  * {Y[0]}
  * {Y[1]}
  * {Y[2]}

We are still reviewing the remaining URLs in your notice and will write to
you separately about them.

For more information about how YouTube handles legal removal requests, see
https://support.google.com/youtube/answer/6154218

Regards,
The YouTube Legal Support Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal-removal outcome email (\"we have removed the following content\", help-centre link, Google LLC footer)",
     why="bulleted removal list; 'still reviewing the remaining URLs' promises nothing; help link is not an item",
     items={Y[0]: "removed", Y[1]: "removed", Y[2]: "removed"})

case(name="yt-blocked-in-korea-prose", from_="legal-noreply@google.com", name_from="YouTube Legal Support",
     date="Fri, 13 Sep 2024 02:40:05 +0000", subject="Re: [KCSC-240909-01] Removal request - outcome",
     reply_to_req="req-240909-01",
     body=f"""Hi,

We have reviewed your request. Having considered the local law you cited, we
have restricted access to the following videos for viewers in South Korea;
they remain available in other countries:

{Y[3]}
{Y[4]}

YouTube may share a copy of this request with Lumen (lumendatabase.org).
Learn more: https://support.google.com/legal/answer/3110420

Sincerely,
Google Legal Removals
""",
     outcome="applied", classification="confirmation",
     imitates="Google/YouTube local-law geo-block outcome (\"restricted access ... in South Korea\", Lumen notice)",
     why="country restriction stated before a plain URL list",
     items={Y[3]: "restricted", Y[4]: "restricted"})

case(name="yt-status-below-bare-url", from_="youtube-trust@youtube.com", name_from="YouTube Trust & Safety",
     date="Fri, 13 Sep 2024 09:02:44 +0000", subject="Your report - KCSC-240909-01",
     reply_to_req="req-240909-01",
     body=f"""Hello KCSC team,

Here is the outcome for two of the items in your report.

{Y[5]}
Age-restricted. The video is no longer visible to signed-out viewers or users under 18.

{Y[6]}
Taken down for violating our Community Guidelines.

Community Guidelines: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Best,
YouTube Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube age-restriction and Community Guidelines removal notices, one status on the line below each URL",
     why="status on the line below a bare URL; age restriction is restricted",
     items={Y[5]: "restricted", Y[6]: "removed"})

case(name="yt-no-violation-found", from_="legal-noreply@google.com", name_from="YouTube Legal Support",
     date="Sat, 14 Sep 2024 01:11:09 +0000", subject="Re: [KCSC-240909-01] Removal request",
     reply_to_req="req-240909-01",
     body=f"""Hello,

Thanks for reaching out. We reviewed {Y[7]} and did not find a violation of
our Community Guidelines or of the local law cited in your notice, so we
will not be taking action on this video at this time.

If you have additional information, such as a court order, you can submit
it at https://support.google.com/legal/contact/lr_legalother

Regards,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube 'no action taken' legal reply (\"did not find a violation ... will not be taking action\")",
     why="negated action with a reason is a rejection; the invitation to send a court order does not hedge it",
     items={Y[7]: "rejected"})

CSV_YT = "url,action,date\n" + f"{Y[8]},Removed - Community Guidelines,2024-09-14\n" + \
    f"{Y[9]},Not found - video does not exist,2024-09-14\n"
case(name="yt-csv-attachment", from_="legal-noreply@google.com", name_from="YouTube Legal Support",
     date="Sat, 14 Sep 2024 06:30:00 +0000", subject="Re: [KCSC-240909-01] Removal request - results file",
     reply_to_req="req-240909-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="b21-yt-csv"

--b21-yt-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the results for two URLs from request KCSC-240909-01.

YouTube Legal Support

--b21-yt-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_results.csv"
Content-Transfer-Encoding: base64

{b64(CSV_YT)}
--b21-yt-csv--
""",
     outcome="applied", classification="confirmation",
     imitates="bulk legal-removal result spreadsheet sent by a platform's legal team (url/action columns)",
     why="CSV attachment rows: one removal, one 'does not exist'",
     items={Y[8]: "removed", Y[9]: "not_found"})

HTML_YT = f"""<html><body style="font-family:Roboto,Arial">
<p>Hello,</p>
<p>Your request <b>KCSC-240909-01</b> has been processed. Decisions:</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Decision</th></tr>
<tr><td><a href="{Y[10]}">{Y[10]}</a></td><td>Blocked in KR (local law)</td></tr>
<tr><td><a href="{Y[11]}">{Y[11]}</a></td><td>No action &ndash; does not violate local law or our policies</td></tr>
</table>
<p><a href="https://support.google.com/youtube/answer/2802027">How YouTube reviews reports</a></p>
<p style="color:#777">Please do not reply to this email. Case ID 8-1123000021</p>
</body></html>"""
case(name="yt-html-only-ticket-table", from_="legal-noreply@google.com", name_from="YouTube Legal Support",
     date="Sun, 15 Sep 2024 03:00:00 +0000", subject="[Case ID 8-1123000021] KCSC-240909-01 decisions",
     reply_to_req="req-240909-01",
     raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HTML_YT)}""",
     outcome="applied", classification="confirmation",
     imitates="HTML-only ticket-system decision mail with a URL/decision table (Google legal case ID footer)",
     why="HTML-only QP table: geo-block = restricted, 'No action - does not violate' = rejected",
     items={Y[10]: "restricted", Y[11]: "rejected"})

case(name="yt-hedged-will-take-action", from_="legal-noreply@google.com", name_from="YouTube Legal Support",
     date="Mon, 16 Sep 2024 05:20:00 +0000", subject="Re: [KCSC-240909-01] Removal request",
     reply_to_req="req-240909-01",
     body=f"""Hello,

Regarding {Y[12]}: our team is looking into this Short. If it is found to
violate our policies, we will take appropriate action, which may include
removing it.

Regards,
YouTube Legal Support
""",
     outcome="review", review="not_understood",
     imitates="YouTube 'we are looking into it / may take action' interim reply",
     why="future and conditional only; names a requested item, so review, not ignore",
     items={})

case(name="yt-reply-to-reminder-nested-quotes", from_="legal-noreply@google.com", name_from="YouTube Legal Support",
     date="Tue, 17 Sep 2024 07:45:00 +0000", subject="Re: Re: Reminder: [KCSC-240909-01] outstanding items",
     extra_headers=rem("req-240909-01", "rem-240909-01-1"),
     body=f"""Hello again,

The Short {Y[12]} has now been removed from YouTube.

Regards,
YouTube Legal Support

On Mon, Sep 16, 2024 at 6:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: two items of KCSC-240909-01 are still outstanding:
> {Y[12]}
> {Y[13]}
>
> On Fri, Sep 13, 2024 at 9:02 AM YouTube Trust & Safety wrote:
>> {Y[13]}
>> Removed for violating our Community Guidelines.
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail-style reply to a reminder with two quote levels (\"On ... wrote:\")",
     why="only the top statement counts; the removal of the other Short appears only in quoted text",
     items={Y[12]: "removed"})

case(name="yt-ticket-received", from_="legal-noreply@google.com", name_from="YouTube Legal Support",
     date="Mon, 09 Sep 2024 03:05:00 +0000", subject="We received your legal request [8-1122000010]",
     reply_to_req="req-240909-01",
     body="""Hello,

Thank you for contacting Google. We have received your request and a case
has been created (Case ID 8-1122000010). Our team will review it and get
back to you. You do not need to submit your request again.

Regards,
Google Legal Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal-request automatic case receipt",
     why="pure receipt, names no item, states nothing",
     items={})

case(name="yt-numbered-statement-above-url", from_="youtube-trust@youtube.com", name_from="YouTube Trust & Safety",
     date="Tue, 17 Sep 2024 10:10:00 +0000", subject="KCSC-240909-01: update",
     reply_to_req="req-240909-01",
     body=f"""Hi team,

1. Removed under our harassment and cyberbullying policy:
   {Y[13]}
2. Could not be found; the link appears to be invalid:
   {Y[11]}

Thanks,
YouTube Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube Trust & Safety per-item list, statement on the line above its URL",
     why="numbered list with the URL on the line below its statement",
     items={Y[13]: "removed", Y[11]: "not_found"})

case(name="yt-multi-level-thread-top-post", from_="legal-noreply@google.com", name_from="YouTube Legal Support",
     date="Wed, 18 Sep 2024 01:00:00 +0000", subject="RE: [KCSC-240909-01] Removal request",
     reply_to_req="req-240909-01",
     body=f"""Hello,

Following your escalation, {Y[4]} has now been removed globally.

Regards,
YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 3:00 PM
Subject: RE: [KCSC-240909-01] Removal request

Please remove the video worldwide rather than only in Korea.

-----Original Message-----
From: YouTube Legal Support <legal-noreply@google.com>
Sent: Friday, September 13, 2024 11:40 AM

We have restricted access to {Y[5]} for viewers in South Korea.

{our_request_quoted("KCSC-240909-01", Y[3:6])}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook thread with several '-----Original Message-----' levels, answer top-posted",
     why="only the top statement counts; the restriction of another video sits in the quoted history",
     items={Y[4]: "removed"})

# ---------------------------------------------------------------- NAVER (5)
case(name="naver-temporary-measure-44-2", from_="noreply_report@navercorp.com", name_from="네이버 고객센터",
     date="Wed, 11 Sep 2024 06:00:00 +0000", subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240910-01)",
     reply_to_req="req-240910-01",
     body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 정보통신망 이용촉진 및
정보보호 등에 관한 법률 제44조의2에 따라 30일간 임시조치를 하였습니다.

- 대상 게시물: {N[0]}
- 대상 게시물: {N[1]}

임시조치 기간 동안 게시물은 외부에 노출되지 않으며, 게시자는 재게시를
요청할 수 있습니다. 자세한 내용은 고객센터 도움말
(https://help.naver.com/service/5640/contents/19054)을 참고해 주세요.

감사합니다.
NAVER Corp.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 요청 처리 결과 안내 (임시조치 under Article 44-2, 재게시 요청 notice, help link)",
     why="임시조치 is a restriction; help link is not an item",
     items={N[0]: "restricted", N[1]: "restricted"})

HTML_NV = f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240910-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[2]}</td><td>삭제</td><td>운영정책 위반</td></tr>
<tr><td>2</td><td>{N[3]}</td><td>게시물 없음</td><td>작성자가 이미 삭제</td></tr>
<tr><td>3</td><td>{N5_PCT}</td><td>비공개 처리</td><td>카페 운영자 통보</td></tr>
</table>
<p>네이버 정책지원팀 드림</p>
</body></html>"""
case(name="naver-kcsc-result-html-table", from_="policy@navercorp.com", name_from="네이버 정책지원팀",
     date="Thu, 12 Sep 2024 08:30:00 +0000", subject="RE: [시정요구] KCSC-240910-01 조치 결과 회신",
     reply_to_req="req-240910-01",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="b21-nv"

--b21-nv
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HTML_NV)}
--b21-nv--
""",
     outcome="applied", classification="confirmation",
     imitates="KCSC 시정요구 조치결과 회신 table (번호/URL/조치결과/비고) as Korean portals send it",
     why="삭제=removed; 게시물 없음 (author deleted)=not_found; 비공개 처리=removed; Korean path percent-encoded",
     items={N[2]: "removed", N[3]: "not_found", N[4]: "removed"})

case(name="naver-under-review", from_="policy@navercorp.com", name_from="네이버 정책지원팀",
     date="Fri, 13 Sep 2024 02:00:00 +0000", subject="RE: [시정요구] KCSC-240910-01",
     reply_to_req="req-240910-01",
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 {N[0]} 게시물은 현재 내부 검토 중이며, 검토가 끝나는 대로
조치 여부를 안내드릴 예정입니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="NAVER 'currently under internal review, will inform' interim reply",
     why="under review, future only; names a requested item, so review",
     items={})

case(name="naver-asks-official-letter", from_="policy@navercorp.com", name_from="네이버 정책지원팀",
     date="Fri, 13 Sep 2024 05:00:00 +0000", subject="RE: [시정요구] KCSC-240910-01 추가 자료 요청",
     reply_to_req="req-240910-01",
     body=f"""안녕하세요.

{N[1]} 건의 처리를 위해 심의 의결서 사본 또는 공문을 추가로 보내주시기
바랍니다. 자료를 받는 대로 검토하겠습니다.

네이버 정책지원팀
""",
     outcome="review", classification="request_for_info", review="asks_more",
     imitates="Korean portal request for the 의결서/공문 before acting",
     why="asks for documents; nothing done yet",
     items={})

case(name="naver-receipt-number", from_="noreply_report@navercorp.com", name_from="네이버 고객센터",
     date="Tue, 10 Sep 2024 02:05:00 +0000", subject="[네이버] 신고가 접수되었습니다",
     reply_to_req="req-240910-01",
     body="""안녕하세요. 네이버 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다. (접수번호: 2024091000231)
담당자가 확인 후 순차적으로 답변드리겠습니다.

본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER 고객센터 신고 접수 완료 automatic mail",
     why="pure receipt (접수번호), no item, nothing stated",
     items={})

case(name="naver-names-kakao-item", from_="policy@navercorp.com", name_from="네이버 정책지원팀",
     date="Thu, 12 Sep 2024 09:00:00 +0000", subject="RE: 시정요구 관련 문의",
     body=f"""안녕하세요.

문의하신 {K[0]} 게시물은 네이버 서비스가 아닌 다음 카페 게시물로 확인되어
저희 쪽에서는 삭제하였다고 말씀드릴 수 없습니다. 해당 서비스 사업자에게
요청해 주시기 바랍니다.

네이버 정책지원팀
""",
     outcome="review", review="wrong_platform",
     imitates="portal reply pointing out that the URL belongs to another service",
     why="a NAVER email about a Kakao item can never set its status; the reason could also be read as not_understood",
     items={})

# ---------------------------------------------------------------- Kakao (4)
case(name="kakao-blind-notice", from_="cleancenter@daum.net", name_from="Daum 고객센터",
     date="Thu, 12 Sep 2024 01:30:00 +0000", subject="[Daum] 신고하신 게시물 처리 결과 안내",
     reply_to_req="req-240911-01",
     body=f"""안녕하세요, Daum 고객센터입니다.

신고하신 아래 게시물을 확인한 결과 운영정책 위반 사항이 확인되어
블라인드 처리하였습니다.

▶ {K[0]}
▶ {K[1]}

블라인드 처리된 게시물은 카페 회원을 포함한 누구도 열람할 수 없습니다.
운영정책: https://cs.daum.net/faq/63/11494.html

감사합니다.
카카오 고객센터
""",
     outcome="applied", classification="confirmation",
     imitates="Daum 클린센터 '신고가 접수되어 살펴본 결과 ... 블라인드 처리' notice",
     why="블라인드 처리 counts as removal; FAQ link is not an item",
     items={K[0]: "removed", K[1]: "removed"})

case(name="kakao-xlsx-results", from_="report@kakaocorp.com", name_from="카카오 정책팀",
     date="Fri, 13 Sep 2024 01:00:00 +0000", subject="RE: KCSC-240911-01 조치 결과",
     reply_to_req="req-240911-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="b21-kk"

--b21-kk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 정책팀입니다.
요청하신 티스토리 게시물 2건의 조치 결과를 첨부 파일로 회신드립니다.

--b21-kk
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240911-01.xlsx"
Content-Disposition: attachment; filename="KCSC-240911-01.xlsx"
Content-Transfer-Encoding: base64

{xlsx([["URL", "조치결과", "사유"], [K[2], "삭제", "운영정책 위반"], [K[3], "조치 불가", "위반 사항 없음"]])}
--b21-kk--
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao policy team result spreadsheet (URL/조치결과/사유)",
     why="XLSX rows: 삭제 = removed; 조치 불가 with 위반 사항 없음 = rejected",
     items={K[2]: "removed", K[3]: "rejected"})

case(name="kakao-dmarc-fail", from_="cleancenter@daum.net", name_from="Daum 고객센터", auth="fail",
     date="Fri, 13 Sep 2024 04:00:00 +0000", subject="[Daum] 신고하신 게시물 처리 결과 안내",
     reply_to_req="req-240911-01",
     body=f"""안녕하세요, Daum 고객센터입니다.

신고하신 게시물 {K[0]} 을 삭제하였습니다.

감사합니다.
""",
     outcome="review", review="untrusted",
     imitates="Daum 처리 결과 notice, but DMARC fails",
     why="perfect confirmation failing authentication must be seen, never applied",
     items={})

case(name="kakao-out-of-office", from_="jiyoung.han@kakaocorp.com", name_from="한지영",
     date="Wed, 11 Sep 2024 05:10:00 +0000", subject="[자동응답] 부재중입니다: KCSC-240911-01",
     reply_to_req="req-240911-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 한지영입니다.
9월 11일부터 9월 18일까지 휴가로 부재중입니다.
급한 용무는 report@kakaocorp.com 으로 보내주시기 바랍니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean Outlook/Daum 부재중 자동응답",
     why="out-of-office auto-reply",
     items={})

case(name="kakao-url-with-particle", from_="report@kakaocorp.com", name_from="카카오 정책팀",
     date="Mon, 16 Sep 2024 02:00:00 +0000", subject="RE: KCSC-240911-01",
     reply_to_req="req-240911-01",
     body=f"""안녕하세요.

{K[1]}에 대하여 게시중단 조치를 완료하였습니다.
나머지 게시물은 확인 후 별도로 회신드리겠습니다.

카카오 정책팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 게시중단 조치 완료 short reply",
     why="URL followed by a Korean particle; 게시중단 = removed; the rest is a promise",
     items={K[1]: "removed"})

# ---------------------------------------------------------------- TikTok (3)
case(name="tiktok-removed-and-geo-restricted", from_="legal-kr@tiktok.com", name_from="TikTok Legal",
     date="Fri, 13 Sep 2024 07:00:00 +0000", subject="Re: KCSC-240912-01 - Content report outcome",
     reply_to_req="req-240912-01",
     body=f"""Dear Sir/Madam,

Thank you for your report. We reviewed the content and took the following
action:

- {T[0]}: removed for violating our Community Guidelines.
- {T[1]}: restricted in your country/region in accordance with local law.

You can learn more about our Community Guidelines at
https://www.tiktok.com/community-guidelines

Kind regards,
TikTok Trust and Safety
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok report-outcome notice (removed for violating Community Guidelines / restricted in your country or region)",
     why="one removal, one country restriction, third item not mentioned",
     items={T[0]: "removed", T[1]: "restricted"})

TT_QP = f"""Hello,

We were unable to locate the content at the link below. The link may be
incorrect, or the video may no longer exist on TikTok.

{T[2]}

If you have a different link, please submit a new report.

TikTok Trust and Safety
"""
case(name="tiktok-unable-to-locate-qp", from_="legal-kr@tiktok.com", name_from="TikTok Legal",
     date="Sat, 14 Sep 2024 03:00:00 +0000", subject="Re: KCSC-240912-01",
     reply_to_req="req-240912-01",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(TT_QP)}""",
     outcome="applied", classification="confirmation",
     imitates="TikTok 'we were unable to locate the content' reply",
     why="'unable to locate' is stated plainly; the 'may' sentence only guesses why; URL below the statement",
     items={T[2]: "not_found"})

case(name="tiktok-lookalike-domain", from_="safety@tiktok-support-center.com", name_from="TikTok Safety",
     date="Sat, 14 Sep 2024 05:00:00 +0000", subject="Re: KCSC-240912-01 - Content removed",
     reply_to_req="req-240912-01",
     body=f"""Hello,

The video {T[0]} has been removed. To confirm the closing of this case
please log in at https://tiktok-support-center.com/verify

TikTok Safety
""",
     outcome="review", review="unknown_sender",
     imitates="look-alike-domain phishing mail imitating a TikTok outcome notice",
     why="unknown sender naming our item must be seen, never applied",
     items={})

case(name="tiktok-restricted-and-still-reviewing", from_="legal-kr@tiktok.com", name_from="TikTok Legal",
     date="Tue, 17 Sep 2024 08:00:00 +0000", subject="Re: KCSC-240912-01 follow-up",
     reply_to_req="req-240912-01",
     body=f"""Hi,

We have age-restricted {T[1]}, so it is no longer shown to users under 18.
{T[2]} is still under review by our team; we will update you once a decision
has been made.

TikTok Trust and Safety
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok partial outcome: age restriction plus 'still under review'",
     why="age-restricted = restricted; the other item is under review and stays pending",
     items={T[1]: "restricted"})

# ---------------------------------------------------------------- X (2)
case(name="x-withheld-and-no-violation", from_="legal@x.com", name_from="X Legal",
     date="Fri, 13 Sep 2024 09:00:00 +0000", subject="Re: KCSC-240913-01 [ref:_00D0b21X:ref]",
     reply_to_req="req-240913-01",
     body=f"""Hello,

We have reviewed your report. In accordance with applicable law, X has
withheld the following post in South Korea:
{X[0]}

We have also reviewed {X[1]}, and determined that it is not in violation of
the X Rules (https://help.x.com/rules-and-policies/x-rules) or local law.
We are therefore not taking action on it.

Thanks,
X
""",
     outcome="applied", classification="confirmation",
     imitates="X country-withheld content notice and 'not in violation of the X Rules' reply (Salesforce ref tag)",
     why="withheld in country = restricted; not in violation + not taking action = rejected",
     items={X[0]: "restricted", X[1]: "rejected"})

case(name="x-top-posted-outlook", from_="legal@x.com", name_from="X Legal",
     date="Mon, 16 Sep 2024 01:30:00 +0000", subject="RE: KCSC-240913-01",
     reply_to_req="req-240913-01",
     body=f"""Update: the post {X[1]} was removed for violating our rules on
non-consensual nudity.

X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240913-01

{our_request_quoted("KCSC-240913-01", X, prefix="")}
""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply top-posted above an Outlook '-----Original Message-----' quote of our request",
     why="only the top statement counts; our quoted, unprefixed request lists both posts with 'remove'",
     items={X[1]: "removed"})

DSN_TEXT = """This is the mail system at host mx2.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-old@x.com>: host mx2.x.com said: 550 5.1.1 User unknown
"""
case(name="x-bounce-of-reminder", from_="MAILER-DAEMON@x.com", name_from="Mail Delivery System",
     date="Tue, 17 Sep 2024 01:01:30 +0000", subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b21-dsn"

--b21-dsn
Content-Type: text/plain; charset=us-ascii

{DSN_TEXT}
--b21-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.x.com
Arrival-Date: Tue, 17 Sep 2024 10:00:00 +0900

Final-Recipient: rfc822; legal-kr-old@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--b21-dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@x.com
Subject: Reminder: KCSC-240913-01 ({X[0]})
Message-ID: <rem-240913-01-1@kcsc.example>
References: <req-240913-01@kcsc.example>

--b21-dsn--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (multipart/report delivery-status) bouncing our reminder",
     why="bounce of our own reminder; the returned headers name an item but state nothing",
     items={})

case(name="x-asks-legal-order", from_="legal@x.com", name_from="X Legal",
     date="Tue, 17 Sep 2024 04:00:00 +0000", subject="Re: KCSC-240913-01 [ref:_00D0b21X:ref]",
     reply_to_req="req-240913-01",
     body=f"""Hello,

Before we can process your request regarding {X[0]} and {X[1]}, please
provide a copy of the legal decision or order relied upon, translated into
English, and confirm the specific law that the content violates.

Thanks,
X
""",
     outcome="review", classification="request_for_info", review="asks_more",
     imitates="X legal-request 'please provide a copy of the legal order' reply",
     why="asks for more; nothing done",
     items={})

# ---------------------------------------------------------------- Telegram (1)
case(name="tg-one-line-blocked", from_="abuse@telegram.org", name_from="Telegram Abuse",
     date="Tue, 17 Sep 2024 06:00:00 +0000", subject="Re: KCSC-240917-01",
     reply_to_req="req-240917-01",
     body=f"""Hello,

{G} has been blocked.

--
Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk one-line reply (URL and one sentence)",
     why="a notice that is only a URL and one sentence; 'blocked' is removal",
     items={G: "removed"})

case(name="tg-read-receipt", from_="dsa@telegram.org", name_from="Telegram DSA",
     date="Tue, 17 Sep 2024 02:00:00 +0000", subject="Read: KCSC-240917-01",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b21-mdn"

--b21-mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: dsa@telegram.org
  Subject: KCSC-240917-01 ({G})

was read on Tuesday, 17 September 2024 11:00.

--b21-mdn
Content-Type: message/disposition-notification

Reporting-UA: telegram.org; Mailer
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <req-240917-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b21-mdn--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook/Thunderbird MDN read receipt (multipart/report disposition-notification)",
     why="read receipt",
     items={})

case(name="tg-channel-admin-gmail", from_="b21channel.admin@gmail.com", name_from="b21channel admin",
     date="Tue, 17 Sep 2024 09:30:00 +0000", subject="Re: KCSC-240917-01",
     reply_to_req="req-240917-01",
     body=f"""hello, I am the admin of this channel. I deleted the post
{G} myself today, please close the case.
""",
     outcome="review", review="unknown_sender",
     imitates="uploader/admin writing to the regulator from a personal mailbox",
     why="unknown sender claiming a removal for our item must go to review",
     items={})

# ---------------------------------------------------------------- Meta (3)
case(name="meta-local-law-echoed-report", from_="noreply@fb.com", name_from="Meta",
     date="Sat, 14 Sep 2024 02:00:00 +0000", subject="Your report has been reviewed (KCSC-240913-02)",
     reply_to_req="req-240913-02",
     body=f"""Hi,

Thanks for your report. We've restricted access to the content you reported
in South Korea, based on local law. It remains available elsewhere.

Your report
-----------
Reference: KCSC-240913-02
Reported content:
{M[0]}
{M[1]}
Reason: Local law

Learn more about how we respond to reports based on local law:
https://transparency.meta.com/reports/content-restrictions/

The Meta Team
""",
     outcome="applied", classification="confirmation",
     imitates="Meta local-law content-restriction outcome followed by an echoed 'Your report' block",
     why="statement about 'the content you reported' followed by the echoed report that lists it",
     items={M[0]: "restricted", M[1]: "restricted"})

META_HTML = f"""<html><body><p>Hi,</p><p>We removed this content because it goes against our
<a href="https://transparency.meta.com/policies/community-standards/">Community Standards</a>:</p>
<p><a href="{M[2]}">{M[2]}</a></p><p>The Meta Team</p></body></html>"""
META_TXT = f"""Hi,

We removed this content because it goes against our Community Standards:
{M[2]}

Community Standards: https://transparency.meta.com/policies/community-standards/

The Meta Team
"""
case(name="meta-removed-multipart-base64", from_="noreply@fb.com", name_from="Facebook",
     date="Mon, 16 Sep 2024 03:00:00 +0000", subject="Update on your report (KCSC-240913-02)",
     reply_to_req="req-240913-02",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="b21-meta"

--b21-meta
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(META_TXT)}
--b21-meta
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(META_HTML)}
--b21-meta--
""",
     outcome="applied", classification="confirmation",
     imitates="Facebook 'We removed this content because it goes against our Community Standards' notice",
     why="multipart/alternative base64; policy link is not an item",
     items={M[2]: "removed"})

case(name="meta-status-below-url-mixed", from_="support@instagram.com", name_from="Instagram",
     date="Tue, 17 Sep 2024 05:00:00 +0000", subject="Re: KCSC-240913-02",
     reply_to_req="req-240913-02",
     body=f"""Hello,

{M[0]}
We couldn't find anything at this link. It may have been deleted by the person who shared it.

{M[1]}
This post doesn't go against our Community Guidelines, so we've left it up.

Instagram Help Center: https://help.instagram.com/

Instagram
""",
     outcome="applied", classification="confirmation",
     imitates="Instagram report outcome phrasings ('couldn't find', 'doesn't go against our Community Guidelines')",
     why="status below each bare URL: not found, and left up = rejected",
     items={M[0]: "not_found", M[1]: "rejected"})

case(name="meta-names-tiktok-item", from_="noreply@fb.com", name_from="Meta",
     date="Tue, 17 Sep 2024 06:30:00 +0000", subject="Re: KCSC-240913-02",
     reply_to_req="req-240913-02",
     body=f"""Hi,

The link you included, {T[0]}, is not on Facebook or Instagram, so we have
removed nothing and cannot take action on it.

The Meta Team
""",
     outcome="review", review="wrong_platform",
     imitates="platform reply pointing out that a link is on another service",
     why="Meta speaks about a TikTok item; no status may follow; reason could also be read as not_understood",
     items={})

# ---------------------------------------------------------------- Reddit (2)
case(name="reddit-removed-and-invalid-link", from_="noreply@reddit.com", name_from="Reddit Safety",
     date="Tue, 17 Sep 2024 02:30:00 +0000", subject="Re: KCSC-240916-01 - Reddit Legal",
     reply_to_req="req-240916-01",
     body=f"""Hi there,

Thanks for your report. After investigating, we've found that the following
post violates Reddit's Content Policy and it has been removed:
{R[0]}

We were not able to find the second post you reported
({R[1]}); the link appears to be invalid.

Reddit Content Policy: https://www.redditinc.com/policies/content-policy

- Reddit Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit safety report-outcome message ('violates Reddit's Content Policy ... removed'; 'not able to find')",
     why="URL below its statement; URL in parentheses with not-found statement",
     items={R[0]: "removed", R[1]: "not_found"})

case(name="reddit-auto-ticket", from_="support@reddit.com", name_from="Reddit Help",
     date="Mon, 16 Sep 2024 01:05:00 +0000", subject="[Reddit Help] Request received: KCSC-240916-01",
     reply_to_req="req-240916-01",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hi,

Thanks for contacting Reddit. Your request (#11250021) has been received and
is being reviewed by our team. We will follow up by email.

This is an automated message. Please do not reply.
""",
     outcome="ignored",
     imitates="Zendesk-style 'Request received' auto-confirmation (Reddit Help)",
     why="automated ticket receipt; class may be acknowledgement or auto_reply",
     items={})

case(name="reddit-may-be-removed", from_="noreply@reddit.com", name_from="Reddit Safety",
     date="Tue, 17 Sep 2024 07:00:00 +0000", subject="Re: KCSC-240916-01",
     reply_to_req="req-240916-01",
     body=f"""Hi there,

Thanks for following up. {R[1]} may be removed if our admins determine that
it breaks the Content Policy. We'll let you know.

- Reddit Safety
""",
     outcome="review", review="not_understood",
     imitates="Reddit 'may be removed if our admins determine' interim reply",
     why="modal and conditional about the future; names an item, so review",
     items={})

case(name="yt-ack-plus-statement", from_="youtube-trust@youtube.com", name_from="YouTube Trust & Safety",
     date="Wed, 18 Sep 2024 04:00:00 +0000", subject="Re: KCSC-240909-01 - we received your reminder",
     extra_headers=rem("req-240909-01", "rem-240909-01-2"),
     body=f"""Hello,

We have received your reminder. For your information, the video
{Y[9]} had already been taken down by our team on 12 September, and {Y[8]} has also been taken down
today.

YouTube Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="reply to a reminder that opens with a receipt phrase and then states outcomes",
     why="acknowledgement phrase plus unhedged statements is not an acknowledgement; both removed",
     items={Y[9]: "removed", Y[8]: "removed"})

HEADER = """# Blind set 21 (issue 11): generated by make.py; expected results written
# from each email's meaning before the reader was run. Do not edit by hand.
"""

if __name__ == "__main__":
    for c in CASES:
        c["from"] = c.pop("from_")
    write_set(HERE, "blind21", HEADER, CASES)
    print(len(CASES), "cases")
