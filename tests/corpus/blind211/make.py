#!/usr/bin/env python3
"""Blind set 211: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments and
plain-text tables.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind211/make.py` rewrites
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

# ---------------------------------------------------------------- requests
A = "KCSC-240903-01"  # chanboard, 13 items (largest)
B = "KCSC-240905-02"  # filecrate, 5
C = "KCSC-240909-03"  # hostvale, 4
D = "KCSC-240910-04"  # dalbit, 4
E = "KCSC-240911-05"  # namebay, 2
F = "KCSC-240912-06"  # edgeshield, 3
G = "KCSC-240916-07"  # pastebox, 1

A1 = "https://chanboard.org/kr/res/88123.html"
A2 = "https://chanboard.org/kr/res/88140.html"
A3 = "https://chanboard.org/kr/res/88177.html#p88190"
A4 = "https://chanboard.org/b/res/5501234.html"
A5 = "https://chanboard.org/b/res/5501290.html"
A6 = "https://chanboard.org/kr/res/88201.html"
A7 = "https://chanboard.org/kr/res/88215.html"
A8 = "https://i.chanboard.org/kr/src/1725312044123.jpg"
A9 = "https://i.chanboard.org/kr/src/1725312099871.png"
A10 = "https://chanboard.org/int/res/900312.html"
A11 = "https://chanboard.org/kr/res/88230.html"
A12 = "https://chanboard.org/kr/res/88244.html"
A13 = "https://chanboard.org/pol/res/7712003.html"
AS = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]

B1 = "https://filecrate.io/f/Qm7xT2pa"
B2 = "https://filecrate.io/f/Zr81LkWc"
B3 = "https://filecrate.io/f/Hn4sVe90"
B4 = "https://filecrate.io/d/folder/7Yt3Rk"
B5 = "https://filecrate.io/f/Pw2cJd61"
BS = [B1, B2, B3, B4, B5]

C1 = "https://sunnyday-shop.hostvale.net/index.html"
C2 = "https://sunnyday-shop.hostvale.net/gallery/p2.html"
C3 = "http://free-webtoon-zone.hostvale.net/ep/1042"
C4 = "https://pillbox-korea.hostvale.net/order.php?id=77"
CS = [C1, C2, C3, C4]

D1 = "https://dalbit-community.co.kr/board/free/38211"
D2 = "https://dalbit-community.co.kr/board/%EC%9C%A0%EB%A8%B8/1204"
D2RAW = "https://dalbit-community.co.kr/board/유머/1204"
D3 = "https://dalbit-community.co.kr/board/free/38260"
D4 = "https://dalbit-community.co.kr/gallery/photo/9912"
DS = [D1, D2, D3, D4]

E1 = "https://lucky-odds-kr.example/"
E2 = "https://toto-night88.example/main"

F1 = "https://manhwa-freeview.example/series/412/ch-33"
F2 = "https://manhwa-freeview.example/series/412/ch-34"
F3 = "https://drug-direct-kr.example/shop/item/5"

G1 = "https://pastebox.dev/p/k7Hq2Wz"

REQUESTS = [
    (A, "chanboard", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", AS, "obscenity",
     "threads and images on /kr/, /b/, /int/, /pol/"),
    (B, "filecrate", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", BS, "copyright",
     "webtoon scans and a shared folder"),
    (C, "hostvale", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", CS, "illegal_trade",
     "hosted customer sites"),
    (D, "dalbit", "2024-09-10T09:30:00+09:00", "2024-09-17T18:00:00+09:00", DS, "defamation",
     "forum posts"),
    (E, "namebay", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", [E1, E2], "gambling",
     "domains registered through NameBay"),
    (F, "edgeshield", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", [F1, F2, F3], "copyright",
     "sites behind the EdgeShield CDN"),
    (G, "pastebox", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", [G1], "personal_info",
     "paste with personal data"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, greeting):
    lines = [greeting, "",
             "The Korea Communications Standards Commission asks you to remove or",
             "block access to the following content (reference %s):" % ref, ""]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "Please tell us the action taken for each URL.", "", "KCSC Takedown Team"]
    return "\n".join(lines)


def b64(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def mixed_with_csv(boundary, text, csv_text, filename, bom=False):
    data = (b"\xef\xbb\xbf" if bom else b"") + csv_text.encode("utf-8")
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\n"
        f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(data)}\n"
        f"--{boundary}--\n"
    )


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="chan-admin-one-liner",
    date="Tue, 03 Sep 2024 16:41:07 +0000",
    **{"from": "admin@chanboard.org"}, name_from="chanboard admin",
    subject="Re: [KCSC-240903-01] Removal request - 13 URLs",
    reply_to_req=mid(A),
    body=f"""
deleted {A1} and {A2}, poster range-banned.

-admin
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from an image-board admin",
    why="two URLs named with an unhedged 'deleted'",
    items={A1: "removed", A2: "removed"},
)

case(
    name="chan-full-report-numbered",
    date="Thu, 05 Sep 2024 09:02:51 +0000",
    **{"from": "abuse@chanboard.org"}, name_from="Chanboard Abuse",
    subject="Re: [KCSC-240903-01] Removal request - 13 URLs",
    reply_to_req=mid(A),
    body=f"""
Hello,

Our moderators went through every link in your notice KCSC-240903-01.
Result per link:

1. {A1} - deleted
2. {A2} - deleted
3. {A3} - post deleted (the rest of the thread was left alone)
4. {A4} - this thread had already 404'd (pruned by normal board rotation before we saw your mail), nothing left to remove
5. {A5} - deleted
6. {A6} - hidden for visitors connecting from South Korea
7. {A7} - deleted
8. {A8} - file deleted, hash banned
9. {A9} - file deleted, hash banned
10. {A10} - not removed. It is a discussion of a published news report and breaks none of our rules.
11. {A11} - deleted
12. {A12} - there is no thread with this number on /kr/
13. {A13} - deleted

Bans were issued where appropriate. Uploaders can appeal at
https://chanboard.org/appeal.

Chanboard abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="image-board abuse desk answering a long report line by line",
    why="each of the 13 URLs has its own result on its line",
    items={A1: "removed", A2: "removed", A3: "removed", A4: "not_found", A5: "removed",
           A6: "restricted", A7: "removed", A8: "removed", A9: "removed", A10: "rejected",
           A11: "removed", A12: "not_found", A13: "removed"},
)

case(
    name="chan-bare-url-status-below",
    date="Wed, 04 Sep 2024 03:18:44 +0000",
    **{"from": "rinse@chanboard.org"}, name_from="rinse",
    subject="Re: [KCSC-240903-01] Removal request - 13 URLs",
    reply_to_req=mid(A),
    body=f"""
hi,

{A4}
gone, deleted by me

{A5}
same, deleted

{A8}
{A9}
both images purged from origin and from the cache

the /kr/ stuff is for the kr janitors, not me.

-- rinse (global vol, chanboard)
""",
    outcome="applied", classification="confirmation",
    imitates="volunteer moderator replying informally from a board address",
    why="each URL followed by its status on the next line; two images share one statement",
    items={A4: "removed", A5: "removed", A8: "removed", A9: "removed"},
)

case(
    name="chan-csv-modqueue-export",
    date="Wed, 04 Sep 2024 04:05:10 +0000",
    **{"from": "abuse@chanboard.org"}, name_from="Chanboard Abuse",
    subject="Re: [KCSC-240903-01] Removal request - 13 URLs (part 1)",
    reply_to_req=mid(A),
    raw_mime=mixed_with_csv(
        "cb-211-csv-1",
        """Hi,

Attached is the export from our moderation queue for the part of your
report handled so far. The remaining links are still open.

Chanboard abuse desk""",
        f"""post_url,action,actor,time_utc
{A8},file_deleted,jan-04,2024-09-04 02:11
{A9},file_deleted,jan-04,2024-09-04 02:12
{A10},no_action_no_violation,jan-11,2024-09-04 03:40
{A12},not_found,jan-04,2024-09-04 02:15
""",
        "modqueue-export-0904.csv"),
    outcome="applied", classification="confirmation",
    imitates="moderation-tool CSV export attached to an abuse-desk reply",
    why="CSV rows give per-URL actions: two deletions, one no-violation, one not found",
    items={A8: "removed", A9: "removed", A10: "rejected", A12: "not_found"},
)

case(
    name="chan-html-modlog-table",
    date="Thu, 05 Sep 2024 12:30:00 +0000",
    **{"from": "abuse@chanboard.org"}, name_from="Chanboard Abuse",
    subject="Re: [KCSC-240903-01] Removal request - 13 URLs (part 2)",
    reply_to_req=mid(A),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Here is the mod log for the remaining links of KCSC-240903-01.</p>
<table border="1" cellpadding="4">
<tr><th>Link</th><th>Action</th><th>Note</th></tr>
<tr><td><a href="{A11}">{A11}</a></td><td>Deleted</td><td>thread and replies</td></tr>
<tr><td><a href="{A12}">{A12}</a></td><td>Geo-restricted (KR)</td><td>not viewable from Korean IPs</td></tr>
<tr><td><a href="{A13}">{A13}</a></td><td>Left up</td><td>no rule violation found</td></tr>
</table>
<p>Chanboard abuse desk</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML mod-log table pasted into a reply",
    why="HTML table rows: deleted, geo-restricted in Korea, left up for no violation",
    items={A11: "removed", A12: "restricted", A13: "rejected"},
)

case(
    name="chan-top-posted-over-quote",
    date="Wed, 04 Sep 2024 21:47:19 +0000",
    **{"from": "abuse@chanboard.org"}, name_from="Chanboard Abuse",
    subject="Re: [KCSC-240903-01] Removal request - 13 URLs",
    reply_to_req=mid(A),
    body=f"""
Removed {A4} and
{A5} (same spammer, both threads).
The rest of your list is still with the /kr/ janitors, you will hear back
separately.

Chanboard abuse

On Tue, 3 Sep 2024 at 01:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text(A, AS, "Dear Chanboard abuse team,"))}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted reply over the quoted request",
    why="two URLs removed in the new text; the 13 quoted URLs say nothing",
    items={A4: "removed", A5: "removed"},
)

case(
    name="chan-gmail-inline-two",
    date="Wed, 04 Sep 2024 11:03:27 +0000",
    **{"from": "janitor.kr@chanboard.org"}, name_from="kr janitor",
    subject="Re: [KCSC-240903-01] Removal request - 13 URLs",
    reply_to_req=mid(A),
    body=f"""
Thread {A6} is deleted.

{A7} was deleted by the OP himself before we got to it, so there was
nothing left for us to do there.

On Wed, Sep 4, 2024 at 9:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: we have not yet received your answer on KCSC-240903-01.
> Items still open include:
> {A6}
> {A7}
> {A11}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply over a quoted reminder",
    why="one thread deleted, one already deleted by its author; the quoted third URL is not a statement",
    items={A6: "removed", A7: "not_found"},
)

case(
    name="chan-korean-janitor-post",
    date="Thu, 05 Sep 2024 02:15:40 +0000",
    **{"from": "janitor.kr@chanboard.org"}, name_from="kr janitor",
    subject="Re: [KCSC-240903-01] Removal request - 13 URLs",
    reply_to_req=mid(A),
    body=f"""
안녕하세요, chanboard /kr/ 게시판 관리자입니다.

요청하신 {A3} 의 답글은 삭제했습니다.
스레드 자체에는 문제가 없어서 그대로 두었습니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean-speaking board janitor answering about one reply in a thread",
    why="the reply (post anchor) was deleted; the thread itself is not a requested item",
    items={A3: "removed"},
)

case(
    name="filecrate-html-disabled-notice",
    date="Fri, 06 Sep 2024 08:20:13 +0000",
    **{"from": "legal@filecrate.io"}, name_from="FileCrate Legal",
    subject="Your notice KCSC-240905-02 - action taken",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif">
<p>Dear reporter,</p>
<p>Following your notice (reference KCSC-240905-02), the following files have been
disabled and can no longer be downloaded:</p>
<ul>
<li>{B1}</li>
<li>{B2}</li>
</ul>
<p>We could not locate the following file. The link does not match any upload in our system:</p>
<ul>
<li>{B3}</li>
</ul>
<p>The uploaders have been notified and may file a counter-notice through
<a href="https://filecrate.io/legal/counter-notice">our counter-notice form</a>.</p>
<p>FileCrate Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="file host's DMCA-style 'files disabled' notice in HTML",
    why="two files disabled, one link matches no upload; the counter-notice link is not an item",
    items={B1: "removed", B2: "removed", B3: "not_found"},
)

case(
    name="filecrate-qp-folder-and-refusal",
    date="Fri, 06 Sep 2024 14:44:02 +0200",
    **{"from": "jana.novakova@filecrate.io"}, name_from="Jana Nováková",
    subject="Re: [KCSC-240905-02] Removal request - 5 URLs",
    reply_to_req=mid(B),
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        + qp(f"""Hi,

Regarding KCSC-240905-02:

– The shared folder {B4} has been taken down together with the 14 files inside it.
– {B5} is a scan of a novel published in 1925 and now in the public domain. We checked it and it does not break our terms, so it stays online.

The other three links are handled by my colleague.

Best regards,
Jana Nováková
FileCrate Trust & Safety
""") + "\n"),
    outcome="applied", classification="confirmation",
    imitates="file host trust-and-safety agent writing a short quoted-printable reply",
    why="folder taken down; the public-domain file stays up with a reason",
    items={B4: "removed", B5: "rejected"},
)

_b64html = f"""<html><body>
<p>Statement of action &ndash; reference KCSC-240905-02</p>
<table border="1">
<tr><th>File</th><th>Decision</th><th>Ground</th></tr>
<tr><td>{B1}</td><td>Removed</td><td>Copyright (notice)</td></tr>
<tr><td>{B2}</td><td>Removed</td><td>Copyright (notice)</td></tr>
<tr><td>{B3}</td><td>Removed</td><td>Copyright (notice)</td></tr>
<tr><td>{B4}</td><td>Not found</td><td>Folder link invalid or never existed</td></tr>
<tr><td>{B5}</td><td>Removed</td><td>Repeat infringer</td></tr>
</table>
<p>FileCrate Trust &amp; Safety &middot; this message was generated by our case system</p>
</body></html>
"""
case(
    name="filecrate-base64-html-table",
    date="Mon, 09 Sep 2024 06:00:31 +0000",
    **{"from": "no-reply@filecrate.io"}, name_from="FileCrate Trust & Safety",
    subject="Statement of action - KCSC-240905-02",
    raw_mime=(
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n"
        + b64(_b64html.encode("utf-8")) + "\n"),
    outcome="applied", classification="confirmation",
    imitates="case-system statement of action sent as base64 HTML",
    why="table with one decision per file: four removed, one not found",
    items={B1: "removed", B2: "removed", B3: "removed", B4: "not_found", B5: "removed"},
)

case(
    name="filecrate-statement-above-url",
    date="Sat, 07 Sep 2024 10:12:55 +0000",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    subject="Re: [KCSC-240905-02] Removal request - 5 URLs",
    reply_to_req=mid(B),
    body=f"""
Hello,

Removed under our repeat-infringer policy:
{B5}

No file exists under this link:
{B3}

The other links from your message are still being looked at.

FileCrate Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with the statement on the line above each URL",
    why="statement line then URL; the other links are explicitly still open",
    items={B5: "removed", B3: "not_found"},
)

case(
    name="hostvale-ticket-resolved",
    date="Tue, 10 Sep 2024 05:09:12 +0000",
    **{"from": "abuse@hostvale.net"}, name_from="Hostvale Abuse",
    subject="[HV-ABUSE #55120] Resolved - Re: [KCSC-240909-03] Removal request - 4 URLs",
    reply_to_req=mid(C),
    body=f"""
Ticket #55120 has been marked Resolved.

Update from our abuse team:
We suspended the hosting account behind sunnyday-shop.hostvale.net. Both
reported pages are offline as of 2024-09-10 14:05 KST:

  <{C1}>
  <{C2}>

To reply, keep [HV-ABUSE #55120] in the subject line.
Hostvale Abuse Desk - https://hostvale.net/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider ticket-system 'resolved' update (WHMCS-style)",
    why="account suspended, both URLs in angle brackets stated offline; the AUP link is not an item",
    items={C1: "removed", C2: "removed"},
)

case(
    name="hostvale-outlook-topposted",
    date="Wed, 11 Sep 2024 02:31:48 +0000",
    **{"from": "minjun.park@hostvale.net"}, name_from="Park Min-jun",
    subject="RE: [KCSC-240909-03] Removal request - 4 URLs",
    reply_to_req=mid(C),
    body=f"""
Hello,

We disabled {C3} today; the account has had several copyright complaints and is now suspended.

Regarding {C4}: the customer sent us a pharmacy licence and the page only sells over-the-counter products. We found no breach of our acceptable use policy and are not taking action on that page.

Kind regards,
Min-jun Park
Abuse Desk | Hostvale

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: abuse@hostvale.net
Subject: [KCSC-240909-03] Removal request - 4 URLs

{request_text(C, CS, "Dear Hostvale abuse team,")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the original request",
    why="one site disabled, one page refused with a reason; the quoted list is not a statement",
    items={C3: "removed", C4: "rejected"},
)

case(
    name="dalbit-korean-notice",
    date="Wed, 11 Sep 2024 10:20:00 +0900",
    **{"from": "admin@dalbit-community.co.kr"}, name_from="달빛커뮤니티 운영팀",
    subject="[달빛커뮤니티] 게시물 조치 결과 안내 (KCSC-240910-04)",
    reply_to_req=mid(D),
    body=f"""
안녕하세요, 달빛커뮤니티 운영팀입니다.

귀 위원회에서 요청하신 게시물에 대한 조치 결과를 아래와 같이 알려드립니다.

1) {D1} — 게시중단 처리
2) {D2RAW} — 블라인드 처리 완료
3) {D3} — 임시조치(30일)

나머지 1건은 확인 중이며 처리되는 대로 다시 연락드리겠습니다.

감사합니다.
달빛커뮤니티 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community site's 게시물 조치 결과 안내",
    why="게시중단 and 블라인드 are removals, 임시조치 a restriction; raw Korean path matches the encoded URL",
    items={D1: "removed", D2: "removed", D3: "restricted"},
)

case(
    name="dalbit-author-deleted",
    date="Wed, 11 Sep 2024 15:02:19 +0900",
    **{"from": "admin@dalbit-community.co.kr"}, name_from="달빛커뮤니티 관리자",
    subject="Re: [KCSC-240910-04] 게시물 삭제 요청",
    reply_to_req=mid(D),
    body=f"""
말씀하신 {D4}은 작성자가 9월 9일에 직접 삭제한 글이라 현재 존재하지 않습니다.

관리자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="one-line answer from a small Korean forum admin",
    why="already deleted by its author: not_found (URL followed directly by a Korean particle)",
    items={D4: "not_found"},
)

case(
    name="dalbit-plaintext-table",
    date="Thu, 12 Sep 2024 09:45:33 +0900",
    **{"from": "admin@dalbit-community.co.kr"}, name_from="달빛커뮤니티 운영팀",
    subject="Re: [KCSC-240910-04] 게시물 삭제 요청",
    reply_to_req=mid(D),
    body=f"""
안녕하세요. 요청 건(KCSC-240910-04) 처리 결과입니다.

번호  게시물 주소                                            조치결과
----  -----------------------------------------------------  ----------------
1     {D1}        삭제
2     {D2RAW}          삭제
3     {D3}        접근 제한(국내)
4     {D4}     해당 게시물 없음

문의사항은 회신 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text result table in a Korean admin's reply",
    why="text table: two deletions, one access restriction in Korea, one post that does not exist",
    items={D1: "removed", D2: "removed", D3: "restricted", D4: "not_found"},
)

case(
    name="dalbit-csv-attachment",
    date="Thu, 12 Sep 2024 17:10:05 +0900",
    **{"from": "admin@dalbit-community.co.kr"}, name_from="달빛커뮤니티 운영팀",
    subject="[달빛커뮤니티] 시정요구 조치결과 송부 (KCSC-240910-04)",
    reply_to_req=mid(D),
    raw_mime=mixed_with_csv(
        "dalbit-211-csv",
        """안녕하세요, 달빛커뮤니티 운영팀입니다.

시정요구 조치결과를 첨부 파일(CSV)로 송부합니다.
확인 부탁드립니다.""",
        f"""순번,URL,처리결과,처리일
1,{D1},삭제,2024-09-11
2,{D2},블라인드,2024-09-11
3,{D3},임시조치,2024-09-11
4,{D4},삭제,2024-09-12
""",
        "result_KCSC-240910-04.csv", bom=True),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 sent as a CSV attachment",
    why="CSV rows: 삭제/블라인드 removed, 임시조치 restricted",
    items={D1: "removed", D2: "removed", D3: "restricted", D4: "removed"},
)

case(
    name="namebay-clienthold",
    date="Thu, 12 Sep 2024 13:27:40 +0000",
    **{"from": "abuse@namebay.io"}, name_from="NameBay Abuse",
    subject="Re: [KCSC-240911-05] Removal request - 2 URLs",
    reply_to_req=mid(E),
    body=f"""
Hello,

Thank you for the report. We reviewed the domain lucky-odds-kr.example and
placed it on clientHold. The domain no longer resolves, so
{E1} is unreachable worldwide.

We are still reviewing the second domain in your report.

NameBay Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse desk placing a domain on clientHold",
    why="domain suspended, URL unreachable everywhere; the second domain is still under review",
    items={E1: "removed", E2: "pending"},
)

case(
    name="namebay-declines-content",
    date="Fri, 13 Sep 2024 08:55:02 +0000",
    **{"from": "abuse@namebay.io"}, name_from="NameBay Abuse",
    subject="Re: [KCSC-240911-05] Removal request - 2 URLs",
    reply_to_req=mid(E),
    body=f"""
Hello,

We have reviewed your complaint about {E2}.

NameBay is only the registrar of toto-night88.example; we do not host the
website. Your complaint concerns the content of the site rather than DNS
abuse (malware, botnets, phishing, pharming or spam), so under our
registrar abuse policy we will not suspend the domain. The hosting
provider can be found in the public WHOIS/RDAP record.

Our policy: https://namebay.io/legal/abuse-policy

NameBay Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar declining a content complaint as not DNS abuse",
    why="a refusal with its reason: the domain stays up (arguable, see NOTES.md)",
    items={E2: "rejected"},
)

case(
    name="namebay-echoed-report",
    date="Sat, 14 Sep 2024 02:00:14 +0000",
    **{"from": "cases@namebay.io"}, name_from="NameBay Case System",
    subject="Case NB-2024-118842 closed - action taken",
    body=f"""
Case: NB-2024-118842
Status: Closed - action taken

--- Your report ---
Reporter: KCSC Takedown
Reference: KCSC-240911-05
Type: Illegal content (gambling)
Reported URLs:
 {E1}
 {E2}
--- End of your report ---

Outcome:
{E1} - domain suspended (clientHold)
{E2} - domain suspended (clientHold)

Both domains no longer resolve. The registrant was informed and may
contact us at https://namebay.io/support.
""",
    outcome="applied", classification="confirmation",
    imitates="registrar case system echoing the report above its outcome",
    why="the outcome section names each URL as suspended; the echoed report is only context",
    items={E1: "removed", E2: "removed"},
)

case(
    name="edgeshield-geoblock-kr",
    date="Fri, 13 Sep 2024 07:40:00 +0000",
    **{"from": "trust-safety@edgeshield.com"}, name_from="EdgeShield Trust & Safety",
    subject="Re: [KCSC-240912-06] Removal request - 3 URLs",
    reply_to_req=mid(F),
    body=f"""
Hello KCSC team,

In response to your legal notice KCSC-240912-06 we have restricted access
from the Republic of Korea to the following URLs on our network:

{F1}
{F2}

Visitors from Korean IP addresses now receive an HTTP 451 page. Access
from other countries is unchanged, as the content is stored by a
third-party hosting provider.

We will answer separately about the third URL.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN geo-blocking URLs in one country after a legal notice",
    why="access restricted from Korea only: restricted",
    items={F1: "restricted", F2: "restricted"},
)

case(
    name="edgeshield-not-the-host",
    date="Mon, 16 Sep 2024 01:12:37 +0000",
    **{"from": "abuse@edgeshield.com"}, name_from="EdgeShield Abuse",
    subject="Re: [KCSC-240912-06] Removal request - 3 URLs",
    reply_to_req=mid(F),
    body=f"""
Hello,

EdgeShield provides reverse-proxy and CDN services for drug-direct-kr.example.
We do not host {F3} and cannot remove content that is stored by others.

We have forwarded your complaint to the hosting provider
(abuse@bluemarlin-hosting.example) and to the site owner. EdgeShield is
taking no further action on this URL.

More about how we handle abuse: https://edgeshield.com/trust/abuse

EdgeShield Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="Cloudflare-style 'we are not the host, forwarded to the host' reply",
    why="the platform explicitly takes no action, with its reason: rejected (arguable, see NOTES.md)",
    items={F3: "rejected"},
)

case(
    name="edgeshield-dsa-statement",
    date="Mon, 16 Sep 2024 09:00:00 +0000",
    **{"from": "no-reply@edgeshield.com"}, name_from="EdgeShield",
    subject="Statement of reasons ES-SOR-2024-0912-771",
    body=f"""
STATEMENT OF REASONS

Decision reference:   ES-SOR-2024-0912-771
Notice reference:     KCSC-240912-06
Content concerned:    {F1}
Decision:             Access disabled in one country
Territorial scope:    KR (Republic of Korea)
Ground:               Notice from a competent authority; content illegal
                      under the law of the Republic of Korea
Automated detection:  No
Automated decision:   No

The content remains accessible outside the territorial scope above.
Redress: https://edgeshield.com/trust/appeals

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (geographic restriction)",
    why="access disabled in Korea only: restricted",
    items={F1: "restricted"},
)

case(
    name="pastebox-one-liner-sole",
    date="Tue, 17 Sep 2024 22:14:09 +0000",
    **{"from": "tom@pastebox.dev"}, name_from="Tom Rieger",
    subject="Re: [KCSC-240916-07] Removal request - 1 URL",
    reply_to_req=mid(G),
    body=f"""
done, paste deleted and the account that posted it is banned.

Tom
(pastebox is a one-person project, sorry for the slow reply)

On Mon, 16 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text(G, [G1], "Dear PasteBox operator,"))}
""",
    outcome="applied", classification="confirmation",
    imitates="one-person service operator answering in one line",
    why="one-item request; 'paste deleted' is the only statement and names no URL: applies as the sole item",
    items={G1: "removed"},
)

# ================================================================ REVIEW
case(
    name="chan-promise-tonight",
    date="Tue, 03 Sep 2024 14:02:30 +0000",
    **{"from": "janitor.kr@chanboard.org"}, name_from="kr janitor",
    subject="Re: [KCSC-240903-01] Removal request - 13 URLs",
    reply_to_req=mid(A),
    body=f"""
got it, I'll take care of {A1} and {A2}
tonight when I'm on shift.
""",
    outcome="review", review="not_understood",
    imitates="informal promise from a board janitor",
    why="a promise to act is not a statement",
    items={A1: "pending", A2: "pending"},
)

case(
    name="chan-bulk-all-deleted",
    date="Fri, 06 Sep 2024 18:22:10 +0000",
    **{"from": "admin@chanboard.org"}, name_from="chanboard admin",
    subject="Re: [KCSC-240903-01] Removal request - 13 URLs",
    reply_to_req=mid(A),
    body="""
All 13 threads/files in your notice have been deleted and the posters banned.

-admin
""",
    outcome="review", review="bulk",
    imitates="admin's blanket 'all deleted' answer",
    why="one statement about the whole 13-item request without naming each item",
    items={u: "pending" for u in AS},
)

case(
    name="chan-asks-which-post",
    date="Wed, 04 Sep 2024 07:33:00 +0000",
    **{"from": "abuse@chanboard.org"}, name_from="Chanboard Abuse",
    subject="Re: [KCSC-240903-01] Removal request - 13 URLs",
    reply_to_req=mid(A),
    body=f"""
Hello,

Before we act on {A11}: that thread has more than 300 replies and most of
them are unrelated. Could you tell us which post numbers (>>nnnnn) you
consider unlawful? We do not delete whole threads for a few posts.

Chanboard abuse desk
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="abuse desk asking for the exact post numbers",
    why="the platform asks for more information before acting",
    items={A11: "pending"},
)

case(
    name="chan-volunteer-from-gmail",
    date="Thu, 05 Sep 2024 05:51:12 +0000",
    **{"from": "kr.janitor.yeon@gmail.com"}, name_from="yeon",
    subject="Re: [KCSC-240903-01] Removal request - 13 URLs",
    reply_to_req=mid(A),
    body=f"""
Hi, I'm one of the volunteer janitors on chanboard /kr/. Someone forwarded
your list to our Discord. I deleted {A11} and {A13}
from my mod account just now.

yeon
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer moderator answering from a personal webmail address",
    why="personal Gmail address, not a chanboard sender domain",
    items={A11: "pending", A13: "pending"},
)

case(
    name="filecrate-hedge-uploader",
    date="Fri, 06 Sep 2024 03:30:44 +0000",
    **{"from": "support@filecrate.io"}, name_from="FileCrate Support",
    subject="Re: [KCSC-240905-02] Removal request - 5 URLs",
    reply_to_req=mid(B),
    body=f"""
Hi there,

It looks like {B1} and {B2} may have been removed by the
uploader already - our dashboard shows them as inactive, but I can't
confirm this from support. I have passed your message to our legal team,
who will reply officially.

Cheers,
Sam @ FileCrate Support
""",
    outcome="review", review="not_understood",
    imitates="first-line support agent guessing before handing over to legal",
    why="'looks like ... may have been' is a hedge; passed on to legal",
    items={B1: "pending", B2: "pending"},
)

case(
    name="hostvale-deadline-conditional",
    date="Mon, 09 Sep 2024 08:10:00 +0000",
    **{"from": "abuse@hostvale.net"}, name_from="Hostvale Abuse",
    subject="[HV-ABUSE #55120] Customer notified - Re: [KCSC-240909-03] Removal request",
    reply_to_req=mid(C),
    body=f"""
Hello,

We have forwarded your report to our customer and given them 48 hours to
respond. If the page {C4} is not removed by then, we will suspend the
hosting account.

Ticket #55120 stays open until then.

Hostvale Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="hosting abuse desk's 'customer notified, 48 hours' update",
    why="a condition and a promise, nothing has happened yet",
    items={C4: "pending"},
)

case(
    name="hostvale-dkim-fail",
    date="Tue, 10 Sep 2024 04:44:21 +0000",
    **{"from": "abuse@hostvale.net"}, name_from="Hostvale Abuse",
    auth="fail",
    subject="Re: [KCSC-240909-03] Removal request - 4 URLs",
    reply_to_req=mid(C),
    body=f"""
Hello,

The following pages were removed from our servers:

{C1}
{C2}

Hostvale Abuse Desk
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk reply whose DKIM/SPF/DMARC checks failed",
    why="claims from hostvale.net but authentication failed",
    items={C1: "pending", C2: "pending"},
)

case(
    name="hostvale-forwarded-customer",
    date="Wed, 11 Sep 2024 06:05:50 +0000",
    **{"from": "abuse@hostvale.net"}, name_from="Hostvale Abuse",
    subject="Fwd: Re: abuse notice for sunnyday-shop",
    reply_to_req=mid(C),
    body=f"""
Hello, please see our customer's reply below.

Hostvale Abuse Desk

---------- Forwarded message ---------
From: Sunnyday Shop <owner@sunnyday-shop.example>
Date: Wed, Sep 11, 2024 at 2:40 PM
Subject: Re: abuse notice for sunnyday-shop
To: <abuse@hostvale.net>

Hi, I deleted the page {C2} this morning. The index page
{C1} only links to our own products, please check again.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="host forwarding its customer's answer without stating anything itself",
    why="the statements are the customer's, forwarded by the host",
    items={C1: "pending", C2: "pending"},
)

case(
    name="edgeshield-wrong-platform",
    date="Fri, 13 Sep 2024 11:20:00 +0000",
    **{"from": "trust-safety@edgeshield.com"}, name_from="EdgeShield Trust & Safety",
    subject="Re: [KCSC-240912-06] Removal request - 3 URLs",
    reply_to_req=mid(F),
    body=f"""
Hello,

You copied us on a notice about a site on Hostvale that is also served
through our network. For your information, we have blocked
{C1} on our network for all visitors.

EdgeShield Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN stating an action on a URL that belongs to another provider's request",
    why="EdgeShield states a status for a Hostvale item",
    items={C1: "pending"},
)

case(
    name="dalbit-bulk-korean",
    date="Wed, 11 Sep 2024 18:30:00 +0900",
    **{"from": "admin@dalbit-community.co.kr"}, name_from="달빛커뮤니티 운영팀",
    subject="Re: [KCSC-240910-04] 게시물 삭제 요청",
    reply_to_req=mid(D),
    body="""
안녕하세요.
요청하신 KCSC-240910-04 건의 게시물 4건 모두 삭제 조치 완료하였습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean admin's blanket '4건 모두 삭제' answer",
    why="all four posts of a four-item request, none named",
    items={u: "pending" for u in DS},
)

case(
    name="dalbit-review-promise",
    date="Tue, 10 Sep 2024 16:48:12 +0900",
    **{"from": "admin@dalbit-community.co.kr"}, name_from="달빛커뮤니티 운영팀",
    subject="Re: [KCSC-240910-04] 게시물 삭제 요청",
    reply_to_req=mid(D),
    body=f"""
안녕하세요, 달빛커뮤니티 운영팀입니다.

신고해 주신 게시물({D3})은 내부 검토 후 조치할 예정입니다.
결과는 추후 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean admin's '검토 후 조치 예정' holding answer",
    why="a promise after review, no action yet",
    items={D3: "pending"},
)

case(
    name="namebay-abuse-address-change",
    date="Mon, 16 Sep 2024 00:00:05 +0000",
    **{"from": "notices@namebay.io"}, name_from="NameBay",
    subject="NameBay abuse desk: new contact address from 1 October",
    body="""
Dear partner,

From 1 October 2024 abuse reports to NameBay should be sent to
report@abuse.namebay.io or submitted through https://namebay.io/abuse.
The old address will keep working until the end of the year.

Reports about DNS abuse are answered within two business days.

NameBay Compliance
""",
    outcome="review", review="no_claims",
    imitates="registrar's circular about a new abuse address",
    why="trusted NameBay mail that names no item and no request",
    items={},
)

# ================================================================ IGNORED
case(
    name="hostvale-ticket-receipt",
    date="Mon, 09 Sep 2024 01:00:41 +0000",
    **{"from": "abuse@hostvale.net"}, name_from="Hostvale Abuse",
    subject="[HV-ABUSE #55120] Ticket opened - Re: [KCSC-240909-03] Removal request - 4 URLs",
    reply_to_req=mid(C),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automatic confirmation that we have received your message.

Ticket ID: #55120
Department: Abuse
Priority: Medium
Status: Open

A member of our abuse team will review it. Please keep [HV-ABUSE #55120]
in the subject of any reply.

Hostvale Support System
""",
    outcome="ignored", classification="acknowledgement",
    imitates="hosting ticket-system 'ticket opened' receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="chan-report-queued",
    date="Tue, 03 Sep 2024 01:05:00 +0000",
    **{"from": "reports@chanboard.org"}, name_from="Chanboard Reports",
    subject="Re: [KCSC-240903-01] Removal request - 13 URLs",
    reply_to_req=mid(A),
    body=f"""
Your report has been received and queued for the moderation team
(report #8812). You will not get another automatic message.

{quoted(request_text(A, AS[:4], "Dear Chanboard abuse team,"))}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="board's 'report queued' receipt quoting the start of the request",
    why="receipt only; the quoted URLs carry no statement",
    items={},
)

case(
    name="filecrate-out-of-office",
    date="Thu, 05 Sep 2024 02:01:10 +0000",
    **{"from": "jana.novakova@filecrate.io"}, name_from="Jana Nováková",
    subject="Automatic reply: [KCSC-240905-02] Removal request - 5 URLs",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 6 September with limited access to email.
For urgent copyright or abuse matters please write to abuse@filecrate.io.

Jana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="dalbit-ooo-korean",
    date="Tue, 10 Sep 2024 09:31:02 +0900",
    **{"from": "admin@dalbit-community.co.kr"}, name_from="달빛커뮤니티 관리자",
    subject="[자동응답] Re: [KCSC-240910-04] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
[자동응답] 안녕하세요. 9월 10일부터 9월 13일까지 휴가로 부재중입니다.
급한 용무는 운영팀 게시판(https://dalbit-community.co.kr/help)에 남겨 주시면
복귀 후 확인하겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean webmail 부재중 auto-reply",
    why="out-of-office auto-reply; the help-board link is not an item",
    items={},
)

case(
    name="edgeshield-use-the-form",
    date="Thu, 12 Sep 2024 01:00:09 +0000",
    **{"from": "abuse@edgeshield.com"}, name_from="EdgeShield Abuse",
    subject="Automated response: [KCSC-240912-06] Removal request - 3 URLs",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated response.

EdgeShield generally cannot process abuse complaints sent by email. Please
submit your report through https://edgeshield.com/abuse so that it reaches
the right team and the website's hosting provider.

This mailbox is not monitored.
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN automatic 'please use the web form' response to emailed complaints",
    why="automatic reply, no item named (arguable, see NOTES.md)",
    items={},
)

_dsn_orig = request_text(G, [G1], "Dear PasteBox operator,")
case(
    name="pastebox-dsn-mailbox-full",
    date="Mon, 16 Sep 2024 01:00:52 +0000",
    **{"from": "MAILER-DAEMON@mail.pastebox.dev"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-211-pb"

--dsn-211-pb
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mail.pastebox.dev.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse@pastebox.dev>: mailbox is full (quota exceeded)

--dsn-211-pb
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mail.pastebox.dev
Arrival-Date: Mon, 16 Sep 2024 01:00:48 +0000

Final-Recipient: rfc822; abuse@pastebox.dev
Original-Recipient: rfc822;abuse@pastebox.dev
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; mailbox is full (quota exceeded)

--dsn-211-pb
Content-Type: message/rfc822
Content-Description: Undelivered Message

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@pastebox.dev
Subject: [KCSC-240916-07] Removal request - 1 URL
Message-ID: <{mid(G)}@kcsc.example>
Date: Mon, 16 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8

{_dsn_orig}

--dsn-211-pb--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN, recipient mailbox full, original request attached",
    why="delivery failure report; the URL is only in our own returned request",
    items={},
)

case(
    name="dalbit-mdn-read",
    date="Tue, 10 Sep 2024 14:22:37 +0900",
    **{"from": "admin@dalbit-community.co.kr"}, name_from="달빛커뮤니티 관리자",
    subject="읽음 확인: [KCSC-240910-04] 게시물 삭제 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-211-db"

--mdn-211-db
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

2024-09-10 09:30에 보낸 메일 '[KCSC-240910-04] 게시물 삭제 요청'을
2024-09-10 14:22에 읽었습니다.

--mdn-211-db
Content-Type: message/disposition-notification

Reporting-UA: mail.dalbit-community.co.kr; Webmail 5.1
Original-Recipient: rfc822;admin@dalbit-community.co.kr
Final-Recipient: rfc822;admin@dalbit-community.co.kr
Original-Message-ID: <{mid(D)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-211-db--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="read receipt only",
    items={},
)

HEADER = """# Blind set 211 (hosts, CDNs, registrars, forums, image boards, file hosts,
# small services; CSV attachments and plain-text tables). Generated by make.py;
# expected results written from each email's meaning before any run."""

def encode_headers(cases):
    """Non-ASCII display names and subjects go out RFC 2047-encoded, as real
    mailers send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode(maxlinelen=998)
        if "name_from" not in c:
            continue
        if c["name_from"].isascii() and any(ch in c["name_from"] for ch in "&,.@"):
            c["name_from"] = '"%s"' % c["name_from"]


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind211", HEADER, CASES)
    print("%d cases" % len(CASES))
