#!/usr/bin/env python3
"""Blind set 961: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering (often informally), plus
CSV attachments and plain-text tables.

Deterministic: `python3 tests/corpus/blind961/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from each email's meaning alone, before the reader was ever run on them.
All names, ids, domains and URLs are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1 = "KCSC-240903-01"  # cirrushost, 4 items
R2 = "KCSC-240904-02"  # harborname, 3 items
R3 = "KCSC-240905-03"  # dropcrate, 14 items (largest)
R4 = "KCSC-240906-04"  # moraeal, 5 items
R5 = "KCSC-240909-05"  # kkachi, 3 items
R6 = "KCSC-240910-06"  # pastebowl, 1 item
R7 = "KCSC-240911-07"  # edgeveil, 2 items

C = [
    "https://lucky-spin77.example/promo/join.html",
    "https://lucky-spin77.example/promo/bonus.html",
    "http://203.0.113.45/~hanbit/pills/index.php",
    "https://quickloan-kr.example/apply?src=kr",
]
H = [
    "http://bet-kingdom24.example/",
    "https://toto-sunrise.example/",
    "https://fake-pharm-kr.example/",
]
F = ["https://dropcrate.example/f/" + x for x in (
    "Qm7XkP2a", "Vt3LwZ9e", "Hs8NdR4c", "Jp2YbT6u", "Lk5GmW1o", "Rz9CqE3i", "Bx4FvN7s",
    "Wd6HtA8m", "Ny1KpU5g", "Ec7RsJ2q", "Ta3MzD9w", "Gu8LbX4h", "Ov2WnC6y", "Pf5JeK1t")]
MARKET_RAW = "https://moraeal.example/board/장터/3307"
MARKET = "https://moraeal.example/board/%EC%9E%A5%ED%84%B0/3307"
M = [
    "https://moraeal.example/board/free/88123",
    "https://moraeal.example/board/free/88140",
    "https://moraeal.example/board/humor/55021",
    MARKET,
    "https://moraeal.example/board/humor/55088",
]
K = [
    "https://kkachi.example/b/res/480211.html",
    "https://kkachi.example/b/res/480377.html",
    "https://kkachi.example/pol/res/91204.html",
]
P = ["https://pastebowl.example/raw/aQ9zT4kL"]
E = [
    "https://webtoon-free99.example/ep/1021",
    "https://webtoon-free99.example/ep/1022",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, msgid stem, note
    (R1, "cirrushost", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     [(C[0], "gambling"), (C[1], "gambling"), (C[2], "drugs"), (C[3], "fraud")],
     "req-240903-01", "hosting provider of two customer sites"),
    (R2, "harborname", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     [(H[0], "gambling"), (H[1], "gambling"), (H[2], "drugs")],
     "req-240904-02", "registrar of three domains"),
    (R3, "dropcrate", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00",
     [(u, "obscene") for u in F], "req-240905-03", "file host, 14 shared files"),
    (R4, "moraeal", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     [(M[0], "defamation"), (M[1], "defamation"), (M[2], "privacy"), (M[3], "drugs"),
      (M[4], "privacy")], "req-240906-04", "community forum"),
    (R5, "kkachi", "2024-09-09T10:30:00+09:00", "2024-09-16T23:59:59+09:00",
     [(K[0], "obscene"), (K[1], "obscene"), (K[2], "hate")], "req-240909-05", "image board"),
    (R6, "pastebowl", "2024-09-10T16:00:00+09:00", "2024-09-17T23:59:59+09:00",
     [(P[0], "privacy")], "req-240910-06", "paste site, one paste"),
    (R7, "edgeveil", "2024-09-11T09:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [(E[0], "copyright"), (E[1], "copyright")], "req-240911-07", "CDN in front of a piracy site"),
]
REQ_STEM = {r[0]: r[5] for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, stem, note in REQUESTS:
        for url, cat in urls:
            w.writerow([ref, plat, sent, due, url, cat, stem + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def subj(s):
    """RFC 2047-encode a non-ASCII subject."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def request_text(ref, urls, to):
    lines = [
        f"Dear {to},",
        "",
        f"The Korea Communications Standards Commission asks you to remove or block",
        f"the following content under our reference {ref}:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please tell us the outcome for each URL.", "", "KCSC Takedown Desk"]
    return lines


def gmail_quote(ref, urls, to, when):
    out = ["", f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"]
    out += [("> " + l).rstrip() for l in request_text(ref, urls, to)]
    return "\n".join(out)


def outlook_quote(ref, urls, to, addr, sent):
    out = ["", "-----Original Message-----",
           "From: KCSC Takedown <takedown@kcsc.example>",
           f"Sent: {sent}", f"To: {addr}", f"Subject: {ref} removal request", ""]
    out += request_text(ref, urls, to)
    return "\n".join(out)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def mixed_with_csv(body, csv_name, csv_text, boundary, csv_b64=False):
    parts = [
        "Content-Type: multipart/mixed; boundary=\"%s\"" % boundary,
        "",
        "This is a multi-part message in MIME format.",
        "",
        "--" + boundary,
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        body.strip("\n"),
        "",
        "--" + boundary,
        f"Content-Type: text/csv; charset=utf-8; name=\"{csv_name}\"",
        f"Content-Disposition: attachment; filename=\"{csv_name}\"",
    ]
    if csv_b64:
        parts += ["Content-Transfer-Encoding: base64", "", b64(csv_text)]
    else:
        parts += ["Content-Transfer-Encoding: 8bit", "", csv_text.strip("\n")]
    parts += ["", "--" + boundary + "--", ""]
    return "\n".join(parts)


AUTO = ["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"]

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ Cirrus Hosting (R1)
case(
    name="cirrus-ack-then-suspended-prose",
    **{"from": "abuse@cirrushost.example"}, name_from="Cirrus Hosting Abuse Desk",
    date="Wed, 04 Sep 2024 17:05:12 +0900",
    subject=f"[CIR-ABUSE-55812] Re: {R1} removal request", reply_to_req=REQ_STEM[R1],
    body=f"""
Hello,

Thank you for your report, which we logged as ticket CIR-ABUSE-55812.

We checked the two pages on lucky-spin77.example, a site on one of our
shared hosting servers. The account holder did not answer our notice within
the 24 hours our policy gives them, so we suspended the account today at
16:20 KST. Both of the following now show our suspension page and their
files are no longer served from our network:

{C[0]}
{C[1]}

The other two addresses in your message are still with a colleague and we
will write to you about them separately.

Regards,
Marta Kowalczyk
Abuse Handling, Cirrus Hosting
Acceptable use policy: https://cirrushost.example/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="shared-hosting abuse desk ticket reply after suspending a customer account",
    why="acknowledgement phrase followed by an unhedged statement: both lucky-spin77 pages suspended and no longer served",
    items={C[0]: "removed", C[1]: "removed"},
)

case(
    name="cirrus-one-line-top-posted-gmail",
    **{"from": "j.park@cirrushost.example"}, name_from="Jae Park",
    date="Thu, 05 Sep 2024 08:41:55 +0900",
    subject=f"Re: {R1} removal request", reply_to_req=REQ_STEM[R1],
    body=f"""
{C[2]} - removed, account suspended.

Jae
{gmail_quote(R1, C, "Cirrus Hosting abuse team", "Tue, 3 Sep 2024 at 10:00")}
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply typed by an abuse-desk admin on top of the quoted complaint",
    why="one line names the IP-address page as removed; the other three URLs appear only in the quoted request",
    items={C[2]: "removed", C[0]: "pending", C[1]: "pending", C[3]: "pending"},
)

CIR_CSV = f"""url,outcome,checked_at,comment
{C[0]},removed,2024-09-05 09:12,account suspended
{C[1]},removed,2024-09-05 09:12,account suspended
{C[2]},not found,2024-09-05 09:30,path does not exist on the server
"{C[3]}",no action,2024-09-05 10:02,no breach of our AUP found - operator is a registered lender
"""
case(
    name="cirrus-csv-ticket-export",
    **{"from": "abuse@cirrushost.example"}, name_from="Cirrus Hosting Abuse Desk",
    date="Thu, 05 Sep 2024 11:20:00 +0900",
    subject=f"[CIR-ABUSE-55812] Outcome of your report {R1}", reply_to_req=REQ_STEM[R1],
    raw_mime=mixed_with_csv(f"""
Hello,

Ticket CIR-ABUSE-55812 is now closed. The attached file lists what we did
with each URL of your request {R1}.

Cirrus Hosting Abuse Desk
""", "CIR-ABUSE-55812.csv", CIR_CSV, "=_cir55812_mixed"),
    outcome="applied", classification="confirmation",
    imitates="abuse ticket system closing a ticket with a per-URL CSV export",
    why="CSV rows: two removed, one path not found, one left up because it breaks no rule",
    items={C[0]: "removed", C[1]: "removed", C[2]: "not_found", C[3]: "rejected"},
)

case(
    name="cirrus-forwarded-to-customer",
    **{"from": "abuse@cirrushost.example"}, name_from="Cirrus Hosting Abuse Desk",
    date="Wed, 04 Sep 2024 09:15:40 +0900",
    subject=f"[CIR-ABUSE-55812] Re: {R1} removal request", reply_to_req=REQ_STEM[R1],
    body=f"""
Hello,

We have passed your complaint about the URLs below to the customer
responsible for them:

  - {C[0]}
  - {C[3]}

The customer has 48 hours to remove the material or to give us a reasoned
answer. If they do neither, we will suspend the service. We will update you
once the ticket is closed.

Cirrus Hosting Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="hosting provider forwarding a complaint to its customer with a deadline",
    why="only a forward and a conditional promise to suspend; no status for either URL",
    items={C[0]: "pending", C[3]: "pending"},
)

case(
    name="cirrus-dmarc-fail-all-down",
    **{"from": "abuse@cirrushost.example"}, name_from="Cirrus Hosting Abuse",
    auth="fail",
    date="Wed, 04 Sep 2024 22:48:03 +0900",
    subject=f"RE: {R1} removal request",
    body=f"""
Dear KCSC,

All four URLs have been taken down:

{C[0]} - removed
{C[1]} - removed
{C[2]} - removed
{C[3]} - removed

Regards,
Cirrus abuse
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk style result list, but the message fails DMARC for the platform's domain",
    why="claims from cirrushost.example that fail DKIM/SPF/DMARC cannot change statuses",
    items={u: "pending" for u in C},
)

case(
    name="cirrus-ticket-receipt",
    **{"from": "noreply@cirrushost.example"}, name_from="Cirrus Hosting Abuse Desk",
    date="Tue, 03 Sep 2024 10:01:31 +0900",
    subject=f"[CIR-ABUSE-55812] We have received your report",
    reply_to_req=REQ_STEM[R1], extra_headers=["Auto-Submitted: auto-generated"],
    body="""
This is an automatic confirmation that your abuse report has been received
and ticket CIR-ABUSE-55812 has been opened.

An abuse handler will look at it during business hours (Mon-Fri, 09:00-18:00
KST). You can reply to this email to add information to the ticket; please
keep the ticket number in the subject line.

Cirrus Hosting Abuse Desk
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt sent the minute an abuse report arrives",
    why="pure receipt: ticket opened, no statement about any item",
    items={},
)

case(
    name="cirrus-outlook-update-last-two",
    **{"from": "abuse@cirrushost.example"}, name_from="Cirrus Hosting Abuse Desk",
    date="Fri, 06 Sep 2024 10:33:27 +0900",
    subject=f"RE: {R1} removal request", reply_to_req=REQ_STEM[R1],
    body=f"""
Hi,

Update on the remaining two addresses from ticket CIR-ABUSE-55812:

The page {C[2]} was disabled by our team this morning; the directory now
returns 404 and the customer's account is locked.

{C[3]}
We reviewed this site with our legal team. The operator holds a lending
registration and nothing on the page breaks our acceptable use policy, so we
are not taking it down.

Best regards,
Marta Kowalczyk
Abuse Handling, Cirrus Hosting
{outlook_quote(R1, C, "Cirrus Hosting abuse team", "abuse@cirrushost.example", "Tuesday, September 3, 2024 10:00 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a hosting abuse handler over the original complaint",
    why="IP-address page disabled (removed); the lender page kept up with a reason (rejected); the quoted request changes nothing",
    items={C[2]: "removed", C[3]: "rejected", C[0]: "pending", C[1]: "pending"},
)

# ================================================================ Harborname Registrar (R2)
case(
    name="harborname-clienthold-numbered",
    **{"from": "compliance@harborname.example"}, name_from="Harborname Registrar Compliance",
    date="Thu, 05 Sep 2024 18:02:10 +0000",
    subject=f"Re: {R2} - domain abuse complaint", reply_to_req=REQ_STEM[R2],
    body=f"""
Dear KCSC,

Following our review of your complaint {R2}:

1. bet-kingdom24.example - the registrant did not answer our inquiry. We
   placed the domain on clientHold on 5 Sep 2024; it no longer resolves.
2. toto-sunrise.example - clientHold applied on 5 Sep 2024 for the same
   reason; the domain no longer resolves.
3. fake-pharm-kr.example - the registrant supplied a valid online pharmacy
   licence issued in its own jurisdiction. We found no breach of our
   registration agreement and the domain stays active.

Kind regards,
Registrar Compliance Team
Harborname Registrar
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse-compliance reply naming domains (not URLs) and their EPP status",
    why="two domains on clientHold (made unavailable: removed), the third kept with a reason (rejected); the domains are the requested sites",
    items={H[0]: "removed", H[1]: "removed", H[2]: "rejected"},
)

case(
    name="harborname-html-registry-deleted",
    **{"from": "compliance@harborname.example"}, name_from="Harborname Registrar Compliance",
    date="Fri, 06 Sep 2024 09:12:44 +0000",
    subject=f"Re: {R2} - toto-sunrise.example", reply_to_req=REQ_STEM[R2],
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC team,</p>
<p>The domain name <a href="{H[1]}">{H[1]}</a> was deleted by the registry
operator on 6 September 2024 at our request and can no longer be used.</p>
<p>We will write again about the other domains in your complaint.</p>
<p>Regards,<br>Registrar Compliance Team<br>Harborname Registrar</p>
<p style="color:#888">Harborname domain abuse policy:
<a href="https://harborname.example/legal/abuse-policy">https://harborname.example/legal/abuse-policy</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML-only registrar notice that a domain was deleted at the registry",
    why="toto-sunrise domain deleted: removed; the policy link is not an item",
    items={H[1]: "removed"},
)

case(
    name="harborname-declines-no-court-order",
    **{"from": "compliance@harborname.example"}, name_from="Harborname Registrar Compliance",
    date="Mon, 09 Sep 2024 07:40:00 +0000",
    subject=f"Re: {R2} - fake-pharm-kr.example", reply_to_req=REQ_STEM[R2],
    body=f"""
Dear KCSC,

Harborname is a domain registrar and does not host the website at
{H[2]}. We suspend domains over website content only on the order of a
competent court, or where the domain itself is used for DNS abuse
(phishing, malware, botnets). Your complaint shows neither, so we decline to
take action on this domain.

You may wish to contact the hosting provider of the site.

Registrar Compliance Team
Harborname Registrar
""",
    outcome="applied", classification="confirmation",
    imitates="registrar refusing a content complaint without a court order",
    why="an explicit refusal with its reason for the one named domain: rejected",
    items={H[2]: "rejected"},
)

case(
    name="harborname-asks-legal-basis",
    **{"from": "compliance@harborname.example"}, name_from="Harborname Registrar Compliance",
    date="Thu, 05 Sep 2024 02:15:31 +0000",
    subject=f"Re: {R2} - additional information needed", reply_to_req=REQ_STEM[R2],
    body=f"""
Dear KCSC,

Before we can consider action on bet-kingdom24.example and
toto-sunrise.example, please send us:

 a) the provision of Korean law that the content of each site breaks, and
 b) a copy of any court order or administrative decision about them.

Once we have these documents we will review the complaint again.

Registrar Compliance Team
Harborname Registrar
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for the legal basis and an order before acting",
    why="asks for documents; no status for either domain",
    items={H[0]: "pending", H[1]: "pending"},
)

case(
    name="harborname-speaks-for-host-items",
    **{"from": "compliance@harborname.example"}, name_from="Harborname Registrar Compliance",
    date="Fri, 06 Sep 2024 11:00:00 +0000",
    subject=f"Re: {R2} - related domain lucky-spin77.example", reply_to_req=REQ_STEM[R2],
    body=f"""
Dear KCSC,

While handling {R2} we noticed that we are also the registrar of
lucky-spin77.example, which appears in your separate request {R1} to its
hosting provider. We have suspended that domain as well, so these pages no
longer load:

{C[0]}
{C[1]}

Registrar Compliance Team
Harborname Registrar
""",
    outcome="review", review="wrong_platform",
    imitates="registrar volunteering the result for a domain whose pages were requested from the host",
    why="the registrar states removals for items requested from Cirrus Hosting; not this sender's items",
    items={C[0]: "pending", C[1]: "pending"},
)

case(
    name="harborname-out-of-office",
    **{"from": "d.ruiz@harborname.example"}, name_from="Daniel Ruiz",
    date="Wed, 04 Sep 2024 04:00:12 +0000",
    subject=f"Automatic reply: {R2} - domain abuse complaint", reply_to_req=REQ_STEM[R2],
    extra_headers=AUTO,
    body="""
I am out of the office until 16 September with limited access to email.

For urgent abuse matters please write to abuse@harborname.example, which is
monitored every day.

Daniel Ruiz
Registrar Compliance, Harborname
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a registrar compliance officer",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ DropCrate (R3, 14 files)
DC_CSV = "file_url,file_name,action,date_utc,comment\n" + "\n".join(
    [f"{F[i]},{n},removed,2024-09-06 02:1{i % 10}:00,terms of service violation"
     for i, n in enumerate(["clip_001.mp4", "clip_002.mp4", "pack_a.zip", "pack_b.zip", "img_set1.rar",
                            "img_set2.rar", "vid_0907.mp4", "vid_0908.mp4", "archive.7z", "part1.zip"])]
    + [f"{F[10]},part2.zip,not_found,2024-09-06 02:20:00,deleted by the uploader before review",
       f"{F[11]},part3.zip,not_found,2024-09-06 02:20:00,no file with this id",
       f"{F[12]},sample.mp4,geo_blocked_KR,2024-09-06 02:21:00,access from South Korea disabled",
       f"{F[13]},readme.pdf,no_action,2024-09-06 02:22:00,no violation of our terms found"]) + "\n"
case(
    name="dropcrate-csv-all-fourteen",
    **{"from": "trust@dropcrate.example"}, name_from="DropCrate Trust & Safety",
    date="Fri, 06 Sep 2024 11:40:00 +0900",
    subject=f"Re: {R3} - takedown result", reply_to_req=REQ_STEM[R3],
    raw_mime=mixed_with_csv(f"""
Hi,

Our moderation team has processed your report {R3}. The result for each
file is in the attached CSV.

DropCrate Trust & Safety
""", f"takedown_{R3}.csv", DC_CSV, "----=_DC_0906_result", csv_b64=True),
    outcome="applied", classification="confirmation",
    imitates="file host's moderation result exported as a base64 CSV attachment",
    why="CSV row per file: ten removed, two not found, one blocked in Korea, one kept (no violation)",
    items={**{F[i]: "removed" for i in range(10)}, F[10]: "not_found", F[11]: "not_found",
           F[12]: "restricted", F[13]: "rejected"},
)

case(
    name="dropcrate-plain-text-table",
    **{"from": "trust@dropcrate.example"}, name_from="DropCrate Trust & Safety",
    date="Fri, 06 Sep 2024 15:02:00 +0900",
    subject=f"Re: {R3} - partial result", reply_to_req=REQ_STEM[R3],
    body=f"""
Hello,

Results for the first six files of your report {R3}. The other eight are
still with the team.

FILE                                   STATUS        NOTE
------------------------------------   -----------   ---------------------------
{F[0]}   DELETED       copyright
{F[1]}   DELETED       copyright
{F[2]}   NOT FOUND     invalid file id
{F[3]}   BLOCKED (KR)  access from Korea disabled
{F[4]}   DELETED       copyright
{F[5]}   KEPT          uploader is the rights holder

-- 
DropCrate Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text fixed-width result table pasted into a file host's reply",
    why="table rows: three deleted, one invalid id, one blocked in Korea, one kept with a reason",
    items={F[0]: "removed", F[1]: "removed", F[2]: "not_found", F[3]: "restricted",
           F[4]: "removed", F[5]: "rejected"},
)

case(
    name="dropcrate-bulk-all-removed",
    **{"from": "trust@dropcrate.example"}, name_from="DropCrate Trust & Safety",
    date="Sat, 07 Sep 2024 10:10:10 +0900",
    subject=f"Re: {R3}", reply_to_req=REQ_STEM[R3],
    body=f"""
Hello,

All files listed in your report {R3} have been removed from DropCrate and
the uploading accounts have been closed.

Kind regards,
DropCrate Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="file host closing a report with one summary sentence",
    why="one statement for a 14-item request without naming any file",
    items={u: "pending" for u in F},
)

ECHO = "\n".join(f"  {u}" for u in F)
case(
    name="dropcrate-echoed-report",
    **{"from": "support@dropcrate.example"}, name_from="DropCrate Support",
    date="Fri, 06 Sep 2024 18:30:00 +0900",
    subject=f"[DC-90412] Re: {R3}", reply_to_req=REQ_STEM[R3],
    body=f"""
Hello,

The following files from your report have been deleted:

  {F[6]}
  {F[7]}
  {F[8]}

We are still checking the rest.

Mina
DropCrate Support

---------------------------------------------
Your original report (kept for reference):
Reporter: KCSC Takedown <takedown@kcsc.example>
Reference: {R3}
Files:
{ECHO}
---------------------------------------------
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk reply echoing the submitted report under the agent's text",
    why="three files deleted; the echoed report lists all fourteen but states nothing",
    items={F[6]: "removed", F[7]: "removed", F[8]: "removed", F[9]: "pending", F[0]: "pending"},
)

case(
    name="dropcrate-status-line-above-url",
    **{"from": "trust@dropcrate.example"}, name_from="DropCrate Trust & Safety",
    date="Sat, 07 Sep 2024 13:45:00 +0900",
    subject=f"Re: {R3} - more results", reply_to_req=REQ_STEM[R3],
    body=f"""
Hi again,

File removed:
{F[9]}

File removed:
{F[10]}

Link invalid / file never existed:
{F[11]}

DropCrate Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="terse moderator reply with each status on the line above its link",
    why="two removed, one never existed (not_found)",
    items={F[9]: "removed", F[10]: "removed", F[11]: "not_found"},
)

case(
    name="dropcrate-status-line-below-url",
    **{"from": "trust@dropcrate.example"}, name_from="DropCrate Trust & Safety",
    date="Sun, 08 Sep 2024 09:05:00 +0900",
    subject=f"Re: {R3}", reply_to_req=REQ_STEM[R3],
    body=f"""
{F[9]}
Status: deleted (terms of service violation)

{F[10]}
Status: deleted

{F[11]}
Status: no file with this ID

-- DropCrate T&S
""",
    outcome="applied", classification="confirmation",
    imitates="moderation-tool output pasted as bare URLs with a status line under each",
    why="two deleted, one unknown id (not_found)",
    items={F[9]: "removed", F[10]: "removed", F[11]: "not_found"},
)

DC_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>Dear KCSC Takedown team,</p>
<p>Regarding your report {R3}, here is the result for the last three files:</p>
<ul>
<li><a href="{F[11]}">{F[11]}</a> &ndash; removed for copyright infringement</li>
<li><a href="{F[12]}">{F[12]}</a> &ndash; removed</li>
<li><a href="{F[13]}">{F[13]}</a> &ndash; kept online: this file is an openly licensed document (CC BY 4.0) and breaks none of our rules</li>
</ul>
<p>If you disagree with a decision you can appeal at <a href="https://dropcrate.example/help/appeals">https://dropcrate.example/help/appeals</a>.</p>
<p>Best,<br>DropCrate Trust &amp; Safety</p>
</body></html>
"""
case(
    name="dropcrate-qp-html-list",
    **{"from": "trust@dropcrate.example"}, name_from="DropCrate Trust & Safety",
    date="Mon, 09 Sep 2024 10:00:00 +0900",
    subject=f"Re: {R3} - last three files", reply_to_req=REQ_STEM[R3],
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(DC_HTML),
    outcome="applied", classification="confirmation",
    imitates="HTML notice from a file host, quoted-printable with soft-wrapped lines",
    why="two removed, one kept online with its reason (rejected); the appeals page is not an item",
    items={F[11]: "removed", F[12]: "removed", F[13]: "rejected"},
)

case(
    name="dropcrate-under-review",
    **{"from": "trust@dropcrate.example"}, name_from="DropCrate Trust & Safety",
    date="Thu, 05 Sep 2024 13:00:00 +0900",
    subject=f"Re: {R3}", reply_to_req=REQ_STEM[R3],
    body=f"""
Hi,

Thanks for the report about {F[0]} and
{F[1]}. Both files are under review by our abuse team and access to
them may be suspended while the review is ongoing. We aim to close reviews
within 72 hours.

DropCrate Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="file host saying the reported files are under review",
    why="'under review' and 'may be suspended' are not statements; both files stay pending",
    items={F[0]: "pending", F[1]: "pending"},
)

DSN_B = "=_mx1.dropcrate.example_dsn_4411"
case(
    name="dropcrate-dsn-reminder-bounced",
    **{"from": "MAILER-DAEMON@mx1.dropcrate.example"}, name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 09:00:07 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="{DSN_B}"

--{DSN_B}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dropcrate.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@dropcrate.example>: unknown user: "legal"

--{DSN_B}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dropcrate.example
Arrival-Date: Fri, 13 Sep 2024 09:00:05 +0900

Final-Recipient: rfc822; legal@dropcrate.example
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; unknown user: "legal"

--{DSN_B}
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@dropcrate.example
Subject: Reminder: {R3} removal request overdue
Date: Fri, 13 Sep 2024 09:00:00 +0900
Message-ID: <reminder-{R3}-1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear DropCrate,

The deadline for our request {R3} has passed. The following files are
still pending:

{F[0]}
{F[1]}

KCSC Takedown Desk

--{DSN_B}--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our reminder",
    why="bounce; the URLs are in our own returned reminder",
    items={},
)

DC_B64 = f"""Hello KCSC team,

Quick update on {R3}:

- {F[12]} has been deleted.
- {F[13]} has been deleted.
- {F[11]} appears to have been removed by its uploader already, but our
  storage logs are still being checked.

Thanks,
Ana
DropCrate Trust & Safety
"""
case(
    name="dropcrate-base64-with-hedge",
    **{"from": "ana.lima@dropcrate.example"}, name_from="Ana Lima",
    date="Tue, 10 Sep 2024 16:30:00 +0900",
    subject=f"Re: {R3}", reply_to_req=REQ_STEM[R3],
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(DC_B64),
    outcome="applied", classification="confirmation",
    imitates="moderator's short reply sent by a webmail client as a base64 body",
    why="two files deleted; the third only 'appears to have been removed' and stays pending",
    items={F[12]: "removed", F[13]: "removed", F[11]: "pending"},
)

case(
    name="dropcrate-lookalike-sender",
    **{"from": "dropcrate.helpdesk@mailbox.example"}, name_from="DropCrate Support",
    date="Sat, 07 Sep 2024 20:14:00 +0900",
    subject=f"Re: {R3} files deleted",
    body=f"""
Hello,

We removed these two files as you asked:

{F[0]}
{F[1]}

DropCrate support team
""",
    outcome="review", review="unknown_sender",
    imitates="reply signed as the file host's support but sent from a free-mail style domain",
    why="sender domain is not DropCrate's; cannot change statuses",
    items={F[0]: "pending", F[1]: "pending"},
)

case(
    name="dropcrate-helpdesk-receipt",
    **{"from": "support@dropcrate.example"}, name_from="DropCrate Support",
    date="Thu, 05 Sep 2024 09:31:02 +0900",
    subject=f"Request received: [DC-90412] {R3}", reply_to_req=REQ_STEM[R3],
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (DC-90412) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

DropCrate Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk (Zendesk-style) 'request received' receipt",
    why="receipt only; no item named, nothing stated",
    items={},
)

# ================================================================ 모래알 커뮤니티 (R4, Korean forum)
case(
    name="moraeal-admin-short-korean",
    **{"from": "admin@moraeal.example"}, name_from=subj("모래알 운영자"),
    date="Fri, 06 Sep 2024 21:47:00 +0900",
    subject=subj(f"Re: {R4} 게시물 삭제 요청"), reply_to_req=REQ_STEM[R4],
    body=f"""
안녕하세요 모래알 운영자입니다.

{M[0]} 삭제했습니다.
{M[1]}은 작성자가 이미 지운 글이라 조회되지 않습니다.
나머지는 확인 중입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="small Korean forum admin answering in three lines",
    why="88123 deleted (removed); 88140 already deleted by its author (not_found); URL followed directly by a particle",
    items={M[0]: "removed", M[1]: "not_found"},
)

case(
    name="moraeal-raw-korean-path",
    **{"from": "admin@moraeal.example"}, name_from=subj("모래알 운영팀"),
    date="Sat, 07 Sep 2024 10:20:00 +0900",
    subject=subj(f"[모래알] 요청하신 게시물 처리 결과 ({R4})"), reply_to_req=REQ_STEM[R4],
    body=f"""
안녕하세요, 모래알 커뮤니티 운영팀입니다.
요청하신 게시물에 대한 처리 결과를 알려드립니다.

- {MARKET_RAW} : 운영정책 위반으로 게시중단 처리
- {M[2]} : 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시 유지

감사합니다.
모래알 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community 게시중단 처리 결과 notice",
    why="market post (raw Korean path) 게시중단: removed; humor post kept, no violation: rejected",
    items={MARKET: "removed", M[2]: "rejected"},
)

case(
    name="moraeal-temporary-measure",
    **{"from": "admin@moraeal.example"}, name_from=subj("모래알 운영팀"),
    date="Mon, 09 Sep 2024 11:05:00 +0900",
    subject=subj("[모래알] 임시조치 안내"), reply_to_req=REQ_STEM[R4],
    body=f"""
안녕하세요. 모래알 커뮤니티입니다.

요청하신 게시물({M[4]}）에 대해 정보통신망법 제44조의2에 따라
30일간 임시조치하였습니다. 게시자가 기간 내 재게시 요청을 하지 않으면
기간 경과 후 삭제됩니다.

모래알 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 임시조치 (30-day temporary measure) notice",
    why="임시조치 now: restricted; the later deletion is only conditional; URL closed by a full-width parenthesis",
    items={M[4]: "restricted"},
)

case(
    name="moraeal-promise-tonight",
    **{"from": "admin@moraeal.example"}, name_from=subj("모래알 운영자"),
    date="Fri, 06 Sep 2024 16:10:00 +0900",
    subject=subj(f"Re: {R4} 게시물 삭제 요청"), reply_to_req=REQ_STEM[R4],
    body=f"""
신고해주신 {M[0]} , {M[1]} 글 확인했습니다.
오늘 저녁에 일괄 삭제할 예정입니다.

모래알 운영자
""",
    outcome="review", review="not_understood",
    imitates="forum admin promising to delete later the same day",
    why="삭제할 예정 is a promise; both posts stay pending",
    items={M[0]: "pending", M[1]: "pending"},
)

case(
    name="moraeal-bulk-korean",
    **{"from": "admin@moraeal.example"}, name_from=subj("모래알 운영자"),
    date="Sat, 07 Sep 2024 23:02:00 +0900",
    subject=subj(f"Re: {R4} 게시물 삭제 요청"), reply_to_req=REQ_STEM[R4],
    body=f"""
{R4} 건으로 요청하신 게시물 전부 삭제 완료했습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-sentence Korean admin reply covering a whole request",
    why="'all requested posts deleted' for a five-item request, none named",
    items={u: "pending" for u in M},
)

case(
    name="moraeal-admin-personal-mailbox",
    **{"from": "sand.admin77@inbox-kr.example"}, name_from=subj("모래알 관리자"),
    date="Sun, 08 Sep 2024 12:30:00 +0900",
    subject=subj(f"Re: {R4} 게시물 삭제 요청"),
    body=f"""
모래알 관리자입니다. 사이트 메일 서버가 고장나서 개인 메일로 답장드립니다.

{M[0]}, {M[2]} 둘 다 삭제했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="small-site admin answering from a personal webmail account",
    why="sender domain is not the forum's; cannot change statuses even if plausible",
    items={M[0]: "pending", M[2]: "pending"},
)

MOR_HTML = f"""<html><body>
<p>한국통신심의위원회 귀중</p>
<p>{R4} 시정요구에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{M[0]}</td><td>삭제</td><td>2024-09-09</td></tr>
<tr><td>2</td><td>{M[1]}</td><td>삭제</td><td>2024-09-09</td></tr>
<tr><td>3</td><td>{M[2]}</td><td>위반사항 없음(게시 유지)</td><td>-</td></tr>
<tr><td>4</td><td><a href="{MARKET}">{MARKET_RAW}</a></td><td>비공개 처리</td><td>2024-09-09</td></tr>
<tr><td>5</td><td>{M[4]}</td><td>임시조치(30일)</td><td>2024-09-09</td></tr>
</table>
<p>모래알 커뮤니티 운영팀 드림</p>
</body></html>
"""
case(
    name="moraeal-html-result-table",
    **{"from": "admin@moraeal.example"}, name_from=subj("모래알 운영팀"),
    date="Mon, 09 Sep 2024 17:40:00 +0900",
    subject=subj(f"[회신] {R4} 시정요구 조치결과"), reply_to_req=REQ_STEM[R4],
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(MOR_HTML),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 HTML table sent back by a site operator",
    why="per-row results: two 삭제, one kept (rejected), one 비공개 (removed), one 임시조치 (restricted)",
    items={M[0]: "removed", M[1]: "removed", M[2]: "rejected", MARKET: "removed", M[4]: "restricted"},
)

MOR_DSN_B = "=_moraeal_dsn_7781"
case(
    name="moraeal-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@moraeal.example"}, name_from="Mail Delivery System",
    date="Mon, 16 Sep 2024 09:00:04 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="{MOR_DSN_B}"

--{MOR_DSN_B}
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.moraeal.example.

Your message could not be delivered to <admin@moraeal.example>:
mailbox is full (quota exceeded). The message was returned after 3 days.

--{MOR_DSN_B}
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.moraeal.example

Final-Recipient: rfc822; admin@moraeal.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--{MOR_DSN_B}
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: admin@moraeal.example
Subject: Reminder: {R4} removal request overdue
Date: Fri, 13 Sep 2024 09:00:00 +0900
Message-ID: <reminder-{R4}-1@kcsc.example>

--{MOR_DSN_B}--
""",
    outcome="ignored", classification="bounce",
    imitates="delivery failure (mailbox full) for our reminder to a forum admin",
    why="bounce",
    items={},
)

# ================================================================ Kkachi image board (R5)
case(
    name="kkachi-janitor-one-liner",
    **{"from": "janitors@kkachi.example"}, name_from="kkachi janitors",
    date="Mon, 09 Sep 2024 23:58:00 +0900",
    subject=f"Re: {R5}", reply_to_req=REQ_STEM[R5],
    body=f"""
deleted {K[0]} and {K[1]}, poster range-banned for 30 days.
-- kkachi mod team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's one-line answer",
    why="both /b/ threads named and deleted",
    items={K[0]: "removed", K[1]: "removed"},
)

case(
    name="kkachi-thread-pruned",
    **{"from": "janitors@kkachi.example"}, name_from="kkachi janitors",
    date="Tue, 10 Sep 2024 08:12:00 +0900",
    subject=f"Re: {R5} /pol/ thread", reply_to_req=REQ_STEM[R5],
    body=f"""
{K[2]} was already gone when I looked: the thread fell off the last page
and was pruned automatically before your mail arrived. Nothing left to
delete on our end.

- hoshi (vol. janitor)
""",
    outcome="applied", classification="confirmation",
    imitates="image-board volunteer explaining that a thread expired before moderation",
    why="thread no longer exists (pruned before any action): not_found",
    items={K[2]: "not_found"},
)

MDN_B = "=_kkachi_mdn_0910"
case(
    name="kkachi-read-receipt",
    **{"from": "janitors@kkachi.example"}, name_from="kkachi janitors",
    date="Mon, 09 Sep 2024 12:00:00 +0900",
    subject=f"Read: {R5} removal request",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="{MDN_B}"

--{MDN_B}
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to janitors@kkachi.example at
9/9/2024 10:30 AM.

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the content has been read
or understood.

--{MDN_B}
Content-Type: message/disposition-notification

Reporting-UA: mail.kkachi.example; Thunderbird 115.14.0
Final-Recipient: rfc822;janitors@kkachi.example
Original-Message-ID: <{REQ_STEM[R5]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--{MDN_B}--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird message disposition notification (read receipt)",
    why="read receipt",
    items={},
)

case(
    name="kkachi-hedged-from-phone",
    **{"from": "janitors@kkachi.example"}, name_from="kkachi janitors",
    date="Mon, 09 Sep 2024 19:22:00 +0900",
    subject=f"Re: {R5}", reply_to_req=REQ_STEM[R5],
    body=f"""
hey, i think one of the other janitors may have already nuked
{K[0]}, and {K[1]} seems to be gone as well, but i can't confirm from my
phone. will check tonight.

sent from my phone
""",
    outcome="review", review="not_understood",
    imitates="informal janitor reply full of hedges",
    why="'may have', 'seems to be', 'can't confirm': no statement; both threads stay pending",
    items={K[0]: "pending", K[1]: "pending"},
)

case(
    name="kkachi-age-gate-kr-hidden",
    **{"from": "admin@kkachi.example"}, name_from="kkachi admin",
    date="Wed, 11 Sep 2024 14:00:00 +0900",
    subject=f"Re: {R5} /pol/ thread", reply_to_req=REQ_STEM[R5],
    body=f"""
Hello,

The /pol/ thread {K[2]} has been moved behind our 18+ confirmation page and
is no longer shown to visitors from Korea. It stays available elsewhere
under our global rules.

kkachi admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin applying an age gate and a country block",
    why="age-gated and hidden in Korea only: restricted",
    items={K[2]: "restricted"},
)

# ================================================================ PasteBowl (R6, one paste)
case(
    name="pastebowl-sole-statement",
    **{"from": "admin@pastebowl.example"}, name_from="PasteBowl admin",
    date="Tue, 10 Sep 2024 20:05:00 +0900",
    subject=f"Re: {R6} removal request", reply_to_req=REQ_STEM[R6],
    body="""
Hi, the paste you reported has been removed.

-- PasteBowl admin
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a paste site's only admin",
    why="a one-item request: the sole statement covers its item",
    items={P[0]: "removed"},
)

case(
    name="pastebowl-set-private-angle",
    **{"from": "abuse@pastebowl.example"}, name_from="PasteBowl Abuse",
    date="Wed, 11 Sep 2024 09:40:00 +0900",
    subject=f"Re: {R6} removal request", reply_to_req=REQ_STEM[R6],
    body=f"""
Hello,

The paste below has been set to private by our moderators and can no longer
be reached by anyone except staff:
<{P[0]}>

Its author's account is suspended.

PasteBowl Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="paste-site abuse reply, URL in angle brackets on the line below its statement",
    why="made private and unreachable by the public: removed",
    items={P[0]: "removed"},
)

case(
    name="pastebowl-unmonitored-autoreply",
    **{"from": "noreply@pastebowl.example"}, name_from="PasteBowl",
    date="Tue, 10 Sep 2024 16:00:09 +0900",
    subject=f"Auto: {R6} removal request", reply_to_req=REQ_STEM[R6],
    extra_headers=AUTO,
    body="""
Thanks for writing to PasteBowl.

This inbox is not monitored. Abuse reports are handled only through the form
at https://pastebowl.example/report. This is an automated message.
""",
    outcome="ignored", classification="auto_reply",
    imitates="'this mailbox is not monitored' auto-responder",
    why="auto-reply pointing to the report form; the form link is not an item",
    items={},
)

# ================================================================ EdgeVeil CDN (R7)
case(
    name="edgeveil-pass-through-forwarded",
    **{"from": "abuse@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
    date="Wed, 11 Sep 2024 15:30:00 +0000",
    subject=f"[EV-ABUSE-20417] Re: {R7}", reply_to_req=REQ_STEM[R7],
    body=f"""
Hello,

EdgeVeil provides CDN and security proxy services to webtoon-free99.example.
We are not the hosting provider of
{E[0]} or
{E[1]}, and we cannot remove material that we do not store.

We have forwarded your complaint to the site's hosting provider, Blueport
Networks (abuse@blueport.example), and to the website owner. You may wish to
contact the hosting provider directly.

EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are a pass-through and do not host this content' reply",
    why="no status for either page: forwarding to the host is neither removal, refusal on the merits, nor not found",
    items={E[0]: "pending", E[1]: "pending"},
)

case(
    name="edgeveil-edge-storage-disabled",
    **{"from": "abuse@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
    date="Thu, 12 Sep 2024 10:10:00 +0000",
    subject=f"[EV-ABUSE-20417] Re: {R7}", reply_to_req=REQ_STEM[R7],
    body=f"""
Hello,

{E[0]}: the images on this page were stored on EdgeVeil Store, our object
storage product. We have disabled access to those objects and the page now
returns an error.

{E[1]} is served from the customer's own origin server, not from our
storage; we have passed it on to their hosting provider.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN that also hosts objects at the edge disabling the hosted part",
    why="episode 1021 disabled: removed; 1022 only passed on: pending",
    items={E[0]: "removed", E[1]: "pending"},
)

case(
    name="edgeveil-korea-451-block",
    **{"from": "abuse@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
    date="Fri, 13 Sep 2024 06:00:00 +0000",
    subject=f"[EV-ABUSE-20417] Action taken - {R7}", reply_to_req=REQ_STEM[R7],
    body=f"""
Hello,

Following your request we have applied a country block: requests from the
Republic of Korea to the two addresses below now receive HTTP 451
(Unavailable For Legal Reasons).

  \u2022 {E[0]}
  \u2022 {E[1]}

The pages remain reachable from other countries.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN geo-block (HTTP 451 in one country) notice",
    why="blocked in Korea only, both pages named: restricted",
    items={E[0]: "restricted", E[1]: "restricted"},
)

HEADER = """# Blind set 961: hosting providers, a CDN, a registrar, a Korean forum,
# an image board, a file host and a paste site answering informally, plus
# CSV attachments and plain-text tables. Written by tests/corpus/blind961/make.py
# from each email's meaning, before any run of the reader. Config: config.toml here.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind961", HEADER, cases)
