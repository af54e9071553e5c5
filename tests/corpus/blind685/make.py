#!/usr/bin/env python3
"""Blind set blind685: hosting providers, CDNs, registrars, forums, image
boards, file hosts and small services answering informally, plus CSV
attachments and plain-text tables.

Written from each email's meaning alone, without reading the reader.
Deterministic: `python3 tests/corpus/blind685/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
DS = "https://dropsilo.com/f/"
R1 = "KCSC-240902-01"  # dropsilo, 13 items (largest)
R2 = "KCSC-240903-02"  # hostvale, 4
R3 = "KCSC-240905-03"  # namepier, 3
R4 = "KCSC-240906-04"  # yeoul, 5
R5 = "KCSC-240909-05"  # chanbox, 4
R6 = "KCSC-240910-06"  # edgeshield, 2
R7 = "KCSC-240911-07"  # notepaste, 1

D = {k: DS + k for k in [
    "Qm7tR2xa", "Hk29LpWz", "bN4vYc8e", "Zt6Fq1Ju", "e8WsKd3P", "Lr5nXg0c",
    "pY2hVm7T", "Ua9Ck4Bd", "gJ3xNw6S", "Vc7Ep5Qh", "sD0oLi2M", "Ne4Ry8Gk"]}
D_FOLDER = "https://dropsilo.com/folder/Kx81mRta"

H_JOIN = "https://luckyseven-kr.example/event/join.php"
H_BANNER = "https://luckyseven-kr.example/img/banner_0903.jpg"
H_VPS = "http://203.0.113.47/~minsu/pics/index.html"
H_PILL = "https://pill-direct-kr.example/shop/item?id=2231"

N_88 = "http://toto-paradise88.example/"
N_89 = "http://toto-paradise89.example/"
N_DRUG = "https://drug-express-seoul.example/"

Y_FREE1 = "https://www.yeoul.kr/board/free/38211"
Y_FREE2 = "https://www.yeoul.kr/board/free/38240"
Y_MARKET = "https://www.yeoul.kr/board/market/9102"
Y_CHAT = "https://www.yeoul.kr/board/%EC%9E%A1%EB%8B%B4/5521"
Y_CHAT_RAW = "https://www.yeoul.kr/board/잡담/5521"
Y_PROFILE = "https://www.yeoul.kr/member/profile/blueshark_07"

C_KR1 = "https://chanbox.org/kr/res/11823.html"
C_KR2 = "https://chanbox.org/kr/res/11902.html"
C_B = "https://chanbox.org/b/res/480115.html"
C_IMG = "https://img.chanbox.org/src/1725870112345.jpg"

E_GAL = "https://korea-leaks.example/gallery/2024/0907/"
E_ZIP = "https://korea-leaks.example/download/pack_0907.zip"

P_ONE = "https://notepaste.net/r/x8Kq2vLm"

REQUESTS = [
    (R1, "dropsilo", "2024-09-02", "2024-09-09", "copyright",
     [D["Qm7tR2xa"], D["Hk29LpWz"], D["bN4vYc8e"], D["Zt6Fq1Ju"], D["e8WsKd3P"],
      D["Lr5nXg0c"], D["pY2hVm7T"], D["Ua9Ck4Bd"], D["gJ3xNw6S"], D_FOLDER,
      D["Vc7Ep5Qh"], D["sD0oLi2M"], D["Ne4Ry8Gk"]],
     "leaked film files and one folder"),
    (R2, "hostvale", "2024-09-03", "2024-09-10", "gambling",
     [H_JOIN, H_BANNER, H_VPS, H_PILL], "customer sites on Hostvale servers"),
    (R3, "namepier", "2024-09-05", "2024-09-12", "gambling",
     [N_88, N_89, N_DRUG], "domains registered through NamePier"),
    (R4, "yeoul", "2024-09-06", "2024-09-13", "defamation",
     [Y_FREE1, Y_FREE2, Y_MARKET, Y_CHAT, Y_PROFILE], "forum posts and one profile"),
    (R5, "chanbox", "2024-09-09", "2024-09-16", "obscenity",
     [C_KR1, C_KR2, C_B, C_IMG], "image board threads and one image"),
    (R6, "edgeshield", "2024-09-10", "2024-09-17", "privacy",
     [E_GAL, E_ZIP], "site behind the EdgeShield CDN"),
    (R7, "notepaste", "2024-09-11", "2024-09-18", "privacy",
     [P_ONE], "one paste with personal data"),
]


def mid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def thread(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid(ref), note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def mixed(boundary, body, attachments, body_type="plain"):
    """multipart/mixed: a utf-8 text body and (filename, ctype, cte, payload) parts."""
    parts = [f'Content-Type: multipart/mixed; boundary="{boundary}"', "",
             "This is a multi-part message in MIME format.", "",
             f"--{boundary}",
             f"Content-Type: text/{body_type}; charset=utf-8",
             "Content-Transfer-Encoding: 8bit", "", body.strip("\n"), ""]
    for fn, ctype, cte, payload in attachments:
        parts += [f"--{boundary}",
                  f'Content-Type: {ctype}; name="{fn}"',
                  f'Content-Disposition: attachment; filename="{fn}"',
                  f"Content-Transfer-Encoding: {cte}", "", payload.strip("\n"), ""]
    parts.append(f"--{boundary}--")
    return "\n".join(parts)


REQUEST_TEXT_R1 = f"""Dear Dropsilo Abuse Team,

The Korea Communications Standards Commission requests the removal of the
following files (our reference {R1}), which were found to infringe
copyright under Korean law:

""" + "\n".join(f"{i}. {u}" for i, u in enumerate(REQUESTS[0][5], 1)) + """

Please reply to this address with the action taken for each link.

KCSC Takedown Desk"""


def gmail_quote(text):
    return "\n".join("> " + l if l else ">" for l in text.split("\n"))


# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    name = c.get("name_from")
    if name and not name.isascii():
        # real mailers encode non-ASCII display names (RFC 2047)
        c["name_from"] = "=?UTF-8?B?" + base64.b64encode(name.encode("utf-8")).decode("ascii") + "?="
    CASES.append(c)


# ======================= APPLIED =======================================

csv_rows = [
    ("url", "file_name", "result", "action_date"),
    (D["Qm7tR2xa"], "movie_part1.mkv", "deleted", "2024-09-04"),
    (D["Hk29LpWz"], "movie_part2.mkv", "deleted", "2024-09-04"),
    (D["bN4vYc8e"], "subs_ko.zip", "deleted", "2024-09-04"),
    (D["Zt6Fq1Ju"], "ep01_1080p.mp4", "deleted", "2024-09-04"),
    (D["e8WsKd3P"], "", "not found - no file with this ID", ""),
    (D["Lr5nXg0c"], "ep02_1080p.mp4", "deleted", "2024-09-04"),
    (D["pY2hVm7T"], "ep03_1080p.mp4", "deleted", "2024-09-04"),
    (D["Ua9Ck4Bd"], "ep04_1080p.mp4", "not found - deleted by uploader before review", ""),
    (D["gJ3xNw6S"], "trailer_cut.mp4", "blocked for downloads from South Korea", "2024-09-04"),
    (D_FOLDER, "[folder] season1", "deleted (folder and 14 files)", "2024-09-04"),
    (D["Vc7Ep5Qh"], "press_kit.pdf", "no violation - publicly released press kit; file kept", ""),
    (D["sD0oLi2M"], "ep05_1080p.mp4", "deleted", "2024-09-04"),
    (D["Ne4Ry8Gk"], "ep06_1080p.mp4", "deleted", "2024-09-04"),
]
csv_text = "\r\n".join(",".join(f'"{x}"' if "," in x else x for x in r) for r in csv_rows) + "\r\n"
case(
    name="dropsilo-csv-attachment-results",
    date="Wed, 04 Sep 2024 16:20:11 +0900",
    **{"from": "abuse@dropsilo.com"}, name_from="Dropsilo Abuse Team",
    subject=f"[DS-ABU-20240904-117] Results for your report {R1}",
    reply_to_req=thread(R1),
    raw_mime=mixed("ds-117-b1", f"""Hello,

We have finished processing your report {R1} (our case DS-ABU-20240904-117).
The outcome for every link you sent is in the attached spreadsheet.

Kind regards,
Dropsilo Abuse Team
https://dropsilo.com/legal/abuse
""", [("DS-ABU-20240904-117.csv", "text/csv; charset=utf-8", "base64", b64(csv_text))]),
    outcome="applied", classification="confirmation",
    imitates="file host abuse desk sending its per-link outcome as a CSV export",
    why="CSV attachment with one unhedged result per URL: deletions, two not found, one Korea-only block, one kept",
    items={D["Qm7tR2xa"]: "removed", D["Hk29LpWz"]: "removed", D["bN4vYc8e"]: "removed",
           D["Zt6Fq1Ju"]: "removed", D["e8WsKd3P"]: "not_found", D["Lr5nXg0c"]: "removed",
           D["pY2hVm7T"]: "removed", D["Ua9Ck4Bd"]: "not_found", D["gJ3xNw6S"]: "restricted",
           D_FOLDER: "removed", D["Vc7Ep5Qh"]: "rejected", D["sD0oLi2M"]: "removed",
           D["Ne4Ry8Gk"]: "removed"},
)

case(
    name="dropsilo-plain-text-table",
    date="Thu, 05 Sep 2024 09:02:40 +0900",
    **{"from": "support@dropsilo.com"}, name_from="Dropsilo Support",
    subject=f"Re: Removal request {R1}",
    reply_to_req=thread(R1),
    body=f"""Hi,

First batch of your list is done. Summary below (fixed-width, sorry if your
mail client mangles it):

FILE       URL                                  RESULT
---------  -----------------------------------  ------------------------------
Qm7tR2xa   {D["Qm7tR2xa"]}     deleted
Hk29LpWz   {D["Hk29LpWz"]}     deleted
Zt6Fq1Ju   {D["Zt6Fq1Ju"]}     deleted
Ua9Ck4Bd   {D["Ua9Ck4Bd"]}     already removed by the uploader
Vc7Ep5Qh   {D["Vc7Ep5Qh"]}     no action, not infringing (official press kit)

The other links from your request are still with the team.

Mateus
Dropsilo Support
""",
    outcome="applied", classification="confirmation",
    imitates="support agent pasting a fixed-width plain-text results table",
    why="plain-text table, one result per row; the rest of the request stays pending",
    items={D["Qm7tR2xa"]: "removed", D["Hk29LpWz"]: "removed", D["Zt6Fq1Ju"]: "removed",
           D["Ua9Ck4Bd"]: "not_found", D["Vc7Ep5Qh"]: "rejected"},
)

case(
    name="dropsilo-bare-url-status-below",
    date="Thu, 05 Sep 2024 14:45:03 +0900",
    **{"from": "abuse@dropsilo.com"}, name_from="Dropsilo Abuse Team",
    subject=f"Case DS-ABU-20240904-117 update ({R1})",
    body=f"""Dear KCSC team,

Update on case DS-ABU-20240904-117:

{D["Lr5nXg0c"]}
Status: Removed (Terms of Service 4.2, copyright)

{D["gJ3xNw6S"]}
Status: Access blocked in South Korea

{D["e8WsKd3P"]}
Status: No file exists with this ID

{D["Ne4Ry8Gk"]}
Status: Removed (Terms of Service 4.2, copyright)

Regards,
Dropsilo Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse ticket update listing each URL with a Status: line under it",
    why="each URL is followed by its own status line",
    items={D["Lr5nXg0c"]: "removed", D["gJ3xNw6S"]: "restricted",
           D["e8WsKd3P"]: "not_found", D["Ne4Ry8Gk"]: "removed"},
)

case(
    name="dropsilo-html-table",
    date="Fri, 06 Sep 2024 11:30:00 +0900",
    **{"from": "no-reply@dropsilo.com"}, name_from="Dropsilo Trust & Safety",
    subject=f"Your report {R1}: action taken",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Our Trust &amp; Safety team has reviewed the links in your report <b>{R1}</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Action taken</th></tr>
<tr><td><a href="{D["bN4vYc8e"]}">{D["bN4vYc8e"]}</a></td><td>Disabled</td></tr>
<tr><td><a href="{D["pY2hVm7T"]}">{D["pY2hVm7T"]}</a></td><td>Disabled</td></tr>
<tr><td><a href="{D["sD0oLi2M"]}">{D["sD0oLi2M"]}</a></td><td>Not located</td></tr>
</table>
<p>If you believe we made a mistake you can reply to this message or visit
<a href="https://dropsilo.com/help/takedowns">our help centre</a>.</p>
<p>Dropsilo Trust &amp; Safety</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="HTML notification with a two-column link/action table",
    why="HTML table: two disabled, one not located; the help-centre link is not an item",
    items={D["bN4vYc8e"]: "removed", D["pY2hVm7T"]: "removed", D["sD0oLi2M"]: "not_found"},
)

case(
    name="dropsilo-top-posted-gmail-quote",
    date="Tue, 03 Sep 2024 22:14:55 +0900",
    **{"from": "jonas.weber@dropsilo.com"}, name_from="Jonas Weber",
    subject=f"Re: Removal request {R1}",
    reply_to_req=thread(R1),
    body=f"""Hi,

done for these three:

{D["bN4vYc8e"]} - deleted
{D["Lr5nXg0c"]} - deleted
{D["sD0oLi2M"]} - deleted

Still working through the rest, I'll write again this week.

Jonas
Dropsilo abuse

On Mon, 2 Sep 2024 at 17:05, KCSC Takedown <takedown@kcsc.example> wrote:
{gmail_quote(REQUEST_TEXT_R1)}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk employee top-posting a short answer over the Gmail-quoted request",
    why="three URLs deleted above the quote; the quoted request list says nothing about the others",
    items={D["bN4vYc8e"]: "removed", D["Lr5nXg0c"]: "removed", D["sD0oLi2M"]: "removed",
           D["Qm7tR2xa"]: "pending", D["Hk29LpWz"]: "pending", D_FOLDER: "pending"},
)

case(
    name="dropsilo-outlook-angle-brackets",
    date="Wed, 04 Sep 2024 10:41:09 +0900",
    **{"from": "l.moreau@dropsilo.com"}, name_from="Laure Moreau",
    subject=f"RE: Removal request {R1}",
    reply_to_req=thread(R1),
    body=f"""Good morning,

The files below were removed for breaching section 4.2 of our Terms
(copyright):
<{D["Zt6Fq1Ju"]}>,
<{D["e8WsKd3P"]}>.

The folder is a separate case, you will hear from my colleague.

Best regards,
Laure Moreau
Legal Operations | Dropsilo

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 5:05 PM
To: abuse@dropsilo.com
Subject: Removal request {R1}

{REQUEST_TEXT_R1}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with URLs in angle brackets over an unquoted -----Original Message----- block",
    why="two URLs removed; the request copied below the Original Message line is not a statement",
    items={D["Zt6Fq1Ju"]: "removed", D["e8WsKd3P"]: "removed",
           D_FOLDER: "pending", D["Qm7tR2xa"]: "pending"},
)

case(
    name="dropsilo-korean-fullwidth",
    date="Thu, 05 Sep 2024 17:12:30 +0900",
    **{"from": "kr-support@dropsilo.com"}, name_from="Dropsilo 고객지원",
    subject=f"Re: [{R1}] 저작권 침해 파일 삭제 요청",
    reply_to_req=thread(R1),
    body=f"""안녕하세요, Dropsilo 한국 고객지원팀입니다.

요청하신 건 처리 결과 안내드립니다.

{D["Lr5nXg0c"]}，{D["pY2hVm7T"]} 파일은 삭제되었습니다。
{D["Ua9Ck4Bd"]}는 존재하지 않는 파일입니다。

나머지 링크는 확인 중이며 결과가 나오면 다시 연락드리겠습니다.

감사합니다.
Dropsilo 고객지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean-language support reply with full-width comma and full stop after the URLs",
    why="two files deleted, one does not exist; the rest is only a promise",
    items={D["Lr5nXg0c"]: "removed", D["pY2hVm7T"]: "removed", D["Ua9Ck4Bd"]: "not_found"},
)

case(
    name="hostvale-customer-removed-404",
    date="Thu, 05 Sep 2024 08:55:14 +0900",
    **{"from": "abuse@hostvale.net"}, name_from="Hostvale Abuse",
    subject=f"[Hostvale Abuse #HV-558120] Re: {R2}",
    reply_to_req=thread(R2),
    body=f"""Hello,

Thank you for your report. Our customer has removed the reported material.
We checked both URLs below and they now return 404 Not Found:

  {H_JOIN}
  {H_BANNER}

We are closing ticket #HV-558120. Please open a new ticket if the content
reappears.

--
Hostvale Abuse Department
abuse@hostvale.net | https://www.hostvale.net/aup
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse ticket closed after the customer removed the content",
    why="statement of removal verified for both listed URLs (each named)",
    items={H_JOIN: "removed", H_BANNER: "removed"},
)

case(
    name="hostvale-vps-suspended",
    date="Wed, 04 Sep 2024 19:33:48 +0900",
    **{"from": "noc@hostvale.net"}, name_from="Hostvale NOC",
    subject=f"VPS suspended - {R2}",
    body=f"""Hi,

regarding {R2}: the VPS at 203.0.113.47 belonged to a customer who did not
answer our abuse notice. We have suspended the server this afternoon, so
{H_VPS} is no longer reachable.

The other addresses in your request are handled by our abuse team under
ticket #HV-558120.

Hostvale NOC
""",
    outcome="applied", classification="confirmation",
    imitates="network operations note that a customer's server was suspended",
    why="server suspended, page no longer reachable: removed; others only referred to the abuse team",
    items={H_VPS: "removed"},
)

host_csv = (
    "url,finding,action\r\n"
    f"{H_JOIN},page contains only a sign-up form; nothing prohibited found,none - page left online\r\n"
    f"{H_BANNER},gambling advertisement,file deleted by the customer at our request\r\n"
    f"{H_PILL},sale of prescription drugs,product page disabled\r\n"
    f"{H_VPS},no such path on the server,none - not located\r\n"
)
case(
    name="hostvale-csv-ticket-export",
    date="Fri, 06 Sep 2024 13:05:27 +0900",
    **{"from": "abuse@hostvale.net"}, name_from="Hostvale Abuse",
    subject=f"[Hostvale Abuse #HV-558120] Resolution ({R2})",
    reply_to_req=thread(R2),
    raw_mime=mixed("hv558120", f"""Hello,

Please find attached the resolution of ticket #HV-558120 for your request
{R2}, one line per URL.

Hostvale Abuse Department
""", [("HV-558120-resolution.csv", "text/csv; charset=utf-8", "7bit", host_csv)]),
    outcome="applied", classification="confirmation",
    imitates="ticket system exporting its per-URL resolution as a CSV file",
    why="CSV: one page left online with its reason, two removed, one not located",
    items={H_JOIN: "rejected", H_BANNER: "removed", H_PILL: "removed", H_VPS: "not_found"},
)

qp_body = f"""Dear KCSC,

Following your request {R2} we have disabled the web site of our customer at the web server level — the page {H_PILL} now shows our "site suspended" notice to all visitors.

Best regards,
Søren Åberg
Hostvale Abuse Department
"""
case(
    name="hostvale-quoted-printable",
    date="Thu, 05 Sep 2024 15:48:02 +0900",
    **{"from": "s.aberg@hostvale.net"}, name_from="Søren Åberg",
    subject=f"Re: {R2} pill-direct-kr.example",
    reply_to_req=thread(R2),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(qp_body),
    outcome="applied", classification="confirmation",
    imitates="hosting abuse agent reply sent as quoted-printable (soft-wrapped long line, =3D in the URL)",
    why="site disabled for all visitors: removed",
    items={H_PILL: "removed"},
)

case(
    name="hostvale-echoed-report",
    date="Sat, 07 Sep 2024 10:10:10 +0900",
    **{"from": "tickets@hostvale.net"}, name_from="Hostvale Support",
    subject=f"[#HV-558211] Your abuse report has been answered",
    body=f"""Hostvale Support - ticket #HV-558211

----- Your report -----
Reference: {R2}
Reported URLs:
{H_JOIN}
{H_PILL}
Description: illegal gambling sign-up page and online sale of prescription
drugs (Korean law)

----- Our response -----
{H_PILL} was removed by the customer on 5 September.
For {H_JOIN} we could not find that page on the customer's site; the path
does not exist on the server.

This ticket is now closed.
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk notification echoing the submitted report above the staff response",
    why="the echoed report is not a statement; the response removes one URL and cannot find the other",
    items={H_PILL: "removed", H_JOIN: "not_found"},
)

case(
    name="namepier-bare-domains-clienthold",
    date="Mon, 09 Sep 2024 18:22:41 +0000",
    **{"from": "abuse@namepier.com"}, name_from="NamePier Abuse",
    subject=f"Re: {R3} domain abuse complaint",
    reply_to_req=thread(R3),
    body=f"""Hello,

After investigation, the domains toto-paradise88.example and
toto-paradise89.example have been suspended (EPP status clientHold) and no
longer resolve.

We are still reviewing the third domain in your complaint.

Regards,
NamePier Domain Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse desk reply naming suspended domains (clientHold) without scheme",
    why="registrar speaks of bare domain names; each requested URL is the domain's root, suspended everywhere",
    items={N_88: "removed", N_89: "removed", N_DRUG: "pending"},
)

case(
    name="namepier-one-suspended-one-refused",
    date="Tue, 10 Sep 2024 02:14:09 +0000",
    **{"from": "compliance@namepier.com"}, name_from="NamePier Compliance",
    subject=f"{R3} - outcome",
    reply_to_req=thread(R3),
    body=f"""Dear Sir or Madam,

{N_DRUG} - domain suspended (clientHold) on 2024-09-09.

{N_89} - no action. The domain currently shows a parked page
without any gambling content and we found no breach of our registration
agreement.

NamePier Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance team giving one line of outcome per domain",
    why="one domain suspended, one refused with a reason",
    items={N_DRUG: "removed", N_89: "rejected"},
)

case(
    name="yeoul-admin-one-line",
    date="Sat, 07 Sep 2024 01:12:44 +0900",
    **{"from": "admin@yeoul.kr"}, name_from="여울 운영자",
    subject=f"Re: [{R4}] 게시물 삭제 요청",
    reply_to_req=thread(R4),
    body=f"""요청하신 {Y_FREE1} 글은 운영자 삭제 처리했습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="small forum admin answering in one Korean line",
    why="운영자 삭제 of the one named post",
    items={Y_FREE1: "removed"},
)

case(
    name="yeoul-numbered-korean-raw-path",
    date="Mon, 09 Sep 2024 10:30:00 +0900",
    **{"from": "help@yeoul.kr"}, name_from="여울 커뮤니티 고객센터",
    subject=f"[여울] 시정요구({R4}) 조치 결과 회신",
    reply_to_req=thread(R4),
    body=f"""방송통신심의위원회 담당자님께,

시정요구하신 게시물에 대한 조치 결과를 아래와 같이 회신드립니다.

1. {Y_CHAT_RAW} 게시물은 블라인드 처리되었습니다.
2. {Y_MARKET}는 작성자가 이미 삭제한 글입니다.
3. {Y_PROFILE} 회원은 이용 정지하였고 프로필을 비공개 처리했습니다.

여울 커뮤니티 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply as a numbered list (raw Hangul path, particle glued to a URL)",
    why="블라인드 and 비공개 are removals; a post its author deleted is not_found",
    items={Y_CHAT: "removed", Y_MARKET: "not_found", Y_PROFILE: "removed"},
)

case(
    name="yeoul-html-korean-table",
    date="Tue, 10 Sep 2024 16:40:12 +0900",
    **{"from": "help@yeoul.kr"}, name_from="여울 커뮤니티 고객센터",
    subject=f"{R4} 조치결과 통보",
    type="html",
    body=f"""<html><body>
<p>안녕하세요. 여울 커뮤니티입니다.</p>
<p>요청번호 {R4}에 대한 조치 결과입니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td>{Y_FREE1}</td><td>삭제</td></tr>
<tr><td>2</td><td>{Y_FREE2}</td><td>임시조치(30일)</td></tr>
<tr><td>3</td><td>{Y_MARKET}</td><td>위반 사항 없음 - 게시 유지</td></tr>
</table>
<p>문의: <a href="https://www.yeoul.kr/help/report">신고센터</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 조치결과 HTML table (삭제 / 임시조치 / 게시 유지)",
    why="table rows: deleted, 임시조치 (restricted), kept with no violation (rejected)",
    items={Y_FREE1: "removed", Y_FREE2: "restricted", Y_MARKET: "rejected"},
)

yeoul_b64 = f"""담당자님 안녕하세요.

{Y_FREE2} 게시글은 권리침해 신고에 따라 임시조치(접근 제한)되었습니다.

<{Y_PROFILE}>의 경우 검토 결과 위반 사항이 확인되지 않아 그대로 유지합니다.

여울 커뮤니티 운영팀
"""
case(
    name="yeoul-base64-korean",
    date="Wed, 11 Sep 2024 09:15:37 +0900",
    **{"from": "help@yeoul.kr"}, name_from="여울 커뮤니티 고객센터",
    subject=f"=?UTF-8?B?{base64.b64encode(f'Re: [{R4}] 처리 결과'.encode()).decode()}?=",
    reply_to_req=thread(R4),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(yeoul_b64),
    outcome="applied", classification="confirmation",
    imitates="Korean webmail reply with a base64 body and encoded subject",
    why="임시조치(접근 제한) is restricted; profile kept after review is rejected",
    items={Y_FREE2: "restricted", Y_PROFILE: "rejected"},
)

case(
    name="chanbox-janitor-one-liner",
    date="Tue, 10 Sep 2024 03:41:02 +0000",
    **{"from": "mod.kr@chanbox.org"}, name_from="kr mod",
    subject=f"Re: {R5}",
    reply_to_req=thread(R5),
    body=f"""deleted {C_KR1} + banned the poster. -kr mod
""",
    outcome="applied", classification="confirmation",
    imitates="image board moderator answering in one informal line",
    why="one thread deleted",
    items={C_KR1: "removed"},
)

case(
    name="chanbox-bulleted-mixed",
    date="Tue, 10 Sep 2024 12:05:55 +0000",
    **{"from": "abuse@chanbox.org"}, name_from="Chanbox Abuse",
    subject=f"Re: {R5} removal request",
    reply_to_req=thread(R5),
    body=f"""Hi,

Went through your list:

* {C_KR2} - thread deleted
* {C_IMG} - file purged from the image server
* {C_B} - already pruned (404) before I got to it, /b/ threads only live ~6h

cheers,
Chanbox abuse
""",
    outcome="applied", classification="confirmation",
    imitates="volunteer abuse contact of an image board answering with a bulleted list",
    why="two removed; a thread already pruned before action does not exist any more: not_found",
    items={C_KR2: "removed", C_IMG: "removed", C_B: "not_found"},
)

case(
    name="chanbox-url-below-statement",
    date="Wed, 11 Sep 2024 08:20:00 +0000",
    **{"from": "admin@chanbox.org"}, name_from="Chanbox Admin",
    subject=f"{R5}",
    body=f"""Hello KCSC,

The following thread was removed and the poster banned:
{C_B}

This one we are keeping. It is a discussion of a news article and breaks
no rule of the board:
{C_KR2}

Chanbox admin
""",
    outcome="applied", classification="confirmation",
    imitates="site admin reply with each URL on the line below its statement",
    why="statement line then URL: one removed, one kept with its reason",
    items={C_B: "removed", C_KR2: "rejected"},
)

case(
    name="chanbox-geoblock-korea",
    date="Thu, 12 Sep 2024 05:00:12 +0000",
    **{"from": "abuse@chanbox.org"}, name_from="Chanbox Abuse",
    subject=f"Re: {R5} removal request",
    reply_to_req=thread(R5),
    body=f"""Hi,

{C_KR1} is now geo-blocked for visitors from South Korea. It stays
visible elsewhere; our host is not in Korea and we don't remove content on
foreign legal requests unless it breaks our own rules.

Chanbox abuse
""",
    outcome="applied", classification="confirmation",
    imitates="small foreign site that geo-blocks in the requesting country instead of removing",
    why="geo-blocked for Korea: restricted",
    items={C_KR1: "restricted"},
)

case(
    name="edgeshield-hosted-part-disabled",
    date="Thu, 12 Sep 2024 07:44:31 +0000",
    **{"from": "abuse@edgeshield.net"}, name_from="EdgeShield Trust & Safety",
    subject=f"EdgeShield abuse report ESR-2209341 ({R6})",
    reply_to_req=thread(R6),
    body=f"""Hello,

Thank you for your report {R6}.

{E_ZIP}
This file was stored on our EdgeShield Object Storage product. We have
disabled access to it.

{E_GAL}
This page is served from the customer's own origin server, which we do not
host. We have forwarded your report to the customer and to their hosting
provider.

EdgeShield Trust & Safety
https://www.edgeshield.net/abuse-policy
""",
    outcome="applied", classification="confirmation",
    imitates="CDN reply distinguishing content it hosts (disabled) from content at the origin (forwarded)",
    why="the stored file is disabled: removed; the forwarded page stays pending",
    items={E_ZIP: "removed", E_GAL: "pending"},
)

case(
    name="edgeshield-blocked-korea",
    date="Fri, 13 Sep 2024 02:10:09 +0000",
    **{"from": "legal@edgeshield.net"}, name_from="EdgeShield Legal",
    subject=f"Re: {R6} - action taken",
    reply_to_req=thread(R6),
    body=f"""Dear Commission,

In response to your request we have blocked access from Korean IP
addresses to the following two URLs at our edge network:

- {E_GAL}
- {E_ZIP}

Access from other countries is not affected.

EdgeShield Legal
""",
    outcome="applied", classification="confirmation",
    imitates="CDN legal team applying a country-level block at the edge",
    why="both URLs named, blocked from Korea only: restricted",
    items={E_GAL: "restricted", E_ZIP: "restricted"},
)

case(
    name="notepaste-all-reported-one-item",
    date="Thu, 12 Sep 2024 21:03:00 +0900",
    **{"from": "admin@notepaste.net"}, name_from="Notepaste",
    subject=f"Re: {R7} removal of personal data",
    reply_to_req=thread(R7),
    body="""Hi,

All the content you reported has been removed.

-- 
Notepaste admin
""",
    outcome="applied", classification="confirmation",
    imitates="one-person paste site answering with a single sentence",
    why="general wording, but the request has a single item, so it applies",
    items={P_ONE: "removed"},
)

case(
    name="notepaste-kept-angle-brackets",
    date="Fri, 13 Sep 2024 08:30:45 +0900",
    **{"from": "admin@notepaste.net"}, name_from="Notepaste",
    subject=f"{R7}",
    body=f"""Hello,

We looked at <{P_ONE}>. It is a list of links to public news
articles and does not break our rules, so we are leaving it up.

Notepaste admin
""",
    outcome="applied", classification="confirmation",
    imitates="small service refusing a removal with its reason",
    why="refusal with a reason: rejected",
    items={P_ONE: "rejected"},
)

# ======================= REVIEW ========================================

case(
    name="hostvale-promise-48h",
    date="Wed, 04 Sep 2024 09:12:00 +0900",
    **{"from": "abuse@hostvale.net"}, name_from="Hostvale Abuse",
    subject=f"[Hostvale Abuse #HV-558120] Re: {R2}",
    reply_to_req=thread(R2),
    body=f"""Hello,

We have forwarded your complaint about {H_BANNER} and
{H_PILL} to our customer and asked them to remove the
content within 48 hours. If they fail to do so, we will suspend the hosting
account.

Hostvale Abuse Department
""",
    outcome="review", review="not_understood",
    imitates="hosting provider notice-forwarded reply with a deadline given to its customer",
    why="a promise and a condition, no statement: items stay pending, a person should look",
    items={H_BANNER: "pending", H_PILL: "pending"},
)

case(
    name="dropsilo-hedged-under-review",
    date="Wed, 04 Sep 2024 12:00:30 +0900",
    **{"from": "abuse@dropsilo.com"}, name_from="Dropsilo Abuse Team",
    subject=f"Re: Removal request {R1}",
    reply_to_req=thread(R1),
    body=f"""Hello,

Files {D["gJ3xNw6S"]} and {D["Vc7Ep5Qh"]} appear to have been deleted by
their uploader already. The remaining links are under review by our team.

Dropsilo Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="file host reply with a hedge ('appear to') and 'under review'",
    why="hedged and under review: no statement",
    items={D["gJ3xNw6S"]: "pending", D["Vc7Ep5Qh"]: "pending"},
)

case(
    name="chanbox-bulk-all-gone",
    date="Tue, 10 Sep 2024 22:50:00 +0000",
    **{"from": "abuse@chanbox.org"}, name_from="Chanbox Abuse",
    subject=f"Re: {R5} removal request",
    reply_to_req=thread(R5),
    body="""all the threads and images you listed are gone, poster banned.
""",
    outcome="review", review="bulk",
    imitates="image board abuse contact answering the whole list in one line",
    why="one statement for a four-item request without naming each item",
    items={C_KR1: "pending", C_KR2: "pending", C_B: "pending", C_IMG: "pending"},
)

case(
    name="yeoul-bulk-korean",
    date="Sun, 08 Sep 2024 20:20:20 +0900",
    **{"from": "admin@yeoul.kr"}, name_from="여울 운영자",
    subject=f"Re: [{R4}] 게시물 삭제 요청",
    reply_to_req=thread(R4),
    body="""안녕하세요. 요청하신 게시물 전부 삭제 조치 완료하였습니다.
""",
    outcome="review", review="bulk",
    imitates="Korean forum admin saying every requested post was deleted",
    why="'전부' covers a five-item request without naming any item",
    items={Y_FREE1: "pending", Y_FREE2: "pending", Y_MARKET: "pending",
           Y_CHAT: "pending", Y_PROFILE: "pending"},
)

case(
    name="namepier-dkim-fail",
    date="Mon, 09 Sep 2024 11:11:11 +0000",
    **{"from": "abuse@namepier.com"}, name_from="NamePier Abuse",
    auth="fail",
    subject=f"Re: {R3} domain abuse complaint",
    body=f"""Hello,

{N_DRUG} has been suspended and will no longer resolve.

NamePier Domain Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="registrar-style reply whose DKIM/SPF/DMARC checks fail",
    why="a statement, but the platform domain fails authentication",
    items={N_DRUG: "pending"},
)

case(
    name="site-owner-hanmail",
    date="Thu, 05 Sep 2024 23:40:00 +0900",
    **{"from": "lucky7.owner@hanmail.net"}, name_from="김민수",
    subject=f"Re: {R2}",
    body=f"""안녕하세요, luckyseven-kr 운영자입니다.
{H_JOIN} 페이지 삭제했습니다. 호스팅 쪽에 정지 풀어달라고 전달 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="the site owner writing from a webmail account after their host forwarded the notice",
    why="not a platform domain: a person must judge it",
    items={H_JOIN: "pending"},
)

case(
    name="hostvale-about-cdn-items",
    date="Sat, 14 Sep 2024 10:00:00 +0900",
    **{"from": "abuse@hostvale.net"}, name_from="Hostvale Abuse",
    subject="[Hostvale Abuse #HV-559002] korea-leaks.example",
    body=f"""Hello,

EdgeShield forwarded us your complaint about korea-leaks.example, which is
hosted on one of our servers. Our customer has deleted both pages:

{E_GAL}
{E_ZIP}

Hostvale Abuse Department
""",
    outcome="review", review="wrong_platform",
    imitates="origin hosting provider answering a complaint the CDN forwarded to it",
    why="statements about EdgeShield's items from Hostvale, not the items' platform",
    items={E_GAL: "pending", E_ZIP: "pending"},
)

case(
    name="edgeshield-not-hosted-forwarded",
    date="Wed, 11 Sep 2024 06:30:00 +0000",
    **{"from": "abuse@edgeshield.net"}, name_from="EdgeShield Trust & Safety",
    subject=f"EdgeShield abuse report ESR-2209341 ({R6})",
    reply_to_req=thread(R6),
    body=f"""Hello,

EdgeShield provides pass-through security and CDN services for the site
hosting {E_GAL} and {E_ZIP}. We are not the host of this content and cannot
remove material stored on other providers' servers.

We have forwarded your report to the site operator and to the hosting
provider (Hostvale, abuse@hostvale.net), who are best placed to act on it.

EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we do not host this content, report forwarded to the host' reply",
    why="no removal, no refusal on the merits, nothing about whether the items exist: pending, person to look",
    items={E_GAL: "pending", E_ZIP: "pending"},
)

case(
    name="dropsilo-policy-newsletter",
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    **{"from": "legal@dropsilo.com"}, name_from="Dropsilo Legal",
    subject="Changes to how Dropsilo handles reports from authorities",
    body="""Dear partner,

From 1 October 2024 Dropsilo will accept reports from public authorities
only through our authority portal at https://dropsilo.com/authority-portal.
Reports sent by email will still be read during a transition period of
three months.

You can read the updated guidelines at https://dropsilo.com/legal/authorities.

Dropsilo Legal
""",
    outcome="review", review="no_claims",
    imitates="platform notice to authorities about a new reporting portal",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="chanbox-which-post",
    date="Tue, 10 Sep 2024 01:02:03 +0000",
    **{"from": "mod.kr@chanbox.org"}, name_from="kr mod",
    subject=f"Re: {R5}",
    reply_to_req=thread(R5),
    body=f"""which post exactly? {C_KR1} has 300+ replies, most of them are
fine. send me the post numbers and I'll delete those.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="moderator asking for post numbers before acting",
    why="asks for more information; nothing done",
    items={C_KR1: "pending"},
)

case(
    name="notepaste-conditional-sweep",
    date="Wed, 11 Sep 2024 23:59:00 +0900",
    **{"from": "admin@notepaste.net"}, name_from="Notepaste",
    subject=f"Re: {R7} removal of personal data",
    reply_to_req=thread(R7),
    body=f"""hey, if {P_ONE} is still up after tonight's sweep it
gets deleted automatically, pastes with phone numbers get flagged.
""",
    outcome="review", review="not_understood",
    imitates="paste-site admin answering with a condition instead of an action",
    why="a condition about the future, not a statement: pending",
    items={P_ONE: "pending"},
)

# ======================= IGNORED =======================================

case(
    name="dropsilo-ticket-receipt",
    date="Mon, 02 Sep 2024 17:06:02 +0900",
    **{"from": "no-reply@dropsilo.com"}, name_from="Dropsilo Support",
    subject=f"[DS-ABU-20240904-117] We received your report ({R1})",
    reply_to_req=thread(R1),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hello,

We have received your report and created case DS-ABU-20240904-117.
Our abuse team will look at it as soon as possible. You do not need to
reply to this message.

Dropsilo Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk receipt: case created, no reply needed",
    why="pure acknowledgement",
    items={},
)

case(
    name="hostvale-out-of-office",
    date="Tue, 03 Sep 2024 18:00:41 +0900",
    **{"from": "j.kowalski@hostvale.net"}, name_from="Jan Kowalski",
    subject=f"Automatic reply: {R2} removal request",
    reply_to_req=thread(R2),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 16 September with limited access to email.
For abuse matters please write to abuse@hostvale.net.

Jan Kowalski
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from an abuse-desk employee",
    why="out-of-office auto-reply",
    items={},
)

dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-np-0905"

--dsn-np-0905
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.namepier.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@namepier.com>: mailbox unavailable, user unknown

--dsn-np-0905
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.namepier.com
Arrival-Date: Thu, 5 Sep 2024 08:01:12 +0000

Final-Recipient: rfc822; legal-kr@namepier.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@namepier.com>: Recipient address rejected: User unknown

--dsn-np-0905
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@namepier.com
Subject: {R3} domain abuse complaint
Message-ID: <{mid(R3)}>
Date: Thu, 05 Sep 2024 17:01:00 +0900

Please suspend the following domains (reference {R3}):
{N_88}
{N_89}
{N_DRUG}

--dsn-np-0905--"""
case(
    name="namepier-dsn-user-unknown",
    date="Thu, 05 Sep 2024 08:01:13 +0000",
    **{"from": "MAILER-DAEMON@namepier.com"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification carrying the original request",
    why="bounce; the URLs are only in the returned request",
    items={N_88: "pending", N_89: "pending", N_DRUG: "pending"},
)

mdn = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-yeoul-1"

--mdn-yeoul-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신인이 읽었습니다.
제목: [{R4}] 게시물 삭제 요청

--mdn-yeoul-1
Content-Type: message/disposition-notification

Reporting-UA: mail.yeoul.kr; Webmail
Original-Recipient: rfc822;admin@yeoul.kr
Final-Recipient: rfc822;admin@yeoul.kr
Original-Message-ID: <{mid(R4)}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-yeoul-1--"""
case(
    name="yeoul-read-receipt",
    date="Fri, 06 Sep 2024 14:03:00 +0900",
    **{"from": "admin@yeoul.kr"}, name_from="여울 운영자",
    subject=f"읽음 확인: [{R4}] 게시물 삭제 요청",
    reply_to_req=thread(R4),
    raw_mime=mdn,
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN) in Korean",
    why="read receipt",
    items={},
)

case(
    name="chanbox-autoresponder",
    date="Mon, 09 Sep 2024 08:00:05 +0000",
    **{"from": "abuse@chanbox.org"}, name_from="Chanbox Abuse",
    subject=f"Re: {R5} removal request",
    reply_to_req=thread(R5),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""Thanks for writing to the Chanbox abuse address. This is an automatic
reply. The site is run by volunteers; we read every message but cannot
always answer. Illegal content is usually handled within a few days.
""",
    outcome="ignored", classification="auto_reply",
    imitates="volunteer-run site's autoresponder",
    why="automatic reply, no statement",
    items={},
)

case(
    name="edgeshield-form-receipt",
    date="Tue, 10 Sep 2024 08:15:00 +0000",
    **{"from": "no-reply@edgeshield.net"}, name_from="EdgeShield",
    subject="We have received your abuse report ESR-2209341",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Your abuse report has been received.

Report ID: ESR-2209341
Category: Privacy / personal data
Reported URLs:
  {E_GAL}
  {E_ZIP}

Our Trust & Safety team will review it. You will receive a further email
if we need more information.

EdgeShield
""",
    outcome="ignored", classification="acknowledgement",
    imitates="abuse-form receipt echoing the reported URLs",
    why="acknowledgement; the URLs are only an echo of the report",
    items={E_GAL: "pending", E_ZIP: "pending"},
)

HEADER = """# Blind set blind685: hosting providers, CDNs, registrars, forums, image
# boards, file hosts and small services answering informally; CSV
# attachments and plain-text tables. Written by tests/corpus/blind685/make.py
# from each email's meaning alone, before the reader was run on it."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind685", HEADER, CASES)
    print(len(CASES), "cases")
