#!/usr/bin/env python3
"""Blind set 577: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering our removal requests,
often informally (abuse desks, admins writing one line), plus CSV
attachments and plain-text tables.

    python3 tests/corpus/blind577/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before any run of
the reader.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind577"

# ---------------------------------------------------------------- requests
DC = [
    "https://dropcrate.io/f/Qm7xK2",
    "https://dropcrate.io/f/Vt9pL4",
    "https://dropcrate.io/f/Hn3rW8",
    "https://dropcrate.io/f/Zc5yB1",
    "https://dropcrate.io/f/Ld2sE6",
    "https://dropcrate.io/f/Pk8uT3",
    "https://dropcrate.io/f/Gw4aN7",
    "https://dropcrate.io/f/Rx6mJ0",
    "https://dropcrate.io/f/Bf1qC9",
    "https://dropcrate.io/f/Ty7hS5",
    "https://dropcrate.io/folder/mK3nA8",
    "https://dropcrate.io/folder/uD6wE2",
    "https://dl.dropcrate.io/f/Ns2vX4/clip_0904.mp4",
    "https://dl.dropcrate.io/f/Ej5kY7/2024_09_summer_collection_full_pack_part01_of_03.zip",
]
NB = [
    "https://leakvault-kr.xyz/v/20914",
    "https://leakvault-kr.xyz/v/20977",
    "http://203.0.113.45/gallery/set_118/",
    "https://secretcam-archive.net/room/3381?lang=ko",
]
EG = [
    "https://hotclip-kr.top/watch?id=77120",
    "https://hotclip-kr.top/watch?id=77158",
    "https://mirror.hotclip-kr.top/dl/77120.mp4",
]
NW = [
    "http://mollae-cam.shop/",
    "http://mollae-cam2.shop/",
]
DB_RAW_GALLERY = "https://dalbit-community.co.kr/갤러리/짤방/5512"
DB = [
    "https://dalbit-community.co.kr/board/free/184220",
    "https://dalbit-community.co.kr/board/free/184263",
    "https://dalbit-community.co.kr/board/humor/90211",
    "https://dalbit-community.co.kr/%EA%B0%A4%EB%9F%AC%EB%A6%AC/%EC%A7%A4%EB%B0%A9/5512",
    "https://dalbit-community.co.kr/board/free/184301?comment=77012",
]
PX = [
    "https://pixchan.org/kr/res/55102.html",
    "https://pixchan.org/kr/res/55187.html",
    "https://i.pixchan.org/kr/src/1725861234567.jpg",
]
PH = ["https://pastehaven.net/raw/x8KqPz"]

REQUESTS = [
    # ref, platform, sent, due, urls, notes by index
    ("KCSC-240902-01", "dropcrate", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", DC,
     {10: "folder, 23 files", 13: 'archive "part 1 of 3", reupload of Ej5kY7'}),
    ("KCSC-240903-02", "nimbus", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", NB,
     {2: "bare IP, customer VPS"}),
    ("KCSC-240904-03", "edgeguard", "2024-09-04T14:00:00+09:00", "2024-09-11T18:00:00+09:00", EG,
     {2: "mirror host, same clip as id=77120"}),
    ("KCSC-240905-04", "namewell", "2024-09-05T10:30:00+09:00", "2024-09-12T18:00:00+09:00", NW,
     {0: "whole domain", 1: "whole domain"}),
    ("KCSC-240906-05", "dalbit", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00", DB,
     {3: "Korean path, stored percent-encoded", 4: "one comment under post 184301"}),
    ("KCSC-240909-06", "pixchan", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", PX, {}),
    ("KCSC-240910-07", "pastehaven", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00", PH, {}),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, notes in REQUESTS:
            mid = "<req-%s@kcsc.example>" % ref[5:].lower()
            for i, u in enumerate(urls):
                w.writerow([ref, plat, sent, due, u, "deepfake_sexual_abuse", mid, notes.get(i, "")])


def req_id(ref):
    return "req-" + ref[5:].lower()


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def part(ctype, body, enc="8bit", extra=()):
    lines = ["Content-Type: " + ctype]
    lines.extend(extra)
    lines.append("Content-Transfer-Encoding: " + enc)
    lines.append("")
    lines.append(body.strip("\n"))
    return "\n".join(lines)


def multipart(subtype, boundary, parts, params=""):
    out = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, params), "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p)
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def quoted_request_outlook(ref, sent_line, urls):
    lines = ["-----Original Message-----",
             "From: KCSC Takedown <takedown@kcsc.example>",
             "Sent: " + sent_line,
             "To: abuse",
             "Subject: [%s] Request for removal of illegal content" % ref,
             "",
             "Dear Sir or Madam,",
             "",
             "The Korea Communications Standards Commission asks you to remove the",
             "following items, which contain non-consensual sexual deepfakes:",
             ""]
    lines += ["  " + u for u in urls]
    lines += ["", "Reference: " + ref, "KCSC Takedown Team"]
    return "\n".join(lines)


def quoted_request_gmail(ref, when, urls):
    lines = ["On %s KCSC Takedown <takedown@kcsc.example> wrote:" % when,
             "> Dear Sir or Madam,",
             ">",
             "> Please remove the following items, which contain non-consensual",
             "> sexual deepfakes (reference %s):" % ref,
             ">"]
    lines += ["> " + u for u in urls]
    lines += [">", "> KCSC Takedown Team"]
    return "\n".join(lines)


def subj(ref, prefix="Re: "):
    return "%s[%s] Request for removal of illegal content" % (prefix, ref)


R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)
cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ dropcrate (R1, 14 items)
CSV_ATT = """file_url,report_ref,action,action_time_utc
https://dropcrate.io/f/Qm7xK2,KCSC-240902-01,deleted,2024-09-03 02:11
https://dropcrate.io/f/Vt9pL4,KCSC-240902-01,deleted,2024-09-03 02:11
https://dropcrate.io/f/Hn3rW8,KCSC-240902-01,deleted,2024-09-03 02:12
https://dropcrate.io/f/Zc5yB1,KCSC-240902-01,not found (expired 2024-08-28),
https://dropcrate.io/f/Ld2sE6,KCSC-240902-01,deleted,2024-09-03 02:14
https://dropcrate.io/f/Pk8uT3,KCSC-240902-01,kept - no violation found,2024-09-03 02:20
https://dropcrate.io/folder/mK3nA8,KCSC-240902-01,deleted (folder and contents),2024-09-03 02:25
https://dropcrate.io/folder/uD6wE2,KCSC-240902-01,not found,
"""
case(
    name="dc-csv-attachment-batch1",
    date="Tue, 03 Sep 2024 11:41:07 +0900",
    **{"from": "trust-safety@dropcrate.io"}, name_from="Dropcrate Trust & Safety",
    subject=subj(R1), reply_to_req=req_id(R1),
    raw_mime=multipart("mixed", "=_dc_batch1_7f3a", [
        part("text/plain; charset=utf-8", """Hello KCSC team,

Results for the first batch of links from your request KCSC-240902-01 are in
the attached sheet (one row per link). The remaining links from the request
are still with our review team and we will write again once they are done.

Kind regards,
Mina
Dropcrate Trust & Safety"""),
        part("text/csv; charset=utf-8; name=\"KCSC-240902-01_batch1.csv\"", b64(CSV_ATT), "base64",
             ['Content-Disposition: attachment; filename="KCSC-240902-01_batch1.csv"']),
    ]),
    outcome="applied", classification="confirmation",
    imitates="file host trust-and-safety reply with a per-link results spreadsheet (CSV attachment)",
    why="CSV rows state deleted / not found / kept (no violation) per link; unnamed remaining links stay pending",
    items={DC[0]: "removed", DC[1]: "removed", DC[2]: "removed", DC[3]: "not_found", DC[4]: "removed",
           DC[5]: "rejected", DC[10]: "removed", DC[11]: "not_found"},
)

case(
    name="dc-plain-bar-table",
    date="Wed, 04 Sep 2024 16:02:55 +0900",
    **{"from": "abuse@dropcrate.io"}, name_from="Dropcrate Abuse",
    subject=subj(R1), reply_to_req=req_id(R1),
    body="""Hi,

Second batch for KCSC-240902-01 below.

| # | Link                                           | Result              |
|---|------------------------------------------------|---------------------|
| 1 | https://dropcrate.io/f/Gw4aN7                  | Deleted             |
| 2 | https://dropcrate.io/f/Rx6mJ0                  | Deleted             |
| 3 | https://dropcrate.io/f/Bf1qC9                  | No such file        |
| 4 | https://dropcrate.io/f/Ty7hS5                  | Kept - no violation |
| 5 | https://dl.dropcrate.io/f/Ns2vX4/clip_0904.mp4 | Deleted             |

Row 4 is the official teaser uploaded by the distributor itself; it contains
none of the material described in your notice.

-- 
Dropcrate Abuse Desk""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with a Markdown-style plain-text table",
    why="each row names a link and its result; 'kept - no violation' with a reason is a refusal",
    items={DC[6]: "removed", DC[7]: "removed", DC[8]: "not_found", DC[9]: "rejected", DC[12]: "removed"},
)

case(
    name="dc-bulk-all-disabled",
    date="Thu, 05 Sep 2024 09:15:30 +0900",
    **{"from": "trust-safety@dropcrate.io"}, name_from="Dropcrate Trust & Safety",
    subject=subj(R1), reply_to_req=req_id(R1),
    body="""Hello,

All 14 links listed in your request KCSC-240902-01 have been disabled and the
uploading accounts have been terminated.

Regards,
Dropcrate Trust & Safety""",
    outcome="review", review="bulk",
    imitates="short trust-and-safety closing note covering a whole notice",
    why="one statement for the whole 14-item request without naming any link",
    items={u: "pending" for u in DC},
)

case(
    name="dc-queued-for-deletion",
    date="Tue, 03 Sep 2024 08:50:12 +0900",
    **{"from": "abuse@dropcrate.io"}, name_from="Dropcrate Abuse",
    subject=subj(R1), reply_to_req=req_id(R1),
    body="""Hi there,

thanks for the report. The files below have been flagged and are queued for
deletion; they will be removed within the next 24 hours:

- https://dropcrate.io/f/Hn3rW8
- https://dropcrate.io/f/Zc5yB1
- https://dropcrate.io/f/Ld2sE6

We will confirm once the job has run.

Dropcrate Abuse""",
    outcome="review", review="not_understood",
    imitates="abuse desk reply announcing a scheduled deletion job",
    why="a promise ('will be removed within 24 hours'), not a statement that the files are gone",
    items={DC[2]: "pending", DC[3]: "pending", DC[4]: "pending"},
)

case(
    name="dc-ticket-receipt",
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    **{"from": "noreply@dropcrate.io"}, name_from="Dropcrate Support",
    subject="[Ticket #DC-44812] " + subj(R1, ""),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thank you for contacting Dropcrate.

Your report has been received and a ticket has been opened:

  Ticket:   #DC-44812
  Queue:    Trust & Safety
  Priority: High

A member of our team will look at it. You can reply to this email to add
information to the ticket. Please keep the ticket number in the subject line.

Dropcrate Support""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk (Zendesk/Freshdesk-style) ticket-created receipt",
    why="pure receipt: ticket number, no statement about any link",
    items={},
)

case(
    name="dc-bare-url-status-below",
    date="Wed, 04 Sep 2024 21:33:09 +0900",
    **{"from": "jonas.becker@dropcrate.io"}, name_from="Jonas Becker",
    subject=subj(R1), reply_to_req=req_id(R1),
    body="""hi,

went through the list tonight:

https://dropcrate.io/f/Qm7xK2
-> removed, uploader account terminated

https://dropcrate.io/f/Hn3rW8
-> removed

https://dropcrate.io/f/Zc5yB1
-> not found, the file expired on 28 Aug before your mail came in

rest tomorrow.

jonas
dropcrate ops""",
    outcome="applied", classification="confirmation",
    imitates="informal abuse-desk note, each URL followed by an arrow line with its result",
    why="each bare URL line is followed by its own unhedged result",
    items={DC[0]: "removed", DC[2]: "removed", DC[3]: "not_found"},
)

case(
    name="dc-outlook-top-post-folders",
    date="Thu, 05 Sep 2024 14:20:18 +0900",
    **{"from": "mina.park@dropcrate.io"}, name_from="Mina Park",
    subject="RE: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=req_id(R1),
    body="""Hello,

The folder https://dropcrate.io/folder/mK3nA8 has been removed together with all files inside it.
https://dropcrate.io/folder/uD6wE2 had already been deleted by its owner before your report reached us, so there was nothing left for us to act on.

Best regards,
Mina Park
Trust & Safety | Dropcrate

""" + quoted_request_outlook(R1, "Monday, September 2, 2024 10:00 AM", DC),
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply above the full original request",
    why="top text states removed for one folder and deleted by its owner (not_found) for the other; the quoted request below says nothing",
    items={DC[10]: "removed", DC[11]: "not_found"},
)

HTML_DC = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC,</p>
<p>Please see below the outcome for the remaining items of request KCSC-240902-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th><th>Date (UTC)</th></tr>
<tr><td>https://dl.dropcrate.io/f/Ns2vX4/clip_0904.mp4</td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td>https://dl.dropcrate.io/f/Ej5kY7/2024_09_summer_collection_full_pack_part01_of_03.zip</td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td>https://dropcrate.io/f/Ld2sE6</td><td>Not found</td><td>-</td></tr>
<tr><td>https://dropcrate.io/f/Pk8uT3</td><td>Access restricted in South Korea</td><td>2024-09-05</td></tr>
</table>
<p>For questions about these decisions please see our <a href="https://dropcrate.io/legal/transparency">transparency page</a>.</p>
<p>Dropcrate Trust &amp; Safety</p>
</body></html>"""
case(
    name="dc-base64-html-table",
    date="Fri, 06 Sep 2024 10:05:44 +0900",
    **{"from": "trust-safety@dropcrate.io"}, name_from="Dropcrate Trust & Safety",
    subject=subj(R1), reply_to_req=req_id(R1),
    raw_mime=multipart("alternative", "=_dc_html_b64_19c2", [
        part("text/html; charset=utf-8", b64(HTML_DC), "base64"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="templated HTML outcome table sent base64-encoded by a ticket system",
    why="table rows: removed, removed, not found, restricted in Korea; the transparency link is not an item",
    items={DC[12]: "removed", DC[13]: "removed", DC[4]: "not_found", DC[5]: "restricted"},
)

case(
    name="dc-forged-auth-fail",
    date="Fri, 06 Sep 2024 02:11:03 +0900",
    **{"from": "abuse@dropcrate.io"}, name_from="Dropcrate Abuse", auth="fail",
    subject=subj(R1), reply_to_req=req_id(R1),
    body="""Hello,

We have removed the following files:
https://dropcrate.io/f/Gw4aN7
https://dropcrate.io/f/Rx6mJ0
https://dropcrate.io/f/Bf1qC9

Dropcrate Abuse""",
    outcome="review", review="untrusted",
    imitates="abuse-desk confirmation whose DKIM/SPF/DMARC checks fail",
    why="From dropcrate.io but dmarc=fail: statements cannot be applied",
    items={DC[6]: "pending", DC[7]: "pending", DC[8]: "pending"},
)

case(
    name="dc-rejected-trailer",
    date="Sat, 07 Sep 2024 13:48:26 +0900",
    **{"from": "mina.park@dropcrate.io"}, name_from="Mina Park",
    subject=subj(R1), reply_to_req=req_id(R1),
    body="""Hello again,

Two more from KCSC-240902-01:

We removed https://dropcrate.io/f/Vt9pL4 for breaching our rules on intimate imagery.

We reviewed https://dropcrate.io/f/Ty7hS5 carefully. It is the official trailer of a
film released in cinemas, uploaded by the distributor, and it contains no one from
your complaint. It does not break our terms or Korean law, so we are keeping it online.
If you have information we are missing, reply to this email.

Mina Park
Dropcrate Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety decision mail with a refusal and its reason",
    why="Vt9pL4 removed; Ty7hS5 kept online because it breaks no rule (rejected); the offer to hear more is not a condition",
    items={DC[1]: "removed", DC[9]: "rejected"},
)

case(
    name="dc-out-of-office",
    date="Mon, 02 Sep 2024 10:01:15 +0900",
    **{"from": "jonas.becker@dropcrate.io"}, name_from="Jonas Becker",
    subject="Automatic reply: " + subj(R1, ""),
    reply_to_req=req_id(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 9 September with no access to email.

For urgent abuse reports please write to abuse@dropcrate.io, which is
monitored around the clock.

Jonas""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="dc-gmail-quoted-mixed",
    date="Tue, 03 Sep 2024 18:27:40 +0900",
    **{"from": "jonas.becker@dropcrate.io"}, name_from="Jonas Becker",
    subject=subj(R1), reply_to_req=req_id(R1),
    body="""Took down https://dropcrate.io/f/Qm7xK2 and https://dropcrate.io/f/Vt9pL4 this morning.

https://dropcrate.io/f/Bf1qC9 is an invalid link on our side - no upload ever existed under that id, maybe a typo?

The others I haven't got to yet.

Jonas

""" + quoted_request_gmail(R1, "Mon, Sep 2, 2024 at 10:00 AM", DC),
    outcome="applied", classification="confirmation",
    imitates="Gmail reply written above the '>'-quoted original request",
    why="two removed, one invalid link (not_found) in the new text; the quoted list says nothing",
    items={DC[0]: "removed", DC[1]: "removed", DC[8]: "not_found"},
)

case(
    name="dc-angle-wrapped-urls",
    date="Sat, 07 Sep 2024 09:12:00 +0900",
    **{"from": "abuse@dropcrate.io"}, name_from="Dropcrate Abuse",
    subject=subj(R1), reply_to_req=req_id(R1),
    body="""Hello,

The two downloads below were deleted today and the uploader's account was
closed:

  <https://dl.dropcrate.io/f/Ns2vX4/clip_0904.mp4>
  <https://dl.dropcrate.io/f/Ej5kY7/
  2024_09_summer_collection_full_pack_part01_of_03.zip>

Parts 2 and 3 of that archive were never reported to us, but we removed
them as well.

Dropcrate Abuse Desk""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply with URLs in angle brackets, the long one wrapped (RFC 3986 appendix C style)",
    why="both requested downloads deleted; parts 2 and 3 are not requested items",
    items={DC[12]: "removed", DC[13]: "removed"},
)

case(
    name="dc-statement-then-url-below",
    date="Sun, 08 Sep 2024 15:44:21 +0900",
    **{"from": "trust-safety@dropcrate.io"}, name_from="Dropcrate Trust & Safety",
    subject=subj(R1), reply_to_req=req_id(R1),
    body="""Hello,

The following file was deleted for violating our Terms of Service:
https://dropcrate.io/f/Gw4aN7

We could not locate this one anywhere on our storage:
https://dropcrate.io/f/Rx6mJ0

Thank you,
Dropcrate Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety reply with each statement on the line above its URL",
    why="statement lines ending in ':' each govern the URL on the next line",
    items={DC[6]: "removed", DC[7]: "not_found"},
)

# ================================================================ nimbus (R2, 4 items)
case(
    name="nb-abuse-oneliner",
    date="Tue, 03 Sep 2024 17:05:33 +0900",
    **{"from": "abuse@nimbusvault.net"}, name_from="Nimbus Vault Abuse",
    subject=subj(R2), reply_to_req=req_id(R2),
    body="""both gone - customer deleted https://leakvault-kr.xyz/v/20914 and https://leakvault-kr.xyz/v/20977, we checked from our side, 404 now.

-- 
Nimbus Vault Hosting / abuse desk""",
    outcome="applied", classification="confirmation",
    imitates="one-line abuse-desk reply from a small web host",
    why="host states both videos were deleted and verified 404",
    items={NB[0]: "removed", NB[1]: "removed"},
)

case(
    name="nb-vps-suspended-ip",
    date="Wed, 04 Sep 2024 10:22:47 +0900",
    **{"from": "abuse@nimbusvault.net"}, name_from="Nimbus Vault Abuse",
    subject="[NV-88123] " + subj(R2), reply_to_req=req_id(R2),
    body="""Dear KCSC,

We have suspended the VPS at 203.0.113.45 and terminated the customer's
contract for breach of our Acceptable Use Policy. The page
http://203.0.113.45/gallery/set_118/ is therefore no longer reachable.

Our AUP is published at https://nimbusvault.net/legal/aup for reference.

Nimbus Vault Hosting - Abuse Department""",
    outcome="applied", classification="confirmation",
    imitates="host abuse department notice of server suspension for AUP breach",
    why="the server hosting the gallery is suspended, page unreachable: removed; the AUP link is not an item",
    items={NB[2]: "removed"},
)

case(
    name="nb-forwarded-to-customer",
    date="Tue, 03 Sep 2024 13:30:02 +0900",
    **{"from": "abuse@nimbusvault.net"}, name_from="Nimbus Vault Abuse",
    subject="[NV-88123] " + subj(R2), reply_to_req=req_id(R2),
    body="""Hello,

Your complaint about

  https://leakvault-kr.xyz/v/20914
  https://secretcam-archive.net/room/3381?lang=ko

has been forwarded to the customer responsible for the server. They have
48 hours to respond. If the content is still online after that, we will
suspend the service.

Nimbus Vault Hosting - Abuse Department""",
    outcome="review", review="not_understood",
    imitates="hosting provider's 'forwarded to customer, 48 hours to comply' notice",
    why="forwarding plus a conditional promise to suspend: no status for either URL",
    items={NB[0]: "pending", NB[3]: "pending"},
)

case(
    name="nb-customer-geoblock",
    date="Thu, 05 Sep 2024 19:11:38 +0900",
    **{"from": "d.okafor@nimbusvault.net"}, name_from="Daniel Okafor",
    subject=subj(R2), reply_to_req=req_id(R2),
    body="""Hi,

Update on your ticket: our customer has blocked all visitors from South Korea on
https://secretcam-archive.net/room/3381?lang=ko . We checked from a Korean vantage
point and the page now answers HTTP 403 there. It is still reachable from other
countries.

Daniel Okafor
Abuse handling, Nimbus Vault Hosting""",
    outcome="applied", classification="confirmation",
    imitates="host abuse handler reporting a customer-side geo-block",
    why="blocked for Korea only, still reachable elsewhere: restricted",
    items={NB[3]: "restricted"},
)

case(
    name="nb-out-of-office",
    date="Tue, 03 Sep 2024 11:00:39 +0900",
    **{"from": "d.okafor@nimbusvault.net"}, name_from="Daniel Okafor",
    subject="Out of Office: " + subj(R2, ""),
    reply_to_req=req_id(R2),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""Thank you for your message. I am attending a conference until Thursday
5 September and will answer when I am back. Abuse reports are handled by
the team at abuse@nimbusvault.net in the meantime.

Daniel""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply from a host's abuse handler",
    why="auto-reply",
    items={},
)

case(
    name="nb-receipt-plus-action",
    date="Tue, 03 Sep 2024 12:14:55 +0900",
    **{"from": "abuse@nimbusvault.net"}, name_from="Nimbus Vault Abuse",
    subject="[NV-88123] " + subj(R2), reply_to_req=req_id(R2),
    body="""Hello,

We've received your report and opened ticket NV-88123.

https://leakvault-kr.xyz/v/20977 has already been disabled by our team.
The other addresses in your report are being checked with the customer.

Nimbus Vault Hosting - Abuse Department""",
    outcome="applied", classification="confirmation",
    imitates="host ticket receipt that already reports one action",
    why="receipt wording plus an unhedged 'has already been disabled' for one named URL",
    items={NB[1]: "removed"},
)

# ================================================================ edgeguard (R3, 3 items)
case(
    name="eg-not-host-forwarded",
    date="Wed, 04 Sep 2024 14:06:12 +0900",
    **{"from": "abuse-reply@edgeguard-cdn.com"}, name_from="EdgeGuard Trust & Safety",
    subject="EdgeGuard abuse report received: hotclip-kr.top [" + R3 + "]",
    body="""EdgeGuard received your abuse report.

EdgeGuard provides reverse-proxy, security and CDN services. We are not the
hosting provider for the website below and cannot remove content that we
do not host.

Reported URLs:
  https://hotclip-kr.top/watch?id=77120
  https://hotclip-kr.top/watch?id=77158

We have forwarded your report to the hosting provider of the site
(Sparrow Servers Ltd, abuse@sparrowservers.example, origin IP 198.51.100.77)
and to the website owner. Please contact the hosting provider directly for
follow-up.

EdgeGuard Trust & Safety
https://edgeguard-cdn.com/abuse""",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style 'we are a pass-through, report forwarded to the host' reply",
    why="names the URLs but states no action: forwarding is not a status and not a refusal on the merits",
    items={EG[0]: "pending", EG[1]: "pending"},
)

case(
    name="eg-blocked-in-korea-numbered",
    date="Fri, 06 Sep 2024 11:52:09 +0900",
    **{"from": "trust-safety@edgeguard-cdn.com"}, name_from="EdgeGuard Trust & Safety",
    subject=subj(R3), reply_to_req=req_id(R3),
    body="""Hello,

After review, EdgeGuard has restricted access to the following URLs for visitors
located in the Republic of Korea, in line with local law:

 1. https://hotclip-kr.top/watch?id=77120
 2. https://hotclip-kr.top/watch?id=77158

Visitors from Korea now see a block page (HTTP 451). Access from other regions is
not affected.

EdgeGuard Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="CDN geo-block notice (HTTP 451 block page for one country)",
    why="access restricted for Korea only: restricted for both numbered URLs",
    items={EG[0]: "restricted", EG[1]: "restricted"},
)

case(
    name="eg-mirror-disabled-globally",
    date="Mon, 09 Sep 2024 16:30:44 +0900",
    **{"from": "trust-safety@edgeguard-cdn.com"}, name_from="EdgeGuard Trust & Safety",
    subject=subj(R3), reply_to_req=req_id(R3),
    body="""Hello,

We have terminated service for the hostname mirror.hotclip-kr.top. The file
https://mirror.hotclip-kr.top/dl/77120.mp4 now returns HTTP 451 from all of
our locations worldwide.

For the two watch pages on hotclip-kr.top our earlier message still applies.

EdgeGuard Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="CDN notice of service termination for a hostname",
    why="blocked at every location worldwide: removed; the watch pages are not named and not restated",
    items={EG[2]: "removed"},
)

case(
    name="eg-statement-on-other-platform-item",
    date="Mon, 09 Sep 2024 17:02:10 +0900",
    **{"from": "trust-safety@edgeguard-cdn.com"}, name_from="EdgeGuard Trust & Safety",
    subject="Action taken on reported URL",
    body="""Hello,

While handling your reports we noticed that https://leakvault-kr.xyz/v/20914 is
also proxied through our network. We have blocked it at our edge worldwide.

EdgeGuard Trust & Safety""",
    outcome="review", review="wrong_platform",
    imitates="CDN trust-and-safety note about a URL from another request",
    why="the URL belongs to the Nimbus Vault request (KCSC-240903-02); EdgeGuard is not its platform",
    items={NB[0]: "pending"},
)

case(
    name="eg-dsn-user-unknown",
    date="Wed, 04 Sep 2024 14:00:52 +0900",
    **{"from": "MAILER-DAEMON@mx2.edgeguard-cdn.com"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "=_dsn_eg_0904", [
        part("text/plain; charset=us-ascii", """This is the mail system at host mx2.edgeguard-cdn.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@edgeguard-cdn.com>: host mx2.edgeguard-cdn.com said:
    550 5.1.1 <legal-kr@edgeguard-cdn.com>: Recipient address rejected:
    User unknown in virtual mailbox table""", "7bit"),
        part("message/delivery-status", """Reporting-MTA: dns; mx2.edgeguard-cdn.com
Arrival-Date: Wed,  4 Sep 2024 14:00:50 +0900 (KST)

Final-Recipient: rfc822; legal-kr@edgeguard-cdn.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown""", "7bit"),
        part("text/rfc822-headers", """From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@edgeguard-cdn.com
Subject: [KCSC-240904-03] Request for removal of illegal content
Message-ID: <req-240904-03@kcsc.example>
Date: Wed, 04 Sep 2024 14:00:00 +0900""", "7bit"),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown)",
    why="bounce of our own request",
    items={},
)

# ================================================================ namewell (R4, 2 items)
case(
    name="nw-clienthold-bare-domains",
    date="Fri, 06 Sep 2024 08:40:19 +0900",
    **{"from": "abuse@namewell.io"}, name_from="NameWell Registrar Abuse",
    subject="[NW-ABUSE-55120] " + subj(R4), reply_to_req=req_id(R4),
    body="""Dear Reporter,

Following our investigation, we have suspended the domain names below. They
have been placed on clientHold and no longer resolve:

  * mollae-cam.shop
  * mollae-cam2.shop

The registrant has been notified. Case NW-ABUSE-55120 is now closed.

NameWell Registrar - Abuse Team""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse-team notice of clientHold suspension, domains written bare",
    why="both requested domains suspended and no longer resolving: removed (domains written without scheme)",
    items={NW[0]: "removed", NW[1]: "removed"},
)

case(
    name="nw-asks-for-court-order",
    date="Thu, 05 Sep 2024 15:25:51 +0900",
    **{"from": "abuse@namewell.io"}, name_from="NameWell Registrar Abuse",
    subject="[NW-ABUSE-55120] " + subj(R4), reply_to_req=req_id(R4),
    body="""Dear Reporter,

Thank you for your report concerning http://mollae-cam.shop/.

As a registrar we act on website content only in limited cases. Before we can
take any step, please send us:

  1. the legal provision under which the content is unlawful in Korea;
  2. a copy of the decision of the Commission, or a court order if one exists;
  3. screenshots showing the content with the date of capture.

Please reply to this email keeping the case number in the subject.

NameWell Registrar - Abuse Team""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for legal basis and evidence before acting",
    why="asks for documents; no status",
    items={NW[0]: "pending"},
)

case(
    name="nw-declines-content-issue",
    date="Mon, 09 Sep 2024 10:10:27 +0900",
    **{"from": "compliance@namewell.io"}, name_from="NameWell Compliance",
    subject="[NW-ABUSE-55121] " + subj(R4), reply_to_req=req_id(R4),
    body="""Dear Reporter,

We have reviewed your complaint about http://mollae-cam2.shop/.

NameWell is the registrar of this domain only. We found no DNS abuse (phishing,
malware, botnet, pharming or spam) and no breach of our registration agreement,
so the domain remains active. Content questions should be addressed to the
hosting provider of the site.

NameWell Compliance""",
    outcome="applied", classification="confirmation",
    imitates="registrar declining to act on a content complaint (no DNS abuse found)",
    why="a refusal with its reason: no breach of the registrar's rules, domain stays active",
    items={NW[1]: "rejected"},
)

case(
    name="nw-abuse-receipt",
    date="Thu, 05 Sep 2024 10:31:02 +0900",
    **{"from": "no-reply@namewell.io"}, name_from="NameWell Registrar",
    subject="Abuse report received - case NW-ABUSE-55120",
    reply_to_req=req_id(R4),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""We have received your abuse report.

Case number: NW-ABUSE-55120

Our abuse team reviews reports in the order received. For confidentiality
reasons we may not be able to tell you about every step we take.

NameWell Registrar""",
    outcome="ignored", classification="acknowledgement",
    imitates="registrar automatic abuse-report receipt",
    why="automatic receipt with a case number only",
    items={},
)

# ================================================================ dalbit (R5, 5 items, Korean forum)
case(
    name="db-admin-korean-particles",
    date="Fri, 06 Sep 2024 15:02:33 +0900",
    **{"from": "admin@dalbit-community.co.kr"}, name_from="달빛커뮤니티 운영자",
    subject=subj(R5), reply_to_req=req_id(R5),
    body="""안녕하세요, 달빛커뮤니티 운영자입니다.

요청하신 게시물 중 https://dalbit-community.co.kr/board/free/184220 은 운영자 삭제 처리하였고,
https://dalbit-community.co.kr/board/free/184263는 블라인드 처리하였습니다.

나머지 게시물은 확인 후 다시 회신드리겠습니다.

달빛커뮤니티 운영팀 드림""",
    outcome="applied", classification="confirmation",
    imitates="Korean community admin's informal reply (운영자 삭제 / 블라인드 처리)",
    why="운영자 삭제 and 블라인드 both mean removed; particles follow the URLs; the rest is a promise for unnamed items",
    items={DB[0]: "removed", DB[1]: "removed"},
)

case(
    name="db-temporary-measure-raw-path",
    date="Sat, 07 Sep 2024 10:44:05 +0900",
    **{"from": "admin@dalbit-community.co.kr"}, name_from="달빛커뮤니티 운영자",
    subject=subj(R5), reply_to_req=req_id(R5),
    body="""안녕하세요. 달빛커뮤니티입니다.

신고하신 게시물(""" + DB_RAW_GALLERY + """)에 대하여 정보통신망법 제44조의2에
따라 30일간 임시조치(접근 차단)하였습니다. 게시자가 이의를 제기하지 않으면
기간 만료 후 삭제됩니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Korean 임시조치 notice under the Network Act, art. 44-2",
    why="임시조치(접근 차단) is restricted; the later deletion is conditional; raw Korean path matches the percent-encoded request URL",
    items={DB[3]: "restricted"},
)

QP_DB = """안녕하세요, 달빛커뮤니티 운영팀입니다.

1) https://dalbit-community.co.kr/board/humor/90211
   → 게시중단 처리 완료 (2024-09-07 14:20)

2) https://dalbit-community.co.kr/board/free/184301?comment=77012
   → 해당 댓글은 작성자가 이미 삭제하여 존재하지 않습니다.

문의 사항은 회신 주시기 바랍니다.
"""
case(
    name="db-qp-numbered-results",
    date="Sat, 07 Sep 2024 14:31:50 +0900",
    **{"from": "help@dalbit-community.co.kr"}, name_from="달빛커뮤니티 고객센터",
    subject=subj(R5), reply_to_req=req_id(R5),
    raw_mime=part("text/plain; charset=utf-8", qp(QP_DB), "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="Korean help-desk reply in quoted-printable with numbered results under each URL",
    why="게시중단 = removed; comment already deleted by its author = not_found",
    items={DB[2]: "removed", DB[4]: "not_found"},
)

case(
    name="db-under-review",
    date="Fri, 06 Sep 2024 11:20:14 +0900",
    **{"from": "help@dalbit-community.co.kr"}, name_from="달빛커뮤니티 고객센터",
    subject=subj(R5), reply_to_req=req_id(R5),
    body="""안녕하세요, 달빛커뮤니티 고객센터입니다.

신고하신 아래 게시물 3건은 현재 내부 검토 중이며, 검토가 끝나는 대로
처리 결과를 안내드리겠습니다.

- https://dalbit-community.co.kr/board/free/184220
- https://dalbit-community.co.kr/board/free/184263
- https://dalbit-community.co.kr/board/humor/90211

양해 부탁드립니다.""",
    outcome="review", review="not_understood",
    imitates="Korean customer-centre 'under internal review' reply",
    why="검토 중 (under review) with a promise of results: no status",
    items={DB[0]: "pending", DB[1]: "pending", DB[2]: "pending"},
)

HTML_DB = """<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>요청하신 시정요구(KCSC-240906-05)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>https://dalbit-community.co.kr/board/free/184220</td><td>삭제</td><td>2024-09-09</td></tr>
<tr><td>2</td><td>https://dalbit-community.co.kr/board/free/184263</td><td>삭제</td><td>2024-09-09</td></tr>
<tr><td>3</td><td>https://dalbit-community.co.kr/board/humor/90211</td><td>게시중단</td><td>2024-09-09</td></tr>
<tr><td>4</td><td>""" + DB_RAW_GALLERY + """</td><td>접근제한(국내)</td><td>2024-09-09</td></tr>
<tr><td>5</td><td>https://dalbit-community.co.kr/board/free/184301?comment=77012</td><td>해당 게시물 없음(작성자 삭제)</td><td>-</td></tr>
</table>
<p>달빛커뮤니티 운영팀</p>
</body></html>"""
case(
    name="db-sijeong-result-html-table",
    date="Mon, 09 Sep 2024 17:55:29 +0900",
    **{"from": "admin@dalbit-community.co.kr"}, name_from="달빛커뮤니티 운영팀",
    subject="[KCSC-240906-05] 시정요구 조치결과 회신",
    reply_to_req=req_id(R5),
    raw_mime=multipart("alternative", "=_db_sijeong_5a1e", [
        part("text/html; charset=utf-8", b64(HTML_DB), "base64"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply as an HTML table",
    why="삭제, 삭제, 게시중단 = removed; 접근제한(국내) = restricted; 게시물 없음(작성자 삭제) = not_found",
    items={DB[0]: "removed", DB[1]: "removed", DB[2]: "removed", DB[3]: "restricted", DB[4]: "not_found"},
)

case(
    name="db-admin-from-gmail",
    date="Sun, 08 Sep 2024 22:13:41 +0900",
    **{"from": "dalbit.admin.kim@gmail.com"}, name_from="김운영",
    subject=subj(R5), reply_to_req=req_id(R5),
    body="""달빛커뮤니티 운영자입니다. 회사 메일 서버가 점검 중이라 개인 메일로 답장드립니다.

https://dalbit-community.co.kr/board/free/184220
https://dalbit-community.co.kr/board/free/184263

위 두 게시물은 삭제했습니다.""",
    outcome="review", review="unknown_sender",
    imitates="forum admin answering from a personal webmail address",
    why="gmail.com is no platform's sender domain, whatever the writer says",
    items={DB[0]: "pending", DB[1]: "pending"},
)

# ================================================================ pixchan (R6, 3 items)
case(
    name="px-janitor-oneliner",
    date="Mon, 09 Sep 2024 12:07:18 +0900",
    **{"from": "mods@pixchan.org"}, name_from="pixchan mods",
    subject=subj(R6), reply_to_req=req_id(R6),
    body="""nuked the thread https://pixchan.org/kr/res/55102.html and purged the file https://i.pixchan.org/kr/src/1725861234567.jpg from storage and cache. poster banned.

- kr board mod team""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator's one-line reply",
    why="'nuked' the thread and 'purged' the file: both removed",
    items={PX[0]: "removed", PX[2]: "removed"},
)

case(
    name="px-thread-pruned-404",
    date="Mon, 09 Sep 2024 20:40:03 +0900",
    **{"from": "mods@pixchan.org"}, name_from="pixchan mods",
    subject=subj(R6), reply_to_req=req_id(R6),
    body="""hi,

https://pixchan.org/kr/res/55102.html was already gone before your mail came in.
the board keeps 150 threads and that one fell off the last page and got pruned
on the 8th, so it 404s and there is nothing on our side any more.

mods""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator explaining an automatically pruned thread",
    why="thread no longer exists (pruned, 404): not_found",
    items={PX[0]: "not_found"},
)

case(
    name="px-read-receipt",
    date="Mon, 09 Sep 2024 10:32:11 +0900",
    **{"from": "mods@pixchan.org"}, name_from="pixchan mods",
    subject="Read: " + subj(R6, ""),
    raw_mime=multipart("report", "=_mdn_px_0909", [
        part("text/plain; charset=utf-8", """This is a receipt for the mail you sent to mods@pixchan.org at 9/9/2024 10:00 AM.

This receipt verifies that the message has been displayed on the recipient's computer.""", "7bit"),
        part("message/disposition-notification", """Reporting-UA: pixchan.org; Thunderbird 115.14.0
Final-Recipient: rfc822;mods@pixchan.org
Original-Message-ID: <req-240909-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed""", "7bit"),
    ], params="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird message disposition notification (read receipt)",
    why="MDN",
    items={},
)

case(
    name="px-hedged-probably-deleted",
    date="Tue, 10 Sep 2024 01:15:27 +0900",
    **{"from": "mods@pixchan.org"}, name_from="pixchan mods",
    subject=subj(R6), reply_to_req=req_id(R6),
    body="""hey,

https://pixchan.org/kr/res/55187.html looks like it was deleted already, probably
by one of the volunteer janitors, but the log is a mess tonight. I'll confirm
tomorrow once the admin is around.

mods""",
    outcome="review", review="not_understood",
    imitates="late-night moderator note with an unconfirmed deletion",
    why="'looks like', 'probably', 'I'll confirm tomorrow': a hedge, not a statement",
    items={PX[1]: "pending"},
)

case(
    name="px-lookalike-domain",
    date="Tue, 10 Sep 2024 09:02:44 +0900",
    **{"from": "support@pixchan-help.org"}, name_from="pixchan support",
    subject=subj(R6), reply_to_req=req_id(R6),
    body="""Hello,

Both threads were deleted:
https://pixchan.org/kr/res/55102.html
https://pixchan.org/kr/res/55187.html

pixchan support""",
    outcome="review", review="unknown_sender",
    imitates="reply from a look-alike support domain",
    why="pixchan-help.org is not pixchan's sender domain",
    items={PX[0]: "pending", PX[1]: "pending"},
)

case(
    name="px-kept-news-thread",
    date="Wed, 11 Sep 2024 18:26:35 +0900",
    **{"from": "admin@pixchan.org"}, name_from="pixchan admin",
    subject=subj(R6), reply_to_req=req_id(R6),
    body="""Hello,

We are leaving https://pixchan.org/kr/res/55187.html up. It is a discussion
thread about a news article; the only image in it is the press photo from
that article, and nothing in the thread breaks our rules or Korean law.

admin""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin refusing with a reason",
    why="kept up because it breaks no rule: rejected",
    items={PX[1]: "rejected"},
)

# ================================================================ pastehaven (R7, 1 item)
case(
    name="ph-one-item-sole-statement",
    date="Tue, 10 Sep 2024 16:48:12 +0900",
    **{"from": "abuse@pastehaven.net"}, name_from="PasteHaven",
    subject=subj(R7), reply_to_req=req_id(R7),
    body="""Paste deleted, the account that created it is banned. Thanks for the heads-up.

-- PasteHaven""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small paste service, answering a one-item request",
    why="In-Reply-To our one-item request; 'paste deleted' applies to its only item",
    items={PH[0]: "removed"},
)

case(
    name="ph-dsn-mailbox-full",
    date="Tue, 10 Sep 2024 16:00:31 +0900",
    **{"from": "MAILER-DAEMON@mx1.pastehaven.net"}, name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    raw_mime=multipart("report", "=_dsn_ph_0910", [
        part("text/plain; charset=us-ascii", """Your message to abuse@pastehaven.net could not be delivered.

The recipient's mailbox is full and cannot accept messages now.
Please try again later.""", "7bit"),
        part("message/delivery-status", """Reporting-MTA: dns; mx1.pastehaven.net

Final-Recipient: rfc822; abuse@pastehaven.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""", "7bit"),
        part("message/rfc822", """From: KCSC Takedown <takedown@kcsc.example>
To: abuse@pastehaven.net
Subject: [KCSC-240910-07] Request for removal of illegal content
Message-ID: <req-240910-07@kcsc.example>
Date: Tue, 10 Sep 2024 16:00:00 +0900
Content-Type: text/plain; charset=utf-8

Please remove the following item:

  https://pastehaven.net/raw/x8KqPz

KCSC Takedown Team""", "7bit"),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="DSN (mailbox full) carrying our original request",
    why="bounce; the URL is only in the returned original",
    items={},
)

case(
    name="ph-contact-change-notice",
    date="Thu, 12 Sep 2024 09:00:00 +0900",
    **{"from": "abuse@pastehaven.net"}, name_from="PasteHaven",
    subject="Our abuse contact is changing",
    body="""Hello,

You are receiving this because you have sent reports to PasteHaven in the
past. From 1 October 2024 please send all abuse and legal reports to
reports@pastehaven.net; the old address will stop being read after that date.

Our reporting guidelines are at https://pastehaven.net/help/reporting.

-- PasteHaven""",
    outcome="review", review="no_claims",
    imitates="small service's notice of a new abuse address",
    why="trusted platform mail naming no item and no request",
    items={},
)


HEADER = """# Blind set 577 (hosts, CDN, registrar, forum, image board, file host, paste
# site). Written by tests/corpus/blind577/make.py before any run of the
# reader; see NOTES.md."""

def encode_headers(cs):
    """Non-ASCII display names and subjects go out RFC 2047-encoded, as real
    mailers send them."""
    for c in cs:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    encode_headers(cases)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
