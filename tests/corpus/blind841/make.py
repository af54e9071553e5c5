#!/usr/bin/env python3
"""Blind set 841: hosting providers, a CDN, a registrar, an image board, a
file host and a Korean community forum answering (often informally) the
regulator's removal requests; plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind841/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Every
expected result was written from the meaning of each email, before the
reader was ever run on it. All names, sites, ids and URLs are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind841"

# ---------------------------------------------------------------- requests
K = {  # Kumo Hosting (shared/VPS hosting), 12 items, KCSC-240902-01
    "toto": "http://lucky-toto77.example/",
    "toto_ev": "http://lucky-toto77.example/event/join.php",
    "bada": "http://bada-casino.example/index.html",
    "bada_bonus": "http://bada-casino.example/bonus/",
    "ph311": "https://mnt-pharm24.example/shop/item.php?id=311",
    "ph312": "https://mnt-pharm24.example/shop/item.php?id=312",
    "sky": "https://sky-bet365kr.example/",
    "g17": "http://kumo-user4421.kumohost.example/~gallery/v/17.html",
    "g18": "http://kumo-user4421.kumohost.example/~gallery/v/18.html",
    "hanbit": "https://hanbit-slot.example/go?c=KR&ref=88",
    "seoul": "https://dalbit-escort.example/list/seoul",
    "busan": "https://dalbit-escort.example/list/busan",
}
V = {  # VaultShare (file host), 5 items, KCSC-240903-02
    "a": "https://vaultshare.example/f/Qm7TzK2p",
    "b": "https://vaultshare.example/f/Lx04RbWe",
    "c": "https://vaultshare.example/f/Hh9cV1sN",
    "zip": "https://dl.vaultshare.example/d/8841207/pack_0903.zip",
    "folder": "https://vaultshare.example/folder/PzR2kk",
}
E = {  # EdgeShield (CDN / reverse proxy), 3 items, KCSC-240904-03
    "news": "https://minjok-news24.example/article/5521",
    "rich": "https://toto-rich.example/",
    "gif": "https://cdn-img.toto-rich.example/banner/main_0904.gif",
}
N = {  # NamePier (registrar), 2 items, KCSC-240905-04
    "gold": "http://goldslot-kr.example/",
    "pharm": "http://pharm-direct-kr.example/",
}
C = {  # ChanPark (image board), 4 items, KCSC-240905-05
    "t1": "https://chanpark.example/kr/res/884213.html",
    "t2": "https://chanpark.example/kr/res/884290.html",
    "img": "https://img.chanpark.example/kr/src/1725512044118.jpg",
    "post": "https://chanpark.example/b/res/2210457.html#p2210499",
}
GAL_RAW = "https://modoobbs.example/갤러리/view/5518"
GAL = "https://modoobbs.example/" + urllib.parse.quote("갤러리") + "/view/5518"
M = {  # 모두게시판 (Korean community forum), 4 items, KCSC-240906-06
    "f1": "https://modoobbs.example/free/102344",
    "f2": "https://modoobbs.example/free/102391",
    "gal": GAL,
    "humor": "https://m.modoobbs.example/humor/77820",
}
C7 = "https://chanpark.example/kr/res/885102.html"  # KCSC-240909-07, 1 item

REQUESTS = [
    ("KCSC-240902-01", "kumohost", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     list(K.values()), "gambling", "customer sites on shared hosting"),
    ("KCSC-240903-02", "vaultshare", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     list(V.values()), "obscene", "file host links"),
    ("KCSC-240904-03", "edgeshield", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00",
     list(E.values()), "gambling", "sites behind the CDN"),
    ("KCSC-240905-04", "namepier", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     list(N.values()), "illegal_drugs", "domains registered at NamePier"),
    ("KCSC-240905-05", "chanpark", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     list(C.values()), "obscene", "image board threads and files"),
    ("KCSC-240906-06", "modoobbs", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     list(M.values()), "defamation", "community forum posts, one Korean path"),
    ("KCSC-240909-07", "chanpark", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [C7], "obscene", "single thread"),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ------------------------------------------------------------ MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def single(ctype, cte, body):
    """A one-part body with its own content headers (for raw_mime)."""
    return f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n\n{body.strip(chr(10))}\n"


def multipart(subtype, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def part(ctype, cte, body, disp=None):
    h = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    if disp:
        h.append(f"Content-Disposition: {disp}")
    return "\n".join(h) + "\n\n" + body.strip("\n") + "\n"


KCSC_QUOTE_K = "\n".join(f"{i}. {u}" for i, u in enumerate(K.values(), 1))

# ------------------------------------------------------------------- cases
cases = []


def add(**c):
    cases.append(c)


# ============================== Kumo Hosting (KCSC-240902-01, 12 items)
add(name="kumo-oneliner-account-suspended",
    **{"from": "jh.seo@kumohost.example"}, name_from="Jihoon Seo (Kumo Hosting)",
    date="Tue, 03 Sep 2024 09:41:12 +0900",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""hi,

account suspended. these two are down now:
{K['toto']}
{K['toto_ev']}

rest of your list is still with the team, someone will write again.

jh
kumo abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="one-line abuse-desk reply from a small hosting provider after suspending a customer account",
    why="account suspended and both named URLs said to be down: removed; the rest of the list is not named",
    items={K["toto"]: "removed", K["toto_ev"]: "removed"})

add(name="kumo-plain-text-table",
    **{"from": "abuse@kumohost.example"}, name_from="Kumo Hosting Abuse",
    date="Wed, 04 Sep 2024 16:05:44 +0900",
    subject="[Kumo Abuse #AB-448120] Outcome - KCSC-240902-01 (part 1)",
    body=f"""Dear KCSC,

Outcome of our investigation for your request KCSC-240902-01 (our ticket
AB-448120), part 1 of 2:

URL                                              | Action taken          | Status
-------------------------------------------------+-----------------------+-------
{K['bada']:<49}| Content removed       | Closed
{K['bada_bonus']:<49}| Content removed       | Closed
{K['ph311']:<49}| Page deleted          | Closed
{K['ph312']:<49}| Not found on server   | Closed
{K['sky']:<49}| No action (see below) | Closed

sky-bet365kr.example: the customer showed us a gaming licence issued in
the country where the service is run. We found no breach of our Acceptable
Use Policy and the site stays online. A court order can be sent to
legal@kumohost.example.

Regards,
Daniel Ortiz
Abuse Handling, Kumo Hosting
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse-ticket outcome as a fixed-width plain-text table",
    why="table row per URL: two removed, one deleted, one not on the server, one left up for want of a breach (rejected)",
    items={K["bada"]: "removed", K["bada_bonus"]: "removed", K["ph311"]: "removed",
           K["ph312"]: "not_found", K["sky"]: "rejected"})

CSV_K = f"""url,result,date_utc,comment
{K['sky']},removed,2024-09-06,site disabled by Kumo
{K['g17']},removed,2024-09-06,file deleted from customer account
{K['g18']},not found,2024-09-06,no such file on the account
"{K['hanbit']}",geo-blocked (KR),2024-09-07,customer keeps the site for other markets
{K['seoul']},removed,2024-09-07,
{K['busan']},removed,2024-09-07,
"""
add(name="kumo-csv-attachment",
    **{"from": "abuse@kumohost.example"}, name_from="Kumo Hosting Abuse",
    date="Sat, 07 Sep 2024 11:20:03 +0900",
    subject="[Kumo Abuse #AB-448120] Outcome - KCSC-240902-01 (part 2)",
    raw_mime=multipart("mixed", "==kumo_448120_p2==", [
        part("text/plain; charset=utf-8", "7bit",
             "Hello,\n\nThe results for the second half of request KCSC-240902-01 are in the\n"
             "attached file (kumo_abuse_AB-448120_part2.csv). Columns: url, result,\n"
             "date (UTC), comment.\n\nKumo Hosting Abuse\n"),
        part('text/csv; charset=utf-8; name="kumo_abuse_AB-448120_part2.csv"', "base64",
             b64(CSV_K), 'attachment; filename="kumo_abuse_AB-448120_part2.csv"'),
    ]),
    outcome="applied", classification="confirmation",
    imitates="abuse-ticket system exporting results as a CSV attachment",
    why="CSV rows per URL: removed, not found, geo-blocked for Korea (restricted), removed",
    items={K["sky"]: "removed", K["g17"]: "removed", K["g18"]: "not_found",
           K["hanbit"]: "restricted", K["seoul"]: "removed", K["busan"]: "removed"})

add(name="kumo-geoblock-angle-brackets",
    **{"from": "trust@kumohost.example"}, name_from="Kumo Hosting Trust & Safety",
    date="Sun, 08 Sep 2024 10:02:50 +0900",
    subject="Your reference KCSC-240902-01",
    body=f"""Hello,

Regarding your reference KCSC-240902-01:

The customer has restricted <{K['hanbit']}> so that it no
longer loads from Korean IP addresses. We checked from our Seoul probe and
the page now returns an access-denied notice. The site remains available
in other countries, which our terms allow.

Best,
Kumo Hosting - Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="host's reply that a customer geo-blocked one page for the requesting country",
    why="one URL no longer loads from Korea, online elsewhere: restricted",
    items={K["hanbit"]: "restricted"})

QP_BODY = f"""Hello,

Both pages on dalbit-escort.example from your notice have been dealt with:

- {K['seoul']} : removed by our team on 9 September after the customer failed to respond within the 24 hours we gave them.
- {K['busan']} : this directory had already been deleted by the site owner before we looked; nothing was found on the server.

Kind regards,
Sofia Lindqvist
Kumo Hosting – Abuse Desk

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: abuse@kumohost.example
Subject: [KCSC-240902-01] Request for removal of illegal content

Dear Kumo Hosting,

The Korea Communications Standards Commission requests the removal of the following pages hosted on your network:

{KCSC_QUOTE_K}

Please reply to this email with the result for each URL.
"""
add(name="kumo-qp-outlook-top-post",
    **{"from": "sofia.lindqvist@kumohost.example"}, name_from="Sofia Lindqvist",
    date="Mon, 09 Sep 2024 17:48:31 +0900",
    subject="RE: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["Thread-Topic: [KCSC-240902-01] Request for removal of illegal content",
                   "X-Mailer: Microsoft Outlook 16.0"],
    raw_mime=single("text/plain; charset=utf-8", "quoted-printable", qp(QP_BODY)),
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from a host's abuse desk over the full quoted request, quoted-printable",
    why="seoul removed; busan already deleted by the owner (not_found); the other URLs appear only in the quoted request",
    items={K["seoul"]: "removed", K["busan"]: "not_found", K["toto"]: "pending",
           K["sky"]: "pending"})

add(name="kumo-base64-customer-removed",
    **{"from": "abuse@kumohost.example"}, name_from="Kumo Hosting Abuse",
    date="Thu, 05 Sep 2024 13:30:00 +0900",
    subject="Re: [KCSC-240902-01] mnt-pharm24.example",
    raw_mime=single("text/plain; charset=utf-8", "base64", b64(f"""Dear Sir/Madam,

Following our notice, our customer removed the two product pages of
mnt-pharm24.example that you reported. We verified both URLs ourselves
and they now return HTTP 404:

  {K['ph311']}
  {K['ph312']}

The customer has been warned that a further complaint will end the
contract.

Kumo Hosting Abuse Team
""")),
    outcome="applied", classification="confirmation",
    imitates="hosting abuse team confirming the customer removed the pages after notice (base64 body)",
    why="both product pages removed by the customer at the host's demand and verified gone: removed (not an author deletion before the request)",
    items={K["ph311"]: "removed", K["ph312"]: "removed"})

add(name="kumo-url-on-line-below",
    **{"from": "noc@kumohost.example"}, name_from="Kumo Hosting NOC",
    date="Fri, 06 Sep 2024 08:15:27 +0900",
    subject="Re: KCSC-240902-01 / kumo-user4421",
    body=f"""Good morning,

The following page has been taken down:

{K['g17']}

The following could not be found on our servers (the account has no file
by that name and there is no trace of it in the last 30 days of logs):

{K['g18']}

NOC shift 2, Kumo Hosting
""",
    outcome="applied", classification="confirmation",
    imitates="terse NOC reply: statement line, blank line, URL on its own line below",
    why="heading statements each govern the URL on the line below: removed, not_found",
    items={K["g17"]: "removed", K["g18"]: "not_found"})

# ============================== VaultShare (KCSC-240903-02, 5 items)
add(name="vault-bulleted-list",
    **{"from": "abuse@vaultshare.example"}, name_from="VaultShare Abuse",
    date="Wed, 04 Sep 2024 19:12:40 +0000",
    subject="RE: KCSC-240903-02 removal request",
    body=f"""Hi there,

Thanks for the report. We have looked at the links one by one:

 * {V['a']} - deleted
 * {V['b']} - deleted
 * {V['c']} - file not found (the uploader had removed it themselves)

The other two are still being checked by a colleague.

VaultShare Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="file host abuse desk answering with a bulleted list of links",
    why="two deleted, one already gone by the uploader (not_found); the other two are unnamed and pending",
    items={V["a"]: "removed", V["b"]: "removed", V["c"]: "not_found"})

VAULT_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Here is the result of our review of request <b>KCSC-240903-02</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Link</th><th>Result</th></tr>
<tr><td>1</td><td><a href="{V['a']}">{V['a']}</a></td><td>Removed</td></tr>
<tr><td>2</td><td><a href="{V['b']}">{V['b']}</a></td><td>Removed</td></tr>
<tr><td>3</td><td><a href="{V['c']}">{V['c']}</a></td><td>Not found</td></tr>
<tr><td>4</td><td><a href="{V['zip']}">{V['zip']}</a></td><td>Download disabled</td></tr>
<tr><td>5</td><td><a href="{V['folder']}">{V['folder']}</a></td><td>No violation &ndash; kept</td></tr>
</table>
<p>Row 5: the folder holds scanned public-domain books; it does not breach our
<a href="https://vaultshare.example/legal/terms">Terms of Service</a>, so it stays available.</p>
<p>VaultShare Trust &amp; Safety</p>
</body></html>"""
add(name="vault-html-table",
    **{"from": "trust@vaultshare.example"}, name_from="VaultShare Trust & Safety",
    date="Thu, 05 Sep 2024 08:30:00 +0000",
    subject="Result of your report KCSC-240903-02",
    type="html", body=VAULT_HTML,
    outcome="applied", classification="confirmation",
    imitates="file host HTML report table with one row per link",
    why="five rows: removed, removed, not found, download disabled (removed), no violation and kept (rejected); the terms link is no item",
    items={V["a"]: "removed", V["b"]: "removed", V["c"]: "not_found",
           V["zip"]: "removed", V["folder"]: "rejected"})

add(name="vault-zip-informal",
    **{"from": "tomas@vaultshare.example"}, name_from="Tomás (VaultShare)",
    date="Fri, 06 Sep 2024 02:05:19 +0000",
    subject="re: pack_0903.zip",
    body=f"""yo,

the zip ({V['zip']}) is gone. its hash is on our blocklist now so
re-uploads get rejected automatically too.

- Tomás
""",
    outcome="applied", classification="confirmation",
    imitates="informal one-paragraph reply from a file host staff member",
    why="the zip is gone and hash-blocked: removed ('re-uploads get rejected' is about future uploads, not a refusal)",
    items={V["zip"]: "removed"})

add(name="vault-echoed-report-form",
    **{"from": "noreply@vaultshare.example"}, name_from="VaultShare Reports",
    date="Sat, 07 Sep 2024 12:00:09 +0000",
    subject="Report VS-55120 closed",
    body=f"""Your report has been closed.

Report ID:     VS-55120
Your ref.:     KCSC-240903-02
Reported URL:  {V['folder']}
Reason given:  Illegal content (obscene material)
Submitted:     2024-09-03 02:04 UTC

Outcome:       Folder disabled and uploader account terminated.

This is an automated message about the outcome of your report. You can
view all your reports at https://vaultshare.example/reports/mine
""",
    outcome="applied", classification="confirmation",
    imitates="report-closed notification that echoes the submitted report form",
    why="the echoed form names the folder; the outcome line says it was disabled: removed (dashboard link is no item)",
    items={V["folder"]: "removed"})

add(name="vault-geo-restricted",
    **{"from": "abuse@vaultshare.example"}, name_from="VaultShare Abuse",
    date="Mon, 09 Sep 2024 07:44:51 +0000",
    subject="RE: KCSC-240903-02 removal request",
    body=f"""Hello,

We have restricted the file {V['b']} so that it can no longer be downloaded
from the Republic of Korea. It stays available in other regions, where it
is lawful.

Kind regards,
VaultShare Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="file host replying that a file was blocked for one country",
    why="download blocked from Korea only: restricted",
    items={V["b"]: "restricted"})

# ============================== EdgeShield CDN (KCSC-240904-03, 3 items)
add(name="edge-not-the-host",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date="Wed, 04 Sep 2024 15:10:44 +0900",
    subject="[ES-2024-0904-1187] Your abuse report",
    body=f"""Hello,

EdgeShield received your report about {E['news']}.

EdgeShield provides a reverse proxy and caching service for this website.
We are not its hosting provider and we cannot remove content from a server
we do not operate. We have passed your report on to the hosting provider
(Orbital Servers, abuse@orbital-servers.example) and to the site operator.
No further action will be taken by EdgeShield on this report.

EdgeShield Trust & Safety
Report reference: ES-2024-0904-1187
""",
    outcome="applied", classification="confirmation",
    imitates="CDN 'we do not host this content, forwarded to the host' reply (Cloudflare-style abuse policy)",
    why="the CDN refuses to act on the one named URL and says why: rejected (arguable, see NOTES)",
    items={E["news"]: "rejected"})

add(name="edge-blocked-worldwide",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date="Fri, 06 Sep 2024 09:00:12 +0900",
    subject="[ES-2024-0905-0042] Action taken",
    body=f"""Dear Sir or Madam,

Following our review of report ES-2024-0905-0042 (your ref. KCSC-240904-03)
we found the website in breach of our Terms of Service. We have disabled
our service for the hostnames below and put a block page in front of them
for all visitors worldwide:

{E['rich']}
{E['gif']}

The banner image has also been purged from our cache.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN notice that service was disabled and a block page shown to all visitors",
    why="both URLs blocked for everyone: removed",
    items={E["rich"]: "removed", E["gif"]: "removed"})

add(name="edge-korea-only-block",
    **{"from": "legal@edgeshield.example"}, name_from="EdgeShield Legal",
    date="Sat, 07 Sep 2024 14:33:02 +0900",
    subject="KCSC-240904-03 - minjok-news24.example",
    body=f"""Hello KCSC team,

Access to {E['news']} through our network is now blocked for visitors
located in the Republic of Korea, in line with the Korean law cited in
your request. The page remains reachable from other countries.

EdgeShield Legal
""",
    outcome="applied", classification="confirmation",
    imitates="CDN legal team applying a country-level block",
    why="blocked for visitors in Korea only: restricted",
    items={E["news"]: "restricted"})

add(name="edge-gmail-quote",
    **{"from": "r.okafor@edgeshield.example"}, name_from="Rita Okafor",
    date="Thu, 05 Sep 2024 22:17:55 +0900",
    subject="Re: [KCSC-240904-03] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""Done - {E['rich']} is now blocked at our edge for all visitors.

Rita

On Wed, 4 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear EdgeShield,
>
> Please remove or disable access to the following:
>
> {E['news']}
> {E['rich']}
> {E['gif']}
>
> KCSC
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style short top post above the quoted request",
    why="only toto-rich is stated (blocked for all: removed); the other two appear only in the quote",
    items={E["rich"]: "removed", E["news"]: "pending", E["gif"]: "pending"})

# ============================== NamePier registrar (KCSC-240905-04, 2 items)
add(name="namepier-clienthold-bare-domains",
    **{"from": "compliance@namepier.example"}, name_from="NamePier Compliance",
    date="Fri, 06 Sep 2024 12:40:00 +0900",
    subject="Re: KCSC-240905-04 - domain abuse report",
    body="""Hello KCSC team,

We reviewed the two domain names in your report KCSC-240905-04. Both are
registered through NamePier and we have set them to clientHold, so they no
longer resolve:

  goldslot-kr.example       clientHold   2024-09-06 03:12 UTC
  pharm-direct-kr.example   clientHold   2024-09-06 03:12 UTC

The registrant has been told and may contest the suspension through our
usual procedure.

NamePier Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply placing domains on clientHold, domains written bare",
    why="both requested domains suspended at the registry level (no longer resolve): removed; they are named as bare domains (arguable matching, see NOTES)",
    items={N["gold"]: "removed", N["pharm"]: "removed"})

add(name="namepier-one-held-one-kept",
    **{"from": "abuse@namepier.example"}, name_from="NamePier Abuse",
    date="Mon, 09 Sep 2024 10:05:33 +0900",
    subject="Re: KCSC-240905-04",
    body=f"""Dear KCSC,

{N['gold']}
Suspended (clientHold). The domain was used for unlicensed gambling, which
breaches our registration agreement.

{N['pharm']}
No action. The registrant sent us a valid pharmacy licence and we found no
abuse of the domain name itself; content questions belong with the hosting
provider. The domain remains active.

Regards,
NamePier Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="registrar decision per domain, URL on its own line with the status below",
    why="goldslot suspended (removed); pharm-direct kept with a reason (rejected)",
    items={N["gold"]: "removed", N["pharm"]: "rejected"})

# ============================== ChanPark image board (KCSC-240905-05, 4 items)
add(name="chan-mod-oneliner",
    **{"from": "mod.kr@chanpark.example"}, name_from="kr mod",
    date="Thu, 05 Sep 2024 23:58:10 +0900",
    subject="Re: [KCSC-240905-05] removal request",
    reply_to_req=req_mid("KCSC-240905-05"),
    body=f"""nuked {C['t1']} and {C['t2']}, poster range banned.
-- /kr/ mod
""",
    outcome="applied", classification="confirmation",
    imitates="image board moderator's one-line reply",
    why="'nuked' = deleted both named threads: removed",
    items={C["t1"]: "removed", C["t2"]: "removed"})

add(name="chan-file-purged-and-post",
    **{"from": "admin@chanpark.example"}, name_from="ChanPark Admin",
    date="Fri, 06 Sep 2024 11:11:11 +0900",
    subject="KCSC-240905-05",
    body=f"""Hello,

The file {C['img']} has been purged from our storage and its hash added to
the upload filter.

In {C['post']} only post No.2210499 was the problem; that post is deleted,
the rest of the thread is untouched.

ChanPark admin
""",
    outcome="applied", classification="confirmation",
    imitates="image board admin reply about a purged file and a single deleted post",
    why="file purged (removed); the requested post (URL fragment) deleted (removed)",
    items={C["img"]: "removed", C["post"]: "removed"})

add(name="chan-pruned-and-deleted",
    **{"from": "mod.kr@chanpark.example"}, name_from="kr mod",
    date="Sat, 07 Sep 2024 03:20:45 +0900",
    subject="Re: [KCSC-240905-05] removal request",
    body=f"""{C['t2']} - already pruned, it 404'd before we got to it
{C['t1']} - deleted

-- /kr/ mod
""",
    outcome="applied", classification="confirmation",
    imitates="moderator's two-line status list",
    why="pruned before action, page 404: not_found; the other deleted: removed",
    items={C["t2"]: "not_found", C["t1"]: "removed"})

add(name="chan-single-item-sole",
    **{"from": "admin@chanpark.example"}, name_from="ChanPark Admin",
    date="Tue, 10 Sep 2024 09:02:00 +0900",
    subject="Re: [KCSC-240909-07] removal request",
    reply_to_req=req_mid("KCSC-240909-07"),
    body="""Hello, the reported content has been deleted and the poster is banned for 30 days.

ChanPark admin
""",
    outcome="applied", classification="confirmation",
    imitates="image board admin's one-sentence reply to a one-link request",
    why="a statement without URL for a one-item request applies to that item: removed",
    items={C7: "removed"})

# ============================== 모두게시판 (KCSC-240906-06, 4 items)
add(name="modoo-notice-numbered-kr",
    **{"from": "cs@modoobbs.example"}, name_from="모두게시판 운영팀",
    date="Mon, 09 Sep 2024 15:00:00 +0900",
    subject="[모두게시판] 시정요구(KCSC-240906-06) 조치 결과 회신",
    body=f"""안녕하세요. 모두게시판 운영팀입니다.

귀 위원회에서 요청하신 게시물에 대하여 아래와 같이 조치하였음을 알려드립니다.

1. {M['f1']}
   → 게시중단(삭제) 완료

2. {M['f2']}
   → 작성자가 9월 5일 스스로 삭제하여 현재 존재하지 않는 게시물입니다.

감사합니다.
모두게시판 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community forum 시정요구 조치 결과 notice, numbered list, status on the line below",
    why="102344 게시중단(삭제): removed; 102391 deleted by its author, no longer exists: not_found",
    items={M["f1"]: "removed", M["f2"]: "not_found"})

add(name="modoo-raw-path-particles",
    **{"from": "cs@modoobbs.example"}, name_from="모두게시판 운영지원",
    date="Tue, 10 Sep 2024 10:30:00 +0900",
    subject="Re: KCSC-240906-06 처리 결과",
    body=f"""안녕하세요. 모두게시판 운영지원팀입니다.

KCSC-240906-06 건 처리 결과를 알려드립니다.

{GAL_RAW} 게시물은 블라인드 처리되었습니다.
해당 게시물（{M['humor']}）은 30일간 임시조치(접근 제한)하였습니다.

문의 사항은 회신 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum reply with a raw Korean-path URL and a URL in full-width parentheses followed by a particle",
    why="갤러리 post 블라인드: removed; humor post 임시조치: restricted",
    items={M["gal"]: "removed", M["humor"]: "restricted"})

MODOO_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요, 모두게시판입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240906-06)에 대한 조치 결과를 아래 표와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{M['f1']}</td><td>삭제</td><td>2024-09-09</td></tr>
<tr><td>2</td><td>{M['f2']}</td><td>삭제</td><td>2024-09-09</td></tr>
<tr><td>3</td><td>{GAL_RAW}</td><td>블라인드</td><td>2024-09-09</td></tr>
<tr><td>4</td><td>{M['humor']}</td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
</table>
<p>모두게시판 고객센터 드림</p>
</body></html>"""
add(name="modoo-html-table-base64",
    **{"from": "cs@modoobbs.example"}, name_from="모두게시판 고객센터",
    date="Tue, 10 Sep 2024 17:45:12 +0900",
    subject="시정요구 조치결과 회신 (KCSC-240906-06)",
    raw_mime=single("text/html; charset=utf-8", "base64", b64(MODOO_HTML)),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table in a base64-encoded HTML email",
    why="table: 삭제, 삭제, 블라인드 (removed) and 게시물 없음(작성자 삭제) (not_found)",
    items={M["f1"]: "removed", M["f2"]: "removed", M["gal"]: "removed", M["humor"]: "not_found"})

add(name="modoo-admin-oneliner-kr",
    **{"from": "admin@modoobbs.example"}, name_from="모두게시판 관리자",
    date="Sat, 07 Sep 2024 21:03:40 +0900",
    subject="Re: [KCSC-240906-06] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-06"),
    body=f"""관리자입니다. 말씀하신 글 두 개({M['f1']} , {M['f2']}) 모두 운영자 권한으로 삭제했습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line Korean reply from a forum administrator",
    why="운영자 삭제 of both named posts: removed",
    items={M["f1"]: "removed", M["f2"]: "removed"})

# ================================================================ reviews
add(name="kumo-forwarded-to-customer-promise",
    **{"from": "abuse@kumohost.example"}, name_from="Kumo Hosting Abuse",
    date="Tue, 03 Sep 2024 14:02:09 +0900",
    subject="[Kumo Abuse #AB-448120] KCSC-240902-01",
    body=f"""Hello,

We have forwarded your notice about {K['bada']} and
{K['bada_bonus']} to our customer and given them
48 hours to remove the content. If they do not, we will suspend the
account and let you know.

Kumo Hosting Abuse
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="host's 'forwarded to customer, 48 hours to comply' reply",
    why="only a deadline and a promise for the two named URLs; nothing has happened yet",
    items={K["bada"]: "pending", K["bada_bonus"]: "pending"})

add(name="kumo-bulk-all-offline",
    **{"from": "abuse@kumohost.example"}, name_from="Kumo Hosting Abuse",
    date="Wed, 11 Sep 2024 09:30:00 +0900",
    subject="[Kumo Abuse #AB-448120] Closed - KCSC-240902-01",
    body="""Hello,

We have terminated the customer accounts behind your request
KCSC-240902-01. All reported URLs are offline.

This ticket is now closed.

Kumo Hosting Abuse
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="host closing a ticket with one sentence for the whole list",
    why="one statement for a twelve-item request without naming each URL",
    items={u: "pending" for u in K.values()})

add(name="kumo-forwarded-customer-reply",
    **{"from": "d.ortiz@kumohost.example"}, name_from="Daniel Ortiz",
    date="Thu, 05 Sep 2024 18:22:00 +0900",
    subject="Fwd: sky-bet365kr.example complaint",
    body=f"""FYI, our customer's answer below.

Daniel

---------- Forwarded message ---------
From: Site Admin <admin@sky-bet365kr.example>
Date: Thu, 5 Sep 2024 at 17:51
Subject: Re: [Kumo Abuse #AB-448120] complaint
To: <abuse@kumohost.example>

Hello, I have deleted the whole site {K['sky']} as asked.
Please do not suspend my server.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="host staff forwarding the customer's own reply without comment",
    why="the only statement is the customer's, inside a forwarded message",
    items={K["sky"]: "pending"})

add(name="kumo-holiday-notice",
    **{"from": "abuse@kumohost.example"}, name_from="Kumo Hosting Abuse",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject="Abuse desk hours during Chuseok",
    body="""Dear partner,

Our abuse desk will work with reduced staff from 16 to 18 September
(Chuseok). Reports about phishing and malware are still handled within
4 hours; other reports may take up to three working days.

Kumo Hosting Abuse
https://kumohost.example/legal/abuse-policy
""",
    outcome="review", review="no_claims", classification="other",
    imitates="host's holiday-hours notice sent to regular reporters",
    why="trusted platform mail naming no item and no request",
    items={})

add(name="vault-bulk-all-removed",
    **{"from": "abuse@vaultshare.example"}, name_from="VaultShare Abuse",
    date="Fri, 06 Sep 2024 16:40:00 +0000",
    subject="RE: KCSC-240903-02 removal request",
    body="""Hello,

All files listed in your request KCSC-240903-02 have been removed and the
uploader's account is closed.

VaultShare Abuse
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="file host's one-sentence closure for a five-link request",
    why="'all files' for a five-item request without naming each",
    items={u: "pending" for u in V.values()})

add(name="vault-hedged-already-gone",
    **{"from": "abuse@vaultshare.example"}, name_from="VaultShare Abuse",
    date="Thu, 05 Sep 2024 21:15:00 +0000",
    subject="RE: KCSC-240903-02 removal request",
    body=f"""Hi,

{V['c']} appears to have been removed already, but our storage logs for
that week are incomplete, so I cannot confirm it. I'll check again once
the backup index is rebuilt.

VaultShare Abuse
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="abuse-desk reply hedging about a file's state",
    why="'appears to have been removed' and 'cannot confirm': a hedge, no statement",
    items={V["c"]: "pending"})

add(name="edge-auth-fail",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    auth="fail",
    date="Fri, 06 Sep 2024 03:12:00 +0900",
    subject="[ES-2024-0905-0042] Action taken",
    body=f"""Dear Sir or Madam,

We have disabled our service for the following and show a block page to
all visitors:

{E['rich']}
{E['gif']}

EdgeShield Trust & Safety
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="CDN action notice arriving with failed DKIM/SPF/DMARC",
    why="platform domain but authentication fails: nothing applied",
    items={E["rich"]: "pending", E["gif"]: "pending"})

add(name="edge-wrong-platform",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date="Sun, 08 Sep 2024 11:45:00 +0900",
    subject="[ES-2024-0908-0310] Action taken",
    body=f"""Hello,

Following a separate report, we have blocked {K['bada']}
for all visitors on our network.

EdgeShield Trust & Safety
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="CDN action notice about a site that was requested of another provider",
    why="EdgeShield states a status for a Kumo Hosting item (KCSC-240902-01)",
    items={K["bada"]: "pending"})

add(name="site-owner-unknown-sender",
    **{"from": "owner@bada-casino.example"}, name_from="bada-casino owner",
    date="Wed, 04 Sep 2024 08:20:00 +0900",
    subject="Re: KCSC-240902-01",
    body=f"""Dear KCSC,

My host Kumo told me about your request. I removed both pages:
{K['bada']}
{K['bada_bonus']}
Please tell Kumo not to close my account.
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="site owner writing to the regulator directly after the host forwarded the notice",
    why="sender is no platform's domain; the statements cannot change statuses",
    items={K["bada"]: "pending", K["bada_bonus"]: "pending"})

add(name="chan-hedge-logs",
    **{"from": "mod.kr@chanpark.example"}, name_from="kr mod",
    date="Fri, 06 Sep 2024 01:30:00 +0900",
    subject="Re: [KCSC-240905-05] removal request",
    body=f"""looks like {C['t1']} might have been pruned already? can't tell from
the mod log. will ask the admin tomorrow.
-- /kr/ mod
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="moderator unsure about a thread's state",
    why="'might have been pruned', 'can't tell': hedge and promise, no statement",
    items={C["t1"]: "pending"})

add(name="modoo-deletion-scheduled-kr",
    **{"from": "cs@modoobbs.example"}, name_from="모두게시판 운영팀",
    date="Mon, 09 Sep 2024 11:20:00 +0900",
    subject="Re: KCSC-240906-06 조치 예정 안내",
    body=f"""안녕하세요. 모두게시판 운영팀입니다.

요청하신 게시물 {M['f2']} 에 대해서는 작성자에게 소명 기회를 부여하였으며,
소명 기간(7일)이 지나면 삭제할 예정입니다. 조치가 끝나면 다시 알려드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Korean forum notice that deletion is scheduled after the author's response period",
    why="'삭제할 예정' is a promise conditional on a 7-day period: pending",
    items={M["f2"]: "pending"})

add(name="namepier-asks-court-order",
    **{"from": "compliance@namepier.example"}, name_from="NamePier Compliance",
    date="Fri, 06 Sep 2024 09:10:00 +0900",
    subject="Re: KCSC-240905-04 - additional information required",
    body="""Hello,

Thank you for report KCSC-240905-04. Before we can act on the two domain
names, please send us a copy of the decision of your commission on
official letterhead, signed, together with screenshots showing the content
on each domain. Reports without these documents cannot be processed under
our registrar abuse policy.

NamePier Compliance
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for an official decision and evidence before acting",
    why="asks for documents; no statement about either domain",
    items={N["gold"]: "pending", N["pharm"]: "pending"})

# ================================================================ ignored
add(name="kumo-ticket-receipt",
    **{"from": "abuse@kumohost.example"}, name_from="Kumo Hosting Abuse",
    date="Mon, 02 Sep 2024 10:01:05 +0900",
    subject="[Kumo Abuse #AB-448120] We received your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Thank you for contacting Kumo Hosting Abuse. Your report has been received
and ticket #AB-448120 was created. Our team will review it and contact you
if we need more information.

You can add information to this ticket by replying to this email.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (Zendesk-style reply line)",
    why="pure receipt: ticket created, nothing about any item",
    items={})

add(name="vault-out-of-office",
    **{"from": "tomas@vaultshare.example"}, name_from="Tomás (VaultShare)",
    date="Tue, 03 Sep 2024 11:00:30 +0000",
    subject="Automatic reply: KCSC-240903-02 removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""I'm out of the office until 16 September with limited access to email.
For abuse reports please write to abuse@vaultshare.example, the team
will pick it up.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={})

add(name="edge-email-not-accepted-autoreply",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Abuse",
    date="Wed, 04 Sep 2024 10:00:40 +0900",
    subject="Re: [KCSC-240904-03] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This is an automated response.

EdgeShield does not process abuse complaints sent by email. Please submit
your report through our web form at https://edgeshield.example/abuse so
that it reaches the right team. This mailbox is not monitored.
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN automated reply redirecting emailed complaints to a web form",
    why="auto-reply; the form link is no item",
    items={})

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: abuse@namepier.example
Subject: [KCSC-240905-04] Request for removal of illegal content
Date: Thu, 05 Sep 2024 09:30:00 +0900
Message-ID: <{req_mid('KCSC-240905-04')}@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear NamePier,

Please suspend the following domains:
{N['gold']}
{N['pharm']}
"""
add(name="namepier-dsn-bounce",
    **{"from": "MAILER-DAEMON@out.kcsc.example"}, name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 09:30:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "5F1A2B.1725496209/out.kcsc.example", [
        part("text/plain; charset=us-ascii", "7bit",
             "This is the mail system at host out.kcsc.example.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients.\n\n"
             "<abuse@namepier.example>: host mx1.namepier.example[198.51.100.40] said:\n"
             "    550 5.1.1 <abuse@namepier.example>: Recipient address rejected:\n"
             "    mailbox full (in reply to RCPT TO command)\n"),
        part("message/delivery-status", "7bit",
             "Reporting-MTA: dns; out.kcsc.example\n\n"
             "Final-Recipient: rfc822; abuse@namepier.example\n"
             "Action: failed\nStatus: 5.2.2\n"
             "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: mailbox full\n"),
        part("message/rfc822", "8bit", DSN_ORIG),
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report (DSN) carrying the original request",
    why="bounce; the URLs are in the returned request only",
    items={})

add(name="modoo-read-receipt",
    **{"from": "cs@modoobbs.example"}, name_from="모두게시판 운영팀",
    date="Fri, 06 Sep 2024 10:42:00 +0900",
    subject="읽음: [KCSC-240906-06] 게시물 삭제 요청",
    raw_mime=multipart("report", "----=_MDN_0906_modoo", [
        part("text/plain; charset=utf-8", "8bit",
             "받는 사람: cs@modoobbs.example\n제목: [KCSC-240906-06] 게시물 삭제 요청\n"
             "보낸 날짜: 2024-09-06 10:00\n\n이 메시지는 2024-09-06 10:41에 읽었습니다.\n"),
        part("message/disposition-notification", "7bit",
             "Reporting-UA: mail.modoobbs.example; Webmail 5.2\n"
             "Final-Recipient: rfc822; cs@modoobbs.example\n"
             f"Original-Message-ID: <{req_mid('KCSC-240906-06')}@kcsc.example>\n"
             "Disposition: manual-action/MDN-sent-manually; displayed\n"),
    ], extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN) in Korean",
    why="read receipt",
    items={})

add(name="modoo-receipt-kr",
    **{"from": "noreply@modoobbs.example"}, name_from="모두게시판 고객센터",
    date="Fri, 06 Sep 2024 10:05:00 +0900",
    subject="[모두게시판] 신고가 접수되었습니다 (접수번호 M-2024-0906-0032)",
    body="""안녕하세요, 모두게시판 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다.
접수번호: M-2024-0906-0032

담당자가 확인 후 처리 결과를 안내해 드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean portal customer-centre 접수 완료 receipt",
    why="receipt with a ticket number; nothing about any item",
    items={})

HEADER = """# Blind set 841 (hosts, CDN, registrar, image board, file host, Korean forum;
# informal replies, CSV attachments, plain-text tables). Generated by make.py;
# expected results were written from each email's meaning before any run."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
