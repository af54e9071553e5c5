#!/usr/bin/env python3
"""Blind set 967: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments and
plain-text tables. Written before any run of the reader; expected results
come from each email's meaning alone.

    python3 tests/corpus/blind967/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime as dt
import io
import os
import quopri
import sys
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
CET = dt.timezone(dt.timedelta(hours=2))


def d(s, tz=KST):
    return format_datetime(dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


def enc(s):
    return Header(s, "utf-8").encode()


def b64(s):
    raw = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
K = "https://kumoshare.io/f/"
KUMO = [K + x for x in ("7QmX2a", "9TbLw4", "A3kP0z", "Bv8Rn1", "C2yHs6", "D5uJq9",
                        "E1oWt3", "F6gMx8", "G4cNz2", "H9rKd5", "J0pLv7", "K8sFb3")]
KUMO_FOLDER = "https://kumoshare.io/folder/Qx72mZ"
KUMO_ALL = KUMO + [KUMO_FOLDER]
k = {u.rsplit("/", 1)[1]: u for u in KUMO}

HB_ROOT = "http://lucky-slot-777.hb-site.net/"
HB_JOIN = "http://lucky-slot-777.hb-site.net/join.php?ref=kr"
HB_MEDI = "https://mediskin-rx.hb-site.net/shop/item/44"
HB_BLUE = "http://203.0.113.45/~bluepanda/vip.html"
HB_ALL = [HB_ROOT, HB_JOIN, HB_MEDI, HB_BLUE]

FREE_KO_RAW = "https://dalbit.kr/board/자유게시판/10234"
FREE_KO = "https://dalbit.kr/board/%EC%9E%90%EC%9C%A0%EA%B2%8C%EC%8B%9C%ED%8C%90/10234"
DB_FREE = "https://dalbit.kr/board/free/10391"
DB_HUMOR = "https://dalbit.kr/board/humor/5521"
DB_GAL = "https://dalbit.kr/gallery/8830"
DB_PROF = "https://dalbit.kr/member/profile/nightowl77"
DB_ALL = [FREE_KO, DB_FREE, DB_HUMOR, DB_GAL, DB_PROF]

HN_T1 = "https://hanachan.org/b/res/448120.html"
HN_T2 = "https://hanachan.org/b/res/448133.html#p448140"
HN_IMG = "https://img.hanachan.org/src/1725950012345.jpg"
HN_ALL = [HN_T1, HN_T2, HN_IMG]

DN_A = "http://kcsc-refund-center.top/"
DN_B = "http://hometax-kr-refund.xyz/login"

EG_A = "https://win88toto.site/event"
EG_B = "https://win88toto.site/m/signup"

SP = "https://scribblepad.app/p/r8Kx2Q"

REQUESTS = [
    # ref, platform, sent, due, category, urls, note
    ("KCSC-240903-01", "kumoshare", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "obscenity", KUMO_ALL, "file host; 12 files and one shared folder"),
    ("KCSC-240905-02", "hostberry", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "gambling", HB_ALL, "web host; customer sites"),
    ("KCSC-240909-03", "dalbit", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00",
     "defamation", DB_ALL, "Korean forum; one Korean-path URL"),
    ("KCSC-240910-04", "hanachan", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "privacy", HN_ALL, "image board; two threads and one image"),
    ("KCSC-240911-05", "dotnami", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "phishing", [DN_A, DN_B], "registrar; two phishing domains"),
    ("KCSC-240916-06", "edgeguard", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00",
     "gambling", [EG_A, EG_B], "CDN in front of a gambling site"),
    ("KCSC-240918-07", "scribblepad", "2024-09-18T16:00:00+09:00", "2024-09-25T18:00:00+09:00",
     "privacy", [SP], "paste service; one paste"),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return ref + ".req"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# The regulator's own request, as platforms quote it back.
def request_text(ref):
    urls = REQ[ref][5]
    lines = [
        "Dear abuse team,",
        "",
        "The Korea Communications Standards Commission has decided that the",
        "information at the addresses below is illegal under Korean law. Please",
        "remove it or block access to it from Korea and tell us the result for",
        "each address.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", f"Our reference: {ref}", "", "KCSC Takedown Desk", "takedown@kcsc.example"]
    return lines


def gmail_quote(ref, when):
    head = f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"
    return "\n".join([head] + [("> " + l) if l else ">" for l in request_text(ref)])


def outlook_quote(ref, sent, to):
    return "\n".join([
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {sent}",
        f"To: {to}",
        f"Subject: [{ref}] Request for removal of illegal information",
        "",
    ] + request_text(ref))


def rfc822_headers(ref, to, date):
    return "\n".join([
        f"Message-ID: <{mid(ref)}@kcsc.example>",
        f"Date: {date}",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"To: {to}",
        f"Subject: [{ref}] Request for removal of illegal information",
    ])


CASES = []


def case(**c):
    CASES.append(c)


# ====================================================== KumoShare (13 items)
csv1 = "\n".join([
    "report_id,file_url,file_name,action,action_date",
    f"KS-77120,{k['7QmX2a']},clip_0912.mp4,deleted,2024-09-05",
    f"KS-77120,{k['9TbLw4']},pack2.zip,deleted,2024-09-05",
    f"KS-77120,{k['A3kP0z']},,not found,2024-09-05",
    f"KS-77120,{k['Bv8Rn1']},img_set_b.rar,deleted,2024-09-05",
    f"KS-77120,{k['C2yHs6']},notice_scan.pdf,no violation,2024-09-05",
    f"KS-77120,{k['D5uJq9']},vid_004.mp4,deleted,2024-09-05",
    f"KS-77120,{k['E1oWt3']},album.7z,geo-blocked (KR),2024-09-05",
]) + "\n"
case(
    name="kumo-csv-attachment",
    **{"from": "abuse@kumoshare.io"}, name_from="KumoShare Abuse",
    date=d("2024-09-05 17:42:10"), subject="Re: [KCSC-240903-01] Request for removal - results",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="ks-77120-b"

--ks-77120-b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Our team has finished processing your report KCSC-240903-01 (our ref
KS-77120). The action taken on each link is in the attached spreadsheet.
Files marked "deleted" are gone from our storage and cannot be restored
by the uploader.

Regards,
KumoShare Trust & Safety

--ks-77120-b
Content-Type: text/csv; charset=utf-8; name="KS-77120_results.csv"
Content-Disposition: attachment; filename="KS-77120_results.csv"
Content-Transfer-Encoding: base64

{b64(csv1)}
--ks-77120-b--
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk returning a per-link results spreadsheet (CSV attachment)",
    why="CSV rows state deleted / not found / no violation / geo-blocked for seven links",
    items={k["7QmX2a"]: "removed", k["9TbLw4"]: "removed", k["A3kP0z"]: "not_found",
           k["Bv8Rn1"]: "removed", k["C2yHs6"]: "rejected", k["D5uJq9"]: "removed",
           k["E1oWt3"]: "restricted"},
)

case(
    name="kumo-prose-two-lists",
    **{"from": "support@kumoshare.io"}, name_from="KumoShare Support",
    date=d("2024-09-04 21:05:33", UTC), subject="Your abuse report KCSC-240903-01",
    body=f"""Hi KCSC team,

Thanks for the report. Here is where things stand.

The following files were deleted for breaching section 4 of our Terms:
  - {k['7QmX2a']}
  - {k['Bv8Rn1']}
  - {k['E1oWt3']}
  - {k['G4cNz2']}

These two links don't point to anything on our side any more; the uploader
had already deleted them before we looked:
  - {k['C2yHs6']}
  - {k['K8sFb3']}

We are still going through the rest and will write again.

Best,
Daniel
KumoShare Support
""",
    outcome="applied", classification="confirmation",
    imitates="informal file-host support reply with a 'deleted' list and an 'already gone' list",
    why="four files deleted, two already deleted by the uploader (not_found); the rest still open",
    items={k["7QmX2a"]: "removed", k["Bv8Rn1"]: "removed", k["E1oWt3"]: "removed",
           k["G4cNz2"]: "removed", k["C2yHs6"]: "not_found", k["K8sFb3"]: "not_found"},
)

case(
    name="kumo-plain-text-table",
    **{"from": "noreply@kumoshare.io"}, name_from="KumoShare Abuse Desk",
    date=d("2024-09-06 09:10:00", UTC), subject="[KS-77120] Report outcome - KCSC-240903-01",
    body=f""" Report KS-77120 (your reference KCSC-240903-01) - outcome per link

 #  | Link                            | Outcome
----+---------------------------------+---------------------------------
 1  | {k['D5uJq9']}  | Removed (ToS 4.2)
 2  | {k['E1oWt3']}  | Removed (ToS 4.2)
 3  | {k['F6gMx8']}  | No action - file does not exist
 4  | {k['G4cNz2']}  | No action - no violation found

Files removed under ToS 4.2 are permanently deleted. Where no violation was
found the file stays available; you may send further evidence by replying.

KumoShare Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system outcome notice with a fixed-width plain-text table",
    why="table rows: two removed, one does not exist, one no violation (rejected)",
    items={k["D5uJq9"]: "removed", k["E1oWt3"]: "removed", k["F6gMx8"]: "not_found",
           k["G4cNz2"]: "rejected"},
)

case(
    name="kumo-bulk-all-disabled",
    **{"from": "abuse@kumoshare.io"}, name_from="KumoShare Abuse",
    date=d("2024-09-04 11:30:00"), subject="Re: [KCSC-240903-01] Request for removal of illegal information",
    reply_to_req=mid("KCSC-240903-01"),
    body="""Hello,

All files and the shared folder listed in your report KCSC-240903-01 have
been disabled, and the uploader's account has been closed.

KumoShare Abuse
""",
    outcome="review", review="bulk",
    imitates="one-sentence abuse-desk closure covering a whole report",
    why="one statement about all thirteen items of a multi-item request, none named",
    items={u: "pending" for u in KUMO_ALL},
)

case(
    name="kumo-ticket-receipt",
    **{"from": "noreply@kumoshare.io"}, name_from="KumoShare Help Center",
    date=d("2024-09-03 10:02:41"), subject="[KS-77120] We received your request",
    reply_to_req=mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Your request (KS-77120) has been received.

Thank you for contacting KumoShare. A member of our Trust & Safety team will
look at it and reply to this ticket. You can add information by replying to
this email; please keep the ticket number in the subject line.

This is an automated message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (Zendesk-style 'we received your request')",
    why="automatic ticket receipt, nothing about any item",
)

case(
    name="kumo-promise-24h",
    **{"from": "abuse@kumoshare.io"}, name_from="KumoShare Abuse",
    date=d("2024-09-04 15:12:09"), subject="Re: [KCSC-240903-01] Request for removal of illegal information",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hi,

We have checked the first batch. These files will be removed within 24 hours
once the second reviewer signs off:

{k['D5uJq9']}
{k['E1oWt3']}
{k['H9rKd5']}

I'll confirm when it's done.

Sora / KumoShare T&S
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk interim reply promising removal after a second review",
    why="'will be removed' is a promise, not a statement: items stay pending",
    items={k["D5uJq9"]: "pending", k["E1oWt3"]: "pending", k["H9rKd5"]: "pending"},
)

case(
    name="kumo-top-posted-gmail",
    **{"from": "sora.lim@kumoshare.io"}, name_from="Sora Lim",
    date=d("2024-09-04 18:44:02"), subject="Re: [KCSC-240903-01] Request for removal of illegal information",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Removed {k['7QmX2a']} and {k['9TbLw4']}.

{k['A3kP0z']} is a scan of a public court notice, it doesn't break our
rules so we're leaving it up.

Still working on the others.
Sora

{gmail_quote('KCSC-240903-01', 'Tue, 3 Sep 2024 at 10:00')}
""",
    outcome="applied", classification="confirmation",
    imitates="staff member's short top-posted reply over the Gmail-quoted request",
    why="two removed and one refused with its reason above the quote; quoted URLs say nothing",
    items={k["7QmX2a"]: "removed", k["9TbLw4"]: "removed", k["A3kP0z"]: "rejected"},
)

html8 = f"""<html><body style="font-family:Arial,sans-serif">
<p>Dear KCSC,</p>
<p>Please see below the outcome of your report <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Status</th><th>Note</th></tr>
<tr><td><a href="{k['J0pLv7']}">{k['J0pLv7']}</a></td><td>Removed</td><td>Terms 4.2</td></tr>
<tr><td><a href="{k['K8sFb3']}">{k['K8sFb3']}</a></td><td>Access blocked in South Korea</td><td>Local law</td></tr>
<tr><td><a href="{k['Bv8Rn1']}">{k['Bv8Rn1']}</a></td><td>Not found</td><td>Deleted by uploader before review</td></tr>
</table>
<p>See our <a href="https://kumoshare.io/legal/terms#s4">Terms, section 4</a> and
<a href="https://kumoshare.io/help/appeals">how uploaders can appeal</a>.</p>
<p>KumoShare Trust &amp; Safety</p>
</body></html>
"""
case(
    name="kumo-html-table-base64",
    **{"from": "trust@kumoshare.io"}, name_from="KumoShare Trust & Safety",
    date=d("2024-09-06 08:00:12", UTC), subject="Outcome of report KCSC-240903-01",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html8)}
""",
    outcome="applied", classification="confirmation",
    imitates="HTML outcome email with a results table, base64-encoded body",
    why="table: removed, blocked in South Korea (restricted), not found; terms/appeal links are not items",
    items={k["J0pLv7"]: "removed", k["K8sFb3"]: "restricted", k["Bv8Rn1"]: "not_found"},
)

case(
    name="kumo-hedged-inactive",
    **{"from": "daniel@kumoshare.io"}, name_from="Daniel Ortiz",
    date=d("2024-09-05 02:15:47", UTC), subject="Re: your report KCSC-240903-01",
    body=f"""Hi,

Quick note before the full answer: it looks like {k['F6gMx8']}
and {k['9TbLw4']} may already have been taken down by the uploader, our
dashboard shows them as inactive, but I need to double check with storage
before I can confirm.

Daniel
""",
    outcome="review", review="not_understood",
    imitates="informal support note hedging before a check ('looks like', 'may have been')",
    why="hedged ('looks like', 'may already have been', needs confirmation): no statement",
    items={k["F6gMx8"]: "pending", k["9TbLw4"]: "pending"},
)

case(
    name="kumo-folder-disabled",
    **{"from": "abuse@kumoshare.io"}, name_from="KumoShare Abuse",
    date=d("2024-09-05 10:20:00"), subject="Re: [KCSC-240903-01] shared folder",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hello,

The shared folder {KUMO_FOLDER} has been disabled; its public
page now shows "This folder is no longer available".

We will report on the individual files separately.

KumoShare Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse reply about a shared folder",
    why="the folder item is named and disabled (removed); the files are explicitly left for later",
    items={KUMO_FOLDER: "removed"},
)

csv41 = "\n".join([
    "URL;Status;Comment",
    f"{k['F6gMx8']};Blocked (KR);Access disabled for visitors from South Korea",
    f"{k['G4cNz2']};Removed;Deleted by moderation",
    f"{k['H9rKd5']};Not found;Invalid link - no file with this ID",
]) + "\n"
body41 = """Hello,

As requested, the results for the remaining links of KCSC-240903-01 are in
the attached file (one line per link).

Kind regards,
Léa Moreau
KumoShare Trust & Safety - EU office
"""
case(
    name="kumo-csv-semicolon-qp",
    **{"from": "lea.moreau@kumoshare.io"}, name_from="Lea Moreau",
    date=d("2024-09-07 11:03:55", CET), subject="KCSC-240903-01 - remaining links",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_eu_0907"

--=_eu_0907
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(body41)}
--=_eu_0907
Content-Type: text/csv; charset=utf-8
Content-Disposition: attachment; filename="kcsc-240903-01-remaining.csv"
Content-Transfer-Encoding: 8bit

{csv41}
--=_eu_0907--
""",
    outcome="applied", classification="confirmation",
    imitates="European T&S office sending a semicolon-separated CSV export",
    why="CSV: blocked for Korea (restricted), removed, invalid link (not_found)",
    items={k["F6gMx8"]: "restricted", k["G4cNz2"]: "removed", k["H9rKd5"]: "not_found"},
)

case(
    name="kumo-url-below-statement",
    **{"from": "abuse@kumoshare.io"}, name_from="KumoShare Abuse",
    date=d("2024-09-06 14:31:09"), subject="Re: [KCSC-240903-01] Request for removal of illegal information",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hello,

The following file was removed for violating our Terms of Service:
{k['H9rKd5']}

We could not find a file at the following address (the ID does not exist):
<{k['J0pLv7']}>

Regards,
KumoShare Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk template with each URL on the line below its statement",
    why="one removed, one not found (URL in angle brackets on the next line)",
    items={k["H9rKd5"]: "removed", k["J0pLv7"]: "not_found"},
)

case(
    name="kumo-out-of-office",
    **{"from": "sora.lim@kumoshare.io"}, name_from="Sora Lim",
    date=d("2024-09-03 10:01:05"), subject="Automatic reply: [KCSC-240903-01] Request for removal of illegal information",
    reply_to_req=mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday 9 September with limited access to
email. Abuse reports are being handled by the team at abuse@kumoshare.io in
the meantime.

Sora
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
)

case(
    name="kumo-conflicting-template",
    **{"from": "abuse@kumoshare.io"}, name_from="KumoShare Abuse",
    date=d("2024-09-06 16:00:00"), subject="[KS-77120] Update on KCSC-240903-01",
    body=f"""Result for {k['D5uJq9']}: Removed

Reviewer comment:
We looked at {k['D5uJq9']} again and it does not violate our Terms of
Service; the file remains available.

KumoShare Abuse
""",
    outcome="review", review="conflicting_statements",
    imitates="ticket update where the templated status contradicts the reviewer's comment",
    why="the same file is said to be removed and to remain available",
    items={k["D5uJq9"]: "pending"},
)

# ====================================================== Hostberry (4 items)
case(
    name="hb-ticket-resolved",
    **{"from": "abuse@hostberry.net"}, name_from="Hostberry Abuse",
    date=d("2024-09-06 10:48:00", UTC), subject="[Hostberry #HB-4420] Abuse report resolved (KCSC-240905-02)",
    body=f"""Ticket: HB-4420
Status: Resolved
Your reference: KCSC-240905-02

Action taken:

{HB_ROOT}
  - hosting account suspended, site offline (HTTP 403)
{HB_JOIN}
  - same account, offline
{HB_MEDI}
  - customer notified, awaiting their response

You can reply to this email to reopen the ticket.

Hostberry Network Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="hosting-provider ticket closure listing action per URL",
    why="account suspended: both lucky-slot URLs offline (removed); the third is only notified (pending)",
    items={HB_ROOT: "removed", HB_JOIN: "removed", HB_MEDI: "pending"},
)

case(
    name="hb-forwarded-to-customer",
    **{"from": "abuse@hostberry.net"}, name_from="Hostberry Abuse",
    date=d("2024-09-05 16:10:00"), subject="Re: [KCSC-240905-02] Request for removal of illegal information",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""Hello,

We have forwarded your complaint about {HB_ROOT} and
{HB_JOIN} to our customer and given them 48 hours to
respond. If the content is still online after that, we will suspend the
account.

Hostberry Abuse
""",
    outcome="review", review="not_understood",
    imitates="web host's 'forwarded to customer, 48 hours to respond' reply",
    why="forwarding and a conditional promise to suspend: no status for either URL",
    items={HB_ROOT: "pending", HB_JOIN: "pending"},
)

case(
    name="hb-forged-dmarc-fail",
    **{"from": "abuse@hostberry.net"}, name_from="Hostberry Abuse", auth="fail",
    date=d("2024-09-06 03:22:10"), subject="Re: KCSC-240905-02 - all removed",
    body=f"""Dear Sir,

All sites in your complaint KCSC-240905-02 are deleted:

{HB_ROOT}
{HB_JOIN}
{HB_MEDI}
{HB_BLUE}

Hostberry Abuse
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk style reply that fails DMARC for the host's domain",
    why="sender domain is the platform's but authentication fails",
    items={u: "pending" for u in HB_ALL},
)

case(
    name="hb-one-liner",
    **{"from": "mike@hostberry.net"}, name_from="Mike Dunn",
    date=d("2024-09-06 01:02:03", UTC), subject="Re: [KCSC-240905-02] Request for removal of illegal information",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""{HB_BLUE} - deleted, user account terminated.

-mike
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a hosting admin",
    why="one URL, unhedged 'deleted'",
    items={HB_BLUE: "removed"},
)

case(
    name="hb-rejected-licensed-shop",
    **{"from": "legal@hostberry.net"}, name_from="Hostberry Legal",
    date=d("2024-09-09 11:15:00", UTC), subject="Your complaint KCSC-240905-02 (mediskin-rx)",
    body=f"""Dear KCSC,

We reviewed the page {HB_MEDI} together with our
customer. The product offered there is a cosmetic cream sold by a licensed
pharmacy, and we found no breach of our Acceptable Use Policy
(https://hostberry.net/legal/aup). We will therefore not take any action on
this page; it remains online.

If you have a court order or further evidence, please send it to this
address.

Hostberry Legal
""",
    outcome="applied", classification="confirmation",
    imitates="host's legal team declining a complaint with its reason",
    why="refusal with a reason: rejected; the AUP link is not an item",
    items={HB_MEDI: "rejected"},
)

case(
    name="hb-out-of-office",
    **{"from": "mike@hostberry.net"}, name_from="Mike Dunn",
    date=d("2024-09-05 14:00:40"), subject="Out of Office: [KCSC-240905-02] Request for removal of illegal information",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Hi, I'm away until 16 September. For anything urgent please write to
noc@hostberry.net or open a ticket at https://hostberry.net/support.

Thanks,
Mike
""",
    outcome="ignored", classification="auto_reply",
    imitates="personal out-of-office reply of an abuse-desk admin",
    why="out-of-office auto-reply",
)

case(
    name="hb-ack-plus-statement",
    **{"from": "abuse@hostberry.net"}, name_from="Hostberry Abuse",
    date=d("2024-09-05 15:30:00"), subject="[Hostberry #HB-4431] We received your report KCSC-240905-02",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""Thank you, we have received your report and opened ticket #HB-4431.

We have already disabled the page {HB_JOIN}
on our side. The other addresses are being investigated and we will update
this ticket.

Hostberry Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also reports an action already taken",
    why="acknowledgement phrase plus an unhedged 'disabled' for one URL",
    items={HB_JOIN: "removed"},
)

case(
    name="hb-outlook-top-post",
    **{"from": "r.kowalski@hostberry.net"}, name_from="Radek Kowalski",
    date=d("2024-09-10 09:05:00", CET), subject="RE: [KCSC-240905-02] Request for removal of illegal information",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""Hello,

Our customer did not answer within the deadline, so we removed the product
page {HB_MEDI} ourselves; it now returns 404.

The address {HB_BLUE} is on a shared server; that user
directory has been disabled.

Best regards
Radek Kowalski
Hostberry - Abuse Department

{outlook_quote('KCSC-240905-02', 'Thursday, September 5, 2024 7:00 AM', 'abuse@hostberry.net')}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over an '-----Original Message-----' quote",
    why="two URLs removed above the quote; the quoted request changes nothing",
    items={HB_MEDI: "removed", HB_BLUE: "removed"},
)

case(
    name="hb-speaks-for-cdn-items",
    **{"from": "abuse@hostberry.net"}, name_from="Hostberry Abuse",
    date=d("2024-09-17 13:40:00"), subject="Complaint forwarded by EdgeGuard - your ref KCSC-240916-06",
    body=f"""Hello,

EdgeGuard forwarded us your complaint KCSC-240916-06, since the origin server
of win88toto.site is in our network. We have terminated that customer and
deleted the site content:

{EG_A}
{EG_B}

Hostberry Abuse
""",
    outcome="review", review="wrong_platform",
    imitates="origin host answering a complaint a CDN forwarded to it",
    why="Hostberry states statuses for items requested from EdgeGuard",
    items={EG_A: "pending", EG_B: "pending"},
)

# ====================================================== Dalbit (Korean forum, 5 items)
case(
    name="dalbit-text-table",
    **{"from": "admin@dalbit.kr"}, name_from=enc("달빛커뮤니티 운영팀"),
    date=d("2024-09-11 10:00:00"), subject=enc("[조치결과] KCSC-240909-03 시정요구 처리 결과 회신"),
    body=f"""안녕하세요, 달빛커뮤니티 운영팀입니다.

귀 위원회의 시정요구(KCSC-240909-03)에 대한 조치 결과를 아래와 같이 회신드립니다.

번호 | URL | 조치 결과 | 비고
1 | {FREE_KO_RAW} | 삭제 | 9/10 처리
2 | {DB_FREE} | 블라인드 | 9/10 처리
3 | {DB_HUMOR} | 해당 게시물 없음 | 작성자 자진 삭제
4 | {DB_GAL} | 임시조치(30일) | 권리침해 신고 절차 진행
5 | {DB_PROF} | 조치 불가 | 위반 사항 확인되지 않음

감사합니다.
달빛커뮤니티 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community's 시정요구 조치결과 reply as a pipe-separated table",
    why="삭제, 블라인드 (removed), 게시물 없음/작성자 삭제 (not_found), 임시조치 (restricted), 위반 없음 (rejected)",
    items={FREE_KO: "removed", DB_FREE: "removed", DB_HUMOR: "not_found",
           DB_GAL: "restricted", DB_PROF: "rejected"},
)

case(
    name="dalbit-admin-one-line",
    **{"from": "moon@dalbit.kr"}, name_from=enc("달빛 운영자"),
    date=d("2024-09-09 22:41:00"), subject=enc("Re: [KCSC-240909-03] 불법정보 삭제 요청"),
    reply_to_req=mid("KCSC-240909-03"),
    body=f"""말씀하신 {FREE_KO_RAW} 글 삭제했습니다.
-운영자
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small forum's administrator",
    why="raw Korean path (matches the percent-encoded request URL) with 삭제했습니다",
    items={FREE_KO: "removed"},
)

case(
    name="dalbit-temp-measure-and-ban",
    **{"from": "admin@dalbit.kr"}, name_from=enc("달빛커뮤니티 운영팀"),
    date=d("2024-09-10 14:20:00"), subject=enc("KCSC-240909-03 관련 조치 안내"),
    body=f"""안녕하세요. 요청하신 건 중 두 건을 먼저 처리하여 알려드립니다.

- {DB_HUMOR} : 임시조치(30일) 처리
- 회원 프로필 {DB_PROF} : 영구 이용정지 및 프로필 비공개 처리

나머지 게시물은 확인 중입니다.

달빛커뮤니티 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum notice of 임시조치 and account suspension",
    why="임시조치 is restricted; 이용정지 및 비공개 처리 is removed; the rest still being checked",
    items={DB_HUMOR: "restricted", DB_PROF: "removed"},
)

case(
    name="dalbit-will-act-later",
    **{"from": "admin@dalbit.kr"}, name_from=enc("달빛커뮤니티 운영팀"),
    date=d("2024-09-09 15:00:00"), subject=enc("Re: [KCSC-240909-03] 불법정보 삭제 요청"),
    reply_to_req=mid("KCSC-240909-03"),
    body=f"""안녕하세요, 달빛커뮤니티 운영팀입니다.

요청하신 아래 게시물은 내부 검토 후 조치할 예정이며, 처리 결과는 추후 다시 안내드리겠습니다.

{DB_FREE}
{DB_GAL}

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean forum interim reply ('검토 후 조치할 예정')",
    why="조치할 예정 is a promise: both items stay pending",
    items={DB_FREE: "pending", DB_GAL: "pending"},
)

case(
    name="dalbit-author-deleted-particles",
    **{"from": "moon@dalbit.kr"}, name_from=enc("달빛 운영자"),
    date=d("2024-09-10 09:12:00"), subject=enc("KCSC-240909-03 확인 결과"),
    body=f"""안녕하세요.

{DB_HUMOR}은 작성자가 이미 삭제한 글입니다.
{DB_GAL}도 확인해 보니 존재하지 않는 게시물입니다（주소 오류로 보입니다）.

운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's informal answer, URLs followed by Korean particles and full-width brackets",
    why="already deleted by its author and 존재하지 않는 게시물: both not_found",
    items={DB_HUMOR: "not_found", DB_GAL: "not_found"},
)

case(
    name="dalbit-admin-from-gmail",
    **{"from": "dalbit.admin@gmail.com"}, name_from=enc("달빛커뮤니티 운영자"),
    date=d("2024-09-10 23:50:00"), subject=enc("Re: [KCSC-240909-03] 불법정보 삭제 요청"),
    reply_to_req=mid("KCSC-240909-03"),
    body=f"""안녕하세요, 달빛커뮤니티 운영자입니다. 개인 메일로 답장드립니다.

요청하신 게시물 모두 삭제 완료했습니다.
{FREE_KO_RAW}
{DB_FREE}
{DB_HUMOR}
{DB_GAL}
{DB_PROF}
""",
    outcome="review", review="unknown_sender",
    imitates="small-forum admin answering from a personal webmail address",
    why="claims deletion of requested items but the sender is not the platform's domain",
    items={u: "pending" for u in DB_ALL},
)

case(
    name="dalbit-read-receipt",
    **{"from": "admin@dalbit.kr"}, name_from=enc("달빛커뮤니티 운영팀"),
    date=d("2024-09-09 10:05:00"), subject=enc("읽음: [KCSC-240909-03] 불법정보 삭제 요청"),
    reply_to_req=mid("KCSC-240909-03"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0909"

--mdn-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.
제목: [KCSC-240909-03] 불법정보 삭제 요청

--mdn-0909
Content-Type: message/disposition-notification

Reporting-UA: mail.dalbit.kr; Webmail 3.2
Final-Recipient: rfc822; admin@dalbit.kr
Original-Message-ID: <{mid('KCSC-240909-03')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0909--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN) in Korean",
    why="read receipt, no statement",
)

html42 = f"""<html><body>
<p>안녕하세요. 달빛커뮤니티 운영팀입니다.</p>
<p>방송통신심의위원회 시정요구 <b>KCSC-240909-03</b> 건의 처리 결과입니다.</p>
<table border="1">
<tr><th>대상 URL</th><th>처리 내용</th></tr>
<tr><td><a href="{FREE_KO}">{FREE_KO_RAW}</a></td><td>게시중단</td></tr>
<tr><td><a href="{DB_PROF}">{DB_PROF}</a></td><td>접근 제한 (성인 인증 회원만 열람)</td></tr>
</table>
<p>이용약관: <a href="https://dalbit.kr/policy/terms">https://dalbit.kr/policy/terms</a></p>
</body></html>
"""
case(
    name="dalbit-html-qp",
    **{"from": "admin@dalbit.kr"}, name_from=enc("달빛커뮤니티 운영팀"),
    date=d("2024-09-12 11:30:00"), subject=enc("[달빛] 시정요구 처리 결과 안내"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html42)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal-style HTML result notice, quoted-printable",
    why="게시중단 (removed) and 접근 제한 for adults only (restricted); the terms link is not an item",
    items={FREE_KO: "removed", DB_PROF: "restricted"},
)

case(
    name="dalbit-arrow-list",
    **{"from": "moon@dalbit.kr"}, name_from=enc("달빛 운영자"),
    date=d("2024-09-11 19:02:00"), subject=enc("Re: [KCSC-240909-03] 불법정보 삭제 요청"),
    reply_to_req=mid("KCSC-240909-03"),
    body=f"""처리했습니다.

• {DB_FREE} → 삭제 완료
• {DB_GAL} → 블라인드 처리

요청 번호 KCSC-240909-03
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's bulleted reply with arrows",
    why="삭제 완료 and 블라인드 처리: both removed",
    items={DB_FREE: "removed", DB_GAL: "removed"},
)

# ====================================================== Hanachan (image board, 3 items)
case(
    name="hana-janitor-thread-numbers",
    **{"from": "jan@hanachan.org"}, name_from="hanachan janitor",
    date=d("2024-09-10 23:59:00", UTC), subject="Re: [KCSC-240910-04] Request for removal of illegal information",
    reply_to_req=mid("KCSC-240910-04"),
    body=f"""deleted threads 448120 and 448133, and the jpg is purged from the img
server too.

{gmail_quote('KCSC-240910-04', 'Tue, 10 Sep 2024 at 11:00')}
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's lower-case one-liner over the quoted request",
    why="both threads named by number and 'the jpg' (the one requested image) deleted; URLs only in the quote",
    items={HN_T1: "removed", HN_T2: "removed", HN_IMG: "removed"},
)

case(
    name="hana-url-then-status",
    **{"from": "admin@hanachan.org"}, name_from="hanachan admin",
    date=d("2024-09-11 08:14:00", UTC), subject="KCSC-240910-04",
    body=f"""{HN_T1}
deleted, thread pruned and poster banned.

{HN_T2}
not removing this one. it's a repost of a news article and doesn't break
board rules.

- admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin answering with bare URLs and the status on the line below",
    why="first thread removed, second refused with its reason (rejected)",
    items={HN_T1: "removed", HN_T2: "rejected"},
)

case(
    name="hana-bounce-our-mta",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date=d("2024-09-10 11:00:31"), subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0910"

--dsn-0910
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@hanachan.org>: host mail.hanachan.org[192.0.2.80] said: 550 5.1.1
    <abuse@hanachan.org>: Recipient address rejected: User unknown

--dsn-0910
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: {d('2024-09-10 11:00:00')}

Final-Recipient: rfc822; abuse@hanachan.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse@hanachan.org>: Recipient address rejected: User unknown

--dsn-0910
Content-Type: message/rfc822

{rfc822_headers('KCSC-240910-04', 'abuse@hanachan.org', d('2024-09-10 11:00:00'))}
Content-Type: text/plain; charset=utf-8

{chr(10).join(request_text('KCSC-240910-04'))}

--dsn-0910--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report (DSN) returning our request",
    why="bounce; the URLs are in our returned request",
)

case(
    name="hana-contact-form-no-claims",
    **{"from": "admin@hanachan.org"}, name_from="hanachan admin",
    date=d("2024-09-12 04:40:00", UTC), subject="Re: report",
    body="""hi, this mailbox is checked maybe once a week. we're volunteers.

for removals please use https://hanachan.org/contact and put the post
number in the form, that goes straight to the janitors.
""",
    outcome="review", review="no_claims",
    imitates="volunteer-run board pointing to its contact form",
    why="trusted platform mail naming no item and no request; the contact link is not an item",
)

case(
    name="hana-image-age-gate",
    **{"from": "jan@hanachan.org"}, name_from="hanachan janitor",
    date=d("2024-09-12 13:00:00", UTC), subject="Re: KCSC-240910-04 image",
    body=f"""the image {HN_IMG} is now behind our 18+ gate,
it only shows to users who confirmed their age.

threads are being handled by the admin.
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor reporting an age gate",
    why="age-restricted: restricted; the threads are left to someone else",
    items={HN_IMG: "restricted"},
)

# ====================================================== Dotnami (registrar, 2 items)
case(
    name="dotnami-clienthold",
    **{"from": "abuse@dotnami.com"}, name_from="Dotnami Abuse",
    date=d("2024-09-12 09:20:00", UTC), subject="[Dotnami Abuse #DN-240911-5531] Action taken",
    body=f"""Dear Reporter,

Case: DN-240911-5531 (your reference KCSC-240911-05)

Reported URL: {DN_A}
Domain: kcsc-refund-center.top
Action: domain suspended (clientHold); it no longer resolves.

Reported URL: {DN_B}
Domain: hometax-kr-refund.xyz
Action: domain suspended (clientHold); it no longer resolves.

The registrants have been notified and may dispute the suspension through
https://dotnami.com/abuse/dispute.

Dotnami Registrar - Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse ticket echoing each reported URL with a clientHold action",
    why="both domains suspended so they no longer resolve: removed; dispute link not an item",
    items={DN_A: "removed", DN_B: "removed"},
)

case(
    name="dotnami-asks-evidence",
    **{"from": "abuse@dotnami.com"}, name_from="Dotnami Abuse",
    date=d("2024-09-11 18:00:00", UTC), subject="[Dotnami Abuse #DN-240911-5531] More information needed",
    reply_to_req=mid("KCSC-240911-05"),
    body=f"""Dear Reporter,

Before we can act on {DN_B} we need evidence of the
phishing: a screenshot of the page showing the impersonation and the date
and time (with time zone) you saw it. Please reply to this email with the
evidence attached.

Dotnami Registrar - Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for screenshots before acting on a phishing report",
    why="asks us for evidence; no status",
    items={DN_B: "pending"},
)

case(
    name="dotnami-ticket-receipt",
    **{"from": "noreply@dotnami.com"}, name_from="Dotnami Abuse",
    date=d("2024-09-11 15:01:12"), subject="[Dotnami Abuse #DN-240911-5531] Report received",
    reply_to_req=mid("KCSC-240911-05"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thank you for your report. It has been logged as case DN-240911-5531.

Reported domain(s): kcsc-refund-center.top, hometax-kr-refund.xyz
Category: Phishing

Our abuse team reviews reports in the order received. You will hear from us
when the case is updated. Please do not reply to this message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="registrar's automatic case receipt echoing the reported domains",
    why="pure acknowledgement echoing the report, no status",
)

# ====================================================== EdgeGuard (CDN, 2 items)
case(
    name="edge-not-the-host",
    **{"from": "abuse@edgeguard.com"}, name_from="EdgeGuard Trust & Safety",
    date=d("2024-09-16 12:30:00", UTC), subject="Re: [KCSC-240916-06] Request for removal of illegal information",
    reply_to_req=mid("KCSC-240916-06"),
    body=f"""Hello,

EdgeGuard provides a pass-through proxy and caching service for the site at
{EG_A} and {EG_B}. We do not host the content and
cannot remove material stored on another provider's servers.

We have forwarded your report to the site operator and to the hosting
provider of the origin server. The hosting provider is Hostberry
(abuse@hostberry.net).

EdgeGuard Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN reply saying it does not host the content and forwarding to the origin host",
    why="names both items but states no status (not a removal, not a judgement that they break no rule)",
    items={EG_A: "pending", EG_B: "pending"},
)

case(
    name="edge-geo-blocked-kr",
    **{"from": "abuse@edgeguard.com"}, name_from="EdgeGuard Trust & Safety",
    date=d("2024-09-19 07:45:00", UTC), subject="KCSC-240916-06: access restricted in the Republic of Korea",
    body=f"""Hello,

Following the order of the Korea Communications Standards Commission, we
have restricted access from the Republic of Korea to the following URLs
served through our network:

  * {EG_A}
  * {EG_B}

Visitors from other countries are not affected. Visitors from Korea see a
451 page.

EdgeGuard Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN country-level block notice (HTTP 451 in one country)",
    why="access restricted from Korea only: both restricted",
    items={EG_A: "restricted", EG_B: "restricted"},
)

case(
    name="edge-bounce-form-only",
    **{"from": "MAILER-DAEMON@edgeguard.com"}, name_from="Mail Delivery Subsystem",
    date=d("2024-09-16 01:00:20", UTC), subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="eg-dsn"

--eg-dsn
Content-Type: text/plain; charset=us-ascii

Your message to abuse@edgeguard.com could not be delivered.

The remote server answered: 550 5.7.1 This address accepts reports through
https://edgeguard.com/abuse only.

--eg-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.edgeguard.com

Final-Recipient: rfc822; abuse@edgeguard.com
Action: failed
Status: 5.7.1

--eg-dsn
Content-Type: text/rfc822-headers

{rfc822_headers('KCSC-240916-06', 'abuse@edgeguard.com', d('2024-09-16 10:00:00'))}

--eg-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="delivery failure from a CDN whose abuse address takes web-form reports only",
    why="DSN; the web-form link is not an item",
)

# ====================================================== Scribblepad (1 item)
case(
    name="scribble-sole-informal",
    **{"from": "ana@scribblepad.app"}, name_from="Ana (Scribblepad)",
    date=d("2024-09-18 20:12:00", UTC), subject="Re: [KCSC-240918-07] Request for removal of illegal information",
    reply_to_req=mid("KCSC-240918-07"),
    body="""hey, took it down. sorry about that, we're two people and spam gets
through sometimes.

Ana
""",
    outcome="applied", classification="confirmation",
    imitates="two-person service's informal reply in the request's thread",
    why="unhedged 'took it down' for a one-item request: removed",
    items={SP: "removed"},
)


HEADER = """# Blind set 967 (focus 4: hosts, CDNs, registrars, forums, image boards,
# file hosts and small services; CSV attachments and plain-text tables).
# Written by tests/corpus/blind967/make.py before any run of the reader.
# Each case is ingested alone into a fresh ledger holding requests.csv."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind967", HEADER, CASES)
    print(f"{len(CASES)} cases")
