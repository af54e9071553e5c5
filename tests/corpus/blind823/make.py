#!/usr/bin/env python3
"""Blind set 823: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering (often informally), plus
CSV attachments and plain-text tables.

    python3 tests/corpus/blind823/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Expected
results were written from each email's meaning alone, before any run of the
reader. All names, domains, ids and URLs are fictional.
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

SET = "blind823"

# ---------------------------------------------------------------- requests
K1 = "https://hanbit-deals.net/products/replica-watch-0912"
K2 = "https://hanbit-deals.net/products/replica-bag-4471"
K3 = "https://coinmaru-invest.com/signup?ref=kk21"
K4 = "https://coinmaru-invest.com/wallet/login"
K5 = "https://yeoul-pharm.shop/item/3320"
K6 = "https://yeoul-pharm.shop/item/3321"
K7 = "https://yeoul-pharm.shop/item/3322"
K8 = "http://198.51.100.77/~dalbit/index.html"
K9 = "https://blog.sora-note.kr/2024/08/leaked-photos"
K10 = "https://sora-note.kr/gallery/view.php?no=5512"
K11 = "https://mokpo-casino7.com/"
K12 = "https://mokpo-casino7.com/event/bonus.html"
KUMO = [K1, K2, K3, K4, K5, K6, K7, K8, K9, K10, K11, K12]

E1 = "https://bet-haneul.com/"
E2 = "https://bet-haneul.com/live/odds"
E3 = "https://toto-ppang.net/join"

N1 = "http://fake-kbank-login.com/"
N2 = "https://nh-secure-verify.net/auth"

D1 = "https://dalmaru.co.kr/board/free/88213"
D2 = "https://dalmaru.co.kr/board/free/88240"
D3 = "https://dalmaru.co.kr/board/humor/10452"
D4 = "https://dalmaru.co.kr/board/free/88301?cmt=4412"
D5_RAW = "https://dalmaru.co.kr/tag/유출사진"
D5 = "https://dalmaru.co.kr" + quote("/tag/유출사진")  # as stored in requests.csv

P1 = "https://pixchan.org/b/res/774120.html"
P2 = "https://pixchan.org/b/res/774188.html#p774190"
P3 = "https://i.pixchan.org/src/1725411203551.jpg"
P4 = "https://pixchan.org/kr/res/20931.html"

F1 = "https://parcelbox.io/f/Qm7xT2aa"
F2 = "https://parcelbox.io/f/Zp44kLw9"
F3 = "https://dl.parcelbox.io/f/Hh81nNc0/archive.zip"

T1 = "https://notepost.me/r/8fk2Lq"

REQUESTS = [
    ("KCSC-240902-01", "kumohost", "2024-09-02T10:04:00+09:00", "2024-09-09T18:00:00+09:00",
     "req.240902-01", [
         (K1, "counterfeit"), (K2, "counterfeit"), (K3, "phishing"), (K4, "phishing"),
         (K5, "drugs"), (K6, "drugs"), (K7, "drugs"), (K8, "obscene"),
         (K9, "privacy"), (K10, "privacy"), (K11, "gambling"), (K12, "gambling")]),
    ("KCSC-240903-02", "edgeveil", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "req.240903-02", [(E1, "gambling"), (E2, "gambling"), (E3, "gambling")]),
    ("KCSC-240904-03", "namebarn", "2024-09-04T09:20:00+09:00", "2024-09-11T18:00:00+09:00",
     "req.240904-03", [(N1, "phishing"), (N2, "phishing")]),
    ("KCSC-240905-04", "dalmaru", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "req.240905-04", [(D1, "privacy"), (D2, "privacy"), (D3, "defamation"),
                       (D4, "privacy"), (D5, "privacy")]),
    ("KCSC-240906-05", "pixchan", "2024-09-06T10:10:00+09:00", "2024-09-13T18:00:00+09:00",
     "req.240906-05", [(P1, "obscene"), (P2, "obscene"), (P3, "obscene"), (P4, "obscene")]),
    ("KCSC-240909-06", "parcelbox", "2024-09-09T15:45:00+09:00", "2024-09-16T18:00:00+09:00",
     "req.240909-06", [(F1, "copyright"), (F2, "obscene"), (F3, "obscene")]),
    ("KCSC-240910-07", "notepost", "2024-09-10T09:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "req.240910-07", [(T1, "privacy")]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, mid, items in REQUESTS:
        for url, cat in items:
            w.writerow([ref, plat, sent, due, url, cat, f"<{mid}@kcsc.example>",
                        f"blind823 {plat}"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def h(s):
    """RFC 2047-encode a header value that holds non-ASCII text."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted_request(ref, who, urls, prefix="> "):
    lines = [f"Dear {who},", "",
             "Under Article 21-4 of the Act on the Establishment and Operation of the",
             "Korea Communications Commission, we request the removal of the following",
             f"URLs (reference {ref}):", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please tell us the action taken for each URL within seven days.", "",
              "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


SUBJ = {
    "KCSC-240902-01": "[KCSC-240902-01] Request to remove unlawful content",
    "KCSC-240903-02": "[KCSC-240903-02] Request to remove unlawful content",
    "KCSC-240904-03": "[KCSC-240904-03] Request to act on phishing domains",
    "KCSC-240905-04": "[KCSC-240905-04] 불법정보 삭제 요청",
    "KCSC-240906-05": "[KCSC-240906-05] Request to remove unlawful content",
    "KCSC-240909-06": "[KCSC-240909-06] Request to remove unlawful content",
    "KCSC-240910-07": "[KCSC-240910-07] Request to remove unlawful content",
}


def re_(ref):
    return h("Re: " + SUBJ[ref])


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ Kumo Hosting
case(
    name="kumo-abuse-desk-numbered-mixed",
    **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    date="Wed, 04 Sep 2024 16:12:40 +0900", subject=re_("KCSC-240902-01"),
    reply_to_req="req.240902-01",
    body=f"""
Hello,

Thank you for your report. Our abuse team has looked at the URLs below and
the outcome for each one is as follows.

1. {K3}
   The customer's hosting account was suspended for phishing. The page is
   offline.

2. {K4}
   Same customer account, suspended, offline.

3. {K11}
   We could not find this site on our network. The domain does not point to
   any of our servers and we have no customer under that name.

4. {K9}
   Our customer deleted the post after receiving our notice.

For how we handle abuse see our Acceptable Use Policy:
https://www.kumohost.net/legal/aup

Regards,
Minjae Seo
Abuse Desk | Kumo Hosting
Ticket KH-558120
""",
    outcome="applied",
    imitates="hosting-provider abuse desk reply with a numbered per-URL outcome (WHMCS-style ticket footer)",
    why="four named URLs, each with its own unhedged outcome; the AUP link is not an item",
    items={K3: "removed", K4: "removed", K11: "not_found", K9: "removed"},
)

case(
    name="kumo-ticket-receipt",
    **{"from": "noreply@kumohost.net"}, name_from="Kumo Hosting Support",
    date="Mon, 02 Sep 2024 10:05:13 +0900",
    subject="[Ticket KH-558120] Abuse report received: KCSC-240902-01",
    reply_to_req="req.240902-01",
    extra_headers=["Auto-Submitted: auto-generated", "X-Ticket-ID: KH-558120"],
    body="""
This is an automated confirmation.

We have received your abuse report and opened ticket KH-558120 in the Abuse
department. Reports are handled in the order they arrive, normally within two
business days.

If you write to us again about this matter, keep [Ticket KH-558120] in the
subject line so that your message is added to the same ticket.

Follow the ticket: https://support.kumohost.net/tickets/KH-558120

Kumo Hosting Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk (WHMCS/osTicket) new-ticket autoresponse",
    why="pure receipt: ticket opened, nothing said about any item",
    items={},
)

case(
    name="kumo-forwarded-to-customer",
    **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    date="Tue, 03 Sep 2024 11:40:02 +0900", subject=re_("KCSC-240902-01"),
    reply_to_req="req.240902-01",
    body=f"""
Hi,

We have passed your complaint (KCSC-240902-01) on to the customer who runs
yeoul-pharm.shop and asked them to take these pages down within 48 hours:

{K5}
{K6}
{K7}

If they do not act in time we will suspend the service. We'll keep you posted.

--
Kumo Hosting Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="host forwarding a complaint to its customer with a deadline (abuse-ticket policy pages)",
    why="only a forward and a conditional promise; nothing has happened to the pages yet",
    items={K5: "pending", K6: "pending", K7: "pending"},
)

CSV_KUMO = "\n".join([
    "url,action_taken,status,checked_at",
    f"{K1},hosting account suspended,removed,2024-09-05 14:02",
    f"{K2},hosting account suspended,removed,2024-09-05 14:02",
    f"{K3},hosting account suspended,removed,2024-09-04 15:51",
    f"{K4},hosting account suspended,removed,2024-09-04 15:51",
    f"{K5},page deleted by customer,removed,2024-09-05 09:30",
    f"{K6},page deleted by customer,removed,2024-09-05 09:30",
    f"{K7},waiting for customer (48h notice),open,",
    f"{K8},IP null-routed,removed,2024-09-05 18:20",
    f"{K9},no AUP violation found - no action,no action,2024-09-05 11:00",
    f"{K10},page returns 404 - no such article,not found,2024-09-05 11:02",
    f"{K11},domain not hosted by Kumo,not found,2024-09-04 15:55",
    f"{K12},domain not hosted by Kumo,not found,2024-09-04 15:55",
]) + "\n"

case(
    name="kumo-csv-outcome-sheet",
    **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    date="Thu, 05 Sep 2024 19:03:55 +0900", subject=re_("KCSC-240902-01"),
    reply_to_req="req.240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_kumo_csv_01"

This is a multi-part message in MIME format.

--=_kumo_csv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome sheet for your request KCSC-240902-01
(12 URLs). The row marked "open" is still with the customer; we will update
you on it separately.

Regards,
Ara Kwon
Kumo Hosting Abuse Desk

--=_kumo_csv_01
Content-Type: text/csv; charset=utf-8; name="KH-558120-outcome.csv"
Content-Disposition: attachment; filename="KH-558120-outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_KUMO)}
--=_kumo_csv_01--
""",
    outcome="applied",
    imitates="abuse desk sending a per-URL outcome spreadsheet (CSV export of a ticket)",
    why="CSV rows give a status per URL: suspended/deleted=removed, 'no action, no violation'=rejected, 404=not_found, 'not hosted by Kumo'=not_found, 'open'=pending",
    items={K1: "removed", K2: "removed", K3: "removed", K4: "removed", K5: "removed",
           K6: "removed", K7: "pending", K8: "removed", K9: "rejected", K10: "not_found",
           K11: "not_found", K12: "not_found"},
)

case(
    name="kumo-noc-bare-urls-status-below",
    **{"from": "jh.lim@kumohost.net"}, name_from="JH Lim",
    date="Wed, 04 Sep 2024 23:48:09 +0900", subject=re_("KCSC-240902-01"),
    reply_to_req="req.240902-01",
    body=f"""
hi,

{K11}
suspended

{K12}
suspended, whole account

{K10}
not on our servers anymore - the customer deleted that gallery entry
themselves before we looked

--
jh / kumo noc
""",
    outcome="applied",
    imitates="night-shift NOC engineer answering an abuse ticket in a few words",
    why="bare URL with its status on the next line; a gallery entry deleted by its own owner before action is not_found",
    items={K11: "removed", K12: "removed", K10: "not_found"},
)

case(
    name="kumo-top-posted-over-quoted-request",
    **{"from": "ara.kwon@kumohost.net"}, name_from="Ara Kwon",
    date="Thu, 05 Sep 2024 09:41:27 +0900", subject=re_("KCSC-240902-01"),
    reply_to_req="req.240902-01",
    body=f"""
Hello KCSC team,

The three yeoul-pharm.shop pages you listed have been taken down by our
customer after our warning:
{K5}
{K6}
{K7}

We will come back to you about the rest separately.

Best,
Ara Kwon
Kumo Hosting Abuse Desk

On Mon, 2 Sep 2024 at 10:04, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240902-01", "Kumo Hosting", KUMO)}
""",
    outcome="applied",
    imitates="Gmail top-posted reply over the quoted request",
    why="three pages stated taken down above the quote; the quoted list changes nothing",
    items={K5: "removed", K6: "removed", K7: "removed", K1: "pending", K8: "pending",
           K12: "pending"},
)

case(
    name="kumo-hedge-appears-offline",
    **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    date="Wed, 04 Sep 2024 10:15:44 +0900", subject=re_("KCSC-240902-01"),
    reply_to_req="req.240902-01",
    body=f"""
Hi,

About {K1} and
{K2}: the shop appears to have been
taken offline by its owner, but we have not been able to confirm this on our
side yet. We will update the ticket once the customer replies.

Kumo Hosting Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="abuse desk interim update with an unconfirmed observation",
    why="'appears to have been taken offline ... not able to confirm' is a hedge, not a statement",
    items={K1: "pending", K2: "pending"},
)

case(
    name="kumo-bulk-all-removed",
    **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    date="Fri, 06 Sep 2024 17:30:00 +0900",
    subject="[Ticket KH-558120] Closed - KCSC-240902-01",
    reply_to_req="req.240902-01",
    body="""
Dear Sir or Madam,

Re: your request KCSC-240902-01

We have completed our review. All of the content you reported has been
removed from our network and the customer accounts concerned have been
terminated. Ticket KH-558120 is now closed.

If you believe this ticket was closed in error, reply to this email and it
will be reopened.

Kumo Hosting Abuse Desk
""",
    outcome="review", review="bulk",
    imitates="ticket-closed notice with a blanket resolution line",
    why="one sentence about all content of a 12-item request, no item named",
    items={u: "pending" for u in KUMO},
)

case(
    name="kumo-auth-fail-deleted",
    **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    auth="fail",
    date="Thu, 05 Sep 2024 02:13:51 +0900", subject=re_("KCSC-240902-01"),
    reply_to_req="req.240902-01",
    body=f"""
Hello,

The following pages have been deleted:

{K1}
{K2}

Kumo Hosting abuse team
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk confirmation, arriving with failed DKIM/SPF/DMARC",
    why="platform domain but authentication failed",
    items={K1: "pending", K2: "pending"},
)

case(
    name="kumo-out-of-office",
    **{"from": "minjae.seo@kumohost.net"}, name_from="Minjae Seo",
    date="Mon, 02 Sep 2024 10:04:51 +0900",
    subject="Automatic reply: " + SUBJ["KCSC-240902-01"],
    reply_to_req="req.240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday 16 September with limited access to
email. Abuse reports should go to abuse@kumohost.net, which is read every
day.

Minjae
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office reply",
    items={},
)

case(
    name="kumo-rejected-and-missing",
    **{"from": "trust@kumohost.net"}, name_from="Kumo Hosting Trust & Safety",
    date="Fri, 06 Sep 2024 13:22:18 +0900", subject=re_("KCSC-240902-01"),
    reply_to_req="req.240902-01",
    body=f"""
Hello,

We looked at the two sora-note pages in your request KCSC-240902-01.

- {K9} : the post is commentary with
  blurred images. In our view it does not breach our Acceptable Use Policy or
  any law we are aware of, so we are not taking action on it. If you obtain a
  court order we will of course comply.

- {K10} : this link only shows "no such
  article"; the gallery entry does not exist.

Regards,
Kumo Hosting Trust & Safety
""",
    outcome="applied",
    imitates="host trust-and-safety refusal with its reason, plus a dead link",
    why="a reasoned refusal (rejected) and a link that does not exist (not_found)",
    items={K9: "rejected", K10: "not_found"},
)

case(
    name="kumo-outlook-null-routed",
    **{"from": "hyun.oh@kumohost.net"}, name_from="Hyun Oh",
    date="Thu, 05 Sep 2024 18:27:03 +0900", subject=h("RE: " + SUBJ["KCSC-240902-01"]),
    reply_to_req="req.240902-01",
    body=f"""
Hello,

The server at 198.51.100.77 was a VPS rented by a customer who did not answer
our notice. We have null-routed the address, so
{K8} is no longer reachable from anywhere.
The VPS itself will be terminated at the end of the month.

Kind regards
Hyun Oh
Network Operations, Kumo Hosting

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:04 AM
To: abuse@kumohost.net
Subject: {SUBJ["KCSC-240902-01"]}

{quoted_request("KCSC-240902-01", "Kumo Hosting", KUMO, prefix="")}
""",
    outcome="applied",
    imitates="Outlook reply with unprefixed '-----Original Message-----' quote; null-route notice",
    why="null-routed, unreachable from anywhere = removed; the unprefixed quoted request below the separator changes nothing",
    items={K8: "removed", K3: "pending", K11: "pending"},
)

case(
    name="kumo-gmail-quote-suspended",
    **{"from": "support@kumohost.net"}, name_from="Kumo Hosting Support",
    date="Tue, 03 Sep 2024 15:02:36 +0900", subject=re_("KCSC-240902-01"),
    reply_to_req="req.240902-01",
    body=f"""
Suspended the customer account this morning, these pages are offline now:
{K1}
{K2}

Sent from Kumo Hosting support

On Tue, Sep 3, 2024 at 9:15 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Hello again,
>
> A reminder about our request KCSC-240902-01. These pages are still online:
> {K1}
> {K2}
> {K5}
>
> KCSC Takedown Desk
""",
    outcome="applied",
    imitates="short support reply over a Gmail-quoted reminder",
    why="statement then URLs on the lines below it; the quoted reminder (K5) changes nothing",
    items={K1: "removed", K2: "removed", K5: "pending"},
)

# ================================================================ EdgeVeil (CDN)
case(
    name="edgeveil-not-the-host",
    **{"from": "abuse@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date="Wed, 04 Sep 2024 08:31:10 +0900",
    subject="EdgeVeil abuse report EV-2024-0903-3381 [KCSC-240903-02]",
    reply_to_req="req.240903-02",
    body=f"""
Thank you for your report.

EdgeVeil provides a reverse proxy and content delivery service for the
websites below. We are not the hosting provider for these sites and we are
not able to remove content from servers we do not control.

  {E1}
  {E2}
  {E3}

We have forwarded your complaint to the website operators and to their
hosting providers. The hosting provider for bet-haneul.com is Kumo Hosting
(abuse@kumohost.net); for toto-ppang.net it is Greyfield Networks
(abuse@greyfield.example). You may wish to contact them directly.

How EdgeVeil handles abuse reports: https://www.edgeveil.com/trust/abuse

EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style 'we are a pass-through service, not the host' abuse reply",
    why="no action and no judgement on the content, only a referral to the hosts; not a 'rejected' (nothing said about the rules) nor a status",
    items={E1: "pending", E2: "pending", E3: "pending"},
)

case(
    name="edgeveil-geo-block-korea",
    **{"from": "abuse@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date="Fri, 06 Sep 2024 12:05:49 +0900",
    subject="EdgeVeil abuse report EV-2024-0903-3381 [KCSC-240903-02] - update",
    reply_to_req="req.240903-02",
    body=f"""
Hello,

Following your request KCSC-240903-02 and the order attached to it, we have
blocked access from the Republic of Korea to the following URLs as served
through our network:

 \u2022 {E1}
 \u2022 {E2}

Visitors from other countries are not affected.

Your report about {E3} is still being looked at by our team.

EdgeVeil Trust & Safety
""",
    outcome="applied",
    imitates="CDN country-level block notice (blocked in one jurisdiction)",
    why="blocked for Korea only = restricted; the third URL is still under review",
    items={E1: "restricted", E2: "restricted", E3: "pending"},
)

case(
    name="edgeveil-html-table",
    **{"from": "abuse@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date="Mon, 09 Sep 2024 10:44:21 +0900",
    subject="EdgeVeil abuse report EV-2024-0903-3381 [KCSC-240903-02] - resolved",
    reply_to_req="req.240903-02",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Our review of report <b>EV-2024-0903-3381</b> (your reference KCSC-240903-02) is complete.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{E1}">{E1}</a></td><td>Access disabled</td><td>All regions</td></tr>
<tr><td><a href="{E2}">{E2}</a></td><td>Blocked</td><td>South Korea only</td></tr>
<tr><td><a href="{E3}">{E3}</a></td><td>No action: we found no gambling content behind this login form and no breach of our Terms</td><td>&ndash;</td></tr>
</table>
<p>You can read about our approach at <a href="https://www.edgeveil.com/trust/abuse">edgeveil.com/trust/abuse</a>.</p>
<p>EdgeVeil Trust &amp; Safety</p>
</body></html>
""",
    outcome="applied",
    imitates="CDN abuse-report resolution as an HTML table (action and scope per URL)",
    why="disabled in all regions=removed, blocked in Korea only=restricted, no action with a reason=rejected",
    items={E1: "removed", E2: "restricted", E3: "rejected"},
)

case(
    name="edgeveil-ticket-receipt",
    **{"from": "no-reply@edgeveil.com"}, name_from="EdgeVeil",
    date="Tue, 03 Sep 2024 11:31:40 +0900",
    subject="We received your abuse report EV-2024-0903-3381",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
We have received your abuse report.

Report ID: EV-2024-0903-3381
Category: Illegal gambling
Reported URLs:
  {E1}
  {E2}
  {E3}

Our Trust & Safety team will review your report. You will receive a further
email once it has been processed. Please do not reply to this message.

EdgeVeil
""",
    outcome="ignored", classification="acknowledgement",
    imitates="abuse-form submission receipt echoing the reported URLs",
    why="automatic receipt; the URLs are only the echo of what was submitted, no statement about them",
    items={E1: "pending", E2: "pending", E3: "pending"},
)

case(
    name="kumo-speaks-for-edgeveil-items",
    **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    date="Thu, 05 Sep 2024 14:18:00 +0900",
    subject="Fwd complaint from EdgeVeil: KCSC-240903-02",
    body=f"""
Hello,

EdgeVeil passed us your complaint KCSC-240903-02 because the origin server of
bet-haneul.com is on our network. We have suspended that customer, and
{E1} and {E2} have been
removed from our server.

Kumo Hosting Abuse Desk
""",
    outcome="review", review="wrong_platform",
    imitates="origin host replying to a complaint the CDN forwarded to it",
    why="Kumo states statuses for items of the EdgeVeil request",
    items={E1: "pending", E2: "pending"},
)

# ================================================================ NameBarn (registrar)
case(
    name="namebarn-clienthold-echoed-report",
    **{"from": "abuse@namebarn.com"}, name_from="NameBarn Abuse",
    date="Thu, 05 Sep 2024 07:55:32 +0900",
    subject="NameBarn abuse case NB-ABU-20931 closed [KCSC-240904-03]",
    reply_to_req="req.240904-03",
    body=f"""
NameBarn Abuse Department - case NB-ABU-20931

YOUR REPORT
  Reference:     KCSC-240904-03
  Reported URL:  <{N1}>
  Reported URL:  <{N2}>
  Type:          Phishing

OUR ACTION
  fake-kbank-login.com   registration suspended (clientHold); the domain
                         no longer resolves
  nh-secure-verify.net   registration suspended (clientHold); the domain
                         no longer resolves

The registrants have been told they may contact us if they dispute the
suspension. NameBarn domain abuse policy: https://www.namebarn.com/legal/abuse

NameBarn Abuse Department
""",
    outcome="applied",
    imitates="registrar abuse-case closure echoing the report, action per domain (clientHold)",
    why="each reported URL's whole domain is suspended and no longer resolves: removed (named by domain, the URLs echoed above)",
    items={N1: "removed", N2: "removed"},
)

case(
    name="namebarn-asks-evidence",
    **{"from": "abuse@namebarn.com"}, name_from="NameBarn Abuse",
    date="Wed, 04 Sep 2024 17:12:09 +0900", subject=re_("KCSC-240904-03"),
    reply_to_req="req.240904-03",
    body=f"""
Dear KCSC,

Thank you for writing about nh-secure-verify.net (your ref. KCSC-240904-03,
{N2}).

As a registrar we can act only on abuse of the domain name itself. Before we
can go further, please send us:

  1) screenshots of the phishing page showing the date and time seen;
  2) the name of the bank being impersonated, and whether it has been told;
  3) the legal provision under which you ask for the suspension.

Once we have these we will open an investigation.

NameBarn Abuse Department
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking the complainant for evidence before acting",
    why="asks for evidence; nothing done yet",
    items={N2: "pending"},
)

case(
    name="namebarn-one-done-one-notice",
    **{"from": "t.park@namebarn.com"}, name_from="Taeyang Park",
    date="Fri, 06 Sep 2024 10:20:14 +0900", subject=re_("KCSC-240904-03"),
    reply_to_req="req.240904-03",
    body=f"""
Hi,

fake-kbank-login.com: we have suspended the domain, so
{N1} no longer resolves.

nh-secure-verify.net: we have written to the registrant and given them 48
hours to respond. If we get no satisfactory answer the domain will be
suspended. Until then {N2} stays up.

Taeyang Park
NameBarn Compliance
""",
    outcome="applied",
    imitates="registrar compliance officer's informal two-domain reply",
    why="one domain suspended (removed); the other only has a notice and a conditional promise (pending)",
    items={N1: "removed", N2: "pending"},
)

case(
    name="namebarn-out-of-office",
    **{"from": "compliance@namebarn.com"}, name_from="NameBarn Compliance",
    date="Wed, 04 Sep 2024 09:20:48 +0900",
    subject="Out of Office: " + SUBJ["KCSC-240904-03"],
    reply_to_req="req.240904-03",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for your email. I am on leave until 23 September and will reply
when I am back. For domain abuse please use abuse@namebarn.com.

Best regards,
Taeyang Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office reply",
    why="out-of-office reply",
    items={},
)

# ================================================================ Dalmaru (Korean forum)
KO_FROM = h("달마루 운영팀")

case(
    name="dalmaru-admin-one-line",
    **{"from": "admin@dalmaru.co.kr"}, name_from=h("달마루 운영자"),
    date="Thu, 05 Sep 2024 21:03:11 +0900", subject=re_("KCSC-240905-04"),
    reply_to_req="req.240905-04",
    body=f"""
{D1} 삭제했습니다. 나머지는 확인 중입니다.

달마루 운영자 드림
""",
    outcome="applied",
    imitates="small-forum admin's one-line reply (운영자 삭제)",
    why="one named post deleted; 'the rest are being checked' names nothing",
    items={D1: "removed"},
)

case(
    name="dalmaru-results-with-particles",
    **{"from": "admin@dalmaru.co.kr"}, name_from=KO_FROM,
    date="Fri, 06 Sep 2024 11:30:45 +0900", subject=re_("KCSC-240905-04"),
    reply_to_req="req.240905-04",
    body=f"""
안녕하세요, 달마루 운영팀입니다.
방송통신심의위원회 시정요구(KCSC-240905-04)에 따른 조치 결과를 알려드립니다.

1) {D3}는 블라인드 처리했습니다.
2) {D4}의 댓글은 운영자 권한으로 삭제했습니다.
3) {D2}은 작성자가 이미 삭제하여 게시물이 존재하지 않습니다.

감사합니다.
달마루 운영팀 드림
""",
    outcome="applied",
    imitates="Korean community operator's 시정요구 조치 결과 reply, URLs followed by particles",
    why="블라인드=removed, 운영자 삭제=removed, already deleted by its author=not_found",
    items={D3: "removed", D4: "removed", D2: "not_found"},
)

case(
    name="dalmaru-korean-path-fullwidth",
    **{"from": "admin@dalmaru.co.kr"}, name_from=KO_FROM,
    date="Fri, 06 Sep 2024 15:12:00 +0900", subject=re_("KCSC-240905-04"),
    reply_to_req="req.240905-04",
    body=f"""
안녕하세요.

요청하신 태그 페이지（{D5_RAW}）는 비공개 처리했으며, 해당 태그가 붙은 글도 검색되지 않도록 조치했습니다.
또한 게시글 {D1} 은 게시중단했습니다.

달마루 운영팀
""",
    outcome="applied",
    imitates="Korean operator notice with a raw Korean-path URL in full-width parentheses",
    why="비공개 처리 and 게시중단 both mean removed; the raw Korean path matches its percent-encoded form",
    items={D5: "removed", D1: "removed"},
)

case(
    name="dalmaru-under-review-promise",
    **{"from": "admin@dalmaru.co.kr"}, name_from=KO_FROM,
    date="Fri, 06 Sep 2024 09:02:37 +0900", subject=re_("KCSC-240905-04"),
    reply_to_req="req.240905-04",
    body="""
안녕하세요, 달마루 운영팀입니다.

보내주신 KCSC-240905-04 건은 현재 내부 검토 중이며, 검토가 끝나는 대로
삭제 등 필요한 조치를 하겠습니다. 처리 결과는 이번 주 안에 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean operator 'under review, will act' interim reply",
    why="references the request, only 검토 중 and a promise",
    items={D1: "pending", D2: "pending", D3: "pending", D4: "pending", D5: "pending"},
)

case(
    name="dalmaru-temporary-measure",
    **{"from": "admin@dalmaru.co.kr"}, name_from=KO_FROM,
    date="Mon, 09 Sep 2024 10:48:19 +0900", subject=re_("KCSC-240905-04"),
    reply_to_req="req.240905-04",
    body=f"""
안녕하세요, 달마루 운영팀입니다.

{D2} 게시물에 대해 정보통신망법 제44조의2에 따라
30일간 임시조치(접근 제한)를 하였습니다.
임시조치 기간 중 작성자의 재게시 요청이 없으면 해당 게시물은 삭제됩니다.

달마루 운영팀 드림
""",
    outcome="applied",
    imitates="임시조치 (temporary measure) notice under the Network Act art. 44-2",
    why="임시조치/접근 제한=restricted; the later deletion is conditional",
    items={D2: "restricted"},
)

case(
    name="dalmaru-kept-satire",
    **{"from": "admin@dalmaru.co.kr"}, name_from=KO_FROM,
    date="Tue, 10 Sep 2024 16:40:02 +0900", subject=re_("KCSC-240905-04"),
    reply_to_req="req.240905-04",
    body=f"""
안녕하세요.

{D3} 게시물은 검토 결과 특정인을 겨냥한 비방이 아닌
풍자 목적의 글로, 저희 운영정책이나 관련 법령에 위반되지 않는다고 판단하여
게시를 유지하기로 하였습니다.

운영정책: https://dalmaru.co.kr/policy

달마루 운영팀
""",
    outcome="applied",
    imitates="Korean forum refusal with its reason (게시 유지)",
    why="kept up because it breaks no rule = rejected; the policy link is not an item",
    items={D3: "rejected"},
)

case(
    name="dalmaru-address-change-notice",
    **{"from": "admin@dalmaru.co.kr"}, name_from=KO_FROM,
    date="Wed, 11 Sep 2024 12:00:00 +0900",
    subject=h("[달마루] 신고 전용 메일 주소 변경 안내"),
    body="""
안녕하세요, 달마루 운영팀입니다.

9월 20일부터 권리침해 및 불법정보 신고는 report@dalmaru.co.kr 로 보내주시기
바랍니다. 기존 주소로 보내신 메일도 당분간은 확인합니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="forum operator's notice of a new report address",
    why="trusted platform mail naming no item and no request",
    items={},
)

# ================================================================ pixchan (image board)
case(
    name="pixchan-admin-dash-list",
    **{"from": "admin@pixchan.org"}, name_from="pixchan admin",
    date="Fri, 06 Sep 2024 22:17:30 +0900", subject=re_("KCSC-240906-05"),
    reply_to_req="req.240906-05",
    body=f"""
got it, done.

{P1} - thread deleted
{P2} - post deleted, rest of thread left up

- pix admin
""",
    outcome="applied",
    imitates="image-board admin's terse reply, 'URL - action' lines",
    why="a deleted thread and a deleted post (the requested item is the post)",
    items={P1: "removed", P2: "removed"},
)

case(
    name="pixchan-statement-above-url",
    **{"from": "mod@pixchan.org"}, name_from="pixchan moderation",
    date="Sat, 07 Sep 2024 03:40:11 +0900", subject=re_("KCSC-240906-05"),
    reply_to_req="req.240906-05",
    body=f"""
Deleted and banned the poster:
{P2}

This one isn't ours anymore, the /kr/ board was migrated in August and the
thread didn't survive the move, it doesn't exist:
{P4}
""",
    outcome="applied",
    imitates="volunteer moderator reply with the statement on the line above each URL",
    why="statement then URL below it: deleted=removed; thread that does not exist=not_found",
    items={P2: "removed", P4: "not_found"},
)

case(
    name="pixchan-janitor-gmail",
    **{"from": "nightjanny.pix@gmail.com"}, name_from="night janny",
    date="Sat, 07 Sep 2024 01:05:55 +0900", subject=re_("KCSC-240906-05"),
    body=f"""
hey, I'm one of the volunteer janitors on pixchan, saw your mail in the admin
inbox. I nuked {P1} and the image
{P3}. admin is away this week so
figured I'd tell you myself

night janny
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer moderator answering from a personal webmail address",
    why="claims from a sender outside any platform domain",
    items={P1: "pending", P3: "pending"},
)

case(
    name="pixchan-read-receipt",
    **{"from": "admin@pixchan.org"}, name_from="pixchan admin",
    date="Fri, 06 Sep 2024 10:40:02 +0900",
    subject="Read: " + SUBJ["KCSC-240906-05"],
    reply_to_req="req.240906-05",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="mdn-pix-0906"

--mdn-pix-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

This is a receipt for the mail you sent to admin@pixchan.org at
06/09/2024 10:10.

This receipt verifies that the message has been displayed on the recipient's
computer. There is no guarantee that the content has been read or understood.

--mdn-pix-0906
Content-Type: message/disposition-notification

Reporting-UA: mail.pixchan.org; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@pixchan.org
Original-Message-ID: <req.240906-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-pix-0906--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (RFC 8098 MDN)",
    why="read receipt",
    items={},
)

case(
    name="pixchan-already-gone-wrapped",
    **{"from": "admin@pixchan.org"}, name_from="pixchan admin",
    date="Sun, 08 Sep 2024 14:22:48 +0900", subject=re_("KCSC-240906-05"),
    reply_to_req="req.240906-05",
    body=f"""
Both of the remaining links were dead before your report reached us. The image
<{P3}> was deleted by the person who
posted it on 5 Sept, and the thread <{P4}>
fell off the last page of /kr/ and was pruned automatically, so it no longer
exists. Nothing left for us to do on these.

- pix admin
""",
    outcome="applied",
    imitates="image-board admin prose reply, URLs in angle brackets inside wrapped lines",
    why="deleted by its poster before action and pruned/no longer exists: both not_found",
    items={P3: "not_found", P4: "not_found"},
)

case(
    name="pixchan-plain-text-table",
    **{"from": "admin@pixchan.org"}, name_from="pixchan admin",
    date="Mon, 09 Sep 2024 20:10:05 +0900", subject=re_("KCSC-240906-05"),
    reply_to_req="req.240906-05",
    body=f"""
Here is where everything from KCSC-240906-05 stands:

URL                                            | action          | note
-----------------------------------------------+-----------------+------------------
{P1:<47}| deleted         | poster banned 30d
{P2:<47}| 18+ gate        | hidden behind age check
{P3:<47}| deleted         | hash banned
{P4:<47}| not found       | no such thread

- pix admin
""",
    outcome="applied",
    imitates="plain-text fixed-width table typed by an admin",
    why="deleted=removed, behind an 18+ age gate=restricted, not found=not_found",
    items={P1: "removed", P2: "restricted", P3: "removed", P4: "not_found"},
)

# ================================================================ ParcelBox (file host)
case(
    name="parcelbox-disabled-and-invalid",
    **{"from": "abuse@parcelbox.io"}, name_from="ParcelBox Abuse",
    date="Tue, 10 Sep 2024 11:02:44 +0900", subject=re_("KCSC-240909-06"),
    reply_to_req="req.240909-06",
    body=f"""
Hello,

Thanks for your notice (KCSC-240909-06). Result:

Disabled (no longer downloadable):
 - {F1}
 - {F2}

Invalid link - no file with this ID exists on ParcelBox:
 - {F3}

The uploader's account has received a strike under our repeat-infringer
policy (https://parcelbox.io/legal/repeat-infringers).

ParcelBox Abuse Team
""",
    outcome="applied",
    imitates="file host takedown result grouped under headings",
    why="two files disabled (removed) and one invalid link (not_found), each under its heading",
    items={F1: "removed", F2: "removed", F3: "not_found"},
)

case(
    name="parcelbox-base64-mixed",
    **{"from": "tomas@parcelbox.io"}, name_from="Tomas | ParcelBox",
    date="Tue, 10 Sep 2024 18:55:12 +0900", subject=re_("KCSC-240909-06"),
    reply_to_req="req.240909-06",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: base64

{b64(f'''Hi KCSC team,

File {F2} has been removed and its hash is blocked
from being uploaded again.

{F1} is a different story: it is a public-domain PDF
and the file name is misleading. We checked the contents, they do not break
our rules, so the file stays up.

Tomas
ParcelBox Abuse
''')}
""",
    outcome="applied",
    imitates="file-host abuse reply sent as a base64 text body",
    why="one file removed, one kept with its reason (rejected)",
    items={F2: "removed", F1: "rejected"},
)

PB_HTML = f"""<html><body>
<p>Hello,</p>
<p>Below is the result for your notice KCSC-240909-06.</p>
<table border="1" cellpadding="4">
<tr><th>File</th><th>Status</th><th>Date</th></tr>
<tr><td>{F1}</td><td>Removed</td><td>2024-09-10</td></tr>
<tr><td>{F2}</td><td>Blocked for downloads from South Korea</td><td>2024-09-10</td></tr>
<tr><td>{F3}</td><td>Link invalid (no such file)</td><td>&mdash;</td></tr>
</table>
<p>Regards,<br>ParcelBox Abuse Team</p>
</body></html>
"""

case(
    name="parcelbox-qp-html-table",
    **{"from": "abuse@parcelbox.io"}, name_from="ParcelBox Abuse",
    date="Wed, 11 Sep 2024 09:15:36 +0900", subject=re_("KCSC-240909-06"),
    reply_to_req="req.240909-06",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(PB_HTML)}
""",
    outcome="applied",
    imitates="helpdesk HTML result table sent quoted-printable",
    why="removed, blocked in Korea only (restricted), invalid link (not_found)",
    items={F1: "removed", F2: "restricted", F3: "not_found"},
)

case(
    name="parcelbox-bounce-with-original",
    **{"from": "MAILER-DAEMON@mx1.parcelbox.io"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 15:45:58 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
 boundary="dsn-pb-0909"

--dsn-pb-0909
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx1.parcelbox.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@parcelbox.io>: mailbox unavailable: 550 5.1.1 user unknown

--dsn-pb-0909
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.parcelbox.io
Arrival-Date: Mon, 9 Sep 2024 15:45:57 +0900

Final-Recipient: rfc822; legal@parcelbox.io
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--dsn-pb-0909
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@parcelbox.io
Subject: {SUBJ["KCSC-240909-06"]}
Message-ID: <req.240909-06@kcsc.example>
Date: Mon, 9 Sep 2024 15:45:00 +0900

Dear ParcelBox,

We request the removal of the following files (reference KCSC-240909-06):
{F1}
{F2}
{F3}

KCSC Takedown Desk

--dsn-pb-0909--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report with the original message attached",
    why="bounce; the URLs are only in the returned original",
    items={F1: "pending", F2: "pending", F3: "pending"},
)

case(
    name="parcelbox-probably-hash-filter",
    **{"from": "tomas@parcelbox.io"}, name_from="Tomas | ParcelBox",
    date="Fri, 13 Sep 2024 19:20:00 +0900", subject=re_("KCSC-240909-06"),
    reply_to_req="req.240909-06",
    body=f"""
Hi, quick note before the weekend: I think the first two
({F1} and {F2}) were probably caught
by our automatic hash filter last week, but I need to double-check with our
engineer on Monday before I can confirm anything. Will get back to you.

Tomas
""",
    outcome="review", review="not_understood",
    imitates="informal interim note from a file host's abuse handler",
    why="'I think ... probably ... need to double-check' is a hedge, nothing confirmed",
    items={F1: "pending", F2: "pending"},
)

case(
    name="parcelbox-lookalike-domain",
    **{"from": "support@parcelbox-help.com"}, name_from="ParcelBox Support",
    date="Thu, 12 Sep 2024 04:11:29 +0900", subject=re_("KCSC-240909-06"),
    body=f"""
Dear Customer,

Your takedown request KCSC-240909-06 has been completed. The following files
were removed:

{F1}
{F2}
{F3}

To confirm closure of this case please verify your account at
https://parcelbox-help.com/verify within 24 hours.

ParcelBox Support
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike-domain phishing mail posing as the file host's support",
    why="sender domain parcelbox-help.com is not ParcelBox's",
    items={F1: "pending", F2: "pending", F3: "pending"},
)

# ================================================================ notepost (paste site)
case(
    name="notepost-sole-item-removed",
    **{"from": "dana@notepost.me"}, name_from="Dana (notepost)",
    date="Tue, 10 Sep 2024 22:31:07 +0900", subject=re_("KCSC-240910-07"),
    reply_to_req="req.240910-07",
    body="""
Hi - we've taken the paste down and banned the account that posted it.
Thanks for letting us know.

Dana
notepost
""",
    outcome="applied",
    imitates="one-person paste site's short reply to a one-URL request",
    why="unhedged removal answering a request of a single item",
    items={T1: "removed"},
)

case(
    name="notepost-autoresponder",
    **{"from": "hello@notepost.me"}, name_from="notepost",
    date="Tue, 10 Sep 2024 09:00:41 +0900",
    subject="Re: " + SUBJ["KCSC-240910-07"],
    reply_to_req="req.240910-07",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Thanks for writing to notepost!

We're a two-person team and we read every message, usually within a few
days. If you are reporting a paste, please make sure your message contains
its link.

(This is an automatic reply.)
""",
    outcome="ignored", classification="auto_reply",
    imitates="small-service autoresponder",
    why="automatic reply, nothing about the item",
    items={},
)

case(
    name="notepost-ticket-plus-statement",
    **{"from": "hello@notepost.me"}, name_from="notepost",
    date="Wed, 11 Sep 2024 08:12:50 +0900", subject=re_("KCSC-240910-07"),
    reply_to_req="req.240910-07",
    body=f"""
Thanks, we received your report (our ticket #4471).

The paste {T1} has been deleted and the account that
created it is suspended.

notepost
""",
    outcome="applied",
    imitates="receipt line followed by an unhedged statement",
    why="acknowledgement phrase plus an item-level statement is not a pure acknowledgement",
    items={T1: "removed"},
)

case(
    name="kcsc-mx-delay-notice",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Tue, 10 Sep 2024 13:00:12 +0900",
    subject="Delayed Mail (still being retried)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
 boundary="dsn-kcsc-0910"

--dsn-kcsc-0910
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours. It will be retried until
it is 5 days old.

<hello@notepost.me>: connect to mx.notepost.me[203.0.113.40]:25: Connection
    timed out

--dsn-kcsc-0910
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 09:00:02 +0900

Final-Recipient: rfc822; hello@notepost.me
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sun, 15 Sep 2024 09:00:02 +0900

--dsn-kcsc-0910
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: hello@notepost.me
Subject: {SUBJ["KCSC-240910-07"]}
Message-ID: <req.240910-07@kcsc.example>

--dsn-kcsc-0910--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning (Action: delayed) from our own MTA",
    why="delay DSN, nothing said about the item",
    items={},
)

HEADER = """# Blind set 823 (hosts, CDN, registrar, forum, image board, file host,
# paste site; CSV and plain-text tables). Written by tests/corpus/blind823/make.py
# from each email's meaning, before any run of the reader. Do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
