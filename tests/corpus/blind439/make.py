#!/usr/bin/env python3
"""Blind set 439: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind439/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
platform, person, URL and id here is fictional; the expected results were
written from each email's meaning before the reader was ever run on them.
"""
import base64
import csv
import os
import quopri
import sys
import urllib.parse
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

BF = "https://bigfile.example/f/"
B = {
    1: BF + "Ab3kQ9Lm",
    2: BF + "Zt7PqR2x",
    3: BF + "Hn4sWc8e",
    4: BF + "Qe9UvB1k",
    5: BF + "Lp2YdM6t",
    6: BF + "Rw5JxN3a",
    7: BF + "Cg8KfT4z",
    8: BF + "Vm1HbS7q",
    9: "https://bigfile.example/folder/Xk2Np8Wd",
    10: BF + "Ds6GaE9r",
    11: BF + "Jy3OiU5c",
    12: BF + "Pb7ZlF2n",
    13: BF + "Tu4XcV8m",
    14: BF + "Wf9EhK1s",
}
N = {
    1: "https://lucky-slots-77.example/ko/bonus",
    2: "https://lucky-slots-77.example/ko/register?ref=kr",
    3: "https://bettingzone-kr.example/event/2024-chuseok",
    4: "https://cdn.bettingzone-kr.example/banners/chuseok.png",
}
E = {
    1: "https://toto-heaven.example/",
    2: "https://drug-market-kr.example/shop/item/4471",
    3: "https://fake-ids.example/order",
}
H = {
    1: "http://casino-royal-kr.example/",
    2: "http://pill-direct.example/",
}
FAIRY = "달빛요정"
D = {
    1: "https://dalbitforum.example/board/free/182733",
    2: "https://dalbitforum.example/board/free/182790",
    3: "https://dalbitforum.example/board/humor/55102",
    4: "https://dalbitforum.example/member/" + urllib.parse.quote(FAIRY),
    5: "https://dalbitforum.example/board/free/182801?comment=9921",
}
D4_RAW = "https://dalbitforum.example/member/" + FAIRY
P = {
    1: "https://pinchan.example/kr/res/88123.html",
    2: "https://pinchan.example/kr/res/88141.html",
    3: "https://pinchan.example/kr/res/88200.html#p88207",
}
S1 = "https://snippa.example/p/7hQ2vXn"

REQUESTS = [
    ("KCSC-243902-01", "bigfile", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [B[i] for i in range(1, 15)], "obscenity", "req-243902-01",
     "file-sharing links, one shared folder"),
    ("KCSC-243903-02", "nimbushost", "2024-09-03T10:05:00+09:00", "2024-09-10T18:00:00+09:00",
     [N[i] for i in range(1, 5)], "illegal_gambling", "req-243903-02",
     "two customer sites, hosted; banner on their CDN host"),
    ("KCSC-243904-03", "edgeshield", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00",
     [E[i] for i in range(1, 4)], "illegal_trade", "req-243904-03",
     "sites behind the CDN, origin unknown"),
    ("KCSC-243905-04", "hanaro", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [H[1], H[2]], "illegal_gambling", "req-243905-04",
     "registrar: domains, not pages"),
    ("KCSC-243906-05", "dalbit", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [D[i] for i in range(1, 6)], "defamation", "req-243906-05",
     "forum posts, a member page and a comment"),
    ("KCSC-243909-06", "pinchan", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [P[1], P[2], P[3]], "non_consensual_imagery", "req-243909-06",
     "image board threads, one single post"),
    ("KCSC-243910-07", "snippa", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [S1], "personal_data", "req-243910-07", "one paste"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", note])


# ---------------------------------------------------------------- helpers

def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, greeting="Dear Trust & Safety team,"):
    lines = [
        greeting,
        "",
        f"The Korea Communications Standards Commission asks you to remove or block",
        f"the following content (our reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the measure taken for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join(lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ bigfile (14 items)

CSV_ATT = "link,outcome,checked_at_utc,comment\n" + "\n".join([
    f"{B[1]},removed,2024-09-05 02:10,deleted from storage",
    f"{B[2]},removed,2024-09-05 02:10,deleted from storage",
    f"{B[3]},removed,2024-09-05 02:11,deleted from storage",
    f"{B[4]},removed,2024-09-05 02:11,deleted from storage",
    f"{B[5]},not_found,2024-09-05 02:12,link had already expired",
    f"{B[6]},removed,2024-09-05 02:12,deleted from storage",
    f"{B[7]},removed,2024-09-05 02:13,deleted from storage",
    f"{B[8]},not_found,2024-09-05 02:13,\"already deleted by the uploader, nothing stored\"",
    f"{B[9]},removed,2024-09-05 02:14,folder and its 31 files deleted",
    f"{B[10]},removed,2024-09-05 02:14,deleted from storage",
    f"{B[11]},removed,2024-09-05 02:15,deleted from storage",
    f"{B[12]},geo_blocked_KR,2024-09-05 02:15,download blocked for visitors from South Korea",
    f"{B[13]},removed,2024-09-05 02:16,deleted from storage",
    f"{B[14]},no_action,2024-09-05 02:16,reviewed: no violation of our terms (public court document)",
]) + "\n"

case(
    name="bf-csv-attachment-all-items",
    **{"from": "legal@bigfile.example"},
    name_from="Bigfile Legal",
    date="Thu, 05 Sep 2024 11:40:02 +0900",
    subject="Re: [KCSC-243902-01] Removal request - 14 links",
    reply_to_req="req-243902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="bf-att-01"

--bf-att-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The outcome for every link in your request KCSC-243902-01 is in the
attached spreadsheet, one row per link. "removed" means the file is gone
from our storage and its share link is dead; "not_found" means there was
nothing left to act on when we checked.

Regards,
Bigfile Legal

--bf-att-01
Content-Type: text/csv; charset=utf-8; name="KCSC-243902-01_results.csv"
Content-Disposition: attachment; filename="KCSC-243902-01_results.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--bf-att-01--
""",
    outcome="applied",
    imitates="file host legal team returning a per-link results spreadsheet (CSV attachment)",
    why="CSV row per link: removed x10, not_found x2, geo-block in Korea, no violation found",
    items={B[1]: "removed", B[2]: "removed", B[3]: "removed", B[4]: "removed",
           B[5]: "not_found", B[6]: "removed", B[7]: "removed", B[8]: "not_found",
           B[9]: "removed", B[10]: "removed", B[11]: "removed", B[12]: "restricted",
           B[13]: "removed", B[14]: "rejected"},
)

case(
    name="bf-plain-text-table-partial",
    **{"from": "support@bigfile.example"},
    name_from="Bigfile Support",
    date="Wed, 04 Sep 2024 16:02:44 +0900",
    subject="Re: [KCSC-243902-01] Removal request - 14 links",
    reply_to_req="req-243902-01",
    body=f"""Hi,

First batch done. Results so far:

Link                                     Result
---------------------------------------  -------------------------------
{B[1]:<41}Removed
{B[2]:<41}Removed
{B[3]:<41}Removed
{B[4]:<41}Removed
{B[5]:<41}Not found (link expired on 1 Sep)
{B[6]:<41}Removed

The other eight links are still with the review team; I'll write again
once they have gone through them.

Yuna
Bigfile Support
""",
    outcome="applied",
    imitates="support agent pasting a fixed-width results table from the ticket tool",
    why="plain-text table: five removed, one expired link; the other eight are only promised",
    items={B[1]: "removed", B[2]: "removed", B[3]: "removed", B[4]: "removed",
           B[5]: "not_found", B[6]: "removed"},
)

case(
    name="bf-one-liner-folder",
    **{"from": "marek@bigfile.example"},
    name_from="Marek Novak",
    date="Tue, 03 Sep 2024 22:15:09 +0900",
    subject="Re: KCSC-243902-01",
    reply_to_req="req-243902-01",
    body=f"""Deleted {B[3]} and the whole folder {B[9]} , uploader banned.

--
Marek / Bigfile
""",
    outcome="applied",
    imitates="one-line reply from a file host's staffer",
    why="two named links deleted in one sentence",
    items={B[3]: "removed", B[9]: "removed"},
)

BF_HTML = f"""<html><body style="font-family:Arial,sans-serif">
<p>Dear KCSC,</p>
<p>Please see below the decisions taken on the links you reported under KCSC-243902-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Decision</th><th>Details</th></tr>
<tr><td><a href="{B[7]}">{B[7]}</a></td><td>Removed</td><td>File deleted, account warned</td></tr>
<tr><td><a href="{B[8]}">{B[8]}</a></td><td>Not found</td><td>No file under this link</td></tr>
<tr><td><a href="{B[10]}">{B[10]}</a></td><td>Removed</td><td>File deleted</td></tr>
<tr><td><a href="{B[14]}">{B[14]}</a></td><td>Declined</td><td>Reviewed; the document does not violate our Terms of Service and stays available</td></tr>
</table>
<p>Our terms are at <a href="https://bigfile.example/legal/terms">https://bigfile.example/legal/terms</a>.</p>
<p>Bigfile Trust &amp; Safety</p>
</body></html>"""
BF_HTML_TEXT = f"""Dear KCSC,

Please see below the decisions taken on the links you reported under KCSC-243902-01.

{B[7]} - Removed - File deleted, account warned
{B[8]} - Not found - No file under this link
{B[10]} - Removed - File deleted
{B[14]} - Declined - Reviewed; the document does not violate our Terms of Service and stays available

Our terms are at https://bigfile.example/legal/terms.

Bigfile Trust & Safety"""

case(
    name="bf-html-table-alternative",
    **{"from": "trust-safety@bigfile.example"},
    name_from="Bigfile Trust & Safety",
    date="Fri, 06 Sep 2024 09:12:30 +0900",
    subject="[KCSC-243902-01] Decisions on reported links",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="bf-alt-04"

--bf-alt-04
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{BF_HTML_TEXT}

--bf-alt-04
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{BF_HTML}

--bf-alt-04--
""",
    outcome="applied",
    imitates="trust-and-safety decision table sent as HTML with a text alternative",
    why="table: two removed, one not found, one declined as not violating the terms; terms link is no item",
    items={B[7]: "removed", B[8]: "not_found", B[10]: "removed", B[14]: "rejected"},
)

case(
    name="bf-top-posted-over-gmail-quote",
    **{"from": "yuna.park@bigfile.example"},
    name_from="Yuna Park",
    date="Tue, 03 Sep 2024 13:48:00 +0900",
    subject="Re: [KCSC-243902-01] Removal request - 14 links",
    reply_to_req="req-243902-01",
    body=f"""Done - we disabled these three straight away:

{B[1]}
{B[2]}
{B[4]}

Looking at the rest now.

Yuna

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-243902-01", [B[i] for i in range(1, 15)]))}
""",
    outcome="applied",
    imitates="Gmail reply top-posted over the regulator's quoted request",
    why="three links disabled above the quote; the quoted list of 14 says nothing",
    items={B[1]: "removed", B[2]: "removed", B[4]: "removed"},
)

BF_QP = f"""Hello KCSC team,

Following your notice KCSC-243902-01, the files below have been made unavailable for download and removed from our storage \u2014 their share pages now show \u201cThis file is no longer available\u201d:

  \u2022 {B[11]}
  \u2022 {B[13]}

We couldn\u2019t find any file at {B[5]}: that link doesn\u2019t exist on our side (it may have been mistyped, or it expired before we looked).

Kind regards,
Tomasz
Bigfile Abuse Desk
"""

case(
    name="bf-quoted-printable-mixed",
    **{"from": "abuse@bigfile.example"},
    name_from="Bigfile Abuse Desk",
    date="Sat, 07 Sep 2024 03:21:55 +0900",
    subject="Your notice KCSC-243902-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(BF_QP)}
""",
    outcome="applied",
    imitates="abuse-desk reply in quoted-printable with typographic quotes and bullets",
    why="two files made unavailable and removed; a third link does not exist on their side",
    items={B[11]: "removed", B[13]: "removed", B[5]: "not_found"},
)

case(
    name="bf-echoed-report-fields",
    **{"from": "noreply-cases@bigfile.example"},
    name_from="Bigfile Case Management",
    date="Mon, 09 Sep 2024 18:30:00 +0900",
    subject="Case BF-20240902-7731 closed (KCSC-243902-01)",
    body=f"""Your report has been reviewed. Summary of the case:

Case ID: BF-20240902-7731
Reporter: KCSC Takedown <takedown@kcsc.example>
Reporter reference: KCSC-243902-01

Reported URL: {B[4]}
Reported reason: Sexual content / illegal content
Decision: File removed

Reported URL: {B[14]}
Reported reason: Sexual content / illegal content
Decision: No violation found - the file remains available

If you disagree with a decision you can appeal at https://bigfile.example/help/appeals
within 14 days.

This message was sent by Bigfile case management on behalf of our reviewers.
""",
    outcome="applied",
    imitates="case-closure mail echoing the report form fields with a decision per URL",
    why="per-URL decisions: one removed, one kept as no violation; appeal link is no item",
    items={B[4]: "removed", B[14]: "rejected"},
)

case(
    name="bf-korean-fullwidth-parens",
    **{"from": "kr-support@bigfile.example"},
    name_from="Bigfile 고객지원",
    date="Tue, 10 Sep 2024 10:05:17 +0900",
    subject="Re: [KCSC-243902-01] 불법 콘텐츠 삭제 요청",
    reply_to_req="req-243902-01",
    body=f"""안녕하세요, Bigfile 한국어 지원팀입니다.

요청하신 파일（{B[7]}）은 확인 후 삭제하였습니다.
또한 {B[8]} 는 업로더가 이미 삭제한 파일로, 현재 저장된 파일이 없습니다.

감사합니다.
Bigfile 고객지원 드림
""",
    outcome="applied",
    imitates="Korean-language support reply from a foreign file host",
    why="one file deleted (URL inside full-width parentheses), one already deleted by its uploader",
    items={B[7]: "removed", B[8]: "not_found"},
)

case(
    name="bf-status-on-line-below",
    **{"from": "support@bigfile.example"},
    name_from="Bigfile Support",
    date="Thu, 12 Sep 2024 14:44:01 +0900",
    subject="Re: [KCSC-243902-01] Removal request - 14 links",
    reply_to_req="req-243902-01",
    body=f"""Hi team,

Update on the remaining links from your request:

{B[10]}
   Status: Removed
{B[11]}
   Status: Removed
{B[12]}
   Status: Restricted - downloads blocked for users in South Korea
{B[13]}
   Status: Removed

Best,
Yuna
""",
    outcome="applied",
    imitates="support agent listing each link with its status on the line below",
    why="status stated on the line under each bare URL: three removed, one blocked in Korea",
    items={B[10]: "removed", B[11]: "removed", B[12]: "restricted", B[13]: "removed"},
)

case(
    name="bf-promise-within-24h",
    **{"from": "abuse@bigfile.example"},
    name_from="Bigfile Abuse Desk",
    date="Wed, 04 Sep 2024 08:30:12 +0900",
    subject="Re: [KCSC-243902-01] Removal request - 14 links",
    reply_to_req="req-243902-01",
    body=f"""Hello,

Thank you for the report. We confirmed that the items below break our
rules and they will be removed within the next 24 hours:

- {B[6]}
- {B[9]}

We will let you know about the others.

Bigfile Abuse Desk
""",
    outcome="review",
    review="not_understood",
    imitates="abuse desk promising removal within a deadline",
    why="'will be removed' is a promise, not a statement; the items stay pending",
    items={B[6]: "pending", B[9]: "pending"},
)

case(
    name="bf-bulk-all-removed",
    **{"from": "legal@bigfile.example"},
    name_from="Bigfile Legal",
    date="Sun, 08 Sep 2024 20:02:40 +0900",
    subject="Re: [KCSC-243902-01] Removal request - 14 links",
    reply_to_req="req-243902-01",
    body="""Dear Sir or Madam,

We have removed all of the files listed in your notice and terminated the
account that uploaded them.

Bigfile Legal
""",
    outcome="review",
    review="bulk",
    imitates="short legal-team confirmation covering a whole notice",
    why="one statement for all 14 links without naming any: bulk, items stay pending",
    items={B[i]: "pending" for i in range(1, 15)},
)

case(
    name="bf-asks-legal-basis",
    **{"from": "legal@bigfile.example"},
    name_from="Bigfile Legal",
    date="Fri, 06 Sep 2024 17:25:00 +0900",
    subject="Re: [KCSC-243902-01] Removal request - 14 links",
    reply_to_req="req-243902-01",
    body=f"""Dear KCSC,

Before we can act on {B[14]} we need the statutory basis for the
request and, if there is one, the number of the Commission's decision.
Could you send these to this address? The other links in your notice
are being handled separately by our abuse team.

Kind regards,
Bigfile Legal
""",
    outcome="review",
    classification="request_for_info",
    review="asks_more",
    imitates="legal team asking for the legal basis before acting",
    why="asks for more information about one link; nothing decided",
    items={B[14]: "pending"},
)

case(
    name="bf-out-of-office",
    **{"from": "marek@bigfile.example"},
    name_from="Marek Novak",
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    subject="Automatic reply: [KCSC-243902-01] Removal request - 14 links",
    reply_to_req="req-243902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""I am out of the office until 16 September with limited access to email.
For anything urgent please write to abuse@bigfile.example.

Marek

{quoted(request_text("KCSC-243902-01", [B[i] for i in range(1, 15)]))}
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office auto-reply quoting the start of the request",
    why="auto-reply; the quoted links are our own text",
    items={},
)

# ================================================================ nimbushost (4 items)

case(
    name="nh-customer-removed-one-pending",
    **{"from": "abuse@nimbushost.example"},
    name_from="Nimbus Hosting Abuse",
    date="Thu, 05 Sep 2024 15:30:10 +0900",
    subject="[Ticket #NH-55790] Re: [KCSC-243903-02] Illegal gambling content",
    reply_to_req="req-243903-02",
    body=f"""Hello,

We passed your complaint to our customer. They have removed the page
{N[3]} and we verified that it no longer loads.

The banner image {N[4]} is still under review with the customer; we
will update this ticket when we hear back.

Regards,
Daniel
Nimbus Hosting - Abuse Department
""",
    outcome="applied",
    imitates="web host abuse ticket update after forwarding the complaint to its customer",
    why="one page removed and verified; the banner explicitly still under review",
    items={N[3]: "removed", N[4]: "pending"},
)

case(
    name="nh-account-suspended-both-pages",
    **{"from": "abuse@nimbushost.example"},
    name_from="Nimbus Hosting Abuse",
    date="Wed, 04 Sep 2024 19:02:33 +0900",
    subject="[Ticket #NH-55791] Re: [KCSC-243903-02] Illegal gambling content",
    reply_to_req="req-243903-02",
    body=f"""Hi,

We have suspended the hosting account behind lucky-slots-77.example for a
breach of our Acceptable Use Policy (illegal gambling). Both pages you
reported are offline:

 * {N[1]}
 * {N[2]}

The account will not be restored.

Nimbus Hosting Abuse Department
https://nimbushost.example/legal/aup
""",
    outcome="applied",
    imitates="hosting provider suspending a customer's account over an abuse complaint",
    why="both named pages offline after the account was suspended; AUP link is no item",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="nh-no-such-file-on-origin",
    **{"from": "daniel.r@nimbushost.example"},
    name_from="Daniel Reyes",
    date="Mon, 09 Sep 2024 11:11:11 +0900",
    subject="RE: [Ticket #NH-55790] banner image",
    body=f"""Hi,

About the last open item of KCSC-243903-02: we checked the customer's
storage and there is no file at
{N[4]}
(the origin answers 404 and nothing by that name exists in their web
root), so there is nothing for us to remove.

This closes the ticket on our side.

Daniel
Nimbus Hosting Abuse
""",
    outcome="applied",
    imitates="abuse-desk technician explaining that the reported file does not exist on the origin",
    why="the file does not exist on the host's storage: not_found (URL on the line below its statement)",
    items={N[4]: "not_found"},
)

case(
    name="nh-outlook-original-message",
    **{"from": "daniel.r@nimbushost.example"},
    name_from="Daniel Reyes",
    date="Wed, 04 Sep 2024 09:47:20 +0900",
    subject="RE: [KCSC-243903-02] Illegal gambling content",
    reply_to_req="req-243903-02",
    body=f"""Hi,

Our customer took the bonus page down this morning - {N[1]} now returns
404 from their server. We're still chasing them about the rest.

Daniel

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:05 AM
To: abuse@nimbushost.example
Subject: [KCSC-243903-02] Illegal gambling content

{request_text("KCSC-243903-02", [N[1], N[2], N[3], N[4]], "Dear Abuse team,")}
""",
    outcome="applied",
    imitates="Outlook reply above an unquoted -----Original Message----- block",
    why="one page taken down; the request below the Original Message line is our own text",
    items={N[1]: "removed"},
)

case(
    name="nh-hedged-may-have",
    **{"from": "abuse@nimbushost.example"},
    name_from="Nimbus Hosting Abuse",
    date="Thu, 05 Sep 2024 10:20:00 +0900",
    subject="[Ticket #NH-55791] Re: [KCSC-243903-02] Illegal gambling content",
    reply_to_req="req-243903-02",
    body=f"""Hello,

It looks like our customer may have already taken down
{N[2]} - it appears to redirect to their home page now. We have asked
them to confirm and will get back to you.

Nimbus Hosting Abuse Department
""",
    outcome="review",
    review="not_understood",
    imitates="abuse desk guessing from the outside what its customer did",
    why="'may have' and 'appears to' are hedges; the page stays pending",
    items={N[2]: "pending"},
)

case(
    name="nh-forwarded-to-customer-48h",
    **{"from": "abuse@nimbushost.example"},
    name_from="Nimbus Hosting Abuse",
    date="Tue, 03 Sep 2024 18:45:00 +0900",
    subject="[Ticket #NH-55790] Re: [KCSC-243903-02] Illegal gambling content",
    reply_to_req="req-243903-02",
    body=f"""Ticket: NH-55790
Status: Pending customer response

We have forwarded your complaint about {N[3]} to the
customer responsible and given them 48 hours to remove the material or
explain why it should stay. If they do not respond we will disable the
page ourselves.

Nimbus Hosting Abuse Department
""",
    outcome="review",
    review="not_understood",
    imitates="hosting provider ticket status 'pending customer response' with a conditional threat",
    why="forwarded with a deadline and a conditional; nothing has happened to the page yet",
    items={N[3]: "pending"},
)

case(
    name="nh-ticket-receipt",
    **{"from": "support@nimbushost.example"},
    name_from="Nimbus Hosting Support",
    date="Tue, 03 Sep 2024 10:06:02 +0900",
    subject="[Ticket #NH-55790] Abuse report received: [KCSC-243903-02] Illegal gambling content",
    reply_to_req="req-243903-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thank you for contacting Nimbus Hosting.

Your report has been logged as ticket NH-55790 and assigned to our abuse
department. A member of the team will reply within two business days.
Please keep the ticket number in the subject line of any reply.

You can follow the ticket at https://support.nimbushost.example/tickets/NH-55790

-- Nimbus Hosting Support (automated message)
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="helpdesk ticket-creation receipt",
    why="pure receipt: ticket created, nothing about any item; the ticket link is no item",
    items={},
)

# ================================================================ edgeshield (3 items)

case(
    name="es-service-terminated-block-page",
    **{"from": "trust@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date="Fri, 06 Sep 2024 02:14:45 +0900",
    subject="EdgeShield abuse report ES-88412 - action taken",
    body=f"""Hello,

Regarding your report ES-88412 (your reference KCSC-243904-03):

Following our review we have terminated EdgeShield service for the
account behind toto-heaven.example. Visitors to {E[1]} now get an
EdgeShield block page in every region, and the site is no longer served
through our network.

EdgeShield Trust & Safety
""",
    outcome="applied",
    imitates="CDN terminating service and placing a block page on a site",
    why="site blocked worldwide by the CDN: removed",
    items={E[1]: "removed"},
)

case(
    name="es-korea-geoblock-and-no-breach",
    **{"from": "trust@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date="Sat, 07 Sep 2024 12:00:00 +0900",
    subject="EdgeShield abuse report ES-88413 (KCSC-243904-03)",
    body=f"""Hello,

We have restricted access from the Republic of Korea to
{E[2]} at our edge, in line with local law. The page
remains reachable from other countries.

{E[3]}: our review found no breach of our Acceptable Use Policy,
so no action was taken and the page stays online.

EdgeShield Trust & Safety
""",
    outcome="applied",
    imitates="CDN trust-and-safety outcome: country block for one URL, no action for another",
    why="one URL blocked in Korea (restricted), one kept as no AUP breach (rejected)",
    items={E[2]: "restricted", E[3]: "rejected"},
)

ES_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>Dear reporter,</p>
<p>Outcome of abuse report <b>ES-88415</b> (your reference KCSC-243904-03):</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>URL</th><th>Action</th><th>Scope</th></tr></thead>
<tbody>
<tr><td>{E[1]}</td><td>Service terminated, block page shown</td><td>Global</td></tr>
<tr><td>{E[2]}</td><td>Access blocked</td><td>KR only</td></tr>
<tr><td>{E[3]}</td><td>No action &ndash; not in violation of our AUP</td><td>&ndash;</td></tr>
</tbody></table>
<p>EdgeShield Trust &amp; Safety &middot; <a href="https://www.edgeshield.example/abuse">edgeshield.example/abuse</a></p>
</body></html>"""

case(
    name="es-html-only-outcome-table",
    **{"from": "trust@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date="Mon, 09 Sep 2024 08:00:00 +0900",
    subject="Outcome of abuse report ES-88415",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(ES_HTML)}
""",
    outcome="applied",
    imitates="HTML-only (base64) outcome table from a CDN's abuse system",
    why="table row per URL: global block (removed), KR-only block (restricted), no violation (rejected)",
    items={E[1]: "removed", E[2]: "restricted", E[3]: "rejected"},
)

case(
    name="es-pass-through-forwarded-to-host",
    **{"from": "abuse@edgeshield.example"},
    name_from="EdgeShield Abuse",
    date="Thu, 05 Sep 2024 07:40:00 +0900",
    subject="EdgeShield abuse report ES-88411 (KCSC-243904-03)",
    body=f"""Hello,

EdgeShield provides a pass-through reverse proxy and content delivery
network. We do not host the content at the URLs below and are unable to
remove it from the Internet:

  {E[1]}
  {E[2]}
  {E[3]}

We have forwarded your report to the hosting provider of these sites and
to the site operators. The hosting provider is Northwind Servers Ltd
(abuse@northwind-servers.example); you may wish to contact them directly.

EdgeShield Abuse Team
""",
    outcome="review",
    review="not_understood",
    imitates="Cloudflare-style 'we do not host this, we forwarded it to the host' reply",
    why="no decision on the content: the CDN only forwards; content stays up pending the host's answer",
    items={E[1]: "pending", E[2]: "pending", E[3]: "pending"},
)

case(
    name="es-automated-receipt-echo-urls",
    **{"from": "no-reply@edgeshield.example"},
    name_from="EdgeShield",
    date="Wed, 04 Sep 2024 09:31:12 +0900",
    subject="We received your abuse report ES-88411",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""This is an automated confirmation.

We received your abuse report ES-88411 for the following URLs:

- {E[1]}
- {E[2]}
- {E[3]}

Our Trust & Safety team reviews reports in the order received. You do
not need to reply to this message.

EdgeShield
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="CDN abuse-form automated receipt echoing the reported URLs",
    why="pure receipt; the echoed URLs carry no statement",
    items={},
)

# ================================================================ hanaro (2 items, registrar)

case(
    name="hr-korean-clienthold",
    **{"from": "abuse@hanarodomains.example"},
    name_from="하나로도메인 불법이용대응팀",
    date="Mon, 09 Sep 2024 16:20:00 +0900",
    subject="[하나로도메인] KCSC-243905-04 도메인 조치 결과 안내",
    reply_to_req="req-243905-04",
    body=f"""안녕하십니까, 하나로도메인 불법이용대응팀입니다.

귀 위원회의 요청(KCSC-243905-04)에 따라 아래 도메인에 대해 조치하였음을
알려드립니다.

- 대상: {H[1]}
- 조치: 도메인 서비스 정지(clientHold), 2024-09-09 15:00 적용 완료

나머지 도메인(pill-direct.example)은 등록자 소명 절차가 진행 중이며,
결과가 나오는 대로 다시 회신드리겠습니다.

하나로도메인 드림
""",
    outcome="applied",
    imitates="Korean registrar's 조치 결과 안내 after putting a domain on clientHold",
    why="domain suspended (stops resolving everywhere): removed; the other domain still in process",
    items={H[1]: "removed", H[2]: "pending"},
)

case(
    name="hr-registrar-declines-no-court-order",
    **{"from": "compliance@hanarodomains.example"},
    name_from="Hanaro Domains Compliance",
    date="Wed, 11 Sep 2024 10:00:00 +0900",
    subject="Re: [KCSC-243905-04] Domain abuse report",
    reply_to_req="req-243905-04",
    body=f"""Dear KCSC,

Hanaro Domains is the registrar of {H[2]} ; we do not host the website
and are not in a position to judge its content. The registrant answered
our inquiry, the registration is in good standing and breaches none of
our registration terms, so we decline to suspend the domain. We will act
on a Korean court order or an instruction from the registry.

Hanaro Domains Compliance
""",
    outcome="applied",
    imitates="registrar declining a content complaint without a court order",
    why="a refusal with its reason (no breach of the registration terms): rejected",
    items={H[2]: "rejected"},
)

DSN_ORIG = request_text("KCSC-243905-04", [H[1], H[2]], "Dear Abuse team,")
case(
    name="hr-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mx1.hanarodomains.example"},
    name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 11:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-hr-1"

--dsn-hr-1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.hanarodomains.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@hanarodomains.example>: mailbox is full (quota exceeded)

--dsn-hr-1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.hanarodomains.example
Arrival-Date: Thu,  5 Sep 2024 11:00:05 +0900

Final-Recipient: rfc822; abuse-kr@hanarodomains.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-hr-1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@hanarodomains.example
Subject: [KCSC-243905-04] Domain abuse report
Message-ID: <req-243905-04@kcsc.example>
Date: Thu, 05 Sep 2024 11:00:00 +0900

{DSN_ORIG}

--dsn-hr-1--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification (mailbox full) carrying the original request",
    why="bounce; the URLs are in our own returned message",
    items={},
)

case(
    name="hr-wrong-platform-cdn-item",
    **{"from": "abuse@hanarodomains.example"},
    name_from="Hanaro Domains Abuse",
    date="Fri, 06 Sep 2024 14:00:00 +0900",
    subject="Re: [KCSC-243904-03] copy to registrar",
    reply_to_req="req-243904-03",
    body=f"""Hello,

You copied us on KCSC-243904-03. toto-heaven.example is registered with
us, and we have placed it on hold today, so {E[1]} no longer resolves.

Hanaro Domains Abuse
""",
    outcome="review",
    review="wrong_platform",
    imitates="registrar answering a request that was addressed to a CDN",
    why="the registrar states a status for an item of the EdgeShield request",
    items={E[1]: "pending"},
)

# ================================================================ dalbit forum (5 items, Korean)

case(
    name="db-admin-one-liner",
    **{"from": "admin@dalbitforum.example"},
    name_from="달빛포럼 운영자",
    date="Fri, 06 Sep 2024 21:33:00 +0900",
    subject="Re: [KCSC-243906-05] 게시물 삭제 요청",
    reply_to_req="req-243906-05",
    body=f"""말씀하신 글 {D[1]} 삭제했습니다.
""",
    outcome="applied",
    imitates="small forum admin answering in one Korean line",
    why="one named post deleted",
    items={D[1]: "removed"},
)

case(
    name="db-numbered-list-arrows",
    **{"from": "admin@dalbitforum.example"},
    name_from="달빛포럼 운영자",
    date="Sat, 07 Sep 2024 10:12:00 +0900",
    subject="Re: [KCSC-243906-05] 게시물 삭제 요청",
    reply_to_req="req-243906-05",
    body=f"""안녕하세요, 달빛포럼 운영자입니다.
신고하신 게시물 처리 결과 알려드립니다.

1. {D[2]} → 블라인드 처리
2. {D[3]} → 작성자가 이미 삭제한 글입니다
3. {D4_RAW} → 회원 이용정지 및 작성글 전체 비공개 처리

나머지 댓글 건은 확인 중입니다.
운영정책: https://dalbitforum.example/policy
""",
    outcome="applied",
    imitates="Korean forum admin's numbered 처리 결과 list with arrows",
    why="블라인드 (removed), deleted by its author (not_found), 비공개 처리 (removed); raw Korean path",
    items={D[2]: "removed", D[3]: "not_found", D[4]: "removed"},
)

case(
    name="db-korean-particle-after-url",
    **{"from": "mod.haneul@dalbitforum.example"},
    name_from="달빛포럼 운영진 하늘",
    date="Mon, 09 Sep 2024 09:05:00 +0900",
    subject="RE: KCSC-243906-05 댓글 건",
    body=f"""안녕하세요.

{D[5]}의 댓글은 운영자 삭제되었습니다.
{D[2]}도 블라인드 처리했습니다.

수고하세요.
""",
    outcome="applied",
    imitates="forum moderator writing URLs directly followed by Korean particles",
    why="comment deleted by the operator; second post blinded ('도' glued to the URL)",
    items={D[5]: "removed", D[2]: "removed"},
)

DB_B64 = f"""KCSC 담당자님께,

정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
아래 게시물에 대하여 30일간 임시조치(접근 제한)를 하였습니다.

  - {D[1]}
  - {D[5]}

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 삭제됩니다.

달빛포럼 운영팀
"""

case(
    name="db-temporary-measure-base64",
    **{"from": "help@dalbitforum.example"},
    name_from="달빛포럼 운영팀",
    date="Tue, 10 Sep 2024 13:00:00 +0900",
    subject=Header("[KCSC-243906-05] 임시조치 안내", "utf-8").encode(),
    reply_to_req="req-243906-05",
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(DB_B64)}
""",
    outcome="applied",
    imitates="Korean 임시조치 notice under 정보통신망법 제44조의2, base64 body, encoded subject",
    why="임시조치 (30-day access restriction) on two posts: restricted; later deletion only conditional",
    items={D[1]: "restricted", D[5]: "restricted"},
)

case(
    name="db-bulk-all-deleted-korean",
    **{"from": "admin@dalbitforum.example"},
    name_from="달빛포럼 운영자",
    date="Sun, 08 Sep 2024 23:50:00 +0900",
    subject="Re: [KCSC-243906-05] 게시물 삭제 요청",
    reply_to_req="req-243906-05",
    body="""요청하신 게시물은 모두 삭제 처리하였습니다. 감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="Korean admin confirming 'all of them' in one sentence",
    why="'모두 삭제' for a five-item request without naming any: bulk",
    items={D[i]: "pending" for i in range(1, 6)},
)

case(
    name="db-admin-personal-gmail",
    **{"from": "dalbit.admin.kr@gmail.com"},
    name_from="달빛포럼 관리자",
    date="Sat, 07 Sep 2024 01:15:00 +0900",
    subject="Re: [KCSC-243906-05] 게시물 삭제 요청",
    reply_to_req="req-243906-05",
    body=f"""포럼 메일 계정이 잠겨서 개인 메일로 답장드립니다.
{D[1]} 글은 삭제했습니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="small-forum admin replying from a personal webmail account",
    why="sender is not the forum's domain: a person must check it",
    items={D[1]: "pending"},
)

case(
    name="db-out-of-office-korean",
    **{"from": "admin@dalbitforum.example"},
    name_from="달빛포럼 운영자",
    date="Fri, 06 Sep 2024 14:00:30 +0900",
    subject="[자동응답] Re: [KCSC-243906-05] 게시물 삭제 요청",
    reply_to_req="req-243906-05",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""[부재중 자동응답]
9월 14일부터 18일까지 추석 연휴로 메일 확인이 늦어질 수 있습니다.
긴급한 신고는 포럼 내 신고 게시판을 이용해 주세요.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean holiday (추석) out-of-office auto-reply",
    why="auto-reply",
    items={},
)

# ================================================================ pinchan (3 items, image board)

case(
    name="pc-janitor-nuked",
    **{"from": "janitor@pinchan.example"},
    name_from="pinchan janitor",
    date="Mon, 09 Sep 2024 23:58:00 +0900",
    subject="Re: [KCSC-243909-06] Removal request",
    reply_to_req="req-243909-06",
    body=f"""nuked {P[2]} , thread's gone and the poster is banned.
""",
    outcome="applied",
    imitates="image-board janitor's one-line reply",
    why="'nuked ... thread's gone' is a plain statement of deletion",
    items={P[2]: "removed"},
)

case(
    name="pc-urls-under-headings",
    **{"from": "admin@pinchan.example"},
    name_from="pinchan admin",
    date="Tue, 10 Sep 2024 08:20:00 +0900",
    subject="Re: [KCSC-243909-06] Removal request",
    reply_to_req="req-243909-06",
    body=f"""hi,

deleted:
{P[1]}

couldn't find (the thread 404'd and was purged from the archive before we got to it):
{P[3]}

- admin
""",
    outcome="applied",
    imitates="image-board admin grouping URLs under short headings",
    why="URL on the line below its statement: one deleted, one not found",
    items={P[1]: "removed", P[3]: "not_found"},
)

case(
    name="pc-mod-log-inline-csv",
    **{"from": "admin@pinchan.example"},
    name_from="pinchan admin",
    date="Wed, 11 Sep 2024 04:40:00 +0900",
    subject="Re: [KCSC-243909-06] Removal request",
    reply_to_req="req-243909-06",
    body=f"""here's the export from our mod panel for your three links:

thread_url,action,mod,time_utc
{P[1]},thread deleted,mod_k,2024-09-10 03:12
{P[2]},thread deleted,mod_k,2024-09-10 03:13
{P[3]},none (post not found),mod_k,2024-09-10 03:15

- admin
""",
    outcome="applied",
    imitates="moderation-log export pasted into the body as CSV text",
    why="two threads deleted, one post not found",
    items={P[1]: "removed", P[2]: "removed", P[3]: "not_found"},
)

case(
    name="pc-dmarc-fail",
    **{"from": "admin@pinchan.example"},
    name_from="pinchan admin",
    auth="fail",
    date="Tue, 10 Sep 2024 02:02:02 +0900",
    subject="Re: [KCSC-243909-06] Removal request",
    reply_to_req="req-243909-06",
    body=f"""both threads deleted:
{P[1]}
{P[2]}
""",
    outcome="review",
    review="untrusted",
    imitates="image-board admin mail sent through an unauthorised relay (DMARC fail)",
    why="the platform's domain fails authentication",
    items={P[1]: "pending", P[2]: "pending"},
)

case(
    name="pc-read-receipt",
    **{"from": "admin@pinchan.example"},
    name_from="pinchan admin",
    date="Mon, 09 Sep 2024 12:30:00 +0900",
    subject="Read: [KCSC-243909-06] Removal request",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-pc-1"

--mdn-pc-1
Content-Type: text/plain; charset=utf-8

Your message

  To: admin@pinchan.example
  Subject: [KCSC-243909-06] Removal request
  Sent: Mon, 09 Sep 2024 10:00:00 +0900

was read on Mon, 09 Sep 2024 12:30:00 +0900.

--mdn-pc-1
Content-Type: message/disposition-notification

Reporting-UA: mail.pinchan.example; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@pinchan.example
Original-Message-ID: <req-243909-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-pc-1--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Thunderbird message disposition notification (read receipt)",
    why="read receipt",
    items={},
)

# ================================================================ snippa (1 item)

case(
    name="sn-all-content-single-item",
    **{"from": "abuse@snippa.example"},
    name_from="Snippa Abuse",
    date="Wed, 11 Sep 2024 09:00:00 +0900",
    subject="Re: [KCSC-243910-07] Personal data in a paste",
    reply_to_req="req-243910-07",
    body="""Hi,

All the content you flagged in KCSC-243910-07 has been removed and the
account that posted it is suspended.

Snippa Abuse
""",
    outcome="applied",
    imitates="small paste service confirming a one-link request without repeating the link",
    why="'all the content' for a request of one item: applies to that item",
    items={S1: "removed"},
)

case(
    name="sn-angle-brackets-author-deleted",
    **{"from": "kai@snippa.example"},
    name_from="Kai (Snippa)",
    date="Tue, 10 Sep 2024 19:42:00 +0900",
    subject="Re: [KCSC-243910-07] Personal data in a paste",
    reply_to_req="req-243910-07",
    body=f"""Hey,

<{S1}> is gone - the author deleted that paste themselves on
the 9th, before your mail arrived, so there was nothing left for us to
remove.

Kai

On Tue, 10 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Please remove the following paste, which publishes a person's
> resident registration number (our reference KCSC-243910-07):
> {S1}
""",
    outcome="applied",
    imitates="one-person service replying informally with the URL in angle brackets",
    why="paste already deleted by its author: not_found",
    items={S1: "not_found"},
)

case(
    name="sn-abuse-contact-change",
    **{"from": "hello@snippa.example"},
    name_from="Snippa",
    date="Thu, 12 Sep 2024 15:00:00 +0900",
    subject="Snippa: new address for abuse reports",
    body="""Hello,

From 1 October Snippa handles abuse reports only at abuse@snippa.example.
Mail sent to hello@ or kai@ will no longer be read for abuse matters.
Please update your records.

Thanks,
Snippa
""",
    outcome="review",
    review="no_claims",
    imitates="small service's notice of a changed abuse contact",
    why="trusted platform mail that names no item and no request",
    items={},
)

# ---------------------------------------------------------------- write

HEADER = """# Blind set 439 (hosts, CDNs, registrars, forums, image boards, file hosts,
# small services; CSV attachments and plain-text tables). Written by
# tests/corpus/blind439/make.py from each email's meaning, before any run.
"""

def encode_headers(cases):
    """Non-ASCII display names and subjects go out as RFC 2047 encoded words,
    as real mailers send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind439", HEADER, CASES)
