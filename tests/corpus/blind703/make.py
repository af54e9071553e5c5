#!/usr/bin/env python3
"""Blind set blind703: hosting providers, a CDN, a registrar, a forum, an
image board, a file host and a paste site answering the regulator, often
informally (abuse desks, admins writing one line), plus CSV attachments and
plain-text tables.

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
The expected results were written from each email's meaning before any run
of the reader.

    python3 tests/corpus/blind703/make.py
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind703"

# ---------------------------------------------------------------- requests
KOREAN_PATH_RAW = "https://dalbit.example/gallery/사진게시판/9012"
KOREAN_PATH_ENC = "https://dalbit.example/gallery/%EC%82%AC%EC%A7%84%EA%B2%8C%EC%8B%9C%ED%8C%90/9012"

F = {  # Parcel Files (file host), the largest request
    1: "https://parcelfiles.example/f/7Qm2Lx",
    2: "https://parcelfiles.example/f/9Rt4Kp",
    3: "https://parcelfiles.example/f/3Wn8Zd",
    4: "https://parcelfiles.example/f/Hc5Vb1",
    5: "https://parcelfiles.example/f/Ju6Ye2",
    6: "https://parcelfiles.example/f/Pk7Xa3",
    7: "https://parcelfiles.example/f/Ld8Mo4",
    8: "https://parcelfiles.example/f/Tr9Ns5",
    9: "https://parcelfiles.example/f/Vg0Bq6",
    10: "https://parcelfiles.example/f/Xe1Ck7",
    11: "https://parcelfiles.example/f/Zy2Dh8",
    12: "https://parcelfiles.example/f/Nb3Fj9",
    13: "https://parcelfiles.example/folder/mq77-drop",
    14: "https://dl.parcelfiles.example/d/Qs4Gw0/archive.zip",
}
H = {  # Haneul Hosting (web host): its customers' sites
    1: "http://toto-winner77.example/event/bonus.php",
    2: "http://toto-winner77.example/join",
    3: "https://myungpum-outlet.example/shop/bag-replica-12",
    4: "https://hs1234.haneulhost.example/~dream/pill/index.html",
}
C = {  # EdgeShield (CDN with image storage)
    1: "https://cdn.edgeshield.example/img/a91f/leak-01.jpg",
    2: "https://cdn.edgeshield.example/img/a91f/leak-02.jpg",
    3: "https://haetsal-pay-login.example/signin",
}
D = {  # Gaon Domains (registrar)
    1: "http://dasom-bank-secure.example/",
    2: "http://nuri-card-verify.example/auth",
}
B = {  # Dalbit Community (forum)
    1: "https://dalbit.example/board/free/88121",
    2: "https://dalbit.example/board/free/88135",
    3: "https://dalbit.example/board/humor/40277",
    4: "https://dalbit.example/board/market/5530",
    5: KOREAN_PATH_ENC,
}
I = {  # Inkboard (image board)
    1: "https://inkboard.example/b/res/771204.html",
    2: "https://inkboard.example/b/res/771388.html",
    3: "https://img.inkboard.example/src/1725601122345.png",
}
J = {1: "https://jotpad.example/p/k2v9w"}  # Jotpad (paste site)

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240902-01", "parcelfiles", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [F[k] for k in sorted(F)], "obscenity", "file host; largest request"),
    ("KCSC-240903-02", "haneulhost", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [H[k] for k in sorted(H)], "illegal_gambling", "web host; customers' sites"),
    ("KCSC-240904-03", "edgeshield", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00",
     [C[k] for k in sorted(C)], "privacy_violation", "CDN; two stored images and one proxied site"),
    ("KCSC-240905-04", "gaondomains", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [D[k] for k in sorted(D)], "phishing", "registrar"),
    ("KCSC-240906-05", "dalbit", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [B[k] for k in sorted(B)], "defamation", "forum"),
    ("KCSC-240909-06", "inkboard", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [I[k] for k in sorted(I)], "obscenity", "image board"),
    ("KCSC-240910-07", "jotpad", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [J[1]], "personal_information", "paste site"),
]


def msgid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def req_token(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, "<" + msgid(ref) + ">", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- helpers
def d(s, off=9):
    """'2024-09-04 11:13:55' in UTC+off -> RFC 5322 date."""
    tz = timezone(timedelta(hours=off))
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


def raw_urls(urls):
    return [KOREAN_PATH_RAW if u == KOREAN_PATH_ENC else u for u in urls]


def original_request(ref, prefix="> "):
    """The regulator's own request, as quoted under a reply."""
    r = next(x for x in REQUESTS if x[0] == ref)
    lines = [
        "Dear abuse team,",
        "",
        f"The Korea Communications Standards Commission asks you to remove the",
        f"content at the addresses below (reference {ref}).",
        "",
    ]
    lines += [f"  {n}. {u}" for n, u in enumerate(raw_urls(r[4]), 1)]
    lines += ["", "Please tell us what was done for each address.", "",
              "KCSC Takedown Team"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(text):
    enc = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(enc[i:i + 76] for i in range(0, len(enc), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def enc(s):
    """RFC 2047 encoded word for non-ASCII header text, as mail clients send it."""
    if all(ord(ch) < 128 for ch in s):
        return s
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


AUTO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    for k in ("subject", "name_from"):
        if k in kw:
            kw[k] = enc(kw[k])
    cases.append(kw)


# ======================= Parcel Files (file host) ========================
case(
    name="pf-abuse-desk-numbered",
    **{"from": "abuse@parcelfiles.example"}, name_from="Parcel Files Abuse",
    date=d("2024-09-03 16:20:11"), reply_to_req=req_token("KCSC-240902-01"),
    subject="Re: [KCSC-240902-01] Request to remove files",
    body=f"""
Hello,

Thanks for the list. We went through the first six links of your request
KCSC-240902-01:

1. {F[1]} - removed, uploader account closed
2. {F[2]} - removed
3. {F[3]} - the uploader had already deleted this file before we got to it
4. {F[4]} - removed
5. {F[5]} - no such file on our servers (is the id right?)
6. {F[6]} - removed

We will come back to you about the remaining eight.

Regards,
Mika
Parcel Files abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk reply working through a numbered list",
    why="per-line statuses: four removed, one deleted by its uploader, one unknown id",
    items={F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "removed",
           F[5]: "not_found", F[6]: "removed"},
)

PF_CSV = f"""link,action,closed_at,comment
{F[7]},deleted,2024-09-04 09:12 UTC,
{F[8]},deleted,2024-09-04 09:12 UTC,
{F[9]},not_found,2024-09-04 09:13 UTC,id never existed
{F[10]},deleted,2024-09-04 09:15 UTC,
{F[11]},no_action,2024-09-04 09:20 UTC,public government report - no violation
{F[12]},deleted,2024-09-04 09:21 UTC,
"""
case(
    name="pf-csv-results",
    **{"from": "trust@parcelfiles.example"}, name_from="Parcel Files Trust & Safety",
    date=d("2024-09-04 18:31:40"), reply_to_req=req_token("KCSC-240902-01"),
    subject="Re: [KCSC-240902-01] Request to remove files - results",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="pf-b1-7d2a"

--pf-b1-7d2a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi,

Attached is the export from our abuse tool for the rest of KCSC-240902-01
(six links). One file was left up, see the comment column.

Parcel Files Trust & Safety

--pf-b1-7d2a
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_results.csv"
Content-Transfer-Encoding: 8bit

{PF_CSV}
--pf-b1-7d2a--
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-tool CSV export attached to a short reply",
    why="CSV rows: deleted -> removed, not_found, no_action with 'no violation' -> rejected",
    items={F[7]: "removed", F[8]: "removed", F[9]: "not_found", F[10]: "removed",
           F[11]: "rejected", F[12]: "removed"},
)

case(
    name="pf-folder-disabled",
    **{"from": "jonas@parcelfiles.example"}, name_from="Jonas Weber",
    date=d("2024-09-03 09:02:17"), reply_to_req=req_token("KCSC-240902-01"),
    subject="Re: [KCSC-240902-01] Request to remove files",
    body=f"""
Hi - the folder {F[13]} is disabled, nobody can open it or
download from it any more. The zip {F[14]}
was deleted as well.

--
Jonas, Parcel Files
""",
    outcome="applied", classification="confirmation",
    imitates="one-paragraph answer from a file-host staff member",
    why="folder disabled -> removed; zip deleted -> removed",
    items={F[13]: "removed", F[14]: "removed"},
)

case(
    name="pf-top-posted-two-down",
    **{"from": "abuse@parcelfiles.example"}, name_from="Parcel Files Abuse",
    date=d("2024-09-02 20:45:03"), reply_to_req=req_token("KCSC-240902-01"),
    subject="Re: [KCSC-240902-01] Request to remove files",
    body=f"""
Two of them are down now:

{F[3]}
{F[4]}

Both deleted at 11:40 UTC. Still working through the others.

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{original_request("KCSC-240902-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail-style reply over the quoted request",
    why="two URLs under 'down now' / 'deleted'; the quoted list below changes nothing",
    items={F[3]: "removed", F[4]: "removed", F[1]: "pending"},
)

case(
    name="pf-html-ticket-table",
    **{"from": "support@parcelfiles.example"}, name_from="Parcel Files Support",
    date=d("2024-09-04 11:05:29"), reply_to_req=req_token("KCSC-240902-01"),
    subject="[Ticket PF-20931] Update on KCSC-240902-01",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Ticket <b>PF-20931</b> has been updated. Results for the links reviewed so far:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Result</th><th>Date (UTC)</th></tr>
<tr><td>{F[6]}</td><td>File deleted</td><td>2024-09-04</td></tr>
<tr><td>{F[7]}</td><td>File deleted</td><td>2024-09-04</td></tr>
<tr><td>{F[8]}</td><td>File not found</td><td>2024-09-04</td></tr>
<tr><td>{F[9]}</td><td>File deleted</td><td>2024-09-04</td></tr>
</table>
<p>You can reply to this email to add a comment to the ticket.</p>
<p style="color:#777">Parcel Files Support &middot; <a href="https://parcelfiles.example/help/abuse">Abuse policy</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk ticket-update email with an HTML results table",
    why="table rows: three 'File deleted', one 'File not found'; policy link is no item",
    items={F[6]: "removed", F[7]: "removed", F[8]: "not_found", F[9]: "removed"},
)

PF_B64 = f"""Update on KCSC-240902-01:

{F[10]} -> taken down
{F[11]} -> taken down
{F[12]} -> could not find this file, the link is invalid

Parcel Files abuse desk
"""
case(
    name="pf-base64-arrows",
    **{"from": "abuse@parcelfiles.example"}, name_from="Parcel Files Abuse",
    date=d("2024-09-05 08:14:52"), reply_to_req=req_token("KCSC-240902-01"),
    subject="Re: [KCSC-240902-01] Request to remove files",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(PF_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="plain reply sent base64-encoded by a webmail client",
    why="two 'taken down' -> removed, one invalid link -> not_found",
    items={F[10]: "removed", F[11]: "removed", F[12]: "not_found"},
)

case(
    name="pf-status-line-below",
    **{"from": "noreply@parcelfiles.example"}, name_from="Parcel Files",
    date=d("2024-09-05 15:40:00"), reply_to_req=req_token("KCSC-240902-01"),
    subject="Your report KCSC-240902-01 has been processed",
    body=f"""
Results for your report:

{F[13]}
Status: Removed (folder and its 23 files)

{F[5]}
Status: Removed

{F[1]}
Status: Not found - already deleted by the uploader

This message was sent by the Parcel Files report system.
""",
    outcome="applied", classification="confirmation",
    imitates="report-system result mail, bare URL with its status on the next line",
    why="status on the line below each URL",
    items={F[13]: "removed", F[5]: "removed", F[1]: "not_found"},
)

case(
    name="pf-promise-24h",
    **{"from": "abuse@parcelfiles.example"}, name_from="Parcel Files Abuse",
    date=d("2024-09-02 17:12:44"), reply_to_req=req_token("KCSC-240902-01"),
    subject="Re: [KCSC-240902-01] Request to remove files",
    body=f"""
Hi,

We have looked at these two and they will be deleted within 24 hours,
once the second reviewer signs off:

{F[1]}
{F[2]}

Mika
Parcel Files abuse desk
""",
    outcome="review", review="not_understood",
    imitates="abuse desk announcing a removal still to come",
    why="'will be deleted' is a promise, not a statement: items stay pending",
    items={F[1]: "pending", F[2]: "pending"},
)

case(
    name="pf-bulk-all-removed",
    **{"from": "abuse@parcelfiles.example"}, name_from="Parcel Files Abuse",
    date=d("2024-09-06 10:03:21"), reply_to_req=req_token("KCSC-240902-01"),
    subject="Re: [KCSC-240902-01] Request to remove files",
    body="""
Hello,

All files listed in your request KCSC-240902-01 have been removed from
Parcel Files and the uploaders' accounts were closed.

Best regards,
Parcel Files abuse desk
""",
    outcome="review", review="bulk",
    imitates="one-sentence 'all reported files removed' reply",
    why="statement about all 14 items without naming any: bulk, items pending",
    items={F[1]: "pending", F[14]: "pending"},
)

case(
    name="pf-asks-which-files",
    **{"from": "abuse@parcelfiles.example"}, name_from="Parcel Files Abuse",
    date=d("2024-09-03 12:30:05"), reply_to_req=req_token("KCSC-240902-01"),
    subject="Re: [KCSC-240902-01] Request to remove files",
    body=f"""
Hello,

Before we can act on {F[13]} we need to know which
files in it you consider unlawful. The folder holds 23 files and several
of them look unrelated (installers, a PDF manual). Could you reply with
the file names?

Thanks,
Mika
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="abuse desk asking for more detail before acting",
    why="a question back to us; nothing done to the folder",
    items={F[13]: "pending"},
)

case(
    name="pf-out-of-office",
    **{"from": "mika@parcelfiles.example"}, name_from="Mika Laine",
    date=d("2024-09-02 03:00:12", 0), reply_to_req=req_token("KCSC-240902-01"),
    subject="Automatic reply: [KCSC-240902-01] Request to remove files",
    extra_headers=AUTO,
    body="""
I am out of the office until 9 September with limited access to email.
For urgent abuse matters please write to abuse@parcelfiles.example.

Mika
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply",
    why="auto-reply",
)

# ======================= Haneul Hosting (web host) =======================
case(
    name="hh-account-suspended",
    **{"from": "abuse@haneulhost.example"}, name_from="Haneul Hosting Abuse",
    date=d("2024-09-04 10:11:09"), reply_to_req=req_token("KCSC-240903-02"),
    subject="Re: [KCSC-240903-02] Illegal gambling sites hosted on your network",
    body=f"""
Dear KCSC,

Regarding KCSC-240903-02: the hosting account behind toto-winner77.example
has been suspended for breach of our acceptable use policy. The following
pages are offline and now return our suspension page:

  - {H[1]}
  - {H[2]}

The other two URLs of your notice are handled by a different team, who
will write to you separately.

Haneul Hosting Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="web-host abuse team reply after suspending a customer account",
    why="account suspended, both pages offline -> removed",
    items={H[1]: "removed", H[2]: "removed"},
)

case(
    name="hh-korean-result",
    **{"from": "abuse@haneulhost.example"}, name_from="하늘호스팅 어뷰즈팀",
    date=d("2024-09-05 14:22:36"), reply_to_req=req_token("KCSC-240903-02"),
    subject="Re: [KCSC-240903-02] 처리 결과 안내",
    body=f"""
안녕하세요, 하늘호스팅 어뷰즈 담당자입니다.

접수번호 KCSC-240903-02 관련 처리 결과를 알려드립니다.

- {H[3]} : 고객사에 통보 후 해당 페이지를 삭제 조치하였습니다.
- {H[4]} : 해당 계정은 8월 말 이미 해지되어 페이지가 존재하지 않습니다.

감사합니다.
하늘호스팅 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean web host's 처리 결과 안내 reply",
    why="삭제 조치 -> removed; account already closed, page does not exist -> not_found",
    items={H[3]: "removed", H[4]: "not_found"},
)

HH_QP = f"""Hello,

We reviewed {H[3]} from your request KCSC-240903-02. Our customer sent us import declarations and a distribution agreement for the goods listed on that page, and we found nothing on it that breaches our acceptable use policy, so the page stays online. If you have a court order or further evidence, please reply to this ticket — we will look at it again.

Kind regards,
Seo-yeon Park
Haneul Hosting Compliance
"""
case(
    name="hh-qp-kept-online",
    **{"from": "compliance@haneulhost.example"}, name_from="Seo-yeon Park",
    date=d("2024-09-06 17:48:02"), reply_to_req=req_token("KCSC-240903-02"),
    subject="Re: [KCSC-240903-02] Counterfeit goods page",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HH_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="host compliance officer refusing with reasons (quoted-printable body)",
    why="no AUP breach found, page stays online -> rejected",
    items={H[3]: "rejected"},
)

case(
    name="hh-html-bullets",
    **{"from": "abuse@haneulhost.example"}, name_from="Haneul Hosting Abuse",
    date=d("2024-09-05 09:30:44"), reply_to_req=req_token("KCSC-240903-02"),
    subject="Re: [KCSC-240903-02] Illegal gambling sites hosted on your network",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Update on notice KCSC-240903-02:</p>
<ul>
<li><a href="{H[1]}">{H[1]}</a> &ndash; site disabled</li>
<li><a href="{H[2]}">{H[2]}</a> &ndash; site disabled</li>
<li><a href="{H[4]}">{H[4]}</a> &ndash; files deleted from the shared server</li>
</ul>
<p>Regards,<br>Haneul Hosting Abuse Team<br>
<a href="https://www.haneulhost.example/aup">Acceptable Use Policy</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML abuse-desk update with a bulleted list",
    why="site disabled / files deleted -> removed; AUP link is no item",
    items={H[1]: "removed", H[2]: "removed", H[4]: "removed"},
)

case(
    name="hh-appears-offline",
    **{"from": "abuse@haneulhost.example"}, name_from="Haneul Hosting Abuse",
    date=d("2024-09-04 16:05:10"), reply_to_req=req_token("KCSC-240903-02"),
    subject="Re: [KCSC-240903-02] Illegal gambling sites hosted on your network",
    body=f"""
Hi,

Looking at {H[2]} it appears to be offline already; the
customer may have taken it down themselves. We have asked them and will
confirm once they answer.

Haneul Hosting Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse desk guessing at a page's state",
    why="'appears to be offline', 'may have taken it down': hedges, not statements",
    items={H[2]: "pending"},
)

case(
    name="hh-wrong-platform-cdn-site",
    **{"from": "abuse@haneulhost.example"}, name_from="Haneul Hosting Abuse",
    date=d("2024-09-05 11:40:27"),
    subject="Fwd complaint from EdgeShield - KCSC-240904-03",
    body=f"""
Dear KCSC,

EdgeShield forwarded us your complaint KCSC-240904-03. The origin server
of {C[3]} is on our network, and we have deleted the
site from our customer's account.

Haneul Hosting Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="origin host answering a complaint a CDN forwarded to it",
    why="Haneul Hosting states a removal for an item of the EdgeShield request",
    items={C[3]: "pending"},
)

HH_DSN_ORIG = original_request("KCSC-240903-02", prefix="")
case(
    name="hh-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx1.haneulhost.example"}, name_from="Mail Delivery System",
    date=d("2024-09-03 11:00:41"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-HH-41"

--dsn-HH-41
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.haneulhost.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@haneulhost.example>: host mx1.haneulhost.example said:
    550 5.1.1 <legal@haneulhost.example>: Recipient address rejected:
    User unknown in virtual mailbox table

--dsn-HH-41
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.haneulhost.example
Arrival-Date: Tue, 3 Sep 2024 11:00:39 +0900 (KST)

Final-Recipient: rfc822; legal@haneulhost.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table

--dsn-HH-41
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@haneulhost.example
Subject: [KCSC-240903-02] Illegal gambling sites hosted on your network
Date: Tue, 3 Sep 2024 11:00:00 +0900
Message-ID: <{msgid("KCSC-240903-02")}>
Content-Type: text/plain; charset=utf-8

{HH_DSN_ORIG}

--dsn-HH-41--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report carrying the original request",
    why="bounce; the URLs are our own returned request",
    items={H[1]: "pending"},
)

# ======================= EdgeShield (CDN) ================================
case(
    name="es-storage-purged",
    **{"from": "trust@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date=d("2024-09-05 02:14:33", 0), reply_to_req=req_token("KCSC-240904-03"),
    subject="Re: [KCSC-240904-03] Report of privacy-violating images",
    body=f"""
Hi,

The two images in your report KCSC-240904-03 were stored on EdgeShield
Images, so we are the host for them. Both objects have been deleted from
storage and purged from every edge cache:

<{C[1]}>
<{C[2]}>

We have also notified the account owner.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety reply for content it hosts itself",
    why="deleted and purged -> removed, URLs in angle brackets",
    items={C[1]: "removed", C[2]: "removed"},
)

case(
    name="es-geoblock-korea",
    **{"from": "trust@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date=d("2024-09-06 07:55:01", 0), reply_to_req=req_token("KCSC-240904-03"),
    subject="Re: [KCSC-240904-03] Report of privacy-violating images",
    body=f"""
Hello,

On the basis of the order you cited, we have geo-blocked
{C[3]} for requests originating from the Republic of Korea.
Visitors elsewhere are not affected; the origin server is not operated by
us.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN applying a country-level block on a legal order",
    why="geo-blocked for Korea only -> restricted",
    items={C[3]: "restricted"},
)

case(
    name="es-statement-of-reasons",
    **{"from": "noreply@edgeshield.example"}, name_from="EdgeShield",
    date=d("2024-09-05 09:02:00", 0), reply_to_req=req_token("KCSC-240904-03"),
    subject="Statement of reasons ES-SOR-2024-0917 (KCSC-240904-03)",
    body=f"""
STATEMENT OF REASONS
Reference: ES-SOR-2024-0917
Your notice: KCSC-240904-03

Content concerned: {C[1]}
Decision: access to the content disabled in the Republic of Korea only
Territorial scope: KR
Facts relied on: notice from a national authority
Automated detection: no
Automated decision: no

The uploader may contest this decision at https://edgeshield.example/appeals.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons with territorial scope",
    why="access disabled in Korea only -> restricted; appeals page is no item",
    items={C[1]: "restricted"},
)

case(
    name="es-not-the-host",
    **{"from": "trust@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date=d("2024-09-04 05:31:19", 0), reply_to_req=req_token("KCSC-240904-03"),
    subject="Re: [KCSC-240904-03] Report of privacy-violating images",
    body=f"""
Hello,

EdgeShield provides pass-through CDN and security services for
haetsal-pay-login.example. We are not the hosting provider of
{C[3]} and cannot remove material that others host.

We have forwarded your complaint to the site owner and to the hosting
provider, Haneul Hosting (abuse@haneulhost.example), who can act on it.

EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style 'we are a pass-through service, not the host' reply",
    why="names the item but states nothing done and no refusal on the merits",
    items={C[3]: "pending"},
)

case(
    name="es-auto-ack",
    **{"from": "noreply@edgeshield.example"}, name_from="EdgeShield",
    date=d("2024-09-04 00:31:02", 0), reply_to_req=req_token("KCSC-240904-03"),
    subject="We received your abuse report [ES-AR-5520931]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you. Your abuse report has been received.

Report ID: ES-AR-5520931

You will receive a separate email if we need more information from you.
Please do not reply to this message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form automatic receipt",
    why="pure receipt with a report id",
)

# ======================= Gaon Domains (registrar) ========================
case(
    name="gd-clienthold-both",
    **{"from": "abuse@gaondomains.example"}, name_from="Gaon Domains Abuse",
    date=d("2024-09-06 10:15:48"), reply_to_req=req_token("KCSC-240905-04"),
    subject="Re: [KCSC-240905-04] Phishing domains",
    body=f"""
Dear Sir or Madam,

Re: KCSC-240905-04

We have verified the two domains in your complaint. Both registrations
are now on clientHold and have been removed from the zone, so they no
longer resolve anywhere:

{D[1]}
{D[2]}

The registrants have been informed of the suspension.

Gaon Domains Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse desk suspending domains (clientHold)",
    why="domains on hold, no longer resolve anywhere -> removed",
    items={D[1]: "removed", D[2]: "removed"},
)

case(
    name="gd-korean-one-held-one-deleted",
    **{"from": "abuse@gaondomains.example"}, name_from="가온도메인",
    date=d("2024-09-06 15:02:11"), reply_to_req=req_token("KCSC-240905-04"),
    subject="Re: [KCSC-240905-04] 피싱 도메인 조치 결과",
    body=f"""
안녕하세요. 가온도메인 어뷰즈팀입니다.

{D[1]} 도메인은 서비스 정지(clientHold) 처리되어 더 이상 접속되지 않습니다.

{D[2]} 의 도메인은 9월 4일 등록자가 직접 삭제하여 현재 등록되어 있지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar reply, one domain suspended, one already deleted",
    why="서비스 정지 -> removed; deleted by its registrant before -> not_found",
    items={D[1]: "removed", D[2]: "not_found"},
)

case(
    name="gd-reseller-gmail",
    **{"from": "gaon.reseller.kim@gmail.com"}, name_from="Kim Taeho",
    date=d("2024-09-05 22:41:30"), reply_to_req=req_token("KCSC-240905-04"),
    subject="Re: [KCSC-240905-04] Phishing domains",
    body=f"""
Hello,

I am a reseller of Gaon Domains and the customer behind
{D[1]} is mine. I removed the DNS records an hour ago,
so the site is down.

Kim Taeho
""",
    outcome="review", review="unknown_sender",
    imitates="reseller writing from a free-mail address",
    why="sender is not the platform's domain",
    items={D[1]: "pending"},
)

case(
    name="gd-ticket-receipt",
    **{"from": "abuse@gaondomains.example"}, name_from="Gaon Domains Abuse",
    date=d("2024-09-05 14:00:58"), reply_to_req=req_token("KCSC-240905-04"),
    subject="[GD-ABUSE-118734] Re: [KCSC-240905-04] Phishing domains",
    body="""
Thank you for contacting Gaon Domains Abuse.

Your report has been received and assigned ticket GD-ABUSE-118734.
Please keep this number in the subject line of any reply. We usually
respond within two business days.

Gaon Domains Abuse Desk
""",
    outcome="ignored", classification="acknowledgement",
    imitates="registrar ticket-system receipt",
    why="pure acknowledgement",
)

# ======================= Dalbit Community (forum) ========================
case(
    name="dalbit-admin-one-line",
    **{"from": "admin@dalbit.example"}, name_from="달빛커뮤니티 운영자",
    date=d("2024-09-06 13:27:40"), reply_to_req=req_token("KCSC-240906-05"),
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    body=f"""
{B[1]} 글 운영자 삭제했습니다.

달빛커뮤니티 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's one-line Korean answer",
    why="운영자 삭제 -> removed",
    items={B[1]: "removed"},
)

case(
    name="dalbit-korean-results",
    **{"from": "admin@dalbit.example"}, name_from="달빛커뮤니티 운영팀",
    date=d("2024-09-07 11:03:15"), reply_to_req=req_token("KCSC-240906-05"),
    subject="Re: [KCSC-240906-05] 게시물 조치 결과",
    body=f"""
방송통신심의위원회 담당자님께,

요청하신 게시물(KCSC-240906-05)에 대한 조치 결과입니다.

1) {B[2]} — 블라인드 처리 완료
2) {B[3]}은 작성자가 이미 삭제한 글입니다.
3) 「{KOREAN_PATH_RAW}」 게시물은 30일간 임시조치(접근 제한)하였습니다.

나머지 두 건은 확인 후 따로 회신드리겠습니다.

달빛커뮤니티 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum 조치 결과 list with particles and corner brackets",
    why="블라인드 -> removed; deleted by its author -> not_found; 임시조치 -> restricted",
    items={B[2]: "removed", B[3]: "not_found", B[5]: "restricted"},
)

case(
    name="dalbit-market-kept",
    **{"from": "admin@dalbit.example"}, name_from="달빛커뮤니티 운영자",
    date=d("2024-09-09 09:48:52"), reply_to_req=req_token("KCSC-240906-05"),
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    body=f"""
안녕하세요.

{B[4]} 중고거래 글은 검토해 보니 정품 중고 거래로
확인되어 삭제하지 않고 유지합니다. 커뮤니티 규정 위반 사항이 없습니다.

달빛커뮤니티 운영자
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin refusing a removal with a reason",
    why="kept, no rule broken -> rejected",
    items={B[4]: "rejected"},
)

case(
    name="dalbit-gmail-quoted",
    **{"from": "admin@dalbit.example"}, name_from="달빛 운영자",
    date=d("2024-09-06 21:14:09"), reply_to_req=req_token("KCSC-240906-05"),
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    body=f"""
말씀하신 두 글 삭제했어요.
{B[2]}
{B[3]}

2024년 9월 6일 (금) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{original_request("KCSC-240906-05")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply from a forum admin over the quoted request (Korean quote header)",
    why="statement line above two URLs; the quoted request changes nothing",
    items={B[2]: "removed", B[3]: "removed", B[1]: "pending"},
)

case(
    name="dalbit-outlook-english",
    **{"from": "hyunwoo.lim@dalbit.example"}, name_from="Hyunwoo Lim",
    date=d("2024-09-06 17:33:51"), reply_to_req=req_token("KCSC-240906-05"),
    subject="RE: [KCSC-240906-05] 게시물 삭제 요청",
    body=f"""
Hello,

The post <{B[3]}> was deleted by our moderators
this afternoon.

Best,
Hyunwoo Lim
Dalbit Community Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 10:00 AM
To: admin@dalbit.example
Subject: [KCSC-240906-05] 게시물 삭제 요청

{original_request("KCSC-240906-05", prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the original request below '-----Original Message-----'",
    why="one post deleted; the unprefixed original request below changes nothing",
    items={B[3]: "removed", B[1]: "pending", B[2]: "pending"},
)

case(
    name="dalbit-conditional-7days",
    **{"from": "admin@dalbit.example"}, name_from="달빛커뮤니티 운영자",
    date=d("2024-09-06 16:20:00"), reply_to_req=req_token("KCSC-240906-05"),
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    body=f"""
{B[1]} 글은 작성자에게 소명 요청을 보냈습니다.
7일 안에 소명이 없으면 삭제됩니다.

달빛커뮤니티 운영자
""",
    outcome="review", review="not_understood",
    imitates="forum admin describing a conditional, future removal",
    why="removal depends on a condition and lies in the future: item stays pending",
    items={B[1]: "pending"},
)

case(
    name="dalbit-bulk-korean",
    **{"from": "admin@dalbit.example"}, name_from="달빛커뮤니티 운영자",
    date=d("2024-09-08 10:05:37"), reply_to_req=req_token("KCSC-240906-05"),
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    body="""
안녕하세요.

KCSC-240906-05 건으로 신고해 주신 게시물은 모두 삭제 조치 완료했습니다.

달빛커뮤니티 운영자 드림
""",
    outcome="review", review="bulk",
    imitates="Korean 'all reported posts deleted' one-liner",
    why="all five posts at once, none named: bulk, items pending",
    items={B[1]: "pending", B[4]: "pending"},
)

DALBIT_MDN = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dalbit-9"

--mdn-dalbit-9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: admin@dalbit.example
제목: [KCSC-240906-05] 게시물 삭제 요청
읽은 시간: 2024-09-06 (금) 11:42

--mdn-dalbit-9
Content-Type: message/disposition-notification

Reporting-UA: webmail.dalbit.example
Final-Recipient: rfc822; admin@dalbit.example
Original-Message-ID: <{msgid("KCSC-240906-05")}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dalbit-9--
"""
case(
    name="dalbit-read-receipt",
    **{"from": "admin@dalbit.example"}, name_from="달빛커뮤니티 운영자",
    date=d("2024-09-06 11:42:18"), reply_to_req=req_token("KCSC-240906-05"),
    subject="읽음: [KCSC-240906-05] 게시물 삭제 요청",
    raw_mime=DALBIT_MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="read receipt",
)

# ======================= Inkboard (image board) ==========================
case(
    name="ib-janitor-short",
    **{"from": "mod@inkboard.example"}, name_from="inkboard mods",
    date=d("2024-09-09 23:51:02"), reply_to_req=req_token("KCSC-240909-06"),
    subject="Re: [KCSC-240909-06] Removal request",
    body=f"""
pruned the thread {I[1]} and deleted the image
{I[3]}.

{I[2]} had already 404'd - the thread expired and fell
off the board before we saw your mail.

- inkboard mod team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator's terse lower-case reply",
    why="pruned / deleted -> removed; thread expired before -> not_found",
    items={I[1]: "removed", I[3]: "removed", I[2]: "not_found"},
)

case(
    name="ib-text-table-log",
    **{"from": "mod@inkboard.example"}, name_from="inkboard mods",
    date=d("2024-09-10 08:12:44"), reply_to_req=req_token("KCSC-240909-06"),
    subject="Re: [KCSC-240909-06] Removal request",
    body=f"""
KCSC-240909-06 - excerpt from our moderation log

url                                                   action   note
----------------------------------------------------  -------  ------------------------
{I[1]:<52}  deleted  thread and all replies
{I[2]:<52}  kept     a drawing, breaks no rule
{I[3]:<52}  deleted  file purged from storage

inkboard
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text fixed-width moderation log pasted into a reply",
    why="table rows: deleted -> removed, kept / breaks no rule -> rejected",
    items={I[1]: "removed", I[2]: "rejected", I[3]: "removed"},
)

case(
    name="ib-ticket-and-statement",
    **{"from": "mod@inkboard.example"}, name_from="inkboard mods",
    date=d("2024-09-09 14:30:19"), reply_to_req=req_token("KCSC-240909-06"),
    subject="Re: [KCSC-240909-06] Removal request [#IB-4471]",
    body=f"""
Thanks for your report, we've opened ticket #IB-4471 for it.

The image {I[3]} has already been removed
by a janitor. The two threads are still being checked.

inkboard mods
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also reports one finished action",
    why="receipt phrase plus an unhedged removal of one item; threads stay pending",
    items={I[3]: "removed", I[1]: "pending", I[2]: "pending"},
)

case(
    name="ib-spoofed-auth-fail",
    **{"from": "mod@inkboard.example"}, name_from="inkboard mods", auth="fail",
    date=d("2024-09-09 19:02:55"), reply_to_req=req_token("KCSC-240909-06"),
    subject="Re: [KCSC-240909-06] Removal request",
    body=f"""
both threads gone:
{I[1]}
{I[2]}

- inkboard mod team
""",
    outcome="review", review="untrusted",
    imitates="moderator reply whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails",
    items={I[1]: "pending", I[2]: "pending"},
)

case(
    name="ib-out-of-office",
    **{"from": "sora@inkboard.example"}, name_from="sora (inkboard admin)",
    date=d("2024-09-09 10:00:31"), reply_to_req=req_token("KCSC-240909-06"),
    subject="Auto: [KCSC-240909-06] Removal request",
    extra_headers=AUTO,
    body="""
I'm travelling until 16 September and reading mail only now and then.
Reports sent to mod@inkboard.example are still handled by the other
moderators.

sora
""",
    outcome="ignored", classification="auto_reply",
    imitates="vacation auto-reply from an image-board admin",
    why="auto-reply",
)

# ======================= Jotpad (paste site) =============================
case(
    name="jp-sole-removed",
    **{"from": "admin@jotpad.example"}, name_from="Jotpad",
    date=d("2024-09-11 09:14:03"), reply_to_req=req_token("KCSC-240910-07"),
    subject="Re: [KCSC-240910-07] Removal request",
    body="""
Hi, the paste you reported has been removed. Sorry it took a day.

-- jotpad admin
""",
    outcome="applied", classification="confirmation",
    imitates="paste-site admin's one-line answer naming no URL",
    why="single-item request, unhedged removal of 'the paste you reported'",
    items={J[1]: "removed"},
)

case(
    name="jp-url-below-statement",
    **{"from": "admin@jotpad.example"}, name_from="Jotpad",
    date=d("2024-09-10 20:40:26"), reply_to_req=req_token("KCSC-240910-07"),
    subject="Re: [KCSC-240910-07] Removal request",
    body=f"""
Deleted the paste and banned the account that posted it:
{J[1]}
""",
    outcome="applied", classification="confirmation",
    imitates="admin reply with the URL on the line after the statement",
    why="statement ending in ':' governs the URL below -> removed",
    items={J[1]: "removed"},
)

case(
    name="jp-abuse-address-change",
    **{"from": "admin@jotpad.example"}, name_from="Jotpad",
    date=d("2024-09-12 12:00:00"),
    subject="New abuse contact for Jotpad",
    body="""
Hello,

From 1 October please send abuse reports to abuse@jotpad.example instead
of admin@jotpad.example. The old address will stop being read after that.

Thanks,
jotpad admin
""",
    outcome="review", review="no_claims", classification="other",
    imitates="small service announcing a new abuse address",
    why="trusted platform mail naming no item and no request",
)

case(
    name="jp-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@jotpad.example"}, name_from="Mail Delivery Subsystem",
    date=d("2024-09-10 07:00:22", 0),
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="jp-dsn-03"

--jp-dsn-03
Content-Type: text/plain; charset=us-ascii

Delivery to the following recipient failed permanently:

     admin@jotpad.example

Reason: 552 5.2.2 Mailbox full: admin@jotpad.example is over quota.

--jp-dsn-03
Content-Type: message/delivery-status

Reporting-MTA: dns; jotpad.example
Final-Recipient: rfc822; admin@jotpad.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--jp-dsn-03
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: admin@jotpad.example
Subject: [KCSC-240910-07] Removal request
Date: Tue, 10 Sep 2024 16:00:00 +0900
Message-ID: <{msgid("KCSC-240910-07")}>

--jp-dsn-03--
""",
    outcome="ignored", classification="bounce",
    imitates="mailbox-full delivery failure",
    why="bounce",
)


HEADER = """# Blind set blind703 (hosting providers, CDN, registrar, forum, image board,
# file host, paste site). Written by tests/corpus/blind703/make.py from the
# meaning of each email, before any run of the reader. Do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
