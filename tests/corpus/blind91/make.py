#!/usr/bin/env python3
"""Blind set 91: hosting providers, a CDN, a Korean forum, an image board and
a small file host answering informally, plus spreadsheets (CSV attachments).

    python3 tests/corpus/blind91/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: fixed
boundaries, fixed dates, no randomness. Every expected result below was
written from the email's meaning alone, before the reader was ever run on it.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind91"


def pct(url):
    """Percent-encode the non-ASCII path of a URL (as stored in requests.csv)."""
    return quote(url, safe=":/?&=%~#+,;@!$'()*[]")


# --- requests -------------------------------------------------------------
# R1 (largest): Nimbus Hosting, 12 URLs on customers' sites.
U1 = "https://luckyseven-bet.example/"
U2 = "https://luckyseven-bet.example/join?ref=kr01"
U3 = "https://kr-toto-zone.example/event/2024/09"
U4 = "https://kr-toto-zone.example/bbs/view.php?id=free&no=2231"
U5 = "http://cheap-meds-korea.example/product/177"
U6 = "http://cheap-meds-korea.example/product/178"
U7 = "https://files.sunrise-blog.example/uploads/2024/08/leak_0825.zip"
U8 = "https://sunrise-blog.example/2024/08/26/untitled-4/"
U9 = "https://pandora-stream.example/watch/ep-1121"
U10 = "https://pandora-stream.example/watch/ep-1122"
U11 = "http://198.51.100.77/~mirror/list.html"
U12_RAW = "https://wiki-dump.example/정보/명단"
U12 = pct(U12_RAW)
R1 = [U1, U2, U3, U4, U5, U6, U7, U8, U9, U10, U11, U12]

# R2: 달빛커뮤니티 (Korean forum), 5 posts.
D1 = "https://dalbit-community.example/board/free/88123"
D2 = "https://dalbit-community.example/board/free/88130"
D3 = "https://dalbit-community.example/board/humor/40211"
D4 = "https://dalbit-community.example/board/stock/9917?page=2"
D5_RAW = "https://dalbit-community.example/gallery/사진/5521"
D5 = pct(D5_RAW)
R2 = [D1, D2, D3, D4, D5]

# R3: pixchan (image board), 4 items.
P1 = "https://pixchan.example/b/res/774120.html"
P2 = "https://pixchan.example/kr/res/30551.html"
P3 = "https://pixchan.example/kr/res/30602.html"
P4 = "https://img.pixchan.example/src/1725000123456.jpg"
R3 = [P1, P2, P3, P4]

# R4: ArcEdge (CDN), 3 URLs on sites behind it.
A1 = "https://hanbit-torrent.example/detail/55012"
A2 = "https://hanbit-torrent.example/detail/55013"
A3 = "https://mirror.webtoon-free.example/view/9921/ep35"
R4 = [A1, A2, A3]

# R5: Filebox (small file host), 5 links.
F1 = "https://filebox.example/f/Qm7Xa2"
F2 = "https://filebox.example/f/Lp09Zt"
F3 = "https://filebox.example/f/Rr44Kd"
F4 = "https://filebox.example/f/Vn3Hw8"
F5 = "https://filebox.example/d/share/8812-aa"
R5 = [F1, F2, F3, F4, F5]

# R6: Nimbus Hosting, one article.
N1 = "https://minjung-news.example/article/2024/0911/opinion-77"
R6 = [N1]

# R7: 달빛커뮤니티, 2 posts.
G1 = "https://dalbit-community.example/board/politics/12090"
G2 = "https://dalbit-community.example/board/politics/12094"
R7 = [G1, G2]

REQUESTS = [
    ("KCSC-240903-01", "nimbushost", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00",
     R1, "illegal-gambling", "hosted sites: gambling, drugs, leak, streaming"),
    ("KCSC-240905-02", "dalbit", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00",
     R2, "defamation", "forum posts"),
    ("KCSC-240906-03", "pixchan", "2024-09-06T11:00:00+09:00", "2024-09-13T23:59:59+09:00",
     R3, "obscenity", "image board threads and one image"),
    ("KCSC-240909-04", "arcedge", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00",
     R4, "copyright", "sites behind the CDN"),
    ("KCSC-240910-05", "filebox", "2024-09-10T15:10:00+09:00", "2024-09-17T23:59:59+09:00",
     R5, "privacy", "shared files"),
    ("KCSC-240911-06", "nimbushost", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00",
     R6, "defamation", "one article on a hosted news site"),
    ("KCSC-240912-07", "dalbit", "2024-09-12T16:20:00+09:00", "2024-09-19T23:59:59+09:00",
     R7, "election-law", "two forum posts"),
]
REQ = {r[0]: r for r in REQUESTS}


def req_id(ref):
    return "req-" + ref[len("KCSC-"):].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_id(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# --- helpers ----------------------------------------------------------------
NAMES = {
    "nimbushost.example": "Nimbus Hosting Abuse Desk",
    "dalbit-community.example": "달빛커뮤니티 운영자",
    "pixchan.example": "pixchan admin",
    "arcedge.example": "ArcEdge Trust & Safety",
    "filebox.example": "Filebox Support",
}


def hdr(s):
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def request_text(ref, lang="en"):
    urls = REQ[ref][4]
    if lang == "ko":
        lines = ["안녕하십니까, 방송통신심의위원회입니다.", "",
                 f"아래 정보에 대하여 삭제 또는 접속차단 조치를 요청드립니다. (요청번호 {ref})", ""]
    else:
        lines = ["Dear Sir or Madam,", "",
                 f"The Korea Communications Standards Commission requests that you remove or",
                 f"disable access to the following content (our reference {ref}):", ""]
    lines += urls
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Team"]
    return lines


def gt(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def multipart_csv(text, csv_text, filename, boundary, csv_b64=False, bom=False, crlf=False,
                  text_cte="8bit"):
    data = csv_text
    if crlf:
        data = data.replace("\n", "\r\n")
    raw = data.encode("utf-8")
    if bom:
        raw = b"\xef\xbb\xbf" + raw
    fn = filename
    try:
        filename.encode("ascii")
        disp = f'attachment; filename="{filename}"'
        ctn = f'name="{filename}"'
    except UnicodeEncodeError:
        enc = quote(filename.encode("utf-8"), safe="")
        disp = f"attachment; filename*=UTF-8''{enc}"
        ctn = f'name="{Header(fn, "utf-8").encode()}"'
    if csv_b64:
        cpart = f"Content-Type: text/csv; charset=utf-8; {ctn}\nContent-Transfer-Encoding: base64\n" \
                f"Content-Disposition: {disp}\n\n{b64(raw)}"
    else:
        cpart = f"Content-Type: text/csv; charset=utf-8; {ctn}\nContent-Transfer-Encoding: 8bit\n" \
                f"Content-Disposition: {disp}\n\n{csv_text}"
    if text_cte == "base64":
        tpart = f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" \
                f"{b64(text.encode('utf-8'))}"
    else:
        tpart = f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{text}"
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"This is a multi-part message in MIME format.\n\n"
            f"--{boundary}\n{tpart}\n\n--{boundary}\n{cpart}\n--{boundary}--\n")


CASES = []


def case(**kw):
    dom = kw["from"].split("@", 1)[1]
    base = dom
    for d in NAMES:
        if dom == d or dom.endswith("." + d):
            base = d
    if "name_from" not in kw and base in NAMES:
        kw["name_from"] = NAMES[base]
    kw["name_from"] = hdr(kw.get("name_from", dom))
    kw["subject"] = hdr(kw["subject"])
    CASES.append(kw)


# =============================================================================
# APPLIED
# =============================================================================

case(
    name="nimbus-abuse-desk-list-mixed",
    **{"from": "abuse@nimbushost.example"},
    date="Fri, 13 Sep 2024 09:12:40 +0200",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content [NH-ABU-58812]",
    reply_to_req=req_id("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse-desk reply listing each reported URL with its current state",
    why="one line per URL, each an unhedged state: account suspended/offline and deleted are removed, "
        "'does not exist' is not_found; the rest explicitly not yet answered",
    items={U1: "removed", U2: "removed", U3: "removed", U5: "removed", U6: "not_found"},
    body=f"""Hello,

Thank you for your report (our reference NH-ABU-58812, yours KCSC-240903-01).
We passed it on to the customers concerned and checked every URL again this
morning. Current state:

- {U1} : hosting account suspended, the site no longer loads
- {U2} : same account, offline
- {U3} : page deleted by the customer
- {U5} : removed
- {U6} : this URL does not exist on the customer's shop (their product ids stop at 177)

The other URLs in your list belong to customers who have not answered us yet.
We will write again once we hear from them.

Kind regards,
Marta Lindqvist
Abuse Desk | Nimbus Hosting
""",
)

NIMBUS_CSV = f"""url,customer_id,action,action_date,comment
{U1},C-10442,account suspended,2024-09-13,
{U2},C-10442,account suspended,2024-09-13,
{U3},C-20917,removed,2024-09-12,deleted by customer
{U4},C-20917,removed,2024-09-12,deleted by customer
{U5},C-31008,removed,2024-09-14,
{U6},C-31008,not found,2024-09-14,404 on origin - no such page
{U7},C-08813,removed,2024-09-13,file deleted from webspace
{U8},C-08813,no action,2024-09-13,"no violation found, post is a news summary"
{U9},C-44120,geo-blocked (KR),2024-09-15,customer blocks visitors from Korea
{U10},C-44120,geo-blocked (KR),2024-09-15,customer blocks visitors from Korea
{U11},C-50071,disabled,2024-09-12,server null-routed
{U12},C-61290,removed,2024-09-16,
"""

case(
    name="nimbus-csv-attachment-all-urls",
    **{"from": "abuse@nimbushost.example"},
    date="Mon, 16 Sep 2024 17:45:02 +0200",
    subject="[NH-ABU-58812] Status export for KCSC-240903-01",
    reply_to_req=req_id("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="abuse-ticket system export attached as a CSV spreadsheet, one row per reported URL",
    why="CSV rows state each URL's action: suspended/removed/disabled -> removed, 'not found' -> not_found, "
        "'no action, no violation found' -> rejected, 'geo-blocked (KR)' -> restricted",
    items={U1: "removed", U2: "removed", U3: "removed", U4: "removed", U5: "removed",
           U6: "not_found", U7: "removed", U8: "rejected", U9: "restricted", U10: "restricted",
           U11: "removed", U12: "removed"},
    raw_mime=multipart_csv(
        "Hello,\n\nattached is the export from our abuse system with the action taken for every URL\n"
        "in your request KCSC-240903-01.\n\nRegards,\nMarta Lindqvist\nAbuse Desk | Nimbus Hosting\n",
        NIMBUS_CSV, "NH-ABU-58812_status.csv", "=_nh58812_mix_01"),
)

case(
    name="nimbus-one-liner-single-item",
    **{"from": "jonas.brandt@nimbushost.example"},
    name_from="Jonas Brandt",
    date="Thu, 12 Sep 2024 08:03:19 +0200",
    subject="Re: [KCSC-240911-06] Request for removal of unlawful content",
    reply_to_req=req_id("KCSC-240911-06"),
    outcome="applied", classification="confirmation",
    imitates="one-line reply from an abuse-desk employee above the quoted request",
    why="the request has one item; 'customer took the article down' is an unhedged statement about it "
        "(its URL only appears in the quoted request)",
    items={N1: "removed"},
    body=f"""Done - customer took the article down this morning.

Jonas
--
Nimbus Hosting Abuse Desk

On Wed, 11 Sep 2024 at 03:00, KCSC Takedown <takedown@kcsc.example> wrote:
{gt(request_text("KCSC-240911-06"))}
""",
)

case(
    name="dalbit-admin-korean-particles",
    **{"from": "admin@dalbit-community.example"},
    date="Fri, 13 Sep 2024 10:21:07 +0900",
    subject="Re: [KCSC-240912-07] 게시물 삭제 요청",
    reply_to_req=req_id("KCSC-240912-07"),
    outcome="applied", classification="confirmation",
    imitates="small Korean forum operator answering in two sentences, URL followed by a Korean particle",
    why="12090 '삭제했습니다' is removed; 12094 '작성자가 직접 지운 글이라 이미 없는 상태' is not_found",
    items={G1: "removed", G2: "not_found"},
    body=f"""안녕하세요, 달빛커뮤니티 운영자입니다.

{G1} 게시물은 오늘 오전에 삭제했습니다.
{G2}는 확인해 보니 작성자가 9월 12일 밤에 직접 지운 글이라 이미 없는 상태입니다.

감사합니다.
운영자 드림
""",
)

case(
    name="dalbit-html-table-korean",
    **{"from": "admin@dalbit-community.example"},
    date="Fri, 13 Sep 2024 15:40:55 +0900",
    subject="[달빛커뮤니티] KCSC-240905-02 조치 결과 안내",
    reply_to_req=req_id("KCSC-240905-02"),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table sent as HTML by a forum operator",
    why="table rows: 게시중단 and 블라인드 -> removed, 임시조치 -> restricted, 해당 게시물 없음 -> not_found, "
        "위반 사항 없음 / 조치하지 않음 -> rejected",
    items={D1: "removed", D2: "removed", D3: "restricted", D4: "not_found", D5: "rejected"},
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>요청하신 건(KCSC-240905-02)에 대한 조치 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>번호</th><th>게시물 주소</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{D1}</td><td>게시중단</td><td>9/13 처리</td></tr>
<tr><td>2</td><td>{D2}</td><td>블라인드 처리</td><td>9/13 처리</td></tr>
<tr><td>3</td><td>{D3}</td><td>임시조치 (30일)</td><td>권리침해 주장 게시물</td></tr>
<tr><td>4</td><td>{D4}</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>5</td><td>{D5_RAW}</td><td>조치하지 않음</td><td>위반 사항 없음 (풍경 사진)</td></tr>
</table>
<p>문의: 달빛커뮤니티 운영팀</p>
</body></html>
""",
)

case(
    name="pixchan-admin-terse-groups",
    **{"from": "kestrel@pixchan.example"},
    name_from="kestrel",
    date="Sat, 7 Sep 2024 02:14:51 +0000",
    subject="Re: KCSC-240906-03",
    reply_to_req=req_id("KCSC-240906-03"),
    outcome="applied", classification="confirmation",
    imitates="image-board moderator grouping URLs under one-line headings, informal lowercase",
    why="each heading states the fate of the URLs under it: deleted -> removed, already gone (OP deleted) "
        "-> not_found, 'not removing this one ... breaks no rule' -> rejected",
    items={P1: "removed", P4: "removed", P2: "not_found", P3: "rejected"},
    body=f"""deleted:
  {P1}
  {P4}

already gone when i looked, OP deleted it himself:
  {P2}

not removing this one. its a translation thread and breaks none of our rules:
  {P3}

- kestrel (global mod)
""",
)

case(
    name="arcedge-geo-block-kr",
    **{"from": "abuse@arcedge.example"},
    date="Wed, 11 Sep 2024 21:05:33 +0000",
    subject="[AE-2024-0917-3310] Your notice KCSC-240909-04",
    reply_to_req=req_id("KCSC-240909-04"),
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety reply restricting access from one country to URLs it proxies",
    why="two URLs restricted from Korea (restricted); the third is explicitly still with the team (pending)",
    items={A1: "restricted", A2: "restricted", A3: "pending"},
    body=f"""Hello KCSC team,

Regarding your notice KCSC-240909-04 (our case AE-2024-0917-3310):

ArcEdge does not host the websites concerned. After reviewing the notice
against applicable law, we have restricted access from the Republic of Korea
to the following URLs served through our network:

{A1}
{A2}

Visitors outside Korea are not affected by this measure.

The third URL in your notice ({A3}) is still with our team; we will update
you once a decision has been made.

ArcEdge Trust & Safety
""",
)

FILEBOX_CSV = f"""Link;Status;Handled;Remarks
{F1};deleted;13.09.2024;
{F2};deleted;13.09.2024;uploader banned
{F3};not found;13.09.2024;link expired 08.09.2024 (before your notice)
{F4};blocked (KR);13.09.2024;not reachable from Korean IPs
{F5};kept online;13.09.2024;share holds only public domain scans, no violation
"""

case(
    name="filebox-csv-semicolon-bom",
    **{"from": "support@filebox.example"},
    date="Fri, 13 Sep 2024 18:31:09 +0200",
    subject="Re: [KCSC-240910-05] Takedown request",
    reply_to_req=req_id("KCSC-240910-05"),
    outcome="applied", classification="confirmation",
    imitates="spreadsheet exported from a European Excel (semicolons, BOM, CRLF) attached to a two-line reply",
    why="CSV rows: deleted -> removed, not found -> not_found, blocked (KR) -> restricted, "
        "kept online / no violation -> rejected",
    items={F1: "removed", F2: "removed", F3: "not_found", F4: "restricted", F5: "rejected"},
    raw_mime=multipart_csv(
        "Hi,\n\nreport attached.\n\n-- \nFilebox support\n",
        FILEBOX_CSV, "takedown_KCSC-240910-05.csv", "----=_Part_7731_1726244669",
        csv_b64=True, bom=True, crlf=True),
)

case(
    name="filebox-status-below-url",
    **{"from": "support@filebox.example"},
    date="Thu, 12 Sep 2024 11:02:44 +0200",
    subject="Re: [KCSC-240910-05] Takedown request",
    reply_to_req=req_id("KCSC-240910-05"),
    outcome="applied", classification="confirmation",
    imitates="small file host support answering with a bare URL and a 'Status:' line below it",
    why="Qm7Xa2 deleted -> removed; Lp09Zt 'file not found (no such file id)' -> not_found; the others "
        "are said to be still under check and not named",
    items={F1: "removed", F2: "not_found"},
    body=f"""Hello,

we went through your list. Results so far:

{F1}
Status: deleted, uploader account closed

{F2}
Status: file not found (no such file id)

The other three links are still being checked.

Filebox Support
""",
)

case(
    name="nimbus-top-posted-over-quote",
    **{"from": "ravi.menon@nimbushost.example"},
    name_from="Ravi Menon",
    date="Sat, 14 Sep 2024 13:27:10 +0200",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req=req_id("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="employee's top-posted reply above the '>'-quoted request (Gmail style)",
    why="the two pandora-stream URLs above the quote are 'gone now', deleted by the customer; URLs only in "
        "the quoted request stay pending",
    items={U9: "removed", U10: "removed", U1: "pending", U12: "pending"},
    body=f"""Hi,

both pandora-stream pages are gone now:
{U9}
{U10}
The customer deleted the episodes and the player answers 410 Gone.

Best,
Ravi

On Tue, 3 Sep 2024 at 03:30, KCSC Takedown <takedown@kcsc.example> wrote:
{gt(request_text("KCSC-240903-01"))}
""",
)

OUTLOOK_QUOTE = "\n".join(request_text("KCSC-240903-01"))
case(
    name="nimbus-outlook-original-message",
    **{"from": "marta.lindqvist@nimbushost.example"},
    name_from="Marta Lindqvist",
    date="Fri, 13 Sep 2024 16:02:38 +0200",
    subject="RE: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req=req_id("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below '-----Original Message-----' (not '>'-quoted)",
    why="the archive was deleted and the blog post set to private (no longer public): both removed; the "
        "request text below the Outlook separator asks to remove every URL and is not a statement",
    items={U7: "removed", U8: "removed", U3: "pending", U9: "pending"},
    body=f"""Dear Sir or Madam,

The customer has deleted the archive {U7} from their web space, and the blog post
{U8} has been set to private, so it is no longer visible to the public.

Regards,
Marta Lindqvist
Abuse Desk

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 3:30 AM
To: abuse@nimbushost.example
Subject: [KCSC-240903-01] Request for removal of unlawful content

{OUTLOOK_QUOTE}
""",
)

QP_TEXT = f"""Hello,

Update on KCSC-240903-01:

{U11} – the server behind this IP was null-routed on 12 September; nothing is reachable at this address any more.

{U12_RAW} – the customer has disabled the page; it now returns 403 to every visitor.

The remaining URLs are handled in separate tickets.

Nimbus Hosting Abuse Desk
"""
case(
    name="nimbus-qp-ip-and-korean-path",
    **{"from": "abuse@nimbushost.example"},
    date="Thu, 12 Sep 2024 19:44:21 +0200",
    subject="[NH-ABU-58812] Update",
    reply_to_req=req_id("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="quoted-printable abuse-desk update with a bare-IP URL and a raw Korean path",
    why="null-routed server, nothing reachable -> removed; page disabled for every visitor -> removed; "
        "the raw Korean path matches its percent-encoded request URL",
    items={U11: "removed", U12: "removed"},
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
             + qp(QP_TEXT),
)

B64_KO = f"""담당자님 안녕하세요.

KCSC-240905-02 건 처리 결과입니다.

- {D1} : 게시중단 처리
- {D2} : 게시중단 처리
- {D3} : 임시조치(30일)

나머지 두 건은 내부 검토 중이며 결과가 나오는 대로 회신드리겠습니다.

달빛커뮤니티 운영팀
"""
case(
    name="dalbit-base64-korean",
    **{"from": "admin@dalbit-community.example"},
    date="Mon, 9 Sep 2024 11:15:00 +0900",
    subject="Re: [KCSC-240905-02] 게시물 삭제 요청",
    reply_to_req=req_id("KCSC-240905-02"),
    outcome="applied", classification="confirmation",
    imitates="Korean webmail reply with a base64 body, bullet list URL : 조치",
    why="게시중단 -> removed (two posts), 임시조치 -> restricted; the two others are under internal review and "
        "not named",
    items={D1: "removed", D2: "removed", D3: "restricted"},
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
             + b64(B64_KO.encode("utf-8")),
)

case(
    name="pixchan-angle-brackets",
    **{"from": "admin@pixchan.example"},
    date="Sun, 8 Sep 2024 06:40:12 +0000",
    subject="Re: [KCSC-240906-03] Request for removal",
    reply_to_req=req_id("KCSC-240906-03"),
    outcome="applied", classification="confirmation",
    imitates="image-board admin reply with URLs in angle brackets",
    why="thread deleted and image purged: both removed",
    items={P1: "removed", P4: "removed"},
    body=f"""Hi,

<{P1}> deleted, thread and all replies.
<{P4}> purged from storage and from the cache.

Poster is banned. We don't keep logs longer than 7 days so there is nothing
else we can give you.

-- pixchan admin
""",
)

case(
    name="arcedge-wrapped-url-purged",
    **{"from": "abuse@arcedge.example"},
    date="Tue, 17 Sep 2024 08:55:47 +0000",
    subject="[AE-2024-0917-3310] Update on your notice KCSC-240909-04",
    reply_to_req=req_id("KCSC-240909-04"),
    outcome="applied", classification="confirmation",
    imitates="CDN follow-up: operator deleted the content at origin, CDN purged its cache; URL wrapped inside <>",
    why="content deleted at origin and purged, URL returns 404 -> removed (the URL is wrapped across two lines "
        "inside angle brackets)",
    items={A3: "removed"},
    body=f"""Hello,

Following up on case AE-2024-0917-3310 (KCSC-240909-04).

The site operator has confirmed to us that the content at
<https://mirror.webtoon-free.example/view/
9921/ep35> was deleted from their origin server, and we have purged
the cached copy from our edge. The URL now returns 404.

Regards,
ArcEdge Trust & Safety
""",
)

case(
    name="filebox-gmail-quoted",
    **{"from": "dana@filebox.example"},
    name_from="Dana Okafor",
    date="Sat, 14 Sep 2024 20:12:05 +0200",
    subject="Re: [KCSC-240910-05] Takedown request",
    reply_to_req=req_id("KCSC-240910-05"),
    outcome="applied", classification="confirmation",
    imitates="staff member's short Gmail reply above the '>'-quoted request",
    why="Rr44Kd and Vn3Hw8 'are deleted now', URLs listed right below; the quoted request's other URLs stay pending",
    items={F3: "removed", F4: "removed", F1: "pending"},
    body=f"""Rr44Kd and Vn3Hw8 are deleted now, sorry it took a few days.

{F3}
{F4}

Dana

On Tue, Sep 10, 2024 at 8:10 AM KCSC Takedown <takedown@kcsc.example> wrote:
{gt(request_text("KCSC-240910-05"))}
""",
)

case(
    name="dalbit-numbered-arrow-below",
    **{"from": "admin@dalbit-community.example"},
    date="Tue, 17 Sep 2024 09:30:00 +0900",
    subject="Re: [KCSC-240905-02] 추가 조치 내역",
    reply_to_req=req_id("KCSC-240905-02"),
    outcome="applied", classification="confirmation",
    imitates="Korean operator's numbered list, status on the line below each URL after an arrow",
    why="블라인드 처리 완료 and 운영자 삭제 are both removed; the gallery URL is written with a raw Korean path",
    items={D4: "removed", D5: "removed"},
    body=f"""KCSC-240905-02 관련 추가 조치 내역입니다.

1. {D4}
   → 블라인드 처리 완료
2. {D5_RAW}
   → 운영자 삭제

이상입니다.
달빛커뮤니티 운영자
""",
)

case(
    name="nimbus-url-below-statement",
    **{"from": "abuse@nimbushost.example"},
    date="Wed, 11 Sep 2024 14:18:33 +0200",
    subject="[NH-ABU-58812] kr-toto-zone.example",
    reply_to_req=req_id("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with each statement followed by its URL on the next line",
    why="'taken offline by our customer' -> removed; 'could not be found on any of our servers' -> not_found",
    items={U4: "removed", U3: "not_found"},
    body=f"""Hello,

concerning your request KCSC-240903-01, for the site kr-toto-zone.example:

The following page was taken offline by our customer:
{U4}

The following page could not be found on any of our servers (the customer's
site answers 404 for it, and our backups show no such path):
{U3}

Kind regards,
Nimbus Hosting Abuse Desk
""",
)

case(
    name="nimbus-rejection-with-reason",
    **{"from": "legal@nimbushost.example"},
    name_from="Nimbus Hosting Legal",
    date="Tue, 17 Sep 2024 10:05:00 +0200",
    subject="Re: [KCSC-240911-06] Request for removal of unlawful content",
    reply_to_req=req_id("KCSC-240911-06"),
    outcome="applied", classification="confirmation",
    imitates="hosting provider's legal team declining a request with its reason and a link to its AUP",
    why="the article stays up because it breaks no rule of the provider: rejected; the AUP link is not an item",
    items={N1: "rejected"},
    body=f"""Dear KCSC Takedown Team,

After review, our legal team concluded that the article at
{N1}
is political commentary that does not breach our Acceptable Use Policy
(https://nimbushost.example/legal/aup). We will therefore not take action
against it, and it remains online.

You may of course contact the publisher of minjung-news.example directly.

Yours faithfully,
Nimbus Hosting Legal
""",
)

case(
    name="pixchan-html-mod-log",
    **{"from": "admin@pixchan.example"},
    date="Mon, 9 Sep 2024 23:50:09 +0000",
    subject="mod log for KCSC-240906-03",
    reply_to_req=req_id("KCSC-240906-03"),
    outcome="applied", classification="confirmation",
    imitates="image-board mod-log extract pasted as an HTML table, posts linked as >>number",
    why="both threads 'thread deleted' in the mod log; the URLs are in the links' href (text >>30551)",
    items={P2: "removed", P3: "removed"},
    type="html",
    body=f"""<html><body>
<p>mod log extract for your request KCSC-240906-03:</p>
<table border="1">
<tr><th>Post</th><th>Board</th><th>Action</th><th>Mod</th><th>Time (UTC)</th></tr>
<tr><td><a href="{P2}">&gt;&gt;30551</a></td><td>/kr/</td><td>thread deleted</td><td>kestrel</td><td>2024-09-09 21:02</td></tr>
<tr><td><a href="{P3}">&gt;&gt;30602</a></td><td>/kr/</td><td>thread deleted, poster banned 30d</td><td>wren</td><td>2024-09-09 21:05</td></tr>
</table>
<p>-- pixchan admin</p>
</body></html>
""",
)

case(
    name="filebox-fullwidth-punct-korean",
    **{"from": "support@filebox.example"},
    name_from="파일박스 고객지원",
    date="Wed, 18 Sep 2024 10:44:19 +0900",
    subject="Re: [KCSC-240910-05] 삭제 요청에 대한 회신",
    reply_to_req=req_id("KCSC-240910-05"),
    outcome="applied", classification="confirmation",
    imitates="Korean-language support reply with full-width punctuation right after the URLs",
    why="공유 폴더 삭제 -> removed; two files blocked from Korean IPs (접속 차단) -> restricted",
    items={F5: "removed", F1: "restricted", F2: "restricted"},
    body=f"""안녕하세요, 파일박스 고객지원팀입니다.

{F5}（공유 폴더）는 삭제 처리되었습니다。
{F1}，{F2} 두 파일은 한국 IP에서의 접속을 차단하였습니다。

참조번호: KCSC-240910-05
""",
)

case(
    name="nimbus-dsa-statement-of-reasons",
    **{"from": "noreply-sor@nimbushost.example"},
    name_from="Nimbus Hosting",
    date="Sat, 14 Sep 2024 07:00:12 +0200",
    subject="Statement of reasons - NH-SOR-2024-00917 (KCSC-240903-01)",
    reply_to_req=req_id("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons from a hosting provider, territorial restriction",
    why="'disabling of access', territorial scope Republic of Korea only -> restricted; the appeal link is not an item",
    items={U2: "restricted"},
    body=f"""Statement of reasons pursuant to Article 17 of Regulation (EU) 2022/2065

Notice reference:      KCSC-240903-01
Our reference:         NH-SOR-2024-00917

Content concerned:     {U2}
Type of restriction:   disabling of access
Territorial scope:     Republic of Korea only
Start of restriction:  2024-09-14
Facts and circumstances: notice received from a public authority (Korea
  Communications Standards Commission) concerning gambling advertising
Ground:                content unlawful in the country of the recipients concerned
Automated means:       none used for detection or decision

Redress: the content provider may contest this decision at
https://nimbushost.example/abuse/appeal or before the competent courts.
""",
)

case(
    name="dalbit-ack-plus-statement",
    **{"from": "help@dalbit-community.example"},
    name_from="달빛커뮤니티 고객센터",
    date="Fri, 13 Sep 2024 17:02:48 +0900",
    subject="[달빛커뮤니티] 신고 처리 결과 안내 (DB-20240913-0071)",
    reply_to_req=req_id("KCSC-240912-07"),
    outcome="applied", classification="confirmation",
    imitates="Korean helpdesk notice that opens with a receipt sentence and then states the result",
    why="receipt sentence plus an unhedged 블라인드 처리되었습니다 about one named post -> removed; help link not an item",
    items={G2: "removed"},
    body=f"""안녕하세요, 달빛커뮤니티 고객센터입니다.

신고가 정상적으로 접수되었습니다. (접수번호 DB-20240913-0071)

검토 결과 아래 게시물은 블라인드 처리되었습니다.
{G2}

기타 문의사항은 고객센터를 이용해 주세요: https://dalbit-community.example/help
""",
)

NIMBUS_ECHO = "\n".join(R1)
case(
    name="nimbus-ticket-echo-resolution",
    **{"from": "support@nimbushost.example"},
    name_from="Nimbus Hosting Support",
    date="Sun, 15 Sep 2024 12:30:55 +0200",
    subject="[NH-ABU-58840] Ticket resolved: cheap-meds-korea.example",
    reply_to_req=req_id("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="helpdesk 'ticket resolved' mail with the resolution note above an echo of the original report",
    why="178 removed by the customer; 177 stays online because in its current form it breaks no rule -> "
        "rejected; the echoed report lists every URL without any status",
    items={U6: "removed", U5: "rejected", U1: "pending", U9: "pending"},
    body=f"""## Please type your reply above this line ##

Ticket NH-ABU-58840 has been resolved.

Resolution (Marta L., Abuse Desk):
The customer removed the product page {U6}.
The page {U5} stays online: the customer replaced the
listing with an ordinary vitamin product before we reviewed it, and in its
current form it does not breach our Acceptable Use Policy.

----------------------------------------------
Your original report (received 03 Sep 2024 10:31 KST):

Reference: KCSC-240903-01
Reported URLs:
{NIMBUS_ECHO}
----------------------------------------------

View this ticket online: https://support.nimbushost.example/tickets/NH-ABU-58840
""",
)

case(
    name="pixchan-one-liner-url",
    **{"from": "wren@pixchan.example"},
    name_from="wren",
    date="Sun, 8 Sep 2024 14:09:31 +0000",
    subject="Re: [KCSC-240906-03] Request for removal",
    reply_to_req=req_id("KCSC-240906-03"),
    outcome="applied", classification="confirmation",
    imitates="one-line moderator reply",
    why="'deleted' right after the URL",
    items={P2: "removed"},
    body=f"""{P2} deleted. thx
""",
)

DALBIT_CSV = f"""번호,게시물URL,조치내용,조치일
1,{D1},삭제,2024-09-14
2,{D2},삭제,2024-09-14
3,{D3},유지(위반사항 없음),2024-09-14
4,{D4},게시물 없음(작성자 삭제),2024-09-14
5,{D5},접속차단(국내),2024-09-14
"""
case(
    name="dalbit-csv-korean-headers",
    **{"from": "admin@dalbit-community.example"},
    date="Sat, 14 Sep 2024 13:13:13 +0900",
    subject="[KCSC-240905-02] 조치 결과 (첨부)",
    reply_to_req=req_id("KCSC-240905-02"),
    outcome="applied", classification="confirmation",
    imitates="Korean operator sending the 조치결과 spreadsheet as a base64 CSV with Korean headers and file name",
    why="CSV: 삭제 -> removed, 유지(위반사항 없음) -> rejected, 게시물 없음(작성자 삭제) -> not_found, "
        "접속차단(국내) -> restricted",
    items={D1: "removed", D2: "removed", D3: "rejected", D4: "not_found", D5: "restricted"},
    raw_mime=multipart_csv(
        "담당자님께,\n\n첨부파일로 KCSC-240905-02 건의 조치 결과를 보내드립니다.\n\n달빛커뮤니티 운영자\n",
        DALBIT_CSV, "조치결과_KCSC-240905-02.csv", "----=_NextPart_000_0031_01DB0611",
        csv_b64=True, bom=True, crlf=True, text_cte="base64"),
)

# =============================================================================
# REVIEW
# =============================================================================

case(
    name="nimbus-promise-within-48h",
    **{"from": "abuse@nimbushost.example"},
    date="Wed, 4 Sep 2024 16:20:00 +0200",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content [NH-ABU-58812]",
    reply_to_req=req_id("KCSC-240903-01"),
    outcome="review", review="not_understood",
    imitates="abuse desk forwarding the notice to its customer and promising removal within a deadline",
    why="'will be removed within 48 hours unless...' is a conditional promise, no item changes",
    items={U3: "pending", U4: "pending"},
    body=f"""Hello,

we have passed your report on to the customer. Under our terms the pages
below will be removed within 48 hours unless the customer sends us a
justified counter-statement:

{U3}
{U4}

We will let you know the outcome.

Nimbus Hosting Abuse Desk
""",
)

case(
    name="pixchan-hedge-may-have-been",
    **{"from": "kestrel@pixchan.example"},
    name_from="kestrel",
    date="Fri, 6 Sep 2024 23:58:02 +0000",
    subject="Re: KCSC-240906-03",
    reply_to_req=req_id("KCSC-240906-03"),
    outcome="review", review="not_understood",
    imitates="moderator answering from a phone with guesses about pruned threads",
    why="'may have been pruned', 'looks like it's gone' but 'can't check': hedges, no statement",
    items={P1: "pending", P2: "pending"},
    body=f"""{P1} may have been pruned already, /b/ moves fast.
{P2} looks like its gone too but i cant check from my phone rn.
will look properly tomorrow
""",
)

case(
    name="dalbit-bulk-all-deleted",
    **{"from": "admin@dalbit-community.example"},
    date="Tue, 10 Sep 2024 10:10:10 +0900",
    subject="Re: [KCSC-240905-02] 게시물 삭제 요청",
    reply_to_req=req_id("KCSC-240905-02"),
    outcome="review", review="bulk",
    imitates="Korean operator's one-sentence answer covering the whole request",
    why="'요청하신 게시물은 모두 삭제' for a five-item request, no post named",
    items={D1: "pending", D5: "pending"},
    body="""담당자님 안녕하세요.

KCSC-240905-02 요청 건의 게시물은 모두 삭제 조치 완료하였습니다.

달빛커뮤니티 운영자 드림
""",
)

case(
    name="nimbus-bulk-all-disabled",
    **{"from": "abuse@nimbushost.example"},
    date="Wed, 18 Sep 2024 09:00:41 +0200",
    subject="[NH-ABU-58812] Closed",
    reply_to_req=req_id("KCSC-240903-01"),
    outcome="review", review="bulk",
    imitates="abuse desk closing the ticket with one sentence about all URLs",
    why="'All URLs listed in your request ... have been disabled' for a 12-item request, none named",
    items={U1: "pending", U11: "pending"},
    body="""Hello,

All URLs listed in your request KCSC-240903-01 have been disabled by the
respective customers. We consider this matter closed and have closed
ticket NH-ABU-58812.

Nimbus Hosting Abuse Desk
""",
)

case(
    name="filebox-spoofed-untrusted",
    **{"from": "support@filebox.example"},
    auth="fail",
    date="Mon, 16 Sep 2024 04:12:55 +0000",
    subject="Re: [KCSC-240910-05] Takedown request",
    reply_to_req=req_id("KCSC-240910-05"),
    outcome="review", review="untrusted",
    imitates="reply in Filebox's name failing DKIM/SPF/DMARC",
    why="the sender domain is Filebox's but authentication fails: nothing may change",
    items={F1: "pending", F2: "pending", F3: "pending"},
    body=f"""Hello,

the following files were deleted from our servers:

{F1}
{F2}
{F3}

Filebox Support
""",
)

case(
    name="unknown-sender-reseller",
    **{"from": "ops@hanul-webhosting.example"},
    name_from="Hanul Webhosting Ops",
    date="Fri, 13 Sep 2024 12:48:00 +0900",
    subject="FW: [KCSC-240903-01] pandora-stream.example",
    reply_to_req=req_id("KCSC-240903-01"),
    outcome="review", review="unknown_sender",
    imitates="a reseller of the hosting provider answering for its client",
    why="statements about requested URLs from a domain that is no configured platform's",
    items={U9: "pending", U10: "pending"},
    body=f"""Hello,

We resell Nimbus Hosting servers; Nimbus forwarded your notice to us.
Our client has removed both pages:

{U9}
{U10}

Regards,
Hanul Webhosting Operations
""",
)

case(
    name="nimbus-wrong-platform-pixchan",
    **{"from": "abuse@nimbushost.example"},
    date="Mon, 9 Sep 2024 10:33:27 +0200",
    subject="Re: [KCSC-240906-03] Request for removal",
    reply_to_req=req_id("KCSC-240906-03"),
    outcome="review", review="wrong_platform",
    imitates="upstream hosting provider copied on a notice to its customer (an image board) answering for it",
    why="Nimbus states statuses of pixchan's items (request KCSC-240906-03 is pixchan's)",
    items={P1: "pending", P4: "pending"},
    body=f"""Hello,

pixchan.example runs on a dedicated server with us and we were copied on
your notice. Our customer, the board's operator, has deleted the following:

{P1}
{P4}

Kind regards,
Nimbus Hosting Abuse Desk
""",
)

case(
    name="arcedge-not-the-host-forwarded",
    **{"from": "abuse@arcedge.example"},
    date="Mon, 9 Sep 2024 18:20:09 +0000",
    subject="[AE-2024-0917-3310] Your notice KCSC-240909-04",
    reply_to_req=req_id("KCSC-240909-04"),
    outcome="review", review="not_understood",
    imitates="CDN reply: we are a pass-through network, we forwarded your notice to the host and site owner",
    why="names the URLs but says nothing about their state: a referral, neither a removal nor a refusal on the merits",
    items={A1: "pending", A2: "pending"},
    body=f"""Hello,

ArcEdge provides a pass-through proxy and content delivery service for the
websites below. We are not the hosting provider and cannot remove material
that is hosted by others:

{A1}
{A2}

We have forwarded your notice to the website operator and to the hosting
provider (Pelican Cloud, abuse@pelican-cloud.example), who are best placed
to act on it.

ArcEdge Trust & Safety
""",
)

case(
    name="dalbit-asks-for-documents",
    **{"from": "admin@dalbit-community.example"},
    date="Fri, 13 Sep 2024 09:05:00 +0900",
    subject="Re: [KCSC-240912-07] 게시물 삭제 요청",
    reply_to_req=req_id("KCSC-240912-07"),
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean forum operator asking for the decision document before acting",
    why="asks for the 심의 의결서 and the legal basis; no statement about the posts",
    items={G1: "pending"},
    body=f"""안녕하세요, 달빛커뮤니티 운영자입니다.

{G1} 게시물 관련하여, 삭제 요청의 근거가 되는 심의 의결서(또는 해당 법 조항)를
보내주시면 확인 후 처리하겠습니다.

번거로우시겠지만 회신 부탁드립니다.
""",
)

case(
    name="nimbus-portal-notice-no-claims",
    **{"from": "abuse@nimbushost.example"},
    date="Thu, 19 Sep 2024 08:00:00 +0200",
    subject="Changes to how Nimbus Hosting receives abuse reports",
    outcome="review", review="no_claims",
    imitates="hosting provider circular to reporters about its new abuse portal",
    why="trusted platform mail that names no requested item and references no request",
    items={},
    body="""Dear reporter,

From 1 October 2024 our Abuse Desk will accept reports through our new
portal at https://abuse.nimbushost.example only. Reports sent by email will
still be read during a transition period of three months.

Reports from public authorities can be flagged as such in the portal and
are handled with priority.

Kind regards,
Nimbus Hosting Abuse Desk
""",
)

case(
    name="filebox-conditional-deletion",
    **{"from": "support@filebox.example"},
    date="Wed, 11 Sep 2024 13:37:00 +0200",
    subject="Re: [KCSC-240910-05] Takedown request",
    reply_to_req=req_id("KCSC-240910-05"),
    outcome="review", review="not_understood",
    imitates="file host notifying the uploader first and stating what will happen if they do not answer",
    why="'will be deleted if the uploader does not respond' and 'we'll decide after their reply': "
        "conditions and promises",
    items={F3: "pending", F4: "pending"},
    body=f"""Hi,

we informed the uploaders. If the uploader does not respond within 72 hours,
{F3} will be deleted.

{F4} was reported to its uploader as well; we will decide after their reply.

Filebox Support
""",
)

# =============================================================================
# IGNORED
# =============================================================================

case(
    name="nimbus-ticket-receipt",
    **{"from": "noreply@nimbushost.example"},
    name_from="Nimbus Hosting Abuse Desk",
    date="Tue, 3 Sep 2024 10:31:44 +0200",
    subject="[NH-ABU-58812] Abuse report received (KCSC-240903-01)",
    reply_to_req=req_id("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    outcome="ignored", classification="acknowledgement",
    imitates="automatic abuse-ticket receipt with a ticket number",
    why="pure receipt: ticket created, no statement about any item",
    items={},
    body="""This is an automatic confirmation.

Your report has been received and assigned the ticket number NH-ABU-58812.
Our Abuse Desk handles reports in the order received, usually within two
business days. Please keep the ticket number in the subject line of any
further message about this matter.

Please do not reply to this message.

Nimbus Hosting Abuse Desk
""",
)

case(
    name="dalbit-ooo-chuseok",
    **{"from": "admin@dalbit-community.example"},
    date="Mon, 16 Sep 2024 00:00:05 +0900",
    subject="[자동응답] Re: [KCSC-240912-07] 게시물 삭제 요청",
    reply_to_req=req_id("KCSC-240912-07"),
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday out-of-office auto-reply",
    why="out-of-office over 추석; nothing about the posts",
    items={},
    body="""안녕하세요.

9월 16일(월)부터 18일(수)까지 추석 연휴로 부재중입니다.
19일(목)부터 순차적으로 답변드리겠습니다.

달빛커뮤니티 운영자
""",
)

DSN_ORIG = "\n".join(request_text("KCSC-240910-05"))
case(
    name="filebox-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx1.filebox.example"},
    name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 06:10:31 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="a bounce; the URLs are only in the returned original",
    items={},
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7C1B21A0D2.1725955831/mx1.filebox.example"

This is a MIME-encapsulated message.

--7C1B21A0D2.1725955831/mx1.filebox.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.filebox.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal@filebox.example>: unknown user: "legal"

--7C1B21A0D2.1725955831/mx1.filebox.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.filebox.example
X-Postfix-Queue-ID: 7C1B21A0D2
Arrival-Date: Tue, 10 Sep 2024 06:10:29 +0000 (UTC)

Final-Recipient: rfc822; legal@filebox.example
Original-Recipient: rfc822;legal@filebox.example
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "legal"

--7C1B21A0D2.1725955831/mx1.filebox.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@filebox.example
Subject: [KCSC-240910-05] Takedown request
Date: Tue, 10 Sep 2024 15:10:00 +0900
Message-ID: <{req_id("KCSC-240910-05")}@kcsc.example>
Content-Type: text/plain; charset=us-ascii

{DSN_ORIG}

--7C1B21A0D2.1725955831/mx1.filebox.example--
""",
)

case(
    name="pixchan-mdn-read-receipt",
    **{"from": "admin@pixchan.example"},
    date="Fri, 6 Sep 2024 04:02:17 +0000",
    subject="Read: [KCSC-240906-03] Request for removal",
    reply_to_req=req_id("KCSC-240906-03"),
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird-style message disposition notification (read receipt)",
    why="an MDN says the request was displayed, nothing about the items",
    items={},
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------mdn0906pixchan"

This is a multi-part message in MIME format.
--------------mdn0906pixchan
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to admin@pixchan.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.

--------------mdn0906pixchan
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: mail.pixchan.example; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@pixchan.example
Original-Message-ID: <{req_id("KCSC-240906-03")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--------------mdn0906pixchan--
""",
)

case(
    name="arcedge-autoreply-use-form",
    **{"from": "no-reply@arcedge.example"},
    name_from="ArcEdge",
    date="Mon, 9 Sep 2024 00:41:02 +0000",
    subject="Re: [KCSC-240909-04] Request for removal of unlawful content",
    reply_to_req=req_id("KCSC-240909-04"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    outcome="ignored",
    imitates="CDN auto-response: this mailbox does not take abuse reports, use the web form",
    why="an automatic reply pointing to the abuse form; the form link is not an item and no item is named",
    items={},
    body="""Thank you for contacting ArcEdge.

This mailbox does not process abuse reports. To make sure your report
reaches the right team, please submit it through our abuse form:

  https://arcedge.example/abuse/report

Reports received through the form are forwarded to the website operator and
the hosting provider where appropriate.

This message was sent automatically. Replies to it are not read.
""",
)

case(
    name="nimbus-ooo-english",
    **{"from": "marta.lindqvist@nimbushost.example"},
    name_from="Marta Lindqvist",
    date="Tue, 17 Sep 2024 18:00:01 +0200",
    subject="Automatic reply: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req=req_id("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: marta.lindqvist@nimbushost.example"],
    outcome="ignored", classification="auto_reply",
    imitates="Exchange out-of-office reply from an abuse-desk employee",
    why="out-of-office; nothing about the items",
    items={},
    body="""I am out of the office until Monday 23 September with limited access to email.

For abuse matters please write to abuse@nimbushost.example, which is
monitored by my colleagues.

Marta Lindqvist
Abuse Desk | Nimbus Hosting
""",
)

case(
    name="dalbit-helpdesk-receipt",
    **{"from": "help@dalbit-community.example"},
    name_from="달빛커뮤니티 고객센터",
    date="Thu, 5 Sep 2024 14:00:40 +0900",
    subject="[달빛커뮤니티 고객센터] 문의가 접수되었습니다 (#40917)",
    reply_to_req=req_id("KCSC-240905-02"),
    extra_headers=["Auto-Submitted: auto-generated"],
    outcome="ignored", classification="acknowledgement",
    imitates="Korean helpdesk auto-receipt with an inquiry number",
    why="pure receipt: inquiry registered, answer promised; no statement about any post",
    items={},
    body="""안녕하세요, 달빛커뮤니티 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다. (접수번호 #40917)
담당자 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.

본 메일은 발신 전용입니다.
""",
)


HEADER = """# Blind set 91 (tests/corpus/blind91/): hosting providers, a CDN, a Korean
# forum, an image board and a small file host answering informally, plus CSV
# attachments. Generated by make.py; expected results written from each
# email's meaning before the reader was run. See NOTES.md.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
