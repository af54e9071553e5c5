#!/usr/bin/env python3
"""Blind set 259: hosting providers, a CDN, a registrar, a file host, an
image board, a Korean forum and a paste site answering (often informally)
the regulator's removal requests; CSV attachments and plain-text tables.

    python3 tests/corpus/blind259/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(day, hh, mm, ss=0, tz=KST):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=tz))


# ---------------------------------------------------------------- requests
N1 = "https://gold-slots-kr.example/promo/index.html"
N2 = "https://gold-slots-kr.example/signup.php?ref=kc77"
N3 = "http://203.0.113.45/~mirae/casino/landing.html"
E1 = "https://pillmart-direct.example/ko/products/zolpidem-10mg"
E2 = "https://pillmart-direct.example/ko/checkout"
G1 = "http://bada-toto.example/"
P = [
    "https://packdrop.example/f/a8Kd2Lq9",
    "https://packdrop.example/f/b3Nw7Zx1",
    "https://packdrop.example/f/c9Rt4Yu6",
    "https://packdrop.example/f/d2Hm8Pk3",
    "https://packdrop.example/f/e7Jv1Qs5",
    "https://packdrop.example/f/f4Lx6Wa2",
    "https://packdrop.example/f/g1Bc9Ez8",
    "https://packdrop.example/f/h6Fy3Tn0",
    "https://packdrop.example/d/k5Sp2Vm7",
    "https://packdrop.example/d/m8Gq5Xr4",
    "https://packdrop.example/f/n3Dk7Ub9/cam_0912.mp4",
    "https://packdrop.example/f/p0Wz4Ic2/archive_part1.rar",
    "https://packdrop.example/f/q7Ae1Oh6",
    "https://packdrop.example/f/r2Ty8Ml3",
]
P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12, P13, P14 = P
H1 = "https://hanchan.example/b/res/88213.html"
H2 = "https://hanchan.example/kr/res/40512.html"
H3 = "https://hanchan.example/kr/res/40519.html"
H4 = "https://img.hanchan.example/src/1725861122045.jpg"
K1 = "https://gaoncom.example/free/1048821"
K2 = "https://gaoncom.example/free/1048907"
K3 = "https://gaoncom.example/humor/553102"
K4 = "https://gaoncom.example/gallery/%EC%A3%BC%EC%8B%9D%EB%A6%AC%EB%94%A9/7731"
K4RAW = "https://gaoncom.example/gallery/주식리딩/7731"
K5 = "https://gaoncom.example/market/2201944"
T1 = "https://pastelog.example/p/Zx81kQ"
T2 = "https://pastelog.example/p/7hTq0w"

REQUESTS = [
    # ref, platform, day, category, urls, note
    ("KCSC-240902-01", "nimbushost", 2, "gambling", [N1, N2, N3],
     "unlicensed casino pages on a customer server"),
    ("KCSC-240904-02", "edgeveil", 4, "drugs", [E1, E2],
     "online pharmacy behind the CDN"),
    ("KCSC-240905-03", "regdot", 5, "gambling", [G1],
     "sports betting domain"),
    ("KCSC-240909-04", "packdrop", 9, "illegal_filming", P,
     "file links shared in a chat room"),
    ("KCSC-240910-05", "hanchan", 10, "privacy", [H1, H2, H3, H4],
     "threads and image exposing a private person"),
    ("KCSC-240912-06", "gaoncom", 12, "defamation", [K1, K2, K3, K4, K5],
     "posts on a Korean community forum"),
    ("KCSC-240913-07", "pastelog", 13, "privacy", [T1, T2],
     "pastes with home address and phone number"),
]
REQ = {r[0]: r for r in REQUESTS}


def req_mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, day, cat, urls, note in REQUESTS:
        sent = f"2024-09-{day:02d}T10:00:00+09:00"
        due = f"2024-09-{day + 7:02d}T18:00:00+09:00"
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref):
    _, plat, day, cat, urls, _ = REQ[ref]
    lines = [
        "Dear abuse / trust and safety team,",
        "",
        f"The Korea Communications Standards Commission asks you to remove the",
        f"following content ({cat}), reference {ref}:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please tell us the action taken for each URL.", "",
              "KCSC Takedown desk"]
    return lines


def quoted(ref, style="gmail", when=None):
    body = request_text(ref)
    day = REQ[ref][2]
    if style == "gmail":
        when = when or format_datetime(datetime(2024, 9, day, 10, 0, tzinfo=KST))
        head = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"]
        return "\n".join(head + ["> " + l if l else ">" for l in body])
    if style == "outlook":
        head = [
            "-----Original Message-----",
            "From: KCSC Takedown <takedown@kcsc.example>",
            f"Sent: {day} September 2024 10:00",
            f"Subject: [{ref}] Removal request",
            "",
        ]
        return "\n".join(head + body)
    if style == "korean":
        head = [
            "-----Original Message-----",
            "From: \"KCSC\" <takedown@kcsc.example>",
            f"Sent: 2024-09-{day:02d} 10:00",
            f"Subject: [{ref}] 시정요구",
            "",
        ]
        return "\n".join(head + body)
    raise ValueError(style)


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def mixed(boundary, text, attachments, text_cte="8bit"):
    """multipart/mixed: a text/plain part and attachments (ctype, filename, body, cte)."""
    parts = [f'Content-Type: multipart/mixed; boundary="{boundary}"', "",
             "This is a multi-part message in MIME format.", "",
             f"--{boundary}",
             "Content-Type: text/plain; charset=utf-8",
             f"Content-Transfer-Encoding: {text_cte}", "",
             text.strip("\n"), ""]
    for ctype, fname, body, cte in attachments:
        parts += [f"--{boundary}",
                  f'Content-Type: {ctype}; name="{fname}"',
                  f'Content-Disposition: attachment; filename="{fname}"',
                  f"Content-Transfer-Encoding: {cte}", "",
                  body.strip("\n"), ""]
    parts.append(f"--{boundary}--")
    return "\n".join(parts)


def alternative(boundary, plain, html, cte_plain="8bit", cte_html="8bit"):
    return "\n".join([
        f'Content-Type: multipart/alternative; boundary="{boundary}"', "",
        f"--{boundary}",
        "Content-Type: text/plain; charset=utf-8",
        f"Content-Transfer-Encoding: {cte_plain}", "",
        plain.strip("\n"), "",
        f"--{boundary}",
        "Content-Type: text/html; charset=utf-8",
        f"Content-Transfer-Encoding: {cte_html}", "",
        html.strip("\n"), "",
        f"--{boundary}--",
    ])


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


CASES = []


def case(**kw):
    CASES.append(kw)


AUTO = ["Auto-Submitted: auto-replied", "X-Autoreply: yes"]

# ====================================================================
# Nimbus Hosting (KCSC-240902-01: N1, N2, N3)
# ====================================================================
case(
    name="nimbus-abuse-desk-bulleted",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse Desk",
    date=d(4, 16, 41, 12), subject="Re: [KCSC-240902-01] Removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your report, which we handled under our case ABU-77120.
Our customer was given 24 hours to deal with it. Current state:

 * <{N1}> - removed by the customer
 * <{N2}> - removed by the customer
 * <{N3}> - this IP belonged to a reseller account that we have now
   suspended; the page is offline

Kind regards,
Jonas Ferreira
Abuse Desk, Nimbus Hosting

{quoted("KCSC-240902-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="hosting-provider abuse desk reply closing an abuse ticket, top-posted over a Gmail quote",
    why="each URL has its own unhedged outcome: two removed by the customer, the third offline after the account suspension",
    items={N1: "removed", N2: "removed", N3: "removed"},
)

case(
    name="nimbus-one-line-partial",
    **{"from": "j.ferreira@nimbushost.example"}, name_from="Jonas Ferreira",
    date=d(3, 9, 5, 44), subject="RE: [KCSC-240902-01] Removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
{N2} has been taken down. Still waiting on the customer for the other two, I'll update you when I hear back.

J.
""",
    outcome="applied",
    imitates="one-line abuse desk update from a named staff member",
    why="signup page taken down (statement); the other two are only a pending wait",
    items={N2: "removed", N1: "pending", N3: "pending"},
)

case(
    name="nimbus-csv-attachment",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse Desk",
    date=d(5, 11, 20, 3), subject="Abuse case ABU-77120 closed - KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=mixed(
        "=_nimbus_77120",
        """
Hello,

The outcome of abuse case ABU-77120 (your reference KCSC-240902-01) is in
the attached spreadsheet, one line per reported URL.

Nimbus Hosting Abuse Desk
""",
        [("text/csv; charset=utf-8", "ABU-77120-outcome.csv", csv_text([
            ["reported_url", "action", "checked_at_utc", "comment"],
            [N1, "removed", "2024-09-05 01:12", "customer deleted the directory"],
            [N2, "removed", "2024-09-05 01:12", "customer deleted the file"],
            [N3, "not found", "2024-09-05 01:30",
             "IP not assigned to any customer since 2024-08-20; no such page on our servers"],
        ]), "8bit")],
    ),
    outcome="applied",
    imitates="abuse ticket closure with a CSV export of the ticket's URLs",
    why="CSV rows: two removed, the IP address page cannot be located on their network",
    items={N1: "removed", N2: "removed", N3: "not_found"},
)

case(
    name="nimbus-refusal-placeholder",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse Desk",
    date=d(6, 14, 2, 30), subject="Re: [KCSC-240902-01] Removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hi,

We looked at {N3} again today. It serves the stock "It works!" page of the
web server and a few lines of lorem ipsum, nothing about gambling. That does
not break our acceptable use policy, so we are not taking action on this
one.

If you have evidence of other content at that address, please send it
along.

Nimbus Hosting Abuse Desk
""",
    outcome="applied",
    imitates="abuse desk declining a report because the page breaks no rule",
    why="a refusal with its reason for the named URL: rejected",
    items={N3: "rejected"},
)

case(
    name="nimbus-status-below-url",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse Desk",
    date=d(4, 8, 55, 10), subject="Re: [KCSC-240902-01] Removal request - status",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Good morning,

status per URL:

{N1}
-> customer account suspended, site offline

{N2}
-> same account, offline

{N3}
-> not on our network any more (the /24 was renumbered in August), we
   have no such page

--
Nimbus Hosting - Abuse & Compliance
""",
    outcome="applied",
    imitates="informal abuse desk status list with the outcome on the line under each URL",
    why="statuses below each URL: two offline with the suspended account, the third cannot be found",
    items={N1: "removed", N2: "removed", N3: "not_found"},
)

case(
    name="nimbus-bulk-outlook",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse Desk",
    date=d(4, 19, 12, 7), subject="RE: [KCSC-240902-01] Removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Dear Sir or Madam,

All content listed in your notice has been removed from our network.

Best regards
Nimbus Hosting Abuse Desk

{quoted("KCSC-240902-01", "outlook")}
""",
    outcome="review", review="bulk",
    imitates="abuse desk one-sentence closure over an Outlook-quoted request",
    why="one statement about all the content of a three-item request, naming none: bulk",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

case(
    name="nimbus-promise-48h",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse Desk",
    date=d(2, 17, 30, 0), subject="Re: [KCSC-240902-01] Removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

We have passed your notice to our customer. The pages

  {N1}
  {N2}

will be removed within 48 hours; if the customer does not comply we will
suspend the server.

Regards,
Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="abuse desk forwarding to the customer with a deadline",
    why="a promise ('will be removed') conditioned on the customer: no statement, items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="nimbus-hosts-imageboard-image",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse Desk",
    date=d(11, 13, 14, 50), subject="Hanchan image - content removed from our server",
    body=f"""
Hello KCSC,

The Hanchan operators passed us your request about their image board. The
board's image server runs on a dedicated machine rented from us, so we
acted directly:

{H4}

has been deleted from the disk of that server.

Abuse Desk, Nimbus Hosting
""",
    outcome="review", review="wrong_platform",
    imitates="upstream host stating it removed a file of a customer platform",
    why="Nimbus states a status for an item of the Hanchan request: another platform's item",
    items={H4: "pending"},
)

case(
    name="nimbus-abuse-address-moved",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse Desk",
    date=d(16, 10, 0, 0), subject="Change of our abuse contact",
    body="""
Dear partner,

From 1 October 2024 the Nimbus Hosting abuse desk will be reachable at
abuse-team@nimbushost.example. Please update your records; mail sent to
the old address will be forwarded until the end of the year.

Our abuse policy remains available at https://nimbushost.example/legal/aup

Thank you,
Nimbus Hosting Abuse & Compliance
""",
    outcome="review", review="no_claims",
    imitates="provider notice of a changed abuse contact address",
    why="trusted platform mail naming no item and no request (the link is their own policy page)",
    items={},
)

case(
    name="nimbus-out-of-office",
    **{"from": "j.ferreira@nimbushost.example"}, name_from="Jonas Ferreira",
    date=d(2, 10, 3, 2), subject="Automatic reply: [KCSC-240902-01] Removal request",
    extra_headers=AUTO,
    body="""
Thank you for your message. I am out of the office until Monday 9 September
with no access to e-mail. Abuse reports are handled by the team at
abuse@nimbushost.example in the meantime.

Jonas Ferreira
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="an out-of-office auto-reply",
    items={},
)

case(
    name="reseller-unknown-sender",
    **{"from": "support@webnara-reseller.example"}, name_from="Webnara Support",
    date=d(3, 15, 48, 20), subject="Re: [KCSC-240902-01] Removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Nimbus Hosting passed your complaint to us; we resell their servers and the
gold-slots site is one of our clients. We have deleted

{N1}
{N2}

from the client's hosting account this afternoon.

Webnara Support Team
""",
    outcome="review", review="unknown_sender",
    imitates="reseller answering on behalf of the upstream host",
    why="statements about the Nimbus request from a domain of no configured platform",
    items={N1: "pending", N2: "pending"},
)

# ====================================================================
# EdgeVeil CDN (KCSC-240904-02: E1, E2)
# ====================================================================
geo_plain = f"""
Hello,

Re: your report KCSC-240904-02

We have restricted access to the following URLs for visitors located in
the Republic of Korea. Requests from Korea now receive HTTP 451
(Unavailable For Legal Reasons); the pages are unchanged elsewhere.

- {E1}
- {E2}

EdgeVeil Trust & Safety
"""
geo_html = f"""<html><body>
<p>Hello,</p>
<p>Re: your report KCSC-240904-02</p>
<p>We have restricted access to the following URLs for visitors located in
the Republic of Korea. Requests from Korea now receive HTTP 451
(Unavailable For Legal Reasons); the pages are unchanged elsewhere.</p>
<ul>
<li><a href="{E1}">{E1}</a></li>
<li><a href="{E2}">{E2}</a></li>
</ul>
<p>EdgeVeil Trust &amp; Safety</p>
</body></html>"""
case(
    name="edgeveil-geoblock-451-html",
    **{"from": "trust-safety@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
    date=d(6, 3, 22, 41), subject="[EdgeVeil Abuse] Action taken - KCSC-240904-02",
    reply_to_req=req_mid("KCSC-240904-02"),
    raw_mime=alternative("ev-alt-0451", geo_plain, geo_html),
    outcome="applied",
    imitates="CDN trust-and-safety notice of a country-specific block (HTTP 451), plain and HTML parts",
    why="both URLs restricted for visitors in Korea",
    items={E1: "restricted", E2: "restricted"},
)

case(
    name="edgeveil-terminated-text-table",
    **{"from": "abuse@edgeveil.example"}, name_from="EdgeVeil Abuse",
    date=d(9, 22, 10, 5), subject="[EdgeVeil Abuse] Case EV-3318847 resolved",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Case EV-3318847 (your ref. KCSC-240904-02)

After review we terminated EdgeVeil service for the zone
pillmart-direct.example. The reported URLs are blocked on every EdgeVeil
edge location:

URL                                                         Action
----------------------------------------------------------  ----------------
{E1:<58}  blocked globally
{E2:<58}  blocked globally

Visitors now get an EdgeVeil error page instead of the content.

EdgeVeil Abuse Operations
""",
    outcome="applied",
    imitates="CDN abuse case resolution with a plain-text table",
    why="plain-text table: both URLs blocked globally, i.e. removed",
    items={E1: "removed", E2: "removed"},
)

case(
    name="edgeveil-mixed-origin-404",
    **{"from": "trust-safety@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
    date=d(7, 11, 3, 9), subject="Re: [KCSC-240904-02] Removal request",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hi,

We checked both URLs against the customer's origin server.

The following page no longer exists at the origin and returns 404, so
there is nothing left for us to act on:
{E2}

The following page is now blocked for visitors in South Korea:
{E1}

Thanks,
Mirela, EdgeVeil Trust & Safety
""",
    outcome="applied",
    imitates="CDN reply with each statement above the URL it concerns",
    why="checkout page does not exist (not_found); product page blocked for Korea (restricted)",
    items={E2: "not_found", E1: "restricted"},
)

case(
    name="edgeveil-not-the-host",
    **{"from": "abuse@edgeveil.example"}, name_from="EdgeVeil Abuse",
    date=d(4, 12, 1, 30), subject="[EdgeVeil Abuse] Report received - KCSC-240904-02",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

EdgeVeil provides a pass-through CDN and security service for
pillmart-direct.example. We do not host the website and cannot delete
material stored on the customer's own server.

We have forwarded your report about

  {E1}
  {E2}

to the website owner and to the hosting provider, Origin Boxes Ltd.
(abuse@originboxes.example), which is best placed to act on it. You may
contact them directly.

EdgeVeil Abuse Team
https://edgeveil.example/abuse-policy
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are not the hosting provider, your report was forwarded to the host' reply",
    why="names both URLs but states nothing about them (forwarded to the host): a clerk should read it",
    items={E1: "pending", E2: "pending"},
)

case(
    name="edgeveil-use-the-form",
    **{"from": "no-reply@edgeveil.example"}, name_from="EdgeVeil",
    date=d(4, 10, 0, 40), subject="Re: [KCSC-240904-02] Removal request",
    extra_headers=AUTO,
    body="""
This is an automated response.

Abuse reports sent by e-mail to this address are not processed. Please
submit your complaint through our abuse form at
https://edgeveil.example/abuse so that it can be routed correctly.

EdgeVeil
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN automatic reply redirecting e-mailed reports to a web form",
    why="an automated reply naming no item (only their own form page)",
    items={},
)

# ====================================================================
# RegDot registrar (KCSC-240905-03: G1)
# ====================================================================
case(
    name="regdot-clienthold",
    **{"from": "abuse@regdot.example"}, name_from="RegDot Abuse",
    date=d(6, 15, 27, 0), subject="Re: [KCSC-240905-03] Removal request",
    reply_to_req=req_mid("KCSC-240905-03"),
    body="""
Dear KCSC,

Following your complaint, our compliance team has placed the domain
bada-toto.example on clientHold. The domain no longer resolves; the
change reaches all resolvers as their caches expire.

Regards,
RegDot Registrar - Domain Abuse
""",
    outcome="applied",
    imitates="registrar abuse reply: domain suspended (clientHold)",
    why="the only item of a one-item request: its domain suspended and no longer resolving",
    items={G1: "removed"},
)

case(
    name="regdot-refusal",
    **{"from": "abuse@regdot.example"}, name_from="RegDot Abuse",
    date=d(10, 9, 40, 0), subject="Re: [KCSC-240905-03] Removal request",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Dear KCSC,

Regarding {G1}: RegDot is only the registrar of this domain. We have
reviewed the registration and found no breach of our registration
agreement or of ICANN requirements, so we will not suspend the domain and
it stays active. Questions about the website's content should go to its
hosting provider.

RegDot Registrar - Domain Abuse
""",
    outcome="applied",
    imitates="registrar declining to suspend a domain over website content",
    why="a refusal with its reason: the domain stays active, rejected",
    items={G1: "rejected"},
)

case(
    name="regdot-ack-plus-suspended",
    **{"from": "abuse@regdot.example"}, name_from="RegDot Abuse",
    date=d(7, 18, 2, 16), subject="[RD-20948] Your report has been processed",
    body=f"""
Thank you for your report. Ticket RD-20948 has been created for it.

Update: the domain {G1} was suspended today for violation of our
acceptable use policy.

RegDot Abuse Team
""",
    outcome="applied",
    imitates="ticket-system message whose receipt line is followed by an outcome",
    why="an acknowledgement phrase plus an unhedged statement about the item: applied",
    items={G1: "removed"},
)

case(
    name="regdot-untrusted",
    **{"from": "abuse@regdot.example"}, name_from="RegDot Abuse", auth="fail",
    date=d(8, 2, 11, 59), subject="Re: [KCSC-240905-03] Removal request",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Dear KCSC,

The domain {G1} has been suspended and deleted from our registry.

RegDot
""",
    outcome="review", review="untrusted",
    imitates="registrar-looking reply failing DKIM/SPF/DMARC",
    why="platform domain but authentication fails",
    items={G1: "pending"},
)

# ====================================================================
# PackDrop file host (KCSC-240909-04: P1..P14, the largest request)
# ====================================================================
pd_rows = [["link", "file_id", "status", "note"]]
pd_status = [
    (P1, "deleted", ""), (P2, "deleted", ""), (P3, "deleted", ""), (P4, "deleted", ""),
    (P5, "file not found", "no file with this id"),
    (P6, "deleted", ""), (P7, "deleted", ""), (P8, "deleted", ""),
    (P9, "not found", "folder already deleted by its owner before the report"),
    (P10, "deleted", "folder and 6 files"), (P11, "deleted", ""),
    (P12, "blocked in KR", "access disabled for Korean IP addresses"),
    (P13, "invalid link", "malformed id"),
    (P14, "no action", "public court ruling PDF, no violation of our terms"),
]
for u, st, note in pd_status:
    pd_rows.append([u, u.split("/")[4], st, note])
case(
    name="packdrop-csv-14",
    **{"from": "dmca@packdrop.example"}, name_from="PackDrop Legal",
    date=d(11, 20, 44, 2), subject="PackDrop takedown report PD-55120 (KCSC-240909-04)",
    reply_to_req=req_mid("KCSC-240909-04"),
    raw_mime=mixed(
        "pd-55120-b",
        """
Hello,

We have processed report PD-55120 (your ref. KCSC-240909-04). The result
for each link you sent is in the attached file.

PackDrop Legal
""",
        [("text/csv; charset=utf-8", "PD-55120.csv", b64(csv_text(pd_rows)), "base64")],
    ),
    outcome="applied",
    imitates="file host takedown report with a base64 CSV attachment listing every link",
    why="per-link CSV: 9 deleted, 3 not found/invalid, 1 blocked in Korea, 1 kept with its reason",
    items={P1: "removed", P2: "removed", P3: "removed", P4: "removed", P5: "not_found",
           P6: "removed", P7: "removed", P8: "removed", P9: "not_found", P10: "removed",
           P11: "removed", P12: "restricted", P13: "not_found", P14: "rejected"},
)

case(
    name="packdrop-plaintext-table",
    **{"from": "dmca@packdrop.example"}, name_from="PackDrop Legal",
    date=d(10, 17, 15, 33), subject="Re: [KCSC-240909-04] Removal request",
    reply_to_req=req_mid("KCSC-240909-04"),
    body=f"""
Hi,

First batch done, the rest follows tomorrow.

| # | Link                                   | Action                     |
|---|----------------------------------------|----------------------------|
| 1 | {P1:<38} | Deleted                    |
| 2 | {P2:<38} | Deleted                    |
| 3 | {P3:<38} | Deleted                    |
| 4 | {P4:<38} | Not found                  |
| 6 | {P6:<38} | Kept - no breach of ToS    |
| 7 | {P7:<38} | Deleted                    |

PackDrop Legal
""",
    outcome="applied",
    imitates="file host reply with a Markdown-style plain-text table",
    why="table rows: four deleted, one not found, one kept (rejected); others only promised",
    items={P1: "removed", P2: "removed", P3: "removed", P4: "not_found",
           P6: "rejected", P7: "removed"},
)

echo = f"""Hello,

Your report PD-55131 has been processed. Details below.

----------------------------------------------------------------
Link:     {P8}
Reason:   Illegal filming (reported by KCSC)
Result:   File removed
----------------------------------------------------------------
Link:     {P10}
Reason:   Illegal filming (reported by KCSC)
Result:   Folder removed, including all files in it
----------------------------------------------------------------
Link:     {P11}
Reason:   Illegal filming (reported by KCSC)
Result:   File removed
----------------------------------------------------------------
Link:     {P12}
Reason:   Illegal filming (reported by KCSC)
Result:   File not found - it does not exist on PackDrop
----------------------------------------------------------------

This message was sent by the PackDrop abuse system. Replies go to dmca@packdrop.example.
"""
case(
    name="packdrop-echoed-report-qp",
    **{"from": "noreply@packdrop.example"}, name_from="PackDrop Abuse System",
    date=d(12, 6, 2, 11), subject="[PD-55131] Report processed",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(echo),
    outcome="applied",
    imitates="file host abuse-system result mail echoing each reported link, quoted-printable",
    why="echoed report with a result per link: three removed, one not found",
    items={P8: "removed", P10: "removed", P11: "removed", P12: "not_found"},
)

pd_html = f"""<!DOCTYPE html>
<html><body style="font-family:Arial,sans-serif">
<p>Dear KCSC team,</p>
<p>Result of your request <b>KCSC-240909-04</b> (partial):</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>File</th><th>Status</th><th>Date (UTC)</th></tr>
<tr><td>{P1}</td><td>Access disabled</td><td>2024-09-10</td></tr>
<tr><td>{P2}</td><td>Access disabled</td><td>2024-09-10</td></tr>
<tr><td>{P3}</td><td>Blocked in South Korea</td><td>2024-09-10</td></tr>
<tr><td>{P4}</td><td>Access disabled</td><td>2024-09-10</td></tr>
<tr><td>{P13}</td><td>Link invalid &ndash; no such file</td><td>2024-09-10</td></tr>
</table>
<p>For questions reply to this e-mail.<br>PackDrop Legal</p>
<p style="font-size:11px;color:#888">Counter-notice procedure:
<a href="https://packdrop.example/legal/counter-notice">https://packdrop.example/legal/counter-notice</a></p>
</body></html>
"""
case(
    name="packdrop-b64-html-table",
    **{"from": "dmca@packdrop.example"}, name_from="PackDrop Legal",
    date=d(10, 23, 58, 1), subject="Re: [KCSC-240909-04] Removal request",
    reply_to_req=req_mid("KCSC-240909-04"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(pd_html),
    outcome="applied",
    imitates="file host HTML-only reply with a result table, base64 transfer encoding",
    why="table: three disabled (removed), one blocked in Korea (restricted), one invalid link (not_found)",
    items={P1: "removed", P2: "removed", P3: "restricted", P4: "removed", P13: "not_found"},
)

case(
    name="packdrop-prose-mixed",
    **{"from": "hyejin.oh@packdrop.example"}, name_from="Hyejin Oh (PackDrop)",
    date=d(12, 14, 25, 0), subject="Re: [KCSC-240909-04] Removal request",
    reply_to_req=req_mid("KCSC-240909-04"),
    body=f"""
Hello,

Some more results on your list. We deleted {P6} and
{P7}. The folder {P9} had already been emptied and deleted by its owner
before your report reached us, so there was nothing to remove. Finally,
{P14} is a scan of a published court ruling; we reviewed it and it does
not violate our terms, so it remains available.

Best,
Hyejin Oh
PackDrop Trust & Safety
""",
    outcome="applied",
    imitates="file host staff reply in running prose",
    why="two deleted, a folder already deleted by its owner (not_found), one kept with its reason (rejected)",
    items={P6: "removed", P7: "removed", P9: "not_found", P14: "rejected"},
)

case(
    name="packdrop-bulk-all-deleted",
    **{"from": "dmca@packdrop.example"}, name_from="PackDrop Legal",
    date=d(13, 9, 12, 45), subject="KCSC-240909-04 - done",
    body="""
Hello,

All files referenced in your report KCSC-240909-04 have been deleted and
the uploader's account has been closed.

PackDrop Legal
""",
    outcome="review", review="bulk",
    imitates="file host one-sentence closure of a many-link report",
    why="one statement about all fourteen links without naming any: bulk",
    items={u: "pending" for u in P},
)

case(
    name="packdrop-csv-under-review",
    **{"from": "dmca@packdrop.example"}, name_from="PackDrop Legal",
    date=d(9, 18, 30, 0), subject="Re: [KCSC-240909-04] Removal request",
    reply_to_req=req_mid("KCSC-240909-04"),
    raw_mime=mixed(
        "pd-rev-77",
        """
Hello,

Thank you. Current state of the links is attached; our team will come back
to you once the review is finished.

PackDrop Legal
""",
        [("text/csv", "status.csv", csv_text([
            ["url", "state"],
            [P5, "under review"], [P6, "under review"],
            [P7, "under review"], [P8, "under review"],
        ]), "7bit")],
    ),
    outcome="review", review="not_understood",
    imitates="file host interim status export, every link under review",
    why="'under review' is no statement: items named, nothing understood",
    items={P5: "pending", P6: "pending", P7: "pending", P8: "pending"},
)

case(
    name="packdrop-ticket-receipt",
    **{"from": "noreply@packdrop.example"}, name_from="PackDrop Abuse System",
    date=d(9, 10, 1, 7), subject="[PD-55120] We received your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We received your report and created ticket PD-55120. Our team reviews
reports in the order they arrive; you will get another e-mail when the
ticket is closed. Please keep the ticket number in the subject of any
reply.

Reported links: 14

This is an automated message.
PackDrop
""",
    outcome="ignored", classification="acknowledgement",
    imitates="file host ticket-system receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

# ====================================================================
# Hanchan image board (KCSC-240910-05: H1..H4)
# ====================================================================
case(
    name="hanchan-admin-oneliner",
    **{"from": "admin@hanchan.example"}, name_from="hanchan admin",
    date=d(10, 23, 47, 31), subject="Re: [KCSC-240910-05] Removal request",
    reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""
nuked {H1} and the image {H4}, poster banned.

- admin
""",
    outcome="applied",
    imitates="image-board admin answering in one informal line",
    why="'nuked' = deleted, for the thread and the image",
    items={H1: "removed", H4: "removed"},
)

case(
    name="hanchan-headings-below",
    **{"from": "admin@hanchan.example"}, name_from="hanchan admin",
    date=d(11, 1, 5, 12), subject="Re: [KCSC-240910-05] Removal request",
    reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""
Hi,

Deleted:
{H1}
{H4}

Already gone before we looked (pruned off the board, 404):
{H3}

Still checking the last one.
""",
    outcome="applied",
    imitates="board admin reply grouping URLs under headings",
    why="two under 'Deleted:', one already gone before action (not_found); the fourth unnamed and pending",
    items={H1: "removed", H4: "removed", H3: "not_found"},
)

case(
    name="hanchan-top-post-gmail",
    **{"from": "mod.kirin@hanchan.example"}, name_from="Kirin (hanchan mod)",
    date=d(12, 22, 30, 3), subject="Re: [KCSC-240910-05] Removal request",
    reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""
{H2} is deleted and the poster got a 30 day ban.

{H3} stays up. It's a discussion about the news story and nobody's
personal details are posted in it, so it doesn't break any of our rules.

Kirin

{quoted("KCSC-240910-05")}
""",
    outcome="applied",
    imitates="moderator top-posting over the Gmail-quoted request",
    why="one thread deleted, the other kept with a reason; the quoted list states nothing",
    items={H2: "removed", H3: "rejected", H1: "pending", H4: "pending"},
)

case(
    name="hanchan-age-gate",
    **{"from": "admin@hanchan.example"}, name_from="hanchan admin",
    date=d(13, 19, 9, 0), subject="Re: [KCSC-240910-05] Removal request",
    reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""
Hello,

We moved the thread {H1} to the adult section. It is now only shown to
logged-in users who passed our age verification.

hanchan staff
""",
    outcome="applied",
    imitates="board admin putting a thread behind an age gate",
    why="age-restricted: restricted",
    items={H1: "restricted"},
)

case(
    name="hanchan-hedge-janitor",
    **{"from": "mod.kirin@hanchan.example"}, name_from="Kirin (hanchan mod)",
    date=d(11, 2, 40, 0), subject="Re: [KCSC-240910-05] Removal request",
    reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""
hey, {H3} might already have been cleaned up by one of the janitors, not
sure. I'll go through the mod log tonight and let you know.
""",
    outcome="review", review="not_understood",
    imitates="moderator answering with a guess",
    why="a hedge ('might already have been') and a promise to check: no statement",
    items={H3: "pending"},
)

case(
    name="hanchan-mdn",
    **{"from": "admin@hanchan.example"}, name_from="hanchan admin",
    date=d(10, 12, 14, 0), subject="Read: [KCSC-240910-05] Removal request",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-hc-1"

--mdn-hc-1
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to admin@hanchan.example at
10/09/2024 10:00.

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the content has been
read or understood.

--mdn-hc-1
Content-Type: message/disposition-notification

Reporting-UA: hanchan.example; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@hanchan.example
Original-Message-ID: <{req_mid("KCSC-240910-05")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-hc-1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN)",
    why="a read receipt",
    items={},
)

case(
    name="relay-bounce-hanchan",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date=d(10, 10, 2, 30), subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="B0A1F3C2.1725930150/mx.kcsc.example"

--B0A1F3C2.1725930150/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse@hanchan.example>: host mx.hanchan.example[203.0.113.88] said: 550
    5.1.1 <abuse@hanchan.example>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)

--B0A1F3C2.1725930150/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 10:00:02 +0900 (KST)

Final-Recipient: rfc822; abuse@hanchan.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.hanchan.example
Diagnostic-Code: smtp; 550 5.1.1 <abuse@hanchan.example>: Recipient address
    rejected: User unknown

--B0A1F3C2.1725930150/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@hanchan.example
Subject: [KCSC-240910-05] Removal request
Message-ID: <{req_mid("KCSC-240910-05")}@kcsc.example>
Date: Tue, 10 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8

""" + "\n".join(request_text("KCSC-240910-05")) + """

--B0A1F3C2.1725930150/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report from our own relay with the request attached",
    why="a bounce (DSN); the URLs are only in the returned request",
    items={},
)

# ====================================================================
# 가온커뮤니티 Korean forum (KCSC-240912-06: K1..K5)
# ====================================================================
case(
    name="gaon-korean-numbered",
    **{"from": "report@gaoncom.example"}, name_from="가온커뮤니티 운영팀",
    date=d(13, 15, 20, 0), subject="[KCSC-240912-06] 게시물 조치 결과 안내",
    reply_to_req=req_mid("KCSC-240912-06"),
    body=f"""
안녕하세요, 가온커뮤니티 운영팀입니다.

요청하신 게시물에 대하여 아래와 같이 조치하였음을 알려드립니다.

1. {K1}
   - 블라인드 처리 완료
2. {K2}
   - 게시중단
3. {K3}
   - 작성자가 이미 삭제한 게시물로 확인되었습니다.

감사합니다.
가온커뮤니티 운영팀 드림
""",
    outcome="applied",
    imitates="Korean community 신고 처리 결과 안내 with a numbered list",
    why="블라인드 and 게시중단 are removals; a post already deleted by its author is not_found",
    items={K1: "removed", K2: "removed", K3: "not_found"},
)

case(
    name="gaon-particles-inline",
    **{"from": "report@gaoncom.example"}, name_from="가온커뮤니티 운영팀",
    date=d(14, 11, 42, 0), subject="RE: [KCSC-240912-06] 시정요구",
    reply_to_req=req_mid("KCSC-240912-06"),
    body=f"""
담당자님 안녕하세요.

{K4}에 대해서는 권리침해 신고 절차에 따라 임시조치(30일)를 하였습니다.
{K5}는 거래 게시판 운영정책 위반 사항이 확인되지 않아 게시물을 유지합니다.

가온커뮤니티 운영팀

{quoted("KCSC-240912-06", "korean")}
""",
    outcome="applied",
    imitates="Korean portal 임시조치 notice, URLs followed directly by Korean particles",
    why="임시조치 = restricted; 위반 사항 없음, 유지 = rejected; the quoted request below states nothing",
    items={K4: "restricted", K5: "rejected"},
)

gaon_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240912-06)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>번호</th><th>URL</th><th>조치 결과</th><th>조치일</th></tr></thead>
<tbody>
<tr><td>1</td><td>{K1}</td><td>삭제</td><td>2024.09.13</td></tr>
<tr><td>2</td><td>{K2}</td><td>삭제</td><td>2024.09.13</td></tr>
<tr><td>3</td><td>{K3}</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>4</td><td>{K4RAW}</td><td>접근 제한(국내)</td><td>2024.09.13</td></tr>
<tr><td>5</td><td>{K5}</td><td>유지(위반 사항 없음)</td><td>-</td></tr>
</tbody></table>
<p>가온커뮤니티 운영팀 | <a href="https://gaoncom.example/policy">운영정책</a></p>
</body></html>"""
case(
    name="gaon-html-table",
    **{"from": "report@gaoncom.example"}, name_from="가온커뮤니티 운영팀",
    date=d(13, 17, 5, 0), subject="[가온커뮤니티] 시정요구 조치결과 회신 (KCSC-240912-06)",
    reply_to_req=req_mid("KCSC-240912-06"),
    type="html", body=gaon_html,
    outcome="applied",
    imitates="Korean 시정요구 조치결과 table in an HTML-only reply",
    why="table: 삭제 x2, 게시물 없음 (not_found), 접근 제한(국내) (restricted), 유지 (rejected)",
    items={K1: "removed", K2: "removed", K3: "not_found", K4: "restricted", K5: "rejected"},
)

case(
    name="gaon-fullwidth-admin",
    **{"from": "admin.sora@gaoncom.example"}, name_from="가온 운영자 소라",
    date=d(12, 21, 3, 0), subject="Re: [KCSC-240912-06] 시정요구",
    reply_to_req=req_mid("KCSC-240912-06"),
    body=f"""
안녕하세요, 가온커뮤니티 운영자입니다.
말씀하신 글（{K2}）은 운영자 삭제했습니다。
""",
    outcome="applied",
    imitates="forum admin's one-line Korean reply with full-width punctuation",
    why="운영자 삭제 of the URL inside full-width parentheses",
    items={K2: "removed"},
)

case(
    name="gaon-korean-will-review",
    **{"from": "report@gaoncom.example"}, name_from="가온커뮤니티 운영팀",
    date=d(12, 16, 0, 0), subject="Re: [KCSC-240912-06] 시정요구",
    reply_to_req=req_mid("KCSC-240912-06"),
    body=f"""
안녕하세요, 가온커뮤니티 운영팀입니다.

신고하신 게시물
 - {K1}
 - {K5}
은 내부 검토 후 조치할 예정이며, 결과는 추후 메일로 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean portal interim reply (검토 후 조치 예정)",
    why="a promise to act after review: no statement, items stay pending",
    items={K1: "pending", K5: "pending"},
)

case(
    name="gaon-asks-documents",
    **{"from": "report@gaoncom.example"}, name_from="가온커뮤니티 운영팀",
    date=d(13, 10, 10, 0), subject="Re: [KCSC-240912-06] 시정요구 관련 자료 요청",
    reply_to_req=req_mid("KCSC-240912-06"),
    body=f"""
안녕하세요, 가온커뮤니티 운영팀입니다.

{K3} 게시물에 대한 조치를 위해 심의 의결서 사본과 요청 공문을
회신해 주시기 바랍니다. 자료를 받는 대로 검토하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal asking for the deliberation decision and official letter",
    why="the platform asks for documents before acting",
    items={K3: "pending"},
)

case(
    name="gaon-dsn-mailbox-full",
    **{"from": "mailer-daemon@gaoncom.example"}, name_from="Mail Delivery Subsystem",
    date=d(12, 10, 1, 4), subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-gaon-0912"

--dsn-gaon-0912
Content-Type: text/plain; charset=utf-8

Your message to report@gaoncom.example could not be delivered.
메일함 용량 초과로 메일을 전달하지 못했습니다.

--dsn-gaon-0912
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.gaoncom.example

Final-Recipient: rfc822; report@gaoncom.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-gaon-0912
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report@gaoncom.example
Subject: [KCSC-240912-06] 시정요구
Message-ID: <{req_mid("KCSC-240912-06")}@kcsc.example>
Date: Thu, 12 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8

""" + "\n".join(request_text("KCSC-240912-06")) + """

--dsn-gaon-0912--
""",
    outcome="ignored", classification="bounce",
    imitates="delivery failure (mailbox full) from the forum's mail server, Korean note",
    why="a bounce; the URLs are only in the returned request",
    items={},
)

# ====================================================================
# Pastelog (KCSC-240913-07: T1, T2)
# ====================================================================
case(
    name="pastelog-oneliner",
    **{"from": "ops@pastelog.example"}, name_from="pastelog ops",
    date=d(13, 13, 13, 0), subject="Re: [KCSC-240913-07] Removal request",
    reply_to_req=req_mid("KCSC-240913-07"),
    body=f"""
both gone: {T1} , {T2}

-- pastelog ops
""",
    outcome="applied",
    imitates="one-person service answering in one line",
    why="'gone' after the operator's action, for both named pastes",
    items={T1: "removed", T2: "removed"},
)

case(
    name="pastelog-wrapped-angle",
    **{"from": "ops@pastelog.example"}, name_from="pastelog ops",
    date=d(14, 8, 30, 0), subject="Re: [KCSC-240913-07] Removal request",
    reply_to_req=req_mid("KCSC-240913-07"),
    body="""
Hi,

<https://pastelog.example/p/
 Zx81kQ> - removed, it contained someone's home address and phone number.

The other link <https://pastelog.example/p/7hTq0w> does not exist on our
side (never created, or maybe a typo in your list?).

Regards,
pastelog ops
""",
    outcome="applied",
    imitates="small service reply with URLs in angle brackets, one wrapped across lines",
    why="first paste removed (URL wrapped inside <>); second does not exist (not_found)",
    items={T1: "removed", T2: "not_found"},
)

case(
    name="pastelog-korean-ooo",
    **{"from": "ops@pastelog.example"}, name_from="pastelog ops",
    date=d(13, 10, 0, 30), subject="[부재중] Re: [KCSC-240913-07] Removal request",
    extra_headers=AUTO,
    body="""
안녕하세요. 9월 13일부터 9월 18일까지 추석 연휴로 부재중입니다.
복귀 후 순차적으로 답변드리겠습니다.

(자동 응답 메일입니다.)
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday 부재중 auto-reply",
    why="an out-of-office auto-reply",
    items={},
)


HEADER = """# Blind set 259 (hosts, CDN, registrar, file host, image board, Korean
# forum, paste site; informal replies, CSV attachments, plain-text tables).
# Written from each email's meaning before any run of the reader.
# Generated by make.py: do not edit by hand.
"""

def encode_words(c):
    # Korean display names and subjects as RFC 2047 encoded words, as
    # Korean portals' mailers send them.
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    for c in CASES:
        encode_words(c)
    write_requests()
    corpuslib.write_set(HERE, "blind259", HEADER, CASES)
