#!/usr/bin/env python3
"""blind41: a general mix (English and Korean, seven platforms) written blind
for issue 11. Expected results are written here from each email's meaning,
before anything was run. Deterministic: run it twice, nothing changes."""
import base64, io, os, quopri, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({"kakaocorp.com": "Kakao", "daum.net": "Daum",
    "tiktok.com": "TikTok", "meta.com": "Meta", "fb.com": "Meta", "instagram.com": "Instagram"})

Y = ["https://www.youtube.com/watch?v=Qm3xTr7Lp0a", "https://www.youtube.com/watch?v=Zk8wPq2Nn1b",
     "https://youtu.be/Hf4sLd9Ke2c", "https://www.youtube.com/shorts/Wr5yUb3Ja3d",
     "https://www.youtube.com/@가짜채널41", "https://www.youtube.com/watch?v=Pn6tGc4Ib4e",
     "https://www.youtube.com/watch?v=Lj7uFv5Hc5f", "https://www.youtube.com/shorts/Xe8iDx6Gd6g",
     "https://www.youtube.com/watch?v=Bc9oSz7Fe7h", "https://youtu.be/Ma0pAw8Ef8i",
     "https://www.youtube.com/watch?v=Td1qRy9Dg9j", "https://www.youtube.com/channel/UCq41fakeChannelId0000zz",
     "https://www.youtube.com/watch?v=Gs2wEu0Ch0k", "https://www.youtube.com/watch?v=Vk3eIo1Bi1m"]
N = ["https://blog.naver.com/fakeblog41/223500110001", "https://blog.naver.com/fakeblog41/223500110002",
     "https://cafe.naver.com/fakecafe41/55501",
     "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=8&docId=471100001",
     "https://blog.naver.com/otherfake41/223500119999"]
X = ["https://x.com/fake_acct41/status/1833000000000000411", "https://x.com/fake_acct41/status/1833000000000000412",
     "https://twitter.com/spoof_seller41/status/1833000000000000413", "https://x.com/another_fake41"]
T = ["https://t.me/fake_market41/201", "https://t.me/fake_market41/202", "https://t.me/fakedrops41"]
K = ["https://cafe.daum.net/fakecafe41/Abcd/1201", "https://open.kakao.com/o/gFake41xy"]
TT = ["https://www.tiktok.com/@fake.creator41/video/7413000000000000411"]
M = ["https://www.instagram.com/p/C41FakePost1/", "https://www.facebook.com/fakepage41/posts/pfbid041fake",
     "https://www.instagram.com/fake.seller41/"]
RY, RN, RX, RT, RK, RTT, RM = ("req-240909-01", "req-240910-01", "req-240911-01", "req-240912-01",
                               "req-240913-01", "req-240916-01", "req-240917-01")


def q(lines):
    return "\n".join("> " + l if l else ">" for l in lines.split("\n"))


REQ_Y = "Dear YouTube Legal Team,\n\nUnder Article 44-7 of the Network Act the KCSC requests removal of the\nfollowing items (ref KCSC-240909-01):\n\n" + "\n".join(f"{i+1}. {u}" for i, u in enumerate(Y)) + "\n\nKCSC Takedown Desk"


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def mixed(parts, boundary):
    out = [f'Content-Type: multipart/mixed; boundary="{boundary}"', ""]
    for p in parts:
        out += [f"--{boundary}", p.strip("\n"), ""]
    out.append(f"--{boundary}--")
    return "\n".join(out)


def alt(text, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{b64(text)}\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{b64(html)}\n"
            f"--{boundary}--")


def xlsx(rows):
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        sheet.append(f'<row r="{r}">' + "".join(cell(f"{chr(65+c)}{r}", v) for c, v in enumerate(row)) + "</row>")
    sheet.append("</sheetData></worksheet>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Results" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": "".join(sheet),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 13, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return base64.encodebytes(buf.getvalue()).decode("ascii")


C = []


def case(**kw):
    C.append(kw)


# ---------------- YouTube, largest request KCSC-240909-01 (14 items) ----------------
case(name="yt-legal-removed-bullets", frm="legal-support@google.com", date="Tue, 10 Sep 2024 16:20:00 +0900",
     subject="Re: [KCSC-240909-01] Removal request", reply_to_req=RY,
     body=f"""Hello,

Thank you for reaching out to YouTube. Following our review of your request, we have removed the following content from YouTube:

  * {Y[0]}
  * {Y[1]}
  * {Y[2]}
  * {Y[3]}

You can learn more about how we handle government requests at https://support.google.com/youtube/answer/2802027 .

Regards,
The YouTube Legal Support Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043

{q(REQ_Y)}
""", outcome="applied", items={Y[0]: "removed", Y[1]: "removed", Y[2]: "removed", Y[3]: "removed"},
     imitates="YouTube 'your content has been removed from YouTube' notice / legal support reply with bulleted list",
     why="unhedged 'we have removed the following content' over a bulleted list; help link is not an item; quoted request ignored")

case(name="yt-geo-restricted-korean-handle", frm="legal-support@google.com", date="Wed, 11 Sep 2024 09:05:00 +0900",
     subject="Re: [KCSC-240909-01] Removal request - local law", reply_to_req=RY,
     body=f"""Hi,

We reviewed the channel {Y[4]} and the video {Y[5]}。 Access to both has been restricted in South Korea on the basis of local law; they remain available in other countries.

For our policies on legal removals see https://support.google.com/youtube/answer/6154230 .

Best,
YouTube Legal Support
""", outcome="applied", items={Y[4]: "restricted", Y[5]: "restricted"},
     imitates="YouTube/Google local-law geo-block reply ('restricted in [country] on the basis of local law')",
     why="country restriction of the raw-Korean channel handle IRI and a video followed by full-width '。'")

case(name="yt-status-below-bare-url", frm="legal-support@google.com", date="Wed, 11 Sep 2024 15:40:00 +0900",
     subject="Re: [KCSC-240909-01] Outcome of review", reply_to_req=RY,
     body=f"""Hello KCSC team,

Here is the outcome for the items we have reviewed so far:

{Y[6]}
Removed for violating our Community Guidelines.

{Y[7]}
No action taken. After review this content does not violate our policies and remains available.

{Y[8]}
Blocked in KR under local law.

Thanks,
YouTube Trust & Safety
""", outcome="applied", items={Y[6]: "removed", Y[7]: "rejected", Y[8]: "restricted"},
     imitates="YouTube Trusted Flagger per-item outcome email (status on the line below each URL)",
     why="each status sits on the line(s) below its bare URL; 'no action taken ... does not violate' is a rejection")

case(name="yt-html-only-ticket-table", frm="noreply-legal@google.com", date="Thu, 12 Sep 2024 10:12:00 +0900",
     subject="Your legal request 7-3341000041 has been processed", reply_to_req=RY, type="html",
     body=f"""<html><body><p>Hello,</p><p>We have processed your legal request <b>7-3341000041</b>. Results per URL:</p>
<table border="1"><tr><th>URL</th><th>Action</th></tr>
<tr><td><a href="{Y[9]}">{Y[9]}</a></td><td>Content removed</td></tr>
<tr><td><a href="{Y[10]}">{Y[10]}</a></td><td>Could not locate content at this URL</td></tr>
<tr><td><a href="{Y[11]}">{Y[11]}</a></td><td>Channel terminated</td></tr>
</table><p>If you believe a decision is wrong you may <a href="https://support.google.com/legal/answer/3110420">submit a new request</a>.</p>
<p>Google Legal Removals &middot; Do not reply to this message.</p></body></html>""",
     outcome="applied", items={Y[9]: "removed", Y[10]: "not_found", Y[11]: "removed"},
     imitates="Google legal-removals ticket-system HTML notice with per-URL results table",
     why="HTML-only table; terminated channel counts as removed; help link not an item")

case(name="yt-age-restricted-alternative", frm="legal-support@google.com", date="Thu, 12 Sep 2024 17:30:00 +0900",
     subject="Re: [KCSC-240909-01] Age restriction applied", reply_to_req=RY,
     raw_mime=alt(f"Hello,\n\nAfter review we have age-restricted the video {Y[12]}. It is no longer viewable by signed-out users or users under 18.\n\nYouTube Legal Support\n",
                  f"<p>Hello,</p><p>After review we have age-restricted the video <a href=\"{Y[12]}\">{Y[12]}</a>. It is no longer viewable by signed-out users or users under 18.</p><p>YouTube Legal Support</p>", "alt41a"),
     outcome="applied", items={Y[12]: "restricted"},
     imitates="YouTube age-restriction notice ('we have age-restricted your video'), multipart/alternative base64",
     why="age restriction is a restriction per issue 11")

case(name="yt-toppost-over-outlook-reminder", frm="legal-support@google.com", date="Mon, 16 Sep 2024 19:02:00 +0900",
     subject="RE: Reminder: KCSC-240909-01 outstanding items", reply_to_req=RY,
     body=f"""Hi,

The last outstanding video, {Y[13]}, was taken down on 13 September.

Kind regards,
YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 10:00 AM
To: legal-kr@google.com
Subject: Reminder: KCSC-240909-01 outstanding items

The following items of request KCSC-240909-01 are still pending:
{Y[13]}
{Y[7]}
{Y[5]}
""", outcome="applied", items={Y[13]: "removed"},
     imitates="Outlook-style top-posted reply to a reminder ('-----Original Message-----')",
     why="only the top-posted sentence counts; the items in the quoted reminder stay pending")

case(name="yt-future-tense-review", frm="legal-support@google.com", date="Tue, 10 Sep 2024 11:00:00 +0900",
     subject="Re: [KCSC-240909-01] Removal request", reply_to_req=RY,
     body=f"""Hello,

Our team is looking into {Y[5]} and {Y[6]}. We will take appropriate action if we find that they violate local law, and we may restrict them in Korea.

Best,
YouTube Legal Support
""", outcome="review", review="not_understood", items={},
     imitates="YouTube 'we are looking into your request' interim legal reply",
     why="future/conditional: nothing stated as done; items named so must be seen (not_understood)")

case(name="yt-asks-court-order", frm="legal-support@google.com", date="Tue, 10 Sep 2024 14:00:00 +0900",
     subject="Re: [KCSC-240909-01] Additional information needed", reply_to_req=RY,
     body=f"""Hello,

To process your request regarding {Y[9]}, please provide the specific timestamps where the content appears and a copy of the relevant legal decision. We are unable to proceed without this information.

Thanks,
YouTube Legal Support
""", outcome="review", review="asks_more", items={},
     imitates="Google legal support 'we need more information' reply",
     why="asks for timestamps and a legal decision; no status")

case(name="yt-ticket-receipt-ack", frm="noreply-legal@google.com", date="Mon, 09 Sep 2024 10:04:00 +0900",
     subject="We've received your legal request [7-3341000041]", reply_to_req=RY,
     body="""Hello,

Thank you for contacting Google. This is an automated message confirming that we have received your request. Your reference number is 7-3341000041. We will review it and get back to you.

Please do not reply to this email.

Google Legal Removals
""", outcome="ignored", items={},
     extra_headers=["Auto-Submitted: auto-generated"],
     imitates="Google legal removals automatic receipt confirmation",
     why="pure receipt with a ticket number, states nothing about items")

CSV = "url,status,notes\n" + f"{Y[2]},Removed,Violent extremism policy\n{Y[3]},Not found,Video unavailable before review\n{Y[4]},No violation,Content remains available\n"
case(name="yt-csv-attachment", frm="legal-support@google.com", date="Fri, 13 Sep 2024 11:45:00 +0900",
     subject="Re: [KCSC-240909-01] Results attached", reply_to_req=RY,
     raw_mime=mixed([f"Content-Type: text/plain; charset=utf-8\n\nHello,\n\nPlease find attached the results for part of your request KCSC-240909-01.\n\nYouTube Legal Support\n",
                     f'Content-Type: text/csv; charset=utf-8; name="results.csv"\nContent-Disposition: attachment; filename="results.csv"\nContent-Transfer-Encoding: base64\n\n{b64(CSV)}'], "mix41a"),
     outcome="applied", items={Y[2]: "removed", Y[3]: "not_found", Y[4]: "rejected"},
     imitates="legal-removals CSV export of per-URL results attached to a short reply",
     why="CSV rows with plain status words; the Korean handle is in raw form in the CSV")

case(name="yt-xlsx-attachment", frm="legal-support@google.com", date="Fri, 13 Sep 2024 15:10:00 +0900",
     subject="Re: [KCSC-240909-01] Spreadsheet of outcomes", reply_to_req=RY,
     raw_mime=mixed(["Content-Type: text/plain; charset=utf-8\n\nHi,\n\nOutcomes are in the attached spreadsheet.\n\nYouTube Legal Support\n",
                     'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="outcomes.xlsx"\nContent-Disposition: attachment; filename="outcomes.xlsx"\nContent-Transfer-Encoding: base64\n\n'
                     + xlsx([["URL", "Outcome"], [Y[5], "Blocked in South Korea (local law)"], [Y[6], "Removed"]])], "mix41b"),
     outcome="applied", items={Y[5]: "restricted", Y[6]: "removed"},
     imitates="spreadsheet of outcomes attached to a legal team reply",
     why="XLSX with inline strings; one geo-block, one removal")

case(name="yt-lookalike-sender", frm="legal@youtube-legalteam.example", auth="pass", name_from="YouTube Legal",
     date="Fri, 13 Sep 2024 20:00:00 +0900", subject="Re: [KCSC-240909-01] Removal completed", reply_to_req=RY,
     body=f"""Hello,

All videos in your request have been removed, including {Y[7]} and {Y[8]}.

YouTube Legal
""", outcome="review", review="unknown_sender", items={},
     imitates="spoofed platform reply from a look-alike domain",
     why="authenticated but the domain is no platform's; must be seen, nothing applied")

case(name="yt-partial-still-reviewing", frm="legal-support@google.com", date="Sat, 14 Sep 2024 10:30:00 +0900",
     subject="Re: [KCSC-240909-01] Update", reply_to_req=RY,
     body=f"""Hello,

{Y[7]} has been removed. We are still reviewing {Y[8]} and will update you once a decision has been made.

YouTube Legal Support
""", outcome="applied", items={Y[7]: "removed"},
     imitates="YouTube legal support partial update",
     why="ARGUABLE: one clear removal is applied; 'still reviewing' states no status so the other item stays pending without review")

case(name="yt-status-code-not-understood", frm="legal-support@google.com", date="Sun, 15 Sep 2024 09:00:00 +0900",
     subject="Re: [KCSC-240909-01]", reply_to_req=RY,
     body=f"""Hello,

Regarding {Y[2]}: disposition code LR-7 was applied per internal workflow.

YouTube Legal Support
""", outcome="review", review="not_understood", items={},
     imitates="terse internal-code reply from a legal ticket workflow",
     why="an internal code that a clerk cannot map to a status; names an item so must go to review")

# ---------------- NAVER KCSC-240910-01 (5) ----------------
REQ_N = "한국방송통신심의위원회 시정요구 (KCSC-240910-01)\n" + "\n".join(N)
case(name="naver-imsi-jochi-numbered", frm="policy@navercorp.com", date="Wed, 11 Sep 2024 10:00:00 +0900",
     subject="RE: [KCSC-240910-01] 시정요구 처리 결과 안내", reply_to_req=RN,
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물에 대하여 정보통신망법 제44조의2에 따라 아래와 같이 임시조치(30일)하였음을 알려드립니다.

1. {N[0]}
2. {N[1]}

임시조치 기간 중 게시자의 재게시 요청이 없는 경우 해당 게시물은 삭제됩니다.
자세한 내용은 https://help.naver.com/service/5614/contents/19013 을 참고해 주십시오.

감사합니다.
네이버 주식회사 정책지원팀
""", outcome="applied", items={N[0]: "restricted", N[1]: "restricted"},
     imitates="NAVER 임시조치 안내 (정보통신망법 제44조의2, 30일) notice",
     why="임시조치 is a restriction per issue 11; help link not an item")

case(name="naver-kcsc-result-html-table", frm="policy@navercorp.com", date="Thu, 12 Sep 2024 14:00:00 +0900",
     subject="[네이버] 시정요구 조치결과 회신 (KCSC-240910-01)", reply_to_req=RN, type="html",
     body=f"""<html><body><p>방송통신심의위원회 담당자님께,</p><p>시정요구하신 정보에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1"><tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td>{N[2]}</td><td>삭제</td></tr>
<tr><td>2</td><td>{N[3].replace('&', '&amp;')}</td><td>블라인드 처리</td></tr>
<tr><td>3</td><td>{N[4]}</td><td>해당 게시물 없음 (작성자 삭제)</td></tr>
</table><p>네이버 주식회사 드림</p></body></html>""",
     outcome="applied", items={N[2]: "removed", N[3]: "removed", N[4]: "not_found"},
     imitates="Korean 시정요구 조치결과 회신 table (portal to KCSC)",
     why="삭제 and 블라인드 are removals; 'no such post (deleted by author)' is not_found")

case(name="naver-no-violation-korean", frm="policy@navercorp.com", date="Thu, 12 Sep 2024 16:30:00 +0900",
     subject="RE: [KCSC-240910-01] 검토 결과", reply_to_req=RN,
     body=f"""안녕하세요.

{N[0]} 게시물은 검토 결과 운영정책 위반 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.

네이버 정책지원팀 드림
""", outcome="applied", items={N[0]: "rejected"},
     imitates="NAVER '운영정책 위반 사항이 확인되지 않아 조치하지 않음' reply",
     why="negated action with a reason is a rejection")

case(name="naver-url-particle-private", frm="policy@navercorp.com", date="Fri, 13 Sep 2024 09:20:00 +0900",
     subject="RE: [KCSC-240910-01] 처리 완료", reply_to_req=RN,
     body=f"""안녕하세요.
{N[1]}에서 문제된 게시글을 비공개 처리하였습니다.
네이버 블로그 운영팀
""", outcome="applied", items={N[1]: "removed"},
     imitates="NAVER blog operator 비공개 처리 notice",
     why="URL followed by the Korean particle 에서; 비공개 처리 is a removal form per issue 11")

case(name="naver-receipt-ack", frm="noreply@navercorp.com", date="Tue, 10 Sep 2024 11:05:00 +0900",
     subject="[네이버] 요청이 정상적으로 접수되었습니다 (KCSC-240910-01)", reply_to_req=RN,
     body="""안녕하세요. 네이버 고객센터입니다.

보내주신 요청이 정상적으로 접수되었습니다. (접수번호: NV-2024-0910-4411)
담당 부서에서 확인 후 처리 결과를 안내드리겠습니다.

본 메일은 발신전용입니다.
""", outcome="ignored", items={}, extra_headers=["Auto-Submitted: auto-generated"],
     imitates="NAVER 고객센터 접수 완료 자동 안내",
     why="receipt only, names no item and states nothing")

case(name="naver-dmarc-fail", frm="policy@navercorp.com", auth="fail", date="Fri, 13 Sep 2024 13:00:00 +0900",
     subject="RE: [KCSC-240910-01] 삭제 완료", reply_to_req=RN,
     body=f"""아래 게시물을 모두 삭제하였습니다.
{N[0]}
{N[2]}
네이버 정책지원팀
""", outcome="review", review="untrusted", items={},
     imitates="NAVER 삭제 완료 reply with failed DMARC",
     why="dmarc=fail: nothing applied, must go to review")

case(name="naver-deleted-by-author", frm="policy@navercorp.com", date="Sat, 14 Sep 2024 10:00:00 +0900",
     subject="RE: [KCSC-240910-01] 확인 결과", reply_to_req=RN,
     body=f"""안녕하세요.

요청하신 {N[4]} 은(는) 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

감사합니다.

--- 원본 메일 ---
{q(REQ_N)}
""", outcome="applied", items={N[4]: "not_found"},
     imitates="Korean portal reply: 작성자가 이미 삭제한 게시물",
     why="already deleted by its author -> not_found; quoted original ignored")

# ---------------- X KCSC-240911-01 (4) ----------------
case(name="x-withheld-in-kr", frm="legal@x.com", date="Thu, 12 Sep 2024 03:10:00 +0900",
     subject="Re: KCSC-240911-01 [ref:_00D41X:ref]", reply_to_req=RX,
     body=f"""Hello,

We have reviewed your request. In accordance with local law, the following posts have been withheld in South Korea:

- {X[0]}
- {X[1]}

More on country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal
""", outcome="applied", items={X[0]: "restricted", X[1]: "restricted"},
     imitates="X 'withheld in country' (country withheld content) legal reply",
     why="'withheld in South Korea' is a country restriction; help link not an item")

case(name="x-per-line-suspended-notfound", frm="legal@x.com", date="Fri, 13 Sep 2024 02:40:00 +0900",
     subject="Re: KCSC-240911-01", reply_to_req=RX,
     body=f"""Hello,

{X[3]} - account suspended for violating the X Rules.
{X[2]} - we were unable to locate this post; it may have been deleted.

X Legal
""", outcome="applied", items={X[3]: "removed", X[2]: "not_found"},
     imitates="X legal per-line outcome reply (suspended account / unable to locate)",
     why="suspension makes the account unavailable -> removed; 'unable to locate' -> not_found (the 'may have been deleted' is an explanation, not a hedge on not-found)")

case(name="x-no-violation", frm="legal@x.com", date="Fri, 13 Sep 2024 05:00:00 +0900",
     subject="Re: KCSC-240911-01", reply_to_req=RX,
     body=f"""Hello,

We have investigated the reported content and determined that it is not in violation of the X Rules. We will not be taking action at this time.

Reported content:
{X[2]}

Learn about our rules: https://help.x.com/en/rules-and-policies/x-rules

X Safety
""", outcome="applied", items={X[2]: "rejected"},
     imitates="X 'not in violation of the X Rules' report outcome with echoed reported content",
     why="statement about 'the reported content' followed by the echoed report that lists it")

case(name="x-out-of-office", frm="j.park@x.com", date="Wed, 11 Sep 2024 10:05:00 +0900",
     subject="Automatic reply: KCSC-240911-01", reply_to_req=RX, name_from="Jin Park",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until 23 September with limited access to email. For urgent legal matters please write to legal@x.com.

Jin
""", outcome="ignored", items={}, imitates="Outlook out-of-office auto-reply",
     why="auto-reply, says nothing about items")

case(name="x-nested-quote-levels", frm="legal@x.com", date="Sat, 14 Sep 2024 08:00:00 +0900",
     subject="Re: Re: Re: KCSC-240911-01", reply_to_req=RX,
     body=f"""Confirmed, this post has now been removed:
{X[0]}

On Fri, Sep 13, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Could you confirm the status of {X[0]} and {X[1]}?
>
> On Thu, Sep 12, 2024 at 3:10 AM X Legal <legal@x.com> wrote:
> > We are looking into {X[1]} and will remove it if it violates our rules.
> > {X[3]} has been suspended.
""", outcome="applied", items={X[0]: "removed"},
     imitates="Gmail-style thread with several quoted levels ('On ... wrote:')",
     why="URL on the line below its statement; everything quoted (including an older 'suspended') never counts")

# ---------------- Telegram KCSC-240912-01 (3) ----------------
case(name="tg-posts-removed-channel-blocked", frm="dsa@telegram.org", date="Fri, 13 Sep 2024 18:00:00 +0900",
     subject="Re: KCSC-240912-01 — Case #4410041", reply_to_req=RT,
     body=f"""Hello,

Thank you for your report. The posts {T[0]} and {T[1]} have been deleted. The channel {T[2]} is no longer accessible to users in the Republic of Korea.

— Telegram Abuse Team (Case #4410041)
""", outcome="applied", items={T[0]: "removed", T[1]: "removed", T[2]: "restricted"},
     imitates="Telegram abuse-desk short reply with case number",
     why="two deletions and one country restriction in prose")

BOUNCE = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn41"

--dsn41
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mx.telegram.org[203.0.113.41] said: 552 5.2.2
    mailbox full

--dsn41
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.2

--dsn41
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: KCSC-240912-01 outstanding items
Message-ID: <rem-240912-01-1@kcsc.example>

--dsn41--"""
case(name="tg-bounce-of-reminder", frm="MAILER-DAEMON@mx.kcsc.example", auth="none", name_from="Mail Delivery System",
     date="Wed, 18 Sep 2024 10:01:00 +0900", subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"], raw_mime=BOUNCE, outcome="ignored", items={},
     imitates="Postfix DSN (multipart/report delivery-status) for our reminder", why="bounce of our own reminder")

case(name="tg-unknown-sender-claims", frm="support@telegram-abuse.example", name_from="Telegram Support",
     date="Sat, 14 Sep 2024 12:00:00 +0900", subject="Re: KCSC-240912-01 resolved", reply_to_req=RT,
     body=f"""Dear regulator,

We have deleted {T[0]} and {T[1]} as requested.

Telegram Support
""", outcome="review", review="unknown_sender", items={},
     imitates="spoofed 'Telegram Support' reply from an unrelated domain",
     why="unknown sender naming our items must be seen")

MDN = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn41"

--mdn41
Content-Type: text/plain; charset=utf-8

Your message to dsa@telegram.org was displayed on Fri, 13 Sep 2024 09:00:00 +0900.

--mdn41
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <{RT}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn41--"""
case(name="tg-read-receipt", frm="dsa@telegram.org", date="Fri, 13 Sep 2024 09:00:10 +0900",
     subject="Read: KCSC-240912-01", reply_to_req=RT, raw_mime=MDN, outcome="ignored", items={},
     imitates="RFC 8098 read receipt (MDN)", why="read receipts are ignored (issue 11 item 2)")

# ---------------- Kakao KCSC-240913-01 (2) ----------------
case(name="kakao-blind-and-gone", frm="policy@kakaocorp.com", date="Mon, 16 Sep 2024 11:00:00 +0900",
     subject="[카카오] 시정요구(KCSC-240913-01) 조치 결과 안내", reply_to_req=RK,
     body=f"""안녕하세요, 카카오 정책팀입니다.

요청하신 건에 대한 처리 결과를 안내드립니다.

■ {K[0]}
  → 게시중단(블라인드) 처리 완료

■ {K[1]}
  → 이미 방장에 의해 종료되어 존재하지 않는 오픈채팅방입니다.

운영정책: https://www.kakao.com/policy/oppolicy

카카오 드림
""", outcome="applied", items={K[0]: "removed", K[1]: "not_found"},
     imitates="Kakao/Daum 게시중단(블라인드) 조치 결과 안내",
     why="blind = removal; a closed chat room that no longer exists = not_found; policy link not an item")

case(name="kakao-under-review", frm="policy@kakaocorp.com", date="Fri, 13 Sep 2024 16:00:00 +0900",
     subject="RE: [KCSC-240913-01] 검토 중", reply_to_req=RK,
     body=f"""안녕하세요.

{K[1]} 오픈채팅방은 현재 검토 중이며, 위반이 확인되는 대로 조치할 예정입니다.

카카오 정책팀
""", outcome="review", review="not_understood", items={},
     imitates="Kakao interim '검토 중 / 조치할 예정' reply",
     why="under review, future action; names the item so it must be seen")

QP = quopri.encodestring(f"""안녕하세요, Daum 고객센터입니다.

{K[0]} 게시물은 삭제 조치를 완료하였습니다.
{K[1]} 오픈채팅방은 검토 결과 위반 사항이 없어 유지됩니다.

Daum 고객센터 드림
""".encode("utf-8")).decode("ascii")
case(name="kakao-daum-quoted-printable", frm="cs@daum.net", date="Tue, 17 Sep 2024 10:00:00 +0900",
     subject="RE: [KCSC-240913-01] 처리 결과", reply_to_req=RK,
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + QP,
     outcome="applied", items={K[0]: "removed", K[1]: "rejected"},
     imitates="Daum 고객센터 처리 결과 reply, quoted-printable",
     why="삭제 완료 -> removed; 위반 사항이 없어 유지 -> rejected")

# ---------------- TikTok KCSC-240916-01 (1) ----------------
case(name="tiktok-html-only-removed-echo", frm="legal@tiktok.com", date="Tue, 17 Sep 2024 14:00:00 +0900",
     subject="Your report to TikTok: update", reply_to_req=RTT, type="html",
     body=f"""<html><body><div style="font-family:Arial"><h2>Thanks for your report</h2>
<p>We've reviewed the reported content and removed it for violating our Community Guidelines.</p>
<p><b>Your report</b><br>Report ID: 41-7713000411<br>Content: <a href="{TT[0]}">{TT[0]}</a><br>Reason: Illegal activities</p>
<p><a href="https://www.tiktok.com/community-guidelines">Community Guidelines</a> | <a href="https://support.tiktok.com/">Help Center</a></p>
<p style="color:#888">TikTok Pte. Ltd. &middot; This is a system email.</p></div></body></html>""",
     outcome="applied", items={TT[0]: "removed"},
     imitates="TikTok 'Thanks for your report ... we've removed it' HTML notice with echoed report",
     why="statement about 'the reported content' followed by the echoed report naming the URL")

case(name="tiktok-restricted-local-law", frm="legal@tiktok.com", date="Wed, 18 Sep 2024 09:00:00 +0900",
     subject="Re: KCSC-240916-01 local law request", reply_to_req=RTT,
     body=f"""Dear KCSC,

Following our review, access to {TT[0]} has been restricted in South Korea in accordance with local law.

TikTok Law Enforcement Outreach
""", outcome="applied", items={TT[0]: "restricted"},
     imitates="TikTok local-law restriction reply", why="country restriction")

case(name="tiktok-zendesk-ack", frm="support@tiktok.com", date="Mon, 16 Sep 2024 10:03:00 +0900",
     subject="[Request received] #5512041", reply_to_req=RTT, type="html",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""<html><body><p>Hi there,</p><p>Your request (#5512041) has been received and is being reviewed by our support staff.</p><p>To add additional comments, reply to this email.</p><p>TikTok Support</p></body></html>""",
     outcome="ignored", items={}, imitates="Zendesk-style 'Your request has been received' HTML auto-receipt",
     why="acknowledgement only")

# ---------------- Meta KCSC-240917-01 (3) ----------------
case(name="meta-restricted-in-kr", frm="records@meta.com", date="Tue, 17 Sep 2024 18:00:00 +0900",
     subject="Re: KCSC-240917-01 [Ticket 41-55500]", reply_to_req=RM,
     body=f"""Hello,

Based on our review, we have restricted access to the following content in South Korea:

{M[0]}
{M[1]}

This content remains available in other countries. Learn more: https://transparency.meta.com/reports/content-restrictions/

Meta Platforms, Inc.
""", outcome="applied", items={M[0]: "restricted", M[1]: "restricted"},
     imitates="Meta 'content restrictions based on local law' reply",
     why="restricted in a country; transparency link not an item")

case(name="meta-notfound-and-standards", frm="records@meta.com", date="Wed, 18 Sep 2024 11:00:00 +0900",
     subject="Re: KCSC-240917-01 [Ticket 41-55500]", reply_to_req=RM,
     body=f"""Hi,

1. {M[2]} - We were unable to locate this account.
2. {M[0]} - This post doesn't go against our Community Standards, so we didn't take it down.

Meta
""", outcome="applied", items={M[2]: "not_found", M[0]: "rejected"},
     imitates="Meta report outcome ('doesn't go against our Community Standards') numbered reply",
     why="numbered list; negated removal with a reason is a rejection")

case(name="meta-url-below-statement", frm="support@instagram.com", date="Thu, 19 Sep 2024 09:30:00 +0900",
     subject="Re: KCSC-240917-01", reply_to_req=RM,
     body=f"""Hello,

The following account has been disabled:
{M[2]}

The following post remains on Instagram as it does not violate our Community Guidelines:
{M[0]}

Instagram
""", outcome="applied", items={M[2]: "removed", M[0]: "rejected"},
     imitates="Instagram account disabled / post remains notice", why="URL on the line below its statement")

case(name="meta-wrong-platform", frm="records@meta.com", date="Thu, 19 Sep 2024 10:00:00 +0900",
     subject="Re: KCSC-240917-01", reply_to_req=RM,
     body=f"""Hello,

We have removed {Y[0]} as requested.

Meta
""", outcome="review", review="wrong_platform", items={},
     imitates="misdirected platform reply naming another platform's item",
     why="Meta cannot state the status of a YouTube item; must not apply")

case(name="meta-hedged-may-have", frm="records@meta.com", date="Thu, 19 Sep 2024 15:00:00 +0900",
     subject="Re: KCSC-240917-01", reply_to_req=RM,
     body=f"""Hi,

It appears {M[1]} may have already been removed, but we cannot confirm this at the moment.

Meta
""", outcome="review", review="not_understood", items={},
     imitates="hedged platform reply ('may have been removed, cannot confirm')",
     why="hedged; clerk would hesitate")

HEADER = """# blind41: general mix, seven platforms, English and Korean.
# Expected results written from each email's meaning before anything was run.
# Generated by make.py; do not edit by hand.
"""

if __name__ == "__main__":
    for c in C:
        c["from"] = c.pop("frm")
    corpuslib.write_set(HERE, "blind41", HEADER, C)
