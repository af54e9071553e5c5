#!/usr/bin/env python3
"""Blind corpus set 583: hosting providers, a CDN, a registrar, an image
board, a file host, a Korean forum and a paste site answering the
regulator, often informally (abuse desks, admins writing one line), plus
CSV attachments and plain-text tables.

    python3 tests/corpus/blind583/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning, before any run of
the reader. All names, domains, ids and URLs are fictional.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402
from urllib.parse import quote  # noqa: E402

# ---------------------------------------------------------------- requests

R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07",
)

H = {  # R1, HarborHost (customer sites on its servers), 13 items
    "bet_reg": "https://lucky-moon-bet.example/register",
    "bet_vip": "https://lucky-moon-bet.example/promo/vip?code=KR77",
    "pill10": "https://pillshop-24.example/products/zolpi-10",
    "pill20": "https://pillshop-24.example/products/zolpi-20",
    "cart": "https://pillshop-24.example/cart",
    "gallery": "http://198.51.100.77/~seoyun/gallery/01.html",
    "leak1": "https://blog.darkorchid.example/2024/08/leaked-list.html",
    "leak2": "https://blog.darkorchid.example/2024/08/leaked-list-2.html",
    "fake_order": "https://fakeid-studio.example/order.php",
    "fake_samples": "https://fakeid-studio.example/samples/",
    "toto": "https://toto-king.example/",
    "toto_ev": "https://toto-king.example/event/chuseok",
    "toto_img": "https://cdn-img.toto-king.example/banner/1.gif",
}
C = {  # R2, CloudVeil (CDN), 4 items
    "wt1021": "https://webtoon-free365.example/series/1021",
    "wt1022": "https://webtoon-free365.example/series/1022",
    "live": "https://moa-stream.example/live/ch7",
    "vod": "https://moa-stream.example/vod/88412",
}
N = {  # R3, NamePost (registrar), 3 items
    "c88": "http://casino-88win.example/",
    "c88b": "http://casino-88win2.example/",
    "drug": "https://drug-delivery-kr.example/",
}
P = {  # R4, Pinechan (image board), 5 items
    "t123": "https://pinechan.example/kr/res/88123.html",
    "t124": "https://pinechan.example/kr/res/88124.html",
    "b917": "https://pinechan.example/b/res/500917.html",
    "img": "https://pinechan.example/b/src/1725430011223.jpg",
    "t190": "https://pinechan.example/kr/res/88190.html",
}
F = {  # R5, Filebox (file host), 4 items
    "ab3": "https://filebox.example/f/Ab3xK9q",
    "zr8": "https://filebox.example/f/Zr8Lm2T",
    "qw5": "https://filebox.example/f/Qw5Ep7Y/archive.zip",
    "fold": "https://filebox.example/folder/7hJ2kPn",
}
# R6, ttukttak (Korean forum), 3 items: stored percent-encoded, written raw in mail
FREE = "자유게시판"
USED = "중고거래"
T_RAW = {
    "f234": f"https://ttukttak.example/board/{FREE}/10234",
    "f251": f"https://ttukttak.example/board/{FREE}/10251",
    "u310": f"https://ttukttak.example/board/{USED}/3310",
}
T = {k: f"https://ttukttak.example/board/{quote(v.split('/')[4])}/{v.split('/')[5]}"
     for k, v in T_RAW.items()}
PP = "https://pastepoint.example/raw/k7Vd2Qx"  # R7, PastePoint, 1 item

REQUESTS = [
    (R1, "harborhost", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", list(H.values()),
     "gambling/drugs/forgery", 'customer sites found on HarborHost ranges, per "whois" lookup'),
    (R2, "cloudveil", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00", list(C.values()),
     "copyright", "sites behind CloudVeil; origin host unknown"),
    (R3, "namepost", "2024-09-04T09:15:00+09:00", "2024-09-11T18:00:00+09:00", list(N.values()),
     "gambling, drugs", "domains registered through NamePost"),
    (R4, "pinechan", "2024-09-05T10:02:00+09:00", "2024-09-12T18:00:00+09:00", list(P.values()),
     "obscenity", "image board, admin contact only"),
    (R5, "filebox", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", list(F.values()),
     "copyright", "file host links"),
    (R6, "ttukttak", "2024-09-09T10:40:00+09:00", "2024-09-16T18:00:00+09:00", list(T.values()),
     "privacy", "Korean community board"),
    (R7, "pastepoint", "2024-09-10T16:20:00+09:00", "2024-09-17T18:00:00+09:00", [PP],
     "privacy", "single paste"),
]


def msgid(ref):
    return "req-" + ref[5:].lower()  # req-240902-01 (@kcsc.example added by corpuslib)


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers

def request_text(ref, urls):
    lines = [
        "Dear Abuse Team,",
        "",
        "The Korea Communications Standards Commission (KCSC) found the content",
        "at the addresses below to be illegal under Korean law and asks you to",
        f"remove it or disable access to it. Our reference: {ref}.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please tell us what was done for each address.", "",
              "KCSC Takedown Desk", "takedown@kcsc.example"]
    return lines


def gmail_quote(date_line, ref, urls):
    out = [f"On {date_line}, KCSC Takedown <takedown@kcsc.example> wrote:"]
    out += [("> " + l) if l else ">" for l in request_text(ref, urls)]
    return "\n".join(out)


def outlook_quote(sent, subject, ref, urls, to):
    out = ["-----Original Message-----",
           "From: KCSC Takedown <takedown@kcsc.example>",
           f"Sent: {sent}",
           f"To: {to}",
           f"Subject: {subject}", ""]
    out += request_text(ref, urls)
    return "\n".join(out)


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def mixed_with_csv(boundary, text, fname, csv_text, encode_csv=True):
    parts = [
        f'Content-Type: multipart/mixed; boundary="{boundary}"', "",
        f"--{boundary}",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit", "",
        text.strip("\n"), "",
        f"--{boundary}",
        f'Content-Type: text/csv; charset=utf-8; name="{fname}"',
        f'Content-Disposition: attachment; filename="{fname}"',
    ]
    if encode_csv:
        parts += ["Content-Transfer-Encoding: base64", "", b64(csv_text)]
    else:
        parts += ["Content-Transfer-Encoding: 8bit", "", csv_text.strip("\n")]
    parts += ["", f"--{boundary}--", ""]
    return "\n".join(parts)


def alternative(boundary, text, html, html_cte="8bit"):
    html_body = b64(html) if html_cte == "base64" else (qp(html) if html_cte == "quoted-printable" else html.strip("\n"))
    return "\n".join([
        f'Content-Type: multipart/alternative; boundary="{boundary}"', "",
        f"--{boundary}",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit", "",
        text.strip("\n"), "",
        f"--{boundary}",
        "Content-Type: text/html; charset=utf-8",
        f"Content-Transfer-Encoding: {html_cte}", "",
        html_body.strip("\n"), "",
        f"--{boundary}--", ""])


def csv_text(rows, delimiter=","):
    import io
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---------------------------------------------------------------- cases

cases = []


def enc(s):
    """RFC 2047 encoded-word for a non-ASCII header value, as mailers send it."""
    if s.isascii():
        return s
    from email.header import Header
    return Header(s, "utf-8").encode()


def case(**kw):
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    if not kw.pop("raw_subject", False):
        kw["subject"] = enc(kw["subject"])
    cases.append(kw)


# ======================= HarborHost (R1, 13 items) =======================

case(
    name="hh-ticket-receipt",
    **{"from": "abuse-noreply@harborhost.example"}, name_from="HarborHost Abuse",
    date="Mon, 02 Sep 2024 10:04:51 +0900",
    subject=f"[HH-ABUSE-558210] Received: {R1}",
    reply_to_req=msgid(R1),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
Hello,

This is an automatic confirmation that HarborHost received your abuse
report "{R1}". Ticket HH-ABUSE-558210 has been opened for it.

Our abuse team handles reports in the order they arrive. You will hear from
a team member when there is an update. To add information, reply to this
message and keep the ticket number in the subject line.

HarborHost Abuse Department
https://help.harborhost.example/abuse-policy
""",
    outcome="ignored", classification="acknowledgement",
    imitates="hosting provider abuse-ticket system receipt (ticket opened, no result)",
    why="pure receipt of the report with a ticket number, nothing about any URL",
)

case(
    name="hh-ticket-resolved-pillshop",
    **{"from": "abuse@harborhost.example"}, name_from="HarborHost Abuse Team",
    date="Wed, 04 Sep 2024 15:12:09 +0900",
    subject=f"[HH-ABUSE-558210] Partial result: {R1}",
    reply_to_req=msgid(R1),
    body=f"""
Hello KCSC team,

Update on ticket HH-ABUSE-558210 ({R1}). The account owning
pillshop-24.example was contacted on 2 September and answered today.
Result per URL:

- {H['pill10']} -- removed by the customer after our notice, we verified it
- {H['pill20']} -- removed by the customer after our notice, we verified it
- {H['cart']} -- this page does not exist on the server (404 at origin)

The other addresses in your report belong to different customers and are
handled separately under the same ticket.

Kind regards,
Jonas Weber
HarborHost Abuse Team
""",
    outcome="applied",
    imitates="hosting abuse desk per-URL update after notifying the customer",
    why="three unhedged per-URL statements: two removed, the cart page does not exist",
    items={H["pill10"]: "removed", H["pill20"]: "removed", H["cart"]: "not_found"},
)

case(
    name="hh-account-suspended-toto",
    **{"from": "abuse@harborhost.example"}, name_from="HarborHost Abuse Team",
    date="Wed, 04 Sep 2024 18:40:00 +0900",
    subject=f"RE: {R1} toto-king.example",
    reply_to_req=msgid(R1),
    body=f"""
Hi,

We have suspended the hosting account that served toto-king.example for a
breach of our acceptable use policy (online gambling without a licence).
As a result the following addresses are disabled and no longer reachable:

<{H['toto']}>
<{H['toto_ev']}>
<{H['toto_img']}>

The customer may appeal through https://help.harborhost.example/appeals,
we will let you know if that changes anything.

Regards,
Priya N.
HarborHost Trust & Safety
""",
    outcome="applied",
    imitates="hosting provider account-suspension notice listing disabled URLs",
    why="account suspended, the three toto-king URLs stated disabled; appeal link is not an item",
    items={H["toto"]: "removed", H["toto_ev"]: "removed", H["toto_img"]: "removed"},
)

case(
    name="hh-noc-one-liner",
    **{"from": "minsu.kang@harborhost.example"}, name_from="Minsu Kang",
    date="Tue, 03 Sep 2024 23:51:30 +0900",
    subject=f"Re: {R1}",
    reply_to_req=msgid(R1),
    body=f"""
{H['gallery']} - gone, user dir wiped on the shared box.

--
Minsu / HarborHost NOC (night shift)
""",
    outcome="applied",
    imitates="one-line answer from a hosting engineer on night shift",
    why="the user directory behind the gallery URL was wiped: removed",
    items={H["gallery"]: "removed"},
)

case(
    name="hh-top-posted-darkorchid",
    **{"from": "abuse@harborhost.example"}, name_from="HarborHost Abuse Team",
    date="Thu, 05 Sep 2024 11:52:13 +0900",
    subject=f"Re: {R1} - removal request",
    reply_to_req=msgid(R1),
    body=f"""
Hello,

{H['leak1']} and
{H['leak2']}
were taken down by us today at 11:40 KST (the vhost is disabled).

The rest of your list is still with the respective customers.

Jonas
HarborHost Abuse Team

{gmail_quote("Mon, 2 Sep 2024 at 10:00", R1, list(H.values()))}
""",
    outcome="applied",
    imitates="top-posted abuse-desk reply over the quoted request (Gmail quoting)",
    why="the two darkorchid posts taken down; the other URLs appear only in the quoted request",
    items={H["leak1"]: "removed", H["leak2"]: "removed",
           H["bet_reg"]: "pending", H["fake_order"]: "pending", H["toto"]: "pending"},
)

HH_CSV = csv_text([
    ["url", "action", "date", "note"],
    [H["bet_reg"], "suspended", "2024-09-05", "account terminated"],
    [H["bet_vip"], "suspended", "2024-09-05", "account terminated"],
    [H["fake_order"], "removed", "2024-09-05", "file deleted by customer, verified"],
    [H["fake_samples"], "not found", "2024-09-05", "directory does not exist"],
    [H["gallery"], "no action", "2024-09-05", "no violation found, personal photos, stays online"],
])
case(
    name="hh-csv-attachment-results",
    **{"from": "abuse@harborhost.example"}, name_from="HarborHost Abuse Team",
    date="Thu, 05 Sep 2024 17:03:44 +0900",
    subject=f"[HH-ABUSE-558210] Results for {R1} (CSV)",
    reply_to_req=msgid(R1),
    raw_mime=mixed_with_csv("hh-558210-a", f"""
Hello,

Please find attached the outcome for five of the addresses in {R1}, one
line per URL. The remaining ones will follow in a separate message.

HarborHost Abuse Team
""", "HH-ABUSE-558210.csv", HH_CSV),
    outcome="applied",
    imitates="abuse desk result spreadsheet sent as a CSV attachment",
    why="CSV rows: account suspended (disabled) x2, removed, not found, no violation (stays online)",
    items={H["bet_reg"]: "removed", H["bet_vip"]: "removed", H["fake_order"]: "removed",
           H["fake_samples"]: "not_found", H["gallery"]: "rejected"},
)

case(
    name="hh-plaintext-table",
    **{"from": "abuse@harborhost.example"}, name_from="HarborHost Abuse Team",
    date="Fri, 06 Sep 2024 09:30:02 +0900",
    subject=f"[HH-ABUSE-558210] {R1} status",
    reply_to_req=msgid(R1),
    body=f"""
Hi,

Current state of the items we acted on:

URL                                                   ACTION              DATE
----------------------------------------------------  ------------------  ----------
{H['bet_reg']:<52}  disabled            2024-09-05
{H['bet_vip']:<52}  disabled            2024-09-05
{H['toto']:<52}  geo-blocked (KR)    2024-09-06

toto-king.example asked for time to move providers; until then the site
refuses visitors from Korean IP addresses.

Regards,
HarborHost Abuse Team
""",
    outcome="applied",
    imitates="plain-text fixed-width status table pasted into an abuse-desk reply",
    why="two URLs disabled; the toto-king home page geo-blocked for Korea only",
    items={H["bet_reg"]: "removed", H["bet_vip"]: "removed", H["toto"]: "restricted"},
)

HH_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC,</p>
<p>Below is the status of ticket <b>HH-ABUSE-558210</b> ({R1}).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td><a href="{H['pill10']}">{H['pill10']}</a></td><td>Content removed</td></tr>
<tr><td><a href="{H['pill20']}">{H['pill20']}</a></td><td>Content removed</td></tr>
<tr><td><a href="{H['cart']}">{H['cart']}</a></td><td>URL not found</td></tr>
<tr><td><a href="{H['toto_img']}">{H['toto_img']}</a></td><td>Content removed</td></tr>
</table>
<p>HarborHost Abuse Team<br><a href="https://help.harborhost.example/abuse-policy">Abuse policy</a></p>
</body></html>"""
HH_HTML_TEXT = f"""Dear KCSC,

Below is the status of ticket HH-ABUSE-558210 ({R1}).

Reported URL: {H['pill10']}
Outcome: Content removed

Reported URL: {H['pill20']}
Outcome: Content removed

Reported URL: {H['cart']}
Outcome: URL not found

Reported URL: {H['toto_img']}
Outcome: Content removed

HarborHost Abuse Team
Abuse policy: https://help.harborhost.example/abuse-policy
"""
case(
    name="hh-html-table-status",
    **{"from": "abuse@harborhost.example"}, name_from="HarborHost Abuse Team",
    date="Fri, 06 Sep 2024 14:21:55 +0900",
    subject=f"[HH-ABUSE-558210] Status update {R1}",
    reply_to_req=msgid(R1),
    raw_mime=alternative("hh-alt-558210", HH_HTML_TEXT, HH_HTML, "quoted-printable"),
    outcome="applied",
    imitates="ticket-system status mail with an HTML table and a plain-text alternative",
    why="table rows: three removed, one not found; policy link is not an item",
    items={H["pill10"]: "removed", H["pill20"]: "removed", H["cart"]: "not_found",
           H["toto_img"]: "removed"},
)

HH_QP_TEXT = f"""Hello,

We have taken down {H['fake_order']} and {H['fake_samples']} on the customer's web space. The account has been put on a final warning.

Best regards,

Daan Visser
Abuse Desk | HarborHost B.V.

{outlook_quote("Monday, September 2, 2024 10:00 AM", "Removal request " + R1, R1, list(H.values()), "abuse@harborhost.example")}
"""
case(
    name="hh-outlook-qp-fakeid",
    **{"from": "daan.visser@harborhost.example"}, name_from="Daan Visser",
    date="Mon, 09 Sep 2024 16:45:10 +0900",
    subject=f"RE: Removal request {R1}",
    reply_to_req=msgid(R1),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(HH_QP_TEXT),
    outcome="applied",
    imitates="Outlook reply in quoted-printable over an -----Original Message----- block",
    why="both fakeid-studio URLs taken down; the original request below is quoted",
    items={H["fake_order"]: "removed", H["fake_samples"]: "removed",
           H["pill10"]: "pending", H["toto"]: "pending"},
)

case(
    name="hh-legal-refusal-darkorchid",
    **{"from": "legal@harborhost.example"}, name_from="HarborHost Legal",
    date="Tue, 10 Sep 2024 10:05:00 +0900",
    subject=f"{R1}: decision on blog.darkorchid.example",
    reply_to_req=msgid(R1),
    body=f"""
Dear Sir or Madam,

We have assessed the two blog posts you reported under {R1}.

{H['leak1']}
We will not take action on this page. It reproduces a list that was
published in a public court record, and it breaches neither our acceptable
use policy nor the law of the Netherlands, where the server is located. The
page stays online.

{H['leak2']}
This post had already been deleted by the blog owner before our review;
the address now returns "page not found".

If you have a court order from a Dutch court, you can send it to this
address.

Yours faithfully,
HarborHost Legal Department
""",
    outcome="applied",
    imitates="hosting provider legal team refusal with reasons, per URL",
    why="first post refused (no breach, stays online), second deleted by its author before review",
    items={H["leak1"]: "rejected", H["leak2"]: "not_found"},
)

case(
    name="hh-korean-staff-fullwidth",
    **{"from": "support.kr@harborhost.example"}, name_from="하버호스트 고객지원",
    date="Thu, 05 Sep 2024 13:18:27 +0900",
    subject=f"[회신] {R1} 삭제 요청 건",
    reply_to_req=msgid(R1),
    body=f"""
안녕하세요, 하버호스트 한국 지원팀입니다.

{R1} 요청 관련하여 회신드립니다.

{H['bet_reg']}、{H['bet_vip']} 두 페이지는 고객 계정 정지에 따라 삭제 조치되었습니다.

toto-king.example 관련 주소는 고객의 소명을 기다리고 있어 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
하버호스트 고객지원팀 드림
""",
    outcome="applied",
    imitates="Korean-language reply from a foreign host's Korean support desk",
    why="two lucky-moon-bet pages 삭제 조치 (removed); toto-king still awaited, not a statement",
    items={H["bet_reg"]: "removed", H["bet_vip"]: "removed"},
)

case(
    name="hh-asks-legal-basis",
    **{"from": "legal@harborhost.example"}, name_from="HarborHost Legal",
    date="Wed, 04 Sep 2024 09:12:40 +0900",
    subject=f"{R1}: further information needed",
    reply_to_req=msgid(R1),
    body=f"""
Dear KCSC,

Thank you for your notice {R1}. Before we can act on
{H['toto']} and {H['toto_ev']}
we need the following:

1. the provision of Korean law the content breaches;
2. a short description of what on each page is unlawful;
3. confirmation that you are the competent authority for this request.

Please reply to this address with the requested information.

HarborHost Legal Department
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="hosting provider legal desk asking for legal basis before acting",
    why="asks for more information, nothing done yet",
    items={H["toto"]: "pending", H["toto_ev"]: "pending"},
)

case(
    name="hh-customer-says-removed",
    **{"from": "abuse@harborhost.example"}, name_from="HarborHost Abuse Team",
    date="Sat, 07 Sep 2024 12:02:19 +0900",
    subject=f"[HH-ABUSE-558210] {R1} customer response",
    reply_to_req=msgid(R1),
    body=f"""
Hello,

The customer behind fakeid-studio.example replied to our notice. According
to the customer, {H['fake_order']} has been
taken offline. We have not been able to verify this yet; our check is
scheduled for Monday.

Regards,
HarborHost Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse desk relaying a customer's unverified claim",
    why="the host only reports what the customer claims and has not verified it: not a statement",
    items={H["fake_order"]: "pending"},
)

case(
    name="hh-portal-maintenance",
    **{"from": "noreply@harborhost.example"}, name_from="HarborHost",
    date="Fri, 13 Sep 2024 08:00:00 +0900",
    subject="Planned maintenance: abuse reporting portal",
    body="""
Dear reporter,

The HarborHost abuse reporting portal (https://abuse.harborhost.example)
will be unavailable on Sunday 15 September 2024 between 02:00 and 04:00
UTC for planned maintenance. Reports sent by email during that window will
be processed once the portal is back.

Thank you for your understanding.
HarborHost Operations
""",
    outcome="review", review="no_claims",
    imitates="hosting provider service notice sent to registered abuse reporters",
    why="trusted platform mail naming no item and no request",
)

case(
    name="reseller-unknown-sender",
    **{"from": "support@bluepeak-web.example"}, name_from="BluePeak Web Support",
    date="Thu, 05 Sep 2024 20:14:33 +0900",
    subject=f"Fwd by HarborHost: {R1} pillshop-24",
    body=f"""
Hello,

We are a reseller of HarborHost and pillshop-24.example is one of our
clients. HarborHost passed us your complaint {R1}.

We removed {H['cart']} and the two product pages this evening.

BluePeak Web Support
""",
    outcome="review", review="unknown_sender",
    imitates="hosting reseller writing directly to the complainant",
    why="sender domain belongs to no configured platform",
    items={H["cart"]: "pending", H["pill10"]: "pending", H["pill20"]: "pending"},
)

# ======================= CloudVeil (R2, 4 items) =======================

case(
    name="cv-form-autoresponse",
    **{"from": "abuse-noreply@cloudveil.example"}, name_from="CloudVeil Trust & Safety",
    date="Tue, 03 Sep 2024 11:30:40 +0900",
    subject=f"Automatic reply: {R2}",
    reply_to_req=msgid(R2),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
This is an automated response.

CloudVeil cannot process abuse complaints sent by email. To make sure your
report reaches the right team, please submit it through our web form:
https://www.cloudveil.example/abuse/report

This mailbox is not monitored.

CloudVeil Trust & Safety
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN automatic reply pointing email complainants to the abuse web form",
    why="automatic reply; the form link is not an item",
)

case(
    name="cv-not-host-forwarded",
    **{"from": "abuse@cloudveil.example"}, name_from="CloudVeil Trust & Safety",
    date="Wed, 04 Sep 2024 02:11:09 +0900",
    subject=f"[CV-2291874] Re: {R2}",
    reply_to_req=msgid(R2),
    body=f"""
Hello,

CloudVeil received your report regarding:

{C['wt1021']}
{C['wt1022']}

CloudVeil provides a pass-through security and performance service for
these websites. We are not the hosting provider and are not able to remove
material from a server we do not control.

We have forwarded your complaint to the website operator and to the hosting
provider, Nordlane Servers (abuse@nordlane-servers.example), who are best
placed to act on it. The origin IP address was shared with the host.

Regards,
CloudVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are not the host, complaint forwarded to the hosting provider' reply",
    why="names the URLs but states no status: the CDN did nothing to them and forwarded the complaint",
    items={C["wt1021"]: "pending", C["wt1022"]: "pending"},
)

case(
    name="cv-service-terminated-moa",
    **{"from": "abuse@cloudveil.example"}, name_from="CloudVeil Trust & Safety",
    date="Fri, 06 Sep 2024 19:47:31 +0900",
    subject=f"[CV-2291874] Action taken: {R2}",
    reply_to_req=msgid(R2),
    body=f"""
Hello,

Following review under our Terms of Service, CloudVeil has blocked access
to the following URLs on our network. Visitors everywhere now receive a
CloudVeil abuse notice page instead of the content:

  * {C['live']}
  * {C['vod']}

The site owner has been informed and may contest the decision at
https://dash.cloudveil.example/appeals.

Regards,
CloudVeil Trust & Safety
""",
    outcome="applied",
    imitates="CDN notice that access to URLs was blocked network-wide",
    why="both moa-stream URLs blocked worldwide on the CDN: removed",
    items={C["live"]: "removed", C["vod"]: "removed"},
)

case(
    name="cv-geo-block-kr",
    **{"from": "abuse@cloudveil.example"}, name_from="CloudVeil Trust & Safety",
    date="Mon, 09 Sep 2024 10:26:18 +0900",
    subject=f"[CV-2291874] {R2} - legal restriction applied",
    reply_to_req=msgid(R2),
    body=f"""
Hello KCSC,

In response to your order, CloudVeil has restricted the following URLs for
visitors located in the Republic of Korea. They remain reachable from other
countries.

{C['wt1021']}
{C['wt1022']}

CloudVeil Trust & Safety
""",
    outcome="applied",
    imitates="CDN geo-restriction notice for a national legal order",
    why="both webtoon URLs restricted for Korea only",
    items={C["wt1021"]: "restricted", C["wt1022"]: "restricted"},
)

case(
    name="cv-numbered-mixed",
    **{"from": "legal-requests@cloudveil.example"}, name_from="CloudVeil Legal",
    date="Tue, 10 Sep 2024 15:55:02 +0900",
    subject=f"[CV-2291874] Final response {R2}",
    reply_to_req=msgid(R2),
    body=f"""
Dear KCSC,

Our final response to {R2}:

1. {C['wt1021']}
   Restricted in the Republic of Korea.

2. {C['wt1022']}
   The origin server answers 404 for this path; there is nothing to act on.

3. {C['live']}
   No action. The stream is a licensed relay and does not breach our
   Terms of Service.

Regards,
CloudVeil Legal
""",
    outcome="applied",
    imitates="CDN legal team numbered final response, status on the line below each URL",
    why="1021 restricted in Korea, 1022 does not exist, live stream refused with a reason",
    items={C["wt1021"]: "restricted", C["wt1022"]: "not_found", C["live"]: "rejected"},
)

case(
    name="cv-states-harborhost-items",
    **{"from": "abuse@cloudveil.example"}, name_from="CloudVeil Trust & Safety",
    date="Sat, 07 Sep 2024 08:14:50 +0900",
    subject="[CV-2293015] Action taken: toto-king.example",
    body=f"""
Hello,

A report you filed through our form concerned toto-king.example, which
also uses CloudVeil. We have terminated our service for that zone, and
{H['toto']} and {H['toto_ev']}
now show our suspension page.

CloudVeil Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN action notice about a site whose requested URLs are filed under its host",
    why="CloudVeil states statuses for items of the HarborHost request",
    items={H["toto"]: "pending", H["toto_ev"]: "pending"},
)

# ======================= NamePost (R3, 3 items) =======================

case(
    name="np-clienthold-bare-domains",
    **{"from": "abuse@namepost.example"}, name_from="NamePost Abuse",
    date="Thu, 05 Sep 2024 04:33:12 +0900",
    subject=f"Re: {R3} - domain abuse complaint",
    reply_to_req=msgid(R3),
    body=f"""
Hello,

After investigating your complaint we have suspended the following domain
names (status clientHold). They no longer resolve:

casino-88win.example
casino-88win2.example

Regards,
NamePost Domain Abuse Team
""",
    outcome="applied",
    imitates="registrar abuse team clientHold notice naming bare domains",
    why="both casino domains suspended and no longer resolve: their requested URLs are removed",
    items={N["c88"]: "removed", N["c88b"]: "removed"},
)

case(
    name="np-domain-expired",
    **{"from": "abuse@namepost.example"}, name_from="NamePost Abuse",
    date="Fri, 06 Sep 2024 10:50:00 +0900",
    subject=f"Re: {R3} - drug-delivery-kr.example",
    reply_to_req=msgid(R3),
    body=f"""
Hello,

Regarding {N['drug']} : the registration expired on
30 August 2024 and was not renewed. The domain has been deleted and no
longer exists in the registry, so there is nothing left for us to act on.

NamePost Domain Abuse Team
""",
    outcome="applied",
    imitates="registrar reply that a reported domain expired and was deleted",
    why="the domain no longer exists (expired, not renewed): not_found",
    items={N["drug"]: "not_found"},
)

case(
    name="np-forged-auth-fail",
    **{"from": "abuse@namepost.example"}, name_from="NamePost Abuse",
    auth="fail",
    date="Sat, 07 Sep 2024 22:10:41 +0900",
    subject=f"Re: {R3}",
    reply_to_req=msgid(R3),
    body=f"""
Hello,

All three domains in {R3} were investigated. {N['c88']} and
{N['c88b']} do not breach our registration agreement and will stay
active. {N['drug']} is not registered with us.

NamePost Domain Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="registrar-style reply failing DKIM/SPF/DMARC",
    why="From a platform domain but authentication fails",
    items={N["c88"]: "pending", N["c88b"]: "pending", N["drug"]: "pending"},
)

case(
    name="np-out-of-office",
    **{"from": "h.berg@namepost.example"}, name_from="Hanna Berg",
    date="Wed, 04 Sep 2024 09:15:20 +0900",
    subject=f"Out of Office: {R3}",
    reply_to_req=msgid(R3),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.

For domain abuse matters please write to abuse@namepost.example, which is
monitored by the whole team.

Hanna Berg
Compliance, NamePost
""",
    outcome="ignored", classification="auto_reply",
    imitates="registrar staff out-of-office reply",
    why="out-of-office auto-reply",
)

# ======================= Pinechan (R4, 5 items) =======================

case(
    name="pc-admin-thread-numbers",
    **{"from": "admin@pinechan.example"}, name_from="pinechan admin",
    date="Thu, 05 Sep 2024 22:47:03 +0900",
    subject=f"Re: {R4}",
    reply_to_req=msgid(R4),
    body="""
deleted /kr/ threads 88123 and 88124, poster banned.
""",
    outcome="applied",
    imitates="one-line image-board admin reply naming threads by number",
    why="both /kr/ threads named by number and stated deleted",
    items={P["t123"]: "removed", P["t124"]: "removed"},
)

case(
    name="pc-janitor-url-then-status",
    **{"from": "janitor@pinechan.example"}, name_from="pinechan janitors",
    date="Fri, 06 Sep 2024 03:12:45 +0900",
    subject=f"Re: {R4} report",
    reply_to_req=msgid(R4),
    body=f"""
went through your list:

{P['t123']}
-> pruned, thread deleted

{P['b917']}
-> not against global rules, left up

{P['img']}
-> file was already gone when I looked (404)

rest is for the /kr/ board vol, ask him.

- j
""",
    outcome="applied",
    imitates="image-board janitor reply, bare URL with the status on the line below",
    why="thread deleted, /b/ thread refused (no rule broken), image already gone",
    items={P["t123"]: "removed", P["b917"]: "rejected", P["img"]: "not_found"},
)

case(
    name="pc-all-gone-gmail-quote",
    **{"from": "admin@pinechan.example"}, name_from="pinechan admin",
    date="Sat, 07 Sep 2024 01:05:17 +0900",
    subject=f"Re: {R4}",
    reply_to_req=msgid(R4),
    body=f"""
all gone now.

{gmail_quote("Thu, 5 Sep 2024 at 10:02", R4, list(P.values()))}
""",
    outcome="review", review="bulk",
    imitates="two-word admin reply over the quoted five-item request",
    why="a statement about all items of a five-item request without naming each",
    items={P["t123"]: "pending", P["t124"]: "pending", P["b917"]: "pending",
           P["img"]: "pending", P["t190"]: "pending"},
)

case(
    name="pc-hedged-maybe-nuked",
    **{"from": "admin@pinechan.example"}, name_from="pinechan admin",
    date="Fri, 06 Sep 2024 23:40:09 +0900",
    subject=f"Re: {R4}",
    reply_to_req=msgid(R4),
    body=f"""
looks like a mod may have already nuked {P['t190']} , can't tell
from the logs. will check the others tomorrow.
""",
    outcome="review", review="not_understood",
    imitates="informal admin reply with a hedge and a promise",
    why="'may have already nuked', 'can't tell' and 'will check': no statement",
    items={P["t190"]: "pending"},
)

PC_DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="pc-dsn-7781"

--pc-dsn-7781
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.pinechan.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<admin-old@pinechan.example>: host mail.pinechan.example[203.0.113.45]
    said: 550 5.1.1 <admin-old@pinechan.example>: Recipient address
    rejected: User unknown in local recipient table

--pc-dsn-7781
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.pinechan.example
Arrival-Date: Thu,  5 Sep 2024 10:02:11 +0900 (KST)

Final-Recipient: rfc822; admin-old@pinechan.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.pinechan.example
Diagnostic-Code: smtp; 550 5.1.1 <admin-old@pinechan.example>: Recipient
    address rejected: User unknown in local recipient table

--pc-dsn-7781
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: admin-old@pinechan.example
Subject: Removal request {R4}
Message-ID: <{msgid(R4)}@kcsc.example>
Date: Thu, 5 Sep 2024 10:02:00 +0900

--pc-dsn-7781--
"""
case(
    name="pc-bounce-old-admin",
    **{"from": "MAILER-DAEMON@mx1.pinechan.example"}, name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 10:02:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=PC_DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown)",
    why="bounce of the request to an old admin address",
)

# ======================= Filebox (R5, 4 items) =======================

case(
    name="fb-dmca-desk-deleted",
    **{"from": "dmca@filebox.example"}, name_from="Filebox Copyright Agent",
    date="Sat, 07 Sep 2024 16:30:00 +0900",
    subject=f"Your notice {R5} - processed",
    reply_to_req=msgid(R5),
    body=f"""
Hello,

Your notice {R5} has been processed.

The following files have been deleted and their hashes added to our
re-upload filter: {F['ab3']}, {F['zr8']}.

The folder link {F['fold']} is invalid: no folder with that ID exists
on Filebox.

The uploader was notified and may send a counter-notice.

Filebox Copyright Agent
https://filebox.example/legal/copyright
""",
    outcome="applied",
    imitates="file host copyright desk notice: files deleted, hash-blocked; one link invalid",
    why="two files deleted, the folder link invalid (no such folder)",
    items={F["ab3"]: "removed", F["zr8"]: "removed", F["fold"]: "not_found"},
)

FB_HTML = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body>
<div style="font-family:Helvetica,Arial;font-size:14px;color:#222">
<h3 style="margin:0 0 8px 0">Filebox &mdash; report outcome</h3>
<p>Reference: {R5}</p>
<table style="border-collapse:collapse" cellpadding="6">
<thead><tr style="background:#eef"><th align="left">File</th><th align="left">Result</th></tr></thead>
<tbody>
<tr><td>{F['ab3']}</td><td>Access disabled</td></tr>
<tr><td>{F['qw5']}</td><td>Download blocked in South Korea</td></tr>
</tbody></table>
<p style="color:#777;font-size:12px">You are receiving this because you filed a report with Filebox.
<a href="https://filebox.example/help/reports">Help</a></p>
</div></body></html>
"""
case(
    name="fb-base64-html-table",
    **{"from": "reports@fbx-mail.example"}, name_from="Filebox Reports",
    date="Sun, 08 Sep 2024 09:02:31 +0900",
    subject=f"Report outcome - {R5}",
    reply_to_req=msgid(R5),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(FB_HTML),
    outcome="applied",
    imitates="file host notification mail, base64 HTML with an outcome table",
    why="one file disabled for all, the archive download blocked in Korea only",
    items={F["ab3"]: "removed", F["qw5"]: "restricted"},
)

FB_CSV = csv_text([
    ["link", "status", "processed_at"],
    [F["ab3"], "deleted", "2024-09-09 10:14"],
    [F["zr8"], "deleted", "2024-09-09 10:14"],
    [F["qw5"], "not found", "2024-09-09 10:15"],
    [F["fold"], "kept - no infringement identified", "2024-09-09 10:15"],
], delimiter=";")
case(
    name="fb-semicolon-csv",
    **{"from": "dmca@filebox.example"}, name_from="Filebox Copyright Agent",
    date="Mon, 09 Sep 2024 10:20:44 +0900",
    subject=f"RE: {R5} export",
    reply_to_req=msgid(R5),
    raw_mime=mixed_with_csv("fbx-exp-0909", f"""
Hi,

export of our actions on {R5} attached.

Filebox Copyright Agent
""", f"{R5}.csv", FB_CSV, encode_csv=False),
    outcome="applied",
    imitates="semicolon-separated CSV export attached to a file host reply",
    why="two deleted, the archive not found, the folder kept (no infringement)",
    items={F["ab3"]: "removed", F["zr8"]: "removed", F["qw5"]: "not_found",
           F["fold"]: "rejected"},
)

case(
    name="fb-conditional-counter-notice",
    **{"from": "dmca@filebox.example"}, name_from="Filebox Copyright Agent",
    date="Sat, 07 Sep 2024 11:00:12 +0900",
    subject=f"Your notice {R5} - pending",
    reply_to_req=msgid(R5),
    body=f"""
Hello,

We forwarded your notice {R5} to the uploader of
{F['qw5']}.

The file will be deleted within 24 hours unless the uploader files a
counter-notice in that time. If a counter-notice arrives we will send it to
you.

Filebox Copyright Agent
""",
    outcome="review", review="not_understood",
    imitates="file host notice-and-counter-notice holding message",
    why="a conditional future deletion is not a statement",
    items={F["qw5"]: "pending"},
)

FB_MDN = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="fb-mdn-31"

--fb-mdn-31
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to dmca@filebox.example at
6 Sep 2024 14:00.

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the content has been
read or understood.

--fb-mdn-31
Content-Type: message/disposition-notification

Reporting-UA: mail.filebox.example; Thunderbird 115.14.0
Original-Recipient: rfc822;dmca@filebox.example
Final-Recipient: rfc822;dmca@filebox.example
Original-Message-ID: <{msgid(R5)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--fb-mdn-31--
"""
case(
    name="fb-read-receipt",
    **{"from": "dmca@filebox.example"}, name_from="Filebox Copyright Agent",
    date="Fri, 06 Sep 2024 15:31:08 +0900",
    subject=f"Read: Removal request {R5}",
    reply_to_req=msgid(R5),
    raw_mime=FB_MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird message disposition notification",
    why="read receipt",
)

# ======================= ttukttak (R6, 3 items, Korean) =======================

case(
    name="tt-admin-korean-list",
    **{"from": "admin@ttukttak.example"}, name_from="뚝딱 운영자",
    date="Tue, 10 Sep 2024 11:25:36 +0900",
    subject=f"Re: [방심위] {R6} 게시물 조치 요청",
    reply_to_req=msgid(R6),
    body=f"""
안녕하세요, 뚝딱 커뮤니티 운영자입니다.
요청하신 게시물의 처리 결과를 알려드립니다.

{T_RAW['f234']} → 운영자 삭제
{T_RAW['f251']} → 블라인드 처리
{T_RAW['u310']}은 작성자가 이미 삭제한 글입니다.

추가로 확인이 필요하시면 회신 주세요.
감사합니다.
""",
    outcome="applied",
    imitates="Korean community admin reply with per-post results (운영자 삭제, 블라인드)",
    why="10234 deleted by the operator, 10251 blinded, 3310 already deleted by its author",
    items={T["f234"]: "removed", T["f251"]: "removed", T["u310"]: "not_found"},
)

case(
    name="tt-temporary-measure-and-promise",
    **{"from": "admin@ttukttak.example"}, name_from="뚝딱 운영자",
    date="Mon, 09 Sep 2024 17:48:02 +0900",
    subject=f"Re: {R6} 처리 안내", raw_subject=True,
    reply_to_req=msgid(R6),
    body=f"""
안녕하세요. 뚝딱 운영팀입니다.

{T_RAW['f234']} 게시물은 정보통신망법에 따라 임시조치(30일)하였습니다.

{T_RAW['u310']} 게시물은 내부 검토 후 조치할 예정입니다.

감사합니다.
""",
    outcome="applied",
    imitates="Korean board 임시조치 notice plus a promise for another post",
    why="10234 under 임시조치 (restricted); 3310 only a promise, stays pending",
    items={T["f234"]: "restricted", T["u310"]: "pending"},
)

case(
    name="tt-percent-encoded-private",
    **{"from": "mod.hyejin@ttukttak.example"}, name_from="뚝딱 모더레이터 혜진",
    date="Wed, 11 Sep 2024 09:03:55 +0900",
    subject=f"RE: {R6}",
    reply_to_req=msgid(R6),
    body=f"""
{T['f251']} 비공개 처리 완료했습니다.

혜진 드림
""",
    outcome="applied",
    imitates="one-line moderator reply pasting the percent-encoded address",
    why="10251 made private (비공개 처리): removed",
    items={T["f251"]: "removed"},
)

case(
    name="tt-promise-only",
    **{"from": "admin@ttukttak.example"}, name_from="뚝딱 운영자",
    date="Mon, 09 Sep 2024 13:11:20 +0900",
    subject=f"Re: [방심위] {R6} 게시물 조치 요청",
    reply_to_req=msgid(R6),
    body=f"""
안녕하세요, 뚝딱 커뮤니티 운영자입니다.

보내주신 {T_RAW['f234']}, {T_RAW['f251']} 두 게시물은
확인 후 빠른 시일 내에 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean admin promise to act after checking",
    why="'확인 후 조치하겠습니다' is a promise, not a statement",
    items={T["f234"]: "pending", T["f251"]: "pending"},
)

case(
    name="tt-forged-auth-fail",
    **{"from": "admin@ttukttak.example"}, name_from="뚝딱 운영자",
    auth="fail",
    date="Thu, 12 Sep 2024 02:44:10 +0900",
    subject=f"Re: {R6}",
    reply_to_req=msgid(R6),
    body=f"""
요청하신 게시물은 위반 사항이 없어 유지합니다.
{T_RAW['f234']}
{T_RAW['f251']}
{T_RAW['u310']}
""",
    outcome="review", review="untrusted",
    imitates="Korean board reply whose authentication fails",
    why="platform domain, DMARC fail",
    items={T["f234"]: "pending", T["f251"]: "pending", T["u310"]: "pending"},
)

case(
    name="tt-helpdesk-auto-ack",
    **{"from": "help@ttukttak.example"}, name_from="뚝딱 고객센터",
    date="Mon, 09 Sep 2024 10:40:31 +0900",
    subject=f"[자동응답] 문의가 접수되었습니다 ({R6})",
    reply_to_req=msgid(R6),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요, 뚝딱 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다. (접수번호: TT-20240909-0172)
담당자 확인 후 순차적으로 답변드리겠습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean help-desk automatic receipt with a ticket number",
    why="automatic receipt, nothing about any post",
)

# ======================= PastePoint (R7, 1 item) =======================

case(
    name="pp-one-word-removed",
    **{"from": "ops@pastepoint.example"}, name_from="PastePoint",
    date="Tue, 10 Sep 2024 18:02:40 +0900",
    subject=f"Re: {R7}",
    reply_to_req=msgid(R7),
    body="""
Removed. Thanks for the heads-up.

-- PastePoint ops
""",
    outcome="applied",
    imitates="one-word reply from a small service operator",
    why="a sole 'Removed.' answering a one-item request",
    items={PP: "removed"},
)

case(
    name="pp-ack-plus-expired",
    **{"from": "abuse@pastepoint.example"}, name_from="PastePoint Abuse",
    date="Wed, 11 Sep 2024 08:15:27 +0900",
    subject=f"[PP-4471] {R7}",
    reply_to_req=msgid(R7),
    body=f"""
Hi,

Thanks, we received your report and logged it as PP-4471.

{PP} no longer exists: it was created with a 24-hour expiry and our
cleanup job purged it before we saw your email.

PastePoint Abuse
""",
    outcome="applied",
    imitates="paste site abuse reply: receipt phrase followed by a result",
    why="a receipt phrase plus an unhedged statement that the paste no longer exists",
    items={PP: "not_found"},
)


HEADER = """# blind583: hosts, CDN, registrar, image board, file host, Korean forum,
# paste site. Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind583", HEADER, cases)
