#!/usr/bin/env python3
"""Blind set 445: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind445/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
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

corpuslib.DOMAIN_NAMES.update({
    "filecrate.io": "FileCrate Trust & Safety",
    "kumohost.net": "KumoHost Abuse",
    "edgeveil.com": "EdgeVeil Trust & Safety",
    "pinereg.com": "PineReg Abuse Team",
    "dalbitbbs.kr": "달빛커뮤니티 운영팀",
    "hanachan.net": "hanachan mods",
    "pastenest.org": "PasteNest",
})

# ---------------------------------------------------------------- requests
F = [
    "https://filecrate.io/f/Tq7mB2xa",
    "https://filecrate.io/f/Wn3pL9cd",
    "https://filecrate.io/f/Hx5rK1ef",
    "https://filecrate.io/f/Zc8vQ4gh",
    "https://filecrate.io/f/Mb2yN6ij",
    "https://filecrate.io/f/Pd9sJ3kl",
    "https://filecrate.io/f/Rg4tF7mn",
    "https://filecrate.io/f/Vk1wD5op",
    "https://filecrate.io/folder/Ye6uA8qr",
    "https://filecrate.io/f/Ja0zC2st",
    "https://filecrate.io/f/Ls7oE4uv",
    "https://filecrate.io/f/Nu3iG9wx",
    "https://dl.filecrate.io/f/Qe5hI1yz/archive_part1.zip",
    "https://filecrate.io/f/Sw8kH6ab",
]
F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14 = F
K = [
    "http://gold-casino-kr.win/",
    "https://mukti-pharm.shop/products/ozen-20",
    "https://mukti-pharm.shop/products/ozen-40",
    "http://203.0.113.45/~hwal/index.php?page=7",
]
K1, K2, K3, K4 = K
E = [
    "https://toto-jackpot77.club/",
    "https://bamboo-streams.tv/live/ch12",
    "https://bamboo-streams.tv/vod/3391",
]
E1, E2, E3 = E
P = ["http://seoul-escort-night.com/", "http://fakebank-login-kr.net/"]
P1, P2 = P
D = [
    "https://dalbitbbs.kr/free/481203",
    "https://dalbitbbs.kr/free/481377",
    "https://dalbitbbs.kr/humor/99120",
    "https://dalbitbbs.kr/gallery/%EC%82%AC%EC%A7%84/7731",
    "https://dalbitbbs.kr/free/481502?comment=88120",
]
D1, D2, D3, D4, D5 = D
D4_RAW = "https://dalbitbbs.kr/gallery/사진/7731"
H = [
    "https://hanachan.net/b/res/552019.html",
    "https://hanachan.net/kr/res/10488.html",
    "https://i.hanachan.net/kr/src/1725861122301.jpg",
]
H1, H2, H3 = H
N1 = "https://pastenest.org/raw/xK29fPq"

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "filecrate", "2024-09-03", "2024-09-10", F, "copyright",
     'mirror of the "Hanul" drama archive, parts 1-3, plus folder'),
    ("KCSC-240905-02", "kumohost", "2024-09-05", "2024-09-12", K, "gambling, drugs",
     "hosted sites: casino, pharmacy, shared host"),
    ("KCSC-240909-03", "edgeveil", "2024-09-09", "2024-09-16", E, "gambling, copyright",
     "sites behind the EdgeVeil CDN"),
    ("KCSC-240910-04", "pinereg", "2024-09-10", "2024-09-17", P, "obscenity, phishing",
     "domains registered through PineReg"),
    ("KCSC-240911-05", "dalbit", "2024-09-11", "2024-09-18", D, "privacy",
     "forum posts and one comment"),
    ("KCSC-240912-06", "hanachan", "2024-09-12", "2024-09-19", H, "obscenity",
     "image board threads and an image"),
    ("KCSC-240913-07", "pastenest", "2024-09-13", "2024-09-20", [N1], "privacy",
     "one paste with personal data"),
]
REQ_MID = {r[0]: r[0] + ".1" for r in REQUESTS}  # Message-ID <REF.1@kcsc.example>


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, REQ_MID[ref] + "@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted_request(ref, urls, when, style="gmail"):
    lines = [
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission asks you to remove the",
        f"following content (our reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the result for each URL.", "",
              "KCSC Takedown Desk"]
    if style == "gmail":
        return f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:\n" + \
            "\n".join(("> " + l) if l else ">" for l in lines)
    return ("-----Original Message-----\n"
            "From: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {when}\n"
            "To: abuse@filecrate.io\n"
            f"Subject: [{ref}] Removal request\n\n" + "\n".join(lines))


def fc_list(urls, bullet="- "):
    return "\n".join(bullet + u for u in urls)


# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ============ FileCrate (file host), KCSC-240903-01, 14 items ============
R1 = "KCSC-240903-01"

case(name="fc-two-lists-removed-and-missing",
     **{"from": "trust@filecrate.io"}, date="Wed, 04 Sep 2024 18:22:10 +0000",
     subject=f"Re: [{R1}] Removal request", reply_to_req=REQ_MID[R1],
     body=f"""Hello,

Thank you for your notice (your reference {R1}).

Our Trust & Safety team has gone through the links you sent. The files below
were removed from FileCrate and the uploader has been told why:

{fc_list(F[:6])}

We could not find the following two files. Their uploader had deleted them
before your notice reached us:

{fc_list([F7, F8])}

We are still working on the remaining links and will write again.

Kind regards,
Ines
FileCrate Trust & Safety
https://filecrate.io/legal/abuse-policy
""",
     outcome="applied", classification="confirmation",
     imitates="file-host DMCA-style reply with a 'removed' list and a 'could not find' list",
     why="six files removed, two already deleted by the uploader (not_found); policy link is no item",
     items={**{u: "removed" for u in F[:6]}, F7: "not_found", F8: "not_found"})

csv_text = (
    "file_url,result,date_actioned,comment\n"
    f"{F10},removed,2024-09-05,\n"
    f"{F11},removed,2024-09-05,\n"
    f"{F12},not found,,\"no file with this id, link is invalid\"\n"
    f"{F13},disabled,2024-09-05,\"direct download link, all parts\"\n"
    f"{F14},kept,,\"licensed trailer, no infringement found\"\n"
    f"{F9},geo-blocked (KR),2024-09-06,folder hidden for Korean IPs only\n"
)
case(name="fc-csv-attachment-results",
     **{"from": "abuse@filecrate.io"}, date="Fri, 06 Sep 2024 09:05:44 +0000",
     subject=f"Re: [{R1}] Removal request - results", reply_to_req=REQ_MID[R1],
     raw_mime=f"""Content-Type: multipart/mixed; boundary="fc-b445-csv"

--fc-b445-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

Attached is the outcome for the six links of {R1} that were still open.
One row per link.

Regards,
FileCrate Abuse

--fc-b445-csv
Content-Type: text/csv; charset=utf-8; name="{R1}_results.csv"
Content-Disposition: attachment; filename="{R1}_results.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--fc-b445-csv--
""",
     outcome="applied", classification="confirmation",
     imitates="abuse desk sending a results spreadsheet (CSV) as an attachment",
     why="CSV rows: removed, removed, not found, disabled, kept (licensed, no infringement), geo-blocked KR",
     items={F10: "removed", F11: "removed", F12: "not_found", F13: "removed",
            F14: "rejected", F9: "restricted"})

case(name="fc-plain-text-table",
     **{"from": "abuse@filecrate.io"}, date="Thu, 05 Sep 2024 02:41:09 +0000",
     subject=f"[FC-88190] Result of your report ({R1})",
     body=f"""Result of abuse ticket FC-88190 (your ref {R1})

File                                   Action                     Date (UTC)
-------------------------------------  -------------------------  ----------
{F1}       deleted                    2024-09-04
{F2}       deleted                    2024-09-04
{F3}       kept - no ToS violation    -
{F4}       not found                  -

Other links from your report are handled in separate tickets.

--
FileCrate abuse desk
""",
     outcome="applied", classification="confirmation",
     imitates="ticket system result mail with a fixed-width plain-text table",
     why="two deleted, one kept because it breaks no rule (rejected), one not found",
     items={F1: "removed", F2: "removed", F3: "rejected", F4: "not_found"})

case(name="fc-one-line-admin",
     **{"from": "marek@filecrate.io"}, date="Wed, 04 Sep 2024 07:13:52 +0000",
     name_from="Marek Dvorak",
     subject=f"Re: [{R1}] Removal request", reply_to_req=REQ_MID[R1],
     body=f"""{F3} - removed, uploader account closed.

--
Marek / FileCrate
""",
     outcome="applied", classification="confirmation",
     imitates="one-line reply from a small file host's admin",
     why="one URL, 'removed', unhedged",
     items={F3: "removed"})

case(name="fc-angle-brackets-gone",
     **{"from": "marek@filecrate.io"}, date="Thu, 05 Sep 2024 08:30:00 +0000",
     name_from="Marek Dvorak",
     subject=f"Re: [{R1}] Removal request", reply_to_req=REQ_MID[R1],
     body=f"""Hi,

<{F7}> and <{F8}> are gone now,
both taken down this morning. Sorry it took a while.

Marek
""",
     outcome="applied", classification="confirmation",
     imitates="informal admin reply, URLs in angle brackets",
     why="'gone now, both taken down' is an unhedged removal of both",
     items={F7: "removed", F8: "removed"})

case(name="fc-promise-after-legal-check",
     **{"from": "trust@filecrate.io"}, date="Wed, 04 Sep 2024 11:02:17 +0000",
     subject=f"Re: [{R1}] Removal request", reply_to_req=REQ_MID[R1],
     body=f"""Hello,

Thanks for your notice. {F10} and
{F11} will be disabled later today, once our
legal team has signed off. The other links are still being looked at.

We will confirm by email when this is done.

FileCrate Trust & Safety
""",
     outcome="review", review="not_understood",
     imitates="trust & safety reply promising action after a legal check",
     why="'will be disabled ... once' is a promise with a condition, not a statement",
     items={F10: "pending", F11: "pending"})

case(name="fc-bulk-all-taken-down",
     **{"from": "trust@filecrate.io"}, date="Sat, 07 Sep 2024 13:45:00 +0000",
     subject=f"Re: [{R1}] Removal request", reply_to_req=REQ_MID[R1],
     body=f"""Hi,

All files from your notice {R1} have now been taken down and the uploader's
account has been closed for repeat infringement.

Best,
FileCrate Trust & Safety
""",
     outcome="review", review="bulk",
     imitates="abuse desk closing a multi-link notice with one sentence",
     why="'all files' for a 14-item request without naming any: bulk",
     items={u: "pending" for u in F})

case(name="fc-hedge-appears-deleted",
     **{"from": "ines@filecrate.io"}, date="Thu, 05 Sep 2024 15:20:31 +0000",
     name_from="Ines Roth",
     subject=f"Re: [{R1}] Removal request", reply_to_req=REQ_MID[R1],
     body=f"""Hi,

{F5} appears to have been deleted already,
possibly by the uploader, but I can't confirm it from our logs yet. I'll come
back to you on that one.

Ines
""",
     outcome="review", review="not_understood",
     imitates="abuse desk employee hedging about one link",
     why="'appears to have been deleted ... can't confirm' is a hedge, not a statement",
     items={F5: "pending"})

case(name="fc-receipt-echoes-report",
     **{"from": "noreply@filecrate.io"}, date="Tue, 03 Sep 2024 07:11:02 +0000",
     name_from="FileCrate Support",
     subject="[FC-88213] We received your abuse report",
     body=f"""This is an automatic message. Please do not reply.

We received your abuse report. Ticket: FC-88213

Reported URLs:
  {F1}
  {F2}
  {F3}
Reason given: copyright

A member of our team will review your report. You will get an email when
there is an update.

FileCrate Support - https://filecrate.io/help
""",
     outcome="ignored", classification="acknowledgement",
     imitates="ticket-system receipt that echoes the reported URLs",
     why="pure receipt: echoes the URLs, states nothing about them",
     items={F1: "pending", F2: "pending", F3: "pending"})

case(name="fc-receipt-plus-deletions",
     **{"from": "abuse@filecrate.io"}, date="Wed, 04 Sep 2024 05:59:40 +0000",
     subject=f"[FC-88240] Your report {R1}",
     body=f"""Thank you, your report has been received (ticket FC-88240).

After a first check we have already deleted {F6} and
{F10}. {F12} is still under review.

FileCrate Abuse
""",
     outcome="applied", classification="confirmation",
     imitates="receipt that already carries first results",
     why="acknowledgement phrase plus two unhedged deletions; one link under review stays pending",
     items={F6: "removed", F10: "removed", F12: "pending"})

case(name="fc-html-table-actions",
     **{"from": "trust@filecrate.io"}, date="Mon, 09 Sep 2024 10:00:12 +0000",
     subject=f"Decision on your notice {R1}", type="html",
     body=f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>We have reviewed the files reported in your notice <b>{R1}</b>. Our decisions:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>File</th><th>Action taken</th></tr>
<tr><td><a href="{F1}">{F1}</a></td><td>Access disabled</td></tr>
<tr><td><a href="{F2}">{F2}</a></td><td>Removed</td></tr>
<tr><td><a href="{F4}">{F4}</a></td><td>Restricted in South Korea</td></tr>
<tr><td><a href="{F5}">{F5}</a></td><td>No action &ndash; the file does not violate our Terms of Service</td></tr>
<tr><td><a href="{F6}">{F6}</a></td><td>File not found</td></tr>
</table>
<p>If you disagree with a decision you can appeal at
<a href="https://filecrate.io/help/appeals">https://filecrate.io/help/appeals</a>.</p>
<p>FileCrate Trust &amp; Safety</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="HTML decision notice with a two-column table (DSA-style statement of action)",
     why="disabled, removed, restricted in KR, no violation (rejected), not found; appeal link is no item",
     items={F1: "removed", F2: "removed", F4: "restricted", F5: "rejected", F6: "not_found"})

qp_text = (
    "Hello,\n\nThe following files were removed on 5 September 2024 following your notice "
    f"{R1}: {F4}, {F14} and {F13}. The uploader may file a counter-notice; we will tell you if one arrives.\n\n"
    "Regards,\nFileCrate Trust & Safety\n"
)
case(name="fc-quoted-printable-wrapped",
     **{"from": "trust@filecrate.io"}, date="Thu, 05 Sep 2024 16:48:03 +0000",
     subject=f"Re: [{R1}] Removal request", reply_to_req=REQ_MID[R1],
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_text)}""",
     outcome="applied", classification="confirmation",
     imitates="quoted-printable reply whose long line is soft-wrapped inside URLs",
     why="three files removed in one sentence; the counter-notice remark changes nothing",
     items={F4: "removed", F14: "removed", F13: "removed"})

b64_text = f"""Result for {R1}:

{F11}
Status: removed (copyright)

{F12}
Status: not found - this link does not exist in our system

FileCrate Abuse
"""
case(name="fc-base64-url-then-status",
     **{"from": "abuse@filecrate.io"}, date="Fri, 06 Sep 2024 03:12:55 +0000",
     subject=f"Re: [{R1}] Removal request", reply_to_req=REQ_MID[R1],
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(b64_text)}
""",
     outcome="applied", classification="confirmation",
     imitates="base64-encoded ticket reply, bare URL with its status on the line below",
     why="one removed, one link that does not exist (not_found)",
     items={F11: "removed", F12: "not_found"})

case(name="fc-outlook-top-post",
     **{"from": "jonas@filecrate.io"}, date="Wed, 04 Sep 2024 09:27:41 +0000",
     name_from="Jonas Berg",
     subject=f"RE: [{R1}] Removal request", reply_to_req=REQ_MID[R1],
     body=f"""Hello,

The folder {F9} has been disabled, together with every file in it.

Regards,
Jonas Berg
FileCrate | Trust & Safety

{quoted_request(R1, F, "Tuesday, September 3, 2024 4:10 PM", style="outlook")}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook top-posted reply over the quoted request",
     why="only the folder is stated; the other 13 URLs are in our quoted request",
     items={F9: "removed"})

case(name="fc-forged-auth-fail",
     **{"from": "abuse@filecrate.io"}, date="Thu, 05 Sep 2024 21:03:00 +0000", auth="fail",
     subject=f"Re: [{R1}] Removal request",
     body=f"""Hello,

We confirm that {F1} and {F2} have been removed.

FileCrate Abuse
""",
     outcome="review", review="untrusted",
     imitates="removal confirmation whose DKIM/SPF/DMARC fail",
     why="platform domain but authentication fails",
     items={F1: "pending", F2: "pending"})

case(name="fc-out-of-office",
     **{"from": "ines@filecrate.io"}, date="Tue, 03 Sep 2024 07:10:30 +0000",
     name_from="Ines Roth",
     subject=f"Automatic reply: [{R1}] Removal request", reply_to_req=REQ_MID[R1],
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until 16 September with limited access to email.

For abuse reports please write to abuse@filecrate.io, which is read every day.

Ines Roth
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office reply",
     why="auto-reply, says nothing about items",
     items={})

case(name="fc-read-receipt",
     **{"from": "abuse@filecrate.io"}, date="Tue, 03 Sep 2024 08:02:19 +0000",
     subject=f"Read: [{R1}] Removal request",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b445"

--mdn-b445
Content-Type: text/plain; charset=utf-8

Your message

  To: abuse@filecrate.io
  Subject: [{R1}] Removal request
  Sent: Tuesday, September 3, 2024 4:10 PM

was read on Tuesday, September 3, 2024 5:02 PM.

--mdn-b445
Content-Type: message/disposition-notification

Reporting-UA: filecrate.io; Microsoft Outlook 16.0
Final-Recipient: rfc822;abuse@filecrate.io
Original-Message-ID: <{REQ_MID[R1]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b445--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN)",
     why="read receipt",
     items={})

# ============ KumoHost (hosting provider), KCSC-240905-02, 4 items ============
R2 = "KCSC-240905-02"

case(name="kh-customer-removed-pages",
     **{"from": "abuse@kumohost.net"}, date="Fri, 06 Sep 2024 08:15:00 +0000",
     subject=f"[KH-ABUSE-449120] Re: {R2}", reply_to_req=REQ_MID[R2],
     body=f"""Hello,

Regarding your complaint {R2} (our ticket KH-ABUSE-449120):

Our customer has removed the product pages
{K2} and
{K3}. We checked both URLs this morning and they
now return HTTP 404.

We consider the complaint resolved for these two URLs.

KumoHost Abuse Department
""",
     outcome="applied", classification="confirmation",
     imitates="hosting provider abuse desk relaying that its customer removed the content",
     why="both pages removed and verified by the host",
     items={K2: "removed", K3: "removed"})

case(name="kh-server-suspended-and-not-ours",
     **{"from": "abuse@kumohost.net"}, date="Sat, 07 Sep 2024 10:40:12 +0000",
     subject=f"[KH-ABUSE-449120] Re: {R2}", reply_to_req=REQ_MID[R2],
     body=f"""Hello,

We have suspended the virtual server at 203.0.113.45 for repeated violations
of our Acceptable Use Policy. {K4} is no longer
reachable.

As for {K1}: this domain does not resolve to any address on
our network and we have no customer account for it. We are unable to locate
this content.

KumoHost Abuse Department
""",
     outcome="applied", classification="confirmation",
     imitates="hosting provider: server suspended; other site not on its network",
     why="server suspension makes the page unavailable (removed); the other site cannot be located (not_found)",
     items={K4: "removed", K1: "not_found"})

case(name="kh-forwarded-to-customer",
     **{"from": "abuse@kumohost.net"}, date="Thu, 05 Sep 2024 14:05:33 +0000",
     subject=f"[KH-ABUSE-449120] Re: {R2}", reply_to_req=REQ_MID[R2],
     body=f"""Dear sender,

Thank you for your complaint concerning {K1} (your
reference {R2}). We have forwarded it to our customer and asked them to
resolve the matter within 24 hours. If the customer does not respond, we may
suspend the service.

KumoHost Abuse Department
""",
     outcome="review", review="not_understood",
     imitates="hosting provider forwarding the complaint to its customer with a deadline",
     why="forwarded to customer with a conditional threat: nothing has happened to the item yet",
     items={K1: "pending"})

case(name="kh-ticket-receipt",
     **{"from": "support@kumohost.net"}, date="Thu, 05 Sep 2024 06:01:10 +0000",
     name_from="KumoHost Support",
     subject="[KH-ABUSE-449120] We have received your abuse report",
     body="""Hello,

This is an automatic confirmation that your report has been logged.

Ticket number: KH-ABUSE-449120
Department: Abuse

Our abuse team works Monday to Friday, 08:00-18:00 CET. Please keep the
ticket number in the subject line of any reply.

KumoHost Support
https://kumohost.net/support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="helpdesk auto-receipt with ticket number",
     why="pure acknowledgement",
     items={})

case(name="kh-reseller-unknown-sender",
     **{"from": "support@bytebarn.io"}, date="Fri, 06 Sep 2024 12:12:12 +0000",
     name_from="ByteBarn Support",
     subject=f"Re: {R2} mukti-pharm.shop",
     body=f"""Hi,

KumoHost passed your complaint on to us; we resell their servers and the
customer behind {K2} is ours. We have deleted the
page and warned the customer.

Regards,
ByteBarn Support
""",
     outcome="review", review="unknown_sender",
     imitates="reseller of a hosting provider answering for it",
     why="statement from a domain that is no configured platform",
     items={K2: "pending"})

case(name="kh-refusal-jurisdiction",
     **{"from": "legal@kumohost.net"}, date="Mon, 09 Sep 2024 09:30:00 +0000",
     name_from="KumoHost Legal",
     subject=f"[KH-ABUSE-449120] Decision - {R2}",
     body=f"""Dear Sir or Madam,

We have reviewed the website at {K1}. Our customer is
established and licensed in Curacao, and the site does not breach our
Acceptable Use Policy or Dutch law, which governs our services. We will
therefore not take action on this complaint.

Should you obtain an order of a Dutch court, please send it to
legal@kumohost.net.

KumoHost Legal
""",
     outcome="applied", classification="confirmation",
     imitates="hosting provider legal team refusing with a jurisdiction reason",
     why="refusal with its reason: the site breaks no rule of the host (rejected)",
     items={K1: "rejected"})

case(name="kh-url-then-arrow-status",
     **{"from": "abuse@kumohost.net"}, date="Sun, 08 Sep 2024 07:55:20 +0000",
     subject=f"[KH-ABUSE-449120] Status update {R2}",
     body=f"""Status update, ticket KH-ABUSE-449120 / {R2}

{K1}
  -> hosting account suspended, site offline since 2024-09-07 09:40 UTC

{K2}
  -> page deleted by the customer, verified by us

{K3}
  -> still online; the customer disputes the complaint and has 48 h to send documents

KumoHost Abuse
""",
     outcome="applied", classification="confirmation",
     imitates="abuse desk status update, URL then '->' status on the line below",
     why="two removed; the third still online while the customer disputes (pending)",
     items={K1: "removed", K2: "removed", K3: "pending"})

# ============ EdgeVeil (CDN), KCSC-240909-03, 3 items ============
R3 = "KCSC-240909-03"

case(name="ev-cdn-does-not-host",
     **{"from": "abuse@edgeveil.com"}, date="Mon, 09 Sep 2024 19:40:02 +0000",
     subject=f"EdgeVeil abuse report {R3} - {E1}",
     body=f"""Hello,

EdgeVeil provides pass-through proxy and CDN services for the website at
{E1} and does not host its content. We are not able to
remove content that we do not host.

We have forwarded your report to the hosting provider (Hostdesk Ltd,
abuse@hostdesk.example) and to the website owner. Please contact the hosting
provider directly for any further action.

EdgeVeil Trust & Safety
https://edgeveil.com/abuse
""",
     outcome="review", review="not_understood",
     imitates="CDN reply: we do not host this, report forwarded to the host",
     why="neither a removal nor a refusal on the merits: the CDN only forwarded the report",
     items={E1: "pending"})

case(name="ev-geo-block-and-termination",
     **{"from": "abuse@edgeveil.com"}, date="Wed, 11 Sep 2024 02:14:48 +0000",
     subject=f"Re: {R3}", reply_to_req=REQ_MID[R3],
     body=f"""Hello,

Following your report {R3}:

1. {E1} - we have blocked access from the Republic of
   Korea to this hostname on our network. Access from other countries is
   unchanged.
2. {E2} - the customer's account has been
   terminated for a violation of our Terms; the URL now returns an EdgeVeil
   error page worldwide.

We will write separately about the remaining URL.

EdgeVeil Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="CDN trust & safety: country block for one site, termination for another",
     why="blocked from Korea only (restricted); unavailable worldwide (removed)",
     items={E1: "restricted", E2: "removed"})

ev_text = f"""Outcome of report {R3}

{E1}: Access disabled worldwide
{E2}: Blocked for visitors in KR
{E3}: No action needed - the origin server returns 404, the content no longer exists

EdgeVeil Trust & Safety
"""
ev_html = f"""<html><body>
<p>Outcome of report <b>{R3}</b></p>
<table border="1" cellpadding="3">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{E1}</td><td>Access disabled worldwide</td></tr>
<tr><td>{E2}</td><td>Blocked for visitors in KR</td></tr>
<tr><td>{E3}</td><td>No action needed &ndash; the origin server returns 404, the content no longer exists</td></tr>
</table>
<p>EdgeVeil Trust &amp; Safety</p>
</body></html>
"""
case(name="ev-alternative-html-table",
     **{"from": "abuse@edgeveil.com"}, date="Thu, 12 Sep 2024 11:00:00 +0000",
     subject=f"Outcome of report {R3}", reply_to_req=REQ_MID[R3],
     raw_mime=f"""Content-Type: multipart/alternative; boundary="ev-alt-445"

--ev-alt-445
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(ev_text)}
--ev-alt-445
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(ev_html)}
--ev-alt-445--
""",
     outcome="applied", classification="confirmation",
     imitates="CDN outcome notice, multipart/alternative with an HTML table",
     why="disabled worldwide (removed), blocked in KR (restricted), content no longer exists (not_found)",
     items={E1: "removed", E2: "restricted", E3: "not_found"})

case(name="ev-bounce-reminder",
     **{"from": "MAILER-DAEMON@edgeveil.com"}, date="Tue, 17 Sep 2024 00:03:41 +0000",
     name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-445-ev"

--dsn-445-ev
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.edgeveil.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@edgeveil.com>: host mail.edgeveil.com[198.51.100.77] said:
    550 5.1.1 <abuse-kr@edgeveil.com>: Recipient address rejected:
    User unknown in virtual mailbox table

--dsn-445-ev
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.edgeveil.com
Arrival-Date: Tue, 17 Sep 2024 09:03:39 +0900

Final-Recipient: rfc822; abuse-kr@edgeveil.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table

--dsn-445-ev
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@edgeveil.com
Subject: Reminder: [{R3}] Removal request
Message-ID: <reminder.{R3}.1@kcsc.example>
Date: Tue, 17 Sep 2024 09:03:30 +0900
Content-Type: text/plain; charset=utf-8

The deadline for our request {R3} has passed. Still open:
{E1}
{E2}
{E3}

--dsn-445-ev--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification for our reminder",
     why="bounce; the URLs are only in our returned reminder",
     items={})

# ============ PineReg (registrar), KCSC-240910-04, 2 items ============
R4 = "KCSC-240910-04"

case(name="pr-bare-domain-clienthold",
     **{"from": "abuse@pinereg.com"}, date="Thu, 12 Sep 2024 06:20:00 +0000",
     subject=f"[PR-20931] Abuse case update ({R4})",
     body=f"""Dear Reporter,

Abuse case PR-20931 (your ref. {R4}) has the following result so far:

Domain: fakebank-login-kr.net
Action: suspended (EPP status clientHold); the domain no longer resolves.

Domain: seoul-escort-night.com
Action: none yet; the registrant has been asked to respond within 5 days.

PineReg Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="registrar abuse desk result naming bare domains (clientHold)",
     why="domain on clientHold no longer resolves: the site is removed; the other awaits the registrant",
     items={P2: "removed", P1: "pending"})

case(name="pr-asks-for-legal-basis",
     **{"from": "abuse@pinereg.com"}, date="Wed, 11 Sep 2024 04:44:10 +0000",
     subject=f"[PR-20931] Additional information needed ({R4})", reply_to_req=REQ_MID[R4],
     body=f"""Hello,

Regarding {P1}: PineReg acts only as the registrar of
this domain. Before we can consider suspending it, please send us the
specific provision of law that the content breaks and, where available, a
decision of a Korean authority or court.

Without this information we cannot proceed with the case.

PineReg Abuse Team
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="registrar asking for the legal basis / a court decision before acting",
     why="asks for more information; no statement about the domain",
     items={P1: "pending"})

case(name="pr-url-below-statement",
     **{"from": "abuse@pinereg.com"}, date="Fri, 13 Sep 2024 08:08:08 +0000",
     subject=f"Re: [PR-20931] {R4}", reply_to_req=REQ_MID[R4],
     body=f"""Hello,

The following domain was suspended for phishing and its nameservers have
been removed:

{P2}

Our review of {P1} is still open.

Regards,
PineReg Abuse
""",
     outcome="applied", classification="confirmation",
     imitates="registrar reply, URL on the line below its statement",
     why="one domain suspended (removed); the other still under review (pending)",
     items={P2: "removed", P1: "pending"})

case(name="pr-ticket-opened",
     **{"from": "noreply@pinereg.com"}, date="Tue, 10 Sep 2024 05:00:41 +0000",
     name_from="PineReg Abuse Desk",
     subject="[PR-20931] Abuse report received",
     body="""Thank you for contacting PineReg Abuse.

Your report has been assigned case number PR-20931. Please keep this number
in the subject of any reply so that it reaches the right case.

Registrar abuse policy: https://pinereg.com/legal/abuse
""",
     outcome="ignored", classification="acknowledgement",
     imitates="registrar abuse desk auto-receipt",
     why="pure acknowledgement with a case number",
     items={})

# ============ 달빛커뮤니티 (Korean forum), KCSC-240911-05, 5 items ============
R5 = "KCSC-240911-05"

case(name="db-admin-korean-prose",
     **{"from": "admin@dalbitbbs.kr"}, date="Thu, 12 Sep 2024 14:30:00 +0900",
     name_from="달빛커뮤니티 운영자",
     subject=f"Re: [{R5}] 불법·유해정보 삭제 요청", reply_to_req=REQ_MID[R5],
     body=f"""안녕하세요. 달빛커뮤니티 운영자입니다.

요청하신 건({R5}) 처리 결과 알려드립니다.

{D1} 게시물은 확인 후 삭제했습니다.
{D2} 은 해당 회원 소명 확인 전까지 블라인드 처리해 두었습니다.

나머지 건은 확인 중이며 처리되는 대로 다시 연락드리겠습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Korean forum operator's informal reply (삭제, 블라인드)",
     why="삭제 (removed) and 블라인드 처리 (removed); the rest is still being checked",
     items={D1: "removed", D2: "removed"})

case(name="db-raw-korean-path-author-deleted",
     **{"from": "admin@dalbitbbs.kr"}, date="Fri, 13 Sep 2024 09:12:44 +0900",
     name_from="달빛커뮤니티 운영자",
     subject=f"Re: [{R5}] 불법·유해정보 삭제 요청", reply_to_req=REQ_MID[R5],
     body=f"""안녕하세요.

{D4_RAW} 게시물은 작성자가 9월 10일에 이미 삭제한 글이라
저희 쪽에서 별도로 조치할 것이 없습니다.

달빛커뮤니티 운영팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="forum operator: post already deleted by its author (raw Korean path)",
     why="already deleted by its author: not_found",
     items={D4: "not_found"})

case(name="db-temporary-measure-and-comment",
     **{"from": "admin@dalbitbbs.kr"}, date="Fri, 13 Sep 2024 16:05:10 +0900",
     name_from="달빛커뮤니티 운영자",
     subject=f"[{R5}] 조치 결과 회신", reply_to_req=REQ_MID[R5],
     body=f"""방송통신심의위원회 담당자님께,

요청하신 게시물에 대한 조치 결과입니다.

- {D3} : 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 제한)했습니다.
- {D5} : 해당 댓글 운영자 삭제 처리 완료.

달빛커뮤니티 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="Korean 임시조치 result with a comment deleted by the operator",
     why="임시조치 (restricted); 운영자 삭제 (removed)",
     items={D3: "restricted", D5: "removed"})

case(name="db-refusal-particle-attached",
     **{"from": "admin@dalbitbbs.kr"}, date="Sat, 14 Sep 2024 11:20:00 +0900",
     name_from="달빛커뮤니티 운영자",
     subject=f"Re: [{R5}] 불법·유해정보 삭제 요청", reply_to_req=REQ_MID[R5],
     body=f"""안녕하세요, 달빛커뮤니티입니다.

{D2}은 검토 결과 이용약관 및 운영정책 위반 사항이
확인되지 않아 게시를 유지하기로 했습니다.

이의가 있으시면 회신 부탁드립니다.
""",
     outcome="applied", classification="confirmation",
     imitates="forum operator keeping a post, particle attached to the URL",
     why="no rule broken, post kept: rejected (URL followed directly by the particle 은)",
     items={D2: "rejected"})

case(name="db-fullwidth-punctuation",
     **{"from": "admin@dalbitbbs.kr"}, date="Thu, 12 Sep 2024 22:48:31 +0900",
     name_from="달빛커뮤니티 운영자",
     subject=f"Re: [{R5}] 불법·유해정보 삭제 요청", reply_to_req=REQ_MID[R5],
     body=f"""담당자님 안녕하세요.

요청 주신 게시글 중 {D1}，{D3}（유머게시판） 두 건은
비공개 처리되었습니다。

운영자 드림
""",
     outcome="applied", classification="confirmation",
     imitates="forum operator typing with full-width punctuation (비공개 처리)",
     why="비공개 처리 of both named posts: removed",
     items={D1: "removed", D3: "removed"})

case(name="db-bulk-all-five",
     **{"from": "admin@dalbitbbs.kr"}, date="Fri, 13 Sep 2024 10:00:00 +0900",
     name_from="달빛커뮤니티 운영자",
     subject=f"Re: [{R5}] 불법·유해정보 삭제 요청", reply_to_req=REQ_MID[R5],
     body=f"""안녕하세요, 달빛커뮤니티 운영팀입니다.

방송통신심의위원회에서 요청하신 게시물({R5}) 5건 모두 확인 후
삭제 조치하였습니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="Korean operator confirming 'all 5 posts' without naming them",
     why="all five posts stated together without naming each: bulk",
     items={u: "pending" for u in D})

case(name="db-chuseok-auto-reply",
     **{"from": "moderator@dalbitbbs.kr"}, date="Sat, 14 Sep 2024 08:00:05 +0900",
     name_from="달빛커뮤니티 운영팀",
     subject=f"[자동응답] Re: [{R5}] 불법·유해정보 삭제 요청", reply_to_req=REQ_MID[R5],
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""[자동응답 메일입니다]

추석 연휴(9월 14일~9월 18일) 동안 운영팀이 쉽니다. 보내주신 메일은
연휴가 끝난 뒤 순서대로 확인하겠습니다.

급한 신고는 신고센터를 이용해 주세요: https://dalbitbbs.kr/help/report
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean holiday (추석) auto-reply",
     why="auto-reply; the help link is no item",
     items={})

# ============ hanachan (image board), KCSC-240912-06, 3 items ============
R6 = "KCSC-240912-06"

case(name="hc-janitor-one-liner",
     **{"from": "mod@hanachan.net"}, date="Thu, 12 Sep 2024 23:59:01 +0000",
     subject=f"Re: [{R6}] Removal request", reply_to_req=REQ_MID[R6],
     body=f"""deleted {H1} (whole thread) and the file {H3}, poster banned for 30 days.

-- hanachan mod team
""",
     outcome="applied", classification="confirmation",
     imitates="image-board moderator's one-line reply",
     why="thread and image deleted",
     items={H1: "removed", H3: "removed"})

case(name="hc-thread-pruned",
     **{"from": "mod@hanachan.net"}, date="Fri, 13 Sep 2024 04:10:00 +0000",
     subject=f"Re: [{R6}] Removal request", reply_to_req=REQ_MID[R6],
     body=f"""hi,

{H2} was not deleted by us - the board prunes old
threads automatically and that one fell off page 10 on 8 September, before
your mail came in. It doesn't exist on our servers any more.

-- hanachan mod team
""",
     outcome="applied", classification="confirmation",
     imitates="image-board moderator explaining an automatically pruned thread",
     why="thread no longer exists (pruned before the request): not_found",
     items={H2: "not_found"})

case(name="hc-reports-filecrate-link",
     **{"from": "mod@hanachan.net"}, date="Fri, 13 Sep 2024 06:31:12 +0000",
     subject="filecrate link from the reported thread",
     body=f"""hi again,

fyi the file link {F1} that was posted in one of the
threads you reported is dead now, filecrate deleted it. nothing else from us
on this yet.

-- hanachan mod team
""",
     outcome="review", review="wrong_platform",
     imitates="image-board moderator passing on news about a file host's link",
     why="hanachan states the status of a FileCrate item",
     items={F1: "pending"})

# ============ PasteNest (small paste service), KCSC-240913-07, 1 item ============
R7 = "KCSC-240913-07"

case(name="pn-sole-removed-gmail-quote",
     **{"from": "kai@pastenest.org"}, date="Fri, 13 Sep 2024 12:44:00 +0000",
     name_from="kai",
     subject=f"Re: [{R7}] Removal request - pastenest.org", reply_to_req=REQ_MID[R7],
     body=f"""Removed, thanks for the heads up.

--
kai (pastenest admin)

{quoted_request(R7, [N1], "Fri, Sep 13, 2024 at 9:02 AM")}
""",
     outcome="applied", classification="confirmation",
     imitates="volunteer admin's one-word reply over a Gmail-quoted request",
     why="sole statement in a reply to a one-item request: applies to that item",
     items={N1: "removed"})

case(name="pn-maintenance-notice",
     **{"from": "admin@pastenest.org"}, date="Mon, 16 Sep 2024 18:00:00 +0000",
     name_from="PasteNest",
     subject="PasteNest maintenance from 20 September",
     body="""Hello,

PasteNest will be read-only from 20 September while we move to new servers.
Abuse reports sent during the move will still be read, but answers may take a
few days longer than usual.

Thanks for your patience,
the PasteNest admins
""",
     outcome="review", review="no_claims",
     imitates="small service's maintenance announcement sent to its abuse contacts",
     why="trusted platform mail naming no item and no request",
     items={})

HEADER = """# Blind set 445: hosting providers, CDNs, registrars, forums, image boards,
# file hosts and small services answering informally, with CSV attachments
# and plain-text tables. Written by tests/corpus/blind445/make.py from each
# email's meaning, before any run of the reader. See NOTES.md.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind445", HEADER, CASES)


if __name__ == "__main__":
    main()
