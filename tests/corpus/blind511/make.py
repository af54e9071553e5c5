#!/usr/bin/env python3
"""Blind corpus set 511: hosting providers, CDNs, registrars, forums, image
boards, file hosts and small services answering informally, plus CSV
attachments and plain-text tables.

    python3 tests/corpus/blind511/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of each email alone,
before the reader was ever run on this set. All names, domains, ids and
people are fictional.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

REQUESTS = [
    {
        "ref": "KCSC-240903-01", "platform": "dropcrate",
        "sent": "2024-09-03T14:00:00+09:00", "due": "2024-09-10T18:00:00+09:00",
        "category": "obscenity", "mid": "kcsc-240903-01@kcsc.example",
        "note": "file host; links collected from a Telegram channel, 14 items",
        "urls": [
            "https://dropcrate.io/f/7hQ2mXa",
            "https://dropcrate.io/f/K9pLw3e",
            "https://dropcrate.io/f/Zr81nTb",
            "https://dropcrate.io/f/u4YcV0s",
            "https://dropcrate.io/f/Qe5HjM2",
            "https://dropcrate.io/f/b6TnR8w",
            "https://dropcrate.io/f/Lx2gP7k",
            "https://dropcrate.io/f/m3VdS9q",
            "https://dropcrate.io/folder/rT4kA1zE",
            "https://dropcrate.io/folder/Wn7cB5yH",
            "https://dl.dropcrate.io/f/Jp0eX6fU/clip_part1.zip",
            "https://dl.dropcrate.io/f/Jp0eX6fU/clip_part2.zip",
            "https://dropcrate.io/f/Hs5oN2vC",
            "https://dropcrate.io/f/Ty8iG4dR",
        ],
    },
    {
        "ref": "KCSC-240904-02", "platform": "quillhost",
        "sent": "2024-09-04T10:30:00+09:00", "due": "2024-09-11T18:00:00+09:00",
        "category": "gambling", "mid": "kcsc-240904-02@kcsc.example",
        "note": 'hosting provider (abuse desk); site calls itself "Lucky 7 Harbor"',
        "urls": [
            "http://lucky7-harbor-bet.com/",
            "https://lucky7-harbor-bet.com/signup?ref=kr",
            "https://moonriver-slots.net/ko/",
            "https://qh-shared-204.quillhost.net/~jinbet/index.php",
        ],
    },
    {
        "ref": "KCSC-240905-03", "platform": "edgeveil",
        "sent": "2024-09-05T11:00:00+09:00", "due": "2024-09-12T18:00:00+09:00",
        "category": "drugs", "mid": "kcsc-240905-03@kcsc.example",
        "note": "CDN / edge host, registrar in copy",
        "urls": [
            "https://ice-market-kr.store/",
            "https://ice-market-kr.store/product/crystal-1g",
            "https://greenleaf-delivery.shop/order",
        ],
    },
    {
        "ref": "KCSC-240906-04", "platform": "regibox",
        "sent": "2024-09-06T15:00:00+09:00", "due": "2024-09-13T18:00:00+09:00",
        "category": "fraud", "mid": "kcsc-240906-04@kcsc.example",
        "note": "registrar; phishing pages imitating KCSC and Korea Post",
        "urls": [
            "http://kcsc-refund-notice.com/",
            "http://kr-post-delivery-check.info/track",
        ],
    },
    {
        "ref": "KCSC-240909-05", "platform": "gongbang",
        "sent": "2024-09-09T10:00:00+09:00", "due": "2024-09-16T18:00:00+09:00",
        "category": "defamation", "mid": "kcsc-240909-05@kcsc.example",
        "note": "small Korean forum, admin answers by hand",
        "urls": [
            "https://gongbang.kr/board/free/884211",
            "https://gongbang.kr/board/free/884305",
            "https://gongbang.kr/board/humor/120077",
            "https://gongbang.kr/gallery/%EC%82%AC%EC%A7%84/5531",
            "https://gongbang.kr/member/shadowfox99",
        ],
    },
    {
        "ref": "KCSC-240910-06", "platform": "pixchan",
        "sent": "2024-09-10T16:00:00+09:00", "due": "2024-09-17T18:00:00+09:00",
        "category": "obscenity", "mid": "kcsc-240910-06@kcsc.example",
        "note": "image board, volunteer janitors",
        "urls": [
            "https://pixchan.org/b/res/449102.html",
            "https://pixchan.org/b/res/449377.html",
            "https://i.pixchan.org/b/src/1725861234567.jpg",
        ],
    },
    {
        "ref": "KCSC-240911-07", "platform": "tinypaste",
        "sent": "2024-09-11T09:30:00+09:00", "due": "2024-09-18T18:00:00+09:00",
        "category": "personal information", "mid": "kcsc-240911-07@kcsc.example",
        "note": "paste site, one paste (doxxing)",
        "urls": ["https://tinypaste.dev/p/x8Kq2LmZ"],
    },
]
R = {r["ref"]: r for r in REQUESTS}
DC = R["KCSC-240903-01"]["urls"]
QH = R["KCSC-240904-02"]["urls"]
EV = R["KCSC-240905-03"]["urls"]
RB = R["KCSC-240906-04"]["urls"]
GB = R["KCSC-240909-05"]["urls"]
PX = R["KCSC-240910-06"]["urls"]
TP = R["KCSC-240911-07"]["urls"]
GB_PHOTO_RAW = "https://gongbang.kr/gallery/사진/5531"  # == GB[3] percent-encoded


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for r in REQUESTS:
            for u in r["urls"]:
                w.writerow([r["ref"], r["platform"], r["sent"], r["due"], u, r["category"], r["mid"], r["note"]])


# ---------------------------------------------------------------- helpers

def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def enc(text):
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def request_quote(ref, prefix="> "):
    """Our own request as a platform would quote it below its reply."""
    r = R[ref]
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission asks you to remove or",
        f"disable the following content (reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(r["urls"], 1)]
    lines += ["", "Please reply to this address with the result for each URL.", "",
              "KCSC Takedown Team"]
    return "\n".join((prefix + l).rstrip() for l in lines)


# ---------------------------------------------------------------- cases

CASES = []


def case(**c):
    CASES.append(c)


# ======================= APPLIED =======================

case(
    name="dc-csv-attachment-results",
    from_="trust-safety@dropcrate.io", name_from="DropCrate Trust & Safety",
    date="Wed, 04 Sep 2024 11:40:02 +0900",
    subject="Re: [KCSC-240903-01] Removal request - outcome", reply_to_req="kcsc-240903-01",
    raw_mime="""Content-Type: multipart/mixed; boundary="dc-b1-7781"

--dc-b1-7781
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome of our review of your report
KCSC-240903-01 (our ticket DC-T-40912). There is one line per link we
reviewed; the links not in the file are still with the review team.

Regards,
DropCrate Trust & Safety

--dc-b1-7781
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: 7bit

reported_link,outcome,actioned_at_utc
https://dropcrate.io/f/7hQ2mXa,removed,2024-09-04 01:52
https://dropcrate.io/f/K9pLw3e,removed,2024-09-04 01:52
https://dropcrate.io/f/Zr81nTb,removed,2024-09-04 01:55
https://dropcrate.io/f/u4YcV0s,not found - deleted by uploader before review,
https://dropcrate.io/f/Qe5HjM2,removed,2024-09-04 01:58
https://dropcrate.io/folder/rT4kA1zE,folder removed (4 files),2024-09-04 02:03
https://dropcrate.io/folder/Wn7cB5yH,not found,
https://dropcrate.io/f/b6TnR8w,removed,2024-09-04 02:10

--dc-b1-7781--
""",
    outcome="applied",
    imitates="file host trust-and-safety reply with a CSV outcome sheet attached",
    why="CSV attachment gives one outcome per link: six removed, two not found; the other six stay pending",
    items={DC[0]: "removed", DC[1]: "removed", DC[2]: "removed", DC[3]: "not_found",
           DC[4]: "removed", DC[8]: "removed", DC[9]: "not_found", DC[5]: "removed"},
)

case(
    name="dc-plain-text-table-legend",
    from_="abuse@dropcrate.io", name_from="DropCrate Abuse",
    date="Thu, 05 Sep 2024 09:12:44 +0900",
    subject="Re: [KCSC-240903-01] Removal request", reply_to_req="kcsc-240903-01",
    body="""Hello KCSC,

Report KCSC-240903-01 - partial result

  #   Link                                  Result
  --  ------------------------------------  ------------
  1   https://dropcrate.io/f/Lx2gP7k        DISABLED
  2   https://dropcrate.io/f/m3VdS9q        DISABLED
  3   https://dropcrate.io/f/Hs5oN2vC       NO SUCH FILE
  4   https://dropcrate.io/f/Ty8iG4dR       KR-BLOCKED

DISABLED     the file can no longer be downloaded by anyone.
NO SUCH FILE the id does not exist on our service.
KR-BLOCKED   downloads are refused to visitors from the Republic of
             Korea; the file stays available in other countries.

The other links in your report are still being looked at.

-- 
DropCrate Abuse Desk
""",
    outcome="applied",
    imitates="abuse desk plain-text result table with a legend of status codes",
    why="fixed-width table: two disabled (removed), one id does not exist (not_found), one blocked for Korea only (restricted)",
    items={DC[6]: "removed", DC[7]: "removed", DC[12]: "not_found", DC[13]: "restricted"},
)

case(
    name="dc-echoed-report-findings",
    from_="abuse@dropcrate.io", name_from="DropCrate Abuse",
    date="Thu, 05 Sep 2024 16:03:10 +0900",
    subject="[DC-T-40931] Your abuse report has been processed",
    body="""Hello,

We have processed the abuse report below.

---------- Report as received ----------
Reporter:   KCSC Takedown Team <takedown@kcsc.example>
Reference:  KCSC-240903-01
Category:   Illegal content (obscenity)
Links:      https://dl.dropcrate.io/f/Jp0eX6fU/clip_part1.zip
            https://dl.dropcrate.io/f/Jp0eX6fU/clip_part2.zip
            https://dropcrate.io/f/b6TnR8w
-----------------------------------------

Our findings:

1. https://dl.dropcrate.io/f/Jp0eX6fU/clip_part1.zip
   Action: file deleted, uploader account terminated.

2. https://dl.dropcrate.io/f/Jp0eX6fU/clip_part2.zip
   Action: file deleted.

3. https://dropcrate.io/f/b6TnR8w
   Action: none. This file is a software installer; we found nothing in
   it that breaks our Terms of Service, so it stays online.

If you disagree with a decision you can reply to this email.

DropCrate Abuse Team
""",
    outcome="applied",
    imitates="ticket-system 'report processed' mail echoing the submitted report, then per-link findings",
    why="two archive parts deleted (removed); the installer stays up as it breaks no rule (rejected); the echo itself states nothing",
    items={DC[10]: "removed", DC[11]: "removed", DC[5]: "rejected"},
)

SOR_HTML = """<!DOCTYPE html>
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC Takedown Team,</p>
<p>This is the statement of reasons for the decisions we took on your notice
<b>KCSC-240903-01</b>, provided under Article 17 of Regulation (EU) 2022/2065.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Content</th><th>Decision</th><th>Territorial scope</th><th>Ground</th><th>Automated</th></tr>
<tr><td>https://dropcrate.io/f/Zr81nTb</td><td>Disabling of access</td><td>Republic of Korea only</td><td>Illegal under national law of the notifier</td><td>No</td></tr>
<tr><td>https://dropcrate.io/f/Qe5HjM2</td><td>Removal of content</td><td>Worldwide</td><td>Incompatible with our Terms of Service</td><td>No</td></tr>
</table>
<p>The uploaders were informed and may appeal through
<a href="https://dropcrate.io/help/appeals">https://dropcrate.io/help/appeals</a>.</p>
<p>DropCrate Legal</p>
</body></html>
"""

case(
    name="dc-dsa-sor-html-base64",
    from_="legal@dropcrate.io", name_from="DropCrate Legal",
    date="Fri, 06 Sep 2024 10:20:00 +0900",
    subject="Statement of reasons - notice KCSC-240903-01",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(SOR_HTML),
    outcome="applied",
    imitates="DSA Article 17 statement of reasons from a hosting service, HTML table, base64 body",
    why="access disabled for Korea only (restricted); removal worldwide (removed); the appeals link is not an item",
    items={DC[2]: "restricted", DC[4]: "removed"},
)

case(
    name="dc-url-below-statement",
    from_="support@dropcrate.io", name_from="DropCrate Support",
    date="Fri, 06 Sep 2024 13:45:29 +0900",
    subject="Re: [KCSC-240903-01] Removal request", reply_to_req="kcsc-240903-01",
    body="""Hi,

The following file has been disabled for violating our Terms:
https://dropcrate.io/f/Ty8iG4dR

The following file could not be found on our servers:
https://dropcrate.io/f/Hs5oN2vC

Kind regards,
Ines
DropCrate Support
""",
    outcome="applied",
    imitates="support agent reply with the URL on the line below each statement",
    why="statement line, then its URL: Ty8iG4dR disabled (removed), Hs5oN2vC not found",
    items={DC[13]: "removed", DC[12]: "not_found"},
)

case(
    name="dc-status-below-url",
    from_="abuse@dropcrate.io", name_from="DropCrate Abuse",
    date="Wed, 04 Sep 2024 18:02:51 +0900",
    subject="Re: [KCSC-240903-01] Removal request", reply_to_req="kcsc-240903-01",
    body="""Hello,

Update on your report KCSC-240903-01:

https://dropcrate.io/f/7hQ2mXa
Status: Removed

https://dropcrate.io/f/K9pLw3e
Status: Removed

https://dropcrate.io/folder/rT4kA1zE
Status: Folder disabled (3 files inside, all removed)

We will write again about the remaining links.

DropCrate Abuse Desk
""",
    outcome="applied",
    imitates="abuse desk update listing each bare URL with its status on the next line",
    why="three links each followed by a removed/disabled status; the closing promise is about other links",
    items={DC[0]: "removed", DC[1]: "removed", DC[8]: "removed"},
)

case(
    name="dc-wrapped-angle-urls",
    from_="support@dropcrate.io", name_from="DropCrate Support",
    date="Sat, 07 Sep 2024 08:31:17 +0900",
    subject="RE: [KCSC-240903-01] Removal request", reply_to_req="kcsc-240903-01",
    body="""Dear KCSC,

The two archive parts you listed, <https://dl.dropcrate.io/f/Jp0eX6fU/
clip_part1.zip> and <https://dl.dropcrate.io/f/Jp0eX6fU/clip_part2.zip>,
have been deleted from our storage and the download page now shows "file
removed". The uploader's account has been closed.

Best regards,
Tomasz W.
DropCrate Support
""",
    outcome="applied",
    imitates="support reply whose mail client wrapped a URL inside angle brackets",
    why="both archive parts deleted; the first URL is wrapped inside its angle brackets",
    items={DC[10]: "removed", DC[11]: "removed"},
)

case(
    name="dc-gmail-top-posted",
    from_="jules@dropcrate.io", name_from="Jules Martin",
    date="Thu, 05 Sep 2024 22:14:03 +0900",
    subject="Re: [KCSC-240903-01] Removal request", reply_to_req="kcsc-240903-01",
    body="""Hi,

https://dropcrate.io/f/u4YcV0s and https://dropcrate.io/f/Qe5HjM2 are taken
down. https://dropcrate.io/f/b6TnR8w we couldn't find, that id doesn't exist
on our side (typo maybe?).

Jules
DropCrate support

On Tue, 3 Sep 2024 at 14:00, KCSC Takedown <takedown@kcsc.example> wrote:

""" + request_quote("KCSC-240903-01"),
    outcome="applied",
    imitates="Gmail-style top-posted reply from a small team member over the quoted request",
    why="two taken down (removed), one id does not exist (not_found); the quoted request below states nothing",
    items={DC[3]: "removed", DC[4]: "removed", DC[5]: "not_found"},
)

case(
    name="qh-abuse-desk-prose",
    from_="abuse@quillhost.net", name_from="QuillHost Abuse Desk",
    date="Thu, 05 Sep 2024 10:05:40 +0900",
    subject="Re: [KCSC-240904-02] Removal request", reply_to_req="kcsc-240904-02",
    body="""Hello KCSC team,

Regarding your notice KCSC-240904-02: we checked the four addresses
against our customer records.

The gambling site lucky7-harbor-bet.com was running on a reseller account
with us. We suspended that account this morning, so
http://lucky7-harbor-bet.com/ and
https://lucky7-harbor-bet.com/signup?ref=kr now only show our suspension
page.

The directory https://qh-shared-204.quillhost.net/~jinbet/index.php has
been deleted from the shared server.

https://moonriver-slots.net/ko/ is not on our network. Its DNS points to
another provider and we have no account or files for it.

Best,
Marta Kovalenko
QuillHost Abuse Desk
""",
    outcome="applied",
    imitates="hosting provider abuse-desk prose reply (account suspended, directory deleted, not our customer)",
    why="site account suspended (both lucky7 URLs removed), jinbet directory deleted (removed), moonriver not hosted there (not_found)",
    items={QH[0]: "removed", QH[1]: "removed", QH[3]: "removed", QH[2]: "not_found"},
)

case(
    name="qh-oneliner-outlook-quote",
    from_="daniel.r@quillhost.net", name_from="Daniel Reyes",
    date="Wed, 04 Sep 2024 13:58:12 +0900",
    subject="RE: [KCSC-240904-02] Removal request", reply_to_req="kcsc-240904-02",
    body="""https://qh-shared-204.quillhost.net/~jinbet/index.php - removed, account suspended.

-- 
Daniel
QuillHost NOC

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:30 AM
To: abuse@quillhost.net
Subject: [KCSC-240904-02] Removal request

""" + request_quote("KCSC-240904-02", prefix=""),
    outcome="applied",
    imitates="one-line NOC answer over an Outlook '-----Original Message-----' quote",
    why="one line removes the jinbet page; the other three URLs appear only in our quoted request",
    items={QH[3]: "removed"},
)

case(
    name="qh-ticket-update-html",
    from_="tickets@quillhost.net", name_from="QuillHost Support",
    date="Fri, 06 Sep 2024 17:22:09 +0900",
    subject="[Ticket QH-58812] Status changed to Resolved (KCSC-240904-02)",
    raw_mime="""Content-Type: multipart/alternative; boundary="qh-alt-58812"

--qh-alt-58812
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp("""Ticket QH-58812 has been updated.

Status: Resolved
Subject: KCSC-240904-02 gambling content

Update from the Abuse Team:
The customer removed the gambling pages at https://moonriver-slots.net/ko/ after our notice. We checked on 6 September 2024 and the URL now returns 404 Not Found.

View the ticket: https://my.quillhost.net/tickets/QH-58812
""") + """
--qh-alt-58812
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp("""<html><body>
<p>Ticket <b>QH-58812</b> has been updated.</p>
<table><tr><td>Status:</td><td><b>Resolved</b></td></tr>
<tr><td>Subject:</td><td>KCSC-240904-02 gambling content</td></tr></table>
<p><b>Update from the Abuse Team:</b><br>
The customer removed the gambling pages at <a href="https://moonriver-slots.net/ko/">https://moonriver-slots.net/ko/</a> after our notice. We checked on 6 September 2024 and the URL now returns 404 Not Found.</p>
<p><a href="https://my.quillhost.net/tickets/QH-58812">View the ticket</a></p>
</body></html>
""") + """
--qh-alt-58812--
""",
    outcome="applied",
    imitates="WHMCS-style ticket status notification, text and HTML, quoted-printable",
    why="the agent states the pages were removed and checked gone; the ticket link is the host's own dashboard",
    items={QH[2]: "removed"},
)

case(
    name="qh-rejected-aup",
    from_="abuse@quillhost.net", name_from="QuillHost Abuse Desk",
    date="Sat, 07 Sep 2024 11:47:33 +0900",
    subject="Re: [KCSC-240904-02] Removal request", reply_to_req="kcsc-240904-02",
    body="""Hello,

We reviewed https://moonriver-slots.net/ko/. The operator holds a gaming
licence in the jurisdiction where our servers are, and the site does not
breach our Acceptable Use Policy (https://quillhost.net/legal/aup). We will
therefore not take action on it. If you hold a court order you may send it
to legal@quillhost.net.

Regards,
QuillHost Abuse Desk
""",
    outcome="applied",
    imitates="hosting provider refusal: content does not breach the acceptable use policy",
    why="a reasoned refusal, the site stays up (rejected); the AUP link is not an item",
    items={QH[2]: "rejected"},
)

case(
    name="ev-pages-disabled-proxy-forwarded",
    from_="abuse@edgeveil.com", name_from="EdgeVeil Trust & Safety",
    date="Fri, 06 Sep 2024 09:30:15 +0900",
    subject="EdgeVeil abuse report EV-AB-20240905-8812 (KCSC-240905-03)",
    body="""Hello,

Thank you for your report KCSC-240905-03.

greenleaf-delivery.shop is deployed on EdgeVeil Pages, where we are the
host. We have taken that deployment down:
https://greenleaf-delivery.shop/order now returns HTTP 451.

ice-market-kr.store only uses our pass-through proxy; its content is
stored with another hosting provider. We cannot remove material we do not
host, so we forwarded your complaint about https://ice-market-kr.store/
and https://ice-market-kr.store/product/crystal-1g to that provider and
to the site owner.

EdgeVeil Trust & Safety
""",
    outcome="applied",
    imitates="CDN abuse reply: content on its own edge hosting disabled, proxied site forwarded to the origin host",
    why="greenleaf deployment taken down (removed); for the proxied site the CDN only forwarded the complaint (stays pending)",
    items={EV[2]: "removed", EV[0]: "pending", EV[1]: "pending"},
)

case(
    name="ev-korea-geoblock",
    from_="abuse@edgeveil.com", name_from="EdgeVeil Trust & Safety",
    date="Mon, 09 Sep 2024 15:11:48 +0900",
    subject="Re: [KCSC-240905-03] Removal request", reply_to_req="kcsc-240905-03",
    body="""Hello,

Following your request we have applied a country block on our network:
visitors from the Republic of Korea now receive error 451 for
https://ice-market-kr.store/ and
https://ice-market-kr.store/product/crystal-1g .
The content remains reachable from other countries.

EdgeVeil Trust & Safety
""",
    outcome="applied",
    imitates="CDN reply applying a country-level block (geo-block for Korea)",
    why="blocked for visitors from Korea only, reachable elsewhere: restricted for both ice-market URLs",
    items={EV[0]: "restricted", EV[1]: "restricted"},
)

case(
    name="ev-inline-csv-body",
    from_="noreply-abuse@edgeveil.com", name_from="EdgeVeil Abuse Automation",
    date="Tue, 10 Sep 2024 08:00:03 +0900",
    subject="Actions taken - KCSC-240905-03",
    body="""Actions taken on report KCSC-240905-03 (EV-AB-20240905-8812).
Machine-readable summary follows.

url,action,scope
https://greenleaf-delivery.shop/order,removed,global
https://ice-market-kr.store/,blocked,KR

Questions: reply to abuse@edgeveil.com quoting the report id.
""",
    outcome="applied",
    imitates="automated actions-taken summary with an inline CSV block in the body",
    why="inline CSV: greenleaf removed globally; ice-market front page blocked in KR only (restricted)",
    items={EV[2]: "removed", EV[0]: "restricted"},
)

case(
    name="rb-clienthold-domain-only",
    from_="abuse@regibox.com", name_from="Regibox Abuse",
    date="Sat, 07 Sep 2024 18:14:02 +0900",
    subject="Re: [KCSC-240906-04] Phishing domain", reply_to_req="kcsc-240906-04",
    body="""Dear Reporter,

We have completed our investigation.

Domain:  kcsc-refund-notice.com
Action:  clientHold applied 2024-09-07 09:12 UTC
Result:  the domain no longer resolves.

The registrant has been notified. The other domain in your report is
still under investigation.

Regibox Domain Abuse Team
""",
    outcome="applied",
    imitates="registrar abuse team result naming the domain placed on clientHold",
    why="the domain of the one-page phishing site no longer resolves (removed); the other domain is under investigation (pending)",
    items={RB[0]: "removed", RB[1]: "pending"},
)

case(
    name="rb-bulleted-mixed",
    from_="abuse@regibox.com", name_from="Regibox Abuse",
    date="Mon, 09 Sep 2024 11:02:55 +0900",
    subject="Re: [KCSC-240906-04] Phishing domain", reply_to_req="kcsc-240906-04",
    body="""Hello,

Outcome of your report KCSC-240906-04:

* http://kcsc-refund-notice.com/ - suspended (clientHold), the domain no
  longer resolves.
* http://kr-post-delivery-check.info/track - no action. The domain shows
  our parking page; we found no phishing content and no abuse under our
  registrar abuse policy at the time of review.

Regibox Domain Abuse Team
""",
    outcome="applied",
    imitates="registrar bulleted outcome: one domain suspended, one refused for lack of abuse",
    why="first domain suspended (removed); second refused, no abuse found (rejected)",
    items={RB[0]: "removed", RB[1]: "rejected"},
)

case(
    name="gb-admin-oneline-ko",
    from_="admin@gongbang.kr", name_from="공방BBS 운영자",
    date="Mon, 09 Sep 2024 13:21:40 +0900",
    subject="Re: [KCSC-240909-05] 게시물 삭제 요청", reply_to_req="kcsc-240909-05",
    body="""https://gongbang.kr/board/free/884211 삭제했습니다.
-운영자
""",
    outcome="applied",
    imitates="one-line Korean forum admin reply",
    why="the admin deleted one post (removed)",
    items={GB[0]: "removed"},
)

case(
    name="gb-text-table-ko",
    from_="admin@gongbang.kr", name_from="공방BBS 운영팀",
    date="Tue, 10 Sep 2024 17:40:00 +0900",
    subject="[공방BBS] 시정요구 조치결과 회신 (KCSC-240909-05)", reply_to_req="kcsc-240909-05",
    encode_subject=True,
    body="""안녕하십니까, 공방BBS 운영팀입니다.
귀 위원회의 시정요구(KCSC-240909-05)에 대한 조치결과를 아래와 같이 회신합니다.

번호 | URL | 조치결과
1 | https://gongbang.kr/board/free/884211 | 삭제
2 | https://gongbang.kr/board/free/884305 | 블라인드
3 | https://gongbang.kr/board/humor/120077 | 게시물 없음(작성자 삭제)
4 | https://gongbang.kr/gallery/%EC%82%AC%EC%A7%84/5531 | 임시조치(30일)
5 | https://gongbang.kr/member/shadowfox99 | 회원 강제탈퇴

감사합니다.
공방BBS 운영팀 드림
""",
    outcome="applied",
    imitates="Korean 시정요구 조치결과 reply as a plain-text pipe table",
    why="삭제 and 블라인드 and forced withdrawal of the member (removed), post gone by its author (not_found), 임시조치 (restricted)",
    items={GB[0]: "removed", GB[1]: "removed", GB[2]: "not_found", GB[3]: "restricted", GB[4]: "removed"},
)

case(
    name="gb-raw-korean-path-particle",
    from_="admin@gongbang.kr", name_from="공방BBS 운영팀",
    date="Wed, 11 Sep 2024 09:05:31 +0900",
    subject="Re: [KCSC-240909-05] 게시물 삭제 요청", reply_to_req="kcsc-240909-05",
    body=f"""안녕하세요, 공방BBS 운영팀입니다.

요청하신 건 확인했습니다.
{GB_PHOTO_RAW} 게시물은 블라인드 처리했고,
https://gongbang.kr/board/humor/120077은 작성자가 이미 지운 글이라 남아 있지 않습니다.

나머지 게시물은 확인 후 다시 연락드리겠습니다.
""",
    outcome="applied",
    imitates="Korean forum admin prose with a raw Hangul path and a particle glued to a URL",
    why="photo post 블라인드 (removed; raw Korean path matches the encoded URL); humor post already deleted by its author (not_found, URL+은)",
    items={GB[3]: "removed", GB[2]: "not_found"},
)

case(
    name="gb-qp-temporary-measure",
    from_="admin@gongbang.kr", name_from="공방BBS 운영팀",
    date="Tue, 10 Sep 2024 11:30:12 +0900",
    subject="[공방BBS] 임시조치 안내 (KCSC-240909-05)",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(
        """안녕하세요. 공방BBS입니다.

정보통신망법 제44조의2에 따라 아래 게시물에 대해 30일간 임시조치(접근 차단)를 하였습니다.

- https://gongbang.kr/board/free/884305
- https://gongbang.kr/board/free/884211

임시조치 기간 동안 작성자의 재게시 요청이 없으면 기간 만료 후 삭제됩니다.

공방BBS 운영팀
"""),
    outcome="applied",
    imitates="Korean portal 임시조치 notice (Article 44-2), quoted-printable body",
    why="30-day 임시조치 applied to both posts (restricted); deletion after the period is only a future condition",
    items={GB[1]: "restricted", GB[0]: "restricted"},
)

case(
    name="gb-fullwidth-punctuation",
    from_="mod.hana@gongbang.kr", name_from="하나 (공방BBS 관리자)",
    date="Wed, 11 Sep 2024 21:48:09 +0900",
    subject="Re: [KCSC-240909-05] 게시물 삭제 요청", reply_to_req="kcsc-240909-05",
    body="""https://gongbang.kr/board/free/884305，https://gongbang.kr/board/humor/120077 두 건 모두 삭제 완료했습니다。
관리자 하나
""",
    outcome="applied",
    imitates="forum moderator reply typed with full-width Korean IME punctuation",
    why="both named posts deleted (removed); full-width comma and full stop end the URLs",
    items={GB[1]: "removed", GB[2]: "removed"},
)

case(
    name="px-janitor-oneline",
    from_="janitors@pixchan.org", name_from="pixchan janitors",
    date="Tue, 10 Sep 2024 19:12:45 +0900",
    subject="Re: [KCSC-240910-06] Removal request", reply_to_req="kcsc-240910-06",
    body="""deleted https://pixchan.org/b/res/449102.html along with the image https://i.pixchan.org/b/src/1725861234567.jpg , poster banned 30d.

- janitor team
""",
    outcome="applied",
    imitates="image-board janitor's lowercase one-line answer",
    why="thread and its image deleted (removed both)",
    items={PX[0]: "removed", PX[2]: "removed"},
)

case(
    name="px-thread-pruned",
    from_="admin@pixchan.org", name_from="pixchan admin",
    date="Wed, 11 Sep 2024 02:33:19 +0900",
    subject="Re: [KCSC-240910-06] Removal request", reply_to_req="kcsc-240910-06",
    body="""Hi,

https://pixchan.org/b/res/449377.html was already gone when we got your
mail: the thread fell off the last page and the board pruned it
automatically. There is nothing left on our side to delete.

The other thread is being handled by the janitors.

admin
""",
    outcome="applied",
    imitates="image-board admin explaining a thread was pruned before the report arrived",
    why="thread already gone before the report (not_found); the other thread is only being handled (pending)",
    items={PX[1]: "not_found", PX[0]: "pending"},
)

case(
    name="tp-sole-item-no-url",
    from_="sam@tinypaste.dev", name_from="Sam (tinypaste)",
    date="Wed, 11 Sep 2024 12:02:37 +0900",
    subject="Re: [KCSC-240911-07] Removal request", reply_to_req="kcsc-240911-07",
    body="""hey, the paste you flagged is gone - we deleted it and blocked the account that made it.

sam
tinypaste (it's just two of us)
""",
    outcome="applied",
    imitates="one-person service answering informally in the request's thread",
    why="one-item request: 'the paste ... we deleted it' is that item's removal",
    items={TP[0]: "removed"},
)

case(
    name="tp-angle-url-next-line",
    from_="abuse@tinypaste.dev", name_from="tinypaste abuse",
    date="Thu, 12 Sep 2024 08:15:00 +0900",
    subject="Re: [KCSC-240911-07] Removal request", reply_to_req="kcsc-240911-07",
    body="""Removed:
<https://tinypaste.dev/p/x8Kq2LmZ>

Thanks for the report.
""",
    outcome="applied",
    imitates="terse abuse reply with the URL in angle brackets under the verdict",
    why="'Removed:' then the URL on the next line",
    items={TP[0]: "removed"},
)

# ======================= REVIEW =======================

case(
    name="dc-promise-within-24h",
    from_="support@dropcrate.io", name_from="DropCrate Support",
    date="Tue, 03 Sep 2024 16:40:11 +0900",
    subject="Re: [KCSC-240903-01] Removal request", reply_to_req="kcsc-240903-01",
    body="""Hello,

Thanks for your report KCSC-240903-01. Our team will remove the following
files within 24 hours:

https://dropcrate.io/f/Lx2gP7k
https://dropcrate.io/f/m3VdS9q

You will receive a confirmation once this is done.

DropCrate Support
""",
    outcome="review", review="not_understood",
    imitates="support promise to remove within 24 hours",
    why="a promise ('will remove') is no statement: items stay pending, the email names items so a person reads it",
    items={DC[6]: "pending", DC[7]: "pending"},
)

case(
    name="dc-bulk-all-removed",
    from_="abuse@dropcrate.io", name_from="DropCrate Abuse",
    date="Mon, 09 Sep 2024 10:10:10 +0900",
    subject="Re: [KCSC-240903-01] Removal request", reply_to_req="kcsc-240903-01",
    body="""Hello,

All files reported under KCSC-240903-01 have been removed from DropCrate
and the uploaders' accounts have been closed.

DropCrate Abuse Desk
""",
    outcome="review", review="bulk",
    imitates="abuse desk blanket 'all reported files removed' reply",
    why="one statement for a 14-item request without naming each item: bulk review, items pending",
    items={},
)

case(
    name="qh-hedge-may-be-offline",
    from_="abuse@quillhost.net", name_from="QuillHost Abuse Desk",
    date="Wed, 04 Sep 2024 16:27:35 +0900",
    subject="Re: [KCSC-240904-02] Removal request", reply_to_req="kcsc-240904-02",
    body="""Hi,

It looks like http://lucky7-harbor-bet.com/ may already have been taken
offline by the customer - we're seeing connection refused on the origin.
We'll confirm once we have spoken to them.

QuillHost Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="abuse desk hedge ('looks like ... may already have been')",
    why="a hedge with a promise to confirm: no status; names an item",
    items={QH[0]: "pending"},
)

case(
    name="qh-conditional-48h",
    from_="abuse@quillhost.net", name_from="QuillHost Abuse Desk",
    date="Thu, 05 Sep 2024 14:50:02 +0900",
    subject="Re: [KCSC-240904-02] Removal request", reply_to_req="kcsc-240904-02",
    body="""Hello,

We have passed your notice to our customer. If the content at
https://moonriver-slots.net/ko/ is not removed within 48 hours, we will
suspend the service.

QuillHost Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="hosting provider forwarding a complaint to its customer with a 48-hour deadline",
    why="a condition and a promise, nothing done yet: pending",
    items={QH[2]: "pending"},
)

case(
    name="ev-passthrough-forward-only",
    from_="abuse@edgeveil.com", name_from="EdgeVeil Trust & Safety",
    date="Thu, 05 Sep 2024 20:18:44 +0900",
    subject="Re: [KCSC-240905-03] Removal request", reply_to_req="kcsc-240905-03",
    body="""Hello,

EdgeVeil provides a pass-through security and caching service for
https://ice-market-kr.store/ and
https://ice-market-kr.store/product/crystal-1g. We do not host the content
at these addresses and cannot remove it from the internet.

We have forwarded your complaint to the hosting provider and to the site
operator. The hosting provider for this site is Nordwave Hosting
(abuse@nordwave-hosting.example); you may contact them directly.

EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we do not host this, complaint forwarded to the host' reply",
    why="the CDN neither removed nor refused on the merits; it forwarded the complaint: no status, a person decides",
    items={EV[0]: "pending", EV[1]: "pending"},
)

case(
    name="rb-wrong-platform-registrar",
    from_="abuse@regibox.com", name_from="Regibox Abuse",
    date="Sat, 07 Sep 2024 10:44:21 +0900",
    subject="Domain suspended: ice-market-kr.store (your ref KCSC-240905-03)",
    body="""Hello,

You copied us on report KCSC-240905-03 as the registrar of
ice-market-kr.store. We have suspended the domain (clientHold), so
https://ice-market-kr.store/ and
https://ice-market-kr.store/product/crystal-1g no longer resolve.

Regibox Domain Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="registrar copied on a report to a CDN, suspending the domain itself",
    why="the registrar states statuses for items requested from EdgeVeil: wrong platform, items pending",
    items={EV[0]: "pending", EV[1]: "pending"},
)

case(
    name="gb-bulk-ko",
    from_="admin@gongbang.kr", name_from="공방BBS 운영팀",
    date="Thu, 12 Sep 2024 10:00:00 +0900",
    subject="Re: [KCSC-240909-05] 게시물 삭제 요청", reply_to_req="kcsc-240909-05",
    body="""안녕하세요, 공방BBS 운영팀입니다.

요청하신 KCSC-240909-05 건의 게시물 5건은 모두 삭제 조치하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean forum blanket reply ('5건 모두 삭제')",
    why="one statement for all five items without naming them: bulk review",
    items={},
)

case(
    name="gb-untrusted-dmarc-fail",
    from_="admin@gongbang.kr", name_from="공방BBS 운영자", auth="fail",
    date="Tue, 10 Sep 2024 08:12:00 +0900",
    subject="Re: [KCSC-240909-05] 게시물 삭제 요청", reply_to_req="kcsc-240909-05",
    body="""https://gongbang.kr/board/free/884211 삭제 완료
https://gongbang.kr/board/free/884305 삭제 완료
""",
    outcome="review", review="untrusted",
    imitates="forum admin reply whose DKIM/SPF/DMARC checks failed",
    why="platform domain but authentication failed: nothing applied",
    items={GB[0]: "pending", GB[1]: "pending"},
)

case(
    name="gb-asks-more-ko",
    from_="admin@gongbang.kr", name_from="공방BBS 운영팀",
    date="Mon, 09 Sep 2024 18:31:05 +0900",
    subject="Re: [KCSC-240909-05] 게시물 삭제 요청", reply_to_req="kcsc-240909-05",
    body="""안녕하세요, 공방BBS 운영팀입니다.

요청 건(KCSC-240909-05) 중 https://gongbang.kr/member/shadowfox99 는 회원 프로필 페이지라서
어느 게시물이 문제인지 특정하기 어렵습니다.
해당 게시물의 URL과 심의 의결서 사본을 보내주시면 검토하겠습니다.

공방BBS 운영팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean forum admin asking for the exact post URL and the decision document",
    why="the admin asks for more information before acting: asks_more, item pending",
    items={GB[4]: "pending"},
)

case(
    name="unknown-sender-reseller",
    from_="support@kumocloud.example", name_from="KumoCloud Support",
    date="Thu, 05 Sep 2024 12:40:00 +0900",
    subject="Re: [KCSC-240904-02] Removal request", reply_to_req="kcsc-240904-02",
    body="""Hello,

We are the reseller behind the lucky7 site on QuillHost's servers. QuillHost
passed your notice KCSC-240904-02 to us. We have deleted
http://lucky7-harbor-bet.com/ and https://lucky7-harbor-bet.com/signup?ref=kr
from the account.

KumoCloud Support
""",
    outcome="review", review="unknown_sender",
    imitates="hosting reseller answering on behalf of the host it resells",
    why="sender is not QuillHost (nor any configured platform): unknown_sender, nothing applied",
    items={QH[0]: "pending", QH[1]: "pending"},
)

case(
    name="tp-no-claims-contact-change",
    from_="abuse@tinypaste.dev", name_from="tinypaste abuse",
    date="Fri, 13 Sep 2024 09:00:00 +0900",
    subject="Abuse contact change",
    body="""Hi,

Heads up: we are moving abuse handling to a web form at
https://tinypaste.dev/abuse. This mailbox will be read less often from
October.

thanks,
tinypaste
""",
    outcome="review", review="no_claims",
    imitates="small service notice about a new abuse form, not a reply to any request",
    why="trusted platform mail naming no item and no request; the form link is the platform's own page",
    items={},
)

# ======================= IGNORED =======================

case(
    name="dc-ticket-receipt",
    from_="noreply@dropcrate.io", name_from="DropCrate Support",
    date="Tue, 03 Sep 2024 14:00:41 +0900",
    subject="[DC-771203] We received your request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We have received your request (KCSC-240903-01) and ticket #DC-771203 has
been created. Our team usually replies within 72 hours.

Please keep the ticket number in the subject line of any reply.

DropCrate Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket-created receipt",
    why="pure receipt: no statement about any item",
    items={},
)

case(
    name="qh-out-of-office",
    from_="marta.k@quillhost.net", name_from="Marta Kovalenko",
    date="Wed, 04 Sep 2024 10:30:52 +0900",
    subject="Automatic reply: [KCSC-240904-02] Removal request", reply_to_req="kcsc-240904-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 16 September with limited access to email.
For abuse matters please write to abuse@quillhost.net, which is watched by
the whole team.

Marta
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

DSN = """Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-rb-0906"

--dsn-rb-0906
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx1.regibox.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@regibox.com>: host store.regibox.com[private/dovecot-lmtp] said:
    550 5.1.1 <legal-kr@regibox.com> User doesn't exist

--dsn-rb-0906
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.regibox.com
Arrival-Date: Fri,  6 Sep 2024 15:00:04 +0900 (KST)

Final-Recipient: rfc822; legal-kr@regibox.com
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; 550 5.1.1 User doesn't exist

--dsn-rb-0906
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@regibox.com
Subject: [KCSC-240906-04] Phishing domain
Message-ID: <kcsc-240906-04@kcsc.example>
Date: Fri, 06 Sep 2024 15:00:00 +0900
Content-Type: text/plain; charset=utf-8

""" + request_quote("KCSC-240906-04", prefix="") + """

--dsn-rb-0906--
"""

case(
    name="rb-dsn-bounce",
    from_="MAILER-DAEMON@mx1.regibox.com", name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 15:00:05 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="bounce; the URLs are only in our returned request",
    items={},
)

MDN = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-gb-0909"

--mdn-gb-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240909-05] 게시물 삭제 요청"을(를) 수신자가 2024-09-09 11:02에 읽었습니다.
이 확인은 메일이 화면에 표시되었다는 뜻이며, 내용을 읽었거나 이해했다는 뜻은 아닙니다.

--mdn-gb-0909
Content-Type: message/disposition-notification

Reporting-UA: mail.gongbang.kr; Webmail 3.2
Final-Recipient: rfc822; admin@gongbang.kr
Original-Message-ID: <kcsc-240909-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-gb-0909--
"""

case(
    name="gb-mdn-read-receipt",
    from_="admin@gongbang.kr", name_from="공방BBS 운영자",
    date="Mon, 09 Sep 2024 11:02:18 +0900",
    subject="읽음 확인: [KCSC-240909-05] 게시물 삭제 요청", reply_to_req="kcsc-240909-05",
    raw_mime=MDN,
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN) in Korean",
    why="message disposition notification: displayed, nothing about items",
    items={},
)

case(
    name="px-unmonitored-autoreply",
    from_="noreply@pixchan.org", name_from="pixchan",
    date="Tue, 10 Sep 2024 16:00:09 +0900",
    subject="Auto: [KCSC-240910-06] Removal request", reply_to_req="kcsc-240910-06",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This is an automatic reply. This address is not monitored.

To report a post, use the report button next to it or the form at
https://pixchan.org/report. Legal requests: janitors@pixchan.org.
""",
    outcome="ignored", classification="auto_reply",
    imitates="image board 'this address is not monitored' auto-reply",
    why="auto-reply pointing to the report form; the form link is not an item",
    items={},
)

case(
    name="ev-abuse-ack-echo",
    from_="noreply-abuse@edgeveil.com", name_from="EdgeVeil Abuse Automation",
    date="Thu, 05 Sep 2024 11:00:30 +0900",
    subject="We received your abuse report EV-AB-20240905-8812",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thank you for your abuse report.

Report ID:   EV-AB-20240905-8812
Your ref:    KCSC-240905-03
Category:    Illegal goods
Reported URLs:
  https://ice-market-kr.store/
  https://ice-market-kr.store/product/crystal-1g
  https://greenleaf-delivery.shop/order

We will process your report. Where EdgeVeil is the host we may act on the
content; otherwise we forward the report to the responsible hosting
provider. You will receive an email when processing is complete.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form automatic receipt echoing the reported URLs",
    why="a receipt that echoes the URLs and promises processing: pure acknowledgement",
    items={},
)

case(
    name="gb-ack-ko",
    from_="noreply@gongbang.kr", name_from="공방BBS",
    date="Mon, 09 Sep 2024 10:01:12 +0900",
    subject="[공방BBS] 신고가 접수되었습니다", encode_subject=True,
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""[공방BBS] 신고 접수 안내

신고가 정상적으로 접수되었습니다.
접수번호: 2024-0909-0042 (KCSC-240909-05)

처리 결과는 영업일 기준 3일 이내에 메일로 안내드리겠습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean forum report-received notice (신고 접수)",
    why="receipt with a number and a promise to reply: acknowledgement",
    items={},
)


# ---------------------------------------------------------------- write

HEADER = """# Blind set 511 (hosts, CDNs, registrars, forums, image boards, file hosts,
# small services; CSV attachments and plain-text tables). Written by
# tests/corpus/blind511/make.py from each email's meaning, before any run of
# the reader. Each case is judged alone on a fresh ledger holding
# requests.csv."""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        if not c.get("name_from", "").isascii():
            # a display name outside ASCII travels as an RFC 2047 encoded-word
            c["name_from"] = enc(c["name_from"])
        if c.pop("encode_subject", False):
            c["subject"] = enc(c["subject"])
        cases.append(c)
    corpuslib.write_set(HERE, "blind511", HEADER, cases)
    counts = {}
    for c in cases:
        counts[c["outcome"]] = counts.get(c["outcome"], 0) + 1
    print(len(cases), "cases", counts)


if __name__ == "__main__":
    main()
