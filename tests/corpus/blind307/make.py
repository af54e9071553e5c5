#!/usr/bin/env python3
"""Blind set 307: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a one-person blog service answering informally,
plus CSV attachments and plain-text tables.

Written from each email's meaning, before any run of the reader.
Deterministic: `python3 tests/corpus/blind307/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "ridgehost.example": "RidgeHost Abuse",
    "veilcdn.example": "VeilCDN Trust & Safety",
    "namepier.example": "NamePier Abuse",
    "maruboard.example": "마루게시판 운영자",
    "pixchan.example": "pixchan admin",
    "dropcrate.example": "DropCrate Legal",
    "soomblog.example": "숨블로그",
})

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240911-07")

BADA1 = "https://bada-slot77.example/"
BADA2 = "https://bada-slot77.example/join.php"
BADA3 = "https://bada-slot77.example/event/bonus"
HAN51 = "https://hanil-pharm-direct.example/shop/item/51"
HAN52 = "https://hanil-pharm-direct.example/shop/item/52"
HAN60 = "https://hanil-pharm-direct.example/shop/item/60"
HANORD = "https://hanil-pharm-direct.example/order"
NIGHT3 = "https://nightcity-toto.example/board/notice/3"
NIGHT4 = "https://nightcity-toto.example/board/notice/4"
NIGHTSIGN = "https://nightcity-toto.example/signup?ref=kr"
VPS = "https://vps-203-0-113-45.ridgehost.example/~minji/pay.html"
CATPDF = "https://files.seoul-replica.example/catalog.pdf"
LVBAGS = "https://seoul-replica.example/brand/lv-bags"

WT1180 = "https://kr-webtoon-free.example/series/1180"
WT1181 = "https://kr-webtoon-free.example/series/1181"
CH9 = "https://moa-stream.example/live/ch9"
CH12 = "https://moa-stream.example/live/ch12"

QL1 = "http://quick-loan-kr.example/"
QL2 = "http://quick-loan-kr2.example/"
HOMETAX = "http://fake-hometax.example/login"

MF31 = "https://maruboard.example/free/20931"
MF57 = "https://maruboard.example/free/20957"
MJ = "https://maruboard.example/%EC%9E%90%EC%9C%A0/31002"      # 자유/31002
MJ_RAW = "https://maruboard.example/자유/31002"
MG = "https://maruboard.example/%EA%B0%A4%EB%9F%AC%EB%A6%AC/7714"  # 갤러리/7714
MG_RAW = "https://maruboard.example/갤러리/7714"
MM = "https://maruboard.example/market/4410"

PX12 = "https://pixchan.example/kr/res/55012.html"
PX19 = "https://pixchan.example/kr/res/55019.html"
PXJPG = "https://pixchan.example/kr/src/1725432210553.jpg"
PXINT = "https://pixchan.example/int/res/90877.html"

DCA = "https://dropcrate.example/f/aZ93kQ"
DCL = "https://dropcrate.example/f/Lp07xT"
DCF = "https://dropcrate.example/folder/Kc4mNe2"

SOOM = "https://soomblog.example/@haneul_diary/112"

REQUESTS = [
    (R1, "ridgehost", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", "gambling/drugs/counterfeit",
     [BADA1, BADA2, BADA3, HAN51, HAN52, HAN60, HANORD, NIGHT3, NIGHT4, NIGHTSIGN, VPS, CATPDF, LVBAGS],
     "customer sites on RidgeHost servers"),
    (R2, "veilcdn", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", "copyright/streaming",
     [WT1180, WT1181, CH9, CH12], "sites behind VeilCDN"),
    (R3, "namepier", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00", "fraud/phishing",
     [QL1, QL2, HOMETAX], "domains registered at NamePier"),
    (R4, "maruboard", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", "gambling/defamation",
     [MF31, MF57, MJ, MG, MM], "forum posts"),
    (R5, "pixchan", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", "obscenity",
     [PX12, PX19, PXJPG, PXINT], "image board threads"),
    (R6, "dropcrate", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", "obscenity",
     [DCA, DCL, DCF], "file host links"),
    (R7, "soomblog", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00", "privacy",
     [SOOM], "one blog post"),
]
NAMES = {"ridgehost": "RidgeHost", "veilcdn": "VeilCDN", "namepier": "NamePier",
         "maruboard": "MaruBoard", "pixchan": "pixchan", "dropcrate": "DropCrate",
         "soomblog": "Soomblog"}
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return ref + ".req"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref):
    _, plat, sent, due, _, urls, _ = REQ[ref]
    lines = [f"Dear {NAMES[plat]} team,", "",
             "The Korea Communications Standards Commission (KCSC) asks you to remove",
             f"or disable access to the following content (reference {ref}):", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", f"Please tell us the action taken for each URL by {due[:10]}.", "",
              "KCSC Takedown Desk", "takedown@kcsc.example"]
    return "\n".join(lines)


def quoted(ref):
    return "\n".join(("> " + l) if l else ">" for l in request_text(ref).split("\n"))


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def mixed(boundary, body, att_name, att_type, att_bytes):
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{body.strip()}

--{boundary}
Content-Type: {att_type}; name="{att_name}"
Content-Disposition: attachment; filename="{att_name}"
Content-Transfer-Encoding: base64

{b64(att_bytes)}
--{boundary}--
"""


def fake_pdf():
    stream = zlib.compress(
        b"BT /F1 11 Tf 72 720 Td (DropCrate response to KCSC-240909-06: see decisions table) Tj ET", 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = b"%PDF-1.4\n"
    for i, o in enumerate(objs, 1):
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    return out + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ RidgeHost (R1, 13 items)
case(name="ridge-text-table-all", date="Thu, 05 Sep 2024 11:02:44 +0200",
     **{"from": "abuse@ridgehost.example"}, reply_to_req=mid(R1),
     subject=f"Re: [{R1}] Request to remove unlawful content",
     outcome="applied", classification="confirmation",
     imitates="hosting provider abuse desk reply with a per-URL plain-text table",
     why="trusted abuse desk gives an action for every URL in a text table",
     body=f"""
Hello KCSC team,

We have finished working through your notice {R1}. Status per URL below,
checked from our side on 2024-09-05 09:40 UTC.

URL                                                        | Action taken
-----------------------------------------------------------+-----------------------------------------
{BADA1}                               | removed - hosting account suspended
{BADA2}                       | removed - hosting account suspended
{BADA3}                    | removed - hosting account suspended
{HAN51}            | removed by customer after our notice
{HAN52}            | removed by customer after our notice
{HAN60}            | removed by customer after our notice
{HANORD}                  | not found - no such path on the server
{NIGHT3}              | removed by customer after our notice
{NIGHT4}              | removed by customer after our notice
{NIGHTSIGN}               | not found - 404, never existed per logs
{VPS} | removed - file deleted, user locked
{CATPDF}             | removed - file deleted
{LVBAGS}               | no action - see note

Note on seoul-replica.example/brand/lv-bags: the page is a product listing
and does not breach our Acceptable Use Policy or Dutch law, which governs
the server. We are leaving it online.

Our AUP for reference: https://ridgehost.example/legal/aup

Regards,
Jelle de Vries
RidgeHost B.V. - Abuse Department
""",
     items={BADA1: "removed", BADA2: "removed", BADA3: "removed", HAN51: "removed", HAN52: "removed",
            HAN60: "removed", HANORD: "not_found", NIGHT3: "removed", NIGHT4: "removed",
            NIGHTSIGN: "not_found", VPS: "removed", CATPDF: "removed", LVBAGS: "rejected"})

case(name="ridge-oneliner-outlook", date="Tue, 03 Sep 2024 08:15:09 +0200",
     **{"from": "minho.park@ridgehost.example"}, name_from="Minho Park", reply_to_req=mid(R1),
     subject=f"RE: [{R1}] Request to remove unlawful content",
     outcome="applied", classification="confirmation",
     imitates="abuse desk staff one-line top-post over an Outlook-quoted request",
     why="two URLs named as down/deleted above an unquoted Outlook original holding all 13",
     body=f"""
Both hanil-pharm product pages are down, customer deleted them this morning after our warning.
{HAN51}
{HAN52}

Minho

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 3:00 AM
To: abuse@ridgehost.example
Subject: [{R1}] Request to remove unlawful content

{request_text(R1)}
""",
     items={HAN51: "removed", HAN52: "removed"})

case(name="ridge-next-line-gmail", date="Wed, 04 Sep 2024 16:40:00 +0200",
     **{"from": "abuse@ridgehost.example"}, reply_to_req=mid(R1),
     subject=f"Re: [{R1}] Request to remove unlawful content",
     outcome="applied", classification="confirmation",
     imitates="abuse desk update with the status on the line below each URL, Gmail quote below",
     why="two nightcity pages each followed by a removal line; the quoted request must not count",
     body=f"""
Hi,

Update on the nightcity-toto.example pages:

{NIGHT3}
  -> deleted by the customer after our notice, verified 404 from outside
{NIGHT4}
  -> deleted by the customer after our notice, verified 404 from outside

The other sites are still with the customers, we'll follow up.

RidgeHost Abuse

On Mon, Sep 2, 2024 at 3:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(R1)}
""",
     items={NIGHT3: "removed", NIGHT4: "removed"})

CSV_RIDGE = (
    "url,action,checked_utc\n"
    f"{BADA1},suspended,2024-09-04 07:12\n"
    f"{BADA2},suspended,2024-09-04 07:12\n"
    f"{BADA3},suspended,2024-09-04 07:12\n"
    f"{HAN60},deleted,2024-09-04 08:30\n"
    f"{HANORD},not found,2024-09-04 08:31\n").encode()
case(name="ridge-csv-attachment", date="Wed, 04 Sep 2024 10:05:31 +0200",
     **{"from": "abuse@ridgehost.example"}, reply_to_req=mid(R1),
     subject=f"Re: [{R1}] [RH-55120] status export",
     outcome="applied", classification="confirmation",
     imitates="abuse ticket system export sent as a CSV attachment",
     why="CSV rows: three URLs of a suspended account, one deleted, one not found",
     raw_mime=mixed("rh55120-b1", f"""
Hi,

Export from our abuse system for ticket RH-55120 (your {R1}) attached.
Remaining URLs are still being handled, we'll send another export.

RidgeHost Abuse Desk
""", "RH-55120_urls.csv", "text/csv; charset=utf-8", CSV_RIDGE),
     items={BADA1: "removed", BADA2: "removed", BADA3: "removed", HAN60: "removed", HANORD: "not_found"})

case(name="ridge-wrapped-angle", date="Thu, 05 Sep 2024 09:21:13 +0200",
     **{"from": "sara.lindqvist@ridgehost.example"}, name_from="Sara Lindqvist", reply_to_req=mid(R1),
     subject=f"Re: [{R1}] Request to remove unlawful content",
     outcome="applied", classification="confirmation",
     imitates="abuse desk reply with a long URL wrapped inside angle brackets",
     why="the shared-server page (URL wrapped over two lines in <>) was disabled",
     body="""
Hello,

We disabled the payment page on our shared server and locked the user
account that uploaded it:

  <https://vps-203-0-113-45.ridgehost.example/~minji/
   pay.html>

The rest of your list is handled by my colleague in a separate mail.

Kind regards,
Sara Lindqvist
RidgeHost Abuse
"""
     , items={VPS: "removed"})

case(name="ridge-korean-fullwidth", date="Fri, 06 Sep 2024 10:30:00 +0900",
     **{"from": "support-kr@ridgehost.example"}, name_from="릿지호스트 고객지원", reply_to_req=mid(R1),
     subject=f"RE: [{R1}] 불법정보 삭제 요청 건",
     outcome="applied", classification="confirmation",
     imitates="Korean-language support desk of a foreign host, URL in full-width parentheses",
     why="catalog file deleted; lv-bags page kept because no terms violation found",
     body=f"""
안녕하세요, 릿지호스트 한국 고객지원팀입니다.

요청하신 건({R1}) 중 카탈로그 파일（{CATPDF}）은 서버에서 삭제하였습니다.

반면 {LVBAGS} 페이지는 당사 이용약관 위반이 확인되지 않아 삭제하지 않았습니다.
해당 판단에 이견이 있으시면 법원 결정문을 보내 주시기 바랍니다.

감사합니다.
릿지호스트 고객지원팀 드림
""",
     items={CATPDF: "removed", LVBAGS: "rejected"})

case(name="ridge-ack-plus-statement", date="Tue, 03 Sep 2024 12:48:02 +0200",
     **{"from": "abuse@ridgehost.example"}, reply_to_req=mid(R1),
     subject=f"[RH-55187] Re: [{R1}] Request to remove unlawful content",
     outcome="applied", classification="confirmation",
     imitates="ticket acknowledgement that also reports an action already taken",
     why="acknowledgement phrase, then an unhedged statement that one page was taken offline",
     body=f"""
Thank you for your report. Ticket #RH-55187 has been created for it.

Our on-call engineer has already acted on the following page:

{BADA3} - taken offline, the account behind it is suspended.

We will report on the remaining URLs under the same ticket number.

--
RidgeHost Abuse Desk | https://ridgehost.example/abuse
""",
     items={BADA3: "removed"})

case(name="ridge-bulk-account-terminated", date="Fri, 06 Sep 2024 15:00:00 +0200",
     **{"from": "abuse@ridgehost.example"}, reply_to_req=mid(R1),
     subject=f"Re: [{R1}] Request to remove unlawful content - closed",
     outcome="review", classification="confirmation", review="bulk",
     imitates="abuse desk closing a ticket with one sentence about the whole account",
     why="one statement about all sites of a 13-item request, no URL named",
     body=f"""
Hello,

The customer account that hosted the websites in your notice {R1} has
been terminated today and all of its content removed from our servers.
We consider this ticket closed.

Best,
RidgeHost Abuse
""",
     items={})

case(name="ridge-promise-forwarded", date="Tue, 03 Sep 2024 09:55:40 +0200",
     **{"from": "abuse@ridgehost.example"}, reply_to_req=mid(R1),
     subject=f"Re: [{R1}] Request to remove unlawful content",
     outcome="review", classification="confirmation", review="not_understood",
     imitates="host forwarding the complaint to its customer with a deadline",
     why="only a forward and a conditional threat to suspend: no statement of any status",
     body=f"""
Hello,

We have forwarded your notice to our customer and given them 24 hours to
remove {NIGHT3} and
{NIGHT4}.
If they fail to do so we will suspend the server.

Regards,
RidgeHost Abuse
""",
     items={NIGHT3: "pending", NIGHT4: "pending"})

case(name="ridge-ooo", date="Mon, 02 Sep 2024 03:01:12 +0200",
     **{"from": "j.devries@ridgehost.example"}, name_from="Jelle de Vries", reply_to_req=mid(R1),
     subject=f"Automatic reply: [{R1}] Request to remove unlawful content",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office reply",
     why="out-of-office auto-reply",
     body="""
I am on leave until 16 September with no access to e-mail.
For abuse matters please write to abuse@ridgehost.example, my colleagues
will pick it up.

Jelle
""")

case(name="ridge-ticket-receipt", date="Mon, 02 Sep 2024 03:00:55 +0200",
     **{"from": "noreply@ridgehost.example"}, name_from="RidgeHost Helpdesk", reply_to_req=mid(R1),
     subject=f"[RH-55120] We received your report: [{R1}] Request to remove unlawful content",
     extra_headers=["Auto-Submitted: auto-generated"],
     outcome="ignored", classification="acknowledgement",
     imitates="helpdesk ticket receipt echoing the submitted message",
     why="automated receipt of the report with the request echoed as a quote",
     body=f"""
This is an automated message.

Your report has been logged as ticket RH-55120 and will be handled by our
abuse team, usually within two business days. Please keep [RH-55120] in
the subject of any reply.

On Mon, Sep 2, 2024 at 3:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(R1)}
""")

case(name="customer-owner-unknown", date="Wed, 04 Sep 2024 22:14:09 +0900",
     **{"from": "slotbada.admin@naemail.example"}, name_from="bada admin",
     subject=f"about {R1} - my server",
     outcome="review", classification="confirmation", review="unknown_sender",
     imitates="site owner writing to the regulator from a free mailbox",
     why="the customer, not the host, claims deletions from a non-platform domain",
     body=f"""
hello,

i am the owner of bada-slot77. ridgehost sent me your complaint {R1}.
i deleted {BADA2} and {BADA3} already,
please tell ridgehost to unlock my server, the main page is only a blog.

thanks
""",
     items={BADA2: "pending", BADA3: "pending"})

case(name="registrar-wrong-platform", date="Sat, 07 Sep 2024 09:12:00 +0000",
     **{"from": "abuse@namepier.example"}, name_from="NamePier Abuse",
     subject=f"seoul-replica.example - your notice {R1}",
     outcome="review", classification="confirmation", review="wrong_platform",
     imitates="registrar reporting a domain suspension for URLs requested from a host",
     why="NamePier states statuses of RidgeHost's items",
     body=f"""
Dear KCSC,

RidgeHost passed your notice {R1} on to us, as seoul-replica.example is
registered through NamePier. We have suspended the domain (clientHold).
As a result {LVBAGS} and
{CATPDF} no longer resolve.

NamePier Abuse Team
""",
     items={LVBAGS: "pending", CATPDF: "pending"})

# ================================================================ VeilCDN (R2, 4 items)
case(name="cdn-html-table", date="Thu, 05 Sep 2024 18:20:00 +0000",
     **{"from": "trust-safety@veilcdn.example"}, reply_to_req=mid(R2),
     subject=f"Action summary for your report {R2}",
     outcome="applied", classification="confirmation", type="html",
     imitates="CDN trust & safety action summary as an HTML table",
     why="two URLs blocked at the edge globally, two blocked for Korea only",
     body=f"""
<html><body>
<p>Hello,</p>
<p>We reviewed the URLs in your report <b>{R2}</b>. Actions taken on our network:</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{WT1180}">{WT1180}</a></td><td>Blocked at edge</td><td>All countries</td></tr>
<tr><td><a href="{WT1181}">{WT1181}</a></td><td>Blocked at edge</td><td>All countries</td></tr>
<tr><td><a href="{CH9}">{CH9}</a></td><td>Blocked</td><td>Republic of Korea only</td></tr>
<tr><td><a href="{CH12}">{CH12}</a></td><td>Blocked</td><td>Republic of Korea only</td></tr>
</table>
<p>Our policy: <a href="https://veilcdn.example/trust/abuse-policy">https://veilcdn.example/trust/abuse-policy</a></p>
<p>VeilCDN Trust &amp; Safety</p>
</body></html>
""",
     items={WT1180: "removed", WT1181: "removed", CH9: "restricted", CH12: "restricted"})

QP_CDN = f"""Hi KCSC,

Two of the URLs from {R2}:

<{WT1180}> – the origin now returns 404 and the series page no longer exists, there is nothing left for us to cache.

<{WT1181}> – we have blocked this path at our edge for all visitors.

The moa-stream.example items are with our legal team.

— Daniel, VeilCDN T&S
"""
case(name="cdn-qp-angle", date="Fri, 06 Sep 2024 07:45:30 +0000",
     **{"from": "daniel.k@veilcdn.example"}, name_from="Daniel K.", reply_to_req=mid(R2),
     subject=f"Re: {R2}",
     outcome="applied", classification="confirmation",
     imitates="CDN staff reply, quoted-printable, URLs in angle brackets",
     why="1180 no longer exists at the origin (not found), 1181 blocked for everyone",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(QP_CDN),
     items={WT1180: "not_found", WT1181: "removed"})

case(name="cdn-not-the-host", date="Wed, 04 Sep 2024 02:10:00 +0000",
     **{"from": "trust-safety@veilcdn.example"}, reply_to_req=mid(R2),
     subject=f"Re: {R2} - forwarded to hosting provider",
     outcome="review", classification="confirmation", review="not_understood",
     imitates="Cloudflare-style 'we are a pass-through network and do not host this' reply",
     why="the CDN neither acts nor refuses on the merits; it forwards to the host",
     body=f"""
Hello,

VeilCDN is a pass-through security and caching network. We do not host
the content at {CH9} or {CH12}
and cannot remove material from the origin server.

We have forwarded your report to the site owner and to the hosting provider,
Blue Anchor Hosting (abuse@blueanchor.example), who can act on it.

VeilCDN Trust & Safety
""",
     items={CH9: "pending", CH12: "pending"})

case(name="cdn-auto-ack", date="Tue, 03 Sep 2024 02:00:41 +0000",
     **{"from": "no-reply@veilcdn.example"}, name_from="VeilCDN", reply_to_req=mid(R2),
     subject="Abuse report received - ID 9f3c2a71",
     extra_headers=["Auto-Submitted: auto-generated"],
     outcome="ignored", classification="acknowledgement",
     imitates="CDN automatic confirmation of an abuse report echoing the reported URLs",
     why="pure automated receipt; the URL list only echoes the report",
     body=f"""
This is an automated confirmation. Your abuse report has been received.

Report ID: 9f3c2a71
Reported URLs:
  {WT1180}
  {WT1181}
  {CH9}
  {CH12}

Our Trust & Safety team reviews reports in the order received. You do not
need to reply to this message.
""")

case(name="cdn-zone-terminated", date="Mon, 09 Sep 2024 13:02:11 +0000",
     **{"from": "legal@veilcdn.example"}, name_from="VeilCDN Legal", reply_to_req=mid(R2),
     subject=f"Re: {R2} moa-stream.example",
     outcome="applied", classification="confirmation",
     imitates="CDN legal team terse follow-up after terminating a customer zone",
     why="both stream URLs named, now serve a block page to everyone",
     body=f"""
Follow-up on moa-stream.example: we terminated the zone for breach of our
terms. {CH9} and {CH12} now return our
451 block page to all visitors worldwide.

VeilCDN Legal
""",
     items={CH9: "removed", CH12: "removed"})

# ================================================================ NamePier (R3, 3 items)
case(name="registrar-clienthold-blocks", date="Thu, 05 Sep 2024 08:00:00 +0000",
     **{"from": "abuse@namepier.example"}, reply_to_req=mid(R3),
     subject=f"Registrar action report - {R3}",
     outcome="applied", classification="confirmation",
     imitates="registrar abuse outcome in labelled blocks per domain",
     why="both domains suspended (clientHold), each block names its reported URL",
     body=f"""
Dear Sir or Madam,

Outcome of our review of your complaint {R3}:

Reported URL: {QL1}
Domain:       quick-loan-kr.example
Action:       domain suspended (clientHold). It no longer resolves.

Reported URL: {HOMETAX}
Domain:       fake-hometax.example
Action:       domain suspended (clientHold); phishing confirmed.

The third domain is still under review and will be answered separately.

NamePier Abuse Team
https://namepier.example/legal/abuse-policy
""",
     items={QL1: "removed", HOMETAX: "removed"})

case(name="registrar-refusal", date="Fri, 06 Sep 2024 11:30:00 +0000",
     **{"from": "abuse@namepier.example"}, reply_to_req=mid(R3),
     subject=f"Re: {R3} quick-loan-kr2.example",
     outcome="applied", classification="confirmation",
     imitates="registrar declining because the complaint is about content, not DNS abuse",
     why="refusal with its reason: no DNS abuse, the domain stays active",
     body=f"""
Hello,

We reviewed the site at {QL2} and found no DNS abuse
(phishing, malware, botnets, pharming or spam) as defined in our registrar
abuse policy. Complaints about website content fall outside our remit, so
the domain stays active and we take no action. You may wish to contact the
hosting provider of the site.

NamePier Abuse Team
""",
     items={QL2: "rejected"})

case(name="registrar-bulk", date="Sat, 07 Sep 2024 06:40:00 +0000",
     **{"from": "abuse@namepier.example"}, reply_to_req=mid(R3),
     subject=f"Re: {R3}",
     outcome="review", classification="confirmation", review="bulk",
     imitates="registrar one-line closure covering all domains",
     why="all domains of a three-item request, none named",
     body=f"""
All domains listed in your complaint {R3} have been placed on hold.

NamePier Abuse
""",
     items={})

case(name="registrar-text-table", date="Mon, 09 Sep 2024 09:00:00 +0000",
     **{"from": "compliance@namepier.example"}, name_from="NamePier Compliance", reply_to_req=mid(R3),
     subject=f"Re: {R3} - status",
     outcome="applied", classification="confirmation",
     imitates="registrar compliance status table in plain text",
     why="one domain suspended by the registry, the other expired and deleted (no longer exists)",
     body=f"""
Hi,

Current state of the two loan domains in your complaint:

URL                               Status
--------------------------------  ---------------------------------------------
{QL1}     SUSPENDED (serverHold set by the registry)
{QL2}    DELETED - expired 2024-08-30, not renewed;
                                  the name no longer exists in the registry

Regards,
NamePier Compliance
""",
     items={QL1: "removed", QL2: "not_found"})

# ================================================================ MaruBoard (R4, 5 items)
case(name="forum-oneliner-korean", date="Thu, 05 Sep 2024 18:33:00 +0900",
     **{"from": "admin@maruboard.example"}, reply_to_req=mid(R4),
     subject=f"Re: [{R4}] 불법정보 삭제 요청",
     outcome="applied", classification="confirmation",
     imitates="Korean forum admin's one-line reply over a Gmail-style Korean quote",
     why="one post named as deleted; the quoted request below must not count",
     body=f"""
마루게시판 운영자입니다. {MF31} 삭제했습니다. 나머지는 확인 중입니다.

2024년 9월 5일 (목) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(R4)}
""",
     items={MF31: "removed"})

case(name="forum-particles-korean", date="Fri, 06 Sep 2024 10:12:00 +0900",
     **{"from": "admin@maruboard.example"}, reply_to_req=mid(R4),
     subject=f"Re: [{R4}] 불법정보 삭제 요청",
     outcome="applied", classification="confirmation",
     imitates="Korean forum admin numbered reply with particles after the URLs",
     why="20957 already deleted by its author, 7714 blinded, 4410 kept as not against rules",
     body=f"""
안녕하세요. 마루게시판 운영자입니다.

1. {MF57}은 작성자가 이미 지운 글이라 조치할 게시물이 없습니다.
2. {MG_RAW} 게시물은 블라인드 처리했습니다.
3. {MM} 글은 중고거래 게시판 규칙에 어긋나지 않아 그대로 둡니다.

감사합니다.
""",
     items={MF57: "not_found", MG: "removed", MM: "rejected"})

case(name="forum-html-sijeong", date="Mon, 09 Sep 2024 11:00:00 +0900",
     **{"from": "admin@maruboard.example"}, reply_to_req=mid(R4),
     subject=f"[마루게시판] 시정요구 조치결과 회신 ({R4})",
     outcome="applied", classification="confirmation", type="html",
     imitates="시정요구 조치결과 table as sent by a small Korean forum",
     why="자유/31002 deleted, market/4410 under 임시조치",
     body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>요청하신 시정요구({R4})에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>순번</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td><a href="{MJ}">{MJ_RAW}</a></td><td>삭제</td><td>2024-09-06</td></tr>
<tr><td>2</td><td><a href="{MM}">{MM}</a></td><td>임시조치(30일)</td><td>2024-09-06</td></tr>
</table>
<p>마루게시판 운영진 드림</p>
</body></html>
""",
     items={MJ: "removed", MM: "restricted"})

case(name="forum-echoed-report", date="Fri, 06 Sep 2024 16:15:00 +0900",
     **{"from": "report@maruboard.example"}, name_from="마루게시판 신고센터", reply_to_req=mid(R4),
     subject="[마루게시판] 신고 처리 결과 안내",
     outcome="applied", classification="confirmation",
     imitates="forum report system result mail echoing the report form",
     why="the echoed report names one URL and its result is 게시중단",
     body=f"""
[마루게시판 신고 처리 결과]

신고 번호: MR-2409-0113
신고 대상: {MJ_RAW}
신고 사유: 불법 정보(도박)
처리 결과: 게시중단
처리 일시: 2024-09-06 16:12

이용해 주셔서 감사합니다.
""",
     items={MJ: "removed"})

case(name="forum-untrusted", date="Sat, 07 Sep 2024 09:00:00 +0900",
     **{"from": "admin@maruboard.example"}, auth="fail", reply_to_req=mid(R4),
     subject=f"Re: [{R4}] 불법정보 삭제 요청",
     outcome="review", classification="confirmation", review="untrusted",
     imitates="forum admin reply that fails DMARC",
     why="platform domain but authentication fails",
     body=f"""
요청하신 게시물 5건 모두 삭제 완료했습니다.
{MF31}
{MF57}
{MJ_RAW}
{MG_RAW}
{MM}
""",
     items={MF31: "pending", MF57: "pending", MJ: "pending", MG: "pending", MM: "pending"})

case(name="forum-promise-korean", date="Sat, 07 Sep 2024 13:20:00 +0900",
     **{"from": "admin@maruboard.example"}, reply_to_req=mid(R4),
     subject=f"Re: [{R4}] 불법정보 삭제 요청",
     outcome="review", classification="confirmation", review="not_understood",
     imitates="Korean forum admin announcing a future deletion after the author's reply",
     why="'삭제될 예정' is a promise, not a statement",
     body=f"""
안녕하세요, 마루게시판입니다.
신고하신 {MM} 게시물은 작성자 소명 절차를 거쳐
9월 12일까지 삭제될 예정입니다. 처리되면 다시 알려드리겠습니다.
""",
     items={MM: "pending"})

case(name="forum-mdn", date="Thu, 05 Sep 2024 14:31:00 +0900",
     **{"from": "admin@maruboard.example"}, name_from="마루게시판 운영자",
     subject=f"읽음 확인: [{R4}] 불법정보 삭제 요청",
     outcome="ignored", classification="read_receipt",
     imitates="Thunderbird-style read receipt (MDN)",
     why="disposition notification only",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-4410"

--mdn-4410
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

2024-09-05 14:00 에 admin@maruboard.example 에게 보낸 메일
"[{R4}] 불법정보 삭제 요청"의 수신 확인입니다.
수신자가 메일을 열어 보았습니다. 내용을 읽었거나 이해했다는 뜻은 아닙니다.

--mdn-4410
Content-Type: message/disposition-notification

Reporting-UA: mail.maruboard.example; Thunderbird 115.14.0
Original-Recipient: rfc822;admin@maruboard.example
Final-Recipient: rfc822;admin@maruboard.example
Original-Message-ID: <{mid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-4410--
""")

# ================================================================ pixchan (R5, 4 items)
case(name="imageboard-terse", date="Fri, 06 Sep 2024 21:44:00 +0000",
     **{"from": "admin@pixchan.example"}, reply_to_req=mid(R5),
     subject=f"Re: {R5}",
     outcome="applied", classification="confirmation",
     imitates="image board admin terse reply, status after a dash",
     why="55012 deleted; 55019 was already pruned before the request (not found)",
     body=f"""
{PX12} - deleted, poster banned
{PX19} - already 404, thread got pruned off the board before we saw your mail

-- admin
""",
     items={PX12: "removed", PX19: "not_found"})

case(name="imageboard-next-line", date="Sat, 07 Sep 2024 03:10:00 +0000",
     **{"from": "admin@pixchan.example"}, reply_to_req=mid(R5),
     subject=f"Re: {R5}",
     outcome="applied", classification="confirmation",
     imitates="image board admin with each statement on the line above its URL",
     why="image pulled; /int/ thread kept because it breaks no board rule",
     body=f"""
Pulled the image:
{PXJPG}

Not touching this one, it's a discussion thread and breaks none of our rules:
{PXINT}
""",
     items={PXJPG: "removed", PXINT: "rejected"})

case(name="imageboard-geoblock", date="Mon, 09 Sep 2024 18:00:00 +0000",
     **{"from": "admin@pixchan.example"}, reply_to_req=mid(R5),
     subject=f"Re: {R5} /int/ thread",
     outcome="applied", classification="confirmation",
     imitates="image board admin compromise: geo-block instead of deletion",
     why="thread geo-blocked for Korean IPs",
     body=f"""
changed my mind on the /int/ one. we still won't delete /int/ threads over a
foreign complaint, but {PXINT} is now geoblocked for Korean IPs.
""",
     items={PXINT: "restricted"})

case(name="imageboard-hedge", date="Fri, 06 Sep 2024 12:02:00 +0000",
     **{"from": "mod.kr@pixchan.example"}, name_from="pixchan /kr/ mod", reply_to_req=mid(R5),
     subject=f"Re: {R5}",
     outcome="review", classification="confirmation", review="not_understood",
     imitates="volunteer moderator unsure what happened",
     why="'might have', 'can't tell': hedge, no statement",
     body=f"""
hi, I think a janitor might have nuked this one already, can't tell from
the logs yet: {PX12}
will ask the admin.
""",
     items={PX12: "pending"})

case(name="imageboard-noreply", date="Fri, 06 Sep 2024 01:00:05 +0000",
     **{"from": "noreply@pixchan.example"}, name_from="pixchan", reply_to_req=mid(R5),
     subject=f"Re: {R5}",
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     outcome="ignored", classification="auto_reply",
     imitates="unmonitored mailbox auto-reply",
     why="automatic 'this address is not read' reply",
     body="""
This mailbox is not monitored and your message has not been read.
Report posts with the report button or through https://pixchan.example/contact
""")

# ================================================================ DropCrate (R6, 3 items)
case(name="filehost-bullets", date="Tue, 10 Sep 2024 08:30:00 +0000",
     **{"from": "legal@dropcrate.example"}, reply_to_req=mid(R6),
     subject=f"Re: {R6} - takedown completed",
     outcome="applied", classification="confirmation",
     imitates="file host legal team takedown completion with bullets",
     why="two files disabled, folder id invalid",
     body=f"""
Dear KCSC,

Following your notice {R6} the following files have been disabled:

 • {DCA} (file removed, uploader notified)
 • {DCL} (file removed)

The link {DCF} is invalid: no folder with that ID exists
in our system.

DropCrate Legal
https://dropcrate.example/legal/terms
""",
     items={DCA: "removed", DCL: "removed", DCF: "not_found"})

CSV_DROP = (
    "link;action;date\n"
    f"{DCA};disabled;2024-09-10\n"
    f"{DCL};already deleted by uploader;2024-09-08\n"
    f"{DCF};disabled (3 files);2024-09-10\n").encode()
case(name="filehost-csv-semicolon", date="Tue, 10 Sep 2024 14:11:00 +0000",
     **{"from": "legal@dropcrate.example"}, reply_to_req=mid(R6),
     subject=f"Re: {R6}",
     outcome="applied", classification="confirmation",
     imitates="semicolon-separated CSV report from a European file host",
     why="CSV: one disabled, one already deleted by uploader before the request, folder disabled",
     raw_mime=mixed("dc-csv-07", """
Hello,

please find our takedown report attached.

Kind regards
DropCrate Legal
""", "takedown_report.csv", "text/csv", CSV_DROP),
     items={DCA: "removed", DCL: "not_found", DCF: "removed"})

SOR = f"""Statement of reasons (Article 17 Regulation (EU) 2022/2065)

Reference: DC-SOR-2024-0917
Content: {DCA}
Type of restriction: access to the content disabled in the territory of the
Republic of Korea. The file remains available elsewhere.
Facts and circumstances: notice received from KCSC ({R6}).
Ground: alleged illegal content under the law of the Republic of Korea. The
content is not considered incompatible with our terms of service.
Automated means used: no.
Redress: internal complaint at https://dropcrate.example/legal/appeal

DropCrate Legal
"""
case(name="filehost-dsa-base64", date="Wed, 11 Sep 2024 09:00:00 +0000",
     **{"from": "legal@dropcrate.example"}, reply_to_req=mid(R6),
     subject=f"Statement of reasons - {R6}",
     outcome="applied", classification="confirmation",
     imitates="DSA Article 17 statement of reasons, base64 body",
     why="access disabled in Korea only: restricted",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
     + b64(SOR.encode("utf-8")),
     items={DCA: "restricted"})

case(name="filehost-pdf-only", date="Thu, 12 Sep 2024 07:30:00 +0000",
     **{"from": "legal@dropcrate.example"}, reply_to_req=mid(R6),
     subject=f"Re: {R6} - our response",
     outcome="review", review="unreadable_attachment",
     imitates="file host answering only in an attached PDF",
     why="the response is inside a PDF whose text cannot be read",
     raw_mime=mixed("dc-pdf-11", f"""
Dear KCSC,

Please find our response to your notice {R6} in the attached PDF.

DropCrate Legal
""", "DropCrate_response_KCSC.pdf", "application/pdf", fake_pdf()),
     items={})

case(name="filehost-asks-more", date="Tue, 10 Sep 2024 10:00:00 +0000",
     **{"from": "legal@dropcrate.example"}, reply_to_req=mid(R6),
     subject=f"Re: {R6} - information needed",
     outcome="review", classification="request_for_info", review="asks_more",
     imitates="file host asking which files inside a folder are unlawful",
     why="asks for more information before acting on the folder",
     body=f"""
Dear KCSC,

Before we can act on {DCF} we need:

1. the specific files inside the folder that you consider unlawful, and
2. the legal provision they breach.

Please reply to this e-mail with the details.

DropCrate Legal
""",
     items={DCF: "pending"})

case(name="filehost-bounce", date="Mon, 09 Sep 2024 01:00:20 +0000",
     **{"from": "MAILER-DAEMON@mx.dropcrate.example"}, name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender",
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification with the original attached",
     why="DSN for our request to an old address",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0909"

--dsn-0909
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.dropcrate.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-old@dropcrate.example>: host mx.dropcrate.example said: 550 5.1.1
    <abuse-old@dropcrate.example>: Recipient address rejected: User unknown

--dsn-0909
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.dropcrate.example
Arrival-Date: Mon,  9 Sep 2024 01:00:18 +0000 (UTC)

Final-Recipient: rfc822; abuse-old@dropcrate.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-0909
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-old@dropcrate.example
Subject: [{R6}] Request to remove unlawful content
Date: Mon, 9 Sep 2024 10:00:00 +0900
Message-ID: <{mid(R6)}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{request_text(R6)}

--dsn-0909--
""")

# ================================================================ Soomblog (R7, 1 item)
case(name="smallblog-sole-korean", date="Thu, 12 Sep 2024 10:40:00 +0900",
     **{"from": "help@soomblog.example"}, reply_to_req=mid(R7),
     subject=f"Re: [{R7}] 게시물 삭제 요청",
     outcome="applied", classification="confirmation",
     imitates="one-person blog service answering in one Korean sentence",
     why="'요청하신 게시물은 비공개 처리' for a one-item request: applies to that item",
     body="""
안녕하세요, 숨블로그 운영팀입니다.
요청하신 게시물은 오늘 오전 비공개 처리하였습니다.
추가 문의는 이 메일로 회신 주세요.
""",
     items={SOOM: "removed"})

case(name="smallblog-imsi-fullwidth", date="Thu, 12 Sep 2024 17:05:00 +0900",
     **{"from": "help@soomblog.example"}, reply_to_req=mid(R7),
     subject=f"Re: [{R7}] 게시물 삭제 요청 - 임시조치 안내",
     outcome="applied", classification="confirmation",
     imitates="Korean 임시조치 notice (정보통신망법 제44조의2), URL in full-width parentheses",
     why="30-day 임시조치 on the named post: restricted",
     body=f"""
안녕하세요, 숨블로그입니다.

해당 게시물（{SOOM}）에 대해 정보통신망법 제44조의2에 따라
30일간 임시조치를 하였습니다. 기간 중에는 누구도 게시물을 볼 수 없습니다.

숨블로그 드림
""",
     items={SOOM: "restricted"})

case(name="smallblog-no-claims", date="Fri, 13 Sep 2024 09:00:00 +0900",
     **{"from": "help@soomblog.example"}, name_from="Soomblog",
     subject="Soomblog - how to send us reports",
     outcome="review", classification="other", review="no_claims",
     imitates="small service pointing to its report form",
     why="trusted platform mail, no item and no request referenced",
     body="""
Hello,

Soomblog is run by two people. For reports from government agencies please
use our form at https://soomblog.example/help/report so that we can keep
track of them. Thank you for understanding.

Soomblog
""",
     items={})

case(name="smallblog-ooo-korean", date="Wed, 11 Sep 2024 15:00:30 +0900",
     **{"from": "help@soomblog.example"}, name_from="숨블로그", reply_to_req=mid(R7),
     subject=f"[자동응답] Re: [{R7}] 게시물 삭제 요청",
     extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored", classification="auto_reply",
     imitates="Korean out-of-office auto-reply (추석 연휴)",
     why="holiday auto-reply",
     body="""
[자동응답] 추석 연휴(9월 14일~18일) 기간에는 메일 확인이 어렵습니다.
19일부터 순서대로 답변드리겠습니다. 감사합니다.
""")

HEADER = """# Blind set 307: hosting providers, a CDN, a registrar, a Korean forum, an
# image board, a file host and a small blog service answering informally,
# with CSV attachments and plain-text tables. Written by tests/corpus/blind307/make.py
# from each email's meaning, before any run of the reader. See NOTES.md.
"""

def encode_headers(cases):
    """Non-ASCII display names and subjects as RFC 2047 words, as mail clients send them."""
    from email.header import Header
    for c in cases:
        dom = c["from"].split("@", 1)[1]
        name = c.get("name_from", corpuslib.DOMAIN_NAMES.get(dom, dom))
        if not name.isascii():
            c["name_from"] = Header(name, "utf-8").encode()
        if not c["subject"].isascii():
            c["subject"] = Header(c["subject"], "utf-8", maxlinelen=998).encode()


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind307", HEADER, CASES)
