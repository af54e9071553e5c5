#!/usr/bin/env python3
"""Blind set 505: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering (often informally),
plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind505/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result was written from the meaning of the email alone, before the
reader was ever run on it.
"""
import base64
import csv
import datetime
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R_DV, R_HN, R_ES, R_NC, R_MO, R_PK, R_PB = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07")

DV = {  # DropVault file host, the largest request (14 items)
    1: "https://dropvault.io/f/Qx81LmZ0",
    2: "https://dropvault.io/f/Bn44KtR7",
    3: "https://dropvault.io/f/Zp09WeU2",
    4: "https://dropvault.io/f/Hc27YdM5",
    5: "https://dropvault.io/f/Lr63NsA8",
    6: "https://dropvault.io/f/Tw15GjE3",
    7: "https://dropvault.io/f/Vk90PqC1",
    8: "https://dropvault.io/f/Md38XoF6",
    9: "https://dropvault.io/f/Ey72SbJ4",
    10: "https://dropvault.io/f/Gu56RhK9",
    11: "https://dropvault.io/folder/9fa2c7/kr-pack",
    12: "https://dropvault.io/folder/31be08/set2",
    13: "https://dl.dropvault.io/d/Qf11Aa22/archive.zip",
    14: "https://dropvault.io/f/Wn84CiD0?dl=1",
}
HN = {  # HostNest web hosting: pages of customers' sites
    1: "https://seoul-night-guide.net/gallery/view.php?id=2281",
    2: "https://seoul-night-guide.net/gallery/view.php?id=2290",
    3: "https://bada-pharm24.com/product/viagra-kr-100",
    4: "https://bada-pharm24.com/",
}
ES = {  # EdgeShield CDN / reverse proxy
    1: "https://toto-king88.bet/event/signup",
    2: "https://toto-king88.bet/mobile/",
    3: "https://casino-hanbit.club/ko/bonus",
}
NC = {  # NameCrate registrar
    1: "https://lucky-toto365.xyz/",
    2: "https://sureplay-kor.top/",
}
MO_RAW4 = "https://mooa.kr/gallery/사진/7781"
MO = {  # 무아 커뮤니티 forum
    1: "https://mooa.kr/board/free/88123",
    2: "https://mooa.kr/board/free/88190",
    3: "https://mooa.kr/board/humor/41022",
    4: "https://mooa.kr/gallery/%EC%82%AC%EC%A7%84/7781",
    5: "https://m.mooa.kr/board/free/88205",
}
PK = {  # Pikchan image board
    1: "https://pikchan.org/kr/res/55012.html",
    2: "https://pikchan.org/kr/res/55340.html",
    3: "https://i.pikchan.org/kr/src/1725801123456.jpg",
}
PB = {1: "https://pastebox.dev/p/r8Lk2QvN"}

REQUESTS = [
    # ref, platform, sent, due, category, note, urls
    (R_DV, "dropvault", "2024-09-03", "2024-09-10", "obscenity",
     'files shared in a "free pack" thread, 14 links', DV),
    (R_HN, "hostnest", "2024-09-04", "2024-09-11", "prostitution",
     "sites hosted at HostNest (IP 203.0.113.40, .41)", HN),
    (R_ES, "edgeshield", "2024-09-05", "2024-09-12", "gambling",
     "sites behind EdgeShield proxy; origin unknown", ES),
    (R_NC, "namecrate", "2024-09-06", "2024-09-13", "gambling",
     "domains registered through NameCrate", NC),
    (R_MO, "mooa", "2024-09-09", "2024-09-16", "defamation",
     "게시물 5건, 명예훼손", MO),
    (R_PK, "pikchan", "2024-09-10", "2024-09-17", "privacy",
     "threads posting a private person's photos", PK),
    (R_PB, "pastebox", "2024-09-11", "2024-09-18", "privacy",
     "paste with personal data (name, phone, address)", PB),
]


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for k in sorted(urls):
                w.writerow([ref, plat, sent, due, urls[k], cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def date(day, hh, mm, tz="+0000"):
    d = datetime.date(2024, 9, day)
    return f"{d.strftime('%a')}, {day:02d} Sep 2024 {hh:02d}:{mm:02d}:{(day * 7 + mm) % 60:02d} {tz}"


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def with_csv(body, csv_text, filename, fn_header=None, boundary="=_dv_csv_7f3a"):
    disp = fn_header or f'attachment; filename="{filename}"'
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{body.strip()}\n\n"
        f"--{boundary}\n"
        f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f"Content-Disposition: {disp}\n"
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(csv_text)}\n"
        f"--{boundary}--\n"
    )


def quoted_request(ref, platform_name, urls, when, gmail=True):
    lines = [f"> Dear {platform_name} team,", ">",
             f"> The Korea Communications Standards Commission asks you to remove or",
             f"> disable access to the following content (our reference {ref}):", ">"]
    lines += [f"> {u}" for u in urls]
    lines += [">", "> Please tell us the action taken for each URL.", ">",
              "> KCSC Takedown Desk"]
    head = f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:" if gmail else ""
    return head + "\n" + "\n".join(lines)


def items(mapping, st):
    return {mapping[k]: v for k, v in st.items()}


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ DropVault
case(
    name="dv-csv-attachment-results", date=date(5, 8, 14),
    **{"from": "trust-safety@dropvault.io"}, name_from="DropVault Trust & Safety",
    subject=f"Re: Removal request {R_DV} - results (1/2)", reply_to_req=mid(R_DV),
    raw_mime=with_csv(
        f"""Hello,

We have completed the first part of our review of notice {R_DV}.
The outcome for each file is in the attached spreadsheet. The remaining
links are still with our team and we will write again.

Regards,
Ines
DropVault Trust & Safety""",
        "report_id,file_id,url,action,notes\n"
        f"DV-88410,Qx81LmZ0,{DV[1]},disabled,Terms of Service 4.2\n"
        f"DV-88410,Bn44KtR7,{DV[2]},disabled,Terms of Service 4.2\n"
        f"DV-88410,Zp09WeU2,{DV[3]},not_found,deleted by the uploader before review\n"
        f"DV-88410,Hc27YdM5,{DV[4]},disabled,Terms of Service 4.2\n"
        f'DV-88410,Lr63NsA8,{DV[5]},no_action,"scanned public-domain book, no violation of our terms"\n'
        f"DV-88410,Tw15GjE3,{DV[6]},disabled,Terms of Service 4.2\n",
        "dv-88410-results.csv"),
    outcome="applied", classification="confirmation",
    imitates="file-host abuse team sending per-file outcomes as a CSV export from its ticket tool",
    why="CSV rows: four disabled, one deleted by uploader (not_found), one kept with no violation (rejected)",
    items=items(DV, {1: "removed", 2: "removed", 3: "not_found", 4: "removed", 5: "rejected", 6: "removed"}),
)

case(
    name="dv-plain-text-table", date=date(6, 2, 41),
    **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse",
    subject=f"[DV-88410] {R_DV} results (2/2)", reply_to_req=mid(R_DV),
    body=f"""Hi,

Second batch for your notice {R_DV}:

FILE       URL                                    RESULT
---------  -------------------------------------  ---------------------
Vk90PqC1   {DV[7]}        DISABLED
Md38XoF6   {DV[8]}        DISABLED
Ey72SbJ4   {DV[9]}        NOT FOUND
Gu56RhK9   {DV[10]}        KEPT (no violation)

"NOT FOUND" means no file with that id exists on our storage.
"KEPT" means we reviewed the file and it does not break our terms.

DropVault Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply pasting a fixed-width result table from an internal tool",
    why="plain-text table: two disabled, one not found, one kept because no violation",
    items=items(DV, {7: "removed", 8: "removed", 9: "not_found", 10: "rejected"}),
)

html_dv = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC team,</p>
<p>Regarding your request <b>{R_DV}</b>, the folders and the archive below were reviewed by our Trust &amp; Safety team on 6 September 2024.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eef"><th>Reported link</th><th>Type</th><th>Outcome</th></tr>
<tr><td><a href="{DV[11]}">{DV[11]}</a></td><td>Shared folder (23 files)</td><td>Folder and all contents removed</td></tr>
<tr><td><a href="{DV[12]}">{DV[12]}</a></td><td>Shared folder (9 files)</td><td>Folder and all contents removed</td></tr>
<tr><td><a href="{DV[13]}">{DV[13]}</a></td><td>Direct download</td><td>Not found &ndash; the link has expired and the file no longer exists</td></tr>
</table>
<p>If you disagree with an outcome you can reply to this message or use <a href="https://dropvault.io/legal/appeals">https://dropvault.io/legal/appeals</a>.</p>
<p>Kind regards,<br>DropVault Trust &amp; Safety</p>
</body></html>
"""
case(
    name="dv-folder-html-table-qp", date=date(6, 9, 3),
    **{"from": "no-reply@dropvault.io"}, name_from="DropVault Trust & Safety",
    subject=f"Outcome of your report {R_DV} (folders)", reply_to_req=mid(R_DV),
    raw_mime=("Content-Type: text/html; charset=utf-8\n"
              "Content-Transfer-Encoding: quoted-printable\n\n" + qp(html_dv)),
    outcome="applied", classification="confirmation",
    imitates="templated HTML outcome notice of a file host, quoted-printable encoded",
    why="HTML table: both folders removed, the direct-download link expired and no longer exists (not_found); appeals page is no item",
    items=items(DV, {11: "removed", 12: "removed", 13: "not_found"}),
)

case(
    name="dv-top-posted-over-quote", date=date(4, 11, 52),
    **{"from": "ines.cardoso@dropvault.io"}, name_from="Ines Cardoso",
    subject=f"Re: [{R_DV}] Request to remove content", reply_to_req=mid(R_DV),
    body=f"""Hi,

Quick update while we go through the rest: these two are down already.

{DV[1]} - removed
{DV[2]} - removed

Ines

{quoted_request(R_DV, "DropVault", list(DV.values()), "Tue, 3 Sep 2024 at 10:02")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted staff reply above the quoted request",
    why="two files named removed above the quote; the other twelve only appear in the quoted request",
    items=items(DV, {1: "removed", 2: "removed"}),
)

case(
    name="dv-base64-body", date=date(7, 3, 20),
    **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse",
    subject=f"Re: {R_DV} remaining links", reply_to_req=mid(R_DV),
    raw_mime=("Content-Type: text/plain; charset=utf-8\n"
              "Content-Transfer-Encoding: base64\n\n" + b64(f"""Hello,

Final update on {R_DV} for the links that were still open:

* {DV[12]}
  Status: removed (folder deleted, owner account suspended)

* {DV[13]}
  Status: removed

* {DV[14]}
  Status: not found - this link is invalid, no file has ever had this id

This closes ticket DV-88410 on our side.

DropVault Abuse Desk
""")),
    outcome="applied", classification="confirmation",
    imitates="ticket-system reply sent with a base64-encoded plain-text body",
    why="base64 body: folder and archive removed, one invalid link (not_found)",
    items=items(DV, {12: "removed", 13: "removed", 14: "not_found"}),
)

case(
    name="dv-outlook-reply-bulleted", date=date(5, 14, 8),
    **{"from": "legal@dropvault.io"}, name_from="DropVault Legal",
    subject=f"RE: Request to remove content - {R_DV}", reply_to_req=mid(R_DV),
    body=f"""Dear Sir or Madam,

Thank you for your notice. Please find our answer below.

  - {DV[1]} : the file has been removed.
  - {DV[5]} : the file has been removed.
  - {DV[6]} : we could not locate this file; it does not exist on our service.

Best regards,
Tomasz Wierzba
Legal Counsel, DropVault

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:02 AM
To: legal@dropvault.io
Subject: Request to remove content - {R_DV}

Dear DropVault team,

Please remove the following files (reference {R_DV}):
{chr(10).join(DV.values())}

KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a legal department with bullets above -----Original Message-----",
    why="three bullets: two removed, one not found; the unprefixed list below the Outlook separator is our own request",
    items=items(DV, {1: "removed", 5: "removed", 6: "not_found"}),
)

case(
    name="dv-url-below-statement", date=date(6, 5, 37),
    **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse",
    subject=f"Re: {R_DV}", reply_to_req=mid(R_DV),
    body=f"""Hello KCSC,

The following file was disabled for breaching our Terms of Service:
{DV[4]}

The following link does not correspond to any file in our system:
{DV[10]}

Regards,
DropVault Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with each statement on its own line and the URL on the line below",
    why="statement lines precede the URLs they apply to: one disabled, one does not exist",
    items=items(DV, {4: "removed", 10: "not_found"}),
)

case(
    name="dv-ack-plus-statements", date=date(4, 7, 15),
    **{"from": "support@dropvault.io"}, name_from="DropVault Support",
    subject=f"[Ticket #DV-88590] {R_DV}", reply_to_req=mid(R_DV),
    body=f"""Thank you for contacting DropVault. Your ticket #DV-88590 has been created.

One of our agents has already looked at two of the links in your message:

{DV[2]} was taken down today.
{DV[3]} was taken down today.

We will reply on the same ticket about the others.

DropVault Support
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk ticket-created mail to which an agent added first results",
    why="receipt wording plus two unhedged 'taken down' statements: not a pure acknowledgement",
    items=items(DV, {2: "removed", 3: "removed"}),
)

case(
    name="dv-bulk-all-disabled", date=date(8, 10, 1),
    **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse",
    subject=f"Re: {R_DV} closed", reply_to_req=mid(R_DV),
    body=f"""Hello,

All the files and folders listed in your notice {R_DV} have been disabled
and the uploading account has been terminated.

DropVault Abuse Desk
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="short abuse-desk closing note covering a whole notice",
    why="one statement about all 14 items without naming any: bulk",
    items={},
)

case(
    name="dv-queued-for-removal", date=date(3, 16, 44),
    **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse",
    subject=f"Re: {R_DV}", reply_to_req=mid(R_DV),
    body=f"""Hi,

Thanks. The files below are queued for removal and will be taken down
within 24 hours, once the uploader's notice period ends:

{DV[6]}
{DV[7]}
{DV[8]}

We will check the rest tomorrow.

DropVault Abuse Desk
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="abuse-desk reply announcing a pending removal",
    why="'queued for removal' and 'will be taken down' are promises, not statements",
    items=items(DV, {6: "pending", 7: "pending", 8: "pending"}),
)

case(
    name="dv-auth-fail", date=date(5, 1, 9), auth="fail",
    **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse",
    subject=f"Re: {R_DV}", reply_to_req=mid(R_DV),
    body=f"""Hello,

{DV[1]} deleted
{DV[2]} deleted

DropVault Abuse
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk one-liners, but DKIM/SPF/DMARC fail for dropvault.io",
    why="platform domain failing authentication: untrusted",
    items=items(DV, {1: "pending", 2: "pending"}),
)

case(
    name="dv-ticket-receipt", date=date(3, 10, 4),
    **{"from": "no-reply@dropvault.io"}, name_from="DropVault Support",
    subject=f"[Ticket #DV-88410] We received your request: {R_DV}", reply_to_req=mid(R_DV),
    extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    body="""This is an automatic message. Please do not reply to it.

We have received your abuse report and created ticket #DV-88410. Our
Trust & Safety team handles reports in the order they arrive. You can
follow the ticket at https://support.dropvault.io/tickets/DV-88410

DropVault Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt (ticket created, do not reply)",
    why="pure acknowledgement; the ticket link is the platform's own page",
    items={},
)

# ================================================================ HostNest
case(
    name="hn-customer-removed-404", date=date(5, 6, 30),
    **{"from": "abuse@hostnest.net"}, name_from="HostNest Abuse",
    subject=f"Re: [ABUSE-310472] {R_HN}", reply_to_req=mid(R_HN),
    body=f"""Hello,

We passed your complaint on to our customer, who has now removed the
material. We checked it ourselves: both of the following pages were
deleted and return 404.

{HN[1]}
{HN[2]}

The complaint is closed on our side.

Regards,
Pavel
HostNest Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse desk closing a ticket after the customer removed the content",
    why="host verified both pages deleted (404): removed",
    items=items(HN, {1: "removed", 2: "removed"}),
)

case(
    name="hn-account-suspended", date=date(6, 12, 12),
    **{"from": "abuse@hostnest.net"}, name_from="HostNest Abuse",
    subject=f"[ABUSE-310473] {R_HN} bada-pharm24.com", reply_to_req=mid(R_HN),
    body=f"""Hi,

The hosting account serving {HN[4]} has been suspended for violation of
our Acceptable Use Policy. The whole site is offline, so
{HN[3]} is no longer available either.

HostNest Abuse Team
https://www.hostnest.net/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider AUP suspension notice",
    why="account suspended, site offline: both pages removed; AUP link is no item",
    items=items(HN, {3: "removed", 4: "removed"}),
)

case(
    name="hn-mixed-notfound-rejected", date=date(9, 4, 5),
    **{"from": "abuse@hostnest.net"}, name_from="HostNest Abuse",
    subject=f"Re: [ABUSE-310472] {R_HN}", reply_to_req=mid(R_HN),
    body=f"""Hello,

Our findings for {R_HN}:

1) {HN[2]}
   We could not find this page on any of our servers. The gallery script
   of that site has no entry with id 2290.

2) {HN[3]}
   The page sells a registered food supplement. After review we found no
   breach of our Acceptable Use Policy and we will not take action.

Best regards,
HostNest Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse desk reporting per-URL findings in a numbered list",
    why="one page cannot be found (not_found); one reviewed and kept for no breach (rejected)",
    items=items(HN, {2: "not_found", 3: "rejected"}),
)

case(
    name="hn-informal-oneliner", date=date(5, 22, 48),
    **{"from": "marek@hostnest.net"}, name_from="Marek",
    subject=f"Re: {R_HN}", reply_to_req=mid(R_HN),
    body=f"""both deleted, customer wiped the gallery pages.

{HN[1]}
{HN[2]}

--
Marek / HostNest abuse
""",
    outcome="applied", classification="confirmation",
    imitates="one-line answer from a small host's admin",
    why="'both deleted' with the two URLs listed right below",
    items=items(HN, {1: "removed", 2: "removed"}),
)

case(
    name="hn-forwarded-to-customer", date=date(4, 15, 26),
    **{"from": "abuse@hostnest.net"}, name_from="HostNest Abuse",
    subject=f"[ABUSE-310473] {R_HN}", reply_to_req=mid(R_HN),
    body=f"""Hello,

The following URLs are hosted on a customer's server:

  {HN[3]}
  {HN[4]}

We have forwarded your complaint to the customer and given them 48 hours
to respond. If they do not act, we will suspend the service.

HostNest Abuse Team
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="hosting provider forwarding an abuse complaint to its customer with a deadline",
    why="forwarded to the customer, suspension only promised: no status",
    items=items(HN, {3: "pending", 4: "pending"}),
)

case(
    name="hn-wrong-platform-cdn-item", date=date(7, 8, 55),
    **{"from": "abuse@hostnest.net"}, name_from="HostNest Abuse",
    subject=f"Fwd complaint via EdgeShield - {R_ES}",
    body=f"""Hello,

EdgeShield passed us your complaint {R_ES}, because the origin server of
toto-king88.bet is on our network.

{ES[1]} has been disabled on our customer's server.

HostNest Abuse Team
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="origin host answering a complaint that a CDN forwarded to it",
    why="HostNest states a status for an item of the EdgeShield request",
    items=items(ES, {1: "pending"}),
)

case(
    name="hn-out-of-office", date=date(4, 9, 1),
    **{"from": "pavel.novak@hostnest.net"}, name_from="Pavel Novak",
    subject=f"Automatic reply: [ABUSE-310472] {R_HN}", reply_to_req=mid(R_HN),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 9 September with limited access to email.
For urgent abuse matters please write to abuse@hostnest.net.

Pavel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from an abuse-desk employee",
    why="auto-reply",
    items={},
)

# ================================================================ EdgeShield
case(
    name="es-geo-restricted-kr", date=date(6, 1, 17),
    **{"from": "abuse-reply@edgeshield.com"}, name_from="EdgeShield Trust & Safety",
    subject=f"EdgeShield abuse report {R_ES} - action taken", reply_to_req=mid(R_ES),
    body=f"""Hello,

Following your report, EdgeShield has restricted access to the following
URLs for visitors located in the Republic of Korea:

- {ES[1]}
- {ES[2]}

The content remains reachable from other countries, as it is hosted by a
third party. We have also informed the hosting provider.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN geo-blocking notice after a national regulator's request",
    why="access restricted for visitors in Korea: restricted",
    items=items(ES, {1: "restricted", 2: "restricted"}),
)

html_es = f"""<html><body>
<p>Hello,</p>
<p>Please find below the outcome of abuse report <b>{R_ES}</b>.</p>
<table border="1" cellpadding="3">
<thead><tr><th>URL</th><th>Action</th><th>Scope</th></tr></thead>
<tbody>
<tr><td>{ES[1]}</td><td>Blocked</td><td>Global</td></tr>
<tr><td>{ES[2]}</td><td>Blocked</td><td>Korea only</td></tr>
<tr><td>{ES[3]}</td><td>No action &ndash; no violation of our Terms found</td><td>&ndash;</td></tr>
</tbody></table>
<p>Read more about how we handle reports: <a href="https://www.edgeshield.com/trust/abuse-process">abuse process</a></p>
<p>EdgeShield Trust &amp; Safety</p>
</body></html>"""
case(
    name="es-html-table-scope", date=date(9, 2, 22),
    **{"from": "abuse-reply@edgeshield.com"}, name_from="EdgeShield Trust & Safety",
    subject=f"Abuse report {R_ES}: outcome", reply_to_req=mid(R_ES),
    type="html", body=html_es,
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety outcome table with action and scope columns",
    why="blocked globally (removed), blocked in Korea only (restricted), no violation (rejected)",
    items=items(ES, {1: "removed", 2: "restricted", 3: "rejected"}),
)

case(
    name="es-bare-url-status-below", date=date(10, 7, 3),
    **{"from": "t.ogawa@edgeshield.com"}, name_from="Takumi Ogawa",
    subject=f"Re: {R_ES} follow-up", reply_to_req=mid(R_ES),
    body=f"""Hi,

{ES[2]}
  -> access disabled through our network in all regions

{ES[3]}
  -> origin returns 404, there is no content at this URL

Takumi
EdgeShield T&S
""",
    outcome="applied", classification="confirmation",
    imitates="T&S staff note with each URL followed by its outcome on the next line",
    why="disabled in all regions (removed); no content at the URL (not_found)",
    items=items(ES, {2: "removed", 3: "not_found"}),
)

case(
    name="es-not-the-host", date=date(5, 11, 38),
    **{"from": "abuse-reply@edgeshield.com"}, name_from="EdgeShield Trust & Safety",
    subject=f"EdgeShield abuse report {R_ES} received", reply_to_req=mid(R_ES),
    body=f"""Hello,

EdgeShield provides a pass-through security and caching service for the
websites you reported:

{ES[1]}
{ES[2]}
{ES[3]}

We are not the hosting provider of these websites and cannot remove
content we do not host. We have forwarded your report to the website
operator and to the hosting provider, and we will let you know the
hosting provider's name so that you can contact them directly.

EdgeShield Trust & Safety
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="CDN 'we are not the host, your report was forwarded' reply",
    why="no status for any URL: the CDN only forwarded the report",
    items=items(ES, {1: "pending", 2: "pending", 3: "pending"}),
)

case(
    name="es-site-owner-gmail", date=date(7, 13, 2),
    **{"from": "tokingadmin88@gmail.com"}, name_from="toto king admin",
    subject=f"Re: {R_ES}",
    body=f"""hello KCSC

i am the owner of toto-king88.bet. the page {ES[1]} is deleted now,
please close case {R_ES} and tell edgeshield to unblock

thanks
""",
    outcome="review", review="unknown_sender",
    imitates="site operator writing from a free-mail account after a CDN forwarded the complaint",
    why="sender is not any platform's domain",
    items=items(ES, {1: "pending"}),
)

case(
    name="es-process-newsletter", date=date(12, 0, 30),
    **{"from": "noreply@edgeshield.com"}, name_from="EdgeShield",
    subject="Changes to the EdgeShield abuse reporting process",
    body="""Hello,

You are receiving this message because you have submitted abuse reports to
EdgeShield in the past 12 months.

From 1 October 2024, reports sent by email to abuse@edgeshield.com will no
longer be processed. Please use the web form at
https://www.edgeshield.com/abuse/report instead. Law enforcement and
regulators can request an account at https://www.edgeshield.com/abuse/portal.

EdgeShield Trust & Safety
""",
    outcome="review", classification="other", review="no_claims",
    imitates="CDN notice to past reporters about a change of reporting channel",
    why="trusted platform mail naming no item and referencing no request",
    items={},
)

case(
    name="es-reminder-bounce", date=date(13, 1, 5),
    **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="B0UNCE.5521"

--B0UNCE.5521
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@edgeshield.com>: host mx1.edgeshield.com[198.51.100.77] said:
    550 5.1.1 <abuse-kr@edgeshield.com>: Recipient address rejected: User
    unknown in virtual mailbox table

--B0UNCE.5521
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 10:04:58 +0900

Final-Recipient: rfc822; abuse-kr@edgeshield.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--B0UNCE.5521
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@edgeshield.com
Subject: Reminder: {R_ES} deadline passed
Date: Fri, 13 Sep 2024 10:04:57 +0900
Message-ID: <reminder.{R_ES}.1@kcsc.example>

The deadline of request {R_ES} has passed. These items are still pending:
{ES[1]}
{ES[2]}
{ES[3]}

--B0UNCE.5521--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for a reminder sent to a wrong abuse address",
    why="bounce; the URLs are in our own returned reminder",
    items={},
)

# ================================================================ NameCrate
case(
    name="nc-domain-clienthold", date=date(9, 6, 46),
    **{"from": "abuse@namecrate.com"}, name_from="NameCrate Abuse",
    subject=f"[NC-ABU-55120] Domain suspended - {R_NC}", reply_to_req=mid(R_NC),
    body=f"""Dear Reporter,

Thank you for your report.

Domain:        lucky-toto365.xyz
Reported URL:  {NC[1]}
Action:        Domain suspended (status clientHold). The domain no longer
               resolves and the website is unavailable.

The registrant has been notified. For questions please quote case
NC-ABU-55120.

NameCrate Registrar Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse desk suspension notice (clientHold)",
    why="domain on hold, site unavailable everywhere: removed",
    items=items(NC, {1: "removed"}),
)

case(
    name="nc-registrar-declines", date=date(10, 3, 11),
    **{"from": "abuse@namecrate.com"}, name_from="NameCrate Abuse",
    subject=f"[NC-ABU-55121] {R_NC} sureplay-kor.top", reply_to_req=mid(R_NC),
    body=f"""Dear Reporter,

We have reviewed your complaint about {NC[2]}.

After review, we found no violation of our registration agreement or our
Acceptable Use Policy. The domain sureplay-kor.top remains active and
NameCrate will take no action. Questions about the website's content
should go to its hosting provider.

NameCrate Registrar Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar declining to suspend a domain over content",
    why="refusal with its reason (no violation), domain stays active: rejected",
    items=items(NC, {2: "rejected"}),
)

case(
    name="nc-asks-court-order", date=date(9, 9, 58),
    **{"from": "compliance@namecrate.com"}, name_from="NameCrate Compliance",
    subject=f"[NC-ABU-55121] Additional information needed - {R_NC}", reply_to_req=mid(R_NC),
    body=f"""Dear Reporter,

Before we can consider any action on {NC[2]}, please send us:

  1. the legal basis under which the content is unlawful in Korea, and
  2. a court order or an official decision naming the domain.

Without these documents we cannot proceed with your complaint.

NameCrate Compliance
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="registrar compliance team asking for a court order",
    why="asks for documents; nothing decided",
    items=items(NC, {2: "pending"}),
)

case(
    name="nc-auto-ack", date=date(6, 0, 51),
    **{"from": "abuse@namecrate.com"}, name_from="NameCrate Abuse",
    subject=f"[NC-ABU-55120] Abuse complaint logged", reply_to_req=mid(R_NC),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This is an automated response.

Your abuse complaint has been logged as case NC-ABU-55120. A member of
our abuse team will review it within 2 business days. Please keep the
case number in the subject of any further message.

NameCrate Registrar Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="registrar abuse system auto-acknowledgement with a case number",
    why="pure acknowledgement",
    items={},
)

# ================================================================ 무아 커뮤니티
case(
    name="mooa-blind-and-delete", date=date(10, 5, 21, "+0900"),
    **{"from": "admin@mooa.kr"}, name_from="무아 커뮤니티 운영팀",
    subject=f"[무아] 게시물 조치 결과 안내 ({R_MO})", reply_to_req=mid(R_MO),
    body=f"""안녕하세요, 무아 커뮤니티 운영팀입니다.

요청하신 게시물에 대하여 아래와 같이 조치하였음을 알려드립니다.

{MO[1]} 게시물은 블라인드 처리되었습니다.
{MO[2]} 게시물은 운영자 삭제하였습니다.
{MO[3]} 게시물은 작성자가 이미 삭제하여 존재하지 않습니다.

나머지 게시물은 확인 후 별도로 회신드리겠습니다.

감사합니다.
무아 커뮤니티 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community operator's 게시물 조치 결과 안내",
    why="블라인드 and 운영자 삭제 (removed), already deleted by its author (not_found); 나머지 is a promise",
    items=items(MO, {1: "removed", 2: "removed", 3: "not_found"}),
)

case(
    name="mooa-temp-measure-keep", date=date(11, 8, 0, "+0900"),
    **{"from": "admin@mooa.kr"}, name_from="무아 커뮤니티 운영팀",
    subject=f"Re: {R_MO} 처리 결과", reply_to_req=mid(R_MO),
    body=f"""안녕하세요. 무아 운영팀입니다.

1. {MO_RAW4}
   - 조치: 임시조치 (30일간 접근 제한)

2. {MO[5]}
   - 조치: 게시 유지
   - 사유: 검토 결과 커뮤니티 운영정책 및 관련 법령 위반 사항이 확인되지 않았습니다.

문의 사항은 회신 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum 임시조치 notice with a kept post and its reason",
    why="임시조치/접근 제한 (restricted, raw Korean path), kept for no violation (rejected)",
    items=items(MO, {4: "restricted", 5: "rejected"}),
)

case(
    name="mooa-admin-one-line", date=date(9, 23, 40, "+0900"),
    **{"from": "sysop@mooa.kr"}, name_from="무아 관리자",
    subject=f"Re: {R_MO}", reply_to_req=mid(R_MO),
    body=f"""{MO[2]} 지웠습니다. 나머지는 확인중이에요.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply of a forum administrator",
    why="one post deleted (지웠습니다); 나머지 확인중 is under review",
    items=items(MO, {2: "removed"}),
)

case(
    name="mooa-brackets-fullwidth", date=date(12, 2, 14, "+0900"),
    **{"from": "admin@mooa.kr"}, name_from="무아 커뮤니티 운영팀",
    subject=f"[무아] {R_MO} 추가 조치", reply_to_req=mid(R_MO),
    body=f"""안녕하세요.

<{MO[5]}>는 비공개 처리하였고, {MO[3]}、 역시 운영자 권한으로 삭제하였습니다。

무아 커뮤니티 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator reply with URLs in angle brackets and full-width punctuation",
    why="비공개 처리 and 삭제: both removed",
    items=items(MO, {5: "removed", 3: "removed"}),
)

mooa_csv = ("\ufeff번호,게시물 URL,조치 결과,비고\n"
            f"1,{MO[1]},삭제,\n"
            f"2,{MO[2]},삭제,\n"
            f"3,{MO[3]},게시물 없음,작성자 삭제\n"
            f"4,{MO_RAW4},임시조치,30일\n"
            f"5,{MO[5]},유지,위반 사항 없음\n")
case(
    name="mooa-csv-attachment", date=date(13, 4, 33, "+0900"),
    **{"from": "admin@mooa.kr"}, name_from="무아 커뮤니티 운영팀",
    subject=f"[무아] 시정요구 조치결과 회신 ({R_MO})", reply_to_req=mid(R_MO),
    raw_mime=with_csv(
        f"""안녕하세요, 무아 커뮤니티 운영팀입니다.

{R_MO} 시정요구에 대한 조치 결과를 첨부 파일로 회신드립니다.

감사합니다.""",
        mooa_csv, "result.csv",
        fn_header="attachment; filename*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC.csv",
        boundary="=_mooa_2024"),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 with a CSV spreadsheet attached",
    why="CSV: two 삭제 (removed), 게시물 없음/작성자 삭제 (not_found), 임시조치 (restricted), 유지/위반 없음 (rejected)",
    items=items(MO, {1: "removed", 2: "removed", 3: "not_found", 4: "restricted", 5: "rejected"}),
)

case(
    name="mooa-will-review", date=date(10, 1, 12, "+0900"),
    **{"from": "admin@mooa.kr"}, name_from="무아 커뮤니티 운영팀",
    subject=f"Re: {R_MO}", reply_to_req=mid(R_MO),
    body=f"""안녕하세요. 무아 커뮤니티 운영팀입니다.

아래 게시물은 내부 검토 후 조치할 예정입니다.
{MO[1]}
{MO[3]}

검토가 끝나는 대로 결과를 안내드리겠습니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Korean operator promising action after internal review (조치할 예정)",
    why="조치 예정 is a promise: items stay pending",
    items=items(MO, {1: "pending", 3: "pending"}),
)

case(
    name="mooa-read-receipt", date=date(9, 14, 2, "+0900"),
    **{"from": "admin@mooa.kr"}, name_from="무아 커뮤니티 운영팀",
    subject=f"읽음: [KCSC] 시정요구 {R_MO}",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-mooa-01"

--mdn-mooa-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 2024-09-09 14:02에 수신자가 읽었습니다.

--mdn-mooa-01
Content-Type: message/disposition-notification

Reporting-UA: mail.mooa.kr; Webmail
Final-Recipient: rfc822; admin@mooa.kr
Original-Message-ID: <{mid(R_MO)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-mooa-01--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, MDN)",
    why="read receipt",
    items={},
)

case(
    name="mooa-report-received", date=date(9, 10, 15, "+0900"),
    **{"from": "noreply@mooa.kr"}, name_from="무아 커뮤니티",
    subject=f"[무아] 신고 접수 안내 - 접수번호 M-240909-0173", reply_to_req=mid(R_MO),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""본 메일은 발신 전용입니다.

보내주신 신고가 정상적으로 접수되었습니다. (접수번호 M-240909-0173)
담당자가 확인 후 순차적으로 처리할 예정이며, 처리 결과는 메일로 안내드립니다.

무아 커뮤니티 고객센터 https://mooa.kr/help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean portal 신고 접수 안내 (report received, number issued)",
    why="pure acknowledgement",
    items={},
)

# ================================================================ Pikchan
case(
    name="pk-janitor-informal", date=date(11, 19, 7),
    **{"from": "jan.oak@pikchan.org"}, name_from="oak (pikchan janitor)",
    subject=f"Re: {R_PK}", reply_to_req=mid(R_PK),
    body=f"""hey,

thread {PK[1]} is deleted, and the image
{PK[3]} was purged from our storage and cache too.

the other thread I still need to ask the mods about.

- oak
""",
    outcome="applied", classification="confirmation",
    imitates="image-board volunteer janitor answering by email",
    why="thread deleted and image purged: both removed; third thread untouched",
    items=items(PK, {1: "removed", 3: "removed"}),
)

case(
    name="pk-numbered-mixed", date=date(12, 6, 25),
    **{"from": "admin@pikchan.org"}, name_from="Pikchan Admin",
    subject=f"Re: {R_PK} - done", reply_to_req=mid(R_PK),
    body=f"""Hello,

1. {PK[1]} - deleted
2. {PK[2]} - not found (the thread expired and was pruned before we got
   to it, nothing left on our side)
3. {PK[3]} - deleted

Pikchan admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin's numbered reply",
    why="two deleted; one thread already pruned, nothing left (not_found)",
    items=items(PK, {1: "removed", 2: "not_found", 3: "removed"}),
)

case(
    name="pk-hedge-fell-off", date=date(11, 2, 50),
    **{"from": "admin@pikchan.org"}, name_from="Pikchan Admin",
    subject=f"Re: {R_PK}", reply_to_req=mid(R_PK),
    body=f"""Hi,

Looks like {PK[1]} and
{PK[2]} may have already fallen off the
board, threads there only live a few days. I'll double check when I'm
back at a computer.

admin
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="image-board admin's hedged reply",
    why="'looks like ... may have' is a hedge; items stay pending",
    items=items(PK, {1: "pending", 2: "pending"}),
)

case(
    name="pk-all-three-deleted", date=date(13, 17, 9),
    **{"from": "admin@pikchan.org"}, name_from="Pikchan Admin",
    subject=f"Re: {R_PK}", reply_to_req=mid(R_PK),
    body=f"""All three reported items have been deleted and the poster is banned.

Pikchan admin

On Tue, 10 Sep 2024 at 09:30, KCSC Takedown <takedown@kcsc.example> wrote:
> Please remove the following (reference {R_PK}):
> {PK[1]}
> {PK[2]}
> {PK[3]}
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="image-board admin's one-line answer over the quoted request",
    why="statement about all three items without naming them; the URLs are only in the quote",
    items={},
)

# ================================================================ Pastebox
case(
    name="pb-sole-statement", date=date(12, 11, 41),
    **{"from": "abuse@pastebox.dev"}, name_from="Pastebox",
    subject=f"Re: {R_PB}", reply_to_req=mid(R_PB),
    body=f"""Hi,

The paste you reported under {R_PB} has been removed.

Pastebox abuse
""",
    outcome="applied", classification="confirmation",
    imitates="paste-site one-sentence answer",
    why="single statement, no URL, answering a one-item request: applies",
    items=items(PB, {1: "removed"}),
)

case(
    name="pb-echoed-report", date=date(13, 3, 3),
    **{"from": "noreply@pastebox.dev"}, name_from="Pastebox",
    subject="Your report has been resolved", reply_to_req=mid(R_PB),
    body=f"""Hello,

Your report has been reviewed.

--- Your report ---
Paste:   {PB[1]}
Reason:  Personal information (doxxing)
Details: {R_PB}
-------------------

Outcome: the paste has been deleted and the author's account suspended.

https://pastebox.dev/rules
""",
    outcome="applied", classification="confirmation",
    imitates="paste-site report-resolved mail echoing the reporter's form",
    why="echoed report names the paste; outcome 'deleted': removed",
    items=items(PB, {1: "removed"}),
)


HEADER = f"""# Blind set 505 (hosting providers, CDN, registrar, forum, image board,
# file host, paste site; CSV attachments and plain-text tables).
# Written by tests/corpus/blind505/make.py from each email's meaning,
# before the reader was run. Requests: {R_DV} (14 items, largest),
# {R_HN} (4), {R_ES} (3), {R_NC} (2), {R_MO} (5), {R_PK} (3), {R_PB} (1).
"""

def encode_headers(cases):
    """RFC 2047-encode non-ASCII display names and subjects, as mailers do."""
    from email.header import Header
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode(maxlinelen=998)


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind505", HEADER, CASES)
    print(len(CASES), "cases")
