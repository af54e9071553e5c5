#!/usr/bin/env python3
"""Blind set 499: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste service answering, often informally,
plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind499/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning alone, before any
run of the reader. All names, URLs, ids and people are fictional.
"""
import base64
import csv
import os
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind499"


def enc(s):
    """RFC 2047 for a non-ASCII header value (deterministic)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def pct(url):
    """The percent-encoded form a Korean path is stored in requests.csv."""
    return quote(url, safe=":/?&=#~%")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
B = {i + 1: u for i, u in enumerate([
    "https://bytelocker.io/f/Qm7Lk2Tz",
    "https://bytelocker.io/f/Hr4Wx9Pa",
    "https://bytelocker.io/f/Zc8Nv1Eb",
    "https://bytelocker.io/f/Tp3Yd6Ku",
    "https://bytelocker.io/f/Ws5Gh0Rm",
    "https://bytelocker.io/f/Bn2Jq7Xc",
    "https://bytelocker.io/f/Lf9Ae4Os",
    "https://bytelocker.io/f/Vk1Ur8Mi",
    "https://bytelocker.io/f/Dy6Po3Zw",
    "https://bytelocker.io/f/Ge0Ct5Hn",
    "https://bytelocker.io/folder/Kx2Ml8Fv",
    "https://bytelocker.io/f/Sa7Ib2Qe?dl=1",
])}
K = {
    1: "https://rx-daehan-mall.com/shop/item/7731",
    2: "https://rx-daehan-mall.com/shop/item/7732",
    3: "http://198.51.100.77/~bora/casino/index.php",
    4: "https://bora-slot-club.net/event/welcome.html",
}
V = {
    1: "https://toonmirror-kr.com/webtoon/ep/5521",
    2: "https://toonmirror-kr.com/webtoon/ep/5522",
    3: "https://cdn-img.toonmirror-kr.com/covers/5521.jpg",
}
R = {1: "https://drug-direct-kr.com/", 2: "https://hanbat-toto.net/"}
# Korean forum: raw forms (as written in mail) and stored (percent-encoded) forms.
DRAW = {
    1: "https://bbs.dalbit.co.kr/자유게시판/88123",
    2: "https://bbs.dalbit.co.kr/유머/40211",
    3: "https://bbs.dalbit.co.kr/board.php?bo_table=market&wr_id=5120",
    4: "https://bbs.dalbit.co.kr/board.php?bo_table=market&wr_id=5127",
    5: "https://bbs.dalbit.co.kr/자유게시판/88190",
}
D = {k: pct(v) for k, v in DRAW.items()}
H = {
    1: "https://hanachan.org/b/res/302211.html",
    2: "https://hanachan.org/kr/res/77104.html",
    3: "https://hanachan.org/kr/res/77139.html#p77150",
}
S = {1: "https://scribblepad.org/p/k7QwZr2n"}

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240902-01", "bytelocker", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00",
     list(B.values()), "copyright", "webtoon scans, one folder link, 12 links in all"),
    ("KCSC-240903-02", "kestrelhost", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00",
     list(K.values()), "drugs_gambling", "customer sites on KestrelHost shared hosting"),
    ("KCSC-240904-03", "veilcdn", "2024-09-04T09:40:00+09:00", "2024-09-11T23:59:59+09:00",
     list(V.values()), "copyright", 'mirror site "toonmirror", fronted by VeilCDN'),
    ("KCSC-240905-04", "dotnamu", "2024-09-05T14:20:00+09:00", "2024-09-12T23:59:59+09:00",
     list(R.values()), "drugs_gambling", "domains registered through Dotnamu"),
    ("KCSC-240909-05", "dalbit", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     list(D.values()), "defamation", "community board posts, gnuboard-style links"),
    ("KCSC-240910-06", "hanachan", "2024-09-10T16:10:00+09:00", "2024-09-17T23:59:59+09:00",
     list(H.values()), "obscenity", "image board threads; last one is a single post"),
    ("KCSC-240911-07", "scribblepad", "2024-09-11T09:05:00+09:00", "2024-09-18T23:59:59+09:00",
     list(S.values()), "personal_info", "paste with personal data"),
]


def req_id(ref):
    return "kcsc.req." + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_id(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def multipart_alt(text, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n--{boundary}--\n"
    )


def with_attachment(text, att_name, att_type, att_body, boundary, att_b64=False):
    cte = "base64" if att_b64 else "8bit"
    body = b64(att_body) if att_b64 else att_body.strip("\n")
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f'--{boundary}\nContent-Type: {att_type}; charset=utf-8; name="{att_name}"\n'
        f'Content-Disposition: attachment; filename="{att_name}"\nContent-Transfer-Encoding: {cte}\n\n'
        f"{body}\n\n--{boundary}--\n"
    )


REQUEST_QUOTE_B = "\n".join(f"{i}. {B[i]}" for i in range(1, 13))

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ bytelocker (file host, 12 items)
CSV_ATT = f"""file_url,action,actioned_at_utc,note
{B[1]},deleted,2024-09-03 02:11,
{B[2]},deleted,2024-09-03 02:11,
{B[3]},file_not_found,,"no file with this id; never existed or purged, nothing to act on"
{B[4]},deleted,2024-09-03 02:12,uploader account terminated
{B[5]},no_action,2024-09-03 02:14,"reviewed: public-domain scan, no breach of our ToS; file stays online"
{B[6]},deleted,2024-09-03 02:15,
{B[7]},file_not_found,,deleted by the uploader before our review
{B[8]},deleted,2024-09-03 02:16,
"""
case(
    name="bl-csv-attachment-results",
    date="Tue, 03 Sep 2024 11:40:12 +0900",
    **{"from": "abuse@bytelocker.io"}, name_from="ByteLocker Abuse",
    subject="Re: [KCSC-240902-01] Removal request - copyright infringing files",
    reply_to_req=req_id("KCSC-240902-01"),
    raw_mime=with_attachment(
        """Hello,

We processed the first part of your report KCSC-240902-01. The outcome for
each link is in the attached spreadsheet (one row per link). The remaining
links are still with our reviewers and will follow separately.

Regards,
Marta
ByteLocker Trust & Safety
""", "KCSC-240902-01_results.csv", "text/csv", CSV_ATT, "==bl-att-001=="),
    outcome="applied", classification="confirmation",
    imitates="file host abuse desk returning a per-link outcome spreadsheet (CSV attachment)",
    why="CSV rows give deleted / file_not_found / no_action with reason per link; the rest stay pending",
    items={B[1]: "removed", B[2]: "removed", B[3]: "not_found", B[4]: "removed",
           B[5]: "rejected", B[6]: "removed", B[7]: "not_found", B[8]: "removed"},
)

case(
    name="bl-plain-text-table",
    date="Wed, 04 Sep 2024 09:02:55 +0900",
    **{"from": "abuse@bytelocker.io"}, name_from="ByteLocker Abuse",
    subject="Re: [KCSC-240902-01] Removal request - remaining links",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""Hi,

Second batch for KCSC-240902-01:

  #  Link                                      Result
  -- ----------------------------------------- ------------------------------
  9  {B[9]}          Deleted
  10 {B[10]}          Not found (removed by uploader
                                               before we got to it)
  11 {B[11]}     Folder disabled, 4 files inside
                                               deleted
  12 {B[12]}     Kept - no violation found

For #12 the uploader showed us a distribution licence from the publisher,
so we are not taking it down. You can contest this through
https://bytelocker.io/help/appeal if you disagree.

Marta / ByteLocker T&S
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply pasting a fixed-width text table of results",
    why="text table: 9 deleted, 10 already removed by uploader, 11 folder disabled, 12 kept with a reason; appeal link is not an item",
    items={B[9]: "removed", B[10]: "not_found", B[11]: "removed", B[12]: "rejected"},
)

case(
    name="bl-bulk-all-removed",
    date="Thu, 05 Sep 2024 18:20:41 +0900",
    **{"from": "support@bytelocker.io"}, name_from="ByteLocker Support",
    subject="Your report KCSC-240902-01",
    reply_to_req=req_id("KCSC-240902-01"),
    body="""Hello KCSC team,

Following up on KCSC-240902-01: all of the files and the folder you reported
have now been removed from ByteLocker and the uploader's account has been
closed.

Best,
Jun
ByteLocker Support
""",
    outcome="review", review="bulk",
    imitates="support agent closing a multi-link report with one sentence",
    why="one statement about all twelve links, none named: bulk for a 12-item request",
    items={u: "pending" for u in B.values()},
)

case(
    name="bl-ticket-receipt",
    date="Mon, 02 Sep 2024 10:31:07 +0900",
    **{"from": "noreply@bytelocker.io"}, name_from="ByteLocker Help Center",
    subject="[BL-55120] We received your request",
    extra_headers=["Auto-Submitted: auto-generated", "X-Ticket-ID: BL-55120"],
    body="""##- Please type your reply above this line -##

Your request (BL-55120) has been received and is being reviewed by our
support staff.

Subject: [KCSC-240902-01] Removal request - copyright infringing files

To add additional comments, reply to this email.

This email is a service from ByteLocker Help Center.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (Zendesk-style 'request received')",
    why="pure receipt of the request, nothing about any link",
    items={},
)

case(
    name="bl-promise-will-remove",
    date="Mon, 02 Sep 2024 15:47:30 +0900",
    **{"from": "marta.k@bytelocker.io"}, name_from="Marta Kowal",
    subject="RE: [KCSC-240902-01] Removal request - copyright infringing files",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""Hi,

thanks for the list. I checked the first three quickly:

{B[1]}
{B[2]}
{B[3]}

These will be taken down within 24 hours once our legal reviewer signs off.
I'll get back to you on the others later this week.

Marta
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk staffer's informal 'will be taken down' reply",
    why="a promise (will be taken down, once signed off): no status for the named links",
    items={B[1]: "pending", B[2]: "pending", B[3]: "pending"},
)

HTML_BL = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear reporter,</p>
<p>Here is the status of the links from report <b>KCSC-240902-01</b> that our team handled today:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Action taken</th><th>Date (UTC)</th></tr>
<tr><td><a href="{B[11]}">{B[11]}</a></td><td>Disabled (folder and the 4 files in it)</td><td>2024-09-03</td></tr>
<tr><td><a href="{B[6]}">{B[6]}</a></td><td>Disabled</td><td>2024-09-03</td></tr>
<tr><td><a href="{B[7]}">{B[7]}</a></td><td>Not found</td><td>-</td></tr>
</table>
<p>Our policy: <a href="https://bytelocker.io/legal/copyright">bytelocker.io/legal/copyright</a></p>
<p>ByteLocker Trust &amp; Safety</p>
</body></html>"""
TEXT_BL = f"""Dear reporter,

Here is the status of the links from report KCSC-240902-01 that our team
handled today:

{B[11]} - Disabled (folder and the 4 files in it) - 2024-09-03
{B[6]} - Disabled - 2024-09-03
{B[7]} - Not found

Our policy: https://bytelocker.io/legal/copyright

ByteLocker Trust & Safety
"""
case(
    name="bl-html-table-folder",
    date="Tue, 03 Sep 2024 20:05:00 +0900",
    **{"from": "trust@bytelocker.io"}, name_from="ByteLocker Trust & Safety",
    subject="Report KCSC-240902-01 - action summary",
    raw_mime=multipart_alt(TEXT_BL, HTML_BL, "alt-bl-7731"),
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety HTML summary table with plain-text alternative",
    why="folder and one file disabled, one file not found; the policy link is not an item",
    items={B[11]: "removed", B[6]: "removed", B[7]: "not_found"},
)

case(
    name="bl-top-posted-over-quote",
    date="Wed, 04 Sep 2024 01:12:19 +0900",
    **{"from": "jun.park@bytelocker.io"}, name_from="Jun Park",
    subject="Re: [KCSC-240902-01] Removal request - copyright infringing files",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""removed:
{B[4]}
{B[5]}

already deleted by the uploader, nothing left to remove:
{B[10]}

rest still in the queue.
-jun

On Mon, Sep 2, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear ByteLocker,
>
> Under the Act on Promotion of Information and Communications Network
> Utilization, we request the removal of the following files (ref.
> KCSC-240902-01):
>
""" + "\n".join("> " + l for l in REQUEST_QUOTE_B.split("\n")) + """
>
> Please reply by 9 September 2024.
> KCSC
""",
    outcome="applied", classification="confirmation",
    imitates="terse top-posted reply by an engineer over the Gmail-quoted request",
    why="two links removed and one already gone, stated above the quote; the quoted list states nothing",
    items={B[4]: "removed", B[5]: "removed", B[10]: "not_found"},
)

B64_TEXT = f"""Hello,

Update on KCSC-240902-01.

The direct-download link below has been removed together with the file:
{B[12]}

The following file stays online:
{B[8]}
The uploader is the rights holder's own distribution account and sent us
the contract, so the upload does not infringe anything and we will not act
on it.

Kind regards,
ByteLocker Legal
"""
case(
    name="bl-base64-body",
    date="Fri, 06 Sep 2024 13:33:03 +0900",
    **{"from": "legal@bytelocker.io"}, name_from="ByteLocker Legal",
    subject="KCSC-240902-01 update",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(B64_TEXT) + "\n",
    outcome="applied", classification="confirmation",
    imitates="legal team reply sent base64-encoded by its mail client",
    why="the ?dl=1 link removed (URL on the line below its statement); another file kept because it infringes nothing",
    items={B[12]: "removed", B[8]: "rejected"},
)

case(
    name="bl-out-of-office",
    date="Mon, 02 Sep 2024 10:31:40 +0900",
    **{"from": "marta.k@bytelocker.io"}, name_from="Marta Kowal",
    subject="Automatic reply: [KCSC-240902-01] Removal request - copyright infringing files",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 4 September with limited access to email.
Abuse reports are handled by the team at abuse@bytelocker.io in the meantime.

Marta
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="bl-hedged-may-have-been",
    date="Thu, 05 Sep 2024 10:15:00 +0900",
    **{"from": "jun.park@bytelocker.io"}, name_from="Jun Park",
    subject="Re: [KCSC-240902-01] remaining links",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""Hi,

quick note on two of the links, {B[9]} and
{B[10]}: these may have been cleaned up already by our
duplicate-hash job last night, but I can't confirm it from the logs yet.
I'll check with the storage team and come back to you.

Jun
""",
    outcome="review", review="not_understood",
    imitates="engineer's informal hedged status note",
    why="'may have been cleaned up', 'can't confirm': a hedge, no status",
    items={B[9]: "pending", B[10]: "pending"},
)

case(
    name="bl-outlook-original-message",
    date="Tue, 03 Sep 2024 16:44:51 +0900",
    **{"from": "legal@bytelocker.io"}, name_from="ByteLocker Legal",
    subject="RE: [KCSC-240902-01] Removal request - copyright infringing files",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""Dear KCSC,

We have deleted {B[1]} and {B[2]}.
We are still reviewing the other links in your request.

Regards,
Anna Lindqvist
Legal Counsel, ByteLocker

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 3:30 AM
To: abuse@bytelocker.io
Subject: [KCSC-240902-01] Removal request - copyright infringing files

Dear ByteLocker,

We request the removal of the following files, which distribute webtoons
without the rights holders' permission:

{REQUEST_QUOTE_B}

Please confirm the action taken for each link.
KCSC
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' quote (no '>' prefixes)",
    why="two links deleted above the Outlook quote; the unprefixed quoted request states nothing",
    items={B[1]: "removed", B[2]: "removed"},
)

case(
    name="bl-angle-brackets-wrapped",
    date="Wed, 04 Sep 2024 22:08:14 +0900",
    **{"from": "abuse@bytelocker.io"}, name_from="ByteLocker Abuse",
    subject="Re: [KCSC-240902-01] Removal request",
    body="""Hello,

The files at the following addresses were taken down today for copyright
infringement:

  <https://bytelocker.io/f/Zc8Nv1Eb>,
  <https://bytelocker.io/f/Bn2Jq7Xc> and
  <https://bytelocker.io/f/
   Dy6Po3Zw>.

Abuse team, ByteLocker
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with URLs in angle brackets, one wrapped inside the brackets",
    why="three links taken down; the third is wrapped inside its angle brackets (RFC 3986 appendix C style)",
    items={B[3]: "removed", B[6]: "removed", B[9]: "removed"},
)

case(
    name="bl-kept-with-policy-links",
    date="Fri, 06 Sep 2024 09:51:27 +0900",
    **{"from": "trust@bytelocker.io"}, name_from="ByteLocker Trust & Safety",
    subject="KCSC-240902-01: decision on two links",
    body=f"""Dear KCSC,

{B[5]}
Decision: no action. The file is a fan translation notice with no copyrighted
pages in it; it does not breach our Acceptable Use Policy
(https://bytelocker.io/legal/aup). The uploader may keep it online.

{B[7]}
Decision: removed for copyright infringement.

If you disagree with a decision you can ask for a second review at
https://bytelocker.io/help/appeal?case=BL-55120 .

ByteLocker Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style decision notice per link with policy and appeal links",
    why="bare URL with its decision on the line below: one kept with a reason, one removed; policy/appeal links are not items",
    items={B[5]: "rejected", B[7]: "removed"},
)

case(
    name="bl-ack-plus-statement",
    date="Mon, 02 Sep 2024 12:02:33 +0900",
    **{"from": "abuse@bytelocker.io"}, name_from="ByteLocker Abuse",
    subject="Re: [KCSC-240902-01] Removal request - copyright infringing files",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""Hello,

Thank you for your report. It has been logged as ticket BL-55131.

Two of the links were already disabled by our automated matching system
before your report reached us:
- {B[2]}
- {B[4]}

We will review the remaining links and reply in this thread.

ByteLocker Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="ticket acknowledgement that also reports links already disabled",
    why="acknowledgement phrase plus unhedged 'already disabled' for two named links (disabled by the platform: removed)",
    items={B[2]: "removed", B[4]: "removed"},
)

# ================================================================ kestrelhost (hosting, 4 items)
case(
    name="kh-account-suspended",
    date="Wed, 04 Sep 2024 03:17:45 +0900",
    **{"from": "abuse@kestrelhost.net"}, name_from="KestrelHost Abuse",
    subject="[Abuse #KH-20931] KCSC-240903-02 rx-daehan-mall.com",
    reply_to_req=req_id("KCSC-240903-02"),
    body=f"""Hello,

Thank you for your notice regarding the following URLs:

{K[1]}
{K[2]}

Both pages belong to a single shared-hosting account which we have
suspended for violation of our Acceptable Use Policy (sale of prescription
drugs). The site is offline and both pages are no longer accessible.

--
KestrelHost Abuse Department
Abuse #KH-20931
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse-desk reply: customer account suspended",
    why="both named pages made inaccessible by suspending the hosting account: removed",
    items={K[1]: "removed", K[2]: "removed"},
)

case(
    name="kh-one-liner",
    date="Wed, 04 Sep 2024 08:01:02 +0900",
    **{"from": "noc@kestrelhost.net"}, name_from="KestrelHost NOC",
    subject="Re: KCSC-240903-02",
    body=f"""{K[3]} - removed.

--
j.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small host's NOC",
    why="one named URL, 'removed'",
    items={K[3]: "removed"},
)

case(
    name="kh-speaks-for-forum-customer",
    date="Tue, 10 Sep 2024 11:26:09 +0900",
    **{"from": "abuse@kestrelhost.net"}, name_from="KestrelHost Abuse",
    subject="FYI - dalbit.co.kr posts",
    body=f"""Hello,

The community site dalbit.co.kr is also a customer of ours. We saw your
notice to them in our abuse queue and contacted the site owner, who tells
us the following posts have been deleted:

{DRAW[1]}
{DRAW[2]}

Please contact the site directly for anything else.

KestrelHost Abuse Department
""",
    outcome="review", review="wrong_platform",
    imitates="hosting provider relaying what its customer (a forum) did",
    why="KestrelHost states statuses for dalbit's items, a different platform",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="kh-refuses-licensed",
    date="Thu, 05 Sep 2024 17:40:30 +0900",
    **{"from": "legal@kestrelhost.net"}, name_from="KestrelHost Legal",
    subject="Re: [Abuse #KH-20932] KCSC-240903-02 bora-slot-club.net",
    reply_to_req=req_id("KCSC-240903-02"),
    body=f"""Dear Sir or Madam,

We have reviewed your request concerning
{K[4]}

The page is the landing page of an operator holding a gaming licence in the
jurisdiction where our servers are located, and it does not breach our
terms of service. We have therefore declined to take it down. The page
remains online.

Yours faithfully,
KestrelHost Legal
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider legal team declining a takedown with its reason",
    why="refusal with a reason (no breach of terms; stays online): rejected",
    items={K[4]: "rejected"},
)

case(
    name="kh-forged-auth-fail",
    date="Thu, 05 Sep 2024 06:02:11 +0900",
    **{"from": "abuse@kestrelhost.net"}, name_from="KestrelHost Abuse",
    auth="fail",
    subject="Re: KCSC-240903-02 resolved",
    body=f"""Hello,

{K[1]} has been removed. Case closed.

KestrelHost
""",
    outcome="review", review="untrusted",
    imitates="removal statement whose DKIM/SPF/DMARC checks failed",
    why="platform domain but authentication failed",
    items={K[1]: "pending"},
)

case(
    name="kh-ticket-staff-reply",
    date="Fri, 06 Sep 2024 14:55:38 +0900",
    **{"from": "support@kestrelhost.net"}, name_from="KestrelHost Support",
    subject="[Ticket ID: 884213] Abuse report KCSC-240903-02",
    reply_to_req=req_id("KCSC-240903-02"),
    body=f"""Dear KCSC Takedown,

A staff member has replied to your ticket.

----------------------------------------------
Staff: Daniel R.
----------------------------------------------
Our customer has deleted the page {K[3]} and we
checked that it now returns 404 Not Found from our server.
----------------------------------------------

Ticket ID: #884213
Subject: Abuse report KCSC-240903-02
Status: Answered

You can view the ticket at https://my.kestrelhost.net/viewticket.php?tid=884213

KestrelHost Support
""",
    outcome="applied", classification="confirmation",
    imitates="WHMCS-style ticket notification carrying a staff reply",
    why="staff reply: page deleted and verified 404 (taken down after the report): removed; the ticket link is not an item",
    items={K[3]: "removed"},
)

QP_KH = """Hello,

Further to abuse case KH-20932 (your reference KCSC-240903-02):

1) We disabled the page https://bora-slot-club.net/event/welc=
ome.html after the customer failed to answer our notice within 48 hours.

2) The address http://198.51.100.77/~bora/casino/index.php does not exist =
on our servers. That IP address was returned to our upstream in August and=
 nothing is served from that path by KestrelHost.

Best regards,
Tomasz
KestrelHost Abuse Department
"""
case(
    name="kh-quoted-printable",
    date="Mon, 09 Sep 2024 10:08:27 +0900",
    **{"from": "abuse@kestrelhost.net"}, name_from="KestrelHost Abuse",
    subject="[Abuse #KH-20932] follow-up",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + QP_KH,
    outcome="applied", classification="confirmation",
    imitates="abuse follow-up sent quoted-printable, a soft line break inside a URL",
    why="one page disabled (removed), one address does not exist on their servers (not_found)",
    items={K[4]: "removed", K[3]: "not_found"},
)

# ================================================================ veilcdn (CDN, 3 items)
case(
    name="vc-not-a-host-forwarded",
    date="Wed, 04 Sep 2024 10:02:44 +0900",
    **{"from": "abuse-reply@veilcdn.com"}, name_from="VeilCDN Trust & Safety",
    subject="VeilCDN abuse report [VC-7781204] toonmirror-kr.com",
    reply_to_req=req_id("KCSC-240904-03"),
    body=f"""Hello,

VeilCDN received your report about:

{V[1]}
{V[2]}
{V[3]}

VeilCDN is a reverse proxy and content delivery network. We are not the
hosting provider of this website and cannot remove content that is stored
on someone else's servers. We have forwarded your report to the website
owner and to the hosting provider, Nordvik Hosting AB
(abuse@nordvik-hosting.se), who can act on it.

Regards,
VeilCDN Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are a pass-through, report forwarded to the host' reply",
    why="no status for the named URLs: a referral to the host, neither a removal nor a rule-based refusal",
    items={V[1]: "pending", V[2]: "pending", V[3]: "pending"},
)

case(
    name="vc-geo-restricted-kr",
    date="Fri, 06 Sep 2024 19:21:09 +0900",
    **{"from": "legal@veilcdn.com"}, name_from="VeilCDN Legal",
    subject="Re: KCSC-240904-03 - action taken",
    reply_to_req=req_id("KCSC-240904-03"),
    body=f"""Dear KCSC,

In response to your order, VeilCDN has restricted access from the Republic
of Korea to the following URLs. Visitors from other countries are not
affected.

* {V[1]}
* {V[2]}
* {V[3]}

Regards,
VeilCDN Legal
""",
    outcome="applied", classification="confirmation",
    imitates="CDN geo-blocking reply for a national order",
    why="access from Korea restricted, other countries unaffected: restricted for each listed URL",
    items={V[1]: "restricted", V[2]: "restricted", V[3]: "restricted"},
)

HTML_VC = f"""<html><body>
<h3>Statement of reasons</h3>
<table border="0" cellpadding="3">
<tr><td><b>Content</b></td><td>{V[3]}</td></tr>
<tr><td><b>Service</b></td><td>VeilCDN Images (content stored on our network)</td></tr>
<tr><td><b>Decision</b></td><td>Access to the content disabled</td></tr>
<tr><td><b>Territorial scope</b></td><td>Worldwide</td></tr>
<tr><td><b>Ground</b></td><td>Illegal content (copyright), notice KCSC-240904-03</td></tr>
<tr><td><b>Automated means</b></td><td>No</td></tr>
<tr><td><b>Redress</b></td><td>See <a href="https://www.veilcdn.com/legal/redress">veilcdn.com/legal/redress</a></td></tr>
</table>
<p>The other two URLs in your notice are served from the customer's own origin and are not stored by VeilCDN.</p>
</body></html>"""
case(
    name="vc-statement-of-reasons-html",
    date="Sat, 07 Sep 2024 02:44:13 +0900",
    **{"from": "sor@veilcdn.com"}, name_from="VeilCDN",
    subject="Statement of reasons - notice KCSC-240904-03",
    type="html", body=HTML_VC,
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons as an HTML key/value table",
    why="the stored cover image: access disabled worldwide (removed); the sentence about 'the other two' names no URL and gives no status",
    items={V[3]: "removed"},
)

case(
    name="vc-read-receipt",
    date="Wed, 04 Sep 2024 09:58:00 +0900",
    **{"from": "legal@veilcdn.com"}, name_from="VeilCDN Legal",
    subject="Read: KCSC-240904-03 - Removal request",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-vc-1"

--mdn-vc-1
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal@veilcdn.com at 04/09/2024 09:40.

This receipt verifies that the message has been displayed on the recipient's computer.

--mdn-vc-1
Content-Type: message/disposition-notification

Reporting-UA: mail.veilcdn.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@veilcdn.com
Original-Message-ID: <kcsc.req.240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-vc-1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="vc-origin-host-unknown-sender",
    date="Mon, 09 Sep 2024 15:30:00 +0900",
    **{"from": "abuse@nordvik-hosting.se"}, name_from="Nordvik Hosting Abuse",
    subject="Fwd complaint via VeilCDN - KCSC-240904-03",
    body=f"""Hi,

VeilCDN passed your complaint (KCSC-240904-03) on to us as the origin host
of toonmirror-kr.com. Our customer has removed these two episodes:

{V[1]}
{V[2]}

Best regards,
Nordvik Hosting AB, Abuse
""",
    outcome="review", review="unknown_sender",
    imitates="origin hosting provider answering a complaint relayed by a CDN",
    why="sender domain belongs to no configured platform",
    items={V[1]: "pending", V[2]: "pending"},
)

# ================================================================ dotnamu (registrar, 2 items)
case(
    name="dn-korean-hold-and-expired",
    date="Fri, 06 Sep 2024 16:12:40 +0900",
    **{"from": "abuse@dotnamu.kr"}, name_from="Dotnamu",
    subject=enc("[도트나무] 도메인 관련 시정요구(KCSC-240905-04) 처리 결과 안내"),
    reply_to_req=req_id("KCSC-240905-04"),
    body=f"""안녕하세요, 도트나무 도메인 불법이용 대응팀입니다.

귀 위원회에서 요청하신 도메인에 대한 처리 결과를 아래와 같이 알려드립니다.

1. {R[1]}
   - 처리: 2024-09-06 14:00 부로 도메인 서비스 정지(clientHold) 처리
   - 결과: 네임서버 응답이 중지되어 해당 사이트에 접속할 수 없습니다.

2. {R[2]}
   - 처리: 해당 없음
   - 사유: 2024-08-28 등록 기간 만료로 이미 삭제된 도메인으로, 현재 당사에 등록 정보가 존재하지 않습니다.

감사합니다.
도트나무 고객지원센터
""",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar 처리 결과 안내 (clientHold / expired domain)",
    why="domain on clientHold, site unreachable everywhere (removed); the other domain already deleted on expiry, no record (not_found)",
    items={R[1]: "removed", R[2]: "not_found"},
)

case(
    name="dn-english-clienthold",
    date="Mon, 09 Sep 2024 09:30:15 +0900",
    **{"from": "compliance@dotnamu.kr"}, name_from="Dotnamu Compliance",
    subject="RE: KCSC-240905-04 hanbat-toto.net",
    body=f"""Dear KCSC,

We placed the domain in {R[2]} on clientHold today. It no longer
resolves, so the website is unavailable.

Regards,
Dotnamu Compliance Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance team's short clientHold confirmation (English)",
    why="domain put on hold, website unavailable: removed",
    items={R[2]: "removed"},
)

case(
    name="dn-bounce-mailbox-full",
    date="Thu, 05 Sep 2024 14:20:31 +0900",
    **{"from": "MAILER-DAEMON@mx1.dotnamu.kr"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-dn-1"

--dsn-dn-1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dotnamu.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@dotnamu.kr>: host mailstore.dotnamu.kr[203.0.113.25] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)

--dsn-dn-1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dotnamu.kr
Arrival-Date: Thu,  5 Sep 2024 14:20:30 +0900

Final-Recipient: rfc822; abuse@dotnamu.kr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-dn-1
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@dotnamu.kr
Subject: [KCSC-240905-04] Request to suspend domains
Message-ID: <kcsc.req.240905-04@kcsc.example>

--dsn-dn-1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN, mailbox full",
    why="delivery failure report",
    items={},
)

case(
    name="dn-asks-for-documents",
    date="Fri, 06 Sep 2024 10:45:00 +0900",
    **{"from": "abuse@dotnamu.kr"}, name_from="Dotnamu",
    subject=enc("RE: [KCSC-240905-04] 도메인 정지 요청 관련 서류 요청"),
    reply_to_req=req_id("KCSC-240905-04"),
    body=f"""안녕하세요, 도트나무입니다.

{R[1]} 도메인에 대한 정지 요청 건과 관련하여, 등록자에게 통지하기 위해
위원회의 시정요구 결정문 사본(공문)이 필요합니다.
공문을 회신 메일로 보내주시면 확인 후 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean registrar asking for the official decision document before acting",
    why="asks for the official document; 'will process after checking' is a promise",
    items={R[1]: "pending"},
)

# ================================================================ dalbit (Korean forum, 5 items)
case(
    name="db-admin-korean-list",
    date="Tue, 10 Sep 2024 13:02:17 +0900",
    **{"from": "admin@dalbit.co.kr"}, name_from="Dalbit Admin",
    subject=enc("Re: [KCSC-240909-05] 게시물 삭제 요청"),
    reply_to_req=req_id("KCSC-240909-05"),
    body=f"""안녕하세요. 달빛 커뮤니티 운영자입니다.
요청하신 게시물 처리 결과 알려드립니다.

1. {DRAW[1]}
  → 삭제 완료
2. {DRAW[2]}
  → 블라인드 처리
3. {DRAW[5]}
  → 작성자가 이미 삭제한 글입니다

나머지 두 건은 확인 중입니다.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="small Korean community admin's numbered 처리 결과 reply",
    why="삭제 완료 (removed), 블라인드 (removed), 작성자가 이미 삭제 (not_found); '확인 중' names nothing",
    items={D[1]: "removed", D[2]: "removed", D[5]: "not_found"},
)

case(
    name="db-particles-fullwidth",
    date="Wed, 11 Sep 2024 00:41:55 +0900",
    **{"from": "admin@dalbit.co.kr"}, name_from="Dalbit Admin",
    subject=enc("게시물 처리했습니다"),
    body=f"""방심위 담당자님께

{DRAW[5]}은 운영정책 위반으로 삭제했고, {DRAW[4]}는 판매글이 아니라 구매 후기라서 규정 위반이 아니므로 그대로 두겠습니다.
그리고 유머게시판 글（{DRAW[2]}）도 블라인드 처리했습니다.

달빛 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's one-paragraph Korean reply, particles glued to URLs",
    why="88190 deleted (removed); wr_id=5127 kept as it breaks no rule (rejected); 40211 in full-width parentheses blinded (removed)",
    items={D[5]: "removed", D[4]: "rejected", D[2]: "removed"},
)

case(
    name="db-temporary-measure",
    date="Tue, 10 Sep 2024 17:25:03 +0900",
    **{"from": "report@dalbit.co.kr"}, name_from="Dalbit",
    subject=enc("[달빛] 권리침해 신고(KCSC-240909-05) 처리 안내"),
    body=f"""안녕하세요. 달빛 신고센터입니다.

신고하신 게시물에 대한 처리 결과를 안내드립니다.

■ {DRAW[3]}
 - 처리결과: 임시조치(30일)
 - 안내: 정보통신망법 제44조의2에 따라 30일간 게시물 접근을 차단하였습니다.

■ {DRAW[1]}
 - 처리결과: 임시조치(30일)

■ {DRAW[2]}
 - 처리결과: 게시 유지
 - 사유: 검토 결과 권리침해 소지가 확인되지 않았습니다.

처리결과에 이의가 있으시면 https://www.dalbit.co.kr/help/report 로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal-style 임시조치 notice (정보통신망법 44조의2)",
    why="two posts under 임시조치 (restricted), one kept after review (rejected); the help link is not an item",
    items={D[3]: "restricted", D[1]: "restricted", D[2]: "rejected"},
)

HTML_DB = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240909-05)에 대한 조치 결과를 다음과 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td><a href="{D[1]}">{DRAW[1]}</a></td><td>삭제</td><td>2024-09-11</td></tr>
<tr><td>2</td><td><a href="{DRAW[3].replace('&', '&amp;')}">{DRAW[3].replace('&', '&amp;')}</a></td><td>삭제</td><td>2024-09-11</td></tr>
<tr><td>3</td><td><a href="{DRAW[4].replace('&', '&amp;')}">{DRAW[4].replace('&', '&amp;')}</a></td><td>접근제한(국내)</td><td>2024-09-11</td></tr>
<tr><td>4</td><td><a href="{D[5]}">{DRAW[5]}</a></td><td>해당 게시물 없음</td><td>-</td></tr>
</table>
<p>달빛 커뮤니티 운영팀</p>
</body></html>"""
case(
    name="db-html-table-result",
    date="Wed, 11 Sep 2024 15:10:48 +0900",
    **{"from": "admin@dalbit.co.kr"}, name_from="Dalbit Admin",
    subject=enc("시정요구 조치결과 회신 (KCSC-240909-05)"),
    type="html", body=HTML_DB,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 HTML table",
    why="삭제 x2 (removed), 접근제한(국내) (restricted), 해당 게시물 없음 (not_found); &amp; in hrefs",
    items={D[1]: "removed", D[3]: "removed", D[4]: "restricted", D[5]: "not_found"},
)

case(
    name="db-korean-promise",
    date="Mon, 09 Sep 2024 18:03:29 +0900",
    **{"from": "admin@dalbit.co.kr"}, name_from="Dalbit Admin",
    subject=enc("Re: [KCSC-240909-05] 게시물 삭제 요청"),
    reply_to_req=req_id("KCSC-240909-05"),
    body=f"""네 메일 잘 받았습니다.

{DRAW[1]}
{DRAW[2]}

위 두 글은 내일 중으로 내용 확인해서 삭제 조치하겠습니다.
나머지도 순서대로 보고 연락드릴게요.
""",
    outcome="review", review="not_understood",
    imitates="forum admin's informal Korean promise to delete tomorrow",
    why="'삭제 조치하겠습니다' (will delete after checking): a promise, no status",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="db-admin-from-gmail",
    date="Tue, 10 Sep 2024 22:14:06 +0900",
    **{"from": "dalbit.admin.sj@gmail.com"}, name_from="SJ",
    subject=enc("달빛 게시판 글 삭제 건 (KCSC-240909-05)"),
    body=f"""안녕하세요 달빛 커뮤니티 운영하는 사람입니다. 회사 메일이 안 돼서 개인 메일로 보냅니다.

{DRAW[3]} 이 글 지웠습니다.

확인 부탁드려요.
""",
    outcome="review", review="unknown_sender",
    imitates="small forum operator answering from a personal webmail address",
    why="claims a deletion but comes from gmail.com, not the platform's domain",
    items={D[3]: "pending"},
)

case(
    name="db-korean-out-of-office",
    date="Mon, 09 Sep 2024 10:00:52 +0900",
    **{"from": "admin@dalbit.co.kr"}, name_from="Dalbit Admin",
    subject=enc("[자동응답] Re: [KCSC-240909-05] 게시물 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 달빛 커뮤니티입니다.
운영자 휴가로 9월 9일부터 9월 10일까지 메일 확인이 늦어질 수 있습니다.
복귀 후 순차적으로 답변드리겠습니다.

※ 본 메일은 자동으로 발송된 메일입니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ hanachan (image board, 3 items)
case(
    name="hc-janitor-terse",
    date="Wed, 11 Sep 2024 04:12:33 +0900",
    **{"from": "mods@hanachan.org"}, name_from="hanachan mods",
    subject="Re: [KCSC-240910-06] report",
    reply_to_req=req_id("KCSC-240910-06"),
    body=f"""{H[1]} -- thread nuked, poster banned 30d
{H[2]} -- deleted

- vol. janitor
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's two-line reply",
    why="one thread nuked (deleted), one deleted: removed x2",
    items={H[1]: "removed", H[2]: "removed"},
)

case(
    name="hc-single-post-fragment",
    date="Thu, 12 Sep 2024 11:55:00 +0900",
    **{"from": "admin@hanachan.org"}, name_from="hanachan admin",
    subject="KCSC-240910-06",
    body=f"""Hi,

Post No.77150 ({H[3]}) has been deleted. The rest of the
thread did not break any rule and stays up, but that was only one post in
your report anyway.

admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin deleting a single post inside a thread",
    why="the requested post (URL with #p fragment) deleted: removed; the thread itself was not requested",
    items={H[3]: "removed"},
)

case(
    name="hc-stays-satire",
    date="Thu, 12 Sep 2024 12:40:21 +0900",
    **{"from": "admin@hanachan.org"}, name_from="hanachan admin",
    subject="Re: KCSC-240910-06",
    body=f"""Looked at {H[2]} again.
It's a satire thread with drawn images only, it doesn't break the board
rules (https://hanachan.org/rules.html) so we're leaving it up.

admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin refusing with a reason",
    why="stays up because it breaks no board rule: rejected; rules link not an item",
    items={H[2]: "rejected"},
)

case(
    name="hc-spoofed",
    date="Wed, 11 Sep 2024 09:09:09 +0900",
    **{"from": "admin@hanachan.org"}, name_from="hanachan admin",
    auth="fail",
    subject="Re: [KCSC-240910-06] report - done",
    body=f"""All done, deleted {H[1]} and {H[2]}.
""",
    outcome="review", review="untrusted",
    imitates="forged reply in a small site's name failing DMARC",
    why="authentication failed for the platform's domain",
    items={H[1]: "pending", H[2]: "pending"},
)

case(
    name="hc-report-queue-receipt",
    date="Tue, 10 Sep 2024 16:10:44 +0900",
    **{"from": "noreply@hanachan.org"}, name_from="hanachan",
    subject="Your report was added to the moderation queue",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Your report has been added to the moderation queue (queue id 99120).
A volunteer will look at it. We do not reply to every report.

-- hanachan
""",
    outcome="ignored", classification="acknowledgement",
    imitates="automated moderation-queue receipt",
    why="pure receipt",
    items={},
)

# ================================================================ scribblepad (paste, 1 item)
case(
    name="sp-sole-statement",
    date="Wed, 11 Sep 2024 21:30:02 +0900",
    **{"from": "abuse@scribblepad.org"}, name_from="Scribblepad",
    subject="Re: [KCSC-240911-07] Paste containing personal data",
    reply_to_req=req_id("KCSC-240911-07"),
    body="""Hello,

The paste you reported has been deleted and the account that posted it
suspended.

-- Scribblepad abuse
""",
    outcome="applied", classification="confirmation",
    imitates="paste-site abuse reply without the URL, in the request's thread",
    why="one statement, no URL, answering a one-item request: applies to that item",
    items={S[1]: "removed"},
)

case(
    name="sp-read-receipt",
    date="Wed, 11 Sep 2024 09:20:00 +0900",
    **{"from": "abuse@scribblepad.org"}, name_from="Scribblepad",
    subject="Read: [KCSC-240911-07] Paste containing personal data",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-sp-1"

--mdn-sp-1
Content-Type: text/plain; charset=utf-8

The message sent on 2024-09-11 09:05 to abuse@scribblepad.org with subject
"[KCSC-240911-07] Paste containing personal data" has been displayed.
This is no guarantee that the message has been read or understood.

--mdn-sp-1
Content-Type: message/disposition-notification

Reporting-UA: Thunderbird
Final-Recipient: rfc822;abuse@scribblepad.org
Original-Message-ID: <kcsc.req.240911-07@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-sp-1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird return receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="sp-appears-expired",
    date="Thu, 12 Sep 2024 08:14:45 +0900",
    **{"from": "ops@scribblepad.org"}, name_from="Scribblepad ops",
    subject="Re: [KCSC-240911-07] Paste containing personal data",
    reply_to_req=req_id("KCSC-240911-07"),
    body=f"""hi, {S[1]} appears to have expired on its own, it was
probably a burn-after-24h paste. I'll confirm with the on-call person
tomorrow before we close this.
""",
    outcome="review", review="not_understood",
    imitates="paste-site operator's hedged guess",
    why="'appears to have expired', 'probably', 'will confirm': hedged, no status",
    items={S[1]: "pending"},
)


HEADER = """# Blind set 499 (hosts, CDN, registrar, forum, image board, file host, paste site).
# Written by tests/corpus/blind499/make.py from each email's meaning alone,
# before any run of the reader. See NOTES.md.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
