#!/usr/bin/env python3
"""Blind set 451: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering the regulator, often
informally (abuse desks, admins writing one line), with CSV attachments and
plain-text tables.

    python3 tests/corpus/blind451/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning, before any run of
the reader.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

F = {i: u for i, u in enumerate([
    "https://filebarn.example/f/Qa81xKd2",
    "https://filebarn.example/f/Lm3Zp0Wc",
    "https://filebarn.example/f/Tt9vBn4R",
    "https://filebarn.example/f/Hy6sJq1E",
    "https://filebarn.example/f/Uo2kWm8D",
    "https://filebarn.example/f/Rc5gXe7N",
    "https://filebarn.example/f/Zb0nPa3K",
    "https://filebarn.example/f/Vw4yCi6S",
    "https://filebarn.example/d/folder/Km7Fq2",
    "https://filebarn.example/f/Gd8rLs5Y",
    "https://filebarn.example/f/Ep1hNv9T",
    "https://filebarn.example/f/Sx6aMb2Q",
], start=1)}

S = {
    1: "https://replica-mall-kr.example/goods/view.php?no=1182",
    2: "https://replica-mall-kr.example/goods/view.php?no=1190",
    3: "http://203.0.113.47/~drugshop/index.html",
    4: "https://pill-direct24.example/order",
}

D4_RAW = "https://dalbit-bbs.example/게시판/자유/99102"
D4 = "https://dalbit-bbs.example/" + quote("게시판/자유/99102", safe="/")
D = {
    1: "https://dalbit-bbs.example/free/88231",
    2: "https://dalbit-bbs.example/free/88245",
    3: "https://dalbit-bbs.example/humor/40112",
    4: D4,
    5: "https://dalbit-bbs.example/member/gwangju_fox",
}

K = {
    1: "https://kumochan.example/kr/thread/448120",
    2: "https://kumochan.example/kr/thread/448377",
    3: "https://img.kumochan.example/kr/src/1725600331842.jpg",
}

E = {
    1: "https://lucky-slot-88.example/",
    2: "https://toto-vip7.example/event/signup",
}

N1 = "http://kr-betting-hub.example/"

P = {
    1: "https://pastetin.example/raw/aX93kQ",
    2: "https://pastetin.example/p/Jr72Lm",
    3: "https://pastetin.example/p/Wq58Zt",
}

R_FB, R_ST, R_DB, R_KU, R_ED, R_NK, R_PT = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07")

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R_FB, "filebarn", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     list(F.values()), "obscenity", "file host; 12 links from one uploader, \"archive\" folder included"),
    (R_ST, "stratoline", "2024-09-04T11:30:00+09:00", "2024-09-11T18:00:00+09:00",
     list(S.values()), "drugs", "sent to the hosting provider's abuse desk, not the site owners"),
    (R_DB, "dalbit", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     list(D.values()), "defamation", "시정요구 (게시판 운영자 앞)"),
    (R_KU, "kumochan", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     list(K.values()), "obscenity", "image board, two threads and one image"),
    (R_ED, "edgeshield", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00",
     list(E.values()), "gambling", "CDN in front of both sites, origin unknown"),
    (R_NK, "namekeep", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [N1], "gambling", "registrar, whole domain"),
    (R_PT, "pastetin", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
     list(P.values()), "personal_data", "doxxing pastes, same author"),
]


def req_mid(ref):
    return ref + ".req"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers

def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def names(*pairs):
    return dict(pairs)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ filebarn (file host)

FB_FROM = "abuse@filebarn.example"

# 1. CSV attachment with the whole request
fb_csv = "\n".join([
    "link,file_name,status,action_date,comment",
    F[1] + ",set_01.zip,deleted,2024-09-05,ToS 4.2",
    F[2] + ",set_02.zip,deleted,2024-09-05,ToS 4.2",
    F[3] + ",set_03.zip,deleted,2024-09-05,ToS 4.2",
    F[4] + ",clip_a.mp4,deleted,2024-09-05,ToS 4.2",
    F[5] + ",clip_b.mp4,deleted,2024-09-05,ToS 4.2",
    F[6] + ",clip_c.mp4,deleted,2024-09-05,ToS 4.2",
    F[7] + ",img_pack.rar,deleted,2024-09-05,ToS 4.2",
    F[8] + ",img_pack2.rar,deleted,2024-09-05,ToS 4.2",
    F[9] + ",,not found,,folder no longer exists",
    F[10] + ",readme.pdf,deleted,2024-09-05,ToS 4.2",
    F[11] + ",lecture_notes.pdf,no action,,\"reviewed, no violation found\"",
    F[12] + ",set_04.zip,deleted,2024-09-05,ToS 4.2",
]) + "\n"
case(
    name="fb-csv-attachment-all-twelve",
    date="Thu, 05 Sep 2024 17:12:40 +0000",
    from_=FB_FROM, name_from="Filebarn Abuse",
    subject=f"Re: Removal request {R_FB}",
    reply_to_req=req_mid(R_FB),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fb-b1"

--fb-b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

We have processed your request {R_FB}. The result for each link is in the
attached spreadsheet (one row per link you sent).

Regards,
Dana K.
Filebarn Abuse Team

--fb-b1
Content-Type: text/csv; charset=utf-8; name="{R_FB}_result.csv"
Content-Disposition: attachment; filename="{R_FB}_result.csv"
Content-Transfer-Encoding: base64

{b64(fb_csv)}
--fb-b1--
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk reply with a per-link result spreadsheet (CSV attachment)",
    why="each CSV row states its link's outcome: ten deleted, the folder not found, one left up after review",
    items={**{F[i]: "removed" for i in (1, 2, 3, 4, 5, 6, 7, 8, 10, 12)},
           F[9]: "not_found", F[11]: "rejected"},
)

# 2. plain-text table
case(
    name="fb-plain-text-table",
    date="Fri, 06 Sep 2024 08:03:11 +0000",
    from_="support@filebarn.example", name_from="Filebarn Support",
    subject=f"[Filebarn #FB-20931] {R_FB} - processed",
    body=f"""Hi KCSC team,

Results for the first six links of your notice:

 #  | Link                                  | Result
----+---------------------------------------+----------------------------------
 1  | {F[1]}   | Deleted
 2  | {F[2]}   | Deleted
 3  | {F[3]}   | Deleted
 4  | {F[4]}   | Not found - removed by uploader
 5  | {F[5]}   | Deleted
 6  | {F[6]}   | Deleted

The remaining six are still with our review team.

--
Filebarn Support
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk ticket update with a fixed-width text table",
    why="table rows state outcomes for links 1-6; the other six are explicitly still pending",
    items={F[1]: "removed", F[2]: "removed", F[3]: "removed", F[4]: "not_found",
           F[5]: "removed", F[6]: "removed"},
)

# 3. one-line admin
case(
    name="fb-one-line-admin",
    date="Wed, 04 Sep 2024 23:41:02 +0000",
    from_="mk@filebarn.example", name_from="Mirko",
    subject=f"Re: {R_FB}",
    reply_to_req=req_mid(R_FB),
    body=f"""deleted both, uploader banned. {F[3]} {F[4]}

m.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small service's admin",
    why="'deleted both' names the two links on the same line",
    items={F[3]: "removed", F[4]: "removed"},
)

# 4. top-posted over quoted request (Gmail quoting)
quoted = "\n".join("> " + F[i] for i in range(1, 13))
case(
    name="fb-top-posted-over-quote",
    date="Sat, 07 Sep 2024 02:15:55 +0000",
    from_=FB_FROM, name_from="Filebarn Abuse",
    subject=f"Re: Removal request {R_FB}",
    reply_to_req=req_mid(R_FB),
    body=f"""Update on your request:

{F[11]} - removed
{F[12]} - removed
{F[10]} - we can't find this file, please double-check the link

Dana

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Filebarn,
>
> Under the Information and Communications Network Act we request the removal
> of the following files ({R_FB}):
>
{quoted}
>
> Please reply by 10 September 2024.
> KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail reply above the quoted request",
    why="three links get statements above the quote; the quoted list states nothing",
    items={F[11]: "removed", F[12]: "removed", F[10]: "not_found",
           F[1]: "pending", F[5]: "pending", F[9]: "pending"},
)

# 5. HTML table
case(
    name="fb-html-table-mixed",
    date="Mon, 09 Sep 2024 06:20:00 +0000",
    from_="noreply@filebarn.example", name_from="Filebarn Trust & Safety",
    subject=f"Outcome of your report {R_FB}",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif">
<p>Dear reporter,</p>
<p>Our Trust &amp; Safety team has reviewed the links in your report <b>{R_FB}</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Decision</th><th>Details</th></tr>
<tr><td><a href="{F[1]}">{F[1]}</a></td><td>Removed</td><td>Violates Terms &sect;4</td></tr>
<tr><td><a href="{F[2]}">{F[2]}</a></td><td>Removed</td><td>Violates Terms &sect;4</td></tr>
<tr><td><a href="{F[3]}">{F[3]}</a></td><td>Download blocked in South Korea</td><td>Local law</td></tr>
<tr><td><a href="{F[5]}">{F[5]}</a></td><td>No action</td><td>No violation of our Terms found</td></tr>
</table>
<p>You can read our Terms at <a href="https://filebarn.example/legal/terms">filebarn.example/legal/terms</a>.</p>
<p>Filebarn Trust &amp; Safety</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="file host's HTML decision table (removed / geo-blocked / no action)",
    why="rows: two removed, one blocked in Korea, one kept as not violating; the terms link is no item",
    items={F[1]: "removed", F[2]: "removed", F[3]: "restricted", F[5]: "rejected"},
)

# 6. quoted-printable body with soft breaks
fb_qp_text = (
    "Hello,\n\nAbout your notice " + R_FB + ": the file at " + F[12] +
    " has been disabled and can no longer be downloaded by anyone. The link " + F[6] +
    " was not found on our storage servers (it may never have existed or was mistyped).\n\n"
    "Best regards,\nFilebarn Abuse\n")
case(
    name="fb-quoted-printable-prose",
    date="Tue, 10 Sep 2024 12:44:09 +0000",
    from_=FB_FROM, name_from="Filebarn Abuse",
    subject=f"Re: {R_FB}",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(fb_qp_text)}""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk prose reply sent quoted-printable (long lines soft-wrapped)",
    why="one file disabled for everyone, one not found on the servers",
    items={F[12]: "removed", F[6]: "not_found"},
)

# 27. base64 body
fb_b64_text = f"""Hi,

As requested in {R_FB}, we took down these two files today:

  - {F[2]}
  - {F[3]}

Both uploads are gone and the hashes are on our block list.

Filebarn Abuse
"""
case(
    name="fb-base64-bulleted",
    date="Thu, 05 Sep 2024 09:30:00 +0000",
    from_=FB_FROM, name_from="Filebarn Abuse",
    subject=f"Re: Removal request {R_FB}",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(fb_b64_text)}""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply whose body the mail client sent base64-encoded",
    why="a bulleted list under 'we took down these two files today'",
    items={F[2]: "removed", F[3]: "removed"},
)

# 28. URL on the line below its statement
case(
    name="fb-url-below-statement",
    date="Fri, 06 Sep 2024 15:05:31 +0000",
    from_=FB_FROM, name_from="Filebarn Abuse",
    subject=f"Re: Removal request {R_FB}",
    body=f"""Hello,

The following file was disabled for violating our Terms of Service:
{F[7]}

The following file could not be located on our platform:
{F[8]}

If you have any questions about this notice, reply to this email.

Filebarn Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="DMCA-style notice template: heading sentence with the URL on the next line",
    why="each statement's URL stands on the line under it",
    items={F[7]: "removed", F[8]: "not_found"},
)

# 29. bare URL with status on the line below
case(
    name="fb-bare-url-status-below",
    date="Sat, 07 Sep 2024 10:10:10 +0000",
    from_="mk@filebarn.example", name_from="Mirko",
    subject=f"Re: {R_FB} (rest)",
    body=f"""{F[5]}
-> deleted

{F[6]}
-> deleted

{F[10]}
-> not found, no such file id

m.
""",
    outcome="applied", classification="confirmation",
    imitates="admin's terse reply: each URL followed by its result on the next line",
    why="each URL has its result on the line below it",
    items={F[5]: "removed", F[6]: "removed", F[10]: "not_found"},
)

# 32. wrapped URL in angle brackets
case(
    name="fb-wrapped-angle-url",
    date="Sun, 08 Sep 2024 07:45:00 +0000",
    from_=FB_FROM, name_from="Filebarn Abuse",
    subject=f"Re: Removal request {R_FB} - shared folder",
    body=f"""Hello,

We removed the shared folder you reported, together with the 41 files it
held: <https://filebarn.example/d/
folder/Km7Fq2>. Its owner can no longer share it.

We also deleted {F[1]}.

Filebarn Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose long URL the client wrapped inside angle brackets (RFC 3986 app. C)",
    why="the folder URL is wrapped across two lines inside <...>; both it and file 1 were removed",
    items={F[9]: "removed", F[1]: "removed"},
)

# 33. ticket receipt (ignored)
case(
    name="fb-ticket-receipt",
    date="Tue, 03 Sep 2024 01:02:03 +0000",
    from_="support@filebarn.example", name_from="Filebarn Support",
    subject=f"[Filebarn #FB-20931] Received: Removal request {R_FB}",
    extra_headers=["Auto-Submitted: auto-generated", "X-Autoreply: yes"],
    body=f"""Your request has been received.

Ticket number: FB-20931
Subject: Removal request {R_FB}

A member of our team will look at it and reply to this ticket. There is
no need to send the request again; to add information, reply to this
email and keep the ticket number in the subject.

Filebarn Support - https://filebarn.example/help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk (Zendesk-style) automatic ticket receipt",
    why="automatic receipt: ticket created, no statement about any file",
    items={},
)

# 42. bulk statement on the largest request
case(
    name="fb-bulk-all-twelve",
    date="Mon, 09 Sep 2024 16:00:00 +0000",
    from_=FB_FROM, name_from="Filebarn Abuse",
    subject=f"Re: Removal request {R_FB}",
    reply_to_req=req_mid(R_FB),
    body=f"""Hello,

All the files listed in your notice {R_FB} have been removed and the
uploader's account has been terminated.

Kind regards,
Filebarn Abuse Team
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="abuse-desk blanket confirmation naming no file",
    why="'all the files' for a 12-item request, none named",
    items={F[1]: "pending", F[12]: "pending"},
)

# ================================================================ stratoline (hosting provider)

ST_FROM = "abuse@stratoline-hosting.example"

case(
    name="st-ticket-resolved-mixed",
    date="Fri, 06 Sep 2024 03:20:44 +0000",
    from_=ST_FROM, name_from="Stratoline Abuse Desk",
    subject=f"[ABU-55120] Resolved - {R_ST}",
    reply_to_req=req_mid(R_ST),
    body=f"""Dear Sir or Madam,

Ticket ABU-55120 is now resolved.

Our customer has removed the pages at
{S[1]} and
{S[2]}
after we contacted them.

For {S[3]} we suspended the hosting account
ourselves; the site is offline.

We have no reply yet about the fourth address in your complaint.

Stratoline Hosting - Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse ticket closed: customer removed content, one account suspended",
    why="two pages removed by the customer, the third site suspended and offline; S4 still pending",
    items={S[1]: "removed", S[2]: "removed", S[3]: "removed", S[4]: "pending"},
)

case(
    name="st-forwarded-to-customer-promise",
    date="Wed, 04 Sep 2024 09:10:00 +0000",
    from_=ST_FROM, name_from="Stratoline Abuse Desk",
    subject=f"[ABU-55120] {R_ST}",
    body=f"""Hello,

We have forwarded your complaint about
  {S[1]}
  {S[2]}
to the customer responsible and asked them to take these pages down
within 48 hours. If they do not, we will suspend the service.

We will let you know once the ticket is closed.

Stratoline Hosting - Abuse Department
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="hosting abuse desk: complaint passed to the customer, deadline given",
    why="only a forwarding and a conditional promise; nothing has happened yet",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="st-not-on-our-network",
    date="Thu, 05 Sep 2024 05:55:00 +0000",
    from_="noc@stratoline-hosting.example", name_from="Stratoline NOC",
    subject=f"Re: {R_ST} pill-direct24",
    body=f"""Hi,

We checked {S[4]}: there is no service or customer
account for pill-direct24.example on our network, and the domain does not
point to any of our IP ranges. We cannot find this content with us.

The other three addresses are handled by our abuse desk under ABU-55120.

Regards,
Stratoline NOC
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider's 'not hosted on our network' answer",
    why="the host says it cannot find the site on its network: not_found for S4; the others are only referred to",
    items={S[4]: "not_found"},
)

case(
    name="st-bulk-all-removed",
    date="Sat, 07 Sep 2024 11:00:00 +0000",
    from_=ST_FROM, name_from="Stratoline Abuse Desk",
    subject=f"[ABU-55120] Closed - {R_ST}",
    reply_to_req=req_mid(R_ST),
    body="""Hello,

All of the reported URLs have now been removed by our customer and the
ticket is closed.

Stratoline Hosting - Abuse Department
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="hosting abuse desk blanket closure",
    why="'all of the reported URLs' for a four-item request, none named",
    items={},
)

case(
    name="st-forged-auth-fail",
    date="Sat, 07 Sep 2024 13:37:00 +0000",
    from_=ST_FROM, name_from="Stratoline Abuse Desk",
    auth="fail",
    subject=f"[ABU-55120] {R_ST} resolved",
    body=f"""Dear KCSC,

The following pages were deleted:
{S[1]}
{S[2]}

Stratoline Hosting - Abuse Department
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="abuse-desk confirmation that fails DKIM/SPF/DMARC",
    why="the platform's domain fails authentication, so nothing is applied",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="st-outlook-original-message",
    date="Mon, 09 Sep 2024 01:30:00 +0000",
    from_="j.varga@stratoline-hosting.example", name_from="Judit Varga",
    subject=f"RE: Removal request {R_ST}",
    body=f"""Hi,

the page {S[4]} has been disabled by our team today; the customer
had moved it to a new account with us.

Best,
Judit Varga
Abuse Handling | Stratoline Hosting

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:30 AM
To: abuse@stratoline-hosting.example
Subject: Removal request {R_ST}

Dear Stratoline,

Please remove the following content hosted on your network:

1. {S[1]}
2. {S[2]}
3. {S[3]}
4. {S[4]}

KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' with the request below",
    why="S4 disabled above the quote; the quoted list says nothing about S1-S3",
    items={S[4]: "removed", S[1]: "pending", S[2]: "pending", S[3]: "pending"},
)

case(
    name="st-ooo",
    date="Wed, 04 Sep 2024 02:31:00 +0000",
    from_="j.varga@stratoline-hosting.example", name_from="Judit Varga",
    subject=f"Automatic reply: Removal request {R_ST}",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 8 September with limited access to email.

For abuse reports please write to abuse@stratoline-hosting.example, which
is monitored around the clock.

Judit
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="st-wrong-platform-filebarn-files",
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    from_=ST_FROM, name_from="Stratoline Abuse Desk",
    subject="Files reported to our customer Filebarn",
    body=f"""Hello,

Filebarn is a customer of ours and a copy of your notice {R_FB} reached
us as well. Filebarn has confirmed to us that these files were deleted:

{F[7]}
{F[8]}

Please address future notices about Filebarn content to Filebarn directly.

Stratoline Hosting - Abuse Department
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="upstream hosting provider relaying its customer's action",
    why="the host states outcomes for another platform's (Filebarn's) items",
    items={F[7]: "pending", F[8]: "pending"},
)

# ================================================================ dalbit (Korean forum)

DB_FROM = "admin@dalbit-bbs.example"

case(
    name="db-kcsc-result-table",
    date="Fri, 06 Sep 2024 10:20:00 +0900",
    from_=DB_FROM, name_from="달빛게시판 운영팀",
    subject=f"[회신] 시정요구 조치결과 통보 ({R_DB})",
    reply_to_req=req_mid(R_DB),
    body=f"""방송통신심의위원회 담당자님께,

귀 위원회의 시정요구({R_DB})에 대한 조치결과를 아래와 같이 회신합니다.

연번  URL                                              조치결과
----  -----------------------------------------------  ------------------------
1     {D[1]}           삭제
2     {D[2]}           삭제
3     {D[3]}          블라인드
4     {D4_RAW}       게시물 없음 (작성자 삭제)
5     {D[5]}   회원 강제탈퇴 및 프로필 삭제

달빛게시판 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 text table from a community site",
    why="every row has its result: 삭제, 삭제, 블라인드, author already deleted, account and profile deleted",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found", D[5]: "removed"},
)

case(
    name="db-one-line-admin",
    date="Thu, 05 Sep 2024 22:47:00 +0900",
    from_="sysop@dalbit-bbs.example", name_from="달빛 운영자",
    subject=f"Re: {R_DB}",
    body=f"""말씀하신 글(https://dalbit-bbs.example/free/88245)은 방금 지웠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum operator's one-line answer",
    why="'방금 지웠습니다' states the post in parentheses was deleted",
    items={D[2]: "removed"},
)

case(
    name="db-temporary-measure",
    date="Sat, 07 Sep 2024 09:00:00 +0900",
    from_=DB_FROM, name_from="달빛게시판 운영팀",
    subject=f"임시조치 안내 ({R_DB})",
    body=f"""안녕하세요, 달빛게시판 운영팀입니다.

요청하신 게시물 중 아래 2건에 대하여 정보통신망법 제44조의2에 따라
30일간 임시조치(열람 제한)를 하였음을 알려드립니다.

- {D[1]}
- {D[3]}

임시조치 기간 중 게시자의 이의제기가 없으면 게시물은 삭제됩니다.
운영정책: https://dalbit-bbs.example/policy/report

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 임시조치 (30-day temporary measure) notice",
    why="임시조치 applied to two posts: restricted; the later deletion is conditional; policy link is no item",
    items={D[1]: "restricted", D[3]: "restricted"},
)

case(
    name="db-promise-korean",
    date="Thu, 05 Sep 2024 15:10:00 +0900",
    from_=DB_FROM, name_from="달빛게시판 운영팀",
    subject=f"Re: 시정요구 {R_DB}",
    body=f"""안녕하세요.

보내주신 게시물 3건
{D[1]}
{D[2]}
{D[3]}
은 내부 검토 후 조치할 예정입니다. 처리 결과는 검토가 끝나는 대로
회신드리겠습니다.

달빛게시판 운영팀
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Korean operator's 'will act after internal review' reply",
    why="조치할 예정 / 회신드리겠습니다 are promises; the named posts stay pending",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending"},
)

case(
    name="db-rejected-satire",
    date="Mon, 09 Sep 2024 11:30:00 +0900",
    from_=DB_FROM, name_from="달빛게시판 운영팀",
    subject=f"[회신] {R_DB} 일부 게시물 검토 결과",
    body=f"""담당자님 안녕하세요.

유머 게시판 글 {D[3]} 은 특정인을 지칭하지 않는 풍자 글로,
검토 결과 당 게시판 운영정책에 위반되지 않아 게시를 유지하기로 하였습니다.

나머지 게시물은 별도로 회신드리겠습니다.

달빛게시판 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator's refusal with reason (운영정책 위반 아님, 게시 유지)",
    why="the post stays up because it breaks no rule: rejected",
    items={D[3]: "rejected"},
)

case(
    name="db-korean-particles",
    date="Tue, 10 Sep 2024 08:15:00 +0900",
    from_="sysop@dalbit-bbs.example", name_from="달빛 운영자",
    subject=f"Re: {R_DB} 처리했습니다",
    body=f"""안녕하세요. {D[2]}은 삭제했고，{D[3]}는 블라인드 처리했습니다。
{D4_RAW}의 경우 작성자가 이미 지운 글이라 남아 있는 게 없습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator prose with URLs followed directly by particles and full-width punctuation",
    why="삭제, 블라인드 and 'author already deleted' for three posts whose URLs run into 은/는/의",
    items={D[2]: "removed", D[3]: "removed", D[4]: "not_found"},
)

case(
    name="db-html-notice",
    date="Wed, 11 Sep 2024 14:00:00 +0900",
    from_="noreply@dalbit-bbs.example", name_from="달빛게시판",
    subject=f"[달빛게시판] 게시중단 처리 안내 ({R_DB})",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''<html><body>
<h3>게시중단 처리 안내</h3>
<p>방송통신심의위원회의 요청({R_DB})에 따라 아래와 같이 처리하였습니다.</p>
<ul>
<li><a href="{D4_RAW}">{D4_RAW}</a><br>처리내용: 게시중단</li>
<li><a href="{D[5]}">{D[5]}</a><br>처리내용: 회원 페이지 접근 제한 (비회원 및 국내 이용자 열람 불가)</li>
</ul>
<p>문의: <a href="https://dalbit-bbs.example/help">고객센터</a></p>
</body></html>
''')}""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 게시중단 notice in HTML (base64)",
    why="게시중단 for the Korean-path post, 접근 제한 for the member page",
    items={D[4]: "removed", D[5]: "restricted"},
)

case(
    name="db-korean-autoreply",
    date="Thu, 05 Sep 2024 10:02:00 +0900",
    from_="sysop@dalbit-bbs.example", name_from="달빛 운영자",
    subject=f"[자동응답] 시정요구 {R_DB}",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""[자동응답] 운영자가 9월 6일까지 휴가 중입니다.

급한 신고는 게시판 하단의 신고하기 버튼을 이용해 주시기 바랍니다.
복귀 후 순서대로 확인하겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="vacation auto-reply",
    items={},
)

case(
    name="db-dsn-bounce",
    date="Thu, 05 Sep 2024 10:01:12 +0900",
    from_="MAILER-DAEMON@dalbit-bbs.example", name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-db1"

--dsn-db1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.dalbit-bbs.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dalbit-bbs.example>: mailbox unavailable: user unknown

--dsn-db1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.dalbit-bbs.example
Arrival-Date: Thu,  5 Sep 2024 10:01:10 +0900

Final-Recipient: rfc822; report@dalbit-bbs.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report@dalbit-bbs.example>: user unknown

--dsn-db1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report@dalbit-bbs.example
Subject: 시정요구 {R_DB}
Message-ID: <{req_mid(R_DB)}@kcsc.example>
Content-Type: text/plain; charset=utf-8

아래 게시물을 삭제해 주시기 바랍니다.
{D[1]}
{D[2]}

--dsn-db1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report, delivery-status) with the request returned",
    why="delivery failure; the URLs are only in the returned request",
    items={D[1]: "pending"},
)

case(
    name="db-asks-official-letter",
    date="Fri, 06 Sep 2024 16:40:00 +0900",
    from_=DB_FROM, name_from="달빛게시판 운영팀",
    subject=f"Re: 시정요구 {R_DB} - 자료 요청",
    body=f"""안녕하세요, 달빛게시판 운영팀입니다.

요청하신 게시물 5건({R_DB})의 조치를 위해 다음 자료를 보내주시기 바랍니다.

1. 기관 직인이 날인된 공문
2. 게시물별 위법 근거 (해당 법 조항)

자료를 받은 뒤 검토하여 회신드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean operator asking for an official letter before acting",
    why="asks for documents; no statement about any post",
    items={},
)

# ================================================================ kumochan (image board)

KU_FROM = "admin@kumochan.example"

case(
    name="ku-admin-angle-brackets",
    date="Fri, 06 Sep 2024 18:22:00 +0000",
    from_=KU_FROM, name_from="kumochan admin",
    subject=f"Re: {R_KU}",
    reply_to_req=req_mid(R_KU),
    body=f"""hi,

deleted both threads <{K[1]}> and <{K[2]}>,
and purged the image <{K[3]}> from storage and cache.
poster is banned.

-- admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin's lowercase informal reply with URLs in angle brackets",
    why="two threads deleted and the image purged",
    items={K[1]: "removed", K[2]: "removed", K[3]: "removed"},
)

case(
    name="ku-echoed-report-geo",
    date="Sun, 08 Sep 2024 04:00:00 +0000",
    from_="reports@kumochan.example", name_from="kumochan reports",
    subject=f"Report outcome - {R_KU}",
    body=f"""Your report:
  Reported URL: {K[2]}
  Reason given: illegal content (Korea)
  Outcome: Thread blocked for visitors from South Korea

Your report:
  Reported URL: {K[1]}
  Reason given: illegal content (Korea)
  Outcome: Thread not found - deleted by the original poster before review

Thanks for helping keep the boards clean.
""",
    outcome="applied", classification="confirmation",
    imitates="echoed report blocks with an 'Outcome' line (board report tool)",
    why="one thread geo-blocked for Korea, one already deleted by its poster",
    items={K[2]: "restricted", K[1]: "not_found"},
)

case(
    name="ku-hedge-and-promise",
    date="Sat, 07 Sep 2024 21:05:00 +0000",
    from_="janitor.ren@kumochan.example", name_from="ren",
    subject=f"Re: {R_KU}",
    body=f"""not sure who handles these, but {K[1]} seems to be gone
already, probably another janitor got it. i'll look at the other
thread tonight.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="volunteer moderator's hedged one-liner",
    why="'seems to be gone' is a hedge and 'i'll look' a promise",
    items={K[1]: "pending", K[2]: "pending"},
)

# ================================================================ edgeshield (CDN)

ED_FROM = "abuse@edgeshield.example"

case(
    name="ed-passthrough-forwarded",
    date="Mon, 09 Sep 2024 03:00:00 +0000",
    from_=ED_FROM, name_from="EdgeShield Trust & Safety",
    subject=f"EdgeShield abuse report #ES-8812-K ({R_ED})",
    body=f"""Hello,

EdgeShield provides reverse proxy and caching for {E[2]}.
We are not the hosting provider for that website and cannot remove
content from the origin server.

We have forwarded your complaint to the website owner and to the hosting
provider, Kestrel Cloud (abuse@kestrel-cloud.example, origin IP
198.51.100.77), who are in a position to act on it.

EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="CDN pass-through reply: not the host, complaint forwarded to host and owner",
    why="no action and no refusal on grounds of rules: only a referral, so the item stays pending",
    items={E[2]: "pending"},
)

case(
    name="ed-pages-removed-proxy-geo",
    date="Wed, 11 Sep 2024 07:30:00 +0000",
    from_=ED_FROM, name_from="EdgeShield Trust & Safety",
    subject=f"Action taken - EdgeShield abuse report #ES-8812-K ({R_ED})",
    reply_to_req=req_mid(R_ED),
    body=f"""Hello,

Following our review:

1) {E[1]} was deployed on EdgeShield Pages, so we are its host. We have
   removed the deployment; the site now returns 404 to every visitor.

2) {E[2]} only uses our proxy. At your request we have blocked access
   to it from IP addresses in the Republic of Korea.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN with hosting product: hosted site removed, proxied site blocked for one country",
    why="E1 removed for everyone; E2 blocked in Korea only: restricted",
    items={E[1]: "removed", E[2]: "restricted"},
)

case(
    name="ed-auto-ack",
    date="Mon, 09 Sep 2024 00:31:00 +0000",
    from_="noreply@edgeshield.example", name_from="EdgeShield",
    subject="We received your abuse report #ES-8812-K",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Thank you for your report.

Report ID: ES-8812-K
Category: Other illegal content
URLs submitted: 2

Our Trust & Safety team reviews reports in the order received. You will
hear from us by email if we need more information.

EdgeShield - https://edgeshield.example/abuse
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form automatic receipt",
    why="automatic receipt: report id, no statement",
    items={},
)

# ================================================================ namekeep (registrar)

NK_FROM = "abuse@namekeep.example"

case(
    name="nk-domain-suspended-sole",
    date="Wed, 11 Sep 2024 02:10:00 +0000",
    from_=NK_FROM, name_from="NameKeep Abuse",
    subject=f"Re: [{R_NK}] Abuse complaint",
    reply_to_req=req_mid(R_NK),
    body="""Dear complainant,

Following our review, the domain name has been suspended (EPP status
clientHold) and no longer resolves.

The registrant has been informed and may contact us to appeal.

NameKeep Registrar - Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse team: domain suspended (clientHold)",
    why="one-item request; the sole statement 'the domain has been suspended and no longer resolves' applies to it",
    items={N1: "removed"},
)

case(
    name="nk-registrar-declines",
    date="Thu, 12 Sep 2024 06:00:00 +0000",
    from_=NK_FROM, name_from="NameKeep Abuse",
    subject=f"Re: [{R_NK}] Abuse complaint kr-betting-hub.example",
    body=f"""Dear complainant,

NameKeep is a domain registrar. We do not host the website at
{N1} and we do not judge whether content is lawful.
The domain is registered in line with our terms, so we will take no action
against it. Please contact the hosting provider or obtain a court order.

NameKeep Registrar - Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar refusal: not an arbiter of content, no action on the domain",
    why="an explicit refusal with its reason (no breach of the registrar's terms): rejected",
    items={N1: "rejected"},
)

case(
    name="nk-contact-change-no-claims",
    date="Fri, 13 Sep 2024 09:00:00 +0000",
    from_="notices@namekeep.example", name_from="NameKeep",
    subject="Change to the NameKeep abuse contact",
    body="""Hello,

From 1 October 2024 NameKeep will accept abuse complaints only through
the form at https://namekeep.example/abuse or at
abuse-reports@namekeep.example. The old address will stop answering.

NameKeep Registrar
""",
    outcome="review", review="no_claims", classification="other",
    imitates="registrar notice to reporters about a new abuse contact",
    why="trusted platform mail that names no item and no request",
    items={},
)

# ================================================================ pastetin (paste site)

PT_FROM = "abuse@pastetin.example"

case(
    name="pt-gmail-one-liner",
    date="Wed, 11 Sep 2024 08:40:00 +0000",
    from_="ops@pastetin.example", name_from="Pastetin Ops",
    subject=f"Re: {R_PT}",
    reply_to_req=req_mid(R_PT),
    body=f"""removed {P[2]} and {P[3]}. {P[1]} had already expired (burn after
reading), nothing left to remove.

On Wed, Sep 11, 2024 at 3:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Please remove the following pastes ({R_PT}):
> {P[1]}
> {P[2]}
> {P[3]}
""",
    outcome="applied", classification="confirmation",
    imitates="paste-site operator's one-line reply above Gmail quoting",
    why="two pastes removed; the third had expired and no longer exists",
    items={P[2]: "removed", P[3]: "removed", P[1]: "not_found"},
)

case(
    name="pt-inline-csv",
    date="Thu, 12 Sep 2024 10:00:00 +0000",
    from_=PT_FROM, name_from="Pastetin Abuse",
    subject=f"{R_PT} results",
    body=f"""Results below (csv):

url,action,note
{P[1]},removed,
{P[2]},removed,author suspended
{P[3]},kept,"no personal data in it, only a public company address"

-- Pastetin abuse
""",
    outcome="applied", classification="confirmation",
    imitates="small service pasting a CSV table into the body",
    why="two removed; the third kept with the reason that it holds no personal data",
    items={P[1]: "removed", P[2]: "removed", P[3]: "rejected"},
)

case(
    name="pt-read-receipt",
    date="Wed, 11 Sep 2024 06:05:00 +0000",
    from_="ops@pastetin.example", name_from="Pastetin Ops",
    subject=f"Read: Removal request {R_PT}",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-pt"

--mdn-pt
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to ops@pastetin.example at
11/09/2024 15:00.

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the content has been
read or understood.

--mdn-pt
Content-Type: message/disposition-notification

Reporting-UA: Thunderbird
Final-Recipient: rfc822;ops@pastetin.example
Original-Message-ID: <{req_mid(R_PT)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-pt--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN)",
    why="read receipt",
    items={},
)

# ================================================================ unknown sender

case(
    name="unknown-site-owner",
    date="Fri, 06 Sep 2024 12:00:00 +0000",
    from_="owner@replica-mall-kr.example", name_from="replica-mall-kr",
    subject=f"About {R_ST} / my host's warning",
    body=f"""Hello,

My hosting company forwarded your complaint. I have deleted the two
product pages:
{S[1]}
{S[2]}

Please tell Stratoline so they do not suspend my account.
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="site owner (hosting customer) answering the regulator directly",
    why="the customer is not a configured platform; its statements are not applied",
    items={S[1]: "pending", S[2]: "pending"},
)


# ---------------------------------------------------------------- write

HEADER = """# Blind set 451 (tests/corpus/blind451/): hosting providers, a CDN, a
# registrar, a Korean forum, an image board, a file host and a paste site.
# Written by tests/corpus/blind451/make.py from each email's meaning, before
# any run of the reader. Do not edit by hand.
"""


def enc(s):
    """RFC 2047-encode a header text that is not plain ASCII."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        c["subject"] = enc(c["subject"])
        if "name_from" in c:
            c["name_from"] = enc(c["name_from"])
    corpuslib.write_set(HERE, "blind451", HEADER, CASES)


if __name__ == "__main__":
    main()
