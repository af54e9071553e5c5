#!/usr/bin/env python3
"""Blind set 229: hosting providers, CDNs, registrars, forums, image boards,
file hosts and a paste site answering (often informally), with spreadsheets
(CSV attachments) and plain-text tables.

Deterministic: `python3 tests/corpus/blind229/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every expected result below was
written from the meaning of its email alone, before any run of the reader.
All names, domains, ids and URLs are fictional.
"""
import base64
import csv
import io
import os
import quopri
from email.header import Header
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
FB = "https://filebunker.io/"
FB_URLS = [
    FB + "f/Qm7xT2aa",   # 0
    FB + "f/Rk82LpZc",   # 1
    FB + "f/hY3nW0qe",   # 2
    FB + "f/Tz91bVmd",   # 3
    FB + "f/ab4KsP7w",   # 4
    FB + "f/Lp0oXr5n",   # 5
    FB + "f/9GhuE2ty",   # 6
    FB + "f/Wc6dJq1m",   # 7
    FB + "f/pN8sZe4k",   # 8
    FB + "f/Ux2yHb7r",   # 9
    FB + "folder/Me5tKa90",  # 10
    FB + "f/Gv3cRw6j",   # 11
]
DB_JAPDAM = "https://dalbit.kr/board/%EC%9E%A1%EB%8B%B4/5512"   # 잡담 board
DB_JAPDAM_RAW = "https://dalbit.kr/board/잡담/5512"
DB_URLS = [
    "https://dalbit.kr/board/free/88123",
    "https://dalbit.kr/board/free/88140",
    "https://dalbit.kr/gallery/photo/20931",
    DB_JAPDAM,
    "https://dalbit.kr/board/humor/30018",
]
IP_URLS = [
    "https://imgpile.net/i/8fK2mQ.jpg",
    "https://imgpile.net/i/Zx09Lp.png",
    "https://imgpile.net/b/kr/thread/44120",
    "https://imgpile.net/b/kr/thread/44198",
]
HN_URLS = [
    "https://moa-pharm.hanulweb.kr/",
    "https://moa-pharm.hanulweb.kr/shop/view.php?id=31",
    "https://bet-sky7.hanulweb.kr/event/index.html",
]
DP_URLS = [
    "https://totoking-88.xyz/",
    "https://lucky-slot365.top/",
]
NE_URLS = [
    "https://drama-free-tv.site/watch/ep-0412",
    "https://drama-free-tv.site/watch/ep-0413",
]
PB_URLS = ["https://pastebox.org/k3J9xQwe"]

REQUESTS = [
    # ref, platform, sent, due, urls, category, msgid-local, note
    ("KCSC-240909-01", "filebunker", "2024-09-09T15:00:00+09:00", "2024-09-16T23:59:59+09:00",
     FB_URLS, "copyright", "req-240909-01", "file host; 11 files and 1 folder"),
    ("KCSC-240910-02", "dalbit", "2024-09-10T10:30:00+09:00", "2024-09-17T23:59:59+09:00",
     DB_URLS, "defamation", "req-240910-02", "Korean forum"),
    ("KCSC-240910-03", "imgpile", "2024-09-10T11:00:00+09:00", "2024-09-17T23:59:59+09:00",
     IP_URLS, "obscene", "req-240910-03", "image board; 2 images and 2 threads"),
    ("KCSC-240911-04", "hanulhost", "2024-09-11T09:40:00+09:00", "2024-09-18T23:59:59+09:00",
     HN_URLS, "drugs", "req-240911-04", "hosting provider; customer sites"),
    ("KCSC-240911-05", "dotpeak", "2024-09-11T14:00:00+09:00", "2024-09-18T23:59:59+09:00",
     DP_URLS, "gambling", "req-240911-05", "registrar; whole domains"),
    ("KCSC-240912-06", "nimbusedge", "2024-09-12T10:00:00+09:00", "2024-09-19T23:59:59+09:00",
     NE_URLS, "copyright", "req-240912-06", "CDN in front of a streaming site"),
    ("KCSC-240912-07", "pastebox", "2024-09-12T16:20:00+09:00", "2024-09-19T23:59:59+09:00",
     PB_URLS, "personal_info", "req-240912-07", "paste site; one paste"),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, team, raw=False):
    """Our request email as the platform would quote it."""
    _, _, _, due, urls, _, _, _ = REQ[ref]
    lines = [
        f"Dear {team},",
        "",
        "The Korea Communications Standards Commission (KCSC) has found the",
        "content at the addresses below to be illegal information and requests",
        "that it be removed or that access to it be blocked.",
        "",
        f"Reference: {ref}",
        f"Deadline: {due[:10]}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        if raw and u == DB_JAPDAM:
            u = DB_JAPDAM_RAW
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this email with the action taken for each address.", "",
              "KCSC Takedown Team"]
    return lines


def quoted(ref, team, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_text(ref, team))


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


FB_FROM = "abuse@filebunker.io"
DB_FROM = "admin@dalbit.kr"
IP_FROM = "abuse@imgpile.net"
HN_FROM = "abuse@hanulhost.co.kr"
DP_FROM = "abuse@dotpeak.net"
NE_FROM = "abuse@nimbusedge.net"
PB_FROM = "abuse@pastebox.org"

CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================== FileBunker (largest)
FB_CSV = """file_url,action,date_actioned,comment
https://filebunker.io/f/Qm7xT2aa,removed,2024-09-10,ToS 4.2
https://filebunker.io/f/Rk82LpZc,removed,2024-09-10,ToS 4.2
https://filebunker.io/f/hY3nW0qe,removed,2024-09-10,ToS 4.2
https://filebunker.io/f/Tz91bVmd,not found,,deleted by uploader on 2024-09-07
https://filebunker.io/f/ab4KsP7w,removed,2024-09-10,ToS 4.2
https://filebunker.io/f/Lp0oXr5n,removed,2024-09-10,ToS 4.2
https://filebunker.io/f/9GhuE2ty,no action,,uploader is the rights holder (licence on file) - no violation
https://filebunker.io/f/Wc6dJq1m,removed,2024-09-11,ToS 4.2
https://filebunker.io/f/pN8sZe4k,removed,2024-09-11,ToS 4.2
https://filebunker.io/f/Ux2yHb7r,invalid link,,no file with this ID has ever existed
https://filebunker.io/folder/Me5tKa90,removed,2024-09-11,folder and its 31 files
https://filebunker.io/f/Gv3cRw6j,removed,2024-09-11,ToS 4.2
"""
case(
    name="fb-csv-attachment-all-twelve",
    **{"from": FB_FROM}, name_from="FileBunker Abuse Desk",
    date="Wed, 11 Sep 2024 18:04:51 +0200",
    subject="RE: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req="req-240909-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fbx-7781"

--fbx-7781
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

We have processed your notice KCSC-240909-01. The result for each link is
in the attached spreadsheet (one row per link, column "action").

Regards,
Ines
FileBunker Abuse Desk

--fbx-7781
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_result.csv"
Content-Transfer-Encoding: base64

{b64(FB_CSV)}
--fbx-7781--
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk returning a per-link result spreadsheet (CSV attachment)",
    why="CSV rows name every link with removed / not found / no action (licence) / invalid link",
    items={FB_URLS[0]: "removed", FB_URLS[1]: "removed", FB_URLS[2]: "removed",
           FB_URLS[3]: "not_found", FB_URLS[4]: "removed", FB_URLS[5]: "removed",
           FB_URLS[6]: "rejected", FB_URLS[7]: "removed", FB_URLS[8]: "removed",
           FB_URLS[9]: "not_found", FB_URLS[10]: "removed", FB_URLS[11]: "removed"},
)

case(
    name="fb-plaintext-table-topposted",
    **{"from": FB_FROM}, name_from="FileBunker Abuse Desk",
    date="Tue, 10 Sep 2024 16:40:12 +0200",
    subject="Re: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Status of the links from your notice as of today:

  File                                   | Status
  ---------------------------------------+---------------------------
  https://filebunker.io/f/Qm7xT2aa       | deleted
  https://filebunker.io/f/Rk82LpZc       | deleted
  https://filebunker.io/f/hY3nW0qe       | not found
  https://filebunker.io/f/Lp0oXr5n       | deleted
  https://filebunker.io/f/9GhuE2ty       | kept online - no violation

The remaining seven are still with our review team; you will get a second
table when they are done.

Ines / FileBunker Abuse Desk

On Mon, Sep 9, 2024 at 8:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240909-01", "FileBunker Abuse Team")}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk status table pasted as fixed-width text above the quoted notice",
    why="five table rows: three deleted, one not found, one kept with 'no violation'; the quoted list changes nothing",
    items={FB_URLS[0]: "removed", FB_URLS[1]: "removed", FB_URLS[2]: "not_found",
           FB_URLS[5]: "removed", FB_URLS[6]: "rejected"},
)

case(
    name="fb-bare-urls-status-below",
    **{"from": FB_FROM}, name_from="FileBunker Abuse Desk",
    date="Tue, 10 Sep 2024 11:12:00 +0200",
    subject="Re: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req="req-240909-01",
    body="""Hi,

first batch:

https://filebunker.io/f/ab4KsP7w
  -> removed (ToS 4.2)

https://filebunker.io/f/Tz91bVmd
  -> not found, the uploader deleted it on 7 Sep before your notice arrived

https://filebunker.io/f/Wc6dJq1m
  -> removed (ToS 4.2)

more tomorrow.

-- 
Ines, FileBunker abuse
""",
    outcome="applied", classification="confirmation",
    imitates="informal abuse-desk reply: bare link, status on the line below",
    why="each link is followed by its status on the next line",
    items={FB_URLS[4]: "removed", FB_URLS[3]: "not_found", FB_URLS[7]: "removed"},
)

case(
    name="fb-folder-disabled-over-gmail-quote",
    **{"from": "t.weber@filebunker.io"}, name_from="Tobias Weber",
    date="Wed, 11 Sep 2024 09:30:44 +0200",
    subject="Re: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req="req-240909-01",
    body=f"""Hello KCSC team,

The folder https://filebunker.io/folder/Me5tKa90 has been disabled together
with all 31 files in it. The other links in your list are being handled by
my colleague Ines, who will reply separately.

Best,
Tobias Weber
Trust & Safety, FileBunker

On Mon, 9 Sept 2024 at 08:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240909-01", "FileBunker Abuse Team")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a trust-and-safety employee over the quoted notice",
    why="only the folder is stated as disabled; the twelve quoted links are the regulator's own text",
    items={FB_URLS[10]: "removed"},
)

case(
    name="fb-rejected-press-kit",
    **{"from": FB_FROM}, name_from="FileBunker Abuse Desk",
    date="Thu, 12 Sep 2024 14:02:19 +0200",
    subject="Re: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req="req-240909-01",
    body="""Hello,

We looked at https://filebunker.io/f/Gv3cRw6j again after your notice.
The file is the official press kit published by the studio itself, which
also uploaded it; it does not breach our Terms of Service and we will not
remove it. If you have information that the uploader is not the studio,
please send it to us and we will look again.

Our content policy: https://filebunker.io/legal/content-policy

Kind regards,
FileBunker Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="file host declining a notice with its reason (uploader is the rights holder)",
    why="refusal with reason for one named file; the policy link is not an item",
    items={FB_URLS[11]: "rejected"},
)

FB_QP_TEXT = """Hello,

Following our review of notice KCSC-240909-01 under section 4 of our Terms of Service, the following files were disabled and are no longer downloadable: https://filebunker.io/f/ab4KsP7w
https://filebunker.io/f/Lp0oXr5n
https://filebunker.io/f/Wc6dJq1m

This one could not be located in our storage \u2014 the ID does not exist:
https://filebunker.io/f/Ux2yHb7r

Kind regards,
FileBunker Abuse Desk \u2014 Berlin
"""
case(
    name="fb-quoted-printable-list",
    **{"from": FB_FROM}, name_from="FileBunker Abuse Desk",
    date="Thu, 12 Sep 2024 10:15:03 +0200",
    subject="Re: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req="req-240909-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(FB_QP_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system reply in quoted-printable with soft-wrapped long lines",
    why="three files disabled (first URL ends the long wrapped sentence), one 'could not be located'",
    items={FB_URLS[4]: "removed", FB_URLS[5]: "removed", FB_URLS[7]: "removed",
           FB_URLS[9]: "not_found"},
)

FB_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<p>Dear KCSC,</p>
<p>Outcome for notice <b>KCSC-240909-01</b>:</p>
<ul>
<li><a href="https://filebunker.io/f/Wc6dJq1m">https://filebunker.io/f/Wc6dJq1m</a> &ndash; removed</li>
<li><a href="https://filebunker.io/f/pN8sZe4k">https://filebunker.io/f/pN8sZe4k</a> &ndash; removed</li>
<li><a href="https://filebunker.io/f/9GhuE2ty">https://filebunker.io/f/9GhuE2ty</a> &ndash; not removed: the uploader
sent a valid licence from the rights holder, so the file does not breach our terms.</li>
</ul>
<p>You can appeal this decision at <a href="https://filebunker.io/appeals">filebunker.io/appeals</a>.</p>
<p>FileBunker Abuse Desk</p>
</body></html>
"""
case(
    name="fb-base64-html-list",
    **{"from": FB_FROM}, name_from="FileBunker Abuse Desk",
    date="Fri, 13 Sep 2024 12:48:30 +0200",
    subject="Re: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req="req-240909-01",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(FB_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="HTML help-desk reply sent base64-encoded, one list item per link",
    why="two removed, one not removed with the reason that it breaks no rule; appeal link is not an item",
    items={FB_URLS[7]: "removed", FB_URLS[8]: "removed", FB_URLS[6]: "rejected"},
)

case(
    name="fb-mixed-prose-one-still-in-review",
    **{"from": "legal@filebunker.io"}, name_from="FileBunker Legal",
    date="Fri, 13 Sep 2024 17:20:00 +0200",
    subject="KCSC-240909-01 - partial outcome",
    body="""Dear Sir or Madam,

Regarding your notice KCSC-240909-01: we removed https://filebunker.io/f/Qm7xT2aa,
https://filebunker.io/f/Rk82LpZc and https://filebunker.io/f/hY3nW0qe for breach
of our terms. https://filebunker.io/f/Tz91bVmd no longer existed when we looked;
the uploader had deleted it himself. https://filebunker.io/f/Gv3cRw6j is still
being reviewed by our legal team and we will write again about it.

Yours faithfully,
M. Brandt
FileBunker GmbH - Legal
""",
    outcome="applied", classification="confirmation",
    imitates="legal-department prose letter with statements and one item still under review",
    why="three removed, one gone before review (not found), one explicitly still under review stays pending",
    items={FB_URLS[0]: "removed", FB_URLS[1]: "removed", FB_URLS[2]: "removed",
           FB_URLS[3]: "not_found", FB_URLS[11]: "pending"},
)

case(
    name="fb-promise-within-24h",
    **{"from": FB_FROM}, name_from="FileBunker Abuse Desk",
    date="Tue, 10 Sep 2024 09:05:27 +0200",
    subject="Re: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req="req-240909-01",
    body="""Hello,

thanks for the notice. We will remove https://filebunker.io/f/Wc6dJq1m and
https://filebunker.io/f/pN8sZe4k within the next 24 hours, once the
uploader's account has been reviewed. The rest of the list is queued.

Ines
FileBunker Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk promise of future removal",
    why="'will remove within 24 hours' is a promise, not a statement; named items stay pending",
    items={FB_URLS[7]: "pending", FB_URLS[8]: "pending"},
)

case(
    name="fb-bulk-all-removed",
    **{"from": FB_FROM}, name_from="FileBunker Abuse Desk",
    date="Sat, 14 Sep 2024 08:55:10 +0200",
    subject="Re: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req="req-240909-01",
    body="""Hello,

All files listed in your notice KCSC-240909-01 have been removed and the
uploader accounts terminated.

Regards,
FileBunker Abuse Desk
""",
    outcome="review", review="bulk",
    imitates="one-sentence 'all reported content removed' closing reply",
    why="a statement about all twelve links without naming any, for a twelve-item request",
    items={u: "pending" for u in FB_URLS},
)

case(
    name="fb-untrusted-dmarc-fail",
    **{"from": FB_FROM}, name_from="FileBunker Abuse Desk", auth="fail",
    date="Wed, 11 Sep 2024 22:41:09 +0200",
    subject="Re: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req="req-240909-01",
    body="""Hello,

https://filebunker.io/f/Ux2yHb7r - removed
https://filebunker.io/f/Gv3cRw6j - removed

FileBunker Abuse Desk
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk reply whose DKIM/SPF/DMARC fail (spoofed or broken relay)",
    why="clear statements, but the sender domain fails authentication",
    items={FB_URLS[9]: "pending", FB_URLS[11]: "pending"},
)

case(
    name="fb-conditional-counter-notice",
    **{"from": FB_FROM}, name_from="FileBunker Abuse Desk",
    date="Thu, 12 Sep 2024 15:33:47 +0200",
    subject="Re: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req="req-240909-01",
    body="""Hello,

The file https://filebunker.io/f/Ux2yHb7r has been flagged and its
uploader notified. If no counter-notice reaches us within 10 days, the
file will be deleted permanently. We will confirm when that happens.

FileBunker Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="DMCA-style notice-and-counter-notice conditional reply",
    why="'flagged' and 'will be deleted if no counter-notice' are a condition and a promise",
    items={FB_URLS[9]: "pending"},
)

case(
    name="fb-policy-announcement",
    **{"from": "noreply@filebunker.io"}, name_from="FileBunker",
    date="Mon, 16 Sep 2024 07:00:00 +0200",
    subject="Change to how FileBunker accepts abuse reports",
    body="""Dear reporter,

From 1 October 2024 FileBunker will accept abuse and copyright reports only
through https://filebunker.io/report . Reports sent by email after that date
will receive an automatic answer pointing to the form.

Our transparency report for the first half of 2024 is available at
https://filebunker.io/transparency/2024-h1

FileBunker Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="service announcement from a file host's trust-and-safety team",
    why="trusted platform mail naming no requested item and no request; the links are the platform's own pages",
    items={},
)

case(
    name="fb-ticket-receipt",
    **{"from": "support@filebunker.io"}, name_from="FileBunker Support",
    date="Mon, 09 Sep 2024 08:01:12 +0200",
    subject="[FB-ABU-558120] Report received: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Thank you for contacting FileBunker.

Your report has been received and a ticket has been created:
Ticket ID: FB-ABU-558120
Queue: Abuse / Copyright

A member of our team will look at it as soon as possible. To add
information, reply to this email and keep the ticket ID in the subject.

This is an automated message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (Zendesk/OTRS style)",
    why="pure acknowledgement with a ticket number, no statement about any item",
    items={},
)

case(
    name="fb-out-of-office",
    **{"from": "t.weber@filebunker.io"}, name_from="Tobias Weber",
    date="Mon, 09 Sep 2024 08:00:40 +0200",
    subject="Automatic reply: [KCSC-240909-01] Request for removal of illegal content",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Tuesday 17 September with limited access
to email. Abuse reports are handled by the team at abuse@filebunker.io.

Tobias Weber
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply",
    why="auto-reply",
    items={},
)

# ============================================================== Dalbit forum
case(
    name="db-admin-oneliner-korean",
    **{"from": DB_FROM}, name_from="달빛 운영자",
    date="Tue, 10 Sep 2024 13:02:11 +0900",
    subject="Re: [KCSC-240910-02] 불법정보 시정요구",
    reply_to_req="req-240910-02",
    body="""운영자입니다. https://dalbit.kr/board/free/88123 지웠습니다.
88140번 글은 작성자가 먼저 삭제했네요 (https://dalbit.kr/board/free/88140).
""",
    outcome="applied", classification="confirmation",
    imitates="small-forum admin answering in two lines",
    why="one post deleted by the admin, one already deleted by its author (not found)",
    items={DB_URLS[0]: "removed", DB_URLS[1]: "not_found"},
)

DB_HTML = f"""<html><body>
<p>안녕하세요. 달빛 커뮤니티 운영팀입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240910-02)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>조치일</th></tr>
<tr><td>1</td><td>https://dalbit.kr/board/free/88123</td><td>블라인드 처리</td><td>2024-09-11</td></tr>
<tr><td>2</td><td>https://dalbit.kr/board/free/88140</td><td>게시중단</td><td>2024-09-11</td></tr>
<tr><td>3</td><td>https://dalbit.kr/gallery/photo/20931</td><td>임시조치(30일)</td><td>2024-09-11</td></tr>
<tr><td>4</td><td>{DB_JAPDAM_RAW}</td><td>해당 게시물 없음 (작성자 삭제)</td><td>-</td></tr>
<tr><td>5</td><td>https://dalbit.kr/board/humor/30018</td><td>게시 유지 (운영정책 위반 아님)</td><td>-</td></tr>
</table>
<p>문의사항은 본 메일로 회신 부탁드립니다.<br>달빛 커뮤니티 운영팀 드림</p>
</body></html>"""
case(
    name="db-html-table-korean",
    **{"from": DB_FROM}, name_from="달빛 커뮤니티 운영팀",
    date="Wed, 11 Sep 2024 17:30:00 +0900",
    subject="[달빛] 시정요구 조치 결과 회신 (KCSC-240910-02)",
    reply_to_req="req-240910-02",
    type="html",
    body=DB_HTML,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 with an HTML result table",
    why="블라인드/게시중단 = removed, 임시조치 = restricted, 게시물 없음 = not found, 게시 유지(위반 아님) = rejected; row 4 has the raw Korean path",
    items={DB_URLS[0]: "removed", DB_URLS[1]: "removed", DB_URLS[2]: "restricted",
           DB_URLS[3]: "not_found", DB_URLS[4]: "rejected"},
)

case(
    name="db-particles-fullwidth",
    **{"from": DB_FROM}, name_from="달빛 운영팀",
    date="Thu, 12 Sep 2024 10:11:45 +0900",
    subject="Re: [KCSC-240910-02] 불법정보 시정요구",
    reply_to_req="req-240910-02",
    body="""안녕하세요, 달빛 운영팀입니다.

https://dalbit.kr/gallery/photo/20931은 요청에 따라 임시조치(30일간 접근 제한)하였습니다。
「https://dalbit.kr/board/humor/30018」 게시물은 운영자 삭제 처리하였습니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum operator reply with URLs glued to particles and full-width punctuation",
    why="임시조치(접근 제한) = restricted; 운영자 삭제 = removed",
    items={DB_URLS[2]: "restricted", DB_URLS[4]: "removed"},
)

case(
    name="db-echoed-report-result",
    **{"from": "noreply@dalbit.kr"}, name_from="달빛 커뮤니티",
    date="Wed, 11 Sep 2024 16:42:30 +0900",
    subject="[달빛 커뮤니티] 신고 처리 결과 안내",
    body="""[달빛 커뮤니티] 신고 처리 결과 안내

신고하신 게시물에 대한 처리 결과를 알려드립니다.

신고 접수번호 : R-20240911-0087
신고 대상     : https://dalbit.kr/board/humor/30018
신고 사유     : 불법정보 (방송통신심의위원회 시정요구 KCSC-240910-02)
처리 결과     : 게시물 삭제 (운영자 삭제)
처리 일시     : 2024-09-11 16:42

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum report-result notification echoing the report fields",
    why="system notice for one named post: 처리 결과 게시물 삭제 = removed (a result, not a receipt)",
    items={DB_URLS[4]: "removed"},
)

case(
    name="db-private-numbered",
    **{"from": DB_FROM}, name_from="달빛 운영자",
    date="Wed, 11 Sep 2024 11:20:00 +0900",
    subject="Re: [KCSC-240910-02] 불법정보 시정요구",
    reply_to_req="req-240910-02",
    body=f"""안녕하세요. 달빛 운영자입니다.
시정요구(KCSC-240910-02) 관련하여 아래 게시물 3건을 비공개 처리하였습니다.

1. https://dalbit.kr/board/free/88123
2. https://dalbit.kr/board/free/88140
3. {DB_JAPDAM_RAW}

나머지 2건은 검토 후 다시 회신드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin: heading sentence then a numbered list",
    why="비공개 처리 of three listed posts = removed; the other two are only promised a later answer",
    items={DB_URLS[0]: "removed", DB_URLS[1]: "removed", DB_URLS[3]: "removed"},
)

case(
    name="db-wrapped-percent-url",
    **{"from": DB_FROM}, name_from="달빛 운영팀",
    date="Thu, 12 Sep 2024 09:02:14 +0900",
    subject="Re: [KCSC-240910-02] 불법정보 시정요구",
    reply_to_req="req-240910-02",
    body="""안녕하세요, 달빛 커뮤니티 운영팀입니다. 보내주신 시정요구 건 중 잡담 게시판 글
<https://dalbit.kr/board/%EC%9E%A1%EB%8B%B4/
5512>는 작성자가 9월 9일에 이미 삭제하여 현재 존재하지 않는 게시물입니다.
나머지 게시물은 확인 중입니다.

달빛 커뮤니티 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="hard-wrapped Korean reply with a percent-encoded URL broken across lines in angle brackets",
    why="the post was deleted by its author before the request: not found",
    items={DB_URLS[3]: "not_found"},
)

case(
    name="db-hedge-seems-deleted",
    **{"from": DB_FROM}, name_from="달빛 운영자",
    date="Tue, 10 Sep 2024 15:48:00 +0900",
    subject="Re: [KCSC-240910-02] 불법정보 시정요구",
    reply_to_req="req-240910-02",
    body="""운영자입니다.
https://dalbit.kr/board/free/88140 글은 확인해 보니 이미 지워진 것 같습니다.
혹시 아직 보이시면 알려주세요.
""",
    outcome="review", review="not_understood",
    imitates="forum admin unsure whether a post is still there",
    why="'지워진 것 같습니다' (seems to be deleted) is a hedge, not a statement",
    items={DB_URLS[1]: "pending"},
)

case(
    name="db-chuseok-auto-reply",
    **{"from": DB_FROM}, name_from="달빛 운영자",
    date="Mon, 16 Sep 2024 00:10:05 +0900",
    subject="[자동응답] Re: [KCSC-240910-02] 불법정보 시정요구",
    reply_to_req="req-240910-02",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""[자동응답 메일입니다]

추석 연휴(9월 16일~18일) 기간에는 메일 확인이 어렵습니다.
보내주신 메일은 9월 19일부터 순차적으로 확인 후 답변드리겠습니다.

달빛 커뮤니티 운영자
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) 부재중 자동응답",
    why="auto-reply",
    items={},
)

# ============================================================ imgpile board
case(
    name="ip-informal-two-images",
    **{"from": "sam@imgpile.net"}, name_from="sam",
    date="Tue, 10 Sep 2024 05:14:09 +0000",
    subject="Re: [KCSC-240910-03] Request for removal of illegal content",
    reply_to_req="req-240910-03",
    body="""hey, got your mail.

deleted both images and purged them from the cache:
https://imgpile.net/i/8fK2mQ.jpg, https://imgpile.net/i/Zx09Lp.png

the /kr/ threads are the board janitor's call, I've pinged him.

- sam (imgpile admin)
""",
    outcome="applied", classification="confirmation",
    imitates="one-person image host admin replying informally",
    why="both images explicitly deleted; threads only passed on",
    items={IP_URLS[0]: "removed", IP_URLS[1]: "removed"},
)

case(
    name="ip-thread-pruned-and-404",
    **{"from": "sam@imgpile.net"}, name_from="sam",
    date="Wed, 11 Sep 2024 02:40:51 +0000",
    subject="Re: [KCSC-240910-03] Request for removal of illegal content",
    reply_to_req="req-240910-03",
    body="""janitor got back to me.

thread https://imgpile.net/b/kr/thread/44120 has been pruned and purged from
the archive.

https://imgpile.net/b/kr/thread/44198 was already 404 when we looked - it
fell off the last page of the board before your mail came in, nothing left
to delete.

- sam
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin reporting a pruned thread and an expired one",
    why="pruned and purged = removed; already 404/expired before the request = not found",
    items={IP_URLS[2]: "removed", IP_URLS[3]: "not_found"},
)

IP_OUTLOOK_QUOTE = "\n".join(request_text("KCSC-240910-03", "imgpile team"))
case(
    name="ip-outlook-topposted",
    **{"from": IP_FROM}, name_from="imgpile abuse",
    date="Thu, 12 Sep 2024 07:03:00 +0000",
    subject="RE: [KCSC-240910-03] Request for removal of illegal content",
    reply_to_req="req-240910-03",
    body=f"""Done - https://imgpile.net/b/kr/thread/44198 is deleted, images included.

Sam

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 11:00 AM
To: abuse@imgpile.net
Subject: [KCSC-240910-03] Request for removal of illegal content

{IP_OUTLOOK_QUOTE}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style top-posted reply above an unprefixed original message",
    why="one thread stated deleted; the four URLs below -----Original Message----- are our own request",
    items={IP_URLS[3]: "removed"},
)

case(
    name="ip-age-gate",
    **{"from": IP_FROM}, name_from="imgpile abuse",
    date="Wed, 11 Sep 2024 19:22:33 +0000",
    subject="Re: [KCSC-240910-03] Request for removal of illegal content",
    reply_to_req="req-240910-03",
    body="""Hi,

https://imgpile.net/i/Zx09Lp.png has been marked NSFW: it is now hidden
behind the age gate and cannot be viewed by logged-out visitors or by
accounts without age verification. It has not been deleted.

imgpile abuse
""",
    outcome="applied", classification="confirmation",
    imitates="image host moving an image behind an age gate",
    why="age-restricted, explicitly not deleted = restricted",
    items={IP_URLS[1]: "restricted"},
)

case(
    name="ip-threads-under-review",
    **{"from": IP_FROM}, name_from="imgpile abuse",
    date="Tue, 10 Sep 2024 23:59:00 +0000",
    subject="Re: [KCSC-240910-03] Request for removal of illegal content",
    reply_to_req="req-240910-03",
    body="""Hi,

both threads (https://imgpile.net/b/kr/thread/44120 and
https://imgpile.net/b/kr/thread/44198) are under review by the /kr/
volunteers. I'll get back to you once they decide.

imgpile abuse
""",
    outcome="review", review="not_understood",
    imitates="image board saying two threads are under review",
    why="'under review' is no statement; the email names requested items so it goes to a person",
    items={IP_URLS[2]: "pending", IP_URLS[3]: "pending"},
)

case(
    name="ip-read-receipt",
    **{"from": IP_FROM}, name_from="imgpile abuse",
    date="Tue, 10 Sep 2024 02:31:00 +0000",
    subject="Read: [KCSC-240910-03] Request for removal of illegal content",
    reply_to_req="req-240910-03",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-44a1"

--mdn-44a1
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to abuse@imgpile.net at
10/09/2024 11:00.

This receipt verifies that the message has been displayed on the
recipient's computer at 10/09/2024 02:31.

--mdn-44a1
Content-Type: message/disposition-notification

Reporting-UA: imgpile.net; Thunderbird 115.14.0
Final-Recipient: rfc822;abuse@imgpile.net
Original-Message-ID: <req-240910-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-44a1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN)",
    why="read receipt",
    items={},
)

# ========================================================= Hanul Hosting
case(
    name="hn-account-suspended-korean",
    **{"from": HN_FROM}, name_from="하늘호스팅 고객지원",
    date="Wed, 11 Sep 2024 15:10:00 +0900",
    subject="Re: [KCSC-240911-04] 불법정보 시정요구",
    reply_to_req="req-240911-04",
    body="""안녕하세요, 하늘호스팅 고객지원팀입니다.

요청하신 건과 관련하여 해당 고객의 웹호스팅 계정을 이용정지하였으며,
현재 아래 주소는 접속되지 않습니다.

 - https://moa-pharm.hanulweb.kr/
 - https://moa-pharm.hanulweb.kr/shop/view.php?id=31

나머지 1건(bet-sky7)은 별도 고객 계정으로 확인 후 회신드리겠습니다.

하늘호스팅 고객지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean web-hosting provider suspending a customer's hosting account",
    why="customer site suspended and no longer reachable = removed for both listed URLs; third only promised",
    items={HN_URLS[0]: "removed", HN_URLS[1]: "removed"},
)

HN_HTML = """<html><body>
<p>Dear KCSC,</p>
<p>Please find below the actions taken by Hanul Hosting for request KCSC-240911-04.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>URL</th><th>Action</th></tr></thead>
<tbody>
<tr><td><a href="https://moa-pharm.hanulweb.kr/">https://moa-pharm.hanulweb.kr/</a></td><td>Hosting account suspended</td></tr>
<tr><td><a href="https://moa-pharm.hanulweb.kr/shop/view.php?id=31">https://moa-pharm.hanulweb.kr/shop/view.php?id=31</a></td><td>Hosting account suspended</td></tr>
<tr><td><a href="https://bet-sky7.hanulweb.kr/event/index.html">https://bet-sky7.hanulweb.kr/event/index.html</a></td><td>Page deleted by our customer after our notice; it now returns 404</td></tr>
</tbody></table>
<p>Best regards,<br>Abuse Team, Hanul Hosting Co., Ltd.</p>
</body></html>"""
case(
    name="hn-html-table-english",
    **{"from": HN_FROM}, name_from="Hanul Hosting Abuse",
    date="Thu, 12 Sep 2024 11:45:00 +0900",
    subject="Re: [KCSC-240911-04] Request for removal of illegal content",
    reply_to_req="req-240911-04",
    type="html",
    body=HN_HTML,
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse team result table in HTML",
    why="two suspended; third deleted by the customer in response to the host's notice = removed",
    items={HN_URLS[0]: "removed", HN_URLS[1]: "removed", HN_URLS[2]: "removed"},
)

HN_CSV = ("\ufeffURL,조치 내용,비고\n"
          "https://moa-pharm.hanulweb.kr/,서비스 중지,고객 계정 이용정지\n"
          "https://moa-pharm.hanulweb.kr/shop/view.php?id=31,서비스 중지,고객 계정 이용정지\n"
          "https://bet-sky7.hanulweb.kr/event/index.html,해당 없음,당사 서버에 존재하지 않는 주소\n")
case(
    name="hn-csv-korean",
    **{"from": HN_FROM}, name_from="하늘호스팅 고객지원",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject="[하늘호스팅] KCSC-240911-04 조치 결과",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="hn-b-0913"

--hn-b-0913
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 하늘호스팅입니다.
시정요구 KCSC-240911-04 건의 조치 결과를 첨부 파일로 보내드립니다.

--hn-b-0913
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240911-04.csv"
Content-Disposition: attachment; filename="result_KCSC-240911-04.csv"
Content-Transfer-Encoding: base64

{b64(HN_CSV)}
--hn-b-0913--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean hosting provider sending a 조치 결과 spreadsheet (CSV with BOM)",
    why="서비스 중지 = removed ×2; 당사 서버에 존재하지 않는 주소 = not found",
    items={HN_URLS[0]: "removed", HN_URLS[1]: "removed", HN_URLS[2]: "not_found"},
)

case(
    name="hn-bulk-korean",
    **{"from": HN_FROM}, name_from="하늘호스팅 고객지원",
    date="Thu, 12 Sep 2024 17:05:00 +0900",
    subject="Re: [KCSC-240911-04] 불법정보 시정요구",
    reply_to_req="req-240911-04",
    body="""안녕하세요, 하늘호스팅입니다.
요청하신 3건 모두 이용정지 조치 완료하였습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean hosting support one-line 'all done' reply",
    why="'all three' without naming them, for a three-item request",
    items={u: "pending" for u in HN_URLS},
)

case(
    name="hn-site-owner-unknown-sender",
    **{"from": "owner@moapharm-shop.com"}, name_from="모아약국 관리자",
    date="Fri, 13 Sep 2024 20:14:00 +0900",
    subject="KCSC-240911-04 관련 - 페이지 삭제했습니다",
    body="""안녕하세요. moa-pharm.hanulweb.kr 운영자입니다.
호스팅 업체에서 연락을 받고 https://moa-pharm.hanulweb.kr/shop/view.php?id=31
상품 페이지를 삭제했습니다. 호스팅 이용정지를 풀어주실 수 있는지 문의드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="the hosted site's owner writing to the regulator directly",
    why="sender is not any platform's domain; names our request and one URL",
    items={HN_URLS[1]: "pending"},
)

case(
    name="hn-ticket-receipt-korean",
    **{"from": "help@hanulhost.co.kr"}, name_from="하늘호스팅",
    date="Wed, 11 Sep 2024 09:41:02 +0900",
    subject="[하늘호스팅] 문의가 접수되었습니다 (접수번호 HN-240911-0331)",
    reply_to_req="req-240911-04",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""고객님의 문의가 정상적으로 접수되었습니다.

접수번호 : HN-240911-0331
접수일시 : 2024-09-11 09:41
제목     : [KCSC-240911-04] 불법정보 시정요구

담당자 확인 후 영업일 기준 1~2일 이내에 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean hosting help-desk 접수 완료 receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

# ======================================================= DotPeak registrar
case(
    name="dp-bare-domain-clienthold",
    **{"from": DP_FROM}, name_from="DotPeak Abuse",
    date="Thu, 12 Sep 2024 04:20:00 +0000",
    subject="Re: [KCSC-240911-05] Request for removal of illegal content",
    reply_to_req="req-240911-05",
    body="""Hello,

Domain: totoking-88.xyz
Action: placed on clientHold (suspended)
Effect: the domain no longer resolves.

The second domain in your notice is still being reviewed.

DotPeak Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse team key-value reply naming a bare domain",
    why="the registrar suspended the whole domain named without scheme; the item is that domain's root URL",
    items={DP_URLS[0]: "removed"},
)

case(
    name="dp-angle-mixed",
    **{"from": DP_FROM}, name_from="DotPeak Abuse",
    date="Fri, 13 Sep 2024 08:05:40 +0000",
    subject="Re: [KCSC-240911-05] Request for removal of illegal content",
    reply_to_req="req-240911-05",
    body="""Dear KCSC,

<https://lucky-slot365.top/>: the domain has been suspended (clientHold)
for breach of our registration agreement.

<https://totoking-88.xyz/>: we found no breach of our registration
agreement; the domain stays active. Complaints about the content of the
site should go to its hosting provider.

DotPeak Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar reply with URLs in angle brackets, one suspension and one refusal",
    why="one suspended (removed), one refused with its reason (rejected)",
    items={DP_URLS[1]: "removed", DP_URLS[0]: "rejected"},
)

case(
    name="dp-asks-more-evidence",
    **{"from": DP_FROM}, name_from="DotPeak Abuse",
    date="Thu, 12 Sep 2024 01:10:00 +0000",
    subject="Re: [KCSC-240911-05] Request for removal of illegal content",
    reply_to_req="req-240911-05",
    body="""Hello,

Before we can act on lucky-slot365.top (https://lucky-slot365.top/) we need:

1. screenshots showing the unlawful content, with the date they were taken;
2. the legal provision the content breaches;
3. confirmation that you contacted the hosting provider first.

Please send these by replying to this email.

DotPeak Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for evidence before acting",
    why="asks for more information about a named item; no statement",
    items={DP_URLS[1]: "pending"},
)

case(
    name="dp-wrong-platform-cdn-site",
    **{"from": DP_FROM}, name_from="DotPeak Abuse",
    date="Sat, 14 Sep 2024 03:30:00 +0000",
    subject="drama-free-tv.site (your request KCSC-240912-06)",
    body="""Hello,

Your notice KCSC-240912-06 to Nimbus Edge was passed on to us because we
are the registrar of drama-free-tv.site. We have suspended the domain, so
https://drama-free-tv.site/watch/ep-0412 and
https://drama-free-tv.site/watch/ep-0413 no longer resolve.

DotPeak Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="registrar acting on a notice sent to a CDN",
    why="statements from DotPeak about items of a request to Nimbus Edge",
    items={NE_URLS[0]: "pending", NE_URLS[1]: "pending"},
)

# ======================================================= Nimbus Edge CDN
case(
    name="ne-geoblock-korea",
    **{"from": NE_FROM}, name_from="Nimbus Edge Trust & Safety",
    date="Fri, 13 Sep 2024 06:45:00 +0000",
    subject="Re: [KCSC-240912-06] Request for removal of illegal content",
    reply_to_req="req-240912-06",
    body="""Hello,

We do not host the origin content, but we have restricted access to the
following URLs from Korean IP addresses at our edge:

https://drama-free-tv.site/watch/ep-0412
https://drama-free-tv.site/watch/ep-0413

They remain reachable from other countries. We have also forwarded your
notice to the site operator and its hosting provider.

Nimbus Edge Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN geo-blocking URLs for one country",
    why="access restricted from Korea only = restricted",
    items={NE_URLS[0]: "restricted", NE_URLS[1]: "restricted"},
)

case(
    name="ne-not-host-refusal",
    **{"from": NE_FROM}, name_from="Nimbus Edge Trust & Safety",
    date="Thu, 12 Sep 2024 13:12:00 +0000",
    subject="Re: [KCSC-240912-06] Request for removal of illegal content",
    reply_to_req="req-240912-06",
    body="""Hello,

Nimbus Edge provides a pass-through CDN and security service for
drama-free-tv.site; we do not host https://drama-free-tv.site/watch/ep-0412
or https://drama-free-tv.site/watch/ep-0413 and we will take no action on
them. We have forwarded your complaint to the hosting provider of the site
(AS64500, ExampleNet Hosting, abuse@examplenet.example), which is able to
remove content from its servers.

More on our abuse process: https://nimbusedge.net/abuse-policy

Nimbus Edge Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Cloudflare-style 'we are a CDN and do not host this content' reply",
    why="the platform refuses, with its reason, to act on both named URLs: they stay up = rejected",
    items={NE_URLS[0]: "rejected", NE_URLS[1]: "rejected"},
)

case(
    name="ne-autoresponder-use-form",
    **{"from": "abuse-noreply@nimbusedge.net"}, name_from="Nimbus Edge",
    date="Thu, 12 Sep 2024 01:00:05 +0000",
    subject="Auto: [KCSC-240912-06] Request for removal of illegal content",
    reply_to_req="req-240912-06",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""Thank you for contacting Nimbus Edge.

This address is not monitored for abuse reports. Reports sent by email
are not processed; please submit your report with our web form:
https://nimbusedge.net/abuse

This message was sent automatically.
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN automatic answer pointing to the abuse web form",
    why="auto-reply (Auto-Submitted), no statement; the form link is not an item",
    items={},
)

# ============================================================ Pastebox
case(
    name="pb-single-item-sole",
    **{"from": PB_FROM}, name_from="Pastebox",
    date="Fri, 13 Sep 2024 00:31:00 +0000",
    subject="Re: [KCSC-240912-07] Request for removal of illegal content",
    reply_to_req="req-240912-07",
    body="""The paste you reported has been removed.

-- pastebox.org
""",
    outcome="applied", classification="confirmation",
    imitates="paste site admin one-liner",
    why="a statement without a URL answering a one-item request applies to that item",
    items={PB_URLS[0]: "removed"},
)

PB_ORIG = "\n".join(request_text("KCSC-240912-07", "Pastebox team"))
case(
    name="pb-bounce-dsn",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System",
    date="Thu, 12 Sep 2024 16:20:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-B51E"

--dsn-B51E
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse@pastebox.org>: host mx.pastebox.org[203.0.113.25] said: 550 5.1.1
    <abuse@pastebox.org>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--dsn-B51E
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Thu, 12 Sep 2024 16:20:39 +0900 (KST)

Final-Recipient: rfc822; abuse@pastebox.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.pastebox.org
Diagnostic-Code: smtp; 550 5.1.1 <abuse@pastebox.org>: Recipient address
    rejected: User unknown in virtual mailbox table

--dsn-B51E
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@pastebox.org
Subject: [KCSC-240912-07] Request for removal of illegal content
Date: Thu, 12 Sep 2024 16:20:00 +0900
Message-ID: <req-240912-07@kcsc.example>
Content-Type: text/plain; charset=utf-8

{PB_ORIG}

--dsn-B51E--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our request",
    why="bounce; the URL is in the returned request only",
    items={},
)

HEADER = """# Blind set 229 (tests/corpus/blind229/): hosting providers, CDNs,
# registrars, forums, image boards, file hosts and a paste site, some
# answering informally, with CSV attachments and plain-text tables.
# Written by tests/corpus/blind229/make.py from each email's meaning, before
# any run of the reader. Each case is judged alone on a fresh ledger."""

def rfc2047(s):
    """Non-ASCII display names and subjects encoded as real mailers do."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode(linesep="\n")


if __name__ == "__main__":
    for c in CASES:
        c["subject"] = rfc2047(c["subject"])
        if "name_from" in c:
            c["name_from"] = rfc2047(c["name_from"])
    write_requests()
    corpuslib.write_set(HERE, "blind229", HEADER, CASES)
    print(len(CASES), "cases")
