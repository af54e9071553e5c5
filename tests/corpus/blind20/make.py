#!/usr/bin/env python3
"""blind20: a blind set for issue 11 (general mix, English and Korean, seven
platforms). Writes requests.csv, cases/*.eml and expected.toml.
Deterministic: re-running must leave `git status` clean.

Expected results were written from each email's meaning, before anything ran.
"""
import base64
import io
import os
import quopri
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "tiktok.com": "TikTok",
    "fb.com": "Meta",
    "meta.com": "Meta",
    "instagram.com": "Instagram",
})

# ---------------------------------------------------------------- requests
YT = [
    "https://www.youtube.com/watch?v=Qm3vTz8LpA1",
    "https://www.youtube.com/watch?v=Rb7kWc2NdE4",
    "https://www.youtube.com/watch?v=Hs9pXa5TgU0",
    "https://www.youtube.com/watch?v=Lk2mNq8VwY6",
    "https://www.youtube.com/watch?v=Zc4rFt1JbH3",
    "https://www.youtube.com/watch?v=Pw8eGy7KdS5",
    "https://www.youtube.com/watch?v=Nd1uBv6QzM9",
    "https://www.youtube.com/watch?v=Tf5hJx3CaR2",
    "https://www.youtube.com/watch?v=Ej0oKs4YpL8",
    "https://www.youtube.com/watch?v=Wa6tDm9XuG1",
    "https://www.youtube.com/shorts/Gv3bNh7RkQ2",
    "https://www.youtube.com/shorts/Ux8cLp1WeT7",
    "https://www.youtube.com/watch?v=Ko5zSd2FjV4",
    "https://www.youtube.com/watch?v=Mi9yRg6HnB0",
]
NV = [
    "https://blog.naver.com/haneul_daily77/223561234501",
    "https://blog.naver.com/sunnyday_0412/223560987712",
    "https://cafe.naver.com/%EB%8B%AC%EB%B9%9B%EB%AA%A8%EC%9E%84/8812",  # 달빛모임, stored percent-encoded
    "https://cafe.naver.com/dalbit2024/10452",
    "https://blog.naver.com/moonwalker_k/223559876543",
]
NV3_RAW = "https://cafe.naver.com/달빛모임/8812"
XX = [
    "https://x.com/moonrise_k22/status/1832741122334455667",
    "https://x.com/moonrise_k22/status/1832741988776655443",
    "https://x.com/pinkslate_0/status/1833012345678901234",
    "https://x.com/noir_archive_kr/status/1833198765432109876",
]
TG = [
    "https://t.me/nightowl_leaks/1187",
    "https://t.me/nightowl_leaks/1190",
    "https://t.me/velvetroom_kr/552",
]
KK = [
    "https://cafe.daum.net/silverlake77/Kx9P/233",
    "https://moonpiece.tistory.com/58",
]
TT = ["https://www.tiktok.com/@sora.vibes_22/video/7412345678901234567"]
MT = [
    "https://www.instagram.com/p/C_aB1cD2eF3/",
    "https://www.facebook.com/permalink.php?story_fbid=pfbid02XyZ7aBcD&id=100089123456789",
]

REQUESTS = [
    ("KCSC-240909-01", "youtube", "2024-09-09T10:30:00+09:00", "2024-09-16T18:00:00+09:00", YT, "<req-240909-01@kcsc.example>"),
    ("KCSC-240910-01", "naver", "2024-09-10T09:00:00+09:00", "2024-09-17T18:00:00+09:00", NV, "<req-240910-01@kcsc.example>"),
    ("KCSC-240911-01", "x", "2024-09-11T11:00:00+09:00", "2024-09-18T18:00:00+09:00", XX, "<req-240911-01@kcsc.example>"),
    ("KCSC-240912-01", "telegram", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00", TG, "<req-240912-01@kcsc.example>"),
    ("KCSC-240913-01", "kakao", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", KK, "<req-240913-01@kcsc.example>"),
    ("KCSC-240916-01", "tiktok", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", TT, "<req-240916-01@kcsc.example>"),
    ("KCSC-240917-01", "meta", "2024-09-17T09:30:00+09:00", "2024-09-24T18:00:00+09:00", MT, "<req-240917-01@kcsc.example>"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, mid in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},nonconsensual_intimate_image,{mid},")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def quote_request(ref, urls, prefix="> "):
    body = [
        f"Subject: [KCSC] Request for removal {ref}",
        "",
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission requests that the",
        "following content be removed or blocked without delay:",
        "",
    ]
    body += [f"{i}. {u} - must be removed" for i, u in enumerate(urls, 1)]
    body += ["", "Please confirm once the content has been deleted.", "KCSC Takedown desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in body)


def boundary(name):
    return "=_b20_" + name.replace("-", "_")


# ---------------------------------------------------------------- XLSX by hand
def xlsx_bytes(rows):
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for i, row in enumerate(rows, 1):
        cells = "".join(cell(f"{'ABC'[j]}{i}", v) for j, v in enumerate(row))
        sheet_rows.append(f'<row r="{i}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Results" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(sheet_rows) + '</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 18, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- cases
C = []

# ===== YouTube / Google (KCSC-240909-01, 14 items) =====
C.append(dict(
    name="yt-legal-blocked-kr-and-removed",
    **{"from": "legal-support@google.com"}, date="Wed, 11 Sep 2024 16:02:11 +0900",
    subject="Re: [KCSC] Request for removal KCSC-240909-01 [4-8812000036417]",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Thanks for reaching out to us.

In response to your legal request, we have blocked the following content from view on YouTube in South Korea:

{YT[0]}
{YT[1]}

In addition, after review under our Community Guidelines, we have removed this video from YouTube globally:

{YT[2]}

For more information about how Google handles government requests, please see https://transparencyreport.google.com/government-removals/overview

Regards,
The YouTube Legal Support Team

{quote_request('KCSC-240909-01', YT[:3])}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal support reply to a government removal request ('blocked from view on YouTube in <country>' + global CG removal)",
    why="two sections: local block = restricted, global removal = removed; transparency report link is not an item; quoted request below says 'must be removed' for all three",
    items={YT[0]: "restricted", YT[1]: "restricted", YT[2]: "removed"},
))

C.append(dict(
    name="yt-status-lines-below-bare-urls",
    **{"from": "legal-support@google.com"}, date="Thu, 12 Sep 2024 09:40:55 +0900",
    subject="Your YouTube legal request [4-8812000036418] KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hi there,

We have completed our review of the URLs in your request. Our decisions are listed below.

{YT[3]}
We were unable to locate this content. Please check that the URL is correct.

{YT[4]}
After careful review, we have decided not to take action on this content. It does not appear to violate our Community Guidelines or local law.

{YT[5]}
This video is now age-restricted and is no longer viewable by signed-out users or users under 18.

If you have further information, you can reply to this email or submit a new request at https://support.google.com/legal/answer/3110420

Sincerely,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support decision list (URL on its own line, decision sentence below it; 'unable to locate' / 'decided not to take action' / age restriction notice)",
    why="status on the line below each bare URL in plain sentences: not_found, rejected (declined + reason), restricted (age-restricted)",
    items={YT[3]: "not_found", YT[4]: "rejected", YT[5]: "restricted"},
))

C.append(dict(
    name="yt-hedged-may-have-been-removed",
    **{"from": "legal-support@google.com"}, date="Thu, 12 Sep 2024 18:21:03 +0900",
    subject="Re: [KCSC] Request for removal KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Thank you for your follow-up. Some of the videos you listed may already have been removed by our automated systems, but we are still confirming this with the relevant team:

{YT[6]}
{YT[7]}

We will follow up once we have a final answer.

Best,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Google legal support interim reply ('may already have been removed ... still confirming')",
    why="hedged ('may already have been removed', 'still confirming') about named items from a trusted sender: not a statement, must be seen -> review not_understood, nothing applied",
    items={},
))

C.append(dict(
    name="yt-future-block-after-legal-review",
    **{"from": "legal-support@google.com"}, date="Fri, 13 Sep 2024 10:05:00 +0900",
    subject="Re: [KCSC] Request for removal KCSC-240909-01 [4-8812000036419]",
    reply_to_req="req-240909-01",
    body=f"""Hello,

We are reviewing {YT[8]} under local law. If our legal team confirms the assessment, the video will be blocked in South Korea. We expect to complete this within the next few business days.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Google legal support 'we are reviewing ... will be blocked' interim reply",
    why="future and conditional ('will be blocked' if confirmed): nothing done yet; a trusted email naming an item with no statement -> review not_understood",
    items={},
))

C.append(dict(
    name="yt-top-posted-over-quoted-list",
    **{"from": "legal-support@google.com"}, date="Fri, 13 Sep 2024 15:44:12 +0900",
    subject="Re: [KCSC] Request for removal KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hi,

We removed {YT[9]} for violating our policy on nudity and sexual content. The other videos in your request are still being reviewed.

Thanks,
YouTube Legal Support

On Mon, Sep 9, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_request('KCSC-240909-01', YT[9:14])}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from YouTube legal support over the quoted request",
    why="only the top-posted sentence counts: Wa6tDm9XuG1 removed; the four other URLs appear only in our quoted request ('must be removed') and 'still being reviewed' keeps them pending",
    items={YT[9]: "removed"},
))

csv_body = "url,action,reason\r\n" + f"{YT[10]},Removed,Community Guidelines - nudity\r\n" + f"{YT[11]},No action,Does not violate policy\r\n"
C.append(dict(
    name="yt-csv-attachment-shorts",
    **{"from": "legal-support@google.com"}, date="Mon, 16 Sep 2024 11:12:40 +0900",
    subject="KCSC-240909-01 - results [4-8812000036420]",
    reply_to_req="req-240909-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="{boundary('yt-csv')}"

--{boundary('yt-csv')}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find the outcome for the Shorts in your request in the attached file (results.csv).

Regards,
YouTube Legal Support

--{boundary('yt-csv')}
Content-Type: text/csv; charset=utf-8; name="results.csv"
Content-Disposition: attachment; filename="results.csv"
Content-Transfer-Encoding: base64

{b64(csv_body)}
--{boundary('yt-csv')}--
""",
    outcome="applied", classification="confirmation",
    imitates="bulk legal outcome spreadsheet exported as CSV (url, action, reason) attached to a short cover note",
    why="statuses only in the CSV attachment: 'Removed' = removed, 'No action / Does not violate policy' = rejected; shorts URLs",
    items={YT[10]: "removed", YT[11]: "rejected"},
))

C.append(dict(
    name="yt-auto-ack-ticket",
    **{"from": "legal-noreply@google.com"}, date="Mon, 9 Sep 2024 10:31:02 +0900",
    subject="Thanks for your request [4-8812000036416]",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-generated", "Precedence: bulk"],
    body="""Hello,

Thank you for contacting Google. This is an automated message to confirm that we have received your request. Your request ID is 4-8812000036416.

Our team will review the content you reported and will contact you if further information is needed. Please do not reply to this message.

Google Legal
""",
    outcome="ignored",
    imitates="Google legal request automated receipt ('we have received your request', request ID, do not reply)",
    why="pure automated receipt, states nothing about any item -> ignored (classification left open: acknowledgement or auto_reply)",
    items={},
))

html_yt = f"""<html><body><p>Hello,</p>
<p>Here is the outcome for the remaining URLs of your request KCSC-240909-01:</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td><a href="{YT[12]}">{YT[12]}</a></td><td>Blocked in KR (local law)</td></tr>
<tr><td><a href="{YT[13]}">{YT[13]}</a></td><td>Removed - Terms of Service violation</td></tr>
</table>
<p>Learn more about our policies: <a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community Guidelines</a></p>
<p>YouTube Legal Support</p></body></html>
"""
text_yt = f"""Hello,

Here is the outcome for the remaining URLs of your request KCSC-240909-01:

URL | Outcome
{YT[12]} | Blocked in KR (local law)
{YT[13]} | Removed - Terms of Service violation

Learn more about our policies: Community Guidelines <https://www.youtube.com/howyoutubeworks/policies/community-guidelines/>

YouTube Legal Support
"""
C.append(dict(
    name="yt-alternative-html-table",
    **{"from": "legal-support@google.com"}, date="Tue, 17 Sep 2024 14:30:00 +0900",
    subject="Re: [KCSC] Request for removal KCSC-240909-01",
    reply_to_req="req-240909-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="{boundary('yt-alt')}"

--{boundary('yt-alt')}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{text_yt}
--{boundary('yt-alt')}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

{html_yt}
--{boundary('yt-alt')}--
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal outcome table (URL | Outcome) in a multipart/alternative email",
    why="table rows: 'Blocked in KR (local law)' = restricted, 'Removed - Terms of Service violation' = removed; text and HTML agree; policy link not an item",
    items={YT[12]: "restricted", YT[13]: "removed"},
))

C.append(dict(
    name="yt-dmarc-fail-claims-removal",
    **{"from": "legal-support@google.com"}, auth="fail", date="Wed, 18 Sep 2024 08:12:19 +0900",
    subject="Re: [KCSC] Request for removal KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hello,

The following videos have been removed from YouTube:

{YT[6]}
{YT[7]}

YouTube Legal Support
""",
    outcome="review", review="untrusted",
    imitates="Google legal support removal confirmation, but DMARC fails",
    why="perfect confirmation that fails DMARC for google.com: nothing applied, review untrusted",
    items={},
))

C.append(dict(
    name="yt-reported-content-echoed-report",
    **{"from": "no-reply@youtube.com"}, date="Wed, 18 Sep 2024 13:00:41 +0900",
    subject="Update on your report",
    body=f"""Hi KCSC Takedown,

Thanks for reporting content on YouTube. We reviewed the reported content and removed it because it violates our Community Guidelines.

Your report
-----------
Reported video: {YT[8]}
Reason: Nudity or sexual content
Report reference: KCSC-240909-01

You can learn more about how reporting works at https://support.google.com/youtube/answer/2802027

- The YouTube Team

(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You received this email to provide an update about your report on YouTube.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'update on your report' email (statement about 'the reported content' followed by the echoed report, help link, legal footer)",
    why="'removed it' refers to the reported content; the echoed report names Ej0oKs4YpL8 -> removed; help link is not an item",
    items={YT[8]: "removed"},
))

C.append(dict(
    name="yt-uploader-deleted-before-review",
    **{"from": "legal-support@google.com"}, date="Thu, 19 Sep 2024 10:20:00 +0900",
    subject="Re: [KCSC] Request for removal KCSC-240909-01 [4-8812000036421]",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Regarding {YT[13]}: this video was deleted by the uploader before our team could review it, so no further action is possible on our side.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply: 'video was deleted by the uploader before review'",
    why="deleted by its author, not by the platform -> not_found (issue 11's not-found family: 'already deleted by its author')",
    items={YT[13]: "not_found"},
))

yt_qp_text = f"""안녕하세요, YouTube 법률지원팀입니다.

요청번호 KCSC-240909-01 관련 처리 결과를 안내드립니다.

- {YT[0]} : 현지 법률에 따라 대한민국에서 해당 동영상에 대한 액세스를 차단했습니다.
- {YT[1]} : 커뮤니티 가이드라인 위반으로 삭제되었습니다.

자세한 내용은 https://support.google.com/youtube/answer/2802032 를 참고해 주십시오.

감사합니다.
YouTube 법률지원팀
"""
C.append(dict(
    name="yt-korean-qp-per-line",
    **{"from": "legal-support@google.com"}, date="Thu, 19 Sep 2024 15:05:33 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[처리 결과] KCSC-240909-01".encode()).decode() + "?=",
    reply_to_req="req-240909-01",
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(yt_qp_text)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean-language YouTube legal support result (quoted-printable, per-line statuses)",
    why="Korean per-line statuses in QP: 대한민국에서 액세스 차단 = restricted, 삭제 = removed; the support link is not an item",
    items={YT[0]: "restricted", YT[1]: "removed"},
))

# ===== NAVER (KCSC-240910-01, 5 items) =====
C.append(dict(
    name="naver-imsi-jochi-notice",
    **{"from": "policy@navercorp.com"}, date="Wed, 11 Sep 2024 10:15:00 +0900",
    subject="[네이버] 게시물 임시조치 안내 (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 정보통신망법 제44조의2에 따라 아래와 같이 임시조치(30일간 게시 중단)하였음을 알려드립니다.

■ 임시조치 게시물
1) {NV[0]}
2) {NV[1]}

임시조치된 게시물은 게시자가 30일 이내 재게시를 요청하지 않으면 삭제됩니다.
관련 운영정책: https://policy.naver.com/policy/service.html

네이버 주식회사 | 경기도 성남시 분당구 정자일로 95
본 메일은 발신전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단(임시조치) 안내 메일 (정보통신망법 제44조의2, 30일 재게시 안내, 발신전용 footer)",
    why="임시조치 (Article 44-2 temporary measure) on two listed posts -> restricted per issue 11; later deletion is future and does not make them removed",
    items={NV[0]: "restricted", NV[1]: "restricted"},
))

html_nv = f"""<html><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>시정요구(KCSC-240910-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV3_RAW}</td><td>삭제</td><td>운영정책 위반</td></tr>
<tr><td>2</td><td>{NV[3]}</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>3</td><td>{NV[4]}</td><td>조치 불가</td><td>위반 사항 확인되지 않음</td></tr>
</table>
<p>문의: <a href="https://help.naver.com/service/5640/contents/10120">네이버 고객센터</a></p>
</body></html>
"""
C.append(dict(
    name="naver-kcsc-result-table",
    **{"from": "policy@navercorp.com"}, date="Thu, 12 Sep 2024 17:45:00 +0900",
    subject="[회신] 시정요구 조치결과 통보 (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    type="html",
    body=html_nv,
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 table (번호 | URL | 조치 결과 | 비고)",
    why="raw Korean cafe URL matches the percent-encoded item: 삭제 = removed; 게시물 없음 (작성자 삭제) = not_found; 조치 불가 + 위반 사항 확인되지 않음 = rejected",
    items={NV[2]: "removed", NV[3]: "not_found", NV[4]: "rejected"},
))

C.append(dict(
    name="naver-author-deleted-prose",
    **{"from": "policy@navercorp.com"}, date="Fri, 13 Sep 2024 11:02:00 +0900",
    subject="RE: [KCSC] 삭제 요청 KCSC-240910-01",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 {NV[1]} 은 확인 결과 작성자에 의해 이미 삭제된 게시물로, 별도의 조치가 필요하지 않습니다.

감사합니다.
네이버 정책지원팀 드림

-----원본 메시지-----
보낸 사람: KCSC Takedown <takedown@kcsc.example>
받는 사람: policy@navercorp.com
제목: [KCSC] 삭제 요청 KCSC-240910-01

아래 게시물을 삭제하여 주시기 바랍니다.
{NV[0]}
{NV[1]}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team reply: 작성자에 의해 이미 삭제된 게시물, over a '-----원본 메시지-----' quote",
    why="already deleted by its author -> not_found; NV[0] only in the quoted request (삭제 wording) stays pending",
    items={NV[1]: "not_found"},
))

C.append(dict(
    name="naver-asks-supporting-documents",
    **{"from": "policy@navercorp.com"}, date="Fri, 13 Sep 2024 16:30:00 +0900",
    subject="RE: [KCSC] 삭제 요청 KCSC-240910-01 - 추가 자료 요청",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 게시물은 현재 제출된 자료만으로는 불법성 여부를 판단하기 어렵습니다.

- {NV[3]}
- {NV[4]}

심의 의결서 사본 또는 피해자 확인 자료를 추가로 보내주시면 검토 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 추가 자료 요청 reply (심의 의결서 사본 요청)",
    why="platform asks for supporting documents before acting on two named posts: review asks_more, nothing applied",
    items={},
))

C.append(dict(
    name="naver-korean-out-of-office",
    **{"from": "jiyoung.park@navercorp.com"}, date="Tue, 10 Sep 2024 09:01:30 +0900",
    subject="자동 회신: [KCSC] 삭제 요청 KCSC-240910-01",
    reply_to_req="req-240910-01",
    name_from="=?UTF-8?B?" + base64.b64encode("박지영".encode()).decode() + "?=",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 9월 9일부터 9월 18일까지 휴가로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

박지영 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office (자동 회신) from a NAVER employee",
    why="out-of-office auto-reply: ignored",
    items={},
))

C.append(dict(
    name="naver-url-with-particle-blind",
    **{"from": "policy@navercorp.com"}, date="Mon, 16 Sep 2024 14:10:00 +0900",
    subject="[네이버 카페] 게시물 블라인드 처리 안내",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 네이버 카페 운영지원팀입니다.

신고하신 카페 게시물({NV3_RAW})은 운영정책 위반으로 확인되어 블라인드 처리되었습니다.

카페 운영정책 안내: https://section.cafe.naver.com/ca-fe/home/policy
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 게시물 블라인드 처리 안내",
    why="raw Korean-path URL inside full parentheses directly followed by the particle 은; 블라인드 처리 = removed per issue 11's Korean removal forms",
    items={NV[2]: "removed"},
))

C.append(dict(
    name="naver-negated-removal-with-reason",
    **{"from": "policy@navercorp.com"}, date="Wed, 18 Sep 2024 10:40:00 +0900",
    subject="RE: [KCSC] 삭제 요청 KCSC-240910-01",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

{NV[4]}
위 게시물은 검토 결과 당사 운영정책 및 관련 법령에 위반되는 내용이 확인되지 않아 삭제하지 않았습니다.
게시물은 현재 정상 게시 상태로 유지됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply declining deletion (위반되는 내용이 확인되지 않아 삭제하지 않았습니다)",
    why="URL on its own line, statement below it: a negated removal with a reason and 'remains posted' is a rejection",
    items={NV[4]: "rejected"},
))

C.append(dict(
    name="kakao-claims-naver-item",
    **{"from": "policy@kakaocorp.com"}, date="Wed, 18 Sep 2024 15:00:00 +0900",
    subject="[카카오] 게시물 조치 결과 안내",
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 아래 게시물에 대하여 삭제 조치를 완료하였습니다.

- {NV[0]}

감사합니다.
카카오 고객센터
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao 조치 결과 안내, naming a NAVER blog URL (misrouted request)",
    why="a trusted Kakao email claims deletion of a NAVER blog post, which Kakao cannot act on: must stay pending, review wrong_platform (not_understood would also be acceptable review)",
    items={},
))

# ===== X (KCSC-240911-01, 4 items) =====
C.append(dict(
    name="x-withheld-in-country",
    **{"from": "legal@x.com"}, date="Thu, 12 Sep 2024 03:15:20 +0000",
    subject="Re: KCSC-240911-01 [ref:_00D.KR_5003x1Q:ref]",
    reply_to_req="req-240911-01",
    body=f"""Hello,

We're writing to let you know that, in response to your request, X has withheld the following posts in South Korea:

- {XX[0]}
- {XX[1]}

For more information on our country withheld content policy, please see https://help.x.com/en/rules-and-policies/tweet-withheld-by-country

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X/Twitter 'country withheld content' notice to a government requester",
    why="'withheld the following posts in South Korea' + bulleted list -> restricted; help link is not an item",
    items={XX[0]: "restricted", XX[1]: "restricted"},
))

C.append(dict(
    name="x-not-in-violation-and-suspended",
    **{"from": "legal@x.com"}, date="Fri, 13 Sep 2024 08:40:00 +0000",
    subject="Re: KCSC-240911-01 [ref:_00D.KR_5003x1Q:ref]",
    reply_to_req="req-240911-01",
    body=f"""Hello,

Thank you for your report. We have reviewed the posts you reported and have the following update:

1. {XX[2]}
We've determined that this post is not in violation of the X Rules or local law, and we will not be taking action at this time.

2. {XX[3]}
The account that posted this content has been suspended for violating the X Rules; the post is no longer available.

Thanks,
X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X support 'not in violation of the X Rules' outcome + account-suspended notice",
    why="numbered list with status on the line below: not in violation -> rejected; account suspended and post no longer available -> removed",
    items={XX[2]: "rejected", XX[3]: "removed"},
))

C.append(dict(
    name="x-unknown-sender-lookalike",
    **{"from": "legal@x-corp-trust.com"}, date="Fri, 13 Sep 2024 12:00:00 +0900",
    subject="Re: KCSC-240911-01 action completed",
    name_from="X Corp Legal",
    reply_to_req="req-240911-01",
    body=f"""Dear KCSC,

All posts in your request have been removed:

{XX[0]}
{XX[1]}
{XX[2]}
{XX[3]}

X Corp Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="spoofed X legal confirmation from a look-alike domain",
    why="DMARC passes for x-corp-trust.com, which is no platform's sender: claims about our items -> review unknown_sender, nothing applied",
    items={},
))

dsn_text = """This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@x.com>: host mx.x.com[203.0.113.25] said: 550 5.1.1 <legal-kr@x.com>:
    Recipient address rejected: User unknown
"""
C.append(dict(
    name="x-bounce-of-request",
    **{"from": "MAILER-DAEMON@kcsc.example"}, auth="none", date="Wed, 11 Sep 2024 11:00:20 +0900",
    subject="Undelivered Mail Returned to Sender",
    name_from="Mail Delivery System",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary('x-dsn')}"

--{boundary('x-dsn')}
Content-Type: text/plain; charset=us-ascii

{dsn_text}
--{boundary('x-dsn')}
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 11:00:02 +0900

Final-Recipient: rfc822; legal-kr@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--{boundary('x-dsn')}
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@x.com
Subject: [KCSC] Request for removal KCSC-240911-01
Message-ID: <req-240911-01@kcsc.example>
Date: Wed, 11 Sep 2024 11:00:00 +0900

Please remove the following posts:
{XX[0]}
{XX[1]}
The content must be removed within 7 days.

--{boundary('x-dsn')}--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report delivery-status) of our own request",
    why="bounce of our own request (embedding it with URLs and 'removed' wording) -> ignored",
    items={},
))

C.append(dict(
    name="x-some-actioned-unspecified",
    **{"from": "legal@x.com"}, date="Mon, 16 Sep 2024 06:30:00 +0000",
    subject="Re: KCSC-240911-01 [ref:_00D.KR_5003x1Q:ref]",
    reply_to_req="req-240911-01",
    body=f"""Hello,

Thank you for your patience. We have taken action on some of the posts listed in your report, in accordance with the X Rules:

{XX[0]}
{XX[1]}
{XX[2]}

Please note that we are unable to share further details about the specific actions taken.

X Safety
""",
    outcome="review", review="not_understood",
    imitates="X Safety generic 'we have taken action on some of the reported posts' reply",
    why="'action on some of the posts' without saying which: no item's status is stated -> review not_understood (bulk would also be a fair review reason)",
    items={},
))

C.append(dict(
    name="x-relative-clause-hedge",
    **{"from": "legal@x.com"}, date="Tue, 17 Sep 2024 02:05:00 +0000",
    subject="Re: KCSC-240911-01 [ref:_00D.KR_5003x1Q:ref]",
    reply_to_req="req-240911-01",
    body=f"""Hello,

The post {XX[1]}, which may have been edited by its author since your report, has been withheld in South Korea in response to your request.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal withheld-in-country notice with a parenthetical remark",
    why="the hedge ('may have been edited') sits in a relative clause about the past; the main clause states the post was withheld -> restricted",
    items={XX[1]: "restricted"},
))

# ===== Telegram (KCSC-240912-01, 3 items) =====
C.append(dict(
    name="tg-status-on-line-below",
    **{"from": "dsa@telegram.org"}, date="Fri, 13 Sep 2024 19:22:00 +0900",
    subject="Re: KCSC-240912-01",
    reply_to_req="req-240912-01",
    body=f"""Hello,

{TG[0]}
Blocked for users in the Republic of Korea.

{TG[1]}
Deleted.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="terse Telegram abuse-desk reply (URL line, one-line decision below)",
    why="status on the line below each bare URL: 'Blocked for users in the Republic of Korea' = restricted, 'Deleted.' = removed; velvetroom_kr/552 not mentioned stays pending",
    items={TG[0]: "restricted", TG[1]: "removed"},
))

C.append(dict(
    name="tg-ack-phrase-plus-statement",
    **{"from": "abuse@telegram.org"}, date="Sat, 14 Sep 2024 02:10:00 +0900",
    subject="Re: KCSC-240912-01",
    reply_to_req="req-240912-01",
    body=f"""Hi,

Thank you, we have received your report. The messages t.me/nightowl_leaks/1187 and t.me/nightowl_leaks/1190 have been taken down, and the channel admins were warned.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse reply mixing a receipt phrase with a removal statement (scheme-less t.me links)",
    why="acknowledgement phrase plus an unhedged statement: not an acknowledgement; both scheme-less t.me URLs removed",
    items={TG[0]: "removed", TG[1]: "removed"},
))

C.append(dict(
    name="tg-read-receipt-mdn",
    **{"from": "dsa@telegram.org"}, date="Thu, 12 Sep 2024 14:20:00 +0900",
    subject="Read: KCSC-240912-01",
    reply_to_req="req-240912-01",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="{boundary('tg-mdn')}"

--{boundary('tg-mdn')}
Content-Type: text/plain; charset=utf-8

Your message

  To: dsa@telegram.org
  Subject: [KCSC] Request for removal KCSC-240912-01
  Sent: Thursday, September 12, 2024 2:00 PM

was read on Thursday, September 12, 2024 2:19 PM.

--{boundary('tg-mdn')}
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Microsoft Outlook 16.0
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <req-240912-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--{boundary('tg-mdn')}--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (multipart/report; report-type=disposition-notification)",
    why="MDN read receipt -> ignored, not forwarded",
    items={},
))

C.append(dict(
    name="tg-admins-contacted-unclear",
    **{"from": "dsa@telegram.org"}, date="Mon, 16 Sep 2024 21:00:00 +0900",
    subject="Re: KCSC-240912-01",
    reply_to_req="req-240912-01",
    body=f"""Hello,

Regarding {TG[2]}: we have forwarded your notice to the administrators of this channel and asked them to review the post.

Telegram DSA Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram DSA reply that passes the notice to channel admins",
    why="passing the notice to the channel's admins is no status for the item; a trusted email naming the item must be seen -> review not_understood",
    items={},
))

C.append(dict(
    name="tg-unknown-sender-claims",
    **{"from": "support@tg-moderation.org"}, date="Tue, 17 Sep 2024 09:30:00 +0900",
    subject="Re: KCSC-240912-01 removal done",
    name_from="Telegram Moderation",
    reply_to_req="req-240912-01",
    body=f"""Dear Sir/Madam,

We confirm that all content from your request KCSC-240912-01 has been deleted:
{TG[0]}
{TG[1]}
{TG[2]}

Regards,
Moderation Desk
""",
    outcome="review", review="unknown_sender",
    imitates="third-party 'moderation desk' claiming to act for Telegram",
    why="authenticated but not a Telegram domain: claims about our items go to review unknown_sender",
    items={},
))

# ===== Kakao / Daum (KCSC-240913-01, 2 items) =====
C.append(dict(
    name="kakao-gesijungdan-and-not-exist",
    **{"from": "noreply@daum.net"}, date="Fri, 13 Sep 2024 17:30:00 +0900",
    subject="[Daum] 게시중단 요청 처리 결과 안내 (KCSC-240913-01)",
    reply_to_req="req-240913-01",
    body=f"""안녕하세요. Daum 고객센터입니다.
요청하신 게시물에 대한 처리 결과를 안내드립니다.

[처리 결과]
■ {KK[0]}
 → 게시중단 처리되었습니다.

■ {KK[1]}
 → 해당 게시물은 존재하지 않는 페이지로 확인되어 처리할 수 없습니다.

게시중단 정책 안내: https://cs.daum.net/faq/site/15/page/8452.html
본 메일은 발신전용이며 회신되지 않습니다.
(주)카카오 | 제주특별자치도 제주시 첨단로 242
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 게시중단 요청 처리 결과 안내 (■ URL / → 결과, 발신전용 footer)",
    why="게시중단 처리 = removed (issue 11 Korean removal form); 존재하지 않는 페이지 ... 처리할 수 없습니다 = not_found (not a rejection)",
    items={KK[0]: "removed", KK[1]: "not_found"},
))

C.append(dict(
    name="kakao-numbered-private-by-operator",
    **{"from": "policy@kakaocorp.com"}, date="Mon, 16 Sep 2024 11:20:00 +0900",
    subject="RE: 시정요구 조치결과 회신 (KCSC-240913-01)",
    reply_to_req="req-240913-01",
    body=f"""안녕하세요, 카카오 정책팀입니다.
시정요구에 대한 조치 결과를 아래와 같이 회신드립니다.

1. {KK[0]}
   조치결과: 삭제 완료

2. {KK[1]}
   조치결과: 운영자에 의한 비공개 처리 완료

감사합니다.
카카오 정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 시정요구 조치결과 회신 (numbered list, 조치결과 line below each URL)",
    why="삭제 완료 = removed; 운영자에 의한 비공개 처리 완료 = removed (issue 11 lists 비공개 처리 by the operator as a removal form)",
    items={KK[0]: "removed", KK[1]: "removed"},
))

# ===== TikTok (KCSC-240916-01, 1 item) =====
C.append(dict(
    name="tiktok-reported-content-removed",
    **{"from": "no-reply@tiktok.com"}, date="Tue, 17 Sep 2024 13:45:00 +0900",
    subject="TikTok: update on your report",
    body=f"""Hi KCSC Takedown,

Thanks for helping keep TikTok safe. We reviewed the content you reported and found that it violated our Community Guidelines, so we removed it.

Report details
Report ID: 7413998877665544332
Reported content: {TT[0]}
Reason: Nudity and sexual activity
Your reference: KCSC-240916-01

Learn more about our Community Guidelines: https://www.tiktok.com/community-guidelines

TikTok Trust and Safety
TikTok Pte. Ltd., 1 Raffles Quay, Singapore
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'update on your report' (statement about the reported content followed by echoed report details)",
    why="'we removed it' refers to the reported content echoed below -> removed; guidelines link not an item",
    items={TT[0]: "removed"},
))

C.append(dict(
    name="tiktok-report-received-auto",
    **{"from": "no-reply@tiktok.com"}, date="Mon, 16 Sep 2024 10:02:00 +0900",
    subject="We've received your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hi,

We've received your report and a ticket has been created (Report ID 7413998877665544332). Our team will review it and let you know the outcome. You can check the status of your reports in the Safety Center.

TikTok Trust and Safety
""",
    outcome="ignored",
    imitates="TikTok automated report receipt",
    why="receipt that states nothing about items -> ignored",
    items={},
))

C.append(dict(
    name="tiktok-restricted-local-law",
    **{"from": "legal@tiktok.com"}, date="Wed, 18 Sep 2024 16:00:00 +0900",
    subject="Re: KCSC-240916-01 - Law enforcement / government request",
    reply_to_req="req-240916-01",
    body=f"""Dear KCSC,

Thank you for your request. After review under applicable local law, we have restricted access in South Korea to the following video:
{TT[0]}

The content remains available in other regions. Please refer to our Government Removal Requests Report for more information: https://www.tiktok.com/transparency/en/government-removal-requests

Kind regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply to a government removal request (restricted in country)",
    why="'restricted access in South Korea' with the URL on the line below the statement -> restricted; transparency link is not an item",
    items={TT[0]: "restricted"},
))

# ===== Meta (KCSC-240917-01, 2 items) =====
C.append(dict(
    name="meta-local-law-and-not-against-standards",
    **{"from": "noreply@fb.com"}, date="Wed, 18 Sep 2024 20:10:00 +0900",
    subject="Your report to Meta (KCSC-240917-01)",
    reply_to_req="req-240917-01",
    body=f"""Hi,

We've reviewed the content you reported.

Instagram post: {MT[0]}
Based on local law, we've restricted access to this content in South Korea.

Facebook post: {MT[1]}
We didn't remove this post because it doesn't go against our Community Standards.

You can learn more about how we handle reports of content that may be unlawful at https://transparency.meta.com/reports/content-restrictions/

Thanks,
Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta report outcome (local law restriction + 'doesn't go against our Community Standards')",
    why="restricted in South Korea -> restricted; negated removal with reason -> rejected",
    items={MT[0]: "restricted", MT[1]: "rejected"},
))

C.append(dict(
    name="meta-asks-for-more-info",
    **{"from": "legal-kr@meta.com"}, date="Thu, 19 Sep 2024 10:00:00 +0900",
    subject="Re: KCSC-240917-01",
    reply_to_req="req-240917-01",
    body=f"""Hello,

Thank you for contacting Meta. To proceed with your request regarding {MT[1]}, we need additional information: please provide the specific legal basis under Korean law and, where available, a copy of the Commission's decision.

Once we receive this information we will review the content.

Meta Law Enforcement Response Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Meta legal request for additional information (legal basis, decision copy)",
    why="asks for more information before acting: review asks_more",
    items={},
))

C.append(dict(
    name="meta-out-of-office-english",
    **{"from": "jkim@meta.com"}, date="Tue, 17 Sep 2024 09:31:00 +0900",
    subject="Automatic reply: [KCSC] Request for removal KCSC-240917-01",
    name_from="Jun Kim",
    reply_to_req="req-240917-01",
    extra_headers=["X-Autoreply: yes", "Auto-Submitted: auto-replied"],
    body="""Thank you for your message. I am out of the office until September 23 with limited access to email. For urgent legal requests, please use the Meta law enforcement online request system.

Jun
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office: ignored",
    items={},
))

xlsx = xlsx_bytes([
    ["Content URL", "Action taken", "Notes"],
    [MT[0], "Removed", "Violates Community Standards (Adult nudity)"],
    [MT[1], "Content unavailable", "Could not be located at time of review"],
])
C.append(dict(
    name="meta-xlsx-results",
    **{"from": "legal-kr@meta.com"}, date="Thu, 19 Sep 2024 18:00:00 +0900",
    subject="KCSC-240917-01 results",
    reply_to_req="req-240917-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="{boundary('meta-xlsx')}"

--{boundary('meta-xlsx')}
Content-Type: text/plain; charset=utf-8

Hello,

Please see the attached spreadsheet for the outcome of your request.

Meta Content Response Team

--{boundary('meta-xlsx')}
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240917-01.xlsx"
Content-Disposition: attachment; filename="KCSC-240917-01.xlsx"
Content-Transfer-Encoding: base64

{b64(xlsx)}
--{boundary('meta-xlsx')}--
""",
    outcome="applied", classification="confirmation",
    imitates="spreadsheet of outcomes (Content URL | Action taken | Notes) attached to a short Meta cover note",
    why="statuses only in the XLSX: Removed -> removed; 'Content unavailable / Could not be located' -> not_found",
    items={MT[0]: "removed", MT[1]: "not_found"},
))

C.append(dict(
    name="meta-quoted-outlook-only-new-line",
    **{"from": "legal-kr@meta.com"}, date="Thu, 19 Sep 2024 21:15:00 +0900",
    subject="RE: [KCSC] Request for removal KCSC-240917-01",
    reply_to_req="req-240917-01",
    body=f"""Hi,

Update: the Instagram post has now been removed globally.
{MT[0]}

Regards,
Meta Content Response Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 9:30 AM
To: legal-kr@meta.com
Subject: [KCSC] Request for removal KCSC-240917-01

Please remove the following content; it must be deleted within 7 days:
{MT[0]}
{MT[1]}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' block; statement with the URL on the line below it",
    why="URL on the line below its statement -> removed; the Facebook post appears only in the unprefixed Outlook quote and stays pending",
    items={MT[0]: "removed"},
))

# ===== TikTok / others: more doubtful and mixed =====
C.append(dict(
    name="tiktok-dmarc-fail",
    **{"from": "legal@tiktok.com"}, auth="fail", date="Thu, 19 Sep 2024 08:00:00 +0900",
    subject="Re: KCSC-240916-01",
    reply_to_req="req-240916-01",
    body=f"""Dear KCSC,

The video {TT[0]} has been permanently removed.

TikTok Legal
""",
    outcome="review", review="untrusted",
    imitates="TikTok legal removal confirmation with failing DMARC",
    why="DMARC fail: nothing applied, review untrusted",
    items={},
))

C.append(dict(
    name="yt-partly-done-channel-level",
    **{"from": "legal-support@google.com"}, date="Thu, 19 Sep 2024 19:40:00 +0900",
    subject="Re: [KCSC] Request for removal KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hello,

We removed {YT[4]} from YouTube. We are still reviewing {YT[5]} and have not yet made a decision.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal partial update (one removed, one still under review)",
    why="removal of Zc4rFt1JbH3 applies; 'still reviewing ... not yet made a decision' keeps Pw8eGy7KdS5 pending",
    items={YT[4]: "removed"},
))

C.append(dict(
    name="kakao-ack-receipt-korean",
    **{"from": "noreply@kakaocorp.com"}, date="Fri, 13 Sep 2024 10:01:00 +0900",
    subject="[카카오] 문의가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다. (접수번호: 2024091300123)
담당자 확인 후 순차적으로 답변드리겠습니다.

본 메일은 발신전용입니다.
""",
    outcome="ignored",
    imitates="Kakao 고객센터 문의 접수 자동 안내",
    why="Korean ticket receipt, no item, no statement -> ignored",
    items={},
))


HEADER = """# blind20: blind set for issue 11, written from public notice styles
# without reading the reader. Generated by make.py; do not edit by hand.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind20", HEADER, C)


if __name__ == "__main__":
    main()
