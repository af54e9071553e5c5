#!/usr/bin/env python3
"""Blind set 985: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind985/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails. Everything is fictional; domains of the
sites in the requests use the reserved `.example` TLD.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind985"

# ---------------------------------------------------------------- requests
DV = "https://dropvault.cc/f/"
R1 = "KCSC-240902-01"  # dropvault, file host, 12 items (largest)
R2 = "KCSC-240903-02"  # dalbit, Korean forum, 5 items
R3 = "KCSC-240905-03"  # pixchan, image board, 4 items
R4 = "KCSC-240909-04"  # nimbushost, web host, 3 items
R5 = "KCSC-240910-05"  # regnamu, registrar, 2 items
R6 = "KCSC-240911-06"  # edgeshield, CDN, 2 items
R7 = "KCSC-240911-07"  # pastehut, paste site, 1 item

DV_QM = DV + "Qm7tRx2a"
DV_LP = DV + "Lp9WzE4k"
DV_HS = DV + "Hs3NcV8d"
DV_ZT = DV + "Zt6YbK1m"
DV_WC = DV + "Wc2GfJ5r"
DV_BN = DV + "Bn8XuP3e"
DV_KA = DV + "Ka4DqM7s"
DV_RV = DV + "Rv5TjL0w"
DV_UX = "https://dropvault.cc/folder/Ux1PeS6h"
DV_GY = "https://dropvault.cc/folder/Gy7AoN2c"
DV_P1 = "https://dl.dropvault.cc/d/Fe9IkC4t/archive_part1.rar"
DV_P2 = "https://dl.dropvault.cc/d/Fe9IkC4t/archive_part2.rar"
DV_ALL = [DV_QM, DV_LP, DV_HS, DV_ZT, DV_WC, DV_BN, DV_KA, DV_RV, DV_UX, DV_GY, DV_P1, DV_P2]

DB_1 = "https://dalbitboard.com/free/884213"
DB_2 = "https://dalbitboard.com/free/884377"
DB_3 = "https://dalbitboard.com/%EC%9C%A0%EB%A8%B8/20931"
DB_3_RAW = "https://dalbitboard.com/유머/20931"
DB_4 = "https://dalbitboard.com/bbs/view.php?id=market&no=55120"
DB_5 = "https://dalbitboard.com/gallery/7731"
DB_ALL = [DB_1, DB_2, DB_3, DB_4, DB_5]

PX_1 = "https://pixchan.org/b/res/48213.html"
PX_2 = "https://pixchan.org/b/res/48290.html"
PX_3 = "https://pixchan.org/kr/res/10554.html"
PX_4 = "https://i.pixchan.org/src/1725410299812.jpg"
PX_ALL = [PX_1, PX_2, PX_3, PX_4]

NH_1 = "https://bam-toto365.example/event/"
NH_2 = "https://cheap-rx-korea.example/order.php"
NH_3 = "https://files.ssamzip.example/leak/2024-08.zip"
NH_ALL = [NH_1, NH_2, NH_3]

RG_1 = "http://casino-dalnim.example/"
RG_2 = "http://betlounge-77.example/"

ES_1 = "https://mirror-webtoon.example/series/4410/ep/12"
ES_2 = "https://mirror-webtoon.example/series/4410/ep/13"

PH_1 = "https://pastehut.dev/p/r7TmZc"

REQUESTS = [
    (R1, "dropvault", "2024-09-02T14:00:00+09:00", "2024-09-09T23:59:59+09:00", DV_ALL,
     "copyright", "req-240902-01@kcsc.example", "file-locker links shared on a leak forum"),
    (R2, "dalbit", "2024-09-03T16:05:00+09:00", "2024-09-10T23:59:59+09:00", DB_ALL,
     "defamation", "req-240903-02@kcsc.example", "게시판 5건"),
    (R3, "pixchan", "2024-09-05T11:30:00+09:00", "2024-09-12T23:59:59+09:00", PX_ALL,
     "obscenity", "req-240905-03@kcsc.example", "image board threads and one image"),
    (R4, "nimbushost", "2024-09-09T15:15:00+09:00", "2024-09-16T23:59:59+09:00", NH_ALL,
     "gambling", "req-240909-04@kcsc.example", "customer sites on the host's network"),
    (R5, "regnamu", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00", [RG_1, RG_2],
     "gambling", "req-240910-05@kcsc.example", "domains registered through the registrar"),
    (R6, "edgeshield", "2024-09-11T09:40:00+09:00", "2024-09-18T23:59:59+09:00", [ES_1, ES_2],
     "copyright", "req-240911-06@kcsc.example", "pirated webtoon mirror behind the CDN"),
    (R7, "pastehut", "2024-09-11T13:20:00+09:00", "2024-09-18T23:59:59+09:00", [PH_1],
     "privacy", "req-240911-07@kcsc.example", "paste with personal data"),
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


# ---------------------------------------------------------------- MIME helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def mixed(boundary, body_text, attachments):
    """multipart/mixed: a text/plain body and (ctype, filename, bytes) attachments."""
    parts = [
        f'Content-Type: multipart/mixed; boundary="{boundary}"',
        "",
        "This is a multi-part message in MIME format.",
        "",
        f"--{boundary}",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        body_text.strip("\n"),
        "",
    ]
    for ctype, fname, data in attachments:
        parts += [
            f"--{boundary}",
            f'Content-Type: {ctype}; name="{fname}"',
            f'Content-Disposition: attachment; filename="{fname}"',
            "Content-Transfer-Encoding: base64",
            "",
            b64(data),
            "",
        ]
    parts.append(f"--{boundary}--")
    return "\n".join(parts)


def req_quote_en(urls, prefix="> "):
    lines = [
        "Dear DropVault Abuse Team,",
        "",
        "The Korea Communications Standards Commission asks you to remove the",
        f"following {len(urls)} links, which carry content unlawful in the Republic",
        f"of Korea (our reference {R1}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please tell us the outcome for each link by 9 September 2024.", "",
              "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===== DropVault (file host), request R1, 12 items =====

CSV_R1 = "\n".join([
    "link,action,date_utc,comment",
    f"{DV_QM},File removed,2024-09-04,ToS 4.2",
    f"{DV_LP},File removed,2024-09-04,ToS 4.2",
    f"{DV_HS},File removed,2024-09-04,ToS 4.2",
    f"{DV_ZT},Not found,2024-09-04,invalid link - no file with this ID",
    f"{DV_WC},File removed,2024-09-04,ToS 4.2",
    f"{DV_BN},No action,2024-09-04,\"public domain scan, no violation found\"",
    f"{DV_KA},File removed,2024-09-04,ToS 4.2",
    f"{DV_RV},Not found,2024-09-03,deleted by its owner before our review",
    f"{DV_UX},Folder removed,2024-09-04,14 files inside removed with it",
    f"{DV_GY},Access blocked (KR),2024-09-04,unavailable to visitors from South Korea",
    f"{DV_P1},File removed,2024-09-04,ToS 4.2",
    f"{DV_P2},File removed,2024-09-04,ToS 4.2",
]) + "\n"

case(
    name="dv-csv-attachment-all-links",
    date="Wed, 04 Sep 2024 18:22:10 +0000",
    **{"from": "abuse@dropvault.cc"}, name_from="DropVault Abuse",
    subject=f"Re: [{R1}] Removal request - 12 links",
    reply_to_req="req-240902-01",
    raw_mime=mixed("=_dv_5f1c02", f"""
Hello,

We went through all twelve links of your request {R1}. The
outcome for each link is in the attached spreadsheet, one row per link.

Regards,
Marta
DropVault Abuse Team
""", [("text/csv; charset=utf-8", "KCSC-240902-01_results.csv", CSV_R1)]),
    outcome="applied", classification="confirmation",
    imitates="file-locker abuse desk returning a per-link result sheet exported from its case tool (CSV attachment)",
    why="CSV rows name every link: removed x8, not found (invalid id, deleted by owner) x2, no violation = rejected, blocked in KR = restricted",
    items={DV_QM: "removed", DV_LP: "removed", DV_HS: "removed", DV_ZT: "not_found",
           DV_WC: "removed", DV_BN: "rejected", DV_KA: "removed", DV_RV: "not_found",
           DV_UX: "removed", DV_GY: "restricted", DV_P1: "removed", DV_P2: "removed"},
)

case(
    name="dv-informal-first-batch",
    date="Tue, 03 Sep 2024 21:48:02 +0000",
    **{"from": "jens@dropvault.cc"}, name_from="Jens Okafor",
    subject=f"Re: [{R1}] Removal request - 12 links",
    reply_to_req="req-240902-01",
    body=f"""
hey, first batch done:

- {DV_QM} deleted
- {DV_LP} deleted
- {DV_HS} was already deleted by the uploader on the 1st, nothing left to do

rest tomorrow.
j.
""",
    outcome="applied", classification="confirmation",
    imitates="one-person abuse desk of a small file host answering in a short bulleted note",
    why="two links deleted, one already deleted by its uploader (not_found); 'rest tomorrow' names nothing",
    items={DV_QM: "removed", DV_LP: "removed", DV_HS: "not_found"},
)

case(
    name="dv-plain-text-table",
    date="Thu, 05 Sep 2024 09:03:41 +0000",
    **{"from": "abuse@dropvault.cc"}, name_from="DropVault Trust & Safety",
    subject=f"[{R1}] Status of your report",
    body=f"""
Hello KCSC,

Status of your report {R1} as of 2024-09-05 09:00 UTC:

Link                                  Action taken
------------------------------------  ----------------------------
{DV_ZT}         removed (ToS 4.2)
{DV_WC}         removed (ToS 4.2)
{DV_BN}         no violation, file stays
{DV_KA}         link invalid / no such file
{DV_RV}         removed (ToS 4.2)

Terms of Service: https://dropvault.cc/legal/terms#4.2

DropVault Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk status report pasted as a fixed-width plain-text table",
    why="five rows: removed x3, no violation = rejected, invalid link = not_found; the terms link is not an item",
    items={DV_ZT: "removed", DV_WC: "removed", DV_BN: "rejected", DV_KA: "not_found", DV_RV: "removed"},
)

case(
    name="dv-folder-disabled-other-pending",
    date="Wed, 04 Sep 2024 07:15:00 +0000",
    **{"from": "support@dropvault.cc"}, name_from="DropVault Support",
    subject=f"Re: [{R1}] Removal request - 12 links",
    reply_to_req="req-240902-01",
    body=f"""
Hi,

The shared folder {DV_UX} has been disabled, together with the 14 files
inside it. The owner's account is suspended.

The other folder in your list, {DV_GY}, is still being looked at by a
colleague; you will hear from us about it separately.

Best,
Ayla
DropVault Support
""",
    outcome="applied", classification="confirmation",
    imitates="file host support reply: folder disabled and account suspended, second folder still under review",
    why="Ux1PeS6h disabled = removed; Gy7AoN2c 'still being looked at' is no statement and stays pending",
    items={DV_UX: "removed", DV_GY: "pending"},
)

case(
    name="dv-split-archive-angle-wrapped",
    date="Wed, 04 Sep 2024 02:31:19 +0000",
    **{"from": "abuse@dropvault.cc"}, name_from="DropVault Abuse",
    subject=f"Re: [{R1}] Removal request - 12 links",
    reply_to_req="req-240902-01",
    body=f"""
Good morning,

Both parts of the split archive you reported were removed from our
download servers this morning:

  <https://dl.dropvault.cc/d/Fe9IkC4t/
  archive_part1.rar>
  <{DV_P2}>

The uploader has been notified and their upload rights are revoked.

DropVault Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk reply with URLs in angle brackets, the long one wrapped by the mail client (RFC 3986 appendix C style)",
    why="both archive parts removed; part1's URL is wrapped inside its angle brackets",
    items={DV_P1: "removed", DV_P2: "removed"},
)

DV_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Sir or Madam,</p>
<p>Please find below the decisions taken on the links of your notice {R1}.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Decision</th><th>Date</th></tr>
<tr><td><a href="{DV_LP}">{DV_LP}</a></td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td><a href="{DV_GY}">{DV_GY}</a></td><td>Access blocked for users in South Korea</td><td>2024-09-05</td></tr>
<tr><td><a href="{DV_QM}">{DV_QM}</a></td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td><a href="{DV_HS}">{DV_HS}</a></td><td>Not found</td><td>2024-09-05</td></tr>
</table>
<p>If you believe a decision is wrong you can ask for a second review at
<a href="https://dropvault.cc/appeals">https://dropvault.cc/appeals</a>.</p>
<p>DropVault Legal Operations</p>
</body></html>
"""

case(
    name="dv-qp-html-decision-table",
    date="Thu, 05 Sep 2024 16:40:12 +0000",
    **{"from": "legal-ops@dropvault.cc"}, name_from="DropVault Legal Operations",
    subject=f"Decisions on your notice {R1}",
    raw_mime="\n".join([
        "Content-Type: text/html; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(DV_HTML),
    ]),
    outcome="applied", classification="confirmation",
    imitates="DSA-style decision notice from a file host as a quoted-printable HTML table",
    why="four rows: removed x2, blocked for users in South Korea = restricted, not found; the appeals page is not an item",
    items={DV_LP: "removed", DV_GY: "restricted", DV_QM: "removed", DV_HS: "not_found"},
)

case(
    name="dv-top-posted-over-gmail-quote",
    date="Wed, 04 Sep 2024 11:02:55 +0000",
    **{"from": "marta@dropvault.cc"}, name_from="Marta Lindqvist",
    subject=f"Re: [{R1}] Removal request - 12 links",
    reply_to_req="req-240902-01",
    body=f"""
Hi,

Done for two of them:
{DV_KA} - removed
{DV_RV} - removed

{DV_ZT} does not exist on our side (invalid link, maybe a typo in the ID?).

Marta

On Mon, 2 Sep 2024 at 14:00, KCSC Takedown <takedown@kcsc.example> wrote:
{req_quote_en(DV_ALL)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request",
    why="only the three links above the quote are spoken about: removed x2, invalid link = not_found; the 12 quoted links say nothing",
    items={DV_KA: "removed", DV_RV: "removed", DV_ZT: "not_found"},
)

case(
    name="dv-echoed-report-blocks",
    date="Fri, 06 Sep 2024 08:12:30 +0000",
    **{"from": "reports@dropvault.cc"}, name_from="DropVault Reports",
    subject="Your report has been reviewed",
    body=f"""
Your report has been reviewed.

----- Report 1 of 2 -----
Reported link:   {DV_WC}
Reported reason: Illegal content ({R1})
Decision:        Removed - violates the DropVault Terms of Service

----- Report 2 of 2 -----
Reported link:   {DV_BN}
Reported reason: Illegal content ({R1})
Decision:        No action - we did not find a violation of our Terms

If you disagree with a decision you can appeal at https://dropvault.cc/appeal
within 14 days.

This message was sent by the DropVault report system.
""",
    outcome="applied", classification="confirmation",
    imitates="report-form outcome mail that echoes each reported link with its decision",
    why="echoed report blocks with a decision each: removed and no violation (rejected)",
    items={DV_WC: "removed", DV_BN: "rejected"},
)

# --- DropVault review / ignored

case(
    name="dv-promise-within-24h",
    date="Tue, 03 Sep 2024 03:10:44 +0000",
    **{"from": "abuse@dropvault.cc"}, name_from="DropVault Abuse",
    subject=f"Re: [{R1}] Removal request - 12 links",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Thank you for the report. Our team will remove the following files within
24 hours:

{DV_ZT}
{DV_WC}
{DV_KA}

We will confirm once this is done.

DropVault Abuse
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising removal within a deadline",
    why="'will remove ... within 24 hours' is a promise, not a statement: the named files stay pending",
    items={DV_ZT: "pending", DV_WC: "pending", DV_KA: "pending"},
)

case(
    name="dv-bulk-all-removed",
    date="Fri, 06 Sep 2024 13:55:08 +0000",
    **{"from": "abuse@dropvault.cc"}, name_from="DropVault Abuse",
    subject=f"Re: [{R1}] Removal request - 12 links",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

All files and folders listed in your request {R1} have been removed
and the uploader's account has been closed.

Kind regards,
DropVault Abuse
""",
    outcome="review", review="bulk",
    imitates="one-sentence 'all reported content removed' reply from a file host",
    why="a statement about all twelve links without naming any, for a request of 12 items: bulk, nothing applied",
    items={u: "pending" for u in DV_ALL},
)

case(
    name="dv-asks-for-documents",
    date="Tue, 03 Sep 2024 09:41:17 +0000",
    **{"from": "legal-ops@dropvault.cc"}, name_from="DropVault Legal Operations",
    subject=f"Re: [{R1}] Removal request - 12 links",
    reply_to_req="req-240902-01",
    body=f"""
Dear KCSC,

Before we can process request {R1} we need the following:

1. the legal provision under which each link is considered unlawful;
2. a signed letter on your official letterhead, or a link to where your
   authority to issue such requests is published.

Please reply to this email with the documents. We will continue as soon
as we have them.

DropVault Legal Operations
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="host asking a foreign regulator for its legal basis and credentials before acting",
    why="asks for documents before acting; no item statement",
    items={},
)

DSN_R1 = "\n".join([
    'Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_7Q2"',
    "",
    "--=_dsn_7Q2",
    "Content-Description: Notification",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "This is the mail system at host mx1.dropvault.cc.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients.",
    "",
    "<legal@dropvault.cc>: host store2.dropvault.cc[203.0.113.40] said: 550 5.1.1",
    "    <legal@dropvault.cc>: Recipient address rejected: User unknown",
    "",
    "--=_dsn_7Q2",
    "Content-Description: Delivery report",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx1.dropvault.cc",
    "Arrival-Date: Mon,  2 Sep 2024 05:00:12 +0000 (UTC)",
    "",
    "Final-Recipient: rfc822; legal@dropvault.cc",
    "Action: failed",
    "Status: 5.1.1",
    "Diagnostic-Code: smtp; 550 5.1.1 <legal@dropvault.cc>: User unknown",
    "",
    "--=_dsn_7Q2",
    "Content-Description: Undelivered Message",
    "Content-Type: message/rfc822",
    "",
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal@dropvault.cc",
    f"Subject: [{R1}] Removal request - 12 links",
    "Message-ID: <req-240902-01@kcsc.example>",
    "Date: Mon, 02 Sep 2024 14:00:00 +0900",
    "Content-Type: text/plain; charset=utf-8",
    "",
    req_quote_en(DV_ALL, prefix=""),
    "",
    "--=_dsn_7Q2--",
])

case(
    name="dv-dsn-user-unknown",
    date="Mon, 02 Sep 2024 05:00:14 +0000",
    **{"from": "MAILER-DAEMON@mx1.dropvault.cc"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=DSN_R1,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="a bounce; the URLs are only in the returned original",
    items={},
)

# ===== 달빛게시판 (Korean forum), request R2, 5 items =====

case(
    name="dalbit-one-line-korean",
    date="Wed, 04 Sep 2024 10:31:00 +0900",
    **{"from": "admin@dalbitboard.com"}, name_from="달빛게시판 운영자",
    subject=f"Re: [{R2}] 불법정보 삭제 요청",
    reply_to_req="req-240903-02",
    body=f"""
{DB_1} 삭제했습니다.

- 달빛게시판 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="small Korean community admin answering in one line",
    why="one named post deleted",
    items={DB_1: "removed"},
)

case(
    name="dalbit-numbered-mixed-results",
    date="Thu, 05 Sep 2024 14:20:45 +0900",
    **{"from": "help@dalbitboard.com"}, name_from="달빛게시판 고객센터",
    subject=f"[달빛게시판] {R2} 처리 결과 안내",
    body=f"""
안녕하세요, 달빛게시판 운영팀입니다.
요청번호 {R2} 건에 대한 처리 결과를 알려드립니다.

1. {DB_1} : 삭제 완료
2. {DB_2} : 블라인드 처리 완료
3. {DB_3_RAW}은 작성자가 9월 2일 자진 삭제하여 이미 존재하지 않는 게시물입니다.
4. {DB_4} : 게시물 없음(잘못된 주소)
5. {DB_5} : 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

운영정책: https://dalbitboard.com/help/policy
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal-style 처리 결과 안내 with a numbered list",
    why="삭제 and 블라인드 = removed; 작성자 자진 삭제 and 게시물 없음 = not_found; 게시 유지 (no violation) = rejected; raw Korean path followed by the particle 은",
    items={DB_1: "removed", DB_2: "removed", DB_3: "not_found", DB_4: "not_found", DB_5: "rejected"},
)

case(
    name="dalbit-url-then-arrow-line",
    date="Wed, 04 Sep 2024 19:02:11 +0900",
    **{"from": "admin@dalbitboard.com"}, name_from="달빛게시판 운영자",
    subject=f"Re: [{R2}] 불법정보 삭제 요청",
    reply_to_req="req-240903-02",
    body=f"""
요청하신 건 처리했습니다.

{DB_2}
→ 비공개 처리

{DB_5}
→ 운영자 삭제

나머지 세 건은 확인 후 다시 연락드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin reply with each bare URL and its action on the line below",
    why="비공개 처리 and 운영자 삭제 = removed; the other three are only promised a later answer",
    items={DB_2: "removed", DB_5: "removed"},
)

DB_B64 = f"""[달빛게시판] 게시물 조치 결과 안내

안녕하세요. 방송통신심의위원회 요청({R2})에 따른 조치 결과입니다.

■ 임시조치(30일): {DB_5}
  - 임시조치 기간 동안 해당 게시물은 다른 이용자가 열람할 수 없습니다.
■ 삭제: {DB_4}

본 메일은 발신전용입니다. 문의는 help@dalbitboard.com 으로 보내 주세요.
"""

case(
    name="dalbit-base64-temp-measure",
    date="Fri, 06 Sep 2024 09:00:03 +0900",
    **{"from": "noreply@dalbitboard.com"}, name_from="달빛게시판",
    subject=f"[달빛게시판] 게시물 조치 결과 안내 ({R2})",
    raw_mime="\n".join([
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: base64",
        "",
        b64(DB_B64),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Korean board's automatic 조치 결과 notice (send-only, base64 body)",
    why="임시조치 = restricted; 삭제 = removed; '발신전용' is not an auto-reply",
    items={DB_5: "restricted", DB_4: "removed"},
)

case(
    name="dalbit-fullwidth-punctuation",
    date="Thu, 05 Sep 2024 08:47:29 +0900",
    **{"from": "admin@dalbitboard.com"}, name_from="달빛게시판 운영자",
    subject=f"Re: [{R2}] 불법정보 삭제 요청",
    reply_to_req="req-240903-02",
    body=f"""
말씀하신 {DB_2}、{DB_3_RAW} 두 건 모두 운영자 삭제 처리했습니다。확인 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean admin one-liner with full-width punctuation right after the URLs",
    why="both named posts deleted by the operator; full-width 、 and 。 follow the URLs",
    items={DB_2: "removed", DB_3: "removed"},
)

case(
    name="dalbit-gmail-quote-one-done",
    date="Wed, 04 Sep 2024 13:15:40 +0900",
    **{"from": "dalbit.admin@dalbitboard.com"}, name_from="달빛 관리자",
    subject=f"Re: [{R2}] 불법정보 삭제 요청",
    reply_to_req="req-240903-02",
    body=f"""
market 게시판 {DB_4} 글은 방금 삭제했어요. 나머지는 확인 중입니다.

2024년 9월 3일 (화) 오후 4:05, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하세요. 방송통신심의위원회입니다.
> 아래 게시물 5건의 삭제를 요청드립니다 ({R2}).
>
> 1. {DB_1}
> 2. {DB_2}
> 3. {DB_3}
> 4. {DB_4}
> 5. {DB_5}
>
> 처리 결과를 2024년 9월 10일까지 회신해 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Gmail reply (…님이 작성:) over the quoted request",
    why="only the market post above the quote was deleted; '나머지는 확인 중' is no statement and the quoted list says nothing",
    items={DB_4: "removed"},
)

case(
    name="dalbit-hedge-seems-deleted",
    date="Wed, 04 Sep 2024 11:58:02 +0900",
    **{"from": "help@dalbitboard.com"}, name_from="달빛게시판 고객센터",
    subject=f"Re: [{R2}] 불법정보 삭제 요청",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요.

문의하신 {DB_1} 게시물은 확인해 보니 작성자가 이미 지운 것으로 보입니다.
정확한 내용은 로그를 확인한 뒤 다시 안내드리겠습니다.

달빛게시판 고객센터
""",
    outcome="review", review="not_understood",
    imitates="Korean help-desk reply hedging ('…것으로 보입니다') and promising a later answer",
    why="'appears to have been deleted by its author' is a hedge, not a statement",
    items={DB_1: "pending"},
)

case(
    name="dalbit-auth-fail",
    date="Thu, 05 Sep 2024 22:10:00 +0900",
    **{"from": "admin@dalbitboard.com"}, name_from="달빛게시판 운영자",
    auth="fail",
    subject=f"Re: [{R2}] 불법정보 삭제 요청",
    reply_to_req="req-240903-02",
    body=f"""
{DB_1} , {DB_2} 삭제 완료했습니다.
""",
    outcome="review", review="untrusted",
    imitates="forum admin one-liner sent through a server that fails DKIM/SPF/DMARC",
    why="platform domain but authentication fails: nothing applied",
    items={DB_1: "pending", DB_2: "pending"},
)

case(
    name="dalbit-out-of-office",
    date="Tue, 03 Sep 2024 16:05:09 +0900",
    **{"from": "admin@dalbitboard.com"}, name_from="달빛게시판 운영자",
    subject=f"[자동응답] Re: [{R2}] 불법정보 삭제 요청",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 9월 3일부터 9월 8일까지 휴가로 메일 확인이 어렵습니다.
급한 문의는 help@dalbitboard.com 으로 보내 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply ([자동응답], 휴가)",
    why="out-of-office auto-reply",
    items={},
)

# ===== pixchan (image board), request R3, 4 items =====

case(
    name="pix-mod-one-liner",
    date="Thu, 05 Sep 2024 23:40:17 +0000",
    **{"from": "mod@pixchan.org"}, name_from="pixchan mod",
    subject=f"Re: [{R3}] removal request",
    reply_to_req="req-240905-03",
    body=f"""
deleted {PX_1} and {PX_2}, posters banned 30d.

-- 
sent from my phone
""",
    outcome="applied", classification="confirmation",
    imitates="image board volunteer moderator replying in one lowercase line",
    why="both named threads deleted",
    items={PX_1: "removed", PX_2: "removed"},
)

case(
    name="pix-purged-and-kept",
    date="Fri, 06 Sep 2024 04:12:50 +0000",
    **{"from": "admin@pixchan.org"}, name_from="pixchan admin",
    subject=f"Re: [{R3}] removal request",
    reply_to_req="req-240905-03",
    body=f"""
Hi,

<{PX_4}> - that file no longer exists, it was purged automatically when
its thread fell off the board on Sep 4. Nothing for us to remove.

<{PX_3}> - we looked at this one and it's a news discussion thread. It
doesn't break our rules or Korean law as far as we can tell, so it stays up.

- pixchan admin
""",
    outcome="applied", classification="confirmation",
    imitates="image board admin: file already pruned, thread kept with a reason",
    why="image no longer exists = not_found; thread stays up because it breaks no rule = rejected",
    items={PX_4: "not_found", PX_3: "rejected"},
)

case(
    name="pix-url-below-statement",
    date="Sat, 07 Sep 2024 10:05:33 +0000",
    **{"from": "abuse@pixchan.org"}, name_from="pixchan abuse",
    subject=f"Report {R3}",
    body=f"""
Report {R3}

The following thread was deleted (rule 2, illegal content):
{PX_2}

The following image was deleted along with its post:
{PX_4}

We could not find this thread on the /kr/ board; it may have been posted on
another imageboard:
{PX_3}

pixchan abuse
""",
    outcome="applied", classification="confirmation",
    imitates="abuse reply with each statement ending in ':' and the URL on the line below",
    why="thread and image deleted = removed; thread that could not be found = not_found",
    items={PX_2: "removed", PX_4: "removed", PX_3: "not_found"},
)

case(
    name="pix-bulk-everything-gone",
    date="Fri, 06 Sep 2024 01:30:00 +0000",
    **{"from": "mod@pixchan.org"}, name_from="pixchan mod",
    subject=f"Re: [{R3}] removal request",
    reply_to_req="req-240905-03",
    body="""
everything in your list is gone now. threads deleted, image purged.
""",
    outcome="review", review="bulk",
    imitates="moderator's one-line 'everything is gone' reply",
    why="statement about all four items without naming any, request has 4 items: bulk",
    items={u: "pending" for u in PX_ALL},
)

case(
    name="pix-use-the-form",
    date="Sat, 07 Sep 2024 15:22:08 +0000",
    **{"from": "admin@pixchan.org"}, name_from="pixchan admin",
    subject="your email",
    body="""
hi, we don't handle reports sent by email anymore. please use
https://pixchan.org/report and pick the board the post is on. thanks
""",
    outcome="review", review="no_claims",
    imitates="small-site admin telling a reporter to use the web form",
    why="trusted, names no requested item and references no request; the report-form link is not an item",
    items={},
)

case(
    name="pix-out-of-office",
    date="Thu, 05 Sep 2024 11:31:02 +0000",
    **{"from": "mod@pixchan.org"}, name_from="pixchan mod",
    subject=f"Auto: Re: [{R3}] removal request",
    reply_to_req="req-240905-03",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
I'm away until 16 September with no access to mail. Reports made through
the board still reach the mod queue.
""",
    outcome="ignored", classification="auto_reply",
    imitates="English out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

# ===== NimbusHost (web host), request R4, 3 items =====

case(
    name="nimbus-ticket-resolved",
    date="Tue, 10 Sep 2024 11:10:20 +0000",
    **{"from": "abuse@nimbushost.net"}, name_from="NimbusHost Abuse",
    subject=f"[NH-558210] Resolved: {R4} Request for removal of illegal content",
    body=f"""
------ Please type your reply above this line ------

Ticket NH-558210 has been set to Resolved.

Latest update from Tomasz (NimbusHost Abuse):

  Our customer removed {NH_3}
  from their server. We checked it at 11:02 UTC and it now returns 404.

You can view the ticket at https://support.nimbushost.net/tickets/NH-558210

Ticket history
  2024-09-10 11:09  Status changed: Waiting on customer -> Resolved
  2024-09-09 15:31  Forwarded to customer
  2024-09-09 15:20  Ticket created from email ({R4})
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk ticket update ('type your reply above this line') from a hosting abuse team",
    why="the file was removed by the customer and the host verified it; ticket link is not an item",
    items={NH_3: "removed"},
)

case(
    name="nimbus-account-suspended-others-waiting",
    date="Tue, 10 Sep 2024 07:45:00 +0000",
    **{"from": "abuse@nimbushost.net"}, name_from="NimbusHost Abuse",
    subject=f"Re: [{R4}] Request for removal of illegal content",
    reply_to_req="req-240909-04",
    body=f"""
Hello,

We have suspended the hosting account behind {NH_1}; the site no longer
loads from our network.

For {NH_2} and {NH_3} we have given the customers 24 hours to respond
and will update you after that.

Regards,
NimbusHost Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk: one account suspended, other customers given a deadline",
    why="suspended account, site offline = removed; the other two are waiting on customers (pending)",
    items={NH_1: "removed", NH_2: "pending", NH_3: "pending"},
)

case(
    name="nimbus-outlook-original-message",
    date="Wed, 11 Sep 2024 02:18:36 +0000",
    **{"from": "t.nowak@nimbushost.net"}, name_from="Tomasz Nowak",
    subject=f"RE: [{R4}] Request for removal of illegal content",
    reply_to_req="req-240909-04",
    body=f"""
Hello,

The page {NH_2} has been disabled by our team. The rest of that site remains
online, as it is outside the scope of your request.

Kind regards,
Tomasz Nowak
NimbusHost | Abuse Department

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 3:15 PM
To: abuse@nimbushost.net
Subject: [{R4}] Request for removal of illegal content

Dear NimbusHost,

We ask you to remove the following pages hosted on your network:

{NH_1}
{NH_2}
{NH_3}

Please reply by 16 September 2024.

KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request under '-----Original Message-----' (no '>' quoting)",
    why="only the page above the Outlook separator is spoken about: disabled = removed",
    items={NH_2: "removed"},
)

CSV_R4 = "\ufeff" + "\r\n".join([
    "Ticket;URL;Result;Checked (UTC)",
    f"NH-558210;{NH_3};Removed by customer, verified;2024-09-10 08:40",
    f"NH-558210;{NH_2};Site suspended;2024-09-10 08:44",
    f"NH-558210;{NH_1};Not found - no such site on our servers;2024-09-10 08:47",
]) + "\r\n"

case(
    name="nimbus-csv-semicolon-bom",
    date="Tue, 10 Sep 2024 09:02:11 +0000",
    **{"from": "abuse@nimbushost.net"}, name_from="NimbusHost Abuse",
    subject=f"[NH-558210] Result of investigation - {R4}",
    raw_mime=mixed("----=_NH_0091", """
Hello,

Please find the result of our investigation in the attached file.

NimbusHost Abuse Department
""", [("text/csv; charset=utf-8", "NH-558210.csv", CSV_R4)]),
    outcome="applied", classification="confirmation",
    imitates="Excel-exported CSV (BOM, semicolons, CRLF) attached by a hosting abuse team",
    why="three rows: removed, suspended = removed, no such site on our servers = not_found",
    items={NH_3: "removed", NH_2: "removed", NH_1: "not_found"},
)

case(
    name="nimbus-customer-writes-itself",
    date="Tue, 10 Sep 2024 06:30:49 +0000",
    **{"from": "webmaster@ssamzip.example"}, name_from="ssamzip webmaster",
    subject=f"Re: {R4} complaint",
    body=f"""
Hi,

my host NimbusHost forwarded your complaint ({R4}) to me. I have deleted
{NH_3} from my server. Please close the case.

Thanks
""",
    outcome="review", review="unknown_sender",
    imitates="the hosting customer answering the regulator directly after the host forwarded the complaint",
    why="sender is the site owner, not a platform domain",
    items={NH_3: "pending"},
)

PDF_BYTES = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
             b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
             b"3 0 obj<</Length 44/Filter/FlateDecode>>stream\n"
             + bytes(range(0x80, 0xac)) +
             b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

case(
    name="nimbus-pdf-report",
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    **{"from": "abuse@nimbushost.net"}, name_from="NimbusHost Abuse",
    subject=f"[NH-558210] Abuse report outcome - {R4}",
    raw_mime=mixed("----=_NH_0142", f"""
Hello,

Please see the attached report for the outcome of ticket NH-558210
({R4}).

NimbusHost Abuse Department
""", [("application/pdf", "NH-558210-outcome.pdf", PDF_BYTES)]),
    outcome="review", review="unreadable_attachment",
    imitates="hosting abuse team putting its outcome into an attached PDF report",
    why="the outcome is only in a PDF attachment; the text names no item",
    items={},
)

case(
    name="nimbus-ticket-receipt",
    date="Mon, 09 Sep 2024 06:20:05 +0000",
    **{"from": "support@nimbushost.net"}, name_from="NimbusHost Support",
    subject=f"[NH-558210] Received: [{R4}] Request for removal of illegal content",
    reply_to_req="req-240909-04",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

This is an automatic confirmation that we have received your message.
A ticket has been opened for it: NH-558210.

Our abuse team usually responds within 2 business days. Please keep the
ticket number in the subject line of any follow-up.

NimbusHost Support
https://support.nimbushost.net
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket-creation receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

# ===== RegNamu (registrar), request R5, 2 items =====

case(
    name="regnamu-clienthold-korean",
    date="Wed, 11 Sep 2024 10:42:18 +0900",
    **{"from": "abuse@regnamu.co.kr"}, name_from="레그나무 어뷰즈팀",
    subject=f"Re: [{R5}] 불법 도박 사이트 도메인 조치 요청",
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요, 레그나무(RegNamu) 도메인 어뷰즈 담당입니다.

요청하신 {RG_1} (casino-dalnim.example) 도메인은 2024-09-11 10:30부로
등록 정지(clientHold) 처리하였습니다. 현재 해당 도메인은 DNS에서 조회되지
않아 접속할 수 없습니다.

{RG_2} 건은 등록인 소명 절차가 진행 중이며, 결과가 나오는 대로 회신드리겠습니다.

레그나무 어뷰즈팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar abuse reply: domain put on clientHold, the other one awaiting the registrant",
    why="clientHold, no longer resolves anywhere = removed; the second domain is still in progress (pending)",
    items={RG_1: "removed", RG_2: "pending"},
)

case(
    name="regnamu-two-domain-table",
    date="Thu, 12 Sep 2024 03:05:59 +0000",
    **{"from": "compliance@regnamu.co.kr"}, name_from="RegNamu Compliance",
    subject=f"{R5} - registrar action",
    body=f"""
Dear KCSC,

Result of our review under our registration agreement:

Domain / URL                   | Status
-------------------------------+-----------------------------------------
{RG_1}  | suspended (clientHold), no longer resolves
{RG_2}   | not registered - no such domain exists (WHOIS: no match)

RegNamu Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance reply as a pipe-separated text table",
    why="suspended and no longer resolving = removed; no such domain = not_found",
    items={RG_1: "removed", RG_2: "not_found"},
)

case(
    name="regnamu-speaks-for-host-item",
    date="Thu, 12 Sep 2024 05:44:07 +0000",
    **{"from": "abuse@regnamu.co.kr"}, name_from="RegNamu Abuse",
    subject=f"Re: [{R4}] Request for removal of illegal content",
    body=f"""
Hello,

Your report {R4} was copied to us because we are the registrar of
bam-toto365.example. We have suspended that domain, so
{NH_1} no longer resolves.

RegNamu Abuse
""",
    outcome="review", review="wrong_platform",
    imitates="registrar answering a report addressed to the hosting provider",
    why="a registrar states a status for an item of the NimbusHost request",
    items={NH_1: "pending"},
)

MDN_R5 = "\n".join([
    'Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_44a"',
    "",
    "--=_mdn_44a",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    f"보낸 메시지 \"[{R5}] 불법 도박 사이트 도메인 조치 요청\"을(를) 수신자가 읽었습니다.",
    "",
    "--=_mdn_44a",
    "Content-Type: message/disposition-notification",
    "",
    "Reporting-UA: mail.regnamu.co.kr",
    "Final-Recipient: rfc822; abuse@regnamu.co.kr",
    "Original-Message-ID: <req-240910-05@kcsc.example>",
    "Disposition: manual-action/MDN-sent-manually; displayed",
    "",
    "--=_mdn_44a--",
])

case(
    name="regnamu-read-receipt",
    date="Tue, 10 Sep 2024 10:14:00 +0900",
    **{"from": "abuse@regnamu.co.kr"}, name_from="레그나무 어뷰즈팀",
    subject=f"읽음: [{R5}] 불법 도박 사이트 도메인 조치 요청",
    reply_to_req="req-240910-05",
    raw_mime=MDN_R5,
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음:) as an RFC 8098 MDN",
    why="read receipt",
    items={},
)

# ===== EdgeShield (CDN), request R6, 2 items =====

case(
    name="edge-geo-block-korea",
    date="Thu, 12 Sep 2024 14:25:00 +0000",
    **{"from": "trust-safety@edgeshield.io"}, name_from="EdgeShield Trust & Safety",
    subject=f"Re: [{R6}] Copyright-infringing webtoon mirror",
    reply_to_req="req-240911-06",
    body=f"""
Hello,

Regarding report {R6}: EdgeShield does not host the origin of
mirror-webtoon.example, but because the material is unlawful in the Republic
of Korea we have geo-blocked the following URLs for visitors located in
South Korea. They remain reachable from other countries through the origin.

  {ES_1}
  {ES_2}

We have also passed your report to the site's hosting provider.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety reply: pass-through provider geo-blocking at the edge for one country",
    why="both URLs geo-blocked for South Korea = restricted",
    items={ES_1: "restricted", ES_2: "restricted"},
)

case(
    name="edge-451-global-and-404",
    date="Fri, 13 Sep 2024 09:12:44 +0000",
    **{"from": "trust-safety@edgeshield.io"}, name_from="EdgeShield Trust & Safety",
    subject=f"Re: [{R6}] Copyright-infringing webtoon mirror",
    reply_to_req="req-240911-06",
    body=f"""
Hello,

Following your report, access through our network to
{ES_2}
has been disabled for all visitors; requests for it are now answered with
HTTP 451.

Episode 12 ({ES_1}) does not exist on this zone: the origin answers 404 for
it and we have no cached copy.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN disabling a URL worldwide (HTTP 451) and reporting the other as non-existent",
    why="disabled for all visitors = removed; does not exist (404, no copy) = not_found",
    items={ES_2: "removed", ES_1: "not_found"},
)

case(
    name="edge-forwarded-to-host",
    date="Wed, 11 Sep 2024 12:02:31 +0000",
    **{"from": "trust-safety@edgeshield.io"}, name_from="EdgeShield Trust & Safety",
    subject=f"Re: [{R6}] Copyright-infringing webtoon mirror",
    reply_to_req="req-240911-06",
    body=f"""
Hello,

EdgeShield is a reverse proxy and CDN. We are not the hosting provider of
mirror-webtoon.example and cannot remove content stored on someone else's
server.

We have forwarded your report about
{ES_1} and
{ES_2}
to the website operator and to its hosting provider, Kestrel Cloud
(abuse@kestrel-cloud.example). Please contact them directly for the outcome.

EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we do not host this content, report forwarded to the host' reply",
    why="names both URLs but states no status: forwarding is neither removal nor a refusal on the merits",
    items={ES_1: "pending", ES_2: "pending"},
)

case(
    name="edge-automated-receipt",
    date="Wed, 11 Sep 2024 00:41:10 +0000",
    **{"from": "noreply@edgeshield.io"}, name_from="EdgeShield Abuse",
    subject="EdgeShield abuse report received [ES-AB-20240911-0093]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for submitting an abuse report.

Reference: ES-AB-20240911-0093
Domain:    mirror-webtoon.example
Category:  Copyright

This is an automated message. We have received your report. Depending on
its category we may forward it to the website owner and the hosting
provider. Please do not reply to this email.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form automated receipt with a report ID",
    why="automated receipt; names only the domain, states nothing",
    items={},
)

# ===== pastehut (paste site), request R7, 1 item =====

case(
    name="paste-done-no-url",
    date="Wed, 11 Sep 2024 06:01:12 +0000",
    **{"from": "admin@pastehut.dev"}, name_from="pastehut",
    subject=f"Re: [{R7}] Removal request: 1 paste",
    reply_to_req="req-240911-07",
    body="""
done, removed.

-- 
k (pastehut)
""",
    outcome="applied", classification="confirmation",
    imitates="sole admin of a small paste site answering in two words",
    why="reply to a one-item request stating removal: applies to that item",
    items={PH_1: "removed"},
)

case(
    name="paste-conditional-delete",
    date="Wed, 11 Sep 2024 08:33:50 +0000",
    **{"from": "admin@pastehut.dev"}, name_from="pastehut",
    subject=f"Re: [{R7}] Removal request: 1 paste",
    reply_to_req="req-240911-07",
    body=f"""
hi,

looking into {PH_1} now. if it turns out to contain what your letter says,
it'll be deleted and the account closed.

k
""",
    outcome="review", review="not_understood",
    imitates="small-site admin's conditional promise",
    why="a condition and a promise: the paste stays pending",
    items={PH_1: "pending"},
)

HEADER = f"""# Blind set 985 (focus 4: hosts, CDNs, registrars, forums, image boards,
# file hosts and small services answering informally; CSV attachments and
# plain-text tables). Written by tests/corpus/blind985/make.py before any run
# of the reader. Each case is judged alone on a fresh ledger holding
# requests.csv. {len(CASES)} cases."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
