#!/usr/bin/env python3
"""Blind set 337: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste service answering the regulator,
often informally (abuse desks, admins writing one line), plus spreadsheets
(CSV attachments) and plain-text tables.

Deterministic: `python3 tests/corpus/blind337/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every expected result was
written from the email's meaning alone, before any run of the reader.
All names, domains, ids and URLs are invented.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind337"

# ---------------------------------------------------------------- requests
D = {
    1: "https://dropvault.io/f/Qm7xK2pL",
    2: "https://dropvault.io/f/Zr4tW9aB",
    3: "https://dropvault.io/f/Hn2cV8sE",
    4: "https://dropvault.io/f/Lp6yU3dR",
    5: "https://dropvault.io/f/Tb9mN1qX",
    6: "https://dropvault.io/f/Wc5jF7gH",
    7: "https://dropvault.io/f/Ke3rA6vZ",
    8: "https://dropvault.io/folder/Yx8dM2oP",
    9: "https://dropvault.io/folder/Gs1bQ4nT",
    10: "https://dl.dropvault.io/s/Ua7eI5wC/pack_0914.zip",
    11: "https://dl.dropvault.io/s/Fo2hJ9kY/clip-archive.7z",
    12: "https://dropvault.io/f/Nv4pS8lD",
    13: "https://dropvault.io/f/Ri6gB3xM",
    14: "https://dropvault.io/f/Ej1wO7cQ",
}
N = {
    1: "https://hanbit-casino77.com/",
    2: "https://hanbit-casino77.com/event/welcome-bonus",
    3: "https://mirror2.bluefin-toon.net/comic/4412/ep-31",
    4: "http://203.0.113.47/~kpharm/order.php",
    5: "https://yakmall-direct.net/products?cat=sleep&id=208",
}
K = {
    1: "https://dalbit.kr/board/free/102934",
    2: "https://dalbit.kr/board/humor/77812",
    3: "https://dalbit.kr/%EC%9E%A5%ED%84%B0/55120",
    4: "https://dalbit.kr/board/free/103377",
}
K3_RAW = "https://dalbit.kr/장터/55120"
P = {
    1: "https://pixchan.org/b/res/882130.html",
    2: "https://pixchan.org/kr/res/41977.html",
    3: "https://img.pixchan.org/src/1725512033417.jpg",
}
E = {
    1: "https://toonmoa-free.site/webtoon/3312",
    2: "https://pages.edgeshield.net/linkhub-kr/index.html",
    3: "https://media.edgeshield.net/u/7f3a21/promo.mp4",
}
G = {
    1: "http://pharma-direct-kr.com/",
    2: "https://lucky-slot-vip.net/",
}
B = {1: "https://pastebox.dev/aZ3kQ9tL"}

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240902-01", "dropvault", "2024-09-02", "2024-09-09", D, "copyright",
     "file-host links shared in a piracy forum"),
    ("KCSC-240903-02", "nimbus", "2024-09-03", "2024-09-10", N, "gambling_drugs",
     "sites and pages on customer servers of the host"),
    ("KCSC-240904-03", "dalbit", "2024-09-04", "2024-09-11", K, "defamation",
     "forum posts"),
    ("KCSC-240905-04", "pixchan", "2024-09-05", "2024-09-12", P, "obscene",
     "image-board threads and one image"),
    ("KCSC-240906-05", "edgeshield", "2024-09-06", "2024-09-13", E, "copyright",
     "a site behind the CDN and two files stored on it"),
    ("KCSC-240909-06", "regdot", "2024-09-09", "2024-09-16", G, "drugs_gambling",
     "domains registered with the registrar"),
    ("KCSC-240910-07", "pastebox", "2024-09-10", "2024-09-17", B, "privacy",
     "one paste"),
]


def mid(ref):
    return ref.lower() + ".req"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for k in sorted(urls):
            w.writerow([ref, plat, sent, due, urls[k], cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_body(ref, urls, raw=None):
    """Our request as it is quoted back to us."""
    raw = raw or {}
    lines = [
        "Dear abuse / trust and safety team,",
        "",
        "The Korea Communications Standards Commission (KCSC) asks you to remove",
        "or disable access to the content below, which is unlawful under Korean law.",
        "",
        f"Reference: {ref}",
        "",
    ]
    for i, k in enumerate(sorted(urls), 1):
        lines.append(f"{i}. {raw.get(k, urls[k])}")
    lines += ["", "Please tell us the action taken for each URL.", "",
              "KCSC Takedown Desk", "takedown@kcsc.example"]
    return lines


def quote(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines)


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def part(ctype, body, enc="8bit", extra=""):
    h = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {enc}\n"
    if extra:
        h += extra.rstrip("\n") + "\n"
    if enc == "base64":
        body = b64(body)
    elif enc == "quoted-printable":
        body = qp(body)
    return h + "\n" + body.strip("\n") + "\n"


def multipart(kind, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def attach_csv(name, text):
    return part(f'text/csv; charset=utf-8; name="{name}"', text, "base64",
                f'Content-Disposition: attachment; filename="{name}"')


# ---------------------------------------------------------------- people
DV = "DropVault Trust & Safety"
NB = "Nimbus Hosting Abuse"
DB = "달빛커뮤니티 운영팀"
PX = "PixChan"
ES = "EdgeShield Trust & Safety"
RG = "Regdot Names Abuse"

cases = []


def add(**c):
    cases.append(c)


# ================================================================ DropVault (14 items)
dv_csv_rows = [
    ("file_url", "report_id", "action_taken", "action_date", "notes"),
    (D[1], "DV-R-90411", "file_removed", "2024-09-04", ""),
    (D[2], "DV-R-90412", "file_removed", "2024-09-04", ""),
    (D[3], "DV-R-90413", "no_action", "2024-09-04", "reviewed - no violation found (public domain scans)"),
    (D[4], "DV-R-90414", "file_removed", "2024-09-04", ""),
    (D[5], "DV-R-90415", "file_removed", "2024-09-04", ""),
    (D[6], "DV-R-90416", "not_found", "2024-09-04", "link invalid / never existed"),
    (D[7], "DV-R-90417", "file_removed", "2024-09-04", "uploader account closed"),
    (D[8], "DV-R-90418", "folder_removed", "2024-09-04", "12 files"),
    (D[9], "DV-R-90419", "folder_removed", "2024-09-04", "3 files"),
    (D[10], "DV-R-90420", "file_removed", "2024-09-04", ""),
    (D[11], "DV-R-90421", "not_found", "2024-09-04", "deleted by uploader before review"),
    (D[12], "DV-R-90422", "file_removed", "2024-09-04", ""),
    (D[13], "DV-R-90423", "geo_restricted", "2024-09-04", "blocked for visitors from KR"),
    (D[14], "DV-R-90424", "file_removed", "2024-09-04", ""),
]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(dv_csv_rows)
add(name="dv-csv-attachment-all-links", outcome="applied", classification="confirmation",
    **{"from": "legal@dropvault.io"}, name_from=DV,
    date="Wed, 04 Sep 2024 17:42:10 +0000",
    subject="Re: KCSC-240902-01 - removal request (14 links)", reply_to_req=mid("KCSC-240902-01"),
    raw_mime=multipart("mixed", "dv-0904-a", [
        part("text/plain; charset=utf-8", """Hello,

Thank you for your notice KCSC-240902-01. We have reviewed all 14 links.
The result for each link is in the attached spreadsheet (one row per link,
column action_taken).

Kind regards,
Nadia
DropVault Trust & Safety
"""),
        attach_csv("KCSC-240902-01_results.csv", _buf.getvalue()),
    ]),
    imitates="file host's legal team returning a per-link CSV export from its ticket tool",
    why="each row of the attached CSV states one link's action: file/folder_removed, not_found, geo_restricted, no_action with a no-violation note",
    items={D[1]: "removed", D[2]: "removed", D[3]: "rejected", D[4]: "removed", D[5]: "removed",
           D[6]: "not_found", D[7]: "removed", D[8]: "removed", D[9]: "removed", D[10]: "removed",
           D[11]: "not_found", D[12]: "removed", D[13]: "restricted", D[14]: "removed"})

add(name="dv-plain-text-table", outcome="applied", classification="confirmation",
    **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse",
    date="Thu, 05 Sep 2024 09:03:55 +0000",
    subject="[DV-558120] Outcome of your report KCSC-240902-01",
    body=f"""Hi KCSC team,

Outcome for the links we have processed so far:

Link                                    Result
--------------------------------------  -------------------------
{D[3]:<40}removed
{D[4]:<40}removed
{D[8]:<40}folder deleted
{D[9]:<40}not found
{D[12]:<40}no violation - file kept
{D[13]:<40}removed

The rest of your list is still with the team.

--
Piotr / DropVault abuse desk
""",
    imitates="abuse-desk reply pasting a fixed-width table from an internal tool",
    why="table rows state removed/deleted/not found/kept per link; the rest are said to be still open and are not named",
    items={D[3]: "removed", D[4]: "removed", D[8]: "removed", D[9]: "not_found",
           D[12]: "rejected", D[13]: "removed"})

add(name="dv-bare-url-status-below", outcome="applied", classification="confirmation",
    **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse",
    date="Thu, 05 Sep 2024 13:20:01 +0000",
    subject="Re: KCSC-240902-01", reply_to_req=mid("KCSC-240902-01"),
    body=f"""hi,

{D[7]}
-> disabled (copyright)

{D[10]}
-> disabled (copyright)

{D[11]}
-> no such file on our side

{D[14]}
-> disabled

piotr
""",
    imitates="terse abuse-desk answer, bare URL with the action on the line below",
    why="each bare URL is followed by its own action line: disabled = removed, no such file = not_found",
    items={D[7]: "removed", D[10]: "removed", D[11]: "not_found", D[14]: "removed"})

add(name="dv-oneliner-killed", outcome="applied", classification="confirmation",
    **{"from": "marco@dropvault.io"}, name_from="Marco Bellini",
    date="Wed, 04 Sep 2024 22:11:40 +0200",
    subject="Re: KCSC-240902-01 removal request", reply_to_req=mid("KCSC-240902-01"),
    body=f"""Killed {D[5]} and {D[6]}, both gone for good. Will look at the others tomorrow.

Sent from my phone
""",
    imitates="a file-host admin answering from a phone in one line",
    why="'killed ... both gone for good' is an unhedged removal of the two named files; 'will look at the others' names no item",
    items={D[5]: "removed", D[6]: "removed"})

add(name="dv-ticket-receipt", outcome="ignored", classification="acknowledgement",
    **{"from": "no-reply@dropvault.io"}, name_from="DropVault Support",
    date="Mon, 02 Sep 2024 08:15:22 +0000",
    subject="[DV-558120] We received your report: KCSC-240902-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We've received your report and opened ticket DV-558120. A member of our
Trust & Safety team will review it, normally within 2 business days, and
you will hear from us by email.

Please keep the ticket number in the subject line of any reply.

This is an automated message.
DropVault Support — https://dropvault.io/help/abuse
""",
    imitates="helpdesk auto-receipt (Zendesk-style 'we received your request')",
    why="pure acknowledgement: ticket opened, review promised, no item named",
    items={})

add(name="dv-promise-within-24h", outcome="review", classification="confirmation",
    review="not_understood",
    **{"from": "legal@dropvault.io"}, name_from=DV,
    date="Tue, 03 Sep 2024 16:30:00 +0000",
    subject="Re: KCSC-240902-01 - removal request (14 links)", reply_to_req=mid("KCSC-240902-01"),
    body=f"""Dear KCSC,

Our legal team has signed off on your notice. We will disable the following
files within the next 24 hours:

 - {D[12]}
 - {D[13]}

We will confirm once this is done.

Nadia
DropVault Trust & Safety
""",
    imitates="legal team announcing an upcoming takedown",
    why="'we will disable' is a promise, not a statement; the named items stay pending",
    items={D[12]: "pending", D[13]: "pending"})

add(name="dv-bulk-all-taken-down", outcome="review", classification="confirmation", review="bulk",
    **{"from": "legal@dropvault.io"}, name_from=DV,
    date="Fri, 06 Sep 2024 10:05:00 +0000",
    subject="RE: KCSC-240902-01 - removal request (14 links)", reply_to_req=mid("KCSC-240902-01"),
    body="""Dear KCSC,

All files listed in your notice KCSC-240902-01 have now been taken down and
the uploading accounts have been terminated under our repeat-infringer policy.

Regards,
Nadia
DropVault Trust & Safety
""",
    imitates="closing note of a file host's legal team",
    why="one statement covers a 14-item request without naming any link: bulk review, nothing applied",
    items={u: "pending" for u in D.values()})

dv_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Sir or Madam,</p>
<p>Please find below the status of the links from your request <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Link</th><th>Status</th></tr>
<tr><td>1</td><td><a href="{D[1]}">{D[1]}</a></td><td>Removed</td></tr>
<tr><td>2</td><td><a href="{D[2]}">{D[2]}</a></td><td>Removed</td></tr>
<tr><td>3</td><td><a href="{D[5]}">{D[5]}</a></td><td>Not found &ndash; deleted by the uploader on 1 Sep</td></tr>
<tr><td>4</td><td><a href="{D[6]}">{D[6]}</a></td><td>Restricted &ndash; blocked for visitors from South Korea</td></tr>
<tr><td>5</td><td><a href="{D[9]}">{D[9]}</a></td><td>Removed</td></tr>
</table>
<p>If you disagree with an outcome you may reply to this email.</p>
<p>DropVault Trust &amp; Safety<br>
<a href="https://dropvault.io/legal/transparency">Transparency report</a></p>
</body></html>"""
add(name="dv-html-table-base64", outcome="applied", classification="confirmation",
    **{"from": "legal@dropvault.io"}, name_from=DV,
    date="Thu, 05 Sep 2024 15:48:31 +0000",
    subject="Status of your request KCSC-240902-01",
    raw_mime=part("text/html; charset=utf-8", dv_html, "base64"),
    imitates="HTML status table sent by a file host's case tool, base64 body",
    why="table rows: Removed, Not found (deleted by uploader), Restricted for South Korea; the transparency link is not an item",
    items={D[1]: "removed", D[2]: "removed", D[5]: "not_found", D[6]: "restricted", D[9]: "removed"})

dv_req = request_body("KCSC-240902-01", D)
add(name="dv-top-posted-gmail-quote", outcome="applied", classification="confirmation",
    **{"from": "sam.k@dropvault.io"}, name_from="Sam K.",
    date="Wed, 04 Sep 2024 11:02:17 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of content", reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hi,

{D[1]} and {D[2]} have been removed.

{D[3]} we looked at and it is an archive of public-domain book scans, so it
does not break our terms and stays up.

Sam

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(dv_req)}
""",
    imitates="Gmail top-posted reply above the quoted request",
    why="three links named above the quote: two removed, one kept because it breaks no rule; the quoted list below changes nothing",
    items={D[1]: "removed", D[2]: "removed", D[3]: "rejected"})

add(name="dv-outlook-angle-wrapped", outcome="applied", classification="confirmation",
    **{"from": "legal@dropvault.io"}, name_from="Hannah Ortiz (DropVault)",
    date="Thu, 05 Sep 2024 07:44:09 +0000",
    subject="RE: [KCSC-240902-01] Request for removal of content", reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hello,

The two links below were taken down this morning:

<{D[6]}>
<https://dl.dropvault.io/s/Fo2hJ9kY/
clip-archive.7z>

Best regards,
Hannah Ortiz
Legal Operations | DropVault

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@dropvault.io
Subject: [KCSC-240902-01] Request for removal of content

{chr(10).join(dv_req)}
""",
    imitates="Outlook reply with the original message below, URLs in angle brackets, one wrapped",
    why="'taken down' for the two URLs (the second wrapped inside its angle brackets); the Original Message list changes nothing",
    items={D[6]: "removed", D[11]: "removed"})

add(name="dv-forged-auth-fail", outcome="review", classification="confirmation", review="untrusted",
    auth="fail",
    **{"from": "legal@dropvault.io"}, name_from=DV,
    date="Fri, 06 Sep 2024 02:13:44 +0000",
    subject="KCSC-240902-01 completed",
    body=f"""Dear KCSC,

The following files were deleted:
{D[1]}
{D[2]}
{D[4]}

DropVault Trust & Safety
""",
    imitates="a removal confirmation whose DKIM/SPF/DMARC fail",
    why="the From domain is DropVault's but authentication fails: untrusted, nothing applied",
    items={D[1]: "pending", D[2]: "pending", D[4]: "pending"})

add(name="dv-hedged-appears-gone", outcome="review", classification="confirmation",
    review="not_understood",
    **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse",
    date="Wed, 04 Sep 2024 05:51:12 +0000",
    subject="Re: KCSC-240902-01", reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hello,

{D[5]} and {D[6]} appear to have been removed by the uploader already,
but our storage team has not confirmed it yet. I'll get back to you.

piotr
""",
    imitates="abuse-desk interim reply with an unconfirmed observation",
    why="'appear to have been removed ... not confirmed' is a hedge: items stay pending, review",
    items={D[5]: "pending", D[6]: "pending"})

add(name="dv-out-of-office", outcome="ignored", classification="auto_reply",
    **{"from": "nadia.r@dropvault.io"}, name_from="Nadia Rahman",
    date="Mon, 02 Sep 2024 01:00:03 +0000",
    subject="Automatic reply: [KCSC-240902-01] Request for removal of content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 9 September with limited access to email.

For urgent abuse or legal matters please write to legal@dropvault.io, which
is monitored every day.

Nadia
""",
    imitates="Outlook out-of-office reply",
    why="automatic out-of-office reply",
    items={})

_sc = "link;result;checked_at\r\n" + "".join(
    f"{u};{r};{t}\r\n" for u, r, t in [
        (D[4], "removed", "2024-09-06 09:12"),
        (D[7], "removed", "2024-09-06 09:14"),
        (D[12], "file does not exist", "2024-09-06 09:15"),
        (D[14], "kept - licensed content (uploader is rights holder)", "2024-09-06 09:20"),
    ])
add(name="dv-semicolon-csv-recheck", outcome="applied", classification="confirmation",
    **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse",
    date="Fri, 06 Sep 2024 09:31:00 +0000",
    subject="[DV-558120] re-check export",
    raw_mime=multipart("mixed", "dv-0906-c", [
        part("text/plain; charset=utf-8", """Hi,

export from our re-check of KCSC-240902-01 attached (semicolon separated,
sorry, that is what the tool produces).

piotr
"""),
        attach_csv("recheck_0906.csv", _sc),
    ]),
    imitates="abuse desk attaching a European-style semicolon CSV export",
    why="each CSV row states one link's result: removed, does not exist, kept because licensed",
    items={D[4]: "removed", D[7]: "removed", D[12]: "not_found", D[14]: "rejected"})

add(name="dv-asks-for-documents", outcome="review", classification="request_for_info",
    review="asks_more",
    **{"from": "legal@dropvault.io"}, name_from=DV,
    date="Tue, 03 Sep 2024 09:10:44 +0000",
    subject="Re: KCSC-240902-01 - additional information needed", reply_to_req=mid("KCSC-240902-01"),
    body=f"""Dear KCSC,

Before we can act on {D[8]} and {D[9]} we need a bit more from you:
the name of the rights holder for each folder and the legal provision you
rely on. Folders can contain many unrelated files and we do not delete
them wholesale without this.

Please reply to this email with the details.

Nadia
DropVault Trust & Safety
""",
    imitates="file host asking the sender for the rights holder before acting",
    why="a request for more information about two named folders; no status stated",
    items={D[8]: "pending", D[9]: "pending"})

add(name="dv-korean-support", outcome="applied", classification="confirmation",
    **{"from": "kr-support@dropvault.io"}, name_from="DropVault 한국 지원팀",
    date="Fri, 06 Sep 2024 14:02:50 +0900",
    subject="[KCSC-240902-01] 신고 처리 결과 안내",
    body=f"""안녕하세요, DropVault 한국 지원팀입니다.

보내주신 요청(KCSC-240902-01) 중 아래 파일의 처리 결과를 안내드립니다.

- {D[12]}：삭제 조치 완료
- {D[13]}：삭제 조치 완료
- {D[14]}：대한민국 IP 접속 차단

나머지 링크는 본사 법무팀에서 검토 중입니다.

감사합니다.
DropVault 한국 지원팀 드림
""",
    imitates="Korean-language support desk of a foreign file host listing results",
    why="삭제 조치 완료 = removed, 대한민국 IP 접속 차단 = restricted; 'the rest under review' names no item",
    items={D[12]: "removed", D[13]: "removed", D[14]: "restricted"})

# ================================================================ Nimbus Hosting (5 items)
add(name="nb-forwarded-to-customer", outcome="review", classification="confirmation",
    review="not_understood",
    **{"from": "abuse@nimbushosting.net"}, name_from=NB,
    date="Wed, 04 Sep 2024 03:27:18 +0000",
    subject="[Abuse #NB-77310] KCSC-240903-02", reply_to_req=mid("KCSC-240903-02"),
    body=f"""Hello,

We have forwarded your complaint regarding

  {N[3]}
  {N[5]}

to our customer and asked them to remove the material within 24 hours.
If the customer does not respond, we will suspend the service.

Nimbus Hosting Abuse Department
""",
    imitates="web host's 'forwarded to our customer' abuse reply",
    why="forwarding and a conditional promise to suspend are not statements: items pending, review",
    items={N[3]: "pending", N[5]: "pending"})

add(name="nb-account-suspended", outcome="applied", classification="confirmation",
    **{"from": "abuse@nimbushosting.net"}, name_from=NB,
    date="Thu, 05 Sep 2024 06:40:00 +0000",
    subject="[Abuse #NB-77310] KCSC-240903-02 - action taken", reply_to_req=mid("KCSC-240903-02"),
    body=f"""Hello,

The hosting account serving hanbit-casino77.com has been suspended for
breach of our Acceptable Use Policy (https://nimbushosting.net/legal/aup).
Both reported addresses now return our suspension page and are no longer
available:

{N[1]}
{N[2]}

Regards,
Tomas
Nimbus Hosting Abuse Department
""",
    imitates="web host suspending a customer account after an abuse report",
    why="'suspended ... no longer available' for the two listed URLs = removed; the AUP link is not an item",
    items={N[1]: "removed", N[2]: "removed"})

add(name="nb-ip-null-routed", outcome="applied", classification="confirmation",
    **{"from": "noc@nimbushosting.net"}, name_from="Nimbus Hosting NOC",
    date="Wed, 04 Sep 2024 19:05:31 +0000",
    subject="Re: KCSC-240903-02 203.0.113.47", reply_to_req=mid("KCSC-240903-02"),
    body="""203.0.113.47 null-routed at 18:50 UTC, server powered off pending
investigation. This address is no longer reachable:
http://203.0.113.47/~kpharm/order.php

-- NOC
""",
    imitates="network operations centre's two-line note on a null route",
    why="the server is null-routed and off; the URL on the line below 'no longer reachable' is removed",
    items={N[4]: "removed"})

add(name="nb-removed-and-refused", outcome="applied", classification="confirmation",
    **{"from": "abuse@nimbushosting.net"}, name_from=NB,
    date="Fri, 06 Sep 2024 08:12:47 +0000",
    subject="[Abuse #NB-77310] KCSC-240903-02 - customer response",
    body=f"""Hello,

Update on your complaint KCSC-240903-02:

* {N[5]}
  The customer has deleted this product page.

* {N[3]}
  The customer sent us a licence agreement with the publisher covering this
  title. We consider the complaint unfounded and will take no action; the
  page stays online.

Tomas
Nimbus Hosting Abuse Department
""",
    imitates="host relaying a customer's takedown and its licence defence",
    why="one page deleted; the other kept because the customer holds a licence (a refusal with its reason)",
    items={N[5]: "removed", N[3]: "rejected"})

add(name="nb-not-our-customer", outcome="applied", classification="confirmation",
    **{"from": "abuse@nimbushosting.net"}, name_from=NB,
    date="Wed, 04 Sep 2024 02:55:09 +0000",
    subject="[Abuse #NB-77311] KCSC-240903-02",
    body=f"""Hello,

We could not find any account or server with us for the following URLs:

{N[1]}
{N[2]}

Our records show the domain has not pointed to our network since early
August. You may want to run a fresh WHOIS/IP lookup.

Nimbus Hosting Abuse Department
""",
    imitates="host replying that the reported site is not on its network",
    why="'could not find any account or server ... for the following URLs' = not_found for both",
    items={N[1]: "not_found", N[2]: "not_found"})

nb_req = request_body("KCSC-240903-02", N)
add(name="nb-whmcs-receipt-echo", outcome="ignored", classification="acknowledgement",
    **{"from": "support@nimbushosting.net"}, name_from="Nimbus Hosting Support",
    date="Tue, 03 Sep 2024 01:02:11 +0000",
    subject="[Ticket ID: 448120] KCSC-240903-02 Request for removal of content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""Thank you for contacting our abuse department. This is an automated
response to confirm that your ticket has been opened. One of our staff will
respond as soon as possible.

Ticket ID: #448120
Subject: KCSC-240903-02 Request for removal of content
Department: Abuse
Status: Open

Your message:
{chr(10).join(nb_req)}

You can view the ticket at https://my.nimbushosting.net/viewticket.php?tid=448120
""",
    imitates="WHMCS-style ticket auto-receipt echoing the submitted message",
    why="an automated receipt; the URLs are only our own request echoed back",
    items={u: "pending" for u in N.values()})

add(name="nb-dsn-delayed", outcome="ignored", classification="bounce",
    **{"from": "MAILER-DAEMON@mx1.nimbushosting.net"}, name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 01:10:00 +0000",
    subject="Delayed Mail (still being retried)",
    raw_mime=multipart("report", "dsn-nb-0904", [
        part("text/plain; charset=us-ascii", """This is the mail system at host mx1.nimbushosting.net.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 24 hours.
It will be retried until it is 5 days old.

<abuse-queue@tickets.nimbushosting.net>: connect to
    tickets.nimbushosting.net[198.51.100.80]:25: Connection timed out
"""),
        part("message/delivery-status", """Reporting-MTA: dns; mx1.nimbushosting.net
Arrival-Date: Tue, 3 Sep 2024 01:01:58 +0000

Final-Recipient: rfc822; abuse-queue@tickets.nimbushosting.net
Original-Recipient: rfc822;abuse@nimbushosting.net
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to tickets.nimbushosting.net[198.51.100.80]:25:
    Connection timed out
Will-Retry-Until: Sun, 8 Sep 2024 01:01:58 +0000
""", "7bit"),
        part("text/rfc822-headers", """From: KCSC Takedown <takedown@kcsc.example>
To: abuse@nimbushosting.net
Subject: [KCSC-240903-02] Request for removal of content
Message-ID: <kcsc-240903-02.req@kcsc.example>
Date: Tue, 03 Sep 2024 10:00:00 +0900
""", "7bit"),
    ], params='; report-type=delivery-status'),
    imitates="Postfix delayed-delivery warning (DSN, Action: delayed)",
    why="a delivery-status notification: ignored",
    items={})

add(name="nb-korean-branch-list", outcome="applied", classification="confirmation",
    **{"from": "kr-abuse@nimbushosting.net"}, name_from="님버스호스팅 고객지원",
    date="Thu, 05 Sep 2024 17:30:22 +0900",
    subject="RE: [KCSC-240903-02] 불법정보 삭제 요청 건 회신",
    body=f"""안녕하세요. 님버스호스팅 고객지원팀입니다.

요청하신 건에 대해 아래와 같이 조치하였습니다.

1. {N[5]} 페이지는 고객사가 삭제했습니다.
2. {N[4]} → 해당 서버의 서비스를 중지하여 더 이상 접속되지 않습니다.

문의 사항은 본 메일로 회신 부탁드립니다.
""",
    imitates="Korean support team of a host answering a KCSC request in a numbered list",
    why="page deleted by the customer; the server's service stopped so the URL no longer opens: both removed",
    items={N[5]: "removed", N[4]: "removed"})

# ================================================================ 달빛커뮤니티 (4 items)
add(name="dalbit-admin-oneliner", outcome="applied", classification="confirmation",
    **{"from": "admin@dalbit.kr"}, name_from="달빛 관리자",
    date="Wed, 04 Sep 2024 21:14:05 +0900",
    subject="Re: [KCSC-240904-03] 게시물 삭제 요청", reply_to_req=mid("KCSC-240904-03"),
    body=f"""요청하신 글 2건 삭제했습니다.
{K[1]}
{K[2]}
""",
    imitates="small-forum admin's two-line Korean reply",
    why="'삭제했습니다' followed by the two URLs: both removed",
    items={K[1]: "removed", K[2]: "removed"})

add(name="dalbit-blind-and-author-deleted", outcome="applied", classification="confirmation",
    **{"from": "admin@dalbit.kr"}, name_from="달빛 관리자",
    date="Thu, 05 Sep 2024 10:40:33 +0900",
    subject="Re: [KCSC-240904-03] 게시물 삭제 요청", reply_to_req=mid("KCSC-240904-03"),
    body=f"""안녕하세요, 달빛커뮤니티 관리자입니다.

{K3_RAW} 게시글은 블라인드 처리했습니다.
{K[4]}은 작성자가 이미 스스로 삭제한 글이라 남아 있지 않습니다.

감사합니다.
""",
    imitates="forum admin: one post blinded, one already deleted by its author",
    why="블라인드 = removed (raw Korean path matches the encoded URL); deleted by its author = not_found",
    items={K[3]: "removed", K[4]: "not_found"})

add(name="dalbit-temporary-measure-qp", outcome="applied", classification="confirmation",
    **{"from": "report@dalbit.kr"}, name_from=DB,
    date="Fri, 06 Sep 2024 09:00:12 +0900",
    subject="[달빛커뮤니티] 임시조치 결과 안내 (KCSC-240904-03)",
    raw_mime=part("text/plain; charset=utf-8", f"""안녕하세요. 달빛커뮤니티 운영팀입니다.

정보통신망법 제44조의2에 따라 아래 게시물에 대해 30일간 임시조치(접근 제한)를
하였습니다.

대상 게시물: {K[1]}
조치 기간: 2024-09-06 ~ 2024-10-05

게시자가 재게시를 요청하지 않으면 기간 만료 후 삭제됩니다.

달빛커뮤니티 운영팀 드림
""", "quoted-printable"),
    imitates="Korean portal-style 임시조치 notice (Network Act art. 44-2), quoted-printable",
    why="임시조치(접근 제한) for 30 days = restricted; the later deletion is only conditional",
    items={K[1]: "restricted"})

add(name="dalbit-refusal", outcome="applied", classification="confirmation",
    **{"from": "report@dalbit.kr"}, name_from=DB,
    date="Mon, 09 Sep 2024 15:22:48 +0900",
    subject="Re: [KCSC-240904-03] 게시물 삭제 요청",
    body=f"""안녕하세요. 달빛커뮤니티 운영팀입니다.

요청하신 게시물 중 {K[2]}에 대해 검토한 결과,
특정인을 지칭하거나 사실을 적시한 내용이 확인되지 않아 운영정책 위반으로
보기 어렵습니다. 해당 게시물은 삭제하지 않고 유지합니다.

운영정책: https://dalbit.kr/policy/operation
""",
    imitates="forum operations team refusing a defamation request with its reason",
    why="no policy breach found, the post is kept: rejected; the policy link is not an item",
    items={K[2]: "rejected"})

add(name="dalbit-promise", outcome="review", classification="confirmation", review="not_understood",
    **{"from": "admin@dalbit.kr"}, name_from="달빛 관리자",
    date="Wed, 04 Sep 2024 18:02:10 +0900",
    subject="Re: [KCSC-240904-03] 게시물 삭제 요청", reply_to_req=mid("KCSC-240904-03"),
    body=f"""네 메일 확인했습니다.
{K3_RAW} 하고 {K[4]} 두 글은 오늘 중으로 확인 후 조치하겠습니다.
""",
    imitates="forum admin promising to act the same day",
    why="'확인 후 조치하겠습니다' is a promise: items pending, review",
    items={K[3]: "pending", K[4]: "pending"})

add(name="dalbit-contact-change", outcome="review", classification="other", review="no_claims",
    **{"from": "report@dalbit.kr"}, name_from=DB,
    date="Tue, 10 Sep 2024 11:00:00 +0900",
    subject="[달빛커뮤니티] 신고 담당 메일 주소 변경 안내",
    body="""안녕하세요. 달빛커뮤니티 운영팀입니다.

9월 16일부터 게시물 신고 및 권리침해 관련 메일은 report@dalbit.kr 대신
safety@dalbit.kr 로 보내주시기 바랍니다. 기존 주소는 9월 말까지 함께 운영됩니다.

감사합니다.
""",
    imitates="forum notice of a changed reporting address",
    why="trusted platform mail naming no item and no request: review no_claims",
    items={})

dalbit_html = f"""<html><body>
<p>안녕하세요. 달빛커뮤니티 운영팀입니다.<br>
방송통신심의위원회 시정요구(KCSC-240904-03)에 대한 조치 결과를 알려드립니다.</p>
<table border="1" style="border-collapse:collapse">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>조치 일자</th></tr>
<tr><td>1</td><td>{K[1]}</td><td>삭제</td><td>2024.09.10</td></tr>
<tr><td>2</td><td>{K[2]}</td><td>삭제</td><td>2024.09.10</td></tr>
<tr><td>3</td><td>{K3_RAW}</td><td>임시조치(30일)</td><td>2024.09.10</td></tr>
<tr><td>4</td><td>{K[4]}</td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
</table>
<p>달빛커뮤니티 운영팀 드림</p>
</body></html>"""
add(name="dalbit-html-result-table", outcome="applied", classification="confirmation",
    **{"from": "report@dalbit.kr"}, name_from=DB,
    date="Tue, 10 Sep 2024 16:45:00 +0900",
    subject="[달빛커뮤니티] 시정요구 조치결과 회신 (KCSC-240904-03)",
    raw_mime=multipart("alternative", "dalbit-0910", [
        part("text/plain; charset=utf-8",
             "시정요구 조치결과는 HTML 본문의 표를 확인해 주세요.\n", "8bit"),
        part("text/html; charset=utf-8", dalbit_html, "quoted-printable"),
    ]),
    imitates="Korean 시정요구 조치결과 table in an HTML mail (quoted-printable)",
    why="table rows: 삭제, 삭제, 임시조치(30일), 게시물 없음(작성자 삭제)",
    items={K[1]: "removed", K[2]: "removed", K[3]: "restricted", K[4]: "not_found"})

# ================================================================ PixChan (3 items)
add(name="px-janitor-list", outcome="applied", classification="confirmation",
    **{"from": "janitor@pixchan.org"}, name_from="pixchan janitor",
    date="Thu, 05 Sep 2024 23:58:14 +0000",
    subject="Re: KCSC-240905-04", reply_to_req=mid("KCSC-240905-04"),
    body=f"""{P[1]} - deleted, poster banned
{P[3]} - deleted, hash banned so it can't be reuploaded
{P[2]} - 404, thread was pruned before we got to it

-jan
""",
    imitates="image-board janitor replying line by line",
    why="deleted = removed for the thread and the image; a 404 pruned thread = not_found",
    items={P[1]: "removed", P[3]: "removed", P[2]: "not_found"})

add(name="px-bulk-took-care", outcome="review", classification="confirmation", review="bulk",
    **{"from": "admin@pixchan.org"}, name_from="pixchan admin",
    date="Fri, 06 Sep 2024 04:20:00 +0000",
    subject="Re: KCSC-240905-04", reply_to_req=mid("KCSC-240905-04"),
    body="""took care of everything in your mail, all of it is gone.

- admin
""",
    imitates="image-board admin's blanket one-liner",
    why="'everything ... all of it is gone' covers a 3-item request without naming any: bulk",
    items={u: "pending" for u in P.values()})

add(name="px-geoblock-kr-board", outcome="applied", classification="confirmation",
    **{"from": "admin@pixchan.org"}, name_from="pixchan admin",
    date="Sat, 07 Sep 2024 12:03:40 +0000",
    subject="Re: KCSC-240905-04",
    body=f"""We're not in Korea and the thread is legal where we are, so it stays up,
but we've geoblocked it for Korean IPs:
{P[2]}

- admin
""",
    imitates="offshore image board geo-blocking a thread for one country",
    why="kept elsewhere but blocked for Korean IPs: restricted",
    items={P[2]: "restricted"})

add(name="px-gmail-unknown-sender", outcome="review", classification="confirmation",
    review="unknown_sender",
    **{"from": "pixchan.mod.kr@gmail.com"}, name_from="pixchan mod",
    date="Fri, 06 Sep 2024 13:30:55 +0900",
    subject="Re: KCSC-240905-04 (pixchan)",
    body=f"""hi, I moderate the /b/ board on pixchan. I removed {P[1]}
this morning. Please write to me here next time, the admin mailbox is slow.
""",
    imitates="volunteer moderator writing from a personal webmail address",
    why="the sender is not on any platform's domain: unknown_sender, nothing applied",
    items={P[1]: "pending"})

# ================================================================ EdgeShield CDN (3 items)
add(name="es-not-the-host", outcome="review", classification="confirmation",
    review="not_understood",
    **{"from": "abuse-reply@edgeshield.net"}, name_from=ES,
    date="Fri, 06 Sep 2024 11:12:00 +0000",
    subject="EdgeShield abuse report [ES-3318842] KCSC-240906-05",
    body=f"""Hello,

EdgeShield received your abuse report about:
{E[1]}

EdgeShield is a pass-through security and CDN service. We do not host the
content of toonmoa-free.site and cannot remove it from the Internet. We have
forwarded your report to the website operator and to the hosting provider,
Vexa Cloud (abuse@vexacloud.example), who are in a position to act on it.

Learn more: https://edgeshield.net/abuse/how-we-handle-reports

EdgeShield Trust & Safety
""",
    imitates="CDN's 'we are a pass-through service and do not host this' reply",
    why="no status is stated (not a refusal on the merits, not a failure to find it): the item stays pending, review",
    items={E[1]: "pending"})

es_html = f"""<html><body>
<p>Hello,</p>
<p>The following items are stored on EdgeShield Pages and EdgeShield Media,
so EdgeShield is the hosting provider. We reviewed them under our
Supplemental Terms and have <b>disabled access</b> to both:</p>
<ul>
<li><a href="{E[2]}">{E[2]}</a></li>
<li><a href="{E[3]}">{E[3]}</a></li>
</ul>
<p>The account owner has been notified.</p>
<p>EdgeShield Trust &amp; Safety</p>
</body></html>"""
add(name="es-hosted-disabled-html", outcome="applied", classification="confirmation",
    **{"from": "abuse-reply@edgeshield.net"}, name_from=ES,
    date="Mon, 09 Sep 2024 08:30:00 +0000",
    subject="EdgeShield abuse report [ES-3318843] KCSC-240906-05 - hosted content",
    raw_mime=multipart("alternative", "es-0909", [
        part("text/plain; charset=utf-8", f"""Hello,

The following items are stored on EdgeShield Pages and EdgeShield Media,
so EdgeShield is the hosting provider. We reviewed them under our
Supplemental Terms and have disabled access to both:

- {E[2]}
- {E[3]}

The account owner has been notified.

EdgeShield Trust & Safety
"""),
        part("text/html; charset=utf-8", es_html, "quoted-printable"),
    ]),
    imitates="CDN acting as host for content it stores (multipart text + HTML)",
    why="'disabled access to both' with the two URLs listed: removed",
    items={E[2]: "removed", E[3]: "removed"})

add(name="es-wrong-platform-nimbus-item", outcome="review", classification="confirmation",
    review="wrong_platform",
    **{"from": "abuse-reply@edgeshield.net"}, name_from=ES,
    date="Sat, 07 Sep 2024 06:44:21 +0000",
    subject="EdgeShield abuse report [ES-3318901]",
    body=f"""Hello,

We were copied on your complaint KCSC-240903-02. One of the reported pages is
served through our network:

{N[3]}

We have blocked this URL at our edge; visitors now receive an error page.

EdgeShield Trust & Safety
""",
    imitates="CDN answering a complaint addressed to a different provider",
    why="EdgeShield states a status for an item of Nimbus's request: wrong_platform, nothing applied",
    items={N[3]: "pending"})

add(name="es-country-block", outcome="applied", classification="confirmation",
    **{"from": "abuse-reply@edgeshield.net"}, name_from=ES,
    date="Thu, 12 Sep 2024 02:10:09 +0000",
    subject="EdgeShield abuse report [ES-3318842] KCSC-240906-05 - update",
    body=f"""Hello,

Further to our earlier message: following a legal order we have applied a
country restriction at our edge, and the URL below is no longer served to
visitors in the Republic of Korea. It remains reachable elsewhere.

{E[1]}

EdgeShield Trust & Safety
""",
    imitates="CDN applying a country-level block in response to a legal order",
    why="not served in Korea, reachable elsewhere: restricted (URL on the line after the statement)",
    items={E[1]: "restricted"})

# ================================================================ Regdot Names (2 items)
add(name="rg-clienthold", outcome="applied", classification="confirmation",
    **{"from": "abuse@regdotnames.com"}, name_from=RG,
    date="Tue, 10 Sep 2024 04:05:30 +0000",
    subject="[Regdot Abuse #RA-20931] pharma-direct-kr.com",
    body=f"""Dear Reporter,

Thank you for your report.

Domain:        pharma-direct-kr.com
Reported URL:  {G[1]}
Action taken:  Domain suspended (clientHold). The domain no longer resolves.

The registrant has been notified and may contest the suspension through
https://regdotnames.com/legal/abuse-appeal .

Regdot Names Abuse Team
""",
    imitates="registrar abuse ticket: domain placed on clientHold",
    why="a suspended domain that no longer resolves is made unavailable: removed; the appeal link is not an item",
    items={G[1]: "removed"})

add(name="rg-no-dns-abuse", outcome="applied", classification="confirmation",
    **{"from": "abuse@regdotnames.com"}, name_from=RG,
    date="Wed, 11 Sep 2024 07:19:02 +0000",
    subject="[Regdot Abuse #RA-20932] lucky-slot-vip.net",
    body=f"""Dear Reporter,

Domain:        lucky-slot-vip.net
Reported URL:  {G[2]}
Action taken:  None

After review we found no DNS abuse (malware, botnet, phishing, pharming or
spam) as defined in our abuse policy. The domain does not breach our
registration agreement and remains active. Complaints about website content
should be sent to the hosting provider of the site.

Regdot Names Abuse Team
""",
    imitates="registrar declining a content complaint as not DNS abuse",
    why="no action because the domain breaks none of the registrar's rules: a refusal with its reason, rejected",
    items={G[2]: "rejected"})

rg_req = request_body("KCSC-240909-06", G)
add(name="rg-dsn-bounce", outcome="ignored", classification="bounce",
    **{"from": "MAILER-DAEMON@mx2.regdotnames.com"}, name_from="Mail Delivery Subsystem",
    date="Mon, 09 Sep 2024 01:00:41 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "dsn-rg-0909", [
        part("text/plain; charset=us-ascii", """This is the mail system at host mx2.regdotnames.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<compliance@regdotnames.com>: mailbox no longer exists; please use
    abuse@regdotnames.com
"""),
        part("message/delivery-status", """Reporting-MTA: dns; mx2.regdotnames.com

Final-Recipient: rfc822; compliance@regdotnames.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox no longer exists
""", "7bit"),
        part("message/rfc822", "\n".join([
            "From: KCSC Takedown <takedown@kcsc.example>",
            "To: compliance@regdotnames.com",
            "Subject: [KCSC-240909-06] Request for removal of content",
            "Message-ID: <kcsc-240909-06.req@kcsc.example>",
            "Date: Mon, 09 Sep 2024 10:00:00 +0900",
            "Content-Type: text/plain; charset=us-ascii",
            "",
        ] + rg_req), "7bit"),
    ], params='; report-type=delivery-status'),
    imitates="Postfix non-delivery report with the original request attached",
    why="a DSN: ignored whoever sent it; the URLs are in our own returned message",
    items={G[1]: "pending", G[2]: "pending"})

# ================================================================ pastebox (1 item)
add(name="pb-sole-paste-deleted", outcome="applied", classification="confirmation",
    **{"from": "jun@pastebox.dev"}, name_from="Jun (pastebox)",
    date="Tue, 10 Sep 2024 12:41:00 +0000",
    subject="Re: [KCSC-240910-07] Request for removal of content", reply_to_req=mid("KCSC-240910-07"),
    body="""hey, paste deleted and the account that posted it is banned.

— jun, pastebox (it's just me)
""",
    imitates="one-person paste service replying in one sentence",
    why="the one-item request's paste is stated deleted without its URL: the sole statement applies",
    items={B[1]: "removed"})

add(name="pb-read-receipt", outcome="ignored", classification="read_receipt",
    **{"from": "jun@pastebox.dev"}, name_from="Jun (pastebox)",
    date="Tue, 10 Sep 2024 09:15:00 +0000",
    subject="Read: [KCSC-240910-07] Request for removal of content",
    raw_mime=multipart("report", "mdn-pb-0910", [
        part("text/plain; charset=utf-8", """This is a receipt for the mail you sent to <jun@pastebox.dev>
at 10/09/2024 10:00.

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the content has been
read or understood.
"""),
        part("message/disposition-notification", """Reporting-UA: pastebox.dev; Thunderbird 115.14.0
Final-Recipient: rfc822;jun@pastebox.dev
Original-Message-ID: <kcsc-240910-07.req@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
""", "7bit"),
    ], params='; report-type=disposition-notification'),
    imitates="Thunderbird read receipt (MDN)",
    why="a read receipt: ignored",
    items={})

HEADER = """# Blind set 337: hosting providers, a CDN, a registrar, a Korean forum, an
# image board, a file host and a paste service (informal abuse-desk replies,
# one-line admin answers, CSV attachments and plain-text tables).
# Written from each email's meaning, before any run of the reader.
# Generated by make.py; do not edit by hand."""


def encode_headers():
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as
    mail clients send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


def main():
    encode_headers()
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
