#!/usr/bin/env python3
"""Blind set 721: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a one-person paste service answering the
regulator, often informally; plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind721/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before any run of
the reader. All names, domains, ids and URLs are fictional.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind721"


def h(s):
    """RFC 2047 encoded header text (UTF-8, base64)."""
    return Header(s, "utf-8").encode()


def b64(s, enc="utf-8"):
    return base64.encodebytes(s.encode(enc)).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
D = [
    "https://dropvault.io/f/k2Jq7ZpX",       # D1
    "https://dropvault.io/f/Vm8sT1cA",       # D2
    "https://dropvault.io/f/9RyhL0eW",       # D3
    "https://dropvault.io/f/Qa5uNn3B",       # D4
    "https://dropvault.io/f/tX4cG8mE",       # D5
    "https://dropvault.io/f/Hj6pR2dK",       # D6
    "https://dropvault.io/f/Zs1wY7oF",       # D7
    "https://dropvault.io/folder/Lb9eM3vU",  # D8
    "https://dropvault.io/folder/Pc0iS5rT",  # D9
    "https://dropvault.io/f/Wd2oJ4kN",       # D10
    "https://dropvault.io/f/Ee7nB6xQ",       # D11
    "https://dropvault.io/f/Gf3tU8yH",       # D12
    "https://dropvault.io/f/Mr5aC1zL",       # D13
    "https://dropvault.io/f/Ny8vD9qS",       # D14
]
D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12, D13, D14 = D

M1 = "https://maruboard.kr/free/88123"
M2 = "https://maruboard.kr/%EC%9C%A0%EB%A8%B8/55012"  # /유머/55012
M2RAW = "https://maruboard.kr/유머/55012"
M3 = "https://maruboard.kr/free/88201"
M4 = "https://maruboard.kr/gallery/31077"
M = [M1, M2, M3, M4]

P1 = "https://pinechan.org/kr/thread/40112"
P2 = "https://pinechan.org/kr/thread/40188"
P3 = "https://i.pinechan.org/kr/src/1725011234567.jpg"
P4 = "https://pinechan.org/pol/thread/912004"
P5 = "https://i.pinechan.org/kr/src/1725019876543.webm"
P = [P1, P2, P3, P4, P5]

K1 = "http://toto-star77.kr/"
K2 = "https://mooncasino-kr.com/event/welcome"
K3 = "https://mooncasino-kr.com/join?rc=kc114"
K = [K1, K2, K3]

S1 = "https://hanbit-pharm24.com/shop/item.php?id=77"
S2 = "https://hanbit-pharm24.com/shop/item.php?id=81"

G1 = "https://nara-loan-fast.com/"

T1 = "https://pastelet.net/p/Xa81mQ"
T2 = "https://pastelet.net/p/Lr93Zt"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "dropvault", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     D, "copyright_obscenity", "req-240903-01@kcsc.example", "file host, 14 links"),
    ("KCSC-240904-02", "maruboard", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00",
     M, "defamation", "req-240904-02@kcsc.example", "community forum"),
    ("KCSC-240905-03", "pinechan", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     P, "obscenity", "req-240905-03@kcsc.example", "image board"),
    ("KCSC-240906-04", "kobox", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
     K, "illegal_gambling", "req-240906-04@kcsc.example", "web host of the sites"),
    ("KCSC-240909-05", "stratoedge", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [S1, S2], "illegal_drugs", "req-240909-05@kcsc.example", "CDN in front of the shop"),
    ("KCSC-240910-06", "regknot", "2024-09-10T10:10:00+09:00", "2024-09-17T18:00:00+09:00",
     [G1], "phishing", "req-240910-06@kcsc.example", "registrar of the domain"),
    ("KCSC-240911-07", "pastelet", "2024-09-11T16:20:00+09:00", "2024-09-18T18:00:00+09:00",
     [T1, T2], "personal_data", "req-240911-07@kcsc.example", "paste site run by one person"),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def req_en(ref, who, urls, due="10 September 2024"):
    lines = [f"Dear {who},", "",
             "The Korea Communications Standards Commission (KCSC) has found the",
             "following content to be illegal under Korean law and requests its",
             f"removal (reference {ref}):", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address with the action taken for each URL",
              f"by {due}.", "", "KCSC Takedown Desk",
              "Korea Communications Standards Commission"]
    return "\n".join(lines)


def req_ko(ref, who, urls):
    lines = [f"{who} 담당자님께,", "",
             "방송통신심의위원회는 아래 정보가 정보통신망법상 불법정보에 해당한다고",
             f"심의·의결하여 시정요구(삭제)를 통지합니다. (심의번호 {ref})", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 결과를 이 주소로 회신하여 주시기 바랍니다.", "",
              "방송통신심의위원회 불법정보 삭제요청 담당"]
    return "\n".join(lines)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


SUBJ_DV = "Re: Takedown request KCSC-240903-01 (dropvault.io)"
SUBJ_MB = h("Re: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240904-02)")
SUBJ_PC = "Re: Takedown request KCSC-240905-03 (pinechan.org)"
SUBJ_KB = h("Re: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240906-04)")
SUBJ_SE = "Re: Takedown request KCSC-240909-05 (hanbit-pharm24.com)"
SUBJ_RK = "Re: Takedown request KCSC-240910-06 (nara-loan-fast.com)"
SUBJ_PL = "Re: Takedown request KCSC-240911-07 (pastelet.net)"

OOO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

cases = []


def case(**c):
    cases.append(c)


# ================================================================ DropVault
case(
    name="dv-plaintext-table-all14",
    **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse",
    date="Fri, 06 Sep 2024 16:42:10 +0000", subject=SUBJ_DV, reply_to_req="req-240903-01",
    body=f"""
Hello KCSC team,

We went through the 14 links in your notice KCSC-240903-01. Results below.

 #  Link                                   Action
 -- -------------------------------------- ----------------------------------
 1  {D1}        file deleted
 2  {D2}        file deleted
 3  {D3}        file deleted
 4  {D4}        file deleted
 5  {D5}        not found (no such file id)
 6  {D6}        file deleted
 7  {D7}        download blocked for KR IPs
 8  {D8}   folder deleted, account closed
 9  {D9}   folder deleted, account closed
 10 {D10}        no action - licensed material
 11 {D11}        file deleted
 12 {D12}        removed by the uploader before review
 13 {D13}        file deleted
 14 {D14}        file deleted

On no. 10: the uploader sent us a distribution licence from the rights
holder. The file does not break our terms and stays online. If you see it
differently, write back to this address with the details.

--
Jonas Pell
DropVault Trust & Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="file host abuse desk reply with a fixed-width plain-text result table",
    why="each row names its link and an unhedged action: deleted, no such file, KR block, kept with a reason, deleted by uploader",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "removed", D5: "not_found",
           D6: "removed", D7: "restricted", D8: "removed", D9: "removed", D10: "rejected",
           D11: "removed", D12: "not_found", D13: "removed", D14: "removed"},
)

CSV_DV = f"""url,outcome,comment
{D1},removed,
{D2},removed,
{D3},removed,duplicate upload also purged
{D4},not_found,no file with this id
{D5},removed,
{D6},removed,
{D8},removed,folder and 37 files deleted
{D10},no_violation,uploader holds a licence
"""
case(
    name="dv-csv-attachment-first-batch",
    **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse Desk",
    date="Thu, 05 Sep 2024 09:15:44 +0000", subject=SUBJ_DV, reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_dv_b721_csv"

--=_dv_b721_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

Attached is the outcome sheet for your notice KCSC-240903-01 (first batch,
8 links). The remaining links are still with our legal team.

Regards,
DropVault Abuse Desk

--=_dv_b721_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_batch1.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_batch1.csv"
Content-Transfer-Encoding: base64

{b64(CSV_DV)}
--=_dv_b721_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk sending a CSV outcome sheet as an attachment",
    why="CSV rows: six removed, one not_found (no file with this id), one no_violation with its reason (rejected); the rest are not named",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "not_found", D5: "removed",
           D6: "removed", D8: "removed", D10: "rejected"},
)

case(
    name="dv-top-posted-folders-over-quote",
    **{"from": "mira.okafor@dropvault.io"}, name_from="Mira Okafor",
    date="Wed, 04 Sep 2024 07:31:02 +0000", subject=SUBJ_DV, reply_to_req="req-240903-01",
    body=f"""
Both folders are gone now, together with the account that uploaded them:
{D8}
{D9}

Still checking the single files, will come back to you on those.

Mira

On Tue, Sep 3, 2024 at 3:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(req_en("KCSC-240903-01", "DropVault", D))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from an abuse desk employee over the quoted request",
    why="the statement stands above the two folder URLs; the single files appear only in the quoted request",
    items={D8: "removed", D9: "removed"},
)

case(
    name="dv-one-line-mobile",
    **{"from": "ops@dropvault.io"}, name_from="DropVault Ops",
    date="Wed, 04 Sep 2024 22:03:51 +0000", subject=SUBJ_DV, reply_to_req="req-240903-01",
    body=f"""
{D12} deleted and uploader banned.

Sent from my phone
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from an operator on a phone",
    why="one named URL, 'deleted': removed",
    items={D12: "removed"},
)

HTML_DV = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC Takedown Desk,</p>
<p>Please find below the decisions taken on links from your notice <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th><th>Date (UTC)</th></tr>
<tr><td><a href="{D2}">{D2}</a></td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td><a href="{D13}">{D13}</a></td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td><a href="{D14}">{D14}</a></td><td>Not found &ndash; invalid link</td><td>&ndash;</td></tr>
<tr><td><a href="{D11}">{D11}</a></td><td>Access restricted in South Korea</td><td>2024-09-05</td></tr>
</table>
<p>Uploaders may appeal these decisions at <a href="https://dropvault.io/legal/appeals">dropvault.io/legal/appeals</a>.</p>
<p>DropVault Trust &amp; Safety</p>
</body></html>
"""
case(
    name="dv-html-table-base64",
    **{"from": "trust@dropvault.io"}, name_from="DropVault Trust & Safety",
    date="Thu, 05 Sep 2024 18:20:00 +0000", subject=SUBJ_DV, reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HTML_DV)}""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety decision table sent as base64 HTML",
    why="table rows: two removed, one not found/invalid link, one restricted in South Korea; the appeals link is no item",
    items={D2: "removed", D13: "removed", D14: "not_found", D11: "restricted"},
)

case(
    name="dv-url-then-status-line",
    **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse",
    date="Mon, 09 Sep 2024 11:47:29 +0000",
    subject="Report KCSC-240903-01 - status update", reply_to_req="req-240903-01",
    body=f"""
Report KCSC-240903-01 - status update

{D11}
Status: Removed

{D13}
Status: Removed

{D14}
Status: Pending - escalated to legal

{D7}
Status: No violation found

Questions about this report: reply to this email and keep the reference in
the subject line.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system status update with a bare URL and its status on the next line",
    why="two removed, one 'no violation found' (rejected), one pending at legal (stays pending)",
    items={D11: "removed", D13: "removed", D14: "pending", D7: "rejected"},
)

case(
    name="dv-outlook-angle-brackets",
    **{"from": "petra.lindqvist@dropvault.io"}, name_from="Petra Lindqvist",
    date="Fri, 06 Sep 2024 08:05:13 +0000", subject="RE: Takedown request KCSC-240903-01 (dropvault.io)",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Action taken on the files below (deleted, and their hashes blocked against
re-upload):
<{D3}>
<{D4}>

The file <{D2}> could not be located on our storage; the link is invalid.

Kind regards
Petra Lindqvist
Legal Operations | DropVault

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 3:00 AM
To: abuse@dropvault.io
Subject: Takedown request KCSC-240903-01 (dropvault.io)

{req_en("KCSC-240903-01", "DropVault", D)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with URLs in angle brackets above the unquoted original message",
    why="two files deleted, one could not be located (invalid link); the original request below the separator is not a statement",
    items={D3: "removed", D4: "removed", D2: "not_found"},
)

PROSE_DV = f"""Dear KCSC,

After review we disabled {D5} and {D6}; both now show our standard "file removed for a terms of service violation" page.

The file {D10} is a promotional trailer which the uploader has the rights to distribute, so it remains available.

As for {D1}, we will take it down once the uploader's appeal window closes on 12 September, unless the appeal succeeds.

Best regards,
Hana Vrba
DropVault Content Compliance
"""
case(
    name="dv-qp-prose-mixed",
    **{"from": "compliance@dropvault.io"}, name_from="DropVault Content Compliance",
    date="Sat, 07 Sep 2024 13:30:00 +0000", subject=SUBJ_DV, reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(PROSE_DV)}""",
    outcome="applied", classification="confirmation",
    imitates="compliance officer's prose reply, quoted-printable with soft line breaks",
    why="two disabled (removed), one stays with a reason (rejected), one promised after an appeal window (pending)",
    items={D5: "removed", D6: "removed", D10: "rejected", D1: "pending"},
)

case(
    name="dv-promise-within-24h",
    **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse",
    date="Wed, 04 Sep 2024 05:12:40 +0000", subject=SUBJ_DV, reply_to_req="req-240903-01",
    body=f"""
Thank you for your notice KCSC-240903-01.

Our team has checked the links, and the following files will be removed
within the next 24 hours:

{D1}
{D2}
{D3}

We will send a confirmation once this is done.

DropVault Abuse
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising removal within 24 hours",
    why="'will be removed' is a promise, not a statement: the three named files stay pending",
    items={D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="dv-all-removed-bulk",
    **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse",
    date="Tue, 10 Sep 2024 09:00:12 +0000",
    subject="[DV-88213] Closed: Takedown request KCSC-240903-01 (dropvault.io)",
    reply_to_req="req-240903-01",
    body="""
Hello,

We have removed all of the content listed in your request KCSC-240903-01
and closed the uploader accounts involved. Ticket DV-88213 is now closed.

DropVault Abuse
""",
    outcome="review", review="bulk",
    imitates="ticket closure saying all reported content was removed",
    why="one statement for all 14 links of a 14-item request, none named: bulk, items stay pending",
    items={u: "pending" for u in D},
)

case(
    name="dv-ticket-receipt",
    **{"from": "support@dropvault.io"}, name_from="DropVault Support",
    date="Tue, 03 Sep 2024 01:00:31 +0000",
    subject="[DV-88213] We received your report", reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thanks for contacting DropVault. This is an automatic confirmation that
your report has been received and ticket DV-88213 has been created.

A member of our abuse team will look at it; most reports are handled
within 3 business days. Please keep the ticket number in the subject of
any follow-up.

DropVault Support
https://dropvault.io/help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk automatic ticket receipt",
    why="pure receipt: ticket created, nothing about any item",
    items={},
)

# ================================================================ 마루보드
KO_PROSE = f"""안녕하세요, 마루보드 운영자입니다.

요청하신 게시물 처리 결과 알려드립니다.

- {M1} : 삭제 완료
- {M2RAW} : 블라인드 처리 (작성자 이용정지 7일)
- {M3} : 삭제 완료
- {M4} : 작성자가 이미 삭제한 글이라 확인이 안 됩니다.

앞으로도 신고 들어오는 게시물은 빠르게 처리하겠습니다.
감사합니다.

마루보드 운영자 드림
"""
case(
    name="mb-admin-list-base64",
    **{"from": "admin@maruboard.kr"}, name_from=h("마루보드 운영자"),
    date="Thu, 05 Sep 2024 14:22:07 +0900", subject=SUBJ_MB, reply_to_req="req-240904-02",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KO_PROSE)}""",
    outcome="applied", classification="confirmation",
    imitates="small Korean community admin's reply listing 삭제 / 블라인드 per post (base64 body)",
    why="삭제 완료 twice, 블라인드 (removed), one already deleted by its author (not_found); the raw Korean path matches the encoded URL",
    items={M1: "removed", M2: "removed", M3: "removed", M4: "not_found"},
)

KO_TABLE = f"""[시정요구 조치결과 회신]

심의번호 : KCSC-240904-02
사업자명 : 마루보드 (maruboard.kr)
담당자 : 운영팀 박서윤

| 순번 | 대상 URL | 조치결과 | 조치일자 |
|------|----------|----------|----------|
| 1 | {M1} | 삭제 | 2024-09-05 |
| 2 | {M2} | 임시조치(30일) | 2024-09-05 |
| 3 | {M3} | 삭제 | 2024-09-05 |
| 4 | {M4} | 해당 게시물 없음 | - |

2번 게시물은 작성자가 이의를 제기하여 30일간 임시조치하였습니다.

이상입니다.
"""
case(
    name="mb-result-table-qp",
    **{"from": "admin@maruboard.kr"}, name_from=h("마루보드 운영팀"),
    date="Thu, 05 Sep 2024 17:40:55 +0900",
    subject=h("Re: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240904-02) 조치결과"),
    reply_to_req="req-240904-02",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(KO_TABLE)}""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 in a pipe table, quoted-printable",
    why="삭제 twice, 임시조치 (restricted), 해당 게시물 없음 (not_found)",
    items={M1: "removed", M2: "restricted", M3: "removed", M4: "not_found"},
)

case(
    name="mb-particles-fullwidth",
    **{"from": "admin@maruboard.kr"}, name_from=h("마루보드 운영자"),
    date="Wed, 04 Sep 2024 21:10:36 +0900", subject=SUBJ_MB, reply_to_req="req-240904-02",
    body=f"""
운영자입니다.

{M3}를 삭제했습니다.
{M4}은 검토해 보았으나 게시판 규정이나 법령에 어긋나는 내용이 없다고 판단되어 그대로 둡니다。
나머지 두 건（{M1}, {M2RAW}）은 내일 중으로 처리하겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin writing URLs followed directly by Korean particles and full-width punctuation",
    why="one deleted, one kept because it breaks no rule (rejected), two promised for tomorrow (pending)",
    items={M3: "removed", M4: "rejected", M1: "pending", M2: "pending"},
)

case(
    name="mb-hedge-seems-deleted",
    **{"from": "admin@maruboard.kr"}, name_from=h("마루보드 관리자"),
    date="Fri, 06 Sep 2024 10:05:18 +0900", subject=SUBJ_MB, reply_to_req="req-240904-02",
    body=f"""
안녕하세요. 마루보드 관리자입니다.

문의하신 {M4} 게시물은 확인해 보니 작성자가 스스로 지운 것으로 보입니다.
{M1} 도 지금은 접속이 안 되는 것 같은데, 정확한 내용은 서버 로그를 확인한 뒤 다시 말씀드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="admin's hedged Korean reply (…것으로 보입니다, …것 같은데)",
    why="both statements are hedged and the admin says he will confirm after checking logs: nothing applies",
    items={M4: "pending", M1: "pending"},
)

HTML_MB = f"""<html><head><meta charset="utf-8"></head><body>
<div style="border:1px solid #ccc;padding:16px;font-family:'Malgun Gothic',sans-serif">
<h3>[마루보드] 신고 처리 결과 안내</h3>
<p>신고해 주신 게시물에 대한 처리 결과를 안내드립니다.</p>
<table cellpadding="4">
<tr><td>신고번호</td><td>R-20240905-0192</td></tr>
<tr><td>신고 대상</td><td><a href="{M2}">{M2RAW}</a></td></tr>
<tr><td>신고 사유</td><td>불법정보 (방송통신심의위원회 시정요구 KCSC-240904-02)</td></tr>
<tr><td>처리 결과</td><td><b>게시중단</b></td></tr>
<tr><td>처리 일시</td><td>2024-09-05 11:02</td></tr>
</table>
<p>처리 결과에 이의가 있으시면 <a href="https://maruboard.kr/help/report">고객센터</a>로 문의해 주세요.</p>
</div>
</body></html>
"""
case(
    name="mb-report-result-html",
    **{"from": "noreply@maruboard.kr"}, name_from=h("마루보드"),
    date="Thu, 05 Sep 2024 11:02:40 +0900",
    subject=h("[마루보드] 신고 처리 결과 안내 (R-20240905-0192)"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HTML_MB)}""",
    outcome="applied", classification="confirmation",
    imitates="forum's report-system notice echoing the report fields and 처리 결과",
    why="the echoed report names one post and its result 게시중단 (removed); the help-centre link is no item",
    items={M2: "removed"},
)

case(
    name="mb-read-receipt",
    **{"from": "admin@maruboard.kr"}, name_from=h("마루보드 운영자"),
    date="Wed, 04 Sep 2024 13:12:09 +0900",
    subject=h("읽음: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240904-02)"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_b721_mb"

--mdn_b721_mb
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

2024-09-04 오전 10:30에 보낸 메시지를 받는 사람이 2024-09-04 오후 1:12에 읽었습니다.
메시지가 읽혔다는 것만 확인하며, 내용에 동의했거나 처리했다는 뜻은 아닙니다.

--mdn_b721_mb
Content-Type: message/disposition-notification

Reporting-UA: maruboard.kr; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@maruboard.kr
Original-Message-ID: <req-240904-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b721_mb--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN) in Korean",
    why="a read receipt says nothing about any item",
    items={},
)

# ================================================================ pinechan
case(
    name="pc-janitor-lowercase",
    **{"from": "mod@pinechan.org"}, name_from="pinechan mod",
    date="Thu, 05 Sep 2024 19:48:22 +0000", subject=SUBJ_PC, reply_to_req="req-240905-03",
    body=f"""
hi,

nuked {P1} along with the image in it ({P3}), poster is banned.
haven't gotten to the rest of your list yet.

- janny
""",
    outcome="applied", classification="confirmation",
    imitates="image-board volunteer moderator's one-paragraph reply",
    why="'nuked' the thread and the image in it: both removed; the rest is not named",
    items={P1: "removed", P3: "removed"},
)

case(
    name="pc-bulleted-mixed",
    **{"from": "admin@pinechan.org"}, name_from="pinechan administration",
    date="Sat, 07 Sep 2024 02:15:00 +0000", subject=SUBJ_PC, reply_to_req="req-240905-03",
    body=f"""
Hello,

Results for KCSC-240905-03:

* {P2} -- deleted
* {P4} -- not removed. This is a political
  discussion thread; nothing in it breaks our rules or the law where we
  are hosted, so it stays up.
* {P5} -- this file isn't on our
  servers anymore; the thread it was in was pruned before we saw your mail.

pinechan administration
https://pinechan.org/rules
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin's bulleted result list with a refusal and a pruned file",
    why="deleted; kept because it breaks no rule (rejected); file no longer exists on the servers (not_found); the rules link is no item",
    items={P2: "removed", P4: "rejected", P5: "not_found"},
)

case(
    name="pc-geoblock-kr",
    **{"from": "admin@pinechan.org"}, name_from="pinechan administration",
    date="Fri, 06 Sep 2024 04:30:41 +0000", subject=SUBJ_PC, reply_to_req="req-240905-03",
    body=f"""
Hi,

The thread {P2} is now geo-blocked for visitors
from South Korea. We are not removing it globally since it is legal where
our servers are.

pinechan administration
""",
    outcome="applied", classification="confirmation",
    imitates="image board geo-blocking one thread for Korea",
    why="geo-blocked for South Korea: restricted",
    items={P2: "restricted"},
)

case(
    name="pc-report-resolved-notice",
    **{"from": "reports@pinechan.org"}, name_from="pinechan reports",
    date="Sat, 07 Sep 2024 03:12:55 +0000", subject="Report #5521 resolved",
    body=f"""
Report #5521 resolved

Board:          /pol/
Post:           {P4}
Report reason:  Illegal content (external complaint)
Resolution:     Thread deleted by global volunteer
Resolved:       2024-09-07 03:12 UTC

This is an automated message from the pinechan report system.
Do not reply to this address.
""",
    outcome="applied", classification="confirmation",
    imitates="automated report-resolution notice from an image board's report queue",
    why="a system notice stating an unhedged outcome for one named post (thread deleted); not an auto-reply",
    items={P4: "removed"},
)

case(
    name="pc-all-gone-bulk",
    **{"from": "mod@pinechan.org"}, name_from="pinechan mod",
    date="Sun, 08 Sep 2024 23:59:10 +0000", subject=SUBJ_PC, reply_to_req="req-240905-03",
    body="""
took care of everything in KCSC-240905-03, it's all gone.

- janny
""",
    outcome="review", review="bulk",
    imitates="moderator's one-line 'all gone' for a five-item request",
    why="a statement about all five items naming none of them: bulk, items stay pending",
    items={u: "pending" for u in P},
)

DSN_ORIG = req_en("KCSC-240905-03", "pinechan", P, due="12 September 2024")
case(
    name="pc-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Thu, 05 Sep 2024 11:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_b721_pc"

--dsn_b721_pc
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<takedown@pinechan.org>: host mx.pinechan.org[203.0.113.25] said: 550 5.1.1
    <takedown@pinechan.org>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--dsn_b721_pc
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
X-Postfix-Queue-ID: 4WzK1x0c2Dz9
Arrival-Date: Thu,  5 Sep 2024 11:00:02 +0900 (KST)

Final-Recipient: rfc822; takedown@pinechan.org
Original-Recipient: rfc822;takedown@pinechan.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.pinechan.org
Diagnostic-Code: smtp; 550 5.1.1 <takedown@pinechan.org>: Recipient address
    rejected: User unknown in virtual mailbox table

--dsn_b721_pc
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: takedown@pinechan.org
Subject: Takedown request KCSC-240905-03 (pinechan.org)
Message-ID: <req-240905-03@kcsc.example>
Date: Thu, 05 Sep 2024 11:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

{DSN_ORIG}

--dsn_b721_pc--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 user unknown) carrying the original request",
    why="a bounce: the URLs are in our own returned request",
    items={},
)

# ================================================================ Kobox
case(
    name="kb-korean-service-stopped",
    **{"from": "abuse@kobox.co.kr"}, name_from=h("코박스 호스팅 어뷰즈 담당"),
    date="Fri, 06 Sep 2024 17:25:33 +0900", subject=SUBJ_KB, reply_to_req="req-240906-04",
    body="""
안녕하세요. 코박스 호스팅 어뷰즈 담당자입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240906-04)과 관련하여, 당사 웹호스팅을
이용 중인 toto-star77.kr 사이트는 불법 도박 사이트로 확인되어 2024년 9월 6일
17시부로 서비스를 중지하였습니다. 현재 해당 도메인으로 접속하면 당사의 서비스
중지 안내 페이지가 표시됩니다.

mooncasino-kr.com 건은 당사 고객이 맞는지 확인 중에 있으며, 확인되는 대로 다시
연락드리겠습니다.

감사합니다.
코박스 호스팅 고객지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean web host's abuse reply stopping a customer's site (서비스 중지)",
    why="the site named by its domain (the requested root URL) has its service stopped: removed; the other site is still being checked (pending)",
    items={K1: "removed", K2: "pending", K3: "pending"},
)

case(
    name="kb-account-suspended-403",
    **{"from": "abuse@kobox.co.kr"}, name_from="Kobox Hosting Abuse Team",
    date="Mon, 09 Sep 2024 10:14:02 +0900", subject=SUBJ_KB, reply_to_req="req-240906-04",
    body=f"""
Dear KCSC,

Following your request we suspended the hosting account behind
mooncasino-kr.com this morning. The two pages you listed,

  {K2}
  {K3}

now return our "account suspended" page (HTTP 403) instead of the site.

Regards,
Kobox Hosting Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="web host suspending a customer account, English",
    why="both listed pages named and no longer served (account suspended): removed",
    items={K2: "removed", K3: "removed"},
)

CSV_KB = f"""번호,URL,조치내용,비고
1,{K1},서비스 중지,고객 계정 정지
2,{K2},삭제,고객이 페이지 삭제
3,{K3},해당 페이지 없음,존재하지 않는 경로
"""
case(
    name="kb-csv-korean-bom",
    **{"from": "abuse@kobox.co.kr"}, name_from=h("코박스 호스팅"),
    date="Tue, 10 Sep 2024 15:03:47 +0900", subject=SUBJ_KB, reply_to_req="req-240906-04",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_kobox_b721_0910"

------=_kobox_b721_0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("안녕하세요. 코박스 호스팅입니다." + chr(10) + chr(10) + "요청하신 건(KCSC-240906-04)의 조치 결과를 첨부 파일로 보내드립니다." + chr(10) + chr(10) + "감사합니다." + chr(10))}
------=_kobox_b721_0910
Content-Type: text/csv; charset=utf-8; name="{h('조치결과_KCSC-240906-04.csv')}"
Content-Disposition: attachment; filename*=utf-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC_KCSC-240906-04.csv
Content-Transfer-Encoding: base64

{b64(chr(0xFEFF) + CSV_KB)}
------=_kobox_b721_0910--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean host sending 조치결과 as a CSV attachment with a UTF-8 BOM",
    why="서비스 중지 (removed), 삭제 (removed), 해당 페이지 없음 (not_found)",
    items={K1: "removed", K2: "removed", K3: "not_found"},
)

case(
    name="kb-dmarc-fail",
    **{"from": "abuse@kobox.co.kr"}, name_from=h("코박스 호스팅"),
    auth="fail",
    date="Sat, 07 Sep 2024 09:31:00 +0900", subject=SUBJ_KB, reply_to_req="req-240906-04",
    body=f"""
안녕하세요.
요청하신 {K1} 사이트는 서비스 중지 처리되었습니다.
감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="host's reply relayed so that DKIM/SPF/DMARC fail",
    why="a status from the platform's domain failing authentication: untrusted, nothing applies",
    items={K1: "pending"},
)

case(
    name="kb-site-owner-writes",
    **{"from": "help@mooncasino-kr.com"}, name_from=h("문카지노 운영자"),
    date="Sun, 08 Sep 2024 20:44:12 +0900",
    subject=h("KCSC-240906-04 관련 문의"),
    body=f"""
방송통신심의위원회 담당자님,

저희 사이트의 이벤트 페이지 {K2} 는 삭제했습니다.
호스팅 정지를 풀 수 있도록 코박스 쪽에 확인해 주시면 감사하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="site owner writing to the regulator directly",
    why="not from any platform's domain, names the request and a URL: unknown_sender",
    items={K2: "pending"},
)

case(
    name="kb-forwards-customer-answer",
    **{"from": "abuse@kobox.co.kr"}, name_from=h("코박스 호스팅 어뷰즈 담당"),
    date="Sat, 07 Sep 2024 15:02:30 +0900", subject=SUBJ_KB, reply_to_req="req-240906-04",
    body=f"""
안녕하세요.
고객사(mooncasino-kr.com 운영자)의 답변을 아래와 같이 전달드립니다.

---------- Forwarded message ---------
From: 운영자 <help@mooncasino-kr.com>
Date: 2024년 9월 7일 (토) 오후 2:11
Subject: Re: [코박스] 불법정보 신고 접수 안내
To: <abuse@kobox.co.kr>

말씀하신 이벤트 페이지({K2})와
가입 페이지 {K3} 모두 내렸습니다.
확인 부탁드립니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="host forwarding its customer's answer without its own statement",
    why="the only statement is the customer's, inside the forwarded message: review forwarded, nothing applies",
    items={K2: "pending", K3: "pending"},
)

case(
    name="kb-abuse-channel-notice",
    **{"from": "noc@kobox.co.kr"}, name_from=h("코박스 NOC"),
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    subject=h("[공지] 어뷰즈 신고 접수 창구 변경 안내"),
    body="""
안녕하세요. 코박스 호스팅입니다.

2024년 9월 16일부터 어뷰즈 및 불법정보 신고는 이메일 대신 아래 웹 양식으로만
접수합니다.

https://www.kobox.co.kr/abuse

기존에 접수된 건은 변경 없이 처리됩니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="host's notice about a new abuse-report channel",
    why="trusted platform mail naming no item and no request: no_claims",
    items={},
)

case(
    name="kb-ooo-korean",
    **{"from": "jh.kim@kobox.co.kr"}, name_from=h("김지훈"),
    date="Mon, 09 Sep 2024 08:01:15 +0900",
    subject=h("[자동응답] Re: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240906-04)"),
    extra_headers=OOO, reply_to_req="req-240906-04",
    body="""
안녕하세요. 코박스 김지훈입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 어뷰즈 건은 abuse@kobox.co.kr 로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="an out-of-office reply says nothing about any item",
    items={},
)

# ================================================================ StratoEdge
case(
    name="se-geoblock-both",
    **{"from": "abuse@stratoedge.net"}, name_from="StratoEdge Trust & Safety",
    date="Tue, 10 Sep 2024 02:30:18 +0000", subject=SUBJ_SE, reply_to_req="req-240909-05",
    body=f"""
Hello,

Regarding your request KCSC-240909-05: StratoEdge does not host the origin
server of hanbit-pharm24.com. In response to your order, however, we have
blocked access from the Republic of Korea to:

{S1}
{S2}

Visitors from other countries are not affected. We have also passed your
notice on to the site's hosting provider.

StratoEdge Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN blocking access from one country in answer to an order",
    why="both URLs blocked from the Republic of Korea only: restricted",
    items={S1: "restricted", S2: "restricted"},
)

case(
    name="se-pass-through-declines",
    **{"from": "abuse@stratoedge.net"}, name_from="StratoEdge Trust & Safety",
    date="Mon, 09 Sep 2024 09:55:40 +0000", subject=SUBJ_SE, reply_to_req="req-240909-05",
    body=f"""
Thank you for your report.

StratoEdge provides a pass-through proxy and caching service for
hanbit-pharm24.com. We do not store the pages you reported and cannot
remove them from the internet:

 - {S1}
 - {S2}

We are therefore taking no action on these URLs. We have forwarded your
complaint to the hosting provider, Fernmoss Cloud (abuse@fernmoss.example),
who can act on the content directly.

More on how we handle reports: https://stratoedge.net/abuse-policy

StratoEdge Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN 'we do not host this content' reply pointing to the hosting provider",
    why="the platform states it takes no action on both named URLs and says why: a refusal with its reason (rejected)",
    items={S1: "rejected", S2: "rejected"},
)

case(
    name="se-one-blocked-one-hedged",
    **{"from": "legal@stratoedge.net"}, name_from="StratoEdge Legal",
    date="Thu, 12 Sep 2024 06:40:00 +0000", subject=SUBJ_SE, reply_to_req="req-240909-05",
    body=f"""
Dear Sir or Madam,

Our review found that hanbit-pharm24.com breaches our terms of service
(sale of unapproved medicines). The listing at
{S1}
is now blocked at our edge for all visitors.

The page {S2} may already have been taken
offline by the site operator; the origin server no longer answers, so we
could not confirm it.

StratoEdge Legal
""",
    outcome="applied", classification="confirmation",
    imitates="CDN legal team blocking a listing worldwide",
    why="one URL blocked for all visitors (removed); the other only 'may have been' taken offline (pending)",
    items={S1: "removed", S2: "pending"},
)

case(
    name="se-ooo-english",
    **{"from": "dreyes@stratoedge.net"}, name_from="Daniel Reyes",
    date="Mon, 09 Sep 2024 05:00:22 +0000",
    subject="Automatic reply: Takedown request KCSC-240909-05 (hanbit-pharm24.com)",
    extra_headers=OOO, reply_to_req="req-240909-05",
    body="""
I am out of the office until Monday 16 September with limited access to
email. For abuse matters please write to abuse@stratoedge.net, which is
monitored around the clock.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office reply",
    items={},
)

case(
    name="se-speaks-for-pastelet",
    **{"from": "abuse@stratoedge.net"}, name_from="StratoEdge Trust & Safety",
    date="Thu, 12 Sep 2024 01:18:09 +0000", subject=SUBJ_PL, reply_to_req="req-240911-07",
    body=f"""
Hello,

pastelet.net uses our CDN, and your complaint was copied to us. We have
blocked {T2} at our edge for visitors in Korea.

StratoEdge Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN answering for a customer's site that was the addressee of the request",
    why="StratoEdge states a status for an item of the pastelet request: wrong_platform, nothing applies",
    items={T2: "pending"},
)

# ================================================================ Regknot
case(
    name="rk-clienthold-with-ticket",
    **{"from": "abuse@regknot.com"}, name_from="Regknot Abuse",
    date="Wed, 11 Sep 2024 03:20:51 +0000", subject=SUBJ_RK, reply_to_req="req-240910-06",
    body="""
Hello,

Thank you for your report, which we logged under ticket
RK-ABU-20240910-0457.

After verification we placed nara-loan-fast.com on clientHold; the domain
no longer resolves. The registrant has been notified and may contest the
suspension through our dispute process.

Regknot Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply placing a phishing domain on clientHold",
    why="a receipt phrase followed by an unhedged statement: the domain (the one requested URL) is suspended, removed",
    items={G1: "removed"},
)

case(
    name="rk-action-taken-one-item",
    **{"from": "compliance@regknot.com"}, name_from="Regknot Compliance",
    date="Thu, 12 Sep 2024 08:45:00 +0000", subject=SUBJ_RK, reply_to_req="req-240910-06",
    body="""
Re: KCSC-240910-06

Action has been taken on the reported domain in accordance with our
Domain Abuse Policy (https://regknot.com/legal/abuse-policy).

Regknot Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar's terse 'action has been taken' template",
    why="the request has one item; 'action has been taken' on it is actioned (removed); the policy link is no item",
    items={G1: "removed"},
)

case(
    name="rk-asks-evidence",
    **{"from": "abuse@regknot.com"}, name_from="Regknot Abuse",
    date="Tue, 10 Sep 2024 07:12:30 +0000", subject=SUBJ_RK, reply_to_req="req-240910-06",
    body="""
Hello,

Before we can act on nara-loan-fast.com we need evidence of the abuse:

  1. screenshots of the phishing page with the date and time visible;
  2. the name of the bank or service being impersonated;
  3. if available, a copy of a phishing email pointing to the domain.

Please reply to this email with the above. Without it we cannot suspend
the domain.

Regknot Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking the reporter for evidence before acting",
    why="a request for more information; no status",
    items={G1: "pending"},
)

case(
    name="rk-otrs-receipt",
    **{"from": "abuse@regknot.com"}, name_from="Regknot Abuse",
    date="Tue, 10 Sep 2024 01:10:44 +0000",
    subject="[Ticket#2024091010000457] Your abuse report has been received",
    extra_headers=["Auto-Submitted: auto-generated", "Precedence: bulk"],
    body="""
This is an automatically generated message.

Your abuse report has been received and assigned ticket number
2024091010000457. Our team reviews reports in the order they arrive.

Please do not change the subject line when replying.

Regknot Abuse Desk
""",
    outcome="ignored", classification="acknowledgement",
    imitates="OTRS-style ticket receipt from a registrar",
    why="pure receipt with a ticket number",
    items={},
)

# ================================================================ pastelet
case(
    name="pl-both-down-one-person",
    **{"from": "sam@pastelet.net"}, name_from="Sam",
    date="Thu, 12 Sep 2024 22:31:10 +0000", subject=SUBJ_PL, reply_to_req="req-240911-07",
    body=f"""
Hey,

both pastes are down: {T1} and {T2}. Deleted them
and blocked the IP that posted them.

Sam
(pastelet is just me, sorry for the slow reply)
""",
    outcome="applied", classification="confirmation",
    imitates="one-person service's informal reply",
    why="both named and deleted: removed",
    items={T1: "removed", T2: "removed"},
)

case(
    name="pl-expired-and-removed-no-scheme",
    **{"from": "sam@pastelet.net"}, name_from="Sam",
    date="Fri, 13 Sep 2024 07:02:44 +0000", subject=SUBJ_PL, reply_to_req="req-240911-07",
    body=f"""
Hi,

pastelet.net/p/Xa81mQ had already expired before I read your mail (its author
set it to one day), so there is nothing left to remove. pastelet.net/p/Lr93Zt
I have removed.

Sam

On Wed, Sep 11, 2024 at 7:20 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(req_en("KCSC-240911-07", "pastelet", [T1, T2], due="18 September 2024"))}
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply naming pastes without the scheme",
    why="one paste expired by its author's setting before review (not_found), the other removed",
    items={T1: "not_found", T2: "removed"},
)

case(
    name="pl-thinking-about-it",
    **{"from": "sam@pastelet.net"}, name_from="Sam",
    date="Thu, 12 Sep 2024 10:15:00 +0000", subject=SUBJ_PL, reply_to_req="req-240911-07",
    body=f"""
Hi,

I looked at both. {T1} will probably come down once I
have made sure it isn't a false report, and {T2} I'm
still thinking about - it looks like a copy of a news article.

I'll get back to you.
Sam
""",
    outcome="review", review="not_understood",
    imitates="informal 'probably / still thinking' reply",
    why="a hedged promise and an undecided item: nothing applies",
    items={T1: "pending", T2: "pending"},
)

RECEIPT_PL = req_en("KCSC-240911-07", "pastelet", [T1, T2], due="18 September 2024")
case(
    name="pl-helpdesk-receipt-echo",
    **{"from": "support@pastelet.net"}, name_from="pastelet support",
    date="Wed, 11 Sep 2024 07:21:03 +0000",
    subject="[pastelet] Re: Takedown request KCSC-240911-07 (pastelet.net)",
    reply_to_req="req-240911-07",
    body=f"""
##- Please type your reply above this line -##

Your request (4821) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 11, 2024, 07:20 UTC

{RECEIPT_PL}

----------------------------------------------
This email is a service from pastelet.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style request receipt echoing the regulator's request",
    why="receipt only; the URLs are in the echoed copy of our own request",
    items={},
)

# ---------------------------------------------------------------- write
HEADER = """# Blind set 721: hosting providers, a CDN, a registrar, a Korean forum, an
# image board, a file host and a paste service; CSV attachments and
# plain-text tables. Written from each email's meaning before any run of the
# reader. Generated by make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
