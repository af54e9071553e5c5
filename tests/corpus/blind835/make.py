#!/usr/bin/env python3
"""Blind set 835: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind835/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result below was written from the email's meaning alone, before the
reader was ever run on this set. All names, sites, ids and URLs are fictional.
"""
import base64
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "hanachan.org": "Hanachan",
    "kloudhost.net": "KloudHost Abuse",
    "edgeveil.com": "EdgeVeil Trust & Safety",
    "namepot.com": "NamePot Compliance",
    "mogwang.kr": "mogwang.kr",
    "sendbox.io": "SendBox Legal",
})


def enc(s):
    """RFC 2047 encode a header value with non-ASCII text."""
    return Header(s, "utf-8").encode()


def pct(url):
    """Percent-encode the path of a URL that holds Korean text."""
    scheme, rest = url.split("://", 1)
    host, path = rest.split("/", 1)
    return f"{scheme}://{host}/" + quote(path, safe="/")


# ---------------------------------------------------------------- requests
H = [
    "https://hanachan.org/kr/res/88410.html",
    "https://hanachan.org/kr/res/88415.html",
    "https://hanachan.org/kr/res/88433.html#p88440",
    "https://hanachan.org/b/res/1207731.html",
    "https://hanachan.org/b/res/1207789.html",
    "https://i.hanachan.org/kr/src/1725271134001.jpg",
    "https://i.hanachan.org/kr/src/1725271190342.png",
    "https://i.hanachan.org/b/src/1725300012876.webm",
    "https://hanachan.org/pol/res/552019.html",
    "https://hanachan.org/pol/res/552104.html",
    "https://hanachan.org/int/res/3310982.html",
    "https://i.hanachan.org/int/src/1725340077810.jpg",
]
K = [
    "https://gold-pill-store.kloudsites.net/",
    "https://gold-pill-store.kloudsites.net/order.php",
    "https://k-escort-club.kloudsites.net/gallery/index.html",
    "http://203.0.113.45/~hjlee/ids.html",
]
E = [
    "https://cdn.edgeveil.com/assets/u/77120/leak-part1.mp4",
    "https://cdn.edgeveil.com/assets/u/77120/leak-part2.mp4",
    "https://toto-haven.net/",
]
N = [
    "https://bet-sinsang99.com/",
    "https://mukti-toto-kr.net/",
    "https://drug-delivery-seoul.shop/",
]
# Raw forms (as a Korean admin types them); requests.csv holds the
# percent-encoded form of M[3] and M[4].
M = [
    "https://www.mogwang.kr/free/120334",
    "https://www.mogwang.kr/free/120377",
    "https://www.mogwang.kr/humor/88102",
    "https://www.mogwang.kr/갤러리/5521",
    "https://www.mogwang.kr/member/profile/밤도깨비",
]
MP = [pct(u) if any(ord(ch) > 127 for ch in u) else u for u in M]
S = [
    "https://sendbox.io/f/Qm7xK2pa",
    "https://sendbox.io/f/Rt9LwZ0c",
    "https://sendbox.io/f/Ua1bNn84",
    "https://sendbox.io/folder/Vv3cD0e1",
]
ONE = ["https://sportsbet-kr7.kloudsites.net/"]

REQUESTS = [
    ("KCSC-240903-01", "hanachan", "2024-09-03", "2024-09-10", H, "obscenity", "req-240903-01@kcsc.example", "image board threads and files"),
    ("KCSC-240905-02", "kloudhost", "2024-09-05", "2024-09-12", K, "drugs", "req-240905-02@kcsc.example", "customer sites on shared hosting"),
    ("KCSC-240909-03", "edgeveil", "2024-09-09", "2024-09-16", E, "privacy", "req-240909-03@kcsc.example", "CDN objects and a proxied site"),
    ("KCSC-240910-04", "namepot", "2024-09-10", "2024-09-17", N, "gambling", "req-240910-04@kcsc.example", "domains registered at NamePot"),
    ("KCSC-240911-05", "mogwang", "2024-09-11", "2024-09-18", MP, "defamation", "req-240911-05@kcsc.example", "forum posts and a member page"),
    ("KCSC-240912-06", "sendbox", "2024-09-12", "2024-09-19", S, "obscenity", "req-240912-06@kcsc.example", "file host links"),
    ("KCSC-240913-07", "kloudhost", "2024-09-13", "2024-09-20", ONE, "gambling", "req-240913-07@kcsc.example", "single gambling site"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},{mid},{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def quoted_request(ref, urls, when, greeting="Dear Trust & Safety team,", prefix="> "):
    body = [
        f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:",
        greeting,
        "",
        "The Korea Communications Standards Commission has reviewed the content",
        f"below and requests its removal under Korean law (our reference {ref}).",
        "",
    ]
    body += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    body += ["", "Please let us know the action taken for each URL.", "", "KCSC Takedown desk"]
    return "\n".join([body[0]] + [(prefix + ln).rstrip() for ln in body[1:]])


def outlook_request(ref, urls, sent):
    body = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {sent}",
        "To: abuse@kloudhost.net",
        f"Subject: Removal request {ref}",
        "",
        "Dear Abuse team,",
        "",
        f"Please remove the following content hosted on your network ({ref}):",
        "",
    ]
    body += urls
    body += ["", "Regards,", "KCSC Takedown desk"]
    return "\n".join(body)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ Hanachan
case(
    name="hana-admin-oneliner-over-quote",
    **{"from": "yuki@hanachan.org"}, name_from="yuki",
    date="Wed, 04 Sep 2024 03:41:09 +0000",
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=(
        "https://hanachan.org/kr/res/88410.html - deleted\n"
        "https://i.hanachan.org/kr/src/1725271134001.jpg - deleted, hash banned\n"
        "\n"
        "still going through the rest of your list\n"
        "\n"
        "yuki\n"
        "\n"
        + quoted_request("KCSC-240903-01", H, "Tue, 3 Sep 2024 at 18:02", "Dear Hanachan administrators,")
    ),
    outcome="applied", classification="confirmation",
    imitates="image board admin answering in two lines on top of the quoted request",
    why="two URLs each with 'deleted'; the rest of the list is only in the quote and a promise",
    items={H[0]: "removed", H[5]: "removed"},
)

case(
    name="hana-plaintext-table-all",
    **{"from": "abuse@hanachan.org"},
    date="Thu, 05 Sep 2024 11:20:44 +0000",
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=(
        "Hello KCSC,\n\n"
        "Results for KCSC-240903-01 below. /pol/ is a free-speech board under our\n"
        "global rules; the two /pol/ threads are political opinion, not the content\n"
        "your letter describes, so they stay.\n\n"
        "URL                                                 | action\n"
        "----------------------------------------------------+----------------------------\n"
        f"{H[0]:<52}| deleted\n"
        f"{H[1]:<52}| deleted\n"
        f"{H[2]:<52}| not found (already pruned)\n"
        f"{H[3]:<52}| deleted\n"
        f"{H[4]:<52}| deleted\n"
        f"{H[5]:<52}| file deleted\n"
        f"{H[6]:<52}| file deleted\n"
        f"{H[7]:<52}| no such file\n"
        f"{H[8]:<52}| kept - no rule broken\n"
        f"{H[9]:<52}| kept - no rule broken\n"
        f"{H[10]:<52}| deleted\n"
        f"{H[11]:<52}| file deleted\n\n"
        "-- \nHanachan abuse desk (volunteers)\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="small-site abuse desk pasting a plain-text pipe table of results",
    why="item-level table: 8 removed, 2 not found, 2 kept with a reason",
    items={H[0]: "removed", H[1]: "removed", H[2]: "not_found", H[3]: "removed",
           H[4]: "removed", H[5]: "removed", H[6]: "removed", H[7]: "not_found",
           H[8]: "rejected", H[9]: "rejected", H[10]: "removed", H[11]: "removed"},
)

HANA_CSV = (
    "url,action,note\r\n"
    f"{H[3]},deleted,thread and replies\r\n"
    f"{H[4]},deleted,\r\n"
    f"{H[7]},deleted,md5 banned\r\n"
    f"{H[8]},kept,does not break global rules\r\n"
    f"{H[9]},not found,thread expired before we got to it\r\n"
    f"{H[10]},deleted,\r\n"
)
case(
    name="hana-csv-attachment",
    **{"from": "abuse@hanachan.org"},
    date="Fri, 06 Sep 2024 08:02:13 +0000",
    subject="Re: Removal request KCSC-240903-01 (part 2)",
    reply_to_req="req-240903-01",
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="hana-b1"\n\n'
        "--hana-b1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Hi,\n\nthe second batch is done, results in the attached csv (one row per link).\n\n"
        "abuse desk\n\n"
        "--hana-b1\nContent-Type: text/csv; charset=utf-8; name=\"KCSC-240903-01_batch2.csv\"\n"
        "Content-Disposition: attachment; filename=\"KCSC-240903-01_batch2.csv\"\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        + HANA_CSV +
        "\n--hana-b1--\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="abuse desk sending a CSV export of its moderation log",
    why="CSV rows: four deleted, one kept with a reason, one expired thread",
    items={H[3]: "removed", H[4]: "removed", H[7]: "removed", H[8]: "rejected",
           H[9]: "not_found", H[10]: "removed"},
)

case(
    name="hana-geoblock-kr-informal",
    **{"from": "mods@hanachan.org"}, name_from="Hanachan mods",
    date="Sat, 07 Sep 2024 22:15:00 +0000",
    subject="Re: Removal request KCSC-240903-01 /int/ thread",
    reply_to_req="req-240903-01",
    body=(
        "hey,\n\n"
        "the /int/ thread https://hanachan.org/int/res/3310982.html and its OP image\n"
        "https://i.hanachan.org/int/src/1725340077810.jpg are legal where our servers\n"
        "are, so we didn't delete them. what we did: both are now blocked for Korean\n"
        "IPs (geo rule on the board), so nobody in Korea can open them.\n\n"
        "that's the best we can do on those two.\n\n"
        "- ren, global mod\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="forum moderator explaining a country block instead of deletion",
    why="both URLs blocked for Korean IPs only: restricted, not removed",
    items={H[10]: "restricted", H[11]: "restricted"},
)

HANA_HTML = """<html><body>
<p>Moderation system notification</p>
<p>Report batch <b>KCSC-240903-01</b> has been processed by a moderator.</p>
<table border="1" cellpadding="4">
<tr><th>Reported item</th><th>Decision</th><th>Comment</th></tr>
<tr><td><a href="https://hanachan.org/kr/res/88415.html">https://hanachan.org/kr/res/88415.html</a></td>
<td>No action</td><td>Thread locked; content is not illegal in our jurisdiction and breaks no board rule, so it remains visible.</td></tr>
<tr><td><a href="https://i.hanachan.org/kr/src/1725271190342.png">https://i.hanachan.org/kr/src/1725271190342.png</a></td>
<td>File deleted</td><td>Image removed from the board and from the file server.</td></tr>
</table>
<p>Questions about a decision: <a href="https://hanachan.org/rules.html#appeals">https://hanachan.org/rules.html#appeals</a></p>
<p>This notification was generated automatically after a moderator closed the report.</p>
</body></html>
"""
case(
    name="hana-modsystem-html-qp",
    **{"from": "noreply@hanachan.org"}, name_from="Hanachan Moderation",
    date="Sun, 08 Sep 2024 04:30:51 +0000",
    subject="[Hanachan] Report batch KCSC-240903-01 processed",
    raw_mime=(
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + qp(HANA_HTML) + "\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="moderation-software notification after a moderator closes a report (HTML, quoted-printable)",
    why="one item left up with its reason (rejected), one file deleted; the rules link is not an item",
    items={H[1]: "rejected", H[6]: "removed"},
)

case(
    name="hana-bare-url-status-below",
    **{"from": "yuki@hanachan.org"}, name_from="yuki",
    date="Mon, 09 Sep 2024 01:05:33 +0000",
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=(
        "/b/ ones:\n\n"
        "https://hanachan.org/b/res/1207731.html\n"
        "gone, deleted by staff\n\n"
        "https://hanachan.org/b/res/1207789.html\n"
        "not there anymore, it fell off the board days before your mail (we don't archive /b/)\n\n"
        "https://i.hanachan.org/b/src/1725300012876.webm\n"
        "removed + md5 banned\n\n"
        "yuki\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="admin writing each URL on its own line with the result on the line below",
    why="status sits on the line under each URL: removed, not found, removed",
    items={H[3]: "removed", H[4]: "not_found", H[7]: "removed"},
)

case(
    name="hana-all-done-bulk",
    **{"from": "yuki@hanachan.org"}, name_from="yuki",
    date="Tue, 10 Sep 2024 13:44:02 +0000",
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=(
        "all done, everything on your list has been taken down.\n\n"
        "yuki\n\n"
        + quoted_request("KCSC-240903-01", H, "Tue, 3 Sep 2024 at 18:02", "Dear Hanachan administrators,")
    ),
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line 'all done' from an admin over the quoted request",
    why="one statement for the whole 12-item request, no URL named outside the quote",
    items={u: "pending" for u in H},
)

case(
    name="hana-forged-dmarc-fail",
    **{"from": "admin@hanachan.org"}, name_from="Hanachan Admin", auth="fail",
    date="Tue, 10 Sep 2024 19:10:10 +0000",
    subject="Re: Removal request KCSC-240903-01",
    body=(
        "Hello,\n\n"
        "We removed the following threads today:\n"
        "https://hanachan.org/kr/res/88410.html\n"
        "https://hanachan.org/kr/res/88415.html\n\n"
        "Admin\n"
    ),
    outcome="review", review="untrusted",
    imitates="plain removal note whose hanachan.org From fails DKIM/SPF/DMARC",
    why="platform domain but authentication failed: nothing applied",
    items={H[0]: "pending", H[1]: "pending"},
)

case(
    name="hana-promise-tonight",
    **{"from": "yuki@hanachan.org"}, name_from="yuki",
    date="Wed, 04 Sep 2024 09:12:40 +0000",
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=(
        "got it. I'm away from my desk today, I'll nuke these two /pol/ threads\n"
        "tonight once I can log into the mod panel:\n\n"
        "https://hanachan.org/pol/res/552019.html\n"
        "https://hanachan.org/pol/res/552104.html\n\n"
        "yuki\n"
    ),
    outcome="review", review="not_understood",
    imitates="admin promising to delete later",
    why="a promise ('I'll nuke ... tonight') is not a statement: both stay pending",
    items={H[8]: "pending", H[9]: "pending"},
)

case(
    name="hana-mdn-displayed",
    **{"from": "admin@hanachan.org"}, name_from="Hanachan Admin",
    date="Tue, 03 Sep 2024 22:48:19 +0000",
    subject="Read: Removal request KCSC-240903-01",
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-h1"\n\n'
        "--mdn-h1\nContent-Type: text/plain; charset=utf-8\n\n"
        "This is a receipt for the mail you sent to admin@hanachan.org at 3/9/2024 18:02.\n\n"
        "This receipt only verifies that the message was displayed on the recipient's\n"
        "computer. There is no guarantee that the recipient has read or understood the\n"
        "message contents.\n\n"
        "--mdn-h1\nContent-Type: message/disposition-notification\n\n"
        "Reporting-UA: hanachan.org; Thunderbird 115.14.0\n"
        "Final-Recipient: rfc822;admin@hanachan.org\n"
        "Original-Message-ID: <req-240903-01@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
        "--mdn-h1--\n"
    ),
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN)",
    why="read receipt: nothing about any item",
    items={},
)

# ================================================================ KloudHost
case(
    name="kloud-abuse-desk-suspended",
    **{"from": "abuse@kloudhost.net"},
    date="Fri, 06 Sep 2024 07:33:12 +0000",
    subject="[KH-ABUSE #58812] Re: Removal request KCSC-240905-02",
    reply_to_req="req-240905-02",
    body=(
        "Dear KCSC,\n\n"
        "Thank you for your report. Our findings for each URL:\n\n"
        "- https://gold-pill-store.kloudsites.net/ : the hosting account behind this\n"
        "  site has been suspended; the site no longer loads.\n"
        "- https://gold-pill-store.kloudsites.net/order.php : suspended together with\n"
        "  the account above.\n"
        "- https://k-escort-club.kloudsites.net/gallery/index.html : our customer deleted\n"
        "  the gallery directory after our notice; we confirmed it is gone.\n"
        "- http://203.0.113.45/~hjlee/ids.html : we could not locate this file on the\n"
        "  server at that address; the user directory exists but contains no such page.\n\n"
        "Please quote [KH-ABUSE #58812] in any reply.\n\n"
        "Kind regards,\n"
        "Daniel Ortega\n"
        "KloudHost Abuse Department\n"
        "https://www.kloudhost.net/legal/aup\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse department reply with per-URL findings",
    why="account suspended (removed) for two URLs, directory deleted (removed), file not located (not_found); AUP link is no item",
    items={K[0]: "removed", K[1]: "removed", K[2]: "removed", K[3]: "not_found"},
)

case(
    name="kloud-one-item-sole-offline",
    **{"from": "abuse@kloudhost.net"},
    date="Sat, 14 Sep 2024 02:10:45 +0000",
    subject="Re: Removal request KCSC-240913-07",
    reply_to_req="req-240913-07",
    body=(
        "Hi,\n\n"
        "The site has been taken offline and the customer account closed.\n\n"
        "KloudHost Abuse\n\n"
        + quoted_request("KCSC-240913-07", ONE, "Fri, 13 Sep 2024 at 16:30", "Dear Abuse team,")
    ),
    outcome="applied", classification="confirmation",
    imitates="one-line abuse-desk closure reply to a one-URL request",
    why="the request has one item, so 'the site has been taken offline' applies to it",
    items={ONE[0]: "removed"},
)

case(
    name="kloud-refuse-and-remove",
    **{"from": "d.ortega@kloudhost.net"}, name_from="Daniel Ortega",
    date="Mon, 09 Sep 2024 10:02:00 +0000",
    subject="[KH-ABUSE #58812] follow-up KCSC-240905-02",
    body=(
        "Hello again,\n\n"
        "Two more answers on KCSC-240905-02.\n\n"
        "1) https://k-escort-club.kloudsites.net/gallery/index.html\n"
        "After review we found no breach of our Acceptable Use Policy: the page is a\n"
        "photo gallery of a licensed bar and shows no services for sale. We will not\n"
        "take action against it.\n\n"
        "2) http://203.0.113.45/~hjlee/ids.html\n"
        "Found it after all (the customer had moved it). We deleted the ~hjlee\n"
        "directory ourselves on 8 September.\n\n"
        "Best,\nDaniel\nKloudHost Abuse Department\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="abuse-desk follow-up refusing one URL with a reason and removing another",
    why="refusal with its reason (rejected) and a deletion (removed)",
    items={K[2]: "rejected", K[3]: "removed"},
)

case(
    name="kloud-ticket-receipt",
    **{"from": "support@kloudhost.net"}, name_from="KloudHost Support",
    date="Thu, 05 Sep 2024 09:01:12 +0000",
    subject="[KH-ABUSE #58812] Removal request KCSC-240905-02 - received",
    reply_to_req="req-240905-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=(
        "Hello,\n\n"
        "Your request has been received and a ticket has been opened: #58812.\n"
        "A member of our abuse department will look into it. You can reply to this\n"
        "email to add information to the ticket.\n\n"
        "KloudHost Support\n"
        "https://help.kloudhost.net/tickets/58812\n"
    ),
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt",
    why="pure receipt: ticket opened, nothing said about any item",
    items={},
)

case(
    name="kloud-customer-48h-notice",
    **{"from": "abuse@kloudhost.net"},
    date="Thu, 05 Sep 2024 14:22:09 +0000",
    subject="[KH-ABUSE #58812] Re: Removal request KCSC-240905-02",
    reply_to_req="req-240905-02",
    body=(
        "Dear KCSC,\n\n"
        "We have forwarded your complaint to our customer and given them 48 hours to\n"
        "remove the content at\n\n"
        "  https://gold-pill-store.kloudsites.net/\n"
        "  https://gold-pill-store.kloudsites.net/order.php\n\n"
        "If they fail to comply, we will suspend the service. We will update you\n"
        "once the deadline has passed.\n\n"
        "KloudHost Abuse Department\n"
    ),
    outcome="review", review="not_understood",
    imitates="hosting provider's 'customer notified, 48 hours to comply' reply",
    why="only a deadline given to the customer and a conditional suspension: nothing done yet",
    items={K[0]: "pending", K[1]: "pending"},
)

case(
    name="kloud-upstream-of-sendbox",
    **{"from": "abuse@kloudhost.net"},
    date="Fri, 13 Sep 2024 06:40:00 +0000",
    subject="Your report KCSC-240912-06 (sendbox.io)",
    body=(
        "Hello,\n\n"
        "Your report KCSC-240912-06 to SendBox was copied to us because sendbox.io runs\n"
        "on a dedicated server we lease to them. We contacted the operator and they\n"
        "confirmed the file https://sendbox.io/f/Rt9LwZ0c has been deleted.\n\n"
        "For anything else please contact SendBox directly.\n\n"
        "KloudHost Abuse Department\n"
    ),
    outcome="review", review="wrong_platform",
    imitates="upstream host relaying its customer's action",
    why="KloudHost states a status for a SendBox item: not its own platform",
    items={S[1]: "pending"},
)

case(
    name="kloud-outlook-top-posted",
    **{"from": "m.kim@kloudhost.net"}, name_from="Minji Kim",
    date="Tue, 10 Sep 2024 05:18:27 +0000",
    subject="RE: Removal request KCSC-240905-02",
    reply_to_req="req-240905-02",
    body=(
        "Hello,\n\n"
        "We have disabled http://203.0.113.45/~hjlee/ids.html today; the account that\n"
        "owned it is locked.\n\n"
        "Minji Kim\n"
        "Abuse Handling | KloudHost\n\n"
        + outlook_request("KCSC-240905-02", K, "Thursday, September 5, 2024 4:10 PM")
    ),
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the unquoted original (-----Original Message-----)",
    why="one URL disabled above the Original Message; the other URLs appear only in our own request below",
    items={K[3]: "removed"},
)

case(
    name="kloud-wrapped-angle-url",
    **{"from": "abuse@kloudhost.net"},
    date="Wed, 11 Sep 2024 08:55:31 +0000",
    subject="[KH-ABUSE #58812] Re: Removal request KCSC-240905-02",
    reply_to_req="req-240905-02",
    body=(
        "Dear KCSC,\n\n"
        "Update: our customer changed their mind about the gallery page. The page\n"
        "<https://k-escort-club.kloudsites.net/gallery/\n"
        " index.html> has been deleted from the server and now returns 404.\n\n"
        "KloudHost Abuse Department\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="plain-text mail wrapping a long URL inside angle brackets (RFC 3986 appendix C style)",
    why="the wrapped URL in angle brackets is one URL; it was deleted",
    items={K[2]: "removed"},
)

case(
    name="kloud-ooo",
    **{"from": "d.ortega@kloudhost.net"}, name_from="Daniel Ortega",
    date="Fri, 13 Sep 2024 07:30:02 +0000",
    subject="Automatic reply: Removal request KCSC-240913-07",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=(
        "I am out of the office until 23 September with limited access to email.\n"
        "For abuse reports please write to abuse@kloudhost.net so the team on duty\n"
        "can pick it up.\n\n"
        "Daniel Ortega\n"
    ),
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="auto-reply",
    items={},
)

# ================================================================ EdgeVeil CDN
case(
    name="edge-not-hosting-forwarded",
    **{"from": "abuse@edgeveil.com"},
    date="Tue, 10 Sep 2024 12:00:40 +0000",
    subject="EdgeVeil abuse report 7c1e02 - KCSC-240909-03",
    body=(
        "Hello,\n\n"
        "EdgeVeil received your report regarding https://toto-haven.net/.\n\n"
        "EdgeVeil provides a pass-through proxy and CDN for this website. We are not\n"
        "the hosting provider and cannot remove material hosted by others. We have\n"
        "forwarded your complaint to the website owner and to the hosting provider,\n"
        "whose abuse contact is abuse@hostmonkey.example (origin IP 192.0.2.77).\n\n"
        "EdgeVeil Trust & Safety\n"
        "https://www.edgeveil.com/abuse-policy\n"
    ),
    outcome="review", review="not_understood",
    imitates="CDN 'we are a pass-through service, complaint forwarded to the host' reply",
    why="names the requested site but states no status for it (forwarding is not an action on the item)",
    items={E[2]: "pending"},
)

case(
    name="edge-storage-objects-disabled",
    **{"from": "abuse@edgeveil.com"},
    date="Wed, 11 Sep 2024 03:12:56 +0000",
    subject="EdgeVeil abuse report 7c1e03 - KCSC-240909-03",
    body=(
        "Hello,\n\n"
        "The two objects below were stored in EdgeVeil edge storage by one of our\n"
        "customers, so we were able to act on them directly. Both have been disabled\n"
        "at every location and now answer HTTP 410:\n\n"
        "https://cdn.edgeveil.com/assets/u/77120/leak-part1.mp4\n"
        "https://cdn.edgeveil.com/assets/u/77120/leak-part2.mp4\n\n"
        "The customer has been informed.\n\n"
        "EdgeVeil Trust & Safety\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="CDN storage takedown notice for objects it hosts itself",
    why="statement before a list: both named objects disabled everywhere",
    items={E[0]: "removed", E[1]: "removed"},
)

case(
    name="edge-geo-kr-and-missing",
    **{"from": "trust-safety@edgeveil.com"},
    date="Thu, 12 Sep 2024 16:45:00 +0000",
    subject="Re: KCSC-240909-03",
    reply_to_req="req-240909-03",
    body=(
        "Hi,\n\n"
        "https://cdn.edgeveil.com/assets/u/77120/leak-part1.mp4 - we applied a country\n"
        "rule so it is no longer served to visitors in South Korea (KR). It remains\n"
        "available elsewhere pending the customer's counter-notice.\n\n"
        "https://cdn.edgeveil.com/assets/u/77120/leak-part2.mp4 - this object key does\n"
        "not exist in the customer's bucket; we found no file under that name.\n\n"
        "Regards,\nEdgeVeil Trust & Safety\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="CDN geo-restriction reply with a missing object",
    why="first object blocked for KR only (restricted), second does not exist (not_found)",
    items={E[0]: "restricted", E[1]: "not_found"},
)

case(
    name="edge-mailbox-unmonitored",
    **{"from": "noreply@edgeveil.com"}, name_from="EdgeVeil",
    date="Mon, 09 Sep 2024 09:00:03 +0000",
    subject="Re: Removal request KCSC-240909-03",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=(
        "This is an automated response. This mailbox is not monitored and emailed\n"
        "complaints are not processed. Please file abuse reports through our web\n"
        "form: https://www.edgeveil.com/abuse\n\n"
        "EdgeVeil\n"
    ),
    outcome="ignored", classification="auto_reply",
    imitates="CDN auto-response pointing to its abuse web form",
    why="auto-reply; the form link is not an item",
    items={},
)

case(
    name="edge-account-terminated-bulk",
    **{"from": "abuse@edgeveil.com"},
    date="Fri, 13 Sep 2024 10:10:10 +0000",
    subject="EdgeVeil abuse report 7c1e04 - KCSC-240909-03 closed",
    reply_to_req="req-240909-03",
    body=(
        "Hello,\n\n"
        "We have terminated service for the customer account responsible. All URLs\n"
        "in your report KCSC-240909-03 are now disabled on our network.\n\n"
        "This report is now closed.\n\n"
        "EdgeVeil Trust & Safety\n"
    ),
    outcome="review", review="bulk", classification="confirmation",
    imitates="CDN closing note 'all URLs in your report disabled'",
    why="one statement for a 3-item request without naming any URL",
    items={E[0]: "pending", E[1]: "pending", E[2]: "pending"},
)

# ================================================================ NamePot
case(
    name="namepot-clienthold-urls",
    **{"from": "abuse@namepot.com"},
    date="Wed, 11 Sep 2024 04:20:00 +0000",
    subject="[NamePot Abuse] Case NP-449120 / KCSC-240910-04",
    reply_to_req="req-240910-04",
    body=(
        "Dear Reporter,\n\n"
        "Following our investigation, NamePot has taken the following action:\n\n"
        "https://bet-sinsang99.com/ -- domain placed on clientHold; it no longer\n"
        "resolves.\n"
        "https://mukti-toto-kr.net/ -- the registration expired on 2 September and\n"
        "has since been deleted; the domain is not registered with us or anyone else.\n\n"
        "Case NP-449120 remains open for the third domain.\n\n"
        "NamePot Abuse & Compliance\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: clientHold and an expired domain",
    why="clientHold makes the site unreachable (removed); the deleted registration no longer exists (not_found); third domain untouched",
    items={N[0]: "removed", N[1]: "not_found", N[2]: "pending"},
)

case(
    name="namepot-content-not-dns-abuse",
    **{"from": "abuse@namepot.com"},
    date="Thu, 12 Sep 2024 06:31:44 +0000",
    subject="[NamePot Abuse] Case NP-449120 / KCSC-240910-04 - decision",
    reply_to_req="req-240910-04",
    body=(
        "Dear Reporter,\n\n"
        "Regarding https://drug-delivery-seoul.shop/ : as a registrar we act on DNS\n"
        "abuse (phishing, malware, botnets, pharming, spam used to deliver these).\n"
        "Your complaint concerns website content, which is not DNS abuse, and we\n"
        "have decided not to suspend the domain. Please contact the hosting provider\n"
        "of the website.\n\n"
        "Case NP-449120 is now closed.\n\n"
        "NamePot Abuse & Compliance\n"
        "https://www.namepot.com/legal/abuse-policy\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="registrar refusing a content complaint as not DNS abuse",
    why="an explicit refusal with its reason: rejected",
    items={N[2]: "rejected"},
)

case(
    name="namepot-bare-domain-fields",
    **{"from": "compliance@namepot.com"},
    date="Fri, 13 Sep 2024 02:02:02 +0000",
    subject="[NamePot Abuse] Domain suspension notice - KCSC-240910-04",
    reply_to_req="req-240910-04",
    body=(
        "Domain suspension notice\n"
        "========================\n\n"
        "Domain name : bet-sinsang99.com\n"
        "Case        : NP-449120\n"
        "New status  : clientHold (suspended by registrar)\n"
        "Effective   : 2024-09-13 02:00 UTC\n\n"
        "The domain above has been suspended and no longer resolves.\n\n"
        "NamePot Abuse & Compliance\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="registrar suspension notice in key: value form with a bare domain",
    why="registrars name domains, not URLs; the domain of the requested site is suspended",
    items={N[0]: "removed"},
)

case(
    name="namepot-reseller-unknown",
    **{"from": "support@webnames-reseller.example"}, name_from="WebNames Support",
    date="Thu, 12 Sep 2024 11:11:11 +0000",
    subject="Re: KCSC-240910-04",
    body=(
        "Hello,\n\n"
        "We are a NamePot reseller. The domain https://bet-sinsang99.com/ is\n"
        "registered through our account and we have suspended it.\n\n"
        "WebNames Support\n"
    ),
    outcome="review", review="unknown_sender",
    imitates="reseller answering on the registrar's behalf from its own domain",
    why="sender domain belongs to no configured platform",
    items={N[0]: "pending"},
)

case(
    name="namepot-conditional-suspension",
    **{"from": "abuse@namepot.com"},
    date="Tue, 10 Sep 2024 15:05:30 +0000",
    subject="[NamePot Abuse] Case NP-449120 / KCSC-240910-04",
    reply_to_req="req-240910-04",
    body=(
        "Dear Reporter,\n\n"
        "We have contacted the registrant of https://bet-sinsang99.com/ and asked\n"
        "them to respond within 5 business days. If they do not respond, or the\n"
        "response is not satisfactory, the domain will be suspended.\n\n"
        "NamePot Abuse & Compliance\n"
    ),
    outcome="review", review="not_understood",
    imitates="registrar 'registrant contacted, will suspend if no response' reply",
    why="a condition and a promise: no status",
    items={N[0]: "pending"},
)

case(
    name="namepot-asks-court-order",
    **{"from": "legal@namepot.com"}, name_from="NamePot Legal",
    date="Wed, 11 Sep 2024 09:40:00 +0000",
    subject="[NamePot Abuse] Case NP-449121 / KCSC-240910-04 - information needed",
    reply_to_req="req-240910-04",
    body=(
        "Dear Sir or Madam,\n\n"
        "Before we can consider action on https://drug-delivery-seoul.shop/ we need\n"
        "the following:\n\n"
        "1. a copy of the decision or order under which the request is made, in\n"
        "   English or with an English translation;\n"
        "2. evidence (screenshots with dates) of the content complained of.\n\n"
        "Please reply to this email with the documents, keeping the case number in\n"
        "the subject.\n\n"
        "NamePot Legal\n"
    ),
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar legal team asking for the order and evidence",
    why="asks for documents; no status",
    items={N[2]: "pending"},
)

# ================================================================ mogwang.kr forum
case(
    name="mogwang-admin-korean-oneline",
    **{"from": "admin@mogwang.kr"}, name_from=enc("모두의광장 관리자"),
    date="Thu, 12 Sep 2024 01:15:22 +0000",
    subject=enc("Re: 삭제 요청 KCSC-240911-05"),
    reply_to_req="req-240911-05",
    body=(
        "안녕하세요, 모두의광장 관리자입니다.\n\n"
        "요청하신 게시물 https://www.mogwang.kr/free/120334 삭제했습니다.\n"
        "https://www.mogwang.kr/free/120377 은 작성자가 이미 지운 글이라 남아 있는 게 없네요.\n\n"
        "수고하세요.\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="small Korean forum admin answering in two Korean lines",
    why="삭제했습니다 (removed); 작성자가 이미 지운 글 (already deleted by its author: not_found)",
    items={M[0]: "removed", MP[1]: "not_found"},
)

case(
    name="mogwang-raw-korean-paths",
    **{"from": "admin@mogwang.kr"}, name_from=enc("모두의광장 관리자"),
    date="Fri, 13 Sep 2024 03:30:00 +0000",
    subject=enc("Re: 삭제 요청 KCSC-240911-05 (갤러리/회원)"),
    reply_to_req="req-240911-05",
    body=(
        "관리자입니다.\n\n"
        "https://www.mogwang.kr/갤러리/5521 게시물은 블라인드 처리하였고,\n"
        "회원 https://www.mogwang.kr/member/profile/밤도깨비 는 이용정지 및 프로필·작성글 전체 비공개 처리했습니다.\n\n"
        "감사합니다.\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin writing raw Korean-path URLs followed by particles",
    why="블라인드 처리 and 비공개 처리 both mean removed; raw Korean paths match the percent-encoded requests",
    items={MP[3]: "removed", MP[4]: "removed"},
)

case(
    name="mogwang-imsijochi-notice",
    **{"from": "report@mogwang.kr"}, name_from=enc("모두의광장 신고센터"),
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject=enc("[모두의광장] 게시물 임시조치 결과 안내 (KCSC-240911-05)"),
    reply_to_req="req-240911-05",
    body=(
        "방송통신심의위원회 담당자님께\n\n"
        "요청하신 건에 대한 처리 결과를 아래와 같이 알려드립니다.\n\n"
        "1. https://www.mogwang.kr/humor/88102\n"
        "   - 조치: 임시조치 (30일간 접근 제한)\n"
        "   - 근거: 정보통신망법 제44조의2\n\n"
        "2. https://www.mogwang.kr/free/120377\n"
        "   - 조치: 해당 게시물이 존재하지 않습니다.\n\n"
        "모두의광장 신고센터 드림\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="Korean 임시조치 result notice with a numbered list",
    why="임시조치 / 접근 제한 is restricted; 게시물이 존재하지 않습니다 is not_found",
    items={M[2]: "restricted", MP[1]: "not_found"},
)

case(
    name="mogwang-keep-and-delete",
    **{"from": "report@mogwang.kr"}, name_from=enc("모두의광장 신고센터"),
    date="Sat, 14 Sep 2024 05:45:10 +0000",
    subject=enc("Re: 삭제 요청 KCSC-240911-05 검토 결과"),
    reply_to_req="req-240911-05",
    body=(
        "안녕하세요.\n\n"
        "검토 결과를 알려드립니다.\n\n"
        "- https://www.mogwang.kr/free/120334 : 운영자 삭제 완료\n"
        "- https://www.mogwang.kr/humor/88102 : 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.\n\n"
        "이의가 있으시면 회신 부탁드립니다.\n"
        "모두의광장 신고센터\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="Korean forum review result: one deleted, one kept for no violation",
    why="운영자 삭제 (removed); 위반 사항이 확인되지 않아 게시를 유지 (rejected)",
    items={M[0]: "removed", M[2]: "rejected"},
)

MOG_B64 = (
    "관리자입니다. 처리 결과입니다.\n\n"
    "① https://www.mogwang.kr/free/120334：삭제\n"
    "② https://www.mogwang.kr/free/120377：삭제\n"
    "③ https://www.mogwang.kr/갤러리/5521（블라인드）\n\n"
    "이상입니다.\n"
)
case(
    name="mogwang-fullwidth-base64",
    **{"from": "admin@mogwang.kr"}, name_from=enc("모두의광장 관리자"),
    date="Thu, 12 Sep 2024 23:59:00 +0000",
    subject=enc("Re: 삭제 요청 KCSC-240911-05"),
    reply_to_req="req-240911-05",
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(MOG_B64) + "\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="Korean webmail reply in base64 with circled numbers and full-width punctuation after URLs",
    why="each URL followed by a full-width colon or parenthesis and 삭제/블라인드: removed",
    items={M[0]: "removed", MP[1]: "removed", MP[3]: "removed"},
)

case(
    name="mogwang-hedge-and-promise",
    **{"from": "admin@mogwang.kr"}, name_from=enc("모두의광장 관리자"),
    date="Wed, 11 Sep 2024 13:20:00 +0000",
    subject=enc("Re: 삭제 요청 KCSC-240911-05"),
    reply_to_req="req-240911-05",
    body=(
        "안녕하세요.\n\n"
        "https://www.mogwang.kr/free/120334 는 확인해 보니 이미 삭제된 것 같습니다.\n"
        "나머지 https://www.mogwang.kr/free/120377, https://www.mogwang.kr/humor/88102 는\n"
        "내일 중으로 확인 후 처리하겠습니다.\n\n"
        "관리자 드림\n"
    ),
    outcome="review", review="not_understood",
    imitates="forum admin hedging ('~것 같습니다') and promising to act tomorrow",
    why="a hedge and a promise: no status for any item",
    items={M[0]: "pending", MP[1]: "pending", M[2]: "pending"},
)

MOG_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀하</p>
<p>귀 위원회의 시정요구(KCSC-240911-05)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{M[0]}</td><td>삭제</td><td>2024-09-12</td></tr>
<tr><td>2</td><td>{M[1]}</td><td>삭제</td><td>2024-09-12</td></tr>
<tr><td>3</td><td>{M[2]}</td><td>임시조치</td><td>2024-09-12</td></tr>
<tr><td>4</td><td>{MP[3]}</td><td>삭제</td><td>2024-09-13</td></tr>
<tr><td>5</td><td>{MP[4]}</td><td>해당없음(회원 탈퇴로 페이지 없음)</td><td>-</td></tr>
</table>
<p>모두의광장 운영팀 드림</p>
</body></html>
"""
case(
    name="mogwang-sijeong-table-html",
    **{"from": "admin@mogwang.kr"}, name_from=enc("모두의광장 운영팀"),
    date="Fri, 13 Sep 2024 09:10:00 +0000",
    subject=enc("[회신] 시정요구 조치결과 (KCSC-240911-05)"),
    reply_to_req="req-240911-05",
    type="html",
    body=MOG_HTML,
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 table returned by a Korean site operator (HTML)",
    why="table rows: 삭제 x3 (removed), 임시조치 (restricted), 해당없음 page gone with the member (not_found)",
    items={M[0]: "removed", MP[1]: "removed", M[2]: "restricted", MP[3]: "removed", MP[4]: "not_found"},
)

case(
    name="mogwang-ooo-chuseok",
    **{"from": "report@mogwang.kr"}, name_from=enc("모두의광장 신고센터"),
    date="Mon, 16 Sep 2024 00:00:05 +0000",
    subject=enc("[자동응답] Re: 삭제 요청 KCSC-240911-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=(
        "[자동응답 메일입니다]\n\n"
        "추석 연휴(9월 16일~18일) 기간에는 신고 처리가 지연될 수 있습니다.\n"
        "연휴가 끝난 뒤 순서대로 답변드리겠습니다.\n\n"
        "모두의광장 신고센터\n"
    ),
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday auto-reply",
    why="auto-reply",
    items={},
)

case(
    name="mogwang-contact-change-no-claims",
    **{"from": "admin@mogwang.kr"}, name_from=enc("모두의광장 운영팀"),
    date="Sat, 14 Sep 2024 01:00:00 +0000",
    subject=enc("[모두의광장] 신고 접수 창구 변경 안내"),
    body=(
        "안녕하세요, 모두의광장 운영팀입니다.\n\n"
        "9월 20일부터 게시물 신고 및 삭제 요청은 report@mogwang.kr 로만 받습니다.\n"
        "기관 요청도 동일한 주소로 보내주시면 됩니다.\n\n"
        "감사합니다.\n"
    ),
    outcome="review", review="no_claims",
    imitates="Korean forum notice of a new reporting address",
    why="trusted platform mail naming no item and no request",
    items={},
)

# ================================================================ SendBox
case(
    name="sendbox-numbered-list",
    **{"from": "legal@sendbox.io"},
    date="Fri, 13 Sep 2024 09:45:00 +0000",
    subject="Re: Removal request KCSC-240912-06",
    reply_to_req="req-240912-06",
    body=(
        "Hi there,\n\n"
        "Here's what we did with your links:\n\n"
        "1. https://sendbox.io/f/Qm7xK2pa - file removed, uploader account terminated\n"
        "2. https://sendbox.io/f/Rt9LwZ0c - file removed\n"
        "3. https://sendbox.io/f/Ua1bNn84 - invalid link, there is no file with this ID\n"
        "   (maybe a typo?)\n"
        "4. https://sendbox.io/folder/Vv3cD0e1 - folder disabled, its 14 files too\n\n"
        "Cheers,\nTom @ SendBox\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="file host support agent answering with a numbered list",
    why="removed, removed, invalid link (not_found), disabled (removed)",
    items={S[0]: "removed", S[1]: "removed", S[2]: "not_found", S[3]: "removed"},
)

case(
    name="sendbox-angle-kr-only",
    **{"from": "legal@sendbox.io"},
    date="Sat, 14 Sep 2024 07:00:00 +0000",
    subject="Re: Removal request KCSC-240912-06",
    reply_to_req="req-240912-06",
    body=(
        "Hello,\n\n"
        "Correction to my last mail: the ID was right, it was in a private folder.\n"
        "<https://sendbox.io/f/Ua1bNn84> has now been disabled for users in Korea only.\n"
        "The uploader showed us distribution rights for other countries.\n\n"
        "Tom @ SendBox\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="file host restricting one file by country, URL in angle brackets",
    why="disabled for Korea only: restricted",
    items={S[2]: "restricted"},
)

SBX_CSV = (
    "file_id,url,status,date\n"
    f"Qm7xK2pa,{S[0]},deleted,2024-09-13\n"
    f"Rt9LwZ0c,{S[1]},deleted,2024-09-13\n"
    f"Vv3cD0e1,{S[3]},not_found,2024-09-13\n"
)
case(
    name="sendbox-csv-base64",
    **{"from": "legal@sendbox.io"},
    date="Fri, 13 Sep 2024 18:20:00 +0000",
    subject="SendBox takedown report - KCSC-240912-06",
    reply_to_req="req-240912-06",
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="sbx-7731"\n\n'
        "--sbx-7731\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
        "Hello,\n\nAttached is the takedown report for KCSC-240912-06.\n\nSendBox Legal\n\n"
        "--sbx-7731\nContent-Type: text/csv; name=\"takedown_KCSC-240912-06.csv\"\n"
        "Content-Disposition: attachment; filename=\"takedown_KCSC-240912-06.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(SBX_CSV) +
        "\n--sbx-7731--\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="file host's exported takedown report as a base64 CSV attachment",
    why="CSV rows: two deleted, one not_found; the fourth link is not in the file",
    items={S[0]: "removed", S[1]: "removed", S[3]: "not_found"},
)

case(
    name="sendbox-url-below-statement",
    **{"from": "legal@sendbox.io"},
    date="Sun, 15 Sep 2024 10:30:00 +0000",
    subject="Re: Removal request KCSC-240912-06",
    reply_to_req="req-240912-06",
    body=(
        "Hello,\n\n"
        "The following folder was deleted today at 09:14 UTC:\n"
        "https://sendbox.io/folder/Vv3cD0e1\n\n"
        "The following file stays online. It is a news report about the case, not\n"
        "the material your letter describes, and it breaks none of our terms:\n"
        "https://sendbox.io/f/Ua1bNn84\n\n"
        "SendBox Legal\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="file host reply with each statement on the line above its URL",
    why="statement line then URL: folder deleted (removed), file kept with reason (rejected)",
    items={S[3]: "removed", S[2]: "rejected"},
)

case(
    name="sendbox-dsn-legal-mailbox",
    **{"from": "MAILER-DAEMON@sendbox.io"}, name_from="Mail Delivery System",
    date="Thu, 12 Sep 2024 07:02:11 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-55AA"\n\n'
        "--dsn-55AA\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx1.sendbox.io.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<dmca@sendbox.io>: host mx1.sendbox.io[198.51.100.61] said: 550 5.1.1\n"
        "    <dmca@sendbox.io>: Recipient address rejected: User unknown\n\n"
        "--dsn-55AA\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx1.sendbox.io\n"
        "Arrival-Date: Thu, 12 Sep 2024 16:02:09 +0900\n\n"
        "Final-Recipient: rfc822; dmca@sendbox.io\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <dmca@sendbox.io>: Recipient address rejected: User unknown\n\n"
        "--dsn-55AA\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: dmca@sendbox.io\n"
        "Subject: Removal request KCSC-240912-06\n"
        "Message-ID: <req-240912-06@kcsc.example>\n"
        "Date: Thu, 12 Sep 2024 16:02:00 +0900\n\n"
        "Dear SendBox team,\n\n"
        "Please remove the following files (KCSC-240912-06):\n"
        + "".join(f"{u}\n" for u in S) +
        "\nKCSC Takedown desk\n\n"
        "--dsn-55AA--\n"
    ),
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report with the original request attached",
    why="bounce; the URLs are only in our own returned request",
    items={},
)

case(
    name="sendbox-echoed-receipt",
    **{"from": "noreply@sendbox.io"}, name_from="SendBox",
    date="Thu, 12 Sep 2024 07:05:00 +0000",
    subject="We received your report [SBX-RPT-20931]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=(
        "Thanks, we've received your report. Reference: SBX-RPT-20931\n\n"
        "What you reported:\n"
        "  Reason: Illegal content (KCSC-240912-06)\n"
        "  Links:\n"
        + "".join(f"    {u}\n" for u in S) +
        "\nA moderator will process your report. You'll get another email once\n"
        "there's a decision.\n\n"
        "SendBox Trust & Safety\n"
    ),
    outcome="ignored", classification="acknowledgement",
    imitates="report-form receipt echoing the reported links",
    why="pure acknowledgement echoing the report; no decision yet",
    items={u: "pending" for u in S},
)


HEADER = """# blind835: hosts, CDNs, registrars, forums, image boards, file hosts
# answering informally, CSV attachments and plain-text tables.
# Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind835", HEADER, CASES)


if __name__ == "__main__":
    main()
