#!/usr/bin/env python3
"""Blind set 319: hosting providers, a CDN, a registrar, a forum, an image
board, a file host and a paste site answering (often informally), with CSV
attachments and plain-text tables.

    python3 tests/corpus/blind319/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml beside
this file. Expected results were written from each email's meaning before
the reader was run on them. All names, URLs and ids are fictional.
"""
import base64
import csv
import email.header
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "pocketdrop.io": "Pocketdrop",
    "gureumhost.co.kr": "Gureum Hosting",
    "hanbitdomain.kr": "Hanbit Domain",
    "daenamu-bbs.kr": "Daenamu BBS",
    "soraimg.net": "Soraimg",
    "edgeveil.net": "EdgeVeil",
    "notebin.kr": "Notebin",
})

# ---------------------------------------------------------------- requests
P = [
    "https://pocketdrop.io/f/7Hq2LmX9",
    "https://pocketdrop.io/f/Vn3sK8aQ",
    "https://pocketdrop.io/f/c4TzR1wE",
    "https://pocketdrop.io/f/Jm9pYd2U",
    "https://pocketdrop.io/f/s0GkBf6N",
    "https://pocketdrop.io/f/Ru5xWq3C",
    "https://pocketdrop.io/folder/KkD83nvA",
    "https://pocketdrop.io/folder/ZtP41hsM",
    "https://pocketdrop.io/f/e8YbN2oL",
    "https://pocketdrop.io/f/Qa7cVt0R",
    "https://pocketdrop.io/f/Wm2HuJ5k",
    "https://pocketdrop.io/f/Lx6gFe4T",
]
G = [
    "http://bada-pharm.kr/shop/item.php?id=31",
    "http://bada-pharm.kr/shop/item.php?id=32",
    "https://nightmoon77.com/gallery/2024/",
    "https://mirae-loan.site/apply.html",
]
H = [
    "http://toto-sky99.kr/",
    "http://casino-haru.kr/",
    "http://pillmart-kr.com/",
]
D4_RAW = "https://daenamu-bbs.kr/잡담/7719"
D = [
    "https://daenamu-bbs.kr/free/10231",
    "https://daenamu-bbs.kr/free/10244",
    "https://daenamu-bbs.kr/humor/5521",
    "https://daenamu-bbs.kr/%EC%9E%A1%EB%8B%B4/7719",
    "https://daenamu-bbs.kr/free/10302",
]
S = [
    "https://soraimg.net/b/res/448120.html",
    "https://i.soraimg.net/src/1725401122731.jpg",
]
E = [
    "https://leakvault.cc/v/4471",
    "https://leakvault.cc/v/4472",
]
N = ["https://notebin.kr/p/q7Lm2Xa"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, mid, note
    ("KCSC-240902-01", "pocketdrop", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     P, "obscenity", "req-240902-01", "file host; largest request"),
    ("KCSC-240903-02", "gureumhost", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00",
     G, "drugs_finance", "req-240903-02", "web host; customer sites"),
    ("KCSC-240904-03", "hanbitdomain", "2024-09-04T10:30:00+09:00", "2024-09-11T23:59:59+09:00",
     H, "gambling", "req-240904-03", "registrar; whole domains"),
    ("KCSC-240905-04", "daenamu", "2024-09-05T10:10:00+09:00", "2024-09-12T23:59:59+09:00",
     D, "defamation", "req-240905-04", "community forum"),
    ("KCSC-240906-05", "soraimg", "2024-09-06T09:40:00+09:00", "2024-09-13T23:59:59+09:00",
     S, "obscenity", "req-240906-05", "image board thread and image"),
    ("KCSC-240909-06", "edgeveil", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     E, "privacy", "req-240909-06", "CDN in front of the site"),
    ("KCSC-240910-07", "notebin", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00",
     N, "privacy", "req-240910-07", "paste site run by one person"),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def request_text(ref, korean=False, raw_urls=None):
    r = REQ[ref]
    urls = raw_urls or r[4]
    lines = "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
    if korean:
        return (f"안녕하십니까, 방송통신심의위원회입니다.\n\n"
                f"아래 정보는 정보통신망법에 따른 불법정보로 심의되어 삭제 등 필요한 조치를 요청드립니다 (요청번호 {ref}).\n\n"
                f"{lines}\n\n"
                f"처리 결과를 URL별로 본 메일에 회신하여 주시기 바랍니다.\n\n방송통신심의위원회 불법정보 대응팀")
    return (f"Dear abuse team,\n\n"
            f"The Korea Communications Standards Commission requests the removal of the\n"
            f"following content, found to be illegal information under Korean law\n"
            f"(our reference {ref}):\n\n{lines}\n\n"
            f"Please reply to this email with the result for each link.\n\nKCSC Takedown Desk")


def gt_quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def with_attachment(text, filename, payload, boundary, ctype="text/csv; charset=utf-8"):
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

This is a multi-part message in MIME format.

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text.strip()}

--{boundary}
Content-Type: {ctype}; name="{filename}"
Content-Disposition: attachment; filename="{filename}"
Content-Transfer-Encoding: base64

{b64(payload)}
--{boundary}--
"""


def alternative(text, html, boundary, html_qp=True):
    enc = "quoted-printable" if html_qp else "8bit"
    hbody = qp(html) if html_qp else html
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(text)}
--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: {enc}

{hbody}
--{boundary}--
"""


CASES = []


def case(**kw):
    CASES.append(kw)


RE_P = "Re: [KCSC-240902-01] Removal request - 12 links on pocketdrop.io"
RE_G = "RE: [KCSC-240903-02] 불법정보 삭제 요청"
RE_H = "Re: [KCSC-240904-03] 도메인 이용 정지 요청"
RE_D = "Re: [KCSC-240905-04] 불법 게시물 삭제 요청"
RE_S = "Re: takedown request KCSC-240906-05"
RE_E = "Re: [KCSC-240909-06] Abuse report: leakvault.cc"
RE_N = "Re: [KCSC-240910-07] 개인정보 노출 게시물 삭제 요청"

# ================================================================ Pocketdrop (file host)
pd_csv = "link,action,reason,date_utc\n" + "\n".join([
    f"{P[0]},file deleted,illegal content policy,2024-09-05",
    f"{P[1]},file deleted,illegal content policy,2024-09-05",
    f"{P[2]},not found,link invalid or never existed,",
    f"{P[3]},file deleted,illegal content policy,2024-09-05",
    f"{P[4]},file deleted,repeat uploader - account closed,2024-09-05",
    f"{P[5]},no action,no violation of our terms found,",
    f"{P[6]},folder disabled,illegal content policy,2024-09-05",
    f"{P[7]},folder disabled,illegal content policy,2024-09-05",
    f"{P[8]},not found,already deleted by uploader,",
    f"{P[9]},file deleted,illegal content policy,2024-09-05",
    f"{P[10]},file deleted,illegal content policy,2024-09-05",
    f"{P[11]},blocked in KR,local law (Republic of Korea),2024-09-05",
]) + "\n"
case(
    name="pd-csv-attachment-all-twelve",
    **{"from": "abuse@pocketdrop.io"}, name_from="Pocketdrop Trust & Safety",
    date="Thu, 05 Sep 2024 16:20:11 +0000", subject=RE_P, reply_to_req="req-240902-01",
    raw_mime=with_attachment(
        "Hello,\n\nThank you for your report. Our team has gone through every link in request\n"
        "KCSC-240902-01. The action taken on each link is in the attached spreadsheet,\n"
        "one row per link.\n\nIf you have a question about a particular row, reply to this email and\n"
        "quote the link.\n\nKind regards,\nMara Lindqvist\nTrust & Safety, Pocketdrop",
        "KCSC-240902-01_outcome.csv", pd_csv, "=_pd_csv_5f2a"),
    outcome="applied", classification="confirmation",
    imitates="file host abuse desk sending a per-link outcome spreadsheet (CSV attachment)",
    why="CSV row per link: deleted/disabled -> removed, not found/deleted by uploader -> not_found, no violation -> rejected, blocked in KR -> restricted",
    items={P[0]: "removed", P[1]: "removed", P[2]: "not_found", P[3]: "removed", P[4]: "removed",
           P[5]: "rejected", P[6]: "removed", P[7]: "removed", P[8]: "not_found", P[9]: "removed",
           P[10]: "removed", P[11]: "restricted"},
)

case(
    name="pd-plain-text-table-first-five",
    **{"from": "jonas.weber@pocketdrop.io"}, name_from="Jonas Weber",
    date="Wed, 04 Sep 2024 08:47:02 +0000", subject="Re: KCSC-240902-01",
    body=f"""Hi,

Status of the first five links from your request:

  #  Link                                  Result
  -  ------------------------------------  --------------------
  1  {P[0]}      deleted
  2  {P[1]}      deleted
  3  {P[2]}      no such file
  4  {P[3]}      deleted
  5  {P[4]}      still under review

We'll send the rest when we're through them.

--
Jonas
Pocketdrop abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk employee pasting a fixed-width status table into plain text",
    why="text table: three deleted, one 'no such file', the fifth still under review stays pending",
    items={P[0]: "removed", P[1]: "removed", P[2]: "not_found", P[3]: "removed", P[4]: "pending"},
)

case(
    name="pd-informal-bullets",
    **{"from": "jonas.weber@pocketdrop.io"}, name_from="Jonas Weber",
    date="Fri, 06 Sep 2024 13:05:44 +0000", subject=RE_P, reply_to_req="req-240902-01",
    body=f"""hi, got these three:

- {P[5]} - removed
- {P[6]} - removed (whole folder)
- {P[7]} - was already empty, the uploader deleted everything in it before we got to it

jonas
""",
    outcome="applied", classification="confirmation",
    imitates="one-line-per-link informal reply from a file host's abuse desk",
    why="two removed; the folder emptied by its own uploader before action -> not_found",
    items={P[5]: "removed", P[6]: "removed", P[7]: "not_found"},
)

case(
    name="pd-url-then-status-line",
    **{"from": "noreply@pocketdrop.io"}, name_from="Pocketdrop",
    date="Sat, 07 Sep 2024 02:11:30 +0000", subject="Your report about 2 files - outcome",
    body=f"""Hello,

We reviewed the content you reported. Outcome per item:

{P[8]}
Status: Removed - violates our Acceptable Use Policy, uploader account terminated

{P[9]}
Status: Not found - this file no longer exists on our servers

Reference: KCSC-240902-01
How we handle reports: https://pocketdrop.io/legal/aup

Pocketdrop Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="automated report-outcome notice of a file host (URL, status on the line below)",
    why="status on the line under each URL; the policy link is not an item",
    items={P[8]: "removed", P[9]: "not_found"},
)

case(
    name="pd-top-posted-over-gmail-quote",
    **{"from": "abuse@pocketdrop.io"}, name_from="Mara Lindqvist (Pocketdrop)",
    date="Thu, 05 Sep 2024 09:31:57 +0000", subject=RE_P, reply_to_req="req-240902-01",
    body=f"""Hi,

We've disabled {P[10]} and {P[11]} today. The remaining links from
your list are still being looked at by the team and I'll write again once we
have a decision on them.

Mara

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{gt_quote(request_text("KCSC-240902-01"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the quoted request",
    why="two disabled -> removed; the ten others are only quoted or 'still being looked at'",
    items={**{u: "pending" for u in P[:10]}, P[10]: "removed", P[11]: "removed"},
)

pd_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Here is the result for the links below from your notice <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>Reported link</th><th>Action</th><th>Date (UTC)</th></tr>
<tr><td><a href="{P[0]}">{P[0]}</a></td><td>Deleted</td><td>2024-09-04</td></tr>
<tr><td><a href="{P[1]}">{P[1]}</a></td><td>Deleted</td><td>2024-09-04</td></tr>
<tr><td><a href="{P[2]}">{P[2]}</a></td><td>Link not found</td><td>&ndash;</td></tr>
</table>
<p>Regards,<br>Pocketdrop Trust &amp; Safety<br>
<a href="https://help.pocketdrop.io/abuse">help.pocketdrop.io/abuse</a></p>
</body></html>"""
pd_html_text = f"""Hello,

Here is the result for the links below from your notice KCSC-240902-01.

Reported link | Action | Date (UTC)
{P[0]} | Deleted | 2024-09-04
{P[1]} | Deleted | 2024-09-04
{P[2]} | Link not found | -

Regards,
Pocketdrop Trust & Safety
help.pocketdrop.io/abuse
"""
case(
    name="pd-html-table-quoted-printable",
    **{"from": "abuse@pocketdrop.io"}, name_from="Pocketdrop Trust & Safety",
    date="Wed, 04 Sep 2024 15:02:19 +0000", subject=RE_P, reply_to_req="req-240902-01",
    raw_mime=alternative(pd_html_text, pd_html, "b1_pd_alt_77e0"),
    outcome="applied", classification="confirmation",
    imitates="help-desk HTML reply with a result table (multipart/alternative, quoted-printable)",
    why="table rows: two deleted, one link not found; the help link is not an item",
    items={P[0]: "removed", P[1]: "removed", P[2]: "not_found"},
)

case(
    name="pd-base64-phone-one-liner",
    **{"from": "jonas.weber@pocketdrop.io"}, name_from="Jonas Weber",
    date="Tue, 03 Sep 2024 19:44:08 +0000", subject=RE_P, reply_to_req="req-240902-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
             + b64(f"Removed {P[3]} , uploader banned.\n\nSent from my phone\n"),
    outcome="applied", classification="confirmation",
    imitates="one-line reply sent from a phone, base64 body",
    why="one named file removed",
    items={P[3]: "removed"},
)

case(
    name="pd-dsa-statement-of-reasons-kr-only",
    **{"from": "dsa-notices@pocketdrop.io"}, name_from="Pocketdrop DSA Compliance",
    date="Mon, 09 Sep 2024 10:15:00 +0000",
    subject="Statement of reasons - decision on notice PD-N-2024-0311",
    body=f"""Statement of reasons

This statement is provided under Article 17 of Regulation (EU) 2022/2065.

Notice ID:            PD-N-2024-0311
Notifier reference:   KCSC-240902-01
Content concerned:    {P[4]}
Decision:             Access to the content has been disabled for users
                      located in the Republic of Korea.
Territorial scope:    Republic of Korea only. The file remains available
                      in other countries.
Grounds:              The notifier, a public authority, stated that the
                      content is illegal under the law of the Republic of
                      Korea. No breach of our Terms of Service was found.
Automated means:      No automated means were used to detect the content
                      or to take this decision.
Redress:              The uploader may appeal through
                      https://pocketdrop.io/appeals

Pocketdrop B.V. - Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons with a country-limited decision",
    why="access disabled in Korea only -> restricted; the appeals page is not an item",
    items={P[4]: "restricted"},
)

case(
    name="pd-promise-within-24h",
    **{"from": "abuse@pocketdrop.io"}, name_from="Pocketdrop Trust & Safety",
    date="Tue, 03 Sep 2024 07:58:40 +0000", subject=RE_P, reply_to_req="req-240902-01",
    body=f"""Hello,

Thanks for your notice KCSC-240902-01. The following files will be disabled
within 24 hours, once our second reviewer has signed off:

{P[0]}
{P[1]}
{P[3]}

We will confirm by email when this is done.

Pocketdrop Trust & Safety
""",
    outcome="review", review="not_understood", classification="other",
    imitates="abuse desk announcing an action still to come",
    why="'will be disabled within 24 hours' is a promise, not a statement: items stay pending",
    items={P[0]: "pending", P[1]: "pending", P[3]: "pending"},
)

case(
    name="pd-bulk-all-removed",
    **{"from": "abuse@pocketdrop.io"}, name_from="Pocketdrop Trust & Safety",
    date="Fri, 06 Sep 2024 17:40:12 +0000", subject=RE_P, reply_to_req="req-240902-01",
    body="""Hello,

All files listed in your notice KCSC-240902-01 have been removed, and the
account that uploaded them has been closed.

Best regards,
Pocketdrop Trust & Safety
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="short 'all reported content removed' closing reply",
    why="one statement about all twelve items without naming each: bulk review, nothing applied",
    items={u: "pending" for u in P},
)

case(
    name="pd-legal-asks-for-basis",
    **{"from": "legal@pocketdrop.io"}, name_from="Pocketdrop Legal",
    date="Tue, 03 Sep 2024 12:20:00 +0000", subject=RE_P, reply_to_req="req-240902-01",
    body="""Dear Sir or Madam,

We have received your request KCSC-240902-01. Pocketdrop B.V. is established
in the Netherlands. Before we can process a request from an authority outside
the European Union we need:

1. the legal provision under which each file is considered illegal, and
2. for each link, a short description of the part of the file concerned.

We are unable to act on the links until we have received this information.

Yours faithfully,
Legal Department, Pocketdrop B.V.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="file host's legal team asking an authority for the legal basis before acting",
    why="asks for more information; no item status",
    items={},
)

case(
    name="pd-out-of-office",
    **{"from": "mara.lindqvist@pocketdrop.io"}, name_from="Mara Lindqvist",
    date="Mon, 02 Sep 2024 01:05:33 +0000",
    subject="Automatic reply: [KCSC-240902-01] Removal request - 12 links on pocketdrop.io",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I'm away until Monday 16 September with limited access to email.

Abuse reports are handled by the team at abuse@pocketdrop.io in the meantime.

Mara
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ Gureum Hosting (web host)
case(
    name="gh-korean-numbered-result",
    **{"from": "abuse@gureumhost.co.kr"}, name_from="구름호스팅 어뷰즈팀",
    date="Thu, 05 Sep 2024 14:22:10 +0900", subject=RE_G, reply_to_req="req-240903-02",
    body=f"""안녕하세요, 구름호스팅 어뷰즈 대응팀입니다.

요청하신 건(KCSC-240903-02)에 대하여 아래와 같이 조치하였음을 알려드립니다.

1) {G[0]} → 해당 고객사에 통보 후 페이지 삭제 완료
2) {G[1]} → 페이지 삭제 완료
3) {G[2]} → 당사 서버에 존재하지 않는 경로입니다 (404)
4) {G[3]} → 이용약관 위반으로 호스팅 계정 정지, 현재 사이트 접속 불가

추가 문의는 본 메일로 회신 부탁드립니다.
감사합니다.

구름호스팅 고객지원센터 | 1588-0000 | https://www.gureumhost.co.kr/support
""",
    outcome="applied", classification="confirmation",
    imitates="Korean web host's 조치 결과 reply with a numbered list",
    why="two pages deleted, one path does not exist -> not_found, account suspended and site down -> removed",
    items={G[0]: "removed", G[1]: "removed", G[2]: "not_found", G[3]: "removed"},
)

case(
    name="gh-one-line-over-outlook-quote",
    **{"from": "js.park@gureumhost.co.kr"}, name_from="박준서",
    date="Wed, 04 Sep 2024 17:03:55 +0900", subject=RE_G, reply_to_req="req-240903-02",
    body=f"""{G[3]} 건은 고객 계정 정지했습니다. 사이트 전체 내려갔어요.

박준서 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:00 AM
To: abuse@gureumhost.co.kr
Subject: [KCSC-240903-02] 불법정보 삭제 요청

{request_text("KCSC-240903-02", korean=True)}
""",
    outcome="applied", classification="confirmation",
    imitates="engineer's one-line Korean reply over an Outlook-quoted request",
    why="the one URL above the quote: account suspended, whole site down -> removed; quoted URLs stay pending",
    items={G[0]: "pending", G[1]: "pending", G[2]: "pending", G[3]: "removed"},
)

case(
    name="gh-customer-removed-and-aup-refusal",
    **{"from": "abuse@gureumhost.co.kr"}, name_from="Gureum Hosting Abuse",
    date="Fri, 06 Sep 2024 10:48:31 +0900", subject="Re: [KCSC-240903-02] Illegal content on customer sites",
    body=f"""Dear KCSC team,

Regarding your request KCSC-240903-02:

Our customer removed the page {G[0]} on 5 September. We
checked it ourselves and it now returns 404.

For {G[1]} the customer sent us documents
showing that the product is a licensed over-the-counter item. We reviewed
them and found no breach of our Acceptable Use Policy, so the page stays
online. If you hold a court order or a formal decision naming this page,
please send it to us and we will look at it again.

Best regards,
Minji Oh
Abuse Handling, Gureum Hosting
""",
    outcome="applied", classification="confirmation",
    imitates="host relaying its customer's removal and refusing the second page under its AUP",
    why="id=31 removed (verified 404); id=32 stays online, no AUP breach -> rejected",
    items={G[0]: "removed", G[1]: "rejected"},
)

gh_ticket_html = f"""<html><body>
<div style="max-width:640px;font-family:'Malgun Gothic',sans-serif">
<h3 style="color:#2a6fd6">구름호스팅 고객지원센터</h3>
<p>고객님께서 문의하신 내용에 답변이 등록되었습니다.</p>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><td><b>접수번호</b></td><td>GH-240903-0117</td></tr>
<tr><td><b>제목</b></td><td>[KCSC-240903-02] 불법정보 삭제 요청</td></tr>
<tr><td><b>상태</b></td><td>답변 완료</td></tr>
</table>
<p><b>답변 내용</b></p>
<p>안녕하세요. nightmoon77.com 고객의 호스팅 계약이 해지되어 {G[2]} 를 포함한 사이트 전체가 삭제되었습니다.<br>
나머지 URL에 대해서는 담당 부서 확인 후 별도로 안내드리겠습니다.</p>
<p>답변에 대한 추가 문의는 <a href="https://www.gureumhost.co.kr/support/ticket/GH-240903-0117">고객지원센터</a>에서 남겨 주세요.</p>
</div></body></html>"""
gh_ticket_text = f"""구름호스팅 고객지원센터

고객님께서 문의하신 내용에 답변이 등록되었습니다.

접수번호: GH-240903-0117
제목: [KCSC-240903-02] 불법정보 삭제 요청
상태: 답변 완료

[답변 내용]
안녕하세요. nightmoon77.com 고객의 호스팅 계약이 해지되어 {G[2]} 를 포함한 사이트 전체가 삭제되었습니다.
나머지 URL에 대해서는 담당 부서 확인 후 별도로 안내드리겠습니다.

추가 문의: https://www.gureumhost.co.kr/support/ticket/GH-240903-0117
"""
case(
    name="gh-ticket-answer-html-qp",
    **{"from": "helpdesk@gureumhost.co.kr"}, name_from="구름호스팅 고객지원센터",
    date="Mon, 09 Sep 2024 09:12:44 +0900",
    subject="[구름호스팅] 문의하신 내용에 답변이 등록되었습니다 (접수번호 GH-240903-0117)",
    raw_mime=alternative(gh_ticket_text, gh_ticket_html, "----=_NextPart_gh_0117"),
    outcome="applied", classification="confirmation",
    imitates="Korean help-desk ticket system 'answer registered' notification (HTML, quoted-printable)",
    why="ticket template with receipt number, but the agent's answer states the gallery URL deleted with the whole site",
    items={G[2]: "removed"},
)

case(
    name="gh-forwarded-to-customer-promise",
    **{"from": "abuse@gureumhost.co.kr"}, name_from="Gureum Hosting Abuse",
    date="Wed, 04 Sep 2024 11:30:00 +0900", subject="Re: [KCSC-240903-02] Illegal content on customer sites",
    body=f"""Hello,

We have forwarded your complaint concerning
{G[2]}
to our customer and given them 48 hours to take the gallery down. If they do
not, we will suspend the hosting account and let you know.

Regards,
Gureum Hosting Abuse Desk
""",
    outcome="review", review="not_understood", classification="other",
    imitates="host forwarding a complaint to its customer with a deadline",
    why="forwarded to the customer plus a conditional promise: no status, item stays pending",
    items={G[2]: "pending"},
)

case(
    name="gh-dmarc-fail-claims",
    **{"from": "abuse@gureumhost.co.kr"}, name_from="구름호스팅 어뷰즈팀", auth="fail",
    date="Thu, 05 Sep 2024 20:01:17 +0900", subject=RE_G,
    body=f"""안녕하세요.

{G[0]}
{G[1]}
위 두 페이지 삭제 완료했습니다.

구름호스팅
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="host's Korean confirmation arriving with failed DKIM/SPF/DMARC",
    why="claims from the host's domain but authentication fails: untrusted, nothing applied",
    items={G[0]: "pending", G[1]: "pending"},
)

case(
    name="gh-abuse-contact-change-notice",
    **{"from": "noc@gureumhost.co.kr"}, name_from="구름호스팅 NOC",
    date="Tue, 10 Sep 2024 16:00:00 +0900", subject="[공지] 어뷰즈 신고 접수 창구 변경 안내",
    body="""안녕하세요, 구름호스팅입니다.

10월 1일부터 어뷰즈 신고는 abuse-report@gureumhost.co.kr 또는 웹 신고 양식
(https://www.gureumhost.co.kr/abuse)으로만 접수됩니다.
기존 주소로 보내신 신고는 9월 30일까지만 처리됩니다.

신고 시 URL, 발견 일시, 증빙 자료를 함께 보내 주시면 더 빠르게 처리할 수 있습니다.

감사합니다.
구름호스팅 NOC
""",
    outcome="review", review="no_claims", classification="other",
    imitates="host's notice to reporters that its abuse contact address changes",
    why="trusted mail from the host naming no item and no request",
    items={},
)

case(
    name="gh-ticket-receipt",
    **{"from": "helpdesk@gureumhost.co.kr"}, name_from="구름호스팅 고객지원센터",
    date="Tue, 03 Sep 2024 11:00:42 +0900",
    subject="[구름호스팅] 문의가 정상적으로 접수되었습니다 (접수번호 GH-240903-0117)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""고객님의 문의가 정상적으로 접수되었습니다.
담당자 확인 후 순차적으로 답변드리겠습니다.

접수번호: GH-240903-0117
제목: [KCSC-240903-02] 불법정보 삭제 요청
접수일시: 2024-09-03 11:00

※ 본 메일은 발신 전용입니다. 문의 내역은 고객지원센터에서 확인하실 수 있습니다.
https://www.gureumhost.co.kr/support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean help-desk automatic receipt (접수 완료) with a ticket number",
    why="pure acknowledgement of receipt",
    items={},
)

# ================================================================ Hanbit Domain (registrar)
case(
    name="hb-bare-domains-on-hold",
    **{"from": "abuse@hanbitdomain.kr"}, name_from="한빛도메인 어뷰즈 담당",
    date="Fri, 06 Sep 2024 15:37:20 +0900", subject=RE_H, reply_to_req="req-240904-03",
    body="""안녕하세요. 한빛도메인 어뷰즈 담당입니다.

요청하신 도메인 중 toto-sky99.kr, casino-haru.kr 두 건은 등록약관 제12조에 따라
도메인 이용을 정지(네임서버 해제, clientHold)하였습니다. 현재 두 도메인 모두
접속되지 않습니다.

pillmart-kr.com 건은 확인 중이며 결과가 나오면 다시 알려드리겠습니다.

한빛도메인 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar putting domains on clientHold (domains named without scheme)",
    why="two domains suspended and unreachable -> removed; the third still being checked stays pending",
    items={H[0]: "removed", H[1]: "removed", H[2]: "pending"},
)

case(
    name="hb-registrar-refuses-without-order",
    **{"from": "legal@hanbitdomain.kr"}, name_from="Hanbit Domain Legal",
    date="Mon, 09 Sep 2024 11:05:09 +0900", subject="Re: [KCSC-240904-03] Domain suspension request",
    body=f"""Dear KCSC,

Regarding {H[2]} (your ref. KCSC-240904-03):

Hanbit Domain is the registrar of record only; we do not host the website.
The registrant's details are verified and the registration does not breach
our registration agreement, so we will not suspend the domain without an
order from a competent court or authority. Complaints about the content
itself should go to the hosting provider.

Kind regards,
Legal Team, Hanbit Domain Co., Ltd.
""",
    outcome="applied", classification="confirmation",
    imitates="registrar declining to suspend a domain without a court order",
    why="refusal with its reason (no breach of the registration agreement): rejected",
    items={H[2]: "rejected"},
)

case(
    name="hb-pipe-table-korean",
    **{"from": "abuse@hanbitdomain.kr"}, name_from="한빛도메인 어뷰즈 담당",
    date="Mon, 09 Sep 2024 18:20:45 +0900", subject=RE_H, reply_to_req="req-240904-03",
    body=f"""요청번호 KCSC-240904-03 처리 결과입니다.

| 요청 URL                | 처리 결과                          | 처리일     |
|-------------------------|------------------------------------|------------|
| {H[0]}   | 도메인 이용 정지 (serverHold)      | 2024-09-06 |
| {H[1]}  | 도메인 이용 정지 (serverHold)      | 2024-09-06 |
| {H[2]} | 당사 등록 도메인 아님 (조회 결과 없음) | -          |

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="registrar's plain-text pipe table of results",
    why="two domains suspended -> removed; third not registered with this registrar -> not_found",
    items={H[0]: "removed", H[1]: "removed", H[2]: "not_found"},
)

hb_csv = ("\ufeff요청URL,도메인,상태,비고\n"
          f"{H[0]},toto-sky99.kr,정지(serverHold),불법 도박 사이트 확인\n"
          f"{H[1]},casino-haru.kr,정지(serverHold),불법 도박 사이트 확인\n"
          f"{H[2]},pillmart-kr.com,정상 유지,등록약관 위반 사항 없음\n")
case(
    name="hb-csv-attachment-bom",
    **{"from": "abuse@hanbitdomain.kr"}, name_from="한빛도메인 어뷰즈 담당",
    date="Tue, 10 Sep 2024 10:02:13 +0900", subject=RE_H, reply_to_req="req-240904-03",
    raw_mime=with_attachment(
        "안녕하세요.\n\n요청번호 KCSC-240904-03 처리 결과를 첨부 파일(CSV)로 보내드립니다.\n\n한빛도메인 어뷰즈 담당 드림",
        "KCSC-240904-03_result.csv", hb_csv, "hb_mixed_3c91"),
    outcome="applied", classification="confirmation",
    imitates="registrar sending an Excel-exported CSV (UTF-8 with BOM) of results",
    why="two suspended -> removed; third kept, no breach of the registration agreement -> rejected",
    items={H[0]: "removed", H[1]: "removed", H[2]: "rejected"},
)

case(
    name="hb-korean-out-of-office",
    **{"from": "haneul.kim@hanbitdomain.kr"}, name_from="김하늘",
    date="Wed, 04 Sep 2024 10:31:02 +0900",
    subject="[자동응답] [KCSC-240904-03] 도메인 이용 정지 요청", reply_to_req="req-240904-03",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 김하늘입니다.

9월 9일(월)까지 휴가로 부재중입니다.
급한 용무는 abuse@hanbitdomain.kr 로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="auto-reply",
    items={},
)

# ================================================================ Daenamu BBS (forum)
case(
    name="dn-admin-one-line",
    **{"from": "admin@daenamu-bbs.kr"}, name_from="대나무숲 운영자",
    date="Thu, 05 Sep 2024 13:14:09 +0900", subject=RE_D, reply_to_req="req-240905-04",
    body=f"""말씀하신 글 {D[0]} 삭제했습니다.
나머지는 오늘 저녁에 볼게요.

- 대나무숲 운영자
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's one-line Korean reply",
    why="one post deleted; 'the rest this evening' is a promise about unnamed items",
    items={D[0]: "removed"},
)

case(
    name="dn-blind-and-author-deleted",
    **{"from": "mod.hyun@daenamu-bbs.kr"}, name_from="현 (대나무숲 운영진)",
    date="Thu, 05 Sep 2024 22:40:51 +0900", subject=RE_D, reply_to_req="req-240905-04",
    body=f"""안녕하세요 운영진 현입니다.
{D[1]} 는 블라인드 처리했고요, {D[2]} 은 작성자가 이미 지운 글이라 저희 쪽에서 따로 할 건 없었습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum moderator's informal Korean reply, URLs followed by particles",
    why="블라인드 -> removed; already deleted by its author -> not_found",
    items={D[1]: "removed", D[2]: "not_found"},
)

case(
    name="dn-raw-korean-path-temporary-measure",
    **{"from": "admin@daenamu-bbs.kr"}, name_from="대나무숲 운영자",
    date="Fri, 06 Sep 2024 09:05:37 +0900", subject=RE_D, reply_to_req="req-240905-04",
    body=f"""안녕하세요.

{D4_RAW} 게시물은 방심위 요청에 따라 임시조치(30일간 열람 제한)하였습니다.

대나무숲 운영자
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum 임시조치 notice with a raw Korean path",
    why="임시조치 -> restricted; raw Korean path matches the percent-encoded request URL",
    items={D[3]: "restricted"},
)

dn_table = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>요청번호 KCSC-240905-04 시정요구에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{D[0]}</td><td>삭제</td><td>09-05 처리</td></tr>
<tr><td>2</td><td>{D[1]}</td><td>삭제</td><td>09-05 처리</td></tr>
<tr><td>3</td><td>{D[2]}</td><td>게시물 없음</td><td>작성자 본인 삭제</td></tr>
<tr><td>4</td><td>{D4_RAW}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>5</td><td>{D[4]}</td><td>조치하지 않음</td><td>언론 기사 인용으로 운영정책 위반 아님</td></tr>
</table>
<p>대나무숲 게시판 운영팀 드림</p>
</body></html>"""
case(
    name="dn-result-html-table",
    **{"from": "admin@daenamu-bbs.kr"}, name_from="대나무숲 운영팀",
    date="Mon, 09 Sep 2024 14:30:00 +0900",
    subject="[KCSC-240905-04] 시정요구 조치 결과 회신", type="html", body=dn_table,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치 결과 table sent as an HTML email",
    why="삭제 x2 -> removed, 게시물 없음 -> not_found, 임시조치 -> restricted, 조치하지 않음 with reason -> rejected",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found", D[3]: "restricted", D[4]: "rejected"},
)

case(
    name="dn-url-below-its-statement",
    **{"from": "admin@daenamu-bbs.kr"}, name_from="대나무숲 운영자",
    date="Sat, 07 Sep 2024 11:52:26 +0900", subject=RE_D, reply_to_req="req-240905-04",
    body=f"""안녕하세요.

다음 게시물은 삭제 처리하였습니다.
{D[4]}

아래 게시물은 삭제 대신 성인 인증을 마친 회원만 볼 수 있도록 제한했습니다.
{D[0]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin reply with each URL on the line below its statement",
    why="first deleted -> removed; second limited to age-verified members -> restricted",
    items={D[4]: "removed", D[0]: "restricted"},
)

case(
    name="dn-bulk-all-five-deleted",
    **{"from": "admin@daenamu-bbs.kr"}, name_from="대나무숲 운영자",
    date="Fri, 06 Sep 2024 19:19:19 +0900", subject=RE_D, reply_to_req="req-240905-04",
    body="""요청하신 게시물 5건 모두 삭제 처리 완료했습니다.
감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="forum admin's one-line 'all deleted' reply",
    why="all five said deleted without naming each: bulk review",
    items={u: "pending" for u in D},
)

case(
    name="dn-hedged-maybe-deleted",
    **{"from": "mod.hyun@daenamu-bbs.kr"}, name_from="현 (대나무숲 운영진)",
    date="Sun, 08 Sep 2024 21:03:48 +0900", subject=RE_D, reply_to_req="req-240905-04",
    body=f"""{D[4]} 글은 다른 운영진이 이미 지운 것 같은데, 로그 확인해 보고 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="moderator's hedged Korean reply (~한 것 같다)",
    why="'seems already deleted, will check the logs' is a hedge: item stays pending",
    items={D[4]: "pending"},
)

case(
    name="dn-read-receipt",
    **{"from": "admin@daenamu-bbs.kr"}, name_from="대나무숲 운영자",
    date="Thu, 05 Sep 2024 10:44:00 +0900",
    subject="읽음 확인: [KCSC-240905-04] 불법 게시물 삭제 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_dn_4410"

--mdn_dn_4410
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

2024-09-05 10:10에 takedown@kcsc.example 님이 보낸 메시지
"[KCSC-240905-04] 불법 게시물 삭제 요청"을(를) 수신자가 열어 보았습니다.

--mdn_dn_4410
Content-Type: message/disposition-notification

Reporting-UA: daenamu-bbs.kr; Thunderbird 115.14.0
Original-Recipient: rfc822;admin@daenamu-bbs.kr
Final-Recipient: rfc822;admin@daenamu-bbs.kr
Original-Message-ID: <req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_dn_4410--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN) in Korean",
    why="read receipt",
    items={},
)

# ================================================================ Soraimg (image board)
case(
    name="si-janitor-nuked-and-purged",
    **{"from": "admin@soraimg.net"}, name_from="sora admin",
    date="Fri, 06 Sep 2024 23:58:02 +0000", subject=RE_S,
    body=f"""nuked {S[0]} , image purged from storage and the cdn cache too:
{S[1]}
poster's range banned.

-- sora
""",
    outcome="applied", classification="confirmation",
    imitates="image board admin's terse 'nuked' reply",
    why="thread nuked and image purged -> both removed",
    items={S[0]: "removed", S[1]: "removed"},
)

case(
    name="si-pruned-image-archived-thread-stays",
    **{"from": "admin@soraimg.net"}, name_from="Soraimg admin",
    date="Sat, 07 Sep 2024 08:21:40 +0000", subject=RE_S,
    body=f"""Hello.

The image <{S[1]}> was already gone when we looked:
the board prunes files after 72 hours, so there was nothing left to delete.

The thread <{S[0]}> is archived (read-only). We read it
twice and it does not break our rules or any law we know of, so it stays up.
Send us the post number if you think we missed a specific reply.

admin
""",
    outcome="applied", classification="confirmation",
    imitates="image board admin explaining auto-pruning and refusing an archived thread",
    why="image already pruned -> not_found; thread breaks no rule and stays up -> rejected",
    items={S[1]: "not_found", S[0]: "rejected"},
)

case(
    name="si-wrong-thread-number",
    **{"from": "admin@soraimg.net"}, name_from="sora admin",
    date="Sat, 07 Sep 2024 03:12:55 +0000", subject=RE_S,
    body="""removed https://soraimg.net/b/res/447990.html as requested.

-- sora
""",
    outcome="review", review="unmatched_claims", classification="confirmation",
    imitates="terse admin reply naming a thread that is not the requested one",
    why="names a thread not in our request (447990 instead of 448120): unmatched claim",
    items={S[0]: "pending"},
)

case(
    name="si-unmonitored-mailbox-autoreply",
    **{"from": "admin@soraimg.net"}, name_from="Soraimg",
    date="Fri, 06 Sep 2024 00:40:03 +0000", subject="Auto: takedown request KCSC-240906-05",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This is an automatic reply. This mailbox is checked irregularly.

To report a post, use the [report] link next to it on the board; reports
there reach the janitors faster. Legal requests are read by the admin
within a few days.
""",
    outcome="ignored", classification="auto_reply",
    imitates="small site's 'mailbox checked irregularly, use the report button' auto-reply",
    why="auto-reply",
    items={},
)

# ================================================================ EdgeVeil (CDN)
case(
    name="ev-not-the-host-forwarded",
    **{"from": "abuse@edgeveil.net"}, name_from="EdgeVeil Trust & Safety",
    date="Mon, 09 Sep 2024 18:44:10 +0000", subject=RE_E, reply_to_req="req-240909-06",
    body=f"""Hello,

EdgeVeil received your abuse report regarding: leakvault.cc

Please note that EdgeVeil is a pass-through network provider (reverse proxy
and DNS). We are not the hosting provider of this website and cannot remove
content from the origin server. We have forwarded your report to the website
operator and to the hosting provider, whose identity we can share with
authorities on request.

Reported URLs:
{E[0]}
{E[1]}

EdgeVeil Trust & Safety
https://www.edgeveil.net/abuse
""",
    outcome="review", review="not_understood", classification="other",
    imitates="CDN 'we are not a hosting provider, report forwarded to the host' reply",
    why="no status for either URL: the CDN only forwarded the report; a clerk must chase the host",
    items={E[0]: "pending", E[1]: "pending"},
)

case(
    name="ev-geo-restricted-kr",
    **{"from": "abuse@edgeveil.net"}, name_from="EdgeVeil Trust & Safety",
    date="Thu, 12 Sep 2024 07:30:21 +0000", subject=RE_E, reply_to_req="req-240909-06",
    body=f"""Hello,

Following a review of your report KCSC-240909-06, EdgeVeil has restricted
access to the following URLs for visitors connecting from the Republic of
Korea:

  * {E[0]}
  * {E[1]}

They remain reachable from other countries, because the content is stored
by a third-party host outside our control.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN blocking URLs for one country",
    why="access restricted from Korea only -> restricted for both",
    items={E[0]: "restricted", E[1]: "restricted"},
)

case(
    name="ev-report-receipt-echo",
    **{"from": "noreply@edgeveil.net"}, name_from="EdgeVeil Abuse",
    date="Mon, 09 Sep 2024 01:00:37 +0000",
    subject="[EdgeVeil] We received your abuse report (EV-2409-88123)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Thank you. Your abuse report has been received.

Report ID: EV-2409-88123
We handle reports in the order received. You will get another email when
the report has been reviewed.

Below is a copy of your submission:

Reporter: KCSC Takedown Desk
Reference: KCSC-240909-06
Reported URLs:
{E[0]}
{E[1]}
Evidence: personal data published without consent
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form receipt echoing the submitted report",
    why="pure receipt; the URLs are an echo of our own report",
    items={E[0]: "pending", E[1]: "pending"},
)

case(
    name="ev-claims-about-hosts-item",
    **{"from": "abuse@edgeveil.net"}, name_from="EdgeVeil Trust & Safety",
    date="Fri, 06 Sep 2024 12:09:00 +0000", subject="Abuse report: mirae-loan.site",
    body=f"""Hello,

Following the report we received about mirae-loan.site, we have ended our
service for this domain. {G[3]} now shows our block
page to all visitors.

EdgeVeil Trust & Safety
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="CDN reporting action on a site whose request went to the web host",
    why="EdgeVeil states a status for an item of the Gureum Hosting request: wrong platform",
    items={G[3]: "pending"},
)

# ================================================================ Notebin (paste site)
case(
    name="nb-deleted-over-outlook-quote",
    **{"from": "admin@notebin.kr"}, name_from="notebin",
    date="Tue, 10 Sep 2024 22:15:03 +0900", subject=RE_N, reply_to_req="req-240910-07",
    body=f"""deleted.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 2:00 PM
To: admin@notebin.kr
Subject: [KCSC-240910-07] 개인정보 노출 게시물 삭제 요청

{request_text("KCSC-240910-07", korean=True)}
""",
    outcome="applied", classification="confirmation",
    imitates="one-word reply from a one-person site over an Outlook-quoted request",
    why="'deleted.' answering a one-item request in its thread -> removed",
    items={N[0]: "removed"},
)

case(
    name="nb-korean-made-private",
    **{"from": "admin@notebin.kr"}, name_from="notebin 관리자",
    date="Wed, 11 Sep 2024 08:02:30 +0900", subject=RE_N, reply_to_req="req-240910-07",
    body=f"""신고하신 {N[0]} 페이지는 비공개 처리했습니다. 작성자 계정도 정지했어요.
""",
    outcome="applied", classification="confirmation",
    imitates="paste-site admin's Korean one-liner (비공개 처리)",
    why="비공개 처리 -> removed",
    items={N[0]: "removed"},
)

case(
    name="nb-admin-from-webmail",
    **{"from": "sysop.notebin@daum.net"}, name_from="notebin 운영자",
    date="Wed, 11 Sep 2024 09:40:12 +0900", subject="notebin 삭제 요청 건 (KCSC-240910-07)",
    body=f"""안녕하세요. notebin.kr 을 혼자 운영하는 사람입니다.
{N[0]} 오늘 아침에 지웠습니다.
admin@ 메일함은 잘 안 보니 앞으로는 이 주소로 연락 주세요.
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="small-site operator answering from a personal webmail address",
    why="claims deletion but comes from a domain that is no platform's: unknown sender",
    items={N[0]: "pending"},
)

case(
    name="nb-bounce-mailbox-full",
    **{"from": "MAILER-DAEMON@notebin.kr"}, name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 14:00:20 +0900", subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_nb_7a1"

--dsn_nb_7a1
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.notebin.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<admin@notebin.kr>: mailbox is full; quota exceeded (552 5.2.2)

--dsn_nb_7a1
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.notebin.kr
Arrival-Date: Tue, 10 Sep 2024 14:00:18 +0900

Final-Recipient: rfc822; admin@notebin.kr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn_nb_7a1
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: admin@notebin.kr
Subject: [KCSC-240910-07] Removal request
Date: Tue, 10 Sep 2024 14:00:00 +0900
Message-ID: <req-240910-07@kcsc.example>
Content-Type: text/plain; charset=us-ascii

{request_text("KCSC-240910-07")}

--dsn_nb_7a1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report (mailbox full) returning the request",
    why="bounce; the URL is only in the returned request",
    items={N[0]: "pending"},
)

HEADER = """# blind319: hosting providers, a CDN, a registrar, a forum, an image board,
# a file host and a paste site answering informally, plus CSV attachments and
# plain-text tables. Written from each email's meaning before any run of the
# reader. Generated by make.py; do not edit by hand."""


def encode_headers(c):
    """Non-ASCII display names and subjects go out RFC 2047-encoded, as mail
    clients send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = email.header.Header(v, "utf-8").encode(linesep="\n")


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, "blind319", HEADER, CASES)


if __name__ == "__main__":
    main()
