#!/usr/bin/env python3
"""Blind set 145: hosting providers, a CDN, a registrar, a forum, an image
board and a file host answering the regulator, often informally, plus CSV
attachments and plain-text tables.

    python3 tests/corpus/blind145/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
platform, person, site, file id and ticket number is invented. Expected
results were written from each email's meaning, before any run of the reader.
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
    "filebarn.io": "FileBarn Trust & Safety",
    "nimbushost.net": "Nimbus Hosting Abuse Desk",
    "dalbit.kr": "달빛 커뮤니티 운영팀",
    "mochiboard.net": "Mochi Board",
    "hanbitdomain.co.kr": "Hanbit Domains Abuse",
    "edgeshield.com": "EdgeShield Trust & Safety",
})

KO = "%EC%9E%90%EC%9C%A0%EA%B2%8C%EC%8B%9C%ED%8C%90"  # 자유게시판

# ---------------------------------------------------------------- requests
A = "KCSC-240902-01"  # FileBarn, 12 items (largest)
B = "KCSC-240903-02"  # Nimbus Hosting, 4 items
C = "KCSC-240904-03"  # Dalbit Community, 5 items
D = "KCSC-240905-04"  # Mochi Board, 3 items
E = "KCSC-240906-05"  # Hanbit Domains, 2 items
F = "KCSC-240909-06"  # EdgeShield, 3 items
G = "KCSC-240910-07"  # Nimbus Hosting, 1 item

A_URLS = [
    "https://filebarn.io/f/Qx7mK2aL",
    "https://filebarn.io/f/Rb3Tn9wE",
    "https://filebarn.io/f/Zk8Pq1Hs",
    "https://filebarn.io/f/Mv5Yc6Ud",
    "https://filebarn.io/f/Lw2Gx4Ja",
    "https://filebarn.io/f/Hn7Rb0Ke",
    "https://filebarn.io/f/Pd9Vs3Qt",
    "https://filebarn.io/f/Ce6Wm8Xo",
    "https://filebarn.io/folder/Tg4Nk1Ba",
    "https://filebarn.io/folder/Ys0Fd7Ri",
    "https://dl.filebarn.io/Ja3Hu5Lp/clip_0912.mp4",
    "https://dl.filebarn.io/Ek1Qo8Zw/pack_set.zip",
]
(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12) = A_URLS
B_URLS = [
    "https://royal-toto77.example/event/1204",
    "https://royal-toto77.example/join?code=KR55",
    "http://sports-pick365.example/bbs/view.php?id=330",
    "https://sports-pick365.example/img/banner_kr.gif",
]
(B1, B2, B3, B4) = B_URLS
C_URLS = [
    "https://dalbit.kr/board/" + KO + "/88123",
    "https://dalbit.kr/board/free/88140",
    "https://dalbit.kr/board/free/88177",
    "https://dalbit.kr/board/humor/20551",
    "https://m.dalbit.kr/board/free/88190?cmt=4412",
]
(C1, C2, C3, C4, C5) = C_URLS
C1_RAW = "https://dalbit.kr/board/자유게시판/88123"
D_URLS = [
    "https://mochiboard.net/kr/res/45120.html",
    "https://mochiboard.net/kr/res/45188.html#p45191",
    "https://img.mochiboard.net/kr/src/1725512345678.jpg",
]
(D1, D2, D3) = D_URLS
E_URLS = [
    "https://kb-secure-login.example/",
    "https://nh-bank-verify.example/auth/index.html",
]
(E1, E2) = E_URLS
F_URLS = [
    "https://live-kbet.example/stream/ch7",
    "https://live-kbet.example/pay/deposit.html",
    "https://pill-korea.example/shop/item/ritalin-20",
]
(F1, F2, F3) = F_URLS
G_URLS = ["https://hanmi-pharmacy-shop.example/product/889"]
(G1,) = G_URLS

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message id, note
    (A, "filebarn", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00", A_URLS,
     "obscenity", "req.240902-01@kcsc.example", "file host: 8 files and 2 folders and 2 direct links"),
    (B, "nimbus", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00", B_URLS,
     "gambling", "req.240903-02@kcsc.example", "two customer sites on the host"),
    (C, "dalbit", "2024-09-04T09:40:00+09:00", "2024-09-11T23:59:59+09:00", C_URLS,
     "defamation", "req.240904-03@kcsc.example", "forum posts and one comment"),
    (D, "mochi", "2024-09-05T14:20:00+09:00", "2024-09-12T23:59:59+09:00", D_URLS,
     "obscenity", "req.240905-04@kcsc.example", "image board threads and an image"),
    (E, "hanbit", "2024-09-06T10:05:00+09:00", "2024-09-13T23:59:59+09:00", E_URLS,
     "phishing", "req.240906-05@kcsc.example", "registrar of two phishing domains"),
    (F, "edgeshield", "2024-09-09T15:00:00+09:00", "2024-09-16T23:59:59+09:00", F_URLS,
     "gambling", "req.240909-06@kcsc.example", "CDN in front of two sites"),
    (G, "nimbus", "2024-09-10T09:15:00+09:00", "2024-09-17T23:59:59+09:00", G_URLS,
     "drugs", "req.240910-07@kcsc.example", "one product page"),
]
REQ_SUBJECT = {
    A: f"[{A}] Request to remove illegal content (FileBarn, 12 URLs)",
    B: f"[{B}] Request to remove illegal gambling content hosted on your network",
    C: f"[{C}] 불법·유해정보 게시중단 요청 (달빛 커뮤니티, 5건)",
    D: f"[{D}] Request to remove illegal content (Mochi Board, 3 URLs)",
    E: f"[{E}] Phishing domains registered through Hanbit Domains",
    F: f"[{F}] Illegal content served through EdgeShield",
    G: f"[{G}] Request to remove illegal drug sale page",
}
REQ_ID = {r[0]: r[6].split("@")[0] for r in REQUESTS}
REQ_URLS = {r[0]: r[4] for r in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def request_text(ref, raw_korean=False):
    """The regulator's request as it would appear quoted below a reply."""
    urls = [C1_RAW if (raw_korean and u == C1) else u for u in REQ_URLS[ref]]
    body = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content under reference {ref}:",
        "",
    ]
    body += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    body += ["", "Please reply to this address stating the action taken for each URL.", "",
             "KCSC Takedown Team"]
    return body


def quoted(ref, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_text(ref))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def mixed(boundary, body_text, att_name, att_text, att_type="text/csv", att_b64=True):
    enc = "base64" if att_b64 else "8bit"
    att = b64(att_text) if att_b64 else att_text.rstrip("\n")
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n'
        "\n"
        "This is a multi-part message in MIME format.\n"
        "\n"
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n"
        "\n"
        f"{body_text.strip()}\n"
        "\n"
        f"--{boundary}\n"
        f'Content-Type: {att_type}; charset=utf-8; name="{att_name}"\n'
        f'Content-Disposition: attachment; filename="{att_name}"\n'
        f"Content-Transfer-Encoding: {enc}\n"
        "\n"
        f"{att}\n"
        f"--{boundary}--\n"
    )


def single(ctype, encoding, text):
    body = b64(text) if encoding == "base64" else qp(text)
    return (
        f"Content-Type: {ctype}; charset=utf-8\n"
        f"Content-Transfer-Encoding: {encoding}\n"
        "\n"
        f"{body}\n"
    )


def alternative(boundary, plain, html, encoding="quoted-printable"):
    enc = qp if encoding == "quoted-printable" else b64
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n'
        "\n"
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: {encoding}\n"
        "\n"
        f"{enc(plain)}\n"
        "\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        f"Content-Transfer-Encoding: {encoding}\n"
        "\n"
        f"{enc(html)}\n"
        f"--{boundary}--\n"
    )


def re_(ref):
    return "Re: " + REQ_SUBJECT[ref]


CASES = []


def enc_header(value):
    """RFC 2047-encode a header value holding non-ASCII text, as mail clients do."""
    if value.isascii():
        return value
    return Header(value, "utf-8").encode()


def case(**kw):
    if "ref" in kw:
        ref = kw.pop("ref")
        kw.setdefault("reply_to_req", REQ_ID[ref])
        kw.setdefault("subject", re_(ref))
    kw["subject"] = enc_header(kw["subject"])
    dom = kw["from"].split("@", 1)[1]
    kw["name_from"] = enc_header(kw.get("name_from", corpuslib.DOMAIN_NAMES.get(dom, dom)))
    CASES.append(kw)


# =================================================================== FileBarn
FB_CSV = """link,action,date_utc,comment
https://filebarn.io/f/Qx7mK2aL,File deleted,2024-09-04 02:11,
https://filebarn.io/f/Rb3Tn9wE,File deleted,2024-09-04 02:11,
https://filebarn.io/f/Zk8Pq1Hs,File deleted,2024-09-04 02:12,uploader banned
https://filebarn.io/f/Mv5Yc6Ud,File deleted,2024-09-04 02:12,uploader banned
https://filebarn.io/f/Lw2Gx4Ja,Link disabled,2024-09-04 02:14,
https://filebarn.io/f/Hn7Rb0Ke,Link disabled,2024-09-04 02:14,
https://filebarn.io/f/Pd9Vs3Qt,No action,2024-09-04 02:20,"public-domain film, no breach of our Terms; file stays online"
https://filebarn.io/f/Ce6Wm8Xo,Not found,2024-09-04 02:21,no file with this ID in our storage
https://filebarn.io/folder/Tg4Nk1Ba,Folder deleted,2024-09-04 02:25,
https://filebarn.io/folder/Ys0Fd7Ri,Not found,2024-09-04 02:26,folder deleted by its owner before our review
https://dl.filebarn.io/Ja3Hu5Lp/clip_0912.mp4,File deleted,2024-09-04 02:27,
https://dl.filebarn.io/Ek1Qo8Zw/pack_set.zip,File deleted,2024-09-04 02:27,
"""
case(
    name="fb-csv-attachment-outcomes", ref=A,
    **{"from": "abuse@filebarn.io"},
    date="Wed, 04 Sep 2024 11:48:02 +0900",
    raw_mime=mixed(
        "fb-7c1e0a",
        f"""Hello,

Thank you for your notice {A}. The outcome for every link you sent is in
the attached spreadsheet (one row per link, times in UTC).

Kind regards,
Marta Lind
FileBarn Trust & Safety""",
        f"{A}_outcome.csv", FB_CSV),
    outcome="applied",
    imitates="file host abuse desk returning a per-link outcome spreadsheet (CSV attachment)",
    why="CSV rows: 9 deleted/disabled, one kept with a reason, two not found (one removed by its owner before review)",
    items={A1: "removed", A2: "removed", A3: "removed", A4: "removed", A5: "removed",
           A6: "removed", A7: "rejected", A8: "not_found", A9: "removed", A10: "not_found",
           A11: "removed", A12: "removed"},
)

case(
    name="fb-plain-text-table-partial", ref=A,
    **{"from": "abuse@filebarn.io"},
    date="Tue, 03 Sep 2024 17:05:40 +0900",
    body=f"""Hi KCSC team,

Partial update on {A}:

URL                                             | Result
------------------------------------------------+------------------
https://filebarn.io/f/Qx7mK2aL                  | removed
https://filebarn.io/f/Rb3Tn9wE                  | removed
https://filebarn.io/f/Zk8Pq1Hs                  | not found
https://filebarn.io/folder/Tg4Nk1Ba             | folder disabled
https://dl.filebarn.io/Ja3Hu5Lp/clip_0912.mp4   | removed

The other seven links are still with the review team; we'll send the rest
by Friday.

Jonas
FileBarn Abuse
""",
    outcome="applied",
    imitates="abuse desk reply with a hand-made plain-text table",
    why="five rows with a result each; the other seven links are only promised",
    items={A1: "removed", A2: "removed", A3: "not_found", A9: "removed", A11: "removed"},
)

case(
    name="fb-all-taken-down-bulk", ref=A,
    **{"from": "abuse@filebarn.io"},
    date="Thu, 05 Sep 2024 09:12:33 +0900",
    body="""Hi,

All files and folders listed in your notice have been taken down and the
uploading accounts closed.

Best,
Dana
FileBarn Abuse
""",
    outcome="review", review="bulk",
    imitates="one-line abuse desk closure covering a whole notice",
    why="'all files ... taken down' for a 12-item request without naming any of them",
    items={u: "pending" for u in A_URLS},
)

case(
    name="fb-ticket-receipt",
    **{"from": "noreply@filebarn.io"},
    date="Mon, 02 Sep 2024 10:31:10 +0900",
    subject=f"[FileBarn Abuse #FB-88213] We received your report ({A})",
    reply_to_req=REQ_ID[A],
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""This is an automatic confirmation that your report has reached the
FileBarn abuse team.

Ticket number: FB-88213

Reports are handled in the order they arrive. You will hear from us once a
member of the team has looked at it. Please keep the ticket number in the
subject line if you write to us again.

-- FileBarn Abuse (https://filebarn.io/help/abuse)
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt of a file host (Zendesk-style auto-generated)",
    why="pure receipt: ticket created, nothing about any link",
)

case(
    name="fb-top-posted-over-gmail-quote", ref=A,
    **{"from": "jonas.k@filebarn.io"}, name_from="Jonas Kwiatek",
    date="Tue, 03 Sep 2024 13:44:19 +0900",
    body=f"""Deleted:
https://filebarn.io/f/Qx7mK2aL
https://filebarn.io/f/Rb3Tn9wE

Already gone, the uploader deleted it before we got to it:
https://filebarn.io/f/Mv5Yc6Ud

Rest still being looked at.

Jonas

On Mon, 2 Sep 2024 at 10:30, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(A)}
""",
    outcome="applied",
    imitates="staff member top-posting a terse answer over the Gmail-quoted request",
    why="two deleted, one deleted by its uploader (not_found); the quoted list below says nothing",
    items={A1: "removed", A2: "removed", A4: "not_found"},
)

case(
    name="fb-folders-will-be-removed", ref=A,
    **{"from": "abuse@filebarn.io"},
    date="Wed, 04 Sep 2024 16:20:00 +0900",
    body="""Thanks for the report.

The two folders below are now with our content team:

https://filebarn.io/folder/Tg4Nk1Ba
https://filebarn.io/folder/Ys0Fd7Ri

If they confirm that the material breaks our Terms, the folders will be
removed and you will get a follow-up from us.

Regards,
FileBarn Abuse
""",
    outcome="review", review="not_understood",
    imitates="abuse desk holding reply: escalated, conditional promise",
    why="names two folders but only promises removal on a condition",
    items={A9: "pending", A10: "pending"},
)

FB_SOR_HTML = f"""<html><body style="font-family:Arial,sans-serif">
<p>Dear KCSC Takedown Team,</p>
<p>This statement of reasons concerns your notice <b>{A}</b>. We have taken
the following decisions:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Content</th><th>Decision</th><th>Territorial scope</th><th>Ground</th></tr>
<tr><td><a href="https://dl.filebarn.io/Ek1Qo8Zw/pack_set.zip">https://dl.filebarn.io/Ek1Qo8Zw/pack_set.zip</a></td>
<td>Access disabled</td><td>Republic of Korea</td><td>Illegal under local law</td></tr>
<tr><td><a href="https://filebarn.io/f/Hn7Rb0Ke">https://filebarn.io/f/Hn7Rb0Ke</a></td>
<td>Access disabled</td><td>Republic of Korea</td><td>Illegal under local law</td></tr>
<tr><td><a href="https://filebarn.io/f/Lw2Gx4Ja">https://filebarn.io/f/Lw2Gx4Ja</a></td>
<td>Content removed</td><td>Worldwide</td><td>Terms of Service, section 4</td></tr>
</table>
<p>The decisions were taken by a human reviewer. The uploader may appeal at
<a href="https://filebarn.io/help/appeals">https://filebarn.io/help/appeals</a>.</p>
<p>FileBarn Trust &amp; Safety</p>
</body></html>"""
FB_SOR_PLAIN = f"""Dear KCSC Takedown Team,

This statement of reasons concerns your notice {A}. We have taken the
following decisions:

- https://dl.filebarn.io/Ek1Qo8Zw/pack_set.zip: access disabled in the Republic of Korea (illegal under local law)
- https://filebarn.io/f/Hn7Rb0Ke: access disabled in the Republic of Korea (illegal under local law)
- https://filebarn.io/f/Lw2Gx4Ja: content removed worldwide (Terms of Service, section 4)

The decisions were taken by a human reviewer. The uploader may appeal at
https://filebarn.io/help/appeals.

FileBarn Trust & Safety
"""
case(
    name="fb-statement-of-reasons-html", ref=A,
    **{"from": "legal@filebarn.io"},
    date="Thu, 05 Sep 2024 20:02:51 +0900",
    raw_mime=alternative("fb-sor-91a2", FB_SOR_PLAIN, FB_SOR_HTML),
    outcome="applied",
    imitates="DSA-style statement of reasons with territorial scope, HTML table with plain-text alternative",
    why="two items disabled only in Korea (restricted), one removed worldwide; appeal link is no item",
    items={A12: "restricted", A6: "restricted", A5: "removed"},
)

case(
    name="fb-base64-direct-links",
    **{"from": "abuse@filebarn.io"},
    subject=f"{A} - direct download links",
    date="Fri, 06 Sep 2024 08:55:12 +0900",
    raw_mime=single("text/plain", "base64", f"""Hello KCSC team,

Following your request {A} we deleted these two direct-download links
today:

<https://dl.filebarn.io/Ja3Hu5Lp/clip_0912.mp4>
<https://dl.filebarn.io/Ek1Qo8Zw/pack_set.zip>

Both now answer 410 Gone.

Regards,
FileBarn Abuse
"""),
    outcome="applied",
    imitates="abuse desk reply sent base64-encoded, URLs in angle brackets, no thread headers",
    why="reference in subject and body; both links stated deleted",
    items={A11: "removed", A12: "removed"},
)

case(
    name="fb-forged-dmarc-fail", ref=A,
    **{"from": "abuse@filebarn.io"}, auth="fail",
    date="Wed, 04 Sep 2024 03:17:45 +0900",
    body="""Hello,

Files https://filebarn.io/f/Qx7mK2aL and https://filebarn.io/f/Rb3Tn9wE
have been removed from FileBarn.

FileBarn Abuse
""",
    outcome="review", review="untrusted",
    imitates="plain removal confirmation whose DKIM/SPF/DMARC fail",
    why="FileBarn's domain but authentication fails: statements not trusted",
    items={A1: "pending", A2: "pending"},
)

case(
    name="fb-out-of-office",
    **{"from": "marta.lind@filebarn.io"}, name_from="Marta Lind",
    subject="Automatic reply: " + REQ_SUBJECT[A],
    reply_to_req=REQ_ID[A],
    date="Mon, 02 Sep 2024 10:30:58 +0900",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""I am out of the office until 16 September with limited access to email.

For abuse reports please write to abuse@filebarn.io, which is monitored
every day.

Marta
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
)

case(
    name="fb-qp-url-below-statement", ref=A,
    **{"from": "abuse@filebarn.io"},
    date="Wed, 04 Sep 2024 14:09:27 +0900",
    raw_mime=single("text/plain", "quoted-printable", f"""Hello,

Regarding {A}.

These files were disabled for violating our Terms of Service:
 https://filebarn.io/f/Lw2Gx4Ja
 https://filebarn.io/f/Hn7Rb0Ke

This one we could not find anywhere in our system – please check the link:
 https://filebarn.io/f/Pd9Vs3Qt

Best regards,
Ilse – FileBarn Abuse
"""),
    outcome="applied",
    imitates="abuse desk reply in quoted-printable, statements above indented URLs",
    why="two disabled (removed), one cannot be found (not_found)",
    items={A5: "removed", A6: "removed", A7: "not_found"},
)

case(
    name="fb-echoed-report-closed",
    **{"from": "support@filebarn.io"},
    subject="[FileBarn Abuse #FB-88240] Your report has been resolved",
    date="Thu, 05 Sep 2024 12:30:00 +0900",
    body=f"""Hello,

Your report has been resolved. Here is a copy of what you sent us and the
outcome.

  Ticket:        FB-88240
  Reported URL:  https://filebarn.io/f/Ce6Wm8Xo
  Your reference: {A}
  Reason given:  Illegal content (Korea)
  Outcome:       The file was removed for violating section 4 of our Terms.

If you have any questions, reply to this email and keep the ticket number in
the subject.

FileBarn Support
""",
    outcome="applied",
    imitates="help-desk 'ticket resolved' notice echoing the submitted report",
    why="echoed report with an unhedged outcome line for the one URL",
    items={A8: "removed"},
)

case(
    name="fb-policy-notice-no-claims",
    **{"from": "legal@filebarn.io"},
    subject="Changes to how FileBarn receives legal notices",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    body="""Dear partner,

From 1 October 2024 FileBarn will accept legal notices from authorities only
through our authority portal at https://filebarn.io/legal/authority-portal.
Notices sent by email after that date will be answered with a pointer to
the portal.

Existing tickets are not affected.

FileBarn Legal
""",
    outcome="review", review="no_claims",
    imitates="platform announcement to regulators about a new notice portal",
    why="trusted FileBarn mail naming no item and no request",
)

# ============================================================ Nimbus Hosting
case(
    name="nimbus-customer-removed-prose", ref=B,
    **{"from": "abuse@nimbushost.net"},
    date="Thu, 05 Sep 2024 10:14:38 +0900",
    body=f"""Hello,

Regarding {B}: our customer has removed
https://royal-toto77.example/event/1204 and the sign-up page
https://royal-toto77.example/join?code=KR55. We checked both ourselves and
they now return 404.

We consider this part of the complaint closed.

Nimbus Hosting Abuse Desk
Ticket ABU-220931
""",
    outcome="applied",
    imitates="hosting provider abuse desk confirming its customer removed the pages",
    why="both royal-toto77 URLs removed by the customer and verified 404",
    items={B1: "removed", B2: "removed"},
)

case(
    name="nimbus-account-suspended-list", ref=B,
    **{"from": "abuse@nimbushost.net"},
    date="Fri, 06 Sep 2024 18:40:02 +0900",
    body="""Hi,

The hosting account behind sports-pick365.example has been suspended for
breach of our Acceptable Use Policy. The following are no longer reachable:

- http://sports-pick365.example/bbs/view.php?id=330
- https://sports-pick365.example/img/banner_kr.gif

See https://nimbushost.net/legal/aup for the policy.

Regards,
Tomas
Nimbus Hosting Abuse Desk
""",
    outcome="applied",
    imitates="hosting provider suspending a customer account after an abuse complaint",
    why="account suspended, both URLs stated unreachable (removed); AUP link is no item",
    items={B3: "removed", B4: "removed"},
)

case(
    name="nimbus-passed-to-customer", ref=B,
    **{"from": "abuse@nimbushost.net"},
    date="Tue, 03 Sep 2024 15:22:10 +0900",
    body="""Hello,

We have passed your complaint to the customer responsible for the sites
below and asked them to take the material down within 48 hours. If they do
not act, we will suspend the service.

Reported URLs:
https://royal-toto77.example/event/1204
https://royal-toto77.example/join?code=KR55
http://sports-pick365.example/bbs/view.php?id=330
https://sports-pick365.example/img/banner_kr.gif

Our reference: ABU-220931

Nimbus Hosting Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="hosting abuse desk forwarding the complaint to its customer with a deadline",
    why="lists all four URLs but only says the customer was asked and a suspension is threatened",
    items={B1: "pending", B2: "pending", B3: "pending", B4: "pending"},
)

case(
    name="nimbus-receipt-and-taken-down-sole", ref=G,
    **{"from": "abuse@nimbushost.net"},
    date="Wed, 11 Sep 2024 09:03:55 +0900",
    body="""Hello,

Thank you for your report (ticket #NB-5521).

The page has been taken down by our team and the customer's account is
under investigation.

Nimbus Hosting Abuse Desk
""",
    outcome="applied",
    imitates="abuse desk reply opening with a ticket receipt line and then stating the action",
    why="receipt phrase plus an unhedged 'taken down' for a one-item request",
    items={G1: "removed"},
)

case(
    name="nimbus-join-page-no-violation", ref=B,
    **{"from": "abuse@nimbushost.net"},
    date="Mon, 09 Sep 2024 11:31:07 +0900",
    body="""Hello,

We reviewed https://royal-toto77.example/join?code=KR55 . It is a plain
registration form with no gambling content or links, so it does not breach
our Acceptable Use Policy and we will not take action against it. The page
stays online.

Nimbus Hosting Abuse Desk
""",
    outcome="applied",
    imitates="hosting provider declining a complaint with its reason",
    why="refusal with reason for one named URL",
    items={B2: "rejected"},
)

case(
    name="nimbus-origin-of-cdn-site",
    **{"from": "abuse@nimbushost.net"},
    subject="Abuse report forwarded by EdgeShield: live-kbet.example",
    date="Wed, 11 Sep 2024 16:45:20 +0900",
    body=f"""Hello,

EdgeShield forwarded us your complaint {F} because the origin server of
live-kbet.example is on our network.

We have disabled the following on the customer's server:
https://live-kbet.example/stream/ch7
https://live-kbet.example/pay/deposit.html

Nimbus Hosting Abuse Desk
""",
    outcome="review", review="wrong_platform",
    imitates="origin host answering a complaint forwarded by the CDN",
    why="Nimbus states removals for items of the EdgeShield request",
    items={F1: "pending", F2: "pending"},
)

case(
    name="nimbus-dsn-unknown-mailbox",
    **{"from": "MAILER-DAEMON@nimbushost.net"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    date="Tue, 03 Sep 2024 11:00:21 +0900",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-41f7"

--dsn-41f7
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.nimbushost.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@nimbushost.net>: host mx2.nimbushost.net said: 550 5.1.1
    <abuse-kr@nimbushost.net>: Recipient address rejected: User unknown

--dsn-41f7
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.nimbushost.net
Arrival-Date: Tue,  3 Sep 2024 11:00:20 +0900

Final-Recipient: rfc822; abuse-kr@nimbushost.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-41f7
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@nimbushost.net
Subject: {REQ_SUBJECT[B]}
Message-ID: <{REQ_ID[B]}@kcsc.example>
Date: Tue, 3 Sep 2024 11:00:00 +0900

--dsn-41f7--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status), unknown recipient",
    why="delivery failure report",
)

case(
    name="nimbus-appears-already-gone", ref=B,
    **{"from": "abuse@nimbushost.net"},
    date="Wed, 04 Sep 2024 12:18:44 +0900",
    body="""Hi,

It appears that https://royal-toto77.example/event/1204 may already have
been taken down by the site owner, but our logs are inconclusive. We will
confirm once the customer replies to us.

Nimbus Hosting Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="abuse desk hedged interim reply",
    why="'appears ... may already have been' is a hedge, not a statement",
    items={B1: "pending"},
)

case(
    name="nimbus-outlook-done-sole", ref=G,
    **{"from": "t.weber@nimbushost.net"}, name_from="Tomas Weber",
    subject="RE: " + REQ_SUBJECT[G],
    date="Thu, 12 Sep 2024 08:21:09 +0900",
    body="\n".join([
        "Done - site taken offline this morning.",
        "",
        "Tomas Weber | Nimbus Hosting Abuse Desk",
        "",
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "Sent: Tuesday, September 10, 2024 9:15 AM",
        "To: abuse@nimbushost.net",
        f"Subject: {REQ_SUBJECT[G]}",
        "",
    ] + request_text(G)),
    outcome="applied",
    imitates="Outlook one-liner reply above '-----Original Message-----'",
    why="one-item request; 'site taken offline' is its only statement; the URL only in the quoted request",
    items={G1: "removed"},
)

# ========================================================== Dalbit Community
case(
    name="dalbit-result-numbered", ref=C,
    **{"from": "report@dalbit.kr"},
    date="Thu, 05 Sep 2024 14:02:11 +0900",
    body=f"""안녕하세요, 달빛 커뮤니티 운영팀입니다.

{C} 건으로 요청하신 게시물의 처리 결과를 알려드립니다.

1. {C1_RAW} - 블라인드 처리
2. https://dalbit.kr/board/free/88140 - 운영자 삭제
3. https://dalbit.kr/board/free/88177 - 작성자가 이미 삭제하여 게시물이 존재하지 않습니다

나머지 2건은 확인 중이며, 처리되는 대로 다시 안내드리겠습니다.

감사합니다.
달빛 커뮤니티 운영팀 드림
""",
    outcome="applied",
    imitates="Korean community operator's numbered 처리 결과 notice (블라인드, 운영자 삭제, 게시물 없음)",
    why="raw Korean path blinded (removed), one deleted, one already deleted by its author (not_found)",
    items={C1: "removed", C2: "removed", C3: "not_found"},
)

case(
    name="dalbit-temporary-measure-particles", ref=C,
    **{"from": "report@dalbit.kr"},
    date="Fri, 06 Sep 2024 10:37:50 +0900",
    body="""안녕하세요. 달빛 커뮤니티입니다.

https://dalbit.kr/board/humor/20551에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
아울러 댓글(https://m.dalbit.kr/board/free/88190?cmt=4412)은 운영정책 위반으로 삭제했습니다.

문의 사항은 고객센터(https://dalbit.kr/help)로 연락 주시기 바랍니다.
""",
    outcome="applied",
    imitates="Korean 임시조치 notice under 정보통신망법 44조의2, URL followed by a Korean particle",
    why="임시조치 (restricted) for the humor post; comment deleted (removed); help link is no item",
    items={C4: "restricted", C5: "removed"},
)

case(
    name="dalbit-admin-one-line", ref=C,
    **{"from": "moon.admin@dalbit.kr"}, name_from="달빛 운영자",
    subject="RE: " + REQ_SUBJECT[C],
    date="Wed, 04 Sep 2024 22:48:03 +0900",
    body="""https://m.dalbit.kr/board/free/88190?cmt=4412 댓글 지웠습니다.

-- 달빛 운영자 드림
""",
    outcome="applied",
    imitates="forum admin answering in one line from a phone",
    why="'댓글 지웠습니다' (deleted the comment) for the named URL",
    items={C5: "removed"},
)

case(
    name="dalbit-rejected-no-violation", ref=C,
    **{"from": "report@dalbit.kr"},
    date="Mon, 09 Sep 2024 15:10:29 +0900",
    body="""안녕하세요, 달빛 커뮤니티 운영팀입니다.

검토 결과 https://dalbit.kr/board/free/88140 게시물은 운영정책 위반 사항이 확인되지 않아
게시중단 요청을 받아들이지 않았습니다. 해당 게시물은 계속 게시됩니다.

감사합니다.
""",
    outcome="applied",
    imitates="Korean operator declining a 게시중단 request with its reason",
    why="no policy violation found, the post stays (rejected)",
    items={C2: "rejected"},
)

case(
    name="dalbit-will-act-after-review", ref=C,
    **{"from": "report@dalbit.kr"},
    date="Thu, 05 Sep 2024 09:30:00 +0900",
    body=f"""안녕하세요, 달빛 커뮤니티 운영팀입니다.

말씀하신 아래 게시물 3건은 내부 검토를 거쳐 조치할 예정입니다.

- {C1_RAW}
- https://dalbit.kr/board/free/88140
- https://dalbit.kr/board/free/88177

처리가 끝나면 다시 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean operator's interim reply: 검토 후 조치 예정",
    why="names three posts but only promises action after review",
    items={C1: "pending", C2: "pending", C3: "pending"},
)

case(
    name="dalbit-report-received",
    **{"from": "noreply@dalbit.kr"},
    subject=f"[달빛 커뮤니티] 신고가 접수되었습니다 ({C})",
    reply_to_req=REQ_ID[C],
    extra_headers=["Auto-Submitted: auto-generated"],
    date="Wed, 04 Sep 2024 09:41:12 +0900",
    body="""본 메일은 발신 전용입니다.

신고가 정상적으로 접수되었습니다.
접수번호: DB-2024-0904-117

처리 결과는 영업일 기준 3일 이내에 안내해 드립니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean portal 신고 접수 automatic receipt",
    why="pure receipt with a ticket number",
)

DALBIT_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>{C} 시정요구에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td><a href="{C3}">{C3}</a></td><td>게시중단</td><td>2024-09-06</td></tr>
<tr><td>2</td><td><a href="{C4}">{C4}</a></td><td>국내 접근 제한</td><td>2024-09-06</td></tr>
<tr><td>3</td><td><a href="{C1}">{C1_RAW}</a></td><td>조치 중</td><td>-</td></tr>
</table>
<p>달빛 커뮤니티 운영팀</p>
</body></html>"""
case(
    name="dalbit-qp-html-result-table", ref=C,
    **{"from": "report@dalbit.kr"},
    date="Fri, 06 Sep 2024 17:55:14 +0900",
    raw_mime=single("text/html", "quoted-printable", DALBIT_HTML),
    outcome="applied",
    imitates="Korean 시정요구 조치결과 회신 table in quoted-printable HTML",
    why="게시중단 (removed), 국내 접근 제한 (restricted), 조치 중 (in progress: pending)",
    items={C3: "removed", C4: "restricted", C1: "pending"},
)

case(
    name="dalbit-out-of-office-korean",
    **{"from": "jiwon.park@dalbit.kr"}, name_from="박지원",
    subject="[자동회신] " + REQ_SUBJECT[C],
    reply_to_req=REQ_ID[C],
    extra_headers=["Auto-Submitted: auto-replied"],
    date="Wed, 04 Sep 2024 09:40:31 +0900",
    body="""안녕하세요. 박지원입니다.
9월 4일부터 9월 9일까지 휴가로 부재중입니다.
급한 신고 건은 report@dalbit.kr 로 보내 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신",
    why="out-of-office auto-reply",
)

case(
    name="dalbit-bare-url-status-below", ref=C,
    **{"from": "report@dalbit.kr"},
    date="Sat, 07 Sep 2024 11:02:45 +0900",
    body="""요청 건 처리 결과입니다.

https://dalbit.kr/board/free/88140
→ 게시중단 완료

https://dalbit.kr/board/free/88177
→ 작성자 자진 삭제로 게시물 없음

달빛 커뮤니티 운영팀
""",
    outcome="applied",
    imitates="terse Korean operator reply, bare URL with its result on the next line",
    why="게시중단 완료 (removed); deleted by its author (not_found)",
    items={C2: "removed", C3: "not_found"},
)

# ================================================================ Mochi Board
case(
    name="mochi-nuked-one-liner", ref=D,
    **{"from": "admin@mochiboard.net"}, name_from="mochi admin",
    date="Thu, 05 Sep 2024 23:58:40 +0900",
    body="""nuked both threads, they're gone, poster banned.
https://mochiboard.net/kr/res/45120.html
https://mochiboard.net/kr/res/45188.html#p45191
""",
    outcome="applied",
    imitates="image board admin's informal one-line reply",
    why="'nuked ... they're gone' for both named threads (removed)",
    items={D1: "removed", D2: "removed"},
)

case(
    name="mochi-image-already-pruned", ref=D,
    **{"from": "admin@mochiboard.net"}, name_from="mochi admin",
    date="Fri, 06 Sep 2024 01:12:09 +0900",
    body="""hi,

the file <https://img.mochiboard.net/kr/src/1725512345678.jpg> was already
gone when I looked. the thread it was in got pruned (we only keep 10 pages),
so there was nothing left to delete on our end.

- admin
""",
    outcome="applied",
    imitates="image board admin explaining an auto-pruned thread",
    why="the image no longer existed before any action (not_found)",
    items={D3: "not_found"},
)

case(
    name="mochi-read-receipt",
    **{"from": "admin@mochiboard.net"}, name_from="mochi admin",
    subject="Read: " + REQ_SUBJECT[D],
    reply_to_req=REQ_ID[D],
    date="Thu, 05 Sep 2024 15:03:00 +0900",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-22c9"

--mdn-22c9
Content-Type: text/plain; charset=utf-8

This is a read receipt for the mail that you sent to admin@mochiboard.net.
Note: this receipt only acknowledges that the message was displayed on the
recipient's computer.

--mdn-22c9
Content-Type: message/disposition-notification

Reporting-UA: Thunderbird 115.14.0
Final-Recipient: rfc822;admin@mochiboard.net
Original-Message-ID: <{REQ_ID[D]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-22c9--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird MDN (disposition-notification)",
    why="read receipt",
)

case(
    name="mochi-which-post", ref=D,
    **{"from": "admin@mochiboard.net"}, name_from="mochi admin",
    date="Thu, 05 Sep 2024 16:20:41 +0900",
    body="""which post exactly? https://mochiboard.net/kr/res/45188.html has over 200
replies and the anchor you sent doesn't match anything I can see. send me
the post numbers and I'll take care of it.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="image board admin asking which post is meant",
    why="asks for post numbers before acting",
    items={D2: "pending"},
)

case(
    name="mochi-janitor-gmail", ref=D,
    **{"from": "kr.janny.mochi@gmail.com"}, name_from="kr janny",
    date="Fri, 06 Sep 2024 02:40:11 +0900",
    body="""hey, I'm one of the volunteer janitors on /kr/. deleted
https://mochiboard.net/kr/res/45120.html for you, admin is asleep.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer moderator answering from a personal mailbox",
    why="gmail.com is no platform's domain",
    items={D1: "pending"},
)

MOCHI_CSV = """post,url,what i did
45120,https://mochiboard.net/kr/res/45120.html,deleted thread
45191,https://mochiboard.net/kr/res/45188.html#p45191,not found - poster deleted it himself
-,https://img.mochiboard.net/kr/src/1725512345678.jpg,deleted file + hash banned
"""
case(
    name="mochi-informal-csv", ref=D,
    **{"from": "admin@mochiboard.net"}, name_from="mochi admin",
    date="Sat, 07 Sep 2024 13:33:27 +0900",
    raw_mime=mixed("mochi-0b3d", "here's what I did, see the csv.\n\n- admin",
                   "kcsc.csv", MOCHI_CSV, att_b64=False),
    outcome="applied",
    imitates="image board admin attaching a hand-written CSV",
    why="thread and image deleted; the post was deleted by its poster (not_found)",
    items={D1: "removed", D2: "not_found", D3: "removed"},
)

# ============================================================= Hanbit Domains
case(
    name="hanbit-hold-and-content-refusal", ref=E,
    **{"from": "abuse@hanbitdomain.co.kr"},
    date="Mon, 09 Sep 2024 10:48:16 +0900",
    body=f"""Dear KCSC,

Thank you for your report {E}.

1) https://kb-secure-login.example/
   The domain kb-secure-login.example has been placed on clientHold for
   phishing. It no longer resolves.

2) https://nh-bank-verify.example/auth/index.html
   The domain itself is not used for phishing; the page is one file on a
   shared host. As a registrar we do not act on individual web pages, so
   we have taken no action on this domain. Please contact the hosting
   provider.

Hanbit Domains Abuse Team
""",
    outcome="applied",
    imitates="registrar abuse reply: clientHold for DNS abuse, refusal for a content complaint",
    why="domain on hold (removed); second one refused with a reason (rejected)",
    items={E1: "removed", E2: "rejected"},
)

case(
    name="hanbit-both-domains-held", ref=E,
    **{"from": "abuse@hanbitdomain.co.kr"},
    date="Tue, 10 Sep 2024 09:05:00 +0900",
    body="""Dear KCSC,

Both domains in your report have been suspended and placed on
serverHold by the registry at our request.

Hanbit Domains Abuse Team
""",
    outcome="review", review="bulk",
    imitates="registrar short closure covering the whole report",
    why="'both domains' for a two-item request without naming either",
    items={E1: "pending", E2: "pending"},
)

case(
    name="hanbit-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery Subsystem",
    auth="none",
    subject="Delivery Status Notification (Failure)",
    date="Fri, 06 Sep 2024 10:07:44 +0900",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-88aa"

--dsn-88aa
Content-Type: text/plain; charset=us-ascii

Your message to abuse@hanbitdomain.co.kr could not be delivered.
The recipient's mailbox is full (552 5.2.2).

--dsn-88aa
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; abuse@hanbitdomain.co.kr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-88aa
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@hanbitdomain.co.kr
Subject: {REQ_SUBJECT[E]}
Message-ID: <{REQ_ID[E]}@kcsc.example>

--dsn-88aa--
""",
    outcome="ignored", classification="bounce",
    imitates="own MTA's DSN, recipient mailbox full",
    why="delivery failure report",
)

# ================================================================= EdgeShield
case(
    name="edge-not-the-host-forwarded", ref=F,
    **{"from": "abuse@edgeshield.com"},
    date="Mon, 09 Sep 2024 15:30:12 +0900",
    body=f"""Hello,

EdgeShield provides a pass-through security and caching service for the
websites below. We are not their hosting provider and cannot remove content
from the servers of others.

We have forwarded your report {F} to the hosting provider and to the
website operator:

https://live-kbet.example/stream/ch7
https://live-kbet.example/pay/deposit.html
https://pill-korea.example/shop/item/ritalin-20

The hosting provider for live-kbet.example is Nimbus Hosting
(abuse@nimbushost.net).

EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN reply: we do not host this, report forwarded to host and operator",
    why="names the three URLs but states no action on any of them",
    items={F1: "pending", F2: "pending", F3: "pending"},
)

case(
    name="edge-geo-restricted-and-404", ref=F,
    **{"from": "abuse@edgeshield.com"},
    date="Thu, 12 Sep 2024 11:11:11 +0900",
    body="""Hello,

Following our review, we have restricted access from the Republic of Korea
to the following URLs on our network, in line with local law:

  * https://live-kbet.example/stream/ch7
  * https://live-kbet.example/pay/deposit.html

Visitors from other countries are not affected.

https://pill-korea.example/shop/item/ritalin-20 - the origin answers 404
for this path; the page does not exist, so there was nothing to act on.

EdgeShield Trust & Safety
""",
    outcome="applied",
    imitates="CDN geo-blocking two URLs for one country, third one missing at origin",
    why="two restricted in Korea; one does not exist (not_found)",
    items={F1: "restricted", F2: "restricted", F3: "not_found"},
)

case(
    name="edge-451-all-visitors", ref=F,
    **{"from": "abuse@edgeshield.com"},
    date="Fri, 13 Sep 2024 09:45:03 +0900",
    body="""Hello,

Our edge now answers HTTP 451 to all visitors, worldwide, for
https://pill-korea.example/shop/item/ritalin-20, and the page is no longer
served from cache.

EdgeShield Trust & Safety
""",
    outcome="applied",
    imitates="CDN blocking a URL for everyone at the edge",
    why="blocked globally (removed)",
    items={F3: "removed"},
)

case(
    name="edge-forwards-host-answer", ref=F,
    **{"from": "r.ito@edgeshield.com"}, name_from="Rin Ito",
    subject="Fwd: live-kbet.example - reply from hosting provider",
    date="Fri, 13 Sep 2024 14:02:37 +0900",
    body="""FYI, see the hosting provider's answer below.

Rin Ito
EdgeShield Trust & Safety

---------- Forwarded message ---------
From: Nimbus Hosting Abuse Desk <abuse@nimbushost.net>
Date: Fri, 13 Sep 2024 at 12:40
Subject: Re: live-kbet.example
To: EdgeShield Trust & Safety <abuse@edgeshield.com>

Hello,

We have removed https://live-kbet.example/pay/deposit.html from our
customer's server.

Nimbus Hosting Abuse Desk
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="CDN staff forwarding the origin host's reply",
    why="the only statement is Nimbus's, inside a forwarded message",
    items={F2: "pending"},
)

case(
    name="edge-korean-fullwidth", ref=F,
    **{"from": "kr-support@edgeshield.com"}, name_from="EdgeShield 코리아",
    date="Wed, 11 Sep 2024 17:20:48 +0900",
    body="""안녕하세요, EdgeShield 코리아 신뢰·안전팀입니다.

요청하신 URL（https://live-kbet.example/pay/deposit.html）에 대해 국내 접속 차단 조치를 완료했습니다.
나머지 URL은 호스팅 업체에 전달하였습니다.

감사합니다.
""",
    outcome="applied",
    imitates="Korean-language CDN notice, URL inside full-width parentheses",
    why="국내 접속 차단 완료 (restricted) for the one named URL",
    items={F2: "restricted"},
)


HEADER = f"""# Blind set 145 (hosting providers, a CDN, a registrar, a forum, an image
# board and a file host; informal replies, CSV attachments, plain-text tables).
# Written by tests/corpus/blind145/make.py before any run of the reader.
# Each case is ingested alone into a fresh ledger holding requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind145", HEADER, CASES)
