#!/usr/bin/env python3
"""Blind set 907: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste service answering (often informally),
plus CSV attachments and plain-text tables.

Deterministic: `python3 tests/corpus/blind907/make.py` rewrites
requests.csv, cases/*.eml and expected.toml from the lists below. Expected
results were written from each email's meaning alone, before any run of the
reader.
"""
import base64
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1 = "KCSC-240902-01"  # filepot, 14 items (largest)
R2 = "KCSC-240903-02"  # vaulthost, 4
R3 = "KCSC-240904-03"  # edgeshield, 3
R4 = "KCSC-240905-04"  # namebay, 2
R5 = "KCSC-240906-05"  # dalbit, 5
R6 = "KCSC-240909-06"  # chanbox, 3
R7 = "KCSC-240910-07"  # snipbin, 1

FP = [
    "https://filepot.kr/d/Xk29aQ",
    "https://filepot.kr/d/Pm7Lw3",
    "https://filepot.kr/d/Zr0Tq8",
    "https://filepot.kr/d/Bn4Hs1",
    "https://filepot.kr/d/Yc6Ve2",
    "https://filepot.kr/d/Qa1Jk9",
    "https://filepot.kr/d/Ld8Mu5",
    "https://filepot.kr/d/Wf3Ro7",
    "https://filepot.kr/d/Gt5Ni4",
    "https://filepot.kr/d/Hs2Cx6",
    "https://filepot.kr/f/folder/771204",
    "https://filepot.kr/f/folder/771388",
    "https://filepot.kr/d/Ke9Pd0",
    "https://filepot.kr/d/Uv7By3",
]
VH = [
    "https://kr-pharma24.shop/products/sildena-100",
    "https://kr-pharma24.shop/products/tadal-20",
    "http://loan-ok-now.kr/apply.php",
    "https://morning-coin.xyz/invest/plan-b",
]
ES = [
    "https://toto-maru88.com/",
    "https://toto-maru88.com/event/welcome",
    "https://slotking-kr.net/join",
]
NB = [
    "http://bet-jjang777.com/",
    "http://drugmarket-kr.org/",
]
DB_GALLERY_RAW = "https://www.dalbitbbs.co.kr/gallery/일상/7731"
DB = [
    "https://www.dalbitbbs.co.kr/board/free/118233",
    "https://www.dalbitbbs.co.kr/board/free/118240",
    "https://www.dalbitbbs.co.kr/board/humor/55021",
    "https://www.dalbitbbs.co.kr/gallery/%EC%9D%BC%EC%83%81/7731",
    "https://www.dalbitbbs.co.kr/board/market/9012",
]
CB = [
    "https://chanbox.org/kr/thread/4412093",
    "https://chanbox.org/kr/thread/4412501",
    "https://chanbox.org/b/thread/981100",
]
SB = ["https://snipbin.io/p/a8Fk2Lq"]

REQUESTS = [
    (R1, "filepot", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", FP, "gambling",
     "req-240902-01@kcsc.example", "file host; links shared on gambling forums"),
    (R2, "vaulthost", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00", VH, "fraud",
     "req-240903-02@kcsc.example", "customer sites on hosting provider"),
    (R3, "edgeshield", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00", ES, "gambling",
     "req-240904-03@kcsc.example", "sites behind CDN"),
    (R4, "namebay", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", NB, "drugs",
     "req-240905-04@kcsc.example", "registrar; whole domains"),
    (R5, "dalbit", "2024-09-06T10:20:00+09:00", "2024-09-13T18:00:00+09:00", DB, "defamation",
     "req-240906-05@kcsc.example", "community forum posts"),
    (R6, "chanbox", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", CB, "obscenity",
     "req-240909-06@kcsc.example", "image board threads"),
    (R7, "snipbin", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00", SB, "privacy",
     "req-240910-07@kcsc.example", "paste with personal data"),
]


def write_requests():
    out = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            out.append(",".join([ref, plat, sent, due, u, cat, mid, note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encoded header value (for Korean subjects / names)."""
    return Header(s, "utf-8").encode()


def request_body(ref, urls, when):
    lines = [
        "Dear Trust & Safety team,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content (our reference {ref}):",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += [
        "",
        "Please reply to this email stating the action taken for each link.",
        "",
        "KCSC Takedown Desk",
    ]
    return lines


def quoted(ref, urls, when, style="gmail"):
    body = request_body(ref, urls, when)
    if style == "gmail":
        head = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"]
        return "\n".join(head + [("> " + l).rstrip() for l in body])
    if style == "outlook":
        head = [
            "-----Original Message-----",
            "From: KCSC Takedown <takedown@kcsc.example>",
            f"Sent: {when}",
            "To: abuse desk",
            f"Subject: [{ref}] Removal request",
            "",
        ]
        return "\n".join(head + body)
    if style == "outlook-line":
        head = [
            "________________________________",
            "From: KCSC Takedown <takedown@kcsc.example>",
            f"Sent: {when}",
            f"Subject: [{ref}] Removal request",
            "",
        ]
        return "\n".join(head + body)
    raise ValueError(style)


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ============================ FilePot (file host), R1, 14 items ============
csv_rows = [
    ("link", "action", "date", "memo"),
    (FP[0], "deleted", "2024-09-05", ""),
    (FP[1], "deleted", "2024-09-05", ""),
    (FP[2], "deleted", "2024-09-05", "uploader banned"),
    (FP[3], "deleted", "2024-09-05", ""),
    (FP[4], "deleted", "2024-09-05", ""),
    (FP[5], "blocked (KR only)", "2024-09-05", "download disabled for Korean IPs"),
    (FP[6], "deleted", "2024-09-05", ""),
    (FP[7], "deleted", "2024-09-05", ""),
    (FP[8], "deleted", "2024-09-05", ""),
    (FP[9], "not found", "", "no such file id"),
    (FP[10], "deleted", "2024-09-05", "whole folder (38 files)"),
    (FP[11], "not found", "", "folder removed by its owner before the request"),
    (FP[12], "deleted", "2024-09-05", ""),
    (FP[13], "no action", "", '"reviewed: scanned public notice, no violation"'),
]
csv_text = "\r\n".join(",".join(r) for r in csv_rows) + "\r\n"
case(
    name="filepot-csv-attachment",
    from_="abuse@filepot.kr", name_from="FilePot Abuse",
    date="Thu, 05 Sep 2024 16:12:40 +0900",
    subject=f"Re: [{R1}] Removal request",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fp-result-0905"

--fp-result-0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the result sheet for your request {R1}, one row
per link. Let us know if anything is unclear.

FilePot Abuse Team

--fp-result-0905
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--fp-result-0905--
""",
    outcome="applied", classification="confirmation",
    imitates="file host abuse desk returning a ticket-system CSV export (link,action,date,memo)",
    why="CSV attachment gives one action per link: ten deleted, one blocked for Korea only, two not found, one no action with a reason",
    items={FP[0]: "removed", FP[1]: "removed", FP[2]: "removed", FP[3]: "removed",
           FP[4]: "removed", FP[5]: "restricted", FP[6]: "removed", FP[7]: "removed",
           FP[8]: "removed", FP[9]: "not_found", FP[10]: "removed", FP[11]: "not_found",
           FP[12]: "removed", FP[13]: "rejected"},
)

case(
    name="filepot-plain-table-korean",
    from_="cs@filepot.kr", name_from=enc("파일팟 고객지원"),
    date="Fri, 06 Sep 2024 17:40:02 +0900",
    subject=enc(f"RE: [{R1}] 시정요구 조치결과 회신 (1차)"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 파일팟 고객지원팀입니다.

요청하신 건({R1}) 중 1차로 처리된 5건의 결과를 아래와 같이 알려드립니다.

번호  URL                              처리결과            처리일
----  -------------------------------  ------------------  ----------
1     {FP[0]}      삭제                2024-09-05
2     {FP[1]}      삭제                2024-09-05
3     {FP[2]}      국내 접속차단       2024-09-06
4     {FP[3]}      파일 없음(기삭제)   -
5     {FP[4]}      삭제                2024-09-06

나머지 9건은 검토 중이며, 처리되는 대로 다시 회신드리겠습니다.

감사합니다.
파일팟 고객지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean web-hard operator's 시정요구 조치결과 reply as a fixed-width text table",
    why="five rows with 삭제 / 국내 접속차단 / 파일 없음(기삭제); the other nine are only 'under review'",
    items={FP[0]: "removed", FP[1]: "removed", FP[2]: "restricted", FP[3]: "not_found",
           FP[4]: "removed"},
)

case(
    name="filepot-one-liner-admin",
    from_="jun@filepot.kr", name_from="jun",
    date="Tue, 03 Sep 2024 21:07:15 +0900",
    subject=f"Re: [{R1}] Removal request",
    reply_to_req="req-240902-01",
    body=f"""deleted {FP[0]} and {FP[1]} . rest of the list tomorrow, team is short today

jun / filepot ops

{quoted(R1, FP, "Mon, 2 Sep 2024 at 10:00")}
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small service's operator over the quoted request",
    why="two URLs deleted in the top line; the twelve others only appear in the quoted request, 'tomorrow' is a promise",
    items={FP[0]: "removed", FP[1]: "removed", FP[2]: "pending", FP[13]: "pending"},
)

case(
    name="filepot-bulk-all-deleted",
    from_="trust@filepot.kr", name_from="FilePot Trust & Safety",
    date="Mon, 09 Sep 2024 10:03:51 +0900",
    subject=f"Your request {R1}",
    body=f"""Dear KCSC,

Regarding your request {R1}: all of the files listed in your request have
been deleted from our servers, and the uploading account has been closed for
repeated violations of our Terms of Service.

Kind regards,
FilePot Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="file host trust-and-safety closing note covering a whole request",
    why="'all of the files listed' for a 14-item request names none of them: bulk, items stay pending",
    items={},
)

case(
    name="filepot-out-of-office-korean",
    from_="jisoo.han@filepot.kr", name_from=enc("한지수"),
    date="Mon, 09 Sep 2024 10:00:05 +0900",
    subject=enc(f"[자동회신] 부재중입니다 (Re: [{R1}] Removal request)"),
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 한지수입니다.

9월 9일(월)부터 9월 11일(수)까지 휴가로 자리를 비웁니다.
메일은 복귀 후 순차적으로 확인하겠습니다.
급한 신고 건은 abuse@filepot.kr 로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동회신)",
    why="auto-reply with Auto-Submitted header, nothing about items",
    items={},
)

case(
    name="filepot-ticket-receipt",
    from_="no-reply@filepot.kr", name_from="FilePot Support",
    date="Mon, 02 Sep 2024 10:00:48 +0900",
    subject=f"[FP-20931] We received your request: [{R1}] Removal request",
    reply_to_req="req-240902-01",
    body="""Hi KCSC Takedown,

Thanks for contacting FilePot. Your request has been logged as ticket
FP-20931. A member of our team will get back to you; most tickets are
answered within two business days.

You can reply to this email to add information to the ticket, or follow it
at https://help.filepot.kr/tickets/FP-20931

FilePot Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (Zendesk/Freshdesk style)",
    why="pure receipt: ticket created, no statement about any item; the help link is no item",
    items={},
)

html_rows = [
    (FP[6], "Removed", "2024-09-10"),
    (FP[7], "Removed", "2024-09-10"),
    (FP[8], "Invalid link &ndash; no file exists at this address", "&ndash;"),
    (FP[9], "Access blocked in Korea", "2024-09-10"),
]
case(
    name="filepot-html-table",
    from_="abuse@filepot.kr", name_from="FilePot Abuse",
    date="Tue, 10 Sep 2024 15:26:09 +0900",
    subject=f"Takedown result - {R1} (part 2)",
    type="html",
    body="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Below is the second batch of results for request <b>""" + R1 + """</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Result</th><th>Date</th></tr>
""" + "\n".join(f'<tr><td><a href="{u}">{u}</a></td><td>{r}</td><td>{d}</td></tr>' for u, r, d in html_rows) + """
</table>
<p>Remaining links will follow in a separate message.</p>
<p>FilePot Abuse Team<br><a href="https://filepot.kr/policy/abuse">Abuse policy</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML result table from a file host's abuse desk",
    why="table rows: two removed, one invalid link (not found), one blocked in Korea (restricted)",
    items={FP[6]: "removed", FP[7]: "removed", FP[8]: "not_found", FP[9]: "restricted"},
)

case(
    name="filepot-forged-auth-fail",
    from_="abuse@filepot.kr", name_from="FilePot Abuse",
    auth="fail",
    date="Wed, 04 Sep 2024 02:41:17 +0900",
    subject=f"Re: [{R1}] Removal request - DONE",
    body=f"""Hello,

All files deleted:

{FP[0]} - deleted
{FP[1]} - deleted
{FP[2]} - deleted
{FP[3]} - deleted

Regards
""",
    outcome="review", review="untrusted",
    imitates="spoofed reply in a file host's name (DMARC fail)",
    why="claims from filepot.kr fail DKIM/SPF/DMARC: nothing applied",
    items={FP[0]: "pending", FP[1]: "pending", FP[2]: "pending", FP[3]: "pending"},
)

case(
    name="filepot-outlook-top-post",
    from_="minho.park@filepot.kr", name_from="Minho Park",
    date="Wed, 11 Sep 2024 09:12:33 +0900",
    subject=f"RE: [{R1}] Removal request",
    reply_to_req="req-240902-01",
    body=f"""Hi,

{FP[8]} - deleted
{FP[9]} - already removed by the uploader, nothing left to delete

Still waiting on legal for the two folder links.

Minho Park | FilePot Operations

{quoted(R1, FP, "Monday, September 2, 2024 10:00 AM", "outlook")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from a file host's operations staff",
    why="two lines above the unquoted Outlook original: one deleted, one already deleted by its uploader (not_found); folders only 'waiting'",
    items={FP[8]: "removed", FP[9]: "not_found", FP[10]: "pending", FP[11]: "pending"},
)

qp_text = f"""Dear Sir or Madam,

Following your notice {R1} we have taken the following action today, 12 September 2024:

The files at <{FP[4]}> and <{FP[5]}> were removed for breach of section 4 of our Terms of Service (https://filepot.kr/terms#s4).

The shared folder <{FP[10]}> was emptied and deleted together with the 38 files it contained.

We could not locate any file at <{FP[6]}>; that id does not exist in our storage.

Should you have any question about this notice, please reply to this email quoting our reference FP-20931 – do not open a new ticket.

Yours faithfully,
FilePot Legal
"""
case(
    name="filepot-qp-prose-angle-brackets",
    from_="legal@filepot.kr", name_from="FilePot Legal",
    date="Thu, 12 Sep 2024 18:45:00 +0900",
    subject=f"Notice of action taken - {R1}",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_text)}""",
    outcome="applied", classification="confirmation",
    imitates="formal legal-team notice of action in quoted-printable prose",
    why="two files removed, a folder deleted, one id that does not exist; the Terms link is not an item",
    items={FP[4]: "removed", FP[5]: "removed", FP[10]: "removed", FP[6]: "not_found"},
)

case(
    name="filepot-echoed-report-outcomes",
    from_="trust@filepot.kr", name_from="FilePot Trust & Safety",
    date="Fri, 13 Sep 2024 11:20:14 +0900",
    subject=f"Outcome of your reports ({R1})",
    body=f"""Hello,

We have reviewed the reports below. Outcomes:

-- Report 1 of 3 --
Reported URL: {FP[7]}
Reason given: illegal gambling promotion
Outcome: Removed

-- Report 2 of 3 --
Reported URL: {FP[12]}
Reason given: illegal gambling promotion
Outcome: Not found - the file id is not in use

-- Report 3 of 3 --
Reported URL: {FP[13]}
Reason given: illegal gambling promotion
Outcome: No action. The file is a scanned public notice and does not
violate our Terms of Service.

If you disagree with an outcome you may appeal at https://filepot.kr/appeal

FilePot Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="report-outcome email echoing each report form (URL / reason / outcome)",
    why="echoed reports each with an outcome: removed, not found, no action because no violation (rejected)",
    items={FP[7]: "removed", FP[12]: "not_found", FP[13]: "rejected"},
)

# ============================ VaultHost (hosting), R2, 4 items ==============
case(
    name="vaulthost-abuse-desk-suspended",
    from_="abuse@vaulthost.net", name_from="VaultHost Abuse Desk",
    date="Wed, 04 Sep 2024 08:55:21 +0000",
    subject=f"[VH-ABUSE-55120] Re: [{R2}] Removal request",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Thank you for your report.

We have reviewed the URLs below and confirmed they are hosted on our
network. The customer's hosting account has been suspended and the following
URLs have been disabled:

  {VH[0]}
  {VH[1]}

Both now return an HTTP 403 page served by us.

Please quote VH-ABUSE-55120 in any further correspondence.

--
VaultHost Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse desk: account suspended, URLs disabled",
    why="two URLs listed under 'have been disabled' (hosting account suspended)",
    items={VH[0]: "removed", VH[1]: "removed"},
)

case(
    name="vaulthost-forwarded-to-customer",
    from_="abuse@vaulthost.net", name_from="VaultHost Abuse Desk",
    date="Wed, 04 Sep 2024 09:02:47 +0000",
    subject=f"[VH-ABUSE-55121] Re: [{R2}] Removal request",
    reply_to_req="req-240903-02",
    body=f"""Hello,

We have forwarded your complaint to our customer responsible for the
following URLs and asked them to remove the material within 48 hours:

  {VH[2]}
  {VH[3]}

If the customer does not respond in time, we will suspend the service.
We will let you know the outcome.

--
VaultHost Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="hosting provider 'complaint forwarded to the customer, 48 hours to act' reply",
    why="forwarding plus a deadline and a conditional suspension: no status yet for the named URLs",
    items={VH[2]: "pending", VH[3]: "pending"},
)

case(
    name="vaulthost-not-our-network-and-aup-ok",
    from_="d.volkov@vaulthost.net", name_from="Dmitri Volkov",
    date="Thu, 05 Sep 2024 13:18:40 +0000",
    subject=f"Re: [{R2}] Removal request",
    reply_to_req="req-240903-02",
    body=f"""Hi,

Two of the four addresses in {R2} are for me:

{VH[2]} - this domain does not resolve to any of our
IP ranges and no account with us matches it. We cannot find this content on
our network.

{VH[3]} - we looked at the page together with the
customer. It is an opinion article about crypto funds; it does not breach our
acceptable use policy (https://vaulthost.net/aup) and we are leaving it
online.

The kr-pharma24.shop pages are handled under ticket VH-ABUSE-55120.

Best,
Dmitri
VaultHost abuse team
""",
    outcome="applied", classification="confirmation",
    imitates="informal abuse-desk reply: 'not on our network' and 'no AUP breach, stays up'",
    why="loan-ok-now cannot be found on their network (not_found); morning-coin stays online as it breaks no rule (rejected)",
    items={VH[2]: "not_found", VH[3]: "rejected", VH[0]: "pending", VH[1]: "pending"},
)

case(
    name="vaulthost-one-line-schemeless",
    from_="sara@vaulthost.net", name_from="Sara Lindqvist",
    date="Fri, 06 Sep 2024 07:41:02 +0000",
    subject=f"RE: [{R2}] Removal request",
    reply_to_req="req-240903-02",
    body=f"""kr-pharma24.shop/products/tadal-20 is gone, the customer deleted the product page after our notice, checked it myself. closing on our side.

Sara

{quoted(R2, VH, "Tuesday, 3 September 2024 11:30", "outlook-line")}
""",
    outcome="applied", classification="confirmation",
    imitates="one-line closing note from an abuse-desk agent over an Outlook-quoted request",
    why="the one URL written without scheme was deleted (verified by the host); the quoted list is not a statement",
    items={VH[1]: "removed", VH[0]: "pending", VH[2]: "pending", VH[3]: "pending"},
)

case(
    name="vaulthost-dsn-user-unknown",
    from_="MAILER-DAEMON@mx1.vaulthost.net", name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 02:30:11 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-7731A"

--dsn-7731A
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.vaulthost.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@vaulthost.net>: host mailstore2.vaulthost.net[192.0.2.44] said:
    550 5.1.1 <abuse-kr@vaulthost.net>: Recipient address rejected: User
    unknown in virtual mailbox table

--dsn-7731A
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.vaulthost.net
Arrival-Date: Tue,  3 Sep 2024 02:30:09 +0000 (UTC)

Final-Recipient: rfc822; abuse-kr@vaulthost.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-7731A
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@vaulthost.net
Subject: [{R2}] Removal request
Message-ID: <req-240903-02@kcsc.example>
Date: Tue, 3 Sep 2024 11:30:00 +0900

--dsn-7731A--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN 'Undelivered Mail Returned to Sender' (550 5.1.1 user unknown)",
    why="delivery failure report of our request: a bounce, no statement",
    items={},
)

case(
    name="vaulthost-hedged-may-have",
    from_="support@vaulthost.net", name_from="VaultHost Support",
    date="Thu, 05 Sep 2024 16:02:55 +0000",
    subject=f"Re: [{R2}] Removal request",
    reply_to_req="req-240903-02",
    body=f"""Hello KCSC team,

It looks like the customer may have already taken down
{VH[1]}, as the page gave us an error when we tried
it this morning, but it could also be a temporary outage on their side. We
are double-checking with them and will confirm once we know more.

Regards,
VaultHost Support
""",
    outcome="review", review="not_understood",
    imitates="hosting support agent's hedged interim update",
    why="'may have already taken down ... could also be an outage ... will confirm': a hedge, not a statement",
    items={VH[1]: "pending"},
)

case(
    name="vaulthost-forwards-customer-reply",
    from_="abuse@vaulthost.net", name_from="VaultHost Abuse Desk",
    date="Fri, 06 Sep 2024 10:15:37 +0000",
    subject=f"Fwd: Re: [VH-ABUSE-55120] Abuse complaint ({R2})",
    body=f"""FYI, see our customer's reply below.

---------- Forwarded message ---------
From: kr-pharma24 admin <admin@kr-pharma24.shop>
Date: Fri, 6 Sep 2024 at 09:14
Subject: Re: [VH-ABUSE-55120] Abuse complaint
To: abuse@vaulthost.net

I removed the product page {VH[1]} as you asked.
The other page is a legitimate health supplement listing and I will not
delete it: {VH[0]}

--
VaultHost Abuse Desk
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="abuse desk relaying its customer's own answer ('FYI, see below')",
    why="the statuses are the customer's words inside a forwarded message; the host itself states nothing",
    items={VH[0]: "pending", VH[1]: "pending"},
)

case(
    name="vaulthost-mailbox-retired-no-claims",
    from_="noreply@vaulthost.net", name_from="VaultHost",
    date="Mon, 16 Sep 2024 06:00:00 +0000",
    subject="Change to how you report abuse to VaultHost",
    body="""Hello,

You are receiving this message because you have sent abuse reports to
VaultHost in the past 90 days.

From 1 October 2024 abuse reports must be submitted through our web form at
https://vaulthost.net/abuse-form. The mailbox abuse-kr@vaulthost.net will be
closed on that date; mail sent to it will be returned.

Thank you,
VaultHost Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="hosting provider notice that its abuse mailbox is being retired",
    why="trusted mail from the platform naming no item and no request",
    items={},
)

case(
    name="vaulthost-url-then-status-below",
    from_="abuse@vaulthost.net", name_from="VaultHost Abuse Desk",
    date="Mon, 09 Sep 2024 05:07:19 +0000",
    subject="[VH-ABUSE-55120] resolved",
    body=f"""Update on {R2}:

{VH[0]}
    status: disabled by VaultHost (hosting account suspended)

{VH[1]}
    status: deleted by the customer, 404 verified 2024-09-09 14:02 KST

Ticket closed.

--
VaultHost Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-closing update, each URL with its status on the line below",
    why="both URLs have a status line below: disabled by the host, deleted (verified by the host)",
    items={VH[0]: "removed", VH[1]: "removed"},
)

# ============================ EdgeShield (CDN), R3, 3 items =================
case(
    name="edgeshield-not-the-host",
    from_="abuse@edgeshield.net", name_from="EdgeShield Trust & Safety",
    date="Wed, 04 Sep 2024 03:20:44 +0000",
    subject=f"[EdgeShield #448120] Re: [{R3}] Removal request",
    reply_to_req="req-240904-03",
    body=f"""Hello,

EdgeShield received your report about:

  {ES[0]}
  {ES[1]}
  {ES[2]}

EdgeShield provides a pass-through reverse proxy and content delivery
service. We are not the hosting provider of these websites and cannot remove
material that is stored on servers we do not control.

We have forwarded your report to the website owners and to the hosting
providers (origin addresses 203.0.113.57 and 203.0.113.91), who are best
placed to act on it.

Regards,
EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN reply 'we do not host this content, your report was forwarded to the host' (Cloudflare-style)",
    why="echoes the URLs but says only that the report was forwarded; no status for any item",
    items={ES[0]: "pending", ES[1]: "pending", ES[2]: "pending"},
)

case(
    name="edgeshield-service-terminated",
    from_="abuse@edgeshield.net", name_from="EdgeShield Trust & Safety",
    date="Fri, 06 Sep 2024 11:48:03 +0000",
    subject=f"[EdgeShield #448120] Action taken ({R3})",
    reply_to_req="req-240904-03",
    body=f"""Hello,

Following our review we have terminated EdgeShield services for the zone
toto-maru88.com, which was in breach of our Terms of Service. Access to the
following URLs through our network has been disabled, and visitors now see an
EdgeShield error page:

- {ES[0]}
- {ES[1]}

We have no further information about {ES[2]} at this time.

Regards,
EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN abuse team terminating service for a zone that breached its ToS",
    why="access to two URLs disabled globally (removed); the third is named with nothing stated about it",
    items={ES[0]: "removed", ES[1]: "removed", ES[2]: "pending"},
)

geo_html = f"""<html><body>
<p>Dear KCSC Takedown Desk,</p>
<p>In response to your request {R3}, EdgeShield has restricted access from
the Republic of Korea to <a href="{ES[2]}">{ES[2]}</a>. The page remains
reachable from other countries, where it is not unlawful.</p>
<p>For questions about our handling of government requests please see our
<a href="https://edgeshield.net/transparency">transparency report</a>.</p>
<p>Kind regards,<br>EdgeShield Legal</p>
</body></html>
"""
case(
    name="edgeshield-geo-block-qp-html",
    from_="legal@edgeshield.net", name_from="EdgeShield Legal",
    date="Mon, 09 Sep 2024 08:30:00 +0000",
    subject=f"Re: [{R3}] Removal request",
    reply_to_req="req-240904-03",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(geo_html)}""",
    outcome="applied", classification="confirmation",
    imitates="CDN legal team geo-blocking a page for one country (quoted-printable HTML)",
    why="access restricted from Korea only: restricted; the transparency link is no item",
    items={ES[2]: "restricted"},
)

case(
    name="edgeshield-read-receipt",
    from_="takedown-desk@edgeshield.net", name_from="EdgeShield Takedown Desk",
    date="Wed, 04 Sep 2024 01:02:10 +0000",
    subject=f"Read: [{R3}] Removal request",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-44"

--mdn-44
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to takedown-desk@edgeshield.net
at 4 Sep 2024 09:40 +0900.

This receipt verifies that the message has been displayed on the recipient's
computer. There is no guarantee that the content has been read or understood.

--mdn-44
Content-Type: message/disposition-notification

Reporting-UA: mail.edgeshield.net; Webmail
Final-Recipient: rfc822;takedown-desk@edgeshield.net
Original-Message-ID: <req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-44--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (message/disposition-notification)",
    why="read receipt only",
    items={},
)

case(
    name="edgeshield-states-other-platforms-items",
    from_="abuse@edgeshield.net", name_from="EdgeShield Trust & Safety",
    date="Thu, 05 Sep 2024 14:11:52 +0000",
    subject=f"Re: {R2} (kr-pharma24.shop)",
    body=f"""Hello,

The hosting provider of kr-pharma24.shop copied us on your request {R2},
because the site uses our proxy service.

We have disabled our service for the zone. {VH[0]} and
{VH[1]} are no longer served through the EdgeShield
network.

Regards,
EdgeShield Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN answering a request addressed to the site's hosting provider",
    why="EdgeShield states statuses for items of the VaultHost request",
    items={VH[0]: "pending", VH[1]: "pending"},
)

# ============================ Namebay (registrar), R4, 2 items ==============
case(
    name="namebay-clienthold-and-no-action",
    from_="abuse@namebay.com", name_from="Namebay Abuse",
    date="Fri, 06 Sep 2024 20:14:31 +0000",
    subject=f"Re: [{R4}] Removal request [NB-ABU-7781]",
    reply_to_req="req-240905-04",
    body=f"""Dear Sir/Madam,

We have completed our review of the domain names in your request.

1) {NB[0]} - the domain has been placed on clientHold and no
   longer resolves.

2) {NB[1]} - no action. The registrant's details were verified
   and the complaint concerns website content, which is not a breach of our
   registration agreement. The domain remains active; please contact the
   hosting provider.

Namebay Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: one domain on clientHold, one refused with its reason",
    why="clientHold takes the domain offline everywhere (removed); the other stays active with a stated reason (rejected)",
    items={NB[0]: "removed", NB[1]: "rejected"},
)

case(
    name="namebay-needs-documents",
    from_="abuse@namebay.com", name_from="Namebay Abuse",
    date="Fri, 06 Sep 2024 02:40:12 +0000",
    subject=f"Re: [{R4}] Removal request [NB-ABU-7781]",
    reply_to_req="req-240905-04",
    body=f"""Dear Sir/Madam,

Thank you for your report concerning bet-jjang777.com and drugmarket-kr.org.

As a registrar we can only suspend a domain name on the basis of a court
order or a binding decision of a competent authority. Please send us a copy
of the Commission's decision for each domain, with an English translation,
so that we can assess your request.

Namebay Abuse Department
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for a court order / authority decision before acting",
    why="asks for documents before it will act: a request for information, nothing decided",
    items={NB[0]: "pending", NB[1]: "pending"},
)

case(
    name="namebay-ticket-receipt-echo",
    from_="noreply@namebay.com", name_from="Namebay",
    date="Thu, 05 Sep 2024 05:00:37 +0000",
    subject=f"Abuse report received - NB-ABU-7781 ({R4})",
    reply_to_req="req-240905-04",
    body=f"""This is an automated confirmation.

Your abuse report has been received and assigned case number NB-ABU-7781.

Reported domains:
  bet-jjang777.com
  drugmarket-kr.org

Our abuse team investigates reports within two business days. You will
receive an email when the case is closed. Please do not reply to this
message.

Namebay
""",
    outcome="ignored", classification="acknowledgement",
    imitates="registrar automated abuse-report confirmation echoing the reported domains",
    why="automated receipt; the domain echo carries no statement",
    items={},
)

case(
    name="namebay-outlook-bare-domain",
    from_="k.mori@namebay.com", name_from="Kenji Mori",
    date="Tue, 10 Sep 2024 09:33:48 +0000",
    subject=f"RE: [{R4}] Removal request",
    reply_to_req="req-240905-04",
    body=f"""Hello,

Update: after a second review drugmarket-kr.org has now been suspended
(status clientHold) for breach of our anti-abuse policy. It stopped resolving
at 09:20 UTC today.

Kind regards,
Kenji Mori
Namebay Compliance

{quoted(R4, NB, "Thursday, September 5, 2024 2:00 PM", "outlook")}
""",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance follow-up written with bare domain names over an Outlook quote",
    why="the requested domain (item http://drugmarket-kr.org/) is suspended; the other domain is only in the quoted request",
    items={NB[1]: "removed", NB[0]: "pending"},
)

# ============================ Dalbit (Korean forum), R5, 5 items ============
case(
    name="dalbit-admin-korean-prose",
    from_="admin@dalbitbbs.co.kr", name_from=enc("달빛게시판 운영자"),
    date="Fri, 06 Sep 2024 22:41:09 +0900",
    subject=enc(f"Re: [{R5}] 게시물 삭제 요청"),
    reply_to_req="req-240906-05",
    body=f"""안녕하세요, 달빛게시판 운영자입니다.

요청하신 게시물 중 {DB[0]} 은 방금 삭제했고,
{DB[1]} 는 작성자가 이미 지운 글이라 남아 있는 게 없습니다.

나머지는 내일 확인해서 다시 말씀드릴게요.
""",
    outcome="applied", classification="confirmation",
    imitates="small Korean forum operator writing informally (운영자 삭제, 작성자 삭제)",
    why="one post deleted by the operator; one already deleted by its author (not_found); the rest 'tomorrow'",
    items={DB[0]: "removed", DB[1]: "not_found"},
)

case(
    name="dalbit-numbered-blind-list",
    from_="admin@dalbitbbs.co.kr", name_from=enc("달빛게시판 운영자"),
    date="Sat, 07 Sep 2024 13:05:44 +0900",
    subject=enc(f"Re: [{R5}] 게시물 삭제 요청 - 처리 결과"),
    reply_to_req="req-240906-05",
    body=f"""처리 결과 알려드립니다.

1. {DB[2]}
   → 블라인드 처리 완료
2. {DB_GALLERY_RAW}
   → 비공개 처리 (작성자 외 열람 불가)
3. {DB[0]}
   → 임시조치 30일

임시조치 기간 중 작성자의 재게시 요청이 없으면 삭제 예정입니다.

달빛게시판 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum numbered result list (블라인드 / 비공개 / 임시조치)",
    why="blinded and made private (removed), temporary measure 임시조치 (restricted); the raw Korean path matches its percent-encoded item",
    items={DB[2]: "removed", DB[3]: "removed", DB[0]: "restricted"},
)

case(
    name="dalbit-market-post-kept",
    from_="admin@dalbitbbs.co.kr", name_from=enc("달빛게시판 운영자"),
    date="Mon, 09 Sep 2024 10:48:26 +0900",
    subject=enc(f"Re: [{R5}] 게시물 삭제 요청"),
    reply_to_req="req-240906-05",
    body=f"""안녕하세요.

{DB[4]} 글은 확인해 보니 개인 간 중고거래 글이고
요청서에 적힌 내용(명예훼손)과 관련된 부분이 없어서 삭제하지 않고 유지합니다.

{DB[1]} 은 신고 내용 확인 중입니다.

운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="forum operator refusing one post with a reason, another 'being checked'",
    why="market post kept because it contains nothing unlawful (rejected); 118240 only 'being checked' (pending)",
    items={DB[4]: "rejected", DB[1]: "pending"},
)

case(
    name="dalbit-will-act-this-week",
    from_="admin@dalbitbbs.co.kr", name_from=enc("달빛게시판 운영자"),
    date="Fri, 06 Sep 2024 15:12:00 +0900",
    subject=enc(f"Re: [{R5}] 게시물 삭제 요청"),
    reply_to_req="req-240906-05",
    body=f"""안녕하세요, 달빛게시판입니다.

보내주신 {R5} 건 게시물 5개 확인했습니다.
운영진 내부 검토 후 이번 주 안으로 조치하겠습니다.

{DB[0]}
{DB[1]}
{DB[2]}
{DB_GALLERY_RAW}
{DB[4]}

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean forum promise '검토 후 조치하겠습니다' listing the posts",
    why="a promise to act this week over the five URLs: no status",
    items={DB[0]: "pending", DB[1]: "pending", DB[2]: "pending", DB[3]: "pending", DB[4]: "pending"},
)

case(
    name="dalbit-out-of-office",
    from_="admin@dalbitbbs.co.kr", name_from=enc("달빛게시판 운영자"),
    date="Fri, 06 Sep 2024 10:20:31 +0900",
    subject=enc(f"[부재중] Re: [{R5}] 게시물 삭제 요청"),
    reply_to_req="req-240906-05",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""[자동응답]
운영자가 현재 부재중입니다. 9월 6일 저녁에 확인 후 답변드리겠습니다.
게시물 신고는 사이트 내 신고 버튼을 이용해 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean forum admin's auto-reply ([부재중] 자동응답)",
    why="auto-reply, says nothing about items",
    items={},
)

case(
    name="dalbit-admin-personal-gmail",
    from_="dalbit.admin@gmail.com", name_from=enc("달빛 운영자"),
    date="Sat, 07 Sep 2024 01:16:58 +0900",
    subject=enc(f"[{R5}] 처리했습니다"),
    body=f"""안녕하세요 달빛게시판 운영자입니다.
회사 메일 서버가 말썽이라 개인 메일로 보내요.

말씀하신 글 다 지웠습니다.
{DB[0]}
{DB[1]}
{DB[2]}
""",
    outcome="review", review="unknown_sender",
    imitates="forum admin answering from a personal webmail address",
    why="gmail.com is no platform's sender domain: the deletions cannot be trusted as Dalbit's",
    items={DB[0]: "pending", DB[1]: "pending", DB[2]: "pending"},
)

kcsc_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구({R5})에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>연번</th><th>URL</th><th>조치내용</th><th>조치일자</th></tr>
<tr><td>1</td><td><a href="{DB[2]}">{DB[2]}</a></td><td>삭제</td><td>2024.09.10</td></tr>
<tr><td>2</td><td><a href="{DB[3]}">{DB_GALLERY_RAW}</a></td><td>접속차단</td><td>2024.09.10</td></tr>
</table>
<p>달빛게시판 운영팀 드림</p>
</body></html>
"""
case(
    name="dalbit-base64-html-table",
    from_="admin@dalbitbbs.co.kr", name_from=enc("달빛게시판 운영팀"),
    date="Tue, 10 Sep 2024 16:30:12 +0900",
    subject=enc(f"[{R5}] 시정요구 조치결과 회신"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(kcsc_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as a base64 HTML table (연번/URL/조치내용/조치일자)",
    why="humor post 삭제 (removed), gallery post 접속차단 (restricted)",
    items={DB[2]: "removed", DB[3]: "restricted"},
)

case(
    name="dalbit-adult-board-restricted",
    from_="mod@dalbitbbs.co.kr", name_from=enc("달빛게시판 관리자"),
    date="Wed, 11 Sep 2024 11:02:37 +0900",
    subject=enc(f"Re: [{R5}] 게시물 삭제 요청"),
    reply_to_req="req-240906-05",
    body=f"""관리자입니다.

{DB[1]}，이 글은 성인인증 게시판으로 옮겨서 만 19세 미만은 볼 수 없도록 접근 제한했습니다.

참고 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum moderator moving a post to an age-verified board (접근 제한)",
    why="age-restricted (접근 제한): restricted; URL followed by a full-width comma",
    items={DB[1]: "restricted"},
)

# ============================ ChanBox (image board), R6, 3 items ============
case(
    name="chanbox-mod-one-liner",
    from_="mods@chanbox.org", name_from="chanbox mods",
    date="Mon, 09 Sep 2024 19:44:10 +0000",
    subject=f"Re: [{R6}] Removal request",
    reply_to_req="req-240909-06",
    body=f"""both threads nuked, poster banned
{CB[0]}
{CB[1]}

- k
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator's terse reply ('nuked', 'banned')",
    why="'nuked' on an image board means deleted; the URLs stand on the lines below the statement",
    items={CB[0]: "removed", CB[1]: "removed"},
)

case(
    name="chanbox-bare-url-pruned",
    from_="mods@chanbox.org", name_from="chanbox mods",
    date="Tue, 10 Sep 2024 02:03:55 +0000",
    subject=f"Re: [{R6}] Removal request",
    reply_to_req="req-240909-06",
    body=f"""{CB[2]}
404 - thread was pruned (board rotation) before we got to it, nothing to remove.
""",
    outcome="applied", classification="confirmation",
    imitates="bare URL with the moderator's status on the next line",
    why="thread no longer exists (pruned by board rotation before any action): not_found",
    items={CB[2]: "not_found"},
)

case(
    name="chanbox-all-threads-removed",
    from_="admin@chanbox.org", name_from="chanbox admin",
    date="Tue, 10 Sep 2024 08:17:21 +0000",
    subject=f"Re: [{R6}] Removal request",
    reply_to_req="req-240909-06",
    body=f"""Hi,

All reported threads have been removed. Thanks for the heads up.

admin
""",
    outcome="review", review="bulk",
    imitates="image-board admin's one-sentence 'all removed' reply",
    why="'all reported threads' for a three-item request names none: bulk",
    items={},
)

case(
    name="chanbox-dsn-delayed",
    from_="postmaster@chanbox.org", name_from="Mail Delivery Subsystem",
    date="Mon, 09 Sep 2024 14:00:22 +0000",
    subject=f"Delivery Status Notification (Delay) [{R6}]",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dly-0909"

--dly-0909
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     mods@chanbox.org

The server will keep trying for another 4 days.

--dly-0909
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.chanbox.org

Final-Recipient: rfc822; mods@chanbox.org
Action: delayed
Status: 4.4.1
Will-Retry-Until: Fri, 13 Sep 2024 01:00:00 +0000

--dly-0909
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: mods@chanbox.org
Subject: [{R6}] Removal request
Message-ID: <req-240909-06@kcsc.example>

--dly-0909--
""",
    outcome="ignored", classification="bounce",
    imitates="delivery-delay DSN (Action: delayed, 4.4.1)",
    why="delay notice for our request: a bounce-class DSN, nothing about items",
    items={},
)

case(
    name="chanbox-gmail-thread-numbers",
    from_="k@chanbox.org", name_from="k",
    date="Mon, 09 Sep 2024 23:30:40 +0000",
    subject=f"Re: [{R6}] Removal request",
    reply_to_req="req-240909-06",
    body=f"""thread 4412501 was deleted by OP before we got there.
thread 4412093 removed by staff.

{quoted(R6, CB, "Mon, Sep 9, 2024 at 10:00 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="moderator naming threads by number above a Gmail-quoted request",
    why="each thread is named by its number, unique in the request: 4412501 deleted by its author (not_found), 4412093 removed; /b/ thread only quoted",
    items={CB[1]: "not_found", CB[0]: "removed", CB[2]: "pending"},
)

modlog = "\n".join([
    "time_utc,board,thread,url,action,mod",
    f"2024-09-10 03:12,kr,4412093,{CB[0]},delete,mod_k",
    f"2024-09-10 03:12,kr,4412501,{CB[1]},delete,mod_k",
    f"2024-09-10 03:15,b,981100,{CB[2]},not found (already pruned),-",
]) + "\n"
case(
    name="chanbox-csv-modlog",
    from_="admin@chanbox.org", name_from="chanbox admin",
    date="Tue, 10 Sep 2024 03:40:09 +0000",
    subject=f"Re: [{R6}] Removal request",
    reply_to_req="req-240909-06",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="cb-modlog"

--cb-modlog
Content-Type: text/plain; charset=utf-8

mod log export for your list attached.

admin

--cb-modlog
Content-Type: text/csv; charset=utf-8; name="modlog-kcsc.csv"
Content-Disposition: attachment; filename="modlog-kcsc.csv"

{modlog}
--cb-modlog--
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin attaching a moderation-log CSV export",
    why="CSV rows: two threads deleted, one already pruned (not_found)",
    items={CB[0]: "removed", CB[1]: "removed", CB[2]: "not_found"},
)

# ============================ SnipBin (paste), R7, 1 item ===================
case(
    name="snipbin-sole-statement",
    from_="abuse@snipbin.io", name_from="SnipBin",
    date="Wed, 11 Sep 2024 04:22:13 +0000",
    subject=f"Re: [{R7}] Removal request",
    reply_to_req="req-240910-07",
    body="""Hi there,

Thanks for the report. The paste has been removed and the account that
created it is suspended.

-- SnipBin abuse
""",
    outcome="applied", classification="confirmation",
    imitates="paste site's short abuse reply without repeating the link",
    why="the only statement answers a one-item request: removed",
    items={SB[0]: "removed"},
)


HEADER = """# Blind set 907 (tests/corpus/blind907/): hosting providers, a CDN, a
# registrar, a Korean forum, an image board, a file host and a paste site
# answering, often informally; CSV attachments and text tables.
# Written by tests/corpus/blind907/make.py from each email's meaning, before
# any run of the reader. Each case is judged alone on a fresh ledger."""


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, "blind907", HEADER, cases)


if __name__ == "__main__":
    main()
