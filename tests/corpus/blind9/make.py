#!/usr/bin/env python3
"""blind9: a BLIND test set for issue 11, written without reading the reader.

    python3 tests/corpus/blind9/make.py

Writes requests.csv, cases/*.eml and expected.toml from the case list below.
Each case is a list of one or more emails (ingested in order into one fresh
ledger); the expected result is that of the LAST email and the item statuses
after all of them. Expected results were written from each email's meaning
before anything was run. Deterministic: fixed dates, fixed MIME boundaries,
zip entries with fixed timestamps.
"""
import base64
import io
import os
import quopri
import sys
import zipfile
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao 고객센터",
    "daum.net": "Daum 권리침해신고센터",
    "tiktok.com": "TikTok",
    "fb.com": "Meta",
    "instagram.com": "Instagram",
    "twitter.com": "X",
})

SET = "blind9"

# ---------------------------------------------------------------- requests
XH = ["fake_rumor_kr"] * 5 + ["fake_leak_acct"] * 5 + ["fakenews_daily"] * 4
X = {n: f"https://x.com/{XH[n - 101]}/status/1833000000000000{n}" for n in range(101, 115)}
NB1 = "https://blog.naver.com/fake_moonlit/223560011001"
NB2 = "https://blog.naver.com/fake_moonlit/223560011002"
NC1 = "https://cafe.naver.com/fakemooncafe/1201"
NC2_RAW = "https://cafe.naver.com/달빛가짜카페/88"
NC2 = "https://cafe.naver.com/%EB%8B%AC%EB%B9%9B%EA%B0%80%EC%A7%9C%EC%B9%B4%ED%8E%98/88"
NK = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470000001"
KC1 = "https://cafe.daum.net/fakedalgil/Fx3K/211"
KC2 = "https://cafe.daum.net/fakedalgil/Fx3K/212"
KT = "https://fake-ondo.tistory.com/88"
KP = "https://pf.kakao.com/_fAkExq/10101"
TT1 = "https://www.tiktok.com/@fake.dance.kr/video/7412000000000000001"
TT2 = "https://www.tiktok.com/@fake.dance.kr/video/7412000000000000002"
TT3 = "https://www.tiktok.com/@rumor.mill.kr/video/7412000000000000003"
YW = "https://www.youtube.com/watch?v=FkQw3rTy7u1"
YS = "https://www.youtube.com/shorts/FkZx9cVbN02"
TG = "https://t.me/fake_signal_room/3310"
IGP = "https://www.instagram.com/p/C-FakePost01/"
IGR = "https://www.instagram.com/reel/C-FakeReel02/"
FBP = "https://www.facebook.com/fakepage.kr/posts/pfbid02FakeXyZ123"

REQUESTS = [
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [X[n] for n in range(101, 115)], "defamation", "req-240909-01"),
    ("KCSC-240910-01", "naver", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [NB1, NB2, NC1, NC2, NK], "privacy", "req-240910-01"),
    ("KCSC-240911-01", "kakao", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [KC1, KC2, KT, KP], "gambling", "req-240911-01"),
    ("KCSC-240912-01", "tiktok", "2024-09-12T10:30:00+09:00", "2024-09-19T18:00:00+09:00",
     [TT1, TT2, TT3], "harmful_to_minors", "req-240912-01"),
    ("KCSC-240913-01", "youtube", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [YW, YS], "drugs", "req-240913-01"),
    ("KCSC-240916-01", "telegram", "2024-09-16T15:00:00+09:00", "2024-09-23T18:00:00+09:00",
     [TG], "sexual_exploitation", "req-240916-01"),
    ("KCSC-240917-01", "meta", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00",
     [IGP, IGR, FBP], "fraud", "req-240917-01"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid in REQUESTS:
        for i, u in enumerate(urls, 1):
            note = "stored percent-encoded" if "%EB" in u else ""
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},<{mid}@kcsc.example>,{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def xlsx(rows):
    """A minimal, deterministic XLSX (inline strings, fixed zip timestamps)."""
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(cell("ABCD"[c] + str(r), v) for c, v in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Outcome" sheetId="1" r:id="rId1"/></sheets></workbook>',
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


# ---------------------------------------------------------------- cases
# Each case: name, files (list of email specs for corpuslib.render), outcome,
# classification, review, imitates, why, items (status after all files).
CASES = []


def case(name, emails, outcome, imitates, why, items=None, classification=None, review=None):
    CASES.append(dict(name=name, emails=emails, outcome=outcome, imitates=imitates, why=why,
                      items=items or {}, classification=classification, review=review))


QUOTE_X_REQ = "\n".join(f"> {i}. {X[n]}" for i, n in enumerate(range(101, 115), 1))

# 1 ------------------------------------------------------------------ X
case("x-withheld-in-korea-list", [dict(
    name="x-withheld-in-korea-list", **{"from": "legal-noreply@x.com"},
    date="Wed, 11 Sep 2024 03:12:44 +0000",
    subject="Re: [KCSC-240909-01] Request to remove content - outcome [ref:_00D3t8Kq._5004X1abcDE:ref]",
    reply_to_req="req-240909-01",
    body=f"""Hello,

X has received your request regarding the content referenced below.

In accordance with applicable local law, we have withheld access to the following content in the Republic of Korea:

{X[101]}
{X[102]}
{X[103]}
{X[104]}

The withheld content remains available outside the Republic of Korea. For more information about country withheld content, please see https://help.x.com/en/rules-and-policies/post-withheld-by-country

We may provide a copy of your request to the Lumen Project (https://lumendatabase.org).

Thanks,

X Legal
ref:_00D3t8Kq._5004X1abcDE:ref
""")], "applied",
    "X legal request outcome e-mail ('we have withheld access to the following content in <country>', Lumen notice, Salesforce ref footer)",
    "four bare URLs under one 'withheld in the Republic of Korea' statement; the help-centre and Lumen links are not items",
    {X[101]: "restricted", X[102]: "restricted", X[103]: "restricted", X[104]: "restricted"},
    classification="confirmation")

# 2
case("x-grouped-outcomes", [dict(
    name="x-grouped-outcomes", **{"from": "legal-noreply@x.com"},
    date="Thu, 12 Sep 2024 08:40:02 +0000",
    subject="Re: KCSC-240909-01 - Case 0148820371",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Thank you for your report. We have reviewed the reported content and our findings are set out below.

Removed for violating the X Rules:
{X[106]}
{X[107]}

We have determined that the following content does not violate the X Rules, and we have not taken action on it under local law at this time:
{X[108]}

We were unable to locate the following content. The URL may be incorrect or the post may no longer exist:
{X[109]}

If you believe we have made an error, you may reply to this email with additional context.

Regards,
X Safety
Case 0148820371
""")], "applied",
    "X Safety report-outcome e-mail with grouped findings (removed / no violation / unable to locate)",
    "three headed groups; 110 is not mentioned and stays pending",
    {X[106]: "removed", X[107]: "removed", X[108]: "rejected", X[109]: "not_found"},
    classification="confirmation")

# 3
case("x-zendesk-ticket-receipt", [dict(
    name="x-zendesk-ticket-receipt", **{"from": "support@x.com"},
    date="Mon, 09 Sep 2024 01:05:10 +0000",
    subject="[Case: 0148820371] We received your report (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body="""##- Please type your reply above this line -##

Hello,

We've received your report and a case has been created: 0148820371.

Our team reviews reports in the order they are received. You'll get an email from us when there's an update; there's no need to send the same report again.

You can view the status of your case here: https://help.x.com/en/forms/case/0148820371

X Support

This email is a service from X. Delivered by Zendesk
""")], "ignored",
    "Zendesk auto-acknowledgement used by X Support ('We've received your report and a case has been created')",
    "pure ticket receipt: names no item and states nothing; the case link is not an item",
    classification="acknowledgement")

# 4
case("x-seq-receipt-then-removed", [
    dict(name="x-seq-receipt-then-removed-1", **{"from": "support@x.com"},
         date="Mon, 09 Sep 2024 01:07:31 +0000",
         subject="[Case: 0148820399] We received your report (KCSC-240909-01)",
         reply_to_req="req-240909-01",
         extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
         body="""##- Please type your reply above this line -##

Hello,

Thanks for reaching out. We've received your report and a case has been created: 0148820399.
We'll be in touch once our team has reviewed it.

X Support
"""),
    dict(name="x-seq-receipt-then-removed-2", **{"from": "support@x.com"},
         date="Wed, 11 Sep 2024 22:51:09 +0000",
         subject="Re: [Case: 0148820399] We received your report (KCSC-240909-01)",
         reply_to_req="req-240909-01",
         extra_headers=["X-Mailer: Zendesk Mailer"],
         body=f"""##- Please type your reply above this line -##

Hello,

Following our review of case 0148820399, we removed these posts for violating our rules on private information and media:

  - {X[111]}
  - {X[112]}

The account @fakenews_daily has also been locked pending verification by its owner.

X Support
Case 0148820399
"""),
], "applied",
    "Zendesk receipt followed by an X Support case-resolution message",
    "an acknowledgement (ignored) then the outcome on the same case; a bulleted list with two dash-bulleted posts",
    {X[111]: "removed", X[112]: "removed"}, classification="confirmation")

# 5
case("x-html-table-actions", [dict(
    name="x-html-table-actions", **{"from": "legal-noreply@x.com"},
    date="Fri, 13 Sep 2024 02:15:00 +0000",
    subject="KCSC-240909-01: Outcome of your legal request",
    reply_to_req="req-240909-01",
    type="html",
    body=f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of the items in your request. The action taken on each item is listed below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Action</th><th>Basis</th></tr>
<tr><td>1</td><td><a href="{X[110]}">{X[110]}</a></td><td>Removed</td><td>X Rules &ndash; Private information</td></tr>
<tr><td>2</td><td><a href="{X[113]}">{X[113]}</a></td><td>Withheld in KR</td><td>Local law</td></tr>
<tr><td>3</td><td><a href="{X[114]}">{X[114]}</a></td><td>No action</td><td>Not violative of X Rules or local law</td></tr>
</table>
<p>Learn more about <a href="https://help.x.com/en/rules-and-policies/enforcement-options">our range of enforcement options</a>.</p>
<p>X Legal</p>
</body></html>""")], "applied",
    "X legal outcome in an HTML table (Reported URL | Action | Basis) with an enforcement-options help link",
    "HTML-only table: Removed / Withheld in KR / No action with its reason",
    {X[110]: "removed", X[113]: "restricted", X[114]: "rejected"}, classification="confirmation")

# 6
case("x-will-action-future", [dict(
    name="x-will-action-future", **{"from": "legal-noreply@x.com"},
    date="Tue, 10 Sep 2024 05:30:00 +0000",
    subject="Re: [KCSC-240909-01] Request to remove content",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Thank you for your patience. Regarding the post below, our team has escalated the matter and we expect to take action within the next few business days:

{X[105]}

We will follow up with you once a final decision has been made.

Thanks,
X Legal
""")], "review",
    "X legal 'escalated, will follow up' interim reply",
    "future tense about a named item: nothing is done yet, but the email names it, so it must be seen, not ignored",
    review="not_understood")

# 7
case("x-dmarc-fail-removed", [dict(
    name="x-dmarc-fail-removed", **{"from": "legal-noreply@x.com"}, auth="fail",
    date="Wed, 11 Sep 2024 09:02:13 +0000",
    subject="Re: [KCSC-240909-01] Request to remove content - resolved",
    reply_to_req="req-240909-01",
    body=f"""Hello,

The following posts have been removed from X:

{X[101]}
{X[102]}

Thanks,
X Legal
""")], "review",
    "X legal removal confirmation (spoof variant: DMARC fails for x.com)",
    "a perfect confirmation whose DMARC result is fail: nothing applies, review as untrusted",
    review="untrusted")

# 8
case("x-seq-removed-then-reinstated", [
    dict(name="x-seq-removed-then-reinstated-1", **{"from": "legal-noreply@x.com"},
         date="Tue, 10 Sep 2024 07:00:00 +0000",
         subject="Re: [KCSC-240909-01] Request to remove content",
         reply_to_req="req-240909-01",
         body=f"""Hello,

We have removed the following post for violating the X Rules:
{X[103]}

Thanks,
X Legal
"""),
    dict(name="x-seq-removed-then-reinstated-2", **{"from": "legal-noreply@x.com"},
         date="Thu, 19 Sep 2024 04:00:00 +0000",
         subject="Re: [KCSC-240909-01] Update on previously actioned content",
         reply_to_req="req-240909-01",
         body=f"""Hello,

We're writing to let you know that the account holder appealed our earlier decision on the post below. After a second review we found that the post does not violate the X Rules, and it has been reinstated:

{X[103]}

If you have further information, such as a court order, please reply to this email.

Thanks,
X Legal
"""),
], "review",
    "X appeal outcome ('after a second review ... it has been reinstated')",
    "a removal later reversed after appeal: the ledger must not silently keep or drop it; staff must see the reinstatement",
    {X[103]: "removed"}, review="status_regression")

# 34
case("x-outlook-quoted-request", [dict(
    name="x-outlook-quoted-request", **{"from": "kr-legal@x.com"},
    date="Fri, 13 Sep 2024 16:45:09 +0900",
    subject="RE: [KCSC-240909-01] 시정요구 / Request to remove content",
    reply_to_req="req-240909-01",
    extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdsFakeThReAdInDeX0123456789=="],
    body=f"""Dear KCSC,

We have disabled access to the following post globally:
{X[110]}

The other posts in your request are still being assessed.

Best regards,
Minji Fake | Legal Counsel, X Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: kr-legal@x.com
Subject: [KCSC-240909-01] 시정요구 / Request to remove content

Please remove the following posts, which were found to be unlawful:
""" + "\n".join(f"{i}. {X[n]} - please remove" for i, n in enumerate(range(101, 115), 1)) + """

Korea Communications Standards Commission
""")], "applied",
    "Outlook reply from a platform's local legal team with '-----Original Message-----' quoting our request",
    "only 110 is stated disabled; the 14 'please remove' lines are our own quoted request; 'still being assessed' changes nothing",
    {X[110]: "removed"}, classification="confirmation")

# 37
case("x-numbered-status-below", [dict(
    name="x-numbered-status-below", **{"from": "legal-noreply@x.com"},
    date="Sat, 14 Sep 2024 01:20:00 +0000",
    subject="Re: [KCSC-240909-01] Request to remove content",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Please find the outcome for each reported URL below.

1. {X[112]}
   Status: Removed - violation of our synthetic and manipulated media policy
2. {X[113]}
   Status: Content remains available. This post does not violate the X Rules.
3. {X[114]}
   Status: Withheld in South Korea

Thanks,
X Legal
""")], "applied",
    "X legal outcome as a numbered list with a 'Status:' line under each URL",
    "status on the line below each numbered URL; a 'remains available ... does not violate' status is a rejection",
    {X[112]: "removed", X[113]: "rejected", X[114]: "restricted"}, classification="confirmation")

# 41
case("x-ack-phrase-with-statement", [dict(
    name="x-ack-phrase-with-statement", **{"from": "support@x.com"},
    date="Tue, 10 Sep 2024 11:11:11 +0000",
    subject="[Case: 0148820412] KCSC-240909-01",
    reply_to_req="req-240909-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""##- Please type your reply above this line -##

Hello,

We've received your report. We have withheld the following post in South Korea:
{X[102]}

We're still looking into the rest of your report and will get back to you.

X Support
""")], "applied",
    "X Support Zendesk reply that opens with a receipt phrase but also states an action",
    "an acknowledgement phrase together with an unhedged statement about an item is not an acknowledgement",
    {X[102]: "restricted"}, classification="confirmation")

# ---------------------------------------------------------------- NAVER
# 9
case("naver-siljeong-result-table", [dict(
    name="naver-siljeong-result-table", **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 17:30:00 +0900",
    subject="[회신] KCSC-240910-01 시정요구에 대한 조치결과 통보",
    reply_to_req="req-240910-01",
    type="html",
    body=f"""<html><body>
<p>수신: 방송통신심의위원회<br>제목: 시정요구에 대한 조치결과 통보</p>
<p>1. 귀 위원회의 무궁한 발전을 기원합니다.</p>
<p>2. 귀 위원회에서 2024. 9. 10. 요청하신 시정요구(KCSC-240910-01)에 대하여 아래와 같이 조치하였음을 알려드립니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치내용</th><th>조치일자</th></tr>
<tr><td>1</td><td>{NB1}</td><td>삭제</td><td>2024-09-11</td></tr>
<tr><td>2</td><td>{NB2}</td><td>임시조치</td><td>2024-09-11</td></tr>
<tr><td>3</td><td>{NC1}</td><td>블라인드</td><td>2024-09-11</td></tr>
<tr><td>4</td><td>{NC2_RAW}</td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
</table>
<p>끝.</p>
<p>네이버 주식회사 정책지원팀<br>경기도 성남시 분당구 정자일로 95 (가상 주소)</p>
</body></html>""")], "applied",
    "Korean portal's 시정요구 조치결과 통보 official letter with a 연번|URL|조치내용|조치일자 table",
    "삭제 = removed, 임시조치 = restricted (temporary measure, issue 11), 블라인드 = removed, 게시물 없음(작성자 삭제) = not_found; the raw Korean cafe path matches the percent-encoded item; the 지식iN item is not in the table",
    {NB1: "removed", NB2: "restricted", NC1: "removed", NC2: "not_found"}, classification="confirmation")

# 10
case("naver-temporary-measure-prose", [dict(
    name="naver-temporary-measure-prose", **{"from": "noreply@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Wed, 11 Sep 2024 10:05:00 +0900",
    subject="[네이버] 게시물 임시조치 안내 (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라 30일간 임시조치하였음을 알려드립니다.

■ 대상 게시물
{NK}

임시조치 기간 중 게시자의 재게시 요청이 있는 경우 관련 법령과 운영정책에 따라 처리되며, 그 결과는 별도로 안내드리겠습니다.

※ 임시조치 제도 안내: https://right.naver.com/guide/temporary
※ 본 메일은 발신전용입니다.

네이버 권리보호센터 드림
""")], "applied",
    "NAVER 권리보호센터 '게시물 임시조치 안내' notice (Network Act Art. 44-2, 30-day measure, guide link)",
    "임시조치 is the Art. 44-2 temporary measure: restricted; the guide link is not an item; the later 재게시 sentence is boilerplate",
    {NK: "restricted"}, classification="confirmation")

# 11
case("naver-asks-documents", [dict(
    name="naver-asks-documents", **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 15:12:00 +0900",
    subject="RE: [KCSC-240910-01] 시정요구",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

아래 게시물에 대해서는 요청 사유를 확인할 수 있는 근거 자료(심의 의결서 사본 등)가 필요합니다.
{NB2}

자료를 회신해 주시면 검토 후 조치 결과를 안내드리겠습니다.

감사합니다.
""")], "review",
    "Korean portal reply asking for supporting documents (근거 자료) before acting",
    "asks for a copy of the decision before acting on a named item: asks_more, nothing applied",
    review="asks_more")

# 12
case("naver-no-violation-korean", [dict(
    name="naver-no-violation-korean", **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 11:40:00 +0900",
    subject="RE: [KCSC-240910-01] 시정요구 검토 결과",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물을 검토한 결과, 해당 게시물에서 네이버 운영정책 및 관련 법령에 위반되는 내용을 확인하지 못하여 별도의 조치를 하지 않았습니다.

- {NB1}

추가로 판단에 참고할 자료가 있으시면 회신 부탁드립니다.

네이버 정책지원팀 드림
""")], "applied",
    "Korean portal '검토 결과 위반 내용을 확인하지 못하여 조치하지 않음' reply",
    "a negated action with its reason is a rejection; the trailing invitation to send more material is boilerplate, not a request",
    {NB1: "rejected"}, classification="confirmation")

# 13
case("naver-seq-reminder-repeat", [
    dict(name="naver-seq-reminder-repeat-1", **{"from": "policy@navercorp.com"},
         name_from="네이버 정책지원팀",
         date="Thu, 12 Sep 2024 09:10:00 +0900",
         subject="RE: [KCSC-240910-01] 시정요구",
         reply_to_req="req-240910-01",
         extra_headers=["X-Mailer: NAVER WORKS Mail"],
         body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물에 대한 처리 결과입니다.

{NC1}  →  삭제 완료

감사합니다.
"""),
    dict(name="naver-seq-reminder-repeat-2", **{"from": "policy@navercorp.com"},
         name_from="네이버 정책지원팀",
         date="Wed, 18 Sep 2024 14:02:00 +0900",
         subject="RE: [재요청] [KCSC-240910-01] 시정요구 이행 여부 확인",
         extra_headers=["X-Mailer: NAVER WORKS Mail",
                        "In-Reply-To: <rem-240910-01-1@kcsc.example>",
                        "References: <req-240910-01@kcsc.example> <rem-240910-01-1@kcsc.example>"],
         body=f"""안녕하세요.

문의하신 게시물은 9월 12일 회신드린 바와 같이 이미 삭제 조치가 완료되었습니다.
{NC1}

감사합니다.

-----원본 메시지-----
보낸 사람: "KCSC Takedown" <takedown@kcsc.example>
받는 사람: policy@navercorp.com
날짜: 2024-09-18 (수) 10:00:00
제목: [재요청] [KCSC-240910-01] 시정요구 이행 여부 확인

아래 게시물의 조치 결과를 회신하여 주시기 바랍니다.
{NB1}
{NB2}
{NC1}
{NC2}
{NK}
"""),
], "no_change",
    "NAVER WORKS reply to our reminder repeating an earlier answer, with a Korean '-----원본 메시지-----' block",
    "the second email repeats the removal already recorded: no_change; the quoted reminder lists all five items and must not count",
    {NC1: "removed"}, classification="confirmation")

# 35
NAVER_B64 = f"""안녕하세요. 네이버 고객센터입니다.

KCSC-240910-01 요청 건의 처리 결과를 아래와 같이 알려드립니다.

1. {NB2} : 삭제 완료
2. {NK} : 비공개 처리

처리 결과에 대해 궁금하신 점은 네이버 고객센터(https://help.naver.com)로 문의해 주세요.

-------------------------------------------------
본 메일에는 개인정보가 포함되어 있을 수 있으며, 수신자 외의 사람이 열람, 복사, 배포하는 것은 금지되어 있습니다. 잘못 수신하신 경우 즉시 삭제해 주시기 바랍니다.
"""
case("naver-base64-numbered", [dict(
    name="naver-base64-numbered", **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 18:20:00 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[네이버 고객센터] KCSC-240910-01 처리 결과 안내".encode()).decode() + "?=",
    reply_to_req="req-240910-01",
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(NAVER_B64),
)], "applied",
    "NAVER 고객센터 result notice: numbered 'URL : 결과' lines, base64 body, confidentiality footer",
    "'삭제 완료' = removed, '비공개 처리' (made private by the operator) = removed; the footer's 삭제해 주시기 and the help link are not statements about items",
    {NB2: "removed", NK: "removed"}, classification="confirmation")

# 39
case("naver-out-of-office", [dict(
    name="naver-out-of-office", **{"from": "jiwoo.fake@navercorp.com"},
    name_from="김지우",
    date="Tue, 10 Sep 2024 11:00:20 +0900",
    subject="[부재중] RE: [KCSC-240910-01] 시정요구",
    reply_to_req="req-240910-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 김지우입니다.

9월 10일(화)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 업무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""")], "ignored",
    "Korean groupware out-of-office auto-reply ([부재중])",
    "auto-reply: names no item and says nothing about the request",
    classification="auto_reply")

# ---------------------------------------------------------------- Kakao / Daum
# 14
case("kakao-status-below-url", [dict(
    name="kakao-status-below-url", **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Thu, 12 Sep 2024 16:44:00 +0900",
    subject="[카카오] 시정요구(KCSC-240911-01) 처리 결과 회신",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.
요청해 주신 게시물의 처리 결과를 안내드립니다.

{KC1}
- 게시물 블라인드 처리 완료

{KC2}
- 삭제 조치

{KT}
- 해당 게시물은 이미 삭제되어 확인할 수 없습니다.

{KP}
- 검토 결과 운영정책 위반 사항이 확인되지 않아 조치하지 않았습니다.

카카오 운영정책: https://www.kakao.com/policy/oppolicy
감사합니다.
카카오 권리침해신고센터 드림
""")], "applied",
    "Kakao 권리침해신고센터 result reply with the status on the line below each bare URL",
    "블라인드 = removed, 삭제 = removed, 이미 삭제되어 확인할 수 없습니다 = not_found, 위반 사항이 확인되지 않아 조치하지 않았습니다 = rejected; the policy link is not an item",
    {KC1: "removed", KC2: "removed", KT: "not_found", KP: "rejected"}, classification="confirmation")

# 15
CSV = "\ufeffNo,URL,처리결과,처리일\r\n1," + KC1 + ",삭제,2024-09-12\r\n2," + KP + ",임시조치(30일),2024-09-12\r\n"
case("kakao-csv-attachment", [dict(
    name="kakao-csv-attachment", **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Fri, 13 Sep 2024 10:15:00 +0900",
    subject="RE: [KCSC-240911-01] 시정요구",
    reply_to_req="req-240911-01",
    raw_mime="""Content-Type: multipart/mixed; boundary="==kakao_b9_csv=="

--==kakao_b9_csv==
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 건의 처리 결과를 첨부 파일로 송부드립니다.
확인 부탁드립니다.

--==kakao_b9_csv==
Content-Type: text/csv; charset=UTF-8; name="=?UTF-8?B?""" + base64.b64encode("처리결과_KCSC-240911-01.csv".encode()).decode() + """?="
Content-Disposition: attachment; filename*=UTF-8''%EC%B2%98%EB%A6%AC%EA%B2%B0%EA%B3%BC_KCSC-240911-01.csv
Content-Transfer-Encoding: base64

""" + b64(CSV) + """
--==kakao_b9_csv==--
""")], "applied",
    "Korean portal result sheet sent as a CSV attachment (No,URL,처리결과,처리일; BOM, CRLF, RFC 2231 Korean filename)",
    "statuses only in the attachment: 삭제 = removed, 임시조치(30일) = restricted",
    {KC1: "removed", KP: "restricted"}, classification="confirmation")

# 16
case("kakao-lookalike-domain", [dict(
    name="kakao-lookalike-domain", **{"from": "right@kakaocorp-help.com"},
    name_from="카카오 권리침해신고센터",
    date="Thu, 12 Sep 2024 12:00:00 +0900",
    subject="[카카오] 시정요구(KCSC-240911-01) 처리 결과 회신",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

아래 게시물은 삭제 처리되었습니다.
{KC1}
{KC2}

처리 내역 확인을 위해 아래 링크에서 담당자 인증을 진행해 주세요.
https://kakaocorp-help.com/verify

카카오 권리침해신고센터 드림
""")], "review",
    "Kakao result reply (phishing variant from a look-alike domain that passes DMARC for itself)",
    "authenticated, but kakaocorp-help.com is no platform's sender: unknown_sender, nothing applied",
    review="unknown_sender")

# 17
case("kakao-partly-done", [dict(
    name="kakao-partly-done", **{"from": "cs@daum.net"},
    name_from="Daum 고객센터",
    date="Thu, 12 Sep 2024 19:03:00 +0900",
    subject="Re: [KCSC-240911-01] 시정요구 게시물 처리 현황",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요. Daum 고객센터입니다.

요청하신 게시물 중 {KC1} 은(는) 카페 운영원칙에 따라 삭제하였습니다.

{KC2} 은(는) 현재 담당 부서에서 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

Daum 고객센터 드림
""")], "applied",
    "Daum 고객센터 progress reply: one post deleted, one still under review",
    "one unhedged deletion applies; 'under review' changes nothing and the item stays pending",
    {KC1: "removed"}, classification="confirmation")

# 36
case("kakao-helpdesk-receipt", [dict(
    name="kakao-helpdesk-receipt", **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 14:00:40 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다. (접수번호: 24091100123)",
    reply_to_req="req-240911-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: 24091100123
 - 접수일시: 2024-09-11 14:00

담당자 확인 후 순차적으로 답변드리겠습니다. 답변은 영업일 기준 3일 이내에 메일로 안내됩니다.

※ 본 메일은 발신전용으로 회신되지 않습니다.
""")], "ignored",
    "Kakao helpdesk automatic '문의가 접수되었습니다' receipt with 접수번호",
    "pure receipt: names no item and states nothing about items",
    classification="acknowledgement")

# 40
case("kakao-seq-temporary-then-deleted", [
    dict(name="kakao-seq-temporary-then-deleted-1", **{"from": "right@kakaocorp.com"},
         name_from="카카오 권리침해신고센터",
         date="Wed, 11 Sep 2024 18:00:00 +0900",
         subject="[카카오] KCSC-240911-01 게시물 임시조치 안내",
         reply_to_req="req-240911-01",
         body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 아래 게시물에 대해 정보통신망법 제44조의2 제4항에 따라 30일간 임시조치(접근 차단)하였습니다.
{KT}

임시조치 기간 내 게시자의 이의제기가 없으면 해당 게시물은 삭제됩니다.

카카오 권리침해신고센터 드림
"""),
    dict(name="kakao-seq-temporary-then-deleted-2", **{"from": "right@kakaocorp.com"},
         name_from="카카오 권리침해신고센터",
         date="Thu, 19 Sep 2024 09:30:00 +0900",
         subject="[카카오] KCSC-240911-01 임시조치 게시물 최종 처리 결과",
         reply_to_req="req-240911-01",
         body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

앞서 임시조치를 안내드린 게시물에 대해 게시자의 소명이 접수되지 않아, 운영자 권한으로 해당 게시물을 삭제하였습니다.
{KT}

카카오 권리침해신고센터 드림
"""),
], "applied",
    "Kakao 임시조치(30-day access block) notice followed by a final deletion notice",
    "restricted by the temporary measure first (the 'will be deleted' sentence is future), then deleted by the operator: removed",
    {KT: "removed"}, classification="confirmation")

# ---------------------------------------------------------------- TikTok
# 18
case("tiktok-restricted-local-law", [dict(
    name="tiktok-restricted-local-law", **{"from": "legal-kr@tiktok.com"},
    date="Fri, 13 Sep 2024 06:10:00 +0000",
    subject="Re: KCSC-240912-01 - TikTok report update",
    reply_to_req="req-240912-01",
    body=f"""Hi,

Thanks for your report. We've reviewed the video below and restricted access to it in South Korea based on local laws.

{TT1}

Learn more about our Community Guidelines: https://www.tiktok.com/community-guidelines
Learn how we enforce them: https://www.tiktok.com/transparency/en/enforcement

TikTok Trust & Safety
""")], "applied",
    "TikTok report update ('restricted access to it in <country> based on local laws', Community Guidelines links)",
    "a URL below a statement about 'the video below'; the guideline and transparency links are not items",
    {TT1: "restricted"}, classification="confirmation")

# 19
case("tiktok-echoed-report", [dict(
    name="tiktok-echoed-report", **{"from": "noreply@tiktok.com"},
    date="Fri, 13 Sep 2024 08:33:00 +0000",
    subject="Your report: content removed (KCSC-240912-01)",
    reply_to_req="req-240912-01",
    body=f"""We've reviewed the content you reported and removed it for violating our Community Guidelines. Thanks for helping keep TikTok safe.

Report details
Report ID: 7413300000000000999
Reported content:
{TT1}
{TT2}
Reason: Dangerous activities and challenges
Date reported: Sep 12, 2024

If you have questions, visit our Help Center: https://support.tiktok.com/en/safety-hc/report-a-problem

TikTok Pte. Ltd., 1 Raffles Quay, Singapore (fictional footer)
""")], "applied",
    "TikTok in-app/email report outcome ('We've reviewed the content you reported and removed it') with echoed report details",
    "a statement about 'the content you reported' followed by the echoed report that lists both videos",
    {TT1: "removed", TT2: "removed"}, classification="confirmation")

# 20
case("tiktok-no-violation", [dict(
    name="tiktok-no-violation", **{"from": "noreply@tiktok.com"},
    date="Sat, 14 Sep 2024 02:00:00 +0000",
    subject="Your report: no violation found (KCSC-240912-01)",
    reply_to_req="req-240912-01",
    body=f"""We reviewed the video you reported and didn't find a violation of our Community Guidelines, so it will stay up. We know this may be disappointing.

Reported video: {TT3}

You can block or mute accounts you don't want to see: https://support.tiktok.com/en/using-tiktok/managing-your-account/blocking-the-users

TikTok
""")], "applied",
    "TikTok 'no violation' report outcome ('didn't find a violation ... so it will stay up')",
    "'will stay up' is not a hedge: with 'didn't find a violation' it states a rejection of the reported video",
    {TT3: "rejected"}, classification="confirmation")

# 21
XLSX = xlsx([["Link", "Result", "Policy"],
             [TT1, "Removed", "Minor safety"],
             [TT2, "Restricted in KR (local law)", "-"],
             [TT3, "Not found - video no longer exists", "-"]])
case("tiktok-xlsx-attachment", [dict(
    name="tiktok-xlsx-attachment", **{"from": "legal-kr@tiktok.com"},
    date="Mon, 16 Sep 2024 01:45:00 +0000",
    subject="Re: KCSC-240912-01 - outcome spreadsheet",
    reply_to_req="req-240912-01",
    raw_mime="""Content-Type: multipart/mixed; boundary="b9-tiktok-xlsx"

--b9-tiktok-xlsx
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Hi,

Please find the outcome for each link of your request in the attached spreadsheet.

Kind regards,
TikTok Law Enforcement & Government Outreach

--b9-tiktok-xlsx
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240912-01_outcome.xlsx"
Content-Disposition: attachment; filename="KCSC-240912-01_outcome.xlsx"
Content-Transfer-Encoding: base64

""" + b64(XLSX) + """
--b9-tiktok-xlsx--
""")], "applied",
    "TikTok government-request outcome returned as an XLSX sheet (Link | Result | Policy)",
    "statuses only in the spreadsheet: Removed / Restricted in KR / Not found",
    {TT1: "removed", TT2: "restricted", TT3: "not_found"}, classification="confirmation")

# 42
case("tiktok-handled-vague", [dict(
    name="tiktok-handled-vague", **{"from": "legal-kr@tiktok.com"},
    date="Fri, 13 Sep 2024 03:00:00 +0000",
    subject="Re: KCSC-240912-01",
    reply_to_req="req-240912-01",
    body=f"""Hi,

Regarding the videos below, the matter has been handled in line with our internal procedures.

{TT1}
{TT2}

Best,
TikTok Trust & Safety
""")], "review",
    "TikTok terse Trust & Safety reply ('handled in line with our internal procedures')",
    "'handled' says neither removed nor restricted nor refused: a careful clerk would ask; names items, so not_understood",
    review="not_understood")

# ---------------------------------------------------------------- YouTube
# 22
YT_TEXT = f"""Hello,

Thank you for your legal request (KCSC-240913-01). After reviewing the content, we've age-restricted the following video, so it can only be viewed by signed-in users aged 18 or over:

{YW}

In addition, we have blocked the following Short from view in South Korea under local law:

{YS}

For more information on age-restricted content, see https://support.google.com/youtube/answer/2802167

Sincerely,
The YouTube Legal Support Team

(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""
YT_HTML = f"""<html><body><p>Hello,</p>
<p>Thank you for your legal request (KCSC-240913-01). After reviewing the content, we&#39;ve age-restricted the following video, so it can only be viewed by signed-in users aged 18 or over:</p>
<p><a href="{YW}">{YW}</a></p>
<p>In addition, we have blocked the following Short from view in South Korea under local law:</p>
<p><a href="{YS}">{YS}</a></p>
<p>For more information on age-restricted content, see <a href="https://support.google.com/youtube/answer/2802167">this article</a>.</p>
<p>Sincerely,<br>The YouTube Legal Support Team</p>
<p style="font-size:10px;color:#777">&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</body></html>
"""
case("yt-age-and-geo-qp", [dict(
    name="yt-age-and-geo-qp", **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 23:02:17 -0700",
    subject="[7-1234000001234] Your legal request to YouTube (KCSC-240913-01)",
    reply_to_req="req-240913-01",
    raw_mime="""Content-Type: multipart/alternative; boundary="000000000000b9ytalt0001"

--000000000000b9ytalt0001
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

""" + qp(YT_TEXT) + """
--000000000000b9ytalt0001
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

""" + qp(YT_HTML) + """
--000000000000b9ytalt0001--
""")], "applied",
    "YouTube Legal Support outcome e-mail (age restriction + local-law block), multipart/alternative quoted-printable with Google footer",
    "age-restricted and blocked in South Korea are both restrictions; same statements in text and HTML parts must not double or conflict; support.google.com is not an item",
    {YW: "restricted", YS: "restricted"}, classification="confirmation")

# 23
case("yt-gmail-top-posted", [dict(
    name="yt-gmail-top-posted", **{"from": "legal-kr@google.com"},
    name_from="Google Legal Korea",
    date="Sat, 14 Sep 2024 10:12:00 +0900",
    subject="Re: [KCSC-240913-01] 시정요구 / Request for removal",
    reply_to_req="req-240913-01",
    body=f"""Hi KCSC team,

Quick update: the Short below was removed from YouTube yesterday for violating our Community Guidelines on harmful or dangerous content.
{YS}

We'll come back to you separately on the other video.

Best,
Seo-yeon (Google Legal, Korea)

On Fri, Sep 13, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube,
>
> Please remove the following content, which was found to be unlawful:
> 1. {YW}
> 2. {YS}
>
> Korea Communications Standards Commission
""")], "applied",
    "Gmail top-posted reply from a platform's legal staff over our quoted request ('On ... wrote:' with '>' lines)",
    "only the Short is stated removed; the quoted request and the promise about 'the other video' change nothing",
    {YS: "removed"}, classification="confirmation")

# 24
case("yt-out-of-office", [dict(
    name="yt-out-of-office", **{"from": "legal-kr@google.com"},
    name_from="Google Legal Korea",
    date="Fri, 13 Sep 2024 10:00:31 +0900",
    subject="Automatic reply: [KCSC-240913-01] 시정요구 / Request for removal",
    reply_to_req="req-240913-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""I am out of the office until Monday, September 23 with limited access to email.

For urgent legal requests, please use our webform at https://support.google.com/legal/answer/3110420 so that your request is routed to the right team.

Thanks,
Seo-yeon
""")], "ignored",
    "Gmail/Workspace vacation responder ('Automatic reply: ...', Auto-Submitted: auto-replied)",
    "out-of-office: says nothing about any item; the webform link is not an item",
    classification="auto_reply")

# 25
case("yt-bounce-dsn", [dict(
    name="yt-bounce-dsn", **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Fri, 13 Sep 2024 01:00:05 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; boundary="000000000000b9dsn0001"; report-type=delivery-status

--000000000000b9dsn0001
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to legal-korea-old@google.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--000000000000b9dsn0001
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 13 Sep 2024 01:00:02 +0000

Final-Recipient: rfc822; legal-korea-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--000000000000b9dsn0001
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea-old@google.com
Subject: [KCSC-240913-01] 시정요구 / Request for removal
Message-ID: <req-240913-01@kcsc.example>
Date: Fri, 13 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=UTF-8

Please remove the following content:
1. """ + YW + """
2. """ + YS + """

--000000000000b9dsn0001--
""")], "ignored",
    "Gmail 'Delivery Status Notification (Failure)' bounce (multipart/report, Address not found, our request attached)",
    "bounce of our own request: ignored whoever sent it; the URLs are in our returned message",
    classification="bounce")

# 38
case("yt-asks-timestamps", [dict(
    name="yt-asks-timestamps", **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Sun, 15 Sep 2024 17:00:00 -0700",
    subject="[7-1234000001299] Your legal request to YouTube (KCSC-240913-01)",
    reply_to_req="req-240913-01",
    body=f"""Hello,

Thanks for contacting YouTube. In order to process your request for the video below, we need additional information:

{YW}

Please provide the timestamp(s) at which the allegedly unlawful content appears and the specific provision of Korean law it violates. Without this information we are unable to take action on the video.

You can reply to this email with the requested details.

Regards,
The YouTube Legal Support Team
""")], "review",
    "YouTube Legal Support 'we need additional information' (timestamps, legal basis) reply",
    "asks for timestamps before acting; 'unable to take action without this information' is not a rejection",
    review="asks_more")

# ---------------------------------------------------------------- Telegram
# 26
case("tg-one-line-geo-block", [dict(
    name="tg-one-line-geo-block", **{"from": "dsa@telegram.org"},
    date="Tue, 17 Sep 2024 04:12:00 +0000",
    subject="Re: KCSC-240916-01",
    reply_to_req="req-240916-01",
    body=f"""Hello, the content at {TG} has been blocked for users in the Republic of Korea.

-- 
Telegram Abuse Team
""")], "applied",
    "Telegram abuse-desk one-sentence reply ('has been blocked for users in <country>')",
    "a notice that is only a URL and one sentence; blocking for users of one country is a geo-restriction, not a removal",
    {TG: "restricted"}, classification="confirmation")

# 27
TG_DUP = dict(**{"from": "dsa@telegram.org"},
              date="Tue, 17 Sep 2024 09:30:00 +0000",
              subject="Re: KCSC-240916-01 - channel taken down",
              reply_to_req="req-240916-01",
              msgid_name="tg-seq-duplicate-resend",
              body=f"""Hello,

Thank you for your report. The channel has been taken down and the post below is no longer available on Telegram:
{TG}

Telegram Abuse Team
""")
case("tg-seq-duplicate-resend", [dict(name="tg-seq-duplicate-resend-1", **TG_DUP),
                                 dict(name="tg-seq-duplicate-resend-2", **TG_DUP)],
     "duplicate",
     "Telegram abuse-desk takedown reply delivered twice (same Message-ID, different Received line)",
     "the second delivery is a duplicate; the removal from the first stays",
     {TG: "removed"})

# 28
case("tg-unknown-sender-gmail", [dict(
    name="tg-unknown-sender-gmail", **{"from": "telegram.support.korea@gmail.com"},
    name_from="Telegram Support Korea",
    date="Tue, 17 Sep 2024 02:00:00 +0000",
    subject="Re: KCSC-240916-01 removal done",
    reply_to_req="req-240916-01",
    body=f"""Dear KCSC,

We confirm that the following post was deleted by the Telegram moderation team:
{TG}

Telegram Support Korea
""")], "review",
    "Telegram removal reply (impostor variant from a free-mail address that passes DMARC for gmail.com)",
    "authenticated free-mail sender that is no platform's: unknown_sender, nothing applied",
    review="unknown_sender")

# 29
case("tg-read-receipt-mdn", [dict(
    name="tg-read-receipt-mdn", **{"from": "dsa@telegram.org"},
    date="Mon, 16 Sep 2024 07:01:00 +0000",
    subject="Read: KCSC-240916-01",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b9-mdn-0001"

--b9-mdn-0001
Content-Type: text/plain; charset=UTF-8

Your message

  To: dsa@telegram.org
  Subject: KCSC-240916-01
  Sent: Monday, September 16, 2024 3:00 PM (UTC+09:00)

was read on Monday, September 16, 2024 4:01 PM (UTC+09:00).

--b9-mdn-0001
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Microsoft Exchange Server
Final-Recipient: rfc822; dsa@telegram.org
Original-Message-ID: <req-240916-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b9-mdn-0001--
""")], "ignored",
    "Outlook/Exchange read receipt ('Read: ...', multipart/report; report-type=disposition-notification)",
    "an MDN says only that our request was displayed: ignored, not forwarded")

# ---------------------------------------------------------------- Meta
# 30
case("meta-restriction-statement", [dict(
    name="meta-restriction-statement", **{"from": "legal-kr@fb.com"},
    name_from="Meta Legal",
    date="Wed, 18 Sep 2024 07:20:00 +0000",
    subject="KCSC-240917-01: Decision on your request",
    reply_to_req="req-240917-01",
    body=f"""Hello,

We have reviewed your request and made a decision on the content below.

Content: {IGP}
Decision: We restricted access to this content in South Korea because it was reported as unlawful under local law.
Type of restriction: Country-level block (KR)
Date of decision: 18 September 2024

This decision does not mean the content goes against the Instagram Community Guidelines. You can find out more about how we handle government requests at https://transparency.meta.com/reports/content-restrictions/

Meta Legal
Meta Platforms, Inc., 1 Hacker Way, Menlo Park, CA 94025
""")], "applied",
    "Meta content-restriction decision notice (Content / Decision / Type of restriction fields, transparency-centre link)",
    "a record with labelled fields; 'does not mean the content goes against the Community Guidelines' must not turn the restriction into a rejection",
    {IGP: "restricted"}, classification="confirmation")

# 31
case("meta-bullets-removed-and-gone", [dict(
    name="meta-bullets-removed-and-gone", **{"from": "noreply@instagram.com"},
    name_from="Instagram",
    date="Wed, 18 Sep 2024 12:00:00 +0000",
    subject="Update on your report (KCSC-240917-01)",
    reply_to_req="req-240917-01",
    type="html",
    body=f"""<html><body>
<p>Hi,</p>
<p>Here is an update on the content you reported:</p>
<ul>
<li><a href="{IGR}">{IGR}</a> &mdash; Removed. It goes against our Community Guidelines on fraud and scams.</li>
<li><a href="{FBP}">{FBP}</a> &mdash; We couldn't find this content. It may have been deleted by the person who posted it, or the link may be incorrect.</li>
</ul>
<p><a href="https://help.instagram.com/477434105621119">Learn more about reporting</a> &middot; <a href="https://www.instagram.com/accounts/support_requests/">Support requests</a></p>
<p style="color:#8e8e8e">Meta Platforms, Inc., Attention: Community Support, 1 Hacker Way, Menlo Park, CA 94025</p>
</body></html>""")], "applied",
    "Instagram support-inbox report update, HTML bullets ('Removed. It goes against our Community Guidelines'; 'We couldn't find this content')",
    "one bullet per item; the hedge 'may have been deleted' is about why it is gone, the main clause says it could not be found: not_found",
    {IGR: "removed", FBP: "not_found"}, classification="confirmation")

# 32
case("meta-claims-x-post", [dict(
    name="meta-claims-x-post", **{"from": "legal-kr@fb.com"},
    name_from="Meta Legal",
    date="Wed, 18 Sep 2024 09:00:00 +0000",
    subject="Re: KCSC-240917-01",
    reply_to_req="req-240917-01",
    body=f"""Hello,

We've removed the content you reported:
{X[105]}

Meta Legal
""")], "review",
    "Meta Legal removal reply that names another platform's URL (copy-paste error)",
    "a trusted Meta email claims an x.com item of KCSC-240909-01: wrong_platform, the X item stays pending",
    review="wrong_platform")

# 33
case("meta-still-reviewing", [dict(
    name="meta-still-reviewing", **{"from": "noreply@instagram.com"},
    name_from="Instagram",
    date="Tue, 17 Sep 2024 22:00:00 +0000",
    subject="Update on your report (KCSC-240917-01)",
    reply_to_req="req-240917-01",
    body=f"""Hi,

We're still reviewing the reel you reported. Because of the number of reports we receive, this may take longer than usual. We'll let you know when we've made a decision.

Reported reel: {IGR}

Instagram Help Center: https://help.instagram.com/
""")], "review",
    "Instagram 'We're still reviewing' support-inbox update",
    "names a requested item but states no outcome (under review): not_understood; arguably an acknowledgement (see NOTES.md)",
    review="not_understood")

# ---------------------------------------------------------------- writer
HEADER = """# blind9: BLIND test set for issue 11 (generated by make.py; do not edit).
# Expected results were written from each email's meaning before the reader
# was run. See NOTES.md for what the set covers and the arguable cases.
"""


def write():
    write_requests()
    cdir = os.path.join(HERE, "cases")
    os.makedirs(cdir, exist_ok=True)
    for f in os.listdir(cdir):
        if f.endswith(".eml"):
            os.remove(os.path.join(cdir, f))
    out = [HEADER.rstrip("\n"), ""]
    n = 0
    names = set()
    for c in CASES:
        assert c["name"] not in names, c["name"]
        names.add(c["name"])
        files = []
        for e in c["emails"]:
            spec = dict(e)
            spec["set"] = SET
            fname = spec["name"]
            nf = spec.get("name_from") or corpuslib.DOMAIN_NAMES.get(spec["from"].split("@")[1], "")
            if nf and not nf.isascii():
                # mailers encode non-ASCII display names (RFC 2047)
                spec["name_from"] = Header(nf, "utf-8").encode()
            if "msgid_name" in spec:
                spec["name"] = spec.pop("msgid_name")
            path = os.path.join(cdir, fname + ".eml")
            assert not os.path.exists(path), fname
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(corpuslib.render(spec, n))
            n += 1
            files.append("cases/" + fname + ".eml")
        out.append("[[case]]")
        out.append(f"name = {corpuslib.toml_str(c['name'])}")
        out.append("files = [" + ", ".join(corpuslib.toml_str(p) for p in files) + "]")
        out.append(f"outcome = {corpuslib.toml_str(c['outcome'])}")
        if c["classification"]:
            out.append(f"classification = {corpuslib.toml_str(c['classification'])}")
        if c["review"]:
            out.append(f"review = {corpuslib.toml_str(c['review'])}")
        out.append(f"imitates = {corpuslib.toml_str(c['imitates'])}")
        out.append(f"why = {corpuslib.toml_str(c['why'])}")
        out.append("[case.items]")
        for url, st in c["items"].items():
            out.append(f"{corpuslib.toml_str(url)} = {corpuslib.toml_str(st)}")
        out.append("")
    with open(os.path.join(HERE, "expected.toml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    write()
