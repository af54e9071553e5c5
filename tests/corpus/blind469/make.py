#!/usr/bin/env python3
"""Blind set blind469: hosting providers, a CDN, a registrar, a Korean forum,
an image board, a file host and a small paste service answering the
regulator, often informally, plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind469/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of its email before any run of
the reader. All names, URLs and ids are fictional.
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

SET = "blind469"


def enc(s):
    """RFC 2047 encoded-word, as mail clients write non-ASCII names."""
    return Header(s, "utf-8").encode(linesep="\n")


def pct(u):
    return quote(u, safe=":/?=&~#")


# ---------------------------------------------------------------- requests
FS = [
    "https://fileshed.example/f/Qm7rT2xa",
    "https://fileshed.example/f/Lp40vZke",
    "https://fileshed.example/f/Hd93nWq1",
    "https://fileshed.example/f/Bz18cYro",
    "https://fileshed.example/f/Tn55gUma",
    "https://fileshed.example/f/Wc62sEpl",
    "https://fileshed.example/f/Ja07kRdo",
    "https://fileshed.example/f/Vy34mXbe",
    "https://fileshed.example/folder/8812-kx",
    "https://fileshed.example/f/Ro21pLqe",
    "https://fileshed.example/f/Ge88dNtu",
    "https://fileshed.example/f/Mu46hIsa",
    "https://fileshed.example/f/Ok73wFzi",
]
PH = [
    "http://vitamax-deals.example/shop/item.php?id=311",
    "https://krw-fastloan.example/apply",
    "https://krw-fastloan.example/apply/step2",
    "http://203.0.113.45/~minsu/gallery/index.html",
]
CDN = [
    "https://toto-jackpot88.example/",
    "https://cdn.gridcdn.example/u/5521/promo-banner.webm",
    "https://replica-watch-kr.example/catalog?page=2",
]
REG = [
    "http://moa-casino77.example/",
    "http://drug-direct-kr.example/",
]
# Boardlet: raw (as a Korean admin types them) and as stored (percent-encoded)
BL_RAW = [
    "https://boardlet.example/자유게시판/48213",
    "https://boardlet.example/자유게시판/48377",
    "https://boardlet.example/humor/90021",
    "https://boardlet.example/장터/5530",
    "https://boardlet.example/member/shadowfox_kr",
]
BL = [pct(u) for u in BL_RAW]
KC = [
    "https://kiwichan.example/b/res/55012.html",
    "https://kiwichan.example/kr/res/7781.html",
    "https://i.kiwichan.example/src/1725860012345.jpg",
]
PB = ["https://pastebox.example/raw/d8Kq2LzP"]

REQUESTS = [
    ("KCSC-240903-01", "fileshed", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", FS,
     "obscenity", "req-240903-01", 'video files shared in a channel, uploader "zeta_k"; one folder link'),
    ("KCSC-240904-02", "pelicanhost", "2024-09-04T09:30:00+09:00", "2024-09-11T23:59:59+09:00", PH,
     "fraud", "req-240904-02", "customer sites on PelicanHost IP space, incl. one bare-IP gallery"),
    ("KCSC-240905-03", "gridcdn", "2024-09-05T10:00:00+09:00", "2024-09-12T23:59:59+09:00", CDN,
     "illegal_gambling", "req-240905-03", "two sites behind GridCDN, one file on its edge storage"),
    ("KCSC-240906-04", "hanbit", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00", REG,
     "drug_sale", "req-240906-04", "domains registered via Hanbit Domains (registrar)"),
    ("KCSC-240909-05", "boardlet", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", BL,
     "defamation", "req-240909-05", "forum posts, one member profile; Korean board names"),
    ("KCSC-240910-06", "kiwichan", "2024-09-10T11:00:00+09:00", "2024-09-17T23:59:59+09:00", KC,
     "illegal_gambling", "req-240910-06", "two threads and one image file"),
    ("KCSC-240911-07", "pastebox", "2024-09-11T16:00:00+09:00", "2024-09-18T23:59:59+09:00", PB,
     "privacy", "req-240911-07", 'paste with personal data, "doxx" list'),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def request_text(ref, name, urls):
    return (
        f"Dear {name},\n\n"
        "The Korea Communications Standards Commission asks you to remove or\n"
        f"restrict access to the following content (request {ref}):\n\n"
        + "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
        + "\n\nPlease reply to this address with the action taken for each URL.\n\n"
        "KCSC Takedown Team\n"
    )


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======================= FileShed (KCSC-240903-01, 13 items) ==============
CSV_ROWS = [
    ("file_url", "file_name", "action", "action_date_utc"),
    (FS[0], "clip_0412.mp4", "File deleted", "2024-09-05 02:11"),
    (FS[1], "clip_0413.mp4", "File deleted", "2024-09-05 02:11"),
    (FS[2], "pack2.zip", "Not found - deleted by uploader before review", ""),
    (FS[3], "vid_a.mkv", "File deleted", "2024-09-05 02:12"),
    (FS[4], "vid_b.mkv", "Access disabled", "2024-09-05 02:12"),
    (FS[5], "vid_c.mkv", "File deleted", "2024-09-05 02:13"),
    (FS[6], "doc_news.mp4", "No action - no violation of our Terms found", ""),
    (FS[7], "s1e1.mp4", "File deleted", "2024-09-05 02:14"),
    (FS[8], "folder 8812-kx (14 files)", "Folder deleted", "2024-09-05 02:15"),
    (FS[9], "", "Not found - no such file", ""),
    (FS[10], "preview.gif", "File deleted", "2024-09-05 02:15"),
    (FS[11], "set_07.rar", "Blocked for KR IP addresses", "2024-09-05 02:16"),
    (FS[12], "set_08.rar", "File deleted", "2024-09-05 02:16"),
]


def csv_text(rows):
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


case(
    name="fs-csv-attachment-all-items",
    **{"from": "legal@fileshed.example"}, name_from="FileShed Trust & Safety",
    date="Thu, 05 Sep 2024 11:40:02 +0900",
    subject="RE: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_fs469_a1"

--=_fs469_a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Regarding your notice KCSC-240903-01: our review is complete. The
outcome for each of the 13 links is in the attached spreadsheet.

Kind regards,
FileShed Trust & Safety

--=_fs469_a1
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv_text(CSV_ROWS))}
--=_fs469_a1--
""",
    outcome="applied",
    imitates="file-host trust & safety reply with a per-link outcome spreadsheet (CSV attachment)",
    why="the attached CSV gives one action per requested link; body only points to it",
    items={FS[0]: "removed", FS[1]: "removed", FS[2]: "not_found", FS[3]: "removed",
           FS[4]: "removed", FS[5]: "removed", FS[6]: "rejected", FS[7]: "removed",
           FS[8]: "removed", FS[9]: "not_found", FS[10]: "removed", FS[11]: "restricted",
           FS[12]: "removed"},
)

case(
    name="fs-plaintext-table-five",
    **{"from": "legal@fileshed.example"}, name_from="FileShed Legal",
    date="Wed, 04 Sep 2024 17:05:44 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""Hi,

Ref: KCSC-240903-01 / our ticket FS-T-55120

First batch of results:

URL                                       | Result
------------------------------------------+-----------------------------
{FS[0]}       | removed
{FS[1]}       | removed
{FS[2]}       | file not found
{FS[3]}       | removed
{FS[4]}       | not removed (no violation)

The other eight links are still being checked, we'll send a second
table when that is done.

Regards,
Priya
FileShed Legal
""",
    outcome="applied",
    imitates="abuse-desk reply pasting a plain-text result table (pipe separated)",
    why="five rows with one result each; the remaining links are only promised, no statement",
    items={FS[0]: "removed", FS[1]: "removed", FS[2]: "not_found", FS[3]: "removed",
           FS[4]: "rejected"},
)

case(
    name="fs-bare-url-status-below",
    **{"from": "support@fileshed.example"}, name_from="FileShed Support",
    date="Fri, 06 Sep 2024 09:12:30 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""Hello KCSC,

Results for part of your list:

{FS[5]}
Status: deleted

{FS[6]}
Status: deleted

{FS[7]}
Status: link invalid - no such file

{FS[8]}
Status: folder disabled, owner account closed

Thanks,
Leon (FileShed support)
""",
    outcome="applied",
    imitates="support-desk reply giving each bare link with its status on the line below",
    why="each URL is followed by its own status line",
    items={FS[5]: "removed", FS[6]: "removed", FS[7]: "not_found", FS[8]: "removed"},
)

case(
    name="fs-bulk-all-taken-down",
    **{"from": "legal@fileshed.example"}, name_from="FileShed Legal",
    date="Thu, 05 Sep 2024 08:02:11 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body="""Hi,

All of the files referenced in KCSC-240903-01 were taken down this
morning and the uploader's account has been closed.

Best regards,
Priya
FileShed Legal
""",
    outcome="review", review="bulk",
    imitates="short abuse-desk closing note covering a whole notice",
    why="one statement about all thirteen links without naming any: bulk, kept for a person",
    items={u: "pending" for u in FS},
)

case(
    name="fs-queued-will-remove",
    **{"from": "support@fileshed.example"}, name_from="FileShed Support",
    date="Wed, 04 Sep 2024 13:48:00 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Thanks for the report. The three files below have been queued for
deletion and will be removed within 24 hours:

- {FS[9]}
- {FS[10]}
- {FS[11]}

We will confirm once it's done.

Leon
FileShed Support
""",
    outcome="review", review="not_understood",
    imitates="support reply promising deletion within a day",
    why="'queued for deletion and will be removed' is a promise: nothing done yet",
    items={FS[9]: "pending", FS[10]: "pending", FS[11]: "pending"},
)

case(
    name="fs-ticket-receipt",
    **{"from": "noreply@fileshed.example"}, name_from="FileShed Support",
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject="[FS-T-55120] Report received - [KCSC-240903-01] Request for removal of illegal content",
    body="""Hello,

We received your report. Reference: FS-T-55120.

Our team reviews reports in the order they arrive. You will hear from us
when there is an update on this ticket.

Please do not reply to this message; replies to this address are not
monitored.

FileShed Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt (helpdesk auto-acknowledgement with a ticket number)",
    why="pure receipt: ticket created, nothing about any item",
    items={},
)

case(
    name="fs-top-posted-over-quoted-list",
    **{"from": "dana.ortiz@fileshed.example"}, name_from="Dana Ortiz",
    date="Fri, 06 Sep 2024 16:20:09 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""Hi,

Following up on your notice: we removed {FS[0]} and
{FS[3]} today. {FS[12]} was already gone
(the uploader deleted it on 2 September), so there was nothing left to
remove.

The remaining links are still with our legal team.

Best,
Dana
FileShed Trust & Safety

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240903-01", "FileShed", FS))}
""",
    outcome="applied",
    imitates="Gmail-style top-posted reply above the quoted request",
    why="two removals and one item already deleted by its uploader; the quoted list is not a statement",
    items={FS[0]: "removed", FS[3]: "removed", FS[12]: "not_found"},
)

QP_BODY = f"""Dear KCSC team,

We’ve completed the review of your notice KCSC-240903-01 for the files
listed below.

• {FS[1]} — removed for breach of section 4 of our Terms of Service.
• {FS[4]} — removed.
• {FS[2]} — we reviewed this file and it does not breach our Terms (it is a public‑domain documentary), so it remains available.

If you have questions about the third decision, you can reply to this email.

Kind regards,
Ana Lopes
FileShed Trust & Safety
"""

case(
    name="fs-quoted-printable-mixed",
    **{"from": "ana.lopes@fileshed.example"}, name_from="Ana Lopes",
    date="Mon, 09 Sep 2024 10:31:55 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_BODY)}
""",
    outcome="applied",
    imitates="trust & safety reply in quoted-printable with bullets and typographic punctuation",
    why="two removals and one reasoned refusal (stays available, breaks no rule)",
    items={FS[1]: "removed", FS[4]: "removed", FS[2]: "rejected"},
)

case(
    name="fs-hedged-appears-removed",
    **{"from": "support@fileshed.example"}, name_from="FileShed Support",
    date="Wed, 04 Sep 2024 19:03:27 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Quick note while we work through your list: the file at
{FS[2]} appears to have been removed by its uploader
already, and {FS[9]} may have been caught by our
automated filters. We are checking both and will confirm.

Leon
FileShed Support
""",
    outcome="review", review="not_understood",
    imitates="support agent's interim note with hedged observations",
    why="'appears to have been' and 'may have been' are hedges; they will confirm later",
    items={FS[2]: "pending", FS[9]: "pending"},
)

case(
    name="fs-auth-fail-deleted",
    **{"from": "legal@fileshed.example"}, name_from="FileShed Legal",
    auth="fail",
    date="Sat, 07 Sep 2024 02:14:50 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""Hello,

The following files have been deleted:

{FS[5]}
{FS[10]}
{FS[12]}

Regards,
FileShed Legal
""",
    outcome="review", review="untrusted",
    imitates="file-host removal note that fails DKIM/SPF/DMARC (relayed or forged)",
    why="claims from the file host's domain but authentication fails",
    items={FS[5]: "pending", FS[10]: "pending", FS[12]: "pending"},
)

FS_HTML_ROWS = [
    (FS[5], "Removed", "Terms s.4"),
    (FS[9], "Not found", "No file with this ID"),
    (FS[10], "Removed", "Terms s.4"),
    (FS[11], "Restricted", "Unavailable from Korea"),
]
fs_html = (
    "<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">\n"
    "<p>Dear KCSC,</p>\n<p>Please find our decisions on notice KCSC-240903-01 below.</p>\n"
    "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n"
    "<tr><th>URL</th><th>Decision</th><th>Note</th></tr>\n"
    + "".join(f"<tr><td><a href=\"{u}\">{u}</a></td><td>{d}</td><td>{n}</td></tr>\n" for u, d, n in FS_HTML_ROWS)
    + "</table>\n<p>Regards,<br>FileShed Trust &amp; Safety</p>\n</body></html>"
)
fs_html_plain = (
    "Dear KCSC,\n\nPlease find our decisions on notice KCSC-240903-01 below.\n\n"
    + "".join(f"{u}\t{d}\t{n}\n" for u, d, n in FS_HTML_ROWS)
    + "\nRegards,\nFileShed Trust & Safety\n"
)
case(
    name="fs-html-table-decisions",
    **{"from": "legal@fileshed.example"}, name_from="FileShed Trust & Safety",
    date="Tue, 10 Sep 2024 15:45:12 +0900",
    subject="Decisions on notice KCSC-240903-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_fs469_h1"

--=_fs469_h1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{fs_html_plain}
--=_fs469_h1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

{fs_html}
--=_fs469_h1--
""",
    outcome="applied",
    imitates="HTML decision table (URL / Decision / Note) with a tab-separated plain alternative",
    why="four rows: two removed, one not found, one unavailable from Korea (restricted)",
    items={FS[5]: "removed", FS[9]: "not_found", FS[10]: "removed", FS[11]: "restricted"},
)

case(
    name="fs-outlook-numbered-with-refusal",
    **{"from": "marco.reyes@fileshed.example"}, name_from="Marco Reyes",
    date="Wed, 11 Sep 2024 18:27:03 +0900",
    subject="RE: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Update on KCSC-240903-01:

1) {FS[6]} - we decline to remove this file. It is a
   news report and does not violate our policies.
2) {FS[7]} - removed
3) {FS[8]} - removed (entire folder)

Regards,
Marco Reyes
Legal Operations | FileShed

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: abuse@fileshed.example
Subject: [KCSC-240903-01] Request for removal of illegal content

{request_text("KCSC-240903-01", "FileShed", FS)}""",
    outcome="applied",
    imitates="Outlook reply (numbered answers) above an unquoted '-----Original Message-----' block",
    why="one reasoned refusal and two removals; the original request below is not a statement",
    items={FS[6]: "rejected", FS[7]: "removed", FS[8]: "removed"},
)

case(
    name="fs-urls-below-statements",
    **{"from": "support@fileshed.example"}, name_from="FileShed Support",
    date="Thu, 12 Sep 2024 11:09:38 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""Hello,

These files were removed for violating our Terms of Service:
{FS[10]}
{FS[4]}

We could not find these files, the links are invalid:
{FS[11]}
{FS[12]}

Leon
FileShed Support
""",
    outcome="applied",
    imitates="support reply with a statement line followed by its URLs",
    why="each group of URLs sits under the sentence that gives its status",
    items={FS[10]: "removed", FS[4]: "removed", FS[11]: "not_found", FS[12]: "not_found"},
)

# ======================= PelicanHost (KCSC-240904-02, 4 items) ============
case(
    name="ph-abuse-desk-one-liner",
    **{"from": "jan.k@pelicanhost.example"}, name_from="Jan K.",
    date="Wed, 04 Sep 2024 15:02:00 +0900",
    subject="Re: [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req="req-240904-02",
    body=f"""{PH[0]} suspended, customer terminated.

-- 
Jan K. | PelicanHost abuse desk
""",
    outcome="applied",
    imitates="one-line abuse-desk reply from a small hosting provider",
    why="the one URL is stated suspended (site down): removed; the other three not mentioned",
    items={PH[0]: "removed"},
)

case(
    name="ph-mixed-prose",
    **{"from": "abuse@pelicanhost.example"}, name_from="PelicanHost Abuse Team",
    date="Thu, 05 Sep 2024 10:44:18 +0900",
    subject="Re: [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req="req-240904-02",
    body=f"""Hello,

We have disabled the customer's site, so {PH[1]} and
{PH[2]} no longer load.

As for {PH[3]}: there is no such path on that
server and no account named minsu; the address returns 404.

Regards,
PelicanHost Abuse Team
""",
    outcome="applied",
    imitates="hosting abuse-team reply in prose",
    why="two URLs disabled (removed); the gallery path does not exist on the server (not found)",
    items={PH[1]: "removed", PH[2]: "removed", PH[3]: "not_found"},
)

case(
    name="ph-angle-bracket-urls",
    **{"from": "abuse@pelicanhost.example"}, name_from="PelicanHost Abuse Team",
    date="Fri, 06 Sep 2024 23:51:40 +0900",
    subject="Re: [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req="req-240904-02",
    body=f"""Hi,

The page <{PH[0]}> was removed by the customer after our
notice; we checked and it is gone. The customer has received a final
warning.

<{PH[3]}> is now blocked at our firewall for all
visitors.

PelicanHost Abuse Team
""",
    outcome="applied",
    imitates="abuse-team reply with URLs in angle brackets (mail-client autolink style)",
    why="first page verified gone, second blocked for everyone: both removed",
    items={PH[0]: "removed", PH[3]: "removed"},
)

case(
    name="ph-ticket-receipt",
    **{"from": "support@pelicanhost.example"}, name_from="PelicanHost Support",
    date="Wed, 04 Sep 2024 09:31:12 +0900",
    subject="[Ticket #PH-20931] Abuse report received: [KCSC-240904-02] Request for removal of illegal content",
    body="""This is an automated message.

Your report has been logged as ticket #PH-20931 and assigned to our abuse
team. You will receive an update when the status of the ticket changes.

To add information, reply to this email and keep the ticket number in the
subject line.

PelicanHost Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="WHMCS-style ticket-opened notice from a hosting provider",
    why="ticket logged, nothing about any item",
    items={},
)

case(
    name="ph-forwarded-customer-reply",
    **{"from": "abuse@pelicanhost.example"}, name_from="PelicanHost Abuse Team",
    date="Sat, 07 Sep 2024 09:05:33 +0900",
    subject="Fwd: Re: Abuse complaint PH-20931",
    body=f"""Hello,

Please see our customer's response below.

Regards,
PelicanHost Abuse Team

---------- Forwarded message ---------
From: Kim Minsu <minsu.k@mailbox.example>
Date: Fri, 6 Sep 2024 at 21:14
Subject: Re: Abuse complaint PH-20931
To: <abuse@pelicanhost.example>

I deleted the gallery folder ({PH[3]}) tonight.
Sorry, it was an old test page.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="hosting abuse team forwarding its customer's answer",
    why="the only statement is the customer's, forwarded; the host says nothing itself",
    items={PH[3]: "pending"},
)

case(
    name="ph-conditional-suspension",
    **{"from": "abuse@pelicanhost.example"}, name_from="PelicanHost Abuse Team",
    date="Wed, 04 Sep 2024 18:20:00 +0900",
    subject="Re: [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req="req-240904-02",
    body=f"""Hello,

We have notified our customer about {PH[1]} and
{PH[2]}. If the content is not removed within 48
hours of our notice, we will suspend the hosting account.

We will let you know the outcome.

PelicanHost Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="hosting provider's 'customer notified, 48 hours to comply' reply",
    why="only a condition and a promise; nothing has been removed yet",
    items={PH[1]: "pending", PH[2]: "pending"},
)

case(
    name="ph-reseller-unknown-sender",
    **{"from": "abuse@webnest-reseller.example"}, name_from="WebNest Support",
    date="Thu, 05 Sep 2024 14:37:09 +0900",
    subject="KCSC-240904-02 - krw-fastloan.example",
    body=f"""Hello,

We are a reseller of PelicanHost services. The site at
{PH[1]} belonged to one of our clients; we have removed it
from the server.

WebNest Support
""",
    outcome="review", review="unknown_sender",
    imitates="reseller of the hosting provider answering in its place",
    why="the sender's domain belongs to no configured platform",
    items={PH[1]: "pending"},
)

case(
    name="ph-out-of-office",
    **{"from": "jan.k@pelicanhost.example"}, name_from="Jan K.",
    date="Wed, 04 Sep 2024 09:30:40 +0900",
    subject="Automatic reply: [KCSC-240904-02] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday 16 September with limited access to
email. For abuse matters please write to abuse@pelicanhost.example.

Jan
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="ph-upstream-speaks-for-fileshed",
    **{"from": "abuse@pelicanhost.example"}, name_from="PelicanHost Abuse Team",
    date="Sat, 07 Sep 2024 13:15:26 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    body=f"""Hello,

PelicanHost is the upstream hosting provider for fileshed.example. Our
customer tells us the following files have been deleted:

{FS[11]}
{FS[12]}

We consider this complaint closed on our side.

PelicanHost Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="upstream host answering a notice about its customer's service",
    why="PelicanHost states statuses for FileShed's items",
    items={FS[11]: "pending", FS[12]: "pending"},
)

# ======================= GridCDN (KCSC-240905-03, 3 items) ================
case(
    name="cdn-not-host-and-edge-file-deleted",
    **{"from": "abuse@gridcdn.example"}, name_from="GridCDN Trust & Safety",
    date="Fri, 06 Sep 2024 04:18:37 +0900",
    subject="[GridCDN Abuse #88017] KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""Hello,

GridCDN provides pass-through caching and security services for
{CDN[0]} . We are not the host of that website and cannot
remove content from it. We have forwarded your report to the website
operator and to its hosting provider, Tidewater Hosting
(abuse@tidewater.example).

The file {CDN[1]} was stored on our object
storage product. We have deleted it and it is no longer served from any
edge location.

GridCDN Trust & Safety
""",
    outcome="applied",
    imitates="CDN 'we are not the hosting provider, report forwarded' reply plus a hosted-file removal",
    why="the CDN refuses the site with its reason (it does not host it) and deletes the file it stores",
    items={CDN[0]: "rejected", CDN[1]: "removed"},
)

case(
    name="cdn-geo-block-korea",
    **{"from": "abuse@gridcdn.example"}, name_from="GridCDN Trust & Safety",
    date="Mon, 09 Sep 2024 12:00:05 +0900",
    subject="[GridCDN Abuse #88017] KCSC-240905-03 - update",
    reply_to_req="req-240905-03",
    body=f"""Hello,

Following your notice KCSC-240905-03, access to
<{CDN[2]}> has been blocked for visitors from
the Republic of Korea. The site remains reachable elsewhere; the
customer has been notified.

GridCDN Trust & Safety
""",
    outcome="applied",
    imitates="CDN country-block notice",
    why="blocked for visitors from Korea only: restricted",
    items={CDN[2]: "restricted"},
)

case(
    name="cdn-korean-fullwidth",
    **{"from": "kr-support@gridcdn.example"}, name_from=enc("GridCDN 한국 지원팀"),
    date="Tue, 10 Sep 2024 16:40:22 +0900",
    subject=enc("RE: [KCSC-240905-03] 불법정보 조치 요청 회신"),
    reply_to_req="req-240905-03",
    body=f"""안녕하세요, GridCDN 한국 지원팀입니다.

요청하신 건(KCSC-240905-03) 관련하여 처리 결과를 안내드립니다.

1）{CDN[0]} ： 대한민국 내 접속 차단 조치 완료
2）{CDN[2]} ： 해당 고객 계정 해지 및 서비스 중단으로 전 세계에서 접근 불가

감사합니다.
GridCDN 한국 지원팀 드림
""",
    outcome="applied",
    imitates="Korean support office reply with full-width punctuation (numbered, colon-separated)",
    why="first site blocked in Korea (restricted); second account closed, unreachable everywhere (removed)",
    items={CDN[0]: "restricted", CDN[2]: "removed"},
)

case(
    name="cdn-bounce-dsn",
    **{"from": "MAILER-DAEMON@mx2.gridcdn.example"}, name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 10:00:19 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="2D11A4C0F2.1725498019/mx2.gridcdn.example"

--2D11A4C0F2.1725498019/mx2.gridcdn.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.gridcdn.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<legal@gridcdn.example>: host mailstore.gridcdn.example[192.0.2.41] said:
    550 5.1.1 <legal@gridcdn.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--2D11A4C0F2.1725498019/mx2.gridcdn.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.gridcdn.example
X-Postfix-Queue-ID: 2D11A4C0F2
Arrival-Date: Thu,  5 Sep 2024 10:00:17 +0900 (KST)

Final-Recipient: rfc822; legal@gridcdn.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@gridcdn.example>: Recipient address
    rejected: User unknown in virtual mailbox table

--2D11A4C0F2.1725498019/mx2.gridcdn.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@gridcdn.example
Subject: [KCSC-240905-03] Request for removal of illegal content
Date: Thu, 05 Sep 2024 10:00:00 +0900
Message-ID: <req-240905-03@kcsc.example>
Content-Type: text/plain; charset=utf-8

{request_text("KCSC-240905-03", "GridCDN", CDN)}
--2D11A4C0F2.1725498019/mx2.gridcdn.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report (DSN) with the original request attached",
    why="delivery failure report; the URLs are only in the returned request",
    items={},
)

case(
    name="cdn-read-receipt",
    **{"from": "ops@gridcdn.example"}, name_from="GridCDN Operations",
    date="Thu, 05 Sep 2024 11:22:48 +0900",
    subject="Return Receipt (displayed) - [KCSC-240905-03] Request for removal of illegal content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="------------mdn469cdn"

This is a multi-part message in MIME format.
--------------mdn469cdn
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to ops@gridcdn.example.

Note: This Return Receipt only acknowledges that the message was displayed
on the recipient's computer. There is no guarantee that the recipient has
read or understood the message contents.

--------------mdn469cdn
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: ops-ws12.gridcdn.example; Thunderbird 115.14.0
Final-Recipient: rfc822;ops@gridcdn.example
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--------------mdn469cdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird return receipt (MDN)",
    why="read receipt only",
    items={},
)

# ======================= Hanbit Domains (KCSC-240906-04, 2 items) =========
case(
    name="reg-korean-clienthold-and-refusal",
    **{"from": "abuse@hanbitdomains.example"}, name_from=enc("한빛도메인 불법이용 대응팀"),
    date="Tue, 10 Sep 2024 14:05:51 +0900",
    subject="[한빛도메인] KCSC-240906-04 도메인 조치 요청 처리 결과",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요. 한빛도메인 불법이용 대응팀입니다.

방송통신심의위원회 요청(KCSC-240906-04)에 대한 처리 결과를 알려드립니다.

- {REG[0]} 는 당사 이용약관 제12조에 따라 도메인 정지(clientHold) 처리하였으며, 현재 DNS 조회가 되지 않습니다.
- {REG[1]} 의 경우, 등록기관은 웹사이트 게시 내용의 위법성을 판단할 수 없어 법원의 명령이 있는 경우에만 조치가 가능합니다. 따라서 현재로서는 별도의 조치를 하지 않습니다.

문의 사항은 본 메일로 회신 부탁드립니다.

한빛도메인 드림
""",
    outcome="applied",
    imitates="Korean registrar abuse-team result notice (clientHold / no action without court order)",
    why="first domain suspended (no longer resolves): removed; second refused with its reason: rejected",
    items={REG[0]: "removed", REG[1]: "rejected"},
)

case(
    name="reg-asks-for-documents",
    **{"from": "abuse@hanbitdomains.example"}, name_from="Hanbit Domains Abuse",
    date="Mon, 09 Sep 2024 10:12:09 +0900",
    subject="Re: [KCSC-240906-04] Request for removal of illegal content",
    reply_to_req="req-240906-04",
    body=f"""Dear Sir or Madam,

Thank you for your report about {REG[0]} .

Before we can act on a domain, our abuse policy requires:
 1. the provision of Korean law the website is said to violate;
 2. screenshots of the content, with the date they were taken;
 3. an official letter from your Commission bearing its seal.

Please reply to this email with these documents.

Hanbit Domains Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for evidence and an official letter before acting",
    why="asks for documents; no statement about the domain",
    items={REG[0]: "pending"},
)

case(
    name="reg-both-domains-on-hold",
    **{"from": "abuse@hanbitdomains.example"}, name_from="Hanbit Domains Abuse",
    date="Wed, 11 Sep 2024 09:40:00 +0900",
    subject="Re: [KCSC-240906-04] Request for removal of illegal content",
    reply_to_req="req-240906-04",
    body="""Dear Sir or Madam,

Both domains listed in your request KCSC-240906-04 have been placed on
hold and no longer resolve.

Hanbit Domains Abuse Team
""",
    outcome="review", review="bulk",
    imitates="registrar short closing note covering the whole complaint",
    why="'both domains' is a statement about the request's two items without naming them",
    items={REG[0]: "pending", REG[1]: "pending"},
)

case(
    name="reg-korean-ticket-receipt",
    **{"from": "noreply@hanbitdomains.example"}, name_from=enc("한빛도메인"),
    date="Fri, 06 Sep 2024 14:01:30 +0900",
    subject=enc("[한빛도메인] 신고 접수 완료 안내 (접수번호 HB-240906-0071)"),
    body="""안녕하세요, 한빛도메인입니다.

고객님의 신고가 정상적으로 접수되었습니다.
접수번호: HB-240906-0071

담당자 확인 후 처리 결과를 안내해 드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean registrar report-received notice with a receipt number",
    why="pure receipt in Korean",
    items={},
)

# ======================= Boardlet (KCSC-240909-05, 5 items) ===============
case(
    name="bl-korean-numbered-results",
    **{"from": "admin@boardlet.example"}, name_from=enc("보드렛 운영자"),
    date="Wed, 11 Sep 2024 10:25:14 +0900",
    subject=enc("Re: [KCSC-240909-05] 불법정보 삭제 요청"),
    reply_to_req="req-240909-05",
    body=f"""안녕하세요, 보드렛 운영자입니다.

요청 주신 게시물 처리 결과입니다.

1. {BL_RAW[0]} → 삭제 완료
2. {BL[1]} → 블라인드 처리
3. {BL_RAW[3]} → 작성자가 이미 삭제한 게시물입니다.

나머지 2건은 확인 후 다시 연락드리겠습니다.
감사합니다.
""",
    outcome="applied",
    imitates="Korean community-site admin's numbered result list (삭제 완료 / 블라인드 / 작성자 삭제)",
    why="deleted, blinded, and already deleted by its author; one URL pasted percent-encoded",
    items={BL[0]: "removed", BL[1]: "removed", BL[3]: "not_found"},
)

case(
    name="bl-mod-one-line-member",
    **{"from": "haneul@boardlet.example"}, name_from=enc("하늘"),
    date="Tue, 10 Sep 2024 22:48:03 +0900",
    subject=enc("Re: [KCSC-240909-05] 불법정보 삭제 요청"),
    reply_to_req="req-240909-05",
    body=f"""shadowfox_kr 회원 영구 이용정지하고 작성글 전부 운영자 삭제했습니다.
{BL_RAW[4]}

-- 보드렛 운영진 하늘
""",
    outcome="applied",
    imitates="forum moderator's one-line Korean reply",
    why="the member profile's account is permanently suspended: removed; other posts not named",
    items={BL[4]: "removed"},
)

case(
    name="bl-imsi-jochi-notice",
    **{"from": "notice@boardlet.example"}, name_from=enc("보드렛"),
    date="Wed, 11 Sep 2024 15:22:00 +0900",
    subject=enc("[보드렛] 불법정보 신고 처리 결과 안내 (KCSC-240909-05)"),
    body=f"""[보드렛] 불법정보 신고 처리 결과 안내

대상 게시물: {BL_RAW[2]}
처리 내용: 임시조치 (30일간 게시물 접근 제한)
처리 일시: 2024-09-11 15:20
근거: 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2

임시조치 기간 중 게시자가 재게시를 요청하지 않으면 게시물은 삭제됩니다.

보드렛 고객센터
""",
    outcome="applied",
    imitates="Korean portal 임시조치 result notice (template with labelled fields)",
    why="임시조치 with 30-day access restriction: restricted; the later deletion is only conditional",
    items={BL[2]: "restricted"},
)

case(
    name="bl-korean-kept-up",
    **{"from": "admin@boardlet.example"}, name_from=enc("보드렛 운영자"),
    date="Thu, 12 Sep 2024 11:30:45 +0900",
    subject=enc("Re: [KCSC-240909-05] 불법정보 삭제 요청"),
    reply_to_req="req-240909-05",
    body=f"""안녕하세요.

요청하신 {BL_RAW[1]} 게시물은 검토 결과 당 사이트 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.

나머지 게시물은 담당 부서에서 검토 중입니다.

보드렛 운영자 드림
""",
    outcome="applied",
    imitates="Korean admin's refusal (위반 사항 없음, 게시 유지)",
    why="reviewed, no violation found, post kept: rejected; the rest only under review",
    items={BL[1]: "rejected"},
)

case(
    name="bl-korean-will-delete",
    **{"from": "admin@boardlet.example"}, name_from=enc("보드렛 운영자"),
    date="Tue, 10 Sep 2024 09:15:00 +0900",
    subject=enc("Re: [KCSC-240909-05] 불법정보 삭제 요청"),
    reply_to_req="req-240909-05",
    body=f"""안녕하세요, 보드렛 운영자입니다.

요청하신 게시물 중 아래 2건은 9월 13일까지 삭제될 예정입니다.
- {BL_RAW[0]}
- {BL_RAW[2]}

처리 완료 후 다시 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean admin's promise of deletion by a date",
    why="'삭제될 예정' is a promise; nothing done yet",
    items={BL[0]: "pending", BL[2]: "pending"},
)

case(
    name="bl-auth-fail-korean",
    **{"from": "admin@boardlet.example"}, name_from=enc("보드렛 운영자"),
    auth="fail",
    date="Thu, 12 Sep 2024 03:10:27 +0900",
    subject=enc("Re: [KCSC-240909-05] 불법정보 삭제 요청"),
    reply_to_req="req-240909-05",
    body=f"""{BL_RAW[2]} 게시물 삭제 완료했습니다.
{BL_RAW[3]} 도 삭제했습니다.
""",
    outcome="review", review="untrusted",
    imitates="short Korean admin note failing DMARC",
    why="Boardlet's domain but authentication fails",
    items={BL[2]: "pending", BL[3]: "pending"},
)

case(
    name="bl-korean-out-of-office",
    **{"from": "haneul@boardlet.example"}, name_from=enc("하늘"),
    date="Mon, 16 Sep 2024 08:00:12 +0900",
    subject=enc("[자동회신] Re: [KCSC-240909-05] 불법정보 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요.
9월 14일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 help@boardlet.example 로 연락 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday out-of-office auto-reply (추석 연휴 부재중)",
    why="out-of-office auto-reply",
    items={},
)

# ======================= Kiwichan (KCSC-240910-06, 3 items) ===============
case(
    name="kc-admin-nuked",
    **{"from": "admin@kiwichan.example"}, name_from="kiwi admin",
    date="Tue, 10 Sep 2024 14:02:37 +0900",
    subject="Re: [KCSC-240910-06] Request for removal of illegal content",
    reply_to_req="req-240910-06",
    body=f"""nuked.

{KC[0]} - thread deleted
{KC[1]} - deleted, OP banned
{KC[2]} - file purged from storage + cache

- kiwi admin
""",
    outcome="applied",
    imitates="image-board admin's terse reply",
    why="each URL with its own deletion note",
    items={KC[0]: "removed", KC[1]: "removed", KC[2]: "removed"},
)

case(
    name="kc-top-posted-thread-number",
    **{"from": "admin@kiwichan.example"}, name_from="kiwi admin",
    date="Wed, 11 Sep 2024 01:33:10 +0900",
    subject="Re: [KCSC-240910-06] Request for removal of illegal content",
    reply_to_req="req-240910-06",
    body=f"""Deleted thread {KC[0]}.

Not deleting /kr/ No.7781 - it's a news discussion thread, nothing
illegal in it and our rules allow it. It stays.

On Tue, Sep 10, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240910-06", "Kiwichan", KC))}
""",
    outcome="applied",
    imitates="Gmail top-posted reply; the second item named by board and thread number only",
    why="one thread deleted; '/kr/ No.7781' is the requested /kr/ thread, refused with a reason",
    items={KC[0]: "removed", KC[1]: "rejected"},
)

kc_html = f"""<html><body>
<p><b>Report #4471 &mdash; closed</b></p>
<p>Reference: KCSC-240910-06</p>
<table cellpadding="3">
<tr><td>Reported post</td><td><a href="{KC[2]}">1725860012345.jpg</a></td></tr>
<tr><td>Action</td><td>File deleted, hash added to blocklist</td></tr>
<tr><td>Moderator</td><td>mod-07</td></tr>
</table>
<p style="color:#888">Kiwichan moderation &middot; this message was sent by our report system</p>
</body></html>
"""
case(
    name="kc-html-only-base64",
    **{"from": "reports@kiwichan.example"}, name_from="Kiwichan Reports",
    date="Wed, 11 Sep 2024 09:58:02 +0900",
    subject="Report #4471 closed (KCSC-240910-06)",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(kc_html)}
""",
    outcome="applied",
    imitates="image board's report-system closure notice (HTML only, base64)",
    why="the reported image file is stated deleted",
    items={KC[2]: "removed"},
)

case(
    name="kc-echoed-report-resolved",
    **{"from": "reports@kiwichan.example"}, name_from="Kiwichan Reports",
    date="Thu, 12 Sep 2024 20:14:44 +0900",
    subject="Your report has been resolved",
    body=f"""Your report has been resolved.

--- Report summary ---
Board: /kr/
URL: {KC[1]}
Reason given: illegal gambling advertising (KCSC-240910-06)
Submitted: 2024-09-10 11:04 KST

--- Moderator decision ---
Thread removed. Poster banned for 30 days.
""",
    outcome="applied",
    imitates="report system echoing the report above the moderator's decision",
    why="the echoed report names the thread; the decision below says it was removed",
    items={KC[1]: "removed"},
)

# ======================= pastebox (KCSC-240911-07, 1 item) ================
case(
    name="pb-sole-taken-down",
    **{"from": "tom@pastebox.example"}, name_from="Tom",
    date="Fri, 13 Sep 2024 21:07:19 +0900",
    subject="Re: [KCSC-240911-07] Request for removal of illegal content",
    reply_to_req="req-240911-07",
    body="""Hi - taken down, sorry it took a couple of days. We're a two-person
team.

Tom
pastebox
""",
    outcome="applied",
    imitates="one-person service replying in a line",
    why="the reply to a one-item request says it was taken down",
    items={PB[0]: "removed"},
)

pb_text = f"""Hello,

{PB[0]} doesn't exist on our side. Our database has no
paste with that ID, and the access logs show no request for it since
1 September.

Tom
pastebox
"""
case(
    name="pb-base64-not-found",
    **{"from": "tom@pastebox.example"}, name_from="Tom",
    date="Thu, 12 Sep 2024 08:44:51 +0900",
    subject="Re: [KCSC-240911-07] Request for removal of illegal content",
    reply_to_req="req-240911-07",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: base64

{b64(pb_text)}
""",
    outcome="applied",
    imitates="small-service reply sent base64-encoded by its mail client",
    why="the paste does not exist: not found",
    items={PB[0]: "not_found"},
)

case(
    name="pb-terms-update-no-claims",
    **{"from": "news@pastebox.example"}, name_from="pastebox",
    date="Sun, 15 Sep 2024 12:00:00 +0900",
    subject="pastebox: changes to our Terms of Service from 1 October 2024",
    body="""Hello,

You are receiving this because your address is registered as an abuse
or law-enforcement contact with pastebox.

From 1 October 2024 our Terms of Service change:
- pastes with personal data of third parties are removed on notice;
- anonymous pastes expire after 30 days;
- abuse reports can be sent to abuse@pastebox.example or through
  https://pastebox.example/report

The full text is at https://pastebox.example/terms

pastebox
""",
    outcome="review", review="no_claims",
    imitates="service-wide terms-of-service change announcement",
    why="trusted mail from the platform naming no item and no request",
    items={},
)

# ---------------------------------------------------------------- write
HEADER = """# blind469: hosts, a CDN, a registrar, a Korean forum, an image board, a
# file host and a paste service answering informally; CSV attachment and
# plain-text tables. Written from each email's meaning before any run of
# the reader. Generated by make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
