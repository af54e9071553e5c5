#!/usr/bin/env python3
"""Blind set 913: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind913/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
platform, person, URL and id is fictional. Expected results were written
from each email's meaning before any run of the reader.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind913"


def ew(s):
    """RFC 2047 encoded word (UTF-8, base64)."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
DV = [
    "https://dropvault.io/f/Qm3kT8xa",   # 0
    "https://dropvault.io/f/Zp41LwQe",   # 1
    "https://dropvault.io/f/r7YcN2vD",   # 2
    "https://dropvault.io/f/Hx90aaKf",   # 3
    "https://dropvault.io/f/Lw2Bq6Tn",   # 4
    "https://dropvault.io/f/Ue5sJ1oP",   # 5
    "https://dropvault.io/f/Kc8dV3mR",   # 6
    "https://dropvault.io/f/Ny6gE4wS",   # 7
    "https://dropvault.io/d/Fo7hW0zB",   # 8 (folder)
    "https://dropvault.io/d/Gt2iX9yC",   # 9 (folder)
    "https://dropvault.io/f/Pa4jY5uL",   # 10
    "https://dropvault.io/f/Sb3kZ7tM",   # 11
    "https://dropvault.io/f/Vd1mA8rN",   # 12
]
NH = [
    "https://haneul-deals.nimbussites.net/",
    "https://haneul-deals.nimbussites.net/order.php",
    "http://203.0.113.45/kr/pill-shop/index.html",
    "https://gamjamall.nimbussites.net/product/2291",
]
TAG_RAW = "마약판매"
MA = [
    "https://marucommunity.kr/board/free/10231",
    "https://marucommunity.kr/board/free/10244",
    "https://marucommunity.kr/board/humor/55810",
    "https://marucommunity.kr/board/market/7702",
    "https://marucommunity.kr/tag/" + quote(TAG_RAW),
]
MA_TAG_RAW = "https://marucommunity.kr/tag/" + TAG_RAW
PX = [
    "https://pixboard.org/kr/res/884120.html",
    "https://pixboard.org/kr/res/884377.html",
    "https://img.pixboard.org/src/1725523011245.jpg",
]
EV = [
    "https://sportsbet-kr77.com/",
    "https://sportsbet-kr77.com/join?ref=kc22",
]
DP = ["https://hanbit-toto.win/"]
SN = [
    "https://scrapnote.net/p/8fk2Lq",
    "https://scrapnote.net/p/Wm4nR0",
]

REQUESTS = [
    # ref, platform, sent, due, category, msgid, urls, note
    ("KCSC-240903-01", "dropvault", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "nonconsensual_intimate_imagery", "req-240903-01", DV, "file host; 11 files and 2 folders"),
    ("KCSC-240904-02", "nimbushost", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "illegal_pharmacy", "req-240904-02", NH, "customer sites on a shared host"),
    ("KCSC-240905-03", "marucommunity", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "drug_trade", "req-240905-03", MA, "community forum"),
    ("KCSC-240906-04", "pixboard", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "obscenity", "req-240906-04", PX, "image board"),
    ("KCSC-240909-05", "edgeveil", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "illegal_gambling", "req-240909-05", EV, "site behind a CDN"),
    ("KCSC-240910-06", "dotpine", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal_gambling", "req-240910-06", DP, "domain at a registrar"),
    ("KCSC-240911-07", "scrapnote", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "privacy_violation", "req-240911-07", SN, "one-person paste service"),
]
REQ_OF = {r[0]: r for r in REQUESTS}


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", note])


def request_body(ref, urls, raw_urls=None):
    """Our own request text, as quoted back in replies."""
    shown = raw_urls or urls
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission asks you to remove or",
        f"block the following content under Korean law (our reference {ref}):",
        "",
    ]
    for i, u in enumerate(shown, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please tell us the action taken for each URL.", "", "KCSC Takedown Team"]
    return lines


def quoted(ref, intro):
    r = REQ_OF[ref]
    return "\n".join([intro] + ["> " + l if l else ">" for l in request_body(ref, r[6])])


def outlook_quoted(ref, to, when):
    r = REQ_OF[ref]
    head = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {when}",
        f"To: {to}",
        f"Subject: [{ref}] Request for removal of unlawful content",
        "",
    ]
    return "\n".join(head + request_body(ref, r[6]))


def items(urls, status):
    return {u: status for u in urls}


CASES = []


def case(**kw):
    CASES.append(kw)


# ==========================================================================
# DropVault (file host), KCSC-240903-01, 13 items
# ==========================================================================
case(
    name="dv-abuse-desk-removed-and-dead-lists",
    **{"from": "abuse@dropvault.io"},
    name_from="DropVault Abuse Desk",
    date="Wed, 04 Sep 2024 16:41:07 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    body=f"""Hello KCSC team,

Thanks for the report. Our abuse desk went through your list; here is where
we are.

Removed (file deleted, uploader account locked):
- {DV[0]}
- {DV[1]}
- {DV[2]}
- {DV[4]}
- {DV[6]}
- {DV[10]}

Not found - these links were already dead when we opened them (deleted by
the uploader or never existed):
- {DV[3]}
- {DV[11]}

We are still looking at the others and will write again.

Regards,
Priya
DropVault Abuse Desk
https://dropvault.io/legal/abuse-policy
""",
    outcome="applied",
    classification="confirmation",
    imitates="file-host abuse desk reply sorting reported links into removed / already dead lists",
    why="two headed bullet lists: six removed, two not found; 'the others' names nothing",
    items={**items([DV[i] for i in (0, 1, 2, 4, 6, 10)], "removed"),
           **items([DV[3], DV[11]], "not_found")},
)

DV_CSV = "\n".join([
    "link,file_id,action,date_utc,comment",
    f"{DV[0]},Qm3kT8xa,removed,2024-09-05,",
    f"{DV[1]},Zp41LwQe,removed,2024-09-05,",
    f"{DV[2]},r7YcN2vD,removed,2024-09-05,",
    f"{DV[3]},Hx90aaKf,not_found,2024-09-05,no such file id",
    f"{DV[4]},Lw2Bq6Tn,removed,2024-09-05,",
    f"{DV[5]},Ue5sJ1oP,removed,2024-09-05,",
    f"{DV[6]},Kc8dV3mR,no_action,2024-09-05,\"public-domain scans, no breach of our Terms of Service\"",
    f"{DV[7]},Ny6gE4wS,removed,2024-09-05,",
    f"{DV[8]},Fo7hW0zB,removed,2024-09-05,folder and its 14 files removed",
    f"{DV[9]},Gt2iX9yC,not_found,2024-09-05,folder deleted by its owner on 2024-09-02",
    f"{DV[10]},Pa4jY5uL,removed,2024-09-05,",
    f"{DV[11]},Sb3kZ7tM,blocked_KR,2024-09-05,unavailable to visitors from South Korea only",
    f"{DV[12]},Vd1mA8rN,removed,2024-09-05,",
]) + "\n"

case(
    name="dv-csv-attachment-full-report",
    **{"from": "trust@dropvault.io"},
    name_from="DropVault Trust & Safety",
    date="Thu, 05 Sep 2024 18:02:33 +0900",
    subject="Takedown report - KCSC-240903-01",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="dv-csv-8c1f"

--dv-csv-8c1f
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

Attached is the takedown report for your request KCSC-240903-01 (13 links).
The "action" column is final; the comment column gives the reason where we
did not remove a link.

--
DropVault Trust & Safety

--dv-csv-8c1f
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_results.csv"
Content-Transfer-Encoding: base64

{b64(DV_CSV)}
--dv-csv-8c1f--
""",
    outcome="applied",
    classification="confirmation",
    imitates="file-host takedown export sent as a base64 CSV attachment with an action column",
    why="CSV row per link: removed, not_found, no_action with a no-breach reason (rejected), blocked_KR (restricted)",
    items={**items([DV[i] for i in (0, 1, 2, 4, 5, 7, 8, 10, 12)], "removed"),
           DV[3]: "not_found", DV[9]: "not_found", DV[6]: "rejected", DV[11]: "restricted"},
)

case(
    name="dv-plaintext-table-ticket",
    **{"from": "abuse@dropvault.io"},
    name_from="DropVault Abuse Desk",
    date="Fri, 06 Sep 2024 10:15:52 +0900",
    subject="[DV-ABU-20931] Your ref KCSC-240903-01",
    body=f"""Ticket DV-ABU-20931 / your ref KCSC-240903-01

 file id    | link                              | status
------------+-----------------------------------+------------------
 Lw2Bq6Tn   | {DV[4]}   | deleted
 Ue5sJ1oP   | {DV[5]}   | deleted
 Kc8dV3mR   | {DV[6]}   | not found
 Ny6gE4wS   | {DV[7]}   | deleted
 Vd1mA8rN   | {DV[12]}   | kept (see note)

Note: Vd1mA8rN is a news broadcast clip uploaded by the broadcaster's own
account. It does not break our terms and stays online.

DropVault Abuse Desk
""",
    outcome="applied",
    classification="confirmation",
    imitates="ticket-system reply with a plain-text pipe table",
    why="pipe table: three deleted, one not found, one kept with a reason (rejected)",
    items={DV[4]: "removed", DV[5]: "removed", DV[7]: "removed", DV[6]: "not_found", DV[12]: "rejected"},
)

case(
    name="dv-admin-one-liner-over-quote",
    **{"from": "jonas@dropvault.io"},
    name_from="Jonas Brandt",
    date="Wed, 04 Sep 2024 23:58:10 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    body=f"""deleted {DV[3]} and banned the account that uploaded it.

Jonas

Sent from my phone

""" + quoted("KCSC-240903-01",
             "On Tue, 3 Sep 2024 at 03:00, KCSC Takedown <takedown@kcsc.example> wrote:"),
    outcome="applied",
    classification="confirmation",
    imitates="one-line reply from a small host's admin on a phone, over the quoted request",
    why="one unhedged line about one URL; the 13 URLs below are our own quoted request",
    items={DV[3]: "removed"},
)

case(
    name="dv-top-posted-gmail-folders",
    **{"from": "support@dropvault.io"},
    name_from="Marta | DropVault Support",
    date="Sat, 07 Sep 2024 01:20:44 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    body=f"""Hi again,

Update on the two folder links, which needed a second look:

{DV[8]} - folder taken down together with everything inside it.
{DV[9]} - this folder doesn't exist on our side (the id is not valid).

Best,
Marta | DropVault Support

""" + quoted("KCSC-240903-01",
             "On Tue, Sep 3, 2024 at 3:02 AM KCSC Takedown <takedown@kcsc.example> wrote:"),
    outcome="applied",
    classification="confirmation",
    imitates="Gmail top-posted support reply over the quoted request",
    why="two lines above the quote: folder taken down (removed), folder id not valid (not_found)",
    items={DV[8]: "removed", DV[9]: "not_found"},
)

case(
    name="dv-html-table-outcome",
    **{"from": "legal@dropvault.io"},
    name_from="DropVault Legal",
    date="Thu, 05 Sep 2024 12:30:00 +0900",
    subject="Outcome of notice KCSC-240903-01",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Sir/Madam,</p>
<p>Please find the outcome of your notice <b>KCSC-240903-01</b> below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th><th>Reason</th></tr>
<tr><td><a href="{DV[0]}">{DV[0]}</a></td><td>Disabled</td><td>Non-consensual intimate imagery</td></tr>
<tr><td><a href="{DV[1]}">{DV[1]}</a></td><td>Disabled</td><td>Non-consensual intimate imagery</td></tr>
<tr><td><a href="{DV[2]}">{DV[2]}</a></td><td>Disabled</td><td>Non-consensual intimate imagery</td></tr>
<tr><td><a href="{DV[7]}">{DV[7]}</a></td><td>No action taken</td><td>The file does not violate the DropVault Terms of Service</td></tr>
</table>
<p>The uploader may appeal at <a href="https://dropvault.io/legal/appeals">https://dropvault.io/legal/appeals</a>.</p>
<p>DropVault Legal</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="HTML outcome table from a file host's legal team (URL / outcome / reason)",
    why="three disabled (removed), one no action because it breaks no term (rejected); appeals link is not an item",
    items={DV[0]: "removed", DV[1]: "removed", DV[2]: "removed", DV[7]: "rejected"},
)

DV_QP_TEXT = f"""Hello,

Regarding your request KCSC-240903-01 \u2014 after review by our legal team:

Access to {DV[10]} and {DV[11]} has been restricted for visitors from the Republic of Korea, following your notice under Korean law; both files remain reachable from other countries.

{DV[12]} has been removed for all users.

Kind regards,
Aleksander Nowak \u2013 DropVault Compliance
"""

case(
    name="dv-quoted-printable-geo-block",
    **{"from": "compliance@dropvault.io"},
    name_from="DropVault Compliance",
    date="Mon, 09 Sep 2024 17:05:26 +0900",
    subject="RE: KCSC-240903-01",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(DV_QP_TEXT)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="compliance reply with long lines soft-wrapped by quoted-printable (geo-restriction under local law)",
    why="two files restricted for Korea only (restricted), one removed for all users",
    items={DV[10]: "restricted", DV[11]: "restricted", DV[12]: "removed"},
)

DV_KO_TEXT = f"""안녕하세요, 드롭볼트 고객지원팀입니다.

방송통신심의위원회에서 요청하신 KCSC-240903-01 건과 관련하여 아래와 같이 처리되었음을 알려드립니다.

1. {DV[0]} : 삭제 완료
2. {DV[1]} : 삭제 완료
3. {DV[6]} : 한국 내 접속 차단
4. {DV[7]} : 해당 파일 없음 (업로더가 이미 삭제함)

추가 문의는 이 메일로 회신해 주십시오.
감사합니다.

드롭볼트 고객지원팀
"""

case(
    name="dv-base64-korean-numbered",
    **{"from": "support@dropvault.io"},
    name_from=ew("드롭볼트 고객지원"),
    date="Fri, 06 Sep 2024 14:48:19 +0900",
    subject=ew("[KCSC-240903-01] 요청 건 처리 결과 안내"),
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DV_KO_TEXT)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean-language support reply from a foreign file host, base64 body, numbered list",
    why="삭제 완료 x2 (removed), 한국 내 접속 차단 (restricted), 파일 없음/업로더가 이미 삭제 (not_found)",
    items={DV[0]: "removed", DV[1]: "removed", DV[6]: "restricted", DV[7]: "not_found"},
)

case(
    name="dv-outlook-angle-brackets",
    **{"from": "legal@dropvault.io"},
    name_from="DropVault Legal",
    date="Wed, 04 Sep 2024 19:12:45 +0900",
    subject="RE: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    body=f"""Dear KCSC,

We have disabled access to the following links:

<{DV[4]}>
<{DV[5]}>
<{DV[10]}>

Kind regards,
DropVault Legal Team

""" + outlook_quoted("KCSC-240903-01", "abuse@dropvault.io", "Tuesday, September 3, 2024 3:00 AM"),
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply with URLs in angle brackets above an -----Original Message----- block",
    why="three links disabled (removed); the full list below the Original Message line is our own request",
    items={DV[4]: "removed", DV[5]: "removed", DV[10]: "removed"},
)

case(
    name="dv-url-then-status-line",
    **{"from": "abuse@dropvault.io"},
    name_from="DropVault Abuse Desk",
    date="Sat, 07 Sep 2024 09:03:31 +0900",
    subject="Re: [KCSC-240903-01] status per link",
    reply_to_req="req-240903-01",
    body=f"""Status per link (ref KCSC-240903-01):

{DV[2]}
  -> removed

{DV[3]}
  -> removed

{DV[9]}
  -> no such folder

{DV[11]}
  -> left up: the uploader holds the rights and the file is licensed, so
     it does not violate our terms

/ DropVault abuse
""",
    outcome="applied",
    classification="confirmation",
    imitates="abuse-desk reply with a bare URL per paragraph and its status on the line below",
    why="status on the line under each URL: removed x2, no such folder (not_found), left up with reason (rejected)",
    items={DV[2]: "removed", DV[3]: "removed", DV[9]: "not_found", DV[11]: "rejected"},
)

# -- DropVault review / ignored --------------------------------------------
case(
    name="dv-promise-within-24h",
    **{"from": "abuse@dropvault.io"},
    name_from="DropVault Abuse Desk",
    date="Tue, 03 Sep 2024 15:22:08 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Thank you for your notice. We have checked the links below and they will
be removed within 24 hours:

{DV[5]}
{DV[6]}
{DV[7]}

The uploader will be notified by email. We will confirm once done.

DropVault Abuse Desk
""",
    outcome="review",
    review="not_understood",
    imitates="abuse-desk reply promising removal within 24 hours",
    why="'will be removed' is a promise; the named links stay pending",
    items=items([DV[5], DV[6], DV[7]], "pending"),
)

case(
    name="dv-hedged-maybe-deleted",
    **{"from": "support@dropvault.io"},
    name_from="Marta | DropVault Support",
    date="Wed, 04 Sep 2024 09:44:02 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    body=f"""Hi,

Quick note before the full answer: {DV[1]} appears to have been deleted by
its uploader already, and {DV[2]} may be a copy of a file we removed last
week. We're still checking both and will confirm.

Marta
""",
    outcome="review",
    review="not_understood",
    imitates="support agent's quick interim note with hedged findings",
    why="'appears to have been deleted' and 'may be a copy' are hedges; nothing is stated",
    items=items([DV[1], DV[2]], "pending"),
)

case(
    name="dv-bulk-all-disabled",
    **{"from": "abuse@dropvault.io"},
    name_from="DropVault Abuse Desk",
    date="Thu, 05 Sep 2024 08:10:55 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    body="""Hello,

All of the links in your request KCSC-240903-01 have been disabled.

Thank you for helping keep DropVault safe.

DropVault Abuse Desk
""",
    outcome="review",
    review="bulk",
    imitates="short abuse-desk closure covering a whole notice",
    why="one statement about all 13 links of a 13-item request without naming any",
    items=items(DV, "pending"),
)

case(
    name="dv-forwarded-internal-note",
    **{"from": "t.weiss@dropvault.io"},
    name_from="Tobias Weiss",
    date="Thu, 05 Sep 2024 16:31:12 +0900",
    subject="Fwd: KCSC batch",
    body=f"""FYI - see the note from our content team below, this answers your
request KCSC-240903-01 in part.

Tobias

---------- Forwarded message ---------
From: Content Ops <content-ops@dropvault.io>
Date: Thu, 5 Sep 2024 at 09:20
Subject: KCSC batch
To: Tobias Weiss <t.weiss@dropvault.io>

Tobias, removed {DV[6]} and {DV[7]} just now. The rest
of the Korean batch is with legal.
""",
    outcome="review",
    classification="forwarded",
    review="forwarded",
    imitates="platform employee forwarding an internal team note (Gmail forward block)",
    why="the statements are inside a forwarded message, not the sender's own",
    items=items([DV[6], DV[7]], "pending"),
)

case(
    name="dv-out-of-office",
    **{"from": "m.costa@dropvault.io"},
    name_from="Marta Costa",
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject="Automatic reply: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 16 September with limited access to email.

For abuse reports please write to abuse@dropvault.io, which is monitored
every day.

Marta Costa
DropVault Support
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook automatic reply (out of office)",
    why="out-of-office auto-reply",
    items={},
)

# ==========================================================================
# Nimbus Hosting (shared host), KCSC-240904-02, 4 items
# ==========================================================================
case(
    name="nh-case-resolved-two-pages",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse",
    date="Fri, 06 Sep 2024 09:30:14 +0900",
    subject="[Abuse #NH-558201] RESOLVED - KCSC-240904-02",
    body=f"""Hello,

This is an update on abuse case NH-558201.

Our customer was given 24 hours to act and did not answer, so our team
removed the content itself:

  {NH[0]}
  {NH[1]}

Both URLs now return 410 Gone and the hosting account is suspended.

The case is now closed. If the content comes back, reply to this email and
the case will be reopened.

--
Nimbus Hosting Abuse Department
https://nimbushost.net/legal/aup
""",
    outcome="applied",
    classification="confirmation",
    imitates="shared-host abuse case closure (customer did not respond, host removed content)",
    why="statement above an indented URL list: both removed; AUP link is not an item",
    items={NH[0]: "removed", NH[1]: "removed"},
)

case(
    name="nh-refusal-licensed-pharmacy",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse",
    date="Fri, 06 Sep 2024 11:42:37 +0900",
    subject="Re: [Abuse #NH-558214] KCSC-240904-02",
    body=f"""Hello,

We looked at {NH[2]}. The customer
sent us their pharmacy licence and the products listed are sold legally;
we found no breach of our Acceptable Use Policy, so we are not taking the
page down.

If a Korean court orders the removal, please send us the order and we will
act on it.

Daniel
Nimbus Hosting Abuse Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="hosting abuse team declining a complaint after the customer showed a licence",
    why="clear refusal with its reason (no AUP breach); the court-order sentence is a condition for the future",
    items={NH[2]: "rejected"},
)

NH_CSV = "\n".join([
    "case;url;action;closed_at",
    f"NH-558201;{NH[0]};content removed;2024-09-06 09:12",
    f"NH-558201;{NH[1]};content removed;2024-09-06 09:12",
    f"NH-558214;{NH[2]};no violation found - no action;2024-09-06 11:40",
    f"NH-558219;{NH[3]};account suspended, site offline;2024-09-05 14:20",
]) + "\n"

case(
    name="nh-csv-semicolon-export",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse",
    date="Sat, 07 Sep 2024 10:05:00 +0900",
    subject="Abuse cases export for KCSC-240904-02",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nh_7f3a"

--=_nh_7f3a
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the export of the abuse cases opened from your
request KCSC-240904-02.

Nimbus Hosting Abuse Department

--=_nh_7f3a
Content-Type: text/csv; charset=us-ascii; name="abuse_export_KCSC-240904-02.csv"
Content-Disposition: attachment; filename="abuse_export_KCSC-240904-02.csv"
Content-Transfer-Encoding: 7bit

{NH_CSV}
--=_nh_7f3a--
""",
    outcome="applied",
    classification="confirmation",
    imitates="ticket-system export as a semicolon-separated CSV attachment",
    why="CSV: two content removed, one no violation (rejected), one account suspended and site offline (removed)",
    items={NH[0]: "removed", NH[1]: "removed", NH[2]: "rejected", NH[3]: "removed"},
)

case(
    name="nh-url-below-statement-rest-pending",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse",
    date="Thu, 05 Sep 2024 15:17:48 +0900",
    subject="Re: [Abuse #NH-558201] KCSC-240904-02",
    body=f"""Good afternoon,

The following page has been disabled by our abuse team:

    {NH[1]}

The rest of the site stays online for now while the customer answers our
questions about {NH[0]}.

Nimbus Hosting Abuse
""",
    outcome="applied",
    classification="confirmation",
    imitates="hosting abuse reply: statement line, URL indented on the line below",
    why="order page disabled (removed); the home page is still being discussed with the customer (pending, not a refusal)",
    items={NH[1]: "removed", NH[0]: "pending"},
)

case(
    name="nh-untrusted-dmarc-fail",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse",
    auth="fail",
    date="Fri, 06 Sep 2024 02:14:09 +0900",
    subject="Case NH-558201 closed - KCSC-240904-02",
    body=f"""Case NH-558201 closed.

{NH[0]} - removed
{NH[3]} - removed

Nimbus Hosting
""",
    outcome="review",
    review="untrusted",
    imitates="short case-closed notice, arriving with failed DKIM/SPF/DMARC",
    why="claims come from the platform's domain but authentication failed",
    items={NH[0]: "pending", NH[3]: "pending"},
)

case(
    name="nh-customer-writes-directly",
    **{"from": "gamjamall.owner@mailbox.example"},
    name_from="Gamja Mall",
    date="Fri, 06 Sep 2024 20:33:51 +0900",
    subject="Re: KCSC-240904-02 my site suspended",
    body=f"""Hello,

My hosting company told me you complained about
{NH[3]}. I deleted the product page already.
Please tell Nimbus to unsuspend my site, I have other products there.

Thank you
Gamja Mall owner
""",
    outcome="review",
    review="unknown_sender",
    imitates="site owner (the host's customer) writing from a private mailbox",
    why="the statement comes from a domain that is no platform's; item stays pending",
    items={NH[3]: "pending"},
)

case(
    name="nh-about-customer-pixboard",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse",
    date="Mon, 09 Sep 2024 13:02:26 +0900",
    subject="Re: [Abuse #NH-559002] pixboard.org",
    body=f"""Hello,

pixboard.org is a customer of ours. We passed your report on to them and
they have deleted {PX[0]}.

For the other items please contact the board operator directly at
admin@pixboard.org.

Nimbus Hosting Abuse Department
""",
    outcome="review",
    review="wrong_platform",
    imitates="upstream host relaying its customer's action",
    why="Nimbus states a status for a Pixboard item; only Pixboard's own mail counts",
    items={PX[0]: "pending"},
)

case(
    name="nh-ticket-receipt",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse",
    date="Wed, 04 Sep 2024 11:02:13 +0900",
    subject="[Abuse #NH-558201] Report received",
    reply_to_req="req-240904-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""This is an automated message.

We have received your abuse report and opened case NH-558201.
Reported URL: {NH[0]} (+3 more)

Our abuse team reviews new cases within 48 hours. You will receive an
update by email when the case changes state. Please keep the case number
in the subject line of any reply.

Nimbus Hosting Abuse Department
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="abuse ticket system receipt (case opened)",
    why="receipt only: case opened, no statement about any item",
    items={NH[0]: "pending"},
)

# ==========================================================================
# 마루커뮤니티 (forum), KCSC-240905-03, 5 items
# ==========================================================================
case(
    name="maru-admin-korean-two-lines",
    **{"from": "admin@marucommunity.kr"},
    name_from=ew("마루커뮤니티 운영자"),
    date="Thu, 05 Sep 2024 13:20:05 +0900",
    subject=ew("RE: [KCSC-240905-03] 불법정보 삭제 요청"),
    reply_to_req="req-240905-03",
    body=f"""안녕하세요, 마루커뮤니티 운영자입니다.

{MA[0]} 게시물은 방금 삭제했습니다.
{MA[1]} 는 작성자가 이미 지운 글이라 남아 있지 않습니다.

나머지는 확인 후 다시 연락드릴게요.

운영자 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="small Korean forum operator answering in two lines",
    why="삭제했습니다 (removed); 작성자가 이미 지운 글 (not_found); '나머지' names nothing",
    items={MA[0]: "removed", MA[1]: "not_found"},
)

case(
    name="maru-blind-private-tempblock",
    **{"from": "admin@marucommunity.kr"},
    name_from=ew("마루커뮤니티"),
    date="Fri, 06 Sep 2024 17:45:30 +0900",
    subject=ew("[마루커뮤니티] 시정요구 조치결과 회신 (KCSC-240905-03)"),
    body=f"""[마루커뮤니티] 시정요구 조치결과 회신

요청번호: KCSC-240905-03

■ {MA[2]} → 블라인드 처리
■ {MA[3]}은 작성자 계정 정지 및 게시물 비공개 처리
■ {MA_TAG_RAW} 태그 페이지는 검색 노출 제외 및 국내 접근 제한(임시조치 30일)

문의: admin@marucommunity.kr
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean forum 시정요구 조치결과 reply with ■ bullets",
    why="블라인드 (removed), 비공개 처리 (removed; URL followed by particle 은), 접근 제한/임시조치 (restricted; raw Korean tag path)",
    items={MA[2]: "removed", MA[3]: "removed", MA[4]: "restricted"},
)

case(
    name="maru-reject-satire",
    **{"from": "admin@marucommunity.kr"},
    name_from=ew("마루커뮤니티 운영자"),
    date="Mon, 09 Sep 2024 10:12:44 +0900",
    subject=ew("RE: [KCSC-240905-03] 불법정보 삭제 요청"),
    reply_to_req="req-240905-03",
    body=f"""안녕하세요.

{MA[2]} 게시물을 검토했으나, 풍자 목적의 유머 글로 판단되어 운영정책 위반에 해당하지 않습니다. 따라서 해당 게시물은 게시를 유지합니다.

이의가 있으시면 회신 부탁드립니다.

마루커뮤니티 운영자
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean forum operator declining removal (no policy breach, post kept)",
    why="운영정책 위반에 해당하지 않아 게시를 유지 = refusal with reason (rejected)",
    items={MA[2]: "rejected"},
)

case(
    name="maru-echoed-report-result",
    **{"from": "report@marucommunity.kr"},
    name_from=ew("마루커뮤니티 신고센터"),
    date="Fri, 06 Sep 2024 16:07:02 +0900",
    subject=ew("신고 처리 결과 안내"),
    body=f"""마루커뮤니티 신고센터에서 알려드립니다.

[신고 접수 내용]
신고 URL: {MA[3]}
신고 사유: 마약류 판매 광고
신고자: 방송통신심의위원회 (KCSC-240905-03)

[처리 결과]
처리 상태: 게시중단 완료
처리 일시: 2024-09-06 16:05

본 메일은 발신 전용입니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="forum report-centre notice echoing the report and giving its result",
    why="echoed report then 처리 상태: 게시중단 완료 for the single reported URL (removed)",
    items={MA[3]: "removed"},
)

case(
    name="maru-fullwidth-parens",
    **{"from": "admin@marucommunity.kr"},
    name_from=ew("마루커뮤니티 운영자"),
    date="Sat, 07 Sep 2024 11:30:19 +0900",
    subject=ew("RE: [KCSC-240905-03] 불법정보 삭제 요청"),
    reply_to_req="req-240905-03",
    body=f"""수고 많으십니다.

요청하신 게시물（{MA[0]}）및（{MA[1]}）두 건 모두 운영자 삭제 처리되었습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean operator's reply typed with full-width parentheses around URLs",
    why="운영자 삭제 처리 for both URLs written inside full-width parentheses (removed)",
    items={MA[0]: "removed", MA[1]: "removed"},
)

case(
    name="maru-will-delete-after-review",
    **{"from": "admin@marucommunity.kr"},
    name_from=ew("마루커뮤니티 운영자"),
    date="Thu, 05 Sep 2024 10:02:57 +0900",
    subject=ew("RE: [KCSC-240905-03] 불법정보 삭제 요청"),
    reply_to_req="req-240905-03",
    body=f"""안녕하세요.

요청하신 게시물 {MA[0]}, {MA[3]} 은 내부 검토 후 삭제할 예정입니다.
처리가 끝나면 다시 안내드리겠습니다.

마루커뮤니티 운영자
""",
    outcome="review",
    review="not_understood",
    imitates="Korean operator's interim reply (삭제 예정, to be deleted after review)",
    why="삭제할 예정 is a promise; items stay pending",
    items={MA[0]: "pending", MA[3]: "pending"},
)

MDN_HUMAN = """귀하가 2024-09-05 09:30 에 보낸 메시지를 수신자가 2024-09-05 14:11 에 열람했습니다.

제목: [KCSC-240905-03] 불법정보 삭제 요청
"""

case(
    name="maru-read-receipt",
    **{"from": "admin@marucommunity.kr"},
    name_from=ew("마루커뮤니티 운영자"),
    date="Thu, 05 Sep 2024 14:11:40 +0900",
    subject=ew("읽음 확인: [KCSC-240905-03] 불법정보 삭제 요청"),
    reply_to_req="req-240905-03",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-2c9e"

--mdn-2c9e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(MDN_HUMAN)}
--mdn-2c9e
Content-Type: message/disposition-notification

Reporting-UA: webmail.marucommunity.kr; Roundcube
Final-Recipient: rfc822; admin@marucommunity.kr
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-2c9e--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Roundcube read receipt (MDN) in Korean",
    why="message disposition notification only",
    items={},
)

# ==========================================================================
# Pixboard (image board), KCSC-240906-04, 3 items
# ==========================================================================
case(
    name="pix-admin-informal-all-three",
    **{"from": "admin@pixboard.org"},
    name_from="pixboard admin",
    date="Sat, 07 Sep 2024 03:12:55 +0900",
    subject="Re: [KCSC-240906-04] Request for removal of unlawful content",
    reply_to_req="req-240906-04",
    body=f"""yo,

both threads are gone:
{PX[0]}
{PX[1]}

image was purged from storage and the cdn too: {PX[2]}
hash is on the ban list now so reposts get blocked at upload.

- admin
""",
    outcome="applied",
    classification="confirmation",
    imitates="image-board admin's lowercase informal reply",
    why="'both threads are gone' over two URLs and 'purged' for the image: three removed",
    items=items(PX, "removed"),
)

case(
    name="pix-thread-already-pruned",
    **{"from": "admin@pixboard.org"},
    name_from="pixboard admin",
    date="Sat, 07 Sep 2024 22:40:10 +0900",
    subject="Re: [KCSC-240906-04] Request for removal of unlawful content",
    reply_to_req="req-240906-04",
    body=f"""{PX[1]} had already been pruned off the board before your mail
arrived (threads fall off after 300 bumps), so there was nothing left to
delete. it 404s.
""",
    outcome="applied",
    classification="confirmation",
    imitates="image-board admin one-liner: thread already pruned, 404",
    why="already gone before any action (not_found)",
    items={PX[1]: "not_found"},
)

case(
    name="pix-text-table-results",
    **{"from": "mod@pixboard.org"},
    name_from="Pixboard Moderation",
    date="Mon, 09 Sep 2024 12:00:00 +0900",
    subject="KCSC-240906-04 results",
    body=f"""KCSC-240906-04 results

no  url                                              result
1   {PX[0]}          deleted by mod
2   {PX[1]}          not removed - drawn art, no real person, within board rules
3   {PX[2]}   file not found

-- pixboard mod team
""",
    outcome="applied",
    classification="confirmation",
    imitates="plain-text whitespace-aligned results table from an image board's mod team",
    why="deleted (removed); not removed within rules (rejected); file not found (not_found)",
    items={PX[0]: "removed", PX[1]: "rejected", PX[2]: "not_found"},
)

case(
    name="pix-hedged-janny",
    **{"from": "admin@pixboard.org"},
    name_from="pixboard admin",
    date="Fri, 06 Sep 2024 23:51:38 +0900",
    subject="Re: [KCSC-240906-04] Request for removal of unlawful content",
    reply_to_req="req-240906-04",
    body=f"""think one of the jannies already nuked {PX[0]}
yesterday? should be gone but I haven't checked. will look at the other
two tonight.
""",
    outcome="review",
    review="not_understood",
    imitates="image-board admin's unsure one-line reply",
    why="'think ... already nuked?', 'should be gone but I haven't checked' is a hedge; pending",
    items={PX[0]: "pending"},
)

case(
    name="pix-vacation-autoreply",
    **{"from": "admin@pixboard.org"},
    name_from="pixboard admin",
    date="Fri, 06 Sep 2024 14:00:22 +0900",
    subject="[auto-reply] Re: [KCSC-240906-04] Request for removal of unlawful content",
    reply_to_req="req-240906-04",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This is an automatic reply. The admin is away until 2024-09-15.
Reports are handled by the janitors on the /meta/ board in the meantime.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="vacation auto-reply of a hobby site admin",
    why="auto-reply",
    items={},
)

# ==========================================================================
# EdgeVeil (CDN), KCSC-240909-05, 2 items
# ==========================================================================
case(
    name="edge-geo-restricted-kr",
    **{"from": "trust-safety@edgeveil.com"},
    name_from="EdgeVeil Trust & Safety",
    date="Wed, 11 Sep 2024 08:20:41 +0900",
    subject="EdgeVeil abuse report EV-TS-40917 / KCSC-240909-05",
    body=f"""Reference: EV-TS-40917 / KCSC-240909-05

EdgeVeil has restricted access from South Korea to the following URLs
served through our network, in response to your notice under Korean law:

 \u2022 {EV[0]}
 \u2022 {EV[1]}

Visitors in other countries are not affected. The site is not hosted by
EdgeVeil; we have also passed your notice to its hosting provider.

EdgeVeil Trust & Safety
https://edgeveil.com/trust/abuse-policy
""",
    outcome="applied",
    classification="confirmation",
    imitates="CDN trust-and-safety notice of a country-level block on a proxied site",
    why="restricted access from South Korea for both listed URLs (restricted)",
    items=items(EV, "restricted"),
)

case(
    name="edge-not-the-host",
    **{"from": "abuse@edgeveil.com"},
    name_from="EdgeVeil Abuse",
    date="Tue, 10 Sep 2024 09:14:03 +0900",
    subject="Re: [KCSC-240909-05] Request for removal of unlawful content",
    reply_to_req="req-240909-05",
    body=f"""Hello,

Reported URLs:
  {EV[0]}
  {EV[1]}

EdgeVeil is not the hosting provider for these URLs. We provide a
pass-through proxy and caching service and are unable to remove content
from a website we do not host, so we are taking no action on them.

We have forwarded your complaint to the website operator and to the
hosting provider, and our records show the origin is hosted by Larchwood
Cloud (abuse@larchwood-cloud.example).

EdgeVeil Abuse Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="CDN 'we are not the host, complaint forwarded to the hosting provider' reply",
    why="explicit refusal with its reason (not the host, no action); arguable, see NOTES.md",
    items=items(EV, "rejected"),
)

case(
    name="edge-report-received",
    **{"from": "abuse@edgeveil.com"},
    name_from="EdgeVeil Abuse",
    date="Mon, 09 Sep 2024 10:01:30 +0900",
    subject="EdgeVeil abuse report received [EV-TS-40917]",
    reply_to_req="req-240909-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thank you for your report.

EdgeVeil has received your abuse report (EV-TS-40917). If the reported
website uses EdgeVeil's pass-through services, we will forward your report
to the hosting provider and the website owner.

You do not need to reply to this message.

EdgeVeil Abuse
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="CDN abuse-form receipt",
    why="automatic receipt; the forwarding sentence is a promise, no item statement",
    items={},
)

# ==========================================================================
# Dotpine (registrar), KCSC-240910-06, 1 item
# ==========================================================================
case(
    name="dp-domain-clienthold",
    **{"from": "abuse@dotpine.com"},
    name_from="Dotpine Registrar Abuse",
    date="Thu, 12 Sep 2024 20:05:11 +0900",
    subject="Re: [KCSC-240910-06] illegal gambling domain",
    reply_to_req="req-240910-06",
    body="""Hello,

The domain hanbit-toto.win was placed on clientHold today at 11:02 UTC
after our review confirmed that it breaches our registration agreement. It
no longer resolves.

Dotpine Registrar - Abuse
https://dotpine.com/legal/registration-agreement
""",
    outcome="applied",
    classification="confirmation",
    imitates="registrar abuse reply: domain suspended (clientHold), no longer resolves",
    why="one-item request; the domain is on hold and no longer resolves (removed)",
    items={DP[0]: "removed"},
)

case(
    name="dp-case-logged",
    **{"from": "abuse@dotpine.com"},
    name_from="Dotpine Registrar Abuse",
    date="Tue, 10 Sep 2024 10:03:12 +0900",
    subject="[DP-77120] Abuse report logged: hanbit-toto.win",
    reply_to_req="req-240910-06",
    body="""Thank you for contacting Dotpine Abuse.

Your report about hanbit-toto.win has been logged as case DP-77120. Our
team will investigate and reply to you by email.

Dotpine Registrar - Abuse
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="registrar abuse case receipt",
    why="pure acknowledgement (case logged), nothing stated about the domain",
    items={DP[0]: "pending"},
)

case(
    name="dp-abuse-contact-change",
    **{"from": "notices@dotpine.com"},
    name_from="Dotpine Registrar",
    date="Fri, 13 Sep 2024 09:00:00 +0900",
    subject="Change of the Dotpine abuse contact",
    body="""Dear partner,

From 1 October 2024 abuse reports to Dotpine must be sent through our web
form at https://dotpine.com/abuse/report. The mailbox abuse@dotpine.com will
then only answer existing cases.

Thank you,
Dotpine Registrar
""",
    outcome="review",
    review="no_claims",
    imitates="registrar notice about its abuse contact changing",
    why="trusted platform mail that names no item and references no request",
    items={},
)

# ==========================================================================
# Scrapnote (one-person paste site), KCSC-240911-07, 2 items
# ==========================================================================
case(
    name="sn-removed-both-oneliner",
    **{"from": "hello@scrapnote.net"},
    name_from="Ken (scrapnote)",
    date="Fri, 13 Sep 2024 01:12:39 +0900",
    subject="Re: [KCSC-240911-07] Request for removal of unlawful content",
    reply_to_req="req-240911-07",
    body=f"""removed both:
{SN[0]}
{SN[1]}

Ken (I run scrapnote alone, sorry for the slow reply)
""",
    outcome="applied",
    classification="confirmation",
    imitates="one-person service operator's one-line reply",
    why="'removed both:' heading over the two URLs (removed)",
    items=items(SN, "removed"),
)

case(
    name="sn-removed-and-expired",
    **{"from": "hello@scrapnote.net"},
    name_from="Ken (scrapnote)",
    date="Thu, 12 Sep 2024 19:40:00 +0900",
    subject="Re: [KCSC-240911-07] Request for removal of unlawful content",
    reply_to_req="req-240911-07",
    body=f"""Hi,

I deleted {SN[0]}. The other one ({SN[1]}) had
already expired - pastes self-destruct after 7 days - so it no longer
exists.

Ken
""",
    outcome="applied",
    classification="confirmation",
    imitates="paste-site operator: one deleted, one already expired",
    why="deleted (removed); URL in parentheses 'no longer exists' (not_found)",
    items={SN[0]: "removed", SN[1]: "not_found"},
)

case(
    name="sn-asks-for-legal-basis",
    **{"from": "hello@scrapnote.net"},
    name_from="Ken (scrapnote)",
    date="Wed, 11 Sep 2024 22:03:15 +0900",
    subject="Re: [KCSC-240911-07] Request for removal of unlawful content",
    reply_to_req="req-240911-07",
    body=f"""Hi,

I'm a one-person service in Germany. Before I delete anything I need to
know which Korean law this is about, and ideally a court order. Can you
send that? {SN[0]} and {SN[1]} stay up until then.

Ken
""",
    outcome="review",
    classification="request_for_info",
    review="asks_more",
    imitates="small operator asking for the legal basis before acting",
    why="asks for the legal basis; 'stay up until then' is conditional, not a refusal",
    items=items(SN, "pending"),
)

DSN_HUMAN = """This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@scrapnote.net>: host mx1.scrapnote.net[203.0.113.90] said: 550 5.1.1
    <abuse@scrapnote.net>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""

case(
    name="sn-bounce-abuse-address",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 10:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-5a1e"

--dsn-5a1e
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

{DSN_HUMAN}
--dsn-5a1e
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; abuse@scrapnote.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.scrapnote.net
Diagnostic-Code: smtp; 550 5.1.1 <abuse@scrapnote.net>: Recipient address
    rejected: User unknown in virtual mailbox table

--dsn-5a1e
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@scrapnote.net
Subject: [KCSC-240911-07] Request for removal of unlawful content
Message-ID: <req-240911-07@kcsc.example>
Date: Wed, 11 Sep 2024 10:00:00 +0900

--dsn-5a1e--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) for our request",
    why="delivery status notification",
    items={},
)


HEADER = """# blind913: hosting providers, CDNs, registrars, forums, image boards, file
# hosts and small services answering informally, with CSV attachments and
# plain-text tables. Written by make.py; expected results come from each
# email's meaning, written before any run of the reader.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
