#!/usr/bin/env python3
"""Blind set 733: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste service answering (often informally),
plus CSV attachments and plain-text tables.

Deterministic: `python3 tests/corpus/blind733/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from each email's meaning before any run of the reader.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(s):
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KST))


# ---------------------------------------------------------------- requests
H = "https://{}.nimbus-sites.net/{}"
H1 = H.format("gold-coin-kr", "index.html")
H2 = H.format("gold-coin-kr", "signup.php")
H3 = H.format("bestpills24", "")
H4 = H.format("bestpills24", "order/7")
H5 = H.format("toto-win7", "event/0911")
H6 = H.format("toto-win7", "bonus")
H7 = H.format("nightcam-kr", "gallery/3312")
H8 = H.format("nightcam-kr", "gallery/3313")
H9 = H.format("nightcam-kr", "vip")
H10 = H.format("fakeid-maker", "")
H11 = H.format("loan-quick99", "apply")
H12 = H.format("loan-quick99", "contact")
HOST = [H1, H2, H3, H4, H5, H6, H7, H8, H9, H10, H11, H12]

C1 = "https://haneul-slot88.xyz/"
C2 = "https://haneul-slot88.xyz/join"
C3 = "https://cdn.kkumtv-live.top/stream/ch07.m3u8"
CDN = [C1, C2, C3]

F1 = "https://hanpan.kr/free/882143"
F2 = "https://hanpan.kr/free/882190"
F3_RAW = "https://hanpan.kr/유머/55120"
F3 = "https://hanpan.kr/" + quote("유머") + "/55120"
F4 = "https://hanpan.kr/market/20931"
FORUM = [F1, F2, F3, F4]

P1 = "https://pixboard.org/b/res/418822.html"
P2 = "https://pixboard.org/kr/res/90211.html"
P3 = "https://i.pixboard.org/kr/1726011234567.jpg"
P4 = "https://pixboard.org/pol/res/77310.html"
P5 = "https://i.pixboard.org/b/1725899001122.png"
PIX = [P1, P2, P3, P4, P5]

D1 = "https://dropvault.io/f/Qm7XkP2a"
D2 = "https://dropvault.io/f/Zr81LwNe"
D3 = "https://dropvault.io/f/Ht4bYc90"
D4 = "https://dropvault.io/folder/8821aa"
DROP = [D1, D2, D3, D4]

R1 = "http://hanbit-bank-verify.com/"
R2 = "http://hanbit-bank-verify.net/login"
REG = [R1, R2]

S1 = "https://pastenote.io/p/7hXq2LmA"

REQUESTS = [
    ("KCSC-240902-01", "nimbushost", "2024-09-02", "2024-09-09", HOST, "illegal_gambling_and_fraud", "req-240902-01"),
    ("KCSC-240903-02", "edgeshield", "2024-09-03", "2024-09-10", CDN, "illegal_gambling", "req-240903-02"),
    ("KCSC-240904-03", "hanpan", "2024-09-04", "2024-09-11", FORUM, "defamation", "req-240904-03"),
    ("KCSC-240905-04", "pixboard", "2024-09-05", "2024-09-12", PIX, "obscene", "req-240905-04"),
    ("KCSC-240906-05", "dropvault", "2024-09-06", "2024-09-13", DROP, "copyright", "req-240906-05"),
    ("KCSC-240909-06", "hanname", "2024-09-09", "2024-09-16", REG, "phishing", "req-240909-06"),
    ("KCSC-240910-07", "pastenote", "2024-09-10", "2024-09-17", [S1], "personal_data", "req-240910-07"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid in REQUESTS:
        for i, u in enumerate(urls, 1):
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", "item %d of %d" % (i, len(urls))])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, sent_line, urls):
    """The regulator's request as a platform's mail client would quote it."""
    lines = [
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        "disable access to the following content (reference %s):" % ref,
        "",
    ]
    lines += ["%d. %s" % (i, u) for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown desk"]
    return lines


def gt_quote(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def multipart(boundary, parts, subtype="mixed", extra=""):
    out = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, extra), "",
           "This is a multi-part message in MIME format.", ""]
    for headers, body in parts:
        out.append("--" + boundary)
        out += headers
        out.append("")
        out.append(body.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def text_part(body, charset="utf-8", cte="8bit", ctype="text/plain"):
    if cte == "base64":
        body = b64(body)
    elif cte == "quoted-printable":
        body = qp(body)
    return (["Content-Type: %s; charset=%s" % (ctype, charset), "Content-Transfer-Encoding: " + cte], body)


def csv_part(name, text):
    return (["Content-Type: text/csv; charset=utf-8; name=\"%s\"" % name,
             "Content-Disposition: attachment; filename=\"%s\"" % name,
             "Content-Transfer-Encoding: base64"], b64(text))


# ---------------------------------------------------------------- cases
cases = []


def case(**c):
    cases.append(c)


NB = "Nimbus Hosting Abuse Desk"

# ---- Nimbus Hosting (KCSC-240902-01, 12 items) -------------------------
case(
    name="nimbus-abuse-desk-prose", from_="abuse@nimbushost.net", name_from=NB,
    date=d("2024-09-03 11:20:41"), subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thank you for the report. The hosting account behind gold-coin-kr was
suspended this morning after we confirmed it was running an unlicensed
exchange. Both of the pages you listed, {H1} and
{H2}, are disabled and now return our
suspension page.

We are still going through the other sites in your list and will write
separately about them.

Kind regards,
Jonas Lindqvist
Abuse Desk | Nimbus Hosting
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse-desk reply after suspending a customer account",
    why="two named pages disabled (removed); the rest is a promise about other sites",
    items={H1: "removed", H2: "removed"},
)

NB_CSV = "\n".join([
    "url,result,checked_at_utc",
    f"{H1},suspended - account terminated,2024-09-04 02:10",
    f"{H2},suspended - account terminated,2024-09-04 02:10",
    f"{H3},content removed by Nimbus,2024-09-04 02:31",
    f"{H4},content removed by Nimbus,2024-09-04 02:31",
    f"{H5},site disabled,2024-09-04 02:40",
    f"{H6},site disabled,2024-09-04 02:40",
    f"{H7},content removed by Nimbus,2024-09-04 03:05",
    f"{H8},content removed by Nimbus,2024-09-04 03:05",
    f"{H9},404 - path does not exist on the account,2024-09-04 03:06",
    f"{H10},no action - no AUP violation found (novelty card template),2024-09-04 03:20",
    f"{H11},site disabled,2024-09-04 03:44",
    f"{H12},404 - path does not exist on the account,2024-09-04 03:44",
]) + "\n"
case(
    name="nimbus-csv-attachment-all-items", from_="abuse@nimbushost.net", name_from=NB,
    date=d("2024-09-04 13:02:10"), subject="Re: [KCSC-240902-01] Request to remove content - results",
    reply_to_req="req-240902-01",
    raw_mime=multipart("nb-7731-a", [
        text_part("""Hello,

Attached is the result sheet for all 12 URLs of KCSC-240902-01. Times are
UTC. Anything marked "no action" was reviewed by two people on the team.

Regards,
Nimbus Hosting Abuse Desk
"""),
        csv_part("KCSC-240902-01_results.csv", NB_CSV),
    ]),
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse ticket closed with a spreadsheet of per-URL results",
    why="CSV attachment gives one result per URL: removed, not_found and one rejection",
    items={H1: "removed", H2: "removed", H3: "removed", H4: "removed", H5: "removed",
           H6: "removed", H7: "removed", H8: "removed", H9: "not_found", H10: "rejected",
           H11: "removed", H12: "not_found"},
)

case(
    name="nimbus-plaintext-table", from_="t.okafor@nimbushost.net", name_from="Tobi Okafor",
    date=d("2024-09-05 09:48:00"), subject="RE: [KCSC-240902-01] status",
    reply_to_req="req-240902-01",
    body=f"""Hi KCSC team,

Status of the remaining entries on our side:

URL                                                 Action
--------------------------------------------------  ---------------------
{H7:<50}  removed
{H8:<50}  removed
{H9:<50}  no such path
{H11:<50}  disabled
{H12:<50}  kept online, see below

The contact page of loan-quick99 lists only a postal address and a phone
number; it does not break our acceptable use policy, so we left it up.

Tobi
Nimbus Hosting - Trust & Safety
https://nimbushost.net/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text table pasted by a hosting T&S engineer",
    why="fixed-width table: two removed, one no such path, one disabled, one kept online with a reason",
    items={H7: "removed", H8: "removed", H9: "not_found", H11: "removed", H12: "rejected"},
)

OUTLOOK_Q = "\n".join([
    "-----Original Message-----",
    "From: KCSC Takedown <takedown@kcsc.example>",
    "Sent: Monday, September 2, 2024 10:03 AM",
    "To: abuse@nimbushost.net",
    "Subject: [KCSC-240902-01] Request to remove content",
    "",
] + request_text("KCSC-240902-01", "", HOST))
case(
    name="nimbus-top-posted-outlook", from_="m.park@nimbushost.net", name_from="Minseo Park",
    date=d("2024-09-04 17:31:09"), subject="RE: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""Hi,

nightcam-kr account is terminated. These three are offline now:
{H7}
{H8}
{H9}

Minseo Park | Abuse Desk | Nimbus Hosting

{OUTLOOK_Q}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted one-liner over the quoted request",
    why="three named URLs taken offline after account termination; the quoted request below changes nothing",
    items={H7: "removed", H8: "removed", H9: "removed"},
)

GMAIL_Q = gt_quote(request_text("KCSC-240902-01", "", HOST))
case(
    name="nimbus-gmail-quote-two-urls", from_="abuse@nimbushost.net", name_from=NB,
    date=d("2024-09-03 20:15:55"), subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""toto-win7 is gone - we disabled the whole site, so

{H5}
{H6}

both return 410 now.

--
Nimbus Hosting Abuse Desk

On Mon, 2 Sept 2024 at 10:03, KCSC Takedown <takedown@kcsc.example> wrote:
{GMAIL_Q}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style short reply above a '>' quoted request",
    why="site disabled, both named URLs gone; quoted lines are not statements",
    items={H5: "removed", H6: "removed"},
)

case(
    name="nimbus-ticket-echo-resolved", from_="support@nimbushost.net", name_from="Nimbus Hosting Support",
    date=d("2024-09-06 08:00:12"), subject="[Ticket NB-55821] Resolved: abuse report KCSC-240902-01",
    body=f"""Ticket NB-55821 has been marked RESOLVED.

---- Your report ----
Reference: KCSC-240902-01
Reported URL: {H10}
Category: fraud / forged documents

---- Resolution ----
After our notice the customer deleted the generator from the site and
the reported URL now serves an empty directory. We consider the matter
resolved.

You can reply to this email to reopen the ticket.
Nimbus Hosting Support - https://support.nimbushost.net/tickets
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk (ticket system) resolution mail echoing the report",
    why="customer deleted the content at the named URL after notice: removed",
    items={H10: "removed"},
)

case(
    name="nimbus-ack-plus-statements", from_="abuse@nimbushost.net", name_from=NB,
    date=d("2024-09-03 09:12:30"), subject="Re: [KCSC-240902-01] Request to remove content [NB-55790]",
    reply_to_req="req-240902-01",
    body=f"""Hello,

We received your report and opened ticket NB-55790 for it.

One of the sites was already on our radar: {H11} has been disabled
today. The page {H12} only shows an address and
telephone number, which is not a breach of our terms, so it stays up.

We will get back to you about the other URLs.

Nimbus Hosting Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk receipt that also reports the first actions",
    why="acknowledgement phrase plus unhedged statements: one disabled, one refused with a reason",
    items={H11: "removed", H12: "rejected"},
)

case(
    name="nimbus-promise-customer-notified", from_="abuse@nimbushost.net", name_from=NB,
    date=d("2024-09-03 15:40:00"), subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    body=f"""Hello,

We have passed your complaint about
  {H3}
  {H4}
on to our customer and given them 48 hours to take the pages down. If
they have not done so by then we will suspend the account.

Nimbus Hosting Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="hosting provider forwarding the complaint to its customer with a deadline",
    why="only a promise and a condition: nothing has happened to the two named pages yet",
    items={H3: "pending", H4: "pending"},
)

case(
    name="nimbus-forwarded-customer-answer", from_="abuse@nimbushost.net", name_from=NB,
    date=d("2024-09-05 12:05:44"), subject="Fwd: Re: Abuse complaint for toto-win7 [NB-55790]",
    reply_to_req="req-240902-01",
    body=f"""FYI, our customer's answer below.

Nimbus Hosting Abuse Desk

---------- Forwarded message ---------
From: webmaster toto-win7 <win7admin@mailbox.example>
Date: Thu, 5 Sep 2024 at 11:47
Subject: Re: Abuse complaint for toto-win7 [NB-55790]
To: <abuse@nimbushost.net>

i deleted both pages already
{H5}
{H6}
please do not suspend my hosting
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="hosting provider forwarding its customer's reply without comment",
    why="the statement is the customer's, forwarded; the platform itself states nothing",
    items={H5: "pending", H6: "pending"},
)

case(
    name="nimbus-auth-fail", from_="abuse@nimbushost.net", name_from=NB, auth="fail",
    date=d("2024-09-04 02:13:00"), subject="Re: [KCSC-240902-01] Request to remove content",
    body=f"""Hello,

All sites in KCSC-240902-01 are removed. In particular
{H3} and {H4} were deleted.

Abuse Desk
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk reply whose DKIM/SPF/DMARC checks fail",
    why="claims come from a nimbushost.net address failing authentication",
    items={H3: "pending", H4: "pending"},
)

case(
    name="nimbus-out-of-office", from_="j.lindqvist@nimbushost.net", name_from="Jonas Lindqvist",
    date=d("2024-09-02 10:04:02"), subject="Automatic reply: [KCSC-240902-01] Request to remove content",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday 16 September with limited access to
email. For abuse reports please write to abuse@nimbushost.net, which is
monitored around the clock.

Jonas
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange out-of-office automatic reply",
    why="out-of-office auto-reply",
)

case(
    name="nimbus-ticket-receipt-echo", from_="support@nimbushost.net", name_from="Nimbus Hosting Support",
    date=d("2024-09-02 10:05:31"), subject="[Ticket NB-55790] We received your abuse report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""This is an automatic confirmation. Your abuse report was received and
ticket NB-55790 has been created. An agent will look at it, usually
within two business days. Please keep the ticket number in the subject
line if you write to us about this report.

---- Summary of your report ----
Subject: [KCSC-240902-01] Request to remove content
First URL: {H1}
URLs in report: 12

Nimbus Hosting Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk auto-receipt with a summary of the report",
    why="pure ticket receipt; the echoed URL carries no statement",
    items={H1: "pending"},
)

# ---- EdgeShield CDN (KCSC-240903-02, 3 items) --------------------------
ES = "EdgeShield Trust & Safety"
case(
    name="edgeshield-geo-block-kr", from_="abuse@edgeshield.net", name_from=ES,
    date=d("2024-09-05 03:22:17"), subject="Re: [KCSC-240903-02] Abuse report 4471802",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Following your report, EdgeShield has blocked access from the Republic of
Korea to the following URLs served through our network:

- {C1}
- {C2}

Visitors from other countries are not affected. The site operator has
been informed and may appeal through https://edgeshield.net/appeals.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety notice of a country block",
    why="two named URLs blocked for Korea only: restricted; the appeals link is not an item",
    items={C1: "restricted", C2: "restricted"},
)

case(
    name="edgeshield-stream-disabled", from_="abuse@edgeshield.net", name_from=ES,
    date=d("2024-09-06 14:10:00"), subject="Re: [KCSC-240903-02] Abuse report 4471802",
    reply_to_req="req-240903-02",
    body=f"""Hi,

The live-stream endpoint you reported was hosted on our video product, not
just proxied. We have disabled it and purged the cached segments:

{C3}

It returns 451 worldwide.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN edge-hosting takedown confirmation",
    why="endpoint hosted by the CDN itself, disabled worldwide: removed (URL on the line below)",
    items={C3: "removed"},
)

case(
    name="edgeshield-html-table", from_="abuse@edgeshield.net", name_from=ES,
    date=d("2024-09-07 10:30:00"), subject="Abuse report 4471802 - case closed (KCSC-240903-02)",
    reply_to_req="req-240903-02",
    raw_mime=multipart("es-44-alt", [
        text_part(f"""Abuse report 4471802 - case closed

URL: {C1} - Blocked in KR
URL: {C2} - Blocked in KR
URL: {C3} - Not found: hostname is not on our network
""", cte="quoted-printable"),
        text_part(f"""<html><body style="font-family:Arial">
<h3>Abuse report 4471802 &ndash; case closed</h3>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td>{C1}</td><td>Blocked in KR</td></tr>
<tr><td>{C2}</td><td>Blocked in KR</td></tr>
<tr><td>{C3}</td><td>Not found: hostname is not on our network</td></tr>
</table>
<p><a href="https://edgeshield.net/trust/abuse-policy">Abuse policy</a></p>
</body></html>
""", cte="quoted-printable", ctype="text/html"),
    ], subtype="alternative"),
    outcome="applied", classification="confirmation",
    imitates="CDN case-closed mail with an HTML table of outcomes",
    why="table: two blocked in KR (restricted), one hostname unknown to the CDN (not_found)",
    items={C1: "restricted", C2: "restricted", C3: "not_found"},
)

case(
    name="edgeshield-not-the-host", from_="abuse@edgeshield.net", name_from=ES,
    date=d("2024-09-04 01:05:09"), subject="Re: [KCSC-240903-02] Abuse report 4471802",
    reply_to_req="req-240903-02",
    body=f"""Hello,

EdgeShield is a pass-through proxy for {C1} and
{C2}; we do not store that website's content and cannot remove it.
We have sent your report to the hosting provider (Orbitra Cloud,
abuse@orbitra.example) and to the site owner, who are the ones able to
act on it.

EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we do not host this content, report forwarded to the host' reply",
    why="names both URLs but states no action on them: passed on to the host, not a refusal",
    items={C1: "pending", C2: "pending"},
)

case(
    name="edgeshield-form-autoreply", from_="no-reply@edgeshield.net", name_from="EdgeShield",
    date=d("2024-09-03 09:00:41"), subject="Auto: we did not process your email",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This mailbox does not process complaints sent by email. To make sure your
report reaches the right team, please submit it at
https://edgeshield.net/abuse/report. This is an automated message.
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN auto-reply pointing to its web form",
    why="automatic reply, no statement about any item",
)

case(
    name="edgeshield-about-pixboard-image", from_="abuse@edgeshield.net", name_from=ES,
    date=d("2024-09-09 16:44:00"), subject="Abuse report 4472390 - i.pixboard.org",
    body=f"""Hello,

The image {P3} is delivered through our network on behalf of our customer
pixboard.org. We have blocked it for visitors in South Korea.

EdgeShield Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN stating an action on content of another platform it fronts",
    why="EdgeShield states a status for a Pixboard item",
    items={P3: "pending"},
)

# ---- Hanpan forum (KCSC-240904-03, 4 items) -----------------------------
HP = "한판 운영자"
case(
    name="hanpan-admin-one-line", from_="admin@hanpan.kr", name_from=HP,
    date=d("2024-09-04 22:51:03"), subject="Re: [KCSC-240904-03] 게시물 삭제 요청",
    reply_to_req="req-240904-03",
    body=f"""{F1} 글 삭제했습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin answering in one line",
    why="one named post deleted",
    items={F1: "removed"},
)

case(
    name="hanpan-numbered-list-ko", from_="admin@hanpan.kr", name_from=HP,
    date=d("2024-09-05 10:13:40"), subject="Re: [KCSC-240904-03] 게시물 삭제 요청",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요, 한판 커뮤니티 운영자입니다.
요청하신 건 확인 결과 알려드립니다.

1. {F2}
   - 블라인드 처리 완료
2. {F3_RAW}
   - 작성자가 이미 삭제한 글입니다
3. {F4}
   - 개인 간 중고거래 글로 운영정책 위반 사항이 없어 유지합니다

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community operator's numbered answer (블라인드, 작성자 삭제, 유지)",
    why="blinded (removed), already deleted by its author (not_found), kept as no rule broken (rejected); raw Korean path",
    items={F2: "removed", F3: "not_found", F4: "rejected"},
)

HP_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>시정요구(KCSC-240904-03)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{F1}</td><td>삭제</td><td>2024.09.05</td></tr>
<tr><td>2</td><td>{F2}</td><td>임시조치(30일)</td><td>2024.09.05</td></tr>
<tr><td>3</td><td>{F3}</td><td>삭제</td><td>2024.09.05</td></tr>
<tr><td>4</td><td>{F4}</td><td>해당 게시물 없음</td><td>-</td></tr>
</table>
<p>한판 커뮤니티 운영팀 드림</p>
</body></html>
"""
case(
    name="hanpan-html-table-base64", from_="admin@hanpan.kr", name_from="한판 운영팀",
    date=d("2024-09-06 11:00:00"), subject="[한판] 시정요구 조치결과 회신 (KCSC-240904-03)",
    reply_to_req="req-240904-03",
    raw_mime=multipart("hp-20240906", [text_part(HP_HTML, cte="base64", ctype="text/html")]),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 HTML table, base64-encoded",
    why="삭제 x2 (removed), 임시조치 (restricted), 게시물 없음 (not_found)",
    items={F1: "removed", F2: "restricted", F3: "removed", F4: "not_found"},
)

case(
    name="hanpan-particles-fullwidth", from_="mod.seo@hanpan.kr", name_from="서지훈",
    date=d("2024-09-05 19:27:18"), subject="Re: [KCSC-240904-03] 게시물 삭제 요청",
    reply_to_req="req-240904-03",
    body=f"""운영진 서지훈입니다.

{F2}은 게시중단했고，{F4}는 신고 내용과 달리 문제가 없어 그대로 둡니다。
""",
    outcome="applied", classification="confirmation",
    imitates="Korean moderator's prose reply with particles and full-width punctuation",
    why="게시중단 (removed) and kept because nothing wrong (rejected); URLs followed by 은/는",
    items={F2: "removed", F4: "rejected"},
)

case(
    name="hanpan-under-review-ko", from_="admin@hanpan.kr", name_from=HP,
    date=d("2024-09-05 09:02:00"), subject="Re: [KCSC-240904-03] 게시물 삭제 요청",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요.

말씀하신 게시물
{F3_RAW}
{F4}
두 건은 현재 내부 검토 중이며, 검토가 끝나는 대로 처리 결과를 안내드리겠습니다.

한판 운영자
""",
    outcome="review", review="not_understood",
    imitates="Korean operator's 'under review, we will let you know' reply",
    why="under review and a promise: names the items, states nothing yet",
    items={F3: "pending", F4: "pending"},
)

case(
    name="hanpan-mod-from-gmail", from_="hanpan.mod.jh@gmail.com", name_from="jh",
    date=d("2024-09-05 01:14:00"), subject="Re: [KCSC-240904-03] 게시물 삭제 요청",
    body=f"""한판 자유게시판 부운영자입니다. 개인 메일로 답장드려요.
{F1} 이 글은 제가 지웠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="forum volunteer moderator answering from a personal mailbox",
    why="statement about a Hanpan post from a gmail.com address, not a platform domain",
    items={F1: "pending"},
)

case(
    name="hanpan-vacation-autoreply-ko", from_="admin@hanpan.kr", name_from=HP,
    date=d("2024-09-04 10:00:05"), subject="[자동응답] Re: [KCSC-240904-03] 게시물 삭제 요청",
    reply_to_req="req-240904-03",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""[자동응답] 운영자 휴가로 9월 8일까지 메일 확인이 늦어질 수 있습니다.
급한 신고는 사이트 내 신고하기 버튼을 이용해 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean vacation auto-reply",
    why="자동응답: auto-reply",
)

# ---- Pixboard (KCSC-240905-04, 5 items) ---------------------------------
case(
    name="pixboard-janitor-oneliner", from_="janitor@pixboard.org", name_from="pixboard janitor",
    date=d("2024-09-05 23:58:12"), subject="Re: [KCSC-240905-04] removal request",
    reply_to_req="req-240905-04",
    body=f"""nuked the thread {P1} and the file {P5}, ip banned 30d

- jan
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's terse one-line reply",
    why="thread and file 'nuked' (deleted) in one line",
    items={P1: "removed", P5: "removed"},
)

case(
    name="pixboard-url-then-status-below", from_="abuse@pixboard.org", name_from="Pixboard Abuse",
    date=d("2024-09-06 12:40:00"), subject="Re: [KCSC-240905-04] removal request",
    reply_to_req="req-240905-04",
    body=f"""Hi, here's what we did:

{P2}
deleted, poster banned

{P3}
deleted (file purged from storage)

{P4}
not removed - political argument, doesn't break board rules

-- Pixboard abuse team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board abuse team answering with each URL followed by its status line",
    why="status on the line below each URL: two deleted, one refused with a reason",
    items={P2: "removed", P3: "removed", P4: "rejected"},
)

case(
    name="pixboard-region-lock", from_="abuse@pixboard.org", name_from="Pixboard Abuse",
    date=d("2024-09-07 08:15:00"), subject="Re: [KCSC-240905-04] removal request",
    reply_to_req="req-240905-04",
    body=f"""Hello,

The /kr/ thread {P2} is now region-locked: it can't be opened from Korean
IP addresses. It stays visible elsewhere since it is legal where our
servers are.

Pixboard abuse team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board country withholding reply",
    why="thread blocked for Korean IPs only: restricted",
    items={P2: "restricted"},
)

case(
    name="pixboard-wrapped-angle-url", from_="abuse@pixboard.org", name_from="Pixboard Abuse",
    date=d("2024-09-08 14:02:00"), subject="Re: [KCSC-240905-04] removal request",
    reply_to_req="req-240905-04",
    body=f"""Hello again,

The image you asked about a second time, <https://i.pixboard.org/kr/
1726011234567.jpg>, was deleted by a global volunteer on Friday. The
following thread was also removed for breaking rule 2:
  {P4}

Pixboard abuse team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-team prose with a URL wrapped inside angle brackets",
    why="wrapped URL (RFC 3986 angle-bracket form) deleted; second URL on the line below its statement removed",
    items={P3: "removed", P4: "removed"},
)

case(
    name="pixboard-all-deleted-bulk", from_="abuse@pixboard.org", name_from="Pixboard Abuse",
    date=d("2024-09-06 03:30:00"), subject="Re: [KCSC-240905-04] removal request",
    reply_to_req="req-240905-04",
    body="""all the posts you listed are deleted and the images purged.

-- Pixboard abuse team
""",
    outcome="review", review="bulk",
    imitates="image-board admin's blanket 'all deleted' reply",
    why="one statement for a five-item request without naming each item",
    items={P1: "pending", P2: "pending", P3: "pending", P4: "pending", P5: "pending"},
)

REQ4_ORIG = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: abuse@pixboard.org",
    "Subject: [KCSC-240905-04] removal request",
    "Date: " + d("2024-09-05 09:30:00"),
    "Message-ID: <req-240905-04-copy@kcsc.example>",
    "Content-Type: text/plain; charset=utf-8",
    "",
] + request_text("KCSC-240905-04", "", PIX))
case(
    name="pixboard-dsn-mailbox-full", from_="MAILER-DAEMON@mx1.pixboard.org", name_from="Mail Delivery System",
    date=d("2024-09-05 09:31:02"), subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("dsn.0905.mx1", [
        (["Content-Type: text/plain; charset=us-ascii"], """This is the mail system at host mx1.pixboard.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@pixboard.org>: mailbox full (quota exceeded), message rejected
"""),
        (["Content-Type: message/delivery-status"], """Reporting-MTA: dns; mx1.pixboard.org

Final-Recipient: rfc822; abuse@pixboard.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full
"""),
        (["Content-Type: message/rfc822"], REQ4_ORIG),
    ], subtype="report", extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification carrying the original request",
    why="bounce; the URLs are only in the returned request",
)

# ---- DropVault (KCSC-240906-05, 4 items) --------------------------------
DV = "DropVault Legal"
case(
    name="dropvault-notice-processed", from_="legal@dropvault.io", name_from=DV,
    date=d("2024-09-07 06:20:00"), subject="Re: [KCSC-240906-05] Takedown notice processed",
    reply_to_req="req-240906-05",
    body=f"""Your notice KCSC-240906-05 has been processed.

  File / folder                          Result
  {D1:<38} File disabled
  {D2:<38} File disabled
  {D3:<38} Not found - deleted by the uploader before we acted
  {D4:<38} Folder disabled (12 files)

The uploader has been notified and may send a counter-notice.

DropVault Legal - https://dropvault.io/legal/takedowns
""",
    outcome="applied", classification="confirmation",
    imitates="file host takedown-notice-processed mail (DMCA style)",
    why="three disabled (removed), one already deleted by its uploader (not_found)",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "removed"},
)

DV_SOR = f"""Statement of reasons

Decision: following the notice received on 6 September 2024, access to the file {D2} has been disabled for users in the Republic of Korea.
Ground: notice from a public authority concerning content illegal in that country.
Territorial scope: Republic of Korea only.
Automated means: none; decision taken by a member of our legal team.
Redress: the uploader may appeal via https://dropvault.io/legal/appeal.

DropVault Legal
"""
case(
    name="dropvault-sor-quoted-printable", from_="legal@dropvault.io", name_from=DV,
    date=d("2024-09-08 10:10:10"), subject="Statement of reasons - KCSC-240906-05",
    reply_to_req="req-240906-05",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(DV_SOR),
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons, quoted-printable with soft line breaks",
    why="file disabled for Korea only: restricted; appeal link is not an item",
    items={D2: "restricted"},
)

case(
    name="dropvault-angle-brackets", from_="h.weber@dropvault.io", name_from="Hanna Weber",
    date=d("2024-09-07 15:55:00"), subject="Re: [KCSC-240906-05] Takedown request",
    reply_to_req="req-240906-05",
    body=f"""Hello,

<{D1}> - removed.

<{D4}> - we looked through the folder; the files were uploaded by the
rights holder's own account and are licensed, so we took no action.

Best,
Hanna Weber
DropVault Legal
""",
    outcome="applied", classification="confirmation",
    imitates="file-host legal team reply with URLs in angle brackets",
    why="one removed, one refused with a reason",
    items={D1: "removed", D4: "rejected"},
)

DV_CSV = "\n".join([
    "Link,Action,Date",
    f"{D1},Removed,2024-09-09",
    f"{D2},Removed,2024-09-09",
    f"{D3},File does not exist,2024-09-09",
    f"{D4},Geo-blocked (KR),2024-09-09",
]) + "\n"
case(
    name="dropvault-csv-report", from_="legal@dropvault.io", name_from=DV,
    date=d("2024-09-09 18:00:00"), subject="Takedown report for KCSC-240906-05",
    raw_mime=multipart("dv-rep-0909", [
        text_part("Please see the attached report for your request KCSC-240906-05.\n\nDropVault Legal\n",
                  cte="quoted-printable"),
        csv_part("dropvault_report_KCSC-240906-05.csv", DV_CSV),
    ]),
    outcome="applied", classification="confirmation",
    imitates="file host sending a CSV report attachment with a one-line body",
    why="CSV: two removed, one does not exist, one geo-blocked for KR (restricted)",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "restricted"},
)

case(
    name="dropvault-appears-removed", from_="support@dropvault.io", name_from="DropVault Support",
    date=d("2024-09-07 04:44:00"), subject="Re: [KCSC-240906-05] Takedown request",
    reply_to_req="req-240906-05",
    body=f"""Hi,

The files {D1} and {D2} appear to have been removed already, but I have
asked our legal team to confirm and they will get back to you.

DropVault Support
""",
    outcome="review", review="not_understood",
    imitates="first-line support reply with a hedge and a promise",
    why="'appear to have been removed' is a hedge; confirmation is promised",
    items={D1: "pending", D2: "pending"},
)

case(
    name="dropvault-asks-for-order", from_="legal@dropvault.io", name_from=DV,
    date=d("2024-09-07 09:30:00"), subject="Re: [KCSC-240906-05] Takedown request - information needed",
    reply_to_req="req-240906-05",
    body=f"""Hello,

Before we can act on {D4} we need two things: a copy of
the decision under which the folder is considered illegal, and the
names of the files inside it that are concerned (it holds 12 files).
Please reply to this email with these details.

DropVault Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="file host asking for the legal basis and file list before acting",
    why="asks for documents and details; nothing done yet",
    items={D4: "pending"},
)

case(
    name="dropvault-read-receipt", from_="legal@dropvault.io", name_from=DV,
    date=d("2024-09-06 11:02:00"), subject="Read: [KCSC-240906-05] Takedown request",
    raw_mime=multipart("mdn-dv-0906", [
        (["Content-Type: text/plain; charset=utf-8"], """Your message

  To: legal@dropvault.io
  Subject: [KCSC-240906-05] Takedown request
  Sent: Fri, 6 Sep 2024 10:15:00 +0900

was read on Fri, 6 Sep 2024 11:01:58 +0900.
"""),
        (["Content-Type: message/disposition-notification"], """Reporting-UA: dropvault.io; Mailclient 5.2
Final-Recipient: rfc822;legal@dropvault.io
Original-Message-ID: <req-240906-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
    ], subtype="report", extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification (read receipt)",
    why="MDN: the request was displayed, nothing more",
)

# ---- Hanname registrar (KCSC-240909-06, 2 items) ------------------------
HN = "하네임 도메인 어뷰즈팀"
case(
    name="hanname-clienthold", from_="abuse@hanname.co.kr", name_from=HN,
    date=d("2024-09-10 16:20:00"), subject="Re: [KCSC-240909-06] 피싱 도메인 차단 요청",
    reply_to_req="req-240909-06",
    body=f"""안녕하세요, 하네임 어뷰즈팀입니다.

Domain: hanbit-bank-verify.com (reported URL: {R1})
Action: 도메인 정지(clientHold) 적용, 9월 10일 15:02부터 DNS 응답 중단

Domain: hanbit-bank-verify.net (reported URL: {R2})
Action: 당사 등록 도메인이 아니어서 조치할 수 없습니다. 등록기관 조회 결과 다른 등록대행자 소관입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse team reply (clientHold) in Korean",
    why="first domain suspended and no longer resolves: removed; second is registered elsewhere: a referral, no status",
    items={R1: "removed", R2: "pending"},
)

case(
    name="hanname-both-suspended-bulk", from_="abuse@hanname.co.kr", name_from=HN,
    date=d("2024-09-11 09:05:00"), subject="Re: [KCSC-240909-06] 피싱 도메인 차단 요청",
    reply_to_req="req-240909-06",
    body="""안녕하세요. 신고하신 도메인 2건 모두 정지 처리하였습니다.

하네임 어뷰즈팀
""",
    outcome="review", review="bulk",
    imitates="registrar's one-sentence 'both domains suspended' reply",
    why="one statement for a two-item request without naming either domain",
    items={R1: "pending", R2: "pending"},
)

case(
    name="hanname-receipt-ko", from_="noreply@hanname.co.kr", name_from="하네임 고객센터",
    date=d("2024-09-09 14:00:31"), subject="[접수완료] 신고가 접수되었습니다 (HN-2024-0909-113)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""고객님의 신고가 정상적으로 접수되었습니다.

접수번호: HN-2024-0909-113
접수일시: 2024-09-09 13:59
처리 결과는 담당자 확인 후 메일로 안내드립니다.

본 메일은 발신 전용입니다.
하네임 고객센터
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean ticket receipt (접수완료)",
    why="pure receipt with a ticket number",
)

# ---- Pastenote (KCSC-240910-07, 1 item) ---------------------------------
case(
    name="pastenote-removed-sole", from_="abuse@pastenote.io", name_from="Pastenote",
    date=d("2024-09-10 21:03:00"), subject="Re: [KCSC-240910-07] Removal of personal data",
    reply_to_req="req-240910-07",
    body="""Removed. Thanks for the heads-up.

-- pastenote admin
""",
    outcome="applied", classification="confirmation",
    imitates="one-person service admin answering with one word",
    why="sole statement answering a one-item request",
    items={S1: "removed"},
)

case(
    name="pastenote-expired", from_="abuse@pastenote.io", name_from="Pastenote",
    date=d("2024-09-11 07:45:00"), subject="Re: [KCSC-240910-07] Removal of personal data",
    reply_to_req="req-240910-07",
    body=f"""Hi,

{S1} doesn't exist (any more) - it was set to expire after 24h or the
author deleted it; either way there is nothing there for us to remove.

-- pastenote admin
""",
    outcome="applied", classification="confirmation",
    imitates="small service admin: the paste no longer exists",
    why="paste does not exist (expired or deleted by its author): not_found",
    items={S1: "not_found"},
)

case(
    name="pastenote-contact-change", from_="abuse@pastenote.io", name_from="Pastenote",
    date=d("2024-09-12 12:00:00"), subject="New abuse contact for Pastenote",
    body="""Hello,

From 1 October please send removal requests to takedown@pastenote.io.
The old address will keep forwarding for a while.

-- pastenote admin
""",
    outcome="review", review="no_claims",
    imitates="small service announcing a new abuse address",
    why="trusted platform mail naming no item and no request",
)

HEADER = """# Blind set 733 (tests/corpus/blind733/): hosting providers, a CDN, a
# registrar, a Korean forum, an image board, a file host and a paste
# service, with CSV attachments and plain-text tables. Written from each
# email's meaning before any run of the reader. Generated by make.py.
"""


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("from_")
        # non-ASCII display names and subjects as RFC 2047 encoded words,
        # as Korean mail clients send them
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, "blind733", HEADER, cases)


if __name__ == "__main__":
    main()
