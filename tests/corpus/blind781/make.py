#!/usr/bin/env python3
"""Blind corpus set 781: hosting providers, a CDN, a registrar, a file host,
an image board, a Korean forum and a paste site answering the regulator,
often informally, plus CSV attachments and plain-text tables.

Every email was written for this set in our own sentences, in the manner of
the notices named in each case's `imitates` field. Expected results come from
each email's meaning alone, written before any run of the reader.

    python3 tests/corpus/blind781/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
import zlib
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind781"


def hdr(s):
    """RFC 2047-encode a header value holding non-ASCII text."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
KO_PATH = "/갤러리/유머/7712"
G3_RAW = "https://gaemiforum.co.kr" + KO_PATH
G3 = "https://gaemiforum.co.kr" + quote(KO_PATH, safe="/")

N1 = "https://toto-king88.nimbus.site/"
N2 = "https://toto-king88.nimbus.site/event/bonus"
N3 = "https://toto-king88.nimbus.site/join?code=K88"
N4 = "https://casinoparty-kr.com/"
N5 = "https://casinoparty-kr.com/slots/list.php"
N6 = "https://drug-market24.nimbus.site/shop/item/301"
N7 = "https://drug-market24.nimbus.site/shop/item/302"
N8 = "https://free-webtoon-zip.com/viewer/1188"
N9 = "https://free-webtoon-zip.com/viewer/1189"
N10 = "https://leakcafe.nimbus.site/photos/2024/08/"
N11 = "https://fake-id-maker.nimbus.site/order"
N12 = "https://mirror-toon.net/series/339"
E1 = "https://kdrama-free.tv/watch/ep-1021"
E2 = "https://kdrama-free.tv/watch/ep-1022"
E3 = "https://sports-live-kr.me/stream/epl-07"
D1 = "https://dropvault.io/f/Qm7xK2aP"
D2 = "https://dropvault.io/f/Rt9zL4bW"
D3 = "https://dropvault.io/f/Hs3nV8cE"
D4 = "https://dropvault.io/folder/xY71kd"
D5 = "https://dl.dropvault.io/f/Wp2mJ6tQ/archive.zip"
H1 = "https://hanchan.org/k/res/48213.html"
H2 = "https://hanchan.org/k/res/48377.html"
H3 = "https://hanchan.org/b/res/901455.html"
H4 = "https://img.hanchan.org/src/1725861234567.jpg"
G1 = "https://gaemiforum.co.kr/board/free/88123"
G2 = "https://gaemiforum.co.kr/board/stock/45590"
G4 = "https://m.gaemiforum.co.kr/board/free/88190"
RD1 = "http://daebak-toto.xyz/"
RD2 = "https://gov24-refund.top/login"
P1 = "https://notepin.cc/p/8fk2LmQ"

REQUESTS = [
    # ref, platform, sent_at, due_at, message-id local part, category, note, urls
    ("KCSC-240902-01", "nimbushost", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00",
     "req.20240902.4411", "illegal_gambling", "sites on Nimbus shared hosting and customer domains",
     [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]),
    ("KCSC-240903-02", "edgeveil", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "req.20240903.4420", "copyright", "sites behind the EdgeVeil CDN",
     [E1, E2, E3]),
    ("KCSC-240905-03", "dropvault", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00",
     "req.20240905.4436", "obscenity", "file host links",
     [D1, D2, D3, D4, D5]),
    ("KCSC-240909-04", "hanchan", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00",
     "req.20240909.4451", "defamation", "image board threads and one image",
     [H1, H2, H3, H4]),
    ("KCSC-240910-05", "gaemiforum", "2024-09-10T10:10:00+09:00", "2024-09-17T23:59:59+09:00",
     "req.20240910.4460", "defamation", "Korean forum posts",
     [G1, G2, G3, G4]),
    ("KCSC-240911-06", "regdot", "2024-09-11T15:20:00+09:00", "2024-09-18T23:59:59+09:00",
     "req.20240911.4472", "phishing", "domains registered through RegDot",
     [RD1, RD2]),
    ("KCSC-240913-07", "notepin", "2024-09-13T16:00:00+09:00", "2024-09-20T23:59:59+09:00",
     "req.20240913.4480", "privacy", "one paste",
     [P1]),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, mid, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, raw_korean=False):
    """Our request as the platform would quote it back."""
    _, plat, _, due, _, _, _, urls = REQ[ref]
    lines = [
        "Dear Trust and Safety team,",
        "",
        f"The Korea Communications Standards Commission asks you to remove or",
        f"disable access to the content below, which breaches Korean law",
        f"(reference {ref}). Please reply by {due[:10]}.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        if raw_korean and u == G3:
            u = G3_RAW
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC Takedown Team", "takedown@kcsc.example"]
    return lines


def gmail_quote(ref, when):
    return [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"] + [
        ("> " + l) if l else ">" for l in request_text(ref)
    ]


CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================================
# Nimbus Hosting (KCSC-240902-01, 12 items)
# ======================================================================
case(
    name="nimbus-abuse-desk-numbered-outcomes",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse Desk",
    date="Thu, 05 Sep 2024 09:12:40 +0200",
    subject="Re: [NH-ABUSE #88231] KCSC-240902-01 removal request",
    reply_to_req="req.20240902.4411",
    body=f"""
Hello,

Thank you for your report. Our abuse team went through the URLs you sent;
the outcome for each one we have finished is below.

1. {N1} - hosting account suspended, site offline
2. {N2} - offline (same account as above)
3. {N3} - this page does not exist on the account; it returned 404 before the suspension
4. {N6} - removed, account terminated
5. {N7} - removed, account terminated

The remaining URLs from your list are still with the customers concerned.
We will write again once we have their answers.

Kind regards,
Marta Kowalczyk
Abuse Desk | Nimbus Hosting
https://nimbushost.net/legal/aup
""",
    outcome="applied",
    classification="confirmation",
    imitates="hosting abuse desk reply listing per-URL outcomes after a ticket",
    why="five requested URLs each with an unhedged outcome; the rest explicitly still open",
    items={N1: "removed", N2: "removed", N3: "not_found", N6: "removed", N7: "removed"},
)

NIMBUS_CSV = "\n".join([
    "url,account,action_taken,comment",
    f"{N1},c-20931,suspended,",
    f"{N2},c-20931,suspended,",
    f"{N3},c-20931,not found,page never existed on the account",
    f"{N4},c-31877,suspended,",
    f"{N5},c-31877,suspended,",
    f"{N6},c-40112,terminated,prohibited goods",
    f"{N7},c-40112,terminated,prohibited goods",
    f"{N8},c-27765,content removed,removed by customer after notice",
    f"{N9},c-27765,content removed,removed by customer after notice",
    f"{N10},c-38820,no action,\"licensed stock photos, no AUP breach\"",
    f"{N11},c-41009,geo-blocked KR,customer blocks visitors from South Korea",
    f"{N12},-,not found,domain not hosted with us since 2024-07",
]) + "\n"

case(
    name="nimbus-csv-outcome-sheet",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse Desk",
    date="Fri, 06 Sep 2024 11:40:03 +0200",
    subject="KCSC-240902-01 - outcome sheet",
    reply_to_req="req.20240902.4411",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="nh-88231-mix"

--nh-88231-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi KCSC team,

Attached is the outcome sheet for your request KCSC-240902-01 (12 URLs).
The statuses are as of 6 September 2024, 09:00 UTC.

Regards,
Nimbus Hosting Abuse Desk

--nh-88231-mix
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(NIMBUS_CSV)}
--nh-88231-mix--
""",
    outcome="applied",
    classification="confirmation",
    imitates="abuse desk sending a spreadsheet export of its ticket outcomes",
    why="CSV with one row and an action per URL: suspended/terminated/removed = removed, not found, geo-blocked KR = restricted, no action = rejected",
    items={N1: "removed", N2: "removed", N3: "not_found", N4: "removed", N5: "removed",
           N6: "removed", N7: "removed", N8: "removed", N9: "removed", N10: "rejected",
           N11: "restricted", N12: "not_found"},
)

case(
    name="nimbus-one-liner-over-gmail-quote",
    **{"from": "jonas.berg@nimbushost.net"},
    name_from="Jonas Berg",
    date="Wed, 04 Sep 2024 17:03:11 +0200",
    subject="Re: KCSC-240902-01 Request for removal of illegal content",
    reply_to_req="req.20240902.4411",
    body="\n".join([
        f"Removed: {N12} - the customer deleted the whole directory after our warning.",
        "",
        "Jonas",
        "Nimbus Hosting abuse",
        "",
    ] + gmail_quote("KCSC-240902-01", "Mon, 2 Sep 2024 at 03:30")),
    outcome="applied",
    classification="confirmation",
    imitates="one-line top-posted reply from an abuse desk employee in Gmail",
    why="one unhedged statement about one URL; the quoted list of twelve below says nothing",
    items={N12: "removed"},
)

case(
    name="nimbus-gallery-stays-licensed",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse Desk",
    date="Mon, 09 Sep 2024 14:25:51 +0200",
    subject="Your notice KCSC-240902-01 - leakcafe.nimbus.site",
    reply_to_req="req.20240902.4411",
    body=f"""
Dear Sir or Madam,

Regarding your request KCSC-240902-01 and specifically the gallery at
{N10}

We asked our customer for an explanation and reviewed the material
ourselves. The pictures are commercially licensed stock photographs and
the customer showed us the licence. We found no breach of our Acceptable
Use Policy, so the gallery stays online.

If you hold a court order or a decision of a Korean authority that says
otherwise, please send it to us and we will look at the matter again.

Best regards,
Marta Kowalczyk
Abuse Desk | Nimbus Hosting
""",
    outcome="applied",
    classification="confirmation",
    imitates="hosting provider refusing a complaint after hearing its customer",
    why="clear refusal with its reason for the one URL named; the offer to reconsider is not a hedge on the decision",
    items={N10: "rejected"},
)

case(
    name="nimbus-html-status-table",
    **{"from": "noreply-abuse@nimbushost.net"},
    name_from="Nimbus Hosting",
    date="Sat, 07 Sep 2024 08:00:12 +0200",
    subject="[NH-ABUSE #88231] Status update",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Here is the status of the URLs from your notice KCSC-240902-01 that were still open:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Status</th><th>Date</th></tr>
<tr><td><a href="{N4}">{N4}</a></td><td>Suspended</td><td>2024-09-06</td></tr>
<tr><td><a href="{N5}">{N5}</a></td><td>Suspended</td><td>2024-09-06</td></tr>
<tr><td><a href="{N8}">{N8}</a></td><td>Content removed</td><td>2024-09-06</td></tr>
<tr><td><a href="{N9}">{N9}</a></td><td>Not found (page returned 404 when we checked)</td><td>2024-09-05</td></tr>
</table>
<p>You can follow this ticket at <a href="https://nimbushost.net/abuse/ticket/88231">our abuse portal</a>.</p>
<p>Nimbus Hosting &ndash; Abuse Department</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="ticket-system status mail with an HTML table",
    why="HTML table, one status per URL; the portal link is the platform's own page, not an item",
    items={N4: "removed", N5: "removed", N8: "removed", N9: "not_found"},
)

case(
    name="nimbus-customer-geoblocks-korea",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse Desk",
    date="Tue, 10 Sep 2024 10:17:45 +0200",
    subject="Re: KCSC-240902-01 fake-id-maker.nimbus.site",
    reply_to_req="req.20240902.4411",
    body=f"""
Hi,

About {N11} from your request of 2 September:

The customer runs a novelty card printing business that is legal where
they are based. Following your notice they have blocked all visitors from
South Korea on this site, and we checked from a Korean vantage point that
the page no longer loads there. We are not suspending the account.

Regards,
Marta Kowalczyk
Abuse Desk | Nimbus Hosting
""",
    outcome="applied",
    classification="confirmation",
    imitates="host reporting that its customer geo-blocked Korea instead of removing",
    why="the page is blocked for Korea only (checked by the host) = restricted; not suspending is not a rejection of the block",
    items={N11: "restricted"},
)

case(
    name="nimbus-base64-terminated",
    **{"from": "trust@nimbushost.net"},
    name_from="Nimbus Hosting Trust & Safety",
    date="Thu, 05 Sep 2024 19:44:02 +0200",
    subject="NH-88231 update (KCSC-240902-01)",
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(f"""Ticket NH-88231 \u2013 update

Both shop pages below were on the same hosting account, which we terminated
today for selling prohibited goods (AUP section 4.2). The site now answers
403 Forbidden to everyone.

{N6}
{N7}

Nimbus Hosting \u2013 Trust & Safety
"""),
    outcome="applied",
    classification="confirmation",
    imitates="ticket update from a hosting T&S team, body sent base64-encoded",
    why="account terminated and both listed pages unavailable to everyone = removed",
    items={N6: "removed", N7: "removed"},
)

case(
    name="nimbus-urls-then-statement",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse Desk",
    date="Wed, 04 Sep 2024 18:31:27 +0200",
    subject="Re: KCSC-240902-01 Request for removal of illegal content",
    reply_to_req="req.20240902.4411",
    body=f"""
Hello KCSC,

  {N1}
  {N2}
  {N3}

The three URLs above sit on a single shared-hosting account. We suspended
that account today at 18:05 CEST; every page on the subdomain now shows our
suspension notice.

For the other nine URLs in KCSC-240902-01 we are still waiting for the
customers' replies.

Marta / Nimbus Abuse Desk
""",
    outcome="applied",
    classification="confirmation",
    imitates="abuse desk listing URLs first and giving the action for them after the list",
    why="the statement after the list names exactly the three URLs above it; the nine others are explicitly still open",
    items={N1: "removed", N2: "removed", N3: "removed"},
)

# ======================================================================
# EdgeVeil CDN (KCSC-240903-02, 3 items)
# ======================================================================
case(
    name="edgeveil-three-decisions",
    **{"from": "trust-safety@edgeveil.com"},
    name_from="EdgeVeil Trust & Safety",
    date="Fri, 06 Sep 2024 02:11:09 +0000",
    subject="EV-2024-0906-7731: decision on your report KCSC-240903-02",
    reply_to_req="req.20240903.4420",
    body=f"""
Hello,

We reviewed the three URLs in your request KCSC-240903-02. EdgeVeil does
not host the content of these sites, but we control how our network serves
them. Our decisions:

- {E1} : blocked on our network for all visitors (HTTP 451).
- {E2} : nothing found; the origin server returns 404 for this path and we hold no cached copy.
- {E3} : blocked for visitors in the Republic of Korea only, as the stream is licensed in other territories.

More on how we handle such reports: https://edgeveil.com/trust/abuse-policy

EdgeVeil Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="CDN trust-and-safety decision after a legal request (451 block, country block)",
    why="blocked for all = removed; nothing at the path = not_found; blocked in Korea only = restricted",
    items={E1: "removed", E2: "not_found", E3: "restricted"},
)

case(
    name="edgeveil-outlook-top-post",
    **{"from": "d.roche@edgeveil.com"},
    name_from="Daniel Roche",
    date="Thu, 05 Sep 2024 16:52:30 +0000",
    subject="RE: KCSC-240903-02 Request for removal of illegal content",
    reply_to_req="req.20240903.4420",
    body="\n".join([
        "Hello,",
        "",
        f"We have blocked {E2} across our whole network; visitors now get our legal-block page.",
        "",
        "Best,",
        "Daniel Roche",
        "EdgeVeil Trust & Safety",
        "",
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "Sent: Tuesday, September 3, 2024 4:00 AM",
        "To: abuse@edgeveil.com",
        "Subject: KCSC-240903-02 Request for removal of illegal content",
        "",
    ] + request_text("KCSC-240903-02")),
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted reply over the quoted original request",
    why="one statement about one URL above the Outlook separator; the quoted request below states nothing",
    items={E2: "removed"},
)

# ======================================================================
# DropVault file host (KCSC-240905-03, 5 items)
# ======================================================================
case(
    name="dropvault-deleted-and-owner-deleted",
    **{"from": "legal@dropvault.io"},
    name_from="DropVault Legal",
    date="Sat, 07 Sep 2024 13:20:44 +0000",
    subject="Re: KCSC-240905-03",
    reply_to_req="req.20240905.4436",
    body=f"""
Hi,

Following your request KCSC-240905-03 we have deleted these files and
closed the uploader's account:

* {D1}
* {D2}
* {D3}

The shared folder {D4} had already
been deleted by its owner before we looked at it, so there was nothing left
for us to remove.

We're still checking the last link and will come back to you.

DropVault Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="file host legal team reply with a bulleted list of deleted files",
    why="three listed files deleted; folder already deleted by its owner = not_found; the last link is only promised",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "not_found"},
)

case(
    name="dropvault-url-then-status-line",
    **{"from": "trust@dropvault.io"},
    name_from="DropVault Trust & Safety",
    date="Sun, 08 Sep 2024 07:05:19 +0000",
    subject="Report DV-20931 - results",
    reply_to_req="req.20240905.4436",
    body=f"""
Report DV-20931 (your reference KCSC-240905-03) - results

{D3}
Status: disabled. The file hash has been added to our block list.

{D5}
Status: no such file. This link never pointed to a stored file.

- DropVault Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="file host results mail: bare URL with a status line under it",
    why="each URL's status on the line below it: disabled = removed, no such file = not_found",
    items={D3: "removed", D5: "not_found"},
)

case(
    name="dropvault-qp-disabled-access",
    **{"from": "priya@dropvault.io"},
    name_from="Priya at DropVault",
    date="Fri, 06 Sep 2024 22:48:36 +0000",
    subject="Re: KCSC-240905-03 Request for removal of illegal content",
    reply_to_req="req.20240905.4436",
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""Hello KCSC team,

Thanks for flagging this. We have disabled public access to {D2} \u2014 anyone who opens the link now sees \u201cThis file is no longer available\u201d.

Cheers,
Priya from DropVault support
"""),
    outcome="applied",
    classification="confirmation",
    imitates="support agent reply sent quoted-printable with a soft-wrapped long line",
    why="public access disabled for everyone = removed",
    items={D2: "removed"},
)

case(
    name="dropvault-echoed-report-decision",
    **{"from": "trust@dropvault.io"},
    name_from="DropVault Trust & Safety",
    date="Mon, 09 Sep 2024 03:33:03 +0000",
    subject="[DV-20940] Decision on your report",
    body=f"""
Your report
-----------
Reported URL: {D1}
Reason given: Illegal content (Korean law)
Reporter: KCSC (takedown@kcsc.example)
Submitted: 2024-09-05 14:02 KST

Our decision
------------
The file breaches our Terms of Service and has been removed. The uploader
has been notified.

If you have questions, reply to this email and keep DV-20940 in the subject.
""",
    outcome="applied",
    classification="confirmation",
    imitates="report-form decision mail that echoes the report before the decision",
    why="the echoed report names one URL and the decision says the file has been removed",
    items={D1: "removed"},
)

DV_CSV = "\n".join([
    "report_id,file_url,uploaded,state,state_changed_at",
    f"DV-20931,{D1},2024-08-30,deleted,2024-09-07T11:02:00Z",
    f"DV-20931,{D2},2024-08-30,deleted,2024-09-07T11:02:00Z",
    f"DV-20931,{D3},2024-08-31,deleted,2024-09-07T11:03:00Z",
    f"DV-20931,{D4},2024-08-28,missing (deleted by owner),2024-09-04T20:15:00Z",
    f"DV-20931,{D5},2024-09-01,kept (no violation found),2024-09-08T09:40:00Z",
]) + "\n"

case(
    name="dropvault-csv-queue-export",
    **{"from": "trust@dropvault.io"},
    name_from="DropVault Trust & Safety",
    date="Mon, 09 Sep 2024 10:00:55 +0000",
    subject="KCSC-240905-03: export from our takedown queue",
    reply_to_req="req.20240905.4436",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_dv_export_20931"

------=_dv_export_20931
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The export from our takedown queue for KCSC-240905-03 is attached. The
"state" column is the final state of each link.

DropVault Trust & Safety

------=_dv_export_20931
Content-Type: text/csv; name="dropvault_takedown_export.csv"
Content-Disposition: attachment; filename="dropvault_takedown_export.csv"
Content-Transfer-Encoding: 7bit

{DV_CSV}
------=_dv_export_20931--
""",
    outcome="applied",
    classification="confirmation",
    imitates="queue export attached as CSV by a file host",
    why="CSV state per link: deleted = removed, deleted by owner = not_found, kept (no violation) = rejected",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "not_found", D5: "rejected"},
)

# ======================================================================
# hanchan image board (KCSC-240909-04, 4 items)
# ======================================================================
case(
    name="hanchan-mod-informal",
    **{"from": "mod@hanchan.org"},
    name_from="hanchan admin",
    date="Mon, 09 Sep 2024 23:58:12 +0900",
    subject="Re: KCSC-240909-04 Request for removal of illegal content",
    reply_to_req="req.20240909.4451",
    body=f"""
deleted both:
{H1}
{H2}
poster is banned. the /b/ thread ({H3}) is a parody thread, nothing illegal in it, it stays up.

- kuro
""",
    outcome="applied",
    classification="confirmation",
    imitates="image-board admin answering in two lines, lower case",
    why="'deleted both' followed by two URLs = removed; the /b/ thread stays up with a reason = rejected",
    items={H1: "removed", H2: "removed", H3: "rejected"},
)

case(
    name="hanchan-plain-text-table",
    **{"from": "staff@hanchan.org"},
    name_from="hanchan staff",
    date="Tue, 10 Sep 2024 12:14:40 +0900",
    subject="KCSC-240909-04 results",
    body=f"""
Results for KCSC-240909-04:

post                                            action
----------------------------------------------  ---------------------------
{H1}            thread deleted
{H2}            thread deleted
{H3}           no action (parody, allowed)
{H4}   file purged, hash banned

hanchan staff
""",
    outcome="applied",
    classification="confirmation",
    imitates="small-site staff pasting a fixed-width text table",
    why="one action per row: deleted/purged = removed, no action with a reason = rejected",
    items={H1: "removed", H2: "removed", H3: "rejected", H4: "removed"},
)

# ======================================================================
# 개미광장 forum (KCSC-240910-05, 4 items)
# ======================================================================
case(
    name="gaemi-korean-result-notice",
    **{"from": "cs@gaemiforum.co.kr"},
    name_from=hdr("개미광장 운영팀"),
    date="Wed, 11 Sep 2024 15:30:00 +0900",
    subject=hdr("[개미광장] 게시물 조치 결과 안내 (KCSC-240910-05)"),
    reply_to_req="req.20240910.4460",
    body=f"""
안녕하십니까, 개미광장 운영팀입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240910-05)에 대한
처리 결과를 아래와 같이 안내드립니다.

1. {G1}
   → 삭제 완료 (2024.09.11)
2. {G2}
   → 임시조치 (30일간 접근 제한)
3. {G3_RAW}
   → 블라인드 처리

감사합니다.
개미광장 운영팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean forum 게시물 조치 결과 안내 with an arrow line under each URL",
    why="삭제 = removed, 임시조치 = restricted, 블라인드 = removed; the raw Korean path matches its percent-encoded form",
    items={G1: "removed", G2: "restricted", G3: "removed"},
)

case(
    name="gaemi-author-already-deleted",
    **{"from": "admin@gaemiforum.co.kr"},
    name_from=hdr("개미광장 운영자"),
    date="Wed, 11 Sep 2024 09:05:47 +0900",
    subject=hdr("Re: [KCSC-240910-05] 게시물 삭제 요청"),
    reply_to_req="req.20240910.4460",
    body=f"""
안녕하세요. 개미광장 운영자입니다.

요청하신 {G4} 게시물은 확인 결과
작성자 본인이 9월 9일에 이미 삭제하여 현재 존재하지 않습니다.
별도로 조치할 내용이 없음을 알려드립니다.

개미광장 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="forum operator saying the author already deleted the post",
    why="deleted by its author before the request, does not exist = not_found",
    items={G4: "not_found"},
)

case(
    name="gaemi-investment-opinion-kept",
    **{"from": "cs@gaemiforum.co.kr"},
    name_from=hdr("개미광장 고객센터"),
    date="Thu, 12 Sep 2024 17:22:31 +0900",
    subject=hdr("Re: [KCSC-240910-05] 게시물 삭제 요청"),
    reply_to_req="req.20240910.4460",
    body=f"""
안녕하세요, 개미광장 고객센터입니다.

검토 결과, 아래 게시물은 특정 종목에 대한 개인 투자 의견으로서 당사
운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지하기로
결정하였습니다.

 - {G2}

이의가 있으시면 본 메일로 회신 주시기 바랍니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean forum refusal: 위반 사항 없음, 게시 유지",
    why="no violation found, post kept (게시 유지) = rejected",
    items={G2: "rejected"},
)

GAEMI_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(요청번호 KCSC-240910-05)에 대한 조치 결과를 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>게시물 주소</th><th>조치 결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{G1}</td><td>삭제</td><td>2024-09-12</td></tr>
<tr><td>2</td><td>{G2}</td><td>임시조치</td><td>2024-09-12</td></tr>
<tr><td>3</td><td>{G3_RAW}</td><td>비공개 처리</td><td>2024-09-12</td></tr>
<tr><td>4</td><td>{G4}</td><td>해당 게시물 없음 (작성자 삭제)</td><td>-</td></tr>
</table>
<p>개미광장 운영팀 드림</p>
</body></html>
"""

case(
    name="gaemi-html-correction-table",
    **{"from": "cs@gaemiforum.co.kr"},
    name_from=hdr("개미광장 운영팀"),
    date="Thu, 12 Sep 2024 18:40:09 +0900",
    subject=hdr("시정요구 조치결과 회신 (KCSC-240910-05)"),
    reply_to_req="req.20240910.4460",
    raw_mime="""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(GAEMI_HTML),
    outcome="applied",
    classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 with an HTML table, base64 body",
    why="삭제 = removed, 임시조치 = restricted, 비공개 처리 = removed, 게시물 없음 (작성자 삭제) = not_found",
    items={G1: "removed", G2: "restricted", G3: "removed", G4: "not_found"},
)

case(
    name="gaemi-fullwidth-parentheses",
    **{"from": "admin@gaemiforum.co.kr"},
    name_from=hdr("개미광장 운영자"),
    date="Wed, 11 Sep 2024 11:48:02 +0900",
    subject=hdr("신고 게시물 처리 안내"),
    reply_to_req="req.20240910.4460",
    body=f"""
안녕하세요.

신고하신 게시물（{G1}）은 운영정책 위반으로 운영자 삭제 처리되었습니다.
협조해 주셔서 감사합니다.

개미광장 운영자 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="one-sentence Korean operator notice, URL inside full-width parentheses",
    why="운영자 삭제 = removed; the full-width parentheses are not part of the URL",
    items={G1: "removed"},
)

# ======================================================================
# RegDot registrar (KCSC-240911-06, 2 items)
# ======================================================================
case(
    name="regdot-clienthold",
    **{"from": "abuse@regdot.com"},
    name_from="RegDot Abuse Team",
    date="Thu, 12 Sep 2024 08:14:27 +0000",
    subject="Re: KCSC-240911-06 Request for removal of illegal content",
    reply_to_req="req.20240911.4472",
    body=f"""
Dear KCSC,

Re: daebak-toto.xyz (your request KCSC-240911-06)

We verified that the domain was registered through RegDot and is used for
unlicensed gambling aimed at Korean users. We have placed the domain on
clientHold and removed its nameservers. {RD1} no longer resolves
anywhere.

We are still checking the second domain in your notice.

RegDot Abuse Team
https://regdot.com/legal/abuse
""",
    outcome="applied",
    classification="confirmation",
    imitates="registrar abuse reply placing a domain on clientHold",
    why="the domain no longer resolves anywhere, so the site URL is unavailable to everyone = removed; the second domain is only 'still checking'",
    items={RD1: "removed"},
)

case(
    name="regdot-phishing-serverhold",
    **{"from": "abuse@regdot.com"},
    name_from="RegDot Abuse Team",
    date="Fri, 13 Sep 2024 02:50:38 +0000",
    subject="KCSC-240911-06 gov24-refund.top",
    body=f"""
Hello,

gov24-refund.top: phishing confirmed. The domain has been suspended
(serverHold requested at the registry) and the login page
{RD2} is no longer reachable.

Regards,
RegDot Abuse
""",
    outcome="applied",
    classification="confirmation",
    imitates="short registrar note on a suspended phishing domain",
    why="domain suspended and the login page no longer reachable = removed",
    items={RD2: "removed"},
)

# ======================================================================
# Notepin paste site (KCSC-240913-07, 1 item)
# ======================================================================
case(
    name="notepin-paste-deleted-no-url",
    **{"from": "support@notepin.cc"},
    name_from="Notepin Support",
    date="Sat, 14 Sep 2024 06:30:00 +0000",
    subject="Re: KCSC-240913-07 Request for removal of illegal content",
    reply_to_req="req.20240913.4480",
    body="""
Hi,

The paste you reported has been deleted and the account that posted it is
suspended.

Thanks,
Notepin support
""",
    outcome="applied",
    classification="confirmation",
    imitates="two-line reply of a small paste service",
    why="a one-item request: 'the paste you reported has been deleted' is about that one item",
    items={P1: "removed"},
)

case(
    name="notepin-angle-bracket-url",
    **{"from": "trust@notepin.cc"},
    name_from="Notepin Trust",
    date="Sun, 15 Sep 2024 12:02:44 +0000",
    subject="Your report about a paste",
    body=f"""
Hello,

<{P1}> -- removed for breaking our content policy (personal data).

Notepin Trust
""",
    outcome="applied",
    classification="confirmation",
    imitates="terse paste-site moderation note with the URL in angle brackets",
    why="the URL in angle brackets is the requested paste; removed",
    items={P1: "removed"},
)

# ======================================================================
# Review
# ======================================================================
case(
    name="nimbus-forwarded-to-customer",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse Desk",
    date="Tue, 03 Sep 2024 15:09:14 +0200",
    subject="[NH-ABUSE #88245] KCSC-240902-01",
    reply_to_req="req.20240902.4411",
    body=f"""
Hello,

We have forwarded your complaint about {N4} and
{N5} to our customer and given them 48 hours
to remove the material. If they do not act in time, the account will be
suspended.

We will let you know the outcome.

Nimbus Abuse Desk, ticket NH-88245
""",
    outcome="review",
    review="not_understood",
    imitates="hosting provider passing the complaint to its customer with a deadline",
    why="only a forward and a conditional promise; nothing has happened to either URL yet",
    items={N4: "pending", N5: "pending"},
)

case(
    name="edgeveil-not-the-host",
    **{"from": "trust-safety@edgeveil.com"},
    name_from="EdgeVeil Trust & Safety",
    date="Wed, 04 Sep 2024 06:41:50 +0000",
    subject="EV-2024-0904-7712: your report KCSC-240903-02",
    reply_to_req="req.20240903.4420",
    body=f"""
Hello,

EdgeVeil provides a pass-through security and caching service for the
websites in your report. We are not the hosting provider and cannot remove
content from the origin server.

We have forwarded your report for

  {E1}
  {E2}
  {E3}

to the website operators and to their hosting providers. The hosting
provider for kdrama-free.tv is Nimbus Hosting (abuse@nimbushost.net); for
sports-live-kr.me it is Corvid Servers Ltd (abuse@corvidservers.example).

EdgeVeil Trust & Safety
""",
    outcome="review",
    review="not_understood",
    imitates="CDN reply: we do not host this, report forwarded to host and site owner",
    why="names all three URLs but says only that the report was forwarded; no status",
    items={E1: "pending", E2: "pending", E3: "pending"},
)

case(
    name="dropvault-appears-removed",
    **{"from": "support@dropvault.io"},
    name_from="DropVault Support",
    date="Sat, 07 Sep 2024 18:26:05 +0000",
    subject="Re: KCSC-240905-03 Request for removal of illegal content",
    reply_to_req="req.20240905.4436",
    body=f"""
Hi,

It looks like {D3} may already have been removed by
the uploader, but our storage team still has to confirm that no copy
remains. We'll update you once that check is done.

Best,
DropVault Support
""",
    outcome="review",
    review="not_understood",
    imitates="support agent hedging before a storage check",
    why="'looks like ... may already have been removed' is a hedge, not a statement",
    items={D3: "pending"},
)

case(
    name="gaemi-seems-deleted",
    **{"from": "cs@gaemiforum.co.kr"},
    name_from=hdr("개미광장 고객센터"),
    date="Wed, 11 Sep 2024 13:02:58 +0900",
    subject=hdr("Re: [KCSC-240910-05] 게시물 삭제 요청"),
    reply_to_req="req.20240910.4460",
    body=f"""
안녕하세요, 개미광장 고객센터입니다.

문의하신 {G1} 게시물은 현재 삭제된 것으로
보이나, 정확한 처리 내역은 담당 부서 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Korean customer-centre hedge (삭제된 것으로 보이나 … 확인 후 안내)",
    why="'appears to have been deleted' plus a promise to confirm: a hedge, not a statement",
    items={G1: "pending"},
)

case(
    name="regdot-both-suspended",
    **{"from": "abuse@regdot.com"},
    name_from="RegDot Abuse Team",
    date="Thu, 12 Sep 2024 19:45:12 +0000",
    subject="Re: KCSC-240911-06 Request for removal of illegal content",
    reply_to_req="req.20240911.4472",
    body="""
Dear KCSC,

Both domains listed in your notice KCSC-240911-06 have been suspended at
the registrar level.

RegDot Abuse Team
""",
    outcome="review",
    review="bulk",
    imitates="registrar closing a ticket with one sentence about all domains",
    why="one statement about both items of a two-item request without naming either",
    items={RD1: "pending", RD2: "pending"},
)

case(
    name="hanchan-nuked-all",
    **{"from": "mod@hanchan.org"},
    name_from="hanchan admin",
    date="Tue, 10 Sep 2024 01:12:09 +0900",
    subject="Re: KCSC-240909-04 Request for removal of illegal content",
    reply_to_req="req.20240909.4451",
    body="""
nuked all of them. thanks for the heads up

-- kuro (hanchan admin)
""",
    outcome="review",
    review="bulk",
    imitates="image-board admin's one-line reply about the whole report",
    why="'all of them' for a four-item request, none named",
    items={H1: "pending", H2: "pending", H3: "pending", H4: "pending"},
)

case(
    name="nimbus-forged-auth-fail",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse Desk",
    auth="fail",
    date="Wed, 04 Sep 2024 04:10:33 +0200",
    subject="Re: KCSC-240902-01 Request for removal of illegal content",
    reply_to_req="req.20240902.4411",
    body=f"""
Hello,

All pages on toto-king88.nimbus.site have been removed:
{N1}
{N2}

Abuse Desk | Nimbus Hosting
""",
    outcome="review",
    review="untrusted",
    imitates="abuse-desk style reply whose DKIM/SPF/DMARC fail",
    why="From the platform's domain but authentication fails: statements not applied",
    items={N1: "pending", N2: "pending"},
)

case(
    name="reseller-unknown-sender",
    **{"from": "help@kr-webreseller.com"},
    name_from="KR WebReseller Support",
    date="Thu, 05 Sep 2024 10:33:21 +0900",
    subject="KCSC-240902-01 fake-id-maker site",
    body=f"""
안녕하세요 / Hello,

We resell Nimbus Hosting plans in Korea and the account behind
{N11} is our client. We deleted the site this
morning.

KR WebReseller Support
""",
    outcome="review",
    review="unknown_sender",
    imitates="a reseller answering on behalf of the host from its own domain",
    why="sender's domain belongs to no configured platform; names our request and a URL",
    items={N11: "pending"},
)

case(
    name="nimbus-speaks-for-cdn-items",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse Desk",
    date="Sat, 07 Sep 2024 12:55:40 +0200",
    subject="kdrama-free.tv - origin on our network",
    body=f"""
Hello,

You may want to know that the origin server of kdrama-free.tv is on our
network, even though your request of 3 September went to EdgeVeil. We have
suspended that customer; {E1} and
{E2} are now offline at the origin.

Nimbus Abuse Desk
""",
    outcome="review",
    review="wrong_platform",
    imitates="origin host answering about URLs that were requested from the CDN",
    why="trusted Nimbus mail states statuses for items of the EdgeVeil request",
    items={E1: "pending", E2: "pending"},
)

case(
    name="gaemi-asks-for-decision-copy",
    **{"from": "legal@gaemiforum.co.kr"},
    name_from=hdr("개미광장 법무팀"),
    date="Wed, 11 Sep 2024 16:20:17 +0900",
    subject=hdr("Re: [KCSC-240910-05] 게시물 삭제 요청 관련 자료 요청"),
    reply_to_req="req.20240910.4460",
    body=f"""
안녕하세요, 개미광장 법무팀입니다.

요청번호 KCSC-240910-05 관련하여,
{G2} 게시물의 위법성 판단을 위해
심의 의결서 사본과 근거 법령 조항을 보내주시면 검토 후 조치하겠습니다.

감사합니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Korean legal team asking for the decision document before acting",
    why="asks for documents; the action is conditional on them",
    items={G2: "pending"},
)

case(
    name="notepin-abuse-contact-moved",
    **{"from": "support@notepin.cc"},
    name_from="Notepin Support",
    date="Mon, 16 Sep 2024 09:00:00 +0000",
    subject="Change of our abuse contact",
    body="""
Hello,

Please note that from 1 October our abuse reports are handled at
trust@notepin.cc. The old address abuse@notepin.cc will stop being read at
the end of September.

Thank you,
Notepin
""",
    outcome="review",
    review="no_claims",
    imitates="small service announcing a new abuse address",
    why="trusted platform mail naming no item and no request",
    items={},
)

PDF_STREAM = zlib.compress(
    b"BT /F1 11 Tf 72 720 Td (RegDot Abuse Team - response to KCSC-240911-06) Tj "
    b"0 -20 Td (The domains named in the notice remain under investigation.) Tj ET", 9)
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
       b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
       b"4 0 obj<</Length " + str(len(PDF_STREAM)).encode() + b"/Filter/FlateDecode>>stream\n"
       + PDF_STREAM + b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

case(
    name="regdot-pdf-letter-only",
    **{"from": "legal@regdot.com"},
    name_from="RegDot Legal",
    date="Mon, 16 Sep 2024 11:31:02 +0000",
    subject="KCSC-240911-06 - our response",
    reply_to_req="req.20240911.4472",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="regdot-letter-0916"

--regdot-letter-0916
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear KCSC,

Please find our response to your notice KCSC-240911-06 in the attached
letter.

RegDot Legal

--regdot-letter-0916
Content-Type: application/pdf; name="RegDot_response_KCSC-240911-06.pdf"
Content-Disposition: attachment; filename="RegDot_response_KCSC-240911-06.pdf"
Content-Transfer-Encoding: base64

{b64(PDF)}
--regdot-letter-0916--
""",
    outcome="review",
    review="unreadable_attachment",
    imitates="registrar sending its answer only as a PDF letter",
    why="the answer is only in a PDF (compressed stream); the body itself says nothing about any item",
    items={},
)

# ======================================================================
# Ignored
# ======================================================================
case(
    name="nimbus-out-of-office",
    **{"from": "marta.kowalczyk@nimbushost.net"},
    name_from="Marta Kowalczyk",
    date="Tue, 10 Sep 2024 18:00:04 +0200",
    subject="Automatic reply: KCSC-240902-01 Request for removal of illegal content",
    reply_to_req="req.20240902.4411",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday 16 September with limited access to
email. For abuse matters please write to abuse@nimbushost.net, where my
colleagues will pick up your message.

Marta Kowalczyk
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="regdot-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx1.regdot.com"},
    name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 06:20:41 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="8E2C1A40B1.1726035641/mx1.regdot.com"

--8E2C1A40B1.1726035641/mx1.regdot.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.regdot.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@regdot.com>: host store2.regdot.com[192.0.2.41] said: 550 5.1.1
    <legal-kr@regdot.com>: Recipient address rejected: User unknown

--8E2C1A40B1.1726035641/mx1.regdot.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.regdot.com
Arrival-Date: Wed, 11 Sep 2024 06:20:39 +0000

Final-Recipient: rfc822; legal-kr@regdot.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@regdot.com>: Recipient address
    rejected: User unknown

--8E2C1A40B1.1726035641/mx1.regdot.com
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@regdot.com
Subject: KCSC-240911-06 Request for removal of illegal content
Date: Wed, 11 Sep 2024 15:20:00 +0900
Message-ID: <req.20240911.4472@kcsc.example>

--8E2C1A40B1.1726035641/mx1.regdot.com--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification (550 user unknown)",
    why="a bounce of our own request",
    items={},
)

case(
    name="gaemi-read-receipt",
    **{"from": "cs@gaemiforum.co.kr"},
    name_from=hdr("개미광장 운영팀"),
    date="Tue, 10 Sep 2024 10:44:18 +0900",
    subject=hdr("읽음 확인: [KCSC-240910-05] 게시물 삭제 요청"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-gaemi-0910"

--mdn-gaemi-0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240910-05] 게시물 삭제 요청"을(를) 수신자가 2024-09-10 10:44에 읽었습니다.

--mdn-gaemi-0910
Content-Type: message/disposition-notification

Reporting-UA: gaemiforum.co.kr; Webmail
Final-Recipient: rfc822; cs@gaemiforum.co.kr
Original-Message-ID: <req.20240910.4460@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-gaemi-0910--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, MDN)",
    why="a message disposition notification only",
    items={},
)

case(
    name="dropvault-ticket-receipt",
    **{"from": "noreply@dropvault.io"},
    name_from="DropVault Trust & Safety",
    date="Thu, 05 Sep 2024 05:02:10 +0000",
    subject="[DV-20931] We received your report",
    reply_to_req="req.20240905.4436",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thanks for contacting DropVault Trust & Safety.

This is an automatic confirmation that we received your report.

Ticket: DV-20931
Reported links:
  {D1}
  {D2}
  {D3}
  {D4}
  {D5}

Our team reviews reports in the order they arrive, normally within three
business days. You don't need to reply to this email.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="ticket-system receipt echoing the reported links",
    why="automatic receipt; the echoed links carry no statement",
    items={D1: "pending", D2: "pending", D3: "pending", D4: "pending", D5: "pending"},
)

case(
    name="hanchan-unmonitored-mailbox",
    **{"from": "noreply@hanchan.org"},
    name_from="hanchan",
    date="Mon, 09 Sep 2024 09:40:31 +0900",
    subject="Re: KCSC-240909-04 Request for removal of illegal content",
    reply_to_req="req.20240909.4451",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This address is not monitored. Please use the report button under each post
or the form at https://hanchan.org/contact for anything else.

(automatic message)
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="unmonitored-mailbox auto-responder of a small site",
    why="auto-reply; the contact form link is the site's own page, not an item",
    items={},
)

case(
    name="edgeveil-report-received",
    **{"from": "abuse-noreply@edgeveil.com"},
    name_from="EdgeVeil Abuse",
    date="Tue, 03 Sep 2024 02:01:45 +0000",
    subject="EV-2024-0903-7702: abuse report received",
    reply_to_req="req.20240903.4420",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
We have received your abuse report (ID EV-2024-0903-7702).

Reports about websites that use our proxy and caching services are passed
to the website operator and the hosting provider. You will receive a copy
of what we forward. Please do not reply to this message.

EdgeVeil Abuse
https://edgeveil.com/trust/abuse-policy
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="CDN automatic abuse-report receipt",
    why="pure acknowledgement with a report id, no item named",
    items={},
)

case(
    name="gaemi-korean-auto-receipt",
    **{"from": "cs@gaemiforum.co.kr"},
    name_from=hdr("개미광장 고객센터"),
    date="Tue, 10 Sep 2024 10:10:22 +0900",
    subject=hdr("[자동응답] 문의가 접수되었습니다"),
    reply_to_req="req.20240910.4460",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
[자동응답]

고객님의 문의가 정상적으로 접수되었습니다.
영업일 기준 3일 이내에 답변 드리겠습니다.

※ 본 메일은 발신 전용입니다.
개미광장 고객센터
""",
    outcome="ignored",
    imitates="Korean customer-centre auto-reply (문의 접수 자동응답)",
    why="automatic receipt; no item, no statement",
    items={},
)


HEADER = """# Blind set 781 (hosts, CDN, registrar, file host, image board, Korean
# forum, paste site). Written from each email's meaning before any run of
# the reader. Generated by make.py; edit the case list there.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(len(CASES), "cases")
