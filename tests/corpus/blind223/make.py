#!/usr/bin/env python3
"""Blind set 223: hosting providers, a CDN, a registrar, a Korean forum, an
image board and a file host answering the regulator, often informally, plus
spreadsheets (CSV attachments) and plain-text tables.

    python3 tests/corpus/blind223/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning before the reader
was ever run on them. Everything is fictional.
"""
import base64
import csv
import datetime as dt
import email.utils
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
CET = dt.timezone(dt.timedelta(hours=2))


def d(day, hh, mm, tz=KST):
    return email.utils.format_datetime(dt.datetime(2024, 9, day, hh, mm, 7, tzinfo=tz))


# ---------------------------------------------------------------- requests
F = {
    1: "https://filecrate.io/f/Ab3kQ9x2",
    2: "https://filecrate.io/f/Zr7Lm0pq",
    3: "https://filecrate.io/f/Hq2Wn8ty",
    4: "https://filecrate.io/f/Pp4Kc1vd",
    5: "https://filecrate.io/f/Ue9Xs3bg",
    6: "https://filecrate.io/f/Mn6Yj5ra",
    7: "https://filecrate.io/folder/Qd8Tz2ke",
    8: "https://filecrate.io/f/Gw1Hb7nc",
    9: "https://filecrate.io/f/Lk5Rv4oe",
    10: "https://filecrate.io/f/Tj3Fa6wm",
    11: "https://dl.filecrate.io/f/Vx0Ni9su",
    12: "https://filecrate.io/f/Cy2Do8lh",
}
N = {
    1: "https://toto-bada.nimbus-sites.net/",
    2: "https://toto-bada.nimbus-sites.net/join?code=77",
    3: "http://198.51.100.77/casino/index.html",
    4: "https://ddangkong-pharm.nimbus-sites.net/shop/item/31",
}
M = {
    1: "https://mokdan.kr/board/free/88213",
    2: "https://mokdan.kr/board/free/88290",
    3: "https://mokdan.kr/board/%EC%9E%A5%ED%84%B0/5521",
    4: "https://mokdan.kr/board/humor/40117",
    5: "https://mokdan.kr/member/sunset_kim/posts",
    6: "https://mokdan.kr/board/free/89004",
}
M3_RAW = "https://mokdan.kr/board/장터/5521"
S = {
    1: "https://sajinpan.net/b/res/120455.html",
    2: "https://sajinpan.net/b/res/120461.html",
    3: "https://img.sajinpan.net/src/1725601122931.jpg",
}
E = {
    1: "https://pharma-quick24.shop/order",
    2: "https://pharma-quick24.shop/catalog/sleep",
}
H1 = "http://daebak-slot99.com/"

REQ = {
    # ref: (platform, sent, due, category, msgid, note, urls)
    "KCSC-240903-01": ("filecrate", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
                       "obscenity", "req.b223.01@kcsc.example", "file host, 12 links",
                       [F[i] for i in range(1, 13)]),
    "KCSC-240904-02": ("nimbushost", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
                       "gambling", "req.b223.02@kcsc.example", "hosting provider, customer sites",
                       [N[i] for i in range(1, 5)]),
    "KCSC-240905-03": ("mokdan", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
                       "defamation", "req.b223.03@kcsc.example", "forum posts",
                       [M[i] for i in range(1, 6)]),
    "KCSC-240906-04": ("sajinpan", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
                       "obscenity", "req.b223.04@kcsc.example", "image board threads",
                       [S[i] for i in range(1, 4)]),
    "KCSC-240909-05": ("edgeveil", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
                       "drugs", "req.b223.05@kcsc.example", "CDN in front of a shop",
                       [E[1], E[2]]),
    "KCSC-240910-06": ("hanbitdomains", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
                       "gambling", "req.b223.06@kcsc.example", "registrar, whole domain",
                       [H1]),
    "KCSC-240911-07": ("mokdan", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
                       "defamation", "req.b223.07@kcsc.example", "one forum post",
                       [M[6]]),
}
R1, R2, R3, R4, R5, R6, R7 = (
    "req.b223.01", "req.b223.02", "req.b223.03", "req.b223.04",
    "req.b223.05", "req.b223.06", "req.b223.07")


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, (pf, sent, due, cat, mid, note, urls) in REQ.items():
        for u in urls:
            w.writerow([ref, pf, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def text_part(body, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n" + body.strip("\n") + "\n")


def mixed(boundary, body, attachments):
    out = [f'Content-Type: multipart/mixed; boundary="{boundary}"', "",
           "This is a multi-part message in MIME format.", "", f"--{boundary}", text_part(body)]
    for name, ctype, data in attachments:
        out.append(f"--{boundary}")
        out.append(f'Content-Type: {ctype}; name="{name}"\n'
                   f'Content-Disposition: attachment; filename="{name}"\n'
                   "Content-Transfer-Encoding: base64\n\n" + b64(data) + "\n")
    out.append(f"--{boundary}--")
    return "\n".join(out)


def request_text(ref, urls, lang="en"):
    """The regulator's own request, as it would appear quoted in a reply."""
    if lang == "ko":
        head = (f"안녕하십니까. 방송통신심의위원회입니다.\n"
                f"아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다. (참조번호 {ref})\n")
    else:
        head = (f"Dear Sir or Madam,\n\nThe Korea Communications Standards Commission requests the removal\n"
                f"of the following content, which is illegal under Korean law (reference {ref}).\n"
                f"Please reply to this address with the action taken for each item.\n")
    lines = [head]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines.append("\nKCSC Takedown Team")
    return "\n".join(lines)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ===== FileCrate (file host), KCSC-240903-01, 12 items ======================

fc_csv = io.StringIO()
_w = csv.writer(fc_csv, lineterminator="\r\n")
_w.writerow(["link", "result", "processed_utc", "note"])
for i, res, note in [
    (1, "Removed", ""),
    (2, "Removed", ""),
    (3, "Removed", ""),
    (4, "Geo-blocked (KR)", "lawful where the uploader lives; blocked for Korean visitors"),
    (5, "Removed", ""),
    (6, "Not found", "no file has ever been stored under this link"),
    (7, "Removed", "folder and the 14 files in it"),
    (8, "Not found", "deleted by the uploader on 2024-09-02"),
    (9, "Removed", ""),
    (10, "No action", "open-licence documentary; does not break our terms"),
    (11, "Removed", ""),
    (12, "Removed", ""),
]:
    _w.writerow([F[i], res, "2024-09-06 02:%02d" % (10 + i), note])

case(
    name="fc-csv-attachment-results",
    **{"from": "compliance@filecrate.io"}, name_from="FileCrate Compliance",
    date=d(6, 11, 40), subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=R1,
    raw_mime=mixed("fc-7a1b22", """Hello KCSC team,

Our compliance team has gone through all twelve links in your notice
KCSC-240903-01. The outcome for each link is in the attached spreadsheet
(one row per link, column "result").

If you disagree with any of the outcomes, just reply to this email and keep
the reference in the subject.

Best regards,
Jonas Weber
Compliance, FileCrate GmbH
""", [("KCSC-240903-01_outcome.csv", "text/csv; charset=utf-8", fc_csv.getvalue())]),
    outcome="applied", classification="confirmation",
    imitates="file-host compliance reply with a per-link outcome spreadsheet (CSV)",
    why="CSV rows give one result per link: 8 removed, 1 geo-blocked in KR, 2 not found, 1 kept (no breach)",
    items={F[1]: "removed", F[2]: "removed", F[3]: "removed", F[4]: "restricted",
           F[5]: "removed", F[6]: "not_found", F[7]: "removed", F[8]: "not_found",
           F[9]: "removed", F[10]: "rejected", F[11]: "removed", F[12]: "removed"},
)

case(
    name="fc-plain-text-table-partial",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    date=d(5, 16, 2), subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=R1,
    body=f"""Hello,

Partial update on notice KCSC-240903-01 (5 of 12 links done):

 #  Link                                  Result
 -- ------------------------------------- ---------------------------
 1  {F[1]}      deleted
 2  {F[2]}      deleted
 3  {F[3]}      not found (invalid link)
 4  {F[4]}      deleted
 5  {F[5]}      blocked for visitors from KR

The remaining seven links are still with our review team; we will write
again when they are done.

FileCrate Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk plain-text results table (fixed-width columns)",
    why="plain-text table: F1, F2, F4 deleted, F3 invalid link, F5 blocked for KR; the other seven are explicitly still in review and unnamed",
    items={F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "removed", F[5]: "restricted"},
)

case(
    name="fc-bare-url-status-below",
    **{"from": "marek.novak@filecrate.io"}, name_from="Marek Novak",
    date=d(6, 19, 55, CET), subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=R1,
    body=f"""hi,

{F[6]}
gone, deleted it

{F[7]}
whole folder disabled (14 files in it)

{F[8]}
this one was already deleted by the uploader on sept 1, nothing for us to do

--
Marek, FileCrate support
""",
    outcome="applied", classification="confirmation",
    imitates="support agent's informal reply, bare URL with its status on the line below",
    why="each URL followed by its status line: F6 deleted, F7 folder disabled, F8 deleted by its uploader before the notice",
    items={F[6]: "removed", F[7]: "removed", F[8]: "not_found"},
)

case(
    name="fc-top-posted-outlook-quote",
    **{"from": "t.meyer@filecrate.io"}, name_from="Tanja Meyer",
    date=d(7, 9, 12, CET), subject="AW: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=R1,
    body=f"""Hello,

both files are deleted now:
{F[9]}
{F[11]}

The rest of your list is still being processed.

Kind regards
Tanja Meyer
FileCrate Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 3:00 AM
To: abuse@filecrate.io
Subject: [KCSC-240903-01] Request for removal of illegal content

{request_text("KCSC-240903-01", [F[i] for i in range(1, 13)])}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the full quoted request (-----Original Message-----)",
    why="only the two URLs above the quote are stated deleted; the twelve URLs in the quoted request are not statements",
    items={F[9]: "removed", F[11]: "removed"},
)

fc_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC team,</p>
<p>Regarding your notice <b>KCSC-240903-01</b>, here is the result for the links we have finished:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Decision</th></tr>
<tr><td><a href="{F[10]}">{F[10]}</a></td><td>No action taken &ndash; the file does not violate our Terms of Service</td></tr>
<tr><td><a href="{F[11]}">{F[11]}</a></td><td>Removed</td></tr>
<tr><td><a href="{F[12]}">{F[12]}</a></td><td>File not found &ndash; this link does not exist on our servers</td></tr>
</table>
<p>Our Terms of Service: <a href="https://filecrate.io/legal/terms">https://filecrate.io/legal/terms</a></p>
<p>FileCrate Trust &amp; Safety</p>
</body></html>
"""
case(
    name="fc-base64-html-table",
    **{"from": "trust@filecrate.io"}, name_from="FileCrate Trust & Safety",
    date=d(8, 3, 30, UTC), subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=R1,
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(fc_html),
    outcome="applied", classification="confirmation",
    imitates="ticket-system HTML notice with a decision table, base64-encoded body",
    why="HTML table: F10 kept (no ToS violation), F11 removed, F12 does not exist; the terms link is not an item",
    items={F[10]: "rejected", F[11]: "removed", F[12]: "not_found"},
)

gm_quote = quote(request_text("KCSC-240903-01", [F[1], F[2], F[3]]))
gm_lines = gm_quote.split("\n")
# split the quote so that the answers sit under items 1 and 2
i1 = next(i for i, l in enumerate(gm_lines) if l.startswith("> 1."))
case(
    name="fc-gmail-inline-answers",
    **{"from": "lea.roth@filecrate.io"}, name_from="Lea Roth",
    date=d(9, 14, 3, CET), subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=R1,
    body="\n".join([
        "Hi, answers inline.",
        "",
        "On Tue, Sep 3, 2024 at 3:00 AM KCSC Takedown <takedown@kcsc.example> wrote:",
        *gm_lines[:i1 + 1],
        "",
        "Removed this morning.",
        "",
        gm_lines[i1 + 1],
        "",
        "Not removed. This is the uploader's own lecture recording and we found",
        "nothing unlawful in it, so it stays up.",
        "",
        *gm_lines[i1 + 2:],
        "",
        "Lea",
    ]),
    outcome="applied", classification="confirmation",
    imitates="Gmail inline reply answering under each quoted line of the request",
    why="unquoted answers under quoted items 1 and 2: F1 removed, F2 kept as lawful; F3 and the rest get no answer",
    items={F[1]: "removed", F[2]: "rejected", F[3]: "pending"},
)

fc_qp_text = f"""Dear Sir or Madam,

With regard to your notice KCSC-240903-01 we have removed the files at {F[3]} and {F[4]} from our service and closed the uploader's account. The link {F[5]} is invalid — no file has ever been stored under it, so there was nothing to remove.

Mit freundlichen Grüßen
FileCrate GmbH · Abuse Department
"""
case(
    name="fc-quoted-printable-prose",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    date=d(5, 20, 41, CET), subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=R1,
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
             + quopri.encodestring(fc_qp_text.encode("utf-8")).decode("ascii"),
    outcome="applied", classification="confirmation",
    imitates="abuse-department prose reply, quoted-printable with soft line breaks inside long lines",
    why="F3 and F4 removed; F5 is an invalid link with nothing stored under it",
    items={F[3]: "removed", F[4]: "removed", F[5]: "not_found"},
)

case(
    name="fc-dsa-statement-of-reasons",
    **{"from": "dsa-notices@filecrate.io"}, name_from="FileCrate DSA Notices",
    date=d(10, 8, 0, UTC), subject="Statement of reasons FC-SOR-2024-0910-0033 (your notice KCSC-240903-01)",
    reply_to_req=R1,
    body=f"""STATEMENT OF REASONS (Article 17 of Regulation (EU) 2022/2065)

Reference:          FC-SOR-2024-0910-0033
Your notice:        KCSC-240903-01 (received 3 September 2024)
Content concerned:  {F[6]}

Decision
Access to the content has been restricted in the territory of the
Republic of Korea. The content remains available in other countries.

Facts and circumstances
The notice states that the file is illegal under Korean law. Our review
found no breach of our Terms of Service or of the law of our seat.

Ground relied on
Illegal content under the law of the Republic of Korea (territorial scope
limited to that country).

Automated means
No automated means were used in detecting or deciding on this content.

Redress
The uploader may use our internal complaint-handling system:
https://filecrate.io/help/appeals

FileCrate GmbH
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (territorial restriction)",
    why="decision restricts F6 in Korea only; the appeals page is not an item",
    items={F[6]: "restricted"},
)

case(
    name="fc-already-deleted-by-uploader",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    date=d(11, 10, 22, CET), subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=R1,
    body=f"""Hello,

The file at {F[12]} had already been deleted by its uploader on
2 September, before your notice reached us. There is nothing left on our
servers for that link.

Regards,
FileCrate Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply that the file was gone before the notice",
    why="F12 deleted by its own uploader before the notice: not_found",
    items={F[12]: "not_found"},
)

case(
    name="fc-promise-legal-check",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    date=d(4, 17, 9, CET), subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=R1,
    body=f"""Hello,

Thank you. We have passed
{F[1]} and
{F[2]}
to our legal team. They will be removed within 24 hours once the check is
complete, and we will confirm by email.

FileCrate Abuse Desk
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="abuse-desk holding reply promising removal after a legal check",
    why="'will be removed ... once the check is complete' is a conditional promise, not a statement",
    items={F[1]: "pending", F[2]: "pending"},
)

case(
    name="fc-bulk-all-removed",
    **{"from": "compliance@filecrate.io"}, name_from="FileCrate Compliance",
    date=d(9, 9, 45, CET), subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=R1,
    body="""Dear KCSC team,

All files listed in your notice KCSC-240903-01 have been removed from
FileCrate and the accounts involved have been closed.

Best regards,
Jonas Weber
Compliance, FileCrate GmbH
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="compliance summary reply covering a whole notice in one sentence",
    why="one sentence about all twelve links without naming any: bulk, items stay pending",
    items={},
)

case(
    name="fc-uploader-from-gmail",
    **{"from": "dy.kim.uploads@gmail.com"}, name_from="Kim Doyun",
    date=d(6, 22, 17), subject="filecrate link removal - KCSC-240903-01",
    body=f"""Hello,

I am the person who uploaded {F[2]}. FileCrate
sent me your notice. I deleted the file myself today, so please close the
case and do not take action against my account.

Kim Doyun
""",
    outcome="review", review="unknown_sender",
    imitates="uploader writing to the regulator from a personal webmail address",
    why="the status comes from a gmail.com address, not FileCrate's domain",
    items={F[2]: "pending"},
)

case(
    name="fc-out-of-office",
    **{"from": "jonas.weber@filecrate.io"}, name_from="Jonas Weber",
    date=d(3, 10, 3, KST), subject="Automatic reply: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=R1,
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday 9 September with limited access to
email. Takedown notices are handled by the team at abuse@filecrate.io in
the meantime.

Jonas Weber
Compliance, FileCrate GmbH
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply, says nothing about the links",
    items={},
)

# ===== NimbusHost (hosting provider), KCSC-240904-02, 4 items ===============

case(
    name="nh-ticket-autoreply",
    **{"from": "abuse@nimbushost.net"}, name_from="NimbusHost Abuse",
    date=d(4, 11, 1), subject="[NH-ABUSE #88123] AutoReply: [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req=R2,
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: bulk", "RT-Ticket: NH-ABUSE #88123"],
    body="""This is an automated message.

Your message has been received by the NimbusHost abuse team and ticket
#88123 has been opened for it. Please keep "[NH-ABUSE #88123]" in the
subject of any further mail about this matter.

You do not need to reply to this message.

NimbusHost Abuse Department
https://nimbushost.net/abuse
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Request Tracker style ticket-creation auto-reply",
    why="pure ticket receipt, no statement about any URL",
    items={},
)

case(
    name="nh-account-suspended",
    **{"from": "abuse@nimbushost.net"}, name_from="NimbusHost Abuse",
    date=d(5, 15, 30), subject="Re: [NH-ABUSE #88123] [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req=R2,
    body=f"""Hello,

We have reviewed your report and suspended the customer's hosting
package. The following URLs are now offline and show our suspension page:

  {N[1]}
  {N[2]}

We are still checking the other two addresses in your notice and will come
back to you.

Kind regards,
Sofia Lindqvist
Abuse Department | NimbusHost
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk: customer package suspended, URLs offline",
    why="N1 and N2 named as offline after suspension; the other two are explicitly still being checked and not named",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="nh-noc-one-liner",
    **{"from": "noc@nimbushost.net"}, name_from="NimbusHost NOC",
    date=d(6, 9, 14), subject="Re: [NH-ABUSE #88123] [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req=R2,
    body=f"""198.51.100.77 null-routed this morning, so {N[3]} is gone.
-- noc
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a network operations engineer",
    why="the IP was null-routed: the page is unreachable for everyone, removed",
    items={N[3]: "removed"},
)

case(
    name="nh-refusal-under-quote",
    **{"from": "abuse@nimbushost.net"}, name_from="NimbusHost Abuse",
    date=d(9, 13, 5), subject="Re: [NH-ABUSE #88123] [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req=R2,
    body=f"""Hello,

We have looked at {N[4]}.
The product sold there is a registered health supplement and the shop is
run by a licensed retailer. We do not see a breach of our Acceptable Use
Policy, so the page stays online and we will not suspend the site.

Regards,
Sofia Lindqvist
Abuse Department | NimbusHost

On Wed, 4 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text("KCSC-240904-02", [N[i] for i in range(1, 5)]))}
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk refusing with its reason, over the quoted request",
    why="N4 stays online because it breaks no rule: rejected; the quoted URLs are not statements",
    items={N[4]: "rejected"},
)

case(
    name="nh-numbered-update",
    **{"from": "abuse@nimbushost.net"}, name_from="NimbusHost Abuse",
    date=d(10, 16, 48), subject="Re: [NH-ABUSE #88123] [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req=R2,
    body=f"""Update on ticket #88123 (your ref KCSC-240904-02):

1) {N[1]} - account suspended, site offline
2) {N[2]} - offline (same account)
3) {N[3]} - that IP is not assigned to any customer at the moment
   and nothing answers on it; we could not find the page
4) {N[4]} - the customer deleted the product page after our warning

We consider the ticket closed.

NimbusHost Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk numbered per-URL update",
    why="N1 and N2 offline, N3 could not be found, N4 deleted by the customer after a warning (removed)",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found", N[4]: "removed"},
)

case(
    name="nh-angle-brackets-wrapped",
    **{"from": "support@nimbushost.net"}, name_from="NimbusHost Support",
    date=d(7, 18, 20), subject="Re: [NH-ABUSE #88123] [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req=R2,
    body=f"""Hi,

The page below has been disabled by the customer at our request:
<{N[2]}>

The landing page <{N[1]}> has also been taken
down.

Regards,
Minh Tran
NimbusHost Support
""",
    outcome="applied", classification="confirmation",
    imitates="support reply with URLs in angle brackets, statement wrapped over two lines",
    why="N2 disabled (URL on the line below its statement); N1 taken down (sentence wraps after the URL)",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="nh-hedge-appears-down",
    **{"from": "abuse@nimbushost.net"}, name_from="NimbusHost Abuse",
    date=d(6, 12, 33), subject="Re: [NH-ABUSE #88123] [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req=R2,
    body=f"""Hello,

Looking at {N[3]}, the site appears to be down now.
The customer may have removed it themselves. We will confirm once we have
checked the server.

NimbusHost Abuse Department
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="abuse desk hedged interim observation",
    why="'appears to be down', 'may have removed' and 'will confirm' are hedges, not statements",
    items={N[3]: "pending"},
)

case(
    name="nh-no-claims-dealt-with",
    **{"from": "abuse@nimbushost.net"}, name_from="NimbusHost Abuse",
    date=d(13, 10, 2), subject="Your recent complaint",
    body="""Hello,

The matter you reported to us last week has been dealt with.

For future reports please use our web form at https://nimbushost.net/abuse
so that they reach the right queue faster.

Regards,
NimbusHost Abuse Department
""",
    outcome="review", review="no_claims",
    imitates="abuse desk closing note with no ticket, reference or URL",
    why="trusted NimbusHost mail that names no item and references no request (no thread, no ref); the abuse form is not an item",
    items={},
)

# ===== Mokdan community (Korean forum), KCSC-240905-03, 5 items ============

case(
    name="mk-receipt-korean",
    **{"from": "noreply@mokdan.kr"}, name_from="목단 고객센터",
    date=d(5, 9, 35), subject="[목단] 신고 접수 안내 (KCSC-240905-03)",
    reply_to_req=R3,
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 목단 커뮤니티 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다.
접수번호: MD-20240905-0113

처리 결과는 영업일 기준 3~5일 내에 이 메일 주소로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean forum help-desk automatic receipt (신고 접수 안내)",
    why="receipt with a ticket number only; the promise of a later answer says nothing about any post",
    items={},
)

mk_orig = request_text("KCSC-240905-03", [M[1], M[2], M3_RAW, M[4], M[5]], lang="ko")
mk_dsn_text = """This is the mail system at host mail.mokdan.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<report@mokdan.kr>: host mail.mokdan.kr[local] said: 550 5.1.1
    <report@mokdan.kr>: Recipient address rejected: User unknown in local
    recipient table
"""
mk_dsn_status = """Reporting-MTA: dns; mail.mokdan.kr
Arrival-Date: Thu,  5 Sep 2024 09:30:12 +0900

Final-Recipient: rfc822; report@mokdan.kr
Original-Recipient: rfc822;report@mokdan.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report@mokdan.kr>: Recipient address
    rejected: User unknown in local recipient table
"""
mk_dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: report@mokdan.kr
Subject: [KCSC-240905-03] 불법정보 시정요구
Date: Thu, 5 Sep 2024 09:30:00 +0900
Message-ID: <req.b223.03@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{mk_orig}
"""
case(
    name="mk-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mail.mokdan.kr"}, name_from="Mail Delivery System",
    date=d(5, 9, 30), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="\n".join([
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B7C1A2F0.1725496212/mail.mokdan.kr"',
        "",
        "This is a MIME-encapsulated message.",
        "",
        "--B7C1A2F0.1725496212/mail.mokdan.kr",
        "Content-Description: Notification",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        mk_dsn_text,
        "--B7C1A2F0.1725496212/mail.mokdan.kr",
        "Content-Description: Delivery report",
        "Content-Type: message/delivery-status",
        "",
        mk_dsn_status,
        "--B7C1A2F0.1725496212/mail.mokdan.kr",
        "Content-Description: Undelivered Message",
        "Content-Type: message/rfc822",
        "Content-Transfer-Encoding: 8bit",
        "",
        mk_dsn_orig,
        "--B7C1A2F0.1725496212/mail.mokdan.kr--",
    ]),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 user unknown) carrying the original request",
    why="a bounce; the URLs are only in the returned original request",
    items={},
)

mk_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하십니까. 목단 커뮤니티 운영팀입니다.</p>
<p>방송통신심의위원회의 시정요구(참조번호 KCSC-240905-03)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>번호</th><th>URL</th><th>조치 내용</th><th>조치일</th></tr></thead>
<tbody>
<tr><td>1</td><td>{M[1]}</td><td>게시물 삭제</td><td>2024.09.09</td></tr>
<tr><td>2</td><td>{M[2]}</td><td>블라인드 처리</td><td>2024.09.09</td></tr>
<tr><td>3</td><td><a href="{M[3]}">{M3_RAW}</a></td><td>게시중단</td><td>2024.09.09</td></tr>
<tr><td>4</td><td>{M[4]}</td><td>임시조치(30일)</td><td>2024.09.09</td></tr>
<tr><td>5</td><td>{M[5]}</td><td>해당 회원 탈퇴로 게시물 없음</td><td>-</td></tr>
</tbody></table>
<p>감사합니다.<br>목단 커뮤니티 운영팀 드림</p>
</body></html>"""
case(
    name="mk-html-result-table",
    **{"from": "operation@mokdan.kr"}, name_from="목단 운영팀",
    date=d(9, 17, 10), subject="Re: [KCSC-240905-03] 불법정보 시정요구 조치 결과 회신",
    reply_to_req=R3, type="html", body=mk_html,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (HTML)",
    why="삭제, 블라인드, 게시중단 are removals; 임시조치 is restricted; member left and no posts exist: not_found",
    items={M[1]: "removed", M[2]: "removed", M[3]: "removed", M[4]: "restricted", M[5]: "not_found"},
)

case(
    name="mk-admin-two-lines",
    **{"from": "admin@mokdan.kr"}, name_from="목단 운영자",
    date=d(6, 23, 41), subject="Re: [KCSC-240905-03] 불법정보 시정요구",
    reply_to_req=R3,
    body=f"""{M[1]} 삭제했습니다.
{M[2]} 은 작성자가 먼저 지웠네요.

목단 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="small-forum administrator's two-line Korean reply",
    why="M1 deleted by the admin; M2 already deleted by its author: not_found",
    items={M[1]: "removed", M[2]: "not_found"},
)

case(
    name="mk-fullwidth-particles",
    **{"from": "operation@mokdan.kr"}, name_from="목단 운영팀",
    date=d(7, 14, 26), subject="Re: [KCSC-240905-03] 불법정보 시정요구",
    reply_to_req=R3,
    body=f"""안녕하세요, 목단 커뮤니티 운영팀입니다.

요청하신 게시물 중 {M[2]}은 블라인드 처리하였고,
{M3_RAW}（중고장터 판매글）은 운영원칙 위반으로 삭제하였습니다。
나머지 게시물은 확인 중이며 확인되는 대로 다시 연락드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum operations reply, URLs followed by particles and full-width punctuation",
    why="M2 블라인드 (removed); the raw-Korean M3 URL deleted; the rest are unnamed and still being checked",
    items={M[2]: "removed", M[3]: "removed"},
)

mk_csv = io.StringIO()
_w = csv.writer(mk_csv, lineterminator="\r\n")
_w.writerow(["번호", "URL", "처리결과", "비고"])
_w.writerow([1, M[1], "삭제", ""])
_w.writerow([2, M[2], "임시조치", "30일"])
_w.writerow([3, M[3], "삭제", ""])
_w.writerow([4, M[4], "게시물 없음", "작성자 본인 삭제"])
_w.writerow([5, M[5], "조치 안함", "위반 사항 없음(정상 게시물)"])
case(
    name="mk-csv-korean-columns",
    **{"from": "operation@mokdan.kr"}, name_from="목단 운영팀",
    date=d(11, 11, 5), subject="Re: [KCSC-240905-03] 시정요구 처리 결과 송부",
    reply_to_req=R3,
    raw_mime=mixed("mk-2f9e01", """안녕하세요. 목단 커뮤니티 운영팀입니다.

시정요구 건(KCSC-240905-03)의 처리 결과를 첨부 파일(CSV)로 송부드립니다.
문의 사항은 회신 주시기 바랍니다.

목단 운영팀 드림
""", [("KCSC-240905-03_처리결과.csv", "text/csv; charset=utf-8", "\ufeff" + mk_csv.getvalue())]),
    outcome="applied", classification="confirmation",
    imitates="Korean forum result spreadsheet (CSV with BOM, Korean column names)",
    why="CSV: 삭제 x2 removed, 임시조치 restricted, 게시물 없음 (author deleted) not_found, 조치 안함/위반 없음 rejected",
    items={M[1]: "removed", M[2]: "restricted", M[3]: "removed", M[4]: "not_found", M[5]: "rejected"},
)

case(
    name="mk-under-review-korean",
    **{"from": "operation@mokdan.kr"}, name_from="목단 운영팀",
    date=d(6, 15, 0), subject="Re: [KCSC-240905-03] 불법정보 시정요구",
    reply_to_req=R3,
    body=f"""안녕하세요, 목단 운영팀입니다.

요청하신 {M[4]} 게시물은 현재 내부 검토 중이며,
검토 결과에 따라 조치한 뒤 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Korean forum interim reply (검토 중)",
    why="'검토 중 ... 조치한 뒤 안내' is under review and a promise: M4 stays pending",
    items={M[4]: "pending"},
)

case(
    name="mk-bulk-korean",
    **{"from": "operation@mokdan.kr"}, name_from="목단 운영팀",
    date=d(10, 10, 15), subject="Re: [KCSC-240905-03] 불법정보 시정요구",
    reply_to_req=R3,
    body="""안녕하세요, 목단 커뮤니티 운영팀입니다.

시정요구하신 게시물 5건 모두 삭제 조치 완료하였습니다.
향후에도 건전한 커뮤니티 운영을 위해 노력하겠습니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Korean forum one-sentence completion notice for a whole request",
    why="'5건 모두 삭제' covers a five-item request without naming any post: bulk",
    items={},
)

case(
    name="mk-auth-fail",
    **{"from": "operation@mokdan.kr"}, name_from="목단 운영팀", auth="fail",
    date=d(8, 2, 13), subject="Re: [KCSC-240905-03] 불법정보 시정요구",
    reply_to_req=R3,
    body=f"""안녕하세요, 목단 운영팀입니다.

{M[1]} - 삭제 완료
{M[2]} - 삭제 완료

감사합니다.
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="Korean forum result list arriving with failed DKIM/SPF/DMARC",
    why="mokdan.kr domain but authentication failed: untrusted, nothing applied",
    items={M[1]: "pending", M[2]: "pending"},
)

case(
    name="mk-admin-from-gmail",
    **{"from": "mokdan.admin@gmail.com"}, name_from="목단 운영자",
    date=d(8, 21, 30), subject="Re: [KCSC-240905-03] 불법정보 시정요구",
    reply_to_req=R3,
    body=f"""목단 운영자입니다. 회사 메일이 안 돼서 개인 메일로 보냅니다.

{M[1]} 삭제했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="small-forum admin answering from a personal webmail account",
    why="statement from gmail.com, not mokdan.kr, even though it threads on the request",
    items={M[1]: "pending"},
)

case(
    name="mk-single-request-blind",
    **{"from": "operation@mokdan.kr"}, name_from="목단 운영팀",
    date=d(12, 16, 45), subject="Re: [KCSC-240911-07] 불법정보 시정요구",
    reply_to_req=R7,
    body="""안녕하세요. 목단 커뮤니티 운영팀입니다.

요청하신 게시물은 금일 블라인드 처리되었으며, 작성자에게는 7일 이용정지
조치를 하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum 블라인드 처리 notice for a single post",
    why="reply to a one-item request: '요청하신 게시물은 블라인드 처리' applies to its only item",
    items={M[6]: "removed"},
)

# ===== Sajinpan (image board), KCSC-240906-04, 3 items =====================

case(
    name="sp-read-receipt",
    **{"from": "mods@sajinpan.net"}, name_from="Sajinpan Mods",
    date=d(6, 10, 20), subject="Read: [KCSC-240906-04] Request for removal of illegal content",
    raw_mime="\n".join([
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-4c2d"',
        "",
        "--mdn-4c2d",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "This is a receipt for the mail you sent to mods@sajinpan.net at 9/6/2024 10:00 AM.",
        "",
        "This receipt verifies that the message has been displayed on the recipient's",
        "computer. There is no guarantee that the content has been read or understood.",
        "",
        "--mdn-4c2d",
        "Content-Type: message/disposition-notification",
        "",
        "Reporting-UA: sajinpan.net; Thunderbird 115.14.0",
        "Final-Recipient: rfc822;mods@sajinpan.net",
        "Original-Message-ID: <req.b223.04@kcsc.example>",
        "Disposition: manual-action/MDN-sent-manually; displayed",
        "",
        "--mdn-4c2d--",
    ]),
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird message disposition notification (read receipt)",
    why="MDN: says only that the request was displayed",
    items={},
)

case(
    name="sp-janitor-informal",
    **{"from": "ren@sajinpan.net"}, name_from="ren - sajinpan mods",
    date=d(8, 3, 12), subject="Re: [KCSC-240906-04] Request for removal of illegal content",
    reply_to_req=R4,
    body=f"""hi kcsc,

deleted {S[1]} and purged the image
{S[3]} from the file server, poster banned.

{S[2]} had already been pruned off the board
before I got to it, nothing exists at that address anymore.

- ren, sajinpan mod team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board volunteer moderator's informal reply",
    why="S1 deleted, S3 purged (removed); S2 pruned before the mod saw it and no longer exists: not_found",
    items={S[1]: "removed", S[3]: "removed", S[2]: "not_found"},
)

case(
    name="sp-geo-block-kr",
    **{"from": "admin@sajinpan.net"}, name_from="Sajinpan Admin",
    date=d(10, 1, 55), subject="Re: [KCSC-240906-04] Request for removal of illegal content",
    reply_to_req=R4,
    body=f"""Hello,

Thread {S[2]} is now unavailable to visitors from
South Korea (geo-block at our edge). It stays up elsewhere, since it is
legal where we operate.

admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin applying a country geo-block",
    why="S2 blocked for Korean visitors only: restricted",
    items={S[2]: "restricted"},
)

case(
    name="sp-ticket-plus-statement",
    **{"from": "support@sajinpan.net"}, name_from="Sajinpan Support",
    date=d(9, 8, 40), subject="Re: [KCSC-240906-04] Request for removal of illegal content [ticket #4471]",
    reply_to_req=R4,
    body=f"""Thanks for your report, it has been logged as ticket #4471.

The image {S[3]} has been deleted and the uploader
has been banned for 30 days. The two threads are still with the
moderators.

Sajinpan Support
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk receipt that also reports an action taken",
    why="acknowledgement phrase plus an unhedged statement: S3 deleted; the threads are unnamed and still in review",
    items={S[3]: "removed"},
)

case(
    name="sp-asks-legal-basis",
    **{"from": "admin@sajinpan.net"}, name_from="Sajinpan Admin",
    date=d(7, 4, 2), subject="Re: [KCSC-240906-04] Request for removal of illegal content",
    reply_to_req=R4,
    body=f"""Hello,

Before we act on {S[1]} we need to know the
legal basis: please send us the Korean statute or decision that makes
this content illegal. Our admins are volunteers and we only remove what
breaks our rules or a law that applies to us.

admin
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="small-site admin asking for the legal basis before acting",
    why="asks for the statute before acting; S1 stays pending",
    items={S[1]: "pending"},
)

# ===== EdgeVeil (CDN), KCSC-240909-05, 2 items ==============================

case(
    name="ev-dsn-delayed",
    **{"from": "postmaster@edgeveil.com"}, name_from="Mail Delivery Subsystem",
    date=d(9, 14, 0, UTC), subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="\n".join([
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dly-0909"',
        "",
        "--dly-0909",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "This is an automatically generated Delivery Status Notification.",
        "",
        "THIS IS A WARNING MESSAGE ONLY.",
        "YOU DO NOT NEED TO RESEND YOUR MESSAGE.",
        "",
        "Delivery to the following recipient has been delayed:",
        "",
        "     abuse@edgeveil.com",
        "",
        "Message will be retried for 4 more day(s).",
        "",
        "--dly-0909",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mx2.edgeveil.com",
        "",
        "Final-Recipient: rfc822; abuse@edgeveil.com",
        "Action: delayed",
        "Status: 4.2.2",
        "Diagnostic-Code: smtp; 452 4.2.2 Mailbox full",
        "",
        "--dly-0909",
        "Content-Type: text/rfc822-headers",
        "",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "To: abuse@edgeveil.com",
        "Subject: [KCSC-240909-05] Request for removal of illegal content",
        "Message-ID: <req.b223.05@kcsc.example>",
        "",
        "--dly-0909--",
    ]),
    outcome="ignored", classification="bounce",
    imitates="delivery-delay DSN (Action: delayed, mailbox full)",
    why="a delay warning, says nothing about the content",
    items={},
)

case(
    name="ev-service-terminated",
    **{"from": "abuse@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date=d(12, 2, 10, UTC), subject="Re: [KCSC-240909-05] Request for removal of illegal content",
    reply_to_req=R5,
    body=f"""Hello,

Following our review under the EdgeVeil Acceptable Use Policy, we have
terminated our services for the domain pharma-quick24.shop. Requests to
the URLs below now receive an EdgeVeil error page (HTTP 451) worldwide:

- {E[1]}
- {E[2]}

Acceptable Use Policy: https://www.edgeveil.com/legal/aup

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN terminating service under its own AUP, block page worldwide",
    why="both URLs now answer with a block page worldwide: removed; the AUP link is not an item",
    items={E[1]: "removed", E[2]: "removed"},
)

case(
    name="ev-kr-block-and-refusal",
    **{"from": "abuse@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date=d(13, 5, 33, UTC), subject="Re: [KCSC-240909-05] Request for removal of illegal content",
    reply_to_req=R5,
    body=f"""Hello,

We have blocked access from Korean IP addresses to {E[1]}.

The page at {E[2]} advertises an over-the-counter
product. We found no violation of our policies there and have taken no
action on it.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN country block for one URL and a reasoned refusal for the other",
    why="E1 blocked from Korea: restricted; E2 no violation, no action: rejected",
    items={E[1]: "restricted", E[2]: "rejected"},
)

case(
    name="ev-not-the-host",
    **{"from": "abuse@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date=d(10, 6, 18, UTC), subject="Re: [KCSC-240909-05] Request for removal of illegal content",
    reply_to_req=R5,
    body=f"""Hello,

EdgeVeil provides reverse-proxy and content delivery services. We do not
host the content at {E[1]} or
{E[2]}, and we cannot remove material that
is hosted by others.

We have forwarded your report to the hosting provider (Originbay Ltd.,
abuse@originbay.example) and to the website operator. You may wish to
contact the hosting provider directly.

EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="CDN 'we are not the hosting provider, report forwarded' reply",
    why="no status for either URL: the CDN neither removed nor judged the content, it passed the report on",
    items={E[1]: "pending", E[2]: "pending"},
)

case(
    name="ev-states-host-took-down",
    **{"from": "abuse@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date=d(11, 7, 40, UTC), subject="Abuse report regarding toto-bada.nimbus-sites.net",
    body=f"""Hello,

You copied us on a report about toto-bada.nimbus-sites.net, which uses
our proxy service. For your information, the origin hosting provider has
taken the site down: {N[1]} now returns
an error from the origin and we have removed the hostname from our
network.

EdgeVeil Trust & Safety
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="CDN telling the reporter what the origin host did",
    why="EdgeVeil states a status for NimbusHost's item N1",
    items={N[1]: "pending"},
)

# ===== Hanbit Domains (registrar), KCSC-240910-06, 1 item ==================

case(
    name="hb-ooo-korean",
    **{"from": "ys.park@hanbitdomains.co.kr"}, name_from="박윤서",
    date=d(10, 10, 1), subject="[자동응답] Re: [KCSC-240910-06] 불법 도박 사이트 도메인 조치 요청",
    reply_to_req=R6,
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 박윤서입니다.

9월 13일(금)까지 휴가로 부재중입니다. 메일은 복귀 후 확인하겠습니다.
급한 도메인 관련 신고는 abuse@hanbitdomains.co.kr 로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (자동응답, 부재중)",
    why="부재중 auto-reply, nothing about the domain",
    items={},
)

case(
    name="hb-domain-hold-korean",
    **{"from": "abuse@hanbitdomains.co.kr"}, name_from="한빛도메인 고객지원센터",
    date=d(12, 14, 20), subject="Re: [KCSC-240910-06] 불법 도박 사이트 도메인 조치 요청",
    reply_to_req=R6,
    body="""안녕하세요. 한빛도메인 고객지원센터입니다.

요청하신 도메인(daebak-slot99.com)은 등록약관 제12조 위반으로
2024년 9월 12일 자로 도메인 정지(clientHold) 처리되었으며, 현재 더 이상
접속되지 않습니다.

감사합니다.
한빛도메인 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar notice of a domain hold (clientHold)",
    why="the only item's domain is on hold and no longer resolves anywhere: removed",
    items={H1: "removed"},
)

case(
    name="hb-forwarded-to-registrant",
    **{"from": "abuse@hanbitdomains.co.kr"}, name_from="Hanbit Domains Abuse",
    date=d(11, 9, 50), subject="Re: [KCSC-240910-06] 불법 도박 사이트 도메인 조치 요청",
    reply_to_req=R6,
    body="""Dear KCSC,

We have forwarded your complaint about daebak-slot99.com to the
registrant and asked for a response within 5 business days. If the
registrant fails to respond, the domain will be suspended.

Hanbit Domains Abuse Team
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="registrar forwarding the complaint to the registrant with a conditional suspension",
    why="'will be suspended' if the registrant does not respond: conditional promise, H1 stays pending",
    items={H1: "pending"},
)


HEADER = """# blind223: hosts, CDN, registrar, forum, image board, file host; informal
# replies, CSV attachments and plain-text tables. Written from each email's
# meaning before the reader was run (see NOTES.md). Generated by make.py.
"""

if __name__ == "__main__":
    write_requests()
    import shutil
    cases_dir = os.path.join(HERE, "cases")
    if os.path.isdir(cases_dir):
        shutil.rmtree(cases_dir)
    from email.header import Header
    for c in C:
        # non-ASCII display names and subjects go out RFC 2047-encoded, as real mail does
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode()
    corpuslib.write_set(HERE, "blind223", HEADER, C)
