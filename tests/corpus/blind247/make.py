#!/usr/bin/env python3
"""Blind set 247: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering a regulator's removal
requests, often informally, plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind247/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
email is fictional and written for this set; the expected results were
written from each email's meaning before any run of the reader.
"""
import base64
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))
UTC = timezone.utc
CET = timezone(timedelta(hours=2))


def dt(day, hm, tz=KST, sec=0):
    h, m = hm.split(":")
    return format_datetime(datetime(2024, 9, day, int(h), int(m), sec, tzinfo=tz))


# ---------------------------------------------------------------- requests
P = {  # pixboard (image board), the largest request
    1: "https://pixboard.io/kr/thread/771201",
    2: "https://pixboard.io/kr/thread/771388",
    3: "https://pixboard.io/kr/thread/772045",
    4: "https://pixboard.io/b/thread/310577",
    5: "https://pixboard.io/b/thread/310902",
    6: "https://i.pixboard.io/kr/1725011234567.jpg",
    7: "https://i.pixboard.io/kr/1725011298804.png",
    8: "https://i.pixboard.io/kr/1725019920013.webm",
    9: "https://i.pixboard.io/b/1725102233410.jpg",
    10: "https://pixboard.io/kr/thread/773310",
    11: "https://pixboard.io/kr/thread/773355",
    12: "https://pixboard.io/g/thread/88120",
    13: "https://i.pixboard.io/g/1725200011777.gif",
}
B = {  # bluekite (web hosting): customers' sites
    1: "https://hanbit-outlet.shop/item/2231",
    2: "https://sarang-toto.win/",
    3: "http://203.0.113.45/~jinu/leak/index.html",
    4: "https://kr-pharm24.store/order.php?id=88",
}
D = {  # droplocker (file host)
    1: "https://droplocker.net/f/Qm7xK2pL",
    2: "https://droplocker.net/f/Zt81bVw0",
    3: "https://droplocker.net/f/a9RkE3sT",
    4: "https://dl.droplocker.net/f/Hn44cPq1/video_0912.mp4",
    5: "https://droplocker.net/folder/Lb02YyXe",
}
G = {  # gagopan (Korean community forum)
    1: "https://gagopan.kr/free/318842",
    2: "https://gagopan.kr/humor/90211",
    3: "https://gagopan.kr/%EC%9D%B5%EB%AA%85/5521",
}
G3_RAW = "https://gagopan.kr/익명/5521"
M = {  # domaindock (registrar)
    1: "https://hangang-casino.top/",
    2: "https://nara-quickloan.xyz/apply",
}
E = {  # edgeveil (CDN / reverse proxy)
    1: "https://seoul-streamz.live/watch/ep12",
    2: "https://seoul-streamz.live/watch/ep13",
}
T = {1: "https://pastepit.com/k3J9vQ"}  # pastepit (paste site)

REQ = {
    # ref: (platform, name, to, sent (day, hm), due, items, category, msgid-local)
    "pix": ("KCSC-240903-01", "pixboard", "PixBoard", "abuse@pixboard.io", (3, "10:00"), "2024-09-10",
            P, "obscenity", "req-KCSC-240903-01"),
    "blue": ("KCSC-240905-02", "bluekite", "BlueKite Hosting", "abuse@bluekite-hosting.com", (5, "14:00"),
             "2024-09-12", B, "illegal_trade", "req-KCSC-240905-02"),
    "drop": ("KCSC-240909-03", "droplocker", "DropLocker", "abuse@droplocker.net", (9, "09:30"),
             "2024-09-16", D, "obscenity", "req-KCSC-240909-03"),
    "gago": ("KCSC-240910-04", "gagopan", "가고판", "admin@gagopan.kr", (10, "11:00"), "2024-09-13",
             G, "defamation", "req-KCSC-240910-04"),
    "dock": ("KCSC-240911-05", "domaindock", "DomainDock", "abuse@domaindock.com", (11, "16:00"),
             "2024-09-18", M, "gambling", "req-KCSC-240911-05"),
    "edge": ("KCSC-240912-06", "edgeveil", "EdgeVeil", "abuse@edgeveil.net", (12, "10:00"), "2024-09-19",
             E, "copyright", "req-KCSC-240912-06"),
    "paste": ("KCSC-240913-07", "pastepit", "PastePit", "abuse@pastepit.com", (13, "15:00"), "2024-09-16",
              T, "privacy", "req-KCSC-240913-07"),
}


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for key, (ref, pid, _n, _to, (day, hm), due, items, cat, mid) in REQ.items():
        sent = f"2024-09-{day:02d}T{hm}:00+09:00"
        for i, url in items.items():
            note = f"item {i} of {len(items)}"
            lines.append(f"{ref},{pid},{sent},{due},{url},{cat},{mid}@kcsc.example,{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def subject(key):
    ref, _pid, name, *_ = REQ[key]
    n = len(REQ[key][6])
    if key == "gago":
        return f"[{ref}] 불법정보 삭제 요청 ({n}건)"
    return f"[{ref}] Request for removal of illegal content ({n} URL{'s' if n > 1 else ''})"


def request_text(key, raw_korean=False):
    ref, _pid, name, _to, _sent, due, items, *_ = REQ[key]
    if key == "gago":
        out = [f"{name} 운영자님께,", "",
               f"방송통신심의위원회는 아래 게시물이 관련 법령상 불법정보에 해당하여 삭제를 요청합니다 (요청번호 {ref}).", ""]
        for i, u in items.items():
            out.append(f"{i}. {G3_RAW if (raw_korean and u == G[3]) else u}")
        out += ["", f"처리 기한: {due}", "조치 결과를 이 주소로 회신해 주십시오.", "", "KCSC 불법정보 대응팀"]
        return "\n".join(out)
    out = [f"Dear {name},", "",
           "The Korea Communications Standards Commission asks you to remove the following content,",
           f"which has been found illegal under Korean law (our reference {ref}).", ""]
    for i, u in items.items():
        out.append(f"{i}. {u}")
    out += ["", f"Deadline: {due}. Please reply to this address with the action taken for each URL.", "",
            "KCSC Takedown Team"]
    return "\n".join(out)


def quoted(key, style="gmail", raw_korean=False):
    ref, _pid, _name, to, (day, hm), *_ = REQ[key]
    body = request_text(key, raw_korean)
    when = datetime(2024, 9, day, int(hm[:2]), int(hm[3:]), tzinfo=KST)
    if style == "gmail":
        head = f"On {when.strftime('%a')}, {when.day} {when.strftime('%b %Y')} at {hm}, KCSC Takedown <takedown@kcsc.example> wrote:"
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    if style == "gmail-ko":
        head = f"2024년 9월 {day}일 ({'월화수목금토일'[when.weekday()]}) 오전 {hm}, KCSC Takedown <takedown@kcsc.example>님이 작성:"
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    # outlook
    return ("-----Original Message-----\n"
            "From: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {when.strftime('%A')}, {when.strftime('%B')} {when.day}, 2024 {hm} AM\n"
            f"To: {to}\n"
            f"Subject: {subject(key)}\n\n" + body)


def rid(key):
    return REQ[key][8]


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ PixBoard
case(
    name="pix-janitor-bulleted",
    from_="janitors@pixboard.io", name_from="PixBoard Janitors", date=dt(4, "01:12"),
    subject="Re: " + subject("pix"), reply_to_req=rid("pix"),
    body=f"""hi,

went through the /kr/ part of your list:

* {P[1]} - deleted, poster banned 30d
* {P[2]} - deleted
* {P[3]} - deleted
* {P[10]} - can't find it. it got pruned off the board before we got to it (threads fall off after 250 posts), there's nothing left of it on our side

rest of the list is with the other jannies, they'll write separately.

--
mod_hwan / PixBoard volunteer janitor team
rules: https://pixboard.io/rules
""",
    outcome="applied",
    imitates="volunteer image-board moderator answering an abuse mail with a terse bulleted list",
    why="four thread URLs each with its own outcome: three deleted, one pruned before review (nothing left)",
    items={P[1]: "removed", P[2]: "removed", P[3]: "removed", P[10]: "not_found"},
)

case(
    name="pix-images-status-below",
    from_="safety@pixboard.io", name_from="PixBoard Trust & Safety", date=dt(4, "16:40"),
    subject="Re: " + subject("pix") + " - image files", reply_to_req=rid("pix"),
    body=f"""Hello KCSC,

Image files from your request KCSC-240903-01:

{P[6]}
  deleted, file hash added to our block list

{P[7]}
  deleted

{P[8]}
  not on our storage - the link returns 404 and there is no file with that name in our bucket

{P[9]}
  kept. It is a screenshot of a broadcast news report; we see nothing illegal in it and it does not break our rules.

Regards,
Dana
PixBoard Trust & Safety
""",
    outcome="applied",
    imitates="abuse-desk reply listing each reported file URL with its result on the line below",
    why="status on the line under each bare URL: two deleted, one absent from storage, one kept with a reason",
    items={P[6]: "removed", P[7]: "removed", P[8]: "not_found", P[9]: "rejected"},
)

_pix_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Your ticket <b>#PB-40713</b> ({subject("pix")}) has been updated by our team.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td><a href="{P[11]}">{P[11]}</a></td><td>Removed</td></tr>
<tr><td><a href="{P[12]}">{P[12]}</a></td><td>Unavailable in South Korea</td></tr>
<tr><td><a href="{P[13]}">{P[13]}</a></td><td>Removed</td></tr>
</table>
<p>You can see the ticket at <a href="https://support.pixboard.io/tickets/PB-40713">support.pixboard.io</a>.</p>
<p>PixBoard Support</p>
</body></html>"""
_pix_txt = f"""Hello,

Your ticket #PB-40713 ({subject("pix")}) has been updated by our team.

Reported URL: {P[11]}
Action: Removed

Reported URL: {P[12]}
Action: Unavailable in South Korea

Reported URL: {P[13]}
Action: Removed

You can see the ticket at https://support.pixboard.io/tickets/PB-40713

PixBoard Support"""
case(
    name="pix-ticket-html-table",
    from_="support@pixboard.io", name_from="PixBoard Support", date=dt(5, "03:05", UTC),
    subject="[PB-40713] Ticket updated: " + subject("pix"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_pb40713"

--=_pb40713
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_pix_txt}
--=_pb40713
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{_pix_html}
--=_pb40713--
""",
    outcome="applied",
    imitates="help-desk ticket update (Zendesk-like) with an HTML results table and a plain-text alternative",
    why="three rows: two removed, one made unavailable in South Korea (restricted); the ticket link is the platform's own page",
    items={P[11]: "removed", P[12]: "restricted", P[13]: "removed"},
)

_pix_csv = "url,action,comment\n" + "\n".join([
    f"{P[1]},deleted,",
    f"{P[2]},deleted,",
    f"{P[3]},deleted,poster banned",
    f"{P[4]},deleted,",
    f"{P[5]},no action,satire - within our rules",
    f"{P[6]},deleted,hash banned",
    f"{P[7]},deleted,",
    f"{P[8]},not found,no such file",
    f"{P[9]},no action,news screenshot - not illegal",
    f"{P[10]},not found,thread pruned before review",
    f"{P[11]},deleted,",
    f"{P[12]},geo-blocked,hidden for visitors from KR",
    f"{P[13]},deleted,",
]) + "\n"
case(
    name="pix-results-csv-attachment",
    from_="safety@pixboard.io", name_from="PixBoard Trust & Safety", date=dt(6, "09:15", UTC),
    subject="Re: " + subject("pix"), reply_to_req=rid("pix"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_Part_8812_1"

------=_Part_8812_1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

Results for all 13 links of KCSC-240903-01 are in the attached sheet, one row per link.
Ping us if a row is unclear.

- PixBoard T&S

------=_Part_8812_1
Content-Type: text/csv; charset=utf-8; name="kcsc-240903-01-results.csv"
Content-Disposition: attachment; filename="kcsc-240903-01-results.csv"
Content-Transfer-Encoding: 7bit

{_pix_csv}
------=_Part_8812_1--
""",
    outcome="applied",
    imitates="moderation team exporting its results spreadsheet as a CSV attachment",
    why="CSV row per URL: deleted -> removed, not found, no action with a reason -> rejected, geo-blocked -> restricted",
    items={P[1]: "removed", P[2]: "removed", P[3]: "removed", P[4]: "removed", P[5]: "rejected",
           P[6]: "removed", P[7]: "removed", P[8]: "not_found", P[9]: "rejected", P[10]: "not_found",
           P[11]: "removed", P[12]: "restricted", P[13]: "removed"},
)

case(
    name="pix-top-posted-over-quote",
    from_="minji@pixboard.io", name_from="Minji (PixBoard)", date=dt(3, "22:47"),
    subject="Re: " + subject("pix"), reply_to_req=rid("pix"),
    body=f"""Both are down now:
{P[1]}
{P[2]}

the others I'm still looking at.

Minji

{quoted("pix")}
""",
    outcome="applied",
    imitates="phone-style top-posted reply above the whole quoted request",
    why="two URLs taken down by the author; the 13 URLs of the quoted request below say nothing",
    items={P[1]: "removed", P[2]: "removed"},
)

_pix_qp = f"""Hello,

Following our review under Korean law, we have restricted access from South Korea to these two threads:
- {P[11]}
- {P[12]}

They remain visible in other countries \u2014 no violation of PixBoard's global rules was found. The remaining links of your request will be answered in a separate message.

PixBoard Legal \u2022 legal@pixboard.io
"""
case(
    name="pix-qp-geo-restricted",
    from_="legal@pixboard.io", name_from="PixBoard Legal", date=dt(5, "11:20", CET),
    subject="RE: " + subject("pix"), reply_to_req=rid("pix"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_pix_qp)}""",
    outcome="applied",
    imitates="legal team's country-withholding notice sent quoted-printable",
    why="two threads restricted from South Korea, still visible elsewhere: restricted, not removed",
    items={P[11]: "restricted", P[12]: "restricted"},
)

case(
    name="pix-outlook-reply-with-refusal",
    from_="legal@pixboard.io", name_from="PixBoard Legal", date=dt(6, "17:02", CET),
    subject="RE: " + subject("pix"), reply_to_req=rid("pix"),
    body=f"""Dear KCSC team,

We have removed {P[5]} and {P[9]} from the service.

Regarding {P[4]}: after review we are leaving this thread up. The image in the opening post is an obvious parody and does not violate our content policy or, in our assessment, Korean law.

Kind regards,
J. Okafor
PixBoard Legal

{quoted("pix", "outlook")}
""",
    outcome="applied",
    imitates="Outlook reply from a platform's legal team above '-----Original Message-----'",
    why="two URLs removed in one sentence, one refused with its reason; the quoted request below is not a statement",
    items={P[5]: "removed", P[9]: "removed", P[4]: "rejected"},
)

case(
    name="pix-wrapped-angle-url",
    from_="mods@pixboard.io", name_from="PixBoard Mods", date=dt(4, "20:31"),
    subject="Re: " + subject("pix"), reply_to_req=rid("pix"),
    body=f"""Hi,

Regarding the video file you listed as item 8 of your request, <https://i.pixboard.io/kr/
1725019920013.webm>, it has been removed from our storage. The thread it was posted in
({P[11]}) was deleted as well.

PixBoard mods
""",
    outcome="applied",
    imitates="moderator reply whose mail client wrapped a long line inside an angle-bracketed URL",
    why="a URL in angle brackets wrapped over two lines (RFC 3986 appendix C style) and a URL in parentheses, both removed",
    items={P[8]: "removed", P[11]: "removed"},
)

case(
    name="pix-promise-tonight",
    from_="janitors@pixboard.io", name_from="PixBoard Janitors", date=dt(3, "19:55"),
    subject="Re: " + subject("pix"), reply_to_req=rid("pix"),
    body=f"""hey, thanks for the list. we're short on mods this week but these two will be taken down in tonight's sweep:
{P[6]}
{P[7]}
I'll reply once it's done.
""",
    outcome="review", review="not_understood",
    imitates="volunteer moderator promising removal later",
    why="'will be taken down' is a promise, not a statement: both items stay pending",
    items={P[6]: "pending", P[7]: "pending"},
)

case(
    name="pix-asks-post-numbers",
    from_="safety@pixboard.io", name_from="PixBoard Trust & Safety", date=dt(4, "10:10"),
    subject="Re: " + subject("pix"), reply_to_req=rid("pix"),
    body=f"""Hello,

The thread {P[11]} has more than 300 replies from different posters. Could you tell us which post numbers contain the content you consider illegal, and cite the provision of Korean law that applies? We can't act on the whole thread without that information.

The other links are being handled.

Thanks,
Dana
PixBoard Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="trust-and-safety request for more information (which posts, which law) before acting",
    why="asks for post numbers and the legal basis before acting; no status stated",
    items={P[11]: "pending"},
)

case(
    name="pix-may-have-been-pruned",
    from_="janitors@pixboard.io", name_from="PixBoard Janitors", date=dt(5, "02:18"),
    subject="Re: " + subject("pix"), reply_to_req=rid("pix"),
    body=f"""the two /b/ threads may have been pruned already, I can't tell from the mod log.
someone with db access will check tomorrow.

{P[4]}
{P[5]}

- janny k
""",
    outcome="review", review="not_understood",
    imitates="volunteer moderator hedging about pruned threads",
    why="'may have been pruned' is a hedge, not a not_found statement; both stay pending",
    items={P[4]: "pending", P[5]: "pending"},
)

_dsn_orig = request_text("pix")
case(
    name="pix-dsn-user-unknown",
    from_="MAILER-DAEMON@mx1.pixboard.io", name_from="Mail Delivery System", auth="none",
    date=dt(3, "10:00", KST, 41),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="7A1C0E2F41.1725325241/mx1.pixboard.io"

--7A1C0E2F41.1725325241/mx1.pixboard.io
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.pixboard.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<janitors-old@pixboard.io>: unknown user: "janitors-old"

--7A1C0E2F41.1725325241/mx1.pixboard.io
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.pixboard.io
Arrival-Date: Tue,  3 Sep 2024 01:00:39 +0000 (UTC)

Final-Recipient: rfc822; janitors-old@pixboard.io
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; unknown user: "janitors-old"

--7A1C0E2F41.1725325241/mx1.pixboard.io
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@pixboard.io, janitors-old@pixboard.io
Subject: {subject("pix")}
Date: {dt(3, "10:00")}
Message-ID: <{rid("pix")}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{_dsn_orig}

--7A1C0E2F41.1725325241/mx1.pixboard.io--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning the request with all its URLs",
    why="a DSN for one recipient of the request; the URLs are in the returned message only",
    items={},
)

# ================================================================ BlueKite
case(
    name="bluekite-ticket-resolved",
    from_="abuse@bluekite-hosting.com", name_from="BlueKite Abuse Desk", date=dt(6, "18:30"),
    subject="[ABU-55120] Re: " + subject("blue"), reply_to_req=rid("blue"),
    body=f"""Hello,

Thank you for your report. We contacted the customers concerned and the matter is now resolved on our side:

- {B[1]} : the customer removed the listing. We verified that the page now returns 404.
- {B[3]} : the directory was deleted by the server owner at our request.
- {B[2]} : the customer did not answer within 24 hours, so we suspended the hosting account. The site is offline.

We consider this ticket closed. If the content reappears, reply to this message and keep the ticket number in the subject.

BlueKite Hosting - Abuse Department
https://bluekite-hosting.com/legal/aup
""",
    outcome="applied",
    imitates="web host abuse desk closing a ticket after the customer removed the content",
    why="three customer sites: page removed, directory deleted, hosting account suspended (site offline) -> removed",
    items={B[1]: "removed", B[3]: "removed", B[2]: "removed"},
)

case(
    name="bluekite-inline-answers",
    from_="spark@bluekite-hosting.com", name_from="Seo-yeon Park (BlueKite)", date=dt(9, "09:12"),
    subject="Re: " + subject("blue"), reply_to_req=rid("blue"),
    body=f"""Hi,

answers inline.

On Thu, 5 Sep 2024 at 14:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear BlueKite Hosting,
>
> The Korea Communications Standards Commission asks you to remove the following content,
> which has been found illegal under Korean law (our reference KCSC-240905-02).
>
> 1. {B[1]}

Removed by the customer, I checked it myself this morning.

> 2. {B[2]}

We are not suspending this one. It's a static fan page about a football club; we looked and nothing there breaks our AUP.

> 3. {B[3]}

That IP was released from our pool in July and is not assigned to any customer. There is nothing of ours at that address.

> 4. {B[4]}

Account terminated, site is down.

> Deadline: 2024-09-12. Please reply to this address with the action taken for each URL.

Seo-yeon
BlueKite Abuse
""",
    outcome="applied",
    imitates="abuse-desk employee answering inline under each quoted line of the request (Gmail style)",
    why="each quoted URL is answered by the employee's own line under it: removed, refused, nothing there, terminated",
    items={B[1]: "removed", B[2]: "rejected", B[3]: "not_found", B[4]: "removed"},
)

case(
    name="bluekite-pipe-table",
    from_="noreply-abuse@bluekite-hosting.com", name_from="BlueKite Abuse Desk", date=dt(10, "08:00", UTC),
    subject="[ABU-55188] Status update - " + REQ["blue"][0],
    body=f"""Ticket ABU-55188 - status update
Your reference: KCSC-240905-02

| URL                                       | Result                                 |
|-------------------------------------------|----------------------------------------|
| {B[1]:<41} | Geo-blocked for visitors from Korea    |
| {B[4]:<41} | Suspended (hosting account disabled)   |

Other URLs from your report are handled under ticket ABU-55120.

--
BlueKite Hosting Abuse Desk - this mailbox is monitored, reply to this message to update the ticket.
""",
    outcome="applied",
    imitates="ticket-system status update with a Markdown-style pipe table",
    why="pipe table: one site geo-blocked for Korea (restricted), one hosting account disabled (removed)",
    items={B[1]: "restricted", B[4]: "removed"},
)

case(
    name="bluekite-forged-dmarc-fail",
    from_="abuse@bluekite-hosting.com", name_from="BlueKite Abuse Desk", auth="fail", date=dt(7, "03:44", UTC),
    subject="Re: " + subject("blue"),
    extra_headers=["Reply-To: bluekite.abuse.desk@mailbox-free.example"],
    body=f"""Dear KCSC,

All four URLs have been removed from our servers:
{B[1]}
{B[2]}
{B[3]}
{B[4]}

Please send further requests to our new address in Reply-To.

BlueKite Abuse
""",
    outcome="review", review="untrusted",
    imitates="forged reply in a host's name whose DMARC check fails",
    why="statements for all four items, but the bluekite-hosting.com From fails DMARC: nothing applied",
    items={B[1]: "pending", B[2]: "pending", B[3]: "pending", B[4]: "pending"},
)

case(
    name="bluekite-customer-writes-directly",
    from_="owner@hanbit-outlet.shop", name_from="Hanbit Outlet", date=dt(7, "13:25"),
    subject="Re: abuse complaint KCSC-240905-02",
    body=f"""Hello,

I am the owner of hanbit-outlet.shop. My hosting company BlueKite forwarded your complaint to me.
I have deleted the page {B[1]} . Please close the case KCSC-240905-02 and tell BlueKite not to suspend my account.

Thank you,
Kang
""",
    outcome="review", review="unknown_sender",
    imitates="hosting customer (site owner) writing to the complainant directly",
    why="the site owner is not the platform: its statement cannot change the item",
    items={B[1]: "pending"},
)

_PDF_B64 = b64(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Length 88 /Filter /FlateDecode >>\nstream\nx\x9c\x0b\xc9\xc8,V\x00\xa2D\x85\x92\xd4\x8a\x12\x85\xe2\xd2\xdc\xdc\xc4\xa2J\x00\x9a\x1d\x0b\x8e\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
case(
    name="bluekite-pdf-only",
    from_="abuse@bluekite-hosting.com", name_from="BlueKite Abuse Desk", date=dt(11, "10:40"),
    subject="[ABU-55120] Response to " + REQ["blue"][0], reply_to_req=rid("blue"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="bk-55120-pdf"

--bk-55120-pdf
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear KCSC,

Please find our formal response to your request KCSC-240905-02 in the attached PDF.

BlueKite Hosting - Legal & Abuse

--bk-55120-pdf
Content-Type: application/pdf; name="ABU-55120-response.pdf"
Content-Disposition: attachment; filename="ABU-55120-response.pdf"
Content-Transfer-Encoding: base64

{_PDF_B64}
--bk-55120-pdf--
""",
    outcome="review", review="unreadable_attachment",
    imitates="host's legal team sending its answer only as a PDF letter",
    why="the answer is only in a PDF the reader cannot read; the body states nothing",
    items={},
)

case(
    name="bluekite-out-of-office",
    from_="spark@bluekite-hosting.com", name_from="Seo-yeon Park", date=dt(5, "14:01"),
    subject="Automatic reply: " + subject("blue"), reply_to_req=rid("blue"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your message. I am out of the office until Monday 9 September with limited access to email.

For abuse reports please write to abuse@bluekite-hosting.com, which is monitored around the clock.

Seo-yeon Park
BlueKite Hosting
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply from an abuse-desk employee",
    why="out-of-office reply, says nothing about the items",
    items={},
)

# ================================================================ DropLocker
case(
    name="droplocker-disabled-and-not-found",
    from_="abuse@droplocker.net", name_from="DropLocker Abuse Team", date=dt(10, "16:05", CET),
    subject="Re: " + subject("drop") + " [DL-TKD-20931]", reply_to_req=rid("drop"),
    body=f"""Dear Sir or Madam,

We have processed your notice dated 9 September 2024 (our reference DL-TKD-20931).

Access to the following files has been disabled:
<{D[1]}>
<{D[2]}>
<{D[4]}>

We could not find the following link on our service; please check that it was copied correctly:
<{D[3]}>

The remaining link will be answered separately.

DropLocker Abuse Team
""",
    outcome="applied",
    imitates="file host's DMCA-style processing notice with URLs in angle brackets",
    why="three files disabled (removed), one link not found; the fifth not spoken about",
    items={D[1]: "removed", D[2]: "removed", D[4]: "removed", D[3]: "not_found"},
)

_drop_b64 = f"""Hi,

re KCSC-240909-03:

{D[5]} - folder deleted and the uploader's account terminated (repeat offender).
{D[3]} - this file was deleted by the uploader on 6 September, before your notice reached us.

The other three were handled in our earlier reply.

DropLocker Abuse Team
"""
case(
    name="droplocker-base64-folder",
    from_="abuse@droplocker.net", name_from="DropLocker Abuse Team", date=dt(11, "09:48", CET),
    subject="Re: " + subject("drop"), reply_to_req=rid("drop"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: base64

{b64(_drop_b64)}""",
    outcome="applied",
    imitates="abuse-team reply sent as a base64 text body",
    why="folder deleted (removed); file deleted by its uploader before the notice (not_found)",
    items={D[5]: "removed", D[3]: "not_found"},
)

case(
    name="droplocker-text-table",
    from_="legal@droplocker.net", name_from="DropLocker Legal", date=dt(12, "08:41", UTC),
    subject="Takedown report - " + REQ["drop"][0],
    body=f"""Takedown report - KCSC-240909-03
Processed: 2024-09-12 08:41 UTC

Link                                                  Result
----------------------------------------------------  -------------
{D[1]:<54}Removed
{D[2]:<54}Removed
{D[3]:<54}Not found
{D[4]:<54}Removed
{D[5]:<54}No action *

* The folder holds a public-domain film from 1927. We found no violation of our terms or of the law cited.

DropLocker Legal
""",
    outcome="applied",
    imitates="automated takedown report with a fixed-width plain-text table",
    why="five rows: three removed, one not found, one no action with a reason given in the footnote (rejected)",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed", D[5]: "rejected"},
)

case(
    name="droplocker-dsa-statement",
    from_="dsa-notices@droplocker.net", name_from="DropLocker DSA Notices", date=dt(12, "15:30", CET),
    subject="Statement of reasons DL-SOR-2024-0912-118 (" + REQ["drop"][0] + ")",
    body=f"""Statement of reasons
(Article 17 of Regulation (EU) 2022/2065)

Reference:     DL-SOR-2024-0912-118
Notice:        KCSC-240909-03 (public authority, Republic of Korea)
Content:       {D[2]}

Decision:      Access to the content has been disabled in the territory of the
               Republic of Korea. The file remains available in other countries.
Ground:        The notice alleges illegality under Korean law. The content is not
               incompatible with the DropLocker terms of service.
Automated means: No automated means were used for this decision.
Redress:       https://droplocker.net/legal/redress

DropLocker B.V.
""",
    outcome="applied",
    imitates="DSA Article 17 statement of reasons for a territorial restriction",
    why="access disabled in Korea only, available elsewhere: restricted",
    items={D[2]: "restricted"},
)

case(
    name="droplocker-bulk-all-removed",
    from_="abuse@droplocker.net", name_from="DropLocker Abuse Team", date=dt(10, "12:00", CET),
    subject="Re: " + subject("drop"), reply_to_req=rid("drop"),
    body="""Hello,

All files in your notice KCSC-240909-03 have been removed from DropLocker.

Best regards,
DropLocker Abuse Team
""",
    outcome="review", review="bulk",
    imitates="file host's one-line 'all files removed' reply",
    why="one statement about all five items without naming any: bulk, items stay pending",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending", D[4]: "pending", D[5]: "pending"},
)

case(
    name="droplocker-counter-notice-pending",
    from_="abuse@droplocker.net", name_from="DropLocker Abuse Team", date=dt(11, "17:20", CET),
    subject="Re: " + subject("drop"), reply_to_req=rid("drop"),
    body=f"""Hello,

Two of the files in your notice ({D[4]} and {D[5]}) belong to a verified account that has contested earlier notices. We have informed the uploader. If no counter-notice reaches us by 19 September, both will be removed.

DropLocker Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="file host's notice-and-counter-notice reply: removal conditional on no counter-notice",
    why="conditional future removal, no statement: both stay pending",
    items={D[4]: "pending", D[5]: "pending"},
)

case(
    name="droplocker-read-receipt",
    from_="abuse@droplocker.net", name_from="DropLocker Abuse Team", date=dt(9, "10:02", CET),
    subject="Read: " + subject("drop"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-20931"

--mdn-20931
Content-Type: text/plain; charset=utf-8

Your message

  To: abuse@droplocker.net
  Subject: {subject("drop")}
  Sent: {dt(9, "09:30")}

was read on {dt(9, "10:02", CET)}.

--mdn-20931
Content-Type: message/disposition-notification

Reporting-UA: mail.droplocker.net; Microsoft Exchange Server
Final-Recipient: rfc822;abuse@droplocker.net
Original-Message-ID: <{rid("drop")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-20931--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN) for the request",
    why="a read receipt states nothing",
    items={},
)

# ================================================================ Gagopan (Korean forum)
case(
    name="gagopan-admin-one-line",
    from_="admin@gagopan.kr", name_from="가고판 운영자", date=dt(10, "13:07"), raw_utf8_subject=True,
    subject="Re: " + subject("gago"), reply_to_req=rid("gago"),
    body=f"""네 {G[1]} 는 지웠습니다.

-가고판 운영자
""",
    outcome="applied",
    imitates="small Korean community admin answering in one line",
    why="'지웠습니다' (deleted) about one named post",
    items={G[1]: "removed"},
)

case(
    name="gagopan-numbered-arrows",
    from_="admin@gagopan.kr", name_from="가고판 운영팀", date=dt(11, "10:30"),
    subject="Re: " + subject("gago"), reply_to_req=rid("gago"),
    body=f"""안녕하세요, 가고판 운영팀입니다.
요청하신 게시물 처리 결과 알려드립니다.

1. {G[1]}
 → 블라인드 처리 완료
2. {G[2]}
 → 작성자가 이미 삭제한 글이라 조치할 게시물이 없습니다
3. {G3_RAW}
 → 게시중단 처리

감사합니다.
가고판 운영팀 드림

{quoted("gago", "gmail-ko", raw_korean=True)}
""",
    outcome="applied",
    imitates="Korean forum operator's numbered result list with arrows under each URL",
    why="블라인드 -> removed, already deleted by its author -> not_found, 게시중단 -> removed; raw Korean path matches its encoded form",
    items={G[1]: "removed", G[2]: "not_found", G[3]: "removed"},
)

case(
    name="gagopan-particle-after-url",
    from_="admin@gagopan.kr", name_from="가고판 운영자", date=dt(11, "21:14"),
    subject="Re: " + subject("gago"), reply_to_req=rid("gago"),
    body=f"""안녕하세요.

{G3_RAW}은 권리침해 신고 절차에 따라 30일간 임시조치했습니다.
{G[2]} 글은 검토해 보니 위법하다고 볼 내용이 없어서 그대로 둡니다.

가고판 운영자 드림
""",
    outcome="applied",
    imitates="Korean forum admin's informal reply, a particle glued to a raw Korean URL",
    why="임시조치 -> restricted (URL followed directly by 은); kept because nothing unlawful -> rejected",
    items={G[3]: "restricted", G[2]: "rejected"},
)

case(
    name="gagopan-fullwidth-brackets",
    from_="admin@gagopan.kr", name_from="가고판 운영팀", date=dt(12, "09:50"),
    subject="Re: " + subject("gago"), reply_to_req=rid("gago"),
    body=f"""안녕하세요. 가고판 운영팀입니다.

신고하신 게시물（{G[2]}）은 국내 이용자 접근 제한 조치를 하였습니다。
해외에서는 계속 보입니다.

감사합니다.
""",
    outcome="applied",
    imitates="Korean reply using full-width parentheses and full stop around the URL",
    why="접근 제한 for domestic users -> restricted; the URL is enclosed in full-width parentheses",
    items={G[2]: "restricted"},
)

_gago_csv = "\ufeff번호,URL,처리결과,처리일시\n" + "\n".join([
    f"1,{G[1]},게시중단,2024-09-11 10:20",
    f"2,{G[2]},원작성자 삭제(기삭제),-",
    f"3,{G[3]},접속차단(국내),2024-09-11 10:22",
]) + "\n"
case(
    name="gagopan-csv-bom-base64",
    from_="admin@gagopan.kr", name_from="가고판 운영팀", date=dt(11, "10:41"),
    subject="Re: " + subject("gago"), reply_to_req=rid("gago"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="gp-csv-0411"

--gp-csv-0411
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 가고판 운영팀입니다.
조치 결과를 엑셀(csv) 파일로 첨부합니다.

--gp-csv-0411
Content-Type: text/csv; charset=utf-8; name="=?UTF-8?B?{b64('처리결과.csv')}?="
Content-Disposition: attachment; filename*=UTF-8''%EC%B2%98%EB%A6%AC%EA%B2%B0%EA%B3%BC.csv
Content-Transfer-Encoding: base64

{b64(_gago_csv)}
--gp-csv-0411--
""",
    outcome="applied",
    imitates="Korean operator attaching an Excel-saved CSV (UTF-8 with BOM, Korean headers, base64)",
    why="게시중단 -> removed, 원작성자 삭제(기삭제) -> not_found, 접속차단(국내) -> restricted",
    items={G[1]: "removed", G[2]: "not_found", G[3]: "restricted"},
)

case(
    name="gagopan-seems-deleted",
    from_="admin@gagopan.kr", name_from="가고판 운영자", date=dt(10, "15:33"),
    subject="Re: " + subject("gago"), reply_to_req=rid("gago"),
    body=f"""{G[1]} 글은 이미 삭제된 것 같은데 로그 확인해 보고 다시 연락드리겠습니다.
나머지는 이번 주 안에 처리할게요.
""",
    outcome="review", review="not_understood",
    imitates="Korean forum admin hedging ('삭제된 것 같은데') and promising to check",
    why="'seems already deleted' is a hedge and the rest is a promise: pending",
    items={G[1]: "pending"},
)

case(
    name="gagopan-contact-change",
    from_="admin@gagopan.kr", name_from="가고판 운영팀", date=dt(13, "11:00"),
    subject="가고판 운영진 연락처 변경 안내",
    body="""안녕하세요. 가고판 운영팀입니다.

운영진 연락처가 변경되어 안내드립니다.
앞으로 게시물 관련 신고 및 요청은 report@gagopan.kr 로 보내 주시기 바랍니다.
기존 주소(admin@gagopan.kr)는 9월 말까지만 확인합니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Korean site's notice that its contact address changed",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="gagopan-report-receipt",
    from_="noreply@gagopan.kr", name_from="가고판", date=dt(10, "11:00", KST, 52),
    subject="[가고판] 신고가 접수되었습니다 (접수번호 GP-20240910-0042)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요, 가고판입니다.

보내주신 신고가 정상적으로 접수되었습니다.
 - 접수번호: GP-20240910-0042
 - 신고 제목: {subject("gago")}

담당자 확인 후 순차적으로 처리되며, 처리 결과는 메일로 안내해 드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean site's automatic report-received receipt with a ticket number",
    why="pure receipt: received, will be processed in order",
    items={},
)

# ================================================================ DomainDock (registrar)
case(
    name="domaindock-clienthold-bare-domain",
    from_="abuse@domaindock.com", name_from="DomainDock Abuse", date=dt(12, "02:10", UTC),
    subject="Re: " + subject("dock"), reply_to_req=rid("dock"),
    body="""Hello,

Following your complaint we reviewed hangang-casino.top and found that it is used for unlicensed gambling aimed at users in Korea, which breaches our registration agreement. The domain has been suspended (status clientHold) and no longer resolves.

Regards,
DomainDock Abuse Team
""",
    outcome="applied",
    imitates="registrar abuse team reporting a clientHold suspension, naming the domain only",
    why="the registrar names the reported domain without scheme; suspended and no longer resolving -> removed",
    items={M[1]: "removed"},
)

case(
    name="domaindock-echoed-case",
    from_="abuse@domaindock.com", name_from="DomainDock Abuse", date=dt(13, "07:30", UTC),
    subject="Abuse case DD-ABUSE-77310 resolved (" + REQ["dock"][0] + ")", reply_to_req=rid("dock"),
    body=f"""Abuse case DD-ABUSE-77310 - resolution

Reported by:   KCSC (takedown@kcsc.example)
Reported on:   2024-09-11
Reference:     KCSC-240911-05

Reported URL:   {M[1]}
Domain status:  not in our registry records (expired on 2024-09-08 and purged by the registry)
Action taken:   none possible

Reported URL:   {M[2]}
Domain status:  serverHold
Action taken:   domain suspended for illegal lending (AUP section 4.2)

DomainDock Abuse Team
""",
    outcome="applied",
    imitates="registrar case-resolution mail echoing the report's fields",
    why="one domain no longer exists (not_found), the other suspended (removed)",
    items={M[1]: "not_found", M[2]: "removed"},
)

case(
    name="domaindock-about-hosting-item",
    from_="abuse@domaindock.com", name_from="DomainDock Abuse", date=dt(9, "05:15", UTC),
    subject="Re: kr-pharm24.store",
    body=f"""Hello,

Your notice to BlueKite Hosting (KCSC-240905-02) was copied to us as the registrar of kr-pharm24.store.

We have suspended the domain; {B[4]} no longer resolves.

DomainDock Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="registrar answering about a site the regulator reported to the hosting provider",
    why="a statement about a BlueKite item from DomainDock: wrong platform",
    items={B[4]: "pending"},
)

case(
    name="domaindock-ack-autoresponder",
    from_="abuse-noreply@domaindock.com", name_from="DomainDock Abuse", date=dt(11, "07:00", UTC, 9),
    subject="DD-ABUSE-77310: we have received your report",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""This is an automated message.

We have received your abuse report and opened case DD-ABUSE-77310.

  Your subject: {subject("dock")}
  Reported:     {M[1]}
                {M[2]}

Our team reviews reports in the order they arrive. You will receive an email when the case is resolved. Please do not reply to this message.

DomainDock
""",
    outcome="ignored", classification="acknowledgement",
    imitates="registrar's automatic case-opened receipt echoing the reported URLs",
    why="pure receipt echoing the URLs, no statement about them",
    items={},
)

# ================================================================ EdgeVeil (CDN)
case(
    name="edgeveil-451-korea",
    from_="trust-safety@edgeveil.net", name_from="EdgeVeil Trust & Safety", date=dt(13, "04:22", UTC),
    subject="Re: " + subject("edge") + " [EV-88231]", reply_to_req=rid("edge"),
    body=f"""Hello,

EdgeVeil is a reverse proxy and CDN; we do not host the origin content of seoul-streamz.live. Because the content is subject to a legal order in the Republic of Korea, we have blocked the following URLs at our edge for requests coming from Korea (visitors there now receive HTTP 451):

{E[1]}
{E[2]}

We have also passed your notice to the hosting provider of the origin.

EdgeVeil Trust & Safety
""",
    outcome="applied",
    imitates="CDN trust-and-safety reply geo-blocking URLs at the edge (HTTP 451 for one country)",
    why="blocked for requests from Korea only: restricted",
    items={E[1]: "restricted", E[2]: "restricted"},
)

case(
    name="edgeveil-not-a-host",
    from_="trust-safety@edgeveil.net", name_from="EdgeVeil Trust & Safety", date=dt(12, "11:48", UTC),
    subject="Re: " + subject("edge") + " [EV-88231]", reply_to_req=rid("edge"),
    body=f"""Hello,

EdgeVeil received your report regarding seoul-streamz.live ({E[1]}).

Please be aware that EdgeVeil provides a pass-through proxy and caching service. We are not a hosting provider and cannot remove content from our customers' origin servers. We have forwarded your report to our customer and to the hosting provider (Nordhaven Datacenter, AS64500).

EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN's standard 'we are not a hosting provider, report forwarded' reply",
    why="names the item but states no removal, restriction or refusal on the rules: pending, a person decides",
    items={E[1]: "pending"},
)

# ================================================================ PastePit
case(
    name="pastepit-done-nuked",
    from_="admin@pastepit.com", name_from="pastepit admin", date=dt(14, "02:03"),
    subject="Re: " + subject("paste"), reply_to_req=rid("paste"),
    body=f"""done, nuked it. sorry for the wait

- pastepit admin

{quoted("paste")}
""",
    outcome="applied",
    imitates="one-person paste site admin answering in one line above the quoted request",
    why="'nuked' (deleted) answering a one-item request in its thread; the URL is only in the quote",
    items={T[1]: "removed"},
)

case(
    name="pastepit-receipt-and-deleted",
    from_="support@pastepit.com", name_from="PastePit Support", date=dt(13, "18:40"),
    subject="Re: " + subject("paste") + " (ticket #PP-8812)", reply_to_req=rid("paste"),
    body=f"""Thanks, we received your report (ticket #PP-8812).

The paste {T[1]} has been deleted and the account that posted it is banned.

PastePit Support
""",
    outcome="applied",
    imitates="small-service support reply opening with a receipt line and then stating the deletion",
    why="an acknowledgement phrase followed by an unhedged deletion: not a pure acknowledgement",
    items={T[1]: "removed"},
)

case(
    name="pastepit-relay-bounce",
    from_="MAILER-DAEMON@relay.kcsc.example", name_from="Mail Delivery Subsystem", auth="none",
    date=dt(13, "15:00", KST, 37),
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="relay-dsn-0913"

--relay-dsn-0913
Content-Type: text/plain; charset=utf-8

Your message to abuse@pastepit.com could not be delivered.
The receiving server said: 550 5.1.1 <abuse@pastepit.com>: mailbox unavailable

--relay-dsn-0913
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.kcsc.example

Final-Recipient: rfc822; abuse@pastepit.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.pastepit.com
Diagnostic-Code: smtp; 550 5.1.1 <abuse@pastepit.com>: mailbox unavailable

--relay-dsn-0913
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@pastepit.com
Subject: {subject("paste")}
Date: {dt(13, "15:00")}
Message-ID: <{rid("paste")}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{request_text("paste")}

--relay-dsn-0913--
""",
    outcome="ignored", classification="bounce",
    imitates="our own outbound relay's DSN: the platform's abuse mailbox does not exist",
    why="a bounce of the request, whatever it quotes",
    items={},
)


HEADER = """# Blind set 247 (hosts, CDN, registrar, forum, image board, file host, paste site).
# Written by make.py; expected results written from each email's meaning
# before the reader was run on this set. See NOTES.md.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        # Non-ASCII display names and subjects as RFC 2047 encoded words, as
        # mail clients send them; one case keeps a raw UTF-8 Subject.
        if not c.get("name_from", "").isascii():
            c["name_from"] = Header(c["name_from"], "utf-8").encode()
        if not c["subject"].isascii() and not c.get("raw_utf8_subject"):
            c["subject"] = Header(c["subject"], "utf-8").encode()
        c.pop("raw_utf8_subject", None)
    corpuslib.write_set(HERE, "blind247", HEADER, CASES)


if __name__ == "__main__":
    main()
