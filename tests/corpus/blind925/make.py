#!/usr/bin/env python3
"""Blind set blind925: hosting providers, a CDN, a registrar, a Korean
forum, an image board, a file host and a paste site answering informally,
plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind925/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the email's meaning alone, before the
reader was run on it. All names, sites, ids and URLs are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind925"


def h(s):
    """RFC 2047 encode a header value that has non-ASCII text."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
R_FP = "KCSC-240903-01"
R_KN = "KCSC-240905-02"
R_DB = "KCSC-240910-03"
R_HC = "KCSC-240911-04"
R_NB = "KCSC-240913-05"
R_EV = "KCSC-240919-06"
R_PB = "KCSC-240923-07"

FP = {k: "https://filepot.io/" + v for k, v in [
    ("Qx", "f/Qx7pL2aa"), ("Hn", "f/Hn3kR9tw"), ("Zc", "f/Zc81mVqe"), ("Lr", "f/Lr5sD0py"),
    ("Ww", "f/Ww2gT6uj"), ("Bk", "f/Bk4nE8zo"), ("Pd", "f/Pd9yC3ha"), ("Mu", "f/Mu6xJ1fi"),
    ("Tg", "f/Tg0qN5lc"), ("Ys", "f/Ys7bK2ev"), ("Ea", "d/Ea3rW8mn"), ("Jo", "d/Jo1vS4kd"),
    ("Ni", "f/Ni5uF7xb"), ("Ck", "f/Ck8hA0gt")]}
FP_ORDER = ["Qx", "Hn", "Zc", "Lr", "Ww", "Bk", "Pd", "Mu", "Tg", "Ys", "Ea", "Jo", "Ni", "Ck"]
K1 = "https://lucky-toto77.com/event/1204"
K2 = "https://lucky-toto77.com/join?rc=kr09"
K3 = "http://mega-slot-kr.net/"
K4 = "https://pill-express.shop/product/ssr-30"
D1 = "https://dalbitforum.kr/free/58213"
D2 = "https://dalbitforum.kr/free/58377"
D3 = "https://dalbitforum.kr/%EC%9E%A5%ED%84%B0/9120"   # 장터 (market board)
D4 = "https://dalbitforum.kr/%EC%9E%A5%ED%84%B0/9144"
D3_RAW = "https://dalbitforum.kr/장터/9120"
D4_RAW = "https://dalbitforum.kr/장터/9144"
D5 = "https://dalbitforum.kr/gallery/3391"
H1 = "https://hanachan.org/b/res/449102.html"
H2 = "https://hanachan.org/pol/res/88017.html"
H3 = "https://img.hanachan.org/src/1726043312881.jpg"
N1 = "https://kr-casino-royal.com/"
N2 = "https://ssul-leak.net/"
E1 = "https://webtoon-free99.com/series/381"
P1 = "https://pastebox.dev/raw/aK29xLm"
P2 = "https://pastebox.dev/u8Ty3Qn"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    (R_FP, "filepot", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", "obscenity",
     [FP[k] for k in FP_ORDER], "file host; largest request"),
    (R_KN, "kuroneko", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00", "gambling",
     [K1, K2, K3, K4], "hosting provider of customer sites"),
    (R_DB, "dalbit", "2024-09-10T09:40:00+09:00", "2024-09-20T18:00:00+09:00", "defamation",
     [D1, D2, D3, D4, D5], "small Korean forum"),
    (R_HC, "hanachan", "2024-09-11T15:00:00+09:00", "2024-09-20T18:00:00+09:00", "obscenity",
     [H1, H2, H3], "image board"),
    (R_NB, "namebarn", "2024-09-13T10:20:00+09:00", "2024-09-24T18:00:00+09:00", "gambling",
     [N1, N2], "registrar"),
    (R_EV, "edgeveil", "2024-09-19T14:00:00+09:00", "2024-09-26T18:00:00+09:00", "copyright",
     [E1], "CDN in front of the site"),
    (R_PB, "pastebox", "2024-09-23T16:10:00+09:00", "2024-09-30T18:00:00+09:00", "personal_data",
     [P1, P2], "paste site"),
]


def mid(ref):
    return "req-" + ref[5:] + "@kcsc.example"


def rid(ref):
    return "req-" + ref[5:]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, urls, prefix=""):
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        "disable access to the following content, which breaches Korean law",
        f"(reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please tell us the action taken for each item.", "",
              "KCSC Takedown Team"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


SUBJ = {
    R_FP: f"[{R_FP}] Request for removal of illegal content",
    R_KN: f"[{R_KN}] Abuse report: illegal gambling and drug sales",
    R_DB: f"[{R_DB}] 불법정보 게시물 삭제 요청",
    R_HC: f"[{R_HC}] Request for removal of illegal content",
    R_NB: f"[{R_NB}] Abuse complaint: illegal gambling domains",
    R_EV: f"[{R_EV}] Abuse report: copyright-infringing webtoon site",
    R_PB: f"[{R_PB}] Request for removal of leaked personal data",
}

FP_FROM = "abuse@filepot.io"
KN_FROM = "abuse@kuronekohost.net"
DB_FROM = "admin@dalbitforum.kr"
HC_FROM = "mods@hanachan.org"
NB_FROM = "abuse@namebarn.com"
EV_FROM = "abuse@edgeveil.net"
PB_FROM = "abuse@pastebox.dev"

cases = []


def add(**c):
    c.setdefault("subject", "Re: " + SUBJ[c["ref"]])
    c["subject"] = h(c["subject"])
    if "name_from" in c:
        c["name_from"] = h(c["name_from"])
    if c.pop("reply", True):
        c.setdefault("reply_to_req", rid(c["ref"]))
    c.pop("ref")
    cases.append(c)


# ================================================================ FilePot
add(name="fp-abuse-desk-dash-list", ref=R_FP, outcome="applied", classification="confirmation",
    **{"from": FP_FROM}, name_from="FilePot Abuse Desk", date="Thu, 05 Sep 2024 02:14:09 +0000",
    imitates="file-host abuse desk reply listing each reported link with a one-word result",
    why="six links each with its own result: four deleted, one already gone, one kept with a reason",
    body=f"""Hello,

We went through the links in your notice. Results:

- {FP['Qx']} - deleted
- {FP['Hn']} - deleted
- {FP['Zc']} - no such file (the uploader had deleted it before your notice)
- {FP['Lr']} - deleted, uploader account closed
- {FP['Ww']} - left online. It is a trailer the rights holder publishes
  itself and it does not break our terms.
- {FP['Bk']} - deleted

The rest of your list is still with our team.

Best,
Tomasz
FilePot Abuse Desk
""",
    items={FP["Qx"]: "removed", FP["Hn"]: "removed", FP["Zc"]: "not_found",
           FP["Lr"]: "removed", FP["Ww"]: "rejected", FP["Bk"]: "removed"})

CSV_ROWS = [
    ("Qx", "deleted", "removed (ToS 4.2)"), ("Hn", "deleted", "removed (ToS 4.2)"),
    ("Zc", "not found", "none - file no longer existed"), ("Lr", "deleted", "removed (ToS 4.2)"),
    ("Ww", "online", "none - no violation found"), ("Bk", "deleted", "removed (ToS 4.2)"),
    ("Pd", "deleted", "removed (ToS 4.2)"), ("Mu", "deleted", "removed (ToS 4.2)"),
    ("Tg", "disabled", "download disabled for all users"), ("Ys", "deleted", "removed (ToS 4.2)"),
    ("Ea", "disabled", "folder and 23 files disabled"), ("Jo", "not found", "none - invalid link"),
    ("Ni", "online", "none - no violation found"), ("Ck", "deleted", "removed (ToS 4.2)"),
]
CSV_STATUS = {"deleted": "removed", "disabled": "removed", "not found": "not_found", "online": "rejected"}
csv_text = "url,file_status,action,checked_utc\r\n" + "".join(
    f"{FP[k]},{st},{act},2024-09-06 01:{10 + i:02d}\r\n" for i, (k, st, act) in enumerate(CSV_ROWS))
add(name="fp-csv-attachment-all-items", ref=R_FP, outcome="applied", classification="confirmation",
    **{"from": "trust-safety@filepot.io"}, name_from="FilePot Trust & Safety",
    date="Fri, 06 Sep 2024 01:40:22 +0000",
    imitates="file-host trust & safety team sending a spreadsheet export (CSV) of per-link results",
    why="CSV attachment, one row per link for all 14 links: deleted/disabled, not found, online with no violation",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fp-csv-7731"

--fp-csv-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

Results for {R_FP} are in the attached CSV, one line per link.
"online" means we reviewed the file and found no breach of our terms.

Regards,
FilePot Trust & Safety

--fp-csv-7731
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_results.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--fp-csv-7731--
""",
    items={FP[k]: CSV_STATUS[st] for k, st, _ in CSV_ROWS})

add(name="fp-fixed-width-text-table", ref=R_FP, outcome="applied", classification="confirmation",
    **{"from": FP_FROM}, name_from="FilePot Abuse Desk", date="Fri, 06 Sep 2024 03:05:51 +0000",
    imitates="abuse desk pasting a fixed-width plain-text table from its back office",
    why="plain-text table: two removed, one not found, one kept online with a reason in a footnote",
    body=f"""Hi KCSC team,

Second batch for your notice {R_FP}:

Link                            Result          Date (UTC)
------------------------------  --------------  ----------
{FP['Pd']}   removed         2024-09-06
{FP['Mu']}   removed         2024-09-06
{FP['Tg']}   not found       2024-09-06
{FP['Ys']}   kept online *   2024-09-06

* reviewed; the file is a TV news report and does not breach our terms.

FilePot Abuse Desk
""",
    items={FP["Pd"]: "removed", FP["Mu"]: "removed", FP["Tg"]: "not_found", FP["Ys"]: "rejected"})

add(name="fp-top-posted-over-quoted-request", ref=R_FP, outcome="applied",
    classification="confirmation",
    **{"from": "marta.w@filepot.io"}, name_from="Marta Wisniewska", date="Wed, 04 Sep 2024 07:12:40 +0000",
    imitates="staff member top-posting a two-line answer over the '>'-quoted request",
    why="two links named as removed above the quote; the quoted request lists all 14 and states nothing",
    body=f"""Hi,

Removed {FP['Mu']} and {FP['Tg']} this morning.
Still going through the others, I will write again.

Marta

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{request_text(R_FP, [FP[k] for k in FP_ORDER], "> ")}
""",
    items={FP["Mu"]: "removed", FP["Tg"]: "removed", FP["Qx"]: "pending", FP["Ck"]: "pending"})

fp_html = f"""<html><body style="font-family:Arial,sans-serif">
<p>Dear KCSC team,</p>
<p>Below is the outcome for part of your request {R_FP}.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Action taken</th><th>Date</th></tr>
<tr><td><a href="{FP['Ys']}">{FP['Ys']}</a></td><td>Access disabled</td><td>2024-09-06</td></tr>
<tr><td><a href="{FP['Jo']}">{FP['Jo']}</a></td><td>Folder deleted</td><td>2024-09-06</td></tr>
<tr><td><a href="{FP['Ni']}">{FP['Ni']}</a></td><td>Not located &ndash; the link is invalid</td><td>2024-09-06</td></tr>
<tr><td><a href="{FP['Ck']}">{FP['Ck']}</a></td><td>No action &ndash; public-domain document, no violation of our terms</td><td>2024-09-06</td></tr>
</table>
<p>Our rules are at <a href="https://filepot.io/legal/abuse-policy">filepot.io/legal/abuse-policy</a>.</p>
<p>Kind regards,<br>FilePot Trust &amp; Safety</p>
</body></html>
"""
add(name="fp-html-table-quoted-printable", ref=R_FP, outcome="applied", classification="confirmation",
    **{"from": "trust-safety@filepot.io"}, name_from="FilePot Trust & Safety",
    date="Fri, 06 Sep 2024 09:31:02 +0000",
    imitates="HTML result table from a file host's ticket tool, quoted-printable",
    why="HTML table: disabled, deleted, invalid link, no action with reason; policy link is not an item",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(fp_html)}
""",
    items={FP["Ys"]: "removed", FP["Jo"]: "removed", FP["Ni"]: "not_found", FP["Ck"]: "rejected"})

add(name="fp-url-then-status-line", ref=R_FP, outcome="applied", classification="confirmation",
    **{"from": "support@filepot.io"}, name_from="FilePot Support", date="Thu, 05 Sep 2024 15:48:19 +0000",
    subject=f"Ticket FP-77810 updated [{R_FP}]",
    imitates="ticket-system update with each URL on its own line and its status on the next",
    why="URL line then 'Status:' line: removed, does not exist, removed, and one still in review",
    body=f"""Ticket FP-77810 has been updated.

{FP['Qx']}
Status: Removed

{FP['Hn']}
Status: File does not exist

{FP['Lr']}
Status: Removed

{FP['Bk']}
Status: In review

You can reply to this email to add a comment to the ticket.
""",
    items={FP["Qx"]: "removed", FP["Hn"]: "not_found", FP["Lr"]: "removed", FP["Bk"]: "pending"})

add(name="fp-outlook-original-message", ref=R_FP, outcome="applied", classification="confirmation",
    **{"from": "support@filepot.io"}, name_from="FilePot Support", date="Wed, 04 Sep 2024 11:20:00 +0000",
    imitates="Outlook reply with the unquoted request below '-----Original Message-----'",
    why="one file blocked for all users above the original message; the unquoted request below states nothing",
    body=f"""Hello,

We have blocked the following file for all users: {FP['Pd']}.

Kind regards,
FilePot Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: abuse@filepot.io
Subject: {SUBJ[R_FP]}

{request_text(R_FP, [FP[k] for k in FP_ORDER[:8]])}
""",
    items={FP["Pd"]: "removed", FP["Qx"]: "pending", FP["Hn"]: "pending"})

add(name="fp-helpdesk-solved-echoes-report", ref=R_FP, outcome="applied", classification="confirmation",
    **{"from": "support@filepot.io"}, name_from="FilePot Help Center", date="Fri, 06 Sep 2024 11:02:33 +0000",
    subject=f"[FilePot] Re: {R_FP} illegal file (#77811) has been solved",
    imitates="help-desk 'your request has been solved' mail echoing the conversation (Zendesk style)",
    why="staff answer says 'the file' was removed; the ticket's only reported URL is in the echoed report",
    body=f"""##- Please type your reply above this line -##

Your request (#77811) has been solved. To reopen it, reply to this email.

----------------------------------------------

FilePot Trust & Safety (FilePot)

Sep 6, 2024, 11:02 UTC

Hello, the file has been removed and the uploader's account terminated.
Thank you for the report.

----------------------------------------------

KCSC Takedown

Sep 3, 2024, 01:05 UTC

Reported URL: {FP['Ys']}
Reason: illegal content ({R_FP})

--------------------------------
This email is a service from FilePot Help Center.
""",
    items={FP["Ys"]: "removed"})

add(name="fp-promise-within-24h", ref=R_FP, outcome="review", review="not_understood",
    **{"from": FP_FROM}, name_from="FilePot Abuse Desk", date="Tue, 03 Sep 2024 06:40:11 +0000",
    imitates="abuse desk promising removal later",
    why="'will remove' is a promise, not a statement; the links named stay pending",
    body=f"""Hello,

Thanks for the notice. We will remove {FP['Mu']} and
{FP['Tg']} within 24 hours, once our night shift has checked them.

FilePot Abuse Desk
""",
    items={FP["Mu"]: "pending", FP["Tg"]: "pending"})

add(name="fp-bulk-all-files-removed", ref=R_FP, outcome="review", review="bulk",
    **{"from": FP_FROM}, name_from="FilePot Abuse Desk", date="Mon, 09 Sep 2024 08:02:45 +0000",
    imitates="one-sentence abuse-desk closure covering the whole notice",
    why="'all 14 files' without naming each, for a 14-item request: bulk",
    body=f"""Hi,

All 14 files listed in your notice {R_FP} have been removed from FilePot.
Case closed on our side.

FilePot Abuse Desk
""",
    items={FP["Qx"]: "pending", FP["Ni"]: "pending"})

add(name="fp-dmarc-fail-results", ref=R_FP, outcome="review", review="untrusted", auth="fail",
    **{"from": FP_FROM}, name_from="FilePot Abuse Desk", date="Sat, 07 Sep 2024 04:17:08 +0000",
    imitates="abuse-desk result list arriving with failed DKIM/SPF/DMARC",
    why="claims to be filepot.io but authentication fails: nothing applied",
    body=f"""Hello,

Update on your notice:

{FP['Ea']} - folder deleted
{FP['Jo']} - folder deleted
{FP['Ni']} - deleted

FilePot Abuse Desk
""",
    items={FP["Ea"]: "pending", FP["Jo"]: "pending", FP["Ni"]: "pending"})

add(name="fp-ticket-receipt", ref=R_FP, outcome="ignored", classification="acknowledgement",
    **{"from": "support@filepot.io"}, name_from="FilePot Help Center", date="Tue, 03 Sep 2024 01:00:41 +0000",
    subject=f"[FilePot] Received: {R_FP} Request for removal of illegal content (#77810)",
    extra_headers=["Auto-Submitted: auto-generated"],
    imitates="help-desk automatic receipt with a ticket number",
    why="pure receipt: request received, ticket created, no statement about any item",
    body="""##- Please type your reply above this line -##

Thank you for contacting FilePot. Your request (#77810) has been received
and is being reviewed by our support staff. Most abuse reports get an
answer within three business days.

To add information, reply to this email.

FilePot Help Center
""")

# ================================================================ Kuroneko Hosting
add(name="kn-customer-removed-both-404", ref=R_KN, outcome="applied", classification="confirmation",
    **{"from": KN_FROM}, name_from="Kuroneko Hosting Abuse", date="Mon, 09 Sep 2024 05:31:12 +0000",
    subject=f"[Kuroneko Abuse #KH-558120] Re: {SUBJ[R_KN]}",
    imitates="hosting provider's abuse ticket update: customer removed the material, provider verified",
    why="host states the material on two indented URLs was removed and both return 404",
    body=f"""Hello,

This is an update on abuse case KH-558120.

Our customer has removed the material from these pages, and we have
checked that both now return HTTP 404:

    {K1}
    {K2}

We consider the case resolved on our side.

--
Kuroneko Hosting - Abuse Department
""",
    items={K1: "removed", K2: "removed"})

add(name="kn-vps-suspended-angle-brackets", ref=R_KN, outcome="applied", classification="confirmation",
    **{"from": "hiro.t@kuronekohost.net"}, name_from="Hiro Tanaka", date="Tue, 10 Sep 2024 02:08:55 +0000",
    imitates="short personal note from a hosting abuse engineer",
    why="the server behind the URL in angle brackets was suspended: removed",
    body="""Hi,

The VPS behind <http://mega-slot-kr.net/> has been suspended for breach of
our AUP (illegal gambling). The name no longer resolves to our network.

Regards,
Hiro
Kuroneko Hosting
""",
    items={K3: "removed"})

add(name="kn-refuses-pharmacy-page", ref=R_KN, outcome="applied", classification="confirmation",
    **{"from": KN_FROM}, name_from="Kuroneko Hosting Abuse", date="Wed, 11 Sep 2024 06:45:30 +0000",
    subject=f"[Kuroneko Abuse #KH-558121] Re: {SUBJ[R_KN]}",
    imitates="hosting provider declining to act, with its reason (lawful where hosted)",
    why="explicit refusal with a reason: the page stays up, rejected",
    body=f"""Hello,

We reviewed {K4}.

The product on that page is a supplement sold lawfully in Japan, where
the server and the site operator are located. The page does not breach
our Acceptable Use Policy, so we will not take action against this
customer. Any legal claim against the operator would need to go through
a Japanese court.

Kuroneko Hosting - Abuse Department
""",
    items={K4: "rejected"})

add(name="kn-statement-above-url", ref=R_KN, outcome="applied", classification="confirmation",
    **{"from": KN_FROM}, name_from="Kuroneko Hosting Abuse", date="Thu, 12 Sep 2024 01:15:00 +0000",
    subject=f"[Kuroneko Abuse #KH-558120] Update",
    imitates="abuse desk putting each statement on one line and the URL on the next",
    why="statement line ending in ':' then the URL: one disabled, one never existed on the server",
    body=f"""Dear KCSC,

Regarding your report {R_KN}.

The following page was disabled by our customer today:
{K4}

The following page does not exist on the server (it already returned 404
before we contacted the customer):
{K2}

Best regards,
Kuroneko Hosting - Abuse Department
""",
    items={K4: "removed", K2: "not_found"})

add(name="kn-pipe-text-table", ref=R_KN, outcome="applied", classification="confirmation",
    **{"from": KN_FROM}, name_from="Kuroneko Hosting Abuse", date="Fri, 13 Sep 2024 03:22:10 +0000",
    imitates="plain-text pipe table pasted from a hosting abuse tracker",
    why="text table: content removed, account suspended, and one row still waiting for the customer",
    body=f"""Hello,

Status of the URLs in {R_KN}:

| URL                                      | Result                        |
|------------------------------------------|-------------------------------|
| {K1}      | content removed by customer   |
| {K3}                 | hosting account suspended     |
| {K4} | waiting for customer reply    |

Kuroneko Hosting - Abuse Department
""",
    items={K1: "removed", K3: "removed", K4: "pending"})

add(name="kn-forwards-customer-reply", ref=R_KN, outcome="review", review="forwarded",
    classification="forwarded",
    **{"from": KN_FROM}, name_from="Kuroneko Hosting Abuse", date="Sun, 08 Sep 2024 23:50:02 +0000",
    subject=f"Fwd: Re: [Kuroneko Abuse #KH-558120] {R_KN}",
    imitates="hosting provider forwarding its customer's reply without its own finding",
    why="the only statements are the customer's, inside a forwarded message",
    body=f"""Hello,

Please see our customer's answer below.

Kuroneko Hosting - Abuse Department

---------- Forwarded message ---------
From: lucky-toto77 ops <ops@lucky-toto77.com>
Date: Sun, 8 Sep 2024 at 21:14
Subject: Re: [Kuroneko Abuse #KH-558120]
To: <abuse@kuronekohost.net>

Hi, we took down {K1} and the invite page
{K2} yesterday. Please close the ticket.
""",
    items={K1: "pending", K2: "pending"})

add(name="kn-hosts-hanachan-wrong-platform", ref=R_HC, outcome="review", review="wrong_platform",
    **{"from": KN_FROM}, name_from="Kuroneko Hosting Abuse", date="Fri, 13 Sep 2024 08:40:44 +0000",
    imitates="upstream host answering about a customer's site (the image board it hosts)",
    why="Kuroneko states results for hanachan's items: another platform's items",
    body=f"""Hello,

We are the hosting provider of hanachan.org and received a copy of your
request {R_HC}. The board's administrator tells us that the thread
{H1} and the image
{H3} were deleted on 12 September.

Kuroneko Hosting - Abuse Department
""",
    items={H1: "pending", H3: "pending"})

add(name="kn-out-of-office", ref=R_KN, outcome="ignored", classification="auto_reply",
    **{"from": "hiro.t@kuronekohost.net"}, name_from="Hiro Tanaka", date="Thu, 05 Sep 2024 02:31:07 +0000",
    subject=f"Automatic reply: {SUBJ[R_KN]}",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    body="""I am out of the office until 9 September with limited access to email.
For abuse matters please write to abuse@kuronekohost.net, which is read
around the clock.

Hiro Tanaka
""")

add(name="kn-site-owner-gmail", ref=R_KN, outcome="review", review="unknown_sender",
    **{"from": "toto77.webmaster@gmail.com"}, name_from="toto77 webmaster",
    date="Tue, 10 Sep 2024 14:02:19 +0000",
    imitates="site operator writing directly from a free-mail account",
    why="gmail.com is not a platform's domain: the statement cannot change a status",
    body=f"""hello

i am the owner of lucky-toto77.com. my hosting company sent me your complaint.
i deleted the page {K1} already, please close this and
tell kuroneko to unlock my account.
""",
    items={K1: "pending"})

# ================================================================ Dalbit forum (Korean)
add(name="db-admin-one-line-fullwidth", ref=R_DB, outcome="applied", classification="confirmation",
    **{"from": DB_FROM}, name_from="달빛포럼 운영자", date="Tue, 10 Sep 2024 13:05:33 +0900",
    imitates="forum administrator answering in one Korean line",
    why="one line: the post in full-width brackets was deleted by the operator",
    body=f"""운영자입니다. 말씀하신 글（{D1}）은 삭제했습니다。
""",
    items={D1: "removed"})

add(name="db-numbered-list-raw-korean-path", ref=R_DB, outcome="applied", classification="confirmation",
    **{"from": DB_FROM}, name_from="달빛포럼 운영진", date="Wed, 11 Sep 2024 10:20:45 +0900",
    imitates="Korean forum staff listing 게시중단/블라인드 results with raw Hangul paths",
    why="게시중단 and 블라인드 are removals; a post its author already deleted is not_found",
    body=f"""안녕하세요, 달빛포럼 운영진입니다.
요청하신 게시물 처리 결과 알려드립니다.

1. {D3_RAW} → 게시중단 처리
2. {D4_RAW} → 작성자가 이미 삭제한 글이라 확인되지 않습니다
3. {D5} → 블라인드 처리 완료

감사합니다.
""",
    items={D3: "removed", D4: "not_found", D5: "removed"})

add(name="db-temporary-measure-particle", ref=R_DB, outcome="applied", classification="confirmation",
    **{"from": DB_FROM}, name_from="달빛포럼 운영자", date="Thu, 12 Sep 2024 16:48:02 +0900",
    imitates="임시조치 notice under 정보통신망법 제44조의2 from a small portal",
    why="30-day 임시조치 (access restricted) on the URL followed directly by a particle: restricted",
    body=f"""안녕하세요. 달빛포럼 운영자입니다.

{D2}에 대해서는 권리침해 여부를 저희가 판단하기 어려워 정보통신망법
제44조의2에 따라 30일간 임시조치(접근 제한)하였습니다.
게시자가 이의를 제기하면 다시 알려드리겠습니다.
""",
    items={D2: "restricted"})

db_b64 = f"""[달빛포럼] 시정요구 조치결과 회신 ({R_DB})

■ 조치 내역
- {D1} : 삭제
- {D2} : 삭제
- {D3} : 해당 게시물 없음 (존재하지 않는 주소)

■ 미조치 내역
- {D4} : 정상적인 중고거래 게시물로 판단되어 유지

문의: admin@dalbitforum.kr
"""
add(name="db-base64-correction-result", ref=R_DB, outcome="applied", classification="confirmation",
    **{"from": DB_FROM}, name_from="달빛포럼 운영진", date="Fri, 13 Sep 2024 11:00:10 +0900",
    subject=f"[달빛포럼] 시정요구 조치결과 회신 ({R_DB})",
    imitates="Korean 시정요구 조치결과 reply with 조치/미조치 sections, base64 body",
    why="two deleted, one address that does not exist, one kept as a legitimate post (rejected)",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(db_b64)}
""",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "rejected"})

add(name="db-bulk-all-five-deleted", ref=R_DB, outcome="review", review="bulk",
    **{"from": DB_FROM}, name_from="달빛포럼 운영자", date="Sat, 14 Sep 2024 09:12:00 +0900",
    imitates="forum admin's one-line Korean closure for the whole request",
    why="'all 5 posts deleted' without naming each, request of five items: bulk",
    body=f"""요청하신 게시물 5건 모두 삭제 조치하였습니다. ({R_DB})
""",
    items={D1: "pending", D5: "pending"})

add(name="db-promise-after-meeting", ref=R_DB, outcome="review", review="not_understood",
    **{"from": DB_FROM}, name_from="달빛포럼 운영자", date="Wed, 11 Sep 2024 21:40:30 +0900",
    imitates="volunteer-run forum promising to act after a staff meeting",
    why="'확인 후 조치하겠습니다' is a promise: the named post stays pending",
    body=f"""안녕하세요.

{D2} 건은 운영진 확인 후 조치하도록 하겠습니다.
운영진 회의가 주말에 있어 다음 주 중으로 결과 회신드리겠습니다.

달빛포럼 운영자 드림
""",
    items={D2: "pending"})

add(name="db-submod-personal-mail", ref=R_DB, outcome="review", review="unknown_sender",
    **{"from": "moonlit.sub@hanmail.net"}, name_from="달빛포럼 부운영자",
    date="Wed, 11 Sep 2024 23:02:11 +0900",
    imitates="forum sub-moderator answering from a personal portal mailbox",
    why="hanmail.net is not the forum's domain: unknown sender even though the content sounds right",
    body=f"""달빛포럼 부운영자입니다. 운영자 메일이 안 돼서 개인 메일로 답장드립니다.
{D1} 글은 제가 오늘 삭제했습니다.
""",
    items={D1: "pending"})

add(name="db-vacation-auto-reply", ref=R_DB, outcome="ignored", classification="auto_reply",
    **{"from": DB_FROM}, name_from="달빛포럼 운영자", date="Tue, 10 Sep 2024 09:41:02 +0900",
    subject=f"[자동응답] Re: {SUBJ[R_DB]}",
    extra_headers=["Auto-Submitted: auto-replied"],
    imitates="Korean webmail vacation auto-reply (자동응답)",
    why="automatic vacation reply",
    body="""[자동응답] 추석 연휴로 9월 19일까지 메일 확인이 어렵습니다.
급한 문의는 포럼 내 '운영자에게' 게시판을 이용해 주세요.
""")

dsn_orig = request_text(R_DB, [D1, D2, D3, D4, D5])
add(name="db-bounce-unknown-user", ref=R_DB, outcome="ignored", classification="bounce", auth="none",
    reply=False,
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 09:40:31 +0900",
    subject="Undelivered Mail Returned to Sender",
    imitates="Postfix delivery status notification with the original request attached",
    why="a bounce: the URLs are in the returned request only",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-4410"

--dsn-4410
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

Your message could not be delivered to one of its recipients.

<webmaster@dalbitforum.kr>: host mx.dalbitforum.kr[203.0.113.45] said:
    550 5.1.1 <webmaster@dalbitforum.kr>: Recipient address rejected:
    User unknown (in reply to RCPT TO command)

--dsn-4410
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 09:40:02 +0900

Final-Recipient: rfc822; webmaster@dalbitforum.kr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.dalbitforum.kr
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-4410
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: webmaster@dalbitforum.kr
Subject: {h(SUBJ[R_DB])}
Date: Tue, 10 Sep 2024 09:40:00 +0900
Message-ID: <{mid(R_DB)}>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

{dsn_orig}

--dsn-4410--
""")

# ================================================================ hanachan
add(name="hc-janitor-informal", ref=R_HC, outcome="applied", classification="confirmation",
    **{"from": HC_FROM}, name_from="hanachan mod team", date="Wed, 11 Sep 2024 18:22:04 +0000",
    imitates="image-board moderator writing an informal, lower-case reply",
    why="thread and image nuked (removed); the /pol/ thread explicitly stays up as not illegal (rejected)",
    body=f"""nuked {H1} and the pic {H3} , poster banned 30d.

{H2} is people arguing about elections, nothing illegal
there, it stays.

- mods
""",
    items={H1: "removed", H3: "removed", H2: "rejected"})

add(name="hc-gmail-style-quote", ref=R_HC, outcome="applied", classification="confirmation",
    **{"from": "sasha@hanachan.org"}, name_from="Sasha", date="Thu, 12 Sep 2024 04:11:50 +0000",
    imitates="Gmail-style reply above an 'On ... wrote:' quote of the request",
    why="two items answered above the quote; the quoted request names all three and states nothing",
    body=f"""{H2} - deleted by the mod team.
{H3} - 404, the file was already pruned along with its thread.

Sasha

On Wed, Sep 11, 2024 at 3:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{request_text(R_HC, [H1, H2, H3], "> ")}
""",
    items={H2: "removed", H3: "not_found", H1: "pending"})

add(name="hc-geoblock-korea", ref=R_HC, outcome="applied", classification="confirmation",
    **{"from": "admin@hanachan.org"}, name_from="hanachan admin", date="Sat, 14 Sep 2024 02:30:00 +0000",
    imitates="small foreign board refusing deletion but geo-blocking for one country",
    why="not deleted, but blocked for visitors from South Korea: restricted",
    body=f"""Hello,

We do not delete posts on foreign government requests as a rule, but
{H1} is now geo-blocked for visitors from South Korea.

admin
""",
    items={H1: "restricted"})

add(name="hc-hedged-probably-pruned", ref=R_HC, outcome="review", review="not_understood",
    **{"from": HC_FROM}, name_from="hanachan mod team", date="Thu, 12 Sep 2024 22:05:17 +0000",
    imitates="moderator guessing from memory, without checking",
    why="'probably fell off' is a hedge, and he promises to check later: pending",
    body=f"""{H1} probably fell off the board already, threads
get pruned after 300 replies. can't check from my phone, will look when
i'm home.
""",
    items={H1: "pending"})

# ================================================================ NameBarn
add(name="nb-clienthold-and-content-refusal", ref=R_NB, outcome="applied", classification="confirmation",
    **{"from": NB_FROM}, name_from="NameBarn Abuse", date="Tue, 17 Sep 2024 13:40:00 +0000",
    imitates="registrar abuse reply: domain put on clientHold, content complaint declined",
    why="one domain suspended (clientHold, site unreachable); the other refused with the registrar's reason",
    body=f"""Dear Reporter,

Thank you for your complaint {R_NB}.

1) kr-casino-royal.com ({N1})
   The domain has been placed on clientHold. It no longer resolves and the
   website is unreachable.

2) ssul-leak.net ({N2})
   We found no abuse of the domain registration itself. NameBarn does not
   judge or remove website content, so the domain will remain active.
   Please contact the hosting provider shown in DNS.

NameBarn Abuse Team
""",
    items={N1: "removed", N2: "rejected"})

add(name="nb-ack-then-suspended", ref=R_NB, outcome="applied", classification="confirmation",
    **{"from": NB_FROM}, name_from="NameBarn Abuse", date="Wed, 18 Sep 2024 06:02:40 +0000",
    subject="Your complaint NB-88213 / ssul-leak.net",
    imitates="registrar receipt template with an update paragraph added by the agent",
    why="receipt wording plus an unhedged statement that the domain was suspended: not a mere acknowledgement",
    body="""Thank you for contacting NameBarn Abuse. Your complaint has been logged
as NB-88213.

Update: the domain ssul-leak.net was suspended today (status serverHold
set by the registry at our request). <https://ssul-leak.net/> no longer
resolves.

NameBarn Abuse Team
""",
    items={N2: "removed"})

add(name="nb-asks-for-court-order", ref=R_NB, outcome="review", review="asks_more",
    classification="request_for_info",
    **{"from": NB_FROM}, name_from="NameBarn Abuse", date="Mon, 16 Sep 2024 09:15:22 +0000",
    imitates="registrar asking for a court order or legal citation before acting",
    why="asks for documents before it will act; no status",
    body=f"""Dear Reporter,

To act on your complaint about kr-casino-royal.com ({N1}) we need
either a court order or a letter from the competent authority that cites
the specific provision of Korean law breached. Please reply with the
document attached (PDF) and we will review it.

NameBarn Abuse Team
""",
    items={N1: "pending"})

add(name="nb-conditional-suspension", ref=R_NB, outcome="review", review="not_understood",
    **{"from": NB_FROM}, name_from="NameBarn Abuse", date="Sat, 14 Sep 2024 04:50:09 +0000",
    imitates="registrar notice of a deadline given to the registrant",
    why="suspension only if the registrant does not answer: a condition, not a statement",
    body=f"""Dear Reporter,

We have notified the registrant of kr-casino-royal.com ({N1}).
If the registrant does not respond within 5 days, the domain will be
suspended.

NameBarn Abuse Team
""",
    items={N1: "pending"})

add(name="nb-read-receipt", ref=R_NB, outcome="ignored", classification="read_receipt",
    **{"from": "abuse@namebarn.com"}, name_from="NameBarn Abuse", date="Fri, 13 Sep 2024 02:05:00 +0000",
    subject="Read: " + SUBJ[R_NB],
    imitates="Outlook read receipt (MDN, disposition-notification)",
    why="a read receipt",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-2201"

--mdn-2201
Content-Type: text/plain; charset=us-ascii

Your message

  To: abuse@namebarn.com
  Subject: {SUBJ[R_NB]}
  Sent: Friday, September 13, 2024 1:20:00 AM (UTC)

was read on Friday, September 13, 2024 2:05:00 AM (UTC).

--mdn-2201
Content-Type: message/disposition-notification

Reporting-UA: mail.namebarn.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;abuse@namebarn.com
Original-Message-ID: <{mid(R_NB)}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-2201--
""")

# ================================================================ EdgeVeil
add(name="ev-geoblock-kr", ref=R_EV, outcome="applied", classification="confirmation",
    **{"from": EV_FROM}, name_from="EdgeVeil Trust & Safety", date="Mon, 23 Sep 2024 07:30:00 +0000",
    imitates="CDN trust & safety reply: not the host, but access restricted in one country",
    why="access restricted for visitors in Korea: restricted; the help-page link is not an item",
    body=f"""Hello,

EdgeVeil provides proxy and caching services for the website and does not
host its content. After reviewing your report we have restricted access to
{E1}
for visitors in the Republic of Korea.

The origin host is Nimbus Dedicated (abuse@nimbus-dedi.example). More
about how we handle reports: https://edgeveil.net/trust/abuse-process

EdgeVeil Trust & Safety
""",
    items={E1: "restricted"})

add(name="ev-sole-item-no-url", ref=R_EV, outcome="applied", classification="confirmation",
    **{"from": EV_FROM}, name_from="EdgeVeil Trust & Safety", date="Wed, 25 Sep 2024 03:12:44 +0000",
    imitates="CDN closing a report after the site operator removed the page",
    why="one-item request; reply says the reported page was removed and returns 404: removed",
    body="""Hello,

The site operator removed the reported page after we passed on your
notice. We have confirmed that it now returns 404 through our network.

This report is now closed.

EdgeVeil Trust & Safety
""",
    items={E1: "removed"})

add(name="ev-email-not-monitored", ref=R_EV, outcome="ignored", classification="auto_reply",
    **{"from": "no-reply@edgeveil.net"}, name_from="EdgeVeil", date="Thu, 19 Sep 2024 05:00:12 +0000",
    subject="Automatic response: " + SUBJ[R_EV],
    extra_headers=["Auto-Submitted: auto-replied"],
    imitates="CDN automatic answer that email reports are not read and the web form must be used",
    why="automatic response pointing to the web form; says nothing about the item",
    body="""This is an automated message.

Reports sent by email to abuse@edgeveil.net are not reviewed. To report
abuse on a website using EdgeVeil, please use the form at
https://edgeveil.net/abuse/report so that your report reaches the right
team and the website's hosting provider.

EdgeVeil
""")

# ================================================================ Pastebox
add(name="pb-one-removed-one-missing", ref=R_PB, outcome="applied", classification="confirmation",
    **{"from": "mo@pastebox.dev"}, name_from="Mo (Pastebox)", date="Mon, 23 Sep 2024 22:47:03 +0000",
    imitates="one-person paste site answering in two lines",
    why="one paste removed; nothing exists under the other key: not_found",
    body=f"""{P1} removed, sorry about that.
{P2} - nothing under that key on our side, are you sure the id is right?

-mo
""",
    items={P1: "removed", P2: "not_found"})

add(name="pb-ticket-opened", ref=R_PB, outcome="ignored", classification="acknowledgement",
    **{"from": "mo@pastebox.dev"}, name_from="Mo (Pastebox)", date="Mon, 23 Sep 2024 16:30:12 +0000",
    imitates="one-line human acknowledgement with a ticket number",
    why="received, ticket opened: pure acknowledgement",
    body="""Received, opened ticket PB-311.

-mo
""")

add(name="pb-abuse-address-change", ref=R_PB, outcome="review", review="no_claims", reply=False,
    **{"from": "mo@pastebox.dev"}, name_from="Mo (Pastebox)", date="Fri, 27 Sep 2024 10:00:00 +0000",
    subject="Pastebox abuse contact is changing",
    imitates="small service announcing a new abuse contact",
    why="trusted platform mail naming no item and no request",
    body="""Hi,

Heads up: from 1 October our abuse inbox is abuse-reports@pastebox.dev.
The old address will keep forwarding for a month. Please update your
records.

Thanks,
Mo
""")

HEADER = f"""# Blind set {SET}: hosts, a CDN, a registrar, a Korean forum, an image
# board, a file host and a paste site answering informally, plus CSV
# attachments and plain-text tables. Written by make.py from the case list;
# expected results come from each email's meaning, written before any run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    from collections import Counter
    print(len(cases), dict(Counter(c["outcome"] for c in cases)))
