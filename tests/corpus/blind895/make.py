#!/usr/bin/env python3
"""Blind set 895: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering (often informally),
plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind895/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before
the reader was ever run on this set. All names, domains, ids and URLs are
fictional.
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

# ---------------------------------------------------------------- requests

JANGTEO = "%EC%9E%A5%ED%84%B0"  # 장터 (the forum's market board)

N1 = "https://rx-kaufhaus.example/products/sildenafil-100"
N2 = "https://rx-kaufhaus.example/products/tramadol-50"
N3 = "http://198.51.100.77/~lotto/index.html"
N4 = "https://bet365-kr-mirror.example/join?aff=77"

E1 = "https://toto-kings.example/"
E2 = "https://toto-kings.example/event/bonus"
E3 = "https://webtoon-free.example/series/4411"

D1 = "http://kr-casino-vip.example/"
D2 = "http://drugmart-seoul.example/"

M1 = "https://www.marucomm.example/bbs/free/310201"
M2 = "https://www.marucomm.example/bbs/free/310245"
M3 = "https://www.marucomm.example/bbs/free/310377"
M4 = "https://www.marucomm.example/bbs/humor/88120"
M5 = "https://www.marucomm.example/bbs/humor/88164"
M6 = "https://www.marucomm.example/bbs/stock/51902"
M7 = "https://www.marucomm.example/bbs/stock/51933"
M8 = "https://www.marucomm.example/bbs/market/7001245"
M9 = "https://www.marucomm.example/bbs/market/7001288"
M10 = f"https://www.marucomm.example/{JANGTEO}/22010"
M11 = f"https://www.marucomm.example/{JANGTEO}/22047"
M12 = "https://m.marucomm.example/bbs/free/310402"
M13 = "https://www.marucomm.example/bbs/photo/4417"
M14 = "https://www.marucomm.example/bbs/photo/4460"
M10_RAW = "https://www.marucomm.example/장터/22010"
M11_RAW = "https://www.marucomm.example/장터/22047"
MARU = [M1, M2, M3, M4, M5, M6, M7, M8, M9, M10, M11, M12, M13, M14]

P1 = "https://pinchan.example/kr/res/40412.html"
P2 = "https://pinchan.example/kr/res/40588.html"
P3 = "https://pinchan.example/kr/res/40590.html"
P4 = "https://pinchan.example/b/res/991023.html"
P5 = "https://i.pinchan.example/kr/src/1725950011223.jpg"

F1 = "https://dropvault.example/f/Xk29aQpL"
F2 = "https://dropvault.example/f/Tq81mWzR"
F3 = "https://dropvault.example/f/Hb03nVce"
F4 = "https://dropvault.example/folder/7Gd2kLs0"

T1 = "https://pasteum.example/p/q8Zr2Kx1"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, [(url, note)]
    ("KCSC-240903-01", "nimbushost", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "drugs; gambling", [(N1, "online pharmacy"), (N2, "online pharmacy"), (N3, "gambling page on bare IP"),
               (N4, "gambling mirror")]),
    ("KCSC-240905-02", "edgeveil", "2024-09-05T10:00:00+09:00", "2024-09-12T23:59:59+09:00",
     "gambling; copyright", [(E1, "site front page"), (E2, "bonus event page"), (E3, "pirated webtoon series")]),
    ("KCSC-240909-03", "domainhaus", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "gambling", [(D1, "casino domain"), (D2, "drug shop domain")]),
    ("KCSC-240910-04", "marucomm", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "defamation", [(u, "") for u in MARU]),
    ("KCSC-240911-05", "pinchan", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00",
     "obscenity", [(P1, "thread"), (P2, "thread"), (P3, "thread"), (P4, "thread"), (P5, "image file")]),
    ("KCSC-240912-06", "dropvault", "2024-09-12T10:00:00+09:00", "2024-09-19T23:59:59+09:00",
     "copyright", [(F1, "file"), (F2, "file"), (F3, "file"), (F4, "folder")]),
    ("KCSC-240913-07", "pasteum", "2024-09-13T10:00:00+09:00", "2024-09-20T23:59:59+09:00",
     "privacy", [(T1, "personal data dump")]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, items in REQUESTS:
        mid = "req-" + ref[5:].lower() + "@kcsc.example"
        for url, note in items:
            w.writerow([ref, plat, sent, due, url, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers

def enc(s):
    """Header value: RFC 2047 encoded when not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def req_body_en(ref, urls):
    lines = [
        "Dear Abuse Team,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found that the",
        "content at the addresses below is illegal under the laws of the Republic",
        f"of Korea. We ask you to remove it or disable access to it. Reference: {ref}",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this email with the action taken for each address.", "",
              "KCSC Takedown Desk"]
    return "\n".join(lines)


def req_body_ko(ref, urls):
    lines = [
        "안녕하십니까. 방송통신심의위원회입니다.",
        "",
        f"아래 게시물은 불법정보로 심의·의결되어 시정요구(문서번호 {ref})를 하오니,",
        "조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "방송통신심의위원회 불법정보 시정요구 담당"]
    return "\n".join(lines)


REQ_SUBJ_EN = "[{ref}] Request to remove illegal content"
REQ_SUBJ_KO = "[{ref}] 불법정보 시정요구"


def multipart(boundary, parts, subtype="mixed", extra=""):
    """parts: list of (header lines str, body str)."""
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for hdrs, body in parts:
        out.append(f"--{boundary}")
        out.append(hdrs.strip("\n"))
        out.append("")
        out.append(body.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


TEXT_8BIT = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit"
HTML_8BIT = "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit"

NIMBUS = "NimbusHost Abuse"
EDGE = "EdgeVeil Trust & Safety"
DH = "DomainHaus Abuse"
MARU_CS = enc("마루커뮤니티 운영팀")
PIN = "Pinchan Mods"
DV = "DropVault Compliance"

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ NimbusHost (hosting provider)

case(
    name="nimbus-oneliner-two-urls",
    **{"from": "abuse@nimbushost.example"}, name_from=NIMBUS,
    date="Wed, 04 Sep 2024 09:41:12 +0200",
    subject="Re: " + REQ_SUBJ_EN.format(ref="KCSC-240903-01"),
    reply_to_req="req-240903-01",
    body="""Hi,

customer took both pages down this morning:
https://rx-kaufhaus.example/products/sildenafil-100
https://rx-kaufhaus.example/products/tramadol-50

rgds
Jan / NimbusHost abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse-desk reply written by hand, two bare URLs under one line",
    why="the host says its customer took down both listed pages",
    items={N1: "removed", N2: "removed"},
)

case(
    name="nimbus-ticket-url-then-status",
    **{"from": "abuse@nimbushost.example"}, name_from=NIMBUS,
    date="Thu, 05 Sep 2024 16:03:40 +0200",
    subject="[NH-ABUSE #558120] Re: " + REQ_SUBJ_EN.format(ref="KCSC-240903-01"),
    reply_to_req="req-240903-01",
    body="""##- Please type your reply above this line -##

Ticket #558120 was updated by Mirela S. (Abuse Team)

Hello,

An update on the two remaining addresses from your notice:

http://198.51.100.77/~lotto/index.html
The server using this IP address has been suspended for breach of our
Acceptable Use Policy. The page is offline.

https://bet365-kr-mirror.example/join?aff=77
The customer had already deleted this page before we contacted them. The
path returns 404 on their site and we found no copy of it on the server.

We consider this ticket resolved.

Mirela S.
NimbusHost Abuse Team

--
View the ticket: https://my.nimbushost.example/abuse/tickets/558120
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk-ticket update from a hosting abuse team (bare URL, status in the paragraph under it)",
    why="server suspended = page disabled; the other page was already gone before the host acted",
    items={N3: "removed", N4: "not_found"},
)

case(
    name="nimbus-top-posted-all-four",
    **{"from": "jan.kowalczyk@nimbushost.example"}, name_from="Jan Kowalczyk",
    date="Fri, 06 Sep 2024 11:12:09 +0200",
    subject="Re: " + REQ_SUBJ_EN.format(ref="KCSC-240903-01"),
    reply_to_req="req-240903-01",
    body="""All four are offline now, we terminated the customer's hosting account.

Jan

On Tue, 3 Sep 2024 at 03:00, KCSC Takedown <takedown@kcsc.example> wrote:
""" + quote(req_body_en("KCSC-240903-01", [N1, N2, N3, N4])) + "\n",
    outcome="review", review="bulk",
    imitates="one-line top-posted reply over the quoted request (Gmail quoting)",
    why="'all four' covers the request without naming any item; the URLs are only in the quote",
    items={N1: "pending", N2: "pending", N3: "pending", N4: "pending"},
)

_nh_csv = (
    "url,status,action_date,comment\n"
    f"{N1},removed,2024-09-05,content deleted by customer on our request\n"
    f"{N2},removed,2024-09-05,content deleted by customer on our request\n"
    f"{N3},suspended,2024-09-04,server suspended - page offline\n"
    f"{N4},not found,2024-09-04,no such page on our network\n"
)
case(
    name="nimbus-csv-outcomes",
    **{"from": "abuse@nimbushost.example"}, name_from=NIMBUS,
    date="Fri, 06 Sep 2024 08:30:00 +0200",
    subject="[NH-ABUSE #558120] Outcome per URL - KCSC-240903-01",
    reply_to_req="req-240903-01",
    raw_mime=multipart("nh-558120-b1", [
        (TEXT_8BIT, """Hello,

please find attached the outcome for each address in your notice
KCSC-240903-01. One line per URL.

Kind regards,
NimbusHost Abuse Team
"""),
        ("Content-Type: text/csv; charset=utf-8; name=\"nh-abuse-558120.csv\"\n"
         "Content-Disposition: attachment; filename=\"nh-abuse-558120.csv\"\n"
         "Content-Transfer-Encoding: base64", b64(_nh_csv)),
    ]),
    outcome="applied", classification="confirmation",
    imitates="abuse desk exporting its ticket lines as a CSV attachment",
    why="CSV rows: two removed, server suspended (disabled), one page not found",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "not_found"},
)

case(
    name="nimbus-dmarc-fail",
    **{"from": "abuse@nimbushost.example"}, name_from=NIMBUS, auth="fail",
    date="Fri, 06 Sep 2024 02:14:51 +0000",
    subject="RE: KCSC-240903-01 resolved",
    body=f"""Hello,

we have removed all of the following content:

{N1}
{N2}
{N3}
{N4}

NimbusHost Abuse
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk confirmation whose DKIM/SPF/DMARC all fail (spoofed sender)",
    why="claims come from a platform domain that fails authentication",
    items={N1: "pending", N2: "pending", N3: "pending", N4: "pending"},
)

case(
    name="nimbus-forwarded-to-customer",
    **{"from": "abuse@nimbushost.example"}, name_from=NIMBUS,
    date="Wed, 04 Sep 2024 14:55:30 +0200",
    subject="[NH-ABUSE #558120] Re: " + REQ_SUBJ_EN.format(ref="KCSC-240903-01"),
    reply_to_req="req-240903-01",
    body="""Hello,

we have passed your complaint about

  https://rx-kaufhaus.example/products/sildenafil-100
  https://rx-kaufhaus.example/products/tramadol-50

on to the customer who runs this shop. They have 48 hours to deal with it.
If the pages are still online after that, we will suspend the account.

NimbusHost Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="hosting provider's 'forwarded to our customer, 48h deadline' reply",
    why="only a forward and a conditional promise; nothing is stated as done",
    items={N1: "pending", N2: "pending"},
)

case(
    name="nimbus-out-of-office",
    **{"from": "jan.kowalczyk@nimbushost.example"}, name_from="Jan Kowalczyk",
    date="Tue, 03 Sep 2024 03:00:41 +0200",
    subject="Automatic reply: " + REQ_SUBJ_EN.format(ref="KCSC-240903-01"),
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 16 September with limited access to email.

Abuse reports are handled by the team at abuse@nimbushost.example, which is
monitored around the clock.

Jan Kowalczyk
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="auto-reply; says nothing about the items",
    items={},
)

case(
    name="nimbus-angle-brackets",
    **{"from": "abuse@nimbushost.example"}, name_from="Mirela S. (NimbusHost)",
    date="Sat, 07 Sep 2024 10:20:00 +0200",
    subject="Re: [NH-ABUSE #558120] KCSC-240903-01",
    reply_to_req="req-240903-01",
    body="""Hello KCSC,

<http://198.51.100.77/~lotto/index.html> - vhost disabled by us, it answers
403 now.
<https://bet365-kr-mirror.example/join?aff=77> - the customer deleted the
landing page and the whole /join directory after our warning.

Mirela
""",
    outcome="applied", classification="confirmation",
    imitates="terse abuse-desk reply, URLs in angle brackets with the statement wrapped onto the next line",
    why="vhost disabled by the host; page deleted by its customer after the host's warning",
    items={N3: "removed", N4: "removed"},
)

# ================================================================ EdgeVeil (CDN + static hosting)

case(
    name="edgeveil-not-the-host",
    **{"from": "abuse@edgeveil.example"}, name_from=EDGE,
    date="Fri, 06 Sep 2024 18:02:11 +0000",
    subject="EdgeVeil abuse report EV-R-20240905-4410 [KCSC-240905-02]",
    reply_to_req="req-240905-02",
    body="""Hello,

EdgeVeil provides pass-through proxy and caching services for the website
toto-kings.example. We are not the hosting provider of this website and we
cannot remove material that is stored on our customers' own servers.

We have forwarded your report to the website operator and to the hosting
provider, Origin Hosting Ltd (abuse@origin-host.example), who can act on it.

Reported URLs:
https://toto-kings.example/
https://toto-kings.example/event/bonus

More about how we handle abuse: https://edgeveil.example/abuse-policy

EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN's 'we do not host this content, we forwarded your report to the host' reply",
    why="no statement about the items: neither removed nor refused on the merits, only passed on",
    items={E1: "pending", E2: "pending"},
)

case(
    name="edgeveil-html-table",
    **{"from": "abuse@edgeveil.example"}, name_from=EDGE,
    date="Tue, 10 Sep 2024 07:45:00 +0000",
    subject="Action taken - EdgeVeil report EV-R-20240905-4411 (KCSC-240905-02)",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>We have completed our review of your report <b>KCSC-240905-02</b>. The
following actions were taken:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Service</th><th>Action taken</th><th>Date (UTC)</th></tr>
<tr><td>{E1}</td><td>EdgeVeil Pages</td><td>Deployment deleted; site no longer served</td><td>2024-09-09</td></tr>
<tr><td>{E2}</td><td>EdgeVeil Pages</td><td>Deployment deleted; site no longer served</td><td>2024-09-09</td></tr>
<tr><td>{E3}</td><td>EdgeVeil CDN</td><td>Access blocked for visitors from KR</td><td>2024-09-10</td></tr>
</table>
<p>If you have questions, reply to this email quoting the report number.</p>
<p>EdgeVeil Trust &amp; Safety<br>
<a href="https://edgeveil.example/abuse-policy">Abuse policy</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="infrastructure provider's HTML 'actions taken' table",
    why="two pages deleted with their deployment, the third blocked for Korea only",
    items={E1: "removed", E2: "removed", E3: "restricted"},
)

case(
    name="edgeveil-auto-receipt",
    **{"from": "no-reply@edgeveil.example"}, name_from="EdgeVeil",
    date="Thu, 05 Sep 2024 01:00:52 +0000",
    subject="We received your abuse report EV-R-20240905-4411",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Thank you for contacting EdgeVeil.

Your abuse report has been received and assigned the ID EV-R-20240905-4411.

Reported URLs:
  {E1}
  {E2}
  {E3}

Our Trust & Safety team reviews every report. You will receive a separate
email if we need more information or once action has been taken.

This mailbox is not monitored. Please do not reply to this message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="web-form abuse report receipt echoing the reported URLs",
    why="automatic receipt: echoes the report, states nothing about any item",
    items={E1: "pending", E2: "pending", E3: "pending"},
)

case(
    name="edgeveil-qp-geoblock",
    **{"from": "abuse@edgeveil.example"}, name_from=EDGE,
    date="Wed, 11 Sep 2024 12:31:07 +0000",
    subject="Update on EdgeVeil report EV-R-20240905-4411",
    reply_to_req="req-240905-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(
        """Hello,

Following our review of report EV-R-20240905-4411, access to https://webtoon-free.example/series/4411 has been disabled for visitors located in the Republic of Korea. The page remains reachable from other countries.

The rest of your report is still being investigated and we will write again when we have an outcome.

Regards,
EdgeVeil Trust & Safety
"""),
    outcome="applied", classification="confirmation",
    imitates="quoted-printable provider update (long lines soft-wrapped) announcing a country block",
    why="disabled for Korea only = restricted; the rest is explicitly still open",
    items={E3: "restricted"},
)

case(
    name="edgeveil-statement-of-reasons",
    **{"from": "dsa-notices@edgeveil.example"}, name_from="EdgeVeil Legal",
    date="Tue, 17 Sep 2024 09:00:00 +0000",
    subject="Statement of reasons EV-SOR-2024-0917-0032",
    body=f"""Statement of reasons under Article 17 of Regulation (EU) 2022/2065

Reference:            EV-SOR-2024-0917-0032
Content concerned:    {E2}
Service:              EdgeVeil Pages (hosting)
Restriction imposed:  Disabling of access to the content
Territorial scope:    Republic of Korea (KR)
Facts:                Notice received from KCSC, reference KCSC-240905-02
Ground:               Content illegal under the law of the Republic of Korea
                      (unlicensed gambling)
Automated detection:  No
Automated decision:   No

Redress: the recipient of the service may appeal this decision at
https://edgeveil.example/legal/appeal or bring the matter before a court.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons in key/value layout",
    why="access disabled with territorial scope limited to Korea = restricted",
    items={E2: "restricted"},
)

# ================================================================ DomainHaus (registrar)

case(
    name="domainhaus-serverhold-bare-domains",
    **{"from": "abuse@domainhaus.example"}, name_from=DH,
    date="Tue, 10 Sep 2024 15:20:44 +0100",
    subject="Re: " + REQ_SUBJ_EN.format(ref="KCSC-240909-03"),
    reply_to_req="req-240909-03",
    body="""Dear KCSC,

we reviewed the two domain names in your notice against our registration
agreement.

kr-casino-vip.example - serverHold set on 10 Sep 2024, the domain no longer resolves.
drugmart-seoul.example - serverHold set on 10 Sep 2024, the domain no longer resolves.

Both registrants have been informed and may contest the suspension through
our disputes process.

DomainHaus Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply naming bare domain names (serverHold)",
    why="both domains put on hold and no longer resolve: the sites are disabled",
    items={D1: "removed", D2: "removed"},
)

case(
    name="domainhaus-registrar-refuses",
    **{"from": "legal@domainhaus.example"}, name_from="DomainHaus Legal",
    date="Thu, 12 Sep 2024 10:02:00 +0100",
    subject="Re: " + REQ_SUBJ_EN.format(ref="KCSC-240909-03") + " (drugmart-seoul.example)",
    reply_to_req="req-240909-03",
    body="""Dear Sir or Madam,

we have reviewed your complaint regarding http://drugmart-seoul.example/.

DomainHaus acts only as the registrar for this domain name. The domain is
not used for phishing, malware or spam, and its use does not breach our
registration agreement. We are not in a position to decide whether the
content of a website is lawful under Korean law, and we will therefore
take no action against this domain.

The website's hosting provider may be able to help you further.

DomainHaus Legal
""",
    outcome="applied", classification="confirmation",
    imitates="registrar's refusal: 'we are a registrar, not a judge of content'",
    why="explicit refusal with its reason (no breach of its agreement) = rejected",
    items={D2: "rejected"},
)

case(
    name="domainhaus-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mx1.domainhaus.example"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 02:00:31 +0100",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("6A1F2C3D4E.1725843631/mx1.domainhaus.example", [
        ("Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii",
         """This is the mail system at host mx1.domainhaus.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@domainhaus.example>: host mailstore2.domainhaus.example said:
    552 5.2.2 Mailbox full: abuse-kr"""),
        ("Content-Description: Delivery report\nContent-Type: message/delivery-status",
         """Reporting-MTA: dns; mx1.domainhaus.example
Arrival-Date: Mon,  9 Sep 2024 02:00:29 +0100 (BST)

Final-Recipient: rfc822; abuse-kr@domainhaus.example
Original-Recipient: rfc822;abuse-kr@domainhaus.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: abuse-kr"""),
        ("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers",
         """From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@domainhaus.example
Subject: [KCSC-240909-03] Request to remove illegal content
Message-ID: <req-240909-03@kcsc.example>
Date: Mon, 9 Sep 2024 10:00:00 +0900"""),
    ], subtype="report", extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report, mailbox full)",
    why="a bounce of our own request",
    items={},
)

case(
    name="domainhaus-asks-for-more",
    **{"from": "abuse@domainhaus.example"}, name_from=DH,
    date="Wed, 11 Sep 2024 09:14:00 +0100",
    subject="Re: " + REQ_SUBJ_EN.format(ref="KCSC-240909-03") + " [DH-ABU-77120]",
    reply_to_req="req-240909-03",
    body="""Dear KCSC,

thank you for your report about kr-casino-vip.example. Before we can take
any action on a domain name we need:

1. the exact pages where the content you object to can be found;
2. the provision of Korean law the content breaches;
3. a copy of the decision of your Commission, in English if possible.

Please reply to this email with these documents, keeping the ticket number
DH-ABU-77120 in the subject line.

DomainHaus Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for supporting documents before acting",
    why="asks for documents; nothing done yet",
    items={D1: "pending"},
)

# ================================================================ Maru Community (Korean forum, largest request)

_rows = [
    (M1, "삭제", "09-11"), (M2, "게시중단", "09-11"), (M3, "삭제", "09-11"),
    (M4, "블라인드", "09-11"), (M5, "게시물 없음(작성자 삭제)", "-"),
    (M6, "삭제", "09-11"), (M7, "임시조치(30일)", "09-11"), (M8, "삭제", "09-12"),
    (M9, "위반사항 없음(게시 유지)", "-"), (M10, "접속차단(국내)", "09-12"),
    (M11, "삭제", "09-12"), (M12, "비공개 처리", "09-12"), (M13, "삭제", "09-12"),
    (M14, "확인 불가(존재하지 않는 게시물)", "-"),
]
_table = "번호 | 게시물 주소 | 조치 결과 | 조치일\n" + "-" * 72 + "\n" + "\n".join(
    f"{i:>2} | {u} | {r} | {d}" for i, (u, r, d) in enumerate(_rows, 1))
case(
    name="maru-result-table-all",
    **{"from": "cs@marucomm.example"}, name_from=MARU_CS,
    date="Thu, 12 Sep 2024 17:40:00 +0900",
    subject=enc("[마루커뮤니티] 시정요구(KCSC-240910-04) 조치 결과 회신"),
    reply_to_req="req-240910-04",
    body="안녕하세요, 마루커뮤니티 운영팀입니다.\n\n"
         "방송통신심의위원회 시정요구(문서번호 KCSC-240910-04)에 대한 조치 결과를\n"
         "아래와 같이 회신드립니다.\n\n" + _table + "\n\n"
         "※ 5번 게시물은 요청 접수 전에 작성자가 직접 삭제하였습니다.\n"
         "※ 9번 게시물은 내부 검토 결과 운영정책 위반이 확인되지 않아 게시를 유지합니다.\n\n"
         "감사합니다.\n마루커뮤니티 운영팀 드림\n",
    outcome="applied", classification="confirmation",
    imitates="Korean forum's 시정요구 조치결과 reply as a plain-text pipe table",
    why="fourteen item-level results: 삭제/게시중단/블라인드/비공개 = removed, 임시조치/국내 접속차단 = restricted, 유지 = rejected, 작성자 삭제/존재하지 않음 = not_found",
    items={M1: "removed", M2: "removed", M3: "removed", M4: "removed", M5: "not_found",
           M6: "removed", M7: "restricted", M8: "removed", M9: "rejected", M10: "restricted",
           M11: "removed", M12: "removed", M13: "removed", M14: "not_found"},
)

case(
    name="maru-admin-one-line",
    **{"from": "admin@marucomm.example"}, name_from=enc("마루 운영자"),
    date="Tue, 10 Sep 2024 21:05:13 +0900",
    subject=enc("Re: [KCSC-240910-04] 불법정보 시정요구"),
    reply_to_req="req-240910-04",
    body="""말씀하신 글 https://www.marucomm.example/bbs/free/310201 삭제했습니다.

- 마루 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="small-forum administrator's one-line Korean reply",
    why="one post named and deleted",
    items={M1: "removed"},
)

case(
    name="maru-korean-particles",
    **{"from": "admin@marucomm.example"}, name_from=enc("마루 운영자"),
    date="Wed, 11 Sep 2024 09:12:40 +0900",
    subject=enc("Re: [KCSC-240910-04] 불법정보 시정요구"),
    reply_to_req="req-240910-04",
    body="""안녕하세요.

유머게시판 두 건 확인했습니다. https://www.marucomm.example/bbs/humor/88120은 블라인드 처리했고요, https://www.marucomm.example/bbs/humor/88164는 작성자가 이미 지운 글이라 남아 있는 게 없습니다.

나머지는 게시판 담당자가 따로 회신드릴 예정입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal Korean admin reply with particles glued to the URLs",
    why="88120 blinded = removed; 88164 already deleted by its author = not_found",
    items={M4: "removed", M5: "not_found"},
)

case(
    name="maru-raw-korean-path",
    **{"from": "market@marucomm.example"}, name_from=enc("마루 장터 담당"),
    date="Thu, 12 Sep 2024 11:30:02 +0900",
    subject=enc("Re: [KCSC-240910-04] 장터 게시물 처리 결과"),
    reply_to_req="req-240910-04",
    body=f"""장터 게시판 두 건 처리 결과입니다.

{M10_RAW} → 임시조치 (30일간 열람 제한)
{M11_RAW} → 삭제 완료

마루 장터 담당 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean board manager listing raw (non-encoded) Korean-path URLs with arrows",
    why="임시조치 = restricted; 삭제 = removed; raw Korean paths match the encoded request URLs",
    items={M10: "restricted", M11: "removed"},
)

case(
    name="maru-will-act-later",
    **{"from": "cs@marucomm.example"}, name_from=MARU_CS,
    date="Wed, 11 Sep 2024 10:00:00 +0900",
    subject=enc("Re: [KCSC-240910-04] 불법정보 시정요구"),
    reply_to_req="req-240910-04",
    body="""안녕하세요, 마루커뮤니티 운영팀입니다.

보내주신 게시물(https://www.marucomm.example/bbs/stock/51902, https://www.marucomm.example/bbs/stock/51933)은
내부 검토 후 조치할 예정입니다. 처리 결과는 영업일 기준 3일 이내에 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean '검토 후 조치 예정' holding reply",
    why="a promise to act after review; no status stated",
    items={M6: "pending", M7: "pending"},
)

case(
    name="maru-all-deleted",
    **{"from": "cs@marucomm.example"}, name_from=MARU_CS,
    date="Fri, 13 Sep 2024 10:10:10 +0900",
    subject=enc("Re: [KCSC-240910-04] 불법정보 시정요구"),
    reply_to_req="req-240910-04",
    body="""안녕하세요.
요청하신 KCSC-240910-04 건 게시물 모두 삭제 처리 완료했습니다.
감사합니다.

마루커뮤니티 운영팀
""",
    outcome="review", review="bulk",
    imitates="one-sentence Korean 'all deleted' reply",
    why="'모두 삭제' for a fourteen-item request names no item",
    items={u: "pending" for u in MARU},
)

_maru_csv = (
    "URL,조치결과,비고\n"
    f"{M6},삭제,\n"
    f"{M7},접속차단(국내),해외 접속은 유지\n"
    f"{M8},삭제,\n"
    f"{M9},삭제 불가,운영정책 위반 사항 없음\n"
)
case(
    name="maru-csv-attachment",
    **{"from": "cs@marucomm.example"}, name_from=MARU_CS,
    date="Fri, 13 Sep 2024 15:22:00 +0900",
    subject=enc("[마루커뮤니티] 조치 결과 파일 송부 (KCSC-240910-04)"),
    reply_to_req="req-240910-04",
    raw_mime=multipart("maru-0913-csv", [
        ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64",
         b64("안녕하세요, 마루커뮤니티 운영팀입니다.\n\n주식·장터 게시판 조치 결과를 첨부 파일로 보내드립니다.\n\n감사합니다.\n")),
        ("Content-Type: text/csv; charset=utf-8; name=\"=?UTF-8?B?" +
         base64.b64encode("조치결과_0913.csv".encode()).decode() + "?=\"\n"
         "Content-Disposition: attachment; filename*=UTF-8''" +
         "%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC_0913.csv\n"
         "Content-Transfer-Encoding: base64",
         b64("\ufeff" + _maru_csv)),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Korean forum sending a spreadsheet export (UTF-8 CSV with BOM, base64) as the result",
    why="CSV rows: two deleted, one blocked in Korea (restricted), one refused for no violation (rejected)",
    items={M6: "removed", M7: "restricted", M8: "removed", M9: "rejected"},
)

case(
    name="maru-outlook-over-request",
    **{"from": "photo@marucomm.example"}, name_from=enc("마루 사진게시판 담당"),
    date="Fri, 13 Sep 2024 18:02:33 +0900",
    subject=enc("RE: [KCSC-240910-04] 불법정보 시정요구"),
    reply_to_req="req-240910-04",
    body=f"""사진 게시판 두 건 삭제 완료했습니다.
{M13}
{M14}

나머지 건은 각 게시판 담당자가 확인 중입니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:00 AM
To: cs@marucomm.example
Subject: [KCSC-240910-04] 불법정보 시정요구

""" + req_body_ko("KCSC-240910-04", MARU) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply above the unindented '-----Original Message-----' request",
    why="two photo posts stated deleted; the other twelve appear only in the quoted request",
    items={M13: "removed", M14: "removed", M1: "pending", M2: "pending"},
)

case(
    name="maru-gmail-admin",
    **{"from": "maru.admin.kr@gmail.com"}, name_from=enc("마루 관리자"),
    date="Wed, 11 Sep 2024 23:48:00 +0900",
    subject=enc("마루커뮤니티 게시글 삭제했습니다 (KCSC-240910-04)"),
    body=f"""안녕하세요 마루커뮤니티 관리자입니다.
요청하신 글 {M2} , {M3} 삭제했습니다.
회사 메일이 안 되어 개인 메일로 보냅니다.
""",
    outcome="review", review="unknown_sender",
    imitates="forum admin answering from a personal webmail address",
    why="gmail.com is no platform's sender domain",
    items={M2: "pending", M3: "pending"},
)

case(
    name="maru-read-receipt",
    **{"from": "cs@marucomm.example"}, name_from=MARU_CS,
    date="Tue, 10 Sep 2024 10:31:00 +0900",
    subject=enc("읽음: [KCSC-240910-04] 불법정보 시정요구"),
    raw_mime=multipart("mdn-maru-0910", [
        (TEXT_8BIT, """보낸 메시지를 수신자가 읽었습니다.

제목: [KCSC-240910-04] 불법정보 시정요구
읽은 시간: 2024-09-10 오전 10:31"""),
        ("Content-Type: message/disposition-notification",
         """Reporting-UA: mail.marucomm.example; Maru Webmail
Final-Recipient: rfc822;cs@marucomm.example
Original-Message-ID: <req-240910-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed"""),
    ], subtype="report", extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="maru-chuseok-away",
    **{"from": "kim.jiyoon@marucomm.example"}, name_from=enc("김지윤"),
    date="Fri, 13 Sep 2024 18:30:00 +0900",
    subject=enc("[부재중 자동응답] Re: [KCSC-240910-04] 불법정보 시정요구"),
    reply_to_req="req-240910-04",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""안녕하세요. 김지윤입니다.
9월 14일부터 18일까지 추석 연휴로 부재중입니다.
급한 용무는 cs@marucomm.example 로 보내 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) out-of-office auto-reply",
    why="auto-reply",
    items={},
)

case(
    name="maru-html-notice",
    **{"from": "cs@marucomm.example"}, name_from=MARU_CS,
    date="Wed, 11 Sep 2024 16:00:00 +0900",
    subject=enc("[마루커뮤니티] 게시중단 처리 결과 안내"),
    reply_to_req="req-240910-04",
    raw_mime=multipart("maru-html-0911", [
        ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit",
         f"""게시중단 처리 결과 안내

문서번호: KCSC-240910-04

{M2}
처리 결과: 게시중단

{M3}
처리 결과: 임시조치 (30일)

마루커뮤니티 운영팀"""),
        (HTML_8BIT, f"""<html><body>
<h3>게시중단 처리 결과 안내</h3>
<p>문서번호: KCSC-240910-04</p>
<table border="1" cellpadding="5">
<tr><th>게시물</th><th>처리 결과</th></tr>
<tr><td><a href="{M2}">{M2}</a></td><td>게시중단</td></tr>
<tr><td><a href="{M3}">{M3}</a></td><td>임시조치 (30일)</td></tr>
</table>
<p>마루커뮤니티 운영팀</p>
</body></html>"""),
    ], subtype="alternative"),
    outcome="applied", classification="confirmation",
    imitates="Korean portal-style 게시중단 결과 notice (multipart/alternative, HTML table)",
    why="게시중단 = removed; 임시조치 = restricted",
    items={M2: "removed", M3: "restricted"},
)

# ================================================================ Pinchan (image board)

case(
    name="pinchan-janitor-nuked",
    **{"from": "mods@pinchan.example"}, name_from=PIN,
    date="Wed, 11 Sep 2024 22:17:05 +0000",
    subject="Re: " + REQ_SUBJ_EN.format(ref="KCSC-240911-05"),
    reply_to_req="req-240911-05",
    body=f"""nuked {P1} along with the image
({P5}), poster banned.

-- pinchan mods
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator's slang one-liner ('nuked', 'poster banned')",
    why="the thread and its image deleted by the moderators",
    items={P1: "removed", P5: "removed"},
)

case(
    name="pinchan-url-below-statement",
    **{"from": "mods@pinchan.example"}, name_from=PIN,
    date="Thu, 12 Sep 2024 03:40:00 +0000",
    subject="Re: " + REQ_SUBJ_EN.format(ref="KCSC-240911-05"),
    reply_to_req="req-240911-05",
    body=f"""Deleted, thread and all replies:
{P2}

Left up - it's a repost of a news article and doesn't break the board rules:
{P4}

mods
""",
    outcome="applied", classification="confirmation",
    imitates="moderator reply with each URL on the line below its statement",
    why="one thread deleted; the other kept because it breaks no rule",
    items={P2: "removed", P4: "rejected"},
)

case(
    name="pinchan-pruned-404",
    **{"from": "mods@pinchan.example"}, name_from=PIN,
    date="Thu, 12 Sep 2024 04:02:19 +0000",
    subject="Re: " + REQ_SUBJ_EN.format(ref="KCSC-240911-05"),
    reply_to_req="req-240911-05",
    body=f"""{P3}
404 - that thread got pruned off the board before anyone looked at it,
there's nothing left to delete.
""",
    outcome="applied", classification="confirmation",
    imitates="bare URL followed by a one-line 404 explanation",
    why="the thread no longer exists (pruned before the moderators acted) = not_found",
    items={P3: "not_found"},
)

case(
    name="pinchan-maybe-pruned",
    **{"from": "mods@pinchan.example"}, name_from=PIN,
    date="Thu, 12 Sep 2024 01:00:00 +0000",
    subject="Re: " + REQ_SUBJ_EN.format(ref="KCSC-240911-05"),
    reply_to_req="req-240911-05",
    body=f"""hey, {P2} and {P3}
have probably fallen off the board already, hard to tell from the archive.
will check properly on the weekend.
""",
    outcome="review", review="not_understood",
    imitates="moderator's hedged first reply",
    why="'probably' plus a promise to check: no statement",
    items={P2: "pending", P3: "pending"},
)

case(
    name="pinchan-speaks-for-file-host",
    **{"from": "mods@pinchan.example"}, name_from=PIN,
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject="Re: " + REQ_SUBJ_EN.format(ref="KCSC-240911-05"),
    reply_to_req="req-240911-05",
    body=f"""FYI the download link people were passing around in that thread,
{F1}, has been removed by the file host - it shows
"file removed for violation" now.

We're still looking at the thread itself.
""",
    outcome="review", review="wrong_platform",
    imitates="forum moderator reporting on a third-party file host's link",
    why="Pinchan states the status of a DropVault item",
    items={F1: "pending"},
)

case(
    name="pinchan-kr-bullets-fullwidth",
    **{"from": "kr-board@pinchan.example"}, name_from=enc("핀짱 /kr/ 관리"),
    date="Fri, 13 Sep 2024 12:12:12 +0900",
    subject=enc("Re: [KCSC-240911-05] 처리 결과"),
    reply_to_req="req-240911-05",
    body=f"""・{P1}：삭제 완료
・{P3}：이미 없는 스레드입니다（자동 정리됨）

/kr/ 게시판 관리 드림
""",
    outcome="applied", classification="confirmation",
    imitates="board volunteer's bullet list with full-width colons right after the URL",
    why="one thread deleted; the other no longer existed",
    items={P1: "removed", P3: "not_found"},
)

case(
    name="pinchan-exim-bounce",
    **{"from": "Mailer-Daemon@pinchan.example"}, name_from="Mail Delivery System",
    date="Sun, 15 Sep 2024 10:00:05 +0000",
    subject="Mail delivery failed: returning message to sender",
    extra_headers=["Auto-Submitted: auto-replied", "X-Failed-Recipients: mods@pinchan.example"],
    body="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  mods@pinchan.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: KCSC Takedown <takedown@kcsc.example>
To: mods@pinchan.example
Subject: [KCSC-240911-05] Reminder: Request to remove illegal content
Message-ID: <rem-240911-05@kcsc.example>
Date: Wed, 11 Sep 2024 19:00:00 +0900

""" + req_body_en("KCSC-240911-05", [P1, P2, P3, P4, P5]) + "\n",
    outcome="ignored", classification="bounce",
    imitates="Exim plain-text bounce carrying a copy of our reminder",
    why="a bounce; the URLs are in our own returned message",
    items={P1: "pending", P2: "pending"},
)

# ================================================================ DropVault (file host)

case(
    name="dropvault-disabled-list",
    **{"from": "compliance@dropvault.example"}, name_from=DV,
    date="Fri, 13 Sep 2024 09:00:00 +0000",
    subject="Re: " + REQ_SUBJ_EN.format(ref="KCSC-240912-06"),
    reply_to_req="req-240912-06",
    body=f"""Hello,

following your notice KCSC-240912-06, the files below were disabled and can
no longer be downloaded:

- {F1}
- {F2}
- {F3}

We could not find the folder {F4} in our
system. The uploader may have deleted it before our review.

DropVault Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="file host's takedown confirmation with bulleted links",
    why="three files disabled; the folder cannot be found (the 'may have' only guesses why)",
    items={F1: "removed", F2: "removed", F3: "removed", F4: "not_found"},
)

_dv_html = f"""<html><body>
<p><b>Abuse report DV-88412</b></p>
<p>Your report</p>
<ul><li>URL: {F2}</li><li>Reason: copyright (KCSC-240912-06)</li></ul>
<p>Outcome</p>
<p>The file was removed for violating our Terms of Service, section 4.2.
The uploader has been notified.</p>
<p>DropVault Compliance</p>
</body></html>
"""
case(
    name="dropvault-base64-echo",
    **{"from": "noreply@dropvault.example"}, name_from="DropVault",
    date="Fri, 13 Sep 2024 14:45:00 +0000",
    subject="Abuse report DV-88412: outcome",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_dv_html),
    outcome="applied", classification="confirmation",
    imitates="ticket outcome email echoing the report fields, HTML body in base64",
    why="the echoed file is stated removed in the outcome section",
    items={F2: "removed"},
)

case(
    name="dropvault-all-removed",
    **{"from": "compliance@dropvault.example"}, name_from=DV,
    date="Sat, 14 Sep 2024 10:00:00 +0000",
    subject="Re: " + REQ_SUBJ_EN.format(ref="KCSC-240912-06"),
    reply_to_req="req-240912-06",
    body="""Hello,

all files listed in your report KCSC-240912-06 have been removed from
DropVault.

DropVault Compliance
""",
    outcome="review", review="bulk",
    imitates="file host's one-sentence 'all removed' reply",
    why="a statement about four items naming none",
    items={F1: "pending", F2: "pending", F3: "pending", F4: "pending"},
)

case(
    name="dropvault-ack-plus-one-done",
    **{"from": "compliance@dropvault.example"}, name_from=DV,
    date="Thu, 12 Sep 2024 15:30:00 +0000",
    subject="[DV-90021] Re: " + REQ_SUBJ_EN.format(ref="KCSC-240912-06"),
    reply_to_req="req-240912-06",
    body=f"""Thank you for your report, we have logged it as ticket DV-90021.

{F3} was already deleted by our automated hash matching on
11 September, so no further action is needed on that one. The remaining
links are in our review queue.

DropVault Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="acknowledgement that also reports one file already actioned",
    why="besides the receipt it states one file deleted (by the platform's own matching)",
    items={F3: "removed"},
)

case(
    name="dropvault-ticket-receipt",
    **{"from": "noreply@dropvault.example"}, name_from="DropVault",
    date="Thu, 12 Sep 2024 01:00:10 +0000",
    subject="[DV-90021] We've received your request (KCSC-240912-06)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We've received your request and a ticket has been created: DV-90021.
Our team usually responds within 72 hours.

You can add information by replying to this email.

DropVault Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk auto-receipt ('we've received your request, ticket created')",
    why="pure acknowledgement",
    items={},
)

# ================================================================ Pasteum (paste site, one item)

case(
    name="pasteum-removed-no-url",
    **{"from": "milo@pasteum.example"}, name_from="Milo (Pasteum)",
    date="Fri, 13 Sep 2024 12:03:00 +0000",
    subject="Re: " + REQ_SUBJ_EN.format(ref="KCSC-240913-07"),
    reply_to_req="req-240913-07",
    body="""Removed the paste, thanks for the heads up.

-- Milo
pasteum.example - one-person service, please be patient
""",
    outcome="applied", classification="confirmation",
    imitates="one-person service operator's reply without repeating the link",
    why="one-item request; the sole statement 'removed the paste' applies to it",
    items={T1: "removed"},
)

case(
    name="pasteum-keeps-it-up",
    **{"from": "milo@pasteum.example"}, name_from="Milo (Pasteum)",
    date="Sat, 14 Sep 2024 08:10:00 +0000",
    subject="Re: " + REQ_SUBJ_EN.format(ref="KCSC-240913-07"),
    reply_to_req="req-240913-07",
    body=f"""Hi,

I looked at {T1} - it is a list of links to public
news articles, nothing illegal or private in it as far as I can see, so I'm
leaving it up.

-- Milo
""",
    outcome="applied", classification="confirmation",
    imitates="operator declining after checking the paste",
    why="kept because it breaks no rule = rejected",
    items={T1: "rejected"},
)

case(
    name="pasteum-contact-change",
    **{"from": "milo@pasteum.example"}, name_from="Milo (Pasteum)",
    date="Mon, 16 Sep 2024 07:00:00 +0000",
    subject="abuse contact change",
    body="""Hi,

heads-up: abuse@pasteum.example will be retired at the end of the month.
Please send reports to reports@pasteum.example or use
https://pasteum.example/report from now on.

Thanks,
Milo
""",
    outcome="review", review="no_claims",
    imitates="small service notifying a change of abuse contact",
    why="trusted platform mail naming no item and no request",
    items={},
)

HEADER = """# Blind set 895 (tests/corpus/blind895/): hosting providers, a CDN, a
# registrar, a Korean forum, an image board, a file host and a paste site,
# often answering informally; CSV attachments and plain-text tables.
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. See NOTES.md."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind895", HEADER, cases)
    print(f"{len(cases)} cases")
