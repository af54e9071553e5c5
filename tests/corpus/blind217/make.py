#!/usr/bin/env python3
"""Blind set 217: hosting providers, a CDN, a registrar, forums, an image
board, a file host and a one-person paste service answering informally, plus
CSV attachments and plain-text tables.

    python3 tests/corpus/blind217/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Every
expected result below was written from the meaning of its email alone,
before the reader was ever run on it. All names, domains, ids and URLs are
fictional; IPs come from the documentation ranges.
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

SET = "blind217"


def enc(s):
    """RFC 2047 encoded-word for a non-ASCII header value."""
    return Header(s, "utf-8").encode()


def b64(text, bom=False):
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def pct(url):
    return quote(url, safe=":/?=&%#")


# ---------------------------------------------------------------- requests
F1 = "https://filebarn.example/d/Qm7xK2pL"
F2 = "https://filebarn.example/d/Rt4vN8wA"
F3 = "https://filebarn.example/d/Hs2cY9eB"
F4 = "https://filebarn.example/d/Pz6jW3uD"
F5 = "https://filebarn.example/d/Lk8fT5nG"
F6 = "https://filebarn.example/d/Xa3mV7qC"
F7 = "https://filebarn.example/d/Wd9pR2sE"
F8 = "https://filebarn.example/d/Ub5hJ6kF"
F9 = "https://filebarn.example/d/Nc1tZ4yH"
F10 = "https://filebarn.example/d/Ge7bM8rJ"
F11 = "https://filebarn.example/f/Vy2nQ5xK/folder"
F12 = "https://filebarn.example/d/Jo3wS6tL/Season_02_Episode_14_1080p_WEB-DL_x264_KOR-SUB.mkv"
FB = [F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12]

C1 = "https://hanbit-toto.example/bet/live"
C2 = "https://kr-pills-direct.example/shop/item/41"
C3 = "https://rooftop-cams.example/gallery/7"
C4 = "http://dl.warez-kr.example/get?id=5531"
CDN = [C1, C2, C3, C4]

J1 = "https://jjalbox.example/b/free/301447"
J2 = "https://jjalbox.example/b/free/301502"
J3 = "https://jjalbox.example/b/hot/88120"
J4 = "https://jjalbox.example/i/8f3ac21e.jpg"
J5 = "https://jjalbox.example/b/celeb/55913"

D1_RAW = "https://dalbit-forum.example/자유게시판/20931"
D2_RAW = "https://dalbit-forum.example/자유게시판/20950"
D1 = pct(D1_RAW)
D2 = pct(D2_RAW)
D3 = "https://dalbit-forum.example/board/market/7712"

H1 = "http://bamboo-toto.example/main"
H2 = "http://gold-loan-kr.example/apply"

R1 = "http://hanul-bank-verify.example/login.php"

P1 = "https://pastebox.example/raw/k3Jd9Q"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240903-01", "filebarn", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "copyright", FB, "pirated drama episodes, one uploader folder"),
    ("KCSC-240905-02", "edgeshield", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "gambling", CDN, "sites fronted by the CDN; one on its static hosting"),
    ("KCSC-240909-03", "jjalbox", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00",
     "obscenity", [J1, J2, J3, J4, J5], "image board threads and one image file"),
    ("KCSC-240910-04", "dalforum", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "drugs", [D1, D2, D3], "forum posts, two with Korean board paths"),
    ("KCSC-240911-05", "hostnara", "2024-09-11T10:20:00+09:00", "2024-09-18T18:00:00+09:00",
     "gambling", [H1, H2], "customer sites on a Korean hosting provider"),
    ("KCSC-240913-06", "dotreg", "2024-09-13T16:00:00+09:00", "2024-09-20T18:00:00+09:00",
     "fraud", [R1], "phishing domain, sent to its registrar"),
    ("KCSC-240917-07", "pastebox", "2024-09-17T09:10:00+09:00", "2024-09-24T18:00:00+09:00",
     "privacy", [P1], "doxxing paste on a one-person service"),
]


def mid(ref):
    return f"request.{ref}.1@kcsc.example"


def req(ref):
    """value for corpuslib's reply_to_req (it appends @kcsc.example)."""
    return f"request.{ref}.1"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======================= FileBarn (file host), KCSC-240903-01, 12 items

case(
    name="fb-abuse-desk-numbered-list",
    outcome="applied",
    imitates="file host abuse-desk reply listing each reported link with its result",
    why="numbered list: five links removed, one already deleted by its uploader; the rest only promised",
    **{"from": "abuse@filebarn.example"},
    name_from="FileBarn Abuse Desk",
    date="Wed, 4 Sep 2024 09:14:22 +0200",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your notice. Our abuse team has gone through the first part
of the links you sent. Results so far:

1. {F1} - removed
2. {F2} - removed
3. {F3} - removed, uploader account closed
4. {F4} - removed
5. {F5} - removed
6. {F6} - this file no longer existed when we checked it; the uploader had
   deleted it himself

We are still working through the rest of your list and will write again.

Regards,
Tomas
FileBarn Abuse Desk
""",
    items={F1: "removed", F2: "removed", F3: "removed", F4: "removed", F5: "removed",
           F6: "not_found"},
)

csv_rows = [
    ("link", "file_id", "status", "handled_at_utc", "comment"),
]
fb_csv_status = ["DELETED", "DELETED", "DELETED", "DELETED", "DELETED", "NOT_FOUND", "DELETED",
                 "DELETED", "DELETED", "KEPT", "DELETED", "NOT_FOUND"]
fb_csv_comment = ["", "", "repeat uploader", "", "", "link did not resolve", "", "", "",
                  "licensed trailer; uploader is the distributor", "folder with 31 files", "no such file id"]
for u, s, cm in zip(FB, fb_csv_status, fb_csv_comment):
    fid = u.split("/")[4]
    csv_rows.append((u, fid, s, "2024-09-05 07:4%d" % (len(csv_rows) % 10), cm))
_b = io.StringIO()
csv.writer(_b, lineterminator="\r\n").writerows(csv_rows)
FB_CSV = _b.getvalue()

case(
    name="fb-csv-export-attachment",
    outcome="applied",
    imitates="moderation-tool CSV export attached to a compliance reply",
    why="CSV with a legend in the body: DELETED = removed, NOT_FOUND = not_found, KEPT (reviewed, no violation) = rejected",
    **{"from": "compliance@filebarn.example"},
    name_from="FileBarn Compliance",
    date="Thu, 5 Sep 2024 10:02:51 +0000",
    subject="KCSC-240903-01 - takedown results (CSV)",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_fb_7d1c0a"

--=_fb_7d1c0a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

Attached is the export from our moderation tool for your request
KCSC-240903-01, one row per link.

Status legend:
  DELETED   = file removed and its hash blocked from re-upload
  NOT_FOUND = the link did not lead to any file on our side
  KEPT      = reviewed, no violation found, file stays online

Best,
FileBarn Compliance

--=_fb_7d1c0a
Content-Type: text/csv; charset=utf-8; name="kcsc-240903-01_results.csv"
Content-Disposition: attachment; filename="kcsc-240903-01_results.csv"
Content-Transfer-Encoding: base64

{b64(FB_CSV)}
--=_fb_7d1c0a--
""",
    items=dict(zip(FB, ["removed", "removed", "removed", "removed", "removed", "not_found",
                        "removed", "removed", "removed", "rejected", "removed", "not_found"])),
)

case(
    name="fb-plain-text-table",
    outcome="applied",
    imitates="abuse-desk reply with a fixed-width plain-text status table",
    why="text table: 7-9 disabled, 10 kept (no violation), folder 11 deleted, 12 not found",
    **{"from": "abuse@filebarn.example"},
    name_from="FileBarn Trust & Safety",
    date="Fri, 6 Sep 2024 14:40:03 +0200",
    subject="Re: KCSC-240903-01",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
Hi KCSC team,

Status of the second half of your list as of today:

 #   File ID    Result                 Link
 --  ---------  ---------------------  -------------------------------------
 7   Wd9pR2sE   disabled               {F7}
 8   Ub5hJ6kF   disabled               {F8}
 9   Nc1tZ4yH   disabled               {F9}
 10  Ge7bM8rJ   no violation, kept     {F10}
 11  Vy2nQ5xK   folder deleted         {F11}
 12  Jo3wS6tL   not found              {F12}

Disabled files can no longer be downloaded and cannot be uploaded again.
#10 is the official trailer, posted by the distributor's own account.

Kind regards,
Marta / FileBarn T&S
""",
    items={F7: "removed", F8: "removed", F9: "removed", F10: "rejected", F11: "removed",
           F12: "not_found"},
)

case(
    name="fb-bare-url-status-below-gmail-quote",
    outcome="applied",
    imitates="one-line ops reply top-posted over a Gmail-quoted request",
    why="each URL with its result on the next line; the quoted request below names other links",
    **{"from": "jan@filebarn.example"},
    name_from="Jan Novak",
    date="Fri, 6 Sep 2024 22:51:17 +0200",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
{F10}
-> deleted

{F11}
-> whole folder wiped, uploader banned

jan

On Tue, 3 Sep 2024 at 03:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear FileBarn,
>
> The Korea Communications Standards Commission asks you to remove the
> following files, which infringe copyright under Korean law:
>
> {F1}
> {F2}
> {F10}
> {F11}
> (list continues, 12 links in total)
>
> Reference: KCSC-240903-01
""",
    items={F10: "removed", F11: "removed"},
)

FB_HTML = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<p>Dear Korea Communications Standards Commission,</p>
<p>We have completed our review of notice <b>KCSC-240903-01</b>. The outcome for each link is shown below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Outcome</th></tr>
<tr><td><a href="{F1}">{F1}</a></td><td>Removed</td></tr>
<tr><td><a href="{F2}">{F2}</a></td><td>Removed</td></tr>
<tr><td><a href="{F3}">{F3}</a></td><td>Not found &ndash; no file with this ID</td></tr>
<tr><td><a href="{F4}">{F4}</a></td><td>Reviewed &ndash; not removed (no breach of our Terms)</td></tr>
</table>
<p>You can read our <a href="https://filebarn.example/legal/terms">Terms of Service</a> or appeal a decision at <a href="https://filebarn.example/legal/appeal">filebarn.example/legal/appeal</a>.</p>
<p>FileBarn Legal</p>
</body></html>
"""

case(
    name="fb-qp-html-table",
    outcome="applied",
    imitates="legal-team outcome notice as an HTML table, quoted-printable",
    why="HTML table: two removed, one not found, one reviewed and kept; terms/appeal links are not items",
    **{"from": "legal@filebarn.example"},
    name_from="FileBarn Legal",
    date="Sat, 7 Sep 2024 08:05:44 +0000",
    subject="Outcome of your notice KCSC-240903-01",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(FB_HTML)}
""",
    items={F1: "removed", F2: "removed", F3: "not_found", F4: "rejected"},
)

case(
    name="fb-ids-only-top-posted",
    outcome="applied",
    imitates="abuse agent's short top-posted update naming files by id over the quoted request",
    why="file ids Pz6jW3uD, Lk8fT5nG deleted and Xa3mV7qC already gone; the ids are the unique path of requested URLs (arguable, see NOTES)",
    **{"from": "rita.kowal@filebarn.example"},
    name_from="Rita Kowal",
    date="Wed, 4 Sep 2024 17:30:09 +0200",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
Hi,

quick update: Pz6jW3uD and Lk8fT5nG are now deleted. Xa3mV7qC was
already gone, the uploader had removed it himself.

Rita

On Tue, Sep 3, 2024 at 3:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Please remove the files below (reference KCSC-240903-01):
> {F4}
> {F5}
> {F6}
> {F7}
""",
    items={F4: "removed", F5: "removed", F6: "not_found"},
)

FB_B64 = f"""FileBarn - Takedown notice processed

Ticket: FB-ABU-77812
Your reference: KCSC-240903-01
Processed: 2024-09-06 08:12 UTC

Access to the following content has been disabled:
  {F7}
  {F8}
  {F9}

Ground: FileBarn Terms of Service, section 4 (unlawful content).
The uploader has been told and may send a counter-notice through
https://filebarn.example/legal/counter-notice .

This message was sent by FileBarn's notice system.
"""

case(
    name="fb-base64-system-notice",
    outcome="applied",
    imitates="automated 'takedown notice processed' mail from a ticket system, base64 body",
    why="three URLs under 'access disabled'; counter-notice link is not an item",
    **{"from": "noreply@filebarn.example"},
    name_from="FileBarn Notices",
    date="Fri, 6 Sep 2024 08:12:30 +0000",
    subject="[FB-ABU-77812] Takedown notice processed",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(FB_B64)}
""",
    items={F7: "removed", F8: "removed", F9: "removed"},
)

case(
    name="fb-wrapped-url-angle-brackets",
    outcome="applied",
    imitates="support agent reply where the client wrapped a long URL inside angle brackets",
    why="the long episode URL, wrapped across two lines inside <>, has been deleted",
    **{"from": "support@filebarn.example"},
    name_from="FileBarn Support",
    date="Mon, 9 Sep 2024 11:21:56 +0200",
    subject="Re: KCSC-240903-01 remaining file",
    reply_to_req=req("KCSC-240903-01"),
    body="""
Hello,

the file you reported as
<https://filebarn.example/d/Jo3wS6tL/Season_02_Episode_14_1080p_WEB-DL_x264_
KOR-SUB.mkv>
has been deleted from our storage today.

Regards
Ana
FileBarn Support
""",
    items={F12: "removed"},
)

case(
    name="fb-bulleted-mixed-reasons",
    outcome="applied",
    imitates="abuse-desk follow-up with a bulleted list, one refusal with its reason",
    why="one disabled (repeat infringer), one kept online because the rights holder posted it",
    **{"from": "abuse@filebarn.example"},
    name_from="FileBarn Abuse Desk",
    date="Sat, 7 Sep 2024 12:02:10 +0200",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
Hi again,

Two more from your list:

  * {F9}: disabled. The uploader was a repeat infringer and his account
    has been terminated.
  * {F10}: no action. This is the official trailer published by the
    distributor itself, which holds the rights, so we are keeping it online.

Cheers,
Tomas
""",
    items={F9: "removed", F10: "rejected"},
)

case(
    name="fb-promise-within-24h",
    outcome="review",
    review="not_understood",
    imitates="abuse-desk reply promising removal",
    why="'will remove within 24 hours' is a promise, not a statement; three named items stay pending",
    **{"from": "abuse@filebarn.example"},
    name_from="FileBarn Abuse Desk",
    date="Tue, 3 Sep 2024 16:44:00 +0200",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
Hello,

Thanks for your notice KCSC-240903-01. We have checked the links and will
remove the following files within 24 hours:

 {F1}
 {F2}
 {F3}

You'll get a confirmation from us once it's done.

FileBarn Abuse Desk
""",
    items={F1: "pending", F2: "pending", F3: "pending"},
)

case(
    name="fb-counter-notice-condition",
    outcome="review",
    review="not_understood",
    imitates="file host telling the notifier the uploader has a counter-notice period",
    why="deletion is conditional on no counter-notice arriving; both items stay pending",
    **{"from": "legal@filebarn.example"},
    name_from="FileBarn Legal",
    date="Thu, 5 Sep 2024 13:15:27 +0000",
    subject="KCSC-240903-01: uploader notified",
    body=f"""
Dear Sir or Madam,

We have notified the uploader of the files

  {F6}
  {F7}

about your notice. If no valid counter-notice reaches us within 10
working days, both files will be deleted. We will let you know either way.

FileBarn Legal
""",
    items={F6: "pending", F7: "pending"},
)

case(
    name="fb-ticket-resolved-bulk",
    outcome="review",
    review="bulk",
    imitates="helpdesk 'ticket resolved' mail with a one-line resolution for the whole notice",
    why="'all content reported in your notice has been removed' for a 12-item request names no link",
    **{"from": "tickets@filebarn.example"},
    name_from="FileBarn Help Center",
    date="Tue, 10 Sep 2024 06:30:00 +0000",
    subject="[FB-ABU-77812] Your request has been resolved",
    body="""
Hello KCSC Takedown,

Your request FB-ABU-77812 (your reference KCSC-240903-01) has been marked
as resolved.

Resolution: All content reported in your notice has been removed from
FileBarn.

If this does not answer your request, simply reply to this email within
7 days and the ticket will reopen.

FileBarn Help Center
""",
    items={u: "pending" for u in FB},
)

case(
    name="fb-ticket-receipt",
    outcome="ignored",
    classification="acknowledgement",
    imitates="helpdesk automatic 'we received your request' receipt",
    why="pure receipt: ticket created, nothing about any item",
    **{"from": "tickets@filebarn.example"},
    name_from="FileBarn Help Center",
    date="Tue, 3 Sep 2024 01:00:41 +0000",
    subject="[FB-ABU-77812] We received your request",
    extra_headers=["Auto-Submitted: auto-generated", "Precedence: bulk"],
    body="""
This is an automated confirmation.

Your request "[KCSC-240903-01] Request for removal of illegal content" has
been received and ticket FB-ABU-77812 has been created. Our abuse team
handles requests in the order they arrive; a team member will reply to you
in this ticket.

Please do not change the subject line when replying.

FileBarn Help Center
""",
)

# ======================= EdgeShield (CDN), KCSC-240905-02, 4 items

case(
    name="cdn-pass-through-one-hosted",
    outcome="applied",
    imitates="CDN abuse reply: 'we do not host this, forwarded to the host', except one page on its own hosting",
    why="three URLs only proxied (forwarded, no action: pending); the page on the CDN's own hosting disabled for everyone",
    **{"from": "abuse@edgeshield.example"},
    name_from="EdgeShield Abuse",
    date="Fri, 6 Sep 2024 03:18:52 +0000",
    subject="[EdgeShield Abuse] Case ES-2024-0918-4471 / KCSC-240905-02",
    body=f"""
Hello,

EdgeShield has looked at the four URLs in your notice KCSC-240905-02.

Three of them are only served through our reverse-proxy and CDN service:

  {C1}
  {C2}
  {C4}

EdgeShield does not host these websites and cannot remove content stored
on another provider's servers. We have passed your complaint on to the
site operators and to their hosting providers (origin 203.0.113.44,
AS64500), who are best placed to act on it.

The fourth URL, {C3}, was stored on EdgeShield Pages,
our static hosting product. We have disabled that deployment and the page
now returns HTTP 451 to all visitors.

EdgeShield Trust & Safety
https://edgeshield.example/abuse
""",
    items={C1: "pending", C2: "pending", C3: "removed", C4: "pending"},
)

case(
    name="cdn-geoblock-and-terminate-outlook",
    outcome="applied",
    imitates="CDN trust-and-safety reply, top-posted over an Outlook '-----Original Message-----' block",
    why="geo-block for Korean visitors = restricted; shop on the CDN's hosting taken down = removed; AUP link not an item",
    **{"from": "trust-safety@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date="Mon, 9 Sep 2024 07:41:13 +0000",
    subject="RE: [KCSC-240905-02] Request for removal of illegal content",
    reply_to_req=req("KCSC-240905-02"),
    body=f"""
Dear KCSC,

Update on KCSC-240905-02:

- <{C1}>: access from the Republic of Korea is now blocked at our edge
  (a geo-block for visitors in KR on this hostname).
- <{C2}>: this shop was hosted on EdgeShield Pages. The customer account
  was terminated for breach of our Acceptable Use Policy
  (https://edgeshield.example/legal/aup) and the deployment has been
  taken down.

Best regards,
Priya S.
EdgeShield Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:30 AM
To: abuse@edgeshield.example
Subject: [KCSC-240905-02] Request for removal of illegal content

Dear EdgeShield,

Please remove or block the following illegal gambling and drug sales pages:

{C1}
{C2}
{C3}
{C4}

Korea Communications Standards Commission
""",
    items={C1: "restricted", C2: "removed"},
)

case(
    name="cdn-ticket-echo-two-actioned",
    outcome="applied",
    imitates="abuse-portal outcome mail that echoes the whole report before the outcome",
    why="the echo lists all four; the outcome makes two hosted URLs unavailable worldwide and only forwards the other two",
    **{"from": "no-reply@abuse.edgeshield.example"},
    name_from="EdgeShield Abuse Portal",
    date="Wed, 11 Sep 2024 02:09:37 +0000",
    subject="Your abuse report ES-ABU-558120 has been processed",
    body=f"""
Your report has been processed.

----- Report details -----
Report ID:       ES-ABU-558120
Submitted by:    takedown@kcsc.example
Your reference:  KCSC-240905-02
Category:        Illegal content (other)
Reported URLs:
  {C1}
  {C2}
  {C3}
  {C4}
--------------------------

Outcome: Action taken

The following URLs were stored on EdgeShield Stream and have been made
unavailable worldwide:
  {C3}
  {C4}

For the remaining URLs EdgeShield acts only as a pass-through provider. Your
report has been forwarded to the responsible hosting provider.

-- 
EdgeShield Abuse Portal - https://abuse.edgeshield.example
""",
    items={C1: "pending", C2: "pending", C3: "removed", C4: "removed"},
)

DSA = f"""
Statement of reasons (Article 17, Regulation (EU) 2022/2065)

Notice reference:      KCSC-240905-02
Decision ID:           ES-SOR-2024-09-771
Content concerned:     {C4}
Type of restriction:   access to the content disabled
Territorial scope:     Republic of Korea (KR) only
Facts relied on:       notice from a public authority of the Republic of
                       Korea stating that the content is unlawful there
Ground:                content incompatible with the law of the country of
                       access; not a breach of our global terms
Automated means used:  no

Redress: the uploader may use our internal complaint system at
https://edgeshield.example/dsa/appeal .

EdgeShield Legal
"""

case(
    name="cdn-dsa-statement-kr-only",
    outcome="applied",
    imitates="DSA statement of reasons (territorial restriction), copy sent to the notifier",
    why="access disabled with territorial scope Korea only = restricted; appeal link is not an item",
    **{"from": "dsa-notices@edgeshield.example"},
    name_from="EdgeShield Legal",
    date="Thu, 12 Sep 2024 09:00:05 +0000",
    subject="Statement of reasons ES-SOR-2024-09-771 (KCSC-240905-02)",
    body=DSA,
    items={C4: "restricted"},
)

case(
    name="cdn-hedge-origin-appears-offline",
    outcome="review",
    review="not_understood",
    imitates="CDN agent's informal observation about the origin server",
    why="'it appears the origin has taken the page offline' and 'we have not taken any action' is no statement",
    **{"from": "abuse@edgeshield.example"},
    name_from="Lukas (EdgeShield Abuse)",
    date="Tue, 10 Sep 2024 15:27:40 +0000",
    subject="Re: [EdgeShield Abuse] Case ES-2024-0918-4471 / KCSC-240905-02",
    reply_to_req=req("KCSC-240905-02"),
    body=f"""
Hi,

Looking at {C2} from our side, it appears the origin
has already taken the page offline: our edge has been getting 522 errors
from it since yesterday. We have not taken any action ourselves and can't
tell you whether it is gone for good.

Lukas
EdgeShield Abuse
""",
    items={C2: "pending"},
)

case(
    name="cdn-lookalike-domain",
    outcome="review",
    review="unknown_sender",
    imitates="mail claiming to be a CDN's trust-and-safety team from a look-alike domain",
    why="edgeshield-support.example is no platform's domain; the removal it claims cannot be applied",
    **{"from": "abuse@edgeshield-support.example"},
    name_from="EdgeShield Trust & Safety",
    date="Tue, 10 Sep 2024 04:12:00 +0000",
    subject="Re: [KCSC-240905-02] Request for removal of illegal content",
    body=f"""
Dear KCSC,

We confirm that {C1} has been removed from our network.

Regards,
EdgeShield Trust & Safety
""",
    items={C1: "pending"},
)

case(
    name="cdn-auto-ack-echo",
    outcome="ignored",
    classification="acknowledgement",
    imitates="abuse-portal automatic receipt echoing the reported URLs",
    why="receipt: report received and will be reviewed; the URLs are only echoed",
    **{"from": "no-reply@abuse.edgeshield.example"},
    name_from="EdgeShield Abuse Portal",
    date="Thu, 5 Sep 2024 02:31:12 +0000",
    subject="We received your abuse report ES-ABU-558120",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thank you for your report.

Report ID:      ES-ABU-558120
Your reference: KCSC-240905-02
Reported URLs (4):
  {C1}
  {C2}
  {C3}
  {C4}

Our team will review your report. Where EdgeShield only provides proxy or
CDN services, we forward reports to the hosting provider and the website
operator. You will be emailed when your report has been processed.

This mailbox is not monitored.
""",
    items={C1: "pending", C2: "pending", C3: "pending", C4: "pending"},
)

# ======================= jjalbox (image board), KCSC-240909-03, 5 items

case(
    name="jjal-blind-korean-list",
    outcome="applied",
    imitates="Korean community site 블라인드 처리 결과 안내",
    why="three posts 블라인드 처리 완료 (hidden from everyone) = removed; the other two only promised",
    **{"from": "report@jjalbox.example"},
    name_from=enc("짤박스 운영팀"),
    date="Tue, 10 Sep 2024 11:03:27 +0900",
    subject=enc("[짤박스] 게시물 처리 결과 안내 (KCSC-240909-03)"),
    body=f"""
안녕하세요, 짤박스 운영팀입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 아래와 같이
알려드립니다.

- {J1} : 블라인드 처리 완료
- {J2} : 블라인드 처리 완료
- {J3} : 블라인드 처리 완료

블라인드 처리된 게시물은 작성자를 포함한 모든 이용자에게 보이지 않습니다.
나머지 2건은 확인 후 따로 회신드리겠습니다.

감사합니다.
짤박스 운영팀 드림
""",
    items={J1: "removed", J2: "removed", J3: "removed"},
)

case(
    name="jjal-admin-one-line-korean",
    outcome="applied",
    imitates="image-board admin's one-line reply over the Gmail-quoted Korean request",
    why="'지웠습니다' for one URL; the rest only promised for tomorrow; quoted request not read",
    **{"from": "admin@jjalbox.example"},
    name_from="jjalbox admin",
    date="Mon, 9 Sep 2024 23:48:05 +0900",
    subject=enc("Re: [KCSC-240909-03] 불법정보 삭제 요청"),
    reply_to_req=req("KCSC-240909-03"),
    body=f"""
{J3} 지웠습니다. 나머지는 내일 확인할게요.

-- 
짤박스 관리자

2024년 9월 9일 (월) 오전 9:40, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 짤박스 운영자님께,
>
> 아래 게시물은 음란정보에 해당하여 삭제를 요청드립니다.
> {J1}
> {J2}
> {J3}
> {J4}
> {J5}
>
> 방송통신심의위원회
""",
    items={J3: "removed"},
)

case(
    name="jjal-purged-and-kept-english",
    outcome="applied",
    imitates="volunteer moderator's informal English reply on two links",
    why="image purged by its uploader = not_found; thread read and left up as within the rules = rejected",
    **{"from": "seoyeon@jjalbox.example"},
    name_from="Seo-yeon (jjalbox mods)",
    date="Wed, 11 Sep 2024 20:15:48 +0900",
    subject="Re: [KCSC-240909-03] two links",
    reply_to_req=req("KCSC-240909-03"),
    body=f"""
Hi,

About two of the links in KCSC-240909-03:

{J4} - nothing for us to remove, the uploader purged this
image before we got to it and the link is dead.

{J5} - we read the whole thread. It is a summary of a
newspaper article with a link to the source. Nothing in it breaks our rules
as far as we can see, so it stays up.

If you see it differently, send us the legal basis and we'll look again.

Seo-yeon, jjalbox moderation
""",
    items={J4: "not_found", J5: "rejected"},
)

case(
    name="jjal-temporary-measure-30days",
    outcome="applied",
    imitates="정보통신망법 제44조의2 임시조치 결과 통지",
    why="30-day 임시조치 (access blocked) = restricted; deletion after the period is only conditional",
    **{"from": "report@jjalbox.example"},
    name_from=enc("짤박스 운영팀"),
    date="Wed, 11 Sep 2024 10:00:12 +0900",
    subject=enc("[짤박스] 임시조치 결과 통지"),
    body=f"""
[짤박스] 임시조치 결과 통지

요청번호: KCSC-240909-03

정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라 아래
게시물에 대해 30일간 임시조치(접근 차단)를 하였습니다.

1) {J1}
2) {J2}

임시조치 기간 중 게시자의 재게시 요청이 없으면 기간이 끝난 뒤 삭제됩니다.

짤박스 운영팀
""",
    items={J1: "restricted", J2: "restricted"},
)

JJ_TXT = f"""KCSC-240909-03 처리 결과

{J1}\t삭제
{J2}\t삭제
{J3}\t유지 (운영정책 위반 아님)
{J5}\t게시물 없음

짤박스 운영팀
"""
JJ_HTML = f"""<html><body>
<p>안녕하세요. 짤박스 운영팀입니다.<br>KCSC-240909-03 처리 결과를 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>번호</th><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td>1</td><td>{J1}</td><td>삭제</td></tr>
<tr><td>2</td><td>{J2}</td><td>삭제</td></tr>
<tr><td>3</td><td>{J3}</td><td>유지 (운영정책 위반 아님)</td></tr>
<tr><td>4</td><td>{J5}</td><td>게시물 없음</td></tr>
</table>
<p>운영정책: <a href="https://jjalbox.example/policy">https://jjalbox.example/policy</a></p>
<p>짤박스 운영팀</p>
</body></html>
"""

case(
    name="jjal-html-table-korean",
    outcome="applied",
    imitates="Korean 처리 결과 table in an HTML mail with a plain-text alternative, base64",
    why="삭제 x2 = removed; 유지 (no breach) = rejected; 게시물 없음 = not_found; policy link not an item",
    **{"from": "report@jjalbox.example"},
    name_from=enc("짤박스 운영팀"),
    date="Thu, 12 Sep 2024 16:22:31 +0900",
    subject=enc("[짤박스] KCSC-240909-03 처리 결과"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="jjal-b1-0912"

--jjal-b1-0912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(JJ_TXT)}
--jjal-b1-0912
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(JJ_HTML)}
--jjal-b1-0912--
""",
    items={J1: "removed", J2: "removed", J3: "rejected", J5: "not_found"},
)

case(
    name="jjal-under-legal-review",
    outcome="review",
    review="not_understood",
    imitates="Korean portal '검토 중' interim reply listing each post",
    why="each named post is '검토 중' (under review): no statement; items stay pending",
    **{"from": "report@jjalbox.example"},
    name_from=enc("짤박스 운영팀"),
    date="Tue, 10 Sep 2024 17:40:00 +0900",
    subject=enc("[짤박스] KCSC-240909-03 진행 상황 안내"),
    body=f"""
안녕하세요, 짤박스 운영팀입니다.

아래 게시물은 현재 법무 검토 중입니다. 결과가 나오는 대로 다시
안내드리겠습니다.

- {J3} : 검토 중
- {J5} : 검토 중

감사합니다.
""",
    items={J3: "pending", J5: "pending"},
)

case(
    name="jjal-untrusted-dmarc-fail",
    outcome="review",
    review="untrusted",
    imitates="Korean 삭제 처리 완료 notice that fails DMARC for the image board's domain",
    why="From jjalbox.example but dkim/spf/dmarc fail: statements not applied",
    **{"from": "report@jjalbox.example"},
    auth="fail",
    name_from=enc("짤박스 운영팀"),
    date="Tue, 10 Sep 2024 09:12:44 +0900",
    subject=enc("[짤박스] 삭제 처리 완료 (KCSC-240909-03)"),
    body=f"""
요청하신 게시물 2건 삭제 처리 완료되었습니다.

{J1}
{J2}

짤박스 운영팀
""",
    items={J1: "pending", J2: "pending"},
)

case(
    name="jjal-contact-change-no-claims",
    outcome="review",
    review="no_claims",
    imitates="Korean notice that the abuse-report contact address has changed",
    why="trusted mail from the platform that names no item and no request",
    **{"from": "help@jjalbox.example"},
    name_from=enc("짤박스 고객센터"),
    date="Fri, 13 Sep 2024 10:30:00 +0900",
    subject=enc("[짤박스] 권리침해·불법정보 신고 창구 변경 안내"),
    body="""
안녕하세요, 짤박스 고객센터입니다.

9월 23일부터 권리침해 및 불법정보 신고 접수 창구가 변경됩니다.
앞으로는 report@jjalbox.example 대신 legal@jjalbox.example 로 보내주시기
바랍니다. 기존 주소로 보내신 메일도 한 달 동안은 자동으로 전달됩니다.

감사합니다.
짤박스 고객센터
""",
)

case(
    name="jjal-mdn-read-receipt",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음:) as a disposition notification",
    why="MDN: the request was read, nothing more",
    **{"from": "report@jjalbox.example"},
    name_from=enc("짤박스 운영팀"),
    date="Mon, 9 Sep 2024 10:02:19 +0900",
    subject=enc("읽음: [KCSC-240909-03] 불법정보 삭제 요청"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-jjal-0909"

--mdn-jjal-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: report@jjalbox.example
제목: [KCSC-240909-03] 불법정보 삭제 요청
보낸 날짜: 2024-09-09 오전 9:40

이 메시지를 2024-09-09 오전 10:02에 읽었습니다.

--mdn-jjal-0909
Content-Type: message/disposition-notification

Reporting-UA: mail.jjalbox.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;report@jjalbox.example
Original-Message-ID: <{mid('KCSC-240909-03')}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-jjal-0909--
""",
)

# ======================= 달빛포럼 (forum), KCSC-240910-04, 3 items

case(
    name="dal-raw-korean-url-particles",
    outcome="applied",
    imitates="Korean forum operator's reply with raw Korean-path URLs followed by particles",
    why="20931 운영자 삭제 = removed; 20950 already deleted by its author = not_found; market post still being checked",
    **{"from": "admin@dalbit-forum.example"},
    name_from=enc("달빛포럼 관리자"),
    date="Wed, 11 Sep 2024 13:05:10 +0900",
    subject=enc("RE: [KCSC-240910-04] 게시물 삭제 요청"),
    reply_to_req=req("KCSC-240910-04"),
    body=f"""
안녕하세요. 달빛포럼 운영자입니다.

{D1_RAW}은 운영자 권한으로 삭제했습니다.
{D2_RAW}의 경우 저희가 확인했을 때 이미 작성자가 글을 지운 상태였습니다.
장터 게시판 글은 아직 확인 중입니다.

달빛포럼 운영자 드림
""",
    items={D1: "removed", D2: "not_found", D3: "pending"},
)

case(
    name="dal-fullwidth-paren-kr-block",
    outcome="applied",
    imitates="Korean forum reply: 국내 접속 차단 instead of deletion, URL in full-width parentheses",
    why="국내 IP 접속 차단 for the market post = restricted",
    **{"from": "admin@dalbit-forum.example"},
    name_from=enc("달빛포럼 관리자"),
    date="Fri, 13 Sep 2024 09:47:33 +0900",
    subject=enc("RE: [KCSC-240910-04] 게시물 삭제 요청"),
    reply_to_req=req("KCSC-240910-04"),
    body=f"""
KCSC-240910-04 관련 회신드립니다.

장터 게시판 게시물（{D3}）에 대해 국내 IP 접속 차단 조치를 완료했습니다.
해외 판매자 글이라 삭제 대신 국내 차단으로 처리한 점 양해 부탁드립니다.

달빛포럼 운영진
""",
    items={D3: "restricted"},
)

case(
    name="dal-all-three-deleted-bulk",
    outcome="review",
    review="bulk",
    imitates="forum admin's one-sentence reply for the whole request",
    why="'말씀하신 글 세 개 모두 삭제' names no post for a 3-item request",
    **{"from": "admin@dalbit-forum.example"},
    name_from=enc("달빛포럼 관리자"),
    date="Thu, 12 Sep 2024 22:10:00 +0900",
    subject=enc("RE: [KCSC-240910-04] 게시물 삭제 요청"),
    reply_to_req=req("KCSC-240910-04"),
    body="""
말씀하신 글 세 개 모두 삭제 처리했습니다.

- 달빛포럼 운영진
""",
    items={D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="dal-volunteer-mod-gmail",
    outcome="review",
    review="unknown_sender",
    imitates="forum volunteer moderator writing from a personal webmail address",
    why="gmail.com is no platform's domain; a deletion it reports cannot be applied",
    **{"from": "dalbit.mod.hyunwoo@gmail.com"},
    name_from=enc("현우"),
    date="Wed, 11 Sep 2024 01:33:58 +0900",
    subject=enc("Re: [KCSC-240910-04] 게시물 삭제 요청"),
    body=f"""
안녕하세요, 달빛포럼 자원봉사 운영진입니다.
{D1_RAW} 글 방금 삭제했습니다.
다른 글은 관리자님께 전달해 두었어요.
""",
    items={D1: "pending"},
)

case(
    name="dal-ooo-chuseok",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean 부재중 자동응답 over the Chuseok holiday",
    why="auto-reply naming the request in its subject only",
    **{"from": "admin@dalbit-forum.example"},
    name_from=enc("달빛포럼 관리자"),
    date="Tue, 10 Sep 2024 14:00:09 +0900",
    subject=enc("[자동응답] 부재 중입니다 (RE: [KCSC-240910-04] 게시물 삭제 요청)"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 9월 14일부터 9월 18일까지 추석 연휴로 부재 중입니다.
급한 신고는 report@dalbit-forum.example 로 보내주시면 당번 운영진이
확인합니다.
""",
)

# ======================= 호스트나라 (hosting), KCSC-240911-05, 2 items

HN_CSV = (
    "번호,URL,조치결과,조치일시,비고\r\n"
    f"1,{H1},삭제,2024-09-12 15:20,계정 이용정지 및 사이트 데이터 삭제\r\n"
    f"2,{H2},해당 없음,2024-09-12 15:25,당사 서버에 해당 페이지 없음(404)\r\n"
)

case(
    name="hostnara-csv-bom-korean",
    outcome="applied",
    imitates="Korean hosting company 시정요구 조치결과 sent as an Excel-exported CSV (UTF-8 with BOM)",
    why="삭제 = removed; 해당 없음 / page does not exist on our server = not_found",
    **{"from": "abuse@hostnara.example"},
    name_from=enc("호스트나라 고객지원센터"),
    date="Thu, 12 Sep 2024 16:02:45 +0900",
    subject=enc("[호스트나라] 시정요구 조치결과 회신 (KCSC-240911-05)"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="hn-0912-mixed"

--hn-0912-mixed
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 호스트나라 고객지원센터입니다.

KCSC-240911-05 시정요구에 대한 조치 결과를 첨부 파일로 보내드립니다.
문의 사항은 이 메일에 회신해 주세요.

호스트나라 고객지원센터

--hn-0912-mixed
Content-Type: text/csv; charset=utf-8; name="KCSC-240911-05_result.csv"
Content-Disposition: attachment; filename="KCSC-240911-05_result.csv"
Content-Transfer-Encoding: base64

{b64(HN_CSV, bom=True)}
--hn-0912-mixed--
""",
    items={H1: "removed", H2: "not_found"},
)

case(
    name="hostnara-suspended-url-next-line",
    outcome="applied",
    imitates="hosting NOC reply: account suspended, URL on the line below, Outlook-quoted request",
    why="hosting account suspended, suspension page shown, no customer content reachable = removed",
    **{"from": "noc@hostnara.example"},
    name_from="Hostnara NOC",
    date="Thu, 12 Sep 2024 10:44:18 +0900",
    subject="RE: [KCSC-240911-05] Request for removal of illegal content",
    reply_to_req=req("KCSC-240911-05"),
    body=f"""
Hello,

Following your request we have suspended the hosting account that served

    {H2}

The site now shows our suspension page and none of the customer's content
can be reached.

Best regards,
Hostnara NOC

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 10:20 AM
To: abuse@hostnara.example
Subject: [KCSC-240911-05] Request for removal of illegal content

Please remove the following illegal gambling and loan sites:
{H1}
{H2}
""",
    items={H2: "removed"},
)

case(
    name="hostnara-customer-deleted-and-refused",
    outcome="applied",
    imitates="Korean hosting provider prose reply: customer removed one site, other one left up with reason",
    why="customer deleted its site after notice = removed; registered lender's ad page, no action = rejected",
    **{"from": "abuse@hostnara.example"},
    name_from=enc("호스트나라 고객지원센터"),
    date="Fri, 13 Sep 2024 11:20:00 +0900",
    subject=enc("RE: [KCSC-240911-05] 불법정보 삭제 요청"),
    reply_to_req=req("KCSC-240911-05"),
    body=f"""
안녕하세요, 호스트나라 고객지원센터입니다.

{H1} 건은 고객에게 통보하였고, 고객이 9월 13일 오전에 사이트를 직접
삭제하였습니다.

{H2} 건은 금융위원회에 등록된 대부업체의 광고 페이지로 확인되어 당사
이용약관 위반에 해당하지 않아 별도 조치하지 않았습니다.

감사합니다.
""",
    items={H1: "removed", H2: "rejected"},
)

case(
    name="hostnara-on-cdn-item",
    outcome="review",
    review="wrong_platform",
    imitates="origin host answering a complaint the CDN forwarded to it",
    why="Hostnara states a removal for an item of the EdgeShield request",
    **{"from": "noc@hostnara.example"},
    name_from="Hostnara NOC",
    date="Mon, 9 Sep 2024 15:02:00 +0900",
    subject="Forwarded complaint ES-2024-0918-4471 (KCSC-240905-02)",
    body=f"""
Hello,

EdgeShield forwarded us your complaint ES-2024-0918-4471 about
{C1}. The site is hosted on one of our servers; we
have suspended the account and deleted the site.

Hostnara NOC
""",
    items={C1: "pending"},
)

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@hostnara.example
Subject: [KCSC-240911-05] Request for removal of illegal content
Date: Wed, 11 Sep 2024 10:20:00 +0900
Message-ID: <{mid('KCSC-240911-05')}>
Content-Type: text/plain; charset=utf-8

Please remove the following illegal gambling and loan sites:
{H1}
{H2}
"""

case(
    name="hostnara-dsn-user-unknown",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification (550 5.1.1 user unknown) with the original attached",
    why="bounce; the URLs are only in the returned original",
    **{"from": "MAILER-DAEMON@mx1.hostnara.example"},
    name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 10:20:04 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="5A1F23C0D2.1726017604/mx1.hostnara.example"

--5A1F23C0D2.1726017604/mx1.hostnara.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.hostnara.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse-kr@hostnara.example>: host mx1.hostnara.example[203.0.113.25] said:
    550 5.1.1 <abuse-kr@hostnara.example>: Recipient address rejected:
    User unknown in virtual mailbox table

--5A1F23C0D2.1726017604/mx1.hostnara.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.hostnara.example
Arrival-Date: Wed, 11 Sep 2024 10:20:02 +0900

Final-Recipient: rfc822; abuse-kr@hostnara.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse-kr@hostnara.example>: Recipient
    address rejected: User unknown in virtual mailbox table

--5A1F23C0D2.1726017604/mx1.hostnara.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

{DSN_ORIG}
--5A1F23C0D2.1726017604/mx1.hostnara.example--
""",
)

# ======================= DotReg (registrar), KCSC-240913-06, 1 item

case(
    name="dotreg-clienthold-domain",
    outcome="applied",
    imitates="registrar abuse team: domain placed on clientHold, removed from the zone",
    why="one-item request; the phishing domain no longer resolves, so its login page is gone = removed (domain named without the URL)",
    **{"from": "abuse@dotreg.example"},
    name_from="DotReg Abuse Team",
    date="Mon, 16 Sep 2024 08:31:40 +0000",
    subject="Re: [KCSC-240913-06] Phishing domain hanul-bank-verify.example",
    reply_to_req=req("KCSC-240913-06"),
    body="""
Dear Sir or Madam,

We have verified your report. The domain name hanul-bank-verify.example
has been placed on clientHold and removed from the zone, so it no longer
resolves. The registrant has been informed.

Kind regards,
DotReg Domain Abuse
""",
    items={R1: "removed"},
)

case(
    name="dotreg-asks-evidence",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="registrar asking the reporter for evidence or an authority's order before acting",
    why="asks for screenshots or an order before any action; the item stays pending",
    **{"from": "abuse@dotreg.example"},
    name_from="DotReg Abuse Team",
    date="Fri, 13 Sep 2024 18:55:02 +0000",
    subject="Re: [KCSC-240913-06] Phishing domain hanul-bank-verify.example",
    reply_to_req=req("KCSC-240913-06"),
    body=f"""
Dear KCSC,

Thank you for your report about {R1}.

Before we can suspend hanul-bank-verify.example under our registrar abuse
policy we need one of the following:

  (a) evidence that the site is phishing, such as dated screenshots of the
      login page and the bank it imitates, or
  (b) an order or decision of a competent authority.

Please reply to this email with the documents attached.

DotReg Domain Abuse
""",
    items={R1: "pending"},
)

case(
    name="dotreg-ooo-english",
    outcome="ignored",
    classification="auto_reply",
    imitates="Exchange 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    **{"from": "j.meyer@dotreg.example"},
    name_from="Julia Meyer",
    date="Fri, 13 Sep 2024 09:00:31 +0200",
    subject="Automatic reply: [KCSC-240913-06] Phishing domain hanul-bank-verify.example",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 23 September with limited access to email.
Domain abuse reports are handled by abuse@dotreg.example while I am away.

Julia Meyer
DotReg Compliance
""",
)

# ======================= pastebox (one-person service), KCSC-240917-07, 1 item

case(
    name="pastebox-one-word-reply",
    outcome="applied",
    imitates="single-admin service's two-word reply over the quoted request",
    why="'deleted' answering a one-item request; the only URL is in the quoted request",
    **{"from": "min@pastebox.example"},
    name_from="Min",
    date="Tue, 17 Sep 2024 12:40:26 +0900",
    subject="Re: [KCSC-240917-07] Removal request",
    reply_to_req=req("KCSC-240917-07"),
    body=f"""
deleted, thx

On Tue, Sep 17, 2024 at 9:10 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear pastebox operator,
>
> The paste below publishes a private person's address and phone number.
> Please remove it:
> {P1}
>
> Reference: KCSC-240917-07
""",
    items={P1: "removed"},
)

case(
    name="pastebox-dsn-mailbox-full",
    outcome="ignored",
    classification="bounce",
    imitates="delivery status notification: 552 mailbox full",
    why="bounce from the paste service's mail server",
    **{"from": "postmaster@pastebox.example"},
    name_from="Mail Delivery Subsystem",
    date="Tue, 17 Sep 2024 09:10:09 +0900",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="pbx-dsn-0917"

--pbx-dsn-0917
Content-Type: text/plain; charset=us-ascii

Delivery to the following recipient failed permanently:

     min@pastebox.example

The recipient's mailbox is full and cannot accept messages now.
Reason: 552 5.2.2 Mailbox full

--pbx-dsn-0917
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.pastebox.example

Final-Recipient: rfc822; min@pastebox.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--pbx-dsn-0917
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: min@pastebox.example
Subject: [KCSC-240917-07] Removal request
Message-ID: <{mid('KCSC-240917-07')}>

--pbx-dsn-0917--
""",
)

HEADER = """# Blind set 217 (tests/corpus/blind217/): hosting providers, a CDN, a
# registrar, forums, an image board, a file host and a one-person paste
# service answering informally, with CSV attachments and plain-text tables.
# Written by tests/corpus/blind217/make.py from each email's meaning alone,
# before the reader was run on any of them. Each case is judged alone on a
# fresh ledger holding requests.csv."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print("wrote %d cases" % len(cases))
