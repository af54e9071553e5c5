#!/usr/bin/env python3
"""Blind set 6 (issue 11): writes requests.csv, cases/*.eml and expected.toml.

    python3 tests/corpus/blind6/make.py

Written without reading the reader (src/) nor the other sets' case texts.
Every email imitates the layout, key status phrasing and boilerplate of a
public notice named in its `imitates` field, in our own sentences, with
fictional URLs, names and ticket numbers. The expected result of each case
was written here from the email's meaning before anything was run.
Deterministic: no clock, no randomness, zip entries with fixed timestamps.
"""
import base64
import os
import quopri
import sys
import zipfile
import io
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "tiktok.com": "TikTok",
    "instagram.com": "Instagram",
})

# ---------------------------------------------------------------- requests
def xu(acct, n):
    return f"https://x.com/{acct}/status/{1834100000000000000 + n}"

A = [xu("fake_acct_a", 101 + i) for i in range(5)]
N = [xu("night_owl_kr", 201 + i) for i in range(5)]
B = [xu("blurrr_77", 301 + i) for i in range(4)]
X_ALL = A + N + B  # 14 items, the largest request

K = [
    "https://cafe.daum.net/darkshare/Fq3x/118",
    "https://cafe.daum.net/darkshare/Fq3x/121",
    "https://nightnote.tistory.com/88",
    "https://nightnote.tistory.com/91",
    "https://open.kakao.com/o/gAbC1dEf",
]
NV = [
    "https://blog.naver.com/fake_writer9/223560011111",
    "https://blog.naver.com/fake_writer9/223560022222",
    "https://cafe.naver.com/hiddenroom/5521",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471234567",
]
HANDLE = "가짜방송"
Y = [
    "https://www.youtube.com/watch?v=Lk3vQ9xRt2a",
    "https://www.youtube.com/watch?v=Pp8sW1nYc4b",
    "https://www.youtube.com/shorts/Zx5mK7bHq1c",
    "https://www.youtube.com/@" + quote(HANDLE),  # stored percent-encoded
]
Y4_RAW = "https://www.youtube.com/@" + HANDLE
T = [
    "https://www.tiktok.com/@fake.dancer_01/video/7410000000000000001",
    "https://www.tiktok.com/@fake.dancer_01/video/7410000000000000002",
    "https://www.tiktok.com/@another_fake22/video/7410000000000000003",
]
G = ["https://t.me/shadow_lounge/2201", "https://t.me/shadow_lounge/2207"]
I = ["https://www.instagram.com/p/C9fAkEpOsT1/"]

REQUESTS = [
    # ref, platform, sent, due, urls, category
    ("KCSC-240909-01", "x", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00", X_ALL, "nonconsensual_intimate_image"),
    ("KCSC-240910-01", "kakao", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", K, "illegal_filming"),
    ("KCSC-240911-01", "naver", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", NV, "defamation"),
    ("KCSC-240912-01", "tiktok", "2024-09-12T16:00:00+09:00", "2024-09-19T18:00:00+09:00", T, "harmful_to_minors"),
    ("KCSC-240913-01", "youtube", "2024-09-13T09:30:00+09:00", "2024-09-20T18:00:00+09:00", Y, "deepfake_sexual_abuse"),
    ("KCSC-240916-01", "telegram", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", G, "deepfake_sexual_abuse"),
    ("KCSC-240917-01", "meta", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", I, "nonconsensual_intimate_image"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat in REQUESTS:
        mid = "<req-" + ref[5:] .lower() + "@kcsc.example>"
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},{mid},")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def req(ref):
    return "req-" + ref[5:].lower()


def bullets(urls, prefix="- "):
    return "\n".join(prefix + u for u in urls)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def our_request_text(ref, urls, to="the platform"):
    return (
        f"Dear {to},\n\n"
        f"The Korea Communications Standards Commission requests the removal of\n"
        f"the following content (our reference {ref}) within seven days:\n\n"
        + "\n".join(f"{i + 1}. {u}" for i, u in enumerate(urls))
        + "\n\nPlease delete or block access to each item and tell us the result\n"
        "for every URL.\n\nKCSC Takedown Team\ntakedown@kcsc.example"
    )


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def xlsx(rows):
    """A minimal XLSX (inline strings), built by hand so that it is byte-stable."""
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>'),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Outcome" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>'),
        "xl/worksheets/sheet1.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + "".join(sheet_rows) + '</sheetData></worksheet>'),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    return buf.getvalue()


CASES = []


def case(**kw):
    CASES.append(kw)


# ==================================================================== X (KCSC-240909-01, 14 items)
case(
    name="x-withheld-kr-bare-list",
    **{"from": "legal@x.com"}, date="Tue, 10 Sep 2024 08:14:02 +0000",
    subject="Re: KCSC-240909-01 Request to remove content [ref:_00DA0K0A8._5004w0Lq2Y:ref]",
    reply_to_req=req("KCSC-240909-01"),
    body=f"""Hello,

We have received your request dated September 9, 2024 regarding content on X.

In response to your request and in accordance with applicable local law, we
have withheld access to the following content in the Republic of Korea:

{A[0]}
{A[1]}
{A[2]}

This content remains available to viewers outside Korea. To learn more about
country-withheld content, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Please be advised that X may notify the affected account holders and may send
a copy of your request to Lumen (https://lumendatabase.org).

Sincerely,
X Legal
Case 0193357721
""",
    outcome="applied", classification="confirmation",
    imitates="X (Twitter) legal-request reply announcing country-withheld content (help.x.com 'Post withheld by country' notice; Lumen copies)",
    why="receipt phrase ('We have received your request') plus an unhedged 'we have withheld access ... in the Republic of Korea' heading over a bare URL list; help and Lumen links are not items",
    items={A[0]: "restricted", A[1]: "restricted", A[2]: "restricted"},
)

case(
    name="x-per-line-statuses",
    **{"from": "legal@x.com"}, date="Wed, 11 Sep 2024 02:40:19 +0000",
    subject="Update on your report KCSC-240909-01 (case 0456781)",
    reply_to_req=req("KCSC-240909-01"),
    body=f"""Hi KCSC team,

Here is the current outcome for the posts listed in case 0456781:

{A[3]} : Removed - violation of our non-consensual nudity policy
{A[4]} : No violation found
{N[0]} : Withheld in KR
{N[1]} : Not found - deleted by the account holder

Thanks,
X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X Safety case update with one result per reported post (as quoted in public complaint threads about X report outcomes)",
    why="one status per line after ' : ' in four different wordings (removed / no violation / withheld in KR / deleted by the account holder = not found)",
    items={A[3]: "removed", A[4]: "rejected", N[0]: "restricted", N[1]: "not_found"},
)

case(
    name="x-status-on-line-below-url",
    **{"from": "legal@x.com"}, date="Wed, 11 Sep 2024 09:05:44 +0000",
    subject="Your request KCSC-240909-01: decisions",
    reply_to_req=req("KCSC-240909-01"),
    body=f"""Hello,

We reviewed the posts you reported. Our decisions are below.

{N[2]}
We took this post down for violating the X Rules.

{N[3]}
Having reviewed this post, we did not find it in breach of the X Rules or of
Korean law, so it remains available.

{N[4]}
This post no longer exists on X; the account holder deleted it before we
reviewed it.

If you have further questions, reply to this email and keep the case number
in the subject line.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team decision letter, one paragraph per reported URL (legal request outcome emails quoted on Lumen)",
    why="the status stands on the line(s) below each bare URL, in free prose: 'took this post down' / 'did not find it in breach ... remains available' / 'no longer exists ... deleted by the account holder'",
    items={N[2]: "removed", N[3]: "rejected", N[4]: "not_found"},
)

x_qp_text = f"""Decision on KCSC-240909-01 (partial)

Reported content | Decision
{B[0]}?s=20&t=Qm3ZtR0aLb7xVn1Pp2Kq4w | Withheld in: KR
{B[1]}?s=46&t=Hh8pLw2QaZx0Ck5Nn6Rr1y | Removed

Decisions on the other posts in your request will follow separately.
Country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country?lang=en&ref=legal_notice_email_kr
"""
x_qp_html = f"""<html><body>
<p>Decision on KCSC-240909-01 (partial)</p>
<table border="1" cellpadding="4">
<tr><th>Reported content</th><th>Decision</th></tr>
<tr><td><a href="{B[0]}?s=20&amp;t=Qm3ZtR0aLb7xVn1Pp2Kq4w">{B[0]}</a></td><td>Withheld in: KR</td></tr>
<tr><td><a href="{B[1]}?s=46&amp;t=Hh8pLw2QaZx0Ck5Nn6Rr1y">{B[1]}</a></td><td>Removed</td></tr>
</table>
<p>Decisions on the other posts in your request will follow separately.</p>
<p><a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">Country withheld content</a></p>
</body></html>
"""
case(
    name="x-qp-alternative-table",
    **{"from": "legal@x.com"}, date="Thu, 12 Sep 2024 01:22:10 +0000",
    subject="KCSC-240909-01 - decision (partial)",
    reply_to_req=req("KCSC-240909-01"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_x6qp"

--=_x6qp
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(x_qp_text)}
--=_x6qp
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(x_qp_html)}
--=_x6qp--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal decision as a 'Reported content | Decision' table, sent as multipart/alternative quoted-printable (X transparency notice layout)",
    why="quoted-printable text and HTML parts with a two-column table; URLs carry ?s=&t= share parameters split by soft line breaks; 'Withheld in: KR' = restricted, 'Removed' = removed; the rest 'will follow' stays pending",
    items={B[0]: "restricted", B[1]: "removed"},
)

case(
    name="x-hedged-likely-future",
    **{"from": "legal@x.com"}, date="Thu, 12 Sep 2024 06:48:31 +0000",
    subject="Re: KCSC-240909-01 Request to remove content",
    reply_to_req=req("KCSC-240909-01"),
    body=f"""Hello,

Thank you for your patience. Based on our initial assessment, the posts
below may violate our sensitive media policy, and they are likely to be
withheld in Korea once our legal team has completed its review:

{B[2]}
{B[3]}

We expect to get back to you with a final decision within five business days.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply ('initial assessment', decision to follow) as quoted in public threads about pending X legal requests",
    why="'may violate' and 'are likely to be withheld ... once the review has completed' are hedged and future: nothing has been done; the email names our items, so it must be seen, not applied and not ignored",
    items={},
)

case(
    name="x-ack-and-outcome",
    **{"from": "legal@x.com"}, date="Fri, 13 Sep 2024 03:10:00 +0000",
    subject="[Ticket #0457120] KCSC-240909-01",
    reply_to_req=req("KCSC-240909-01"),
    body=f"""Thank you for your report. A ticket has been created for your request
(#0457120) and you can reply to this email to add information.

We have completed our review of two of the reported posts. The following posts
have been removed for violating the X Rules:

  * {N[0]}
  * {N[1]}

Our rules: https://help.x.com/en/rules-and-policies/x-rules
How we enforce them: https://help.x.com/en/rules-and-policies/enforcement-options

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X Support ticket email that opens with the ticket-created receipt and then reports the enforcement outcome (help.x.com enforcement-options notice)",
    why="an acknowledgement phrase ('A ticket has been created') together with an unhedged removal statement over a bulleted list is a confirmation, not an acknowledgement",
    items={N[0]: "removed", N[1]: "removed"},
)

case(
    name="x-lookalike-domain-claims-removal",
    **{"from": "legal@x-corp-legal.com"}, name_from="X Corp. Legal",
    date="Fri, 13 Sep 2024 11:31:09 +0000",
    subject="Re: KCSC-240909-01 Request to remove content",
    reply_to_req=req("KCSC-240909-01"),
    body=f"""Hello,

In response to your request, the following posts have been removed from X:

{bullets(A)}

Sincerely,
X Corp. Legal
""",
    outcome="review", review="unknown_sender",
    imitates="X legal removal notice, sent from a look-alike domain (x-corp-legal.com) that passes DMARC for itself (impersonation pattern from phishing reports)",
    why="a perfect-looking confirmation of five of our items from a domain that is not one of X's senders: nothing may change, and the email must be seen",
    items={},
)

case(
    name="x-dmarc-fail-confirmation",
    **{"from": "legal@x.com"}, auth="fail", date="Sat, 14 Sep 2024 00:02:41 +0000",
    subject="KCSC-240909-01 - all decisions",
    reply_to_req=req("KCSC-240909-01"),
    body=f"""Hello,

{B[0]} - Removed
{B[1]} - Removed
{B[2]} - Removed
{B[3]} - Removed

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X per-line legal outcome, but our Authentication-Results says dmarc=fail for x.com (spoofed From)",
    why="From claims x.com but DMARC fails: the removals must not be applied",
    items={},
)

case(
    name="x-out-of-office-quoting-list",
    **{"from": "j.morrow@x.com"}, name_from="Jordan Morrow",
    date="Mon, 9 Sep 2024 02:05:13 +0000",
    subject="Automatic reply: KCSC-240909-01 Request to remove content",
    reply_to_req=req("KCSC-240909-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""I am out of the office until September 23 with limited access to email.
Legal requests from government agencies should be filed through
https://legalrequests.x.com/ so that they are handled without delay.

{quoted(our_request_text("KCSC-240909-01", X_ALL[:5], "X Corp."))}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply:' out-of-office that quotes the message it answers",
    why="out-of-office auto-reply; the URLs and 'removal'/'delete' words are only in our quoted request",
    items={},
)

case(
    name="x-korean-numbered-list",
    **{"from": "legal@x.com"}, date="Tue, 17 Sep 2024 05:30:00 +0000",
    subject="RE: [KCSC-240909-01] 불법정보 삭제 요청에 대한 회신",
    reply_to_req=req("KCSC-240909-01"),
    body=f"""안녕하세요, X 법무팀입니다.

귀 위원회의 2024년 9월 9일자 요청(KCSC-240909-01)에 대한 처리 결과를 아래와 같이 안내드립니다.

1. {A[0]} – 대한민국 내 접근 제한(국가별 게시 보류)
2. {A[1]} – X 규칙 위반으로 삭제
3. {N[2]} – 해당 게시물을 찾을 수 없음(존재하지 않는 게시물)

나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
X 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean-language reply of a foreign platform's legal team to a KCSC request (numbered 처리 결과 list)",
    why="numbered Korean list: 접근 제한(국가별 게시 보류) = restricted, 삭제 = removed, 찾을 수 없음 = not found; 'the rest will follow' leaves the others pending",
    items={A[0]: "restricted", A[1]: "removed", N[2]: "not_found"},
)

case(
    name="x-outlook-original-message",
    **{"from": "legal@x.com"}, date="Wed, 18 Sep 2024 07:12:55 +0000",
    subject="RE: KCSC-240909-01 Request to remove content",
    reply_to_req=req("KCSC-240909-01"),
    body=f"""Hello,

We have removed {B[2]} and
{B[3]} for violating the X Rules.

The remaining posts from your request are still being reviewed.

Regards,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 11:00 AM
To: legal@x.com
Subject: KCSC-240909-01 Request to remove content

{our_request_text("KCSC-240909-01", X_ALL, "X Corp.")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with a '-----Original Message-----' block quoting our full request",
    why="top-posted removal of two posts (one URL wrapped onto the next line); our request below lists all 14 URLs with 'delete' wording and must not count; 'still being reviewed' leaves the rest pending",
    items={B[2]: "removed", B[3]: "removed"},
)

case(
    name="x-resolution-codes",
    **{"from": "legal@x.com"}, date="Thu, 19 Sep 2024 01:40:27 +0000",
    subject="Case 0461193 closed - KCSC-240909-01",
    reply_to_req=req("KCSC-240909-01"),
    body=f"""Case 0461193 has been closed.

Resolution per reported URL:
{A[2]} -- LGL-R4
{A[3]} -- LGL-R4
{N[4]} -- TSR-NV

If you need to reopen this case, reply within 14 days.

X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="ticketing-system 'case closed' notice giving internal resolution codes per URL (Salesforce-style case closure emails)",
    why="the email names our items but states their outcome only as internal codes nobody here can read; 'case closed' is not a status",
    items={},
)

# ==================================================================== YouTube (KCSC-240913-01, 4 items)
case(
    name="yt-legal-blocked-kr-and-removed",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Sat, 14 Sep 2024 04:20:00 +0000",
    subject="[8-5123000034567] Re: KCSC-240913-01",
    reply_to_req=req("KCSC-240913-01"),
    body=f"""Hello,

Thanks for reaching out to us.

In response to your legal request, we have blocked the following content from
view on YouTube in South Korea:

{Y[0]}
{Y[1]}

Separately, the following content was removed from YouTube globally because
it violates YouTube's Community Guidelines:

{Y[2]}

For more information about our policies, visit
https://support.google.com/youtube/answer/2801964. A copy of this notice may
be sent to the Lumen project (https://lumendatabase.org) for publication.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removals reply: 'blocked ... from view on YouTube in [country]' versus 'removed globally ... Community Guidelines', with Lumen note",
    why="two headed sections: local block = restricted, global removal = removed; the channel URL is not mentioned and stays pending; support and Lumen links are not items",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-age-restricted-and-channel-iri",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Sun, 15 Sep 2024 02:11:37 +0000",
    subject="[8-5123000034588] Re: KCSC-240913-01",
    reply_to_req=req("KCSC-240913-01"),
    body=f"""Hi,

We reviewed the content you flagged in KCSC-240913-01.

• {Y[0]} — we have age-restricted this video. It can no longer be watched by
  signed-out viewers or by viewers under 18.
• {Y4_RAW} — this channel has been terminated for repeated violations of our
  Community Guidelines.

Our review of the other URLs in your request continues.

Age-restricted content: https://support.google.com/youtube/answer/2802167
Channel terminations: https://support.google.com/youtube/answer/2802168

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction and channel-termination wording (support.google.com 'Age-restricted content' and 'Channel terminations' pages) in a legal reply",
    why="age-restricted = restricted; the channel handle is written raw in Korean (IRI) and must match the percent-encoded item; 'terminated' = removed",
    items={Y[0]: "restricted", Y[3]: "removed"},
)

case(
    name="yt-no-violation-and-not-located",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Mon, 16 Sep 2024 06:55:02 +0000",
    subject="[8-5123000034601] Re: KCSC-240913-01",
    reply_to_req=req("KCSC-240913-01"),
    body=f"""Hello,

After reviewing {Y[1]}, we determined that the video doesn't violate our
Community Guidelines, and we did not find a sufficient legal basis to restrict
it in South Korea. We are not taking action on it.

We were unable to locate the content at {Y[2]}, which may have been
removed by the uploader before our review.

If you have additional information, you can submit a new request at
https://support.google.com/legal/answer/3110420.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal 'no action' reply (doesn't violate Community Guidelines, no sufficient basis under local law) and 'unable to locate' reply",
    why="a negated action with reasons is a rejection; 'unable to locate' is not found, and the 'may have been removed by the uploader' relative clause does not hedge it",
    items={Y[1]: "rejected", Y[2]: "not_found"},
)

yt_xlsx = xlsx([
    ["URL", "Action", "Notes"],
    [Y[0], "Blocked - KR", "Local legal block"],
    [Y[1], "Removed", "Community Guidelines"],
    [Y[2], "No action", "Does not violate Community Guidelines"],
    [Y[3], "Channel terminated", ""],
])
case(
    name="yt-xlsx-outcome-sheet",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Tue, 17 Sep 2024 08:00:00 +0000",
    subject="[8-5123000034633] Outcome of KCSC-240913-01",
    reply_to_req=req("KCSC-240913-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_ytx"

--=_ytx
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find the outcome of your request KCSC-240913-01 in the attached
spreadsheet.

The YouTube Legal Team

--=_ytx
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240913-01_outcome.xlsx"
Content-Disposition: attachment; filename="KCSC-240913-01_outcome.xlsx"
Content-Transfer-Encoding: base64

{b64(yt_xlsx)}
--=_ytx--
""",
    outcome="applied", classification="confirmation",
    imitates="legal-team outcome spreadsheet attached to a short cover email (URL | Action | Notes), as platforms send for bulk government requests",
    why="statuses only in the XLSX: 'Blocked - KR' = restricted, 'Removed', 'No action' + 'Does not violate' = rejected, 'Channel terminated' = removed",
    items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "rejected", Y[3]: "removed"},
)

case(
    name="yt-ack-echoes-urls",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal",
    date="Fri, 13 Sep 2024 00:31:12 +0000",
    subject="[8-5123000034567] We received your request (KCSC-240913-01)",
    reply_to_req=req("KCSC-240913-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Thanks for contacting Google. This is an automated response to confirm that
we have received your legal request. We'll review it and get back to you.
Please don't reply to this message.

Here is a copy of your submission:
  Reference: KCSC-240913-01
  URLs:
{bullets(Y, "    ")}
  Country: South Korea

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-removals web-form automated receipt that echoes the submission ('Here is a copy of your submission')",
    why="a ticket receipt as a whole: 'we have received ... we'll review' states nothing about any item; the URLs are only an echo of our submission",
    items={},
)

case(
    name="yt-one-sentence-notice",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Wed, 18 Sep 2024 12:03:44 +0000",
    subject="Update on content you reported",
    body=f"""{Y[2]}
This Short has been removed from YouTube.

— YouTube Trust & Safety
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reporting-history style notice: one URL and one sentence, with a policy link footer",
    why="a notice that is only a URL and one sentence; no reference, no In-Reply-To (matched by the open item's URL); the policy link is not an item",
    items={Y[2]: "removed"},
)

# ==================================================================== Kakao (KCSC-240910-01, 5 items)
kakao_table = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 카카오 권리보호센터입니다.</p>
<p>방송통신심의위원회의 시정요구(KCSC-240910-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>대상 URL</th><th>조치 결과</th><th>조치 일자</th></tr>
<tr><td>1</td><td>{K[0]}</td><td>삭제</td><td>2024.09.11</td></tr>
<tr><td>2</td><td>{K[1]}</td><td>임시조치(30일)</td><td>2024.09.11</td></tr>
<tr><td>3</td><td>{K[2]}</td><td>블라인드 처리</td><td>2024.09.11</td></tr>
<tr><td>4</td><td>{K[3]}</td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
<tr><td>5</td><td>{K[4]}</td><td>오픈채팅방 폐쇄</td><td>2024.09.12</td></tr>
</table>
<p>카카오 운영정책: <a href="https://www.kakao.com/policy/oppolicy">https://www.kakao.com/policy/oppolicy</a></p>
<p>감사합니다.<br>카카오 권리보호센터 드림</p>
</body></html>"""
case(
    name="kakao-kcsc-result-table",
    **{"from": "protect@kakaocorp.com"}, name_from="카카오 권리보호센터",
    date="Thu, 12 Sep 2024 05:00:00 +0000",
    subject="[회신] 시정요구 조치 결과 (KCSC-240910-01)",
    reply_to_req=req("KCSC-240910-01"),
    type="html", body=kakao_table,
    outcome="applied", classification="confirmation",
    imitates="Korean portal's 시정요구 조치결과 reply to KCSC as an HTML table (번호 | 대상 URL | 조치 결과 | 조치 일자), Kakao 운영정책 link",
    why="삭제 = removed, 임시조치(30일) = restricted, 블라인드 = removed, 게시물 없음(작성자 삭제) = not found, 오픈채팅방 폐쇄 = removed; the policy link is not an item",
    items={K[0]: "removed", K[1]: "restricted", K[2]: "removed", K[3]: "not_found", K[4]: "removed"},
)

case(
    name="kakao-prose-with-particles",
    **{"from": "cs@daum.net"}, name_from="Daum 고객센터",
    date="Fri, 13 Sep 2024 02:25:51 +0000",
    subject="Re: KCSC-240910-01 불법촬영물 삭제 요청",
    reply_to_req=req("KCSC-240910-01"),
    body=f"""안녕하세요. 티스토리 운영팀입니다.

요청하신 게시물 중 {K[2]}은 운영정책(불법촬영물 등 유통 금지) 위반이 확인되어 삭제 조치하였습니다.

다만 {K[3]}의 경우 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 별도의 조치를 하지 않았음을 알려드립니다.

더 궁금하신 점은 고객센터(https://cs.kakao.com)로 문의해 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory/Daum operations-team reply in Korean prose (운영정책 위반 확인되어 삭제 / 위반 사항 확인되지 않아 별도 조치하지 않음)",
    why="URLs followed directly by Korean particles (…/88은, …/91의); a removal and a reasoned refusal (rejection) in two sentences",
    items={K[2]: "removed", K[3]: "rejected"},
)

kakao_csv = "\ufeff번호,URL,처리결과,처리일시\r\n" + "\r\n".join([
    f"1,{K[0]},게시중단,2024-09-12 10:14",
    f"2,{K[1]},삭제,2024-09-12 10:15",
    f"3,{K[4]},접근 제한,2024-09-12 11:02",
]) + "\r\n"
case(
    name="kakao-csv-attachment",
    **{"from": "protect@kakaocorp.com"}, name_from="카카오 권리보호센터",
    date="Fri, 13 Sep 2024 06:40:00 +0000",
    subject="[회신] KCSC-240910-01 처리 결과 송부",
    reply_to_req=req("KCSC-240910-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_kcsv"

--=_kcsv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 카카오 권리보호센터입니다.
요청하신 건의 처리 결과를 첨부 파일로 송부드립니다.
감사합니다.

--=_kcsv
Content-Type: text/csv; charset=utf-8; name*=utf-8''%EC%B2%98%EB%A6%AC%EA%B2%B0%EA%B3%BC.csv
Content-Disposition: attachment; filename*=utf-8''%EC%B2%98%EB%A6%AC%EA%B2%B0%EA%B3%BC.csv
Content-Transfer-Encoding: base64

{b64(kakao_csv)}
--=_kcsv--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal result file (처리결과.csv, UTF-8 with BOM, CRLF) attached to a two-line cover email",
    why="statuses only in the base64 CSV: 게시중단 = removed, 삭제 = removed, 접근 제한 = restricted; the two Tistory items are absent and stay pending",
    items={K[0]: "removed", K[1]: "removed", K[4]: "restricted"},
)

case(
    name="kakao-future-conditional",
    **{"from": "protect@kakaocorp.com"}, name_from="카카오 권리보호센터",
    date="Wed, 11 Sep 2024 07:15:00 +0000",
    subject="Re: KCSC-240910-01 불법촬영물 삭제 요청",
    reply_to_req=req("KCSC-240910-01"),
    body=f"""안녕하세요. 카카오 권리보호센터입니다.

요청하신 아래 게시물은 현재 담당 부서에서 검토 중이며, 위반이 확인되는 경우
9월 20일까지 삭제 조치할 예정입니다.

- {K[0]}
- {K[1]}

조치가 완료되면 다시 안내드리겠습니다.
감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean portal interim reply (검토 중, 위반 확인 시 삭제 조치 예정)",
    why="under review, conditional ('위반이 확인되는 경우') and future ('삭제 조치할 예정'): nothing done yet; it names our items, so it goes to review",
    items={},
)

case(
    name="kakao-out-of-office-korean",
    **{"from": "minji.seo@kakaocorp.com"}, name_from="서민지",
    date="Tue, 10 Sep 2024 01:02:09 +0000",
    subject="[자동응답] Re: KCSC-240910-01 불법촬영물 삭제 요청",
    reply_to_req=req("KCSC-240910-01"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""안녕하세요. 서민지입니다.
9월 10일(화)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 용무는 권리보호센터(protect@kakaocorp.com)로 연락 부탁드립니다.

-----원본 메시지-----
보낸 사람: KCSC Takedown <takedown@kcsc.example>
받는 사람: protect@kakaocorp.com
제목: KCSC-240910-01 불법촬영물 삭제 요청

아래 게시물의 삭제를 요청합니다. 삭제 완료 후 결과를 회신해 주시기 바랍니다.
{bullets(K)}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook/Daum out-of-office auto-reply ([자동응답], 부재중) that quotes the original request under -----원본 메시지-----",
    why="out-of-office auto-reply; all URLs and 삭제 wording are in the quoted request",
    items={},
)

case(
    name="kakao-lookalike-sender",
    **{"from": "cs@kakao-safety.co.kr"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 09:44:00 +0000",
    subject="[회신] 시정요구 조치 결과 (KCSC-240910-01)",
    reply_to_req=req("KCSC-240910-01"),
    body=f"""안녕하세요. 카카오 고객센터입니다.
요청하신 게시물은 모두 삭제 완료되었습니다.

{bullets(K)}

감사합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Korean portal 삭제 완료 reply sent from a look-alike domain (kakao-safety.co.kr) with DMARC pass for itself",
    why="an authenticated sender that is not one of Kakao's domains claims removal of all five items: review, nothing applied",
    items={},
)

# ==================================================================== NAVER (KCSC-240911-01, 4 items)
case(
    name="naver-imsi-30days",
    **{"from": "inoti@navercorp.com"}, name_from="네이버 게시중단 요청 서비스",
    date="Thu, 12 Sep 2024 03:00:00 +0000",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240911-01)",
    reply_to_req=req("KCSC-240911-01"),
    body=f"""[네이버] 게시중단 요청 처리 결과 안내
요청번호: 2024-0911-00123

요청하신 아래 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」
제44조의2에 따라 30일간 임시조치하였습니다.

- {NV[0]}
- {NV[2]}

임시조치 기간 중 게시자가 재게시를 요청하는 경우, 관련 절차에 따라 다시 안내드립니다.
30일이 지나도록 재게시 요청이 없으면 게시물은 삭제될 수 있습니다.

게시중단 요청 서비스: https://inoti.naver.com/inoti/main.nhn
네이버 고객센터: https://help.naver.com
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 서비스 처리 결과 notice (정보통신망법 제44조의2 30일 임시조치, 재게시 요청 boilerplate)",
    why="임시조치 is the Article 44-2 temporary measure = restricted; 'may be deleted after 30 days' is boilerplate about the future and changes nothing; service links are not items",
    items={NV[0]: "restricted", NV[2]: "restricted"},
)

case(
    name="naver-status-below-kin-url",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 08:20:00 +0000",
    subject="Re: KCSC-240911-01 명예훼손 게시물 삭제 요청",
    reply_to_req=req("KCSC-240911-01"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.
요청 건(KCSC-240911-01) 검토 결과를 알려드립니다.

{NV[3]}
지식iN 운영원칙 위반으로 해당 질문과 답변을 삭제했습니다.

{NV[1]}
이미 작성자가 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team reply with the result on the line below each URL (지식iN 운영원칙 위반 삭제 / 작성자 삭제로 존재하지 않는 게시물)",
    why="status on the line below the bare URL; the 지식iN URL has a query string with '&' that must be kept whole; 'already deleted by the author, does not exist' = not found",
    items={NV[3]: "removed", NV[1]: "not_found"},
)

case(
    name="naver-asks-documents",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 07:10:00 +0000",
    subject="Re: KCSC-240911-01 명예훼손 게시물 삭제 요청",
    reply_to_req=req("KCSC-240911-01"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

{NV[2]} 게시물에 대한 조치 여부를 판단하기 위하여
시정요구 공문 및 심의 의결서 사본을 추가로 보내주시기 바랍니다.
자료를 확인한 후 처리 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more",
    imitates="Korean portal request for supporting documents before acting (시정요구 공문·의결서 추가 제출 요청)",
    why="the platform asks for documents before deciding; no status for the cafe post",
    items={},
)

case(
    name="naver-receipt-ack",
    **{"from": "inoti@navercorp.com"}, name_from="네이버 게시중단 요청 서비스",
    date="Wed, 11 Sep 2024 05:30:12 +0000",
    subject="[네이버] 게시중단 요청 접수 완료 안내 (KCSC-240911-01)",
    reply_to_req=req("KCSC-240911-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""[네이버] 게시중단 요청이 정상적으로 접수되었습니다.

접수번호: 2024-0911-00123
접수일시: 2024.09.11 14:30

처리 결과는 검토가 완료된 후 메일로 안내드립니다.
진행 상황은 게시중단 요청 서비스 > 마이페이지에서 확인하실 수 있습니다.
https://inoti.naver.com/inoti/main.nhn

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단 요청 접수 완료 automatic receipt (접수번호, 마이페이지 안내, 발신 전용)",
    why="a pure receipt with a reference: 접수되었습니다, result to follow; names no item",
    items={},
)

case(
    name="naver-answers-about-daum-items",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 09:00:00 +0000",
    subject="Re: KCSC-240910-01 불법촬영물 삭제 요청",
    reply_to_req=req("KCSC-240910-01"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

참조로 받으신 요청의 {K[0]}, {K[1]} 게시물은
네이버 서비스의 게시물이 아니어서 당사에서는 확인되지 않습니다.
해당 서비스 제공자(카카오)에 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Korean portal reply to a request copied to it, saying the URLs belong to another service (당사 서비스의 게시물이 아님)",
    why="a trusted NAVER email speaking about two Kakao (Daum cafe) items: NAVER's 'not found on our service' says nothing about Daum, so they stay pending and the email goes to review",
    items={},
)

nv_b64_text = f"""[처리 결과 / Result] KCSC-240911-01

{NV[1]} : 비공개 처리 (made private by NAVER)
{NV[2]} : 삭제 (deleted)

문의: policy@navercorp.com
"""
case(
    name="naver-base64-bilingual",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Sat, 14 Sep 2024 01:15:00 +0000",
    subject=Header("[회신] KCSC-240911-01 처리 결과", "utf-8").encode(),
    reply_to_req=req("KCSC-240911-01"),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(nv_b64_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER bilingual per-line result sent base64-encoded with an RFC 2047 subject",
    why="base64 body; 비공개 처리 (made private by the operator) = removed, 삭제 = removed",
    items={NV[1]: "removed", NV[2]: "removed"},
)

# ==================================================================== TikTok (KCSC-240912-01, 3 items)
case(
    name="tiktok-reported-content-echo",
    **{"from": "legal@tiktok.com"}, name_from="TikTok",
    date="Fri, 13 Sep 2024 10:05:00 +0000",
    subject="Your report has been reviewed (KCSC-240912-01)",
    reply_to_req=req("KCSC-240912-01"),
    body=f"""Thanks for your report

We reviewed the content you reported and found that it violated our Community
Guidelines. The content has been removed.

Your report
  Report ID: 7414020031245
  Reported content: Video
  Link: {T[0]}
  Reason: Sexual exploitation
  Submitted: Sep 12, 2024

Learn more about our Community Guidelines:
https://www.tiktok.com/community-guidelines/en/

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'Thanks for your report' outcome notice with the echoed 'Your report' block (Safety Center report-status message)",
    why="the statement is about 'the content you reported'; the echoed report below names exactly one video, which is therefore removed",
    items={T[0]: "removed"},
)

tt_text = f"""Hello,

After reviewing your request KCSC-240912-01, we have restricted the following
content in South Korea in accordance with local law:

  - {T[1]}
  - {T[2]}

The content remains available in other countries/regions.

TikTok Legal
"""
tt_html = f"""<html><body>
<p>Hello,</p>
<p>After reviewing your request KCSC-240912-01, we have restricted the following content in South Korea in accordance with local law:</p>
<ul><li><a href="{T[1]}">{T[1]}</a></li><li><a href="{T[2]}">{T[2]}</a></li></ul>
<p>The content remains available in other countries/regions.</p>
<p>TikTok Legal</p>
</body></html>
"""
case(
    name="tiktok-restricted-in-country",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
    date="Sat, 14 Sep 2024 03:33:00 +0000",
    subject="Re: KCSC-240912-01",
    reply_to_req=req("KCSC-240912-01"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_tta"

--=_tta
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(tt_text)}
--=_tta
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(tt_html)}
--=_tta--
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply restricting content in one country/region under local law (TikTok 'content restricted in your country/region' wording)",
    why="multipart/alternative, both parts base64, bulleted list under 'we have restricted ... in South Korea': restricted, not doubled",
    items={T[1]: "restricted", T[2]: "restricted"},
)

case(
    name="tiktok-likely-future",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 01:45:00 +0000",
    subject="Re: KCSC-240912-01",
    reply_to_req=req("KCSC-240912-01"),
    body=f"""Hello,

The videos below appear to be in violation of our policies and will likely be
removed once our specialist team has completed its checks:

{T[0]}
{T[1]}

We will confirm the final outcome by email.

TikTok Legal
""",
    outcome="review", review="not_understood",
    imitates="TikTok interim legal reply ('appear to be in violation', outcome to be confirmed)",
    why="'appear to be', 'will likely be removed once ...': hedged and future, no action yet; names our items, so review",
    items={},
)

case(
    name="tiktok-lookalike-sender",
    **{"from": "safety@tiktok-support-center.com"}, name_from="TikTok Trust & Safety",
    date="Sat, 14 Sep 2024 12:00:00 +0000",
    subject="Your report has been reviewed (KCSC-240912-01)",
    reply_to_req=req("KCSC-240912-01"),
    body=f"""Thanks for your report

We reviewed the content you reported and removed it for violating our
Community Guidelines:

{bullets(T)}

TikTok Trust and Safety
""",
    outcome="review", review="unknown_sender",
    imitates="TikTok report-outcome notice imitated from a look-alike domain (tiktok-support-center.com) passing DMARC for itself",
    why="removal claims for all three TikTok items from a domain that is not TikTok's: nothing applied, review",
    items={},
)

case(
    name="tiktok-restricted-pending-review",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 16 Sep 2024 04:12:00 +0000",
    subject="Re: KCSC-240912-01 interim measure",
    reply_to_req=req("KCSC-240912-01"),
    body=f"""Hello,

We have restricted access to the video below in South Korea pending the
outcome of our review:

{T[2]}

This restriction stays in place while our team completes its assessment. We
will inform you of the final decision.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok interim measure ('restricted ... pending review'), the platform counterpart of a Korean 임시조치",
    why="'we have restricted access ... in South Korea' is a past, unhedged statement; 'pending review' only says the final decision is to come (like 임시조치): restricted. Arguable, see NOTES.md",
    items={T[2]: "restricted"},
)

# ==================================================================== Telegram (KCSC-240916-01, 2 items)
case(
    name="tg-top-posted-over-quoted-list",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 17 Sep 2024 06:31:00 +0000",
    subject="Re: KCSC-240916-01 Request to remove content",
    reply_to_req=req("KCSC-240916-01"),
    body=f"""Hello,

Thank you for the report. We have blocked both messages you listed below;
they are no longer accessible on Telegram.

On Mon, Sep 16, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(our_request_text("KCSC-240916-01", G, "Telegram"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk one-line reply top-posted over the quoted report (as quoted in public forum threads about Telegram abuse reports)",
    why="the platform's own unquoted sentence states that 'both messages you listed below' were blocked; the quote identifies them (exactly the two items of the request). Arguable, see NOTES.md",
    items={G[0]: "removed", G[1]: "removed"},
)

case(
    name="tg-read-receipt",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date="Mon, 16 Sep 2024 01:12:40 +0000",
    subject="Read: KCSC-240916-01 Request to remove content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn"

--=_mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

This is a receipt for the mail you sent to dsa@telegram.org at 9/16/2024 10:00 AM.

This receipt verifies that the message has been displayed on the recipient's
computer. There is no guarantee that the content has been read or understood.

--=_mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Microsoft Outlook 16.0
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <req-240916-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn--
""",
    outcome="ignored",
    imitates="Outlook read receipt (multipart/report; report-type=disposition-notification, RFC 8098 MDN)",
    why="an MDN says only that our request was displayed",
    items={},
)

case(
    name="tg-bounce-own-request",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Mon, 16 Sep 2024 01:00:21 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn"

--=_dsn
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mail.telegram.org[192.0.2.44] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--=_dsn
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon, 16 Sep 2024 10:00:03 +0900 (KST)

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <dsa-kr@telegram.org>: Recipient address
    rejected: User unknown

--=_dsn
Content-Description: Undelivered Message
Content-Type: message/rfc822

Date: Mon, 16 Sep 2024 10:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: KCSC-240916-01 Request to remove content
Message-ID: <req-240916-01@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

{our_request_text("KCSC-240916-01", G, "Telegram")}

--=_dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery-status notification (RFC 3464) bouncing our own request, which it embeds as message/rfc822",
    why="a bounce of our own mail: the URLs and 'delete' wording belong to our embedded request",
    items={},
)

case(
    name="tg-partly-done",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 02:20:00 +0000",
    subject="Re: KCSC-240916-01 Request to remove content",
    reply_to_req=req("KCSC-240916-01"),
    body=f"""Hello,

Regarding {G[1]}: our moderators removed the video attached to this message,
but the caption text remains visible because on its own it does not break our
Terms of Service.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk reply describing a partial action on one message (media removed, text kept)",
    why="part of the item was removed and part stays up: neither 'removed' nor 'rejected' without a clerk's judgement",
    items={},
)

case(
    name="tg-url-below-heading",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 05:05:05 +0000",
    subject="Re: KCSC-240916-01 Request to remove content",
    reply_to_req=req("KCSC-240916-01"),
    body=f"""Hello,

Removed for violating the Telegram Terms of Service:
{G[0]}

Not found (the message does not exist or was deleted by the channel admin):
{G[1]}

Telegram Abuse Team
https://telegram.org/tos
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with short status headings, each followed by its URL",
    why="URL on the line below its statement; two headings with different statuses; the ToS link is not an item",
    items={G[0]: "removed", G[1]: "not_found"},
)

# ==================================================================== Instagram (KCSC-240917-01, 1 item)
case(
    name="ig-removed-report-details",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Wed, 18 Sep 2024 01:30:00 +0000",
    subject="We removed the post you reported",
    reply_to_req=req("KCSC-240917-01"),
    body=f"""We removed the post you reported

Hi KCSC Takedown,

Thanks for your report. We removed the post because it goes against our
Community Guidelines on adult nudity and sexual activity.

Report details
Post by fake.glow.studio: {I[0]}
Reported Sep 17, 2024

See our Community Guidelines: https://help.instagram.com/477434105621119

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram support-request outcome 'We removed the post you reported' with report details (help.instagram.com reporting help)",
    why="'we removed the post' refers to the reported post listed in the report details block; help link and legal footer are not items",
    items={I[0]: "removed"},
)

case(
    name="ig-doesnt-go-against-guidelines",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Thu, 19 Sep 2024 03:30:00 +0000",
    subject="Update on the post you reported (KCSC-240917-01)",
    reply_to_req=req("KCSC-240917-01"),
    body=f"""Hi KCSC Takedown,

We reviewed the post you reported and found that it doesn't go against our
Community Guidelines, so we didn't take it down.

Post: {I[0]}

If you think we got this wrong, you can request another review within 30 days
in your Support requests.

Instagram
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'doesn't go against our Community Guidelines' report outcome with the 'request another review' offer",
    why="a reasoned refusal ('doesn't go against ... didn't take it down') is a rejection; the offer to request another review is boilerplate, not a doubt",
    items={I[0]: "rejected"},
)


HEADER = """# Blind set 6 (issue 11): written from each email's meaning before the
# reader was run. Generated by make.py; do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind6", HEADER, CASES)
    print(f"{len(CASES)} cases")
