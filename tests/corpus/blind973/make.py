#!/usr/bin/env python3
"""Blind set 973: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering informally, plus CSV
attachments and plain-text tables.

    python3 tests/corpus/blind973/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Every
expected result below was written from the email's meaning alone, before the
reader was ever run on it. All names, domains, ids and URLs are fictional.
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

SET = "blind973"


def kr(path):
    """Percent-encode a Korean path the way it is stored in requests.csv."""
    return quote(path, safe="/:")


def subj(s):
    """RFC 2047-encode a non-ASCII subject (deterministic)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


# ---------------------------------------------------------------- requests
BX = "https://boxdrop.example"
R1 = "KCSC-240902-01"  # boxdrop, 14 items (largest)
R2 = "KCSC-240903-02"  # cirrus hosting, 4 items
R3 = "KCSC-240904-03"  # edgeveil CDN, 2 items
R4 = "KCSC-240905-04"  # dotmoa registrar, 3 items
R5 = "KCSC-240906-05"  # ttalgi forum, 5 items
R6 = "KCSC-240909-06"  # mokjang image board, 3 items
R7 = "KCSC-240910-07"  # pastel, 1 item

bx = {k: f"{BX}/f/{k}" for k in [
    "Qx7Lm2", "Ta9Pe4", "Wn3Kd8", "Hs5Rb1", "Zc2Vu6", "Lp8Mq3", "Ej4Xn7",
    "Gy6Ct0", "Du3Fs2", "Nv0Jh8", "Oi5Yw4", "Cb9Az1"]}
bx["Rk1Ow9"] = f"{BX}/folder/Rk1Ow9"
bx["Bm7Ia5"] = f"{BX}/folder/Bm7Ia5"
BX_ORDER = ["Qx7Lm2", "Ta9Pe4", "Wn3Kd8", "Hs5Rb1", "Zc2Vu6", "Lp8Mq3", "Ej4Xn7",
            "Gy6Ct0", "Rk1Ow9", "Bm7Ia5", "Du3Fs2", "Nv0Jh8", "Oi5Yw4", "Cb9Az1"]

CI_LIVE = "http://jaemi-tv.example/watch/live-0912"
CI_VOD = "http://jaemi-tv.example/vod/2231"
CI_BET = "https://bet-royal7.example/signup?aff=kr22"
CI_IMG = "https://cdn-img.sunflower-shop.example/p/2024/08/a17.jpg"

EV_ROOT = "https://toto-mania.example/"
EV_EVENT = "https://toto-mania.example/event/0904"

DM_GIFT = "https://gift-drugs.example/"
DM_PHARM = "http://kr-pharm24.example/shop"
DM_PILL = "https://pill-direct.example/"

TT_FREE1 = "https://ttalgi.example/bbs/free/10234"
TT_FREE2 = "https://ttalgi.example/bbs/free/10241"
TT_HUMOR = "https://ttalgi.example/bbs/humor/7710"
TT_JAYU_RAW = "https://ttalgi.example/board/자유/5512"
TT_JANG_RAW = "https://ttalgi.example/board/장터/889"
TT_JAYU = kr(TT_JAYU_RAW)
TT_JANG = kr(TT_JANG_RAW)

MJ_B1 = "https://mokjang.example/b/res/88123.html"
MJ_B2 = "https://mokjang.example/b/res/88190.html"
MJ_K = "https://mokjang.example/k/res/4410.html"

PA = "https://pastel.example/r/t7Kq2p"

REQUESTS = [
    (R1, "boxdrop", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [bx[k] for k in BX_ORDER], "obscenity", "uploads of non-consensual images"),
    (R2, "cirrus", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [CI_LIVE, CI_VOD, CI_BET, CI_IMG], "gambling", "customer sites on Cirrus IP space"),
    (R3, "edgeveil", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00",
     [EV_ROOT, EV_EVENT], "gambling", "site fronted by EdgeVeil"),
    (R4, "dotmoa", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [DM_GIFT, DM_PHARM, DM_PILL], "drugs", "domains registered through Dotmoa"),
    (R5, "ttalgi", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [TT_FREE1, TT_FREE2, TT_HUMOR, TT_JAYU, TT_JANG], "defamation", "forum posts"),
    (R6, "mokjang", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [MJ_B1, MJ_B2, MJ_K], "obscenity", "image board threads"),
    (R7, "pastel", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [PA], "privacy", "paste with personal data"),
]


def req_mid(ref):
    return f"{ref}.req"


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def single(ctype, cte, payload):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{payload}\n")


def multipart(subtype, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def text_part(body, cte="8bit", ctype="text/plain"):
    if cte == "base64":
        payload = b64(body)
    elif cte == "quoted-printable":
        payload = qp(body)
    else:
        payload = body.strip("\n")
    return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{payload}"


def csv_part(name, text):
    return (f'Content-Type: text/csv; charset=utf-8; name="{name}"\n'
            f'Content-Disposition: attachment; filename="{name}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b64(text)}")


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request(ref, urls, date_line):
    body = (f"Dear abuse team,\n\n"
            f"The Korea Communications Standards Commission asks you to remove or\n"
            f"disable access to the following content (our reference {ref}):\n\n")
    body += "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
    body += ("\n\nPlease reply to this address with the action taken for each URL.\n\n"
             "KCSC Takedown Desk\n")
    return date_line, body


# ---------------------------------------------------------------- cases
cases = []


def case(**c):
    if "subject" in c:
        c["subject"] = subj(c["subject"])
    cases.append(c)


# ===== Boxdrop (file host), request R1 (14 items) =====

case(name="bx-numbered-list-mixed", outcome="applied", classification="confirmation",
     imitates="file host abuse desk reply listing each reported link with the action taken",
     why="numbered list, four files deleted, one already deleted by its uploader, one invalid link",
     **{"from": "abuse@boxdrop.example", "name_from": "Boxdrop Abuse Team"},
     date="Tue, 03 Sep 2024 16:12:40 +0900", subject=f"Re: Removal request {R1}",
     reply_to_req=req_mid(R1),
     body=f"""Hello KCSC team,

We have gone through the first part of your list ({R1}). Results:

1. {bx['Qx7Lm2']} - file deleted, uploader account suspended
2. {bx['Ta9Pe4']} - file deleted
3. {bx['Wn3Kd8']} - file deleted
4. {bx['Hs5Rb1']} - file deleted
5. {bx['Zc2Vu6']} - the uploader had already deleted this file before we looked at it
6. {bx['Lp8Mq3']} - invalid link, no file with this id has ever existed on Boxdrop

We are still working through the remaining links and will write again.

Regards,
Jonas
Boxdrop Trust & Safety
""",
     items={bx["Qx7Lm2"]: "removed", bx["Ta9Pe4"]: "removed", bx["Wn3Kd8"]: "removed",
            bx["Hs5Rb1"]: "removed", bx["Zc2Vu6"]: "not_found", bx["Lp8Mq3"]: "not_found"})

bx_csv = "\n".join([
    "link,decision,reason,processed_at",
    f"{bx['Hs5Rb1']},Removed,ToS 4.2 non-consensual imagery,2024-09-04 10:02 UTC",
    f"{bx['Zc2Vu6']},Removed,ToS 4.2 non-consensual imagery,2024-09-04 10:03 UTC",
    f"{bx['Du3Fs2']},Not found,file id does not exist,2024-09-04 10:05 UTC",
    f"{bx['Nv0Jh8']},Geo-blocked (KR),unavailable from Korean IP addresses only,2024-09-04 10:07 UTC",
    f"{bx['Oi5Yw4']},No action,no violation of our terms found,2024-09-04 10:09 UTC",
    f"{bx['Cb9Az1']},Removed,ToS 4.2 non-consensual imagery,2024-09-04 10:11 UTC",
]) + "\n"
case(name="bx-csv-attachment", outcome="applied", classification="confirmation",
     imitates="file host abuse export attached as a CSV spreadsheet with a one-line cover note",
     why="CSV rows: three removed, one not found, one geo-blocked in Korea, one kept with a reason",
     **{"from": "abuse@boxdrop.example", "name_from": "Boxdrop Abuse Team"},
     date="Wed, 04 Sep 2024 19:20:00 +0900", subject=f"{R1} - processing results (partial)",
     reply_to_req=req_mid(R1),
     raw_mime=multipart("mixed", "==bx-csv-0904==", [
         text_part(f"Hi,\n\nPlease find attached the results for six of the links in {R1}.\n\n"
                   "Boxdrop Abuse Team\n"),
         csv_part(f"boxdrop_{R1}_results.csv", bx_csv),
     ]),
     items={bx["Hs5Rb1"]: "removed", bx["Zc2Vu6"]: "removed", bx["Du3Fs2"]: "not_found",
            bx["Nv0Jh8"]: "restricted", bx["Oi5Yw4"]: "rejected", bx["Cb9Az1"]: "removed"})

case(name="bx-one-liner", outcome="applied", classification="confirmation",
     imitates="one-line reply from a small service's admin",
     why="a single URL with 'deleted' after it, from Boxdrop's domain",
     **{"from": "min@boxdrop.example", "name_from": "Min Seo"},
     date="Tue, 03 Sep 2024 23:41:05 +0900", subject=f"Re: Removal request {R1}",
     reply_to_req=req_mid(R1),
     body=f"""{bx['Wn3Kd8']} deleted.

--
min / boxdrop
""",
     items={bx["Wn3Kd8"]: "removed"})

case(name="bx-bulk-all-deleted", outcome="review", review="bulk",
     imitates="abuse desk closing note stating the whole report was actioned",
     why="'all links in your report were removed' for a 14-item request, no item named",
     **{"from": "abuse@boxdrop.example", "name_from": "Boxdrop Abuse Team"},
     date="Fri, 06 Sep 2024 11:00:31 +0900", subject=f"Re: Removal request {R1} [closed]",
     reply_to_req=req_mid(R1),
     body=f"""Hello,

This is to let you know that all of the links in your report {R1} have
now been removed from Boxdrop and the accounts that uploaded them have been
closed. We consider this report closed.

Kind regards,
Boxdrop Abuse Team
https://boxdrop.example/legal/abuse
""",
     items={bx[k]: "pending" for k in BX_ORDER})

case(name="bx-promise-tonight", outcome="review", review="not_understood",
     imitates="informal reply from a file host admin promising removal later",
     why="'will be removed tonight' is a promise: the two named files stay pending",
     **{"from": "jonas@boxdrop.example", "name_from": "Jonas Berg"},
     date="Mon, 02 Sep 2024 17:30:12 +0900", subject=f"Re: Removal request {R1}",
     reply_to_req=req_mid(R1),
     body=f"""Hi,

got your list, thanks. {bx['Qx7Lm2']} and
{bx['Ta9Pe4']} are first in the queue and will be
removed tonight, the rest should follow over the next day or two.

Jonas
""",
     items={bx["Qx7Lm2"]: "pending", bx["Ta9Pe4"]: "pending"})

case(name="bx-plaintext-table", outcome="applied", classification="confirmation",
     imitates="ticket-system reply with a fixed-width text table of results",
     why="text table: two deleted, one not found, one kept as not violating",
     **{"from": "support@boxdrop.example", "name_from": "Boxdrop Support"},
     date="Thu, 05 Sep 2024 09:14:55 +0900", subject=f"[BX-55201] {R1} update",
     reply_to_req=req_mid(R1),
     body=f"""##- Please type your reply above this line -##

Ticket BX-55201 has been updated by Priya (Boxdrop Support).

Results for the links we reviewed today:

FILE     URL                                 RESULT
-------  ----------------------------------  -------------------
Gy6Ct0   {bx['Gy6Ct0']}     DELETED
Ej4Xn7   {bx['Ej4Xn7']}     DELETED
Du3Fs2   {bx['Du3Fs2']}     NOT FOUND
Nv0Jh8   {bx['Nv0Jh8']}     KEPT - NO VIOLATION

Priya
Boxdrop Support

This email is a service from Boxdrop Support. Ticket BX-55201.
""",
     items={bx["Gy6Ct0"]: "removed", bx["Ej4Xn7"]: "removed", bx["Du3Fs2"]: "not_found",
            bx["Nv0Jh8"]: "rejected"})

case(name="bx-ticket-receipt", outcome="ignored", classification="acknowledgement",
     imitates="automatic ticket-creation receipt from a help desk system",
     why="pure receipt: ticket number, no item, no statement",
     **{"from": "support@boxdrop.example", "name_from": "Boxdrop Support"},
     date="Mon, 02 Sep 2024 10:00:44 +0900", subject=f"[BX-55201] Received: Removal request {R1}",
     reply_to_req=req_mid(R1),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""##- Please type your reply above this line -##

Your request (BX-55201) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from Boxdrop Support.
""")

gm_date, gm_req = our_request(R1, [bx[k] for k in BX_ORDER], "")
gm_body = (
    "Hi,\n\nBoth files were deleted this morning after review: "
    f"{bx['Lp8Mq3']} (uploaded 28 Aug, public link and stored copy) and the larger archive at {bx['Ej4Xn7']}, "
    "which had been shared in several forums.\n\n"
    "Best,\nAnders, Boxdrop T&S\n\n"
    "On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:\n"
    + quote_lines(gm_req) + "\n")
case(name="bx-gmail-qp-wrapped", outcome="applied", classification="confirmation",
     imitates="Gmail reply over the quoted request, quoted-printable with soft line breaks",
     why="two files deleted in a long prose line (URLs cut by QP soft breaks); the quoted list stays untouched",
     **{"from": "anders@boxdrop.example", "name_from": "Anders Lund"},
     date="Wed, 04 Sep 2024 11:48:09 +0900", subject=f"Re: Removal request {R1}",
     reply_to_req=req_mid(R1),
     raw_mime=single("text/plain", "quoted-printable", qp(gm_body)),
     items={bx["Lp8Mq3"]: "removed", bx["Ej4Xn7"]: "removed", bx["Qx7Lm2"]: "pending",
            bx["Cb9Az1"]: "pending"})

case(name="bx-dsa-statement-kr-only", outcome="applied", classification="confirmation",
     imitates="DSA Article 17 statement of reasons with territorial scope limited to one country",
     why="decision: access disabled in the Republic of Korea only -> restricted",
     **{"from": "noreply-legal@boxdrop.example", "name_from": "Boxdrop Legal"},
     date="Thu, 05 Sep 2024 15:30:00 +0900", subject=f"Statement of reasons - notice {R1}",
     reply_to_req=req_mid(R1),
     body=f"""Statement of reasons

Notice reference:     {R1}
Content:              {bx['Gy6Ct0']}
Type of restriction:  Disabling of access
Territorial scope:    Republic of Korea
Ground:               Illegal content under the law of the Republic of Korea
                      (notice of the competent authority)
Facts relied on:      Notice received from the Korea Communications Standards
                      Commission on 2 September 2024
Automated means:      None; the decision was taken by a reviewer
Date of decision:     5 September 2024

The file remains available outside the Republic of Korea, as it is not
incompatible with our Terms of Service.

Redress: the uploader may appeal via https://boxdrop.example/appeals
""",
     items={bx["Gy6Ct0"]: "restricted"})

case(name="bx-folder-disabled", outcome="applied", classification="confirmation",
     imitates="file host reply about shared folder links",
     why="one folder link disabled with all files in it; the other folder was deleted by its owner",
     **{"from": "abuse@boxdrop.example", "name_from": "Boxdrop Abuse Team"},
     date="Fri, 06 Sep 2024 08:05:17 +0900", subject=f"Re: Removal request {R1} - folder links",
     reply_to_req=req_mid(R1),
     body=f"""Hello,

About the two folder links in your notice:

The shared folder at {bx['Rk1Ow9']} has been disabled
together with the 23 files inside it.

The folder at {bx['Bm7Ia5']} had already been deleted
by its owner before we reviewed it; the link returns "folder not found".

Boxdrop Abuse Team
""",
     items={bx["Rk1Ow9"]: "removed", bx["Bm7Ia5"]: "not_found"})

case(name="bx-echoed-report", outcome="applied", classification="confirmation",
     imitates="abuse form system echoing each reported URL with its outcome",
     why="three echoed report blocks: two content removed, one no action because no violation",
     **{"from": "reports@boxdrop.example", "name_from": "Boxdrop Reports"},
     date="Sat, 07 Sep 2024 02:14:00 +0900", subject=f"Your report {R1}: outcome",
     reply_to_req=req_mid(R1),
     body=f"""Your report has been reviewed. Outcome per reported link:

----------------------------------------
Reported URL: {bx['Du3Fs2']}
Reason given: Illegal content (KR)
Outcome:      Content removed
----------------------------------------
Reported URL: {bx['Nv0Jh8']}
Reason given: Illegal content (KR)
Outcome:      Content removed
----------------------------------------
Reported URL: {bx['Oi5Yw4']}
Reason given: Illegal content (KR)
Outcome:      No action taken - the file does not violate our Terms of Service
----------------------------------------

You can read about how we handle reports at https://boxdrop.example/help/reports
""",
     items={bx["Du3Fs2"]: "removed", bx["Nv0Jh8"]: "removed", bx["Oi5Yw4"]: "rejected"})

case(name="bx-counter-notice-pending", outcome="review", review="not_understood",
     imitates="file host reply: file under review pending the uploader's counter-notice",
     why="conditional future deletion and 'under review': the item stays pending",
     **{"from": "abuse@boxdrop.example", "name_from": "Boxdrop Abuse Team"},
     date="Fri, 06 Sep 2024 13:22:48 +0900", subject=f"Re: Removal request {R1}",
     reply_to_req=req_mid(R1),
     body=f"""Hello,

The uploader of {bx['Cb9Az1']} disputes your notice. The
file is under review. If the uploader does not send us a formal counter-notice
within 10 days, the file will be permanently deleted.

Boxdrop Abuse Team
""",
     items={bx["Cb9Az1"]: "pending"})

# ===== Cirrus Hosting (web host), request R2 (4 items) =====

case(name="cirrus-customer-removed", outcome="applied", classification="confirmation",
     imitates="hosting provider abuse desk reply after the customer acted, with one server suspended",
     why="two pages removed by the customer; the gambling site's server suspended (site offline)",
     **{"from": "abuse@cirrushost.example", "name_from": "Cirrus Hosting Abuse"},
     date="Thu, 05 Sep 2024 10:40:00 +0900", subject=f"[Abuse #CIR-88410] {R2}",
     reply_to_req=req_mid(R2),
     body=f"""Dear Sir or Madam,

Thank you for your complaint. Our customer has removed the content at
  {CI_LIVE}
  {CI_VOD}
We verified both URLs now return 404.

The server behind {CI_BET} did not respond to our
notice; we have suspended that server and the site is offline.

Best regards,
Cirrus Hosting Abuse Department
""",
     items={CI_LIVE: "removed", CI_VOD: "removed", CI_BET: "removed"})

_, ci_req = our_request(R2, [CI_LIVE, CI_VOD, CI_BET, CI_IMG], "")
case(name="cirrus-top-posted-one-image", outcome="applied", classification="confirmation",
     imitates="hosting support agent top-posting one line above the quoted request",
     why="only the image is stated deleted; the quoted request's other URLs are not statements",
     **{"from": "noc@cirrushost.example", "name_from": "Cirrus NOC"},
     date="Wed, 04 Sep 2024 21:03:33 +0900", subject=f"RE: Removal request {R2}",
     reply_to_req=req_mid(R2),
     body=f"""We deleted {CI_IMG} from the customer's object storage. Still looking into the rest.

Kwame
Cirrus Hosting NOC

On Tue, 3 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(ci_req)}
""",
     items={CI_IMG: "removed", CI_LIVE: "pending", CI_VOD: "pending", CI_BET: "pending"})

case(name="cirrus-forwarded-to-customer", outcome="review", review="not_understood",
     imitates="hosting provider standard reply: complaint forwarded to the customer with a deadline",
     why="forwarded to the customer, 48 h deadline, suspension threatened: nothing has happened yet",
     **{"from": "abuse@cirrushost.example", "name_from": "Cirrus Hosting Abuse"},
     date="Tue, 03 Sep 2024 15:10:00 +0900", subject=f"[Abuse #CIR-88410] {R2}",
     reply_to_req=req_mid(R2),
     body=f"""Dear reporter,

We have forwarded your complaint {R2} (4 URLs) to the customer responsible
for these websites and asked them to remove the material within 48 hours.
If the customer does not act, we will suspend the affected services.

We will update you once the customer has responded.

Cirrus Hosting Abuse Department
""",
     items={CI_LIVE: "pending", CI_VOD: "pending", CI_BET: "pending", CI_IMG: "pending"})

case(name="cirrus-paste-site-customer", outcome="review", review="wrong_platform",
     imitates="hosting provider reporting action on a page of a site it hosts for a customer",
     why="Cirrus states a status for a Pastel item; it is not Cirrus's request",
     **{"from": "abuse@cirrushost.example", "name_from": "Cirrus Hosting Abuse"},
     date="Wed, 11 Sep 2024 12:00:00 +0900", subject="Paste page on a customer server",
     body=f"""Hello,

pastel.example runs on one of our dedicated servers. At the request of your
colleagues we contacted the operator, and the page
{PA} has been removed.

Cirrus Hosting Abuse Department
""",
     items={PA: "pending"})

case(name="cirrus-spoofed-auth-fail", outcome="review", review="untrusted",
     imitates="hosting abuse reply with failing DKIM/SPF/DMARC",
     why="from Cirrus's domain but authentication fails: nothing applies",
     **{"from": "abuse@cirrushost.example", "name_from": "Cirrus Hosting Abuse"}, auth="fail",
     date="Thu, 05 Sep 2024 02:51:00 +0900", subject=f"Re: Removal request {R2}",
     reply_to_req=req_mid(R2),
     body=f"""Hello,

Following your request {R2}:
- {CI_LIVE} removed
- {CI_BET} removed
- {CI_IMG} removed

Cirrus Hosting
""",
     items={CI_LIVE: "pending", CI_BET: "pending", CI_IMG: "pending"})

case(name="cirrus-out-of-office", outcome="ignored", classification="auto_reply",
     imitates="Outlook automatic reply from an abuse desk agent",
     why="out-of-office auto-reply",
     **{"from": "d.okafor@cirrushost.example", "name_from": "Daniel Okafor"},
     date="Tue, 03 Sep 2024 11:00:09 +0900", subject=f"Automatic reply: Removal request {R2}",
     reply_to_req=req_mid(R2),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until Monday 16 September with limited access to
email. For abuse matters please write to abuse@cirrushost.example, which is
monitored around the clock.

Daniel
""")

case(name="cirrus-ack-plus-statement", outcome="applied", classification="confirmation",
     imitates="ticket receipt that also carries an update on one URL",
     why="receipt wording plus an unhedged statement that one page was removed",
     **{"from": "abuse@cirrushost.example", "name_from": "Cirrus Hosting Abuse"},
     date="Tue, 03 Sep 2024 18:25:00 +0900", subject=f"[Abuse #CIR-88410] Received: {R2}",
     reply_to_req=req_mid(R2),
     body=f"""Thank you for your report. Ticket #CIR-88410 has been created for it.

Update: the video page {CI_VOD} was removed by our
customer this afternoon. The other URLs are still with the customer.

Cirrus Hosting Abuse Department
""",
     items={CI_VOD: "removed"})

ci_csv = "\r\n".join([
    "url;result;checked",
    f"{CI_LIVE};removed by customer;2024-09-06",
    f"{CI_VOD};removed by customer;2024-09-06",
    f"{CI_BET};customer account terminated, site offline;2024-09-06",
    f"{CI_IMG};not found on server (404);2024-09-06",
]) + "\r\n"
case(name="cirrus-csv-semicolon", outcome="applied", classification="confirmation",
     imitates="hosting provider sending a semicolon-separated spreadsheet export (Excel, European locale)",
     why="CSV: three taken offline, the image not found on the server",
     **{"from": "abuse@cirrushost.example", "name_from": "Cirrus Hosting Abuse"},
     date="Fri, 06 Sep 2024 17:45:00 +0900", subject=f"[Abuse #CIR-88410] {R2} - final",
     reply_to_req=req_mid(R2),
     raw_mime=multipart("mixed", "----=_Part_4410_cirrus", [
         text_part(f"Hello,\n\nThe result for every URL of {R2} is in the attached sheet.\n"
                   "This ticket is now closed.\n\nCirrus Hosting Abuse Department\n"),
         csv_part("CIR-88410.csv", ci_csv),
     ]),
     items={CI_LIVE: "removed", CI_VOD: "removed", CI_BET: "removed", CI_IMG: "not_found"})

# ===== EdgeVeil (CDN / reverse proxy), request R3 (2 items) =====

case(name="ev-passthrough-not-host", outcome="review", review="not_understood",
     imitates="CDN reply: we are a pass-through network, complaint forwarded to the hosting provider",
     why="the CDN does not host the content and only forwarded the report: no status for either URL",
     **{"from": "abuse@edgeveil.example", "name_from": "EdgeVeil Trust & Safety"},
     date="Wed, 04 Sep 2024 10:05:00 +0900", subject=f"[EV-2024-31877] {R3}",
     reply_to_req=req_mid(R3),
     body=f"""Hello,

EdgeVeil provides a reverse proxy and caching service for the website you
reported ({EV_ROOT}, {EV_EVENT}).
We do not host the content and cannot remove it from the origin server.

We have forwarded your report to our customer and to the hosting provider of
the origin server, Bluecrest Networks (origin IP 203.0.113.40). You can
contact them directly at abuse@bluecrest.example.

EdgeVeil Trust & Safety
https://edgeveil.example/abuse-policy
""",
     items={EV_ROOT: "pending", EV_EVENT: "pending"})

case(name="ev-geoblock-kr", outcome="applied", classification="confirmation",
     imitates="CDN reply: access restricted for visitors from one country after a legal order",
     why="both URLs named, access restricted for visitors from South Korea -> restricted",
     **{"from": "legal@edgeveil.example", "name_from": "EdgeVeil Legal"},
     date="Fri, 06 Sep 2024 16:00:00 +0900", subject=f"Re: Removal request {R3}",
     reply_to_req=req_mid(R3),
     body=f"""Dear KCSC,

Based on your notice, we have restricted access to the following URLs for
visitors located in the Republic of Korea:

  * <{EV_ROOT}>
  * <{EV_EVENT}>

Visitors from other countries are not affected.

EdgeVeil Legal
""",
     items={EV_ROOT: "restricted", EV_EVENT: "restricted"})

ev_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Please find below the outcome of our review of notice <b>{R3}</b>.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eeeeee"><th>Reported URL</th><th>Action</th><th>Comment</th></tr>
<tr><td><a href="{EV_EVENT}">{EV_EVENT}</a></td><td>Blocked globally</td><td>Phishing-style betting promotion, breach of our AUP</td></tr>
<tr><td><a href="{EV_ROOT}">{EV_ROOT}</a></td><td>No action</td><td>Home page does not violate our Acceptable Use Policy</td></tr>
</table>
<p>For questions please reply to this message.<br>EdgeVeil Trust &amp; Safety</p>
</body></html>
"""
case(name="ev-html-table-qp", outcome="applied", classification="confirmation",
     imitates="CDN trust-and-safety HTML email with a results table, quoted-printable",
     why="HTML table: event page blocked globally (removed), home page no action with reason (rejected)",
     **{"from": "abuse@edgeveil.example", "name_from": "EdgeVeil Trust & Safety"},
     date="Mon, 09 Sep 2024 09:12:00 +0900", subject=f"[EV-2024-31877] Outcome {R3}",
     reply_to_req=req_mid(R3),
     raw_mime=multipart("alternative", "b1_ev31877", [
         text_part(f"Outcome of notice {R3}: see the HTML version of this email.\n"),
         text_part(ev_html, cte="quoted-printable", ctype="text/html"),
     ]),
     items={EV_EVENT: "removed", EV_ROOT: "rejected"})

ev_dsn_orig = (f"From: KCSC Takedown <takedown@kcsc.example>\nTo: abuse-kr@edgeveil.example\n"
               f"Subject: Removal request {R3}\nMessage-ID: <{req_mid(R3)}@kcsc.example>\n"
               f"Date: Wed, 04 Sep 2024 09:30:00 +0900\n\n"
               f"Please remove or disable access to:\n1. {EV_ROOT}\n2. {EV_EVENT}\n"
               f"(reference {R3})\n")
case(name="ev-dsn-mailbox-full", outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (mailbox full) returning the original request",
     why="bounce; the URLs are only in the returned request",
     **{"from": "MAILER-DAEMON@edgeveil.example", "name_from": "Mail Delivery System"},
     date="Wed, 04 Sep 2024 09:30:41 +0900", subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=multipart("report", "6C1A21E0F3.1725409841/mx2.edgeveil.example", [
         "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
         "This is the mail system at host mx2.edgeveil.example.\n\n"
         "I'm sorry to have to inform you that your message could not\n"
         "be delivered to one or more recipients. It's attached below.\n\n"
         "<abuse-kr@edgeveil.example>: mailbox is full: quota exceeded (552 5.2.2)",
         "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
         "Reporting-MTA: dns; mx2.edgeveil.example\n\n"
         "Final-Recipient: rfc822; abuse-kr@edgeveil.example\nAction: failed\n"
         "Status: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 mailbox full",
         "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + ev_dsn_orig,
     ], extra="; report-type=delivery-status"),
     items={EV_ROOT: "pending", EV_EVENT: "pending"})

case(name="ev-url-below-statement", outcome="applied", classification="confirmation",
     imitates="short CDN abuse reply with the URL on the line below the statement",
     why="statement line, then the URL indented below it: blocked on the whole network",
     **{"from": "abuse@edgeveil.example", "name_from": "EdgeVeil Trust & Safety"},
     date="Thu, 05 Sep 2024 13:37:00 +0900", subject=f"Re: Removal request {R3}",
     reply_to_req=req_mid(R3),
     body=f"""Hi,

The following page has been blocked on our edge network worldwide:

    {EV_EVENT}

It now shows an EdgeVeil block page to every visitor.

Regards,
Ines, EdgeVeil T&S
""",
     items={EV_EVENT: "removed"})

# ===== Dotmoa (domain registrar), request R4 (3 items) =====

case(name="dm-clienthold", outcome="applied", classification="confirmation",
     imitates="registrar abuse reply placing a domain on clientHold",
     why="domain put on hold, it no longer resolves: the site is unavailable everywhere",
     **{"from": "abuse@dotmoa.example", "name_from": "Dotmoa Abuse"},
     date="Mon, 09 Sep 2024 11:20:00 +0900", subject=f"RE: [DM-20240905-117] {R4}",
     reply_to_req=req_mid(R4),
     body=f"""Dear Complainant,

Reported URL: {DM_GIFT}
Domain:       gift-drugs.example
Action:       The domain has been placed on clientHold. It no longer
              resolves and the website is not reachable.

The registrant has been informed and may contact us to dispute the action.

Dotmoa Registrar - Abuse Department
""",
     items={DM_GIFT: "removed"})

case(name="dm-expired-and-refused", outcome="applied", classification="confirmation",
     imitates="registrar reply: one domain deleted after expiry, one left active because registrars do not judge content",
     why="expired and deleted domain -> not_found; refusal with its reason -> rejected",
     **{"from": "abuse@dotmoa.example", "name_from": "Dotmoa Abuse"},
     date="Tue, 10 Sep 2024 14:02:00 +0900", subject=f"RE: [DM-20240905-117] {R4}",
     reply_to_req=req_mid(R4),
     body=f"""Dear Complainant,

1) {DM_PHARM}
The domain kr-pharm24.example expired on 27 August and was deleted on
4 September. It is no longer registered, so there is nothing for us to act on.

2) {DM_PILL}
We will not suspend pill-direct.example. We are a registrar, not a host,
and we found no breach of our registration agreement; questions about the
website's content should go to its hosting provider.

Dotmoa Registrar - Abuse Department
""",
     items={DM_PHARM: "not_found", DM_PILL: "rejected"})

case(name="dm-needs-official-letter", outcome="review", review="asks_more",
     classification="request_for_info",
     imitates="registrar asking for a court order or official letter before acting",
     why="asks for documents before it can act on the domain",
     **{"from": "legal@dotmoa.example", "name_from": "Dotmoa Legal"},
     date="Fri, 06 Sep 2024 10:30:00 +0900", subject=f"RE: [DM-20240905-117] {R4}",
     reply_to_req=req_mid(R4),
     body=f"""Dear Sir or Madam,

Before we can act on {DM_PILL} we need either a court order or a
signed letter on the letterhead of the competent authority stating the legal
basis of the request. Please send it as a PDF in reply to this email.

Kind regards,
Dotmoa Legal
""",
     items={DM_PILL: "pending"})

case(name="dm-auto-ticket", outcome="ignored", classification="acknowledgement",
     imitates="registrar automated abuse ticket receipt",
     why="automatic receipt with a ticket number only",
     **{"from": "no-reply@dotmoa.example", "name_from": "Dotmoa Support"},
     date="Thu, 05 Sep 2024 14:00:20 +0900", subject=f"[DM-20240905-117] Abuse report received",
     reply_to_req=req_mid(R4),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Thank you for contacting Dotmoa.

Your abuse report has been logged as ticket DM-20240905-117. Our abuse team
handles reports in the order received, normally within 2 business days.

Please keep the ticket number in the subject line of any reply.

Dotmoa Support - this is an automated message
""")

# ===== Ttalgi (Korean forum), request R5 (5 items) =====

case(name="tt-admin-one-line", outcome="applied", classification="confirmation",
     imitates="Korean small-forum admin replying with one line",
     why="한 줄: 요청하신 글 삭제했습니다 -> removed",
     **{"from": "admin@ttalgi.example", "name_from": "딸기게시판 관리자"},
     date="Fri, 06 Sep 2024 22:10:00 +0900", subject=f"Re: 게시물 삭제 요청 {R5}",
     reply_to_req=req_mid(R5),
     body=f"""요청하신 글 {TT_FREE1} 삭제했습니다.
""",
     items={TT_FREE1: "removed"})

case(name="tt-korean-list-particles", outcome="applied", classification="confirmation",
     imitates="Korean forum operator's 조치 결과 reply with particles and full-width punctuation after URLs",
     why="블라인드 -> removed, 작성자가 이미 삭제 -> not_found, 임시조치 -> restricted",
     **{"from": "admin@ttalgi.example", "name_from": "딸기게시판 운영팀"},
     date="Mon, 09 Sep 2024 10:45:00 +0900", subject=f"[딸기게시판] {R5} 조치 결과 안내",
     reply_to_req=req_mid(R5),
     body=f"""안녕하세요, 딸기게시판 운영팀입니다.

요청하신 게시물에 대한 조치 결과를 알려드립니다.

- {TT_FREE2} 는 블라인드 처리하였습니다．
- {TT_HUMOR}（유머 게시판）은 작성자가 이미 삭제한 글입니다.
- {TT_JAYU_RAW}는 30일간 임시조치하였습니다.

나머지 한 건은 검토가 끝나는 대로 다시 회신드리겠습니다.

감사합니다.
딸기게시판 운영팀 드림
""",
     items={TT_FREE2: "removed", TT_HUMOR: "not_found", TT_JAYU: "restricted"})

case(name="tt-auth-fail", outcome="review", review="untrusted",
     imitates="Korean forum result notice whose DMARC check fails",
     why="ttalgi's domain but DKIM/SPF/DMARC fail: not trusted",
     **{"from": "admin@ttalgi.example", "name_from": "딸기게시판 관리자"}, auth="fail",
     date="Sun, 08 Sep 2024 03:12:00 +0900", subject=f"Re: 게시물 삭제 요청 {R5}",
     reply_to_req=req_mid(R5),
     body=f"""요청하신 게시물 중 아래 3건을 삭제 처리했습니다.

{TT_FREE1} 삭제
{TT_FREE2} 삭제
{TT_JANG_RAW} 삭제
""",
     items={TT_FREE1: "pending", TT_FREE2: "pending", TT_JANG: "pending"})

case(name="tt-hedge-seems-deleted", outcome="review", review="not_understood",
     imitates="Korean forum admin answering with a hedge and a promise to check",
     why="'삭제된 것 같습니다' is a hedge, '확인 후 연락' a promise: pending",
     **{"from": "admin@ttalgi.example", "name_from": "딸기게시판 관리자"},
     date="Sat, 07 Sep 2024 12:30:00 +0900", subject=f"Re: 게시물 삭제 요청 {R5}",
     reply_to_req=req_mid(R5),
     body=f"""안녕하세요.

장터 게시판 글({TT_JANG_RAW})은 이미 삭제된 것 같습니다.
서버 기록 확인 후 다시 연락드리겠습니다.

관리자 드림
""",
     items={TT_JANG: "pending"})

tt_b64 = f"""안녕하세요, 딸기게시판 운영팀입니다.

{R5} 요청 건 중 장터 게시판 게시물에 대하여 안내드립니다.

대상: {TT_JANG_RAW}

해당 게시물은 허가받은 업체의 정상 판매글로 확인되어 당사 운영정책 및
관련 법령 위반 사항이 없으므로 삭제하지 않고 게시를 유지합니다.

이의가 있으시면 회신 주시기 바랍니다.

딸기게시판 운영팀
"""
case(name="tt-base64-kept", outcome="applied", classification="confirmation",
     imitates="Korean forum refusal notice sent base64-encoded by a webmail client",
     why="게시를 유지합니다 with its reason (no violation) -> rejected",
     **{"from": "admin@ttalgi.example", "name_from": "딸기게시판 운영팀"},
     date="Wed, 11 Sep 2024 09:00:00 +0900", subject=f"[딸기게시판] {R5} 장터 게시물 검토 결과",
     reply_to_req=req_mid(R5),
     raw_mime=single("text/plain", "base64", b64(tt_b64)),
     items={TT_JANG: "rejected"})

case(name="tt-korean-out-of-office", outcome="ignored", classification="auto_reply",
     imitates="Korean webmail 부재중 자동응답",
     why="부재중 자동응답 (auto-reply)",
     **{"from": "admin@ttalgi.example", "name_from": "딸기게시판 관리자"},
     date="Fri, 06 Sep 2024 10:00:31 +0900", subject=f"[자동응답] Re: 게시물 삭제 요청 {R5}",
     reply_to_req=req_mid(R5),
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""[부재중 자동응답]

9월 6일부터 9월 8일까지 휴가로 메일 확인이 어렵습니다.
9일(월)부터 순차적으로 답변드리겠습니다.
""")

tt_html = f"""<html><body>
<p>{R5} 시정요구에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{TT_FREE1}</td><td>삭제</td><td>9/9 운영자 삭제</td></tr>
<tr><td>2</td><td>{TT_FREE2}</td><td>삭제</td><td>9/9 운영자 삭제</td></tr>
<tr><td>3</td><td>{TT_HUMOR}</td><td>게시물 없음</td><td>작성자 자진 삭제</td></tr>
<tr><td>4</td><td>{TT_JAYU_RAW}</td><td>접근 제한</td><td>국내 IP 열람 차단</td></tr>
<tr><td>5</td><td>{TT_JANG_RAW}</td><td>조치 불가</td><td>운영정책 위반 사항 없음</td></tr>
</table>
<p>딸기게시판 운영팀</p>
</body></html>
"""
case(name="tt-html-table-sijeong", outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 회신 as an HTML table",
     why="table: 삭제 x2 removed, 게시물 없음 not_found, 접근 제한 restricted, 조치 불가(위반 없음) rejected",
     **{"from": "admin@ttalgi.example", "name_from": "딸기게시판 운영팀"},
     date="Tue, 10 Sep 2024 16:20:00 +0900", subject=f"[회신] {R5} 시정요구 조치결과",
     reply_to_req=req_mid(R5),
     raw_mime=single("text/html", "base64", b64(tt_html)),
     items={TT_FREE1: "removed", TT_FREE2: "removed", TT_HUMOR: "not_found",
            TT_JAYU: "restricted", TT_JANG: "rejected"})

# ===== Mokjang (image board), request R6 (3 items) =====

case(name="mj-janitor-terse", outcome="applied", classification="confirmation",
     imitates="image board admin's terse reply, bare URL with the status on the line below",
     why="two threads deleted; the /k/ thread never existed",
     **{"from": "admin@mokjang.example", "name_from": "mokjang admin"},
     date="Mon, 09 Sep 2024 23:58:00 +0900", subject=f"Re: Removal request {R6}",
     reply_to_req=req_mid(R6),
     body=f"""{MJ_B1}
-> deleted, poster banned

{MJ_B2}
-> deleted

{MJ_K}
-> 404, there is no such thread on /k/, check the board letter?

- admin
""",
     items={MJ_B1: "removed", MJ_B2: "removed", MJ_K: "not_found"})

case(name="mj-volunteer-personal-mail", outcome="review", review="unknown_sender",
     imitates="volunteer moderator answering from a personal mailbox",
     why="statement from a domain that belongs to no platform",
     **{"from": "hyunmod@freemail.example", "name_from": "hyun"},
     date="Tue, 10 Sep 2024 01:20:00 +0900", subject=f"Re: Removal request {R6}",
     reply_to_req=req_mid(R6),
     body=f"""hi, i'm one of the mods on mokjang. admin forwarded me your mail.
i nuked {MJ_B1} just now.

hyun
""",
     items={MJ_B1: "pending"})

mj_dsn_orig = (f"From: KCSC Takedown <takedown@kcsc.example>\nTo: abuse@mokjang.example\n"
               f"Subject: Removal request {R6}\nMessage-ID: <{req_mid(R6)}@kcsc.example>\n")
case(name="mj-dsn-user-unknown", outcome="ignored", classification="bounce",
     imitates="Exim delivery failure: no such user",
     why="bounce for a non-existent address",
     **{"from": "mailer-daemon@mokjang.example", "name_from": "Mail Delivery System"},
     date="Mon, 09 Sep 2024 10:00:12 +0900", subject="Mail delivery failed: returning message to sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=multipart("report", "1725843612-eximdsn-1804289383", [
         "Content-Type: text/plain; charset=us-ascii\n\n"
         "This message was created automatically by mail delivery software.\n\n"
         "A message that you sent could not be delivered to one or more of its\n"
         "recipients. This is a permanent error. The following address(es) failed:\n\n"
         "  abuse@mokjang.example\n    No Such User Here",
         "Content-Type: message/delivery-status\n\n"
         "Reporting-MTA: dns; mokjang.example\n\n"
         "Action: failed\nFinal-Recipient: rfc822;abuse@mokjang.example\nStatus: 5.1.1",
         "Content-Type: text/rfc822-headers\n\n" + mj_dsn_orig,
     ], extra="; report-type=delivery-status"))

_, mj_req = our_request(R6, [MJ_B1, MJ_B2, MJ_K], "")
mj_outlook = f"""Hello,

{MJ_B2} - deleted.

{MJ_B1} stays up. It is a news discussion thread and
breaks neither our rules nor, as far as we can tell, any law.

Regards
Mokjang staff

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: abuse@mokjang.example
Subject: Removal request {R6}

{mj_req}"""
case(name="mj-outlook-quoted-request", outcome="applied", classification="confirmation",
     imitates="Outlook reply over the '-----Original Message-----' request",
     why="one thread deleted, one kept with a reason; the third URL is only in the quoted request",
     **{"from": "staff@mokjang.example", "name_from": "Mokjang Staff"},
     date="Wed, 11 Sep 2024 08:30:00 +0900", subject=f"RE: Removal request {R6}",
     reply_to_req=req_mid(R6),
     raw_mime=single("text/plain", "quoted-printable", qp(mj_outlook)),
     items={MJ_B2: "removed", MJ_B1: "rejected", MJ_K: "pending"})

# ===== Pastel (paste site), request R7 (1 item) =====

case(name="pa-new-abuse-contact", outcome="review", review="no_claims",
     imitates="small service announcing a new abuse contact address",
     why="trusted, names no item and no request: nothing to read",
     **{"from": "team@pastel.example", "name_from": "Pastel"},
     date="Thu, 12 Sep 2024 10:00:00 +0900", subject="New address for legal notices",
     body="""Hello,

From 1 October please send legal and abuse notices to trust@pastel.example
instead of abuse@pastel.example. Our transparency page is at
https://pastel.example/legal/transparency and our content policy at
https://pastel.example/legal/policy.

Thanks,
the Pastel team
""")

case(name="pa-single-removed-no-url", outcome="applied", classification="confirmation",
     imitates="paste site one-sentence reply to a one-item request",
     why="'the paste you reported was removed', the request has one item -> removed",
     **{"from": "abuse@pastel.example", "name_from": "Pastel Abuse"},
     date="Wed, 11 Sep 2024 07:15:00 +0900", subject=f"Re: Removal request {R7}",
     reply_to_req=req_mid(R7),
     body=f"""Hi, the paste you reported (your ref {R7}) has been removed. Thanks for the heads-up.

-- Pastel abuse
""",
     items={PA: "removed"})

case(name="pa-mdn-displayed", outcome="ignored", classification="read_receipt",
     imitates="message disposition notification (read receipt) from a mail client",
     why="MDN: the request was displayed",
     **{"from": "abuse@pastel.example", "name_from": "Pastel Abuse"},
     date="Tue, 10 Sep 2024 10:14:00 +0900", subject=f"Read: Removal request {R7}",
     reply_to_req=req_mid(R7),
     raw_mime=multipart("report", "mdn-pastel-0910", [
         "Content-Type: text/plain; charset=utf-8\n\n"
         f"This is a receipt for the mail you sent to abuse@pastel.example at\n"
         f"10/09/2024 10:00. It was displayed on 10/09/2024 10:14.\n\n"
         "There is no guarantee that the message has been read or understood.",
         "Content-Type: message/disposition-notification\n\n"
         "Reporting-UA: pastel.example; Thunderbird 115.14.0\n"
         "Final-Recipient: rfc822;abuse@pastel.example\n"
         f"Original-Message-ID: <{req_mid(R7)}@kcsc.example>\n"
         "Disposition: manual-action/MDN-sent-manually; displayed",
     ], extra="; report-type=disposition-notification"))

case(name="pa-angle-bracket-kr-block", outcome="applied", classification="confirmation",
     imitates="paste site reply withholding a paste for one country, URL in angle brackets",
     why="no longer viewable from Korean IP addresses -> restricted",
     **{"from": "abuse@pastel.example", "name_from": "Pastel Abuse"},
     date="Thu, 12 Sep 2024 18:40:00 +0900", subject=f"Re: Removal request {R7}",
     reply_to_req=req_mid(R7),
     body=f"""Hello,

Paste <{PA}> is now withheld in South Korea: it can no
longer be viewed from Korean IP addresses. It stays visible elsewhere since
it does not break our content policy.

Pastel abuse desk
""",
     items={PA: "restricted"})


HEADER = f"""# Blind set {SET}: hosting providers, a CDN, a registrar, a Korean forum, an
# image board, a file host and a paste site answering informally; CSV
# attachments and plain-text tables. Generated by make.py: do not edit.
# Expected results written from each email's meaning before any run."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
