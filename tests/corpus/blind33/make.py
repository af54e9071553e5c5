#!/usr/bin/env python3
"""Blind set 33 (issue 11): a general mix, English and Korean, many platforms.

Deterministic: `python3 tests/corpus/blind33/make.py` rewrites requests.csv,
cases/*.eml and expected.toml. Expected results were written from each
email's meaning before anything was run.
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

# ---------------------------------------------------------------- requests
REQ = {
    "R1": ("KCSC-240909-01", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", "req-240909-01", "illegal_gambling"),
    "R2": ("KCSC-240910-01", "naver", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", "req-240910-01", "drug_trade"),
    "R3": ("KCSC-240911-01", "x", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00", "req-240911-01", "deepfake_sexual_abuse"),
    "R4": ("KCSC-240912-01", "kakao", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00", "req-240912-01", "illegal_gambling"),
    "R5": ("KCSC-240913-01", "tiktok", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", "req-240913-01", "deepfake_sexual_abuse"),
    "R6": ("KCSC-240916-01", "telegram", "2024-09-16T09:00:00+09:00", "2024-09-23T18:00:00+09:00", "req-240916-01", "drug_trade"),
    "R7": ("KCSC-240914-01", "meta", "2024-09-14T10:30:00+09:00", "2024-09-21T18:00:00+09:00", "req-240914-01", "defamation"),
    "R8": ("KCSC-240917-01", "reddit", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", "req-240917-01", "illegal_gambling"),
}
Y = [None,
     "https://www.youtube.com/watch?v=qR7tLm2xVb0",
     "https://www.youtube.com/watch?v=Hk3pZ9wQe1s",
     "https://youtu.be/Nc8vXa4TgJ2",
     "https://www.youtube.com/shorts/Lp0sWd7Yk3M",
     "https://www.youtube.com/watch?v=bT5uQ2mRz8o",
     "https://www.youtube.com/@nightlab_kr9",
     "https://www.youtube.com/watch?v=Wf6eJs1nKc4",
     "https://www.youtube.com/shorts/Zq2aHv9Bn5E",
     "https://www.youtube.com/watch?v=Dm4rTy7uPx3",
     "https://www.youtube.com/watch?v=Ga1kLo5sFe8",
     "https://youtu.be/Ux9cBn2wQa7",
     "https://www.youtube.com/watch?v=Je5yPd3hMk0",
     "https://www.youtube.com/channel/UCx7Qe2Lr9TnWb4Ys1Kd0AaM",
     "https://www.youtube.com/watch?v=Ov3sXz8cRi6"]
N = [None,
     "https://blog.naver.com/moonpeak77/223560114872",
     "https://cafe.naver.com/quickcash99/48213",
     "https://blog.naver.com/silverlake_03/223561207745",
     "https://cafe.naver.com/nightmarket24/10452",
     "https://m.blog.naver.com/greenbay_k/223559981230"]
X = [None,
     "https://x.com/lumen_drop/status/1832245781190012345",
     "https://x.com/kbetline/status/1832301156628770411",
     "https://twitter.com/sora_night09/status/1832356620011184502",
     "https://x.com/kbetline"]
K = [None,
     "https://cafe.daum.net/moneytree88/Jf3K/1204",
     "https://brunch.co.kr/@quietriver/87",
     "https://pf.kakao.com/_xbHqLs/105339201"]
T = [None,
     "https://www.tiktok.com/@dalbit.k22/video/7412093318822145311",
     "https://www.tiktok.com/@dalbit.k22/video/7412277459003327762"]
G = [None, "https://t.me/seoul_ddrop/4412"]
M = [None,
     "https://www.instagram.com/p/C_k3Tz9vRqX/",
     "https://www.facebook.com/groups/2918834412200551/posts/3011922785559014/",
     "https://www.instagram.com/reel/C_mQ8wYpL2d/"]
D = [None,
     "https://www.reddit.com/r/kdealz_night/comments/1fbx2k9/fresh_drop_list/",
     "https://www.reddit.com/r/kdealz_night/comments/1fc0qzt/"]
ITEMS = {"R1": Y[1:], "R2": N[1:], "R3": X[1:], "R4": K[1:], "R5": T[1:], "R6": G[1:], "R7": M[1:], "R8": D[1:]}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for key in ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"]:
            ref, plat, sent, due, mid, cat = REQ[key]
            for u in ITEMS[key]:
                w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", ""])


def quoted_request(key, prefix="> "):
    ref, plat, sent, due, mid, cat = REQ[key]
    lines = [f"Subject: [KCSC] Request for removal {ref}",
             "",
             "Dear Sir or Madam,",
             f"The Korea Communications Standards Commission requests the following content be removed or blocked (ref. {ref}):"]
    lines += [f"{i}. {u}" for i, u in enumerate(ITEMS[key], 1)]
    lines += ["Please reply to this address with the measures taken.", "KCSC Takedown Team"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


# ---------------------------------------------------------------- MIME helpers
def mime_alt(plain, html, b="=_alt_b33"):
    return (f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
            f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{plain.strip()}\n\n"
            f"--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{html.strip()}\n\n--{b}--\n")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def mime_b64_text(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{b64(text)}\n")


def mime_qp_text(text, ctype="plain"):
    qp = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp}\n")


def mime_attach(text, att_name, att_type, att_bytes, b="=_mix_b33"):
    return (f'Content-Type: multipart/mixed; boundary="{b}"\n\n'
            f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{text.strip()}\n\n"
            f"--{b}\nContent-Type: {att_type}; name=\"{att_name}\"\nContent-Disposition: attachment; filename=\"{att_name}\"\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(att_bytes)}\n--{b}--\n")


def xlsx_bytes(rows):
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Results" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(sheet_rows) + "</sheetData></worksheet>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 13, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


YT = "legal-noreply@google.com"

# 1
case(name="yt-legal-outcome-removed-and-geo", frm=YT, date="Thu, 12 Sep 2024 16:20:11 +0900",
     subject="Re: [KCSC] Request for removal KCSC-240909-01 [7-3318000040911]", reply_to_req="req-240909-01",
     body=f"""Hello,

Thanks for reaching out to us about KCSC-240909-01.

After review, we have removed the following videos from YouTube for violating our Community Guidelines:
{Y[1]}
{Y[2]}

In addition, we have blocked the following content from view in South Korea based on local law. It remains available in other regions:
{Y[3]}

For more information about how we handle content removal requests, please visit https://support.google.com/legal/answer/3110420 .

Regards,
The YouTube Legal Support Team

{quoted_request("R1")}
""", outcome="applied", classification="confirmation",
     imitates="Google/YouTube legal removals outcome e-mail ('we have removed ... / blocked from view in <country> based on local law'), support.google.com/legal troubleshooter wording",
     why="Two videos removed, one blocked in South Korea only (restricted); the help link is not an item; the quoted request below is not a statement.",
     items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted"})

# 2 HTML-only ticket system table
case(name="yt-html-only-ticket-table", frm="support@youtube.com", date="Fri, 13 Sep 2024 10:02:44 +0900",
     subject="[Case 7-3318000040911] Update on your request KCSC-240909-01", reply_to_req="req-240909-01", type="html",
     body=f"""<html><body style="font-family:Roboto,Arial">
<p>Hi KCSC team,</p>
<p>We have completed our review of part of your request. The outcome for each URL is below.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Decision</th><th>Notes</th></tr>
<tr><td><a href="{Y[4]}">{Y[4]}</a></td><td>Removed</td><td>Violates Community Guidelines (spam, deceptive practices)</td></tr>
<tr><td><a href="{Y[5]}">{Y[5]}</a></td><td>Age-restricted</td><td>Not suitable for viewers under 18</td></tr>
<tr><td><a href="{Y[6]}">{Y[6]}</a></td><td>No action</td><td>The channel does not violate our policies</td></tr>
</table>
<p>You can read our policies at <a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community Guidelines</a>.</p>
<p>Best,<br>YouTube Trust &amp; Safety<br><small>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</small></p>
</body></html>""", outcome="applied", classification="confirmation",
     imitates="Zendesk-style HTML-only case update with a per-URL decision table (YouTube legal support case update layout)",
     why="Per-row decisions: removed, age-restricted (restricted), no action because no violation (rejected). The policy link is not an item.",
     items={Y[4]: "removed", Y[5]: "restricted", Y[6]: "rejected"})

# 3 CSV attachment
csv_data = ("url,action,comment\r\n"
            f"{Y[7]},removed,Community Guidelines - regulated goods\r\n"
            f"{Y[8]},not found,Video ID does not exist or was deleted by the uploader before review\r\n"
            f"{Y[9]},removed,Community Guidelines - spam\r\n")
case(name="yt-csv-attachment", frm=YT, date="Fri, 13 Sep 2024 18:40:02 +0900",
     subject="Re: [KCSC] Request for removal KCSC-240909-01 - results attached", reply_to_req="req-240909-01",
     raw_mime=mime_attach("""Hello,

Please find attached the results for three URLs in your request KCSC-240909-01.
The remaining URLs are still being processed.

Kind regards,
YouTube Legal Support""", "KCSC-240909-01_results.csv", "text/csv", csv_data.encode()),
     body="", outcome="applied", classification="confirmation",
     imitates="Bulk-result CSV attachment as sent by platform legal desks to government flaggers",
     why="CSV rows state removed, not found, removed; 'remaining URLs are still being processed' leaves the others pending.",
     items={Y[7]: "removed", Y[8]: "not_found", Y[9]: "removed"})

# 4 status below bare URL
case(name="yt-status-below-bare-url", frm=YT, date="Sat, 14 Sep 2024 09:12:30 +0900",
     subject="Re: [KCSC] Request for removal KCSC-240909-01", reply_to_req="req-240909-01",
     body=f"""Dear KCSC,

Our review of the following items is complete.

{Y[10]}
We removed this video because it violates our policy on harmful or dangerous content.

{Y[11]}
We reviewed this content and did not find a violation of our Community Guidelines or of local law, so it will remain available on YouTube.

If you have further information, you can submit a new request at https://support.google.com/legal/contact/lr_legalother .

Thanks,
YouTube Legal Support""", outcome="applied", classification="confirmation",
     imitates="YouTube 'outcome per URL' legal reply with the decision sentence on the line below each bare URL",
     why="Status on the line below each bare URL: removed; reviewed, no violation, remains available (rejected). The contact link is not an item.",
     items={Y[10]: "removed", Y[11]: "rejected"})

# 5 hedged/future
case(name="yt-hedged-future", frm=YT, date="Sat, 14 Sep 2024 11:05:00 +0900",
     subject="Re: [KCSC] Request for removal KCSC-240909-01", reply_to_req="req-240909-01",
     body=f"""Hello,

Regarding {Y[12]}: our team is still evaluating this video against local law. If we determine that it is unlawful in Korea, we may restrict it in your country. We will get back to you once a decision has been made.

Regards,
YouTube Legal Support""", outcome="review", review="not_understood",
     imitates="YouTube legal 'still evaluating / may restrict' interim reply",
     why="Only a hedged future possibility ('may restrict', 'still evaluating'); nothing done. Names a requested item, so it must be seen: review, item stays pending.",
     items={})

# 6 top-posted over Outlook original message quoting a reminder
case(name="yt-top-posted-over-outlook-reminder", frm="legal-kr@google.com", date="Tue, 17 Sep 2024 15:33:10 +0900",
     subject="RE: [KCSC] Reminder: KCSC-240909-01 outstanding items", reply_to_req="req-240909-01",
     body=f"""Hi,

The channel {Y[13]} has been terminated for repeated violations of our spam policies, so it and all of its videos are no longer available.

Regards,
Ji-ho Kang
Legal Removals, Google Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 9:00 AM
To: legal-kr@google.com
Subject: [KCSC] Reminder: KCSC-240909-01 outstanding items

Our records show the following items are still pending:
{Y[13]}
{Y[14]}
Please let us know the measures taken.
""", outcome="applied", classification="confirmation",
     imitates="Outlook top-posted reply over '-----Original Message-----' quoting our reminder (Google Korea legal staff reply)",
     why="Channel terminated (removed). The reminder's list below is quoted; Y14 is only in the quote and stays pending.",
     items={Y[13]: "removed"})

# 7 XLSX attachment
xl = xlsx_bytes([["No.", "URL", "Result", "Date"],
                 ["1", Y[14], "Blocked in KR (local law)", "2024-09-16"],
                 ["2", Y[2], "Removed (Community Guidelines)", "2024-09-16"]])
case(name="yt-xlsx-attachment", frm=YT, date="Tue, 17 Sep 2024 17:45:00 +0900",
     subject="Re: [KCSC] Request for removal KCSC-240909-01 - outcome sheet", reply_to_req="req-240909-01",
     raw_mime=mime_attach("Hello,\n\nThe attached spreadsheet lists our decisions for two URLs of KCSC-240909-01.\n\nYouTube Legal Support",
                          "KCSC-240909-01.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xl),
     body="", outcome="applied", classification="confirmation",
     imitates="Spreadsheet of per-URL outcomes attached to a legal desk reply",
     why="Sheet rows: Y14 blocked in KR (restricted), Y2 removed.",
     items={Y[14]: "restricted", Y[2]: "removed"})

# 8 ack receipt
case(name="yt-ticket-receipt", frm="legal-noreply@google.com", date="Mon, 09 Sep 2024 10:04:12 +0900",
     subject="Your legal request has been received [7-3318000040911]", reply_to_req="req-240909-01",
     body="""Hello,

Thank you for contacting Google. We have received your legal request and a case has been created: 7-3318000040911.

Please do not reply to this message. We will review your request and contact you if we need additional information.
Do not submit duplicate requests for the same content, as this may delay processing.

Google Legal Support""", outcome="ignored", classification="acknowledgement",
     imitates="Google legal removals automatic case-receipt e-mail",
     why="Pure receipt: says nothing about any item.", items={})

# 9 look-alike sender
case(name="yt-lookalike-sender", frm="removals@youtube-legalsupport.com", date="Sat, 14 Sep 2024 20:15:00 +0900",
     subject="Re: KCSC-240909-01 removal completed", reply_to_req="req-240909-01", name_from="YouTube Legal",
     body=f"""Dear KCSC,

We confirm that the following videos have been removed:
{Y[1]}
{Y[12]}

YouTube Legal Team""", outcome="review", review="unknown_sender",
     imitates="Spoofed 'removal completed' confirmation from a look-alike domain",
     why="youtube-legalsupport.com is not a YouTube sender (DMARC passes for its own domain only): names our items, must go to review, nothing applied.",
     items={})

# 10 multi-level quoted thread
case(name="yt-multilevel-thread-age-restricted", frm=YT, date="Wed, 18 Sep 2024 10:20:00 +0900",
     subject="Re: Re: [KCSC] Request for removal KCSC-240909-01", reply_to_req="req-240909-01",
     body=f"""Hi again,

Following up on the thread below: the remaining video {Y[9]} has now been age-restricted, so it can only be viewed by signed-in adult users.

YouTube Legal Support

On Tue, Sep 17, 2024 at 4:02 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Thank you. Could you also confirm the status of {Y[9]}?
>
> On Fri, Sep 13, 2024 at 6:40 PM YouTube Legal Support <legal-noreply@google.com> wrote:
>> We removed {Y[7]} for violating our Community Guidelines.
>> {Y[9]} is still under review.
>>
{quoted_request("R1", ">>> ")}
""", outcome="applied", classification="confirmation",
     imitates="Gmail thread with three quote levels; YouTube age-restriction follow-up",
     why="Only the unquoted top statement counts: Y9 age-restricted (restricted). Y7 'removed' is inside the quote and must not be applied by this email.",
     items={Y[9]: "restricted"})

# 11 naver 임시조치
case(name="naver-temporary-measure-notice", frm="policy@navercorp.com", date="Wed, 11 Sep 2024 15:10:00 +0900",
     subject="[NAVER] 시정요구(KCSC-240910-01)에 대한 조치 결과 안내", reply_to_req="req-240910-01",
     body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회의 시정요구(KCSC-240910-01)와 관련하여 아래 게시물에 대해 정보통신망법 제44조의2에 따라 임시조치(30일)를 하였음을 알려드립니다.

- {N[1]}
- {N[2]}

임시조치된 게시물은 해당 기간 동안 다른 이용자가 볼 수 없으며, 게시자는 기간 내 이의를 제기할 수 있습니다.
자세한 내용은 네이버 고객센터(https://help.naver.com/service/5640/contents/10041)를 참고해 주세요.

네이버 주식회사 드림""", outcome="applied", classification="confirmation",
     imitates="NAVER 임시조치(게시중단) 처리 안내 메일, 정보통신망법 제44조의2 boilerplate and 고객센터 link",
     why="임시조치 is the Article 44-2 temporary measure: restricted for both listed posts; the help-centre link is not an item.",
     items={N[1]: "restricted", N[2]: "restricted"})

# 12 naver KCSC-style HTML table
case(name="naver-kcsc-result-html-table", frm="policy@navercorp.com", date="Thu, 12 Sep 2024 17:00:00 +0900",
     subject="Re: [KCSC] 시정요구 KCSC-240910-01 조치결과 회신", reply_to_req="req-240910-01",
     raw_mime=mime_alt(f"""시정요구 조치결과를 회신드립니다.
{N[3]} 삭제
{N[4]} 게시물 없음
{N[5]} 조치 불가(위반 사항 없음)""", f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240910-01)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[3]}</td><td>삭제</td><td>운영정책 위반</td></tr>
<tr><td>2</td><td>{N[4]}</td><td>게시물 없음</td><td>존재하지 않는 게시물</td></tr>
<tr><td>3</td><td>{N[5]}</td><td>조치 불가</td><td>위반 사항이 확인되지 않아 게시 유지</td></tr>
</table>
<p>네이버 정책지원팀</p></body></html>"""),
     body="", outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 회신 table (번호/URL/조치결과/비고) as portals send to KCSC",
     why="삭제 = removed; 게시물 없음/존재하지 않는 게시물 = not_found; 조치 불가 because no violation, 게시 유지 = rejected.",
     items={N[3]: "removed", N[4]: "not_found", N[5]: "rejected"})

# 13 naver blind per-line
case(name="naver-blind-per-line", frm="cafe_admin@naver.com", date="Thu, 12 Sep 2024 09:30:00 +0900",
     subject="[네이버 카페] 신고 게시물 처리 결과 (KCSC-240910-01)", reply_to_req="req-240910-01",
     body=f"""KCSC 담당자님께,

요청하신 카페 게시물 처리 결과입니다.

{N[2]}
→ 블라인드 처리 완료 (카페 운영원칙 위반)

{N[4]}
→ 운영자에 의해 삭제됨

문의: 네이버 카페 고객센터 https://help.naver.com/service/5579/

네이버 카페 운영팀""", outcome="applied", classification="confirmation",
     imitates="네이버 카페 신고 처리 결과 메일 (블라인드 처리 / 운영자에 의해 삭제)",
     why="Issue 11 lists 블라인드 and deletion by the operator as removal forms: both removed.",
     items={N[2]: "removed", N[4]: "removed"})

# 14 naver under review / future
case(name="naver-under-review-future", frm="policy@navercorp.com", date="Fri, 13 Sep 2024 11:00:00 +0900",
     subject="Re: [KCSC] 시정요구 KCSC-240910-01", reply_to_req="req-240910-01",
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 2건은 현재 법무 검토 중이며, 검토 결과에 따라 순차적으로 조치할 예정입니다.
{N[3]}
{N[4]}

결과가 나오는 대로 다시 안내드리겠습니다.
감사합니다.""", outcome="review", review="not_understood",
     imitates="Korean portal interim reply '검토 중 … 순차적으로 조치할 예정'",
     why="Under review and a promise for the future: nothing done yet. Names requested items, so review (not ignored); items stay pending.",
     items={})

# 15 naver asks more information
case(name="naver-asks-supporting-documents", frm="policy@navercorp.com", date="Fri, 13 Sep 2024 14:20:00 +0900",
     subject="Re: [KCSC] 시정요구 KCSC-240910-01 관련 자료 요청", reply_to_req="req-240910-01",
     body=f"""안녕하세요.

{N[5]} 게시물과 관련하여, 위법성 판단을 위해 심의 의결서 사본 또는 해당 게시물이 위반한 법령 조항을 보내주실 수 있을까요?
자료를 받는 대로 검토하겠습니다.

네이버 정책지원팀 드림""", outcome="review", classification="request_for_info", review="asks_more",
     imitates="Portal's request for supporting documents (심의 의결서/법령 조항) before acting",
     why="Asks for documents before deciding; nothing done. Must be seen by staff.",
     items={})

# 16 naver out of office
case(name="naver-out-of-office-korean", frm="minji.seo@navercorp.com", date="Tue, 10 Sep 2024 11:01:00 +0900", name_from="서민지",
     subject="[자동응답] 부재중입니다: [KCSC] Request for removal KCSC-240910-01", reply_to_req="req-240910-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 서민지입니다.
9월 10일부터 9월 18일까지 휴가로 부재중입니다.
긴급한 건은 policy@navercorp.com 으로 연락 부탁드립니다.
감사합니다.""", outcome="ignored", classification="auto_reply",
     imitates="Outlook/Naver Works Korean 부재중 자동응답",
     why="Out-of-office auto-reply; states nothing about items.", items={})

# 17 naver author deleted, base64
case(name="naver-author-deleted-base64", frm="policy@navercorp.com", date="Sat, 14 Sep 2024 10:00:00 +0900",
     subject="Re: [KCSC] 시정요구 KCSC-240910-01 처리 결과", reply_to_req="req-240910-01",
     raw_mime=mime_b64_text(f"""안녕하세요. 네이버입니다.

{N[5]} 게시물은 확인 결과 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다. 따라서 별도 조치는 진행되지 않았습니다.

감사합니다.
네이버 주식회사
"""), body="", outcome="applied", classification="confirmation",
     imitates="NAVER 처리 결과 reply: 작성자가 이미 삭제한 게시물 (base64-encoded body as sent by Naver Works)",
     why="Already deleted by its author, does not exist: not_found (issue 11), not removed and not rejected ('별도 조치 없음' is because it is gone).",
     items={N[5]: "not_found"})

# 18 X withheld
case(name="x-country-withheld", frm="legal@x.com", date="Thu, 12 Sep 2024 08:10:00 +0900",
     subject="Re: Legal request KCSC-240911-01 [ref:_00D5C3hG._5004x1Kq2:ref]", reply_to_req="req-240911-01",
     body=f"""Hello,

We have received your request and reviewed the reported content.

In response to your legal demand, we have withheld the following posts in South Korea (Country Withheld Content):
{X[1]}
{X[2]}

Withheld posts remain available outside South Korea. For more information, see https://help.x.com/en/rules-and-policies/post-withheld-by-country .

Thanks,
X Legal
ref:_00D5C3hG._5004x1Kq2:ref""", outcome="applied", classification="confirmation",
     imitates="X (Twitter) 'country withheld content' response to a government request, Salesforce ref footer",
     why="Withheld in South Korea = restricted for both posts; help link not an item. Opening 'we have received' does not make it an acknowledgement.",
     items={X[1]: "restricted", X[2]: "restricted"})

# 19 X no violation + account suspended
case(name="x-per-line-suspended-and-no-violation", frm="legal@x.com", date="Fri, 13 Sep 2024 09:40:00 +0900",
     subject="Re: Legal request KCSC-240911-01", reply_to_req="req-240911-01",
     body=f"""Hello,

Please see our decisions below.

- {X[4]} : account suspended for violating the X Rules.
- {X[3]} : after review, we have determined that this post is not in violation of the X Rules, and we are not taking action at this time.

You can review the X Rules at https://help.x.com/en/rules-and-policies/x-rules .

X Legal""", outcome="applied", classification="confirmation",
     imitates="X legal/support per-item decision reply ('not in violation of the X Rules ... not taking action')",
     why="Account suspended = removed (account no longer available); post not in violation, no action = rejected.",
     items={X[4]: "removed", X[3]: "rejected"})

# 20 X dmarc fail
case(name="x-dmarc-fail-spoof", frm="legal@x.com", auth="fail", date="Fri, 13 Sep 2024 22:10:00 +0900",
     subject="Re: Legal request KCSC-240911-01 - completed", reply_to_req="req-240911-01",
     body=f"""Hello,

All posts in your request have been removed:
{X[1]}
{X[2]}
{X[3]}

X Legal""", outcome="review", review="untrusted",
     imitates="Spoofed X confirmation failing DMARC",
     why="From x.com but DMARC fails: untrusted; names our items, so review, nothing applied.",
     items={})

# 21 X auto case receipt
case(name="x-case-receipt", frm="noreply@x.com", date="Wed, 11 Sep 2024 09:31:00 +0900",
     subject="Case# 0451233987: We received your report", reply_to_req="req-240911-01",
     body="""Hello,

Thanks for reaching out. We've received your report and our team will review it.
Your case number is 0451233987. Please keep it for your records.

There is no need to reply to this email; replies to this address are not monitored.

X Support""", outcome="ignored", classification="acknowledgement",
     imitates="X support automated 'Case# … We received your report' receipt",
     why="Receipt only; states nothing about items.", items={})

# 22 X some of the posts
case(name="x-some-of-reported-posts", frm="legal@x.com", date="Sat, 14 Sep 2024 10:00:00 +0900",
     subject="Re: Legal request KCSC-240911-01", reply_to_req="req-240911-01",
     body=f"""Hello,

We have taken action on some of the posts you reported. Others did not violate our rules or local law.

Reported content:
{X[1]}
{X[2]}
{X[3]}

X Legal""", outcome="review", review="not_understood",
     imitates="X 'we have taken action on some of the reported content' summary over an echoed report",
     why="'Some of' the posts without saying which: no item can be given a status. Review (not_understood; bulk would also be defensible).",
     items={})

# 23 kakao 게시중단
case(name="kakao-takedown-notice", frm="safety@kakaocorp.com", date="Thu, 12 Sep 2024 18:05:00 +0900",
     subject="[카카오] 시정요구(KCSC-240912-01) 조치 완료 안내", reply_to_req="req-240912-01",
     body=f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 다음과 같이 조치하였습니다.

1. {K[1]} : 게시중단 처리
2. {K[2]} : 삭제 완료

카카오 운영정책: https://www.kakao.com/policy/oppolicy
감사합니다.

(주)카카오 | 제주특별자치도 제주시 첨단로 242""", outcome="applied", classification="confirmation",
     imitates="카카오/다음 시정요구 조치 완료 안내 (게시중단 처리 / 삭제 완료), operating-policy link and corporate footer",
     why="게시중단 and 삭제 are removal forms: both removed. Policy link not an item.",
     items={K[1]: "removed", K[2]: "removed"})

# 24 kakao 임시조치 + not found, QP
case(name="kakao-temp-measure-and-missing-qp", frm="cafe-help@daum.net", date="Fri, 13 Sep 2024 13:30:00 +0900",
     subject="Re: [KCSC] Request for removal KCSC-240912-01", reply_to_req="req-240912-01",
     raw_mime=mime_qp_text(f"""안녕하세요. 다음카페 고객센터입니다.

{K[1]} 게시글은 정보통신망법에 따라 30일간 임시조치되었습니다.
{K[3]} 는 삭제되었거나 존재하지 않는 게시물로 확인되어 조치할 수 없었습니다.

감사합니다.
Daum 카페 운영팀
"""), body="", outcome="applied", classification="confirmation",
     imitates="다음카페 임시조치 안내 + '존재하지 않는 게시물' reply, quoted-printable encoded",
     why="임시조치 = restricted; '삭제되었거나 존재하지 않는 게시물' (could not be found) = not_found.",
     items={K[1]: "restricted", K[3]: "not_found"})

# 25 tiktok removed + restricted alt
case(name="tiktok-alt-removed-and-restricted", frm="legal-kr@tiktok.com", date="Sat, 14 Sep 2024 12:00:00 +0900",
     subject="Re: KCSC-240913-01 - Outcome of your report", reply_to_req="req-240913-01",
     raw_mime=mime_alt(f"""Hello,

Thank you for your report. We removed {T[1]} for violating our Community Guidelines.
We restricted {T[2]} in South Korea in accordance with local law.

TikTok Trust and Safety""", f"""<html><body><p>Hello,</p>
<p>Thank you for your report. Here is the outcome:</p>
<ul>
<li><a href="{T[1]}">{T[1]}</a> &mdash; removed for violating our Community Guidelines</li>
<li><a href="{T[2]}">{T[2]}</a> &mdash; restricted in South Korea in accordance with local law</li>
</ul>
<p>Learn more: <a href="https://www.tiktok.com/community-guidelines">Community Guidelines</a></p>
<p>TikTok Trust and Safety</p></body></html>"""),
     body="", outcome="applied", classification="confirmation",
     imitates="TikTok report-outcome e-mail (multipart/alternative, bulleted HTML) with local-law restriction",
     why="T1 removed, T2 restricted in KR.", items={T[1]: "removed", T[2]: "restricted"})

# 26 tiktok no violation + not found
case(name="tiktok-no-violation-and-not-found", frm="legal-kr@tiktok.com", date="Tue, 17 Sep 2024 10:00:00 +0900",
     subject="Re: KCSC-240913-01 - Outcome of your report", reply_to_req="req-240913-01",
     body=f"""Hi,

We reviewed the video at the following link and found no violations of our Community Guidelines:
{T[2]}
It will stay up.

We were unable to locate the following video; the link may be invalid:
{T[1]}

Thanks,
TikTok Legal""", outcome="applied", classification="confirmation",
     imitates="TikTok 'No violation found' report outcome and 'unable to locate' reply, URL on the line below its statement",
     why="URL on the line below its statement: T2 no violation, stays up = rejected; T1 unable to locate = not_found.",
     items={T[2]: "rejected", T[1]: "not_found"})

# 27 tiktok ack korean
case(name="tiktok-korean-receipt", frm="noreply@tiktok.com", date="Fri, 13 Sep 2024 10:02:00 +0900",
     subject="[TikTok] 신고가 접수되었습니다", reply_to_req="req-240913-01",
     body="""안녕하세요,
TikTok에 신고해 주셔서 감사합니다. 귀하의 신고가 정상적으로 접수되었으며, 담당 팀에서 검토할 예정입니다.
검토 결과는 이메일로 안내해 드리겠습니다.
TikTok 팀""", outcome="ignored", classification="acknowledgement",
     imitates="TikTok automatic 신고 접수 receipt in Korean",
     why="Pure receipt naming no item.", items={})

# 28 telegram one-liner
case(name="tg-one-sentence-notice", frm="dsa@telegram.org", date="Tue, 17 Sep 2024 02:14:00 +0900",
     subject="Re: [KCSC] Request for removal KCSC-240916-01", reply_to_req="req-240916-01",
     body=f"""{G[1]}
This message has been removed for violating the Telegram Terms of Service.""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk terse reply: a URL and one sentence",
     why="A notice that is only a URL and one sentence: removed.", items={G[1]: "removed"})

# 29 telegram bounce of reminder
dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_b33"

--=_dsn_b33
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mail.telegram.org[192.0.2.44] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--=_dsn_b33
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 18 Sep 2024 09:00:02 +0900 (KST)

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--=_dsn_b33
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: [KCSC] Reminder: KCSC-240916-01
Message-ID: <rem-240916-01@kcsc.example>
Date: Wed, 18 Sep 2024 09:00:00 +0900

Our records show the following item is still pending:
{G[1]}

--=_dsn_b33--
"""
case(name="tg-bounce-of-reminder", frm="MAILER-DAEMON@mx.kcsc.example", auth="none", name_from="Mail Delivery System",
     date="Wed, 18 Sep 2024 09:00:03 +0900", subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"], raw_mime=dsn, body="",
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (RFC 3464) returning our reminder",
     why="Bounce of our own reminder: ignored whoever sent it; the item URL is in the returned message only.", items={})

# 30 telegram unknown sender
case(name="tg-channel-owner-gmail", frm="seoul.ddrop.admin@gmail.com", date="Tue, 17 Sep 2024 20:00:00 +0900", name_from="Channel Admin",
     subject="Re: [KCSC] Request for removal KCSC-240916-01", reply_to_req="req-240916-01",
     body=f"""hello, i am the admin of this channel. i deleted the post {G[1]} already, please close the case.""",
     outcome="review", review="unknown_sender",
     imitates="Reply from the uploader/channel owner using a personal mailbox",
     why="Not from Telegram: a claim about our item from an unknown sender must be seen, never applied.", items={})

# 31 meta local law echoed report
case(name="meta-local-law-echoed-report", frm="records@meta.com", date="Mon, 16 Sep 2024 16:00:00 +0900",
     subject="Re: KCSC-240914-01 Your report to Meta", reply_to_req="req-240914-01",
     body=f"""Hello,

Thank you for your report. Following a legal review, we have restricted access in South Korea to the content you reported, because it was found to be unlawful under local law.

Details of your report:
Report ID: 1083344520915
Reported content:
  {M[1]}
  {M[2]}
Reason given: Defamation

For more about how we respond to legal requests, visit https://transparency.meta.com/reports/content-restrictions/ .

Meta Platforms, Inc. Legal Process""", outcome="applied", classification="confirmation",
     imitates="Meta 'content restricted based on local law' notice followed by an echoed report (Report ID, reported content)",
     why="Statement about 'the content you reported' followed by the echoed report listing it: both restricted. Transparency link not an item.",
     items={M[1]: "restricted", M[2]: "restricted"})

# 32 meta removed + didn't remove
case(name="meta-removed-and-did-not-remove", frm="support@fb.com", date="Tue, 17 Sep 2024 11:00:00 +0900",
     subject="Re: KCSC-240914-01 Update on your reports", reply_to_req="req-240914-01",
     body=f"""Hi,

1) {M[3]}
We removed this reel because it goes against our Community Standards on bullying and harassment.

2) {M[1]}
We didn't remove this post. It doesn't go against our Community Standards and we didn't find it unlawful under the laws you cited.

Learn more: https://transparency.meta.com/policies/community-standards/

Meta""", outcome="applied", classification="confirmation",
     imitates="Meta Support Inbox outcomes ('We removed this …' / 'We didn't remove this post … doesn't go against our Community Standards'), numbered",
     why="M3 removed; M1 a negated removal with a reason = rejected.", items={M[3]: "removed", M[1]: "rejected"})

# 33 meta MDN
mdn = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_b33"

--=_mdn_b33
Content-Type: text/plain; charset=utf-8

Your message

  To: records@meta.com
  Subject: KCSC-240914-01 Request for removal

was read on Sat, 14 Sep 2024 11:02:00 +0900.

--=_mdn_b33
Content-Type: message/disposition-notification

Reporting-UA: mail.meta.com; Microsoft Exchange Server
Final-Recipient: rfc822; records@meta.com
Original-Message-ID: <req-240914-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_b33--
"""
case(name="meta-read-receipt", frm="records@meta.com", date="Sat, 14 Sep 2024 11:02:05 +0900",
     subject="Read: KCSC-240914-01 Request for removal", reply_to_req="req-240914-01", raw_mime=mdn, body="",
     outcome="ignored", classification="read_receipt",
     imitates="Exchange read receipt (RFC 8098 MDN)", why="Read receipt: ignored, nothing about items.", items={})

# 34 reddit removed + author deleted
case(name="reddit-removed-and-user-deleted", frm="legal@reddit.com", date="Wed, 18 Sep 2024 08:30:00 +0900",
     subject="Re: KCSC-240917-01 [Ticket #4482019]", reply_to_req="req-240917-01",
     body=f"""Hi there,

Thanks for your patience. Here is what we found:

* {D[1]} - removed by Reddit's Safety team for violating Reddit's Content Policy.
* {D[2]} - this post had already been deleted by its author before our review, so no further action was needed.

Reddit Legal
https://www.redditinc.com/policies/content-policy""", outcome="applied", classification="confirmation",
     imitates="Reddit legal/safety ticket reply (Zendesk ticket number, 'removed by Reddit's Safety team', 'deleted by its author')",
     why="D1 removed; D2 already deleted by its author = not_found per issue 11 (arguable: removed would also be read by some).",
     items={D[1]: "removed", D[2]: "not_found"})

# 35 reddit escalated
case(name="reddit-escalated-under-review", frm="legal@reddit.com", date="Tue, 17 Sep 2024 18:00:00 +0900",
     subject="Re: KCSC-240917-01 [Ticket #4482019]", reply_to_req="req-240917-01",
     body=f"""Hi,

Your report about {D[1]} and {D[2]} has been escalated to our specialist team and is under review. We'll follow up once we have an update.

Reddit Legal""", outcome="review", review="not_understood",
     imitates="Reddit 'escalated and under review' interim ticket reply",
     why="Under review only; names both items, so it must not be ignored: review, items pending.", items={})

# 36 naver about youtube item
case(name="naver-says-other-platform-item", frm="policy@navercorp.com", date="Wed, 11 Sep 2024 10:00:00 +0900",
     subject="Re: [KCSC] Request for removal KCSC-240909-01", reply_to_req="req-240909-01",
     body=f"""안녕하세요. 네이버입니다.

요청하신 URL {Y[3]} 은 당사에서 운영하는 서비스가 아니므로 당사에서 조치할 수 없습니다. 해당 서비스 운영사에 요청해 주시기 바랍니다.

네이버 정책지원팀""", outcome="review", review="wrong_platform",
     imitates="Portal reply that a URL belongs to another service (당사 서비스가 아님)",
     why="NAVER speaks about a YouTube item: no status from another platform; a human should see the misdirected exchange. Arguable reason: not_understood is also defensible.",
     items={})

# 37 english out-of-office from X staff
case(name="x-out-of-office", frm="d.moreno@x.com", date="Wed, 11 Sep 2024 09:31:30 +0900", name_from="Daniel Moreno",
     subject="Automatic reply: Legal request KCSC-240911-01", reply_to_req="req-240911-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: d.moreno@x.com"],
     body="""I am out of the office until September 23 with limited access to email.
For urgent legal requests, please contact legal@x.com.""", outcome="ignored", classification="auto_reply",
     imitates="Exchange 'Automatic reply' out-of-office", why="Auto-reply; nothing about items.", items={})

# 38 partly done
case(name="yt-partly-done-rest-pending", frm=YT, date="Mon, 16 Sep 2024 14:00:00 +0900",
     subject="Re: [KCSC] Request for removal KCSC-240909-01", reply_to_req="req-240909-01",
     body=f"""Hello,

{Y[5]} has been removed from YouTube.

We need more time for {Y[12]} and expect to reply within five business days.

YouTube Legal Support""", outcome="applied", classification="confirmation",
     imitates="YouTube legal reply reporting one decision and a delay on another",
     why="Y5 removed unhedged; Y12 explicitly not decided and stays pending. Arguable: some would send the whole email to review as partly done; the statement about Y5 is clear.",
     items={Y[5]: "removed"})

# 39 naver reminder reply, alt, 비공개 + 이미 임시조치
case(name="naver-reply-to-reminder-private", frm="policy@navercorp.com", date="Wed, 18 Sep 2024 16:00:00 +0900",
     subject="RE: [KCSC] 미처리 건 재요청 KCSC-240910-01", reply_to_req="req-240910-01",
     raw_mime=mime_alt(f"""안녕하세요.
재요청하신 건 회신드립니다.
{N[4]} : 비공개 처리 완료
{N[1]} : 9월 11일 임시조치된 게시물로, 현재도 임시조치 상태가 유지되고 있습니다.

-----원본 메시지-----
보낸 사람: KCSC Takedown <takedown@kcsc.example>
제목: [KCSC] 미처리 건 재요청 KCSC-240910-01
아래 게시물은 아직 조치되지 않았습니다.
{N[1]}
{N[4]}
{N[5]}""", f"""<div>안녕하세요.<br>재요청하신 건 회신드립니다.</div>
<div>{N[4]} : 비공개 처리 완료</div>
<div>{N[1]} : 9월 11일 임시조치된 게시물로, 현재도 임시조치 상태가 유지되고 있습니다.</div>
<blockquote>-----원본 메시지-----<br>보낸 사람: KCSC Takedown &lt;takedown@kcsc.example&gt;<br>
아래 게시물은 아직 조치되지 않았습니다.<br>{N[1]}<br>{N[4]}<br>{N[5]}</blockquote>"""),
     body="", outcome="applied", classification="confirmation",
     imitates="Korean Outlook reply to our reminder with '-----원본 메시지-----' block (비공개 처리 / 임시조치 유지)",
     why="N4 비공개 처리 = removed; N1 under 임시조치 = restricted. N5 only in the quoted reminder: pending.",
     items={N[4]: "removed", N[1]: "restricted"})

# 40 kakao hedged relative clause (past hedge, main clause clear)
case(name="kakao-hedge-in-relative-clause", frm="safety@kakaocorp.com", date="Wed, 18 Sep 2024 11:00:00 +0900",
     subject="Re: [KCSC] 시정요구 KCSC-240912-01", reply_to_req="req-240912-01",
     body=f"""안녕하세요, 카카오입니다.

불법 도박 광고로 보일 수 있는 내용이 포함된 것으로 추정되는 {K[3]} 채널 게시물은 9월 17일 운영정책에 따라 삭제 조치하였습니다.

감사합니다.
카카오 고객센터""", outcome="applied", classification="confirmation",
     imitates="카카오 고객센터 삭제 조치 회신",
     why="The hedge (보일 수 있는, 추정되는) is in the relative clause about the content; the main clause states 삭제 조치하였습니다: removed.",
     items={K[3]: "removed"})

# 41 meta asks more (English, legal form)
case(name="meta-asks-for-court-order", frm="records@meta.com", date="Wed, 18 Sep 2024 13:00:00 +0900",
     subject="Re: KCSC-240914-01 Additional information needed", reply_to_req="req-240914-01",
     body=f"""Hello,

We reviewed your report about {M[3]} but need more information before we can take action. Please provide the specific provision of Korean law the content violates, or a copy of the decision of the Commission, by replying to this email.

Meta Legal Process""", outcome="review", classification="request_for_info", review="asks_more",
     imitates="Meta 'we need more information' reply to a legal report",
     why="Asks for more information; nothing done.", items={})

# 42 tiktok shared ack + statements
case(name="tiktok-ack-phrase-plus-statement", frm="legal-kr@tiktok.com", date="Wed, 18 Sep 2024 19:00:00 +0900",
     subject="Re: KCSC-240913-01", reply_to_req="req-240913-01",
     body=f"""Hello,

We have received your follow-up and a ticket has been created (#TT-88120453).
Please note that {T[2]} has been age-restricted and is no longer shown to users under 18.

TikTok Legal""", outcome="applied", classification="confirmation",
     imitates="TikTok ticket reply combining a receipt line with an outcome",
     why="An acknowledgement phrase plus an unhedged statement is not an acknowledgement: T2 restricted (age restriction).",
     items={T[2]: "restricted"})


def main():
    write_requests()
    cases = []
    for c in C:
        c = dict(c)
        c["from"] = c.pop("frm")
        if "raw_mime" in c:
            c.pop("body", None)
        cases.append(c)
    corpuslib.write_set(HERE, "blind33",
                        "# Blind set 33 (issue 11): general mix, English and Korean, many platforms.\n"
                        "# Expected results written from each email's meaning before anything ran.", cases)


if __name__ == "__main__":
    main()
