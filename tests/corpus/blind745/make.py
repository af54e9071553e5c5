#!/usr/bin/env python3
"""Blind set 745: hosting providers, a CDN, a registrar, a forum, an image
board, a file host and a paste service answering (often informally), plus
spreadsheets (CSV attachments) and plain-text tables.

Written from each email's meaning before any run of the reader.
Deterministic: `python3 tests/corpus/blind745/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
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

SET = "blind745"

# ---------------------------------------------------------------- requests
REQ = {
    "fb": ("KCSC-240903-01", "filebox", "2024-09-03", "2024-09-10", "illegal_filming"),
    "nh": ("KCSC-240903-02", "nimbushost", "2024-09-03", "2024-09-10", "privacy"),
    "rg": ("KCSC-240905-03", "hanbitdomain", "2024-09-05", "2024-09-12", "gambling"),
    "sb": ("KCSC-240909-04", "ssulbang", "2024-09-09", "2024-09-16", "defamation"),
    "ic": ("KCSC-240910-05", "imgchan", "2024-09-10", "2024-09-17", "obscenity"),
    "es": ("KCSC-240911-06", "edgeshield", "2024-09-11", "2024-09-18", "illegal_filming"),
    "ps": ("KCSC-240912-07", "pastery", "2024-09-12", "2024-09-19", "privacy"),
}

F = {i: u for i, u in enumerate([
    "https://filebox.example/f/Ab3xY7Qz",
    "https://filebox.example/f/Kp9LmN2w",
    "https://filebox.example/f/Tz4Rq8Vb",
    "https://filebox.example/f/Hc6Ds1Ue",
    "https://filebox.example/f/Wy2Gn5Jo",
    "https://filebox.example/f/Lm8Pk3Xa",
    "https://filebox.example/f/Qe1Vb7Ns",
    "https://filebox.example/f/Rd5Ut9Cm",
    "https://filebox.example/f/Zx0Ha4Kf",
    "https://filebox.example/folder/Mn7Ej2Lp",
    "https://filebox.example/f/Bv3Ys6Tw",
    "https://filebox.example/f/Uo8Ic1Dr",
    "https://filebox.example/f/Ga5Wq2Hy",
    "https://filebox.example/f/Ej9Rk4Mb",
], start=1)}
N = {
    1: "http://moa-gallery.example/albums/2024/summer/",
    2: "https://hanul-shop.example/p/8812",
    3: "https://cdn.hanul-shop.example/img/8812_full.jpg",
    4: "http://198.51.100.77/~bori/leak.html",
}
D = {
    1: "http://sabu-tv.example/",
    2: "https://onnuri-bet7.example/",
    3: "https://kkultip-live.example/watch",
}
S3_RAW = "https://ssulbang.example/board/자유/99013"
S = {
    1: "https://ssulbang.example/board/free/183402",
    2: "https://ssulbang.example/board/humor/77120",
    3: "https://ssulbang.example/board/%EC%9E%90%EC%9C%A0/99013",
    4: "https://ssulbang.example/bbs/view.php?id=issue&no=5521",
    5: "https://ssulbang.example/board/free/183477",
}
I = {
    1: "https://imgchan.example/b/res/440120.html",
    2: "https://imgchan.example/kr/res/98811.html",
    3: "https://i.imgchan.example/src/1725849300123.jpg",
}
E = {
    1: "https://static-kr.edgeshield.example/u/88120/clip0931.mp4",
    2: "https://yeoul-archive.example/",
}
P = {1: "https://pastery.example/Qm7tLx2p"}

ITEMS = {"fb": F, "nh": N, "rg": D, "sb": S, "ic": I, "es": E, "ps": P}
NOTES = {
    "fb": "files shared from one uploader account",
    "nh": "customer sites on a shared host",
    "rg": "gambling domains; registrar only",
    "sb": "forum posts naming a private person",
    "ic": "threads and one image",
    "es": "one file on edge storage, one proxied site",
    "ps": "one paste with personal data",
}


def msgid(key):
    return "req." + REQ[key][0]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for key, (ref, plat, sent, due, cat) in REQ.items():
        for _, url in sorted(ITEMS[key].items()):
            w.writerow([ref, plat, sent, due, url, cat, msgid(key) + "@kcsc.example", NOTES[key]])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def request_text(key):
    ref, plat, sent, due, cat = REQ[key]
    urls = "\n".join(f"{n}. {u}" for n, u in sorted(ITEMS[key].items()))
    return (
        f"Dear {plat} team,\n\n"
        f"The Korea Communications Standards Commission asks you to remove or block\n"
        f"the following content (our reference {ref}), by {due}:\n\n{urls}\n\n"
        f"Please reply to this address with the action taken for each URL.\n\n"
        f"KCSC Takedown Desk"
    )


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def auto_headers():
    return ["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"]


cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ Filebox
fb = REQ["fb"][0]

csv_rows = [
    ("file_url", "action_taken", "notes"),
    (F[1], "removed", "ToS 4.2"),
    (F[2], "removed", "ToS 4.2"),
    (F[3], "removed", "ToS 4.2"),
    (F[4], "not found", "no file under this key"),
    (F[5], "removed", "ToS 4.2"),
    (F[6], "geo-blocked (KR)", "lawful elsewhere; blocked for Korean IPs"),
    (F[7], "removed", ""),
    (F[8], "removed", ""),
    (F[9], "not found", "deleted by uploader before review"),
    (F[10], "removed", "whole folder disabled"),
    (F[11], "removed", ""),
    (F[12], "no action", "no violation of our terms found; file stays online"),
    (F[13], "removed", ""),
    (F[14], "removed", "hash blocked against re-upload"),
]
cbuf = io.StringIO()
csv.writer(cbuf, lineterminator="\r\n").writerows(csv_rows)
case(
    name="fb-csv-attachment-result",
    date="Thu, 05 Sep 2024 11:42:10 +0900",
    **{"from": "abuse@filebox.example"}, name_from="Filebox Abuse",
    subject=f"Re: [{fb}] Removal request - outcome attached",
    reply_to_req=msgid("fb"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fbx-7731-aa"

--fbx-7731-aa
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

We have finished processing your notice {fb}. The outcome for each of the
14 links is in the attached spreadsheet (one row per link).

Our abuse policy: https://filebox.example/legal/abuse

Best regards,
Filebox Trust & Safety

--fbx-7731-aa
Content-Type: text/csv; charset=utf-8; name="{fb}-outcome.csv"
Content-Disposition: attachment; filename="{fb}-outcome.csv"
Content-Transfer-Encoding: base64

{b64(cbuf.getvalue())}
--fbx-7731-aa--
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse team returning a per-link outcome spreadsheet (CSV attachment)",
    why="CSV attachment states an action for each of the 14 links",
    items={F[1]: "removed", F[2]: "removed", F[3]: "removed", F[4]: "not_found",
           F[5]: "removed", F[6]: "restricted", F[7]: "removed", F[8]: "removed",
           F[9]: "not_found", F[10]: "removed", F[11]: "removed", F[12]: "rejected",
           F[13]: "removed", F[14]: "removed"},
)

case(
    name="fb-plain-text-table",
    date="Wed, 04 Sep 2024 17:05:44 +0900",
    **{"from": "support@filebox.example"}, name_from="Filebox Support",
    subject=f"Re: [{fb}] Removal request",
    reply_to_req=msgid("fb"),
    body=f"""Hi,

first batch done, rest tomorrow.

  LINK                                      RESULT
  ----------------------------------------  ---------------------------
  {F[1]:<40}  deleted
  {F[2]:<40}  not found (bad key?)
  {F[3]:<40}  deleted
  {F[4]:<40}  deleted
  {F[5]:<40}  blocked in Korea only

Min-seo
Filebox support
""",
    outcome="applied", classification="confirmation",
    imitates="support agent pasting a fixed-width plain-text table from an internal tool",
    why="fixed-width table, one result per link for the first five links",
    items={F[1]: "removed", F[2]: "not_found", F[3]: "removed", F[4]: "removed",
           F[5]: "restricted"},
)

case(
    name="fb-abuse-one-word",
    date="Wed, 04 Sep 2024 09:13:02 +0900",
    **{"from": "abuse@filebox.example"}, name_from="abuse",
    subject=f"Re: [{fb}] Removal request",
    reply_to_req=msgid("fb"),
    body=f"""Removed.

{F[3]}
{F[4]}

--
Filebox abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="one-word abuse-desk reply with the handled links pasted below",
    why="'Removed.' followed by the two links it covers",
    items={F[3]: "removed", F[4]: "removed"},
)

case(
    name="fb-bulk-all-deleted",
    date="Fri, 06 Sep 2024 10:00:31 +0900",
    **{"from": "abuse@filebox.example"}, name_from="Filebox Trust & Safety",
    subject=f"Re: [{fb}] Removal request",
    reply_to_req=msgid("fb"),
    body=f"""Hello,

All files listed in your notice {fb} have been deleted and the uploader's
account has been closed for repeated violations.

Kind regards,
Filebox Trust & Safety
https://filebox.example/legal/abuse
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="file host closing an uploader account, one sentence for the whole notice",
    why="one sentence about all 14 links without naming any: bulk",
    items={},
)

case(
    name="fb-ticket-receipt",
    date="Tue, 03 Sep 2024 16:22:19 +0900",
    **{"from": "noreply@filebox.example"}, name_from="Filebox Support",
    subject=f"[Ticket #FB-20931] Re: [{fb}] Removal request",
    reply_to_req=msgid("fb"),
    body=f"""Thank you for contacting Filebox.

Your message has been received and ticket #FB-20931 has been opened.
A member of our abuse team will look at it; most reports are handled
within two business days.

You can follow the ticket at https://help.filebox.example/tickets/FB-20931

This is an automated message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (Zendesk/Freshdesk style)",
    why="pure receipt: ticket opened, nothing about any link",
    items={},
)

case(
    name="fb-queued-for-deletion",
    date="Thu, 05 Sep 2024 08:51:37 +0900",
    **{"from": "abuse@filebox.example"}, name_from="Filebox Abuse",
    subject=f"Re: [{fb}] Removal request",
    reply_to_req=msgid("fb"),
    body=f"""Hi,

These three are queued for deletion and will be gone within 24 hours once
the storage job runs:

- {F[5]}
- {F[6]}
- {F[7]}

We'll confirm when it's done.

Jun
Filebox abuse
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="abuse desk announcing a scheduled deletion job",
    why="'queued' and 'will be gone' are promises, not statements: items stay pending",
    items={F[5]: "pending", F[6]: "pending", F[7]: "pending"},
)

case(
    name="fb-top-posted-over-request",
    date="Thu, 05 Sep 2024 14:30:05 +0900",
    **{"from": "abuse@filebox.example"}, name_from="Filebox Abuse",
    subject=f"Re: [{fb}] Removal request",
    reply_to_req=msgid("fb"),
    body=f"""Update on the rest of your list:

{F[8]} - removed
{F[9]} - removed
{F[10]} - the owner had already emptied and deleted this folder, nothing left for us to remove

Jun
Filebox abuse

On Tue, 3 Sep 2024 at 16:10, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("fb"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the quoted request",
    why="three links answered above the quote; the quoted 14 links say nothing",
    items={F[8]: "removed", F[9]: "removed", F[10]: "not_found"},
)

html_rows = "".join(
    f'<tr><td><a href="{u}">{u}</a></td><td>{s}</td></tr>\n'
    for u, s in [(F[11], "Removed"), (F[12], "Removed"),
                 (F[13], "Access blocked in South Korea"), (F[14], "File not found")]
)
case(
    name="fb-html-table",
    date="Fri, 06 Sep 2024 15:48:50 +0900",
    **{"from": "legal@filebox.example"}, name_from="Filebox Legal",
    subject=f"Re: [{fb}] Removal request - status",
    reply_to_req=msgid("fb"),
    type="html",
    body=f"""<html><body>
<p>Dear KCSC,</p>
<p>Please see below the status of the remaining links in {fb}.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Status</th></tr>
{html_rows}</table>
<p>Information on our process: <a href="https://filebox.example/legal/transparency">Transparency</a></p>
<p>Filebox Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="legal team HTML reply with a URL/status table",
    why="HTML table gives a status per link",
    items={F[11]: "removed", F[12]: "removed", F[13]: "restricted", F[14]: "not_found"},
)

case(
    name="fb-base64-korean",
    date="Wed, 04 Sep 2024 13:20:12 +0900",
    **{"from": "kr-support@filebox.example"}, name_from="Filebox 한국 지원팀",
    subject=f"RE: [{fb}] 삭제 요청",
    reply_to_req=msgid("fb"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요, Filebox 한국 지원팀입니다.

요청하신 건({fb}) 중 아래 두 건을 먼저 확인하였습니다.

{F[1]} : 삭제 조치 완료
{F[2]} : 업로더가 이미 삭제한 파일로 확인됩니다

나머지 링크는 확인 후 다시 회신드리겠습니다.

감사합니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean support desk reply sent base64-encoded",
    why="one link deleted, one already deleted by its uploader; the rest promised",
    items={F[1]: "removed", F[2]: "not_found"},
)

case(
    name="fb-auth-fail",
    date="Thu, 05 Sep 2024 02:14:55 +0900",
    **{"from": "abuse@filebox.example"}, name_from="Filebox Abuse",
    auth="fail",
    subject=f"Re: [{fb}] Removal request",
    body=f"""Hello,

{F[5]} has been removed.
{F[6]} has been removed.

Filebox Abuse
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="abuse-desk confirmation whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails: nothing applied",
    items={F[5]: "pending", F[6]: "pending"},
)

case(
    name="fb-out-of-office",
    date="Tue, 03 Sep 2024 16:11:03 +0900",
    **{"from": "jun.lee@filebox.example"}, name_from="Jun Lee",
    subject=f"Automatic reply: [{fb}] Removal request",
    reply_to_req=msgid("fb"),
    extra_headers=auto_headers(),
    body="""I am out of the office until Monday 9 September with limited access to
email. Abuse reports are still handled by the team at abuse@filebox.example.

Jun
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="fb-read-receipt",
    date="Tue, 03 Sep 2024 17:02:40 +0900",
    **{"from": "abuse@filebox.example"}, name_from="Filebox Abuse",
    subject=f"Read: [{fb}] Removal request",
    reply_to_req=msgid("fb"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-20931"

--mdn-20931
Content-Type: text/plain; charset=utf-8

Your message

  To: abuse@filebox.example
  Subject: [{fb}] Removal request
  Sent: Tuesday, 3 September 2024 16:10 (UTC+09:00)

was read on Tuesday, 3 September 2024 17:02 (UTC+09:00).

--mdn-20931
Content-Type: message/disposition-notification

Reporting-UA: mail.filebox.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;abuse@filebox.example
Original-Message-ID: <{msgid("fb")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-20931--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (RFC 8098 MDN)",
    why="read receipt",
    items={},
)

case(
    name="fb-csv-pasted-in-body",
    date="Thu, 05 Sep 2024 19:37:28 +0900",
    **{"from": "ops@filebox.example"}, name_from="Filebox Ops",
    subject=f"Re: [{fb}] Removal request",
    reply_to_req=msgid("fb"),
    body=f"""hi - export from our moderation tool for the links you asked about:

url,action,date
{F[5]},deleted,2024-09-05
{F[6]},deleted,2024-09-05
{F[7]},not_found,2024-09-05

- ops
""",
    outcome="applied", classification="confirmation",
    imitates="operator pasting a CSV export into the mail body",
    why="CSV lines in the body, one action per link",
    items={F[5]: "removed", F[6]: "removed", F[7]: "not_found"},
)

# ================================================================ NimbusHost
nh = REQ["nh"][0]

case(
    name="nh-account-suspended",
    date="Wed, 04 Sep 2024 10:05:00 +0900",
    **{"from": "abuse@nimbushost.example"}, name_from="NimbusHost Abuse",
    subject=f"Re: [{nh}] Removal request [NH-ABUSE-77410]",
    reply_to_req=msgid("nh"),
    body=f"""Hello,

Thank you for your report. After checking the material we have suspended
the hosting account that served the site, so
http://moa-gallery.example/albums/2024/summer/ has been disabled and no
longer serves any content.

Regards,
Eun-ji Han
NimbusHost Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="shared-hosting abuse department suspending a customer account",
    why="the reported page is disabled after the account suspension",
    items={N[1]: "removed"},
)

case(
    name="nh-forwarded-to-customer",
    date="Wed, 04 Sep 2024 10:40:18 +0900",
    **{"from": "abuse@nimbushost.example"}, name_from="NimbusHost Abuse",
    subject=f"Re: [{nh}] Removal request [NH-ABUSE-77411]",
    reply_to_req=msgid("nh"),
    body=f"""Hello,

We are a hosting provider and do not control the content of our customers'
websites. We have forwarded your complaint about

  {N[2]}
  {N[3]}

to the customer and asked them to remove the material within 48 hours.
If they do not comply, we will suspend the service and let you know.

Regards,
NimbusHost Abuse Department
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="hosting provider forwarding the complaint to its customer with a deadline",
    why="forwarded to the customer and a conditional promise: no status",
    items={N[2]: "pending", N[3]: "pending"},
)

case(
    name="nh-mixed-prose",
    date="Thu, 05 Sep 2024 16:12:45 +0900",
    **{"from": "abuse@nimbushost.example"}, name_from="NimbusHost Abuse",
    subject=f"Re: [{nh}] Removal request [NH-ABUSE-77411]",
    reply_to_req=msgid("nh"),
    body=f"""Hello again,

Our customer removed the product page {N[2]} and the image behind it
({N[3]}) this morning; we checked and both now return 404.

As for {N[4]}: there is no such file and no user directory "bori" on that
server, so we could not locate it.

Regards,
Eun-ji Han
NimbusHost Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk follow-up after the customer acted",
    why="two items removed by the customer, the third cannot be located",
    items={N[2]: "removed", N[3]: "removed", N[4]: "not_found"},
)

case(
    name="nh-outlook-original-message",
    date="Fri, 06 Sep 2024 09:27:33 +0900",
    **{"from": "jpark@nimbushost.example"}, name_from="Jae Park",
    subject=f"RE: [{nh}] Removal request",
    reply_to_req=msgid("nh"),
    body=f"""Hi,

{N[4]} has been removed and the account involved has been terminated for a
breach of our acceptable use policy.

Regards,
Jae Park
NimbusHost | Abuse & Compliance

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 4:10 PM
To: abuse@nimbushost.example
Subject: [{nh}] Removal request

{request_text("nh")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below '-----Original Message-----'",
    why="only the IP-address item is stated; the unquoted request below is ours",
    items={N[4]: "removed"},
)

case(
    name="nh-dsn-user-unknown",
    date="Tue, 03 Sep 2024 16:10:09 +0900",
    **{"from": "MAILER-DAEMON@mx1.nimbushost.example"}, name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-4F2C1"

--dsn-4F2C1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.nimbushost.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@nimbushost.example>: unknown user: "abuse-kr"

--dsn-4F2C1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.nimbushost.example
Arrival-Date: Tue,  3 Sep 2024 16:10:08 +0900

Final-Recipient: rfc822; abuse-kr@nimbushost.example
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; unknown user: "abuse-kr"

--dsn-4F2C1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@nimbushost.example
Subject: [{nh}] Removal request
Message-ID: <{msgid("nh")}@kcsc.example>
Date: Tue, 03 Sep 2024 16:10:00 +0900

{request_text("nh")}

--dsn-4F2C1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original attached",
    why="bounce; the URLs are only in our returned request",
    items={},
)

case(
    name="nh-appears-offline",
    date="Wed, 04 Sep 2024 18:55:06 +0900",
    **{"from": "abuse@nimbushost.example"}, name_from="NimbusHost Abuse",
    subject=f"Re: [{nh}] Removal request [NH-ABUSE-77410]",
    reply_to_req=msgid("nh"),
    body=f"""Hi,

From what we can see, http://moa-gallery.example/albums/2024/summer/ appears
to be offline already, possibly taken down by the customer. We have not
heard back from them yet and will keep the ticket open until we do.

NimbusHost Abuse
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="abuse desk hedging about a site that seems to be down",
    why="'appears to be offline', 'possibly taken down': hedges, not statements",
    items={N[1]: "pending"},
)

case(
    name="nh-disabled-and-kept",
    date="Sat, 07 Sep 2024 11:18:20 +0900",
    **{"from": "abuse@nimbushost.example"}, name_from="NimbusHost Abuse",
    subject=f"Re: [{nh}] Removal request [NH-ABUSE-77410]",
    reply_to_req=msgid("nh"),
    body=f"""Hello,

Disabled on our servers today:

    {N[1]}

Left online after review; the page is a product listing with a user's
review and does not breach our acceptable use policy or Korean law as far
as we can judge:

    {N[2]}

Regards,
NimbusHost Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk answering with statement headings above each URL",
    why="statement on the line above each URL: one disabled, one kept with a reason",
    items={N[1]: "removed", N[2]: "rejected"},
)

# ================================================================ Hanbit Domain (registrar)
rg = REQ["rg"][0]

case(
    name="rg-clienthold-angle-brackets",
    date="Fri, 06 Sep 2024 14:03:51 +0900",
    **{"from": "abuse@hanbitdomain.example"}, name_from="Hanbit Domain Abuse",
    subject=f"Re: [{rg}] Request to suspend domains",
    reply_to_req=msgid("rg"),
    body=f"""Dear Sir or Madam,

The domain name behind <{D[1]}> has been placed on clientHold
status and no longer resolves. The registrant has been informed.

Regards,
Abuse Team, Hanbit Domain
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse team placing a domain on clientHold",
    why="domain on hold and no longer resolving: the site is unavailable",
    items={D[1]: "removed"},
)

case(
    name="rg-not-registered-with-us",
    date="Fri, 06 Sep 2024 14:20:07 +0900",
    **{"from": "abuse@hanbitdomain.example"}, name_from="Hanbit Domain Abuse",
    subject=f"Re: [{rg}] Request to suspend domains",
    reply_to_req=msgid("rg"),
    body=f"""Dear Sir or Madam,

We could not find {D[2]} in our system: the domain is neither registered
nor hosted with Hanbit Domain. Please check the WHOIS record for the
registrar of record.

Regards,
Abuse Team, Hanbit Domain
""",
    outcome="applied", classification="confirmation",
    imitates="registrar replying that the domain is not registered with it",
    why="the registrar cannot find the domain in its system: not_found",
    items={D[2]: "not_found"},
)

case(
    name="rg-refusal-no-court-order",
    date="Mon, 09 Sep 2024 10:31:44 +0900",
    **{"from": "legal@hanbitdomain.example"}, name_from="Hanbit Domain Legal",
    subject=f"Re: [{rg}] Request to suspend domains",
    reply_to_req=msgid("rg"),
    body=f"""Dear Sir or Madam,

Regarding {D[3]}: as a registrar we do not judge website content, and under
our registration agreement the registrant alone is responsible for it. We
found no breach of that agreement, so the domain remains active. We will
act on a court order or a request from law enforcement.

Regards,
Legal Department, Hanbit Domain
""",
    outcome="applied", classification="confirmation",
    imitates="registrar declining to suspend without a court order",
    why="refusal with its reason: the domain stays active",
    items={D[3]: "rejected"},
)

case(
    name="rg-suspends-other-platforms-site",
    date="Mon, 09 Sep 2024 15:02:19 +0900",
    **{"from": "abuse@hanbitdomain.example"}, name_from="Hanbit Domain Abuse",
    subject=f"Re: [{nh}] Removal request (cc registrar)",
    body=f"""Dear Sir or Madam,

You copied us on your notice {nh} to NimbusHost. The domain
moa-gallery.example is registered with us, and we have placed it on
serverHold, so {N[1]} no longer resolves.

Regards,
Abuse Team, Hanbit Domain
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="registrar acting on a hosting complaint it was copied on",
    why="the registrar states a status for an item of the NimbusHost request",
    items={N[1]: "pending"},
)

case(
    name="rg-abuse-autoack",
    date="Thu, 05 Sep 2024 15:00:02 +0900",
    **{"from": "no-reply@hanbitdomain.example"}, name_from="Hanbit Domain",
    subject=f"[ABU-558120] We received your report: [{rg}] Request to suspend domains",
    reply_to_req=msgid("rg"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""This is an automatic confirmation.

We have received your abuse report and opened case ABU-558120. Our abuse
team reviews reports in the order received, usually within two business
days. Please do not reply to this message.

Hanbit Domain
https://www.hanbitdomain.example/abuse
""",
    outcome="ignored", classification="acknowledgement",
    imitates="registrar abuse-system automatic receipt",
    why="automatic receipt with a case number, no statement",
    items={},
)

case(
    name="rg-bare-domain-list",
    date="Tue, 10 Sep 2024 09:44:12 +0900",
    **{"from": "abuse@hanbitdomain.example"}, name_from="Hanbit Domain Abuse",
    subject=f"Re: [{rg}] Request to suspend domains [ABU-558120]",
    reply_to_req=msgid("rg"),
    body="""Hello,

Status after our review:

  sabu-tv.example       suspended (serverHold)
  onnuri-bet7.example   suspended (serverHold)

Both domains no longer resolve.

Abuse Team, Hanbit Domain
""",
    outcome="applied", classification="confirmation",
    imitates="registrar listing bare domain names with their EPP status",
    why="two root-domain items named by bare domain name, both suspended",
    items={D[1]: "removed", D[2]: "removed"},
)

# ================================================================ Ssulbang (forum)
sb = REQ["sb"][0]

case(
    name="sb-korean-numbered-result",
    date="Tue, 10 Sep 2024 11:08:36 +0900",
    **{"from": "policy@ssulbang.example"}, name_from="썰방 운영정책팀",
    subject=f"RE: [{sb}] 게시물 삭제 요청에 대한 처리 결과",
    reply_to_req=msgid("sb"),
    body=f"""안녕하세요, 썰방 운영정책팀입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

1. {S[1]}
   → 블라인드 처리 완료
2. {S[2]}
   → 삭제 완료
3. {S3_RAW}
   → 작성자가 이미 삭제한 게시물입니다.

나머지 게시물은 검토 후 별도로 안내드리겠습니다.

썰방 운영정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community 처리 결과 안내 with a numbered list (status under each URL)",
    why="블라인드 and 삭제 are removals; the third was already deleted by its author",
    items={S[1]: "removed", S[2]: "removed", S[3]: "not_found"},
)

case(
    name="sb-admin-one-line",
    date="Mon, 09 Sep 2024 22:41:09 +0900",
    **{"from": "admin@ssulbang.example"}, name_from="썰방 운영자",
    subject=f"Re: [{sb}] 게시물 삭제 요청",
    reply_to_req=msgid("sb"),
    body=f"""{S[4]} 삭제했습니다. -운영자
""",
    outcome="applied", classification="confirmation",
    imitates="small-forum admin answering in one line",
    why="one-line statement: the post was deleted",
    items={S[4]: "removed"},
)

case(
    name="sb-temporary-measure",
    date="Wed, 11 Sep 2024 10:15:00 +0900",
    **{"from": "policy@ssulbang.example"}, name_from="썰방 운영정책팀",
    subject=f"RE: [{sb}] 임시조치 안내",
    reply_to_req=msgid("sb"),
    body=f"""안녕하세요, 썰방 운영정책팀입니다.

정보통신망법 제44조의2에 따라 아래 게시물에 대하여 30일간 임시조치하였습니다.

- 대상 게시물: {S[5]}
- 조치 일시: 2024-09-11 10:02
- 조치 내용: 임시조치(30일, 게시물 접근 제한)

게시자가 이의를 제기하지 않으면 기간 종료 후 삭제됩니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 임시조치 안내 (30-day temporary measure)",
    why="임시조치 is restricted; deletion after 30 days is only a condition",
    items={S[5]: "restricted"},
)

case(
    name="sb-korean-particles-fullwidth",
    date="Thu, 12 Sep 2024 14:26:51 +0900",
    **{"from": "policy@ssulbang.example"}, name_from="썰방 운영정책팀",
    subject=f"RE: [{sb}] 게시물 삭제 요청에 대한 회신",
    reply_to_req=msgid("sb"),
    body=f"""안녕하세요.

{S[2]}은 내부 검토 결과 운영정책 위반에 해당하지 않아 게시를 유지합니다。
{S[1]}（작성자 탈퇴로 이미 삭제된 게시물）는 확인되지 않습니다.

감사합니다.
썰방 운영정책팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum reply with URLs followed by particles and full-width punctuation",
    why="one post kept as no breach (rejected), one already deleted with the author's account (not_found)",
    items={S[2]: "rejected", S[1]: "not_found"},
)

gmail_quote = (
    f"2024년 9월 9일 (월) 오후 3:12, KCSC Takedown <takedown@kcsc.example>님이 작성:\n"
    + quoted(request_text("sb"))
)
case(
    name="sb-qp-gmail-quote",
    date="Tue, 10 Sep 2024 16:47:02 +0900",
    **{"from": "moderator@ssulbang.example"}, name_from="썰방 모더레이터",
    subject=f"Re: [{sb}] 게시물 삭제 요청",
    reply_to_req=msgid("sb"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요.

{S[2]} 삭제 완료했습니다.
나머지 게시물은 아직 검토 중입니다.

{gmail_quote}
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply in quoted-printable with a Korean attribution line over the quote",
    why="one post deleted above the quote; the rest under review and only quoted",
    items={S[2]: "removed"},
)

case(
    name="sb-will-act-after-review",
    date="Tue, 10 Sep 2024 09:30:14 +0900",
    **{"from": "policy@ssulbang.example"}, name_from="썰방 운영정책팀",
    subject=f"RE: [{sb}] 게시물 삭제 요청",
    reply_to_req=msgid("sb"),
    body=f"""안녕하세요, 썰방 운영정책팀입니다.

{S[1]} 및 {S3_RAW} 게시물은
내부 검토 후 이번 주 중 조치할 예정입니다. 조치가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Korean forum promising action after internal review (조치 예정)",
    why="조치할 예정 is a promise: both posts stay pending",
    items={S[1]: "pending", S[3]: "pending"},
)

case(
    name="sb-admin-personal-webmail",
    date="Mon, 09 Sep 2024 23:58:40 +0900",
    **{"from": "ssulbang.owner@freemail.example"}, name_from="썰방 관리자",
    subject=f"Re: [{sb}] 게시물 삭제 요청",
    reply_to_req=msgid("sb"),
    body=f"""썰방 관리자입니다. 회사 메일이 안 돼서 개인 메일로 보냅니다.
{S[1]} 글 삭제했습니다.
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="forum owner answering from a personal webmail account",
    why="the sender's domain belongs to no platform",
    items={S[1]: "pending"},
)

case(
    name="sb-forwarded-moderator-note",
    date="Wed, 11 Sep 2024 17:20:33 +0900",
    **{"from": "policy@ssulbang.example"}, name_from="썰방 운영정책팀",
    subject=f"Fwd: 처리 완료 보고 ({sb})",
    body=f"""참고로 담당 모더레이터 보고를 전달드립니다.

---------- Forwarded message ---------
보낸사람: 썰방 모더레이터 <mod-team@ssulbang.example>
Date: 2024년 9월 11일 (수) 오후 4:58
Subject: 처리 완료 보고
To: <policy@ssulbang.example>

{S[1]} 삭제했습니다.
{S[4]} 블라인드 처리했습니다.
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="Gmail 'Forwarded message' of an internal moderator report",
    why="the statements are in a forwarded message, not the sender's own",
    items={S[1]: "pending", S[4]: "pending"},
)

# ================================================================ imgchan (image board)
ic = REQ["ic"][0]

case(
    name="ic-janitor-angle-brackets",
    date="Wed, 11 Sep 2024 03:12:59 +0900",
    **{"from": "mods@imgchan.example"}, name_from="imgchan mods",
    subject=f"Re: [{ic}] Removal request",
    reply_to_req=msgid("ic"),
    body=f"""removed both, file purged from storage too:
<{I[1]}>
<{I[3]}>

- imgchan mod team (volunteers, replies may be slow)
""",
    outcome="applied", classification="confirmation",
    imitates="volunteer image-board moderator reply",
    why="terse statement followed by two URLs in angle brackets",
    items={I[1]: "removed", I[3]: "removed"},
)

case(
    name="ic-url-then-status-line",
    date="Wed, 11 Sep 2024 20:44:02 +0900",
    **{"from": "mods@imgchan.example"}, name_from="imgchan mods",
    subject=f"Re: [{ic}] Removal request",
    reply_to_req=msgid("ic"),
    body=f"""{I[1]}
status: deleted (rule 2)

{I[2]}
status: not found, the thread had already expired and been pruned

--
mods@imgchan.example
""",
    outcome="applied", classification="confirmation",
    imitates="moderator reply with a status line under each URL",
    why="status line below each URL",
    items={I[1]: "removed", I[2]: "not_found"},
)

case(
    name="ic-geoblock-kr",
    date="Thu, 12 Sep 2024 12:01:40 +0900",
    **{"from": "admin@imgchan.example"}, name_from="imgchan admin",
    subject=f"Re: [{ic}] Removal request",
    reply_to_req=msgid("ic"),
    body=f"""Hello,

We don't think {I[2]} breaks our rules, but we accept that it is unlawful in
Korea. The thread is now hidden for visitors from South Korea (geo-block);
it stays visible elsewhere.

admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin geo-blocking a thread for one country",
    why="hidden for Korean visitors only: restricted",
    items={I[2]: "restricted"},
)

case(
    name="ic-who-are-you",
    date="Thu, 12 Sep 2024 22:19:27 +0900",
    **{"from": "admin@imgchan.example"}, name_from="imgchan admin",
    subject="your email",
    body="""hi,

we got an email from this address but it went to our spam folder and was
cut off. we are a small volunteer-run board. please send reports through
the form at https://imgchan.example/report and read
https://imgchan.example/rules first.

admin
""",
    outcome="review", classification="other", review="no_claims",
    imitates="small-site admin answering informally with links to its form and rules",
    why="trusted platform mail naming no item and no request; form and rules links are not items",
    items={},
)

case(
    name="ic-relay-bounce",
    date="Tue, 10 Sep 2024 18:30:45 +0900",
    **{"from": "mailer-daemon@relay.netmail.example"}, name_from="Mail Delivery Subsystem",
    auth="none",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="rb-99a1"

--rb-99a1
Content-Type: text/plain; charset=utf-8

Your message to mods@imgchan.example could not be delivered after 3 days
of retries. The remote server did not answer.

--rb-99a1
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.netmail.example

Final-Recipient: rfc822; mods@imgchan.example
Action: failed
Status: 4.4.1
Diagnostic-Code: smtp; 421 4.4.1 connection timed out

--rb-99a1
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: mods@imgchan.example
Subject: [{ic}] Removal request
Message-ID: <{msgid("ic")}@kcsc.example>
Date: Tue, 10 Sep 2024 10:05:00 +0900

--rb-99a1--
""",
    outcome="ignored", classification="bounce",
    imitates="relay DSN after retries timed out (Gmail-style 'Delivery Status Notification')",
    why="bounce from a relay; ignored whoever sent it",
    items={},
)

# ================================================================ EdgeShield (CDN)
es = REQ["es"][0]

case(
    name="es-cdn-not-the-host",
    date="Wed, 11 Sep 2024 19:03:17 +0900",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    subject=f"Re: [{es}] Removal request [Abuse #E-3316092]",
    reply_to_req=msgid("es"),
    body=f"""Hello,

{E[2]} uses EdgeShield's reverse proxy and CDN service. EdgeShield is not
the hosting provider for this website and cannot remove content that is
stored elsewhere. We have forwarded your report to the website operator and
to the hosting provider, whose abuse contact is abuse@origin-host.example.

More about our approach: https://www.edgeshield.example/trust/abuse-policy

EdgeShield Trust & Safety
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="CDN 'we do not host this content' reply that forwards to the host",
    why="names the item but says nothing about its availability",
    items={E[2]: "pending"},
)

case(
    name="es-edge-storage-disabled",
    date="Thu, 12 Sep 2024 10:48:09 +0900",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    subject=f"Re: [{es}] Removal request [Abuse #E-3316091]",
    reply_to_req=msgid("es"),
    body=f"""Hello,

The file at {E[1]} was stored on EdgeShield Edge Storage, so we are
the host in this case. We have disabled access to it and notified the
account holder.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN acting on content it hosts itself (edge storage)",
    why="access disabled to a file the CDN stores: removed",
    items={E[1]: "removed"},
)

case(
    name="es-korean-out-of-office",
    date="Wed, 11 Sep 2024 10:06:22 +0900",
    **{"from": "jh.kim@edgeshield.example"}, name_from="김지훈",
    subject=f"[자동회신] Re: [{es}] Removal request",
    reply_to_req=msgid("es"),
    extra_headers=auto_headers(),
    body="""안녕하세요. 김지훈입니다.
9월 11일부터 9월 18일까지 휴가로 메일 확인이 어렵습니다.
급한 신고 건은 abuse@edgeshield.example 로 보내주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ Pastery (one item)
ps = REQ["ps"][0]

case(
    name="ps-took-it-down",
    date="Thu, 12 Sep 2024 21:15:03 +0900",
    **{"from": "m@pastery.example"}, name_from="Mika (Pastery)",
    subject=f"Re: [{ps}] Removal request",
    reply_to_req=msgid("ps"),
    body="""Took it down, thanks for the heads-up.

-m
""",
    outcome="applied", classification="confirmation",
    imitates="one-person paste service owner replying in one line",
    why="sole statement answering a one-item request: removed",
    items={P[1]: "removed"},
)

case(
    name="ps-already-deleted-by-author",
    date="Fri, 13 Sep 2024 08:02:47 +0900",
    **{"from": "admin@pastery.example"}, name_from="Pastery",
    subject=f"Re: [{ps}] Removal request",
    reply_to_req=msgid("ps"),
    body=f"""Hello,

That paste ({P[1]}) was already deleted by its author before your mail
reached us, so there was nothing for us to remove.

Pastery admin
""",
    outcome="applied", classification="confirmation",
    imitates="paste service replying that the author deleted the paste",
    why="already deleted by its author: not_found",
    items={P[1]: "not_found"},
)


HEADER = """# Blind set 745 (hosting providers, a CDN, a registrar, a forum, an image
# board, a file host and a paste service; CSV and plain-text tables).
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader."""

def encode_headers(c):
    # Real mailers RFC 2047-encode non-ASCII display names and subjects.
    for k in ("name_from", "subject"):
        v = c.get(k)
        if v is not None and not v.isascii():
            c[k] = Header(v, "utf-8").encode(maxlinelen=998)


if __name__ == "__main__":
    for c in cases:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(len(cases), "cases")
