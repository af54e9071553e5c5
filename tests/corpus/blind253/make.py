#!/usr/bin/env python3
"""Blind set 253: hosting providers, a CDN, a registrar, a Korean forum, an
image board and a file host answering (often informally), plus CSV
attachments and plain-text tables.

    python3 tests/corpus/blind253/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the email's meaning alone, before any run
of the reader (see NOTES.md).
"""
import base64
import csv
import datetime
import email.header
import email.utils
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc
CET = datetime.timezone(datetime.timedelta(hours=2))


def d(day, hh=10, mm=0, tz=KST):
    return email.utils.format_datetime(datetime.datetime(2024, 9, day, hh, mm, 0, tzinfo=tz))


def b64(text, charset="utf-8"):
    data = text.encode(charset) if isinstance(text, str) else text
    enc = base64.b64encode(data).decode("ascii")
    return "\n".join(enc[i:i + 76] for i in range(0, len(enc), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests

REQ = {}  # ref -> (platform, sent, due, category, [urls], note)

DN = "https://dropnest.example/f/"
DROP = [
    DN + "7QmX2a",
    DN + "9TrW4k",
    DN + "Bv83Lp",
    DN + "Hn2Kd0/season2-ep01.mkv",
    DN + "Lx5Yq7",
    DN + "Pp0Zs3",
    "https://dropnest.example/folder/Rk7Vu9",
    DN + "Sd4Wm1",
    DN + "Tz6Nb8",
    DN + "Ug1Ce5",
    DN + "Vw9Ho2",
    DN + "Xa3Jf6",
    DN + "Yb8Mt4",
    DN + "Zc2Qr0",
]
NH = [
    "http://www.bamboo-shop.example/sale/item.php?id=3301",
    "https://cheongsan-news.example/2024/08/rumor-article.html",
    "https://sites.nimbushost.example/~hanul77/gallery/",
    "https://dl.cheongsan-news.example/video/4410.mp4",
]
NH1 = ["https://vps-1187.nimbushost.example/leak/index.html"]
RD = [
    "http://lucky-777-slot.example/",
    "https://kr-pharma-direct.example/",
    "https://free-webtoon-zone.example/",
]
FREE_PCT = "https://ggulforum.example/%EC%9E%90%EC%9C%A0%EA%B2%8C%EC%8B%9C%ED%8C%90/55120"
FREE_RAW = "https://ggulforum.example/자유게시판/55120"
GF = [
    "https://ggulforum.example/board/free/98211",
    "https://ggulforum.example/board/free/98377",
    "https://ggulforum.example/board/humor/10552?page=2",
    FREE_PCT,
    "https://ggulforum.example/gallery/7781",
]
PC = [
    "https://pinechan.example/b/thread/480112",
    "https://pinechan.example/b/thread/480391#p480402",
    "https://i.pinechan.example/b/1725890012345.jpg",
]
ES = [
    "https://mirror-toons.example/read/2231",
    "https://mirror-toons.example/read/2232",
]

R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240909-04",
    "KCSC-240910-05", "KCSC-240911-06", "KCSC-240912-07",
)
REQ[R1] = ("dropnest", "2024-09-03", "2024-09-10", "copyright", DROP, "pirated series uploads")
REQ[R2] = ("nimbushost", "2024-09-04", "2024-09-11", "illegal_goods", NH, "customer sites on Nimbus")
REQ[R3] = ("regdot", "2024-09-05", "2024-09-12", "gambling", RD, "domains registered via RegDot")
REQ[R4] = ("ggulforum", "2024-09-09", "2024-09-16", "defamation", GF, "forum posts")
REQ[R5] = ("pinechan", "2024-09-10", "2024-09-17", "obscenity", PC, "image board threads")
REQ[R6] = ("edgeshield", "2024-09-11", "2024-09-18", "copyright", ES, "site behind EdgeShield CDN")
REQ[R7] = ("nimbushost", "2024-09-12", "2024-09-19", "privacy", NH1, "leaked personal data page")


def mid(ref):
    return ref + ".1"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, (plat, sent, due, cat, urls, note) in REQ.items():
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, urls=None, korean=False):
    urls = REQ[ref][4] if urls is None else urls
    if korean:
        head = (f"안녕하십니까. 방송통신심의위원회입니다.\n\n"
                f"아래 게시물에 대하여 시정요구(삭제 또는 접속차단)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.\n"
                f"요청번호: {ref}\n")
        tail = "\n조치 결과는 이 주소로 회신 바랍니다.\n"
    else:
        head = (f"Dear Sir or Madam,\n\nThe Korea Communications Standards Commission asks you to remove\n"
                f"or disable access to the content at the URLs below (our reference {ref}).\n")
        tail = "\nPlease reply to this address with the action taken on each URL.\n"
    return head + "\n" + "\n".join(urls) + "\n" + tail + "\nKCSC Takedown Team\n"


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def sent_line(ref):
    day = int(REQ[ref][1][-2:])
    return d(day, 10, 0)


# ---------------------------------------------------------------- cases

C = []


def enc(s):
    """RFC 2047-encode a header value that is not plain ASCII, as mailers do."""
    if s.isascii():
        return s
    return email.header.Header(s, "utf-8", maxlinelen=76).encode(linesep="\n")


def case(**kw):
    for key in ("name_from", "subject"):
        if key in kw:
            kw[key] = enc(kw[key])
    C.append(kw)


# ============ DropNest (file host), request R1: 14 files ============

csv_rows = [
    ("file_url", "file_id", "action", "action_date", "notes"),
    (DROP[0], "7QmX2a", "File removed", "2024-09-05", ""),
    (DROP[1], "9TrW4k", "File removed", "2024-09-05", ""),
    (DROP[2], "Bv83Lp", "File removed", "2024-09-05", "uploader suspended"),
    (DROP[3], "Hn2Kd0", "File removed", "2024-09-05", ""),
    (DROP[4], "Lx5Yq7", "No file at this address", "", "ID never issued"),
    (DROP[5], "Pp0Zs3", "File removed", "2024-09-05", ""),
    (DROP[6], "Rk7Vu9", "Folder disabled", "2024-09-05", "all 23 files in folder"),
    (DROP[7], "Sd4Wm1", "File removed", "2024-09-05", ""),
    (DROP[8], "Tz6Nb8", "Already deleted by uploader", "2024-09-02", "before notice"),
    (DROP[9], "Ug1Ce5", "File removed", "2024-09-05", ""),
    (DROP[10], "Vw9Ho2", "No action", "", "not in breach of DropNest Terms; rights holder's own trailer"),
    (DROP[11], "Xa3Jf6", "File removed", "2024-09-05", ""),
    (DROP[12], "Yb8Mt4", "File removed", "2024-09-05", ""),
    (DROP[13], "Zc2Qr0", "Access blocked in KR", "2024-09-05", "geo-restriction, file remains elsewhere"),
]
_b = io.StringIO()
csv.writer(_b, lineterminator="\r\n").writerows(csv_rows)
case(
    name="dn-csv-attachment-outcome",
    **{"from": "trust@dropnest.example"}, name_from="DropNest Trust & Safety",
    date=d(5, 17, 40), subject=f"Re: {R1} removal request - outcome attached", reply_to_req=mid(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="dn-b1-7781"

--dn-b1-7781
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome of our review of your notice {R1}
(our reference DN-TS-30917). One row per link you sent.

Regards,
DropNest Trust & Safety

--dn-b1-7781
Content-Type: text/csv; charset=utf-8; name="kcsc-240903-01_outcome.csv"
Content-Disposition: attachment; filename="kcsc-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_b.getvalue())}
--dn-b1-7781--
""",
    outcome="applied", classification="confirmation",
    imitates="file host trust-and-safety reply with a per-link CSV export",
    why="CSV row per link: removed x10, no file (not_found), already deleted by uploader (not_found), no action with reason (rejected), blocked in KR (restricted)",
    items={
        DROP[0]: "removed", DROP[1]: "removed", DROP[2]: "removed", DROP[3]: "removed",
        DROP[4]: "not_found", DROP[5]: "removed", DROP[6]: "removed", DROP[7]: "removed",
        DROP[8]: "not_found", DROP[9]: "removed", DROP[10]: "rejected", DROP[11]: "removed",
        DROP[12]: "removed", DROP[13]: "restricted",
    },
)

case(
    name="dn-plain-text-table",
    **{"from": "trust@dropnest.example"}, name_from="DropNest Trust & Safety",
    date=d(5, 23, 20), subject=f"[DN-TS-30917] Review result for {R1}", reply_to_req=mid(R1),
    body=f"""Report:    {R1}
Reviewed:  2024-09-05 14:20 UTC
Reviewer:  ts-agent-14

 #  File link                                        Result
 -- ------------------------------------------------ --------------
 1  {DROP[0]:<48} Removed
 2  {DROP[1]:<48} Removed
 3  {DROP[2]:<48} Not found
 4  {DROP[3]:<48} Removed
 5  {DROP[4]:<48} Under review

Links not listed above have not been reviewed yet.

This message was sent by the DropNest case tool. Reply above this line.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-tool plain-text result table (fixed-width columns)",
    why="fixed-width table: three removed, one not found, one still under review (stays pending)",
    items={DROP[0]: "removed", DROP[1]: "removed", DROP[2]: "not_found", DROP[3]: "removed", DROP[4]: "pending"},
)

case(
    name="dn-bulk-all-removed",
    **{"from": "ops@dropnest.example"}, name_from="Minh Tran",
    date=d(6, 9, 5), subject=f"Re: {R1}", reply_to_req=mid(R1),
    body=f"""Hi,

All 14 files from your notice {R1} have been removed and the uploader's
account is closed.

Minh
DropNest ops
""",
    outcome="review", review="bulk",
    imitates="one-line abuse-desk reply covering a whole notice",
    why="a statement about all files of a 14-item request without naming any: bulk, nothing applied",
    items={DROP[0]: "pending", DROP[6]: "pending", DROP[13]: "pending"},
)

_dn_html = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of the files you reported under <b>{R1}</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>File</th><th>Decision</th><th>Date</th></tr>
<tr><td><a href="{DROP[5]}">{DROP[5]}</a></td><td>Removed</td><td>2024-09-06</td></tr>
<tr><td><a href="{DROP[6]}">{DROP[6]}</a></td><td>Disabled</td><td>2024-09-06</td></tr>
<tr><td><a href="{DROP[7]}">{DROP[7]}</a></td><td>Removed</td><td>2024-09-06</td></tr>
<tr><td><a href="{DROP[8]}">{DROP[8]}</a></td><td>Not found (deleted by the uploader)</td><td>-</td></tr>
</table>
<p>You can read about how we handle notices at <a href="https://dropnest.example/help/notices">dropnest.example/help/notices</a>.</p>
<p>DropNest Trust &amp; Safety</p>
</body></html>
"""
_dn_txt = f"""Hello,

We have completed our review of the files you reported under {R1}.

File: {DROP[5]}
Decision: Removed (2024-09-06)

File: {DROP[6]}
Decision: Disabled (2024-09-06)

File: {DROP[7]}
Decision: Removed (2024-09-06)

File: {DROP[8]}
Decision: Not found (deleted by the uploader)

How we handle notices: https://dropnest.example/help/notices

DropNest Trust & Safety
"""
case(
    name="dn-base64-alternative-table",
    **{"from": "notices@dropnest.example"}, name_from="DropNest Trust & Safety",
    date=d(6, 15, 12), subject=f"Decision on your notice {R1}", reply_to_req=mid(R1),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_alt_dn_4420"

--=_alt_dn_4420
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_dn_txt)}
--=_alt_dn_4420
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_dn_html)}
--=_alt_dn_4420--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system decision mail, base64 text and HTML table alternatives",
    why="removed, disabled (removed), removed, not found (deleted by uploader); help page link is not an item",
    items={DROP[5]: "removed", DROP[6]: "removed", DROP[7]: "removed", DROP[8]: "not_found"},
)

case(
    name="dn-ticket-receipt",
    **{"from": "support@dropnest.example"}, name_from="DropNest Support",
    date=d(3, 10, 2), subject=f"[DropNest Support] Request received (#DN-55821) Re: {R1}", reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We've received your request and a member of our team will get back to you
as soon as possible. Your ticket number is DN-55821.

Please don't open a new ticket for the same matter; just reply to this
email if you have anything to add.

DropNest Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk 'request received' auto-acknowledgement",
    why="pure receipt with a ticket number; nothing about any file",
)

case(
    name="dn-promise-queue",
    **{"from": "trust@dropnest.example"}, name_from="DropNest Trust & Safety",
    date=d(4, 11, 30), subject=f"Re: {R1} removal request", reply_to_req=mid(R1),
    body=f"""Hi,

Thanks for the notice. The files below have been queued for removal and
will be taken down within 48 hours once our compliance lead signs off:

- {DROP[9]}
- {DROP[10]}
- {DROP[11]}

We'll confirm when it's done.

DropNest Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk interim reply promising action",
    why="'queued for removal' and 'will be taken down' are promises, not statements",
    items={DROP[9]: "pending", DROP[10]: "pending", DROP[11]: "pending"},
)

case(
    name="dn-top-posted-gmail",
    **{"from": "minh.tran@dropnest.example"}, name_from="Minh Tran",
    date=d(4, 8, 47), subject=f"Re: {R1} - request to remove content", reply_to_req=mid(R1),
    body=f"""Removed these two this morning:
{DROP[12]}
{DROP[13]}

Still checking the rest, will write again.

-- Minh, DropNest ops

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text(R1))}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted personal reply over the quoted request (Gmail style)",
    why="two files removed above the quote; the other URLs appear only in the quoted request",
    items={DROP[12]: "removed", DROP[13]: "removed", DROP[0]: "pending", DROP[4]: "pending"},
)

case(
    name="dn-url-then-status-line",
    **{"from": "trust@dropnest.example"}, name_from="DropNest Trust & Safety",
    date=d(6, 11, 0), subject=f"Re: {R1}", reply_to_req=mid(R1),
    body=f"""Hello KCSC team,

Outcome per link:

{DROP[4]}
  deleted, uploader warned

{DROP[5]}
  deleted

{DROP[7]}
  this file had already been deleted by the uploader before your notice arrived

{DROP[9]}
  deleted

Best,
Sara (T&S)
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply with each URL followed by its result on the next line",
    why="status on the line under each URL: deleted x3, already deleted by uploader (not_found)",
    items={DROP[4]: "removed", DROP[5]: "removed", DROP[7]: "not_found", DROP[9]: "removed"},
)

case(
    name="dn-auth-fail",
    **{"from": "trust@dropnest.example"}, name_from="DropNest Trust & Safety", auth="fail",
    date=d(5, 2, 14), subject=f"Re: {R1} completed", reply_to_req=mid(R1),
    body=f"""Hello,

The following files were removed today:

{DROP[0]}
{DROP[1]}
{DROP[2]}

DropNest Trust & Safety
""",
    outcome="review", review="untrusted",
    imitates="file host removal confirmation, failing DKIM/SPF/DMARC",
    why="claims from a platform domain that fails authentication are not applied",
    items={DROP[0]: "pending", DROP[1]: "pending", DROP[2]: "pending"},
)

case(
    name="dn-out-of-office",
    **{"from": "j.ferreira@dropnest.example"}, name_from="Joana Ferreira",
    date=d(3, 10, 1, CET), subject=f"Automatic reply: {R1} - request to remove content",
    reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I'm out of the office until 16 September with limited access to email.

For takedown notices please write to legal@dropnest.example, which is
monitored every day.

Joana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
)

case(
    name="dn-rejected-with-reason",
    **{"from": "legal@dropnest.example"}, name_from="DropNest Legal",
    date=d(9, 16, 45), subject=f"Re: {R1} - two remaining files", reply_to_req=mid(R1),
    body=f"""Dear KCSC team,

We have now looked at the last two files in your notice.

{DROP[11]} stays online. It is a documentary released by its producer
under a Creative Commons licence; we found nothing unlawful in it and it
does not breach our Terms of Service.

{DROP[10]} was removed on 9 September.

Kind regards,
Ana Ribeiro
Legal Counsel, DropNest
""",
    outcome="applied", classification="confirmation",
    imitates="file host legal team refusal with reasons, plus one removal",
    why="Xa3Jf6 kept online with a reason (rejected); Vw9Ho2 removed",
    items={DROP[11]: "rejected", DROP[10]: "removed"},
)

_qp_text = (
    "Dear Sir or Madam,\n\n"
    f"Further to your notice {R1} dated 3 September 2024, we confirm that access to the file at "
    f"{DROP[3]} has been disabled for all users and that the file has been permanently deleted "
    f"from our storage \u2013 and that the file at {DROP[1]} was deleted on 4 September 2024.\n\n"
    "Yours faithfully,\n"
    "DropNest Compliance\n"
    "DropNest B.V. \u00b7 Keizersgracht 1 \u00b7 Amsterdam\n"
)
case(
    name="dn-quoted-printable-letter",
    **{"from": "compliance@dropnest.example"}, name_from="DropNest Compliance",
    date=d(5, 9, 30, CET), subject=f"Your notice {R1}", reply_to_req=mid(R1),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp_text)}""",
    outcome="applied", classification="confirmation",
    imitates="formal compliance letter sent quoted-printable with soft line breaks",
    why="access disabled for all users and file deleted; second file deleted",
    items={DROP[3]: "removed", DROP[1]: "removed"},
)

case(
    name="dn-ack-plus-statement",
    **{"from": "support@dropnest.example"}, name_from="DropNest Support",
    date=d(4, 14, 10), subject=f"[DropNest Support] #DN-55902 Re: {R1}", reply_to_req=mid(R1),
    body=f"""Hello,

Thank you for your report. Ticket DN-55902 has been created for it.

Our team has already removed the following file:
{DROP[8]}

The remaining links are still being reviewed and you will hear from us
separately.

DropNest Support
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk acknowledgement that also reports one action taken",
    why="receipt wording plus an unhedged removal of one named file: not a pure acknowledgement",
    items={DROP[8]: "removed"},
)

case(
    name="dn-outlook-original-message",
    **{"from": "legal@dropnest.example"}, name_from="Ana Ribeiro",
    date=d(6, 18, 3, CET), subject=f"RE: {R1} - request to remove content", reply_to_req=mid(R1),
    body=f"""Hello,

The files {DROP[10]} and
{DROP[12]} were taken down on 6 September.

Kind regards,
Ana Ribeiro
Legal Counsel | DropNest

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@dropnest.example
Subject: {R1} - request to remove content

{request_text(R1)}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' with the request below unquoted",
    why="two files taken down; the rest only appear in the original message",
    items={DROP[10]: "removed", DROP[12]: "removed", DROP[0]: "pending", DROP[2]: "pending"},
)

# ============ Nimbus Hosting (host), R2 (4 items) and R7 (1 item) ============

case(
    name="nh-one-liner-sole-item",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
    date=d(13, 9, 12, UTC), subject=f"Re: [{R7}] Removal request", reply_to_req=mid(R7),
    body="""Hi,

Customer has deleted the content. Closing this one.

Regards
Tomasz
Nimbus Hosting Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk one-line closing reply",
    why="one-item request; the reply states the content is deleted (after our notice, at the host's prompt)",
    items={NH1[0]: "removed"},
)

case(
    name="nh-suspended-and-deleted",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
    date=d(6, 7, 55, UTC), subject=f"[NH-778812] Your complaint {R2}", reply_to_req=mid(R2),
    body=f"""Hello,

Following your complaint {R2}:

* {NH[0]} -- the hosting account for bamboo-shop.example is
  suspended; the site now shows our suspension page to every visitor.
* {NH[1]} -- the customer removed the article; the URL
  returns 404.

The remaining two URLs are still with the customer; we gave them until
13 September to respond.

Nimbus Hosting Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse ticket update (account suspension, customer removal)",
    why="account suspended for everyone (removed); article removed (removed); two URLs still with the customer stay pending",
    items={NH[0]: "removed", NH[1]: "removed", NH[2]: "pending", NH[3]: "pending"},
)

case(
    name="nh-origin-host-wrong-platform",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
    date=d(13, 4, 20, UTC), subject=f"Fwd report from EdgeShield / your ref {R6}",
    body=f"""Hello,

EdgeShield passed us your report {R6}; we host the origin server for
mirror-toons.example.

The pages
{ES[0]}
{ES[1]}
have been removed from the customer's server.

Nimbus Hosting Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="origin hosting provider answering a report forwarded by a CDN",
    why="Nimbus states statuses for items of the EdgeShield request",
    items={ES[0]: "pending", ES[1]: "pending"},
)

_dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: abuse@nimbushost.example
Subject: {R2} - request to remove content
Date: {d(4, 10, 0)}
Message-ID: <{mid(R2)}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{request_text(R2)}"""
case(
    name="nh-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mail2.nimbushost.example"}, name_from="Mail Delivery System",
    date=d(4, 10, 1), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.5521.mail2"

--DSN.5521.mail2
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail2.nimbushost.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@nimbushost.example>: mailbox is full (quota exceeded)

--DSN.5521.mail2
Content-Type: message/delivery-status

Reporting-MTA: dns; mail2.nimbushost.example
Arrival-Date: {d(4, 10, 0)}

Final-Recipient: rfc822; abuse@nimbushost.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--DSN.5521.mail2
Content-Type: message/rfc822

{_dsn_orig}
--DSN.5521.mail2--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report (mailbox full) returning the request",
    why="a bounce; the URLs are in the returned request only",
    items={NH[0]: "pending"},
)

case(
    name="nh-hedge-may-have-been",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
    date=d(7, 3, 2, UTC), subject=f"Re: {R2}", reply_to_req=mid(R2),
    body=f"""Hello,

We checked {NH[2]} -- it looks like the gallery may
have been emptied by the user, but our logs don't let us confirm it yet.
We'll get back to you once we know more.

Tomasz
Nimbus Hosting Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk interim reply with an unconfirmed observation",
    why="'looks like ... may have been emptied', explicitly unconfirmed: a hedge, no status",
    items={NH[2]: "pending"},
)

case(
    name="nh-numbered-mixed-results",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
    date=d(10, 8, 30, UTC), subject=f"Abuse case NH-778812 closed (your ref {R2})", reply_to_req=mid(R2),
    body=f"""Dear KCSC,

We have finished handling your complaint. Results:

1. {NH[0]}
   Content removed by us from the customer's web space.

2. {NH[1]}
   No action. The article is reporting by a registered news outlet and
   does not violate our Acceptable Use Policy
   (https://nimbushost.example/legal/aup).

3. {NH[2]}
   We have no account named hanul77; this address does not exist on our
   platform.

4. {NH[3]}
   The customer has geo-blocked the file for visitors from South Korea.

The case is now closed. If you disagree, reply to this email.

Nimbus Hosting Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider case-closure mail with a numbered per-URL result list",
    why="removed, rejected with reason, not_found (no such account), restricted (geo-blocked for Korea); AUP link not an item",
    items={NH[0]: "removed", NH[1]: "rejected", NH[2]: "not_found", NH[3]: "restricted"},
)

case(
    name="nh-angle-brackets-wrapped",
    **{"from": "noc@nimbushost.example"}, name_from="Nimbus NOC",
    date=d(8, 22, 15, UTC), subject=f"Re: {R2} - request to remove content", reply_to_req=mid(R2),
    body="""Hi,

Done. We pulled the shop's vhost, so <http://www.bamboo-shop.example/
sale/item.php?id=3301> is disabled, and we also disabled the vhost that
served <https://dl.cheongsan-news.example/video/4410.mp4>. Both answer
410 Gone to everyone now.

Regards,
Nimbus NOC
""",
    outcome="applied", classification="confirmation",
    imitates="NOC engineer reply with URLs in angle brackets, one wrapped by the mail client",
    why="both URLs disabled for everyone (410 Gone): removed; the first URL is wrapped inside its angle brackets",
    items={NH[0]: "removed", NH[3]: "removed"},
)

# ============ RegDot (registrar), R3: 3 domains ============

case(
    name="rd-clienthold-and-expired",
    **{"from": "abuse@regdot.example"}, name_from="RegDot Abuse",
    date=d(6, 3, 12, UTC), subject=f"RegDot abuse report #RD-24-09131 ({R3})", reply_to_req=mid(R3),
    body=f"""Dear Reporter,

Thank you for your report {R3}. Our findings:

Domain:  lucky-777-slot.example
Status:  clientHold applied 2024-09-06 03:05 UTC
Result:  the domain no longer resolves.

Domain:  free-webtoon-zone.example
Status:  not found in our registration records
Result:  the registration expired and the domain was deleted on
         2 September 2024, before your report.

Domain:  kr-pharma-direct.example
Status:  under investigation

RegDot Abuse Team
https://regdot.example/abuse-policy
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse-team findings per domain (clientHold, expired domain)",
    why="clientHold, no longer resolves (removed); expired and deleted before the report (not_found); third under investigation",
    items={RD[0]: "removed", RD[2]: "not_found", RD[1]: "pending"},
)

case(
    name="rd-refuses-without-court-order",
    **{"from": "abuse@regdot.example"}, name_from="RegDot Abuse",
    date=d(10, 6, 40, UTC), subject=f"Re: RegDot abuse report #RD-24-09131 ({R3})", reply_to_req=mid(R3),
    body=f"""Dear Reporter,

Regarding {RD[1]}: RegDot is only the registrar of this domain. The
website content is not hosted by us, and what you describe is not DNS
abuse under our policy, so we will not suspend the domain without an
order from a competent court. Please contact the hosting provider of the
site.

RegDot Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar refusal: not DNS abuse, court order required",
    why="explicit refusal to act, with its reason: the domain stays up (rejected)",
    items={RD[1]: "rejected"},
)

case(
    name="rd-reseller-unknown-sender",
    **{"from": "compliance@namesbaza.example"}, name_from="NamesBaza Compliance",
    date=d(7, 12, 0), subject=f"Re: {R3} domains suspended",
    body=f"""Hello,

We are a reseller of RegDot. The three domains in your report {R3} are
registered through our account and have all been suspended:

{RD[0]}
{RD[1]}
{RD[2]}

NamesBaza Compliance
""",
    outcome="review", review="unknown_sender",
    imitates="domain reseller answering on behalf of the registrar",
    why="sender domain belongs to no configured platform",
    items={RD[0]: "pending", RD[1]: "pending", RD[2]: "pending"},
)

case(
    name="rd-asks-for-evidence",
    **{"from": "abuse@regdot.example"}, name_from="RegDot Abuse",
    date=d(5, 20, 30, UTC), subject=f"RegDot abuse report #RD-24-09131 - more information needed ({R3})",
    reply_to_req=mid(R3),
    body=f"""Dear Reporter,

To act on your report {R3} we need, for each domain:

  - evidence of the unlawful content (screenshots with date and time,
    and the exact page URL where it appears), and
  - the legal provision under Korean law that the content breaches.

Please reply to this email with the documents. Without them we cannot
proceed.

RegDot Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking the complainant for evidence before acting",
    why="asks us for documents; no status",
    items={RD[0]: "pending"},
)

case(
    name="rd-serverhold-list",
    **{"from": "abuse@regdot.example"}, name_from="RegDot Abuse",
    date=d(12, 1, 5, UTC), subject=f"Re: RegDot abuse report #RD-24-09131 ({R3}) - update", reply_to_req=mid(R3),
    body="""Update on your report:

https://kr-pharma-direct.example -- suspended (serverHold set by the
registry at our request on 11 September)
https://free-webtoon-zone.example -- suspended (clientHold)

RegDot Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar update listing suspended domains",
    why="both domains suspended (no longer resolve for anyone): removed; URLs lack the trailing slash",
    items={RD[1]: "removed", RD[2]: "removed"},
)

# ============ 꿀포럼 (Korean forum), R4: 5 posts ============

case(
    name="gf-admin-korean-particles",
    **{"from": "admin@ggulforum.example"}, name_from="꿀포럼 운영자",
    date=d(10, 23, 41), subject=f"Re: {R4} 게시물 조치 요청", reply_to_req=mid(R4),
    body=f"""안녕하세요, 꿀포럼 운영자입니다.

말씀하신 {FREE_RAW} 글은 삭제했습니다.
{GF[0]}은 블라인드 처리했고요,
갤러리 글（{GF[4]}）도 삭제했습니다.

나머지 두 개는 좀 더 보고 말씀드릴게요.
""",
    outcome="applied", classification="confirmation",
    imitates="small forum admin's informal Korean reply",
    why="raw Korean path deleted, post with particle attached blinded (removed), gallery post in full-width parentheses deleted; two others pending",
    items={FREE_PCT: "removed", GF[0]: "removed", GF[4]: "removed", GF[1]: "pending", GF[2]: "pending"},
)

case(
    name="gf-imsijochi-notice",
    **{"from": "admin@ggulforum.example"}, name_from="꿀포럼",
    date=d(11, 14, 0), subject=f"[꿀포럼] 게시물 임시조치 결과 안내 ({R4})", reply_to_req=mid(R4),
    body=f"""방송통신심의위원회 귀중

귀 위원회의 요청({R4})에 따라 아래 게시물에 대하여 「정보통신망 이용촉진 및
정보보호 등에 관한 법률」 제44조의2에 따른 임시조치(30일간 접근 제한)를
하였음을 알려드립니다.

- {GF[1]}
- {GF[2]}

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 삭제될 예정입니다.

꿀포럼 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 임시조치 (temporary measure) notice",
    why="임시조치, 30-day access restriction: restricted; the later deletion is only conditional",
    items={GF[1]: "restricted", GF[2]: "restricted"},
)

_gf_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>요청번호 {R4} 건에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>번호</th><th>게시물 주소</th><th>조치 결과</th><th>비고</th></tr></thead>
<tbody>
<tr><td>1</td><td><a href="{GF[0]}">{GF[0]}</a></td><td>삭제</td><td></td></tr>
<tr><td>2</td><td><a href="{GF[1]}">{GF[1]}</a></td><td>게시중단</td><td></td></tr>
<tr><td>3</td><td><a href="{FREE_PCT}">{FREE_RAW}</a></td><td>해당 게시물 없음</td><td>작성자가 요청 전 삭제</td></tr>
<tr><td>4</td><td><a href="{GF[2]}">{GF[2]}</a></td><td>조치 불가</td><td>게시판 운영정책 위반 아님, 위법성 확인 어려움</td></tr>
</tbody></table>
<p>꿀포럼 운영팀</p>
</body></html>
"""
case(
    name="gf-html-table-korean",
    **{"from": "help@ggulforum.example"}, name_from="꿀포럼 운영팀",
    date=d(12, 11, 20), subject=f"[회신] {R4} 시정요구 조치결과", reply_to_req=mid(R4),
    type="html", body=_gf_html,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 HTML table",
    why="삭제 and 게시중단 (removed), 해당 게시물 없음 deleted by author (not_found), 조치 불가 with reason (rejected)",
    items={GF[0]: "removed", GF[1]: "removed", FREE_PCT: "not_found", GF[2]: "rejected"},
)

case(
    name="gf-promise-korean",
    **{"from": "admin@ggulforum.example"}, name_from="꿀포럼 운영자",
    date=d(9, 16, 5), subject=f"Re: {R4} 게시물 조치 요청", reply_to_req=mid(R4),
    body=f"""안녕하세요.

요청하신 게시물({GF[4]}, {GF[0]})은
내부 검토 후 조치할 예정입니다. 결과는 추후 회신드리겠습니다.

꿀포럼 운영자 드림
""",
    outcome="review", review="not_understood",
    imitates="Korean forum admin's 'will act after review' reply",
    why="조치할 예정 is a promise; no status",
    items={GF[4]: "pending", GF[0]: "pending"},
)

case(
    name="gf-receipt-korean",
    **{"from": "noreply@ggulforum.example"}, name_from="꿀포럼 고객센터",
    date=d(9, 11, 1), subject="[꿀포럼 고객센터] 문의가 접수되었습니다 (접수번호 GF-0909-0042)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 꿀포럼 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다. (접수번호 GF-0909-0042)
담당자 확인 후 순차적으로 답변드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean help-centre receipt (문의 접수 안내)",
    why="pure receipt with a number",
)

case(
    name="gf-inline-reply-under-quotes",
    **{"from": "admin@ggulforum.example"}, name_from="꿀포럼 운영자",
    date=d(10, 9, 30), subject=f"Re: {R4} 게시물 조치 요청", reply_to_req=mid(R4),
    body=f"""2024년 9월 9일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 아래 게시물에 대하여 시정요구(삭제 또는 접속차단)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.
>
> {GF[1]}

삭제했습니다.

> {GF[2]}

이건 단순 유머글이고 운영 규정 위반이 아니라서 삭제하지 않겠습니다.

> 조치 결과는 이 주소로 회신 바랍니다.

위 두 건 외에는 아직 확인 중입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="inline (interleaved) reply under quoted request lines",
    why="admin's own unquoted lines under each quoted URL: deleted (removed); not deleted because no rule broken (rejected)",
    items={GF[1]: "removed", GF[2]: "rejected"},
)

_mdn_part2 = f"""Reporting-UA: ggulforum.example; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@ggulforum.example
Original-Message-ID: <{mid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""
case(
    name="gf-read-receipt",
    **{"from": "admin@ggulforum.example"}, name_from="꿀포럼 운영자",
    date=d(9, 13, 22), subject=f"읽음 확인: {R4} 게시물 조치 요청", reply_to_req=mid(R4),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7c1a"

--mdn-7c1a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

이 메일은 {d(9, 10, 0)}에 KCSC Takedown <takedown@kcsc.example>이(가) 보낸 메시지의 수신 확인입니다.

메시지가 수신자의 화면에 표시되었습니다. 메시지를 읽었거나 이해했다는 뜻은 아닙니다.

--mdn-7c1a
Content-Type: message/disposition-notification

{_mdn_part2}
--mdn-7c1a--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird Korean read receipt (MDN)",
    why="read receipt",
)

case(
    name="gf-chuseok-out-of-office",
    **{"from": "admin@ggulforum.example"}, name_from="꿀포럼 운영자",
    date=d(14, 8, 0), subject=f"[자동응답] Re: {R4} 게시물 조치 요청", reply_to_req=mid(R4),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, 꿀포럼 운영자입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 메일 확인이 어렵습니다.
연휴가 끝난 뒤 순서대로 답변드리겠습니다.

즐거운 한가위 보내세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) out-of-office auto-reply",
    why="auto-reply",
)

_gf_csv = (
    "\ufeff번호,URL,조치,처리일\r\n"
    f"1,{GF[0]},삭제,2024-09-12\r\n"
    f"2,{GF[2]},임시조치,2024-09-12\r\n"
    f"3,{GF[4]},비공개 처리,2024-09-12\r\n"
)
_gf_body64 = b64("안녕하세요. 요청 건 처리 결과 파일 첨부합니다.\n확인 부탁드립니다.\n\n꿀포럼 운영팀\n")
_gf_fn = base64.b64encode("조치결과_0912.csv".encode()).decode()
case(
    name="gf-csv-korean-attachment",
    **{"from": "help@ggulforum.example"}, name_from="꿀포럼 운영팀",
    date=d(12, 18, 2), subject=f"Re: {R4} 처리 결과", reply_to_req=mid(R4),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_Part_3312_ggul"

------=_Part_3312_ggul
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{_gf_body64}
------=_Part_3312_ggul
Content-Type: text/csv; charset=utf-8; name="=?UTF-8?B?{_gf_fn}?="
Content-Disposition: attachment; filename="=?UTF-8?B?{_gf_fn}?="
Content-Transfer-Encoding: base64

{b64(_gf_csv)}
------=_Part_3312_ggul--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum team sending a result CSV (UTF-8 with BOM, Korean headers)",
    why="CSV: 삭제 (removed), 임시조치 (restricted), 비공개 처리 (removed)",
    items={GF[0]: "removed", GF[2]: "restricted", GF[4]: "removed"},
)

# ============ Pinechan (image board), R5: 3 items ============

case(
    name="pc-janitor-informal",
    **{"from": "mods@pinechan.example"}, name_from="pinechan mods",
    date=d(10, 21, 17, UTC), subject=f"Re: {R5}", reply_to_req=mid(R5),
    body="""hi,

deleted https://pinechan.example/b/thread/480112 and the image
https://i.pinechan.example/b/1725890012345.jpg, poster is banned.

https://pinechan.example/b/thread/480391 got pruned off the board before we
saw your mail (threads expire after 3 days), so there's nothing left there.

- janny team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's lowercase one-paragraph reply",
    why="thread and image deleted (removed); the thread holding the requested post had expired before the mail (not_found)",
    items={PC[0]: "removed", PC[2]: "removed", PC[1]: "not_found"},
)

case(
    name="pc-admin-personal-gmail",
    **{"from": "pinechan.owner@gmail.com"}, name_from="pinechan admin",
    date=d(11, 2, 48, UTC), subject=f"Re: {R5}",
    body=f"""hey, I run pinechan. deleted all 3 links from {R5}:

{PC[0]}
{PC[1]}
{PC[2]}

sorry for the slow answer
""",
    outcome="review", review="unknown_sender",
    imitates="small-site admin answering from a personal webmail address",
    why="gmail.com is not Pinechan's sender domain",
    items={PC[0]: "pending", PC[1]: "pending", PC[2]: "pending"},
)

case(
    name="pc-rejected-drawing",
    **{"from": "mods@pinechan.example"}, name_from="pinechan mods",
    date=d(12, 6, 3, UTC), subject=f"Re: {R5}", reply_to_req=mid(R5),
    body=f"""re {R5}: looked at {PC[1]} -- it's a drawing of a
fictional character, nothing illegal, and it doesn't break our rules, so
it stays up.
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator refusing with a short reason",
    why="stays up because it breaks no rule: rejected",
    items={PC[1]: "rejected"},
)

case(
    name="pc-noreply-autoresponder",
    **{"from": "noreply@pinechan.example"}, name_from="Pinechan",
    date=d(10, 10, 0), subject=f"Re: {R5} - request to remove content", reply_to_req=mid(R5),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""Thanks for your email. This mailbox is not read by staff.

To report a post, use the [report] link next to it. For legal matters see
https://pinechan.example/legal.

(this is an automatic message)
""",
    outcome="ignored", classification="auto_reply",
    imitates="unmonitored-mailbox autoresponder of a small site",
    why="auto-reply; links are the platform's own pages",
)

case(
    name="pc-generic-policy-no-claims",
    **{"from": "support@pinechan.example"}, name_from="Pinechan Support",
    date=d(11, 18, 30, UTC), subject="Your message to Pinechan",
    body="""Hi,

thanks for getting in touch. Pinechan removes anything illegal as soon as
the janitors see it, and we cooperate with the authorities.

Our rules: https://pinechan.example/rules
How to report a post: https://pinechan.example/faq#report

Pinechan Support
""",
    outcome="review", review="no_claims",
    imitates="generic policy answer from a small site's support address",
    why="trusted, names no item and no request; only policy/help links",
)

# ============ EdgeShield (CDN), R6: 2 items ============

case(
    name="es-not-the-host",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date=d(11, 16, 4, UTC), subject=f"EdgeShield abuse report ES-2024-118734 ({R6})", reply_to_req=mid(R6),
    body=f"""Hello,

EdgeShield provides reverse proxy and CDN services for mirror-toons.example
and is not the hosting provider for the content at the URLs you reported:

  {ES[0]}
  {ES[1]}

We have forwarded your report to the website owner and to the hosting
provider (Nimbus Hosting, abuse@nimbushost.example), who are best placed to
act on it. EdgeShield cannot remove content it does not host.

EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are a pass-through provider, report forwarded to the host' reply",
    why="names both items but states no status for them (forwarded to host)",
    items={ES[0]: "pending", ES[1]: "pending"},
)

case(
    name="es-geo-block-korea",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date=d(13, 9, 0, UTC), subject=f"Re: EdgeShield abuse report ES-2024-118734 ({R6})", reply_to_req=mid(R6),
    body=f"""Hello,

Following your report, EdgeShield has blocked access to the following URLs
for visitors connecting from the Republic of Korea:

{ES[0]}
{ES[1]}

The content remains reachable from other countries.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN country-level block notice",
    why="blocked for Korea only: restricted",
    items={ES[0]: "restricted", ES[1]: "restricted"},
)

_es_html = f"""<html><body>
<p>Hello,</p>
<p>Update on abuse report ES-2024-118734 ({R6}):</p>
<ul>
<li><a href="{ES[0]}">{ES[0]}</a> &ndash; the customer removed the page; it now returns HTTP 404 to all visitors.</li>
<li><a href="{ES[1]}">{ES[1]}</a> &ndash; we have disabled access to this page globally on our network.</li>
</ul>
<p>See our <a href="https://edgeshield.example/trust/abuse-policy">abuse policy</a> for how we handle reports.</p>
<p>EdgeShield Trust &amp; Safety</p>
</body></html>
"""
case(
    name="es-html-list-removed",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date=d(16, 10, 30, UTC), subject=f"Re: EdgeShield abuse report ES-2024-118734 ({R6}) - resolved",
    reply_to_req=mid(R6), type="html", body=_es_html,
    outcome="applied", classification="confirmation",
    imitates="CDN HTML resolution mail with a bulleted list",
    why="page removed (404 for everyone) and page disabled globally: both removed",
    items={ES[0]: "removed", ES[1]: "removed"},
)

HEADER = """# Blind set 253 (hosting providers, CDN, registrar, forum, image board,
# file host; informal replies, CSV attachments and plain-text tables).
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind253", HEADER, C)
