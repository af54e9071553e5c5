#!/usr/bin/env python3
"""Blind set 169: hosting providers, a CDN, a registrar, an image board, a
file host and a Korean community forum answering the regulator, often
informally (abuse desks, admins writing one line), plus spreadsheets (CSV
attachments) and plain-text tables.

Every email, URL, name and id is fictional. The expected results were
written from each email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind169/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import email.header
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "ridgehost.net": "RidgeHost Abuse Desk",
    "dropvault.io": "Dropvault Trust & Safety",
    "pinchan.org": "Pinchan",
    "namewell.com": "Namewell Abuse",
    "edgeveil.com": "Edgeveil Trust & Safety",
    "dotori.kr": "도토리마을 운영팀",
})

# ---------------------------------------------------------------- requests

RH = [
    "https://toonmirror-kr.example/webtoon/3318/ep/41",
    "https://toonmirror-kr.example/webtoon/3318/ep/42",
    "https://toonmirror-kr.example/webtoon/5120/ep/7",
    "https://hanriver-pills.example/shop/item.php?id=2207",
    "https://hanriver-pills.example/shop/item.php?id=2231",
    "http://betnight-kor.example/event/landing",
    "http://betnight-kor.example/join?code=K77",
    "https://198.51.100.77/~mokpo/gallery/index.html",
    "https://files.ridgehost.net/s/mokpo/vid_0912.mp4",
    "https://sunflower-blog.example/2024/08/post-118/",
    "https://sunflower-blog.example/2024/08/post-121/",
    "https://seoul-escort-guide.example/list/gangnam",
    "https://seoul-escort-guide.example/list/hongdae",
    "https://idcard-maker.example/order/kr-resident",
]
DV = [
    "https://dropvault.io/f/Qm7xT2pL",
    "https://dropvault.io/f/Zr81aKd0",
    "https://dropvault.io/f/bN4wYe9c",
    "https://dropvault.io/folder/ks-leaks-2024",
    "https://dl.dropvault.io/f/Hh55uXq3/archive.zip",
]
PC = [
    "https://pinchan.org/kr/res/48122.html",
    "https://pinchan.org/kr/res/48390.html",
    "https://pinchan.org/b/res/991204.html",
    "https://i.pinchan.org/kr/src/1725321188204.jpg",
]
NW = [
    "http://kr-toonfree.example/",
    "http://nuna-tv24.example/",
    "http://drug-express-kr.example/",
]
EV = [
    "https://mangahaven.example/read/kr/2291",
    "https://mangahaven.example/read/kr/2292",
]
GALLERY_RAW = "https://dotori.kr/갤러리/사진/5521"
GALLERY = "https://dotori.kr" + urllib.parse.quote("/갤러리/사진/5521")
DT = [
    "https://dotori.kr/board/free/88213",
    "https://dotori.kr/board/free/88240",
    GALLERY,
    "https://dotori.kr/board/market/30117",
]
DT1 = ["https://dotori.kr/board/humor/77012"]

# ref, platform, sent_at, due_at, category, message-id stem, note, urls
REQUESTS = [
    ("KCSC-240902-01", "ridgehost", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00",
     "mixed", "kcsc-240902-01.r7h2", "hosting provider, 14 customer URLs", RH),
    ("KCSC-240903-02", "dropvault", "2024-09-03T14:05:00+09:00", "2024-09-10T23:59:59+09:00",
     "privacy", "kcsc-240903-02.d5v1", "file host links", DV),
    ("KCSC-240904-03", "pinchan", "2024-09-04T09:40:00+09:00", "2024-09-11T23:59:59+09:00",
     "defamation", "kcsc-240904-03.p2c8", "image board threads and one image", PC),
    ("KCSC-240905-04", "namewell", "2024-09-05T16:20:00+09:00", "2024-09-12T23:59:59+09:00",
     "mixed", "kcsc-240905-04.n9w3", "registrar, whole domains", NW),
    ("KCSC-240906-05", "edgeveil", "2024-09-06T11:00:00+09:00", "2024-09-13T23:59:59+09:00",
     "copyright", "kcsc-240906-05.e4v6", "CDN in front of a manga site", EV),
    ("KCSC-240909-06", "dotori", "2024-09-09T13:15:00+09:00", "2024-09-16T23:59:59+09:00",
     "privacy", "kcsc-240909-06.t3d1", "Korean community forum", DT),
    ("KCSC-240910-07", "dotori", "2024-09-10T10:10:00+09:00", "2024-09-17T23:59:59+09:00",
     "defamation", "kcsc-240910-07.t8d2", "one post", DT1),
]
MSGID = {r[0]: r[5] for r in REQUESTS}
SENT_LINE = {
    "KCSC-240902-01": "Mon, 2 Sep 2024 at 10:30",
    "KCSC-240903-02": "Tue, 3 Sep 2024 at 14:05",
    "KCSC-240904-03": "Wed, 4 Sep 2024 at 09:40",
    "KCSC-240905-04": "Thu, 5 Sep 2024 at 16:20",
    "KCSC-240906-05": "Fri, 6 Sep 2024 at 11:00",
    "KCSC-240909-06": "Mon, 9 Sep 2024 at 13:15",
    "KCSC-240910-07": "Tue, 10 Sep 2024 at 10:10",
}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, urls):
    lines = [
        f"Reference: {ref}",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        "disable access to the following content, which breaches Korean law:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please tell us the action taken for each URL.", "", "KCSC Takedown Team"]
    return lines


def gmail_quote(ref, urls):
    out = [f"On {SENT_LINE[ref]}, KCSC Takedown <takedown@kcsc.example> wrote:"]
    out += [("> " + l).rstrip() for l in request_text(ref, urls)]
    return "\n".join(out)


def outlook_quote(ref, urls):
    out = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {SENT_LINE[ref].replace(' at', '')}",
        "To: abuse",
        f"Subject: [{ref}] Request for removal of content",
        "",
    ]
    return "\n".join(out + request_text(ref, urls))


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def multipart(boundary, parts, subtype="mixed", extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', ""]
    out.append("This is a multi-part message in MIME format.")
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def text_part(body, ctype="text/plain"):
    return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body.strip()}\n"


def dayname(day):
    names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    return names[(day - 1) % 7]  # 1 Sep 2024 is a Sunday


def date(day, hm, tz="+0900"):
    return f"{dayname(day)}, {day} Sep 2024 {hm}:00 {tz}"


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ RidgeHost

case(
    name="rh-plaintext-table-all-urls",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse desk closing a ticket with a fixed-width result table",
    why="trusted RidgeHost reply; a plain-text table gives one action per URL for all 14 items",
    **{"from": "abuse@ridgehost.net"},
    date=date(5, "17:42"),
    subject="Re: [KCSC-240902-01] Request for removal of content [RH-88412]",
    reply_to_req=MSGID["KCSC-240902-01"],
    body=f"""
Hello KCSC team,

Ticket RH-88412 is now closed. Below is what was done for each URL in your
notice. Where the customer was given the chance to act first, it says so.

URL                                                   | Action
------------------------------------------------------+--------------------------------
{RH[0]:<54}| Removed (site suspended)
{RH[1]:<54}| Removed (site suspended)
{RH[2]:<54}| Not found - 404 on origin
{RH[3]:<54}| Removed by customer
{RH[4]:<54}| Removed by customer
{RH[5]:<54}| Blocked for visitors from KR
{RH[6]:<54}| Blocked for visitors from KR
{RH[7]:<54}| Removed (server shut down)
{RH[8]:<54}| File deleted
{RH[9]:<54}| Removed by customer
{RH[10]:<54}| Not found on server
{RH[11]:<54}| No action - no AUP breach
{RH[12]:<54}| Removed by customer
{RH[13]:<54}| Removed (account terminated)

If you disagree with any of the above, reply to this ticket and keep the
ticket number in the subject.

Regards,
Tomasz Wielgus
RidgeHost Abuse Desk
https://www.ridgehost.net/legal/aup
""",
    items={RH[0]: "removed", RH[1]: "removed", RH[2]: "not_found", RH[3]: "removed",
           RH[4]: "removed", RH[5]: "restricted", RH[6]: "restricted", RH[7]: "removed",
           RH[8]: "removed", RH[9]: "removed", RH[10]: "not_found", RH[11]: "rejected",
           RH[12]: "removed", RH[13]: "removed"},
)

csv_rh = "\n".join([
    "url,action,action_date,agent",
    f"{RH[3]},Removed,2024-09-04,jk",
    f"{RH[4]},Removed,2024-09-04,jk",
    f"{RH[5]},Restricted (KR),2024-09-04,jk",
    f"{RH[6]},Restricted (KR),2024-09-04,jk",
    f"{RH[7]},No violation - left online,2024-09-04,jk",
]) + "\n"
case(
    name="rh-csv-attachment-five-urls",
    outcome="applied", classification="confirmation",
    imitates="abuse desk sending a spreadsheet export (CSV) of its per-URL actions",
    why="trusted RidgeHost mail; the CSV attachment gives removed, restricted and a refusal for five items",
    **{"from": "abuse@ridgehost.net"},
    date=date(4, "19:03"),
    subject="[RH-88412] Partial result for KCSC-240902-01",
    raw_mime=multipart("rh-csv-0904", [
        text_part("""
Hi,

Partial result for your notice KCSC-240902-01, see the attached CSV (one
row per URL). The remaining URLs are still with the customers; you will
get a separate update for those.

Jana Kral
RidgeHost Abuse Desk
"""),
        "Content-Type: text/csv; charset=utf-8; name=\"RH-88412_actions.csv\"\n"
        "Content-Disposition: attachment; filename=\"RH-88412_actions.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(csv_rh),
    ]),
    items={RH[3]: "removed", RH[4]: "removed", RH[5]: "restricted", RH[6]: "restricted",
           RH[7]: "rejected"},
)

case(
    name="rh-one-liner-terminated",
    outcome="applied", classification="confirmation",
    imitates="NOC engineer answering an abuse ticket in one line",
    why="trusted one-line reply: the named URL is down and the account terminated",
    **{"from": "noc@ridgehost.net"},
    name_from="Pawel (RidgeHost NOC)",
    date=date(3, "02:14"),
    subject="Re: [KCSC-240902-01] Request for removal of content",
    reply_to_req=MSGID["KCSC-240902-01"],
    body=f"""
done - {RH[13]} is down, account terminated.

--
pawel / ridgehost noc
""",
    items={RH[13]: "removed"},
)

case(
    name="rh-url-below-statement",
    outcome="applied", classification="confirmation",
    imitates="hosting support reply putting each URL on its own line under the sentence about it",
    why="statement first, URL on the line below: post-118 disabled, post-121 not found on the server",
    **{"from": "support@ridgehost.net"},
    name_from="RidgeHost Support",
    date=date(6, "10:27"),
    subject="RE: [KCSC-240902-01] sunflower-blog.example",
    reply_to_req=MSGID["KCSC-240902-01"],
    body="""
Good morning,

Regarding the blog hosted on our shared platform, the following page has
been disabled on our side:

    https://sunflower-blog.example/2024/08/post-118/

The following page could not be found on the server (it returns 404 to us
as well, and there is no such post in the customer's database):

    https://sunflower-blog.example/2024/08/post-121/

Kind regards,
Ines Moreau
RidgeHost Customer Support
""",
    items={RH[9]: "removed", RH[10]: "not_found"},
)

case(
    name="rh-geoblock-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="hosting provider reporting that the customer geo-blocked Korea, URLs in angle brackets, one wrapped by the mail client",
    why="the customer restricted access from Korean IP addresses to the two named URLs (the second wrapped inside its angle brackets)",
    **{"from": "abuse@ridgehost.net"},
    date=date(5, "09:11"),
    subject="[RH-88412] betnight-kor.example",
    body="""
Dear KCSC,

Following your notice KCSC-240902-01 our customer has restricted access
from Korean IP addresses to <http://betnight-kor.example/event/landing>
and <http://betnight-kor.example/join?
code=K77>. We checked from a Korean test node and both now return 451.

The site stays reachable from other countries, as the customer holds a
licence in its home jurisdiction.

RidgeHost Abuse Desk
""",
    items={RH[5]: "restricted", RH[6]: "restricted"},
)

case(
    name="rh-rejected-and-customer-removed",
    outcome="applied", classification="confirmation",
    imitates="abuse desk refusing one URL with its reason and confirming the other",
    why="gangnam page stays up (no AUP breach, reason given); hongdae page removed by the customer",
    **{"from": "abuse@ridgehost.net"},
    date=date(7, "15:50"),
    subject="[RH-88412] seoul-escort-guide.example - outcome",
    body=f"""
Hello,

After review we do not consider the page at {RH[11]}
to breach our Acceptable Use Policy: it is a directory of licensed venues
with no contact data for individuals. It remains online.

{RH[12]} was removed by the customer yesterday
after we forwarded your notice.

Our AUP is at https://www.ridgehost.net/legal/aup if you want to refer to
a specific clause.

Regards,
Tomasz Wielgus
RidgeHost Abuse Desk
""",
    items={RH[11]: "rejected", RH[12]: "removed"},
)

html_rh = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC Takedown team,</p>
<p>Please find the result of our review for ticket <b>RH-88412</b> (your reference KCSC-240902-01) below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eeeeee"><th>Reported URL</th><th>Result</th><th>Date</th></tr>
<tr><td>{RH[7]}</td><td>Content removed &ndash; server decommissioned</td><td>2024-09-06</td></tr>
<tr><td>{RH[8]}</td><td>File deleted from object storage</td><td>2024-09-06</td></tr>
</table>
<p>Kind regards,<br>RidgeHost Abuse Desk<br>
<a href="https://www.ridgehost.net/abuse">https://www.ridgehost.net/abuse</a></p>
</body></html>"""
case(
    name="rh-qp-html-table",
    outcome="applied", classification="confirmation",
    imitates="ticket system HTML notification with a result table, quoted-printable",
    why="HTML table (quoted-printable) says both mokpo items were removed/deleted",
    **{"from": "tickets@ridgehost.net"},
    name_from="RidgeHost Helpdesk",
    date=date(6, "18:31"),
    subject="[RH-88412] Ticket updated: review result",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(html_rh),
    items={RH[7]: "removed", RH[8]: "removed"},
)

case(
    name="rh-gmail-top-post",
    outcome="applied", classification="confirmation",
    imitates="small reseller-style support reply top-posted over the quoted request",
    why="top-posted reply disables both hanriver-pills pages; the quoted request below is not a statement",
    **{"from": "m.osei@ridgehost.net"},
    name_from="Michael Osei",
    date=date(3, "11:58"),
    subject="Re: [KCSC-240902-01] Request for removal of content",
    reply_to_req=MSGID["KCSC-240902-01"],
    body=f"""
Hi, thanks for the report. Both pages on hanriver-pills are now disabled:

{RH[3]}
{RH[4]}

The rest of your list is spread over several customers, the abuse desk
will come back to you on those.

Michael

{gmail_quote("KCSC-240902-01", RH)}
""",
    items={RH[3]: "removed", RH[4]: "removed"},
)

case(
    name="rh-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with -----Original Message----- block, dash-separated status per URL",
    why="top part: gallery server shut down (removed), ep/7 returns 404 on origin (not found)",
    **{"from": "abuse@ridgehost.net"},
    date=date(4, "08:45"),
    subject="RE: [KCSC-240902-01] Request for removal of content",
    reply_to_req=MSGID["KCSC-240902-01"],
    body=f"""
Hello,

Two quick updates:

{RH[7]} - the customer's server was shut down by us this morning, the content is gone.
{RH[2]} - this episode page returns 404 on the origin; there is nothing there to remove.

Others still open.

Tomasz

{outlook_quote("KCSC-240902-01", RH)}
""",
    items={RH[7]: "removed", RH[2]: "not_found"},
)

case(
    name="rh-promise-notified-customer",
    outcome="review", review="not_understood",
    imitates="hosting abuse desk forwarding a notice to its customer with a deadline",
    why="only a promise: the account will be suspended if the customer does not act; nothing done yet",
    **{"from": "abuse@ridgehost.net"},
    date=date(3, "09:20"),
    subject="[RH-88412] Notice forwarded to customer",
    body=f"""
Dear KCSC,

We have forwarded your notice KCSC-240902-01 to the customer responsible
for toonmirror-kr.example and asked them to remove

  {RH[0]}
  {RH[1]}

within 48 hours. If the content is still online after that, we will
suspend the hosting account. We will update this ticket either way.

RidgeHost Abuse Desk
""",
    items={RH[0]: "pending", RH[1]: "pending"},
)

case(
    name="rh-bulk-all-removed",
    outcome="review", review="bulk",
    imitates="abuse desk closing a multi-URL ticket with one sentence for everything",
    why="'all URLs listed in your notice have been removed' for a 14-item request without naming them",
    **{"from": "abuse@ridgehost.net"},
    date=date(8, "20:05"),
    subject="[RH-88412] Closed - KCSC-240902-01",
    body="""
Hello,

All URLs listed in your notice KCSC-240902-01 have been removed or disabled
by us or by the customers concerned. We are closing ticket RH-88412.

RidgeHost Abuse Desk
""",
    items={u: "pending" for u in RH},
)

case(
    name="rh-about-dropvault-files",
    outcome="review", review="wrong_platform",
    imitates="upstream host answering for a file-host customer of theirs",
    why="RidgeHost states the removal of Dropvault's files; those items belong to another platform",
    **{"from": "abuse@ridgehost.net"},
    date=date(6, "13:12"),
    subject="Dropvault files (your KCSC-240903-02)",
    body=f"""
Hello,

Dropvault is one of our colocation customers, and your notice to them was
copied to us. For what it's worth, their operator told us this morning
that the files

{DV[0]}
{DV[1]}

have been deleted. We do not host these files ourselves; please deal with
Dropvault directly for anything further.

RidgeHost Abuse Desk
""",
    items={DV[0]: "pending", DV[1]: "pending"},
)

pdf_fake = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
    b"3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n"
    b"4 0 obj\n<< /Length 44 /Filter /FlateDecode >>\nstream\n"
    b"x\x9c\x0b\xc9\xc8,V\x00\xa2D\x85\xe2\xd2\xdc\xdc\xc4\xa2J\x85\xa2\xd4\x82\xfc\xa2\x12=\x00\x8a\x1f\t\x1f"
    b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
)
case(
    name="rh-pdf-attachment-report",
    outcome="review", review="unreadable_attachment",
    imitates="abuse desk sending its outcome only as a PDF report",
    why="the outcome is only in a PDF attachment; the body says nothing item-level",
    **{"from": "abuse@ridgehost.net"},
    date=date(9, "10:02"),
    subject="[RH-88412] Final report for KCSC-240902-01",
    raw_mime=multipart("rh-pdf-0909", [
        text_part("""
Dear KCSC,

Please find attached the final report for ticket RH-88412 (your
reference KCSC-240902-01), listing the action taken for each URL.

RidgeHost Abuse Desk
"""),
        "Content-Type: application/pdf; name=\"RH-88412_final.pdf\"\n"
        "Content-Disposition: attachment; filename=\"RH-88412_final.pdf\"\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(pdf_fake),
    ]),
    items={},
)

case(
    name="rh-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk auto-receipt: ticket created, do not reply",
    why="pure receipt: ticket number assigned, nothing about any item",
    **{"from": "tickets@ridgehost.net"},
    name_from="RidgeHost Helpdesk",
    date=date(2, "10:31"),
    subject="[RH-88412] We have received your abuse report",
    reply_to_req=MSGID["KCSC-240902-01"],
    extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    body="""
This is an automated message.

Your abuse report "[KCSC-240902-01] Request for removal of content" has
been received and ticket RH-88412 has been created. An agent will look at
it in order of priority. To add information, reply to this message and
keep the ticket number in the subject line.

RidgeHost Helpdesk - https://help.ridgehost.net
""",
    items={},
)

case(
    name="rh-ooo-staff",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply from an abuse desk member on leave",
    why="out-of-office auto-reply",
    **{"from": "t.wielgus@ridgehost.net"},
    name_from="Tomasz Wielgus",
    date=date(10, "09:00"),
    subject="Automatic reply: [KCSC-240902-01] Reminder: pending items",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday 23 September with limited access to
email. For abuse matters please write to abuse@ridgehost.net, where a
colleague will pick up your message.

Tomasz
""",
    items={},
)

# ================================================================ Dropvault

case(
    name="dv-takedown-processed-list",
    outcome="applied", classification="confirmation",
    imitates="file host 'your takedown notice has been processed' list of file ids and outcomes",
    why="bulleted list: two files removed, one already deleted by its uploader (not found)",
    **{"from": "legal@dropvault.io"},
    date=date(4, "22:16"),
    subject="Your takedown notice KCSC-240903-02 has been processed",
    body=f"""
Hello,

Your takedown notice (reference KCSC-240903-02) has been processed. Result
per link:

 * {DV[0]} : removed
 * {DV[1]} : removed
 * {DV[2]} : not found (the uploader had already deleted this file)

Uploaders of removed files receive a strike under our repeat infringer
policy (https://dropvault.io/legal/repeat-infringers).

Dropvault Legal
""",
    items={DV[0]: "removed", DV[1]: "removed", DV[2]: "not_found"},
)

case(
    name="dv-folder-disabled",
    outcome="applied", classification="confirmation",
    imitates="file host abuse reply: shared folder disabled and account banned",
    why="the named folder has been disabled; one item of a five-item request",
    **{"from": "abuse@dropvault.io"},
    date=date(4, "13:37"),
    subject="Re: [KCSC-240903-02] Request for removal of content",
    reply_to_req=MSGID["KCSC-240903-02"],
    body="""
Hi,

The shared folder https://dropvault.io/folder/ks-leaks-2024 has been
disabled and the account that created it is banned. The individual file
links from your list are handled by our legal team, who will write
separately.

-- Dropvault Trust & Safety
""",
    items={DV[3]: "removed"},
)

body_dv_b64 = f"""Hello KCSC,

Following your request KCSC-240903-02 we have removed these two items:

- {DV[4]}
- {DV[0]}

Both links now show "This file is no longer available".

Best,
Ren Takahashi
Dropvault Trust & Safety
"""
case(
    name="dv-base64-body",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply sent base64-encoded by a webmail client",
    why="base64 body: the zip archive and Qm7xT2pL removed",
    **{"from": "ren.takahashi@dropvault.io"},
    name_from="Ren Takahashi",
    date=date(5, "07:44"),
    subject="Re: [KCSC-240903-02] Request for removal of content",
    reply_to_req=MSGID["KCSC-240903-02"],
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(body_dv_b64),
    items={DV[4]: "removed", DV[0]: "removed"},
)

case(
    name="dv-ticket-update-resolved",
    outcome="applied", classification="confirmation",
    imitates="helpdesk (Zendesk-style) update: ticket header text plus the agent's reply",
    why="acknowledgement boilerplate around an agent reply that states two files were removed",
    **{"from": "support@dropvault.io"},
    name_from="Dropvault Support",
    date=date(5, "16:09"),
    subject="[Dropvault] Update on request #DV-20931",
    body=f"""
##- Please type your reply above this line -##

Thank you for contacting Dropvault. Your request #DV-20931 has been
updated.

----------------------------------------------

Sam Okoro (Dropvault Support)

Sep 5, 2024, 16:09 KST

Hi, the files {DV[1]} and
{DV[2]} were removed for violating our Terms of Service
(section 4, illegal content). This concerns your notice KCSC-240903-02.

----------------------------------------------

This email is a service from Dropvault Support. [R8K2-JQ4D]
""",
    items={DV[1]: "removed", DV[2]: "removed"},
)

html_dv = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body>
<div style="max-width:640px;font-family:Helvetica,Arial,sans-serif">
<h2 style="color:#2b59c3">Dropvault &middot; Notice outcome</h2>
<p>Reference: <b>KCSC-240903-02</b></p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<thead><tr><th>File</th><th>Link</th><th>Decision</th></tr></thead>
<tbody>
<tr><td>Zr81aKd0</td><td><a href="{DV[1]}">{DV[1]}</a></td><td>Access disabled</td></tr>
<tr><td>bN4wYe9c</td><td><a href="{DV[2]}">{DV[2]}</a></td><td>Restricted in South Korea</td></tr>
<tr><td>Qm7xT2pL</td><td><a href="{DV[0]}">{DV[0]}</a></td><td>No action &ndash; not in violation of our terms</td></tr>
</tbody></table>
<p style="font-size:11px;color:#777">You can appeal a decision at
<a href="https://dropvault.io/legal/appeals">dropvault.io/legal/appeals</a>.</p>
</div></body></html>"""
case(
    name="dv-html-only-table",
    outcome="applied", classification="confirmation",
    imitates="file host HTML-only outcome notice with a decision table and an appeal link",
    why="HTML table: one disabled, one restricted in Korea, one not in violation; appeal link is no item",
    **{"from": "notices@dropvault.io"},
    name_from="Dropvault",
    date=date(6, "21:30"),
    subject="Notice outcome - KCSC-240903-02",
    type="html",
    body=html_dv,
    items={DV[1]: "removed", DV[2]: "restricted", DV[0]: "rejected"},
)

case(
    name="dv-appears-removed-hedge",
    outcome="review", review="not_understood",
    imitates="file host agent hedging about files that seem to be gone",
    why="'appear to have been removed' and 'we are confirming' are hedges, not statements",
    **{"from": "abuse@dropvault.io"},
    date=date(4, "10:05"),
    subject="Re: [KCSC-240903-02] Request for removal of content",
    reply_to_req=MSGID["KCSC-240903-02"],
    body=f"""
Hello,

Our logs suggest that {DV[0]} and
{DV[4]} appear to have been removed by the
uploader shortly after your notice was sent. We are still confirming this
with our storage team and will write again once we know more.

Dropvault Trust & Safety
""",
    items={DV[0]: "pending", DV[4]: "pending"},
)

case(
    name="dv-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply from a shared abuse mailbox",
    why="auto-reply; the team is away",
    **{"from": "abuse@dropvault.io"},
    date=date(3, "14:06"),
    subject="Out of office Re: [KCSC-240903-02] Request for removal of content",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Thanks for your email. The Trust & Safety team is at an offsite until
5 September and will answer when we are back. Urgent child-safety reports
should go through https://dropvault.io/report instead.
""",
    items={},
)

# ================================================================ Pinchan

case(
    name="pc-admin-prose",
    outcome="applied", classification="confirmation",
    imitates="image board admin answering informally in a few lines",
    why="admin deleted the kr thread and the image; the /b/ thread had already been pruned (not found)",
    **{"from": "admin@pinchan.org"},
    name_from="pinchan admin",
    date=date(4, "23:51"),
    subject="Re: [KCSC-240904-03] Request for removal of content",
    reply_to_req=MSGID["KCSC-240904-03"],
    body=f"""
hi

deleted {PC[0]} and the image
{PC[3]}, poster banned.
{PC[2]} was already pruned off the board
before i got to it, nothing there anymore.

the other one i still need to look at.

- admin
""",
    items={PC[0]: "removed", PC[3]: "removed", PC[2]: "not_found"},
)

case(
    name="pc-bare-urls-status-below",
    outcome="applied", classification="confirmation",
    imitates="forum moderator listing each URL with a one-word status on the next line",
    why="status on the line below each bare URL: deleted, not deleted (no rule broken), deleted",
    **{"from": "mods@pinchan.org"},
    name_from="Pinchan Moderation",
    date=date(5, "12:20"),
    subject="KCSC-240904-03",
    body=f"""
{PC[0]}
deleted

{PC[1]}
not deleted - no rule broken, it's a news discussion thread

{PC[3]}
deleted (file purged from storage too)

--
Pinchan moderation team
""",
    items={PC[0]: "removed", PC[1]: "rejected", PC[3]: "removed"},
)

case(
    name="pc-rejected-with-reason",
    outcome="applied", classification="confirmation",
    imitates="image board admin refusing a removal with the rule it does not break",
    why="refusal with its reason: the thread breaks no board rule and stays",
    **{"from": "admin@pinchan.org"},
    name_from="pinchan admin",
    date=date(6, "01:12"),
    subject="Re: [KCSC-240904-03] Request for removal of content",
    reply_to_req=MSGID["KCSC-240904-03"],
    body=f"""
Looked at {PC[1]} again. It's people
discussing a news article that names the person, no personal data beyond
what the article has, no threats. It doesn't break any of our rules
(https://pinchan.org/rules) so it stays up.

- admin
""",
    items={PC[1]: "rejected"},
)

case(
    name="pc-echoed-report-form",
    outcome="applied", classification="confirmation",
    imitates="report-form system echoing the submitted report with the moderator decision",
    why="echoed form fields followed by an unhedged 'Thread deleted' decision for the one URL",
    **{"from": "noreply@pinchan.org"},
    name_from="Pinchan Reports",
    date=date(5, "03:33"),
    subject="Report #77310 resolved",
    body=f"""
Your report #77310 has been resolved.

--- Your report ---
URL:     {PC[2]}
Reason:  Illegal content (KCSC-240904-03)
Sent:    2024-09-04 09:52 KST

--- Moderator decision ---
Thread deleted. Poster banned for 30 days.

Do not reply to this address.
""",
    items={PC[2]: "removed"},
)

case(
    name="pc-auth-fail-forged",
    outcome="review", review="untrusted",
    imitates="reply claiming to be the board admin that fails DMARC",
    why="pinchan.org sender fails DKIM/SPF/DMARC, so its statements are not trusted",
    **{"from": "admin@pinchan.org"},
    name_from="pinchan admin",
    auth="fail",
    date=date(5, "04:48"),
    subject="Re: [KCSC-240904-03] Request for removal of content",
    body=f"""
all four removed:
{PC[0]}
{PC[1]}
{PC[2]}
{PC[3]}
- admin
""",
    items={PC[0]: "pending", PC[1]: "pending", PC[2]: "pending", PC[3]: "pending"},
)

case(
    name="pc-no-claims-contact-change",
    outcome="review", review="no_claims",
    imitates="small service announcing a new contact address for authorities",
    why="trusted Pinchan mail that names no item and references no request",
    **{"from": "admin@pinchan.org"},
    name_from="pinchan admin",
    date=date(12, "18:00"),
    subject="new contact address for authority requests",
    body="""
Hello,

Small heads-up: from now on please send requests from authorities to
legal@pinchan.org instead of this address. Mail to admin@ is read by
volunteers and may sit for a few days. Our policy for authority requests
is at https://pinchan.org/legal.

Thanks,
pinchan admin
""",
    items={},
)

# ================================================================ Namewell

case(
    name="nw-registrar-clienthold",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse team reply: clientHold applied, one domain already deleted",
    why="two domains put on clientHold (resolution disabled); one no longer registered (not found)",
    **{"from": "abuse@namewell.com"},
    date=date(6, "17:25"),
    subject="Namewell abuse case NW-5530-KR (your ref KCSC-240905-04)",
    body=f"""
Dear Sir or Madam,

Thank you for your report. Our findings per domain:

1) {NW[0]}
   Status set to clientHold on 2024-09-06. The domain no longer resolves.

2) {NW[1]}
   This domain expired on 2024-08-30 and has been deleted; it is no longer
   registered, so there is nothing for us to act on.

3) {NW[2]}
   Status set to clientHold on 2024-09-06. The domain no longer resolves.

Please note that as a registrar we cannot remove content from websites;
we can only act on the domain name itself.

Namewell Abuse Team
https://www.namewell.com/legal/abuse-policy
""",
    items={NW[0]: "removed", NW[1]: "not_found", NW[2]: "removed"},
)

case(
    name="nw-bare-domains-table",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance table listing bare domain names and their EPP status",
    why="bare domain names with serverHold/clientHold: both domains disabled (the clerk maps a bare domain to its requested URL)",
    **{"from": "compliance@namewell.com"},
    name_from="Namewell Compliance",
    date=date(9, "11:40"),
    subject="RE: KCSC-240905-04 - domain status",
    body="""
Hello,

Current status of the domains in your request KCSC-240905-04:

Domain                  EPP status        Since
----------------------  ----------------  ----------
kr-toonfree.example     clientHold        2024-09-06
drug-express-kr.example serverHold        2024-09-08

Both domains are suspended and do not resolve. drug-express-kr.example was
additionally placed on serverHold by the registry at our request.

Namewell Compliance
""",
    items={NW[0]: "removed", NW[2]: "removed"},
)

case(
    name="nw-conditional-suspension",
    outcome="review", review="not_understood",
    imitates="registrar notifying the registrant with a deadline before any action",
    why="registrant notified; suspension only if no response (condition and promise, no statement)",
    **{"from": "abuse@namewell.com"},
    date=date(6, "09:58"),
    subject="Namewell abuse case NW-5530-KR (your ref KCSC-240905-04)",
    body=f"""
Dear reporter,

We have notified the registrant of {NW[0]} and
{NW[2]} of your complaint. The registrant has five
days to respond. If we do not receive a satisfactory answer, the domains
will be suspended. We will let you know the outcome.

Namewell Abuse Team
""",
    items={NW[0]: "pending", NW[2]: "pending"},
)

dsn_orig = "\n".join([
    "Message-ID: <kcsc-240905-04.n9w3@kcsc.example>",
    "Date: Thu, 5 Sep 2024 16:20:00 +0900",
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: domains-abuse@namewell.com",
    "Subject: [KCSC-240905-04] Request for removal of content",
    "Content-Type: text/plain; charset=utf-8",
    "",
] + request_text("KCSC-240905-04", NW))
case(
    name="nw-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown) returning the request",
    why="DSN bounce; the returned request's URLs are not statements",
    **{"from": "MAILER-DAEMON@mx1.namewell.com"},
    name_from="Mail Delivery System",
    date=date(5, "16:21"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("dsn-nw-0905", [
        text_part("""
This is the mail system at host mx1.namewell.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<domains-abuse@namewell.com>: unknown user: "domains-abuse"
"""),
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx1.namewell.com\n"
        "Arrival-Date: Thu,  5 Sep 2024 16:20:58 +0900 (KST)\n\n"
        "Final-Recipient: rfc822; domains-abuse@namewell.com\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: X-Postfix; unknown user: \"domains-abuse\"\n",
        "Content-Type: message/rfc822\n\n" + dsn_orig,
    ], subtype="report", extra="; report-type=delivery-status"),
    items={},
)

# ================================================================ Edgeveil

case(
    name="ev-cdn-geo-restricted",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety reply: access blocked for one country at the edge",
    why="both manga URLs geo-restricted for visitors in Korea",
    **{"from": "abuse@edgeveil.com"},
    date=date(9, "15:15"),
    subject="[Edgeveil Abuse #EV-3391047] KCSC-240906-05",
    body=f"""
Hello,

Under the Korean legal order referenced in your report, Edgeveil has
restricted access to the following URLs for visitors located in the
Republic of Korea:

- {EV[0]}
- {EV[1]}

Visitors elsewhere are not affected. The website operator has been
notified of this restriction.

Edgeveil Trust & Safety
""",
    items={EV[0]: "restricted", EV[1]: "restricted"},
)

case(
    name="ev-customer-removed-and-edge-blocked",
    outcome="applied", classification="confirmation",
    imitates="CDN reply distinguishing operator removal from a global block at the edge",
    why="2291 removed by the operator; 2292 blocked globally at the edge (removed)",
    **{"from": "abuse@edgeveil.com"},
    date=date(11, "10:48"),
    subject="[Edgeveil Abuse #EV-3391047] Update",
    body=f"""
Hello,

An update on your report KCSC-240906-05:

The website operator removed the chapter at {EV[0]}
themselves after we forwarded your report.

For {EV[1]} the operator did not respond,
and since this chapter is cached on our network we have blocked it at our
edge for all visitors worldwide.

Edgeveil Trust & Safety
""",
    items={EV[0]: "removed", EV[1]: "removed"},
)

case(
    name="ev-not-the-host",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style reply: we are a pass-through CDN, report forwarded to the host",
    why="CDN says it does not host the content and forwarded the report; no status for either URL",
    **{"from": "abuse@edgeveil.com"},
    date=date(6, "11:45"),
    subject="[Edgeveil Abuse #EV-3391047] Your report",
    body=f"""
Hello,

Edgeveil provides pass-through security and caching for the website at
{EV[0]} and {EV[1]}.
We are not the hosting provider for this website and cannot remove
content from the origin server.

We have forwarded your report to the website operator and to the hosting
provider, Hostbay (abuse@hostbay.example), whose origin IP address we
shared with them. You may wish to contact Hostbay directly.

Edgeveil Trust & Safety
""",
    items={EV[0]: "pending", EV[1]: "pending"},
)

case(
    name="ev-auto-ack-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse form auto-acknowledgement echoing the reported URLs",
    why="automatic receipt with the reported URLs echoed and a promise to review; nothing stated",
    **{"from": "no-reply@edgeveil.com"},
    name_from="Edgeveil Abuse",
    date=date(6, "11:02"),
    subject="[Edgeveil Abuse #EV-3391047] We received your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thank you for your report. It has been assigned the reference
EV-3391047.

Reported URLs:
{EV[0]}
{EV[1]}

Our team will review the report and, where appropriate, forward it to the
website operator and hosting provider. You do not need to reply to this
message.

Edgeveil Trust & Safety
""",
    items={EV[0]: "pending", EV[1]: "pending"},
)

# ================================================================ 도토리마을

case(
    name="dt-korean-result-notice",
    outcome="applied", classification="confirmation",
    imitates="Korean community 시정요구 조치결과 notice with a numbered list",
    why="게시중단(삭제), 임시조치(30일), already deleted by the author, kept as no policy breach",
    **{"from": "cs@dotori.kr"},
    date=date(10, "16:30"),
    subject="[도토리마을] 시정요구(KCSC-240909-06) 조치 결과 안내",
    reply_to_req=MSGID["KCSC-240909-06"],
    body=f"""
안녕하세요, 도토리마을 운영팀입니다.

방송통신심의위원회의 시정요구(KCSC-240909-06)에 대한 조치 결과를 아래와
같이 알려드립니다.

1. {DT[0]}
   → 게시중단(삭제) 처리 완료
2. {DT[1]}
   → 임시조치(30일) 적용
3. {GALLERY_RAW}
   → 작성자가 이미 삭제한 게시물로 확인됩니다.
4. {DT[3]}
   → 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

문의 사항은 본 메일로 회신해 주시기 바랍니다.
감사합니다.

도토리마을 운영팀 드림
""",
    items={DT[0]: "removed", DT[1]: "restricted", GALLERY: "not_found", DT[3]: "rejected"},
)

case(
    name="dt-korean-particles",
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin writing URLs directly followed by particles",
    why="88213 블라인드 처리 (removed); 30117 접근 제한 (restricted)",
    **{"from": "admin@dotori.kr"},
    name_from="도토리마을 관리자",
    date=date(10, "11:05"),
    subject="RE: [KCSC-240909-06] 게시물 삭제 요청",
    reply_to_req=MSGID["KCSC-240909-06"],
    body=f"""
안녕하세요.

{DT[0]}는 블라인드 처리하였고,
{DT[3]}에 대해서는 국내 접근 제한 조치를 하였습니다.

나머지 두 건은 확인 후 다시 연락드리겠습니다.

관리자 드림
""",
    items={DT[0]: "removed", DT[3]: "restricted"},
)

case(
    name="dt-single-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="one-sentence Korean reply to a one-post request, no URL repeated",
    why="reply in the thread of a one-item request: 해당 게시물 운영자 삭제 처리 applies to that item",
    **{"from": "admin@dotori.kr"},
    name_from="도토리마을 관리자",
    date=date(10, "15:42"),
    subject="RE: [KCSC-240910-07] 게시물 삭제 요청",
    reply_to_req=MSGID["KCSC-240910-07"],
    body="""
해당 게시물은 운영자 삭제 처리되었습니다.

관리자 드림
""",
    items={DT1[0]: "removed"},
)

case(
    name="dt-fullwidth-punct",
    outcome="applied", classification="confirmation",
    imitates="Korean mobile reply with a raw Hangul URL and full-width punctuation",
    why="raw Korean-path URL followed by full-width colon/period: the gallery post was deleted",
    **{"from": "mod.kim@dotori.kr"},
    name_from="김민서",
    date=date(11, "08:19"),
    subject="RE: [KCSC-240909-06] 게시물 삭제 요청",
    reply_to_req=MSGID["KCSC-240909-06"],
    body=f"""
안녕하세요, 갤러리 담당 김민서입니다.

아래 게시물을 삭제하였습니다：{GALLERY_RAW}。
(작성자에게는 이용정지 7일이 적용되었습니다.)

모바일에서 보냄
""",
    items={GALLERY: "removed"},
)

case(
    name="dt-asks-more-info",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal 권리침해 소명자료 요청 (asking for supporting documents)",
    why="asks for documents before acting on the named post; no statement",
    **{"from": "cs@dotori.kr"},
    date=date(10, "10:20"),
    subject="[도토리마을] 게시중단 요청 관련 추가 자료 요청",
    reply_to_req=MSGID["KCSC-240909-06"],
    body=f"""
안녕하세요, 도토리마을 운영팀입니다.

요청하신 게시물 중 아래 게시물에 대해서는 권리침해 사실을 확인할 수 있는
소명 자료(피해자 확인 서류 등)가 필요합니다.

- {DT[1]}

자료를 본 메일로 회신해 주시면 검토 후 조치하겠습니다.

감사합니다.
""",
    items={DT[1]: "pending"},
)

case(
    name="dt-bulk-korean",
    outcome="review", review="bulk",
    imitates="Korean forum reply covering all posts of a request in one sentence",
    why="'4건 모두 게시중단' for a four-item request without naming each post",
    **{"from": "cs@dotori.kr"},
    date=date(12, "09:30"),
    subject="[도토리마을] KCSC-240909-06 처리 완료",
    body="""
안녕하세요, 도토리마을 운영팀입니다.

요청하신 게시물 4건에 대하여 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    items={u: "pending" for u in DT},
)

case(
    name="dt-auto-ack-korean",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean 고객센터 자동 접수 안내 (receipt number, answer within 3 business days)",
    why="automatic receipt: 접수 완료 and a promise of an answer, nothing about any post",
    **{"from": "noreply@dotori.kr"},
    name_from="도토리마을 고객센터",
    date=date(9, "13:16"),
    subject="[도토리마을] 문의가 접수되었습니다 (접수번호 2024090900871)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 도토리마을 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: 2024090900871
 - 제목: [KCSC-240909-06] 게시물 삭제 요청

담당자 확인 후 영업일 기준 3일 이내에 답변 드리겠습니다.
본 메일은 발신 전용입니다.
""",
    items={},
)

case(
    name="dt-mdn-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN) from a Korean webmail client",
    why="message disposition notification: displayed, nothing else",
    **{"from": "admin@dotori.kr"},
    name_from="도토리마을 관리자",
    date=date(10, "10:12"),
    subject="읽음 확인: [KCSC-240910-07] 게시물 삭제 요청",
    raw_mime=multipart("mdn-dt-0910", [
        text_part("""
보낸 메일 "[KCSC-240910-07] 게시물 삭제 요청"을(를) 수신자가 2024-09-10 10:12에 읽었습니다.
"""),
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: dotori.kr; Webmail\n"
        "Original-Recipient: rfc822;admin@dotori.kr\n"
        "Final-Recipient: rfc822;admin@dotori.kr\n"
        "Original-Message-ID: <kcsc-240910-07.t8d2@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ], subtype="report", extra="; report-type=disposition-notification"),
    items={},
)

# ================================================================ others

case(
    name="reseller-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="a reseller of the host answering for its own customer",
    why="sender domain belongs to no configured platform; it names requested URLs",
    **{"from": "support@cheapvps-reseller.example"},
    name_from="CheapVPS Support",
    date=date(4, "20:40"),
    subject="Re: KCSC-240902-01 toonmirror",
    body=f"""
Hello,

We resell RidgeHost servers and toonmirror-kr.example is our client. We
have removed the two episodes:

{RH[0]}
{RH[1]}

Best regards,
CheapVPS Support
""",
    items={RH[0]: "pending", RH[1]: "pending"},
)


def enc(s):
    """RFC 2047-encode a header value that is not ASCII, as mail clients do."""
    if s.isascii():
        return s
    return email.header.Header(s, "utf-8").encode()


for _c in CASES:
    _c["subject"] = enc(_c["subject"])
    if "name_from" in _c:
        _c["name_from"] = enc(_c["name_from"])
for _k, _v in list(corpuslib.DOMAIN_NAMES.items()):
    corpuslib.DOMAIN_NAMES[_k] = enc(_v)

HEADER = """# Blind set 169: hosting providers, a CDN, a registrar, an image board, a
# file host and a Korean forum, many answering informally, plus CSV
# attachments and plain-text tables. Written from each email's meaning
# before any run of the reader. Generated by make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind169", HEADER, CASES)
