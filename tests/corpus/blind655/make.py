#!/usr/bin/env python3
"""Blind corpus set 655: hosting providers, a CDN, a registrar, a forum, a
Korean image board, a file host and a paste site answering the regulator,
often informally, plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind655/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Every
email is fictional and written in our own sentences; expected results come
from each email's meaning alone (written before any run of the reader).
"""
import base64
import csv
import email.header
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind655"

# ---------------------------------------------------------------- requests
# (ref, platform, sent_at, due_at, category, message_id, note, urls)
ADULT = "https://hwaro.kr/%EC%84%B1%EC%9D%B8/res/4410.html"
ADULT_RAW = "https://hwaro.kr/성인/res/4410.html"

S = {k: "https://stashbin.io/f/" + k for k in (
    "Qm7rTz2a", "Lp0dWv8K", "Xe4nHc1s", "Bn9uYr3e", "Tg5kMa6w", "Zc2jPf7q",
    "Hd8vNs4m", "Wy3bLx9t", "Ra6eKq0u", "Jm1oGz5c", "Oy0hBt3r")}
S["Vk7sDe2p"] = "https://stashbin.io/folder/Vk7sDe2p"
S["Ui4fCw8n"] = "https://stashbin.io/folder/Ui4fCw8n"
STASH_ORDER = ["Qm7rTz2a", "Lp0dWv8K", "Xe4nHc1s", "Bn9uYr3e", "Tg5kMa6w", "Zc2jPf7q",
               "Hd8vNs4m", "Wy3bLx9t", "Ra6eKq0u", "Jm1oGz5c", "Vk7sDe2p", "Ui4fCw8n",
               "Oy0hBt3r"]
K1 = "https://sunbet-korea.kelpsites.net/promo/vip.html"
K2 = "https://sunbet-korea.kelpsites.net/join.php"
K3 = "http://203.0.113.47/~hanul/drop/index.html"
K4 = "https://hanul-replica.kelpsites.net/shop/item?id=2207"
E1 = "https://toto-moonbay77.com/event/"
E2 = "https://toto-moonbay77.com/m/signup"
E3 = "https://pillmarket-kr.shop/catalog/12"
D1 = "http://fake-kcb-loan.com/"
D2 = "https://kcb-loan-verify.net/login"
P1 = "https://pinetalk.org/t/selling-accounts-cheap/48211"
P2 = "https://pinetalk.org/t/selling-accounts-cheap/48211/7"
P3 = "https://pinetalk.org/t/id-card-templates/48390"
P4 = "https://pinetalk.org/u/dokkaebi_shop"
P5 = "https://pinetalk.org/t/free-drops-korea/48502"
H1 = "https://hwaro.kr/free/res/88120.html"
H2 = "https://hwaro.kr/free/res/88164.html"
H3 = "https://hwaro.kr/img/src/1726000012345.jpg"
H4 = ADULT
Y1 = "https://pastyard.net/p/k3Jd9sQw"

REQUESTS = [
    ("KCSC-240903-01", "stashbin", "2024-09-03T10:15:00+09:00", "2024-09-10T18:00:00+09:00",
     "obscene", "req.20240903T101500.a41c@kcsc.example", "file host with 13 links",
     [S[k] for k in STASH_ORDER]),
    ("KCSC-240905-02", "kelphost", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "illegal-gambling", "req.20240905T093000.b52d@kcsc.example", "customer sites on shared hosting",
     [K1, K2, K3, K4]),
    ("KCSC-240909-03", "edgeveil", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "illegal-gambling", "req.20240909T140000.c63e@kcsc.example", "sites behind the CDN",
     [E1, E2, E3]),
    ("KCSC-240910-04", "dotgrove", "2024-09-10T11:15:00+09:00", "2024-09-17T18:00:00+09:00",
     "phishing", "req.20240910T111500.d74f@kcsc.example", "bank phishing domains",
     [D1, D2]),
    ("KCSC-240911-05", "pinetalk", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "fraud", "req.20240911T160000.e850@kcsc.example", "forum threads plus a post and a profile",
     [P1, P2, P3, P4, P5]),
    ("KCSC-240913-06", "hwaro", "2024-09-13T10:30:00+09:00", "2024-09-20T18:00:00+09:00",
     "obscene", "req.20240913T103000.f961@kcsc.example", "image board threads and an image",
     [H1, H2, H3, H4]),
    ("KCSC-240917-07", "pastyard", "2024-09-17T09:00:00+09:00", "2024-09-24T18:00:00+09:00",
     "personal-data", "req.20240917T090000.0a72@kcsc.example", "one paste",
     [Y1]),
]
REQ = {r[0]: r for r in REQUESTS}
MID = {r[0]: r[5].split("@")[0] for r in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def d(day, hm, tz="+0900", month=9):
    import datetime
    wd = datetime.date(2024, month, day).weekday()
    return f"{DAYS[wd]}, {day:02d} {MONTHS[month - 1]} 2024 {hm}:{(day * 7 + len(hm)) % 60:02d} {tz}"


def request_text(ref):
    urls = REQ[ref][7]
    lines = [
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found that the",
        "content at the addresses below breaks Korean law, and asks you to remove",
        "it or to block access to it from Korea.",
        "",
        f"Reference: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address stating the action taken for each",
              "address.", "", "KCSC Takedown Desk", "takedown@kcsc.example"]
    return "\n".join(lines)


def quoted(ref, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_text(ref).split("\n"))


def gmail_quote(ref, when):
    return f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:\n" + quoted(ref)


def outlook_quote(ref, when):
    sent = REQ[ref][2]
    return ("-----Original Message-----\n"
            "From: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {when}\n"
            "To: abuse@kelphost.net\n"
            f"Subject: [{ref}] Request for removal of illegal content\n\n"
            + request_text(ref))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ stashbin (file host)
R1 = "KCSC-240903-01"

csv_rows = [
    ("link", "result", "detail"),
    (S["Qm7rTz2a"], "removed", "file deleted; hash blocked"),
    (S["Lp0dWv8K"], "removed", "file deleted; hash blocked"),
    (S["Xe4nHc1s"], "geo-blocked (KR)", "download disabled for Korean IP addresses only"),
    (S["Bn9uYr3e"], "geo-blocked (KR)", "download disabled for Korean IP addresses only"),
    (S["Tg5kMa6w"], "not found", "no file with this id has ever existed"),
    (S["Zc2jPf7q"], "removed", "file deleted; uploader account closed"),
    (S["Hd8vNs4m"], "not found", "deleted by the uploader on 2024-09-02"),
    (S["Wy3bLx9t"], "no action", "reviewed; no breach of our Terms of Service"),
    (S["Ra6eKq0u"], "removed", "file deleted"),
    (S["Jm1oGz5c"], "removed", "file deleted"),
    (S["Vk7sDe2p"], "removed", "folder and its 9 files deleted"),
    (S["Ui4fCw8n"], "removed", "folder and its 4 files deleted"),
    (S["Oy0hBt3r"], "no action", "reviewed; licensed content; no breach"),
]
csv_text = "\r\n".join(",".join(f'"{c}"' if "," in c or ";" in c else c for c in row)
                       for row in csv_rows) + "\r\n"
case(
    name="stash-csv-results",
    frm="abuse@stashbin.io", name_from="Stashbin Abuse",
    date=d(9, "15:42"),
    subject=f"Re: [{R1}] Request for removal of illegal content",
    reply_to_req=MID[R1],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="sb-mixed-9f1e"

--sb-mixed-9f1e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have gone through the 13 links in your notice {R1}. The outcome for
each link is in the attached spreadsheet. Files marked "removed" are
deleted from our storage and their hashes are blocked from being uploaded
again.

Kind regards,
Dana K.
Stashbin Trust & Safety

--sb-mixed-9f1e
Content-Type: text/csv; charset=utf-8; name="stashbin-{R1}.csv"
Content-Disposition: attachment; filename="stashbin-{R1}.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--sb-mixed-9f1e--
""",
    outcome="applied", classification="confirmation",
    imitates="file host abuse desk replying with a per-link results spreadsheet (CSV attachment)",
    why="CSV rows give removed / geo-blocked KR / not found / no action per link",
    items={S["Qm7rTz2a"]: "removed", S["Lp0dWv8K"]: "removed", S["Xe4nHc1s"]: "restricted",
           S["Bn9uYr3e"]: "restricted", S["Tg5kMa6w"]: "not_found", S["Zc2jPf7q"]: "removed",
           S["Hd8vNs4m"]: "not_found", S["Wy3bLx9t"]: "rejected", S["Ra6eKq0u"]: "removed",
           S["Jm1oGz5c"]: "removed", S["Vk7sDe2p"]: "removed", S["Ui4fCw8n"]: "removed",
           S["Oy0hBt3r"]: "rejected"},
)

case(
    name="stash-bulleted-list",
    frm="abuse@stashbin.io", name_from="Stashbin Abuse",
    date=d(5, "11:08"),
    subject=f"Re: [{R1}] Request for removal of illegal content",
    reply_to_req=MID[R1],
    body=f"""Hi KCSC team,

A first status update on your report {R1}:

 * {S["Qm7rTz2a"]} - removed
 * {S["Lp0dWv8K"]} - removed
 * {S["Tg5kMa6w"]} - no such file, the link is invalid
 * {S["Zc2jPf7q"]} - removed, and the uploader's account is closed
 * {S["Wy3bLx9t"]} - not removed: it is a scan of a public-domain
   book and does not break our terms

The other links are still with the team; we will write again when they
are done.

Best,
Dana
Stashbin Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="informal abuse-desk partial status update, bulleted list",
    why="five bullets, each a status; the remaining links are only promised",
    items={S["Qm7rTz2a"]: "removed", S["Lp0dWv8K"]: "removed", S["Tg5kMa6w"]: "not_found",
           S["Zc2jPf7q"]: "removed", S["Wy3bLx9t"]: "rejected"},
)

case(
    name="stash-url-status-below",
    frm="legal@stashbin.io", name_from="Stashbin Legal",
    date=d(10, "09:51"),
    subject=f"Results for ticket SB-80431 (your ref. {R1})",
    body=f"""Results for ticket SB-80431 (your reference {R1})

{S["Hd8vNs4m"]}
Status: the uploader deleted this file before we reviewed it

{S["Ra6eKq0u"]}
Status: removed by Stashbin

{S["Ui4fCw8n"]}
Status: folder removed together with the 4 files in it

{S["Oy0hBt3r"]}
Status: reviewed, no action taken. The archive holds software installers
and nothing in it breaks our rules.

Stashbin Legal
https://stashbin.io/legal
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system result mail, bare URL with its status on the line below",
    why="each URL followed by a Status line: author-deleted, removed, removed, no action",
    items={S["Hd8vNs4m"]: "not_found", S["Ra6eKq0u"]: "removed",
           S["Ui4fCw8n"]: "removed", S["Oy0hBt3r"]: "rejected"},
)

html_rows = [
    (S["Qm7rTz2a"], "Deleted"),
    (S["Xe4nHc1s"], "Blocked in South Korea"),
    (S["Bn9uYr3e"], "Blocked in South Korea"),
    (S["Tg5kMa6w"], "Not found"),
    (S["Jm1oGz5c"], "Deleted"),
    (S["Vk7sDe2p"], "Deleted (folder)"),
]
html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">\n"
        "<p>Dear KCSC,</p>\n"
        f"<p>Please find below the actions taken on your notice <b>{R1}</b>.</p>\n"
        "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n"
        "<tr><th>Reported link</th><th>Action</th></tr>\n"
        + "".join(f"<tr><td><a href=\"{u}\">{u}</a></td><td>{a}</td></tr>\n" for u, a in html_rows)
        + "</table>\n"
        "<p>Links blocked in South Korea remain reachable from other countries.</p>\n"
        "<p>Our yearly figures are published at "
        "<a href=\"https://stashbin.io/legal/transparency\">https://stashbin.io/legal/transparency</a>.</p>\n"
        "<p>Stashbin Trust &amp; Safety</p>\n</body></html>\n")
case(
    name="stash-html-table-qp",
    frm="abuse@stashbin.io", name_from="Stashbin Abuse",
    date=d(11, "17:20"),
    subject=f"Re: [{R1}] Request for removal of illegal content",
    reply_to_req=MID[R1],
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html)}""",
    outcome="applied", classification="confirmation",
    imitates="HTML results table from a file host's abuse desk, quoted-printable",
    why="table rows: deleted, blocked in South Korea, not found; transparency link is not an item",
    items={S["Qm7rTz2a"]: "removed", S["Xe4nHc1s"]: "restricted", S["Bn9uYr3e"]: "restricted",
           S["Tg5kMa6w"]: "not_found", S["Jm1oGz5c"]: "removed", S["Vk7sDe2p"]: "removed"},
)

case(
    name="stash-top-posted-gmail",
    frm="dana.k@stashbin.io", name_from="Dana K.",
    date=d(6, "22:03"),
    subject=f"Re: [{R1}] Request for removal of illegal content",
    reply_to_req=MID[R1],
    body=f"""Both of these are deleted now:
{S["Jm1oGz5c"]}
{S["Ra6eKq0u"]}

Still going through the rest, more tomorrow.

Dana

{gmail_quote(R1, "Tue, 3 Sep 2024 at 10:15")}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk employee top-posting a short answer over the quoted request (Gmail)",
    why="two URLs stated deleted above the quote; the quoted request's other links say nothing",
    items={S["Jm1oGz5c"]: "removed", S["Ra6eKq0u"]: "removed",
           S["Qm7rTz2a"]: "pending", S["Oy0hBt3r"]: "pending"},
)

b64_body = f"""Stashbin - notice processed

Notice: {R1}
Processed: 2024-09-12 04:10 UTC

Disabled:  {S["Zc2jPf7q"]}
Disabled:  {S["Vk7sDe2p"]}
Disabled:  {S["Ui4fCw8n"]}
Not found: {S["Lp0dWv8K"]}

Disabled files cannot be downloaded or previewed anywhere.
This message was generated by our notice system; replies reach the abuse team.
"""
case(
    name="stash-base64-plain",
    frm="notices@stashbin.io", name_from="Stashbin Notices",
    date=d(12, "13:10"),
    subject=f"Notice {R1} processed",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(b64_body)}""",
    outcome="applied", classification="confirmation",
    imitates="automated notice-processing summary from a file host, base64 body",
    why="three links disabled everywhere, one not found",
    items={S["Zc2jPf7q"]: "removed", S["Vk7sDe2p"]: "removed", S["Ui4fCw8n"]: "removed",
           S["Lp0dWv8K"]: "not_found"},
)

case(
    name="stash-dsa-decision",
    frm="legal@stashbin.io", name_from="Stashbin Legal",
    date=d(13, "08:30", "+0200"),
    subject=f"Decision on your notice {R1} (Art. 16 DSA)",
    body=f"""Decision on your notice

We have decided on the notice you submitted about the item below.

Notice reference:      {R1} / SB-N-2024-31187
Item:                  {S["Wy3bLx9t"]}
Decision:              removal of the item
Territorial scope:     worldwide
Ground:                incompatible with our Terms of Service, section 4.2
                       (sexual content involving non-consenting persons)
Automated means used:  no, the decision was taken by a reviewer

If you disagree with this decision you may use our internal complaint
system at https://stashbin.io/legal/appeal within six months.

Stashbin B.V. - Legal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 16(5) decision notice to a notifier (statement-of-reasons layout)",
    why="one item, decision removal, worldwide; the appeal link is not an item",
    items={S["Wy3bLx9t"]: "removed"},
)

case(
    name="stash-ack-plus-disabled",
    frm="support@stashbin.io", name_from="Stashbin Support",
    date=d(4, "10:02"),
    subject=f"[Stashbin] Ticket #SB-80977: {R1}",
    reply_to_req=MID[R1],
    body=f"""Thank you for contacting Stashbin. Your report has been logged as
ticket #SB-80977.

Our team had already disabled the following files before your report
arrived, and they can no longer be downloaded:
<{S["Lp0dWv8K"]}>,
<{S["Bn9uYr3e"]}> and the folder
<{S["Vk7sDe2p"]}>.

The remaining links in your report will be reviewed in the order received.

Stashbin Support
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also reports files already disabled (angle-bracket URLs)",
    why="acknowledgement wording plus unhedged 'already disabled' statements about three links",
    items={S["Lp0dWv8K"]: "removed", S["Bn9uYr3e"]: "removed", S["Vk7sDe2p"]: "removed"},
)

case(
    name="stash-blocked-in-korea",
    frm="legal@stashbin.io", name_from="Stashbin Legal",
    date=d(16, "16:45", "+0200"),
    subject=f"Re: [{R1}] Request for removal of illegal content",
    reply_to_req=MID[R1],
    body=f"""Dear Sir or Madam,

Following your notice, access to
{S["Xe4nHc1s"]} and
{S["Hd8vNs4m"]}
is now withheld for users in the Republic of Korea. The files stay available
in other countries, where our review found them lawful.

Regards,
M. de Vries
Stashbin Legal
""",
    outcome="applied", classification="confirmation",
    imitates="hosting legal team geo-blocking files for one country",
    why="two links withheld in Korea only: restricted",
    items={S["Xe4nHc1s"]: "restricted", S["Hd8vNs4m"]: "restricted"},
)

case(
    name="stash-promise-under-review",
    frm="abuse@stashbin.io", name_from="Stashbin Abuse",
    date=d(4, "18:27"),
    subject=f"Re: [{R1}] Request for removal of illegal content",
    reply_to_req=MID[R1],
    body=f"""Hello,

Thanks for the notice. The two links below are under review by our legal
team and will be removed within 24 hours if they turn out to break our
terms:

  {S["Wy3bLx9t"]}
  {S["Oy0hBt3r"]}

We will confirm the outcome by email.

Stashbin Abuse
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk holding reply: under review, conditional promise to remove",
    why="'under review' and 'will be removed ... if' are not statements of action",
    items={S["Wy3bLx9t"]: "pending", S["Oy0hBt3r"]: "pending"},
)

case(
    name="stash-bulk-all-removed",
    frm="abuse@stashbin.io", name_from="Stashbin Abuse",
    date=d(14, "12:00", "+0200"),
    subject=f"Re: [{R1}] Request for removal of illegal content",
    reply_to_req=MID[R1],
    body=f"""Hello,

All files listed in your notice {R1} have been removed from Stashbin.

Regards,
Stashbin Abuse
""",
    outcome="review", review="bulk",
    imitates="one-line closing reply from a file host covering the whole notice",
    why="one statement about all 13 items of the request without naming any",
    items={S[k]: "pending" for k in STASH_ORDER},
)

case(
    name="stash-out-of-office",
    frm="dana.k@stashbin.io", name_from="Dana K.",
    date=d(16, "07:12", "+0200"),
    subject=f"Automatic reply: [{R1}] Request for removal of illegal content",
    reply_to_req=MID[R1],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 23 September with limited access to email.

For abuse reports please write to abuse@stashbin.io, the team there will
handle your message.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook-style out-of-office automatic reply",
    why="an auto-reply, says nothing about items",
    items={},
)

case(
    name="stash-helpdesk-receipt",
    frm="support@stashbin.io", name_from="Stashbin Support",
    date=d(3, "10:16"),
    subject=f"[Stashbin Support] Re: [{R1}] Request for removal of illegal content (#4471)",
    reply_to_req=MID[R1],
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (4471) has been received and is being reviewed by our
support staff.

To add more information to this request, reply to this email.

Stashbin Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (Zendesk-style auto-generated)",
    why="pure receipt: ticket created, nothing about any item",
    items={},
)

# ================================================================ kelphost (hosting)
R2 = "KCSC-240905-02"

case(
    name="kelp-account-suspended",
    frm="abuse@kelphost.net", name_from="Kelp Hosting Abuse Desk",
    date=d(6, "14:33"),
    subject=f"[KH-ABUSE-20931] Re: {R2} sunbet-korea.kelpsites.net",
    reply_to_req=MID[R2],
    body=f"""Hello,

Ticket [KH-ABUSE-20931]

We have suspended the hosting account that served sunbet-korea.kelpsites.net.
Both pages you listed,

  {K1}
  {K2}

now show our suspension page (HTTP 403) to every visitor.

The other two addresses in your message are on different accounts and are
handled in separate tickets.

--
Kelp Hosting Abuse Desk
abuse@kelphost.net
""",
    outcome="applied", classification="confirmation",
    imitates="shared-hosting abuse desk: customer account suspended, pages return 403",
    why="account suspended, both pages disabled for everyone: removed; the other two only said to be in other tickets",
    items={K1: "removed", K2: "removed"},
)

case(
    name="kelp-noc-one-liner",
    frm="mike@kelphost.net", name_from="Mike Oduya",
    date=d(9, "03:14"),
    subject=f"Re: [{R2}] Request for removal of illegal content",
    reply_to_req=MID[R2],
    body=f"""removed /~hanul/drop/ from web03, {K3} is gone.
the replica shop one ({K4}) we looked at: customer sent us import papers, nothing against our AUP, it stays up.

-- mike / kelp noc
""",
    outcome="applied", classification="confirmation",
    imitates="network-operations engineer answering in two lowercase lines",
    why="one path removed from the server; the shop page refused with a reason",
    items={K3: "removed", K4: "rejected"},
)

case(
    name="kelp-outlook-top-post",
    frm="support@kelphost.net", name_from="Kelp Hosting Support",
    date=d(10, "10:47"),
    subject=f"RE: [{R2}] Request for removal of illegal content",
    reply_to_req=MID[R2],
    body=f"""Hello KCSC,

The customer removed the two sunbet pages after our warning. We checked
and both now return 404:
{K1}
{K2}

Regards,
Jiyoon Park
Kelp Hosting Support

{outlook_quote(R2, "Thursday, September 5, 2024 9:30 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply above '-----Original Message-----'",
    why="two pages removed (verified 404); the other two only in the quoted request",
    items={K1: "removed", K2: "removed", K3: "pending", K4: "pending"},
)

kelp_table = f"""Hello,

Outcome of abuse ticket KH-ABUSE-20950 (your ref. {R2}):

URL                                                    | Result
-------------------------------------------------------+------------------------------------
{K1:<55}| removed
{K2:<55}| removed
{K3:<55}| path does not exist on our servers
{K4:<55}| no violation found, not actioned

Regards,
Kelp Hosting Abuse Desk
"""
case(
    name="kelp-text-table",
    frm="abuse@kelphost.net", name_from="Kelp Hosting Abuse Desk",
    date=d(12, "16:05"),
    subject=f"Ticket KH-ABUSE-20950 closed ({R2})",
    body=kelp_table,
    outcome="applied", classification="confirmation",
    imitates="plain-text fixed-width results table from a hosting abuse desk",
    why="table: removed, removed, path does not exist, no violation",
    items={K1: "removed", K2: "removed", K3: "not_found", K4: "rejected"},
)

case(
    name="kelp-hedged-appears",
    frm="abuse@kelphost.net", name_from="Kelp Hosting Abuse Desk",
    date=d(7, "11:20"),
    subject=f"Re: [{R2}] Request for removal of illegal content",
    reply_to_req=MID[R2],
    body=f"""Hi,

Looking at it now: {K3} appears to have
been taken down already, possibly by the customer themselves. We'll confirm
once we've gone through the server logs.

Kelp Hosting Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="abuse desk's first look, hedged ('appears to')",
    why="hedged observation and a promise to confirm: no statement",
    items={K3: "pending"},
)

case(
    name="kelp-forged-dkim-fail",
    frm="abuse@kelphost.net", name_from="Kelp Hosting Abuse Desk",
    auth="fail",
    date=d(8, "02:51"),
    subject=f"Re: [{R2}] Request for removal of illegal content",
    body=f"""Dear KCSC,

All four pages have been removed from our network:

{K1}
{K2}
{K3}
{K4}

Kelp Hosting
""",
    outcome="review", review="untrusted",
    imitates="reply claiming to come from the hosting abuse desk, failing DKIM/SPF/DMARC",
    why="platform domain but authentication fails",
    items={K1: "pending", K2: "pending", K3: "pending", K4: "pending"},
)

case(
    name="kelp-site-owner-writes",
    frm="webmaster@sunbet-support.com", name_from="SunBet Webmaster",
    date=d(7, "20:40"),
    subject=f"About {R2} - page deleted, please unsuspend",
    body=f"""Hello,

We already deleted the page {K1} ourselves.
Please tell Kelp Hosting to restore our account, the rest of our site is a
normal sports news site.

SunBet webmaster
""",
    outcome="review", review="unknown_sender",
    imitates="site owner writing to the regulator after the host suspended the account",
    why="not the platform (Kelp Hosting) but the customer, from its own domain",
    items={K1: "pending"},
)

dsn_orig = request_text(R2)
case(
    name="kelp-dsn-mailbox-full",
    frm="MAILER-DAEMON@mx1.kelphost.net", name_from="Mail Delivery System",
    date=d(5, "09:31"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-kh-5a2"

--dsn-kh-5a2
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.kelphost.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@kelphost.net>: mailbox is full (quota exceeded)

--dsn-kh-5a2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kelphost.net
Arrival-Date: {d(5, "09:30")}

Final-Recipient: rfc822; legal@kelphost.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-kh-5a2
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@kelphost.net
Subject: [{R2}] Request for removal of illegal content
Message-ID: <{REQ[R2][5]}>
Date: {d(5, "09:30")}

{dsn_orig}

--dsn-kh-5a2--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification carrying the original request",
    why="a bounce; the URLs are only in the returned request",
    items={},
)

# ================================================================ edgeveil (CDN)
R3 = "KCSC-240909-03"

case(
    name="edgeveil-geoblock-kr",
    frm="trust-safety@edgeveil.com", name_from="EdgeVeil Trust & Safety",
    date=d(11, "01:15", "-0700"),
    subject=f"EdgeVeil report EV-2409-55812 - action taken ({R3})",
    reply_to_req=MID[R3],
    body=f"""Hello,

Thank you for your report. After review, EdgeVeil has blocked the
following URLs for visitors connecting from South Korea:

- {E1}
- {E2}

Visitors from other countries are not affected. The site operator has been
told of this action and of the reason for it.

EdgeVeil Trust & Safety
https://edgeveil.com/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety action notice, country-level block",
    why="two URLs blocked for South Korea only: restricted",
    items={E1: "restricted", E2: "restricted"},
)

case(
    name="edgeveil-pages-removed",
    frm="trust-safety@edgeveil.com", name_from="EdgeVeil Trust & Safety",
    date=d(12, "18:02", "-0700"),
    subject=f"EdgeVeil report EV-2409-55813 ({R3})",
    reply_to_req=MID[R3],
    body=f"""Hello,

pillmarket-kr.shop is deployed on EdgeVeil Pages, so in this case we are the
host of the content and not only the network in front of it.

We have taken the deployment down. {E3}
no longer serves any content, in any country.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN acting as origin host (edge pages product) removing a deployment",
    why="the deployment is taken down worldwide; URL on the line after the sentence start",
    items={E3: "removed"},
)

case(
    name="edgeveil-not-the-host",
    frm="trust-safety@edgeveil.com", name_from="EdgeVeil Trust & Safety",
    date=d(10, "22:40", "-0700"),
    subject=f"EdgeVeil report EV-2409-55812 ({R3})",
    reply_to_req=MID[R3],
    body=f"""Hello,

EdgeVeil provides a pass-through security and caching service for
toto-moonbay77.com. We do not host this website and cannot remove content
from the server it is stored on.

We have forwarded your report about
{E1}
{E2}
to the hosting provider (origin address 198.51.100.77) and to the website
operator. You may also contact the hosting provider directly at
abuse@origin-hosting.example.

EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are not the host, your report was forwarded' reply",
    why="no action on the items, only forwarded to the host: nothing to record, a person must follow up",
    items={E1: "pending", E2: "pending"},
)

case(
    name="edgeveil-about-kelp-site",
    frm="trust-safety@edgeveil.com", name_from="EdgeVeil Trust & Safety",
    date=d(13, "09:05", "-0700"),
    subject="EdgeVeil report EV-2409-56020",
    body=f"""Hello,

Regarding {K4} : the site was proxied through
EdgeVeil. We have ended our service for it and the page is now blocked on
our network.

EdgeVeil Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN action notice about a page the regulator had reported to the hosting provider",
    why="EdgeVeil states a status for an item of the Kelp Hosting request",
    items={K4: "pending"},
)

case(
    name="edgeveil-report-received",
    frm="no-reply@edgeveil.com", name_from="EdgeVeil",
    date=d(9, "14:02", "+0900"),
    subject="EdgeVeil abuse report received: EV-2409-55812",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""We have received your abuse report.

Report ID:  EV-2409-55812
Category:   General
Reported URLs:
  {E1}
  {E2}
  {E3}

We will review it and, where appropriate, forward it to the hosting
provider and the website operator. You will receive another email if we
take any action.

This mailbox is not monitored.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form receipt echoing the reported URLs",
    why="automatic receipt; the URLs are only echoed from the report",
    items={},
)

# ================================================================ dotgrove (registrar)
R4 = "KCSC-240910-04"

case(
    name="dotgrove-case-resolved",
    frm="abuse@dotgrove.com", name_from="DotGrove Registrar Abuse",
    date=d(12, "07:48", "+0000"),
    subject=f"Abuse case DG-5521 resolved [{R4}]",
    reply_to_req=MID[R4],
    body=f"""Abuse case DG-5521 - resolved

Domain:  fake-kcb-loan.com ({D1})
Action:  domain suspended (clientHold); it no longer resolves

Domain:  kcb-loan-verify.net ({D2})
Action:  none - this domain is not registered through DotGrove. Please
         contact the registrar shown in its WHOIS record.

DotGrove Registrar - Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse-case closure listing each domain with its action",
    why="the first domain is suspended (site unreachable everywhere); the second is not theirs, no status",
    items={D1: "removed", D2: "pending"},
)

case(
    name="dotgrove-policy-announcement",
    frm="abuse@dotgrove.com", name_from="DotGrove Registrar Abuse",
    date=d(18, "05:00", "+0000"),
    subject="Change to how DotGrove receives abuse reports",
    body="""Dear reporter,

From 1 October 2024 DotGrove will only accept abuse reports through the
form at https://abuse.dotgrove.com/report. Reports sent by email to this
address will receive an automatic reply pointing to the form.

Reports already open are not affected and will be answered as usual.

DotGrove Registrar - Abuse Team
""",
    outcome="review", review="no_claims",
    imitates="registrar notice to reporters about a new abuse form",
    why="trusted registrar mail that names no item and no request",
    items={},
)

case(
    name="dotgrove-relay-bounce",
    frm="MAILER-DAEMON@mail.kcsc.example", name_from="Mail Delivery Subsystem",
    auth="none",
    date=d(10, "11:16"),
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-kcsc-771"

--dsn-kcsc-771
Content-Type: text/plain; charset=us-ascii

Delivery to the following recipient failed permanently:

     legal@dotgrove.com

The remote server answered:
550 5.1.1 <legal@dotgrove.com>: Recipient address rejected: User unknown

--dsn-kcsc-771
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example

Final-Recipient: rfc822; legal@dotgrove.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.dotgrove.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-kcsc-771
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@dotgrove.com
Subject: [{R4}] Request for removal of illegal content
Message-ID: <{REQ[R4][5]}>
Date: {d(10, "11:15")}

--dsn-kcsc-771--
""",
    outcome="ignored", classification="bounce",
    imitates="our own MTA's delivery failure report (550 user unknown)",
    why="a bounce of the request to a wrong address",
    items={},
)

# ================================================================ pinetalk (forum)
R5 = "KCSC-240911-05"

case(
    name="pinetalk-one-liner",
    frm="ryo@pinetalk.org", name_from="Ryo (PineTalk admin)",
    date=d(11, "19:22"),
    subject=f"Re: [{R5}] Request for removal of illegal content",
    reply_to_req=MID[R5],
    body=f"""nuked {P1} and banned the OP.

sent from my phone
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin answering in one line from a phone",
    why="the thread is deleted ('nuked'); the post inside it is not spoken about",
    items={P1: "removed"},
)

case(
    name="pinetalk-numbered",
    frm="mods@pinetalk.org", name_from="PineTalk Moderators",
    date=d(12, "21:10"),
    subject=f"Re: [{R5}] Request for removal of illegal content",
    reply_to_req=MID[R5],
    body=f"""Hi,

Done on our side:

1. {P1}
   deleted, the whole thread
2. {P2}
   deleted along with the thread
3. {P3}
   deleted, and the attachments purged

The user profile and the giveaway thread we still need to discuss among the
mods.

- PineTalk mod team
""",
    outcome="applied", classification="confirmation",
    imitates="volunteer forum moderators' numbered reply",
    why="three items deleted; the last two are only 'to discuss'",
    items={P1: "removed", P2: "removed", P3: "removed", P4: "pending", P5: "pending"},
)

case(
    name="pinetalk-post-not-thread",
    frm="ryo@pinetalk.org", name_from="Ryo (PineTalk admin)",
    date=d(13, "00:37"),
    subject=f"Re: [{R5}] Request for removal of illegal content",
    reply_to_req=MID[R5],
    body=f"""Hey,

I removed post #7 ({P2}). The rest of
that thread ({P1}) is just people asking
questions, nothing illegal in it, so the thread itself stays.

Ryo
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin distinguishing one post from its thread",
    why="the post is removed; the thread is kept with a reason (URL of the thread is a prefix of the post's)",
    items={P2: "removed", P1: "rejected"},
)

case(
    name="pinetalk-gmail-inline",
    frm="ryo@pinetalk.org", name_from="Ryo (PineTalk admin)",
    date=d(14, "13:55"),
    subject=f"Re: [{R5}] Request for removal of illegal content",
    reply_to_req=MID[R5],
    body=f"""answers inline.

On Wed, 11 Sep 2024 at 16:00, KCSC Takedown <takedown@kcsc.example> wrote:
> 3. {P3}

gone.

> 4. {P4}

banned, profile hidden from everyone.

> 5. {P5}

checked it, it's a giveaway of game keys, nothing illegal. leaving it up.

> Please reply to this address stating the action taken for each
> address.
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail inline reply: quoted request lines with answers below each",
    why="the admin's unquoted answer under each quoted URL is the statement about it",
    items={P3: "removed", P4: "removed", P5: "rejected"},
)

case(
    name="pinetalk-age-gate",
    frm="mods@pinetalk.org", name_from="PineTalk Moderators",
    date=d(16, "10:12"),
    subject=f"Re: [{R5}] Request for removal of illegal content",
    reply_to_req=MID[R5],
    body=f"""Hello again,

After talking it over we moved the giveaway thread
{P5}
into the 18+ section. It is now visible only to logged-in members who have
confirmed they are adults.

- PineTalk mod team
""",
    outcome="applied", classification="confirmation",
    imitates="forum moderators moving a thread behind an age gate",
    why="visible only to verified adults: restricted",
    items={P5: "restricted"},
)

case(
    name="pinetalk-bulk-all-five",
    frm="ryo@pinetalk.org", name_from="Ryo (PineTalk admin)",
    date=d(17, "23:48"),
    subject=f"Re: [{R5}] Request for removal of illegal content",
    reply_to_req=MID[R5],
    body=f"""hey, took care of all the links you sent ({R5}), everything's gone now.

ryo
""",
    outcome="review", review="bulk",
    imitates="forum admin closing the whole request in one sentence",
    why="statement about every item of a five-item request, none named",
    items={P1: "pending", P2: "pending", P3: "pending", P4: "pending", P5: "pending"},
)

case(
    name="pinetalk-read-receipt",
    frm="ryo@pinetalk.org", name_from="Ryo (PineTalk admin)",
    date=d(11, "16:40"),
    subject=f"Read: [{R5}] Request for removal of illegal content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-pt-03"

--mdn-pt-03
Content-Type: text/plain; charset=utf-8

The message sent on {d(11, "16:00")} to ryo@pinetalk.org with subject
"[{R5}] Request for removal of illegal content" has been displayed.
This is no guarantee that the message has been read or understood.

--mdn-pt-03
Content-Type: message/disposition-notification

Reporting-UA: pinetalk.org; Thunderbird 115.14.0
Final-Recipient: rfc822;ryo@pinetalk.org
Original-Message-ID: <{REQ[R5][5]}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-pt-03--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird message disposition notification",
    why="a read receipt",
    items={},
)

# ================================================================ hwaro (Korean image board)
R6 = "KCSC-240913-06"

case(
    name="hwaro-korean-particles",
    frm="admin@hwaro.kr", name_from="화로 관리자",
    date=d(13, "15:20"),
    subject=f"Re: [{R6}] 불법정보 삭제 요청",
    reply_to_req=MID[R6],
    body=f"""안녕하세요, 화로 관리자입니다.

{H1} 글은 방금 삭제했습니다.
{H2}은 작성자가 이미 지운 글이라 남아 있는 게 없습니다.

나머지 두 건은 확인 중입니다.

화로 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean image-board admin's short reply (삭제 / 작성자 삭제)",
    why="one thread deleted; the other already deleted by its author (particle 은 glued to the URL)",
    items={H1: "removed", H2: "not_found"},
)

case(
    name="hwaro-fullwidth-parens",
    frm="admin@hwaro.kr", name_from="화로 관리자",
    date=d(15, "11:02"),
    subject=f"Re: [{R6}] 불법정보 삭제 요청",
    reply_to_req=MID[R6],
    body=f"""관리자입니다.

요청하신 이미지 원본（{H3}）은 서버에서 삭제했습니다.
성인판 스레드 {ADULT_RAW}은 한국 IP에서 접속 차단 처리했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean board admin reply with full-width parentheses and a raw Korean path",
    why="image deleted; adult-board thread blocked from Korean IPs: restricted",
    items={H3: "removed", H4: "restricted"},
)

hw_rows = [
    (H1, H1, "게시중단"),
    (H2, H2, "블라인드 처리"),
    (H3, H3, "삭제"),
    (ADULT, ADULT_RAW, "해당 게시물 없음 (작성자 삭제)"),
]
hw_html = ("<html><body>\n<h3>게시물 조치 결과 안내</h3>\n"
           f"<p>방송통신심의위원회 요청({R6})에 대한 조치 결과를 아래와 같이 알려드립니다.</p>\n"
           "<table border=\"1\" cellpadding=\"3\">\n"
           "<tr><th>번호</th><th>게시물 주소</th><th>조치 결과</th></tr>\n"
           + "".join(f"<tr><td>{i}</td><td><a href=\"{h}\">{t}</a></td><td>{r}</td></tr>\n"
                     for i, (h, t, r) in enumerate(hw_rows, 1))
           + "</table>\n<p>문의: admin@hwaro.kr<br>화로 운영팀</p>\n</body></html>\n")
case(
    name="hwaro-html-notice",
    frm="admin@hwaro.kr", name_from="화로 운영팀",
    date=d(18, "17:30"),
    subject=f"[화로] 게시물 조치 결과 안내 ({R6})",
    reply_to_req=MID[R6],
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(hw_html)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean 게시물 조치 결과 안내 HTML table (게시중단 / 블라인드 / 삭제 / 게시물 없음)",
    why="four rows: 게시중단, 블라인드, 삭제 are removed; 게시물 없음 (작성자 삭제) is not_found",
    items={H1: "removed", H2: "removed", H3: "removed", H4: "not_found"},
)

case(
    name="hwaro-korean-promise",
    frm="admin@hwaro.kr", name_from="화로 관리자",
    date=d(14, "09:45"),
    subject=f"Re: [{R6}] 불법정보 삭제 요청",
    reply_to_req=MID[R6],
    body=f"""안녕하세요.

신고하신 {H1} 외 3건은 운영진 검토 후
삭제될 예정입니다. 처리가 끝나면 다시 연락드리겠습니다.

화로 관리자
""",
    outcome="review", review="not_understood",
    imitates="Korean board admin's holding reply (검토 후 삭제 예정)",
    why="'삭제될 예정' is a promise, not an action",
    items={H1: "pending"},
)

case(
    name="hwaro-korean-ooo",
    frm="admin@hwaro.kr", name_from="화로 관리자",
    date=d(13, "10:31"),
    subject=f"[자동응답] Re: [{R6}] 불법정보 삭제 요청",
    reply_to_req=MID[R6],
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""[자동응답] 관리자가 9월 13일부터 9월 16일까지 추석 연휴로 자리를 비웁니다.
연휴가 끝난 뒤 순서대로 답변드리겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday auto-reply (추석 연휴 부재중)",
    why="an auto-reply",
    items={},
)

# ================================================================ pastyard (paste site)
R7 = "KCSC-240917-07"

case(
    name="pastyard-sole-done",
    frm="admin@pastyard.net", name_from="pastyard admin",
    date=d(17, "12:20"),
    subject=f"Re: [{R7}] Request for removal of illegal content",
    reply_to_req=MID[R7],
    body=f"""Done, deleted it.

-- pastyard admin

{gmail_quote(R7, "Tue, 17 Sep 2024 at 09:00")}
""",
    outcome="applied", classification="confirmation",
    imitates="single-admin site answering 'done' over the quoted one-link request",
    why="a one-item request; the only statement is 'deleted it'",
    items={Y1: "removed"},
)

case(
    name="pastyard-author-deleted",
    frm="admin@pastyard.net", name_from="pastyard admin",
    date=d(18, "08:05"),
    subject=f"Re: [{R7}] Request for removal of illegal content",
    reply_to_req=MID[R7],
    body=f"""Hi,

{Y1} - the person who posted it deleted it
themselves last night, so there was nothing left for us to remove.

pastyard
""",
    outcome="applied", classification="confirmation",
    imitates="paste-site admin: already deleted by its author",
    why="deleted by its author before the site acted: not_found",
    items={Y1: "not_found"},
)

case(
    name="pastyard-asks-law",
    frm="admin@pastyard.net", name_from="pastyard admin",
    date=d(17, "15:44"),
    subject=f"Re: [{R7}] Request for removal of illegal content",
    reply_to_req=MID[R7],
    body=f"""Hi,

We're two volunteers running pastyard. Before we delete
{Y1}, could you tell us which Korean law it breaks and send
the official order as a PDF? We need it for our records.

Thanks
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="small service asking for the legal basis before acting",
    why="asks for documents; nothing done yet",
    items={Y1: "pending"},
)


HEADER = """# Blind corpus set 655 (hosting providers, a CDN, a registrar, a forum, a
# Korean image board, a file host and a paste site). Generated by make.py;
# expected results written from each email's meaning before any run."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
        # Non-ASCII display names and subjects go out RFC 2047-encoded, as
        # real mailers send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = email.header.Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
