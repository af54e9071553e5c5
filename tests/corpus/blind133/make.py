#!/usr/bin/env python3
"""Blind set 133: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering the regulator, often
informally (abuse desks, admins writing one line), plus spreadsheets (CSV
attachments) and plain-text tables.

    python3 tests/corpus/blind133/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind133"


def kr(path):
    """Percent-encode a raw Korean path the way it is stored in requests.csv."""
    return quote(path, safe=":/?=&")


# ---------------------------------------------------------------- requests
D = {i: "https://dropnest.example/f/" + fid for i, fid in enumerate([
    "Qm7tR2xa", "8HvLp0cZ", "Zt41kWqe", "pX9aN3dd", "Lw2Jc8uf", "Rb6YhE1s", "nK3vT7gm",
    "Ue0sPq5b", "Hc8Wr2jy", "Yd4Mx6tn", "fA1oG9kv", "Sj5Nb2re", "Vq7Lz3wh", "eT2Ku8pc"], 1)}
H1 = "https://lucky-pharm24.example/shop/sildenafil-no-rx.html"
H2 = "https://lucky-pharm24.example/shop/order.php?item=77"
H3 = "https://kimchi-bet.hearthsites.example/"
H4 = "https://kimchi-bet.hearthsites.example/join/vip"
C1 = "https://streamfree-kor.example/live/ch7"
C2 = "https://streamfree-kor.example/vod/2024/0815.m3u8"
C3 = "https://toto-notice.example/event"
R1 = "http://win-win-toto88.example/"
R2 = "http://sports-betkr77.example/"
M1_RAW = "https://moaboard.example/자유게시판/10231"
M2_RAW = "https://moaboard.example/자유게시판/10288"
M3_RAW = "https://moaboard.example/장터/5521"
M1, M2, M3 = kr(M1_RAW), kr(M2_RAW), kr(M3_RAW)
M4 = "https://moaboard.example/bbs/view?no=88120"
M5 = "https://moaboard.example/bbs/view?no=88134"
G1 = "https://gravelchan.example/b/res/448120.html"
G2 = "https://gravelchan.example/b/res/448377.html"
G3 = "https://img.gravelchan.example/src/1725601122334.jpg"
P1 = "https://pastewell.example/raw/x7Kd2Qp"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, [(url, note)]
    ("KCSC-240902-01", "dropnest", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "obscenity", [(D[i], "shared video file %d" % i) for i in range(1, 15)]),
    ("KCSC-240903-02", "hearthhost", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "drugs", [(H1, "prescription drug sold without prescription"), (H2, "order page"),
               (H3, "gambling site landing page"), (H4, "gambling site sign-up page")]),
    ("KCSC-240904-03", "veilcdn", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "copyright", [(C1, "live sports restream"), (C2, "pirated broadcast file"),
                   (C3, "gambling event page")]),
    ("KCSC-240905-04", "kkachi", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "gambling", [(R1, "illegal sports betting domain"), (R2, "illegal sports betting domain")]),
    ("KCSC-240906-05", "moaboard", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "fraud", [(M1, "fraud post"), (M2, "fraud post"), (M3, "fake sale listing"),
               (M4, "fraud post"), (M5, "fraud post")]),
    ("KCSC-240909-06", "gravelchan", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "privacy", [(G1, "thread exposing personal data"), (G2, "thread exposing personal data"),
                 (G3, "image with personal data")]),
    ("KCSC-240910-07", "pastewell", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "privacy", [(P1, "paste with resident registration numbers")]),
]
URLS = {ref: [u for u, _ in items] for ref, _, _, _, _, items in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, items in REQUESTS:
        for url, note in items:
            w.writerow([ref, plat, sent, due, url, cat, ref + ".req@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def req(ref):
    return ref + ".req"


def raw_urls(ref):
    """URLs as our request email showed them (Korean paths raw)."""
    m = {M1: M1_RAW, M2: M2_RAW, M3: M3_RAW}
    return [m.get(u, u) for u in URLS[ref]]


def request_body(ref, greeting):
    lines = [greeting, "",
             "Reference: %s" % ref,
             "The Korea Communications Standards Commission asks you to remove or disable",
             "access to the following content, which is illegal under Korean law:", ""]
    lines += ["%d. %s" % (i, u) for i, u in enumerate(raw_urls(ref), 1)]
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return lines


def quoted(ref, greeting, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_body(ref, greeting))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


# ------------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===================== APPLIED =====================

# A1: file host, CSV attachment covering all 14 links
csv_rows = [
    ("link", "file_name", "action", "action_date_utc", "comment"),
    (D[1], "vid_0231.mp4", "Removed", "2024-09-04 08:40", "ToS 3.1"),
    (D[2], "vid_0232.mp4", "Removed", "2024-09-04 08:40", "ToS 3.1"),
    (D[3], "clip_final.mp4", "Removed", "2024-09-04 08:41", "ToS 3.1"),
    (D[4], "", "Not found", "", "link id does not exist"),
    (D[5], "a.zip", "Removed", "2024-09-04 08:42", "ToS 3.1"),
    (D[6], "b.zip", "Removed", "2024-09-04 08:42", "ToS 3.1"),
    (D[7], "", "Deleted by uploader before review", "", ""),
    (D[8], "0815.mkv", "Removed", "2024-09-04 08:44", "ToS 3.1"),
    (D[9], "0816.mkv", "Removed", "2024-09-04 08:44", "ToS 3.1"),
    (D[10], "lecture_week2.mp4", "No action - no violation found", "", "university lecture recording"),
    (D[11], "c.rar", "Removed", "2024-09-04 08:45", "ToS 3.1"),
    (D[12], "d.rar", "Removed", "2024-09-04 08:45", "ToS 3.1"),
    (D[13], "e.rar", "Removed", "2024-09-04 08:46", "ToS 3.1"),
    (D[14], "f.rar", "Removed", "2024-09-04 08:46", "ToS 3.1"),
]
_b = io.StringIO()
csv.writer(_b, lineterminator="\r\n").writerows(csv_rows)
A1_CSV = _b.getvalue()
A1_ITEMS = {D[i]: "removed" for i in range(1, 15)}
A1_ITEMS.update({D[4]: "not_found", D[7]: "not_found", D[10]: "rejected"})
case(name="dn-csv-attachment-all-links", date="Wed, 04 Sep 2024 09:12:40 +0000",
     **{"from": "abuse@dropnest.example"}, name_from="Dropnest Trust & Safety",
     subject="RE: [KCSC-240902-01] Removal request - 14 files", reply_to_req=req("KCSC-240902-01"),
     raw_mime="""Content-Type: multipart/mixed; boundary="=_dn_7f3a"

--=_dn_7f3a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have completed our review of the 14 links in your notice KCSC-240902-01.
The result for each link is in the attached spreadsheet, one row per link.

Kind regards,
Dropnest Trust & Safety

--=_dn_7f3a
Content-Type: text/csv; charset=utf-8; name="kcsc-240902-01_results.csv"
Content-Disposition: attachment; filename="kcsc-240902-01_results.csv"
Content-Transfer-Encoding: base64

""" + b64(A1_CSV) + """
--=_dn_7f3a--
""",
     outcome="applied", classification="confirmation",
     imitates="file host abuse team answering with a per-link results spreadsheet (CSV attachment)",
     why="CSV rows: 11 Removed, one Not found, one deleted by its uploader, one kept with no violation",
     items=A1_ITEMS)

# A2: plain-text table from a support agent
case(name="dn-plain-text-table-followup", date="Thu, 05 Sep 2024 11:30:02 +0900",
     **{"from": "minji.park@dropnest.example"}, name_from="Minji Park",
     subject="Re: [KCSC-240902-01] Removal request", reply_to_req=req("KCSC-240902-01"),
     body="""
Hi KCSC team,

Follow-up on 240902-01, here is where these ones stand:

  URL                                  | result
  -------------------------------------+-----------------------------
  https://dropnest.example/f/Lw2Jc8uf  | deleted
  https://dropnest.example/f/Rb6YhE1s  | deleted
  https://dropnest.example/f/nK3vT7gm  | already removed by uploader
  https://dropnest.example/f/Ue0sPq5b  | deleted
  https://dropnest.example/f/pX9aN3dd  | no such file

Cheers,
Minji
Dropnest Support
""",
     outcome="applied", classification="confirmation",
     imitates="support agent pasting a plain-text (ASCII) status table",
     why="table rows: three deleted, one removed by uploader (not_found), one no such file (not_found)",
     items={D[5]: "removed", D[6]: "removed", D[7]: "not_found", D[8]: "removed", D[4]: "not_found"})

# A3: bare URL with the status on the line below
case(name="dn-url-then-arrow-status", date="Wed, 04 Sep 2024 16:05:11 +0200",
     **{"from": "abuse@dropnest.example"}, name_from='"Tomasz (Dropnest abuse)"',
     subject="Re: [KCSC-240902-01] Removal request", reply_to_req=req("KCSC-240902-01"),
     body="""
Hello,

https://dropnest.example/f/Qm7tR2xa
-> removed, uploader account closed

https://dropnest.example/f/8HvLp0cZ
-> removed

https://dropnest.example/f/Zt41kWqe
-> not removed. This is a trailer uploaded by the studio's own verified
account and it does not break our terms.

Tomasz / Dropnest abuse
""",
     outcome="applied", classification="confirmation",
     imitates="abuse desk reply listing each URL with an arrow and the outcome on the next line",
     why="two removed; third kept with a reason (no breach of terms) = rejected",
     items={D[1]: "removed", D[2]: "removed", D[3]: "rejected"})

# A4: top-posted reply over a Gmail-style quote of the whole request
case(name="dn-top-posted-over-gmail-quote", date="Fri, 06 Sep 2024 08:47:19 +0200",
     **{"from": "sara@dropnest.example"}, name_from="Sara Lindqvist",
     subject="Re: [KCSC-240902-01] Removal request", reply_to_req=req("KCSC-240902-01"),
     body="""
Removed these two today:
https://dropnest.example/f/Hc8Wr2jy
https://dropnest.example/f/Sj5Nb2re

Couldn't find anything at https://dropnest.example/f/fA1oG9kv - that ID
doesn't exist on our side, maybe a typo?

The rest of your list was handled by a colleague earlier this week.

Sara

On Mon, 2 Sep 2024 at 03:00, KCSC Takedown <takedown@kcsc.example> wrote:
""" + quoted("KCSC-240902-01", "Dear Dropnest,"),
     outcome="applied", classification="confirmation",
     imitates="staff member top-posting in Gmail over the quoted request",
     why="d9 and d12 removed, d11 does not exist (not_found); the other 11 are only in the quote",
     items={D[9]: "removed", D[12]: "removed", D[11]: "not_found"})

# A5: HTML results table, base64, with a placeholder plain part
A5_HTML = """<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Your report <b>KCSC-240902-01</b> has been processed. Results:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th><th>Date</th></tr>
<tr><td><a href="%s">%s</a></td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td><a href="%s">%s</a></td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td><a href="%s">%s</a></td><td>Not found</td><td>-</td></tr>
<tr><td><a href="%s">%s</a></td><td>Kept online &ndash; no violation of our Terms</td><td>2024-09-05</td></tr>
</table>
<p>If you disagree with an outcome you can reply to this message.</p>
<p>Dropnest Trust &amp; Safety<br><a href="https://dropnest.example/legal/terms">Terms of Service</a></p>
</body></html>
""" % (D[13], D[13], D[14], D[14], D[4], D[4], D[3], D[3])
case(name="dn-html-table-base64", date="Thu, 05 Sep 2024 02:14:55 +0000",
     **{"from": "no-reply@dropnest.example"}, name_from="Dropnest Trust & Safety",
     subject="Your report KCSC-240902-01 has been processed",
     raw_mime="""Content-Type: multipart/alternative; boundary="alt-dn-0905"

--alt-dn-0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Your report KCSC-240902-01 has been processed. Open this message in an
HTML-capable mail client to see the outcome for each reported URL.

--alt-dn-0905
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(A5_HTML) + """
--alt-dn-0905--
""",
     outcome="applied", classification="confirmation",
     imitates="templated trust-and-safety outcome email with an HTML table (base64 body)",
     why="table: two Removed, one Not found, one kept with no violation (rejected); terms link is no item",
     items={D[13]: "removed", D[14]: "removed", D[4]: "not_found", D[3]: "rejected"})

# A6: URLs in angle brackets, one wrapped over two lines
case(name="dn-angle-brackets-wrapped", date="Fri, 06 Sep 2024 13:20:00 +0000",
     **{"from": "abuse@dropnest.example"}, name_from="Dropnest Abuse",
     subject="Re: [KCSC-240902-01] Removal request", reply_to_req=req("KCSC-240902-01"),
     body="""
Dear KCSC,

Regarding your notice KCSC-240902-01: the files
<https://dropnest.example/f/Lw2Jc8uf>, <https://dropnest.example/f/Rb6YhE1s>
and <https://dropnest.example/f/Ue0sPq5b> have been disabled and can no
longer be downloaded.

The file <https://dropnest.example/
f/Vq7Lz3wh> had already been deleted by its uploader before our team got to
it, so there was nothing left for us to remove.

Regards,
Dropnest Abuse
""",
     outcome="applied", classification="confirmation",
     imitates="abuse desk prose with RFC-style <URL> references, one wrapped across lines",
     why="three disabled (removed); d13 (wrapped inside its brackets) deleted by its uploader = not_found",
     items={D[5]: "removed", D[6]: "removed", D[8]: "removed", D[13]: "not_found"})

# A7: helpdesk update, quoted-printable
A7_TEXT = """##- Please type your reply above this line -##

Your request (40127) has been updated. To add additional comments, reply to this email.

Jonas (Dropnest Support)

Sep 6, 2024, 11:02 GMT+2

Hello, and thanks for your patience.

We’ve taken down https://dropnest.example/f/fA1oG9kv and https://dropnest.example/f/eT2Ku8pc – both broke section 3 of our Terms.

Regarding https://dropnest.example/f/Yd4Mx6tn: after review we are keeping this file up. It is a recorded university lecture and does not contain the material described in your notice, so it does not violate our rules.

Best,
Jonas

This email is a service from Dropnest Support. [Z9K2-RQ4P]
"""
case(name="dn-helpdesk-update-qp", date="Fri, 06 Sep 2024 09:02:41 +0000",
     **{"from": "support@dropnest.example"}, name_from='"Jonas (Dropnest Support)"',
     subject="[Dropnest Support] Re: KCSC-240902-01 removal request",
     raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(A7_TEXT),
     outcome="applied", classification="confirmation",
     imitates="helpdesk ticket update mail (reply-above-this-line layout), quoted-printable",
     why="two taken down; one kept because it breaks no rule (rejected)",
     items={D[11]: "removed", D[14]: "removed", D[10]: "rejected"})

# A8: hosting abuse desk, customer removed the pages
case(name="hh-customer-deleted-pages", date="Wed, 04 Sep 2024 10:41:00 +0900",
     **{"from": "abuse@hearthhost.example"}, name_from="Hearth Hosting Abuse",
     subject="[HH-ABUSE-55120] Re: [KCSC-240903-02] Removal request", reply_to_req=req("KCSC-240903-02"),
     body="""
Hello,

Thank you for your report KCSC-240903-02. We passed it on to our customer,
who operates lucky-pharm24.example, and the customer has deleted both pages:

https://lucky-pharm24.example/shop/sildenafil-no-rx.html
https://lucky-pharm24.example/shop/order.php?item=77

We checked both addresses ourselves this morning and they now return 404.

Ticket: HH-ABUSE-55120
Hearth Hosting - Abuse Department
https://hearthhost.example/legal/aup
""",
     outcome="applied", classification="confirmation",
     imitates="web host abuse department relaying that its customer deleted the reported pages",
     why="both pages deleted by the site operator and verified offline = removed; AUP link is no item",
     items={H1: "removed", H2: "removed"})

# A9: hosting account suspended, whole site offline
case(name="hh-account-suspended-site-offline", date="Wed, 04 Sep 2024 15:08:33 +0900",
     **{"from": "abuse@hearthhost.example"}, name_from="Hearth Hosting Abuse",
     subject="Re: [KCSC-240903-02] Removal request", reply_to_req=req("KCSC-240903-02"),
     body="""
Hi,

The hosting account behind kimchi-bet.hearthsites.example has been suspended
for breach of our acceptable use policy (section 2, illegal gambling). The
whole site is offline, which covers both addresses you sent us:

 - https://kimchi-bet.hearthsites.example/
 - https://kimchi-bet.hearthsites.example/join/vip

The account will not be reinstated.

Hearth Hosting Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="shared-hosting provider suspending a customer account for an AUP breach",
     why="account suspended, the whole site including both named URLs offline = removed",
     items={H3: "removed", H4: "removed"})

# A10: one line, URL without scheme
case(name="hh-one-liner-no-scheme", date="Thu, 05 Sep 2024 09:12:00 +0900",
     **{"from": "jae@hearthhost.example"}, name_from="Jae Kwon",
     subject="Re: [KCSC-240903-02] Removal request", reply_to_req=req("KCSC-240903-02"),
     body="""
lucky-pharm24.example/shop/order.php?item=77 removed by customer, confirmed offline.

--
Jae Kwon | Hearth Hosting abuse desk
""",
     outcome="applied", classification="confirmation",
     imitates="abuse desk technician answering in one line",
     why="one URL (written without https://) removed and confirmed offline",
     items={H2: "removed"})

# A11: one kept with a reason, one disabled
case(name="hh-one-kept-one-disabled", date="Fri, 06 Sep 2024 17:55:10 +0900",
     **{"from": "abuse@hearthhost.example"}, name_from="Hearth Hosting Abuse",
     subject="Re: [KCSC-240903-02] Removal request", reply_to_req=req("KCSC-240903-02"),
     body="""
Hello KCSC,

We looked into both lucky-pharm24 pages with the customer.

https://lucky-pharm24.example/shop/sildenafil-no-rx.html is an information
article about the medicine; it has no price, cart or order form. It does not
violate our acceptable use policy, so we are leaving it online.

The order page https://lucky-pharm24.example/shop/order.php?item=77 did sell
the product and has been disabled.

Regards,
Hearth Hosting Abuse Department
""",
     outcome="applied", classification="confirmation",
     imitates="host refusing one URL with its reason and disabling another",
     why="h1 stays up, no AUP breach (rejected); h2 disabled (removed)",
     items={H1: "rejected", H2: "removed"})

# A12: Outlook top-post with -----Original Message-----
case(name="hh-outlook-top-post", date="Mon, 09 Sep 2024 10:03:47 +0900",
     **{"from": "d.novak@hearthhost.example"}, name_from="Daniel Novak",
     subject="RE: [KCSC-240903-02] Removal request", reply_to_req=req("KCSC-240903-02"),
     body="""
Hello,

We have disabled https://kimchi-bet.hearthsites.example/join/vip.

The main page https://kimchi-bet.hearthsites.example/ only shows the default
"coming soon" placeholder of our site builder and no gambling content, so we
have not acted on it; it does not breach our acceptable use policy.

Best regards,
Daniel Novak
Abuse Handling | Hearth Hosting

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: abuse@hearthhost.example
Subject: [KCSC-240903-02] Removal request

""" + quoted("KCSC-240903-02", "Dear Hearth Hosting,", prefix=""),
     outcome="applied", classification="confirmation",
     imitates="Outlook reply above -----Original Message----- with the unquoted request below",
     why="h4 disabled (removed); h3 left up as it breaches nothing (rejected); the request below is not a statement",
     items={H4: "removed", H3: "rejected"})

# A13: CDN geo-restriction in Korea
case(name="cdn-restricted-in-korea", date="Thu, 05 Sep 2024 06:31:09 +0000",
     **{"from": "trust-safety@veilcdn.example"}, name_from="Veil Trust & Safety",
     subject="Veil case VT-88213-KR [KCSC-240904-03]", reply_to_req=req("KCSC-240904-03"),
     body="""
Reference: KCSC-240904-03 / Veil case VT-88213-KR

Veil does not host the content of the websites that use our network.
However, in view of the applicable local law we have restricted access,
through our network, from IP addresses located in the Republic of Korea to
the following URLs:

  https://streamfree-kor.example/live/ch7
  https://streamfree-kor.example/vod/2024/0815.m3u8

Visitors in other countries are not affected. We have also forwarded your
report to the hosting provider of the website and to its owner.

Veil Trust & Safety
https://www.veilcdn.example/abuse/
""",
     outcome="applied", classification="confirmation",
     imitates="CDN trust-and-safety notice of a country-level block (geo-restriction)",
     why="both URLs blocked from Korean IP addresses only = restricted",
     items={C1: "restricted", C2: "restricted"})

# A14: CDN numbered list with three different outcomes
case(name="cdn-numbered-three-outcomes", date="Mon, 09 Sep 2024 03:12:40 +0000",
     **{"from": "trust-safety@veilcdn.example"}, name_from="Veil Trust & Safety",
     subject="Re: [KCSC-240904-03] Removal request", reply_to_req=req("KCSC-240904-03"),
     body="""
Hello,

Update on case VT-88213-KR:

1. https://streamfree-kor.example/live/ch7 - blocked for all visitors on our
   network; it now answers HTTP 451.
2. https://streamfree-kor.example/vod/2024/0815.m3u8 - the customer's origin
   answers 404 for this path: the file does not exist, there is nothing to
   act on.
3. https://toto-notice.example/event - access restricted for visitors in
   South Korea.

Veil Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="CDN abuse team update as a numbered list, one outcome per URL",
     why="c1 blocked for everyone (removed), c2 does not exist (not_found), c3 restricted in Korea",
     items={C1: "removed", C2: "not_found", C3: "restricted"})

# A15: Korean registrar, bare domain names
case(name="reg-clienthold-korean", date="Fri, 06 Sep 2024 14:25:00 +0900",
     **{"from": "abuse@kkachidomains.example"}, name_from="까치도메인 불법이용신고",
     subject="Re: [KCSC-240905-04] 불법 도메인 이용정지 요청", reply_to_req=req("KCSC-240905-04"),
     body="""
안녕하세요, 까치도메인 불법이용 신고 담당자입니다.

KCSC-240905-04 요청 건의 처리 결과를 알려드립니다.

- win-win-toto88.example : 도메인 이용정지(clientHold) 처리 완료. 현재 DNS 조회가 되지 않습니다.
- sports-betkr77.example : 등록 기간 만료로 이미 삭제된 도메인으로, 당사에 남아 있는 등록 정보가 없습니다.

감사합니다.
까치도메인 고객지원팀
""",
     outcome="applied", classification="confirmation",
     imitates="Korean registrar abuse desk reporting a clientHold and an expired domain",
     why="r1 put on clientHold, no longer resolves (removed); r2 already deleted on expiry (not_found)",
     items={R1: "removed", R2: "not_found"})

# A16: registrar one-liner
case(name="reg-one-liner-suspended", date="Mon, 09 Sep 2024 09:40:12 +0900",
     **{"from": "minho@kkachidomains.example"}, name_from="Minho",
     subject="Re: [KCSC-240905-04] 불법 도메인 이용정지 요청", reply_to_req=req("KCSC-240905-04"),
     body="""
http://sports-betkr77.example/ suspended, nameservers pulled.

Minho
""",
     outcome="applied", classification="confirmation",
     imitates="registrar staff member answering in one line",
     why="domain suspended with its nameservers removed = removed",
     items={R2: "removed"})

# A17: acknowledgement phrase plus a statement
case(name="reg-ack-phrase-plus-statement", date="Fri, 06 Sep 2024 02:03:09 +0000",
     **{"from": "abuse@kkachidomains.example"}, name_from="Kkachi Domains Abuse",
     subject="[KD-2291] Re: [KCSC-240905-04] Illegal domain report", reply_to_req=req("KCSC-240905-04"),
     body="""
Dear Reporter,

Thank you for contacting Kkachi Domains Abuse. Your report has been received
and assigned ticket number KD-2291.

Upon review, the domain win-win-toto88.example has been placed on clientHold
and no longer resolves.

Kkachi Domains Abuse Team
https://kkachidomains.example/policy/abuse
""",
     outcome="applied", classification="confirmation",
     imitates="registrar ticket reply that opens like a receipt and then states the action",
     why="receipt wording plus an unhedged statement: r1 on clientHold (removed)",
     items={R1: "removed"})

# A18: Korean forum, numbered 조치 결과
case(name="moa-korean-numbered-result", date="Mon, 09 Sep 2024 11:00:00 +0900",
     **{"from": "cs@moaboard.example"}, name_from="모아보드 운영팀",
     subject="Re: [KCSC-240906-05] 시정요구 조치결과 회신", reply_to_req=req("KCSC-240906-05"),
     body="""
안녕하세요. 모아보드 운영팀입니다.

방송통신심의위원회 시정요구(KCSC-240906-05)에 대한 조치 결과를 아래와 같이 회신드립니다.

1. %s : 게시중단(블라인드) 처리
2. %s : 삭제
3. %s : 작성자가 이미 삭제한 게시물로 확인되지 않음

감사합니다.
모아보드 운영팀 드림
""" % (M1_RAW, M2_RAW, M3_RAW),
     outcome="applied", classification="confirmation",
     imitates="Korean community site's 시정요구 조치결과 reply, numbered list",
     why="m1 블라인드 (removed), m2 삭제 (removed), m3 already deleted by its author (not_found); raw Korean paths",
     items={M1: "removed", M2: "removed", M3: "not_found"})

# A19: 임시조치 and 게시 유지, quoted-printable
A19_TEXT = """안녕하세요, 모아보드입니다.

요청하신 게시물 중 아래 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 제한)하였습니다.
 - %s

아래 게시물은 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.
 - %s

문의사항은 이 메일로 회신 주시기 바랍니다.
모아보드 고객센터
""" % (M4, M5)
case(name="moa-temp-measure-and-kept-qp", date="Tue, 10 Sep 2024 16:20:31 +0900",
     **{"from": "cs@moaboard.example"}, name_from="모아보드 고객센터",
     subject="[모아보드] KCSC-240906-05 게시물 처리 안내", reply_to_req=req("KCSC-240906-05"),
     raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(A19_TEXT),
     outcome="applied", classification="confirmation",
     imitates="Korean portal notice of a 30-day 임시조치 and a refusal, URL on the line below its statement",
     why="m4 임시조치(접근 제한) = restricted; m5 no policy breach, stays up = rejected",
     items={M4: "restricted", M5: "rejected"})

# A20: Korean HTML table
A20_HTML = """<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 모아보드 운영팀입니다.</p>
<p>KCSC-240906-05 시정요구 건의 조치 내역입니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치 내용</th><th>조치일</th></tr>
<tr><td>1</td><td>%s</td><td>블라인드 처리</td><td>2024.09.10</td></tr>
<tr><td>2</td><td><a href="%s">%s</a></td><td>삭제</td><td>2024.09.10</td></tr>
<tr><td>3</td><td>%s</td><td>게시중단</td><td>2024.09.10</td></tr>
<tr><td>4</td><td>%s</td><td>위반 사항 없음 (게시 유지)</td><td>-</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
""" % (M1_RAW, M2, M2, M4, M5)
case(name="moa-html-table-korean", date="Tue, 10 Sep 2024 18:02:00 +0900",
     **{"from": "cs@moaboard.example"}, name_from="모아보드 운영팀",
     subject="Re: [KCSC-240906-05] 시정요구 조치결과", reply_to_req=req("KCSC-240906-05"),
     type="html", body=A20_HTML,
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치 내역 as an HTML table",
     why="블라인드/삭제/게시중단 = removed; 위반 사항 없음 (게시 유지) = rejected; one URL percent-encoded",
     items={M1: "removed", M2: "removed", M4: "removed", M5: "rejected"})

# A21: Korean prose, URLs followed by particles
case(name="moa-urls-with-particles", date="Mon, 09 Sep 2024 14:47:05 +0900",
     **{"from": "seoyeon.kim@moaboard.example"}, name_from="김서연",
     subject="Re: [KCSC-240906-05] 시정요구", reply_to_req=req("KCSC-240906-05"),
     body="""
안녕하세요, 모아보드 운영자 김서연입니다.

%s은 오늘 오전에 삭제했고, %s의 경우 작성자가 이미 지운 글이라 남아 있는 게 없습니다.
나머지 건은 확인 중이라 정리되는 대로 따로 말씀드릴게요.

김서연 드림
""" % (M1_RAW, M3_RAW),
     outcome="applied", classification="confirmation",
     imitates="forum operator writing informal Korean prose with particles glued to the URLs",
     why="m1 삭제 (removed); m3 already deleted by its author (not_found); the rest only promised",
     items={M1: "removed", M3: "not_found"})

# A22: image board admin, terse
case(name="gc-admin-terse", date="Tue, 10 Sep 2024 02:31:44 +0000",
     **{"from": "admin@gravelchan.example"}, name_from="gc admin",
     subject="Re: [KCSC-240909-06] Removal request", reply_to_req=req("KCSC-240909-06"),
     body="""
deleted the thread https://gravelchan.example/b/res/448120.html and the image
https://img.gravelchan.example/src/1725601122334.jpg

https://gravelchan.example/b/res/448377.html was already pruned off the board
before I saw your mail, it doesn't exist anymore

-admin
""",
     outcome="applied", classification="confirmation",
     imitates="image board admin answering an abuse mail in lower-case shorthand",
     why="g1 and g3 deleted (removed); g2 already pruned, no longer exists (not_found)",
     items={G1: "removed", G3: "removed", G2: "not_found"})

# A23: image board mod log CSV (7bit)
A23_CSV = """time_utc,board,post,url,action,reason
2024-09-10 02:14,b,448120,https://gravelchan.example/b/res/448120.html,delete_thread,rule 1 (illegal)
2024-09-10 02:14,b,448377,https://gravelchan.example/b/res/448377.html,delete_thread,rule 1 (illegal)
2024-09-10 02:15,b,448121,https://img.gravelchan.example/src/1725601122334.jpg,delete_file,rule 1 (illegal)
"""
case(name="gc-modlog-csv", date="Tue, 10 Sep 2024 03:05:10 +0000",
     **{"from": "mods@gravelchan.example"}, name_from="gravelchan mods",
     subject="Re: [KCSC-240909-06] Removal request", reply_to_req=req("KCSC-240909-06"),
     raw_mime="""Content-Type: multipart/mixed; boundary="gcmods42"

--gcmods42
Content-Type: text/plain; charset=us-ascii

mod log export for your three links attached.

--gcmods42
Content-Type: text/csv; name="modlog-2024-09-10.csv"
Content-Disposition: attachment; filename="modlog-2024-09-10.csv"

""" + A23_CSV + """
--gcmods42--
""",
     outcome="applied", classification="confirmation",
     imitates="forum software moderation-log export sent as a CSV attachment",
     why="log rows delete_thread / delete_file for all three URLs = removed",
     items={G1: "removed", G2: "removed", G3: "removed"})

# A24: paste site, sole statement for a one-item request
case(name="pw-sole-taken-down", date="Tue, 10 Sep 2024 21:14:02 +0900",
     **{"from": "abuse@pastewell.example"}, name_from="Pastewell",
     subject="Re: [KCSC-240910-07] Removal request", reply_to_req=req("KCSC-240910-07"),
     body="""
Hi,

Paste taken down and the account that posted it is banned.

-- Pastewell admin
""",
     outcome="applied", classification="confirmation",
     imitates="one-person paste service answering in two short sentences",
     why="reply in the thread of a one-item request: the only statement applies to that item",
     items={P1: "removed"})

# ===================== REVIEW =====================

case(name="dn-queued-will-delete", date="Tue, 03 Sep 2024 07:10:00 +0000",
     **{"from": "abuse@dropnest.example"}, name_from="Dropnest Trust & Safety",
     subject="Re: [KCSC-240902-01] Removal request", reply_to_req=req("KCSC-240902-01"),
     body="""
Hello,

Thank you for your notice. The following files have been queued for removal
and will be deleted within 24 hours once our moderation team has confirmed
the violation:

https://dropnest.example/f/Qm7tR2xa
https://dropnest.example/f/8HvLp0cZ

We will send you a final confirmation when this is complete.

Dropnest Trust & Safety
""",
     outcome="review", review="not_understood",
     imitates="file host saying reported files are queued and will be deleted",
     why="'queued ... will be deleted once confirmed' is a conditional promise, not a statement",
     items={D[1]: "pending", D[2]: "pending"})

case(name="hh-hedged-may-be-down", date="Wed, 04 Sep 2024 08:15:27 +0900",
     **{"from": "jae@hearthhost.example"}, name_from="Jae Kwon",
     subject="Re: [KCSC-240903-02] Removal request", reply_to_req=req("KCSC-240903-02"),
     body="""
Hi,

Looks like the customer may have already taken down
https://lucky-pharm24.example/shop/sildenafil-no-rx.html - I'm getting a 404
on and off, but I want to check with them before I confirm anything.
Will update you.

--
Jae Kwon | Hearth Hosting abuse desk
""",
     outcome="review", review="not_understood",
     imitates="abuse desk technician giving an unconfirmed first impression",
     why="'may have already taken down ... before I confirm anything' is a hedge",
     items={H1: "pending"})

case(name="dn-all-deleted-over-quote", date="Thu, 05 Sep 2024 10:51:36 +0200",
     **{"from": "legal@dropnest.example"}, name_from="Dropnest Legal",
     subject="Re: [KCSC-240902-01] Removal request", reply_to_req=req("KCSC-240902-01"),
     body="""
Hi,

All files listed in your notice below have been deleted and the uploader's
account has been terminated.

Regards,
Dropnest Legal

On Mon, Sep 2, 2024 at 3:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
""" + quoted("KCSC-240902-01", "Dear Dropnest,"),
     outcome="review", review="bulk",
     imitates="legal team's one-sentence reply over the quoted notice",
     why="one statement about 'all files' of a 14-item request; the URLs are only in the quote",
     items={u: "pending" for u in URLS["KCSC-240902-01"]})

case(name="gc-all-gone-one-line", date="Mon, 09 Sep 2024 23:58:00 +0000",
     **{"from": "admin@gravelchan.example"}, name_from="gc admin",
     subject="Re: [KCSC-240909-06] Removal request", reply_to_req=req("KCSC-240909-06"),
     body="""
all 3 gone. thanks for the heads up

-admin
""",
     outcome="review", review="bulk",
     imitates="image board admin's one-line reply",
     why="'all 3 gone' about a three-item request without naming any item",
     items={G1: "pending", G2: "pending", G3: "pending"})

case(name="moa-auth-fail", date="Mon, 09 Sep 2024 10:12:00 +0900", auth="fail",
     **{"from": "cs@moaboard.example"}, name_from="모아보드 운영팀",
     subject="Re: [KCSC-240906-05] 시정요구 조치결과", reply_to_req=req("KCSC-240906-05"),
     body="""
안녕하세요. 모아보드 운영팀입니다.

아래 게시물을 삭제 완료하였습니다.
- %s
- %s

감사합니다.
""" % (M1_RAW, M2_RAW),
     outcome="review", review="untrusted",
     imitates="Korean forum deletion notice arriving with failed DKIM/SPF/DMARC",
     why="platform domain but authentication fails: deletion of m1/m2 not trusted",
     items={M1: "pending", M2: "pending"})

case(name="dn-uploader-freemail", date="Wed, 04 Sep 2024 22:30:00 +0900",
     **{"from": "k.lee88@freemail.example"}, name_from="Lee K.",
     subject="about your notice KCSC-240902-01",
     body="""
Hello,

I am the uploader of https://dropnest.example/f/Qm7tR2xa and
https://dropnest.example/f/8HvLp0cZ. I deleted both files myself yesterday.
Please close the case.

Lee
""",
     outcome="review", review="unknown_sender",
     imitates="uploader writing to the regulator from a webmail address",
     why="statements about requested files from an address of no platform",
     items={D[1]: "pending", D[2]: "pending"})

case(name="cdn-about-filehost-item", date="Thu, 05 Sep 2024 04:40:00 +0000",
     **{"from": "trust-safety@veilcdn.example"}, name_from="Veil Trust & Safety",
     subject="Veil case VT-88390: dropnest.example",
     body="""
Hello,

dropnest.example uses Veil's network. Following your report we have blocked
access at our edge to https://dropnest.example/f/Qm7tR2xa for all visitors.
The file itself is stored by Dropnest, and we have forwarded your report to
them.

Veil Trust & Safety
""",
     outcome="review", review="wrong_platform",
     imitates="CDN reporting an edge block on a file of another platform it fronts",
     why="Veil states a status for a Dropnest item; only Dropnest's own mail may change it",
     items={D[1]: "pending"})

case(name="cdn-passthrough-forwarded", date="Wed, 04 Sep 2024 03:22:15 +0000",
     **{"from": "trust-safety@veilcdn.example"}, name_from="Veil Trust & Safety",
     subject="Re: [KCSC-240904-03] Removal request", reply_to_req=req("KCSC-240904-03"),
     body="""
Hello,

Veil is a pass-through security and content delivery provider. We do not host
the content at https://toto-notice.example/event and are not able to remove
material that is hosted by others.

We have forwarded your report to the website's hosting provider and to the
site owner. The hosting provider for this website is Granite Racks
(origin IP 203.0.113.45); you may contact them at abuse@graniteracks.example.

Veil Trust & Safety
""",
     outcome="review", review="not_understood",
     imitates="CDN 'we do not host this content, your report was forwarded' reply",
     why="names the item but states no outcome: forwarding is no removal and no refusal on the merits",
     items={C3: "pending"})

case(name="hh-needs-official-letter", date="Wed, 04 Sep 2024 13:30:00 +0900",
     **{"from": "legal@hearthhost.example"}, name_from="Hearth Hosting Legal",
     subject="Re: [KCSC-240903-02] Removal request", reply_to_req=req("KCSC-240903-02"),
     body="""
Dear Sir or Madam,

Before we can act on
https://lucky-pharm24.example/shop/sildenafil-no-rx.html and
https://lucky-pharm24.example/shop/order.php?item=77 we need:

  1. the legal provision under which the content is unlawful, and
  2. a signed letter on the Commission's letterhead.

Please reply to this ticket with both documents attached.

Hearth Hosting Legal
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="host's legal team asking for the legal basis and a signed letter",
     why="asks for documents before acting; no status for either page",
     items={H1: "pending", H2: "pending"})

case(name="pw-new-abuse-contact", date="Wed, 11 Sep 2024 01:02:00 +0900",
     **{"from": "admin@pastewell.example"}, name_from="Pastewell admin",
     subject="abuse contact",
     body="""
Hi,

I run pastewell.example on my own. Your mails have been landing in our
general inbox, which I only read once a week. For anything in future,
please write to abuse@pastewell.example directly; that one goes to my phone.

Thanks
""",
     outcome="review", review="no_claims",
     imitates="small-service operator giving a new contact address",
     why="trusted platform mail that names no item and no request",
     items={})

case(name="moa-korean-will-act", date="Fri, 06 Sep 2024 17:40:00 +0900",
     **{"from": "cs@moaboard.example"}, name_from="모아보드 고객센터",
     subject="Re: [KCSC-240906-05] 시정요구", reply_to_req=req("KCSC-240906-05"),
     body="""
안녕하세요, 모아보드 고객센터입니다.

요청하신 게시물(%s, %s)은 내부 검토 후 조치할 예정입니다.
처리 결과는 영업일 기준 3일 이내에 다시 안내드리겠습니다.

감사합니다.
""" % (M4, M5),
     outcome="review", review="not_understood",
     imitates="Korean customer centre saying it will act after internal review",
     why="조치할 예정 (will act) names both posts but states nothing done",
     items={M4: "pending", M5: "pending"})

case(name="reg-suspend-if-no-answer", date="Thu, 05 Sep 2024 06:45:00 +0000",
     **{"from": "abuse@kkachidomains.example"}, name_from="Kkachi Domains Abuse",
     subject="[KD-2291] Re: [KCSC-240905-04] Illegal domain report", reply_to_req=req("KCSC-240905-04"),
     body="""
Dear Reporter,

We have notified the registrant of win-win-toto88.example about your
complaint. If the content is not removed within 48 hours, the domain will be
suspended.

Kkachi Domains Abuse Team
""",
     outcome="review", review="not_understood",
     imitates="registrar giving the registrant a deadline before suspension",
     why="condition and promise only: nothing has happened to r1 yet",
     items={R1: "pending"})

# ===================== IGNORED =====================

case(name="hh-out-of-office", date="Tue, 03 Sep 2024 10:00:41 +0900",
     **{"from": "d.novak@hearthhost.example"}, name_from="Daniel Novak",
     subject="Automatic reply: [KCSC-240903-02] Removal request", reply_to_req=req("KCSC-240903-02"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
I am out of the office until Monday 9 September with limited access to email.
Abuse reports are being handled by abuse@hearthhost.example in the meantime.

Daniel Novak
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office automatic reply",
     why="out-of-office auto-reply", items={})

A_ECHO = "\n".join(request_body("KCSC-240902-01", "Dear Dropnest,"))
case(name="dn-helpdesk-receipt-echo", date="Mon, 02 Sep 2024 01:00:12 +0000",
     **{"from": "support@dropnest.example"}, name_from="Dropnest Support",
     subject="[Dropnest Support] Re: KCSC-240902-01 removal request", reply_to_req=req("KCSC-240902-01"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
##- Please type your reply above this line -##

Thank you for contacting Dropnest. Your request (40127) has been received and
is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 2, 2024, 03:00 GMT+2

""" + A_ECHO + """

This email is a service from Dropnest Support. [Z9K2-RQ4P]
""",
     outcome="ignored", classification="acknowledgement",
     imitates="helpdesk 'request received' receipt echoing the submitted request",
     why="pure receipt; the URLs are in the echo of our own request", items={})

DSN_ORIG = "\n".join(request_body("KCSC-240909-06", "Hello,"))
case(name="gc-bounce-mailbox-full", date="Mon, 09 Sep 2024 01:00:05 +0000",
     **{"from": "MAILER-DAEMON@mx.gravelchan.example"}, name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime="""Content-Type: multipart/report; report-type=delivery-status;
	boundary="8C1F2A01.1725843605/mx.gravelchan.example"

This is a MIME-encapsulated message.

--8C1F2A01.1725843605/mx.gravelchan.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.gravelchan.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<janitors@gravelchan.example>: cannot update mailbox /var/mail/janitors
    for user janitors. error writing message: Disk quota exceeded

--8C1F2A01.1725843605/mx.gravelchan.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.gravelchan.example
Arrival-Date: Mon,  9 Sep 2024 01:00:03 +0000 (UTC)

Final-Recipient: rfc822; janitors@gravelchan.example
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; Disk quota exceeded

--8C1F2A01.1725843605/mx.gravelchan.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: janitors@gravelchan.example
Subject: [KCSC-240909-06] Removal request
Date: Mon, 9 Sep 2024 10:00:00 +0900
Message-ID: <KCSC-240909-06.req@kcsc.example>
Content-Type: text/plain; charset=utf-8

""" + DSN_ORIG + """

--8C1F2A01.1725843605/mx.gravelchan.example--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (mailbox over quota) with the original attached",
     why="DSN; the URLs are in our returned request", items={})

case(name="moa-read-receipt", date="Fri, 06 Sep 2024 10:31:00 +0900",
     **{"from": "cs@moaboard.example"}, name_from="모아보드 운영팀",
     subject="읽음 확인: [KCSC-240906-05] 시정요구",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-moa-0906"

--mdn-moa-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

2024-09-06 오전 10:00에 보낸 메시지 "[KCSC-240906-05] 시정요구"를
수신자가 2024-09-06 오전 10:31에 읽었습니다.

--mdn-moa-0906
Content-Type: message/disposition-notification

Reporting-UA: moaboard.example; Webmail
Final-Recipient: rfc822; cs@moaboard.example
Original-Message-ID: <KCSC-240906-05.req@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-moa-0906--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Korean webmail read receipt (MDN)",
     why="read receipt only", items={})

case(name="reg-korean-auto-receipt", date="Thu, 05 Sep 2024 10:00:30 +0900",
     **{"from": "noreply@kkachidomains.example"}, name_from="까치도메인 고객센터",
     subject="[접수완료] KCSC-240905-04 불법 도메인 이용정지 요청",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
안녕하세요, 까치도메인 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
  - 접수번호: KD-2291
  - 접수일시: 2024-09-05 10:00

담당자 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Korean registrar customer-centre 접수완료 auto-receipt",
     why="pure receipt with a ticket number", items={})

case(name="cdn-use-web-form-autoreply", date="Wed, 04 Sep 2024 01:00:20 +0000",
     **{"from": "abuse@veilcdn.example"}, name_from="Veil Abuse",
     subject="Re: [KCSC-240904-03] Removal request", reply_to_req=req("KCSC-240904-03"),
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""
This is an automated response.

This mailbox does not process abuse complaints. To report abuse of a website
using Veil's services, please use our web form at
https://www.veilcdn.example/abuse/ . Reports sent by email are not reviewed.

Veil Trust & Safety
""",
     outcome="ignored", classification="auto_reply",
     imitates="CDN abuse mailbox auto-responder pointing to its web form",
     why="automated reply (Auto-Submitted) that says nothing about any item", items={})

case(name="pw-qmail-bounce", date="Tue, 10 Sep 2024 01:00:09 +0000",
     **{"from": "MAILER-DAEMON@mta3.sendwave.example"}, name_from="MAILER-DAEMON",
     subject="failure notice",
     body="""
Hi. This is the qmail-send program at mta3.sendwave.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<admin@pastewell.example>:
203.0.113.77 does not like recipient.
Remote host said: 550 5.1.1 <admin@pastewell.example>: Recipient address rejected: User unknown
Giving up on 203.0.113.77.

--- Below this line is a copy of the message.

From: KCSC Takedown <takedown@kcsc.example>
To: admin@pastewell.example
Subject: [KCSC-240910-07] Removal request
Message-ID: <KCSC-240910-07.req@kcsc.example>

""" + "\n".join(request_body("KCSC-240910-07", "Hello,")),
     outcome="ignored", classification="bounce",
     imitates="qmail-style plain-text bounce from our outbound relay",
     why="bounce; the URL is in the copy of our request", items={})


HEADER = """# Blind set 133 (hosts, CDN, registrar, forum, image board, file host, paste
# site; informal replies, CSV attachments, plain-text tables). Written by
# tests/corpus/blind133/make.py from each email's meaning, before any run.
"""

def encode_headers(c):
    """Non-ASCII display names and subjects go out as RFC 2047 encoded words."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print("%d cases" % len(CASES))
