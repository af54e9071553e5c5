#!/usr/bin/env python3
"""Blind set 595: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste service answering removal requests,
often informally, plus CSV attachments and plain-text tables.

Written from each email's meaning, before any run of the reader.

    python3 tests/corpus/blind595/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

corpuslib.DOMAIN_NAMES.update({
    "boxcrate.net": "BoxCrate",
    "dalbitforum.kr": "달빛포럼",
    "hostmoa.co.kr": "HostMoa",
    "pinchan.org": "Pinchan",
    "nameport.com": "NamePort",
    "edgeveil.net": "EdgeVeil",
    "pastelet.io": "Pastelet",
})

# ---------------------------------------------------------------- requests
BC = "https://boxcrate.net/f/"
BOX = {
    k: BC + k for k in (
        "Qm3vT8kd", "Lp9xW2ra", "Zt4nB7qe", "Hc8yR1mu", "Wd2kF6so", "Ne5gJ3tv", "Xa7pL0ci",
        "Rb1sM9wy", "Ky6dC4hz", "Gu3eV8nx", "Tj0qA5lb", "Sf9hN1ug",
    )
}
BOX["Pv2rD7oe"] = "https://boxcrate.net/folder/Pv2rD7oe"
BOX["Mo4cK2pi"] = "https://dl.boxcrate.net/f/Mo4cK2pi"
BOX_ORDER = ["Qm3vT8kd", "Lp9xW2ra", "Zt4nB7qe", "Hc8yR1mu", "Wd2kF6so", "Ne5gJ3tv", "Xa7pL0ci",
             "Rb1sM9wy", "Ky6dC4hz", "Gu3eV8nx", "Tj0qA5lb", "Pv2rD7oe", "Sf9hN1ug", "Mo4cK2pi"]

D_88123 = "https://www.dalbitforum.kr/free/88123"
D_88157 = "https://www.dalbitforum.kr/free/88157"
D_MARKET = "https://www.dalbitforum.kr/%EC%9E%A5%ED%84%B0/20931"  # /장터/20931
D_MARKET_RAW = "https://www.dalbitforum.kr/장터/20931"
D_GALLERY = "https://www.dalbitforum.kr/gallery/view?no=5512&page=2"
D_88301 = "https://m.dalbitforum.kr/free/88301"

H_17 = "http://sunnyside-rx.kr/shop/item.php?id=17"
H_21 = "http://sunnyside-rx.kr/shop/item.php?id=21"
H_TOTO = "https://gamja-toto.co.kr/"
H_BLUE = "https://bluepeak-ent.hostmoa.kr/board/view/331"

P_48213 = "https://pinchan.org/kr/res/48213.html"
P_771904 = "https://pinchan.org/b/res/771904.html"
P_IMG = "https://i.pinchan.org/src/1725931122004.jpg"

N_LOAN = "http://fast-loan-kr.top/"
N_BET = "https://kr-bet365x.vip/join"
N_REPL = "http://replica-myungpum.shop/"

E_PAGE = "https://wowtoon-free.site/ep/1123"
E_IMG = "https://cdn.wowtoon-free.site/img/1123/01.jpg"

PASTE = "https://pastelet.io/p/x7Gq2Tz"

REQ = {
    "box": ("KCSC-240903-01", "boxcrate", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
            [BOX[k] for k in BOX_ORDER], "piracy", "req.240903.01.a7f2@kcsc.example",
            'mirror set of the same archive, "part 1" to "part 14"'),
    "dal": ("KCSC-240904-02", "dalbit", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00",
            [D_88123, D_88157, D_MARKET, D_GALLERY, D_88301], "drugs", "req.240904.02.c19e@kcsc.example",
            "forum posts selling prescription drugs, one in the market board"),
    "hm": ("KCSC-240905-03", "hostmoa", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
           [H_17, H_21, H_TOTO, H_BLUE], "gambling", "req.240905.03.5b0d@kcsc.example",
           "sites hosted at HostMoa (pharmacy pages, betting site, one board post)"),
    "pc": ("KCSC-240906-04", "pinchan", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
           [P_48213, P_771904, P_IMG], "obscene", "req.240906.04.e3a1@kcsc.example",
           "image board threads, one image"),
    "np": ("KCSC-240909-05", "nameport", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
           [N_LOAN, N_BET, N_REPL], "fraud", "req.240909.05.77c4@kcsc.example",
           "domains registered through NamePort, registrar asked to act"),
    "ev": ("KCSC-240910-06", "edgeveil", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00",
           [E_PAGE, E_IMG], "piracy", "req.240910.06.0a9b@kcsc.example",
           "webtoon piracy site behind the EdgeVeil CDN"),
    "pl": ("KCSC-240911-07", "pastelet", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
           [PASTE], "privacy", "req.240911.07.d4e8@kcsc.example",
           "paste with personal data, single item"),
}


def thread(key):
    return REQ[key][6].split("@", 1)[0]


def ref(key):
    return REQ[key][0]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for key in ("box", "dal", "hm", "pc", "np", "ev", "pl"):
            r, plat, sent, due, urls, cat, mid, note = REQ[key]
            for u in urls:
                w.writerow([r, plat, sent, due, u, cat, mid, note])


def request_text(key, greeting):
    r, plat, sent, due, urls, cat, mid, note = REQ[key]
    lines = [greeting, "",
             "The Korea Communications Standards Commission asks you to remove or block",
             f"the content at the addresses below (our reference {r}).", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please tell us what was done with each address.", "",
              "KCSC Takedown Team"]
    return lines


def gmail_quote(key, greeting, when):
    out = [f"On {when} KCSC Takedown <takedown@kcsc.example> wrote:"]
    for l in request_text(key, greeting):
        out.append("> " + l if l else ">")
    return "\n".join(out)


def outlook_quote(key, greeting, sent, to, subject):
    out = ["-----Original Message-----",
           "From: KCSC Takedown <takedown@kcsc.example>",
           f"Sent: {sent}", f"To: {to}", f"Subject: {subject}", ""]
    out += request_text(key, greeting)
    return "\n".join(out)


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ BoxCrate (file host)
case(
    name="bc-abuse-desk-three-removed",
    from_="abuse@boxcrate.net", name_from="BoxCrate Abuse Desk",
    date="Wed, 04 Sep 2024 16:20:11 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of files",
    reply_to_req=thread("box"),
    body=f"""Hello,

Thanks for the report. Our abuse team has checked the links and we removed
these three files from our servers this afternoon:

{BOX['Qm3vT8kd']}
{BOX['Lp9xW2ra']}
{BOX['Zt4nB7qe']}

We are still going through the other links in your list and will write
again once that is done.

Regards,
Dana
BoxCrate Abuse Desk
""",
    outcome="applied",
    imitates="file-host abuse desk reply listing the files it deleted, rest still being checked",
    why="three files stated removed by the host's abuse desk; the rest of the request is not named",
    items={BOX["Qm3vT8kd"]: "removed", BOX["Lp9xW2ra"]: "removed", BOX["Zt4nB7qe"]: "removed"},
)

CSV_ROWS = [
    ("Qm3vT8kd", "disabled", "ToS 4.2"),
    ("Lp9xW2ra", "disabled", "ToS 4.2"),
    ("Zt4nB7qe", "disabled", "ToS 4.2"),
    ("Hc8yR1mu", "deleted", ""),
    ("Wd2kF6so", "deleted", ""),
    ("Ne5gJ3tv", "not found", "already deleted by the uploader"),
    ("Xa7pL0ci", "deleted", ""),
    ("Rb1sM9wy", "deleted", ""),
    ("Ky6dC4hz", "no action", "not in violation: public open-source installer"),
    ("Gu3eV8nx", "deleted", ""),
    ("Tj0qA5lb", "deleted", ""),
    ("Pv2rD7oe", "deleted", "whole folder, 23 files"),
    ("Sf9hN1ug", "not found", "no file with this ID"),
    ("Mo4cK2pi", "geo-blocked (KR)", "blocked for visitors from South Korea"),
]
CSV_STATUS = {"disabled": "removed", "deleted": "removed", "not found": "not_found",
              "no action": "rejected", "geo-blocked (KR)": "restricted"}


def _csv_text(rows, header):
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


bc_csv = _csv_text([(BOX[k], a, "2024-09-06", c) for k, a, c in CSV_ROWS],
                   ["link", "action", "date", "comment"])
case(
    name="bc-csv-attachment-all-links",
    from_="compliance@boxcrate.net", name_from="BoxCrate Compliance",
    date="Fri, 06 Sep 2024 18:02:45 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of files - results",
    reply_to_req=thread("box"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_bc_7731"

--=_bc_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello KCSC team,

We have finished processing your request KCSC-240903-01. The outcome for
each of the 14 links is in the attached spreadsheet (one row per link).

Kind regards,
BoxCrate Compliance

--=_bc_7731
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_results.csv"
Content-Transfer-Encoding: base64

{b64(bc_csv)}
--=_bc_7731--
""",
    outcome="applied",
    imitates="file-host compliance team sending a per-link results spreadsheet (CSV) for a bulk notice",
    why="CSV attachment gives each of the 14 links an action: disabled/deleted, not found, no action with reason, geo-blocked",
    items={BOX[k]: CSV_STATUS[a] for k, a, c in CSV_ROWS},
)

case(
    name="bc-plain-text-table",
    from_="support@boxcrate.net", name_from="BoxCrate Support",
    date="Thu, 05 Sep 2024 11:47:30 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of files",
    reply_to_req=thread("box"),
    body=f"""Hi KCSC team,

Status of the links from your notice (ref KCSC-240903-01), as of today:

 File      | Link                           | Result
 ----------+--------------------------------+----------------------------------------
 Hc8yR1mu  | {BOX['Hc8yR1mu']} | deleted
 Wd2kF6so  | {BOX['Wd2kF6so']} | deleted
 Ne5gJ3tv  | {BOX['Ne5gJ3tv']} | not found (uploader removed it earlier)
 Xa7pL0ci  | {BOX['Xa7pL0ci']} | access disabled in South Korea only
 Rb1sM9wy  | {BOX['Rb1sM9wy']} | deleted
 Ky6dC4hz  | {BOX['Ky6dC4hz']} | no action, does not break our terms

Best,
Jonas
BoxCrate Support
""",
    outcome="applied",
    imitates="support agent pasting a plain-text status table into a ticket reply",
    why="six rows, each a link with its own result: removed, not_found, restricted (KR only), rejected",
    items={BOX["Hc8yR1mu"]: "removed", BOX["Wd2kF6so"]: "removed", BOX["Ne5gJ3tv"]: "not_found",
           BOX["Xa7pL0ci"]: "restricted", BOX["Rb1sM9wy"]: "removed", BOX["Ky6dC4hz"]: "rejected"},
)

case(
    name="bc-url-then-status-below",
    from_="abuse@boxcrate.net", name_from="BoxCrate Abuse",
    date="Sat, 07 Sep 2024 09:15:02 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of files",
    reply_to_req=thread("box"),
    body=f"""Hi,

Outcome per link:

{BOX['Gu3eV8nx']}
-> disabled

{BOX['Tj0qA5lb']}
-> disabled

{BOX['Pv2rD7oe']}
-> folder and the 23 files in it deleted

{BOX['Sf9hN1ug']}
-> invalid link, no file with this ID exists on our side

-- 
BoxCrate Abuse
""",
    outcome="applied",
    imitates="abuse desk reply with each bare URL followed by an arrow line giving the action",
    why="status on the line below each URL: three removed, one invalid link (not_found)",
    items={BOX["Gu3eV8nx"]: "removed", BOX["Tj0qA5lb"]: "removed", BOX["Pv2rD7oe"]: "removed",
           BOX["Sf9hN1ug"]: "not_found"},
)

case(
    name="bc-top-posted-outlook-schemeless",
    from_="mika.r@boxcrate.net", name_from="Mika Rautio",
    date="Wed, 04 Sep 2024 21:03:40 +0900",
    subject="RE: [KCSC-240903-01] Request for removal of files",
    reply_to_req=thread("box"),
    body=f"""Done:
boxcrate.net/f/Hc8yR1mu - deleted
boxcrate.net/f/Wd2kF6so - deleted
boxcrate.net/f/Ne5gJ3tv - the uploader had already deleted it before we got to it

The rest are still with the team.

Mika

{outlook_quote("box", "Dear BoxCrate,", "Tuesday, September 3, 2024 10:00 AM", "abuse@boxcrate.net",
               "[KCSC-240903-01] Request for removal of files")}
""",
    outcome="applied",
    imitates="Outlook top-posted staff reply with scheme-less links above the quoted original request",
    why="three links stated above the quote (two deleted, one deleted by its uploader); the quoted request changes nothing",
    items=dict([(BOX["Hc8yR1mu"], "removed"), (BOX["Wd2kF6so"], "removed"), (BOX["Ne5gJ3tv"], "not_found")]
               + [(BOX[k], "pending") for k in BOX_ORDER if k not in ("Hc8yR1mu", "Wd2kF6so", "Ne5gJ3tv")]),
)

bc_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear KCSC Takedown team,</p>
<p>Below is the current state of the items in notice <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>#</th><th>Reported link</th><th>Decision</th></tr>
<tr><td>1</td><td><a href="{BOX['Qm3vT8kd']}">{BOX['Qm3vT8kd']}</a></td><td>Removed</td></tr>
<tr><td>2</td><td><a href="{BOX['Lp9xW2ra']}">{BOX['Lp9xW2ra']}</a></td><td>Removed</td></tr>
<tr><td>3</td><td><a href="{BOX['Mo4cK2pi']}">{BOX['Mo4cK2pi']}</a></td><td>Blocked in South Korea</td></tr>
<tr><td>4</td><td><a href="{BOX['Ky6dC4hz']}">{BOX['Ky6dC4hz']}</a></td><td>Retained &ndash; no violation found</td></tr>
<tr><td>5</td><td><a href="{BOX['Sf9hN1ug']}">{BOX['Sf9hN1ug']}</a></td><td>Not found</td></tr>
</table>
<p>Our rules are at <a href="https://boxcrate.net/legal/acceptable-use">boxcrate.net/legal/acceptable-use</a>.
Uploaders may appeal at <a href="https://boxcrate.net/appeals">boxcrate.net/appeals</a>.</p>
<p>BoxCrate Trust &amp; Safety</p>
</body></html>"""
case(
    name="bc-html-decision-table",
    from_="trust@boxcrate.net", name_from="BoxCrate Trust & Safety",
    date="Mon, 09 Sep 2024 10:31:00 +0900",
    subject="Your notice KCSC-240903-01: decisions",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{bc_html}
""",
    outcome="applied",
    imitates="trust-and-safety portal HTML notice with a decision table and policy/appeal links",
    why="HTML table: two removed, one blocked in Korea, one retained with no violation, one not found; policy and appeal links are not items",
    items={BOX["Qm3vT8kd"]: "removed", BOX["Lp9xW2ra"]: "removed", BOX["Mo4cK2pi"]: "restricted",
           BOX["Ky6dC4hz"]: "rejected", BOX["Sf9hN1ug"]: "not_found"},
)

case(
    name="bc-base64-phone-oneliner",
    from_="ops@boxcrate.net", name_from="Tomasz (BoxCrate ops)",
    date="Thu, 05 Sep 2024 23:41:09 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of files",
    reply_to_req=thread("box"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f"deleted {BOX['Mo4cK2pi']} and the whole folder {BOX['Pv2rD7oe']}" + chr(10) + chr(10) + "Sent from my phone" + chr(10))}
""",
    outcome="applied",
    imitates="one-line reply typed on a phone by an operations engineer, base64 body",
    why="both links stated deleted in one sentence",
    items={BOX["Mo4cK2pi"]: "removed", BOX["Pv2rD7oe"]: "removed"},
)

case(
    name="bc-echoed-report-decision",
    from_="noreply@boxcrate.net", name_from="BoxCrate Reports",
    date="Sun, 08 Sep 2024 07:12:55 +0900",
    subject="Decision on your report #BC-2024-0913377",
    body=f"""Hello,

We have reached a decision on a report you submitted.

Your report
-----------
Reported URL:  {BOX['Sf9hN1ug']}
Reason given:  illegal gambling promotion
Your reference: KCSC-240903-01
-----------

Our decision: the file has been removed for breaking our Terms of Service
(section 4.2, unlawful content).

If you have questions, reply to this email and quote #BC-2024-0913377.

BoxCrate Reports
""",
    outcome="applied",
    imitates="report-outcome email echoing the submitted report form and then the decision",
    why="the echoed report names one URL and the decision below says that file was removed",
    items={BOX["Sf9hN1ug"]: "removed"},
)

case(
    name="bc-gmail-reply-over-quote",
    from_="jonas.k@boxcrate.net", name_from="Jonas K.",
    date="Tue, 10 Sep 2024 14:25:38 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of files",
    reply_to_req=thread("box"),
    body=f"""Hi,

{BOX['Tj0qA5lb']} - removed
{BOX['Gu3eV8nx']} - removed
{BOX['Ky6dC4hz']} - kept. It's a stock Linux installer image, nothing unlawful about it.

Jonas

{gmail_quote("box", "Dear BoxCrate,", "Tue, Sep 3, 2024 at 10:00 AM")}
""",
    outcome="applied",
    imitates="Gmail reply with a short per-link status above the '>'-quoted request",
    why="two removed, one kept with a reason (rejected); the links only in the quote stay pending",
    items={BOX["Tj0qA5lb"]: "removed", BOX["Gu3eV8nx"]: "removed", BOX["Ky6dC4hz"]: "rejected",
           BOX["Qm3vT8kd"]: "pending", BOX["Mo4cK2pi"]: "pending", BOX["Sf9hN1ug"]: "pending"},
)

case(
    name="bc-promise-within-24h",
    from_="abuse@boxcrate.net", name_from="BoxCrate Abuse Desk",
    date="Tue, 03 Sep 2024 15:58:21 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of files",
    reply_to_req=thread("box"),
    body=f"""Hello,

We have your notice. The following files will be disabled within the next
24 hours, after the uploaders have been notified:

- {BOX['Qm3vT8kd']}
- {BOX['Lp9xW2ra']}
- {BOX['Zt4nB7qe']}

We will confirm once this is done.

BoxCrate Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising to disable files after notifying uploaders",
    why="'will be disabled' is a promise, not a statement: items stay pending, the named links go to review",
    items={BOX["Qm3vT8kd"]: "pending", BOX["Lp9xW2ra"]: "pending", BOX["Zt4nB7qe"]: "pending"},
)

case(
    name="bc-hedge-and-under-review",
    from_="support@boxcrate.net", name_from="BoxCrate Support",
    date="Wed, 04 Sep 2024 10:05:17 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of files",
    reply_to_req=thread("box"),
    body=f"""Hi,

Quick update. It looks like {BOX['Ne5gJ3tv']} may have been deleted by
its uploader already, but I can't confirm that from the logs yet.
{BOX['Xa7pL0ci']} is under review with our legal team.

I'll get back to you on both.

Jonas
BoxCrate Support
""",
    outcome="review", review="not_understood",
    imitates="support agent's interim update with a hedge and an 'under review' line",
    why="'may have been deleted' is a hedge and 'under review' is no status: both pending",
    items={BOX["Ne5gJ3tv"]: "pending", BOX["Xa7pL0ci"]: "pending"},
)

case(
    name="bc-bulk-all-disabled",
    from_="abuse@boxcrate.net", name_from="BoxCrate Abuse Desk",
    date="Fri, 06 Sep 2024 12:00:03 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of files",
    reply_to_req=thread("box"),
    body="""Hello,

All files listed in your notice KCSC-240903-01 have now been disabled and
the uploading account has been closed.

Regards,
BoxCrate Abuse Desk
""",
    outcome="review", review="bulk",
    imitates="abuse desk closing a multi-link notice with one sentence for all links",
    why="one statement for all 14 links of the request without naming any: bulk review, items pending",
    items={BOX[k]: "pending" for k in ("Qm3vT8kd", "Ky6dC4hz", "Mo4cK2pi")},
)

case(
    name="bc-out-of-office",
    from_="dana.w@boxcrate.net", name_from="Dana Weller",
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject="Automatic reply: [KCSC-240903-01] Request for removal of files",
    reply_to_req=thread("box"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until Monday 16 September
with limited access to email.

For abuse reports please write to abuse@boxcrate.net, which is monitored
every day.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="auto-reply, says nothing about any item",
    items={},
)

# ================================================================ 달빛포럼 (Korean forum)
case(
    name="dal-notice-numbered-korean",
    from_="cs@dalbitforum.kr", name_from="달빛포럼 운영팀",
    date="Thu, 05 Sep 2024 14:10:00 +0900",
    subject="[달빛포럼] 게시물 조치 결과 안내 (KCSC-240904-02)",
    reply_to_req=thread("dal"),
    body=f"""안녕하세요, 달빛포럼 운영팀입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 아래와 같이 조치하였음을
알려드립니다.

1. {D_88123}
   - 조치 내용: 게시물 삭제
2. {D_88157}
   - 조치 내용: 블라인드 처리
3. {D_88301}
   - 조치 내용: 해당 게시물 없음 (작성자가 요청 전에 삭제함)

나머지 게시물은 담당자가 확인하고 있으며, 확인되는 대로 다시 안내드리겠습니다.

감사합니다.
달빛포럼 운영팀 드림
""",
    outcome="applied",
    imitates="Korean community site's 게시물 조치 결과 안내 numbered notice",
    why="삭제 and 블라인드 are removed; 해당 게시물 없음 (작성자 삭제) is not_found",
    items={D_88123: "removed", D_88157: "removed", D_88301: "not_found"},
)

case(
    name="dal-admin-raw-korean-path-particle",
    from_="admin@dalbitforum.kr", name_from="달빛포럼 관리자",
    date="Thu, 05 Sep 2024 22:48:13 +0900",
    subject="Re: [KCSC-240904-02] 게시물 삭제 요청",
    reply_to_req=thread("dal"),
    body=f"""안녕하세요. 달빛포럼 관리자입니다.

장터 게시판 글 {D_MARKET_RAW} 운영자 권한으로 삭제했습니다.
그리고 {D_88157}은 30일간 임시조치 해두었습니다.

수고하세요.
""",
    outcome="applied",
    imitates="forum administrator's short personal reply in Korean",
    why="raw Korean path stated 운영자 삭제 (removed); URL with particle 은 stated 임시조치 (restricted)",
    items={D_MARKET: "removed", D_88157: "restricted"},
)

dal_html = f"""<html><body>
<p>안녕하세요. 달빛포럼 고객센터입니다.</p>
<p>요청번호 KCSC-240904-02 관련 처리 결과를 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td><a href="{D_GALLERY.replace('&', '&amp;')}">{D_GALLERY.replace('&', '&amp;')}</a></td><td>국내 접속 제한</td></tr>
<tr><td><a href="{D_88123}">{D_88123}</a></td><td>삭제</td></tr>
<tr><td><a href="{D_88157}">{D_88157}</a></td><td>블라인드</td></tr>
</table>
<p>운영정책은 <a href="https://www.dalbitforum.kr/policy">운영정책 페이지</a>에서 확인하실 수 있습니다.</p>
<p>달빛포럼 고객센터</p>
</body></html>
"""
case(
    name="dal-qp-html-result-table",
    from_="help@dalbitforum.kr", name_from="달빛포럼 고객센터",
    date="Fri, 06 Sep 2024 10:20:44 +0900",
    subject="[달빛포럼] 요청하신 게시물 처리 결과",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(dal_html)}
""",
    outcome="applied",
    imitates="Korean help-desk HTML notice with a 처리 결과 table, quoted-printable",
    why="국내 접속 제한 is restricted; 삭제 and 블라인드 are removed; href with &amp; must match the request URL",
    items={D_GALLERY: "restricted", D_88123: "removed", D_88157: "removed"},
)

case(
    name="dal-kcsc-style-text-table",
    from_="cs@dalbitforum.kr", name_from="달빛포럼 운영팀",
    date="Mon, 09 Sep 2024 09:05:31 +0900",
    subject="시정요구 조치결과 회신 (KCSC-240904-02)",
    reply_to_req=thread("dal"),
    body=f"""방송통신심의위원회 귀중

귀 위원회의 시정요구(KCSC-240904-02)에 대한 조치결과를 아래와 같이 회신합니다.

연번  URL                                                      조치결과                   조치일자
1     {D_88123}                    삭제                       2024.09.06
2     {D_88157}                    삭제                       2024.09.06
3     {D_MARKET_RAW}                     비공개 처리                2024.09.06
4     {D_GALLERY}   조치 불가(위반 사항 없음)  -
5     {D_88301}                     게시물 없음                -

※ 4번 게시물은 의약품 정보 안내 글로 판매 내용이 확인되지 않아 게시를 유지합니다.

달빛포럼 운영팀
""",
    outcome="applied",
    imitates="Korean 시정요구 조치결과 회신 plain-text table",
    why="삭제/비공개 처리 removed, 조치 불가(위반 사항 없음) with reason rejected, 게시물 없음 not_found",
    items={D_88123: "removed", D_88157: "removed", D_MARKET: "removed", D_GALLERY: "rejected",
           D_88301: "not_found"},
)

case(
    name="dal-admin-informal-taken-down",
    from_="mod.haneul@dalbitforum.kr", name_from="하늘 (달빛포럼 운영진)",
    date="Sat, 07 Sep 2024 13:37:00 +0900",
    subject="Re: [KCSC-240904-02] 게시물 삭제 요청",
    reply_to_req=thread("dal"),
    body=f"""갤러리 사진 글 {D_GALLERY} 내렸습니다. 작성자 계정도 정지했어요.
""",
    outcome="applied",
    imitates="volunteer moderator's one-line Korean reply",
    why="내렸습니다 (took it down) is an unhedged removal of the one named post",
    items={D_GALLERY: "removed"},
)

case(
    name="dal-auth-fail-claims-deletion",
    from_="cs@dalbitforum.kr", name_from="달빛포럼 운영팀",
    auth="fail",
    date="Fri, 06 Sep 2024 03:14:09 +0900",
    subject="Re: [KCSC-240904-02] 게시물 삭제 요청",
    reply_to_req=thread("dal"),
    body=f"""안녕하세요.

요청하신 게시물 {D_88123} 삭제 처리하였습니다.

달빛포럼 운영팀
""",
    outcome="review", review="untrusted",
    imitates="Korean forum deletion notice whose DKIM/SPF/DMARC all fail",
    why="platform domain but authentication failed: nothing applied, untrusted review",
    items={D_88123: "pending"},
)

case(
    name="dal-bulk-all-deleted-korean",
    from_="cs@dalbitforum.kr", name_from="달빛포럼 운영팀",
    date="Tue, 10 Sep 2024 16:40:22 +0900",
    subject="Re: [KCSC-240904-02] 게시물 삭제 요청",
    reply_to_req=thread("dal"),
    body="""안녕하세요, 달빛포럼 운영팀입니다.

KCSC-240904-02 건으로 요청하신 게시물은 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean one-sentence 모두 삭제 조치 완료 reply to a multi-post request",
    why="'all posts deleted' for a five-item request without naming them: bulk review",
    items={D_88123: "pending", D_MARKET: "pending", D_88301: "pending"},
)

case(
    name="dal-read-receipt",
    from_="cs@dalbitforum.kr", name_from="달빛포럼 운영팀",
    date="Wed, 04 Sep 2024 11:02:17 +0900",
    subject="읽음 확인: [KCSC-240904-02] 게시물 삭제 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dal-1"

--mdn-dal-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240904-02] 게시물 삭제 요청"을(를) 수신자가 2024-09-04 11:02에 읽었습니다.
이 확인은 메일이 화면에 표시되었다는 것만 뜻하며, 내용을 읽거나 이해했다는 뜻은 아닙니다.

--mdn-dal-1
Content-Type: message/disposition-notification

Reporting-UA: mail.dalbitforum.kr; Webmail 5.2
Final-Recipient: rfc822; cs@dalbitforum.kr
Original-Message-ID: <{REQ['dal'][6]}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dal-1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="read receipt, no statement about any item",
    items={},
)

# ================================================================ HostMoa (web host)
case(
    name="hm-account-suspended-korean",
    from_="abuse@hostmoa.co.kr", name_from="호스트모아 어뷰즈 대응팀",
    date="Fri, 06 Sep 2024 15:22:48 +0900",
    subject="Re: [KCSC-240905-03] 불법 사이트 차단 요청",
    reply_to_req=thread("hm"),
    body=f"""안녕하세요, 호스트모아 어뷰즈 대응팀입니다.

신고하신 {H_TOTO} 사이트는 이용약관 제12조(금지행위) 위반으로
호스팅 계정을 정지하였으며, 현재 사이트 전체가 접속되지 않습니다.

나머지 주소는 고객사에 통보하여 확인 중입니다.

호스트모아 어뷰즈 대응팀
abuse@hostmoa.co.kr
""",
    outcome="applied",
    imitates="Korean web host's abuse team notice of a suspended hosting account",
    why="hosting account suspended, site no longer reachable: removed; the rest unnamed",
    items={H_TOTO: "removed"},
)

case(
    name="hm-ticket-ack-with-outcome",
    from_="support@hostmoa.co.kr", name_from="HostMoa Support",
    date="Mon, 09 Sep 2024 17:05:19 +0900",
    subject="[Ticket #HM-558240] Re: [KCSC-240905-03] Removal request",
    reply_to_req=thread("hm"),
    body=f"""Thank you for contacting HostMoa. Your request has been received and is
tracked as ticket #HM-558240.

-- Update from the abuse team --
Our customer removed both product pages after our notice. We checked them
ourselves and they now return 404:
<{H_17}>
<{H_21}>

This ticket will be closed in 3 days if there is no further reply.
""",
    outcome="applied",
    imitates="helpdesk ticket update: receipt boilerplate followed by the abuse team's outcome",
    why="acknowledgement boilerplate plus unhedged statements that both pages were removed: not a pure receipt",
    items={H_17: "removed", H_21: "removed"},
)

case(
    name="hm-rejected-news-article",
    from_="abuse@hostmoa.co.kr", name_from="HostMoa Abuse",
    date="Tue, 10 Sep 2024 11:30:02 +0900",
    subject="Re: [KCSC-240905-03] Removal request",
    reply_to_req=thread("hm"),
    body=f"""Hello,

We looked at {H_BLUE}.
It is a post on our customer's entertainment news board reporting on a
court case; it does not advertise or sell anything. We find no breach of
our acceptable use policy and will not ask the customer to take it down.

If you have a court order or a legal assessment that says otherwise,
please send it to us.

HostMoa Abuse Team
""",
    outcome="applied",
    imitates="web host declining to act on a customer page, with its reason",
    why="stays up because it breaks no rule, reason given: rejected (the offer to look at a court order is no promise to act)",
    items={H_BLUE: "rejected"},
)

case(
    name="hm-plain-text-status-table",
    from_="abuse@hostmoa.co.kr", name_from="HostMoa Abuse",
    date="Wed, 11 Sep 2024 09:44:10 +0900",
    subject="Re: [KCSC-240905-03] Removal request - final status",
    reply_to_req=thread("hm"),
    body=f"""Hello KCSC,

Final status for your request KCSC-240905-03:

URL                                              Status       Date
{H_17}       removed      2024-09-09
{H_21}       removed      2024-09-09
{H_TOTO}                        suspended    2024-09-06
{H_BLUE}  not found    -

The board post on bluepeak-ent was deleted by its author before we
checked; the page returns "post does not exist".

HostMoa Abuse Team
""",
    outcome="applied",
    imitates="hosting abuse team's closing summary as a fixed-width text table",
    why="removed, removed, suspended (removed), not found (author deleted it)",
    items={H_17: "removed", H_21: "removed", H_TOTO: "removed", H_BLUE: "not_found"},
)

case(
    name="hm-forwarded-to-customer-conditional",
    from_="abuse@hostmoa.co.kr", name_from="HostMoa Abuse",
    date="Thu, 05 Sep 2024 18:12:40 +0900",
    subject="Re: [KCSC-240905-03] Removal request",
    reply_to_req=thread("hm"),
    body=f"""Hello,

We have forwarded your complaint to the customer who owns these pages and
asked them to remove the content within 48 hours:

  {H_17}
  {H_21}

If the pages are still online after that, we will suspend the hosting
account.

HostMoa Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="host forwarding a complaint to its customer with a deadline and a conditional suspension",
    why="forwarded to customer, conditional future action: no status, items pending",
    items={H_17: "pending", H_21: "pending"},
)

case(
    name="hm-site-owner-writes-unknown",
    from_="webmaster@sunnyside-rx.kr", name_from="sunnyside webmaster",
    date="Sat, 07 Sep 2024 20:31:55 +0900",
    subject="Re: [KCSC-240905-03] Removal request",
    body=f"""Hello,

My hosting company told me about your complaint. I deleted the two pages:
{H_17}
{H_21}

Please tell HostMoa so they don't suspend my account.
""",
    outcome="review", review="unknown_sender",
    imitates="site owner (host's customer) writing to the regulator directly",
    why="sender is the customer's own domain, not the platform's: unknown sender, nothing applied",
    items={H_17: "pending", H_21: "pending"},
)

case(
    name="hm-ticket-receipt",
    from_="support@hostmoa.co.kr", name_from="HostMoa Support",
    date="Thu, 05 Sep 2024 11:00:52 +0900",
    subject="[Ticket #HM-558213] We received your request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thank you for contacting HostMoa. Your message has been received and a
ticket has been opened:

  Ticket:   #HM-558213
  Subject:  [KCSC-240905-03] Removal request
  Priority: Normal

A member of our team will reply within 1-2 business days. You can follow
the ticket at https://support.hostmoa.co.kr/tickets/HM-558213

HostMoa Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket-created receipt",
    why="pure acknowledgement with a ticket number; the ticket link is not an item",
    items={},
)

# ================================================================ Pinchan (image board)
case(
    name="pc-admin-deleted-and-pruned",
    from_="admin@pinchan.org", name_from="pinchan admin",
    date="Fri, 06 Sep 2024 19:55:03 +0900",
    subject="Re: [KCSC-240906-04] Removal request",
    reply_to_req=thread("pc"),
    body=f"""deleted thread {P_48213} and banned the poster.
{P_771904} was already pruned off the board before your mail came in, it doesn't exist anymore.

- admin
""",
    outcome="applied",
    imitates="image board admin's lowercase two-line reply",
    why="one thread deleted (removed); the other pruned before the request and gone (not_found)",
    items={P_48213: "removed", P_771904: "not_found"},
)

case(
    name="pc-image-blocked-korea",
    from_="abuse@pinchan.org", name_from="Pinchan Abuse",
    date="Sat, 07 Sep 2024 08:20:40 +0900",
    subject="Re: [KCSC-240906-04] Removal request",
    reply_to_req=thread("pc"),
    body=f"""Hello,

The file {P_IMG} is now blocked for visitors
from South Korea. It stays visible elsewhere.

Pinchan Abuse
""",
    outcome="applied",
    imitates="image board blocking a file for one country",
    why="blocked for Korea only: restricted",
    items={P_IMG: "restricted"},
)

case(
    name="pc-fullwidth-parens-korean",
    from_="mod.kr@pinchan.org", name_from="pinchan /kr/ mod",
    date="Mon, 09 Sep 2024 12:12:12 +0900",
    subject="Re: [KCSC-240906-04] Removal request",
    reply_to_req=thread("pc"),
    body=f"""안녕하세요, /kr/ 게시판 담당입니다.

{P_48213}（삭제 완료）
{P_771904}（삭제 완료）

이미지 파일 건은 해외 운영진이 따로 답변드릴 예정입니다.
""",
    outcome="applied",
    imitates="Korean-speaking board moderator listing URLs with full-width parenthesised results",
    why="each URL followed by （삭제 완료）: removed; the image is not named and stays pending",
    items={P_48213: "removed", P_771904: "removed", P_IMG: "pending"},
)

case(
    name="pc-under-review-janitors",
    from_="abuse@pinchan.org", name_from="Pinchan Abuse",
    date="Fri, 06 Sep 2024 13:02:19 +0900",
    subject="Re: [KCSC-240906-04] Removal request",
    reply_to_req=thread("pc"),
    body=f"""Thanks. The threads you list are under review by our janitors:

{P_48213}
{P_771904}

We'll act on anything that breaks the rules.
""",
    outcome="review", review="not_understood",
    imitates="image board 'under review' holding reply",
    why="'under review' and a conditional promise: no status, items pending",
    items={P_48213: "pending", P_771904: "pending"},
)

case(
    name="pc-states-boxcrate-links",
    from_="abuse@pinchan.org", name_from="Pinchan Abuse",
    date="Sat, 07 Sep 2024 17:44:26 +0900",
    subject="Re: [KCSC-240906-04] Removal request",
    reply_to_req=thread("pc"),
    body=f"""Hi,

Before we look at the threads: the download links posted in them point to
BoxCrate, and those files are already deleted over there:

{BOX['Xa7pL0ci']}
{BOX['Rb1sM9wy']}

We'll get back to you about the threads themselves.

Pinchan Abuse
""",
    outcome="review", review="wrong_platform",
    imitates="image board reporting on files hosted by another service",
    why="Pinchan states statuses of BoxCrate's items: wrong platform, nothing applied",
    items={BOX["Xa7pL0ci"]: "pending", BOX["Rb1sM9wy"]: "pending"},
)

case(
    name="pc-out-of-office-korean",
    from_="mod.kr@pinchan.org", name_from="pinchan /kr/ mod",
    date="Fri, 06 Sep 2024 09:41:30 +0900",
    subject="[자동응답] Re: [KCSC-240906-04] Removal request",
    reply_to_req=thread("pc"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""[자동응답] 9월 6일부터 9월 16일까지 휴가 중이라 메일 확인이 어렵습니다.
급한 신고는 abuse@pinchan.org 로 보내 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 auto-reply",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ NamePort (registrar)
case(
    name="np-registrar-hold-and-refusal",
    from_="abuse@nameport.com", name_from="NamePort Abuse",
    date="Tue, 10 Sep 2024 22:05:47 +0900",
    subject="Re: [KCSC-240909-05] Abuse report - case NP-ABU-44120",
    reply_to_req=thread("np"),
    body=f"""Hello,

Case NP-ABU-44120 - outcome per domain:

Domain:        fast-loan-kr.top
Reported URL:  {N_LOAN}
Action taken:  domain suspended (clientHold set 2024-09-10); it no longer resolves.

Domain:        replica-myungpum.shop
Reported URL:  {N_REPL}
Action taken:  none. As registrar we act on DNS abuse (phishing, malware,
               botnets, spam). This is a question about the content of the
               website, which does not breach our registration agreement.
               Please contact the hosting provider.

NamePort Abuse Team
https://www.nameport.com/legal/abuse-policy
""",
    outcome="applied",
    imitates="registrar abuse-case outcome block per domain (clientHold, or no action outside DNS abuse)",
    why="suspended domain: removed; registrar refuses with its reason: rejected; policy link is not an item",
    items={N_LOAN: "removed", N_REPL: "rejected"},
)

np_csv = _csv_text([
    ("fast-loan-kr.top", N_LOAN, "suspended", "clientHold"),
    ("kr-bet365x.vip", N_BET, "suspended", "clientHold; registrant unreachable"),
    ("replica-myungpum.shop", N_REPL, "no action", "content issue, no DNS abuse found"),
], ["domain", "reported_url", "action", "detail"])
case(
    name="np-csv-domains-attachment",
    from_="compliance@nameport.com", name_from="NamePort Compliance",
    date="Thu, 12 Sep 2024 10:10:10 +0900",
    subject="Re: [KCSC-240909-05] Abuse report",
    reply_to_req=thread("np"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="np-b-2291"

--np-b-2291
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear KCSC,

The attached file lists the action taken for each domain in your report.

NamePort Compliance

--np-b-2291
Content-Type: text/csv; name="np-abu-44120.csv"
Content-Disposition: attachment; filename="np-abu-44120.csv"
Content-Transfer-Encoding: 7bit

{np_csv}
--np-b-2291--
""",
    outcome="applied",
    imitates="registrar compliance reply with a CSV of actions per domain",
    why="CSV rows: two domains suspended (removed), one 'no action' with reason (rejected)",
    items={N_LOAN: "removed", N_BET: "removed", N_REPL: "rejected"},
)

case(
    name="np-asks-for-legal-basis",
    from_="abuse@nameport.com", name_from="NamePort Abuse",
    date="Mon, 09 Sep 2024 18:30:00 +0900",
    subject="Re: [KCSC-240909-05] Abuse report - more information needed",
    reply_to_req=thread("np"),
    body=f"""Hello,

Regarding kr-bet365x.vip ({N_BET}): before we can act we need

  1. the legal basis for your request (statute or decision number),
  2. screenshots showing the unlawful content with the date they were taken,
  3. confirmation that you have contacted the hosting provider.

Please reply to this email with the above.

NamePort Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for legal basis and evidence before acting",
    why="request for more information: item pending, staff must answer",
    items={N_BET: "pending"},
)

case(
    name="np-bounce-unknown-mailbox",
    from_="MAILER-DAEMON@mx1.nameport.com", name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 10:00:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-np-01"

--dsn-np-01
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.nameport.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@nameport.com>: user unknown

--dsn-np-01
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.nameport.com
Arrival-Date: Mon, 09 Sep 2024 10:00:09 +0900

Final-Recipient: rfc822; legal@nameport.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@nameport.com>: Recipient address rejected: User unknown

--dsn-np-01
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@nameport.com
Subject: [KCSC-240909-05] Abuse report
Message-ID: <{REQ['np'][6]}>
Date: Mon, 09 Sep 2024 10:00:00 +0900

{chr(10).join(request_text("np", "Dear NamePort,"))}

--dsn-np-01--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the returned request",
    why="bounce: the URLs are only in the returned original",
    items={},
)

# ================================================================ EdgeVeil (CDN)
case(
    name="ev-image-geo-blocked-page-not-hosted",
    from_="abuse@edgeveil.net", name_from="EdgeVeil Trust & Safety",
    date="Wed, 11 Sep 2024 16:48:00 +0900",
    subject="Re: [KCSC-240910-06] Report EV-2409-55813",
    reply_to_req=thread("ev"),
    body=f"""Hello,

Report EV-2409-55813.

We have blocked access from the Republic of Korea to
{E_IMG} at our edge.

The page {E_PAGE} is served from our customer's
origin server. We cannot remove content we do not host; we have passed
your report to the website operator and to the hosting provider.

EdgeVeil Trust & Safety
""",
    outcome="applied",
    imitates="CDN reply: geo-block at the edge for one URL, 'we do not host' for the other",
    why="image blocked for Korea (restricted); the page only forwarded, no status (pending)",
    items={E_IMG: "restricted", E_PAGE: "pending"},
)

case(
    name="ev-not-hosted-forwarded",
    from_="abuse@edgeveil.net", name_from="EdgeVeil Trust & Safety",
    date="Tue, 10 Sep 2024 15:30:27 +0900",
    subject="Re: [KCSC-240910-06] Report EV-2409-55813",
    reply_to_req=thread("ev"),
    body=f"""Hello,

EdgeVeil provides a pass-through proxy and CDN for the website you
reported. We are not the hosting provider and cannot take material off the
Internet that others host.

We have forwarded your complaint about
  {E_PAGE}
  {E_IMG}
to the website operator and its hosting provider (Example Host, AS64500,
abuse@examplehost.example), whom you may contact directly.

EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN standard 'we are not the host, your report was forwarded' reply",
    why="names both requested URLs but states no status for either",
    items={E_PAGE: "pending", E_IMG: "pending"},
)

case(
    name="ev-service-terminated-both",
    from_="abuse@edgeveil.net", name_from="EdgeVeil Trust & Safety",
    date="Mon, 16 Sep 2024 11:11:45 +0900",
    subject="Re: [KCSC-240910-06] Report EV-2409-55813 - closed",
    reply_to_req=thread("ev"),
    body=f"""Hello,

Following our review of report EV-2409-55813 we terminated service for
the account behind wowtoon-free.site. Both reported addresses have been
disabled on our network and now return an error page:

- {E_PAGE}
- {E_IMG}

EdgeVeil Trust & Safety
""",
    outcome="applied",
    imitates="CDN closing a report after terminating the customer",
    why="both URLs stated disabled: removed",
    items={E_PAGE: "removed", E_IMG: "removed"},
)

case(
    name="ev-automated-receipt",
    from_="no-reply@edgeveil.net", name_from="EdgeVeil Abuse",
    date="Tue, 10 Sep 2024 14:00:36 +0900",
    subject="[EV-2409-55813] Abuse report received",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""This is an automated message.

We have received your abuse report. Its ID is EV-2409-55813.
Please keep this ID in any further correspondence about it.

Our team reviews reports in the order they arrive. You do not need to
reply to this message.

https://www.edgeveil.net/trust/abuse
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse form automated receipt",
    why="pure receipt with a report ID",
    items={},
)

# ================================================================ Pastelet (paste site)
case(
    name="pl-sole-item-oneliner",
    from_="marek@pastelet.io", name_from="Marek",
    date="Wed, 11 Sep 2024 12:44:02 +0900",
    subject="Re: [KCSC-240911-07] Removal request",
    reply_to_req=thread("pl"),
    body="""Removed the paste, thanks for the heads-up.

Marek
Pastelet (it's just me)
""",
    outcome="applied",
    imitates="single-admin service replying in one line",
    why="one-item request, one unhedged removal statement in its thread: applies to the sole item",
    items={PASTE: "removed"},
)

case(
    name="pl-keeps-paste-reason",
    from_="marek@pastelet.io", name_from="Marek",
    date="Thu, 12 Sep 2024 08:03:59 +0900",
    subject="Re: [KCSC-240911-07] Removal request",
    reply_to_req=thread("pl"),
    body=f"""Hi,

I had a look at {PASTE}. It's a list of links to
newspaper articles about a public official, no addresses or phone numbers
in it. I don't think it breaks any of the site's rules, so it stays up.

Marek
""",
    outcome="applied",
    imitates="small-service admin refusing with a reason",
    why="stays up because it breaks no rule, reason given: rejected",
    items={PASTE: "rejected"},
)

case(
    name="pl-abuse-address-change",
    from_="marek@pastelet.io", name_from="Marek",
    date="Fri, 13 Sep 2024 19:20:00 +0900",
    subject="Pastelet: new abuse contact",
    body="""Hello,

A short note: from 1 October please send takedown notices to
abuse@pastelet.io instead of my personal address. Notices sent to the old
address will still reach me until the end of the year.

Thanks,
Marek
""",
    outcome="review", review="no_claims",
    imitates="small service announcing a new abuse contact address",
    why="trusted platform mail naming no item and no request",
    items={},
)


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        # Non-ASCII display names and subjects as real mailers send them (RFC 2047).
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(
        HERE, "blind595",
        "# Blind set 595 (hosts, CDN, registrar, forum, image board, file host, paste service).\n"
        "# Generated by make.py; expected results written from each email's meaning before any run.",
        CASES,
    )


if __name__ == "__main__":
    main()
