#!/usr/bin/env python3
"""Blind set 601: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a one-person paste service answering the
regulator, often informally; CSV attachments and plain-text tables.

Written from each email's meaning before the reader was ever run on it.

    python3 tests/corpus/blind601/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
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

KO_PATH = "갤러리/유머/8812"
D4_RAW = "https://www.duribbs.co.kr/" + KO_PATH
D4 = "https://www.duribbs.co.kr/" + quote(KO_PATH, safe="/")

F = {
    1: "https://filecrate.cc/f/Qm7xT2pa",
    2: "https://filecrate.cc/f/Lz90kWe3",
    3: "https://filecrate.cc/f/Hn4cRt8v",
    4: "https://filecrate.cc/f/Ua2sPq61",
    5: "https://filecrate.cc/f/Ye5mBn07",
    6: "https://filecrate.cc/f/Kd3jGx92",
    7: "https://filecrate.cc/f/Wp8tVa14",
    8: "https://filecrate.cc/f/Rc6yNh50",
    9: "https://filecrate.cc/folder/Bx71Zq",
    10: "https://filecrate.cc/folder/Tm22Lk",
    11: "https://dl.filecrate.cc/d/Ov9eJs33/clip_part1.zip",
    12: "https://dl.filecrate.cc/d/Ov9eJs33/clip_part2.zip",
    13: "https://filecrate.cc/f/Gi4wDu86",
    14: "https://filecrate.cc/f/Sn0aFe25",
}
H1 = "https://bada-slot7979.com/"
H2 = "https://bada-slot7979.com/event/join.php?code=KR24"
H3 = "http://pill-direct-kr.net/shop/item/3381"
H4 = "https://webdisk.harborhost.io/~mirae22/gallery/"
B1 = "https://toto-royal88.com/"
B2 = "https://cdn-img.toto-royal88.com/banner/0905.png"
B3 = "https://live-hot-cam.net/room/5521"
N1 = "http://gold-spin-kr.com/"
N2 = "http://fakebank-login-kr.com/auth/"
D1 = "https://www.duribbs.co.kr/board/free/102938"
D2 = "https://www.duribbs.co.kr/board/free/102977"
D3 = "https://www.duribbs.co.kr/board/market/5512"
D5 = "https://www.duribbs.co.kr/board/photo/77120"
P1 = "https://pixchan.org/kr/thread/448120"
P2 = "https://pixchan.org/kr/thread/448377"
P3 = "https://img.pixchan.org/kr/src/1725870112345.jpg"
T1 = "https://tinypaste.dev/p/r8Kq2ZxA"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, [(url, note)]
    ("KCSC-240902-01", "filecrate", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "obscenity", [(F[i], n) for i, n in [
         (1, ""), (2, ""), (3, 'archive named "summer_cam", 3 parts inside'), (4, ""),
         (5, "gambling promo video, Korean subtitles"), (6, ""), (7, ""), (8, ""),
         (9, "folder, 23 files"), (10, "folder"), (11, "split archive, part 1 of 2"),
         (12, "split archive, part 2 of 2"), (13, ""), (14, "")]]),
    ("KCSC-240903-02", "harborhost", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling", [(H1, "site front page"), (H2, 'sign-up page, "code=KR24" bonus'),
                  (H3, "drug sales listing"), (H4, "shared-hosting user directory")]),
    ("KCSC-240905-03", "boltedge", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "gambling", [(B1, "behind BoltEdge CDN"), (B2, "banner image"), (B3, "live cam room, adult")]),
    ("KCSC-240906-04", "namewell", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00",
     "fraud", [(N1, "domain registered at NameWell"), (N2, "phishing page, imitates a bank")]),
    ("KCSC-240909-05", "duribbs", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "defamation", [(D1, ""), (D2, ""), (D3, "중고거래 게시판, 불법 의약품"), (D4, "유머 갤러리"),
                    (D5, "")]),
    ("KCSC-240910-06", "pixchan", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "obscenity", [(P1, ""), (P2, ""), (P3, "image file, posted in thread 448120")]),
    ("KCSC-240911-07", "tinypaste", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "personal information", [(T1, "leaked phone numbers, names")]),
]
PLATFORM_NAME = {"filecrate": "FileCrate", "harborhost": "Harbor Hosting",
                 "boltedge": "BoltEdge", "namewell": "NameWell", "duribbs": "두리게시판",
                 "pixchan": "pixchan", "tinypaste": "tinypaste"}
SUBJECT = {r[0]: f"[{r[0]}] Request for removal of illegal content ({len(r[5])} URL{'s' if len(r[5]) > 1 else ''})"
           for r in REQUESTS}


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, items in REQUESTS:
            for url, note in items:
                w.writerow([ref, plat, sent, due, url, cat, msgid(ref) + "@kcsc.example", note])


def request_lines(ref, raw_korean=False):
    """Our own request email's body, as a platform would quote it."""
    r = next(r for r in REQUESTS if r[0] == ref)
    out = [f"Dear {PLATFORM_NAME[r[1]]} team,", "",
           "The Korea Communications Standards Commission (KCSC) has found that the",
           f"content at the addresses below is illegal under Korean law ({r[4]}).",
           "Please remove it or block access to it, and tell us what you did for",
           f"each address by {r[3][:10]}.", "", f"Reference: {ref}", ""]
    for i, (url, _) in enumerate(r[5], 1):
        out.append(f"{i}. {D4_RAW if (raw_korean and url == D4) else url}")
    out += ["", "KCSC Takedown Desk", "takedown@kcsc.example"]
    return out


def quoted(ref, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_lines(ref))


def outlook_original(ref, to, sent):
    return "\n".join(["-----Original Message-----",
                      "From: KCSC Takedown <takedown@kcsc.example>",
                      f"Sent: {sent}", f"To: {to}", f"Subject: {SUBJECT[ref]}", ""]
                     + request_lines(ref))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def with_csv(text, csv_text, filename, boundary):
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text.strip()}

--{boundary}
Content-Type: text/csv; charset=utf-8; name="{filename}"
Content-Disposition: attachment; filename="{filename}"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--{boundary}--
"""


AUTO = ["Auto-Submitted: auto-replied", "X-Autoreply: yes"]

# ---------------------------------------------------------------- cases

CASES = []


def case(**c):
    CASES.append(c)


# ===== FileCrate (file host), KCSC-240902-01, 14 items ====================

FC_CSV = """url,file_id,status,action_date_utc,comment
https://filecrate.cc/f/Qm7xT2pa,Qm7xT2pa,REMOVED,2024-09-05,
https://filecrate.cc/f/Lz90kWe3,Lz90kWe3,REMOVED,2024-09-05,
https://filecrate.cc/f/Hn4cRt8v,Hn4cRt8v,REMOVED,2024-09-05,"3 parts, all deleted"
https://filecrate.cc/f/Ua2sPq61,Ua2sPq61,NOT_FOUND,,no file was ever stored under this ID
https://filecrate.cc/f/Ye5mBn07,Ye5mBn07,REMOVED,2024-09-05,
https://filecrate.cc/f/Kd3jGx92,Kd3jGx92,NO_ACTION,2024-09-06,"public-domain film (1952), no breach of Terms"
https://filecrate.cc/f/Wp8tVa14,Wp8tVa14,REMOVED,2024-09-05,
https://filecrate.cc/f/Rc6yNh50,Rc6yNh50,REMOVED,2024-09-05,
https://filecrate.cc/folder/Bx71Zq,Bx71Zq,REMOVED,2024-09-05,folder and 23 files
https://filecrate.cc/folder/Tm22Lk,Tm22Lk,REMOVED,2024-09-06,
https://dl.filecrate.cc/d/Ov9eJs33/clip_part1.zip,Ov9eJs33,REMOVED,2024-09-05,
https://dl.filecrate.cc/d/Ov9eJs33/clip_part2.zip,Ov9eJs33,REMOVED,2024-09-05,
https://filecrate.cc/f/Gi4wDu86,Gi4wDu86,NOT_FOUND,,deleted by the uploader on 2024-09-01
https://filecrate.cc/f/Sn0aFe25,Sn0aFe25,GEO_BLOCKED_KR,2024-09-06,not available to visitors from KR
"""

case(name="fc-csv-attachment-all-14", from_="abuse@filecrate.cc", name_from="FileCrate Abuse",
     date="Fri, 06 Sep 2024 17:42:10 +0200", subject="Re: " + SUBJECT["KCSC-240902-01"],
     reply_to_req=msgid("KCSC-240902-01"),
     raw_mime=with_csv("""Hello,

Thank you for your notice. Our abuse team went through the 14 links one by
one; the outcome for each link is in the attached spreadsheet
(filecrate_KCSC-240902-01.csv).

Status codes used in the sheet:
  REMOVED         file deleted, upload hash blocked
  GEO_BLOCKED_KR  file no longer available to visitors in the Republic of Korea
  NOT_FOUND       no file exists under that link
  NO_ACTION       we found no breach of our Terms; the file stays online

If you disagree with a NO_ACTION decision you can reply to this email with
further details. Our abuse policy: https://filecrate.cc/legal/abuse

Regards,
Maja L.
FileCrate Trust & Safety
""", FC_CSV, "filecrate_KCSC-240902-01.csv", "fc-b601-mix-1"),
     outcome="applied", classification="confirmation",
     imitates="file host abuse-team reply with a per-link CSV outcome sheet and a legend of status codes",
     why="the attached sheet gives one status per requested link; the legend maps NO_ACTION to rejected and GEO_BLOCKED_KR to restricted",
     items={F[1]: "removed", F[2]: "removed", F[3]: "removed", F[4]: "not_found", F[5]: "removed",
            F[6]: "rejected", F[7]: "removed", F[8]: "removed", F[9]: "removed", F[10]: "removed",
            F[11]: "removed", F[12]: "removed", F[13]: "not_found", F[14]: "restricted"})

case(name="fc-plain-text-table-first-six", from_="support@filecrate.cc", name_from="Ravi - FileCrate Support",
     date="Thu, 05 Sep 2024 09:15:33 +0200", subject="RE: KCSC-240902-01 - status of reported files",
     body=f"""Hi,

Here is where we are with the first batch of links from your request:

 #  Link                               Result
 -- ---------------------------------- ------------------------------
 1  {F[1]}    deleted
 2  {F[2]}    deleted
 3  {F[3]}    deleted
 4  {F[4]}    no such file
 5  {F[5]}    deleted
 6  {F[6]}    kept - no violation found

The rest of the list (7 to 14) is still with the reviewer, I'll write again
once I have those.

Ravi
FileCrate Support
""",
     outcome="applied", classification="confirmation",
     imitates="support agent pasting a fixed-width plain-text status table into a reply",
     why="six links each with an unhedged result in the same row; 7 to 14 only said to be under review, not named",
     items={F[1]: "removed", F[2]: "removed", F[3]: "removed", F[4]: "not_found", F[5]: "removed",
            F[6]: "rejected"})

case(name="fc-ops-one-liner-over-gmail-quote", from_="dan@filecrate.cc", name_from="Dan",
     date="Tue, 03 Sep 2024 23:58:02 +0200", subject="Re: " + SUBJECT["KCSC-240902-01"],
     reply_to_req=msgid("KCSC-240902-01"),
     body=f"""nuked {F[3]} and {F[5]}, thx for the heads up

--
dan / filecrate ops

On Mon, Sep 2, 2024 at 3:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240902-01")}
""",
     outcome="applied", classification="confirmation",
     imitates="ops engineer answering an abuse mail in one lower-case line above the quoted request",
     why="'nuked' is slang for deleted, said of two named links; the other twelve appear only in the '>' quote",
     items={F[3]: "removed", F[5]: "removed"})

case(name="fc-url-then-status-below", from_="abuse@filecrate.cc", name_from="FileCrate Abuse",
     date="Tue, 10 Sep 2024 14:20:45 +0200", subject="Re: " + SUBJECT["KCSC-240902-01"] + " - remaining links",
     reply_to_req=msgid("KCSC-240902-01"),
     body=f"""Good afternoon,

An update on more of the links from your request KCSC-240902-01:

{F[7]}
Removed on 10 Sep 2024 (illegal gambling promotion).

{F[8]}
This file ID does not exist on our service.

{F[9]}
Folder disabled together with all 23 files in it.

{F[10]}
Reviewed. The folder holds personal holiday photos; we could not identify
anything contrary to our Terms or to the law. It stays online.

Kind regards,
Maja L.
FileCrate Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="abuse desk reply giving each bare URL on its own line with the decision on the line below",
     why="each URL is followed by its own decision: removed, does not exist, disabled, reviewed and kept",
     items={F[7]: "removed", F[8]: "not_found", F[9]: "removed", F[10]: "rejected"})

case(name="fc-top-posted-dash-list", from_="abuse@filecrate.cc", name_from="Maja L. (FileCrate)",
     date="Wed, 11 Sep 2024 10:02:19 +0200", subject="Re: " + SUBJECT["KCSC-240902-01"],
     reply_to_req=msgid("KCSC-240902-01"),
     body=f"""Hi,

Quick update on three more of your links:
{F[1]} – removed
{F[13]} – nothing there, the uploader had deleted it before your notice reached us
{F[14]} – removed

Maja

On Mon, Sep 2, 2024 at 3:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240902-01")}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail top-posted reply, three links each followed by an en dash and a short result",
     why="three named links with results above the quoted request; 'deleted by the uploader before' is not_found",
     items={F[1]: "removed", F[13]: "not_found", F[14]: "removed"})

case(name="fc-ticket-html-table", from_="noreply-abuse@filecrate.cc", name_from="FileCrate Abuse Desk",
     date="Fri, 06 Sep 2024 08:30:00 +0000", subject="[FileCrate] Case FC-ABU-55120 closed (KCSC-240902-01)",
     type="html",
     body=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Case <b>FC-ABU-55120</b> (your reference KCSC-240902-01) has been closed. Our decisions:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Decision</th><th>Date (UTC)</th></tr>
<tr><td><a href="{F[2]}">{F[2]}</a></td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td><a href="{F[6]}">{F[6]}</a></td><td>Not removed &ndash; no violation of our Terms</td><td>2024-09-06</td></tr>
<tr><td><a href="{F[9]}">{F[9]}</a></td><td>Removed (folder disabled)</td><td>2024-09-05</td></tr>
</table>
<p>You can ask for a second review of a &quot;Not removed&quot; decision at
<a href="https://filecrate.cc/legal/appeals">https://filecrate.cc/legal/appeals</a>.</p>
<p>FileCrate Abuse Desk<br>This message was sent from an unmonitored address.</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="ticket-system case-closed notice with an HTML decision table",
     why="HTML table rows give one decision per link; the appeals page link is the platform's own page, not an item",
     items={F[2]: "removed", F[6]: "rejected", F[9]: "removed"})

case(name="fc-echoed-report-with-receipt-line", from_="noreply-abuse@filecrate.cc", name_from="FileCrate Abuse Desk",
     date="Sat, 07 Sep 2024 12:11:40 +0000", subject="[FileCrate] Your report FC-ABU-55187 - decision",
     body=f"""We have received your report and opened case FC-ABU-55187. A member of
our team has already reviewed it; the decision is below.

YOUR REPORT
-----------
Reported URL:  {F[5]}
Reason given:  Illegal gambling advertisement
Reference:     KCSC-240902-01

Reported URL:  {F[13]}
Reason given:  Obscene material
Reference:     KCSC-240902-01

OUR DECISION
------------
{F[5]}
The file was removed for breaching section 4.2 of our Terms of Service.

{F[13]}
We could not find a file at this address. It may have been deleted by its
uploader before our review.

-- 
FileCrate Abuse Desk - https://filecrate.cc/legal/abuse
""",
     outcome="applied", classification="confirmation",
     imitates="abuse-form system mail echoing the submitted report fields, then the decision per URL",
     why="acknowledgement phrase plus unhedged per-URL decisions; the echoed report is not a statement; 'could not find a file' is not_found (only the cause is hedged)",
     items={F[5]: "removed", F[13]: "not_found"})

case(name="fc-outlook-angle-brackets-wrapped", from_="t.wierzbicki@filecrate.cc", name_from="Tomasz Wierzbicki",
     date="Thu, 12 Sep 2024 16:05:51 +0200", subject="RE: " + SUBJECT["KCSC-240902-01"],
     reply_to_req=msgid("KCSC-240902-01"),
     body=f"""Dear Sir or Madam,

Further to our previous correspondence, please note that access to the two
parts of the archive listed in your notice,
<https://dl.filecrate.cc/d/Ov9eJs33/
 clip_part1.zip> and
<{F[12]}>, has been disabled for all
users as of today, and the uploading account has been closed.

Best regards,

Tomasz Wierzbicki
Legal Counsel | FileCrate
https://filecrate.cc

{outlook_original("KCSC-240902-01", "abuse@filecrate.cc", "Monday, September 2, 2024 3:00 AM")}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply from in-house counsel with URLs in angle brackets, one of them broken across lines, over an -----Original Message----- block",
     why="both archive parts named (the first split inside its angle brackets, as RFC 3986 appendix C allows) and stated disabled for all users; the request below the Original Message line is not a statement",
     items={F[11]: "removed", F[12]: "removed"})

case(name="fc-bulk-all-disabled", from_="abuse@filecrate.cc", name_from="FileCrate Abuse",
     date="Sun, 08 Sep 2024 19:44:02 +0200", subject="Re: " + SUBJECT["KCSC-240902-01"],
     reply_to_req=msgid("KCSC-240902-01"),
     body="""Hello,

All files listed in your request KCSC-240902-01 have now been disabled and
the uploader accounts terminated.

Regards,
FileCrate Trust & Safety
""",
     outcome="review", review="bulk",
     imitates="one-sentence 'all reported files disabled' abuse-desk closure",
     why="one statement covering a 14-item request without naming any link",
     items={u: "pending" for u in F.values()})

case(name="fc-queued-for-deletion", from_="abuse@filecrate.cc", name_from="FileCrate Abuse",
     date="Wed, 04 Sep 2024 11:27:36 +0200", subject="Re: " + SUBJECT["KCSC-240902-01"],
     reply_to_req=msgid("KCSC-240902-01"),
     body=f"""Thanks for the report.

The files below are queued for deletion and will be removed within 24 hours
once a second moderator has confirmed:

{F[13]}
{F[14]}

You will get a separate confirmation.

FileCrate Trust & Safety
""",
     outcome="review", review="not_understood",
     imitates="abuse desk promising deletion after a second moderator's check",
     why="'queued' and 'will be removed' are promises; two named links stay pending",
     items={F[13]: "pending", F[14]: "pending"})

case(name="fc-out-of-office", from_="maja.l@filecrate.cc", name_from="Maja L.",
     date="Mon, 02 Sep 2024 10:00:41 +0200",
     subject="Automatic reply: " + SUBJECT["KCSC-240902-01"], extra_headers=AUTO,
     body="""I am out of the office until Monday 9 September with limited access to
email. Abuse reports are handled by the team at abuse@filecrate.cc in the
meantime.

Maja
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office automatic reply",
     why="out-of-office auto-reply (Auto-Submitted: auto-replied)")

# ===== Harbor Hosting (web host), KCSC-240903-02, 4 items ==================

case(name="hh-abuse-desk-suspended-package", from_="abuse@harborhost.io", name_from="Harbor Hosting Abuse Desk",
     date="Wed, 04 Sep 2024 15:12:09 +0000", subject="[Abuse #HH-88213] bada-slot7979.com - KCSC-240903-02",
     body=f"""Hello,

We have suspended the customer's hosting package for bada-slot7979.com
following your report. The following URLs now show our suspension page and no
longer serve the customer's content:

  - {H1}
  - {H2}

The customer has been told that reinstatement requires removal of all
gambling material.

We are still looking into the other two URLs in your notice and will follow
up separately.

Harbor Hosting Abuse Desk
abuse@harborhost.io | https://harborhost.io/aup
""",
     outcome="applied", classification="confirmation",
     imitates="web host abuse desk: hosting package suspended, URLs now show the suspension page",
     why="two named URLs no longer serve the content (removed); the other two are neither named nor given a status",
     items={H1: "removed", H2: "removed"})

case(name="hh-admin-not-on-our-network", from_="jonas.e@harborhost.io", name_from="Jonas Eklund",
     date="Thu, 05 Sep 2024 08:47:13 +0000", subject="Re: " + SUBJECT["KCSC-240903-02"],
     reply_to_req=msgid("KCSC-240903-02"),
     body=f"""Hi,

~mirae22 was one of our shared-hosting users. I removed the gallery folder
and locked the account; {H4} now gives a 404.

pill-direct-kr.net isn't hosted by us. It resolves to 203.0.113.45, which is
not in our ranges, and we have no account for that domain, so there is
nothing here for us to take down ({H3}). You may want to check the WHOIS
for the actual host.

Jonas
Harbor Hosting sysadmin
""",
     outcome="applied", classification="confirmation",
     imitates="sysadmin's informal reply: one user directory removed, one domain not on the host's network",
     why="H4 removed; for H3 the host says it has no such site or account, the clerk records not_found (see NOTES)",
     items={H4: "removed", H3: "not_found"})

HH_QP = f"""Ticket HH-88213 has been updated.

Status:    Pending customer -> Resolved
Reference: KCSC-240903-02

Comment from agent (Priya S.):
The content at {H2} was removed by the customer at our request. We verified that the page now returns HTTP 404.

You can view this ticket at https://support.harborhost.io/tickets/HH-88213 .

-- 
Harbor Helpdesk – please keep the ticket number in the subject line
"""

case(name="hh-helpdesk-qp-ticket-resolved", from_="helpdesk@harborhost.io", name_from="Harbor Helpdesk",
     date="Fri, 06 Sep 2024 10:03:22 +0000", subject="[HH-88213] Ticket updated: Resolved",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(HH_QP),
     outcome="applied", classification="confirmation",
     imitates="helpdesk ticket-update notification, quoted-printable, agent comment inside",
     why="agent states the page at H2 was removed (QP-encoded '=' in the URL); the ticket link is the helpdesk's own page",
     items={H2: "removed"})

HH_TEXT = f"""Dear KCSC team,

Regarding your notice KCSC-240903-02:

1. We have disabled the website pill-direct-kr.net on our servers. The page
   {H3} is no longer reachable.

2. The directory {H4} had already been deleted by the account holder before
   we looked at it; there is nothing left to remove.

Kind regards,
Harbor Hosting Abuse Desk
"""
HH_HTML = f"""<html><body><p>Dear KCSC team,</p>
<p>Regarding your notice KCSC-240903-02:</p>
<ol>
<li>We have disabled the website pill-direct-kr.net on our servers. The page
<a href="{H3}">{H3}</a> is no longer reachable.</li>
<li>The directory <a href="{H4}">{H4}</a> had already been deleted by the account
holder before we looked at it; there is nothing left to remove.</li>
</ol>
<p>Kind regards,<br>Harbor Hosting Abuse Desk</p></body></html>
"""

case(name="hh-base64-alternative", from_="abuse@harborhost.io", name_from="Harbor Hosting Abuse Desk",
     date="Mon, 09 Sep 2024 13:55:00 +0000", subject="Re: " + SUBJECT["KCSC-240903-02"],
     reply_to_req=msgid("KCSC-240903-02"),
     raw_mime=f"""Content-Type: multipart/alternative; boundary="hh-b601-alt"

--hh-b601-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HH_TEXT)}
--hh-b601-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HH_HTML)}
--hh-b601-alt--
""",
     outcome="applied", classification="confirmation",
     imitates="base64-encoded multipart/alternative reply from a hosting abuse desk, numbered points",
     why="H3's site disabled and page unreachable (removed); H4 deleted by its account holder before review (not_found)",
     items={H3: "removed", H4: "not_found"})

case(name="hh-appears-offline", from_="abuse@harborhost.io", name_from="Harbor Hosting Abuse Desk",
     date="Wed, 04 Sep 2024 07:31:50 +0000", subject="Re: " + SUBJECT["KCSC-240903-02"],
     reply_to_req=msgid("KCSC-240903-02"),
     body=f"""Hi,

Regarding {H1} - when we checked this morning the site appears to have been
taken offline by its owner, possibly after our warning email. We will check
again tomorrow and confirm to you.

Harbor Hosting Abuse Desk
""",
     outcome="review", review="not_understood",
     imitates="abuse desk hedging about a site that seems to be down",
     why="'appears to have been taken offline' is a hedge and a confirmation is promised; H1 stays pending",
     items={H1: "pending"})

case(name="hh-asks-legal-basis", from_="abuse@harborhost.io", name_from="Harbor Hosting Abuse Desk",
     date="Thu, 05 Sep 2024 16:20:31 +0000", subject="Re: " + SUBJECT["KCSC-240903-02"],
     reply_to_req=msgid("KCSC-240903-02"),
     body=f"""Hello,

Thank you for notice KCSC-240903-02. Before we can act on
{H3} we need the following from you:

1. The provision of Korean law that the listing breaks.
2. Whether a decision of your Commission or a court order exists, and a copy
   of it if so.
3. Confirmation that you are authorised to send notices on behalf of the
   Commission.

Once we have these we will review the listing.

Harbor Hosting Abuse Desk
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="hosting abuse desk asking for the legal basis and authority before acting",
     why="asks for documents; no status; H3 stays pending",
     items={H3: "pending"})

case(name="hh-ticket-receipt", from_="helpdesk@harborhost.io", name_from="Harbor Helpdesk",
     date="Tue, 03 Sep 2024 01:30:12 +0000", subject="[HH-88213] We have received your request",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hello,

Thank you for contacting Harbor Hosting. Your request has been received and
ticket HH-88213 has been opened for it.

Subject: [KCSC-240903-02] Request for removal of illegal content (4 URLs)

An agent will respond within 2 business days. Please keep the ticket number
in the subject line of any reply.

Harbor Helpdesk
""",
     outcome="ignored", classification="acknowledgement",
     imitates="helpdesk automatic ticket-created receipt",
     why="pure receipt: ticket opened, nothing about any item")

# ===== BoltEdge (CDN), KCSC-240905-03, 3 items =============================

case(name="be-block-and-geo-block", from_="trust-safety@boltedge.net", name_from="BoltEdge Trust & Safety",
     date="Mon, 09 Sep 2024 03:14:27 +0000", subject="BoltEdge T&S case 2409-0477 (your ref. KCSC-240905-03)",
     body=f"""Hello,

Our findings on your notice KCSC-240905-03:

* {B1}
  We have blocked this hostname on our network. Visitors in every country
  now receive a BoltEdge block page instead of the site.

* {B3}
  Access from IP addresses in the Republic of Korea is now blocked at our
  edge, in line with local law. Visitors in other countries are not
  affected.

BoltEdge does not host website content; the origin hosts remain responsible
for the material itself. More on how we handle reports:
https://www.boltedge.net/trust/abuse-approach

BoltEdge Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="CDN trust-and-safety reply: one hostname blocked for all visitors, one URL geo-blocked for Korea",
     why="B1 blocked globally (removed), B3 blocked only for Korean visitors (restricted); the policy page is not an item",
     items={B1: "removed", B3: "restricted"})

BE_CSV = f"""hostname,url,action,scope,effective_utc
toto-royal88.com,{B1},geo-block,KR,2024-09-13T02:00:00Z
cdn-img.toto-royal88.com,{B2},geo-block,KR,2024-09-13T02:00:00Z
live-hot-cam.net,{B3},block,global,2024-09-13T02:05:00Z
"""

case(name="be-csv-actions-attachment", from_="trust-safety@boltedge.net", name_from="BoltEdge Trust & Safety",
     date="Fri, 13 Sep 2024 02:40:00 +0000", subject="Re: " + SUBJECT["KCSC-240905-03"],
     reply_to_req=msgid("KCSC-240905-03"),
     raw_mime=with_csv("""Hello,

The actions we took on the three URLs in your notice are in the attached
file. In the "action" column, geo-block means the URL can no longer be
reached through our network from the country in "scope"; block with scope
global means it can no longer be reached from anywhere.

BoltEdge Trust & Safety
""", BE_CSV, "kcsc_240905_03_actions.csv", "be-b601-mix-1"),
     outcome="applied", classification="confirmation",
     imitates="CDN reply with a CSV of actions (geo-block KR / block global) per URL",
     why="the CSV gives one action per URL, explained in the body: two geo-blocks for KR (restricted), one global block (removed)",
     items={B1: "restricted", B2: "restricted", B3: "removed"})

case(name="be-pass-through-forwarded-to-host", from_="abuse@boltedge.net", name_from="BoltEdge Abuse",
     date="Fri, 06 Sep 2024 05:02:48 +0000", subject="Re: " + SUBJECT["KCSC-240905-03"],
     reply_to_req=msgid("KCSC-240905-03"),
     body=f"""Hello,

BoltEdge provides a pass-through security and content delivery service and
cannot remove material hosted by others. We have forwarded your complaint
about {B2} to the website owner and to the hosting provider (Harbor Hosting,
abuse@harborhost.io). The origin IP address is 198.51.100.77.

We suggest contacting the hosting provider directly.

BoltEdge Abuse
""",
     outcome="review", review="not_understood",
     imitates="CDN 'we are not the host, complaint forwarded to the host and site owner' reply",
     why="names B2 but says nothing of its status: it was forwarded, not removed, kept or refused on the rules",
     items={B2: "pending"})

case(name="be-conditional-block", from_="trust-safety@boltedge.net", name_from="BoltEdge Trust & Safety",
     date="Sat, 07 Sep 2024 09:18:05 +0000", subject="Re: " + SUBJECT["KCSC-240905-03"],
     reply_to_req=msgid("KCSC-240905-03"),
     body=f"""Hello,

We have notified our customer who operates toto-royal88.com. If the
material at {B1} has not been removed from the origin server within 72 hours,
we will block the hostname on our network and let you know.

BoltEdge Trust & Safety
""",
     outcome="review", review="not_understood",
     imitates="CDN warning the customer, with a conditional block",
     why="a condition and a promise; B1 stays pending",
     items={B1: "pending"})

case(name="be-cc-on-host-notice-wrong-platform", from_="trust-safety@boltedge.net", name_from="BoltEdge Trust & Safety",
     date="Wed, 04 Sep 2024 22:10:33 +0000", subject="Re: " + SUBJECT["KCSC-240903-02"],
     reply_to_req=msgid("KCSC-240903-02"),
     body=f"""Hello,

Your notice to Harbor Hosting was copied to us because pill-direct-kr.net
uses our network. We have blocked {H3} for all visitors at our edge as of
today.

BoltEdge Trust & Safety
""",
     outcome="review", review="wrong_platform",
     imitates="CDN replying on a thread the regulator opened with a hosting provider (CDN in copy)",
     why="BoltEdge states a status for an item of the Harbor Hosting request",
     items={H3: "pending"})

case(name="be-autoreply-use-the-form", from_="no-reply@boltedge.net", name_from="BoltEdge",
     date="Thu, 05 Sep 2024 02:00:19 +0000", subject="Re: " + SUBJECT["KCSC-240905-03"],
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     body="""This mailbox does not accept abuse complaints, and BoltEdge does not
process reports sent by email. Please submit your complaint at
https://www.boltedge.net/abuse/report so that it reaches the right team.

This is an automated message; replies are not read.
""",
     outcome="ignored", classification="auto_reply",
     imitates="CDN automated 'email reports not processed, use the web form' answer",
     why="automated reply (Auto-Submitted), only points to the platform's own form")

# ===== NameWell (registrar), KCSC-240906-04, 2 items =======================

case(name="nw-clienthold-and-expired", from_="abuse@namewell.com", name_from="NameWell Abuse",
     date="Thu, 12 Sep 2024 04:21:55 +0000", subject="NameWell abuse case NW-240912-3310 / KCSC-240906-04",
     body=f"""Hello,

Ref: KCSC-240906-04

Domain:        gold-spin-kr.com
Reported URL:  {N1}
Action:        Suspended. clientHold set on 2024-09-12 03:10 UTC; the domain
               no longer resolves.

Domain:        fakebank-login-kr.com
Reported URL:  {N2}
Action:        None possible. The registration expired on 2024-08-30 and the
               name has since been deleted; it is not registered with anyone.

NameWell Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="registrar abuse-team reply in key/value blocks: clientHold for one domain, the other already deleted",
     why="N1 suspended and no longer resolves (removed); N2's domain no longer exists (not_found)",
     items={N1: "removed", N2: "not_found"})

case(name="nw-registrar-declines-content", from_="compliance@namewell.com", name_from="NameWell Compliance",
     date="Tue, 10 Sep 2024 11:09:40 +0000", subject="Re: " + SUBJECT["KCSC-240906-04"],
     reply_to_req=msgid("KCSC-240906-04"),
     body=f"""Dear KCSC,

Thank you for your report regarding {N1}.

As a registrar, NameWell does not host or review website content. Our review
found no DNS abuse (phishing, malware, botnets, pharming or spam) as defined
in our Registrar Abuse Policy, so we will take no action on the registration
of gold-spin-kr.com. Complaints about the site's content should be sent to
its hosting provider.

NameWell Compliance
https://www.namewell.com/legal/abuse-policy
""",
     outcome="applied", classification="confirmation",
     imitates="registrar compliance refusal: no DNS abuse under the registrar's policy, contact the host",
     why="a refusal with its reason (no breach of the registrar's abuse policy): N1 rejected",
     items={N1: "rejected"})

NW_ORIG = "\n".join(["From: KCSC Takedown <takedown@kcsc.example>",
                     "To: abuse-kr@namewell.com",
                     "Date: Fri, 06 Sep 2024 09:30:00 +0900",
                     f"Subject: {SUBJECT['KCSC-240906-04']}",
                     f"Message-ID: <{msgid('KCSC-240906-04')}@kcsc.example>",
                     "Content-Type: text/plain; charset=utf-8", ""] + request_lines("KCSC-240906-04"))

case(name="nw-dsn-user-unknown", from_="MAILER-DAEMON@mx2.namewell.com", name_from="Mail Delivery System",
     date="Fri, 06 Sep 2024 00:30:04 +0000", subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="nw-b601-dsn"

--nw-b601-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.namewell.com.

Your message could not be delivered to one or more recipients.

<abuse-kr@namewell.com>: host mx2.namewell.com said: 550 5.1.1
    <abuse-kr@namewell.com>: Recipient address rejected: User unknown

--nw-b601-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.namewell.com
Arrival-Date: Fri,  6 Sep 2024 00:30:02 +0000 (UTC)

Final-Recipient: rfc822; abuse-kr@namewell.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--nw-b601-dsn
Content-Type: message/rfc822

{NW_ORIG}
--nw-b601-dsn--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (user unknown) carrying the original request",
     why="DSN bounce; the URLs are in our own returned message")

# ===== 두리게시판 (Korean forum), KCSC-240909-05, 5 items ==================

case(name="db-korean-dash-list", from_="admin@duribbs.co.kr", name_from="두리게시판 운영팀",
     date="Tue, 10 Sep 2024 11:20:00 +0900", subject="RE: [KCSC-240909-05] 불법정보 게시물 삭제 요청에 대한 회신",
     reply_to_req=msgid("KCSC-240909-05"),
     body=f"""안녕하세요, 두리게시판 운영팀입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 아래와 같이 조치하였음을
알려드립니다.

- {D1} : 게시중단
- {D2} : 삭제
- {D4_RAW} : 블라인드 처리

나머지 2건은 확인 후 따로 회신드리겠습니다.

감사합니다.
두리게시판 운영팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Korean community admin reply listing 게시중단 / 삭제 / 블라인드 per URL",
     why="three named posts, each with an action meaning removed; the Korean path is written raw",
     items={D1: "removed", D2: "removed", D4: "removed"})

case(name="db-korean-pipe-table-imsi", from_="admin@duribbs.co.kr", name_from="두리게시판 운영팀",
     date="Wed, 11 Sep 2024 15:02:41 +0900", subject="[두리게시판] 게시물 조치 결과 안내 (KCSC-240909-05)",
     body=f"""요청번호: KCSC-240909-05

번호 | 게시물 주소                                 | 조치 내용
-----+---------------------------------------------+----------------
 1   | {D3} | 임시조치(30일)
 2   | {D5} | 삭제 완료

임시조치된 게시물은 30일 동안 다른 이용자가 볼 수 없으며, 그 사이 게시자의
이의제기가 없으면 삭제됩니다.

두리게시판 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="Korean forum plain-text pipe table: 임시조치 for one post, 삭제 완료 for another",
     why="임시조치 maps to restricted, 삭제 완료 to removed; the later deletion is conditional and changes nothing",
     items={D3: "restricted", D5: "removed"})

case(name="db-webmaster-one-line-particle", from_="webmaster@duribbs.co.kr", name_from="두리 관리자",
     date="Tue, 10 Sep 2024 22:41:07 +0900", subject="Re: " + SUBJECT["KCSC-240909-05"],
     reply_to_req=msgid("KCSC-240909-05"),
     body=f"""말씀하신 글 {D2}은 작성자가 이미 삭제한 글입니다. 참고 바랍니다.

두리 관리자
""",
     outcome="applied", classification="confirmation",
     imitates="forum webmaster's one-line reply, URL followed directly by a Korean particle",
     why="'already deleted by its author' is not_found; the particle 은 is not part of the URL",
     items={D2: "not_found"})

DB_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240909-05)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{D1}</td><td>삭제</td><td>2024.09.10</td></tr>
<tr><td>2</td><td>{D2}</td><td>게시중단</td><td>2024.09.10</td></tr>
<tr><td>3</td><td>{D3}</td><td>삭제</td><td>2024.09.11</td></tr>
<tr><td>4</td><td><a href="{D4_RAW}">{D4_RAW}</a></td><td>이용자 접근 제한</td><td>2024.09.11</td></tr>
<tr><td>5</td><td>{D5}</td><td>조치 불가 (위법성 없음, 게시 유지)</td><td>-</td></tr>
</table>
<p>두리게시판 운영팀 / 담당자 박선우</p>
</body></html>
"""

case(name="db-sijeong-result-html-table", from_="admin@duribbs.co.kr", name_from="두리게시판 운영팀",
     date="Thu, 12 Sep 2024 10:30:00 +0900", subject="시정요구 조치결과 회신 (KCSC-240909-05)",
     type="html", body=DB_HTML,
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 회신 as an HTML table (연번/URL/조치결과/조치일자)",
     why="one row per post: 삭제 and 게시중단 removed, 접근 제한 restricted, 위법성 없음·게시 유지 rejected",
     items={D1: "removed", D2: "removed", D3: "removed", D4: "restricted", D5: "rejected"})

case(name="db-angle-brackets-fullwidth", from_="admin@duribbs.co.kr", name_from="두리게시판 운영팀",
     date="Fri, 13 Sep 2024 09:05:12 +0900", subject="RE: [KCSC-240909-05] 불법정보 게시물 삭제 요청에 대한 회신",
     reply_to_req=msgid("KCSC-240909-05"),
     body=f"""안녕하세요.

요청하신 게시물 중 <{D3}>는 운영자 삭제 처리하였고，<{D5}>은
이미 존재하지 않는 게시물입니다。

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="short Korean admin reply with URLs in angle brackets, particles and full-width punctuation",
     why="운영자 삭제 is removed; 이미 존재하지 않는 게시물 is not_found",
     items={D3: "removed", D5: "not_found"})

case(name="db-numbered-arrow-list", from_="admin@duribbs.co.kr", name_from="두리게시판 운영팀",
     date="Sat, 14 Sep 2024 13:45:30 +0900", subject="Re: " + SUBJECT["KCSC-240909-05"],
     reply_to_req=msgid("KCSC-240909-05"),
     body=f"""KCSC-240909-05 건 처리 결과입니다.

1. {D1}
   → 삭제 완료
2. {D3}
   → 해당 게시물 없음 (존재하지 않는 게시물 번호)
3. {D5}
   → 비공개 처리

문의사항은 admin@duribbs.co.kr 로 연락 주십시오.
""",
     outcome="applied", classification="confirmation",
     imitates="Korean numbered list, URL on one line and the 처리 결과 after an arrow on the next",
     why="삭제 완료 and 비공개 처리 are removed; 해당 게시물 없음 is not_found",
     items={D1: "removed", D3: "not_found", D5: "removed"})

case(name="db-bulk-five-all-deleted", from_="admin@duribbs.co.kr", name_from="두리게시판 운영팀",
     date="Wed, 11 Sep 2024 18:12:00 +0900", subject="RE: [KCSC-240909-05] 불법정보 게시물 삭제 요청에 대한 회신",
     reply_to_req=msgid("KCSC-240909-05"),
     body="""안녕하세요, 두리게시판 운영팀입니다.

KCSC-240909-05 관련하여 요청하신 게시물 5건 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="Korean one-line 'all N posts deleted' closure",
     why="states all five posts deleted without naming any",
     items={D1: "pending", D2: "pending", D3: "pending", D4: "pending", D5: "pending"})

case(name="db-under-internal-review", from_="admin@duribbs.co.kr", name_from="두리게시판 운영팀",
     date="Tue, 10 Sep 2024 09:10:00 +0900", subject="RE: [KCSC-240909-05] 불법정보 게시물 삭제 요청에 대한 회신",
     reply_to_req=msgid("KCSC-240909-05"),
     body=f"""안녕하세요.

요청하신 게시물 가운데 아래 2건은 명예훼손 여부 판단이 필요하여 현재 내부
검토 중입니다. 검토가 끝나는 대로 결과를 회신드리겠습니다.

{D1}
{D4_RAW}

두리게시판 운영팀
""",
     outcome="review", review="not_understood",
     imitates="Korean forum reply: two posts under internal review, result to follow",
     why="'under review' with a promise to reply; both named posts stay pending",
     items={D1: "pending", D4: "pending"})

case(name="db-subadmin-gmail", from_="duri.subadmin@gmail.com", name_from="두리게시판 부운영자",
     date="Tue, 10 Sep 2024 20:03:44 +0900", subject="두리게시판 게시물 삭제했습니다",
     body=f"""안녕하세요, 두리게시판 부운영자입니다.

요청하신 {D1} 게시물은 제가 직접 삭제했습니다.
혹시 더 필요한 게 있으면 이 메일로 연락 주세요.
""",
     outcome="review", review="unknown_sender",
     imitates="volunteer sub-moderator answering from a personal webmail account",
     why="gmail.com is no platform's domain; the claim about D1 cannot be trusted",
     items={D1: "pending"})

case(name="db-chuseok-autoreply", from_="kim.hj@duribbs.co.kr", name_from="김현주",
     date="Mon, 09 Sep 2024 14:00:30 +0900", subject="[자동회신] " + SUBJECT["KCSC-240909-05"],
     extra_headers=AUTO,
     body="""[자동응답] 9월 13일부터 9월 18일까지 추석 연휴로 부재중입니다.
게시물 신고 및 급한 용무는 admin@duribbs.co.kr 로 보내주시기 바랍니다.

김현주 드림
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean 부재중 자동응답 over the Chuseok holiday",
     why="out-of-office auto-reply")

# ===== pixchan (image board), KCSC-240910-06, 3 items =====================

case(name="px-mod-one-liner", from_="mod@pixchan.org", name_from="pixchan mod",
     date="Tue, 10 Sep 2024 12:31:08 +0000", subject="Re: " + SUBJECT["KCSC-240910-06"],
     reply_to_req=msgid("KCSC-240910-06"),
     body=f"""both threads gone: {P1} {P2} . poster banned too.

-- 
pixchan mod team
""",
     outcome="applied", classification="confirmation",
     imitates="image-board moderator's one-line reply with two URLs on one line",
     why="'gone' of both named threads: removed; the image is not mentioned",
     items={P1: "removed", P2: "removed"})

case(name="px-removed-and-satire-kept", from_="moderation@pixchan.org", name_from="pixchan moderation",
     date="Wed, 11 Sep 2024 08:02:55 +0000", subject="Re: " + SUBJECT["KCSC-240910-06"],
     reply_to_req=msgid("KCSC-240910-06"),
     body=f"""Hello KCSC,

Thread {P1} broke rule 2 (no illegal content) and was deleted.

Thread {P2} is political satire about a public official. We looked at it
carefully and it does not break any of our rules, so it stays up.

The image you reported, {P3}, belonged to the first thread and was deleted
with it.

Rules: https://pixchan.org/rules

-- pixchan moderation
""",
     outcome="applied", classification="confirmation",
     imitates="image-board moderation reply mixing a deletion and a reasoned refusal",
     why="P1 and P3 deleted (removed); P2 stays up, breaks no rule (rejected); the rules page is not an item",
     items={P1: "removed", P2: "rejected", P3: "removed"})

case(name="px-statement-then-url-below", from_="moderation@pixchan.org", name_from="pixchan moderation",
     date="Thu, 12 Sep 2024 19:47:13 +0000", subject="Re: " + SUBJECT["KCSC-240910-06"],
     reply_to_req=msgid("KCSC-240910-06"),
     body=f"""Hi,

The following image was removed and its hash added to our upload filter:
{P3}

The following thread had already been pruned from the board by the time we
looked (threads expire after 7 days), so there is nothing left at:
{P2}

-- pixchan moderation
""",
     outcome="applied", classification="confirmation",
     imitates="moderation reply putting each statement first and the URL on the line below",
     why="image removed; thread already gone before moderation acted (not_found)",
     items={P3: "removed", P2: "not_found"})

case(name="px-dmarc-fail", from_="moderation@pixchan.org", name_from="pixchan moderation",
     auth="fail",
     date="Wed, 11 Sep 2024 02:15:40 +0000", subject="Re: " + SUBJECT["KCSC-240910-06"],
     reply_to_req=msgid("KCSC-240910-06"),
     body=f"""hi, thread {P1} deleted, image {P3} deleted.

-- pixchan moderation
""",
     outcome="review", review="untrusted",
     imitates="moderator reply sent through a relay that breaks DKIM/SPF (dmarc=fail)",
     why="pixchan domain but authentication failed; nothing applied",
     items={P1: "pending", P3: "pending"})

case(name="px-read-receipt", from_="moderation@pixchan.org", name_from="pixchan moderation",
     date="Tue, 10 Sep 2024 10:07:02 +0000", subject="Read: " + SUBJECT["KCSC-240910-06"],
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="px-b601-mdn"

--px-b601-mdn
Content-Type: text/plain; charset=utf-8

This is a return receipt for the mail you sent to moderation@pixchan.org.
It only shows that the message was opened on the recipient's computer; it
does not mean the content was read or agreed to.

--px-b601-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.pixchan.org; Thunderbird 115.14.0
Final-Recipient: rfc822;moderation@pixchan.org
Original-Message-ID: <{msgid('KCSC-240910-06')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--px-b601-mdn--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Thunderbird read receipt (MDN)",
     why="message disposition notification only")

# ===== tinypaste (one-person paste service), KCSC-240911-07, 1 item =========

case(name="tp-solo-admin-took-it-down", from_="abuse@tinypaste.dev", name_from="Lee (tinypaste)",
     date="Thu, 12 Sep 2024 01:12:45 +0900", subject="Re: " + SUBJECT["KCSC-240911-07"],
     reply_to_req=msgid("KCSC-240911-07"),
     body="""hey - took the paste down, it's gone. sorry it sat there a while, I run
this thing alone and only check this inbox at night.

- Lee
""",
     outcome="applied", classification="confirmation",
     imitates="solo operator of a small service answering in two casual lines",
     why="a one-item request answered in its thread: 'took the paste down' is its only statement (removed)",
     items={T1: "removed"})

case(name="tp-abuse-address-change", from_="abuse@tinypaste.dev", name_from="Lee (tinypaste)",
     date="Sun, 15 Sep 2024 23:30:00 +0900", subject="tinypaste abuse contact change",
     body="""Hi,

Just so you know: from October please send abuse reports for tinypaste to
reports@tinypaste.dev instead of this address, which will be shut down.
There is also a form now: https://tinypaste.dev/abuse

Thanks,
Lee
""",
     outcome="review", review="no_claims",
     imitates="small service announcing a new abuse contact",
     why="trusted platform mail naming no item and no request")

case(name="tp-bounce-mailbox-full", from_="postmaster@tinypaste.dev", name_from="Mail Delivery Subsystem",
     date="Wed, 11 Sep 2024 16:00:20 +0900", subject="Delivery Status Notification (Failure)",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="tp-b601-dsn"

--tp-b601-dsn
Content-Type: text/plain; charset=us-ascii

Your message to abuse@tinypaste.dev could not be delivered: the recipient's
mailbox is full and is not accepting new messages right now.

--tp-b601-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.tinypaste.dev

Final-Recipient: rfc822; abuse@tinypaste.dev
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--tp-b601-dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@tinypaste.dev
Date: Wed, 11 Sep 2024 16:00:00 +0900
Subject: {SUBJECT['KCSC-240911-07']}
Message-ID: <{msgid('KCSC-240911-07')}@kcsc.example>

--tp-b601-dsn--
""",
     outcome="ignored", classification="bounce",
     imitates="delivery status notification, mailbox full (5.2.2), headers of the original only",
     why="DSN bounce")


HEADER = """# blind601: hosting providers, a CDN, a registrar, a Korean forum, an image
# board, a file host and a one-person paste service (see NOTES.md).
# Generated by make.py; expected results written from each email's meaning
# before the reader was run."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        # Non-ASCII display names and subjects go out RFC 2047-encoded, as
        # Korean mailers send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, "blind601", HEADER, CASES)


if __name__ == "__main__":
    main()
