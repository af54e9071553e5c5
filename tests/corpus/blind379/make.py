#!/usr/bin/env python3
"""Blind set 379: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste service answering (often informally),
plus spreadsheets (CSV attachments) and plain-text tables.

    python3 tests/corpus/blind379/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of each email alone, before
any run of the reader. All names, domains, ids and URLs are fictional.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind379"

# ---------------------------------------------------------------- requests

F = {i + 1: "https://filepouch.io/" + p for i, p in enumerate([
    "f/Ab3kZ9qL", "f/Tq8mWn2R", "f/Lp4xVc7E", "f/Zr1yHs5K", "f/Mn6bGd3T",
    "f/Ke9wJf4P", "f/Ux2hQa8N", "f/Wd5tBr1Y", "f/Hc7vLm6S", "f/Fy3nPk9D",
    "f/Gs8qRz2A", "f/Jb4cTx7M", "folder/Vn5eKw1Q", "f/Ro6uYp3C"])}
N = {
    1: "https://moa-toto24.example/",
    2: "https://moa-toto24.example/join.php?code=77&utm_source=kakao&utm_campaign=chuseok_2024_event_bonus",
    3: "https://pill-direct-kr.example/shop/item/31",
    4: "http://198.51.100.77/~kbet/index.html",
}
E = {
    1: "https://streamhub-kr.example/live/ch12",
    2: "https://streamhub-kr.example/vod/55102",
    3: "https://webtoonfree.example/series/8831",
}
D = {1: "http://fake-kcsc-refund.example/", 2: "https://drugmart-seoul.example/"}
# Dalbit forum: raw (as written in mail) and stored (percent-encoded) forms.
B_RAW = {
    1: "https://dalbitforum.kr/board/자유게시판/88213",
    2: "https://dalbitforum.kr/board/유머/40771",
    3: "https://dalbitforum.kr/board/free/88390",
    4: "https://dalbitforum.kr/comment/1190452",
    5: "https://dalbitforum.kr/board/장터/7715",
}
B = {k: quote(v, safe=":/?=&~") for k, v in B_RAW.items()}
P = {
    1: "https://pixchan.org/kr/res/441290.html",
    2: "https://pixchan.org/kr/res/441377.html",
    3: "https://i.pixchan.org/kr/src/1725950112345.jpg",
}
S1 = "https://pastenook.com/r/Qm7tXw2p"

REQUESTS = [
    # ref, platform, sent, category, note, urls
    ("KCSC-240903-01", "filepouch", "2024-09-03", "obscene", "file-host links shared in a chat group",
     [F[i] for i in range(1, 15)]),
    ("KCSC-240905-02", "nimbushost", "2024-09-05", "gambling", "gambling and drug sites on one host",
     [N[i] for i in range(1, 5)]),
    ("KCSC-240909-03", "edgeveil", "2024-09-09", "copyright", "sites behind the CDN",
     [E[i] for i in range(1, 4)]),
    ("KCSC-240910-04", "dotgrove", "2024-09-10", "fraud", "domains registered at Dotgrove",
     [D[1], D[2]]),
    ("KCSC-240911-05", "dalbit", "2024-09-11", "defamation", "forum posts and a comment",
     [B[i] for i in range(1, 6)]),
    ("KCSC-240916-06", "pixchan", "2024-09-16", "obscene", "image-board threads and an image",
     [P[1], P[2], P[3]]),
    ("KCSC-240918-07", "pastenook", "2024-09-18", "privacy", "paste with personal data",
     [S1]),
]


def msgid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def rq(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, cat, note, urls in REQUESTS:
        due = (datetime.date.fromisoformat(sent) + datetime.timedelta(days=7)).isoformat()
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- helpers

def d(day, hh, mm, tz="+0900"):
    dt = datetime.datetime(2024, 9, day, hh, mm, 0)
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request(ref, urls, platform_name):
    lines = [f"Dear {platform_name} team,", "",
             "The Korea Communications Standards Commission asks you to remove or",
             f"block the following content (our reference {ref}):", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address with the action taken for each link.", "",
              "KCSC Takedown Desk"]
    return "\n".join(lines)


SUBJ = {
    "KCSC-240903-01": "[KCSC-240903-01] Request for removal of illegal content",
    "KCSC-240905-02": "[KCSC-240905-02] Request for removal of illegal content",
    "KCSC-240909-03": "[KCSC-240909-03] Request for removal of illegal content",
    "KCSC-240910-04": "[KCSC-240910-04] Abuse complaint: domains registered with Dotgrove",
    "KCSC-240911-05": "[KCSC-240911-05] 불법정보 삭제 요청",
    "KCSC-240916-06": "[KCSC-240916-06] Request for removal of illegal content",
    "KCSC-240918-07": "[KCSC-240918-07] Request for removal of personal data",
}

CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================== FilePouch (applied)

case(
    name="fp-abuse-desk-bullets-mixed",
    **{"from": "abuse@filepouch.io"}, name_from="FilePouch Abuse",
    date=d(4, 15, 40), subject="Re: " + SUBJ["KCSC-240903-01"], reply_to_req=rq("KCSC-240903-01"),
    body=f"""
Hello KCSC,

Thanks for the report. Here is where we are with the first batch of links
(the remaining ones are still with a colleague, I will write again):

  * {F[7]} - removed, uploader account closed
  * {F[8]} - removed
  * {F[9]} - link invalid, there is no file with this ID on our side
  * {F[10]} - removed
  * {F[11]} - access disabled for visitors from South Korea only
  * {F[12]} - removed

Regards,
Jonas
FilePouch Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk reply with a bulleted per-link result list",
    why="six links each with an unhedged result: four removed, one invalid link, one blocked for Korea only",
    items={F[7]: "removed", F[8]: "removed", F[9]: "not_found", F[10]: "removed",
           F[11]: "restricted", F[12]: "removed", F[1]: "pending"},
)

CSV_ROWS = [
    ("Ab3kZ9qL", F[1], "removed", "2024-09-05", "file deleted; hash added to blocklist"),
    ("Tq8mWn2R", F[2], "removed", "2024-09-05", "file deleted"),
    ("Lp4xVc7E", F[3], "not_found", "", "deleted by uploader on 2024-09-01 before review"),
    ("Zr1yHs5K", F[4], "removed", "2024-09-05", "file deleted"),
    ("Mn6bGd3T", F[5], "geo_blocked_KR", "2024-09-05", "unavailable from South Korean IPs"),
    ("Ke9wJf4P", F[6], "removed", "2024-09-05", "file deleted"),
    ("Ux2hQa8N", F[7], "removed", "2024-09-05", "file deleted; account terminated"),
    ("Wd5tBr1Y", F[8], "no_action", "", "public-domain scan; no violation of our terms; stays online"),
    ("Hc7vLm6S", F[9], "removed", "2024-09-05", "file deleted"),
    ("Fy3nPk9D", F[10], "removed", "2024-09-05", "file deleted"),
    ("Gs8qRz2A", F[11], "not_found", "", "invalid ID - never existed"),
    ("Jb4cTx7M", F[12], "removed", "2024-09-05", "file deleted"),
    ("Vn5eKw1Q", F[13], "removed", "2024-09-05", "folder and its 23 files disabled"),
    ("Ro6uYp3C", F[14], "geo_blocked_KR", "2024-09-05", "unavailable from South Korean IPs"),
]
_csv = io.StringIO()
_w = csv.writer(_csv, lineterminator="\r\n")
_w.writerow(["file_id", "url", "action", "action_date", "comment"])
for r in CSV_ROWS:
    _w.writerow(r)
CSV_STATUS = {"removed": "removed", "not_found": "not_found", "geo_blocked_KR": "restricted",
              "no_action": "rejected"}

case(
    name="fp-csv-attachment-all-links",
    **{"from": "trustandsafety@filepouch.io"}, name_from="FilePouch Trust & Safety",
    date=d(5, 18, 2), subject="Re: " + SUBJ["KCSC-240903-01"], reply_to_req=rq("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="fp-b379-0001"

--fp-b379-0001
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The outcome for request KCSC-240903-01 is in the attached spreadsheet,
one row per link you sent us.

Best regards,
FilePouch Trust & Safety

--fp-b379-0001
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_results.csv"
Content-Transfer-Encoding: base64

{b64(_csv.getvalue())}
--fp-b379-0001--
""",
    outcome="applied", classification="confirmation",
    imitates="file-host trust & safety reply carrying a per-link results spreadsheet (CSV attachment)",
    why="CSV lists every link with an action: removed, geo_blocked_KR, not_found and no_action (kept, no violation)",
    items={r[1]: CSV_STATUS[r[2]] for r in CSV_ROWS},
)

case(
    name="fp-plain-text-table",
    **{"from": "abuse@filepouch.io"}, name_from="FilePouch Abuse",
    date=d(4, 11, 5), subject="Re: " + SUBJ["KCSC-240903-01"] + " (partial)",
    reply_to_req=rq("KCSC-240903-01"),
    body=f"""
Hi,

Partial result for KCSC-240903-01 below.

 #  | Link                             | Action taken            | Date
----+----------------------------------+-------------------------+-----------
 1  | {F[1]}    | File deleted            | 2024-09-04
 2  | {F[2]}    | File deleted            | 2024-09-04
 3  | {F[3]}    | Not found               | -
 4  | {F[4]}    | Blocked in KR           | 2024-09-04
 5  | {F[5]}    | No action (not illegal) | -

Item 5 is a news photo; we see nothing in it that breaks our rules, so it
stays up.

-- 
FilePouch Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply pasting a plain-text (ASCII) table of links and actions",
    why="five rows: two deleted, one not found, one blocked in Korea, one refused with a reason",
    items={F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "restricted", F[5]: "rejected"},
)

case(
    name="fp-two-gone-over-quoted-request",
    **{"from": "jonas.berg@filepouch.io"}, name_from="Jonas Berg",
    date=d(4, 9, 12), subject="Re: " + SUBJ["KCSC-240903-01"], reply_to_req=rq("KCSC-240903-01"),
    body=f"""
These two are gone now:
{F[6]}
{F[14]}

The other twelve are still with our legal team.

Jonas

On Tue, 3 Sep 2024 at 16:20, KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(our_request("KCSC-240903-01", [F[i] for i in range(1, 15)], "FilePouch"))}
""",
    outcome="applied", classification="confirmation",
    imitates="one-line top-posted Gmail reply from an abuse-desk employee over the quoted request",
    why="two links named above the quote are gone; the twelve others are only in the quote and still with legal",
    items={F[6]: "removed", F[14]: "removed", F[1]: "pending", F[2]: "pending", F[13]: "pending"},
)

case(
    name="fp-url-then-status-below",
    **{"from": "abuse@filepouch.io"}, name_from="FilePouch Abuse",
    date=d(6, 10, 30), subject="Re: " + SUBJ["KCSC-240903-01"], reply_to_req=rq("KCSC-240903-01"),
    body=f"""
Dear KCSC,

Update on your request KCSC-240903-01:

{F[1]}
Status: removed (file deleted, hash blocked from re-upload)

{F[13]}
Status: folder disabled, none of its files can be downloaded any more

{F[14]}
Status: we could not locate this file on our storage

{F[4]}
Status: reviewed, no violation of our terms found - the file remains available

Kind regards,
FilePouch Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-style abuse reply: bare URL with a 'Status:' line under it",
    why="each URL is followed by its own status line: removed, disabled, not located, kept (no violation)",
    items={F[1]: "removed", F[13]: "removed", F[14]: "not_found", F[4]: "rejected"},
)

_html_fp = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Please find below the decisions taken on your notice KCSC-240903-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Decision</th><th>Reason</th></tr>
<tr><td><a href="{F[2]}">{F[2]}</a></td><td>Removed</td><td>Terms of Service &sect;4 &ndash; illegal content</td></tr>
<tr><td><a href="{F[5]}">{F[5]}</a></td><td>Blocked (South Korea)</td><td>Unlawful under Korean law only</td></tr>
<tr><td><a href="{F[6]}">{F[6]}</a></td><td>No violation &mdash; remains available</td><td>Licensed material, no rule broken</td></tr>
<tr><td><a href="{F[12]}">{F[12]}</a></td><td>Removed</td><td>Terms of Service &sect;4 &ndash; illegal content</td></tr>
</table>
<p>You can appeal a decision at <a href="https://filepouch.io/help/appeals">https://filepouch.io/help/appeals</a>.</p>
<p>FilePouch Trust &amp; Safety &mdash; Ticket FP-55102</p>
</body></html>
"""
_text_fp = f"""Hello,

Please find below the decisions taken on your notice KCSC-240903-01.

{F[2]} — Removed — Terms of Service §4, illegal content
{F[5]} — Blocked (South Korea) — unlawful under Korean law only
{F[6]} — No violation, remains available — licensed material
{F[12]} — Removed — Terms of Service §4, illegal content

You can appeal a decision at https://filepouch.io/help/appeals.

FilePouch Trust & Safety — Ticket FP-55102
"""
case(
    name="fp-html-table-quoted-printable",
    **{"from": "trustandsafety@filepouch.io"}, name_from="FilePouch Trust & Safety",
    date=d(5, 9, 48), subject="Decision on your notice KCSC-240903-01 [FP-55102]",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="fp-alt-55102"

--fp-alt-55102
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_text_fp)}
--fp-alt-55102
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_html_fp)}
--fp-alt-55102--
""",
    outcome="applied", classification="confirmation",
    imitates="trust & safety decision notice as multipart/alternative with an HTML table (quoted-printable)",
    why="table rows: two removed, one blocked in South Korea, one kept as no violation; the appeal page is not an item",
    items={F[2]: "removed", F[5]: "restricted", F[6]: "rejected", F[12]: "removed"},
)

case(
    name="fp-echoed-report-closed",
    **{"from": "noreply@filepouch.io"}, name_from="FilePouch Support",
    date=d(6, 2, 15), subject="[FP-55231] Your report has been closed",
    body=f"""
Thank you for your report. Our team has finished reviewing it.

------------------------------------------------------------
Report FP-55231  |  Status: Closed
Reporter: KCSC Takedown (takedown@kcsc.example)
Your reference: KCSC-240903-01
------------------------------------------------------------

Reported URL: {F[7]}
Reason given: illegal content (Korean law)
Outcome: Content removed for violation of our Terms of Service

Reported URL: {F[12]}
Reason given: illegal content (Korean law)
Outcome: Content removed for violation of our Terms of Service

------------------------------------------------------------
Please do not reply to this message. To report something else, use
https://filepouch.io/report.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk closure notice that echoes the report form fields with an outcome per URL",
    why="the thank-you line opens a closure notice with two unhedged 'Content removed' outcomes",
    items={F[7]: "removed", F[12]: "removed"},
)

_fp_b64 = f"""Hello,

Three more links from KCSC-240903-01 have been dealt with:

- {F[3]}: the file was deleted by our team on 6 September.
- {F[10]}: deleted, and the same file under two mirror links as well.
- {F[13]}: the owner emptied and deleted this folder before we got to it,
  so there was nothing left for us to act on.

Best,
Priya Raman
FilePouch Abuse Desk
"""
case(
    name="fp-base64-body",
    **{"from": "priya.raman@filepouch.io"}, name_from="Priya Raman (FilePouch)",
    date=d(6, 17, 55), subject="RE: " + SUBJ["KCSC-240903-01"], reply_to_req=rq("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_fp_b64)}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply whose plain-text body is base64-encoded by the sender's mail client",
    why="two files deleted; a folder deleted by its owner before review is not_found",
    items={F[3]: "removed", F[10]: "removed", F[13]: "not_found"},
)

case(
    name="fp-gmail-inline-answers",
    **{"from": "dana.whitlock@filepouch.io"}, name_from="Dana Whitlock",
    date=d(4, 21, 3), subject="Re: " + SUBJ["KCSC-240903-01"], reply_to_req=rq("KCSC-240903-01"),
    body=f"""
Hi,

Answers inline for the three I handled.

On Tue, 3 Sep 2024 at 16:20, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear FilePouch team,
>
> The Korea Communications Standards Commission asks you to remove or
> block the following content (our reference KCSC-240903-01):
>
> 9. {F[9]}

Removed.

> 10. {F[10]}

Removed, and the uploader's account is closed.

> 11. {F[11]}

Still looking at this one.

> Please reply to this address with the action taken for each link.

Dana
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply answering inline under each quoted line of the request",
    why="unquoted 'Removed.' answers sit under the quoted link they answer; the third is still being looked at",
    items={F[9]: "removed", F[10]: "removed", F[11]: "pending"},
)

case(
    name="fp-links-never-existed",
    **{"from": "abuse@filepouch.io"}, name_from="FilePouch Abuse",
    date=d(5, 13, 20), subject="Re: " + SUBJ["KCSC-240903-01"], reply_to_req=rq("KCSC-240903-01"),
    body=f"""
Hello,

We checked the three links below. None of them points to a file on our
service today:

{F[11]} -- this ID was never issued by our system
{F[13]} -- the folder was deleted by its owner on 30 August
{F[3]} -- "file not found"; the uploader removed it himself

So there is nothing for us to take down for these three.

FilePouch Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="file-host reply that the links are invalid or were deleted by the uploader",
    why="three links: an ID never issued and two deleted by their owners: all not_found",
    items={F[11]: "not_found", F[13]: "not_found", F[3]: "not_found"},
)

# ======================================================== Nimbus Hosting (applied)

case(
    name="nimbus-customer-removed-server-suspended",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse",
    date=d(6, 14, 10), subject="Re: " + SUBJ["KCSC-240905-02"] + " [NH-778120]",
    reply_to_req=rq("KCSC-240905-02"),
    body=f"""
Hello,

Following your complaint we contacted our customer, who has removed the
material at:

  {N[1]}
  {N[2]}

We have in addition suspended the virtual server at 198.51.100.77 for
breach of our Acceptable Use Policy, so {N[4]}
is no longer reachable.

We consider ticket NH-778120 closed for these three URLs.

Regards,
Tomas Reyes
Abuse Team | Nimbus Hosting
""",
    outcome="applied", classification="confirmation",
    imitates="hosting-provider abuse team reply: customer removed the content, server suspended",
    why="two URLs removed by the customer, the third unreachable because the host suspended the server",
    items={N[1]: "removed", N[2]: "removed", N[4]: "removed"},
)

case(
    name="nimbus-one-kept-one-down",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse",
    date=d(9, 10, 0), subject="Re: " + SUBJ["KCSC-240905-02"] + " [NH-778120]",
    reply_to_req=rq("KCSC-240905-02"),
    body=f"""
Hi,

Two updates on NH-778120.

{N[4]} - taken offline; the server stays suspended.

{N[3]} - we will not act on this one. The shop sells dietary
supplements that are legal where we and our customer are based, and it
does not breach our AUP. The page stays up. If you have a court order,
send it to legal@nimbushost.net.

Tomas
Nimbus Hosting Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="hosting-provider abuse reply refusing one URL with its reason and confirming another",
    why="one URL taken offline; one refused with a reason (legal, no AUP breach) = rejected",
    items={N[4]: "removed", N[3]: "rejected"},
)

_n2a, _n2b = N[2][:74], N[2][74:]
case(
    name="nimbus-wrapped-long-url",
    **{"from": "t.reyes@nimbushost.net"}, name_from="Tomas Reyes",
    date=d(6, 9, 31), subject="RE: " + SUBJ["KCSC-240905-02"], reply_to_req=rq("KCSC-240905-02"),
    body=f"""
Hello,

We have had the customer take down the sign-up page you reported:
{_n2a}
{_n2b}

The rest of the site is still under investigation.

Best regards,
Tomas Reyes
Abuse Team | Nimbus Hosting
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook plain-text reply hard-wrapped at 74 columns, breaking a long URL over two lines",
    why="the sign-up page (its URL wrapped over two lines) was taken down; the rest of the site is under investigation",
    items={N[2]: "removed", N[1]: "pending"},
)

case(
    name="nimbus-outlook-top-posted",
    **{"from": "t.reyes@nimbushost.net"}, name_from="Tomas Reyes",
    date=d(7, 11, 2), subject="RE: " + SUBJ["KCSC-240905-02"], reply_to_req=rq("KCSC-240905-02"),
    body=f"""
Hello,

The customer has removed the landing page {N[1]} - we checked from two
locations and it now answers 404.

Kind regards,
Tomas Reyes
Abuse Team | Nimbus Hosting

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 4:02 PM
To: abuse@nimbushost.net
Subject: {SUBJ["KCSC-240905-02"]}

{our_request("KCSC-240905-02", [N[i] for i in range(1, 5)], "Nimbus Hosting")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over an unmarked '-----Original Message-----' copy of the request",
    why="one URL removed above the original message; the other three appear only in the quoted request",
    items={N[1]: "removed", N[2]: "pending", N[3]: "pending", N[4]: "pending"},
)

# ======================================================== EdgeVeil CDN (applied)

case(
    name="edgeveil-geo-restricted",
    **{"from": "abuse@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date=d(11, 16, 45), subject="Re: " + SUBJ["KCSC-240909-03"] + " (EV-2024-09-3318)",
    reply_to_req=rq("KCSC-240909-03"),
    body=f"""
Hello,

EdgeVeil does not host the origin of these sites, but on the basis of the
order you describe we have applied a geographic restriction at our edge.
The following URLs are no longer served to visitors in the Republic of
Korea:

- {E[1]}
- {E[2]}

They remain reachable from other countries. The site owner has been told.

EdgeVeil Trust & Safety
Case EV-2024-09-3318
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust & safety reply: content geo-restricted for one country at the edge",
    why="two URLs no longer served in Korea but reachable elsewhere = restricted",
    items={E[1]: "restricted", E[2]: "restricted"},
)

case(
    name="edgeveil-edge-block-451",
    **{"from": "abuse@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date=d(12, 8, 20), subject="Re: " + SUBJ["KCSC-240909-03"] + " (EV-2024-09-3319)",
    reply_to_req=rq("KCSC-240909-03"),
    body=f"""
Hello,

Further to your complaint, we have disabled
<{E[3]}> on our network.
Requests for this URL now return HTTP 451 to every visitor, wherever
they are. The customer has been notified and may contact us.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN reply that a URL was disabled network-wide (HTTP 451 for all visitors)",
    why="blocked for every visitor everywhere = removed; URL in angle brackets on the line after the verb",
    items={E[3]: "removed"},
)

# ======================================================== Dotgrove registrar (applied)

case(
    name="dotgrove-clienthold-and-refusal",
    **{"from": "abuse@dotgrove.com"}, name_from="Dotgrove Abuse",
    date=d(12, 3, 14),
    subject="Re: " + SUBJ["KCSC-240910-04"] + " [DG-ABUSE-60417]", reply_to_req=rq("KCSC-240910-04"),
    body=f"""
Dear Sir or Madam,

We have completed our review of the two domains in your complaint.

Domain: fake-kcsc-refund.example
Reported URL: {D[1]}
Action: the domain impersonates a government body for phishing. It has
been placed on clientHold and no longer resolves.

Domain: drugmart-seoul.example
Reported URL: {D[2]}
Action: none. As a registrar we act on DNS abuse (phishing, malware,
botnets, pharming, spam). We found no DNS abuse for this domain, and we
do not judge the content of websites, so the domain stays active.
Please address the hosting provider.

Dotgrove Registrar - Abuse Department
ICANN-accredited registrar
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse-department reply: one domain on clientHold, one refused as not DNS abuse",
    why="first domain suspended and no longer resolves = removed; second refused with its reason = rejected",
    items={D[1]: "removed", D[2]: "rejected"},
)

# ======================================================== Dalbit forum (applied)

case(
    name="dalbit-korean-prose-particles",
    **{"from": "admin@dalbitforum.kr"}, name_from="달빛포럼 운영자",
    date=d(12, 10, 4), subject="Re: " + SUBJ["KCSC-240911-05"], reply_to_req=rq("KCSC-240911-05"),
    body=f"""
안녕하세요, 달빛포럼 운영자입니다.

요청하신 게시물 처리 결과 알려드립니다.

{B_RAW[1]} 게시물은 오늘 오전에 삭제했습니다.
{B_RAW[2]}은 블라인드 처리했습니다.
장터 게시판 글({B_RAW[5]})은 작성자가 이미 스스로 삭제한 글이라 저희 쪽에서 따로 조치할 것이 없었습니다.

나머지 두 건은 확인 후 다시 연락드리겠습니다.

감사합니다.
달빛포럼 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community-site admin replying in prose (삭제, 블라인드, 작성자 삭제)",
    why="삭제 and 블라인드 = removed (one URL has the particle 은 glued to it); a post already deleted by its author = not_found",
    items={B[1]: "removed", B[2]: "removed", B[5]: "not_found", B[3]: "pending", B[4]: "pending"},
)

case(
    name="dalbit-text-table",
    **{"from": "admin@dalbitforum.kr"}, name_from="달빛포럼 운영자",
    date=d(13, 15, 22), subject="Re: " + SUBJ["KCSC-240911-05"] + " 조치결과 회신",
    reply_to_req=rq("KCSC-240911-05"),
    body=f"""
방송통신심의위원회 담당자님께

KCSC-240911-05 시정요구에 대한 조치결과를 아래와 같이 회신합니다.

번호  URL                                        조치결과
----  -----------------------------------------  ------------------------------
1     {B_RAW[1]}    게시중단
2     {B_RAW[3]}   임시조치 (30일)
3     {B_RAW[4]}       위반 사항 없음, 게시 유지

3번 댓글은 내부 검토 결과 사실 적시에 해당하지 않는 단순 의견으로 판단되어 그대로 두었습니다.

달빛포럼 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 with a plain-text table (게시중단, 임시조치, 게시 유지)",
    why="게시중단 = removed; 임시조치 = restricted; no violation, kept up with a reason = rejected",
    items={B[1]: "removed", B[3]: "restricted", B[4]: "rejected"},
)

case(
    name="dalbit-comment-fullwidth",
    **{"from": "mod.haneul@dalbitforum.kr"}, name_from="하늘 (달빛포럼 관리자)",
    date=d(11, 19, 40), subject="Re: " + SUBJ["KCSC-240911-05"], reply_to_req=rq("KCSC-240911-05"),
    body=f"""
안녕하세요.

말씀하신 댓글（{B_RAW[4]}）삭제 완료했습니다．
해당 회원은 7일 활동 정지했습니다．

관리자 하늘
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a Korean forum moderator with full-width brackets and punctuation",
    why="comment inside full-width parentheses, 삭제 완료 = removed",
    items={B[4]: "removed"},
)

_html_dal = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head>
<body>
<p>안녕하십니까. 달빛포럼 운영팀입니다.</p>
<p>귀 위원회의 요청(KCSC-240911-05)에 따른 처리 내역입니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>게시물 주소</th><th>처리 내용</th><th>처리일</th></tr>
<tr><td>{B_RAW[2]}</td><td>게시중단</td><td>2024-09-13</td></tr>
<tr><td>{B_RAW[3]}</td><td>비공개 처리</td><td>2024-09-13</td></tr>
<tr><td>{B_RAW[5]}</td><td>게시물 없음 (존재하지 않는 글)</td><td>-</td></tr>
</table>
<p>문의 사항은 <a href="https://dalbitforum.kr/help/contact">고객센터</a>로 연락 바랍니다.</p>
</body></html>
"""
case(
    name="dalbit-euckr-html-table",
    **{"from": "admin@dalbitforum.kr"}, name_from="달빛포럼 운영팀",
    date=d(13, 18, 5), subject="[달빛포럼] 게시물 처리 결과 안내 (KCSC-240911-05)",
    raw_mime=f"""
Content-Type: text/html; charset=euc-kr
Content-Transfer-Encoding: base64

{b64(_html_dal.encode("euc-kr"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal-style 처리 결과 안내 as an EUC-KR HTML table, base64-encoded",
    why="게시중단 and 비공개 처리 = removed; 게시물 없음 = not_found; the help-centre link is not an item",
    items={B[2]: "removed", B[3]: "removed", B[5]: "not_found"},
)

# ======================================================== Pixchan (applied)

case(
    name="pixchan-casual-lines",
    **{"from": "mod@pixchan.org"}, name_from="pixchan mod",
    date=d(16, 23, 51), subject="Re: " + SUBJ["KCSC-240916-06"], reply_to_req=rq("KCSC-240916-06"),
    body=f"""
hi

{P[1]} - thread deleted
{P[2]} - deleted
image purged from storage too: {P[3]}

poster is banned. -k
""",
    outcome="applied", classification="confirmation",
    imitates="image-board volunteer moderator answering in three lowercase lines",
    why="two threads deleted and the image purged: all removed",
    items={P[1]: "removed", P[2]: "removed", P[3]: "removed"},
)

case(
    name="pixchan-deleted-and-kept",
    **{"from": "admin@pixchan.org"}, name_from="Pixchan Admin",
    date=d(17, 12, 30), subject="Re: " + SUBJ["KCSC-240916-06"], reply_to_req=rq("KCSC-240916-06"),
    body=f"""
Hello,

I deleted {P[1]}.

I looked at {P[2]} too. It is a drawing of fictional adult characters and
breaks none of our board rules, so we are leaving it up.

-- 
Pixchan admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin: one thread deleted, the other kept because it breaks no rule",
    why="one removed; one refused with its reason = rejected",
    items={P[1]: "removed", P[2]: "rejected"},
)

case(
    name="pixchan-age-gate",
    **{"from": "admin@pixchan.org"}, name_from="Pixchan Admin",
    date=d(18, 8, 14), subject="Re: " + SUBJ["KCSC-240916-06"], reply_to_req=rq("KCSC-240916-06"),
    body=f"""
Hi again,

About the image {P[3]}: we've moved it behind our 18+ confirmation page.
It is no longer shown to anyone who has not confirmed their age.

Pixchan admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin moving an image behind an age-confirmation wall",
    why="placed behind an 18+ gate = age-restricted = restricted",
    items={P[3]: "restricted"},
)

# ======================================================== Pastenook (applied)

case(
    name="pastenook-sole-statement",
    **{"from": "mira@pastenook.com"}, name_from="Mira (Pastenook)",
    date=d(19, 9, 2), subject="Re: " + SUBJ["KCSC-240918-07"], reply_to_req=rq("KCSC-240918-07"),
    body="""
Hi - I took that paste down this morning. Thanks for the heads-up.

Mira
Pastenook (it's just two of us, sorry for the slow reply)
""",
    outcome="applied", classification="confirmation",
    imitates="one-person small service answering a one-item request in one line, naming no URL",
    why="unhedged 'took that paste down' in reply to a request of exactly one item",
    items={S1: "removed"},
)

case(
    name="pastenook-angle-brackets",
    **{"from": "abuse@pastenook.com"}, name_from="Pastenook",
    date=d(19, 22, 40), subject="Re: " + SUBJ["KCSC-240918-07"],
    body=f"""
Hello,

<{S1}> is gone, and the account that posted it has been banned.

Pastenook abuse
""",
    outcome="applied", classification="confirmation",
    imitates="small paste service abuse reply with the URL in angle brackets",
    why="'is gone' about the named paste = removed",
    items={S1: "removed"},
)

# ======================================================== review

case(
    name="fp-promise-within-24h",
    **{"from": "abuse@filepouch.io"}, name_from="FilePouch Abuse",
    date=d(3, 22, 10), subject="Re: " + SUBJ["KCSC-240903-01"], reply_to_req=rq("KCSC-240903-01"),
    body=f"""
Hello,

Thanks for the notice. We have located

{F[1]}
{F[2]}

on our storage and will remove them within 24 hours once our legal team
signs off. We'll confirm by email.

FilePouch Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk reply promising removal after legal sign-off",
    why="'will remove ... once legal signs off' is a promise with a condition, not a statement",
    items={F[1]: "pending", F[2]: "pending"},
)

case(
    name="fp-bulk-all-removed",
    **{"from": "abuse@filepouch.io"}, name_from="FilePouch Abuse",
    date=d(7, 10, 0), subject="Re: " + SUBJ["KCSC-240903-01"], reply_to_req=rq("KCSC-240903-01"),
    body="""
Hello,

All files listed in your request KCSC-240903-01 have been removed from
FilePouch, and the uploading accounts have been closed.

FilePouch Abuse Desk
""",
    outcome="review", review="bulk",
    imitates="abuse-desk reply stating that all reported files were removed, naming none",
    why="one statement covers all fourteen links without naming any",
    items={F[i]: "pending" for i in range(1, 15)},
)

case(
    name="nimbus-bulk-whole-lot",
    **{"from": "t.reyes@nimbushost.net"}, name_from="Tomas Reyes",
    date=d(10, 17, 25), subject="RE: " + SUBJ["KCSC-240905-02"], reply_to_req=rq("KCSC-240905-02"),
    body="""
Hi,

Quick one: the customer has taken everything in your complaint offline,
we've checked. Closing NH-778120.

Tomas
""",
    outcome="review", review="bulk",
    imitates="informal hosting abuse reply closing a ticket for 'everything in your complaint'",
    why="'everything in your complaint' covers four URLs without naming each",
    items={N[i]: "pending" for i in range(1, 5)},
)

case(
    name="fp-forged-auth-fail",
    **{"from": "abuse@filepouch.io"}, name_from="FilePouch Abuse", auth="fail",
    date=d(5, 3, 33), subject="Re: " + SUBJ["KCSC-240903-01"],
    body=f"""
Dear KCSC,

The following files have been deleted:

{F[5]}
{F[7]}

Regards,
FilePouch Abuse Desk
""",
    outcome="review", review="untrusted",
    imitates="confirmation claiming to be from the file host but failing DKIM/SPF/DMARC",
    why="FilePouch's domain but authentication fails: nothing may be applied",
    items={F[5]: "pending", F[7]: "pending"},
)

case(
    name="dalbit-admin-from-gmail",
    **{"from": "dalbit.forum.admin@gmail.com"}, name_from="달빛포럼 관리자",
    date=d(12, 0, 15), subject="Re: " + SUBJ["KCSC-240911-05"], reply_to_req=rq("KCSC-240911-05"),
    body=f"""
안녕하세요, 달빛포럼 관리자입니다. 개인 메일로 답장드립니다.

{B_RAW[1]}
{B_RAW[2]}

위 두 게시물 삭제했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="small-forum admin answering from a personal webmail address",
    why="gmail.com is not Dalbit's sender domain (nor any platform's): a person must check it",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="edgeveil-forwarded-to-host",
    **{"from": "abuse@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date=d(9, 20, 2), subject="Re: " + SUBJ["KCSC-240909-03"] + " (EV-2024-09-3318)",
    reply_to_req=rq("KCSC-240909-03"),
    body=f"""
Hello,

EdgeVeil provides a pass-through proxy and caching service for

  {E[1]}
  {E[2]}

and does not host the content at these addresses. We cannot remove
material that is stored by others. We have forwarded your complaint to
the hosting provider (Nimbus Hosting, abuse@nimbushost.net) and to the
website owner, and we suggest you contact the host directly.

EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are not the host, your report was forwarded to the hosting provider' reply",
    why="names both URLs but states no status for them: forwarding is neither removal nor a refusal on the merits",
    items={E[1]: "pending", E[2]: "pending"},
)

case(
    name="nimbus-about-edgeveil-items",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse",
    date=d(11, 9, 40), subject="Complaint forwarded by EdgeVeil: streamhub-kr.example [NH-779004]",
    body=f"""
Hello,

EdgeVeil passed us your complaint about streamhub-kr.example, whose origin
server is on our network. Our customer has deleted the video page
{E[2]}.

Regards,
Nimbus Hosting Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="origin host answering a complaint that the CDN forwarded to it",
    why="Nimbus states a status for an item of the EdgeVeil request",
    items={E[2]: "pending"},
)

case(
    name="pixchan-hedged-pruned",
    **{"from": "mod@pixchan.org"}, name_from="pixchan mod",
    date=d(17, 1, 12), subject="Re: " + SUBJ["KCSC-240916-06"], reply_to_req=rq("KCSC-240916-06"),
    body=f"""
threads on /kr/ get pruned after about 3 days so {P[1]}
has probably fallen off the board already. if you still see it let me
know and i'll nuke it

-k
""",
    outcome="review", review="not_understood",
    imitates="image-board moderator guessing that a thread was pruned, offering to delete it",
    why="'probably fallen off' is a hedge and the deletion is conditional",
    items={P[1]: "pending"},
)

case(
    name="dalbit-asks-more",
    **{"from": "admin@dalbitforum.kr"}, name_from="달빛포럼 운영자",
    date=d(12, 14, 50), subject="Re: " + SUBJ["KCSC-240911-05"], reply_to_req=rq("KCSC-240911-05"),
    body=f"""
안녕하세요.

요청하신 게시물 중 {B_RAW[3]} 글은 여러 사람이 댓글로 토론한 글이라
어느 부분이 명예훼손에 해당하는지 저희가 판단하기 어렵습니다.
문제가 되는 문장과 피해자 측 신청서 사본을 보내주시면 검토하겠습니다.

달빛포럼 운영팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean forum asking which sentences are defamatory and for the complaint documents",
    why="names a requested post and asks for more information before reviewing it",
    items={B[3]: "pending"},
)

case(
    name="fp-holiday-notice",
    **{"from": "trustandsafety@filepouch.io"}, name_from="FilePouch Trust & Safety",
    date=d(13, 11, 0), subject="FilePouch Trust & Safety: reduced staffing 16-18 September",
    body="""
Dear partner,

Our Trust & Safety desk will work with reduced staff from 16 to 18
September. Reports received in that period will be handled from 19
September. Urgent matters involving a risk to life can still be sent
through https://filepouch.io/report?urgent=1 and are read around the
clock.

FilePouch Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="file host's service notice about holiday staffing sent to reporting partners",
    why="trusted FilePouch mail naming no item and no request; its only link is the platform's own form",
    items={},
)

case(
    name="pastenook-conditional",
    **{"from": "mira@pastenook.com"}, name_from="Mira (Pastenook)",
    date=d(18, 21, 30), subject="Re: " + SUBJ["KCSC-240918-07"], reply_to_req=rq("KCSC-240918-07"),
    body=f"""
Hi,

If {S1} really contains someone's personal data we'll take it
down, but I need to check with the uploader first - it looks like a list
of made-up test records to me.

Mira
""",
    outcome="review", review="not_understood",
    imitates="small-service operator answering with a condition and a doubt",
    why="removal is conditional and 'looks like' is a hedge: no statement",
    items={S1: "pending"},
)

case(
    name="dotgrove-notice-period",
    **{"from": "abuse@dotgrove.com"}, name_from="Dotgrove Abuse",
    date=d(10, 17, 0), subject="Re: " + SUBJ["KCSC-240910-04"] + " [DG-ABUSE-60417]",
    reply_to_req=rq("KCSC-240910-04"),
    body=f"""
Dear Sir or Madam,

We have forwarded your complaint to the registrant of the domains behind

{D[1]}
{D[2]}

and asked for a response within 48 hours. If the registrant does not
respond or cannot justify the use of the domains, they will be
suspended.

Dotgrove Registrar - Abuse Department
""",
    outcome="review", review="not_understood",
    imitates="registrar giving the registrant a notice period before suspension",
    why="suspension is promised on a condition; nothing has happened to either domain yet",
    items={D[1]: "pending", D[2]: "pending"},
)

# ======================================================== ignored

case(
    name="fp-out-of-office",
    **{"from": "dana.whitlock@filepouch.io"}, name_from="Dana Whitlock",
    date=d(3, 16, 21), subject="Automatic reply: " + SUBJ["KCSC-240903-01"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday 9 September with limited access to
email. For abuse reports please write to abuse@filepouch.io, which is
monitored every day.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="auto-reply; says nothing about any item",
    items={},
)

case(
    name="dalbit-bounce",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date=d(11, 10, 3), subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b379-7715"

--dsn-b379-7715
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dalbitforum.kr>: host mx.dalbitforum.kr[203.0.113.45] said: 550
    5.1.1 <report@dalbitforum.kr>: Recipient address rejected: User unknown

--dsn-b379-7715
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: {d(11, 10, 2)}

Final-Recipient: rfc822; report@dalbitforum.kr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.dalbitforum.kr
Diagnostic-Code: smtp; 550 5.1.1 <report@dalbitforum.kr>: Recipient
    address rejected: User unknown

--dsn-b379-7715
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report@dalbitforum.kr
Subject: =?UTF-8?B?{base64.b64encode(SUBJ["KCSC-240911-05"].encode()).decode()}?=
Date: {d(11, 10, 2)}
Message-ID: <{msgid("KCSC-240911-05")}>

--dsn-b379-7715--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown) for our request to the forum",
    why="a bounce of our own request is never a statement",
    items={},
)

case(
    name="pixchan-read-receipt",
    **{"from": "mod@pixchan.org"}, name_from="pixchan mod",
    date=d(16, 22, 0), subject="Read: " + SUBJ["KCSC-240916-06"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b379-441"

--mdn-b379-441
Content-Type: text/plain; charset=utf-8

This is a return receipt for the mail that you sent to mod@pixchan.org.

Note: This return receipt only acknowledges that the message was
displayed on the recipient's computer. There is no guarantee that the
content has been read or understood.

--mdn-b379-441
Content-Type: message/disposition-notification

Reporting-UA: mail.pixchan.org; Thunderbird 115.14.0
Final-Recipient: rfc822;mod@pixchan.org
Original-Message-ID: <{msgid("KCSC-240916-06")}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b379-441--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird message disposition notification (read receipt)",
    why="read receipt: the request was displayed, nothing more",
    items={},
)

case(
    name="nimbus-ticket-receipt",
    **{"from": "abuse-noreply@nimbushost.net"}, name_from="Nimbus Hosting Abuse",
    date=d(5, 16, 4), subject="[NH-778120] We have received your abuse report",
    reply_to_req=rq("KCSC-240905-02"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
This is an automated message.

Your abuse report has been logged as ticket NH-778120. Our abuse team
normally answers within two business days. Please keep the ticket
number in the subject line of any reply.

Nimbus Hosting - Abuse Department
https://www.nimbushost.net/legal/aup
""",
    outcome="ignored", classification="acknowledgement",
    imitates="hosting-provider ticket-system receipt for an abuse report",
    why="pure acknowledgement: a ticket number and a response time, no statement",
    items={},
)

case(
    name="edgeveil-use-the-form",
    **{"from": "abuse@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date=d(9, 15, 1), subject="Re: " + SUBJ["KCSC-240909-03"],
    reply_to_req=rq("KCSC-240909-03"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for contacting EdgeVeil.

This mailbox is not monitored for abuse complaints sent by email. To make
sure your report reaches the right team, please submit it through our
abuse form at https://www.edgeveil.com/abuse/ .

This is an automated response.
""",
    outcome="ignored",
    imitates="CDN automated answer asking complainants to use the web abuse form",
    why="automated response naming no item; only the platform's own form is linked",
    items={},
)

case(
    name="dalbit-korean-out-of-office",
    **{"from": "mod.haneul@dalbitforum.kr"}, name_from="하늘 (달빛포럼 관리자)",
    date=d(11, 16, 30), subject="[자동응답] Re: " + SUBJ["KCSC-240911-05"],
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
[자동응답] 9월 11일부터 9월 13일까지 휴가로 메일 확인이 어렵습니다.
급한 용무는 admin@dalbitforum.kr 로 보내 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="auto-reply; no statement",
    items={},
)

case(
    name="fp-receipt-echoing-urls",
    **{"from": "noreply@filepouch.io"}, name_from="FilePouch Support",
    date=d(3, 16, 25), subject="[FP-55231] We received your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thank you for your report. We have created ticket FP-55231 for the
following links:

  {F[1]}
  {F[2]}
  {F[3]}
  ... and 11 more

You will get an email from us once the report has been processed.
Please do not reply to this message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk receipt that echoes the first reported links",
    why="receipt only: ticket created, links listed, nothing stated about them",
    items={F[1]: "pending", F[2]: "pending", F[3]: "pending"},
)


HEADER = """# Blind set 379 (tests/corpus/blind379/make.py writes this file).
# Hosting providers, a CDN, a registrar, a Korean forum, an image board, a
# file host and a paste service answering informally, plus CSV attachments
# and plain-text tables. Expected results were written from each email's
# meaning before any run of the reader.
"""


def main():
    write_requests()
    for c in CASES:
        # Non-ASCII display names and subjects as RFC 2047 encoded words,
        # as real mail clients send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
