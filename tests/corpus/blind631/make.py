#!/usr/bin/env python3
"""Blind set 631: hosting providers, a CDN, a registrar, forums, an image
board and a file host answering the regulator, often informally (abuse
desks, admins writing one line), plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind631/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning alone, before the
reader was run on any of them. All names, domains, ids and URLs are
fictional.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
F = {
    1: "https://filedrop.io/f/Qm7Rt2Lx",
    2: "https://filedrop.io/f/Hb93KdPa",
    3: "https://filedrop.io/f/Zt40WcNe",
    4: "https://filedrop.io/f/Lp82YsGu",
    5: "https://filedrop.io/f/Vn15XjRo",
    6: "https://filedrop.io/f/Ce66MqTb",
    7: "https://filedrop.io/f/Wd27HfKs",
    8: "https://filedrop.io/f/Ja58UpEz",
    9: "https://filedrop.io/folder/Rk3N0vYd",
    10: "https://filedrop.io/f/Tg71BsOw",
    11: "https://filedrop.io/f/Ux09LaMi",
    12: "https://filedrop.io/f/Pe44DkVc",
    13: "https://dl.filedrop.io/f/Sy36QnHj/archive.zip",
    14: "https://filedrop.io/f/Ko12GtFa?dl=1",
}
B = {
    1: "https://www.boardnet.kr/free/182733",
    2: "https://www.boardnet.kr/humor/55102",
    3: "https://www.boardnet.kr/%EC%9E%90%EC%9C%A0%EA%B2%8C%EC%8B%9C%ED%8C%90/90417",
    4: "https://m.boardnet.kr/free/183011",
    5: "https://www.boardnet.kr/stock/7741",
    6: "https://www.boardnet.kr/%EC%A3%BC%EC%8B%9D/66120",
}
# The same two Korean paths as a person types them.
B3_RAW = "https://www.boardnet.kr/자유게시판/90417"
B6_RAW = "https://www.boardnet.kr/주식/66120"
C = {
    1: "https://chanpix.org/b/thread/881230",
    2: "https://chanpix.org/b/thread/881231",
    3: "https://chanpix.org/kr/thread/40917",
    4: "https://i.chanpix.org/kr/1725950012345.jpg",
}
P = {
    1: "https://casino-bada.parkhost.co.kr/",
    2: "https://u7731.parkhost.co.kr/shop/item.php?it_id=1042",
    3: "https://u7731.parkhost.co.kr/bbs/board.php?bo_table=notice&wr_id=3",
}
Q = {
    1: "https://kr-pharma-direct.example/products/zolpi",
    2: "https://kr-pharma-direct.example/order?sku=ZP10",
}
D = {1: "https://bet-wolf-kr.example/"}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "filedrop", "2024-09-03T10:02:00+09:00", "2024-09-10T18:00:00+09:00",
     [F[i] for i in range(1, 15)], "obscenity",
     "file host; 13 files and one shared folder, one link with a query string"),
    ("KCSC-240904-02", "boardnet", "2024-09-04T11:30:00+09:00", "2024-09-11T18:00:00+09:00",
     [B[i] for i in range(1, 6)], "defamation",
     "Korean forum, one Korean board path (percent-encoded), one mobile URL"),
    ("KCSC-240905-03", "chanpix", "2024-09-05T09:15:00+09:00", "2024-09-12T18:00:00+09:00",
     [C[i] for i in range(1, 5)], "obscenity", "image board: two threads on /b/, one on /kr/, one image file"),
    ("KCSC-240906-04", "parkhost", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [P[i] for i in range(1, 4)], "gambling, drugs",
     "web host; a customer's site and two pages of another customer's shop"),
    ("KCSC-240909-05", "cumulo", "2024-09-09T10:40:00+09:00", "2024-09-16T18:00:00+09:00",
     [Q[i] for i in range(1, 3)], "drugs", 'CDN in front of a pharmacy site; "not the host" expected'),
    ("KCSC-240910-06", "regbox", "2024-09-10T16:20:00+09:00", "2024-09-17T18:00:00+09:00",
     [D[1]], "gambling", "registrar; the whole domain"),
    ("KCSC-240911-07", "boardnet", "2024-09-11T13:05:00+09:00", "2024-09-18T18:00:00+09:00",
     [B[6]], "defamation", "one post on a Korean board path (percent-encoded)"),
]
REF = {r[0]: r for r in REQUESTS}


def mid(ref):
    return "kcsc-req-" + ref[5:].lower()


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, platform, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, platform, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


def request_lines(ref, raw_korean=False):
    """Our request email as it is quoted below a reply."""
    r = REF[ref]
    lines = [
        "Dear " + {"filedrop": "Filedrop", "boardnet": "Boardnet", "chanpix": "Chanpix",
                   "parkhost": "ParkHost", "cumulo": "Cumulo", "regbox": "RegBox"}[r[1]] + " team,",
        "",
        f"The Korea Communications Standards Commission asks you to remove or",
        f"block the following content (reference {ref}):",
        "",
    ]
    for i, u in enumerate(r[4], 1):
        if raw_korean:
            u = u.replace(B[3], B3_RAW).replace(B[6], B6_RAW)
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown desk"]
    return lines


def quoted(ref, prefix="> ", raw_korean=False):
    return "\n".join((prefix + l).rstrip() for l in request_lines(ref, raw_korean))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ------------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ============================ Filedrop (file host) ============================

csv_rows = [
    ["url", "file_id", "status", "action_date", "comment"],
    [F[1], "Qm7Rt2Lx", "removed", "2024-09-05", "ToS 4.2"],
    [F[2], "Hb93KdPa", "removed", "2024-09-05", ""],
    [F[3], "Zt40WcNe", "not found", "", "deleted by uploader on 2024-09-02"],
    [F[4], "Lp82YsGu", "removed", "2024-09-05", ""],
    [F[5], "Vn15XjRo", "no action", "", "reviewed, no violation of our terms"],
    [F[6], "Ce66MqTb", "removed", "2024-09-05", ""],
    [F[7], "Wd27HfKs", "geo-blocked (KR)", "2024-09-06", "not available from Korean IPs"],
    [F[8], "Ja58UpEz", "removed", "2024-09-06", ""],
    [F[9], "Rk3N0vYd", "removed", "2024-09-06", "folder and its 23 files"],
    [F[10], "Tg71BsOw", "not found", "", "invalid link"],
]
import io  # noqa: E402

_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(csv_rows)
CSV1 = _buf.getvalue()

case(
    name="fd-csv-attachment-results",
    **{"from": "abuse@filedrop.io"}, name_from="Filedrop Trust & Safety",
    date="Fri, 06 Sep 2024 17:41:09 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 links",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fd-b1-6a1f"

--fd-b1-6a1f
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome for the links in your notice
KCSC-240903-01. Links we have not finished checking are not in the
sheet yet; we will follow up on those separately.

Kind regards,
Marta
Filedrop Trust & Safety

--fd-b1-6a1f
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV1)}
--fd-b1-6a1f--
""",
    outcome="applied", classification="confirmation",
    imitates="file-host trust & safety reply with a CSV spreadsheet of per-link outcomes attached",
    why="CSV attachment states each of ten links; the four not in the sheet are not spoken about",
    items={F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "removed", F[5]: "rejected",
           F[6]: "removed", F[7]: "restricted", F[8]: "removed", F[9]: "removed", F[10]: "not_found"},
)

case(
    name="fd-plaintext-table",
    **{"from": "jonas@filedrop.io"}, name_from="Jonas | Filedrop Support",
    date="Sat, 07 Sep 2024 09:12:44 +0200",
    subject="RE: KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hi,

Status of the remaining links from your notice, as of this morning:

 #   URL                                              Status
 --  -----------------------------------------------  ---------------------
 1   {F[10]}                    deleted
 2   {F[11]}                    deleted
 3   {F[12]}                    not found
 4   {F[13]}    deleted
 5   {F[14]}               kept (no violation)

Nr 5 is a cooking video, we checked it twice.

-- 
Jonas, Filedrop support
""",
    outcome="applied", classification="confirmation",
    imitates="small file host's support agent pasting a fixed-width plain-text status table",
    why="plain-text table with one status per URL; 'kept (no violation)' is a refusal",
    items={F[10]: "removed", F[11]: "removed", F[12]: "not_found", F[13]: "removed", F[14]: "rejected"},
)

case(
    name="fd-one-line-removed",
    **{"from": "nikolai@filedrop.io"}, name_from="Nikolai Brandt",
    date="Thu, 05 Sep 2024 22:03:17 +0200",
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Removed {F[4]}, thanks for the heads up.

Sent from my phone
""",
    outcome="applied", classification="confirmation",
    imitates="a founder of a small service answering in one line from a phone",
    why="one unhedged line: the named file was removed",
    items={F[4]: "removed"},
)

case(
    name="fd-top-posted-over-quote",
    **{"from": "abuse@filedrop.io"}, name_from="Filedrop Abuse",
    date="Wed, 04 Sep 2024 15:20:51 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 links",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Done. The two files below are deleted:

{F[5]}
{F[6]}

We are still going through the rest.

Marta

On Tue, 3 Sep 2024 at 03:02, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240903-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted abuse-desk reply above the quoted original notice (Gmail quoting)",
    why="two URLs under 'deleted:' are removed; the 14 quoted URLs and 'still going through the rest' state nothing",
    items={F[5]: "removed", F[6]: "removed"},
)

case(
    name="fd-folder-and-wrapped-archive",
    **{"from": "abuse@filedrop.io"}, name_from="Filedrop Abuse",
    date="Mon, 09 Sep 2024 11:05:30 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 links",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hello KCSC,

The shared folder {F[9]} has been deleted together
with the 23 files it contained, as well as the archive
<https://dl.filedrop.io/f/Sy36QnHj/
archive.zip>, which was removed the same day.

The link {F[10]} is not valid: there has never been
a file with that id on our service.

Regards,
Filedrop Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk prose reply with a long URL wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="folder deleted, wrapped archive URL removed, third link never existed",
    items={F[9]: "removed", F[13]: "removed", F[10]: "not_found"},
)

HTML6 = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC team,</p>
<p>Following your notice <b>KCSC-240903-01</b> we have taken the actions below.
Our policy is at <a href="https://filedrop.io/help/abuse-policy">filedrop.io/help/abuse-policy</a>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Action</th></tr>
<tr><td><a href="{F[11]}">{F[11]}</a></td><td>Removed</td></tr>
<tr><td><a href="{F[12]}">{F[12]}</a></td><td>Restricted &ndash; not available from Korean IP addresses</td></tr>
<tr><td><a href="{F[13]}">{F[13]}</a></td><td>Removed</td></tr>
</table>
<p>Best regards,<br>Filedrop Trust &amp; Safety</p>
</body></html>"""

case(
    name="fd-html-qp-table",
    **{"from": "trust@filedrop.io"}, name_from="Filedrop Trust & Safety",
    date="Tue, 10 Sep 2024 10:44:02 +0200",
    subject="[KCSC-240903-01] Actions taken",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HTML6)}
""",
    outcome="applied", classification="confirmation",
    imitates="HTML notice from a helpdesk tool, quoted-printable, with a link/action table and a policy link",
    why="HTML table: two removed, one restricted in Korea; the policy link is not an item",
    items={F[11]: "removed", F[12]: "restricted", F[13]: "removed"},
)

case(
    name="fd-base64-plain",
    **{"from": "abuse@filedrop.io"}, name_from="Filedrop Abuse",
    date="Thu, 05 Sep 2024 18:30:00 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 links",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Hello KCSC team,

Regarding KCSC-240903-01:

- {F[1]} : taken down on 5 September.
- {F[2]} : this file had already been deleted by the uploader
  before your notice reached us.

Best,
Filedrop Abuse
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="plain abuse-desk reply sent base64-encoded by a webmail client",
    why="base64 body: one file taken down, one already deleted by its uploader",
    items={F[1]: "removed", F[2]: "not_found"},
)

case(
    name="fd-angle-brackets-gmail-quote",
    **{"from": "marta@filedrop.io"}, name_from="Marta Keller",
    date="Sun, 08 Sep 2024 20:11:45 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 links",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hi,

<{F[8]}> is disabled now. Sorry for the delay, we were short-staffed
this week.

Marta

On Tue, Sep 3, 2024 at 3:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240903-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="staff member's short Gmail reply with the URL in angle brackets over the quoted notice",
    why="'is disabled now' about one URL; quoted request states nothing",
    items={F[8]: "removed"},
)

case(
    name="fd-url-then-status-line",
    **{"from": "abuse@filedrop.io"}, name_from="Filedrop Abuse",
    date="Fri, 06 Sep 2024 08:02:13 +0200",
    subject="Re: [KCSC-240903-01] two more",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""{F[6]}
  -> removed (ToS violation)

{F[7]}
  -> no such file

--
Filedrop Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="terse abuse-desk reply: bare URL, status on the line below",
    why="each URL's status is on the next line",
    items={F[6]: "removed", F[7]: "not_found"},
)

case(
    name="fd-ticket-created-plus-disabled",
    **{"from": "support@filedrop.io"}, name_from="Filedrop Support",
    date="Tue, 03 Sep 2024 16:55:08 +0200",
    subject="[Ticket FD-88412] Re: [KCSC-240903-01] Removal request - 14 links",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Thank you for contacting Filedrop. Your report has been logged as
ticket FD-88412.

We have already disabled the following two files:
{F[3]}
{F[4]}

The remaining links in your notice will be handled under the same
ticket.

Filedrop Support
https://filedrop.io/support
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk ticket receipt that also reports a first action",
    why="acknowledgement phrase plus an unhedged 'already disabled' about two URLs: not a pure acknowledgement",
    items={F[3]: "removed", F[4]: "removed"},
)

case(
    name="fd-promise-within-24h",
    **{"from": "abuse@filedrop.io"}, name_from="Filedrop Abuse",
    date="Tue, 03 Sep 2024 19:40:31 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 links",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Thanks, we've queued these.

{F[1]}, {F[2]} and {F[3]} will be removed within 24 hours once
our on-call engineer confirms the hashes. The others need a closer look.

Marta
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="abuse desk promising a removal ('will be removed within 24 hours')",
    why="a promise, not a statement: the three named files stay pending",
    items={F[1]: "pending", F[2]: "pending", F[3]: "pending"},
)

case(
    name="fd-bulk-all-removed",
    **{"from": "abuse@filedrop.io"}, name_from="Filedrop Abuse",
    date="Wed, 11 Sep 2024 12:00:12 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 links",
    reply_to_req=mid("KCSC-240903-01"),
    body="""Hello,

All files listed in your notice KCSC-240903-01 have been removed from
Filedrop and the uploader's account has been terminated.

Regards,
Filedrop Abuse Team
""",
    outcome="review", review="bulk",
    imitates="abuse desk closing a notice with one sentence about all the links",
    why="one statement about 14 items without naming any: bulk",
    items={F[i]: "pending" for i in range(1, 15)},
)

case(
    name="fd-ooo-auto-reply",
    **{"from": "marta@filedrop.io"}, name_from="Marta Keller",
    date="Tue, 03 Sep 2024 03:02:40 +0200",
    subject="Automatic reply: [KCSC-240903-01] Removal request - 14 links",
    reply_to_req=mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday 9 September with limited access
to email. For anything urgent about abusive content, please write to
abuse@filedrop.io, which is monitored every day.

Marta
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office message",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="fd-bounce-foreign-relay",
    **{"from": "MAILER-DAEMON@mx2.mailroute.example"}, name_from="Mail Delivery Subsystem",
    date="Tue, 03 Sep 2024 10:02:58 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-fd-77a"

--dsn-fd-77a
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.mailroute.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dmca@filedrop.io>: host in.filedrop.io[203.0.113.45] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)

--dsn-fd-77a
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.mailroute.example
Arrival-Date: Tue,  3 Sep 2024 10:02:55 +0900 (KST)

Final-Recipient: rfc822; dmca@filedrop.io
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-fd-77a
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dmca@filedrop.io
Subject: [KCSC-240903-01] Removal request - 14 links
Message-ID: <{mid("KCSC-240903-01")}-cc@kcsc.example>
Date: Tue, 3 Sep 2024 10:02:00 +0900
Content-Type: text/plain; charset=utf-8

{chr(10).join(request_lines("KCSC-240903-01"))}

--dsn-fd-77a--
""",
    auth="none",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (mailbox full) from a relay, original attached",
    why="a bounce carrying our own request: ignored whoever sent it",
    items={},
)

# ============================ Boardnet (Korean forum) ============================

case(
    name="bn-korean-text-table",
    **{"from": "admin@boardnet.kr"}, name_from="보드넷 운영팀",
    date="Thu, 05 Sep 2024 16:20:11 +0900",
    subject="RE: [KCSC-240904-02] 시정요구에 대한 조치결과 회신",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""방송통신심의위원회 담당자님께,

보드넷 운영팀입니다. 귀 위원회의 시정요구(KCSC-240904-02)에 대한
조치 결과를 아래와 같이 회신드립니다.

번호 | URL | 조치 결과 | 조치일
1 | {B[1]} | 삭제 | 2024-09-05
2 | {B[2]} | 블라인드 처리 | 2024-09-05
3 | {B3_RAW} | 게시중단 | 2024-09-05
4 | {B[4]} | 해당 게시물 없음 | -
5 | {B[5]} | 위반 사항 없음(유지) | -

감사합니다.
보드넷 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community's 시정요구 조치결과 회신 with a pipe table",
    why="five rows, one status each: 삭제/블라인드/게시중단 removed, 게시물 없음 not found, 위반 사항 없음(유지) rejected",
    items={B[1]: "removed", B[2]: "removed", B[3]: "removed", B[4]: "not_found", B[5]: "rejected"},
)

case(
    name="bn-admin-one-line-fullwidth",
    **{"from": "sysop@boardnet.kr"}, name_from="보드넷 운영자",
    date="Wed, 11 Sep 2024 22:47:05 +0900",
    subject="Re: [KCSC-240911-07] 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240911-07"),
    body=f"""말씀하신 글（{B6_RAW}）은 운영자 삭제 처리했습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line answer from a forum's sole operator, URL in full-width parentheses",
    why="the raw Korean path matches the percent-encoded item; 운영자 삭제 is removed",
    items={B[6]: "removed"},
)

case(
    name="bn-author-deleted-temp-measure",
    **{"from": "admin@boardnet.kr"}, name_from="보드넷 운영팀",
    date="Fri, 06 Sep 2024 10:05:40 +0900",
    subject="RE: [KCSC-240904-02] 게시물 관련 회신",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""안녕하세요, 보드넷 운영팀입니다.

요청하신 게시물 중 두 건에 대해 먼저 회신드립니다.

1) {B[1]}
   확인 결과 작성자가 9월 4일 오후에 직접 삭제한 게시물로, 현재 존재하지 않습니다.

2) {B[2]}
   권리침해 신고 처리 절차에 따라 30일간 임시조치하였습니다.

나머지 게시물은 확인 후 별도로 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum reply: post already deleted by its author, another under 임시조치",
    why="author-deleted is not_found; 임시조치 is restricted; 'the rest later' names nothing",
    items={B[1]: "not_found", B[2]: "restricted"},
)

case(
    name="bn-mobile-url-particle",
    **{"from": "admin@boardnet.kr"}, name_from="보드넷 운영팀",
    date="Thu, 05 Sep 2024 09:31:27 +0900",
    subject="RE: [KCSC-240904-02] 시정요구",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""{B[4]}의 게시물은 금일 블라인드 처리되었습니다.
나머지 건은 검토 후 다시 회신드리겠습니다.

보드넷 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean operator reply, a Korean particle glued to the URL",
    why="'…183011의 게시물은 블라인드 처리되었습니다': removed; the rest is a promise naming nothing",
    items={B[4]: "removed"},
)

HTML15 = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>시정요구 번호: KCSC-240904-02 에 대한 처리 결과입니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>게시물 주소</th><th>처리 내용</th><th>처리 일시</th></tr></thead>
<tbody>
<tr><td><a href="{B[2]}">{B[2]}</a></td><td>삭제</td><td>2024.09.06 14:10</td></tr>
<tr><td><a href="{B[3]}">{B3_RAW}</a></td><td>비공개 처리</td><td>2024.09.06 14:12</td></tr>
<tr><td><a href="{B[5]}">{B[5]}</a></td><td>접근 제한(국내)</td><td>2024.09.06 14:15</td></tr>
</tbody></table>
<p>운영정책: <a href="https://www.boardnet.kr/policy">https://www.boardnet.kr/policy</a></p>
<p>보드넷 운영팀</p>
</body></html>"""

case(
    name="bn-html-table",
    **{"from": "admin@boardnet.kr"}, name_from="보드넷 운영팀",
    date="Fri, 06 Sep 2024 14:30:02 +0900",
    subject="[보드넷] 시정요구 처리 결과 안내 (KCSC-240904-02)",
    reply_to_req=mid("KCSC-240904-02"),
    type="html",
    body=HTML15,
    outcome="applied", classification="confirmation",
    imitates="Korean board's HTML 처리 결과 안내 table (link text raw Korean, href percent-encoded)",
    why="삭제 and 비공개 처리 removed, 접근 제한(국내) restricted; the policy page is not an item",
    items={B[2]: "removed", B[3]: "removed", B[5]: "restricted"},
)

case(
    name="bn-single-request-sole-statement",
    **{"from": "admin@boardnet.kr"}, name_from="보드넷 운영팀",
    date="Thu, 12 Sep 2024 11:18:50 +0900",
    subject="RE: [KCSC-240911-07] 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240911-07"),
    body="""안녕하세요. 보드넷 운영팀입니다.

KCSC-240911-07 건으로 요청하신 게시물은 9월 12일 오전에 삭제 조치하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator confirming the one requested post by reference only",
    why="request of one item: a statement about 'the requested post' applies to it",
    items={B[6]: "removed"},
)

case(
    name="bn-bulk-korean-all-deleted",
    **{"from": "admin@boardnet.kr"}, name_from="보드넷 운영팀",
    date="Mon, 09 Sep 2024 15:02:33 +0900",
    subject="RE: [KCSC-240904-02] 시정요구에 대한 조치결과 회신",
    reply_to_req=mid("KCSC-240904-02"),
    body="""안녕하세요, 보드넷 운영팀입니다.

KCSC-240904-02 관련하여 요청하신 게시물 5건 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean operator's one-sentence '5건 모두 삭제' closing reply",
    why="statement about all five posts without naming them: bulk",
    items={B[i]: "pending" for i in range(1, 6)},
)

case(
    name="bn-under-review-korean",
    **{"from": "admin@boardnet.kr"}, name_from="보드넷 운영팀",
    date="Thu, 05 Sep 2024 13:45:19 +0900",
    subject="RE: [KCSC-240904-02] 시정요구",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""안녕하세요.

아래 게시물은 작성자 소명 절차가 진행 중이라 현재 내부 검토 중입니다.
검토가 끝나는 대로 결과를 알려드리겠습니다.

- {B[2]}
- {B[5]}

보드넷 운영팀
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Korean operator saying two posts are 검토 중 pending the author's explanation",
    why="'under review' is no status: the two named posts stay pending",
    items={B[2]: "pending", B[5]: "pending"},
)

case(
    name="bn-admin-from-gmail",
    **{"from": "boardnet.sysop.kim@gmail.com"}, name_from="김재훈",
    date="Thu, 05 Sep 2024 23:10:02 +0900",
    subject="Re: [KCSC-240904-02] 시정요구",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""안녕하세요 보드넷 운영자 김재훈입니다.
회사 메일 서버가 점검 중이라 개인 메일로 답장 드립니다.

{B[1]} 글 삭제했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="forum operator answering from a personal webmail account",
    why="gmail.com is no platform's domain: unknown sender, nothing applied",
    items={B[1]: "pending"},
)

case(
    name="bn-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mail.boardnet.kr"}, name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 11:30:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-bn-3c2"

--dsn-bn-3c2
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.boardnet.kr.

Your message could not be delivered to the recipient below.

<report@boardnet.kr>: 550 5.1.1 <report@boardnet.kr>: Recipient address
    rejected: User unknown in virtual mailbox table

--dsn-bn-3c2
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.boardnet.kr
Arrival-Date: Wed,  4 Sep 2024 11:30:05 +0900 (KST)

Final-Recipient: rfc822; report@boardnet.kr
Original-Recipient: rfc822;report@boardnet.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-bn-3c2
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report@boardnet.kr
Subject: [KCSC-240904-02] =?utf-8?b?7Iuc7KCV7JqU6rWs?=
Message-ID: <{mid("KCSC-240904-02")}@kcsc.example>
Date: Wed, 4 Sep 2024 11:30:00 +0900

--dsn-bn-3c2--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN 'User unknown' with the original headers",
    why="delivery failure report",
    items={},
)

case(
    name="bn-chuseok-auto-reply",
    **{"from": "admin@boardnet.kr"}, name_from="보드넷 운영팀",
    date="Fri, 13 Sep 2024 18:00:04 +0900",
    subject="[자동응답] Re: [KCSC-240911-07] 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240911-07"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""[자동응답 메일입니다]

보드넷 운영팀은 9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 휴무합니다.
보내주신 메일은 9월 19일부터 순차적으로 확인 후 답변드리겠습니다.

긴급한 권리침해 신고는 사이트 내 신고센터를 이용해 주세요.
https://www.boardnet.kr/report
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석 연휴) auto-reply",
    why="auto-reply; the report-centre link is not an item",
    items={},
)

# ============================ Chanpix (image board) ============================

case(
    name="cp-janitor-threads-deleted",
    **{"from": "kite@chanpix.org"}, name_from="kite (chanpix janitor)",
    date="Thu, 05 Sep 2024 04:12:55 +0000",
    subject="Re: [KCSC-240905-03] illegal content on chanpix",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""yo. both threads are deleted and the poster's range is banned:
{C[1]}
{C[2]}

the /kr/ stuff is for the board owner, I pinged him.

- kite
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's informal lower-case reply",
    why="'both threads are deleted' above the two URLs; the /kr/ items are not named",
    items={C[1]: "removed", C[2]: "removed"},
)

case(
    name="cp-image-purged-thread-kept",
    **{"from": "admin@chanpix.org"}, name_from="chanpix admin",
    date="Sat, 07 Sep 2024 13:40:10 +0000",
    subject="Re: [KCSC-240905-03] illegal content on chanpix",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""Hi,

Admin here. The image {C[4]} has been
purged from our servers and its hash added to our blocklist.

The thread {C[3]} itself stays up. With
that file gone there is nothing left in it that breaks our rules; it is
a discussion thread about a news story.

-- 
chanpix admin
""",
    outcome="applied", classification="confirmation",
    imitates="small-site admin: image file purged, thread kept with a reason",
    why="image removed; thread refused with its reason (rejected)",
    items={C[4]: "removed", C[3]: "rejected"},
)

case(
    name="cp-korea-region-block",
    **{"from": "admin@chanpix.org"}, name_from="chanpix admin",
    date="Mon, 09 Sep 2024 02:05:44 +0000",
    subject="Re: [KCSC-240905-03] /kr/ thread",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""Thread {C[3]} is now geo-blocked for visitors from
South Korea. It remains visible elsewhere.
""",
    outcome="applied", classification="confirmation",
    imitates="admin's two-line note on a country block",
    why="geo-blocked for Korea: restricted",
    items={C[3]: "restricted"},
)

case(
    name="cp-echoed-report-decision",
    **{"from": "noreply@chanpix.org"}, name_from="chanpix reports",
    date="Sat, 07 Sep 2024 04:13:02 +0000",
    subject="Report #CPX-20931: decision",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""Report #CPX-20931 - decision

----- Your report ---------------------------------
Board:   /b/
URL:     {C[2]}
Reason:  Illegal content (KCSC-240905-03)
Comment: see the attached list from the Korea Communications
         Standards Commission
---------------------------------------------------

Moderator decision: Removed.
The thread was deleted on 2024-09-07 04:12 UTC.

This is an automated message from the chanpix report system.
""",
    outcome="applied", classification="confirmation",
    imitates="report-system decision mail echoing the submitted report",
    why="echoed report names one URL; decision 'Removed' below it",
    items={C[2]: "removed"},
)

case(
    name="cp-hedge-probably-pruned",
    **{"from": "kite@chanpix.org"}, name_from="kite (chanpix janitor)",
    date="Thu, 05 Sep 2024 03:50:21 +0000",
    subject="Re: [KCSC-240905-03] illegal content on chanpix",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""looks like {C[1]} was probably already pruned,
/b/ threads fall off the board after a few hours. can't say for sure
about the other one, I'll check when I'm back at a computer.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="janitor guessing a thread has already expired",
    why="'looks like … probably' is a hedge: no status",
    items={C[1]: "pending"},
)

case(
    name="cp-conditional-deadline",
    **{"from": "admin@chanpix.org"}, name_from="chanpix admin",
    date="Fri, 06 Sep 2024 07:22:36 +0000",
    subject="Re: [KCSC-240905-03] illegal content on chanpix",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""I've told the /kr/ board owner to take down
{C[3]}
If it's still up on Friday I'll delete it myself.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="admin's conditional promise to act",
    why="condition plus promise: no status",
    items={C[3]: "pending"},
)

case(
    name="cp-ticket-receipt",
    **{"from": "noreply@chanpix.org"}, name_from="chanpix reports",
    date="Thu, 05 Sep 2024 00:16:40 +0000",
    subject="Report #CPX-20931 received",
    reply_to_req=mid("KCSC-240905-03"),
    body="""Thanks! Your report has been received (ticket #CPX-20931).

A janitor will look at it; you will get an email when there is a
decision. Please do not reply to this address.

chanpix report system
""",
    outcome="ignored", classification="acknowledgement",
    imitates="report-system receipt with a ticket number",
    why="pure acknowledgement",
    items={},
)

case(
    name="cp-new-contact-no-claims",
    **{"from": "admin@chanpix.org"}, name_from="chanpix admin",
    date="Tue, 17 Sep 2024 09:30:00 +0000",
    subject="contact for Korean authorities",
    body="""Hi,

We've set up kr-contact@chanpix.org for notices from Korean
authorities. Please use it from now on so nothing gets lost in the
general janitor queue.

thanks,
chanpix admin
""",
    outcome="review", review="no_claims",
    imitates="small site's admin telling the regulator about a new contact address",
    why="trusted mail naming no item and no request",
    items={},
)

# ============================ ParkHost (web host) ============================

case(
    name="ph-account-suspended-korean",
    **{"from": "abuse@parkhost.co.kr"}, name_from="파크호스팅 어뷰즈팀",
    date="Mon, 09 Sep 2024 10:12:00 +0900",
    subject="RE: [KCSC-240906-04] 불법정보 삭제 요청 건 처리 결과",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""안녕하세요. 파크호스팅 어뷰즈 대응팀입니다.

당사 고객 계정(u7731)에 대해 이용약관 위반으로 서비스 이용을 정지하였습니다.
이에 따라 아래 URL은 현재 접속되지 않습니다.

- {P[2]}
- {P[3]}

나머지 1건은 다른 고객의 사이트로 별도 확인 중입니다.

파크호스팅 어뷰즈팀 / abuse@parkhost.co.kr
""",
    outcome="applied", classification="confirmation",
    imitates="Korean web host's abuse team: customer account suspended, pages unreachable",
    why="account suspended so both pages are no longer reachable: removed; the third is 확인 중",
    items={P[2]: "removed", P[3]: "removed"},
)

case(
    name="ph-ticket-resolved-english",
    **{"from": "helpdesk@parkhost.co.kr"}, name_from="ParkHost Helpdesk",
    date="Mon, 09 Sep 2024 17:45:20 +0900",
    subject="[Ticket #PH-55021] Resolved: [KCSC-240906-04]",
    reply_to_req=mid("KCSC-240906-04"),
    body="""Ticket #PH-55021 has been marked Resolved.

Agent note:
Site https://casino-bada.parkhost.co.kr disabled by the abuse team on
2024-09-09; the customer's hosting plan is terminated.

You can reopen this ticket by replying within 7 days.
ParkHost Helpdesk - https://www.parkhost.co.kr/support
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk (WHMCS-style) 'ticket resolved' notification with an agent note",
    why="site disabled: removed (URL written without the trailing slash)",
    items={P[1]: "removed"},
)

case(
    name="ph-declined-outlook-quote",
    **{"from": "jh.lee@parkhost.co.kr"}, name_from="Lee Jihoon (ParkHost)",
    date="Wed, 11 Sep 2024 09:58:31 +0900",
    subject="RE: [KCSC-240906-04] Removal request",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""Hello,

Regarding {P[2]}: our abuse team reviewed the
page. The product is an herbal tea sold with a food registration number,
not a prescription drug, so we are not taking action and the page
remains online.

Best regards,
Jihoon Lee
ParkHost Abuse Desk

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 2:00 PM
To: abuse@parkhost.co.kr
Subject: [KCSC-240906-04] Removal request

{quoted("KCSC-240906-04", prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply refusing one page with a reason, original request quoted without '>'",
    why="refusal with its reason: rejected; the Outlook-quoted request states nothing",
    items={P[2]: "rejected"},
)

case(
    name="ph-auth-fail",
    **{"from": "abuse@parkhost.co.kr"}, name_from="파크호스팅 어뷰즈팀",
    auth="fail",
    date="Tue, 10 Sep 2024 08:14:09 +0900",
    subject="RE: [KCSC-240906-04] 처리 완료",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""{P[1]} 사이트 삭제 완료되었습니다.
""",
    outcome="review", review="untrusted",
    imitates="short Korean host reply arriving with failed DKIM/SPF/DMARC",
    why="platform domain but authentication failed: untrusted",
    items={P[1]: "pending"},
)

case(
    name="ph-needs-official-letter",
    **{"from": "abuse@parkhost.co.kr"}, name_from="파크호스팅 어뷰즈팀",
    date="Fri, 06 Sep 2024 16:40:52 +0900",
    subject="RE: [KCSC-240906-04] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240906-04"),
    body="""안녕하세요. 파크호스팅 어뷰즈 대응팀입니다.

KCSC-240906-04 건 처리를 위해 기관 직인이 날인된 공문을 PDF로 회신해
주시기 바랍니다. 공문 확인 후 고객사 통보 및 조치를 진행하겠습니다.

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Korean host asking for an official letter (공문) before acting",
    why="asks for a document; nothing done yet",
    items={},
)

case(
    name="ph-mdn-displayed",
    **{"from": "abuse@parkhost.co.kr"}, name_from="파크호스팅 어뷰즈팀",
    date="Fri, 06 Sep 2024 14:07:30 +0900",
    subject="읽음: [KCSC-240906-04] 불법정보 삭제 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-ph-19e"

--mdn-ph-19e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: abuse@parkhost.co.kr
제목: [KCSC-240906-04] 불법정보 삭제 요청
보낸 날짜: 2024-09-06 오후 2:00

읽은 날짜: 2024-09-06 오후 2:07

--mdn-ph-19e
Content-Type: message/disposition-notification

Reporting-UA: parkhost.co.kr; Microsoft Outlook 16.0
Final-Recipient: rfc822;abuse@parkhost.co.kr
Original-Message-ID: <{mid("KCSC-240906-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-ph-19e--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (읽음:) as a disposition notification",
    why="read receipt",
    items={},
)

# ============================ Cumulo (CDN) ============================

case(
    name="cu-geo-block-both",
    **{"from": "abuse@cumulocdn.net"}, name_from="Cumulo Trust & Safety",
    date="Wed, 11 Sep 2024 06:30:18 +0000",
    subject="[Cumulo Abuse] CU-7Q2K-1180 / KCSC-240909-05 - action taken",
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""Hello,

Reference: CU-7Q2K-1180 (your reference KCSC-240909-05)

We have restricted access from the Republic of Korea to the following
URLs served through our network:

  {Q[1]}
  {Q[2]}

Visitors from other countries are not affected. Cumulo does not host
this website; the site's hosting provider has been informed.

Cumulo Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust & safety notice of a country-level block on its edge",
    why="both URLs restricted from Korea",
    items={Q[1]: "restricted", Q[2]: "restricted"},
)

case(
    name="cu-edge-block-and-not-found",
    **{"from": "abuse@cumulocdn.net"}, name_from="Cumulo Trust & Safety",
    date="Thu, 12 Sep 2024 08:02:47 +0000",
    subject="[Cumulo Abuse] CU-7Q2K-1180 / KCSC-240909-05",
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""Hello,

Cumulo does not host the content of kr-pharma-direct.example; we provide
caching and security services in front of it. Having reviewed your
notice, however, we have blocked {Q[1]}
on all of our edge locations. Visitors now receive an HTTP 451 page.

We could not find {Q[2]} on the customer's
site: the origin server answers 404 Not Found for it.

Cumulo Trust & Safety
https://www.cumulocdn.net/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="CDN abuse reply: 'we are not the host' but a global edge block, plus a 404 URL",
    why="blocked on all edges (removed); the other URL cannot be found (not_found)",
    items={Q[1]: "removed", Q[2]: "not_found"},
)

case(
    name="cu-not-host-forwarded",
    **{"from": "abuse@cumulocdn.net"}, name_from="Cumulo Trust & Safety",
    date="Mon, 09 Sep 2024 03:05:22 +0000",
    subject="[Cumulo Abuse] CU-7Q2K-1180 / KCSC-240909-05",
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""Hello,

Reported URLs:
  {Q[1]}
  {Q[2]}

Cumulo is a content delivery network and reverse proxy. We do not host
the website above and cannot remove content from the server on which it
is stored.

We have forwarded your complaint to the website's hosting provider,
Hostwell Ltd (abuse@hostwell.example), and to the website owner. You
may wish to contact the hosting provider directly.

Cumulo Trust & Safety
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="CDN 'we are not the hosting provider, your report was forwarded' reply",
    why="names both URLs and the request but states no status for either",
    items={Q[1]: "pending", Q[2]: "pending"},
)

case(
    name="cu-chanpix-urls-wrong-platform",
    **{"from": "abuse@cumulocdn.net"}, name_from="Cumulo Trust & Safety",
    date="Fri, 06 Sep 2024 11:20:05 +0000",
    subject="[Cumulo Abuse] CU-8M1P-0447 / KCSC-240905-03",
    body=f"""Hello,

chanpix.org uses Cumulo's CDN. Following your notice KCSC-240905-03 we
have blocked {C[1]} at our edge
for visitors in the Republic of Korea.

Cumulo Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN acting on a notice about a customer site (the image board)",
    why="Cumulo states a status for a Chanpix item",
    items={C[1]: "pending"},
)

case(
    name="cu-auto-ack",
    **{"from": "noreply@cumulocdn.net"}, name_from="Cumulo Abuse",
    date="Mon, 09 Sep 2024 01:41:03 +0000",
    subject="[Cumulo Abuse] Report received: CU-7Q2K-1180",
    reply_to_req=mid("KCSC-240909-05"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""We have received your abuse report.

Reference: CU-7Q2K-1180
Report type: General
Number of URLs: 2

You will receive a further email once the report has been processed.
Please keep the reference above in any correspondence.

Cumulo Abuse
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form automated receipt",
    why="pure acknowledgement with a reference number",
    items={},
)

# ============================ RegBox (registrar) ============================

case(
    name="rb-clienthold",
    **{"from": "abuse@regbox.net"}, name_from="RegBox Abuse",
    date="Wed, 11 Sep 2024 08:25:40 +0000",
    subject="[KCSC-240910-06] Abuse report - bet-wolf-kr.example - action taken",
    reply_to_req=mid("KCSC-240910-06"),
    body="""Dear Reporter,

Domain:  bet-wolf-kr.example
Action:  clientHold applied 2024-09-11 08:20 UTC
Result:  the domain no longer resolves

The registrant has been notified and may contest the suspension through
https://www.regbox.net/legal/disputes.

RegBox Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse desk reply: domain placed on clientHold",
    why="one-item request; the domain no longer resolves: removed",
    items={D[1]: "removed"},
)

# ------------------------------------------------------------------- write
# Korean display names are sent RFC 2047-encoded, as mail clients do.
for _c in cases:
    _n = _c.get("name_from")
    if _n and not _n.isascii():
        _c["name_from"] = "=?UTF-8?B?" + base64.b64encode(_n.encode("utf-8")).decode("ascii") + "?="

HEADER = """# Blind set 631 (hosting providers, a CDN, a registrar, forums, an image
# board and a file host; CSV attachments and plain-text tables).
# Written by tests/corpus/blind631/make.py; each case is judged alone on a
# fresh ledger holding requests.csv. Expected results come from each
# email's meaning, written before the reader was run."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind631", HEADER, cases)
    print(len(cases), "cases")
