#!/usr/bin/env python3
"""Blind set 397: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind397/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning before the reader
was ever run on this set. All names, domains, ids and URLs are fictional.
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

KR_MARKET = "%EC%9E%A5%ED%84%B0"  # 장터

# ---------------------------------------------------------------- requests
REQUESTS = [
    {
        "ref": "KCSC-240902-01", "platform": "dropvault", "name": "DropVault",
        "sent_at": "2024-09-02T10:00:00+09:00", "due_at": "2024-09-09T18:00:00+09:00",
        "category": "obscenity", "note": "file host; uploads of one account",
        "urls": [
            "https://dropvault.example/f/Qm7xK2pL",
            "https://dropvault.example/f/Zr81tWc0",
            "https://dropvault.example/f/aa93HnYe",
            "https://dropvault.example/f/Lp0Vd5sU",
            "https://dropvault.example/f/9TgkE4mB",
            "https://dropvault.example/f/Wc6Jr2Qa",
            "https://dropvault.example/f/Hx7nY3oP",
            "https://dropvault.example/f/uE5bM8zR",
            "https://dropvault.example/folder/kT4sD9",
            "https://dropvault.example/folder/Bv2wN6",
            "https://dl.dropvault.example/s/3f9c1e7a/clip_0412.mp4",
            "https://dl.dropvault.example/s/77ab02d4/set_B.zip",
            "https://dropvault.example/f/Ny1cF0hG",
            "https://dropvault.example/f/Rt3aS8kV",
        ],
    },
    {
        "ref": "KCSC-240903-02", "platform": "hanchan", "name": "Hanchan",
        "sent_at": "2024-09-03T14:00:00+09:00", "due_at": "2024-09-10T18:00:00+09:00",
        "category": "privacy", "note": "image board threads and one image",
        "urls": [
            "https://hanchan.example/b/res/418803.html",
            "https://hanchan.example/b/res/418977.html",
            "https://hanchan.example/mu/res/90211.html",
            "https://hanchan.example/src/1725318840112.jpg",
            "https://hanchan.example/kr/res/33105.html",
        ],
    },
    {
        "ref": "KCSC-240904-03", "platform": "nimbus", "name": "Nimbus Hosting",
        "sent_at": "2024-09-04T11:00:00+09:00", "due_at": "2024-09-11T18:00:00+09:00",
        "category": "gambling", "note": "customer sites on a shared host",
        "urls": [
            "http://lucky7-casino.example/",
            "http://lucky7-casino.example/join.php",
            "https://pharma-direct24.example/shop/sildenafil",
            "https://toto-winwin.example/event/0904",
        ],
    },
    {
        "ref": "KCSC-240905-04", "platform": "domainnara", "name": "DomainNara",
        "sent_at": "2024-09-05T09:30:00+09:00", "due_at": "2024-09-12T18:00:00+09:00",
        "category": "gambling", "note": "registrar; whole domains",
        "urls": [
            "http://betking-kr.example/",
            "http://bamtoki-777.example/",
            "http://sports-toto-vip.example/",
        ],
    },
    {
        "ref": "KCSC-240906-05", "platform": "bamboo", "name": "Bamboo Forum",
        "sent_at": "2024-09-06T16:00:00+09:00", "due_at": "2024-09-13T18:00:00+09:00",
        "category": "defamation", "note": "Korean community forum",
        "urls": [
            "https://bambooforum.example/free/88812",
            "https://bambooforum.example/free/88990",
            "https://bambooforum.example/" + KR_MARKET + "/5521",
            "https://bambooforum.example/humor/77120",
        ],
    },
    {
        "ref": "KCSC-240909-06", "platform": "edgeshield", "name": "EdgeShield",
        "sent_at": "2024-09-09T10:00:00+09:00", "due_at": "2024-09-16T18:00:00+09:00",
        "category": "copyright", "note": "CDN in front of two sites",
        "urls": [
            "https://cdn-img.myfanpics.example/leak/0909a.jpg",
            "https://watch-free-tv.example/live/ch7",
        ],
    },
    {
        "ref": "KCSC-240910-07", "platform": "snipbin", "name": "Snipbin",
        "sent_at": "2024-09-10T15:00:00+09:00", "due_at": "2024-09-17T18:00:00+09:00",
        "category": "privacy", "note": "paste site; one paste",
        "urls": ["https://snipbin.example/p/k3Jd92Lx"],
    },
]
REQ = {r["ref"]: r for r in REQUESTS}
DV, HC, NH, DN, BF, ES, SB = (r["urls"] for r in REQUESTS)
BF_MARKET_RAW = "https://bambooforum.example/장터/5521"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for r in REQUESTS:
            for u in r["urls"]:
                w.writerow([r["ref"], r["platform"], r["sent_at"], r["due_at"], u,
                            r["category"], r["ref"] + "@kcsc.example", r["note"]])


def request_body(ref):
    r = REQ[ref]
    lines = [
        f"Dear {r['name']} team,",
        "",
        "The Korea Communications Standards Commission (KCSC) has reviewed the",
        "content at the addresses below and found it to be illegal information",
        "under Korean law. Please remove it or block access to it from Korea,",
        "and tell us what was done for each address.",
        "",
        f"Our reference: {ref}",
        "",
    ]
    for i, u in enumerate(r["urls"], 1):
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC Takedown Team", "takedown@kcsc.example"]
    return "\n".join(lines)


def gmail_quote(ref, when):
    q = "\n".join(("> " + l) if l else ">" for l in request_body(ref).split("\n"))
    return f"On {when} KCSC Takedown <takedown@kcsc.example> wrote:\n{q}"


def outlook_quote(ref, when, subject):
    return ("-----Original Message-----\n"
            "From: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {when}\n"
            "To: abuse\n"
            f"Subject: {subject}\n\n" + request_body(ref))


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def mixed(boundary, body, att_name, att_text, att_type="text/csv"):
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{body.strip()}

--{boundary}
Content-Type: {att_type}; charset=utf-8; name="{att_name}"
Content-Disposition: attachment; filename="{att_name}"
Content-Transfer-Encoding: base64

{b64(att_text)}
--{boundary}--
"""


def req_subject(ref):
    return f"[{ref}] Request to remove illegal information"


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ DropVault (file host, 14 items)
case(
    name="dv-abuse-desk-numbered-mixed",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk reply going through a reporter's list line by line",
    why="each of the 14 links gets its own unhedged result on its line",
    from_="abuse@dropvault.example", name_from="DropVault Abuse Desk",
    date="Wed, 04 Sep 2024 03:12:40 +0000",
    subject="Re: " + req_subject("KCSC-240902-01"), reply_to_req="KCSC-240902-01",
    body=f"""Hello,

Thanks for the report. We went through every link in your request
KCSC-240902-01; results below.

 1. {DV[0]} - removed
 2. {DV[1]} - removed
 3. {DV[2]} - removed, uploader account terminated
 4. {DV[3]} - not found (the uploader had already deleted it before your report came in)
 5. {DV[4]} - removed
 6. {DV[5]} - removed
 7. {DV[6]} - no such file, the link is invalid
 8. {DV[7]} - removed
 9. {DV[8]} - folder and the 37 files in it removed
10. {DV[9]} - folder removed
11. {DV[10]} - download link disabled, file deleted
12. {DV[11]} - download link disabled, file deleted
13. {DV[12]} - blocked for visitors from South Korea only
14. {DV[13]} - not removed: it is a plain software installer, nothing in it breaks our Terms

How we handle reports: https://dropvault.example/legal/abuse

Mara
DropVault Abuse Desk
""",
    items={DV[0]: "removed", DV[1]: "removed", DV[2]: "removed", DV[3]: "not_found",
           DV[4]: "removed", DV[5]: "removed", DV[6]: "not_found", DV[7]: "removed",
           DV[8]: "removed", DV[9]: "removed", DV[10]: "removed", DV[11]: "removed",
           DV[12]: "restricted", DV[13]: "rejected"},
)

DV_CSV = f"""link,file_name,action,date_actioned
{DV[0]},vid_001.mp4,Removed,2024-09-04
{DV[1]},vid_002.mp4,Removed,2024-09-04
{DV[2]},IMG_pack.rar,Removed,2024-09-04
{DV[3]},,File not found,
{DV[4]},part1.7z,Restricted in KR,2024-09-04
{DV[10]},clip_0412.mp4,Removed,2024-09-04
{DV[8]},(folder),Removed,2024-09-04
{DV[13]},setup_x64.exe,No violation - kept online,2024-09-04
"""
case(
    name="dv-csv-outcome-sheet",
    outcome="applied",
    imitates="trust-and-safety team sending a spreadsheet of outcomes as a CSV attachment",
    why="the attached sheet gives one row per link with its action",
    from_="trust@dropvault.example", name_from="DropVault Trust & Safety",
    date="Wed, 04 Sep 2024 09:40:02 +0000",
    subject="Outcome sheet - KCSC-240902-01", reply_to_req="KCSC-240902-01",
    raw_mime=mixed("dvcsv-7f21", """Hi,

Attached is the outcome sheet for the links in your request KCSC-240902-01
that we have finished. The remaining links are still with our reviewers.

DropVault Trust & Safety""", "outcome_KCSC-240902-01.csv", DV_CSV),
    items={DV[0]: "removed", DV[1]: "removed", DV[2]: "removed", DV[3]: "not_found",
           DV[4]: "restricted", DV[10]: "removed", DV[8]: "removed", DV[13]: "rejected"},
)

case(
    name="dv-plain-text-table",
    outcome="applied",
    imitates="ticket-system reply with a fixed-width plain-text result table",
    why="a plain-text table gives each link a result column",
    from_="support@dropvault.example", name_from="DropVault Support",
    date="Thu, 05 Sep 2024 01:05:18 +0000",
    subject="[DV-88213] Re: " + req_subject("KCSC-240902-01"),
    body=f"""Ticket DV-88213 - your ref KCSC-240902-01

Result of our review:

Link                                      Result        Note
----------------------------------------  ------------  -----------------
{DV[5]:<40}  REMOVED       ToS 4.2
{DV[6]:<40}  NOT FOUND     id never existed
{DV[7]:<40}  REMOVED       ToS 4.2
{DV[12]:<40}  GEO-BLOCKED   KR only
{DV[13]:<40}  NO ACTION     no violation

--
DropVault Support - please keep the ticket number in the subject
""",
    items={DV[5]: "removed", DV[6]: "not_found", DV[7]: "removed",
           DV[12]: "restricted", DV[13]: "rejected"},
)

case(
    name="dv-url-then-status-below",
    outcome="applied",
    imitates="abuse-desk update giving each URL on a line with its status on the line below",
    why="four links each followed by a Status line; the rest explicitly still under review",
    from_="abuse@dropvault.example", name_from="DropVault Abuse Desk",
    date="Thu, 05 Sep 2024 06:22:51 +0000",
    subject="Update: KCSC-240902-01",
    body=f"""Hello KCSC team,

Update on KCSC-240902-01:

{DV[0]}
Status: removed

{DV[2]}
Status: removed

{DV[11]}
Status: file not found on our storage

{DV[9]}
Status: access restricted in Korea (geo-block)

The rest of the links are still being reviewed by our legal team.

DropVault Abuse Desk
""",
    items={DV[0]: "removed", DV[2]: "removed", DV[11]: "not_found", DV[9]: "restricted"},
)

case(
    name="dv-html-table",
    outcome="applied",
    imitates="HTML notification email with a result table, as sent by hosted help-desk software",
    why="HTML table rows give each link's outcome",
    from_="noreply@dropvault.example", name_from="DropVault",
    date="Thu, 05 Sep 2024 08:00:00 +0000",
    subject="Your report KCSC-240902-01 has been processed",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>We have processed part of your report <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Outcome</th></tr>
<tr><td><a href="{DV[1]}">{DV[1]}</a></td><td>Removed</td></tr>
<tr><td><a href="{DV[4]}">{DV[4]}</a></td><td>Removed</td></tr>
<tr><td><a href="{DV[6]}">{DV[6]}</a></td><td>Link invalid &ndash; file does not exist</td></tr>
<tr><td><a href="{DV[12]}">{DV[12]}</a></td><td>Blocked in South Korea</td></tr>
<tr><td><a href="{DV[13]}">{DV[13]}</a></td><td>Declined &ndash; no violation found</td></tr>
</table>
<p>Questions about these outcomes? See <a href="https://dropvault.example/help/report-outcomes">our help page</a>.</p>
<p>DropVault Trust &amp; Safety</p>
</body></html>""",
    items={DV[1]: "removed", DV[4]: "removed", DV[6]: "not_found",
           DV[12]: "restricted", DV[13]: "rejected"},
)

case(
    name="dv-base64-body",
    outcome="applied",
    imitates="short support reply whose body the mail client sent base64-encoded",
    why="three links listed under 'deleted today'",
    from_="support@dropvault.example", name_from="DropVault Support",
    date="Fri, 06 Sep 2024 02:31:09 +0000",
    subject="RE: " + req_subject("KCSC-240902-01"), reply_to_req="KCSC-240902-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(
        f"""Hi,

The following files were deleted today under our Terms of Service:

{DV[3]}
{DV[7]}
{DV[8]}

Regards,
Jun - DropVault Support
"""),
    items={DV[3]: "removed", DV[7]: "removed", DV[8]: "removed"},
)

case(
    name="dv-gmail-top-three-gone",
    outcome="applied",
    imitates="abuse handler's short top-posted answer over the Gmail-quoted request",
    why="three links named above the quote are 'gone now'; the quoted request below says nothing",
    from_="jake.r@dropvault.example", name_from="Jake R.",
    date="Mon, 02 Sep 2024 22:14:33 +0000",
    subject="Re: " + req_subject("KCSC-240902-01"), reply_to_req="KCSC-240902-01",
    body=f"""Hi - these three are gone now:

{DV[5]}
{DV[7]}
{DV[10]}

Still looking into the others.

Jake

{gmail_quote("KCSC-240902-01", "Mon, Sep 2, 2024 at 10:00 AM")}
""",
    items={DV[5]: "removed", DV[7]: "removed", DV[10]: "removed"},
)

case(
    name="dv-outlook-one-liner",
    outcome="applied",
    imitates="one-line answer typed above an Outlook '-----Original Message-----' block",
    why="one link named with 'deleted' above the quoted request",
    from_="ryo.tanaka@dropvault.example", name_from="Ryo Tanaka",
    date="Tue, 03 Sep 2024 05:48:12 +0000",
    subject="RE: " + req_subject("KCSC-240902-01"), reply_to_req="KCSC-240902-01",
    body=f"""{DV[12]} deleted + uploader banned.

Ryo

{outlook_quote("KCSC-240902-01", "Monday, September 2, 2024 10:00 AM", req_subject("KCSC-240902-01"))}
""",
    items={DV[12]: "removed"},
)

case(
    name="dv-korean-fullwidth",
    outcome="applied",
    imitates="Korean-language support desk of a foreign file host answering with full-width punctuation",
    why="two folders 삭제 완료, one file 국내 접속 차단; the rest explicitly under review",
    from_="support-kr@dropvault.example", name_from="DropVault 한국어 지원팀",
    date="Fri, 06 Sep 2024 07:15:40 +0000",
    subject="Re: " + req_subject("KCSC-240902-01"), reply_to_req="KCSC-240902-01",
    body=f"""안녕하세요, DropVault 한국어 지원팀입니다.

요청번호 KCSC-240902-01 관련하여 아래와 같이 조치하였습니다。

- 폴더（{DV[8]}）：삭제 완료
- 폴더（{DV[9]}）：삭제 완료
- 파일 {DV[4]} ： 국내 접속 차단

나머지 링크는 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다。

감사합니다。
DropVault 한국어 지원팀
""",
    items={DV[8]: "removed", DV[9]: "removed", DV[4]: "restricted"},
)

case(
    name="dv-echoed-report-outcome",
    outcome="applied",
    imitates="report-outcome notice that echoes the reporter's own form submission",
    why="the outcome line says the echoed link was removed",
    from_="noreply@dropvault.example", name_from="DropVault",
    date="Sat, 07 Sep 2024 11:02:57 +0000",
    subject="Your report has been reviewed",
    body=f"""Your report has been reviewed.

Outcome: we removed the file below because it violates our Terms of
Service. The uploader has been notified.

----- Your report -----
Reported link: {DV[11]}
Reason selected: Illegal content
Reporter: KCSC Takedown
Reference given: KCSC-240902-01
-----------------------

All your reports: https://dropvault.example/account/reports
""",
    items={DV[11]: "removed"},
)

# ================================================================ Hanchan (image board, 5 items)
case(
    name="hc-mod-one-liner",
    outcome="applied",
    imitates="image-board global moderator answering in one line",
    why="'both threads nuked' with the two thread URLs below it",
    from_="mods@hanchan.example", name_from="hanchan mods",
    date="Tue, 03 Sep 2024 09:51:20 +0000",
    subject="Re: " + req_subject("KCSC-240903-02"), reply_to_req="KCSC-240903-02",
    body=f"""both threads nuked
{HC[0]}
{HC[1]}

- kuro (global mod)
""",
    items={HC[0]: "removed", HC[1]: "removed"},
)

case(
    name="hc-janitor-mixed",
    outcome="applied",
    imitates="image-board admin's informal bulleted reply: purged, pruned, staying up",
    why="image purged (removed), thread pruned and gone (not_found), /kr/ thread kept as lawful (rejected)",
    from_="admin@hanchan.example", name_from="hanchan admin",
    date="Wed, 04 Sep 2024 13:40:05 +0000",
    subject="Re: " + req_subject("KCSC-240903-02"), reply_to_req="KCSC-240903-02",
    body=f"""hey,

went through your list:

- the image {HC[3]} is purged and its hash is banned so it can't be reposted
- {HC[2]} doesn't exist anymore, the thread got pruned off the board days ago (we don't keep archives)
- {HC[4]} we're leaving up. it's people arguing about a news story, nothing illegal in it

the two /b/ ones someone else on the team is handling.

admin
""",
    items={HC[3]: "removed", HC[2]: "not_found", HC[4]: "rejected"},
)

case(
    name="hc-korean-angle-particles",
    outcome="applied",
    imitates="Korean-speaking image-board operator writing URLs in angle brackets and followed by particles",
    why="'<URL>은 삭제했습니다' and 'URL도 지웠어요' are plain deletion statements",
    from_="admin@hanchan.example", name_from="한찬 관리자",
    date="Thu, 05 Sep 2024 02:10:44 +0000",
    subject="Re: " + req_subject("KCSC-240903-02"), reply_to_req="KCSC-240903-02",
    body=f"""안녕하세요 한찬 관리자입니다.

<{HC[4]}>은 삭제했습니다.
{HC[3]}도 지웠어요. 같은 이미지는 다시 못 올리게 막아놨습니다.

신고 감사합니다.
""",
    items={HC[4]: "removed", HC[3]: "removed"},
)

case(
    name="hc-html-list",
    outcome="applied",
    imitates="HTML mail from a small board's staff with a bulleted list of linked posts",
    why="two links deleted, one thread kept because it breaks no rule",
    from_="staff@hanchan.example", name_from="Hanchan Staff",
    date="Fri, 06 Sep 2024 15:30:00 +0000",
    subject="KCSC-240903-02 done (mostly)",
    type="html",
    body=f"""<div>Hi KCSC,</div>
<div>here's where we are on KCSC-240903-02:</div>
<ul>
<li><a href="{HC[0]}">/b/ No.418803</a> &mdash; thread deleted</li>
<li><a href="{HC[3]}">1725318840112.jpg</a> &mdash; file deleted, hash banned</li>
<li><a href="{HC[2]}">/mu/ No.90211</a> &mdash; not removing this one, it's a music thread and nothing in it breaks our rules</li>
</ul>
<div>Board rules: <a href="https://hanchan.example/rules.html">https://hanchan.example/rules.html</a></div>
<div>-- staff</div>""",
    items={HC[0]: "removed", HC[3]: "removed", HC[2]: "rejected"},
)

# ================================================================ Nimbus Hosting (host, 4 items)
case(
    name="nh-account-suspended",
    outcome="applied",
    imitates="hosting provider abuse-ticket closure: customer account suspended, URLs show suspension page",
    why="both lucky7 URLs are named and stated to no longer serve the content",
    from_="abuse@nimbushost.example", name_from="Nimbus Hosting Abuse",
    date="Thu, 05 Sep 2024 04:18:30 +0000",
    subject="[NH-ABUSE-558120] Closed: KCSC-240904-03",
    body="""Ticket: NH-ABUSE-558120
Your reference: KCSC-240904-03
Status: Closed - action taken

Dear reporter,

We have investigated your complaint. The hosting account serving
lucky7-casino.example has been suspended for breach of our Acceptable
Use Policy. Both reported URLs,
http://lucky7-casino.example/ and
http://lucky7-casino.example/join.php,
now show our suspension page and no longer serve the customer's content.

The other two URLs in your report are handled in separate tickets.

Nimbus Hosting - Abuse Team
AUP: https://nimbushost.example/legal/aup
""",
    items={NH[0]: "removed", NH[1]: "removed"},
)

case(
    name="nh-partial-not-ours",
    outcome="applied",
    imitates="hosting abuse desk: one page disabled, one site not on its network",
    why="pharma page disabled (removed); toto URL cannot be located on its network (not_found)",
    from_="tomasz@nimbushost.example", name_from="Tomasz K. (Nimbus abuse)",
    date="Thu, 05 Sep 2024 09:02:11 +0000",
    subject="Re: " + req_subject("KCSC-240904-03"), reply_to_req="KCSC-240904-03",
    body=f"""Hello,

re KCSC-240904-03, two of the four:

We disabled the page {NH[2]} on our shared
server (customer notified, files quarantined).

toto-winwin.example is not hosted with us. Its A record points to
203.0.113.77, which belongs to another provider, and we have no account
for it, so we cannot locate {NH[3]} on our network.

Rgds,
Tomasz / Nimbus abuse
""",
    items={NH[2]: "removed", NH[3]: "not_found"},
)

case(
    name="nh-qp-customer-deleted",
    outcome="applied",
    imitates="host's follow-up, quoted-printable body wrapping a long URL at 76 columns",
    why="after decoding: the page was deleted by the site owner and returns 404",
    from_="abuse@nimbushost.example", name_from="Nimbus Hosting Abuse",
    date="Wed, 11 Sep 2024 06:45:00 +0000",
    subject="[NH-ABUSE-558121] KCSC-240904-03 - resolved",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(
        f"""Dear KCSC team – following our notice to the customer, the reported page at {NH[2]} has been deleted by the site owner. Our staff checked it on 11 September and it now returns HTTP 404.

We consider ticket NH-ABUSE-558121 resolved.

Nimbus Hosting – Abuse Team
"""),
    items={NH[2]: "removed"},
)

NH_CSV = f"""url,ticket,state,comment
{NH[0]},NH-558120,suspended,hosting account suspended
{NH[1]},NH-558120,suspended,hosting account suspended
{NH[2]},NH-558121,removed,page deleted by customer
{NH[3]},NH-558122,waiting for customer,
"""
case(
    name="nh-csv-export",
    outcome="applied",
    imitates="abuse-system CSV export attached to a host's status mail",
    why="three rows suspended/removed; the fourth only 'waiting for customer' stays pending",
    from_="abuse@nimbushost.example", name_from="Nimbus Hosting Abuse",
    date="Mon, 09 Sep 2024 02:00:00 +0000",
    subject="Status of your complaint KCSC-240904-03",
    raw_mime=mixed("nh-exp-20240909", """Hello,

Our abuse system export for your complaint KCSC-240904-03 is attached.

Nimbus Hosting - Abuse Team""", "KCSC-240904-03.csv", NH_CSV),
    items={NH[0]: "removed", NH[1]: "removed", NH[2]: "removed", NH[3]: "pending"},
)

# ================================================================ DomainNara (registrar, 3 items)
case(
    name="dn-korean-hold",
    outcome="applied",
    imitates="Korean registrar's 시정요구 조치 결과 reply: domains put on hold, one not registered there",
    why="two domains 서비스 정지(clientHold) so they no longer resolve; the third is not registered with them",
    from_="abuse@domainnara.example", name_from="도메인나라 고객센터",
    date="Fri, 06 Sep 2024 01:30:00 +0000",
    subject="[도메인나라] 시정요구(KCSC-240905-04) 조치 결과 회신",
    reply_to_req="KCSC-240905-04",
    body=f"""안녕하세요. 도메인나라 불법도메인 신고 담당자입니다.

귀 위원회의 시정요구(KCSC-240905-04)에 대하여 아래와 같이 조치하였음을 알려드립니다.

1) {DN[0]}
   → 도메인 서비스 정지(clientHold) 완료. 현재 네임서버가 응답하지 않아 사이트에 접속되지 않습니다.
2) {DN[2]}
   → 도메인 서비스 정지(clientHold) 완료.
3) {DN[1]}
   → 당사에 등록된 도메인이 아닙니다. WHOIS에서 등록기관을 확인해 주시기 바랍니다.

문의: 도메인나라 고객센터 1588-0000
""",
    items={DN[0]: "removed", DN[2]: "removed", DN[1]: "not_found"},
)

case(
    name="dn-english-refusal",
    outcome="applied",
    imitates="registrar abuse team declining a content complaint: not DNS abuse, take it to the host",
    why="a refusal with its reason: the domain stays active",
    from_="abuse@domainnara.example", name_from="DomainNara Abuse",
    date="Mon, 09 Sep 2024 05:55:20 +0000",
    subject="Re: " + req_subject("KCSC-240905-04"), reply_to_req="KCSC-240905-04",
    body=f"""Dear KCSC,

Regarding {DN[1]} (your ref KCSC-240905-04).

We have reviewed the complaint. As a registrar we act on DNS abuse
(phishing, malware, botnets, pharming). The content of a website is a
matter for its hosting provider. This domain is not involved in DNS abuse
and its registrant data has been verified, so we will not suspend it; the
domain stays active.

Our registrar abuse policy: https://domainnara.example/policy/abuse

DomainNara Abuse Team
""",
    items={DN[1]: "rejected"},
)

# ================================================================ Bamboo Forum (Korean forum, 4 items)
case(
    name="bf-admin-one-liner",
    outcome="applied",
    imitates="one-person Korean community admin answering in one line",
    why="one post 삭제했습니다; '나머지도 보고 처리할게요' is only a promise",
    from_="admin@bambooforum.example", name_from="대나무숲 운영자",
    date="Fri, 06 Sep 2024 12:41:03 +0000",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청", reply_to_req="KCSC-240906-05",
    body=f"""{BF[0]} 글 삭제했습니다.
나머지도 보고 처리할게요.

-- 운영자 드림
""",
    items={BF[0]: "removed"},
)

case(
    name="bf-korean-list-mixed",
    outcome="applied",
    imitates="Korean forum 조치 결과 reply listing 삭제, 블라인드, 작성자 삭제, 유지",
    why="deleted, blinded (removed), already deleted by its author (not_found), kept as no rule is broken (rejected)",
    from_="admin@bambooforum.example", name_from="대나무숲 운영자",
    date="Mon, 09 Sep 2024 03:20:00 +0000",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청", reply_to_req="KCSC-240906-05",
    body=f"""안녕하세요, 대나무숲 포럼 운영진입니다.
요청하신 4건 처리 결과 알려드립니다.

1. {BF[0]} - 삭제
2. {BF[1]} - 블라인드 처리
3. {BF_MARKET_RAW} - 작성자가 이미 삭제한 글입니다
4. {BF[3]} - 게시판 규정 위반 사항이 없어 유지합니다

감사합니다.
""",
    items={BF[0]: "removed", BF[1]: "removed", BF[2]: "not_found", BF[3]: "rejected"},
)

case(
    name="bf-temporary-measure",
    outcome="applied",
    imitates="Korean forum notice of 임시조치 under 정보통신망법 제44조의2 and 비공개 처리",
    why="one post 임시조치 (restricted), one made private (removed)",
    from_="help@bambooforum.example", name_from="대나무숲 포럼",
    date="Tue, 10 Sep 2024 08:05:33 +0000",
    subject="[대나무숲] 권리침해 신고 처리 안내 (KCSC-240906-05)",
    body=f"""안녕하세요. 대나무숲 포럼 고객지원입니다.

정보통신망법 제44조의2에 따라 {BF[3]} 게시물에 대해
30일간 임시조치하였습니다.

{BF[1]} 게시물은 작성자 요청에 따라 비공개 처리되었습니다.

※ 이 메일은 발신 전용이 아닙니다. 문의사항은 회신해 주세요.
""",
    items={BF[3]: "restricted", BF[1]: "removed"},
)

# ================================================================ EdgeShield (CDN, 2 items)
case(
    name="es-geo-and-purge",
    outcome="applied",
    imitates="CDN trust-and-safety reply: geo-restriction for one URL, origin deletion plus cache purge for another",
    why="URL line then its statement below: one restricted in Korea, one deleted at origin and purged",
    from_="trust-safety@edgeshield.example", name_from="EdgeShield Trust & Safety",
    date="Tue, 10 Sep 2024 07:30:00 +0000",
    subject="Re: " + req_subject("KCSC-240909-06"), reply_to_req="KCSC-240909-06",
    body=f"""Hello,

Thank you for your report (your ref KCSC-240909-06, our case
ES-TS-20240910-0032).

{ES[1]}
We have applied a geographic restriction: this URL is no longer served
through our network to visitors in the Republic of Korea.

{ES[0]}
The customer deleted this image at the origin and we purged it from our
cache. It is no longer available.

EdgeShield Trust & Safety
""",
    items={ES[1]: "restricted", ES[0]: "removed"},
)

# ================================================================ Snipbin (paste site, 1 item)
case(
    name="sb-sole-no-url",
    outcome="applied",
    imitates="small paste site's two-line answer in the request thread",
    why="'the paste you reported has been removed' answers a one-item request",
    from_="abuse@snipbin.example", name_from="Snipbin Abuse",
    date="Tue, 10 Sep 2024 09:12:00 +0000",
    subject="Re: " + req_subject("KCSC-240910-07"), reply_to_req="KCSC-240910-07",
    body="""Hi,

The paste you reported has been removed and the account that created it is suspended.

Snipbin Abuse
""",
    items={SB[0]: "removed"},
)

case(
    name="sb-made-private",
    outcome="applied",
    imitates="paste site hiding a paste from everyone but its author",
    why="made private (비공개) counts as removed",
    from_="dan@snipbin.example", name_from="Dan from Snipbin",
    date="Wed, 11 Sep 2024 00:20:45 +0000",
    subject="your report KCSC-240910-07",
    body=f"""Hey,

Paste {SB[0]} has been made private, nobody but its
author can open it now. I also blocked the IP it came from.

Dan
Snipbin (it's just two of us)
""",
    items={SB[0]: "removed"},
)

# ================================================================ review
case(
    name="dv-bulk-all-done",
    outcome="review", review="bulk",
    imitates="'all done' typed above an Outlook-quoted multi-link request",
    why="one sentence about all 14 links without naming any of them",
    from_="ryo.tanaka@dropvault.example", name_from="Ryo Tanaka",
    date="Sat, 07 Sep 2024 02:03:00 +0000",
    subject="RE: " + req_subject("KCSC-240902-01"), reply_to_req="KCSC-240902-01",
    body=f"""All done - everything on your list has been removed.

Thanks,
Ryo

{outlook_quote("KCSC-240902-01", "Monday, September 2, 2024 10:00 AM", req_subject("KCSC-240902-01"))}
""",
    items={u: "pending" for u in DV},
)

case(
    name="dv-dmarc-fail",
    outcome="review", review="untrusted",
    imitates="abuse-desk style confirmation whose DKIM/DMARC checks fail",
    why="names three links as removed but the sender's domain fails authentication",
    from_="abuse@dropvault.example", name_from="DropVault Abuse Desk", auth="fail",
    date="Sun, 08 Sep 2024 18:44:10 +0000",
    subject="Re: KCSC-240902-01",
    body=f"""Hello,

These files were removed:
{DV[0]}
{DV[1]}
{DV[2]}

DropVault Abuse Desk
""",
    items={DV[0]: "pending", DV[1]: "pending", DV[2]: "pending"},
)

case(
    name="nh-forwarded-to-customer",
    outcome="review", review="not_understood",
    imitates="host abuse desk telling the reporter the complaint went to the customer with a deadline",
    why="only a forward and a conditional promise to suspend; no statement of what happened",
    from_="abuse@nimbushost.example", name_from="Nimbus Hosting Abuse",
    date="Wed, 04 Sep 2024 06:30:00 +0000",
    subject="[NH-ABUSE-558121] Complaint forwarded: KCSC-240904-03",
    body=f"""Dear reporter,

We have forwarded your complaint to the customer responsible for
{NH[2]} and
{NH[3]}.

The customer has 48 hours to remove the material. If they do not, we
will suspend the service and let you know.

Nimbus Hosting - Abuse Team
""",
    items={NH[2]: "pending", NH[3]: "pending"},
)

case(
    name="lucky7-webmaster-writes",
    outcome="review", review="unknown_sender",
    imitates="the hosting customer (site owner) writing to the regulator directly",
    why="site owner's own domain is no platform's sender domain",
    from_="webmaster@lucky7-casino.example", name_from="Lucky7 Webmaster",
    date="Fri, 06 Sep 2024 14:22:00 +0000",
    subject="KCSC-240904-03 my hosting suspended",
    body=f"""hello

i deleted the join page {NH[1]} and the front page
{NH[0]} is only a maintenance notice now.
please tell nimbus hosting to unsuspend my account, I lose customers every day.

admin lucky7
""",
    items={NH[0]: "pending", NH[1]: "pending"},
)

case(
    name="es-blocks-hanchan-urls",
    outcome="review", review="wrong_platform",
    imitates="CDN acting on URLs of a site it proxies, reporting a country block",
    why="EdgeShield states a status for Hanchan's items, requested from Hanchan",
    from_="trust-safety@edgeshield.example", name_from="EdgeShield Trust & Safety",
    date="Wed, 11 Sep 2024 03:10:00 +0000",
    subject="EdgeShield case ES-TS-20240911-0007",
    body=f"""Hello,

A copy of your notice to Hanchan reached us as the network in front of
that site. The following URLs served through our network have been
blocked for visitors in the Republic of Korea:

{HC[0]}
{HC[1]}

EdgeShield Trust & Safety
""",
    items={HC[0]: "pending", HC[1]: "pending"},
)

case(
    name="es-not-the-host",
    outcome="review", review="not_understood",
    imitates="pass-through CDN reply: we do not host this, complaint forwarded to the host",
    why="the CDN says it cannot remove anything and forwarded the report; no status of the content",
    from_="abuse@edgeshield.example", name_from="EdgeShield Abuse",
    date="Mon, 09 Sep 2024 04:00:00 +0000",
    subject="Re: " + req_subject("KCSC-240909-06"), reply_to_req="KCSC-240909-06",
    body=f"""Hello,

EdgeShield provides a pass-through proxy and caching service for the
sites below. We are not their hosting provider and cannot remove content
from the Internet that we do not host.

{ES[0]}
{ES[1]}

We have forwarded your report to the site operators and to the hosting
provider (Orbitra Networks, abuse@orbitra.example), who can act on it.

EdgeShield Abuse
https://edgeshield.example/abuse-policy
""",
    items={ES[0]: "pending", ES[1]: "pending"},
)

case(
    name="hc-hedged-maybe-pruned",
    outcome="review", review="not_understood",
    imitates="image-board moderator unsure whether threads are still up",
    why="'looks like it might have been pruned', 'probably gone': hedges, no statement",
    from_="mods@hanchan.example", name_from="hanchan mods",
    date="Wed, 04 Sep 2024 01:05:00 +0000",
    subject="Re: " + req_subject("KCSC-240903-02"), reply_to_req="KCSC-240903-02",
    body=f"""{HC[1]} looks like it might have been pruned already, not 100% sure.
{HC[0]} is probably gone too. I'll ask the /b/ janitor and get back to you.

- kuro
""",
    items={HC[1]: "pending", HC[0]: "pending"},
)

case(
    name="bf-promise-this-week",
    outcome="review", review="not_understood",
    imitates="Korean forum operator promising action after a staff meeting",
    why="조치할 예정입니다: a promise, nothing done yet",
    from_="admin@bambooforum.example", name_from="대나무숲 운영자",
    date="Sat, 07 Sep 2024 10:00:00 +0000",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청", reply_to_req="KCSC-240906-05",
    body=f"""안녕하세요.
요청하신 게시물({BF[1]}, {BF[3]})은
운영진 회의를 거쳐 이번 주 안에 조치할 예정입니다.
조치 후 다시 연락드리겠습니다.
""",
    items={BF[1]: "pending", BF[3]: "pending"},
)

case(
    name="bf-bulk-korean",
    outcome="review", review="bulk",
    imitates="Korean forum reply: 요청하신 게시물 모두 삭제",
    why="'4건 모두 삭제' for a four-item request without naming the posts",
    from_="admin@bambooforum.example", name_from="대나무숲 운영자",
    date="Sun, 08 Sep 2024 13:00:00 +0000",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청", reply_to_req="KCSC-240906-05",
    body="""요청하신 게시물 4건 모두 삭제 조치 완료하였습니다.
수고하세요.
""",
    items={u: "pending" for u in BF},
)

case(
    name="dn-asks-for-official-letter",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean registrar asking for the sealed official letter and evidence before acting",
    why="asks for documents; no domain's status is stated",
    from_="abuse@domainnara.example", name_from="도메인나라 고객센터",
    date="Thu, 05 Sep 2024 05:00:00 +0000",
    subject="Re: " + req_subject("KCSC-240905-04"), reply_to_req="KCSC-240905-04",
    body="""안녕하세요. 도메인나라입니다.

요청번호 KCSC-240905-04 건과 관련하여, 조치를 위해 아래 자료를 추가로 보내주시기 바랍니다.

- 시정요구 공문 원본(기관 직인 날인본) PDF
- 도메인별 불법성 판단 근거 자료(캡처 화면 등)

자료를 받은 뒤 검토하여 조치하겠습니다.
감사합니다.
""",
)

case(
    name="sb-policy-change-notice",
    outcome="review", review="no_claims",
    imitates="small service's notice to past reporters about a new abuse form",
    why="trusted Snipbin mail naming no item and no request",
    from_="abuse@snipbin.example", name_from="Snipbin Abuse",
    date="Thu, 12 Sep 2024 10:00:00 +0000",
    subject="Changes to how Snipbin handles abuse reports",
    body="""Hi,

You are getting this because you sent us an abuse report this year.

From 1 October we handle reports through the form at
https://snipbin.example/report . Mail to this address will still be read,
but less often. Reports sent through the form get an answer within two
working days.

Thanks,
the Snipbin team
""",
)

# ================================================================ ignored
case(
    name="dv-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt ('we received your report, ticket created')",
    why="pure acknowledgement of receipt, no statement",
    from_="support@dropvault.example", name_from="DropVault Support",
    date="Mon, 02 Sep 2024 01:00:30 +0000",
    subject="[DV-88213] We received your report",
    reply_to_req="KCSC-240902-01",
    body="""Hello,

We've received your report and opened ticket DV-88213 for it
(your reference: KCSC-240902-01).

Our team looks at new reports within 72 hours. You can reply to this email
to add information to the ticket.

DropVault Support
""",
)

case(
    name="nh-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from a host's abuse handler",
    why="out-of-office auto-reply",
    from_="tomasz@nimbushost.example", name_from="Tomasz K.",
    date="Wed, 04 Sep 2024 02:00:05 +0000",
    subject="Automatic reply: " + req_subject("KCSC-240904-03"),
    reply_to_req="KCSC-240904-03",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday 9 September with limited access to
email. For abuse matters please write to abuse@nimbushost.example, which
the whole team reads.

Tomasz
""",
)

BF_BOUNCE_BODY = request_body("KCSC-240906-05")
case(
    name="bf-dsn-mailbox-full",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification: recipient mailbox full",
    why="a bounce carrying our own request; nothing from the platform",
    from_="MAILER-DAEMON@bambooforum.example", name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 07:01:12 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="bf-dsn-01"

--bf-dsn-01
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mail.bambooforum.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<admin@bambooforum.example>: mailbox full: quota exceeded

--bf-dsn-01
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mail.bambooforum.example
Arrival-Date: Fri,  6 Sep 2024 16:00:58 +0900 (KST)

Final-Recipient: rfc822; admin@bambooforum.example
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; mailbox full: quota exceeded

--bf-dsn-01
Content-Type: message/rfc822
Content-Description: Undelivered Message

From: KCSC Takedown <takedown@kcsc.example>
To: admin@bambooforum.example
Subject: {req_subject("KCSC-240906-05")}
Message-ID: <KCSC-240906-05@kcsc.example>
Date: Fri, 6 Sep 2024 16:00:00 +0900
Content-Type: text/plain; charset=utf-8

{BF_BOUNCE_BODY}

--bf-dsn-01--
""",
)

case(
    name="hc-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 message disposition notification ('Read:') from a board admin's client",
    why="read receipt only",
    from_="admin@hanchan.example", name_from="hanchan admin",
    date="Tue, 03 Sep 2024 06:33:00 +0000",
    subject="Read: " + req_subject("KCSC-240903-02"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="hc-mdn-3"

--hc-mdn-3
Content-Type: text/plain; charset=utf-8

Your message

  To: admin@hanchan.example
  Subject: {req_subject("KCSC-240903-02")}

was displayed on 9/3/2024 3:33 PM.

--hc-mdn-3
Content-Type: message/disposition-notification

Reporting-UA: hanchan-admin; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@hanchan.example
Original-Message-ID: <KCSC-240903-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--hc-mdn-3--
""",
)

case(
    name="es-use-the-form",
    outcome="ignored", classification="auto_reply",
    imitates="CDN's automated answer to emailed abuse reports pointing to its web form",
    why="automatic reply; says nothing about any item",
    from_="abuse@edgeshield.example", name_from="EdgeShield Abuse",
    date="Mon, 09 Sep 2024 01:00:04 +0000",
    subject="Automated response: " + req_subject("KCSC-240909-06"),
    reply_to_req="KCSC-240909-06",
    extra_headers=["Auto-Submitted: auto-generated", "Precedence: auto_reply"],
    body="""This is an automated message.

This mailbox does not process abuse reports sent by email. To make sure
your report reaches the right team, please submit it through
https://edgeshield.example/abuse/report

EdgeShield Abuse
""",
)

case(
    name="dn-korean-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean customer-centre 문의 접수 안내 receipt",
    why="receipt number and 'will answer after review' only",
    from_="help@domainnara.example", name_from="도메인나라 고객센터",
    date="Thu, 05 Sep 2024 00:31:00 +0000",
    subject="[도메인나라] 문의가 접수되었습니다 (접수번호 DN-2409-0415)",
    reply_to_req="KCSC-240905-04",
    body="""안녕하세요, 도메인나라 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: DN-2409-0415
 - 문의 제목: [KCSC-240905-04] Request to remove illegal information

담당자가 확인한 후 영업일 기준 2~3일 이내에 답변드리겠습니다.
""",
)

case(
    name="dv-chuseok-auto-reply",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 자동응답 holiday notice (추석 연휴 휴무 안내)",
    why="holiday auto-reply",
    from_="support-kr@dropvault.example", name_from="DropVault 한국어 지원팀",
    date="Sat, 14 Sep 2024 00:00:10 +0000",
    subject="[자동응답] 추석 연휴 휴무 안내",
    reply_to_req="KCSC-240902-01",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, DropVault 한국어 지원팀입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 휴무합니다.
보내주신 메일은 9월 19일(목)부터 순차적으로 답변드리겠습니다.

※ 본 메일은 자동 발송되었습니다.
""",
)


HEADER = """# Blind set 397 (hosting providers, CDNs, registrars, forums, image boards,
# file hosts and small services answering informally; CSV attachments and
# plain-text tables). Written from each email's meaning before any run of
# the reader. Generated by make.py; do not edit by hand.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        # non-ASCII header text travels RFC 2047-encoded, as real mail does
        for key in ("subject", "name_from"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, "blind397", HEADER, CASES)


if __name__ == "__main__":
    main()
