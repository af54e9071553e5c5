#!/usr/bin/env python3
"""Blind set 679: hosting providers, a CDN, a registrar, a Korean forum, a
file host and an image board answering the regulator, often informally
(abuse desks, admins writing one line), plus CSV attachments and plain-text
tables.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind679/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1 = "KCSC-240903-01"  # granitehost, 12 items (largest)
R2 = "KCSC-240904-02"  # edgewave, 3
R3 = "KCSC-240905-03"  # namecrest, 2
R4 = "KCSC-240906-04"  # pinecone, 5
R5 = "KCSC-240909-05"  # filecask, 4
R6 = "KCSC-240910-06"  # imgvault, 1
R7 = "KCSC-240912-07"  # imgvault, 2

G = [
    "https://hanul-deals.granitehost.net/promo/index.html",
    "https://hanul-deals.granitehost.net/promo/signup.php",
    "https://sites.granitehost.net/~minjae88/casino.html",
    "https://sites.granitehost.net/~minjae88/bonus.html",
    "https://sites.granitehost.net/~bora_k/gallery/04.jpg",
    "https://sites.granitehost.net/~bora_k/gallery/05.jpg",
    "https://sites.granitehost.net/~bora_k/gallery/06.jpg",
    "https://oldtown-pharm.granitehost.net/",
    "https://oldtown-pharm.granitehost.net/order?item=77",
    "https://s3.granitehost.net/bucket-q9/leak_0911.zip",
    "https://s3.granitehost.net/bucket-q9/leak_0912.zip",
    "https://wp.granitehost.net/jisoo-blog/2024/09/post-19/",
]
E = [
    "https://moa-stream.example/watch/88123",
    "https://moa-stream.example/watch/88124",
    "https://img.edgewave.io/c/7f3a91/banner_casino.gif",
]
N = [
    "https://lucky-toto77.com/",
    "https://toto-gate99.net/event/join",
]
P4_RAW = "https://pinecone-board.kr/member/도박왕"
P = [
    "https://pinecone-board.kr/free/18221",
    "https://pinecone-board.kr/free/18240",
    "https://pinecone-board.kr/humor/7710",
    "https://pinecone-board.kr/member/%EB%8F%84%EB%B0%95%EC%99%95",
    "https://pinecone-board.kr/gallery/3305?page=2",
]
F = [
    "https://filecask.net/f/Qm7xPz2a",
    "https://filecask.net/f/Rt8kLw3b",
    "https://filecask.net/f/Zy1nVc4d",
    "https://filecask.net/folder/kp-archive-22",
]
I6 = ["https://imgvault.org/b/thread/55120"]
I7 = [
    "https://imgvault.org/kr/thread/9034",
    "https://i.imgvault.org/src/1726040001234.png",
]

REQUESTS = [
    (R1, "granitehost", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", G, "gambling",
     "req-240903-01@kcsc.example", "shared hosting and object storage"),
    (R2, "edgewave", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00", E, "gambling",
     "req-240904-02@kcsc.example", "sites behind the CDN and one edge-stored image"),
    (R3, "namecrest", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00", N, "gambling",
     "req-240905-03@kcsc.example", "domains registered with the registrar"),
    (R4, "pinecone", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00", P, "gambling",
     "req-240906-04@kcsc.example", "community forum posts and one member page"),
    (R5, "filecask", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", F, "privacy",
     "req-240909-05@kcsc.example", "file host downloads"),
    (R6, "imgvault", "2024-09-10T16:00:00+09:00", "2024-09-17T23:59:59+09:00", I6, "obscenity",
     "req-240910-06@kcsc.example", "image board thread"),
    (R7, "imgvault", "2024-09-12T10:30:00+09:00", "2024-09-19T23:59:59+09:00", I7, "obscenity",
     "req-240912-07@kcsc.example", "image board thread and image file"),
]
REQ_URLS = {r[0]: r[4] for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def our_request(ref, urls=None, lang="en"):
    """The regulator's request as the platform would quote it (unprefixed)."""
    urls = REQ_URLS[ref] if urls is None else urls
    if lang == "ko":
        lines = [
            f"[{ref}] 불법정보 삭제 요청",
            "",
            "안녕하십니까, 방송통신심의위원회입니다.",
            "아래 정보에 대하여 삭제 등 필요한 조치를 요청드립니다.",
            "",
        ]
        lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
        lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "KCSC 통신심의국"]
    else:
        lines = [
            f"Subject: [{ref}] Request for removal of illegal content",
            "",
            "Dear Abuse Team,",
            "The Korea Communications Standards Commission asks you to remove",
            "or disable access to the following content:",
            "",
        ]
        lines += [f"  {i}. {u}" for i, u in enumerate(urls, 1)]
        lines += ["", "Please reply with the action taken for each URL.", "KCSC Takedown Desk"]
    return "\n".join(lines)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def multipart(boundary, parts, subtype="mixed", extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', ""]
    if subtype != "report":
        out.append("This is a multi-part message in MIME format.")
        out.append("")
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def text_part(body, ctype="text/plain", enc="8bit"):
    if enc == "base64":
        payload = b64(body)
    elif enc == "quoted-printable":
        payload = qp(body)
    else:
        payload = body.strip("\n")
    return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n{payload}"


def csv_part(name, text, enc="base64"):
    payload = b64(text) if enc == "base64" else text.strip("\n")
    return (f'Content-Type: text/csv; charset=utf-8; name="{name}"\n'
            f"Content-Transfer-Encoding: {enc}\n"
            f'Content-Disposition: attachment; filename="{name}"\n\n{payload}')


def single(body, ctype="text/plain", enc="8bit"):
    return text_part(body, ctype, enc)


def enc_word(s):
    """RFC 2047 encoded word, as Korean mailers write display names."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def pend(*urls):
    return {u: "pending" for u in urls}


ABUSE_SIG = "--\nGraniteHost Abuse Department\nabuse@granitehost.net | https://granitehost.net/legal/aup"

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ---- granitehost (R1, 12 items) ------------------------------------------
case(
    name="gh-abuse-desk-numbered-results",
    date="Thu, 05 Sep 2024 16:42:10 +0900",
    frm="abuse@granitehost.net", name_from="GraniteHost Abuse",
    subject=f"Re: [{R1}] Request for removal of illegal content [GH-55821]",
    reply_to_req="req-240903-01",
    body=f"""Hello KCSC team,

Thanks for the report. We went through every URL with the customers
concerned. Results below, numbered as in your mail:

 1. {G[0]} - removed, account suspended
 2. {G[1]} - removed, account suspended
 3. {G[2]} - customer deleted the page after our notice
 4. {G[3]} - customer deleted the page after our notice
 5. {G[4]} - file deleted
 6. {G[5]} - file deleted
 7. {G[6]} - file deleted
 8. {G[7]} - site disabled (AUP breach, pharmacy without licence)
 9. {G[8]} - disabled together with 8
10. {G[9]} - object deleted from the bucket
11. {G[10]} - no such object in the bucket, nothing to remove
12. {G[11]} - no action. This is a blog post commenting on a court
    ruling about gambling ads; it does not breach our AUP, so it stays.

If you disagree with no. 12 please send us the legal basis and we will
look again.

Regards,
Tomas Reyes
{ABUSE_SIG}
""",
    outcome="applied",
    imitates="shared-hosting abuse desk reply listing each reported URL with its action",
    why="item-level list: nine removed, one not found, one refused with a reason",
    items={G[0]: "removed", G[1]: "removed", G[2]: "removed", G[3]: "removed",
           G[4]: "removed", G[5]: "removed", G[6]: "removed", G[7]: "removed",
           G[8]: "removed", G[9]: "removed", G[10]: "not_found", G[11]: "rejected"},
)

case(
    name="gh-one-line-suspended",
    date="Wed, 04 Sep 2024 08:05:51 +0900",
    frm="t.reyes@granitehost.net", name_from="Tomas Reyes",
    subject=f"RE: [{R1}] hanul-deals",
    reply_to_req="req-240903-01",
    body=f"""suspended the hanul-deals account, {G[0]} and {G[1]} both give 403 now.

Tomas
""",
    outcome="applied",
    imitates="abuse desk engineer answering in one line after suspending a customer",
    why="two named URLs made unavailable by the account suspension",
    items={G[0]: "removed", G[1]: "removed"},
)

gh_csv = f"""url,action,date_utc,comment
{G[2]},removed,2024-09-05 02:10,page deleted by operator
{G[3]},removed,2024-09-05 02:11,page deleted by operator
{G[9]},disabled,2024-09-05 03:40,public access revoked
{G[10]},not found,2024-09-05 03:41,object key does not exist
{G[11]},no violation,2024-09-05 04:02,commentary - not actioned
"""
case(
    name="gh-csv-attachment-results",
    date="Thu, 05 Sep 2024 14:20:00 +0900",
    frm="noreply-abuse@granitehost.net", name_from="GraniteHost Abuse Desk",
    subject=f"[GH-55821] Case update: {R1}",
    raw_mime=multipart("gh-csv-55821", [
        text_part(f"""Dear reporter,

Case GH-55821 (your reference {R1}) has been updated.
The result for each URL we handled so far is in the attached file.
Items not listed there are still being handled.

GraniteHost Abuse Desk
"""),
        csv_part("GH-55821-results.csv", gh_csv),
    ]),
    outcome="applied",
    imitates="abuse ticket system mailing a per-URL results spreadsheet (CSV) as attachment",
    why="CSV rows give removed/disabled/not found/no violation per URL",
    items={G[2]: "removed", G[3]: "removed", G[9]: "removed", G[10]: "not_found",
           G[11]: "rejected"},
)

case(
    name="gh-html-table-gallery",
    date="Fri, 06 Sep 2024 11:02:33 +0900",
    frm="abuse@granitehost.net", name_from="GraniteHost Abuse",
    subject=f"Re: [{R1}] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    raw_mime=multipart("gh-alt-0906", [
        text_part(f"""Hello,
Update on the gallery images of user bora_k:
{G[4]}  Deleted
{G[5]}  Deleted
{G[6]}  Not present on the server
GraniteHost Abuse
"""),
        text_part(f"""<html><body>
<p>Hello,</p>
<p>Update on the gallery images of user <b>bora_k</b>:</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td><a href="{G[4]}">{G[4]}</a></td><td>Deleted</td></tr>
<tr><td><a href="{G[5]}">{G[5]}</a></td><td>Deleted</td></tr>
<tr><td><a href="{G[6]}">{G[6]}</a></td><td>Not present on the server</td></tr>
</table>
<p>GraniteHost Abuse</p>
</body></html>""", ctype="text/html"),
    ], subtype="alternative"),
    outcome="applied",
    imitates="abuse desk reply with an HTML table of URL and action",
    why="two images deleted, the third was not on the server",
    items={G[4]: "removed", G[5]: "removed", G[6]: "not_found"},
)

case(
    name="gh-customer-given-48h",
    date="Wed, 04 Sep 2024 10:15:00 +0900",
    frm="abuse@granitehost.net", name_from="GraniteHost Abuse",
    subject=f"Re: [{R1}] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""Hi,

We have passed your complaint about
{G[7]}
{G[8]}
on to the customer and given them 48 hours to take the shop down. If it
is still online after that we will suspend the account ourselves and let
you know.

Best,
Tomas
{ABUSE_SIG}
""",
    outcome="review", review="not_understood",
    imitates="hosting abuse desk forwarding a complaint to its customer with a deadline",
    why="only a promise and a condition; nothing done yet",
    items=pend(G[7], G[8]),
)

case(
    name="gh-all-taken-down",
    date="Mon, 09 Sep 2024 17:30:12 +0900",
    frm="abuse@granitehost.net", name_from="GraniteHost Abuse",
    subject=f"Re: [{R1}] Request for removal of illegal content - closed",
    reply_to_req="req-240903-01",
    body=f"""Hello,

All the URLs in your report {R1} have been taken down and the ticket
is closed on our side.

Kind regards,
{ABUSE_SIG}
""",
    outcome="review", review="bulk",
    imitates="abuse desk closing a ticket with a single sentence for the whole report",
    why="one sentence for a 12-item request, no URL named",
    items=pend(*G),
)

case(
    name="gh-ticket-receipt-echo",
    date="Tue, 03 Sep 2024 10:01:40 +0900",
    frm="noreply-abuse@granitehost.net", name_from="GraniteHost Abuse Desk",
    subject=f"[GH-55821] Received: [{R1}] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""This is an automatic message.

We have received your abuse report and opened case GH-55821.
An abuse specialist will review it; you do not need to send it again.

Summary of your submission
--------------------------
Reporter: takedown@kcsc.example
Category: Illegal content
First URL: {G[0]}
Number of URLs: 12

Please keep [GH-55821] in the subject line of any reply.

GraniteHost Abuse Desk
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt echoing the report",
    why="pure receipt; the URL shown is an echo of our report",
    items=pend(G[0]),
)

case(
    name="gh-bare-url-status-below",
    date="Fri, 06 Sep 2024 09:12:44 +0900",
    frm="noc@granitehost.net", name_from="GraniteHost NOC",
    subject=f"Re: [{R1}] oldtown-pharm",
    reply_to_req="req-240903-01",
    body=f"""{G[7]}
-> account terminated, vhost disabled

{G[8]}
-> same account, disabled with it

-- 
noc@granitehost.net
""",
    outcome="applied",
    imitates="terse NOC reply: bare URL with the action on the line below",
    why="both URLs disabled by the account termination",
    items={G[7]: "removed", G[8]: "removed"},
)

case(
    name="gh-forged-dmarc-fail",
    date="Sat, 07 Sep 2024 03:44:19 +0900",
    frm="abuse@granitehost.net", name_from="GraniteHost Abuse",
    auth="fail",
    subject=f"Re: [{R1}] Request for removal of illegal content",
    body=f"""Dear KCSC,

The blog post {G[11]} has been deleted.
Please confirm receipt by clicking the secure portal link below.

GraniteHost Abuse
""",
    outcome="review", review="untrusted",
    imitates="spoofed abuse-desk mail that fails DMARC",
    why="platform domain but authentication fails",
    items=pend(G[11]),
)

case(
    name="gh-out-of-office",
    date="Tue, 03 Sep 2024 10:02:05 +0900",
    frm="t.reyes@granitehost.net", name_from="Tomas Reyes",
    subject=f"Automatic reply: [{R1}] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am away from the office until Monday 9 September with limited
access to email. Abuse reports are handled by the team at
abuse@granitehost.net in the meantime.

Tomas
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office reply",
    items={},
)

qp_body = f"""Hello,

The file {G[9]} has been deleted from the customer’s bucket, and the bucket is no longer public.

{G[10]} was already gone when we checked — there is no object with that key, so there was nothing for us to remove.

Kind regards,
Ana Lindqvist
Storage Operations, GraniteHost

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: abuse@granitehost.net
{our_request(R1)}
"""
case(
    name="gh-outlook-qp-bucket",
    date="Thu, 05 Sep 2024 18:55:02 +0900",
    frm="a.lindqvist@granitehost.net", name_from="Ana Lindqvist",
    subject=f"RE: [{R1}] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    raw_mime=single(qp_body, enc="quoted-printable"),
    outcome="applied",
    imitates="Outlook top-posted reply (quoted-printable) over the original request",
    why="one object deleted, the other did not exist; the quoted list changes nothing",
    items={G[9]: "removed", G[10]: "not_found",
           **pend(*[u for u in G if u not in (G[9], G[10])])},
)

case(
    name="gh-hedge-appears-gone",
    date="Fri, 06 Sep 2024 13:30:00 +0900",
    frm="abuse@granitehost.net", name_from="GraniteHost Abuse",
    subject=f"Re: [{R1}] jisoo-blog",
    reply_to_req="req-240903-01",
    body=f"""Hi,

Quick note on {G[11]}: it looks like the blog owner may have
unpublished the post already, but the WordPress install is managed by the
customer and I can't confirm from our side. I'll ask them and come back
to you.

Tomas
""",
    outcome="review", review="not_understood",
    imitates="abuse desk guessing about a customer-managed blog",
    why="hedged ('looks like', 'may have', 'can't confirm') plus a promise",
    items=pend(G[11]),
)

outlook_geo = f"""Hello,

For the three gallery images of user bora_k we have blocked access from
Korean IP addresses at our load balancer; the files stay reachable from
other countries while the customer's appeal is open:

- {G[4]}
- {G[5]}
- {G[6]}

Regards,
Ana Lindqvist
GraniteHost

From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00
To: GraniteHost Abuse <abuse@granitehost.net>
Subject: [{R1}] Request for removal of illegal content

{our_request(R1)}
"""
case(
    name="gh-outlook-geo-block-kr",
    date="Mon, 09 Sep 2024 10:40:00 +0900",
    frm="a.lindqvist@granitehost.net", name_from="Ana Lindqvist",
    subject=f"RE: [{R1}] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=outlook_geo,
    outcome="applied",
    imitates="Outlook reply with header-block quoting; host geo-blocks files for Korea",
    why="three named images blocked for Korea only (restricted); quoted request changes nothing",
    items={G[4]: "restricted", G[5]: "restricted", G[6]: "restricted",
           **pend(*[u for u in G if u not in (G[4], G[5], G[6])])},
)

case(
    name="gh-forwarded-customer-reply",
    date="Thu, 05 Sep 2024 12:12:12 +0900",
    frm="abuse@granitehost.net", name_from="GraniteHost Abuse",
    subject=f"Fwd: Re: Abuse notice GH-55821 ({R1})",
    body=f"""FYI, the customer's answer below.

---------- Forwarded message ---------
From: Minjae <minjae88.web@mailbox.example>
Date: Thu, 5 Sep 2024 at 11:48
Subject: Re: Abuse notice GH-55821
To: GraniteHost Abuse <abuse@granitehost.net>

hi, i deleted casino.html and bonus.html from my site, sorry about that.
{G[2]}
{G[3]}
minjae
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="abuse desk forwarding its customer's reply without a statement of its own",
    why="the only statement is the customer's, forwarded; the desk itself states nothing",
    items=pend(G[2], G[3]),
)

# ---- edgewave CDN (R2, 3 items) -------------------------------------------
case(
    name="ew-not-host-one-edge-object",
    date="Thu, 05 Sep 2024 02:18:40 +0900",
    frm="abuse@edgewave.io", name_from="EdgeWave Trust & Safety",
    subject=f"Re: [{R2}] Request for removal of illegal content [EW-2024-118733]",
    reply_to_req="req-240904-02",
    body=f"""Hello,

EdgeWave provides caching and DDoS protection for moa-stream.example. We are
not the host of that website and cannot remove material stored on the
customer's own server. We have forwarded your complaint about

  {E[0]}
  {E[1]}

to the site owner and to their hosting provider (Racknest Ltd), whose
abuse address is abuse@racknest.example.

The image {E[2]} is different: it was stored on our own edge storage
product, and we have disabled access to it.

More on how we handle reports: https://edgewave.io/trust/abuse-policy

EdgeWave Trust & Safety
""",
    outcome="applied",
    imitates="CDN 'we are not the hosting provider, your report was forwarded' reply",
    why="edge-stored image disabled; the two videos were only forwarded (no status)",
    items={E[2]: "removed", E[0]: "pending", E[1]: "pending"},
)

case(
    name="ew-zone-suspended-angle-brackets",
    date="Mon, 09 Sep 2024 21:05:09 +0900",
    frm="abuse@edgewave.io", name_from="EdgeWave Trust & Safety",
    subject=f"Re: [{R2}] Request for removal of illegal content [EW-2024-118733]",
    reply_to_req="req-240904-02",
    body=f"""Hello again,

The customer did not answer, so we have terminated service for the
moa-stream.example zone. The pages <{E[0]}> and <{E[1]}> are no longer
served through our network and now return an error page.

The edge-stored image <{E[2]}> was purged from all locations.

EdgeWave Trust & Safety
""",
    outcome="applied",
    imitates="CDN trust-and-safety follow-up after terminating a customer zone",
    why="all three named URLs no longer served / purged",
    items={E[0]: "removed", E[1]: "removed", E[2]: "removed"},
)

dsn = f"""This is the mail system at host mx2.edgewave.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@edgewave.io>: host store.edgewave.io[192.0.2.41] said:
    550 5.1.1 <abuse-kr@edgewave.io>: Recipient address rejected: User
    unknown in virtual mailbox table
"""
dsn_status = """Reporting-MTA: dns; mx2.edgewave.io
Arrival-Date: Wed, 4 Sep 2024 11:00:03 +0900 (KST)

Final-Recipient: rfc822; abuse-kr@edgewave.io
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse-kr@edgewave.io>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
case(
    name="ew-dsn-unknown-user",
    date="Wed, 04 Sep 2024 11:00:04 +0900",
    frm="MAILER-DAEMON@edgewave.io", name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("ew-dsn-1", [
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + dsn,
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + dsn_status,
        "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: abuse-kr@edgewave.io\n"
        f"Subject: [{R2}] Request for removal of illegal content\n"
        "Message-ID: <req-240904-02@kcsc.example>\n"
        "Date: Wed, 04 Sep 2024 11:00:00 +0900\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        + "\n".join(our_request(R2).split("\n")[2:]),
    ], subtype="report", extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="bounce; the URLs are in our own returned message",
    items=pend(*E),
)

case(
    name="ew-origin-host-unknown-sender",
    date="Fri, 06 Sep 2024 15:33:00 +0900",
    frm="abuse@racknest.example", name_from="Racknest Abuse",
    subject=f"Your complaint {R2} forwarded by EdgeWave",
    body=f"""Hello,

EdgeWave passed your complaint on to us, as we host the origin server of
moa-stream.example. We have removed the two videos:

{E[0]}
{E[1]}

Racknest Ltd - Abuse Team
""",
    outcome="review", review="unknown_sender",
    imitates="origin hosting provider answering a complaint relayed by a CDN",
    why="sender is not a configured platform (the origin host), though it names our URLs",
    items=pend(E[0], E[1]),
)

case(
    name="ew-dsa-statement-kr-only",
    date="Sat, 07 Sep 2024 01:10:00 +0900",
    frm="dsa-notices@edgewave.io", name_from="EdgeWave Legal",
    subject=f"Statement of reasons - notice {R2} - EW-SOR-55102",
    reply_to_req="req-240904-02",
    body=f"""Statement of reasons (Article 17 DSA)

Notice reference: {R2}
Content: {E[2]}
Decision: access to the content disabled for the Republic of Korea only
  (visitors from KR IP ranges). The content remains accessible elsewhere.
Facts relied on: the notice from the Korea Communications Standards
  Commission and the local law it cites.
Ground: illegal content under the law of the Republic of Korea; no
  breach of EdgeWave's terms of service was found.
Automated means: none used for the decision.
Redress: the uploader may appeal at https://edgewave.io/trust/appeals

EdgeWave Legal
""",
    outcome="applied",
    imitates="DSA Article 17 statement of reasons with territorial scope",
    why="the one named item disabled for Korea only: restricted",
    items={E[2]: "restricted"},
)

case(
    name="ew-conditional-disable",
    date="Thu, 05 Sep 2024 09:00:00 +0900",
    frm="abuse@edgewave.io", name_from="EdgeWave Trust & Safety",
    subject=f"Re: [{R2}] Request for removal of illegal content [EW-2024-118733]",
    reply_to_req="req-240904-02",
    body=f"""Hello,

We have contacted the account owner about {E[2]}.
Should they fail to respond within 24 hours, we will disable the image.

EdgeWave Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN notice that action depends on the customer's answer",
    why="conditional future action only",
    items=pend(E[2]),
)

# ---- namecrest registrar (R3, 2 items) ------------------------------------
case(
    name="nc-clienthold-and-no-match",
    date="Fri, 06 Sep 2024 19:21:00 +0900",
    frm="abuse@namecrest.com", name_from="NameCrest Abuse",
    subject=f"Re: [{R3}] Request for removal of illegal content",
    reply_to_req="req-240905-03",
    body=f"""Dear Sir/Madam,

Regarding {N[0]} : the domain lucky-toto77.com has been placed on
clientHold and no longer resolves.

Regarding {N[1]} : the domain toto-gate99.net is not registered
(WHOIS returns no match), so the page does not exist and there is nothing
for us to act on.

NameCrest Abuse Team
https://namecrest.com/legal/abuse
""",
    outcome="applied",
    imitates="registrar abuse reply: domain put on clientHold; other domain unregistered",
    why="first domain suspended (removed); second does not exist (not_found)",
    items={N[0]: "removed", N[1]: "not_found"},
)

case(
    name="nc-refusal-content-matter",
    date="Mon, 09 Sep 2024 11:48:30 +0900",
    frm="compliance@namecrest.com", name_from="NameCrest Compliance",
    subject=f"Re: [{R3}] toto-gate99.net",
    reply_to_req="req-240905-03",
    body=f"""Hello,

We reviewed {N[1]}.

As a registrar we act on DNS abuse: phishing, malware, botnets, pharming
and spam used to carry them. The page you reported shows betting offers,
which is a matter of website content and not DNS abuse under our policy,
so we are not suspending toto-gate99.net. The site's hosting provider is
better placed to deal with the content.

Regards,
NameCrest Compliance
""",
    outcome="applied",
    imitates="registrar declining to suspend a domain over website content",
    why="explicit refusal with its reason: rejected",
    items={N[1]: "rejected"},
)

case(
    name="nc-ticket-created-plus-update",
    date="Fri, 06 Sep 2024 08:30:00 +0900",
    frm="support@namecrest.com", name_from="NameCrest Support",
    subject=f"[NC-ABU-77812] Re: [{R3}] Request for removal of illegal content",
    reply_to_req="req-240905-03",
    body=f"""Thank you for contacting NameCrest. Ticket NC-ABU-77812 has been created
for your report.

Update from the abuse team: the domain lucky-toto77.com
({N[0]}) was suspended this morning; the registry has set
serverHold at our request.

NameCrest Support
""",
    outcome="applied",
    imitates="ticket receipt that also carries an unhedged result",
    why="acknowledgement phrase plus a plain statement that the named domain was suspended",
    items={N[0]: "removed"},
)

case(
    name="nc-read-receipt",
    date="Thu, 05 Sep 2024 10:02:00 +0900",
    frm="j.park@namecrest.com", name_from="Jiwon Park",
    subject=f"Read: [{R3}] Request for removal of illegal content",
    raw_mime=multipart("nc-mdn-3", [
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Your message\n\n"
        "  To: abuse@namecrest.com\n"
        f"  Subject: [{R3}] Request for removal of illegal content\n"
        "  Sent: Thursday, September 5, 2024 9:30 AM (UTC+09:00) Seoul\n\n"
        "was read on Thursday, September 5, 2024 10:02 AM (UTC+09:00) Seoul.",
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: namecrest.com; Microsoft Exchange Server 2019\n"
        "Final-Recipient: rfc822; abuse@namecrest.com\n"
        "Original-Message-ID: <req-240905-03@kcsc.example>\n"
        "Disposition: automatic-action/MDN-sent-automatically; displayed",
    ], subtype="report", extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="read receipt",
    items={},
)

# ---- pinecone Korean forum (R4, 5 items) -----------------------------------
case(
    name="pc-admin-one-liner-ko",
    date="Fri, 06 Sep 2024 21:14:00 +0900",
    frm="admin@pinecone-board.kr", name_from="솔방울 운영자",
    subject=f"Re: [{R4}] 불법정보 삭제 요청",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요 솔방울 게시판 운영자입니다.
{P[0]} 글은 방금 삭제했고요, {P[1]} 는 작성자가 이미 지운 글이라 남아있지 않습니다.
""",
    outcome="applied",
    imitates="small Korean forum admin answering in one or two lines",
    why="one post deleted by the admin; the other already deleted by its author",
    items={P[0]: "removed", P[1]: "not_found"},
)

case(
    name="pc-numbered-blind-list-ko",
    enc_subject=True,
    date="Mon, 09 Sep 2024 10:05:00 +0900",
    frm="admin@pinecone-board.kr", name_from="솔방울 게시판",
    subject=f"[솔방울] {R4} 조치 결과 안내",
    reply_to_req="req-240906-04",
    body=f"""방송통신심의위원회 담당자님께,

요청하신 게시물에 대한 조치 결과를 알려드립니다.

1. {P[0]}
   - 블라인드 처리
2. {P[2]}
   - 게시중단
3. {P4_RAW}
   - 회원 이용정지 및 프로필 비공개 처리
4. {P[4]}
   - 해당 게시물 없음 (URL 확인 불가)

감사합니다.
솔방울 게시판 운영팀
""",
    outcome="applied",
    imitates="Korean community notice of 블라인드/게시중단 results per post",
    why="three posts blinded/suspended/made private (removed); one post not found; raw Korean path",
    items={P[0]: "removed", P[2]: "removed", P[3]: "removed", P[4]: "not_found"},
)

case(
    name="pc-temporary-measure-ko",
    enc_subject=True,
    date="Tue, 10 Sep 2024 16:40:00 +0900",
    frm="admin@pinecone-board.kr", name_from="솔방울 운영자",
    subject=f"Re: [{R4}] 불법정보 삭제 요청",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요.

아래 두 게시물은 정보통신망법에 따라 30일간 임시조치하였습니다.
{P[2]}
{P[4]}

{P[1]} 은 검토 결과 게시판 운영원칙에 위배되는 내용이 없어 게시를 유지합니다.

솔방울 운영자 드림
""",
    outcome="applied",
    imitates="Korean 임시조치 notice plus a refusal for one post",
    why="two posts under 임시조치 (restricted); one kept as not breaching rules (rejected)",
    items={P[2]: "restricted", P[4]: "restricted", P[1]: "rejected"},
)

case(
    name="pc-promise-today-ko",
    date="Fri, 06 Sep 2024 15:02:00 +0900",
    frm="admin@pinecone-board.kr", name_from="솔방울 운영자",
    subject=f"Re: [{R4}] 불법정보 삭제 요청",
    reply_to_req="req-240906-04",
    body=f"""확인했습니다.
{P[0]}, {P[1]} 두 글은 오늘 중으로 정리하겠습니다.
나머지는 내용 좀 보고 말씀드릴게요.
""",
    outcome="review", review="not_understood",
    imitates="forum admin promising to tidy up posts later today",
    why="promise only ('오늘 중으로 정리하겠습니다')",
    items=pend(P[0], P[1]),
)

case(
    name="pc-fullwidth-punct-ko",
    date="Wed, 11 Sep 2024 09:20:00 +0900",
    frm="mod@pinecone-board.kr", name_from="솔방울 부운영자",
    subject=f"Re: [{R4}] 불법정보 삭제 요청",
    reply_to_req="req-240906-04",
    body=f"""담당자님 안녕하세요。
{P[2]}、{P[4]} 두 건 모두 운영자 삭제 완료했습니다。
감사합니다。
""",
    outcome="applied",
    imitates="Korean moderator reply using full-width punctuation after URLs",
    why="both named posts deleted by the operator",
    items={P[2]: "removed", P[4]: "removed"},
)

case(
    name="pc-admin-personal-gmail",
    date="Sat, 07 Sep 2024 23:50:00 +0900",
    frm="pinecone.admin.kim@gmail.com", name_from="김운영",
    subject=f"Re: [{R4}] 불법정보 삭제 요청",
    reply_to_req="req-240906-04",
    body=f"""솔방울 게시판 관리자입니다. 게시판 메일 서버가 점검 중이라 개인 메일로 보냅니다.
{P[0]} 글 삭제했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="forum admin replying from a personal webmail address",
    why="sender domain is not the forum's; cannot be trusted even if plausible",
    items=pend(P[0]),
)

gmail_ko = f"""안녕하세요. 솔방울 게시판입니다.

{P[1]} 삭제 완료했습니다.
나머지 4건은 검토 중이며 결과 나오는 대로 다시 연락드리겠습니다.

2024년 9월 6일 (금) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(our_request(R4, lang="ko"))}
"""
case(
    name="pc-base64-gmail-quote-ko",
    date="Mon, 09 Sep 2024 13:33:00 +0900",
    frm="help@pinecone-board.kr", name_from="솔방울 게시판 고객센터",
    subject=f"Re: [{R4}] 불법정보 삭제 요청",
    reply_to_req="req-240906-04",
    raw_mime=multipart("pc-b64-0909", [
        text_part(gmail_ko, enc="base64"),
        text_part("<div dir=\"ltr\">" + gmail_ko.replace("\n", "<br>\n") + "</div>",
                  ctype="text/html", enc="base64"),
    ], subtype="alternative"),
    outcome="applied",
    imitates="Gmail-style Korean reply (base64) over the quoted request",
    why="one post deleted; the other four 'under review'; quoted list changes nothing",
    items={P[1]: "removed", P[0]: "pending", P[2]: "pending", P[3]: "pending",
           P[4]: "pending"},
)

case(
    name="pc-vacation-autoreply-ko",
    date="Fri, 06 Sep 2024 14:00:30 +0900",
    frm="admin@pinecone-board.kr", name_from="솔방울 운영자",
    subject=f"[자동응답] Re: [{R4}] 불법정보 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""[부재중 자동응답]
운영자가 9월 9일(월)까지 휴가 중입니다.
급한 신고는 mod@pinecone-board.kr 로 보내주시면 확인 후 처리하겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean vacation auto-reply (부재중 자동응답)",
    why="auto-reply",
    items={},
)

# ---- filecask file host (R5, 4 items) --------------------------------------
case(
    name="fc-files-disabled-folder-deleted",
    date="Tue, 10 Sep 2024 04:12:00 +0900",
    frm="abuse@filecask.net", name_from="Filecask Abuse",
    subject=f"Re: [{R5}] Request for removal of illegal content",
    reply_to_req="req-240909-05",
    body=f"""Hello,

The following files have been disabled and can no longer be downloaded:
{F[0]}
{F[1]}

The folder {F[3]} has been deleted together with everything in it, and
the uploading account is closed.

The file ID in {F[2]} does not exist on our service. Please check
whether it was copied correctly.

Filecask Abuse
""",
    outcome="applied",
    imitates="file-locker abuse reply: files disabled, folder deleted, one ID invalid",
    why="three removed; one link does not exist (not_found)",
    items={F[0]: "removed", F[1]: "removed", F[3]: "removed", F[2]: "not_found"},
)

fc_csv = f"""link;status;checked_at
{F[0]};deleted;2024-09-10 08:00
{F[1]};deleted;2024-09-10 08:00
{F[2]};not_found;2024-09-10 08:01
{F[3]};kept - no violation;2024-09-10 08:03
"""
case(
    name="fc-semicolon-csv-attachment",
    date="Tue, 10 Sep 2024 17:09:00 +0900",
    frm="reports@filecask.net", name_from="Filecask Reports",
    subject=f"Report results {R5}",
    reply_to_req="req-240909-05",
    raw_mime=multipart("fc-csv-0910", [
        text_part("Hi,\n\nattached the export from our moderation tool for your report.\n\n"
                  "Filecask T&S\n"),
        csv_part(f"{R5}.csv", fc_csv),
    ]),
    outcome="applied",
    imitates="moderation-tool export attached as a semicolon CSV",
    why="per-link statuses in the attachment (deleted, not_found, kept)",
    items={F[0]: "removed", F[1]: "removed", F[2]: "not_found", F[3]: "rejected"},
)

fc_dsn = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a temporary error that has now become permanent.

  abuse@filecask.net
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@filecask.net
Subject: [{R5}] Request for removal of illegal content
Message-ID: <req-240909-05@kcsc.example>

{our_request(R5)}
"""
case(
    name="fc-exim-bounce-mailbox-full",
    date="Wed, 11 Sep 2024 10:00:40 +0900",
    frm="Mailer-Daemon@filecask.net", name_from="Mail Delivery System",
    subject="Mail delivery failed: returning message to sender",
    extra_headers=["Auto-Submitted: auto-replied", "X-Failed-Recipients: abuse@filecask.net"],
    body=fc_dsn,
    outcome="ignored", classification="bounce",
    imitates="Exim 'Mail delivery failed' bounce with the full original message",
    why="bounce; all URLs come from our own returned request",
    items=pend(*F),
)

case(
    name="fc-answers-imgvault-request",
    date="Fri, 13 Sep 2024 12:00:00 +0900",
    frm="abuse@filecask.net", name_from="Filecask Abuse",
    subject=f"Re: [{R7}] Request for removal of illegal content",
    body=f"""Hello,

Your mail was copied to us. Both items are removed:
{I7[0]}
{I7[1]}

Filecask Abuse
""",
    outcome="review", review="wrong_platform",
    imitates="a platform answering about another service's URLs",
    why="filecask states results for imgvault's items",
    items=pend(*I7),
)

case(
    name="fc-helpdesk-receipt",
    date="Mon, 09 Sep 2024 10:00:55 +0900",
    frm="support@filecask.net", name_from="Filecask Support",
    subject=f"[Filecask] Re: [{R5}] Request for removal of illegal content (#48812)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (#48812) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Filecask Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk (Zendesk-style) request received notice",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="fc-geo-blocked-korea",
    date="Thu, 12 Sep 2024 08:44:00 +0900",
    frm="legal@filecask.net", name_from="Filecask Legal",
    subject=f"Re: [{R5}] Request for removal of illegal content",
    reply_to_req="req-240909-05",
    body=f"""Dear KCSC,

We have blocked downloads of the two files below for users in the
Republic of Korea. We did not find a breach of our terms, so they remain
available in other countries.

* {F[0]}
* {F[1]}

Filecask Legal
""",
    outcome="applied",
    imitates="file host withholding files in Korea only",
    why="both named files blocked in Korea: restricted",
    items={F[0]: "restricted", F[1]: "restricted"},
)

case(
    name="fc-short-angle-bracket",
    date="Wed, 11 Sep 2024 22:22:00 +0900",
    frm="abuse@filecask.net", name_from="Filecask Abuse",
    subject=f"Re: [{R5}] Request for removal of illegal content",
    reply_to_req="req-240909-05",
    body=f"""Hello, <{F[3]}> has been taken down and the uploader's account terminated.
Regards, Filecask Trust & Safety
""",
    outcome="applied",
    imitates="one-sentence trust-and-safety reply with the URL in angle brackets",
    why="named folder taken down",
    items={F[3]: "removed"},
)

# ---- imgvault image board (R6 1 item, R7 2 items) --------------------------
case(
    name="iv-mod-one-liner-no-url",
    date="Tue, 10 Sep 2024 19:03:00 +0900",
    frm="mod@imgvault.org", name_from="imgvault mod",
    subject=f"Re: [{R6}] Request for removal of illegal content",
    reply_to_req="req-240910-06",
    body="""thread deleted, poster banned.
- mod
""",
    outcome="applied",
    imitates="image-board moderator's one-line answer naming no URL",
    why="one-item request answered in its thread: the statement is about that item",
    items={I6[0]: "removed"},
)

case(
    name="iv-both-gone-bulk",
    date="Fri, 13 Sep 2024 02:40:00 +0900",
    frm="mod@imgvault.org", name_from="imgvault mod",
    subject=f"Re: [{R7}] Request for removal of illegal content",
    reply_to_req="req-240912-07",
    body="""all the stuff in your report is removed.
- mod
""",
    outcome="review", review="bulk",
    imitates="moderator answering a two-item report in one sentence",
    why="one statement for a two-item request, nothing named",
    items=pend(*I7),
)

case(
    name="iv-janitor-text-table",
    date="Thu, 12 Sep 2024 23:15:00 +0900",
    frm="janitors@imgvault.org", name_from="imgvault janitors",
    subject=f"Re: [{R7}] Request for removal of illegal content",
    reply_to_req="req-240912-07",
    body=f"""report {R7}:

URL                                           | action
----------------------------------------------+---------------------------
{I7[0]:<46}| thread deleted
{I7[1]:<46}| file purged, hash banned

-- imgvault janitor team
""",
    outcome="applied",
    imitates="plain-text table from a volunteer moderation team",
    why="both named URLs deleted/purged",
    items={I7[0]: "removed", I7[1]: "removed"},
)

case(
    name="iv-abuse-address-change",
    date="Wed, 11 Sep 2024 12:00:00 +0900",
    frm="admin@imgvault.org", name_from="imgvault admin",
    subject="New abuse contact for imgvault",
    body="""Hello,

From 1 October please send all abuse and legal reports to
reports@imgvault.org instead of abuse@imgvault.org. The old address will
stop being read at the end of the year.

Board rules: https://imgvault.org/rules

Thanks,
imgvault admin
""",
    outcome="review", review="no_claims",
    imitates="service notice about a new abuse contact address",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="iv-wrapped-url-pruned",
    date="Fri, 13 Sep 2024 07:07:00 +0900",
    frm="mod@imgvault.org", name_from="imgvault mod",
    subject=f"Re: [{R7}] Request for removal of illegal content",
    reply_to_req="req-240912-07",
    body="""hey,

the image is deleted and its hash is on the ban list now: https://i.imgvault.org/src/
1726040001234.png

https://imgvault.org/kr/thread/9034 doesn't exist anymore, it fell off the
last page and got pruned before we got to it.

- mod
""",
    outcome="applied",
    imitates="moderator reply whose mail client wrapped the long image URL",
    why="image deleted (URL wrapped over two lines); the thread no longer exists",
    items={I7[1]: "removed", I7[0]: "not_found"},
)

case(
    name="iv-kept-no-rule-broken",
    date="Wed, 11 Sep 2024 20:30:00 +0900",
    frm="mod@imgvault.org", name_from="imgvault mod",
    subject=f"Re: [{R6}] Request for removal of illegal content",
    reply_to_req="req-240910-06",
    body=f"""hi,

we looked at {I6[0]}. it's people arguing about a lottery draw, no
links to betting sites and nothing else against the board rules
(https://imgvault.org/rules), so it stays up.

- mod
""",
    outcome="applied",
    imitates="moderator declining removal because no board rule is broken",
    why="refusal with its reason: rejected",
    items={I6[0]: "rejected"},
)


HEADER = """# Blind set 679: hosts, a CDN, a registrar, a Korean forum, a file host
# and an image board (see NOTES.md). Written from each email's meaning,
# before any run of the reader. Generated by make.py; do not edit by hand.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
        if not c["name_from"].isascii():
            c["name_from"] = enc_word(c["name_from"])
        if c.pop("enc_subject", False):
            c["subject"] = enc_word(c["subject"])
    corpuslib.write_set(HERE, "blind679", HEADER, CASES)


if __name__ == "__main__":
    main()
