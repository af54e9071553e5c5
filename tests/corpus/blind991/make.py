#!/usr/bin/env python3
"""Blind set 991: hosting providers, a CDN, a registrar, a Korean forum, an
image board and a file host answering (often informally) the regulator's
removal requests; plain-text tables, CSV attachments, HTML tables.

    python3 tests/corpus/blind991/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning alone, before the
reader was ever run on this set.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

R1 = "KCSC-240903-01"  # ridgehost, 13 items (largest)
R2 = "KCSC-240904-02"  # filecrate, 5
R3 = "KCSC-240905-03"  # dalbit, 4
R4 = "KCSC-240906-04"  # pixchan, 3
R5 = "KCSC-240909-05"  # edgeveil, 2
R6 = "KCSC-240910-06"  # namecrate, 1
R7 = "KCSC-240911-07"  # dalbit, 1

H = [
    "https://lucky-dragon88.example.net/",
    "https://lucky-dragon88.example.net/event/welcome-bonus",
    "https://toto-sunrise.ridgesites.net/",
    "https://toto-sunrise.ridgesites.net/join?code=77",
    "https://bluewave-casino.example.org/ko/slots",
    "https://bluewave-casino.example.org/ko/live",
    "http://198.51.100.77/bet/index.php",
    "https://mintbet-kr.ridgesites.net/",
    "https://goldenpick.example.com/sports",
    "https://goldenpick.example.com/casino",
    "https://hanbit-toto.example.net/board/notice/12",
    "https://rainbow-slot.ridgesites.net/m/",
    "https://rainbow-slot.ridgesites.net/m/charge",
]
F = [
    "https://filecrate.io/d/Xk29fQa1",
    "https://filecrate.io/d/Mp03LrT7",
    "https://filecrate.io/d/Qe77vBn2",
    "https://filecrate.io/f/Zr41HkW9/folder",
    "https://dl.filecrate.io/d/Tn58JsY4",
]
D3_RAW = "https://www.dalbitmadang.co.kr/장터/8850"
D = [
    "https://www.dalbitmadang.co.kr/bbs/free/120931",
    "https://www.dalbitmadang.co.kr/bbs/free/121007",
    "https://www.dalbitmadang.co.kr/bbs/market/8842",
    "https://www.dalbitmadang.co.kr/" + quote("장터") + "/8850",
]
D7 = "https://www.dalbitmadang.co.kr/bbs/photo/30551"
P = [
    "https://pixchan.org/b/res/551203.html",
    "https://pixchan.org/b/res/551377.html",
    "https://i.pixchan.org/src/1725512345123.jpg",
]
E = [
    "https://kr-pills-direct.example.com/",
    "https://kr-pills-direct.example.com/order",
]
N0 = "http://hanbank-verify.example/"

REQUESTS = [
    # ref, platform, sent day, due day, urls, category, note
    (R1, "ridgehost", 3, 10, H, "gambling", "customer sites on RidgeHost shared hosting and VPS"),
    (R2, "filecrate", 4, 11, F, "obscenity", "shared download links"),
    (R3, "dalbit", 5, 12, D, "drugs", "forum posts; one in the 장터 board with a Korean path"),
    (R4, "pixchan", 6, 13, P, "obscenity", "image board threads and one image file"),
    (R5, "edgeveil", 9, 16, E, "drugs", "site served through EdgeVeil"),
    (R6, "namecrate", 10, 17, [N0], "phishing", "domain registered at NameCrate"),
    (R7, "dalbit", 11, 18, [D7], "obscenity", "one photo-board post"),
]


def req_mid(ref):
    return ref.lower() + ".req"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, f"2024-09-{sent:02d}T10:00:00+09:00",
                        f"2024-09-{due:02d}T18:00:00+09:00", u, cat,
                        req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers

def date(day, hh, mm, tz="+0900", ss=0):
    d = datetime.date(2024, 9, day)
    return f"{d.strftime('%a')}, {day:02d} Sep 2024 {hh:02d}:{mm:02d}:{ss:02d} {tz}"


def enc(s):
    """RFC 2047 encoded-word (UTF-8, base64)."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def request_text(ref, name, urls, korean=False):
    if korean:
        lines = [f"{name} 담당자님께,", "",
                 "방송통신심의위원회는 아래 정보가 정보통신망법에 따른 불법정보에 해당한다고",
                 f"판단하여 해당 정보의 삭제 또는 접속차단을 요청드립니다. (문서번호 {ref})", ""]
        lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
        lines += ["", "조치 결과를 URL별로 회신하여 주시기 바랍니다.", "", "방송통신심의위원회 불법정보 대응팀"]
    else:
        lines = [f"Dear {name} team,", "",
                 "The Korea Communications Standards Commission (KCSC) has found the",
                 "information at the URLs below to be illegal under Korean law and asks",
                 f"you to remove it or disable access to it (our reference {ref}).", ""]
        lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
        lines += ["", "Please tell us the action taken for each URL.", "", "KCSC Takedown Desk"]
    return "\n".join(lines)


def gmail_quote(text, day, hh="10:00 AM"):
    d = datetime.date(2024, 9, day)
    head = f"On {d.strftime('%a')}, Sep {day}, 2024 at {hh} KCSC Takedown <takedown@kcsc.example> wrote:"
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def outlook_quote(text, day, to, subject):
    d = datetime.date(2024, 9, day)
    return ("-----Original Message-----\n"
            "From: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {d.strftime('%A')}, September {day}, 2024 10:00 AM\n"
            f"To: {to}\n"
            f"Subject: {subject}\n\n" + text)


def pend(*urls):
    return {u: "pending" for u in urls}


CASES = []


def case(**kw):
    CASES.append(kw)


RIDGE = "RidgeHost Abuse Team"
SUBJ1 = f"[{R1}] Removal request: illegal gambling sites"
SUBJ2 = f"[{R2}] Removal request: illegal content on FileCrate"
SUBJ3 = f"[{R3}] 불법정보 시정요구 (게시물 삭제 요청)"
SUBJ4 = f"[{R4}] Removal request: illegal images on PixChan"
SUBJ5 = f"[{R5}] Removal request: illegal sale of medicines"
SUBJ6 = f"[{R6}] Abuse report: phishing domain"
SUBJ7 = f"[{R7}] 불법정보 시정요구 (사진게시판)"

# ================================================================ RidgeHost

case(name="ridge-plaintext-table-all", **{"from": "abuse@ridgehost.net"}, name_from=RIDGE,
     date=date(6, 9, 41, "+0000"), subject=f"Re: {SUBJ1} [RH-55821]", reply_to_req=req_mid(R1),
     body=f"""
Hello KCSC,

Abuse case RH-55821 ({R1}) is now closed on our side. Result per URL:

URL                                                     | Result
--------------------------------------------------------+------------------------------------------
https://lucky-dragon88.example.net/                     | Account suspended
https://lucky-dragon88.example.net/event/welcome-bonus  | Account suspended
https://toto-sunrise.ridgesites.net/                    | Site deleted
https://toto-sunrise.ridgesites.net/join?code=77        | Site deleted
https://bluewave-casino.example.org/ko/slots            | Content removed by customer after notice
https://bluewave-casino.example.org/ko/live             | Customer notified, 24h deadline running
http://198.51.100.77/bet/index.php                      | IP null-routed, server unreachable
https://mintbet-kr.ridgesites.net/                      | Not found: no such subdomain on our platform
https://goldenpick.example.com/sports                   | No action: no breach of our AUP
https://goldenpick.example.com/casino                   | No action: no breach of our AUP
https://hanbit-toto.example.net/board/notice/12         | Geo-blocked for visitors from South Korea
https://rainbow-slot.ridgesites.net/m/                  | Site deleted
https://rainbow-slot.ridgesites.net/m/charge            | Site deleted

goldenpick.example.com belongs to an operator holding a gaming licence in
its home jurisdiction; our acceptable use policy does not forbid that, so
those two pages stay online. For bluewave-casino /ko/live we will update you
once the deadline has passed.

Regards,
Dana Whitfield
RidgeHost Abuse Department
https://ridgehost.net/legal/aup
""",
     outcome="applied", classification="confirmation",
     imitates="hosting provider abuse-desk case closure with a per-URL plain-text table",
     why="one row per URL: suspended/deleted/null-routed/removed=removed, no such subdomain=not_found, no AUP breach=rejected, geo-blocked KR=restricted; 24h deadline is a promise",
     items={H[0]: "removed", H[1]: "removed", H[2]: "removed", H[3]: "removed", H[4]: "removed",
            H[5]: "pending", H[6]: "removed", H[7]: "not_found", H[8]: "rejected", H[9]: "rejected",
            H[10]: "restricted", H[11]: "removed", H[12]: "removed"})

case(name="ridge-oneliner-toppost", **{"from": "mike.t@ridgehost.net"}, name_from="Mike Tran",
     date=date(3, 15, 12, "+0000"), subject=f"Re: {SUBJ1}", reply_to_req=req_mid(R1),
     body=f"""
account suspended, both down now:
https://lucky-dragon88.example.net/
https://lucky-dragon88.example.net/event/welcome-bonus

rest is with the abuse queue, they'll write separately.

Mike
RidgeHost NOC

{gmail_quote(request_text(R1, "RidgeHost", H), 3)}
""",
     outcome="applied",
     imitates="an engineer's one-line top-posted reply over a Gmail-quoted request",
     why="two named URLs stated suspended/down (removed); the other eleven only appear in the quoted request",
     items={H[0]: "removed", H[1]: "removed", **pend(*H[2:])})

case(name="ridge-customer-notified-24h", **{"from": "abuse@ridgehost.net"}, name_from=RIDGE,
     date=date(4, 2, 30, "+0000"), subject=f"RH-55821: your report {R1}",
     body="""
Hello,

Thank you for your report. The following URLs are hosted on a shared
hosting account of one of our customers:

  https://toto-sunrise.ridgesites.net/
  https://toto-sunrise.ridgesites.net/join?code=77

We have forwarded your complaint to the customer and asked them to remove
the material within 24 hours. Should the customer fail to do so, the
service will be suspended.

Kind regards,
RidgeHost Abuse Department
""",
     outcome="review", review="not_understood",
     imitates="abuse desk 'forwarded to our customer, 24 hours to comply' notice",
     why="a deadline given to the customer and a conditional suspension: promises, no statement",
     items=pend(H[2], H[3]))

csv_text = """url,action,date,comment
https://toto-sunrise.ridgesites.net/,Removed,2024-09-05,Site deleted from hosting account
https://toto-sunrise.ridgesites.net/join?code=77,Removed,2024-09-05,Site deleted from hosting account
https://bluewave-casino.example.org/ko/slots,Removed,2024-09-05,Customer deleted the files
https://mintbet-kr.ridgesites.net/,Not found,2024-09-05,No such subdomain on our platform
https://goldenpick.example.com/sports,No action,2024-09-05,Licensed operator; no AUP breach
https://hanbit-toto.example.net/board/notice/12,Geo-blocked (KR),2024-09-05,Customer now blocks visitors from KR
"""
case(name="ridge-csv-attachment", **{"from": "abuse@ridgehost.net"}, name_from=RIDGE,
     date=date(5, 11, 5, "+0000"), subject=f"Re: {SUBJ1} - results attached", reply_to_req=req_mid(R1),
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_rh_5d1a"

--=_rh_5d1a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the URLs in your report {R1}
that we have handled so far. The remaining URLs are still open.

RidgeHost Abuse Department

--=_rh_5d1a
Content-Type: text/csv; charset=utf-8; name="RH-55821-results.csv"
Content-Disposition: attachment; filename="RH-55821-results.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_rh_5d1a--
""",
     outcome="applied", classification="confirmation",
     imitates="ticket system reply with a CSV export of per-URL actions",
     why="CSV rows: Removed=removed, Not found=not_found, No action/no AUP breach=rejected, Geo-blocked (KR)=restricted",
     items={H[2]: "removed", H[3]: "removed", H[4]: "removed", H[7]: "not_found",
            H[8]: "rejected", H[10]: "restricted"})

ridge_html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Abuse ticket <b>RH-55821</b> has been updated. Current state of the reported URLs:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>State</th></tr>
<tr><td>http://198.51.100.77/bet/index.php</td><td>Server null-routed</td></tr>
<tr><td>https://mintbet-kr.ridgesites.net/</td><td>Suspended</td></tr>
<tr><td>https://bluewave-casino.example.org/ko/live</td><td>Awaiting customer action</td></tr>
</table>
<p>You can follow the ticket at <a href="https://my.ridgehost.net/abuse/RH-55821">my.ridgehost.net</a>.</p>
<p>RidgeHost Abuse Department</p>
</body></html>"""
ridge_txt = """Hello,

Abuse ticket RH-55821 has been updated. Current state of the reported URLs:

Reported URL                                  State
http://198.51.100.77/bet/index.php            Server null-routed
https://mintbet-kr.ridgesites.net/            Suspended
https://bluewave-casino.example.org/ko/live   Awaiting customer action

You can follow the ticket at https://my.ridgehost.net/abuse/RH-55821

RidgeHost Abuse Department"""
case(name="ridge-html-ticket-update", **{"from": "noreply@ridgehost.net"}, name_from="RidgeHost Tickets",
     date=date(7, 8, 20, "+0000"), subject=f"[RH-55821] Ticket updated ({R1})",
     raw_mime=f"""
Content-Type: multipart/alternative; boundary="alt-55821"

--alt-55821
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(ridge_txt)}
--alt-55821
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(ridge_html)}
--alt-55821--
""",
     outcome="applied",
     imitates="ticket system update mail (text + HTML table) from a hosting provider",
     why="null-routed and suspended are removals; 'awaiting customer action' states nothing; the ticket dashboard link is no item",
     items={H[6]: "removed", H[7]: "removed", H[5]: "pending"})

case(name="ridge-ticket-receipt", **{"from": "noreply@ridgehost.net"}, name_from="RidgeHost Tickets",
     date=date(3, 10, 4, "+0900"), subject=f"[RH-55821] Abuse report received: {SUBJ1}",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
This is an automatic confirmation.

Your abuse report has been received and assigned ticket number RH-55821.
Our abuse team reviews reports in the order they arrive, usually within
two business days. Please keep the ticket number in the subject line if
you write to us about this report.

Do not reply to this message; replies to this address are not read.

RidgeHost Abuse Department
https://ridgehost.net/abuse
""",
     outcome="ignored", classification="acknowledgement",
     imitates="helpdesk auto-receipt for a new abuse ticket",
     why="pure receipt: ticket number, no statement about any URL",
     items={})

case(name="ridge-bulk-all-suspended", **{"from": "abuse@ridgehost.net"}, name_from=RIDGE,
     date=date(9, 6, 55, "+0000"), subject=f"Re: {SUBJ1}", reply_to_req=req_mid(R1),
     body=f"""
Hi,

All of the sites listed in your report {R1} have been suspended as of
today. Let us know if you see any of them come back.

Best,
Dana
RidgeHost Abuse
""",
     outcome="review", review="bulk",
     imitates="abuse desk 'all reported sites suspended' reply",
     why="one sentence about all thirteen URLs of a 13-item request, none named",
     items=pend(*H))

case(name="ridge-authfail-terminated", **{"from": "abuse@ridgehost.net"}, name_from=RIDGE, auth="fail",
     date=date(8, 22, 13, "+0000"), subject=f"Re: {SUBJ1}",
     body="""
Dear KCSC,

The following services were terminated today:

https://lucky-dragon88.example.net/
https://goldenpick.example.com/sports
https://goldenpick.example.com/casino

Regards,
RidgeHost Abuse
""",
     outcome="review", review="untrusted",
     imitates="abuse desk termination notice arriving with failed DKIM/SPF/DMARC",
     why="claims removals from a RidgeHost address whose authentication failed",
     items=pend(H[0], H[8], H[9]))

case(name="ridge-out-of-office", **{"from": "dana.whitfield@ridgehost.net"}, name_from="Dana Whitfield",
     date=date(10, 1, 2, "+0000"), subject=f"Automatic reply: Re: {SUBJ1}",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
Thank you for your email. I am out of the office until Monday 16
September with limited access to email.

Abuse reports are handled by the whole team at abuse@ridgehost.net, so
please write there if your matter is urgent.

Dana Whitfield
RidgeHost Abuse Department
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office reply from an abuse-desk employee",
     why="auto-reply",
     items={})

case(name="ridge-gmail-angle-brackets", **{"from": "abuse@ridgehost.net"}, name_from=RIDGE,
     date=date(5, 16, 47, "+0000"), subject=f"Re: {SUBJ1}", reply_to_req=req_mid(R1),
     body=f"""
Hi KCSC team,

Update on goldenpick.example.com: the customer has deleted both pages
after our warning. Removed:

<https://goldenpick.example.com/sports>
<https://goldenpick.example.com/casino>

We are still working on the others in your list.

Thanks,
Priya
RidgeHost Abuse

{gmail_quote(request_text(R1, "RidgeHost", H), 3)}
""",
     outcome="applied",
     imitates="abuse-desk reply in Gmail with URLs in angle brackets above the quoted request",
     why="two named URLs removed; the rest only quoted or 'still working' (pending)",
     items={H[8]: "removed", H[9]: "removed", H[0]: "pending", H[10]: "pending"})

ridge_qp_body = """Hello,

Regarding https://hanbit-toto.example.net/board/notice/12 from your report KCSC-240903-01:

It appears that the page may already have been taken down by our customer \u2013 our own check returned an error page \u2013 but we are still confirming this with them and will let you know.

Kind regards,
RidgeHost Abuse Department"""
case(name="ridge-qp-hedge", **{"from": "abuse@ridgehost.net"}, name_from=RIDGE,
     date=date(6, 14, 3, "+0000"), subject=f"Re: {SUBJ1}",
     raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(ridge_qp_body)}
""",
     outcome="review", review="not_understood",
     imitates="abuse desk interim reply, quoted-printable with soft line breaks",
     why="'appears', 'may already have been' and 'still confirming': hedges, no statement",
     items=pend(H[10]))

case(name="ridge-url-then-status-line", **{"from": "abuse@ridgehost.net"}, name_from=RIDGE,
     date=date(5, 23, 30, "+0000"), subject=f"RH-55821 / {R1}: rainbow-slot",
     body="""
Hello,

https://rainbow-slot.ridgesites.net/m/
Status: removed (site deleted from the shared hosting account)

https://rainbow-slot.ridgesites.net/m/charge
Status: not found - this path does not exist on the server (404), there
was nothing to remove

Regards,
RidgeHost Abuse Department
""",
     outcome="applied",
     imitates="abuse desk reply with each URL on its own line and the status on the next",
     why="removed, and a path that does not exist (not_found)",
     items={H[11]: "removed", H[12]: "not_found"})

# ================================================================ FileCrate

case(name="filecrate-echoed-report", **{"from": "legal@filecrate.io"}, name_from="FileCrate Legal",
     date=date(5, 9, 12, "+0000"), subject=f"Your notice FC-2024-09-0417 ({R2})",
     body=f"""
Hello,

Outcome of your notice FC-2024-09-0417:

- https://filecrate.io/d/Xk29fQa1 : removed, uploader account closed
- https://filecrate.io/d/Mp03LrT7 : removed
- https://filecrate.io/d/Qe77vBn2 : we could not find this file. It may
  have been deleted by the uploader before our review.

The remaining links in your notice are still being reviewed; we will
write again once that is done.

FileCrate Legal Team

---- Your notice as received ----
Reference: {R2}
Reporter: KCSC Takedown <takedown@kcsc.example>
URLs:
https://filecrate.io/d/Xk29fQa1
https://filecrate.io/d/Mp03LrT7
https://filecrate.io/d/Qe77vBn2
https://filecrate.io/f/Zr41HkW9/folder
https://dl.filecrate.io/d/Tn58JsY4
Description: illegal obscene material; removal or blocking requested.
""",
     outcome="applied", classification="confirmation",
     imitates="file host legal-team outcome mail echoing the web-form notice below it",
     why="two removed, one 'could not find' (not_found; the 'may have been' is only the guess why); the echoed notice states nothing",
     items={F[0]: "removed", F[1]: "removed", F[2]: "not_found", F[3]: "pending", F[4]: "pending"})

case(name="filecrate-folder-stays", **{"from": "legal@filecrate.io"}, name_from="FileCrate Legal",
     date=date(6, 17, 40, "+0000"), subject=f"Re: {SUBJ2}", reply_to_req=req_mid(R2),
     body="""
Hello,

We reviewed the shared folder you reported. It contains holiday photos
and a PDF travel itinerary, nothing that breaches our Terms of Service or
the law as far as we can see, so it remains available:
https://filecrate.io/f/Zr41HkW9/folder

If you believe we have missed something, please tell us which file in the
folder you mean.

FileCrate Legal Team
""",
     outcome="applied",
     imitates="file host refusal with reason, URL on the line below the statement",
     why="no breach found, remains available: rejected",
     items={F[3]: "rejected"})

dsn_orig = request_text(R2, "FileCrate", F)
case(name="filecrate-dsn-bounce", **{"from": "MAILER-DAEMON@mx2.filecrate.io"},
     name_from="Mail Delivery System", date=date(4, 10, 1, "+0900", 7),
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="8C1F2A0B31.1725411667/mx2.filecrate.io"

--8C1F2A0B31.1725411667/mx2.filecrate.io
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.filecrate.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<copyright@filecrate.io>: unknown user: "copyright"

--8C1F2A0B31.1725411667/mx2.filecrate.io
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.filecrate.io
Arrival-Date: Wed, 4 Sep 2024 10:01:05 +0900 (KST)

Final-Recipient: rfc822; copyright@filecrate.io
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "copyright"

--8C1F2A0B31.1725411667/mx2.filecrate.io
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: copyright@filecrate.io
Subject: {SUBJ2}
Date: Wed, 04 Sep 2024 10:00:00 +0900
Message-ID: <{req_mid(R2)}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{dsn_orig}

--8C1F2A0B31.1725411667/mx2.filecrate.io--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix non-delivery report with the original request attached",
     why="bounce; the URLs are only in the returned request",
     items=pend(*F))

case(name="filecrate-base64-sole", **{"from": "noreply@filecrate.io"}, name_from="FileCrate",
     date=date(7, 3, 18, "+0000"), subject=f"Link removed - {R2}",
     raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''Hello,

The following link has been removed for violating the FileCrate Terms of
Service and can no longer be downloaded:

https://dl.filecrate.io/d/Tn58JsY4

This message was sent by the FileCrate Trust & Safety team.
Terms of Service: https://filecrate.io/terms
''')}
""",
     outcome="applied",
     imitates="file host automatic 'link removed' notice, base64-encoded body",
     why="one named link removed; the terms page is not an item",
     items={F[4]: "removed"})

case(name="filecrate-gmail-unknown-sender", **{"from": "jorge.filecrate@gmail.com"}, name_from="Jorge Ortega",
     date=date(6, 2, 51, "+0000"), subject=f"Re: {SUBJ2}",
     body="""
Hi, Jorge from the FileCrate trust team here. Writing from my own address
because our ticket tool is down today.

These two are deleted:
https://filecrate.io/d/Xk29fQa1
https://filecrate.io/d/Mp03LrT7

Jorge
""",
     outcome="review", review="unknown_sender",
     imitates="platform employee answering from a personal webmail address",
     why="statements about FileCrate links from gmail.com, not a FileCrate domain",
     items=pend(F[0], F[1]))

case(name="filecrate-asks-court-order", **{"from": "legal@filecrate.io"}, name_from="FileCrate Legal",
     date=date(5, 4, 9, "+0000"), subject=f"Re: {SUBJ2}", reply_to_req=req_mid(R2),
     body=f"""
Dear KCSC,

Thank you for your notice {R2}. FileCrate is established in the
Netherlands, and before we can act on a request from a foreign authority
we need one of the following:

  - a court order or administrative decision naming the files, or
  - a statement of the legal provision each file breaches, per file.

Please also confirm that the sender is authorised to make this request
on behalf of the Commission. Once we have this we will take it from there.

Kind regards,
FileCrate Legal Team
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="file host legal team asking a foreign regulator for a legal basis",
     why="asks for documents before acting; no statement",
     items={})

case(name="filecrate-under-review", **{"from": "legal@filecrate.io"}, name_from="FileCrate Legal",
     date=date(4, 18, 33, "+0000"), subject=f"Re: {SUBJ2}", reply_to_req=req_mid(R2),
     body="""
Hello,

Thanks for your notice. The files

https://filecrate.io/d/Mp03LrT7
https://filecrate.io/d/Qe77vBn2

are under review by our compliance team. We expect to complete the review
within five business days and will inform you of the result.

FileCrate Legal Team
""",
     outcome="review", review="not_understood",
     imitates="file host 'under review' interim reply naming the files",
     why="'under review' with a promise to report back: no status",
     items=pend(F[1], F[2]))

case(name="filecrate-numbered-list", **{"from": "legal@filecrate.io"}, name_from="FileCrate Legal",
     date=date(10, 12, 0, "+0000"), subject=f"Re: {SUBJ2} - final result", reply_to_req=req_mid(R2),
     body=f"""
Hello,

Final result for your notice {R2}:

1. https://filecrate.io/d/Xk29fQa1 — removed
2. https://filecrate.io/d/Mp03LrT7 — removed
3. https://filecrate.io/d/Qe77vBn2 — file does not exist (invalid link)
4. https://filecrate.io/f/Zr41HkW9/folder — downloads blocked for users in South Korea
5. https://dl.filecrate.io/d/Tn58JsY4 — removed

FileCrate Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="file host final result as a numbered list with em dashes",
     why="three removed, one invalid link (not_found), one blocked for Korea (restricted)",
     items={F[0]: "removed", F[1]: "removed", F[2]: "not_found", F[3]: "restricted", F[4]: "removed"})

# ================================================================ 달빛마당 (forum)

DALBIT = enc("달빛마당 운영자")
case(name="dalbit-admin-oneline", **{"from": "admin@dalbitmadang.co.kr"}, name_from=DALBIT,
     date=date(5, 21, 14), subject=enc(f"Re: {SUBJ3}"), reply_to_req=req_mid(R3),
     body="""
https://www.dalbitmadang.co.kr/bbs/free/120931 삭제했습니다.
https://www.dalbitmadang.co.kr/bbs/free/121007 은 작성자가 이미 지운 글이라 남아 있는 게 없습니다.

달빛마당 운영자 드림
""",
     outcome="applied",
     imitates="small forum admin's two-line reply in Korean",
     why="deleted (removed); already deleted by its author (not_found)",
     items={D[0]: "removed", D[1]: "not_found"})

case(name="dalbit-text-table", **{"from": "admin@dalbitmadang.co.kr"}, name_from=DALBIT,
     date=date(6, 11, 2), subject=enc(f"Re: {SUBJ3} 조치결과 회신"), reply_to_req=req_mid(R3),
     body=f"""
안녕하세요, 달빛마당 운영팀입니다.
시정요구({R3})에 대한 조치 결과를 아래와 같이 알려드립니다.

번호  게시판  URL                                             조치결과
----  ------  ----------------------------------------------  -------------
1     자유    https://www.dalbitmadang.co.kr/bbs/free/120931  블라인드
2     자유    https://www.dalbitmadang.co.kr/bbs/free/121007  임시조치(30일)
3     장터    https://www.dalbitmadang.co.kr/bbs/market/8842  삭제
4     장터    {D3_RAW}          삭제

감사합니다.
달빛마당 운영팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Korean forum 조치결과 회신 as a plain-text table",
     why="블라인드=removed, 임시조치=restricted, 삭제=removed (row 4 has a raw Korean path)",
     items={D[0]: "removed", D[1]: "restricted", D[2]: "removed", D[3]: "removed"})

case(name="dalbit-korean-particle", **{"from": "admin@dalbitmadang.co.kr"}, name_from=DALBIT,
     date=date(6, 23, 48), subject=enc(f"Re: {SUBJ3}"), reply_to_req=req_mid(R3),
     body=f"""
운영자입니다.

{D3_RAW}은 불법 의약품 판매글로 확인되어 비공개 처리했습니다.
같은 판매자가 올린 https://www.dalbitmadang.co.kr/bbs/market/8842도 함께 삭제했고, 해당 회원은 이용정지했습니다.

나머지 두 건은 확인 중입니다.
""",
     outcome="applied",
     imitates="forum admin's informal Korean reply with particles glued to the URLs",
     why="비공개 처리 and 삭제 are removals; the two others are 'being checked' (pending)",
     items={D[3]: "removed", D[2]: "removed", D[0]: "pending", D[1]: "pending"})

case(name="dalbit-sole-statement-r7", **{"from": "admin@dalbitmadang.co.kr"}, name_from=DALBIT,
     date=date(12, 9, 30), subject=enc(f"Re: {SUBJ7}"), reply_to_req=req_mid(R7),
     body=f"""
안녕하세요.

요청하신 게시물은 운영정책(음란물 게시 금지) 위반으로 운영자 삭제 처리되었습니다.
작성자에게는 경고 조치하였습니다.

달빛마당 운영자

2024년 9월 11일 (수) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> {R7} 불법정보 시정요구
>
> 1. {D7}
>
> 위 게시물의 삭제를 요청드립니다.
""",
     outcome="applied",
     imitates="forum admin reply to a one-item request, Korean Gmail quote header",
     why="one-item request; '요청하신 게시물 ... 운영자 삭제' applies to it; URL only in the quote",
     items={D7: "removed"})

case(name="dalbit-promise", **{"from": "admin@dalbitmadang.co.kr"}, name_from=DALBIT,
     date=date(5, 15, 20), subject=enc(f"Re: {SUBJ3}"), reply_to_req=req_mid(R3),
     body=f"""
안녕하세요. 보내주신 시정요구({R3}) 잘 받았습니다.

아래 게시물들은 내부 검토를 거쳐 이번 주 안으로 삭제 처리할 예정입니다.

- https://www.dalbitmadang.co.kr/bbs/free/120931
- https://www.dalbitmadang.co.kr/bbs/free/121007
- https://www.dalbitmadang.co.kr/bbs/market/8842
- {D3_RAW}

처리가 끝나면 다시 연락드리겠습니다.
달빛마당 운영팀
""",
     outcome="review", review="not_understood",
     imitates="Korean forum '검토 후 삭제 예정' reply",
     why="삭제 처리할 예정 is a promise; receipt phrase plus named URLs, no statement",
     items=pend(*D))

case(name="dalbit-keep-and-adult", **{"from": "admin@dalbitmadang.co.kr"}, name_from=DALBIT,
     date=date(7, 13, 5), subject=enc(f"Re: {SUBJ3}"), reply_to_req=req_mid(R3),
     body="""
달빛마당 운영팀입니다. 두 건 검토 결과 알려드립니다.

장터 게시물 https://www.dalbitmadang.co.kr/bbs/market/8842
: 중고 혈압계 거래글로, 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

자유게시판 https://www.dalbitmadang.co.kr/bbs/free/121007
: 성인 인증을 마친 회원만 볼 수 있도록 접근 제한 처리했습니다.

감사합니다.
""",
     outcome="applied",
     imitates="Korean forum review result: one kept, one age-restricted",
     why="no violation, kept (rejected); 성인 인증 접근 제한 (restricted)",
     items={D[2]: "rejected", D[1]: "restricted"})

case(name="dalbit-mdn", **{"from": "admin@dalbitmadang.co.kr"}, name_from=DALBIT,
     date=date(5, 10, 42), subject=enc("읽음 확인: ") + " " + enc(SUBJ3),
     raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7e31"

--mdn-7e31
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 2024-09-05 10:42 (KST)에 열어 보았습니다.
제목: {SUBJ3}

--mdn-7e31
Content-Type: message/disposition-notification

Reporting-UA: dalbitmadang.co.kr; Webmail
Final-Recipient: rfc822; admin@dalbitmadang.co.kr
Original-Message-ID: <{req_mid(R3)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7e31--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Korean webmail read receipt (MDN)",
     why="read receipt",
     items={})

case(name="dalbit-fullwidth-arrows", **{"from": "admin@dalbitmadang.co.kr"}, name_from=DALBIT,
     date=date(9, 16, 25), subject=enc(f"[달빛마당] {R3} 조치 결과"),
     body="""
조치 결과 알려드립니다．

■ https://www.dalbitmadang.co.kr/bbs/free/120931 → 삭제 완료
■ https://www.dalbitmadang.co.kr/bbs/market/8842（장터）→ 삭제 완료
■ https://www.dalbitmadang.co.kr/bbs/free/121007 → 게시물이 존재하지 않습니다（작성자 삭제）

문의: admin@dalbitmadang.co.kr
""",
     outcome="applied",
     imitates="Korean forum result list with arrows and full-width punctuation",
     why="삭제 완료 twice (removed); post no longer exists, deleted by its author (not_found)",
     items={D[0]: "removed", D[2]: "removed", D[1]: "not_found"})

case(name="dalbit-ooo-ko", **{"from": "moderator.kim@dalbitmadang.co.kr"}, name_from=enc("김운영"),
     date=date(9, 10, 1), subject=enc(f"[자동응답] Re: {SUBJ3}"),
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""
안녕하세요. 9월 9일부터 9월 13일까지 휴가로 부재중입니다.
게시물 신고 및 삭제 요청은 admin@dalbitmadang.co.kr 로 보내주시면 처리됩니다.

김운영 드림
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean out-of-office auto-reply from a forum moderator",
     why="auto-reply",
     items={})

case(name="dalbit-contact-change", **{"from": "admin@dalbitmadang.co.kr"}, name_from=DALBIT,
     date=date(13, 14, 0), subject=enc("[달빛마당] 신고 접수 창구 변경 안내"),
     body="""
안녕하세요, 달빛마당 운영팀입니다.

9월 16일부터 게시물 신고와 삭제 요청 접수 주소가
report@dalbitmadang.co.kr 로 바뀝니다. 기존 주소로 보내주신 메일도
한 달 동안은 함께 확인합니다.

기관 담당자께서는 주소록을 변경해 주시기 바랍니다.
감사합니다.
""",
     outcome="review", review="no_claims",
     imitates="forum operator notice about a new report address",
     why="trusted forum mail naming no item and no request",
     items={})

# ================================================================ PixChan (image board)

PIX = "PixChan Moderation"
case(name="pixchan-mod-oneliner", **{"from": "mod@pixchan.org"}, name_from="kei",
     date=date(6, 22, 10, "+0000"), subject=f"Re: {SUBJ4}", reply_to_req=req_mid(R4),
     body="""
took care of it.

https://pixchan.org/b/res/551203.html - deleted
https://pixchan.org/b/res/551377.html - deleted
https://i.pixchan.org/src/1725512345123.jpg - file purged + hash banned

poster range-banned.
-- kei (global vol)
""",
     outcome="applied",
     imitates="image-board volunteer moderator's terse reply",
     why="three URLs, each deleted/purged",
     items={P[0]: "removed", P[1]: "removed", P[2]: "removed"})

case(name="pixchan-already-pruned", **{"from": "mod@pixchan.org"}, name_from="kei",
     date=date(7, 4, 33, "+0000"), subject=f"Re: {SUBJ4}", reply_to_req=req_mid(R4),
     body="""
551377 was already gone before your mail got to us, /b/ prunes threads
after about three days. nothing left to delete there:
https://pixchan.org/b/res/551377.html

the image was still on the file server though (it keeps files a bit longer
than the threads). deleted it now:
https://i.pixchan.org/src/1725512345123.jpg

-- kei
""",
     outcome="applied",
     imitates="image-board moderator reply: thread already pruned, file deleted",
     why="thread already gone before the request arrived (not_found); image deleted (removed)",
     items={P[1]: "not_found", P[2]: "removed"})

pix_html = """<!DOCTYPE html>
<html><body>
<p>Report <b>#4471</b> has been closed by the moderation team.</p>
<table style="border-collapse:collapse" border="1" cellpadding="3">
<tr><td>Post</td><td><a href="https://pixchan.org/b/res/551203.html">https://pixchan.org/b/res/551203.html</a></td></tr>
<tr><td>Action</td><td>Thread deleted</td></tr>
<tr><td>Reason</td><td>Rule 1 &ndash; illegal content</td></tr>
</table>
<p style="color:#777">Automated message from PixChan. See <a href="https://pixchan.org/rules">the rules</a>.</p>
</body></html>"""
case(name="pixchan-html-only", **{"from": "reports@pixchan.org"}, name_from=PIX,
     date=date(7, 1, 5, "+0000"), subject=f"Report #4471 closed ({R4})",
     raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(pix_html)}
""",
     outcome="applied",
     imitates="image-board report-closed notice, HTML only",
     why="HTML table: post, action thread deleted (removed); rules link is no item",
     items={P[0]: "removed"})

case(name="pixchan-bulk", **{"from": "reports@pixchan.org"}, name_from=PIX,
     date=date(8, 3, 0, "+0000"), subject=f"Re: {SUBJ4}", reply_to_req=req_mid(R4),
     body=f"""
Hi,

All posts from your report ({R4}) have been removed and the user has
been banned.

PixChan Moderation
""",
     outcome="review", review="bulk",
     imitates="image-board 'all reported posts removed' reply",
     why="one sentence for all three items of a 3-item request, none named",
     items=pend(*P))

case(name="pixchan-bounce-mailbox-full", **{"from": "MAILER-DAEMON@mx.pixchan.org"},
     name_from="Mail Delivery Subsystem", date=date(6, 10, 20, "+0900"),
     subject="Delivery Status Notification (Failure)",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-pix-0906"

--dsn-pix-0906
Content-Type: text/plain; charset=us-ascii

Your message to janitors@pixchan.org could not be delivered.
The recipient's mailbox is full and cannot accept messages now.

--dsn-pix-0906
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.pixchan.org

Final-Recipient: rfc822; janitors@pixchan.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--dsn-pix-0906
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: janitors@pixchan.org
Subject: {SUBJ4}
Message-ID: <{req_mid(R4)}@kcsc.example>

--dsn-pix-0906--
""",
     outcome="ignored", classification="bounce",
     imitates="DSN: recipient mailbox full",
     why="bounce",
     items={})

case(name="pixchan-ack-plus-statements", **{"from": "reports@pixchan.org"}, name_from=PIX,
     date=date(7, 19, 44, "+0000"), subject=f"Re: {SUBJ4} [ticket 9921]", reply_to_req=req_mid(R4),
     body="""
Thanks, report received (ticket #9921).

We deleted https://pixchan.org/b/res/551203.html.

The other thread, https://pixchan.org/b/res/551377.html, is an ordinary
discussion and doesn't break any board rule, so it stays up.

PixChan Moderation
""",
     outcome="applied",
     imitates="receipt line followed by per-thread decisions",
     why="not a pure receipt: one deleted (removed), one breaks no rule and stays (rejected)",
     items={P[0]: "removed", P[1]: "rejected"})

# ================================================================ EdgeVeil (CDN)

EV = "EdgeVeil Trust & Safety"
case(name="edgeveil-about-pixchan", **{"from": "abuse@edgeveil.com"}, name_from=EV,
     date=date(8, 6, 30, "+0000"), subject=f"Re: {SUBJ4}", reply_to_req=req_mid(R4),
     body="""
Hello,

You copied us on your report because pixchan.org uses EdgeVeil's CDN.
We have purged our cached copies and disabled delivery of the following
through our network:

https://i.pixchan.org/src/1725512345123.jpg
https://pixchan.org/b/res/551203.html

The site operator has been informed.

EdgeVeil Trust & Safety
""",
     outcome="review", review="wrong_platform",
     imitates="CDN trust-and-safety reply about a customer site's content",
     why="EdgeVeil states statuses for PixChan's items",
     items=pend(P[2], P[0]))

case(name="edgeveil-pass-through", **{"from": "abuse@edgeveil.com"}, name_from=EV,
     date=date(9, 15, 2, "+0000"), subject=f"EdgeVeil abuse report EV-3390127 ({R5})",
     body="""
Hello,

EdgeVeil is a reverse proxy and content delivery network. We do not host
the material at:

  https://kr-pills-direct.example.com/
  https://kr-pills-direct.example.com/order

and we are not able to remove content from a website hosted by others.
We have forwarded your complaint to the hosting provider of the site,
Harbourline Hosting (abuse@harbourline.example), and to the site
operator. The origin IP address is 203.0.113.45.

For how we handle reports, see https://edgeveil.com/trust/abuse-approach

EdgeVeil Trust & Safety
""",
     outcome="review", review="not_understood",
     imitates="CDN 'we do not host this content, forwarded to the host' reply",
     why="neither removed nor refused on the merits: no status; the policy link is no item",
     items=pend(*E))

case(name="edgeveil-pages-disabled", **{"from": "abuse@edgeveil.com"}, name_from=EV,
     date=date(10, 8, 12, "+0000"), subject=f"EdgeVeil abuse report EV-3390127 ({R5}): action taken",
     body="""
Hello,

The content at the URLs below turned out to be stored on EdgeVeil Pages,
our static hosting product, rather than at an outside host. We have
disabled access to it for breaching our Acceptable Use Policy:

- https://kr-pills-direct.example.com/
- https://kr-pills-direct.example.com/order

Visitors now see an EdgeVeil notice page instead. Acceptable Use Policy:
https://edgeveil.com/legal/aup

EdgeVeil Trust & Safety
""",
     outcome="applied",
     imitates="CDN notice that hosted content was disabled",
     why="access disabled for both named URLs (removed); policy link is no item",
     items={E[0]: "removed", E[1]: "removed"})

case(name="edgeveil-geo-and-keep", **{"from": "abuse@edgeveil.com"}, name_from=EV,
     date=date(11, 7, 58, "+0000"), subject=f"Re: {SUBJ5}", reply_to_req=req_mid(R5),
     body="""
Hello,

Access to https://kr-pills-direct.example.com/order has been blocked for
visitors from the Republic of Korea.

The home page https://kr-pills-direct.example.com/ carries no offer to
sell medicines; it does not violate our terms and remains available.

EdgeVeil Trust & Safety
""",
     outcome="applied",
     imitates="CDN reply with a country block for one URL and a refusal for the other",
     why="blocked for Korea (restricted); no violation, remains available (rejected)",
     items={E[1]: "restricted", E[0]: "rejected"})

# ================================================================ NameCrate (registrar)

NC = "NameCrate Abuse"
case(name="namecrate-clienthold-defanged", **{"from": "abuse@namecrate.com"}, name_from=NC,
     date=date(11, 2, 20, "+0000"), subject=f"Re: {SUBJ6} hanbank-verify[.]example", reply_to_req=req_mid(R6),
     body=f"""
Hello,

Domain: hanbank-verify[.]example
Reported URL: hxxp://hanbank-verify[.]example/
Your reference: {R6}

Action: the domain was placed on clientHold on 2024-09-11 02:14 UTC
after we confirmed the phishing report. It no longer resolves.

NameCrate Abuse Team
""",
     outcome="applied",
     imitates="registrar abuse-desk reply with defanged domain and URL",
     why="one-item request; clientHold, no longer resolves: removed (the URL is defanged, the reference and thread are plain)",
     items={N0: "removed"})

case(name="namecrate-no-abuse-found", **{"from": "abuse@namecrate.com"}, name_from=NC,
     date=date(12, 1, 40, "+0000"), subject=f"Re: {SUBJ6}", reply_to_req=req_mid(R6),
     body="""
Hello,

We reviewed http://hanbank-verify.example/ and found no evidence of
phishing or other DNS abuse: the domain shows a registrar parking page
and no login form. The domain remains active and we will take no action.

Please note that as a registrar we do not judge the legality of website
content; content complaints should go to the hosting provider.

NameCrate Abuse Team
""",
     outcome="applied",
     imitates="registrar 'no DNS abuse found, domain stays active' reply",
     why="refusal with its reason, domain stays active: rejected",
     items={N0: "rejected"})

case(name="namecrate-ticket-receipt", **{"from": "support@namecrate.com"}, name_from="NameCrate Support",
     date=date(10, 10, 3, "+0900"), subject=f"[NC-77812] {SUBJ6}",
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""
Hello,

Ticket NC-77812 has been opened for your message. Our abuse team
answers within 72 hours. A copy of your message is below.

NameCrate Support

> {request_text(R6, "NameCrate", [N0]).replace(chr(10), chr(10) + "> ")}
""",
     outcome="ignored", classification="acknowledgement",
     imitates="registrar helpdesk ticket-opened auto-receipt quoting the request",
     why="pure receipt; the URL is only in the quoted request",
     items=pend(N0))

# ------------------------------------------------------- Outlook (RidgeHost)

case(name="ridge-outlook-wrapped", **{"from": "abuse@ridgehost.net"}, name_from=RIDGE,
     date=date(6, 5, 17, "+0000"), subject=f"RE: {SUBJ1}", reply_to_req=req_mid(R1),
     body=f"""
Hello,

Here is where we are with bluewave-casino.example.org and the bare IP:

- <https://bluewave-casino.example.org/ko/
  slots>: removed by the customer after our notice.
- <https://bluewave-casino.example.org/ko/live>: the customer's account has
  been terminated, the page is gone.
- http://198.51.100.77/bet/index.php: this IP is not assigned to any
  RidgeHost customer and nothing is hosted on it, so there is nothing for
  us to act on.

Regards,
Tom Becker
RidgeHost Abuse Department

{outlook_quote(request_text(R1, "RidgeHost", H), 3, "abuse@ridgehost.net", SUBJ1)}
""",
     outcome="applied",
     imitates="Outlook reply above an unprefixed '-----Original Message-----' request, one URL wrapped inside angle brackets",
     why="ko/slots removed (URL wrapped in <>), ko/live gone (removed), IP hosts nothing (not_found); the rest only in the Outlook quote",
     items={H[4]: "removed", H[5]: "removed", H[6]: "not_found", H[0]: "pending", H[12]: "pending"})

HEADER = """# Blind set 991 (tests/corpus/blind991/make.py writes this file).
# Hosting providers, a CDN, a registrar, a Korean forum, an image board and a
# file host answering informally; plain-text tables, CSV and HTML.
# Expected results were written from each email's meaning alone, before the
# reader was run on this set."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind991", HEADER, CASES)


if __name__ == "__main__":
    main()
