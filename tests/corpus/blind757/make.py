#!/usr/bin/env python3
"""Blind set blind757: hosting providers, a CDN, a registrar, a Korean forum,
an image board, a file host and a paste site answering (often informally),
plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind757/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the email's meaning alone, before any run of
the reader.
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

SET = "blind757"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)
D = {
    1: "https://dropvault.example/f/Qm3kT9aa",
    2: "https://dropvault.example/f/Lp7wX2bc",
    3: "https://dropvault.example/f/Zr4nB8cd",
    4: "https://dropvault.example/f/Hy6uE1de",
    5: "https://dropvault.example/f/Tc9oJ5ef",
    6: "https://dropvault.example/f/Wb2iK7fg",
    7: "https://dropvault.example/f/Ns8aM3gh",
    8: "https://dropvault.example/f/Vx5pR0hi",
    9: "https://dropvault.example/folder/Gk1sD4ij",
    10: "https://dropvault.example/folder/Fe3qY6jk",
    11: "https://dl.dropvault.example/f/Ua0tC2kl/clip_0912.mp4",
    12: "https://dropvault.example/f/Rm7vL9lm",
}
I = {
    1: "https://imgcave.example/i/x7Kp2Qa",
    2: "https://imgcave.example/i/b3Nw8Re",
    3: "https://imgcave.example/a/Lo0vZ5t",
    4: "https://i.imgcave.example/m9Ty4Ud.jpg",
}
F = {
    1: "https://danpung.example/free/418823",
    2: "https://danpung.example/free/418907",
    3: "https://danpung.example/humor/77120",
    4: "https://danpung.example/%EA%B0%A4%EB%9F%AC%EB%A6%AC/8812",
    5: "https://danpung.example/board.php?bo_table=talk&wr_id=3391",
}
F4_RAW = "https://danpung.example/갤러리/8812"
N = {
    1: "http://sunny77.nuriweb.example/bbs/view.php?id=24",
    2: "http://sunny77.nuriweb.example/img/upload/0906_a.jpg",
    3: "http://bbam-toto.nuriweb.example/",
}
E = {
    1: "https://toon-harbor.example/series/9921/ep/14",
    2: "https://toon-harbor.example/series/9921/ep/15",
}
B1 = "https://kr-betzone.example/"
P = {
    1: "https://pastely.example/raw/u8Yh3Kd",
    2: "https://pastely.example/p/Jq2Wm7s",
}

REQUESTS = [
    # ref, platform, sent, due, category, urls, note
    (R1, "dropvault", "2024-09-03", "2024-09-10", "non-consensual-intimate-imagery",
     [D[i] for i in range(1, 13)], "file host; largest request"),
    (R2, "imgcave", "2024-09-04", "2024-09-11", "non-consensual-intimate-imagery",
     [I[i] for i in range(1, 5)], "image board"),
    (R3, "danpung", "2024-09-05", "2024-09-12", "defamation",
     [F[i] for i in range(1, 6)], "Korean community forum"),
    (R4, "nuriweb", "2024-09-06", "2024-09-13", "illegal-gambling",
     [N[i] for i in range(1, 4)], "Korean web host (customer sites)"),
    (R5, "edgeshield", "2024-09-09", "2024-09-16", "copyright",
     [E[1], E[2]], "CDN in front of a webtoon piracy site"),
    (R6, "namebox", "2024-09-10", "2024-09-17", "illegal-gambling",
     [B1], "registrar; whole gambling site"),
    (R7, "pastely", "2024-09-11", "2024-09-18", "personal-information",
     [P[1], P[2]], "paste site; doxxing pastes"),
]


def write_requests():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        mid = "req-" + ref[5:].lower() + "@kcsc.example"
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def req(ref):
    return "req-" + ref[5:].lower()


# ---------------------------------------------------------------- MIME helpers
def hdr(s):
    """RFC 2047 encoded header value (Korean subjects and names)."""
    return Header(s, "utf-8").encode(maxlinelen=76)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp_plain(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text.strip("\n") + "\n"))


def with_csv(boundary, text, filename, csv_text, bom=False):
    data = ("\ufeff" if bom else "") + csv_text.strip("\n") + "\n"
    fn = filename
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"This is a multi-part message in MIME format.\n\n"
        f"--{boundary}\n"
        f"Content-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip(chr(10))}\n\n"
        f"--{boundary}\n"
        f'Content-Type: text/csv; charset=utf-8; name="{fn}"\n'
        f'Content-Disposition: attachment; filename="{fn}"\n'
        f"Content-Transfer-Encoding: base64\n\n"
        f"{b64(data)}\n"
        f"--{boundary}--\n"
    )


def alt_html_b64(boundary, text, html):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        f"Content-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: base64\n\n"
        f"{b64(text.strip(chr(10)) + chr(10))}\n"
        f"--{boundary}\n"
        f"Content-Type: text/html; charset=utf-8\n"
        f"Content-Transfer-Encoding: base64\n\n"
        f"{b64(html.strip(chr(10)) + chr(10))}\n"
        f"--{boundary}--\n"
    )


def html_only_qp(html):
    return ("Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(html.strip("\n") + "\n"))


def quoted_request(ref, urls, when, intro="Please remove the following content"):
    """The regulator's request as quoted by a Gmail-style reply ('>')."""
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:",
             "> Dear Trust & Safety team,", ">",
             f"> Reference: {ref}",
             f"> {intro}, which is illegal under Korean law:", ">"]
    for n, u in enumerate(urls, 1):
        lines.append(f"> {n}. {u}")
    lines += [">", "> Please reply to this address with the action taken for each link.",
              ">", "> Korea Communications Standards Commission"]
    return "\n".join(lines)


def all_pending(urls):
    return {u: "pending" for u in urls}


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===== DropVault (file host), request R1, 12 items ==========================

case(
    name="dv-abuse-desk-topposted-gmail",
    **{"from": "abuse@dropvault.example"},
    name_from="DropVault Abuse",
    date="Wed, 04 Sep 2024 11:26:40 +0200",
    subject=f"Re: [{R1}] Removal request - 12 files",
    reply_to_req=req(R1),
    body=f"""
Hello,

Thanks for the report. Our abuse team went through the first links:

{D[1]} and {D[2]} were deleted this morning and the uploader's account has been closed.
{D[3]} does not exist on our side, that file ID is not valid (a typo maybe?).

We will come back to you about the rest of the list separately.

Regards,
Marta Kowalczyk
DropVault Abuse Team

{quoted_request(R1, [D[i] for i in range(1, 13)], 'Tue, 3 Sep 2024 at 15:02')}
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk reply top-posted over a Gmail-quoted request",
    why="two files deleted, one invalid ID; the quoted request below 'wrote:' changes nothing",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "pending", D[5]: "pending"},
)

DV_CSV = f"""link,result,date_utc,comment
{D[1]},deleted,2024-09-05,uploader banned
{D[2]},deleted,2024-09-05,
{D[3]},link invalid,2024-09-05,no file with this ID ever existed
{D[4]},deleted,2024-09-05,
{D[5]},deleted,2024-09-05,
{D[6]},blocked in KR,2024-09-05,geo-restricted for South Korean IP addresses
{D[7]},kept - no violation,2024-09-05,news footage; does not break our terms
{D[8]},deleted,2024-09-05,
{D[9]},disabled,2024-09-05,shared folder disabled
{D[10]},disabled,2024-09-05,shared folder disabled
{D[11]},already deleted by uploader,2024-09-05,file gone before our review
{D[12]},deleted,2024-09-05,
"""
case(
    name="dv-csv-export-attachment",
    **{"from": "trust-safety@dropvault.example"},
    name_from="DropVault Trust & Safety",
    date="Thu, 05 Sep 2024 16:03:12 +0000",
    subject=f"Re: [{R1}] Removal request - 12 files",
    reply_to_req=req(R1),
    raw_mime=with_csv("=_dv757csv_01", f"""
Hi,

Attached is the outcome for every link of {R1}, exported from our
moderation tool (one row per link). Let me know if anything is unclear.

Jonas Berg
Trust & Safety, DropVault
""", "KCSC-240903-01_results.csv", DV_CSV),
    outcome="applied", classification="confirmation",
    imitates="moderation-tool CSV export attached to an abuse-desk reply",
    why="CSV gives one result per link: deletions, a geo-block, an invalid link, a refusal, an uploader deletion",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed",
           D[5]: "removed", D[6]: "restricted", D[7]: "rejected", D[8]: "removed",
           D[9]: "removed", D[10]: "removed", D[11]: "not_found", D[12]: "removed"},
)

case(
    name="dv-plain-text-table",
    **{"from": "abuse@dropvault.example"},
    name_from="DropVault Abuse",
    date="Fri, 06 Sep 2024 09:40:05 +0200",
    subject=f"Re: [{R1}] Removal request - 12 files",
    reply_to_req=req(R1),
    body=f"""
Hello KCSC,

Status of the files from your request {R1} that were still open:

File ID    Link                                         Action taken
---------  -------------------------------------------  ---------------------------------
Hy6uE1de   {D[4]}         deleted
Tc9oJ5ef   {D[5]}         deleted
Wb2iK7fg   {D[6]}         access blocked from South Korea
Ns8aM3gh   {D[7]}         none - file not found
Vx5pR0hi   {D[8]}         deleted, uploader banned
Gk1sD4ij   {D[9]}    none - no breach of our ToS found

Marta
DropVault Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk pasting a fixed-width status table into a plain-text reply",
    why="one row per file: three deleted, one geo-blocked in Korea, one not found, one kept as not violating",
    items={D[4]: "removed", D[5]: "removed", D[6]: "restricted", D[7]: "not_found",
           D[8]: "removed", D[9]: "rejected"},
)

case(
    name="dv-statement-then-url-qp",
    **{"from": "legal@dropvault.example"},
    name_from="DropVault Legal",
    date="Mon, 09 Sep 2024 14:12:51 +0200",
    subject=f"Your request {R1}",
    raw_mime=qp_plain(f"""
Dear KCSC team,

Following your request {R1} we can report on three more links.

The following file was deleted for breaching our Terms of Service (section 4.2, intimate images shared without consent):
{D[12]}

Nothing exists any more at the address below; the uploader deleted the file before our review started:
{D[11]}

The shared folder below was reviewed by two moderators. It contains no material that breaks our rules or that we consider illegal, so it stays online:
{D[10]}

Kind regards,
Sophie Laurent
Legal Department – DropVault SAS
"""),
    outcome="applied", classification="confirmation",
    imitates="legal-department letter, statement first and the URL on the line below, quoted-printable",
    why="one deleted, one deleted by its uploader before review, one folder kept as not violating",
    items={D[12]: "removed", D[11]: "not_found", D[10]: "rejected"},
)

case(
    name="dv-helpdesk-ticket-update",
    **{"from": "support@help.dropvault.example"},
    name_from="Ana Ruiz (DropVault Support)",
    date="Fri, 06 Sep 2024 09:14:22 +0000",
    subject=f"[DropVault Support] Re: {R1} removal request",
    extra_headers=["X-Mailer: Helpdesk ticketing 4.2", "Reply-To: support+id48213@help.dropvault.example"],
    body=f"""
##- Please type your reply above this line -##

Your request (#48213) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Ana Ruiz (DropVault Support)

Sep 6, 2024, 09:14 UTC

Hi there,

The two shared folders from your report are now disabled and can no longer be opened by anyone:

{D[9]}
{D[10]}

I have passed the single download link to our storage team, they will reply in this ticket.

Best,
Ana

----------------------------------------------

KCSC Takedown

Sep 3, 2024, 08:02 UTC

Reference {R1}. In addition to our earlier email, please remove these links:

{D[9]}
{D[10]}
{D[11]}

Thank you.

----------------------------------------------

This email is a service from DropVault Support. [48213:VQ7-R2K]
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk (Zendesk-style) ticket update with the earlier comments listed below it",
    why="the agent states both folders disabled; the regulator's own comment below lists the download link without any status",
    items={D[9]: "removed", D[10]: "removed", D[11]: "pending"},
)

case(
    name="dv-base64-html-list",
    **{"from": "trust-safety@dropvault.example"},
    name_from="DropVault Trust & Safety",
    date="Sat, 07 Sep 2024 10:55:00 +0000",
    subject=f"Outcome of your report {R1}",
    reply_to_req=req(R1),
    raw_mime=alt_html_b64("=_dv757alt_02", f"""
Hello,

Our review of request {R1} is finished for these three files:

* {D[5]} - removed
* {D[6]} - removed
* {D[7]} - not removed. The file is a television news report; it does not break our Acceptable Use Policy and we are keeping it available.

Our Acceptable Use Policy: https://dropvault.example/legal/aup

DropVault Trust & Safety
""", f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Our review of request <b>{R1}</b> is finished for these three files:</p>
<ul>
<li><a href="{D[5]}">{D[5]}</a> &ndash; <b>removed</b></li>
<li><a href="{D[6]}">{D[6]}</a> &ndash; <b>removed</b></li>
<li><a href="{D[7]}">{D[7]}</a> &ndash; <b>not removed</b>. The file is a television news report; it does not break our Acceptable Use Policy and we are keeping it available.</li>
</ul>
<p>Our <a href="https://dropvault.example/legal/aup">Acceptable Use Policy</a></p>
<p style="color:#888">DropVault Trust &amp; Safety</p>
</body></html>
"""),
    outcome="applied", classification="confirmation",
    imitates="HTML trust-and-safety outcome mail with a bulleted list, base64 parts",
    why="two removed, one kept with its reason; the policy link is not an item",
    items={D[5]: "removed", D[6]: "removed", D[7]: "rejected"},
)

case(
    name="dv-outlook-original-message",
    **{"from": "p.novak@dropvault.example"},
    name_from="Petr Novak",
    date="Tue, 10 Sep 2024 08:31:19 +0200",
    subject=f"RE: [{R1}] Removal request - 12 files",
    reply_to_req=req(R1),
    body=f"""
Hello,

Files {D[8]} and {D[12]} have been deleted today.
The direct download link {D[11]} does not work any more either: we removed the file behind it together with the uploader's account.

Best regards
Petr Novak
Abuse Handling | DropVault

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 3:02 PM
To: abuse@dropvault.example
Subject: [{R1}] Removal request - 12 files

Dear Trust & Safety team,

Reference: {R1}
Please remove the following files:

{chr(10).join(D[i] for i in range(1, 13))}

Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over an unquoted '-----Original Message-----' block",
    why="three files deleted in the reply; the request below the Original Message line is not a statement",
    items={D[8]: "removed", D[12]: "removed", D[11]: "removed", D[1]: "pending", D[2]: "pending"},
)

case(
    name="dv-promise-48h",
    **{"from": "abuse@dropvault.example"},
    name_from="DropVault Abuse",
    date="Wed, 04 Sep 2024 17:45:02 +0200",
    subject=f"Re: [{R1}] Removal request - 12 files",
    reply_to_req=req(R1),
    body=f"""
Hi,

We have passed the following files to our moderation team:

{D[1]}
{D[2]}

If the content is confirmed they will be removed within 48 hours. You will get a separate confirmation.

DropVault Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk holding reply promising removal after moderation",
    why="a conditional promise ('will be removed within 48 hours' if confirmed) is not a statement",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="dv-bulk-all-disabled",
    **{"from": "abuse@dropvault.example"},
    name_from="DropVault Abuse",
    date="Sat, 07 Sep 2024 12:02:44 +0200",
    subject=f"Re: [{R1}] Removal request - 12 files",
    reply_to_req=req(R1),
    body=f"""
Hello,

All of the files listed in your request {R1} have been disabled.

Regards,
DropVault Abuse Team
""",
    outcome="review", review="bulk",
    imitates="one-line abuse-desk closure covering the whole request",
    why="a statement about all files of a 12-item request without naming each: bulk review",
    items=all_pending(D.values()),
)

case(
    name="dv-conditional-uploader-notified",
    **{"from": "abuse@dropvault.example"},
    name_from="DropVault Abuse",
    date="Thu, 05 Sep 2024 10:20:37 +0200",
    subject=f"Re: [{R1}] Removal request - 12 files",
    reply_to_req=req(R1),
    body=f"""
Hello,

We have notified the uploader of {D[2]} and {D[3]}
under our notice procedure. If they do not respond within 72 hours, the
files will be deleted.

DropVault Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="host's notice-and-action step: uploader notified, deletion conditional on no answer",
    why="a condition and a future deletion, no status",
    items={D[2]: "pending", D[3]: "pending"},
)

case(
    name="dv-out-of-office",
    **{"from": "m.kowalczyk@dropvault.example"},
    name_from="Marta Kowalczyk",
    date="Wed, 04 Sep 2024 07:01:10 +0200",
    subject=f"Automatic reply: [{R1}] Removal request - 12 files",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   f"In-Reply-To: <{req(R1)}@kcsc.example>"],
    body="""
Thank you for your message. I am out of the office until Monday 16 September
with limited access to email.

For urgent abuse matters please write to abuse@dropvault.example, where my
colleagues will pick up your request.

Marta
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply",
    why="auto-reply, no statement",
    items={},
)

case(
    name="dv-uploader-unknown-sender",
    **{"from": "minho.k88@kmail.example"},
    name_from="Minho K",
    date="Sun, 08 Sep 2024 23:14:09 +0900",
    subject=f"about {R1}",
    body=f"""
hello

i got an email from dropvault that my file was reported by you.
i am the uploader of {D[2]} and i already deleted it myself,
please close this case {R1}. it was a mistake, sorry

minho
""",
    outcome="review", review="unknown_sender",
    imitates="uploader writing to the regulator from a personal webmail address",
    why="not the platform: an uploader's claim from an unknown domain changes nothing",
    items={D[2]: "pending"},
)

# ===== ImgCave (image board), request R2, 4 items ===========================

case(
    name="img-mod-one-liner",
    **{"from": "dex@imgcave.example"},
    name_from="dex",
    date="Thu, 05 Sep 2024 02:47:13 +0000",
    subject=f"Re: [{R2}] removal request",
    reply_to_req=req(R2),
    body=f"""
deleted both of these, uploader banned:
{I[1]}
{I[2]}

-- dex, imgcave mod
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator answering in one line",
    why="both named images deleted",
    items={I[1]: "removed", I[2]: "removed"},
)

case(
    name="img-report-outcome-echo",
    **{"from": "reports@imgcave.example"},
    name_from="ImgCave Reports",
    date="Fri, 06 Sep 2024 13:30:00 +0000",
    subject=f"Report outcome - {R2}",
    reply_to_req=req(R2),
    body=f"""
Your report has been reviewed.

Report ID: IC-5517
Your reference: {R2}

Reported link: {I[3]}
Reason given: non-consensual intimate imagery
Outcome: album removed

Reported link: {I[4]}
Reason given: non-consensual intimate imagery
Outcome: nothing to remove, this file does not exist on our servers

Links not listed here are still being reviewed.

-- ImgCave
""",
    outcome="applied", classification="confirmation",
    imitates="report-outcome mail echoing each reported link with its outcome",
    why="the album removed; the direct image does not exist",
    items={I[3]: "removed", I[4]: "not_found"},
)

case(
    name="img-refusal-with-reason",
    **{"from": "abuse@imgcave.example"},
    name_from="ImgCave Abuse",
    date="Fri, 06 Sep 2024 18:05:41 +0000",
    subject=f"Re: [{R2}] removal request",
    reply_to_req=req(R2),
    body=f"""
Hi KCSC,

{I[1]} was removed, it broke our rules on intimate imagery.

{I[2]} we are keeping up. It is a drawing of a fictional character, not a
photo of a real person, and it does not break our content policy.

If you think we got this wrong you can send us more details.

ImgCave abuse team
""",
    outcome="applied", classification="confirmation",
    imitates="small image host answering with a removal and a reasoned refusal",
    why="one removed, one kept with a reason (rejected); the invitation to send details asks nothing",
    items={I[1]: "removed", I[2]: "rejected"},
)

case(
    name="img-ack-plus-update",
    **{"from": "abuse@imgcave.example"},
    name_from="ImgCave Abuse",
    date="Thu, 05 Sep 2024 09:12:00 +0000",
    subject=f"Re: [{R2}] removal request",
    reply_to_req=req(R2),
    body=f"""
Thanks, we received your report (ticket IC-5517).

Quick update: the album {I[3]} has been taken down already.
We are looking at the other links.

ImgCave abuse team
""",
    outcome="applied", classification="confirmation",
    imitates="acknowledgement that already carries a first outcome",
    why="an acknowledgement phrase plus an unhedged takedown statement is not a pure acknowledgement",
    items={I[3]: "removed"},
)

case(
    name="img-hedge-may-be-gone",
    **{"from": "abuse@imgcave.example"},
    name_from="ImgCave Abuse",
    date="Thu, 05 Sep 2024 15:44:26 +0000",
    subject=f"Re: [{R2}] removal request",
    reply_to_req=req(R2),
    body=f"""
Hi,

It looks like {I[4]} may have been removed already, possibly by the
uploader. I'll double-check with our storage team and confirm.

ImgCave abuse team
""",
    outcome="review", review="not_understood",
    imitates="moderator's hedged first look",
    why="'looks like … may have been removed' is a hedge, not a statement",
    items={I[4]: "pending"},
)

case(
    name="img-outsourced-helpdesk-unknown",
    **{"from": "support@imgcave.helpdeskly.example"},
    name_from="ImgCave Support",
    date="Sat, 07 Sep 2024 04:20:55 +0000",
    subject=f"[Ticket IC-5517] {R2} removal request - resolved",
    body=f"""
Hello,

Your ticket IC-5517 has been marked as resolved.

Resolution: the image {I[2]} has been removed.

Powered by Helpdeskly
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced helpdesk sending on a platform's behalf from its own domain",
    why="the sender's domain is not one of ImgCave's sender domains",
    items={I[2]: "pending"},
)

case(
    name="img-ticket-receipt",
    **{"from": "noreply@imgcave.example"},
    name_from="ImgCave",
    date="Wed, 04 Sep 2024 10:03:21 +0000",
    subject=f"We received your report ({R2})",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi,

We received your report and created ticket IC-5517.

Our team usually answers within 3 business days. Please do not reply to
this message; replies to this address are not read.

ImgCave
""",
    outcome="ignored", classification="acknowledgement",
    imitates="automatic ticket receipt",
    why="pure acknowledgement",
    items={},
)

# ===== 단풍넷 (Korean forum), request R3, 5 items ===========================

case(
    name="dp-korean-admin-notice",
    **{"from": "admin@danpung.example"},
    name_from=hdr("단풍넷 운영팀"),
    date="Fri, 06 Sep 2024 15:20:11 +0900",
    subject=hdr(f"[단풍넷] {R3} 요청 게시물 처리 결과 안내"),
    reply_to_req=req(R3),
    body=f"""
안녕하세요, 단풍넷 운영팀입니다.

방송통신심의위원회에서 요청하신 건({R3})에 대한 처리 결과를 안내드립니다.

1. {F[1]}
 - 커뮤니티 운영정책 위반으로 삭제하였습니다.
2. {F[2]}
 - 정보통신망법 제44조의2에 따라 30일간 임시조치(열람 제한)하였습니다.
3. {F[3]}
 - 요청 접수 전에 작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다.

나머지 2건은 확인 중이며, 처리되는 대로 다시 알려드리겠습니다.

감사합니다.
단풍넷 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community admin's numbered 처리 결과 notice (삭제, 임시조치, 작성자 삭제)",
    why="삭제 = removed, 임시조치 = restricted, 작성자 삭제로 존재하지 않음 = not_found",
    items={F[1]: "removed", F[2]: "restricted", F[3]: "not_found"},
)

case(
    name="dp-korean-raw-path-particles",
    **{"from": "admin@danpung.example"},
    name_from=hdr("단풍넷 운영자"),
    date="Mon, 09 Sep 2024 11:02:48 +0900",
    subject=hdr(f"Re: [{R3}] 불법정보 삭제 요청"),
    reply_to_req=req(R3),
    body=f"""
안녕하세요.

남은 2건 처리 결과입니다.

{F4_RAW} 게시물은 블라인드 처리했습니다.
{F[5]}의 경우 검토 결과 커뮤니티 이용규칙 및 관련 법령 위반 사항이 확인되지 않아 게시물을 유지합니다.

이의가 있으시면 회신 주세요.
단풍넷 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's short Korean reply with a raw Korean path and particles glued to URLs",
    why="블라인드 = removed; 위반 사항 없어 유지 = rejected",
    items={F[4]: "removed", F[5]: "rejected"},
)

DP_TABLE = f"""
<html><body>
<p>안녕하세요. 단풍넷 운영팀입니다.</p>
<p>{R3} 시정요구 건의 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>조치 일자</th></tr>
<tr><td>1</td><td>{F[1]}</td><td>삭제</td><td>2024-09-06</td></tr>
<tr><td>2</td><td>{F[2]}</td><td>접근 제한</td><td>2024-09-06</td></tr>
<tr><td>3</td><td>{F[3]}</td><td>게시물 없음 (작성자 삭제)</td><td>-</td></tr>
<tr><td>4</td><td>{F4_RAW}</td><td>블라인드</td><td>2024-09-09</td></tr>
<tr><td>5</td><td>{F[5].replace('&', '&amp;')}</td><td>미조치 (위반사항 없음)</td><td>2024-09-09</td></tr>
</table>
<p>문의: 단풍넷 운영팀 <a href="https://danpung.example/help/contact">고객센터</a></p>
</body></html>
"""
case(
    name="dp-html-table-korean",
    **{"from": "admin@danpung.example"},
    name_from=hdr("단풍넷 운영팀"),
    date="Tue, 10 Sep 2024 10:15:00 +0900",
    subject=hdr(f"[{R3}] 시정요구 조치결과 회신"),
    reply_to_req=req(R3),
    raw_mime=html_only_qp(DP_TABLE),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (번호/URL/조치 결과) in an HTML mail",
    why="one row per post: 삭제, 접근 제한, 게시물 없음, 블라인드, 미조치 (위반사항 없음)",
    items={F[1]: "removed", F[2]: "restricted", F[3]: "not_found", F[4]: "removed", F[5]: "rejected"},
)

case(
    name="dp-fullwidth-brackets",
    **{"from": "mod.haneul@danpung.example"},
    name_from=hdr("하늘 (단풍넷 관리자)"),
    date="Sat, 07 Sep 2024 21:40:02 +0900",
    subject=hdr(f"RE: [{R3}] 불법정보 삭제 요청"),
    reply_to_req=req(R3),
    body=f"""
수고 많으십니다.

요청하신 게시물（{F[2]}）은 국내 접속 차단 처리했습니다。
{F[1]} 게시물은 운영자 삭제했습니다.

관리자 하늘 드림
""",
    outcome="applied", classification="confirmation",
    imitates="volunteer forum moderator typing with full-width brackets and period",
    why="접속 차단 (국내) = restricted; 운영자 삭제 = removed",
    items={F[2]: "restricted", F[1]: "removed"},
)

case(
    name="dp-forged-auth-fail",
    **{"from": "admin@danpung.example"},
    name_from=hdr("단풍넷 운영팀"),
    auth="fail",
    date="Sun, 08 Sep 2024 03:11:40 +0900",
    subject=hdr(f"[{R3}] 처리 완료"),
    body=f"""
요청하신 게시물 처리 완료되었습니다.

{F[1]} 삭제
{F[2]} 삭제
""",
    outcome="review", review="untrusted",
    imitates="mail claiming the forum's domain that fails DKIM/SPF/DMARC",
    why="authentication fails for the platform's domain",
    items={F[1]: "pending", F[2]: "pending"},
)

case(
    name="dp-asks-more-korean",
    **{"from": "admin@danpung.example"},
    name_from=hdr("단풍넷 운영팀"),
    date="Fri, 06 Sep 2024 10:05:33 +0900",
    subject=hdr(f"Re: [{R3}] 불법정보 삭제 요청"),
    reply_to_req=req(R3),
    body=f"""
안녕하세요, 단풍넷 운영팀입니다.

요청하신 게시물 {F[1]} 에 대해 검토하려면 추가 자료가 필요합니다.
해당 게시물이 어떤 법령을 위반하는지와 명예훼손 피해자 본인의 요청인지 확인할 수 있는 자료를 회신해 주시기 바랍니다.

자료를 받는 대로 검토 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean forum asking for the legal basis and the victim's request before acting",
    why="asks for documents; the action is promised, not stated",
    items={F[1]: "pending"},
)

case(
    name="dp-read-receipt-mdn",
    **{"from": "admin@danpung.example"},
    name_from=hdr("단풍넷 운영팀"),
    date="Thu, 05 Sep 2024 16:48:09 +0900",
    subject=hdr(f"읽음 확인: [{R3}] 불법정보 삭제 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn757_dp_25"

--mdn757_dp_25
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 2024-09-05 16:48에 열어 보았습니다.
이 확인은 메일이 화면에 표시되었다는 뜻이며, 내용을 읽었거나 동의했다는 뜻은 아닙니다.

--mdn757_dp_25
Content-Type: message/disposition-notification

Reporting-UA: webmail.danpung.example; DanpungMail
Final-Recipient: rfc822; admin@danpung.example
Original-Message-ID: <{req(R3)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn757_dp_25--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN) in Korean",
    why="read receipt, no statement",
    items={},
)

# ===== 누리웹호스팅 (Korean web host), request R4, 3 items ===================

case(
    name="nw-host-speaks-for-forum",
    **{"from": "abuse@nuriweb.example"},
    name_from=hdr("누리웹호스팅 고객지원센터"),
    date="Tue, 10 Sep 2024 14:22:31 +0900",
    subject=hdr(f"[누리웹호스팅] {R3} 관련 회신"),
    body=f"""
안녕하세요. 누리웹호스팅 고객지원센터입니다.

귀 위원회에서 당사 호스팅 고객사인 단풍넷 측 게시물에 대해 문의하신 건({R3})과 관련하여,
고객사에 요청한 결과 {F[1]} 게시물이 삭제 조치되었음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="hosting provider reporting on a post of a forum it hosts",
    why="the host states the status of another platform's (the forum's) item",
    items={F[1]: "pending"},
)

case(
    name="nw-korean-hosting-qp",
    **{"from": "abuse@nuriweb.example"},
    name_from=hdr("누리웹호스팅 고객지원센터"),
    date="Mon, 09 Sep 2024 17:05:10 +0900",
    subject=hdr(f"[누리웹호스팅] {R4} 불법정보 처리 결과 안내"),
    reply_to_req=req(R4),
    raw_mime=qp_plain(f"""
안녕하세요. 누리웹호스팅 고객지원센터입니다.

{R4} 건 처리 결과를 안내드립니다.

- {N[1]} : 게시물 삭제 완료
- {N[2]} : 파일 삭제 완료
- {N[3]} : 불법 도박 사이트로 확인되어 호스팅 서비스 이용 정지 (현재 사이트 접속 불가)

추가 문의는 본 메일로 회신해 주시기 바랍니다.
누리웹호스팅 드림
"""),
    outcome="applied", classification="confirmation",
    imitates="Korean hosting company's 처리 결과 안내 mail, quoted-printable",
    why="post and file deleted; the whole gambling site suspended and unreachable (removed)",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed"},
)

case(
    name="nw-one-line-admin",
    **{"from": "sys.park@nuriweb.example"},
    name_from=hdr("박준호"),
    date="Tue, 10 Sep 2024 09:48:00 +0900",
    subject=hdr(f"Re: [{R4}] 불법정보 삭제 요청"),
    reply_to_req=req(R4),
    body=f"""
{N[2]} 삭제했습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="server admin's one-line reply",
    why="the named file deleted",
    items={N[2]: "removed"},
)

NW_CSV = f"""URL,조치결과,비고
{N[1]},삭제,게시물 삭제
{N[2]},삭제,파일 삭제
{N[3]},해당 없음,이미 해지된 계정으로 당사 서버에 존재하지 않는 사이트
"""
case(
    name="nw-csv-korean-headers",
    **{"from": "abuse@nuriweb.example"},
    name_from=hdr("누리웹호스팅 고객지원센터"),
    date="Wed, 11 Sep 2024 11:30:00 +0900",
    subject=hdr(f"[누리웹호스팅] {R4} 조치 결과 (첨부)"),
    reply_to_req=req(R4),
    raw_mime=with_csv("=_nw757csv_29", f"""
안녕하세요. 누리웹호스팅입니다.

{R4} 건의 URL별 조치 결과를 첨부 파일로 보내드립니다.

감사합니다.
""", "result_KCSC-240906-04.csv", NW_CSV, bom=True),
    outcome="applied", classification="confirmation",
    imitates="Korean host attaching a CSV (URL/조치결과/비고, UTF-8 with BOM)",
    why="two deletions; the third site no longer exists on their servers (not_found)",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found"},
)

case(
    name="nw-maintenance-notice",
    **{"from": "notice@nuriweb.example"},
    name_from=hdr("누리웹호스팅"),
    date="Thu, 12 Sep 2024 18:00:00 +0900",
    subject=hdr("[누리웹호스팅] 9월 정기 서버 점검 안내"),
    body="""
안녕하세요. 누리웹호스팅입니다.

보다 안정적인 서비스 제공을 위해 아래와 같이 정기 서버 점검을 진행합니다.

- 일시: 2024년 9월 19일(목) 02:00 ~ 05:00
- 대상: 웹호스팅 A/B 클러스터
- 영향: 점검 시간 중 일부 사이트 접속이 일시적으로 지연될 수 있습니다.

이용에 불편을 드려 죄송합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="hosting company's scheduled maintenance notice",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="nw-ticket-receipt-korean",
    **{"from": "help@nuriweb.example"},
    name_from=hdr("누리웹호스팅 고객센터"),
    date="Fri, 06 Sep 2024 16:10:44 +0900",
    subject=hdr(f"[접수완료] [{R4}] 불법정보 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
고객님의 문의가 정상적으로 접수되었습니다.

접수번호: NW-0906-118
제목: [{R4}] 불법정보 삭제 요청

담당자 확인 후 순차적으로 답변드리겠습니다. (영업일 기준 1~2일 소요)
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean helpdesk 접수완료 receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

# ===== EdgeShield (CDN), request R5, 2 items ================================

case(
    name="es-cdn-geoblock-kr",
    **{"from": "trust@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date="Wed, 11 Sep 2024 06:40:12 +0000",
    subject=f"[EdgeShield Abuse] {R5} - action taken",
    reply_to_req=req(R5),
    body=f"""
Hello,

Following your notice {R5}, EdgeShield has blocked access to the
following URLs for visitors located in the Republic of Korea:

  {E[1]}
  {E[2]}

The URLs remain reachable from other countries. The website operator has
been informed of this action.

EdgeShield Trust & Safety
https://edgeshield.example/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety notice of a country-level block",
    why="both URLs geo-blocked for Korea: restricted; the abuse page link is not an item",
    items={E[1]: "restricted", E[2]: "restricted"},
)

case(
    name="es-cdn-forwarded-to-host",
    **{"from": "abuse-noreply@edgeshield.example"},
    name_from="EdgeShield Abuse",
    date="Tue, 10 Sep 2024 03:15:09 +0000",
    subject=f"[EdgeShield Abuse] {R5} - forwarded to hosting provider",
    reply_to_req=req(R5),
    body=f"""
Hello,

EdgeShield provides pass-through security and caching for the website
concerned. We are not its hosting provider and cannot remove content
from the origin server.

We have forwarded your complaint about the URLs below to the website
operator and to the hosting provider (Orbit Origin Hosting,
abuse@orbit-origin.example), who are best placed to act on it:

{E[1]}
{E[2]}

EdgeShield Abuse
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are not the host, your complaint was forwarded' reply",
    why="names both URLs but states no action on them; forwarding is not a status",
    items={E[1]: "pending", E[2]: "pending"},
)

case(
    name="es-dsa-statement-of-reasons",
    **{"from": "sor@edgeshield.example"},
    name_from="EdgeShield Legal",
    date="Thu, 12 Sep 2024 12:00:00 +0000",
    subject=f"Statement of reasons - your notice {R5}",
    body=f"""
STATEMENT OF REASONS

Reference:          ES-SOR-2024-0912-0047
Your notice:        {R5}
Content concerned:  {E[2]}
Decision:           access to the content disabled for users in the
                    Republic of Korea
Territorial scope:  KR
Ground:             illegal content under the law of the Republic of
                    Korea (copyright infringement)
Automated detection: no
Automated decision:  no

The website operator may appeal this decision at
https://edgeshield.example/appeals

EdgeShield Inc., Legal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17-style statement of reasons with a territorial scope",
    why="access disabled in Korea only: restricted; the appeals link is not an item",
    items={E[2]: "restricted"},
)

case(
    name="es-auto-ack-echo",
    **{"from": "abuse-noreply@edgeshield.example"},
    name_from="EdgeShield Abuse",
    date="Mon, 09 Sep 2024 09:01:33 +0000",
    subject=f"[EdgeShield Abuse] Report received - {R5}",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thank you for your report. This is an automated confirmation.

Report ID: ESA-77310256
Category:  copyright
URLs reported:
  {E[1]}
  {E[2]}

We will review your report and get back to you if we need more
information. Please do not reply to this email.

EdgeShield Abuse
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse form's automated receipt echoing the reported URLs",
    why="pure acknowledgement; the echoed URLs carry no status",
    items={E[1]: "pending", E[2]: "pending"},
)

case(
    name="es-global-451-and-404",
    **{"from": "trust@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date="Fri, 13 Sep 2024 08:22:47 +0000",
    subject=f"Re: [EdgeShield Abuse] {R5}",
    reply_to_req=req(R5),
    body=f"""
Hello,

Update on {R5}:

We have disabled delivery of {E[1]} through our network worldwide;
requests for it now receive HTTP 451.

{E[2]} returns 404 from the customer's origin
server. There is no content at that address for us to act on.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN follow-up after content found hosted on its edge: global block, other URL a 404",
    why="disabled worldwide = removed; 404 / no content at that address = not_found",
    items={E[1]: "removed", E[2]: "not_found"},
)

# ===== Namebox (registrar), request R6, 1 item ==============================

case(
    name="nb-registrar-clienthold",
    **{"from": "abuse@namebox.example"},
    name_from="Namebox Abuse",
    date="Thu, 12 Sep 2024 10:45:00 +0000",
    subject=f"Re: Abuse complaint {R6} - kr-betzone.example",
    reply_to_req=req(R6),
    body=f"""
Hello,

Re: your complaint {R6}

We have verified the complaint. The domain name kr-betzone.example has been
suspended (EPP status clientHold) and no longer resolves, so the website
{B1} is no longer reachable.

The registrant has been notified.

Namebox Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse desk: domain put on clientHold",
    why="domain suspended and site unreachable everywhere: removed",
    items={B1: "removed"},
)

case(
    name="nb-registrar-refuses",
    **{"from": "abuse@namebox.example"},
    name_from="Namebox Abuse",
    date="Wed, 11 Sep 2024 15:30:12 +0000",
    subject=f"Re: Abuse complaint {R6} - kr-betzone.example",
    reply_to_req=req(R6),
    body=f"""
Hello,

Namebox is only the registrar of kr-betzone.example. We do not host the
website {B1} and have no control over its content.

Our policy is to suspend domain names for DNS abuse (phishing, malware,
botnets, pharming, spam). We do not suspend domains over website content
without an order from a court of competent jurisdiction. We are therefore
taking no action and the domain remains active.

You may wish to contact the hosting provider of the website.

Namebox Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="registrar refusing a content complaint without a court order",
    why="a reasoned refusal: the site stays up (rejected)",
    items={B1: "rejected"},
)

case(
    name="nb-korean-out-of-office",
    **{"from": "kr-desk@namebox.example"},
    name_from=hdr("Namebox 한국 지원팀"),
    date="Tue, 10 Sep 2024 19:02:00 +0900",
    subject=hdr(f"[자동응답] 부재중 안내: Abuse complaint {R6}"),
    extra_headers=["Auto-Submitted: auto-replied", f"In-Reply-To: <{req(R6)}@kcsc.example>"],
    body="""
안녕하세요. Namebox 한국 지원팀입니다.

9월 14일부터 18일까지 추석 연휴로 인해 메일 확인이 어렵습니다.
연휴 이후 순차적으로 답변드리겠습니다.

긴급한 신고는 abuse@namebox.example 로 보내 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) out-of-office auto-reply",
    why="auto-reply",
    items={},
)

# ===== Pastely (paste site), request R7, 2 items ============================

case(
    name="pe-url-dash-status",
    **{"from": "admin@pastely.example"},
    name_from="Pastely admin",
    date="Thu, 12 Sep 2024 01:12:09 +0000",
    subject=f"Re: [{R7}] Request for removal of personal information",
    reply_to_req=req(R7),
    body=f"""
<{P[1]}> - removed
<{P[2]}> - removed, account banned

--
Pastely
""",
    outcome="applied", classification="confirmation",
    imitates="paste-site admin's terse reply with URLs in angle brackets",
    why="both pastes removed, each named",
    items={P[1]: "removed", P[2]: "removed"},
)

case(
    name="pe-expired-and-deleted",
    **{"from": "admin@pastely.example"},
    name_from="Pastely admin",
    date="Fri, 13 Sep 2024 07:45:00 +0000",
    subject=f"Re: [{R7}] Request for removal of personal information",
    reply_to_req=req(R7),
    body=f"""
Hi,

{P[1]} had already expired before we looked at it (it was set to
expire after one day), so there is nothing there any more.

{P[2]} is deleted now.

Pastely
""",
    outcome="applied", classification="confirmation",
    imitates="paste-site admin: one paste expired on its own, the other deleted",
    why="expired paste gone before action = not_found; the other deleted",
    items={P[1]: "not_found", P[2]: "removed"},
)

case(
    name="pe-under-review-partial",
    **{"from": "admin@pastely.example"},
    name_from="Pastely admin",
    date="Thu, 12 Sep 2024 22:30:40 +0000",
    subject=f"Re: [{R7}] Request for removal of personal information",
    reply_to_req=req(R7),
    body=f"""
Hello,

{P[2]} was removed today, it contained a home address and phone number.

{P[1]} is still under review; we need to check whether the data in it is
public. I will write again once we have decided.

Pastely
""",
    outcome="applied", classification="confirmation",
    imitates="small service admin answering for one paste and deferring the other",
    why="one removed; 'still under review' leaves the other pending",
    items={P[2]: "removed", P[1]: "pending"},
)

case(
    name="pe-bulk-both",
    **{"from": "admin@pastely.example"},
    name_from="Pastely admin",
    date="Fri, 13 Sep 2024 03:05:18 +0000",
    subject=f"Re: [{R7}] Request for removal of personal information",
    reply_to_req=req(R7),
    body="""
Both pastes in your report have been removed.

Pastely
""",
    outcome="review", review="bulk",
    imitates="one-line closure covering a two-item request",
    why="a statement about both items of a two-item request without naming each: bulk",
    items={P[1]: "pending", P[2]: "pending"},
)

case(
    name="pe-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx1.pastely.example"},
    name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 10:02:51 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="dsn757.pe.44"

--dsn757.pe.44
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.pastely.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@pastely.example>: unknown user: "legal"

--dsn757.pe.44
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.pastely.example
X-Postfix-Queue-ID: 4WzK2m0Q7Tz9tB
Arrival-Date: Wed, 11 Sep 2024 10:02:50 +0900 (KST)

Final-Recipient: rfc822; legal@pastely.example
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; unknown user: "legal"

--dsn757.pe.44
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@pastely.example
Subject: [{R7}] Request for removal of personal information
Date: Wed, 11 Sep 2024 10:02:41 +0900
Message-ID: <{req(R7)}@kcsc.example>
Content-Type: text/plain; charset=utf-8

Reference: {R7}
Please remove the following pastes, which publish a private person's
home address and phone number:

{P[1]}
{P[2]}

--dsn757.pe.44--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN with the original request attached",
    why="bounce; the URLs are in the returned request",
    items={},
)

HEADER = """# blind757: blind set written from each email's meaning alone, before any
# run of the reader (see NOTES.md). Generated by make.py; do not edit.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
