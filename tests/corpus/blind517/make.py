#!/usr/bin/env python3
"""Blind set 517: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering removal requests, often
informally (abuse desks, admins writing one line), plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind517/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before the reader
was ever run on this set. All names, domains, ids and URLs are fictional.
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

F = {  # KCSC-240902-01, FerroHost, 12 items (the largest request)
    "lucky": "https://lucky-dragon77.example/",
    "lucky_join": "https://lucky-dragon77.example/join?ref=kc01",
    "toto": "https://toto-bada.example/event/2409",
    "mint_index": "https://web12.ferrohost.example/~mintbet/index.html",
    "mint_charge": "https://web12.ferrohost.example/~mintbet/charge.php",
    "road_bac": "https://casinoroad-kr.example/live/baccarat",
    "road_slot": "https://casinoroad-kr.example/live/slot",
    "sunny": "https://web07.ferrohost.example/~sunny88/",
    "odds31": "https://odds-king.example/board/view.php?id=notice&no=31",
    "odds32": "https://odds-king.example/board/view.php?id=notice&no=32",
    "hwang": "https://hwangjae-bet.example/%EC%9D%B4%EB%B2%A4%ED%8A%B8",
    "banner": "https://static.ferrohost.example/u/7731/banner-bet.gif",
}
HWANG_RAW = "https://hwangjae-bet.example/이벤트"
N = {  # KCSC-240903-02, Nimbus Edge (CDN), 4 items
    "ice": "https://ice-market24.example/",
    "ice_item": "https://ice-market24.example/shop/item/118",
    "price": "https://cdn.nimbusedge.example/c/4f1a9e/price-list.jpg",
    "green": "https://green-leaf-kr.example/order",
}
H = {  # KCSC-240904-03, Hanbit Domains (registrar), 3 items
    "bada": "http://bada-casino.example/",
    "jackpot": "http://jackpot-seoul.example/",
    "ace": "http://toto-ace.example/",
}
D = {  # KCSC-240905-04, Dalbit Forum, 5 items
    "f213": "https://dalbitforum.example/free/88213",
    "f240": "https://dalbitforum.example/free/88240",
    "humor": "https://dalbitforum.example/humor/5120",
    "market": "https://dalbitforum.example/board.php?bo_table=market&wr_id=771",
    "jangteo": "https://dalbitforum.example/%EC%9E%A5%ED%84%B0/3310",
}
JANGTEO_RAW = "https://dalbitforum.example/장터/3310"
K = {  # KCSC-240906-05, Kitechan (image board), 3 items
    "t40112": "https://kitechan.example/b/res/40112.html",
    "p40190": "https://kitechan.example/b/res/40187.html#p40190",
    "img": "https://img.kitechan.example/src/1725430012881.jpg",
}
P = {  # KCSC-240909-06, ParcelFile (file host), 2 items
    "xk": "https://parcelfile.example/d/Xk29fPq",
    "zip": "https://parcelfile.example/d/m3RtU8w/leaked_list.zip",
}
S = {  # KCSC-240910-07, Snipbin (paste site), 1 item
    "paste": "https://snipbin.example/p/q7w1e9",
}

REQUESTS = [
    ("KCSC-240902-01", "ferrohost", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     list(F.values()), "illegal gambling",
     'sites on shared servers "web07" and "web12", plus customer domains routed to FerroHost'),
    ("KCSC-240903-02", "nimbusedge", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00",
     list(N.values()), "drug sales", "CDN in front of the shops; one image stored on its own storage"),
    ("KCSC-240904-03", "hanbit", "2024-09-04T09:15:00+09:00", "2024-09-11T18:00:00+09:00",
     list(H.values()), "illegal gambling", "domain suspension requested from the registrar"),
    ("KCSC-240905-04", "dalbit", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     list(D.values()), "obscenity", "community forum, Korean admin"),
    ("KCSC-240906-05", "kitechan", "2024-09-06T16:20:00+09:00", "2024-09-13T18:00:00+09:00",
     list(K.values()), "obscenity", "image board: a thread, one post, one image file"),
    ("KCSC-240909-06", "parcelfile", "2024-09-09T10:05:00+09:00", "2024-09-16T18:00:00+09:00",
     list(P.values()), "personal data", "file host, two download links"),
    ("KCSC-240910-07", "snipbin", "2024-09-10T13:40:00+09:00", "2024-09-17T18:00:00+09:00",
     list(S.values()), "illegal gambling", "paste listing betting site addresses"),
]


def msgid(ref):
    return ref + ".1"  # request Message-ID is <REF.1@kcsc.example>


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers

def request_text(ref, platform_name, urls):
    lines = [
        f"Dear {platform_name} team,",
        "",
        "The Korea Communications Standards Commission has found the content at",
        "the addresses below to be illegal under Korean law and requests its",
        f"removal. Our reference: {ref}.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please tell us what action you take on each address.", "",
              "KCSC Takedown Team"]
    return lines


def gmail_quote(ref, platform_name, urls, when):
    out = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"]
    for line in request_text(ref, platform_name, urls):
        out.append(("> " + line).rstrip())
    return "\n".join(out)


def outlook_quote(ref, platform_name, urls, sent, to):
    out = ["-----Original Message-----",
           "From: KCSC Takedown <takedown@kcsc.example>",
           f"Sent: {sent}",
           f"To: {to}",
           f"Subject: {ref} removal request", ""]
    out += request_text(ref, platform_name, urls)
    return "\n".join(out)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)
AUTO_REPLIED = ["Auto-Submitted: auto-replied", "X-Autoreply: yes"]
AUTO_GEN = ["Auto-Submitted: auto-generated", "Precedence: bulk"]

CASES = []


def enc(text):
    """RFC 2047-encode a header value that is not pure ASCII, as mailers do."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode()


def case(**kw):
    for key in ("name_from", "subject"):
        if key in kw:
            kw[key] = enc(kw[key])
    CASES.append(kw)


# ================================================================ FerroHost

case(
    name="ferro-abuse-desk-numbered",
    **{"from": "abuse@ferrohost.example"}, name_from="FerroHost Abuse Desk",
    date="Wed, 04 Sep 2024 16:12:40 +0900",
    subject=f"Re: {R1} removal request [FH-55120]", reply_to_req=msgid(R1),
    body=f"""
Hello,

Thank you for your report. Our abuse team has finished reviewing the
following addresses from your list:

1. {F['mint_index']}
   Account "mintbet" suspended for breach of our AUP; the site is disabled.
2. {F['mint_charge']}
   Same account, disabled together with the rest of the site.
3. {F['sunny']}
   There is no account "sunny88" on web07 and we hold no record of one.
4. {F['banner']}
   File deleted from customer 7731's static storage.

Ticket FH-55120 stays open for the other addresses in your request.

Kind regards,
Marta Lindqvist
FerroHost Abuse Desk
Acceptable Use Policy: https://ferrohost.example/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="hosting-provider abuse desk reply listing each reported URL with the action taken",
    why="numbered list, status on the line under each URL: account suspended (2), no such account, file deleted",
    items={F["mint_index"]: "removed", F["mint_charge"]: "removed",
           F["sunny"]: "not_found", F["banner"]: "removed"},
)

_csv = csv_text([
    ["url", "action", "completed_at (KST)", "agent"],
    [F["road_bac"], "Site suspended (account terminated)", "2024-09-05 11:02", "ML"],
    [F["road_slot"], "Site suspended (account terminated)", "2024-09-05 11:02", "ML"],
    [F["odds31"], "Page removed", "2024-09-05 11:20", "JK"],
    [F["odds32"], "Not found - no such post on the server", "2024-09-05 11:21", "JK"],
    [HWANG_RAW, "Page removed", "2024-09-05 11:40", "JK"],
])
case(
    name="ferro-ticket-csv-attachment",
    **{"from": "abuse@ferrohost.example"}, name_from="FerroHost Abuse Desk",
    date="Thu, 05 Sep 2024 12:03:55 +0900",
    subject=f"[FH-55120] Outcome report - {R1}", reply_to_req=msgid(R1),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_fh55120_mix"

--=_fh55120_mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello KCSC team,

Attached is the outcome report for ticket FH-55120 (your reference
{R1}), exported from our abuse system: one row per address.

Best regards,
FerroHost Abuse Desk

--=_fh55120_mix
Content-Type: text/csv; charset=utf-8; name="FH-55120_outcome.csv"
Content-Disposition: attachment; filename="FH-55120_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--=_fh55120_mix--
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-ticket system export attached as CSV (one row per URL, action column)",
    why="CSV rows: two sites suspended, one page removed, one post not found, Korean-path page removed (raw IRI in the CSV)",
    items={F["road_bac"]: "removed", F["road_slot"]: "removed", F["odds31"]: "removed",
           F["odds32"]: "not_found", F["hwang"]: "removed"},
)

case(
    name="ferro-oneliner-over-gmail-quote",
    **{"from": "jonas.kerr@ferrohost.example"}, name_from="Jonas Kerr",
    date="Tue, 03 Sep 2024 09:41:07 +0900",
    subject=f"Re: {R1} removal request", reply_to_req=msgid(R1),
    body=f"""
Done - {F['toto']} is gone, we pulled the customer's vhost this morning.

Jonas

{gmail_quote(R1, 'FerroHost', list(F.values()), 'Mon, 2 Sep 2024 at 10:00')}
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a hosting support engineer, top-posted over the Gmail-quoted request",
    why="one item removed in the reply; the other eleven appear only in the quoted request",
    items={F["toto"]: "removed"},
)

case(
    name="ferro-deadline-promise",
    **{"from": "abuse@ferrohost.example"}, name_from="FerroHost Abuse Desk",
    date="Tue, 03 Sep 2024 15:20:11 +0900",
    subject=f"Re: {R1} removal request [FH-55120]", reply_to_req=msgid(R1),
    body=f"""
Hello,

We have forwarded your complaint about

{F['mint_index']}
{F['mint_charge']}

to our customer and given them 48 hours to take the material down. If the
pages are still online when that deadline passes, we will suspend the
hosting account.

We will let you know the result.

FerroHost Abuse Desk
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="host forwarding the complaint to its customer with a 48-hour deadline",
    why="a conditional promise to suspend later: both pages stay pending",
    items={F["mint_index"]: "pending", F["mint_charge"]: "pending"},
)

case(
    name="ferro-all-taken-offline",
    **{"from": "abuse@ferrohost.example"}, name_from="FerroHost Abuse Desk",
    date="Fri, 06 Sep 2024 10:05:00 +0900",
    subject=f"Re: {R1} removal request [FH-55120]", reply_to_req=msgid(R1),
    body=f"""
Hi,

Regarding {R1}: all of the URLs listed in your request have now been
taken offline, and the customers concerned have been notified.

Regards,
FerroHost Abuse Desk
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="abuse desk closing a ticket with a single sentence for the whole list",
    why="one statement about all twelve items without naming any: bulk, items pending",
    items={u: "pending" for u in F.values()},
)

case(
    name="ferro-dmarc-fail",
    **{"from": "abuse@ferrohost.example"}, name_from="FerroHost Abuse",
    auth="fail",
    date="Sat, 07 Sep 2024 02:14:33 +0900",
    subject=f"RE: {R1} removal request",
    body=f"""
Hello,

The following were removed today:

- {F['lucky']}
- {F['lucky_join']}
- {F['toto']}

FerroHost Abuse
""",
    outcome="review", review="untrusted",
    imitates="short removal confirmation whose sender domain fails DKIM/SPF/DMARC",
    why="clear statements, but the mail fails authentication for ferrohost.example",
    items={F["lucky"]: "pending", F["lucky_join"]: "pending", F["toto"]: "pending"},
)

case(
    name="ferro-html-status-table",
    **{"from": "abuse@ferrohost.example"}, name_from="FerroHost Abuse Desk",
    date="Mon, 09 Sep 2024 14:30:00 +0900",
    subject=f"Status of your request {R1}", reply_to_req=msgid(R1),
    type="html",
    body=f"""
<html><body>
<p>Dear Sir or Madam,</p>
<p>Please find below the current status of the addresses from request {R1} that our team has handled.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Status</th><th>Comment</th></tr>
<tr><td><a href="{F['lucky']}">{F['lucky']}</a></td><td>Suspended</td><td>Hosting account terminated</td></tr>
<tr><td><a href="{F['lucky_join']}">{F['lucky_join']}</a></td><td>Suspended</td><td>Same account</td></tr>
<tr><td><a href="{F['sunny']}">{F['sunny']}</a></td><td>Not found</td><td>No such user directory on web07</td></tr>
<tr><td><a href="{F['hwang']}">{HWANG_RAW}</a></td><td>Removed</td><td>Page deleted by our staff</td></tr>
</table>
<p>Kind regards,<br>FerroHost Abuse Desk<br><a href="https://ferrohost.example/legal/aup">Acceptable Use Policy</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML status table sent by a hosting provider's abuse desk",
    why="table rows: two pages of a suspended account, one unknown directory, one Korean-path page deleted",
    items={F["lucky"]: "removed", F["lucky_join"]: "removed", F["sunny"]: "not_found",
           F["hwang"]: "removed"},
)

case(
    name="ferro-out-of-office",
    **{"from": "marta.lindqvist@ferrohost.example"}, name_from="Marta Lindqvist",
    date="Tue, 10 Sep 2024 18:02:10 +0900",
    subject=f"Automatic reply: Reminder: {R1} removal request",
    reply_to_req=msgid(R1), extra_headers=AUTO_REPLIED,
    body="""
I am out of the office until Monday 16 September with limited access to
email. For abuse matters please write to abuse@ferrohost.example, which is
monitored around the clock.

Marta
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office message",
    why="out-of-office auto-reply",
    items={},
)

_qp_body = f"""Hello,

Follow-up on ticket FH-55120 / {R1}.

{F['road_bac']} – the customer’s contract was terminated on 6 September and the server has been wiped.
{F['road_slot']} – same server, also wiped.

The odds-king.example board runs on a VPS we lease to a reseller. We have null-routed its IP address, so these two pages are unreachable from anywhere:
{F['odds31']}
{F['odds32']}

Regards,
Kim Seo-yeon (김서연)
FerroHost Network Operations
"""
case(
    name="ferro-qp-wiped-and-nullrouted",
    **{"from": "noc@ferrohost.example"}, name_from="FerroHost Network Operations",
    date="Fri, 06 Sep 2024 19:45:12 +0900",
    subject=f"Re: [FH-55120] {R1}", reply_to_req=msgid(R1),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="network-operations reply (quoted-printable) reporting a wiped server and a null-routed VPS",
    why="server wiped (2 URLs) and IP null-routed so unreachable everywhere (2 URLs, on the lines below the statement)",
    items={F["road_bac"]: "removed", F["road_slot"]: "removed",
           F["odds31"]: "removed", F["odds32"]: "removed"},
)

case(
    name="ferro-hedged-appears",
    **{"from": "jonas.kerr@ferrohost.example"}, name_from="Jonas Kerr",
    date="Wed, 04 Sep 2024 11:18:00 +0900",
    subject=f"Re: {R1} removal request", reply_to_req=msgid(R1),
    body=f"""
Hi,

It looks like the customer may already have taken down
{F['lucky_join']} - we have seen no traffic to it since
yesterday, but we haven't been able to confirm with them yet.
{F['lucky']} seems to redirect to a parking page now.

I'll follow up once I hear back.

Jonas
FerroHost Abuse Desk
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="informal abuse-desk note guessing from traffic graphs",
    why="hedges only ('may already have', 'seems to'): both items stay pending",
    items={F["lucky"]: "pending", F["lucky_join"]: "pending"},
)

case(
    name="ferro-ticket-receipt",
    **{"from": "noreply@ferrohost.example"}, name_from="FerroHost Abuse Desk",
    date="Mon, 02 Sep 2024 10:01:44 +0900",
    subject=f"[FH-55120] We have received your abuse report ({R1} removal request)",
    reply_to_req=msgid(R1), extra_headers=AUTO_GEN,
    body="""
This is an automatic confirmation.

Your abuse report has been received and ticket FH-55120 has been opened.
A member of our abuse team will look at it, usually within two business
days. Please keep [FH-55120] in the subject line of any reply.

-- 
FerroHost Abuse Desk (automated message, please do not reply)
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk auto-acknowledgement with a ticket number",
    why="pure receipt: ticket opened, nothing about any item",
    items={},
)

case(
    name="ferro-outlook-original-message",
    **{"from": "jonas.kerr@ferrohost.example"}, name_from="Jonas Kerr",
    date="Thu, 05 Sep 2024 17:26:30 +0900",
    subject=f"RE: {R1} removal request", reply_to_req=msgid(R1),
    body=f"""
Hi,

We've dealt with these three:

{F['lucky']} and {F['lucky_join']} – hosting account terminated, both pages are offline now.

{F['sunny']} – we have no user sunny88 on web07; the path returns our default 404 page and never existed in our records.

The rest are still with the customers.

Thanks,
Jonas Kerr
FerroHost Abuse Desk

{outlook_quote(R1, 'FerroHost', list(F.values()), 'Monday, September 2, 2024 10:00 AM', 'abuse@ferrohost.example')}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' with the full request below",
    why="two URLs in one sentence taken offline, one never existed; the quoted request below says nothing new",
    items={F["lucky"]: "removed", F["lucky_join"]: "removed", F["sunny"]: "not_found"},
)

case(
    name="ferro-angle-brackets-wrapped",
    **{"from": "abuse@ferrohost.example"}, name_from="FerroHost Abuse Desk",
    date="Sat, 07 Sep 2024 13:09:51 +0900",
    subject=f"Re: [FH-55120] odds-king.example ({R1})", reply_to_req=msgid(R1),
    body=f"""
Dear KCSC,

Both posts on the odds-king.example message board have been deleted by our
staff directly on the customer's server:

<https://odds-king.example/board/view.php?
 id=notice&no=31>
<{F['odds32']}>

The board itself stays online.

FerroHost Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with URLs in angle brackets, one wrapped the RFC 3986 appendix C way",
    why="statement then two URLs in angle brackets (the first wrapped over two lines): both deleted",
    items={F["odds31"]: "removed", F["odds32"]: "removed"},
)

case(
    name="ferro-ascii-table",
    **{"from": "abuse@ferrohost.example"}, name_from="FerroHost Abuse Desk",
    date="Wed, 11 Sep 2024 09:00:03 +0900",
    subject=f"[FH-55120] Status update - {R1}", reply_to_req=msgid(R1),
    body=f"""
Status of ticket FH-55120 ({R1}) as of 11 Sep 2024:

+----------------------------------------------------------+------------------------------------------+
| URL                                                      | Result                                   |
+----------------------------------------------------------+------------------------------------------+
| {F['toto']:<56} | Removed                                  |
| {F['road_bac']:<56} | Not found - deleted by the site owner    |
|                                                          | before our check, returns 404            |
| {F['banner']:<56} | Removed                                  |
| {HWANG_RAW:<56} | Removed by the customer after our        |
|                                                          | notice; verified by us on 10 Sep         |
+----------------------------------------------------------+------------------------------------------+

Other addresses: no change since our last update.

FerroHost Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text ASCII table pasted from a ticket system",
    why="text table: two removed, one already gone before the host checked, one removed by the customer after the notice",
    items={F["toto"]: "removed", F["road_bac"]: "not_found", F["banner"]: "removed",
           F["hwang"]: "removed"},
)

# ================================================================ Nimbus Edge (CDN)

case(
    name="nimbus-passthrough-forwarded",
    **{"from": "abuse@nimbusedge.example"}, name_from="Nimbus Edge Trust & Safety",
    date="Wed, 04 Sep 2024 08:55:20 +0900",
    subject=f"Nimbus Edge abuse report NE-8841207 ({R2})", reply_to_req=msgid(R2),
    body=f"""
Thank you for your report concerning:

{N['ice']}
{N['ice_item']}
{N['green']}

Nimbus Edge provides reverse-proxy and caching services to these websites.
We are not their hosting provider and cannot remove material stored on
another company's servers.

We have forwarded your report to the website operator and to the hosting
provider, Arcline Hosting (abuse@arcline-hosting.example), and shared the
origin IP address with the host. You may wish to contact them directly.

Nimbus Edge Trust & Safety
https://nimbusedge.example/abuse
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="CDN 'we are a pass-through service and do not host this content' reply",
    why="the CDN says it cannot act and forwarded the report: no removal, no refusal on the merits, no not-found",
    items={N["ice"]: "pending", N["ice_item"]: "pending", N["green"]: "pending"},
)

case(
    name="nimbus-hosted-object-disabled",
    **{"from": "abuse@nimbusedge.example"}, name_from="Nimbus Edge Trust & Safety",
    date="Thu, 05 Sep 2024 13:40:00 +0900",
    subject=f"Update: Nimbus Edge abuse report NE-8841207 ({R2})", reply_to_req=msgid(R2),
    body=f"""
Hello,

The image {N['price']} was stored on Nimbus Files, our object storage
product, so in this case we are the host. We have disabled the object and
purged it from every cache; the address now answers 451 to everyone.

The other addresses in your request belong to websites that only pass
through our proxy; those reports have been forwarded to their host.

Nimbus Edge Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN update for content it does host (object storage): disabled and purged",
    why="the one hosted object is disabled for everyone; the proxied sites are only forwarded",
    items={N["price"]: "removed", N["ice"]: "pending", N["ice_item"]: "pending", N["green"]: "pending"},
)

case(
    name="nimbus-blocked-in-korea",
    **{"from": "abuse@nimbusedge.example"}, name_from="Nimbus Edge Trust & Safety",
    date="Mon, 09 Sep 2024 10:12:45 +0900",
    subject=f"Re: {R2} - country block applied", reply_to_req=msgid(R2),
    body=f"""
Hello,

After review under the law of the Republic of Korea, Nimbus Edge has
blocked access from Korean IP addresses to the following pages served
through our network:

<{N['green']}>
<{N['ice_item']}>

Visitors from other countries are not affected.

Nimbus Edge Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="provider notice of a country-level block (geo-blocking for Korea only)",
    why="both pages blocked from Korea only: restricted",
    items={N["green"]: "restricted", N["ice_item"]: "restricted"},
)

case(
    name="nimbus-dsa-statement-of-reasons",
    **{"from": "dsa-notices@nimbusedge.example"}, name_from="Nimbus Edge",
    date="Tue, 10 Sep 2024 07:30:00 +0900",
    subject="Statement of reasons - decision on notice NE-8841207",
    body=f"""
STATEMENT OF REASONS (Article 17, Regulation (EU) 2022/2065)

Notice reference:      NE-8841207 ({R2})
Content concerned:     {N['price']}
Type of restriction:   access to the content disabled
Territorial scope:     Republic of Korea (KR) only
Duration:              indefinite
Facts and circumstances: notice from a Korean public authority
Ground:                content illegal under the law of the Republic of Korea
Automated detection:   no
Automated decision:    no

Redress: the uploader may appeal through https://nimbusedge.example/appeals.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons with a territorial scope",
    why="access disabled with territorial scope KR only: restricted",
    items={N["price"]: "restricted"},
)

case(
    name="nimbus-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx2.nimbusedge.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Wed, 11 Sep 2024 09:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.mx2.7731"

--dsn.mx2.7731
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.nimbusedge.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@nimbusedge.example>: unknown user: "abuse-kr"

--dsn.mx2.7731
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.nimbusedge.example
Arrival-Date: Wed, 11 Sep 2024 09:00:40 +0900

Final-Recipient: rfc822; abuse-kr@nimbusedge.example
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; unknown user: "abuse-kr"

--dsn.mx2.7731
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@nimbusedge.example
Subject: Reminder: {R2} removal request
Date: Wed, 11 Sep 2024 09:00:30 +0900
Message-ID: <reminder.{R2}.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

This is a reminder of our request {R2}. These addresses are still online:
{N['ice']}
{N['ice_item']}
{N['price']}
{N['green']}

--dsn.mx2.7731--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (5.1.1 unknown user) carrying our reminder",
    why="delivery failure report; the URLs are in our own returned reminder",
    items={},
)

# ================================================================ Hanbit Domains (registrar)

case(
    name="hanbit-clienthold-bare-domains",
    **{"from": "abuse@hanbit-domains.example"}, name_from="Hanbit Domains Abuse",
    date="Thu, 05 Sep 2024 17:50:00 +0900",
    subject=f"Re: {R3} domain suspension request", reply_to_req=msgid(R3),
    body=f"""
Dear KCSC,

Regarding your request {R3}:

bada-casino.example   - placed on clientHold on 5 Sep 2024; the domain no longer resolves.
jackpot-seoul.example - placed on clientHold on 5 Sep 2024; the domain no longer resolves.
toto-ace.example      - this registration expired on 28 Aug 2024 and was deleted; the
                        name no longer exists in our system.

Regards,
Hanbit Domains Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply listing bare domain names with their EPP status",
    why="two domains on clientHold (no longer resolve: removed), one deleted after expiry (not_found); domains written without http://",
    items={H["bada"]: "removed", H["jackpot"]: "removed", H["ace"]: "not_found"},
)

case(
    name="hanbit-korean-suspension-notice",
    **{"from": "abuse@hanbit-domains.example"}, name_from="한빛도메인",
    date="Fri, 06 Sep 2024 15:03:00 +0900",
    subject=f"[한빛도메인] 도메인 이용정지 조치 결과 안내 ({R3})", reply_to_req=msgid(R3),
    body=f"""
안녕하세요, 한빛도메인 불법이용 대응팀입니다.

방송통신심의위원회 요청({R3})에 대한 처리 결과를 안내드립니다.

- 대상: {H['ace']}
- 조치: 도메인 이용정지 (clientHold 설정, 2024-09-06 14:00)
- 사유: 불법 도박 사이트 운영 (이용약관 제14조 위반)

나머지 도메인은 확인 중이며, 결과가 나오는 대로 다시 회신드리겠습니다.

한빛도메인 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar notice 도메인 이용정지 조치 결과 안내",
    why="one domain suspended (이용정지, clientHold); the others 확인 중 stay pending",
    items={H["ace"]: "removed"},
)

case(
    name="hanbit-no-court-order",
    **{"from": "legal@hanbit-domains.example"}, name_from="Hanbit Domains Legal",
    date="Mon, 09 Sep 2024 11:22:10 +0900",
    subject=f"Re: {R3} domain suspension request", reply_to_req=msgid(R3),
    body=f"""
Hello,

Hanbit Domains acts only as the registrar of jackpot-seoul.example. Under
our registration agreement we suspend a domain on content grounds only on a
court order; your letter does not fall under that clause, and the domain is
not used for the technical abuse (malware, phishing, botnets) on which we act
directly. {H['jackpot']} therefore remains active and we are taking
no action on it.

For the content itself, please contact the hosting provider of the site.

Hanbit Domains Legal
""",
    outcome="applied", classification="confirmation",
    imitates="registrar refusal: content complaints need a court order",
    why="explicit refusal with its reason; the domain stays active: rejected",
    items={H["jackpot"]: "rejected"},
)

case(
    name="hanbit-asks-official-letter",
    **{"from": "legal@hanbit-domains.example"}, name_from="Hanbit Domains Legal",
    date="Thu, 05 Sep 2024 10:02:00 +0900",
    subject=f"Re: {R3} domain suspension request", reply_to_req=msgid(R3),
    body=f"""
Dear KCSC team,

Before we can act on request {R3} we need an official letter on the
Commission's letterhead, signed by an authorised officer, that states the
legal basis for suspending each of the three domains. Please send it as a
PDF in reply to this email.

Hanbit Domains Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for a signed official letter before acting",
    why="asks for documents; no item changes",
    items={},
)

case(
    name="hanbit-korean-out-of-office",
    **{"from": "jh.park@hanbit-domains.example"}, name_from="박지훈",
    date="Tue, 10 Sep 2024 09:15:00 +0900",
    subject=f"[자동응답] Re: {R3} domain suspension request",
    reply_to_req=msgid(R3), extra_headers=AUTO_REPLIED,
    body="""
안녕하세요. 9월 10일부터 9월 18일까지 휴가 및 추석 연휴로 부재중입니다.
급한 용무는 abuse@hanbit-domains.example 로 연락 부탁드립니다.
감사합니다.

박지훈 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply ([자동응답] 부재중)",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ Dalbit Forum (Korean)

case(
    name="dalbit-admin-oneliner",
    **{"from": "admin@dalbitforum.example"}, name_from="달빛포럼 운영자",
    date="Fri, 06 Sep 2024 00:41:09 +0900",
    subject=f"Re: [{R4}] 게시물 삭제 요청", reply_to_req=msgid(R4),
    body=f"""
{D['f213']} 글 삭제했습니다.

-- 
달빛포럼 운영자
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small forum's admin",
    why="one post deleted (삭제)",
    items={D["f213"]: "removed"},
)

case(
    name="dalbit-result-list-mixed",
    **{"from": "admin@dalbitforum.example"}, name_from="달빛포럼 운영팀",
    date="Mon, 09 Sep 2024 13:27:00 +0900",
    subject=f"Re: [{R4}] 게시물 삭제 요청 - 조치 결과", reply_to_req=msgid(R4),
    body=f"""
방송통신심의위원회 담당자님께,

요청하신 게시물({R4})에 대한 조치 결과를 알려드립니다.

1. {D['f213']}
   → 삭제 완료
2. {D['f240']}
   → 작성자가 이미 삭제한 글이라 확인되지 않습니다.
3. {D['humor']}
   → 블라인드 처리
4. {JANGTEO_RAW}
   → 30일간 임시조치
5. {D['market']}
   → 검토 결과 운영정책 위반 사항이 없어 게시를 유지합니다.

문의사항은 이 메일로 회신 주세요.
달빛포럼 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum 게시중단 요청 처리 결과 list (삭제/블라인드/임시조치/유지)",
    why="five posts: 삭제, author already deleted, 블라인드, 임시조치 (restricted), kept as no rule broken (rejected)",
    items={D["f213"]: "removed", D["f240"]: "not_found", D["humor"]: "removed",
           D["jangteo"]: "restricted", D["market"]: "rejected"},
)

case(
    name="dalbit-all-five-deleted",
    **{"from": "admin@dalbitforum.example"}, name_from="달빛포럼 운영자",
    date="Sat, 07 Sep 2024 21:10:00 +0900",
    subject=f"Re: [{R4}] 게시물 삭제 요청", reply_to_req=msgid(R4),
    body=f"""
안녕하세요.
요청번호 {R4} 관련하여 요청하신 게시물 5건 모두 삭제 처리하였습니다.
감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Korean admin confirming '5건 모두 삭제' without listing the posts",
    why="all five items in one statement, none named: bulk, items pending",
    items={u: "pending" for u in D.values()},
)

case(
    name="dalbit-will-handle-after-meeting",
    **{"from": "admin@dalbitforum.example"}, name_from="달빛포럼 운영자",
    date="Fri, 06 Sep 2024 18:33:00 +0900",
    subject=f"Re: [{R4}] 게시물 삭제 요청", reply_to_req=msgid(R4),
    body=f"""
안녕하세요, 달빛포럼 운영자입니다.

{D['humor']} 및 {JANGTEO_RAW} 건은 운영진 회의를 거쳐
이번 주 안에 처리할 예정입니다. 결과는 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Korean forum admin promising action after a staff meeting (처리할 예정)",
    why="promise only (처리할 예정): both posts stay pending",
    items={D["humor"]: "pending", D["jangteo"]: "pending"},
)

case(
    name="dalbit-urls-with-korean-particles",
    **{"from": "admin@dalbitforum.example"}, name_from="달빛포럼 운영자",
    date="Tue, 10 Sep 2024 08:05:00 +0900",
    subject=f"Re: [{R4}] 게시물 삭제 요청", reply_to_req=msgid(R4),
    body=f"""
운영자입니다.
{D['humor']}은 블라인드 처리했고, {D['f240']}（작성자 본인이 이미 삭제）는 이미 없는 글입니다。
나머지는 아직 확인 중입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean admin writing URLs directly followed by particles and full-width punctuation",
    why="블라인드 for one post, the other already deleted by its author (not_found); the rest 확인 중",
    items={D["humor"]: "removed", D["f240"]: "not_found"},
)

case(
    name="dalbit-admin-from-gmail",
    **{"from": "dalbit.admin@gmail.com"}, name_from="달빛포럼 운영자",
    date="Sun, 08 Sep 2024 11:11:11 +0900",
    subject=f"Re: [{R4}] 게시물 삭제 요청", reply_to_req=msgid(R4),
    body=f"""
달빛포럼 운영자입니다. 포럼 메일 서버가 고장나서 개인 메일로 보냅니다.
요청하신 {R4} 건 중 {D['f213']} 삭제했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="small-forum admin replying from a personal webmail address",
    why="claims to be the admin but writes from gmail.com, not the forum's domain",
    items={D["f213"]: "pending"},
)

case(
    name="dalbit-read-receipt",
    **{"from": "admin@dalbitforum.example"}, name_from="달빛포럼 운영자",
    date="Fri, 06 Sep 2024 09:14:02 +0900",
    subject=f"읽음: [{R4}] 게시물 삭제 요청",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dalbit-0906"

--mdn-dalbit-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

제목: [{R4}] 게시물 삭제 요청
읽은 시각: 2024-09-06 09:14

--mdn-dalbit-0906
Content-Type: message/disposition-notification

Reporting-UA: webmail.dalbitforum.example; DalbitMail 2.3
Final-Recipient: rfc822; admin@dalbitforum.example
Original-Message-ID: <{msgid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dalbit-0906--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, MDN)",
    why="read receipt",
    items={},
)

case(
    name="dalbit-html-result-table",
    **{"from": "admin@dalbitforum.example"}, name_from="달빛포럼 운영팀",
    date="Wed, 11 Sep 2024 16:00:00 +0900",
    subject=f"[달빛포럼] 시정요구 조치 결과 회신 ({R4})", reply_to_req=msgid(R4),
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 달빛포럼 운영팀입니다.</p>
<p>시정요구({R4})에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{D['f240']}</td><td>삭제</td><td>2024-09-09</td></tr>
<tr><td>2</td><td>{D['f213']}</td><td>게시중단</td><td>2024-09-09</td></tr>
<tr><td>3</td><td>{D['market'].replace('&', '&amp;')}</td><td>비공개 처리</td><td>2024-09-10</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 HTML table (번호 / URL / 조치결과 / 조치일)",
    why="table rows: 삭제, 게시중단, 비공개 처리: all removed",
    items={D["f240"]: "removed", D["f213"]: "removed", D["market"]: "removed"},
)

# ================================================================ Kitechan (image board)

case(
    name="kite-janitor-terse",
    **{"from": "mods@kitechan.example"}, name_from="Kitechan mods",
    date="Sat, 07 Sep 2024 03:22:15 +0900",
    subject=f"Re: {R5} removal request", reply_to_req=msgid(R5),
    body=f"""
{K['t40112']} - thread deleted, poster banned
{K['img']} - file purged, hash added to the filter

mod team
""",
    outcome="applied", classification="confirmation",
    imitates="terse image-board moderator reply, one line per URL",
    why="thread deleted, image purged",
    items={K["t40112"]: "removed", K["img"]: "removed"},
)

case(
    name="kite-single-post-deleted",
    **{"from": "mods@kitechan.example"}, name_from="Kitechan mods",
    date="Sun, 08 Sep 2024 14:48:00 +0900",
    subject=f"Re: {R5} removal request", reply_to_req=msgid(R5),
    body=f"""
Hi,

Post No.40190 ({K['p40190']}) was deleted. The rest of thread 40187 does not
break our rules and stays up; we don't remove whole threads over one post.

- Kitechan mod team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator deleting one post but keeping its thread",
    why="the requested item is post 40190 (URL with #p40190): deleted; the thread was never requested",
    items={K["p40190"]: "removed"},
)

case(
    name="kite-about-parcelfile-link",
    **{"from": "mods@kitechan.example"}, name_from="Kitechan mods",
    date="Mon, 09 Sep 2024 22:05:00 +0900",
    subject=f"Re: {R5} removal request", reply_to_req=msgid(R5),
    body=f"""
Hey,

One more thing: the archive people were linking from the thread,
{P['zip']}, is not on our servers. It is hosted by
ParcelFile, and it already shows "file removed" over there.

mod team
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="image-board moderator reporting on a file hosted by a different service",
    why="Kitechan states the status of a ParcelFile item",
    items={P["zip"]: "pending"},
)

case(
    name="kite-bare-url-status-below",
    **{"from": "mods@kitechan.example"}, name_from="Kitechan mods",
    date="Wed, 11 Sep 2024 01:10:30 +0900",
    subject=f"Re: {R5} removal request", reply_to_req=msgid(R5),
    body=f"""
{K['p40190']}
removed (rule 1, illegal content)

{K['img']}
removed, hash banned

{K['t40112']}
404 - the thread had already been pruned from the board before we got to it
""",
    outcome="applied", classification="confirmation",
    imitates="moderator reply: bare URL, outcome on the line below",
    why="post removed, image removed, thread already pruned before the mods looked (not_found)",
    items={K["p40190"]: "removed", K["img"]: "removed", K["t40112"]: "not_found"},
)

# ================================================================ ParcelFile (file host)

case(
    name="parcel-removed-and-invalid-link",
    **{"from": "support@parcelfile.example"}, name_from="ParcelFile Support",
    date="Tue, 10 Sep 2024 12:00:00 +0900",
    subject=f"Re: {R6} removal request", reply_to_req=msgid(R6),
    body=f"""
Hello,

We have removed the file at {P['xk']} following your notice; the
uploader has been informed.

The second link you sent, {P['zip']}, is not valid:
there is no upload with the ID m3RtU8w in our system.

ParcelFile Support
""",
    outcome="applied", classification="confirmation",
    imitates="file-host support reply: one file removed, one link invalid",
    why="one file removed, the other link has no such upload (not_found)",
    items={P["xk"]: "removed", P["zip"]: "not_found"},
)

_pf_html = f"""<html><body>
<h2>Abuse report PF-20931: outcome</h2>
<p>Hello,</p>
<p>Our Trust &amp; Safety team has reached a decision on your report.</p>
<table border="1" cellpadding="4">
<tr><td>Reported link</td><td>{P['zip']}</td></tr>
<tr><td>Reason given</td><td>Personal data published without consent</td></tr>
<tr><td>Outcome</td><td><b>File disabled</b> &ndash; the link no longer serves the file to anyone.</td></tr>
</table>
<p>If you have questions, reply to this email.<br>ParcelFile Trust &amp; Safety</p>
</body></html>
"""
case(
    name="parcel-base64-html-outcome",
    **{"from": "trust@parcelfile.example"}, name_from="ParcelFile Trust & Safety",
    date="Thu, 12 Sep 2024 09:30:00 +0900",
    subject=f"[PF-20931] Decision on your report ({R6})", reply_to_req=msgid(R6),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_pf_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="report-outcome notification echoing the report, HTML in base64",
    why="echoed report with 'Outcome: File disabled' for the one link named",
    items={P["zip"]: "removed"},
)

case(
    name="parcel-under-review",
    **{"from": "support@parcelfile.example"}, name_from="ParcelFile Support",
    date="Tue, 10 Sep 2024 17:44:00 +0900",
    subject=f"Re: {R6} removal request", reply_to_req=msgid(R6),
    body=f"""
Hi,

Both links from {R6} are under review by our compliance team:

- {P['xk']}
- {P['zip']}

Downloads remain possible while the review is ongoing. We expect a decision
within five working days.

ParcelFile Support
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="file host saying the files are under review",
    why="'under review' with a decision promised later: both pending",
    items={P["xk"]: "pending", P["zip"]: "pending"},
)

case(
    name="parcel-report-receipt",
    **{"from": "noreply@parcelfile.example"}, name_from="ParcelFile",
    date="Mon, 09 Sep 2024 10:06:12 +0900",
    subject="[PF-20931] Report received",
    reply_to_req=msgid(R6), extra_headers=AUTO_GEN,
    body=f"""
Thanks - we've received your abuse report.

Reference: PF-20931
Reported link(s):
  {P['xk']}
  {P['zip']}
Report status: Open

Our team reviews reports in the order they arrive. You will receive another
email once a decision has been made. This mailbox is not monitored.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="automatic report receipt echoing the reported links",
    why="receipt echoing our links with 'Report status: Open'; no statement about them",
    items={},
)

case(
    name="parcel-blocked-from-korea",
    **{"from": "trust@parcelfile.example"}, name_from="ParcelFile Trust & Safety",
    date="Fri, 13 Sep 2024 11:15:00 +0900",
    subject=f"[PF-20931] Decision on your report ({R6})", reply_to_req=msgid(R6),
    body=f"""
Hi,

We reviewed {P['xk']}. The file does not break our terms and is
lawful in the uploader's country, so it stays online; but as it is unlawful
under Korean law, we have blocked downloads of it from Korean IP addresses.

ParcelFile Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="file host withholding a file in one country while keeping it up elsewhere",
    why="blocked from Korea only (the 'stays online' is about other countries): restricted",
    items={P["xk"]: "restricted"},
)

case(
    name="parcel-contact-change-notice",
    **{"from": "support@parcelfile.example"}, name_from="ParcelFile Trust & Safety",
    date="Fri, 13 Sep 2024 16:00:00 +0900",
    subject="Change of our abuse contact address",
    body="""
Dear partner,

From 1 October 2024 ParcelFile will receive abuse and legal notices only at
abuse-desk@parcelfile.example and through the form at
https://parcelfile.example/report. The old address legal@parcelfile.example
will no longer be read after that date.

Thank you,
ParcelFile Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="service notice about a new abuse contact address",
    why="trusted ParcelFile mail naming no item and no request",
    items={},
)

# ================================================================ Snipbin (paste site)

case(
    name="snip-two-words",
    **{"from": "jun@snipbin.example"}, name_from="Jun",
    date="Wed, 11 Sep 2024 02:02:02 +0900",
    subject=f"Re: [{R7}] Request to remove content", reply_to_req=msgid(R7),
    body="""
Paste removed.

- J
""",
    outcome="applied", classification="confirmation",
    imitates="two-word reply from the single admin of a small paste site",
    why="sole statement in a reply to a one-item request: removed",
    items={S["paste"]: "removed"},
)

case(
    name="snip-aup-refusal",
    **{"from": "abuse@snipbin.example"}, name_from="Snipbin admin",
    date="Thu, 12 Sep 2024 20:40:00 +0900",
    subject=f"Re: [{R7}] Request to remove content", reply_to_req=msgid(R7),
    body=f"""
Hello,

I had a look at {S['paste']}. It is a plain list of domain names
with no other content. Listing websites is not against our acceptable use
policy, so we will leave it up. If a court in your country orders otherwise,
send us the order.

- Snipbin admin
""",
    outcome="applied", classification="confirmation",
    imitates="small service refusing removal because the paste breaks no rule",
    why="explicit refusal with its reason: rejected",
    items={S["paste"]: "rejected"},
)

case(
    name="snip-helpdesk-domain",
    **{"from": "support@snipbin.deskmail.example"}, name_from="Snipbin Support",
    date="Wed, 11 Sep 2024 10:30:00 +0900",
    subject=f"Re: [{R7}] Request to remove content [#4412]", reply_to_req=msgid(R7),
    body=f"""
##- Please type your reply above this line -##

Hi there,

Thanks for contacting Snipbin. The paste {S['paste']} has been
deleted.

Snipbin Support

Sent via DeskMail
""",
    outcome="review", review="unknown_sender",
    imitates="reply sent through a third-party help-desk service's domain",
    why="clear statement, but the sender domain is the help-desk provider's, not snipbin.example",
    items={S["paste"]: "pending"},
)


HEADER = """# Blind set 517 (hosts, CDN, registrar, forum, image board, file host,
# paste site). Generated by make.py; expected results written from each
# email's meaning before the reader was run on this set."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind517", HEADER, CASES)


if __name__ == "__main__":
    main()
