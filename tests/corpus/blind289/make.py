#!/usr/bin/env python3
"""Blind set 289: hosting providers, a CDN, a registrar, a Korean forum, an
image board and a file host, many answering informally (abuse desks, admins
writing one line), plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind289/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own sentences; the expected results
were written from each email's meaning before the reader was ever run on it.
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


def enc(url):
    """Percent-encode the non-ASCII path of a URL, as stored in requests.csv."""
    return quote(url, safe=":/?=&#%~")


# ---------------------------------------------------------------- requests
H = "https://{}.harborsites.net"
H_LUCKY = H.format("luckyspin77") + "/"
H_LUCKY_JOIN = H.format("luckyspin77") + "/join?code=A19"
H_GOLD1 = H.format("goldtoto-kr") + "/event/0901"
H_GOLD2 = H.format("goldtoto-kr") + "/event/0902"
H_PILL1 = H.format("pillmart24") + "/shop/item/4410"
H_PILL2 = H.format("pillmart24") + "/shop/item/4411"
H_PILL3 = H.format("pillmart24") + "/shop/item/4418"
H_CAM1 = H.format("nightcam-kr") + "/gallery/17"
H_CAM2 = H.format("nightcam-kr") + "/gallery/18"
H_IDC = H.format("idcard-maker") + "/order"
H_CAS = H.format("casino-haneul") + "/"
H_CAS_BONUS_RAW = H.format("casino-haneul") + "/bonus/첫충전"
H_CAS_BONUS = enc(H_CAS_BONUS_RAW)
HARBOR = [H_LUCKY, H_LUCKY_JOIN, H_GOLD1, H_GOLD2, H_PILL1, H_PILL2, H_PILL3,
          H_CAM1, H_CAM2, H_IDC, H_CAS, H_CAS_BONUS]

K1 = "https://kurofiles.com/f/8Qm2xLp0"
K2 = "https://kurofiles.com/f/Tz71vBcA"
K3 = "https://kurofiles.com/f/n0Ye5sKd"
K4 = "https://kurofiles.com/folder/ra93Jd"
KURO = [K1, K2, K3, K4]
K_SOLE = "https://kurofiles.com/f/Wq0pL3zZ"

D1 = "https://dalbit.kr/board/free/88213"
D2 = "https://dalbit.kr/board/free/88240"
D3 = "https://dalbit.kr/board/humor/40117"
D4 = "https://dalbit.kr/board/market/7731"
D5_RAW = "https://dalbit.kr/user/밤하늘고양이"
D5 = enc(D5_RAW)
DALBIT = [D1, D2, D3, D4, D5]

M1 = "https://moaboard.net/k/res/55102.html"
M2 = "https://moaboard.net/k/res/55187.html"
M3 = "https://moaboard.net/b/res/9024.html"
MOA = [M1, M2, M3]

V1 = "https://cdn.veloxcdn.net/c/a7f3e9/promo.mp4"
V2 = "https://cdn.veloxcdn.net/c/a7f3e9/banner_0912.jpg"
VELOX = [V1, V2]

G1 = "https://toto-jackpot.kr/"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240903-01", "harborhost", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", HARBOR, "hosted customer sites; largest request"),
    ("KCSC-240905-02", "kurofiles", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "obscene", KURO, "file host links"),
    ("KCSC-240906-03", "dalbit", "2024-09-06T14:30:00+09:00", "2024-09-13T18:00:00+09:00",
     "defamation", DALBIT, "forum posts and one member page"),
    ("KCSC-240909-04", "moaboard", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00",
     "obscene", MOA, "image board threads"),
    ("KCSC-240910-05", "veloxcdn", "2024-09-10T10:15:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal_gambling", VELOX, "objects on CDN edge storage"),
    ("KCSC-240911-06", "gaondomains", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "illegal_gambling", [G1], "registrar: domain of a gambling site"),
    ("KCSC-240913-07", "kurofiles", "2024-09-13T09:00:00+09:00", "2024-09-20T18:00:00+09:00",
     "drugs", [K_SOLE], "single file"),
]
REQ = {r[0]: r for r in REQUESTS}
NAMES = {"harborhost": "Harbor Hosting", "kurofiles": "Kuro Files", "dalbit": "Dalbit Community",
         "moaboard": "moaboard", "veloxcdn": "Velox CDN", "gaondomains": "Gaon Domains"}


def mid(ref):
    return "req." + ref


def request_text(ref):
    """The body of our request email, as it would be quoted back."""
    r = REQ[ref]
    lines = [f"Dear {NAMES[r[1]]} team,", "",
             "The Korea Communications Standards Commission (KCSC) asks you to remove",
             "the following content, which is unlawful under Korean law:", ""]
    for i, u in enumerate(r[5], 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"Our reference: {ref}",
              "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown desk"]
    return lines


def quoted(ref, intro):
    return intro + "\n" + "\n".join(("> " + l).rstrip() for l in request_text(ref))


def outlook_original(ref, to):
    return "\n".join([
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "Sent: Tuesday, September 3, 2024 10:00 AM",
        f"To: {to}",
        f"Subject: [{ref}] Request for removal of illegal content",
        "",
    ] + request_text(ref))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def pend(urls):
    return {u: "pending" for u in urls}


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= Harbor Hosting (KCSC-240903-01, 12 items)

case(name="hh-ticket-reply-list", outcome="applied", classification="confirmation",
     imitates="hosting abuse-desk ticket reply listing each reported URL with a status line under it",
     why="seven URLs each followed by an indented Status line: suspended/removed, and one product id that does not exist",
     date="Thu, 05 Sep 2024 16:41:07 +0900", from_="abuse@harborhost.io", name_from="Harbor Abuse Desk",
     subject="[HB-558120] Re: KCSC-240903-01 removal request - outcome (part 1)",
     reply_to_req=mid("KCSC-240903-01"),
     body=f"""
Hello,

Thanks for your patience. Our abuse team has gone through the first part of
your list. Results per URL:

- {H_LUCKY}
  Status: site suspended, content disabled
- {H_LUCKY_JOIN}
  Status: site suspended, content disabled
- {H_GOLD1}
  Status: page removed by our team
- {H_GOLD2}
  Status: page removed by our team
- {H_PILL1}
  Status: removed
- {H_PILL2}
  Status: removed
- {H_PILL3}
  Status: not found - this product id does not exist in the customer's store

We will write again about the remaining URLs once the customers concerned
have answered us.

Kind regards,
Daniel Okafor
Abuse Desk | Harbor Hosting
https://harborhost.io/legal/aup
""",
     items={H_LUCKY: "removed", H_LUCKY_JOIN: "removed", H_GOLD1: "removed", H_GOLD2: "removed",
            H_PILL1: "removed", H_PILL2: "removed", H_PILL3: "not_found"})

CSV_HH = (
    "url,action,date_kst,comment\r\n"
    f"{H_CAM1},content disabled,2024-09-06,account suspended\r\n"
    f"{H_CAM2},content disabled,2024-09-06,account suspended\r\n"
    f"{H_IDC},no action,,\"reviewed: the shop sells blank card holders and lanyards only, no breach of our AUP\"\r\n"
    f"{H_CAS},geo-blocked (KR),2024-09-06,operator licensed abroad; blocked for visitors in Korea only\r\n"
    f"{H_CAS_BONUS_RAW},geo-blocked (KR),2024-09-06,same account as above\r\n"
)
case(name="hh-csv-action-sheet", outcome="applied", classification="confirmation",
     imitates="hosting provider's trust-and-safety reply with a CSV action sheet attached",
     why="CSV rows: two disabled, one 'no action' with its reason (rejected), two geo-blocked for Korea (one with a raw Korean path)",
     date="Fri, 06 Sep 2024 19:02:55 +0900", from_="trust@harborhost.io", name_from="Harbor Hosting Trust & Safety",
     subject="Re: KCSC-240903-01 - action sheet", reply_to_req=mid("KCSC-240903-01"),
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="hh-sheet-7b21"

--hh-sheet-7b21
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello KCSC team,

Attached is our action sheet for the remaining five URLs of request
KCSC-240903-01. Let us know if anything is unclear.

Harbor Hosting Trust & Safety

--hh-sheet-7b21
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_actions.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_actions.csv"
Content-Transfer-Encoding: base64

{b64(CSV_HH)}
--hh-sheet-7b21--
""",
     items={H_CAM1: "removed", H_CAM2: "removed", H_IDC: "rejected", H_CAS: "restricted",
            H_CAS_BONUS: "restricted"})

case(name="hh-top-posted-geoblock", outcome="applied", classification="confirmation",
     imitates="compliance officer's top-posted Gmail reply above the quoted request",
     why="two URLs on one line, the statement 'are blocked for all visitors connecting from South Korea' on the next; the quoted request below lists all twelve",
     date="Sat, 07 Sep 2024 09:12:40 +0900", from_="s.lindqvist@harborhost.io", name_from="Sofia Lindqvist",
     subject="Re: [KCSC-240903-01] Request for removal of illegal content", reply_to_req=mid("KCSC-240903-01"),
     body=f"""
Hi,

Quick update on the casino-haneul site. The customer holds an offshore gaming
licence, so we are not terminating the account, but as of this morning both
{H_CAS} and {H_CAS_BONUS_RAW}
are blocked for all visitors connecting from South Korea.

Best,
Sofia
Harbor Hosting | Compliance

{quoted("KCSC-240903-01", "On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:")}
""",
     items={H_CAS: "restricted", H_CAS_BONUS: "restricted"})

case(name="hh-one-liner-from-phone", outcome="applied", classification="confirmation",
     imitates="abuse engineer's one-line reply from a phone, URL without scheme",
     why="'idcard-maker.harborsites.net/order pulled, customer suspended' names the item without https://",
     date="Wed, 04 Sep 2024 22:17:03 +0900", from_="mike.t@harborhost.io", name_from="Mike T",
     subject="Re: [KCSC-240903-01] Request for removal of illegal content", reply_to_req=mid("KCSC-240903-01"),
     body=f"""
idcard-maker.harborsites.net/order pulled, customer suspended.

--
Mike
sent from my phone

{quoted("KCSC-240903-01", "On Sep 3, 2024, at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:")}
""",
     items={H_IDC: "removed"})

HTML_HH = f"""<html><body>
<p>Dear KCSC,</p>
<p>Below is the current status of the URLs you asked us about (ref. KCSC-240903-01).</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>URL</th><th>Status</th><th>Note</th></tr>
<tr><td>{H_CAM1}</td><td>Removed</td><td>Deleted from the customer's webspace on 07/09</td></tr>
<tr><td>{H_CAM2}</td><td>Not found</td><td>The page returned 404 before our check; no such file on disk</td></tr>
<tr><td>{H_GOLD2}</td><td>Removed</td><td>&nbsp;</td></tr>
</table>
<p>Regards,<br>Harbor Hosting Abuse Desk</p>
</body></html>
"""
case(name="hh-html-table-qp", outcome="applied", classification="confirmation",
     imitates="abuse-desk status table sent as quoted-printable HTML",
     why="HTML table rows: Removed, Not found (404 before their check), Removed",
     date="Mon, 09 Sep 2024 11:30:22 +0900", from_="abuse@harborhost.io", name_from="Harbor Abuse Desk",
     subject="KCSC-240903-01: status of three URLs",
     raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HTML_HH)}
""",
     items={H_CAM1: "removed", H_CAM2: "not_found", H_GOLD2: "removed"})

case(name="hh-refusal-with-reason", outcome="applied", classification="confirmation",
     imitates="hosting provider declining a complaint after review (no AUP breach), URLs in angle brackets",
     why="both pages reviewed, no breach found, 'the pages will stay online': a refusal with its reason",
     date="Mon, 09 Sep 2024 15:05:48 +0900", from_="abuse@harborhost.io", name_from="Harbor Abuse Desk",
     subject="Re: KCSC-240903-01 (goldtoto-kr)", reply_to_req=mid("KCSC-240903-01"),
     body=f"""
Hello,

We reviewed the two goldtoto-kr pages you reported:

<{H_GOLD1}>
<{H_GOLD2}>

Both are match-prediction posts on a football supporters' blog. There is no
wagering, no payment form and no link to any betting operator, so we found no
breach of our Acceptable Use Policy and the pages will stay online.

If you hold a court order or further evidence, legal@harborhost.io is the
right address for it.

Harbor Hosting Abuse Desk
""",
     items={H_GOLD1: "rejected", H_GOLD2: "rejected"})

case(name="hh-outlook-terminated", outcome="applied", classification="confirmation",
     imitates="Outlook reply from a compliance officer above an unprefixed -----Original Message----- block",
     why="three product pages named in one sentence: 'have been deleted together with the account's webspace'; the original request below is not quoted with '>'",
     date="Thu, 05 Sep 2024 10:48:19 +0900", from_="compliance@harborhost.io", name_from="Priya Raman",
     subject="RE: [KCSC-240903-01] Request for removal of illegal content", reply_to_req=mid("KCSC-240903-01"),
     body=f"""
Hello,

Please see below.

The pillmart24 account has been terminated for breach of our AUP. The three
product pages you listed, {H_PILL1},
{H_PILL2} and
{H_PILL3}, have been deleted together with
the account's webspace.

Regards,
Priya Raman
Compliance Officer, Harbor Hosting

{outlook_original("KCSC-240903-01", "abuse@harborhost.io")}
""",
     items={H_PILL1: "removed", H_PILL2: "removed", H_PILL3: "removed"})

case(name="hh-plain-text-table", outcome="applied", classification="confirmation",
     imitates="abuse-desk reply with a fixed-width plain-text table and a footnote",
     why="table rows Removed/Suspended (removed) and 'No action*' whose footnote gives the reason (rejected)",
     date="Sun, 08 Sep 2024 20:20:00 +0900", from_="abuse@harborhost.io", name_from="Harbor Abuse Desk",
     subject="[HB-558120] KCSC-240903-01 results", reply_to_req=mid("KCSC-240903-01"),
     body=f"""
Hi KCSC,

Results for ticket HB-558120:

URL                                                 Action       Date
--------------------------------------------------  -----------  ----------
{H_CAM1:<52}Removed      2024-09-06
{H_CAM2:<52}Removed      2024-09-06
{H_LUCKY:<52}Suspended    2024-09-07
{H_LUCKY_JOIN:<52}Suspended    2024-09-07
{H_IDC:<52}No action*   -

* The customer showed us that the site only sells blank card holders; we
  found nothing that breaches our terms, so it stays up.

Abuse Desk, Harbor Hosting
""",
     items={H_CAM1: "removed", H_CAM2: "removed", H_LUCKY: "removed", H_LUCKY_JOIN: "removed",
            H_IDC: "rejected"})

case(name="hh-forwarded-to-customer-promise", outcome="review", review="not_understood",
     imitates="abuse desk forwarding a complaint to its customer with a deadline",
     why="names three URLs but only says the customer has 48 hours and that Harbor will disable them if still up: a promise",
     date="Wed, 04 Sep 2024 09:55:31 +0900", from_="abuse@harborhost.io", name_from="Harbor Abuse Desk",
     subject="Re: KCSC-240903-01 (pillmart24)", reply_to_req=mid("KCSC-240903-01"),
     body=f"""
Hi,

We have passed your notice about

{H_PILL1}
{H_PILL2}
{H_PILL3}

to our customer and given them 48 hours to respond. If the listings are still
up after that, we will disable them ourselves and let you know.

Harbor Abuse Desk
""",
     items=pend([H_PILL1, H_PILL2, H_PILL3]))

case(name="hh-ticket-closed-bulk", outcome="review", review="bulk",
     imitates="ticket-system closing notice stating that everything reported was handled",
     why="'All of the URLs listed in your request ... have been removed' for a twelve-item request, naming none",
     date="Tue, 10 Sep 2024 08:02:11 +0900", from_="abuse@harborhost.io", name_from="Harbor Abuse Desk",
     subject="[HB-558120] Ticket closed: KCSC-240903-01", reply_to_req=mid("KCSC-240903-01"),
     body="""
Hello,

Ticket HB-558120 is now closed.

All of the URLs listed in your request KCSC-240903-01 have been removed from
our network and the customer accounts concerned have been terminated.

If you believe this ticket was closed in error, reply to this message and it
will be reopened.

Harbor Hosting Abuse Desk
""",
     items=pend(HARBOR))

case(name="hh-auth-fail", outcome="review", review="untrusted",
     imitates="abuse-desk reply arriving with failed DKIM/SPF/DMARC (e.g. via a broken relay)",
     why="from harborhost.io but dmarc=fail: its 'taken offline' statement may not be applied",
     date="Thu, 05 Sep 2024 13:14:15 +0900", from_="abuse@harborhost.io", name_from="Harbor Abuse Desk",
     auth="fail", subject="Re: KCSC-240903-01", reply_to_req=mid("KCSC-240903-01"),
     body=f"""
Hello,

The site {H_LUCKY} and the page {H_LUCKY_JOIN} have been taken offline
and the hosting account is suspended.

Harbor Abuse Desk
""",
     items=pend([H_LUCKY, H_LUCKY_JOIN]))

case(name="hh-host-of-forum-wrong-platform", outcome="review", review="wrong_platform",
     imitates="hosting provider copied on a notice reporting what its customer (a forum) did",
     why="Harbor Hosting states a status for a dalbit.kr post, an item of another platform's request",
     date="Mon, 09 Sep 2024 17:40:02 +0900", from_="abuse@harborhost.io", name_from="Harbor Abuse Desk",
     subject="Re: [KCSC-240906-03] 불법정보 삭제 요청", reply_to_req=mid("KCSC-240906-03"),
     body=f"""
Hello,

dalbit.kr runs on one of our dedicated servers and you copied us on your
notice to the forum. We contacted the server's owner, and can confirm that
the post {D1} has been deleted by them.

Harbor Abuse Desk
""",
     items=pend([D1]))

case(name="hh-auto-receipt", outcome="ignored", classification="acknowledgement",
     imitates="ticket-system automatic receipt ('your report has been logged as ticket ...')",
     why="automatic confirmation that a ticket was opened; no statement about any URL",
     date="Tue, 03 Sep 2024 10:00:41 +0900", from_="noreply@harborhost.io", name_from="Harbor Abuse Desk",
     subject="[HB-558120] We have received your report", reply_to_req=mid("KCSC-240903-01"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
This is an automatic confirmation that your abuse report has been received
and logged as ticket HB-558120 (your reference: KCSC-240903-01).

An analyst will look at it; replies usually follow within two working days.
Please keep the ticket number in the subject line of any reply.

Report another issue: https://harborhost.io/abuse
""")

case(name="hh-out-of-office", outcome="ignored", classification="auto_reply",
     imitates="Outlook 'Automatic reply' out-of-office message",
     why="out-of-office notice from an abuse analyst",
     date="Tue, 03 Sep 2024 10:02:03 +0900", from_="d.okafor@harborhost.io", name_from="Daniel Okafor",
     subject="Automatic reply: [KCSC-240903-01] Request for removal of illegal content",
     reply_to_req=mid("KCSC-240903-01"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
Thank you for your email. I am out of the office until Monday 9 September
with limited access to email.

For abuse matters please write to abuse@harborhost.io, which is monitored
around the clock.

Daniel
""")

# ======================= Kuro Files (KCSC-240905-02, 4 items; KCSC-240913-07, 1 item)

case(name="kf-prose-mixed", outcome="applied", classification="confirmation",
     imitates="file host abuse team reply in prose",
     why="two files deleted in one sentence, one already deleted by its uploader, the folder link does not exist",
     date="Fri, 06 Sep 2024 12:22:08 +0900", from_="abuse@kurofiles.com", name_from="Kuro Files Abuse",
     subject="Re: KCSC-240905-02", reply_to_req=mid("KCSC-240905-02"),
     body=f"""
Hello,

Thank you for the report. We have deleted the files {K1} and
{K2} and banned the uploading account.
{K3} had already been deleted by its uploader before we looked at it. The
folder link {K4} does not exist on our service, please double-check it.

Kuro Files Abuse Team
""",
     items={K1: "removed", K2: "removed", K3: "not_found", K4: "not_found"})

case(name="kf-statement-above-url", outcome="applied", classification="confirmation",
     imitates="support agent's short reply, each statement on its own line above the URL",
     why="'Disabled (legal request, Korea):' above one URL, 'Could not locate' above another; 'the other two' are said to be under review",
     date="Fri, 06 Sep 2024 18:45:30 +0900", from_="support@kurofiles.com", name_from="Kuro Files Support",
     subject="Re: KCSC-240905-02 removal request", reply_to_req=mid("KCSC-240905-02"),
     body=f"""
Hi,

Disabled (legal request, Korea):
{K1}

Could not locate, the link looks truncated:
{K2}

The other two are still with our review team.

--
Kuro Files support
""",
     items={K1: "removed", K2: "not_found", K3: "pending", K4: "pending"})

case(name="kf-base64-folder", outcome="applied", classification="confirmation",
     imitates="legal team reply sent as a base64-encoded text body",
     why="the shared folder 'has been taken down together with the 14 files inside it'",
     date="Sat, 07 Sep 2024 10:10:10 +0900", from_="legal@kurofiles.com", name_from="Kuro Files Legal",
     subject="KCSC-240905-02 - shared folder", reply_to_req=mid("KCSC-240905-02"),
     raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Hello KCSC,

The shared folder {K4} has been taken down together with the 14 files inside it, and the uploader's account is closed.

Kuro Files Legal
''')}
""",
     items={K4: "removed"})

case(name="kf-echoed-report", outcome="applied", classification="confirmation",
     imitates="report-outcome notice echoing each reported URL with an Outcome field",
     why="three Reported URL / Outcome pairs: File removed, File not found (deleted by uploader), No violation found",
     date="Mon, 09 Sep 2024 14:00:00 +0900", from_="reports@kurofiles.com", name_from="Kuro Files",
     subject="Report KF-77120: outcome",
     body=f"""
Kuro Files - report outcome

Report ID:       KF-77120
Submitted by:    takedown@kcsc.example
Your reference:  KCSC-240905-02

Reported URL:    {K2}
Outcome:         File removed

Reported URL:    {K3}
Outcome:         File not found (deleted by uploader)

Reported URL:    {K1}
Outcome:         No violation found, file remains available

Questions about this decision: https://kurofiles.com/help/reports
""",
     items={K2: "removed", K3: "not_found", K1: "rejected"})

case(name="kf-hedged-hash-filter", outcome="review", review="not_understood",
     imitates="support agent guessing at an automated removal before checking logs",
     why="'may already have been caught by our automated hash filter ... will get back to you': a hedge, not a statement",
     date="Fri, 06 Sep 2024 09:31:44 +0900", from_="support@kurofiles.com", name_from="Kuro Files Support",
     subject="Re: KCSC-240905-02", reply_to_req=mid("KCSC-240905-02"),
     body=f"""
Hi there,

It looks like {K3} may already have been caught by our automated hash
filter, but I can't see the log yet. I've asked engineering to confirm and
will get back to you.

Ren
Kuro Files Support
""",
     items=pend([K3]))

case(name="kf-sole-item-no-url", outcome="applied", classification="confirmation",
     imitates="support reply in the request's thread saying 'the file has been removed'",
     why="answers the one-item request KCSC-240913-07 (subject and In-Reply-To) with one unhedged statement",
     date="Fri, 13 Sep 2024 15:36:52 +0900", from_="support@kurofiles.com", name_from="Kuro Files Support",
     subject="Re: KCSC-240913-07 removal request", reply_to_req=mid("KCSC-240913-07"),
     body="""
Hi,

The file has been removed and the link now shows "file unavailable".

Thanks,
Anna
Kuro Files Support
""",
     items={K_SOLE: "removed"})

case(name="kf-ack-then-statement", outcome="applied", classification="confirmation",
     imitates="ticket receipt whose template also carries the agent's first update",
     why="receipt phrases ('ticket KF-77135 was created') plus an unhedged 'the file ... was deleted'",
     date="Fri, 13 Sep 2024 17:05:00 +0900", from_="support@kurofiles.com", name_from="Kuro Files Support",
     subject="[KF-77135] Thank you for your report (KCSC-240913-07)",
     body=f"""
Thanks for contacting Kuro Files. Your report has been received and ticket
KF-77135 was created.

Update from our team:
the file {K_SOLE} was deleted on 13 September 2024 and its hash
added to our block list.

Kuro Files Support
""",
     items={K_SOLE: "removed"})

case(name="kf-read-receipt", outcome="ignored", classification="read_receipt",
     imitates="MDN read receipt (disposition-notification) from a file host's abuse mailbox",
     why="message disposition notification: 'displayed', nothing about the content",
     date="Thu, 05 Sep 2024 11:20:33 +0900", from_="abuse@kurofiles.com", name_from="Kuro Files Abuse",
     subject="Read: KCSC-240905-02 removal request", reply_to_req=mid("KCSC-240905-02"),
     raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-kf-0905"

--mdn-kf-0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is a receipt for the mail you sent to abuse@kurofiles.com
at 05/09/2024 11:00.

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the content has been read
or understood.

--mdn-kf-0905
Content-Type: message/disposition-notification

Reporting-UA: kurofiles.com; Thunderbird 115.14.0
Final-Recipient: rfc822;abuse@kurofiles.com
Original-Message-ID: <{mid("KCSC-240905-02")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-kf-0905--
""")

case(name="kf-helpdesk-receipt-echo", outcome="ignored", classification="acknowledgement",
     imitates="helpdesk (Zendesk-style) receipt that echoes the submitted request text",
     why="'has been received and is being reviewed by our support staff' with our own request echoed below: a pure acknowledgement",
     date="Thu, 05 Sep 2024 11:00:52 +0900", from_="support@kurofiles.com", name_from="Kuro Files Support",
     subject="[Kuro Files] Re: KCSC-240905-02 removal request", reply_to_req=mid("KCSC-240905-02"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
##- Please type your reply above this line -##

Your request (77120) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 5, 2024, 11:00 GMT+9

""" + "\n".join(request_text("KCSC-240905-02")) + "\n")

# ======================= Dalbit Community (KCSC-240906-03, 5 items)

case(name="dalbit-admin-numbered-korean", outcome="applied", classification="confirmation",
     imitates="Korean forum operator's numbered 처리 결과 reply with arrows",
     why="삭제 완료, 블라인드 처리 완료, 작성자가 이미 삭제한 글: removed, removed, not_found; the rest promised later",
     date="Mon, 09 Sep 2024 10:03:27 +0900", from_="admin@dalbit.kr", name_from="달빛 운영팀",
     subject="Re: [KCSC-240906-03] 불법정보 삭제 요청", reply_to_req=mid("KCSC-240906-03"),
     body=f"""
안녕하세요, 달빛 커뮤니티 운영팀입니다.
요청하신 게시물에 대한 처리 결과를 알려드립니다.

1) {D1} → 삭제 완료
2) {D2} → 블라인드 처리 완료
3) {D3} → 작성자가 이미 삭제한 글입니다.

나머지 건은 확인 후 다시 회신드리겠습니다.
감사합니다.
""",
     items={D1: "removed", D2: "removed", D3: "not_found"})

case(name="dalbit-particles-angle-brackets", outcome="applied", classification="confirmation",
     imitates="forum admin's informal Korean reply, raw Korean URL in angle brackets and a particle glued to a URL",
     why="member page: 이용정지 + 작성글 전체 비공개 처리 (removed); market post '...7731은' not deleted, no policy breach (rejected)",
     date="Tue, 10 Sep 2024 21:48:05 +0900", from_="admin@dalbit.kr", name_from="달빛 운영자",
     subject="Re: [KCSC-240906-03] 불법정보 삭제 요청", reply_to_req=mid("KCSC-240906-03"),
     body=f"""
안녕하세요. 달빛 운영자입니다.

<{D5_RAW}> 회원은 이용정지했고, 작성글은 모두 비공개 처리했습니다.
{D4}은 일반 중고거래 글이라 운영정책 위반 사항이 없어 삭제하지 않았습니다.

문의사항 있으시면 회신 주세요.
""",
     items={D5: "removed", D4: "rejected"})

case(name="dalbit-one-liner-gmail-quote", outcome="applied", classification="confirmation",
     imitates="one-line Korean reply above a Korean Gmail quote header ('... 작성:')",
     why="'https://dalbit.kr/board/free/88240 지웠어요~' is an informal but plain statement of deletion",
     date="Fri, 06 Sep 2024 16:20:44 +0900", from_="admin@dalbit.kr", name_from="운영자",
     subject="Re: [KCSC-240906-03] 불법정보 삭제 요청", reply_to_req=mid("KCSC-240906-03"),
     body=f"""
{D2} 지웠어요~ 확인 부탁드려요

{quoted("KCSC-240906-03", "2024년 9월 6일 (금) 오후 2:30, KCSC Takedown <takedown@kcsc.example>님이 작성:")}
""",
     items={D2: "removed"})

case(name="dalbit-temporary-measure", outcome="applied", classification="confirmation",
     imitates="Korean 권리침해 신고센터 임시조치 notice (정보통신망법 제44조의2, 30일)",
     why="임시조치 for 30 days is a restriction; the sentence about deletion after the period is conditional",
     date="Mon, 09 Sep 2024 13:00:00 +0900", from_="report@dalbit.kr", name_from="달빛 권리침해 신고센터",
     subject="[달빛] 게시물 임시조치 안내 (KCSC-240906-03)", reply_to_req=mid("KCSC-240906-03"),
     body=f"""
달빛 커뮤니티 권리침해 신고센터입니다.

신고하신 게시물 {D1} 에 대하여 정보통신망법 제44조의2에 따라
30일간 임시조치하였습니다.

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 삭제됩니다.

※ 본 메일은 발신 전용입니다. 문의는 https://dalbit.kr/help 를 이용해 주세요.
""",
     items={D1: "restricted"})

HTML_DALBIT = f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240906-03)하신 건에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{D1}</td><td>삭제</td><td>2024-09-09</td></tr>
<tr><td>2</td><td>{D3}</td><td>게시물 없음(작성자 자진삭제)</td><td>-</td></tr>
<tr><td>3</td><td>{D4}</td><td>미조치(운영정책 위반 아님)</td><td>-</td></tr>
<tr><td>4</td><td>{D5}</td><td>비공개 처리</td><td>2024-09-09</td></tr>
</table>
<p>달빛 커뮤니티 운영팀 드림</p>
</body></html>
"""
case(name="dalbit-kcsc-result-table", outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 회신 table (번호/URL/조치결과/조치일자) in base64 HTML",
     why="삭제 (removed), 게시물 없음 (not_found), 미조치 with reason (rejected), 비공개 처리 (removed)",
     date="Tue, 10 Sep 2024 09:15:00 +0900", from_="admin@dalbit.kr", name_from="달빛 운영팀",
     subject="[달빛] 시정요구 조치결과 회신 (KCSC-240906-03)",
     raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HTML_DALBIT)}
""",
     items={D1: "removed", D3: "not_found", D4: "rejected", D5: "removed"})

case(name="dalbit-korean-promise", outcome="review", review="not_understood",
     imitates="Korean operator promising action after internal review (조치할 예정입니다)",
     why="'내부 검토 후 이번 주 중으로 조치할 예정입니다' is a promise about the two named posts",
     date="Mon, 09 Sep 2024 11:11:11 +0900", from_="admin@dalbit.kr", name_from="달빛 운영팀",
     subject="Re: [KCSC-240906-03] 불법정보 삭제 요청", reply_to_req=mid("KCSC-240906-03"),
     body=f"""
안녕하세요, 달빛입니다.

{D3}
{D4}

위 두 게시물은 내부 검토 후 이번 주 중으로 조치할 예정입니다.
결과는 다시 알려드리겠습니다.
""",
     items=pend([D3, D4]))

case(name="dalbit-asks-legal-basis", outcome="review", review="asks_more", classification="request_for_info",
     imitates="Korean operator asking for the legal provision and the decision document before acting",
     why="asks which law the post breaches and for a copy of the decision; nothing is done yet",
     date="Sat, 07 Sep 2024 10:40:19 +0900", from_="admin@dalbit.kr", name_from="달빛 운영팀",
     subject="Re: [KCSC-240906-03] 불법정보 삭제 요청", reply_to_req=mid("KCSC-240906-03"),
     body=f"""
안녕하세요. 달빛 운영팀입니다.

{D1} 게시물과 관련하여, 어떤 법령 조항에 위반되는지와 심의 의결서 사본을
보내주시면 검토 후 조치하겠습니다.

감사합니다.
""",
     items=pend([D1]))

case(name="dalbit-chuseok-away", outcome="ignored", classification="auto_reply",
     imitates="Korean 부재중 자동응답 during the Chuseok holiday",
     why="automatic holiday notice from a staff member",
     date="Fri, 13 Sep 2024 09:00:05 +0900", from_="jiwon@dalbit.kr", name_from="김지원",
     subject="[자동응답] 부재중입니다: Re: [KCSC-240906-03] 불법정보 삭제 요청",
     reply_to_req=mid("KCSC-240906-03"), extra_headers=["X-Autoreply: yes"],
     body="""
안녕하세요. 김지원입니다.
9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 자리를 비웁니다.
회신이 늦어질 수 있으며, 급한 건은 admin@dalbit.kr 로 보내주세요.
""")

# ======================= moaboard (KCSC-240909-04, 3 items)

case(name="moa-janitor-dash-list", outcome="applied", classification="confirmation",
     imitates="image-board janitor's terse reply, 'URL - status' per line",
     why="deleted, deleted, 'already 404'd, thread got pruned' (not_found)",
     date="Mon, 09 Sep 2024 23:58:12 +0900", from_="janitor@moaboard.net", name_from="moa janitor",
     subject="Re: KCSC-240909-04", reply_to_req=mid("KCSC-240909-04"),
     body=f"""
{M1} - deleted, IP banned
{M2} - deleted
{M3} - already 404'd, thread got pruned off the last page before I saw it

-j
""",
     items={M1: "removed", M2: "removed", M3: "not_found"})

case(name="moa-url-mid-sentence", outcome="applied", classification="confirmation",
     imitates="volunteer moderator's lowercase reply with the URL on its own line inside a sentence",
     why="'the thread at / URL / was removed by a global volunteer'; the other two are said to be still up, unnamed",
     date="Tue, 10 Sep 2024 02:14:50 +0900", from_="mods@moaboard.net", name_from="moaboard mods",
     subject="Re: KCSC-240909-04", reply_to_req=mid("KCSC-240909-04"),
     body=f"""
hey,

the thread at
{M2}
was removed by a global volunteer last night and the poster is banned for
30 days.

the other two are still up, mods are arguing about them.
""",
     items={M2: "removed", M1: "pending", M3: "pending"})

case(name="moa-stays-up", outcome="applied", classification="confirmation",
     imitates="image-board staff declining removal (no rule broken)",
     why="'nothing there breaks our rules ... so it stays up': rejected",
     date="Wed, 11 Sep 2024 19:30:00 +0900", from_="staff@moaboard.net", name_from="moaboard staff",
     subject="Re: KCSC-240909-04", reply_to_req=mid("KCSC-240909-04"),
     body=f"""
We looked at {M3}. It's a drawing thread with
original art, nothing there breaks our rules or the law where we operate, so
it stays up.

- moaboard staff
""",
     items={M3: "rejected"})

TXT_MOA = f"""Hello,

Thread No.55102 ({M1}) was deleted by staff on 11 Sep.

Thread No.55187 ({M2}) is now hidden from visitors in South Korea by our region filter. It remains visible elsewhere.

moaboard admin team
"""
HTML_MOA = f"""<html><body><p>Hello,</p>
<p>Thread No.55102 (<a href="{M1}">{M1}</a>) was deleted by staff on 11 Sep.</p>
<p>Thread No.55187 (<a href="{M2}">{M2}</a>) is now hidden from visitors in South Korea by our region filter. It remains visible elsewhere.</p>
<p>moaboard admin team</p></body></html>
"""
case(name="moa-qp-alternative", outcome="applied", classification="confirmation",
     imitates="admin reply as multipart/alternative, both parts quoted-printable with soft line breaks",
     why="one thread deleted (removed), the other hidden from visitors in South Korea only (restricted); URLs in parentheses",
     date="Wed, 11 Sep 2024 12:12:12 +0900", from_="admin@moaboard.net", name_from="moaboard admin",
     subject="Re: KCSC-240909-04 threads", reply_to_req=mid("KCSC-240909-04"),
     raw_mime=f"""
Content-Type: multipart/alternative; boundary="moa-alt-55"

--moa-alt-55
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(TXT_MOA)}
--moa-alt-55
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HTML_MOA)}
--moa-alt-55--
""",
     items={M1: "removed", M2: "restricted"})

case(name="moa-mod-from-gmail", outcome="review", review="unknown_sender",
     imitates="volunteer moderator answering from a personal webmail address",
     why="from gmail.com, not a moaboard.net sender: its 'deleted' cannot be applied",
     date="Tue, 10 Sep 2024 08:33:21 +0900", from_="moa.volunteer.kr@gmail.com", name_from="moa mod",
     subject="Re: KCSC-240909-04", reply_to_req=mid("KCSC-240909-04"),
     body=f"""
hi, i'm one of the mods on moaboard. deleted {M1} for you.
admin doesnt check the abuse inbox much so you can write to me directly.
""",
     items=pend([M1]))

case(name="moa-mailbox-full-dsn", outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (mailbox full) returning the original request",
     why="DSN: the request could not be delivered; the returned request lists the URLs",
     date="Mon, 09 Sep 2024 09:30:09 +0900", from_="MAILER-DAEMON@mx1.moaboard.net",
     name_from="Mail Delivery System", subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-moa-0909"

--dsn-moa-0909
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.moaboard.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse@moaboard.net>: mailbox full, quota exceeded

--dsn-moa-0909
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.moaboard.net
Arrival-Date: Mon,  9 Sep 2024 09:30:05 +0900 (KST)

Final-Recipient: rfc822; abuse@moaboard.net
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; mailbox full, quota exceeded

--dsn-moa-0909
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@moaboard.net
Subject: [KCSC-240909-04] Request for removal of illegal content
Message-ID: <{mid("KCSC-240909-04")}@kcsc.example>
Date: Mon, 09 Sep 2024 09:30:00 +0900
Content-Type: text/plain; charset=utf-8

""" + "\n".join(request_text("KCSC-240909-04")) + """

--dsn-moa-0909--
""")

# ======================= Velox CDN (KCSC-240910-05, 2 items)

case(name="velox-edge-storage-purged", outcome="applied", classification="confirmation",
     imitates="CDN trust-and-safety reply about content it hosts itself (edge object storage)",
     why="both objects named in a bulleted list under 'We have deleted the following objects ... and purged them'",
     date="Wed, 11 Sep 2024 16:07:43 +0900", from_="trust@veloxcdn.net", name_from="Velox Trust & Safety",
     subject="Re: KCSC-240910-05 - Velox Edge Storage content", reply_to_req=mid("KCSC-240910-05"),
     body=f"""
Hello,

Unlike most reports we receive, these two objects were stored on Velox Edge
Storage (our hosted object storage) rather than just passing through our
proxy, so we were able to act on them directly.

We have deleted the following objects from origin storage and purged them
from every edge location:

  * {V1}
  * {V2}

The customer (account 88120) has been notified under our Acceptable Use
Policy.

Velox Trust & Safety - https://veloxcdn.net/trust
""",
     items={V1: "removed", V2: "removed"})

case(name="velox-geoblock-and-404", outcome="applied", classification="confirmation",
     imitates="CDN update with a per-URL bullet: blocked at the edge for Korean IPs (HTTP 451), object not found",
     why="'access from Korean IP addresses is now blocked' (restricted); 'we cannot find this object' (not_found)",
     date="Thu, 12 Sep 2024 10:26:19 +0900", from_="trust@veloxcdn.net", name_from="Velox Trust & Safety",
     subject="Re: KCSC-240910-05", reply_to_req=mid("KCSC-240910-05"),
     body=f"""
Hi,

Update on KCSC-240910-05:

- {V1}: access from Korean IP addresses is now blocked at the
  edge (HTTP 451). It is still served normally elsewhere.
- {V2}: we cannot find this object in the customer's
  bucket; the path returns 404 at origin.

Velox Trust & Safety
""",
     items={V1: "restricted", V2: "not_found"})

case(name="velox-passthrough-no-claims", outcome="review", review="no_claims",
     imitates="CDN 'we do not host this content, complaint forwarded to the host' reply",
     why="trusted Velox mail naming no URL and no request, outside any thread: nothing to match",
     date="Thu, 12 Sep 2024 18:44:00 +0900", from_="abuse@veloxcdn.net", name_from="Velox Abuse",
     subject="Your abuse report",
     body="""
Hello,

Velox acts only as a pass-through CDN for the website you reported and does
not store its content, so we cannot remove it from the Internet.

We have forwarded your complaint to the website operator and to its hosting
provider, Orbitnet Ltd (abuse@orbitnet.example), who are best placed to act
on it.

Velox Abuse
https://veloxcdn.net/abuse
""")

# ======================= Gaon Domains (KCSC-240911-06, 1 item)

case(name="gaon-client-hold", outcome="applied", classification="confirmation",
     imitates="Korean registrar abuse-team notice of a registrar hold (clientHold)",
     why="the domain is put on clientHold and no longer resolves: the site is unavailable everywhere (removed)",
     date="Thu, 12 Sep 2024 14:32:00 +0900", from_="abuse@gaondomains.co.kr", name_from="가온도메인 어뷰즈 대응팀",
     subject="Re: KCSC-240911-06 도메인 이용 중지 요청", reply_to_req=mid("KCSC-240911-06"),
     body="""
안녕하세요, 가온도메인 어뷰즈 대응팀입니다.

요청하신 도메인 toto-jackpot.kr 에 대해 2024년 9월 12일 14시부로 등록기관
보류(clientHold) 조치를 적용하였습니다. 현재 해당 도메인은 네임서버 위임이
해제되어 어디에서도 접속되지 않습니다.

감사합니다.
가온도메인 드림
""",
     items={G1: "removed"})

case(name="gaon-registrant-deadline", outcome="review", review="not_understood",
     imitates="registrar notice that the registrant has been given time to respond before suspension",
     why="'if they do not, the domain will be suspended': a condition and a promise, nothing done",
     date="Wed, 11 Sep 2024 18:20:45 +0900", from_="abuse@gaondomains.co.kr", name_from="Gaon Domains Abuse",
     subject="Re: KCSC-240911-06", reply_to_req=mid("KCSC-240911-06"),
     body="""
Dear KCSC,

We have notified the registrant of toto-jackpot.kr about your complaint.
Under our registration agreement they have 7 days to respond; if they do
not, the domain will be suspended. We will inform you of the result.

Gaon Domains Abuse Team
""",
     items=pend([G1]))

case(name="gaon-user-unknown-dsn", outcome="ignored", classification="bounce",
     imitates="delivery failure notice: 550 5.1.1 user unknown",
     why="DSN for a wrong recipient address at the registrar",
     date="Wed, 11 Sep 2024 16:00:04 +0900", from_="MAILER-DAEMON@mail.gaondomains.co.kr",
     name_from="Mail Delivery Subsystem", subject="Delivery Status Notification (Failure)",
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-gaon-11"

--dsn-gaon-11
Content-Type: text/plain; charset=utf-8

Your message to abuse-kr@gaondomains.co.kr could not be delivered.
The recipient address does not exist at this domain.

--dsn-gaon-11
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.gaondomains.co.kr

Final-Recipient: rfc822; abuse-kr@gaondomains.co.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse-kr@gaondomains.co.kr>: Recipient address rejected: User unknown

--dsn-gaon-11
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@gaondomains.co.kr
Subject: [KCSC-240911-06] Request for suspension of a domain
Message-ID: <{mid("KCSC-240911-06")}@kcsc.example>
Date: Wed, 11 Sep 2024 16:00:00 +0900

--dsn-gaon-11--
""")


# ---------------------------------------------------------------- write
def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


HEADER = """# Blind set 289 (hosting providers, CDN, registrar, forum, image board,
# file host; informal replies, CSV attachments and plain-text tables).
# Written by tests/corpus/blind289/make.py; expected results come from each
# email's meaning alone, written before the reader was run on any of them.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        # Non-ASCII display names and subjects travel RFC 2047-encoded, as
        # real mail clients send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, "blind289", HEADER, CASES)


if __name__ == "__main__":
    main()
