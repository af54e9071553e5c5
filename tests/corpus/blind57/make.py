#!/usr/bin/env python3
"""Blind set 57 (issue 11): a general mix, English and Korean, many platforms.

Written without reading the reader or any other set. Every expected result
below was written from the email's meaning before anything was run.

    python3 tests/corpus/blind57/make.py

Deterministic: rewrites cases/*.eml, requests.csv and expected.toml.
"""
import base64
import csv
import io
import os
import sys
import zipfile
from email import quoprimime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind57"

# ---------------------------------------------------------------- requests
Y = ["https://www.youtube.com/watch?v=hR4tKq9Lm%02d" % i for i in range(1, 13)] + [
    "https://www.youtube.com/shorts/pW8sNc3Jd21",
    "https://www.youtube.com/shorts/pW8sNc3Jd22",
]
N = [
    "https://blog.naver.com/blueharbor77/223561048812",
    "https://blog.naver.com/blueharbor77/223561049977",
    "https://cafe.naver.com/moonlitcafe/30512",
    "https://tv.naver.com/v/58120394",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230981",
]
X = [
    "https://x.com/fake_nightowl/status/1833012345678901201",
    "https://x.com/fake_nightowl/status/1833012345678901202",
    "https://x.com/grey_lantern_kr/status/1833998877665544301",
    "https://x.com/grey_lantern_kr/status/1833998877665544302",
]
K = [
    "https://cafe.daum.net/sunsetclub/Fre1/1843",
    "https://brunch.co.kr/@fakewriter/57",
    "https://open.kakao.com/o/gXyZ12ab",
]
M = [
    "https://www.instagram.com/p/C_fakeAb12Cd/",
    "https://www.facebook.com/fake.page.kr/posts/pfbid02AbCdEfGh123",
    "https://www.instagram.com/reel/C_fakeRe77Xy/",
]
T = [
    "https://www.tiktok.com/@fake.moonwalker/video/7412345678901234561",
    "https://www.tiktok.com/@fake.moonwalker/video/7412345678901234562",
]
R = [
    "https://www.reddit.com/r/fakesub_kr/comments/1fbq2x9/cheap_tickets_here/",
    "https://www.reddit.com/r/fakesub_kr/comments/1fbq7kk/new_link_posted/",
]
G = ["https://t.me/fakechan_q/812"]

REQUESTS = [
    ("KCSC-240909-01", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", Y, "illegal_gambling"),
    ("KCSC-240910-01", "naver", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", N, "defamation"),
    ("KCSC-240911-01", "x", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00", X, "obscene"),
    ("KCSC-240912-01", "kakao", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00", K, "illegal_drugs"),
    ("KCSC-240913-01", "meta", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", M, "fraud"),
    ("KCSC-240913-02", "tiktok", "2024-09-13T16:00:00+09:00", "2024-09-20T18:00:00+09:00", T, "obscene"),
    ("KCSC-240916-01", "reddit", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", R, "illegal_gambling"),
    ("KCSC-240917-01", "telegram", "2024-09-17T09:00:00+09:00", "2024-09-24T18:00:00+09:00", G, "illegal_drugs"),
]


def req_id(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_id(ref), ""])


def reminder_headers(ref, n=1):
    rid = req_id(ref)
    rem = "rem-%s-%d" % (ref[5:].lower(), n)
    return [f"In-Reply-To: <{rem}@kcsc.example>", f"References: <{rid}@kcsc.example> <{rem}@kcsc.example>"]


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quoprimime.body_encode(text, maxlinelen=76)


def make_xlsx(rows):
    """A minimal XLSX workbook (inline strings), zip entries at a fixed date."""
    def col(i):
        return "ABCDEFGH"[i]

    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(
            f'<c r="{col(c)}{r}" t="inlineStr"><is><t>{esc(v)}</t></is></c>' for c, v in enumerate(row)
        )
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Results" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + "".join(sheet_rows)
            + "</sheetData></worksheet>"
        ),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


OUR_REQUEST_QUOTE_Y = "\n".join("> %d. %s" % (i + 1, u) for i, u in enumerate(Y))

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
# ---------------------------------------------------------------- YouTube
case(
    name="yt-legal-removed-heading-list",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 02:14:09 -0700",
    subject="Re: [KCSC-240909-01] Request for removal of content - YouTube",
    reply_to_req=req_id("KCSC-240909-01"),
    body=f"""Hello,

Thank you for your notice dated 9 September 2024 (your reference KCSC-240909-01).

After reviewing your request, we have removed the following content from YouTube:

{Y[0]}
{Y[1]}
{Y[2]}

We are still assessing the remaining URLs in your notice and will follow up
separately.

For more information about how YouTube handles legal requests, see
https://support.google.com/youtube/answer/6154230 .

Regards,
The YouTube Legal Team
Google LLC | 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied", classification="confirmation",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "removed"},
    imitates="Google/YouTube legal removals outcome email ('we have removed the following content from YouTube' + bare URL list + help-centre link)",
    why="heading sentence then bare URL list; 'still assessing the remaining URLs' names none; the support.google.com link is not an item",
)

case(
    name="yt-html-ticket-status-below-url",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 08:40:55 +0000",
    subject="[6-1837201944321] KCSC-240909-01 - update on your request",
    reply_to_req=req_id("KCSC-240909-01"),
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>We have completed our review of some of the items in your request <b>KCSC-240909-01</b>. The outcome for each item is listed below.</p>
<div style="border-top:1px solid #ddd;padding:6px 0">
<a href="{Y[5]}">{Y[5]}</a><br>
Removed for violating YouTube's Community Guidelines.
</div>
<div style="border-top:1px solid #ddd;padding:6px 0">
<a href="{Y[6]}">{Y[6]}</a><br>
We reviewed this video and did not find it to violate our policies or local law, so it remains available.
</div>
<div style="border-top:1px solid #ddd;padding:6px 0">
<a href="{Y[7]}">{Y[7]}</a><br>
Age-restricted: the video can no longer be viewed by signed-out users or viewers under 18.
</div>
<p>If you have further questions, reply to this email and keep the case number <b>[6-1837201944321]</b> in the subject line.</p>
<p style="color:#777">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>
You received this service email because you submitted a legal request to Google.
<a href="https://support.google.com/legal/answer/3110420">Learn more</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    items={Y[5]: "removed", Y[6]: "rejected", Y[7]: "restricted"},
    imitates="Google Legal Support case update (HTML ticket mail with case number in brackets, one outcome line under each linked URL)",
    why="HTML-only; each status on the line under its URL; 'did not find it to violate … remains available' = rejected; age restriction = restricted",
)

case(
    name="yt-csv-reply-to-reminder",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 06:02:31 +0000",
    subject="RE: [Reminder] KCSC-240909-01 outstanding items",
    extra_headers=reminder_headers("KCSC-240909-01"),
    raw_mime="""Content-Type: multipart/mixed; boundary="=_csv57a"

--=_csv57a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Further to your reminder, the current status of the items we have completed
is in the attached file (kcsc-240909-01-status.csv).

Kind regards,
YouTube Legal Support

--=_csv57a
Content-Type: text/csv; charset=utf-8; name="kcsc-240909-01-status.csv"
Content-Disposition: attachment; filename="kcsc-240909-01-status.csv"
Content-Transfer-Encoding: base64

""" + b64(("url,action_taken,policy\r\n"
           f"{Y[8]},Removed,Community Guidelines - Spam and deceptive practices\r\n"
           f"{Y[9]},Video unavailable - deleted by the uploader before review,\r\n"
           f"{Y[10]},No action - does not violate policy or local law,\r\n").encode()) + """
--=_csv57a--
""",
    outcome="applied", classification="confirmation",
    items={Y[8]: "removed", Y[9]: "not_found", Y[10]: "rejected"},
    imitates="YouTube/Google legal team reply to a follow-up with a per-URL status spreadsheet (CSV export of a case tool)",
    why="statuses only in a base64 CSV attachment; 'deleted by the uploader before review' = not_found; 'No action - does not violate' = rejected",
)

case(
    name="yt-xlsx-shorts",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 01:15:00 -0700",
    subject="Re: [KCSC-240909-01] Shorts",
    reply_to_req=req_id("KCSC-240909-01"),
    raw_mime="""Content-Type: multipart/mixed; boundary="=_xl57"

--=_xl57
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi,

Please see the attached sheet for our decision on the two Shorts in your
request KCSC-240909-01.

Thanks,
YouTube Legal Support

--=_xl57
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="shorts-decision.xlsx"
Content-Disposition: attachment; filename="shorts-decision.xlsx"
Content-Transfer-Encoding: base64

""" + b64(make_xlsx([
        ["Reported URL", "Decision", "Scope"],
        [Y[12], "Blocked", "South Korea only (local law)"],
        [Y[13], "Removed", "Global (Community Guidelines)"],
    ])) + """
--=_xl57--
""",
    outcome="applied", classification="confirmation",
    items={Y[12]: "restricted", Y[13]: "removed"},
    imitates="Google legal team decision spreadsheet attached to a short cover note (Reported URL / Decision / Scope columns)",
    why="XLSX only; 'Blocked' scoped to South Korea = restricted, 'Removed' global = removed",
)

case(
    name="yt-top-posted-over-quoted-request",
    **{"from": "jiwon.park@google.com"}, name_from="Jiwon Park",
    date="Wed, 11 Sep 2024 17:33:08 +0900",
    subject="Re: KCSC-240909-01",
    reply_to_req=req_id("KCSC-240909-01"),
    body=f"""Hi team,

{Y[11]} has been taken down today. Nothing else to report yet.

Jiwon Park | Trust & Safety, Google Korea

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube,
>
> Under Article 21 of the Act on the Establishment and Operation of the Korea
> Communications Commission, we request that the following content be removed
> or access to it be blocked (reference KCSC-240909-01):
>
{OUR_REQUEST_QUOTE_Y}
>
> Please confirm the action taken for each item.
""",
    outcome="applied", classification="confirmation",
    items={Y[11]: "removed"},
    imitates="Gmail top-posted reply by a platform employee over the quoted original request ('On … wrote:' + '>' quoted list)",
    why="one own sentence names one video; the quoted list of all 14 (with 'removed' in the request text) must not count",
)

case(
    name="yt-korean-particles-angle-brackets",
    **{"from": "legal-kr@google.com"}, name_from="구글 법무지원팀",
    date="Thu, 12 Sep 2024 14:05:00 +0900",
    subject="RE: KCSC-240909-01 시정요구 관련 회신",
    reply_to_req=req_id("KCSC-240909-01"),
    body=f"""안녕하세요, 구글코리아 법무지원팀입니다.

귀 위원회의 시정요구(KCSC-240909-01)에 대하여 아래와 같이 회신드립니다.

<{Y[3]}>에 대해서는 한국 내 접속 차단 조치를 하였습니다.
{Y[4]}의 경우 커뮤니티 가이드 위반으로 삭제되었습니다。

나머지 영상은 검토가 끝나는 대로 별도로 안내드리겠습니다.

감사합니다.
구글코리아 법무지원팀 드림
""",
    outcome="applied", classification="confirmation",
    items={Y[3]: "restricted", Y[4]: "removed"},
    imitates="Google Korea legal team reply in Korean to a KCSC 시정요구 (국내 접속 차단 / 커뮤니티 가이드 위반 삭제)",
    why="URLs in angle brackets and followed by a Korean particle (의) and a full-width '。'; 접속 차단 = restricted, 삭제 = removed",
)

case(
    name="yt-numbered-with-help-links",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    date="Fri, 13 Sep 2024 09:12:44 +0000",
    subject="Your legal complaint KCSC-240909-01: outcome",
    reply_to_req=req_id("KCSC-240909-01"),
    body=f"""Hi KCSC,

We've finished reviewing the content you reported. Here is what we did:

1. {Y[5]}
   This video was removed. Learn more about our policies:
   https://support.google.com/youtube/answer/2801973
2. {Y[6]}
   This video was removed.
3. {Y[7]}
   We couldn't find this video. The link may be mistyped or the video no
   longer exists.
4. {Y[8]}
   After review, we decided not to take action on this video because it
   doesn't go against YouTube's Community Guidelines or local law.
   Appeals and more information: https://support.google.com/youtube/answer/185111

Thanks for helping keep YouTube safe.

© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You received this email to update you about a complaint you submitted.
""",
    outcome="applied", classification="confirmation",
    items={Y[5]: "removed", Y[6]: "removed", Y[7]: "not_found", Y[8]: "rejected"},
    imitates="YouTube 'We've finished reviewing the content you reported' outcome email (numbered items, help-centre links after statements)",
    why="numbered list, status lines below each URL; 'couldn't find this video' = not_found; 'decided not to take action … doesn't go against' = rejected; help links are not items",
)

case(
    name="yt-actioned-one-liner",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 03:00:10 +0000",
    subject="Re: [KCSC-240909-01]",
    reply_to_req=req_id("KCSC-240909-01"),
    body=f"""{Y[9]} has been actioned under our policies and is no longer available on YouTube.

-- 
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    items={Y[9]: "removed"},
    imitates="terse YouTube legal support reply: a notice that is only a URL and one sentence ('actioned … no longer available')",
    why="a one-sentence notice; 'actioned … no longer available on YouTube' = removed",
)

# ---------------------------------------------------------------- NAVER
case(
    name="naver-imsijochi-notice",
    **{"from": "policy@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Wed, 11 Sep 2024 10:20:00 +0900",
    subject="[네이버] 게시중단 요청(KCSC-240910-01) 처리 결과 안내",
    reply_to_req=req_id("KCSC-240910-01"),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

귀 위원회에서 요청하신 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에
관한 법률」 제44조의2에 따라 30일간 임시조치(블라인드)를 하였음을 알려드립니다.

[임시조치 게시물]
- {N[0]}
- {N[1]}

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 삭제됩니다.
권리보호센터 안내: https://right.naver.com/

※ 본 메일은 발신전용입니다.
NAVER Corp. 경기도 성남시 분당구 정자일로 95
""",
    outcome="applied", classification="confirmation",
    items={N[0]: "restricted", N[1]: "restricted"},
    imitates="NAVER 권리보호센터 게시중단(임시조치) 처리 안내 메일 (Article 44-2 30-day temporary measure)",
    why="임시조치 (30-day blind under Art. 44-2) is restricted per issue 11; the future deletion is conditional and changes nothing; right.naver.com is not an item",
)

case(
    name="naver-kcsc-result-table",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 16:45:00 +0900",
    subject="Re: 시정요구(KCSC-240910-01) 조치결과 회신",
    reply_to_req=req_id("KCSC-240910-01"),
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구 건(KCSC-240910-01)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N[2]}</td><td>게시중단(삭제)</td><td>2024.09.12</td></tr>
<tr><td>2</td><td>{N[3]}</td><td>영상 비공개 처리</td><td>2024.09.12</td></tr>
<tr><td>3</td><td>{N[4].replace('&', '&amp;')}</td><td>작성자 삭제로 게시물 없음</td><td>-</td></tr>
</table>
<p>문의사항은 본 메일로 회신 부탁드립니다.<br>네이버 주식회사 정책지원팀</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    items={N[2]: "removed", N[3]: "removed", N[4]: "not_found"},
    imitates="KCSC 시정요구 조치결과 회신 table (번호 | URL | 조치결과 | 조치일) as Korean portals send it",
    why="HTML table; 게시중단(삭제) and 비공개 처리 = removed (issue 11 family); 작성자 삭제로 게시물 없음 = not_found; &amp; in the kin URL",
)

case(
    name="naver-thread-several-quote-levels",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 17 Sep 2024 11:02:00 +0900",
    subject="RE: RE: [재요청] KCSC-240910-01 미조치 건",
    extra_headers=reminder_headers("KCSC-240910-01"),
    body=f"""안녕하세요.

재요청 주신 건 확인하였습니다.
{N[0]} 게시물은 운영정책 위반으로 삭제 조치되었습니다.
{N[2]} 게시물은 검토 결과 위반 사항이 확인되지 않아 게시를 유지합니다.

감사합니다.
네이버 정책지원팀 드림

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: "policy@navercorp.com"
Sent: 2024-09-16 (월) 10:00:00 (GMT+09:00)
Subject: RE: [재요청] KCSC-240910-01 미조치 건

아래 게시물에 대한 조치 결과를 회신하여 주시기 바랍니다.
{N[0]}
{N[2]}
{N[3]}

-----Original Message-----
From: "네이버 정책지원팀"<policy@navercorp.com>
Sent: 2024-09-10 (화) 15:30:00 (GMT+09:00)
Subject: RE: KCSC-240910-01

접수되었습니다. {N[3]} 은 삭제 완료되었고 나머지는 검토 후 회신드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    items={N[0]: "removed", N[2]: "rejected"},
    imitates="Korean Outlook-style thread (-----Original Message----- twice) from a portal policy team answering a 재요청",
    why="only the top part counts: 삭제 조치 = removed, 위반 사항이 확인되지 않아 게시를 유지 = rejected; the older quoted 삭제 완료 for the TV video must not apply",
)

case(
    name="naver-url-below-statement",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 09:30:00 +0900",
    subject="[네이버 고객센터] KCSC-240910-01 답변드립니다",
    reply_to_req=req_id("KCSC-240910-01"),
    body=f"""안녕하세요. 네이버 고객센터입니다.

문의하신 게시물 중 다음 게시물은 운영원칙에 따라 삭제 처리되었습니다.
{N[1]}

다음 게시물은 임시조치(30일간 접근 차단)되었습니다.
{N[3]}

더 궁금하신 사항은 고객센터(https://help.naver.com)로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    items={N[1]: "removed", N[3]: "restricted"},
    imitates="NAVER 고객센터 answer email (statement sentence, URL on the line below it, help link footer)",
    why="URL on the line below its statement; 삭제 = removed, 임시조치(접근 차단) = restricted; help.naver.com is not an item",
)

case(
    name="naver-seq-blind-then-deleted",
    pre=dict(
        **{"from": "policy@navercorp.com"}, name_from="네이버 권리보호센터",
        date="Wed, 11 Sep 2024 09:00:00 +0900",
        subject="[네이버] KCSC-240910-01 임시조치 안내",
        reply_to_req=req_id("KCSC-240910-01"),
        body=f"""안녕하세요. 네이버 권리보호센터입니다.

아래 지식iN 게시물은 임시조치되어 현재 30일간 블라인드 상태입니다.
{N[4]}
""",
    ),
    **{"from": "policy@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Thu, 19 Sep 2024 09:00:00 +0900",
    subject="[네이버] KCSC-240910-01 처리 결과 추가 안내",
    reply_to_req=req_id("KCSC-240910-01"),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

앞서 임시조치 안내드린 아래 게시물은 운영자에 의해 삭제되었습니다.
{N[4]}
""",
    outcome="applied", classification="confirmation",
    items={N[4]: "removed"},
    imitates="NAVER 임시조치 notice followed by a later deletion-by-operator notice for the same post",
    why="sequence: first restricted (임시조치/블라인드), then 운영자에 의해 삭제 = removed, the stronger later status wins",
)

# ---------------------------------------------------------------- X
case(
    name="x-withheld-in-korea",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 19:03:12 +0000",
    subject="Re: [KCSC-240911-01] Legal request - X Corp. #0123-4567",
    reply_to_req=req_id("KCSC-240911-01"),
    body=f"""Hello,

We have received your legal request (ticket 0123-4567).

In response to your request, we have withheld the following content in the
Republic of Korea:

{X[0]} - withheld in KR
{X[1]} - withheld in KR

For more information about country withheld content, please see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Please note that X may notify the account holders concerned.

Regards,
X Legal
X Corp., 1355 Market Street, San Francisco, CA 94103
""",
    outcome="applied", classification="confirmation",
    items={X[0]: "restricted", X[1]: "restricted"},
    imitates="X (Twitter) legal team 'we have withheld the following content in [country]' reply with the country-withheld help link",
    why="'We have received your legal request' opens the mail but unhedged per-line statements follow: not an acknowledgement; withheld = restricted",
)

case(
    name="x-qp-alternative-mixed",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 22:40:00 +0000",
    subject="Re: [KCSC-240911-01] Legal request - X Corp. #0123-4567",
    reply_to_req=req_id("KCSC-240911-01"),
    raw_mime="""Content-Type: multipart/alternative; boundary="--alt57x"

----alt57x
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""Hello,

Following our review of your request:

* {X[2]} \u2014 removed for violating the X Rules (sensitive media policy).
* {X[3]} \u2014 we have not taken action on this post. It does not violate the X Rules and we did not find it to be illegal under the applicable law.

Regards,
X Legal
""") + """
----alt57x
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""<html><body><p>Hello,</p><p>Following our review of your request:</p><ul>
<li><a href="{X[2]}">{X[2]}</a> \u2014 removed for violating the X Rules (sensitive media policy).</li>
<li><a href="{X[3]}">{X[3]}</a> \u2014 we have not taken action on this post. It does not violate the X Rules and we did not find it to be illegal under the applicable law.</li>
</ul><p>Regards,<br>X Legal</p></body></html>""") + """
----alt57x--
""",
    outcome="applied", classification="confirmation",
    items={X[2]: "removed", X[3]: "rejected"},
    imitates="X legal outcome email (multipart/alternative, quoted-printable) with one removal and one 'not taken action … does not violate' decision",
    why="QP soft breaks inside long URLs; bulleted; 'not taken action … does not violate' = rejected",
)

case(
    name="x-reminder-reply-outlook",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 18 Sep 2024 01:10:00 +0000",
    subject="RE: [Reminder] KCSC-240911-01 - items still pending",
    extra_headers=reminder_headers("KCSC-240911-01"),
    body=f"""Hi,

{X[0]} and {X[2]} have been removed for violating our rules on non-consensual nudity.
{X[1]} remains withheld in the Republic of Korea, as advised previously.

Best,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 10:00 AM
To: legal@x.com
Subject: [Reminder] KCSC-240911-01 - items still pending

Our records show no action yet for the following posts; please remove them
or tell us why they were not removed:
{X[0]}
{X[1]}
{X[2]}
{X[3]}
""",
    outcome="applied", classification="confirmation",
    items={X[0]: "removed", X[1]: "restricted", X[2]: "removed"},
    imitates="X legal reply to a reminder above an Outlook '-----Original Message-----' block",
    why="two URLs in one sentence both removed; 'remains withheld' = restricted; the quoted reminder (with 'remove them') does not count; X[3] stays pending",
)

# ---------------------------------------------------------------- Kakao
case(
    name="kakao-right-center-numbered",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Fri, 13 Sep 2024 15:20:00 +0900",
    subject="[카카오] 권리침해신고(KCSC-240912-01) 처리 결과 안내",
    reply_to_req=req_id("KCSC-240912-01"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 게시물을 확인하여 아래와 같이 조치하였음을 알려드립니다.

1. {K[0]}
   → 다음카페 운영정책 위반으로 삭제
2. {K[1]}
   → 해당 글은 이미 작성자에 의해 삭제되어 확인할 수 없습니다.
3. {K[2]}
   → 오픈채팅방 폐쇄 조치 완료

카카오 운영정책: https://www.kakao.com/policy/oppolicy
고객센터: https://cs.kakao.com

(주)카카오 | 제주특별자치도 제주시 첨단로 242
""",
    outcome="applied", classification="confirmation",
    items={K[0]: "removed", K[1]: "not_found", K[2]: "removed"},
    imitates="Kakao 권리침해신고센터 처리 결과 안내 (numbered URLs with '→' result lines, policy and CS links)",
    why="이미 작성자에 의해 삭제되어 확인할 수 없습니다 = not_found; 오픈채팅방 폐쇄 = removed; policy/CS links are not items",
)

case(
    name="kakao-daum-base64-blind",
    **{"from": "cafe_admin@daum.net"}, name_from="Daum 고객센터",
    date="Sat, 14 Sep 2024 10:00:00 +0900",
    subject="Re: KCSC-240912-01 브런치 게시글 조치",
    reply_to_req=req_id("KCSC-240912-01"),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(f"""안녕하세요. Daum 고객센터입니다.

요청하신 브런치 글 {K[1]} 은(는) 블라인드 처리하였습니다.
해당 글은 현재 외부에 노출되지 않습니다.

감사합니다.
""".encode()),
    outcome="applied", classification="confirmation",
    items={K[1]: "removed"},
    imitates="Daum/Kakao 고객센터 short answer mail (base64 body) reporting 블라인드 처리",
    why="base64 body; 블라인드 처리 is in the removal family per issue 11; URL followed by 은(는)",
)

case(
    name="kakao-done-and-under-review",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Mon, 16 Sep 2024 11:00:00 +0900",
    subject="RE: KCSC-240912-01",
    reply_to_req=req_id("KCSC-240912-01"),
    body=f"""안녕하세요.

{K[0]} 게시물은 게시중단 조치하였습니다.
{K[2]} 오픈채팅방은 현재 검토 중이며, 결과는 추후 안내드리겠습니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    items={K[0]: "removed"},
    imitates="Kakao 권리침해신고센터 partial reply: one 게시중단 done, one still 검토 중",
    why="게시중단 = removed; '현재 검토 중 … 추후 안내' for the open chat changes nothing (stays pending); outcome applied",
)

# ---------------------------------------------------------------- Meta
case(
    name="meta-restricted-echoed-report",
    **{"from": "records@fb.com"}, name_from='"Meta Platforms, Inc."',
    date="Mon, 16 Sep 2024 04:30:00 +0000",
    subject="Re: KCSC-240913-01 - Report of content under local law",
    reply_to_req=req_id("KCSC-240913-01"),
    body=f"""Hello,

Thank you for contacting Meta. Based on our review, we've restricted access to
the content you reported in South Korea, as it was found to violate local law.
The content remains available in other countries.

Your report
-----------
Reference: KCSC-240913-01
Country: Republic of Korea
Reported content:
  {M[0]}
  {M[1]}
Reason given: fraud / illegal financial solicitation

You can learn more about how we respond to government requests at
https://transparency.meta.com/reports/content-restrictions/

Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""",
    outcome="applied", classification="confirmation",
    items={M[0]: "restricted", M[1]: "restricted"},
    imitates="Meta 'we've restricted access to the content you reported in [country]' local-law decision with an echoed 'Your report' block",
    why="statement about 'the content you reported' followed by the echoed report listing the two URLs; M[2] not listed stays pending",
)

case(
    name="meta-html-only-reel-removed",
    **{"from": "noreply@facebookmail.com"}, name_from="Instagram",
    date="Sun, 15 Sep 2024 12:00:00 +0000",
    subject="Update on your report (KCSC-240913-01)",
    reply_to_req=req_id("KCSC-240913-01"),
    type="html",
    body=f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#fafafa">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;border:1px solid #dbdbdb">
<tr><td style="padding:24px;font-family:Helvetica,Arial">
<h2 style="font-weight:600">We removed the reel you reported</h2>
<p>Thanks for your report. We removed this reel because it goes against our Community Guidelines on fraud and scams:</p>
<p><a href="{M[2]}" style="color:#00376b">{M[2]}</a></p>
<p><a href="https://help.instagram.com/477434105621119">See our Community Guidelines</a></p>
</td></tr>
<tr><td style="padding:12px 24px;color:#8e8e8e;font-size:11px">
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025<br>
This message was sent to takedown@kcsc.example.</td></tr>
</table></td></tr></table></body></html>""",
    outcome="applied", classification="confirmation",
    items={M[2]: "removed"},
    imitates="Instagram 'We removed the … you reported' report-outcome email (HTML-only layout tables, guideline link)",
    why="HTML-only with layout tables; statement then URL below it; the help.instagram.com link is not an item",
)

# ---------------------------------------------------------------- TikTok
case(
    name="tiktok-per-line-outcomes",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Sun, 15 Sep 2024 07:45:00 +0000",
    subject="Re: [KCSC-240913-02] Government request - outcome",
    reply_to_req=req_id("KCSC-240913-02"),
    body=f"""Dear Sir or Madam,

Thank you for your request. We have completed our assessment.

Video: {T[0]}
Outcome: Removed globally for violating our Community Guidelines (Adult nudity and sexual activities).

Video: {T[1]}
Outcome: Not available in South Korea. The content was restricted in your
country under local law; it did not violate our Community Guidelines.

TikTok Law Enforcement & Government Outreach
https://www.tiktok.com/legal/page/global/law-enforcement/en
""",
    outcome="applied", classification="confirmation",
    items={T[0]: "removed", T[1]: "restricted"},
    imitates="TikTok government-request outcome email (Video / Outcome pairs; local-law restriction vs global removal)",
    why="'restricted in your country under local law; it did not violate our Community Guidelines' is a restriction, not a rejection",
)

# ---------------------------------------------------------------- Reddit
case(
    name="reddit-status-below-url",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 18 Sep 2024 16:22:00 +0000",
    subject="Re: KCSC-240916-01 [ref:_00D1a2b3c._500Xy9Zk:ref]",
    reply_to_req=req_id("KCSC-240916-01"),
    body=f"""Hi there,

Thanks for reaching out. Here's where things stand:

{R[0]}
This post has been removed by Reddit's Safety team for violating Rule 7 of
our Content Policy.

{R[1]}
We couldn't find this post. It may have been deleted by the user who
posted it.

Reddit Content Policy: https://www.redditinc.com/policies/content-policy

-Reddit Legal
ref:_00D1a2b3c._500Xy9Zk:ref
""",
    outcome="applied", classification="confirmation",
    items={R[0]: "removed", R[1]: "not_found"},
    imitates="Reddit legal/safety reply from a Salesforce case mail (ref:_… thread id), status lines under bare URLs",
    why="status on the lines below each bare URL; 'couldn't find this post' = not_found (the 'may have been deleted' guess is about cause, not status)",
)

# ---------------------------------------------------------------- Telegram
case(
    name="tg-geo-blocked-one-sentence",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Wed, 18 Sep 2024 08:00:00 +0000",
    subject="Re: KCSC-240917-01",
    reply_to_req=req_id("KCSC-240917-01"),
    body=f"""The post {G[0]} has been blocked for users in the Republic of Korea.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    items={G[0]: "restricted"},
    imitates="Telegram abuse-desk one-line reply ('has been blocked for users in [country]')",
    why="a notice that is only one sentence; blocked for users in one country = restricted",
)

case(
    name="tg-duplicate-delivery",
    dup_of_self=True,
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Wed, 18 Sep 2024 13:00:00 +0000",
    subject="Re: KCSC-240917-01 removed",
    reply_to_req=req_id("KCSC-240917-01"),
    body=f"""Hello,

The content at {G[0]} has been taken down for violating Telegram's Terms of Service.

Telegram Abuse Team
""",
    outcome="duplicate",
    items={G[0]: "removed"},
    imitates="Telegram abuse-desk takedown reply delivered twice (same Message-ID, different Received)",
    why="the second delivery is a duplicate; the first already applied 'taken down' = removed",
)

# ================================================================ REVIEW
case(
    name="yt-future-under-review",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 08:00:00 +0000",
    subject="Re: [KCSC-240909-01] Request for removal of content",
    reply_to_req=req_id("KCSC-240909-01"),
    body=f"""Hello,

The following videos are currently under review by our specialist team:

{Y[0]}
{Y[1]}

If they are found to violate our policies or local law they will be removed,
and we will let you know the outcome.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    items={},
    imitates="YouTube legal 'currently under review … will be removed if' interim reply naming URLs",
    why="future/conditional only; names requested items, so it must be seen (review), not ignored, and nothing applied",
)

case(
    name="yt-hedged-maybe-removed",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 05:30:00 +0000",
    subject="Re: [KCSC-240909-01] follow-up",
    reply_to_req=req_id("KCSC-240909-01"),
    body=f"""Hi,

It looks like {Y[2]} may already have been taken down, possibly by the
channel owner, but we are unable to confirm this from our side at the moment.
We will check again and come back to you.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    items={},
    imitates="hedged abuse-desk follow-up ('may already have been taken down, possibly by the owner; unable to confirm')",
    why="hedged and explicitly unconfirmed; a careful clerk would not record not_found or removed",
)

case(
    name="naver-asks-documents",
    **{"from": "policy@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Wed, 11 Sep 2024 13:00:00 +0900",
    subject="[네이버] KCSC-240910-01 추가 자료 요청",
    reply_to_req=req_id("KCSC-240910-01"),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 아래 게시물에 대하여 게시중단 여부를 판단하기 위해 명예훼손 피해
당사자의 확인서 및 피해 사실을 소명할 수 있는 자료를 추가로 제출해 주시기
바랍니다.

{N[2]}

자료가 접수되는 대로 검토하여 조치 결과를 안내드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    items={},
    imitates="NAVER 권리보호센터 추가 소명자료 요청 (asks for the victim's confirmation before deciding 게시중단)",
    why="asks for documents before acting; 게시중단 appears only as the decision still to be taken",
)

case(
    name="naver-partly-done-which-unclear",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Sat, 14 Sep 2024 10:00:00 +0900",
    subject="RE: KCSC-240910-01",
    reply_to_req=req_id("KCSC-240910-01"),
    body=f"""안녕하세요.

요청하신 아래 게시물 중 일부는 처리가 완료되었고, 일부는 확인 중입니다.
{N[0]}
{N[1]}
{N[3]}

상세 결과는 정리되는 대로 다시 보내드리겠습니다.
""",
    outcome="review", review="not_understood",
    items={},
    imitates="Korean portal interim reply: 일부 처리 완료, 일부 확인 중 (without saying which)",
    why="'some done, some being checked' without saying which item is which: nothing can be applied; names items, so review",
)

case(
    name="x-will-withhold-later",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 18:00:00 +0000",
    subject="Re: [KCSC-240911-01] Legal request - X Corp. #0123-4567",
    reply_to_req=req_id("KCSC-240911-01"),
    body=f"""Hello,

We intend to withhold {X[2]} in the Republic of Korea once our legal review
is complete. We will send a separate confirmation when this has been done.

X Legal
""",
    outcome="review", review="not_understood",
    items={},
    imitates="X legal interim notice of an intended country withholding",
    why="intention, not an action; a statement about a requested item that must not be applied nor ignored",
)

case(
    name="x-unknown-sender-claims",
    **{"from": "support@x-legal-desk.com"}, name_from="X Legal Desk",
    date="Thu, 12 Sep 2024 07:00:00 +0000",
    subject="Re: [KCSC-240911-01] all posts removed",
    reply_to_req=req_id("KCSC-240911-01"),
    body=f"""Hello KCSC,

We confirm the following posts were removed from X:
{X[0]}
{X[1]}
{X[2]}
{X[3]}

X Legal Desk
""",
    outcome="review", review="unknown_sender",
    items={},
    imitates="spoof attempt: perfect X removal notice from a look-alike domain (authenticated for itself)",
    why="dmarc=pass for x-legal-desk.com, which belongs to no platform: nothing applied, must go to review",
)

case(
    name="meta-dmarc-fail",
    **{"from": "records@meta.com"}, name_from='"Meta Platforms, Inc."',
    auth="fail",
    date="Sat, 14 Sep 2024 02:00:00 +0000",
    subject="Re: KCSC-240913-01",
    reply_to_req=req_id("KCSC-240913-01"),
    body=f"""Hello,

We removed the following content because it goes against our Community Standards:
{M[0]}
{M[1]}

Meta Platforms, Inc.
""",
    outcome="review", review="untrusted",
    items={},
    imitates="Meta removal notice with dmarc=fail for meta.com",
    why="otherwise perfect confirmation but DMARC fails: untrusted, nothing applied",
)

case(
    name="tiktok-claims-youtube-items",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 16 Sep 2024 03:00:00 +0000",
    subject="Re: KCSC-240909-01",
    reply_to_req=req_id("KCSC-240909-01"),
    body=f"""Hello,

We have removed the following videos:
{Y[0]}
{Y[1]}

TikTok Legal
""",
    outcome="review", review="wrong_platform",
    items={},
    imitates="misdirected reply: a platform confirming removals of another platform's URLs",
    why="a trusted TikTok email cannot change YouTube items; the claim must be seen",
)

case(
    name="reddit-bulk-all-removed",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 19 Sep 2024 02:00:00 +0000",
    subject="Re: KCSC-240916-01 [ref:_00D1a2b3c._500Xy9Zq:ref]",
    reply_to_req=req_id("KCSC-240916-01"),
    body="""Hi there,

All of the content listed in your request KCSC-240916-01 has been removed.

-Reddit Legal
""",
    outcome="review", review="bulk",
    items={},
    imitates="Reddit legal bulk confirmation without an item list",
    why="bulk claim about the whole request with no item named; bulk_confirmations = review",
)

# ================================================================ IGNORED
case(
    name="kakao-out-of-office",
    **{"from": "minji.kang@kakaocorp.com"}, name_from="강민지",
    date="Thu, 12 Sep 2024 14:01:00 +0900",
    subject="자동 회신: KCSC-240912-01 시정요구",
    reply_to_req=req_id("KCSC-240912-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 강민지입니다.

9월 12일부터 9월 18일까지 휴가로 부재중입니다.
급한 용무는 권리침해신고센터(right@kakaocorp.com)로 연락 부탁드립니다.

I am out of the office until 18 September with limited access to email.
""",
    outcome="ignored", classification="auto_reply",
    items={},
    imitates="Outlook Korean out-of-office auto-reply (자동 회신, Auto-Submitted: auto-replied)",
    why="out-of-office reply; says nothing about items",
)

case(
    name="meta-ticket-received",
    **{"from": "noreply@facebookmail.com"}, name_from="Meta Support",
    date="Fri, 13 Sep 2024 01:05:00 +0000",
    subject="We received your request (KCSC-240913-01)",
    reply_to_req=req_id("KCSC-240913-01"),
    type="html",
    body="""<html><body style="font-family:Helvetica,Arial">
<p>Hi,</p>
<p>Thanks for contacting us. We've received your request <b>KCSC-240913-01</b> and created a support ticket: <b>#4827713092</b>.</p>
<p>Our team will review the information you provided and respond as soon as possible. You don't need to reply to this message.</p>
<p><a href="https://www.facebook.com/help/contact/">Help Center</a></p>
<p style="color:#999;font-size:11px">Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025</p>
</body></html>""",
    outcome="ignored", classification="acknowledgement",
    items={},
    imitates="Meta/Facebook support ticket receipt ('We've received your request … created a support ticket')",
    why="pure acknowledgement, no item named",
)

case(
    name="reddit-auto-receipt",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Mon, 16 Sep 2024 01:00:30 +0000",
    subject="Your request has been received [ref:_00D1a2b3c._500Xy9Zk:ref]",
    reply_to_req=req_id("KCSC-240916-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hi there,

Thanks for your message. This is an automated confirmation that we have
received your request and a case has been created. Our team reviews requests
in the order they were received.

Case reference: ref:_00D1a2b3c._500Xy9Zk:ref

-Reddit
""",
    outcome="ignored",
    items={},
    imitates="Reddit/Salesforce automated case-created receipt",
    why="automated receipt; names no item; class may be auto_reply or acknowledgement",
)

case(
    name="tiktok-bounce-of-reminder",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Thu, 19 Sep 2024 10:00:05 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="BNC57.1726707605"

--BNC57.1726707605
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host mx.tiktok.com[203.0.113.25] said: 552 5.2.2
    mailbox full (in reply to RCPT TO command)

--BNC57.1726707605
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 19 Sep 2024 10:00:01 +0900

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.tiktok.com
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--BNC57.1726707605
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: [Reminder] KCSC-240913-02 - items still pending
Date: Thu, 19 Sep 2024 10:00:00 +0900
Message-ID: <rem-240913-02-1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Our records show no action yet for the following videos; please tell us
whether they were removed:
{T[0]}
{T[1]}

--BNC57.1726707605--
""",
    outcome="ignored", classification="bounce",
    items={},
    imitates="Postfix non-delivery report of our reminder (multipart/report; delivery-status, original attached)",
    why="bounce of our own reminder; the URLs are only in our returned message",
)

case(
    name="naver-read-receipt",
    **{"from": "hyunwoo.lee@navercorp.com"}, name_from="이현우",
    date="Tue, 10 Sep 2024 11:32:00 +0900",
    subject="읽음: KCSC-240910-01 시정요구",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn57n"

--mdn57n
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

수신자가 2024-09-10 오전 11:32에 메시지를 읽었습니다.

보낸 사람: takedown@kcsc.example
제목: KCSC-240910-01 시정요구

--mdn57n
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; hyunwoo.lee@navercorp.com
Original-Message-ID: <{req_id('KCSC-240910-01')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn57n--
""",
    outcome="ignored", classification="read_receipt",
    items={},
    imitates="Outlook Korean read receipt (읽음:, multipart/report disposition-notification)",
    why="MDN read receipt: ignored, not forwarded",
)

case(
    name="x-auto-ack-with-ticket",
    **{"from": "legal@x.com"}, name_from="X Support",
    date="Wed, 11 Sep 2024 00:31:00 +0000",
    subject="Case# 0123-4567: We've received your report [KCSC-240911-01]",
    reply_to_req=req_id("KCSC-240911-01"),
    body="""Hello,

Thank you for your report. This is an automated response to let you know
we've received it; your case number is 0123-4567. Please do not reply to
this message. We will be in touch if we need further information.

X Support
https://help.x.com
""",
    outcome="ignored",
    items={},
    imitates="X (Twitter) legal intake auto-response with case number",
    why="ticket receipt stating nothing about items",
)

# ------------------------------------------------------------ more applied
case(
    name="meta-korean-facebook-post",
    **{"from": "records@fb.com"}, name_from="Meta 법무팀",
    date="Wed, 18 Sep 2024 14:00:00 +0900",
    subject="RE: [재요청] KCSC-240913-01 시정요구 조치결과",
    extra_headers=reminder_headers("KCSC-240913-01"),
    body=f"""안녕하세요. Meta 법무팀입니다.

재요청하신 건과 관련하여, 아래 페이스북 게시물은 현지 법률에 따라 대한민국
내에서 접근이 제한되었음을 알려드립니다.

  {M[1]}

인스타그램 게시물 {M[0]} 은 당사 커뮤니티 규정 위반으로 삭제되었습니다.

감사합니다.

> [재요청] 아래 게시물에 대한 조치 결과를 회신하여 주시기 바랍니다.
> {M[0]}
> {M[1]}
> {M[2]}
""",
    outcome="applied", classification="confirmation",
    items={M[1]: "restricted", M[0]: "removed"},
    imitates="Meta legal reply in Korean to a KCSC 재요청 (대한민국 내 접근 제한 / 커뮤니티 규정 위반 삭제), our reminder quoted below",
    why="접근이 제한 = restricted; 삭제 = removed; the quoted reminder lists the reel too, which stays pending",
)

case(
    name="tiktok-korean-deleted",
    **{"from": "legal-kr@tiktok.com"}, name_from="틱톡 코리아",
    date="Tue, 17 Sep 2024 10:00:00 +0900",
    subject="RE: KCSC-240913-02 시정요구 회신",
    reply_to_req=req_id("KCSC-240913-02"),
    body=f"""안녕하세요, 틱톡 코리아입니다.

요청하신 영상 2건에 대한 처리 결과입니다.

■ 삭제 완료
 - {T[1]}

■ 확인 불가(존재하지 않는 영상)
 - {T[0]}

관련 정책: https://www.tiktok.com/community-guidelines/ko-kr/
""",
    outcome="applied", classification="confirmation",
    items={T[1]: "removed", T[0]: "not_found"},
    imitates="TikTok Korea reply with ■-headed result sections (삭제 완료 / 확인 불가)",
    why="section headings carry the statuses for the URLs below them; guideline link not an item",
)

case(
    name="reddit-prose-two-statuses",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 17 Sep 2024 20:00:00 +0000",
    subject="Re: KCSC-240916-01 [ref:_00D1a2b3c._500Xy9Zk:ref]",
    reply_to_req=req_id("KCSC-240916-01"),
    body=f"""Hi there,

After investigating, we found that the post at {R[1]} doesn't violate
Reddit's Content Policy, so we won't be removing it. The other post you
reported, {R[0]}, has been restricted in South Korea in accordance with
local law.

-Reddit Legal
""",
    outcome="applied", classification="confirmation",
    items={R[1]: "rejected", R[0]: "restricted"},
    imitates="Reddit 'after investigating, we found … doesn't violate Reddit's Content Policy' decision plus a geo-restriction",
    why="prose, two statuses in two sentences; 'won't be removing it' with a reason = rejected",
)

case(
    name="yt-grouped-sections-reminder-reply",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 07:00:00 +0000",
    subject="RE: [Reminder] KCSC-240909-01 outstanding items",
    extra_headers=reminder_headers("KCSC-240909-01", 2),
    body=f"""Hello,

Following your second reminder, here is the outcome for the remaining videos.

Removed
- {Y[10]}
- {Y[11]}

Blocked in South Korea
- {Y[3]}

Not removed (no violation of our policies or local law found)
- {Y[6]}

We have not yet reached a decision on {Y[0]}.

YouTube Legal Support

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 10:00
To: legal-kr@google.com
Subject: [Reminder] KCSC-240909-01 outstanding items

The following items are still pending; please confirm they were removed:
{Y[0]}
{Y[3]}
{Y[6]}
{Y[10]}
{Y[11]}
""",
    outcome="applied", classification="confirmation",
    items={Y[10]: "removed", Y[11]: "removed", Y[3]: "restricted", Y[6]: "rejected"},
    imitates="Google legal reply to a reminder with headed sections (Removed / Blocked in country / Not removed), Outlook From/Sent header block quoted",
    why="section headings; 'not yet reached a decision' keeps Y[0] pending; the quoted reminder does not count",
)

case(
    name="naver-blog-operator-deleted-qp",
    **{"from": "policy@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Mon, 16 Sep 2024 17:00:00 +0900",
    subject="[네이버] KCSC-240910-01 처리 결과",
    reply_to_req=req_id("KCSC-240910-01"),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 블로그 게시물 {N[1]} 은 운영자에 의해 삭제되었으며, 카페 게시글 {N[2]} 은 카페 운영원칙 위반으로 게시중단되었습니다.

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    items={N[1]: "removed", N[2]: "removed"},
    imitates="NAVER 권리보호센터 처리 결과 (quoted-printable Korean, 운영자에 의해 삭제 / 게시중단)",
    why="QP-encoded Korean with long lines soft-broken; deletion by the operator and 게시중단 = removed",
)


def encode_headers(c):
    """Non-ASCII display names and subjects RFC 2047-encoded, as mailers send them."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
        if "pre" in c:
            encode_headers(c["pre"])
    pres = []
    for c in CASES:
        if "pre" in c:
            p = dict(c["pre"])
            p["name"] = c["name"] + "-1"
            p["outcome"], p["imitates"], p["why"] = "x", "x", "x"
            pres.append((c["name"], p))
    corpuslib.write_set(HERE, SET, f"# {SET}: blind set, general mix (issue 11). Written by make.py.\n"
                        "# Expected results written from each email's meaning before anything ran.", CASES)
    exp_path = os.path.join(HERE, "expected.toml")
    with open(exp_path, encoding="utf-8") as f:
        exp = f.read()
    for name, p in pres:
        p["set"] = SET
        with open(os.path.join(HERE, "cases", name + "-1.eml"), "w", encoding="utf-8", newline="\n") as f:
            f.write(corpuslib.render(p, 90))
        exp = exp.replace(f'files = ["cases/{name}.eml"]', f'files = ["cases/{name}-1.eml", "cases/{name}.eml"]')
    for c in CASES:
        if c.get("dup_of_self"):
            path = os.path.join(HERE, "cases", c["name"] + ".eml")
            with open(path, encoding="utf-8") as f:
                text = f.read()
            first = text.replace("with ESMTPS id HO", "with ESMTPS id FIRST", 1)
            with open(os.path.join(HERE, "cases", c["name"] + "-1.eml"), "w", encoding="utf-8", newline="\n") as f:
                f.write(first)
            exp = exp.replace(f'files = ["cases/{c["name"]}.eml"]',
                              f'files = ["cases/{c["name"]}-1.eml", "cases/{c["name"]}.eml"]')
    with open(exp_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(exp)


if __name__ == "__main__":
    main()
