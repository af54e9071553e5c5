#!/usr/bin/env python3
"""Blind set blind193: hosting providers, a CDN, a registrar, a Korean forum,
an image board and a file host answering the regulator, often informally
(abuse desks, admins writing one line), plus CSV attachments and plain-text
tables. Deterministic: writes requests.csv, cases/*.eml and expected.toml.

    python3 tests/corpus/blind193/make.py

Expected results were written from each email's meaning before any run of
the reader. All names, sites, ids and URLs are fictional.
"""
import base64
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))
UTC = timezone.utc


def d(s, tz=KST):
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


def pct(url):
    """Percent-encode the non-ASCII path of a URL as it is stored in requests.csv."""
    return quote(url, safe=":/?=&%#~")


# ---------------------------------------------------------------- requests
F = [
    "https://filenest.io/f/7Qk2mZp9",
    "https://filenest.io/f/Hx31aaLw",
    "https://filenest.io/f/b8RtY0cc",
    "https://filenest.io/f/Zp44nVqe",
    "https://filenest.io/f/kL9sWw2u",
    "https://filenest.io/f/Me7Aa1xd",
    "https://filenest.io/f/q0Jd5TgH",
    "https://filenest.io/f/Ur2Bn8Ks",
    "https://filenest.io/d/folder/Vv61PqRa",
    "https://filenest.io/f/Yc3oE9mf",
    "https://filenest.io/f/Ta5Lh2Wz",
    "https://filenest.io/f/Nd8Gx4Jp",
    "https://filenest.io/f/Wq0Ci7Ro",
    "https://filenest.io/f/Eb6Fs3Ky",
]
N = [
    "https://haneul-toto77.com/",
    "https://haneul-toto77.com/event/signup-bonus",
    "http://cheap-rx-korea.shop/products/list?cat=12",
    "http://203.0.113.45/~mirae/promo.html",
]
N5 = "https://mirae-invest-kr.site/login.php"
E = [
    "https://bada-stream.tv/live/ch-09",
    "https://bada-stream.tv/vod/2024/0815-ep3",
    "https://pill-direct24.net/ko/order",
]
H = [
    "http://kasino-royal88.kr/",
    "http://hwanjeon-pay.co.kr/exchange",
]
S_RAW = [
    "https://sonagi.kr/board/free/88123",
    "https://sonagi.kr/board/free/88140",
    "https://sonagi.kr/board/홍보/5521",
    "https://sonagi.kr/board/홍보/5530",
    "https://sonagi.kr/member/profile.php?uid=bluewave92",
]
S = [pct(u) for u in S_RAW]  # as stored in requests.csv / expected.toml
P = [
    "https://pinechan.org/b/res/482910.html",
    "https://pinechan.org/b/res/482977.html",
    "https://pinechan.org/kr/res/10442.html",
]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240902-01", "filenest", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", F,
     "copyright", "file host; 13 files and one shared folder"),
    ("KCSC-240903-02", "northpeak", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00", N,
     "gambling", "customer sites on a hosting provider's network"),
    ("KCSC-240904-03", "edgerelay", "2024-09-04T09:20:00+09:00", "2024-09-11T18:00:00+09:00", E,
     "illegal_streaming", "sites behind a CDN"),
    ("KCSC-240905-04", "hanjoo", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", H,
     "gambling", "domains registered with a Korean registrar"),
    ("KCSC-240906-05", "sonagi", "2024-09-06T10:10:00+09:00", "2024-09-13T18:00:00+09:00", S,
     "obscenity", "forum posts and one member profile"),
    ("KCSC-240909-06", "pinechan", "2024-09-09T16:45:00+09:00", "2024-09-16T18:00:00+09:00", P,
     "obscenity", "image board threads"),
    ("KCSC-240910-07", "northpeak", "2024-09-10T09:05:00+09:00", "2024-09-13T18:00:00+09:00", [N5],
     "phishing", "single phishing page"),
]
REQ = {r[0]: r for r in REQUESTS}
CATEGORY = {N[2]: "illegal_drugs", E[2]: "illegal_drugs"}


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, CATEGORY.get(u, cat), mid(ref) + "@kcsc.example", '"' + note + '"']))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- quoting helpers
def request_text(ref, raw_urls):
    out = [
        "Dear Trust & Safety team,",
        "",
        f"The Korea Communications Standards Commission (KCSC) asks you to remove or",
        f"disable access to the items below (our reference {ref}).",
        "",
    ]
    for i, u in enumerate(raw_urls, 1):
        out.append(f"{i}. {u}")
    out += ["", "Please reply to this address with the result for each item.", "",
            "KCSC Takedown Desk"]
    return out


def gmail_quote(ref, raw_urls, when):
    head = f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"
    return head + "\n" + "\n".join(("> " + l).rstrip() for l in request_text(ref, raw_urls))


def outlook_quote(ref, raw_urls, when, to):
    return "\n".join([
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {when}",
        f"To: {to}",
        f"Subject: [{ref}] Removal request",
        "",
    ] + request_text(ref, raw_urls))


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def part(body, ctype="text/plain; charset=utf-8", enc="8bit", filename=None):
    h = [f"Content-Type: {ctype}"]
    if filename:
        h.append(f'Content-Disposition: attachment; filename="{filename}"')
    h.append(f"Content-Transfer-Encoding: {enc}")
    if enc == "base64":
        body = b64(body)
    elif enc == "quoted-printable":
        body = qp(body)
    return "\n".join(h) + "\n\n" + body.strip("\n")


def multipart(parts, boundary, subtype="mixed", extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p)
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def single(body, ctype="text/plain; charset=utf-8", enc="8bit"):
    return part(body, ctype, enc) + "\n"


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= APPLIED
# --- FileNest (file host), request KCSC-240902-01, 14 items
csv_rows = [
    ("reported_url", "file_name", "action", "action_date_utc"),
    (F[0], "pack_0901.zip", "Deleted", "2024-09-05"),
    (F[1], "ep01-ep12.mkv.7z", "Deleted", "2024-09-05"),
    (F[2], "ep13.mp4", "Deleted", "2024-09-05"),
    (F[3], "ep14.mp4", "Deleted", "2024-09-05"),
    (F[4], "scan_vol3.rar", "File not found", ""),
    (F[5], "ost_full.flac.zip", "Deleted", "2024-09-05"),
    (F[6], "movie_2024_kor.mp4", "Deleted", "2024-09-05"),
    (F[7], "movie_2024_kor_part2.mp4", "Deleted", "2024-09-05"),
    (F[8], "(folder, 37 files)", "Deleted", "2024-09-05"),
    (F[9], "sub_kor.srt", "Deleted", "2024-09-05"),
    (F[10], "bonus.iso", "File not found", ""),
    (F[11], "trailer_fan_edit.mp4", "Kept - no violation of ToS found", ""),
    (F[12], "season2_e1.mkv", "Deleted", "2024-09-05"),
    (F[13], "season2_e2.mkv", "Deleted", "2024-09-05"),
]
csv_text = "\r\n".join(",".join(r) for r in csv_rows) + "\r\n"
case(
    name="fn-csv-attachment-fourteen", from_="legal@filenest.io", name_from="FileNest Legal",
    date=d("2024-09-06 03:14:00", UTC),
    subject="Re: [KCSC-240902-01] Removal request - outcome", reply_to_req=mid("KCSC-240902-01"),
    raw_mime=multipart([
        part("Hello,\n\nThe outcome for each link in your notice KCSC-240902-01 is in the attached\n"
             "spreadsheet (one row per reported link).\n\nRegards,\nFileNest Legal\n"),
        part(csv_text, "text/csv; charset=utf-8; name=\"KCSC-240902-01_outcome.csv\"", "base64",
             "KCSC-240902-01_outcome.csv"),
    ], "fn-b1-7781"),
    outcome="applied", classification="confirmation",
    imitates="file host legal team returning a per-link outcome spreadsheet (CSV attachment)",
    why="CSV rows: 11 deleted, 2 file not found, 1 kept for no violation",
    items={**{u: "removed" for u in F}, F[4]: "not_found", F[10]: "not_found", F[11]: "rejected"},
)

case(
    name="fn-text-table-partial", from_="abuse@filenest.io", name_from="FileNest Abuse",
    date=d("2024-09-04 08:40:00", UTC),
    subject="Case FN-DMCA-44871 / KCSC-240902-01 - partial update",
    body=f"""Hello KCSC,

Partial update on case FN-DMCA-44871 (your ref KCSC-240902-01):

 #  Link                              Action      Date (UTC)
 1  {F[1]}    DELETED     2024-09-04
 2  {F[2]}    DELETED     2024-09-04
 3  {F[3]}    NOT FOUND   -
 4  {F[4]}    DISABLED    2024-09-04
 5  {F[5]}    DELETED     2024-09-04

The other links in your notice are still with our legal team.

FileNest Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk plain-text status table (fixed-width columns)",
    why="five links with DELETED / NOT FOUND / DISABLED; the rest explicitly still open",
    items={F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "removed", F[5]: "removed"},
)

case(
    name="fn-bare-url-status-below", from_="marek@filenest.io", name_from="Marek Z.",
    date=d("2024-09-03 22:05:00", UTC),
    subject="Re: [KCSC-240902-01] Removal request", reply_to_req=mid("KCSC-240902-01"),
    body=f"""hi,

{F[6]}
-> removed, uploader banned

{F[7]}
-> removed

{F[12]}
-> no such file on our storage (never existed or id mistyped?)

rest pending, will get back to you.

--
Marek / FileNest abuse
""",
    outcome="applied", classification="confirmation",
    imitates="one-person abuse desk answering with bare URLs and arrows",
    why="two removed, one 'no such file'; the guess in brackets only explains it",
    items={F[6]: "removed", F[7]: "removed", F[12]: "not_found"},
)

html_fn = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC team,</p>
<p>Please find below the actions taken on your notice <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Action taken</th></tr>
<tr><td><a href="{F[5]}">{F[5]}</a></td><td>Removed</td></tr>
<tr><td><a href="{F[6]}">{F[6]}</a></td><td>Removed</td></tr>
<tr><td><a href="{F[7]}">{F[7]}</a></td><td>Access disabled for users in South Korea</td></tr>
<tr><td><a href="{F[9]}">{F[9]}</a></td><td>Removed</td></tr>
</table>
<p>Questions about our process: <a href="https://filenest.io/legal/copyright">https://filenest.io/legal/copyright</a></p>
<p>FileNest Trust &amp; Safety</p>
</body></html>"""
case(
    name="fn-html-table-qp", from_="trust@filenest.io", name_from="FileNest Trust & Safety",
    date=d("2024-09-07 01:30:00", UTC),
    subject="Actions taken - KCSC-240902-01",
    raw_mime=multipart([
        part("Dear KCSC team,\n\nThis message is best viewed in HTML. Actions taken on KCSC-240902-01\n"
             "are listed in the HTML part.\n\nFileNest Trust & Safety\n", enc="quoted-printable"),
        part(html_fn, "text/html; charset=utf-8", "quoted-printable"),
    ], "fn-alt-0907", "alternative"),
    outcome="applied", classification="confirmation",
    imitates="trust & safety HTML notice with a two-column action table, quoted-printable",
    why="three removed, one disabled only in South Korea (restricted); policy link is no item",
    items={F[5]: "removed", F[6]: "removed", F[7]: "restricted", F[9]: "removed"},
)

case(
    name="fn-top-posted-over-gmail-quote", from_="ines@filenest.io", name_from="Ines from FileNest",
    date=d("2024-09-04 12:02:00", UTC),
    subject="Re: [KCSC-240902-01] Removal request", reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hi,

Both of these are gone now: {F[1]} and {F[12]} were deleted this morning.
I'm still looking into the others.

Ines

{gmail_quote("KCSC-240902-01", F, "Mon, 2 Sep 2024 at 10:00")}
""",
    outcome="applied", classification="confirmation",
    imitates="support agent top-posting over the Gmail-quoted request",
    why="two files deleted; the other 12 appear only in the quoted request",
    items={F[1]: "removed", F[12]: "removed"},
)

case(
    name="fn-folder-account-terminated", from_="abuse@filenest.io", name_from="FileNest Abuse",
    date=d("2024-09-05 06:50:00", UTC),
    subject="Re: [KCSC-240902-01] Removal request", reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hello,

The shared folder {F[8]} has been taken down together with
the 37 files inside it, and the account that owned it is terminated for repeat
infringement.

FileNest Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="file host repeat-infringer notice: folder taken down, account terminated",
    why="the folder URL is stated taken down",
    items={F[8]: "removed"},
)

case(
    name="fn-uploader-deleted-and-removed", from_="abuse@filenest.io", name_from="FileNest Abuse",
    date=d("2024-09-05 09:15:00", UTC),
    subject="KCSC-240902-01 update",
    body=f"""Hi KCSC,

{F[9]} had already been deleted by the uploader before our team got to it.
{F[10]} we removed today.

Best,
FileNest Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk noting a file the uploader deleted first",
    why="deleted by its uploader = not_found; the other removed by the host",
    items={F[9]: "not_found", F[10]: "removed"},
)

case(
    name="fn-echoed-report-status", from_="noreply@filenest.io", name_from="FileNest Reports",
    date=d("2024-09-08 02:00:00", UTC),
    subject="Your report #FN-20240904-5531 has been resolved",
    body=f"""Your report #FN-20240904-5531 has been resolved.

Reporter: KCSC Takedown <takedown@kcsc.example>
Reference given: KCSC-240902-01
Reported links:

  {F[9]}
  Status: Removed

  {F[10]}
  Status: Not found

  {F[11]}
  Status: No action - the file does not violate our Terms of Service

  {F[12]}
  Status: Removed

You can see the history of your reports at https://filenest.io/account/reports

This is an automatically generated message. Please do not reply.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket system 'report resolved' message echoing the report with a status per link",
    why="per-link statuses: removed, not found, no action for no violation (rejected), removed",
    items={F[9]: "removed", F[10]: "not_found", F[11]: "rejected", F[12]: "removed"},
)

case(
    name="fn-outlook-quoted-request", from_="tomas.v@filenest.io", name_from="Tomas Varga",
    date=d("2024-09-06 14:41:00", UTC),
    subject="RE: [KCSC-240902-01] Removal request", reply_to_req=mid("KCSC-240902-01"),
    body=f"""Good afternoon,

Update from our side:

- <{F[13]}> has been removed.
- {F[0]} does not exist in our storage, the id returns "file not found".

Kind regards,
Tomas Varga
Legal Operations | FileNest

{outlook_quote("KCSC-240902-01", F, "Monday, September 2, 2024 10:00 AM", "legal@filenest.io")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below '-----Original Message-----' (no '>' quoting)",
    why="one removed, one does not exist; the request's list below the separator is quoted text",
    items={F[13]: "removed", F[0]: "not_found"},
)

# --- NorthPeak (hosting provider), KCSC-240903-02 (4 items) and KCSC-240910-07 (1 item)
case(
    name="np-server-suspended-wrapped-url", from_="abuse@northpeak-hosting.com", name_from="NorthPeak Abuse",
    date=d("2024-09-05 16:20:00", UTC),
    subject="[NP-Abuse #88213] KCSC-240903-02 - resolved",
    body=f"""Hello,

Ticket #88213 (your reference KCSC-240903-02).

The dedicated server that hosted {N[0]} has been suspended by us; the site no
longer loads from our network.

Our customer has removed the page <https://haneul-toto77.com/event/
signup-bonus> from their site before the suspension.

We consider this ticket resolved.

--
NorthPeak Hosting - Abuse Department
https://northpeak-hosting.com/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse ticket closed: server suspended, customer removed page",
    why="site on a suspended server = removed; page removed by customer (URL wrapped inside <>)",
    items={N[0]: "removed", N[1]: "removed"},
)

case(
    name="np-sole-one-liner", from_="dmitri@northpeak-hosting.com", name_from="Dmitri K.",
    date=d("2024-09-10 13:12:00", UTC),
    subject="Re: [KCSC-240910-07] Phishing page on your network", reply_to_req=mid("KCSC-240910-07"),
    body=f"""Taken down, customer account closed.

Dmitri
NorthPeak abuse

{gmail_quote("KCSC-240910-07", [N5], "Tue, Sep 10, 2024 at 9:05 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk one-line reply in the request's thread",
    why="a one-item request; 'taken down' is the email's only statement, the URL is only quoted",
    items={N5: "removed"},
)

case(
    name="np-rejected-and-404", from_="abuse@northpeak-hosting.com", name_from="NorthPeak Abuse",
    date=d("2024-09-06 10:00:00", UTC),
    subject="[NP-Abuse #88213] KCSC-240903-02 - remaining items",
    body=f"""Hello,

Regarding the remaining two links of KCSC-240903-02:

{N[2]}
We reviewed this site with our legal counsel. The customer holds a pharmacy
licence in its jurisdiction and the page breaks no part of our Acceptable Use
Policy, so we will not take action against it.

{N[3]}
This file does not exist on the server; the address answers 404 and the
customer's directory contains no such page.

NorthPeak Hosting - Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider declining one URL with its reason and reporting a 404 on another",
    why="a reasoned refusal (rejected) and a page that does not exist (not_found)",
    items={N[2]: "rejected", N[3]: "not_found"},
)

case(
    name="np-url-below-statement", from_="support@northpeak-hosting.com", name_from="NorthPeak Support",
    date=d("2024-09-05 02:30:00", UTC),
    subject="Re: [KCSC-240903-02] Removal request", reply_to_req=mid("KCSC-240903-02"),
    body=f"""Dear KCSC,

The following page was disabled by our team on 2024-09-04:
    {N[1]}

The following one was deleted by our customer the same day:
    {N[2]}

We are still in contact with the customer about the other two.

Regards,
NorthPeak Support
""",
    outcome="applied", classification="confirmation",
    imitates="hosting support reply stating the action, then the URL indented below",
    why="each statement is followed by its URL on the next line",
    items={N[1]: "removed", N[2]: "removed"},
)

# --- EdgeRelay (CDN), KCSC-240904-03
case(
    name="er-geo-restrict-kr", from_="trust-safety@edgerelay.net", name_from="EdgeRelay Trust & Safety",
    date=d("2024-09-06 05:10:00", UTC),
    subject="EdgeRelay T&S - KCSC-240904-03",
    body=f"""Hello,

EdgeRelay has reviewed the report you submitted under reference KCSC-240904-03.

Following the order of the Korean authority, we have restricted access from
the Republic of Korea to the following URLs served through our network:

  * {E[0]}
  * {E[1]}

Visitors outside the Republic of Korea are not affected.

EdgeRelay Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust & safety notice of a country-level block",
    why="access restricted from Korea only = restricted",
    items={E[0]: "restricted", E[1]: "restricted"},
)

case(
    name="er-inline-csv-body", from_="trust-safety@edgerelay.net", name_from="EdgeRelay Trust & Safety",
    date=d("2024-09-09 07:45:00", UTC),
    subject="EdgeRelay actions for KCSC-240904-03",
    body=f"""Hi,

Actions for KCSC-240904-03, in CSV:

url,action,scope
{E[0]},geo-blocked,KR
{E[1]},geo-blocked,KR
{E[2]},blocked for all visitors,global

EdgeRelay Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN reply pasting a CSV export into the body",
    why="two geo-blocked in KR (restricted), one blocked globally (removed)",
    items={E[0]: "restricted", E[1]: "restricted", E[2]: "removed"},
)

case(
    name="er-korean-fullwidth", from_="kr-support@edgerelay.net", name_from="EdgeRelay 한국지사",
    date=d("2024-09-10 15:30:00"),
    subject="[KCSC-240904-03] 시정요구 조치 결과 회신",
    body=f"""안녕하십니까, EdgeRelay 한국지사입니다.

귀 위원회의 시정요구(KCSC-240904-03)에 대한 조치 결과를 알려드립니다.

{E[0]}、{E[1]}는 2024년 9월 10일부로 한국 내 접속 차단 처리하였습니다。

{E[2]}는 검토 결과 당사 이용약관 위반 사항이 확인되지 않아 별도 조치를 하지 않았습니다.

감사합니다.
EdgeRelay 한국지사 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean branch 시정요구 조치 결과 letter with full-width punctuation after URLs",
    why="two blocked within Korea (접속 차단 = restricted); one not acted on for no violation (rejected)",
    items={E[0]: "restricted", E[1]: "restricted", E[2]: "rejected"},
)

# --- Hanjoo Domains (registrar), KCSC-240905-04
case(
    name="hj-korean-hold-and-expired-b64", from_="abuse@hanjoodomains.co.kr", name_from="한주도메인 고객센터",
    date=d("2024-09-09 11:20:00"),
    subject="[한주도메인] KCSC-240905-04 불법정보 신고 처리 결과 안내", encode_subject=True,
    raw_mime=single(f"""안녕하세요, 한주도메인 불법정보 신고 담당자입니다.

접수하신 KCSC-240905-04 건의 처리 결과를 안내드립니다.

1) {H[0]}
   해당 도메인에 대해 등록 정지(clientHold) 조치를 하였으며, 현재 접속이 불가합니다.

2) {H[1]}
   해당 도메인은 2024년 8월 등록 기간 만료로 이미 삭제된 도메인으로, 존재하지 않습니다.

감사합니다.
한주도메인 고객센터
""", enc="base64"),
    outcome="applied", classification="confirmation",
    imitates="Korean registrar 신고 처리 결과 notice, base64-encoded body",
    why="domain put on hold and unreachable (removed); the other domain no longer exists (not_found)",
    items={H[0]: "removed", H[1]: "not_found"},
)

case(
    name="hj-english-serverhold", from_="abuse@hanjoodomains.co.kr", name_from="Hanjoo Domains Abuse",
    date=d("2024-09-10 08:05:00"),
    subject="Re: [KCSC-240905-04] Removal request", reply_to_req=mid("KCSC-240905-04"),
    body="""Dear Sir or Madam,

The domain behind <http://kasino-royal88.kr/> has been placed on serverHold at the
registry's request. The website no longer resolves anywhere.

Hanjoo Domains - Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse team reporting a serverHold",
    why="domain on hold, site no longer resolves = made unavailable",
    items={H[0]: "removed"},
)

# --- Sonagi (Korean forum), KCSC-240906-05
case(
    name="sg-admin-two-lines-korean", from_="admin@sonagi.kr", name_from="소나기 운영자",
    date=d("2024-09-07 21:40:00"),
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청", reply_to_req=mid("KCSC-240906-05"),
    body=f"""요청하신 게시물 {S_RAW[0]} 삭제했습니다.
{S_RAW[1]} 은 작성자가 이미 지운 글입니다.

소나기 운영자
""",
    outcome="applied", classification="confirmation",
    imitates="small forum admin writing two lines in Korean",
    why="one 삭제 (removed); one already deleted by its author (not_found)",
    items={S[0]: "removed", S[1]: "not_found"},
)

case(
    name="sg-numbered-korean-paths", from_="admin@sonagi.kr", name_from="소나기 운영팀",
    date=d("2024-09-08 10:15:00"),
    subject="[소나기] KCSC-240906-05 조치 안내", encode_subject=True,
    body=f"""안녕하세요. 소나기 커뮤니티 운영팀입니다.

홍보게시판 게시물 처리 결과입니다.

1. {S_RAW[2]} - 블라인드 처리
2. {S_RAW[3]} - 게시중단

나머지 건은 확인 후 다시 연락드리겠습니다.

소나기 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum 조치 안내 with a numbered list, raw Korean paths",
    why="블라인드 and 게시중단 both count as removed; raw paths match the percent-encoded URLs",
    items={S[2]: "removed", S[3]: "removed"},
)

case(
    name="sg-member-suspended-private", from_="admin@sonagi.kr", name_from="소나기 운영팀",
    date=d("2024-09-09 09:00:00"),
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청", reply_to_req=mid("KCSC-240906-05"),
    body=f"""안녕하세요.

회원 bluewave92 ({S_RAW[4]}) 계정은 이용정지하고 프로필을 비공개 처리하였습니다.

소나기 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="forum notice of a member suspension with the profile made private",
    why="프로필 비공개 처리 = removed",
    items={S[4]: "removed"},
)

html_sg = f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240906-05)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{S_RAW[0]}</td><td>삭제</td><td>2024-09-09</td></tr>
<tr><td>2</td><td>{S_RAW[1]}</td><td>삭제</td><td>2024-09-09</td></tr>
<tr><td>3</td><td>{S_RAW[2]}</td><td>임시조치(30일)</td><td>2024-09-09</td></tr>
<tr><td>4</td><td>{S_RAW[3]}</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>5</td><td>{S_RAW[4]}</td><td>조치 불가 (위반 사항 없음)</td><td>-</td></tr>
</table>
<p>소나기 커뮤니티 운영팀</p>
</body></html>"""
case(
    name="sg-html-table-base64", from_="admin@sonagi.kr", name_from="소나기 운영팀",
    date=d("2024-09-09 17:30:00"),
    subject="[소나기] 시정요구 조치결과 회신 (KCSC-240906-05)", encode_subject=True,
    raw_mime=single(html_sg, "text/html; charset=utf-8", "base64"),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 HTML table, base64 body",
    why="삭제 x2, 임시조치 (restricted), 게시물 없음 (not_found), 위반 사항 없음 (rejected)",
    items={S[0]: "removed", S[1]: "removed", S[2]: "restricted", S[3]: "not_found", S[4]: "rejected"},
)

sg_csv = "\ufeff" + "\r\n".join([
    "번호,URL,조치,비고",
    f"1,{S_RAW[0]},삭제,운영자 삭제",
    f"2,{S_RAW[2]},블라인드,",
    f"3,{S_RAW[3]},임시조치,30일",
]) + "\r\n"
case(
    name="sg-csv-attachment-korean", from_="admin@sonagi.kr", name_from="소나기 운영팀",
    date=d("2024-09-10 13:00:00"),
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청", reply_to_req=mid("KCSC-240906-05"),
    raw_mime=multipart([
        part("안녕하세요.\n조치 내역 첨부드립니다.\n\n소나기 운영팀\n"),
        part(sg_csv, 'text/csv; charset=utf-8; name="sonagi_조치내역.csv"', "base64", "sonagi_list.csv"),
    ], "sg-mix-0910"),
    outcome="applied", classification="confirmation",
    imitates="forum admin attaching a Korean-header CSV of actions (UTF-8 with BOM)",
    why="CSV: 삭제 and 블라인드 (removed), 임시조치 (restricted)",
    items={S[0]: "removed", S[2]: "removed", S[3]: "restricted"},
)

# --- Pinechan (image board), KCSC-240909-06
case(
    name="pc-janitor-both-deleted", from_="admin@pinechan.org", name_from="pinechan admin",
    date=d("2024-09-10 03:12:00", UTC),
    subject="Re: [KCSC-240909-06] Removal request", reply_to_req=mid("KCSC-240909-06"),
    body=f"""{P[0]} and {P[1]} - both threads deleted, files purged.

- admin
""",
    outcome="applied", classification="confirmation",
    imitates="image board admin answering in one line",
    why="both named threads deleted",
    items={P[0]: "removed", P[1]: "removed"},
)

case(
    name="pc-kr-geo-and-pruned", from_="abuse@pinechan.org", name_from="Pinechan Abuse",
    date=d("2024-09-11 19:00:00", UTC),
    subject="KCSC-240909-06",
    body=f"""Hello,

The /kr/ thread {P[2]} is now hidden for visitors from South Korea.

{P[1]} was already pruned from the board (404) when we looked.

Pinechan
""",
    outcome="applied", classification="confirmation",
    imitates="image board abuse address: regional hiding and a pruned thread",
    why="hidden in South Korea = restricted; pruned, 404 = not_found",
    items={P[2]: "restricted", P[1]: "not_found"},
)

case(
    name="pc-rejected-stays-up", from_="admin@pinechan.org", name_from="pinechan admin",
    date=d("2024-09-12 02:20:00", UTC),
    subject="Re: [KCSC-240909-06] Removal request", reply_to_req=mid("KCSC-240909-06"),
    body=f"""Looked at {P[0]} again. It's a drawing, nothing in it breaks our rules
or the law where we are, so it stays up.

- admin

> 1. {P[0]}
> 2. {P[1]}
> 3. {P[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="image board admin refusing with a one-sentence reason",
    why="stays up because it breaks no rule = rejected; the other two appear only in '>' quotes",
    items={P[0]: "rejected"},
)

# ================================================================= REVIEW
case(
    name="np-promise-customer-48h", from_="abuse@northpeak-hosting.com", name_from="NorthPeak Abuse",
    date=d("2024-09-04 09:00:00", UTC),
    subject="[NP-Abuse #88213] KCSC-240903-02",
    body=f"""Hello,

We have forwarded your complaint to our customer and given them 48 hours to
respond. If the content at {N[0]} is not removed by then, we will suspend
the server.

NorthPeak Hosting - Abuse Department
""",
    outcome="review", review="not_understood",
    imitates="hosting provider forwarding a complaint to its customer with a deadline",
    why="only a condition and a promise; nothing has been done yet",
    items={N[0]: "pending"},
)

case(
    name="er-cdn-not-the-host", from_="trust-safety@edgerelay.net", name_from="EdgeRelay Trust & Safety",
    date=d("2024-09-05 04:00:00", UTC),
    subject="EdgeRelay T&S - KCSC-240904-03 - forwarded to hosting provider",
    body=f"""Hello,

EdgeRelay is a pass-through CDN and does not host the content at the URLs you
reported:

{E[0]}
{E[1]}
{E[2]}

We have forwarded your report to the hosting providers and the site operators,
who are best placed to act on it. The hosting provider for bada-stream.tv is
Orbit Compute Ltd (abuse@orbit-compute.example).

EdgeRelay Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we do not host this content, forwarded to the host' reply",
    why="saying it is not the host is no status: the content is neither gone nor refused",
    items={E[0]: "pending", E[1]: "pending", E[2]: "pending"},
)

case(
    name="fn-bulk-all-removed", from_="abuse@filenest.io", name_from="FileNest Abuse",
    date=d("2024-09-09 05:00:00", UTC),
    subject="Re: [KCSC-240902-01] Removal request", reply_to_req=mid("KCSC-240902-01"),
    body="""Hello,

All files listed in your notice KCSC-240902-01 have been removed and the
uploader accounts have been terminated.

FileNest Abuse Desk
""",
    outcome="review", review="bulk",
    imitates="file host one-sentence 'all reported files removed' reply",
    why="one statement about a 14-item request without naming each item",
)

case(
    name="sg-bulk-all-deleted-korean", from_="admin@sonagi.kr", name_from="소나기 운영자",
    date=d("2024-09-07 23:10:00"),
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청", reply_to_req=mid("KCSC-240906-05"),
    body="""요청하신 게시물 전부 삭제 처리했습니다. 감사합니다.

소나기 운영자
""",
    outcome="review", review="bulk",
    imitates="forum admin: 'all requested posts deleted' in one Korean line",
    why="'전부 삭제' for a five-item request, no item named",
)

case(
    name="sg-hedge-appears-deleted", from_="admin@sonagi.kr", name_from="소나기 운영팀",
    date=d("2024-09-08 14:00:00"),
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청", reply_to_req=mid("KCSC-240906-05"),
    body=f"""안녕하세요.

문의하신 글({S_RAW[1]})은 작성자가 삭제한 것으로 보입니다만, 로그를 확인 중이라
확인되는 대로 다시 말씀드리겠습니다.

소나기 운영팀
""",
    outcome="review", review="not_understood",
    imitates="forum admin's hedged reply while checking logs",
    why="'삭제한 것으로 보입니다' is a hedge and the admin is still checking",
    items={S[1]: "pending"},
)

case(
    name="pc-forged-auth-fail", from_="admin@pinechan.org", name_from="pinechan admin", auth="fail",
    date=d("2024-09-10 06:30:00", UTC),
    subject="Re: [KCSC-240909-06] Removal request",
    body=f"""deleted:
{P[0]}
{P[1]}

- admin
""",
    outcome="review", review="untrusted",
    imitates="image board admin one-liner, but DKIM/SPF/DMARC fail",
    why="platform domain failing authentication: not trusted",
    items={P[0]: "pending", P[1]: "pending"},
)

case(
    name="site-owner-unknown-sender", from_="admin@haneul-toto77.com", name_from="haneul admin",
    date=d("2024-09-05 03:00:00", UTC),
    subject="about KCSC-240903-02 - page removed, please tell NorthPeak",
    body=f"""Hello KCSC,

I am the owner of haneul-toto77.com. I deleted the page
{N[1]} yesterday. Please inform NorthPeak so they do not
suspend my server.

Thank you
""",
    outcome="review", review="unknown_sender",
    imitates="hosting customer (site owner) writing to the regulator directly",
    why="the site owner is not the platform; only NorthPeak's own statement counts",
    items={N[1]: "pending"},
)

case(
    name="np-answers-for-cdn-item", from_="abuse@northpeak-hosting.com", name_from="NorthPeak Abuse",
    date=d("2024-09-07 08:00:00", UTC),
    subject="[NP-Abuse #88390] Complaint forwarded by EdgeRelay",
    body=f"""Hello,

EdgeRelay forwarded us your complaint because the origin server of
pill-direct24.net is on our network.

The content at {E[2]} has been removed by our customer
at our request.

NorthPeak Hosting - Abuse Department
""",
    outcome="review", review="wrong_platform",
    imitates="origin host answering a complaint a CDN forwarded to it",
    why="the item belongs to the EdgeRelay request; NorthPeak speaks for another platform's item",
    items={E[2]: "pending"},
)

case(
    name="hj-asks-court-order", from_="abuse@hanjoodomains.co.kr", name_from="Hanjoo Domains Abuse",
    date=d("2024-09-06 10:30:00"),
    subject="Re: [KCSC-240905-04] Removal request", reply_to_req=mid("KCSC-240905-04"),
    body=f"""Dear KCSC,

We are a registrar and do not host the content at {H[1]}.
To suspend a domain we need either a court order or a written decision of the
Commission naming the domain. Could you please send us a copy of the decision
for hwanjeon-pay.co.kr? We will act on the domain once we receive it.

Hanjoo Domains - Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for a court order or formal decision before suspending",
    why="asks for documents; the suspension is conditional",
    items={H[1]: "pending"},
)

case(
    name="fn-counter-notice-window", from_="legal@filenest.io", name_from="FileNest Legal",
    date=d("2024-09-05 11:00:00", UTC),
    subject="Re: [KCSC-240902-01] Removal request - status", reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hello,

The uploader of {F[2]} and {F[3]} has filed a counter-notice.
Under our policy these two files will be disabled once the counter-notice
window closes on 12 September, unless the uploader shows a licence.

FileNest Legal
""",
    outcome="review", review="not_understood",
    imitates="file host explaining a pending counter-notice",
    why="a future, conditional action; the files are still up",
    items={F[2]: "pending", F[3]: "pending"},
)

case(
    name="pc-new-abuse-contact", from_="admin@pinechan.org", name_from="pinechan admin",
    date=d("2024-09-13 04:00:00", UTC),
    subject="New abuse contact for pinechan",
    body="""Hi,

You are on our list of regular reporters. From 1 October our abuse address
changes to reports@pinechan.org. The old address will keep forwarding for a
month. Rules and the report guide stay at https://pinechan.org/rules.html

- admin
""",
    outcome="review", review="no_claims",
    imitates="image board admin announcing a new abuse contact",
    why="trusted platform email naming no item and no request",
)

# ================================================================= IGNORED
case(
    name="np-ticket-autoreceipt", from_="abuse@northpeak-hosting.com", name_from="NorthPeak Abuse",
    date=d("2024-09-03 02:31:00", UTC),
    subject="[NP-Abuse #88213] Received: [KCSC-240903-02] Removal request", reply_to_req=mid("KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""This is an automated message.

Your abuse report has been received and assigned ticket #88213. Our abuse
team works Monday to Friday, 09:00-18:00 CET. Please keep the ticket number
in the subject line of any further message about this report.

NorthPeak Hosting - Abuse Department
""",
    outcome="ignored",
    imitates="hosting helpdesk automatic ticket receipt",
    why="pure receipt, ticket number only, sent automatically",
)

case(
    name="hj-dsn-mailbox-full", from_="mailer-daemon@hanjoodomains.co.kr", name_from="Mail Delivery System",
    date=d("2024-09-05 14:01:10"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart([
        part("This is the mail system at host mx1.hanjoodomains.co.kr.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients.\n\n"
             "<abuse@hanjoodomains.co.kr>: host mbox.hanjoodomains.co.kr said: 552 5.2.2\n"
             "    Mailbox full (quota exceeded)\n"),
        part("Reporting-MTA: dns; mx1.hanjoodomains.co.kr\n"
             "Arrival-Date: Thu, 5 Sep 2024 14:01:02 +0900 (KST)\n\n"
             "Final-Recipient: rfc822; abuse@hanjoodomains.co.kr\n"
             "Action: failed\nStatus: 5.2.2\n"
             "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full (quota exceeded)\n",
             "message/delivery-status", "7bit"),
        part("From: KCSC Takedown <takedown@kcsc.example>\n"
             "To: abuse@hanjoodomains.co.kr\n"
             "Subject: [KCSC-240905-04] Removal request\n"
             "Message-ID: <req-240905-04@kcsc.example>\n"
             "Date: Thu, 05 Sep 2024 14:00:00 +0900\n\n"
             + "\n".join(request_text("KCSC-240905-04", H)) + "\n",
             "message/rfc822", "8bit"),
    ], "dsn-hj-0905", "report", "; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (mailbox full) with the request attached",
    why="a bounce; the URLs are only in our own returned request",
)

case(
    name="sg-mdn-displayed", from_="admin@sonagi.kr", name_from="소나기 운영팀",
    date=d("2024-09-06 11:02:00"),
    subject="읽음 확인: [KCSC-240906-05] 게시물 삭제 요청", encode_subject=True,
    raw_mime=multipart([
        part("보낸 메일 \"[KCSC-240906-05] 게시물 삭제 요청\"을(를) 수신자가 2024-09-06 11:02에 열어 보았습니다.\n"
             "이 확인은 메시지가 표시되었다는 뜻이며, 내용을 읽거나 이해했다는 뜻은 아닙니다.\n"),
        part("Reporting-UA: sonagi.kr; Webmail\n"
             "Final-Recipient: rfc822; admin@sonagi.kr\n"
             "Original-Message-ID: <req-240906-05@kcsc.example>\n"
             "Disposition: manual-action/MDN-sent-manually; displayed\n",
             "message/disposition-notification", "7bit"),
    ], "mdn-sg-0906", "report", "; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, Korean wording)",
    why="message displayed, nothing about the items",
)

case(
    name="fn-ticket-created-ack", from_="support@filenest.io", name_from="FileNest Support",
    date=d("2024-09-02 01:05:00", UTC),
    subject="[FileNest] Ticket #FN-55120 created - KCSC-240902-01",
    body="""Hello,

Thank you for contacting FileNest. We have received your request and created
ticket #FN-55120. Our legal team will review the links you sent and reply in
this ticket. You can follow its progress at https://filenest.io/support/tickets

FileNest Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk 'ticket created' receipt",
    why="a receipt with a ticket number and a promise to review; no statement",
)

case(
    name="er-autoreply-use-form", from_="abuse@edgerelay.net", name_from="EdgeRelay Abuse",
    date=d("2024-09-04 00:21:00", UTC),
    subject="Automatic reply: [KCSC-240904-03] Removal request",
    extra_headers=["Auto-Submitted: auto-generated", "Precedence: auto_reply"],
    body="""This is an automated response.

Abuse reports sent by email to this address are not processed. Please submit
your report through our web form at https://edgerelay.net/abuse so that it
reaches the right team. This message was sent automatically; replies are not
read.

EdgeRelay
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN abuse mailbox auto-reply redirecting to a web form",
    why="automatic reply; the form link is no item",
)

case(
    name="pc-ooo-admin", from_="admin@pinechan.org", name_from="pinechan admin",
    date=d("2024-09-09 07:46:00", UTC),
    subject="Out of office: [KCSC-240909-06] Removal request", reply_to_req=mid("KCSC-240909-06"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""I'm away until 23 September with limited access to mail. For takedowns,
please use the report button on the post; the janitors check the queue daily.

{gmail_quote("KCSC-240909-06", P, "Mon, 9 Sep 2024 at 16:45")}
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office reply quoting the request",
    why="out-of-office; the URLs are only in the quoted request",
)

case(
    name="hj-korean-receipt", from_="abuse@hanjoodomains.co.kr", name_from="한주도메인 고객센터",
    date=d("2024-09-05 15:10:00"),
    subject="[한주도메인] 신고 접수 안내 (접수번호 HJ-240905-0311) - KCSC-240905-04", encode_subject=True,
    body="""안녕하세요, 한주도메인입니다.

보내주신 불법정보 신고가 정상적으로 접수되었습니다.
접수번호: HJ-240905-0311

담당 부서에서 검토한 뒤 영업일 기준 3일 이내에 처리 결과를 회신드리겠습니다.

한주도메인 고객센터
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean registrar 신고 접수 안내 receipt",
    why="접수 receipt with a number and a promise of a later answer",
)


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        nf = c.get("name_from", "")
        if not nf.isascii():
            # as a real mailer writes a non-ASCII display name: RFC 2047
            c["name_from"] = Header(nf, "utf-8").encode()
        if c.pop("encode_subject", False):
            c["subject"] = Header(c["subject"], "utf-8").encode()
    header = """# Blind set blind193 (hosts, CDN, registrar, forum, image board, file host;
# informal replies, CSV attachments and plain-text tables). Generated by make.py.
# Expected results written from each email's meaning before any run of the reader."""
    corpuslib.write_set(HERE, "blind193", header, CASES)


if __name__ == "__main__":
    main()
