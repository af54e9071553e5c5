#!/usr/bin/env python3
"""Blind set 355: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind355/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from the meaning of each email, before any run
of the reader. All names, domains, ids and URLs are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind355"

# ---------------------------------------------------------------- requests

KR_PATH = "https://jjangtoto365.kr/게시판/공지"


def pct(url):
    scheme, rest = url.split("://", 1)
    host, path = rest.split("/", 1)
    return f"{scheme}://{host}/" + urllib.parse.quote(path, safe="/?=&")


DK = "https://dropkeep.io/f/"
REQUESTS = [
    # ref, platform, sent (KST), category, note, urls
    ("KCSC-240902-01", "dropkeep", (2, 10, 0), "gambling",
     "file host: gambling promotion packs and leaked member lists",
     [DK + "7QmZ2kLp", DK + "9xTr4WbN", DK + "A1c8VvYe", DK + "bK3nP0sD",
      DK + "Hh62QzMu", DK + "jW5eR8tG", DK + "L0pX7cFa", DK + "mN4yU2iK",
      DK + "qS9dE6oB", DK + "rT1gJ3hV", "https://dropkeep.io/folder/Zk82Lmw0",
      DK + "zY7wC5xQ"]),
    ("KCSC-240903-02", "nimbus", (3, 10, 0), "gambling",
     "hosting provider: two customer sites on its free subdomains",
     ["https://royal7bet.nimbus.page/", "https://royal7bet.nimbus.page/join?code=KR77",
      "https://sky-toto24.nimbus.page/event/0903", "https://sky-toto24.nimbus.page/cs/telegram.html"]),
    ("KCSC-240904-03", "shieldedge", (4, 10, 30), "drugs",
     "CDN in front of an online pharmacy",
     ["https://rx-koreamall.store/products/zolpidem-10",
      "https://rx-koreamall.store/products/diet-pill-b"]),
    ("KCSC-240905-04", "hanbit", (5, 11, 0), "gambling",
     "Korean registrar and web host",
     ["https://jjangtoto365.kr/", KR_PATH, "https://sinsa-drug.kr/shop"]),
    ("KCSC-240906-05", "moduplaza", (6, 9, 30), "defamation",
     "Korean community forum, posts and one comment",
     ["https://moduplaza.kr/board/free/88213", "https://moduplaza.kr/board/free/88240",
      "https://moduplaza.kr/board/humor/10457", "https://moduplaza.kr/board/market/3321",
      "https://moduplaza.kr/board/free/88302?cmt=4411"]),
    ("KCSC-240909-06", "pinechan", (9, 10, 0), "privacy",
     "image board: two threads and one image",
     ["https://pinechan.org/kr/res/55120.html", "https://pinechan.org/b/res/901442.html",
      "https://media.pinechan.org/kr/src/1725871234001.jpg"]),
    ("KCSC-240910-07", "scrappaste", (10, 14, 0), "privacy",
     "paste site run by two people",
     ["https://scrappaste.com/p/Xc7Rk2Qa"]),
]
KST = timezone(timedelta(hours=9))
REQ = {r[0]: r for r in REQUESTS}


def msgid(ref):
    return ref.lower() + ".1"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, (d, h, m), cat, note, urls in REQUESTS:
        sent = datetime(2024, 9, d, h, m, tzinfo=KST)
        due = sent + timedelta(days=7)
        for u in urls:
            w.writerow([ref, plat, sent.isoformat(), due.isoformat(), pct(u), cat,
                        msgid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers

def date(day, hh, mm, off=9, month=9):
    tz = timezone(timedelta(hours=off))
    return format_datetime(datetime(2024, month, day, hh, mm, 17, tzinfo=tz))


def req_sent_line(ref):
    _, _, (d, h, m), *_ = REQ[ref]
    return format_datetime(datetime(2024, 9, d, h, m, tzinfo=KST))


def request_text(ref):
    _, plat, _, cat, _, urls = REQ[ref]
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission (KCSC) requests the removal",
        f"of the following content ({cat}), reference {ref}:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please let us know the action taken for each URL.", "",
              "KCSC Takedown Desk", "takedown@kcsc.example"]
    return lines


def gmail_quote(ref):
    _, _, (d, h, m), *_ = REQ[ref]
    head = f"On {datetime(2024, 9, d, h, m).strftime('%a, %-d %b %Y')} at {h:02d}:{m:02d}, KCSC Takedown <takedown@kcsc.example> wrote:"
    return head + "\n" + "\n".join(("> " + l).rstrip() for l in request_text(ref))


def outlook_quote(ref, to):
    return "\n".join([
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {req_sent_line(ref)}",
        f"To: {to}",
        f"Subject: Removal request {ref}",
        "",
    ] + request_text(ref))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def single(ctype, cte, body):
    enc = {"base64": b64, "quoted-printable": qp}.get(cte, lambda s: s)
    return (f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n"
            + enc(body.strip("\n") + "\n"))


def mixed(boundary, parts, sub="mixed", extra=""):
    out = [f'Content-Type: multipart/{sub}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def attach(ctype, filename, cte, body):
    enc = {"base64": b64, "quoted-printable": qp}.get(cte, lambda s: s)
    return (f'Content-Type: {ctype}; charset=utf-8; name="{filename}"\n'
            f"Content-Transfer-Encoding: {cte}\n"
            f'Content-Disposition: attachment; filename="{filename}"\n\n'
            + enc(body.strip("\n") + "\n"))


def items(*pairs):
    return dict(pairs)


def pending(ref, only=None):
    urls = REQ[ref][5]
    return {u: "pending" for u in (only or urls)}


# ---------------------------------------------------------------- cases

R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)
U1 = REQ[R1][5]
U2 = REQ[R2][5]
U3 = REQ[R3][5]
U4 = REQ[R4][5]
U5 = REQ[R5][5]
U6 = REQ[R6][5]
U7 = REQ[R7][5]

CASES = []


def case(**c):
    c.setdefault("reply_to_req", msgid(c.pop("req")) if "req" in c else None)
    CASES.append(c)


# ---- DropKeep (file host), KCSC-240902-01, 12 items

dk_csv = "\n".join([
    "link,action,action_date,comment",
    f"{U1[0]},file disabled,2024-09-04,ToS 3.1 gambling promotion",
    f"{U1[1]},file disabled,2024-09-04,ToS 3.1 gambling promotion",
    f"{U1[2]},file disabled,2024-09-04,ToS 3.4 personal data",
    f"{U1[3]},not found,,file was deleted by the uploader on 2024-08-30",
    f"{U1[4]},file disabled,2024-09-04,ToS 3.4 personal data",
    f"{U1[5]},file disabled,2024-09-04,ToS 3.1 gambling promotion",
    f"{U1[6]},no action,,\"public court ruling, does not breach our terms; file stays available\"",
    f"{U1[7]},file disabled,2024-09-04,ToS 3.1 gambling promotion",
    f"{U1[8]},file disabled,2024-09-04,ToS 3.1 gambling promotion",
    f"{U1[9]},not found,,no file with this id exists",
    f"{U1[10]},folder disabled,2024-09-04,uploader account terminated",
    f"{U1[11]},file disabled,2024-09-04,uploader account terminated",
])
case(name="dk-csv-attachment-results", req=R1, from_="abuse@dropkeep.io",
     name_from="DropKeep Trust & Safety", date=date(5, 11, 42, 2),
     subject=f"Re: Removal request {R1}",
     raw_mime=mixed("dk-7731a", [
         single("text/plain", "8bit", f"""Hello,

We have gone through the 12 links in your notice {R1}. The action taken
on each link is listed in the attached spreadsheet (results.csv).

Kind regards,
Lena Vogt
DropKeep Trust & Safety
Abuse policy: https://dropkeep.io/legal/abuse-policy"""),
         attach("text/csv", "results.csv", "base64", dk_csv)]),
     outcome="applied", classification="confirmation",
     imitates="file host abuse desk sending its per-link outcome as a CSV spreadsheet",
     why="CSV attachment gives one action per requested link: 9 disabled, 2 not found, 1 kept with a reason",
     items=items(*[(u, s) for u, s in zip(U1, ["removed", "removed", "removed", "not_found",
                                               "removed", "removed", "rejected", "removed",
                                               "removed", "not_found", "removed", "removed"])]))

case(name="dk-abuse-desk-one-liner", req=R1, from_="marco.b@dropkeep.io",
     name_from="Marco Bellini", date=date(3, 9, 15, 2),
     subject=f"Re: Removal request {R1}",
     body=f"""Hi,

these two are gone, I disabled them this morning:
{U1[0]}
{U1[1]}

Still looking at the rest.

Marco
DropKeep abuse desk

{gmail_quote(R1)}""",
     outcome="applied", classification="confirmation",
     imitates="abuse-desk employee replying in two lines on top of the quoted request (Gmail quoting)",
     why="two URLs disabled; the other ten appear only in the quoted request",
     items={**pending(R1), U1[0]: "removed", U1[1]: "removed"})

case(name="dk-plaintext-table", req=R1, from_="abuse@dropkeep.io",
     name_from="DropKeep Trust & Safety", date=date(4, 16, 5, 2),
     subject=f"Partial results for {R1}",
     body=f"""Hello KCSC team,

First batch of results for your notice {R1}:

URL                                   RESULT
------------------------------------  ------------------------------------------
{U1[2]}        deleted
{U1[4]}        deleted
{U1[3]}        not found (uploader removed it on 30 Aug)

The remaining links are still with our reviewers.

Regards,
DropKeep Trust & Safety""",
     outcome="applied", classification="confirmation",
     imitates="plain-text fixed-width result table pasted by an abuse desk",
     why="table rows: two deleted, one already removed by its uploader; the rest are under review",
     items=items((U1[2], "removed"), (U1[4], "removed"), (U1[3], "not_found")))

case(name="dk-url-below-statement", req=R1, from_="abuse@dropkeep.io",
     name_from="DropKeep Trust & Safety", date=date(5, 8, 30, 2),
     subject=f"Re: Removal request {R1}",
     body=f"""Hello,

Disabled for breach of our terms:
{U1[5]}
{U1[7]}

Could not be found (please check the id):
{U1[9]}

Best,
Lena""",
     outcome="applied", classification="confirmation",
     imitates="informal abuse-desk reply grouping URLs under a heading line",
     why="headings above the URLs: two disabled, one not found",
     items=items((U1[5], "removed"), (U1[7], "removed"), (U1[9], "not_found")))

case(name="dk-ticket-receipt", req=R1, from_="support@dropkeep.io",
     name_from="DropKeep Support", date=date(2, 10, 3, 2),
     subject=f"[Ticket #DK-448120] Removal request {R1}",
     body=f"""Hello,

This is to confirm that we have received your message. Your ticket number
is DK-448120. Our team usually replies within two business days. You can
add information to the ticket by replying to this email.

--- Your message ---
{chr(10).join(request_text(R1))}

DropKeep Support""",
     outcome="ignored", classification="acknowledgement",
     imitates="help-desk ticket receipt echoing the submitted report",
     why="pure receipt; the URLs are only the echo of our own request",
     items=pending(R1))

case(name="dk-will-disable-48h", req=R1, from_="marco.b@dropkeep.io",
     name_from="Marco Bellini", date=date(4, 10, 20, 2),
     subject=f"Re: Removal request {R1}",
     body=f"""Hello,

We've checked the links from {R1}. The files below will be disabled
within 48 hours unless the uploader files a counter-notice:

{U1[6]}
{U1[9]}
{U1[8]}

I'll confirm once that's done.

Marco""",
     outcome="review", review="not_understood",
     imitates="file host announcing a takedown after a counter-notice window",
     why="a promise with a condition, no statement about any file",
     items=pending(R1, [U1[6], U1[9], U1[8]]))

case(name="dk-all-removed-bulk", req=R1, from_="abuse@dropkeep.io",
     name_from="DropKeep Trust & Safety", date=date(6, 14, 0, 2),
     subject=f"Re: Removal request {R1}",
     body="""Hello,

All files and folders listed in your notice have been removed from
DropKeep and the uploader accounts were terminated.

Regards,
DropKeep Trust & Safety""",
     outcome="review", review="bulk",
     imitates="closing note of an abuse desk summing up a whole notice",
     why="one statement for a twelve-item request without naming any link",
     items=pending(R1))

case(name="dk-html-table-mixed", req=R1, from_="abuse@dropkeep.io",
     name_from="DropKeep Trust & Safety", date=date(5, 15, 10, 2),
     subject=f"Outcome of your report {R1}",
     raw_mime=single("text/html", "quoted-printable", f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Here is the outcome for the links we have finished reviewing under notice {R1}.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Outcome</th><th>Reason</th></tr>
<tr><td>{U1[6]}</td><td>No action</td><td>Public court document, no breach of our terms; the file remains available</td></tr>
<tr><td>{U1[8]}</td><td>Disabled</td><td>Gambling promotion (ToS 3.1)</td></tr>
<tr><td>{U1[0]}</td><td>Disabled</td><td>Gambling promotion (ToS 3.1)</td></tr>
<tr><td>{U1[3]}</td><td>Not found</td><td>Deleted by the uploader before our review</td></tr>
</table>
<p>You can read our policy at <a href="https://dropkeep.io/legal/abuse-policy">dropkeep.io/legal/abuse-policy</a>.</p>
<p>DropKeep Trust &amp; Safety</p>
</body></html>"""),
     outcome="applied", classification="confirmation",
     imitates="ticket-system HTML table of outcomes (quoted-printable)",
     why="one row per link: kept with a reason, two disabled, one not found",
     items=items((U1[6], "rejected"), (U1[8], "removed"), (U1[0], "removed"), (U1[3], "not_found")))

case(name="dk-folder-account-terminated", req=R1, from_="legal@dropkeep.io",
     name_from="DropKeep Legal", date=date(6, 9, 40, 2),
     subject=f"{R1} - folder Zk82Lmw0",
     body=f"""Dear KCSC,

We terminated the account that uploaded the folder
{U1[10]}. The folder and every file in it are no longer
accessible. From your list this includes {U1[4]} and
{U1[11]}.

Sincerely,
DropKeep Legal""",
     outcome="applied", classification="confirmation",
     imitates="file host legal team reporting an account termination",
     why="folder and two named files no longer accessible after termination",
     items=items((U1[10], "removed"), (U1[4], "removed"), (U1[11], "removed")))

case(name="dk-forged-auth-fail", req=R1, from_="support@dropkeep.io", auth="fail",
     name_from="DropKeep Support", date=date(4, 22, 3, 0),
     subject=f"Re: Removal request {R1} - completed",
     body=f"""Hello,

Your request {R1} has been completed. Removed:
{U1[2]}
{U1[5]}
{U1[7]}

To view the full report log in at the link below.

DropKeep Support""",
     outcome="review", review="untrusted",
     imitates="completion notice in the style of a ticket system, failing DKIM/SPF/DMARC",
     why="sender domain fails authentication, so its statements are not applied",
     items=pending(R1, [U1[2], U1[5], U1[7]]))

case(name="dk-out-of-office", req=R1, from_="lena.vogt@dropkeep.io",
     name_from="Lena Vogt", date=date(9, 10, 1, 2),
     subject=f"Out of Office: Re: Removal request {R1}",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until 16 September with limited access to
email. For abuse reports please write to abuse@dropkeep.io.

Lena Vogt""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office reply",
     why="automatic reply",
     items={})

case(name="dk-korean-staff-qp", req=R1, from_="korea@dropkeep.io",
     name_from="DropKeep 한국어 지원", date=date(5, 17, 25),
     subject=f"Re: Removal request {R1}",
     raw_mime=single("text/plain", "quoted-printable", f"""안녕하세요, DropKeep 한국어 지원팀입니다.
요청번호 {R1} 관련하여 처리 결과를 안내드립니다.

아래 파일 2건은 이용약관 위반으로 삭제 처리했습니다.
- {U1[2]}
- {U1[1]}

{U1[3]} 파일은 업로더가 8월 30일에 직접 삭제하여 현재 존재하지 않습니다.

감사합니다.
DropKeep 한국어 지원팀"""),
     outcome="applied", classification="confirmation",
     imitates="Korean-language support desk of a foreign file host (quoted-printable)",
     why="two files deleted (삭제 처리), one already deleted by the uploader",
     items=items((U1[2], "removed"), (U1[1], "removed"), (U1[3], "not_found")))

case(name="dk-ack-plus-statements", req=R1, from_="support@dropkeep.io",
     name_from="DropKeep Support", date=date(3, 18, 12, 2),
     subject=f"[Ticket #DK-448977] Re: {R1}",
     body=f"""Thank you for contacting DropKeep. Ticket #DK-448977 has been created
for your report.

We have already disabled the following files while we review the
remaining links:
{U1[7]}
{U1[8]}

We will update this ticket when the review is complete.

DropKeep Support""",
     outcome="applied", classification="confirmation",
     imitates="ticket receipt that also reports first actions",
     why="receipt wording plus an unhedged statement that two files are disabled",
     items=items((U1[7], "removed"), (U1[8], "removed")))

# ---- Nimbus Hosting, KCSC-240903-02, 4 items

case(name="nimbus-account-suspended", req=R2, from_="abuse@nimbushosting.net",
     name_from="Nimbus Hosting Abuse", date=date(4, 13, 5, 2),
     subject=f"[NH-Abuse #20240904117] Re: {R2} illegal gambling sites",
     body=f"""Dear Sir/Madam,

Thank you for your report. We have suspended the hosting account behind
royal7bet.nimbus.page for breach of our Acceptable Use Policy. The
following URLs now show our suspension page and the content is no longer
served:

  {U2[0]}
  {U2[1]}

Regarding sky-toto24.nimbus.page we have contacted the customer and will
update you separately.

Best regards,
Tomas Weber
Abuse Department, Nimbus Hosting
AUP: https://nimbushosting.net/legal/aup""",
     outcome="applied", classification="confirmation",
     imitates="hosting provider abuse department ticket reply after suspending a customer",
     why="two URLs no longer served after the account suspension; the other site only pending",
     items=items((U2[0], "removed"), (U2[1], "removed")))

case(name="nimbus-forwarded-to-customer", req=R2, from_="abuse@nimbushosting.net",
     name_from="Nimbus Hosting Abuse", date=date(4, 13, 9, 2),
     subject=f"[NH-Abuse #20240904118] Re: {R2}",
     body=f"""Dear Sir/Madam,

We have forwarded your complaint to the customer responsible for
sky-toto24.nimbus.page and asked them to remove the following content
within 24 hours:

- {U2[2]}
- {U2[3]}

Should the customer fail to respond, we will suspend the service.

Abuse Department, Nimbus Hosting""",
     outcome="review", review="not_understood",
     imitates="hosting provider passing a complaint to its customer with a deadline",
     why="forwarded to the customer and a conditional promise; nothing done yet",
     items=pending(R2, [U2[2], U2[3]]))

case(name="nimbus-followup-outlook", req=R2, from_="t.weber@nimbushosting.net",
     name_from="Tomas Weber", date=date(6, 10, 44, 2),
     subject=f"RE: Removal request {R2}",
     body=f"""Hello,

Update on NH-Abuse #20240904118: the customer deleted the page
{U2[2]} this morning. The second URL, {U2[3]},
does not exist on the server (it returns 404 and there is no such file in
the account).

Regards,
Tomas

{outlook_quote(R2, "abuse@nimbushosting.net")}""",
     outcome="applied", classification="confirmation",
     imitates="Outlook top-posted follow-up from a hosting abuse agent",
     why="one page deleted, one does not exist; royal7bet URLs only in the quoted request",
     items={**pending(R2), U2[2]: "removed", U2[3]: "not_found"})

case(name="nimbus-dsn-mailbox-full", req=R2, from_="MAILER-DAEMON@mx1.nimbushosting.net",
     name_from="Mail Delivery System", date=date(3, 3, 1, 2),
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=mixed("dsn-55a1", [
         single("text/plain", "8bit", """This is the mail system at host mx1.nimbushosting.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<helpdesk@nimbushosting.net>: mailbox full (quota exceeded)"""),
         "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx1.nimbushosting.net\n\n"
         "Final-Recipient: rfc822; helpdesk@nimbushosting.net\nAction: failed\nStatus: 5.2.2\n"
         "Diagnostic-Code: smtp; 552 5.2.2 mailbox full",
         "Content-Type: text/rfc822-headers\n\nFrom: KCSC Takedown <takedown@kcsc.example>\n"
         f"To: helpdesk@nimbushosting.net\nSubject: Removal request {R2}\n"
         f"Message-ID: <{msgid(R2)}@kcsc.example>\nDate: {req_sent_line(R2)}",
     ], sub="report", extra="; report-type=delivery-status"),
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (mailbox full)",
     why="bounce of our own request",
     items={})

case(name="nimbus-one-line-done", req=R2, from_="j.novak@nimbushosting.net",
     name_from="Jana Novak", date=date(3, 17, 58, 2),
     subject=f"Re: Removal request {R2}",
     body=f"""Done, {U2[1]} is offline now.

Jana

{gmail_quote(R2)}""",
     outcome="applied", classification="confirmation",
     imitates="one-line answer from a hosting support engineer",
     why="the named URL is offline; the rest only quoted",
     items={**pending(R2), U2[1]: "removed"})

case(name="nimbus-angle-brackets-wrapped", req=R2, from_="abuse@nimbushosting.net",
     name_from="Nimbus Hosting Abuse", date=date(9, 11, 30, 2),
     subject=f"[NH-Abuse #20240904117] Final outcome {R2}",
     body=f"""Hello KCSC team,

Outcome of our investigation:

Suspended, content removed:
  <{U2[0]}>
  <https://royal7bet.nimbus.page/join
  ?code=KR77>

No action taken:
  <{U2[2]}>
  The customer runs a sports results page there. We found no gambling
  offer or betting links, so it does not breach our AUP and remains
  online.

Abuse Department, Nimbus Hosting""",
     outcome="applied", classification="confirmation",
     imitates="plain-text abuse report with URLs in angle brackets, one wrapped (RFC 3986 appendix C)",
     why="two URLs removed (one wrapped inside its brackets), one kept with its reason",
     items=items((U2[0], "removed"), (U2[1], "removed"), (U2[2], "rejected")))

case(name="nimbus-wrong-platform-origin", from_="abuse@nimbushosting.net",
     name_from="Nimbus Hosting Abuse", date=date(6, 15, 20, 2),
     subject=f"rx-koreamall.store - report forwarded by ShieldEdge ({R3})",
     body=f"""Hello,

ShieldEdge forwarded us your complaint {R3}, as we host the origin
server of rx-koreamall.store. We removed the two product pages:

{U3[0]}
{U3[1]}

Abuse Department, Nimbus Hosting""",
     outcome="review", review="wrong_platform",
     imitates="origin hosting provider answering a complaint relayed by a CDN",
     why="Nimbus states statuses for items of the ShieldEdge request",
     items=pending(R3))

# ---- ShieldEdge (CDN), KCSC-240904-03, 2 items

case(name="shieldedge-not-the-host", req=R3, from_="abuse@shieldedge.net",
     name_from="ShieldEdge Trust & Safety", date=date(4, 9, 2, -7),
     subject=f"ShieldEdge abuse report [SE-7781203] rx-koreamall.store",
     body=f"""Hello,

ShieldEdge provides a reverse proxy and CDN service for rx-koreamall.store.
We are not the hosting provider of this website and we are unable to
remove content from servers we do not control.

We have forwarded your report ({R3}) to the website owner and to the
hosting provider, Nimbus Hosting (abuse@nimbushosting.net), who are best
placed to act on it.

Reported URLs:
{U3[0]}
{U3[1]}

More about how we handle reports: https://shieldedge.net/trust/abuse

ShieldEdge Trust & Safety""",
     outcome="review", review="not_understood",
     imitates="CDN 'we are not the host, your report was forwarded' reply",
     why="no status for either URL: the CDN only forwarded the report (arguable: see NOTES)",
     items=pending(R3))

case(name="shieldedge-geoblock-kr", req=R3, from_="abuse@shieldedge.net",
     name_from="ShieldEdge Trust & Safety", date=date(6, 18, 40, -7),
     subject=f"Re: ShieldEdge abuse report [SE-7781203] {R3}",
     body=f"""Hello,

Following our review under ShieldEdge's Terms of Service and the law of
the Republic of Korea, we have blocked access from IP addresses located
in South Korea to the following URLs:

{U3[0]}
{U3[1]}

The URLs remain reachable from other countries.

ShieldEdge Trust & Safety""",
     outcome="applied", classification="confirmation",
     imitates="CDN geo-blocking notice for one country",
     why="both URLs blocked for Korean visitors only: restricted",
     items=items((U3[0], "restricted"), (U3[1], "restricted")))

sh_csv = "\n".join([
    "url,action,scope,date",
    f"{U3[0]},blocked,global,2024-09-07",
    f"{U3[1]},blocked,KR only,2024-09-07",
])
case(name="shieldedge-csv-actions", req=R3, from_="abuse@shieldedge.net",
     name_from="ShieldEdge Trust & Safety", date=date(7, 8, 15, -7),
     subject=f"Actions taken - {R3}",
     raw_mime=mixed("se-0b77", [
         single("text/plain", "7bit", f"""Hello,

Please find the actions taken for {R3} in the attached file.

ShieldEdge Trust & Safety"""),
         attach("text/csv", "SE-7781203-actions.csv", "7bit", sh_csv)]),
     outcome="applied", classification="confirmation",
     imitates="CDN trust-and-safety team sending an action log as CSV",
     why="one URL blocked globally (removed), the other blocked in Korea only (restricted)",
     items=items((U3[0], "removed"), (U3[1], "restricted")))

case(name="shieldedge-read-receipt", req=R3, from_="abuse@shieldedge.net",
     name_from="ShieldEdge Trust & Safety", date=date(4, 3, 12, -7),
     subject=f"Read: Removal request {R3}",
     raw_mime=mixed("mdn-92c", [
         single("text/plain", "7bit", f"""Your message

  To: abuse@shieldedge.net
  Subject: Removal request {R3}
  Sent: {req_sent_line(R3)}

was read on Wed, 4 Sep 2024 03:12:17 -0700."""),
         "Content-Type: message/disposition-notification\n\n"
         "Reporting-UA: mail.shieldedge.net; Webmail\n"
         "Final-Recipient: rfc822; abuse@shieldedge.net\n"
         f"Original-Message-ID: <{msgid(R3)}@kcsc.example>\n"
         "Disposition: manual-action/MDN-sent-manually; displayed",
     ], sub="report", extra="; report-type=disposition-notification"),
     outcome="ignored", classification="read_receipt",
     imitates="message disposition notification (read receipt)",
     why="read receipt",
     items={})

# ---- Hanbit Domain (registrar + host), KCSC-240905-04, 3 items

case(name="hanbit-domain-hold-korean", req=R4, from_="abuse@hanbitdomain.co.kr",
     name_from="한빛도메인 고객센터", date=date(6, 16, 20),
     subject=f"[한빛도메인] 불법정보 신고 처리 결과 안내 ({R4})",
     body=f"""안녕하세요. 한빛도메인 불법·유해정보 신고 담당자입니다.
방송통신심의위원회에서 요청하신 건에 대한 처리 결과를 아래와 같이 안내드립니다.

■ 처리 내역
1. {U4[0]}
 → 도메인 서비스 정지(네임서버 해제), 현재 접속 불가
2. {U4[1]}
 → 위 도메인 정지에 따라 함께 접속 불가
3. {U4[2]}
 → 호스팅 고객에게 소명을 요청한 상태이며, 결과는 회신을 받는 대로 안내드리겠습니다.

문의: abuse@hanbitdomain.co.kr / 1588-0000
감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="Korean registrar's 불법정보 신고 처리 결과 안내 with a numbered list",
     why="domain put on hold: both URLs unreachable everywhere (removed); the third only awaits the customer",
     items=items((U4[0], "removed"), (U4[1], "removed"), (U4[2], "pending")))

case(name="hanbit-hosting-deleted-particle", req=R4, from_="dy.kim@hanbitdomain.co.kr",
     name_from="김도윤", date=date(9, 14, 3),
     subject=f"RE: Removal request {R4}",
     body=f"""안녕하세요, 한빛도메인 호스팅운영팀 김도윤입니다.

신고하신 {U4[2]}에 대해서는 호스팅 계약 해지 후 해당 페이지를 삭제했습니다.

감사합니다.

{outlook_quote(R4, "abuse@hanbitdomain.co.kr")}""",
     outcome="applied", classification="confirmation",
     imitates="Korean hosting operator's short reply, URL followed directly by a particle",
     why="the page was deleted; the other URLs appear only in the quoted request",
     items={**pending(R4), U4[2]: "removed"})

case(name="hanbit-reseller-unknown", req=R4, from_="support@webhostpartner.co.kr",
     name_from="웹호스트파트너", date=date(6, 11, 10),
     subject=f"Re: 불법정보 삭제 요청 {R4}",
     body=f"""안녕하세요. 저희는 한빛도메인의 재판매 파트너 웹호스트파트너입니다.

{R4} 건의 {U4[0]} 도메인은 저희 쪽에서 정지 처리했습니다.
추가로 필요하신 사항이 있으면 연락 주세요.""",
     outcome="review", review="unknown_sender",
     imitates="reseller of a registrar answering on its behalf",
     why="sender is not the platform's domain",
     items=pending(R4, [U4[0]]))

case(name="hanbit-out-of-office-korean", req=R4, from_="sy.park@hanbitdomain.co.kr",
     name_from="박서연", date=date(9, 9, 0),
     subject=f"[자동회신] Re: 불법정보 삭제 요청 {R4}",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""안녕하세요. 박서연입니다.
9월 9일부터 9월 13일까지 휴가로 부재중입니다.
급한 용무는 abuse@hanbitdomain.co.kr 로 보내 주시기 바랍니다.""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean 부재중 자동회신",
     why="automatic out-of-office reply",
     items={})

case(name="hanbit-conditional-korean", req=R4, from_="dy.kim@hanbitdomain.co.kr",
     name_from="김도윤", date=date(6, 17, 45),
     subject=f"RE: Removal request {R4}",
     body=f"""안녕하세요, 한빛도메인 호스팅운영팀입니다.

{U4[2]} 건은 고객에게 9월 12일까지 소명자료 제출을 요청했습니다.
기한 내에 소명이 없으면 9월 13일에 해당 페이지를 삭제하고 호스팅을 해지할 예정입니다.

감사합니다.""",
     outcome="review", review="not_understood",
     imitates="Korean host announcing a conditional deletion after a 소명 deadline",
     why="conditional future deletion (삭제할 예정), nothing done",
     items=pending(R4, [U4[2]]))

# ---- Moduplaza (forum), KCSC-240906-05, 5 items

case(name="modu-admin-korean-list", req=R5, from_="admin@moduplaza.kr",
     name_from="모두광장 운영팀", date=date(7, 13, 30),
     subject=f"Re: [방송통신심의위원회] 시정요구 {R5}",
     body=f"""안녕하세요, 모두광장 운영팀입니다.
요청하신 게시물 처리 결과입니다.

1) {U5[0]} - 삭제 완료
2) {U5[1]} - 블라인드 처리
3) {U5[2]} - 작성자가 이미 삭제한 글이라 조치할 게시물이 없습니다
4) {U5[3]} - 중고거래 정상 게시물로 확인되어 규정 위반이 아니라고 판단, 유지합니다

댓글 건은 확인 후 따로 말씀드리겠습니다.""",
     outcome="applied", classification="confirmation",
     imitates="small Korean forum operator answering a 시정요구 with a numbered list",
     why="deleted, blinded, already deleted by its author, kept as not violating; the comment pending",
     items=items((U5[0], "removed"), (U5[1], "removed"), (U5[2], "not_found"),
                 (U5[3], "rejected"), (U5[4], "pending")))

case(name="modu-comment-fullwidth-parens", req=R5, from_="haneul@moduplaza.kr",
     name_from="운영자 하늘", date=date(7, 22, 12),
     subject=f"Re: [방송통신심의위원회] 시정요구 {R5}",
     body=f"""안녕하세요. 모두광장 운영자 하늘입니다.

해당 댓글（{U5[4]}）은 운영자 권한으로 삭제했습니다.

늦게 처리해서 죄송합니다.""",
     outcome="applied", classification="confirmation",
     imitates="forum volunteer moderator's one-sentence Korean reply",
     why="the comment was deleted by the operator; URL inside full-width parentheses",
     items=items((U5[4], "removed")))

case(name="modu-hedge-and-promise", req=R5, from_="admin@moduplaza.kr",
     name_from="모두광장 운영팀", date=date(6, 18, 2),
     subject=f"Re: [방송통신심의위원회] 시정요구 {R5}",
     body=f"""안녕하세요, 모두광장 운영팀입니다.

{U5[0]} 글은 확인해 보니 이미 지워진 것 같습니다.
{U5[1]} 글은 운영진 회의를 거쳐 다음 주 중으로 조치하겠습니다.

감사합니다.""",
     outcome="review", review="not_understood",
     imitates="forum operator's tentative first answer",
     why="a hedge (지워진 것 같습니다) and a promise (조치하겠습니다): no statement",
     items=pending(R5, [U5[0], U5[1]]))

case(name="modu-admin-from-gmail", req=R5, from_="moduplaza.admin@gmail.com",
     name_from="모두광장 관리자", date=date(7, 9, 5),
     subject=f"Re: [방송통신심의위원회] 시정요구 {R5}",
     body=f"""모두광장 관리자입니다.
사이트 메일 서버에 문제가 있어 개인 메일로 답장드립니다.

{R5}로 요청하신 게시물 5건은 모두 삭제했습니다.""",
     outcome="review", review="unknown_sender",
     imitates="forum admin replying from a personal webmail account",
     why="gmail.com is not the forum's sender domain",
     items=pending(R5))

case(name="modu-temporary-measure", req=R5, from_="admin@moduplaza.kr",
     name_from="모두광장 운영팀", date=date(9, 10, 0),
     subject=f"[모두광장] 임시조치 안내 - {R5}",
     body=f"""안녕하세요, 모두광장 운영팀입니다.

정보통신망법 제44조의2에 따라 아래 게시물을 30일간 임시조치(열람 제한)했습니다.

게시물: {U5[2]}
조치일: 2024-09-09

임시조치 기간 내에 작성자의 이의 제기가 없으면 게시물은 삭제됩니다.""",
     outcome="applied", classification="confirmation",
     imitates="Korean 임시조치 notice of a forum",
     why="30-day 임시조치 (access restricted) is restricted; the later deletion is only conditional",
     items=items((U5[2], "restricted")))

modu_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요, 모두광장 운영팀입니다. 시정요구({R5}) 조치 결과를 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>번호</th><th>게시물 주소</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td>1</td><td><a href="{U5[1]}">{U5[1]}</a></td><td>게시중단</td><td>2024-09-08</td></tr>
<tr><td>2</td><td><a href="{U5[3]}">{U5[3]}</a></td><td>성인 인증 후에만 볼 수 있도록 연령 제한</td><td>2024-09-08</td></tr>
<tr><td>3</td><td><a href="{U5[4]}">{U5[4]}</a></td><td>비공개 처리</td><td>2024-09-08</td></tr>
</table>
<p>모두광장 운영 정책: <a href="https://moduplaza.kr/policy">https://moduplaza.kr/policy</a></p>
</body></html>"""
case(name="modu-html-table-base64", req=R5, from_="admin@moduplaza.kr",
     name_from="모두광장 운영팀", date=date(8, 11, 11),
     subject=f"[모두광장] 시정요구 조치 결과 ({R5})",
     raw_mime=single("text/html", "base64", modu_html),
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 HTML table (base64 body)",
     why="게시중단 and 비공개 처리 are removed; the age-restricted post is restricted",
     items=items((U5[1], "removed"), (U5[3], "restricted"), (U5[4], "removed")))

# ---- Pinechan (image board), KCSC-240909-06, 3 items

case(name="pine-admin-purged", req=R6, from_="admin@pinechan.org",
     name_from="pinechan admin", date=date(9, 20, 3, -5),
     subject=f"Re: Removal request {R6}",
     body=f"""deleted the thread and purged the image from media:
{U6[0]}
{U6[2]}

- admin""",
     outcome="applied", classification="confirmation",
     imitates="image board admin's lowercase two-line reply",
     why="thread deleted and image purged",
     items=items((U6[0], "removed"), (U6[2], "removed")))

case(name="pine-bare-url-status-below", req=R6, from_="mod@pinechan.org",
     name_from="pinechan mod team", date=date(9, 22, 40, -5),
     subject=f"Re: Removal request {R6}",
     body=f"""re your mail ({R6}):

{U6[1]}
not found. /b/ threads get pruned after about 3 days, this one was already
gone when your mail came in. nothing left to delete.

the /kr/ thread is still being discussed among the mods.""",
     outcome="applied", classification="confirmation",
     imitates="image board moderator answering with the status on the line below the URL",
     why="the /b/ thread no longer exists (pruned before our request); the /kr/ thread only under discussion",
     items=items((U6[1], "not_found")))

case(name="pine-refuses-stays-up", req=R6, from_="admin@pinechan.org",
     name_from="pinechan admin", date=date(11, 8, 15, -5),
     subject=f"Re: Removal request {R6}",
     body=f"""Hi,

We looked at {U6[0]}. It is a discussion thread about
a news story and nothing in it breaks our rules, so it stays up. We don't
act on requests based on Korean law alone.

Rules: https://pinechan.org/rules.html

- admin""",
     outcome="applied", classification="confirmation",
     imitates="image board admin refusing a foreign takedown request",
     why="refusal with its reason: rejected",
     items=items((U6[0], "rejected")))

case(name="pine-unmonitored-autoreply", req=R6, from_="noreply@pinechan.org",
     name_from="pinechan", date=date(9, 10, 0, -5),
     subject=f"Re: Removal request {R6}",
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     body="""This mailbox is not monitored. Messages sent here are not read.

To report a post, use the report button next to it or write to
admin@pinechan.org. Legal requests: https://pinechan.org/legal.html""",
     outcome="ignored", classification="auto_reply",
     imitates="'this address is not monitored' automatic answer",
     why="automatic reply",
     items={})

# ---- ScrapPaste (paste site), KCSC-240910-07, 1 item

case(name="paste-sole-statement", req=R7, from_="support@scrappaste.com",
     name_from="ScrapPaste Support", date=date(11, 2, 30, 2),
     subject=f"Re: {R7} removal request",
     body="""Hi,

The paste you reported has been removed and the account that created it
is banned.

Cheers,
Dev
(ScrapPaste is a two-person team, sorry for the slow reply)""",
     outcome="applied", classification="confirmation",
     imitates="tiny service's informal one-paragraph answer",
     why="one-item request: 'the paste you reported has been removed' applies to it",
     items=items((U7[0], "removed")))

case(name="paste-asks-more", req=R7, from_="support@scrappaste.com",
     name_from="ScrapPaste Support", date=date(10, 20, 5, 2),
     subject=f"Re: {R7} removal request",
     body=f"""Hi,

Before we take anything down we need a bit more from you: which part of
{U7[0]} is unlawful, and under which law? A copy of the decision
would help.

Thanks,
Dev""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="small service asking the regulator for the legal basis",
     why="asks for more information; no statement",
     items=items((U7[0], "pending")))

case(name="paste-expired-base64", req=R7, from_="support@scrappaste.com",
     name_from="ScrapPaste Support", date=date(11, 9, 0, 2),
     subject=f"Re: {R7} removal request",
     raw_mime=single("text/plain", "base64", f"""Hello,

{U7[0]} had expired on 8 September (the uploader set a
one-day expiry) and it no longer exists in our database, so there was
nothing for us to remove.

Dev, ScrapPaste"""),
     outcome="applied", classification="confirmation",
     imitates="paste site explaining an expired paste (base64 body)",
     why="the paste expired before our request and does not exist: not_found",
     items=items((U7[0], "not_found")))


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        if c.get("reply_to_req") is None:
            c.pop("reply_to_req", None)
        # non-ASCII display names and subjects as RFC 2047 encoded-words, as
        # mail clients send them
        for k in ("name_from", "subject"):
            if k in c and not c[k].isascii():
                c[k] = Header(c[k], "utf-8").encode()
        # expected.toml names items exactly as requests.csv stores them
        c["items"] = {pct(u): s for u, s in c.get("items", {}).items()}
    header = (
        "# Blind set 355: hosts, CDNs, registrars, forums, image boards, file hosts\n"
        "# and small services. Written by tests/corpus/blind355/make.py; expected\n"
        "# results written from each email's meaning before any run of the reader.\n"
    )
    corpuslib.write_set(HERE, SET, header, CASES)


if __name__ == "__main__":
    main()
