#!/usr/bin/env python3
"""Blind set 643: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering the regulator, often
informally, sometimes with spreadsheets (CSV attachments) or plain-text
tables.

    python3 tests/corpus/blind643/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result below was written from the meaning of the email alone,
before the reader was ever run on it. All platforms, people, URLs and ids
are fictional; IP addresses come from the documentation ranges.
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

corpuslib.DOMAIN_NAMES.update({
    "cratedrop.io": "CrateDrop Trust & Safety",
    "hostnest.net": "HostNest Abuse Desk",
    "edgeveil.com": "EdgeVeil Trust & Safety",
    "namebarn.com": "NameBarn Abuse",
    "dalgona.kr": "Dalgona",
    "mokpan.net": "mokpan admin",
    "pastori.me": "Pastori Support",
})

# ---------------------------------------------------------------- requests

F = {
    1: "https://cratedrop.io/f/Ab3xK9qL",
    2: "https://cratedrop.io/f/Bm7Tz2Wd",
    3: "https://cratedrop.io/f/Cq9Pv4Rn",
    4: "https://cratedrop.io/f/Dx1Hs8Ke",
    5: "https://cratedrop.io/f/Ej5Lw3Ua",
    6: "https://cratedrop.io/f/Fk2Ny6Gt",
    7: "https://cratedrop.io/f/Gu8Rc1Vb",
    8: "https://cratedrop.io/f/Hw4Md7Jp",
    9: "https://cratedrop.io/d/JtZ0s5Xo",
    10: "https://cratedrop.io/d/Kr3Fa9Yi",
    11: "https://cratedrop.io/f/Lp6Qe2Ch",
    12: "https://cratedrop.io/f/Mn0Wb8Dz",
    13: "https://cratedrop.io/f/Nv7Ug3Ea?dl=1",
    14: "https://cratedrop.io/f/Oy5Ki1Fs",
}
H1 = "http://vivid-casino7.com/"
H2 = "https://hanul-pharm.shop/order.php?item=31"
H3 = "http://203.0.113.45/~minji/gallery/"
H4 = "https://sites.hostnest.net/daybreak-loans/"
E1 = "https://lotto-dream24.com/"
E2 = "https://pillmart-kr.net/catalog/sleep"
E3 = "https://spinwheel-88.net/event/bonus"
N1 = "http://bank-secure-login.co/"
N2 = "http://kr-taxrefund.info/apply"
D1 = "https://dalgona.kr/board/free/88123"
D2 = "https://dalgona.kr/board/humor/4412"
D3 = "https://dalgona.kr/tag/%EB%8F%84%EB%B0%95%EC%82%AC%EC%9D%B4%ED%8A%B8"
D3_RAW = "https://dalgona.kr/tag/도박사이트"
D4 = "https://dalgona.kr/board/free/88190"
D5 = "https://dalgona.kr/user/bluefox22"
M1 = "https://mokpan.net/b/res/55120.html"
M2 = "https://mokpan.net/g/res/20417.html"
M3 = "https://img.mokpan.net/src/1725861234567.jpg"
P1 = "https://pastori.me/p/Zq7wL2"

REQUESTS = [
    # ref, platform, sent, due, urls, category, message_id, note
    ("KCSC-240902-01", "cratedrop", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     [F[i] for i in range(1, 15)], "illegal-gambling", "req-240902-01@kcsc.example",
     "file host: gambling promotion archives and folders"),
    ("KCSC-240904-02", "hostnest", "2024-09-04T11:30:00+09:00", "2024-09-11T23:59:59+09:00",
     [H1, H2, H3, H4], "mixed", "req-240904-02@kcsc.example",
     "hosting provider: customer sites"),
    ("KCSC-240905-03", "edgeveil", "2024-09-05T15:00:00+09:00", "2024-09-12T23:59:59+09:00",
     [E1, E2, E3], "illegal-gambling", "req-240905-03@kcsc.example",
     "CDN in front of the sites"),
    ("KCSC-240906-04", "namebarn", "2024-09-06T09:40:00+09:00", "2024-09-13T23:59:59+09:00",
     [N1, N2], "phishing", "req-240906-04@kcsc.example",
     "registrar of the two domains"),
    ("KCSC-240909-05", "dalgona", "2024-09-09T10:15:00+09:00", "2024-09-16T23:59:59+09:00",
     [D1, D2, D3, D4, D5], "illegal-gambling", "req-240909-05@kcsc.example",
     "Korean community forum"),
    ("KCSC-240910-06", "mokpan", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00",
     [M1, M2, M3], "obscenity", "req-240910-06@kcsc.example",
     "anonymous image board"),
    ("KCSC-240911-07", "pastori", "2024-09-11T16:20:00+09:00", "2024-09-18T23:59:59+09:00",
     [P1], "personal-data", "req-240911-07@kcsc.example",
     "paste site"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers

def enc(s):
    """RFC 2047 encoded-word for a header holding non-ASCII text."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, platform_name):
    lines = [
        f"Dear {platform_name} team,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        f"block the following content under reference {ref}:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this email with the action taken for each link.", "",
              "KCSC Takedown Desk"]
    return "\n".join(lines)


# ---------------------------------------------------------------- cases

CASES = []


def case(**kw):
    kw["subject"] = enc(kw["subject"])
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    CASES.append(kw)


# ===== CrateDrop (file host), request KCSC-240902-01, 14 items =====

crate_csv = csv_text([
    ["ticket", "reported_link", "action", "reason", "actioned_at_utc"],
    ["CD-88412", F[1], "deleted", "gambling promotion (ToS 4.2)", "2024-09-04 02:11"],
    ["CD-88412", F[2], "deleted", "gambling promotion (ToS 4.2)", "2024-09-04 02:11"],
    ["CD-88412", F[3], "deleted", "gambling promotion (ToS 4.2)", "2024-09-04 02:12"],
    ["CD-88412", F[4], "deleted", "gambling promotion (ToS 4.2)", "2024-09-04 02:12"],
    ["CD-88412", F[5], "deleted", "gambling promotion (ToS 4.2)", "2024-09-04 02:13"],
    ["CD-88412", F[6], "deleted", "gambling promotion (ToS 4.2)", "2024-09-04 02:13"],
    ["CD-88412", F[7], "deleted", "gambling promotion (ToS 4.2)", "2024-09-04 02:14"],
    ["CD-88412", F[8], "deleted", "gambling promotion (ToS 4.2)", "2024-09-04 02:14"],
    ["CD-88412", F[9], "none", "folder does not exist", ""],
    ["CD-88412", F[10], "folder disabled", "all 37 files in folder disabled", "2024-09-04 02:20"],
    ["CD-88412", F[11], "none", "no violation found - kept online", ""],
    ["CD-88412", F[12], "deleted", "gambling promotion (ToS 4.2)", "2024-09-04 02:22"],
    ["CD-88412", F[13], "none", "already removed by uploader before review", ""],
    ["CD-88412", F[14], "deleted", "gambling promotion (ToS 4.2)", "2024-09-04 02:23"],
])

case(
    name="crate-csv-attachment-all-links",
    from_="trust@cratedrop.io", date="Wed, 04 Sep 2024 03:02:51 +0000",
    subject="Re: KCSC-240902-01 removal request - review result",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_cd_88412_a"

--=_cd_88412_a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have finished reviewing your notice KCSC-240902-01. The outcome for
each of the 14 links is in the attached spreadsheet, one row per link.
Uploader accounts behind the deleted files have been terminated.

Our terms: https://cratedrop.io/legal/terms

Kind regards,
Ines Varga
CrateDrop Trust & Safety

--=_cd_88412_a
Content-Type: text/csv; charset=utf-8; name="CD-88412_result.csv"
Content-Disposition: attachment; filename="CD-88412_result.csv"
Content-Transfer-Encoding: 7bit

{crate_csv}
--=_cd_88412_a--
""",
    outcome="applied", classification="confirmation",
    imitates="file-host trust & safety reply with a per-link result spreadsheet (CSV attachment)",
    why="CSV row per link: deleted/disabled -> removed, folder does not exist and removed by uploader -> not_found, no violation -> rejected",
    items={F[1]: "removed", F[2]: "removed", F[3]: "removed", F[4]: "removed", F[5]: "removed",
           F[6]: "removed", F[7]: "removed", F[8]: "removed", F[9]: "not_found", F[10]: "removed",
           F[11]: "rejected", F[12]: "removed", F[13]: "not_found", F[14]: "removed"},
)

case(
    name="crate-plain-text-table",
    from_="abuse@cratedrop.io", date="Tue, 03 Sep 2024 08:45:10 +0000",
    subject="Re: KCSC-240902-01 removal request (first batch)",
    reply_to_req="req-240902-01",
    body=f"""
Hi,

First batch of your list, checked by hand:

 # | Link                               | Outcome
---+------------------------------------+------------------------------------
 1 | {F[2]}   | deleted
 2 | {F[3]}   | deleted
 3 | {F[4]}   | not found (id never existed)
 4 | {F[5]}   | kept - scan of a public court notice, no violation
 5 | {F[6]}   | blocked for KR visitors only

Remaining links follow when we get through them.

-- 
Tomas
CrateDrop abuse team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk reply with a hand-made plain-text table",
    why="table rows: deleted -> removed, never existed -> not_found, kept no violation -> rejected, blocked for KR -> restricted; other links unnamed",
    items={F[2]: "removed", F[3]: "removed", F[4]: "not_found", F[5]: "rejected", F[6]: "restricted"},
)

case(
    name="crate-oneliner-both-taken-down",
    from_="mark@cratedrop.io", name_from="Mark Oduya",
    date="Tue, 03 Sep 2024 13:20:02 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body=f"""
{F[6]}
{F[7]}

both taken down, uploader banned.
-mark

Sent from my phone
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small file host's admin",
    why="'both taken down' right below the two named links: both removed",
    items={F[6]: "removed", F[7]: "removed"},
)

crate_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear KCSC team,</p>
<p>Thank you for your notice (reference KCSC-240902-01). After review by our Trust &amp; Safety specialists we have taken the following decisions:</p>
<ul>
<li><a href="{F[8]}">{F[8]}</a> &ndash; the file has been removed for violating our Acceptable Use Policy.</li>
<li><a href="{F[11]}">{F[11]}</a> &ndash; we found no violation of our policies or of applicable law; the file remains available.</li>
<li><a href="{F[12]}">{F[12]}</a> &ndash; access to this file has been blocked for users in the Republic of Korea.</li>
</ul>
<p>You can read our policy at <a href="https://cratedrop.io/legal/aup">cratedrop.io/legal/aup</a>. Decisions can be appealed at <a href="https://cratedrop.io/appeals">cratedrop.io/appeals</a>.</p>
<p>Best regards,<br>CrateDrop Trust &amp; Safety</p>
</body></html>
"""

case(
    name="crate-qp-html-three-decisions",
    from_="trust@cratedrop.io", date="Thu, 05 Sep 2024 10:04:33 +0000",
    subject="Your report KCSC-240902-01: decisions",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="b1_cd_qp"

--b1_cd_qp
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(crate_html)}
--b1_cd_qp--
""",
    outcome="applied", classification="confirmation",
    imitates="help-centre style HTML decision notice, quoted-printable, one decision per bullet",
    why="removed / no violation remains available -> rejected / blocked for users in Korea -> restricted; policy and appeal links are not items",
    items={F[8]: "removed", F[11]: "rejected", F[12]: "restricted"},
)

case(
    name="crate-top-posted-gmail-quote",
    from_="tomas@cratedrop.io", name_from="Tomas Lind",
    date="Fri, 06 Sep 2024 07:31:44 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body=f"""
Removed:
{F[8]}
{F[10]}

The rest we're still going through, will write again.

Tomas

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text("KCSC-240902-01", [F[i] for i in range(1, 15)], "CrateDrop"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the quoted request",
    why="two links under 'Removed:' are removed; the 14 links in the quoted request say nothing",
    items={F[8]: "removed", F[10]: "removed"},
)

case(
    name="crate-base64-geoblock",
    from_="trust@cratedrop.io", date="Mon, 09 Sep 2024 02:15:00 +0000",
    subject="KCSC-240902-01 - country restriction applied",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Hello,

Following your notice KCSC-240902-01, the two files below are now
geo-blocked. Visitors from South Korea see "This file is not available in
your country"; they remain reachable from other countries, where we have
no legal basis to remove them.

{F[5]}
{F[6]}

Regards,
CrateDrop Trust & Safety
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="file host country-withholding notice, base64 body",
    why="statement above the two URLs: blocked for visitors from Korea only -> restricted",
    items={F[5]: "restricted", F[6]: "restricted"},
)

case(
    name="crate-ticket-resolved-echo",
    from_="support@cratedrop.io", name_from="CrateDrop Support",
    date="Wed, 04 Sep 2024 16:48:09 +0000",
    subject="[CrateDrop #CD-88419] Your report has been resolved",
    reply_to_req="req-240902-01",
    body=f"""
Your report has been resolved.

----- Report summary -----
Reporter:  KCSC Takedown <takedown@kcsc.example>
Reference: KCSC-240902-01
Category:  Illegal or harmful content
Links:
  {F[3]}
  {F[4]}
--------------------------

Resolution per link:
  {F[3]}  - file removed
  {F[4]}  - not found (link invalid or expired)

You can reply to this email to reopen the ticket.
CrateDrop Support - https://cratedrop.io/help
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system 'resolved' email echoing the report then a resolution per link",
    why="echoed report lists links without status; the resolution lines give removed and not_found",
    items={F[3]: "removed", F[4]: "not_found"},
)

case(
    name="crate-promise-after-notice",
    from_="tomas@cratedrop.io", name_from="Tomas Lind",
    date="Tue, 03 Sep 2024 11:02:18 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body=f"""
Hi,

The two folders {F[9]} and {F[10]} belong to a paying account, so our
process is to give the owner 24 hours' notice first. They will be
disabled tomorrow once that runs out, unless the owner shows us a licence.

Tomas
""",
    outcome="review", review="not_understood",
    imitates="abuse desk explaining its notice period before acting",
    why="'will be disabled ... unless' is a promise under a condition: folders stay pending",
    items={F[9]: "pending", F[10]: "pending"},
)

case(
    name="crate-bulk-all-disabled",
    from_="trust@cratedrop.io", date="Tue, 10 Sep 2024 01:30:00 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body="""
Dear KCSC,

All 14 links listed in your notice KCSC-240902-01 have been disabled and
the uploading accounts closed.

Best,
CrateDrop Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="short closing reply covering the whole notice",
    why="one statement about all 14 items of a 14-item request without naming them: bulk",
    items={},
)

case(
    name="crate-asks-legal-basis",
    from_="legal@cratedrop.io", name_from="CrateDrop Legal",
    date="Wed, 04 Sep 2024 09:12:40 +0000",
    subject="Re: KCSC-240902-01 removal request - information needed",
    reply_to_req="req-240902-01",
    body="""
Dear Sir or Madam,

CrateDrop is established in Estonia and acts on government requests only
where the legal basis is clear. Before we can act on KCSC-240902-01, could
you please send us:

 - the provision of Korean law each file is alleged to breach, and
 - a document showing your authority to issue this request.

Please reply to this email with the documents; the links stay in our
queue until then.

CrateDrop Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="file host legal team asking for legal basis before acting",
    why="asks the regulator for documents; no item status",
    items={},
)

case(
    name="crate-ticket-receipt",
    from_="support@cratedrop.io", name_from="CrateDrop Support",
    date="Mon, 02 Sep 2024 01:00:41 +0000",
    subject="[CrateDrop #CD-88412] We received your report",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for contacting CrateDrop.

Your report has been received and ticket #CD-88412 has been created.
Our Trust & Safety team reviews reports in the order they arrive. You do
not need to send your report again.

CrateDrop Support - https://cratedrop.io/help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt",
    why="pure acknowledgement: ticket created, nothing about any item",
    items={},
)

# ===== HostNest (hosting provider), KCSC-240904-02, 4 items =====

case(
    name="host-ticket-closed-two-sites",
    from_="abuse@hostnest.net", date="Fri, 06 Sep 2024 05:40:12 +0000",
    subject="[HN-ABUSE-55791] KCSC-240904-02 - closed",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Update on your complaint KCSC-240904-02:

* {H1} - we have suspended the hosting account for this site. The site is
  offline and the customer has been told the suspension is permanent.
* {H2} - the customer deleted the page after our warning; the URL now
  returns 404.

We are still looking into the other two addresses and will update you
separately.

HostNest Abuse Desk
https://hostnest.net/aup
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse-desk ticket update, one bullet per URL",
    why="account suspended, site offline -> removed; customer deleted the page -> removed",
    items={H1: "removed", H2: "removed"},
)

case(
    name="host-directory-does-not-exist",
    from_="noc@hostnest.net", name_from="HostNest NOC",
    date="Thu, 05 Sep 2024 02:19:55 +0000",
    subject="Re: KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""
Hi,

re {H3}

We checked that server. There is no ~minji directory on it; the user
account was closed by its owner in August and its files were deleted with
it. So there is nothing there for us to remove.

regards
Jae-won, HostNest NOC
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider NOC engineer's short reply",
    why="directory does not exist, deleted by its owner before the request -> not_found",
    items={H3: "not_found"},
)

case(
    name="host-refuses-loan-broker",
    from_="abuse@hostnest.net", date="Mon, 09 Sep 2024 06:03:27 +0000",
    subject="[HN-ABUSE-55791] KCSC-240904-02 - no action",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

We reviewed {H4}.

The site belongs to a lending broker registered with the Financial
Supervisory Service (registration no. 2021-FSS-0417). We found nothing on
the page that breaks our Acceptable Use Policy or Korean law, so we will
not take it down. If you have a court decision or a finding that says
otherwise, please send it to us.

HostNest Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider declining a removal with its reason",
    why="refusal with its reason (no AUP or legal violation found) -> rejected",
    items={H4: "rejected"},
)

case(
    name="host-outlook-quote-angle-brackets",
    from_="sara.kim@hostnest.net", name_from="Sara Kim",
    date="Tue, 10 Sep 2024 00:55:06 +0000",
    subject="RE: KCSC-240904-02 removal request",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

<{H3}> has been taken offline today and the reseller account behind it
suspended. The other three are with different customers, I'll come back to
you on those.

Best regards,
Sara Kim
Abuse Handling | HostNest

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:30 AM
To: abuse@hostnest.net
Subject: KCSC-240904-02 removal request

{request_text("KCSC-240904-02", [H1, H2, H3, H4], "HostNest")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request quoted below -----Original Message-----",
    why="URL in angle brackets taken offline -> removed; the quoted request and 'the other three' change nothing",
    items={H3: "removed"},
)

case(
    name="host-hedge-might-be-down",
    from_="abuse@hostnest.net", date="Thu, 05 Sep 2024 09:14:50 +0000",
    subject="Re: KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""
Hi,

Looks like {H1} might already be gone - our monitoring shows that vhost
answering 503 since this morning, so the customer may have taken it down
themselves. We're confirming with them and will let you know.

HostNest Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="abuse desk giving a first impression before confirming",
    why="'might already be gone', 'may have taken it down': hedges, the site stays pending",
    items={H1: "pending"},
)

case(
    name="host-auth-fail-removed",
    from_="abuse@hostnest.net", auth="fail",
    date="Sat, 07 Sep 2024 13:33:33 +0000",
    subject="Re: KCSC-240904-02 removal request",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

The following site has been removed from our servers:

{H4}

HostNest Abuse Desk
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk removal notice whose DKIM/SPF/DMARC fail",
    why="HostNest's domain but authentication fails: nothing applied",
    items={H4: "pending"},
)

case(
    name="host-reseller-unknown-sender",
    from_="support@webpanel-korea.com", name_from="WebPanel Korea Support",
    date="Fri, 06 Sep 2024 03:10:00 +0000",
    subject="KCSC-240904-02 - hanul-pharm.shop",
    body=f"""
Hello,

We resell HostNest hosting and hanul-pharm.shop is one of our clients.
HostNest passed your complaint KCSC-240904-02 to us. The client has
deleted the order page, so {H2} is gone now.

Regards,
WebPanel Korea
""",
    outcome="review", review="unknown_sender",
    imitates="reseller writing on the host's behalf from its own domain",
    why="not a HostNest domain: a reseller's word is not the platform's statement",
    items={H2: "pending"},
)

case(
    name="host-out-of-office",
    from_="sara.kim@hostnest.net", name_from="Sara Kim",
    date="Wed, 04 Sep 2024 02:31:02 +0000",
    subject="Automatic reply: KCSC-240904-02 removal request",
    reply_to_req="req-240904-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 9 September
with limited access to email.

For abuse complaints please write to abuse@hostnest.net, which is
monitored around the clock. Network emergencies: https://hostnest.net/noc

Sara Kim
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

# ===== EdgeVeil (CDN), KCSC-240905-03, 3 items =====

case(
    name="cdn-blocked-worldwide-451",
    from_="abuse@edgeveil.com", date="Mon, 09 Sep 2024 08:00:19 +0000",
    subject="EdgeVeil abuse report #EV-310552 (KCSC-240905-03) - action taken",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Following our review of report #EV-310552, we have blocked the following
on the EdgeVeil network. Visitors in every region now receive an HTTP 451
page instead of the content:

- {E1}
- {E2}

The customer has been informed and may appeal through
https://edgeveil.com/trust/appeals.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust & safety notice of a global block (HTTP 451 page)",
    why="blocked for visitors in every region -> removed for both listed URLs",
    items={E1: "removed", E2: "removed"},
)

case(
    name="cdn-country-block-kr",
    from_="abuse@edgeveil.com", date="Tue, 10 Sep 2024 04:26:48 +0000",
    subject="EdgeVeil abuse report #EV-310553 (KCSC-240905-03)",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

For {E3} we have enabled a country block: requests from the Republic of
Korea are now answered with a 451 page. Access from other countries is not
affected, as we have no finding that the page is unlawful there.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN notice of a country block",
    why="blocked for requests from Korea only -> restricted",
    items={E3: "restricted"},
)

case(
    name="cdn-no-violation-url-below",
    from_="abuse@edgeveil.com", date="Wed, 11 Sep 2024 07:12:05 +0000",
    subject="EdgeVeil abuse report #EV-310552 (KCSC-240905-03) - closed",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

After review, the following site does not violate our Acceptable Use
Policy and EdgeVeil will continue to provide service to it:

{E1}

The lottery results it shows are published under a licence from the Malta
Gaming Authority. If you believe the content is unlawful in Korea, you may
contact the hosting provider, whose details we can share on request.

EdgeVeil Trust & Safety
https://edgeveil.com/trust/aup
""",
    outcome="applied", classification="confirmation",
    imitates="CDN closing a report with no action, URL on the line below its statement",
    why="no AUP violation, service continues: refusal with reason -> rejected",
    items={E1: "rejected"},
)

case(
    name="cdn-not-a-host-forwarded",
    from_="abuse@edgeveil.com", date="Thu, 05 Sep 2024 09:50:31 +0000",
    subject="EdgeVeil received your abuse report (KCSC-240905-03)",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

EdgeVeil received an abuse report regarding:

{E2}
{E3}

Please be aware that EdgeVeil is a pass-through reverse proxy and
security service. We are not the hosting provider and do not control the
content of our customers' websites.

We have forwarded your report to the website owner and to the hosting
provider (198.51.100.77), who are able to remove the content.

EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style 'we are not a hosting provider, report forwarded' reply",
    why="names both URLs, says only that the report was passed on: no status",
    items={E2: "pending", E3: "pending"},
)

case(
    name="cdn-dsn-delayed",
    from_="postmaster@edgeveil.com", name_from="Mail Delivery Subsystem",
    auth="none",
    date="Thu, 05 Sep 2024 10:02:44 +0000",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-ev-1"

--dsn-ev-1
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     legal-kr@edgeveil.com

The recipient's mailbox is full. The server will keep trying for another
4 days.

--dsn-ev-1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.edgeveil.com
Arrival-Date: Thu, 05 Sep 2024 06:00:12 +0000

Final-Recipient: rfc822; legal-kr@edgeveil.com
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
Will-Retry-Until: Mon, 09 Sep 2024 06:00:12 +0000

--dsn-ev-1
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@edgeveil.com
Cc: abuse@edgeveil.com
Subject: KCSC-240905-03 removal request
Date: Thu, 05 Sep 2024 15:00:00 +0900
Message-ID: <req-240905-03@kcsc.example>

--dsn-ev-1--
""",
    outcome="ignored", classification="bounce",
    imitates="delayed-delivery DSN (mailbox full)",
    why="delivery status notification, not a statement",
    items={},
)

# ===== NameBarn (registrar), KCSC-240906-04, 2 items =====

case(
    name="registrar-both-suspended",
    from_="abuse@namebarn.com", date="Sat, 07 Sep 2024 02:44:31 +0000",
    subject="[NB-ABUSE #204417] KCSC-240906-04 - domains suspended",
    reply_to_req="req-240906-04",
    body=f"""
Hello,

Thank you for your report. Our findings:

Reported URL: {N1}
Domain:       bank-secure-login.co
Action:       domain suspended (clientHold, nameservers pointed to our
              suspension page)

Reported URL: {N2}
Domain:       kr-taxrefund.info
Action:       domain suspended (clientHold)

Both registrations were made with false contact details and the same
payment card.

NameBarn Abuse Team
https://namebarn.com/legal/abuse-policy
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse desk: domains placed on clientHold, with reported URLs echoed",
    why="each reported URL's domain suspended, site no longer resolves -> removed",
    items={N1: "removed", N2: "removed"},
)

case(
    name="registrar-declines-tax-agent",
    from_="abuse@namebarn.com", date="Tue, 10 Sep 2024 05:05:05 +0000",
    subject="[NB-ABUSE #204418] KCSC-240906-04 - no action",
    reply_to_req="req-240906-04",
    body=f"""
Hello,

Regarding {N2}: the registrant sent us the business registration of a
licensed tax agency and the page only collects contact details for a
refund consultation. We found no evidence of phishing and will not suspend
the domain.

NameBarn Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar declining to suspend with its reason",
    why="refusal with a reason (no evidence of phishing) -> rejected",
    items={N2: "rejected"},
)

nb_csv = csv_text([
    ["case", "reported_url", "domain", "status", "comment"],
    ["NB-204417", N1, "bank-secure-login.co", "suspended", "clientHold applied 2024-09-07"],
    ["NB-204417", N2, "kr-taxrefund.info", "open", "under investigation, waiting for registrant reply"],
])

case(
    name="registrar-csv-one-open",
    from_="abuse@namebarn.com", date="Sun, 08 Sep 2024 01:12:00 +0000",
    subject="[NB-ABUSE #204417] status report",
    reply_to_req="req-240906-04",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="nb-204417-x"

--nb-204417-x
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Current status of your report KCSC-240906-04 is attached.

NameBarn Abuse Team

--nb-204417-x
Content-Type: text/csv; name="NB-204417.csv"
Content-Disposition: attachment; filename="NB-204417.csv"
Content-Transfer-Encoding: 7bit

{nb_csv}
--nb-204417-x--
""",
    outcome="applied", classification="confirmation",
    imitates="registrar status export as CSV attachment",
    why="suspended -> removed; 'open, under investigation' -> pending",
    items={N1: "removed", N2: "pending"},
)

case(
    name="registrar-clienthold-hostnest-site",
    from_="abuse@namebarn.com", date="Fri, 06 Sep 2024 08:21:19 +0000",
    subject="vivid-casino7.com - domain suspended",
    body=f"""
Hello,

A colleague at HostNest told us about your complaint. vivid-casino7.com
is registered with NameBarn; we have placed the domain on clientHold, so
{H1} no longer resolves.

NameBarn Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="registrar acting on a site whose request went to its hosting provider",
    why="NameBarn states the status of an item of the HostNest request",
    items={H1: "pending"},
)

case(
    name="registrar-ticket-receipt-echo",
    from_="noreply@namebarn.com", name_from="NameBarn Abuse",
    date="Fri, 06 Sep 2024 00:41:07 +0000",
    subject="[NB-ABUSE #204417] Abuse report received",
    reply_to_req="req-240906-04",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
This is an automated message.

We have received your abuse report and opened case NB-204417.

  Reported: {N1}
  Reported: {N2}
  Type:     Phishing

Our abuse team aims to respond within two business days. Please do not
reply to this message.

NameBarn - https://namebarn.com/legal/abuse-policy
""",
    outcome="ignored", classification="acknowledgement",
    imitates="registrar ticket receipt echoing the reported URLs",
    why="receipt only; the echoed URLs carry no statement",
    items={},
)

# ===== Dalgona (Korean forum), KCSC-240909-05, 5 items =====

case(
    name="dalgona-korean-notice-three",
    from_="cs@dalgona.kr", name_from="달고나 커뮤니티 운영팀",
    date="Tue, 10 Sep 2024 06:30:00 +0000",
    subject="[달고나] 게시물 조치 결과 안내 (KCSC-240909-05)",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요, 달고나 커뮤니티 운영팀입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240909-05)에 대한 조치 결과를
아래와 같이 안내드립니다.

1. {D1}는 운영정책 위반으로 삭제 처리하였습니다.
2. {D2} : 블라인드 처리 완료 (게시판 목록 및 검색에서 비노출)
3. {D3_RAW} 태그 페이지는 국내 접속 시 접근 제한 조치하였습니다.

나머지 2건은 확인 후 별도로 회신드리겠습니다.
운영정책: https://dalgona.kr/policy

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community 게시물 조치 결과 안내 (삭제 / 블라인드 / 접근 제한)",
    why="삭제 -> removed (URL followed by the particle 는), 블라인드 -> removed, 국내 접근 제한 on the raw Korean path -> restricted",
    items={D1: "removed", D2: "removed", D3: "restricted"},
)

case(
    name="dalgona-admin-oneliner",
    from_="admin@dalgona.kr", name_from="달고나 관리자",
    date="Tue, 10 Sep 2024 13:05:41 +0000",
    subject="Re: KCSC-240909-05 게시물 삭제 요청",
    reply_to_req="req-240909-05",
    body=f"""
{D4} 지웠어요.
{D5} 이 회원은 강제탈퇴 처리했습니다.

- 관리자
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's two-line reply",
    why="지웠어요 (deleted) -> removed; member force-withdrawn, profile gone -> removed",
    items={D4: "removed", D5: "removed"},
)

dalgona_html = f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240909-05)에 대한 조치결과를 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{D1}</td><td>삭제</td><td>2024.09.11 조치</td></tr>
<tr><td>2</td><td>{D2}</td><td>삭제</td><td>2024.09.11 조치</td></tr>
<tr><td>3</td><td>{D4}</td><td>게시물 없음</td><td>작성자가 요청 전 자진 삭제</td></tr>
<tr><td>4</td><td>{D5}</td><td>조치 불가</td><td>프로필에 위반 내용 없음</td></tr>
</table>
<p>태그 페이지 건은 검토 후 회신드리겠습니다.</p>
<p>달고나 커뮤니티 운영팀 드림</p>
</body></html>"""

case(
    name="dalgona-html-table-result",
    from_="cs@dalgona.kr", name_from="달고나 커뮤니티 운영팀",
    date="Wed, 11 Sep 2024 02:00:09 +0000",
    subject="[회신] 시정요구 조치결과 - KCSC-240909-05",
    reply_to_req="req-240909-05",
    type="html",
    body=dalgona_html,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply as an HTML table",
    why="삭제 -> removed twice; 게시물 없음 (author deleted it) -> not_found; 조치 불가, no violation -> rejected",
    items={D1: "removed", D2: "removed", D4: "not_found", D5: "rejected"},
)

case(
    name="dalgona-wrapped-tag-url",
    from_="cs@dalgona.kr", name_from="달고나 커뮤니티 운영팀",
    date="Thu, 12 Sep 2024 04:44:20 +0000",
    subject="Re: KCSC-240909-05 태그 페이지 관련",
    reply_to_req="req-240909-05",
    body="""
안녕하세요.

요청하신 태그 페이지에 대해 정보통신망법 제44조의2에 따라
임시조치(30일)를 하였습니다.
<https://dalgona.kr/tag/%EB%8F%84%EB%B0%95%EC%82%AC
%EC%9D%B4%ED%8A%B8>

게시자의 이의 제기가 없으면 기간 만료 후 삭제됩니다.

달고나 커뮤니티 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 임시조치 notice with a long percent-encoded URL wrapped inside angle brackets",
    why="임시조치 -> restricted; the later deletion is only a conditional future step",
    items={D3: "restricted"},
)

case(
    name="dalgona-bulk-korean",
    from_="cs@dalgona.kr", name_from="달고나 커뮤니티 운영팀",
    date="Fri, 13 Sep 2024 01:15:00 +0000",
    subject="Re: KCSC-240909-05 게시물 삭제 요청",
    reply_to_req="req-240909-05",
    body="""
안녕하세요, 달고나 운영팀입니다.

요청하신 게시물 5건 모두 삭제 조치 완료되었습니다.
협조 요청에 감사드립니다.
""",
    outcome="review", review="bulk",
    imitates="Korean one-sentence completion notice for the whole request",
    why="'5건 모두 삭제' for a five-item request, no item named: bulk",
    items={},
)

case(
    name="dalgona-under-review-fullwidth",
    from_="cs@dalgona.kr", name_from="달고나 커뮤니티 운영팀",
    date="Tue, 10 Sep 2024 01:20:00 +0000",
    subject="Re: KCSC-240909-05 게시물 삭제 요청",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요.

요청하신 게시물 중 유머게시판 글（{D2}）은
현재 내부 검토 중이며, 처리 결과는 확인 후 다시 안내드리겠습니다.

달고나 운영팀
""",
    outcome="review", review="not_understood",
    imitates="Korean 'under review' interim reply, URL in full-width parentheses",
    why="검토 중 (under review) and a promise to answer later: no status",
    items={D2: "pending"},
)

case(
    name="dalgona-read-receipt",
    from_="admin@dalgona.kr", name_from="달고나 관리자",
    date="Mon, 09 Sep 2024 02:03:11 +0000",
    subject="읽음: KCSC-240909-05 게시물 삭제 요청",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dg-7"

--mdn-dg-7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

제목: KCSC-240909-05 게시물 삭제 요청
읽은 시간: 2024-09-09 11:03

--mdn-dg-7
Content-Type: message/disposition-notification

Reporting-UA: webmail.dalgona.kr; Roundcube Webmail
Final-Recipient: rfc822; admin@dalgona.kr
Original-Message-ID: <req-240909-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dg-7--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Roundcube read receipt (MDN) in Korean",
    why="message disposition notification",
    items={},
)

case(
    name="dalgona-chuseok-auto-reply",
    from_="admin@dalgona.kr", name_from="달고나 관리자",
    date="Mon, 16 Sep 2024 00:00:05 +0000",
    subject="[자동응답] 추석 연휴 부재 안내",
    reply_to_req="req-240909-05",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요, 달고나 관리자입니다.

9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 메일 확인이 어렵습니다.
보내주신 메일은 19일(목)부터 순서대로 확인하겠습니다.

급한 신고는 https://dalgona.kr/report 로 접수해 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday out-of-office auto-reply (추석 연휴 부재 안내)",
    why="auto-reply",
    items={},
)

# ===== Mokpan (image board), KCSC-240910-06, 3 items =====

case(
    name="mokpan-thread-and-image-purged",
    from_="yuna@mokpan.net", name_from="Yuna (mokpan staff)",
    date="Tue, 10 Sep 2024 15:42:18 +0000",
    subject="Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""
thread {M1} is deleted, and the file
{M3} purged from the image server and the cdn cache. poster is banned.

--
Y., mokpan staff
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's informal reply",
    why="thread deleted -> removed; image purged from server and cache -> removed",
    items={M1: "removed", M3: "removed"},
)

case(
    name="mokpan-thread-auto-pruned",
    from_="admin@mokpan.net", date="Wed, 11 Sep 2024 03:09:00 +0000",
    subject="Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""
{M2} fell off the board before we got to it (boards prune old threads
automatically), it doesn't exist anymore. nothing for us to delete there.
still looking at the other two.

admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin explaining an auto-pruned thread",
    why="thread no longer exists (pruned before action) -> not_found",
    items={M2: "not_found"},
)

case(
    name="mokpan-age-gated",
    from_="admin@mokpan.net", date="Thu, 12 Sep 2024 10:30:30 +0000",
    subject="Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""
hi,

{M1} - moved to the 18+ section, which is hidden unless you've passed
the age check. we're not deleting it, it's drawn art and allowed under our
rules for adult boards.

admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin age-gating a thread instead of deleting it",
    why="hidden behind an age check -> restricted (the refusal to delete goes with an action taken)",
    items={M1: "restricted"},
)

case(
    name="mokpan-vague-no-reference",
    from_="admin@mokpan.net", date="Mon, 16 Sep 2024 22:10:44 +0000",
    subject="your mail",
    body="""
hey,

cleaned up what you sent us last week, those threads are gone. we're
volunteers so it takes a few days sometimes.

admin
""",
    outcome="review", review="no_claims",
    imitates="image-board admin's vague reply in a new thread",
    why="trusted Mokpan mail naming no item and no request: no_claims",
    items={},
)

case(
    name="mokpan-dsn-user-unknown",
    from_="MAILER-DAEMON@mx.mokpan.net", name_from="Mail Delivery System",
    auth="none",
    date="Tue, 10 Sep 2024 05:00:31 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="BB12.1725944431/mx.mokpan.net"

--BB12.1725944431/mx.mokpan.net
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.mokpan.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<janitors@mokpan.net>: unknown user: "janitors"

--BB12.1725944431/mx.mokpan.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.mokpan.net
Arrival-Date: Tue, 10 Sep 2024 05:00:30 +0000

Final-Recipient: rfc822; janitors@mokpan.net
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "janitors"

--BB12.1725944431/mx.mokpan.net
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: admin@mokpan.net, janitors@mokpan.net
Subject: KCSC-240910-06 removal request
Date: Tue, 10 Sep 2024 14:00:00 +0900
Message-ID: <req-240910-06@kcsc.example>

--BB12.1725944431/mx.mokpan.net--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report (5.1.1 unknown user)",
    why="bounce for one of the request's recipients",
    items={},
)

# ===== Pastori (paste site), KCSC-240911-07, 1 item =====

case(
    name="pastori-single-item-deleted",
    from_="support@pastori.me", date="Thu, 12 Sep 2024 09:17:52 +0000",
    subject="Re: [KCSC-240911-07] removal request",
    reply_to_req="req-240911-07",
    body="""
Hi,

The paste from your report KCSC-240911-07 has been deleted and the account
that posted it is locked.

Pastori Support
""",
    outcome="applied", classification="confirmation",
    imitates="small paste site's one-sentence confirmation",
    why="one-item request: 'the paste ... has been deleted' applies to its only item",
    items={P1: "removed"},
)

case(
    name="pastori-conditional-deletion",
    from_="support@pastori.me", date="Wed, 11 Sep 2024 23:40:00 +0000",
    subject="Re: [KCSC-240911-07] removal request",
    reply_to_req="req-240911-07",
    body=f"""
Hi,

We have notified the author of {P1}. The paste will be deleted
unless the author files a counter-notice within 48 hours.

Pastori Support
""",
    outcome="review", review="not_understood",
    imitates="paste site describing its notice-and-counter-notice step",
    why="deletion conditional on no counter-notice: a promise, the item stays pending",
    items={P1: "pending"},
)


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
    header = (
        "# Blind set 643 (tests/corpus/blind643): hosting providers, a CDN, a registrar,\n"
        "# a Korean forum, an image board, a file host and a paste site.\n"
        "# Written by make.py from its case list; expected results were written from\n"
        "# each email's meaning before the reader was run. Do not edit by hand.\n"
    )
    corpuslib.write_set(HERE, "blind643", header, CASES)


if __name__ == "__main__":
    main()
