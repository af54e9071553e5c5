#!/usr/bin/env python3
"""Blind set 931: hosting providers, a CDN, a registrar, a forum, an image
board, a file host and a one-person paste service answering informally,
plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind931/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. All
names, URLs, ids and addresses are fictional. The expected results were
written from each email's meaning before the reader was ever run on them.
"""
import base64
import csv
import datetime
import os
import quopri
import sys
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind931"


def d(s, tz=9):
    """'2024-09-03 16:42:10' in UTC+tz -> RFC 5322 date."""
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    dt = dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return format_datetime(dt)


def enc(s):
    """RFC 2047 encode a header value (Korean subjects and names)."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
FB = [
    "https://filebarn.io/f/7Hq2LmZ9",
    "https://filebarn.io/f/Kd83nPqa",
    "https://filebarn.io/f/Zx1rT0vB",
    "https://filebarn.io/f/mW4eY6uc",
    "https://filebarn.io/f/Qp9sD2fj",
    "https://filebarn.io/f/aR5tG8hk",
    "https://filebarn.io/f/Lc0vN3xw",
    "https://filebarn.io/f/yU7bE1oi",
    "https://filebarn.io/folder/Hn2Jk4Ls",
    "https://filebarn.io/f/Tg6wP5ze",
    "https://filebarn.io/f/Vb8mC3qr",
    "https://filebarn.io/d/Ei4oS7ny",
]
HB = [
    "http://sonamu-gallery.kr/bbs/board.php?bo_table=free&wr_id=341",
    "http://sonamu-gallery.kr/bbs/board.php?bo_table=photo&wr_id=88",
    "https://bet-haneul77.com/",
    "https://hanbit-cust.kr/~moonlight/event.html",
]
CE = [
    "https://lucky-dragon-casino.net/landing/kr",
    "https://cdn-img.toonpark.site/series/1182/ep14",
    "https://streamhub-kr.live/watch?v=a81c",
]
MK = [
    "https://mokchan.net/b/res/88412.html",
    "https://mokchan.net/b/res/88530.html",
    "https://mokchan.net/kr/res/120077.html",
    "https://mokchan.net/kr/res/120081.html#p120093",
    "https://i.mokchan.net/kr/1725519930112.jpg",
]
RG = [
    "http://sunflower-toto.xyz/",
    "http://pill-direct-kr.shop/",
]
DB_RAW_MARKET = "https://darakbang.kr/장터/50412"
DB = [
    "https://darakbang.kr/free/20931",
    "https://darakbang.kr/%EC%9E%A5%ED%84%B0/50412",
    "https://darakbang.kr/humor/7715",
]
SB = ["https://snipbin.dev/p/r3x9w"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "filebarn", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", FB,
     "obscenity", "file host, 12 files and one folder"),
    ("KCSC-240903-02", "hanbit", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", HB,
     "illegal_gambling", "Korean web host; customer sites"),
    ("KCSC-240904-03", "cirrusedge", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00", CE,
     "illegal_gambling", "CDN / reverse proxy"),
    ("KCSC-240905-04", "mokchan", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", MK,
     "defamation", "image board, one post anchor and one image file"),
    ("KCSC-240906-05", "regigo", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", RG,
     "illegal_drugs", "domain registrar"),
    ("KCSC-240909-06", "darakbang", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", DB,
     "illegal_trade", "Korean forum; one Korean path"),
    ("KCSC-240910-07", "snipbin", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00", SB,
     "personal_data", "one-person paste service"),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# Our own request text, as quoted back by platforms.
SENT_LINE = {
    "KCSC-240902-01": ("Mon, 2 Sep 2024 at 10:00", "Monday, September 2, 2024 10:00 AM"),
    "KCSC-240903-02": ("Tue, 3 Sep 2024 at 11:00", "Tuesday, September 3, 2024 11:00 AM"),
    "KCSC-240904-03": ("Wed, 4 Sep 2024 at 09:30", "Wednesday, September 4, 2024 9:30 AM"),
    "KCSC-240905-04": ("Thu, 5 Sep 2024 at 14:00", "Thursday, September 5, 2024 2:00 PM"),
    "KCSC-240906-05": ("Fri, 6 Sep 2024 at 10:00", "Friday, September 6, 2024 10:00 AM"),
    "KCSC-240909-06": ("Mon, 9 Sep 2024 at 10:00", "Monday, September 9, 2024 10:00 AM"),
    "KCSC-240910-07": ("Tue, 10 Sep 2024 at 16:00", "Tuesday, September 10, 2024 4:00 PM"),
}


def request_text(ref, who, urls=None):
    urls = urls or REQ[ref][4]
    lines = [
        f"Dear {who},",
        "",
        "The Korea Communications Standards Commission asks you to remove the",
        "content below, which it has found to be illegal information under",
        "Article 44-7 of the Information and Communications Network Act.",
        "",
        f"Reference: {ref}",
        f"Items ({len(urls)}):",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += [
        "",
        "Please reply to this address with the action taken on each item.",
        "",
        "KCSC Takedown Desk",
    ]
    return "\n".join(lines)


def gmail_quote(ref, who, urls=None):
    when = SENT_LINE[ref][0]
    q = "\n".join(("> " + l).rstrip() for l in request_text(ref, who, urls).split("\n"))
    return f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:\n{q}"


def outlook_quote(ref, who, to, subject, urls=None):
    when = SENT_LINE[ref][1]
    return (
        "-----Original Message-----\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        f"Sent: {when}\n"
        f"To: {to}\n"
        f"Subject: {subject}\n\n" + request_text(ref, who, urls)
    )


SUBJ = {
    "KCSC-240902-01": "[KCSC-240902-01] Removal request - 12 items",
    "KCSC-240903-02": "[KCSC-240903-02] 불법정보 삭제 요청 (4건)",
    "KCSC-240904-03": "[KCSC-240904-03] Removal request - 3 items",
    "KCSC-240905-04": "[KCSC-240905-04] Removal request - 5 items",
    "KCSC-240906-05": "[KCSC-240906-05] Removal request - 2 domains",
    "KCSC-240909-06": "[KCSC-240909-06] 불법정보 삭제 요청 (3건)",
    "KCSC-240910-07": "[KCSC-240910-07] Removal request - 1 item",
}


def re_(ref, prefix="Re: "):
    s = prefix + SUBJ[ref]
    return s if s.isascii() else enc(s)


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ FileBarn
FBNAME = "FileBarn Trust & Safety"

case(
    name="fb-abuse-numbered-list",
    **{"from": "abuse@filebarn.io"}, name_from=FBNAME,
    date=d("2024-09-03 15:12:40", 2), subject=re_("KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

Our abuse team went through the links in your notice. Results so far:

1. {FB[0]} - removed, uploader account terminated
2. {FB[1]} - removed
3. {FB[2]} - not found; the uploader had already deleted this file on 1 September
4. {FB[3]} - removed
5. {FB[4]} - removed

The other links in your notice are still with the team and we will write
again once they are done.

Regards,
Jonas Ekberg
FileBarn Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk reply with a numbered per-link result list",
    why="five named links with unhedged results; the rest are only promised and unnamed",
    items={FB[0]: "removed", FB[1]: "removed", FB[2]: "not_found", FB[3]: "removed", FB[4]: "removed"},
)

FB_CSV = "\n".join([
    "url,result,date_utc,note",
    f"{FB[0]},Deleted,2024-09-04,",
    f"{FB[1]},Deleted,2024-09-04,",
    f"{FB[2]},Already deleted by uploader,2024-09-01,nothing to remove",
    f"{FB[3]},Deleted,2024-09-04,",
    f"{FB[4]},Deleted,2024-09-04,",
    f"{FB[5]},Deleted,2024-09-04,",
    f'{FB[6]},No action,2024-09-04,"public domain newspaper scan (1932), no breach of our Terms"',
    f"{FB[7]},Deleted,2024-09-04,",
    f"{FB[8]},Deleted,2024-09-04,folder with 38 files",
    f"{FB[9]},Deleted,2024-09-04,",
    f"{FB[10]},Blocked in KR,2024-09-04,download disabled for Korean IP addresses only",
    f"{FB[11]},Not found,2024-09-04,no file with this id exists",
]) + "\n"

case(
    name="fb-csv-attachment",
    **{"from": "abuse@filebarn.io"}, name_from=FBNAME,
    date=d("2024-09-04 17:30:02", 2), subject=re_("KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="fb-csv-7731"

--fb-csv-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The review of your notice KCSC-240902-01 is complete. The result for each
of the 12 links is in the attached spreadsheet (one row per link).

Regards,
Jonas Ekberg
FileBarn Trust & Safety

--fb-csv-7731
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_results.csv"
Content-Transfer-Encoding: base64

{b64(FB_CSV)}
--fb-csv-7731--
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk returning a per-URL result spreadsheet (CSV attachment)",
    why="every row names a link and an unhedged result: deleted, already deleted, no action with a reason, KR-only block, not found",
    items={FB[0]: "removed", FB[1]: "removed", FB[2]: "not_found", FB[3]: "removed",
           FB[4]: "removed", FB[5]: "removed", FB[6]: "rejected", FB[7]: "removed",
           FB[8]: "removed", FB[9]: "removed", FB[10]: "restricted", FB[11]: "not_found"},
)

case(
    name="fb-oneliner-folder",
    **{"from": "mk@filebarn.io"}, name_from="Mikael K",
    date=d("2024-09-02 22:41:09", 2), subject=re_("KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
killed {FB[8]} and everything in it.

--
mk / filebarn ops
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small host's operations engineer",
    why="an operator of the file host states the folder is gone, informally but without hedging",
    items={FB[8]: "removed"},
)

case(
    name="fb-text-table",
    **{"from": "abuse@filebarn.io"}, name_from=FBNAME,
    date=d("2024-09-05 09:03:55", 2), subject=re_("KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hi,

Second batch for your notice:

Link                                  Result       Date (UTC)
------------------------------------  -----------  ----------
{FB[5]}        Disabled     2024-09-04
{FB[6]}        No action *  2024-09-04
{FB[7]}        Disabled     2024-09-04
{FB[11]}        Not found    2024-09-04

* This is a scan of a 1932 newspaper page, which is in the public domain.
  We found nothing in it that breaks our Terms of Service, so it stays up.

Best,
Jonas
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text fixed-width result table from an abuse desk",
    why="each row pairs a link with a result; the asterisked row is a refusal with its reason",
    items={FB[5]: "removed", FB[6]: "rejected", FB[7]: "removed", FB[11]: "not_found"},
)

case(
    name="fb-top-posted-three-disabled",
    **{"from": "support@filebarn.io"}, name_from="Sara (FileBarn Support)",
    date=d("2024-09-03 08:17:31", 2), subject=re_("KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hi there,

Done, these three are disabled now:

{FB[9]}
{FB[10]}
{FB[1]}

The rest we are still checking.

Sara
FileBarn Support

{gmail_quote("KCSC-240902-01", "FileBarn Trust & Safety team")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted support reply above the quoted request",
    why="three links stated disabled above the quote; the quoted request's other links are not statements",
    items={FB[9]: "removed", FB[10]: "removed", FB[1]: "removed"},
)

FB_QP = f"""Hi KCSC team,

Following up on ticket #FB-55120 (your reference KCSC-240902-01): the file {FB[10]} has been restricted so that it can no longer be downloaded from Korean IP addresses. It remains available in other regions, where the uploader's licence covers it. The file {FB[4]} has been deleted from our storage.

Best regards,
Anna Lindqvist
FileBarn Support — Trust & Safety
Sveavägen 00, Stockholm
"""

case(
    name="fb-qp-two-files",
    **{"from": "support@filebarn.io"}, name_from="Anna Lindqvist",
    date=d("2024-09-05 11:48:20", 2), subject="Re: Ticket #FB-55120 - KCSC-240902-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(FB_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system follow-up in quoted-printable with long soft-wrapped lines",
    why="one file stated blocked for Korean IPs only (restricted), one stated deleted",
    items={FB[10]: "restricted", FB[4]: "removed"},
)

case(
    name="fb-echoed-report",
    **{"from": "noreply@filebarn.io"}, name_from="FileBarn Abuse",
    date=d("2024-09-03 19:02:11", 2), subject="Your FileBarn abuse reports have been processed",
    body=f"""
Hello,

We have processed the reports you sent us. Details below.

----- Report -----
Report ID:     FB-R-20240903-0412
Reported URL:  {FB[2]}
Category:      Illegal content (KR)
Submitted by:  takedown@kcsc.example
Your reference: KCSC-240902-01
Outcome:       File not found. This link does not point to an existing file.

----- Report -----
Report ID:     FB-R-20240903-0413
Reported URL:  {FB[3]}
Category:      Illegal content (KR)
Submitted by:  takedown@kcsc.example
Your reference: KCSC-240902-01
Outcome:       Access to the file has been disabled.

You can view your reports at https://filebarn.io/abuse/my-reports
FileBarn Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-form outcome notice echoing the submitted report fields",
    why="each echoed report block gives an outcome for its own reported URL",
    items={FB[2]: "not_found", FB[3]: "removed"},
)

FB_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear KCSC Takedown Desk,</p>
<p>Regarding your notice <b>KCSC-240902-01</b>, we have taken the following action:</p>
<ul>
<li><a href="{FB[0]}">{FB[0]}</a> &mdash; <b>Deleted</b></li>
<li><a href="{FB[7]}">{FB[7]}</a> &mdash; <b>Deleted</b></li>
<li><a href="{FB[11]}">{FB[11]}</a> &mdash; <b>Invalid link</b>: no file with this id has ever existed on FileBarn.</li>
</ul>
<p>If you believe we made a mistake you can reply to this email or use <a href="https://filebarn.io/help/appeals">our appeals page</a>.</p>
<p>Kind regards,<br>FileBarn Trust &amp; Safety</p>
</body></html>
"""

case(
    name="fb-base64-html-list",
    **{"from": "abuse@filebarn.io"}, name_from=FBNAME,
    date=d("2024-09-04 10:20:45", 2), subject=re_("KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(FB_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="HTML notice from a help-desk tool, base64-encoded, bulleted per-link results",
    why="two links deleted, one invalid link (not_found); the appeals page link is not an item",
    items={FB[0]: "removed", FB[7]: "removed", FB[11]: "not_found"},
)

case(
    name="fb-receipt-plus-result",
    **{"from": "support@filebarn.io"}, name_from="FileBarn Support",
    date=d("2024-09-02 14:05:00", 2), subject="[FileBarn #55188] KCSC-240902-01",
    body=f"""
Thank you for contacting FileBarn. Your ticket number is #55188.

Update from our Trust & Safety team: the file {FB[0]}
has been removed from FileBarn for violating our Acceptable Use Policy
(https://filebarn.io/legal/aup).

Please keep the ticket number in the subject line if you write to us again.

FileBarn Support
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt carrying an outcome line (receipt phrase plus a real statement)",
    why="acknowledgement wording plus an unhedged removal of a named link is not a mere acknowledgement",
    items={FB[0]: "removed"},
)

case(
    name="fb-outlook-original-message",
    **{"from": "legal@filebarn.io"}, name_from="FileBarn Legal",
    date=d("2024-09-06 16:33:08", 2), subject="RE: " + SUBJ["KCSC-240902-01"],
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Dear Sir or Madam,

With reference to your letter KCSC-240902-01, FileBarn AB has taken the
following action:

- {FB[1]}: access disabled worldwide.
- {FB[6]}: we have declined to act. The file is a scan of a newspaper
  page from 1932, which is in the public domain, and nothing in it breaks
  our Terms of Service. If you hold a court order concerning this file,
  please send it to legal@filebarn.io.

Kind regards,

Helena Berg
Legal Counsel, FileBarn AB

{outlook_quote("KCSC-240902-01", "FileBarn Trust & Safety team", "abuse@filebarn.io", SUBJ["KCSC-240902-01"])}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a legal team above '-----Original Message-----'",
    why="one link disabled worldwide, one refused with its reason; the quoted request below is not a statement",
    items={FB[1]: "removed", FB[6]: "rejected"},
)

case(
    name="fb-promise-24h",
    **{"from": "support@filebarn.io"}, name_from="Sara (FileBarn Support)",
    date=d("2024-09-02 16:10:27", 2), subject=re_("KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hi,

Thanks, we've passed these on to the storage team and they will be removed
within 24 hours:

{FB[5]}
{FB[7]}
{FB[9]}

We'll confirm once it's done.

Sara
FileBarn Support
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="support reply promising removal within 24 hours",
    why="a promise names three links; nothing has happened yet",
    items={FB[5]: "pending", FB[7]: "pending", FB[9]: "pending"},
)

case(
    name="fb-all-removed-bulk",
    **{"from": "abuse@filebarn.io"}, name_from=FBNAME,
    date=d("2024-09-06 09:00:12", 2), subject=re_("KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    body="""
Hello,

All of the files listed in your notice KCSC-240902-01 have now been removed
from FileBarn. Thank you for flagging them.

Regards,
FileBarn Trust & Safety
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="blanket 'all reported files removed' abuse-desk reply",
    why="one statement about a 12-item request without naming any item",
    items={u: "pending" for u in FB},
)

case(
    name="fb-lookalike-domain",
    **{"from": "trust@filebarn-support.com"}, name_from="FileBarn Trust & Safety",
    date=d("2024-09-04 12:44:59", 2), subject=re_("KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

We confirm that the file {FB[9]} has been removed
from our service.

Regards,
FileBarn Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="reply from a domain that is not the file host's own (lookalike support domain)",
    why="filebarn-support.com is not a configured sender domain of FileBarn",
    items={FB[9]: "pending"},
)

# ================================================================ Hanbit Hosting
HBNAME = enc("한빛호스팅 어뷰즈센터")

case(
    name="hb-korean-notice",
    **{"from": "abuse@hanbithost.co.kr"}, name_from=HBNAME,
    date=d("2024-09-04 14:25:13"), subject=enc("RE: [KCSC-240903-02] 불법정보 삭제 요청 처리 결과 안내"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
안녕하세요, 한빛호스팅 어뷰즈 담당자입니다.

요청하신 건(KCSC-240903-02)의 처리 결과를 아래와 같이 안내드립니다.

1) {HB[0]}
   → 사이트 운영자(당사 고객)에게 통보한 뒤 당사에서 해당 게시물을 직접 삭제하였습니다.

2) {HB[1]}
   → 해당 게시물은 존재하지 않습니다. 작성자가 이미 삭제한 게시물로 확인되었습니다.

나머지 2건은 확인 후 별도로 회신드리겠습니다.
기타 문의는 abuse@hanbithost.co.kr 로 회신 부탁드립니다.

감사합니다.
한빛호스팅 고객지원센터
""",
    outcome="applied", classification="confirmation",
    imitates="Korean web host's 처리 결과 안내 for a customer site's posts",
    why="one post deleted by the host, one already deleted by its author (not_found)",
    items={HB[0]: "removed", HB[1]: "not_found"},
)

case(
    name="hb-account-suspended",
    **{"from": "abuse@hanbithost.co.kr"}, name_from=HBNAME,
    date=d("2024-09-04 16:02:40"), subject=enc("RE: [KCSC-240903-02] 호스팅 서비스 이용정지 안내"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
안녕하세요. 한빛호스팅입니다.

{HB[2]} 을(를) 운영하는 호스팅 계정은 당사 이용약관 제14조(금지행위)
위반으로 2024년 9월 4일 15시부로 서비스 이용이 정지되었습니다.
현재 해당 사이트는 접속되지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean host's 서비스 이용정지 notice for a gambling site",
    why="hosting account suspended and the site no longer reachable: made unavailable",
    items={HB[2]: "removed"},
)

HB_HTML = f"""<html><body>
<p>안녕하세요, 한빛호스팅 어뷰즈센터입니다.</p>
<p>요청번호 KCSC-240903-02 조치 결과를 아래 표로 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{HB[0].replace("&", "&amp;")}</td><td>삭제</td><td>2024-09-05</td></tr>
<tr><td>2</td><td>{HB[1].replace("&", "&amp;")}</td><td>게시물 없음 (작성자 삭제)</td><td>-</td></tr>
<tr><td>3</td><td>{HB[2]}</td><td>서비스 정지 (접속 불가)</td><td>2024-09-04</td></tr>
<tr><td>4</td><td>{HB[3]}</td><td>성인인증 적용 (미성년자 접근 제한)</td><td>2024-09-05</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
"""

case(
    name="hb-html-table",
    **{"from": "abuse@hanbithost.co.kr"}, name_from=HBNAME,
    date=d("2024-09-05 18:10:00"), subject=enc("[한빛호스팅] KCSC-240903-02 조치 결과"),
    reply_to_req=mid("KCSC-240903-02"),
    type="html", body=HB_HTML,
    outcome="applied", classification="confirmation",
    imitates="Korean 조치 결과 HTML table (번호/URL/조치 결과/조치일)",
    why="four rows: deleted, author-deleted (not_found), suspended (removed), adult verification (restricted)",
    items={HB[0]: "removed", HB[1]: "not_found", HB[2]: "removed", HB[3]: "restricted"},
)

case(
    name="hb-statement-then-urls",
    **{"from": "abuse@hanbithost.co.kr"}, name_from=HBNAME,
    date=d("2024-09-05 10:31:22"), subject=enc("RE: [KCSC-240903-02] 불법정보 삭제 요청 (4건)"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
안녕하세요.

아래 게시물은 삭제 조치하였습니다.

{HB[0]}

아래 페이지는 고객이 성인인증을 적용하여 현재 미성년자의 접근이 제한되어 있습니다.

{HB[3]}

감사합니다.
한빛호스팅 어뷰즈센터
""",
    outcome="applied", classification="confirmation",
    imitates="Korean host reply with each statement on one line and its URL on the line below",
    why="the URL under each statement takes that statement: deleted, then age-gated (restricted)",
    items={HB[0]: "removed", HB[3]: "restricted"},
)

HB_CSV = "\n".join([
    "번호,URL,조치결과,조치일시,비고",
    f"1,{HB[0]},삭제,2024-09-05 14:20,",
    f"2,{HB[1]},해당 게시물 없음,,작성자 삭제",
    f"3,{HB[2]},서비스 이용정지,2024-09-04 15:00,사이트 접속 불가",
    f"4,{HB[3]},비공개 처리,2024-09-05 14:25,고객 요청으로 페이지 비공개",
]) + "\n"
HB_CSV_B64 = base64.encodebytes(("\ufeff" + HB_CSV).encode("utf-8")).decode("ascii").rstrip()
HB_TEXT = "안녕하세요, 한빛호스팅입니다.\n\n요청하신 4건의 처리결과를 첨부 파일(CSV)로 보내드립니다.\n\n감사합니다.\n"

case(
    name="hb-csv-bom",
    **{"from": "abuse@hanbithost.co.kr"}, name_from=HBNAME,
    date=d("2024-09-06 09:12:45"), subject=enc("[한빛호스팅] 처리결과 회신 (KCSC-240903-02)"),
    reply_to_req=mid("KCSC-240903-02"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_HB_20240906_0912"

------=_HB_20240906_0912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HB_TEXT)}
------=_HB_20240906_0912
Content-Type: application/vnd.ms-excel; name="{enc("처리결과_KCSC-240903-02.csv")}"
Content-Disposition: attachment; filename="result_KCSC-240903-02.csv"
Content-Transfer-Encoding: base64

{HB_CSV_B64}
------=_HB_20240906_0912--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean host sending an Excel-saved CSV (UTF-8 with BOM, ms-excel type) of results",
    why="per-row 조치결과: 삭제, 게시물 없음(작성자 삭제), 이용정지, 비공개 처리",
    items={HB[0]: "removed", HB[1]: "not_found", HB[2]: "removed", HB[3]: "removed"},
)

case(
    name="hb-forwarded-to-customer",
    **{"from": "abuse@hanbithost.co.kr"}, name_from=HBNAME,
    date=d("2024-09-03 17:40:00"), subject=enc("RE: [KCSC-240903-02] 불법정보 삭제 요청 (4건)"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
안녕하세요, 한빛호스팅입니다.

요청하신 아래 URL은 당사 고객이 직접 운영하는 사이트의 게시물입니다.

{HB[0]}
{HB[1]}

해당 고객에게 삭제 요청을 전달하였으며, 고객 회신을 받는 대로
처리 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="host passing the notice to its customer and promising a result",
    why="names two posts but only says the request was forwarded to the customer; a promise",
    items={HB[0]: "pending", HB[1]: "pending"},
)

case(
    name="hb-ticket-receipt",
    **{"from": "noreply@hanbithost.co.kr"}, name_from=enc("한빛호스팅 고객센터"),
    date=d("2024-09-03 11:02:09"), subject=enc("[한빛호스팅] 문의가 정상적으로 접수되었습니다 (접수번호 HB-240903-7781)"),
    reply_to_req=mid("KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
고객님의 문의가 정상적으로 접수되었습니다.

접수번호: HB-240903-7781
문의 제목: [KCSC-240903-02] 불법정보 삭제 요청 (4건)
접수일시: 2024-09-03 11:02

담당자가 확인 후 순차적으로 답변드릴 예정입니다.
본 메일은 발신전용으로 회신되지 않습니다.

한빛호스팅 고객센터 | https://www.hanbithost.co.kr/support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean helpdesk 문의 접수 receipt",
    why="automatic receipt with a ticket number; says nothing about any item",
    items={},
)

case(
    name="hb-ooo",
    **{"from": "jiwon.park@hanbithost.co.kr"}, name_from=enc("박지원"),
    date=d("2024-09-03 11:01:30"), subject=enc("[자동응답] RE: [KCSC-240903-02] 불법정보 삭제 요청 (4건)"),
    reply_to_req=mid("KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 박지원입니다.

9월 3일(화)부터 9월 9일(월)까지 휴가로 부재중입니다.
급한 건은 어뷰즈센터(abuse@hanbithost.co.kr)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ CirrusEdge (CDN)
CENAME = "CirrusEdge Trust & Safety"

case(
    name="ce-not-host",
    **{"from": "abuse@cirrusedge.net"}, name_from=CENAME,
    date=d("2024-09-04 21:15:38", 0), subject="Re: [KCSC-240904-03] Abuse report CE-8817203",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Hello,

CirrusEdge provides a pass-through proxy and caching service for the
website at cdn-img.toonpark.site. We are not the hosting provider of this
website and we cannot remove material that is stored by someone else.

For that reason we are taking no action on:
{CE[1]}

We have forwarded your report to the website operator and to the hosting
provider of the origin server, who are best placed to act on it. Their
contact details are abuse@origin-host.example.

CirrusEdge Trust & Safety
https://cirrusedge.net/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="CDN 'we do not host this content, report forwarded to the host' reply",
    why="an explicit refusal to act on the named URL, with its reason: the item stays up (rejected)",
    items={CE[1]: "rejected"},
)

case(
    name="ce-geo-and-terminated",
    **{"from": "abuse@cirrusedge.net"}, name_from=CENAME,
    date=d("2024-09-06 07:50:03", 0), subject="Re: [KCSC-240904-03] Abuse report CE-8817203",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Hello,

Following our review of report CE-8817203:

- {CE[0]}
  Access from the Republic of Korea is now blocked at our edge; visitors
  from Korea receive HTTP 451. The site remains reachable elsewhere.

- {CE[2]}
  The customer's account was terminated for breach of our Acceptable Use
  Policy and the site has been taken offline. Visitors now receive an
  error page.

CirrusEdge Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety outcome: country block for one site, termination of another",
    why="one URL blocked only for Korea (restricted), one taken offline (removed)",
    items={CE[0]: "restricted", CE[2]: "removed"},
)

case(
    name="ce-url-then-status-line",
    **{"from": "abuse@cirrusedge.net"}, name_from=CENAME,
    date=d("2024-09-09 03:22:47", 0), subject="Re: [KCSC-240904-03] Abuse report CE-8817203 - update",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Update on report CE-8817203:

{CE[1]}
Status: content removed by the site operator; the origin now returns 404
and we have purged our cached copies.

No further action is needed from CirrusEdge on this URL.

CirrusEdge Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN status update: bare URL with its status on the next line",
    why="the CDN states the content is removed at the origin and purged from its cache",
    items={CE[1]: "removed"},
)

case(
    name="ce-untrusted",
    **{"from": "abuse@cirrusedge.net"}, name_from=CENAME,
    auth="fail",
    date=d("2024-09-05 05:05:05", 0), subject="Re: [KCSC-240904-03] Abuse report CE-8817203",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Hello,

The following sites have been removed from our network:

{CE[0]}
{CE[2]}

CirrusEdge Trust & Safety
""",
    outcome="review", review="untrusted",
    imitates="CDN outcome mail that fails DKIM/SPF/DMARC",
    why="claims from the CDN's domain that fail authentication",
    items={CE[0]: "pending", CE[2]: "pending"},
)

case(
    name="ce-wrong-platform",
    **{"from": "abuse@cirrusedge.net"}, name_from=CENAME,
    date=d("2024-09-05 13:40:19", 0), subject="Your notice KCSC-240903-02 (cc: CirrusEdge)",
    body=f"""
Hello,

You copied us on your notice KCSC-240903-02 to Hanbit Hosting. The site
{HB[2]} uses our proxy service. We have stopped serving it
and the hostname now returns an error through our network.

CirrusEdge Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN acting on a site named in a notice addressed to another provider",
    why="the CDN states a status for an item of the Hanbit request",
    items={HB[2]: "pending"},
)

case(
    name="ce-report-receipt",
    **{"from": "noreply@cirrusedge.net"}, name_from="CirrusEdge",
    date=d("2024-09-04 00:31:12", 0), subject="Abuse report received [CE-8817203]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thank you. Your abuse report has been received.

Report ID: CE-8817203
Report type: Other illegal content
Your reference: KCSC-240904-03

URLs in your submission:
{CE[0]}
{CE[1]}
{CE[2]}

This is an automated message. Please do not reply to it.
CirrusEdge Trust & Safety | https://cirrusedge.net/abuse
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form receipt echoing the submitted URLs",
    why="automatic receipt; the listed URLs are an echo of the submission, with no status",
    items={},
)

# ================================================================ mokchan (image board)
case(
    name="mk-admin-ids",
    **{"from": "admin@mokchan.net"}, name_from="mokchan admin",
    date=d("2024-09-05 23:58:01"), subject=re_("KCSC-240905-04"),
    reply_to_req=mid("KCSC-240905-04"),
    body="""
deleted both /b/ threads (88412, 88530), poster is banned.
the /kr/ stuff I'll get to tomorrow.

- admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin answering in one line with board and thread numbers",
    why="board and thread numbers identify the two /b/ thread URLs of the request unambiguously",
    items={MK[0]: "removed", MK[1]: "removed"},
)

case(
    name="mk-purge-and-hide",
    **{"from": "admin@mokchan.net"}, name_from="mokchan admin",
    date=d("2024-09-06 21:14:33"), subject=re_("KCSC-240905-04"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
ok, the /kr/ ones:

purged {MK[4]} from storage and from the cache.

{MK[2]} is locked and hidden from the index and
catalog, it can't be viewed anymore.

- admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin reporting a purged file and a hidden thread",
    why="image purged (removed); thread hidden and no longer viewable (removed)",
    items={MK[4]: "removed", MK[2]: "removed"},
)

case(
    name="mk-post-already-gone",
    **{"from": "admin@mokchan.net"}, name_from="mokchan admin",
    date=d("2024-09-07 02:07:56"), subject=re_("KCSC-240905-04"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
{MK[3]} - that post was deleted by whoever
posted it before I read your mail, there is nothing left to remove.

- admin
""",
    outcome="applied", classification="confirmation",
    imitates="admin note that a single post was self-deleted by its poster",
    why="the named post was already deleted by its author: not_found",
    items={MK[3]: "not_found"},
)

case(
    name="mk-modlog-table",
    **{"from": "janitors@mokchan.net"}, name_from="mokchan janitors",
    date=d("2024-09-06 11:20:10"), subject=re_("KCSC-240905-04"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
here's the mod log for your report:

time (UTC)        mod       action  post        url                                     reason
2024-09-06 02:14  janitor3  DELETE  /b/88412    {MK[0]}    KCSC notice
2024-09-06 02:15  janitor3  DELETE  /b/88530    {MK[1]}    KCSC notice
2024-09-06 02:17  janitor3  IGNORE  /kr/120077  {MK[2]}  report dismissed, breaks no board rule

questions -> admin@mokchan.net
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderation log pasted as a plain-text table",
    why="two DELETE rows (removed) and one dismissed report with its reason (rejected)",
    items={MK[0]: "removed", MK[1]: "removed", MK[2]: "rejected"},
)

case(
    name="mk-unknown-sender",
    **{"from": "mokchan.admin@gmail.com"}, name_from="mokchan admin",
    date=d("2024-09-06 08:45:00"), subject=re_("KCSC-240905-04"),
    body=f"""
hi, this is the mokchan admin writing from my own mail because the site
mail is down right now.

deleted {MK[2]} and the image
{MK[4]}

- admin
""",
    outcome="review", review="unknown_sender",
    imitates="small-site admin answering from a personal webmail address",
    why="gmail.com is no platform's domain; the claims cannot be trusted as mokchan's",
    items={MK[2]: "pending", MK[4]: "pending"},
)

case(
    name="mk-cache-promise",
    **{"from": "admin@mokchan.net"}, name_from="mokchan admin",
    date=d("2024-09-05 19:30:41"), subject=re_("KCSC-240905-04"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
the image {MK[4]} should be gone once
the cache expires, probably within the hour.
{MK[2]} I'll look at tonight.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="informal admin reply with an expectation and a plan",
    why="'should be gone once the cache expires' and 'I'll look at' are not statements",
    items={MK[4]: "pending", MK[2]: "pending"},
)

case(
    name="mk-ooo",
    **{"from": "admin@mokchan.net"}, name_from="mokchan admin",
    date=d("2024-09-05 14:00:20"), subject="Auto: " + SUBJ["KCSC-240905-04"],
    reply_to_req=mid("KCSC-240905-04"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
I'm travelling until 7 September with limited access to mail. Reports
are still read by the janitor team at janitors@mokchan.net.
""",
    outcome="ignored", classification="auto_reply",
    imitates="English out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ Regigo (registrar)
RGNAME = "Regigo Abuse Desk"

case(
    name="rg-clienthold",
    **{"from": "abuse@regigo.com"}, name_from=RGNAME,
    date=d("2024-09-09 15:04:29", -7), subject="[RG-ABU-209114] " + re_("KCSC-240906-05"),
    reply_to_req=mid("KCSC-240906-05"),
    body="""
Hello,

Ticket:       RG-ABU-209114
Domain name:  sunflower-toto.xyz
Action taken: Suspended (clientHold). The domain no longer resolves.
Reason:       The registrant did not answer our abuse notice within 48
              hours. Use of the domain for unlicensed gambling breaches
              section 7 of the Regigo Registration Agreement.

Regigo Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse ticket reply: domain placed on clientHold",
    why="the registrar suspends the requested domain (bare domain name, no scheme): made unavailable",
    items={RG[0]: "removed"},
)

case(
    name="rg-rejected",
    **{"from": "abuse@regigo.com"}, name_from=RGNAME,
    date=d("2024-09-10 09:40:11", -7), subject="[RG-ABU-209115] " + re_("KCSC-240906-05"),
    reply_to_req=mid("KCSC-240906-05"),
    body="""
Hello,

Regarding http://pill-direct-kr.shop/ : Regigo is only the registrar of
this domain; we do not host the website. We reviewed your complaint and
found no breach of our Registration Agreement, and we do not suspend
domains over website content without an order from a court or competent
authority in our jurisdiction. No action has been taken on the domain.

You may wish to contact the hosting provider of the website directly.

Regigo Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="registrar declining to suspend a domain without a court order",
    why="an explicit refusal with its reasons; the site stays up (rejected)",
    items={RG[1]: "rejected"},
)

case(
    name="rg-hedge",
    **{"from": "abuse@regigo.com"}, name_from=RGNAME,
    date=d("2024-09-07 11:11:11", -7), subject="[RG-ABU-209114] " + re_("KCSC-240906-05"),
    reply_to_req=mid("KCSC-240906-05"),
    body="""
Hello,

It looks like http://sunflower-toto.xyz/ may already be down; it is
possible that the registrant took the site offline themselves. We have
asked the registrant to confirm and will update this ticket.

Regigo Abuse Desk
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="registrar reply hedging about a site's state",
    why="'looks like', 'may already be down', 'possible' are hedges, not statements",
    items={RG[0]: "pending"},
)

RG_DSN_ORIG = request_text("KCSC-240906-05", "Regigo Abuse Desk")
case(
    name="rg-dsn",
    **{"from": "MAILER-DAEMON@mx1.regigo.com"}, name_from="Mail Delivery System",
    date=d("2024-09-06 10:00:42"), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-9F2C41.1725584442"

--dsn-9F2C41.1725584442
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.regigo.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<compliance@regigo.com>: mailbox unavailable: user unknown

--dsn-9F2C41.1725584442
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.regigo.com
Arrival-Date: Fri, 6 Sep 2024 01:00:40 +0000 (UTC)

Final-Recipient: rfc822; compliance@regigo.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <compliance@regigo.com>: Recipient address rejected: User unknown

--dsn-9F2C41.1725584442
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: compliance@regigo.com
Subject: {SUBJ["KCSC-240906-05"]}
Date: Fri, 06 Sep 2024 10:00:00 +0900
Message-ID: <{mid("KCSC-240906-05")}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{RG_DSN_ORIG}

--dsn-9F2C41.1725584442--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our request",
    why="a bounce; the URLs are in our own returned message",
    items={},
)

# ================================================================ darakbang (forum)
DBNAME = enc("다락방 운영진")

case(
    name="db-korean-particles",
    **{"from": "help@darakbang.kr"}, name_from=DBNAME,
    date=d("2024-09-09 15:33:20"), subject=enc("RE: [KCSC-240909-06] 불법정보 삭제 요청 (3건)"),
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""
안녕하세요, 다락방 운영진입니다.

신고해 주신 {DB[0]}은 블라인드 처리했고, {DB_RAW_MARKET} 게시물은 운영자 권한으로 삭제했습니다.
나머지 한 건은 확인 후 다시 연락드리겠습니다.

다락방 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum operator's short 블라인드/운영자 삭제 reply",
    why="blinded (removed) and operator-deleted (removed); the Korean path is written raw and one URL carries a particle",
    items={DB[0]: "removed", DB[1]: "removed"},
)

case(
    name="db-rejected",
    **{"from": "help@darakbang.kr"}, name_from=DBNAME,
    date=d("2024-09-10 10:05:00"), subject=enc("RE: [KCSC-240909-06] 불법정보 삭제 요청 (3건)"),
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""
안녕하세요, 다락방 운영진입니다.

유머게시판 {DB[2]} 글은 운영진이 검토하였으나,
커뮤니티 운영정책(https://darakbang.kr/policy)상 삭제 사유에 해당하지 않아
게시를 유지하기로 하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum keeping a post after review (게시 유지)",
    why="a refusal with its reason; the policy page link is not an item",
    items={DB[2]: "rejected"},
)

case(
    name="db-angle-brackets",
    **{"from": "help@darakbang.kr"}, name_from=DBNAME,
    date=d("2024-09-11 09:20:14"), subject=enc("[다락방] KCSC-240909-06 처리 결과"),
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""
안녕하세요. 요청하신 3건의 처리 결과입니다.

<{DB[0]}>：삭제 완료
<{DB[1]}>：비공개 처리（작성자 7일 이용정지）
<{DB[2]}>：임시조치（30일）

감사합니다.
다락방 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum result list with URLs in angle brackets and full-width punctuation",
    why="삭제 and 비공개 are removed; 임시조치 is restricted",
    items={DB[0]: "removed", DB[1]: "removed", DB[2]: "restricted"},
)

case(
    name="db-asks-more",
    **{"from": "help@darakbang.kr"}, name_from=DBNAME,
    date=d("2024-09-09 18:47:52"), subject=enc("RE: [KCSC-240909-06] 불법정보 삭제 요청 (3건)"),
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""
안녕하세요, 다락방 운영진입니다.

요청하신 게시물 중
{DB[0]}
{DB[2]}
두 건에 대해서는 불법정보에 해당한다는 근거(관련 법 조항과 심의 의결서 사본)를
보내주시면 검토 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Korean forum asking for the legal basis (심의 의결서) before acting",
    why="asks for documents before acting; no statement about the two named posts",
    items={DB[0]: "pending", DB[2]: "pending"},
)

DB_MDN_TEXT = f"""This is a receipt for the mail you sent to help@darakbang.kr at 2024-09-09 10:00 (+0900).

This receipt verifies that the message has been displayed on the recipient's computer. There is no guarantee that the content has been read or understood.
"""
case(
    name="db-mdn",
    **{"from": "help@darakbang.kr"}, name_from=DBNAME,
    date=d("2024-09-09 10:24:06"), subject=enc("Read: " + SUBJ["KCSC-240909-06"]),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-db-5521"

--mdn-db-5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{DB_MDN_TEXT}
--mdn-db-5521
Content-Type: message/disposition-notification

Reporting-UA: darakbang.kr; Thunderbird 115.14.0
Final-Recipient: rfc822;help@darakbang.kr
Original-Message-ID: <{mid("KCSC-240909-06")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-db-5521--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN)",
    why="a read receipt says nothing about the items",
    items={},
)

# ================================================================ snipbin
case(
    name="sb-one-line",
    **{"from": "theo@snipbin.dev"}, name_from="Theo",
    date=d("2024-09-10 23:12:05", 1), subject=re_("KCSC-240910-07"),
    reply_to_req=mid("KCSC-240910-07"),
    body=f"""
Paste is gone. Thanks for the heads up.

--
Theo, snipbin (it's just me)

{gmail_quote("KCSC-240910-07", "snipbin")}
""",
    outcome="applied", classification="confirmation",
    imitates="one-person service owner's one-line reply above the quoted request",
    why="a one-item request; 'paste is gone' from its own domain, in its thread, applies to that item",
    items={SB[0]: "removed"},
)

case(
    name="sb-no-claims",
    **{"from": "theo@snipbin.dev"}, name_from="Theo",
    date=d("2024-09-12 08:00:00", 1), subject="snipbin abuse contact is changing",
    body="""
Hi,

Heads up: from 1 October the snipbin contact form goes away and abuse
reports should go to abuse@snipbin.dev instead. Nothing else changes.

Theo
""",
    outcome="review", review="no_claims",
    imitates="small service announcing a new abuse contact address",
    why="trusted platform mail that names no item and no request",
    items={},
)


HEADER = """# Blind set 931 (tests/corpus/blind931/): hosting providers, a CDN, a
# registrar, a forum, an image board, a file host and a one-person paste
# service answering informally; CSV attachments and plain-text tables.
# Written from each email's meaning before the reader was run on it.
# Generated by make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print("%d cases" % len(CASES))
