#!/usr/bin/env python3
"""Blind set blind403: hosting providers, CDNs, registrars, forums, image
boards, file hosts and small services answering informally, plus CSV
attachments and plain-text tables.

    python3 tests/corpus/blind403/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning, before any run of
the reader (see NOTES.md for the arguable ones).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "filebarn.io": "FileBarn",
    "hostnest.net": "HostNest",
    "namewharf.com": "NameWharf",
    "ttukttak.kr": "Ttukttak",
    "pastecan.org": "PasteCan",
    "edgeshield.net": "EdgeShield",
    "imgdump.net": "ImgDump",
})


def enc(s):
    """RFC 2047 encoded word for a non-ASCII header value."""
    return Header(s, "utf-8").encode()


def kr(path):
    """A ttukttak.kr URL whose path is Korean, percent-encoded as stored."""
    return "https://ttukttak.kr" + quote(path, safe="/?=&")


# ---------------------------------------------------------------- requests
FB = [
    "https://filebarn.io/f/7Qm2xK9a",
    "https://filebarn.io/f/Lp4Zr8Tn",
    "https://filebarn.io/f/c3VbN1wE",
    "https://filebarn.io/f/Hh6Ys0Pq",
    "https://filebarn.io/f/u9DkE2jR",
    "https://filebarn.io/f/Wt5Ga7Mc",
    "https://filebarn.io/f/b8NxQ4Lz",
    "https://filebarn.io/f/Ze1Uo6Vs",
    "https://filebarn.io/f/r2TfK5Yd",
    "https://filebarn.io/f/Mn0Jw3Xb",
    "https://filebarn.io/folder/Ka88sPd2",
    "https://filebarn.io/folder/Qe19tRv4",
    "https://dl.filebarn.io/f/g7Hs2Wq1/sample_clip.mp4",
    "https://filebarn.io/f/Ay3Bc5De",
]
HN = [
    "https://moonlit-gallery.net/p/118",
    "https://moonlit-gallery.net/p/121",
    "http://cheongsan-blog.com/2024/08/ondo-leak.html",
]
NW = ["https://leakvault-kr.com/", "https://deepmirror-kr.net/"]
TT_RAW = [
    "https://ttukttak.kr/자유게시판/48213",
    "https://ttukttak.kr/자유게시판/48290",
    "https://ttukttak.kr/유머/10557",
    "https://ttukttak.kr/board.php?bo_table=photo&wr_id=3321",
    "https://ttukttak.kr/board.php?bo_table=photo&wr_id=3340",
]
TT = [kr(u[len("https://ttukttak.kr"):]) for u in TT_RAW]
PC = ["https://pastecan.org/raw/k2Vd9Q"]
ES = ["https://hanbit-leaks.xyz/v/2291", "https://hanbit-leaks.xyz/v/2304"]
IM = [
    "https://imgdump.net/i/5fT8aa.jpg",
    "https://imgdump.net/i/9kP1cd.png",
    "https://imgdump.net/a/Rr72bx",
    "https://i.imgdump.net/0xQ3ee.jpg",
]

REQUESTS = [
    ("KCSC-240903-01", "filebarn", "2024-09-03T14:00:00+09:00", "2024-09-10T23:59:59+09:00", FB,
     "non-consensual-intimate-imagery", "req-240903-01@kcsc.example", "file host; 12 files, 2 folders"),
    ("KCSC-240904-02", "hostnest", "2024-09-04T10:30:00+09:00", "2024-09-11T23:59:59+09:00", HN,
     "privacy-violation", "req-240904-02@kcsc.example", "hosting provider of two customer sites"),
    ("KCSC-240905-03", "namewharf", "2024-09-05T16:00:00+09:00", "2024-09-12T23:59:59+09:00", NW,
     "non-consensual-intimate-imagery", "req-240905-03@kcsc.example", "registrar; whole domains"),
    ("KCSC-240906-04", "ttukttak", "2024-09-06T09:00:00+09:00", "2024-09-13T23:59:59+09:00", TT,
     "deepfake-sexual-abuse", "req-240906-04@kcsc.example", "Korean community forum"),
    ("KCSC-240909-05", "pastecan", "2024-09-09T11:00:00+09:00", "2024-09-16T23:59:59+09:00", PC,
     "privacy-violation", "req-240909-05@kcsc.example", "paste site; doxxing paste"),
    ("KCSC-240910-06", "edgeshield", "2024-09-10T15:00:00+09:00", "2024-09-17T23:59:59+09:00", ES,
     "deepfake-sexual-abuse", "req-240910-06@kcsc.example", "CDN in front of the site"),
    ("KCSC-240911-07", "imgdump", "2024-09-11T13:00:00+09:00", "2024-09-18T23:59:59+09:00", IM,
     "non-consensual-intimate-imagery", "req-240911-07@kcsc.example", "image board / image host"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, numbered=False, prefix="> "):
    lines = [
        "Dear Sir or Madam,",
        "",
        f"Reference: {ref}",
        "",
        "The Korea Communications Standards Commission asks you to remove the",
        "following content, which is unlawful in the Republic of Korea:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}" if numbered else f"- {u}")
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Team"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(data):
    return "\n".join(base64.encodebytes(data).decode("ascii").splitlines())


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
# ---- FileBarn (file host), KCSC-240903-01, 14 items
case(
    name="fb-topposted-bullets-mixed",
    **{"from": "abuse@filebarn.io"}, name_from="FileBarn Abuse Team",
    date="Wed, 04 Sep 2024 08:41:10 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    body=f"""Hello,

We have gone through the links in your notice. Result so far:

- {FB[0]} : deleted
- {FB[1]} : deleted
- {FB[2]} : deleted, uploader account closed
- {FB[3]} : this link is not valid on our side, no file exists under that id
- {FB[10]} : folder disabled (all 6 files inside it removed)

The remaining links are still with our team and we will write again once
they are done.

Regards,
Mirela
FileBarn Abuse Team

On Tue, 3 Sep 2024 at 14:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", FB)}
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk top-posting a bulleted partial result over the quoted notice (Gmail quoting)",
    why="five links each with its own unhedged action; the other nine only appear in the quoted request",
    items={FB[0]: "removed", FB[1]: "removed", FB[2]: "removed", FB[3]: "not_found", FB[10]: "removed"},
)

CSV1 = "report_ref,url,status,reviewed_at\r\n" + "".join(
    f"KCSC-240903-01,{u},{s},2024-09-04 22:{10 + i:02d} UTC\r\n"
    for i, (u, s) in enumerate([(FB[4], "DELETED"), (FB[5], "DELETED"), (FB[6], "NOT_FOUND"),
                                (FB[7], "DELETED"), (FB[8], "DELETED"), (FB[9], "DELETED")]))
case(
    name="fb-csv-outcome-sheet",
    **{"from": "trust-safety@filebarn.io"}, name_from="FileBarn Trust & Safety",
    date="Thu, 05 Sep 2024 02:15:00 +0000",
    subject="Takedown results for KCSC-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_fb_sheet_01"

--=_fb_sheet_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

Attached is the outcome sheet for your notice KCSC-240903-01 (6 rows).

Status codes used in the sheet:
DELETED   = file removed from storage and its link disabled
NOT_FOUND = no file existed under that link when we reviewed it

FileBarn Trust & Safety

--=_fb_sheet_01
Content-Type: text/csv; charset=utf-8; name="outcome_KCSC-240903-01.csv"
Content-Disposition: attachment; filename="outcome_KCSC-240903-01.csv"
Content-Transfer-Encoding: base64

{b64(CSV1.encode("utf-8"))}
--=_fb_sheet_01--
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety outcome spreadsheet sent as a CSV attachment with a status legend",
    why="CSV rows give one status per URL; DELETED is removed, NOT_FOUND is not_found",
    items={FB[4]: "removed", FB[5]: "removed", FB[6]: "not_found", FB[7]: "removed",
           FB[8]: "removed", FB[9]: "removed"},
)

rows = [(FB[0], "Removed"), (FB[1], "Removed"), (FB[2], "Removed"), (FB[3], "Not found"),
        (FB[4], "Removed"), (FB[5], "Removed"), (FB[6], "Not found"), (FB[7], "Removed"),
        (FB[8], "Removed"), (FB[9], "Removed"), (FB[10], "Removed (folder)"),
        (FB[11], "Removed (folder)"), (FB[12], "No action (1)"), (FB[13], "Removed")]
table = "\n".join(f"  {i:<3}{u:<51}{s}" for i, (u, s) in enumerate(rows, 1))
case(
    name="fb-fixed-width-final-table",
    **{"from": "abuse@filebarn.io"}, name_from="FileBarn Abuse Team",
    date="Mon, 09 Sep 2024 06:02:44 +0000",
    subject="Final status - notice KCSC-240903-01",
    body=f"""Dear KCSC team,

Final status for notice KCSC-240903-01:

  #  Link                                               Action
  -- -------------------------------------------------- ----------------
{table}

  (1) Reviewed. The clip is an excerpt of a broadcast news report and does
      not breach our Terms of Service, so it stays available.

Decisions can be appealed through https://filebarn.io/help/appeals .

FileBarn Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk's plain-text fixed-width result table with a footnoted refusal",
    why="all fourteen links in a table; the news clip is refused with a reason (rejected)",
    items={u: {"Removed": "removed", "Removed (folder)": "removed", "Not found": "not_found",
               "No action (1)": "rejected"}[s] for u, s in rows},
)

case(
    name="fb-oneliner-url-then-status",
    **{"from": "tomas@filebarn.io"}, name_from="Tomas Varga",
    date="Wed, 04 Sep 2024 23:50:02 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    body=f"""{FB[13]}
gone, deleted it just now.

Tomas
--
sent from my phone
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a file-host staff member on a phone",
    why="bare URL with the action on the line below: deleted",
    items={FB[13]: "removed"},
)

HTML5 = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Your notice <b>KCSC-240903-01</b> has been processed for the links below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Result</th><th>Date (UTC)</th></tr>
<tr><td><a href="{FB[11]}">{FB[11]}</a></td><td>Disabled</td><td>2024-09-05</td></tr>
<tr><td><a href="{FB[9]}">{FB[9]}</a></td><td>Deleted</td><td>2024-09-05</td></tr>
<tr><td><a href="{FB[0]}">{FB[0]}</a></td><td>Deleted</td><td>2024-09-05</td></tr>
<tr><td><a href="{FB[8]}">{FB[8]}</a></td><td>Not found &ndash; removed by the uploader before our review</td><td>&ndash;</td></tr>
</table>
<p>These actions were taken under section 4 of our
<a href="https://filebarn.io/legal/terms#section-4">Terms of Service</a>.</p>
<p>FileBarn Trust &amp; Safety</p>
</body></html>
"""
case(
    name="fb-html-table-base64",
    **{"from": "noreply-tns@filebarn.io"}, name_from="FileBarn Trust & Safety",
    date="Thu, 05 Sep 2024 11:27:31 +0000",
    subject="[FileBarn] Notice KCSC-240903-01 processed",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="fbalt5"

--fbalt5
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

This message contains a table. Please view it in an HTML-capable mail client.

--fbalt5
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HTML5.encode("utf-8"))}
--fbalt5--
""",
    outcome="applied", classification="confirmation",
    imitates="ticketing-tool HTML result table, base64-encoded, with an empty text part",
    why="HTML table rows: folder disabled, two files deleted, one removed by its uploader earlier (not_found); terms link is no item",
    items={FB[11]: "removed", FB[9]: "removed", FB[0]: "removed", FB[8]: "not_found"},
)

TXT6 = f"""Dear Sir or Madam,

Following your notice KCSC-240903-01 of 3 September we have deleted the files at <{FB[4]}> and <{FB[7]}>, and we have disabled the download link <{FB[5]}> so that it no longer serves the file to anyone.

The file at <{FB[3]}> had already been deleted by its uploader on 2 September, before your notice reached us, so there was nothing left for us to remove.

Kind regards,

Hannah Leclerc
Legal Department, FileBarn Ltd.
"""
case(
    name="fb-qp-prose-angle-brackets",
    **{"from": "legal@filebarn.io"}, name_from="FileBarn Legal",
    date="Fri, 06 Sep 2024 04:20:00 +0000",
    subject="Your notice KCSC-240903-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(TXT6)}""",
    outcome="applied", classification="confirmation",
    imitates="legal department's prose letter, quoted-printable with soft line breaks, URLs in angle brackets",
    why="two files deleted, one link disabled (removed), one deleted by its uploader before the notice (not_found)",
    items={FB[4]: "removed", FB[7]: "removed", FB[5]: "removed", FB[3]: "not_found"},
)

case(
    name="fb-statement-then-url-below",
    **{"from": "kofi.mensah@filebarn.io"}, name_from="Kofi Mensah",
    date="Sat, 07 Sep 2024 01:05:00 +0000",
    subject="Update on KCSC-240903-01",
    body=f"""Hi,

Update on KCSC-240903-01.

The following file was disabled for breach of section 4 of our Terms of
Service:
{FB[5]}

The following link is invalid. There is no file behind it, and our logs
show no upload under that id at any time:
{FB[6]}

Access to the following file has been blocked for visitors from South
Korea only; it stays available elsewhere:
{FB[7]}

Best,
Kofi
FileBarn T&S
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply giving each statement first and its URL on the line below",
    why="disabled (removed), invalid link (not_found), blocked for Korea only (restricted)",
    items={FB[5]: "removed", FB[6]: "not_found", FB[7]: "restricted"},
)

case(
    name="fb-ack-plus-statement",
    **{"from": "support@filebarn.io"}, name_from="FileBarn Support",
    date="Thu, 05 Sep 2024 16:44:09 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content [FB-88213]",
    reply_to_req="req-240903-01",
    body=f"""Thank you for your report. Your ticket number is FB-88213.

The file {FB[1]} has been removed and the uploader has received a
strike on their account.

This ticket is now closed. You can reply to this email to reopen it.

FileBarn Support
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk reply opening with a ticket-receipt phrase but stating an action",
    why="acknowledgement phrase plus an unhedged removal of one named file: not a pure acknowledgement",
    items={FB[1]: "removed"},
)

# ---- HostNest (hosting provider), KCSC-240904-02, 3 items
case(
    name="hn-customer-removed-three",
    **{"from": "abuse@hostnest.net"}, name_from="HostNest Abuse Department",
    date="Thu, 05 Sep 2024 07:30:00 +0000",
    subject="[HostNest Abuse #HN-55120] KCSC-240904-02",
    body=f"""Hello,

We forwarded your complaint to our customer. They have removed the
material, and we checked each address ourselves:

{HN[2]} - returns 404 now, post deleted
{HN[0]} - page deleted
{HN[1]} - page deleted

We consider this matter resolved. If the content reappears, please open a
new report.

HostNest Abuse Department
Acceptable Use Policy: https://www.hostnest.net/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse desk confirming the customer removed the reported pages",
    why="each of the three URLs with 'deleted' checked by the host",
    items={HN[0]: "removed", HN[1]: "removed", HN[2]: "removed"},
)

case(
    name="hn-outlook-geo-block",
    **{"from": "d.okafor@hostnest.net"}, name_from="Daniel Okafor",
    date="Fri, 06 Sep 2024 12:14:00 +0000",
    subject="RE: [KCSC-240904-02] Request for removal of unlawful content",
    reply_to_req="req-240904-02",
    body=f"""Hi,

moonlit-gallery.net: the customer deleted {HN[0]} entirely.
For {HN[1]} they chose to block visitors from Korean IP addresses
instead; that page is still online for the rest of the world.

The blog on cheongsan-blog.com is a different customer, I'll reply on that
one separately.

Daniel Okafor
Abuse Desk | HostNest

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:30 AM
To: abuse@hostnest.net
Subject: [KCSC-240904-02] Request for removal of unlawful content

{quoted_request("KCSC-240904-02", HN, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a host's abuse desk over the unquoted original (-----Original Message-----)",
    why="one page deleted, the other geo-blocked for Korea; the blog is only named as a later reply and the original below is ours",
    items={HN[0]: "removed", HN[1]: "restricted", HN[2]: "pending"},
)

case(
    name="hn-refusal-aup",
    **{"from": "abuse@hostnest.net"}, name_from="HostNest Abuse Department",
    date="Mon, 09 Sep 2024 09:00:00 +0000",
    subject="[HostNest Abuse #HN-55120] KCSC-240904-02 - cheongsan-blog.com",
    body=f"""Hello,

Regarding {HN[2]}:

We have reviewed the post. It is a commentary on a news story and quotes
only public court records. It does not breach our Acceptable Use Policy,
so we will not ask our customer to take it down.

If you hold a court order concerning this page, please send it to
legal@hostnest.net and we will look at it again.

HostNest Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider declining a complaint because the page breaks no policy",
    why="refusal with its reason: the post stays up (rejected)",
    items={HN[2]: "rejected"},
)

case(
    name="hn-ticket-closed-staff-reply",
    **{"from": "support@hostnest.net"}, name_from="HostNest Support",
    date="Tue, 10 Sep 2024 03:18:40 +0000",
    subject="[Ticket ID: 55120] Ticket closed - KCSC-240904-02",
    body=f"""Dear KCSC Takedown,

Your ticket #55120 has been answered and closed. The staff reply is shown
below.

----------------------------------------------
Staff reply (Abuse Desk - Yusuf):

Both reported gallery pages are gone. {HN[0]} and
{HN[1]} were removed by the site owner after our warning, and
we verified that both return 404.
----------------------------------------------

Ticket: 55120
Department: Abuse
Status: Closed
View ticket: https://my.hostnest.net/viewticket.php?tid=55120&c=Xk29

Need more help? Reply to this email to reopen your ticket.
""",
    outcome="applied", classification="confirmation",
    imitates="WHMCS-style 'ticket closed' notification carrying the staff reply",
    why="the staff reply states both gallery pages removed; the ticket link is a dashboard page",
    items={HN[0]: "removed", HN[1]: "removed"},
)

# ---- NameWharf (registrar), KCSC-240905-03, 2 items
case(
    name="nw-echoed-report-clienthold",
    **{"from": "abuse@namewharf.com"}, name_from="NameWharf Abuse",
    date="Fri, 06 Sep 2024 03:40:00 +0000",
    subject="Abuse report ABR-30417 - outcome",
    body=f"""Hello,

Thank you for contacting NameWharf. Below is a copy of your report and our
outcome.

Report ID:      ABR-30417
Reporter:       KCSC Takedown
Reported URL:   {NW[0]}
Abuse type:     Illegal content
Your reference: KCSC-240905-03

Outcome: the domain leakvault-kr.com has been placed on clientHold and no
longer resolves. The registrant has been notified of the suspension.

NameWharf Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse-form outcome echoing the report fields, domain on clientHold",
    why="the reported domain is suspended and no longer resolves: removed",
    items={NW[0]: "removed"},
)

case(
    name="nw-mixed-suspend-decline",
    **{"from": "rasmus@namewharf.com"}, name_from="Rasmus Lindqvist",
    date="Mon, 09 Sep 2024 07:55:12 +0000",
    subject="Re: [KCSC-240905-03] Request for removal of unlawful content",
    reply_to_req="req-240905-03",
    body=f"""Hi there,

re your ref KCSC-240905-03:

{NW[0]} - suspended on our side (clientHold) as of this morning.

{NW[1]} - we are not acting on this one. The domain itself is not
used for phishing, malware or other DNS abuse, and what is published on the
site is a content question for its hosting provider. Our registration
agreement gives us no ground to suspend it.

The host can be found through the RDAP record:
https://rdap.namewharf.com/domain/deepmirror-kr.net

Rasmus
NameWharf compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance officer answering informally: one domain suspended, one declined",
    why="leakvault suspended (removed); deepmirror refused with a reason (rejected); the RDAP link is a tool page",
    items={NW[0]: "removed", NW[1]: "rejected"},
)

# ---- Ttukttak (Korean community forum), KCSC-240906-04, 5 items
case(
    name="tt-admin-oneliner-korean",
    **{"from": "admin@ttukttak.kr"}, name_from=enc("뚝딱 운영자"),
    date="Fri, 06 Sep 2024 05:12:00 +0000",
    subject=enc("Re: [KCSC-240906-04] 불법정보 삭제 요청"),
    reply_to_req="req-240906-04",
    body=f"""{TT_RAW[0]} 삭제했습니다.

뚝딱 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="small Korean forum operator answering in one line",
    why="raw Korean-path URL followed by 삭제했습니다 (deleted)",
    items={TT[0]: "removed"},
)

tt_rows = [
    (TT_RAW[0], "삭제", "2024-09-06"),
    (TT_RAW[1], "삭제", "2024-09-06"),
    (TT_RAW[2], "블라인드", "2024-09-07"),
    (TT_RAW[3], "해당 게시물 없음(작성자 자진 삭제)", "-"),
    (TT_RAW[4], "국내 접속 차단", "2024-09-07"),
]
case(
    name="tt-kcsc-style-result-table",
    **{"from": "policy@ttukttak.kr"}, name_from=enc("뚝딱 커뮤니티 운영팀"),
    date="Sat, 07 Sep 2024 02:30:00 +0000",
    subject=enc("[뚝딱] 시정요구 조치결과 회신 (KCSC-240906-04)"),
    body="방송통신심의위원회 담당자님께,\n\n"
         "귀 위원회의 시정요구(KCSC-240906-04)에 대한 조치 결과를 아래와 같이 회신드립니다.\n\n"
         "번호 | URL | 조치 결과 | 조치 일자\n"
         + "".join(f"{i} | {u} | {s} | {d}\n" for i, (u, s, d) in enumerate(tt_rows, 1))
         + "\n감사합니다.\n뚝딱 커뮤니티 운영팀 드림\n",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (번호 | URL | 조치 결과 | 조치 일자)",
    why="삭제 x2 and 블라인드 removed, 게시물 없음(작성자 삭제) not_found, 국내 접속 차단 restricted",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "removed", TT[3]: "not_found",
           TT[4]: "restricted"},
)

case(
    name="tt-prose-korean-particles",
    **{"from": "policy@ttukttak.kr"}, name_from=enc("뚝딱 운영팀"),
    date="Sun, 08 Sep 2024 01:10:00 +0000",
    subject=enc("Re: [KCSC-240906-04] 불법정보 삭제 요청"),
    reply_to_req="req-240906-04",
    body=f"""안녕하세요, 뚝딱 운영팀입니다.

요청하신 건(KCSC-240906-04) 처리 결과 알려드립니다.
{TT_RAW[2]}은 블라인드 처리하였고, {TT_RAW[4]}는 비공개 처리하였습니다.
{TT_RAW[1]}의 경우 확인해 보니 작성자가 이미 삭제한 글입니다.

나머지 두 건은 담당자 확인 후 다시 연락드리겠습니다.

뚝딱 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum operator's prose reply with particles glued to the URLs",
    why="블라인드 and 비공개 처리 are removed; a post already deleted by its author is not_found; two left for later",
    items={TT[2]: "removed", TT[4]: "removed", TT[1]: "not_found"},
)

HTML18 = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head>
<body>
<p>안녕하십니까. 뚝딱 커뮤니티 운영팀입니다.</p>
<p>귀 위원회에서 요청하신 아래 게시물 2건에 대하여 정보통신망법 제44조의2에 따라
30일간 임시조치(게시 임시중단)를 하였음을 알려드립니다.</p>
<ul>
<li><a href="{TT[0]}">{TT_RAW[0]}</a></li>
<li><a href="{TT[1]}">{TT_RAW[1]}</a></li>
</ul>
<p>임시조치 기간 중 게시자의 재게시 요청이 있을 경우 별도로 안내드리겠습니다.</p>
<p>뚝딱 커뮤니티 운영팀 드림</p>
</body></html>
"""
case(
    name="tt-euckr-html-imsi",
    **{"from": "policy@ttukttak.kr"}, name_from=enc("뚝딱 커뮤니티"),
    date="Sat, 07 Sep 2024 08:02:00 +0000",
    subject=enc("[뚝딱] 임시조치 결과 안내 - KCSC-240906-04"),
    raw_mime=f"""Content-Type: text/html; charset=euc-kr
Content-Transfer-Encoding: base64

{b64(HTML18.encode("euc-kr"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 임시조치 notice in EUC-KR HTML from an older board system",
    why="two posts under 30-day 임시조치, which the rules count as restricted",
    items={TT[0]: "restricted", TT[1]: "restricted"},
)

case(
    name="tt-numbered-reply-over-quote",
    **{"from": "admin@ttukttak.kr"}, name_from=enc("뚝딱 운영자"),
    date="Fri, 06 Sep 2024 11:47:00 +0000",
    subject=enc("Re: [KCSC-240906-04] 불법정보 삭제 요청"),
    reply_to_req="req-240906-04",
    body=f"""1번, 3번 글은 삭제했고 나머지는 확인 중입니다.

2024년 9월 6일 (금) 오전 9:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240906-04", TT_RAW, numbered=True)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator top-posting '1번, 3번 삭제' over the numbered request (Gmail Korean quoting)",
    why="items 1 and 3 of the quoted numbered list deleted; the rest 확인 중 (pending); arguable, see NOTES",
    items={TT[0]: "removed", TT[2]: "removed", TT[1]: "pending", TT[3]: "pending", TT[4]: "pending"},
)

CSV20 = "\ufeff번호,URL,처리결과,처리일시\r\n" + "".join(
    f'{i},"{u}",{s},{d}\r\n' for i, (u, s, d) in enumerate([
        (TT_RAW[0], "삭제", "2024-09-06 14:10"),
        (TT_RAW[1], "삭제", "2024-09-06 14:12"),
        (TT_RAW[2], "블라인드", "2024-09-07 10:03"),
        (TT_RAW[3], "게시물 없음", ""),
        (TT_RAW[4], "임시조치", "2024-09-07 10:05"),
    ], 1))
TXT20 = b64("안녕하세요. 뚝딱 운영팀입니다.\n\n요청하신 KCSC-240906-04 건의 조치 결과를 엑셀(CSV) 파일로 첨부드립니다.\n확인 부탁드립니다.\n\n뚝딱 운영팀 드림\n".encode("utf-8"))
FN20 = "조치결과_KCSC-240906-04.csv"
FN20_B = base64.b64encode(FN20.encode("utf-8")).decode("ascii")
case(
    name="tt-csv-bom-export",
    **{"from": "policy@ttukttak.kr"}, name_from=enc("뚝딱 운영팀"),
    date="Mon, 09 Sep 2024 00:40:00 +0000",
    subject=enc("[뚝딱] KCSC-240906-04 조치 결과 파일 송부"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_TT_20240909"

------=_TT_20240909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{TXT20}

------=_TT_20240909
Content-Type: text/csv; charset=utf-8; name="=?UTF-8?B?{FN20_B}?="
Content-Disposition: attachment; filename*=UTF-8''{quote(FN20)}
Content-Transfer-Encoding: base64

{b64(CSV20.encode("utf-8"))}
------=_TT_20240909--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum sending an Excel-exported CSV (UTF-8 BOM, CRLF, Korean headers) as an attachment",
    why="CSV rows: 삭제 x2 and 블라인드 removed, 게시물 없음 not_found, 임시조치 restricted",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "removed", TT[3]: "not_found",
           TT[4]: "restricted"},
)

# ---- PasteCan (paste site), KCSC-240909-05, 1 item
case(
    name="pc-sole-paste-removed",
    **{"from": "abuse@pastecan.org"}, name_from="PasteCan abuse",
    date="Mon, 09 Sep 2024 13:20:00 +0000",
    subject="Re: [KCSC-240909-05] Request for removal of unlawful content",
    reply_to_req="req-240909-05",
    body="""Paste removed and the account that posted it is banned.

-- PasteCan abuse
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small paste site's abuse inbox",
    why="reply in the thread of a one-item request, unhedged 'removed'",
    items={PC[0]: "removed"},
)

case(
    name="pc-expired-paste-purged",
    **{"from": "jonas@pastecan.org"}, name_from="Jonas (PasteCan)",
    date="Tue, 10 Sep 2024 06:03:00 +0000",
    subject="Re: [KCSC-240909-05] Request for removal of unlawful content",
    reply_to_req="req-240909-05",
    body=f"""Hi,

that paste ({PC[0]}) doesn't exist anymore. It was set to expire
after 24 hours and our cleanup job purged it on the 8th, before your mail
came in. Nothing of it is left on our servers.

J.
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a paste site's sole admin",
    why="the paste no longer exists (expired and purged before the request): not_found",
    items={PC[0]: "not_found"},
)

# ---- EdgeShield (CDN), KCSC-240910-06, 2 items
case(
    name="es-edge-block-and-geo",
    **{"from": "abuse@edgeshield.net"}, name_from="EdgeShield Trust & Safety",
    date="Thu, 12 Sep 2024 05:45:00 +0000",
    subject="EdgeShield abuse case ES-2024-118402 (KCSC-240910-06)",
    body=f"""Hello,

EdgeShield provides CDN and proxy services to hanbit-leaks.xyz; we do not
host its origin server. Under our policy for this category of report we
have nevertheless acted at our edge:

  {ES[0]}
    -> blocked for all visitors (HTTP 451 served from every EdgeShield location)

  {ES[1]}
    -> blocked for requests originating in the Republic of Korea

We have also passed your report to the hosting provider, whose abuse
contact is abuse@origin-host.example.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety reply: edge block for everyone, and a country block",
    why="blocked for all visitors is removed; blocked for Korea only is restricted",
    items={ES[0]: "removed", ES[1]: "restricted"},
)

# ---- ImgDump (image board / host), KCSC-240911-07, 4 items
case(
    name="im-mod-informal-four",
    **{"from": "mods@imgdump.net"}, name_from="imgdump mods",
    date="Wed, 11 Sep 2024 17:22:00 +0000",
    subject="Re: [KCSC-240911-07] Request for removal of unlawful content",
    reply_to_req="req-240911-07",
    body=f"""hey,

{IM[0]} - nuked
{IM[1]} - nuked, hash banned too
{IM[2]} - already gone, uploader deleted the album on the 10th
{IM[3]} - leaving this one up. it's a crop of a news site front page, doesn't break any of our rules

- ash (imgdump volunteer mod)
""",
    outcome="applied", classification="confirmation",
    imitates="image-board volunteer moderator answering in slang, one line per URL",
    why="nuked = deleted; album deleted by its uploader earlier = not_found; kept up with a reason = rejected",
    items={IM[0]: "removed", IM[1]: "removed", IM[2]: "not_found", IM[3]: "rejected"},
)

HTML25 = f"""<html><body>
<h3>ImgDump moderation log &mdash; reports from takedown@kcsc.example</h3>
<table border="1">
<thead><tr><th>Report</th><th>Target</th><th>Action</th><th>Moderator</th></tr></thead>
<tbody>
<tr><td>#4412</td><td>{IM[0]}</td><td>image deleted</td><td>ash</td></tr>
<tr><td>#4413</td><td>{IM[3]}</td><td>hidden from visitors in KR (geo rule)</td><td>kit</td></tr>
</tbody></table>
<p>Rules: <a href="https://imgdump.net/rules">https://imgdump.net/rules</a></p>
</body></html>
"""
case(
    name="im-html-modlog-export",
    **{"from": "noreply@imgdump.net"}, name_from="ImgDump",
    date="Fri, 13 Sep 2024 02:00:00 +0000",
    subject="ImgDump: your reports #4412-#4413 (KCSC-240911-07) were handled",
    type="html",
    body=HTML25,
    outcome="applied", classification="confirmation",
    imitates="small image host's automatic moderation-log export sent as an HTML table",
    why="one image deleted (removed), one hidden in Korea only (restricted); rules link is no item",
    items={IM[0]: "removed", IM[3]: "restricted"},
)

case(
    name="im-fullwidth-korean-volunteer",
    **{"from": "kit@imgdump.net"}, name_from="kit",
    date="Sat, 14 Sep 2024 04:31:00 +0000",
    subject=enc("Re: [KCSC-240911-07] 삭제 요청 건"),
    reply_to_req="req-240911-07",
    body=f"""안녕하세요, imgdump 한국어 담당 자원봉사 모더레이터입니다.

{IM[3]}：삭제 완료했습니다.
{IM[1]}（이 이미지는 업로더가 이미 지운 상태라 저희 쪽에서 할 게 없었습니다）

kit / imgdump
""",
    outcome="applied", classification="confirmation",
    imitates="Korean-speaking volunteer moderator of a foreign image board, full-width punctuation after URLs",
    why="full-width colon then 삭제 완료 (removed); image already deleted by its uploader (not_found)",
    items={IM[3]: "removed", IM[1]: "not_found"},
)

# ================================================================ REVIEW
case(
    name="fb-promise-within-48h",
    **{"from": "legal@filebarn.io"}, name_from="FileBarn Legal",
    date="Wed, 04 Sep 2024 03:12:00 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    body=f"""Dear KCSC team,

We have received notice KCSC-240903-01. Our team will disable
{FB[0]} and {FB[1]}, as well as the two
folders, within 48 hours, once we have checked the uploader's account
history. We will confirm to you when this is done.

Kind regards,
FileBarn Legal
""",
    outcome="review", review="not_understood",
    imitates="file host promising to act within 48 hours",
    why="'will disable ... once we have checked' is a promise with a condition, not a statement",
    items={FB[0]: "pending", FB[1]: "pending"},
)

case(
    name="fb-bulk-all-deleted",
    **{"from": "abuse@filebarn.io"}, name_from="FileBarn Abuse Team",
    date="Tue, 10 Sep 2024 08:00:00 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    body="""Hello,

All files and folders listed in your notice KCSC-240903-01 have been deleted
from FileBarn, and the uploader accounts have been terminated.

FileBarn Abuse Team
""",
    outcome="review", review="bulk",
    imitates="abuse desk's one-sentence 'all reported files deleted'",
    why="one statement about all fourteen items without naming any: bulk",
    items={u: "pending" for u in FB},
)

case(
    name="hn-hedge-may-have",
    **{"from": "d.okafor@hostnest.net"}, name_from="Daniel Okafor",
    date="Thu, 05 Sep 2024 02:05:00 +0000",
    subject="RE: [KCSC-240904-02] Request for removal of unlawful content",
    reply_to_req="req-240904-02",
    body=f"""Hi,

Our customer tells us that {HN[0]} and {HN[1]} may already
have been taken down on their side. We have not been able to verify this
yet and will come back to you once we have.

Daniel
HostNest Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="host passing on its customer's unverified claim",
    why="'may already have been taken down', not verified: hedged, no statement",
    items={HN[0]: "pending", HN[1]: "pending"},
)

case(
    name="tt-forged-auth-fail",
    **{"from": "admin@ttukttak.kr"}, name_from=enc("뚝딱 운영자"),
    auth="fail",
    date="Sat, 07 Sep 2024 13:13:00 +0000",
    subject=enc("Re: [KCSC-240906-04] 불법정보 삭제 요청"),
    body="요청하신 게시물 5건 모두 삭제 완료했습니다.\n\n"
         + "".join(f"{u} 삭제\n" for u in TT_RAW)
         + "\n뚝딱 운영자\n",
    outcome="review", review="untrusted",
    imitates="Korean operator reply, but DKIM/SPF/DMARC fail for ttukttak.kr",
    why="platform domain failing authentication: untrusted, nothing applied",
    items={u: "pending" for u in TT},
)

case(
    name="hn-site-owner-gmail",
    **{"from": "moonlit.gallery.owner@gmail.com"}, name_from="Moonlit Gallery",
    date="Thu, 05 Sep 2024 22:40:00 +0000",
    subject="about your complaint KCSC-240904-02",
    body=f"""Hello,

I run moonlit-gallery.net. My hosting company HostNest sent me your
complaint. I have deleted {HN[0]} today. Please close the case so
my hosting account is not suspended.

Thank you
""",
    outcome="review", review="unknown_sender",
    imitates="hosting customer (site owner) writing from a free-mail address after the host forwarded the complaint",
    why="not the platform's domain: unknown sender, nothing applied",
    items={HN[0]: "pending"},
)

case(
    name="es-relays-pastecan",
    **{"from": "abuse@edgeshield.net"}, name_from="EdgeShield Trust & Safety",
    date="Wed, 11 Sep 2024 09:09:00 +0000",
    subject="EdgeShield abuse case ES-2024-118377",
    body=f"""Hello,

pastecan.org uses EdgeShield's CDN. We contacted the operator about your
report and they confirm that {PC[0]} was deleted on 10 September.

EdgeShield Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN relaying what its customer site says about a reported page",
    why="the CDN states a status for an item of another platform's request (PasteCan): wrong_platform",
    items={PC[0]: "pending"},
)

case(
    name="es-cdn-not-hosting",
    **{"from": "abuse@edgeshield.net"}, name_from="EdgeShield Trust & Safety",
    date="Tue, 10 Sep 2024 23:30:00 +0000",
    subject="EdgeShield abuse case ES-2024-118402 (KCSC-240910-06)",
    body=f"""Hello,

EdgeShield is a pass-through CDN and security service. We do not host the
websites that use our network and cannot remove material from a server we
do not control.

We have forwarded your complaint about {ES[0]} and
{ES[1]} to the website operator and to its hosting provider,
whose abuse contact is abuse@origin-host.example. Please follow up with the
hosting provider directly.

EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style 'we are not a hosting provider, complaint forwarded to the host' reply",
    why="names both URLs and our reference but states no status for them; arguable, see NOTES",
    items={ES[0]: "pending", ES[1]: "pending"},
)

case(
    name="fb-asks-more-info",
    **{"from": "legal@filebarn.io"}, name_from="FileBarn Legal",
    date="Wed, 04 Sep 2024 01:30:00 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content - information needed",
    reply_to_req="req-240903-01",
    body="""Dear KCSC team,

Before we can act on notice KCSC-240903-01 we need the following:

1. confirmation that your organisation is authorised under Korean law to
   issue this request, with the legal provision relied on;
2. for each link, a short description of the content and why it is
   unlawful, so that our reviewers can match it to our Terms.

Please reply to this email with the information above. Until then the
notice stays open on our side.

FileBarn Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="file host's legal team asking for the legal basis and per-link reasons",
    why="request for more information before any action",
    items={},
)

case(
    name="nw-conditional-suspension",
    **{"from": "abuse@namewharf.com"}, name_from="NameWharf Abuse",
    date="Fri, 06 Sep 2024 01:15:00 +0000",
    subject="Abuse report ABR-30417 - registrant notified",
    body=f"""Hello,

We have notified the registrant of the domain in your report about
{NW[0]} (your reference KCSC-240905-03).

If the registrant neither removes the content nor answers us within five
business days, the domain will be suspended.

NameWharf Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="registrar telling the reporter it has notified the registrant and may suspend later",
    why="a condition and a future action, no statement about the domain now",
    items={NW[0]: "pending"},
)

case(
    name="tt-maintenance-notice",
    **{"from": "notice@ttukttak.kr"}, name_from=enc("뚝딱 커뮤니티"),
    date="Mon, 16 Sep 2024 01:00:00 +0000",
    subject=enc("[뚝딱] 서버 정기 점검 안내 (9월 18일)"),
    body="""안녕하세요, 뚝딱 커뮤니티입니다.

9월 18일(수) 새벽 2시부터 5시까지 서버 정기 점검이 진행됩니다.
점검 시간 동안에는 게시판 이용과 신고 접수가 일시 중단됩니다.

이용에 불편을 드려 죄송합니다.
뚝딱 커뮤니티 운영팀 드림
""",
    outcome="review", review="no_claims",
    imitates="Korean forum's maintenance announcement sent to partner addresses",
    why="trusted platform mail naming no item and no request: no_claims",
    items={},
)

case(
    name="hn-other-report-unmatched",
    **{"from": "abuse@hostnest.net"}, name_from="HostNest Abuse Department",
    date="Fri, 13 Sep 2024 06:25:00 +0000",
    subject="[HostNest Abuse #HN-55391] Report closed",
    body="""Hello,

Abuse report HN-55391: https://moonlit-gallery.net/p/131 and
https://moonlit-gallery.net/p/140 have been removed by our customer.

We consider this report closed.

HostNest Abuse Department
""",
    outcome="review", review="unmatched_claims",
    imitates="host's closing notice for a different report on the same customer site",
    why="statements about two pages of the same site that we never requested",
    items={},
)

case(
    name="tt-bulk-korean",
    **{"from": "admin@ttukttak.kr"}, name_from=enc("뚝딱 운영자"),
    date="Sat, 07 Sep 2024 00:20:00 +0000",
    subject=enc("Re: [KCSC-240906-04] 불법정보 삭제 요청"),
    reply_to_req="req-240906-04",
    body="""KCSC-240906-04 관련하여 요청하신 게시물 전부 삭제 처리 완료하였습니다.

뚝딱 운영자 드림
""",
    outcome="review", review="bulk",
    imitates="Korean operator: '요청하신 게시물 전부 삭제'",
    why="all five posts said deleted without naming any: bulk",
    items={u: "pending" for u in TT},
)

# ================================================================ IGNORED
case(
    name="fb-out-of-office",
    **{"from": "mirela.stan@filebarn.io"}, name_from="Mirela Stan",
    date="Tue, 03 Sep 2024 05:01:00 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request for removal of unlawful content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 16 September with limited access to email.

For urgent abuse matters please write to abuse@filebarn.io, where the team
will pick up your message.

Mirela Stan
FileBarn Abuse Team
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="hn-ticket-receipt",
    **{"from": "support@hostnest.net"}, name_from="HostNest Support",
    date="Wed, 04 Sep 2024 01:31:00 +0000",
    subject="[Ticket ID: 55120] Abuse report received - [KCSC-240904-02] Request for removal of unlawful content",
    body="""Dear KCSC Takedown,

Thank you for your report. This is an automated message to let you know
that your email has been logged as ticket #55120 in our Abuse department.

A member of our abuse desk will review it, normally within two business
days. Please do not open duplicate tickets for the same matter.

Ticket: 55120
Department: Abuse
Priority: Medium
Status: Open

HostNest Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="WHMCS-style new-ticket receipt",
    why="pure acknowledgement: ticket created, nothing about any item",
    items={},
)

DSN_ORIG = quoted_request("KCSC-240905-03", NW, prefix="")
case(
    name="nw-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@namewharf.com"}, name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 07:00:21 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7A1C2400F3.1725519621/mx1.namewharf.com"

--7A1C2400F3.1725519621/mx1.namewharf.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.namewharf.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<compliance-kr@namewharf.com>: host mailstore2.namewharf.com[203.0.113.25]
    said: 550 5.1.1 <compliance-kr@namewharf.com>: Recipient address
    rejected: User unknown in virtual mailbox table

--7A1C2400F3.1725519621/mx1.namewharf.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.namewharf.com
Arrival-Date: Thu,  5 Sep 2024 07:00:20 +0000 (UTC)

Final-Recipient: rfc822; compliance-kr@namewharf.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <compliance-kr@namewharf.com>: Recipient
    address rejected: User unknown in virtual mailbox table

--7A1C2400F3.1725519621/mx1.namewharf.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: compliance-kr@namewharf.com
Subject: [KCSC-240905-03] Request for removal of unlawful content
Date: Thu, 5 Sep 2024 16:00:00 +0900
Message-ID: <req-240905-03@kcsc.example>
Content-Type: text/plain; charset=utf-8

{DSN_ORIG}

--7A1C2400F3.1725519621/mx1.namewharf.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report (multipart/report, 550 user unknown) carrying our request",
    why="bounce; the URLs are only in our returned message",
    items={},
)

case(
    name="tt-read-receipt",
    **{"from": "admin@ttukttak.kr"}, name_from=enc("뚝딱 운영자"),
    date="Fri, 06 Sep 2024 02:03:00 +0000",
    subject=enc("읽음: [KCSC-240906-04] 불법정보 삭제 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-tt-0906"

--mdn-tt-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 2024-09-06 11:03에 읽었습니다.
메일 제목: [KCSC-240906-04] 불법정보 삭제 요청

--mdn-tt-0906
Content-Type: message/disposition-notification

Reporting-UA: ttukttak.kr; Webmail 3.2
Final-Recipient: rfc822; admin@ttukttak.kr
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-tt-0906--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, 읽음 확인)",
    why="read receipt only",
    items={},
)

case(
    name="tt-auto-ack-korean",
    **{"from": "no-reply@ttukttak.kr"}, name_from=enc("뚝딱 고객센터"),
    date="Fri, 06 Sep 2024 00:01:30 +0000",
    subject=enc("[뚝딱] 신고가 정상적으로 접수되었습니다 (접수번호 TT-20240906-0041)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""본 메일은 발신 전용입니다.

고객님의 신고가 정상적으로 접수되었습니다.
접수번호: TT-20240906-0041
접수일시: 2024-09-06 09:01

담당자 확인 후 영업일 기준 3일 이내에 처리 결과를 안내해 드리겠습니다.

뚝딱 고객센터
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean helpdesk automatic 신고 접수 안내",
    why="automatic receipt with a ticket number, nothing about any item",
    items={},
)

case(
    name="es-email-not-processed",
    **{"from": "abuse-noreply@edgeshield.net"}, name_from="EdgeShield Abuse",
    date="Tue, 10 Sep 2024 06:00:40 +0000",
    subject="Re: [KCSC-240910-06] Request for removal of unlawful content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This is an automated response.

Abuse reports sent by email are not reviewed. To report abuse of a website
that uses EdgeShield, please use the form at https://www.edgeshield.net/abuse
and include the full URL of each piece of content.

EdgeShield Trust & Safety
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN's automatic reply redirecting emailed abuse reports to its web form",
    why="automatic reply; the form link is no item",
    items={},
)

DELAY_ORIG = quoted_request("KCSC-240911-07", IM, prefix="")
case(
    name="im-dsn-delayed",
    **{"from": "postmaster@imgdump.net"}, name_from="Mail Delivery Subsystem",
    date="Wed, 11 Sep 2024 08:05:00 +0000",
    subject="Delivery Status Notification (Delay)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="dsn-delay-imgdump"

--dsn-delay-imgdump
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     mods@imgdump.net

Message will be retried for 4 more day(s).

--dsn-delay-imgdump
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.imgdump.net

Final-Recipient: rfc822; mods@imgdump.net
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full

--dsn-delay-imgdump
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: mods@imgdump.net
Subject: [KCSC-240911-07] Request for removal of unlawful content
Date: Wed, 11 Sep 2024 13:00:00 +0900
Message-ID: <req-240911-07@kcsc.example>
Content-Type: text/plain; charset=utf-8

{DELAY_ORIG}

--dsn-delay-imgdump--
""",
    outcome="ignored", classification="bounce",
    imitates="delayed-delivery warning (DSN, Action: delayed, mailbox full)",
    why="delivery warning; the URLs are in our own message only",
    items={},
)


HEADER = """# Blind set blind403: hosting providers, CDNs, registrars, forums, image
# boards, file hosts and small services answering informally, plus CSV
# attachments and plain-text tables. Written from each email's meaning
# before any run of the reader. Generated by make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind403", HEADER, CASES)
