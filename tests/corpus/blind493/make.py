#!/usr/bin/env python3
"""Blind set 493: hosting providers, a CDN, a registrar, a Korean forum, an
image board and a file host answering the regulator, often informally
(abuse desks, admins writing one line), plus CSV attachments and plain-text
tables.

    python3 tests/corpus/blind493/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails. Everything here is fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind493"


def kr(s):
    """RFC 2047 B-encoded word for a Korean header value."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---------------------------------------------------------------- requests
FREE = "자유게시판"
HUMOR = "유머"


def dalbit_board(board, no, raw=False):
    b = board if raw else quote(board)
    return f"https://dalbit-community.kr/board/{b}/{no}"


# R1 FileCrate, the largest request (14 items)
F = [
    "https://filecrate.io/f/k7Qm2xWp",
    "https://filecrate.io/f/Lr83vNa0",
    "https://filecrate.io/f/9tZeYc4H",
    "https://filecrate.io/f/bQ1wM6sd",
    "https://filecrate.io/f/Pn5Jx0Ue",
    "https://filecrate.io/f/ZZ4a7kRt",
    "https://filecrate.io/f/c2Hv8LmQ",
    "https://filecrate.io/f/yT6oP3nB",
    "https://filecrate.io/f/Wd0sE9fK",
    "https://filecrate.io/f/mA7uG1qZ",
    "https://filecrate.io/folder/Xe42Rb/list",
    "https://filecrate.io/f/hJ3kS5vY",
    "https://filecrate.io/f/Qp8nD2wC",
    "https://filecrate.io/f/tR6yB0xL?dl=1",
]
# R2 Quill Hosting (customer sites)
Q = [
    "https://lucky-moon-casino.example/",
    "https://lucky-moon-casino.example/bonus/signup.php",
    "https://pharma-quick-kr.example/shop/item?id=3341",
    "http://mirror7.fastbet-kr.example/index.html",
]
# R3 VeilCDN
V = [
    "https://hanbit-toto.example/",
    "https://hanbit-toto.example/event/2024-09",
    "https://cdn-assets.veilcdn.com/u/88213/banner_kr.png",
]
# R4 NameBarn (registrar)
N = [
    "http://kr-drug-delivery.example/",
    "http://bitcash-loan-kr.example/apply",
]
# R5 Dalbit Community (Korean forum); D_RAW as an admin would paste them
D = [
    dalbit_board(FREE, 10482),
    dalbit_board(FREE, 10517),
    dalbit_board(HUMOR, 2291),
    "https://dalbit-community.kr/bbs/view.php?id=market&no=7730",
    "https://dalbit-community.kr/bbs/view.php?id=market&no=7741",
]
D_RAW = [
    dalbit_board(FREE, 10482, raw=True),
    dalbit_board(FREE, 10517, raw=True),
    dalbit_board(HUMOR, 2291, raw=True),
    D[3],
    D[4],
]
# R6 pinchan (image board)
P = [
    "https://pinchan.org/kr/res/55120.html",
    "https://pinchan.org/kr/res/55187.html#p55190",
    "https://i.pinchan.org/src/1725891234567.jpg",
]
# R7 Quill Hosting, one item
Q7 = "https://oneclick-loans.example/kr/"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240909-01", "filecrate", "2024-09-09T15:00:00+09:00", "2024-09-16T23:59:59+09:00",
     F, "obscenity", "req-240909-01@kcsc.example",
     'file host; item 11 is a folder link, "list" view'),
    ("KCSC-240910-02", "quillhost", "2024-09-10T16:00:00+09:00", "2024-09-17T23:59:59+09:00",
     Q, "gambling", "req-240910-02@kcsc.example", "hosting provider, customer sites"),
    ("KCSC-240910-03", "veilcdn", "2024-09-10T16:30:00+09:00", "2024-09-17T23:59:59+09:00",
     V, "gambling", "req-240910-03@kcsc.example", "CDN in front of the site; banner stored on the CDN"),
    ("KCSC-240911-04", "namebarn", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00",
     N, "drugs", "req-240911-04@kcsc.example", "registrar, domain-level action"),
    ("KCSC-240911-05", "dalbit", "2024-09-11T10:30:00+09:00", "2024-09-18T23:59:59+09:00",
     D, "defamation", "req-240911-05@kcsc.example", "Korean forum; 시정요구"),
    ("KCSC-240912-06", "pinchan", "2024-09-12T11:00:00+09:00", "2024-09-19T23:59:59+09:00",
     P, "obscenity", "req-240912-06@kcsc.example", "image board, thread, post and image"),
    ("KCSC-240913-07", "quillhost", "2024-09-13T10:00:00+09:00", "2024-09-20T23:59:59+09:00",
     [Q7], "illegal lending", "req-240913-07@kcsc.example", "one item"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def items(**kw):
    return kw


def st(*pairs):
    return dict(pairs)


QUOTED_R1 = "\n".join("> " + u for u in F)

CASES = []


def case(**c):
    CASES.append(c)


# =================================================================== APPLIED
case(
    name="fc-abuse-desk-numbered-mixed",
    from_="abuse@filecrate.io", name_from="FileCrate Abuse Team",
    date="Thu, 12 Sep 2024 16:41:07 +0200",
    subject="Re: [KCSC-240909-01] Removal request - 14 links",
    reply_to_req="req-240909-01",
    body=f"""
Hello,

thanks for your notice. We went through every link on your list, here is
what we did:

1. {F[0]} - removed
2. {F[1]} - removed
3. {F[2]} - removed, uploader account closed
4. {F[3]} - removed
5. {F[4]} - not found (the uploader deleted this file on 2 September,
   before your notice reached us)
6. {F[5]} - removed
7. {F[6]} - blocked for downloads from South Korea
8. {F[7]} - removed
9. {F[8]} - no action: this is a scanned, publicly available court
   judgment and does not break our terms
10. {F[9]} - removed
11. {F[10]} - folder disabled, none of the 23 files in it can be downloaded
12. {F[11]} - invalid link, no file with this ID exists
13. {F[12]} - removed
14. {F[13]} - removed

For no. 7 we restricted access by country instead of deleting, because the
file is lawful where the uploader lives.

If you disagree with any of these decisions just reply to this email.

Kind regards,
Mira
FileCrate Abuse Team
https://filecrate.io/legal/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="file host abuse-desk reply going through a numbered list of reported links",
    why="one unhedged result per numbered link: removed, not found, country block, refusal with reason, folder disabled",
    items=st((F[0], "removed"), (F[1], "removed"), (F[2], "removed"), (F[3], "removed"),
             (F[4], "not_found"), (F[5], "removed"), (F[6], "restricted"), (F[7], "removed"),
             (F[8], "rejected"), (F[9], "removed"), (F[10], "removed"), (F[11], "not_found"),
             (F[12], "removed"), (F[13], "removed")),
)

fc_csv = csv_text([
    ["link", "action", "actioned_at_utc", "note"],
    [F[0], "deleted", "2024-09-13 08:02", ""],
    [F[1], "deleted", "2024-09-13 08:02", ""],
    [F[2], "not found", "", "file id never existed, please check the link"],
    [F[3], "deleted", "2024-09-13 08:05", ""],
    [F[4], "geo-restricted (KR)", "2024-09-13 08:07", "lawful outside KR"],
    [F[5], "no violation found", "", 'parody, allowed under "Fair use" section 3'],
])
case(
    name="fc-csv-attachment-outcomes",
    from_="trust-safety@filecrate.io", name_from="FileCrate Trust & Safety",
    date="Fri, 13 Sep 2024 10:15:44 +0200",
    subject="KCSC-240909-01 - outcome report",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_fc_a2_7d1e"

This is a multi-part message in MIME format.

--=_fc_a2_7d1e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the links in your request
KCSC-240909-01 that were processed today. The other links are still with
our team.

FileCrate Trust & Safety

--=_fc_a2_7d1e
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(fc_csv)}
--=_fc_a2_7d1e--
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety tool export sent as a CSV attachment (link, action, time, note)",
    why="CSV rows: deleted -> removed, not found, geo-restricted (KR), no violation -> rejected",
    items=st((F[0], "removed"), (F[1], "removed"), (F[2], "not_found"), (F[3], "removed"),
             (F[4], "restricted"), (F[5], "rejected")),
)

case(
    name="fc-bare-url-status-below",
    from_="support@filecrate.io", name_from="FileCrate Support",
    date="Fri, 13 Sep 2024 14:02:10 +0200",
    subject="Re: Removal request KCSC-240909-01",
    body=f"""
Hi,

Here is where things stand on the links you asked about:

{F[6]}
Status: deleted

{F[7]}
Status: download blocked in South Korea

{F[8]}
Status: file not found

{F[9]}
Status: deleted

Best,
Jonas | FileCrate Support
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk agent answer, bare URL with its status on the line below",
    why="each URL followed by its own Status line",
    items=st((F[6], "removed"), (F[7], "restricted"), (F[8], "not_found"), (F[9], "removed")),
)

case(
    name="fc-top-posted-gmail-quote",
    from_="jonas.k@filecrate.io", name_from="Jonas Keller",
    date="Tue, 10 Sep 2024 18:20:03 +0200",
    subject="Re: [KCSC-240909-01] Removal request - 14 links",
    reply_to_req="req-240909-01",
    body=f"""
Done for the first batch:
<{F[11]}> deleted
<{F[12]}> deleted
<{F[13]}> was already gone, the uploader removed it himself last week.

I'll get to the rest tomorrow.

Jonas

On Mon, Sep 9, 2024 at 8:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear FileCrate team,
>
> The Korea Communications Standards Commission requests the removal of
> the following links (reference KCSC-240909-01):
>
{QUOTED_R1}
>
> Please reply by 16 September 2024.
""",
    outcome="applied", classification="confirmation",
    imitates="staff member top-posting over the quoted request in Gmail, URLs in angle brackets",
    why="three URLs above the quote have statements; the quoted request below 'wrote:' says nothing",
    items=st((F[11], "removed"), (F[12], "removed"), (F[13], "not_found"),
             (F[0], "pending"), (F[1], "pending")),
)

fc_html = f"""<html><body>
<p>Dear Sir or Madam,</p>
<p>We have completed our review of the following items from your notice
KCSC-240909-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>File</th><th>Decision</th><th>Reason</th></tr>
<tr><td><a href="{F[2]}">filecrate.io/f/9tZeYc4H</a></td><td>Removed</td><td>Terms of Service, section 4.2</td></tr>
<tr><td><a href="{F[8]}">filecrate.io/f/Wd0sE9fK</a></td><td>Not removed</td><td>No violation of our terms or of applicable law identified</td></tr>
<tr><td><a href="{F[10]}">filecrate.io/folder/Xe42Rb/list</a></td><td>Removed</td><td>Entire folder disabled</td></tr>
<tr><td><a href="{F[4]}">filecrate.io/f/Pn5Jx0Ue</a></td><td>Not found</td><td>The link does not point to an existing file</td></tr>
<tr><td><a href="{F[5]}">filecrate.io/f/ZZ4a7kRt</a></td><td>Removed</td><td>Terms of Service, section 4.2</td></tr>
</table>
<p>You can read about how we handle notices on
<a href="https://filecrate.io/legal/transparency">our transparency page</a>.</p>
<p>FileCrate Legal</p>
</body></html>"""
case(
    name="fc-html-table-decisions",
    from_="legal@filecrate.io", name_from="FileCrate Legal",
    date="Mon, 16 Sep 2024 09:30:00 +0200",
    subject="Your notice KCSC-240909-01: decisions",
    type="html",
    body=fc_html,
    outcome="applied", classification="confirmation",
    imitates="legal team HTML decision table (file link, decision, reason)",
    why="one row per file: Removed, Not removed with reason -> rejected, Not found",
    items=st((F[2], "removed"), (F[8], "rejected"), (F[10], "removed"), (F[4], "not_found"),
             (F[5], "removed")),
)

case(
    name="qh-abuse-oneliner",
    from_="abuse@quillhost.net", name_from="Quill Hosting Abuse",
    date="Wed, 11 Sep 2024 07:12:55 +0000",
    subject="Re: [Abuse #QH-77812] KCSC-240910-02",
    reply_to_req="req-240910-02",
    body=f"""
Customer removed the page, verified on our side: {Q[1]}

--
Quill Hosting abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="one-line abuse-desk reply from a web host",
    why="'removed the page, verified' names one URL",
    items=st((Q[1], "removed")),
)

case(
    name="qh-account-suspended-prose",
    from_="abuse@quillhost.net", name_from="Quill Hosting Abuse",
    date="Thu, 12 Sep 2024 13:40:21 +0000",
    subject="[Abuse #QH-77812] Resolution - KCSC-240910-02",
    body=f"""
Hello KCSC team,

Following your report we suspended the hosting account that served
lucky-moon-casino.example. Both of these addresses now show our suspension
page instead of the site:
{Q[0]}
{Q[1]}

For {Q[3]} the customer deleted the file from the web root after our
warning; the subdomain now returns 404.

We have not finished with pharma-quick-kr.example yet and will update you
separately.

Regards,
Ana Ruiz
Abuse Desk, Quill Hosting
""",
    outcome="applied", classification="confirmation",
    imitates="web host abuse desk resolution after suspending a customer account",
    why="suspended account (two URLs listed under the statement), file deleted; the pharma shop is only promised",
    items=st((Q[0], "removed"), (Q[1], "removed"), (Q[3], "removed"), (Q[2], "pending")),
)

case(
    name="qh-geo-block-korea",
    from_="abuse@quillhost.net", name_from="Quill Hosting Abuse",
    date="Sat, 14 Sep 2024 08:05:00 +0000",
    subject="Re: [Abuse #QH-77812] KCSC-240910-02",
    reply_to_req="req-240910-02",
    body=f"""
Hi,

Update on the remaining URL. Instead of removing the product page the
customer has geo-blocked visitors from South Korea on
{Q[2]} ; we checked from a Korean
exit node and it returns 403. As the shop is legal where the customer
operates, this is as far as we go.

Ana
""",
    outcome="applied", classification="confirmation",
    imitates="host abuse desk reporting a customer-side geo-block",
    why="geo-blocked for South Korea -> restricted; URL wrapped onto its own line, then ' ;'",
    items=st((Q[2], "restricted")),
)

case(
    name="qh-refusal-licensed-lender",
    from_="abuse@quillhost.net", name_from="Quill Hosting Abuse",
    date="Mon, 16 Sep 2024 11:20:48 +0000",
    subject="Re: [Abuse #QH-78140] KCSC-240913-07",
    reply_to_req="req-240913-07",
    body=f"""
Hello,

We looked at {Q7} together with our legal counsel. The page compares
loan offers from registered lenders and does not breach our acceptable use
policy, so we will not ask the customer to take it down. Should a Korean
court or authority order otherwise, we will look at it again.

Our AUP: https://quillhost.net/legal/aup

Quill Hosting Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="host refusing a request because the site breaks no rule, with AUP link",
    why="refusal with its reason -> rejected; the AUP link is not an item",
    items=st((Q7, "rejected")),
)

case(
    name="qh-one-item-sole-offline",
    from_="abuse@quillhost.net", name_from="Quill Hosting Abuse",
    date="Tue, 17 Sep 2024 06:48:12 +0000",
    subject="[Abuse #QH-78140] closed - KCSC-240913-07",
    reply_to_req="req-240913-07",
    body="""
Hello,

The site named in your request has been taken offline by its owner after
our notice, and the hosting plan was cancelled today. We are closing the
ticket.

Quill Hosting Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="host ticket closure naming no URL, answering a one-item request",
    why="statement without a URL for a request of one item applies to that item",
    items=st((Q7, "removed")),
)

case(
    name="veil-korea-block-and-asset-deleted",
    from_="trust-safety@veilcdn.com", name_from="VeilCDN Trust & Safety",
    date="Wed, 11 Sep 2024 22:10:31 +0000",
    subject="Re: KCSC-240910-03 - hanbit-toto.example",
    reply_to_req="req-240910-03",
    body=f"""
Hello,

VeilCDN does not host the origin server of hanbit-toto.example, but on
receipt of your notice we took the following steps on our network:

- {V[0]} and {V[1]} : access blocked for requests originating in the
  Republic of Korea (HTTP 451). Visitors from other countries are not
  affected.
- {V[2]} : this file was stored in our object storage by the same customer
  and has been deleted.

We have also passed your notice on to the hosting provider.

Regards,
VeilCDN Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety reply: country block at the edge, stored file deleted",
    why="two URLs on one bullet blocked for Korea -> restricted; the stored banner deleted -> removed",
    items=st((V[0], "restricted"), (V[1], "restricted"), (V[2], "removed")),
)

veil_qp_text = f"""Hello,

After review, VeilCDN has terminated service for the customer account behind hanbit-toto.example for repeated violations of our Terms of Service. Access to {V[1]} has been disabled worldwide \u2014 the hostname no longer resolves through our network and the origin address has been removed from our configuration.

No object exists at {V[2]}; the bucket u/88213 had been emptied by its owner before our review, so there was nothing left for us to delete.

This decision is final on our side. The customer\u2019s appeal options are described at https://veilcdn.com/trust/appeals.

VeilCDN Trust & Safety
"""
case(
    name="veil-quoted-printable-terminated",
    from_="trust-safety@veilcdn.com", name_from="VeilCDN Trust & Safety",
    date="Fri, 13 Sep 2024 03:55:09 +0000",
    subject="Abuse report 2409-KR-5531 / KCSC-240910-03: action taken",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(veil_qp_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="CDN termination notice, quoted-printable body with soft line breaks",
    why="event page disabled worldwide -> removed; 'no object exists' at the banner URL -> not_found",
    items=st((V[1], "removed"), (V[2], "not_found")),
)

case(
    name="nb-ticket-echo-clienthold",
    from_="abuse@namebarn.com", name_from="NameBarn Abuse",
    date="Fri, 13 Sep 2024 17:31:00 +0000",
    subject="[NB-ABUSE-220931] Resolved: KCSC-240911-04",
    body=f"""
Ticket: NB-ABUSE-220931
Status: Resolved
Category: Illegal content (registrar)

--- Your report ---
Reporter: KCSC Takedown
Reported URLs:
  {N[0]}
  {N[1]}
--- End of report ---

Resolution:
Domain kr-drug-delivery.example: the registrant did not respond within
48 hours. The domain has been placed on clientHold and
{N[0]} no longer resolves.

Domain bitcash-loan-kr.example: still under investigation, a separate
ticket will follow.

NameBarn Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar ticket-system resolution echoing the original report",
    why="clientHold for the first domain -> removed; the second is still under investigation",
    items=st((N[0], "removed"), (N[1], "pending")),
)

case(
    name="nb-registrar-declines",
    from_="abuse@namebarn.com", name_from="NameBarn Abuse",
    date="Mon, 16 Sep 2024 08:02:47 +0000",
    subject="Re: [NB-ABUSE-220931] KCSC-240911-04",
    reply_to_req="req-240911-04",
    body=f"""
Hello,

Regarding {N[1]}: NameBarn is the registrar only. We do not host the
website and we do not rule on whether lending offers are lawful. The
domain does not breach our registration agreement or our anti-abuse
policy (no phishing, malware, botnet or spam), so we are declining to
suspend it. Please contact the hosting provider, or send us an order from
a competent court.

Best regards,
Tomasz
NameBarn Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar declining domain-level action (not an arbiter of legality)",
    why="explicit refusal, domain breaches no policy of theirs -> rejected",
    items=st((N[1], "rejected")),
)

case(
    name="dalbit-oneliner-particle",
    from_="admin@dalbit-community.kr", name_from=kr("달빛커뮤니티 운영자"),
    date="Wed, 11 Sep 2024 21:14:09 +0900",
    subject=kr("Re: [KCSC-240911-05] 불법정보 삭제 요청"),
    reply_to_req="req-240911-05",
    body=f"""
안녕하세요 달빛 운영자입니다.
{D[3]}은 블라인드 처리했고 {D[4]} 글은 삭제했습니다.
작성자 계정도 이용정지했습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin one-liner (블라인드/삭제), particle glued to a URL",
    why="블라인드 처리 and 삭제 -> removed for both market posts",
    items=st((D[3], "removed"), (D[4], "removed")),
)

dal_table = f"""
방송통신심의위원회 담당자님께,

시정요구하신 게시물에 대한 조치 결과를 아래와 같이 회신드립니다.

 번호 | 게시물 URL                                                 | 조치결과
------+------------------------------------------------------------+----------------------------------
  1   | {D_RAW[0]}           | 삭제
  2   | {D_RAW[1]}           | 임시조치(30일)
  3   | {D_RAW[2]}                | 게시물 없음(존재하지 않는 글번호)
  4   | {D[3]} | 블라인드
  5   | {D[4]} | 조치 안 함(정상 중고거래 글로 판단)

문의사항은 이 메일로 회신 주시기 바랍니다.
달빛커뮤니티 운영팀 드림
"""
case(
    name="dalbit-text-table-result",
    from_="admin@dalbit-community.kr", name_from=kr("달빛커뮤니티 운영팀"),
    date="Fri, 13 Sep 2024 15:00:12 +0900",
    subject=kr("[달빛커뮤니티] 시정요구(KCSC-240911-05) 조치결과 회신"),
    body=dal_table,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply as a plain-text table with raw Korean paths",
    why="삭제/블라인드 -> removed, 임시조치 -> restricted, 게시물 없음 -> not_found, 조치 안 함 with reason -> rejected",
    items=st((D[0], "removed"), (D[1], "restricted"), (D[2], "not_found"), (D[3], "removed"),
             (D[4], "rejected")),
)

dal_html = f"""<html><body>
<div>안녕하세요, 달빛커뮤니티 고객센터입니다.</div>
<div>요청하신 게시물 중 아래 2건을 확인하였습니다.</div>
<ul>
<li><a href="{D[0]}">자유게시판 10482번 글</a> : 게시중단 처리되었습니다.</li>
<li><a href="{D[2]}">유머 2291번 글</a> : 작성자가 이미 직접 삭제한 게시물입니다.</li>
</ul>
<div>나머지 게시물은 검토가 끝나는 대로 안내드리겠습니다.</div>
<div>감사합니다.</div>
</body></html>"""
case(
    name="dalbit-html-base64",
    from_="cs@dalbit-community.kr", name_from=kr("달빛커뮤니티 고객센터"),
    date="Thu, 12 Sep 2024 11:31:40 +0900",
    subject=kr("게시물 조치 안내 (KCSC-240911-05)"),
    raw_mime=f"""
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(dal_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal customer-centre HTML notice (게시중단), base64 body, links behind titles",
    why="게시중단 -> removed; 작성자가 이미 삭제 -> not_found; the rest only promised",
    items=st((D[0], "removed"), (D[2], "not_found")),
)

case(
    name="pinchan-janitor-informal",
    from_="admin@pinchan.org", name_from="pinchan admin",
    date="Thu, 12 Sep 2024 23:58:01 +0000",
    subject="Re: KCSC-240912-06",
    reply_to_req="req-240912-06",
    body=f"""
hey,

nuked the thread (>>55120) and its image, so {P[0]} and
{P[2]} are both gone.

{P[1]} is just people arguing about a football match, nothing illegal in
it, I'm leaving that one up.

- r.
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin answering in two casual lines",
    why="thread and image gone -> removed; post left up because nothing illegal -> rejected",
    items=st((P[0], "removed"), (P[2], "removed"), (P[1], "rejected")),
)

case(
    name="pinchan-status-above-urls",
    from_="mod-team@pinchan.org", name_from="pinchan mod team",
    date="Fri, 13 Sep 2024 04:22:19 +0000",
    subject="Re: KCSC-240912-06",
    reply_to_req="req-240912-06",
    body=f"""
both deleted:

{P[1]}
{P[2]}

-- pinchan mod team
""",
    outcome="applied", classification="confirmation",
    imitates="terse moderator reply, status on the line above two bare URLs",
    why="'both deleted:' heads the two URLs",
    items=st((P[1], "removed"), (P[2], "removed")),
)

case(
    name="fc-url-below-statement",
    from_="abuse@filecrate.io", name_from="FileCrate Abuse Team",
    date="Sat, 14 Sep 2024 12:00:31 +0200",
    subject="RE: KCSC-240909-01",
    body=f"""
Hello,

The following file was deleted for breaching section 4.2 of our Terms:
{F[3]}

The following link is invalid; no file with this ID has ever been
uploaded to FileCrate:
{F[4]}

The following file has been made unavailable in South Korea only, as a
court in the uploader's country has found it lawful there:
{F[7]}

Regards,
FileCrate Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk template with the URL on the line below its statement",
    why="deleted -> removed; invalid link -> not_found; unavailable in South Korea only -> restricted",
    items=st((F[3], "removed"), (F[4], "not_found"), (F[7], "restricted")),
)

case(
    name="fc-wrapped-angle-brackets",
    from_="legal@filecrate.io", name_from="FileCrate Legal",
    date="Wed, 11 Sep 2024 09:44:02 +0200",
    subject="KCSC-240909-01: folder link",
    body="""
Dear KCSC,

The shared folder you reported, <https://filecrate.io/folder/
Xe42Rb/list>, has been disabled together with all files in it. The
single file <https://filecrate.io/f/k7Qm2xWp> was also removed.

Lena Vogt
Legal Counsel, FileCrate
""",
    outcome="applied", classification="confirmation",
    imitates="hand-wrapped legal reply with a URL in angle brackets broken across lines",
    why="folder disabled -> removed (URL wrapped inside <...>, RFC 3986 app. C); single file removed",
    items=st((F[10], "removed"), (F[0], "removed")),
)

case(
    name="fc-dsa-statement-of-reasons",
    from_="dsa-notices@filecrate.io", name_from="FileCrate DSA Notices",
    date="Wed, 18 Sep 2024 10:00:00 +0200",
    subject="Statement of reasons - notice KCSC-240909-01 (Art. 17 DSA)",
    body=f"""
STATEMENT OF REASONS

Notice reference: KCSC-240909-01
Our decision ID: FC-SOR-2024-0918-00412

Content concerned: {F[5]}
Decision: removal of the content
Territorial scope: worldwide
Duration: permanent
Facts and circumstances: the file was reported by a public authority. We
verified that it contained material prohibited by section 4.2 of our Terms
of Service.
Automated means: no automated means were used to detect or decide.
Ground: contractual (Terms of Service, section 4.2)
Redress: the uploader may appeal at https://filecrate.io/appeals or
turn to a certified out-of-court dispute settlement body.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (field: value layout)",
    why="'Decision: removal of the content' for the one content URL; the appeals link is not an item",
    items=st((F[5], "removed")),
)

case(
    name="dalbit-arrow-lines",
    from_="admin@dalbit-community.kr", name_from=kr("달빛커뮤니티 운영자"),
    date="Thu, 12 Sep 2024 09:05:33 +0900",
    subject=kr("Re: [KCSC-240911-05] 불법정보 삭제 요청"),
    reply_to_req="req-240911-05",
    body=f"""
확인했습니다.

{D_RAW[2]} → 작성자 본인이 이미 지운 글이라 남아 있는 게 없습니다.
{D_RAW[1]} → 운영자 삭제 완료.

나머지도 보는 중입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin reply, raw Korean-path URL → result on each line",
    why="already deleted by its author -> not_found; 운영자 삭제 완료 -> removed",
    items=st((D[2], "not_found"), (D[1], "removed")),
)

qh_csv = (
    "case_id,reported_url,outcome,closed_at\n"
    f"QH-77812-1,{Q[0]},account suspended - site offline,2024-09-14\n"
    f"QH-77812-2,{Q[1]},account suspended - site offline,2024-09-14\n"
    f"QH-77812-3,{Q[2]},no violation - customer holds a licence,2024-09-15\n"
    f"QH-77812-4,{Q[3]},content removed by customer,2024-09-13\n"
)
case(
    name="qh-csv-case-export",
    from_="abuse-reports@quillhost.net", name_from="Quill Hosting Abuse Reports",
    date="Mon, 16 Sep 2024 02:00:05 +0000",
    subject="Abuse case export QH-77812 (KCSC-240910-02)",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="qh-exp-0916"

--qh-exp-0916
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Attached is the export of abuse case QH-77812 with the outcome for each
reported URL.

Quill Hosting Abuse Desk

--qh-exp-0916
Content-Type: text/csv; name="QH-77812.csv"
Content-Disposition: attachment; filename="QH-77812.csv"
Content-Transfer-Encoding: 7bit

{qh_csv}
--qh-exp-0916--
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse-case export as a plain 7bit CSV attachment",
    why="suspended/site offline -> removed; no violation -> rejected; content removed -> removed",
    items=st((Q[0], "removed"), (Q[1], "removed"), (Q[2], "rejected"), (Q[3], "removed")),
)

case(
    name="veil-outlook-top-post",
    from_="s.park@veilcdn.com", name_from="Seo-yeon Park",
    date="Thu, 12 Sep 2024 01:17:45 +0000",
    subject="RE: KCSC-240910-03 removal request",
    body=f"""
Hello,

The banner image {V[2]} has been purged from our cache and the storage
object deleted.

For the two hanbit-toto.example pages, VeilCDN only proxies traffic; I have
forwarded your request to the hosting provider.

Best regards,
Seo-yeon Park
Trust & Safety, VeilCDN

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 4:30 PM
To: abuse@veilcdn.com
Subject: KCSC-240910-03 removal request

Dear VeilCDN,

Please remove or disable access to the following:
{V[0]}
{V[1]}
{V[2]}

Reference: KCSC-240910-03
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply above '-----Original Message-----'",
    why="banner deleted -> removed; the hanbit pages are only forwarded and appear below only in our quoted request",
    items=st((V[2], "removed"), (V[0], "pending"), (V[1], "pending")),
)

# ==================================================================== REVIEW
case(
    name="qh-bulk-all-removed",
    from_="abuse@quillhost.net", name_from="Quill Hosting Abuse",
    date="Fri, 13 Sep 2024 16:45:00 +0000",
    subject="[Abuse #QH-77812] KCSC-240910-02 closed",
    reply_to_req="req-240910-02",
    body="""
Hello,

All content listed in your notice has been removed by our customer and we
have verified it. This ticket is now closed.

Quill Hosting Abuse Desk
""",
    outcome="review", review="bulk",
    imitates="host closing a ticket with one sentence for all reported content",
    why="'all content listed' for a four-item request names no item",
    items=st((Q[0], "pending"), (Q[1], "pending"), (Q[2], "pending"), (Q[3], "pending")),
)

case(
    name="fc-promise-escalated",
    from_="abuse@filecrate.io", name_from="FileCrate Abuse Team",
    date="Tue, 10 Sep 2024 11:03:27 +0200",
    subject="Re: [KCSC-240909-01] Removal request - 14 links",
    reply_to_req="req-240909-01",
    body=f"""
Hi,

Thanks. We have escalated these three to our legal team:
{F[8]}
{F[9]}
{F[12]}

They will be taken down within 24 hours once legal signs off. We'll
confirm when it's done.

Mira
""",
    outcome="review", review="not_understood",
    imitates="abuse desk escalating to legal with a promise",
    why="'will be taken down ... once legal signs off' is a conditional promise",
    items=st((F[8], "pending"), (F[9], "pending"), (F[12], "pending")),
)

case(
    name="dalbit-hedge-korean",
    from_="admin@dalbit-community.kr", name_from=kr("달빛커뮤니티 운영자"),
    date="Wed, 11 Sep 2024 14:40:50 +0900",
    subject=kr("Re: [KCSC-240911-05] 불법정보 삭제 요청"),
    reply_to_req="req-240911-05",
    body=f"""
안녕하세요.
말씀하신 {D_RAW[0]}，{D_RAW[1]} 두 글은 제가 보기엔 이미 지워진 것 같은데
서버 기록을 확인해 봐야 확실히 말씀드릴 수 있을 것 같습니다.
확인되면 다시 연락드릴게요.
""",
    outcome="review", review="not_understood",
    imitates="Korean forum admin unsure whether posts are gone (hedge), full-width comma",
    why="'이미 지워진 것 같은데 ... 확인해 봐야' is a hedge, not a statement",
    items=st((D[0], "pending"), (D[1], "pending")),
)

case(
    name="pinchan-untrusted-dmarc-fail",
    from_="admin@pinchan.org", name_from="pinchan admin",
    auth="fail",
    date="Fri, 13 Sep 2024 02:10:00 +0000",
    subject="Re: KCSC-240912-06",
    body=f"""
all three deleted:
{P[0]}
{P[1]}
{P[2]}
- r.
""",
    outcome="review", review="untrusted",
    imitates="terse admin reply whose pinchan.org sender fails DKIM/SPF/DMARC",
    why="platform domain failing authentication",
    items=st((P[0], "pending"), (P[1], "pending"), (P[2], "pending")),
)

case(
    name="site-owner-unknown-sender",
    from_="webmaster@lucky-moon-casino.example", name_from="Lucky Moon Support",
    date="Thu, 12 Sep 2024 02:33:10 +0000",
    subject="KCSC-240910-02 - page removed",
    body=f"""
To whom it may concern,

Our hosting company told us about your complaint. We have deleted the
page {Q[1]} from our website. Please ask Quill Hosting to lift the
warning on our account.

Lucky Moon team
""",
    outcome="review", review="unknown_sender",
    imitates="site owner (host's customer) writing to the regulator directly",
    why="the sender is not a platform; claims need a person",
    items=st((Q[1], "pending")),
)

case(
    name="qh-about-cdn-request-wrong-platform",
    from_="abuse@quillhost.net", name_from="Quill Hosting Abuse",
    date="Sat, 14 Sep 2024 10:10:10 +0000",
    subject="Abuse report via VeilCDN: hanbit-toto.example",
    body=f"""
Hello,

VeilCDN forwarded us your report (your reference KCSC-240910-03) because
the origin server of hanbit-toto.example sits in our data centre. We have
suspended that server. {V[0]} and {V[1]} no longer serve any content.

Regards,
Ana Ruiz
Abuse Desk, Quill Hosting
""",
    outcome="review", review="wrong_platform",
    imitates="origin host answering a report the CDN passed on",
    why="Quill Hosting states statuses for items of the VeilCDN request",
    items=st((V[0], "pending"), (V[1], "pending")),
)

case(
    name="dalbit-no-claims",
    from_="admin@dalbit-community.kr", name_from=kr("달빛커뮤니티 운영자"),
    date="Sun, 15 Sep 2024 19:22:00 +0900",
    subject=kr("처리했습니다"),
    body="""
안녕하세요, 달빛커뮤니티 운영자입니다.
보내주신 건 처리했습니다. 확인 부탁드립니다.
감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Korean forum admin writing a fresh one-liner without reference or link",
    why="trusted platform email naming no item and no request",
    items={},
)

case(
    name="nb-asks-for-documents",
    from_="abuse@namebarn.com", name_from="NameBarn Abuse",
    date="Thu, 12 Sep 2024 09:15:00 +0000",
    subject="Re: [NB-ABUSE-220931] KCSC-240911-04",
    reply_to_req="req-240911-04",
    body=f"""
Hello,

Before we can act on {N[0]} and {N[1]} we need the following:

1. a copy of the decision requiring removal, on official letterhead and
   signed;
2. dated screenshots showing the content at each address;
3. the provision of Korean law the content breaches.

Please reply to this ticket with the documents attached.

NameBarn Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for an official order and evidence before acting",
    why="asks for documents; no statement about the items",
    items=st((N[0], "pending"), (N[1], "pending")),
)

case(
    name="pinchan-conflicting-modlog",
    from_="admin@pinchan.org", name_from="pinchan admin",
    date="Sat, 14 Sep 2024 03:30:44 +0000",
    subject="Re: KCSC-240912-06",
    reply_to_req="req-240912-06",
    body=f"""
deleted {P[0]}, you're welcome.

mod log for your report:
[2024-09-14 03:12] report #8812 {P[0]}  dismissed (not against rules)

- r.
""",
    outcome="review", review="conflicting_statements",
    imitates="image-board admin pasting a mod-log line under his own answer",
    why="the same thread is called deleted and, in the log, dismissed as not against the rules",
    items=st((P[0], "pending")),
)

case(
    name="veil-not-a-host-forwarded",
    from_="trust-safety@veilcdn.com", name_from="VeilCDN Trust & Safety",
    date="Wed, 11 Sep 2024 03:01:15 +0000",
    subject="Re: KCSC-240910-03 - hanbit-toto.example",
    reply_to_req="req-240910-03",
    body=f"""
Hello,

VeilCDN is a reverse proxy and security service; we are not the hosting
provider for hanbit-toto.example and cannot remove content from it. The
site's origin is operated by another company. We have forwarded your
report, including the URLs below, to that hosting provider and to our
customer:

{V[0]}
{V[1]}

You may also wish to contact the hosting provider directly.

VeilCDN Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN standard reply: we are a pass-through, complaint forwarded to the host",
    why="no status: the CDN passes the report on; not a refusal on the merits",
    items=st((V[0], "pending"), (V[1], "pending")),
)

case(
    name="qh-conditional-customer-notified",
    from_="abuse@quillhost.net", name_from="Quill Hosting Abuse",
    date="Tue, 10 Sep 2024 23:50:00 +0000",
    subject="[Abuse #QH-77812] KCSC-240910-02 - customer notified",
    reply_to_req="req-240910-02",
    body=f"""
Hello,

We have notified our customer about the following:
{Q[0]}
{Q[2]}

If the content is not removed within 48 hours we will suspend the service.
We'll let you know the outcome.

Quill Hosting Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="host abuse desk telling the reporter the customer has a deadline",
    why="condition and promise only; URLs named, nothing stated",
    items=st((Q[0], "pending"), (Q[2], "pending")),
)

case(
    name="qh-forwarded-customer-reply",
    from_="abuse@quillhost.net", name_from="Quill Hosting Abuse",
    date="Fri, 13 Sep 2024 09:40:00 +0000",
    subject="Fwd: Re: [Abuse #QH-77812] KCSC-240910-02",
    body=f"""
FYI - the customer's answer is below.

Ana

---------- Forwarded message ---------
From: Lucky Moon Support <webmaster@lucky-moon-casino.example>
Date: Fri, 13 Sep 2024 at 09:12
Subject: Re: [Abuse #QH-77812] KCSC-240910-02
To: <abuse@quillhost.net>

Hi, we removed {Q[1]} and the landing page {Q[0]} now only shows a
maintenance notice.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="abuse desk forwarding its customer's own reply with an FYI",
    why="the statements are the customer's, in forwarded text; the host states nothing itself",
    items=st((Q[0], "pending"), (Q[1], "pending")),
)

# =================================================================== IGNORED
case(
    name="fc-out-of-office",
    from_="lena.vogt@filecrate.io", name_from="Lena Vogt",
    date="Mon, 09 Sep 2024 08:01:12 +0200",
    subject="Automatic reply: [KCSC-240909-01] Removal request - 14 links",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent takedown matters please write to
abuse@filecrate.io.

Lena Vogt, Legal Counsel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="auto-reply",
    items={},
)

nb_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@namebarn.com
Subject: [KCSC-240911-04] Removal request - 2 items
Date: Wed, 11 Sep 2024 10:00:00 +0900
Message-ID: <req-240911-04@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear NameBarn,

Please suspend or disable the following (reference KCSC-240911-04):
{N[0]}
{N[1]}

KCSC"""
case(
    name="nb-dsn-unknown-mailbox",
    from_="MAILER-DAEMON@mx1.namebarn.com", name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 01:00:04 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.4Xk2.1726016404"

--dsn.4Xk2.1726016404
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.namebarn.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@namebarn.com>: unknown user: "abuse-kr"

--dsn.4Xk2.1726016404
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.namebarn.com
Arrival-Date: Wed, 11 Sep 2024 01:00:03 +0000

Final-Recipient: rfc822; abuse-kr@namebarn.com
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "abuse-kr"

--dsn.4Xk2.1726016404
Content-Type: message/rfc822

{nb_orig}

--dsn.4Xk2.1726016404--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our request",
    why="bounce; the URLs are in our own returned message",
    items=st((N[0], "pending"), (N[1], "pending")),
)

case(
    name="dalbit-read-receipt",
    from_="admin@dalbit-community.kr", name_from=kr("달빛커뮤니티 운영자"),
    date="Wed, 11 Sep 2024 11:02:37 +0900",
    subject=kr("읽음 확인: [KCSC-240911-05] 불법정보 삭제 요청"),
    reply_to_req="req-240911-05",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dalbit-0911"

--mdn-dalbit-0911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 2024-09-11 11:02에 읽었습니다.
제목: [KCSC-240911-05] 불법정보 삭제 요청

--mdn-dalbit-0911
Content-Type: message/disposition-notification

Reporting-UA: webmail.dalbit-community.kr; DalbitMail 3.2
Original-Recipient: rfc822;admin@dalbit-community.kr
Final-Recipient: rfc822;admin@dalbit-community.kr
Original-Message-ID: <req-240911-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dalbit-0911--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, RFC 8098 MDN)",
    why="read receipt",
    items={},
)

case(
    name="qh-ticket-receipt",
    from_="noreply@quillhost.net", name_from="Quill Hosting Abuse",
    date="Fri, 13 Sep 2024 01:00:40 +0000",
    subject="[Abuse #QH-78140] We received your report",
    reply_to_req="req-240913-07",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for contacting Quill Hosting Abuse.

Your report has been logged as ticket #QH-78140 and will be assigned to an
analyst. Please keep the ticket number in the subject line of any reply.

This is an automated message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket-creation receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="pinchan-unmonitored-autoreply",
    from_="noreply@pinchan.org", name_from="pinchan",
    date="Thu, 12 Sep 2024 02:00:09 +0000",
    subject="Re: KCSC-240912-06",
    reply_to_req="req-240912-06",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This address is not read by a human. Reports about posts must be filed
with the report button under each post or at https://pinchan.org/report .
Messages sent here are deleted automatically.
""",
    outcome="ignored", classification="auto_reply",
    imitates="unmonitored-mailbox autoresponder of a small site",
    why="auto-reply; 'deleted' is about our message, not an item",
    items={},
)

case(
    name="dalbit-ack-korean",
    from_="cs@dalbit-community.kr", name_from=kr("달빛커뮤니티 고객센터"),
    date="Wed, 11 Sep 2024 10:31:02 +0900",
    subject=kr("[달빛커뮤니티] 신고 접수 완료 안내"),
    body="""
안녕하세요. 달빛커뮤니티 고객센터입니다.

보내주신 신고(KCSC-240911-05)가 정상적으로 접수되었습니다.
접수번호: D-20240911-0115

담당자 확인 후 처리 결과를 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean customer-centre 신고 접수 완료 receipt",
    why="receipt with a case number, nothing about items",
    items={},
)

case(
    name="veil-ack-echo",
    from_="abuse-noreply@veilcdn.com", name_from="VeilCDN Abuse",
    date="Tue, 10 Sep 2024 07:31:55 +0000",
    subject="[VeilCDN] Abuse report received - 2409-KR-5531",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
This is an automated confirmation. We received your abuse report with the
following details:

Report ID: 2409-KR-5531
Reporter: KCSC Takedown
Reported URLs:
  {V[0]}
  {V[1]}
  {V[2]}
Justification: illegal gambling (KCSC-240910-03)

Our Trust & Safety team reviews reports in the order received. You will
receive a separate message when action is taken. Please do not reply to
this email.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form receipt echoing the submitted report",
    why="automated receipt; the URLs are only echoed",
    items=st((V[0], "pending"), (V[1], "pending"), (V[2], "pending")),
)


HEADER = """# Blind set 493: hosts, a CDN, a registrar, a Korean forum, an image board
# and a file host answering informally; CSV attachments and plain-text
# tables. Written by tests/corpus/blind493/make.py from each email's meaning,
# before the reader was run on any of these emails. See NOTES.md."""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        cases.append(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
